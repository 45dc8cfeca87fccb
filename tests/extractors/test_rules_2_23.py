"""What extractor 2.23.0 reads that 2.22.0 did not.

Each example is written for its rule, none taken from a held-out set: a negation after a
word that ends in "gram" ("angiogram negative for") is still a negation (2.22.0's
"Gram-negative" rule had swallowed it), units written with the accents or letters of the
report's language, and Icelandic test names. Then forms answered by tick boxes drawn as
vector paths (read by the text layer as box glyphs, tests/ocr/test_tick_boxes.py): a form
row that names its allergen after its label, a Yes to a question of alternatives or
examples, a Yes list whose boxes follow their answers, a section title that ends a form's
table; a date format stated in another language's letters; vitals on a vitals line told
by their units; autoimmune serology and venous gases in the lab table.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import OfflineClinicalExtractor
from tests.extractors.conftest import (
    Extract,
    condition_facts,
    gated,
    gated_page,
    lab_keys,
    make_cells_page,
)


def test_an_angiogram_negative_for_a_diagnosis_negates_it(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Hospital course",
        "Admitted with dyspnoea. CT pulmonary angiogram negative for pulmonary embolism.",
    )
    assert {(c.name.lower(), c.assertion) for c in extraction.conditions} == {
        ("pulmonary embolism", "negated")
    }


def test_units_with_accents_are_units() -> None:
    from adapters.extractors.offline.patterns import plain_powers

    assert plain_powers("Kreatínín 94 µmól/L, HbA1c 51 mmól/mól, eGFR 55 mL/mín/1,73m²") == (
        "Kreatínín 94 µmol/L, HbA1c 51 mmol/mol, eGFR 55 mL/min/1,73m²"
    )


def test_units_with_local_letters_are_units() -> None:
    from adapters.extractors.offline.patterns import plain_powers

    assert plain_powers("Kreatinin 71 mkmol/l; Hemoqlobin 131 q/l") == (
        "Kreatinin 71 µmol/l; Hemoqlobin 131 g/l"
    )


def test_an_icelandic_cumulative_table(extractor: OfflineClinicalExtractor) -> None:
    rows = [
        [
            ("Rannsókn", 0.08, 0.16),
            ("19.6.2025", 0.3, 0.38),
            ("23.3.2025", 0.42, 0.5),
            ("Eining", 0.62, 0.68),
            ("Viðmið", 0.78, 0.84),
        ],
        [
            ("Glúkósi", 0.08, 0.14),
            ("7,1 H", 0.3, 0.34),
            ("5,5", 0.42, 0.45),
            ("mmól/L", 0.62, 0.68),
            ("4,0 - 6,0", 0.78, 0.84),
        ],
        [
            ("Blóðflögur", 0.08, 0.15),
            ("301", 0.3, 0.33),
            ("288", 0.42, 0.45),
            ("x10^9/L", 0.62, 0.68),
            ("150 - 400", 0.78, 0.84),
        ],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert lab_keys(extraction) == {
        ("2345-7", 7.1, dt.date(2025, 6, 19)),
        ("2345-7", 5.5, dt.date(2025, 3, 23)),
        ("777-3", 301.0, dt.date(2025, 6, 19)),
        ("777-3", 288.0, dt.date(2025, 3, 23)),
    }


def test_more_local_words_for_what_became_of_a_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Lékový list",
        "Ramipril 5 mg — přerušit do kontroly draslíku",
        "Eplerenon 25 mg tablett (1-0-0-0) mellombels stoppa til ny kaliumkontroll",
    )
    assert {m.status for m in extraction.medications} == {"held"}
    assert len(extraction.medications) == 2


def test_local_words_for_a_past_problem(extract: Extract) -> None:
    past = gated(
        extract,
        "Diagnostic",
        "• E87.1 Hiponatremie - remisă",
        "• E87.6 Hypokalémie - korigována",
    )
    assert {c.assertion for c in past.conditions if not c.requires_review} == {"historical"}


def test_danish_declined(extract: Extract) -> None:
    declined = gated(
        extract,
        "Vaccinationer",
        "Vaccine Dato Status",
        "Influenza Fravalgt 01-10-2024, borgeren takkede nej",
    )
    assert declined.immunizations
    assert not [i for i in declined.immunizations if i.status == "given"]


def test_a_date_format_stated_in_another_language_decides_the_order(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Carnet de vaccination",
        "Vaccin   Date (jj/mm/aaaa)   Lot",
        "ROR dose 1   04/07/2024   RX118",
        "ROR dose 2   05/10/2024   RX207",
    )
    given = {(i.administered_on, i.requires_review) for i in extraction.immunizations}
    assert given == {(dt.date(2024, 7, 4), False), (dt.date(2024, 10, 5), False)}


def test_a_form_row_names_its_allergen_after_its_label(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies",
        "Yes   No   Details",
        "Drugs   \u2612   \u2610   penicillin - hives",
        "Latex   \u2610   \u2612",
    )
    present = {
        (a.substance.lower(), a.reaction)
        for a in extraction.allergies
        if a.assertion == "present" and not a.requires_review
    }
    assert present == {("penicillin", "hives")}


def test_autoimmune_serology_and_venous_gases_are_known_tests(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Results",
        "Complement C3 0.62 g/L 0.90-1.80 L",
        "Anti-dsDNA 45 IU/mL <10 H",
        "pCO2, venous 58 mmHg 41-51 H",
        "Protein/creatinine ratio 0.6 g/g <0.2 H",
    )
    confirmed = {
        (lab.loinc_code, lab.value_numeric, lab.unit)
        for lab in extraction.labs
        if not lab.requires_review
    }
    assert confirmed == {
        ("4485-9", 0.62, "g/L"),
        ("5130-0", 45.0, "IU/mL"),
        ("2021-4", 58.0, "mmHg"),
        ("2890-2", 0.6, "g/g"),
    }


def test_a_vitals_line_tells_readings_with_unknown_labels_by_their_units(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Objective findings",
        "Ved udskrivelse: BT 126/80 mmHg, Pu 64/min, Tp 36,9 °C, Rf 16/min, vægt 81 kg.",
    )
    readings = {(v.kind, v.value_numeric) for v in extraction.vitals}
    assert readings == {
        ("blood_pressure", 126.0),
        ("heart_rate", 64.0),
        ("temperature", 36.9),
        ("respiratory_rate", 16.0),
        ("weight", 81.0),
    }


def test_a_bound_in_the_history_is_no_reading(extract: Extract) -> None:
    extraction = gated(
        extract,
        "History",
        "BP 132/84 mmHg, HR 90 on arrival, fevers up to 39,2 °C at home.",
    )
    assert "temperature" not in {v.kind for v in extraction.vitals}


def test_a_yes_to_a_question_of_alternatives_is_the_one_its_details_name(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Have you ever had:",
        "Yes No Details",
        "Eczema or psoriasis [X] [ ] psoriasis on elbows",
        "Heart disease (heart attack, angina, heart failure) [X] [ ] stent 2019",
    )
    facts = condition_facts(extraction)
    present = {name for name, assertion in facts.items() if assertion == "present"}
    assert "eczema" not in " ".join(present)
    assert not {"angina", "heart failure"} & present


def test_an_allergy_list_after_a_ticked_yes_whose_box_follows_it(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies",
        "Any allergies? Yes \u2612 No \u2610 Cefalexin - hives; sticking plaster - itch",
    )
    present = {
        a.substance.lower()
        for a in extraction.allergies
        if a.assertion == "present" and not a.requires_review
    }
    assert present == {"cefalexin", "sticking plaster"}


def test_a_section_title_ends_a_forms_answer_table(extractor: OfflineClinicalExtractor) -> None:
    rows = [
        [("Allergies", 0.08, 0.16)],
        [("Yes", 0.60, 0.63), ("No", 0.66, 0.68), ("Details", 0.72, 0.78)],
        [("Drug allergy", 0.08, 0.2), ("\u2610", 0.6, 0.62), ("\u2612", 0.66, 0.68)],
        [("Current medicines", 0.08, 0.24)],
        [("1. Lisinopril 10 mg once daily", 0.08, 0.4)],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert [(m.name.lower(), m.status) for m in extraction.medications] == [
        ("lisinopril", "active")
    ]


def test_a_problem_excised_is_past(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medical history",
        "Yes No Details",
        "Cancer [X] [ ] skin cancer on the back 2019, excised",
        "Gout [X] [ ]",
    )
    assert condition_facts(extraction) == {"cancer": "historical", "gout": "present"}
