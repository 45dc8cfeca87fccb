"""A stage rescued after ``kill -9`` stays in the document's trace.

Two worker processes; the OCR stage's first attempt hangs until its process is
SIGKILLed. The survivor's reaper takes the job back (the dead worker's liveness
lock is gone) and re-sends it; the new attempt's consumer span is in the same
trace, below the reaper's send, and says it follows a rescue. The killed attempt's
own span never ended, so it was never exported.
"""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import flow
from tests.support.otlp_receiver import (
    CONSUMER,
    PRODUCER,
    OtlpReceiver,
    otlp_receiver,
    render_tree,
)
from tests.support.pg import dict_connect
from tests.support.runtime import set_config, shell_file, wait_for
from tests.support.workers import FAST_LEDGER
from tests.tracing.support import hook_server, otel_env, trace_workers, upload

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

WORKER = "tests.tracing.trace_stage_worker"
LAST = f"{flow.STAGES[-1].name} process"


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    with otlp_receiver() as r:
        yield r


def _ocr_job(db: str, shell_file_id: str) -> dict[str, Any] | None:
    with dict_connect(db) as conn:
        row = conn.execute(
            "SELECT * FROM job_queue WHERE shell_file_id = %s AND job_type = %s",
            (shell_file_id, flow.BY_NAME["ocr"].job_type),
        ).fetchone()
    return dict(row) if row else None


def test_a_rescued_stage_continues_the_documents_trace(
    fresh_db_url: str, tmp_path: Path, receiver: OtlpReceiver
) -> None:
    db = fresh_db_url
    set_config(db, **FAST_LEDGER)
    storage = tmp_path / "storage"
    storage.mkdir()
    env = {**otel_env(receiver.url), "TRACE_TEST_HANG_ONCE": "ocr"}
    cid = f"rescuetest-{uuid.uuid4().hex[:12]}"
    with (
        trace_workers(db, storage, tmp_path / "a.log", env, module=WORKER) as a,
        trace_workers(db, storage, tmp_path / "b.log", env, module=WORKER) as b,
        hook_server(db, storage, tmp_path / "hook.log", env) as url,
    ):
        response = upload(url, db, correlation_id=cid)
        assert response.status_code == 201, response.text
        sf_id = response.json()["shell_file_id"]
        hung = wait_for(
            lambda: (j := _ocr_job(db, sf_id)) and j["status"] == "processing" and j, timeout=30
        )
        # Kill only once the spans before OCR left the process (batches every 100 ms).
        wait_for(lambda: any(s.name == "security_scan process" for s in receiver.trace_of(cid)))
        victim_pid = int(hung["worker_id"].split(":")[1])
        victim, survivor = (a, b) if victim_pid in a.child_pids() else (b, a)
        assert victim_pid in victim.child_pids()
        os.kill(victim_pid, signal.SIGKILL)
        row = wait_for(
            lambda: (r := shell_file(db, sf_id))["status"] in ("completed", "failed") and r,
            timeout=60,
        )
        assert survivor.process.poll() is None
    assert row["status"] == "completed", row["processing_error"]
    job = _ocr_job(db, sf_id)
    assert job is not None and job["attempt"] == 2
    job_id = str(job["id"])

    spans = wait_for(lambda: (t := receiver.trace_of(cid)) and any(s.name == LAST for s in t) and t)
    print(render_tree(spans, ("docpipe.attempt", "docpipe.job_id")))  # shown when it fails
    assert len({s.trace_id for s in spans}) == 1
    by_id = {s.span_id: s for s in spans}
    # The killed attempt's span is lost: only the rescued attempt ran to its end.
    [process] = [s for s in spans if s.name == "ocr process" and s.kind == CONSUMER]
    assert process.attributes["docpipe.attempt"] == 2
    assert process.status_code != 2  # not an error: the rescued attempt succeeded
    assert (
        "docpipe.rescue",
        {"docpipe.job_id": job_id, "docpipe.attempt": 1, "docpipe.error_code": "worker_died"},
    ) in process.events
    # Its parent is the reaper's re-send of the job, a child of the first send.
    rescue_send = by_id[process.parent_span_id]
    assert rescue_send.name == "ocr send" and rescue_send.kind == PRODUCER
    assert rescue_send.attributes["docpipe.job_id"] == job_id
    first_send = by_id[rescue_send.parent_span_id]
    assert first_send.name == "ocr send" and first_send.attributes["docpipe.job_id"] == job_id
    assert by_id[first_send.parent_span_id].name == "security_scan process"
    # The document went on in the same trace after the rescue.
    assert by_id[_one_named(spans, "pass1_entities send").parent_span_id] is process


def _one_named(spans: list[Any], name: str) -> Any:
    found = [s for s in spans if s.name == name]
    assert len(found) == 1, (name, [s.name for s in spans])
    return found[0]
