"""Wiring: settings → broker + middleware + runtime with real adapters.

The one pipeline module (with pipeline.worker and the CLI) that sees adapters.
Call ``configure()`` before importing ``pipeline.stages``: actors bind to the
broker that is current when they are declared.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from typing import TYPE_CHECKING

import dramatiq
from dramatiq.middleware import Middleware, TimeLimit
from psycopg_pool import ConnectionPool

from adapters.brokers import broker_from_url, broker_kind
from pipeline.clinical.gate import Vocabulary
from pipeline.db import DictConnection, application_name, connect, make_pool
from pipeline.db.budget import (
    WorkerShape,
    broker_pool_size,
    quota_pool_size,
    with_broker_budget,
    worker_pool_size,
    worker_shape,
)
from pipeline.embedded import embedded_data_dir
from pipeline.errors import ConfigurationError
from pipeline.ledger.heartbeat import Heartbeater
from pipeline.ledger.jobs import config_int
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.metrics.config import MetricsConfig
from pipeline.middleware import LedgerMiddleware, RuntimeMiddleware
from pipeline.ports import BlobStore, ClinicalExtractor, DocumentScanner, PageReader
from pipeline.runtime import LedgerConfig, PortFactories, Runtime, get_runtime
from pipeline.settings import Settings
from pipeline.stage_graph import check_stage_graph
from pipeline.tracing.middleware import TracingMiddleware

if TYPE_CHECKING:
    from adapters.ratelimit.gate import VendorGate


logger = logging.getLogger(__name__)


def default_storage_url() -> str:
    return (embedded_data_dir().parent / "storage").as_uri()


def port_factories(
    settings: Settings,
    *,
    pool: ConnectionPool[DictConnection] | None = None,
    shape: WorkerShape | None = None,
) -> PortFactories:
    """Lazy port builders; ``pool`` (the worker pool) also serves the quota book."""

    def storage() -> BlobStore:
        from adapters.storage import storage_from_url

        return storage_from_url(settings.storage_url or default_storage_url())

    def scanner() -> DocumentScanner:
        from adapters.documents.scanner import FileScanner

        return FileScanner(max_pages=settings.max_pages, max_bytes=settings.max_upload_bytes)

    def page_reader() -> PageReader:
        from adapters.ocr import make_page_reader

        return make_page_reader(settings.ocr_engine)

    def extractor() -> ClinicalExtractor:
        from adapters.extractors import make_extractor

        if settings.extractor == "offline":
            return make_extractor("offline")
        return make_extractor(
            settings.extractor, gate=vendor_gate(settings, pool=pool, shape=shape)
        )

    def vocabulary() -> Vocabulary:
        from adapters.extractors.vocabulary import shared_vocabulary

        return shared_vocabulary()

    return PortFactories(
        storage=storage,
        scanner=scanner,
        page_reader=page_reader,
        extractor=extractor,
        vocabulary=vocabulary,
    )


def vendor_gate(
    settings: Settings,
    *,
    pool: ConnectionPool[DictConnection] | None = None,
    shape: WorkerShape | None = None,
) -> VendorGate:
    """Quotas for vendor calls: api_rate_limits (live) enforced in RATELIMIT_URL's store.

    The quota book reads ``api_rate_limits`` through ``pool`` (the worker pool: the
    stages call vendors with no connection held, so it needs no slot of its own); a
    Postgres store gets a pool sized from the threads (pipeline/db/budget.py).
    """
    from adapters.ratelimit.gate import QuotaBook, VendorGate
    from adapters.ratelimit.quota import QuotaLimiter

    limiter = QuotaLimiter.from_url(
        settings.ratelimit_url,
        store_role=settings.database_role,
        store_pool_size=quota_pool_size((shape or worker_shape()).threads),
        mode="pacing" if settings.quota_mode == "pacing" else "window",
        headroom=settings.quota_headroom,
        time_scale=settings.quota_time_scale,
        max_wait=settings.quota_max_wait,
    )
    if pool is None:  # outside a worker: a small pool of the book's own
        pool = make_pool(
            settings.require_database_url(), role=settings.database_role, max_size=1, name="quotas"
        )
        pool.open(wait=True, timeout=30)
    return VendorGate(limiter, QuotaBook(pool))


def read_boot_config(settings: Settings) -> LedgerConfig:
    """The ledger settings, after checking that the database's stage graph is this
    code's (a worker must never run stages against a different graph)."""
    with connect(
        settings.require_database_url(), role=settings.database_role, purpose="boot"
    ) as conn:
        check_stage_graph(conn)
        lease = config_int(conn, "worker.lease_seconds", 30)
        return LedgerConfig(
            lease_seconds=lease,
            heartbeat_interval=float(config_int(conn, "worker.heartbeat_interval_seconds", 10)),
            stage_timeout_seconds=config_int(conn, "worker.timeout_seconds", 1800),
            reaper_interval=float(config_int(conn, "worker.reaper_interval_seconds", 2)),
        )


