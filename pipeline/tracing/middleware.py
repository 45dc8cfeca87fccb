"""Dramatiq tracing middleware: a CONSUMER span around each stage run.

Its parent is the ``traceparent`` the message carries, else the job row's (a
message re-sent by another door still joins the document's trace). Add it after
LedgerMiddleware (bootstrap.configure does): the claim it reads is taken there, and
skipped messages get no span.

An attempt that follows a rescue (the reaper took the job back from a killed or
silent worker) gets a ``docpipe.rescue`` event naming the job, the lost attempt and
the reaper's code. The lost attempt's own span is never exported: its process died
before the span ended.
"""

from __future__ import annotations

import contextvars
import logging
from contextlib import suppress
from typing import Any

import dramatiq
import psycopg
from dramatiq.broker import MessageProxy
from dramatiq.middleware import Middleware
from opentelemetry import context as otel_context
from opentelemetry import trace

from pipeline.errors import DocpipeError
from pipeline.ledger.jobs import Claim
from pipeline.logcontext import bind_process_context
from pipeline.middleware import current_claim
from pipeline.runtime import get_runtime
from pipeline.sqlfiles import query
from pipeline.tracing.logs import install_log_context
from pipeline.tracing.setup import flush_tracing, init_tracing
from pipeline.tracing.spans import broker_system, context_from, tracer

logger = logging.getLogger(__name__)

_active: contextvars.ContextVar[tuple[trace.Span, object] | None] = contextvars.ContextVar(
    "docpipe_consumer_span", default=None
)


class TracingMiddleware(Middleware):
    def __init__(self, service_name: str = "docpipe-worker") -> None:
        self.service_name = service_name

    def after_process_boot(self, broker: dramatiq.Broker) -> None:
        install_log_context(default_json=True)
        init_tracing(self.service_name)

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        with suppress(DocpipeError):  # no runtime in this process (a test's bare broker)
            bind_process_context(worker_id=get_runtime().worker_id)

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        # The worker threads have stopped: every consumer span has ended.
        flush_tracing()

    def before_process_message(self, broker: dramatiq.Broker, message: MessageProxy) -> None:
        claim = current_claim.get()
        if claim is None or not message.actor_name.startswith("docpipe."):
            return
        parent = context_from(
            message.options.get("traceparent"), message.options.get("tracestate")
        ) or context_from(claim.job.get("traceparent"), claim.job.get("tracestate"))
        envelope = message.args[0] if message.args else {}
        stage = str(envelope.get("stage") or message.queue_name)
        span = tracer().start_span(
            f"{stage} process",
            context=parent,
            kind=trace.SpanKind.CONSUMER,
            attributes={
                "messaging.system": broker_system(broker),
                "messaging.destination.name": message.queue_name,
                "messaging.message.id": message.message_id,
                "messaging.operation.type": "process",
                "docpipe.job_id": str(claim.job_id),
                "docpipe.shell_file_id": str(envelope.get("shell_file_id", "")),
                "docpipe.stage": stage,
                "docpipe.attempt": int(claim.attempt),
                "docpipe.correlation_id": str(envelope.get("correlation_id", "")),
            },
        )
        if claim.attempt > 1:
            _mark_rescue(span, claim)
        token = otel_context.attach(trace.set_span_in_context(span))
        _active.set((span, token))

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        self._end(exception)

    def after_skip_message(self, broker: dramatiq.Broker, message: MessageProxy) -> None:
        self._end(None)

    @staticmethod
    def _end(exception: BaseException | None) -> None:
        active = _active.get()
        if active is None:
            return
        _active.set(None)
        span, token = active
        if exception is not None:  # an interrupt (time limit, shutdown): type only
            span.set_attribute("error.type", type(exception).__name__)
            span.set_status(trace.StatusCode.ERROR)
        span.end()
        otel_context.detach(token)  # type: ignore[arg-type]


def _mark_rescue(span: trace.Span, claim: Claim) -> None:
    """A ``docpipe.rescue`` event when the reaper took the previous attempt back.

    One indexed read, only on attempts after the first; tracing never fails a job."""
    if not span.is_recording():
        return
    lost = claim.attempt - 1
    try:
        with get_runtime().pool.connection() as conn:
            row = conn.execute(
                query("job_rescue_of_attempt"), {"job_id": str(claim.job_id), "attempt": lost}
            ).fetchone()
    except (psycopg.Error, DocpipeError) as exc:
        logger.debug("rescue lookup failed (%s)", type(exc).__name__)
        return
    if row is not None:
        span.add_event(
            "docpipe.rescue",
            {
                "docpipe.job_id": str(claim.job_id),
                "docpipe.attempt": lost,
                "docpipe.error_code": str(row["code"]),
            },
        )
