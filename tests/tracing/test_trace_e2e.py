"""One trace per document, seen by a real OTLP/HTTP receiver, on every broker.

The hook runs as ``docpipe serve`` and the stages in a ``dramatiq`` worker process
(the real wiring and stage runner around trivial stages), both exporting to the
receiver through the standard ``OTEL_*`` variables. The one-document test runs on
the Postgres, Redis and RabbitMQ brokers (a broker service that is down fails it);
retries and the rest run on Postgres.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import flow
from tests.support.otlp_receiver import (
    CONSUMER,
    PRODUCER,
    SERVER,
    OtlpReceiver,
    ReceivedSpan,
    otlp_receiver,
)
from tests.support.runtime import set_config, shell_file, wait_for
from tests.support.workers import FAST_LEDGER
from tests.tracing.support import (
    broker_url_for,
    hook_server,
    json_lines,
    otel_env,
    trace_workers,
    upload,
)

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

STAGES = [s.name for s in flow.STAGES]
WORKER = "tests.tracing.trace_stage_worker"
BROKERS = ["postgres", "redis", "rabbitmq"]


@pytest.fixture
def db(fresh_db_url: str) -> str:
    set_config(fresh_db_url, **FAST_LEDGER)
    return fresh_db_url


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    with otlp_receiver() as r:
        yield r


def _run_document(
    db: str,
    tmp_path: Path,
    env: dict[str, str],
    correlation_id: str | None,
    broker_url: str | None = None,
) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Upload one document through the hook; wait until it is done.

    Returns (hook response body + header, shell_files row, worker log)."""
    storage = tmp_path / "storage"
    storage.mkdir(exist_ok=True)
    with (
        trace_workers(
            db, storage, tmp_path / "w.log", env, module=WORKER, broker_url=broker_url
        ) as workers,
        hook_server(db, storage, tmp_path / "hook.log", env, broker_url=broker_url) as url,
    ):
        response = upload(url, db, correlation_id=correlation_id)
        assert response.status_code == 201, response.text
        body = {**response.json(), "header": response.headers.get("x-correlation-id")}
        row = wait_for(
            lambda: (
                (r := shell_file(db, body["shell_file_id"]))["status"] in ("completed", "failed")
                and r
            ),
            timeout=60,
        )
    return body, row, workers.log()


def _one(spans: list[ReceivedSpan], name: str, kind: int) -> ReceivedSpan:
    found = [s for s in spans if s.name == name and s.kind == kind]
    assert len(found) == 1, (name, [s.name for s in spans])
    return found[0]


def _wait_trace(receiver: OtlpReceiver, cid: str, last: str, count: int = 1) -> list[ReceivedSpan]:
    spans: list[ReceivedSpan] = wait_for(
        lambda: (
            (t := receiver.trace_of(cid))
            and sum(s.name == last for s in t) >= count
            and any(s.kind == SERVER for s in t)
            and t
        ),
        timeout=30,
    )
    return spans


