"""Dates a document names as the next visit: "Next visit: 26/08/25", "Return on 03/04/2026".

A vaccine card written up at one visit names the next; a dose dated on that day may be one
the card expects rather than one given (a handwritten "out of stock, return 26/08/25" that
OCR cannot read). Such a dose is written for review, never as a given fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from adapters.extractors.offline.values import DateOrder, parse_dates

_NEXT_VISIT = re.compile(
    r"\b(?:next\s+(?:visit|appointment|appt|review|clinic\s+visit)|return\s+(?:on|date|visit)|"
    r"come\s+back\s+on|to\s+come\s+again|TCA)\b\s*[:\-]?\s*",
    re.IGNORECASE,
)
#: The date follows the cue closely: "Next visit: 26/08/25 - MR 2".
_REACH = 20


def next_visit_dates(lines: Iterable[str], order: DateOrder) -> frozenset[date]:
    """Every date written right after a next-visit cue."""
    found: set[date] = set()
    for line in lines:
        for cue in _NEXT_VISIT.finditer(line):
            following = parse_dates(line[cue.end() : cue.end() + _REACH + 12], order)
            if following and following[0].start <= _REACH:
                found.add(following[0].value)
    return frozenset(found)
