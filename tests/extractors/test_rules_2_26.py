"""What extractor 2.26.0 reads that 2.25.0 did not.

Each example is written for its rule, none taken from a held-out set: an RxNorm product
name's route before its form; UCUM units as EHR print-outs keep them; a question answered
Yes with what the patient wrote after it; a form row's details that say its problem is
over; a shortened dosage form's point ends no clause; diseases a vaccine's name lists
before its short name in brackets; a child's card whose age cells name the unit first.
"""

from __future__ import annotations

from adapters.extractors.offline import OfflineClinicalExtractor
from tests.extractors.conftest import (
    Extract,
    gated,
    gated_page,
    make_cells_page,
    medicine_statuses,
)


def test_an_rxnorm_name_gives_the_route_before_the_form(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medications",
        "Medication Sig Start Status",
        "Furosemide 20 MG Oral Tablet 40 mg by mouth every morning 09/2025 Active",
        "Azithromycin 250 MG Oral Tablet 500 mg day 1 then 250 mg daily 10/2025 Completed",
    )
    doses = {m.name.lower(): m.dose for m in extraction.medications}
    assert doses == {"furosemide": "40", "azithromycin": "250"}


def test_ucum_units_as_ehr_print_outs_keep_them(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Results",
        "Test Value Units Reference Interpretation Date",
        "Free T4 1.02 ng/dL 0.82-1.77 Normal 10/01/2025",
        "TSH 7.9 u[IU]/mL 0.450-4.500 High 10/01/2025",
        "Albumin/Creatinine Ratio, Urine 48 mg/g{creat} 0-29 High 10/01/2025",
    )
    units = {lab.test_name: lab.unit for lab in extraction.labs if not lab.requires_review}
    assert units["TSH"] == "uIU/mL"
    assert units["Albumin/Creatinine Ratio, Urine"] == "mg/g creat"


def test_a_question_answered_yes_with_what_the_patient_wrote(extract: Extract) -> None:
    extraction = gated(
        extract,
        "3. Allergies",
        "Are you allergic to anything? ☒ Yes ☐ No Codeine - vomiting; Latex - rash",
    )
    assert {a.substance.lower() for a in extraction.allergies if not a.requires_review} == {
        "codeine",
        "latex",
    }


def test_a_form_rows_details_that_say_its_problem_is_over(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medical history",
        "Epilepsy ☒ Yes ☐ No febrile fits, none since age 4",
        "Asthma ☒ Yes ☐ No childhood only",
        "Hypertension ☒ Yes ☐ No on ramipril",
    )
    assertions = {c.icd10_code[:3]: c.assertion for c in extraction.conditions if c.icd10_code}
    assert assertions == {"G40": "historical", "J45": "historical", "I10": "present"}


def test_a_shortened_dosage_forms_point_ends_no_clause(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Lääkitys",
        "Metformin 1 g tabl. 1 x 2 tauolla 20.11.2025 asti",
        "Bisoprolol 5 mg tbl. 1 x 1",
    )
    assert medicine_statuses(extraction) == {"metformin": "held", "bisoprolol": "active"}


def test_diseases_a_vaccines_name_lists_are_no_diagnoses(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Mumps, measles, rubella (MMR) 2 doses documented",
        "Hepatitis A (HepA) recommended before travel",
    )
    assert extraction.conditions == ()


def test_a_childs_card_whose_age_cells_name_the_unit_first(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Chanjo Umri Tarehe",
        "BCG Wakati wa kuzaliwa 21/08/2024",
        "PCV13 1 Wiki 6 02/10/2024",
        "Chanjo ya surua haipatikani",
    )
    doses = {(v.vaccine, v.dose_number) for v in extraction.immunizations}
    assert doses == {("BCG", None), ("PCV13", 1)}
    assert extraction.conditions == ()


def test_a_brands_bare_strength_with_a_form_word_or_directions_after(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medicine Dose / directions Remarks",
        "Budecort 200 Rotacap (budesonide) 1 cap inhaled twice daily continue",
        "Razo 20 (rabeprazole) once daily before breakfast new",
    )
    doses = {m.name.split()[0].lower(): m.dose for m in extraction.medications}
    assert doses == {"budesonide": "200", "rabeprazole": "20"}


def test_a_trend_tables_first_unit_misread_by_the_scan(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Collected Hb WBC Platelets Creatinine",
        "7/6 x10^9/L x10^9/L umol/L",
        "(115-155) (4.0-11.0) (150-400) (45-90)",
        "12/05/2025 121 6.3 240 77",
    )
    confirmed = {(lab.test_name, lab.unit) for lab in extraction.labs if not lab.requires_review}
    assert confirmed == {("WBC", "x10^9/L"), ("Platelets", "x10^9/L"), ("Creatinine", "umol/L")}
    # the haemoglobin, its unit unread, goes to a reviewer rather than in with a wrong unit
    assert [lab.review_reason for lab in extraction.labs if lab.test_name == "Hb"] == [
        "missing_unit"
    ]


def test_a_scans_g_read_as_nine_in_a_tables_unit_column(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        edges = (0.08, 0.3, 0.45, 0.6, 0.72)
        return [(text, edges[i], edges[i] + 0.1) for i, text in enumerate(cells)]

    rows = [
        [("Laboratory Data", 0.08, 0.3)],
        row("Test", "Admission", "Discharge", "Units", "Ref range"),
        [("09/02/2025", 0.3, 0.4), ("09/06/2025", 0.45, 0.55)],
        row("Creatinine", "1.41 H", "0.88", "m9/dl", "0.57-1.00"),
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert [
        (lab.value_numeric, lab.unit) for lab in extraction.labs if not lab.requires_review
    ] == [
        (1.41, "mg/dL"),
        (0.88, "mg/dL"),
    ]


def test_a_row_of_word_results_opens_no_urine_block(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Laboratory results",
        "Urinalysis - protein Negative Negative",
        "Visit notes",
        "Bakuna: Td 2 - ibinigay ngayon (lot TD1180A)",
        "Petsa ng bisita: 03/14/2025",
    )
    assert [
        (v.vaccine, v.dose_number, str(v.administered_on)) for v in extraction.immunizations
    ] == [("Td", 2, "2025-03-14")]


def test_a_plan_is_no_damaged_weight_label(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Plano: 75g OGTT sa 11/17/2025; Ferrous sulfate 325 mg - sisimulan sa susunod na bisita.",
    )
    assert extraction.vitals == ()
    assert [m.name.lower() for m in extraction.medications if not m.requires_review] == []
