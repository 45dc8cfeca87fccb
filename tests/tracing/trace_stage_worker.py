"""Worker module for the tracing tests: ``dramatiq tests.tracing.trace_stage_worker``.

The real wiring (``bootstrap.configure``) and the real stage runner (claim, fenced
commit, next job through the outbox) around trivial stages, so a document crosses
every stage in about a second. ``TRACE_TEST_FAIL_ONCE=<stage>`` makes that stage's
first attempt fail (a retry through the ledger); ``TRACE_TEST_HANG_ONCE=<stage>``
makes it hang (for a minute), so a test can kill the worker mid-stage.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from pipeline import bootstrap, flow
from pipeline.db import DictConnection
from pipeline.stages._runner import StageContext, stage_actor

logger = logging.getLogger("tests.tracing.stage")


class TrivialStage:
    def __init__(self, fail_first_attempt: bool, hang_first_attempt: bool = False) -> None:
        self.fail_first_attempt = fail_first_attempt
        self.hang_first_attempt = hang_first_attempt

    def work(self, ctx: StageContext) -> Any:
        if self.fail_first_attempt and ctx.claim.attempt <= 1:
            raise RuntimeError("Jane Example born 1970-01-02")  # a foreign text: never exported
        if self.hang_first_attempt and ctx.claim.attempt <= 1:
            logger.info("hanging until killed")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                time.sleep(0.1)
        logger.info("trivial stage ran")  # a line of our own: the context filter adds the ids
        return None

    def persist(self, conn: DictConnection, ctx: StageContext, output: Any) -> dict[str, Any]:
        return {"trivial": True}


broker = bootstrap.configure()
_fail = os.environ.get("TRACE_TEST_FAIL_ONCE", "")
_hang = os.environ.get("TRACE_TEST_HANG_ONCE", "")
for _stage in flow.STAGES:
    stage_actor(_stage, TrivialStage(_stage.name == _fail, _stage.name == _hang), broker)
