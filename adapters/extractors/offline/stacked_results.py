"""A patient portal's result cards read as one row each.

Portals print each result as a small card of lines, not as a table row:

    Hemoglobin A1C
    Apr 1, 2025
    8.1 %
    High
    Standard range: 4.0 - 5.6 %
    Previous: 7.6 % (High) on Dec 10, 2024

Read line by line, the name has no value and the value has no name, so the result is lost.
A card is a line that names a known test and nothing else, then, in any order, at most one
date line, one value line (a number and its unit, nothing else), one flag word and one
range line, with an optional "Previous: ..." line. A card with no value line (a pending
test) is left as it is. The card becomes one row line, "Hemoglobin A1C 8.1 % High 4.0 -
5.6 % Apr 1, 2025", which the row parser reads like any table row; a previous result
becomes a row of its own with its date. OCR often joins a card's lines ("Hemoglobin A1C
Apr 1, 2025", "8.1 % High Standard range: 4.0 - 5.6 % Previous: ..."): a name line may end
with its date, and each later line is cut into its parts before they are taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from adapters.extractors.offline.labs import lookup_analyte
from adapters.extractors.offline.patterns import COMPARATOR, DATE, LAB_UNIT, NUMBER
from pipeline.ports import PageText, TextLine

#: A card's lines after its name, at most this many.
_CARD_LINES = 6
#: A card's name is short: a test's name, not a sentence about it.
_NAME_WORDS = 6
_STANDALONE_NUMBER = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)?(?![\w-])")
#: How sure the name match must be: a card's name line is a test name and nothing else.
_NAME_SCORE = 0.95

_VALUE = re.compile(rf"^\s*(?P<value>{COMPARATOR}?\s*{NUMBER})\s*(?P<unit>.*?)\s*$")
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:collected|resulted|result date|date|on)\s*:?\s+)?(?P<date>{DATE.pattern})\s*$",
    re.IGNORECASE,
)
_FLAG_LINE = re.compile(r"^\s*(?P<flag>high|low|abnormal|critical|normal)\s*$", re.IGNORECASE)
_RANGE_LINE = re.compile(
    r"^\s*(?:standard|normal|reference)\s+range\s*:?\s*(?P<range>.+?)\s*$", re.IGNORECASE
)
_PREVIOUS_LINE = re.compile(
    rf"^\s*previous(?:\s+result)?\s*:\s*(?P<value>{NUMBER})\s*(?P<unit>[^()]*?)\s*"
    rf"(?:\((?P<flag>high|low|abnormal|critical|normal)\))?\s+on\s+(?P<date>{DATE.pattern})\s*$",
    re.IGNORECASE,
)


def _unit_only(text: str) -> bool:
    return not text or LAB_UNIT.fullmatch(text) is not None


def _value_line(text: str) -> tuple[str, str] | None:
    found = _VALUE.match(text)
    if found is None or not _unit_only(found["unit"]):
        return None
    return found["value"], found["unit"]


def _card_name(text: str) -> bool:
    """A line that names a known test and carries no result of its own ("Vitamin B12" and
    "25-OH Vitamin D" carry digits, but no number of their own)."""
    if _STANDALONE_NUMBER.search(text) or not 0 < len(text.split()) <= _NAME_WORDS:
        return False
    found = lookup_analyte(text.strip())
    return found is not None and found.score >= _NAME_SCORE


@dataclass
class _Card:
    name: str
    value: tuple[str, str] | None = None
    date: str | None = None
    flag: str | None = None
    range: str | None = None
    previous: list[str] = field(default_factory=list)

    def take(self, text: str) -> bool:
        """Whether ``text`` is one of the card's lines (and keep what it says)."""
        if self.value is None and (value := _value_line(text)) is not None:
            self.value = value
        elif self.date is None and (dated := _DATE_LINE.match(text)):
            self.date = dated["date"]
        elif self.flag is None and (flagged := _FLAG_LINE.match(text)):
            self.flag = flagged["flag"]
        elif self.range is None and (ranged := _RANGE_LINE.match(text)):
            self.range = ranged["range"]
        elif previous := _PREVIOUS_LINE.match(text):
            parts = (self.name, previous["value"], previous["unit"], previous["flag"])
            self.previous.append(" ".join([*filter(None, parts), previous["date"]]))
        else:
            return False
        return True

    def rows(self) -> list[str]:
        if self.value is None:
            return []
        flag = None if (self.flag or "").lower() == "normal" else self.flag
        parts = (self.name, *self.value, flag, self.range, self.date)
        return [" ".join(filter(None, parts)), *self.previous]


def _as_lines(first: TextLine, rows: Sequence[str]) -> list[TextLine]:
    return [replace(first, text=row, cells=()) for row in rows]


#: A card's head: the test's name, with its date beside it on some portals.
_HEAD = re.compile(
    rf"^(?P<name>.+?)\s+(?:collected\s+|resulted\s+)?(?P<date>{DATE.pattern})\s*$", re.IGNORECASE
)
#: Where a line of a card holds several of its parts ("8.1 % High Standard range: 4.0 - 5.6 %
#: Previous: 7.6 % (High) on Dec 10, 2024"): before the range, the previous result, the flag.
_PART_BREAK = re.compile(
    r"\s+(?=(?:standard|normal|reference)\s+range\b|previous(?:\s+result)?\s*:|"
    r"(?:high|low|abnormal|critical|normal)\s*(?:$|(?:standard|normal|reference)\s+range\b|"
    r"previous\s*:))",
    re.IGNORECASE,
)


def _head(text: str) -> tuple[str, str | None] | None:
    """The card's test name and its date, when ``text`` opens a card."""
    dated = _HEAD.match(text.strip())
    name, when = (dated["name"], dated["date"]) if dated else (text.strip(), None)
    return (name, when) if _card_name(name) else None


def _taken_by(card: _Card, text: str) -> _Card | None:
    """The card with every part of ``text`` taken in, or None when a part is not its own."""
    trial = replace(card, previous=list(card.previous))
    parts = [part for part in _PART_BREAK.split(text.strip()) if part.strip()]
    return trial if parts and all(trial.take(part.strip()) for part in parts) else None


def result_cards_as_rows(page: PageText) -> PageText:
    """``page`` with each result card joined into row lines; other lines unchanged."""
    lines: list[TextLine] = []
    index = 0
    while index < len(page.lines):
        line = page.lines[index]
        head = _head(line.text)
        if head is None:
            lines.append(line)
            index += 1
            continue
        card = _Card(head[0], date=head[1])
        end = index + 1
        while end < len(page.lines) and end - index <= _CARD_LINES:
            taken = _taken_by(card, page.lines[end].text)
            if taken is None:
                break
            card, end = taken, end + 1
        rows = card.rows()
        if rows:
            lines.extend(_as_lines(line, rows))
            index = end
        else:
            lines.append(line)
            index += 1
    return replace(page, lines=tuple(lines))
