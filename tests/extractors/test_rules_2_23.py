"""What extractor 2.23.0 reads that 2.22.0 did not.

Each example is written for its rule, none taken from a held-out set: a negation after a
word that ends in "gram" ("angiogram negative for") is still a negation (2.22.0's
"Gram-negative" rule had swallowed it), units written with the accents or letters of the
report's language, and Icelandic test names.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import OfflineClinicalExtractor
from tests.extractors.conftest import (
    Extract,
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
