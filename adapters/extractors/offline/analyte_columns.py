"""Results tables with one column per test and one row per date, as discharge summaries
print a trend: "Date  Hb  WCC  Plt  Na  K  Cr  CRP", then "11/03/2026  128  14.2  310 ...".

A header names three or more tests the lab table knows exactly (two after a "Collected" or
"Date" column), each with an optional unit in brackets ("Hb (g/L)"); the units may instead
stand on the line below, one per test that has none. A row starts with its date and holds
one cell per test ("-" for a test not done), each with an optional flag ("3.6 H", "119↓");
a "Reference" row under the table is part of it, and so is a row of ranges right under the
header ("N: 120-150  N: 4,0-9,0 (x10⁹/l) ..."), whose ranges go with each test's results. A
row whose cells do not line up with the tests is not read. The date column may be headed in
another language ("Data", "Datum", "Fecha").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.labs import lookup_analyte, take_dates
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.patterns import DASHES, LAB_UNIT, NUMBER
from adapters.extractors.offline.values import DateOrder, FoundDate
from pipeline.clinical.bounds import UNITLESS_LOINC

_MIN_TESTS = 3
_MIN_TESTS_AFTER_DATE_COLUMN = 2
_MAX_NAME_WORDS = 3
_LEADING_WORDS = frozenset(
    {
        "date",
        "time",
        "date/time",
        "collected",
        "day",
        # the date column in other languages (compared accents off)
        "data",
        "datum",
        "datums",
        "dato",
        "fecha",
        "kuupaev",
        "paivamaara",
        "datas",
    }
)
_TOKEN = re.compile(r"\([^)]*\)|[^\s()]+")
_CELL = re.compile(
    # (the flag may be glued to its value: "129L")
    rf"(?<!\S)(?P<value>[<>]?{NUMBER}|[-\u2013\u2014])(?:\s*(?P<flag>HH|LL|H|L|\*)|\s*(?P<arrow>[\u2191\u2193]))?(?!\S)"
)
#: One test's range in a row of ranges under the header: "N: 120-150", "Ref 4,0-9,0",
#: "(<35)".
_RANGE_CELL = re.compile(
    rf"(?:\b(?:N|Ref|Norm[a-z]*)\s*[:.]?\s*)?(?:(?P<low>{NUMBER})\s*[{DASHES}]\s*(?P<high>{NUMBER})"
    rf"|(?P<bound>[<>\u2264\u2265]\s*{NUMBER}))"
)
#: eGFR's unit glued to the next one: "mL/min/1.73m2nmol/L".
_GLUED_AFTER_BODY_SURFACE = re.compile(r"(1[.,]73\s*m(?:2|\u00b2))(?=[A-Za-z])")
#: The units of the header's tests on a line of their own: "(g/L) (x10^9/L) (umol/L)".
_UNITS_LINE = re.compile(r"^\s*(?:\([^()]+\)\s*){1,}$")
#: A first cell OCR could not read as a unit, before a row of units: "7/6 x10^9/L ...".
_MISREAD_FIRST_UNIT = re.compile(r"^\s*[^\s()]{1,5}\s+(?=\S)")
#: A units row that starts with its label, each unit with its range in brackets or none:
#: "units / range  μmol/L (45-84)  mL/min/1.73m²  U/L (<33)".
_UNITS_LABEL = re.compile(r"^\s*[^\W\d_]+\.?(?:\s*/?\s*[^\W\d_]+\.?){0,2}\s*$")
_UNIT_AND_RANGE = re.compile(rf"\s*{LAB_UNIT.pattern}\s*(?:\((?P<range>[^()]*)\))?\s*", re.I)
#: A header's name wrapped onto the line below: "Ciclosporin" / "trough".
_NAME_WRAP = re.compile(r"^\s*[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?\s*$")
#: A cell that says in words why it holds no result: "see note", "pending", "n/a".
_WORDS_CELL = re.compile(r"(?<!\S)(?:n/a|[^\W\d_]{3,}(?:\s+[^\W\d_]{2,}){0,2})(?!\S)")
#: A table's reference row: "Reference 2.0-3.0 (therapeutic) 9.4-12.5".
_REFERENCE_ROW = re.compile(r"^\s*(?:reference|ref\.?)(?:\s+(?:range|interval)s?)?\b", re.I)


#: A test's name the lab table does not know: one word of letters.
_UNKNOWN_TEST = re.compile(r"[^\W\d_][^\W_]{2,20}")
#: A capital I inside a short mixed-case name, where OCR often reads a lower-case l.
_CAPITAL_I = re.compile(r"(?<=[A-Za-z])I(?=[a-z])")


@dataclass(frozen=True, slots=True)
class _Test:
    name: str
    unit: str | None
    reference: str = ""


def header_tests(line: str) -> tuple[_Test, ...]:
    """The tests a trend table's header names, left to right; () if it is not one."""
    tokens = _TOKEN.findall(line)
    least = _MIN_TESTS
    while tokens and fold(tokens[0].lower().strip(":")) in _LEADING_WORDS:
        tokens.pop(0)
        least = _MIN_TESTS_AFTER_DATE_COLUMN
    tests: list[_Test] = []
    index = 0
    unknown = 0
    while index < len(tokens):
        for count in range(min(_MAX_NAME_WORDS, len(tokens) - index), 0, -1):
            words = tokens[index : index + count]
            if any(word.startswith("(") for word in words):
                continue  # a unit in brackets follows the name; it is not part of it
            name = " ".join(words)
            found = lookup_analyte(name)
            if (found is None or found.score < 0.95) and _CAPITAL_I.search(name):
                name = _CAPITAL_I.sub("l", name)  # "PIt": OCR read the l of "Plt" as an I
                found = lookup_analyte(name)
            if found is not None and found.score >= 0.95:
                break
        else:
            # one test the lab table does not know ("Clozapine" beside WBC, Hb, ALT): its
            # column is read, and the validity gate sends its results to review
            name, count = tokens[index], 1
            if unknown or not _UNKNOWN_TEST.fullmatch(name):
                return ()
            unknown += 1
        index += count
        unit = None
        if index < len(tokens) and tokens[index].startswith("("):
            unit = tokens[index].strip("()").strip() or None
            index += 1
        tests.append(_Test(name, unit))
    return tuple(tests) if len(tests) - unknown >= least else ()


