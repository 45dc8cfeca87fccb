"""FHIR R4 resources -> clinical schema items, one mapper per resource type.

A mapper returns None for a resource that is not a fact about the patient
(``entered-in-error``, a medication ``not-taken``, a cancelled result).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from adapters.structured.fhir_values import (
    CVX,
    ICD10CM,
    LOINC,
    RXNORM,
    SNOMED,
    Json,
    code_in,
    concept_code,
    concept_name,
    fhir_date,
    items,
    number_text,
    obj,
    text,
)
from adapters.structured.interpretation import INTERPRETATION_FLAGS
from adapters.structured.model import STRUCTURED_SOURCE
from adapters.structured.vital_codes import (
    BP_LOINC,
    BP_PANELS,
    DIASTOLIC,
    SYSTOLIC,
    VITAL_KINDS,
    vital_unit,
)
from pipeline.clinical.schema import (
    Allergy,
    Assertion,
    Condition,
    Immunization,
    ImmunizationStatus,
    LabObservation,
    Medication,
    MedicationStatus,
    Vital,
)

_MED_STATUS: dict[str, MedicationStatus] = {
    "active": "active",
    "completed": "completed",
    "stopped": "stopped",
    "cancelled": "stopped",
    "on-hold": "held",
    "intended": "new",
    "draft": "new",
    "unknown": "active",
}
_DROP = frozenset({"entered-in-error", "not-taken", "cancelled-result"})
_FLAGS = INTERPRETATION_FLAGS
_CONDITION_STATUS = {
    "active": "active",
    "recurrence": "active",
    "relapse": "active",
    "inactive": "history",
    "remission": "history",
    "resolved": "resolved",
}
_NO_KNOWN = {
    "716186003": "No known allergies",
    "409137002": "No known drug allergies",
    "429625007": "No known food allergies",
    "428607008": "No known environmental allergies",
}
_REFUSAL_REASONS = frozenset({"PATOBJ", "PHILISOP", "RELIG", "VACEFF", "VACSAF"})
#: Finds a referenced resource ("#contained", "Medication/1", a fullUrl) from its holder.
Resolver = Callable[[str, Json], Json]


def _review(invalid: bool, reason: str | None = None) -> dict[str, Any]:
    """requires_review/review_reason: schema-invalid resources are kept but flagged."""
    code = "fhir_invalid" if invalid else reason
    return {"requires_review": code is not None, "review_reason": code}


def _medication_concept(resource: Json, resolve: Resolver) -> Json:
    concept = obj(resource.get("medicationCodeableConcept"))
    if concept:
        return concept
    reference = text(obj(resource.get("medicationReference")).get("reference"))
    return obj(resolve(reference, resource).get("code")) if reference else {}


def _frequency(dosage: Json) -> str | None:
    repeat = obj(obj(dosage.get("timing")).get("repeat"))
    period, unit = number_text(repeat.get("period")), text(repeat.get("periodUnit"))
    count = number_text(repeat.get("frequency")) or "1"
    if period and unit:
        prefix = "every" if count == "1" else f"{count} times per"
        return f"{prefix} {period} {unit}"
    return concept_name(obj(obj(dosage.get("timing")).get("code")))


def medication(resource: Json, resolve: Resolver, invalid: bool) -> Medication | None:
    status = text(resource.get("status")) or "unknown"
    if status in _DROP:
        return None
    concept = _medication_concept(resource, resolve)
    name = concept_name(concept)
    if not name:
        return None
    dosage = (items(resource.get("dosage")) or items(resource.get("dosageInstruction")) or [{}])[0]
    dose = obj((items(dosage.get("doseAndRate")) or [{}])[0].get("doseQuantity"))
    unknown = status not in _MED_STATUS or status == "unknown"
    return Medication(
        name=name,
        dose=number_text(dose.get("value")),
        unit=text(dose.get("unit")) or text(dose.get("code")),
        route=concept_name(obj(dosage.get("route"))),
        frequency=_frequency(dosage),
        rxnorm_code=code_in(concept, RXNORM),
        status=_MED_STATUS.get(status, "active"),
        source=STRUCTURED_SOURCE,
        **_review(invalid, "unknown_status" if unknown else None),
    )


def _categories(resource: Json) -> set[str]:
    return {
        code
        for concept in items(resource.get("category"))
        if (code := concept_code(concept)) is not None
    }


def _quantity(value: Json) -> tuple[str | None, str | None]:
    return number_text(value.get("value")), text(value.get("code")) or text(value.get("unit"))


def _value(resource: Json) -> tuple[str | None, str | None]:
    quantity = obj(resource.get("valueQuantity"))
    if quantity:
        shown, unit = _quantity(quantity)
        comparator = text(quantity.get("comparator")) or ""
        return (comparator + shown if shown else None), unit
    if text(resource.get("valueString")):
        return text(resource.get("valueString")), None
    concept = obj(resource.get("valueCodeableConcept"))
    return concept_name(concept), None


def observation(resource: Json, invalid: bool) -> LabObservation | Vital | None:
    if text(resource.get("status")) in ("entered-in-error", "cancelled"):
        return None
    code = obj(resource.get("code"))
    loinc = code_in(code, LOINC)
    kind = VITAL_KINDS.get(loinc or "")
    if "vital-signs" in _categories(resource) and kind is not None and loinc is not None:
        return _vital(resource, loinc, invalid)
    name = concept_name(code)
    if not name:
        return None
    shown, unit = _value(resource)
    ranges = items(resource.get("referenceRange"))
    first_range = ranges[0] if ranges else {}
    low = obj(first_range.get("low")).get("value")
    high = obj(first_range.get("high")).get("value")
    flags = [(concept_code(c) or "").upper() for c in items(resource.get("interpretation"))]
    flag = next((_FLAGS[f] for f in flags if f in _FLAGS), None)
    effective = resource.get("effectiveDateTime") or obj(resource.get("effectivePeriod")).get(
        "start"
    )
    return LabObservation(
        test_name=name,
        loinc_code=loinc,
        value_text=shown or "",
        value_numeric=_float(shown),
        unit=unit,
        reference_low=_float(number_text(low)),
        reference_high=_float(number_text(high)),
        reference_text=text(first_range.get("text")),
        flag=flag,
        observed_on=fhir_date(effective),
        source=STRUCTURED_SOURCE,
        **_review(invalid, None if shown else "missing_value"),
    )


def _float(shown: str | None) -> float | None:
    try:
        return float(shown) if shown is not None else None
    except ValueError:
        return None


def _vital(resource: Json, loinc: str, invalid: bool) -> Vital | None:
    kind = VITAL_KINDS[loinc]
    if kind == "blood_pressure":
        parts = {
            code_in(obj(component.get("code")), LOINC): _quantity(
                obj(component.get("valueQuantity"))
            )
            for component in items(resource.get("component"))
        }
        if loinc not in BP_PANELS:
            parts[loinc] = _quantity(obj(resource.get("valueQuantity")))
        systolic, diastolic = parts.get(SYSTOLIC), parts.get(DIASTOLIC)
        if not (systolic and systolic[0]) and not (diastolic and diastolic[0]):
            return None
        partial = not (systolic and systolic[0] and diastolic and diastolic[0])
        sys_text = systolic[0] if systolic else None
        dia_text = diastolic[0] if diastolic else None
        unit = (systolic or diastolic or (None, None))[1]
        return Vital(
            kind=kind,
            value_text=f"{sys_text or '?'}/{dia_text or '?'}",
            value_numeric=_float(sys_text),
            value_secondary=_float(dia_text),
            unit=vital_unit(kind, unit),
            loinc_code=BP_LOINC,
            source=STRUCTURED_SOURCE,
            **_review(invalid, "partial_blood_pressure" if partial else None),
        )
    shown, unit = _quantity(obj(resource.get("valueQuantity")))
    if not shown:
        return None
    return Vital(
        kind=kind,
        value_text=shown,
        value_numeric=_float(shown),
        unit=vital_unit(kind, unit),
        loinc_code=loinc,
        source=STRUCTURED_SOURCE,
        **_review(invalid),
    )


def allergy(resource: Json, invalid: bool) -> Allergy | None:
    verification = concept_code(obj(resource.get("verificationStatus")))
    if verification == "entered-in-error":
        return None
    code = obj(resource.get("code"))
    snomed = code_in(code, SNOMED) or ""
    negated = verification == "refuted" or snomed in _NO_KNOWN
    substance = _NO_KNOWN.get(snomed) or concept_name(code)
    if not substance:
        return None
    clinical = concept_code(obj(resource.get("clinicalStatus")))
    assertion: Assertion = (
        "negated"
        if negated
        else "historical"
        if clinical in ("inactive", "resolved")
        else "present"
    )
    reactions = items(resource.get("reaction"))
    reaction = reactions[0] if reactions and not negated else {}
    manifestations = items(reaction.get("manifestation"))
    return Allergy(
        substance=substance,
        reaction=concept_name(manifestations[0]) if manifestations else None,
        severity=text(reaction.get("severity")),
        assertion=assertion,
        source=STRUCTURED_SOURCE,
        **_review(invalid, "unconfirmed" if verification == "unconfirmed" else None),
    )


def condition(resource: Json, invalid: bool) -> Condition | None:
    verification = concept_code(obj(resource.get("verificationStatus")))
    if verification == "entered-in-error":
        return None
    code = obj(resource.get("code"))
    name = concept_name(code)
    if not name:
        return None
    clinical = concept_code(obj(resource.get("clinicalStatus")))
    status = _CONDITION_STATUS.get(clinical or "", "active")
    if clinical is None and resource.get("abatementDateTime"):
        status = "resolved"
    assertion: Assertion = "present" if status == "active" else "historical"
    if verification == "refuted":
        assertion = "negated"
    elif verification in ("provisional", "differential"):
        assertion = "hypothetical"
    return Condition(
        name=name,
        icd10_code=code_in(code, ICD10CM),
        status=status,
        assertion=assertion,
        source=STRUCTURED_SOURCE,
        **_review(invalid, "unconfirmed" if verification == "unconfirmed" else None),
    )


def immunization(resource: Json, invalid: bool) -> Immunization | None:
    state = text(resource.get("status"))
    if state == "entered-in-error":
        return None
    concept = obj(resource.get("vaccineCode"))
    name = concept_name(concept)
    if not name:
        return None
    status: ImmunizationStatus = "given"
    reason: str | None = None
    if state == "not-done":
        why = (concept_code(obj(resource.get("statusReason"))) or "").upper()
        status, reason = (
            ("refused", None) if not why or why in _REFUSAL_REASONS else ("due", "not_given")
        )
    applied = items(resource.get("protocolApplied"))
    dose = applied[0].get("doseNumberPositiveInt") if applied else None
    return Immunization(
        vaccine=name,
        dose_number=dose if isinstance(dose, int) and not isinstance(dose, bool) else None,
        administered_on=fhir_date(resource.get("occurrenceDateTime"))
        if status == "given"
        else None,
        lot_number=text(resource.get("lotNumber")),
        cvx_code=code_in(concept, CVX),
        status=status,
        source=STRUCTURED_SOURCE,
        **_review(invalid, reason),
    )
