"""Lab result rows: "Hemoglobin 11.2 L g/dL 12.0-16.0" and its many variants."""

from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.extractors.offline.lexicon import LAB_TESTS
from adapters.extractors.offline.matching import ConceptIndex, ConceptMatch
from adapters.extractors.offline.patterns import (
    BOUND,
    COMPARATOR,
    DASHES,
    FLAG,
    LAB_UNIT,
    NUMBER,
    RANGE,
)
from adapters.extractors.offline.values import (
    find_dates,
    number_text,
    parse_number,
    repair_digits,
)
from pipeline.clinical.schema import LabFlag

LAB_INDEX = ConceptIndex(LAB_TESTS)

# The value: the first number that follows the name after a space or colon.
_VALUE = re.compile(rf"(?:^|[\s:=])(?P<value>{COMPARATOR}?\s*-?{NUMBER})(?![\d/])")
_GLUED_VALUE = re.compile(
    rf"^(?P<name>[A-Za-z][A-Za-z0-9 ]*?[A-Za-z])(?P<value>{NUMBER})(?![\d/A-Za-z])"
)
_FLAG_WORDS: dict[str, LabFlag] = {
    "H": "high",
    "HIGH": "high",
    "L": "low",
    "LOW": "low",
    "HH": "critical",
    "LL": "critical",
    "CRITICAL": "critical",
    "CRIT": "critical",
    "A": "abnormal",
    "ABNORMAL": "abnormal",
    "ABN": "abnormal",
    "*": "abnormal",
}
_TRAILING_NOISE = re.compile(rf"[\s:=.,;|{DASHES}]+$")
_QUALITATIVE = re.compile(
    r"\b(negative|positive|not detected|detected|reactive|nonreactive|"
    r"non-reactive|trace)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LabRow:
    test_name: str
    match: ConceptMatch | None
    value_text: str
    value_numeric: float | None
    unit: str | None
    reference_low: float | None
    reference_high: float | None
    reference_text: str | None
    flag: LabFlag | None


def _clean_name(raw: str) -> str:
    name = _TRAILING_NOISE.sub("", raw).strip()
    return re.sub(r"\s+", " ", name)


def _split_name_value(text: str) -> tuple[str, re.Match[str]] | None:
    glued = _GLUED_VALUE.match(text)  # OCR lost the space: "Glucose126 mg/dL"
    if glued and LAB_INDEX.lookup(glued.group("name")) is not None:
        return glued.group("name"), glued
    for match in _VALUE.finditer(text):
        name = _clean_name(text[: match.start("value")])
        if sum(ch.isalpha() for ch in name) >= 2 or (len(name) == 1 and name.isalpha()):
            return name, match
    return None


def _reference(rest: str) -> tuple[float | None, float | None, str | None, str]:
    """Reference range found in ``rest`` and ``rest`` with it removed."""
    found = RANGE.search(rest)
    if found:
        low, high = parse_number(found.group("low")), parse_number(found.group("high"))
        text = f"{number_text(found.group('low'))}-{number_text(found.group('high'))}"
        return low, high, text, rest[: found.start()] + " " + rest[found.end() :]
    found = BOUND.search(rest)
    if found:
        op, bound = found.group("op"), parse_number(found.group("bound"))
        text = f"{op}{number_text(found.group('bound'))}"
        if op in {"<", "<=", "≤"}:
            return None, bound, text, rest[: found.start()] + " " + rest[found.end() :]
        return bound, None, text, rest[: found.start()] + " " + rest[found.end() :]
    return None, None, None, rest


def computed_flag(value: float | None, low: float | None, high: float | None) -> LabFlag | None:
    """normal/high/low from the reference range; None when there is nothing to compare."""
    if value is None or (low is None and high is None):
        return None
    if low is not None and value < low:
        return "low"
    if high is not None and value > high:
        return "high"
    return "normal"


def parse_lab_row(line: str, *, require_known: bool = True) -> LabRow | None:
    """Parse one result row, or None if the line is not one.

    With ``require_known`` the test name must be in the LOINC table (exactly or
    fuzzily); without it (inside a results table) any name with a value and a
    unit or range is accepted.
    """
    text = repair_digits(line)
    split = _split_name_value(text)
    if split is None:
        return None
    name, value_match = split
    value_end = value_match.end("value")
    if any(start < value_end <= end for _, start, end in find_dates(text)):
        return None  # "Report generated: 2024-03-14" is a date, not a result
    known = LAB_INDEX.lookup(name)
    rest = text[value_match.end("value") :]
    flag_match = FLAG.search(rest[:12])  # a flag sits right after the value
    explicit = _FLAG_WORDS.get(flag_match.group("flag").upper()) if flag_match else None
    if flag_match:
        rest = rest[: flag_match.start()] + " " + rest[flag_match.end() :]
    low, high, ref_text, rest = _reference(rest)
    unit_match = LAB_UNIT.search(rest)
    unit = unit_match.group("unit") if unit_match else None
    if explicit is None:
        tail = FLAG.search(rest[unit_match.end() :] if unit_match else rest)
        explicit = _FLAG_WORDS.get(tail.group("flag").upper()) if tail else None
    if known is None and (require_known or (unit is None and ref_text is None)):
        return None
    value_text = number_text(value_match.group("value"))
    if rest.startswith("^") and value_text.endswith("10") and "." in value_text[:-2]:
        value_text = value_text[:-2]  # "9.210^3/uL": the space before "10^3" was lost
    numeric = parse_number(value_text)
    flag = explicit or computed_flag(numeric, low, high)
    test_name = known.spelling if known and known.score < 1.0 else name
    return LabRow(
        test_name, known, value_text, numeric, _tidy_unit(unit), low, high, ref_text, flag
    )


def parse_qualitative_row(line: str) -> LabRow | None:
    """A known test with a word result: "HIV 1/2 Ab Nonreactive", "Urine nitrite Negative"."""
    found = _QUALITATIVE.search(line)
    if not found:
        return None
    name = _clean_name(line[: found.start()])
    known = LAB_INDEX.lookup(name) if name else None
    if known is None:
        return None
    return LabRow(name, known, found.group(1), None, None, None, None, None, None)


_UNIT_SPELLINGS = {
    spelling.lower(): spelling
    for spelling in (
        "g/dL",
        "mg/dL",
        "g/L",
        "mg/L",
        "ug/dL",
        "ng/mL",
        "ng/dL",
        "pg/mL",
        "mmol/L",
        "umol/L",
        "nmol/L",
        "mEq/L",
        "mIU/L",
        "mIU/mL",
        "uIU/mL",
        "IU/L",
        "U/L",
        "fL",
        "pg",
        "10^3/uL",
        "10^6/uL",
        "x10^3/uL",
        "x10^6/uL",
        "x10^9/L",
        "x10^12/L",
        "K/uL",
        "M/uL",
        "mL/min",
        "mL/min/1.73m2",
        "mm/hr",
        "sec",
        "cells/uL",
    )
}


def _tidy_unit(unit: str | None) -> str | None:
    """The unit without spaces, in its usual capitalisation when we know it ("G/DL" -> "g/dL")."""
    if unit is None:
        return None
    compact = re.sub(r"\s+", "", unit)
    return _UNIT_SPELLINGS.get(compact.lower(), compact)
