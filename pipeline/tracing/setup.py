"""SDK and exporter wiring from the standard ``OTEL_*`` variables only.

``OTEL_EXPORTER_OTLP_ENDPOINT`` (or ``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT``) unset:
nothing is installed, the API stays a no-op and tracing costs ~nothing. Set: an
SDK provider (sampler from ``OTEL_TRACES_SAMPLER``, resource from
``OTEL_SERVICE_NAME``/``OTEL_RESOURCE_ATTRIBUTES``) exports in batches over
OTLP/HTTP, every span through the PHI allow-list first.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

from opentelemetry import trace

from pipeline.tracing.allowlist import filter_span

logger = logging.getLogger(__name__)

ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")

_lock = threading.Lock()
_provider: Any = None


def export_configured() -> bool:
    return any(os.environ.get(name) for name in ENDPOINT_VARIABLES) and (
        os.environ.get("OTEL_SDK_DISABLED", "").lower() != "true"
    )


def init_tracing(default_service_name: str) -> bool:
    """Install the SDK provider once per process, if export is configured."""
    global _provider
    if not export_configured():
        return False
    with _lock:
        if _provider is not None:
            return True
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
        from opentelemetry.sdk.trace.export import (
            BatchSpanProcessor,
            SpanExporter,
            SpanExportResult,
        )

        class AllowListExporter(SpanExporter):
            """The OTLP exporter behind the PHI allow-list."""

            def __init__(self, inner: SpanExporter) -> None:
                self.inner = inner

            def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
                return self.inner.export([filter_span(span) for span in spans])

            def shutdown(self) -> None:
                self.inner.shutdown()

            def force_flush(self, timeout_millis: int = 30_000) -> bool:
                return self.inner.force_flush(timeout_millis)

        attributes = (
            {} if os.environ.get("OTEL_SERVICE_NAME") else {"service.name": default_service_name}
        )
        provider = TracerProvider(resource=Resource.create(attributes))
        provider.add_span_processor(BatchSpanProcessor(AllowListExporter(OTLPSpanExporter())))
        trace.set_tracer_provider(provider)
        _provider = provider
    logger.info("tracing: exporting spans over OTLP/HTTP")
    return True


def flush_tracing(timeout_millis: int = 10_000) -> None:
    """Export what is buffered (worker shutdown, end of the demo, hook exit)."""
    provider = _provider
    if provider is None:
        return
    try:
        provider.force_flush(timeout_millis)
    except Exception as exc:  # noqa: BLE001 - a collector away must not fail a shutdown
        logger.warning("tracing: flush failed (%s)", type(exc).__name__)
