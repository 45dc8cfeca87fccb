"""Intake: record an upload exactly once and start its pipeline (the outbox way).

One transaction creates the shell_files row and the first stage's job row; the
broker message is sent after commit. One document per stored object version:
a repeat with the same key, or the same object registered through the other door
(client hook vs storage webhook), returns the same ids and creates nothing
(rules in ``sql/functions/060_intake.sql``).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg_pool import ConnectionPool

from pipeline import flow
from pipeline.db import DictConnection
from pipeline.errors import DocpipeError
from pipeline.ledger.outbox import Dispatcher
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)


class IdempotencyConflict(DocpipeError):
    """The idempotency key was already used for a different upload."""

    code = "idempotency_key_reused"


@dataclass(frozen=True)
class UploadRequest:
    """One registration of an upload.

    ``uploaded_by`` is None for an object stored with the service key (no user owns
    it); it is then attributed to the patient its path names, and the caller must
    pass ``check_access=False``. ``storage_object_id``/``storage_object_version``
    (from the storage webhook) identify the stored bytes: same id + version is the
    same document, a new version is a new document.
    """

    patient_id: uuid.UUID
    uploaded_by: uuid.UUID | None
    storage_path: str
    original_filename: str
    mime_type: str
    file_size_bytes: int
    idempotency_key: str | None
    priority: int = 5
    traceparent: str | None = None
    storage_object_id: uuid.UUID | None = None
    storage_object_version: str | None = None
    #: A well-formed id from the caller (X-Correlation-ID); None: the database mints one.
    correlation_id: str | None = None


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


class UploadForbidden(DocpipeError):
    """The uploader may not upload documents for this patient."""

    code = "forbidden"


class UnknownPatient(DocpipeError):
    """No active profile has this id (trusted registrations only)."""

    code = "unknown_patient"


def create_upload(
    conn: DictConnection, req: UploadRequest, *, check_access: bool = False
) -> UploadResult:
    """The document and its first job, in one call (``intake_upload_v2``), in the
    caller's transaction. With ``check_access`` the uploader's right is checked too."""
    with conn.transaction():
        if req.correlation_id:
            # Read by the shell_files insert trigger (migration 0070) and the audit trail.
            conn.execute(query("session_correlation_set"), {"correlation_id": req.correlation_id})
        return _intake(conn, req, check_access=check_access)


def _intake(conn: DictConnection, req: UploadRequest, *, check_access: bool) -> UploadResult:
    row = conn.execute(
        query("intake_upload"),
        {
            "patient_id": req.patient_id,
            "uploaded_by": req.uploaded_by,
            "original_filename": req.original_filename,
            "storage_path": req.storage_path,
            "mime_type": req.mime_type,
            "file_size_bytes": req.file_size_bytes,
            "idempotency_key": req.idempotency_key,
            "priority": req.priority,
            "traceparent": req.traceparent,
            "check_access": check_access,
            "storage_object_id": req.storage_object_id,
            "storage_object_version": req.storage_object_version,
        },
    ).fetchone()
    if row is None:
        raise DocpipeError("intake returned no row", code="rpc_no_row")
    result = row["result"]
    if result["outcome"] == "forbidden":
        raise UploadForbidden("you may not upload documents for this patient")
    if result["outcome"] == "unknown_patient":
        raise UnknownPatient("no such patient")
    if result["outcome"] == "conflict":
        raise IdempotencyConflict("this Idempotency-Key was used for a different upload")
    start = result.get("expected_start_at")
    return UploadResult(
        shell_file_id=uuid.UUID(result["shell_file_id"]),
        job_id=uuid.UUID(result["job_id"]),
        correlation_id=result["correlation_id"],
        created=result["outcome"] == "created",
        status=result["status"],
        expected_start_at=datetime.fromisoformat(start) if start else None,
        patient_id=req.patient_id,
        traceparent=req.traceparent,
    )


def submit_upload(
    pool: ConnectionPool[DictConnection],
    dispatcher: Dispatcher | None,
    req: UploadRequest,
    *,
    check_access: bool = False,
) -> UploadResult:
    """create_upload as its own transaction (one statement), then the first message.

    The upload is committed before the message is sent; if sending fails (broker
    or database gone), the outbox relay (``docpipe maintain``) sends it later, so
    the caller still gets the committed ids.
    """
    with pool.connection() as conn:
        result = create_upload(conn, req, check_access=check_access)
    if result.created and result.job_id is not None and dispatcher is not None:
        try:
            dispatcher.dispatch(result.first_job())
        except Exception as exc:  # noqa: BLE001 - the relay retries; the upload is safe
            logger.warning(
                "first message for job %s not sent (%s); the outbox relay will send it",
                result.job_id,
                type(exc).__name__,
            )
    return result
