"""The stage actors, declared on a broker by ``declare(broker)``.

``dramatiq pipeline`` gets them through pipeline.worker; tests declare them on
their own StubBroker.
"""

from __future__ import annotations

from typing import Any

import dramatiq

from pipeline import flow
from pipeline.stages._runner import Stage, stage_actor
from pipeline.stages.finalize import Finalize
from pipeline.stages.ocr import Ocr
from pipeline.stages.passes import Pass1Entities, Pass2Clinical, Pass3Narrative
from pipeline.stages.security_scan import SecurityScan

IMPLEMENTATIONS: dict[str, Stage] = {
    "security_scan": SecurityScan(),
    "ocr": Ocr(),
    "pass1_entities": Pass1Entities(),
    "pass2_clinical": Pass2Clinical(),
    "pass3_narrative": Pass3Narrative(),
    "finalize": Finalize(),
}


def declare(broker: dramatiq.Broker) -> dict[str, dramatiq.Actor[Any, Any]]:
    """Declare every stage actor on ``broker`` (fixed names and queues)."""
    return {
        stage.name: stage_actor(stage, IMPLEMENTATIONS[stage.name], broker) for stage in flow.STAGES
    }
