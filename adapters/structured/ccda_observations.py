"""C-CDA Results (30954-2) and Vital Signs (8716-3): organizers of observations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from adapters.structured.cda_values import (
    LOINC,
    Narrative,
    clean_text,
    code_in,
    concept_name,
    kid,
    kids,
    number,
    original_text,
    reference_id,
    time_point,
    xsi_type,
)
from adapters.structured.interpretation import INTERPRETATION_FLAGS
from adapters.structured.model import STRUCTURED_SOURCE
from adapters.structured.vital_codes import (
    BP_LOINC,
    BP_PANELS,
    DIASTOLIC,
    SYSTOLIC,
    VITAL_KINDS,
    vital_unit,
)
from pipeline.clinical.schema import LabFlag, LabObservation, Vital

_FLAGS = INTERPRETATION_FLAGS


@dataclass(frozen=True)
class ObsValue:
    text: str
    numeric: float | None
    unit: str | None


def read_value(observation: Element, narrative: Narrative) -> ObsValue | None:
    """The observation's value as text, number and unit; None when it has none."""
    value = kid(observation, "value")
    text: str | None = None
    unit: str | None = None
    if value is not None and not value.get("nullFlavor"):
        kind = xsi_type(value)
        if kind in ("PQ", "REAL", "INT", "MO") and value.get("value"):
            text = value.get("value", "").strip()
            unit = value.get("unit") if kind == "PQ" and value.get("unit") != "1" else None
        elif kind == "IVL_PQ":
            low, high = kid(value, "low"), kid(value, "high")
            if low is not None and low.get("value") and (high is None or not high.get("value")):
                text, unit = ">" + low.get("value", ""), low.get("unit")
            elif high is not None and high.get("value"):
                text, unit = "<" + high.get("value", ""), high.get("unit")
        elif kind in ("CD", "CE", "CV", "CO"):
            text = concept_name(value, narrative)
        else:  # ST, ED and untyped values carry their text
            text = clean_text(value) or None
    if not text and value is not None:
        text = original_text(value, narrative)  # vendors put "<0.5" or "Positive" here
    if not text:
        return None
    return ObsValue(text=text, numeric=number(text), unit=unit)


def _reference_range(observation: Element) -> tuple[float | None, float | None, str | None]:
    for reference in kids(observation, "referenceRange"):
        obs_range = kid(reference, "observationRange")
        value = kid(obs_range, "value")
        low = kid(value, "low")
        high = kid(value, "high")
        text_el = kid(obs_range, "text")
        text = clean_text(text_el) if text_el is not None else None
        low_n = number(low.get("value")) if low is not None else None
        high_n = number(high.get("value")) if high is not None else None
        if low_n is not None or high_n is not None or text:
            return low_n, high_n, text or None
    return None, None, None


def _flag(observation: Element) -> LabFlag | None:
    for interpretation in kids(observation, "interpretationCode"):
        flag = _FLAGS.get((interpretation.get("code") or "").upper())
        if flag:
            return flag
    return None


def _observations(entry: Element) -> Iterator[tuple[Element, Element | None]]:
    """(observation, its organizer) for an entry that holds an organizer or one observation."""
    for organizer in kids(entry, "organizer"):
        for component in kids(organizer, "component"):
            for observation in kids(component, "observation"):
                yield observation, organizer
    for observation in kids(entry, "observation"):
        yield observation, None


def _provenance(observation: Element) -> str | None:
    return reference_id(observation) or reference_id(kid(observation, "code"))


def read_results(
    section: Element, narrative: Narrative
) -> Iterator[tuple[LabObservation, str | None]]:
    for entry in kids(section, "entry"):
        for observation, organizer in _observations(entry):
            if observation.get("negationInd") == "true":
                continue  # "test not done" is not a result
            code = kid(observation, "code")
            name = concept_name(code, narrative)
            value = read_value(observation, narrative)
            if not name:
                continue
            low, high, ref_text = _reference_range(observation)
            observed = time_point(kid(observation, "effectiveTime")) or time_point(
                kid(organizer, "effectiveTime")
            )
            lab = LabObservation(
                test_name=name,
                loinc_code=code_in(code, LOINC),
                value_text=value.text if value else "",
                value_numeric=value.numeric if value else None,
                unit=value.unit if value else None,
                reference_low=low,
                reference_high=high,
                reference_text=ref_text,
                flag=_flag(observation),
                observed_on=observed,
                requires_review=value is None,
                review_reason="missing_value" if value is None else None,
                source=STRUCTURED_SOURCE,
            )
            yield lab, _provenance(observation)


def read_vitals(section: Element, narrative: Narrative) -> Iterator[tuple[Vital, str | None]]:
    for entry in kids(section, "entry"):
        pressure: dict[str, tuple[ObsValue, str | None]] = {}
        for observation, _ in _observations(entry):
            loinc = code_in(kid(observation, "code"), LOINC)
            kind = VITAL_KINDS.get(loinc or "")
            value = read_value(observation, narrative)
            if kind is None or value is None or loinc is None:
                continue
            if kind == "blood_pressure" and loinc not in BP_PANELS:
                pressure[loinc] = (value, _provenance(observation))
                continue
            vital = Vital(
                kind=kind,
                value_text=value.text,
                value_numeric=value.numeric,
                unit=vital_unit(kind, value.unit),
                loinc_code=loinc,
                source=STRUCTURED_SOURCE,
            )
            yield vital, _provenance(observation)
        if pressure:
            yield _blood_pressure(pressure)


def _blood_pressure(parts: dict[str, tuple[ObsValue, str | None]]) -> tuple[Vital, str | None]:
    """Systolic and diastolic observations of one organizer as one reading."""
    systolic, diastolic = parts.get(SYSTOLIC), parts.get(DIASTOLIC)
    first = next(iter(parts.values()))
    unit = vital_unit("blood_pressure", first[0].unit)
    partial = systolic is None or diastolic is None
    text = f"{systolic[0].text if systolic else '?'}/{diastolic[0].text if diastolic else '?'}"
    vital = Vital(
        kind="blood_pressure",
        value_text=text,
        value_numeric=systolic[0].numeric if systolic else None,
        value_secondary=diastolic[0].numeric if diastolic else None,
        unit=unit,
        loinc_code=BP_LOINC,
        requires_review=partial,
        review_reason="partial_blood_pressure" if partial else None,
        source=STRUCTURED_SOURCE,
    )
    return vital, first[1]