def build_runtime(
    settings: Settings,
    broker: dramatiq.Broker,
    factories: PortFactories | None = None,
    *,
    shape: WorkerShape | None = None,
) -> Runtime:
    shape = shape or worker_shape()
    ledger = read_boot_config(settings)
    # Connection budget (docs/connections.md): one per worker thread + the heartbeat.
    pool = make_pool(
        settings.require_database_url(),
        role=settings.database_role,
        max_size=worker_pool_size(shape.threads),
        name="worker",
    )
    pool.open(wait=True, timeout=30)
    return Runtime(
        settings=settings,
        pool=pool,
        broker=broker,
        dispatcher=Dispatcher(broker, pool),
        heartbeater=Heartbeater(
            pool, interval=ledger.heartbeat_interval, lease_seconds=ledger.lease_seconds
        ),
        ledger=ledger,
        factories=factories or port_factories(settings, pool=pool, shape=shape),
    )


class PoolSizing(Middleware):
    """Grows the pools when the Worker runs more threads than the shape assumed.

    The shape comes from the ``dramatiq`` command line; an in-process Worker (the demo,
    a test) may run more threads than that. Without this their threads would queue
    for connections sized for fewer."""

    def __init__(self, shape: WorkerShape) -> None:
        self.shape = shape

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        threads = worker.worker_threads
        if threads <= self.shape.threads:
            return
        logger.info(
            "worker runs %d threads, not %d: growing the pools", threads, self.shape.threads
        )
        with suppress(ConfigurationError):  # no runtime in this process: nothing to grow
            pool = get_runtime().pool
            pool.resize(pool.min_size, worker_pool_size(threads))
        broker_pool = getattr(broker, "pool", None)
        if isinstance(broker_pool, ConnectionPool):  # dramatiq-postgres
            grown = WorkerShape(threads=threads, queues=self.shape.queues)
            broker_pool.resize(broker_pool.min_size, broker_pool_size(grown))


def broker_url_for(settings: Settings, shape: WorkerShape) -> str:
    """BROKER_URL; for dramatiq-postgres with this process's pool size and name added."""
    url = settings.effective_broker_url
    if broker_kind(url) != "postgres":
        return url
    return with_broker_budget(
        url, max_connections=broker_pool_size(shape), application=application_name("broker")
    )


def configure(
    settings: Settings | None = None,
    *,
    broker: dramatiq.Broker | None = None,
    maintain: bool = True,
    factories: PortFactories | None = None,
    shape: WorkerShape | None = None,
) -> dramatiq.Broker:
    """Make the broker current, with the ledger and runtime middleware.

    ``shape`` (threads, queues) sizes every pool; by default it is read from the
    ``dramatiq`` command line (pipeline/db/budget.py)."""
    settings = settings or Settings.from_env()
    shape = shape or worker_shape()
    broker = broker or broker_from_url(broker_url_for(settings, shape))
    chosen = broker
    broker.add_middleware(
        RuntimeMiddleware(
            lambda: build_runtime(settings, chosen, factories, shape=shape), maintain=maintain
        )
    )
    broker.add_middleware(LedgerMiddleware(), before=TimeLimit)
    # After the ledger (it reads the claim), before TimeLimit: the span covers the run.
    broker.add_middleware(TracingMiddleware(), before=TimeLimit)
    broker.add_middleware(PoolSizing(shape))
    metrics = MetricsConfig.from_env()
    if metrics.worker_enabled:  # METRICS_PORT set; otherwise nothing is imported or added
        from pipeline.metrics.worker import worker_middleware

        # Before the ledger: it must have seen a message when the ledger skips it.
        broker.add_middleware(worker_middleware(metrics), before=LedgerMiddleware)
    declare_stage_queues(broker)
    dramatiq.set_broker(broker)
    return broker


def configure_for_workers() -> dramatiq.Broker:
    """What ``dramatiq pipeline`` runs: configure from the environment, declare the actors."""
    from pipeline import stages

    broker = configure()
    stages.declare(broker)
    return broker
