"""``GET /metrics`` on the upload hook: the hook process, the ledger and Postgres.

Off unless ``HOOK_METRICS=true``: then :func:`metrics_routes` returns no route (404)
and nothing here is imported by the hook. The ledger gauges come from
:class:`~pipeline.metrics.ledger_collector.LedgerCollector` over the hook's pool.
"""

from __future__ import annotations

import threading
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from pipeline.metrics.config import MetricsConfig


class _Exposition:
    """This app's registry, built on the first scrape (the pool lives on the app)."""

    def __init__(self, config: MetricsConfig) -> None:
        self.config = config
        self._registry: Any = None
        self._lock = threading.Lock()

    def registry(self, pool: Any) -> Any:
        with self._lock:
            if self._registry is None:
                from prometheus_client import (
                    CollectorRegistry,
                    GCCollector,
                    PlatformCollector,
                    ProcessCollector,
                )

                from pipeline.metrics.ledger_collector import LedgerCollector

                registry = CollectorRegistry()
                ProcessCollector(registry=registry)
                PlatformCollector(registry=registry)
                GCCollector(registry=registry)
                registry.register(LedgerCollector(pool, timeout_ms=self.config.db_timeout_ms))
                self._registry = registry
            return self._registry

    async def endpoint(self, request: Request) -> Response:
        from prometheus_client import CONTENT_TYPE_PLAIN_0_0_4, generate_latest

        registry = self.registry(request.app.state.hook.pool)
        # Blocking (one short query batch): off the event loop.
        body = await run_in_threadpool(generate_latest, registry)
        return Response(body, media_type=CONTENT_TYPE_PLAIN_0_0_4)


def metrics_routes(config: MetricsConfig | None = None) -> list[Route]:
    """``[Route("/metrics")]`` when ``HOOK_METRICS`` is on, else ``[]``."""
    config = config or MetricsConfig.from_env()
    if not config.hook_enabled:
        return []
    return [Route("/metrics", _Exposition(config).endpoint, methods=["GET"])]
