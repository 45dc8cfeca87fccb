"""Section titles of EHR print-outs: vendors' and C-CDA titles, LOINC-coded titles, unknown
titles and page furniture closing the section above.

Development examples written for this suite in the shapes of C-CDA renderings (HL7
stylesheet), Epic, Cerner, Meditech, EMIS, SystmOne, Best Practice and MedicalDirector
print-outs (made-up content).
"""

from __future__ import annotations

import pytest

from adapters.extractors.offline.sections import (
    detect_section,
    furniture_key,
    is_page_furniture,
    repeated_lines,
)
from tests.extractors.conftest import Extract


@pytest.mark.parametrize(
    ("line", "section", "kind"),
    [
        ("Problems", "conditions", "conditions"),
        ("Problem List", "conditions", "conditions"),
        ("ACTIVE PROBLEMS", "conditions", "conditions"),
        ("Significant Past Problems", "conditions", "conditions"),
        ("Allergies, Adverse Reactions, Alerts", "allergies", "allergies"),
        ("Alerts/ADRs", "allergies", "allergies"),
        ("Drug Allergies and Sensitivities", "allergies", "allergies"),
        ("Allergies as of 03/14/2025 10:32", "allergies", "allergies"),
        ("Medications", "medications", "medications"),
        ("Current Medications", "medications", "medications"),
        ("Current Outpatient Medications on File Prior to Visit", "medications", "medications"),
        ("Medications (continued)", "medications", "medications"),
        ("Repeat Templates", "medications", "medications"),
        ("Items stopped", "medications", "items_stopped"),
        ("STOP taking these medications", "medications", "items_stopped"),
        ("Discontinued Medications", "medications", "discontinued"),
        ("Results", "labs", "labs"),
        ("Pathology", "labs", "labs"),
        ("Investigation results:", "labs", "labs"),
        ("Vital Signs", "vitals", "vitals"),
        ("Last Filed Vitals", "vitals", "vitals"),
        ("Immunizations", "immunizations", "immunizations"),
        ("Immunisation", "immunizations", "immunizations"),
        ("Health Maintenance", "immunizations", "health_maintenance"),
        ("Plan of Care", "other", "plan_of_care"),
        ("Plan of Treatment", "other", "plan_of_care"),
        ("Family History", "other", "family_history"),
        ("Care Teams", "other", "care_team"),
        ("Insurance", "other", "insurance"),
        ("Payers", "other", "insurance"),
        ("Encounters", "other", "encounters"),
        ("Social History", "other", "social_history"),
        ("Procedures", "other", "procedures"),
        ("Functional Status", "other", "other"),
        ("Reason for Referral", "other", "other"),
        ("Advance Directives", "other", "other"),
    ],
)
def test_vendor_and_ccda_titles(line: str, section: str, kind: str) -> None:
    start = detect_section(line)
    assert start is not None
    assert (start.section, start.kind, start.remainder) == (section, kind, "")


@pytest.mark.parametrize(
    ("line", "section", "kind"),
    [
        ("Section 48765-2", "allergies", "allergies"),
        ("Patient Summary (LOINC 11450-4)", "conditions", "conditions"),
        ("Untitled section 10157-6", "other", "family_history"),
        ("Coded section 85847-2", "other", "care_team"),
    ],
)
def test_a_printed_section_loinc_code_names_an_unknown_title(
    line: str, section: str, kind: str
) -> None:
    start = detect_section(line)
    assert start is not None and (start.section, start.kind) == (section, kind)


@pytest.mark.parametrize(
    "line",
    [
        "ADVANCE CARE PLANNING",
        "Patient Contacts",
        "Questionnaire Responses:",
        "Implanted Devices:",
        "Goals of Care Discussion:",
    ],
)
def test_an_unknown_title_closes_the_section(line: str) -> None:
    start = detect_section(line)
    assert start is not None and start.section == "other"


@pytest.mark.parametrize(
    "line",
    [
        "Hypertension",
        "PENICILLIN",
        "Type 2 diabetes mellitus",
        "Metformin 500 mg BD",
        "Penicillin - rash",
        "Patient reports good adherence to her medications.",
    ],
)
def test_items_are_not_titles(line: str) -> None:
    assert detect_section(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Page 3 of 12",
        "Printed on 03/14/2025 10:32 by JSMITH",
        "Printed: 14/03/2025",
        "Jane Testpatient DOB: 01/01/1980 MRN: 000123",
        "TESTPATIENT, Jane (F) DOB 01/01/1980 NHS No 000 000 0000",
        "CONFIDENTIAL - contains patient information",
        "- 4 -",
    ],
)
def test_page_headers_and_footers(line: str) -> None:
    assert is_page_furniture(line)
    start = detect_section(line)
    assert start is not None and (start.section, start.kind) == ("other", "page_furniture")


def test_repeated_header_lines_are_found_across_pages() -> None:
    pages = [
        [
            ("Riverside Hospital Encounter Summary", 0.02),
            ("Test Result Units Reference range", 0.05),
            ("Metformin 500 mg BD", 0.4),
            (problem, 0.9),
            (f"Page {n} of 3", 0.97),
        ]
        for n, problem in enumerate(("Hypertension", "Asthma", "Gout"), start=1)
    ]
    found = repeated_lines(pages)
    assert furniture_key("Riverside Hospital Encounter Summary", 0.02) in found
    assert furniture_key("Page 2 of 3", 0.97) in found
    assert furniture_key("Asthma", 0.9) not in found
    # A repeated table header still opens its table; mid-page content is never furniture.
    assert furniture_key("Test Result Units Reference range", 0.05) not in found
    assert furniture_key("Metformin 500 mg BD", 0.4) == ""


def test_rows_of_the_same_shape_are_not_furniture() -> None:
    # Each page of a long results print-out starts with a sodium row: same shape, not a header.
    pages = [[(f"Sodium 13{n} mmol/L 135-145", 0.05)] for n in range(4)]
    assert repeated_lines(pages) == set()


def test_unknown_titles_close_the_problem_list(extract: Extract) -> None:
    extraction = extract(
        "Problems",
        "Essential hypertension (I10)",
        "Type 2 diabetes mellitus (E11.9)",
        "Care Teams",
        "Jane Example, MD Primary care physician",
        "Insurance",
        "Blue Cross PPO Member ID XJT-0000",
        "Encounters",
        "Office Visit 03/14/2025 Riverside Family Medicine",
        "Page 2 of 4",
        "Osteoarthritis of knee",
    )
    assert [c.icd10_code for c in extraction.conditions] == ["I10", "E11.9"]


def test_a_page_footer_closes_the_allergy_list(extract: Extract) -> None:
    extraction = extract(
        "Allergies",
        "Penicillin - hives",
        "Printed on 03/14/2025 10:32 by JSMITH Page 1 of 3",
        "Metoprolol tartrate 25 mg tablet",
    )
    assert [a.substance for a in extraction.allergies] == ["Penicillin"]
