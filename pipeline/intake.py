"""Intake: record an upload exactly once and start its pipeline (the outbox way).

One transaction creates the shell_files row (idempotent per uploader + key) and
the first stage's job row; the broker message is sent after commit. A repeat
with the same key returns the same ids and creates nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg_pool import ConnectionPool

from pipeline import flow
from pipeline.db import DictConnection
from pipeline.errors import DocpipeError
from pipeline.ledger import jobs
from pipeline.ledger.outbox import Dispatcher
from pipeline.sqlfiles import query


class IdempotencyConflict(DocpipeError):
    """The idempotency key was already used for a different upload."""

    code = "idempotency_key_reused"


@dataclass(frozen=True)
class UploadRequest:
    patient_id: uuid.UUID
    uploaded_by: uuid.UUID
    storage_path: str
    original_filename: str
    mime_type: str
    file_size_bytes: int
    idempotency_key: str
    priority: int = 5
    traceparent: str | None = None


@dataclass(frozen=True)
class UploadResult:
    shell_file_id: uuid.UUID
    job_id: uuid.UUID | None
    correlation_id: str
    created: bool
    status: str
    expected_start_at: datetime | None = None
    patient_id: uuid.UUID | None = None
    traceparent: str | None = None

    def first_job(self) -> dict[str, Any]:
        """The first stage's job as the dispatcher needs it (no need to read it back)."""
        return {
            "id": self.job_id,
            "job_type": flow.FIRST_STAGE.job_type,
            "shell_file_id": self.shell_file_id,
            "patient_id": self.patient_id,
            "correlation_id": self.correlation_id,
            "traceparent": self.traceparent,
            "scheduled_at": self.expected_start_at,
        }


def create_upload(conn: DictConnection, req: UploadRequest) -> UploadResult:
    """Insert the document and its first job in the caller's transaction."""
    params = {
        "patient_id": req.patient_id,
        "uploaded_by": req.uploaded_by,
        "original_filename": req.original_filename,
        "storage_path": req.storage_path,
        "mime_type": req.mime_type,
        "file_size_bytes": req.file_size_bytes,
        "idempotency_key": req.idempotency_key,
        "priority": req.priority,
    }
    row = conn.execute(query("shell_file_create"), params).fetchone()
    created = row is not None
    if row is None:
        # ON CONFLICT waited for the winner to commit, so its row is visible now.
        row = conn.execute(query("shell_file_by_key"), params).fetchone()
        if row is None:
            raise DocpipeError("the conflicting upload vanished", code="intake_race")
        same = (
            row["patient_id"] == req.patient_id
            and row["storage_path"] == req.storage_path
            and row["file_size_bytes"] == req.file_size_bytes
        )
        if not same:
            raise IdempotencyConflict("this Idempotency-Key was used for a different upload")
    first = flow.FIRST_STAGE
    start = conn.execute(query("intake_start_at"), {"lane": first.name}).fetchone()
    start_at: datetime | None = start["start_at"] if start else None
    job_id, created_job = jobs.enqueue(
        conn,
        job_type=first.job_type,
        job_name=first.name,
        payload={"shell_file_id": str(row["id"]), "patient_id": str(req.patient_id)},
        idempotency_key=flow.stage_job_key(str(row["id"]), first),
        correlation_id=row["correlation_id"],
        traceparent=req.traceparent,
        priority=req.priority,
        scheduled_at=start_at,
    )
    if not created_job:  # a repeat: report when the existing job is due
        existing = jobs.get_job(conn, job_id)
        start_at = existing["scheduled_at"] if existing else start_at
    return UploadResult(
        shell_file_id=row["id"],
        job_id=job_id,
        correlation_id=row["correlation_id"],
        created=created,
        status=row["status"],
        expected_start_at=start_at,
        patient_id=req.patient_id,
        traceparent=req.traceparent,
    )


def submit_upload(
    pool: ConnectionPool[DictConnection],
    dispatcher: Dispatcher | None,
    req: UploadRequest,
    authorize: Callable[[DictConnection], None] | None = None,
) -> UploadResult:
    """create_upload in its own transaction (after ``authorize``, if given, in the same
    transaction), then send the first message."""
    with pool.connection() as conn, conn.transaction():
        if authorize is not None:
            authorize(conn)
        result = create_upload(conn, req)
    if result.created and result.job_id is not None and dispatcher is not None:
        dispatcher.dispatch(result.first_job())
    return result
