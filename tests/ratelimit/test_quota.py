"""The vendor-agnostic QuotaLimiter: dimensions, permits, reconcile, vendor feedback,
concurrency caps and the fail-closed outage policy."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from limits.storage import MemoryStorage

from adapters.ratelimit.gcra import MemoryGcraStore
from adapters.ratelimit.quota import Quota, QuotaLimiter, sliding_window_delay
from adapters.ratelimit.signals import VendorSignals
from adapters.ratelimit.slots import MemorySlotStore
from pipeline.errors import ConfigurationError, PermanentError, RateLimited, TransientError
from tests.ratelimit._clock import SteppedClock


def quota(**limits: int | str) -> Quota:
    return Quota("vendor", f"model-{uuid.uuid4().hex[:8]}", **limits)  # type: ignore[arg-type]


@pytest.fixture
def limiter() -> Iterator[QuotaLimiter]:
    made = QuotaLimiter(
        MemoryStorage(), MemoryGcraStore(), MemorySlotStore(), headroom=1.0, max_wait=0.0
    )
    yield made
    made.close()


def test_grants_until_a_dimension_is_exhausted(limiter: QuotaLimiter) -> None:
    q = quota(requests_per_minute=5)
    permits = [limiter.acquire(q) for _ in range(5)]
    assert all(p.mode == "window" for p in permits)
    with pytest.raises(RateLimited) as raised:
        limiter.acquire(q)
    # five in this minute: the sixth fits once the window turns and a fifth of it fades
    assert 12.0 < raised.value.delay <= 72.0 * 1.1
    assert raised.value.key == q.key


def test_a_refusal_on_one_dimension_charges_no_other(limiter: QuotaLimiter) -> None:
    q = quota(requests_per_minute=10, tokens_per_minute=100)
    limiter.acquire(q, 60)
    with pytest.raises(RateLimited):
        limiter.acquire(q, 60)  # tokens refuse; the request count must not move
    for _ in range(9):
        limiter.acquire(q, 1)  # 1 + 9 = the whole request budget is still there
    with pytest.raises(RateLimited):
        limiter.acquire(q, 1)


def test_reconcile_charges_what_the_vendor_really_used(limiter: QuotaLimiter) -> None:
    q = quota(tokens_per_minute=100)
    permit = limiter.acquire(q, 50)
    assert limiter.reconcile(permit, 80) == 30
    assert limiter.reconcile(permit, 80) == 0  # already charged
    assert limiter.reconcile(permit, 10) == 0  # no refunds
    with pytest.raises(RateLimited):
        limiter.acquire(q, 21)
    limiter.acquire(q, 20)


def paced_limiter(clock: SteppedClock, max_wait: float) -> QuotaLimiter:
    """A pacing limiter on a stepped clock: waits are exact, sleeping moves the clock."""
    return QuotaLimiter(
        MemoryStorage(),
        MemoryGcraStore(clock=clock),
        mode="pacing",
        headroom=1.0,
        max_wait=max_wait,
        jitter=0.0,
        clock=clock,
        sleep=clock.sleep,
    )


def test_reconcile_in_pacing_mode_pushes_the_schedule() -> None:
    paced = paced_limiter(SteppedClock(), max_wait=0.0)
    q = quota(tokens_per_minute=600)  # 10 tokens per second
    permit = paced.acquire(q, 1)  # takes 0.1 s of emission time
    with pytest.raises(RateLimited) as before:
        paced.acquire(q, 1)
    assert before.value.delay == pytest.approx(0.1, abs=0.01)
    assert paced.reconcile(permit, 11) == 10  # one more second
    with pytest.raises(RateLimited) as after:
        paced.acquire(q, 1)
    assert after.value.delay == pytest.approx(1.1, abs=0.01)


def test_pacing_spaces_calls_evenly() -> None:
    clock = SteppedClock()
    paced = paced_limiter(clock, max_wait=1.0)
    q = quota(requests_per_minute=600)  # one per 0.1 s
    started = clock()
    stamps = []
    for _ in range(4):
        paced.acquire(q)
        stamps.append(clock() - started)
    assert stamps == pytest.approx([0.0, 0.1, 0.2, 0.3], abs=1e-6)


def test_short_waits_are_slept_in_process() -> None:
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # limits' memory storage runs on the real clock
        slept.append(seconds)
        time.sleep(seconds)

    patient = QuotaLimiter(
        MemoryStorage(),
        MemoryGcraStore(),
        headroom=1.0,
        max_wait=2.0,
        time_scale=1 / 60,  # a minute becomes a second
        sleep=sleep,
    )
    q = quota(requests_per_minute=2)
    patient.acquire(q)
    patient.acquire(q)
    permit = patient.acquire(q)  # must wait for the window to turn and the old count to fade
    assert permit.quota == q  # granted, not RateLimited: the wait was slept here
    assert slept and 0 < sum(slept) <= 2.0  # within max_wait, by the limiter's own count


def stepped_limiter(clock: SteppedClock, gcra: MemoryGcraStore) -> QuotaLimiter:
    return QuotaLimiter(MemoryStorage(), gcra, headroom=1.0, max_wait=0.0, jitter=0.0, clock=clock)


def test_vendor_retry_after_blocks_every_limiter_sharing_the_store() -> None:
    clock = SteppedClock()
    shared = MemoryGcraStore(clock=clock)
    first, second = stepped_limiter(clock, shared), stepped_limiter(clock, shared)
    q = quota(requests_per_minute=100)
    first.observe(q, VendorSignals.from_headers({"retry-after-ms": "400"}))
    for limiter_ in (first, second):
        with pytest.raises(RateLimited) as raised:
            limiter_.acquire(q)
        assert raised.value.delay == pytest.approx(0.4, abs=0.01)
    clock.advance(0.39)
    with pytest.raises(RateLimited):
        second.acquire(q)
    clock.advance(0.02)
    second.acquire(q)


def test_exhausted_remaining_blocks_until_reset() -> None:
    clock = SteppedClock()
    limiter = stepped_limiter(clock, MemoryGcraStore(clock=clock))
    q = quota(requests_per_minute=100)
    limiter.observe(
        q,
        VendorSignals.from_headers(
            {
                "x-ratelimit-limit-requests": "100",
                "x-ratelimit-remaining-requests": "0",
                "x-ratelimit-reset-requests": "300ms",
            }
        ),
    )
    with pytest.raises(RateLimited):
        limiter.acquire(q)
    clock.advance(0.29)
    with pytest.raises(RateLimited):
        limiter.acquire(q)
    clock.advance(0.02)
    limiter.acquire(q)


def test_a_lower_vendor_limit_tightens_the_quota(
    limiter: QuotaLimiter, caplog: pytest.LogCaptureFixture
) -> None:
    q = quota(requests_per_minute=100)
    with caplog.at_level(logging.INFO, logger="adapters.ratelimit.quota"):
        limiter.observe(
            q,
            VendorSignals.from_headers(
                {"x-ratelimit-limit-requests": "3", "x-ratelimit-remaining-requests": "3"}
            ),
        )
    assert any("tightened" in r.getMessage() for r in caplog.records)
    for _ in range(3):
        limiter.acquire(q)
    with pytest.raises(RateLimited):
        limiter.acquire(q)


def test_after_response_maps_errors_and_always_releases(limiter: QuotaLimiter) -> None:
    q = quota(requests_per_minute=100, concurrent_requests=1)
    permit = limiter.acquire(q)
    with pytest.raises(PermanentError) as permanent:
        limiter.after_response(
            permit, 429, {}, {"error": {"type": "insufficient_quota", "code": "insufficient_quota"}}
        )
    assert permanent.value.code == "vendor_quota_exhausted"
    permit = limiter.acquire(q)  # the slot came back
    with pytest.raises(TransientError):
        limiter.after_response(permit, 503, {}, None)
    permit = limiter.acquire(q)
    with pytest.raises(RateLimited) as limited:
        limiter.after_response(
            permit, 429, {}, {"error": {"type": "requests", "code": "rate_limit_exceeded"}}
        )
    assert limited.value.delay == 1.0  # no retry-after: the default, and the key is blocked
    with pytest.raises(RateLimited):
        limiter.acquire(q)


def test_after_response_reconciles_usage(limiter: QuotaLimiter) -> None:
    q = quota(tokens_per_minute=100)
    permit = limiter.acquire(q, 40)
    signals = limiter.after_response(
        permit, 200, {"x-ratelimit-remaining-tokens": "60"}, {}, actual_tokens=70
    )
    assert signals.tokens.remaining is None  # no limit header: not trusted
    assert permit.charged_tokens == 70 and permit.released
    with pytest.raises(RateLimited):
        limiter.acquire(q, 31)


def test_concurrency_cap_with_release_and_renew(limiter: QuotaLimiter) -> None:
    q = quota(concurrent_requests=1)
    with limiter.acquire(q) as permit:
        assert limiter.renew(permit)
        with pytest.raises(RateLimited) as raised:
            limiter.acquire(q)
        assert raised.value.delay <= limiter.slot_retry * 1.1 + 0.01
    assert permit.released
    with limiter.permit(q):
        pass
    limiter.acquire(q).release()


def test_a_refused_rate_gives_the_slot_back(limiter: QuotaLimiter) -> None:
    q = quota(requests_per_minute=1, concurrent_requests=1)
    limiter.acquire(q).release()
    with pytest.raises(RateLimited):
        limiter.acquire(q)  # rate refused after the slot was taken ...
    assert limiter.slots is not None
    assert limiter.slots.held(q.key) == 0  # ... and the slot went back


def test_a_call_bigger_than_the_budget_is_permanent(limiter: QuotaLimiter) -> None:
    with pytest.raises(PermanentError) as raised:
        limiter.acquire(quota(tokens_per_minute=100), 101)
    assert raised.value.code == "quota_cost_exceeds_limit"


def test_quota_status(limiter: QuotaLimiter) -> None:
    """disabled and maintenance pause the vendor (reschedule), they never fail the job."""
    for status in ("disabled", "maintenance"):
        with pytest.raises(RateLimited) as paused:
            limiter.acquire(quota(requests_per_minute=5, status=status))
        assert paused.value.delay >= 60
    with pytest.raises(ConfigurationError):
        limiter.acquire(quota(requests_per_minute=5, status="sideways"))


def test_headroom_and_time_scale() -> None:
    q = Quota("v", "m", requests_per_minute=100, tokens_per_hour=1000)
    assert [(d.name, d.limit, d.seconds) for d in q.dimensions(1 / 30)] == [
        ("requests_per_minute", 100, 2),
        ("tokens_per_hour", 1000, 120),
    ]
    aimed = QuotaLimiter(MemoryStorage(), MemoryGcraStore(), headroom=0.9, max_wait=0.0)
    for _ in range(90):
        aimed.acquire(q)
    with pytest.raises(RateLimited):
        aimed.acquire(q)
    with pytest.raises(ConfigurationError):
        QuotaLimiter(MemoryStorage(), MemoryGcraStore(), headroom=1.5)


def test_quota_from_an_api_rate_limits_row() -> None:
    q = Quota.from_row(
        {
            "provider_name": "openai",
            "api_endpoint": "gpt-4o-mini",
            "requests_per_minute": 500,
            "requests_per_hour": None,
            "tokens_per_minute": 200000,
            "tokens_per_hour": 0,
            "concurrent_requests": 50,
            "status": "active",
        }
    )
    assert q == Quota("openai", "gpt-4o-mini", 500, None, 200000, None, 50, "active")
    assert q.key == "openai/gpt-4o-mini"


def test_sliding_window_delay_arithmetic() -> None:
    # 10 per 60 s; previous window had 10, 30 s left of the current, which holds 6
    assert sliding_window_delay(10, 60, 10, 30.0, 6, 90.0, 1) == pytest.approx(12.0, abs=0.01)
    # current already full: wait for the turn (30 s), then for 1/10 of it to fade (6 s)
    assert sliding_window_delay(10, 60, 0, 0.0, 10, 90.0, 1) == pytest.approx(36.0, abs=0.01)
    assert sliding_window_delay(10, 60, 0, 0.0, 0, 0.0, 1) < 0.01


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("redis://127.0.0.1:1/0", marks=pytest.mark.redis, id="redis"),
        pytest.param(
            "postgresql+limits://postgres@127.0.0.1:1/none?pool_timeout=0.3&connect_timeout=1",
            marks=pytest.mark.db,
            id="postgres",
        ),
    ],
)
@pytest.mark.parametrize("mode", ["window", "pacing"])
def test_a_store_outage_fails_closed(url: str, mode: str, caplog: pytest.LogCaptureFixture) -> None:
    down = QuotaLimiter.from_url(url, mode=mode, max_wait=0.0, outage_delay=2.0)
    q = quota(requests_per_minute=100, concurrent_requests=5)
    started = time.monotonic()
    try:
        with caplog.at_level(logging.WARNING), pytest.raises(RateLimited) as raised:
            down.acquire(q)
    finally:
        down.close()
    assert time.monotonic() - started < 3.0
    assert 2.0 <= raised.value.delay <= 2.0 * 1.1
    assert any("failing closed" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param("redis", marks=pytest.mark.redis),
        pytest.param("postgres", marks=pytest.mark.db),
    ],
)
@pytest.mark.parametrize("mode", ["window", "pacing"])
def test_shared_stores_end_to_end(kind: str, mode: str, request: pytest.FixtureRequest) -> None:
    import os

    url = (
        os.environ.get("DOCPIPE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
        if kind == "redis"
        else request.getfixturevalue("pg_url")
    )
    # pacing: a minute becomes 600 s, so 100 of 1000 tokens take 60 s of emission time:
    # the servers' clocks run on, but milliseconds do not matter against a minute; the
    # limiters record their sleeps instead of sleeping.
    slept: list[float] = []
    options: dict[str, Any] = (
        {"time_scale": 10.0, "max_wait": 1000.0, "sleep": slept.append}
        if mode == "pacing"
        else {"max_wait": 0.0}
    )
    shared = QuotaLimiter.from_url(url, mode=mode, headroom=1.0, **options)
    other = QuotaLimiter.from_url(url, mode=mode, headroom=1.0, **options)
    q = quota(requests_per_minute=6000, tokens_per_minute=1000, concurrent_requests=2)
    try:
        first = shared.acquire(q, 100)
        second = other.acquire(q, 100)
        with pytest.raises(RateLimited):
            shared.acquire(q, 100, max_wait=0.0)  # both slots are held (by two limiters)
        first.release()
        second.release()
        if mode == "window":
            for _ in range(8):
                other.acquire(q, 100).release()
            with pytest.raises(RateLimited):
                shared.acquire(q, 1)  # the other limiter used the last tokens
        else:
            assert second.waited == pytest.approx(60.0, abs=5.0)  # paced behind `first`
            shared.acquire(q, 100).release()  # the third slot, 120 s out
            paced = other.acquire(q, 100)
            assert paced.waited == pytest.approx(180.0, abs=5.0)  # behind both limiters
            paced.release()
            assert slept == pytest.approx([60.0, 120.0, 180.0], abs=5.0)
    finally:
        shared.close()
        other.close()
