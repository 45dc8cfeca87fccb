"""Ids that every log line of the current message carries (never PHI).

A logging filter copies them onto each record, so a JSON formatter (or the
plain one) can print the correlation id next to every message.
"""

from __future__ import annotations

import contextvars
import logging

_context: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "docpipe_log_context", default=None
)

FIELDS = ("correlation_id", "job_id", "shell_file_id", "stage")


def bind_log_context(**ids: str) -> None:
    _context.set({key: str(value) for key, value in ids.items() if key in FIELDS})


def clear_log_context() -> None:
    _context.set(None)


def current_log_context() -> dict[str, str]:
    return dict(_context.get() or {})


class LogContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        context = _context.get() or {}
        for key in FIELDS:
            setattr(record, key, context.get(key, "-"))
        return True
