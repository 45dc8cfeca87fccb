"""End to end with real ``dramatiq pipeline`` processes, over every broker."""

from __future__ import annotations

import os
import random
import signal
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.brokers import broker_kind
from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.intake import create_upload
from pipeline.ledger.outbox import Dispatcher
from pipeline.settings import Settings
from tests.support import factories as f
from tests.support.http import JWT_SECRET, make_token, serve_app
from tests.support.pg import dict_connect
from tests.support.runtime import SAMPLES, set_config, wait_for
from tests.support.services import require_service
from tests.support.workers import FAST_LEDGER, clean_broker, worker_group

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

BROKERS = ["postgres", "redis", "rabbitmq"]


def broker_url_for(kind: str, db_url: str) -> str:
    if kind == "postgres":
        return db_url
    if kind == "redis":
        require_service("Redis", "127.0.0.1", 6379)
        return f"redis://127.0.0.1:6379/{random.randint(1, 15)}"
    require_service("RabbitMQ", "127.0.0.1", 5672)
    return "amqp://guest:guest@127.0.0.1:5672/%2F"


@dataclass
class Env:
    db_url: str
    broker_url: str
    storage_root: Path
    tmp: Path

    def stage_file(self, sample: str, *, store: bool = True) -> tuple[uuid.UUID, uuid.UUID, str]:
        with dict_connect(self.db_url) as conn:
            owner, patient = f.make_patient(conn)
        path = f"{patient}/{sample}"
        if store:
            target = self.storage_root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((SAMPLES / sample).read_bytes())
        return owner, patient, path

    def shell_file(self, shell_file_id: Any) -> dict[str, Any]:
        with dict_connect(self.db_url) as conn:
            row = conn.execute(
                "SELECT * FROM shell_files WHERE id = %s", (shell_file_id,)
            ).fetchone()
        assert row is not None
        return dict(row)

    def wait_terminal(self, shell_file_id: Any, timeout: float = 120) -> dict[str, Any]:
        row: dict[str, Any] = wait_for(
            lambda: (
                (r := self.shell_file(shell_file_id))["status"] in ("completed", "failed") and r
            ),
            timeout=timeout,
        )
        return row

    def workers(self, name: str = "w", threads: int = 2) -> Any:
        return worker_group(
            self.db_url,
            self.broker_url,
            self.storage_root,
            self.tmp / f"{name}.log",
            threads=threads,
        )


@pytest.fixture
def env_for(fresh_db_url: str, tmp_path: Path) -> Iterator[Any]:
    set_config(fresh_db_url, **FAST_LEDGER)
    storage = tmp_path / "storage"
    storage.mkdir()

    def make(kind: str) -> Env:
        return Env(fresh_db_url, broker_url_for(kind, fresh_db_url), storage, tmp_path)

    yield make


