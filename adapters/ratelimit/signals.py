"""What vendors tell us about our quota: rate-limit headers and error bodies.

Parsed (case-insensitive, garbage tolerated: a missing, negative or non-numeric value
is simply unknown):

* OpenAI ``x-ratelimit-{limit,remaining,reset}-{requests,tokens}``; ``reset`` is a Go
  duration such as ``6m0s``, ``1s`` or ``20ms`` (time until the budget is full again).
* Anthropic ``anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-
  {limit,remaining,reset}``; ``reset`` is an RFC 3339 timestamp. ``tokens-*`` is already
  the most restrictive token limit; without it the tighter of input/output is used.
* ``retry-after-ms``, else ``retry-after`` as seconds or an HTTP date.

A ``remaining`` value only counts when its ``limit`` is a positive number: some proxies
(Azure) send ``0``/``-1`` placeholders that would otherwise block a key for nothing.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from pipeline.errors import DocpipeError, PermanentError, RateLimited, TransientError

#: Error codes meaning "no credit / budget left": retrying will not help.
QUOTA_EXHAUSTED_CODES = frozenset(
    {
        "insufficient_quota",
        "billing_hard_limit_reached",
        "billing_not_active",
        "enforced_spend_limit_reached",
    }
)
#: Statuses meaning "the vendor is struggling, not us": retry later.
UNAVAILABLE_STATUSES = frozenset({408, 500, 502, 503, 504, 529})
#: Google asks for at least 30 s before retrying a quota error.
GOOGLE_MIN_RETRY_SECONDS = 30.0

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|h|m|s)")
_UNIT_SECONDS = {
    "h": 3600.0,
    "m": 60.0,
    "s": 1.0,
    "ms": 1e-3,
    "us": 1e-6,
    "µs": 1e-6,
    "ns": 1e-9,
}


def parse_duration(value: str) -> float | None:
    """Seconds in a Go-style duration (``6m0s``, ``1.5s``, ``20ms``) or a bare number."""
    text = value.strip().lower()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    position, total = 0, 0.0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            return None
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        position = match.end()
    return total if position == len(text) and position > 0 else None


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``retry-after`` value: delta seconds or an HTTP date."""
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def parse_reset_timestamp(value: str, *, now: float | None = None) -> float | None:
    """Seconds until an RFC 3339 timestamp (Anthropic ``*-reset``)."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and number >= 0 else None


@dataclass(frozen=True, slots=True)
class Budget:
    """One vendor budget as reported: ceiling, what is left, seconds until it is full."""

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None

    @property
    def exhausted(self) -> bool:
        return self.remaining is not None and self.remaining <= 0


@dataclass(frozen=True, slots=True)
class VendorSignals:
    """Rate-limit information of one vendor response (all optional)."""

    requests: Budget = Budget()
    tokens: Budget = Budget()
    retry_after: float | None = None

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        *,
        now: float | None = None,
    ) -> VendorSignals:
        items = headers.items() if isinstance(headers, Mapping) else headers
        h = {name.lower(): value for name, value in items}
        requests = _openai_budget(h, "requests") or _anthropic_budget(h, "requests", now)
        tokens = _openai_budget(h, "tokens") or _anthropic_budget(h, "tokens", now)
        if tokens is None:
            pair = [
                b
                for b in (
                    _anthropic_budget(h, "input-tokens", now),
                    _anthropic_budget(h, "output-tokens", now),
                )
                if b is not None
            ]
            tokens = min(pair, key=_tightness) if pair else None
        retry_after: float | None = None
        if "retry-after-ms" in h and (ms := parse_duration(h["retry-after-ms"])) is not None:
            retry_after = ms / 1000.0
        elif "retry-after" in h:
            retry_after = parse_retry_after(h["retry-after"], now=now)
        return cls(requests or Budget(), tokens or Budget(), retry_after)

    @property
    def empty(self) -> bool:
        return self == VendorSignals()

    def block_seconds(self) -> float | None:
        """How long the key must rest according to the vendor, if at all.

        ``retry-after`` wins; otherwise an exhausted budget blocks until its reset.
        """
        if self.retry_after is not None:
            return self.retry_after
        waits = [b.reset for b in (self.requests, self.tokens) if b.exhausted and b.reset]
        return max(waits) if waits else None


def _tightness(budget: Budget) -> float:
    if budget.remaining is None or not budget.limit:
        return math.inf
    return budget.remaining / budget.limit


def _budget(limit: int | None, remaining: int | None, reset: float | None) -> Budget | None:
    if limit is None and remaining is None and reset is None:
        return None
    if not limit:  # 0/-1/garbage placeholders: nothing reliable here
        return Budget(None, None, reset)
    return Budget(limit, remaining, reset)


def _openai_budget(h: Mapping[str, str], what: str) -> Budget | None:
    reset = h.get(f"x-ratelimit-reset-{what}")
    return _budget(
        _count(h.get(f"x-ratelimit-limit-{what}")),
        _count(h.get(f"x-ratelimit-remaining-{what}")),
        parse_duration(reset) if reset is not None else None,
    )


def _anthropic_budget(h: Mapping[str, str], what: str, now: float | None) -> Budget | None:
    reset = h.get(f"anthropic-ratelimit-{what}-reset")
    return _budget(
        _count(h.get(f"anthropic-ratelimit-{what}-limit")),
        _count(h.get(f"anthropic-ratelimit-{what}-remaining")),
        parse_reset_timestamp(reset, now=now) if reset is not None else None,
    )


def _error_codes(body: Mapping[str, Any] | None) -> tuple[set[str], str]:
    """(every code/type string in the error body, Google-style status)."""
    if not isinstance(body, Mapping):
        return set(), ""
    error = body.get("error")
    codes: set[str] = set()
    status = ""
    if isinstance(error, Mapping):
        for field in ("code", "type", "status"):
            if isinstance(error.get(field), str):
                codes.add(error[field])
        raw_status = error.get("status")
        status = raw_status if isinstance(raw_status, str) else ""
        details = error.get("details")
        if isinstance(details, Mapping) and isinstance(details.get("error_code"), str):
            codes.add(details["error_code"])
    elif isinstance(error, str):
        codes.add(error)
    return codes, status


def classify_vendor_error(
    status: int,
    body: Mapping[str, Any] | None,
    signals: VendorSignals,
    *,
    key: str = "",
    default_retry: float = 1.0,
) -> DocpipeError | None:
    """The docpipe error for a failed vendor response, or None if it is not ours to map.

    * credit/budget exhausted (``insufficient_quota`` and kin) → PermanentError
      ``vendor_quota_exhausted``: do not retry, alert;
    * 429 / ``rate_limit_exceeded`` / ``RESOURCE_EXHAUSTED`` → RateLimited after the
      vendor's retry-after (or its reset, or ``default_retry``);
    * 408, 5xx, 529 overloaded → TransientError ``vendor_unavailable``.

    Messages carry codes and numbers only, never the vendor's text.
    """
    codes, google_status = _error_codes(body)
    if codes & QUOTA_EXHAUSTED_CODES:
        return PermanentError(
            f"vendor quota exhausted (status {status})", code="vendor_quota_exhausted"
        )
    rate_codes = {"rate_limit_exceeded", "rate_limit_error", "RESOURCE_EXHAUSTED"}
    if status == 429 or codes & rate_codes:
        delay = signals.block_seconds()
        if delay is None:
            delay = default_retry
            if google_status == "RESOURCE_EXHAUSTED" or "RESOURCE_EXHAUSTED" in codes:
                delay = max(delay, GOOGLE_MIN_RETRY_SECONDS)
        return RateLimited(delay, key=key)
    if status in UNAVAILABLE_STATUSES or "overloaded_error" in codes:
        return TransientError(f"vendor unavailable (status {status})", code="vendor_unavailable")
    return None
