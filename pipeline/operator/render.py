"""How operator output looks: aligned tables for people, JSON for programs.

Colours only on a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)
or ``TERM=dumb``. Times are ISO 8601 in UTC with their offset.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, TextIO

_COLOURS = {"red": "31", "green": "32", "yellow": "33", "blue": "34", "grey": "90", "bold": "1"}

#: The colour of each status word.
STATUS_COLOURS = {
    "completed": "green",
    "failed": "red",
    "dead": "red",
    "processing": "yellow",
    "pending": "yellow",
    "cancelled": "grey",
    "not started": "grey",
}


def colour_enabled(out: TextIO, env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    if "NO_COLOR" in env or env.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


class Style:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def paint(self, text: str, colour: str | None) -> str:
        if not self.enabled or not colour or not text:
            return text
        return f"\x1b[{_COLOURS[colour]}m{text}\x1b[0m"

    def status(self, text: str) -> str:
        return self.paint(text, STATUS_COLOURS.get(text))


def iso(value: datetime | None) -> str:
    """``2026-11-30T09:12:03+00:00`` (UTC, to the second); ``-`` for none."""
    if value is None:
        return "-"
    return value.astimezone(UTC).isoformat(timespec="seconds")


def seconds(value: timedelta | float | None) -> str:
    """A short duration: ``0.4s``, ``12s``, ``3m05s``, ``2h10m``; ``-`` for none."""
    if value is None:
        return "-"
    total = value.total_seconds() if isinstance(value, timedelta) else float(value)
    if total < 10:
        return f"{total:.1f}s"
    whole = round(total)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


def _visible_len(text: str) -> int:
    """Width on screen: colour escapes take none."""
    length, inside = 0, False
    for ch in text:
        if ch == "\x1b":
            inside = True
        elif inside and ch == "m":
            inside = False
        elif not inside:
            length += 1
    return length


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], style: Style) -> str:
    """Columns padded to their widest cell; the header in bold."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _visible_len(cell))
    lines = []
    head = "  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()
    lines.append(style.paint(head, "bold"))
    for row in rows:
        cells = [cell + " " * (widths[i] - _visible_len(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return round(value.total_seconds(), 3)
    if isinstance(value, uuid.UUID | Decimal):
        return str(value) if isinstance(value, uuid.UUID) else float(value)
    raise TypeError(type(value).__name__)


def write_json(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, default=_jsonable, indent=2, sort_keys=False) + "\n")
