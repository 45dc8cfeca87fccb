"""The vendor gate: api_rate_limits is live configuration; refusals are recorded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from adapters.ratelimit.gate import QuotaBook, VendorGate
from adapters.ratelimit.quota import QuotaLimiter
from pipeline.db import make_pool
from pipeline.errors import PermanentError, RateLimited
from tests.ratelimit._clock import SteppedClock
from tests.support.pg import dict_connect

pytestmark = pytest.mark.db


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock()


@pytest.fixture
def gate(fresh_db_url: str, clock: SteppedClock) -> Iterator[VendorGate]:
    with make_pool(fresh_db_url, max_size=2) as pool:
        gate = VendorGate(
            QuotaLimiter.from_url("memory://", max_wait=0.0),
            QuotaBook(pool, refresh_seconds=0.2, clock=clock),
        )
        yield gate
        gate.close()


def _row(db_url: str) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute(
            "SELECT * FROM api_rate_limits WHERE provider_name = 'openai' AND api_endpoint = 'gpt-4o-mini'"
        ).fetchone()
    assert row is not None
    return dict(row)


def test_reference_seeds_are_the_quotas(gate: VendorGate) -> None:
    """The seeded rows (openai/gpt-4o-mini 500 rpm, 200k tpm, 50 concurrent) are read as quotas."""
    quota = gate.book.get("openai", "gpt-4o-mini")
    assert (quota.requests_per_minute, quota.tokens_per_minute, quota.concurrent_requests) == (
        500,
        200_000,
        50,
    )


def test_table_changes_apply_within_seconds(
    gate: VendorGate, fresh_db_url: str, clock: SteppedClock
) -> None:
    """Editing api_rate_limits changes the enforced quota without a restart."""
    assert gate.book.get("openai", "gpt-4o-mini").requests_per_minute == 500
    with dict_connect(fresh_db_url) as conn:
        conn.execute(
            "UPDATE api_rate_limits SET requests_per_minute = 7 WHERE api_endpoint = 'gpt-4o-mini'"
        )
    clock.advance(0.1)  # within refresh_seconds: the cached quota still holds
    assert gate.book.get("openai", "gpt-4o-mini").requests_per_minute == 500
    clock.advance(0.2)
    assert gate.book.get("openai", "gpt-4o-mini").requests_per_minute == 7


@pytest.mark.parametrize("status", ["disabled", "maintenance"])
def test_paused_vendor_reschedules_and_is_recorded(
    gate: VendorGate, fresh_db_url: str, status: str
) -> None:
    """disabled/maintenance: RateLimited (reschedule, no failure), counted as a hit."""
    with dict_connect(fresh_db_url) as conn:
        conn.execute(
            "UPDATE api_rate_limits SET status = %s WHERE api_endpoint = 'gpt-4o-mini'", (status,)
        )
    with pytest.raises(RateLimited) as paused:
        gate.acquire("openai", "gpt-4o-mini", 100)
    assert paused.value.delay >= 60
    row = _row(fresh_db_url)
    assert row["rate_limit_violations"] == 1 and row["last_rate_limit_hit"] is not None


def test_exhausted_quota_raises_rate_limited_and_releases(
    gate: VendorGate, fresh_db_url: str, clock: SteppedClock
) -> None:
    """A concurrency cap of 1: the second caller is told to come back; release frees it."""
    with dict_connect(fresh_db_url) as conn:
        conn.execute(
            "UPDATE api_rate_limits SET concurrent_requests = 1 WHERE api_endpoint = 'gpt-4o-mini'"
        )
    clock.advance(0.3)
    permit = gate.acquire("openai", "gpt-4o-mini", 10)
    with pytest.raises(RateLimited):
        gate.acquire("openai", "gpt-4o-mini", 10)
    gate.release(permit)
    gate.release(gate.acquire("openai", "gpt-4o-mini", 10))


def test_unconfigured_vendor_is_a_permanent_error(gate: VendorGate) -> None:
    """Calling a vendor with no quota row is refused: quotas are not optional."""
    with pytest.raises(PermanentError) as missing:
        gate.acquire("nobody", "nothing", 1)
    assert missing.value.code == "quota_missing"
