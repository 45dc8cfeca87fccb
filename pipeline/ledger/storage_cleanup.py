"""Storage cleanup: the stored originals of erased and deleted documents are deleted from
object storage, a batch at a time.

Erasure (``erase_patient``, ``erase_user``, ``DELETE FROM auth.users``) and a deleted
document (trigger ``shell_files_queue_object_deletion``) queue each stored original's
path in ``pending_storage_deletions``; the database cannot reach storage, so the
maintenance leader (every ``STORAGE_CLEANUP_INTERVAL_SECONDS``) and ``docpipe
storage-cleanup`` delete the objects here. One batch (sql/queries/storage_cleanup.sql):

1. claims up to ``STORAGE_CLEANUP_BATCH`` open rows that are due. The claim counts the
   attempt and moves ``next_attempt_at`` out by a capped exponential backoff, so the rows
   of a process that dies mid-batch are tried again later, not at once;
2. a path that a document stores a version at again (a new upload reused it) is closed
   as ``still_referenced``: that object is the new document's and stays;
3. otherwise the object is deleted and the row closed as ``deleted`` or ``already_gone``;
4. a storage error leaves the row open with its code (the claim's backoff already moved
   it); a permanent one is also logged as a warning. An unavailable store (a transient
   error or a rate limit) ends the batch and hands the rows not yet tried back, so an
   outage costs one request per round, not one per row.

The storage path holds the patient's file name (PHI): it goes to the store and into SQL
parameters, never into a log line, an error text, a metric or a trace; ids and codes only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.db import DictConnection
from pipeline.errors import DocpipeError, RateLimited, TransientError
from pipeline.metrics import events
from pipeline.ports import BlobStore
from pipeline.settings import Settings
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)

#: A failed deletion waits min(cap, base·2^(attempts-1)), half of it fixed, half random.
BACKOFF_BASE_SECONDS = 30.0
#: An object that keeps failing is tried about once an hour, until it goes.
BACKOFF_CAP_SECONDS = 3600.0
#: A maintenance round starts no deletion after this long: the reaper and the relay run
#: in the same thread and wait for it. The rows left are handed back, due at once.
ROUND_BUDGET_SECONDS = 10.0
#: ``docpipe storage-cleanup`` stops after this many batches whatever happens.
MAX_BATCHES = 10_000


@dataclass(frozen=True)
class CleanupPolicy:
    batch: int = 50
    interval_seconds: float = 60.0  # 0 switches the cleanup off

    @classmethod
    def from_settings(cls, settings: Settings) -> CleanupPolicy:
        return cls(
            batch=settings.storage_cleanup_batch,
            interval_seconds=settings.storage_cleanup_interval_seconds,
        )

    @property
    def enabled(self) -> bool:
        return self.interval_seconds > 0


#: The counters of :class:`CleanupCounts`.
COUNTED = ("deleted", "already_gone", "still_referenced", "failed", "handed_back", "claimed")


@dataclass
class CleanupCounts:
    """What batches did, in counts only."""

    deleted: int = 0
    already_gone: int = 0
    still_referenced: int = 0
    failed: int = 0  # left open with last_error_code, due again after the backoff
    handed_back: int = 0  # claimed but not tried: due again at once
    claimed: int = 0
    store_unavailable: bool = False  # the batch ended at a transient error or a rate limit

    @property
    def closed(self) -> int:
        return self.deleted + self.already_gone + self.still_referenced

    def add(self, other: CleanupCounts) -> None:
        for name in COUNTED:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.store_unavailable = self.store_unavailable or other.store_unavailable

    def result(self) -> dict[str, int]:
        """The maintenance round's keys (``Maintainer.tick``)."""
        return {
            "storage_deleted": self.deleted,
            "storage_already_gone": self.already_gone,
            "storage_still_referenced": self.still_referenced,
            "storage_failed": self.failed,
        }


def run_batch(
    conn: DictConnection, store: BlobStore, *, batch: int, budget: float | None = None
) -> CleanupCounts:
    """One batch on ``conn`` (autocommit: each statement commits on its own, so nothing
    is held while the store is called). ``budget``: seconds after which no deletion
    starts; the rows left are handed back."""
    rows = conn.execute(
        query("storage_deletion_claim"),
        {"limit": batch, "base_seconds": BACKOFF_BASE_SECONDS, "cap_seconds": BACKOFF_CAP_SECONDS},
    ).fetchall()
    counts = CleanupCounts(claimed=len(rows))
    deadline = None if budget is None else time.monotonic() + budget
    for index, row in enumerate(rows):
        out_of_time = deadline is not None and time.monotonic() >= deadline
        if counts.store_unavailable or out_of_time:
            _hand_back(conn, rows[index:], counts)
            break
        _clean(conn, store, row, counts)
    return counts


