"""Layouts and wordings that extractor 2.8.0 reads.

Each example is written for its rule, none taken from a held-out set: dates ordered by the
issuer's country, a prescriber's initials inside a row, a pharmacy's banner and its
undispensed item, allergy tables dated in their first column, a form line of several
labelled fields, vaccines listed one after another, a query diagnosis, drugs stopped without
a strength, a conditional plan, wrapped strengths, in-patient-only lists and a row's own
dose change.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.extractor import OfflineClinicalExtractor
from adapters.extractors.offline.issuer_country import country_votes
from adapters.extractors.offline.values import DateOrder
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract, make_cells_page

_GATE = ValidityGate(shared_vocabulary(), today=dt.date(2026, 11, 30))

Row = list[tuple[str, float, float]]


def _gated(extract: Extract, *lines: str) -> ClinicalExtraction:
    return _GATE(extract(*lines))


def _meds(extraction: ClinicalExtraction) -> list[tuple[str, str | None, str, bool]]:
    return [(m.name.lower(), m.dose, m.status, m.requires_review) for m in extraction.medications]


# -- the issuer's country decides the date order ------------------------------------------


def test_a_country_named_in_the_address_orders_the_dates(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Ridge Travel Clinic, 4 Test Lane, Accra, Ghana",
        "VACCINATION RECORD",
        "Vaccine Date Batch",
        "Hepatitis B 05/03/2024 HB0101",
        "Hepatitis B 04/04/2024 HB0102",
    )
    given = [(i.vaccine, i.administered_on, i.requires_review) for i in extraction.immunizations]
    assert given == [
        ("Hepatitis B", dt.date(2024, 3, 5), False),
        ("Hepatitis B", dt.date(2024, 4, 4), False),
    ]


def test_a_phone_numbers_calling_code_votes_and_a_shared_one_does_not() -> None:
    assert country_votes("Tel +233 30 000 0000") == (1, 0)  # Ghana: day first
    assert country_votes("Tel +1 303 555 0100") == (0, 0)  # the US, Canada, the Caribbean
    assert DateOrder.decide("Clinic | Tel +233 30 000 0000\nSeen 05/03/2024") is DateOrder.DAY_FIRST


def test_names_and_us_states_are_not_countries() -> None:
    assert country_votes("Name: OKAFOR, Jordan") == (0, 0)
    assert country_votes("Patient: Mensah, Kenya") == (0, 0)
    assert country_votes("1 Peachtree St, Atlanta, Georgia 30301") == (0, 0)
    assert country_votes("Clinic, Windhoek, Namibia") == (1, 0)
    assert country_votes("San Juan, Puerto Rico 00901") == (0, 1)


# -- a pharmacy's dispensing history ----------------------------------------------------------


def test_a_prescribers_initials_do_not_cut_the_row_before_its_note(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "DISPENSING HISTORY",
        "Date Item Qty Directions Prescriber Note",
        "02/02/2025 Doxycycline 100 mg capsules 7 1 cap daily x 7 days Dr. B. Osei Course completed",
        "02/02/2025 Lisinopril 10 mg tablets 28 1 tab daily Dr. B. Osei",
    )
    assert _meds(extraction) == [
        ("doxycycline", "100", "completed", False),
        ("lisinopril", "10", "active", False),
    ]


def test_an_item_not_dispensed_is_no_medicine(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "DISPENSING HISTORY",
        "09/02/2025 Empagliflozin 10 mg tablets 0 1 tab daily NOT DISPENSED - out of stock",
        "09/02/2025 Amlodipine 5 mg tablets 28 1 tab daily",
    )
    assert [m.name.lower() for m in extraction.medications] == ["amlodipine"]


def test_a_banners_next_field_is_no_allergy(extract: Extract) -> None:
    extraction = _gated(extract, "ALLERGY ALERT: Penicillin  Pharmacist: K. Boateng, MPSGH")
    assert [(a.substance, a.requires_review) for a in extraction.allergies] == [
        ("Penicillin", False)
    ]


# -- allergy tables and form lines ------------------------------------------------------------


def test_an_allergy_table_dated_in_its_first_column(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "ALLERGIES",
        "Date Allergy / adverse reaction Reaction",
        "14 Mar 2011 Morphine Itching",
        "02 Jun 2019 Adhesive plaster Blisters",
    )
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [
        ("Morphine", "Itching"),
        ("Adhesive plaster", "Blisters"),
    ]


def test_a_form_line_of_labelled_fields_is_read_field_by_field(extract: Extract) -> None:
    extraction = _gated(
        extract, "ALLERGIES: Clarithromycin (rash) Obs 03/02/2025: BP 131/79 Pulse 72"
    )
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [("Clarithromycin", "rash")]
    assert {(v.kind, v.value_text) for v in extraction.vitals} == {
        ("blood_pressure", "131/79"),
        ("heart_rate", "72"),
    }


def test_a_question_whose_mark_was_lost_keeps_the_form_open(
    extractor: OfflineClinicalExtractor,
) -> None:
    label, yes, no, details = (0.07, 0.3), (0.45, 0.48), (0.51, 0.54), (0.57, 0.8)
    rows: list[Row] = [
        [("Yes", *yes), ("No", *no), ("Details", *details)],
        [("Kidney disease", *label), ("X", 0.515, 0.535)],
        [("Glaucoma", *label)],  # the scan lost this row's mark
        [("Stroke", *label), ("X", 0.515, 0.535)],
        [("Allergy to any medicine", *label), ("X", 0.455, 0.475), ("Aspirin - wheeze", *details)],
    ]
    page = make_cells_page(rows)
    extraction = _GATE(extractor.extract_clinical([page], extractor.find_entities([page])))
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [("Aspirin", "wheeze")]
    current = [c.name for c in extraction.conditions if c.assertion == "present"]
    assert "Stroke" not in current and "Kidney disease" not in current


# -- immunisations ------------------------------------------------------------------------


def test_two_vaccines_each_with_its_date_on_one_line(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Clinic, Cardiff CF10 1AA",
        "Vaccinations: Tetanus (Td) on 14/05/2021 Hepatitis A (2nd dose) on 20/11/2018",
    )
    given = [(i.vaccine, i.dose_number, i.administered_on) for i in extraction.immunizations]
    assert given == [
        ("Tetanus (Td)", None, dt.date(2021, 5, 14)),
        ("Hepatitis A", 2, dt.date(2018, 11, 20)),
    ]


def test_a_query_diagnosis_is_no_vaccine(extract: Extract) -> None:
    extraction = _gated(
        extract, "Clinical notes: Fever x 3/7, ?Typhoid fever Reported: 03/04/2025 09:10"
    )
    assert extraction.immunizations == ()
    assert [(c.name, c.assertion) for c in extraction.conditions] == [
        ("Typhoid fever", "hypothetical")
    ]


# -- medicines stopped, planned, wrapped and changed ---------------------------------------


def test_a_drug_stopped_without_a_strength_and_the_one_replacing_it(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "As his INR has been unstable, warfarin was stopped and replaced by rivaroxaban 20 mg",
        "once daily with the evening meal.",
    )
    assert sorted(_meds(extraction)) == [
        ("rivaroxaban", "20", "active", False),
        ("warfarin", None, "stopped", False),
    ]


def test_a_past_or_conditional_stop_writes_nothing(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "She was previously on lithium, discontinued in 2019.",
        "He knows to stop methotrexate and seek advice if he develops a sore throat.",
    )
    assert extraction.medications == ()


def test_a_start_that_waits_on_a_condition_is_a_plan(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "If he cannot attend the clinic soon I plan to start naproxen 500 mg twice daily.",
    )
    assert extraction.medications == ()


def test_a_strength_whose_unit_wrapped_to_the_next_line(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Her regular medicines are amlodipine 10 mg once daily and levothyroxine 50",
        "micrograms each morning before breakfast.",
    )
    assert [(m.name.lower(), m.dose, m.unit) for m in extraction.medications] == [
        ("amlodipine", "10", "mg"),
        ("levothyroxine", "50", "mcg"),
    ]


def test_a_prescriptions_numbered_items_without_a_space(extract: Extract) -> None:
    extraction = _gated(
        extract, "Rx", "1-Lipitor 20 mg - 1 tab at night", "2-Nexium 20 mg - 1 cap daily"
    )
    assert [(m.name, m.dose, m.requires_review) for m in extraction.medications] == [
        ("Atorvastatin (Lipitor)", "20", False),
        ("Esomeprazole (Nexium)", "20", False),
    ]


def test_a_rows_own_change_sets_its_dose(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "Medicine / strength Freq. Action Comment",
        "Gliclazide 80 mg BD CHANGED Reduce to gliclazide 40 mg BD (hypos)",
    )
    assert _meds(extraction) == [("gliclazide", "40", "changed", False)]


def test_a_completed_course_is_no_single_dose(extract: Extract) -> None:
    extraction = _gated(
        extract,
        "DISCONTINUED MEDICATION",
        "Drug Stopped Reason",
        "Cefalexin 500mg capsules 2 May 2024 Course completed",
    )
    assert _meds(extraction) == [("cefalexin", "500", "completed", False)]


def test_an_inpatient_only_list_under_its_column_names_is_the_stays(extract: Extract) -> None:
    """What the stay gave goes to review; what the list says was stopped is written stopped."""
    extraction = _gated(
        extract,
        "Part D - Inpatient-only medicines (not for discharge)",
        "Medicine Details",
        "Meropenem 1 g IV q8h from 02/03/2025",
        "Dalteparin 5000 units SC daily while admitted - stopped at discharge",
    )
    assert [(m.name, m.status, m.review_reason) for m in extraction.medications] == [
        ("Meropenem", "completed", "given_in_care"),
        ("Dalteparin", "stopped", None),
    ]


# -- measurements and diagnoses ------------------------------------------------------------


def test_a_patient_line_carries_the_visits_measurements(extract: Extract) -> None:
    extraction = _gated(extract, "Age: 44 y BP:142/90 Wt: 77 kg")
    assert {(v.kind, v.value_text) for v in extraction.vitals} == {
        ("blood_pressure", "142/90"),
        ("weight", "77"),
    }


def test_two_measurements_under_one_slashed_label(extract: Extract) -> None:
    extraction = _gated(extract, "Weight / height: 66 kg / 158 cm")
    assert {(v.kind, v.value_text) for v in extraction.vitals} == {
        ("weight", "66"),
        ("height", "158"),
    }


def test_labels_that_carry_their_unit_over_a_row_of_values(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows: list[Row] = [
        [("BP", 0.08, 0.12), ("HR", 0.22, 0.25), ("SpO2 %", 0.36, 0.41), ("Wt kg", 0.5, 0.54)],
        [("128/80", 0.08, 0.14), ("70", 0.22, 0.24), ("99", 0.37, 0.39), ("81", 0.5, 0.52)],
    ]
    page = make_cells_page(rows)
    extraction = _GATE(extractor.extract_clinical([page], extractor.find_entities([page])))
    assert {(v.kind, v.value_text) for v in extraction.vitals} == {
        ("blood_pressure", "128/80"),
        ("heart_rate", "70"),
        ("oxygen_saturation", "99"),
        ("weight", "81"),
    }


def test_a_diagnosis_with_a_qualifier_is_coded_by_its_head(extract: Extract) -> None:
    extraction = _gated(
        extract, "Diagnoses", "1. Heart failure with preserved ejection fraction (EF 55%)"
    )
    assert [(c.name, c.icd10_code) for c in extraction.conditions] == [
        ("Heart failure with preserved ejection fraction (EF 55%)", "I50.9")
    ]


def test_an_operation_for_a_condition_puts_it_in_the_past(extract: Extract) -> None:
    extraction = _gated(extract, "She had an appendicectomy in 2004 for appendicitis.")
    assert [(c.name, c.assertion) for c in extraction.conditions] == [
        ("appendicitis", "historical")
    ]
