"""One contract for every ``limits`` storage we use: memory, Redis and our Postgres one.

Sliding-window-counter semantics (cost, refusal consumes nothing, decay and expiry,
clear/reset), the fixed-window primitives, and exactness under concurrent threads.
"""

from __future__ import annotations

import math
import random
import threading
import time
from pathlib import Path

import psycopg
import pytest
from limits import RateLimitItemPerHour, RateLimitItemPerMinute, RateLimitItemPerSecond
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter, SlidingWindowCounterRateLimiter

from adapters.ratelimit import storage_from_url
from adapters.ratelimit.postgres_storage import PostgresStorage
from pipeline.errors import ConfigurationError

SQL = Path(__file__).resolve().parents[2] / "sql"
#: The quota storage: its tables (a migration), functions and grants (repeatable files).
STORAGE_SQL = (
    SQL / "migrations/0010_ratelimit_storage.sql",
    SQL / "functions/080_ratelimit.sql",
    SQL / "policies/110_ratelimit.sql",
)


def sliding(storage: Storage) -> SlidingWindowCounterRateLimiter:
    return SlidingWindowCounterRateLimiter(storage)


def test_hits_up_to_the_limit_then_refuses(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerMinute(5)
    assert [limiter.hit(item, key) for _ in range(6)] == [True] * 5 + [False]
    assert limiter.get_window_stats(item, key).remaining == 0


def test_cost_counts_and_a_refusal_consumes_nothing(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerMinute(5)
    assert limiter.hit(item, key, cost=3)
    assert not limiter.hit(item, key, cost=3)  # 3 + 3 > 5: refused ...
    assert limiter.test(item, key, cost=2)  # ... and nothing was taken
    assert limiter.hit(item, key, cost=2)
    assert not limiter.test(item, key, cost=1)
    assert not limiter.hit(item, key, cost=1)
    assert storage.get_sliding_window(item.key_for(key), 60)[2] == 5  # type: ignore[attr-defined]


def test_a_cost_above_the_limit_is_refused_outright(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerMinute(5)
    assert not limiter.hit(item, key, cost=6)
    assert limiter.hit(item, key, cost=5)


def test_window_shape(storage: Storage, key: str) -> None:
    item = RateLimitItemPerMinute(10)
    sliding(storage).hit(item, key, cost=4)
    previous, previous_ttl, current, current_ttl = storage.get_sliding_window(  # type: ignore[attr-defined]
        item.key_for(key), 60
    )
    assert (previous, previous_ttl, current) == (0, 0.0, 4)
    assert 60 < current_ttl <= 120  # the current count lives on as next window's previous


def sleep_into_next_window(offset: float, expiry: int = 1) -> None:
    """Sleep until ``offset`` seconds into the next epoch-aligned window of ``expiry`` s."""
    time.sleep(expiry - time.time() % expiry + offset)


def test_counts_decay_then_expire(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerSecond(10, 1)
    counter = f"{key}/fixed"
    sleep_into_next_window(0.05)  # the hit lands early in its window, so timing is known
    assert storage.incr(counter, 1, amount=4) == 4  # a fixed-window counter, 1 s
    assert storage.incr(counter, 1, amount=1) == 5
    assert limiter.hit(item, key, cost=10)
    assert not limiter.hit(item, key)
    sleep_into_next_window(0.3)  # the window has turned: the old count weighs ~0.7
    assert storage.get(counter) == 0
    assert storage.incr(counter, 1, amount=2) == 2  # a fresh fixed window
    previous, previous_ttl, current, _ = storage.get_sliding_window(item.key_for(key), 1)  # type: ignore[attr-defined]
    assert (previous, current) == (10, 0)
    weighted = math.floor(previous * previous_ttl)
    assert 3 <= weighted < 10  # weighed in part, not in full
    # The weight falls by 1 per 100 ms between the read above and each test below, so
    # each bound keeps at least 200 ms of slack for a loaded machine.
    assert limiter.test(item, key, cost=10 - weighted - 1)
    assert not limiter.test(item, key, cost=min(10, 11 - weighted + 2))
    sleep_into_next_window(0.1)  # two windows after the hit nothing is left
    assert limiter.test(item, key, cost=10)
    assert storage.get_sliding_window(item.key_for(key), 1)[::2] == (0, 0)  # type: ignore[attr-defined]


def test_clear_and_reset(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerMinute(3)
    other = RateLimitItemPerMinute(3, namespace="OTHER")
    limiter.hit(item, key, cost=3)
    limiter.hit(other, key, cost=3)
    limiter.clear(item, key)
    assert limiter.test(item, key, cost=3)
    assert not limiter.test(other, key)
    assert storage.reset() is not None
    assert limiter.test(other, key, cost=3)


def test_fixed_window_primitives(storage: Storage, key: str) -> None:
    limiter = FixedWindowRateLimiter(storage)
    item = RateLimitItemPerMinute(5)
    assert limiter.hit(item, key, cost=3)
    # the pitfall window mode avoids: a refused fixed-window hit still consumes
    assert not limiter.hit(item, key, cost=3)
    assert not limiter.test(item, key, cost=2)
    assert storage.get(item.key_for(key)) == 6
    assert 58 < storage.get_expiry(item.key_for(key)) - time.time() <= 60.5
    storage.clear(item.key_for(key))
    assert storage.get(item.key_for(key)) == 0


def test_storage_is_healthy(storage: Storage) -> None:
    assert storage.check()


def test_concurrent_requests_never_exceed_the_limit(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerHour(100)  # an hour: no window turns during the test
    granted: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(30):
            if limiter.hit(item, key):
                with lock:
                    granted.append(1)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(granted) == 100  # 240 attempts: exactly the limit got through


def test_concurrent_costs_never_exceed_the_limit(storage: Storage, key: str) -> None:
    limiter = sliding(storage)
    item = RateLimitItemPerHour(1000)
    taken: list[int] = []
    lock = threading.Lock()

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(60):
            cost = rng.randint(1, 20)
            if limiter.hit(item, key, cost=cost):
                with lock:
                    taken.append(cost)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 1000 - 20 < sum(taken) <= 1000
    assert storage.get_sliding_window(item.key_for(key), 3600)[2] == sum(taken)  # type: ignore[attr-defined]


# -- factory and Postgres specifics ------------------------------------------------------


def test_storage_from_url_picks_the_backend() -> None:
    assert isinstance(storage_from_url("memory://"), MemoryStorage)
    with pytest.raises(ConfigurationError):
        storage_from_url("nosuch://x")


@pytest.mark.db
def test_postgres_scheme_is_registered_with_limits(pg_url: str) -> None:
    store = storage_from_string(pg_url)
    assert isinstance(store, PostgresStorage)
    store.close()
    alias = storage_from_url(pg_url.replace("postgresql+limits", "postgres+limits"))
    assert isinstance(alias, PostgresStorage)
    assert alias.check()
    alias.close()


@pytest.mark.db
def test_postgres_storage_reports_an_unreachable_database() -> None:
    store = PostgresStorage(
        "postgresql+limits://postgres@127.0.0.1:1/none?pool_timeout=0.3&connect_timeout=1"
    )
    try:
        assert store.check() is False
    finally:
        store.close()


@pytest.mark.db
def test_postgres_purges_expired_rows(pg_url: str, key: str) -> None:
    store = PostgresStorage(pg_url)
    try:
        store.incr(key, 0.2, 1)  # this storage takes fractional expiries
        time.sleep(0.25)
        assert store.purge_expired() >= 1
        assert store.get(key) == 0
    finally:
        store.close()


@pytest.mark.db
def test_migration_is_idempotent_and_service_role_only(pg_conninfo: str) -> None:
    with psycopg.connect(pg_conninfo, autocommit=True) as conn:
        for path in STORAGE_SQL:
            conn.execute(path.read_text())  # a second time
    tables = (
        "ratelimit_counters",
        "ratelimit_sliding_windows",
        "ratelimit_gcra",
        "ratelimit_slots",
    )
    with psycopg.connect(pg_conninfo) as conn:
        for table in tables:
            rls = conn.execute(
                "SELECT relrowsecurity FROM pg_class WHERE relname = %s", (table,)
            ).fetchone()
            assert rls == (True,), table
            for role, allowed in (
                ("anon", False),
                ("authenticated", False),
                ("service_role", True),
            ):
                row = conn.execute(
                    "SELECT has_table_privilege(%s, %s, 'SELECT')", (role, table)
                ).fetchone()
                assert row == (allowed,), (role, table)
        functions = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.proname LIKE 'ratelimit%%'"
        ).fetchall()
        assert len(functions) == 9
        for (signature,) in functions:
            for role, allowed in (
                ("anon", False),
                ("authenticated", False),
                ("service_role", True),
            ):
                row = conn.execute(
                    "SELECT has_function_privilege(%s, %s, 'EXECUTE')", (role, signature)
                ).fetchone()
                assert row == (allowed,), (role, signature)
            public = conn.execute(
                "SELECT bool_or(a.grantee = 0) FROM pg_proc p,"
                " aclexplode(p.proacl) a WHERE p.oid = %s::regprocedure",
                (signature,),
            ).fetchone()
            assert public == (False,), signature
