"""``docpipe cancel ID``: stop a document for good (``cancel_document``, 050_jobs.sql).

A queued stage never runs (its message is skipped at claim). A running stage loses
its lease: the heartbeat's next beat is refused, the stage is interrupted (LeaseLost)
and its fenced commit cannot happen, so nothing it made is committed. Audited.
"""

from __future__ import annotations

import uuid
from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.operator.errors import NotFound, Refused
from pipeline.operator.render import Style, write_json
from pipeline.sqlfiles import query

CANCEL_REASON = "operator cancel"


def cancel(conn: DictConnection, shell_file_id: uuid.UUID, actor: str) -> dict[str, Any]:
    row = conn.execute(
        query("ops_cancel_document"),
        {"shell_file_id": shell_file_id, "reason": CANCEL_REASON, "actor": actor},
    ).fetchone()
    result: dict[str, Any] = dict(row["result"]) if row else {"outcome": "missing"}
    if result["outcome"] == "missing":
        raise NotFound("no document has this id", code="unknown_document")
    if result["outcome"] == "not_active":
        raise Refused(
            f"the document is {result['status']}; there is nothing to cancel",
            code="not_cancellable",
        )
    return result


def print_cancel(
    conn: DictConnection,
    shell_file_id: uuid.UUID,
    out: TextIO,
    style: Style,
    *,
    actor: str,
    as_json: bool,
) -> int:
    result = cancel(conn, shell_file_id, actor)
    if as_json:
        write_json(out, {"shell_file_id": shell_file_id, **result})
        return 0
    if result["outcome"] == "already_cancelled":
        out.write(f"document {shell_file_id} was already cancelled\n")
        return 0
    out.write(f"document {shell_file_id} {style.status('cancelled')}\n")
    for job in result.get("jobs", []):
        if job["previous_status"] == "processing":
            note = f"was running on {job['worker_id']}: it stops at its next lease check"
        else:
            note = "was queued: it will not run"
        out.write(f"  {job['stage']:<16} job {job['job_id']}  {note}\n")
    return 0
