"""Spans of a stage's work, in-process: ids from the log context, errors as codes only,
a quota refusal as an outcome (not a failure), a vendor call that never answered.

The spans go to an in-memory exporter through the same allow-list as the OTLP
exporter; the process-wide provider is left alone (``spans.tracer`` is swapped).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from adapters.llm.openai_compatible import OpenAICompatibleExtractor
from adapters.ratelimit.gate import QuotaBook, VendorGate
from adapters.ratelimit.quota import QuotaLimiter
from pipeline.clinical.schema import ClinicalExtraction
from pipeline.db import make_pool
from pipeline.errors import RateLimited, TransientError
from pipeline.logcontext import bind_log_context, clear_log_context
from pipeline.tracing import spans
from pipeline.tracing.allowlist import filter_span
from tests.support.pg import dict_connect

IDS = {"correlation_id": "cid-12345678", "job_id": "j1", "shell_file_id": "s1", "stage": "ocr"}


@pytest.fixture
def memory_spans(monkeypatch: pytest.MonkeyPatch) -> InMemorySpanExporter:
    provider = TracerProvider()
    memory = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    monkeypatch.setattr(spans, "tracer", lambda: provider.get_tracer(spans.TRACER_NAME))
    return memory


def test_a_work_span_carries_the_ids_and_records_errors_as_codes(
    memory_spans: InMemorySpanExporter,
) -> None:
    bind_log_context(**IDS)
    try:
        with spans.work_span("ocr page", {"docpipe.page_number": 1}):
            pass
        with pytest.raises(TransientError), spans.work_span("ocr page"):
            raise TransientError("Jane Doe's page", code="page_out_of_memory")
        with pytest.raises(ValueError), spans.work_span("ocr page"):
            raise ValueError("DOB 01/02/1970")
        with pytest.raises(RateLimited), spans.work_span("quota wait", not_failures=(RateLimited,)):
            raise RateLimited(1.0)
    finally:
        clear_log_context()
    ok, coded, foreign, expected = (filter_span(s) for s in memory_spans.get_finished_spans())
    assert dict(ok.attributes or {}) == {
        "docpipe.correlation_id": "cid-12345678",
        "docpipe.job_id": "j1",
        "docpipe.shell_file_id": "s1",
        "docpipe.stage": "ocr",
        "docpipe.page_number": 1,
    }
    assert ok.status.status_code is StatusCode.UNSET
    assert coded.status.status_code is StatusCode.ERROR and not coded.status.description
    assert coded.attributes is not None
    assert coded.attributes["docpipe.error_code"] == "page_out_of_memory"
    assert coded.attributes["error.type"] == "TransientError"
    assert foreign.attributes is not None
    assert foreign.attributes["docpipe.error_code"] == "unexpected_error"
    assert foreign.attributes["error.type"] == "ValueError"
    assert expected.status.status_code is StatusCode.UNSET
    assert "docpipe.error_code" not in (expected.attributes or {})
    exported_text = repr([(s.attributes, s.events, s.status.description) for s in (coded, foreign)])
    assert "Jane" not in exported_text and "01/02/1970" not in exported_text


@pytest.fixture
def gate(fresh_db_url: str) -> Iterator[VendorGate]:
    with dict_connect(fresh_db_url) as conn:
        conn.execute(
            "UPDATE api_rate_limits SET requests_per_minute = 1 WHERE api_endpoint = 'gpt-4o-mini'"
        )
    with make_pool(fresh_db_url, max_size=2) as pool:
        gate = VendorGate(QuotaLimiter.from_url("memory://", max_wait=0.0), QuotaBook(pool))
        yield gate
        gate.close()


@pytest.mark.db
def test_a_quota_wait_span_says_granted_or_rate_limited(
    gate: VendorGate, memory_spans: InMemorySpanExporter
) -> None:
    gate.release(gate.acquire("openai", "gpt-4o-mini", 10))
    with pytest.raises(RateLimited):
        gate.acquire("openai", "gpt-4o-mini", 10)  # one request a minute: the next must wait
    granted, limited = (filter_span(s) for s in memory_spans.get_finished_spans())
    for span in (granted, limited):
        assert span.name == "quota wait" and span.kind is SpanKind.INTERNAL
        assert span.attributes is not None and span.attributes["docpipe.vendor"] == "openai"
        assert isinstance(span.attributes["docpipe.wait_ms"], int)
        assert span.status.status_code is StatusCode.UNSET  # waiting is not failing
    assert granted.attributes is not None and limited.attributes is not None
    assert granted.attributes["docpipe.outcome"] == "granted"
    assert limited.attributes["docpipe.outcome"] == "rate_limited"
    delay_ms = limited.attributes["docpipe.delay_ms"]
    assert isinstance(delay_ms, int) and delay_ms > 1000  # told to come back later


@pytest.mark.db
def test_a_quota_wait_span_measures_the_wait_slept_in_process(
    fresh_db_url: str, memory_spans: InMemorySpanExporter
) -> None:
    with dict_connect(fresh_db_url) as conn:
        conn.execute(
            "UPDATE api_rate_limits SET requests_per_minute = 60 WHERE api_endpoint = 'gpt-4o-mini'"
        )
    with make_pool(fresh_db_url, max_size=2) as pool:
        limiter = QuotaLimiter.from_url("memory://", mode="pacing", max_wait=3.0)
        gate = VendorGate(limiter, QuotaBook(pool))
        for _ in range(2):  # paced at one request a second: the second sleeps about a second
            gate.release(gate.acquire("openai", "gpt-4o-mini", 10))
        gate.close()
    first, second = (filter_span(s) for s in memory_spans.get_finished_spans())
    assert first.attributes is not None and second.attributes is not None
    quick = first.attributes["docpipe.wait_ms"]
    assert isinstance(quick, int) and quick < 100  # granted at once
    assert second.attributes["docpipe.outcome"] == "granted"
    waited = second.attributes["docpipe.wait_ms"]
    assert isinstance(waited, int) and 800 <= waited <= 2500


@pytest.mark.db
def test_a_vendor_call_that_never_answered_is_a_failed_client_span(
    fresh_db_url: str, memory_spans: InMemorySpanExporter
) -> None:
    with socket.socket() as s:  # a port nobody listens on: connection refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with make_pool(fresh_db_url, max_size=2) as pool:
        gate = VendorGate(QuotaLimiter.from_url("memory://", max_wait=0.0), QuotaBook(pool))
        extractor = OpenAICompatibleExtractor(
            base_url=f"http://127.0.0.1:{port}/v1",
            api_key="sk-test",
            model="gpt-4o-mini",
            gate=gate,
            timeout=2,
        )
        with pytest.raises(TransientError):
            extractor.summarize([], ClinicalExtraction(extractor="x", extractor_version="1"))
        extractor.close()
        gate.close()
    call = next(
        filter_span(s) for s in memory_spans.get_finished_spans() if s.kind is SpanKind.CLIENT
    )
    assert call.name == "openai chat.completions"
    assert call.status.status_code is StatusCode.ERROR and not call.status.description
    assert dict(call.attributes or {}) == {
        "docpipe.vendor": "openai",
        "http.request.method": "POST",
        "docpipe.error_code": "vendor_unavailable",
        "error.type": "TransientError",
    }
