"""A row of labels over a row of values, cell under cell, read as label-value pairs.

Triage forms and discharge summaries print observations as a two-row grid: "BP | HR | RR |
Temp | SpO2 | CBG | Pain | Weight" over "168/98 mmHg | 104 bpm | 20 /min | 36.8 °C | 97%
RA | 7.2 mmol/L | 7/10 | 94 kg". Read as text, the values row has lost its labels, and a
column the vitals table reader does not know (CBG, Pain) shifts every value after it.
The cells' positions keep the pairs: when both rows have the same number of cells and
each value sits under its label, the two rows become one line of labelled readings
("BP 168/98 mmHg HR 104 bpm ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.lexicon import VITAL_LABELS
from pipeline.ports import PageText, TextLine

_LABELS = frozenset(label for labels in VITAL_LABELS.values() for label in labels)
#: Labels of vital signs a header needs before its row is read this way.
_MIN_VITAL_LABELS = 3
#: A label cell is short; a value cell starts with its number.
_MAX_LABEL_WORDS = 3
_VALUE = re.compile(r"^\s*[<>]?\d")


_BRACKET = re.compile(r"\(\s*(?P<inside>[^()]*?)\s*\)")
#: A unit printed in the label's brackets: "BP (mmHg)", "RR (/min)" (not "(room air)").
_UNIT = re.compile(r"^[%/A-Za-z°²^.]{1,8}$")


#: A unit printed after the label without brackets: "SpO2 %", "Wt kg", "Ht cm".
_TRAILING_UNIT = re.compile(
    r"\s+(?P<inside>%|kg|cm|m|mmHg|bpm|/min|°C|°F|mmol/L|mg/dL|kg/m2|kg/m²)\s*$", re.IGNORECASE
)


def _label(text: str) -> str:
    text = _TRAILING_UNIT.sub("", _BRACKET.sub(" ", text))
    return " ".join(re.sub(r"[.:]", " ", text).lower().split())


def _reading(label: Cell, value: Cell) -> str:
    """ "BP 118/72 mmHg" from "BP (mmHg)" over "118/72"; "SpO2 98 %" from "SpO2 %"."""
    unit = _BRACKET.search(label[0]) or _TRAILING_UNIT.search(label[0])
    suffix = ""
    if unit and _UNIT.match(unit.group("inside")) and not re.search(r"[A-Za-z%°]", value[0]):
        suffix = f" {unit.group('inside')}"
    return f"{_label(label[0])} {value[0]}{suffix}"


def _is_label_row(cells: Sequence[Cell]) -> bool:
    labels = [_label(text) for text, _, _ in cells]
    return (
        len(cells) >= _MIN_VITAL_LABELS
        and all(
            label and len(label.split()) <= _MAX_LABEL_WORDS and not _VALUE.match(label)
            for label in labels
        )
        and sum(label in _LABELS for label in labels) >= _MIN_VITAL_LABELS
        # a column of dates or times heads a table of several readings: its reader has it
        and not any(label in ("date", "time", "datetime", "date/time") for label in labels)
    )


def _under(value: Cell, label: Cell) -> bool:
    """Whether the value cell sits under the label cell (their spans overlap)."""
    return value[1] < label[2] and label[1] < value[2]


def _paired(labels: Sequence[Cell], values: Sequence[Cell]) -> str | None:
    if len(labels) != len(values) or not all(_VALUE.match(v[0]) for v in values):
        return None
    if not all(_under(v, label) for v, label in zip(values, labels, strict=True)):
        return None
    return " ".join(_reading(label, value) for label, value in zip(labels, values, strict=True))


def labelled_readings(page: PageText) -> PageText:
    """The page with each label row and the value row under it joined into labelled
    readings; other rows unchanged."""
    lines: list[TextLine] = []
    skip = False
    for index, line in enumerate(page.lines):
        if skip:
            skip = False
            continue
        following = page.lines[index + 1] if index + 1 < len(page.lines) else None
        after = page.lines[index + 2] if index + 2 < len(page.lines) else None
        if following is not None and _is_label_row(line.cells):
            text = _paired(line.cells, following.cells)
            # A second row of values makes a table of readings: the table's reader has it.
            if text is not None and (after is None or not _VALUE.match(after.text)):
                lines.append(replace(following, text=text, cells=()))
                skip = True
                continue
        lines.append(line)
    return replace(page, lines=tuple(lines)) if len(lines) != len(page.lines) else page
