"""Documents in other languages that extractor 2.15.0 reads.

Each example is written for its rule, none taken from a held-out set: section titles and the
cues around a mention (stopped, held, given on the ward, negated, family, suspected) in the
languages of Europe and the Americas besides English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.extractors.offline.local_words import fold
from tests.extractors.conftest import Extract, gated


def _statuses(extract: Extract, *lines: str) -> dict[str, str]:
    extraction = gated(extract, *lines)
    return {fold(m.name.lower()): str(m.status) for m in extraction.medications}


def test_folding_keeps_every_offset() -> None:
    assert fold("ARRÊTÉ le 02/06") == "ARRETE le 02/06"
    assert len(fold("Žádné alergie, Łódź")) == len("Žádné alergie, Łódź")


@pytest.mark.parametrize(
    ("lines", "drug", "status"),
    [
        (
            ("Tratamiento habitual:", "Atenolol 50 mg cada 24 horas - SUSPENDIDO"),
            "atenolol",
            "stopped",
        ),
        (
            ("Traitement habituel :", "Amlodipine 5 mg 1/j, arrêtée en mars"),
            "amlodipine",
            "stopped",
        ),
        (("Dauermedikation:", "Simvastatin 20 mg 0-0-1 abgesetzt"), "simvastatin", "stopped"),
        (("Terapia domiciliare:", "Furosemide 25 mg 1 cp/die - sospeso"), "furosemide", "stopped"),
        (("Actuele medicatie:", "Naproxen 500 mg 2x daags gestopt"), "naproxen", "stopped"),
        (("Läkemedel:", "Omeprazol 20 mg 1x1 utsatt"), "omeprazol", "stopped"),
        (("Medicação em uso:", "Losartana 50 mg 1x ao dia - suspensa"), "losartana", "stopped"),
        (("Medicación habitual:", "Warfarina 5 mg según pauta EN PAUSA"), "warfarina", "held"),
        (("Medikation:", "Apixaban 5 mg 1-0-1 pausiert bis zur OP"), "apixaban", "held"),
    ],
)
def test_a_medicine_stopped_or_held_in_the_local_language(
    extract: Extract, lines: tuple[str, ...], drug: str, status: str
) -> None:
    assert _statuses(extract, *lines)[drug] == status


def test_a_sentence_that_stops_one_medicine_before_it(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Evolución clínica favorable; se suspende atenolol 50 mg por bradicardia.",
    )
    assert statuses["atenolol"] == "stopped"


def test_a_stopped_medicines_title_in_the_local_language(extract: Extract) -> None:
    for title in ("Abgesetzte Medikamente", "Médicaments arrêtés", "Gestopte medicatie"):
        statuses = _statuses(extract, title, "Bisoprolol 5 mg 1x daily")
        assert statuses["bisoprolol"] == "stopped", title


def test_a_dose_given_on_the_ward_is_not_a_medicine_to_go_home_on(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Tratamiento en urgencias:",
        "Ondansetrón 4 mg IV dosis única",
    )
    assert statuses["ondansetron"] == "completed"


def test_a_family_history_title_in_the_local_language(extract: Extract) -> None:
    extraction = gated(extract, "Antécédents familiaux", "Diabète de type 2 (père)", "Asthma")
    assert {c.assertion for c in extraction.conditions} <= {"family"}
    extraction = gated(extract, "Familienanamnese:", "Mutter: Asthma")
    assert [c.assertion for c in extraction.conditions] == ["family"]


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Antecedentes personales:", "Niega asma."),
        ("Vorerkrankungen:", "Keine Hypertonie bekannt."),
        ("Antécédents :", "Pas d'asthme connu."),
        ("Anamnesi patologica remota:", "Nessuna storia di asma."),
        ("Voorgeschiedenis:", "Geen astma."),
        ("Antecedentes pessoais:", "Sem asma."),
        ("Tidigare sjukdomar:", "Ingen hypertoni."),
    ],
)
def test_a_negated_condition_in_the_local_language(
    extract: Extract, heading: str, line: str
) -> None:
    conditions = gated(extract, heading, line).conditions
    assert conditions
    assert all(c.assertion == "negated" for c in conditions)


@pytest.mark.parametrize(
    "line",
    ["Sospecha de asthma.", "Verdacht auf Asthma.", "Sospetto asthma.", "Suspicion d'asthma."],
)
def test_a_suspected_condition_in_the_local_language(extract: Extract, line: str) -> None:
    # (as "Possible asthma.": a suspicion in prose writes no condition at all)
    assert not [c for c in gated(extract, line).conditions if c.assertion == "present"]


def test_english_words_that_look_like_cues_stay_english(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Past medical history:",
        "Non-insulin-dependent diabetes mellitus",
        "Hypertension, far better controlled since May",
    )
    assert {c.assertion for c in extraction.conditions} == {"present"}


def test_an_inn_spelled_the_way_another_language_spells_it(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medicamentos em uso:",
        "Losartana 50 mg 1x ao dia",
        "Levotiroxina 75 mcg em jejum",
        "Prednisolon 5 mg 1x daags",
    )
    names = {m.name: m.rxnorm_code for m in extraction.medications}
    assert names["Losartana"] == "52175"
    assert names["Levotiroxina"] == "10582"
    assert "Prednisolon" in names
    assert not any(m.requires_review for m in extraction.medications)


def test_lab_tests_printed_only_by_their_local_names(extract: Extract) -> None:
    extraction = gated(
        extract,
        "LABORATORIO CLÍNICO",
        "Examen Resultado Unidad Valor de referencia",
        "Hemoglobina 13,2 g/dL 12,0 - 16,0",
        "Potasio 4,3 mmol/L 3,5 - 5,1",
        "Ácido úrico 6,1 mg/dL 2,4 - 5,7",
        "Draslík 4,6 mmol/l 3,5 - 5,1",
        "Glükóz 5,9 mmol/l 3,9 - 6,1",
    )
    assert {(lab.loinc_code, lab.value_numeric) for lab in extraction.labs} == {
        ("718-7", 13.2),
        ("2823-3", 4.3),
        ("3084-1", 6.1),
        ("2823-3", 4.6),
        ("2345-7", 5.9),
    }
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_problem_list_in_the_local_language_is_coded(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnósticos:",
        "DM tipo 2",
        "Dislipidemia",
        "Antécédents :",
        "Goutte",
        "Diagnosi:",
        "Cardiopatia ischemica cronica",
    )
    assert {c.icd10_code for c in extraction.conditions} == {"E11.9", "E78.5", "M10.9", "I25.10"}
    assert not any(c.requires_review for c in extraction.conditions)


def test_allergens_named_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Alergias:",
        "Penicilina - edema de labios",
        "Allergie:",
        "Mezzi di contrasto iodati (orticaria)",
        "Allergien: Hausstaubmilbe (Rhinitis)",
    )
    assert len(extraction.allergies) == 3
    assert not any(a.requires_review for a in extraction.allergies)


def test_a_course_completed_in_the_local_language(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Medikation:",
        "Doxycyclin 100 mg 1-0-1, 03.02.-09.02.2025, abgeschlossen",
        "Tratamiento habitual:",
        "Amoxicilina 500 mg cada 8 horas - tratamiento completado",
    )
    assert statuses["doxycyclin"] == "completed"
    assert statuses["amoxicillin (amoxicilina)"] == "completed"


def test_a_diagnosis_qualified_as_a_question_after_its_name(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Impresión diagnóstica:",
        "1. Neumonía adquirida en la comunidad probable",
        "2. Gota a descartar",
        "3. Hipertensión arterial",
    )
    assert {
        (c.icd10_code, c.assertion) for c in extraction.conditions if c.assertion == "present"
    } == {("I10", "present")}


def test_vaccines_named_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "CARNET DE VACUNACIÓN",
        "Vacuna Dosis Fecha Lote",
        "Antiamarílica Única 14/05/2024 FA2290",
        "Triple viral 1ra 14/05/2024 TV0917",
        "Impfpass",
        "FSME-Immun 03.04.2025",
        "Gelbfieber 12.06.2024",
    )
    assert {i.cvx_code for i in extraction.immunizations} == {"37", "03", "77"}
    assert not any(i.requires_review for i in extraction.immunizations)


def test_a_previous_result_column_headed_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "ANALIZE DE LABORATOR",
        "Analiza Rezultat UM Interval de Rezultat anterior",
        "referință (23.09.2024)",
        "Glicemie 131 (H) mg/dl 70 - 100 122 (H)",
        "Creatinină serică 0,91 mg/dl 0,67 - 1,17 0,88",
    )
    assert {(lab.loinc_code, lab.value_numeric, lab.observed_on) for lab in extraction.labs} >= {
        ("2345-7", 122.0, dt.date(2024, 9, 23)),
        ("2160-0", 0.88, dt.date(2024, 9, 23)),
    }


def test_vital_signs_labelled_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Exploración física",
        "Presión arterial: 134/82 mmHg, Puls 76/min, Temperatura 36,9 °C",
        "Poids 71 kg, Taille 168 cm",
    )
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 134.0),
        ("heart_rate", 76.0),
        ("temperature", 36.9),
        ("weight", 71.0),
        ("height", 168.0),
    }


def test_a_urinalysis_headed_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "EXAMEN GENERAL DE ORINA",
        "Examen Resultado Valor de referencia",
        "Densidad 1,018 1,005 a 1,030",
        "Nitritos Positivo Negativo",
        "QUÍMICA SANGUÍNEA",
        "Glucosa 96 mg/dL 70 a 100",
    )
    assert {(lab.loinc_code, lab.value_numeric) for lab in extraction.labs} == {
        ("5811-5", 1.018),
        ("5802-4", None),
        ("2345-7", 96.0),
    }


def test_a_status_cell_wrapped_below_its_row(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Aktuelle Medikation",
        "Präparat Wirkstoff Stärke Dosierung",
        "Ramipril Mepha Ramipril 5 mg 1-0-0",
        "Doxycyclin Sandoz Doxycyclin 100 mg 1-0-1, 03.02.-09.02.2025,",
        "abgeschlossen",
        "Current medications",
        "Aspirin 75 mg daily",
        "Stopped",
        "Warfarin 5 mg daily",
    )
    assert statuses == {
        "ramipril": "active",
        "doxycyclin": "completed",
        "aspirin": "active",
        "warfarin": "stopped",
    }


def test_a_form_title_that_addresses_the_patient(extract: Extract) -> None:
    statuses = _statuses(extract, "Vos médicaments actuels", "1. Metformine 850 mg matin et soir")
    assert statuses == {"metformine": "active"}


def test_admission_and_discharge_columns_named_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Biologie",
        "Examen Entrée 14/01/2025 Sortie 21/01/2025 Unité Normes",
        "Créatinine 188 H 96 µmol/L 60 - 110",
    )
    assert {(lab.value_numeric, lab.observed_on) for lab in extraction.labs} == {
        (188.0, dt.date(2025, 1, 14)),
        (96.0, dt.date(2025, 1, 21)),
    }


def test_a_start_that_waits_for_an_approval(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Plan: commence dupilumab 300 mg SC every 2 weeks once funding approval is granted.",
        "Continue cetirizine 10 mg daily.",
    )
    assert [(m.name.lower(), m.status) for m in extraction.medications] == [
        ("cetirizine", "active")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Alergias: alérgico a la amoxicilina (exantema)",
        "Allergies : allergique à l'amoxicilline (urticaire)",
        "Allergien: allergisch gegen Amoxicillin (Exanthem)",
    ],
)
def test_allergic_to_in_the_local_language(extract: Extract, line: str) -> None:
    extraction = gated(extract, line)
    assert [fold(a.substance.lower())[:5] for a in extraction.allergies] == ["amoxi"]
    assert not extraction.allergies[0].requires_review


def test_a_history_label_and_a_bracketed_note_in_a_list(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antecedentes",
        "Médicos: HTA, gota (2019), colelitiasis (ecografía 2023)",
    )
    assert {c.icd10_code for c in extraction.conditions} == {"I10", "M10.9", "K80.20"}


def test_a_tick_box_form_in_the_local_language_sends_its_rows_to_review(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Vos antécédents (cochez la case)",
        "Oui Non Précisions",
        "Hypertension artérielle",
        "Asthme",
    )
    assert extraction.conditions
    assert all(c.requires_review for c in extraction.conditions)


def test_pharmacy_titles_for_intolerances_and_conditions(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Overgevoeligheden en intoleranties",
        "Stof Soort Reactie Geregistreerd",
        "penicilline allergie huiduitslag 2016",
        "Contra-indicaties en aandoeningen",
        "Aandoening Bron",
        "Hartfalen cardioloog",
    )
    assert [fold(a.substance.lower()) for a in extraction.allergies] == ["penicilline"]
    assert [c.icd10_code for c in extraction.conditions if not c.requires_review] == ["I50.9"]


def test_a_trend_table_whose_header_ocr_read_an_l_as_an_i(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Collected Hb (g/L) PIt (x10E9/L) Na (mmol/L)",
        "2025-03-02 07:00 121 L 140 L 131 L",
        "2025-03-04 07:00 126 L 166 137",
    )
    assert {(lab.loinc_code, lab.value_numeric) for lab in extraction.labs} == {
        ("718-7", 121.0),
        ("777-3", 140.0),
        ("2951-2", 131.0),
        ("718-7", 126.0),
        ("777-3", 166.0),
        ("2951-2", 137.0),
    }


def test_a_negated_allergy_inside_an_entry_and_one_wrapped_onto_its_own_line(
    extract: Extract,
) -> None:
    extraction = gated(
        extract,
        "Allergie : codéine (vomissements). Pas d'allergie à la pénicilline (tolérée).",
        "Allergien / Unverträglichkeiten",
        "Latex (Kontaktekzem). Keine Unverträglichkeit auf jodhaltiges",
        "Kontrastmittel.",
    )
    present = {fold(a.substance.lower()) for a in extraction.allergies if a.assertion == "present"}
    assert present == {"codeine", "latex"}


def test_brands_of_european_and_latin_american_markets(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Traitement habituel :",
        "Doliprane 1 g si douleur",
        "Tahor 20 mg le soir",
        "Medicación habitual:",
        "Nolotil 575 mg cada 8 horas",
    )
    assert len(extraction.medications) == 3
    assert not any(m.requires_review for m in extraction.medications)


def test_a_triage_vitals_table_headed_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Signos vitales",
        "PA (mmHg) FC (lpm) FR (rpm) T(°C) SatO2 (%) Peso (kg) Glucometría",
        "128/76 96 18 37,9 97 74 132",
    )
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 128.0),
        ("heart_rate", 96.0),
        ("respiratory_rate", 18.0),
        ("temperature", 37.9),
        ("oxygen_saturation", 97.0),
        ("weight", 74.0),
    }


def test_a_dose_due_or_refused_in_the_local_language_is_not_given(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Impfungen",
        "Gelbfieber 12.06.2024",
        "FSME 2. Dosis - nächste Dosis fällig 15.09.2026",
        "Influenza 2025 - abgelehnt",
    )
    given = [(i.cvx_code, i.status) for i in extraction.immunizations if i.status == "given"]
    assert given == [("37", "given")]


def test_how_long_a_problem_has_lasted_is_no_part_of_its_name(extract: Extract) -> None:
    extraction = gated(extract, "Antecedentes personales:", "DM2 hace 8 años", "Gota desde 2019")
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [
        ("DM2", "E11.9"),
        ("Gota", "M10.9"),
    ]


def test_a_problem_resolved_in_the_local_language_is_not_current(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Anamnesi patologica remota:",
        "Polmonite (2021), risolta",
        "Ipertensione arteriosa",
    )
    current = [c.icd10_code for c in extraction.conditions if c.status != "resolved"]
    assert current == ["I10"]


def test_previous_results_with_their_own_dates_and_specimen_prefixes(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Analys / Test Resultat Enhet / Referens Föregående / Previous",
        "B-Hb 131 g/L 117-153 124 (19.03.2025)",
        "S-Krea 92 μmol/L 45-90 88 (17.02.2025)",
        "B-HbA1c 51 mmol/mol 20-42",
    )
    assert {(lab.loinc_code, lab.value_numeric, lab.observed_on) for lab in extraction.labs} >= {
        ("718-7", 131.0, None),
        ("718-7", 124.0, dt.date(2025, 3, 19)),
        ("2160-0", 88.0, dt.date(2025, 2, 17)),
    }
    assert not any(lab.requires_review for lab in extraction.labs)
