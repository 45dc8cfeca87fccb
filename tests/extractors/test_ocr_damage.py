"""OCR damage: wrong case, digit-for-letter swaps, lost spaces, a wrong character."""

from __future__ import annotations

import datetime as dt

from tests.extractors.conftest import Extract

HEADER = "Test Result Unit Reference range Flag"


def test_lab_names_are_repaired_to_the_table_spelling(extract: Extract) -> None:
    labs = extract(
        HEADER,
        "Hemogl0bin 13.5 g/dL 12.0-16.0",
        "GLUCOSE 126 MG/DL 70-99 H",
        "Creatinlne 0.9 mg/dL 0.6-1.1",
        "Potasium 4.2 mmol/L 3.5-5.1",
    ).labs
    assert [(lab.test_name, lab.loinc_code, lab.value_numeric) for lab in labs] == [
        ("Hemoglobin", "718-7", 13.5),
        ("GLUCOSE", "2345-7", 126.0),
        ("Creatinine", "2160-0", 0.9),
        ("Potassium", "2823-3", 4.2),
    ]
    assert labs[1].unit == "mg/dL" and labs[1].flag == "high"


def test_lab_value_glued_to_the_name(extract: Extract) -> None:
    (lab,) = extract("Glucose126 mg/dL 70-99 H").labs
    assert (lab.test_name, lab.value_numeric, lab.flag) == ("Glucose", 126.0, "high")


def test_letters_read_as_digits_in_values_and_dates(extract: Extract) -> None:
    extraction = extract("Date of service: 2024-O3-l4", HEADER, "Sodium l33 mmol/L 135-145 L")
    assert extraction.service_date == dt.date(2024, 3, 14)
    assert [lab.value_numeric for lab in extraction.labs] == [133.0]


def test_medication_names_and_directions(extract: Extract) -> None:
    meds = extract(
        "1. Amoxicillin500 mg PO three times daily",
        "2. Metf0rmin 500 mg P0 twice dai1y",
        "3. Lisinopri1 10 mg PO once daily",
        "4. ATORVASTATIN 20 MG PO AT BEDTIME",
    ).medications
    assert [(m.name, m.dose, m.unit, m.route, m.frequency) for m in meds] == [
        ("Amoxicillin", "500", "mg", "oral", "three times daily"),
        ("Metformin", "500", "mg", "oral", "twice daily"),
        ("Lisinopril", "10", "mg", "oral", "once daily"),
        ("ATORVASTATIN", "20", "mg", "oral", "at bedtime"),
    ]


def test_lot_number_case_and_vaccine_name(extract: Extract) -> None:
    (shot,) = extract(
        "Vaccine Dose Date given Lot number", "COVID-19 mRNA 3 10/12/2023 Cv9920B"
    ).immunizations
    assert (shot.vaccine, shot.lot_number) == ("COVID-19 mRNA", "CV9920B")


def test_vaccine_name_with_a_stray_character(extract: Extract) -> None:
    (shot,) = extract(
        "Vaccine Dose Date given Lot number", "Tdap a 06/03/2021 TD5531C"
    ).immunizations
    assert (shot.vaccine, shot.cvx_code, shot.administered_on) == (
        "Tdap",
        "115",
        dt.date(2021, 6, 3),
    )
