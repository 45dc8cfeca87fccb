"""Worker module for the cancel test: ``dramatiq tests.cli.slow_stage_worker``.

The real wiring (``bootstrap.configure``: claims, leases, heartbeat, liveness) and the
real stage runner (fenced commit, next job through the outbox) around trivial stages.
``CLI_TEST_SLOW_STAGE=<stage>`` makes that stage work for up to a minute, so a test can
cancel the document while the stage runs. Each stage logs what it did, with ids only.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from pipeline import bootstrap, flow
from pipeline.db import DictConnection
from pipeline.stages._runner import StageContext, stage_actor

logger = logging.getLogger("tests.cli.stage")


class TestStage:
    def __init__(self, name: str, slow: bool) -> None:
        self.name = name
        self.slow = slow

    def work(self, ctx: StageContext) -> Any:
        if self.slow:
            logger.warning("slow stage %s working on job %s", self.name, ctx.claim.job_id)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # LeaseLost is raised in here
                time.sleep(0.05)
        return None

    def persist(self, conn: DictConnection, ctx: StageContext, output: Any) -> dict[str, Any]:
        logger.warning("stage %s persisted job %s", self.name, ctx.claim.job_id)
        return {"test_stage": True}


broker = bootstrap.configure()
_slow = os.environ.get("CLI_TEST_SLOW_STAGE", "")
for _stage in flow.STAGES:
    stage_actor(_stage, TestStage(_stage.name, _stage.name == _slow), broker)
