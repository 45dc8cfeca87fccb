"""``docpipe status ID``: where a document is, stage by stage, and what to do about it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.operator.errors import NotFound
from pipeline.operator.explain import PERMANENT, advice, error_class, explain_job
from pipeline.operator.render import Style, iso, table, write_json
from pipeline.sqlfiles import query

FINISHED = frozenset({"completed", "failed", "cancelled", "archived"})


def load(
    conn: DictConnection, shell_file_id: uuid.UUID
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    doc = conn.execute(query("ops_document"), {"shell_file_id": shell_file_id}).fetchone()
    if doc is None:
        raise NotFound("no document has this id", code="unknown_document")
    stages = conn.execute(query("ops_document_jobs"), {"shell_file_id": shell_file_id}).fetchall()
    return dict(doc), [dict(row) for row in stages]


def document_advice(doc: dict[str, Any], stages: list[dict[str, Any]]) -> str | None:
    """What an operator can do, from the stage that stopped the document."""
    if doc["status"] == "cancelled":
        return "cancelled by an operator; to process it, upload it again"
    failed = [s for s in stages if s.get("status") == "failed"]
    if failed:
        return advice(failed[0])
    if doc["status"] == "failed":
        # The dead letter was purged; the document keeps its error code.
        code = (doc.get("processing_error") or {}).get("code") or "unknown_error"
        return f"failed with {code} (dead letter purged); fix the file and upload again"
    return None


def _job_view(stage: dict[str, Any], now: datetime) -> dict[str, Any]:
    tries = int(stage["max_retries"]) + 1 if stage.get("max_retries") is not None else None
    return {
        "stage": stage["stage"],
        "stage_status": stage["stage_status"],
        "job_id": stage.get("id"),
        "status": stage.get("status") or "not started",
        "attempt": stage.get("attempt"),
        "attempts_allowed": tries,
        "error_code": stage.get("last_error"),
        "error_class": error_class(stage) if stage.get("last_error") else None,
        "scheduled_at": stage.get("scheduled_at"),
        "started_at": stage.get("started_at"),
        "finished_at": stage.get("completed_at"),
        "note": explain_job(stage, now),
    }


def status_view(conn: DictConnection, shell_file_id: uuid.UUID) -> dict[str, Any]:
    doc, stages = load(conn, shell_file_id)
    now = datetime.now(UTC)
    error = doc.get("processing_error") or None
    return {
        "shell_file_id": doc["id"],
        "status": doc["status"],
        "correlation_id": doc["correlation_id"],
        "uploaded_at": doc["created_at"],
        # Only a document that stopped has an end (a redrive reopens a failed one).
        "finished_at": doc["processing_completed_at"] if doc["status"] in FINISHED else None,
        "cancelled_at": doc["cancelled_at"],
        "error": {
            "code": error.get("code"),
            "stage": error.get("stage"),
            "attempt": error.get("attempt"),
            "class": error_class({"last_error": error.get("code"), **_failed_fields(stages)}),
        }
        if error
        else None,
        "advice": document_advice(doc, stages),
        "stages": [_job_view(s, now) for s in stages],
    }


def _failed_fields(stages: list[dict[str, Any]]) -> dict[str, Any]:
    for s in stages:
        if s.get("status") == "failed":
            return {
                "last_failure": s.get("last_failure"),
                "dead_letter_reason": s.get("dead_letter_reason"),
            }
    return {}


def print_status(
    conn: DictConnection, shell_file_id: uuid.UUID, out: TextIO, style: Style, *, as_json: bool
) -> int:
    view = status_view(conn, shell_file_id)
    if as_json:
        write_json(out, view)
        return 0
    out.write(
        f"document {view['shell_file_id']}  status {style.status(view['status'])}  "
        f"correlation {view['correlation_id']}\n"
        f"  uploaded {iso(view['uploaded_at'])}"
        + (f"  finished {iso(view['finished_at'])}" if view["finished_at"] else "")
        + "\n"
    )
    err = view["error"]
    if err:
        out.write(
            f"  error: {err['code']} at {err['stage']} (attempt {err['attempt']}, "
            f"{err['class'] or 'transient'})\n"
        )
    if view["advice"]:
        colour = "red" if err and err["class"] == PERMANENT else "yellow"
        out.write(f"  advice: {style.paint(view['advice'], colour)}\n")
    rows = [
        [
            s["stage"],
            style.status(s["status"]),
            f"{s['attempt']}/{s['attempts_allowed']}" if s["job_id"] and s["attempt"] else "-",
            str(s["job_id"]) if s["job_id"] else "-",
            s["note"],
        ]
        for s in view["stages"]
    ]
    out.write("\n" + table(["STAGE", "STATUS", "ATTEMPT", "JOB", "NOTE"], rows, style))
    return 0
