"""Vocabulary from maintained sources: drug names and brands (drug-named-entity-recognition),
vaccine trade names to CVX, UK/AU/IN frequencies, units, and concentrations vs doses.

The lines are written after real documents: UK GP letters and repeat-prescription lists,
Australian pharmacy printouts, Indian OPD prescriptions, US EHR medication lists.
"""

from __future__ import annotations

import pytest

from adapters.extractors.offline import drug_names
from adapters.extractors.offline.immunizations import parse_immunization
from adapters.extractors.offline.medications import find_frequency, parse_medication
from tests.extractors.conftest import Extract


def test_drug_dictionary_is_installed() -> None:
    assert drug_names.available()


@pytest.mark.parametrize(
    ("written", "generic", "is_brand"),
    [
        ("Lipitor", "Atorvastatin", True),
        ("NEXIUM", "Esomeprazole", True),
        ("Ventolin", "Albuterol", True),
        ("Fostair", "Beclometasone/formoterol", True),
        ("EpiPen", "Epinephrine", True),
        ("Clexane", "Enoxaparin", True),
        ("Zoton", "Lansoprazole", True),
        ("Keppra", "Levetiracetam", True),
        ("Salbutamol", "Albuterol", False),  # the INN of a USAN name is not a brand
        ("Paracetamol", "Acetaminophen", False),
        ("Frusemide", "Furosemide", False),
        ("Amlodipine besylate", "Amlodipine", False),  # a salt, not a brand
    ],
)
def test_brand_and_generic_spellings(written: str, generic: str, is_brand: bool) -> None:
    found = drug_names.lookup(written)
    assert found is not None
    assert (found.concept.name, found.is_brand) == (generic, is_brand)


@pytest.mark.parametrize(
    "word",
    ["Glucose", "Oxygen", "Sodium", "Potassium", "Ferritin", "Cortisol", "Protein", "Blood"],
)
def test_lab_and_everyday_words_are_not_drugs(word: str) -> None:
    assert drug_names.lookup(word) is None


@pytest.mark.parametrize(
    ("line", "name", "code", "dose", "unit", "frequency"),
    [
        # UK repeat list and GP letter shorthand
        ("Lipitor 20mg nocte", "Atorvastatin (Lipitor)", "83367", "20", "mg", "at night"),
        ("Nexium 40mg mane", "Esomeprazole (Nexium)", None, "40", "mg", "every morning"),
        ("Ramipril 5mg od", "Ramipril", None, "5", "mg", "once daily"),
        ("Bisoprolol 2.5 mg OD", "Bisoprolol", None, "2.5", "mg", "once daily"),
        ("Metformin 500 mg BD with meals", "Metformin", "6809", "500", "mg", "twice daily"),
        (
            "Amoxicillin 500mg tds for 7 days",
            "Amoxicillin",
            "723",
            "500",
            "mg",
            "three times daily",
        ),
        (
            "Paracetamol 1g qds prn",
            "Paracetamol",
            "161",
            "1",
            "g",
            "four times daily as needed",
        ),
        (
            "Levothyroxine 100 micrograms once daily",
            "Levothyroxine",
            "10582",
            "100",
            "mcg",
            "once daily",
        ),
        (
            "Ventolin 100 micrograms/dose inhaler 2 puffs when required",
            "Albuterol (Ventolin)",
            "435",
            "100",
            "mcg",
            "as needed",
        ),
        (
            "Fostair 100/6 2 puffs bd",
            "Beclometasone/formoterol (Fostair)",
            None,
            "2",
            "puffs",
            "twice daily",
        ),
        (
            "Salbutamol inhaler 2 puffs qds prn",
            "Salbutamol",
            "435",
            "2",
            "puffs",
            "four times daily as needed",
        ),
        ("EpiPen 300 micrograms IM stat", "Epinephrine (EpiPen)", None, "300", "mcg", "once"),
        # Australian pharmacy printout
        ("Clexane 40 mg SC daily", "Enoxaparin (Clexane)", None, "40", "mg", "once daily"),
        (
            "Panadol Osteo 665 mg 2 tablets tds",
            "Acetaminophen (Panadol)",
            "161",
            "665",
            "mg",
            "three times daily",
        ),
        ("Methotrexate 10 mg weekly (Mondays)", "Methotrexate", None, "10", "mg", "once weekly"),
        # Indian OPD prescription: form first, morning-noon-night dosing, SOS
        ("Tab. Metformin 500 mg 1-0-1 after food", "Metformin", "6809", "500", "mg", "twice daily"),
        # (a brand the dictionary lacks, known from 2.22.0 on)
        ("Tab Telma 40 mg 1-0-0", "Telmisartan (Telma)", None, "40", "mg", "every morning"),
        ("Tab. Paracetamol 650 mg SOS", "Paracetamol", "161", "650", "mg", "as needed"),
        # US EHR list
        (
            "Lantus 100 units/mL inject 22 units subcutaneously nightly",
            "Insulin glargine (Lantus)",
            "274783",
            "22",
            "units",
            "at bedtime",
        ),
    ],
)
def test_medication_lines(
    line: str, name: str, code: str | None, dose: str, unit: str, frequency: str
) -> None:
    row = parse_medication(line, require_known=False)
    assert row is not None
    assert row.name == name
    assert (row.match.concept.code if row.match else None) == code
    assert (row.dose, row.unit, row.frequency) == (dose, unit, frequency)


