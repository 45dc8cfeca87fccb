"""C-CDA (HL7 CDA R2) document -> ``ClinicalExtraction``, read from the coded entries.

Sections are found by LOINC code or, for vendors that omit it, by templateId; each
section kind has its own reader. No OCR and no text passes: the narrative is read
only where an entry points into it (``reference/@value``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any
from xml.etree.ElementTree import Element

from adapters.structured.ccda_concerns import read_allergies, read_problems
from adapters.structured.ccda_observations import read_results, read_vitals
from adapters.structured.ccda_substances import read_immunizations, read_medications
from adapters.structured.cda_values import (
    V3,
    Narrative,
    attr,
    clean_text,
    kid,
    template_ids,
    time_point,
    ts_date,
)
from adapters.structured.detect import is_ccda_root
from adapters.structured.model import Category, Collector, StructuredImport
from adapters.structured.safe_xml import parse_xml
from pipeline.clinical.schema import DocumentType
from pipeline.errors import InvalidDocument

EXTRACTOR = "ccda-import"
EXTRACTOR_VERSION = "1"

_T = "2.16.840.1.113883.10.20.22.2."
#: Section kind by LOINC section code, then by section templateId (with and without ".1").
SECTION_CODES = {
    "10160-0": "medications",
    "10183-2": "medications",  # hospital discharge medications
    "29549-3": "administered",  # medications administered
    "30954-2": "results",
    "8716-3": "vitals",
    "11450-4": "problems",
    "11535-2": "problems",  # hospital discharge diagnosis
    "48765-2": "allergies",
    "11369-6": "immunizations",
    "18776-5": "plan",  # plan of treatment: planned vaccines
}
SECTION_TEMPLATES = {
    _T + "1": "medications",
    _T + "11": "medications",
    _T + "38": "administered",
    _T + "3": "results",
    _T + "4": "vitals",
    _T + "5": "problems",
    _T + "24": "problems",
    _T + "6": "allergies",
    _T + "2": "immunizations",
    _T + "10": "plan",
}
_DOCUMENT_TYPES: dict[str, DocumentType] = {
    "2.16.840.1.113883.10.20.22.1.8": "discharge_summary",
}

Pair = tuple[Any, str | None]
_READERS: dict[str, tuple[Category, Callable[[Element, Narrative], Iterator[Pair]]]] = {
    "medications": ("medications", read_medications),
    "administered": (
        "medications",
        lambda section, narrative: read_medications(section, narrative, administered=True),
    ),
    "results": ("labs", read_results),
    "vitals": ("vitals", read_vitals),
    "problems": ("conditions", read_problems),
    "allergies": ("allergies", read_allergies),
    "immunizations": ("immunizations", read_immunizations),
    "plan": (
        "immunizations",
        lambda section, narrative: read_immunizations(section, narrative, plan=True),
    ),
}


def section_kind(section: Element) -> str | None:
    code = attr(kid(section, "code"), "code")
    if code in SECTION_CODES:
        return SECTION_CODES[code]
    for tid in template_ids(section):
        base = tid[:-2] if tid.endswith(".1") and tid[:-2] in SECTION_TEMPLATES else tid
        if base in SECTION_TEMPLATES:
            return SECTION_TEMPLATES[base]
    return None


def _sections(root: Element) -> Iterator[tuple[str, Element]]:
    for section in root.iter(V3 + "section"):
        kind = section_kind(section)
        if kind is not None:
            yield kind, section


def _first_text(elements: Iterable[Element | None]) -> str | None:
    for element in elements:
        if element is not None and (text := clean_text(element)):
            return text
    return None


def _header(root: Element) -> dict[str, Any]:
    """Document type, service date, provider and facility from the CDA header."""
    document_type: DocumentType = "medical_record"
    for tid in template_ids(root):
        document_type = _DOCUMENT_TYPES.get(tid, document_type)
    encounter = kid(root, "componentOf", "encompassingEncounter")
    service = kid(root, "documentationOf", "serviceEvent")
    enc_time = kid(encounter, "effectiveTime")
    # An encounter's discharge (or start) date; a CCD spans years, so its own date.
    service_date: date | None = ts_date(attr(kid(enc_time, "high"), "value")) or time_point(
        enc_time
    )
    service_date = service_date or ts_date(attr(kid(root, "effectiveTime"), "value"))
    provider = _first_text(
        [
            kid(encounter, "responsibleParty", "assignedEntity", "assignedPerson", "name"),
            kid(service, "performer", "assignedEntity", "assignedPerson", "name"),
            kid(root, "author", "assignedAuthor", "assignedPerson", "name"),
        ]
    )
    facility = _first_text(
        [
            kid(encounter, "location", "healthCareFacility", "serviceProviderOrganization", "name"),
            kid(encounter, "location", "healthCareFacility", "location", "name"),
            kid(
                root,
                "custodian",
                "assignedCustodian",
                "representedCustodianOrganization",
                "name",
            ),
        ]
    )
    return {
        "document_type": document_type,
        "service_date": service_date,
        "provider_name": provider,
        "facility_name": facility,
    }


def import_ccda(data: bytes) -> StructuredImport:
    """Read a C-CDA document's coded entries; ``InvalidDocument`` if it is not one."""
    root = parse_xml(data)
    if not is_ccda_root(root):
        raise InvalidDocument("the XML is not a C-CDA document", code="not_ccda")
    narrative = Narrative(root)
    collector = Collector()
    for kind, section in _sections(root):
        category, reader = _READERS[kind]
        for item, ref in reader(section, narrative):
            collector.add(category, item, ref)
    return collector.result(EXTRACTOR, EXTRACTOR_VERSION, _header(root))
