"""Confidence that means something: the measured precision of rows like this one.

A confirmed row's confidence is the precision the gate's confirmed rows of the same
category and kind (carrying a terminology code or not) reached on documents the rules were
not written against: held-out set 8, scored blind with extractor 2.5.0 before it was ever
opened (``bench/calibration.py --set bench/heldout8``), smoothed as (correct + 1) / (rows + 2)
so a small group never claims certainty. Tables fitted on the sets read during development
claimed too much on unseen documents (conditions 0.93 against 0.66 measured); this one was
checked on set 9 (expected calibration error 0.050 -> 0.035), with extractor 2.6.0 on set 11
(0.066, over-claiming for conditions and medications) and with 2.7.0 on set 12, never
opened: 0.032, over-claiming for medications without a code (docs/benchmarks.md). A row
sent to review keeps the gate's cap instead.
"""

from __future__ import annotations

from pydantic import BaseModel

#: (category, coded) -> calibrated confidence, fitted on set 8 (extractor 2.5.0, blind).
#: Rows / correct: allergies 11/10, conditions 68/45, immunizations 29/26, labs uncoded 11/9
#: and coded 146/143, medications uncoded 47/43 and coded 53/48, vitals 63/63.
CALIBRATED: dict[tuple[str, bool], float] = {
    ("allergies", True): 0.85,
    ("conditions", True): 0.66,
    ("immunizations", True): 0.87,
    ("labs", False): 0.77,
    ("labs", True): 0.97,
    ("medications", False): 0.9,
    ("medications", True): 0.89,
    ("vitals", True): 0.98,
}
#: The field that carries each category's terminology code (allergies have none).
CODE_FIELD: dict[str, str | None] = {
    "medications": "rxnorm_code",
    "labs": "loinc_code",
    "vitals": "loinc_code",
    "conditions": "icd10_code",
    "immunizations": "cvx_code",
    "allergies": None,
}


#: The extractors the table was measured on; any other keeps its own confidence.
CALIBRATED_EXTRACTORS = frozenset({"offline-rules"})


def calibrated_confidence(category: str, item: BaseModel) -> float | None:
    """The calibrated confidence of a confirmed row, or None for an unknown group."""
    field = CODE_FIELD.get(category)
    coded = bool(getattr(item, field, None)) if field else True
    return CALIBRATED.get((category, coded))
