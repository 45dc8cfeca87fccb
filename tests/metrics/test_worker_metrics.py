"""Worker metrics from a real ``dramatiq`` command (2 worker processes) on the Postgres
broker: per-stage runs, durations, completions, failures, retries, dead letters and
ledger skips, summed over the processes and served on ``METRICS_PORT``."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dramatiq
import pytest
from psycopg.types.json import Jsonb

from pipeline.db import make_pool
from pipeline.ledger.outbox import Dispatcher
from pipeline.messages import make_envelope
from tests.metrics.scrape import Sample, disallowed_labels, get, parse, value
from tests.support import factories as f
from tests.support.http import free_port
from tests.support.pg import dict_connect
from tests.support.runtime import set_config, wait_for
from tests.support.workers import (
    FAST_LEDGER,
    WorkerGroup,
    clean_broker,
    dramatiq_group,
    worker_env,
)

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
PROBE_WORKER = "tests.metrics.metrics_stage_worker"
PROBE_CODE = "metrics_probe"
PHI = "Jane_Doe_1970-01-01"


@contextmanager
def probe_workers(db_url: str, tmp: Path, port: int) -> Iterator[WorkerGroup]:
    env = worker_env(db_url, db_url, tmp)
    env.update(METRICS_PORT=str(port), METRICS_HOST="127.0.0.1", METRICS_DIR=str(tmp / "prom"))
    log_path = tmp / "workers.log"
    with dramatiq_group(PROBE_WORKER, env, log_path, processes=2) as group:
        yield group


def enqueue(db_url: str, modes: list[str | None]) -> tuple[list[uuid.UUID], uuid.UUID, uuid.UUID]:
    """One ocr job per mode (committed, not sent): (job ids, shell file, patient)."""
    ids = []
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
        for mode in modes:
            shell = f.make_shell_file(conn, patient, owner, original_filename=f"{PHI}.pdf")
            payload: dict[str, Any] = {"shell_file_id": str(shell), "patient_id": str(patient)}
            if mode:
                payload["fail"] = mode
            row = conn.execute(
                "SELECT job_id FROM enqueue_job_v3('fast_queue_ocr', 'probe', %s)",
                (Jsonb(payload),),
            ).fetchone()
            assert row is not None
            ids.append(uuid.UUID(str(row["job_id"])))
    return ids, shell, patient


def states(db_url: str, ids: list[uuid.UUID]) -> list[str]:
    with dict_connect(db_url) as conn:
        rows = conn.execute("SELECT status FROM job_queue WHERE id = ANY(%s)", (ids,)).fetchall()
    return sorted(r["status"] for r in rows)


def worker_pids(db_url: str, ids: list[uuid.UUID]) -> set[str]:
    """Pids of the worker processes that ran the jobs (worker ids are host:pid:nonce)."""
    with dict_connect(db_url) as conn:
        rows = conn.execute(  # the last run of each job, and every failed attempt
            "SELECT worker_id FROM job_queue WHERE id = ANY(%(ids)s) "
            "UNION SELECT worker_id FROM job_events WHERE job_id = ANY(%(ids)s) "
            "AND worker_id IS NOT NULL",
            {"ids": ids},
        ).fetchall()
    return {str(r["worker_id"]).split(":")[-2] for r in rows}


def scrape_until(url: str, done: Any, timeout: float = 30) -> tuple[str, list[Sample]]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            status, body, _ = get(url)
        except OSError:  # the exposition process may still be starting
            status, body = 0, ""
        if status == 200:
            samples = parse(body)
            if done(samples) or time.monotonic() > deadline:
                return body, samples
        elif time.monotonic() > deadline:
            raise AssertionError(f"no metrics at {url} (status {status})")
        time.sleep(0.2)


def test_worker_processes_export_stage_metrics(fresh_db_url: str, tmp_path: Path) -> None:
    set_config(fresh_db_url, **FAST_LEDGER)
    broker = clean_broker(fresh_db_url)
    ids, shell, patient = enqueue(fresh_db_url, [None] * 5 + ["once", "dead"])
    port = free_port()
    url = f"http://127.0.0.1:{port}/metrics"
    with (
        make_pool(fresh_db_url, max_size=2) as pool,
        probe_workers(fresh_db_url, tmp_path, port) as group,
    ):
        dispatcher = Dispatcher(broker, pool)
        for job_id in ids:
            dispatcher.dispatch_by_id(job_id)
        wait_for(lambda: states(fresh_db_url, ids) == ["completed"] * 6 + ["failed"], timeout=60)
        actor = {"actor_name": "docpipe.ocr"}
        body, samples = scrape_until(
            url, lambda s: value(s, "docpipe_stage_completed_total", stage="ocr") == 6
        )
        assert value(samples, "docpipe_stage_completed_total", stage="ocr") == 6, group.log()[
            -3000:
        ]
        # 5 clean runs, the retried job twice, the dead one once
        assert value(samples, "dramatiq_messages_total", **actor) == 8
        assert value(samples, "dramatiq_message_duration_milliseconds_count", **actor) == 8
        assert (
            value(samples, "dramatiq_message_duration_milliseconds_sum", **actor) or 0
        ) >= 8 * 20
        assert (
            value(samples, "dramatiq_message_duration_milliseconds_bucket", le="5.0", **actor) == 0
        )
        failures = value(
            samples, "docpipe_stage_failures_total", stage="ocr", error_code=PROBE_CODE
        )
        assert failures == 2
        assert value(samples, "docpipe_stage_retries_total", stage="ocr") == 1
        assert value(samples, "docpipe_dead_letters_total", stage="ocr", error_code=PROBE_CODE) == 1
        # both worker processes' samples are summed (each wrote its own files)
        # Each worker process that ran a job wrote its own files; the exposition summed
        # them (the totals above match the ledger however the jobs were spread).
        files = list((tmp_path / "prom").glob("*/counter_*.db"))
        assert len(files) == len(worker_pids(fresh_db_url, ids)) >= 1

        # A late duplicate of a finished job: the ledger skips it. Not a run, no duration;
        # the in-flight gauge goes back to 0, never below.
        skipped_before = value(samples, "docpipe_messages_skipped_total", stage="ocr") or 0
        envelope = make_envelope(
            job_id=ids[0],
            shell_file_id=shell,
            patient_id=patient,
            correlation_id="dup",
            stage="ocr",
        )
        broker.enqueue(
            dramatiq.Message(
                queue_name="ocr", actor_name="docpipe.ocr", args=(envelope,), kwargs={}, options={}
            )
        )
        body, samples = scrape_until(
            url,
            lambda s: (
                (value(s, "docpipe_messages_skipped_total", stage="ocr") or 0) > skipped_before
            ),
        )
        assert (
            value(samples, "docpipe_messages_skipped_total", stage="ocr") or 0
        ) == skipped_before + 1
        assert value(samples, "dramatiq_messages_total", **actor) == 8
        assert value(samples, "dramatiq_message_duration_milliseconds_count", **actor) == 8
        assert value(samples, "dramatiq_messages_inprogress", **actor) == 0
    assert disallowed_labels(samples, vendors=set(), codes={PROBE_CODE}) == []
    assert PHI not in body
    assert group.process.returncode == 0, group.log()[-3000:]
