"""Group text fragments (words, cells, pieces of a line) into reading-order lines.

OCR engines and the PDF text layer return text in pieces whose granularity
differs by engine. Every source funnels its pieces through ``group_into_lines``
so all engines give the same shape of output: one ``TextLine`` per visual row,
rows top-to-bottom, pieces in a row left-to-right, boxes as page fractions.

A scanned page is often tilted by a degree or two; across a wide table that
drifts more than a row's height, so a test name would pair with the value of
the row above. When the engine gives each piece's four corners, the page's
skew is estimated from them and rows are grouped in the straightened frame
(the boxes handed back stay in the image's own frame).
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.ports import BBox, TextLine

#: Two pieces share a row when their vertical overlap is at least this share of the
#: smaller height (robust to the slight skew of scanned pages).
_ROW_OVERLAP = 0.5
#: Below this tilt (radians, ~0.1 degree) rotating the boxes changes nothing worth the work.
_MIN_SKEW = math.radians(0.1)
#: Beyond this the page is rotated, not skewed: leave it to the engine's orientation step.
_MAX_SKEW = math.radians(20.0)
#: Only pieces this much wider than tall give a trustworthy baseline angle.
_MIN_ASPECT = 2.0

Point = tuple[float, float]
#: A table border read as a character beside a number ("|60.8", "118|"): not text, and
#: never a 1 (a weight of 60.8 kg must not become 160.8).
_TABLE_RULE = re.compile(
    r"(?:(?<=\s)|^)[|\u2502\u00a6]+(?=[<>]?\d)|(?<=\d)[|\u2502\u00a6]+(?=\s|$)"
)


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of text with its box in pixels (or points), origin top-left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float
    #: The four corners (top-left, top-right, bottom-right, bottom-left) when known.
    quad: Sequence[Point] | None = None

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


def _baseline_angle(quad: Sequence[Point]) -> float | None:
    """Mean angle of a quadrilateral's top and bottom edges, or None if it is too short."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = quad[:4]
    width = math.hypot(bx - ax, by - ay)
    height = math.hypot(dx - ax, dy - ay)
    if width < _MIN_ASPECT * max(height, 1e-6):
        return None
    return (math.atan2(by - ay, bx - ax) + math.atan2(cy - dy, cx - dx)) / 2


def estimate_skew(fragments: Iterable[Fragment]) -> float:
    """The page's tilt in radians (positive: text runs downhill to the right); 0 if unknown.

    The median of the pieces' baseline angles: robust to a few odd boxes (stamps, logos).
    """
    angles = [
        angle
        for f in fragments
        if f.quad is not None and len(f.quad) >= 4
        if (angle := _baseline_angle(f.quad)) is not None
    ]
    if not angles:
        return 0.0
    skew = statistics.median(angles)
    return skew if _MIN_SKEW <= abs(skew) <= _MAX_SKEW else 0.0


def _straighten(fragment: Fragment, cos: float, sin: float) -> Fragment:
    """The fragment's box after rotating the page by -skew about the origin."""
    corners = fragment.quad or (
        (fragment.x0, fragment.y0),
        (fragment.x1, fragment.y0),
        (fragment.x1, fragment.y1),
        (fragment.x0, fragment.y1),
    )
    xs = [x * cos + y * sin for x, y in corners]
    ys = [y * cos - x * sin for x, y in corners]
    return replace(fragment, x0=min(xs), y0=min(ys), x1=max(xs), y1=max(ys))


def group_into_lines(
    fragments: Iterable[Fragment], page_width: float, page_height: float
) -> list[TextLine]:
    """Merge fragments that sit on the same visual row; return rows in reading order."""
    if page_width <= 0 or page_height <= 0:
        raise ValueError("page size must be positive")
    kept = [f for f in fragments if f.text.strip()]
    skew = estimate_skew(kept)
    # Group in the straightened frame; report boxes in the image's own frame.
    original: dict[int, Fragment] = {}
    if skew:
        cos, sin = math.cos(skew), math.sin(skew)
        straightened = []
        for fragment in kept:
            level = _straighten(fragment, cos, sin)
            original[id(level)] = fragment
            straightened.append(level)
        kept = straightened
    pieces = sorted(kept, key=lambda f: f.y_center)
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
        parts = [original.get(id(p), p) for p in parts]
        text = " ".join(" ".join(_TABLE_RULE.sub(" ", p.text).split()) for p in parts)
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
        cells = tuple(
            (cell, _clamp(p.x0 / page_width), _clamp(p.x1 / page_width))
            for p in parts
            if (cell := " ".join(_TABLE_RULE.sub(" ", p.text).split()))
        )
        lines.append(TextLine(text=text, bbox=bbox, confidence=_clamp(confidence), cells=cells))
    return lines
