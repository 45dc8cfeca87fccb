"""Lab result rows: "Hemoglobin 11.2 L g/dL 12.0-16.0" and its many variants.

Also the rows of EHR print-outs: a date and a performing lab after the value
(Epic), and cumulative tables whose columns are dates (``column_dates`` and
``split_columns`` give one row per column).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from adapters.extractors.offline import local_words
from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.lab_cells import (
    BODY_SURFACE_COMMA,
    Span,
    date_spans,
    dates_header_by_cells,
    header_over_row,
    rows_by_position,
    split_name_unit,
)
from adapters.extractors.offline.lab_lexicon import (
    BLOOD_SPECIMEN_PREFIX,
    EXTRA_LAB_TESTS,
    LOCAL_HEADER_WORDS,
    LOCAL_LAB_TESTS,
    LOCAL_URINE_TESTS,
    OTHER_SPECIMEN_WORDS,
    UNIT_VARIANTS,
    URINE_LAB_TESTS,
    URINE_WORDS,
    without_urine_words,
)
from adapters.extractors.offline.lexicon import LAB_TESTS, Concept
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import ConceptIndex, ConceptMatch
from adapters.extractors.offline.patterns import (
    BOUND,
    COMPARATOR,
    DASHES,
    FLAG,
    GRAM_AS_NINE,
    LAB_UNIT,
    NUMBER,
    RANGE,
    TABLE_RULE,
)
from adapters.extractors.offline.sections import SectionStart, detect_section
from adapters.extractors.offline.values import (
    DateOrder,
    FoundDate,
    number_text,
    parse_dates,
    parse_number,
    repair_digits,
)
from adapters.extractors.offline.vitals import find_vitals
from pipeline.clinical import bounds
from pipeline.clinical.bounds import DESCRIPTIVE_RESULTS, LOCAL_QUALITATIVE, QUALITATIVE
from pipeline.clinical.schema import LabFlag
from pipeline.ports import TextLine

LAB_INDEX = ConceptIndex((*LAB_TESTS, *EXTRA_LAB_TESTS, *LOCAL_LAB_TESTS))
URINE_INDEX = ConceptIndex((*URINE_LAB_TESTS, *LOCAL_URINE_TESTS))

# The value: the first number that follows the name after a space or colon.
# ("Blood 1+" is a dipstick's grade, read as a word result, not the number 1)
# ("99th percentile" is no value)
_VALUE = re.compile(
    rf"(?:^|[\s:=])(?P<value>{COMPARATOR}?\s*-?{NUMBER})(?![\d/+]|(?:st|nd|rd|th)\b)"
)
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
    # "ALT 56 ↑ U/L": arrows, as Chinese and some European reports print them
    "\u2191": "high",
    "\u2193": "low",
}
_TRAILING_NOISE = re.compile(rf"[{DASHES}\s:=.,;|]+$")
#: Result words that belong to some tests only (word -> LOINC codes): "Colour  Yellow",
#: "Appearance  Turbid" (the gate's own list), "Urobilinogen  Normal"; "Creatinine normal"
#: in a letter is no result.
_WORDS_OF: dict[str, frozenset[str]] = {
    **{word: frozenset({code}) for code, words in DESCRIPTIVE_RESULTS.items() for word in words},
    "normal": frozenset({"5818-0"}),
}
_ONLY_SOME_TESTS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_WORDS_OF, key=len, reverse=True)
)
_QUALITATIVE = re.compile(
    r"\bNR\s*\(non[- ]?reactive\)|"
    r"\b(negative|positive|(?:target )?not detected|detected|non[- ]?reactive|reactive|"
    r"NR|not seen|trace|nil|absent|present|"
    # a viral load below the assay's limit: "LDL" (lower than detectable), "TND"
    r"LDL|TND|undetectable|not detectable|"
    r"small|moderate|large|"  # a dipstick's blood or ketones: "UA blood  Large"
    # words only some tests report (_WORDS_OF): a urine's colour and clarity, urobilinogen
    rf"{_ONLY_SOME_TESTS})\b"
    # a dipstick's grade: "Leucocyte esterase ++", "Blood 1+"
    r"|(?<![\w+])(\+{1,4}|[1-4]\+)(?![\w+])",
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
    #: The result's own date: a date column of the row, or its table column's date.
    observed_on: date | None = None


def _short_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) <= 4}


# Words a report adds to an analyte's name that do not change it: "eGFR (CKD-EPI 2021)",
# "Creatinine, Serum", "IgE, total", "Glucose Random".
# LOINC long names (C-CDA): "Glucose [Mass/volume] in Serum or Plasma", "... by calculation".
_QUALIFIERS = re.compile(
    r"\([^)]*\)|\[[^\]]*\]|\bin\s+(?:serum\s+or\s+plasma|serum|plasma|blood)\b"
    r"|\bby\s+(?:calculation|automated\s+count|manual\s+count)\b"
    r"|\b(?:serum|plasma|total|random|lvl|level|quant(?:itative)?)\b",
    re.IGNORECASE,
)


#: Nordic laboratory names lead with the specimen: B- blood, P- plasma, S- serum, fP-
#: fasting plasma, cB- capillary blood, E-/Erc- red cells ("B-Hb", "P-Krea", "fP-Gluk").
#: Urine ("U-", "dU-") is read as urine (lab_lexicon.URINE_WORDS).


def lookup_analyte(name: str) -> ConceptMatch | None:
    """The lab concept ``name`` names, with its specimen: "Urine glucose" is never serum
    glucose, "CSF protein" takes no serum code, and "VLDL" is not a near miss of "LDL"."""
    if OTHER_SPECIMEN_WORDS.search(name):
        # "Glucose (CSF)": no fallback below may find the serum test in it; only a test
        # whose own name gives that specimen ("Faecal calprotectin") is found, exactly
        found = LAB_INDEX.lookup(name, fuzzy=False)
        if found is None or not OTHER_SPECIMEN_WORDS.search(found.spelling):
            return None
        return found
    found = _lookup_analyte(name)
    if found is not None:
        return found
    if (translated := _bilingual(name)) is not None:
        return translated
    # "1 Alanine aminotransferase ALT", "2 Creatinine (enzymatic) CREA": a numbered table's
    # row number before the name and its abbreviation column after it ("Haemoglobin MCV"
    # without a row number is two tests of a header)
    if _ROW_NUMBER.match(name):
        trimmed = _ABBREVIATION_COLUMN.sub("", _ROW_NUMBER.sub("", name)).strip()
        return lookup_analyte(trimmed) if trimmed else None
    unprefixed = BLOOD_SPECIMEN_PREFIX.sub("", name)
    if unprefixed != name:
        return lookup_analyte(unprefixed)
    bare = " ".join(_QUALIFIERS.sub(" ", name).replace(",", " ").split())
    return _lookup_analyte(bare) if bare and bare != name else None


#: "Kreatinin / Creatinine", "Glycémie à jeun (fasting glucose)": a report that prints each
#: test in the local language and in English.
_TWO_NAMES = re.compile(r"^(?P<a>[^/]+?)\s+/\s+(?P<b>[^/]+)$|^(?P<c>[^()]+?)\s*\((?P<d>[^()]+)\)$")


_ROW_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s+(?=[A-Za-z])")
_ABBREVIATION_COLUMN = re.compile(r"(?<=[a-z)])\s+[A-Z][A-Z0-9-]{1,6}\s*$")


def _bilingual(name: str) -> ConceptMatch | None:
    """The concept one of a bilingual name's two parts names exactly."""
    # "Urine Proteínas / Protein": a urine table's row names the specimen once, for both
    urine = URINE_WORDS.search(name) is not None
    bare = " ".join(URINE_WORDS.sub(" ", name).split()) if urine else name.strip()
    parts = _TWO_NAMES.match(bare)
    if parts is None:
        return None
    for part in (parts["b"], parts["a"], parts["d"], parts["c"]):
        if not part:
            continue
        wanted = f"Urine {part.strip(' ,')}" if urine else part.strip(" ,")
        if (found := _lookup_analyte(wanted)) is not None and found.score >= 0.95:
            return found
    return None


