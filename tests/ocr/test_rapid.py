"""RapidOCR engine: accuracy on a clean page, geometry, blank pages, offline models."""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PIL import Image, ImageDraw

from adapters.ocr.metrics import character_error_rate
from adapters.ocr.rapid import RapidOcrEngine

PageMaker = Callable[..., Image.Image]


def test_clean_page_is_read_accurately_in_order(
    rapid_engine: RapidOcrEngine,
    make_page: PageMaker,
    clean_lines: Sequence[str],
    record_property: Any,
) -> None:
    lines = rapid_engine.recognize(make_page())
    cer = character_error_rate("\n".join(clean_lines), "\n".join(line.text for line in lines))
    record_property("rapidocr_clean_cer", round(cer, 4))
    assert cer < 0.02
    assert len(lines) == len(clean_lines)
    for line in lines:
        x0, y0, x1, y1 = line.bbox
        assert 0.0 <= x0 < x1 <= 1.0
        assert 0.0 <= y0 < y1 <= 1.0
        assert 0.5 < line.confidence <= 1.0
    tops = [line.bbox[1] for line in lines]
    assert tops == sorted(tops)
    # First line drawn at x=100, y=120 on a 1240 x 1754 page.
    assert lines[0].bbox[0] == pytest.approx(100 / 1240, abs=0.01)
    assert lines[0].bbox[1] == pytest.approx(120 / 1754, abs=0.01)


def test_far_apart_pieces_of_a_row_are_one_line(
    rapid_engine: RapidOcrEngine, draw_font: Callable[[int], Any]
) -> None:
    image = Image.new("RGB", (1240, 740), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), "Potassium", font=draw_font(28), fill="black")
    draw.text((900, 100), "4.1 mmol/L", font=draw_font(28), fill="black")
    lines = rapid_engine.recognize(image)
    assert [line.text for line in lines] == ["Potassium 4.1 mmol/L"]


def test_blank_and_grayscale_pages(
    rapid_engine: RapidOcrEngine, make_page: PageMaker, clean_lines: Sequence[str]
) -> None:
    assert rapid_engine.recognize(Image.new("RGB", (800, 1000), "white")) == []
    gray = make_page(clean_lines[:2], size=(1240, 740)).convert("L")
    assert [line.text for line in rapid_engine.recognize(gray)] == [
        "Patient ID: TST-0042 Ward 7B",
        "Hemoglobin 13.2 g/dL (ref 12.0-15.5)",
    ]


def test_version_names_package_and_models(rapid_engine: RapidOcrEngine) -> None:
    assert rapid_engine.name == "rapidocr"
    assert rapid_engine.version.startswith("rapidocr-3.")
    assert "PP-OCRv6_det_small" in rapid_engine.version
    assert "PP-OCRv6_rec_small" in rapid_engine.version


def test_engine_loads_and_runs_with_the_network_cut(
    monkeypatch: pytest.MonkeyPatch, make_page: PageMaker, clean_lines: Sequence[str]
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> socket.socket:
        raise AssertionError("OCR tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    engine = RapidOcrEngine()  # a fresh instance: models loaded from the wheel, no download
    lines = engine.recognize(make_page(clean_lines[:1], size=(1240, 740)))
    assert [line.text for line in lines] == ["Patient ID: TST-0042 Ward 7B"]


def test_missing_model_files_fail_at_construction(tmp_path: Any) -> None:
    from pipeline.errors import ConfigurationError

    with pytest.raises(ConfigurationError) as caught:
        RapidOcrEngine(model_dir=tmp_path, warm_up=False)
    assert caught.value.code == "ocr_model_missing"


def test_one_engine_serves_threads(
    rapid_engine: RapidOcrEngine, make_page: PageMaker, clean_lines: Sequence[str]
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    chosen = clean_lines[1:3]
    pages = [make_page([line], size=(1240, 740)) for line in chosen]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(rapid_engine.recognize, pages))
    assert [[line.text for line in lines] for lines in results] == [[line] for line in chosen]
