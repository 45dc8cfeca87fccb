"""Marks made under a form's Yes / No columns, rewritten as the boxes they tick.

A questionnaire printed as a table ("Question | Yes | No | If yes, details") is answered by
a mark in one column: "2. Heart attack, angina or chest pain? | X". Read as text, the lone
"X" has lost its column, and the question reads as a statement that the patient has angina.
The cells' positions keep the answer: a mark under the header's "No" is a No. Such a row is
rewritten as the boxed row the tick-box reader knows ("... [ ] [X]"), one box per answer
column; a row whose boxes were all read empty says nothing. A header with two sets of
columns ("Condition Yes No Condition Yes No") sets two questions side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.checkboxes import (
    ALLERGY_QUESTION,
    NO_WORDS,
    YES_WORDS,
    unanswered_label,
)
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.sections import detect_section, is_exact_title
from pipeline.ports import PageText, TextLine

#: The answer words a header names, in the order the tick-box reader expects them.
_ANSWERS = ("yes", "no", "unknown")
_ANSWER_ALIASES = {
    "yes": "yes",
    "no": "no",
    "unknown": "unknown",
    "unsure": "unknown",
    "n/a": "unknown",
    # The same columns in other languages (folded, lower case): "Sì No", "Ja Nej".
    **dict.fromkeys(YES_WORDS, "yes"),
    **dict.fromkeys(NO_WORDS, "no"),
}
#: A mark written or printed in an answer column ("X", a tick; OCR reads a box crossed by
#: hand as a CJK glyph).
_MARK = re.compile(r"^\s*[xX\u00d7✓✔√☒☑■冈凶区図]\s*$")  # (\u00d7: a multiplication sign)
#: A box printed empty: "☐", "□", or OCR's "口" for one.
_EMPTY_BOX = re.compile(r"^\s*[☐□口]\s*$")
_TEXT_BOX = re.compile(r"\[\s*[xX✓✔]?\s*\]")
#: How far (page share) a mark's centre may sit from its column's centre, at most.
_MAX_REACH = 0.03


@dataclass(frozen=True, slots=True)
class _Group:
    """One question's answer columns: their centres, left to right."""

    centres: tuple[float, ...]
    edges: tuple[tuple[float, float], ...]


def _centre(cell: Cell) -> float:
    return (cell[1] + cell[2]) / 2


def _answer_word(cell: Cell) -> str | None:
    return _ANSWER_ALIASES.get(fold(cell[0].strip().lower().rstrip(":")))


def answer_groups(cells: Sequence[Cell]) -> tuple[_Group, ...]:
    """The answer-column groups a header row names ("Yes | No" cells, each word its own
    cell, in the order yes, no[, unknown]); () if the row is not such a header."""
    groups: list[_Group] = []
    index = 0
    while index < len(cells):
        if _answer_word(cells[index]) != "yes":
            index += 1
            continue
        run = [cells[index]]
        while (
            index + len(run) < len(cells)
            and len(run) < len(_ANSWERS)
            and _answer_word(cells[index + len(run)]) == _ANSWERS[len(run)]
        ):
            run.append(cells[index + len(run)])
        if len(run) >= 2:
            groups.append(_Group(tuple(_centre(c) for c in run), tuple((c[1], c[2]) for c in run)))
        index += len(run)
    return tuple(groups)


def _reach(group: _Group) -> float:
    gaps = [b - a for a, b in zip(group.centres, group.centres[1:], strict=False)]
    return min(_MAX_REACH, min(gaps) / 2)


def _placed(cell: Cell, groups: Sequence[_Group]) -> tuple[int, int] | None:
    """(group, column) of the answer column a mark sits under; None if under none."""
    centre = _centre(cell)
    for number, group in enumerate(groups):
        reach = _reach(group)
        for column, middle in enumerate(group.centres):
            if abs(centre - middle) <= reach:
                return number, column
    return None


def _boxes(group: _Group, ticked: int | None) -> list[Cell]:
    return [
        ("[X]" if column == ticked else "[ ]", left, right)
        for column, (left, right) in enumerate(group.edges)
    ]


