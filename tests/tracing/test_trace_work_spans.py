"""Spans inside the stages, with the real stages (``dramatiq pipeline``): one per page
read, one per vendor call (CLIENT), one per quota wait, and the finalize transaction.

The AI passes run on the OpenAI-compatible extractor against a fake vendor on a
real socket (its first answer is a 500), every call through the quota gate (one
request a second: a pass that follows another soon usually waits in-process, as the
``quota wait`` span's ``docpipe.wait_ms`` shows).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from reportlab.pdfgen import canvas

from pipeline import flow
from tests.fakes.vendor_server import FakeVendor, VendorLimits
from tests.support import factories as f
from tests.support.http import make_token
from tests.support.otlp_receiver import (
    CLIENT,
    CONSUMER,
    ReceivedSpan,
    otlp_receiver,
    render_tree,
)
from tests.support.pg import dict_connect
from tests.support.quota_load import MODEL, PAGE_LINES, responder
from tests.support.runtime import set_config, shell_file, wait_for
from tests.support.workers import FAST_LEDGER
from tests.tracing.support import hook_server, otel_env, trace_workers

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

PASSES = ("pass1_entities", "pass2_clinical", "pass3_narrative")
#: What the document's ids add to every span made inside a stage.
DOC_KEYS = {"docpipe.correlation_id", "docpipe.job_id", "docpipe.shell_file_id", "docpipe.stage"}
TREE_KEYS = (
    "docpipe.attempt",
    "docpipe.page_number",
    "docpipe.engine",
    "docpipe.vendor",
    "docpipe.wait_ms",
    "docpipe.outcome",
    "http.response.status_code",
    "docpipe.error_code",
    "docpipe.item_count",
)


def _two_pages(path: Path) -> None:
    pdf = canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    for lines in (PAGE_LINES, ["Follow-up in clinic", "Blood pressure 128/82 mmHg"]):
        y = 740
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()


def _process_of(spans: list[ReceivedSpan], span: ReceivedSpan) -> ReceivedSpan:
    by_id = {s.span_id: s for s in spans}
    parent = by_id[span.parent_span_id]
    assert parent.kind == CONSUMER, (span.name, parent.name)
    return parent


def test_pages_vendor_calls_quota_waits_and_finalize_have_spans(
    fresh_db_url: str, tmp_path: Path
) -> None:
    db = fresh_db_url
    set_config(db, **FAST_LEDGER)
    with dict_connect(db) as conn:
        conn.execute(
            "INSERT INTO api_rate_limits (provider_name, api_endpoint, requests_per_minute, "
            "tokens_per_minute, concurrent_requests) VALUES ('openai', %s, 60, 1000000, 4) "
            "ON CONFLICT (provider_name, api_endpoint) DO UPDATE SET requests_per_minute = 60, "
            "tokens_per_minute = 1000000",
            (MODEL,),
        )
        owner, patient = f.make_patient(conn)
    storage = tmp_path / "storage"
    path = f"{patient}/two_pages.pdf"
    (storage / path).parent.mkdir(parents=True)
    _two_pages(storage / path)
    cid = f"workspans-{uuid.uuid4().hex[:12]}"
    limits = VendorLimits(requests=1000, tokens=None, window=60.0)
    with otlp_receiver() as receiver, FakeVendor(limits, responder=responder) as vendor:
        env = {
            **otel_env(receiver.url),
            "EXTRACTOR": "openai",
            "OPENAI_BASE_URL": f"{vendor.base_url}/v1",
            "OPENAI_API_KEY": "sk-test",
            "OPENAI_MODEL": MODEL,
            "RATELIMIT_URL": "memory://",
            "QUOTA_MODE": "pacing",
            "QUOTA_MAX_WAIT": "3",
        }
        vendor.fail_next(1, status=500)  # pass 1's first attempt fails at the vendor
        with (
            trace_workers(db, storage, tmp_path / "w.log", env, module="pipeline") as workers,
            hook_server(db, storage, tmp_path / "hook.log", env) as url,
        ):
            response = httpx.post(
                f"{url}/v1/shell-files",
                json={
                    "patient_id": str(patient),
                    "storage_path": path,
                    "original_filename": "two_pages.pdf",
                    "mime_type": "application/pdf",
                    "file_size_bytes": (storage / path).stat().st_size,
                },
                headers={"authorization": f"Bearer {make_token(owner)}", "x-correlation-id": cid},
                timeout=30,
            )
            assert response.status_code == 201, response.text
            sf_id = response.json()["shell_file_id"]
            row = wait_for(
                lambda: (r := shell_file(db, sf_id))["status"] in ("completed", "failed") and r,
                timeout=90,
            )
        last = f"{flow.STAGES[-1].name} process"
        spans = wait_for(
            lambda: (t := receiver.trace_of(cid)) and any(s.name == last for s in t) and t,
            timeout=30,
        )
    tree = render_tree(spans, TREE_KEYS)
    print(tree)
    assert row["status"] == "completed", (row["processing_error"], workers.log()[-3000:])
    assert len({s.trace_id for s in spans}) == 1, tree

    # One span per page read, below the OCR stage's consumer span.
    pages = [s for s in spans if s.name == "ocr page"]
    assert sorted(s.attributes["docpipe.page_number"] for s in pages) == [1, 2], tree
    for page in pages:
        assert _process_of(spans, page).name == "ocr process"
        assert page.attributes["docpipe.engine"] == "pdf-text-layer"
        assert page.attributes["docpipe.outcome"] == "ok"
        assert page.attributes["docpipe.correlation_id"] == cid

    # One CLIENT span per vendor call: vendor and status only, no URL, no body.
    calls = [s for s in spans if s.kind == CLIENT]
    assert [s.name for s in calls] == ["openai chat.completions"] * 4, tree
    statuses = [s.attributes["http.response.status_code"] for s in calls]
    assert statuses == [500, 200, 200, 200], tree
    failed, *answered = calls
    assert failed.status_code == 2 and failed.status_message == ""
    assert failed.attributes["docpipe.error_code"] == "vendor_unavailable"
    assert failed.attributes["error.type"] == "TransientError"
    for call in answered:
        assert call.status_code != 2
        assert set(call.attributes) == DOC_KEYS | {
            "docpipe.vendor",
            "http.request.method",
            "http.response.status_code",
        }
        assert call.attributes["docpipe.vendor"] == "openai"
    assert [_process_of(spans, c).name for c in calls] == [
        f"{p} process" for p in ("pass1_entities", *PASSES)
    ]
    # The failed call failed its attempt; the retry is in the same trace.
    attempts = [_process_of(spans, c).attributes["docpipe.attempt"] for c in calls]
    assert attempts == [1, 2, 1, 1]

    # One span per quota wait, before each call: vendor, milliseconds waited, outcome.
    waits = [s for s in spans if s.name == "quota wait"]
    assert len(waits) == 4, tree
    for wait, call in zip(waits, calls, strict=True):
        assert wait.start_ns < call.start_ns
        assert _process_of(spans, wait) is _process_of(spans, call)
        assert wait.attributes["docpipe.vendor"] == "openai"
        assert wait.attributes["docpipe.outcome"] == "granted"
        assert isinstance(wait.attributes["docpipe.wait_ms"], int)

    # The finalize transaction is the finalize commit span, with the rows it wrote.
    [commit] = [s for s in spans if s.name == "finalize commit"]
    assert _process_of(spans, commit).name == "finalize process"
    assert commit.attributes["docpipe.item_count"] >= 1, tree
