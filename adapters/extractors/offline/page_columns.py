"""Two-column pages read one column after the other.

A visit summary printed in two columns (vital signs and allergies on the left, the
medication list and results on the right) comes out of the reader as rows that run across
both columns: "Pulse: 64 bpm  Metoprolol succinate ER 50 mg tablet". Read as one line, a
medicine lands in the vitals section and a result under the problem list.

A band of rows is two columns when no cell crosses one vertical gutter and section
headings start on both sides of it ("Vital Signs | Medication List", "Allergies",
"Results"), or when two titles head the two columns on one row ("Diagnoses | Current
medications"). A table never has that: its columns hold values, not headings; so a table's
header row across the gutter ("Drug | Dose | ... | Status") ends a band, and a band whose
right side holds only units, ranges and flags is a table's last columns. Inside a band each
row is cut at the gutter and the left column is read before the right one. Rows that cross
the gutter (a letterhead, a signature) end the band and stay whole.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from adapters.extractors.offline.answer_marks import marks_under_answers
from adapters.extractors.offline.cells import Cell, line_piece
from adapters.extractors.offline.inline_labels import labels_in_prose_apart
from adapters.extractors.offline.label_rows import labelled_readings
from adapters.extractors.offline.next_dose_column import next_dose_dates_marked
from adapters.extractors.offline.sections import names_a_section
from adapters.extractors.offline.side_by_side import tables_side_by_side_apart
from adapters.extractors.offline.stacked_results import result_cards_as_rows
from pipeline.ports import PageText, TextLine

#: Where a second column may start, as a share of the page width.
_GUTTER_RANGE = (0.3, 0.75)
#: Headings a band needs, on each side and in all, before it is read as two columns.
_MIN_HEADINGS_EACH_SIDE = 1
_MIN_HEADINGS = 4
#: A cell may reach this far (page share) past the gutter and still count as left of it.
_TOLERANCE = 0.004
#: Cells a table's header row has at least (a title beside a label and value has three).
_MIN_HEADER_CELLS = 4
#: Words a table's column name has at most ("How to take", "Date of test").
_MAX_HEADER_WORDS = 3
#: Columns a table beside a form names, and labelled form rows beside its rows, at least.
_MIN_TABLE_COLUMNS = 3
_MIN_FORM_LABELS = 3
#: Rows a band opened by two titles has, titles included (titles alone head a table).
_MIN_TITLED_ROWS = 3
#: How far (page share) a right column's title may start from the gutter.
_TITLE_AT_GUTTER = 0.01
#: Rows of values past the gutter that make a band a table (see _table_columns_on_the_right).
_MIN_VALUE_ROWS = 3


@dataclass(frozen=True, slots=True)
class _Band:
    start: int
    end: int  # exclusive
    headings: int


def _cells(line: TextLine) -> tuple[Cell, ...]:
    return line.cells or ((line.text, line.bbox[0], line.bbox[2]),)


def _crosses(line: TextLine, gutter: float) -> bool:
    if any(x0 < gutter - _TOLERANCE and x1 > gutter + _TOLERANCE for _, x0, x1 in _cells(line)):
        return True
    left, right = _sides(line, gutter)
    return bool(left and right) and _column_names(line)


def _column_names(line: TextLine) -> bool:
    """A table's header row ("Drug | Dose | Freq | Route | Start | Stop | Status | Notes"):
    several short cells, most no section title. A gutter through it cuts a table, not a
    page."""
    cells = _cells(line)
    titles = sum(names_a_section(text) for text, _, _ in cells)  # ("Notes" may head a part)
    return (
        len(cells) >= _MIN_HEADER_CELLS
        and titles * 2 < len(cells)
        and all(_short_name(text) for text, _, _ in cells)
    )


def _sides(line: TextLine, gutter: float) -> tuple[tuple[Cell, ...], tuple[Cell, ...]]:
    cells = _cells(line)
    # (the gutter is a rounded left edge: a cell starting at 0.5198 starts at "0.52")
    return (
        tuple(c for c in cells if c[1] < gutter - _TOLERANCE),
        tuple(c for c in cells if c[1] >= gutter - _TOLERANCE),
    )


def _is_heading(cells: Sequence[Cell]) -> bool:
    """A known section title in a cell of its own: a table's header row has several cells."""
    return len(cells) == 1 and names_a_section(cells[0][0])


