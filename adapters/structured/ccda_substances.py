"""C-CDA substance administrations: medications (10160-0, 10183-2, 29549-3) and
immunizations (11369-6, and planned ones in the Plan of Treatment, 18776-5)."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from adapters.structured.cda_values import (
    CVX,
    RXNORM,
    SNOMED,
    Narrative,
    attr,
    code_in,
    concept_name,
    entry_text_id,
    is_true,
    kid,
    kids,
    reference_id,
    template_ids,
    time_point,
    xsi_type,
)
from adapters.structured.model import STRUCTURED_SOURCE
from pipeline.clinical.schema import Immunization, ImmunizationStatus, Medication, MedicationStatus

_MED_STATUS: dict[str, MedicationStatus] = {
    "active": "active",
    "completed": "completed",
    "aborted": "stopped",
    "cancelled": "stopped",
    "nullified": "stopped",
    "obsolete": "stopped",
    "suspended": "held",
    "held": "held",
    "new": "new",
}
# A Status observation (33999-4) some vendors add to a medication, SNOMED values.
_STATUS_VALUES: dict[str, MedicationStatus] = {
    "55561003": "active",
    "73425007": "stopped",  # inactive
    "385655000": "held",  # suspended
    "410546004": "stopped",  # discontinued
    "385658003": "completed",
}
_PLANNED_MOODS = frozenset({"INT", "RQO", "PRP", "ARQ", "PRMS"})
# Reasons a vaccine was not given that are the patient's decision (HL7 ActReason).
_REFUSAL_REASONS = frozenset({"PATOBJ", "PHILISOP", "RELIG", "VACEFF", "VACSAF"})
_IMMUNIZATION_TEMPLATES = frozenset(
    {"2.16.840.1.113883.10.20.22.4.52", "2.16.840.1.113883.10.20.22.4.120"}
)


def administrations(entry: Element) -> Iterator[Element]:
    """The entry's substance administrations, also inside a wrapping act (Discharge Medication)."""
    yield from kids(entry, "substanceAdministration")
    for act in kids(entry, "act"):
        for relationship in kids(act, "entryRelationship"):
            yield from kids(relationship, "substanceAdministration")


def _material(administration: Element) -> Element | None:
    return kid(administration, "consumable", "manufacturedProduct", "manufacturedMaterial")


def _product_name(administration: Element, narrative: Narrative) -> str | None:
    """The product's name: its code's, its own ``name``, then the entry's whole narrative row."""
    material = _material(administration)
    code = kid(material, "code")
    name_el = kid(material, "name")
    return (
        concept_name(code, narrative, skip_ref=entry_text_id(administration))
        or (" ".join((name_el.text or "").split()) or None if name_el is not None else None)
        or concept_name(code, narrative)
    )


def _frequency(administration: Element) -> str | None:
    for timing in kids(administration, "effectiveTime"):
        kind = xsi_type(timing)
        if kind == "PIVL_TS":
            period = kid(timing, "period")
            if period is not None and period.get("value"):
                return f"every {period.get('value')} {period.get('unit') or ''}".strip()
        elif kind == "EIVL_TS":
            event = kid(timing, "event")
            if event is not None and event.get("code"):
                return event.get("code")
    return None


def _status_observation(administration: Element) -> MedicationStatus | None:
    for relationship in kids(administration, "entryRelationship"):
        for observation in kids(relationship, "observation"):
            if attr(kid(observation, "code"), "code") == "33999-4":
                status = _STATUS_VALUES.get(code_in(kid(observation, "value"), SNOMED) or "")
                if status:
                    return status
    return None


def _med_status(administration: Element, administered: bool) -> MedicationStatus:
    explicit = _status_observation(administration)
    if explicit:
        return explicit
    code = attr(kid(administration, "statusCode"), "code") or ""
    if administered and code in ("", "active", "completed"):
        return "completed"  # given in the encounter, not a current drug
    return _MED_STATUS.get(code.lower(), "active")


def _unit(quantity: Element | None) -> str | None:
    unit = quantity.get("unit") if quantity is not None else None
    return unit if unit and unit != "1" else None


def read_medications(
    section: Element, narrative: Narrative, *, administered: bool = False
) -> Iterator[tuple[Medication, str | None]]:
    for entry in kids(section, "entry"):
        for administration in administrations(entry):
            if is_true(administration, "negationInd"):
                continue  # "no medications" / "not taken": nothing to list
            material = _material(administration)
            code = kid(material, "code")
            name = _product_name(administration, narrative)
            if not name:
                continue
            dose = kid(administration, "doseQuantity")
            route = kid(administration, "routeCode")
            medication = Medication(
                name=name,
                dose=dose.get("value") if dose is not None else None,
                unit=_unit(dose),
                route=concept_name(route, narrative) if route is not None else None,
                frequency=_frequency(administration),
                rxnorm_code=code_in(code, RXNORM),
                status=_med_status(administration, administered),
                source=STRUCTURED_SOURCE,
            )
            yield medication, reference_id(administration) or reference_id(code)


def _refusal(administration: Element) -> str | None:
    for relationship in kids(administration, "entryRelationship"):
        for observation in kids(relationship, "observation"):
            code = attr(kid(observation, "code"), "code")
            if code:
                return code.upper()
    return None


def is_vaccine(administration: Element) -> bool:
    material = _material(administration)
    return bool(template_ids(administration) & _IMMUNIZATION_TEMPLATES) or bool(
        code_in(kid(material, "code"), CVX)
    )


def read_immunizations(
    section: Element, narrative: Narrative, *, plan: bool = False
) -> Iterator[tuple[Immunization, str | None]]:
    for entry in kids(section, "entry"):
        for administration in administrations(entry):
            if plan and not is_vaccine(administration):
                continue  # a planned drug or procedure, not a vaccine
            material = _material(administration)
            code = kid(material, "code")
            name = _product_name(administration, narrative)
            if not name:
                continue
            status: ImmunizationStatus = "given"
            review: str | None = None
            if plan or (administration.get("moodCode") or "EVN").upper() in _PLANNED_MOODS:
                status = "planned"
            elif is_true(administration, "negationInd"):
                reason = _refusal(administration)
                if reason is None or reason in _REFUSAL_REASONS:
                    status = "refused"
                else:  # out of stock, contraindicated, immune: not given, not refused
                    status, review = "due", "not_given"
            repeat = attr(kid(administration, "repeatNumber"), "value") or ""
            lot = kid(material, "lotNumberText")
            immunization = Immunization(
                vaccine=name,
                dose_number=int(repeat) if repeat.isdigit() else None,
                administered_on=time_point(kid(administration, "effectiveTime"))
                if status == "given"
                else None,
                lot_number=" ".join((lot.text or "").split()) or None if lot is not None else None,
                cvx_code=code_in(code, CVX),
                status=status,
                requires_review=review is not None,
                review_reason=review,
                source=STRUCTURED_SOURCE,
            )
            yield immunization, reference_id(administration) or reference_id(code)
