"""Confidence that means something: the measured precision of rows like this one.

A confirmed row's confidence is the precision the gate's confirmed rows of the same
category and kind (carrying a terminology code or not) reached on held-out set 1
(``bench/calibration.py --set bench/heldout``), smoothed as (correct + 1) / (rows + 2) so a
small group never claims certainty. Set 2 checks it: docs/benchmarks.md gives the expected
calibration error before and after. A row sent to review keeps the gate's cap instead.
"""

from __future__ import annotations

from pydantic import BaseModel

#: (category, coded) -> calibrated confidence, fitted on held-out set 1 (extractor 2.1.0).
#: Rows / correct: allergies 18/17, conditions 49/47, immunizations 53/50, labs uncoded
#: 18/18 and coded 123/121, medications uncoded 50/43 and coded 56/51, vitals 60/58.
CALIBRATED: dict[tuple[str, bool], float] = {
    ("allergies", True): 0.90,
    ("conditions", True): 0.94,
    ("immunizations", True): 0.93,
    ("labs", False): 0.95,
    ("labs", True): 0.98,
    ("medications", False): 0.85,
    ("medications", True): 0.90,
    ("vitals", True): 0.95,
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
