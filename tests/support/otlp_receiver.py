"""A real OTLP/HTTP trace receiver for tests: ``POST /v1/traces`` (protobuf).

Decodes each ExportTraceServiceRequest with ``opentelemetry-proto`` and keeps
the spans, flattened, so tests can check one document's trace as a collector
(Jaeger) would see it.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from tests.support.quiet_server import QuietHTTPServer

#: Span kinds as OTLP numbers them.
SERVER, CLIENT, CONSUMER, PRODUCER = 2, 3, 5, 4
KIND_NAMES = {
    1: "INTERNAL",
    SERVER: "SERVER",
    CLIENT: "CLIENT",
    PRODUCER: "PRODUCER",
    5: "CONSUMER",
}


def _value(value: AnyValue) -> Any:
    kind = value.WhichOneof("value")
    if kind == "array_value":
        return [_value(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return _attributes(value.kvlist_value.values)
    return getattr(value, kind) if kind else None


def _attributes(pairs: Any) -> dict[str, Any]:
    return {kv.key: _value(kv.value) for kv in pairs if isinstance(kv, KeyValue)}


@dataclass(frozen=True)
class ReceivedSpan:
    trace_id: str
    span_id: str
    parent_span_id: str
    name: str
    kind: int
    service: str
    attributes: dict[str, Any]
    events: list[tuple[str, dict[str, Any]]]
    status_code: int
    status_message: str
    start_ns: int


def _flatten(span: Any, service: str) -> ReceivedSpan:
    return ReceivedSpan(
        trace_id=span.trace_id.hex(),
        span_id=span.span_id.hex(),
        parent_span_id=span.parent_span_id.hex(),
        name=span.name,
        kind=span.kind,
        service=service,
        attributes=_attributes(span.attributes),
        events=[(e.name, _attributes(e.attributes)) for e in span.events],
        status_code=span.status.code,
        status_message=span.status.message,
        start_ns=span.start_time_unix_nano,
    )


@dataclass
class OtlpReceiver:
    url: str = ""
    requests: int = 0
    spans: list[ReceivedSpan] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, body: bytes) -> None:
        request = ExportTraceServiceRequest.FromString(body)
        found = [
            _flatten(span, str(_attributes(rs.resource.attributes).get("service.name", "")))
            for rs in request.resource_spans
            for scope_spans in rs.scope_spans
            for span in scope_spans.spans
        ]
        with self.lock:
            self.requests += 1
            self.spans.extend(found)

    def snapshot(self) -> list[ReceivedSpan]:
        with self.lock:
            return list(self.spans)

    def trace_of(self, correlation_id: str) -> list[ReceivedSpan]:
        """Every span of the trace(s) whose spans carry ``correlation_id``."""
        spans = self.snapshot()
        traces = {
            s.trace_id
            for s in spans
            if s.attributes.get("docpipe.correlation_id") == correlation_id
        }
        return sorted((s for s in spans if s.trace_id in traces), key=lambda s: s.start_ns)


def render_tree(spans: list[ReceivedSpan], keys: tuple[str, ...] = ()) -> str:
    """One trace as an indented tree (name [KIND] status, then the chosen attributes
    and the event names), children in start order: for failure messages and docs."""
    children: dict[str, list[ReceivedSpan]] = {}
    ids = {s.span_id for s in spans}
    for span in sorted(spans, key=lambda s: s.start_ns):
        parent = span.parent_span_id if span.parent_span_id in ids else ""
        children.setdefault(parent, []).append(span)
    lines: list[str] = []

    def walk(parent: str, depth: int) -> None:
        for span in children.get(parent, []):
            attrs = " ".join(f"{k}={span.attributes[k]}" for k in keys if k in span.attributes)
            events = ",".join(name for name, _ in span.events)
            status = " ERROR" if span.status_code == 2 else ""
            line = f"{'  ' * depth}{span.name} [{KIND_NAMES.get(span.kind, span.kind)}]{status}"
            lines.append(
                " ".join(p for p in (line, attrs, f"events={events}" if events else "") if p)
            )
            walk(span.span_id, depth + 1)

    walk("", 0)
    return "\n".join(lines)


def _handler(receiver: OtlpReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if self.headers.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            if self.path != "/v1/traces" or "protobuf" not in (
                self.headers.get("content-type") or ""
            ):
                self.send_response(404)
                self.end_headers()
                return
            receiver.add(body)
            reply = ExportTraceServiceResponse().SerializeToString()
            self.send_response(200)
            self.send_header("content-type", "application/x-protobuf")
            self.send_header("content-length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


@contextmanager
def otlp_receiver() -> Iterator[OtlpReceiver]:
    receiver = OtlpReceiver()
    server = QuietHTTPServer(("127.0.0.1", 0), _handler(receiver))
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
