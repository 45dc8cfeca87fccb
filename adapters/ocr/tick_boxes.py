"""Tick boxes drawn as vector paths on a born-digital PDF page, read as box glyphs.

Form software draws each answer box as a small square path and the tick or cross made in
it as strokes; neither is text, so the text layer shows a question and its "Yes  No"
header but not the answer. Each square is given back as a text piece in its place, "☒"
when a mark sits inside it and "☐" when it is empty, so the form readers see the answer
the page shows. A mark typed as a character ("X") inside a drawn box is folded into it.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from adapters.ocr.lines import Fragment

if TYPE_CHECKING:
    import pypdfium2

TICKED = "\u2612"  # ☒
EMPTY = "\u2610"  # ☐

#: A box's side in points: answer boxes are about a character high (bullets are smaller,
#: table cells larger).
_MIN_SIDE, _MAX_SIDE = 5.0, 20.0
#: How far a box may be from square (width / height).
_MAX_ASPECT = 1.25
#: A mark is at least this share of its box's side, and at most this many sides large
#: (a tick drawn by hand overshoots its box).
_MIN_MARK, _MAX_MARK = 0.4, 2.5
#: A character that marks a box when typed inside it: alone in its piece, or read with the
#: answer's label after it as one piece ("X Yes").
_MARK_CHAR = r"[xX\u00d7✓✔√]"
_TYPED_MARK = re.compile(rf"^\s*{_MARK_CHAR}\s*$")
_LEADING_MARK = re.compile(rf"^\s*{_MARK_CHAR}\s+(?=\S)")

Bounds = tuple[float, float, float, float]  # left, bottom, right, top (user space)
ToPage = Callable[[float, float], tuple[float, float]]


@dataclass(frozen=True, slots=True)
class _Path:
    bounds: Bounds
    rectangle: bool  # only straight segments, closed, four corners

    @property
    def width(self) -> float:
        return self.bounds[2] - self.bounds[0]

    @property
    def height(self) -> float:
        return self.bounds[3] - self.bounds[1]

    @property
    def centre(self) -> tuple[float, float]:
        left, bottom, right, top = self.bounds
        return (left + right) / 2, (bottom + top) / 2


def _is_rectangle(raw_path: object) -> bool:
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFPath_CountSegments(raw_path)
    if not 4 <= count <= 6:
        return False
    closed = False
    for index in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(raw_path, index)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return False  # a circle or a rounded glyph, not a box
        closed = closed or bool(pdfium_c.FPDFPathSegment_GetClose(segment))
    return closed or count == 5  # "re" gives a closed path; moveto + 4 lines back home too


def _stroked_only(raw_path: object) -> bool:
    import pypdfium2.raw as pdfium_c

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(raw_path, fill, stroke)
    return fill.value == 0 and bool(stroke.value)


def _paths(page: pypdfium2.PdfPage) -> list[_Path]:
    import pypdfium2.raw as pdfium_c

    paths: list[_Path] = []
    # Top-level objects only: a form XObject's paths are in its own coordinate space.
    for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=0):
        left, bottom, right, top = item.get_bounds()
        paths.append(
            _Path(
                (float(left), float(bottom), float(right), float(top)),
                _is_rectangle(item.raw) and _stroked_only(item.raw),
            )
        )
    return paths


def _is_box(path: _Path) -> bool:
    width, height = path.width, path.height
    return (
        path.rectangle
        and _MIN_SIDE <= width <= _MAX_SIDE
        and _MIN_SIDE <= height <= _MAX_SIDE
        and max(width, height) / min(width, height) <= _MAX_ASPECT
    )


def _inside(point: tuple[float, float], box: Bounds) -> bool:
    left, bottom, right, top = box
    return left <= point[0] <= right and bottom <= point[1] <= top


def _marks(box: _Path, strokes: Sequence[_Path]) -> bool:
    side = max(box.width, box.height)
    return any(
        _inside(path.centre, box.bounds)
        and _MIN_MARK * side <= max(path.width, path.height) <= _MAX_MARK * side
        for path in strokes
    )


def _fragment_inside(fragment: Fragment, box: Fragment) -> bool:
    x = (fragment.x0 + fragment.x1) / 2
    y = (fragment.y0 + fragment.y1) / 2
    return box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1


def with_tick_boxes(
    page: pypdfium2.PdfPage, fragments: Sequence[Fragment], to_page: ToPage
) -> list[Fragment]:
    """``fragments`` plus one piece per drawn tick box ("☒" or "☐"), in page fractions;
    typed marks inside a box are folded into it."""
    squares: list[_Path] = []
    strokes: list[_Path] = []
    for path in _paths(page):
        (squares if _is_box(path) else strokes).append(path)
    boxes: list[Fragment] = []
    for path in squares:
        left, bottom, right, top = path.bounds
        (u0, v0), (u1, v1) = to_page(left, top), to_page(right, bottom)
        glyph = TICKED if _marks(path, strokes) else EMPTY
        boxes.append(Fragment(glyph, min(u0, u1), min(v0, v1), max(u0, u1), max(v0, v1), 1.0))
    if not boxes:
        return list(fragments)
    kept: list[Fragment] = []
    for fragment in fragments:
        holder = next((b for b in boxes if _fragment_inside(fragment, b)), None)
        if holder is not None and _TYPED_MARK.match(fragment.text):
            boxes[boxes.index(holder)] = _ticked(holder)
            continue
        lead = _LEADING_MARK.match(fragment.text)
        holder = next((b for b in boxes if _starts_inside(fragment, b)), None) if lead else None
        if lead and holder is not None:
            # "X No" in one piece: the mark typed in the box, then the answer's label
            boxes[boxes.index(holder)] = _ticked(holder)
            fragment = replace(fragment, text=fragment.text[lead.end() :], x0=holder.x1)
        kept.append(fragment)
    return kept + boxes


def _ticked(box: Fragment) -> Fragment:
    return replace(box, text=TICKED)


def _starts_inside(fragment: Fragment, box: Fragment) -> bool:
    middle = (fragment.y0 + fragment.y1) / 2
    return box.x0 <= fragment.x0 <= box.x1 and box.y0 <= middle <= box.y1
