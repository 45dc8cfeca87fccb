"""Layouts and wordings that extractor 2.9.0 reads.

Each example is written for its rule, none taken from a held-out set: vital-sign tables read
by where their cells sit, a medicines table under a two-column part, an immunisation table
beside a form, doses the clinic had no stock of, drug levels, OCR damage to units, a
previous-result column between the flag and the unit, a laboratory's department headings,
strengths printed without a unit, acronyms in lower case, a form's free-text field and a
surgical plan.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.conditions import CONDITION_INDEX
from adapters.extractors.offline.extractor import OfflineClinicalExtractor
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract, gated, gated_page, make_cells_page

Row = list[tuple[str, float, float]]


def _from_cells(extractor: OfflineClinicalExtractor, rows: list[Row]) -> ClinicalExtraction:
    page = make_cells_page(rows)
    return gated_page(extractor, page)


# -- vital-sign tables read by their cells ------------------------------------------------


def test_a_vitals_table_row_label_with_a_date_is_no_reading(
    extractor: OfflineClinicalExtractor,
) -> None:
    bp, pulse, temp, spo2 = (0.30, 0.38), (0.42, 0.47), (0.53, 0.61), (0.65, 0.72)
    rows: list[Row] = [
        [("BP (mmHg)", *bp), ("Pulse", *pulse), ("Temp (°C)", *temp), ("SpO2 (%)", *spo2)],
        [("On arrival 14.03", 0.07, 0.2), ("148/90", 0.30, 0.35), ("104", 0.42, 0.45),
         ("38.4", 0.53, 0.56), ("95", 0.65, 0.67)],
        [("Day 3 17.03", 0.07, 0.2), ("126/78", 0.30, 0.35), ("72", 0.42, 0.44)],
    ]  # fmt: skip
    extraction = _from_cells(extractor, rows)
    assert sorted((v.kind, v.value_text) for v in extraction.vitals) == sorted(
        [
            ("blood_pressure", "148/90"),
            ("heart_rate", "104"),
            ("temperature", "38.4"),
            ("oxygen_saturation", "95"),
            ("blood_pressure", "126/78"),
            ("heart_rate", "72"),
        ]
    )


def test_a_vitals_table_titled_in_its_first_header_cell(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows: list[Row] = [
        [("Observations", 0.07, 0.18), ("Temp (°C)", 0.3, 0.37), ("HR (/min)", 0.43, 0.5),
         ("BP (mmHg)", 0.58, 0.66)],
        [("Admission 2 Jun", 0.07, 0.2), ("37.9", 0.3, 0.33), ("96", 0.43, 0.45),
         ("104/66", 0.58, 0.62)],
    ]  # fmt: skip
    extraction = _from_cells(extractor, rows)
    assert sorted((v.kind, v.value_text) for v in extraction.vitals) == [
        ("blood_pressure", "104/66"),
        ("heart_rate", "96"),
        ("temperature", "37.9"),
    ]


# -- page layouts -------------------------------------------------------------------------


def test_a_medicines_table_under_a_two_column_part_keeps_its_rows_whole(
    extractor: OfflineClinicalExtractor,
) -> None:
    left, right = (0.07, 0.3), (0.42, 0.7)
    rows: list[Row] = [
        [("Problem list", *left), ("Allergies", *right)],
        [("Asthma - since 2010", *left), ("Codeine - vomiting", *right)],
        [("Gout", *left), ("Vital signs (01/02/2025)", *right)],
        [("Eczema", *left), ("Pulse 70 bpm", *right)],
        [("Medicines", *left)],
        [("Medicine", 0.07, 0.15), ("Dose", 0.32, 0.36), ("How to take", 0.42, 0.52),
         ("Status", 0.68, 0.73)],
        [("Allopurinol", 0.07, 0.15), ("100 mg", 0.32, 0.37), ("Once daily", 0.42, 0.5),
         ("Current", 0.68, 0.73)],
        [("Naproxen", 0.07, 0.14), ("250 mg", 0.32, 0.37), ("Twice daily", 0.42, 0.5),
         ("Stopped 02/01/2025 - dyspepsia", 0.68, 0.9)],
    ]  # fmt: skip
    extraction = _from_cells(extractor, rows)
    meds = {(m.name.lower(), m.dose, m.status) for m in extraction.medications}
    assert ("naproxen", "250", "stopped") in meds
    assert ("allopurinol", "100", "active") in meds


def test_an_immunisation_table_beside_a_form_of_labelled_fields(
    extractor: OfflineClinicalExtractor,
) -> None:
    label, value = (0.05, 0.14), (0.17, 0.3)
    vaccine, age, given, batch = (0.47, 0.6), (0.65, 0.7), (0.72, 0.78), (0.8, 0.85)
    rows: list[Row] = [
        [("Test Child", *value), ("Vaccine", *vaccine), ("Age", *age),
         ("Date given", *given), ("Batch", *batch)],
        [("Child's name:", *label), ("BCG", *vaccine), ("birth", *age),
         ("03/02/24", *given), ("B771", *batch)],
        [("Sex:", *label), ("M", *value), ("OPV 0", *vaccine), ("birth", *age),
         ("03/02/24", *given)],
        [("Birth weight:", *label), ("3.4 kg", *value), ("PCV 1", *vaccine),
         ("6 weeks", *age), ("16/03/24", *given)],
        [("Mother:", *label), ("Test Parent", *value), ("Rotavirus 1", *vaccine),
         ("6 weeks", *age), ("16/03/24", *given)],
    ]  # fmt: skip
    extraction = _from_cells(extractor, rows)
    given_doses = {(i.vaccine, i.administered_on) for i in extraction.immunizations}
    assert ("BCG", dt.date(2024, 2, 3)) in given_doses
    assert ("PCV", dt.date(2024, 3, 16)) in given_doses
    assert all(":" not in i.vaccine for i in extraction.immunizations)


# -- immunisations ------------------------------------------------------------------------


def test_a_dose_the_clinic_had_no_stock_of_is_not_given(extract: Extract) -> None:
    extraction = gated(
        extract,
        "IMMUNISATION RECORD",
        "Vaccine Due age Date given",
        "Measles-Rubella 1 9 months 12/09/2024",
        "Yellow fever 9 months 12/09/2024 out of stock - return next month",
    )
    given = [i.vaccine for i in extraction.immunizations if i.status == "given"]
    assert given == ["Measles-Rubella"]


# -- labs ---------------------------------------------------------------------------------


def test_a_drug_level_is_a_lab_and_the_drug_stays_a_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test Result Units Reference range",
        "Lithium 0.92 mmol/L 0.4-1.0",
        "Digoxin 2.6 H ug/L 0.5-2.0",
        "Current medications",
        "Lithium carbonate 400 mg nocte",
    )
    labs = {(lab.test_name, lab.loinc_code, lab.value_text) for lab in extraction.labs}
    assert labs == {("Lithium", "14334-7", "0.92"), ("Digoxin", "10535-3", "2.6")}
    assert [(m.name, m.dose) for m in extraction.medications] == [("Lithium carbonate", "400")]


def test_units_and_names_that_ocr_damaged_are_read(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test Result Flag Unit Reference",
        "Glucose, fasting 131 H m9/dl 70-99",
        "Uric acid 7.4 H m/dl 2.4 - 5.7",
        "Creatinine 1.0 m9g/dl 0.6 - 1.1",
        "Hemoglobin Alc 7.4 H % <5.7",
    )
    read = {(lab.loinc_code, lab.unit, lab.requires_review) for lab in extraction.labs}
    assert read == {
        ("2345-7", "mg/dL", False),
        ("3084-1", "mg/dL", False),
        ("2160-0", "mg/dL", False),
        ("4548-4", "%", False),
    }


def test_a_previous_result_column_between_the_flag_and_the_unit(
    extractor: OfflineClinicalExtractor,
) -> None:
    test, result, flag, previous = (0.1, 0.25), (0.33, 0.38), (0.42, 0.46), (0.49, 0.57)
    unit, reference = (0.64, 0.7), (0.78, 0.86)
    rows: list[Row] = [
        [("Collected: 08/21/2025", 0.5, 0.7)],
        [("Test", *test), ("Result", *result), ("Flag", *flag), ("Previous", *previous),
         ("Units", *unit), ("Reference", *reference)],
        [("02/03/2025", *previous), ("interval", *reference)],
        [("Sodium", *test), ("141", *result), ("138", 0.49, 0.52), ("mmol/L", *unit),
         ("136-145", *reference)],
        [("Potassium", *test), ("5.6", *result), ("H", *flag), ("4.9", 0.49, 0.52),
         ("mmol/L", *unit), ("3.5-5.1", *reference)],
    ]  # fmt: skip
    extraction = _from_cells(extractor, rows)
    found = {(lab.test_name, lab.value_text, lab.observed_on) for lab in extraction.labs}
    earlier = dt.date(2025, 2, 3)
    assert {row for row in found if row[2] == earlier} == {
        ("Sodium", "138", earlier),
        ("Potassium", "4.9", earlier),
    }
    assert {value for _, value, when in found if when != earlier} == {"141", "5.6"}


def test_a_laboratory_department_heading_keeps_word_results(extract: Extract) -> None:
    extraction = gated(
        extract,
        "LABORATORY REPORT",
        "SEROLOGY",
        "Hepatitis B surface antigen (HBsAg) Non-reactive Non-reactive",
    )
    assert [(lab.loinc_code, lab.value_text) for lab in extraction.labs] == [
        ("5196-1", "Non-reactive")
    ]


# -- medications --------------------------------------------------------------------------


def test_a_brand_strength_printed_without_its_unit(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medicines dispensed",
        "02/05/2025 510001 Lipitor 20 (atorvastatin) tab ONE tablet at night 30 5",
        "02/05/2025 510002 Diaformin XR 500 (metformin) tab TWO tablets with evening meal 60 5",
        "09/05/2025 510003 Seretide MDI 125/25 TWO puffs TWICE a day 1 5",
        "metformin 2 tabs bd",
    )
    assert [(m.name.split(" (")[0].lower(), m.dose, m.unit) for m in extraction.medications] == [
        ("atorvastatin", "20", None),
        ("metformin", "500", None),
        ("fluticasone-salmeterol", "125/25", None),
        ("metformin", "2", "tablet"),
    ]


def test_a_surgical_plan_is_not_a_current_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Anaesthetic plan",
        "Antibiotic prophylaxis planned: cefuroxime 1.5 g IV at induction.",
        "Current medication",
        "Ramipril 5 mg daily",
    )
    current = [m.name for m in extraction.medications if m.status in ("active", "new")]
    assert current == ["Ramipril"]


# -- conditions ---------------------------------------------------------------------------


def test_an_acronym_in_lower_case_names_no_condition(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Date Rx no. Medicine Directions Qty",
        "04/03/2025 610001 Keflex 500 (cephalexin) cap ONE capsule FOUR times a day 20",
        "Assessment",
        "CAP, improving on oral antibiotics.",
    )
    assert [c.icd10_code for c in extraction.conditions] == ["J18.9"]
    assert CONDITION_INDEX.lookup("cap") is None  # a capsule
    found = CONDITION_INDEX.lookup("CAP")
    assert found is not None and found.concept.code == "J18.9"


def test_a_forms_details_field_is_written_not_sent_to_review(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medical history (please tick)",
        "Heart disease Yes No Epilepsy Yes No",
        "Details: Obstructive sleep apnoea - on CPAP.",
    )
    written = [(c.icd10_code, c.requires_review) for c in extraction.conditions]
    assert ("G47.33", False) in written
