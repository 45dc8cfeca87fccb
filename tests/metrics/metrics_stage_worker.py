"""Worker module for the metrics tests: ``dramatiq tests.metrics.metrics_stage_worker``.

The real wiring (``bootstrap.configure``: ledger, runtime and, with ``METRICS_PORT``,
the metrics middleware) with a probe actor on every stage queue. The job's payload
says what the run does, through the ledger's own calls, as a stage does:

* nothing: complete the job;
* ``{"fail": "once"}``: fail (retryable) on the first attempt, complete on the next;
* ``{"fail": "dead"}``: fail permanently (dead letter).
"""

from __future__ import annotations

import time
from typing import Any

import dramatiq

from pipeline import bootstrap, flow
from pipeline.ledger import jobs
from pipeline.middleware import current_claim
from pipeline.runtime import get_runtime

broker = bootstrap.configure()
PROBE_CODE = "metrics_probe"


def run_probe(envelope: dict[str, Any]) -> None:
    claim = current_claim.get()
    if claim is None or str(claim.job_id) != envelope["job_id"]:
        raise RuntimeError("probe stage ran without a claim")
    time.sleep(0.02)  # a measurable duration
    mode = (claim.job.get("job_payload") or {}).get("fail")
    runtime = get_runtime()
    with runtime.pool.connection() as conn:
        if mode == "dead" or (mode == "once" and claim.attempt == 1):
            result = jobs.fail(
                conn, claim, code=PROBE_CODE, message="probe failure", retryable=mode == "once"
            )
            if result["outcome"] == "retry_scheduled":
                runtime.dispatcher.dispatch_by_id(claim.job_id)
            return
        if not jobs.complete(conn, claim, {"probe": True}):
            raise RuntimeError("probe stage lost its lease")


for _stage in flow.STAGES:
    dramatiq.actor(
        broker=broker, actor_name=_stage.actor_name, queue_name=_stage.name, max_retries=0
    )(run_probe)
