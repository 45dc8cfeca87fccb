"""Extraction quality on the generated samples against their ground truth.

Two inputs per sample: the exact drawn lines (truth ``pages``) and, when the OCR
adapter is importable, the real page text from ``adapters.ocr``. Precision and
recall are recorded (``record_property``) and printed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from adapters.extractors.offline import OfflineClinicalExtractor
from pipeline.ports import PageReader, ScanReport
from tests.extractors.scoring import (
    RULES,
    SAMPLE_FILES,
    SAMPLE_STEMS,
    SAMPLES,
    Score,
    damaged_truth,
    format_scores,
    load_truth,
    pages_from_truth,
    score_extraction,
)

GATED = ("medications", "labs")
MINIMUM = 0.9


def _record(record_property: Any, label: str, scores: dict[str, Score]) -> None:
    for category, score in scores.items():
        record_property(f"{label}_{category}_precision", round(score.precision, 4))
        record_property(f"{label}_{category}_recall", round(score.recall, 4))
    print(f"\n{format_scores(label, scores, list(RULES))}")


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
def test_accuracy_on_truth_text(
    extractor: OfflineClinicalExtractor, stem: str, record_property: Any
) -> None:
    truth = load_truth(stem)
    pages = pages_from_truth(truth)
    extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
    scores = score_extraction(extraction, truth)
    _record(record_property, f"{stem}_truth", scores)
    for category, score in scores.items():
        assert score.precision >= MINIMUM and score.recall >= MINIMUM, (category, score)
    assert extraction.document_type == truth["document_type"]
    expected_date = truth["service_date"] and dt.date.fromisoformat(truth["service_date"])
    assert extraction.service_date == (expected_date or None)
    assert extraction.provider_name == truth["provider_name"]
    assert extraction.facility_name == truth["facility_name"]


def test_accuracy_on_damaged_truth_text(
    extractor: OfflineClinicalExtractor, record_property: Any
) -> None:
    """Seeded OCR-like damage (case, confused characters, lost spaces) on 15% of words."""
    totals = {category: Score(0, 0, 0) for category in RULES}
    for seed in range(8):
        for stem in SAMPLE_STEMS:
            truth = load_truth(stem)
            pages = pages_from_truth(damaged_truth(truth, f"{seed}-{stem}", rate=0.15))
            extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
            for category, score in score_extraction(extraction, truth).items():
                totals[category] = totals[category] + score
    _record(record_property, "damaged_truth", totals)
    for category in GATED:
        score = totals[category]
        assert score.precision >= MINIMUM and score.recall >= MINIMUM, (category, score)


@pytest.fixture(scope="module")
def page_reader() -> PageReader:
    ocr = pytest.importorskip("adapters.ocr", reason="the OCR adapter is not importable")
    reader: PageReader = ocr.make_page_reader("rapidocr")
    return reader


@pytest.mark.slow
@pytest.mark.parametrize("stem", SAMPLE_STEMS)
def test_accuracy_on_ocr_text(
    extractor: OfflineClinicalExtractor,
    page_reader: PageReader,
    stem: str,
    record_property: Any,
) -> None:
    name, mime = SAMPLE_FILES[stem]
    path = SAMPLES / name
    report = ScanReport(mime_type=mime, page_count=1, sha256="0" * 64, size_bytes=1)
    pages = list(page_reader.read_pages(path, report))
    truth = load_truth(stem)
    assert [page.status for page in pages] == ["ok"] * truth["page_count"]
    extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
    scores = score_extraction(extraction, truth)
    _record(record_property, f"{stem}_ocr_{pages[0].engine}", scores)
    for category in GATED:
        score = scores[category]
        assert score.precision >= MINIMUM and score.recall >= MINIMUM, (category, score)
    assert extraction.document_type == truth["document_type"]
