"""Service date, provider, facility and document type."""

from __future__ import annotations

import datetime as dt

from tests.extractors.conftest import Extract


def test_lab_report_header(extract: Extract) -> None:
    extraction = extract(
        "Northwind Community Laboratory",
        "LABORATORY REPORT",
        "Patient: Test Person MRN: TEST-1",
        "Date of birth: 1980-01-01 Sex: F",
        "Date of service: 2024-03-14 Collected: 08:15",
        "Ordering provider: Dr. Alan Example",
        "Test Result Unit Reference range Flag",
        "Glucose 126 mg/dL 70-99 H",
    )
    assert extraction.document_type == "lab_result"
    assert extraction.service_date == dt.date(2024, 3, 14)
    assert extraction.provider_name == "Dr. Alan Example"
    assert extraction.facility_name == "Northwind Community Laboratory"


def test_discharge_date_wins_over_admission_date(extract: Extract) -> None:
    extraction = extract(
        "DISCHARGE SUMMARY",
        "Date of admission: 2024-02-10 Date of discharge: 2024-02-14",
    )
    assert extraction.document_type == "discharge_summary"
    assert extraction.service_date == dt.date(2024, 2, 14)


def test_birth_date_is_never_the_service_date(extract: Extract) -> None:
    assert extract("Patient: Test Person DOB: 01/01/1980").service_date is None


def test_labelled_provider_beats_a_letterhead_name(extract: Extract) -> None:
    extraction = extract(
        "Riverside Family Medicine",
        "Dr. Maria Placeholder",
        "PRESCRIPTION",
        "Date: May 2, 2024",
        "Signed: Dr. Other Name, 2024-05-02",
    )
    assert extraction.document_type == "prescription"
    assert extraction.provider_name == "Dr. Other Name"
    assert extraction.service_date == dt.date(2024, 5, 2)


def test_letterhead_name_is_used_when_nothing_is_labelled(extract: Extract) -> None:
    assert extract("Riverside Family Medicine", "Ann Lee, MD").provider_name == "Ann Lee, MD"


def test_no_clinical_content(extract: Extract) -> None:
    extraction = extract("Thank you for your visit.")
    assert (extraction.document_type, extraction.item_count()) == ("other", 0)
    assert extraction.facility_name is None and extraction.provider_name is None


def test_items_without_a_title_make_a_medical_record(extract: Extract) -> None:
    assert extract("Metformin 500 mg PO BID").document_type == "medical_record"
