"""What extractor 2.24.0 reads that 2.23.0 did not.

Each example is written for its rule, none taken from a held-out set: a medicines table
under a title we do not know, right after an allergy list, is no list of allergies; the
titles of a shared medication record; a vitals table whose header gives units in brackets
for labels we do not know; the dose the directions give after the product's strength; a
problem over with nothing left of it; a Yes to alternatives named by a short word.
"""

from __future__ import annotations

from adapters.extractors.offline import OfflineClinicalExtractor
from tests.extractors.conftest import (
    Extract,
    gated,
    gated_page,
    make_cells_page,
    medicine_statuses,
)


def test_a_medicines_table_after_an_allergy_list_is_no_allergy_list(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies",
        "Penicillin - rash",
        "Lista de remedios",
        "Ramipril 5 mg 1 tablet morning",
        "Simvastatin 20 mg 1 tablet evening",
    )
    confirmed = {a.substance.lower() for a in extraction.allergies if not a.requires_review}
    assert confirmed == {"penicillin"}
    assert medicine_statuses(extraction) == {"ramipril": "active", "simvastatin": "active"}


def test_the_titles_of_a_shared_medication_record(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Aktuelle ordinationer",
        "Amlodipin 5 mg 1 tablet morgen",
        "Pauserede ordinationer",
        "Candesartan 8 mg 1 tablet daglig",
        "Seponerede ordinationer (seneste 90 dage)",
        "Diclofenac 50 mg 01.06.2025 mavesmerter",
    )
    assert medicine_statuses(extraction) == {
        "amlodipine": "active",
        "candesartan": "held",
        "diclofenac": "stopped",
    }


def test_a_vitals_header_gives_its_columns_by_their_units(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows = [
        [("Observasjoner", 0.08, 0.25)],
        [
            # column names we do not know, each with its unit
            ("P1 (mmHg)", 0.08, 0.18),
            ("P2 (x/min)", 0.22, 0.32),
            ("P3 (x/min)", 0.36, 0.46),
            ("P4 (°C)", 0.5, 0.58),
            ("P5 (%)", 0.62, 0.7),
            ("P6 (mmol/l)", 0.74, 0.9),
        ],
        [
            ("142/88", 0.08, 0.14),
            ("96", 0.22, 0.25),
            ("22", 0.36, 0.39),
            ("38,2", 0.5, 0.54),
            ("93", 0.62, 0.65),
            ("6,4", 0.74, 0.77),
        ],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 142.0),
        ("heart_rate", 96.0),
        ("respiratory_rate", 22.0),
        ("temperature", 38.2),
        ("oxygen_saturation", 93.0),
    }


def test_the_dose_the_directions_give_after_the_strength(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Discharge medications",
        "Gabapentin 300 mg 600 mg by mouth at bedtime Continue",
    )
    assert [(m.name.lower(), m.dose) for m in extraction.medications] == [("gabapentin", "600")]


def test_a_problem_over_with_nothing_left_of_it_is_past(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Past medical history",
        "Stroke 2016, no residual deficit",
        "Hypertension",
    )
    assert {(c.icd10_code, c.assertion) for c in extraction.conditions} == {
        ("I63.9", "historical"),
        ("I10", "present"),
    }


def test_a_yes_to_alternatives_named_by_a_short_word(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medical history",
        "Yes No Details",
        "Astma eller KOL [X] [ ] KOL sedan 2019",
    )
    present = {c.icd10_code for c in extraction.conditions if c.assertion == "present"}
    assert present == {"J44.9"}


def test_a_lists_last_item_wrapped_onto_the_next_line(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Dear Dr Patel,",
        "Past medical history: psoriasis; type 2 diabetes; gastro-oesophageal reflux; chronic",
        "kidney disease (2019). She lives alone and manages well.",
    )
    assert "N18.9" in {c.icd10_code for c in extraction.conditions}


def test_an_allergy_row_beside_a_result_stays_an_allergy(extract: Extract) -> None:
    # Two tables side by side: the allergy's row and a result's share the line.
    extraction = gated(
        extract,
        "ALLERGIES / INTOLERANCES",
        "Ibuprofen Angioedema Severe Allergy HbA1c 7.9 % H 4.0-6.0",
    )
    assert [m.name for m in extraction.medications] == []
    assert [a.substance.lower() for a in extraction.allergies] == ["ibuprofen"]


