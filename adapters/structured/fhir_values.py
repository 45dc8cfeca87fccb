"""Reading FHIR R4 JSON data types: CodeableConcept, Quantity, dates, references."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from adapters.structured.cda_values import ts_date

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CVX = "http://hl7.org/fhir/sid/cvx"

Json = Mapping[str, Any]


def obj(value: object) -> Json:
    """``value`` if it is a JSON object, else an empty one (hostile input has any shape)."""
    return value if isinstance(value, Mapping) else {}


def items(value: object) -> list[Json]:
    """The JSON objects of a list (anything else is ignored)."""
    return (
        [obj(item) for item in value if isinstance(item, Mapping)]
        if isinstance(value, list)
        else []
    )


def text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def codings(concept: Json) -> list[Json]:
    return items(concept.get("coding"))


def code_in(concept: Json, system: str) -> str | None:
    for coding in codings(concept):
        if coding.get("system") == system and (code := text(coding.get("code"))):
            return code
    return None


def concept_name(concept: Json) -> str | None:
    """``text``, else the first coding's display."""
    name = text(concept.get("text"))
    if name:
        return name
    for coding in codings(concept):
        if display := text(coding.get("display")):
            return display
    return None


def concept_code(concept: Json) -> str | None:
    """The first coding's code (status value sets carry one)."""
    for coding in codings(concept):
        if code := text(coding.get("code")):
            return code
    return None


def fhir_date(value: object) -> date | None:
    """The calendar date of a FHIR date or dateTime ("2024-02-13", "2024-02-13T10:30:00Z")."""
    if not isinstance(value, str):
        return None
    return ts_date(value[:10].replace("-", ""))


def number_text(value: object) -> str | None:
    """A JSON number as the record would print it ("5.4", "120")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return str(int(value)) if float(value).is_integer() else str(value)
