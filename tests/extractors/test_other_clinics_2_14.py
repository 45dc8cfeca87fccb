"""Layouts and wordings that extractor 2.14.0 reads.

Each example is written for its rule, none taken from a held-out set: a report that prints
each test in the local language and in English, and a cumulative table headed in the
local language.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.extractor import OfflineClinicalExtractor
from tests.extractors.conftest import GATE, Extract, gated, make_cells_page


def test_bilingual_test_names_are_coded_by_either_name(extract: Extract) -> None:
    extraction = gated(
        extract,
        "LABORATORIO CLINICO",
        "Examen / Test Resultado Unidad Valor de referencia",
        "Hemoglobina glicosilada / Glycated haemoglobin 6.8 [H] % 4.0 - 5.6",
        "Kalium / Potassium 4.1 mmol/L 3.5 - 5.1",
        "Urée (urea) 6.2 mmol/L 2.5 - 7.5",
        "Colesterol LDL (calculado) / LDL 3.9 [H] mmol/L < 3.0",
    )
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("4548-4", "6.8"),
        ("2823-3", "4.1"),
        ("22664-7", "6.2"),
        ("13457-7", "3.9"),
    }
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_cumulative_table_headed_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "KUMULATIVBEFUND",
        "Untersuchung Einheit Referenzbereich 03.02.2025 14.04.2025",
        "Natrium / Sodium mmol/L 135 - 145 139 141",
    )
    assert {(lab.value_text, lab.observed_on) for lab in extraction.labs} == {
        ("139", dt.date(2025, 2, 3)),
        ("141", dt.date(2025, 4, 14)),
    }


def test_a_numbered_table_with_an_abbreviation_column_and_arrow_flags(extract: Extract) -> None:
    extraction = gated(
        extract,
        "LABORATORY REPORT",
        "No. Test Abbr. Result Unit Reference interval",
        "1 Aspartate aminotransferase AST 61 ↑ U/L 15 - 40",
        "2 Creatinine (enzymatic) CREA 49 ↓ µmol/L 57 - 111",
    )
    assert {(lab.loinc_code, lab.value_text, lab.flag) for lab in extraction.labs} == {
        ("1920-8", "61", "high"),
        ("2160-0", "49", "low"),
    }


def test_a_lipid_trend_of_abbreviations_with_arrow_flags(extract: Extract) -> None:
    extraction = gated(
        extract,
        "TREND",
        "Date collected TC (mmol/L) HDL-C (mmol/L)",
        "2025-01-08 6.40 ↑ 0.92 ↓",
        "Reference interval < 5.20 > 1.00",
    )
    assert {(lab.loinc_code, lab.value_text, lab.flag) for lab in extraction.labs} == {
        ("2093-3", "6.40", "high"),
        ("2085-9", "0.92", "low"),
    }


def test_a_portal_prints_each_result_as_a_card_of_lines(extract: Extract) -> None:
    extraction = gated(
        extract,
        "My Results",
        "Potassium",
        "Collected Mar 3, 2025",
        "5.6 mmol/L",
        "High",
        "Normal range: 3.5 - 5.1 mmol/L",
        "Previous: 4.9 mmol/L on Nov 20, 2024",
        "TSH",
        "Mar 3, 2025",
        "2.10 mIU/L",
        "Standard range: 0.40 - 4.50 mIU/L",
        "Ferritin",
        "Collected Mar 3, 2025",
        "Pending",
    )
    assert {
        (lab.loinc_code, lab.value_text, lab.flag, lab.observed_on) for lab in extraction.labs
    } == {
        ("2823-3", "5.6", "high", dt.date(2025, 3, 3)),
        ("2823-3", "4.9", None, dt.date(2024, 11, 20)),
        ("3016-3", "2.10", "normal", dt.date(2025, 3, 3)),
    }


def test_a_cell_count_that_groups_its_thousands_with_a_point(extract: Extract) -> None:
    extraction = gated(
        extract,
        "HEMOGRAMA",
        "Examen Resultado Unidad Valor de referencia",
        "Leucocitos / White blood cells 12.400 /mm³ 4.500 - 11.000",
        "Plaquetas / Platelets 310.000 /µL 150000 - 450000",
    )
    assert {
        (lab.loinc_code, lab.value_numeric, lab.reference_high, lab.flag) for lab in extraction.labs
    } == {("6690-2", 12400.0, 11000.0, "high"), ("777-3", 310000.0, 450000.0, "normal")}


def test_word_results_in_the_local_language_under_a_local_header(extract: Extract) -> None:
    extraction = gated(
        extract,
        "SOROLOGIA",
        "Exame Resultado Unidade Valor de referência",
        "HBsAg Não reagente",
        "VDRL Reagente",
        "Anti-HCV Négatif / Negative",
    )
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("5196-1", "Não reagente"),
        ("5292-8", "Reagente"),
        ("16128-1", "Negative"),
    }
    assert not any(lab.requires_review for lab in extraction.labs)


def test_relatives_under_a_family_heading_with_a_note_and_under_a_two_part_title(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Family history (first-degree relatives):",
        "Mother: hypertension. Brother: asthma",
        "Social history / Family history",
        "Father Chronic kidney disease",
    )
    assert extraction.conditions
    assert {c.assertion for c in extraction.conditions} == {"family"}


def test_a_recovery_a_suggestion_and_a_removed_allergy_label_are_not_current(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "History",
        "She had glandular fever in 2010 with full recovery. The ECG findings suggest pericarditis.",
        "Hypothyroidism, on levothyroxine.",
        "Allergies",
        "Sulfonamide allergy - de-labelled after an oral challenge",
        "Latex - contact dermatitis",
    )
    current = {c.name.lower() for c in extraction.conditions if c.assertion == "present"}
    assert current == {"hypothyroidism"}
    present = {a.substance.lower() for a in extraction.allergies if a.assertion == "present"}
    assert present == {"latex"}


def test_a_bilingual_hospital_course_heading_and_next_doses_due(extract: Extract) -> None:
    extraction = gated(
        extract,
        "EVOLUCIÓN / HOSPITAL COURSE",
        "Treated with piperacillin-tazobactam 4.5 g IV every 8 h for 5 days.",
        "Próximas dosis / Next doses due",
        "Hepatitis B dose 3: 14/09/2025",
    )
    assert [m.status for m in extraction.medications] == ["completed"]
    assert not [i for i in extraction.immunizations if i.status == "given"]


def test_a_date_under_a_cards_next_dose_column_is_due_not_given(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows = [
        [
            ("Vacuna", 0.05, 0.14),
            ("Edad", 0.30, 0.37),
            ("Dosis", 0.40, 0.44),
            ("Fecha", 0.46, 0.53),
            ("Lote", 0.56, 0.62),
            ("Próxima dosis", 0.72, 0.90),
        ],
        [
            ("Hepatitis B", 0.05, 0.14),
            ("Recién nacido", 0.30, 0.37),
            ("1ª", 0.40, 0.42),
            ("14/05/25", 0.46, 0.52),
            ("HB1187", 0.56, 0.61),
            ("14/07/25", 0.72, 0.78),
        ],
        [
            ("Hepatitis B", 0.05, 0.14),
            ("2 meses", 0.30, 0.36),
            ("2ª", 0.40, 0.42),
            ("14/07/25", 0.46, 0.52),
            ("HB1204", 0.56, 0.61),
        ],
        [
            ("Rotavirus", 0.05, 0.13),
            ("4 meses", 0.30, 0.36),
            ("2ª", 0.40, 0.42),
            ("14/09/25", 0.72, 0.78),
        ],
    ]
    pages = [make_cells_page(rows)]
    extraction = GATE(extractor.extract_clinical(pages, extractor.find_entities(pages)))
    given = {
        (i.vaccine, i.dose_number, i.administered_on)
        for i in extraction.immunizations
        if i.status == "given"
    }
    assert given == {
        ("Hepatitis B", 1, dt.date(2025, 5, 14)),
        ("Hepatitis B", 2, dt.date(2025, 7, 14)),
    }


def test_a_portal_card_read_as_two_lines(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Lab Results",
        "Sodium Feb 11, 2025",
        "131 mmol/L Low Normal range: 135 - 145 mmol/L Previous: 134 mmol/L (Low) on Oct 2, 2024",
        "Vitamin D Collected Feb 11, 2025",
        "Pending",
    )
    assert {
        (lab.loinc_code, lab.value_text, lab.flag, lab.observed_on) for lab in extraction.labs
    } == {
        ("2951-2", "131", "low", dt.date(2025, 2, 11)),
        ("2951-2", "134", "low", dt.date(2024, 10, 2)),
    }


def test_an_assessment_and_plan_heading_keeps_its_problems_current(extract: Extract) -> None:
    # (guards the two-language title rule: "Assessment / Plan" is no plan of a local title)
    extraction = gated(
        extract,
        "Assessment / Plan",
        "1. Gout - M10.9",
        "Start allopurinol 100 mg daily after the flare settles.",
    )
    assert [(c.name, c.assertion) for c in extraction.conditions] == [("Gout", "present")]


def test_a_results_row_of_a_test_named_like_a_drug_is_a_result(extract: Extract) -> None:
    extraction = gated(
        extract,
        "CHEMISTRY",
        "Test Result Flag Units Reference range",
        "Potasio / Potassium 3.1 L mEq/L 3.5 - 5.1",
        "Magnesio / Magnesium 0.61 L mmol/L 0.70 - 1.00",
    )
    assert not extraction.medications
    assert {(lab.loinc_code, lab.flag) for lab in extraction.labs} == {
        ("2823-3", "low"),
        ("19123-9", "low"),
    }


def test_vital_signs_with_spanish_and_french_abbreviations(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Examen físico: TA 142/88 mmHg · FC 91 lpm · FR 18 · T 37.4 °C · SatO2 95 %.",
    )
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 142.0),
        ("heart_rate", 91.0),
        ("respiratory_rate", 18.0),
        ("temperature", 37.4),
        ("oxygen_saturation", 95.0),
    }


def test_a_relative_who_developed_or_also_has_a_disease(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Past history: asthma. Her sister also has coeliac disease; a maternal aunt developed"
        " multiple sclerosis and",
        "was treated in Yerevan.",
    )
    assert {(c.name.lower(), c.assertion) for c in extraction.conditions} == {
        ("asthma", "present"),
        ("coeliac disease", "family"),
        ("multiple sclerosis", "family"),
    }


def test_a_bilingual_urinalysis_keeps_the_urine_codes(extract: Extract) -> None:
    extraction = gated(
        extract,
        "EXAME DE URINA / URINALYSIS",
        "Exame Resultado Unidade Valor de referência",
        "Glicose / Glucose Negativo / Negative Negativo",
        "Nitrito / Nitrite Positivo / Positive Negativo",
    )
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("5792-7", "Negative"),
        ("5802-4", "Positive"),
    }


def test_a_bilingual_vaccination_card_with_refused_and_unfilled_rows(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vacina / Vaccine Idade / Age Dose Data / Date Lote / Lot Vacinador/a Observações",
        "Hepatite B / Hepatitis B Ao nascer 1ª 17/03/25 HB7731 R.S.",
        "Gripe / Influenza ≥ 6 meses 1ª não aplicada - mãe recusou",
        "Febre amarela / Yellow fever 9 meses 1ª",
    )
    assert {(i.vaccine, i.status) for i in extraction.immunizations} == {
        ("Hepatite B / Hepatitis B", "given"),
        ("Gripe / Influenza", "refused"),
        ("Febre amarela / Yellow fever", "due"),
    }
    assert not extraction.conditions


def test_month_names_of_a_day_first_language_decide_an_ambiguous_date(extract: Extract) -> None:
    extraction = gated(
        extract,
        "CERTIFICATO VACCINALE",
        "Vaccino Dose Data Lotto",
        "Td (tetano-difterite) 1ª 03/02/2025 TD4471",
        "Prossimo richiamo: febbraio 2035; antinfluenzale da ottobre 2025.",
    )
    assert [(i.administered_on, i.requires_review) for i in extraction.immunizations] == [
        (dt.date(2025, 2, 3), False)
    ]


def test_a_family_heading_with_a_note_and_its_list_on_one_line(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Family history (parents and siblings): Mother: hypothyroidism. Brother: epilepsy",
    )
    assert extraction.conditions
    assert {c.assertion for c in extraction.conditions} == {"family"}


def test_a_vital_signs_table_headed_in_two_languages(extract: Extract) -> None:
    extraction = gated(
        extract,
        "SINAIS VITAIS / VITAL SIGNS",
        "PA/BP FC/HR FR/RR T° SatO2 Peso / Weight HGT",
        "131/84 96 20 38.4 93 74.5 142",
    )
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 131.0),
        ("heart_rate", 96.0),
        ("respiratory_rate", 20.0),
        ("temperature", 38.4),
        ("oxygen_saturation", 93.0),
        ("weight", 74.5),
    }


def test_a_disease_tested_for_and_a_leaflet_title_are_not_diagnoses(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Progress",
        "Afebrile. Leptospirosis and hantavirus serology sent to the reference laboratory.",
        "Advice given on hand hygiene. Leaflets: 'Measles - protect your family', 'Scabies'.",
        "Impression",
        "1. Viral gastroenteritis",
    )
    assert [c.name for c in extraction.conditions if c.assertion == "present"] == [
        "Viral gastroenteritis"
    ]


def test_a_strength_written_with_the_greek_letter_mu(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Rx",
        "1) Budesonide nasal spray 64 \u03bcg",
        "2 sprays each nostril once daily",
    )
    assert [(m.dose, m.unit) for m in extraction.medications] == [("64", "mcg")]


def test_an_allergy_rows_status_between_dashes_and_a_bracketed_allergen(extract: Extract) -> None:
    extraction = gated(
        extract,
        "ALLERGIES",
        "Allergen Reaction Severity Status",
        "Wasp venom (yellow jacket) Anaphylaxis Severe Active",
        "Cefalexin Hives (2009) \u2013 Resolved \u2013 tolerated cefuroxime",
        "Egg (cooked) tolerated since 2015 - egg allergy outgrown.",
    )
    assert {(a.substance, a.assertion) for a in extraction.allergies} == {
        ("Wasp venom (yellow jacket)", "present"),
        ("Cefalexin", "historical"),
    }


def test_a_spanish_cumulative_table_headed_estudio(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Laboratorio",
        "Estudio (unidades) 21/03/2025 24/03/2025 Referencia",
        "Leucocitos / WBC (x10³/µL) 3.1 L 4.6 4.5 - 11.0",
    )
    assert {(lab.value_text, lab.observed_on) for lab in extraction.labs} == {
        ("3.1", dt.date(2025, 3, 21)),
        ("4.6", dt.date(2025, 3, 24)),
    }


def test_a_cumulative_rows_comment_column_is_no_value(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test Unit Reference 14.01.2025 16.04.2025 Comment",
        "eGFR (CKD-EPI) mL/min/1.73m2 > 60 58 L 61 CKD-EPI 2021",
    )
    assert {(lab.value_text, lab.observed_on) for lab in extraction.labs} == {
        ("58", dt.date(2025, 1, 14)),
        ("61", dt.date(2025, 4, 16)),
    }


def test_english_words_that_are_month_names_of_minor_languages_cast_no_vote() -> None:
    # "here" is October in Breton, "medi" September in Welsh, "mach" March in Nigerian
    # Pidgin: only languages official in some country vote.
    from adapters.extractors.offline.issuer_country import month_name_votes

    assert month_name_votes("Seen here today; BP medi-cated. Mach 2 flight.") == (0, 0)
    assert month_name_votes("Prossimo richiamo: febbraio 2035") == (1, 0)
