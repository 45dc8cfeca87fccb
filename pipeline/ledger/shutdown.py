"""Worker shutdown: running stages get a grace period, then are handed back.

On SIGTERM Dramatiq stops giving messages to the worker threads and waits for the
running ones (``dramatiq --worker-shutdown-timeout``). A stage that finishes within
``WORKER_SHUTDOWN_GRACE_SECONDS`` commits as usual. One still in its work phase
after that is released in the ledger (``release_job``: pending, due now, no attempt
used) and its thread interrupted with ``LeaseReleased``; the stage runner commits
nothing (its lease token is gone, so even a late commit would be refused by the
fence). Its message is sent again once this worker's consumers have closed, so
another worker takes it at once; should the process die first, the relay sends it
(the row is left undispatched).

A stage in its short commit phase is not interrupted: it either commits or, if
released first, is refused by the fence. Claims still held when Dramatiq gives up
waiting (a thread stuck outside Python) are released without an interrupt just
before the process exits, so no job waits for its lease to expire.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid

import psycopg

from pipeline.errors import LeaseLost
from pipeline.ledger.heartbeat import Heartbeater
from pipeline.ledger.jobs import Claim
from pipeline.ledger.outbox import Dispatcher
from pipeline.metrics import events
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)

#: How often, past the grace, running claims are checked again (a stage may enter
#: its work phase after the first check).
RECHECK_SECONDS = 0.1


class LeaseReleased(LeaseLost):
    """Raised in a worker thread whose job was handed back at shutdown."""


class ShutdownGrace:
    """Started by the runtime middleware when the worker begins to shut down."""

    def __init__(self, heartbeater: Heartbeater, dispatcher: Dispatcher, grace: float) -> None:
        self.heartbeater = heartbeater
        self.dispatcher = dispatcher
        self.grace = grace
        self.released = 0
        self._to_send: list[uuid.UUID] = []
        self._started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="docpipe-shutdown", daemon=True)

    def start(self) -> None:
        self._started = time.monotonic()
        running = len(self.heartbeater.running())
        logger.info("shutting down: %d running job(s) get %.1fs to finish", running, self.grace)
        self._thread.start()

    def finish(self) -> None:
        """The worker threads stopped or Dramatiq stopped waiting for them: release
        whatever is still held, before the pool closes."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        for thread_id, claim in self.heartbeater.running():
            self._release(thread_id, claim, interrupt=False)
        # Sent only now that this worker's consumers are closed: sent earlier, the
        # message would be fetched by this very worker and requeued at its exit.
        for job_id in self._to_send:
            try:
                self.dispatcher.dispatch_by_id(job_id)
            except Exception as exc:  # noqa: BLE001 - any broker error: the relay sends it
                logger.warning(
                    "could not re-send released job %s (%s); the relay will",
                    job_id,
                    type(exc).__name__,
                )
        self._to_send.clear()

    def _run(self) -> None:
        if self._stop.wait(self.grace):
            return
        while True:
            for thread_id, claim in self.heartbeater.running():
                if claim.interruptible:
                    self._release(thread_id, claim, interrupt=True)
            if self._stop.wait(RECHECK_SECONDS):
                return

    def _release(self, thread_id: int, claim: Claim, *, interrupt: bool) -> None:
        if not self.heartbeater.give_up(claim):
            return  # already lost or released
        released = False
        try:
            with self.dispatcher.pool.connection() as conn:
                row = conn.execute(
                    query("job_release"),
                    {
                        "job_id": claim.job_id,
                        "worker_id": claim.worker_id,
                        "lease_token": claim.lease_token,
                        "reason": "worker_shutdown",
                    },
                ).fetchone()
                released = bool(row and row["ok"])
        except psycopg.Error as exc:
            # The lease then runs out and the reaper rescues the job (an attempt used).
            logger.warning("could not release job %s: %s", claim.job_id, type(exc).__name__)
        if interrupt and claim.interruptible:
            # Imported here: dramatiq's ctypes helper, as the heartbeat uses it.
            from dramatiq.middleware.threading import raise_thread_exception

            raise_thread_exception(thread_id, LeaseReleased)  # type: ignore[no-untyped-call]
        if not released:
            return
        self.released += 1
        events.job_rescheduled(claim.job, "worker_shutdown", True)
        waited = time.monotonic() - self._started
        logger.warning(
            "job %s (attempt %s) handed back after %.1fs of shutdown",
            claim.job_id,
            claim.attempt,
            waited,
        )
        self._to_send.append(claim.job_id)
