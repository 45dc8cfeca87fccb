"""OCR accuracy on the generated sample documents against their drawn text (truth.json).

The figures are printed and recorded as junit properties (``record_property``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from adapters.ocr.metrics import character_error_rate
from adapters.ocr.page_reader import DocumentPageReader
from adapters.ocr.rapid import RapidOcrEngine
from pipeline.ports import ScanReport, TextLine

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
Truth = Callable[[str], list[list[str]]]


class _NoOcr:
    name = "no-ocr"
    version = "0"

    def recognize(self, image: object) -> list[TextLine]:
        raise AssertionError("a born-digital page was sent to OCR")


def _report(mime: str) -> ScanReport:
    return ScanReport(mime_type=mime, page_count=1, sha256="0" * 64, size_bytes=1)


def _document_cer(
    reader: DocumentPageReader, path: Path, mime: str, truth: list[list[str]]
) -> float:
    pages = list(reader.read_pages(path, _report(mime)))
    assert [p.status for p in pages] == ["ok"] * len(truth)
    reference = "\n".join("\n".join(lines) for lines in truth)
    return character_error_rate(reference, "\n".join(p.text for p in pages))


def test_prescription_scan_cer(
    rapid_engine: RapidOcrEngine, sample_truth: Truth, record_property: Any
) -> None:
    truth = sample_truth("prescription_scan")
    cer = _document_cer(
        DocumentPageReader(rapid_engine),
        SAMPLES / "prescription_scan.pdf",
        "application/pdf",
        truth,
    )
    record_property("prescription_scan_rapidocr_cer", round(cer, 4))
    print(f"\nprescription_scan rapidocr CER = {cer:.4f}")
    assert cer <= 0.05


def test_vaccination_photo_cer(
    rapid_engine: RapidOcrEngine, sample_truth: Truth, record_property: Any
) -> None:
    truth = sample_truth("vaccination_record")
    cer = _document_cer(
        DocumentPageReader(rapid_engine), SAMPLES / "vaccination_record.jpg", "image/jpeg", truth
    )
    record_property("vaccination_record_rapidocr_cer", round(cer, 4))
    print(f"\nvaccination_record rapidocr CER = {cer:.4f}")
    assert cer <= 0.05


@pytest.mark.parametrize("stem", ["lab_report", "discharge_summary"])
def test_born_digital_text_layer_is_exact(
    stem: str, sample_truth: Truth, record_property: Any
) -> None:
    truth = sample_truth(stem)
    cer = _document_cer(
        DocumentPageReader(_NoOcr()), SAMPLES / f"{stem}.pdf", "application/pdf", truth
    )
    record_property(f"{stem}_text_layer_cer", cer)
    assert cer == 0.0
