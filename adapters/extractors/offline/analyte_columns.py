"""Results tables with one column per test and one row per date, as discharge summaries
print a trend: "Date  Hb  WCC  Plt  Na  K  Cr  CRP", then "11/03/2026  128  14.2  310 ...".

A header names three or more tests the lab table knows exactly, each with an optional unit
in brackets ("Hb (g/L)"); a row starts with its date and holds one cell per test ("-" for a
test not done). A row whose cells do not line up with the tests is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.extractors.offline.labs import lookup_analyte, take_dates
from adapters.extractors.offline.patterns import NUMBER
from adapters.extractors.offline.values import DateOrder

_MIN_TESTS = 3
_MAX_NAME_WORDS = 3
_LEADING_WORDS = frozenset({"date", "time", "date/time", "collected", "day"})
_TOKEN = re.compile(r"\([^)]*\)|[^\s()]+")
_CELL = re.compile(rf"(?<!\S)(?:[<>]?{NUMBER}|[-\u2013\u2014])(?!\S)")


@dataclass(frozen=True, slots=True)
class _Test:
    name: str
    unit: str | None


def header_tests(line: str) -> tuple[_Test, ...]:
    """The tests a trend table's header names, left to right; () if it is not one."""
    tokens = _TOKEN.findall(line)
    while tokens and tokens[0].lower().strip(":") in _LEADING_WORDS:
        tokens.pop(0)
    tests: list[_Test] = []
    index = 0
    while index < len(tokens):
        for count in range(min(_MAX_NAME_WORDS, len(tokens) - index), 0, -1):
            words = tokens[index : index + count]
            if any(word.startswith("(") for word in words):
                continue  # a unit in brackets follows the name; it is not part of it
            name = " ".join(words)
            found = lookup_analyte(name)
            if found is not None and found.score >= 0.95:
                break
        else:
            return ()
        index += count
        unit = None
        if index < len(tokens) and tokens[index].startswith("("):
            unit = tokens[index].strip("()").strip() or None
            index += 1
        tests.append(_Test(name, unit))
    return tuple(tests) if len(tests) >= _MIN_TESTS else ()


def row_results(
    line: str, tests: tuple[_Test, ...], order: DateOrder | None = None
) -> list[str] | None:
    """One row text per test for a dated row ("Hb 128 g/L 2026-03-11"); None if the line is
    not such a row."""
    blanked, dates = take_dates(line, order)
    if not dates or blanked[: dates[0].start].strip():
        return None  # a row starts with its date
    cells = _CELL.findall(blanked[dates[0].end :])
    if len(cells) != len(tests):
        return None
    when = "" if dates[0].ambiguous else dates[0].value.isoformat()
    return [
        " ".join(f"{test.name} {cell} {test.unit or ''} {when}".split())
        for test, cell in zip(tests, cells, strict=True)
        if cell not in ("-", "\u2013", "\u2014")
    ]


class AnalyteColumns:
    """Remembers a trend table's tests while its dated rows are read."""

    def __init__(self, order: DateOrder | None = None) -> None:
        self._order = order
        self._tests: tuple[_Test, ...] = ()

    def feed(self, line: str) -> list[str] | None:
        """[] for the header, the results of a row under it, None to read the line as usual."""
        tests = header_tests(line)
        if tests:
            self._tests = tests
            return []
        if not self._tests:
            return None
        rows = row_results(line, self._tests, self._order)
        if rows is None:
            self._tests = ()  # the table has ended
        return rows
