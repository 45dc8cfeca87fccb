"""The validity gate: precision first, for every extractor's pass-2 output.

Each row of a :class:`ClinicalExtraction` leaves the gate in one of three ways:

* **confirmed**: it names something the vocabulary knows (a drug, an allergen, a
  lab analyte, a vaccine, a coded condition) and its values are plausible;
* **review**: it is likely clinical but not certain: kept with
  ``requires_review=True`` and a machine ``review_reason`` (e.g. ``unknown_drug``);
* **dropped**: it cannot be a clinical fact (a heading, a sign-off, a person's
  name or job title, a result line read as an allergy, an impossible vital).

What confidence means after the gate: a confirmed row of a calibrated extractor carries
the precision measured for rows of its kind on a held-out set (``calibration.py``); other
extractors' confirmed rows keep their own confidence; a review row's confidence is capped
at ``REVIEW_CONFIDENCE_CAP``, so nothing unconfirmed ever ranks as sure.

Assertion and status are attributes, not reasons to drop: a negated allergy or a
stopped drug passes the same checks and is stored as such, never as current
(``is_current``).

The gate needs word lists (drugs, allergens, analytes, vaccines, conditions); it
reads them through the small :class:`Vocabulary` interface, built by the adapters
(``adapters/extractors/vocabulary.py``), so this module stays pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from pydantic import BaseModel

from pipeline.clinical import bounds, shapes
from pipeline.clinical.calibration import CALIBRATED_EXTRACTORS, calibrated_confidence
from pipeline.clinical.schema import (
    Allergy,
    ClinicalExtraction,
    Condition,
    Immunization,
    LabObservation,
    Medication,
    Vital,
)

#: Part of pass 2's cache key: a new gate re-gates, it never reuses an old verdict.
GATE_VERSION = "gate-v5"  # v2: calibrated confidence; v3: unit-free counts, assay limits, refit;
# v4: a lab in a dose unit ("500 mg") goes to review; v5: a concentration in "%" goes to
# review
#: Highest confidence a row that needs review may carry.
REVIEW_CONFIDENCE_CAP = 0.5

_ICD10 = re.compile(r"^[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$")
# A concentration or strength per volume: "100 units/mL", "250 mg/5 mL" is no dose.
_CONCENTRATION = re.compile(r"/\s*\d*\s*(?:ml|l|dl)\b", re.IGNORECASE)
_REASON_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_CURRENT_MEDICATION = frozenset({"active", "new", "changed"})


class Vocabulary(Protocol):
    """Pure-data lookups the gate needs. Each returns a canonical name or code, or
    None when the text names nothing known."""

    version: str

    def drug(self, text: str) -> str | None:
        """The generic name of a drug or brand ("Lipitor" -> "atorvastatin")."""
        ...

    def allergen(self, text: str) -> str | None:
        """A drug, drug class, food, latex, venom, environmental allergen, contrast..."""
        ...

    def lab(self, text: str) -> str | None:
        """The LOINC code of a lab analyte name."""
        ...

    def known_loinc(self, code: str) -> bool: ...

    def vaccine(self, text: str) -> str | None:
        """The CVX code of a vaccine or trade name."""
        ...

    def known_cvx(self, code: str) -> bool: ...

    def condition(self, text: str) -> str | None:
        """The ICD-10 code of a condition name."""
        ...


@dataclass(frozen=True, slots=True)
class Verdict:
    """Keep (confirmed or for review, with a reason) or drop."""

    keep: bool
    reason: str | None = None

    @staticmethod
    def confirmed() -> Verdict:
        return Verdict(True)

    @staticmethod
    def review(reason: str) -> Verdict:
        return Verdict(True, reason)

    @staticmethod
    def drop(reason: str) -> Verdict:
        return Verdict(False, reason)


ItemT = TypeVar("ItemT", bound=BaseModel)


def is_current(item: BaseModel) -> bool:
    """Whether a row may be shown or counted as a current fact about the patient."""
    if getattr(item, "assertion", "present") != "present":
        return False
    if isinstance(item, Medication):
        return item.status in _CURRENT_MEDICATION
    if isinstance(item, Immunization):
        return item.status == "given"
    return not isinstance(item, Condition) or item.status not in ("resolved", "history")


def _apply(item: ItemT, verdict: Verdict, **changes: object) -> ItemT | None:
    if not verdict.keep:
        return None
    if verdict.reason is None and not getattr(item, "requires_review", False):
        return item.model_copy(update=changes) if changes else item
    # An extractor's own review reason wins (it saw the line; the gate sees the row),
    # if it is a machine code: the stored reason is never free text.
    own = getattr(item, "review_reason", None)
    own = own if isinstance(own, str) and _REASON_CODE.match(own) else None
    reason = own or verdict.reason or "unconfirmed"
    confidence = min(float(getattr(item, "confidence", 1.0)), REVIEW_CONFIDENCE_CAP)
    return item.model_copy(
        update={
            **changes,
            "requires_review": True,
            "review_reason": reason,
            "confidence": confidence,
        }
    )


class ValidityGate:
    """Applies the per-category checks with one vocabulary, as of ``today``."""

    def __init__(self, vocabulary: Vocabulary, *, today: date) -> None:
        self.vocabulary = vocabulary
        self.today = today

    @property
    def version(self) -> str:
        return f"{GATE_VERSION}+{self.vocabulary.version}"

    def __call__(self, extraction: ClinicalExtraction) -> ClinicalExtraction:
        gated = extraction.model_copy(
            update={
                "medications": _each(extraction.medications, self.medication),
                "labs": _each(extraction.labs, self.lab),
                "vitals": _each(extraction.vitals, self.vital),
                "allergies": _each(extraction.allergies, self.allergy),
                "conditions": _each(extraction.conditions, self.condition),
                "immunizations": _each(extraction.immunizations, self.immunization),
            }
        )
        if extraction.extractor not in CALIBRATED_EXTRACTORS:
            return gated
        return gated.model_copy(
            update={
                category: tuple(_calibrated(category, item) for item in getattr(gated, category))
                for category in _CATEGORIES
            }
        )

    # -- per category -----------------------------------------------------------------

    def allergy(self, item: Allergy) -> Allergy | None:
        substance = item.substance.strip()
        bad = shapes.not_clinical_reason(substance)
        if bad is not None:
            return _apply(item, Verdict.drop(bad))
        if self.vocabulary.allergen(substance) is not None:
            return _apply(item, Verdict.confirmed())
        if self.vocabulary.lab(substance) is not None:
            return _apply(item, Verdict.drop("lab_analyte"))
        if shapes.is_result_line(substance) or shapes.is_heading(substance):
            return _apply(item, Verdict.drop("not_an_allergen"))
        if shapes.is_noun_phrase(substance, max_words=3):
            return _apply(item, Verdict.review("unknown_allergen"))
        return _apply(item, Verdict.drop("not_an_allergen"))

    def condition(self, item: Condition) -> Condition | None:
        name = item.name.strip()
        bad = shapes.not_clinical_reason(name)
        if bad is not None:
            return _apply(item, Verdict.drop(bad))
        code = self.vocabulary.condition(name)
        given = item.icd10_code if item.icd10_code and _ICD10.match(item.icd10_code) else None
        if code is not None or given is not None:
            changes = {} if given or code is None else {"icd10_code": code}
            return _apply(item, Verdict.confirmed(), **changes)
        if self.vocabulary.drug(name) is not None or self.vocabulary.lab(name) is not None:
            return _apply(item, Verdict.drop("not_a_condition"))
        if shapes.is_noun_phrase(name, max_words=8):
            return _apply(item, Verdict.review("uncoded_condition"))
        return _apply(item, Verdict.drop("not_a_condition"))

    def lab(self, item: LabObservation) -> LabObservation | None:
        name = item.test_name.strip()
        # The extractor's code, when the table knows it, names the specimen too (urine).
        given = item.loinc_code
        loinc = given if given and self.vocabulary.known_loinc(given) else None
        loinc = loinc or self.vocabulary.lab(name)
        if loinc is None and bounds.is_filtration_rate(item.unit, name):
            # "GFG (CKD-EPI)  54  ml/min/1,73 m²": in any language, a rate per 1.73 m² of
            # body surface, or the equation that estimates one, is the eGFR
            loinc = self.vocabulary.lab("eGFR")
        bad = shapes.not_clinical_reason(name)
        if bad is not None and loinc is None:
            # "N/A" or a stray letter is no test; "Na" and "K" in a results table are.
            return _apply(item, Verdict.drop(bad))
        if loinc is None:
            return _apply(item, Verdict.review("unknown_analyte"))
        if bounds.is_dose_unit(item.unit):
            return _apply(item, Verdict.review("dose_not_result"))
        if not bounds.lab_value_plausible(item, loinc):
            return _apply(item, Verdict.review("implausible_value"))
        if bounds.is_percentage_of_a_concentration(item.unit, loinc):
            return _apply(item, Verdict.review("implausible_unit"))
        if not bounds.lab_unit_ok(item, loinc):
            return _apply(item, Verdict.review("missing_unit"))
        return _apply(item, Verdict.confirmed())

    def medication(self, item: Medication) -> Medication | None:
        name = item.name.strip()
        bad = shapes.not_clinical_reason(name)
        if bad is not None:
            return _apply(item, Verdict.drop(bad))
        known = self.vocabulary.drug(name) is not None
        # "HbA1c 58 mmol" is a result; "Vitamin B12 1000 mcg IM every 3 months" (a route or a
        # frequency) is a medicine named like an analyte.
        given = item.route is not None or item.frequency is not None
        if not known and not given and self.vocabulary.lab(name) is not None:
            return _apply(item, Verdict.drop("lab_analyte"))
        if not known and (shapes.is_heading(name) or shapes.is_sentence(name, max_words=8)):
            return _apply(item, Verdict.drop("not_a_drug"))
        if item.unit and _CONCENTRATION.search(item.unit):
            # The strength of the product, not what the patient takes: never a dose.
            return _apply(item, Verdict.review("concentration_not_dose"), dose=None, unit=None)
        return _apply(item, Verdict.confirmed() if known else Verdict.review("unknown_drug"))

    def immunization(self, item: Immunization) -> Immunization | None:
        name = item.vaccine.strip()
        bad = shapes.not_clinical_reason(name)
        if bad is not None:
            return _apply(item, Verdict.drop(bad))
        if item.administered_on is not None and item.administered_on > self.today:
            return _apply(item, Verdict.review("future_date"))
        coded = bool(item.cvx_code) and self.vocabulary.known_cvx(item.cvx_code or "")
        if not coded and self.vocabulary.vaccine(name) is None:
            if shapes.is_heading(name) or shapes.is_sentence(name, max_words=8):
                return _apply(item, Verdict.drop("not_a_vaccine"))
            return _apply(item, Verdict.review("unknown_vaccine"))
        return _apply(item, Verdict.confirmed())

    def vital(self, item: Vital) -> Vital | None:
        if bounds.vital_plausible(item):
            return _apply(item, Verdict.confirmed())
        return _apply(item, Verdict.drop("implausible_vital"))


_CATEGORIES = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")


def _calibrated(category: str, item: BaseModel) -> BaseModel:
    if getattr(item, "requires_review", False):
        return item  # capped at REVIEW_CONFIDENCE_CAP already
    confidence = calibrated_confidence(category, item)
    return item if confidence is None else item.model_copy(update={"confidence": confidence})


def _each(items: Iterable[ItemT], check: Callable[[ItemT], ItemT | None]) -> tuple[ItemT, ...]:
    return tuple(kept for kept in (check(item) for item in items) if kept is not None)
