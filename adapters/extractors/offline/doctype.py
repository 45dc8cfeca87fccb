"""Which kind of document this is, from its words and what was extracted from it."""

from __future__ import annotations

import re

from pipeline.clinical.schema import DocumentType

# (document type, pattern, weight): title words weigh most.
_CUES: tuple[tuple[DocumentType, str, int], ...] = (
    ("discharge_summary", r"\bdischarge summary\b", 6),
    ("discharge_summary", r"\bhospital course\b", 2),
    ("discharge_summary", r"\bdischarge (?:diagnos[ie]s|medications|instructions)\b", 2),
    ("discharge_summary", r"\bdate of (?:admission|discharge)\b", 1),
    ("lab_result", r"\b(?:laboratory|lab) (?:report|results?)\b", 5),
    ("lab_result", r"\breference (?:range|interval)\b", 2),
    ("lab_result", r"\bspecimen\b", 1),
    ("prescription", r"\bprescription\b", 5),
    ("prescription", r"\bdispense\b|\bdisp\b", 2),
    ("prescription", r"\brefills?\b", 2),
    ("prescription", r"\bsig\s*:", 2),
    ("immunization_record", r"\b(?:immunization|vaccination)s? (?:record|history|card)\b", 6),
    ("immunization_record", r"\bvaccines?\b", 2),
    ("immunization_record", r"\blot (?:number|no|#)", 1),
)
_ORDER: tuple[DocumentType, ...] = (
    "discharge_summary",
    "lab_result",
    "prescription",
    "immunization_record",
)
_MIN_SCORE = 3


def classify_document(text: str, item_counts: dict[str, int]) -> DocumentType:
    """The schema's ``DocumentType`` for ``text``; counts of extracted items break ties."""
    scores: dict[DocumentType, int] = dict.fromkeys(_ORDER, 0)
    for doc_type, pattern, weight in _CUES:
        if re.search(pattern, text, re.IGNORECASE):
            scores[doc_type] += weight
    scores["lab_result"] += min(item_counts.get("labs", 0), 6) // 2
    scores["immunization_record"] += min(item_counts.get("immunizations", 0), 6) // 2
    best = max(_ORDER, key=lambda t: (scores[t], -_ORDER.index(t)))
    if scores[best] >= _MIN_SCORE:
        return best
    return "medical_record" if any(item_counts.values()) else "other"
