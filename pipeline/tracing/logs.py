"""Log lines: JSON (``LOG_FORMAT=json``) or plain, every line with the log context.

The context filter and the formatter go on the root handlers, so Dramatiq's and
uvicorn's loggers (which propagate to the root) get them too. Exception texts are
not printed (a foreign exception's message can quote a document): a line names
the exception type and the frames only.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from datetime import UTC, datetime
from typing import Any

from pipeline.logcontext import RECORD_FIELDS, LogContextFilter

PLAIN_FORMAT = (
    "%(asctime)s %(levelname)s %(name)s [cid=%(correlation_id)s job=%(job_id)s "
    "stage=%(stage)s trace=%(trace_id)s] %(message)s"
)


def _redacted_exception(exc_info: Any) -> str:
    """``Type`` + where it was raised (file, line, function), without the message
    (and without source lines: a literal in one could quote a document too)."""
    exc_type, _, tb = exc_info
    frames = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(tb)
    )
    return f"{frames}{exc_type.__name__ if exc_type else 'Exception'} (message withheld)"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in RECORD_FIELDS:
            value = getattr(record, key, "-")
            line[key] = None if value == "-" else value
        if record.exc_info:
            line["exception"] = _redacted_exception(record.exc_info)
        return json.dumps(line, default=str)


class PlainFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(PLAIN_FORMAT)

    def formatException(self, ei: Any) -> str:
        return _redacted_exception(ei)


def json_wanted(*, default_json: bool) -> bool:
    """``LOG_FORMAT`` decides (json|plain); unset: ``default_json`` off a terminal."""
    chosen = os.environ.get("LOG_FORMAT", "").strip().lower()
    if chosen in {"json", "plain"}:
        return chosen == "json"
    return default_json and not sys.stderr.isatty()


def install_log_context(*, default_json: bool) -> None:
    """Put the context filter and the chosen formatter on every root handler."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler())
    formatter: logging.Formatter = (
        JsonFormatter() if json_wanted(default_json=default_json) else PlainFormatter()
    )
    for handler in root.handlers:
        if not any(isinstance(f, LogContextFilter) for f in handler.filters):
            handler.addFilter(LogContextFilter())
        handler.setFormatter(formatter)
