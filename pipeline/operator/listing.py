"""``docpipe jobs``: the job ledger, filtered (stage, status, age, error code)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.operator.explain import explain_job
from pipeline.operator.render import Style, iso, table, write_json
from pipeline.sqlfiles import query


@dataclass(frozen=True)
class JobFilter:
    stage: str | None = None
    status: str | None = None
    older_than: timedelta | None = None
    error_code: str | None = None
    limit: int = 50


def list_jobs(conn: DictConnection, flt: JobFilter) -> list[dict[str, Any]]:
    rows = conn.execute(
        query("ops_jobs"),
        {
            "stage": flt.stage,
            "status": flt.status,
            "older_than": flt.older_than,
            "error_code": flt.error_code,
            "limit": flt.limit,
        },
    ).fetchall()
    now = datetime.now(UTC)
    return [
        {
            "job_id": r["id"],
            "stage": r["stage"],
            "status": r["status"],
            "attempt": r["attempt"],
            "attempts_allowed": int(r["max_retries"]) + 1,
            "shell_file_id": r["shell_file_id"],
            "created_at": r["created_at"],
            "scheduled_at": r["scheduled_at"],
            "error_code": r["last_error"],
            "note": explain_job(dict(r), now),
        }
        for r in rows
    ]


def print_jobs(
    conn: DictConnection, flt: JobFilter, out: TextIO, style: Style, *, as_json: bool
) -> int:
    jobs = list_jobs(conn, flt)
    if as_json:
        write_json(out, jobs)
        return 0
    rows = [
        [
            str(j["job_id"]),
            j["stage"],
            style.status(j["status"]),
            f"{j['attempt']}/{j['attempts_allowed']}",
            str(j["shell_file_id"] or "-"),
            iso(j["created_at"]),
            j["note"],
        ]
        for j in jobs
    ]
    if rows:
        out.write(
            table(["JOB", "STAGE", "STATUS", "ATTEMPT", "DOCUMENT", "CREATED", "NOTE"], rows, style)
        )
    more = " (--limit reached)" if len(jobs) == flt.limit else ""
    out.write(f"{len(jobs)} job(s){more}\n")
    return 0
