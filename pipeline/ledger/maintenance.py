"""The maintenance loop: reaper, outbox relay, queue-depth stats, retention and the
storage cleanup (when the process has a blob store), run by one leader.

Leadership is a session advisory lock held on a dedicated connection: when the
leader's process dies, its connection closes, the lock is released and another
process takes over on its next tick. Rescue therefore never depends on the
broker's own redelivery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg

from pipeline.db import DictConnection, connect
from pipeline.ledger.outbox import Dispatcher
from pipeline.ledger.retention import RetentionPolicy, RetentionSchedule
from pipeline.ledger.storage_cleanup import CleanupPolicy, CleanupSchedule
from pipeline.metrics import events
from pipeline.ports import BlobStore
from pipeline.settings import Settings
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)

#: Advisory lock key of the maintenance leader ("dpmaint").
LEADER_LOCK_KEY = 0x64706D61696E74


class Maintainer:
    def __init__(
        self,
        conninfo: str,
        dispatcher: Dispatcher,
        *,
        interval: float = 2.0,
        role: str = "service_role",
        batch: int = 100,
        retention: RetentionPolicy | None = None,
        storage: Callable[[], BlobStore] | None = None,
        storage_cleanup: CleanupPolicy | None = None,
    ) -> None:
        self.conninfo = conninfo
        self.dispatcher = dispatcher
        self.interval = interval
        self.role = role
        self.batch = batch
        # Callers (the worker middleware, `docpipe maintain`) need not know about policies.
        needs_env = retention is None or (storage is not None and storage_cleanup is None)
        settings = Settings.from_env() if needs_env else Settings()
        self.retention = RetentionSchedule(retention or RetentionPolicy.from_settings(settings))
        # Only a process that knows the blob store (STORAGE_URL) deletes from it; the store
        # is built when the first round is due, on the leader only.
        self.storage_cleanup: CleanupSchedule | None = None
        if storage is not None:
            policy = storage_cleanup or CleanupPolicy.from_settings(settings)
            self.storage_cleanup = CleanupSchedule(policy, storage)
        self._conn: DictConnection | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.is_leader = False

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="docpipe-maintain", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 10)
        self._drop_connection()

    def run_forever(self) -> None:
        self._run()

    def tick(self) -> dict[str, int]:
        """One round: become (or stay) leader, reap expired leases, relay unsent jobs,
        re-send jobs whose message was sent long ago but never claimed, and (when due)
        delete one batch of expired bookkeeping and one batch of queued stored objects."""
        done = {"reclaimed": 0, "dead_lettered": 0, "relayed": 0, "redispatched": 0}
        if not self._ensure_leader():
            return done
        conn = self._conn
        if conn is None:
            return done
        reaped = conn.execute(query("job_reclaim_orphaned"), {"limit": self.batch}).fetchall()
        reaped += conn.execute(query("job_reclaim_expired"), {"limit": self.batch}).fetchall()
        events.jobs_reaped(reaped)
        for row in reaped:
            if row["outcome"] == "reclaimed":
                done["reclaimed"] += 1
                logger.info("rescued job %s from a dead or silent worker", row["job_id"])
                self.dispatcher.dispatch_by_id(row["job_id"])
            else:
                done["dead_lettered"] += 1
                logger.warning("dead-lettered job %s after repeated worker loss", row["job_id"])
        for job in conn.execute(query("job_to_dispatch"), {"limit": self.batch}).fetchall():
            self.dispatcher.dispatch(dict(job))
            done["redispatched" if job["dispatched_at"] else "relayed"] += 1
        if done["relayed"]:
            logger.info("relayed %d unsent job messages", done["relayed"])
        if done["redispatched"]:
            logger.warning("re-sent %d job messages never claimed", done["redispatched"])
        conn.execute(query("queue_stats_refresh"))
        done.update(self.retention.run_if_due(conn))
        if self.storage_cleanup is not None:
            done.update(self.storage_cleanup.run_if_due(conn))
        return done

    def _ensure_leader(self) -> bool:
        if self._conn is None or self._conn.closed:
            self._conn = connect(
                self.conninfo, role=self.role, autocommit=True, purpose="maintenance"
            )
            self.is_leader = False
        if not self.is_leader:
            row = self._conn.execute(query("leader_try_lock"), {"key": LEADER_LOCK_KEY}).fetchone()
            self.is_leader = bool(row and row["locked"])
            if self.is_leader:
                logger.info("this process is now the maintenance leader")
        return self.is_leader

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                logger.debug("closing the maintenance connection failed")
        self._conn = None
        self.is_leader = False

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except (psycopg.Error, OSError) as exc:
                logger.warning("maintenance tick failed: %s", type(exc).__name__)
                self._drop_connection()
            except Exception:
                logger.exception("maintenance tick crashed")
                self._drop_connection()
            self._stop.wait(self.interval)
