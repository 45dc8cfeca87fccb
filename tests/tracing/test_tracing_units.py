"""The pieces of tracing and log context, in-process (no collector needed)."""

from __future__ import annotations

import json
import logging
import sys

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode

from pipeline.logcontext import LogContextFilter, bind_log_context, clear_log_context
from pipeline.tracing.allowlist import filter_span
from pipeline.tracing.correlation import accept_correlation_id
from pipeline.tracing.logs import JsonFormatter, PlainFormatter, json_wanted
from pipeline.tracing.setup import export_configured, init_tracing
from pipeline.tracing.spans import context_from, current_trace_headers

TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


@pytest.mark.parametrize(
    ("given", "accepted"),
    [
        ("3F2504E0-4F89-11D3-9A0C-0305E82C3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        ("order-2024.11_ab", "order-2024.11_ab"),
        ("short", None),  # under 8 characters
        ("x" * 65, None),
        ("Jane Doe 1970-01-01", None),  # spaces: free text is never taken
        ("abc<script>def", None),
        ("", None),
        (None, None),
    ],
)
def test_a_correlation_id_is_accepted_only_when_well_formed(
    given: str | None, accepted: str | None
) -> None:
    assert accept_correlation_id(given) == accepted


def _span(**attributes: object) -> ReadableSpan:
    context = SpanContext(0x1, 0x2, is_remote=False)
    return ReadableSpan(
        name="ocr process",
        context=context,
        attributes=attributes,  # type: ignore[arg-type]
        events=[
            Event("exception", {"exception.type": "ValueError", "exception.message": "Jane Doe"}),
            Event("page text", {"text": "DOB 01/02/1970"}),
        ],
        kind=SpanKind.CONSUMER,
        status=Status(StatusCode.ERROR, "could not parse Jane Doe"),
    )


def test_only_allow_listed_attributes_and_events_are_exported() -> None:
    span = filter_span(
        _span(
            **{
                "docpipe.job_id": "j1",
                "docpipe.attempt": 2,
                "messaging.system": "postgres",
                "http.url": "http://h/v1/shell-files?name=Jane",
                "http.user_agent": "x",
                "docpipe.original_filename": "jane_doe.pdf",
            }
        )
    )
    assert dict(span.attributes or {}) == {
        "docpipe.job_id": "j1",
        "docpipe.attempt": 2,
        "messaging.system": "postgres",
    }
    assert [(e.name, dict(e.attributes or {})) for e in span.events] == [
        ("exception", {"exception.type": "ValueError"})
    ]
    assert span.status.status_code is StatusCode.ERROR and not span.status.description
    assert span.kind is SpanKind.CONSUMER and span.context == SpanContext(0x1, 0x2, False)


def test_without_an_endpoint_no_sdk_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    assert not export_configured()
    assert init_tracing("docpipe-test") is False
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    assert current_trace_headers() == {}


def test_a_traceparent_is_read_back_and_a_malformed_one_ignored() -> None:
    ctx = context_from(TRACEPARENT, "vendor=1")
    assert ctx is not None
    span_context = trace.get_current_span(ctx).get_span_context()
    assert format(span_context.trace_id, "032x") == "0af7651916cd43dd8448eb211c80319c"
    assert context_from("00-not-a-trace-01") is None
    assert context_from(None) is None


def _record(exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    record = logging.LogRecord(
        "dramatiq.worker", logging.WARNING, __file__, 1, "job %s", ("j1",), exc_info
    )
    LogContextFilter().filter(record)
    return record


def test_a_json_line_carries_the_context_and_no_exception_text() -> None:
    bind_log_context(correlation_id="cid-12345678", job_id="j1", stage="ocr", shell_file_id="s1")
    try:
        try:
            raise ValueError("Patient Jane Doe DOB 01/02/1970")
        except ValueError as exc:
            line = json.loads(JsonFormatter().format(_record(exc)))
            plain = PlainFormatter().format(_record(exc))
    finally:
        clear_log_context()
    assert line["message"] == "job j1" and line["logger"] == "dramatiq.worker"
    assert line["level"] == "WARNING" and line["timestamp"]
    assert (line["correlation_id"], line["job_id"], line["stage"]) == ("cid-12345678", "j1", "ocr")
    assert line["trace_id"] is None and line["span_id"] is None  # no span: no trace id
    assert "ValueError" in line["exception"]
    for text in (json.dumps(line), plain):
        assert "Jane Doe" not in text and "01/02/1970" not in text
    assert "cid=cid-12345678" in plain


def test_log_format_chooses_json_or_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_FORMAT", "json")
    assert json_wanted(default_json=False)
    monkeypatch.setenv("LOG_FORMAT", "plain")
    assert not json_wanted(default_json=True)
    monkeypatch.delenv("LOG_FORMAT")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert json_wanted(default_json=True) and not json_wanted(default_json=False)