def with_units_below(tests: tuple[_Test, ...], line: str) -> tuple[_Test, ...] | None:
    """The tests given the units a line under the header lists, one per test without a
    unit, in order; None if the line is not such a line."""
    if _UNITS_LINE.match(line):
        units = [unit.strip() for unit in re.findall(r"\(([^()]+)\)", line)]
    elif (bare := _GLUED_AFTER_BODY_SURFACE.sub(r"\1 ", line)).strip() and not LAB_UNIT.sub(
        "", bare
    ).strip():
        # "g/L x10^9/L U/L umol/L": the units without brackets (read by pattern, so that
        # two the reader glued together, "mL/min/1.73m2nmol/L", are two)
        units = [found.group("unit") for found in LAB_UNIT.finditer(bare)]
    elif (misread := _MISREAD_FIRST_UNIT.match(line)) is not None and not LAB_UNIT.sub(
        "", line[misread.end() :]
    ).strip():
        # "7/6  x10^9/L  x10^9/L  U/L": a scan misread the first unit (g/L); that test keeps
        # no unit rather than a wrong one
        rest = [found.group("unit") for found in LAB_UNIT.finditer(line[misread.end() :])]
        units = [None, *rest] if rest else []
    else:
        return None
    needing = [test for test in tests if test.unit is None]
    if len(units) != len(needing):
        # "INR  Hb  Plt" over "g/L  x10^9/L": a test reported without a unit has no cell
        needing = [test for test in needing if not _unitless(test)]
        if len(units) != len(needing) or not needing:
            return None
    given = dict(zip((id(test) for test in needing), units, strict=True))
    return tuple(
        test if id(test) not in given else _Test(test.name, given[id(test)]) for test in tests
    )


def with_labelled_units_below(tests: tuple[_Test, ...], line: str) -> tuple[_Test, ...] | None:
    """The tests given the units (and ranges) of a row that starts with its label ("units /
    range  μmol/L (45-84)  mmol/L  U/L (<33)"), one unit per test without one; None if the
    line is not such a row."""
    first = LAB_UNIT.search(line)
    if first is None or not _UNITS_LABEL.match(line[: first.start()]):
        return None
    found: list[tuple[str, str]] = []
    at = first.start()
    while at < len(line):
        piece = _UNIT_AND_RANGE.match(line, at)
        if piece is None or piece.end() == at:
            return None
        found.append((piece["unit"], piece["range"] or ""))
        at = piece.end()
    needing = [test for test in tests if test.unit is None]
    if len(found) != len(needing):
        return None
    given = dict(zip((id(test) for test in needing), found, strict=True))
    return tuple(
        _Test(test.name, given[id(test)][0], _range_text(given[id(test)][1]) or test.reference)
        if id(test) in given
        else test
        for test in tests
    )


