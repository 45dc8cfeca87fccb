"""Result tables: date columns, Epic result rows, table rules, specimens and whole-word names.

Development examples written for this suite (made-up values), in the layouts of
UK/AU cumulative pathology reports, US Epic and Cerner print-outs and Indian lab
reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.extractors.offline import labs
from adapters.extractors.offline.values import DateOrder
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract


def _rows(extraction: ClinicalExtraction) -> list[tuple[str, float | None, dt.date | None]]:
    return [(lab.test_name, lab.value_numeric, lab.observed_on) for lab in extraction.labs]


def test_cumulative_report_gives_one_row_per_date_column(extract: Extract) -> None:
    extraction = extract(
        "CUMULATIVE REPORT",
        "Test 12/03/2025 14/03/2025 Units Reference range",
        "Haemoglobin 98 L 105 L g/L 115-165",
        "Sodium 131 L 138 mmol/L 135-145",
        "Creatinine 142 H 118 H umol/L 45-90",
    )
    assert _rows(extraction) == [
        ("Haemoglobin", 98.0, dt.date(2025, 3, 12)),
        ("Haemoglobin", 105.0, dt.date(2025, 3, 14)),
        ("Sodium", 131.0, dt.date(2025, 3, 12)),
        ("Sodium", 138.0, dt.date(2025, 3, 14)),
        ("Creatinine", 142.0, dt.date(2025, 3, 12)),
        ("Creatinine", 118.0, dt.date(2025, 3, 14)),
    ]
    assert [lab.flag for lab in extraction.labs[:3]] == ["low", "low", "low"]
    assert {lab.unit for lab in extraction.labs[:2]} == {"g/L"}
    assert extraction.labs[0].loinc_code == "718-7"


def test_admission_and_discharge_columns_with_range_first(extract: Extract) -> None:
    # Epic "Latest Ref Rng" layout: the range and unit come before the dated values.
    extraction = extract(
        "Lab Results",
        "Component Latest Ref Rng 3/10/2025 3/17/2025",
        "WBC 4.0 - 11.0 K/uL 14.2 (H) 8.1",
        "Potassium 3.5 - 5.1 mmol/L 5.8 (H) 4.4",
    )
    assert _rows(extraction) == [
        ("WBC", 14.2, dt.date(2025, 3, 10)),
        ("WBC", 8.1, dt.date(2025, 3, 17)),
        ("Potassium", 5.8, dt.date(2025, 3, 10)),
        ("Potassium", 4.4, dt.date(2025, 3, 17)),
    ]
    assert [lab.flag for lab in extraction.labs] == ["high", "normal", "high", "normal"]
    assert extraction.labs[0].reference_low == 4.0


def test_a_blank_cell_never_borrows_a_neighbouring_value(extract: Extract) -> None:
    extraction = extract(
        "Test 12/03/2025 14/03/2025 Units Reference range",
        "Ferritin ug/L 30-400",
        "CRP 14 9 mg/L 0-5",
        "Albumin 31 28 33 g/L 35-50",
    )
    # Ferritin has no value; Albumin's three values do not fit two columns: neither is guessed.
    assert _rows(extraction) == [
        ("CRP", 14.0, dt.date(2025, 3, 12)),
        ("CRP", 9.0, dt.date(2025, 3, 14)),
    ]


def test_a_new_section_ends_the_date_columns(extract: Extract) -> None:
    extraction = extract(
        "Test 12/03/2025 14/03/2025 Units Reference range",
        "Sodium 131 138 mmol/L 135-145",
        "Vital Signs",
        "BP 128/82 HR 76",
    )
    assert len(extraction.labs) == 2
    assert [v.kind for v in extraction.vitals] == ["blood_pressure", "heart_rate"]


@pytest.mark.parametrize(
    ("line", "value", "unit", "flag", "observed"),
    [
        (
            "Hemoglobin 10.9 12.0 - 16.0 g/dL L 03/14/2025 QUEST DIAGNOSTICS",
            10.9,
            "g/dL",
            "low",
            dt.date(2025, 3, 14),
        ),
        (
            "Potassium 5.6 mmol/L 3.5-5.1 H 2025-03-14 08:10 Sunquest Core Lab",
            5.6,
            "mmol/L",
            "high",
            dt.date(2025, 3, 14),
        ),
        ("03/14/2025 Glucose 182 mg/dL 70-99 H", 182.0, "mg/dL", "high", dt.date(2025, 3, 14)),
    ],
)
def test_epic_rows_with_date_and_performing_lab(
    extract: Extract,
    line: str,
    value: float,
    unit: str,
    flag: str,
    observed: dt.date,
) -> None:
    (lab,) = extract("Component Value Ref Range Flag Date Lab", line).labs
    assert (lab.value_numeric, lab.unit, lab.flag, lab.observed_on) == (value, unit, flag, observed)


def test_an_ambiguous_row_date_is_not_guessed() -> None:
    row = labs.parse_lab_row("Hemoglobin 13.5 g/dL 12.0-16.0 03/04/2025", require_known=False)
    assert row is not None and row.value_numeric == 13.5 and row.observed_on is None
    day_first = labs.parse_lab_row(
        "Hemoglobin 13.5 g/dL 12.0-16.0 03/04/2025", order=DateOrder.DAY_FIRST
    )
    assert day_first is not None and day_first.observed_on == dt.date(2025, 4, 3)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Albumin |36 g/L 35-50", 36.0),
        ("Haemoglobin |118| g/L 115-165", 118.0),
        ("| Sodium | 133 | mmol/L | 135-145 |", 133.0),
        ("Creatinine │96 umol/L 45-90", 96.0),
    ],
)
def test_a_table_rule_is_not_a_digit(extract: Extract, line: str, value: float) -> None:
    (lab,) = extract("Test Result Units Reference range", line).labs
    assert lab.value_numeric == value


@pytest.mark.parametrize(
    ("line", "name", "loinc"),
    [
        ("VLDL Cholesterol 28 mg/dL 5-40", "VLDL Cholesterol", "13458-5"),
        ("LDL Cholesterol 162 mg/dL <130", "LDL Cholesterol", "13457-7"),
        ("Glucose, urine 50 mg/dL 0-15", "Glucose, urine", "5792-7"),
        ("Urine glucose Negative", "Urine glucose", "5792-7"),
        ("Glucose, UA Negative", "Glucose, UA", "5792-7"),
        ("Glucose 104 mg/dL 70-99", "Glucose", "2345-7"),
        ("Urine albumin/creatinine ratio 3.1 mg/mmol <3.0", None, "9318-7"),
        ("Protein, urine 30 mg/dL 0-14", "Protein, urine", "2888-6"),
        ("HbA1c 52 mmol/mol 20-41", "HbA1c", "59261-8"),
        ("HbA1c 6.9 % 4.0-5.6", "HbA1c", "4548-4"),
        ("Neutrophils 7.9 x10^9/L 2.0-7.5", "Neutrophils", "751-8"),
        ("Urea 9.1 mmol/L 2.5-7.8", "Urea", "22664-7"),
        ("Gamma GT 88 U/L 0-60", "Gamma GT", "2324-2"),
    ],
)
def test_specimen_and_unit_choose_the_loinc(
    extract: Extract, line: str, name: str | None, loinc: str
) -> None:
    (lab,) = extract("Test Result Units Reference range", line).labs
    assert lab.loinc_code == loinc
    if name is not None:
        assert lab.test_name == name


def test_other_specimens_take_no_serum_code(extract: Extract) -> None:
    (lab,) = extract("Test Result Units Reference range", "CSF glucose 2.1 mmol/L 2.2-3.9").labs
    assert lab.loinc_code is None
    # the specimen in brackets after the name too (a bracket is otherwise a qualifier or
    # the test's other name, "Urée (urea)")
    assert labs.lookup_analyte("Glucose (CSF)") is None
    assert labs.lookup_analyte("Albumin (pleural fluid)") is None


def test_a_near_miss_does_not_swallow_a_whole_word() -> None:
    # "VLDL" and "LDL" are different analytes, not an OCR slip of one another.
    assert labs.lookup_analyte("sdLDL cholesterol") is None
    vldl = labs.lookup_analyte("VLDL cholesterl")
    assert vldl is not None and vldl.concept.code == "13458-5"
    found = labs.lookup_analyte("Cholesterl, total")
    assert found is not None and found.concept.code == "2093-3"


def test_a_cumulative_table_with_flags_blank_cells_and_a_urine_block(extract: Extract) -> None:
    # An Australian-style cumulative renal report (our own example): a "Date:" label in the
    # header, flags after values, "-" for a test not requested, and a URINE sub-heading.
    extraction = extract(
        "Test Date: 03/02/2025 17/02/2025 03/03/2025 Units Ref. range",
        "SERUM",
        "Sodium 141 138 135 mmol/L 135-145",
        "Potassium 5.6 H 5.3 H 4.9 mmol/L 3.5-5.2",
        "URINE (spot)",
        "Albumin/Creatinine ratio 12.5 H - 9.8 H mg/mmol <3.5",
        "Albumin 48 - 40 mg/L",
    )
    rows = [
        (lab.test_name, lab.value_numeric, lab.observed_on, lab.flag) for lab in extraction.labs
    ]
    assert ("Potassium", 5.6, dt.date(2025, 2, 3), "high") in rows
    assert ("Potassium", 4.9, dt.date(2025, 3, 3), "normal") in rows
    acr = [r for r in rows if "Albumin/Creatinine" in r[0]]
    assert [(r[1], r[2]) for r in acr] == [(12.5, dt.date(2025, 2, 3)), (9.8, dt.date(2025, 3, 3))]
    albumin = [lab for lab in extraction.labs if lab.value_numeric in (48, 40)]
    # Under the URINE sub-heading, albumin is urine albumin, never the serum code.
    assert albumin and all("urine" in lab.test_name.lower() for lab in albumin)
    assert all(lab.loinc_code != "1751-7" for lab in albumin)


def test_counts_per_cubic_millimetre_are_plausible(extract: Extract) -> None:
    extraction = extract(
        "Haematology",
        "Platelet count 72,000 L /cumm 1,50,000 - 4,50,000",
        "Total Leucocyte Count 9,800 /cumm 4,000 - 11,000",
        "Platelet Count 2.1 lakhs/cumm 1.5 - 4.5",
    )
    gated = ValidityGate(shared_vocabulary(), today=dt.date(2025, 6, 1))(extraction)
    assert [(lab.value_numeric, lab.unit, lab.requires_review) for lab in gated.labs] == [
        (72000.0, "/cumm", False),
        (9800.0, "/cumm", False),
        (2.1, "lakhs/cumm", False),
    ]


def test_differential_counts_take_the_count_code(extract: Extract) -> None:
    extraction = extract(
        "Full blood count",
        "Monocytes 0.6 x10^9/L 0.2-0.8",
        "Eosinophils 0.3 x10^9/L 0.0-0.4",
        "aPTT 31 sec 25-35",
    )
    assert [lab.loinc_code for lab in extraction.labs] == ["742-7", "711-2", "3173-2"]
