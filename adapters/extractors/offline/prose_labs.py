"""Results written in sentences: "Her bloods on 12/01/2026 showed Hb 118 g/L, WCC 6.2, ALT 38
and ESR 32", "HbA1c was 9.1 %", "Creatinine: 132 umol/L (28/01), 88 umol/L (02/02)".

Only analytes the lab table knows exactly are read, each with the number right after its
name (a few linking words may sit between them). A value that follows another value of
the same test ("... 132 umol/L (28/01), 88 umol/L") repeats that test. A unit printed once
after a panel ("total cholesterol 5.1, LDL 2.9, HDL 1.2 mmol/L") is shared by the panel's
other values in the same clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.extractors.offline.lab_lexicon import OTHER_SPECIMEN_WORDS
from adapters.extractors.offline.labs import lookup_analyte, take_dates
from adapters.extractors.offline.patterns import COMPARATOR, LAB_UNIT, NUMBER
from adapters.extractors.offline.values import DateOrder, FoundDate

_VALUE = re.compile(
    # ("HIV 1 & 2 screening": the numbers belong to the name)
    rf"(?<![\w./^-])(?P<value>{COMPARATOR}?\s*{NUMBER})(?![\w/]|\.\d|\s*&\s*\d)"
    rf"(?:\s*{LAB_UNIT.pattern})?",
    LAB_UNIT.flags,
)
# Words between a test's name and its value: "HbA1c on <date> was 9.1", "ratio of 6.8",
# "HbA1c has risen to 67 mmol/mol", "Hb (HemoCue) 10.1".
_LINKING = re.compile(
    # (also the method in brackets: "Hb (HemoCue) 10.1 g/dL")
    r"(?:\s|[:=,]|\([A-Za-z][\w -]{0,20}\)|"
    r"\b(?:was|is|were|are|of|at|on|today|now|level|result|measured|"
    r"came back|returned|showed|remains?|down|up|to|from|has|have|had|been|"
    r"risen|rose|fallen|fell|increased|decreased|improved|dropped|climbed|gone)\b)*$",
    re.IGNORECASE,
)
# Between two values of one test: "(28/01), ", " -> ", " then ", " and later ".
_REPEAT_GAP = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:[,;]\s*)?(?:->|→|\b(?:then|and|later|rising to|falling to|"
    r"(?:improved|down|up|fallen|risen|increased|decreased|changed) from|from|previously|"
    r"compared with|vs\.?)\b)|[,;])\s*$",
    re.IGNORECASE,
)
_EARLIER = re.compile(r"\b(?:from|previously|compared with|vs)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.](?:\s|$)")
_THRESHOLD = re.compile(
    r"\b(?:if|when|unless|until|once|target|goal|aim|keep|above|below)\b", re.IGNORECASE
)
_MAX_NAME_WORDS = 4
#: Analytes printed as a panel with one unit at its end (LOINC groups).
_PANELS: tuple[frozenset[str], ...] = (
    frozenset({"2093-3", "13457-7", "2085-9", "2571-8", "43396-1", "13458-5"}),  # lipids
    frozenset({"2951-2", "2823-3", "2075-0", "1963-8", "22664-7", "3094-0"}),  # U&E
)


@dataclass(frozen=True, slots=True)
class _Hit:
    name: str
    code: str | None
    value: str
    unit: str | None
    start: int
    end: int
    #: An earlier value quoted for comparison ("67, up from 59"): kept only with its own date.
    earlier: bool = False


def _analyte_before(text: str) -> tuple[str, str | None] | None:
    """The known test whose name ends ``text`` (after linking words), and its LOINC."""
    head = text[: _LINKING.search(text).start()]  # type: ignore[union-attr]  # matches ""
    words = head.split()
    for count in range(min(_MAX_NAME_WORDS, len(words)), 0, -1):
        name = " ".join(words[-count:]).strip("(),;:. ")
        if not name or not re.search(r"[A-Za-z]", name):
            continue
        if OTHER_SPECIMEN_WORDS.search(name):
            return None  # "faecal haemoglobin" is not the blood count
        found = lookup_analyte(name)
        if found is not None and found.score >= 0.95:
            return name, found.concept.code
    return None


def _hits(blanked: str) -> list[_Hit]:
    hits: list[_Hit] = []
    last_end = 0
    for match in _VALUE.finditer(blanked):
        before = blanked[last_end : match.start()]
        analyte = _analyte_before(before)
        if match.group("value").lstrip()[:1] in "<>≤≥" and (
            analyte is None or not match.group("unit") or _THRESHOLD.search(before[-40:])
        ):
            # "restart if creatinine < 110": a threshold, not a result; "viral load
            # < 50 copies/mL" is a result past the assay's limit
            last_end = match.end()
            continue
        gap = blanked[hits[-1].end : match.start()] if hits else ""
        earlier = False
        if analyte is None and hits and _REPEAT_GAP.match(gap):
            analyte = (hits[-1].name, hits[-1].code)  # "132 umol/L (28/01), 88 umol/L"
            earlier = _EARLIER.search(gap) is not None
        if analyte is not None:
            unit = match.group("unit")
            hits.append(
                _Hit(
                    analyte[0],
                    analyte[1],
                    match.group("value"),
                    unit,
                    match.start(),
                    match.end(),
                    earlier,
                )
            )
        last_end = match.end()
    return hits


def _shared_unit(hits: list[_Hit], index: int, blanked: str) -> str | None:
    """The unit a later value of the same panel prints, in the same clause."""
    hit = hits[index]
    panel = next((p for p in _PANELS if hit.code in p), None)
    if panel is None:
        return None
    for later in hits[index + 1 :]:
        if _CLAUSE_END.search(blanked, hit.end, later.start) or later.code not in panel:
            return None
        if later.unit:
            return later.unit
    return None


#: A word result in a sentence: "HIV antibody was negative", "HBsAg came back reactive".
_WORD_RESULT = re.compile(
    r"\b(?:was|were|is|are|came back|returned)\s+(?:(?:also|again|still)\s+)?"
    r"(?P<word>positive|negative|non-?reactive|reactive|not detected|detected)\b",
    re.IGNORECASE,
)
#: Where the words naming a word result's test start: after a clause, "and" or "but".
_NAME_START = re.compile(r".*(?:[.;,:]\s|\b(?:and|but|while|whereas)\s)", re.IGNORECASE | re.DOTALL)


def _word_results(blanked: str) -> list[str]:
    rows = []
    for found in _WORD_RESULT.finditer(blanked):
        before = blanked[: found.start()]
        opening = _NAME_START.match(before)
        clause = before[opening.end() if opening else 0 :]
        if _THRESHOLD.search(clause):
            continue  # "treat if the HIV test is positive": not a result
        analyte = _analyte_before(clause)
        if analyte is not None:
            rows.append(f"{analyte[0]} {found.group('word')}")
    return rows


def find_prose_labs(text: str, order: DateOrder | None = None) -> list[str]:
    """One row text per result in a sentence ("Hb 118 g/L 2026-01-12"), with the sentence's
    date when it gives one; [] when the line has no known test with a value."""
    blanked, dates = take_dates(text, order)
    hits = _hits(blanked)
    own, dated = _dates_of(hits, dates, blanked)
    rows = []
    for index, hit in enumerate(hits):
        if hit.earlier and index not in own:
            continue  # "up from 59 in May": a past value without its day
        unit = hit.unit or _shared_unit(hits, index, blanked) or ""
        rows.append(" ".join(f"{hit.name} {hit.value} {unit} {dated.get(index, '')}".split()))
    return rows + _word_results(blanked)


#: A date right after a value is that value's own: "74 mmol/mol on 10/10/2024", "(28/01/2026)".
_OWN_DATE_GAP = re.compile(r"^\s*(?:on|\(|,)?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def _dates_of(
    hits: list[_Hit], dates: list[FoundDate], blanked: str
) -> tuple[set[int], dict[int, str]]:
    """The hits that a date follows, and each hit's date: its own when one follows it, else
    the one date of its sentence."""
    own: dict[int, str] = {}
    sentence_dates: list[FoundDate] = []
    for found in dates:
        if found.ambiguous:
            continue
        before = [i for i, hit in enumerate(hits) if hit.end <= found.start]
        if before and _OWN_DATE_GAP.match(blanked[hits[before[-1]].end : found.start]):
            own[before[-1]] = found.value.isoformat()
        else:
            sentence_dates.append(found)
    dated = dict(own)
    for index, hit in enumerate(hits):
        if index in own:
            continue
        same = [
            d
            for d in sentence_dates
            if not _SENTENCE_END.search(blanked, min(d.end, hit.start), max(d.start, hit.end))
        ]
        if len(same) == 1:
            dated[index] = same[0].value.isoformat()
    return set(own), dated
