"""Importers for structured health records: C-CDA documents and FHIR R4 Bundles.

Pure functions from bytes to the clinical schema (``pipeline.clinical.schema``):
no OCR, no text passes. Parsing is hardened against hostile XML and JSON
(``safe_xml``, ``safe_json``); ``detect`` tells the security scan what a file is.
"""

from __future__ import annotations

from adapters.structured.ccda import import_ccda
from adapters.structured.detect import detect_structured
from adapters.structured.fhir import import_fhir_bundle
from adapters.structured.model import StructuredImport, StructuredKind

__all__ = [
    "StructuredImport",
    "StructuredKind",
    "detect_structured",
    "import_ccda",
    "import_fhir_bundle",
]
