"""Medication lines: name, strength, route and frequency normalised."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import Extract


@pytest.mark.parametrize(
    ("line", "name", "dose", "unit", "route", "frequency"),
    [
        ("Metformin 500 mg PO BID", "Metformin", "500", "mg", "oral", "twice daily"),
        ("2. Lisinopril 10 mg by mouth once daily", "Lisinopril", "10", "mg", "oral", "once daily"),
        ("Atorvastatin 40mg oral nightly", "Atorvastatin", "40", "mg", "oral", "at bedtime"),
        (
            "- Ibuprofen 400 mg PO q8h PRN pain",
            "Ibuprofen",
            "400",
            "mg",
            "oral",
            "every 8 hours as needed",
        ),
        (
            "Insulin glargine 20 units subcutaneously at bedtime",
            "Insulin glargine",
            "20",
            "units",
            "subcutaneous",
            "at bedtime",
        ),
        (
            "Albuterol 90 mcg inhaled every 6 hours as needed",
            "Albuterol",
            "90",
            "mcg",
            "inhalation",
            "every 6 hours as needed",
        ),
        (
            "Amoxicillin 500 mg capsule PO TID",
            "Amoxicillin",
            "500",
            "mg",
            "oral",
            "three times daily",
        ),
        ("Ceftriaxone 1 g IV q24h", "Ceftriaxone", "1", "g", "intravenous", "once daily"),
    ],
)
def test_medication_line(
    extract: Extract, line: str, name: str, dose: str, unit: str, route: str, frequency: str
) -> None:
    (med,) = extract("MEDICATIONS", line).medications
    assert (med.name, med.dose, med.unit, med.route, med.frequency) == (
        name,
        dose,
        unit,
        route,
        frequency,
    )


def test_known_drug_gets_rxnorm_code(extract: Extract) -> None:
    (med,) = extract("Metformin 500 mg PO twice daily").medications
    assert med.rxnorm_code == "6809"


def test_unknown_drug_in_medication_section_is_kept_uncoded(extract: Extract) -> None:
    (med,) = extract("Discharge medications:", "Zafirlukast 20 mg PO twice daily").medications
    assert (med.name, med.dose, med.rxnorm_code) == ("Zafirlukast", "20", None)


def test_unknown_word_with_strength_outside_a_list_is_not_a_medication(extract: Extract) -> None:
    assert extract("Walked 500 m without oxygen").medications == ()


def test_prose_mention_without_strength_is_not_a_medication(extract: Extract) -> None:
    extraction = extract(
        "HOSPITAL COURSE",
        "She was treated with intravenous ceftriaxone and oral azithromycin,",
        "home metformin was resumed on day 2.",
    )
    assert extraction.medications == ()


def test_sig_line_fills_route_and_frequency(extract: Extract) -> None:
    (med,) = extract(
        "Rx: Amoxicillin 500 mg capsules",
        "Sig: take 1 capsule by mouth three times daily for 10 days",
        "Dispense: 30 capsules",
    ).medications
    assert (med.name, med.dose, med.route, med.frequency) == (
        "Amoxicillin",
        "500",
        "oral",
        "three times daily",
    )


def test_dispense_and_refill_lines_are_not_medications(extract: Extract) -> None:
    extraction = extract(
        "1. Lisinopril 10 mg PO once daily",
        "Dispense: 30 tablets, Refills: 3",
    )
    assert [m.name for m in extraction.medications] == ["Lisinopril"]


def test_inline_allergy_header_does_not_swallow_the_next_line(extract: Extract) -> None:
    extraction = extract(
        "Allergies: Sulfonamides (hives)",
        "1. Amoxicillin 500 mg PO three times daily",
    )
    assert [a.substance for a in extraction.allergies] == ["Sulfonamides"]
    assert [m.name for m in extraction.medications] == ["Amoxicillin"]
