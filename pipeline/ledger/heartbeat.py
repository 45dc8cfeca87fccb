"""One heartbeat thread per worker process, extending the lease of every running job.

A heartbeat the database refuses means the lease is lost (the reaper gave the
job to someone else): the claim is marked lost and, while the stage is still in
its work phase, LeaseLost is raised in the worker thread to abort the work.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from dramatiq.middleware.threading import raise_thread_exception
from psycopg_pool import ConnectionPool

from pipeline.db import DictConnection
from pipeline.errors import LeaseLost
from pipeline.ledger import jobs
from pipeline.ledger.jobs import Claim

logger = logging.getLogger(__name__)


class Heartbeater:
    def __init__(
        self, pool: ConnectionPool[DictConnection], *, interval: float, lease_seconds: int
    ) -> None:
        self.pool = pool
        self.interval = interval
        self.lease_seconds = lease_seconds
        self._claims: dict[int, Claim] = {}  # worker thread ident -> claim
        #: Called on every beat (the worker's liveness check rides along).
        self.on_beat: list[Callable[[], object]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="docpipe-heartbeat", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 5)

    def register(self, claim: Claim, thread_id: int) -> None:
        with self._lock:
            self._claims[thread_id] = claim

    def unregister(self, thread_id: int) -> None:
        with self._lock:
            self._claims.pop(thread_id, None)

    def running(self) -> list[tuple[int, Claim]]:
        """(worker thread ident, claim) of every job this process runs now."""
        with self._lock:
            return list(self._claims.items())

    def give_up(self, claim: Claim) -> bool:
        """Mark the claim lost; True only for the one caller that did it first.

        The heartbeat (a refused beat) and the shutdown hand-back may both decide to
        stop a stage at once; only the first may interrupt its thread."""
        with self._lock:
            if claim.lost.is_set():
                return False
            claim.lost.set()
            return True

    def beat_once(self) -> None:
        with self._lock:
            active = list(self._claims.items())
        if not active:
            return
        try:
            with self.pool.connection() as conn:
                for thread_id, claim in active:
                    if claim.lost.is_set():
                        continue
                    if not jobs.heartbeat(conn, claim, self.lease_seconds):
                        self._lose(thread_id, claim)
        except psycopg.Error as exc:
            # The lease may expire meanwhile; then the fence at completion decides.
            logger.warning("heartbeat failed: %s", type(exc).__name__)

    def _lose(self, thread_id: int, claim: Claim) -> None:
        if not self.give_up(claim):  # already handed back at shutdown
            return
        logger.warning("lease lost for job %s (attempt %s)", claim.job_id, claim.attempt)
        if claim.interruptible:
            raise_thread_exception(thread_id, LeaseLost)  # type: ignore[no-untyped-call]

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.beat_once()
            for callback in self.on_beat:
                try:
                    callback()
                except psycopg.Error as exc:
                    logger.warning("heartbeat callback failed: %s", type(exc).__name__)
