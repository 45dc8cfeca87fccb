"""Rows read against the rest of the document: later stops and dose changes, diagnoses in
prose, answers after the allergen, one-off doses, and the ICD-10-CM vocabulary.

Development examples written for these rules (not taken from any evaluation set).
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import icd10_names, prose_conditions
from adapters.extractors.offline.matching import name_key
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from tests.extractors.conftest import Extract


def _statuses(extract: Extract, *lines: str) -> dict[str, str]:
    return {m.name.lower(): m.status for m in extract(*lines).medications}


def test_a_later_plan_stops_a_listed_medication(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Current medications",
        "ramipril 10 mg daily",
        "indapamide 2.5 mg daily",
        "Plan",
        "1. Low sodium, probably from the thiazide-like diuretic: stop indapamide today.",
    )
    assert statuses == {"ramipril": "active", "indapamide": "stopped"}


def test_a_stop_before_the_list_does_not_stop_it(extract: Extract) -> None:
    # Stopped last year and restarted since: the list is the later word.
    statuses = _statuses(
        extract,
        "History: amlodipine was stopped in 2023 because of ankle swelling.",
        "Medications",
        "amlodipine 5 mg daily",
    )
    assert statuses["amlodipine"] == "active"


def test_considering_a_stop_is_not_a_stop(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Medications",
        "omeprazole 20 mg daily",
        "We could consider stopping omeprazole at review.",
    )
    assert statuses["omeprazole"] == "active"


def test_a_wrapped_sentence_keeps_its_status(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "She takes lisinopril 10 mg daily and simvastatin 40 mg at night. Sitagliptin 100 mg was",
        "discontinued in May because of pancreatitis concerns.",
    )
    assert statuses["sitagliptin"] == "stopped"
    assert statuses["lisinopril"] == "active"


def test_a_dose_change_replaces_the_old_dose(extract: Extract) -> None:
    meds = extract(
        "Medications: dulaglutide 1.5 mg once weekly, metformin 500 mg twice daily.",
        "Plan: I have increased dulaglutide to 3 mg once weekly from today.",
    ).medications
    rows = [(m.name.lower(), m.dose, m.status) for m in meds if "dulaglutide" in m.name.lower()]
    assert rows == [("dulaglutide", "3", "changed")]


def test_a_status_column_stops_a_row(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "RX# DRUG SIG QTY LAST FILL STATUS",
        "1104 PANTOPRAZOLE 40 MG TABLET TAKE 1 DAILY 30 01/02/2025 INACTIVE",
        "1105 LOSARTAN 50 MG TABLET TAKE 1 DAILY 90 03/02/2025 ACTIVE",
    )
    assert statuses["pantoprazole"] == "stopped"
    assert statuses["losartan"] == "active"


def test_doses_given_in_hospital_are_not_discharge_medicines(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Hospital course",
        "Treated with IV ceftriaxone 1 g daily and IV metoclopramide 10 mg as required.",
        "Discharge medications",
        "Amoxicillin 500 mg three times daily for 5 days",
    )
    assert statuses["amoxicillin"] == "active"
    assert {statuses["ceftriaxone"], statuses["metoclopramide"]} == {"completed"}


def test_a_one_off_dose_is_completed(extract: Extract) -> None:
    statuses = _statuses(extract, "ED treatment", "23:10 prednisolone 40 mg PO x1 - given")
    assert statuses["prednisolone"] == "completed"


def test_a_vaccine_is_not_a_medication(extract: Extract) -> None:
    extraction = extract(
        "Medications given today",
        "Pneumococcal vaccine 0.5 mL IM",
        "Tetanus toxoid 0.5 mL IM",
    )
    assert extraction.medications == ()


def test_an_answer_after_the_allergen_negates_it(extract: Extract) -> None:
    allergies = extract("Allergies", "Peanut - anaphylaxis", "Latex: denies").allergies
    by_name = {a.substance.lower(): (a.assertion, a.reaction) for a in allergies}
    assert by_name["latex"] == ("negated", None)
    assert by_name["peanut"][0] == "present"


def test_diagnoses_in_a_letter(extract: Extract) -> None:
    conditions = extract(
        "Dear Dr Byrne,",
        "Thank you for seeing this 64-year-old man. His history includes hypertension, gout",
        "and coeliac disease. He has no history of stroke. His mother had breast cancer.",
        "We discussed the risks of osteoporosis with long-term steroids.",
    ).conditions
    current = {c.icd10_code[:3] for c in conditions if c.assertion == "present" and c.icd10_code}
    assert current == {"I10", "M10", "K90"}


def test_an_unticked_box_is_no_diagnosis(extract: Extract) -> None:
    conditions = extract(
        "[X] Asthma [ ] Diabetes [ ] Epilepsy [X] Migraine, since age 20"
    ).conditions
    assert {c.icd10_code[:3] for c in conditions if c.icd10_code} == {"J45", "G43"}


def test_abbreviations_are_stored_with_their_meaning() -> None:
    names = [name for name, *_ in prose_conditions._names("Uses CPAP nightly for OSA.")]
    assert names == ["Obstructive sleep apnea (OSA)"]


def test_icd10_names_cover_british_spellings_and_leave_symptoms_out() -> None:
    anaemia = icd10_names.lookup_key(name_key("iron deficiency anaemia"))
    assert anaemia is not None and anaemia[0].code is not None
    assert anaemia[0].code.startswith("D50")
    high_bp = icd10_names.lookup_key(name_key("high blood pressure"))
    assert high_bp is not None and high_bp[0].code == "I10"
    assert icd10_names.lookup_key(name_key("palpitations")) is None  # a symptom (R00)
    assert icd10_names.lookup_key(name_key("amelia")) is None  # chapter Q, a first name


def test_a_course_length_is_not_a_one_off_dose(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Rx",
        "Tab. Amoxicillin 500 mg 1-1-1 x 1 week",
        "Tab. Metformin 500 mg 1-0-1 x1 month",
        "Aspirin 300 mg stat then 75 mg once daily",
    )
    assert statuses == {"amoxicillin": "active", "metformin": "active", "aspirin": "active"}


def test_a_wrapped_line_lends_its_status_only_up_to_the_next_drug(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "He takes amlodipine 10 mg once daily and paracetamol 1 g four times a day when needed,",
        "ibuprofen 400 mg was stopped last month because of dyspepsia.",
    )
    assert statuses["amlodipine"] == "active"
    assert statuses["paracetamol"] == "active"


def test_a_replaced_drug_ended(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "No longer current",
        "Medicine Ended Reason",
        "Lansoprazole 30mg capsules 01/04/2025 Changed to pantoprazole by GP",
        "Fluoxetine 20mg capsules 02/02/2025 Replaced by sertraline",
    )
    assert statuses == {"lansoprazole": "stopped", "fluoxetine": "stopped"}


def test_allergy_headings_in_other_words_open_the_allergy_list(extract: Extract) -> None:
    for heading in ("Alerts / Adverse drug reactions", "Allergies / ADRs"):
        allergies = extract(heading, "Nitrofurantoin - rash", "Morphine - vomiting").allergies
        assert {a.substance.lower() for a in allergies} == {"nitrofurantoin", "morphine"}


def test_an_allergy_table_header_keeps_the_allergy_section(extract: Extract) -> None:
    allergies = extract(
        "Allergies, Adverse Reactions, Alerts",
        "Substance Reaction Severity Status",
        "Cefalexin Urticaria Moderate Active",
    ).allergies
    assert [a.substance.lower() for a in allergies] == ["cefalexin"]


def test_lab_names_with_qualifiers_keep_their_code() -> None:
    from adapters.extractors.vocabulary import shared_vocabulary

    vocabulary = shared_vocabulary()
    assert vocabulary.lab("SGPT (ALT)") == "1742-6"
    assert vocabulary.lab("Glucose, fasting") == vocabulary.lab("Glucose")
    assert vocabulary.lab("Creatinine (serum)") == vocabulary.lab("Creatinine")
    assert vocabulary.lab("Glucose (urine)") is None  # a urine glucose never takes the serum code


def test_an_inactive_allergy_row_is_not_a_current_allergy(extract: Extract) -> None:
    allergies = extract(
        "Allergies, Adverse Reactions, Alerts",
        "Substance Reaction Severity Status",
        "Morphine Vomiting Mild Inactive",
        "Amoxicillin Rash Moderate Active",
    ).allergies
    rows = {a.substance.lower(): (a.reaction, a.severity, a.assertion) for a in allergies}
    assert rows == {
        "morphine": ("Vomiting", "mild", "historical"),
        "amoxicillin": ("Rash", "moderate", "present"),
    }


def test_a_history_of_an_allergy_is_still_an_allergy(extract: Extract) -> None:
    allergies = extract("Allergies: history of penicillin allergy (hives)").allergies
    assert [(a.substance.lower(), a.assertion) for a in allergies] == [("penicillin", "present")]


def test_vitals_in_a_sentence_and_under_an_observations_heading(extract: Extract) -> None:
    vitals = extract(
        "On examination her BP was 142/86 and her pulse was 92 bpm, regular.",
        "Observations on discharge (02/05/2025 09:30)",
        "BP 118/70 mmHg PR 76/min Temp 36.9 °C SpO2 98% on air",
    ).vitals
    got = {(v.kind, v.value_text) for v in vitals}
    assert {
        ("blood_pressure", "142/86"),
        ("heart_rate", "92"),
        ("blood_pressure", "118/70"),
        ("heart_rate", "76"),
        ("temperature", "36.9"),
        ("oxygen_saturation", "98"),
    } <= got


def test_a_qualified_problem_keeps_its_code(extract: Extract) -> None:
    conditions = extract(
        "Diagnoses",
        "1. Type 1 diabetes - poorly controlled",
        "2. Psoriasis (scalp and elbows)",
        "3. Infective exacerbation of bronchiectasis",
    ).conditions
    assert [c.icd10_code[:3] for c in conditions if c.icd10_code] == ["E10", "L40", "J47"]


def test_a_negation_spans_its_list(extract: Extract) -> None:
    conditions = extract("No h/o epilepsy, migraine or stroke in the past.").conditions
    assert conditions and all(c.assertion == "negated" for c in conditions)


def test_one_row_per_diagnosis(extract: Extract) -> None:
    conditions = extract(
        "Diagnoses",
        "1. Asthma - moderate persistent",
        "Questionnaire",
        "Asthma [X] Yes [ ] No",
    ).conditions
    assert [c.icd10_code[:3] for c in conditions if c.icd10_code] == ["J45"]


def test_a_vaccine_row_takes_its_headings_date(extract: Extract) -> None:
    shots = extract(
        "Immunizations Administered on Date of Encounter - 04/22/2025",
        "Tdap (BOOSTRIX) IM - Dose: 0.5 mL - Site: Right deltoid - Lot: AB12C",
    ).immunizations
    assert [(s.status, s.administered_on, s.lot_number) for s in shots] == [
        ("given", dt.date(2025, 4, 22), "AB12C")
    ]


def test_given_today_is_the_visits_date_and_each_sentence_is_its_own_row(
    extract: Extract,
) -> None:
    extraction = extract(
        "Clinic note - DOS 10/02/2025",
        "Plan: pneumococcal vaccine given today (Prevnar 20, lot PV551). Shingrix dose 1 due.",
    )
    rows = {(s.cvx_code, s.status, s.administered_on) for s in extraction.immunizations}
    assert extraction.service_date == dt.date(2025, 10, 2)
    assert any(status == "given" and when == dt.date(2025, 10, 2) for _c, status, when in rows)
    assert any(status == "due" and when is None for _c, status, when in rows)


def test_a_stop_planned_for_later_leaves_the_drug_current(extract: Extract) -> None:
    statuses = _statuses(
        extract,
        "Discharge medications",
        "Clarithromycin 500 mg twice daily until 14/02/2025 then stop",
        "Prednisolone 30 mg once daily for 3 more days then stop",
    )
    assert statuses == {"clarithromycin": "active", "prednisolone": "active"}


def test_a_dose_change_keeps_the_new_dose(extract: Extract) -> None:
    meds = extract(
        "Plan: levothyroxine dose increased from 50 micrograms to 75 micrograms."
    ).medications
    assert [(m.dose, m.unit, m.status) for m in meds] == [("75", "mcg", "changed")]


def test_a_result_line_is_not_a_medicine_and_numbers_are_not_fuzzed(extract: Extract) -> None:
    extraction = extract(
        "Results",
        "Vitamin D (25-OH) 18.5 L ng/mL 30 - 100",
        "Medications",
        "Vitamin B12 1000 micrograms IM every 3 months",
    )
    gated = ValidityGate(shared_vocabulary(), today=dt.date(2025, 6, 1))(extraction)
    assert [(m.name, m.dose, m.unit, m.route) for m in gated.medications] == [
        ("Vitamin B12", "1000", "mcg", "intramuscular")  # never "Vitamin D3", never 18.5
    ]


def test_a_lab_comment_about_a_disease_is_no_diagnosis(extract: Extract) -> None:
    conditions = extract(
        "Comments:",
        "Ferritin: a value below 15 ug/L is consistent with a diagnosis of iron deficiency anaemia.",
    ).conditions
    assert conditions == ()
