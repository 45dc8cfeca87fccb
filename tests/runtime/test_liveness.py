"""Worker liveness rides on the heartbeat thread and must never block or outlive it."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest

from pipeline.db import make_pool
from pipeline.ledger import jobs
from pipeline.ledger.heartbeat import Heartbeater
from pipeline.ledger.liveness import WorkerLiveness
from tests.support.pg import dict_connect
from tests.support.runtime import wait_for

pytestmark = [pytest.mark.db, pytest.mark.integration]


def _enqueue(conn: Any) -> uuid.UUID:
    row = conn.execute(
        "SELECT job_id FROM enqueue_job_v3('fast_queue_ocr', 'j', '{\"i\": 1}'::jsonb)"
    ).fetchone()
    return uuid.UUID(str(row["job_id"]))


def _lock_holders(conn: Any, worker_id: str) -> list[int]:
    """Backend pids holding this worker's liveness lock."""
    rows = conn.execute(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 "
        "AND classid = worker_lock_hi(worker_lock_key(%s))::oid "
        "AND objid = worker_lock_lo(worker_lock_key(%s))::oid",
        (worker_id, worker_id),
    ).fetchall()
    return [r["pid"] for r in rows]


def test_a_lock_held_elsewhere_never_blocks_the_heartbeat(fresh_db_url: str) -> None:
    """After a blip the worker's old session (here: another session) still holds its
    liveness lock. Each beat the re-register is refused at once, leases keep being
    renewed, and once the old session goes the next beat registers again."""
    worker_id = f"w-{uuid.uuid4().hex[:8]}"
    liveness = WorkerLiveness(fresh_db_url, worker_id)
    assert liveness.register() is True
    outcomes: list[bool] = []
    with make_pool(fresh_db_url, max_size=2) as pool:
        with pool.connection() as conn:
            claim = jobs.claim_job(conn, _enqueue(conn), worker_id, 30).claim
        assert claim is not None
        beats = Heartbeater(pool, interval=0.1, lease_seconds=30)
        beats.register(claim, threading.get_ident())
        beats.on_beat.append(lambda: outcomes.append(liveness.check()))
        with dict_connect(fresh_db_url) as admin, dict_connect(fresh_db_url) as ghost:
            ghost.execute("SET ROLE service_role")
            own_pid = _lock_holders(admin, worker_id)[0]
            # The blip: our session is cut; a lingering session takes the lock first.
            admin.execute("SELECT pg_terminate_backend(%s)", (own_pid,))
            wait_for(lambda: not _lock_holders(admin, worker_id), timeout=10)
            assert ghost.execute(
                "SELECT register_worker(%s, 'old-host', 1) AS ok", (worker_id,)
            ).fetchone() == {"ok": True}
            beats.start()
            try:
                wait_for(lambda: outcomes.count(False) >= 3, timeout=20)
                renewed = [_heartbeat_at(admin, claim.job_id)]
                wait_for(lambda: outcomes.count(False) >= 6, timeout=20)
                renewed.append(_heartbeat_at(admin, claim.job_id))
                assert renewed[1] > renewed[0]  # leases renewed while registering failed
                assert not claim.lost.is_set()
                assert _lock_holders(admin, worker_id) == [ghost.info.backend_pid]

                ghost.close()  # the old session finally goes away
                wait_for(lambda: outcomes[-1] is True, timeout=20)
                assert len(_lock_holders(admin, worker_id)) == 1
                assert admin.execute("SELECT * FROM dead_workers()").fetchall() == []
            finally:
                ghost.close()  # a blocked re-register (the bug) gets the lock and returns
                beats.stop()
                liveness.unregister()
        assert liveness.stopped


def _heartbeat_at(conn: Any, job_id: uuid.UUID) -> Any:
    row = conn.execute("SELECT heartbeat_at FROM job_queue WHERE id = %s", (job_id,)).fetchone()
    return row["heartbeat_at"]


def test_unregister_racing_a_beat_stops_cleanly_without_registering_again(
    fresh_db_url: str,
) -> None:
    """40 times: the liveness session drops, then a beat (re-registering) and shutdown's
    unregister run at once. Never an error, and afterwards no session holds the lock."""
    errors: list[BaseException] = []
    with dict_connect(fresh_db_url) as admin:
        for i in range(40):
            worker_id = f"race-{i}"
            liveness = WorkerLiveness(fresh_db_url, worker_id)
            assert liveness.register() is True
            admin.execute("SELECT pg_terminate_backend(%s)", (_lock_holders(admin, worker_id)[0],))
            wait_for(lambda wid=worker_id: not _lock_holders(admin, wid), timeout=10)
            start = threading.Barrier(2)

            def run(step: Any, start: threading.Barrier = start) -> None:
                start.wait()
                try:
                    step()
                except BaseException as exc:  # collected and asserted below
                    errors.append(exc)

            threads = [
                threading.Thread(target=run, args=(liveness.check,)),
                threading.Thread(target=run, args=(liveness.unregister,)),
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=30)
            assert not any(t.is_alive() for t in threads)
            assert liveness.check() is False  # stopped: does nothing
            # (a registry row may remain when unregister met the dead session: without
            # its lock it counts as dead and the leader forgets it)
            assert _lock_holders(admin, worker_id) == [], f"registered again in round {i}"
    assert errors == []
