"""A line's cells: the pieces a page prints apart, each with its left and right edge."""

from __future__ import annotations

from dataclasses import replace

from pipeline.ports import TextLine

#: (text, left edge, right edge), the edges as page fractions.
Cell = tuple[str, float, float]


def line_piece(line: TextLine, cells: tuple[Cell, ...]) -> TextLine:
    """The part of ``line`` made of ``cells``, as a line of its own with their box."""
    _, top, _, bottom = line.bbox
    return replace(
        line,
        text=" ".join(text for text, _, _ in cells),
        bbox=(cells[0][1], top, max(x1 for _, _, x1 in cells), bottom),
        cells=cells if line.cells else (),
    )
