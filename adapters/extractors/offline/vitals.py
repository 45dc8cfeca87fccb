"""Vital signs in a line of text: "BP 128/82 mmHg, HR 72, Temp 98.6 F, SpO2 97%"."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from adapters.extractors.offline.lexicon import VITAL_LABELS
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import repair_words
from adapters.extractors.offline.values import parse_number, repair_digits
from pipeline.clinical.schema import VitalKind

_NUM = r"\d{1,3}(?:[.,]\d{1,2})?"
# What may follow each kind's label: its value and an optional unit.
_VALUE_SHAPES: dict[VitalKind, str] = {
    "blood_pressure": r"(?P<v1>\d{2,3})\s*/\s*(?P<v2>\d{2,3})\s*(?P<unit>mm\s*Hg)?",
    "heart_rate": rf"(?P<v1>{_NUM})\s*(?P<unit>bpm|beats/min|beats per minute|/min|lpm)?",
    "temperature": rf"(?P<v1>{_NUM})\s*(?P<unit>°\s*[FC]|deg\s*[FC]|º\s*[FC]|[FC](?![A-Za-z]))?",
    "respiratory_rate": rf"(?P<v1>{_NUM})\s*(?P<unit>breaths/min|/min|bpm|rpm)?",
    "oxygen_saturation": rf"(?P<v1>{_NUM})\s*(?P<unit>%)?",
    "weight": rf"(?P<v1>{_NUM})\s*(?P<unit>kg|lbs?|pounds)?",
    "height": rf"(?P<v1>{_NUM})\s*(?P<unit>cm|m(?![A-Za-z])|in(?:ches)?(?![A-Za-z])|\")?",
    "bmi": rf"(?P<v1>{_NUM})\s*(?P<unit>kg/m2|kg/m²|kg/m\^2)?",
}
_SHORT_LABELS = frozenset({"p", "t"})
#: How or where it was measured, between the label and the value: "Temperature Oral 98.2",
#: "Weight Measured 214 lb".
_QUALIFIERS = (
    r"measured|oral|tympanic|temporal|axillary|rectal|sitting|seated|standing|supine|lying|"
    r"stated|calculated|estimated|dosing|peripheral|apical|radial|left arm|right arm|"
    # "O/E - blood pressure reading 148/92", "Temperature before vaccination: 36.7"
    r"reading|before vaccination|pre-vaccination|on arrival|at triage"
)
_RANGE_AFTER = re.compile(r"\s*[-\u2013]\s*\d")
_CANONICAL_UNITS = {
    "mmhg": "mmHg",
    "bpm": "bpm",
    "lpm": "bpm",  # latidos por minuto
    "beats/min": "bpm",
    "beats per minute": "bpm",
    "/min": "/min",
    "breaths/min": "breaths/min",
    "rpm": "breaths/min",
    "%": "%",
    "kg": "kg",
    "lb": "lb",
    "lbs": "lb",
    "pounds": "lb",
    "cm": "cm",
    "m": "m",
    "in": "in",
    "inches": "in",
    '"': "in",
    "kg/m2": "kg/m2",
    "kg/m²": "kg/m2",
    "kg/m^2": "kg/m2",
}
_DEFAULT_UNITS: dict[VitalKind, str] = {
    "blood_pressure": "mmHg",
    "heart_rate": "bpm",
    "respiratory_rate": "breaths/min",
    "oxygen_saturation": "%",
    "bmi": "kg/m2",
}
# Plausible ranges keep "P 2" or "T 1" in free text from becoming vitals.
_PLAUSIBLE: dict[VitalKind, tuple[float, float]] = {
    "blood_pressure": (50, 260),
    "heart_rate": (20, 250),
    "temperature": (30, 110),
    "respiratory_rate": (4, 70),
    "oxygen_saturation": (50, 100),
    "weight": (1, 700),
    "height": (20, 250),
    "bmi": (8, 90),
}


def _label_pattern(kind: VitalKind, labels: tuple[str, ...]) -> str:
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # (letters of any script around it: "bb" inside "legalább" is no label)
    return rf"(?<![^\W_])(?P<label_{kind}>{alternatives})(?![^\W\d_])"


def _compile(allow_short: bool) -> list[tuple[VitalKind, re.Pattern[str]]]:
    compiled: list[tuple[VitalKind, re.Pattern[str]]] = []
    for kind, labels in VITAL_LABELS.items():
        usable = tuple(lb for lb in labels if allow_short or lb not in _SHORT_LABELS)
        # "BP 128/74", "BP: 128/74", "her BP was 128/74", "pulse of 88", "saturation is 96%"
        joiner = rf"\s*[:=\-]?\s*(?:(?:of|is|was|were|remained|today|{_QUALIFIERS})\s*:?\s+){{0,2}}"
        pattern = _label_pattern(kind, usable) + joiner + _VALUE_SHAPES[kind]
        compiled.append((kind, re.compile(pattern, re.IGNORECASE)))
    return compiled


_STRICT = _compile(allow_short=False)
_LOOSE = _compile(allow_short=True)


@dataclass(frozen=True, slots=True)
class VitalHit:
    kind: VitalKind
    start: int
    end: int
    value_text: str
    value_numeric: float | None
    value_secondary: float | None
    unit: str | None
    #: Told by its unit on a line of vitals, its own label unknown ("Pu 64/min").
    by_unit: bool = False

    def labelled(self, text: str) -> str:
        """The reading's text, with a label we know when it was told by its unit."""
        reading = text[self.start : self.end]
        return f"{_UNIT_READING_LABELS[self.kind]} {reading}" if self.by_unit else reading