def _lookup_analyte(name: str) -> ConceptMatch | None:
    if OTHER_SPECIMEN_WORDS.search(name):
        return None
    if URINE_WORDS.search(name):
        bare = without_urine_words(name)
        return URINE_INDEX.lookup(bare) if bare else None
    found = LAB_INDEX.lookup(name)
    if found is None or found.score >= 0.95:
        return found
    # A fuzzy hit keeps analyte words whole: short ones (abbreviations) exactly, and no
    # word may be a table word with a prefix ("VLDL", "sdLDL" are not "LDL").
    spelling_words = _short_words(found.spelling)
    if any(word not in spelling_words for word in _short_words(name) if word.isalpha()):
        return None
    table_words = re.findall(r"[a-z0-9]+", found.spelling.lower())
    for word in re.findall(r"[a-z0-9]+", name.lower()):
        if any(word != known and word.endswith(known) for known in table_words):
            return None
    return found


def _coded_for_unit(match: ConceptMatch | None, unit: str | None) -> ConceptMatch | None:
    """The same analyte's LOINC for the unit it is reported in (HbA1c in mmol/mol)."""
    if match is None or unit is None or match.concept.code is None:
        return match
    # ("10^3/µL": the micro sign, or the Greek mu OCR reads, is the "u" of the table)
    code = UNIT_VARIANTS.get((match.concept.code, re.sub("[\u00b5\u03bc]", "u", unit)))
    if code is None:
        return match
    return replace(match, concept=Concept(match.concept.name, code, match.concept.synonyms))


def _clean_name(raw: str) -> str:
    name = _TRAILING_NOISE.sub("", raw).strip()
    return re.sub(r"\s+", " ", name)


def _split_name_value(text: str) -> tuple[str, re.Match[str]] | None:
    glued = _GLUED_VALUE.match(text)  # OCR lost the space: "Glucose126 mg/dL"
    if glued and lookup_analyte(glued.group("name")) is not None:
        return glued.group("name"), glued
    for match in _VALUE.finditer(text):
        before = text[: match.start("value")]
        if before.count("(") > before.count(")"):
            continue  # part of the name: "eGFR (CKD-EPI 2021)"
        if re.match(r"-[A-Za-z]|\s*&\s*\d", text[match.end("value") :]):
            continue  # part of the name: "Vitamin D, 25-Hydroxy", "HIV 1 & 2 screening"
        name = _clean_name(before)
        if sum(ch.isalpha() for ch in name) >= 2 or (len(name) == 1 and name.isalpha()):
            return name, match
        if re.fullmatch(r"[A-Za-z]\d+", name) and lookup_analyte(name) is not None:
            return name, match  # "B12 98 pg/mL": one letter, then the name's own digits
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
    found = _UP_TO.search(rest)
    if found:  # "Up to 41": an upper limit only
        bound = parse_number(found.group("bound"))
        text = f"<={number_text(found.group('bound'))}"
        return None, bound, text, rest[: found.start()] + " " + rest[found.end() :]
    return None, None, None, rest


_UP_TO = re.compile(rf"\bup\s+to\s+(?P<bound>{NUMBER})(?![\d.])", re.IGNORECASE)


def computed_flag(value: float | None, low: float | None, high: float | None) -> LabFlag | None:
    """normal/high/low from the reference range; None when there is nothing to compare."""
    if value is None or (low is None and high is None):
        return None
    if low is not None and value < low:
        return "low"
    if high is not None and value > high:
        return "high"
    return "normal"


def strip_table_rules(text: str) -> str:
    """A table border read as a character is not a digit: "|60.8" is 60.8, not 160.8."""
    return TABLE_RULE.sub(" ", text)


#: A date in brackets right after a number that follows the row's value (and its flag):
#: the previous-result column's own date ("... 117-153 121 (14.01.2025)").
_PREVIOUS_RESULT_DATE = re.compile(r"\d\s+[<>]?\d+(?:[.,]\d+)?\s*(?:[HLA]\s*)?\(\s*[^()]{6,20}\)?$")


def _row_date(dates: list[FoundDate], order: DateOrder | None) -> date | None:
    """The row's own date; an ambiguous day/month with no document evidence is not guessed."""
    for found in dates:
        if not found.ambiguous or order in (DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST):
            return found.value
    return None


