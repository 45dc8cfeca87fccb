"""Structured records (C-CDA, FHIR R4 Bundle) through the same six stages.

The security scan records a structured kind as the document's detected MIME type;
the later stages ask ``structured_kind`` and, for such a document, read the record's
coded entries instead of OCR text: OCR stores no pages, pass 1 finds no entities, and
pass 2 runs the importer on the verified copy of the original (the bytes the scan
hashed, like OCR reads them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adapters.storage.verified import verified_local_copy
from adapters.structured import StructuredImport, StructuredKind, ccda, fhir
from adapters.structured.model import CATEGORIES
from pipeline.clinical.schema import ClinicalExtraction
from pipeline.stages._runner import StageContext

_BY_MIME = {kind.mime_type: kind for kind in StructuredKind}


@dataclass(frozen=True)
class Importer:
    name: str
    version: str
    run: Callable[[bytes], StructuredImport]


IMPORTERS: dict[StructuredKind, Importer] = {
    StructuredKind.CCDA: Importer(ccda.EXTRACTOR, ccda.EXTRACTOR_VERSION, ccda.import_ccda),
    StructuredKind.FHIR_BUNDLE: Importer(
        fhir.EXTRACTOR, fhir.EXTRACTOR_VERSION, fhir.import_fhir_bundle
    ),
}


def structured_kind(shell_file: dict[str, Any]) -> StructuredKind | None:
    """The structured kind the scan found, None for a paged document (PDF, image)."""
    return _BY_MIME.get(shell_file.get("detected_mime_type") or "")


def importer_for(shell_file: dict[str, Any]) -> Importer | None:
    kind = structured_kind(shell_file)
    return IMPORTERS[kind] if kind is not None else None


def with_element_ids(result: StructuredImport) -> ClinicalExtraction:
    """The extraction with each item's provenance id in ``source.element_id``."""
    extraction = result.extraction
    updates: dict[str, Any] = {}
    for category in CATEGORIES:
        items = []
        for index, item in enumerate(getattr(extraction, category)):
            ref = result.provenance.get((category, index))
            if ref:
                item = item.model_copy(
                    update={"source": item.source.model_copy(update={"element_id": ref})}
                )
            items.append(item)
        updates[category] = tuple(items)
    return extraction.model_copy(update=updates)


def import_original(ctx: StageContext, importer: Importer) -> ClinicalExtraction:
    """Import the stored original; its bytes must hash to what the scan recorded."""
    with verified_local_copy(
        ctx.runtime.storage,
        ctx.shell_file["storage_path"],
        ctx.shell_file["file_checksum_sha256"],
        max_bytes=ctx.runtime.settings.max_upload_bytes,
    ) as copy:
        data = copy.path.read_bytes()
    return with_element_ids(importer.run(data))
