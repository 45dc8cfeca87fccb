"""Layouts and wordings that extractor 2.10.0 reads.

Each example is written for its rule, none taken from a held-out set: a pharmacy's table
header under an allergy banner, what a count of tablets comes to, a urine's colour and
clarity, the specimen heading after a urine block, results named in a triage note, the
human insulins, superscript powers of ten, a drug named as the reason for a stop, a
wondered-about diagnosis, a result under a medicines heading, the drug in an allergy's
brackets and a strength printed with and without its unit.
"""

from __future__ import annotations

from tests.extractors.conftest import Extract, gated

# -- medications --------------------------------------------------------------------------


def test_a_pharmacy_table_under_an_allergy_banner_lists_medicines(extract: Extract) -> None:
    extraction = gated(
        extract,
        "ALLERGIES / ADVERSE REACTIONS:",
        "Penicillin - anaphylaxis.",
        "Date Rx no. Medicine Directions Qty Indication Status",
        "03/03/2025 A-1001 Levetiracetam 500 mg tablet 1 tablet bd 60 Epilepsy Current",
        "03/03/2025 A-1002 Sertraline 50 mg tablet 1 tablet mane 30 Depression Current",
    )
    assert [a.substance for a in extraction.allergies] == ["Penicillin"]
    assert [(m.name, m.dose) for m in extraction.medications] == [
        ("Levetiracetam", "500"),
        ("Sertraline", "50"),
    ]


def test_a_count_of_tablets_gives_what_it_comes_to(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medicines",
        "Dexamethasone 2 mg tablet 3 tablets (6 mg) mane for 5 days",
    )
    assert [(m.name, m.dose, m.unit) for m in extraction.medications] == [
        ("Dexamethasone", "6", "mg")
    ]


def test_the_human_insulins_and_a_strength_that_looks_like_a_result(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Discharge medications",
        "Humulin N 100 IU/mL - 22 IU SC at night",
        "Actrapid 8 units SC with meals",
    )
    assert [
        (m.name.lower(), m.dose, m.unit, m.requires_review) for m in extraction.medications
    ] == [
        ("humulin n", "22", "IU", False),
        ("insulin regular (actrapid)", "8", "units", False),
    ]


def test_a_drug_named_as_the_reason_for_a_stop_goes_on(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Discharge medications",
        "Apixaban 5 mg oral bd NEW",
        "Clopidogrel 75 mg oral daily CEASED - now on apixaban",
    )
    assert {(m.name, m.status) for m in extraction.medications} == {
        ("Apixaban", "new"),
        ("Clopidogrel", "stopped"),
    }


def test_a_result_under_a_medicines_heading_is_no_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Current medication:",
        "Ramipril 5 mg daily",
        "HbA1c 8.1 %. Urine albumin raised.",
        "Vitamin B12 1000 micrograms IM every 3 months",
    )
    assert [(m.name, m.dose) for m in extraction.medications] == [
        ("Ramipril", "5"),
        ("Vitamin B12", "1000"),
    ]
    assert [(lab.loinc_code, lab.value_text) for lab in extraction.labs] == [("4548-4", "8.1")]


def test_a_strength_with_and_without_its_unit_is_one_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Dispensing history",
        "Date Rx no. Medicine Directions Qty Rpts",
        "01/02/2025 700001 Crestor 10 (rosuvastatin) tab ONE tablet at night 30 5",
        "Label reprints",
        "Crestor 10mg tablets (rosuvastatin) Take ONE tablet at NIGHT.",
    )
    assert [(m.dose, m.unit) for m in extraction.medications] == [("10", "mg")]


# -- labs ---------------------------------------------------------------------------------


def test_a_urines_colour_and_clarity_are_results(extract: Extract) -> None:
    extraction = gated(
        extract,
        "URINALYSIS",
        "Test Result Units Flag Reference",
        "Colour Straw",
        "Appearance Cloudy A Clear",
        "Urobilinogen Normal Normal",
        "Renal function",
        "Creatinine normal, no change from March.",
    )
    assert {(lab.loinc_code, lab.value_text, lab.requires_review) for lab in extraction.labs} == {
        ("5778-6", "Straw", False),
        ("5767-9", "Cloudy", False),
        ("5818-0", "Normal", False),
    }


def test_a_specimen_heading_ends_the_urine_block(extract: Extract) -> None:
    extraction = gated(
        extract,
        "URINALYSIS - Dipstick",
        "Test Result Units Flag Reference",
        "Nitrite Positive A Negative",
        "SERUM / OTHER",
        "Test Result Units Flag Reference",
        "C-reactive protein 61 mg/L H < 5",
        "Urine beta-hCG (pregnancy test) Negative Negative",
    )
    codes = {(lab.loinc_code, lab.value_text) for lab in extraction.labs}
    assert codes == {("5802-4", "Positive"), ("1988-5", "61"), ("2106-3", "Negative")}


def test_results_named_in_a_triage_note(extract: Extract) -> None:
    extraction = gated(
        extract,
        "MEDICAL ASSESSMENT",
        "Ix: Hb (HemoCue) 11.4 g/dL. BSL 7.9 mmol/L.",
        "TRIAGE OBSERVATIONS",
        "Resp. rate 22 /min",
    )
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("718-7", "11.4"),
        ("2345-7", "7.9"),
    }
    assert [(v.kind, v.value_text) for v in extraction.vitals] == [("respiratory_rate", "22")]


def test_a_power_of_ten_in_superscript(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Laboratory results",
        "Test Result Unit Reference",
        "WBC 12.6 H x10³/µL 4.0 - 10.0",
    )
    assert [(lab.loinc_code, lab.value_text, lab.unit) for lab in extraction.labs] == [
        ("6690-2", "12.6", "x10^3/µL")
    ]


# -- conditions and allergies -------------------------------------------------------------


def test_a_wondered_about_diagnosis_is_a_question(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Impression",
        "I wonder about hypothyroidism as a cause of the heart failure; TFTs sent.",
    )
    found = {(c.name, c.assertion) for c in extraction.conditions}
    assert not any(name == "hypothyroidism" and how == "present" for name, how in found)
    assert ("heart failure", "present") in found


def test_the_drug_in_an_allergys_brackets_is_its_substance(extract: Extract) -> None:
    extraction = gated(extract, "Allergies: penicillins (amoxicillin) - facial swelling in 2019.")
    assert [a.substance for a in extraction.allergies] == ["penicillins (amoxicillin)"]


def test_a_combinations_strength_whose_generics_wrap(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Date Rx no. Medicine Directions Qty Rpts",
        "11/02/2025 700002 Caduet 5/10 (amlodipine ONE tablet in the morning 30 5",
        "atorvastatin) tab",
    )
    assert [m.dose for m in extraction.medications] == ["5/10"]