def _unit(kind: VitalKind, raw: str | None, value: float | None) -> str | None:
    if kind == "temperature":
        letter = (raw or "").strip()[-1:].upper()
        if letter in {"F", "C"}:
            return letter
        if value is not None:
            return "F" if value > 50 else "C"  # 98.6 is Fahrenheit, 37.0 Celsius
        return None
    if raw:
        return _CANONICAL_UNITS.get(re.sub(r"\s+", "", raw.lower()), raw.strip())
    return _DEFAULT_UNITS.get(kind)


def _hit(kind: VitalKind, match: re.Match[str]) -> VitalHit | None:
    first = parse_number(match.group("v1"))
    second = parse_number(match.group("v2")) if kind == "blood_pressure" else None
    low, high = _PLAUSIBLE[kind]
    if kind == "height" and (match.group("unit") or "").lower() == "m":
        low, high = 0.2, 2.5  # "height 1.65 m"
    if first is None or not low <= first <= high:
        return None
    if kind != "blood_pressure" and _RANGE_AFTER.match(match.string, match.end("v1")):
        return None  # "Obesity, BMI 30-39" names a class, not a measurement
    unit = _unit(kind, match.group("unit"), first)
    if kind == "blood_pressure":
        value_text = f"{match.group('v1')}/{match.group('v2')}"
    else:
        value_text = match.group("v1").replace(",", ".")
    return VitalHit(kind, match.start(), match.end(), value_text, first, second, unit)


_LEADING_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 /]{3,24}?)\s*:")
_LONG_LABELS = sorted({lb for labels in VITAL_LABELS.values() for lb in labels if len(lb) >= 5})


_MIN_REPAIR = 5


#: Words a label repair would take for a vital's label, which are words of their own.
_WHOLE_WORDS = frozenset({"plano", "piano"})


def _repair_label(text: str) -> tuple[str, int]:
    """Swap an OCR-damaged leading label ("Heart ratc:") for the spelling it stands for.

    Returns the text and how much longer it got, to map spans back to the original.
    """
    found = _LEADING_LABEL.match(text)
    if not found:
        return text, 0
    label = repair_words(found.group("label")).lower()
    # ("Alta: 28/01/2025", the Spanish discharge date, is no damaged "altura": a word of
    # four letters is too short to repair)
    close = difflib.get_close_matches(label, _LONG_LABELS, n=1, cutoff=0.8)
    if not close or close[0] == found.group("label").lower() or len(label) < _MIN_REPAIR:
        return text, 0
    if label in _WHOLE_WORDS:
        return text, 0  # "Plano: 75g OGTT" (the plan, in Tagalog or Portuguese) is no "paino"
    return close[0] + text[found.end("label") :], len(close[0]) - found.end("label")


def find_vitals(text: str, *, allow_short_labels: bool = False) -> list[VitalHit]:
    """Every vital sign in ``text``, left to right, without overlaps.

    Single-letter labels ("P 72", "T 98.6") are only trusted when the caller knows the
    line is about vitals.
    """
    relabelled, grown = _repair_label(text)
    repaired = repair_digits(relabelled)
    hits: list[VitalHit] = []
    for kind, pattern in _LOOSE if allow_short_labels else _STRICT:
        for match in pattern.finditer(repaired):
            hit = _hit(kind, match)
            if hit is not None:
                start = max(0, hit.start - grown) if hit.start else 0
                hits.append(replace(hit, start=start, end=hit.end - grown))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[VitalHit] = []
    for hit in hits:
        if not chosen or hit.start >= chosen[-1].end:
            chosen.append(hit)
    by_unit = _readings_by_unit(text, chosen)
    # A line with two labelled readings is a line of vitals; so is one whose units alone
    # give three ("AT 164/98 mm c.s., nəbz 88 vur/dəq, boy 1,72 m": labels we do not know).
    if by_unit and (len(chosen) >= _VITALS_LINE or len(chosen) + len(by_unit) >= _BY_UNITS_LINE):
        chosen = sorted([*chosen, *by_unit], key=lambda h: h.start)
    return chosen


