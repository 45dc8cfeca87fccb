"""Condition names from a maintained source: the ICD-10-CM tabular list.

The ``simple-icd-10-cm`` wheel (MIT) bundles the CDC's ICD-10-CM tabular XML (public
domain). Only that data file is read, through defusedxml: titles and inclusion terms
become spellings of their code ("Essential (primary) hypertension", "High blood
pressure" -> I10). Chapters that name symptoms, injuries, external causes and encounter
reasons (R, S-Z) are left out: "palpitations" or "fall" in a letter is not a diagnosis.
British spellings are folded to the American ones the list uses ("anaemia" -> "anemia").
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from adapters.extractors.offline.lexicon import Concept
from adapters.extractors.offline.matching import name_key

_PACKAGE = "simple_icd_10_cm"
_DATA = re.compile(r"icd10c?m?-tabular.*\.xml$|icd10c-tabular.*\.xml$")
# Q (congenital malformations) is left out too: its terms ("Amelia", "accessory muscle")
# read as ordinary words far more often than as diagnoses.
_EXCLUDED_CHAPTERS = frozenset("QRSTUVWXYZ")
# Words that carry no diagnosis on their own, and titles that are bookkeeping.
_NOISE = re.compile(
    r",?\s*\b(?:unspecified|not elsewhere classified|nos|without complications?|"
    r"not otherwise specified)\b",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_TOO_VAGUE = frozenset(
    name_key(word)
    for word in (
        "disease", "disorder", "disorders", "infection", "syndrome", "other", "condition",
        "complication", "deformity", "lesion", "mass", "abnormality", "defect", "pain",
        "dependence", "abuse", "use", "carrier", "deficiency", "excess", "failure", "arrest",
        "shock", "fever", "cold", "delivery", "contact", "exposure", "history", "sequelae",
        # a child's "GROWTH RECORD" is a chart, not "new growth" (D49)
        "growth", "new growth",
    )
)  # fmt: skip
_MAX_WORDS = 6
_BRITISH = (
    ("aem", "em"), ("oes", "es"), ("oed", "ed"), ("paed", "ped"), ("tumour", "tumor"),
    ("oea", "ea"), ("coel", "cel"), ("isation", "ization"), ("ischaem", "ischem"),
    ("ised", "ized"),
)  # fmt: skip


def american(key: str) -> str:
    """A name key with British spellings folded to the list's American ones."""
    for british, us in _BRITISH:
        key = key.replace(british, us)
    return key


def _data_path() -> Path | None:
    spec = importlib.util.find_spec(_PACKAGE)  # locate the wheel without importing it
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "data"
    found = sorted(p for p in folder.glob("*.xml") if _DATA.search(p.name))
    return found[-1] if found else None


def _spellings(text: str) -> list[str]:
    """The ways a title or inclusion term is written in a letter."""
    plain = _NOISE.sub("", _BRACKETS.sub("", text)).strip(" ,;-")
    unbracketed = _NOISE.sub("", re.sub(r"[()\[\]]", "", text)).strip(" ,;-")
    return [s for s in dict.fromkeys((plain, unbracketed)) if s]


@cache
def _table() -> dict[str, tuple[Concept, str]]:
    path = _data_path()
    if path is None:
        return {}
    table: dict[str, tuple[Concept, str]] = {}
    root = ElementTree.parse(path).getroot()
    for diag in root.iter("diag") if root is not None else ():
        code = (diag.findtext("name") or "").strip()
        if not code or code[0] in _EXCLUDED_CHAPTERS:
            continue
        title = (diag.findtext("desc") or "").strip()
        notes = diag.findall("inclusionTerm/note") + diag.findall("includes/note")
        terms = [title] + [(note.text or "").strip() for note in notes]
        concept = Concept(_NOISE.sub("", title).strip(" ,") or title, code)
        for term in terms:
            for spelling in _spellings(term):
                key = american(name_key(spelling))
                words = spelling.split()
                if len(key) < 4 or len(words) > _MAX_WORDS or key in _TOO_VAGUE:
                    continue
                # The broadest code wins a shared name (the tree is walked top down).
                table.setdefault(key, (concept, spelling))
    return table


def lookup_key(key: str) -> tuple[Concept, str] | None:
    """The ICD-10-CM concept a name key spells, or None (exact keys only)."""
    return _table().get(american(key))


@cache
def _codes() -> frozenset[str]:
    return frozenset(concept.code for concept, _spelling in _table().values() if concept.code)


def known_code(code: str) -> bool:
    """The code is one of the list's diagnoses (outside the left-out chapters)."""
    return code in _codes()
