"""Lab rows: value, unit, reference range, flag (printed or computed)."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import Extract

HEADER = "Test Result Unit Reference range Flag"


@pytest.mark.parametrize(
    ("line", "name", "value", "unit", "low", "high", "flag"),
    [
        ("Hemoglobin 13.5 g/dL 12.0-16.0", "Hemoglobin", 13.5, "g/dL", 12.0, 16.0, "normal"),
        ("WBC 11.8 10^3/uL 4.0-11.0 H", "WBC", 11.8, "10^3/uL", 4.0, 11.0, "high"),
        ("Sodium 133 mmol/L 135-145 L", "Sodium", 133.0, "mmol/L", 135.0, 145.0, "low"),
        (
            "Glucose, fasting: 126 mg/dL (70 - 99)",
            "Glucose, fasting",
            126.0,
            "mg/dL",
            70.0,
            99.0,
            "high",
        ),
        ("HbA1c 6.1 % 4.0-5.6 H", "HbA1c", 6.1, "%", 4.0, 5.6, "high"),
        ("Potassium 2.9 L mmol/L 3.5-5.1", "Potassium", 2.9, "mmol/L", 3.5, 5.1, "low"),
        ("LDL Cholesterol 162 mg/dL <130", "LDL Cholesterol", 162.0, "mg/dL", None, 130.0, "high"),
        ("HDL 55 mg/dL >40", "HDL", 55.0, "mg/dL", 40.0, None, "normal"),
        ("Potassium 6.8 mmol/L 3.5-5.1 HH", "Potassium", 6.8, "mmol/L", 3.5, 5.1, "critical"),
    ],
)
def test_lab_row(
    extract: Extract,
    line: str,
    name: str,
    value: float,
    unit: str,
    low: float | None,
    high: float | None,
    flag: str,
) -> None:
    (lab,) = extract(HEADER, line).labs
    assert (lab.test_name, lab.value_numeric, lab.unit) == (name, value, unit)
    assert (lab.reference_low, lab.reference_high, lab.flag) == (low, high, flag)


def test_known_lab_outside_a_table_gets_loinc(extract: Extract) -> None:
    (lab,) = extract("Creatinine 0.9 mg/dL 0.6-1.1").labs
    assert (lab.loinc_code, lab.value_text, lab.flag) == ("2160-0", "0.9", "normal")


def test_unknown_test_needs_a_results_table(extract: Extract) -> None:
    assert extract("Zonulin 48 ng/mL 0-60").labs == ()
    (lab,) = extract(HEADER, "Zonulin 48 ng/mL 0-60").labs
    assert (lab.test_name, lab.loinc_code, lab.value_numeric) == ("Zonulin", None, 48.0)


def test_no_range_and_no_flag_leaves_flag_empty(extract: Extract) -> None:
    (lab,) = extract(HEADER, "Platelets 250 10^3/uL").labs
    assert lab.flag is None and lab.reference_low is None


def test_dates_and_prose_in_a_results_table_are_not_labs(extract: Extract) -> None:
    extraction = extract(
        HEADER,
        "Hemoglobin 13.5 g/dL 12.0-16.0",
        "Report generated: 2024-03-14 14:02",
        "Flags: H = above reference range, L = below reference range",
    )
    assert [lab.test_name for lab in extraction.labs] == ["Hemoglobin"]


def test_decimal_comma_and_thousands(extract: Extract) -> None:
    labs = extract(HEADER, "Hemoglobin 13,2 g/dL 12,0-16,0", "Platelets 250,000 /uL").labs
    assert [(lab.value_text, lab.value_numeric) for lab in labs] == [
        ("13.2", 13.2),
        ("250,000", 250000.0),
    ]
    assert labs[0].reference_low == 12.0
