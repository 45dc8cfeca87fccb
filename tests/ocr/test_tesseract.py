"""Tesseract engine. Runs where the binary is installed, and always under CI (which installs it)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PIL import Image

from adapters.ocr.metrics import character_error_rate
from adapters.ocr.tesseract import TesseractEngine
from pipeline.errors import ConfigurationError

PageMaker = Callable[..., Image.Image]

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
