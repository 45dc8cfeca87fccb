"""The security scan on XML and JSON: C-CDA and FHIR R4 Bundles pass, anything else is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.documents.scanner import FileScanner
from pipeline.errors import InvalidDocument
from pipeline.hook.schemas import ACCEPTED_MIME_TYPES
from pipeline.ports import ScanReport

STRUCTURED = Path(__file__).resolve().parents[2] / "samples" / "structured"
CCDA, FHIR = "application/hl7-cda+xml", "application/fhir+json"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<ClinicalDocument xmlns="urn:hl7-org:v3">&lol3;</ClinicalDocument>
"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/><title>&xxe;</title>
</ClinicalDocument>
"""
RANDOM_XML = b'<?xml version="1.0"?><note><to>Ward 7</to><body>Discharge at 10:00</body></note>'
XHTML = (
    b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Discharge</title></head>'
    b"<body><p>Metformin 500 mg twice daily</p></body></html>"
)
XHTML_WITH_DOCTYPE = b'<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>'
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(1)</script><rect width="10" height="10"/></svg>'
)
# A CDA root without a C-CDA document templateId (e.g. a bare CDA R2 or an HL7 v3 message).
CDA_NO_TEMPLATE = b'<ClinicalDocument xmlns="urn:hl7-org:v3"><title>x</title></ClinicalDocument>'
PATIENT_RESOURCE = json.dumps({"resourceType": "Patient", "id": "p1"}).encode()
STU3_BUNDLE = json.dumps({"resourceType": "Bundle", "fhirVersion": "3.0.2", "entry": []}).encode()
JSON_ARRAY = b'[{"resourceType": "Bundle"}]'
DEEP_JSON = b'{"resourceType": "Bundle", "entry": ' + b"[" * 5000 + b"]" * 5000 + b"}"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _scan(path: Path, claimed: str, **limits: int) -> ScanReport:
    return FileScanner(**limits).scan(path, claimed)


def _code(path: Path, claimed: str, **limits: int) -> str:
    with pytest.raises(InvalidDocument) as info:
        _scan(path, claimed, **limits)
    return info.value.code


@pytest.mark.parametrize(
    ("sample", "claimed", "kind"),
    [
        ("ccd_full.xml", "application/xml", CCDA),
        ("ccd_vendor_epic_style.xml", "text/xml", CCDA),
        ("ccd_vendor_cerner_style.xml", CCDA, CCDA),
        ("discharge_summary.xml", "application/octet-stream", CCDA),
        ("fhir_bundle_r4.json", "application/json", FHIR),
        ("fhir_bundle_r4.json", FHIR + "; charset=utf-8", FHIR),
    ],
)
def test_ccda_and_fhir_bundles_pass_as_their_own_kinds(
    sample: str, claimed: str, kind: str
) -> None:
    """A real C-CDA or FHIR R4 Bundle passes, whatever XML/JSON type was claimed."""
    report = _scan(STRUCTURED / sample, claimed)
    assert report.mime_type == kind
    assert report.page_count == 1 and not report.has_text_layer
    assert len(report.sha256) == 64 and report.size_bytes == (STRUCTURED / sample).stat().st_size


def test_a_bom_before_the_xml_declaration_still_passes(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + (STRUCTURED / "ccd_full.xml").read_bytes()
    assert _scan(_write(tmp_path, "bom.xml", data), "text/xml").mime_type == CCDA


@pytest.mark.parametrize(
    ("name", "data", "claimed", "code"),
    [
        ("random.xml", RANDOM_XML, "application/xml", "unsupported_type"),
        ("page.xhtml", XHTML, "text/xml", "unsupported_type"),
        ("page_doctype.html", XHTML_WITH_DOCTYPE, "text/xml", "xml_dtd_forbidden"),
        ("image.svg", SVG, "application/xml", "unsupported_type"),
        ("bare_cda.xml", CDA_NO_TEMPLATE, "application/xml", "unsupported_type"),
        ("broken.xml", b"<ClinicalDocument><unclosed>", "application/xml", "unsupported_type"),
        ("patient.json", PATIENT_RESOURCE, "application/json", "unsupported_type"),
        ("stu3.json", STU3_BUNDLE, "application/fhir+json", "unsupported_type"),
        ("array.json", JSON_ARRAY, "application/json", "unsupported_type"),
        ("broken.json", b'{"resourceType": "Bundle",', "application/json", "unsupported_type"),
        ("lolz.xml", BILLION_LAUGHS, "application/xml", "xml_dtd_forbidden"),
        ("xxe.xml", XXE, "application/xml", "xml_dtd_forbidden"),
        ("deep.json", DEEP_JSON, "application/json", "too_deep"),
        ("plain.txt", b"Metformin 500 mg twice daily\n", "text/plain", "unsupported_type"),
    ],
)
def test_other_and_hostile_xml_or_json_is_refused_with_a_code(
    tmp_path: Path, name: str, data: bytes, claimed: str, code: str
) -> None:
    """Not a C-CDA/Bundle: unsupported_type; DTDs, entities, deep nesting: their own codes."""
    assert _code(_write(tmp_path, name, data), claimed) == code


def test_a_deeply_nested_xml_is_refused_before_it_is_walked(tmp_path: Path) -> None:
    deep = b'<ClinicalDocument xmlns="urn:hl7-org:v3">' + b"<a>" * 2000 + b"</a>" * 2000
    deep += b"</ClinicalDocument>"
    assert _code(_write(tmp_path, "deep.xml", deep), "application/xml") == "too_deep"


@pytest.mark.parametrize(
    ("sample", "claimed"),
    [
        ("fhir_bundle_r4.json", "application/xml"),  # an XML claim for a FHIR JSON
        ("fhir_bundle_r4.json", "application/hl7-cda+xml"),
        ("ccd_full.xml", "application/json"),
        ("ccd_full.xml", "application/fhir+json"),
        ("ccd_full.xml", "application/pdf"),
        ("fhir_bundle_r4.json", "image/png"),
    ],
)
def test_a_claim_of_the_other_kind_is_a_mismatch(sample: str, claimed: str) -> None:
    assert _code(STRUCTURED / sample, claimed) == "type_mismatch"


def test_a_structured_file_over_the_upload_limit_is_too_large() -> None:
    path = STRUCTURED / "ccd_full.xml"
    assert _code(path, "application/xml", max_bytes=path.stat().st_size - 1) == "too_large"


def test_a_pdf_hidden_in_xml_is_a_polyglot(tmp_path: Path) -> None:
    data = b"<?xml version='1.0'?><x>%PDF-1.7</x>"
    assert _code(_write(tmp_path, "poly.xml", data), "application/xml") == "polyglot"


def test_the_hook_accepts_the_structured_claims() -> None:
    assert {
        "application/xml",
        "text/xml",
        "application/hl7-cda+xml",
        "application/json",
        "application/fhir+json",
    } <= ACCEPTED_MIME_TYPES
    assert "text/html" not in ACCEPTED_MIME_TYPES and "image/svg+xml" not in ACCEPTED_MIME_TYPES
