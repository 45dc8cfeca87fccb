"""Layouts and wordings that extractor 2.11.0 reads.

Each example is written for its rule, none taken from a held-out set: an allergy label
without its colon, an allergy table's row that ends with its type, a dash inside a reaction
cell, and an assessment's bulleted problems.
"""

from __future__ import annotations

from tests.extractors.conftest import Extract, gated


def test_an_allergy_label_without_its_colon(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnosis tonsillitis",
        "Allergies penicillin - hives",
        "Rx",
        "1. Clarithromycin 250 mg bd x 7 days",
    )
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [("penicillin", "hives")]


def test_an_allergy_table_row_that_ends_with_its_type(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies and adverse reactions",
        "Substance Reaction Severity Type",
        "Ibuprofen Bronchospasm (2020) Severe Allergy",
        "Eggs Hives Moderate Allergy",
        "Laboratory results",
    )
    assert [a.substance for a in extraction.allergies] == ["Ibuprofen", "Eggs"]


def test_a_dash_inside_a_reaction_cell(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies / intolerances",
        "Substance Reaction Recorded",
        "Codeine Vomiting - moderate 03-Jan-2019",
    )
    assert [a.substance for a in extraction.allergies] == ["Codeine"]


def test_an_assessments_bulleted_problems(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Assessment",
        "• Gout - no flare since March",
        "• Obesity",
        "• ?sleep apnoea - refer for study",
        "Plan",
    )
    found = {(c.name, c.assertion) for c in extraction.conditions}
    assert ("Gout", "present") in found
    assert ("Obesity", "present") in found
    assert not any(name.endswith("apnoea") and how == "present" for name, how in found)


def test_an_allergy_reported_in_a_sentence(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Dear Doctor",
        "He reports an allergy to chlorhexidine (contact dermatitis in 2021) - please note.",
    )
    assert [a.substance for a in extraction.allergies] == ["chlorhexidine"]


def test_the_dose_the_directions_take_from_a_product(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medications",
        "Prednisolone 5 mg tabs - 30 mg mane x 5 days",
        "Isoniazid 100 mg tablet Take 300 mg (3 tablets) by mouth once daily",
        "Semaglutide (Ozempic) 1 mg/0.74 mL pen 1 mg SC once weekly",
    )
    assert [(m.dose, m.unit) for m in extraction.medications] == [
        ("30", "mg"),
        ("300", "mg"),
        ("1", "mg"),
    ]


def test_a_brand_stopped_with_its_generic_in_brackets(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Rx",
        "1. Prednisolone 25 mg mane x 5 days",
        "Stop Zyrtec (cetirizine) while on prednisolone",
    )
    assert {(m.name.lower(), m.status) for m in extraction.medications} == {
        ("prednisolone", "active"),
        ("cetirizine (zyrtec)", "stopped"),
    }
