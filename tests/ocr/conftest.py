"""Fixtures for the OCR adapter tests: one shared RapidOCR engine and page makers."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from adapters.ocr.rapid import RapidOcrEngine

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SAMPLES = Path(__file__).resolve().parents[2] / "samples"

#: Made-up clinical lines (no real person) used across the OCR tests.
CLEAN_LINES = (
    "Patient ID: TST-0042   Ward 7B",
    "Hemoglobin 13.2 g/dL (ref 12.0-15.5)",
    "Creatinine 0.91 mg/dL",
    "Metformin 500 mg by mouth twice daily",
    "Amoxicillin 250 mg/5 mL, 5 mL three times a day",
    "Next review: 14 March 2025",
)

PageMaker = Callable[..., Image.Image]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if DEJAVU.is_file():
        return ImageFont.truetype(str(DEJAVU), size)
    return ImageFont.load_default(size=size)


def render_page(
    lines: Sequence[str] = CLEAN_LINES,
    *,
    size: tuple[int, int] = (1240, 1754),
    font_size: int = 28,
    top: int = 120,
    spacing: int = 70,
) -> Image.Image:
    """A clean white page (A4 at 150 dpi) with ``lines`` drawn in black.

    Keep pages at least 736 px on the short side: RapidOCR's detector upscales
    smaller images to that, so a thin strip costs more than a full page.
    """
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = _font(font_size)
    for index, line in enumerate(lines):
        draw.text((100, top + index * spacing), line, font=font, fill="black")
    return image


@pytest.fixture(scope="session")
def rapid_engine() -> RapidOcrEngine:
    """Model load takes seconds: one engine for the whole session."""
    return RapidOcrEngine()


@pytest.fixture
def make_page() -> PageMaker:
    return render_page


@pytest.fixture
def clean_lines() -> tuple[str, ...]:
    return CLEAN_LINES


@pytest.fixture
def draw_font() -> Callable[[int], ImageFont.FreeTypeFont | ImageFont.ImageFont]:
    return _font


@pytest.fixture
def sample_truth() -> Callable[[str], list[list[str]]]:
    """The drawn lines per page of a generated sample, or a visible skip if absent."""

    def load(stem: str) -> list[list[str]]:
        truth = SAMPLES / f"{stem}.truth.json"
        if not truth.is_file():
            pytest.skip(f"samples/{stem}.truth.json not generated yet")
        pages = json.loads(truth.read_text(encoding="utf-8"))["pages"]
        # Each page is a list of lines (or an object holding one under "lines").
        return [
            [str(line) for line in (page["lines"] if isinstance(page, dict) else page)]
            for page in pages
        ]

    return load
