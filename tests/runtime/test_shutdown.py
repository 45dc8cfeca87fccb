"""Worker shutdown never strands a job; a message that is never claimed is re-sent.

Real ``dramatiq`` worker processes on the Postgres broker (or the ledger middleware
on a StubBroker) and a real database.
"""

from __future__ import annotations

import random
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pytest
from dramatiq import Message
from dramatiq.broker import MessageProxy
from dramatiq.common import dq_name
from dramatiq.middleware import SkipMessage
from psycopg.types.json import Jsonb

from pipeline import flow
from pipeline.db import make_pool
from pipeline.ledger.outbox import Dispatcher
from pipeline.middleware import LedgerMiddleware
from tests.support import factories as f
from tests.support.pg import dict_connect
from tests.support.runtime import set_config, stub_pipeline, wait_for
from tests.support.workers import DRAMATIQ, FAST_LEDGER, WorkerGroup, clean_broker, worker_env

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
NOOP_WORKER = "tests.runtime.noop_stage_worker"
#: Each round sends DOCUMENTS x 6 stage jobs: a few seconds of work for 4 threads.
ROUNDS, DOCUMENTS = 10, 15


@contextmanager
def noop_workers(db_url: str, log_path: Path, *, threads: int = 4) -> Iterator[WorkerGroup]:
    """One ``dramatiq`` process group running no-op stage actors; always cleaned up."""
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [DRAMATIQ, NOOP_WORKER, "--processes", "1", "--threads", str(threads)],
            env=worker_env(db_url, db_url, log_path.parent),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(ROOT),
            start_new_session=True,  # its own process group: stop() kills every child
        )
    group = WorkerGroup(process, log_path)
    try:
        yield group
    finally:
        group.stop()


def enqueue_batch(db_url: str, documents: int) -> list[uuid.UUID]:
    """One job per stage for each of ``documents`` new documents (committed, not sent)."""
    ids: list[uuid.UUID] = []
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
        for _ in range(documents):
            shell = f.make_shell_file(conn, patient, owner)
            for stage in flow.STAGES:
                row = conn.execute(
                    "SELECT job_id FROM enqueue_job_v3(%s, 'noop', %s)",
                    (
                        stage.job_type,
                        Jsonb({"shell_file_id": str(shell), "patient_id": str(patient)}),
                    ),
                ).fetchone()
                assert row is not None
                ids.append(row["job_id"])
    return ids


