"""Worker module for shutdown tests: ``dramatiq tests.runtime.noop_stage_worker``.

The real wiring (``bootstrap.configure``: ledger and runtime middleware, liveness,
the maintenance leader with its relay) with a no-op actor on every stage queue, so
a backlog drains in seconds. Each run sleeps a few milliseconds (a message is in
flight when SIGTERM lands) and completes its job through the fenced RPC, as a
stage does. No next stage is enqueued.
"""

from __future__ import annotations

import random
import time
from typing import Any

import dramatiq

from pipeline import bootstrap, flow
from pipeline.ledger import jobs
from pipeline.middleware import current_claim
from pipeline.runtime import get_runtime

broker = bootstrap.configure()


def run_noop(envelope: dict[str, Any]) -> None:
    claim = current_claim.get()
    if claim is None or str(claim.job_id) != envelope["job_id"]:
        raise RuntimeError("noop stage ran without a claim")
    time.sleep(random.uniform(0.02, 0.06))
    with get_runtime().pool.connection() as conn:
        if not jobs.complete(conn, claim, {"noop": True}):
            raise RuntimeError("noop stage lost its lease")


for _stage in flow.STAGES:
    dramatiq.actor(
        broker=broker, actor_name=_stage.actor_name, queue_name=_stage.name, max_retries=0
    )(run_noop)