_BY_UNITS_LINE = 3


#: A line with this many labelled readings is a line of vitals: its other readings are
#: told by their units ("TK 134/78 mmHg, P 76/min, TT 36,8 °C, DF 18/min").
_VITALS_LINE = 2
#: A unit's pattern, then the kinds it may be (each with its plausible values and unit).
_BY_UNIT: tuple[tuple[re.Pattern[str], tuple[tuple[VitalKind, float, float, str], ...]], ...] = (
    # a body temperature in Celsius (not a range's end: "36,0 - 37,5 °C")
    (
        re.compile(r"(?<![\d.,\u2013-])(?<![\d.,][\s\u2013-])(?P<v1>\d{2}[.,]\d)\s*°\s*C\b"),
        (("temperature", 34.0, 42.0, "C"),),
    ),
    # a blood pressure in millimetres of mercury, in any language ("164/98 mm c.s.")
    (
        re.compile(
            r"(?<![\d/.,])(?P<v1>\d{2,3})\s*/\s*(?P<v2>\d{2,3})\s*"
            r"mm\s*(?:hg\b|[^\W\d_]{1,4}\.\s*[^\W\d_]{1,4}\.?)",
            re.I,
        ),
        (("blood_pressure", 60.0, 260.0, "mmHg"),),
    ),
    # a rate per minute ("18/min", "20 k./min", "88 vur/dəq"): a pulse from 40 up, a
    # breathing rate up to 35
    (
        re.compile(
            r"(?<![\d/.,])(?P<v1>\d{1,3})\s*(?:(?:[a-z]{1,2}\.?\s*)?/\s*min|"
            r"(?:[^\W\d_]{1,5}\.?\s*)?/\s*(?:daq|dəq))\b",
            re.I,
        ),
        (("heart_rate", 40.0, 220.0, "bpm"), ("respiratory_rate", 6.0, 35.0, "breaths/min")),
    ),
    (
        re.compile(r"(?<![\d.,])(?P<v1>\d{2,3}(?:[.,]\d)?)\s*kg/m(?:2|²)"),
        (("bmi", 12.0, 70.0, "kg/m2"),),
    ),
    (
        re.compile(r"(?<![\d.,])(?P<v1>\d{2,3}(?:[.,]\d)?)\s*kg\b(?!\s*/)"),
        (("weight", 2.0, 300.0, "kg"),),
    ),
    # a height in metres ("boy 1,72 m")
    (
        re.compile(r"(?<![\d.,])(?P<v1>[12][.,]\d{2})\s*m\b(?!\s*/)"),
        (("height", 1.2, 2.2, "m"),),
    ),
)


_UNIT_READING_LABELS: dict[VitalKind, str] = {
    "blood_pressure": "BP",
    "height": "height",
    "temperature": "temperature",
    "heart_rate": "pulse",
    "respiratory_rate": "respiratory rate",
    "weight": "weight",
    "bmi": "BMI",
}
#: Words that make the number after them a bound ("to", Czech "do", German "bis").
_BOUND_WORD = re.compile(r"to|do|bis|ate|hasta|until|till|max\.?|from|od|von|de|da|up|over")


def _readings_by_unit(text: str, labelled: list[VitalHit]) -> list[VitalHit]:
    """Readings of a vitals line whose label we do not know, each of a kind the line has
    not given yet, told by its unit and a plausible value."""
    found: list[VitalHit] = []
    for pattern, kinds in _BY_UNIT:
        for match in pattern.finditer(text):
            if any(h.start < match.end() and match.start() < h.end for h in [*labelled, *found]):
                continue
            before = text[: match.start()].split()
            if before and _BOUND_WORD.fullmatch(fold(before[-1].lower())):
                continue  # "fever up to 38,9 °C": a bound the history gives, not a reading
            if text[: match.start()].rstrip().endswith("("):
                continue  # "154 lb (69.9 kg)": the reading before, in another unit
            value = parse_number(match.group("v1"))
            taken = {h.kind for h in [*labelled, *found]}
            fits = next(
                (
                    (kind, unit)
                    for kind, low, high, unit in kinds
                    if value is not None and low <= value <= high
                ),
                None,
            )
            if fits is None or fits[0] in taken or value is None:
                continue
            kind, unit = fits
            value_text = match.group("v1").replace(",", ".")
            second = match.groupdict().get("v2")
            if second is not None:
                value_text = f"{value_text}/{second}"
            secondary = parse_number(second) if second is not None else None
            found.append(
                VitalHit(kind, match.start(), match.end(), value_text, value, secondary, unit, True)
            )
    return found
