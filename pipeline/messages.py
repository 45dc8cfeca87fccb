"""The message envelope: ids only, never file names, text or clinical content.

Dramatiq logs actor arguments and brokers persist them, so nothing in here may
identify a person beyond opaque ids.
"""

from __future__ import annotations

import uuid
from typing import Any, TypedDict

from pipeline.errors import PermanentError

ENVELOPE_VERSION = 1


class Envelope(TypedDict):
    v: int
    job_id: str
    shell_file_id: str
    patient_id: str
    correlation_id: str
    stage: str


_FIELDS = ("job_id", "shell_file_id", "patient_id")


def make_envelope(
    *, job_id: Any, shell_file_id: Any, patient_id: Any, correlation_id: str, stage: str
) -> Envelope:
    return Envelope(
        v=ENVELOPE_VERSION,
        job_id=str(job_id),
        shell_file_id=str(shell_file_id),
        patient_id=str(patient_id),
        correlation_id=str(correlation_id),
        stage=stage,
    )


def parse_envelope(raw: object) -> Envelope:
    """Validate a message argument; a malformed envelope is a permanent error."""
    if not isinstance(raw, dict):
        raise PermanentError("envelope is not an object", code="bad_envelope")
    if raw.get("v") != ENVELOPE_VERSION:
        raise PermanentError("unsupported envelope version", code="bad_envelope")
    for name in _FIELDS:
        try:
            uuid.UUID(str(raw.get(name)))
        except ValueError as exc:
            raise PermanentError(
                f"envelope field {name} is not a uuid", code="bad_envelope"
            ) from exc
    for name in ("correlation_id", "stage"):
        if not isinstance(raw.get(name), str) or not raw[name]:
            raise PermanentError(f"envelope field {name} is missing", code="bad_envelope")
    extra = set(raw) - {"v", *_FIELDS, "correlation_id", "stage"}
    if extra:
        raise PermanentError("envelope has unexpected fields", code="bad_envelope")
    return make_envelope(
        job_id=raw["job_id"],
        shell_file_id=raw["shell_file_id"],
        patient_id=raw["patient_id"],
        correlation_id=raw["correlation_id"],
        stage=raw["stage"],
    )
