"""Pass 3: a short, deterministic summary of a document built from its extraction."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.clinical.schema import ClinicalExtraction

MAX_SUMMARY_CHARS = 600
_ITEMS_NAMED = 3
_NOT_CURRENT = frozenset({"stopped", "held", "completed"})
_DOCUMENT_NAMES = {
    "lab_result": "Lab result",
    "prescription": "Prescription",
    "discharge_summary": "Discharge summary",
    "immunization_record": "Immunization record",
    "medical_record": "Medical record",
    "other": "Document",
}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _listing(count: int, word: str, names: Sequence[str]) -> str:
    shown = ", ".join(names[:_ITEMS_NAMED])
    more = f" (+{count - _ITEMS_NAMED} more)" if count > _ITEMS_NAMED else ""
    return f"{_plural(count, word)}: {shown}{more}"


def _dose(name: str, dose: str | None, unit: str | None) -> str:
    return " ".join(part for part in (name, dose, unit) if part)


def summarize(extraction: ClinicalExtraction) -> str:
    """At most ``MAX_SUMMARY_CHARS`` characters; the same extraction gives the same text."""
    head = _DOCUMENT_NAMES[extraction.document_type]
    if extraction.facility_name:
        head += f" from {extraction.facility_name}"
    if extraction.provider_name:
        head += f" ({extraction.provider_name})"
    if extraction.service_date:
        head += f", dated {extraction.service_date.isoformat()}"
    parts = [head]
    # Only what holds for the patient now: a negated allergy, a family member's disease, a
    # stopped drug or a vaccine that is only due is kept in the rows, not told as current.
    conditions = [c for c in extraction.conditions if c.assertion == "present"]
    if conditions:
        names = [f"{c.name} ({c.icd10_code})" if c.icd10_code else c.name for c in conditions]
        parts.append(_listing(len(names), "condition", names))
    medications = [m for m in extraction.medications if m.status not in _NOT_CURRENT]
    if medications:
        names = [_dose(m.name, m.dose, m.unit) for m in medications]
        parts.append(_listing(len(names), "medication", names))
    if extraction.labs:
        abnormal = [lab for lab in extraction.labs if lab.flag not in (None, "normal")]
        text = _plural(len(extraction.labs), "lab result")
        if abnormal:
            flagged = [f"{lab.test_name} {lab.value_text} {lab.flag}" for lab in abnormal]
            text += f", {len(abnormal)} abnormal: " + ", ".join(flagged[:_ITEMS_NAMED])
            if len(flagged) > _ITEMS_NAMED:
                text += f" (+{len(flagged) - _ITEMS_NAMED} more)"
        parts.append(text)
    if extraction.vitals:
        parts.append(_plural(len(extraction.vitals), "vital sign"))
    allergies = [a for a in extraction.allergies if a.assertion == "present"]
    if allergies:
        names = [a.substance for a in allergies]
        parts.append(_listing(len(names), "allergy", names).replace("allergys", "allergies"))
    shots = [i for i in extraction.immunizations if i.status == "given"]
    if shots:
        names = sorted({i.vaccine for i in shots})
        parts.append(
            f"{_plural(len(shots), 'immunization')}: "
            + ", ".join(names[:_ITEMS_NAMED])
            + (f" (+{len(names) - _ITEMS_NAMED} more)" if len(names) > _ITEMS_NAMED else "")
        )
    if extraction.item_count() == 0:
        parts.append("no clinical items found")
    summary = ". ".join(parts) + "."
    if len(summary) > MAX_SUMMARY_CHARS:
        summary = summary[: MAX_SUMMARY_CHARS - 1].rstrip() + "…"
    return summary
