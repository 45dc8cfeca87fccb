"""``docpipe dlq``: list the dead letter, redrive from it (safely), purge old entries.

Safety rules of a redrive:
- it names what it moves: a job id, or a filter (``--stage``, ``--error-code``);
  everything else needs ``--all``;
- a permanent error (a rejected file) fails again when redriven, so such jobs move
  only with ``--force`` (a filter leaves them out and says how many it left);
- ``--dry-run`` prints what would move and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TextIO

from pipeline.db import DictConnection
from pipeline.ledger.outbox import Dispatcher
from pipeline.operator.errors import NotFound, Refused
from pipeline.operator.explain import PERMANENT, error_class
from pipeline.operator.render import Style, iso, seconds, table, write_json
from pipeline.sqlfiles import query

REDRIVE_REASON = "operator redrive"
PURGE_REASON = "dead letter purge"


@dataclass(frozen=True)
class Selection:
    """Which dead letters: one job, or those matching every filter given."""

    job_id: uuid.UUID | None = None
    stage: str | None = None
    error_code: str | None = None
    everything: bool = False
    older_than: timedelta | None = None
    limit: int = 100

    @property
    def filtered(self) -> bool:
        return bool(self.stage or self.error_code or self.older_than)


def _entry(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "job_id": row["id"],
        "stage": row["stage"],
        "shell_file_id": row["shell_file_id"],
        "error_code": row["last_error"],
        "error_class": error_class(dict(row)) or "transient",
        "attempt": row["attempt"],
        "dead_letter_at": row["dead_letter_at"],
        "redrive_count": row["redrive_count"],
    }


def dead_letters(conn: DictConnection, sel: Selection) -> list[dict[str, Any]]:
    rows = conn.execute(
        query("ops_dead_letters"),
        {
            "stage": sel.stage,
            "error_code": sel.error_code,
            "older_than": sel.older_than,
            "limit": sel.limit,
        },
    ).fetchall()
    return [_entry(dict(r)) for r in rows]


def _table(entries: list[dict[str, Any]], style: Style) -> str:
    rows = [
        [
            str(e["job_id"]),
            e["stage"],
            e["error_code"] or "-",
            style.paint(e["error_class"], "red" if e["error_class"] == PERMANENT else "yellow"),
            str(e["attempt"]),
            iso(e["dead_letter_at"]),
            str(e["shell_file_id"] or "-"),
        ]
        for e in entries
    ]
    headers = ["JOB", "STAGE", "ERROR", "CLASS", "ATTEMPT", "DEAD SINCE", "DOCUMENT"]
    return table(headers, rows, style)


def print_dead_letters(
    conn: DictConnection, sel: Selection, out: TextIO, style: Style, *, as_json: bool
) -> int:
    entries = dead_letters(conn, sel)
    if as_json:
        write_json(out, entries)
        return 0
    if entries:
        out.write(_table(entries, style))
    out.write(f"{len(entries)} dead-lettered job(s)\n")
    return 0


def _one(conn: DictConnection, job_id: uuid.UUID, *, force: bool) -> list[dict[str, Any]]:
    row = conn.execute(query("ops_job"), {"job_id": job_id}).fetchone()
    if row is None:
        raise NotFound("no job has this id", code="unknown_job")
    if row["status"] != "failed" or row["dead_letter_at"] is None:
        raise Refused(f"the job is {row['status']}, not in the dead letter", code="not_dead_letter")
    entry = _entry(dict(row))
    if entry["error_class"] == PERMANENT and not force:
        raise Refused(
            f"the job failed permanently ({entry['error_code']}): a redrive fails again; "
            "fix the file and upload it again, or add --force",
            code="permanent_needs_force",
        )
    return [entry]


def plan_redrive(
    conn: DictConnection, sel: Selection, *, force: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(what would move, permanent ones left out for want of --force)."""
    if sel.job_id is not None:
        if sel.filtered or sel.everything:
            raise Refused("give a job id or filters, not both", code="bad_selection")
        return _one(conn, sel.job_id, force=force), []
    if not (sel.filtered or sel.everything):
        raise Refused(
            "say what to redrive: a JOB_ID, --stage, --error-code, or --all for every "
            "dead letter (try --dry-run first)",
            code="selection_required",
        )
    entries = dead_letters(conn, sel)
    if force:
        return entries, []
    return (
        [e for e in entries if e["error_class"] != PERMANENT],
        [e for e in entries if e["error_class"] == PERMANENT],
    )


def redrive(
    conn: DictConnection, dispatcher: Dispatcher | None, entries: list[dict[str, Any]], actor: str
) -> list[dict[str, Any]]:
    """Redrive in one transaction (audited per job), then send the messages."""
    moved = []
    with conn.transaction():
        for e in entries:
            row = conn.execute(
                query("ops_redrive"),
                {"job_id": e["job_id"], "reason": REDRIVE_REASON, "actor": actor},
            ).fetchone()
            if row and row["ok"]:
                moved.append(e)
    if dispatcher is not None:
        for e in moved:
            dispatcher.dispatch_by_id(e["job_id"])
    return moved


def print_redrive(
    conn: DictConnection,
    dispatcher_factory: Any,
    sel: Selection,
    out: TextIO,
    style: Style,
    *,
    force: bool,
    dry_run: bool,
    actor: str,
    as_json: bool,
) -> int:
    entries, left_out = plan_redrive(conn, sel, force=force)
    moved = (
        entries
        if dry_run
        else redrive(conn, dispatcher_factory() if entries else None, entries, actor)
    )
    if as_json:
        write_json(
            out,
            {
                "dry_run": dry_run,
                "jobs": moved,
                "left_out_permanent": [e["job_id"] for e in left_out],
            },
        )
    else:
        if moved:
            out.write(_table(moved, style))
        verb = "would redrive" if dry_run else "redrove"
        more = (
            " (--limit reached: run again for more)"
            if len(entries) + len(left_out) >= sel.limit
            else ""
        )
        out.write(f"{verb} {len(moved)} job(s){more}\n")
        if left_out:
            codes = ", ".join(sorted({str(e["error_code"]) for e in left_out}))
            out.write(
                f"left out {len(left_out)} permanent dead letter(s) ({codes}): a redrive "
                "fails again; add --force to include them\n"
            )
    return 0 if moved else 1


def print_purge(
    conn: DictConnection,
    sel: Selection,
    out: TextIO,
    style: Style,
    *,
    dry_run: bool,
    actor: str,
    as_json: bool,
) -> int:
    """Delete dead letters older than ``sel.older_than`` (audited per job)."""
    if dry_run:
        entries = dead_letters(conn, sel)
        ids = [e["job_id"] for e in entries]
    else:
        with conn.transaction():
            rows = conn.execute(
                query("ops_purge_dead_letters"),
                {
                    "older_than": sel.older_than,
                    "limit": sel.limit,
                    "reason": PURGE_REASON,
                    "actor": actor,
                },
            ).fetchall()
        ids = [r["job_id"] for r in rows]
        entries = []
    if as_json:
        write_json(out, {"dry_run": dry_run, "jobs": entries if dry_run else ids})
        return 0
    if dry_run and entries:
        out.write(_table(entries, style))
    verb = "would purge" if dry_run else "purged"
    out.write(f"{verb} {len(ids)} dead letter(s) older than {seconds(sel.older_than)}\n")
    return 0
