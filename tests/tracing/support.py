"""Processes for the tracing tests: the hook (``docpipe serve``) and stage workers,
with the ``OTEL_*`` environment pointing at a test OTLP receiver (or not at all)."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support import factories as f
from tests.support.http import JWT_SECRET, free_port, make_token
from tests.support.pg import dict_connect
from tests.support.workers import (
    WorkerGroup,
    dramatiq_group,
    stop_process_group,
    worker_env,
)

ROOT = Path(__file__).resolve().parents[2]


def otel_env(receiver_url: str | None) -> dict[str, str]:
    """Export to ``receiver_url`` with a short batch delay; None: no endpoint at all."""
    env = {"OTEL_BSP_SCHEDULE_DELAY": "100", "LOG_FORMAT": "json"}
    if receiver_url:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver_url
    return env


def broker_url_for(kind: str, db_url: str) -> str:
    """BROKER_URL of ``kind``; a broker service that is not up FAILS the test (no skip)."""
    if kind == "postgres":
        return db_url
    port = {"redis": 6379, "rabbitmq": 5672}[kind]
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        pytest.fail(f"{kind} is not reachable at 127.0.0.1:{port}: start it to run this test")
    if kind == "redis":
        # A database of its own most of the time; a stale message is skipped by the claim.
        return f"redis://127.0.0.1:6379/{random.randint(1, 15)}"
    return "amqp://guest:guest@127.0.0.1:5672/%2F"


def _base_env(
    db_url: str, storage: Path, extra: dict[str, str], broker_url: str | None = None
) -> dict[str, str]:
    env = {
        k: v
        for k, v in worker_env(db_url, broker_url or db_url, storage).items()
        if not k.startswith("OTEL_")
    }
    env.update(extra)
    return env


@contextmanager
def trace_workers(
    db_url: str,
    storage: Path,
    log_path: Path,
    extra: dict[str, str],
    *,
    module: str,
    broker_url: str | None = None,
) -> Iterator[WorkerGroup]:
    env = _base_env(db_url, storage, extra, broker_url)
    with dramatiq_group(module, env, log_path) as group:
        yield group


@contextmanager
def hook_server(
    db_url: str,
    storage: Path,
    log_path: Path,
    extra: dict[str, str],
    *,
    broker_url: str | None = None,
) -> Iterator[str]:
    """``docpipe serve`` in its own process; yields its base URL once it is ready."""
    port = free_port()
    env = _base_env(db_url, storage, extra, broker_url)
    env["SUPABASE_JWT_SECRET"] = JWT_SECRET
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(ROOT),
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"hook not ready:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.1)
        yield url
    finally:
        stop_process_group(process)


def upload(
    hook_url: str, db_url: str, *, correlation_id: str | None, filename: str = "letter.pdf"
) -> httpx.Response:
    """POST /v1/shell-files for a new patient (the object need not exist for trivial stages)."""
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
    headers = {"authorization": f"Bearer {make_token(owner)}", "idempotency-key": uuid.uuid4().hex}
    if correlation_id:
        headers["x-correlation-id"] = correlation_id
    return httpx.post(
        f"{hook_url}/v1/shell-files",
        json={
            "patient_id": str(patient),
            "storage_path": f"{patient}/{filename}",
            "original_filename": filename,
            "mime_type": "application/pdf",
            "file_size_bytes": 1234,
        },
        headers=headers,
        timeout=30,
    )


def json_lines(text: str) -> list[dict[str, Any]]:
    lines = []
    for line in text.splitlines():
        start = line.find("{")
        if start < 0:
            continue
        try:
            lines.append(json.loads(line[start:]))
        except ValueError:
            continue
    return lines
