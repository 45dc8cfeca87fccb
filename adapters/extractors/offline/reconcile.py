"""Medication rows read against the rest of the document.

A list says what the patient was on; a later sentence can stop or hold it ("Mild
hyponatremia from HCTZ: discontinue hydrochlorothiazide today"), and a dose change
replaces the old dose ("increased Ozempic to 2 mg"). A row is written as current only
when nothing later in the same document says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
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


def _stop_lines(pages: Sequence[PageText]) -> Iterator[tuple[int, float, str]]:
    """(page, top, sentence) of every line that could stop or hold something."""
    for page in pages:
        if page.status != "ok":
            continue
        lines = [" ".join(line.text.split()) for line in page.lines]
        for index, line in enumerate(page.lines):
            text = lines[index]
            if index + 1 < len(lines) and continues_sentence(text, lines[index + 1]):
                text = f"{text} {lines[index + 1]}"  # the sentence wraps
            if _STOP_WORDS.search(text):
                yield page.page_number, line.bbox[1], text


def _ended(text: str, start: int, end: int) -> MedicationStatus | None:
    """ "stopped" or "held" when the sentence ends the drug at ``text[start:end]``."""
    context = span_context(text, start, end)
    if context.leaflet or context.assertion in ("hypothetical", "negated", "family"):
        return None  # "consider stopping", "do not stop"
    return context.medication_status if context.medication_status in _ENDS else None


def stop_mentions(pages: Sequence[PageText], names: Iterable[str] = ()) -> list[Mention]:
    """Sentences anywhere in the document that stop or hold a named drug: one the drug
    table knows, or one of ``names`` (the document's own rows, by generic name)."""
    wanted = {name.strip().lower() for name in names if len(name.strip()) >= 4}
    mentions: list[Mention] = []
    for page, top, text in _stop_lines(pages):
        for key, start, end in _drugs(text):
            if (status := _ended(text, start, end)) is not None:
                mentions.append(Mention(key, page, top, status))
        lowered = text.lower()
        mentions.extend(
            Mention(f"name:{name_key(name)}", page, top, status)
            for name in wanted
            for found in re.finditer(rf"\b{re.escape(name)}\b", lowered)
            if (status := _ended(text, found.start(), found.end())) is not None
        )
    return mentions


def _position(med: Medication) -> tuple[int, float]:
    return med.source.page, med.source.bbox[1]


def _generic(name: str) -> str:
    """ "Glibenclamide" from "Glibenclamide (Daonil)"."""
    return name.partition("(")[0].strip()


def reconcile(meds: Sequence[Medication], pages: Sequence[PageText]) -> list[Medication]:
    """Apply later stops and holds to current rows; drop doses a change replaced."""
    mentions = stop_mentions(pages, (_generic(med.name) for med in meds))
    result: list[Medication] = []
    for med in meds:
        keys = {medication_key(med.name, med.rxnorm_code), f"name:{name_key(_generic(med.name))}"}
        if med.status in _CURRENT:
            later = [m for m in mentions if m.key in keys and (m.page, m.top) > _position(med)]
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
