"""Operator commands: where is a document ("why is it stuck?"), the dead letter, redrive.

Output is ids, codes, statuses and times only (no PHI).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.ledger.outbox import Dispatcher
from pipeline.sqlfiles import query


def explain_job(job: dict[str, Any], now: datetime) -> str:
    """One line saying why a job is where it is."""
    status = job["status"]
    if status == "completed":
        return "done"
    if status == "failed":
        return (
            f"dead letter since {job['dead_letter_at']:%H:%M:%S} ({job['last_error']}); redrive it"
        )
    if status == "processing":
        expires = job["lease_expires_at"]
        if expires and expires < now:
            return f"lease held by {job['worker_id']} expired; the reaper will rescue it"
        worker, attempt = job["worker_id"], job["attempt"]
        return f"running on {worker} (attempt {attempt}), lease until {expires:%H:%M:%S}"
    if status == "pending":
        waiting = job["scheduled_at"] > now
        if job.get("last_reschedule") and waiting:
            reason = job["last_reschedule"].get("reason")
            return f"waiting for capacity ({reason}) until {job['scheduled_at']:%H:%M:%S}"
        if job["retry_count"] and waiting:
            return f"in backoff after {job['last_error']} until {job['scheduled_at']:%H:%M:%S}"
        if job["dispatched_at"] is None:
            return "message not sent yet; the relay will send it"
        return "queued, waiting for a worker"
    return str(status)


def print_status(conn: DictConnection, shell_file_id: uuid.UUID, out: TextIO) -> int:
    row = conn.execute(query("shell_file_get"), {"shell_file_id": shell_file_id}).fetchone()
    if row is None:
        out.write("no such document\n")
        return 1
    out.write(
        f"document {row['id']}  status {row['status']}  correlation {row['correlation_id']}\n"
    )
    if row["processing_error"]:
        err = row["processing_error"]
        out.write(
            f"  error: {err.get('code')} at {err.get('stage')} (attempt {err.get('attempt')})\n"
        )
    now = datetime.now(UTC)
    for job in conn.execute(
        query("ops_document_jobs"), {"shell_file_id": shell_file_id}
    ).fetchall():
        out.write(f"  {job['job_type']:<20} {job['status']:<10} {explain_job(dict(job), now)}\n")
    return 0


def print_dead_letters(conn: DictConnection, out: TextIO, limit: int = 50) -> int:
    rows = conn.execute(query("ops_dead_letters"), {"limit": limit}).fetchall()
    for r in rows:
        out.write(
            f"{r['id']}  {r['job_type']:<20} {r['last_error'] or '-':<24} attempt {r['attempt']}  "
            f"{r['dead_letter_at']:%Y-%m-%d %H:%M:%S}  document {r['shell_file_id']}\n"
        )
    out.write(f"{len(rows)} dead-lettered job(s)\n")
    return 0


def redrive(
    conn: DictConnection,
    dispatcher: Dispatcher,
    *,
    job_id: uuid.UUID | None,
    job_type: str | None,
    error_code: str | None,
    limit: int,
    actor: str,
) -> list[str]:
    """Redrive one job or a filtered set, then send their messages right away."""
    if job_id is not None:
        row = conn.execute(
            query("job_redrive"), {"job_id": job_id, "reason": "operator redrive", "actor": actor}
        ).fetchone()
        ids = [str(job_id)] if row and row["ok"] else []
    else:
        rows = conn.execute(
            query("ops_redrive_filtered"),
            {
                "job_type": job_type,
                "error_code": error_code,
                "limit": limit,
                "reason": "operator redrive",
                "actor": actor,
            },
        ).fetchall()
        ids = [str(r["job_id"]) for r in rows]
    conn.commit()
    for redriven in ids:
        dispatcher.dispatch_by_id(redriven)
    return ids


def print_workers(conn: DictConnection, out: TextIO) -> int:
    rows = conn.execute(query("worker_list")).fetchall()
    for r in rows:
        state = "DEAD" if r["dead"] else "alive"
        out.write(
            f"{r['worker_id']:<40} {state:<6} jobs {r['running_jobs']:<3} "
            f"since {r['started_at']:%Y-%m-%d %H:%M:%S}  queues {','.join(r['queues'])}\n"
        )
    out.write(f"{len(rows)} registered worker process(es)\n")
    return 0