def _range_text(text: str) -> str:
    found = _RANGE_CELL.fullmatch(text.strip())
    return _reference(found) if found else ""


def _unitless(test: _Test) -> bool:
    found = lookup_analyte(test.name)
    return found is not None and found.concept.code in UNITLESS_LOINC


def with_ranges_below(tests: tuple[_Test, ...], line: str) -> tuple[_Test, ...] | None:
    """The tests given the ranges a line under the header lists, one per test in order
    (and the units in brackets beside them, one per test without a unit); None if the line
    is not such a line."""
    ranges = list(_RANGE_CELL.finditer(line))
    units = [unit for unit in re.findall(r"\(([^()]+)\)", line) if _is_unit(unit)]
    leftover = re.sub(r"\([^()]*\)", " ", _RANGE_CELL.sub(" ", line))
    if len(ranges) != len(tests) or leftover.strip():
        return None
    missing = sum(1 for test in tests if test.unit is None)
    given = iter(unit.strip() for unit in units) if len(units) == missing else iter(())
    return tuple(
        _Test(
            test.name,
            test.unit or next(given, None),
            _reference(found),
        )
        for test, found in zip(tests, ranges, strict=True)
    )


def _reference(found: re.Match[str]) -> str:
    if found["bound"]:
        return found["bound"].replace(" ", "").replace(",", ".")
    return f"{found['low'].replace(',', '.')}-{found['high'].replace(',', '.')}"


def row_results(
    line: str, tests: tuple[_Test, ...], order: DateOrder | None = None
) -> list[str] | None:
    """One row text per test for a dated row ("Hb 128 g/L 2026-03-11"); None if the line is
    not such a row."""
    blanked, dates = take_dates(line, order)
    if not dates or blanked[: dates[0].start].strip():
        return None  # a row starts with its date
    rest = blanked[dates[0].end :]
    cells = list(_CELL.finditer(rest))
    if len(cells) != len(tests):
        # "13/01/2026  97 H  61  see note": a cell that says why it has no result
        cells = list(_CELL.finditer(_WORDS_CELL.sub(" - ", rest)))
    if len(cells) != len(tests):
        return None
    return _row_texts(zip(tests, cells, strict=True), dates[0])


def _row_texts(pairs: Iterable[tuple[_Test, re.Match[str]]], when_found: FoundDate) -> list[str]:
    """A row text per test and its cell ("-" for a test not done gives none)."""
    when = "" if when_found.ambiguous else when_found.value.isoformat()
    return [
        " ".join(
            f"{test.name} {cell['value']} {test.unit or ''} {test.reference} {_flag(cell)}"
            f" {when}".split()
        )
        for test, cell in pairs
        if cell["value"] not in ("-", "\u2013", "\u2014")
    ]


#: A wrapped header's line: bracketed units or notes, ranges and bounds, nothing else.
_HEADER_CELLS = re.compile(
    rf"^\s*(?:(?:\([^()]+\)|[<>]?\s*{NUMBER}(?:\s*[{DASHES}]\s*{NUMBER})?)\s*)+$"
)
_MAX_HEADER_LINES = 3


def _is_unit(text: str) -> bool:
    return LAB_UNIT.fullmatch(text.strip()) is not None


def _with_units(tests: tuple[_Test, ...], units: list[str]) -> tuple[_Test, ...] | None:
    """The tests given ``units`` in order, one per test without a unit, if they count up."""
    if len(units) != sum(1 for test in tests if test.unit is None):
        return None
    given = iter(units)
    return tuple(
        test if test.unit else _Test(test.name, next(given), test.reference) for test in tests
    )


def _flag(cell: re.Match[str]) -> str:
    arrow = cell["arrow"]
    return "H" if arrow == "\u2191" else "L" if arrow == "\u2193" else cell["flag"] or ""


