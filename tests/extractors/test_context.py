"""Clinical context: negation, history, family, plans, medication and vaccine status.

The sentences are development examples written for this rule set from the way
letters, EHR print-outs, discharge summaries and pharmacy lists from the US, UK,
Australia, Canada, NZ, Ireland and India word these things.
"""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.extractors.offline import narrative
from adapters.extractors.offline.context import heading_context, span_context
from tests.extractors.conftest import Extract

# (sentence, mention, assertion, medication status)
CASES: list[tuple[str, str, str, str | None]] = [
    ("No history of diabetes.", "diabetes", "negated", None),
    ("Denies chest pain, shortness of breath or palpitations.", "palpitations", "negated", None),
    ("Denies chest pain, shortness of breath or palpitations.", "chest pain", "negated", None),
    ("Family history of breast cancer.", "breast cancer", "family", None),
    ("Mother had a stroke at 70.", "stroke", "family", None),
    ("FHx: ischaemic heart disease (father, 58).", "ischaemic heart disease", "family", None),
    (
        "Strong family history of colorectal cancer in her father.",
        "colorectal cancer",
        "family",
        None,
    ),
    ("History of appendicectomy in 1998.", "appendicectomy", "historical", None),
    ("Previous DVT following knee surgery.", "DVT", "historical", None),
    ("Past history of TB, treated in 2004.", "TB", "historical", None),
    ("Rule out pulmonary embolism.", "pulmonary embolism", "hypothetical", None),
    ("?PE - CTPA requested.", "PE", "hypothetical", None),
    ("Possible early COPD; spirometry booked.", "COPD", "hypothetical", None),
    ("Known type 2 diabetes, well controlled.", "type 2 diabetes", "present", None),
    ("Type 2 diabetes mellitus diagnosed 2015.", "Type 2 diabetes mellitus", "present", None),
    ("Hypertension - on amlodipine.", "Hypertension", "present", None),
    ("No evidence of pneumonia on chest X-ray.", "pneumonia", "negated", None),
    ("Chest X-ray: no consolidation, no effusion.", "effusion", "negated", None),
    ("Negative for COVID-19.", "COVID-19", "negated", None),
    ("She has asthma but no history of eczema.", "asthma", "present", None),
    ("She has asthma but no history of eczema.", "eczema", "negated", None),
    ("Latex allergy: [ ] Yes [X] No", "Latex", "negated", None),
    ("Latex allergy: [X] Yes [ ] No", "Latex", "present", None),
    ("Peanut allergy ☐ Yes ☒ No", "Peanut", "negated", None),
    ("Not allergic to penicillin.", "penicillin", "negated", None),
    ("Allergic to penicillin (rash).", "penicillin", "present", None),
    ("Appendicitis ruled out.", "Appendicitis", "negated", None),
    ("72 year old man with T2DM and CKD stage 3.", "CKD stage 3", "present", None),
    ("Consider starting statin if QRISK above 10%.", "statin", "hypothetical", None),
    ("Metformin 500 mg BD - stopped due to GI upset.", "Metformin", "present", "stopped"),
    ("Atenolol 50 mg daily - ceased 12/03/2024.", "Atenolol", "present", "stopped"),
    ("Aspirin 100mg discontinued on admission.", "Aspirin", "present", "stopped"),
    ("Aspirin 81 mg daily - d/c'd.", "Aspirin", "present", "stopped"),
    ("Warfarin withheld pending INR.", "Warfarin", "present", "held"),
    ("Apixaban 5 mg BD - on hold for surgery.", "Apixaban", "present", "held"),
    ("Simvastatin suspended while on clarithromycin.", "Simvastatin", "present", "held"),
    ("Amoxicillin 500 mg TDS - course completed.", "Amoxicillin", "present", "completed"),
    ("Ramipril increased to 10 mg daily.", "Ramipril", "present", "changed"),
    ("Bisoprolol dose reduced to 2.5 mg.", "Bisoprolol", "present", "changed"),
    ("Started on atorvastatin 40 mg nocte.", "atorvastatin", "present", "new"),
    ("New: empagliflozin 10 mg daily.", "empagliflozin", "present", "new"),
    ("Plan to start sertraline 50 mg mane.", "sertraline", "present", "new"),
    ("Continue metformin 1 g BD.", "metformin", "present", "active"),
    ("Metformin 500 mg twice daily.", "Metformin", "present", None),
    ("Stop aspirin and start clopidogrel 75 mg daily.", "aspirin", "present", "stopped"),
    ("Stop aspirin and start clopidogrel 75 mg daily.", "clopidogrel", "present", "new"),
    ("Warfarin was stopped and apixaban 5 mg BD started.", "Warfarin", "present", "stopped"),
    ("Warfarin was stopped and apixaban 5 mg BD started.", "apixaban", "present", "new"),
    ("Metoprolol 25 mg BID, hold for HR < 60.", "Metoprolol", "present", None),
    ("Paracetamol 1 g QDS PRN.", "Paracetamol", "present", None),
]


