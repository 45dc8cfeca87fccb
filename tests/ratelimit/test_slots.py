"""Leased concurrency slots on the memory, Redis and Postgres stores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from adapters.ratelimit import stores_from_url
from adapters.ratelimit.slots import SlotStore

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("DOCPIPE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def test_at_most_limit_holders(slot_store: SlotStore, key: str) -> None:
    assert slot_store.acquire(key, "a", 2, 5.0).acquired
    assert slot_store.acquire(key, "b", 2, 5.0).acquired
    refused = slot_store.acquire(key, "c", 2, 5.0)
    assert not refused.acquired
    assert 4.5 < refused.retry_in <= 5.0  # when the earliest lease ends
    assert slot_store.held(key) == 2


def test_reacquiring_renews_instead_of_taking_another_slot(slot_store: SlotStore, key: str) -> None:
    assert slot_store.acquire(key, "a", 2, 5.0).acquired
    assert slot_store.acquire(key, "a", 2, 5.0).acquired
    assert slot_store.held(key) == 1


def test_release_frees_the_slot(slot_store: SlotStore, key: str) -> None:
    assert slot_store.acquire(key, "a", 1, 5.0).acquired
    assert not slot_store.acquire(key, "b", 1, 5.0).acquired
    slot_store.release(key, "a")
    slot_store.release(key, "a")  # twice is harmless
    assert slot_store.acquire(key, "b", 1, 5.0).acquired


def test_leases_expire_and_renew(slot_store: SlotStore, key: str) -> None:
    # The stores keep time on their server's clock, so real time passes here; every
    # check is ≥ 0.7 s away from a lease's end, far beyond scheduling noise.
    assert slot_store.acquire(key, "a", 1, 0.3).acquired
    assert slot_store.acquire(key, "b", 1, 60.0).acquired is False
    assert slot_store.renew(key, "a", 60.0)  # heartbeat: a minute more from now
    time.sleep(1.0)  # well past the first 0.3 s lease
    assert slot_store.acquire(key, "b", 1, 60.0).acquired is False  # renewal held
    assert slot_store.renew(key, "a", 0.3)  # the next lease is short again
    time.sleep(1.0)
    assert slot_store.held(key) == 0
    assert slot_store.renew(key, "a", 0.3) is False  # lost: it expired
    assert slot_store.acquire(key, "b", 1, 0.3).acquired


def test_concurrent_acquirers_get_exactly_limit_slots(slot_store: SlotStore, key: str) -> None:
    winners: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        for attempt in range(5):
            holder = f"h{n}-{attempt}"
            if slot_store.acquire(key, holder, 3, 5.0).acquired:
                with lock:
                    winners.append(holder)

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert len(winners) == 3
    assert slot_store.held(key) == 3


_HOLDER = """
import sys, time
from adapters.ratelimit import stores_from_url
_, _, slots = stores_from_url(sys.argv[1])
assert slots.acquire(sys.argv[2], "doomed", 1, float(sys.argv[3])).acquired
print("held", flush=True)
time.sleep(60)
"""


def test_a_killed_holder_leaks_nothing(
    shared_slot_backend: tuple[str, SlotStore], key: str, request: pytest.FixtureRequest
) -> None:
    kind, _ = shared_slot_backend
    # the child uses the store's default key prefix; its key expires with the lease
    url = REDIS_URL if kind == "redis" else request.getfixturevalue("pg_url")
    resource = key
    _, _, parent = stores_from_url(url)
    lease = 3.0  # long enough that the refusal below cannot race the lease's end
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, url, resource, str(lease)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        os.kill(child.pid, signal.SIGKILL)  # no release, no cleanup
        child.wait(timeout=5)
        assert not parent.acquire(resource, "survivor", 1, 5.0).acquired
        time.sleep(lease + 0.5)  # the lease ran out (it began before "held")
        assert parent.acquire(resource, "survivor", 1, 5.0).acquired
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        parent.release(resource, "survivor")
        parent.close()
