"""``docpipe storage-cleanup``: delete the queued stored objects of erased and deleted
documents now, batch after batch, until nothing is due (``pipeline.ledger.storage_cleanup``;
the maintenance leader does the same every ``STORAGE_CLEANUP_INTERVAL_SECONDS``).

Prints counts only: the queue's paths carry patients' file names. Exit code 1 when an
object could not be deleted (its row stays queued with its error code, for a later try).
"""

from __future__ import annotations

from typing import TextIO

from pipeline.db import DictConnection
from pipeline.ledger.storage_cleanup import open_rows, run_until_done
from pipeline.operator.render import Style, write_json
from pipeline.ports import BlobStore


def print_storage_cleanup(
    conn: DictConnection,
    store: BlobStore,
    *,
    batch: int,
    out: TextIO,
    style: Style,
    as_json: bool,
) -> int:
    counts = run_until_done(conn, store, batch=batch)
    left = open_rows(conn)
    code = 1 if counts.failed or counts.store_unavailable else 0
    if as_json:
        write_json(
            out,
            {
                "deleted": counts.deleted,
                "already_gone": counts.already_gone,
                "still_referenced": counts.still_referenced,
                "failed": counts.failed,
                "store_unavailable": counts.store_unavailable,
                "queued_due": left.get("due", 0),
                "queued_waiting": left.get("waiting", 0),
            },
        )
        return code
    failed = style.status("failed") if counts.failed else "failed"
    out.write(
        f"deleted {counts.deleted}, already gone {counts.already_gone}, "
        f"kept (a document uses the path again) {counts.still_referenced}, "
        f"{failed} {counts.failed}\n"
    )
    if counts.store_unavailable:
        out.write("stopped early: the store is unavailable; the rest stays queued\n")
    out.write(
        f"still queued: {left.get('due', 0)} due, {left.get('waiting', 0)} waiting for a retry\n"
    )
    return code
