"""Physiological and laboratory plausibility bounds for the validity gate.

Bounds are wide on purpose: they reject misreads (a table rule read as a digit,
a date read as a value), not abnormal results. Where units differ between
countries (°C/°F, kg/lb, mg/dL/mmol/L) a value passes if it fits any of them.
"""

from __future__ import annotations

import math
import re

from pipeline.clinical.schema import LabObservation, Vital

# kind -> accepted (low, high) ranges for value_numeric, any unit system
_VITAL_RANGES: dict[str, tuple[tuple[float, float], ...]] = {
    "blood_pressure": ((40, 300),),  # systolic
    "heart_rate": ((20, 300),),
    "temperature": ((25, 45), (77, 113)),  # °C, °F
    "respiratory_rate": ((3, 80),),
    "oxygen_saturation": ((40, 100),),
    "weight": ((0.3, 350), (0.7, 770)),  # kg, lb
    "height": ((25, 250), (10, 100), (0.25, 2.5)),  # cm, in, m
    "bmi": ((8, 90),),
}
_DIASTOLIC = (15.0, 200.0)

#: LOINC -> ranges that any real result falls in, in any common unit.
_LAB_RANGES: dict[str, tuple[tuple[float, float], ...]] = {
    "718-7": ((2, 25), (20, 250)),  # haemoglobin g/dL, g/L
    "4544-3": ((5, 75), (0.05, 0.75)),  # haematocrit %, fraction
    "6690-2": ((0.1, 500), (100, 500_000)),  # WBC 10^9/L; per µL (= /cumm)
    "777-3": ((1, 2000), (1_000, 2_000_000)),  # platelets 10^9/L or lakhs/cumm; per µL
    "2345-7": ((10, 2000), (0.5, 110)),  # glucose mg/dL, mmol/L
    "2160-0": ((0.1, 25), (10, 2000)),  # creatinine mg/dL, µmol/L
    "2951-2": ((90, 200),),  # sodium
    "2823-3": ((1, 12),),  # potassium
    "4548-4": ((2, 25), (10, 250)),  # HbA1c %, mmol/mol
    "6301-6": ((0.5, 15),),  # INR
    "3016-3": ((0.001, 200),),  # TSH
    "2093-3": ((40, 1000), (1, 26)),  # cholesterol mg/dL, mmol/L
    "13457-7": ((5, 600), (0.1, 16)),  # LDL
    "2085-9": ((5, 200), (0.1, 5.5)),  # HDL
    "2571-8": ((10, 5000), (0.1, 60)),  # triglycerides
    # mL/min/1.73m2 ("CKD-EPI 2021" names the equation's year); mL/s/1.73m2
    "eGFR": ((1, 200), (0.02, 3.5)),
}
_ANY_LAB = (0.0, 1_000_000.0)
#: Results that are words, not numbers; they need no unit.
QUALITATIVE = frozenset(
    {
        "positive",
        "negative",
        "detected",
        "not detected",
        "reactive",
        "non-reactive",
        "nonreactive",
        "non reactive",
        "trace",
        "present",
        "absent",
        "normal",
        "abnormal",
        "nil",
        "not seen",  # "Malaria parasites: not seen"
        "target not detected",
        "nr",  # non-reactive, as serology reports abbreviate it
        "small",  # dipstick grades of blood and ketones
        "moderate",
        "large",
        "equivocal",
        "indeterminate",
        "pending",
        # a viral load below the assay's limit
        "ldl",
        "tnd",
        "undetectable",
        "not detectable",
    }
)
#: The same words in the languages of bilingual reports (Spanish, Portuguese, French,
#: Italian, German, Dutch): "No reactivo", "Não reagente", "Négatif", "Negativ".
LOCAL_QUALITATIVE = frozenset(
    {
        "negativo",
        "negativa",
        "positivo",
        "positiva",
        "no reactivo",
        "reactivo",
        "não reagente",
        "nao reagente",
        "reagente",
        "não reativo",
        "nao reativo",
        "reativo",
        "non reattivo",
        "reattivo",
        "nereactiv",
        "reactiv",
        "no detectado",
        "detectado",
        "não detectado",
        "ausente",
        "assente",
        "assenti",
        "positivi",
        "negativi",
        "négatif",
        "négative",
        "positif",
        "non réactif",
        "réactif",
        "negativ",
        "positiv",
        "nicht nachweisbar",
        "nachweisbar",
        "negatief",
        "positief",
        "niet aangetoond",
        # Swahili
        "hasi",
        "chanya",
        # Indonesian / Malay, Turkish, European Portuguese
        "negatif",
        "pozitif",
        "non reaktif",
        "tidak reaktif",  # Malay
        "reaktif",
        "não reactivo",
        "nao reactivo",
    }
)
_GRADE_OR_COUNT_RANGE = re.compile(r"\+{1,4}|[1-4]\+|\d{1,3}\s*-\s*\d{1,3}")
#: Analytes reported without a unit (INR, specific gravity, pH).
# INR, urine specific gravity, pH (blood, urine), cholesterol/HDL ratio
UNITLESS_LOINC = frozenset({"6301-6", "5811-5", "2756-5", "5803-2", "9830-1"})


