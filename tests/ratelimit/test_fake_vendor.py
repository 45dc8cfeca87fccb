"""End to end: callers → QuotaLimiter → a real HTTP fake vendor enforcing its quota.

Goal from the design: use ≥ 95 % of the vendor quota with zero 429s. Every scenario
drives steady demand (always above the quota) and then bursty demand (bursts after
idle gaps) and counts: zero 429s throughout, and every call that reached the vendor
was one the limiter admitted. How much of the quota is used depends on how busy the
machine is, so it is printed here (run with ``-s``) and measured, with the production
headroom, by ``python -m bench.quota_bench`` (docs/benchmarks.md), not asserted.

Which limiter mode against which vendor algorithm:

* pacing (GCRA) against all three: no bursts, so even an exact sliding log is safe;
* window (sliding-window counter) against a token bucket. It admits a window's whole
  budget at once after idle time: an exact sliding-log vendor refuses that in the next
  window, and a burst straddling a fixed-window vendor's boundary lands partly in the
  next vendor window, so those pairings are not claimed (see quota.py).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from adapters.ratelimit import stores_from_url
from adapters.ratelimit.quota import Quota, QuotaLimiter
from tests.fakes.vendor_server import MODES, FakeVendor, Mode, VendorLimits, format_duration
from tests.ratelimit._vendor_client import ClientReport, run_clients

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
WINDOW = 3.0  # the vendor's window; the quota's "minute" is scaled to it
REQUESTS, TOKENS = 360, 12_000  # per window; calls cost 36-76 tokens, so tokens bind
# The headroom must absorb the largest call plus scheduling jitter (a call that leaves
# late lands in a later window). 10 % of 3 s is 300 ms; one 76-token call is 19 ms of
# the token rate, which leaves ~280 ms for jitter on a busy shared 2-core machine
# (production's 0.97 is for use figures: bench.quota_bench).
HEADROOM = 0.9
THREADS = 8
#: seconds of steady demand per limiter mode, then of bursty demand
STEADY = {"pacing": 2.5, "window": 2 * WINDOW + 0.4}
BURSTY = 2.0


@dataclass
class Outcome:
    report: ClientReport
    vendor_429: int
    served: int
    token_use: float


def make_quota() -> Quota:
    return Quota(
        "fake",
        f"chat-{uuid.uuid4().hex[:8]}",
        requests_per_minute=REQUESTS,
        tokens_per_minute=TOKENS,
        concurrent_requests=THREADS - 2,  # the cap binds too: some callers wait for slots
    )


def steady_span(mode: str, first: float, end: float) -> tuple[float, float]:
    """The stretch of steady demand to measure.

    Pacing has no start-up transient. The sliding-window counter spends its first
    (partial) window on a burst; from the next full vendor-aligned window on it runs
    at the limit, so that window is measured.
    """
    if mode == "pacing":
        return first + 0.25, end - 0.1
    start = (math.floor(first / WINDOW) + 1) * WINDOW
    assert start + WINDOW <= end, "steady phase too short for one full window"
    return start, start + WINDOW


def token_use(arrivals: list[tuple[float, int]], span: tuple[float, float]) -> float:
    start, end = span
    used = sum(tokens for at, tokens in arrivals if start <= at < end)
    return used / (TOKENS * (end - start) / WINDOW)


def drive(limiter: QuotaLimiter, q: Quota, vendor: FakeVendor, mode: str) -> Outcome:
    report = ClientReport()
    steady_started = time.time()
    report.add(
        run_clients(
            limiter,
            q,
            vendor.completions_url,
            threads=THREADS,
            duration=STEADY[mode],
            demand="steady",
        )
    )
    steady_ended = time.time()
    arrivals = vendor.stats().arrivals
    first = min(at for at, _ in arrivals if at >= steady_started)
    use = token_use(arrivals, steady_span(mode, first, steady_ended))
    report.add(
        run_clients(
            limiter,
            q,
            vendor.completions_url,
            threads=THREADS,
            duration=BURSTY,
            demand="bursty",
            burst_size=60,
            burst_every=1.5,
            seed=7,
        )
    )
    stats = vendor.stats()
    return Outcome(report, stats.rejected, stats.served, use)


@pytest.mark.parametrize(
    ("limiter_mode", "vendor_mode"),
    [("pacing", mode) for mode in MODES] + [("window", "token-bucket")],
)
def test_zero_429s_and_full_use(limiter_mode: str, vendor_mode: Mode) -> None:
    storage, gcra, slots = stores_from_url("memory://")
    limiter = QuotaLimiter(
        storage,
        gcra,
        slots,
        mode=limiter_mode,  # type: ignore[arg-type]
        headroom=HEADROOM,
        time_scale=WINDOW / 60,
        max_wait=1.0,
    )
    with FakeVendor(VendorLimits(REQUESTS, TOKENS, WINDOW, vendor_mode)) as vendor:
        outcome = drive(limiter, make_quota(), vendor, limiter_mode)
    limiter.close()
    print(
        f"\n[{limiter_mode} vs {vendor_mode}] served={outcome.served} "
        f"429s={outcome.vendor_429} steady token use={outcome.token_use:.1%} "
        f"rescheduled={outcome.report.rescheduled}"
    )
    assert outcome.served > 0
    assert outcome.vendor_429 == 0
    assert outcome.report.vendor_429 == 0
    assert outcome.report.ok == outcome.served  # every call that left was admitted


@pytest.mark.parametrize(
    "store",
    [
        pytest.param("redis", marks=pytest.mark.redis),
        pytest.param("postgres", marks=pytest.mark.db),
    ],
)
def test_worker_processes_share_one_quota(store: str, request: pytest.FixtureRequest) -> None:
    """Two worker processes x four threads pace one quota through a shared store."""
    url = (
        os.environ.get("DOCPIPE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
        if store == "redis"
        else request.getfixturevalue("pg_url")
    )
    q = make_quota()
    duration = 2.5
    with FakeVendor(VendorLimits(REQUESTS, TOKENS, WINDOW, "sliding-log")) as vendor:
        start_at = time.time() + 1.5  # both processes import, then start together
        spec = {
            "quota": {
                "provider": q.provider,
                "endpoint": q.endpoint,
                "requests_per_minute": REQUESTS,
                "tokens_per_minute": TOKENS,
                "concurrent_requests": THREADS - 2,
            },
            "ratelimit_url": url,
            "limiter": {
                "mode": "pacing",
                "headroom": HEADROOM,
                "time_scale": WINDOW / 60,
                "max_wait": 1.0,
            },
            "url": vendor.completions_url,
            "threads": THREADS // 2,
            "duration": duration,
            "demand": "steady",
            "start_at": start_at,
        }
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.ratelimit._vendor_client",
                    json.dumps({**spec, "seed": n}),
                ],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(2)
        ]
        report = ClientReport()
        try:
            for worker in workers:
                out, _ = worker.communicate(timeout=30)
                assert worker.returncode == 0
                report.add(ClientReport(**json.loads(out.strip().splitlines()[-1])))
        finally:
            for worker in workers:  # a failed or stuck caller must not outlive the test
                if worker.poll() is None:
                    worker.kill()
                worker.wait(timeout=10)
        stats = vendor.stats()
    first = min(at for at, _ in stats.arrivals)
    use = token_use(stats.arrivals, (first + 0.25, start_at + duration - 0.1))
    print(
        f"\n[2 processes x {THREADS // 2} threads, pacing via {store} vs sliding-log] "
        f"served={stats.served} 429s={stats.rejected} token use={use:.1%}"
    )
    assert stats.served > 0
    assert stats.rejected == 0
    assert report.vendor_429 == 0
    assert report.ok == stats.served  # every call that left was admitted


# -- the fake vendor itself: it must really refuse, or the tests above prove nothing ------


@pytest.mark.parametrize("vendor_mode", MODES)
def test_the_vendor_refuses_an_unlimited_caller(vendor_mode: Mode) -> None:
    limits = VendorLimits(requests=5, tokens=10_000, window=60.0, mode=vendor_mode)
    body = {
        "model": "fake-1",
        "messages": [{"role": "user", "content": "abcd" * 10}],
        "max_tokens": 10,
    }
    if time.time() % 60 > 59:  # keep the fixed window from turning mid-test
        time.sleep(60 - time.time() % 60)
    with FakeVendor(limits) as vendor, httpx.Client() as client:
        responses = [client.post(vendor.completions_url, json=body) for _ in range(8)]
        stats = vendor.stats()
    assert [r.status_code for r in responses] == [200] * 5 + [429] * 3
    assert (stats.served, stats.rejected) == (5, 3)
    ok, refused = responses[0], responses[-1]
    assert ok.json()["usage"] == {"prompt_tokens": 16, "completion_tokens": 5, "total_tokens": 21}
    assert ok.headers["x-ratelimit-limit-requests"] == "5"
    assert ok.headers["x-ratelimit-remaining-requests"] == "4"
    assert ok.headers["x-ratelimit-remaining-tokens"] == str(10_000 - 26)
    error = refused.json()["error"]
    assert (error["code"], error["type"]) == ("rate_limit_exceeded", "requests")
    assert 0 < int(refused.headers["retry-after-ms"]) <= 60_000
    assert int(refused.headers["retry-after"]) >= 1


def test_the_vendor_limits_tokens_and_fails_on_demand() -> None:
    limits = VendorLimits(requests=100, tokens=100, window=60.0, mode="sliding-log")
    body = {
        "model": "fake-1",
        "messages": [{"role": "user", "content": "x" * 200}],
        "max_tokens": 20,
    }  # 56 + 20 = 76 tokens charged
    with FakeVendor(limits) as vendor, httpx.Client() as client:
        assert client.post(vendor.completions_url, json=body).status_code == 200
        refused = client.post(vendor.completions_url, json=body)
        assert refused.status_code == 429
        assert refused.json()["error"]["type"] == "tokens"
        assert 59 <= int(refused.headers["retry-after"]) <= 60
        vendor.fail_next(1)
        assert client.post(vendor.completions_url, json=body).status_code == 500
        vendor.set_quota_exhausted()
        exhausted = client.post(vendor.completions_url, json=body)
        assert exhausted.status_code == 429
        assert exhausted.json()["error"]["code"] == "insufficient_quota"
        assert client.get(f"{vendor.base_url}/stats").json()["served"] == 1
        assert client.post(vendor.completions_url, json={}).status_code == 400


def test_reset_durations_are_go_style() -> None:
    assert format_duration(0.02) == "20ms"
    assert format_duration(1.0) == "1s"
    assert format_duration(360.0) == "6m0s"
    assert format_duration(90.5) == "1m30.5s"