class AnalyteColumns:
    """Remembers a trend table's tests while its dated rows are read."""

    def __init__(self, order: DateOrder | None = None) -> None:
        self._order = order
        self._tests: tuple[_Test, ...] = ()
        self._rows_read = 0
        self._header_lines = 0  # lines the header wrapped onto
        self._units: list[str] = []  # the units those lines named, in order
        self._spans: list[tuple[float, float]] | None = None  # where each test's column sits

    def feed(self, line: str, cells: Sequence[Cell] = ()) -> list[str] | None:
        """[] for the header, the results of a row under it, None to read the line as usual.
        ``cells`` (the line's pieces with their edges, when the reader kept them) place a
        row's values under their tests when the row leaves a cell blank."""
        tests = header_tests(line)
        if tests:
            self._tests, self._rows_read = tests, 0
            self._header_lines, self._units = 0, []
            self._spans = _test_spans(tests, cells)
            return []
        if not self._tests:
            return None
        if not self._rows_read and (units := with_units_below(self._tests, line)):
            self._tests = units
            return []
        if not self._rows_read and (ranges := with_ranges_below(self._tests, line)):
            self._tests = ranges
            return []
        if not self._rows_read and (labelled := with_labelled_units_below(self._tests, line)):
            self._tests = labelled
            return []
        if (
            not self._rows_read
            and self._header_lines < _MAX_HEADER_LINES
            and _NAME_WRAP.match(line)
        ):
            # "Ciclosporin" / "trough": a test's name wrapped under the header keeps the
            # table open; the line is read as usual too
            self._header_lines += 1
            return None
        if (
            not self._rows_read
            and self._header_lines < _MAX_HEADER_LINES
            and _HEADER_CELLS.match(line)
            and not take_dates(line, self._order)[1]  # ("2025-04-07 138 6.1": a row)
        ):
            # "(mmol/L) (umol/L) 60-110 (mL/min/1.73m2) 0.50-4.00" / "0.4-1.0 >90 (mmol/L)":
            # a header wrapped over lines; its units are taken in order, its ranges cannot
            # be told apart once wrapped
            self._header_lines += 1
            self._units.extend(u for u in re.findall(r"\(([^()]+)\)", line) if _is_unit(u))
            self._tests = _with_units(self._tests, self._units) or self._tests
            return []
        if self._rows_read and _REFERENCE_ROW.match(line):
            self._tests = ()  # the table's last row: its ranges, not results
            return []
        rows = row_results(line, self._tests, self._order)
        if rows is None and self._spans is not None:
            rows = _placed_results(line, cells, self._tests, self._spans, self._order)
        if rows is None:
            self._tests = ()  # the table has ended
        else:
            self._rows_read += 1
        return rows


def _test_spans(
    tests: tuple[_Test, ...], cells: Sequence[Cell]
) -> list[tuple[float, float]] | None:
    """Where each test's column sits, from the header's cells: one cell per test, in order
    (None when the reader did not keep them apart)."""
    wanted = {test.name.lower() for test in tests}
    names = [cell for cell in cells if cell[0].strip().lower() in wanted]
    if len(names) != len(tests):
        return None
    return [(x0, x1) for _text, x0, x1 in names]


def _placed_results(
    line: str,
    cells: Sequence[Cell],
    tests: tuple[_Test, ...],
    spans: list[tuple[float, float]],
    order: DateOrder | None,
) -> list[str] | None:
    """The results of a row that leaves some tests blank ("17-Feb-2025  4.6  2.1  141  58 H"
    under five tests), each value under the test whose column its cell starts in; None if a
    value cannot be placed."""
    blanked, dates = take_dates(line, order)
    if not dates or blanked[: dates[0].start].strip() or not cells:
        return None
    own_cell, own_dates = take_dates(cells[0][0], order)
    if not own_dates or own_cell.strip():
        return None  # the first cell is the date's alone, or the cells cannot be trusted
    lefts = [x0 for x0, _x1 in spans]
    edges = [*lefts[1:], float("inf")]
    placed: dict[int, re.Match[str]] = {}
    for text, x0, x1 in cells[1:]:  # the first cell is the date's
        value = _CELL.fullmatch(text.strip())
        middle = (x0 + x1) / 2
        column = next((i for i, edge in enumerate(edges) if middle < edge), None)
        if value is None or column is None or middle < lefts[0] or column in placed:
            return None
        placed[column] = value
    if not placed:
        return None
    return _row_texts(((tests[i], cell) for i, cell in sorted(placed.items())), dates[0])