def take_dates(text: str, order: DateOrder | None) -> tuple[str, list[FoundDate]]:
    """``text`` with its dates (and a time right after one) blanked, and the dates."""
    dates = parse_dates(text, order or DateOrder.UNKNOWN)
    for found in reversed(dates):
        end = found.end
        clock = re.match(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?", text[end:])
        if clock:
            end += clock.end()
        text = text[: found.start] + " " * (end - found.start) + text[end:]
    return text, dates


#: A note after the unit that is no cell of its own: "99 mg/dL (calc) <100".
_ANNOTATION = re.compile(r"\s*\((?:calc|calculated|est|estimated)\)", re.IGNORECASE)
#: "6.6 % of total Hgb": HbA1c's unit as a US reference lab writes it.
_PERCENT_OF_TOTAL = re.compile(
    r"%\s+of\s+total\s+(?:hgb|hb|hemoglobin|haemoglobin)\b", re.IGNORECASE
)
#: OCR doubles a decimal point on a faint scan: "4..61".
_DOUBLE_POINT = re.compile(r"(?<=\d)\.\.(?=\d)")
#: OCR reads a litre's lower-case "l" as a one after a unit's stem: "g/1", "mmol/1", "E9/1";
#: a one after a digit ("1/1") is left alone.
_LITRE_AS_ONE = re.compile(
    r"(?<![A-Za-z])((?:[mnpuµ]?mol|[mnpuµ]?g|E\d{1,2}|[mµu]?IU|U)/)1(?=\s|\)|$)", re.IGNORECASE
)


#: A LOINC code printed in its own column ("Glucose [Mass/volume] ...  2345-7  148 mg/dL").
_LOINC_CELL = re.compile(r"(?<![\d./-])(?P<num>\d{3,6})-(?P<check>\d)(?![\d.-])")


def loinc_check_ok(number: str, check: str) -> bool:
    """LOINC's mod-10 check digit (Luhn over the number part)."""
    total = 0
    for position, digit in enumerate(reversed(number)):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value // 10 + value % 10
    return (10 - total % 10) % 10 == int(check)


def _without_loinc_cells(text: str) -> str:
    """A LOINC column is no value: "2345-7" read as 2345 would be a glucose of 2345."""
    return _LOINC_CELL.sub(
        lambda m: " " if loinc_check_ok(m.group("num"), m.group("check")) else m.group(0), text
    )


#: ... and A1c's one as a lower-case L: "Hemoglobin Alc", "HbAlc".
_A1C_AS_ALC = re.compile(r"\b((?:Hb|Hgb|Ha?emoglobin)\s*)A[lI]c\b", re.IGNORECASE)


def _tidy_row(line: str) -> str:
    text = BODY_SURFACE_COMMA.sub("/1.73", repair_digits(strip_table_rules(line)))
    text = _PERCENT_OF_TOTAL.sub("%", _ANNOTATION.sub("", _without_loinc_cells(text)))
    text = _A1C_AS_ALC.sub(r"\1A1c", GRAM_AS_NINE.sub(r"\1g", text))
    return _LITRE_AS_ONE.sub(r"\1l", _DOUBLE_POINT.sub(".", text))


_BRACKET_AT_END = re.compile(r"\s*\(([^()]{1,15})\)\s*$")


def _unit_in_name(name: str) -> tuple[str, str | None]:
    """ "Urea (mmol/L)" -> ("Urea", "mmol/L"); a bracket that is no unit stays in the name."""
    bracket = _BRACKET_AT_END.search(name)
    if bracket is None:
        return name, None
    inner = bracket.group(1).strip()
    found = LAB_UNIT.search(inner)
    if found is None or found.start() != 0 or found.end() != len(inner):
        return name, None
    return name[: bracket.start()].strip(), found.group("unit")


#: A statement of a test's reference limit, not a result: "Troponin T: 99th percentile URL
#: 14 ng/L", "diagnostic threshold for diabetes >= 48 mmol/mol".
_REFERENCE_STATEMENT = re.compile(
    r"\b(?:percentile|upper reference limit|cut-?off|threshold|decision limit|"
    r"reference (?:ranges?|intervals?|limits?) (?:are|is))\b",
    re.IGNORECASE,
)


_CLOCK = re.compile(r"(?<![\d.:/])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:/])")


def is_legend(line: str) -> bool:
    """A report's legend of what values mean ("Vitamin D: < 50 nmol/L deficiency; 50 - 74
    nmol/L insufficiency"), which states no result."""
    return _LEGEND.search(line) is not None


#: A report's legend of what a value means: "< 50 nmol/L deficiency", "> 150 toxicity".
_LEGEND = re.compile(
    r"(?<![\w.])[<>≤≥]?=?\s*[\d.,]+\s*(?:-\s*[\d.,]+\s*)?[^\s;,]{0,12}\s*[:=]?\s*"
    r"(?:deficien\w*|insufficien\w*|sufficien\w*|optimal|desirable|borderline|toxic\w*|"
    r"adequate|inadequate)\b",
    re.IGNORECASE,
)


def parse_lab_row(
    line: str, *, require_known: bool = True, order: DateOrder | None = None
) -> LabRow | None:
    """Parse one result row, or None if the line is not one.

    With ``require_known`` the test name must be in the LOINC table (exactly or
    fuzzily); without it (inside a results table) any name with a value and a
    unit or range is accepted. A date on the row (before the name or after the
    value, as EHR print-outs put it) is the result's ``observed_on``; ``order`` is
    the document's day/month order when known.
    """
    text = _joined_thousands(_tidy_row(line))
    blanked, dates = take_dates(text, order)
    # "121 (14.01.2025)" after the reference: a previous result's own date, not this row's
    dates = [d for d in dates if not _PREVIOUS_RESULT_DATE.search(text[: d.end + 1])]
    if dates:
        # "Potassium  21:30 12/03/2025  3.4 mmol/L": the collection time beside its date
        blanked = _CLOCK.sub(lambda m: " " * len(m.group(0)), blanked)
    split = _split_name_value(blanked)
    if split is None:
        return None
    name, value_match = split
    value_end = value_match.end("value")
    if any(found.start < value_end <= found.end for found in dates):
        return None  # "Report generated: 2024-03-14" is a date, not a result
    name = _clean_name(name)
    # "Haemoglobin (g/dL)  13.2  12.8 L": the table prints the unit in the name column.
    name, name_unit = _unit_in_name(name)
    if not name or _REFERENCE_STATEMENT.search(name):
        return None
    known = lookup_analyte(name)
    rest = blanked[value_match.end("value") :]
    # A flag sits right after the value; the search sees the whole rest, so that "L/L" (a
    # haematocrit's unit) cut at the twelfth character is no "L" flag.
    flag_match = FLAG.search(rest)
    flag_match = flag_match if flag_match and flag_match.start() < 12 else None
    explicit = _FLAG_WORDS.get(flag_match.group("flag").upper()) if flag_match else None
    if flag_match:
        rest = rest[: flag_match.start()] + " " + rest[flag_match.end() :]
    low, high, ref_text, rest = _reference(rest)
    unit_match = LAB_UNIT.search(rest)
    unit = unit_match.group("unit") if unit_match else name_unit
    if known is None and bounds.is_filtration_rate(unit, name):
        known = lookup_analyte("eGFR")  # "GFG (CKD-EPI)  54  ml/min/1,73 m²"
    if explicit is None:
        after = rest[unit_match.end() :] if unit_match else rest
        tail = FLAG.search(after)
        if tail is not None and re.search(r"\d", after[: tail.start()]):
            tail = None  # "97 mg/dL 70 - 105  112 ↑": the flag of an earlier result beside it
        explicit = _FLAG_WORDS.get(tail.group("flag").upper()) if tail else None
    if known is None and (require_known or (unit is None and ref_text is None)):
        return None
    value_text = number_text(value_match.group("value"))
    counted = _COUNT_RANGE.match(rest)
    if counted and unit and unit.lower() in _PER_FIELD:
        # "Pus cells 15-20 /hpf": cells counted per field, a range and no single number
        return LabRow(
            name,
            known,
            f"{value_text}-{counted.group(1)}",
            None,
            _tidy_unit(unit),
            low,
            high,
            ref_text,
            explicit,
            _row_date(dates, order),
        )
    if rest.startswith("^") and value_text.endswith("10") and "." in value_text[:-2]:
        value_text = value_text[:-2]  # "9.210^3/uL": the space before "10^3" was lost
    # "<3", ">60": a result past the assay's limit is a bound, not a number.
    numeric = None if value_text.lstrip()[:1] in "<>≤≥" else parse_number(value_text)
    tidy = _tidy_unit(unit, known.concept.code if known else None)
    if _counted_in_thousands(value_text, tidy):
        # "7.800 /mm³ (4.500 - 11.000)": a cell count per microlitre groups its thousands
        # with a point, as Spanish and Portuguese print it; 7.8 cells per mm³ is no count.
        numeric = float(value_text.replace(".", ""))
        if ref_text and all(_THOUSANDS_POINT.fullmatch(n) for n in re.findall(r"[\d.]+", ref_text)):
            low, high = (None if b is None else b * 1000 for b in (low, high))
    elif _flag_says_thousands(value_text, numeric, explicit, (low, high)):
        numeric = float(value_text.replace(".", ""))  # "NT-proBNP 2.140 pg/mL < 450 H"
    if known is not None and known.concept.code == _SPECIFIC_GRAVITY and numeric and numeric > 100:
        numeric = numeric / 1000  # "1,025": a specific gravity's decimal comma, not thousands
    flag = explicit or computed_flag(numeric, low, high)
    test_name = known.spelling if known and known.score < 1.0 else name
    return LabRow(
        test_name,
        _coded_for_unit(known, tidy),
        value_text,
        numeric,
        tidy,
        low,
        high,
        ref_text,
        flag,
        _row_date(dates, order),
    )


_SPACED_VALUE = re.compile(
    r"(?<=\s)(?P<value>\d{1,3} \d{3})(?![\d.,])"
    r"(?P<flag>\s*(?:[HL]\b|[\u2191\u2193])?\s*[\u2014\u2013-]?\s*)"
)
_SPACED_RANGE = re.compile(
    r"(?<![\d.,])(\d{1,3}) (\d{3})\s*([\u2013\u2014-])\s*(\d{1,3}) (\d{3})(?![\d.,])"
)
#: Units a value with spaced thousands is never printed in: a count already scaled by a
#: power of ten ("244 201 x10^9/L" is a result and a previous one), a percentage.
_SCALED_UNIT = re.compile(r"10|E\d|[KM]/|%")


def _joined_thousands(text: str) -> str:
    """ "Plaquettes 96 000 /mm³ 150 000 - 400 000": the first number of the row, with a
    space between its thousands (as French prints them) and a unit after it, is one number;
    so is each end of a range printed that way."""
    found = _SPACED_VALUE.search(text)
    if found is None or re.search(r"(?<![A-Za-z])\d", text[: found.start()]):
        return text
    unit = LAB_UNIT.match(text, found.end())
    if unit is None or _SCALED_UNIT.search(unit.group("unit")):
        return text
    after = text[unit.end() :]
    if not (
        unit.group("unit").lower() in _PER_MICROLITRE
        or _SPACED_RANGE.search(after)
        or _flag_says_joined(found, after)
    ):
        return text  # "Ferritin 120 118 ng/mL": a result and a previous one
    joined = text[: found.start()] + found["value"].replace(" ", "") + text[found.end("value") :]
    return _SPACED_RANGE.sub(r"\1\2 \3 \4\5", joined)


_LAST_CELL_FLAG = re.compile(r"(?<!\S)(?:H|\u2191)\s*$")


def _flag_says_joined(found: re.Match[str], after: str) -> bool:
    """ "D-dimères 3 420 H ng/mL < 500": only 3420 is high against the reference."""
    flag = found["flag"].strip()[:1]
    if not flag and (last := _LAST_CELL_FLAG.search(after)) is not None:
        flag = last.group(0).strip()[:1]  # "NT-proBNP 1 860 pg/mL < 125 ↑": a flag column
    if flag not in ("H", "\u2191"):
        return False
    bound = RANGE.search(after) or BOUND.search(after)
    if bound is None or bound.groupdict().get("op", "<")[:1] in (">", "\u2265"):
        return False  # (a lower bound says nothing about a high result's size)
    high = parse_number(bound["high"] if "high" in bound.groupdict() else bound["bound"])
    plain, grouped = found["value"].split()[0], found["value"].replace(" ", "")
    return _only_grouped_is_high(float(plain), float(grouped), high)


def _only_grouped_is_high(plain: float, grouped: float, high: float | None) -> bool:
    """A printed high flag that fits the number read with its thousands grouped (3420, 2140)
    and not the number read plain (3, 2.14)."""
    return high is not None and plain <= high < grouped


_PER_FIELD = frozenset({"/hpf", "/lpf", "/campo", "/champ"})
_COUNT_RANGE = re.compile(r"^\s*-\s*(\d{1,3})(?!\d)")
_SPECIFIC_GRAVITY = "5811-5"

#: Units of a cell count per volume with no power of ten in them.
_PER_MICROLITRE = frozenset({"/mm3", "/mm³", "/ul", "/µl", "cells/ul", "cells/µl", "cells/mm3"})
_THOUSANDS_POINT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _flag_says_thousands(
    value_text: str,
    numeric: float | None,
    flag: str | None,
    bounds: tuple[float | None, float | None],
) -> bool:
    """ "2.140 pg/mL < 450 H": a point before three digits groups thousands when only the
    thousands read agrees with the printed high flag (2.14 is not above 450; 2140 is). An
    "abnormal" flag ("(A)") says "high" when the reference has no lower bound."""
    low, high = bounds
    return (
        (flag in ("high", "critical") or (flag == "abnormal" and low is None))
        and numeric is not None
        and _THOUSANDS_POINT.fullmatch(value_text) is not None
        and _only_grouped_is_high(numeric, float(value_text.replace(".", "")), high)
    )


def _counted_in_thousands(value_text: str, unit: str | None) -> bool:
    return (
        unit is not None
        and unit.lower() in _PER_MICROLITRE
        and _THOUSANDS_POINT.fullmatch(value_text) is not None
    )


#: Words that say a viral load is below the assay's limit, and the tests they belong to.
_BELOW_LIMIT = frozenset({"ldl", "tnd", "undetectable", "not detectable"})
_VIRAL_LOADS = frozenset({"20447-9"})


#: Word results in the languages of bilingual reports (the gate's list of them).
_LOCAL_RESULT_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+")
    for word in sorted(LOCAL_QUALITATIVE, key=len, reverse=True)
)
_LOCAL_QUALITATIVE = re.compile(rf"\b(?:{_LOCAL_RESULT_WORDS})\b", re.IGNORECASE)
_LOCAL_QUALITATIVE_TAIL = re.compile(rf"\s(?:{_LOCAL_RESULT_WORDS})\s*/\s*$", re.IGNORECASE)


