"""Pass 3: the short summary."""

from __future__ import annotations

import pytest

from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.extractors.offline.narrative import MAX_SUMMARY_CHARS
from tests.extractors.conftest import make_page
from tests.extractors.scoring import SAMPLE_STEMS, load_truth, pages_from_truth


def _summary(extractor: OfflineClinicalExtractor, *lines: str) -> str:
    pages = [make_page(lines)]
    return extractor.summarize(
        pages, extractor.extract_clinical(pages, extractor.find_entities(pages))
    )


def test_summary_names_the_key_items(extractor: OfflineClinicalExtractor) -> None:
    summary = _summary(
        extractor,
        "Northwind Community Laboratory",
        "LABORATORY REPORT",
        "Date of service: 2024-03-14",
        "Test Result Unit Reference range Flag",
        "Hemoglobin 13.5 g/dL 12.0-16.0",
        "Glucose 126 mg/dL 70-99 H",
    )
    assert summary == (
        "Lab result from Northwind Community Laboratory, dated 2024-03-14. "
        "2 lab results, 1 abnormal: Glucose 126 high."
    )


def test_empty_document(extractor: OfflineClinicalExtractor) -> None:
    assert _summary(extractor, "Thank you.") == "Document. no clinical items found."


def test_long_documents_are_capped(extractor: OfflineClinicalExtractor) -> None:
    lines = ["DISCHARGE MEDICATIONS"] + [
        f"{i}. Experimentalcompound{'x' * 40}{i} {i + 1} mg PO daily" for i in range(1, 40)
    ]
    summary = _summary(extractor, *lines)
    assert len(summary) <= MAX_SUMMARY_CHARS
    assert "39 medications" in summary


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
def test_sample_summaries_are_short_and_free_of_patient_names(
    extractor: OfflineClinicalExtractor, stem: str
) -> None:
    pages = pages_from_truth(load_truth(stem))
    extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
    summary = extractor.summarize(pages, extraction)
    assert 0 < len(summary) <= MAX_SUMMARY_CHARS
    assert "Testpatient" not in summary
    words = {
        "medications": "medication",
        "labs": "lab result",
        "vitals": "vital sign",
        "conditions": "condition",
        "immunizations": "immunization",
    }
    for category, word in words.items():
        count = len(getattr(extraction, category))
        assert (f"{count} {word}" in summary) == (count > 0), category
