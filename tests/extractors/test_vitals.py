"""Vital signs: one per line or several on one line, with kind-specific units."""

from __future__ import annotations

from tests.extractors.conftest import Extract


def _as_tuples(extract: Extract, *lines: str) -> list[tuple[object, ...]]:
    return [
        (v.kind, v.value_text, v.value_numeric, v.value_secondary, v.unit, v.loinc_code)
        for v in extract(*lines).vitals
    ]


def test_labelled_lines(extract: Extract) -> None:
    assert _as_tuples(
        extract,
        "VITAL SIGNS AT DISCHARGE",
        "Blood pressure: 128/82 mmHg",
        "Heart rate: 76 bpm",
        "Temperature: 37.1 C",
        "Respiratory rate: 16 /min",
        "SpO2: 97 %",
        "Weight: 72 kg",
        "Height: 165 cm",
        "BMI: 26.4",
    ) == [
        ("blood_pressure", "128/82", 128.0, 82.0, "mmHg", "85354-9"),
        ("heart_rate", "76", 76.0, None, "bpm", "8867-4"),
        ("temperature", "37.1", 37.1, None, "C", "8310-5"),
        ("respiratory_rate", "16", 16.0, None, "/min", "9279-1"),
        ("oxygen_saturation", "97", 97.0, None, "%", "59408-5"),
        ("weight", "72", 72.0, None, "kg", "29463-7"),
        ("height", "165", 165.0, None, "cm", "8302-2"),
        ("bmi", "26.4", 26.4, None, "kg/m2", "39156-5"),
    ]


def test_several_vitals_on_one_line(extract: Extract) -> None:
    kinds = [
        (v.kind, v.value_numeric, v.unit)
        for v in extract("Vitals: BP 132/84, HR 78, T 98.6 F, RR 18, O2 sat 95% on RA").vitals
    ]
    assert kinds == [
        ("blood_pressure", 132.0, "mmHg"),
        ("heart_rate", 78.0, "bpm"),
        ("temperature", 98.6, "F"),
        ("respiratory_rate", 18.0, "breaths/min"),
        ("oxygen_saturation", 95.0, "%"),
    ]


def test_each_vital_on_a_shared_line_keeps_the_line_as_source(extract: Extract) -> None:
    vitals = extract("BP 120/80 HR 60").vitals
    assert len(vitals) == 2 and vitals[0].source == vitals[1].source


def test_temperature_unit_is_inferred_from_the_value(extract: Extract) -> None:
    assert [v.unit for v in extract("Temp 98.4", "Temp: 36.9").vitals] == ["F", "C"]


def test_implausible_numbers_and_lone_letters_are_not_vitals(extract: Extract) -> None:
    assert extract("Page 2 of 3 T 4").vitals == ()
    assert extract("Metoprolol 25 mg PO BID, hold for HR < 60").vitals == ()
