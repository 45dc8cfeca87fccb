"""Hostile XML and JSON: every attack is refused with its own code, nothing is read or fetched.

An audit hook records every file open and socket connect made while a parse runs,
so "no read, no network" is observed, not assumed.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adapters.structured import detect_structured, import_ccda, import_fhir_bundle
from adapters.structured.safe_json import json_depth, load_json
from adapters.structured.safe_xml import XmlLimits, parse_xml
from pipeline.errors import InvalidDocument

_EVENTS: list[tuple[str, tuple[Any, ...]]] = []
_RECORDING = threading.Event()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _RECORDING.is_set() and event in ("open", "socket.connect", "urllib.Request"):
        _EVENTS.append((event, args))


sys.addaudithook(_audit)


@pytest.fixture
def io_events() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    _EVENTS.clear()
    _RECORDING.set()
    try:
        yield _EVENTS
    finally:
        _RECORDING.clear()


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bool]]]:
    """A local TCP port that notes any connection (the XXE's "http://" target)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.2)
    hits: list[bool] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(True)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/secret.dtd", hits
    finally:
        stop.set()
        thread.join(2)
        server.close()


def _ccda(body: str = "", prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?>{prolog}<ClinicalDocument xmlns="urn:hl7-org:v3">'
        '<templateId root="2.16.840.1.113883.10.20.22.1.2"/>'
        f"{body}</ClinicalDocument>"
    ).encode()


BILLION_LAUGHS = _ccda(
    "<title>&lol9;</title>",
    '<!DOCTYPE ClinicalDocument [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>",
)


def _codes(data: bytes) -> set[str]:
    """The rejection code of each entry point that reads ``data``."""
    codes = set()
    for read in (parse_xml, detect_structured, import_ccda):
        with pytest.raises(InvalidDocument) as info:
            read(data)
        codes.add(info.value.code)
    return codes


def test_billion_laughs_is_refused_before_any_expansion() -> None:
    assert _codes(BILLION_LAUGHS) == {"xml_dtd_forbidden"}


def test_xxe_file_entity_reads_nothing(tmp_path: Path, io_events: list[Any]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    io_events.clear()  # the test's own write is not the parser's
    for target in ("file:///etc/passwd", secret.as_uri()):
        data = _ccda(
            "<title>&xxe;</title>", f'<!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "{target}">]>'
        )
        assert _codes(data) == {"xml_dtd_forbidden"}
    opened = [str(args[0]) for event, args in io_events if event == "open"]
    assert not [path for path in opened if "passwd" in path or "secret" in path]
    secret.read_text()  # the instrument works: a real read is seen
    assert any("secret" in str(args[0]) for event, args in io_events if event == "open")


def test_xxe_http_entity_and_external_dtd_make_no_connection(
    listener: tuple[str, list[bool]], io_events: list[Any]
) -> None:
    url, hits = listener
    attacks = [
        _ccda(
            "<title>&xxe;</title>", f'<!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "{url}">]>'
        ),
        _ccda("", f'<!DOCTYPE ClinicalDocument SYSTEM "{url}">'),
        _ccda("", f'<!DOCTYPE ClinicalDocument [<!ENTITY % p SYSTEM "{url}"> %p;]>'),
    ]
    for data in attacks:
        assert _codes(data) == {"xml_dtd_forbidden"}
    assert hits == []
    assert [event for event, _ in io_events if event != "open"] == []


def test_xinclude_is_not_processed(tmp_path: Path, io_events: list[Any]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    io_events.clear()  # the test's own write is not the parser's
    data = _ccda(
        f'<title><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}"'
        ' parse="text"/></title>'
    )
    root = parse_xml(data)
    assert "TOP-SECRET-MARKER" not in "".join(root.itertext())
    assert not [args for event, args in io_events if event == "open" and "secret" in str(args[0])]


def test_deeply_nested_xml_is_refused() -> None:
    depth = 50_000
    data = _ccda("<title>" + "<a>" * depth + "</a>" * depth + "</title>")
    assert _codes(data) == {"too_deep"}


def test_huge_attribute_and_huge_text_are_refused() -> None:
    attribute = _ccda(f'<title ID="{"A" * 2_000_000}"/>')
    assert _codes(attribute) == {"too_large"}
    text = _ccda(f"<title>{'B' * 3_000_000}</title>")
    assert _codes(text) == {"too_large"}


def test_oversized_documents_are_refused_before_parsing() -> None:
    small = XmlLimits(max_bytes=1000)
    with pytest.raises(InvalidDocument) as info:
        parse_xml(_ccda("<title>" + "x" * 2000 + "</title>"), small)
    assert info.value.code == "too_large"


def test_deeply_nested_json_is_refused_without_recursing() -> None:
    deep = b'{"resourceType": "Bundle", "entry": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    for read in (load_json, detect_structured, import_fhir_bundle):
        with pytest.raises(InvalidDocument) as info:
            read(deep)
        assert info.value.code == "too_deep"


def test_brackets_inside_json_strings_do_not_count_as_depth() -> None:
    data = b'{"resourceType": "Bundle", "id": "' + b"[{" * 5000 + b'\\"[[["}'
    assert json_depth(data) == 1
    assert detect_structured(data) is not None


def test_hostile_json_shapes_give_an_empty_import_not_a_crash() -> None:
    data = (
        b'{"resourceType": "Bundle", "entry": [1, "x", null, {"resource": "Condition"},'
        b'{"resource": {"resourceType": "Condition", "code": {"coding": {"code": 1}},'
        b'"clinicalStatus": [], "verificationStatus": "refuted"}},'
        b'{"resource": {"resourceType": "Observation", "code": [], "valueQuantity": 5}}]}'
    )
    result = import_fhir_bundle(data)
    assert result.extraction.item_count() == 0


def test_malformed_xml_and_json_are_not_structured_documents() -> None:
    assert detect_structured(b"<ClinicalDocument xmlns='urn:hl7-org:v3'><unclosed>") is None
    assert detect_structured(b'{"resourceType": "Bundle", ') is None
    with pytest.raises(InvalidDocument) as info:
        import_ccda(b"<ClinicalDocument><unclosed>")
    assert info.value.code == "xml_malformed"
    with pytest.raises(InvalidDocument) as info:
        import_fhir_bundle(b"{]")
    assert info.value.code == "json_malformed"


def test_error_messages_carry_no_document_text() -> None:
    data = _ccda("<title>Jane Testpatient</title>" + "<a>" * 100 + "</a>" * 100)
    with pytest.raises(InvalidDocument) as info:
        import_ccda(data)
    assert "Testpatient" not in str(info.value)
