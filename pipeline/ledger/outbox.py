"""Sending the broker message for a job row, after its transaction committed.

The row was written in the same transaction as the business change (the
outbox); this module sends the message and marks the row dispatched. If the
process dies in between, the relay (maintenance.py) sends it later; if both
send, the ledger's claim skips the duplicate.

Each send is a PRODUCER span: a child of the current span (a stage run, the
hook's request) or, from the relay/reaper/redrive, of the row's own
``traceparent``. Its context goes into the message options and back onto the row,
so whoever sends the job next continues the same trace.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import dramatiq
from opentelemetry.trace import SpanKind
from psycopg_pool import ConnectionPool

from pipeline import flow
from pipeline.db import DictConnection
from pipeline.messages import make_envelope
from pipeline.sqlfiles import query
from pipeline.tracing.spans import (
    broker_system,
    context_from,
    current_span_is_real,
    current_trace_headers,
    tracer,
)

logger = logging.getLogger(__name__)


def declare_stage_queues(broker: dramatiq.Broker) -> None:
    """Let a process send to every stage queue without importing the actors."""
    for stage in flow.STAGES:
        broker.declare_queue(stage.name)


class Dispatcher:
    def __init__(self, broker: dramatiq.Broker, pool: ConnectionPool[DictConnection]) -> None:
        self.broker = broker
        self.pool = pool

    def message_for(
        self, job: dict[str, Any], trace_headers: dict[str, str] | None = None
    ) -> dramatiq.Message[Any]:
        """The job's message; ``trace_headers`` (the send span's) replace the row's."""
        stage = flow.BY_JOB_TYPE[job["job_type"]]
        envelope = make_envelope(
            job_id=job["id"],
            shell_file_id=job["shell_file_id"],
            patient_id=job["patient_id"],
            correlation_id=job["correlation_id"],
            stage=stage.name,
        )
        options: dict[str, Any] = {}
        if trace_headers:
            options.update(trace_headers)
        elif job.get("traceparent"):
            options["traceparent"] = job["traceparent"]
            if job.get("tracestate"):
                options["tracestate"] = job["tracestate"]
        return dramatiq.Message(
            queue_name=stage.name,
            actor_name=stage.actor_name,
            args=(envelope,),
            kwargs={},
            options=options,
        )

    def dispatch(self, job: dict[str, Any]) -> str:
        """Send the job's message (delayed until its scheduled time); returns the message id."""
        stage = flow.BY_JOB_TYPE[job["job_type"]].name
        # Inside a stage run or a request: its child. From the relay, the reaper or a
        # redrive (no span here): the child of the row's context, same trace.
        parent = (
            None
            if current_span_is_real()
            else context_from(job.get("traceparent"), job.get("tracestate"))
        )
        delay_ms = _delay_ms(job.get("scheduled_at"))
        with tracer().start_as_current_span(
            f"{stage} send",
            context=parent,
            kind=SpanKind.PRODUCER,
            attributes={
                "messaging.system": broker_system(self.broker),
                "messaging.destination.name": stage,
                "messaging.operation.type": "send",
                "docpipe.job_id": str(job["id"]),
                "docpipe.shell_file_id": str(job.get("shell_file_id") or ""),
                "docpipe.stage": stage,
                "docpipe.correlation_id": str(job.get("correlation_id") or ""),
                "docpipe.delay_ms": delay_ms,
            },
        ) as span:
            headers = current_trace_headers()
            message = self.message_for(job, headers)
            span.set_attribute("messaging.message.id", message.message_id)
            self.broker.enqueue(message, delay=delay_ms or None)
            with self.pool.connection() as conn:
                conn.execute(
                    query("job_mark_dispatched"),
                    {
                        "job_id": str(job["id"]),
                        "message_id": message.message_id,
                        "traceparent": headers.get("traceparent"),
                        "tracestate": headers.get("tracestate"),
                    },
                )
        logger.debug("dispatched job %s as message %s", job["id"], message.message_id)
        return message.message_id

    def dispatch_by_id(self, job_id: Any) -> str | None:
        with self.pool.connection() as conn:
            row = conn.execute(query("job_get"), {"job_id": str(job_id)}).fetchone()
        if row is None or row["status"] != "pending":
            return None
        return self.dispatch(dict(row))


def _delay_ms(scheduled_at: datetime | str | None) -> int:
    if scheduled_at is None:
        return 0
    if isinstance(scheduled_at, str):
        scheduled_at = datetime.fromisoformat(scheduled_at)
    delta = (scheduled_at - datetime.now(UTC)).total_seconds()
    return max(0, int(delta * 1000))
