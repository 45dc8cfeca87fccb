"""The hook's ``GET /metrics``: lane gauges, dead letter and Postgres health read at
scrape time from a real database, over a real uvicorn server; a slow or absent
database answers fast with ``docpipe_db_up 0``."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.hook.database import make_hook_pool
from pipeline.settings import Settings
from tests.metrics.scrape import disallowed_labels, get, parse, value
from tests.support import factories as f
from tests.support.http import JWT_SECRET, free_port, serve_app
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]

PHI = "Jane_Doe_1970-01-01"


@contextmanager
def hook_url(db_url: str, *, guarded: bool = False) -> Iterator[str]:
    settings = Settings(database_url=db_url, supabase_jwt_secret=JWT_SECRET)
    pool: Any
    if guarded:  # the real hook pool (docpipe serve), opened without waiting
        pool = make_hook_pool(settings, max_size=2)
        pool.open(wait=False)
    else:
        pool = make_pool(db_url, max_size=2)
        pool.open(wait=True, timeout=30)
    try:
        with serve_app(create_app(settings, pool=pool, dispatcher=None)) as url:
            yield url
    finally:
        pool.close()


@pytest.fixture
def metrics_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOOK_METRICS", "true")
    monkeypatch.setenv("METRICS_DB_TIMEOUT_MS", "1000")


def _job(
    conn: psycopg.Connection[dict[str, Any]], job_type: str, shell: uuid.UUID, patient: uuid.UUID
) -> uuid.UUID:
    payload = {"shell_file_id": str(shell), "patient_id": str(patient), "note": PHI}
    row = conn.execute(
        "SELECT job_id FROM enqueue_job_v3(%s, 'metrics', %s)", (job_type, Jsonb(payload))
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["job_id"]))


def _ledger_rows(db_url: str) -> None:
    """ocr: 2 due (oldest due 30 s ago), 1 scheduled later, 1 in flight, 1 dead letter."""
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
        ids = [
            _job(
                conn,
                "fast_queue_ocr",
                f.make_shell_file(conn, patient, owner, original_filename=f"{PHI}.pdf"),
                patient,
            )
            for _ in range(5)
        ]
        conn.execute(
            "UPDATE job_queue SET scheduled_at = now() - interval '30 seconds' WHERE id = %s",
            (ids[0],),
        )
        conn.execute(
            "UPDATE job_queue SET scheduled_at = now() - interval '10 seconds' WHERE id = %s",
            (ids[1],),
        )
        conn.execute(
            "UPDATE job_queue SET scheduled_at = now() + interval '1 hour' WHERE id = %s",
            (ids[2],),
        )
        conn.execute(
            "UPDATE job_queue SET status = 'processing', worker_id = 'w', "
            "lease_token = gen_random_uuid(), lease_expires_at = now() + interval '1 hour' "
            "WHERE id = %s",
            (ids[3],),
        )
        conn.execute(
            "UPDATE job_queue SET status = 'failed', dead_letter_at = now(), "
            "completed_at = now(), last_error = 'probe_code' WHERE id = %s",
            (ids[4],),
        )
    # closing the session flushes its table statistics (dead tuples)


def test_metrics_route_is_absent_unless_switched_on(fresh_db_url: str) -> None:
    with hook_url(fresh_db_url) as url:
        status, _, _ = get(f"{url}/metrics")
    assert status == 404


def test_lane_gauges_dead_letter_and_postgres_health(fresh_db_url: str, metrics_on: None) -> None:
    _ledger_rows(fresh_db_url)
    with hook_url(fresh_db_url) as url:
        holder = psycopg.connect(fresh_db_url)  # an open transaction, 1.5 s old at the scrape
        try:
            holder.execute("SELECT txid_current()")
            time.sleep(1.5)
            deadline = time.monotonic() + 15
            while True:  # table statistics reach pg_stat_user_tables within a second or so
                status, body, _ = get(f"{url}/metrics")
                samples = parse(body)
                dead = value(samples, "docpipe_pg_dead_tuples", table="job_queue") or 0
                if dead >= 4 or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
        finally:
            holder.close()
    assert status == 200
    assert value(samples, "docpipe_db_up") == 1
    assert value(samples, "docpipe_queue_depth", lane="ocr") == 2
    assert 29 <= (value(samples, "docpipe_queue_oldest_age_seconds", lane="ocr") or 0) < 60
    assert value(samples, "docpipe_queue_scheduled", lane="ocr") == 1
    assert value(samples, "docpipe_jobs_in_flight", lane="ocr") == 1
    assert value(samples, "docpipe_dead_letter_jobs", lane="ocr") == 1
    assert (
        value(samples, "docpipe_dead_letter_jobs_by_code", lane="ocr", error_code="probe_code") == 1
    )
    # every lane is reported, empty ones as 0
    for lane in ("security_scan", "pass1_entities", "finalize"):
        assert value(samples, "docpipe_queue_depth", lane=lane) == 0
        assert value(samples, "docpipe_queue_oldest_age_seconds", lane=lane) == 0
        assert value(samples, "docpipe_dead_letter_jobs", lane=lane) == 0
    # Postgres health: the queue tables' vacuum state, the open transaction
    assert dead >= 4
    assert value(samples, "docpipe_pg_live_tuples", table="job_queue") is not None
    assert value(samples, "docpipe_pg_dead_tuples", table="dramatiq.queue") is not None
    assert (value(samples, "docpipe_pg_oldest_xact_age_seconds") or 0) >= 1.4
    assert value(samples, "docpipe_metrics_scrape_seconds") is not None
    # the hook process's own metrics come along
    assert value(samples, "process_cpu_seconds_total") is not None
    # no label outside the allow-list, no PHI anywhere in the exposition
    assert disallowed_labels(samples, vendors=set(), codes={"probe_code"}) == []
    assert PHI not in body


def test_slow_database_answers_fast_with_db_down(fresh_db_url: str, metrics_on: None) -> None:
    """A lock holds the ledger query: the statement timeout ends it; the scrape still
    answers (process metrics, docpipe_db_up 0) within the budget."""
    with hook_url(fresh_db_url) as url:
        locker = psycopg.connect(fresh_db_url)
        try:
            locker.execute("LOCK TABLE job_queue IN ACCESS EXCLUSIVE MODE")
            status, body, took = get(f"{url}/metrics")
        finally:
            locker.close()
        samples = parse(body)
        assert status == 200
        assert value(samples, "docpipe_db_up") == 0
        assert value(samples, "docpipe_queue_depth") is None
        assert value(samples, "process_cpu_seconds_total") is not None
        assert took < 3.0
        # and it recovers on the next scrape
        _, body, _ = get(f"{url}/metrics")
        assert value(parse(body), "docpipe_db_up") == 1


def test_absent_database_answers_fast_with_db_down(metrics_on: None) -> None:
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/docpipe_nowhere"
    with hook_url(nowhere, guarded=True) as url:
        status, body, took = get(f"{url}/metrics")
    samples = parse(body)
    assert status == 200
    assert value(samples, "docpipe_db_up") == 0
    assert value(samples, "process_cpu_seconds_total") is not None
    assert took < 3.0