def parse_qualitative_row(line: str, order: DateOrder | None = None) -> LabRow | None:
    """A known test with a word result: "HIV 1/2 Ab Nonreactive", "Urine nitrite Negative",
    with the day it was taken when the row gives one."""
    blanked, dates = take_dates(line, order)
    found = _QUALITATIVE.search(blanked) or _LOCAL_QUALITATIVE.search(blanked)
    if not found:
        return None
    # "Antigène HBs  Négatif / Negative": the local word before the English one is no name
    head = _LOCAL_QUALITATIVE_TAIL.sub("", blanked[: found.start()])
    name = _clean_name(strip_table_rules(head))
    known = lookup_analyte(name) if name else None
    if known is None:
        return None
    if found.group(0).lower() in _BELOW_LIMIT and known.concept.code not in _VIRAL_LOADS:
        return None  # "Cholesterol LDL": a name, not a viral load under the assay's limit
    only = _WORDS_OF.get(" ".join(found.group(0).lower().split()))
    if only is not None and known.concept.code not in only:
        return None
    when = _row_date(dates, order)
    # "Reativo 1:8", "Reactive (1:16)": a titre after the word is part of the result
    titre = _TITRE.match(blanked, found.end())
    value = found.group(0) + (f" {titre.group('titre')}" if titre else "")
    return LabRow(name, known, value, None, None, None, None, None, None, when)


