"""Vendor-agnostic quotas: one :class:`Quota` per (provider, endpoint), one limiter for all.

A quota has up to five dimensions: requests/min, requests/hour, tokens/min,
tokens/hour and concurrent requests (the ``api_rate_limits`` row). Before a vendor call
:meth:`QuotaLimiter.acquire` checks every dimension and either grants a
:class:`Permit` or raises :exc:`~pipeline.errors.RateLimited` with the delay until
capacity returns (the stage is rescheduled: backpressure, not failure).

Two rate modes:

``window`` (default)
    ``limits``' sliding-window counter per dimension, tokens charged as ``cost``.
    All dimensions are *tested* first and only then *hit*, so a refusal consumes
    nothing (a fixed window would consume even on refusal). Sound against vendors
    that refill a bucket holding at least the limit. After idle time it admits a
    window's whole budget at once: a vendor keeping an exact sliding log refuses
    part of that in its next window, and a burst admitted just before a fixed-window
    vendor's boundary arrives partly in the vendor's next window (the headroom covers
    only what is in flight, up to the concurrency cap). Use pacing for those.
``pacing``
    GCRA (:mod:`adapters.ratelimit.gcra`): every call reserves an evenly spaced
    emission slot on all dimensions at once (one common start) and waits for it. No
    bursts at all, so it is the safe choice when the vendor's algorithm is unknown.
    A window can hold at most the limit plus one call's cost, so the headroom should
    exceed the largest call (2 % of 200k TPM covers 4k-token calls).

Both modes aim a little under the vendor's limit (``headroom``, default 0.97): network
and scheduling jitter move arrival times, and a few percent of slack is what keeps
429s at zero while still using ≥ 95 % of the quota.

Concurrency is a leased slot (:mod:`adapters.ratelimit.slots`): released with the
permit, renewed by :meth:`QuotaLimiter.renew`, expiring by itself if the worker dies.

Tokens are estimated before the call (:mod:`adapters.ratelimit.tokens`, estimate plus
``max_tokens``) and reconciled afterwards: :meth:`QuotaLimiter.reconcile` charges the
difference when the vendor's ``usage`` is larger. ``limits`` cannot refund, so an
over-estimate stays charged until its window passes; keep ``max_tokens`` tight.

Vendor feedback (:mod:`adapters.ratelimit.signals`): a 429's ``retry-after`` or an
exhausted ``remaining`` blocks the key for every worker until the vendor's reset (a
shared GCRA barrier); a ``limit`` header lower than the configured per-minute limit
tightens that dimension in this process for ``tighten_seconds``. ``insufficient_quota``
and kin become a PermanentError ``vendor_quota_exhausted``.

Store outage policy: **fail closed**. If Redis/Postgres cannot answer, acquire raises
``RateLimited(outage_delay)`` (2 s by default) and logs a warning; it never lets calls
through unmetered, because a burst against the vendor would turn into 429s and
possibly a longer vendor-side ban. Releasing a slot or reconciling during an outage
only logs: the lease expires by itself, the window passes by itself.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast

from limits import RateLimitItemPerSecond
from limits.errors import StorageError
from limits.storage import MemoryStorage, SlidingWindowCounterSupport
from limits.strategies import SlidingWindowCounterRateLimiter

from adapters.ratelimit.errors import StoreUnavailable
from adapters.ratelimit.gcra import GcraStore, emission_interval
from adapters.ratelimit.signals import VendorSignals, classify_vendor_error
from adapters.ratelimit.slots import SlotStore
from adapters.ratelimit.tokens import estimate_request_tokens, estimate_tokens
from pipeline.errors import ConfigurationError, PermanentError, RateLimited

if TYPE_CHECKING:
    from types import TracebackType

    from limits.storage import Storage

logger = logging.getLogger(__name__)

__all__ = [
    "Dimension",
    "Permit",
    "Quota",
    "QuotaLimiter",
    "VendorSignals",
    "classify_vendor_error",
    "estimate_request_tokens",
    "estimate_tokens",
]

Mode = Literal["window", "pacing"]
Unit = Literal["requests", "tokens"]

#: Share of the vendor limit we aim for.
DEFAULT_HEADROOM = 0.97
#: Seconds a caller is told to wait when the quota store is down (fail closed).
DEFAULT_OUTAGE_DELAY = 2.0
#: A limit no charge can exceed: used to force a reconcile charge through.
_FORCE_LIMIT = 2**62
#: Added to computed delays so a retry does not wake a hair too early.
_DELAY_EPSILON = 0.005

_ACTIVE, _MAINTENANCE, _DISABLED = "active", "maintenance", "disabled"
#: How soon a job waiting on a paused (disabled / maintenance) vendor looks again.
PAUSED_RETRY_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Dimension:
    """One enforced limit of a quota: ``limit`` units of ``unit`` per ``seconds``."""

    name: str
    unit: Unit
    limit: int
    seconds: int


@dataclass(frozen=True, slots=True)
class Quota:
    """A vendor quota as configured in ``api_rate_limits`` (None = no such limit)."""

    provider: str
    endpoint: str
    requests_per_minute: int | None = None
    requests_per_hour: int | None = None
    tokens_per_minute: int | None = None
    tokens_per_hour: int | None = None
    concurrent_requests: int | None = None
    status: str = _ACTIVE

    @property
    def key(self) -> str:
        """The shared key of this quota (provider/endpoint; never anything about a patient)."""
        return f"{self.provider}/{self.endpoint}"

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Quota:
        """Build from an ``api_rate_limits`` row (``provider_name``/``api_endpoint`` or not)."""

        def limit(name: str) -> int | None:
            value = row.get(name)
            return int(value) if value is not None and int(value) > 0 else None

        return cls(
            provider=str(row.get("provider_name", row.get("provider", ""))),
            endpoint=str(row.get("api_endpoint", row.get("endpoint", ""))),
            requests_per_minute=limit("requests_per_minute"),
            requests_per_hour=limit("requests_per_hour"),
            tokens_per_minute=limit("tokens_per_minute"),
            tokens_per_hour=limit("tokens_per_hour"),
            concurrent_requests=limit("concurrent_requests"),
            status=str(row.get("status") or _ACTIVE),
        )

    def dimensions(self, time_scale: float = 1.0) -> tuple[Dimension, ...]:
        """The rate dimensions, windows multiplied by ``time_scale`` (tests shrink them)."""
        spec: tuple[tuple[str, Unit, int | None, int], ...] = (
            ("requests_per_minute", "requests", self.requests_per_minute, 60),
            ("requests_per_hour", "requests", self.requests_per_hour, 3600),
            ("tokens_per_minute", "tokens", self.tokens_per_minute, 60),
            ("tokens_per_hour", "tokens", self.tokens_per_hour, 3600),
        )
        dims = []
        for name, unit, limit, seconds in spec:
            if limit:
                scaled = round(seconds * time_scale)
                if scaled < 1:
                    raise ConfigurationError(
                        "time_scale makes a window shorter than 1 s", code="quota_config_invalid"
                    )
                dims.append(Dimension(name, unit, limit, scaled))
        return tuple(dims)


@dataclass(eq=False)
class Permit:
    """Capacity granted for one vendor call. Release it when the call is over."""

    quota: Quota
    estimated_tokens: int
    holder: str
    mode: Mode
    waited: float = 0.0
    charged_tokens: int = 0
    has_slot: bool = False
    released: bool = False
    _limiter: QuotaLimiter | None = field(default=None, repr=False)

    def release(self) -> None:
        if self._limiter is not None:
            self._limiter.release(self)

    def __enter__(self) -> Permit:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


class _QuotaItem(RateLimitItemPerSecond):
    """A ``limits`` item whose key leaves out the amount, so a tightened limit keeps its count."""

    def key_for(self, *identifiers: bytes | str | int | float) -> str:
        parts = [self.namespace, *(str(i) for i in identifiers), str(self.multiples), "s"]
        return "/".join(parts)


class QuotaLimiter:
    """Checks and charges vendor quotas in a shared store (see the module docstring)."""

    def __init__(
        self,
        storage: Storage,
        gcra: GcraStore,
        slots: SlotStore | None = None,
        *,
        mode: Mode = "window",
        headroom: float = DEFAULT_HEADROOM,
        time_scale: float = 1.0,
        max_wait: float = 1.0,
        lease_seconds: float = 300.0,
        tighten_seconds: float = 60.0,
        slot_retry: float = 0.25,
        outage_delay: float = DEFAULT_OUTAGE_DELAY,
        jitter: float = 0.1,
        namespace: str = "docpipe-quota",
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """
        :param storage: a ``limits`` storage with sliding-window-counter support
        :param gcra: TAT store for pacing mode and for vendor blocks
        :param slots: leased-slot store; required when a quota caps concurrency
        :param mode: ``"window"`` (sliding-window counter) or ``"pacing"`` (GCRA)
        :param headroom: share of each vendor limit to use (0 < headroom ≤ 1)
        :param time_scale: multiplies every window (1/60 turns a minute into 1 s in tests)
        :param max_wait: acquire sleeps in-process for waits up to this many seconds;
            longer waits raise RateLimited so the job is rescheduled instead
        :param lease_seconds: concurrency lease length; renew it for longer calls
        :param tighten_seconds: how long a lower vendor ``limit`` header stays in force
        :param slot_retry: when all concurrency slots are taken, try again after at most
            this many seconds (holders usually finish long before their lease ends)
        :param outage_delay: the delay of the RateLimited raised when the store is down
        :param jitter: RateLimited delays get up to this share added at random, so
            rescheduled jobs do not all come back at once
        """
        if not 0 < headroom <= 1:
            raise ConfigurationError("headroom must be in (0, 1]", code="quota_config_invalid")
        if mode not in ("window", "pacing"):
            raise ConfigurationError(f"unknown quota mode {mode!r}", code="quota_config_invalid")
        self.storage = storage
        self.gcra = gcra
        self.slots = slots
        self.mode: Mode = mode
        self.headroom = headroom
        self.time_scale = time_scale
        self.max_wait = max_wait
        self.lease_seconds = lease_seconds
        self.tighten_seconds = tighten_seconds
        self.slot_retry = slot_retry
        self.outage_delay = outage_delay
        self.jitter = jitter
        self.namespace = namespace
        self._clock = clock
        self._sleep = sleep
        self._window = SlidingWindowCounterRateLimiter(storage)
        self._tightened: dict[tuple[str, str], tuple[int, float]] = {}
        self._lock = threading.Lock()
        store_errors: tuple[type[BaseException], ...] = (StorageError, StoreUnavailable)
        if not isinstance(storage, MemoryStorage):  # memory "errors" are plain ValueErrors
            base = storage.base_exceptions
            store_errors += base if isinstance(base, tuple) else (base,)
        self._store_errors = store_errors

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        store_role: str = "service_role",
        store_pool_size: int | None = None,
        **options: Any,
    ) -> QuotaLimiter:
        """A limiter whose counters, TATs and slots all live behind ``url`` (RATELIMIT_URL).

        ``store_role`` and ``store_pool_size`` shape a Postgres store's pool."""
        from adapters.ratelimit import stores_from_url

        storage, gcra, slots = stores_from_url(url, role=store_role, pool_size=store_pool_size)
        return cls(storage, gcra, slots, **options)

    def close(self) -> None:
        """Close the stores' connections."""
        for store in (self.gcra, self.slots, self.storage):
            close = getattr(store, "close", None)
            if callable(close):
                close()

    # -- acquire / release -------------------------------------------------------------

    def acquire(
        self, quota: Quota, estimated_tokens: int = 0, *, max_wait: float | None = None
    ) -> Permit:
        """Grant capacity for one call of ``estimated_tokens`` tokens, or raise RateLimited.

        Waits of up to ``max_wait`` seconds (default: the limiter's) are slept here;
        longer ones raise :exc:`RateLimited` whose ``delay`` (plus jitter) says when to
        come back (also for a disabled or maintenance quota: the vendor is paused). Raises
        PermanentError ``quota_cost_exceeds_limit`` for a call larger than a whole window's budget.
        """
        budget = self.max_wait if max_wait is None else max_wait
        deadline = self._clock() + budget
        while True:
            try:
                permit = self._try_acquire(quota, estimated_tokens, deadline)
            except RateLimited as limited:
                if self._clock() + limited.delay <= deadline:
                    self._sleep(limited.delay)
                    continue
                raise RateLimited(
                    limited.delay * (1 + self.jitter * random.random()),  # noqa: S311
                    key=quota.key,
                ) from None
            if permit.waited > 0:
                self._sleep(permit.waited)
            return permit

    def release(self, permit: Permit) -> None:
        """Give the permit's concurrency slot back (idempotent; never raises for the store)."""
        if permit.released:
            return
        permit.released = True
        if permit.has_slot and self.slots is not None:
            try:
                self.slots.release(permit.quota.key, permit.holder)
            except self._store_errors as exc:
                logger.warning(
                    "quota store down, slot left to expire",
                    extra={"quota_key": permit.quota.key, "error": type(exc).__name__},
                )

    def renew(self, permit: Permit) -> bool:
        """Extend the permit's concurrency lease (heartbeat); False if it was lost.

        During a store outage the call in flight goes on (True, with a warning): its
        lease may lapse, which can briefly admit one call too many, but aborting paid
        work would be worse.
        """
        if not permit.has_slot or self.slots is None or permit.released:
            return True
        try:
            return self.slots.renew(permit.quota.key, permit.holder, self.lease_seconds)
        except self._store_errors as exc:
            logger.warning(
                "quota store down, lease not renewed",
                extra={"quota_key": permit.quota.key, "error": type(exc).__name__},
            )
            return True

    @contextmanager
    def permit(self, quota: Quota, estimated_tokens: int = 0) -> Iterator[Permit]:
        """``with limiter.permit(quota, tokens) as p:`` acquire, then always release."""
        granted = self.acquire(quota, estimated_tokens)
        try:
            yield granted
        finally:
            self.release(granted)

    # -- after the call ------------------------------------------------------------------

    def reconcile(self, permit: Permit, actual_tokens: int) -> int:
        """Charge tokens the vendor used beyond what was charged; returns the extra.

        Over-estimates are not refunded (``limits`` has no refund); they age out.
        """
        extra = int(actual_tokens) - permit.charged_tokens
        dims = [d for d in self._dimensions(permit.quota) if d.unit == "tokens"]
        if extra <= 0 or not dims:
            return 0
        try:
            if permit.mode == "pacing":
                self.gcra.reserve(
                    {
                        self._pace_key(permit.quota, d): emission_interval(
                            extra, d.limit, d.seconds
                        )
                        for d in dims
                    },
                    math.inf,
                )
            else:
                for d in dims:
                    item = self._item(d)
                    # a huge limit makes the storage take the charge unconditionally
                    self._sliding_storage().acquire_sliding_window_entry(
                        item.key_for(permit.quota.key), _FORCE_LIMIT, item.get_expiry(), extra
                    )
        except self._store_errors as exc:
            logger.warning(
                "quota store down, token overrun not charged",
                extra={"quota_key": permit.quota.key, "error": type(exc).__name__},
            )
            return 0
        permit.charged_tokens += extra
        return extra

    def observe(self, quota: Quota, signals: VendorSignals) -> None:
        """Let the vendor's view tighten ours: block on retry-after/exhaustion, lower limits."""
        seconds = signals.block_seconds()
        if seconds is not None and seconds > 0:
            self.block(quota, seconds)
        now = self._clock()
        for unit, budget, configured in (
            ("requests", signals.requests, quota.requests_per_minute),
            ("tokens", signals.tokens, quota.tokens_per_minute),
        ):
            if budget.limit and configured and budget.limit < configured:
                until = now + max(self.tighten_seconds, budget.reset or 0.0)
                with self._lock:
                    self._tightened[(quota.key, unit)] = (budget.limit, until)
                logger.info(
                    "vendor limit below configured quota; tightened",
                    extra={
                        "quota_key": quota.key,
                        "unit": unit,
                        "vendor_limit": budget.limit,
                        "configured_limit": configured,
                    },
                )

    def block(self, quota: Quota, seconds: float) -> None:
        """Stop every worker from calling this quota's vendor for ``seconds``."""
        try:
            self.gcra.block(self._block_key(quota), seconds)
        except self._store_errors as exc:
            logger.warning(
                "quota store down, vendor block not recorded",
                extra={"quota_key": quota.key, "error": type(exc).__name__},
            )
        logger.info(
            "quota blocked by vendor signal",
            extra={"quota_key": quota.key, "seconds": round(seconds, 3)},
        )

    def after_response(
        self,
        permit: Permit,
        status: int,
        headers: Mapping[str, str],
        body: Mapping[str, Any] | None = None,
        *,
        actual_tokens: int | None = None,
    ) -> VendorSignals:
        """Everything to do once the vendor answered, then release the permit.

        Observes the headers, reconciles ``actual_tokens`` (from ``usage``) and raises
        the mapped error for a failed response (RateLimited after a 429,
        PermanentError ``vendor_quota_exhausted``, TransientError ``vendor_unavailable``).
        Returns the parsed signals.
        """
        try:
            signals = VendorSignals.from_headers(headers)
            self.observe(permit.quota, signals)
            if actual_tokens is not None:
                self.reconcile(permit, actual_tokens)
            if status >= 400:
                error = classify_vendor_error(status, body, signals, key=permit.quota.key)
                if isinstance(error, RateLimited) and signals.block_seconds() is None:
                    self.block(permit.quota, error.delay)  # a bare 429 still blocks everyone
                if error is not None:
                    raise error
            return signals
        finally:
            self.release(permit)

    # -- internals -----------------------------------------------------------------------

    def _try_acquire(self, quota: Quota, tokens: int, deadline: float) -> Permit:
        self._check_status(quota)
        dims = self._dimensions(quota)
        for d in dims:
            if self._cost(d, tokens) > d.limit:
                raise PermanentError(
                    f"one call needs more than the whole {d.name} budget",
                    code="quota_cost_exceeds_limit",
                )
        permit = Permit(
            quota,
            max(0, tokens),
            uuid.uuid4().hex,
            self.mode,
            charged_tokens=max(0, tokens),
            _limiter=self,
        )
        try:
            if self.mode == "window":
                self._check_block(quota)
            if quota.concurrent_requests:
                permit.has_slot = self._take_slot(quota, permit.holder)
            try:
                if self.mode == "pacing":
                    permit.waited = self._pace(quota, dims, tokens, deadline)
                else:
                    self._hit_windows(quota, dims, tokens)
            except BaseException:
                self.release(permit)
                raise
        except self._store_errors as exc:
            logger.warning(
                "quota store down, failing closed",
                extra={"quota_key": quota.key, "error": type(exc).__name__},
            )
            raise RateLimited(self.outage_delay, key=quota.key) from exc
        return permit

    def _check_status(self, quota: Quota) -> None:
        if quota.status == _ACTIVE:
            return
        # Both pause the vendor: the job waits (rescheduled, no attempt used) until an
        # operator sets the row back to active; nothing fails because of it.
        if quota.status == _DISABLED:
            raise RateLimited(
                PAUSED_RETRY_SECONDS, key=quota.key, message="vendor quota is disabled"
            )
        if quota.status == _MAINTENANCE:
            raise RateLimited(
                PAUSED_RETRY_SECONDS, key=quota.key, message="vendor quota in maintenance"
            )
        raise ConfigurationError(
            f"unknown quota status {quota.status!r}", code="quota_config_invalid"
        )

    def _check_block(self, quota: Quota) -> None:
        result = self.gcra.reserve({self._block_key(quota): 0.0}, 0.0)
        if not result.granted:
            raise RateLimited(result.wait + _DELAY_EPSILON, key=quota.key)

    def _take_slot(self, quota: Quota, holder: str) -> bool:
        assert quota.concurrent_requests is not None  # noqa: S101 - checked by the caller
        if self.slots is None:
            raise ConfigurationError(
                "quota caps concurrency but the limiter has no slot store",
                code="quota_config_invalid",
            )
        attempt = self.slots.acquire(
            quota.key, holder, quota.concurrent_requests, self.lease_seconds
        )
        if not attempt.acquired:
            raise RateLimited(
                min(attempt.retry_in, self.slot_retry) + _DELAY_EPSILON, key=quota.key
            )
        return True

    def _hit_windows(self, quota: Quota, dims: tuple[Dimension, ...], tokens: int) -> None:
        charges = [(d, self._item(d), self._cost(d, tokens)) for d in dims]
        charges = [(d, item, cost) for d, item, cost in charges if cost > 0]
        refused = [
            (item, cost)
            for _, item, cost in charges
            if not self._window.test(item, quota.key, cost=cost)
        ]
        if refused:
            delay = max(self._window_delay(quota, item, cost) for item, cost in refused)
            raise RateLimited(delay, key=quota.key)
        for _, item, cost in charges:
            # lost a race since the test: earlier dimensions stay charged (the safe side)
            if not self._window.hit(item, quota.key, cost=cost):
                raise RateLimited(self._window_delay(quota, item, cost), key=quota.key)

    def _window_delay(self, quota: Quota, item: _QuotaItem, cost: int) -> float:
        """Seconds until ``cost`` fits under the sliding-window counter again."""
        window = item.get_expiry()
        prev, prev_ttl, cur, cur_ttl = self._sliding_storage().get_sliding_window(
            item.key_for(quota.key), window
        )
        return sliding_window_delay(item.amount, window, prev, prev_ttl, cur, cur_ttl, cost)

    def _pace(
        self, quota: Quota, dims: tuple[Dimension, ...], tokens: int, deadline: float
    ) -> float:
        increments = {self._block_key(quota): 0.0}
        for d in dims:
            cost = self._cost(d, tokens)
            if cost > 0:
                increments[self._pace_key(quota, d)] = emission_interval(cost, d.limit, d.seconds)
        budget = max(0.0, deadline - self._clock())
        result = self.gcra.reserve(increments, budget)
        if not result.granted:
            raise RateLimited(result.wait - budget + _DELAY_EPSILON, key=quota.key)
        return result.wait

    def _dimensions(self, quota: Quota) -> tuple[Dimension, ...]:
        """Configured dimensions with headroom and any vendor tightening applied."""
        now = self._clock()
        dims = []
        for d in quota.dimensions(self.time_scale):
            limit = d.limit
            with self._lock:
                tightened = self._tightened.get((quota.key, d.unit))
                if tightened is not None and tightened[1] <= now:
                    del self._tightened[(quota.key, d.unit)]
                    tightened = None
            if tightened is not None and d.name.endswith("per_minute"):
                limit = min(limit, tightened[0])
            dims.append(
                Dimension(d.name, d.unit, max(1, math.floor(limit * self.headroom)), d.seconds)
            )
        return tuple(dims)

    @staticmethod
    def _cost(dim: Dimension, tokens: int) -> int:
        return 1 if dim.unit == "requests" else max(0, int(tokens))

    def _item(self, dim: Dimension) -> _QuotaItem:
        return _QuotaItem(dim.limit, dim.seconds, namespace=f"{self.namespace}/{dim.name}")

    def _sliding_storage(self) -> SlidingWindowCounterSupport:
        return cast("SlidingWindowCounterSupport", self.storage)

    def _pace_key(self, quota: Quota, dim: Dimension) -> str:
        return f"{self.namespace}/pace/{quota.key}/{dim.name}/{dim.seconds}"

    def _block_key(self, quota: Quota) -> str:
        return f"{self.namespace}/block/{quota.key}"


def sliding_window_delay(
    limit: int,
    window: float,
    previous: int,
    previous_ttl: float,
    current: int,
    current_ttl: float,
    cost: int,
) -> float:
    """Seconds until ``floor(previous * weight) + current + cost <= limit`` holds.

    ``weight`` is the share of the current window still to run; it falls linearly to 0
    at the window's end, when the current count becomes the previous one. The inputs
    are what ``get_sliding_window`` returns.
    """
    if previous:
        left = previous_ttl
    elif current:
        left = max(0.0, current_ttl - window)
    else:
        return _DELAY_EPSILON  # empty windows: a lost race, try again at once
    if current + cost <= limit:
        if previous == 0:
            return _DELAY_EPSILON
        # weight may be at most (limit - current - cost) / previous
        target = (limit - current - cost) / previous
        return max(0.0, left - target * window) + _DELAY_EPSILON
    # wait for the window to turn, then for `current` (now previous) to fade enough
    target = (limit - cost) / current
    return left + max(0.0, 1.0 - target) * window + _DELAY_EPSILON