@pytest.mark.parametrize(("text", "mention", "assertion", "status"), CASES)
def test_context_of_a_mention(text: str, mention: str, assertion: str, status: str | None) -> None:
    start = text.index(mention)
    found = span_context(text, start, start + len(mention))
    assert (found.assertion, found.medication_status) == (assertion, status)


@pytest.mark.parametrize(
    ("text", "leaflet"),
    [
        ("Tell your doctor if you are allergic to clopidogrel.", True),
        ("Do not take ibuprofen 400 mg if you have a stomach ulcer.", True),
        ("Avoid NSAIDs.", True),
        ("Allergic to clopidogrel (rash).", False),
    ],
)
def test_leaflet_wording(text: str, leaflet: bool) -> None:
    # The mention is the last word with letters: leaflet wording stands before it.
    mention = text.rstrip(".").split()[-1]
    start = text.rindex(mention)
    assert span_context(text, start, start + len(mention)).leaflet is leaflet


@pytest.mark.parametrize(
    ("line", "section", "status", "assertion"),
    [
        ("Medications stopped:", "medications", "stopped", "present"),
        ("Items stopped", "medications", "stopped", "present"),
        ("Discontinued medications", "medications", "stopped", "present"),
        ("Medications held", "medications", "held", "present"),
        ("Family history:", None, None, "family"),
        ("FHx:", None, None, "family"),
        ("Health maintenance", "immunizations", None, "hypothetical"),
    ],
)
def test_headings_give_context(
    line: str, section: str | None, status: str | None, assertion: str
) -> None:
    heading = heading_context(line)
    assert heading is not None
    assert (heading.section, heading.context.medication_status) == (section, status)
    assert heading.context.assertion == assertion


def test_a_sentence_is_not_a_heading() -> None:
    assert heading_context("Plan to start ramipril 2.5 mg daily") is None


def test_stopped_section_marks_its_medications_until_the_next_heading(extract: Extract) -> None:
    extraction = extract(
        "Discontinued medications",
        "Omeprazole 20 mg daily",
        "Simvastatin 40 mg nocte",
        "Current medications",
        "Lansoprazole 30 mg daily",
    )
    assert [(m.name, m.status) for m in extraction.medications] == [
        ("Omeprazole", "stopped"),
        ("Simvastatin", "stopped"),
        ("Lansoprazole", "active"),
    ]


def test_status_written_on_the_row(extract: Extract) -> None:
    extraction = extract(
        "Current medications:",
        "Metformin 500 mg BD",
        "Warfarin 3 mg daily - withheld",
        "Amoxicillin 500 mg TDS - course completed",
        "Ramipril 5 mg daily (dose increased)",
        "Atenolol 50 mg daily - ceased",
        "Aspirin 81 mg daily | Discontinued | 02/03/2024",
        "Metoprolol 25 mg BID, hold for HR<60",
    )
    assert [m.status for m in extraction.medications] == [
        "active",
        "held",
        "completed",
        "changed",
        "stopped",
        "stopped",
        "active",
    ]