def _same_title(left: Sequence[Cell], right: Sequence[Cell]) -> bool:
    """ "Results | #results": a title and its link anchor, as a rendered record prints them,
    are one title, not the heads of two columns."""
    if not left or not right:
        return False
    title, other = _letters(left[0][0]), _letters(right[0][0])
    # ("Vital Signs | #vitals", "Social History | #social": the anchor may be shorter)
    return bool(other) and (title == other or right[0][0].lstrip().startswith("#"))


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def _bands(lines: Sequence[TextLine], gutter: float) -> list[_Band]:
    """Runs of rows that do not cross the gutter and have headings on both sides."""
    bands: list[_Band] = []
    start = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and not _crosses(lines[index], gutter):
            continue
        band = _band(lines, start, index, gutter)
        if band is not None:
            bands.append(band)
        start = index + 1
    return bands


def _form_beside_table(lines: Sequence[TextLine], start: int, end: int, gutter: float) -> bool:
    """Whether the row before ``start`` heads a table that starts at the gutter ("Vaccine |
    Due age | Date given | Batch no.") beside a form whose rows are labelled fields
    ("Child's name: | ...", "Date of birth: | 09/01/24"): a card printed in two columns."""
    if start == 0:
        return False
    left_head, right_head = _sides(lines[start - 1], gutter)
    if (
        len(left_head) > 1
        or len(right_head) < _MIN_TABLE_COLUMNS
        or abs(right_head[0][1] - gutter) > _TITLE_AT_GUTTER
        or not all(_short_name(text) for text, _, _ in right_head)
    ):
        return False
    labels = sum(
        bool(left) and left[0][0].rstrip().endswith(":")
        for left in (_sides(line, gutter)[0] for line in lines[start:end])
    )
    return labels >= _MIN_FORM_LABELS


def _short_name(text: str) -> bool:
    return len(text.split()) <= _MAX_HEADER_WORDS and len(text) <= 16 and not text[:1].isdigit()


def _band(lines: Sequence[TextLine], start: int, end: int, gutter: float) -> _Band | None:
    """The rows ``start:end`` as a band of two columns, if they are one."""
    if _form_beside_table(lines, start, end, gutter):
        # the table's header row (which ends the band above) opens this one
        return _Band(start - 1, end, _MIN_HEADINGS_EACH_SIDE * 2)
    left = right = 0
    twin: int | None = None
    for index in range(start, end):
        left_cells, right_cells = _sides(lines[index], gutter)
        # "Diagnoses | Current medications": a title over each column on one row, the right
        # one starting the right column (at the gutter)
        if (
            twin is None
            and _is_heading(left_cells)
            and _is_heading(right_cells)
            and abs(right_cells[0][1] - gutter) <= _TITLE_AT_GUTTER
        ):
            twin = index
        # A title beside a row of several cells is a table header's last column. A left
        # title beside a label and its value ("Your problem list | Pulse | 92") is still
        # a title; a right one beside two cells is a table's last column ("Codeine |
        # nausea | Intolerance").
        left += len(right_cells) <= 2 and _is_heading(left_cells)
        right += (
            len(left_cells) <= 1
            and _is_heading(right_cells)
            and not _same_title(left_cells, right_cells)
        )
    if min(left, right) < _MIN_HEADINGS_EACH_SIDE:
        return None
    if left + right < _MIN_HEADINGS:
        if twin is None or end - twin < _MIN_TITLED_ROWS:
            return None
        start = twin  # the columns start at their titles
    if _table_columns_on_the_right(lines[start:end], gutter):
        return None
    return _Band(start, end, left + right)


#: What a table's last columns hold: units, numbers, ranges, dates and flags.
_VALUES_ONLY = re.compile(
    r"^(?:[\d\s.,:;/<>=≤≥+\-\u2013()%*^]|\b(?:[HL]{1,2}|[A-Za-zµμ]{1,4}/[A-Za-z0-9.µμ]{1,8}|x10\S*)\b)*$"
)


def _table_columns_on_the_right(lines: Sequence[TextLine], gutter: float) -> bool:
    """Whether most rows that reach past the gutter hold only values there ("mmol/L |
    135-145"): a table's unit and range columns, which a second column of the page never
    is."""
    right_sides = [" ".join(c[0] for c in _sides(line, gutter)[1]) for line in lines]
    filled = [text for text in right_sides if text.strip()]
    values = sum(bool(_VALUES_ONLY.match(text)) for text in filled)
    return values >= _MIN_VALUE_ROWS and values * 2 >= len(filled)


def _weight(bands: Sequence[_Band]) -> tuple[int, int]:
    """Headings first, then rows: of two gutters with as many titles, the one whose
    columns run longer."""
    return sum(b.headings for b in bands), sum(b.end - b.start for b in bands)


