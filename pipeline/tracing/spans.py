"""Span helpers for pipeline code (API only): the tracer and W3C context on jobs."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from pipeline.errors import CODED_ERRORS
from pipeline.logcontext import current_log_context

_propagator = TraceContextTextMapPropagator()

TRACER_NAME = "docpipe"


def tracer() -> trace.Tracer:
    return trace.get_tracer(TRACER_NAME)


def context_from(
    traceparent: str | None, tracestate: str | None = None
) -> otel_context.Context | None:
    """The remote parent a ``traceparent`` names (None when absent or malformed)."""
    if not traceparent:
        return None
    carrier = {"traceparent": traceparent}
    if tracestate:
        carrier["tracestate"] = tracestate
    ctx = _propagator.extract(carrier)
    if not trace.get_current_span(ctx).get_span_context().is_valid:
        return None
    return ctx


def current_trace_headers(ctx: otel_context.Context | None = None) -> dict[str, str]:
    """``traceparent`` (+ ``tracestate``) of the current span; empty when it is a no-op."""
    carrier: dict[str, str] = {}
    _propagator.inject(carrier, context=ctx)
    return carrier


def current_span_is_real() -> bool:
    return trace.get_current_span().get_span_context().is_valid


def broker_system(broker: Any) -> str:
    """``messaging.system`` for a Dramatiq broker: postgres, redis, rabbitmq, stub.

    A broker of our own may name its system (adapters/brokers/postgres.py)."""
    declared = getattr(broker, "messaging_system", None)
    if isinstance(declared, str):
        return declared
    name = type(broker).__name__.lower()
    return name.removesuffix("broker") or "dramatiq"


def set_error(span: trace.Span, code: str, exc: BaseException | None = None) -> None:
    """Mark a span failed with our error code and the exception's type, never its text."""
    span.set_attribute("docpipe.error_code", code)
    if exc is not None:
        span.set_attribute("error.type", type(exc).__name__)
    span.set_status(trace.StatusCode.ERROR)


@contextmanager
def work_span(
    name: str,
    attributes: Mapping[str, Any] | None = None,
    *,
    kind: trace.SpanKind = trace.SpanKind.INTERNAL,
    not_failures: tuple[type[BaseException], ...] = (),
) -> Iterator[trace.Span]:
    """A child of the current span for one unit of a stage's work (a page, a vendor
    call, a quota wait), carrying the document's ids from the log context, so an
    adapter needs no ids of its own. An exception marks it failed with our error code
    (or ``unexpected_error``) and the exception's type, never its text; one of
    ``not_failures`` (an expected outcome, e.g. RateLimited) passes through unmarked."""
    ids = current_log_context()
    attrs: dict[str, Any] = {f"docpipe.{key}": value for key, value in ids.items()}
    attrs.update(attributes or {})
    with tracer().start_as_current_span(
        name, kind=kind, attributes=attrs, record_exception=False, set_status_on_exception=False
    ) as span:
        try:
            yield span
        except not_failures:
            raise
        except CODED_ERRORS as exc:  # our errors and interrupts (a lost lease): their code
            set_error(span, exc.code, exc)
            raise
        except BaseException as exc:  # a foreign error, Dramatiq's time limit: type only
            set_error(span, "unexpected_error", exc)
            raise
