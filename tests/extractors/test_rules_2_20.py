"""What extractor 2.20.0 reads that 2.19.0 did not.

Each example is written for its rule, none taken from a held-out set: date columns
labelled in a language the word list lacks, a unitless test in a trend table, a medicine
that ends a results table, titles that say what became of the medicines under them, vaccine
rows named in another language with a product column, a previous-result date whose year
wrapped, urine headings in capitals, pauses before an operation, doses given at a clock
time, and local words for resolved problems.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import drug_names
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.vitals import find_vitals
from tests.extractors.conftest import (
    Extract,
    condition_facts,
    gated,
    lab_keys,
    medicine_statuses,
)


def test_date_columns_labelled_in_another_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Prøvesvar",
        "Prøve Ankomst 23.04.2025 Kontroll 29.04.2025 Enhet Ref.",
        "CRP 96 H 12 H mg/L < 5",
        "Natrium 131 L 138 mmol/L 137 - 145",
    )
    assert lab_keys(extraction) == {
        ("1988-5", 96.0, dt.date(2025, 4, 23)),
        ("1988-5", 12.0, dt.date(2025, 4, 29)),
        ("2951-2", 131.0, dt.date(2025, 4, 23)),
        ("2951-2", 138.0, dt.date(2025, 4, 29)),
    }


def test_a_clock_word_after_each_date_column(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Tutkimus 12.2.2025 klo 20.3.2025 klo Yksikkö Viitealue",
        "8.05 7.40",
        "B-Hb 121 128 g/l 117 - 155",
        "P-K 3,2 L 4,0 mmol/l 3,3 - 4,9",
    )
    assert lab_keys(extraction) == {
        ("718-7", 121.0, dt.date(2025, 2, 12)),
        ("718-7", 128.0, dt.date(2025, 3, 20)),
        ("2823-3", 3.2, dt.date(2025, 2, 12)),
        ("2823-3", 4.0, dt.date(2025, 3, 20)),
    }


def test_a_trend_table_whose_unitless_test_has_no_unit_cell(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Collected INR Hb Creat",
        "g/L umol/L",
        "(2.0-3.0) (130-175) (60-110)",
        "24/03/2025 2.8 141 92",
    )
    assert lab_keys(extraction) == {
        ("6301-6", 2.8, dt.date(2025, 3, 24)),
        ("718-7", 141.0, dt.date(2025, 3, 24)),
        ("2160-0", 92.0, dt.date(2025, 3, 24)),
    }
    assert {lab.unit for lab in extraction.labs} == {None, "g/L", "umol/L"}


def test_a_medicine_ends_a_dated_results_table(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Results",
        "Test 02.05.2025 06.05.2025 Unit Ref.",
        "CRP 88 H 9 H mg/L < 5",
        "Discharge treatment",
        "Cefalexin 500 mg 1 - 0 - 1 for 5 more days",
    )
    assert medicine_statuses(extraction) == {"cefalexin": "active"}
    assert all(lab.loinc_code == "1988-5" for lab in extraction.labs)


def test_titles_that_stop_hold_or_plan_the_medicines_under_them(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Huidige medicatie",
        "Amlodipine 5 mg tablet 1",
        "Tijdelijk gestopt",
        "Naproxen 500 mg tablet 14/01/2025 maagklachten",
        "Gestopte geneesmiddelen",
        "Simvastatine 40 mg tablet 02/12/2024 spierpijn",
        "Te starten",
        "Romosozumab 210 mg s.c. maandelijks na tandartsbezoek",
    )
    assert medicine_statuses(extraction) == {
        "amlodipine": "active",
        "naproxen": "held",
        "simvastatine": "stopped",
    }


def test_a_drug_name_beside_a_stop_word_is_a_row_not_a_title(extract: Extract) -> None:
    # (a guard for the titles above: it passes on 2.19.0 too)
    extraction = gated(
        extract,
        "Aktuelle Medikation",
        "Ramipril 5 mg 1-0-0",
        "Ibuprofen gestoppt",
        "Bisoprolol 2,5 mg 1-0-0",
    )
    assert medicine_statuses(extraction)["bisoprolol"] == "active"


def test_a_vaccine_row_named_in_another_language_with_its_product(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vakcinācijas",
        "Vakcīna / deva Datums Preparāts Sērija Statuss",
        "Dzeltenais drudzis 14.03.2019. Stamaril YF2210 Veikta",
        "Pneimokoku infekcija (PCV20) 02.10.2024. Prevenar 20 PN1184 Veikta",
    )
    shots = {(i.vaccine, i.cvx_code, i.administered_on, i.status) for i in extraction.immunizations}
    assert shots == {
        ("Dzeltenais drudzis", "37", dt.date(2019, 3, 14), "given"),
        ("Pneimokoku infekcija (PCV20)", "216", dt.date(2024, 10, 2), "given"),
    }


def test_planned_vaccinations_in_another_language_are_not_given(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Geplante Impfungen",
        "Herpes zoster (Shingrix) 2. Dosis Termin 12.06.2025",
    )
    assert [i.status for i in extraction.immunizations] == ["planned"]


def test_a_local_vaccine_word_form_keeps_its_own_name(extract: Extract) -> None:
    extraction = gated(
        extract,
        "SKIEPIJIMAI",
        "Rotavirusinė 2 dozė 2024-03-11 RT4410",
    )
    assert [(i.vaccine, i.cvx_code) for i in extraction.immunizations] == [("Rotavirusinė", "122")]


def test_a_previous_result_whose_year_wrapped(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vyšetření Výsledek 20. 6. Jednotka Ref. meze Předchozí 11. 3.",
        "2025 2025",
        "S-Kreatinin 132 ↑ µmol/l 64 \u2013 104 118 ↑",
    )
    assert ("2160-0", 118.0, dt.date(2025, 3, 11)) in lab_keys(extraction)


def test_a_urine_heading_in_capitals_codes_its_rows_as_urine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "ORINA - TIRA REACTIVA",
        "Parámetro Resultado Unidad Valor de referencia",
        "Glucosa Negativo Negativo",
        "Nitritos Positivo Negativo",
    )
    assert {lab.loinc_code for lab in extraction.labs} == {"5792-7", "5802-4"}


def test_a_pause_before_an_operation_holds_the_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medikamente",
        "Eliquis 5 mg 1-0-1 (2 Tage vor OP stoppen)",
        "Clopidogrel 75 mg daily - stop 7 days before the procedure",
    )
    assert medicine_statuses(extraction) == {"apixaban (eliquis)": "held", "clopidogrel": "held"}


def test_a_dose_given_at_a_clock_time_is_no_current_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Actes infirmiers",
        "23h10 Kétoprofène 100 mg IV",
    )
    assert [(m.status, m.requires_review) for m in extraction.medications] == [("completed", True)]


def test_local_words_for_a_problem_that_is_over(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnózy",
        "• K85.9 Akútna pankreatitída \u2013 upravená",
        "• I10 Artériová hypertenzia",
    )
    facts = condition_facts(extraction)
    assert facts[fold("artériová hypertenzia")] == "present"
    assert facts[fold("akútna pankreatitída \u2013 upravená")] == "historical"


def test_medicines_under_an_unknown_title_after_a_problem_list(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnoosid",
        "• I10 Essentsiaalne hüpertensioon",
        "Praegune ravi",
        "Losartaan 50 mg 1 kord päevas",
    )
    assert medicine_statuses(extraction) == {"losartan": "active"}


def test_other_languages_spell_doxycycline_and_warfarin() -> None:
    assert drug_names.lookup("doksysyklin") is not None
    assert drug_names.lookup("hydroklortiazid") is not None
    assert drug_names.lookup("varfarina") is not None


def test_a_vital_label_inside_a_longer_word_is_no_label() -> None:
    # "bb" (Malay berat badan) inside the Hungarian "legalább"
    assert find_vitals("2 x 1 tabletta legalább 3 hónapig") == []


def test_central_european_vital_labels() -> None:
    found = find_vitals("Pri prepustení: TK 132/84 mmHg, teplota 37,1 °C, hmotnosť 64 kg")
    assert [(hit.kind, hit.value_text) for hit in found] == [
        ("blood_pressure", "132/84"),
        ("temperature", "37.1"),
        ("weight", "64"),
    ]
