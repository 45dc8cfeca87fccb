"""Skewed scans: a tilted lab report is straightened before its lines are grouped.

The page is our own synthetic cumulative-style lab report drawn with reportlab
(like ``scripts/make_samples.py``), rasterised with pdfium, rotated with Pillow
(white fill) and read by the real RapidOCR engine; lab recall is scored with
the extractor test scorer.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image

from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.ocr.lines import Fragment, estimate_skew, group_into_lines
from adapters.ocr.rapid import RapidOcrEngine
from pipeline.ports import PageText
from tests.extractors.scoring import RULES, Score, match_items

#: (test, value, unit, reference) rows of the synthetic report (made-up values).
LABS: tuple[tuple[str, str, str, str], ...] = (
    ("Haemoglobin", "118", "g/L", "115-165"),
    ("White cell count", "11.2", "x10^9/L", "4.0-11.0"),
    ("Platelets", "312", "x10^9/L", "150-400"),
    ("Sodium", "133", "mmol/L", "135-145"),
    ("Potassium", "4.6", "mmol/L", "3.5-5.2"),
    ("Urea", "7.9", "mmol/L", "2.5-7.8"),
    ("Creatinine", "96", "umol/L", "45-90"),
    ("eGFR", "58", "mL/min/1.73m2", ">60"),
    ("ALT", "41", "U/L", "0-33"),
    ("Albumin", "36", "g/L", "35-50"),
    ("CRP", "14", "mg/L", "0-5"),
    ("Ferritin", "22", "ug/L", "30-400"),
    ("TSH", "2.1", "mIU/L", "0.5-4.0"),
    ("HbA1c", "52", "mmol/mol", "20-41"),
)
COLUMNS = (0.08, 0.44, 0.58, 0.76)


def draw_lab_report(path: Path) -> None:
    """One US-letter page: a heading block, a column header and one row per test."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    width, height = letter
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    y = height - 60
    for text, size in (("Riverside Pathology Services", 15), ("CUMULATIVE REPORT", 12)):
        pdf.setFont("Helvetica-Bold", size)
        pdf.drawString(0.08 * width, y, text)
        y -= size * 1.8
    pdf.setFont("Helvetica", 10)
    pdf.drawString(0.08 * width, y, "Collected: 14/03/2025 08:10   Requested by: Dr K Example")
    y -= 28
    pdf.setFont("Helvetica-Bold", 10)
    for x, text in zip(COLUMNS, ("Test", "Result", "Units", "Reference range"), strict=True):
        pdf.drawString(x * width, y, text)
    pdf.setFont("Helvetica", 10)
    for row in LABS:
        y -= 17
        for x, text in zip(COLUMNS, row, strict=True):
            pdf.drawString(x * width, y, text)
    pdf.showPage()
    pdf.save()


def rasterise(path: Path, dpi: int = 150) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        bitmap = pdf[0].render(scale=dpi / 72)
        image: Image.Image = bitmap.to_pil().convert("RGB")
    finally:
        pdf.close()
    return image


def lab_recall(engine: RapidOcrEngine, image: Image.Image) -> Score:
    pages = [PageText(1, tuple(engine.recognize(image)), engine="rapidocr", engine_version="t")]
    extractor = OfflineClinicalExtractor()
    extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
    truth = [{"test_name": name, "value_numeric": float(value)} for name, value, _, _ in LABS]
    predicted = extraction.model_dump(mode="json")["labs"]
    return match_items(predicted, truth, RULES["labs"])


@pytest.fixture(scope="module")
def straight_page(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    path = tmp_path_factory.mktemp("deskew") / "labs.pdf"
    draw_lab_report(path)
    return rasterise(path)


@pytest.fixture(scope="module")
def straight_score(rapid_engine: RapidOcrEngine, straight_page: Image.Image) -> Score:
    return lab_recall(rapid_engine, straight_page)


@pytest.mark.parametrize("angle", [1.5, 3.0])
def test_tilted_scan_reads_labs_as_well_as_straight(
    rapid_engine: RapidOcrEngine, straight_page: Image.Image, straight_score: Score, angle: float
) -> None:
    straight = straight_score
    tilted_image = straight_page.rotate(angle, expand=True, fillcolor="white")
    tilted = lab_recall(rapid_engine, tilted_image)
    assert straight.recall >= 0.9
    assert tilted.recall >= straight.recall - 0.05
    assert tilted.precision >= 0.9


def _tilted_row(y: float, angle_deg: float) -> list[Fragment]:
    """Three cells of one table row along a baseline tilted by ``angle_deg``."""
    slope = math.tan(math.radians(angle_deg))
    cells = []
    for x0, text in ((100.0, "Sodium"), (550.0, "133"), (750.0, "mmol/L")):
        x1 = x0 + 80
        top, bottom = (y + slope * x0, y + slope * x1), (y + 20 + slope * x0, y + 20 + slope * x1)
        quad = ((x0, top[0]), (x1, top[1]), (x1, bottom[1]), (x0, bottom[0]))
        xs, ys = [p[0] for p in quad], [p[1] for p in quad]
        cells.append(Fragment(text, min(xs), min(ys), max(xs), max(ys), 0.99, quad))
    return cells


def test_skew_is_estimated_from_box_baselines() -> None:
    fragments = _tilted_row(100, 3.0) + _tilted_row(125, 3.0)
    assert estimate_skew(fragments) == pytest.approx(math.radians(3.0), abs=1e-3)
    assert estimate_skew([Fragment("a", 0, 0, 10, 10, 1.0)]) == 0.0


def test_rows_closer_than_the_drift_are_kept_apart() -> None:
    # At 3 degrees the row drifts 34 px over the page, more than the 25 px row pitch.
    fragments = _tilted_row(100, 3.0) + _tilted_row(125, 3.0)
    lines = group_into_lines(fragments, 1240.0, 1754.0)
    assert [line.text for line in lines] == ["Sodium 133 mmol/L", "Sodium 133 mmol/L"]


def test_a_table_rule_beside_a_number_is_not_text() -> None:
    fragments = [
        Fragment("Weight", 100, 100, 200, 120, 0.99),
        Fragment("|60.8", 400, 100, 470, 120, 0.95),
        Fragment("kg|", 480, 100, 520, 120, 0.95),
        Fragment("BP 128/82|", 600, 100, 720, 120, 0.95),
    ]
    (line,) = group_into_lines(fragments, 1240.0, 1754.0)
    assert line.text == "Weight 60.8 kg| BP 128/82"
