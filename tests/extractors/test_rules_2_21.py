"""What extractor 2.21.0 reads that 2.20.0 did not.

Each example is written for its rule, none taken from a held-out set: a trend table's row
that leaves a test blank (placed by where its cells sit), a trend table with one test the
lab table does not know, Maltese and Catalan titles and words for what became of a medicine,
a day's pause around an operation, Danish and Swedish pauses, Icelandic letters, labels and
drug spellings, and local words for a problem that is over.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import OfflineClinicalExtractor, drug_names
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.vitals import find_vitals
from tests.extractors.conftest import (
    Extract,
    condition_facts,
    gated,
    gated_page,
    lab_keys,
    make_cells_page,
    medicine_statuses,
)


def test_a_trend_row_that_leaves_a_test_blank(extractor: OfflineClinicalExtractor) -> None:
    rows = [
        [("Date", 0.06, 0.12), ("Hb", 0.25, 0.28), ("Plt", 0.4, 0.43), ("Creat", 0.55, 0.6)],
        [("g/L", 0.25, 0.29), ("x10^9/L", 0.4, 0.47), ("umol/L", 0.55, 0.61)],
        [("14/04/2025", 0.06, 0.15), ("126", 0.25, 0.28), ("98", 0.55, 0.58)],
    ]
    page = make_cells_page(rows)
    extraction = gated_page(extractor, page)
    assert lab_keys(extraction) == {
        ("718-7", 126.0, dt.date(2025, 4, 14)),
        ("2160-0", 98.0, dt.date(2025, 4, 14)),
    }


def test_a_trend_table_with_one_test_the_lab_table_lacks(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Collected Hb ALT Lamotrigine",
        "g/L U/L mg/L",
        "19/05/2025 131 22 6.1",
    )
    assert lab_keys(extraction) >= {
        ("718-7", 131.0, dt.date(2025, 5, 19)),
        ("1742-6", 22.0, dt.date(2025, 5, 19)),
    }
    unknown = [lab for lab in extraction.labs if lab.loinc_code is None]
    assert [(lab.value_numeric, lab.requires_review) for lab in unknown] == [(6.1, True)]


def test_maltese_titles_hold_stop_and_plan_medicines(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Mediċini attwali",
        "Amlodipine 5 mg pillola 1",
        "Imwaqqfa temporanjament",
        "Naproxen 500 mg pillola 10/03/2025 uġigħ fl-istonku",
        "Mediċini mwaqqfa",
        "Simvastatin 40 mg pillola 02/01/2025 uġigħ fil-muskoli",
        "Biex tibda",
        "Denosumab 60 mg kull 6 xhur wara l-kontroll tas-snien",
    )
    assert medicine_statuses(extraction) == {
        "amlodipine": "active",
        "naproxen": "held",
        "simvastatin": "stopped",
    }


def test_a_catalan_form(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Estat de salut",
        "Sí No Observacions",
        "Angina de pit",
        "Medicació habitual",
        "1. Ramipril 5 mg 1-0-0 (no prendre el dia de la intervenció)",
        "2. Atorvastatina 20 mg 0-0-1",
        "Deixat: Diclofenac 50 mg - ja no el pren",
    )
    assert medicine_statuses(extraction) == {
        "ramipril": "held",
        "atorvastatina": "active",
        "diclofenac": "stopped",
    }
    assert not [c for c in extraction.conditions if not c.requires_review]


def test_a_day_pause_around_surgery_in_english(extract: Extract) -> None:
    extraction = gated(
        extract, "Medications", "Metformin 500 mg bd - do not take on the morning of surgery"
    )
    assert medicine_statuses(extraction) == {"metformin": "held"}


def test_danish_and_swedish_pauses(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medicin",
        "Ibuprofen 400 mg 1 tablet 3 gange dagligt pauseret indtil kontrol",
        "Metformin 500 mg x 2: uppehåll tills kreatinin kontrollerats",
    )
    assert medicine_statuses(extraction) == {"ibuprofen": "held", "metformin": "held"}


def test_icelandic_labels_and_spellings() -> None:
    found = find_vitals("Skoðun: BÞ 152/88 mmHg, púls 71, þyngd 83 kg, hæð 171 cm.")
    assert [(hit.kind, hit.value_text) for hit in found] == [
        ("blood_pressure", "152/88"),
        ("heart_rate", "71"),
        ("weight", "83"),
        ("height", "171"),
    ]
    assert fold("þyngd hæð") == "tyngd had"
    assert drug_names.lookup("Fúrósemíð") is not None
    assert drug_names.lookup("alendronat") is not None


def test_local_words_for_a_problem_brought_under_control(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnoser",
        "• N17.9 Akut njursvikt \u2013 återställd",
        "• I10 Hypertoni",
    )
    facts = condition_facts(extraction)
    assert facts["akut njursvikt"] == "historical"
    assert facts["hypertoni"] == "present"


def test_a_question_about_holding_is_no_hold(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Current medications",
        "Rivaroxaban 20 mg daily - GP to advise on hold for the dental extraction",
    )
    assert medicine_statuses(extraction) == {"rivaroxaban": "active"}


def test_a_prose_mention_of_a_listed_diagnosis_is_one_condition(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnoses",
        "• Type 2 diabetes mellitus with hyperglycemia (E11.65)",
        "Hospital course",
        "58-year-old man with type 2 diabetes admitted with vomiting.",
    )
    assert [c.icd10_code for c in extraction.conditions if not c.requires_review] == ["E11.65"]


def test_vaccines_not_given_or_presumed_are_no_doses(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Mga Tala",
        "Rotavirus - walang stock, hindi nabigyan (14/08/2024)",
    )
    assert [i.status for i in extraction.immunizations] == ["refused"]
    presumed = gated(
        extract,
        "Immunizations",
        "MMR Presumed immune - doses given abroad, no record 03/05/1990",
    )
    assert [i for i in presumed.immunizations if i.status == "given"] == []


def test_more_vital_labels() -> None:
    lines = (
        "Išvykstant: AKS 118/72 mmHg, ŠSD 66 k./min, temperatūra 36,9 °C.",
        "BT 126/80 mmHg, SAT 95 %, DF 16/min",
        "04/02/2025: timbang 9.4 kg, haba 74 cm",
    )
    found = [[(hit.kind, hit.value_text) for hit in find_vitals(line)] for line in lines]
    assert found == [
        [("blood_pressure", "118/72"), ("heart_rate", "66"), ("temperature", "36.9")],
        [("blood_pressure", "126/80"), ("oxygen_saturation", "95"), ("respiratory_rate", "16")],
        [("weight", "9.4"), ("height", "74")],
    ]


def test_lithuanian_drug_names() -> None:
    for written, generic in (
        ("Bisoprololis", "Bisoprolol"),
        ("Amlodipinas", "Amlodipine"),
        ("Diklofenakas", "Diclofenac"),
    ):
        found = drug_names.lookup(written)
        assert found is not None and found.concept.name == generic, written


def test_an_allergy_title_in_another_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Alergii și intoleranțe",
        "Penicilină \u2013 erupție (alergie). Codeină \u2013 greață (intoleranță).",
    )
    assert {a.substance for a in extraction.allergies if not a.requires_review} >= {"Penicilină"}


def test_basque_planned_and_refused_vaccines(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Programatutako edo eman gabeko txertoak",
        "Txertoa Egoera Oharra",
        "Herpes zosterra (Shingrix), 2. dosia Programatua 2025/09/15",
        "Gripea Uko egina pazienteak uko egin dio 2024/10/20",
    )
    assert sorted(i.status for i in extraction.immunizations) == ["due", "refused"]


def test_a_condition_on_a_number_that_wrapped(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Plan",
        "Potassium 5.6 on ramipril: repeat in 3 days; if potassium stays above",
        "5.5, switch ramipril to amlodipine 5 mg daily.",
    )
    assert "amlodipine" not in medicine_statuses(extraction)