_TITRE = re.compile(r"\s*\(?\s*(?P<titre>1\s*:\s*\d{1,5})\s*\)?")


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
        "mmol/mol",
        "mg/mmol",
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


#: Nordic counts: "E9/l" is 10^9 per litre.
_UNIT_SPELLINGS.update({"e9/l": "x10^9/L", "e12/l": "x10^12/L", "e6/l": "x10^6/L"})
#: A scan drops the "g/" or the slash of mg/dL ("131 H mdl"); the gate still checks that the
#: value is plausible in mg/dL.
_UNIT_SPELLINGS.update({"mdl": "mg/dL", "mgdl": "mg/dL"})


def _tidy_unit(unit: str | None, code: str | None = None) -> str | None:
    """The unit without spaces, in its usual capitalisation when we know it ("G/DL" -> "g/dL")."""
    if unit is None:
        return None
    spaced = "creat" in unit.lower() or "feu" in unit.lower()  # "mg/g creat", "mg/L FEU"
    compact = re.sub(r"\s+", " " if spaced else "", unit).replace("\u00d7", "x")
    if compact.lower().endswith("feu"):
        base = _tidy_unit(compact[:-3].strip(), code) or ""
        return f"{base} FEU"
    if compact in _SI_COUNTS and not (compact == "G/L" and code in _GRAMS_PER_LITRE):
        # A capital G or T is giga or tera, unless the report prints every unit in capitals
        # and the test is a mass per litre ("HEMOGLOBIN 135 G/L").
        return _SI_COUNTS[compact]
    return _UNIT_SPELLINGS.get(compact.lower(), compact)


#: "7,2 G/l", "4,51 T/l": counts per litre with an SI prefix, as French and Hungarian labs
#: print them (a gram is a small g).
_SI_COUNTS = {"G/l": "x10^9/L", "G/L": "x10^9/L", "T/l": "x10^12/L", "T/L": "x10^12/L"}
#: Haemoglobin, MCHC, albumin, total protein, fibrinogen, globulin: reported in grams per litre.
_GRAMS_PER_LITRE = frozenset({"718-7", "786-4", "1751-7", "2885-2", "3255-7", "10834-0"})


# -- cumulative tables: one column per collection date -------------------------------------

