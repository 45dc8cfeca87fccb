"""Graceful shutdown (issue 13.5): SIGTERM lets a running stage finish within the
grace period, hands back one that outlives it, and the hook drains its requests.

Real ``dramatiq`` worker processes (the real stage runner around trivial stages,
one made slow) on the Postgres broker, a real database, a real ``docpipe serve``.
"""

from __future__ import annotations

import signal
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from psycopg.types.json import Jsonb

from pipeline import flow
from pipeline.db import make_pool
from pipeline.ledger import jobs
from pipeline.ledger.outbox import Dispatcher
from tests.support import factories as f
from tests.support.http import JWT_SECRET, ServeProcess, docpipe_serve, make_token
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
SLOW_WORKER = "tests.runtime.slow_stage_worker"


@contextmanager
def workers(
    db_url: str,
    log_path: Path,
    *,
    grace: float,
    slow_seconds: float = 0.0,
    dramatiq_args: tuple[str, ...] = (),
) -> Iterator[WorkerGroup]:
    """One ``dramatiq`` command (1 process, 2 threads) whose OCR stage takes
    ``slow_seconds``; always stopped afterwards."""
    env = worker_env(db_url, db_url, log_path.parent)
    env.update(
        SLOW_STAGE="ocr",
        SLOW_STAGE_SECONDS=str(slow_seconds),
        WORKER_SHUTDOWN_GRACE_SECONDS=str(grace),
    )
    with dramatiq_group(SLOW_WORKER, env, log_path, extra_args=dramatiq_args) as group:
        yield group


def start_document(db_url: str) -> uuid.UUID:
    """A document with its first stage's job row, sent to the broker."""
    first = flow.FIRST_STAGE
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
        shell = f.make_shell_file(conn, patient, owner)
        row = conn.execute(
            "SELECT job_id FROM enqueue_job_v3(%s, %s, %s, p_idempotency_key => %s)",
            (
                first.job_type,
                first.name,
                Jsonb({"shell_file_id": str(shell), "patient_id": str(patient)}),
                flow.stage_job_key(str(shell), first),
            ),
        ).fetchone()
        assert row is not None
    broker = clean_broker(db_url)
    with make_pool(db_url, max_size=1) as pool:
        Dispatcher(broker, pool).dispatch_by_id(row["job_id"])
    broker.close()
    return shell


def ocr_job(db_url: str, shell: uuid.UUID) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute(
            "SELECT * FROM job_queue WHERE shell_file_id = %s AND job_lane = 'ocr'", (shell,)
        ).fetchone()
    assert row is not None
    return dict(row)


def events_of(db_url: str, job_id: uuid.UUID) -> list[dict[str, Any]]:
    with dict_connect(db_url) as conn:
        return [
            dict(r)
            for r in conn.execute(
                "SELECT event, attempt, worker_id, details FROM job_events "
                "WHERE job_id = %s ORDER BY id",
                (job_id,),
            ).fetchall()
        ]


def document(db_url: str, shell: uuid.UUID) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute("SELECT * FROM shell_files WHERE id = %s", (shell,)).fetchone()
    assert row is not None
    return dict(row)


def sigterm_and_wait(group: WorkerGroup, timeout: float = 30) -> float:
    """SIGTERM the ``dramatiq`` parent (it forwards one to its worker process);
    seconds until the whole command exited."""
    sent = time.monotonic()
    group.process.send_signal(signal.SIGTERM)
    group.process.wait(timeout=timeout)
    return time.monotonic() - sent