@pytest.mark.parametrize("kind", BROKERS)
def test_a_document_is_one_trace_from_the_hook_through_every_stage(
    db: str, tmp_path: Path, receiver: OtlpReceiver, kind: str
) -> None:
    cid = f"tracetest-{uuid.uuid4().hex[:12]}"
    broker_url = broker_url_for(kind, db)
    body, row, log = _run_document(db, tmp_path, otel_env(receiver.url), cid, broker_url)
    assert row["status"] == "completed", row["processing_error"]
    # The caller's well-formed id is the document's: returned, stored, on every span.
    assert body["correlation_id"] == body["header"] == row["correlation_id"] == cid
    spans = _wait_trace(receiver, cid, f"{STAGES[-1]} process")
    assert len({s.trace_id for s in spans}) == 1
    by_id = {s.span_id: s for s in spans}

    server = _one(spans, "POST /v1/shell-files", SERVER)
    assert server.parent_span_id == "" and server.service == "docpipe-hook"
    assert server.attributes["docpipe.correlation_id"] == cid
    assert server.attributes["docpipe.shell_file_id"] == body["shell_file_id"]

    parent = server
    for stage in STAGES:
        send = _one(spans, f"{stage} send", PRODUCER)
        process = _one(spans, f"{stage} process", CONSUMER)
        assert send.parent_span_id == parent.span_id, stage  # hook, then the previous stage
        assert process.parent_span_id == send.span_id, stage
        assert process.service == "docpipe-worker"
        attrs = process.attributes
        assert attrs["messaging.system"] == send.attributes["messaging.system"] == kind
        assert attrs["messaging.destination.name"] == stage
        assert attrs["messaging.operation.type"] == "process"
        assert attrs["messaging.message.id"] == send.attributes["messaging.message.id"]
        assert attrs["docpipe.stage"] == stage and attrs["docpipe.attempt"] == 1
        assert attrs["docpipe.shell_file_id"] == body["shell_file_id"]
        commit = _one(spans, f"{stage} commit", 1)
        assert by_id[commit.parent_span_id] is process
        parent = process
    # Every docpipe span carries the correlation id.
    assert all(s.attributes.get("docpipe.correlation_id") == cid for s in spans if s.kind != SERVER)
    # The worker's JSON log lines of this document carry the same ids as its spans.
    lines = [ln for ln in json_lines(log) if ln.get("job_id")]
    assert lines, log[-2000:]
    assert {ln["correlation_id"] for ln in lines} == {cid}
    assert {ln["trace_id"] for ln in lines} == {spans[0].trace_id}
    assert all(ln["worker_id"] and ln["stage"] in STAGES for ln in lines)


def test_a_retried_stage_shows_both_attempts_in_the_same_trace(
    db: str, tmp_path: Path, receiver: OtlpReceiver
) -> None:
    cid = f"retrytest-{uuid.uuid4().hex[:12]}"
    env = {**otel_env(receiver.url), "TRACE_TEST_FAIL_ONCE": "ocr"}
    _, row, log = _run_document(db, tmp_path, env, cid)
    assert row["status"] == "completed", row["processing_error"]
    spans = _wait_trace(receiver, cid, f"{STAGES[-1]} process")
    assert len({s.trace_id for s in spans}) == 1
    attempts = sorted(
        (s for s in spans if s.name == "ocr process"), key=lambda s: s.attributes["docpipe.attempt"]
    )
    assert [s.attributes["docpipe.attempt"] for s in attempts] == [1, 2]
    first, second = attempts
    assert first.attributes["docpipe.error_code"] == "unexpected_error"
    assert first.attributes["docpipe.outcome"] == "retry_scheduled"
    assert first.attributes["error.type"] == "RuntimeError"
    assert first.status_code == 2 and first.status_message == ""  # ERROR, no text
    assert [name for name, _ in first.events] == ["docpipe.retry"]
    # The retry's send is a child of the failed attempt; the second attempt its child.
    by_id = {s.span_id: s for s in spans}
    resend = by_id[second.parent_span_id]
    assert resend.name == "ocr send" and resend.kind == PRODUCER
    assert resend.parent_span_id == first.span_id
    # The failure's foreign text reached neither the spans nor the logs.
    exported = repr([(s.name, s.attributes, s.events, s.status_message) for s in spans])
    assert "Jane Example" not in exported and "1970-01-02" not in exported
    assert "Jane Example" not in log and "1970-01-02" not in log


def test_without_an_endpoint_nothing_is_exported(
    db: str, tmp_path: Path, receiver: OtlpReceiver
) -> None:
    _, row, log = _run_document(db, tmp_path, otel_env(None), None)
    assert row["status"] == "completed", row["processing_error"]
    assert receiver.requests == 0
    # Logs keep the correlation id (minted at upload); there is no trace id to log.
    lines = [ln for ln in json_lines(log) if ln.get("job_id")]
    assert lines and {ln["correlation_id"] for ln in lines} == {row["correlation_id"]}
    assert {ln["trace_id"] for ln in lines} == {None}