def test_a_questionnaires_lifestyle_part_ends_its_vaccinations(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vaccinations",
        "Yes No Details",
        "Flu vaccine this year [X] [ ] 2025/03/18 - pharmacy",
        "Lifestyle",
        "Yes No Details",
        "Exercise [X] [ ] 4 times a week",
        "For nurse use",
        "Random glucose: 7.4 mmol /L",
    )
    assert [i.vaccine.lower() for i in extraction.immunizations] == ["flu vaccine this year"]
    assert [(lab.value_numeric, lab.unit) for lab in extraction.labs] == [(7.4, "mmol/L")]


def test_doses_a_letter_says_were_given_at_the_visit(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Date: 14/10/2025",
        "Dear Dr Okafor,",
        "In clinic today he received Shingrix dose 2 (lot 8K3PQ) and PCV20 (Prevnar 20, lot",
        "MX4410). He declined the COVID-19 vaccine.",
        "BP 128/80, HR 70. He also received a Tdap booster (Boostrix) in the office today.",
    )
    given = {
        (i.cvx_code, i.administered_on.isoformat() if i.administered_on else None)
        for i in extraction.immunizations
        if i.status == "given"
    }
    assert given == {("187", "2025-10-14"), ("216", "2025-10-14"), ("115", "2025-10-14")}


def test_a_result_restated_under_its_table_is_one_result(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test 11.03.2025 18.03.2025 25.03.2025 Unit Reference",
        "Sodium 131 L 124 LL 134 L mmol/l 136 - 145",
        "Creatinine 1,18 H 1,42 H 1,09 H mg/dl 0,50 - 0,90",
        "18.03.2025: Sodium 124 mmol/l - critical result phoned to Dr M. Smith at 10:40",
    )
    sodium = [lab.value_numeric or 0.0 for lab in extraction.labs if lab.loinc_code == "2951-2"]
    assert sorted(sodium) == [124.0, 131.0, 134.0]


def test_more_local_words_for_a_hold_a_plan_a_booking_and_a_past_event(
    extract: Extract,
) -> None:
    held = gated(extract, "Leki", "Spironolakton 25 mg - wstrzymać do kontroli sodu")
    assert medicine_statuses(held) == {"spironolakton": "held"}
    planned = gated(
        extract,
        "Conduite à tenir",
        "Continuer le fer. Albendazole 400 mg prévu au prochain rendez-vous dans un mois.",
    )
    current = ("active", "new", "changed")
    assert not [m for m in planned.medications if m.status in current and not m.requires_review]
    booked = gated(
        extract, "Vaksinasjoner", "Pneumokokkvaksine (Prevenar 20) Time avtalt 02.12.2025"
    )
    assert [i.status for i in booked.immunizations] == ["due"]
    past = gated(extract, "Anamnéza", "V roce 2015 prodělal plicní embolii, nyní bez potíží.")
    assert all(c.assertion != "present" for c in past.conditions)


def test_a_diagnosis_beside_a_code_of_its_category_keeps_its_printed_words(
    extract: Extract,
) -> None:
    extraction = gated(extract, "Diagnózy", "• N18.4 Chronické onemocnění ledvin, stadium 4")
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [
        ("Chronické onemocnění ledvin, stadium 4", "N18.4")
    ]


def test_an_episode_with_its_date_is_past(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Dear colleague,",
        "In March 2024 he had a pulmonary embolism, treated with apixaban for six months.",
        "He has hypertension.",
    )
    assert {(c.icd10_code, c.assertion) for c in extraction.conditions} == {
        ("I26.99", "historical"),
        ("I10", "present"),
    }


def test_allergies_labelled_in_polish_inside_a_sentence(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Wywiad",
        "Matka - cukrzyca typu 2. Uczulenia: metamizol (wysypka), jodowe środki kontrastowe",
        "(obrzęk). Nie pali.",
    )
    confirmed = {a.substance.lower() for a in extraction.allergies if not a.requires_review}
    assert confirmed == {"metamizol", "jodowe środki kontrastowe"}
