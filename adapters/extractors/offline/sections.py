"""Section headers ("DISCHARGE MEDICATIONS:", "Allergies:") and table header rows."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from adapters.extractors.offline.matching import repair_words

_SECTION_HEADERS: dict[str, tuple[str, ...]] = {
    "medications": (
        "medications",
        "medication",
        "discharge medications",
        "home medications",
        "current medications",
        "medication list",
        "meds",
        "active medications",
        "outpatient medications",
        "prescriptions",
        "prescribed medications",
        "medications on discharge",
        "new medications",
        "medications at discharge",
        "discharge medication list",
        "medication orders",
        "prescription",
    ),
    "allergies": (
        "allergies",
        "allergy",
        "drug allergies",
        "allergies/adverse reactions",
        "allergies and adverse reactions",
        "known allergies",
        "allergies / intolerances",
    ),
    "conditions": (
        "diagnosis",
        "diagnoses",
        "discharge diagnosis",
        "discharge diagnoses",
        "admitting diagnosis",
        "admission diagnosis",
        "principal diagnosis",
        "primary diagnosis",
        "secondary diagnoses",
        "secondary diagnosis",
        "problem list",
        "active problems",
        "past medical history",
        "pmh",
        "medical history",
        "final diagnosis",
        "final diagnoses",
        "diagnoses/problems",
        "chronic conditions",
        "problems",
        "active problem list",
        "comorbidities",
    ),
    "vitals": (
        "vital signs",
        "vitals",
        "vitals at discharge",
        "discharge vitals",
        "admission vitals",
        "vital signs on admission",
        "vital signs at discharge",
        "vitals on admission",
    ),
    "labs": (
        "laboratory results",
        "lab results",
        "labs",
        "laboratory",
        "laboratory data",
        "pertinent results",
        "pertinent labs",
        "results",
        "test results",
        "chemistry",
        "hematology",
        "complete blood count",
        "cbc",
        "basic metabolic panel",
        "bmp",
        "comprehensive metabolic panel",
        "cmp",
        "lipid panel",
        "labs on admission",
        "admission labs",
        "discharge labs",
        "key labs",
        "laboratory studies",
        "hemoglobin a1c",
        "thyroid panel",
        "liver function tests",
        "lfts",
    ),
    "immunizations": (
        "immunizations",
        "immunization",
        "vaccinations",
        "vaccination",
        "immunization history",
        "immunization record",
        "vaccination record",
        "vaccines administered",
        "vaccine history",
        "vaccines",
        "immunizations administered",
    ),
    "other": (
        "history of present illness",
        "hpi",
        "hospital course",
        "brief hospital course",
        "plan",
        "follow-up",
        "follow up",
        "instructions",
        "discharge instructions",
        "physical exam",
        "physical examination",
        "social history",
        "family history",
        "chief complaint",
        "reason for admission",
        "procedures",
        "procedure",
        "signature",
        "condition at discharge",
        "disposition",
        "review of systems",
        "notes",
        "comments",
        "patient information",
        "imaging",
        "consults",
        "diet",
        "activity",
        "assessment and plan",
        "assessment",
        "impression",
        "interpretation",
        "summary",
        "course",
        "reason for visit",
        "pharmacy",
        "dispense",
        "refills",
        "next dose due",
        "recommendations",
    ),
}

_HEADER_INDEX: dict[str, str] = {
    phrase: section for section, phrases in _SECTION_HEADERS.items() for phrase in phrases
}
_TABLE_COLUMNS: dict[str, frozenset[str]] = {
    "labs": frozenset(
        {
            "test",
            "result",
            "results",
            "units",
            "unit",
            "reference",
            "range",
            "flag",
            "ref",
            "value",
            "component",
            "analyte",
        }
    ),
    "medications": frozenset(
        {
            "medication",
            "drug",
            "dose",
            "route",
            "frequency",
            "sig",
            "strength",
            "instructions",
            "quantity",
        }
    ),
    "immunizations": frozenset(
        {
            "vaccine",
            "date",
            "dose",
            "lot",
            "site",
            "manufacturer",
            "administered",
            "given",
            "mfr",
            "route",
        }
    ),
}
_WORD = re.compile(r"[a-z]+")
_HEADER_PHRASES = sorted(_HEADER_INDEX)
#: How close an OCR-damaged header must be to a known one ("ALLERGIE5" -> "allergies").
_FUZZY_HEADER_CUTOFF = 0.85
_MIN_FUZZY_HEADER = 6


@dataclass(frozen=True, slots=True)
class SectionStart:
    """A header on a line: the section it opens and any content after its colon."""

    section: str
    remainder: str
    is_table_header: bool = False


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9/ ]", " ", text.lower())).strip()


def detect_section(line: str) -> SectionStart | None:
    stripped = line.strip()
    head, colon, rest = stripped.partition(":")
    head = re.sub(r"\([^)]*\)", " ", head)  # "LABORATORY RESULTS (2024-02-13)"
    key = _norm(head)
    section = _HEADER_INDEX.get(key)
    if section is None and _looks_like_header(head, bool(colon)):
        section = _fuzzy_header(_norm(repair_words(head)))
    if section is not None and (colon or len(key.split()) <= 5):
        return SectionStart(section, rest.strip() if colon else "")
    return _table_header(stripped)


def _looks_like_header(head: str, has_colon: bool) -> bool:
    """Short, and either written in capitals or ended by a colon."""
    words = head.split()
    letters = [ch for ch in head if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
    return 0 < len(words) <= 5 and (capitals or has_colon)


def _fuzzy_header(key: str) -> str | None:
    if len(key) < _MIN_FUZZY_HEADER or any(ch.isdigit() for ch in key):
        return None
    close = difflib.get_close_matches(key, _HEADER_PHRASES, n=1, cutoff=_FUZZY_HEADER_CUTOFF)
    return _HEADER_INDEX[close[0]] if close else None


def _table_header(line: str) -> SectionStart | None:
    words = set(_WORD.findall(line.lower()))
    if not words or any(ch.isdigit() for ch in line):
        return None
    best: tuple[int, str] | None = None
    for section, columns in _TABLE_COLUMNS.items():
        overlap = len(words & columns)
        # Most of a header row's words are column names; a sentence's are not.
        if overlap >= 2 and overlap * 2 >= len(words) and (best is None or overlap > best[0]):
            best = (overlap, section)
    if best is None:
        return None
    return SectionStart(best[1], "", is_table_header=True)