def _rewrite(cells: Sequence[Cell], groups: Sequence[_Group]) -> tuple[Cell, ...] | None:
    """The row with its marks replaced by boxes under every group; None if it has no mark
    under an answer column, or marks that cannot be told apart."""
    if any(_TEXT_BOX.search(text) for text, _, _ in cells):
        return None  # already boxes the tick-box reader knows: "[X]", "[ ]"
    marks: dict[int, int] = {}
    kept: list[Cell] = []
    empty = False
    for cell in cells:
        if _EMPTY_BOX.match(cell[0]) and _placed(cell, groups) is not None:
            empty = True  # a printed box left empty (or whose tick the scan lost)
            continue
        place = _placed(cell, groups) if _MARK.match(cell[0]) else None
        if place is None:
            kept.append(cell)
            continue
        question, column = place
        if question in marks:
            return None  # two marks for one question: a spoilt answer
        marks[question] = column
    if not marks and not empty:
        return None
    out: list[Cell] = []
    for number, group in enumerate(groups):
        start = group.edges[0][0]
        out.extend(c for c in kept if c[1] < start and (not out or c[1] >= out[-1][2]))
        out.extend(_boxes(group, marks.get(number)))
    out.extend(c for c in kept if c[1] >= groups[-1].edges[-1][1] - 0.001)
    return tuple(out)


#: Most words of a question asked in a form's question column.
_MAX_QUESTION_WORDS = 8


def _unanswered(cells: Sequence[Cell], groups: Sequence[_Group]) -> bool:
    """A row of the question column alone, with nothing under the answer columns or in the
    details after them: "Heart attack or chest pain (angina)" whose tick is not on the page
    (drawn on a printed form, lost by the scan). Not a heading or a labelled field, which
    end the table."""
    if len(cells) != 1 or cells[0][2] > groups[0].edges[0][0]:
        return False
    text = cells[0][0].strip()
    return (
        0 < len(text.split()) <= _MAX_QUESTION_WORDS
        and ":" not in text
        and not text.endswith(".")
        and not is_exact_title(text)
    )


def _details_only(cells: Sequence[Cell], groups: Sequence[_Group]) -> bool:
    """A question whose only answer is in the details column ("High blood pressure |
    since 2015", the tick not on the page): the table goes on."""
    return (
        len(cells) == 2
        and _unanswered(cells[:1], groups)
        and cells[1][1] >= groups[-1].edges[-1][1] - 0.001
    )


def _question(cells: Sequence[Cell]) -> bool:
    """An unanswered question row, which keeps the table open."""
    if not cells:
        return False
    return cells[0][0].rstrip().endswith("?") or (len(cells) == 1 and unanswered_label(cells[0][0]))


def _titles_a_section(line: TextLine) -> bool:
    """A title we know, on a line of its own: it closes the table above."""
    start = detect_section(line.text)
    return (
        start is not None
        and not start.remainder
        and start.kind not in ("unknown_title", "page_furniture")
    )


def _in_english(line: TextLine) -> TextLine:
    """The header with its answer words in English ("Sì No Note" -> "Yes No Note"), the
    words the tick-box reader knows; the line itself when they already are."""
    cells = tuple(
        ((word.capitalize() if (word := _answer_word(cell)) else cell[0]), cell[1], cell[2])
        for cell in line.cells
    )
    if cells == line.cells:
        return line
    return replace(line, text=" ".join(text for text, _, _ in cells), cells=cells)


def marks_under_answers(page: PageText) -> PageText:
    """The page with each mark under a Yes / No column rewritten as ticked boxes."""
    groups: tuple[_Group, ...] = ()
    lines: list[TextLine] = []
    changed = False
    for line in page.lines:
        header = answer_groups(line.cells)
        if header:
            groups = header
            named = _in_english(line)
            changed = changed or named is not line
            lines.append(named)
            continue
        if groups and _titles_a_section(line):
            groups = ()  # "Farmaci che assume regolarmente": the form's next part
            lines.append(line)
            continue
        if groups and _unanswered(line.cells, groups):
            changed = True  # a question whose answer is not on the page says nothing
            continue
        asks_allergy = ALLERGY_QUESTION.search(line.cells[0][0]) if line.cells else None
        if groups and _details_only(line.cells, groups) and asks_allergy:
            # "Are you allergic to any medicine? | | | codeine - vomiting": the details name
            # the allergy, as a labelled field does
            changed = True
            lines.append(replace(line, text=f"Allergies: {line.cells[1][0]}", cells=line.cells[1:]))
            continue
        if groups and _details_only(line.cells, groups):
            # "Gout | left big toe, 2019": the question, then what the details say of it
            changed = True
            lines.append(replace(line, text=f"{line.cells[0][0]} - {line.cells[1][0]}"))
            continue
        row = _rewrite(line.cells, groups) if groups else None
        if row is None:
            if groups and not _question(line.cells):
                groups = ()  # a line that answers nothing ends the table
            lines.append(line)
            continue
        changed = True
        lines.append(replace(line, text=" ".join(text for text, _, _ in row), cells=row))
    return replace(page, lines=tuple(lines)) if changed else page
