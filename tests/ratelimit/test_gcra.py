"""GCRA pacing on the memory, Redis and Postgres stores."""

from __future__ import annotations

import itertools
import math
import threading
import time

import pytest

from adapters.ratelimit.gcra import GcraPacer, GcraStore, emission_interval
from pipeline.errors import RateLimited

TOLERANCE = 0.03  # seconds of clock and round-trip slack


def test_emission_interval() -> None:
    assert emission_interval(1, 60, 60) == 1.0
    assert emission_interval(250, 1000, 60) == 15.0
    with pytest.raises(ValueError, match="positive"):
        emission_interval(1, 0, 60)


def test_reservations_are_spaced_by_the_increment(gcra_store: GcraStore, key: str) -> None:
    waits = [gcra_store.reserve({key: 0.1}, 1.0).wait for _ in range(4)]
    assert waits[0] == pytest.approx(0.0, abs=TOLERANCE)
    for n, wait in enumerate(waits):
        assert wait == pytest.approx(0.1 * n, abs=TOLERANCE)


def test_a_refused_reservation_reserves_nothing(gcra_store: GcraStore, key: str) -> None:
    assert gcra_store.reserve({key: 0.5}, 1.0).granted
    refused = gcra_store.reserve({key: 0.5}, 0.2)
    assert not refused.granted
    assert refused.wait == pytest.approx(0.5, abs=TOLERANCE)
    again = gcra_store.reserve({key: 0.5}, 1.0)  # still the second slot, not the third
    assert again.granted
    assert again.wait == pytest.approx(0.5, abs=TOLERANCE)


def test_keys_share_one_start_and_barriers_stay_put(gcra_store: GcraStore, key: str) -> None:
    slow, fast, barrier = f"{key}/slow", f"{key}/fast", f"{key}/block"
    gcra_store.reserve({slow: 0.4}, 1.0)
    both = gcra_store.reserve({slow: 0.4, fast: 0.1, barrier: 0.0}, 1.0)
    assert both.wait == pytest.approx(0.4, abs=TOLERANCE)
    # fast moved to the common start + its own increment; the barrier was not written
    assert gcra_store.reserve({fast: 0.0}, 0.0).wait == pytest.approx(0.5, abs=TOLERANCE)
    assert gcra_store.reserve({barrier: 0.0}, 0.0).wait == 0.0


def test_block_holds_every_caller_back(gcra_store: GcraStore, key: str) -> None:
    gcra_store.block(key, 0.6)
    refused = gcra_store.reserve({key: 0.0, f"{key}/other": 0.1}, 0.1)
    assert not refused.granted
    assert refused.wait == pytest.approx(0.6, abs=TOLERANCE)
    gcra_store.block(key, 0.1)  # a shorter block never shortens a longer one
    assert gcra_store.reserve({key: 0.0}, 0.0).wait == pytest.approx(0.6, abs=TOLERANCE)


def test_concurrent_reservations_lose_no_update(gcra_store: GcraStore, key: str) -> None:
    increment, per_thread, threads = 0.01, 25, 8
    started = time.monotonic()

    def worker() -> None:
        for _ in range(per_thread):
            assert gcra_store.reserve({key: increment}, math.inf).granted

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.monotonic() - started
    backlog = gcra_store.reserve({key: 0.0}, math.inf).wait
    # every reservation moved the TAT by one increment: none was lost to a race
    assert backlog == pytest.approx(per_thread * threads * increment - elapsed, abs=0.05)


def test_pacer_raises_rate_limited_beyond_max_wait(gcra_store: GcraStore, key: str) -> None:
    pacer = GcraPacer(gcra_store, max_wait=0.25)
    assert pacer.reserve(key, limit=10, window=1) == pytest.approx(0.0, abs=TOLERANCE)
    assert pacer.reserve(key, limit=10, window=1, cost=2) == pytest.approx(0.1, abs=TOLERANCE)
    with pytest.raises(RateLimited) as raised:
        pacer.reserve(key, limit=10, window=1, cost=1)  # would wait 0.3 s > 0.25 s
    assert raised.value.delay == pytest.approx(0.05, abs=TOLERANCE)
    assert raised.value.key == key


def test_pacer_spaces_calls_evenly(gcra_store: GcraStore, key: str) -> None:
    pacer = GcraPacer(gcra_store, max_wait=1.0)
    stamps = []
    for _ in range(5):
        pacer.pace(key, limit=20, window=1)  # 50 ms apart
        stamps.append(time.monotonic())
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert all(gap == pytest.approx(0.05, abs=TOLERANCE) for gap in gaps), gaps
