"""Allergies, conditions and immunizations."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extractors.conftest import Extract


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("ALLERGIES", "Penicillin - reaction: hives", "Shellfish - reaction: throat swelling"),
            [("Penicillin", "hives"), ("Shellfish", "throat swelling")],
        ),
        (("Allergies: Sulfonamides (hives)",), [("Sulfonamides", "hives")]),
        (
            ("Allergies: Penicillin (rash); Codeine - nausea, Latex",),
            [("Penicillin", "rash"), ("Codeine", "nausea"), ("Latex", None)],
        ),
        (("Patient is allergic to peanuts (anaphylaxis)",), [("peanuts", "anaphylaxis")]),
    ],
)
def test_allergies(extract: Extract, lines: tuple[str, ...], expected: list[object]) -> None:
    assert [(a.substance, a.reaction) for a in extract(*lines).allergies] == expected


def test_allergy_severity_is_split_from_the_reaction(extract: Extract) -> None:
    (allergy,) = extract("Allergies: Penicillin (severe hives)").allergies
    assert (allergy.reaction, allergy.severity) == ("hives", "severe")


@pytest.mark.parametrize("line", ["Allergies: NKDA", "Allergies: No known drug allergies"])
def test_no_known_allergies(extract: Extract, line: str) -> None:
    assert extract(line).allergies == ()


def test_diagnoses_with_printed_codes(extract: Extract) -> None:
    extraction = extract(
        "DISCHARGE DIAGNOSES",
        "1. Community-acquired pneumonia (J18.9)",
        "2. Hyperlipidemia, unspecified (E78.5)",
        "3. Essential hypertension (I10)",
    )
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [
        ("Community-acquired pneumonia", "J18.9"),
        ("Hyperlipidemia, unspecified", "E78.5"),
        ("Essential hypertension", "I10"),
    ]


def test_condition_code_from_the_bundled_table(extract: Extract) -> None:
    extraction = extract("Past medical history:", "- Hypertension", "- Type 2 diabetes mellitus")
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [
        ("Hypertension", "I10"),
        ("Type 2 diabetes mellitus", "E11.9"),
    ]


def test_history_and_resolved_status(extract: Extract) -> None:
    extraction = extract("Problem list:", "History of asthma", "Pneumonia, resolved")
    assert [(c.name, c.icd10_code, c.status) for c in extraction.conditions] == [
        ("asthma", "J45.909", "history"),
        ("Pneumonia, resolved", "J18.9", "resolved"),  # the qualifier no longer hides the code
    ]


def test_code_outside_a_section_needs_to_look_like_a_code(extract: Extract) -> None:
    assert extract("Vitamin B12 supplement recommended").conditions == ()
    (condition,) = extract("Assessment: Acute bronchitis (J20.9)").conditions
    assert condition.icd10_code == "J20.9"


def test_immunization_table_rows(extract: Extract) -> None:
    extraction = extract(
        "IMMUNIZATION RECORD",
        "Vaccine Dose Date given Lot number",
        "Influenza (IIV4) 1 10/12/2023 FL4821A",
        "COVID-19 mRNA 3 10/12/2023 CV9920B",
        "Hepatitis B 2 02/15/2019 HB1002E",
    )
    assert [
        (i.vaccine, i.dose_number, i.administered_on, i.lot_number, i.cvx_code)
        for i in extraction.immunizations
    ] == [
        ("Influenza (IIV4)", 1, dt.date(2023, 10, 12), "FL4821A", "88"),
        ("COVID-19 mRNA", 3, dt.date(2023, 10, 12), "CV9920B", "213"),
        ("Hepatitis B", 2, dt.date(2019, 2, 15), "HB1002E", "45"),
    ]


def test_labelled_immunization_outside_a_table(extract: Extract) -> None:
    (shot,) = extract("Tdap given 03/05/2022, Dose #1, Lot: U6543AA").immunizations
    assert (shot.vaccine, shot.dose_number, shot.administered_on, shot.lot_number) == (
        "Tdap",
        1,
        dt.date(2022, 3, 5),
        "U6543AA",
    )
