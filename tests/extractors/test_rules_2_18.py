"""What extractor 2.18.0 reads that 2.17.0 did not.

Each example is written for its rule, none taken from a held-out set: trend tables whose
units and ranges stand on lines of their own, a previous-result column beside a one-sided
reference, thousands printed with a space or a point, an Italian urine sediment, local
names (eGFR, D-dimer, neutrophils, pulmonary embolism, Indonesian words), answers and
remissions in other languages, wrapped allergy sentences, and a few precision fixes.
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


def test_a_trend_table_with_units_and_ranges_on_lines_of_their_own(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Date Hb Plt ALT Creat",
        "g/L x10^9/L U/L umol/L",
        "(120-160) (150-400) (<40) (60-110)",
        "23/02/2025 131 262 31 88",
        "18/03/2025 118 L 141 L 56 H 92",
    )
    labs = lab_keys(extraction)
    assert ("1742-6", 56.0, dt.date(2025, 3, 18)) in labs
    assert ("777-3", 141.0, dt.date(2025, 3, 18)) in labs
    alt = next(lab for lab in extraction.labs if lab.value_numeric == 56.0)
    assert (alt.unit, alt.reference_high, alt.flag) == ("U/L", 40.0, "high")


def test_a_previous_result_beside_a_one_sided_reference(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Parameter Ergebnis Einheit Referenz Vorwert",
        "23.06.2025 14.02.2025",
        "Triglyceride 142 mg/dl < 150 231 +",
    )
    assert lab_keys(extraction) >= {
        ("2571-8", 142.0, dt.date(2025, 6, 23)),
        ("2571-8", 231.0, dt.date(2025, 2, 14)),
    }
    assert all(lab.reference_text == "<150" for lab in extraction.labs)


def test_cells_a_bound_between_date_columns_and_signs_and_arrows(
    extractor: OfflineClinicalExtractor,
) -> None:
    header = [("Parameter", 0.08, 0.2), ("Ergebnis", 0.34, 0.42), ("Einheit", 0.48, 0.52)]
    acid = [("Harnsäure", 0.08, 0.16), ("7,1 +", 0.34, 0.38), ("mg/dl", 0.48, 0.52)]
    sodium = [("Natrium", 0.08, 0.16), ("133 \u2193", 0.34, 0.38), ("mmol/l", 0.48, 0.52)]
    rows = [
        [*header, ("Referenz", 0.6, 0.7), ("Vorwert", 0.77, 0.85)],
        [("15.05.2025", 0.34, 0.42), ("20.01.2025", 0.77, 0.85)],
        [*acid, ("< 6,0", 0.62, 0.66), ("6,4 +", 0.77, 0.81)],
        [*sodium, ("135 \u2013 145", 0.62, 0.68), ("138", 0.77, 0.8)],
    ]
    page = make_cells_page(rows)
    extraction = gated_page(extractor, page)
    assert lab_keys(extraction) == {
        ("3084-1", 7.1, dt.date(2025, 5, 15)),
        ("3084-1", 6.4, dt.date(2025, 1, 20)),
        ("2951-2", 133.0, dt.date(2025, 5, 15)),
        ("2951-2", 138.0, dt.date(2025, 1, 20)),
    }


def test_thousands_printed_with_a_space(extract: Extract) -> None:
    extraction = gated(
        extract,
        "HÉMATOLOGIE",
        "Analyse Résultat Unité Valeurs usuelles",
        "Leucocytes 11 200 /mm³ 4 000 \u2013 10 000 \u2191",
        "D-dimères 1 240 H ng/mL < 500",
        "Ferritin 120 118 ng/mL",
    )
    values = {lab.test_name: lab.value_numeric for lab in extraction.labs}
    assert values["Leucocytes"] == 11200.0
    assert values["D-dimères"] == 1240.0
    assert values["Ferritin"] == 120.0  # a result and a previous one, not 120118
    leucocytes = next(lab for lab in extraction.labs if lab.test_name == "Leucocytes")
    assert (leucocytes.reference_low, leucocytes.reference_high) == (4000.0, 10000.0)


def test_a_point_before_three_digits_is_thousands_when_the_flag_says_so(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Esami",
        "NT-proBNP 1.870 pg/mL < 300 H",
        "Bilirubina totale 1.200 mg/dL 0,3 - 1,2",
    )
    values = {lab.loinc_code: lab.value_numeric for lab in extraction.labs}
    assert values["33762-6"] == 1870.0
    assert values["1975-2"] == 1.2  # no flag: the decimal read stands


def test_an_italian_urine_sediment(extract: Extract) -> None:
    extraction = gated(
        extract,
        "ESAME CHIMICO-FISICO DELLE URINE",
        "Esame Risultato Unità Valori di riferimento",
        "Peso specifico 1018 1010-1030",
        "Esterasi leucocitaria ++ assente",
        "Nitriti negativi negativi",
        "SEDIMENTO URINARIO",
        "Emazie 8-10 /campo 0-3",
    )
    results = {lab.loinc_code: lab.value_text for lab in extraction.labs}
    assert results["5799-2"] == "++"
    assert results["5802-4"] == "negativi"
    assert results["13945-1"] == "8-10"
    assert {lab.loinc_code: lab.value_numeric for lab in extraction.labs}["5811-5"] == 1.018


def test_local_names_of_egfr_d_dimer_and_neutrophils(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Analítica",
        "Filtrado glomerular estimado 52 mL/min/1,73m² > 60",
        "Dímero D 0,9 mg/L < 0,5",
        "Neutrofili 6,8 10^3/μL 2,0 - 7,0",
    )
    by_name = {lab.test_name: lab for lab in extraction.labs}
    assert not by_name["Filtrado glomerular estimado"].requires_review
    assert by_name["Dímero D"].loinc_code == "48065-7"
    assert by_name["Neutrofili"].loinc_code == "751-8"  # a count, by its unit


def test_a_diagnosis_label_in_a_lab_reports_header_names_no_condition(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Servizo: Centro de Saúde Norte Diagnóstico: E11.9, I10",
        "Diagnosis: Type 2 diabetes E11.9",
    )
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [("Type 2 diabetes", "E11.9")]


def test_conditions_in_other_languages_answers_and_remissions(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Juicio clínico",
        "• Embolia pulmonar segmentaria sin repercusión hemodinámica",
        "Antécédents",
        "• Diabète de type 2",
        "• Fibrillation auriculaire : non",
        "• Lymphome de Hodgkin 2010 en rémission",
        "• érysipèle du bras gauche",
    )
    facts = condition_facts(extraction)
    assert facts["embolia pulmonar segmentaria sin repercusion hemodinamica"] == "present"
    assert "fibrillation auriculaire : non" not in facts or (
        facts["fibrillation auriculaire : non"] == "negated"
    )
    assert facts["erysipele du bras gauche"] == "present"
    hodgkin = [c for c in extraction.conditions if "Hodgkin" in c.name]
    assert all(c.assertion != "present" for c in hodgkin)


def test_a_history_sentence_after_a_known_condition_and_a_denied_one(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antecedentes",
        "APP: Gota desde 2015. Niega asma bronquial. Colecistectomía a los 40 años.",
        "HIV, diagnosed 2012, on ART. Viral load undetectable since 2019 on repeat testing",
    )
    facts = condition_facts(extraction)
    assert facts.get("asma bronquial") in (None, "negated")
    assert "hiv" in facts


def test_an_allergy_sentence_wrapped_after_its_lead(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antecedentes: dislipemia, gonartrosis. Alergia a",
        "penicilina (exantema). Madre con diabetes.",
    )
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [("penicilina", "exantema")]


def test_vitals_a_discharge_date_a_riva_rocci_pressure_and_a_line_after_a_table(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Ingreso: 02/02/2025",
        "Alta: 11/02/2025",
        "Examen Entrée 02/02/2025 Sortie 10/02/2025 Unité Normes",
        "Créatinine 98 81 µmol/L 45 \u2013 90",
        "Constantes : RR 141/83 mmHg, pols 66/min, poids 74 kg.",
    )
    vitals = {(v.kind, v.value_numeric, v.value_secondary) for v in extraction.vitals}
    assert vitals == {
        ("blood_pressure", 141.0, 83.0),
        ("heart_rate", 66.0, None),
        ("weight", 74.0, None),
    }


def test_vaccines_written_with_local_words(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vaccin DTP fait le 03/03/2025 en consultation.",
        "CALENDRIER VACCINAL",
        "Vaccin Date Dose",
        "VPO 2 12/04/2024 2e dose",
    )
    given = {(i.vaccine, i.cvx_code) for i in extraction.immunizations if i.status == "given"}
    assert ("Vaccin DTP", "107") in given
    assert any(code == "02" for _name, code in given)


def test_a_drug_without_strength_beside_one_with_and_local_as_needed(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medications: Pantoprazole 40 mg daily, Salbutamol inhaler as needed",
        "Traitement habituel : Budésonide spray si besoin",
    )
    rows = {(m.name, m.dose, m.frequency) for m in extraction.medications}
    assert ("Pantoprazole", "40", "once daily") in rows
    assert ("Salbutamol", None, "as needed") in rows
    assert any(name.startswith("Bud") and freq == "as needed" for name, _d, freq in rows)


def test_indonesian_words(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnosa: Hipertensi, DM tipe 2",
        "Alergi: Amoksisilin (ruam)",
        "BB: 64kg GDS 188 mg/dL",
    )
    assert {c.icd10_code for c in extraction.conditions if not c.requires_review} == {
        "I10",
        "E11.9",
    }
    assert [(a.substance, a.requires_review) for a in extraction.allergies] == [
        ("Amoksisilin", False)
    ]
    assert ("2345-7", 188.0, None) in lab_keys(extraction)
    assert [(v.kind, v.value_numeric) for v in extraction.vitals] == [("weight", 64.0)]


def test_a_letters_sign_off_ends_its_allergy_list(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergieën",
        "Penicilline: huiduitslag.",
        "Met vriendelijke groet,",
        "Dr. A. de Vries",
    )
    assert [a.substance for a in extraction.allergies] == ["Penicilline"]
