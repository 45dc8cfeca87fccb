"""Acquire latency of the quota stores: memory, Redis and Postgres.

For each store: one ``limits`` sliding-window-counter hit, one GCRA reservation, and a
full ``QuotaLimiter.acquire`` + release (two rate dimensions and a concurrency slot) in
window and pacing mode; median and p99 in microseconds from one thread, plus hits/s
of the sliding-window counter from 8 threads. Limits are huge, so nothing is refused.

    .venv/bin/python -m bench.ratelimit_bench [--iterations 2000]
        [--redis-url redis://127.0.0.1:6379/0]
        [--pg-admin-url postgresql://postgres@127.0.0.1:5432/postgres]

Postgres runs in a throwaway database (migration 0010 applied, dropped at the end).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import redis
from limits import RateLimitItemPerHour
from limits.strategies import SlidingWindowCounterRateLimiter

from adapters.ratelimit import stores_from_url
from adapters.ratelimit.quota import Quota, QuotaLimiter

MIGRATION = Path(__file__).resolve().parents[1] / "sql/migrations/0010_ratelimit_storage.sql"
ROLES = ("anon", "authenticated", "service_role")
RUN = uuid.uuid4().hex[:10]  # in every key this run writes


@contextmanager
def throwaway_database(admin_url: str) -> Iterator[str]:
    name = f"docpipe_quota_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        for role in ROLES:
            if (
                admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                is None
            ):
                admin.execute(f'CREATE ROLE "{role}" NOLOGIN')
        admin.execute(f'CREATE DATABASE "{name}"')
    conninfo = urllib.parse.urlunsplit(urllib.parse.urlsplit(admin_url)._replace(path=f"/{name}"))
    try:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(MIGRATION.read_text())
        yield conninfo.replace("postgresql://", "postgresql+limits://", 1)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed(call: Callable[[], object], iterations: int) -> tuple[float, float]:
    """(median, p99) of one call, in microseconds."""
    for _ in range(min(200, iterations)):  # warm connections, prepared statements, caches
        call()
    samples = []
    for _ in range(iterations):
        started = time.perf_counter_ns()
        call()
        samples.append((time.perf_counter_ns() - started) / 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def throughput(call: Callable[[], object], threads: int, per_thread: int) -> float:
    """Calls per second from ``threads`` threads."""

    def worker() -> None:
        for _ in range(per_thread):
            call()

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    started = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return threads * per_thread / (time.perf_counter() - started)


def bench_store(name: str, url: str, iterations: int) -> list[tuple[str, str, float, float]]:
    rows = []
    storage, gcra, slots = stores_from_url(url)
    run = f"{RUN}-{name}"
    sliding = SlidingWindowCounterRateLimiter(storage)
    item = RateLimitItemPerHour(10**12, namespace=f"bench-{run}")
    rows.append((name, "sliding-window hit", *timed(lambda: sliding.hit(item, "k"), iterations)))
    rows.append(
        (
            name,
            "GCRA reserve",
            *timed(lambda: gcra.reserve({f"bench-{run}": 1e-9}, 1.0), iterations),
        )
    )
    quota = Quota(
        "bench", run, requests_per_minute=10**9, tokens_per_minute=10**12, concurrent_requests=1000
    )
    for mode in ("window", "pacing"):
        limiter = QuotaLimiter(storage, gcra, slots, mode=mode, max_wait=1.0)

        def acquire_release(limiter: QuotaLimiter = limiter) -> None:
            limiter.acquire(quota, 100).release()

        rows.append(
            (
                name,
                f"quota acquire+release ({mode})",
                *timed(acquire_release, max(200, iterations // 4)),
            )
        )
    hits_per_second = throughput(lambda: sliding.hit(item, "t"), 8, max(250, iterations // 4))
    rows.append((name, "sliding-window hits/s, 8 threads", hits_per_second, float("nan")))
    for store in (gcra, slots, storage):
        close = getattr(store, "close", None)
        if callable(close):
            close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--pg-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    rows = bench_store("memory", "memory://", args.iterations)
    rows += bench_store("redis", args.redis_url, args.iterations)
    with throwaway_database(args.pg_admin_url) as pg_url:
        rows += bench_store("postgres", pg_url, args.iterations)
    client: redis.Redis[bytes] = redis.Redis.from_url(args.redis_url)
    for key in client.scan_iter(match=f"*{RUN}*", count=1000):  # this run's keys only
        client.delete(key)
    client.close()

    print(f"{'store':<9} {'operation':<34} {'median µs':>10} {'p99 µs':>10}")
    for store, operation, median, p99 in rows:
        if "hits/s" in operation:
            print(f"{store:<9} {operation:<34} {median:>10.0f} {'':>10}")
        else:
            print(f"{store:<9} {operation:<34} {median:>10.1f} {p99:>10.1f}")


if __name__ == "__main__":
    main()
