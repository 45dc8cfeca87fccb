"""The vendor gate: quotas from ``api_rate_limits`` enforced by a QuotaLimiter.

Vendor adapters (OCR, LLM) call :meth:`VendorGate.acquire` before a request and
:meth:`VendorGate.after_response` after it. The table is the configuration: it is
re-read every ``refresh_seconds`` (changes apply within seconds, no restart), a
``disabled`` or ``maintenance`` status pauses that vendor by rescheduling, and every
refusal (ours or the vendor's 429) is counted in ``rate_limit_violations`` with
``last_rate_limit_hit`` (written at most once a second per key per process).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.ratelimit.quota import Permit, Quota, QuotaLimiter
from adapters.ratelimit.signals import VendorSignals
from pipeline.errors import PermanentError, RateLimited, TransientError
from pipeline.metrics import events
from pipeline.sqlfiles import query
from pipeline.tracing.spans import work_span

logger = logging.getLogger(__name__)


class QuotaBook:
    """The quotas of ``api_rate_limits``, cached for ``refresh_seconds``.

    Any pool will do (its row factory does not matter): a worker passes its runtime
    pool, so the book costs no connection of its own (docs/connections.md)."""

    def __init__(
        self,
        pool: ConnectionPool[Any],
        refresh_seconds: float = 2.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pool = pool
        self.refresh_seconds = refresh_seconds
        self._clock = clock  # injectable: tests step it instead of sleeping
        self._quotas: dict[tuple[str, str], Quota] = {}
        self._loaded_at = float("-inf")
        self._lock = threading.Lock()

    def get(self, provider: str, endpoint: str) -> Quota:
        with self._lock:
            if self._clock() - self._loaded_at > self.refresh_seconds:
                self._reload()
            quota = self._quotas.get((provider, endpoint))
        if quota is None:
            raise PermanentError(
                "no quota is configured for this vendor endpoint", code="quota_missing"
            )
        return quota

    def _reload(self) -> None:
        try:
            # dict rows whatever the pool's row factory: the book shares the worker pool
            with self.pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
                rows = cur.execute(query("quota_all")).fetchall()
        except psycopg.Error as exc:
            if not self._quotas:
                raise TransientError(
                    "quota configuration unavailable", code="quota_config_unavailable"
                ) from exc
            logger.warning("quota reload failed; keeping the last configuration")
            return
        self._quotas = {
            (str(r["provider_name"]), str(r["api_endpoint"])): Quota.from_row(r) for r in rows
        }
        self._loaded_at = self._clock()


class VendorGate:
    def __init__(self, limiter: QuotaLimiter, book: QuotaBook) -> None:
        self.limiter = limiter
        self.book = book
        self._last_recorded: dict[str, float] = {}
        self._pending_hits: dict[str, int] = {}
        self._lock = threading.Lock()

    def acquire(self, provider: str, endpoint: str, estimated_tokens: int) -> Permit:
        """A permit for one call, or RateLimited (the stage is rescheduled).

        Each acquire is a ``quota wait`` span: vendor, milliseconds waited in-process,
        outcome (``granted``, or ``rate_limited`` with the reschedule delay)."""
        with work_span(
            "quota wait", {"docpipe.vendor": provider}, not_failures=(RateLimited,)
        ) as span:
            quota = self.book.get(provider, endpoint)
            started = time.monotonic()
            try:
                permit = self.limiter.acquire(quota, estimated_tokens)
            except RateLimited as limited:
                # A longer wait handed to the ledger (the job is rescheduled), not a failure.
                span.set_attribute("docpipe.outcome", "rate_limited")
                span.set_attribute("docpipe.delay_ms", int(limited.delay * 1000))
                self._record_hit(quota)
                events.quota_refused(provider, "gate")
                raise
            finally:
                span.set_attribute("docpipe.wait_ms", int((time.monotonic() - started) * 1000))
            span.set_attribute("docpipe.outcome", "granted")
            events.quota_waited(provider, time.monotonic() - started)
            return permit

    def after_response(
        self,
        permit: Permit,
        status: int,
        headers: Mapping[str, str],
        body: Mapping[str, Any] | None = None,
        *,
        actual_tokens: int | None = None,
    ) -> VendorSignals:
        """Observe headers, reconcile tokens, release, and raise the mapped vendor error."""
        try:
            return self.limiter.after_response(
                permit, status, headers, body, actual_tokens=actual_tokens
            )
        except RateLimited:
            self._record_hit(permit.quota)
            events.quota_refused(permit.quota.provider, "vendor")
            raise

    def release(self, permit: Permit) -> None:
        self.limiter.release(permit)

    def _record_hit(self, quota: Quota) -> None:
        now = time.monotonic()
        with self._lock:
            self._pending_hits[quota.key] = self._pending_hits.get(quota.key, 0) + 1
            if now - self._last_recorded.get(quota.key, float("-inf")) < 1.0:
                return
            count = self._pending_hits.pop(quota.key)
            self._last_recorded[quota.key] = now
        try:
            with self.book.pool.connection() as conn:
                conn.execute(
                    query("quota_record_hit"),
                    {"provider": quota.provider, "endpoint": quota.endpoint, "count": count},
                )
        except psycopg.Error:
            logger.warning("could not record a rate-limit hit for %s", quota.key)

    def close(self) -> None:
        self.limiter.close()
