"""Group text fragments (words, cells, pieces of a line) into reading-order lines.

OCR engines and the PDF text layer return text in pieces whose granularity
differs by engine. Every source funnels its pieces through ``group_into_lines``
so all engines give the same shape of output: one ``TextLine`` per visual row,
rows top-to-bottom, pieces in a row left-to-right, boxes as page fractions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.ports import BBox, TextLine

#: Two pieces share a row when their vertical overlap is at least this share of the
#: smaller height (robust to the slight skew of scanned pages).
_ROW_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of text with its box in pixels (or points), origin top-left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1e-6)

    @property
    def y_center(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class _Row:
    fragments: list[Fragment]
    y_center: float
    height: float

    def add(self, fragment: Fragment) -> None:
        count = len(self.fragments)
        self.fragments.append(fragment)
        # Running means keep the band stable as a skewed row grows.
        self.y_center = (self.y_center * count + fragment.y_center) / (count + 1)
        self.height = (self.height * count + fragment.height) / (count + 1)

    def overlap_ratio(self, fragment: Fragment) -> float:
        top = max(self.y_center - self.height / 2, fragment.y0)
        bottom = min(self.y_center + self.height / 2, fragment.y1)
        return max(0.0, bottom - top) / min(self.height, fragment.height)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def group_into_lines(
    fragments: Iterable[Fragment], page_width: float, page_height: float
) -> list[TextLine]:
    """Merge fragments that sit on the same visual row; return rows in reading order."""
    if page_width <= 0 or page_height <= 0:
        raise ValueError("page size must be positive")
    pieces = sorted((f for f in fragments if f.text.strip()), key=lambda f: f.y_center)
    rows: list[_Row] = []
    for fragment in pieces:
        best: _Row | None = None
        best_ratio = _ROW_OVERLAP
        # Only the last few rows can still overlap: pieces arrive sorted by centre.
        for row in rows[-4:]:
            ratio = row.overlap_ratio(fragment)
            if ratio >= best_ratio:
                best, best_ratio = row, ratio
        if best is None:
            rows.append(_Row([fragment], fragment.y_center, fragment.height))
        else:
            best.add(fragment)

    lines: list[TextLine] = []
    for row in sorted(rows, key=lambda r: r.y_center):
        parts = sorted(row.fragments, key=lambda f: f.x0)
        text = " ".join(" ".join(p.text.split()) for p in parts)
        weights = [max(len(p.text.strip()), 1) for p in parts]
        confidence = sum(p.confidence * w for p, w in zip(parts, weights, strict=True)) / sum(
            weights
        )
        bbox: BBox = (
            _clamp(min(p.x0 for p in parts) / page_width),
            _clamp(min(p.y0 for p in parts) / page_height),
            _clamp(max(p.x1 for p in parts) / page_width),
            _clamp(max(p.y1 for p in parts) / page_height),
        )
        lines.append(TextLine(text=text, bbox=bbox, confidence=_clamp(confidence)))
    return lines
