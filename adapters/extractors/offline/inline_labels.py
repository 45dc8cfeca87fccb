"""Labelled parts of one prose line (or of one row of cells) read as lines of their own.

Letters run their parts together: "Conditions: Hypothyroidism. Regular medicines: Eltroxin
100 mcg once daily. Allergies: Neomycin - contact dermatitis." Read whole, the line is one
"Conditions" item and its medicine and allergy are lost in it. A sentence that ends and
opens with a label naming a known section ("Allergies:", "FHx:", "Plan:") starts a new
piece. Each piece keeps the line's box, so its source points at the same place.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from adapters.extractors.offline.sections import names_a_section
from pipeline.ports import PageText, TextLine

_LABEL = r"(?P<label>[A-Z][A-Za-z/&'-]*(?:\s+[A-Za-z/&'-]+){0,3})"
#: A label may carry the date of what it heads: "Obs 01/03/2025: BP 124/70".
_DATED = r"(?:\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?"
#: After a sentence's end: a capitalised label of up to four words and its colon.
_LABEL_AFTER_SENTENCE = re.compile(rf"(?<=[a-z0-9)\]][.;])\s+{_LABEL}{_DATED}:(?:\s|$)")
#: Anywhere after a word: the next field of a form line that opens with a label
#: ("ALLERGIES: Erythromycin (vomiting) Obs 01/03/2025: BP 124/70 ...").
_LABEL_AFTER_WORD = re.compile(rf"(?<=[A-Za-z0-9)\].;])\s+{_LABEL}{_DATED}:(?:\s|$)")
_OPENING_LABEL = re.compile(rf"^\s*{_LABEL}:\s")
#: A form's header fields run together too: "Nationality: Australian Allergies: egg - hives".
_DEMOGRAPHIC_LABEL = re.compile(
    r"(?:patient(?:'s)? )?(?:name|surname|dob|d\.o\.b|date of birth|sex|gender|age|"
    r"nationality|address|phone|tel|mrn|nhs (?:no|number)|id|weight|height)",
    re.IGNORECASE,
)


def inline_parts(text: str) -> list[str]:
    """``text`` cut before each label that opens a new part; [text] when there is none."""
    opening = _OPENING_LABEL.match(text)
    form_line = opening is not None and (
        names_a_section(f"{opening.group('label')}: -")
        or _DEMOGRAPHIC_LABEL.fullmatch(opening.group("label")) is not None
    )
    labels = _LABEL_AFTER_WORD if form_line else _LABEL_AFTER_SENTENCE
    cuts = [
        m.start("label") for m in labels.finditer(text) if names_a_section(f"{m.group('label')}: -")
    ]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return [part for part in parts if part]


#: A cell that opens with a label and its value: "ALLERGY: Ibuprofen - facial swelling".
_LABELLED_CELL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z/&'-]*(?:\s+[A-Za-z/&'-]+){0,3}):\s+\S")


def _cell_parts(line: TextLine) -> list[str]:
    """A header row's cells cut before a later cell that opens a known section with its
    label ("Regular doctor: Dr Wong | ALLERGY: Ibuprofen - facial swelling")."""
    cuts = [
        index
        for index, (text, _, _) in enumerate(line.cells)
        if index > 0
        and (found := _LABELLED_CELL.match(text)) is not None
        and names_a_section(f"{found.group('label')}: -")
    ]
    if not cuts:
        return [line.text]
    bounds = [0, *cuts, len(line.cells)]
    return [" ".join(c[0] for c in line.cells[a:b]) for a, b in itertools.pairwise(bounds)]


def labels_in_prose_apart(page: PageText) -> PageText:
    lines: list[TextLine] = []
    for line in page.lines:
        parts = [part for piece in _cell_parts(line) for part in inline_parts(piece)]
        if len(parts) == 1:
            lines.append(line)
            continue
        lines.extend(replace(line, text=part, cells=()) for part in parts)
    return replace(page, lines=tuple(lines))
