"""Wiring: settings → broker + middleware + runtime with real adapters.

The one pipeline module (with pipeline.worker and the CLI) that sees adapters.
Call ``configure()`` before importing ``pipeline.stages``: actors bind to the
broker that is current when they are declared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import dramatiq
from dramatiq.middleware import TimeLimit

from adapters.brokers import broker_from_url
from pipeline.db import connect, make_pool
from pipeline.embedded import embedded_data_dir
from pipeline.ledger.heartbeat import Heartbeater
from pipeline.ledger.jobs import config_int
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.middleware import LedgerMiddleware, RuntimeMiddleware
from pipeline.ports import BlobStore, ClinicalExtractor, DocumentScanner, PageReader
from pipeline.runtime import LedgerConfig, PortFactories, Runtime
from pipeline.settings import Settings

if TYPE_CHECKING:
    from adapters.ratelimit.gate import VendorGate


def default_storage_url() -> str:
    return (embedded_data_dir().parent / "storage").as_uri()


def port_factories(settings: Settings) -> PortFactories:
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
        return make_extractor(settings.extractor, gate=vendor_gate(settings))

    return PortFactories(
        storage=storage, scanner=scanner, page_reader=page_reader, extractor=extractor
    )


def vendor_gate(settings: Settings) -> VendorGate:
    """Quotas for vendor calls: api_rate_limits (live) enforced in RATELIMIT_URL's store."""
    from adapters.ratelimit.gate import QuotaBook, VendorGate
    from adapters.ratelimit.quota import QuotaLimiter

    limiter = QuotaLimiter.from_url(
        settings.ratelimit_url,
        mode="pacing" if settings.quota_mode == "pacing" else "window",
        headroom=settings.quota_headroom,
        time_scale=settings.quota_time_scale,
        max_wait=settings.quota_max_wait,
    )
    pool = make_pool(
        settings.require_database_url(), role=settings.database_role, max_size=2, name="quotas"
    )
    pool.open(wait=True, timeout=30)
    return VendorGate(limiter, QuotaBook(pool))


def read_ledger_config(settings: Settings) -> LedgerConfig:
    with connect(settings.require_database_url(), role=settings.database_role) as conn:
        lease = config_int(conn, "worker.lease_seconds", 30)
        return LedgerConfig(
            lease_seconds=lease,
            heartbeat_interval=float(config_int(conn, "worker.heartbeat_interval_seconds", 10)),
            stage_timeout_seconds=config_int(conn, "worker.timeout_seconds", 1800),
            reaper_interval=float(config_int(conn, "worker.reaper_interval_seconds", 2)),
        )


def build_runtime(
    settings: Settings, broker: dramatiq.Broker, factories: PortFactories | None = None
) -> Runtime:
    ledger = read_ledger_config(settings)
    pool = make_pool(
        settings.require_database_url(),
        role=settings.database_role,
        max_size=settings.worker_pool_size,
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
        factories=factories or port_factories(settings),
    )


def configure(
    settings: Settings | None = None,
    *,
    broker: dramatiq.Broker | None = None,
    maintain: bool = True,
    factories: PortFactories | None = None,
) -> dramatiq.Broker:
    """Make the broker current, with the ledger and runtime middleware."""
    settings = settings or Settings.from_env()
    broker = broker or broker_from_url(settings.effective_broker_url)
    chosen = broker
    broker.add_middleware(
        RuntimeMiddleware(lambda: build_runtime(settings, chosen, factories), maintain=maintain)
    )
    broker.add_middleware(LedgerMiddleware(), before=TimeLimit)
    declare_stage_queues(broker)
    dramatiq.set_broker(broker)
    return broker


def configure_for_workers() -> dramatiq.Broker:
    """What ``dramatiq pipeline`` runs: configure from the environment, declare the actors."""
    from pipeline import stages

    broker = configure()
    stages.declare(broker)
    return broker
