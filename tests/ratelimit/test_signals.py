"""Vendor rate-limit headers and error bodies, and the token estimate."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from adapters.ratelimit.signals import (
    VendorSignals,
    classify_vendor_error,
    parse_duration,
    parse_reset_timestamp,
    parse_retry_after,
)
from adapters.ratelimit.tokens import estimate_request_tokens, estimate_tokens
from pipeline.errors import PermanentError, RateLimited, TransientError

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("6m0s", 360.0),
        ("1s", 1.0),
        ("20ms", 0.02),
        ("1h2m3.5s", 3723.5),
        ("0.5s", 0.5),
        ("1m30s", 90.0),
        ("150us", 0.00015),
        ("2.5", 2.5),
        ("0s", 0.0),
    ],
)
def test_go_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "5x", "1s5", "-1s", "s", "nan"])
def test_garbage_durations(text: str) -> None:
    assert parse_duration(text) is None


def test_retry_after_seconds_and_http_date() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("1.5") == 1.5
    when = datetime.fromtimestamp(NOW + 30, tz=UTC)
    assert parse_retry_after(format_datetime(when, usegmt=True), now=NOW) == pytest.approx(30.0)
    past = datetime.fromtimestamp(NOW - 30, tz=UTC)
    assert parse_retry_after(format_datetime(past, usegmt=True), now=NOW) == 0.0
    assert parse_retry_after("whenever") is None


def test_rfc3339_reset() -> None:
    stamp = datetime.fromtimestamp(NOW, tz=UTC) + timedelta(seconds=12.5)
    assert parse_reset_timestamp(stamp.isoformat().replace("+00:00", "Z"), now=NOW) == (
        pytest.approx(12.5)
    )
    assert parse_reset_timestamp("2026-01-01T00:00:00", now=NOW) is None  # no zone: unusable
    assert parse_reset_timestamp("not a date", now=NOW) is None


def test_openai_headers() -> None:
    signals = VendorSignals.from_headers(
        {
            "X-RateLimit-Limit-Requests": "500",
            "x-ratelimit-remaining-requests": "499",
            "x-ratelimit-reset-requests": "120ms",
            "x-ratelimit-limit-tokens": "200000",
            "x-ratelimit-remaining-tokens": "0",
            "x-ratelimit-reset-tokens": "6m0s",
        }
    )
    assert signals.requests.limit == 500
    assert signals.requests.remaining == 499
    assert signals.requests.reset == pytest.approx(0.12)
    assert signals.tokens.exhausted
    assert signals.block_seconds() == pytest.approx(360.0)  # exhausted: rest until reset


def test_anthropic_headers_take_the_tighter_token_budget() -> None:
    reset = (datetime.fromtimestamp(NOW, tz=UTC) + timedelta(seconds=20)).isoformat()
    signals = VendorSignals.from_headers(
        [
            ("anthropic-ratelimit-requests-limit", "50"),
            ("anthropic-ratelimit-requests-remaining", "10"),
            ("anthropic-ratelimit-requests-reset", reset),
            ("anthropic-ratelimit-input-tokens-limit", "40000"),
            ("anthropic-ratelimit-input-tokens-remaining", "30000"),
            ("anthropic-ratelimit-output-tokens-limit", "8000"),
            ("anthropic-ratelimit-output-tokens-remaining", "1000"),
            ("anthropic-ratelimit-output-tokens-reset", reset),
        ],
        now=NOW,
    )
    assert signals.requests.remaining == 10
    assert signals.requests.reset == pytest.approx(20.0)
    assert (signals.tokens.limit, signals.tokens.remaining) == (8000, 1000)
    assert signals.block_seconds() is None


def test_retry_after_wins_and_ms_is_preferred() -> None:
    signals = VendorSignals.from_headers({"retry-after": "3", "retry-after-ms": "2500"})
    assert signals.retry_after == 2.5
    assert signals.block_seconds() == 2.5


def test_placeholder_headers_are_ignored() -> None:
    signals = VendorSignals.from_headers(
        {
            "x-ratelimit-limit-requests": "-1",
            "x-ratelimit-remaining-requests": "0",
            "x-ratelimit-limit-tokens": "0",
            "x-ratelimit-remaining-tokens": "-1",
            "x-ratelimit-reset-tokens": "garbage",
        }
    )
    assert not signals.requests.exhausted
    assert not signals.tokens.exhausted
    assert signals.block_seconds() is None
    assert VendorSignals.from_headers({}).empty


def test_rate_limited_429_maps_to_rate_limited() -> None:
    signals = VendorSignals.from_headers({"retry-after": "4"})
    body = {"error": {"message": "Rate limit reached", "code": "rate_limit_exceeded"}}
    error = classify_vendor_error(429, body, signals, key="openai/gpt")
    assert isinstance(error, RateLimited)
    assert (error.delay, error.key) == (4.0, "openai/gpt")


def test_insufficient_quota_is_permanent() -> None:
    body = {
        "error": {
            "message": "You exceeded your current quota",
            "type": "insufficient_quota",
            "code": "insufficient_quota",
        }
    }
    error = classify_vendor_error(429, body, VendorSignals.from_headers({"retry-after": "1"}))
    assert isinstance(error, PermanentError)
    assert error.code == "vendor_quota_exhausted"
    assert "quota" in error.message and "current" not in error.message  # no vendor text


def test_anthropic_spend_limit_is_permanent() -> None:
    body = {
        "type": "error",
        "error": {
            "type": "rate_limit_error",
            "details": {"error_code": "enforced_spend_limit_reached"},
        },
    }
    error = classify_vendor_error(429, body, VendorSignals())
    assert isinstance(error, PermanentError)
    assert error.code == "vendor_quota_exhausted"


def test_google_quota_error_waits_at_least_30_seconds() -> None:
    body = {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "message": "Quota exceeded"}}
    error = classify_vendor_error(429, body, VendorSignals())
    assert isinstance(error, RateLimited)
    assert error.delay == 30.0


@pytest.mark.parametrize("status", [500, 502, 503, 529, 408])
def test_vendor_trouble_is_transient(status: int) -> None:
    error = classify_vendor_error(status, {"error": {"type": "api_error"}}, VendorSignals())
    assert isinstance(error, TransientError)
    assert error.code == "vendor_unavailable"


def test_other_errors_are_left_to_the_caller() -> None:
    assert (
        classify_vendor_error(400, {"error": {"type": "invalid_request_error"}}, VendorSignals())
        is None
    )


def test_token_estimate_rule() -> None:
    assert estimate_tokens("") == 6
    assert estimate_tokens("abcd") == 7
    assert estimate_tokens("abcde") == 8  # rounded up
    text = "x" * 4000
    assert estimate_tokens(text) == 1006
    assert estimate_request_tokens([text, "hi"], max_output_tokens=500) == (
        math.ceil(4000 / 4) + 3 + math.ceil(2 / 4) + 3 + 3 + 500
    )
