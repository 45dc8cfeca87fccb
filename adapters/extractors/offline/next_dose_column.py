"""A vaccination table's "next dose" column read as due dates.

Cards print the date a dose was given and, in a column of its own, when the next one is
due ("Fecha / Date ... Próxima dosis / Next dose"). A row whose only date sits in that
column is a dose still to come; read as a plain line, its date looks like the day it was
given. Under a header row that names such a column, a date in a cell below it is marked
"due", which the immunisation parser already reads as a due date (never an administration
date). The table ends at a line of prose, a line without cells, or the page's end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from adapters.extractors.offline.cells import Cell, line_piece
from adapters.extractors.offline.patterns import DATE
from pipeline.ports import PageText, TextLine

_NEXT_DOSE_HEADER = re.compile(
    r"\b(?:next\s+(?:dose|due|vaccination|appointment)|due\s+date|date\s+due|return\s+date|"
    r"pr[óo]xima\s+(?:dosis|dose|vacuna|cita)|prochaine\s+(?:dose|injection|vaccination)|"
    r"rappel\s+pr[ée]vu|n[äa]chste\s+(?:impfung|dosis|dose)|volgende\s+(?:prik|dosis|vaccinatie)|"
    r"prossima\s+(?:dose|vaccinazione)|"
    # Malay and Indonesian: the appointment ("Temujanji", "Janji temu") for the next dose
    r"temujanji|janji\s+temu)\b",
    re.IGNORECASE,
)
_DUE = re.compile(r"\b(?:due|next)\b", re.IGNORECASE)
#: A header row has a few short cells; a row of prose is one long cell.
_MIN_HEADER_CELLS = 3
_PROSE_CHARS = 60
#: Cells start a little left of their header (OCR boxes are not exact).
_SLACK = 0.02


def _column(cells: tuple[Cell, ...]) -> tuple[float, float] | None:
    """The span of the header's next-dose column, or None when it names none."""
    if len(cells) < _MIN_HEADER_CELLS:
        return None
    for index, (text, left, _right) in enumerate(cells):
        if _NEXT_DOSE_HEADER.search(text) and index > 0:
            end = cells[index + 1][1] if index + 1 < len(cells) else 1.0 + _SLACK
            return left - _SLACK, end - _SLACK
    return None


def _marked(cell: Cell, span: tuple[float, float]) -> Cell:
    text, left, right = cell
    if span[0] <= left < span[1] and DATE.search(text) and not _DUE.search(text):
        return (f"due {text}", left, right)
    return cell


def _ends_table(line: TextLine) -> bool:
    return not line.cells or (len(line.cells) == 1 and len(line.text) > _PROSE_CHARS)


def next_dose_dates_marked(page: PageText) -> PageText:
    """``page`` with each date under a "next dose" column marked due; other lines unchanged."""
    lines: list[TextLine] = []
    span: tuple[float, float] | None = None
    for line in page.lines:
        header = _column(line.cells)
        if header is not None:
            span = header
        elif span is not None and _ends_table(line):
            span = None
        elif span is not None:
            cells = tuple(_marked(cell, span) for cell in line.cells)
            if cells != line.cells:
                line = replace(line_piece(line, cells), bbox=line.bbox)
        lines.append(line)
    return replace(page, lines=tuple(lines))
