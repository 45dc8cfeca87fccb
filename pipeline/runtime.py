"""The runtime container: the pool, the broker, the ports, this worker's identity.

Built once per process after the CLI forks (RuntimeMiddleware), swapped freely in
tests. Ports are built lazily by factories that the bootstrap supplies, so this
module never imports an adapter.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import dramatiq
from psycopg_pool import ConnectionPool

from pipeline.clinical.gate import Vocabulary
from pipeline.db import DictConnection
from pipeline.errors import ConfigurationError
from pipeline.ledger.heartbeat import Heartbeater
from pipeline.ledger.outbox import Dispatcher
from pipeline.ports import BlobStore, ClinicalExtractor, DocumentScanner, PageReader
from pipeline.settings import Settings


def make_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class LedgerConfig:
    """Lease timing, read from system_configuration at boot."""

    lease_seconds: int = 30
    heartbeat_interval: float = 10.0
    stage_timeout_seconds: int = 1800
    reaper_interval: float = 2.0


@dataclass(frozen=True)
class PortFactories:
    storage: Callable[[], BlobStore]
    scanner: Callable[[], DocumentScanner]
    page_reader: Callable[[], PageReader]
    extractor: Callable[[], ClinicalExtractor]
    vocabulary: Callable[[], Vocabulary]  # the validity gate's word lists (any extractor)


@dataclass
class Runtime:
    settings: Settings
    pool: ConnectionPool[DictConnection]
    broker: dramatiq.Broker
    dispatcher: Dispatcher
    heartbeater: Heartbeater
    ledger: LedgerConfig
    factories: PortFactories
    worker_id: str = field(default_factory=make_worker_id)
    _ports: dict[str, Any] = field(default_factory=dict)
    _ports_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _port(self, name: str) -> Any:
        # Worker threads ask for a port at the same moment on the first messages: build
        # it once, or each racing thread would open its own pools (its own connections).
        with self._ports_lock:
            if name not in self._ports:
                self._ports[name] = getattr(self.factories, name)()
            return self._ports[name]

    @property
    def storage(self) -> BlobStore:
        port: BlobStore = self._port("storage")
        return port

    @property
    def scanner(self) -> DocumentScanner:
        port: DocumentScanner = self._port("scanner")
        return port

    @property
    def page_reader(self) -> PageReader:
        port: PageReader = self._port("page_reader")
        return port

    @property
    def extractor(self) -> ClinicalExtractor:
        port: ClinicalExtractor = self._port("extractor")
        return port

    @property
    def vocabulary(self) -> Vocabulary:
        port: Vocabulary = self._port("vocabulary")
        return port

    def close(self) -> None:
        self.heartbeater.stop()
        self.pool.close()


_runtime: Runtime | None = None


def get_runtime() -> Runtime:
    if _runtime is None:
        raise ConfigurationError("the runtime is not initialised in this process")
    return _runtime


def set_runtime(runtime: Runtime | None) -> None:
    global _runtime
    _runtime = runtime
