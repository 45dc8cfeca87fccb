"""What extractor 2.17.0 reads that 2.16.0 did not.

Each example is written for its rule, none taken from a held-out set: lab headers and test
names in more languages (Serbian, Turkish, Azerbaijani, Albanian, Catalan), trend tables whose
header wraps, word results with a titre, urine tests named with their specimen, allergy
sentences outside an allergy list, and registries' vaccines that were not given.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.local_words import fold
from tests.extractors.conftest import Extract, gated, lab_keys, medicine_statuses


def test_a_cumulative_header_with_one_word_not_known(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Analiza Jedinica Ref. vrednosti 14.09.2024. 22.01.2025.",
        "Holesterol ukupni mmol/L < 5,2 6,1 H 5,0",
        "Kalijum mmol/L 3,5 \u2013 5,1 4,9 5,3 H",
    )
    labs = lab_keys(extraction)
    assert ("2093-3", 6.1, dt.date(2024, 9, 14)) in labs
    assert ("2823-3", 5.3, dt.date(2025, 1, 22)) in labs


def test_a_previous_result_column_in_azerbaijani(extract: Extract) -> None:
    extraction = gated(
        extract,
        "M\u00fcayin\u0259 N\u0259tic\u0259 Vahid Norma \u018fvv\u0259lki n\u0259tic\u0259",
        "14.02.2025",
        "Qlükoza 6,4 ↑ mmol/l 3,9 \u2013 6,1 7,0 ↑",
    )
    assert ("2345-7", 7.0, dt.date(2025, 2, 14)) in lab_keys(extraction)


def test_a_trend_table_whose_header_wraps_over_lines(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Collected Lithium Sodium TSH (mIU/L)",
        "(mmol/L) 135-145 0.50-4.00",
        "0.6-1.2 (mmol/L)",
        "03/02/2025 0.9 139 2.2",
        "17/03/2025 1.4 H 133 L 4.9 H",
    )
    labs = lab_keys(extraction)
    assert ("14334-7", 1.4, dt.date(2025, 3, 17)) in labs
    assert ("2951-2", 133.0, dt.date(2025, 3, 17)) in labs
    assert {lab.unit for lab in extraction.labs if lab.loinc_code == "14334-7"} == {"mmol/L"}


def test_serology_in_portuguese_with_a_titre(extract: Extract) -> None:
    extraction = gated(
        extract,
        "SEROLOGIA",
        "Análise Resultado Referência",
        "VIH 1/2 Não reativo Não reativo",
        "AgHBs Reativo Não reativo",
        "Sífilis (RPR) Reativo 1:16 Não reativo",
    )
    results = {lab.loinc_code: lab.value_text for lab in extraction.labs}
    assert results == {"31201-7": "Não reativo", "5196-1": "Reativo", "20507-0": "Reativo 1:16"}


def test_urine_tests_named_with_their_specimen(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Análise Resultado Referência",
        "Proteínas na urina Negativo Negativo",
        "Glucosa en orina Positivo Negativo",
    )
    assert {lab.loinc_code for lab in extraction.labs} == {"2888-6", "5792-7"}


def test_a_french_dipstick_block_is_urine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "URINES - BANDELETTE ET CYTOLOGIE",
        "Analyse Résultat Unités Valeurs de référence",
        "Nitrites Positif Négatif",
        "Protéines Négatif Négatif",
    )
    assert {lab.loinc_code for lab in extraction.labs} == {"5802-4", "2888-6"}


def test_an_allergy_sentence_in_a_history_and_two_allergens_joined(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antecedentes personales",
        "Alergia a cefalexina (exantema) y a kiwi (prurito oral). Exfumador.",
        "Hipertensión arterial.",
    )
    confirmed = {fold(a.substance.lower()) for a in extraction.allergies if not a.requires_review}
    assert confirmed == {"cefalexina", "kiwi"}
    assert not [c for c in extraction.conditions if "exantema" in c.name.lower()]


def test_a_catalan_allergy_and_a_registry_s_vaccines_not_given(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Al\u00b7lèrgies",
        "Al\u00b7lèrgia a la penicil\u00b7lina (urticària).",
        "Vacunes administrades",
        "Vacuna Nom comercial Lot Data",
        "Grip Vaxigrip Tetra K2210 21/10/2024",
        "Vacunes no administrades",
        "Vacuna Estat Data registre",
        "Hepatitis B Rebutjada 12/04/2023",
        "Pneumocòccica No indicada 12/04/2023",
    )
    given = {
        (v.cvx_code, v.administered_on) for v in extraction.immunizations if v.status == "given"
    }
    assert given == {("88", dt.date(2024, 10, 21))}
    assert [a.assertion for a in extraction.allergies] == ["present"]


def test_an_albanian_letter(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnozat",
        "• Hipertension arterial, I10",
        "Terapia aktuale",
        "Bisoprolol 5 mg 1 x 1",
        "Ramipril 5 mg 1 x 1 ndërprerë \u2013 kollë",
        "Alergjitë",
        "Aspirinë (urtikarie).",
        "Statusi",
        "TA 138/84 mmHg, pulsi 72/min, pesha 80 kg, gjatësia 175 cm.",
        "Anamneza familjare: babai me diabet tip 2.",
    )
    statuses = medicine_statuses(extraction)
    assert statuses.get("bisoprolol") == "active"
    assert statuses.get("ramipril") == "stopped"
    assert {v.kind for v in extraction.vitals} == {
        "blood_pressure",
        "heart_rate",
        "weight",
        "height",
    }
    assert all(c.assertion == "family" for c in extraction.conditions if c.icd10_code != "I10")


def test_a_montenegrin_medicine_to_stop_and_a_brother_s_infarction(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Porodična anamneza",
        "Brat: infarkt miokarda u 52. godini.",
        "Terapija",
        "Atorvastatin 20 mg uveče",
        "Klopidogrel 75 mg — OBUSTAVITI",
    )
    assert medicine_statuses(extraction) == {"atorvastatin": "active", "klopidogrel": "stopped"}
    assert [c.assertion for c in extraction.conditions] == ["family"]


def test_a_spanish_temperature_abbreviation(extract: Extract) -> None:
    extraction = gated(extract, "Constantes al alta: TA 122/70 mmHg, T.ª 37,2 °C.")
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} >= {("temperature", 37.2)}


def test_a_portuguese_cumulative_header_and_a_diagnosis_with_do(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Análise Unidade Referência Entrada 18/09/2025 Alta 23/09/2025",
        "Creatinina mg/dL 0,7 \u2013 1,2 1,6 ↑ 1,0",
        "Diagnósticos",
        "• Celulite do membro superior direito (L03.113)",
    )
    assert ("2160-0", 1.6, dt.date(2025, 9, 18)) in lab_keys(extraction)
    assert [c.icd10_code for c in extraction.conditions] == ["L03.113"]


def test_cap_before_a_number_or_a_place_is_no_pneumonia(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Transient elastography: stiffness 11.2 kPa, CAP 301 dB/m, consistent with steatosis.",
        "Seen at CAP Reus 2 for her annual review.",
        "Assessment",
        "CAP, improving on oral antibiotics.",
    )
    assert [c.icd10_code for c in extraction.conditions] == ["J18.9"]


def test_a_vaccine_sentence_does_not_lend_its_date_to_the_next(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Immunizations: influenza vaccine 10/21/2024. No record of hepatitis B vaccination -"
        " please vaccinate if non-immune.",
    )
    assert [(v.cvx_code, v.status) for v in extraction.immunizations] == [("88", "given")]
