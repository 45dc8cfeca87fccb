"""Tell a C-CDA document or a FHIR R4 Bundle from any other XML or JSON.

Only the real thing passes: a ``ClinicalDocument`` in the HL7 v3 namespace that
carries a C-CDA document templateId, or a JSON object whose ``resourceType`` is
``Bundle`` with no hint of another FHIR release. Hostile XML/JSON (a DTD, entities,
too deep, too large) raises ``InvalidDocument`` with its own code; anything else
that is not one of the two kinds gives None, and the scan keeps rejecting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from xml.etree.ElementTree import Element

from adapters.structured.model import StructuredKind
from adapters.structured.safe_json import load_json
from adapters.structured.safe_xml import parse_xml
from pipeline.errors import InvalidDocument

V3 = "urn:hl7-org:v3"
#: C-CDA R1.1/R2.x document-level templates (2.16.840.1.113883.10.20.22.1.x).
CCDA_DOCUMENT_TEMPLATE_PREFIX = "2.16.840.1.113883.10.20.22.1."
#: The reasons a file is malformed rather than hostile: it is simply not ours.
_NOT_OURS = frozenset({"xml_malformed", "json_malformed"})
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _lead(data: bytes) -> bytes:
    head = data[:64]
    for bom in _BOMS:
        if head.startswith(bom):
            return b"<" if bom != _BOMS[0] else head[len(bom) :].lstrip()
    return head.lstrip()


def is_ccda_root(root: Element) -> bool:
    if root.tag != f"{{{V3}}}ClinicalDocument":
        return False
    return any(
        (tid.get("root") or "").startswith(CCDA_DOCUMENT_TEMPLATE_PREFIX)
        for tid in root.findall(f"{{{V3}}}templateId")
    )


def is_r4_bundle(value: object) -> bool:
    if not isinstance(value, Mapping) or value.get("resourceType") != "Bundle":
        return False
    meta = value.get("meta")
    version = value.get("fhirVersion") or (
        meta.get("fhirVersion") if isinstance(meta, Mapping) else None
    )
    # Bundles rarely say their release; refuse only an explicit other one.
    return not (isinstance(version, str) and not version.startswith("4."))


def detect_structured(data: bytes) -> StructuredKind | None:
    """The structured kind of ``data``, None when it is neither, or ``InvalidDocument``."""
    lead = _lead(data)
    try:
        if lead.startswith(b"<"):
            return StructuredKind.CCDA if is_ccda_root(parse_xml(data)) else None
        if lead.startswith(b"{"):
            return StructuredKind.FHIR_BUNDLE if is_r4_bundle(load_json(data)) else None
    except InvalidDocument as exc:
        if exc.code in _NOT_OURS:
            return None
        raise
    return None
