"""Pass 2: parse the entities of pass 1 into coded clinical items.

Every item keeps the SourceRef of the entity it came from. Items repeated
verbatim (a page header printed on every page) are kept once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import TypeVar

from adapters.extractors.offline import (
    allergies,
    conditions,
    fields,
    immunizations,
    labs,
    medications,
    vitals,
)
from adapters.extractors.offline.doctype import classify_document
from adapters.extractors.offline.lexicon import VITAL_LOINC
from adapters.extractors.offline.values import first_date
from pipeline.clinical.schema import (
    Allergy,
    ClinicalExtraction,
    Condition,
    Entity,
    Immunization,
    LabObservation,
    Medication,
    Vital,
)
from pipeline.ports import PageText

_T = TypeVar("_T")


def _medication(entity: Entity) -> Medication | None:
    head, _, directions = entity.text.partition(" ; ")
    row = medications.parse_medication(head, require_known=False)
    if row is None:
        return None
    route, frequency = row.route, row.frequency
    if directions:  # a folded "Sig:" line fills what the drug line left out
        route = route or medications.find_route(directions)
        frequency = frequency or medications.find_frequency(directions)
    return Medication(
        name=row.name,
        dose=row.dose,
        unit=row.unit,
        route=route,
        frequency=frequency,
        rxnorm_code=row.match.concept.code if row.match else None,
        confidence=entity.confidence,
        source=entity.source,
    )


def _lab(entity: Entity) -> LabObservation | None:
    row = labs.parse_lab_row(entity.text, require_known=False) or labs.parse_qualitative_row(
        entity.text
    )
    if row is None:
        return None
    return LabObservation(
        test_name=row.test_name,
        loinc_code=row.match.concept.code if row.match else None,
        value_text=row.value_text,
        value_numeric=row.value_numeric,
        unit=row.unit,
        reference_low=row.reference_low,
        reference_high=row.reference_high,
        reference_text=row.reference_text,
        flag=row.flag,
        confidence=entity.confidence,
        source=entity.source,
    )


def _vitals(entity: Entity) -> list[Vital]:
    return [
        Vital(
            kind=hit.kind,
            value_text=hit.value_text,
            value_numeric=hit.value_numeric,
            value_secondary=hit.value_secondary,
            unit=hit.unit,
            loinc_code=VITAL_LOINC.get(hit.kind),
            confidence=entity.confidence,
            source=entity.source,
        )
        for hit in vitals.find_vitals(entity.text, allow_short_labels=True)
    ]


def _allergy(entity: Entity) -> Allergy | None:
    row = allergies.parse_allergy(entity.text)
    if row is None:
        return None
    return Allergy(
        substance=row.substance,
        reaction=row.reaction,
        severity=row.severity,
        confidence=entity.confidence,
        source=entity.source,
    )


def _condition(entity: Entity) -> Condition | None:
    row = conditions.parse_condition(entity.text)
    if row is None:
        return None
    return Condition(
        name=row.name,
        icd10_code=row.icd10_code,
        status=row.status,
        confidence=entity.confidence,
        source=entity.source,
    )


def _immunization(entity: Entity) -> Immunization | None:
    row = immunizations.parse_immunization(entity.text, require_known=False)
    if row is None:
        return None
    return Immunization(
        vaccine=row.vaccine,
        dose_number=row.dose_number,
        administered_on=row.administered_on,
        lot_number=row.lot_number,
        cvx_code=row.match.concept.code if row.match else None,
        confidence=entity.confidence,
        source=entity.source,
    )


def _unique(items: Sequence[_T], key: Callable[[_T], Hashable]) -> tuple[_T, ...]:
    seen: set[Hashable] = set()
    kept: list[_T] = []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return tuple(kept)


_Item = Medication | LabObservation | Vital | Allergy | Condition | Immunization


def _content(item: _Item) -> Hashable:
    """An item's clinical content, without where it was read or how sure we are."""
    return tuple(sorted(item.model_dump(exclude={"source", "confidence"}).items()))


def _best_field(entities: Sequence[Entity], entity_type: str) -> tuple[str, Entity] | None:
    """The value of the best-ranked field of one type (first in reading order on ties)."""
    best: tuple[int, int, str, Entity] | None = None
    for order, entity in enumerate(entities):
        if entity.entity_type != entity_type:
            continue
        value, rank, _label = fields.field_value(entity.text)
        if entity_type == "date_of_service" and first_date(value) is None:
            continue
        if value and (best is None or (rank, order) < (best[0], best[1])):
            best = (rank, order, value, entity)
    return (best[2], best[3]) if best else None


def _service_date(entities: Sequence[Entity]) -> date | None:
    found = _best_field(entities, "date_of_service")
    return first_date(found[0]) if found else None


def extract_clinical(
    pages: Sequence[PageText], entities: Sequence[Entity], *, extractor: str, version: str
) -> ClinicalExtraction:
    """Pass 2 over the entities of pass 1; ``pages`` supply the text used to classify."""
    meds: list[Medication] = []
    lab_items: list[LabObservation] = []
    vital_items: list[Vital] = []
    allergy_items: list[Allergy] = []
    condition_items: list[Condition] = []
    vaccine_items: list[Immunization] = []
    for entity in entities:
        kind = entity.entity_type
        if kind == "medication" and (med := _medication(entity)) is not None:
            meds.append(med)
        elif kind == "lab" and (lab := _lab(entity)) is not None:
            lab_items.append(lab)
        elif kind == "vital":
            vital_items.extend(_vitals(entity))
        elif kind == "allergy" and (allergy := _allergy(entity)) is not None:
            allergy_items.append(allergy)
        elif kind == "condition" and (condition := _condition(entity)) is not None:
            condition_items.append(condition)
        elif kind == "immunization" and (shot := _immunization(entity)) is not None:
            vaccine_items.append(shot)
    provider = _best_field(entities, "provider")
    facility = _best_field(entities, "facility")
    counts = {
        "medications": len(meds),
        "labs": len(lab_items),
        "vitals": len(vital_items),
        "allergies": len(allergy_items),
        "conditions": len(condition_items),
        "immunizations": len(vaccine_items),
    }
    text = "\n".join(page.text for page in pages if page.status == "ok")
    document_type = classify_document(text, counts)
    return ClinicalExtraction(
        extractor=extractor,
        extractor_version=version,
        document_type=document_type,
        service_date=_service_date(entities),
        provider_name=provider[0] if provider else None,
        facility_name=facility[0] if facility else None,
        medications=_unique(meds, _content),
        labs=_unique(lab_items, _content),
        vitals=_unique(vital_items, _content),
        allergies=_unique(allergy_items, _content),
        conditions=_unique(condition_items, _content),
        immunizations=_unique(vaccine_items, _content),
    )
