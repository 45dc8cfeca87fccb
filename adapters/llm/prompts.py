"""Prompts of the LLM passes, and the line labels the model cites as sources.

Every readable page line is shown to the model as ``p<page>.l<line>: <text>`` (both
1-based); the model cites that label and :class:`LineIndex` maps it back to the
page and box of the line, so LLM output keeps the same provenance as the offline
extractor's. Field lists are read from the pydantic schema, so a new field shows up
in the prompt by itself (bump ``PROMPT_VERSION`` when the wording changes).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, get_args

from pipeline.clinical.schema import (
    Allergy,
    Assertion,
    ClinicalExtraction,
    Condition,
    DocumentType,
    EntityDetections,
    EntityType,
    Immunization,
    ImmunizationStatus,
    LabFlag,
    LabObservation,
    Medication,
    MedicationStatus,
    SourceRef,
    Vital,
    VitalKind,
)
from pipeline.ports import BBox, PageText

#: Part of the extractor version: stored results say which prompt made them.
PROMPT_VERSION = "prompt-v2"
#: Longest summary kept (the offline extractor's limit too).
MAX_SUMMARY_CHARS = 600

#: The list fields of ClinicalExtraction and the model of their items.
ITEM_MODELS: Mapping[str, type[Any]] = {
    "medications": Medication,
    "labs": LabObservation,
    "vitals": Vital,
    "allergies": Allergy,
    "conditions": Condition,
    "immunizations": Immunization,
}

_LABEL = re.compile(r"p(\d+)\s*\.\s*l(\d+)")


def line_label(page: int, line: int) -> str:
    return f"p{page}.l{line}"


@dataclass(frozen=True, slots=True)
class _Line:
    page: int
    bbox: BBox
    text: str


class LineIndex:
    """The numbered lines of the readable pages, and label → SourceRef."""

    def __init__(self, pages: Sequence[PageText]) -> None:
        self._lines: dict[tuple[int, int], _Line] = {}
        self._labels: dict[tuple[int, BBox], str] = {}
        for page in pages:
            if page.status != "ok":
                continue  # a failed page has no trustworthy lines to cite
            for number, line in enumerate(page.lines, start=1):
                self._lines[(page.page_number, number)] = _Line(
                    page.page_number, line.bbox, line.text
                )
                self._labels.setdefault(
                    (page.page_number, line.bbox), line_label(page.page_number, number)
                )

    def __len__(self) -> int:
        return len(self._lines)

    def numbered_text(self) -> str:
        """``p1.l1: text`` per non-blank line, in page and line order."""
        return "\n".join(
            f"{line_label(page, number)}: {line.text.strip()}"
            for (page, number), line in self._lines.items()
            if line.text.strip()
        )

    def source_for(self, cited: object) -> SourceRef | None:
        """The SourceRef of a cited label (or list of labels on one page), else None."""
        labels = cited if isinstance(cited, list) else [cited]
        found = [self._line(label) for label in labels]
        lines = [line for line in found if line is not None]
        if not lines or len(lines) != len(found):
            return None
        first = lines[0]
        if any(line.page != first.page for line in lines):
            return None
        bbox = (
            min(line.bbox[0] for line in lines),
            min(line.bbox[1] for line in lines),
            max(line.bbox[2] for line in lines),
            max(line.bbox[3] for line in lines),
        )
        digest = hashlib.sha256(first.text.encode("utf-8")).hexdigest()
        return SourceRef(page=first.page, bbox=bbox, line_text_sha256=digest)

    def label_for(self, source: SourceRef) -> str:
        """The label of the line a SourceRef points at, or just its page."""
        return self._labels.get((source.page, source.bbox), f"p{source.page}")

    def _line(self, label: object) -> _Line | None:
        if not isinstance(label, str):
            return None
        match = _LABEL.fullmatch(label.strip().lower())
        if match is None:
            return None
        return self._lines.get((int(match.group(1)), int(match.group(2))))


def _choices(literal: Any) -> str:
    return "|".join(get_args(literal))


#: Fields the model never sets: provenance, and the review reason code (the adapter's).
_NOT_ASKED = ("source", "review_reason")


def _fields(model: type[Any]) -> str:
    return ", ".join(name for name in model.model_fields if name not in _NOT_ASKED)


_SOURCE_RULE = (
    'Every item has "source": the label of the line it was read from, e.g. "p1.l3" '
    "(a list of labels if it spans lines of one page). Use only what the document "
    "says; use null when a value is not there; never add patient names or identifiers."
)

_CONTEXT_RULE = (
    "Context is part of every item. Medication status: "
    + _choices(MedicationStatus)
    + " (stopped, ceased, discontinued: stopped; on hold, withheld: held; a course finished:"
    " completed). Allergy and condition assertion: "
    + _choices(Assertion)
    + ' (denies, "no history of", NKDA, a ticked No box: negated; past or resolved:'
    " historical; a relative's: family; rule out, possible, planned: hypothetical)."
    " Immunization status: "
    + _choices(ImmunizationStatus)
    + " (a vaccine listed as due, recommended or scheduled was not given: due or planned)."
    ' Lab "observed_on": the date of that result when the document gives one. If a date'
    "'s day and month could be either way round, set requires_review. "
)
_PRECISION_RULE = (
    "Precision matters more than recall: a wrong item in a health record is worse than a"
    " missing one. Leave out anything you are not sure is a clinical fact of this patient;"
    " never make an item of a heading, a signature, a person's name or job title, a result"
    " line read as an allergy, or leaflet text. Set requires_review true for an item you"
    " keep but are unsure of. "
)

ENTITIES_SYSTEM = (
    "You find clinical entities in a medical document given as numbered lines "
    '"p<page>.l<line>: <text>". Reply with one JSON object only: '
    '{"entities": [{"entity_type": "'
    + _choices(EntityType)
    + '", "text": words copied from the line, "confidence": 0..1, "source": "p1.l3"}]}. '
    + _SOURCE_RULE
)

CLINICAL_SYSTEM = (
    "You extract structured clinical data from a medical document given as numbered "
    'lines "p<page>.l<line>: <text>". Reply with one JSON object only, with the keys '
    '"document_type" ('
    + _choices(DocumentType)
    + '), "service_date" (YYYY-MM-DD), "provider_name", "facility_name" and the lists '
    + "; ".join(
        f'"{key}" (items with {_fields(model)}, source)' for key, model in ITEM_MODELS.items()
    )
    + ". Lab flag: "
    + _choices(LabFlag)
    + ". Vital kind: "
    + _choices(VitalKind)
    + " (blood pressure: value_numeric systolic, value_secondary diastolic). Dates "
    "YYYY-MM-DD; confidence 0..1; codes (RxNorm, LOINC, ICD-10, CVX) only when sure. "
    + _CONTEXT_RULE
    + _PRECISION_RULE
    + _SOURCE_RULE
)

SUMMARY_SYSTEM = (
    "You write a short factual summary of a medical document from its extracted data "
    f"(JSON). Plain text, at most {MAX_SUMMARY_CHARS} characters, no markdown, no patient "
    "names or identifiers, nothing that is not in the data."
)


def entities_user(index: LineIndex) -> str:
    return "Document lines:\n" + index.numbered_text()


def clinical_user(index: LineIndex, entities: EntityDetections) -> str:
    hints = "\n".join(
        f"- {e.entity_type}: {e.text} ({index.label_for(e.source)})" for e in entities.entities
    )
    text = "Document lines:\n" + index.numbered_text()
    if hints:
        text += "\n\nEntities found earlier (hints, may be incomplete):\n" + hints
    return text


def summary_user(extraction: ClinicalExtraction) -> str:
    data = extraction.model_dump(
        mode="json", exclude={"schema_version", "extractor", "extractor_version"}
    )
    return "Extracted data:\n" + json.dumps(_without_sources(data), separators=(",", ":"))


def _without_sources(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_sources(v)
            for k, v in value.items()
            if k not in ("source", "confidence") and v not in (None, [], ())
        }
    if isinstance(value, list):
        return [_without_sources(v) for v in value]
    return value
