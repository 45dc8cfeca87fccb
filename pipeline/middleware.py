"""Dramatiq middleware: the process runtime, and the ledger's claim/skip/lease.

LedgerMiddleware turns a broker delivery into a leased claim on the job row
before the actor runs. A message whose job is done, dead, not yet due or leased
by a live worker is skipped, so duplicate and late deliveries (from any broker)
are harmless. While the actor runs, the heartbeat thread extends the lease.

An actor never runs without a claim. A message that cannot be claimed (the
worker is shutting down, the database is unreachable) is put back on the broker
and skipped; if even that fails, the job stays pending and the relay re-sends it
(queue.redispatch_after_seconds).

Shutdown order: Dramatiq calls ``before_worker_shutdown`` while worker threads
may still take messages and finish running ones, so resources (heartbeat, pool,
liveness lock) are released only in ``after_worker_shutdown``, once they stopped.
Running stages get ``WORKER_SHUTDOWN_GRACE_SECONDS``; those still working then are
handed back to the ledger for another worker (pipeline/ledger/shutdown.py).
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any

import dramatiq
from dramatiq.broker import MessageProxy
from dramatiq.common import q_name
from dramatiq.middleware import Middleware, SkipMessage

from pipeline.errors import DocpipeError
from pipeline.ledger import jobs
from pipeline.ledger.jobs import Claim
from pipeline.logcontext import bind_log_context, clear_log_context
from pipeline.messages import parse_envelope
from pipeline.runtime import Runtime, get_runtime, set_runtime

logger = logging.getLogger(__name__)

current_claim: contextvars.ContextVar[Claim | None] = contextvars.ContextVar(
    "docpipe_claim", default=None
)


def _is_ours(message: MessageProxy | dramatiq.Message[Any]) -> bool:
    return message.actor_name.startswith("docpipe.")


class RuntimeMiddleware(Middleware):
    """Builds the runtime after fork; starts and stops the background threads."""

    def __init__(self, build: Callable[[], Runtime], *, maintain: bool = True) -> None:
        self.build = build
        self.maintain = maintain
        self._maintainer: Any = None
        self._liveness: Any = None
        self._grace: Any = None

    def after_process_boot(self, broker: dramatiq.Broker) -> None:
        set_runtime(self.build())

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        from pipeline.ledger.liveness import WorkerLiveness

        runtime = get_runtime()
        self._liveness = WorkerLiveness(
            runtime.settings.require_database_url(),
            runtime.worker_id,
            role=runtime.settings.database_role,
            queues=tuple(sorted(worker.consumer_whitelist or broker.get_declared_queues())),
        )
        self._liveness.register()
        runtime.heartbeater.on_beat.append(self._liveness.check)
        runtime.heartbeater.start()
        if self.maintain:
            from pipeline.ledger.maintenance import Maintainer
            from pipeline.ledger.storage_cleanup import CleanupPolicy

            settings = runtime.settings
            self._maintainer = Maintainer(
                settings.require_database_url(),
                runtime.dispatcher,
                interval=runtime.ledger.reaper_interval,
                role=settings.database_role,
                # The worker's own store (built once, shared with its stages); only with
                # STORAGE_URL set: the default folder is not where a deployment keeps files.
                storage=(lambda: runtime.storage) if settings.storage_url else None,
                storage_cleanup=CleanupPolicy.from_settings(settings),
            )
            self._maintainer.start()

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        from pipeline.ledger.shutdown import ShutdownGrace

        try:
            runtime = get_runtime()
        except DocpipeError:
            return
        self._grace = ShutdownGrace(
            runtime.heartbeater,
            runtime.dispatcher,
            runtime.settings.worker_shutdown_grace_seconds,
        )
        self._grace.start()

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        # The worker threads have stopped (or outlived the shutdown timeout): nothing
        # claims or completes any more, so the pool can go.
        try:
            runtime = get_runtime()
        except DocpipeError:
            logger.debug("no runtime to close")
            return
        if self._grace is not None:
            # Jobs still held (threads that outlived Dramatiq's wait) are handed back
            # while the pool and the broker are still open.
            self._grace.finish()
            self._grace = None
        runtime.heartbeater.stop()
        if self._maintainer is not None:
            self._maintainer.stop()
        if self._liveness is not None:
            self._liveness.unregister()
        runtime.close()


class LedgerMiddleware(Middleware):
    """Claim the job named by the message, or skip the message.

    Add it before Dramatiq's TimeLimit middleware (bootstrap.configure does)."""

    #: How long a message whose claim failed waits before it is delivered again.
    retry_claim_after_ms = 5_000

    def __init__(self) -> None:
        self._closing = threading.Event()

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self._closing.clear()

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        # From here on a worker thread may still take a message; it must not start it.
        self._closing.set()

    def before_process_message(self, broker: dramatiq.Broker, message: MessageProxy) -> None:
        if not _is_ours(message):
            return
        try:
            envelope = parse_envelope(message.args[0] if message.args else None)
        except DocpipeError as exc:
            logger.error("dropping message %s: %s", message.message_id, exc.code)
            raise SkipMessage from exc
        if self._closing.is_set():
            logger.info("shutting down: handing message %s back", message.message_id)
            self._hand_back(broker, message, delay_ms=0)
            raise SkipMessage
        try:
            runtime = get_runtime()
            with runtime.pool.connection() as conn:
                result = jobs.claim_job(
                    conn, envelope["job_id"], runtime.worker_id, runtime.ledger.lease_seconds
                )
        except Exception as exc:  # Dramatiq would swallow it and run the actor anyway
            # (a pool closed under us, the database unreachable): never run unclaimed.
            logger.warning(
                "could not claim the job of message %s: %s", message.message_id, type(exc).__name__
            )
            self._hand_back(broker, message, delay_ms=self.retry_claim_after_ms)
            raise SkipMessage from exc
        bind_log_context(
            correlation_id=envelope["correlation_id"],
            job_id=envelope["job_id"],
            shell_file_id=envelope["shell_file_id"],
            stage=envelope["stage"],
        )
        if result.claim is None:
            logger.info("skipping message %s: job is %s", message.message_id, result.outcome)
            raise SkipMessage
        current_claim.set(result.claim)
        runtime.heartbeater.register(result.claim, threading.get_ident())
        # The stage time limit comes from system_configuration (worker.timeout_seconds);
        # this middleware sits before TimeLimit, which reads the option next.
        message.options["time_limit"] = runtime.ledger.stage_timeout_seconds * 1000

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        self._release(message)

    def after_skip_message(self, broker: dramatiq.Broker, message: MessageProxy) -> None:
        self._release(message)

    @staticmethod
    def _hand_back(broker: dramatiq.Broker, message: MessageProxy, *, delay_ms: int) -> None:
        """Put a fresh copy of the message on its queue (this one is acked as skipped).

        A new message id: some brokers key their bookkeeping by it, and this one is
        about to be acked. If the broker refuses too, the relay re-sends the job."""
        fresh: dramatiq.Message[Any] = dramatiq.Message(
            queue_name=q_name(message.queue_name),
            actor_name=message.actor_name,
            args=tuple(message.args),
            kwargs=dict(message.kwargs),
            options={
                k: v for k, v in message.options.items() if k in ("traceparent", "tracestate")
            },
        )
        try:
            broker.enqueue(fresh, delay=delay_ms or None)
        except Exception as exc:  # noqa: BLE001 - any broker error: the relay is the fallback
            logger.warning(
                "could not hand message %s back (%s); the relay will re-send its job",
                message.message_id,
                type(exc).__name__,
            )

    def _release(self, message: MessageProxy) -> None:
        if not _is_ours(message):
            return
        if current_claim.get() is not None:
            get_runtime().heartbeater.unregister(threading.get_ident())
            current_claim.set(None)
        clear_log_context()