#: A result beyond the assay's limit: "<3", "> 60", "<=0.5".
_CENSORED = re.compile(r"(?:<=|>=|[<>≤≥])\s*(\d+(?:[.,]\d+)*)")


def _within(value: float, ranges: tuple[tuple[float, float], ...]) -> bool:
    return any(low <= value <= high for low, high in ranges)


def vital_plausible(vital: Vital) -> bool:
    value = vital.value_numeric
    if value is None or not math.isfinite(value):
        return False
    if not _within(value, _VITAL_RANGES.get(vital.kind, (_ANY_LAB,))):
        return False
    if vital.kind == "blood_pressure":
        low = vital.value_secondary
        return low is not None and _DIASTOLIC[0] <= low <= _DIASTOLIC[1] and low < value
    return True


#: Words only some tests report (LOINC -> words): a urine's colour (5778-6) and clarity
#: (5767-9). The offline extractor reads these words for these tests only.
DESCRIPTIVE_RESULTS: dict[str, frozenset[str]] = {
    "5778-6": frozenset(
        {"yellow", "pale yellow", "dark yellow", "straw", "amber", "colourless", "colorless"}
    ),
    "5767-9": frozenset(
        {"clear", "turbid", "slightly turbid", "cloudy", "hazy"}
        | {"berrak", "bulan\u0131k", "bulanik"}  # Turkish
    ),
}


def lab_value_plausible(lab: LabObservation, loinc: str | None) -> bool:
    """A numeric result inside the analyte's wide range, or a qualitative word."""
    value = lab.value_numeric
    if value is None and (bound := _CENSORED.fullmatch(lab.value_text.strip())) is not None:
        value = float(bound.group(1).replace(",", ""))  # "<3", ">60": the limit must fit
    if value is None:
        # "NR (non-reactive)": the word and its gloss; "Reactive 1:8": the word and its titre
        text = re.sub(r"\s*\([^)]*\)$", "", lab.value_text.strip().lower().rstrip("."))
        text = re.sub(r"\s+1\s*:\s*\d{1,5}$", "", text)
        if text in DESCRIPTIVE_RESULTS.get(loinc or "", ()):
            return True  # "Colour  Yellow", "Appearance  Turbid"
        # "++" (a dipstick's grade) and "15-20" (cells per high-power field) are results too
        return (
            text in QUALITATIVE
            or text in LOCAL_QUALITATIVE
            or bool(_GRADE_OR_COUNT_RANGE.fullmatch(text))
        )
    if not math.isfinite(value):
        return False
    return _within(value, _LAB_RANGES.get(loinc or "", (_ANY_LAB,)))


#: Analytes whose number means one thing without its unit, because every unit in use gives
#: the same number (10^9/L = 10^3/uL, U/L = IU/L, mmol/L = mEq/L): a letter's "WCC 6.2, ALT
#: 38" is whole. Creatinine, glucose, CRP or haemoglobin are not (mg/dL or umol/L, mg/L or
#: mg/dL, g/L or g/dL). eGFR has no single LOINC (it depends on the equation), so the
#: vocabulary gives its name.
SAME_NUMBER_IN_ANY_UNIT = frozenset(
    {
        "6690-2",  # WBC
        "777-3",  # platelets
        "751-8",  # neutrophils (count)
        "731-0",  # lymphocytes (count)
        "1742-6",  # ALT
        "1920-8",  # AST
        "6768-6",  # ALP
        "2324-2",  # GGT
        "4537-7",  # ESR
        "2951-2",  # sodium
        "2823-3",  # potassium
        "2075-0",  # chloride
        "1963-8",  # bicarbonate
        "eGFR",
    }
)


