"""LOINC codes of vital signs and the UCUM units records write them in."""

from __future__ import annotations

from pipeline.clinical.schema import VitalKind

SYSTOLIC = "8480-6"
DIASTOLIC = "8462-4"
BP_PANELS = frozenset({"85354-9", "55284-4", "35094-2"})
BP_LOINC = "85354-9"

VITAL_KINDS: dict[str, VitalKind] = {
    SYSTOLIC: "blood_pressure",
    DIASTOLIC: "blood_pressure",
    **dict.fromkeys(BP_PANELS, "blood_pressure"),
    "8867-4": "heart_rate",
    "8310-5": "temperature",
    "8331-1": "temperature",
    "9279-1": "respiratory_rate",
    "2708-6": "oxygen_saturation",
    "59408-5": "oxygen_saturation",
    "29463-7": "weight",
    "3141-9": "weight",
    "8302-2": "height",
    "8306-3": "height",
    "39156-5": "bmi",
}

# UCUM as records write it -> the units the offline extractor writes.
_UNITS = {
    "mm[hg]": "mmHg",
    "cel": "C",
    "[degf]": "F",
    "[lb_av]": "lb",
    "[in_i]": "in",
    "kg/m2": "kg/m2",
}
_PER_MINUTE = {"heart_rate": "bpm", "respiratory_rate": "breaths/min"}


def vital_unit(kind: VitalKind, unit: str | None) -> str | None:
    if not unit or unit == "1":
        return None
    if unit in ("/min", "{beats}/min", "{breaths}/min"):
        return _PER_MINUTE.get(kind, unit)
    return _UNITS.get(unit.lower(), unit)
