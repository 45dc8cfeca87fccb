"""Born-digital PDF text straight from the text layer, boxes matching the rendered ink."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from adapters.ocr.text_layer import ENGINE_NAME, read_text_layer, text_layer_version

LINES = (
    "Complete Blood Count - Specimen TST-0042",
    "Hemoglobin 13.2 g/dL (ref 12.0-15.5)",
    "Platelets 250 x10^3/uL",
    "Comment: sample slightly haemolysed; repeat if K+ > 5.5",
)


def _pdf(path: Path, rotation: int = 0) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setPageRotation(rotation)
    pdf.setFont("Helvetica", 12)
    y = 560  # fits under both 842 and 595 pt: reportlab swaps the box of 90° pages
    for line in LINES:
        pdf.drawString(72, y, line)
        y -= 24
    # A table row drawn as two separate strings lands on one line.
    pdf.drawString(72, y, "Potassium")
    pdf.drawString(320, y, "4.1 mmol/L")
    pdf.showPage()
    pdf.showPage()  # an empty second page
    pdf.save()
    return path


def _ink_box(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    bitmap = page.render(scale=1)
    image = bitmap.to_pil().convert("L")
    bitmap.close()
    x0, y0, x1, y1 = image.point(lambda v: 255 if v < 128 else 0).getbbox() or (0, 0, 0, 0)
    return (x0 / image.width, y0 / image.height, x1 / image.width, y1 / image.height)


def test_text_layer_lines_are_exact(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument(_pdf(tmp_path / "doc.pdf"))
    try:
        page = pdf[0]
        lines = read_text_layer(page)
        page.close()
        assert [line.text for line in lines] == [*LINES, "Potassium 4.1 mmol/L"]
        assert all(line.confidence == 1.0 for line in lines)
        tops = [line.bbox[1] for line in lines]
        assert tops == sorted(tops)
        first = lines[0].bbox
        # 72 pt from the left of a 595 pt page; baseline 560 pt from the bottom of 842.
        assert first[0] == pytest.approx(72 / 595.28, abs=0.005)
        assert first[1] == pytest.approx((842 - 560 - 12) / 842, abs=0.01)

        empty = pdf[1]
        assert read_text_layer(empty) == []
        empty.close()
    finally:
        pdf.close()


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_boxes_follow_page_rotation(tmp_path: Path, rotation: int) -> None:
    pdf = pdfium.PdfDocument(_pdf(tmp_path / "rotated.pdf", rotation))
    try:
        page = pdf[0]
        lines = read_text_layer(page)
        ink = _ink_box(page)
        page.close()
    finally:
        pdf.close()
    union = (
        min(line.bbox[0] for line in lines),
        min(line.bbox[1] for line in lines),
        max(line.bbox[2] for line in lines),
        max(line.bbox[3] for line in lines),
    )
    # Loose glyph boxes are a little larger than the ink they hold.
    assert union == pytest.approx(ink, abs=0.02)


def test_version_names_pdfium() -> None:
    assert ENGINE_NAME == "pdf-text-layer"
    assert "pypdfium2-" in text_layer_version()
    assert "pdfium-" in text_layer_version()


def test_a_table_row_keeps_its_cells_with_their_edges(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    # One string with wide gaps (as a report generator pads columns) and one drawn in pieces.
    pdf.drawString(72, 700, "GGT" + " " * 30 + "72 H" + " " * 40 + "55")
    pdf.drawString(72, 680, "Sodium 139 mmol/L")
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(path)
    try:
        page = document[0]
        row, words = read_text_layer(page)
        page.close()
    finally:
        document.close()
    assert row.text == "GGT 72 H 55"
    assert [cell for cell, _x0, _x1 in row.cells] == ["GGT", "72 H", "55"]
    lefts = [x0 for _cell, x0, _x1 in row.cells]
    assert lefts == sorted(lefts) and lefts[0] == pytest.approx(72 / 595.28, abs=0.005)
    # A word space is not a cell boundary.
    assert [cell for cell, _x0, _x1 in words.cells] == ["Sodium 139 mmol/L"]
