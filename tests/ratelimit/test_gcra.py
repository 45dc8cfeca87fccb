"""GCRA pacing on the memory, Redis and Postgres stores.

No stopwatch: the Redis and Postgres stores use their server's clock, so the schedules
here are spaced by ``UNIT`` (100 s) and compared with ``SLACK`` (5 s). Scheduling noise
on a busy machine is milliseconds; a wrong reservation is off by a whole unit.
"""

from __future__ import annotations

import math
import threading

import pytest

from adapters.ratelimit.gcra import GcraPacer, GcraStore, emission_interval
from pipeline.errors import RateLimited

UNIT = 100.0  # seconds of emission time per reservation
SLACK = 5.0  # seconds: the wall time the test itself may take, many times over


def test_emission_interval() -> None:
    assert emission_interval(1, 60, 60) == 1.0
    assert emission_interval(250, 1000, 60) == 15.0
    with pytest.raises(ValueError, match="positive"):
        emission_interval(1, 0, 60)


def test_reservations_are_spaced_by_the_increment(gcra_store: GcraStore, key: str) -> None:
    waits = [gcra_store.reserve({key: UNIT}, math.inf).wait for _ in range(4)]
    for n, wait in enumerate(waits):
        assert wait == pytest.approx(UNIT * n, abs=SLACK)


def test_a_refused_reservation_reserves_nothing(gcra_store: GcraStore, key: str) -> None:
    assert gcra_store.reserve({key: 5 * UNIT}, math.inf).granted
    refused = gcra_store.reserve({key: 5 * UNIT}, 2 * UNIT)
    assert not refused.granted
    assert refused.wait == pytest.approx(5 * UNIT, abs=SLACK)
    again = gcra_store.reserve({key: 5 * UNIT}, math.inf)  # still the second slot
    assert again.granted
    assert again.wait == pytest.approx(5 * UNIT, abs=SLACK)


def test_keys_share_one_start_and_barriers_stay_put(gcra_store: GcraStore, key: str) -> None:
    slow, fast, barrier = f"{key}/slow", f"{key}/fast", f"{key}/block"
    gcra_store.reserve({slow: 4 * UNIT}, math.inf)
    both = gcra_store.reserve({slow: 4 * UNIT, fast: UNIT, barrier: 0.0}, math.inf)
    assert both.wait == pytest.approx(4 * UNIT, abs=SLACK)
    # fast moved to the common start + its own increment; the barrier was not written
    assert gcra_store.reserve({fast: 0.0}, 0.0).wait == pytest.approx(5 * UNIT, abs=SLACK)
    assert gcra_store.reserve({barrier: 0.0}, 0.0).wait == 0.0


def test_block_holds_every_caller_back(gcra_store: GcraStore, key: str) -> None:
    gcra_store.block(key, 6 * UNIT)
    refused = gcra_store.reserve({key: 0.0, f"{key}/other": UNIT}, UNIT)
    assert not refused.granted
    assert refused.wait == pytest.approx(6 * UNIT, abs=SLACK)
    gcra_store.block(key, UNIT)  # a shorter block never shortens a longer one
    assert gcra_store.reserve({key: 0.0}, 0.0).wait == pytest.approx(6 * UNIT, abs=SLACK)


def test_concurrent_reservations_lose_no_update(gcra_store: GcraStore, key: str) -> None:
    per_thread, threads = 25, 8

    def worker() -> None:
        for _ in range(per_thread):
            assert gcra_store.reserve({key: UNIT}, math.inf).granted

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    backlog = gcra_store.reserve({key: 0.0}, math.inf).wait
    # every reservation moved the TAT by one unit: a lost race would cost a whole unit
    assert backlog == pytest.approx(per_thread * threads * UNIT, abs=UNIT / 2)


def test_pacer_raises_rate_limited_beyond_max_wait(gcra_store: GcraStore, key: str) -> None:
    pacer = GcraPacer(gcra_store, max_wait=2.5 * UNIT)
    window = 10 * UNIT  # 10 calls per window: UNIT apart
    assert pacer.reserve(key, limit=10, window=window) == pytest.approx(0.0, abs=SLACK)
    assert pacer.reserve(key, limit=10, window=window, cost=2) == pytest.approx(UNIT, abs=SLACK)
    with pytest.raises(RateLimited) as raised:
        pacer.reserve(key, limit=10, window=window, cost=1)  # would wait 3 units > 2.5
    assert raised.value.delay == pytest.approx(0.5 * UNIT, abs=SLACK)
    assert raised.value.key == key


def test_pacer_sleeps_until_each_evenly_spaced_slot(gcra_store: GcraStore, key: str) -> None:
    slept: list[float] = []
    pacer = GcraPacer(gcra_store, max_wait=math.inf, sleep=slept.append)
    for _ in range(5):
        pacer.pace(key, limit=20, window=20 * UNIT)  # UNIT apart
    # the first call left at once (no sleep); each later one slept until its own slot
    assert slept == pytest.approx([UNIT * n for n in range(1, 5)], abs=SLACK)
