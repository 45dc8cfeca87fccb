"""What an import returns: the extraction plus where each item came from in the record."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from pipeline.clinical.schema import ClinicalExtraction, SourceRef

#: The ClinicalExtraction tuple an item sits in; with its index, the provenance key.
Category = Literal["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]
CATEGORIES: tuple[Category, ...] = (
    "medications",
    "labs",
    "vitals",
    "allergies",
    "conditions",
    "immunizations",
)

#: A structured record has no pages or boxes: every item points at "page 1, no box";
#: the real pointer is the provenance id (narrative element id or FHIR resource reference).
STRUCTURED_SOURCE = SourceRef(page=1, bbox=(0.0, 0.0, 0.0, 0.0))


class StructuredKind(StrEnum):
    """A structured document kind the security scan may accept."""

    CCDA = "ccda"
    FHIR_BUNDLE = "fhir_bundle"

    @property
    def mime_type(self) -> str:
        return _MIME[self]


_MIME = {
    StructuredKind.CCDA: "application/hl7-cda+xml",
    StructuredKind.FHIR_BUNDLE: "application/fhir+json",
}


@dataclass(frozen=True)
class StructuredImport:
    """An import's extraction and, per item, the id of what it was read from.

    ``provenance[(category, index)]`` is the narrative element id (C-CDA, without "#")
    or the resource reference ("MedicationStatement/abc", FHIR) of
    ``getattr(extraction, category)[index]``; items without one are absent.
    """

    extraction: ClinicalExtraction
    provenance: dict[tuple[Category, int], str] = field(default_factory=dict)


class Collector:
    """Gathers items per category with their provenance, in document order."""

    def __init__(self) -> None:
        self._buckets: dict[Category, list[Any]] = {}
        self._provenance: dict[tuple[Category, int], str] = {}

    def add(self, category: Category, item: Any, ref: str | None) -> None:
        bucket = self._buckets.setdefault(category, [])
        if ref:
            self._provenance[(category, len(bucket))] = ref
        bucket.append(item)

    def result(self, extractor: str, version: str, header: dict[str, Any]) -> StructuredImport:
        fields: dict[str, Any] = {"extractor": extractor, "extractor_version": version, **header}
        fields.update({category: tuple(bucket) for category, bucket in self._buckets.items()})
        return StructuredImport(
            extraction=ClinicalExtraction.model_validate(fields),
            provenance=dict(self._provenance),
        )
