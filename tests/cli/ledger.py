"""Put documents' jobs into every ledger state with the real job RPCs (050_jobs.sql)."""

from __future__ import annotations

import uuid
from typing import Any

from psycopg.types.json import Jsonb

from pipeline.intake import UploadRequest, create_upload
from tests.support import factories as f
from tests.support.pg import dict_connect

WORKER = "test-host:1:abcdef"


def make_document(db_url: str) -> tuple[uuid.UUID, uuid.UUID]:
    """A document recorded through intake: (shell_file_id, first job id)."""
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
        result = create_upload(
            conn,
            UploadRequest(
                patient_id=patient,
                uploaded_by=owner,
                storage_path=f"{patient}/{uuid.uuid4().hex}.pdf",
                original_filename="report.pdf",
                mime_type="application/pdf",
                file_size_bytes=1234,
                idempotency_key=uuid.uuid4().hex,
            ),
        )
    assert result.job_id is not None
    return result.shell_file_id, result.job_id


def claim(db_url: str, job_id: uuid.UUID, lease_seconds: int = 30) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute(
            "SELECT claim_job_v3(%s, %s, %s) AS r", (job_id, WORKER, lease_seconds)
        ).fetchone()
    assert row is not None and row["r"]["outcome"] == "claimed", row
    return dict(row["r"]["job"])


def fail(
    db_url: str, job: dict[str, Any], code: str, *, retryable: bool, stage: str = "security_scan"
) -> str:
    """fail_job, and on a dead letter the document's error as the stage runner marks it."""
    with dict_connect(db_url) as conn:
        row = conn.execute(
            "SELECT fail_job(%s, %s, %s, %s, %s, %s) AS r",
            (job["id"], WORKER, job["lease_token"], code, "test failure", retryable),
        ).fetchone()
        assert row is not None
        outcome = str(row["r"]["outcome"])
        if outcome == "dead_lettered":
            conn.execute(
                "SELECT mark_stage(%s, %s, 'failed', 'failed', NULL, %s, %s, %s)",
                (
                    job["shell_file_id"],
                    stage,
                    Jsonb({"code": code, "stage": stage, "attempt": job["attempt"]}),
                    job["id"],
                    WORKER,
                ),
            )
    return outcome


def dead_letter(db_url: str, job_id: uuid.UUID, code: str, *, permanent: bool) -> None:
    """Fail a job until it is in the dead letter (at once when permanent)."""
    set_retry_base(db_url, 0)  # retries due at once, so they can be claimed again now
    while True:
        job = claim(db_url, job_id)
        if fail(db_url, job, code, retryable=not permanent) == "dead_lettered":
            return


def complete(db_url: str, job: dict[str, Any]) -> None:
    with dict_connect(db_url) as conn:
        row = conn.execute(
            "SELECT complete_job(%s, %s, %s, NULL) AS ok", (job["id"], WORKER, job["lease_token"])
        ).fetchone()
    assert row is not None and row["ok"]


def reschedule(db_url: str, job: dict[str, Any], delay: float, reason: str) -> None:
    with dict_connect(db_url) as conn:
        conn.execute(
            "SELECT reschedule_job(%s, %s, %s, false, %s, %s)",
            (job["id"], delay, reason, WORKER, job["lease_token"]),
        )


def set_retry_base(db_url: str, seconds: int) -> None:
    with dict_connect(db_url) as conn:
        conn.execute(
            "UPDATE system_configuration SET config_value = to_jsonb(%s::int) "
            "WHERE config_key = 'worker.retry_base_seconds'",
            (seconds,),
        )


def job_row(db_url: str, job_id: uuid.UUID) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute("SELECT * FROM job_queue WHERE id = %s", (job_id,)).fetchone()
    assert row is not None
    return dict(row)


def doc_row(db_url: str, shell_file_id: uuid.UUID) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute("SELECT * FROM shell_files WHERE id = %s", (shell_file_id,)).fetchone()
    assert row is not None
    return dict(row)


def scalar(db_url: str, sql: str, *params: Any) -> Any:
    with dict_connect(db_url) as conn:
        row = conn.execute(sql, params).fetchone()
    assert row is not None
    return next(iter(row.values()))


def first(db_url: str, sql: str, *params: Any) -> Any:
    """The first column of the first row, or None when there is no row."""
    with dict_connect(db_url) as conn:
        row = conn.execute(sql, params).fetchone()
    return next(iter(row.values())) if row else None
