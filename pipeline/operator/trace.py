"""``docpipe trace ID``: one document's stage timeline, read from the job ledger.

Per stage: when its last attempt started, how long it ran, how many attempts, the
waits (retry backoff and quota waits from ``job_events``; the queue wait of the last
attempt, from its due time to its claim) and the outcome. The happy path writes no
``job_events`` rows; the job row itself holds the times.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.operator.errors import NotFound
from pipeline.operator.explain import error_class
from pipeline.operator.render import Style, iso, seconds, table, write_json
from pipeline.operator.status import FINISHED
from pipeline.sqlfiles import query


def _outcome(job: dict[str, Any]) -> str:
    status = str(job["status"])
    if status == "failed":
        return f"dead letter ({job['last_error']}, {error_class(job) or 'transient'})"
    return {"processing": "running", "pending": "waiting"}.get(status, status)


def _stage_view(job: dict[str, Any], events: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    backoff = sum(e["delay_seconds"] or 0.0 for e in events if e["event"] == "retry_scheduled")
    quota = sum(
        e["delay_seconds"] or 0.0
        for e in events
        if e["event"] == "rescheduled" and str(e["reason"] or "").startswith("rate_limited")
    )
    other = sum(
        e["delay_seconds"] or 0.0
        for e in events
        if e["event"] == "rescheduled" and not str(e["reason"] or "").startswith("rate_limited")
    )
    started, due = job["started_at"], job["scheduled_at"]
    queue = (started - due).total_seconds() if started and due and started >= due else None
    end = job["completed_at"] or (now if job["status"] == "processing" else None)
    return {
        "stage": job["stage"],
        "job_id": job["id"],
        "status": job["status"],
        "enqueued_at": job["created_at"],
        "started_at": started,
        "finished_at": job["completed_at"],
        "duration_seconds": (end - started).total_seconds() if started and end else None,
        "attempts": job["attempt"],
        # attempts of earlier runs, before each redrive gave the job fresh ones
        "attempts_total": job["attempt"]
        + sum(e["attempt"] for e in events if e["event"] == "redriven"),
        "redrives": job["redrive_count"],
        "waits": {
            "backoff_seconds": round(backoff, 3),
            "quota_seconds": round(quota, 3),
            "rescheduled_seconds": round(other, 3),
            "queue_seconds": round(queue, 3) if queue is not None else None,
        },
        "outcome": _outcome(job),
        "events": [
            {
                "at": e["created_at"],
                "event": e["event"],
                "attempt": e["attempt"],
                "code": e["code"],
                "reason": e["reason"],
                "delay_seconds": e["delay_seconds"],
                "worker_id": e["worker_id"],
            }
            for e in events
        ],
    }


def trace_view(conn: DictConnection, shell_file_id: uuid.UUID) -> dict[str, Any]:
    doc = conn.execute(query("ops_document"), {"shell_file_id": shell_file_id}).fetchone()
    if doc is None:
        raise NotFound("no document has this id", code="unknown_document")
    jobs = [
        dict(r) for r in conn.execute(query("ops_trace_jobs"), {"shell_file_id": shell_file_id})
    ]
    events: dict[Any, list[dict[str, Any]]] = {}
    for e in conn.execute(query("ops_trace_events"), {"shell_file_id": shell_file_id}):
        events.setdefault(e["job_id"], []).append(dict(e))
    now = datetime.now(UTC)
    end = (
        (doc["processing_completed_at"] or doc["cancelled_at"])
        if doc["status"] in FINISHED
        else None
    )
    return {
        "shell_file_id": doc["id"],
        "status": doc["status"],
        "uploaded_at": doc["created_at"],
        "finished_at": end,
        "total_seconds": (end - doc["created_at"]).total_seconds() if end else None,
        "stages": [_stage_view(j, events.get(j["id"], []), now) for j in jobs],
    }


def _attempts(stage: dict[str, Any]) -> str:
    if not stage["redrives"]:
        return str(stage["attempts"])
    return f"{stage['attempts_total']} ({stage['redrives']} redrive)"


def _wait(value: float | None) -> str:
    return seconds(value) if value else "-"


def print_trace(
    conn: DictConnection, shell_file_id: uuid.UUID, out: TextIO, style: Style, *, as_json: bool
) -> int:
    view = trace_view(conn, shell_file_id)
    if as_json:
        write_json(out, view)
        return 0
    total = (
        f", {seconds(view['total_seconds'])} from upload to end" if view["total_seconds"] else ""
    )
    out.write(
        f"document {view['shell_file_id']}  status {style.status(view['status'])}  "
        f"uploaded {iso(view['uploaded_at'])}{total}\n\n"
    )
    rows = [
        [
            s["stage"],
            iso(s["started_at"]),
            seconds(s["duration_seconds"]),
            _attempts(s),
            _wait(s["waits"]["queue_seconds"]),
            _wait(s["waits"]["backoff_seconds"]),
            _wait(s["waits"]["quota_seconds"] + s["waits"]["rescheduled_seconds"]),
            style.status(s["outcome"])
            if s["outcome"] in ("completed", "cancelled")
            else s["outcome"],
        ]
        for s in view["stages"]
    ]
    headers = ["STAGE", "STARTED", "TOOK", "ATTEMPTS", "QUEUED", "BACKOFF", "QUOTA", "OUTCOME"]
    out.write(table(headers, rows, style))
    events = [(e, s["stage"]) for s in view["stages"] for e in s["events"]]
    if events:
        events.sort(key=lambda pair: pair[0]["at"])
        out.write("\nevents\n")
        for e, stage in events:
            what = e["code"] or e["reason"] or ""
            delay = f"  wait {seconds(e['delay_seconds'])}" if e["delay_seconds"] else ""
            out.write(
                f"  {iso(e['at'])}  {stage:<16} {e['event']:<16} attempt {e['attempt']}"
                f"  {what}{delay}\n"
            )
    return 0