def test_plan_section(extract: Extract) -> None:
    extraction = extract(
        "Plan:",
        "Start ramipril 2.5 mg daily",
        "Continue metformin 500 mg BD",
        "Consider atorvastatin 20 mg nocte if cholesterol remains high",
    )
    assert [(m.name, m.status) for m in extraction.medications] == [
        ("ramipril", "new"),
        ("metformin", "active"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("Latex allergy: [ ] Yes [X] No",),
        ("Allergies", "Latex allergy: ☐ Yes ☒ No"),
    ],
)
def test_checkbox_no_is_a_negated_allergy(extract: Extract, lines: tuple[str, ...]) -> None:
    (allergy,) = extract(*lines).allergies
    assert (allergy.substance, allergy.assertion) == ("Latex", "negated")


def test_checkbox_yes_is_an_allergy(extract: Extract) -> None:
    (allergy,) = extract("Latex allergy: [X] Yes [ ] No").allergies
    assert (allergy.substance, allergy.assertion) == ("Latex", "present")


@pytest.mark.parametrize(
    "lines",
    [
        ("ALLERGIES", "Nil known"),
        ("Allergies: No known active allergies",),
        ("Allergies: Not on file",),
        ("Allergies: NKFA",),
        ("Allergies / ADRs: None",),
    ],
)
def test_no_allergy_statements_write_nothing(extract: Extract, lines: tuple[str, ...]) -> None:
    assert extract(*lines).allergies == ()


@pytest.mark.parametrize(
    "line",
    [
        "Tell your doctor if you are allergic to clopidogrel or any other medicines.",
        "Do not take ibuprofen 400 mg if you have ever had a stomach ulcer.",
        "Avoid NSAIDs such as ibuprofen 200 mg.",
    ],
)
def test_leaflet_text_writes_no_row(extract: Extract, line: str) -> None:
    extraction = extract(line)
    assert extraction.allergies == () and extraction.medications == ()


def test_family_history_section(extract: Extract) -> None:
    extraction = extract("Family history:", "Father had MI at 60 and T2DM", "Social history:")
    assert [(c.name, c.assertion) for c in extraction.conditions] == [
        ("MI", "family"),
        ("T2DM", "family"),
    ]


def test_negated_and_historical_problems_keep_their_context(extract: Extract) -> None:
    extraction = extract(
        "Past medical history:", "No history of asthma", "Hypertension", "Previous DVT 2015"
    )
    assert [(c.name, c.status, c.assertion) for c in extraction.conditions] == [
        ("asthma", None, "negated"),
        ("Hypertension", None, "present"),
        ("DVT", "history", "historical"),
    ]


def test_due_vaccines_are_not_given(extract: Extract) -> None:
    extraction = extract(
        "Health maintenance",
        "Influenza vaccine due 15/10/2025",
        "Pneumococcal dose 1 15/03/2026",
        "Immunisations:",
        "Influenza 14/04/2024",
        "Shingrix declined 23/02/2024",
    )
    given = [
        (i.vaccine, i.administered_on) for i in extraction.immunizations if i.status == "given"
    ]
    assert given == [("Influenza", dt.date(2024, 4, 14))]
    others = [(i.vaccine, i.status, i.administered_on) for i in extraction.immunizations]
    assert ("Shingrix", "refused", None) in others
    assert all(when is None for _, status, when in others if status != "given")


def test_summary_tells_only_current_facts(extract: Extract) -> None:
    extraction = extract(
        "Latex allergy: [ ] Yes [X] No",
        "Medications stopped:",
        "Simvastatin 40 mg nocte",
        "Current medications:",
        "Metformin 500 mg BD",
    )
    summary = narrative.summarize(extraction)
    assert "Metformin" in summary
    assert "Simvastatin" not in summary and "Latex" not in summary


def test_a_cue_word_inside_a_diagnosis_name_does_not_negate_it(extract: Extract) -> None:
    (condition,) = extract(
        "Discharge diagnoses:", "Type 2 diabetes mellitus without complications (E11.9)"
    ).conditions
    assert (condition.icd10_code, condition.assertion) == ("E11.9", "present")
