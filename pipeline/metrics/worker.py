"""Worker metrics: the middleware ``pipeline.bootstrap`` adds, and the exposition server.

Under ``dramatiq pipeline`` the exposition server is a process the ``dramatiq``
command forks once (Dramatiq's ``forks`` mechanism), so ``--processes N`` still has
one port: ``METRICS_PORT``. It sums the samples of every worker process of the run
(``pipeline.metrics.registry``). In-process workers (the demo, tests) serve from a
thread instead. The server needs no database connection.
"""

from __future__ import annotations

import logging
import os
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from dramatiq.middleware import Middleware

from pipeline.metrics import registry
from pipeline.metrics.config import MetricsConfig

logger = logging.getLogger(__name__)


def worker_middleware(config: MetricsConfig) -> Middleware:
    """The stage-metrics middleware for this process (call only with metrics on).

    Add it before LedgerMiddleware (it must see a message before the ledger may skip
    it)."""
    if config.port is None:
        raise ValueError("worker metrics need METRICS_PORT")
    run_dir = registry.prepare(registry.run_directory(config.directory))
    # Before Dramatiq's module is imported (it creates its folder at import) and before
    # any metric exists (prometheus_client picks multiprocess mode from the variable).
    os.environ["dramatiq_prom_db"] = str(run_dir)  # noqa: SIM112 - Dramatiq's name
    registry.enable_multiprocess(run_dir)
    from pipeline.metrics.middleware import StageMetrics

    return StageMetrics(
        run_dir,
        serve_in_process=not registry.under_dramatiq_cli(),
        host=config.host,
        port=config.port,
    )


class ExpositionServer:
    """GET (any path) → the summed samples of every worker process of this run."""

    def __init__(self, run_dir: Path, host: str, port: int) -> None:
        from prometheus_client import CollectorRegistry
        from prometheus_client.exposition import MetricsHandler
        from prometheus_client.multiprocess import MultiProcessCollector

        run_dir.mkdir(parents=True, exist_ok=True)
        collected = CollectorRegistry()
        MultiProcessCollector(collected, path=str(run_dir))  # type: ignore[no-untyped-call]
        self.httpd = ThreadingHTTPServer((host, port), MetricsHandler.factory(collected))
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    def start_thread(self) -> None:
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, name="docpipe-metrics", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


def serve_forever() -> int:
    """The fork function: run by a process the ``dramatiq`` command starts once."""
    config = MetricsConfig.from_env()
    if config.port is None:
        return 0
    # Forked from the dramatiq command, like the workers: the same run folder.
    server = ExpositionServer(registry.run_directory(config.directory), config.host, config.port)
    logger.info("serving worker metrics on %s:%d", config.host, config.port)
    try:
        server.httpd.serve_forever()
    finally:
        server.httpd.server_close()
    return 0
