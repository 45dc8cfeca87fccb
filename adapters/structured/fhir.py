"""FHIR R4 Bundle (JSON) -> ``ClinicalExtraction``.

Each resource is validated on its own with ``fhir.resources`` (R4B models: the
clinical resources read here are the same in R4 and R4B); a resource that fails
is still read, leniently, and flagged ``requires_review="fhir_invalid"``, since
whole-bundle validation rejects real portal exports for one odd field.
"""

from __future__ import annotations

from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from adapters.structured import fhir_resources as mappers
from adapters.structured.detect import is_r4_bundle
from adapters.structured.fhir_values import Json, items, obj, text
from adapters.structured.model import Category, Collector, StructuredImport
from adapters.structured.safe_json import load_json
from pipeline.clinical.schema import LabObservation
from pipeline.errors import InvalidDocument

EXTRACTOR = "fhir-r4-import"
EXTRACTOR_VERSION = "1"
_CATEGORY: dict[str, Category] = {
    "MedicationStatement": "medications",
    "MedicationRequest": "medications",
    "AllergyIntolerance": "allergies",
    "Condition": "conditions",
    "Immunization": "immunizations",
}


def is_valid_r4(resource: Json) -> bool:
    """True when ``fhir.resources`` accepts the resource as its declared type."""
    try:
        get_fhir_model_class(str(resource.get("resourceType"))).model_validate(dict(resource))
    except (ValidationError, ValueError, TypeError):
        return False
    return True


class _Resolver:
    """Finds a referenced resource: contained ("#id"), by fullUrl, or by "Type/id"."""

    def __init__(self, entries: list[Json]) -> None:
        self._by_ref: dict[str, Json] = {}
        for entry in entries:
            resource = obj(entry.get("resource"))
            if url := text(entry.get("fullUrl")):
                self._by_ref[url] = resource
            if (kind := text(resource.get("resourceType"))) and (ident := text(resource.get("id"))):
                self._by_ref[f"{kind}/{ident}"] = resource

    def __call__(self, reference: str, holder: Json) -> Json:
        if reference.startswith("#"):
            for contained in items(holder.get("contained")):
                if contained.get("id") == reference[1:]:
                    return contained
            return {}
        return (
            self._by_ref.get(reference) or self._by_ref.get(reference.split("/_history")[0]) or {}
        )


def _map(resource: Json, resolve: _Resolver) -> tuple[Category, Any] | None:
    kind = text(resource.get("resourceType")) or ""
    if kind == "Observation":
        found = mappers.observation(resource, not is_valid_r4(resource))
        if found is None:
            return None
        return ("labs" if isinstance(found, LabObservation) else "vitals"), found
    category = _CATEGORY.get(kind)
    if category is None:
        return None  # Patient, Practitioner, Medication, Encounter...: not items
    invalid = not is_valid_r4(resource)
    item: Any
    if category == "medications":
        item = mappers.medication(resource, resolve, invalid)
    elif category == "allergies":
        item = mappers.allergy(resource, invalid)
    elif category == "conditions":
        item = mappers.condition(resource, invalid)
    else:
        item = mappers.immunization(resource, invalid)
    return None if item is None else (category, item)


def import_fhir_bundle(data: bytes) -> StructuredImport:
    """Read a FHIR R4 Bundle's clinical resources; ``InvalidDocument`` if it is not one."""
    bundle = load_json(data)
    if not is_r4_bundle(bundle):
        raise InvalidDocument("the JSON is not a FHIR R4 Bundle", code="not_fhir_bundle")
    entries = items(obj(bundle).get("entry"))
    resolve = _Resolver(entries)
    collector = Collector()
    for entry in entries:
        resource = obj(entry.get("resource"))
        mapped = _map(resource, resolve)
        if mapped is not None:
            ident = text(resource.get("id"))
            ref = f"{resource.get('resourceType')}/{ident}" if ident else text(entry.get("fullUrl"))
            collector.add(mapped[0], mapped[1], ref)
    return collector.result(EXTRACTOR, EXTRACTOR_VERSION, {"document_type": "medical_record"})
