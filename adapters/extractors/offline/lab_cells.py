"""Cumulative lab tables read by where their cells sit on the page.

A row with a blank cell ("GGT  72 H  [blank]  55  8-61 U/L") cannot be lined up with its
date columns from the text alone. When the reader kept the line's cells (``TextLine.cells``:
each piece with its left and right edge), each value goes to the date column it sits under.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.patterns import (
    COMPARATOR,
    DASHES,
    LAB_UNIT,
    NUMBER,
    plain_powers,
)

Span = tuple[float, float]

_DATE_ONLY = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:\s+\d{1,2}:?\d{2})?"
    r"|\d{1,2}[-\s][A-Za-z]{3,9}\.?[-\s,]+\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
)
_VALUE_CELL = re.compile(
    rf"(?P<value>{COMPARATOR}?\s*-?{NUMBER}|negative|positive|trace|nil|not detected|detected|"
    r"reactive|non-?reactive|normal|absent|present)"
    # a flag, the German "+" / minus sign beside the value ("41 +"; "2+" is a dipstick grade), or an
    # arrow ("118 ↑")
    r"(?:\s*\(?(?P<flag>HH|LL|H|L|A|C|\*)\)?|\s+(?P<sign>[+\u2212])"
    r"|\s*(?P<arrow>[\u2191\u2193]))?",
    re.IGNORECASE,
)
#: A value with one word after it in its date column: a flag in the report's own language
#: ("7,4 Lartë", "134 Ulët").
_VALUE_AND_WORD = re.compile(rf"(?P<value>{COMPARATOR}?\s*-?{NUMBER})\s+[^\W\d_]{{2,12}}")
#: eGFR's unit with a decimal comma: "ml/min/1,73m²".
BODY_SURFACE_COMMA = re.compile(r"/1,73(?=\s*m)")
_REFERENCE_CELL = re.compile(
    rf"[\[(]?\s*(?:{NUMBER}\s*[{DASHES}]\s*{NUMBER}|{COMPARATOR}\s*{NUMBER})\s*[\])]?"
)


#: A unit printed right after the analyte's name, in its own column ("Glucose mg/dL"), and
#: a reference cell that says there is none ("Not Estab.").
_NAME_UNIT = re.compile(rf"\s+(?:{LAB_UNIT.pattern})\s*$", LAB_UNIT.flags)
_NO_REFERENCE = re.compile(r"\s+(?:not\s+estab(?:lished|\.)?|n/?a|none)\s*$", re.IGNORECASE)


def split_name_unit(name: str) -> tuple[str, str | None, bool]:
    """("Glucose", "mg/dL", False) from "Glucose mg/dL"; a bare unit letter ("Protein S")
    stays. The flag says a reference cell that names no range ("Not Estab.") was read."""
    bare = _NO_REFERENCE.sub("", name)
    found = _NAME_UNIT.search(bare)
    if found is None or not re.search(r"[/%^]", found.group("unit")):
        return name, None, False
    return bare[: found.start()].strip(), found.group("unit"), bare != name


def date_spans(cells: Sequence[Cell], count: int) -> tuple[Span, ...] | None:
    """The left and right edges of a header's date cells, if each date has a cell of its
    own; None otherwise (the positions cannot be trusted)."""
    spans = tuple((x0, x1) for text, x0, x1 in cells if _DATE_ONLY.fullmatch(text.strip()))
    return spans if len(spans) == count else None


#: Cells of a header row that name its columns: a few words, no figures, no label colon.
_NAME_CELL = re.compile(r"[^\W\d_][^\d:]*")
_MAX_NAME_CELL_WORDS = 3
_MAX_NAME_CELLS = 5
#: A date cell, or a date and the one word labelling its column ("Tulo 3.2.2025").
_LABELLED_DATE = re.compile(
    rf"(?:[^\W\d_]{{2,}}\.?\s+)?(?:{_DATE_ONLY.pattern})(?:\s+[^\W\d_]{{2,}}\.?)?"
)


def dates_header_by_cells(cells: Sequence[Cell]) -> bool:
    """A results table's header told by its layout alone, whatever language names its
    columns: name cells, then two or more cells holding one date each (with at most a word
    labelling it), then name cells again ("Analiza | 02.04.2025 | 10.04.2025 | Njësia |
    Vlerat normale"). A vaccine row ("Hexyon | 12.03.2024 | 14.05.2024") has nothing after
    its dates."""
    kinds = "".join(
        "d" if _LABELLED_DATE.fullmatch(text.strip()) else "n" if is_name_cell(text) else "x"
        for text, _x0, _x1 in cells
    )
    return re.fullmatch(r"n+d{2,}n+", kinds) is not None and kinds.count("n") <= _MAX_NAME_CELLS


#: How far apart (page fractions) two left edges may sit and still start one column.
_SAME_EDGE = 0.02
#: A header row names at least this many columns.
MIN_HEADER_CELLS = 4


def names_columns(cells: Sequence[Cell]) -> bool:
    """Every cell is a column's name: a few words, no figures, no label colon."""
    return all(is_name_cell(text) for text, _x0, _x1 in cells)


def header_over_row(header: Sequence[Cell], row: Sequence[Cell]) -> bool:
    """``header`` names columns (four or more short cells of words) and ``row`` starts
    under them: its first two cells begin where two of the header's cells begin."""
    if len(header) < MIN_HEADER_CELLS or len(row) < 2 or not names_columns(header):
        return False
    edges = [x0 for _text, x0, _x1 in header]
    return abs(row[0][1] - edges[0]) <= _SAME_EDGE and any(
        abs(row[1][1] - edge) <= _SAME_EDGE for edge in edges[1:]
    )


def is_name_cell(text: str) -> bool:
    text = text.strip()
    return _NAME_CELL.fullmatch(text) is not None and len(text.split()) <= _MAX_NAME_CELL_WORDS


_BOUND = re.compile(rf"{COMPARATOR}\s*{NUMBER}$")


#: A cell's number with a space between its thousands: "1 120", "12 400 H".
_SPACED_THOUSANDS_CELL = re.compile(r"^([<>\u2264\u2265]?\s*\d{1,3}) (\d{3})(?![\d.,])")


def _overlaps(x0: float, x1: float, spans: Sequence[Span]) -> bool:
    return any(x0 < right and left < x1 for left, right in spans)


def _column(centre: float, spans: Sequence[Span]) -> int | None:
    """The date column a cell centred at ``centre`` sits under, if any."""
    pitch = min(
        (b[0] - a[0] for a, b in itertools.pairwise(spans)),
        default=spans[0][1] - spans[0][0],
    )
    best = min(range(len(spans)), key=lambda i: abs(centre - (spans[i][0] + spans[i][1]) / 2))
    middle = (spans[best][0] + spans[best][1]) / 2
    return best if abs(centre - middle) <= pitch / 2 else None


def rows_by_position(
    cells: Sequence[Cell], spans: Sequence[Span], dates: Sequence[date | None]
) -> list[str] | None:
    """One row text per filled date column ("GGT 55 U/L 8-61 2026-03-10"), or None if the
    row does not read as a result row under these columns."""
    name: list[str] = []
    unit = reference = ""
    placed: dict[int, re.Match[str]] = {}
    for text, x0, x1 in cells:
        text = plain_powers(BODY_SURFACE_COMMA.sub("/1.73", text.strip())).replace("\u00d7", "x")
        if sum(x0 < right and left < x1 for left, right in spans) == 1:
            # "1 120 ↑" in one date column: a space between thousands, one result
            text = _SPACED_THOUSANDS_CELL.sub(r"\1\2", text)
        value = _VALUE_CELL.fullmatch(text) or _VALUE_AND_WORD.fullmatch(text)
        if value and _BOUND.match(text) and not _overlaps(x0, x1, spans):
            # "< 35" in a reference column between two date columns: a bound, not a result
            value = None
        column = _column((x0 + x1) / 2, spans) if value else None
        if value is not None and column is not None:
            if column in placed:
                return None  # two values under one date: not this table's row
            placed[column] = value
        elif LAB_UNIT.fullmatch(text):
            unit = text
        elif _REFERENCE_CELL.fullmatch(text):
            reference = "".join(text.strip("[]() ").split())
        elif value is not None and x1 <= spans[0][0]:
            reference = reference or text  # a reference written as a result ("Negative")
        elif x1 <= spans[0][0] and not placed and not _NO_REFERENCE.fullmatch(f" {text}"):
            name.append(text)
    if not name or not placed or not re.search(r"[A-Za-z]{2}", " ".join(name)):
        return None
    label, name_unit, _no_reference = split_name_unit(" ".join(name))
    unit = unit or name_unit or ""
    rows = []
    for column in sorted(placed):
        found, day = placed[column], dates[column]
        when = day.isoformat() if day else ""
        marks = ("flag", "sign", "arrow") if found.re is _VALUE_CELL else ()
        # (a flag word of its own language, "7,4 Lartë", is left to the reference)
        flag = next((found.group(mark) for mark in marks if found.group(mark)), "")
        parts = (label, found.group("value"), flag, unit, reference)
        rows.append(" ".join(f"{' '.join(parts)} {when}".split()))
    return rows
