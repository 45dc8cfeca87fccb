"""Medication rows read against the rest of the document.

A list says what the patient was on; a later sentence can stop or hold it ("Mild
hyponatremia from HCTZ: discontinue hydrochlorothiazide today"), and a dose change
replaces the old dose ("increased Ozempic to 2 mg"). A row is written as current only
when nothing later in the same document says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from adapters.extractors.offline.context import continues_sentence, span_context
from adapters.extractors.offline.matching import name_key
from adapters.extractors.offline.medications import MEDICATION_INDEX
from pipeline.clinical.schema import Medication, MedicationStatus
from pipeline.ports import PageText

# Cheap filter first: only lines that could stop or hold something are scanned for drugs.
_STOP_WORDS = re.compile(
    r"\b(?:stop|cease|discontinu|d/c|dc'?d|held|hold|withh[eo]ld|suspend|no longer)",
    re.IGNORECASE,
)
_ENDS = frozenset({"stopped", "held"})
_CURRENT = frozenset({"active", "new"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A drug named in a sentence that stops or holds it."""

    key: str
    page: int
    top: float
    status: MedicationStatus


def medication_key(name: str, rxnorm_code: str | None) -> str:
    """What two rows share when they are the same drug: its code, else its generic name."""
    if rxnorm_code:
        return f"rx:{rxnorm_code}"
    return f"name:{name_key(name.partition('(')[0])}"


def _drugs(text: str) -> Iterator[tuple[str, int, int]]:
    """Every drug named in ``text`` with its span, left to right."""
    for match, start, end in MEDICATION_INDEX.scan_all(text):
        yield medication_key(match.concept.name, match.concept.code), start, end


def stop_mentions(pages: Sequence[PageText]) -> list[Mention]:
    """Sentences anywhere in the document that stop or hold a named drug."""
    mentions: list[Mention] = []
    for page in pages:
        if page.status != "ok":
            continue
        lines = [" ".join(line.text.split()) for line in page.lines]
        for index, line in enumerate(page.lines):
            text = lines[index]
            if index + 1 < len(lines) and continues_sentence(text, lines[index + 1]):
                text = f"{text} {lines[index + 1]}"  # the sentence wraps
            if not _STOP_WORDS.search(text):
                continue
            for key, start, end in _drugs(text):
                context = span_context(text, start, end)
                if context.leaflet or context.assertion in ("hypothetical", "negated", "family"):
                    continue  # "consider stopping", "do not stop"
                if context.medication_status in _ENDS:
                    mentions.append(
                        Mention(key, page.page_number, line.bbox[1], context.medication_status)
                    )
    return mentions


def _position(med: Medication) -> tuple[int, float]:
    return med.source.page, med.source.bbox[1]


def reconcile(meds: Sequence[Medication], pages: Sequence[PageText]) -> list[Medication]:
    """Apply later stops and holds to current rows; drop doses a change replaced."""
    mentions = stop_mentions(pages)
    result: list[Medication] = []
    for med in meds:
        key = medication_key(med.name, med.rxnorm_code)
        if med.status in _CURRENT:
            later = [m for m in mentions if m.key == key and (m.page, m.top) > _position(med)]
            if later:
                med = med.model_copy(update={"status": later[-1].status})
        result.append(med)
    changed = {
        (medication_key(m.name, m.rxnorm_code), m.dose) for m in result if m.status == "changed"
    }
    changed_keys = {key for key, _ in changed}
    # "Ozempic 1 mg weekly" in the list, then "increased Ozempic to 2 mg": 1 mg is history.
    return [
        m
        for m in result
        if not (
            m.status == "active"
            and medication_key(m.name, m.rxnorm_code) in changed_keys
            and (medication_key(m.name, m.rxnorm_code), m.dose) not in changed
        )
    ]
