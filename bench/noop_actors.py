"""Worker module for the throughput benchmark: ``dramatiq bench.noop_actors``.

BENCH_MODE=raw    a plain actor, Dramatiq's default middleware only
BENCH_MODE=ledger the same actor behind the job ledger: claim with a lease
                  (LedgerMiddleware), heartbeat registration, and a fenced
                  completion transaction, exactly as a pipeline stage
Each processed message sends one UDP datagram (its id) to BENCH_UDP_PORT.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import dramatiq
from dramatiq.middleware import Middleware

from adapters.brokers import broker_from_url
from pipeline import bootstrap
from pipeline.settings import Settings

_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
_target = ("127.0.0.1", int(os.environ.get("BENCH_UDP_PORT", "9999")))
MODE = os.environ.get("BENCH_MODE", "raw")


class _Report(Middleware):
    def after_ack(self, broker: dramatiq.Broker, message: Any) -> None:
        _sock.sendto(message.message_id.encode(), _target)


settings = Settings.from_env()
broker = broker_from_url(settings.effective_broker_url, middleware=[_Report()])
if MODE == "ledger":
    bootstrap.configure(settings, broker=broker, maintain=False)
else:
    dramatiq.set_broker(broker)


@dramatiq.actor(actor_name="docpipe.bench_noop", queue_name="bench", max_retries=0)
def bench_noop(envelope: dict[str, Any]) -> None:
    if MODE != "ledger":
        return
    from pipeline.ledger import jobs
    from pipeline.middleware import current_claim
    from pipeline.runtime import get_runtime

    claim = current_claim.get()
    if claim is None:
        raise RuntimeError("no claim")
    # A no-op stage: nothing to persist, so the fenced completion is one statement
    # (complete_job checks the lease token itself).
    with get_runtime().pool.connection() as conn:
        if not jobs.complete(conn, claim, {"noop": True}):
            raise RuntimeError("lease lost")
