"""Confidence that means something: the measured precision of rows like this one.

A confirmed row's confidence is the precision the gate's confirmed rows of the same
category and kind (carrying a terminology code or not) reached on the extraction sets used
for development (held-out sets 1-4, pooled: ``bench/calibration.py --set bench/heldout
--set bench/heldout2 --set bench/heldout3 --set bench/heldout4``), smoothed as
(correct + 1) / (rows + 2) so a small group never claims certainty. Set 5, never used for
development, checks it:
docs/benchmarks.md gives the expected calibration error. A row sent to review keeps the
gate's cap instead.
"""

from __future__ import annotations

from pydantic import BaseModel

#: (category, coded) -> calibrated confidence, fitted on sets 1-4 (extractor 2.3.0).
#: Rows / correct: allergies 74/74, conditions 215/206, immunizations 163/157, labs uncoded
#: 50/50 and coded 870/864, medications uncoded 166/160 and coded 194/186, vitals 302/299.
CALIBRATED: dict[tuple[str, bool], float] = {
    ("allergies", True): 0.99,
    ("conditions", True): 0.95,
    ("immunizations", True): 0.96,
    ("labs", False): 0.98,
    ("labs", True): 0.99,
    ("medications", False): 0.96,
    ("medications", True): 0.95,
    ("vitals", True): 0.99,
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