@pytest.mark.parametrize("kind", BROKERS)
def test_upload_over_http_runs_every_stage_on_real_workers(env_for: Any, kind: str) -> None:
    """HTTP upload → real dramatiq workers → every stage → completed, on each broker."""
    env: Env = env_for(kind)
    owner, patient, path = env.stage_file("lab_report.pdf")
    broker = clean_broker(env.broker_url)
    settings = Settings(database_url=env.db_url, supabase_jwt_secret=JWT_SECRET)
    with (
        env.workers(),
        make_pool(env.db_url, max_size=4) as pool,
        serve_app(create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))) as url,
    ):
        response = httpx.post(
            f"{url}/v1/shell-files",
            json={
                "patient_id": str(patient),
                "storage_path": path,
                "original_filename": "lab_report.pdf",
                "mime_type": "application/pdf",
                "file_size_bytes": (env.storage_root / path).stat().st_size,
            },
            headers={"authorization": f"Bearer {make_token(owner)}", "idempotency-key": "e2e"},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        row = env.wait_terminal(response.json()["shell_file_id"])
    broker.close()
    assert row["status"] == "completed", row["processing_error"]
    assert all(
        row[f"{s}_status"] == "completed"
        for s in ("security_scan", "ocr", "pass1", "pass2", "pass3", "finalize")
    )
    with dict_connect(env.db_url) as conn:
        labs = conn.execute(
            "SELECT count(*) AS n FROM patient_observations WHERE patient_id = %s", (patient,)
        ).fetchone()
    assert labs is not None and labs["n"] >= 8


def test_killed_worker_job_is_rescued_and_finished_exactly_once(env_for: Any) -> None:
    """SIGKILL the worker holding the OCR lease: the survivor reruns it once, no duplicates."""
    env: Env = env_for("postgres")
    owner, patient, path = env.stage_file("prescription_scan.pdf")
    broker = clean_broker(env.broker_url)
    with (
        env.workers("a", threads=1) as a,
        env.workers("b", threads=1) as b,
        make_pool(env.db_url) as pool,
    ):
        with pool.connection() as conn, conn.transaction():
            upload = create_upload(conn, _request(patient, owner, path, env))
        Dispatcher(broker, pool).dispatch_by_id(upload.job_id)
        ocr = wait_for(
            lambda: _job(env, upload.shell_file_id, "fast_queue_ocr", status="processing"),
            timeout=60,
        )
        victim_pid = int(ocr["worker_id"].split(":")[1])
        victim = a if victim_pid in a.child_pids() else b
        survivor = b if victim is a else a
        assert victim_pid in victim.child_pids()
        os.kill(victim_pid, signal.SIGKILL)
        killed_at = time.time()
        row = env.wait_terminal(upload.shell_file_id, timeout=120)
        assert survivor.process.poll() is None
    broker.close()
    assert row["status"] == "completed", row["processing_error"]
    with dict_connect(env.db_url) as conn:
        job = conn.execute(
            "SELECT * FROM job_queue WHERE shell_file_id = %s AND job_type = 'fast_queue_ocr'",
            (upload.shell_file_id,),
        ).fetchone()
        events = conn.execute(
            "SELECT event, attempt, worker_id FROM job_events WHERE job_id = %s ORDER BY id",
            (job["id"],),  # type: ignore[index]
        ).fetchall()
        pages = conn.execute(
            "SELECT page_number, count(*) AS n FROM ocr_page_artifacts WHERE shell_file_id = %s GROUP BY page_number",
            (upload.shell_file_id,),
        ).fetchall()
        items = conn.execute(
            "SELECT count(*) AS n, count(DISTINCT extraction_item_key) AS keys FROM patient_clinical_events WHERE shell_file_id = %s",
            (upload.shell_file_id,),
        ).fetchone()
        passes = conn.execute(
            "SELECT pass_name, count(*) AS n FROM ai_pass_results WHERE shell_file_id = %s GROUP BY pass_name",
            (upload.shell_file_id,),
        ).fetchall()
    assert job is not None and job["status"] == "completed" and job["attempt"] == 2
    assert [(e["event"], e["attempt"]) for e in events] == [("reclaimed", 1)]
    # rescued because the worker's liveness lock vanished, not by waiting for the lease
    assert job["error_details"]["history"][0]["code"] == "worker_died"
    assert events[0]["worker_id"] == ocr["worker_id"] != job["worker_id"]
    assert all(p["n"] == 1 for p in pages)
    assert items is not None and items["n"] == items["keys"] and items["n"] > 0
    assert all(p["n"] == 1 for p in passes)
    rescue_seconds = job["started_at"].timestamp() - killed_at
    print(f"rescue: job running again {rescue_seconds:.1f}s after SIGKILL (lease 4s, reaper 1s)")
    assert rescue_seconds < 15


def _request(
    patient: uuid.UUID, owner: uuid.UUID, path: str, env: Env, key: str | None = None
) -> Any:
    from pipeline.intake import UploadRequest

    return UploadRequest(
        patient_id=patient,
        uploaded_by=owner,
        storage_path=path,
        original_filename=Path(path).name,
        mime_type="application/pdf",
        file_size_bytes=(env.storage_root / path).stat().st_size
        if (env.storage_root / path).exists()
        else 1000,
        idempotency_key=key or uuid.uuid4().hex,
    )


def _job(
    env: Env, shell_file_id: Any, job_type: str, status: str | None = None
) -> dict[str, Any] | None:
    with dict_connect(env.db_url) as conn:
        row = conn.execute(
            "SELECT * FROM job_queue WHERE shell_file_id = %s AND job_type = %s",
            (shell_file_id, job_type),
        ).fetchone()
    if row is None or (status and row["status"] != status):
        return None
    return dict(row)


def test_crash_between_commit_and_send_is_relayed(env_for: Any) -> None:
    """A committed upload whose message was never sent is sent by the relay and finishes."""
    env: Env = env_for("postgres")
    owner, patient, path = env.stage_file("lab_report.pdf")
    with make_pool(env.db_url) as pool, pool.connection() as conn, conn.transaction():
        upload = create_upload(
            conn, _request(patient, owner, path, env)
        )  # no dispatch: the "crash"
    with env.workers():
        row = env.wait_terminal(upload.shell_file_id)
    assert row["status"] == "completed"
    first = _job(env, upload.shell_file_id, "fast_queue_security")
    assert first is not None and first["dispatched_at"] is not None


def test_duplicate_delivery_is_skipped(env_for: Any) -> None:
    """The same job sent three times runs once."""
    env: Env = env_for("postgres")
    owner, patient, path = env.stage_file("lab_report.pdf")
    broker = clean_broker(env.broker_url)
    with make_pool(env.db_url) as pool:
        with pool.connection() as conn, conn.transaction():
            upload = create_upload(conn, _request(patient, owner, path, env))
        dispatcher = Dispatcher(broker, pool)
        for _ in range(3):
            dispatcher.dispatch_by_id(upload.job_id)
        with env.workers() as group:
            env.wait_terminal(upload.shell_file_id)
            wait_for(lambda: group.log().count("skipping message") >= 2, timeout=30)
    broker.close()
    with dict_connect(env.db_url) as conn:
        job = conn.execute(
            "SELECT attempt, status FROM job_queue WHERE id = %s", (upload.job_id,)
        ).fetchone()
        events = conn.execute(
            "SELECT count(*) AS n FROM job_events WHERE job_id = %s", (upload.job_id,)
        ).fetchone()
    assert job == {"attempt": 1, "status": "completed"}
    assert events == {"n": 0}  # no retry, no rescue: one run


def test_poison_document_dead_letters_then_redrive_finishes(env_for: Any) -> None:
    """A document whose object is missing fails transiently until the dead letter;
    with the object in place, a redrive finishes it."""
    env: Env = env_for("postgres")
    owner, patient, path = env.stage_file("lab_report.pdf", store=False)
    set_config(env.db_url, worker__default_max_retries=2)
    broker = clean_broker(env.broker_url)
    with env.workers(), make_pool(env.db_url) as pool:
        with pool.connection() as conn, conn.transaction():
            upload = create_upload(conn, _request(patient, owner, path, env))
        Dispatcher(broker, pool).dispatch_by_id(upload.job_id)
        failed = env.wait_terminal(upload.shell_file_id, timeout=60)
        assert failed["status"] == "failed"
        error = failed["processing_error"]
        assert error["code"] == "object_not_found" and error["stage"] == "security_scan"
        assert error["attempt"] == 3 and error["correlation_id"] == failed["correlation_id"]
        job = _job(env, upload.shell_file_id, "fast_queue_security")
        assert job is not None and job["dead_letter_at"] is not None and job["retry_count"] == 2
        assert [h["code"] for h in job["error_details"]["history"]] == ["object_not_found"] * 3
        with dict_connect(env.db_url) as conn:
            clinical = conn.execute(
                "SELECT count(*) AS n FROM patient_clinical_events WHERE shell_file_id = %s",
                (upload.shell_file_id,),
            ).fetchone()
        assert clinical == {"n": 0}

        target = env.storage_root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((SAMPLES / "lab_report.pdf").read_bytes())
        with pool.connection() as conn:
            assert conn.execute(
                "SELECT redrive_job(%s, 'object restored', 'test') AS ok", (upload.job_id,)
            ).fetchone() == {"ok": True}
        row = env.wait_terminal(upload.shell_file_id, timeout=60)
        row = wait_for(
            lambda: (r := env.shell_file(upload.shell_file_id))["status"] == "completed" and r,
            timeout=60,
        )
    broker.close()
    assert row["processing_error"] is None


@pytest.mark.parametrize("kind", ["redis", "rabbitmq"])
def test_message_options_round_trip(env_for: Any, kind: str) -> None:
    """A traceparent option survives enqueue → broker → decode (needed for tracing)."""
    env: Env = env_for(kind)
    broker = clean_broker(env.broker_url)
    assert broker_kind(env.broker_url) == kind
    broker.close()
