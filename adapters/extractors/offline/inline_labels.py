"""Labelled parts of one prose line read as lines of their own.

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

#: After a sentence's end: a capitalised label of up to four words and its colon.
_LABEL_AFTER_SENTENCE = re.compile(
    r"(?<=[a-z0-9)\]][.;])\s+(?P<label>[A-Z][A-Za-z/&'-]*(?:\s+[A-Za-z/&'-]+){0,3}):(?:\s|$)"
)


def inline_parts(text: str) -> list[str]:
    """``text`` cut before each label that opens a new part; [text] when there is none."""
    cuts = [
        m.start("label")
        for m in _LABEL_AFTER_SENTENCE.finditer(text)
        if names_a_section(f"{m.group('label')}: -")
    ]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return [part for part in parts if part]


def labels_in_prose_apart(page: PageText) -> PageText:
    lines: list[TextLine] = []
    for line in page.lines:
        parts = inline_parts(line.text)
        if len(parts) == 1:
            lines.append(line)
            continue
        lines.extend(replace(line, text=part, cells=()) for part in parts)
    return replace(page, lines=tuple(lines))
