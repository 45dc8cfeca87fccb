"""Prose and lists: several items in one sentence or line, wrapped lines, items outside
a heading when the lexicon is sure. Development examples in the styles of GP letters,
clinic letters and discharge summaries from the UK, Ireland, Australia, NZ, India, the
US and Canada."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import Extract


def _meds(extract: Extract, *lines: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.name.lower(), m.dose, m.frequency, m.status) for m in extract(*lines).medications]


def test_two_medications_in_one_sentence(extract: Extract) -> None:
    assert _meds(
        extract, "She takes metformin 500 mg twice daily and atorvastatin 20mg nocte."
    ) == [
        ("metformin", "500", "twice daily", "active"),
        ("atorvastatin", "20", "at night", "active"),
    ]


def test_comma_list_in_a_medication_section(extract: Extract) -> None:
    assert _meds(
        extract, "Medications: amlodipine 5 mg od, ramipril 10 mg od, aspirin 75 mg od"
    ) == [
        ("amlodipine", "5", "once daily", "active"),
        ("ramipril", "10", "once daily", "active"),
        ("aspirin", "75", "once daily", "active"),
    ]


def test_directions_after_a_comma_stay_with_their_drug(extract: Extract) -> None:
    assert _meds(
        extract, "Medications:", "Paracetamol 500 mg tablets, two tablets four times a day"
    ) == [
        ("paracetamol", "500", "four times daily", "active"),
    ]


def test_a_medication_wrapped_onto_the_next_line(extract: Extract) -> None:
    assert _meds(
        extract,
        "She is currently taking metformin 500 mg twice daily, ramipril",
        "5 mg once daily and atorvastatin 20 mg at night.",
    ) == [
        ("metformin", "500", "twice daily", "active"),
        ("ramipril", "5", "once daily", "active"),
        ("atorvastatin", "20", "at night", "active"),
    ]


def test_a_letter_paragraph_with_a_change_of_treatment(extract: Extract) -> None:
    assert _meds(
        extract,
        "Her medications are metformin 1 g BD and amlodipine 5 mg od. Ibuprofen 400 mg was stopped",
        "last month because of dyspepsia. Please avoid NSAIDs.",
    ) == [
        ("metformin", "1", "twice daily", "active"),
        ("amlodipine", "5", "once daily", "active"),
        ("ibuprofen", "400", None, "stopped"),
    ]


def test_stop_one_start_another(extract: Extract) -> None:
    assert _meds(extract, "Warfarin 3 mg was stopped and apixaban 5 mg twice daily started.") == [
        ("warfarin", "3", None, "stopped"),
        ("apixaban", "5", "twice daily", "new"),
    ]


def test_ceased_heading(extract: Extract) -> None:
    extraction = extract(
        "Ceased:", "Aspirin 100mg mane", "Current medications:", "Perindopril 5mg mane"
    )
    assert [(m.name.lower(), m.status) for m in extraction.medications] == [
        ("aspirin", "stopped"),
        ("perindopril", "active"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Allergies: allergic to penicillin (rash) and codeine (nausea)",
        "She is allergic to penicillin (rash) and codeine (nausea).",
    ],
)
def test_two_allergies_in_one_sentence(extract: Extract, line: str) -> None:
    assert [(a.substance.lower(), a.reaction) for a in extract(line).allergies] == [
        ("penicillin", "rash"),
        ("codeine", "nausea"),
    ]


def test_reactions_joined_by_and_stay_reactions(extract: Extract) -> None:
    (allergy,) = extract("Allergies: Penicillin - rash and swelling").allergies
    assert (allergy.substance, allergy.reaction) == ("Penicillin", "rash and swelling")


def test_problem_list_on_one_line(extract: Extract) -> None:
    assert [(c.name, c.icd10_code) for c in extract("PMH: T2DM, HTN, AF").conditions] == [
        ("T2DM", "E11.9"),
        ("HTN", "I10"),
        ("AF", "I48.91"),
    ]


def test_a_qualifier_stays_with_its_condition(extract: Extract) -> None:
    names = [c.name for c in extract("Problem list:", "Pneumonia, resolved").conditions]
    assert names == ["Pneumonia, resolved"]


def test_conditions_stated_in_a_letter(extract: Extract) -> None:
    extraction = extract(
        "Thank you for seeing this 67 year old lady with a background of T2DM and HTN.",
        "She denies chest pain.",
    )
    assert [(c.name, c.assertion) for c in extraction.conditions] == [
        ("T2DM", "present"),
        ("HTN", "present"),
        ("chest pain", "negated"),
    ]


def test_prose_without_a_diagnosis_cue_gives_no_condition(extract: Extract) -> None:
    assert extract("We discussed the risks of hypertension in pregnancy.").conditions == ()


def test_gp_letter(extract: Extract) -> None:
    extraction = extract(
        "Dear Dr Smith,",
        "Re: Mrs Jane Jones, DOB 03/04/1956",
        "Thank you for seeing Mrs Jones, who has a background of T2DM and HTN.",
        "She takes metformin 500 mg twice daily and ramipril 5 mg once daily.",
        "She is allergic to penicillin (rash).",
        "Yours sincerely,",
        "Dr Anil Patel",
        "General Practitioner",
    )
    assert [m.name.lower() for m in extraction.medications] == ["metformin", "ramipril"]
    assert [a.substance for a in extraction.allergies] == ["penicillin"]
    assert [c.name for c in extraction.conditions] == ["T2DM", "HTN"]
