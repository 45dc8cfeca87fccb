"""Thin, typed wrappers over the job RPCs (sql/functions/050_jobs.sql)."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from pipeline.db import DictConnection
from pipeline.errors import DocpipeError
from pipeline.metrics import events
from pipeline.sqlfiles import query


def _one(row: dict[str, Any] | None) -> dict[str, Any]:
    if row is None:  # a function call always returns one row
        raise DocpipeError("job RPC returned no row", code="rpc_no_row")
    return row


@dataclass
class Claim:
    """This worker's hold on one job: the fencing token and the lost-lease signal."""

    job: dict[str, Any]
    worker_id: str
    lost: threading.Event = field(default_factory=threading.Event)
    # Only while a stage is in its work phase may the heartbeat interrupt it.
    interruptible: bool = False

    @property
    def job_id(self) -> uuid.UUID:
        return uuid.UUID(str(self.job["id"]))

    @property
    def lease_token(self) -> uuid.UUID:
        return uuid.UUID(str(self.job["lease_token"]))

    @property
    def attempt(self) -> int:
        return int(self.job["attempt"])


@dataclass(frozen=True)
class ClaimResult:
    outcome: str  # claimed | leased | not_due | done | dead | missing
    claim: Claim | None = None


def claim_job(
    conn: DictConnection, job_id: str | uuid.UUID, worker_id: str, lease_seconds: int | None = None
) -> ClaimResult:
    row = conn.execute(
        query("job_claim"),
        {"job_id": str(job_id), "worker_id": worker_id, "lease_seconds": lease_seconds},
    ).fetchone()
    result = _one(row)["result"]
    if result["outcome"] != "claimed":
        return ClaimResult(result["outcome"])
    return ClaimResult("claimed", Claim(job=result["job"], worker_id=worker_id))


def heartbeat(conn: DictConnection, claim: Claim, lease_seconds: int | None = None) -> bool:
    row = conn.execute(
        query("job_heartbeat"),
        {
            "job_id": claim.job_id,
            "worker_id": claim.worker_id,
            "lease_token": claim.lease_token,
            "lease_seconds": lease_seconds,
        },
    ).fetchone()
    return bool(row and row["ok"])


def complete(conn: DictConnection, claim: Claim, result: dict[str, Any] | None) -> bool:
    row = conn.execute(
        query("job_complete"),
        {
            "job_id": claim.job_id,
            "worker_id": claim.worker_id,
            "lease_token": claim.lease_token,
            "result": Jsonb(result) if result is not None else None,
        },
    ).fetchone()
    ok = bool(row and row["ok"])
    events.job_completed(claim.job, ok)  # metrics: a no-op while they are off
    return ok


def fail(
    conn: DictConnection,
    claim: Claim,
    *,
    code: str,
    message: str,
    retryable: bool,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    row = conn.execute(
        query("job_fail"),
        {
            "job_id": claim.job_id,
            "worker_id": claim.worker_id,
            "lease_token": claim.lease_token,
            "code": code,
            "message": message,
            "retryable": retryable,
            "details": Jsonb(details) if details else None,
        },
    ).fetchone()
    result = dict(_one(row)["result"])
    events.job_failed(claim.job, code, str(result.get("outcome")))
    return result


def reschedule(
    conn: DictConnection, claim: Claim, *, delay_seconds: float, reason: str
) -> datetime | None:
    row = conn.execute(
        query("job_reschedule"),
        {
            "job_id": claim.job_id,
            "delay_seconds": delay_seconds,
            "reason": reason,
            "worker_id": claim.worker_id,
            "lease_token": claim.lease_token,
        },
    ).fetchone()
    when: datetime | None = row["scheduled_at"] if row else None
    events.job_rescheduled(claim.job, reason, when is not None)
    return when


def enqueue(
    conn: DictConnection,
    *,
    job_type: str,
    job_name: str,
    payload: dict[str, Any],
    idempotency_key: str | None,
    correlation_id: str,
    traceparent: str | None = None,
    parent_job_id: str | uuid.UUID | None = None,
    priority: int = 5,
    scheduled_at: datetime | None = None,
) -> tuple[uuid.UUID, bool]:
    """Insert a job row in the caller's transaction (the outbox). Returns (id, created)."""
    row = conn.execute(
        query("job_enqueue"),
        {
            "job_type": job_type,
            "job_name": job_name,
            "payload": Jsonb(payload),
            "idempotency_key": idempotency_key,
            "correlation_id": correlation_id,
            "traceparent": traceparent,
            "parent_job_id": str(parent_job_id) if parent_job_id else None,
            "priority": priority,
            "scheduled_at": scheduled_at,
        },
    ).fetchone()
    row = _one(row)
    return uuid.UUID(str(row["job_id"])), bool(row["created"])


def get_job(conn: DictConnection, job_id: str | uuid.UUID) -> dict[str, Any] | None:
    row = conn.execute(query("job_get"), {"job_id": str(job_id)}).fetchone()
    return dict(row) if row else None


def config_int(conn: DictConnection, key: str, default: int) -> int:
    row = conn.execute(query("config_int"), {"key": key, "default": default}).fetchone()
    return int(row["value"]) if row else default