_COLUMN_VALUE = re.compile(
    rf"(?<![\w.^/])(?P<value>{COMPARATOR}?\s*-?{NUMBER})(?![\d/])"
    # ("1 120 ↑  310 ↑": an arrow is a flag too)
    r"(?:\s*\(?(?P<flag>HH|LL|H|L|A|\*|High|Low|HIGH|LOW|\u2191|\u2193)\)?(?![A-Za-z]))?"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\b")
#: A dates header row may also name a few columns ("Test", "Units", "Reference range").
_MAX_HEADER_WORDS = 6
_HEADER_WORDS = frozenset(
    {
        "test",
        "tests",
        "component",
        "analyte",
        "analysis",
        "analyses",
        "parameter",
        "parameters",
        "investigation",
        "result",
        "results",
        "units",
        "unit",
        "reference",
        "ref",
        "range",
        "rng",
        "interval",
        "latest",
        "flag",
        "collected",
        "date",
        "dates",
        "specimen",
        "name",
        # panel titles and other columns of vendors' cumulative views
        "chemistry",
        "biochemistry",
        "hematology",
        "haematology",
        "general",
        "panel",
        "procedure",
        "normal",
        "normals",
        "norm",
        "low",
        "high",
        "status",
        "comment",
        "comments",
        "time",
        "received",
        "cumulative",
        "lab",
        # a panel's title heading its own date columns: "RENAL / ELECTROLYTES  28/11/2024 ..."
        "renal",
        "electrolytes",
        "liver",
        "function",
        "lipids",
        "lipid",
        "profile",
        "thyroid",
        "coagulation",
        "iron",
        "studies",
        "bone",
        "full",
        "blood",
        "count",
        "/",
        "&",
        # "Test (unit)  02/06/2025 (adm)  05/06/2025  Normal range"
        "adm",
        "disch",
        "baseline",
        # "Test  02/03/2025 (admit)  02/08/2025 (discharge)  Units  Reference"
        "admit",
        "admission",
        "discharge",
        # the same headers in the languages of bilingual reports ("Analyse / Test Einheit
        # Referenzbereich 12.11.2024 18.02.2025", "Examen / Test Resultado Unidad ...")
        *LOCAL_HEADER_WORDS,
    }
)
#: ... compared accents off, with other languages' names of the date columns ("Entrée").
_FOLDED_HEADER_WORDS = frozenset(fold(w) for w in _HEADER_WORDS) | local_words.DATE_COLUMN_WORDS
#: A 24-hour time without a colon after a date: "02/10/26 0512".
_MILITARY_TIME = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")


#: One word right before or after a date, the column's label ("Innkomst 02.06.2025",
#: "14.1.2025 klo").
_LABEL_BEFORE = re.compile(r"(?<!\S)[^\W\d_]{2,}\.?\s+$")
_LABEL_AFTER = re.compile(r"^\s+[^\W\d_]{2,}\.?(?!\S)")


def _blank_date_labels(blanked: str, found: Sequence[FoundDate]) -> str:
    """``blanked`` without the one word that labels each date column, when every date has
    the same kind of label: all before their date, or all after it. A header of columns
    labelled in a language the word list lacks ("Příjem 03.03.2025  Kontrola 09.03.2025")
    is still a dates header; a line of labelled fields has colons and is not asked."""
    sides = [_labels(blanked, found, side) for side in ("after", "before")]
    # the same word after every date ("klo", a time follows) before differing words
    sides.sort(key=lambda spans: len({blanked[a:b].strip() for a, b in spans}) != 1)
    for spans in sides:
        if len(spans) == len(found):
            for start, end in spans:
                blanked = blanked[:start] + " " * (end - start) + blanked[end:]
            return blanked
    return blanked


def _labels(blanked: str, found: Sequence[FoundDate], side: str) -> list[tuple[int, int]]:
    """Where the word labelling each date sits, on one side of the dates; stops at the
    first date without one."""
    spans = []
    for date_found in found:
        if side == "before":
            label = _LABEL_BEFORE.search(blanked[: date_found.start])
            offset = 0
        else:
            label = _LABEL_AFTER.search(blanked[date_found.end :])
            offset = date_found.end
        if label is None:
            break
        spans.append((offset + label.start(), offset + label.end()))
    return spans


def column_dates(
    line: str, order: DateOrder | None = None, *, least: int = 2, cells: Sequence[Cell] = ()
) -> tuple[date | None, ...]:
    """The collection dates of a cumulative table's header row, left to right; () if the
    line is not such a header (with at least ``least`` dates). A date whose day/month order
    is unknown is None. With the line's ``cells``, a header laid out as one is taken
    whatever words name its other columns."""
    text = strip_table_rules(line)
    decided = order if order not in (None, DateOrder.UNKNOWN) else DateOrder.decide(text)
    blanked, found = take_dates(text, decided)
    if len(found) < least:
        return ()
    # "Test Date: 02/09/2025 16/09/2025 30/09/2025 Units Ref. range"
    if ":" not in blanked:
        blanked = _blank_date_labels(blanked, found)
    words = [w.strip(".:,;()") for w in re.findall(r"[^\s|]+", _TIME.sub(" ", blanked).lower())]
    words = [w for w in words if re.search(r"\w", w) and not _MILITARY_TIME.match(w)]
    unknown = sum(fold(w) not in _FOLDED_HEADER_WORDS for w in words)
    # one word not known is let be beside two that are ("Analiza  Jedinica  Ref. vrednosti"),
    # never in a line of labelled fields ("COLLECTED: ... RECEIVED: ... REPORTED: ...")
    allowed = 1 if len(words) - unknown >= 2 and ":" not in blanked else 0
    by_layout = len(found) >= 2 and dates_header_by_cells(cells)
    if len(words) > _MAX_HEADER_WORDS or (unknown > allowed and not by_layout):
        return ()  # "Hep B: 01/02/2020, 01/03/2020" or "Admitted: ... Discharged: ..."
    known = decided in (DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST)
    return tuple(d.value if known or not d.ambiguous else None for d in found)


#: A comment column after a row's values: words first ("CKD-EPI 2021", "IFCC standardised").
_COMMENT_CELL = re.compile(
    r"(?<=[\dA-Za-z)])\s+(?!(?:high|low|abnormal|critical|normal|pending)\b)"
    r"[A-Za-z][A-Za-z-]{2,}(?:\s+\S+)*\s*$",
    re.IGNORECASE,
)


def _has_own_date(text: str) -> bool:
    """A row with a full date of its own ("HbA1c 20. 5. 2025 result to follow") is no row
    of the date columns ("4.5-11.0", a range, reads as a date with a two-digit year)."""
    return any(re.search(r"\d{4}", text[d.start : d.end]) for d in parse_dates(text))


def split_columns(line: str, dates: tuple[date | None, ...]) -> list[str] | None:
    """One row text per date column of a cumulative table row.

    None when the row holds one value or none (read it as an ordinary row); [] when
    it holds several values that cannot be lined up with the columns (a blank cell
    read from whole-line text): a value is never given another column's date.
    """
    text = _tidy_row(line)
    split = _split_name_value(text)
    if split is None or _has_own_date(text):
        return None
    name, first = split
    # "eGFR  -  54 mL/min/1.73m2": the first column's cell is blank.
    blank_first = _EMPTY_CELL.search(text[: first.start("value")].rstrip()[-2:]) is not None
    name, name_unit, no_reference = split_name_unit(name)
    if name_unit is None:
        # "eGFR (mL/min/1.73m2)  > 90  82 (Low)  77 (Low)": the unit in brackets, then the
        # reference before the values, as with a bare unit
        name, name_unit = _unit_in_name(name)
    rest = ("- " if blank_first else "") + text[first.start("value") :]
    if name_unit is not None:
        # "Glucose mg/dL 65-99 112 H 104 H 97": the unit and the reference come first.
        # ("... 72 67 57 L  CKD-EPI 2021": a comment column after the values is no value)
        rest = _COMMENT_CELL.sub("", rest)
        return _columns_after_reference(name, name_unit, rest, dates, no_reference)
    unit_match = LAB_UNIT.search(rest)
    # Where the reference sits: Epic prints "range unit values" ("4.0 - 11.0 K/uL 14.2 (H)
    # 8.1"); others print "values unit range", where "8.4 - 9.1 mmol/L" is two cells with a
    # blank ("-") between them, not a range.
    values_after_unit = bool(unit_match and _COLUMN_VALUE.search(rest, unit_match.end()))
    after_unit = unit_match.end() if unit_match and not values_after_unit else 0
    low_high = RANGE.search(rest, after_unit)
    bound_before_unit = None
    if low_high is None and unit_match and after_unit:
        # "134 L 137 139 [136-145] mmol/L": the range sits right before the unit (Cerner).
        low_high = _RANGE_BEFORE_UNIT.search(rest, 0, unit_match.start())
        if low_high is None:
            bound_before_unit = _BOUND_BEFORE_UNIT.search(rest, 0, unit_match.start())
    reference = ""
    if bound_before_unit is not None:  # "388 H 142 H <125 pg/mL"
        reference = bound_before_unit.group(0).replace(" ", "")
        rest = rest[: bound_before_unit.start()] + rest[bound_before_unit.end() :]
    elif low_high:
        reference = f"{low_high.group('low')}-{low_high.group('high')}"
        rest = (
            rest[: low_high.start()]
            + " " * (low_high.end() - low_high.start())
            + rest[low_high.end() :]
        )
    elif (bound := _bound_after_unit(rest, unit_match, values_after_unit)) is not None:
        # "GPT (ALT)  22 U/l  < 35  41 +": value, unit, bound, then the previous result
        reference = bound.group("bound").replace(" ", "")
        rest = rest[: bound.start("bound")] + " " * len(bound.group("bound")) + rest[bound.end() :]
    elif (bound := _ONE_SIDED.search(rest, after_unit)) is not None:
        reference = bound.group(0).replace(" ", "")  # "<3.5", ">90"
        rest = rest[: bound.start()] + " " * (bound.end() - bound.start()) + rest[bound.end() :]
    unit = ""
    if unit_match:
        unit = unit_match.group("unit")
        rest = rest[: unit_match.start()] + " " + rest[unit_match.end() :]
    known = lookup_analyte(_clean_name(name)) is not None
    if not (known or unit or reference):
        return None  # not a lab row (a vitals row, a note): read it as usual
    return _column_rows(name, unit, reference, rest, dates)


#: "3 450": a space between thousands; never after a comparator ("< 200 243" is a bound and
#: a value).
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,<>\u2264\u2265])(?<![<>\u2264\u2265] )(\d{1,3}) (\d{3})(?![\d.,])"
)


