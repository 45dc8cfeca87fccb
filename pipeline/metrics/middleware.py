"""Stage metrics in the workers: Dramatiq's Prometheus middleware, adapted, plus ours.

Why Dramatiq's middleware (``dramatiq.middleware.prometheus.Prometheus``) is used:
its per-actor counters, in-flight gauge and duration histogram are exactly the
per-stage run metrics we want (our actor names are ``docpipe.<stage>``, our queue
names the stage names), and it already keeps them in a multiprocess registry that
one process can serve for all workers of a ``dramatiq`` command.

What is changed, and why:

* **Ledger skips are not runs.** Dramatiq counts a skipped message as processed and
  times it. Our LedgerMiddleware skips duplicates, deliveries that are not due and
  messages handed back at shutdown; counting them would inflate ``processed`` and
  drag the histogram to zero. Here a skip only ends the in-flight count and is
  counted in ``docpipe_messages_skipped_total``. (This middleware must come before
  LedgerMiddleware, so that its ``before_process_message`` has run when a skip
  happens: ``pipeline.bootstrap`` adds it so.)
* **Our folder and port.** Dramatiq reads its folder and port from ``dramatiq_prom_*``
  variables when its module is imported, and serves on 9191 by default; here they
  come from ``METRICS_DIR`` / ``METRICS_PORT`` (``pipeline.metrics.config``), with a
  folder per run (``pipeline.metrics.registry``).
* **What it cannot see.** A stage failure is recorded by the ledger and the actor
  returns normally, so Dramatiq's error and retry counters never see it (its retries
  are off: the ledger retries). Failures, retries, dead letters by error code,
  reschedules, lost leases, rescues and vendor quota waits/refusals are our own
  counters, fed through ``pipeline.metrics.events``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dramatiq
from dramatiq.broker import MessageProxy
from dramatiq.middleware import prometheus as dramatiq_prometheus

from pipeline.metrics import events
from pipeline.metrics.sink import WorkerSink


def _stage(message: MessageProxy) -> str:
    # Queue names are stage names; a delay queue's name ends in ".DQ".
    return str(message.queue_name).removesuffix(".DQ")


class StageMetrics(dramatiq_prometheus.Prometheus):
    """Dramatiq's Prometheus middleware with ledger skips handled and our folder/port."""

    def __init__(self, run_dir: Path, *, serve_in_process: bool, host: str, port: int) -> None:
        super().__init__()
        self.run_dir = run_dir
        self.serve_in_process = serve_in_process
        self.host = host
        self.port = port
        self._server: Any = None
        self._booted = False

    @property
    def forks(self) -> list[Any]:
        if self.serve_in_process:
            return []
        from pipeline.metrics.worker import serve_forever

        return [serve_forever]

    def after_process_boot(self, broker: dramatiq.Broker) -> None:
        # Dramatiq's module read its folder at import; this run's folder wins.
        dramatiq_prometheus.DB_PATH = str(self.run_dir)
        super().after_process_boot(broker)  # type: ignore[no-untyped-call]
        events.install(WorkerSink())
        self._booted = True

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        if not self._booted:  # an in-process worker whose caller did not emit process_boot
            self.after_process_boot(broker)
        if self.serve_in_process and self._server is None:
            from pipeline.metrics.worker import ExpositionServer

            self._server = ExpositionServer(self.run_dir, self.host, self.port)
            self._server.start_thread()

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        events.install(None)
        super().after_worker_shutdown(broker, worker)  # type: ignore[no-untyped-call]
        if self._server is not None:
            self._server.stop()
            self._server = None

    def after_skip_message(  # type: ignore[override]  # Dramatiq aliases it to after_process_message
        self, broker: dramatiq.Broker, message: MessageProxy
    ) -> None:
        labels = (message.queue_name, message.actor_name)
        if self.message_start_times.pop(message.message_id, None) is not None:
            self.inprogress_messages.labels(*labels).dec()
        if message.actor_name.startswith("docpipe."):
            events.message_skipped(_stage(message))
