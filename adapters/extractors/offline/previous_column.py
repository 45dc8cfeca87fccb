"""A results table's "previous result" column: "Test Result Flag Units Ref PREV 2024-11-02".

Lab print-outs often add the patient's last result of each test in a column whose header
gives that collection's date. The row "HEMOGLOBIN 118 L g/L 120-160 124" then holds two
results: 118 today, and 124 on the header's date. The second is read only when it stands
alone after the row's reference range (so it cannot be taken for the range or the unit),
and only when it differs from today's value (a repeated value would read as a restatement
of the current row, which the extractor drops).
"""

from __future__ import annotations

import re
from datetime import date

from adapters.extractors.offline.labs import parse_lab_row
from adapters.extractors.offline.sections import detect_section
from adapters.extractors.offline.values import DateOrder, parse_dates

_PREVIOUS_WORD = re.compile(
    r"\b(?:prev(?:ious)?|prior|last)(?:\s+(?:result|value))?\b\s*[:(]?", re.IGNORECASE
)
_TABLE_WORDS = re.compile(r"\b(?:test|result|analyte|investigation)s?\b", re.IGNORECASE)
_ALONE = re.compile(r"^\s*(?P<value>[<>]?\d+(?:\.\d+)?)\s*(?:HH|LL|H|L|A|\*)?\s*$")


def previous_column_date(line: str, order: DateOrder = DateOrder.UNKNOWN) -> date | None:
    """The date a results header gives its previous-result column, if it has one."""
    word = _PREVIOUS_WORD.search(line)
    if word is None or not _TABLE_WORDS.search(line[: word.start()]):
        return None
    found = parse_dates(line[word.end() :], order)
    if len(found) != 1 or (found[0].ambiguous and order is DateOrder.UNKNOWN):
        return None
    return found[0].value


class PreviousColumn:
    """Remembers a results table's previous-result date while its rows are read."""

    def __init__(self, order: DateOrder = DateOrder.UNKNOWN) -> None:
        self._order = order
        self._date: date | None = None

    def feed(self, line: str) -> list[str]:
        """The previous result of a row as a row text of its own ([] if none)."""
        header = previous_column_date(line, self._order)
        if header is not None:
            self._date = header
            return []
        if self._date is None:
            return []
        start = detect_section(line)
        if start is not None and start.section not in ("labs", "other") and not start.remainder:
            self._date = None  # the results table is over
            return []
        row = parse_lab_row(line, order=self._order)
        if row is None or row.match is None or not row.reference_text:
            return []
        at = line.rfind(row.reference_text)
        tail = _ALONE.match(line[at + len(row.reference_text) :]) if at >= 0 else None
        if tail is None or tail.group("value") == row.value_text:
            return []
        unit = f" {row.unit}" if row.unit else ""
        return [
            f"{row.test_name} {tail.group('value')}{unit} {row.reference_text} "
            f"{self._date.isoformat()}"
        ]
