"""Sending the broker message for a job row, after its transaction committed.

The row was written in the same transaction as the business change (the
outbox); this module sends the message and marks the row dispatched. If the
process dies in between, the relay (maintenance.py) sends it later; if both
send, the ledger's claim skips the duplicate.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import dramatiq
from psycopg_pool import ConnectionPool

from pipeline import flow
from pipeline.db import DictConnection
from pipeline.messages import make_envelope
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)


def declare_stage_queues(broker: dramatiq.Broker) -> None:
    """Let a process send to every stage queue without importing the actors."""
    for stage in flow.STAGES:
        broker.declare_queue(stage.name)


class Dispatcher:
    def __init__(self, broker: dramatiq.Broker, pool: ConnectionPool[DictConnection]) -> None:
        self.broker = broker
        self.pool = pool

    def message_for(self, job: dict[str, Any]) -> dramatiq.Message[Any]:
        stage = flow.BY_JOB_TYPE[job["job_type"]]
        envelope = make_envelope(
            job_id=job["id"],
            shell_file_id=job["shell_file_id"],
            patient_id=job["patient_id"],
            correlation_id=job["correlation_id"],
            stage=stage.name,
        )
        options: dict[str, Any] = {}
        if job.get("traceparent"):
            options["traceparent"] = job["traceparent"]
        return dramatiq.Message(
            queue_name=stage.name,
            actor_name=stage.actor_name,
            args=(envelope,),
            kwargs={},
            options=options,
        )

    def dispatch(self, job: dict[str, Any]) -> str:
        """Send the job's message (delayed until its scheduled time); returns the message id."""
        message = self.message_for(job)
        delay_ms = _delay_ms(job.get("scheduled_at"))
        self.broker.enqueue(message, delay=delay_ms or None)
        with self.pool.connection() as conn:
            conn.execute(
                query("job_mark_dispatched"),
                {"job_id": str(job["id"]), "message_id": message.message_id},
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