def job_states(db_url: str, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
    with dict_connect(db_url) as conn:
        return [
            dict(r)
            for r in conn.execute(
                "SELECT id, status, attempt, dispatched_at, broker_message_id "
                "FROM job_queue WHERE id = ANY(%s)",
                (ids,),
            ).fetchall()
        ]


def _left_behind(db_url: str, ids: list[uuid.UUID]) -> dict[str, int]:
    """Jobs not completed, by status and whether their message is still on the broker."""
    counts: dict[str, int] = {}
    with dict_connect(db_url) as conn:
        rows = conn.execute(
            "SELECT j.status, q.state AS message_state FROM job_queue j "
            "LEFT JOIN dramatiq.queue q ON q.message_id::text = j.broker_message_id "
            "WHERE j.id = ANY(%s) AND j.status <> 'completed'",
            (ids,),
        ).fetchall()
    for row in rows:
        key = f"{row['status']}/{row['message_state'] or 'no message'}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_sigterm_under_a_backlog_never_strands_a_job(fresh_db_url: str, tmp_path: Path) -> None:
    """10 rounds of: send a backlog, start workers, SIGTERM at a random moment. At the
    end every job has completed once, and no actor ever ran without a claim.

    The re-send of never-claimed messages is left at its production default (5 min),
    so a message dropped during shutdown would leave its job pending: the shutdown
    itself must hand every taken message back."""
    set_config(fresh_db_url, **FAST_LEDGER)
    broker = clean_broker(fresh_db_url)
    rng = random.Random(8_5)
    ids: list[uuid.UUID] = []
    with make_pool(fresh_db_url, max_size=2) as pool:
        dispatcher = Dispatcher(broker, pool)
        for round_no in range(ROUNDS):
            batch = enqueue_batch(fresh_db_url, documents=DOCUMENTS)
            ids += batch
            with noop_workers(fresh_db_url, tmp_path / f"round{round_no}.log") as group:
                for job_id in batch:  # sent while the worker boots
                    dispatcher.dispatch_by_id(job_id)
                group.wait_ready()
                time.sleep(rng.uniform(0.0, 0.8))  # mid-backlog
            # leaving the block sent SIGTERM and waited for a clean exit
            assert group.process.returncode == 0, group.log()[-3000:]
        with noop_workers(fresh_db_url, tmp_path / "final.log") as group:
            group.wait_ready()
            try:
                wait_for(
                    lambda: all(j["status"] == "completed" for j in job_states(fresh_db_url, ids)),
                    timeout=60,
                )
            except AssertionError:
                raise AssertionError(
                    f"jobs left behind: {_left_behind(fresh_db_url, ids)}"
                ) from None
    broker.close()

    states = job_states(fresh_db_url, ids)
    assert len(states) == ROUNDS * DOCUMENTS * len(flow.STAGES)
    assert {j["status"] for j in states} == {"completed"}
    assert {j["attempt"] for j in states} == {1}  # no run was lost and rescued
    logs = "".join(p.read_text(errors="replace") for p in tmp_path.glob("*.log"))
    assert "ran without a claim" not in logs
    assert "PoolClosed" not in logs
    print(
        f"messages handed back at shutdown: {logs.count('handing message')}; "
        f"prefetch buffers handed back: {logs.count('prefetched messages back')}"
    )


def test_a_message_sent_but_never_claimed_is_resent_and_completes(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """A due pending job marked dispatched long ago (its message lost) is re-sent by
    the relay and completes; one dispatched just now is left alone."""
    set_config(fresh_db_url, **FAST_LEDGER, queue__redispatch_after_seconds=2)
    lost, fresh = enqueue_batch(fresh_db_url, documents=1)[:2]
    with dict_connect(fresh_db_url) as conn:
        # the "lost" message: marked sent, never on the broker
        conn.execute(
            "UPDATE job_queue SET dispatched_at = now() - interval '1 hour', "
            "scheduled_at = now() - interval '1 hour', broker_message_id = 'lost' WHERE id = %s",
            (lost,),
        )
        # a message sent a moment ago (also not on the broker): not late yet
        conn.execute(
            "UPDATE job_queue SET dispatched_at = now() + interval '1 hour', "
            "broker_message_id = 'recent' WHERE id = %s",
            (fresh,),
        )
    clean_broker(fresh_db_url).close()
    with noop_workers(fresh_db_url, tmp_path / "w.log") as group:
        group.wait_ready()
        wait_for(lambda: job_states(fresh_db_url, [lost])[0]["status"] == "completed", timeout=30)
        assert "re-sent 1 job messages never claimed" in group.log()
    by_id = {j["id"]: j for j in job_states(fresh_db_url, [lost, fresh])}
    assert by_id[lost]["broker_message_id"] != "lost" and by_id[lost]["attempt"] == 1
    assert by_id[fresh]["status"] == "pending" and by_id[fresh]["broker_message_id"] == "recent"


def _ledger_middleware(broker: Any) -> LedgerMiddleware:
    return next(m for m in broker.middleware if isinstance(m, LedgerMiddleware))


def _one_message(pipe: Any) -> tuple[uuid.UUID, MessageProxy]:
    """A due job of the first stage and its message (dispatched, then taken off the queue)."""
    batch = enqueue_batch(pipe.db_url, documents=1)
    job = job_states(pipe.db_url, batch[:1])[0]
    pipe.runtime.dispatcher.dispatch_by_id(job["id"])
    queue = pipe.broker.queues[flow.FIRST_STAGE.name]
    message = Message.decode(queue.get_nowait())
    return job["id"], MessageProxy(message)


def test_a_message_taken_during_shutdown_is_handed_back_unclaimed(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """Between before_worker_shutdown and the worker threads stopping, a message taken
    off the queue is not started: the job is not claimed and a fresh message for it is
    back on the queue at once."""
    with stub_pipeline(fresh_db_url, tmp_path, worker=False) as pipe:
        job_id, message = _one_message(pipe)
        ledger = _ledger_middleware(pipe.broker)
        ledger.before_worker_shutdown(pipe.broker, cast(Any, None))
        with pytest.raises(SkipMessage):
            ledger.before_process_message(pipe.broker, message)
        queued = pipe.broker.queues[flow.FIRST_STAGE.name]
        assert queued.qsize() == 1
        again = Message.decode(queued.get_nowait())
        assert again.args[0]["job_id"] == str(job_id) and again.message_id != message.message_id
        assert job_states(fresh_db_url, [job_id])[0]["status"] == "pending"


def test_a_message_whose_claim_fails_is_not_run_but_sent_again_later(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """The pool closed under a worker thread (the old shutdown order) or a database
    error: the actor must not run without a claim; the message comes back delayed."""
    with stub_pipeline(fresh_db_url, tmp_path, worker=False) as pipe:
        job_id, message = _one_message(pipe)
        pipe.runtime.pool.close()
        with pytest.raises(SkipMessage):
            _ledger_middleware(pipe.broker).before_process_message(pipe.broker, message)
        delayed = pipe.broker.queues[dq_name(flow.FIRST_STAGE.name)]
        assert delayed.qsize() == 1
        again = Message.decode(delayed.get_nowait())
        assert again.args[0]["job_id"] == str(job_id) and again.options["eta"] > 0
        assert job_states(fresh_db_url, [job_id])[0]["status"] == "pending"
