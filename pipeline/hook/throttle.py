"""Request rates at the hook: uploads per user, failed webhook secrets per client.

Counters live in ``RATELIMIT_URL``'s store (memory:// per process, or Redis /
Postgres shared by every hook process), fixed windows from the ``limits`` library.
When the store itself is down the hook lets requests through (and logs it): the
rates protect capacity, authentication still decides who gets in.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse_many
from limits.errors import StorageError
from limits.strategies import FixedWindowRateLimiter

from adapters.ratelimit import storage_from_url
from pipeline.db.budget import HOOK_THROTTLE_CONNECTIONS
from pipeline.errors import ConfigurationError
from pipeline.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0  # seconds until the tightest exhausted window resets


def _rates(setting: str, name: str) -> list[RateLimitItem]:
    try:
        return parse_many(setting)
    except ValueError as exc:
        raise ConfigurationError(f"{name} is not a rate like '60/minute;600/hour'") from exc


class HookThrottle:
    def __init__(self, settings: Settings) -> None:
        self._limiter = FixedWindowRateLimiter(storage_from_url(_store_url(settings.ratelimit_url)))
        self._uploads = _rates(settings.hook_upload_rate, "HOOK_UPLOAD_RATE")
        self._auth_failures = _rates(
            settings.hook_webhook_auth_failure_rate, "HOOK_WEBHOOK_AUTH_FAILURE_RATE"
        )

    def _retry_after(self, items: list[RateLimitItem], key: str) -> int:
        resets = [
            self._limiter.get_window_stats(item, key).reset_time
            for item in items
            if not self._limiter.test(item, key)
        ]
        return max(1, math.ceil(max(resets, default=time.time()) - time.time()))

    def upload(self, user_id: str) -> Verdict:
        """Count one upload by ``user_id``; refused once any of its windows is full."""
        key = f"hook-upload:{user_id}"
        try:
            hits = [self._limiter.hit(item, key) for item in self._uploads]
            if all(hits):
                return Verdict(True)
            return Verdict(False, self._retry_after(self._uploads, key))
        except StorageError as exc:
            logger.warning("upload rate store unavailable (%s): not limiting", type(exc).__name__)
            return Verdict(True)

    def webhook_blocked(self, client: str) -> Verdict:
        """Has ``client`` used up its failed webhook secrets? (Checked before the secret.)"""
        key = f"hook-webhook-auth:{client}"
        try:
            if all(self._limiter.test(item, key) for item in self._auth_failures):
                return Verdict(True)
            return Verdict(False, self._retry_after(self._auth_failures, key))
        except StorageError as exc:
            logger.warning("webhook rate store unavailable (%s): not limiting", type(exc).__name__)
            return Verdict(True)

    def webhook_failed(self, client: str) -> None:
        key = f"hook-webhook-auth:{client}"
        try:
            for item in self._auth_failures:
                self._limiter.hit(item, key)
        except StorageError as exc:
            logger.warning("webhook rate store unavailable (%s)", type(exc).__name__)


def _store_url(url: str) -> str:
    """A Postgres store gets a small pool in the hook's budget (docs/connections.md)."""
    if not url.split(":", 1)[0].startswith("postgres") or "pool_max_size=" in url:
        return url
    return f"{url}{'&' if '?' in url else '?'}pool_max_size={HOOK_THROTTLE_CONNECTIONS}"
