"""The extractor's contract: port shape, factory, schema validity, provenance, determinism."""

from __future__ import annotations

import hashlib
import logging

import pytest

from adapters.extractors import make_extractor
from adapters.extractors.offline import OfflineClinicalExtractor
from pipeline.clinical.schema import ClinicalExtraction, EntityDetections, SourceRef
from pipeline.errors import ConfigurationError
from pipeline.ports import ClinicalExtractor, PageText
from tests.extractors.conftest import make_page
from tests.extractors.scoring import SAMPLE_STEMS, load_truth, pages_from_truth

MIXED_LINES = (
    "St. Example General Hospital",
    "DISCHARGE SUMMARY",
    "Patient: Test Person MRN: TEST-1",
    "Date of admission: 2024-02-10 Date of discharge: 2024-02-14",
    "Attending physician: Dr. Robert Sample",
    "DISCHARGE DIAGNOSES",
    "1. Community-acquired pneumonia (J18.9)",
    "ALLERGIES",
    "Penicillin - reaction: hives",
    "Vitals: BP 128/82, HR 76, Temp 37.1 C, SpO2 97%",
    "Test Result Unit Reference range Flag",
    "Glucose 182 mg/dL 70-99 H",
    "DISCHARGE MEDICATIONS",
    "1. Metformin 500 mg PO twice daily",
    "IMMUNIZATIONS",
    "Influenza (IIV4) 1 10/12/2023 FL4821A",
)


def _run(extractor: ClinicalExtractor, pages: list[PageText]) -> tuple[str, str, str]:
    entities = extractor.find_entities(pages)
    extraction = extractor.extract_clinical(pages, entities)
    summary = extractor.summarize(pages, extraction)
    return entities.model_dump_json(), extraction.model_dump_json(), summary


def test_factory_builds_the_offline_extractor() -> None:
    extractor: ClinicalExtractor = make_extractor()
    assert isinstance(extractor, OfflineClinicalExtractor)
    assert (extractor.name, extractor.version) == ("offline-rules", "2.27.0")
    assert isinstance(make_extractor("offline"), OfflineClinicalExtractor)


def test_factory_rejects_an_unknown_name() -> None:
    with pytest.raises(ConfigurationError) as raised:
        make_extractor("nope")
    assert raised.value.code == "extractor_unknown"


def test_output_round_trips_through_the_schema(extractor: OfflineClinicalExtractor) -> None:
    pages = [make_page(MIXED_LINES)]
    entities = extractor.find_entities(pages)
    extraction = extractor.extract_clinical(pages, entities)
    assert EntityDetections.model_validate_json(entities.model_dump_json()) == entities
    assert ClinicalExtraction.model_validate_json(extraction.model_dump_json()) == extraction
    assert (extraction.extractor, extraction.extractor_version) == ("offline-rules", "2.27.0")
    counts = [
        len(getattr(extraction, kind))
        for kind in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
    ]
    assert counts == [1, 1, 4, 1, 1, 1]
    assert {e.entity_type for e in entities.entities} == {
        "facility",
        "date_of_service",
        "provider",
        "condition",
        "allergy",
        "vital",
        "lab",
        "medication",
        "immunization",
    }


def test_every_item_points_at_its_source_line(extractor: OfflineClinicalExtractor) -> None:
    pages = [make_page(MIXED_LINES[:8], number=1), make_page(MIXED_LINES[8:], number=2)]
    extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
    lines = {
        (p.page_number, line.bbox): hashlib.sha256(line.text.encode()).hexdigest()
        for p in pages
        for line in p.lines
    }
    sources: list[SourceRef] = [
        *(item.source for item in extraction.medications),
        *(item.source for item in extraction.labs),
        *(item.source for item in extraction.vitals),
        *(item.source for item in extraction.allergies),
        *(item.source for item in extraction.conditions),
        *(item.source for item in extraction.immunizations),
    ]
    assert len(sources) == 9
    for source in sources:
        assert lines[(source.page, source.bbox)] == source.line_text_sha256
    assert {item.source.page for item in extraction.conditions} == {1}
    assert {item.source.page for item in extraction.medications} == {2}


def test_sig_line_widens_the_source_box(extractor: OfflineClinicalExtractor) -> None:
    pages = [make_page(("Rx: Amoxicillin 500 mg capsules", "Sig: 1 capsule PO TID"))]
    (entity,) = extractor.find_entities(pages).entities
    first, second = pages[0].lines
    assert entity.source.bbox == (first.bbox[0], first.bbox[1], second.bbox[2], second.bbox[3])
    assert entity.source.line_text_sha256 == hashlib.sha256(first.text.encode()).hexdigest()


def test_line_confidence_scales_entity_confidence(extractor: OfflineClinicalExtractor) -> None:
    sure = extractor.find_entities([make_page(("Metformin 500 mg PO BID",))]).entities[0]
    unsure = extractor.find_entities(
        [make_page(("Metformin 500 mg PO BID",), confidence=0.5)]
    ).entities[0]
    assert unsure.confidence == pytest.approx(sure.confidence * 0.5, abs=1e-3)


def test_failed_pages_are_skipped(extractor: OfflineClinicalExtractor) -> None:
    failed = PageText(
        1,
        make_page(("Metformin 500 mg PO BID",)).lines,
        "test",
        "1",
        status="failed",
        error_code="ocr_failed",
    )
    assert extractor.find_entities([failed]).entities == ()


def test_same_input_gives_byte_identical_output() -> None:
    pages = [pages_from_truth(load_truth(stem)) for stem in SAMPLE_STEMS]
    first = [_run(OfflineClinicalExtractor(), p) for p in pages]
    second = [_run(OfflineClinicalExtractor(), p) for p in reversed(pages)]
    assert first == list(reversed(second))


def test_logs_carry_counts_not_document_text(
    extractor: OfflineClinicalExtractor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="adapters.extractors")
    pages = [make_page(MIXED_LINES)]
    _run(extractor, pages)
    assert caplog.records
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "Test Person" not in logged and "Metformin" not in logged