def test_a_stage_that_ends_within_the_grace_commits_and_the_worker_exits(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """SIGTERM 0.5 s into a 2 s OCR stage, grace 6 s: the stage commits at attempt 1,
    nothing is handed back, and the worker exits as soon as the stage is done."""
    set_config(fresh_db_url, **FAST_LEDGER)
    with workers(fresh_db_url, tmp_path / "a.log", grace=6, slow_seconds=2) as group:
        shell = start_document(fresh_db_url)
        wait_for(lambda: "slow stage ocr working" in group.log(), timeout=30)
        time.sleep(0.5)
        exited_after = sigterm_and_wait(group)
    print(f"SIGTERM during a 2 s stage (1.5 s left): worker exited after {exited_after:.2f}s")
    assert group.process.returncode == 0, group.log()[-3000:]
    job = ocr_job(fresh_db_url, shell)
    assert (job["status"], job["attempt"], job["retry_count"]) == ("completed", 1, 0)
    assert [e["event"] for e in events_of(fresh_db_url, job["id"])] == []
    assert document(fresh_db_url, shell)["ocr_status"] == "completed"
    log = group.log()
    assert "stage ocr persisted" in log and "handed back" not in log
    assert 1.0 < exited_after < 6, exited_after  # waited for the stage, not for the grace


def test_a_stage_that_outlives_the_grace_is_handed_back_and_finished_elsewhere(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """SIGTERM during a 60 s OCR stage, grace 1.5 s, lease 30 s: at the end of the
    grace the job is released (no attempt used), a second, already running worker
    claims it within a couple of seconds (not after the lease) and the document
    completes; the first worker committed nothing and exited."""
    set_config(fresh_db_url, **{**FAST_LEDGER, "worker__lease_seconds": 30})
    grace = 1.5
    with workers(fresh_db_url, tmp_path / "slow.log", grace=grace, slow_seconds=60) as slow:
        shell = start_document(fresh_db_url)
        wait_for(lambda: "slow stage ocr working" in slow.log(), timeout=30)
        with workers(fresh_db_url, tmp_path / "other.log", grace=grace) as other:
            running = ocr_job(fresh_db_url, shell)
            assert running["status"] == "processing"
            sent = time.monotonic()
            slow.process.send_signal(signal.SIGTERM)
            slow.process.wait(timeout=30)
            exited_after = time.monotonic() - sent
            wait_for(lambda: document(fresh_db_url, shell)["status"] == "completed", timeout=30)
            completed_after = time.monotonic() - sent

    job = ocr_job(fresh_db_url, shell)
    release = job["error_details"]["last_release"]
    events = events_of(fresh_db_url, job["id"])
    with dict_connect(fresh_db_url) as conn:
        row = conn.execute(
            "SELECT extract(epoch FROM %s::timestamptz - %s::timestamptz) AS s",
            (job["started_at"], release["at"]),
        ).fetchone()
    assert row is not None
    picked_up_after_release = float(row["s"])
    print(
        f"grace {grace}s: worker exited {exited_after:.2f}s after SIGTERM; job released, "
        f"claimed by the other worker {picked_up_after_release:.2f}s after the release; "
        f"document completed {completed_after:.2f}s after SIGTERM"
    )

    assert slow.process.returncode == 0, slow.log()[-3000:]
    assert (job["status"], job["attempt"], job["retry_count"]) == ("completed", 1, 0)
    assert job["worker_id"] != running["worker_id"] == release["worker_id"]
    assert [e["event"] for e in events] == ["rescheduled"]
    assert events[0]["details"]["reason"] == "worker_shutdown"
    slow_log, other_log = slow.log(), other.log()
    assert f"job {job['id']} (attempt 1) handed back" in slow_log
    assert "stage ocr persisted" not in slow_log  # nothing committed by the stopped worker
    assert "stage ocr persisted" in other_log
    # Timings: the grace, then at once; the lease (30 s) never comes into it.
    assert grace <= exited_after < grace + 5, exited_after
    assert 0 <= picked_up_after_release < 3, picked_up_after_release
    assert completed_after < grace + 10, completed_after


def test_jobs_still_held_when_dramatiq_stops_waiting_are_handed_back(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """``--worker-shutdown-timeout`` (2 s) shorter than the grace (30 s): Dramatiq stops
    waiting for the stage thread; the job it still holds is released before the
    process exits, so the other worker runs it at once instead of after the lease
    (30 s) as before; no attempt used."""
    set_config(fresh_db_url, **{**FAST_LEDGER, "worker__lease_seconds": 30})
    with workers(
        fresh_db_url,
        tmp_path / "slow.log",
        grace=30,
        slow_seconds=60,
        dramatiq_args=("--worker-shutdown-timeout", "2000"),
    ) as slow:
        shell = start_document(fresh_db_url)
        wait_for(lambda: "slow stage ocr working" in slow.log(), timeout=30)
        with workers(fresh_db_url, tmp_path / "other.log", grace=30) as other:
            exited_after = sigterm_and_wait(slow)
            sent = time.monotonic() - exited_after
            wait_for(lambda: ocr_job(fresh_db_url, shell)["status"] == "completed", timeout=30)
            completed_after = time.monotonic() - sent
            assert "stage ocr persisted" in other.log()
    print(
        f"shutdown timeout 2 s: worker exited {exited_after:.2f}s after SIGTERM; "
        f"OCR completed elsewhere {completed_after:.2f}s after SIGTERM"
    )
    job = ocr_job(fresh_db_url, shell)
    assert slow.process.returncode == 0, slow.log()[-3000:]
    assert (job["attempt"], job["retry_count"]) == (1, 0)
    assert [e["event"] for e in events_of(fresh_db_url, job["id"])] == ["rescheduled"]
    assert "handed back" in slow.log() and "stage ocr persisted" not in slow.log()
    assert exited_after < 8, exited_after
    assert completed_after < 10, completed_after  # far less than the 30 s lease


def test_a_released_lease_is_refused_everywhere(fresh_db_url: str) -> None:
    """After release_job: the job is pending and due now with its attempts untouched;
    the old holder's heartbeat, completion, failure and release are all refused; a new
    claim gets the same attempt number."""
    with dict_connect(fresh_db_url) as conn:
        owner, patient = f.make_patient(conn)
        shell = f.make_shell_file(conn, patient, owner)
        job_id, _ = jobs.enqueue(
            conn,
            job_type="fast_queue_ocr",
            job_name="ocr",
            payload={"shell_file_id": str(shell), "patient_id": str(patient)},
            idempotency_key=None,
            correlation_id="c-1",
        )
        claim = jobs.claim_job(conn, job_id, "worker-a", 30).claim
        assert claim is not None

        def release() -> bool:
            row = conn.execute(
                "SELECT release_job(%s, %s, %s) AS ok", (job_id, "worker-a", claim.lease_token)
            ).fetchone()
            return bool(row and row["ok"])

        assert release() is True
        row = jobs.get_job(conn, job_id)
        assert row is not None
        assert (row["status"], row["retry_count"], row["worker_id"]) == ("pending", 0, None)
        assert row["scheduled_at"] <= conn.execute("SELECT now() AS t").fetchone()["t"]  # type: ignore[index]
        assert row["dispatched_at"] is None  # the relay sends it if the worker could not
        assert release() is False
        assert jobs.heartbeat(conn, claim, 30) is False
        assert jobs.complete(conn, claim, {"late": True}) is False
        failed = jobs.fail(conn, claim, code="x", message="x", retryable=True)
        assert failed["outcome"] == "lease_lost"
        again = jobs.claim_job(conn, job_id, "worker-b", 30).claim
        assert again is not None and again.attempt == 1


# -- the hook ------------------------------------------------------------------


@pytest.fixture
def served(fresh_db_url: str) -> Iterator[ServeProcess]:
    env = {
        "DATABASE_URL": fresh_db_url,
        "BROKER_URL": "stub://",
        "SUPABASE_JWT_SECRET": JWT_SECRET,
        "HOOK_HEADER_TIMEOUT": "30",
        "HOOK_SHUTDOWN_GRACE_SECONDS": "3",
    }
    with docpipe_serve(env) as process:
        yield process


def _upload_head_and_body(served: ServeProcess, db_url: str) -> tuple[bytes, bytes]:
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
    body = httpx.Request(
        "POST",
        "/",
        json={
            "patient_id": str(patient),
            "storage_path": f"{patient}/scan.pdf",
            "original_filename": "scan.pdf",
            "mime_type": "application/pdf",
            "file_size_bytes": 1000,
        },
    ).content
    host = served.url.removeprefix("http://")
    head = (
        f"POST /v1/shell-files HTTP/1.1\r\nhost: {host}\r\n"
        f"authorization: Bearer {make_token(owner)}\r\ncontent-type: application/json\r\n"
        f"idempotency-key: {uuid.uuid4().hex}\r\ncontent-length: {len(body)}\r\n\r\n"
    ).encode()
    return head, body


def _read_all(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection (fails on the socket timeout)."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_the_hook_drains_a_request_in_flight_at_sigterm(
    served: ServeProcess, fresh_db_url: str
) -> None:
    """SIGTERM while an upload's body is half sent: no new connection is accepted,
    the upload completes (201) and the process then exits; a request still
    unfinished after HOOK_SHUTDOWN_GRACE_SECONDS (3 s) is cut and the process exits."""
    port = int(served.url.rsplit(":", 1)[1])
    head, body = _upload_head_and_body(served, fresh_db_url)
    stalled_head, stalled_body = _upload_head_and_body(served, fresh_db_url)
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as sock,
        socket.create_connection(("127.0.0.1", port), timeout=10) as stalled,
    ):
        sock.sendall(head + body[:10])
        stalled.sendall(stalled_head + stalled_body[:10])  # never finished
        time.sleep(0.3)  # the server has both request heads
        sent = time.monotonic()
        served.process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        with pytest.raises(OSError):  # the listener is closed
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        sock.sendall(body[10:])
        answer = _read_all(sock)
        answered_after = time.monotonic() - sent
        served.process.wait(timeout=15)
        exited_after = time.monotonic() - sent
    print(
        f"hook: in-flight upload answered {answered_after:.2f}s after SIGTERM; exit {exited_after:.2f}s"
    )
    assert answer.startswith(b"HTTP/1.1 201"), answer[:300]
    # _read_all returned: the server closed the connection after answering
    assert served.process.returncode == 0, (served.process.returncode, served.log()[-1500:])
    assert 3 <= exited_after < 8, exited_after  # the stalled request held it for the grace
    assert "timeout graceful shutdown exceeded" in served.log()  # and was then cancelled
    with dict_connect(fresh_db_url) as conn:
        row = conn.execute("SELECT count(*) AS n FROM shell_files").fetchone()
    assert row is not None and row["n"] == 1  # the drained upload, not the cut one
