"""Ids that every log line of the current message carries (never PHI).

A logging filter copies them onto each record, with the current trace and span
ids and this process's worker id, so a JSON formatter (or the plain one) can print
the correlation id next to every message, whichever library logged it.
"""

from __future__ import annotations

import contextvars
import logging

from opentelemetry import trace

_context: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "docpipe_log_context", default=None
)
_process: dict[str, str] = {}

FIELDS = ("correlation_id", "job_id", "shell_file_id", "stage")
#: Every field a record carries once the filter ran (the JSON line's keys).
RECORD_FIELDS = (*FIELDS, "trace_id", "span_id", "worker_id")


def bind_log_context(**ids: str) -> None:
    _context.set({key: str(value) for key, value in ids.items() if key in FIELDS})


def clear_log_context() -> None:
    _context.set(None)


def current_log_context() -> dict[str, str]:
    return dict(_context.get() or {})


def bind_process_context(*, worker_id: str) -> None:
    """Ids of the whole process (set once the worker knows its id)."""
    _process["worker_id"] = str(worker_id)


class LogContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        context = _context.get() or {}
        for key in FIELDS:
            setattr(record, key, context.get(key, "-"))
        span = trace.get_current_span().get_span_context()
        record.trace_id = format(span.trace_id, "032x") if span.is_valid else "-"
        record.span_id = format(span.span_id, "016x") if span.is_valid else "-"
        record.worker_id = _process.get("worker_id", "-")
        return True