#: Counts read the same in 10^9/L and 10^3/uL only up to these; "platelets 32,000" is per
#: microlitre, unscaled, and without its unit would sit beside "250" as another number.
_SCALED_COUNT_MAX = {"6690-2": 500.0, "777-3": 2000.0, "751-8": 500.0, "731-0": 500.0}


#: Shares some laboratories print as a fraction with no unit: "Hematocrit 0.36  0.37 - 0.47",
#: "Segmenters 0.68  0.50 - 0.70".
SHARE_LOINC = frozenset({"4544-3", "770-8", "736-9", "5905-5", "713-8", "706-2"})


#: Analytes measured only as a concentration, an activity or a rate: a percentage beside one
#: is a change ("creatinine has risen >30 %"), never its result.
_NEVER_A_PERCENTAGE = frozenset(
    {
        "2160-0",  # creatinine
        "2345-7",  # glucose
        "2951-2",  # sodium
        "2823-3",  # potassium
        "2075-0",  # chloride
        "1963-8",  # bicarbonate
        "3016-3",  # TSH
        "2093-3",  # cholesterol
        "13457-7",  # LDL
        "2085-9",  # HDL
        "2571-8",  # triglycerides
        "1742-6",  # ALT
        "1920-8",  # AST
        "6768-6",  # ALP
        "2324-2",  # GGT
        "17861-6",  # calcium ("EF ca. 45 %": "ca." is circa)
        "19123-9",  # magnesium
        "2276-4",  # ferritin
        "1988-5",  # CRP
        "eGFR",
    }
)


def is_percentage_of_a_concentration(unit: str | None, loinc: str | None) -> bool:
    return loinc in _NEVER_A_PERCENTAGE and (unit or "").strip() == "%"


def _a_fraction(lab: LabObservation) -> bool:
    value, high = lab.value_numeric, lab.reference_high
    return value is not None and 0 < value < 1 and (high is None or high <= 1)


#: A mass or an amount with nothing per: the strength of a dose ("Kalsium 500 mg"), never
#: a result, which is a concentration, a rate or a count per volume.
_DOSE_UNIT = re.compile(r"(?:mg|g|mcg|µg|μg|ug|iu|units?|tab(?:let)?s?|caps?)", re.IGNORECASE)


def is_dose_unit(unit: str | None) -> bool:
    return unit is not None and _DOSE_UNIT.fullmatch(unit.strip()) is not None


def is_filtration_rate(unit: str | None, name: str) -> bool:
    """A glomerular filtration rate: its unit is per 1.73 m² of body surface ("mL/min/1.73m²",
    "ml/s/1,73 m²"), or its name gives the equation that estimates it (CKD-EPI, MDRD)."""
    # (a short name: "eGFR is calculated with the CKD-EPI equation ..." is a footnote)
    named = len(name.split()) <= _MAX_NAME_WORDS and _GFR_EQUATION.search(name) is not None
    return bool(_PER_BODY_SURFACE.search(unit or "")) or named


_MAX_NAME_WORDS = 4


_PER_BODY_SURFACE = re.compile(r"/\s*1[.,]73")
_GFR_EQUATION = re.compile(r"\b(?:CKD-?EPI|MDRD)\b", re.IGNORECASE)


def lab_unit_ok(lab: LabObservation, loinc: str | None) -> bool:
    worded = lab.value_numeric is None and not _CENSORED.fullmatch(lab.value_text.strip())
    if worded or bool(lab.unit) or loinc in UNITLESS_LOINC:
        return True
    if loinc in SHARE_LOINC and _a_fraction(lab):
        return True
    scaled = _SCALED_COUNT_MAX.get(loinc or "")
    if scaled is not None and lab.value_numeric is not None and lab.value_numeric > scaled:
        return False
    return loinc in SAME_NUMBER_IN_ANY_UNIT
