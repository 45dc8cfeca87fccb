"""Worker module for the graceful shutdown and cancel tests: ``dramatiq tests.runtime.slow_stage_worker``.

The real wiring (``bootstrap.configure``: claims, leases, heartbeat, liveness, the
maintenance leader) and the real stage runner (fenced commit, next job through the
outbox) around trivial stages. ``SLOW_STAGE=<stage>`` makes that stage work for
``SLOW_STAGE_SECONDS`` (pure Python sleeps, so an interrupt lands at once). Each
stage logs what it did, with ids only.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from pipeline import bootstrap, flow
from pipeline.db import DictConnection
from pipeline.stages._runner import StageContext, stage_actor

logger = logging.getLogger("tests.runtime.stage")


class TestStage:
    def __init__(self, name: str, seconds: float) -> None:
        self.name = name
        self.seconds = seconds

    def work(self, ctx: StageContext) -> Any:
        if self.seconds > 0:
            logger.warning("slow stage %s working on job %s", self.name, ctx.claim.job_id)
            deadline = time.monotonic() + self.seconds
            while time.monotonic() < deadline:  # LeaseLost / LeaseReleased land in here
                time.sleep(0.02)
            logger.warning("slow stage %s done working on job %s", self.name, ctx.claim.job_id)
        return None

    def persist(self, conn: DictConnection, ctx: StageContext, output: Any) -> dict[str, Any]:
        logger.warning("stage %s persisted job %s", self.name, ctx.claim.job_id)
        return {"test_stage": True}


broker = bootstrap.configure()
_slow = os.environ.get("SLOW_STAGE", "")
_seconds = float(os.environ.get("SLOW_STAGE_SECONDS", "0"))
for _stage in flow.STAGES:
    stage_actor(_stage, TestStage(_stage.name, _seconds if _stage.name == _slow else 0.0), broker)