def run_until_done(conn: DictConnection, store: BlobStore, *, batch: int) -> CleanupCounts:
    """Batches until nothing is due, or the store is unavailable (``docpipe storage-cleanup``)."""
    total = CleanupCounts()
    for _ in range(MAX_BATCHES):
        counts = run_batch(conn, store, batch=batch)
        total.add(counts)
        if counts.claimed == 0 or counts.store_unavailable:
            break
    return total


def open_rows(conn: DictConnection) -> dict[str, int]:
    """Open rows: ``due`` now and ``waiting`` for their backoff."""
    row = conn.execute(query("storage_deletion_open_count")).fetchone()
    return {"due": int(row["due"]), "waiting": int(row["waiting"])} if row else {}


def _clean(
    conn: DictConnection, store: BlobStore, row: dict[str, Any], counts: CleanupCounts
) -> None:
    path = {"storage_path": row["storage_path"]}
    if conn.execute(query("storage_deletion_close_if_referenced"), path).fetchone():
        _count(counts, "still_referenced")
        return
    try:
        existed = store.delete(row["storage_path"])
    except (TransientError, RateLimited) as exc:
        # The store is unavailable: the next rows would fail the same way.
        counts.store_unavailable = True
        _failed(conn, row, exc.code, counts)
        logger.info("storage cleanup of document %s deferred: %s", row["shell_file_id"], exc.code)
        return
    except DocpipeError as exc:  # permanent: refused credentials, a bad path, no bucket
        _failed(conn, row, exc.code, counts)
        logger.warning("storage cleanup of document %s failed: %s", row["shell_file_id"], exc.code)
        return
    except Exception as exc:  # noqa: BLE001 - a store bug must not stop the maintenance loop
        # The class name only: a foreign exception's text can quote the path.
        _failed(conn, row, "storage_error", counts)
        logger.warning(
            "storage cleanup of document %s failed: storage_error (%s)",
            row["shell_file_id"],
            type(exc).__name__,
        )
        return
    outcome = "deleted" if existed else "already_gone"
    conn.execute(query("storage_deletion_close"), {**path, "outcome": outcome})
    _count(counts, outcome)


def _failed(conn: DictConnection, row: dict[str, Any], code: str, counts: CleanupCounts) -> None:
    conn.execute(
        query("storage_deletion_failed"), {"storage_path": row["storage_path"], "code": code}
    )
    _count(counts, "failed")


def _count(counts: CleanupCounts, outcome: str) -> None:
    setattr(counts, outcome, getattr(counts, outcome) + 1)
    events.storage_deletion(outcome)


def _hand_back(conn: DictConnection, rows: list[dict[str, Any]], counts: CleanupCounts) -> None:
    conn.execute(
        query("storage_deletion_hand_back"),
        {"storage_paths": [row["storage_path"] for row in rows]},
    )
    counts.handed_back += len(rows)


class CleanupSchedule:
    """When the maintenance leader's next round is due: every ``interval_seconds``, or at
    the next tick while the last round left due rows behind (a backlog)."""

    def __init__(self, policy: CleanupPolicy, storage: Callable[[], BlobStore]) -> None:
        self.policy = policy
        self._storage = storage
        self._store: BlobStore | None = None
        self._next = 0.0

    def run_if_due(self, conn: DictConnection) -> dict[str, int]:
        if not self.policy.enabled or time.monotonic() < self._next:
            return {}
        self._next = time.monotonic() + self.policy.interval_seconds
        try:
            if self._store is None:
                self._store = self._storage()
        except DocpipeError as exc:  # a misconfigured store must not stop the reaper
            logger.warning("storage cleanup skipped: no store (%s)", exc.code)
            return {}
        counts = run_batch(conn, self._store, batch=self.policy.batch, budget=ROUND_BUDGET_SECONDS)
        backlog = counts.claimed >= self.policy.batch or counts.handed_back > 0
        if backlog and not counts.store_unavailable:
            self._next = 0.0
        if counts.claimed:
            logger.info(
                "storage cleanup: %s",
                ", ".join(f"{k}={v}" for k, v in counts.result().items() if v) or "nothing closed",
            )
        return counts.result()
