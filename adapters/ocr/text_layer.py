"""Read the embedded text layer of a born-digital PDF page with pypdfium2.

pdfium splits the page's characters into lines (it inserts generated line
breaks); we take those lines, box them from their characters' boxes, turn the
boxes into page fractions (top-left origin, honouring the crop box and the
page's /Rotate), and merge pieces that share a visual row, exactly as the OCR
engines do. Text that is really in the file is certain: confidence 1.0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.ocr.lines import Fragment, group_into_lines
from adapters.ocr.tick_boxes import with_tick_boxes
from pipeline.ports import TextLine

if TYPE_CHECKING:
    import pypdfium2

ENGINE_NAME = "pdf-text-layer"

_LINE_BREAKS = frozenset("\r\n")


def text_layer_version() -> str:
    """pypdfium2 and pdfium versions: a change in either can change extracted text."""
    import pypdfium2 as pdfium

    return f"pypdfium2-{pdfium.version.PYPDFIUM_INFO} pdfium-{pdfium.version.PDFIUM_INFO.build}"


def _to_page_fraction(
    x: float, y: float, crop: tuple[float, float, float, float], rotation: int
) -> tuple[float, float]:
    """User-space point → (u, v) fractions of the page as displayed, origin top-left."""
    left, bottom, right, top = crop
    width = (right - left) or 1.0
    height = (top - bottom) or 1.0
    fx = (x - left) / width  # from the left edge, unrotated
    fy = (y - bottom) / height  # from the bottom edge, unrotated
    if rotation == 90:  # shown turned clockwise: the old left edge is on top
        return fy, fx
    if rotation == 180:
        return 1.0 - fx, fy
    if rotation == 270:
        return 1.0 - fy, 1.0 - fx
    return fx, 1.0 - fy


def _fragment(
    chars: list[str],
    boxes: list[tuple[float, float, float, float]],
    crop: tuple[float, float, float, float],
    rotation: int,
) -> Fragment | None:
    text = "".join(chars).strip()
    if not text or not boxes:
        return None
    us: list[float] = []
    vs: list[float] = []
    for left, bottom, right, top in boxes:
        for x, y in ((left, bottom), (right, top)):
            u, v = _to_page_fraction(x, y, crop, rotation)
            us.append(u)
            vs.append(v)
    return Fragment(text, min(us), min(vs), max(us), max(vs), 1.0)


#: A gap wider than this many character heights between two letters separates table cells
#: (a word space is about a third of one).
_CELL_GAP = 0.9


def _starts_a_cell(
    previous: tuple[float, float, float, float], box: tuple[float, float, float, float]
) -> bool:
    left, bottom, _right, top = box
    height = max(top - bottom, previous[3] - previous[1])
    same_row = abs(bottom - previous[1]) < height
    return same_row and left - previous[2] > _CELL_GAP * height


def read_text_layer(page: pypdfium2.PdfPage) -> list[TextLine]:
    """The text lines of one PDF page's text layer (empty for an image-only page)."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        left, bottom, right, top = page.get_cropbox()
        crop = (float(left), float(bottom), float(right), float(top))
        rotation = int(page.get_rotation()) % 360
        fragments: list[Fragment] = []
        chars: list[str] = []
        boxes: list[tuple[float, float, float, float]] = []
        for index in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
            char = chr(code) if 0 < code < 0x110000 else ""
            if char in _LINE_BREAKS:
                piece = _fragment(chars, boxes, crop, rotation)
                if piece is not None:
                    fragments.append(piece)
                chars, boxes = [], []
                continue
            if not char.isprintable():
                # pdfium's markers (soft hyphen 0x02, unmapped glyphs) are not text.
                char = " " if char.isspace() else ""
            boxed = char.strip() and pdfium_c.FPDFText_IsGenerated(textpage.raw, index) != 1
            box = textpage.get_charbox(index, loose=True) if boxed else None
            if box is not None and boxes and _starts_a_cell(boxes[-1], box):
                # A wide gap on the same row: the next table cell, a piece of its own.
                piece = _fragment(chars, boxes, crop, rotation)
                if piece is not None:
                    fragments.append(piece)
                chars, boxes = [], []
            chars.append(char)
            if box is not None:
                boxes.append(box)
        piece = _fragment(chars, boxes, crop, rotation)
        if piece is not None:
            fragments.append(piece)
    finally:
        textpage.close()
    fragments = with_tick_boxes(
        page, fragments, lambda x, y: _to_page_fraction(x, y, crop, rotation)
    )
    return group_into_lines(fragments, 1.0, 1.0)
