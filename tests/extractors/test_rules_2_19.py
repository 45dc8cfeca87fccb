"""What extractor 2.19.0 reads that 2.18.0 did not.

Each example is written for its rule, none taken from a held-out set: trend tables whose
unit line the reader glued, Afrikaans, Romanian, Swahili, Danish, Swedish, Polish and
Indonesian words, forms in other languages (their titles, yes/no headers and category
labels), labelled vaccine fields side by side, lists that run on after a comma, and steps
tied to a condition.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.extractors.offline.local_words import fold
from tests.extractors.conftest import (
    Extract,
    condition_facts,
    gated,
    gated_page,
    lab_keys,
    make_cells_page,
    medicine_statuses,
)


def test_a_trend_table_whose_unit_line_was_glued(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Collected Creat eGFR K",
        "umol/L mL/min/1.73m2mmol/L",
        "(60-110) (>60) (3.5-5.2)",
        "21/02/2025 141 H 48 L 5.8H",
    )
    assert lab_keys(extraction) == {
        ("2160-0", 141.0, dt.date(2025, 2, 21)),
        (None, 48.0, dt.date(2025, 2, 21)),
        ("2823-3", 5.8, dt.date(2025, 2, 21)),
    }
    assert {lab.unit for lab in extraction.labs} == {"umol/L", "mL/min/1.73m2", "mmol/L"}


def test_a_german_form_medicines_and_its_allergy_rows(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergien",
        "Medikamentenallergie Cefuroxim \u2013 Quaddeln",
        "Jod / Röntgenkontrastmittel Atemnot 2019",
        "Regelmäßig eingenommene Medikamente",
        "1. Ramipril 5 mg 1-0-0",
    )
    allergies = {(a.substance, a.reaction) for a in extraction.allergies}
    assert ("Cefuroxim", "Quaddeln") in allergies
    assert ("Jod / Röntgenkontrastmittel", "Atemnot") in allergies
    assert medicine_statuses(extraction) == {"ramipril": "active"}


def test_a_romanian_discharge_letter(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antecedente: diabet zaharat tip 2. Mama a decedat de cancer de sân.",
        "Tratament recomandat la externare",
        "Medicament Doză Administrare Observații",
        "Bisoprolol 5 mg 1-0-0 nou",
        "Glibenclamid 5 mg — se oprește (hipoglicemii)",
    )
    assert medicine_statuses(extraction) == {"bisoprolol": "active", "glibenclamid": "stopped"}
    assert all("cancer" not in name for name in condition_facts(extraction))


def test_an_afrikaans_referral(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Huidige medikasie",
        "Amlodipien 5 mg 1x daagliks",
        "Simvastatien 20 mg saans",
        "Diklofenak 50 mg 2x daagliks gestaak op 2025/01/10",
        "Allergieë",
        "Kodeïen \u2013 braking.",
        "Ondersoek en bloedtoetse",
        "BD 150/90 mmHg, temperatuur 37,2 °C, gewig 70 kg. vry T4 22,4 pmol/L.",
        "Familiegeskiedenis: broer oorlede aan 'n hartaanval op 60.",
    )
    meds = medicine_statuses(extraction)
    assert meds["amlodipien"] == "active"
    assert meds["simvastatien"] == "active"
    assert [(a.substance, a.requires_review) for a in extraction.allergies] == [("Kodeïen", False)]
    assert {v.kind for v in extraction.vitals} >= {"temperature", "weight"}
    assert ("3024-7", 22.4, None) in lab_keys(extraction)
    assert not condition_facts(extraction)


def test_swahili_results(extract: Extract) -> None:
    extraction = gated(
        extract,
        "VIPIMO VYA DAMU",
        "Kipimo Matokeo Kizio Kiwango cha kawaida",
        "HBsAg Chanya Hasi",
        "Sukari ya damu 6.1 mmol/L 3.9 \u2013 7.8",
        "Protini kwenye mkojo Hasi Hasi",
    )
    results = {lab.loinc_code: lab.value_text for lab in extraction.labs}
    assert results["5196-1"] == "Chanya"
    assert results["2345-7"] == "6.1"
    assert results["2888-6"] == "Hasi"


def test_danish_counts_read_from_cells(extractor: OfflineClinicalExtractor) -> None:
    dates = [("12.03.2025", 0.6, 0.68), ("19.02.2025", 0.75, 0.83)]
    leukocytes = [("B-Leukocytter", 0.08, 0.2), ("\u00d710\u2079/L", 0.3, 0.36)]
    osmolality = [("P-Osmolalitet", 0.08, 0.2), ("mosmol/kg", 0.3, 0.37)]
    rows = [
        [("Analyse", 0.08, 0.2), ("Enhed", 0.3, 0.36), ("Ref.-interval", 0.4, 0.5), *dates],
        [*leukocytes, ("3,5 \u2013 8,8", 0.4, 0.48), ("9,9 H", 0.6, 0.64), ("7,2", 0.75, 0.78)],
        [*osmolality, ("280 \u2013 295", 0.4, 0.48), ("271 L", 0.6, 0.64), ("284", 0.75, 0.78)],
    ]
    page = make_cells_page(rows)
    extraction = gated_page(extractor, page)
    assert lab_keys(extraction) == {
        ("6690-2", 9.9, dt.date(2025, 3, 12)),
        ("6690-2", 7.2, dt.date(2025, 2, 19)),
        ("2692-2", 271.0, dt.date(2025, 3, 12)),
        ("2692-2", 284.0, dt.date(2025, 2, 19)),
    }


def test_polish_and_italian_test_names(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Esami",
        "AspAT 29 U/l < 40",
        "Potas 3,9 mmol/l 3,5 \u2013 5,1",
        "Glicemia a digiuno 131 mg/dL 70 \u2013 100 H",
        "Albuminuria/creatininuria 62 mg/g < 30 H",
    )
    codes = {lab.loinc_code for lab in extraction.labs if not lab.requires_review}
    assert codes == {"1920-8", "2823-3", "2345-7", "9318-7"}


def test_conditions_named_in_other_languages(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnosi",
        "• Steatosi epatica",
        "• Retinopatia diabetica proliferante",
        "• Pielonefritis aguda",
    )
    codes = {c.icd10_code for c in extraction.conditions if not c.requires_review}
    assert codes == {"K76.0", "E11.319", "N10"}


def test_an_indonesian_immunisation_book(extract: Extract) -> None:
    extraction = gated(
        extract,
        "CATATAN PEMBERIAN IMUNISASI ANAK",
        "Jenis vaksin Tanggal diberikan No. batch",
        "DPT-HB-Hib 2 18-09-2024 PT1102",
        "Polio tetes 3 18-09-2024 OP4410",
        "Campak-Rubela (MR) 1 20-03-2025 MR0931",
    )
    given = {(i.cvx_code, i.administered_on) for i in extraction.immunizations}
    assert given == {
        ("102", dt.date(2024, 9, 18)),
        ("02", dt.date(2024, 9, 18)),
        ("04", dt.date(2025, 3, 20)),
    }
    assert any(i.vaccine.startswith("DPT-HB-Hib") for i in extraction.immunizations)


def test_a_questionnaires_titles_and_labelled_vaccine_fields(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies - medicines, foods, other (and what happens)",
        "1. Trimethoprim - rash",
        "Vaccinations - date of last dose if known",
        "Flu jab: 02/10/2024 (pharmacy) Tetanus booster: 14/07/2016",
    )
    assert [a.substance for a in extraction.allergies] == ["Trimethoprim"]
    assert {(i.cvx_code, i.administered_on) for i in extraction.immunizations} == {
        ("88", dt.date(2024, 10, 2)),
        ("139", dt.date(2016, 7, 14)),
    }


def test_a_dutch_pharmacy_overview_of_intolerances(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Overgevoeligheden, intoleranties en contra-indicaties",
        "Soort Omschrijving Reactie Geregistreerd",
        "Overgevoeligheid Amoxicilline jeuk 04-05-2016",
        "Intolerantie Tramadol misselijkheid 11-11-2021",
    )
    assert {(a.substance, a.reaction) for a in extraction.allergies} == {
        ("Amoxicilline", "jeuk"),
        ("Tramadol", "misselijkheid"),
    }


def test_a_one_line_list_that_runs_on_after_a_comma(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Alergias",
        "Penicilina (exantema)",
        "Medicación habitual: Losartán 50 mg c/12 h, Metformina 850 mg c/12 h,",
        "Atorvastatina 20 mg por la noche",
    )
    assert set(medicine_statuses(extraction)) == {"losartan", "metformina", "atorvastatina"}
    assert [a.substance for a in extraction.allergies] == ["Penicilina"]


def test_a_yes_no_form_in_another_language_is_for_review(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antecedentes",
        "Sí No Detalle",
        "Diabetes tipo 2",
        "EPOC / Asma",
    )
    assert not condition_facts(extraction)
    assert {c.review_reason for c in extraction.conditions if c.icd10_code} == {"unclear_checkbox"}


def test_swedish_words(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Lungemboli uteslöts (DT-angiografi normal).",
        "Läkemedel vid utskrivning",
        "Levaxin (levotyroxin) tablett 50 mikrog 1 tablett på morgonen",
        "Trombyl tablett 75 mg — utsatt",
    )
    assert not condition_facts(extraction)
    doses = {fold(m.name.lower()): (m.dose, m.unit, m.status) for m in extraction.medications}
    assert doses["levothyroxine (levaxin)"][:2] == ("50", "mcg")
    assert [status for name, (_d, _u, status) in doses.items() if "trombyl" in name] == ["stopped"]


def test_a_step_tied_to_a_condition_and_a_mexican_prescription(extract: Extract) -> None:
    extraction = gated(
        extract,
        "T/A: 146/92 FC: 80",
        "Glucosa capilar: 171 mg/dL.",
        "Si la T/A sigue alta agregar hidroclorotiazida 12.5 mg",
    )
    assert not extraction.medications or all(m.status != "active" for m in extraction.medications)
    assert ("2345-7", 171.0, None) in lab_keys(extraction)
    assert ("blood_pressure", 146.0) in {(v.kind, v.value_numeric) for v in extraction.vitals}
