"""Confidence that means something: the measured precision of rows like this one.

A confirmed row's confidence is the precision the gate's confirmed rows of the same
category and kind (carrying a terminology code or not) reached on the extraction sets used
for development (held-out sets 1-3, pooled: ``bench/calibration.py --set bench/heldout
--set bench/heldout2 --set bench/heldout3``), smoothed as (correct + 1) / (rows + 2) so a
small group never claims certainty. Set 4, never used for development, checks it:
docs/benchmarks.md gives the expected calibration error. A row sent to review keeps the
gate's cap instead.
"""

from __future__ import annotations

from pydantic import BaseModel

#: (category, coded) -> calibrated confidence, fitted on sets 1-3 (extractor 2.2.0).
#: Rows / correct: allergies 57/57, conditions 159/151, immunizations 136/130, labs uncoded
#: 35/35 and coded 600/594, medications uncoded 130/119 and coded 147/133, vitals 230/227.
CALIBRATED: dict[tuple[str, bool], float] = {
    ("allergies", True): 0.98,
    ("conditions", True): 0.94,
    ("immunizations", True): 0.95,
    ("labs", False): 0.97,
    ("labs", True): 0.99,
    ("medications", False): 0.91,
    ("medications", True): 0.90,
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
