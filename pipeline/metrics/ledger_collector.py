"""The ledger and Postgres gauges, read when Prometheus scrapes the hook.

They describe the deployment, not a process, so they are read once per scrape by
the hook (never by each worker), with one short query batch on a connection of the
hook's own pool: no connection of its own (docs/connections.md). A slow or absent
database never holds a scrape up: the pool wait and the statement each get
``METRICS_DB_TIMEOUT_MS``, the hook's watchdog cuts a silent connection shortly
after, and the scrape then reports ``docpipe_db_up 0`` without the ledger gauges.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import nullcontext
from typing import Any

import psycopg
from prometheus_client.core import GaugeMetricFamily, Metric
from psycopg.rows import dict_row

from pipeline import flow
from pipeline.metrics.names import QUEUE_TABLES, label_code, metric
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)

#: Row ``metric`` of the scrape query → (exported name, what the row's label is).
_ROWS: dict[str, tuple[str, str | None]] = {
    "queue_depth": ("docpipe_queue_depth", None),
    "queue_scheduled": ("docpipe_queue_scheduled", None),
    "queue_oldest_age_seconds": ("docpipe_queue_oldest_age_seconds", None),
    "jobs_in_flight": ("docpipe_jobs_in_flight", None),
    "dead_letter_jobs": ("docpipe_dead_letter_jobs", None),
    "dead_letter_jobs_by_code": ("docpipe_dead_letter_jobs_by_code", "error_code"),
    "pg_dead_tuples": ("docpipe_pg_dead_tuples", "table"),
    "pg_live_tuples": ("docpipe_pg_live_tuples", "table"),
    "pg_seconds_since_vacuum": ("docpipe_pg_seconds_since_vacuum", "table"),
    "pg_oldest_xact_age_seconds": ("docpipe_pg_oldest_xact_age_seconds", None),
}


def _family(name: str) -> GaugeMetricFamily:
    spec = metric(name)
    return GaugeMetricFamily(spec.name, spec.help, labels=list(spec.labels))


def _lane(value: Any) -> str:
    return str(value) if value in flow.QUEUES else "other"


class LedgerCollector:
    """A prometheus_client collector over ``pool`` (any psycopg ConnectionPool)."""

    def __init__(self, pool: Any, *, timeout_ms: int = 1000) -> None:
        self.pool = pool
        self.timeout_ms = timeout_ms

    def read(self) -> list[dict[str, Any]]:
        """The scrape's rows; raises psycopg.Error (PoolTimeout included) when it cannot."""
        seconds = self.timeout_ms / 1000
        with self.pool.connection(timeout=seconds) as conn:
            # The hook's GuardedPool can cut a connection that stops answering.
            watchdog = getattr(self.pool, "watchdog", None)
            guard = watchdog.guard(conn, seconds + 0.5) if watchdog else nullcontext()
            with guard, conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
                cur.execute(query("metrics_scrape_timeout"), {"timeout_ms": str(self.timeout_ms)})
                rows: list[dict[str, Any]] = cur.execute(query("metrics_scrape")).fetchall()
                return rows

    def collect(self) -> Iterator[Metric]:
        started = time.monotonic()
        try:
            rows = self.read()
        except (psycopg.Error, OSError) as exc:
            logger.warning("metrics: the ledger read failed: %s", type(exc).__name__)
            rows = None
        up = _family("docpipe_db_up")
        up.add_metric([], 0.0 if rows is None else 1.0)
        yield up
        if rows is None:
            return
        families: dict[str, GaugeMetricFamily] = {}
        for row in rows:
            mapped = _ROWS.get(str(row["metric"]))
            if mapped is None or row["value"] is None:
                continue
            name, label_kind = mapped
            family = families.get(name) or families.setdefault(name, _family(name))
            labels: list[str] = []
            if "lane" in metric(name).labels:
                labels.append(_lane(row["lane"]))
            if label_kind == "error_code":
                labels.append(label_code(row["label"]))
            elif label_kind == "table":
                if row["label"] not in QUEUE_TABLES:
                    continue
                labels.append(str(row["label"]))
            family.add_metric(labels, float(row["value"]))
        yield from families.values()
        took = _family("docpipe_metrics_scrape_seconds")
        took.add_metric([], time.monotonic() - started)
        yield took
