"""Layouts and wordings that extractor 2.12.0 reads.

Each example is written for its rule, none taken from a held-out set: a diagnosis the note
considered or suspected, and a table of vaccines declined or not indicated, whose diseases
are no diagnoses.
"""

from __future__ import annotations

from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract, gated


def _present(extraction: ClinicalExtraction) -> set[str]:
    return {c.name.lower() for c in extraction.conditions if c.assertion == "present"}


def test_a_diagnosis_the_note_considered_or_suspected_is_no_fact(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Hospital course",
        "Meningitis was considered because of the headache; the lumbar puncture was normal.",
        "Appendicitis was suspected on arrival; the ultrasound was normal.",
        "Malaria is unlikely given the negative films. She has asthma.",
    )
    assert _present(extraction) == {"asthma"}


def test_a_table_of_vaccines_declined_names_no_diagnosis(extract: Extract) -> None:
    extraction = gated(
        extract,
        "TRAVEL VACCINATION RECORD",
        "Declined / not indicated",
        "Vaccine Status Reason",
        "Typhoid (Typhim Vi) Declined Patient preference",
        "Yellow fever Not indicated No risk on itinerary",
        "Rabies Declined Short trip",
    )
    assert _present(extraction) == set()
    assert all(i.status != "given" for i in extraction.immunizations)
