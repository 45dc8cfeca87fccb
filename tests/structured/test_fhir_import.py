"""FHIR R4 Bundle import behaviour: references, per-resource validation, status and negation."""

from __future__ import annotations

import json
from typing import Any

from adapters.structured import import_fhir_bundle
from adapters.structured.fhir import is_valid_r4
from tests.structured.truth import import_sample


def _bundle(*resources: dict[str, Any]) -> bytes:
    entries = [{"resource": resource} for resource in resources]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


def _concept(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    coding = {"system": system, "code": code} | ({"display": display} if display else {})
    return {"coding": [coding]}


def test_referenced_and_contained_medications_are_resolved() -> None:
    meds = import_sample("fhir_bundle_r4").extraction.medications
    assert [(m.rxnorm_code, m.status) for m in meds] == [
        ("197361", "active"),  # Medication/med-1 by reference
        ("310965", "stopped"),
        ("860975", "active"),  # contained #c1
        ("855332", "held"),
    ]


def test_entered_in_error_resources_are_dropped_and_refuted_kept_as_negated() -> None:
    result = import_sample("fhir_bundle_r4")
    refs = set(result.provenance.values())
    assert {"MedicationStatement/ms-3", "AllergyIntolerance/ai-3"} & refs == set()
    allergies = result.extraction.allergies
    assert [(a.substance, a.assertion) for a in allergies] == [
        ("Sulfa drugs", "present"),
        ("Peanut", "negated"),
        ("No known food allergies", "negated"),
    ]


def test_schema_invalid_resources_are_kept_for_review() -> None:
    immunizations = import_sample("fhir_bundle_r4").extraction.immunizations
    assert [(i.cvx_code, i.requires_review, i.review_reason) for i in immunizations] == [
        ("141", False, None),
        ("62", False, None),
        ("115", True, "fhir_invalid"),
    ]
    assert not is_valid_r4({"resourceType": "NoSuchResource"})


def test_condition_verification_and_clinical_status() -> None:
    cvx = "http://snomed.info/sct"
    data = _bundle(
        {
            "resourceType": "Condition",
            "id": "c1",
            "subject": {"reference": "Patient/p"},
            "code": _concept(cvx, "233604007", "Pneumonia"),
            "verificationStatus": _concept(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional"
            ),
        },
        {
            "resourceType": "Condition",
            "id": "c2",
            "subject": {"reference": "Patient/p"},
            "code": _concept(cvx, "44054006", "Diabetes"),
            "clinicalStatus": _concept(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", "remission"
            ),
            "verificationStatus": _concept(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "unconfirmed"
            ),
        },
    )
    conditions = import_fhir_bundle(data).extraction.conditions
    assert [(c.status, c.assertion, c.review_reason) for c in conditions] == [
        ("active", "hypothetical", None),
        ("history", "historical", "unconfirmed"),
    ]


def test_vaccine_not_given_for_stock_is_due_not_refused() -> None:
    data = _bundle(
        {
            "resourceType": "Immunization",
            "id": "i1",
            "status": "not-done",
            "patient": {"reference": "Patient/p"},
            "occurrenceDateTime": "2024-01-02",
            "vaccineCode": _concept("http://hl7.org/fhir/sid/cvx", "43", "Hep B, adult"),
            "statusReason": _concept(
                "http://terminology.hl7.org/CodeSystem/v3-ActReason", "OSTOCK"
            ),
        }
    )
    (immunization,) = import_fhir_bundle(data).extraction.immunizations
    assert (immunization.status, immunization.review_reason) == ("due", "not_given")
    assert immunization.administered_on is None


def test_a_bundle_without_entries_imports_nothing() -> None:
    result = import_fhir_bundle(b'{"resourceType": "Bundle", "type": "collection"}')
    assert result.extraction.item_count() == 0
    assert result.provenance == {}
