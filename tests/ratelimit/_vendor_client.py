"""Load generator for the fake vendor: threads calling it through a QuotaLimiter.

Used by the fake-vendor tests: in-process threads, and ``python -m`` worker processes
sharing a Redis or Postgres quota store.
"""

from __future__ import annotations

import json
import queue
import random
import string
import sys
import threading
import time
from dataclasses import asdict, dataclass
from typing import Literal

import httpx

from adapters.ratelimit.quota import Quota, QuotaLimiter
from adapters.ratelimit.tokens import estimate_request_tokens
from pipeline.errors import RateLimited, TransientError

Demand = Literal["steady", "bursty"]
MAX_TOKENS = 20


@dataclass
class ClientReport:
    """What the callers saw."""

    ok: int = 0
    vendor_429: int = 0
    vendor_errors: int = 0
    rescheduled: int = 0  # RateLimited raised by our limiter (backpressure)

    def add(self, other: ClientReport) -> None:
        self.ok += other.ok
        self.vendor_429 += other.vendor_429
        self.vendor_errors += other.vendor_errors
        self.rescheduled += other.rescheduled


def _prompt(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_lowercase + " ", k=rng.randint(40, 200)))


def call_once(
    client: httpx.Client,
    url: str,
    limiter: QuotaLimiter,
    quota: Quota,
    text: str,
    report: ClientReport,
    lock: threading.Lock,
    max_wait: float | None = None,
) -> float | None:
    """One job: acquire, call, report back. Returns a delay when the job must wait."""
    estimate = estimate_request_tokens([text], max_output_tokens=MAX_TOKENS)
    try:
        permit = limiter.acquire(quota, estimate, max_wait=max_wait)
    except RateLimited as limited:
        with lock:
            report.rescheduled += 1
        return limited.delay
    response = client.post(
        url,
        json={
            "model": "fake-1",
            "messages": [{"role": "user", "content": text}],
            "max_tokens": MAX_TOKENS,
        },
    )
    body = response.json()
    usage = body.get("usage") or {}
    try:
        limiter.after_response(
            permit,
            response.status_code,
            dict(response.headers),
            body,
            actual_tokens=usage.get("total_tokens"),
        )
    except RateLimited as limited:
        with lock:
            report.vendor_429 += 1
        return limited.delay
    except TransientError:
        with lock:
            report.vendor_errors += 1
        return 0.05
    with lock:
        report.ok += 1
    return None


def run_clients(
    limiter: QuotaLimiter,
    quota: Quota,
    url: str,
    *,
    threads: int,
    duration: float,
    demand: Demand,
    seed: int = 0,
    burst_size: int = 0,
    burst_every: float = 1.0,
) -> ClientReport:
    """Drive the vendor for ``duration`` seconds with ``threads`` callers.

    ``steady``: every thread calls back to back (demand always above the quota).
    ``bursty``: ``burst_size`` jobs arrive at once every ~``burst_every`` s (random
    gaps), idle in between; jobs told to wait are retried after their delay.
    """
    report = ClientReport()
    lock = threading.Lock()
    end = time.monotonic() + duration
    jobs: queue.Queue[str] = queue.Queue()
    rng = random.Random(seed)

    client = httpx.Client(timeout=10, limits=httpx.Limits(max_connections=threads))

    def budget() -> float:  # never wait in the limiter past the end of the run
        return max(0.0, min(limiter.max_wait, end - time.monotonic()))

    def steady_worker(n: int) -> None:
        local = random.Random(seed * 1000 + n)
        while time.monotonic() < end:
            text = _prompt(local)
            delay = call_once(client, url, limiter, quota, text, report, lock, budget())
            if delay:
                time.sleep(min(delay, max(0.0, end - time.monotonic())))

    def bursty_worker(n: int) -> None:
        while time.monotonic() < end:
            try:
                text = jobs.get(timeout=0.05)
            except queue.Empty:
                continue
            delay = call_once(client, url, limiter, quota, text, report, lock, budget())
            if delay is not None:  # rescheduled: back in the queue after its delay
                time.sleep(min(delay, max(0.0, end - time.monotonic())))
                jobs.put(text)

    def producer() -> None:
        while time.monotonic() < end:
            for _ in range(burst_size):
                jobs.put(_prompt(rng))
            gap = burst_every * rng.uniform(0.5, 1.5)
            time.sleep(max(0.0, min(gap, end - time.monotonic())))

    target = steady_worker if demand == "steady" else bursty_worker
    workers = [threading.Thread(target=target, args=(n,)) for n in range(threads)]
    if demand == "bursty":
        workers.append(threading.Thread(target=producer))
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    client.close()
    return report


def main() -> None:
    """``python -m tests.ratelimit._vendor_client '<json>'``: one worker process."""
    spec = json.loads(sys.argv[1])
    quota = Quota(**spec["quota"])
    limiter = QuotaLimiter.from_url(spec["ratelimit_url"], **spec["limiter"])
    # start together: the parent gives a wall-clock start time
    time.sleep(max(0.0, spec["start_at"] - time.time()))
    try:
        report = run_clients(
            limiter,
            quota,
            spec["url"],
            threads=spec["threads"],
            duration=spec["duration"],
            demand=spec["demand"],
            seed=spec["seed"],
            burst_size=spec.get("burst_size", 0),
            burst_every=spec.get("burst_every", 1.0),
        )
    finally:
        limiter.close()
    sys.stdout.write(json.dumps(asdict(report)) + "\n")


if __name__ == "__main__":
    main()
