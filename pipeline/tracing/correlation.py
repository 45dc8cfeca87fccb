"""Correlation ids: accepted from a caller only when well-formed (never free text)."""

from __future__ import annotations

import re
import uuid

_TOKEN = re.compile(r"[A-Za-z0-9._-]{8,64}")

HEADER = "x-correlation-id"


def accept_correlation_id(value: str | None) -> str | None:
    """The caller's id when it is a UUID or ``[A-Za-z0-9._-]{8,64}``; else None (mint one)."""
    if not value:
        return None
    value = value.strip()
    try:
        return str(uuid.UUID(value))
    except ValueError:
        pass
    return value if _TOKEN.fullmatch(value) else None
