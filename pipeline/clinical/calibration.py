"""Confidence that means something: the measured precision of rows like this one.

A confirmed row's confidence is the precision the gate's confirmed rows of the same
category and kind (carrying a terminology code or not) reached on the extraction sets used
for development (held-out sets 1-5, pooled: ``bench/calibration.py --set bench/heldout
--set bench/heldout2 ... --set bench/heldout5``), smoothed as (correct + 1) / (rows + 2) so a
small group never claims certainty. Set 7, never used for development, checks it:
docs/benchmarks.md gives the expected calibration error (a refit on sets 1-6 with 2.4.0 was
measured and not taken: the sets read during development make it overconfident on set 7).
A row sent to review keeps the gate's cap instead.
"""

from __future__ import annotations

from pydantic import BaseModel

#: (category, coded) -> calibrated confidence, fitted on sets 1-5 (extractor 2.3.0).
#: Rows / correct: allergies 90/88, conditions 272/255, immunizations 198/186, labs uncoded
#: 64/64 and coded 1,113/1,101, medications uncoded 208/196 and coded 235/220, vitals 381/377.
CALIBRATED: dict[tuple[str, bool], float] = {
    ("allergies", True): 0.97,
    ("conditions", True): 0.93,
    ("immunizations", True): 0.94,
    ("labs", False): 0.98,
    ("labs", True): 0.99,
    ("medications", False): 0.94,
    ("medications", True): 0.93,
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