@pytest.mark.parametrize(
    ("line", "dose", "unit"),
    [
        # A concentration is the product's strength, not what is given.
        ("Insulin glargine 100 units/mL - inject 22 units at night", "22", "units"),
        ("Amoxicillin 250mg/5mL oral suspension 5 mL tds", "5", "mL"),
        ("Lantus 100 units/mL SC nocte", None, None),
    ],
)
def test_concentration_is_not_a_dose(line: str, dose: str | None, unit: str | None) -> None:
    row = parse_medication(line, require_known=False)
    assert row is not None
    assert (row.dose, row.unit) == (dose, unit)
    assert row.name.startswith("Insulin glargine") or row.name == "Amoxicillin"


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("mane", "every morning"),
        ("nocte", "at night"),
        ("at night", "at night"),
        ("in the morning", "every morning"),
        ("bd", "twice daily"),
        ("b.d.", "twice daily"),
        ("tds", "three times daily"),
        ("qds", "four times daily"),
        ("od", "once daily"),
        ("1-0-1", "twice daily"),
        ("1-1-1", "three times daily"),
        ("0-0-1", "at night"),
        ("SOS", "as needed"),
        ("as required", "as needed"),
        ("stat", "once"),
        ("weekly", "once weekly"),
        ("monthly", "once monthly"),
        ("fortnightly", "every 2 weeks"),
        ("on alternate days", "every other day"),
        ("bd prn", "twice daily as needed"),
    ],
)
def test_frequency_shorthand(text: str, frequency: str) -> None:
    assert find_frequency(f"one tablet {text}") == frequency


def test_uk_medication_list_end_to_end(extract: Extract) -> None:
    result = extract(
        "Current medication",
        "Lipitor 20mg tablets - one at night",
        "Nexium 40mg gastro-resistant tablets - one each morning",
        "Ventolin 100micrograms/dose inhaler - 2 puffs qds prn",
        "Adcal-D3 chewable tablets - one bd",
    )
    by_name = {m.name: m for m in result.medications}
    assert by_name["Atorvastatin (Lipitor)"].rxnorm_code == "83367"
    assert by_name["Atorvastatin (Lipitor)"].frequency == "at night"
    assert by_name["Esomeprazole (Nexium)"].dose == "40"
    assert by_name["Albuterol (Ventolin)"].frequency == "four times daily as needed"


@pytest.mark.parametrize(
    ("line", "cvx"),
    [
        ("Boostrix 12/05/2022", "115"),
        ("Adacel 03/14/2023", "115"),
        ("Infanrix hexa 08/01/2021", "146"),
        ("Gardasil 9 09/20/2022", "165"),
        ("Gardasil 09/20/2012", "62"),
        ("Shingrix 10/02/2023", "187"),
        ("Zostavax 10/02/2015", "121"),
        ("Comirnaty 10/12/2023", "213"),
        ("Spikevax 10/12/2023", "213"),
        ("Fluad Quad 04/20/2023", "88"),
        ("Flucelvax 04/20/2023", "88"),
        ("Fluarix Tetra 04/20/2023", "88"),
        ("Pneumovax 23 06/01/2020", "33"),
        ("Prevenar 13 06/01/2020", "133"),
        ("Prevnar 20 06/01/2024", "216"),
        ("Bexsero 02/14/2019", "163"),
        ("Trumenba 02/14/2019", "162"),
        ("Engerix-B 01/15/2019", "45"),
        ("Havrix 01/15/2019", "85"),
        ("Twinrix 01/15/2019", "104"),
        ("MMR II 05/05/2018", "03"),
        ("Priorix 05/05/2018", "03"),
        ("ProQuad 05/05/2018", "94"),
        ("Varivax 05/05/2018", "21"),
        ("Rotarix 03/15/2017", "119"),
        ("RotaTeq 03/15/2017", "116"),
        ("BCG 01/20/2000", "19"),
    ],
)
def test_vaccine_trade_names_to_cvx(line: str, cvx: str) -> None:
    row = parse_immunization(line)
    assert row is not None and row.match is not None
    assert row.match.concept.code == cvx
