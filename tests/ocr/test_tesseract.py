"""Tesseract engine. Runs where the binary is installed, and always under CI (which installs it)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from adapters.ocr.metrics import character_error_rate
from adapters.ocr.page_reader import DocumentPageReader
from adapters.ocr.tesseract import TesseractEngine
from pipeline.errors import ConfigurationError
from pipeline.ports import ScanReport

PageMaker = Callable[..., Image.Image]
SAMPLES = Path(__file__).resolve().parents[2] / "samples"

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract binary not installed (apt-get install tesseract-ocr); required under CI",
)


@pytest.fixture(scope="module")
def tesseract() -> TesseractEngine:
    return TesseractEngine()


@needs_tesseract
def test_clean_page(
    tesseract: TesseractEngine,
    make_page: PageMaker,
    clean_lines: Sequence[str],
    record_property: Any,
) -> None:
    lines = tesseract.recognize(make_page())
    cer = character_error_rate("\n".join(clean_lines), "\n".join(line.text for line in lines))
    record_property("tesseract_clean_cer", round(cer, 4))
    assert cer < 0.02
    assert len(lines) == len(clean_lines)
    tops = [line.bbox[1] for line in lines]
    assert tops == sorted(tops)
    assert lines[0].bbox[0] == pytest.approx(100 / 1240, abs=0.01)
    assert lines[0].bbox[1] == pytest.approx(120 / 1754, abs=0.01)
    assert all(0.5 < line.confidence <= 1.0 for line in lines)


@needs_tesseract
def test_prescription_scan_sample(
    tesseract: TesseractEngine,
    sample_truth: Callable[[str], list[list[str]]],
    record_property: Any,
) -> None:
    truth = sample_truth("prescription_scan")
    report = ScanReport(mime_type="application/pdf", page_count=1, sha256="0" * 64, size_bytes=1)
    pages = list(
        DocumentPageReader(tesseract).read_pages(SAMPLES / "prescription_scan.pdf", report)
    )
    assert [p.engine for p in pages] == ["tesseract"]
    cer = character_error_rate("\n".join(truth[0]), pages[0].text)
    record_property("prescription_scan_tesseract_cer", round(cer, 4))
    print(f"\nprescription_scan tesseract CER = {cer:.4f}")
    assert cer <= 0.05


@needs_tesseract
def test_blank_page_and_version(tesseract: TesseractEngine) -> None:
    assert tesseract.recognize(Image.new("RGB", (600, 800), "white")) == []
    assert tesseract.name == "tesseract"
    assert tesseract.version.startswith("tesseract-")
    assert "lang=eng" in tesseract.version


def test_missing_binary_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "no-such-tesseract-binary")
    with pytest.raises(ConfigurationError) as caught:
        TesseractEngine()
    assert caught.value.code == "ocr_engine_missing"
    assert "tesseract-ocr" in caught.value.message