def _column_rows(
    name: str, unit: str, reference: str, rest: str, dates: tuple[date | None, ...]
) -> list[str] | None:
    """One row text per date column from the row's value cells (``rest``), None when it
    holds one value or none, [] when its cells do not line up with the columns."""
    values = list(_COLUMN_VALUE.finditer(rest))
    cells = _cells(rest, values)
    if len(cells) > len(dates) and _SPACED_THOUSANDS.search(rest):
        # "CPK  UI/L  < 190  3 450 ↑  210 ↑": a space between thousands, as French prints
        rest = _SPACED_THOUSANDS.sub(r"\1\2", rest)
        values = list(_COLUMN_VALUE.finditer(rest))
        cells = _cells(rest, values)
    if not values or len(cells) <= 1:
        return None
    if len(cells) != len(dates):
        return []
    rows = []
    for value, day in zip(cells, dates, strict=True):
        if value is None:
            continue  # "-": not requested on that date
        flag = value.group("flag") or ""
        when = day.isoformat() if day else ""
        rows.append(
            " ".join(f"{name} {value.group('value')} {flag} {unit} {reference} {when}".split())
        )
    return rows


_LEADING_REFERENCE = re.compile(
    rf"^\s*(?:{NUMBER}\s*[{DASHES}]\s*{NUMBER}|{COMPARATOR}\s*{NUMBER})(?=\s|$)"
)


_TRAILING_REFERENCE = re.compile(
    rf"(?<=\s)(?:{NUMBER}\s*[{DASHES}]\s*{NUMBER}|{COMPARATOR}\s*{NUMBER})"
    # (the unit may be printed again after it: "6.0 High 6.3 High 4.0 - 5.6 %")
    r"(?=\s*(?:%|[A-Za-zµμ][A-Za-zµμ0-9/^.*]{0,13})?\s*$)"
)


def _columns_after_reference(
    name: str, unit: str, rest: str, dates: tuple[date | None, ...], no_reference: bool
) -> list[str] | None:
    """The column rows of "name unit [reference] v1 v2 v3" (the reference before the values);
    after a "Not Estab." cell, "88.4 - 102.1" is two values with a blank between them."""
    reference = ""
    leading = None if no_reference else _LEADING_REFERENCE.match(rest)
    trailing = None if no_reference or leading else _TRAILING_REFERENCE.search(rest)
    if leading:
        reference = "".join(leading.group(0).split())
        rest = " " * leading.end() + rest[leading.end() :]
    elif trailing:  # "NT-proBNP pg/mL 4,820 1,950 <450": the reference comes last
        reference = "".join(trailing.group(0).split())
        rest = rest[: trailing.start()]
    return _column_rows(name, unit, reference, rest, dates)


_ONE_SIDED = re.compile(rf"[<>]=?\s*{NUMBER}\s*$")
_BOUND_AFTER_UNIT = re.compile(rf"\s*(?P<bound>[<>]=?\s*{NUMBER})(?=\s+\S)")


def _bound_after_unit(
    rest: str, unit_match: re.Match[str] | None, values_after_unit: bool
) -> re.Match[str] | None:
    """A one-sided reference right after the unit of the first value, with more values after
    it (a previous-result column)."""
    if unit_match is None or not values_after_unit:
        return None
    if len(_COLUMN_VALUE.findall(rest, 0, unit_match.start())) != 1:
        return None
    return _BOUND_AFTER_UNIT.match(rest, unit_match.end())


_BOUND_BEFORE_UNIT = re.compile(rf"(?<=\s)[<>]=?\s*{NUMBER}(?=\s*$)")
_RANGE_BEFORE_UNIT = re.compile(
    rf"(?<=\s)\[?(?P<low>{NUMBER})\s*[{DASHES}]\s*(?P<high>{NUMBER})\]?\s*$"
)
_EMPTY_CELL = re.compile(r"(?<!\S)[-\u2013\u2014](?!\S)")


