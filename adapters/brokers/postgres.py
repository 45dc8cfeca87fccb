"""dramatiq-postgres, with the consumer's prefetch buffer handed back on close.

``PostgresConsumer`` claims up to ``prefetch`` messages in one statement (each row
turns ``consumed`` under this worker's id) and gives them to Dramatiq one at a time
from a local buffer. When a worker stops, Dramatiq requeues the messages it holds
(its work queue and delay queue), but not that buffer, and upstream ``close()``
leaves it too. Messages still buffered at a graceful stop stayed ``consumed`` until
the dead-worker reaper put them back: ``heartbeat_ttl`` (60 s) after the last
heartbeat, at the next maintenance pass (15-45 s). The same defect class was fixed in
dramatiq_sqs (its consumer now drains its prefetch buffer on close).

Here ``close()`` requeues the buffer first. If the database is gone, the reaper is
still the fallback, and the ledger's relay re-sends any job left undelivered.
"""

from __future__ import annotations

import logging
from typing import Any

import dramatiq
from dramatiq.errors import BrokerConnectionError
from dramatiq_postgres import PostgresBroker
from dramatiq_postgres.broker import PostgresConsumer

logger = logging.getLogger(__name__)


class BufferReturningConsumer(PostgresConsumer):  # type: ignore[misc]
    """A consumer whose claimed-but-undelivered messages go back on close."""

    buffer: list[dramatiq.Message[Any]]  # set by PostgresConsumer.__init__

    def close(self) -> None:
        buffered: list[dramatiq.Message[Any]] = list(self.buffer)
        self.buffer = []
        if buffered:
            try:
                self.requeue(buffered)
                logger.info("handed %d prefetched messages back", len(buffered))
            except BrokerConnectionError:
                logger.warning(
                    "could not hand %d prefetched messages back; the broker's reaper will",
                    len(buffered),
                )
        super().close()


class DocpipePostgresBroker(PostgresBroker):  # type: ignore[misc]
    """``PostgresBroker`` whose consumers hand their prefetch buffer back on close."""

    messaging_system = "postgres"  # the span attribute, as for upstream's broker

    def consume(
        self, queue_name: str, prefetch: int = 1, timeout: int = 30000
    ) -> BufferReturningConsumer:
        return BufferReturningConsumer(
            broker=self, queue_name=queue_name, prefetch=prefetch, timeout=timeout
        )


def postgres_broker(url: str, **options: Any) -> DocpipePostgresBroker:
    return DocpipePostgresBroker(url=url, **options)