def _gutter(lines: Sequence[TextLine]) -> tuple[float, list[_Band]] | None:
    low, high = _GUTTER_RANGE
    candidates = sorted(
        {round(x0, 3) for line in lines for _, x0, _ in _cells(line) if low <= x0 <= high}
    )
    best: tuple[float, list[_Band]] | None = None
    for gutter in candidates:
        bands = _bands(lines, gutter)
        if bands and (best is None or _weight(bands) > _weight(best[1])):
            best = (gutter, bands)
    return best


def columns_in_reading_order(page: PageText) -> PageText:
    """The page with each two-column band read left column first; other pages unchanged."""
    found = _gutter(page.lines)
    if found is None:
        return page
    gutter, bands = found
    lines: list[TextLine] = list(page.lines[: bands[0].start])
    for number, band in enumerate(bands):
        left: list[TextLine] = []
        right: list[TextLine] = []
        for line in page.lines[band.start : band.end]:
            left_cells, right_cells = _sides(line, gutter)
            if left_cells:
                left.append(line_piece(line, left_cells))
            if right_cells:
                right.append(line_piece(line, right_cells))
        lines.extend(left + right)
        after = bands[number + 1].start if number + 1 < len(bands) else len(page.lines)
        lines.extend(page.lines[band.end : after])
    return replace(page, lines=tuple(lines))


def _labelled(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    label, *rest = cells
    text = label[0] if label[0].rstrip().endswith(":") else f"{label[0].rstrip()}:"
    return ((text, label[1], label[2]), *rest)


#: "50 μg", "88 μmol/L": the Greek letter mu (U+03BC) where the micro sign (U+00B5) is meant,
#: as some fonts and OCR engines write it; every unit pattern spells the micro sign.
#: "11,2 ▼ g/dL", "6,82 ▲": triangles where other reports print arrows as the flag.
_GLYPHS = str.maketrans(
    {
        "\u03bc": "\u00b5",
        "\u25b2": "\u2191",
        "\u25b4": "\u2191",
        "\u25bc": "\u2193",
        "\u25be": "\u2193",
    }
)
_GLYPHS_USED = frozenset("\u03bc\u25b2\u25b4\u25bc\u25be")


def glyphs_as_written_elsewhere(page: PageText) -> PageText:
    if not any(_GLYPHS_USED.intersection(line.text) for line in page.lines):
        return page
    lines = tuple(
        replace(
            line,
            text=line.text.translate(_GLYPHS),
            cells=tuple((t.translate(_GLYPHS), a, b) for t, a, b in line.cells),
        )
        for line in page.lines
    )
    return replace(page, lines=lines)


def label_pairs_apart(page: PageText) -> PageText:
    """A profile's row of two labelled fields ("Conditions on file | Type 2 Diabetes;
    Hypertension | Allergy on file | Sulphonamides - rash") as one line per field, each
    label with its colon; other rows unchanged."""
    lines: list[TextLine] = []
    for line in page.lines:
        cells = line.cells
        starts = [
            i
            for i, cell in enumerate(cells)
            if i != 1 and (i == 0 or i + 1 < len(cells)) and names_a_section(cell[0])
        ]
        # Both labels must name sections, each followed by its value.
        if len(cells) < 4 or len(starts) < 2 or starts[0] != 0 or 1 in starts:
            lines.append(line)
            continue
        bounds = [*starts, len(cells)]
        lines.extend(line_piece(line, _labelled(cells[a:b])) for a, b in itertools.pairwise(bounds))
    return replace(page, lines=tuple(lines))


#: What a page's cells are read into before its lines are: the micro sign and arrows, form marks by
#: column, halves of a table, label rows over value rows, page columns, labelled fields, a
#: portal's result cards, then a vaccination table's next-dose dates, in that order.
_LAYOUT_READERS: tuple[Callable[[PageText], PageText], ...] = (
    glyphs_as_written_elsewhere,
    marks_under_answers,
    tables_side_by_side_apart,
    labelled_readings,
    columns_in_reading_order,
    label_pairs_apart,
    labels_in_prose_apart,
    result_cards_as_rows,
    next_dose_dates_marked,
)


def in_reading_order(pages: Sequence[PageText]) -> list[PageText]:
    return [functools.reduce(_read, _LAYOUT_READERS, page) for page in pages]


def _read(page: PageText, reader: Callable[[PageText], PageText]) -> PageText:
    return reader(page)
