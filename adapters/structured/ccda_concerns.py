"""C-CDA concern acts: Problems (11450-4, 11535-2) and Allergies (48765-2).

A concern act wraps the observation; status comes from, in order, a Status
observation (33999-4), the observation's ``effectiveTime/high`` (problems), then
the concern's ``statusCode``. ``negationInd="true"`` on the observation is an
explicit "does not have": kept as ``assertion="negated"``, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from adapters.structured.cda_values import (
    ICD10CM,
    SNOMED,
    Narrative,
    attr,
    code_in,
    concept_name,
    entry_text_id,
    has_high,
    is_true,
    kid,
    kids,
    reference_id,
)
from adapters.structured.model import STRUCTURED_SOURCE
from pipeline.clinical.schema import Allergy, Assertion, Condition

STATUS_CODE = "33999-4"
# Problem/Allergy Status values (SNOMED) -> Condition.status.
_STATUS_VALUES = {
    "55561003": "active",
    "246455001": "active",  # recurrence
    "73425007": "history",  # inactive
    "277022003": "history",  # remission
    "413322009": "resolved",
}
_SEVERITY_CODE = "SEV"
# "No known ..." as a coded value (SNOMED) and the text each is listed as.
_NO_KNOWN = {
    "716186003": "No known allergies",
    "409137002": "No known drug allergies",
    "429625007": "No known food allergies",
    "428607008": "No known environmental allergies",
}
# The allergy type of a negated entry without a substance, for its "no known" text.
_NEGATED_TYPE = {
    "416098002": "No known drug allergies",
    "419511003": "No known drug allergies",
    "414285001": "No known food allergies",
    "418471000": "No known food allergies",
    "426232007": "No known environmental allergies",
    "419199007": "No known allergies",
    "420134006": "No known allergies",
}


def concern_observations(entry: Element) -> Iterator[tuple[Element | None, Element]]:
    """(concern act or None, clinical observation) pairs, skipping Status observations."""
    for act in kids(entry, "act"):
        for relationship in kids(act, "entryRelationship"):
            for observation in kids(relationship, "observation"):
                if attr(kid(observation, "code"), "code") != STATUS_CODE:
                    yield act, observation
    for observation in kids(entry, "observation"):
        yield None, observation


def _status_value(observation: Element) -> str | None:
    for relationship in kids(observation, "entryRelationship"):
        for status in kids(relationship, "observation"):
            if attr(kid(status, "code"), "code") == STATUS_CODE:
                found = _STATUS_VALUES.get(code_in(kid(status, "value"), SNOMED) or "")
                if found:
                    return found
    return None


def _status(concern: Element | None, observation: Element, *, use_high: bool) -> str:
    explicit = _status_value(observation)
    if explicit:
        return explicit
    if use_high and has_high(kid(observation, "effectiveTime")):
        return "resolved"
    if attr(kid(concern, "statusCode"), "code") == "completed":
        return "resolved"
    return "active"


def _assertion(observation: Element, status: str) -> Assertion:
    if is_true(observation, "negationInd"):
        return "negated"
    return "present" if status == "active" else "historical"


def read_problems(section: Element, narrative: Narrative) -> Iterator[tuple[Condition, str | None]]:
    for entry in kids(section, "entry"):
        for concern, observation in concern_observations(entry):
            value = kid(observation, "value")
            name = concept_name(value, narrative) or narrative.text(reference_id(observation))
            if not name or attr(kid(observation, "statusCode"), "code") == "nullified":
                continue
            status = _status(concern, observation, use_high=True)
            condition = Condition(
                name=name,
                icd10_code=code_in(value, ICD10CM),
                status=status,
                assertion=_assertion(observation, status),
                source=STRUCTURED_SOURCE,
            )
            yield condition, reference_id(observation) or reference_id(value)


def _substance(observation: Element, narrative: Narrative) -> tuple[str | None, bool]:
    """The allergen's name, and whether it was left unnamed on purpose (a nullFlavor).

    Order: the code's name, the entity's own ``name``, and only then the entry's whole
    narrative row (which also holds the reaction: "Shellfish: Itching").
    """
    row = entry_text_id(observation)
    for participant in kids(observation, "participant"):
        entity = kid(participant, "participantRole", "playingEntity")
        code = kid(entity, "code")
        name_el = kid(entity, "name")
        name = (
            concept_name(code, narrative, skip_ref=row)
            or (" ".join((name_el.text or "").split()) if name_el is not None else None)
            or concept_name(code, narrative)
        )
        if name:
            return name, False
        if code is not None and code.get("nullFlavor"):
            return None, True
    return None, True


def _related_value(observation: Element, narrative: Narrative, type_code: str) -> str | None:
    for relationship in kids(observation, "entryRelationship"):
        for related in kids(relationship, "observation"):
            is_severity = attr(kid(related, "code"), "code") == _SEVERITY_CODE
            wanted = (
                is_severity
                if type_code == _SEVERITY_CODE
                else (relationship.get("typeCode") == type_code and not is_severity)
            )
            if wanted and (name := concept_name(kid(related, "value"), narrative)):
                return name
    return None


def _severity(observation: Element, narrative: Narrative) -> str | None:
    found = _related_value(observation, narrative, _SEVERITY_CODE)
    if found:
        return found
    for relationship in kids(observation, "entryRelationship"):
        for reaction in kids(relationship, "observation"):
            found = _related_value(reaction, narrative, _SEVERITY_CODE)
            if found:
                return found
    return None


def read_allergies(section: Element, narrative: Narrative) -> Iterator[tuple[Allergy, str | None]]:
    for entry in kids(section, "entry"):
        for concern, observation in concern_observations(entry):
            value_code = code_in(kid(observation, "value"), SNOMED) or ""
            substance, unnamed = _substance(observation, narrative)
            negated = is_true(observation, "negationInd")
            if value_code in _NO_KNOWN:
                substance, negated = _NO_KNOWN[value_code], True
            elif negated and unnamed:
                substance = _NEGATED_TYPE.get(value_code, "No known allergies")
            if not substance:
                continue  # neither an allergen nor a "no known": nothing to list
            status = _status(concern, observation, use_high=False)
            assertion: Assertion = "negated" if negated else _assertion(observation, status)
            allergy = Allergy(
                substance=substance,
                reaction=None if negated else _related_value(observation, narrative, "MFST"),
                severity=None if negated else _severity(observation, narrative),
                assertion=assertion,
                source=STRUCTURED_SOURCE,
            )
            yield allergy, reference_id(observation)
