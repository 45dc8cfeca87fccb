"""Which bytes are a C-CDA document or a FHIR R4 Bundle, and which stay rejected."""

from __future__ import annotations

import json

import pytest

from adapters.structured import StructuredKind, detect_structured, import_ccda, import_fhir_bundle
from pipeline.errors import InvalidDocument
from tests.structured.truth import STEMS, sample_path


@pytest.mark.parametrize("stem", STEMS)
def test_samples_are_detected(stem: str) -> None:
    expected = StructuredKind.FHIR_BUNDLE if stem.startswith("fhir") else StructuredKind.CCDA
    assert detect_structured(sample_path(stem).read_bytes()) is expected


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%binary",
        b"\x89PNG\r\n\x1a\n",
        b"",
        b"   ",
        b"<html><body>hello</body></html>",
        b'<?xml version="1.0"?><note><to>x</to></note>',
        # CDA R2 but not C-CDA (no C-CDA document templateId)
        b'<ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="1.2.3"/></ClinicalDocument>',
        # the right name and templateId in the wrong namespace
        b'<ClinicalDocument><templateId root="2.16.840.1.113883.10.20.22.1.2"/></ClinicalDocument>',
        # a section templateId is not a document templateId
        b'<ClinicalDocument xmlns="urn:hl7-org:v3">'
        b'<templateId root="2.16.840.1.113883.10.20.22.2.1"/></ClinicalDocument>',
        b'{"resourceType": "Patient", "id": "p1"}',
        b'[{"resourceType": "Bundle"}]',
        b'{"resourceType": "Bundle", "meta": {"fhirVersion": "5.0.0"}, "type": "collection"}',
        b'"Bundle"',
    ],
)
def test_other_files_are_not_structured_documents(data: bytes) -> None:
    assert detect_structured(data) is None


def test_encodings_and_byte_order_marks_are_accepted() -> None:
    ccda = sample_path("ccd_vendor_epic_style").read_bytes()
    assert detect_structured(b"\xef\xbb\xbf" + ccda) is StructuredKind.CCDA
    utf16 = ccda.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert detect_structured(utf16) is StructuredKind.CCDA
    assert import_ccda(utf16).extraction.item_count() > 0
    bundle = b'\n  {"resourceType": "Bundle", "type": "collection", "entry": []}'
    assert detect_structured(bundle) is StructuredKind.FHIR_BUNDLE


def test_importers_refuse_the_other_kind() -> None:
    with pytest.raises(InvalidDocument) as info:
        import_ccda(b'<?xml version="1.0"?><note/>')
    assert info.value.code == "not_ccda"
    with pytest.raises(InvalidDocument) as info:
        import_fhir_bundle(json.dumps({"resourceType": "Patient"}).encode())
    assert info.value.code == "not_fhir_bundle"


def test_kinds_name_a_mime_type() -> None:
    assert StructuredKind.CCDA.mime_type == "application/hl7-cda+xml"
    assert StructuredKind.FHIR_BUNDLE.mime_type == "application/fhir+json"
