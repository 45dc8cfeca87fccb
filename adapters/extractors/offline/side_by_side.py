"""Two copies of one table printed side by side, read one after the other.

Forms save space by printing a long table in two halves across the page: "Vaccine | Dose
| Date given | Vaccine | Dose | Date given", each row then holding two entries ("BCG |
08/11/2016 | MMR | 1 | 10/11/2017"). Read as one line, the second entry's date is taken
for the first's or lost. A header whose cells repeat the same names twice marks such a
table; its rows are cut where the second copy starts, and the left half is read before
the right half.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from adapters.extractors.offline.cells import Cell, line_piece
from adapters.extractors.offline.sections import detect_section
from pipeline.ports import PageText, TextLine

#: Names each copy of the header has at least.
_MIN_COLUMNS = 2
#: A cell may start this far (page share) left of the second copy and still belong to it.
_TOLERANCE = 0.01


def _names(cells: Sequence[Cell]) -> list[str]:
    return [" ".join(text.lower().split()) for text, _, _ in cells]


def second_copy_start(cells: Sequence[Cell]) -> float | None:
    """Where the header's second copy of its column names starts; None if the row is not
    such a header."""
    names = _names(cells)
    half = len(names) // 2
    if half < _MIN_COLUMNS or len(names) % 2 or names[:half] != names[half:]:
        return None
    if any(not name or any(ch.isdigit() for ch in name) for name in names):
        return None
    return cells[half][1]


def _halves(line: TextLine, split: float) -> tuple[tuple[Cell, ...], tuple[Cell, ...]] | None:
    """The row's cells left and right of ``split``; None if a cell straddles it."""
    left = tuple(c for c in line.cells if c[2] <= split)
    right = tuple(c for c in line.cells if c[1] >= split - _TOLERANCE)
    if len(left) + len(right) != len(line.cells):
        return None
    return left, right


def _ends_table(line: TextLine) -> bool:
    """A heading ("SECTION D - HEALTH EXAMINATION") or a labelled field ("Parent / guardian
    signature: ...") after the rows, or a line without cells."""
    if not line.cells or line.cells[0][0].rstrip().endswith(":"):
        return True
    start = detect_section(line.text)
    return start is not None and not start.is_table_header


def tables_side_by_side_apart(page: PageText) -> PageText:
    """The page with each side-by-side table read left half first; other rows unchanged."""
    lines: list[TextLine] = []
    index = 0
    changed = False
    while index < len(page.lines):
        line = page.lines[index]
        split = second_copy_start(line.cells)
        if split is None:
            lines.append(line)
            index += 1
            continue
        left: list[TextLine] = []
        right: list[TextLine] = []
        start = index
        while index < len(page.lines):
            halves = _halves(page.lines[index], split)
            if halves is None or (index > start and _ends_table(page.lines[index])):
                break  # a line across both halves, a heading or a labelled field
            for side, cells in zip((left, right), halves, strict=True):
                if cells:
                    side.append(line_piece(page.lines[index], cells))
            index += 1
        lines.extend(left + right)
        changed = True
    return replace(page, lines=tuple(lines)) if changed else page