def _cells(rest: str, values: list[re.Match[str]]) -> list[re.Match[str] | None]:
    """The row's cells left to right: a value, or None for a "-" placeholder cell."""
    marks: list[tuple[int, re.Match[str] | None]] = [(v.start(), v) for v in values]
    taken = [(v.start(), v.end()) for v in values]
    marks.extend(
        (empty.start(), None)
        for empty in _EMPTY_CELL.finditer(rest)
        if not any(lo <= empty.start() < hi for lo, hi in taken)
    )
    return [cell for _position, cell in sorted(marks, key=lambda mark: mark[0])]


# "SERUM", "URINE (spot, early morning)": a specimen sub-heading inside the same table.
_SPECIMEN_HEADING = re.compile(
    r"^\s*(?:serum|plasma|whole blood|blood|urine|spot urine|random urine)\b[^0-9]*$", re.I
)


_URINE_WORD = re.compile(r"\burine\b", re.I)


_CONTINUED = re.compile(r"\bcont(?:inued|'d|d)?\b", re.IGNORECASE)
_TIMES_ONLY = re.compile(r"^\s*(?:(?:[01]?\d|2[0-3]):?[0-5]\d(?:\s*[AaPp][Mm])?\s*)+$")
_PANEL_WORDS = re.compile(
    r"\b(?:chemistry|biochemistry|h(?:a)?ematology|function|panel|profile|markers?|studies|"
    r"lipids?|cardiac|endocrine|thyroid|renal|hepatic|liver|pancreatic|muscle|electrolytes|"
    r"coagulation|haematinics|hematinics|iron|inflammatory|diabetes|vitamins?|hormones?|"
    r"immunology|serology|blood count|full blood count|fbc|cbc|cmp|bmp|u&e|lft|tft|misc\w*|"
    r"other|general|tumou?r)\b",
    re.IGNORECASE,
)


def _is_panel_heading(line: str) -> bool:
    """A panel's title inside a cumulative table ("Hepatic Function", "Endocrine / Tumor
    Markers"): short, no numbers, and named like a group of tests."""
    words = line.split()
    return (
        0 < len(words) <= 5
        and not any(ch.isdigit() for ch in line)
        and _PANEL_WORDS.search(line) is not None
    )


#: A header row with a single result column starts a table of its own: "Test  Result  Unit
#: Target / reference  Status" after a cumulative table is no row of it ("Result Flag Result
#: Flag" under the dates is the same table's second header row).
_ONE_RESULT_COLUMN = re.compile(r"\b(?:result|value)\b", re.IGNORECASE)


def _keeps_table(start: SectionStart, line: str) -> bool:
    """A table header row, a page's header or footer, or "(continued)" keeps the columns."""
    return (
        (start.is_table_header and len(_ONE_RESULT_COLUMN.findall(line)) != 1)
        or start.kind == "page_furniture"
        or _CONTINUED.search(line) is not None
    )


_DATES_ONLY = re.compile(r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\s*)+")
_VITALS_LINE = 2  # vital signs on a line that say it is no row of a results table


def results_header_by_layout(header: TextLine, row: TextLine) -> bool:
    """A results table's header in any language: a row of column names over a row that
    reads as a full result (a known test, its value, unit and reference range) and starts
    under them ("Pemeriksaan | Hasil | Satuan | Nilai rujukan | Ket." over "Hemoglobin |
    9,8 | g/dL | 11,0 - 15,0 | Rendah")."""
    if not header_over_row(header.cells, row.cells):
        return False
    words = {" ".join(text.lower().split()) for text, _x0, _x1 in header.cells}
    if lookup_analyte(header.cells[0][0]) is not None or words & (QUALITATIVE | LOCAL_QUALITATIVE):
        return False  # "Nitrite | Positive | A | Negative": a result row of words
    result = parse_lab_row(row.text)
    return result is not None and bool(result.unit) and result.reference_text is not None


class ColumnTracker:
    """Remembers a cumulative table's date columns while its rows are read."""

    def __init__(self, order: DateOrder | None = None) -> None:
        self._order = order
        self._dates: tuple[date | None, ...] = ()
        self._spans: tuple[Span, ...] | None = None  # where the date columns sit, if known
        self._urine = False  # rows sit under a "URINE" sub-heading
        self._wrapped = ""  # a header whose last date wrapped onto the next line

    @property
    def open(self) -> bool:
        return bool(self._dates)

    def close(self) -> None:
        self._dates, self._wrapped = (), ""

    def feed(
        self, line: str, *, new_section: bool = False, cells: Sequence[Cell] = ()
    ) -> list[str] | None:
        """[] for the dates header itself, one text per column for a row under it, None for
        a line to read as usual. A new section ends the table. ``cells`` (the line's pieces
        with their edges, when the reader kept them) place a value under its date column
        when the row leaves a cell blank."""
        wrapped, self._wrapped = self._wrapped, ""
        if wrapped and _DATES_ONLY.fullmatch(line.strip()):
            # "Test Units Ref range Admit 03/14/2025 Discharge" / "03/20/2025"
            dates = column_dates(f"{wrapped} {line}", self._order)
        else:
            dates = column_dates(line, self._order, least=1, cells=cells)
            if len(dates) == 1:  # a header whose next date may have wrapped onto the line below
                self._wrapped, dates = line, ()
        if dates and not new_section:
            self._dates, self._urine = dates, False
            self._spans = date_spans(cells, len(dates))
            return []
        if self._dates and (specimen := _SPECIMEN_HEADING.match(line)):
            # The table goes on under a specimen sub-heading, which is part of each
            # row's LOINC choice: "Albumin" under "URINE" is urine albumin.
            self._urine = "urine" in specimen.group(0).lower()
            return []
        if self._dates and (_TIMES_ONLY.match(line) or _is_panel_heading(line)):
            return []  # the columns' collection times, or "Chemistry", "Hepatic Function"
        start = detect_section(line)
        if new_section or (start is not None and not _keeps_table(start, line)):
            self._dates = ()
            return None
        if not self._dates:
            return None
        if len(find_vitals(line)) >= _VITALS_LINE:
            self._dates = ()  # "Examen de sortie : TA 126/74 mmHg, FC 82/min": the table ended
            return None
        # Where the cells sit says which date a value is for; the text alone is the fallback.
        placed = rows_by_position(cells, self._spans, self._dates) if self._spans else None
        rows = placed or split_columns(line, self._dates)
        if rows and self._urine:
            return [row if _URINE_WORD.search(row) else f"Urine {row}" for row in rows]
        return rows
