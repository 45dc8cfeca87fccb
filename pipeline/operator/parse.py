"""Checks of operator input: ids, durations, stage and status names."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

from pipeline import flow
from pipeline.operator.errors import BadInput

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}

#: job_queue.status values, and the words people use for them.
STATUSES = ("pending", "processing", "completed", "failed", "cancelled")
_STATUS_ALIASES = {
    "running": "processing",
    "dead": "failed",
    "done": "completed",
    "queued": "pending",
    "canceled": "cancelled",
}


def parse_uuid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except (ValueError, AttributeError):
        # The text itself is not echoed: it may be anything a person pasted.
        raise BadInput(f"{what} must be a uuid", code="bad_uuid") from None


def parse_duration(text: str) -> timedelta:
    """``90s``, ``10m``, ``2h``, ``3d``, ``1w``."""
    match = _DURATION.match(text or "")
    if not match:
        raise BadInput(
            "a duration is a number and a unit: 30s, 10m, 2h, 3d, 1w", code="bad_duration"
        )
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def parse_stage(text: str) -> str:
    """A stage name; a job type (``ai_queue_pass1``) is accepted and mapped to its stage."""
    name = text.strip()
    if name in flow.BY_NAME:
        return name
    if name in flow.BY_JOB_TYPE:
        return flow.BY_JOB_TYPE[name].name
    raise BadInput(f"unknown stage; one of: {', '.join(flow.QUEUES)}", code="unknown_stage")


def parse_status(text: str) -> str:
    name = text.strip().lower()
    name = _STATUS_ALIASES.get(name, name)
    if name not in STATUSES:
        raise BadInput(f"unknown status; one of: {', '.join(STATUSES)}", code="unknown_status")
    return name


def stage_of(job_type: str | None) -> str:
    """The stage name of a job type (the name people see everywhere)."""
    stage = flow.BY_JOB_TYPE.get(job_type or "")
    return stage.name if stage else str(job_type)
