"""Hostile clients at the hook (issue 8.9): request rates, failed secrets, slow clients."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.hook.hookkit import Hook, post, send_webhook, webhook_payload
from tests.support import factories as f
from tests.support.http import JWT_SECRET, WEBHOOK_SECRET, ServeProcess, docpipe_serve, make_token
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]


@pytest.fixture
def hook_overrides() -> dict[str, Any]:
    return {"hook_upload_rate": "3/hour", "hook_webhook_auth_failure_rate": "3/hour"}


def test_uploads_over_the_per_user_rate_get_429(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """The 4th upload in the window: 429 + Retry-After, nothing written; others unaffected."""
    patient = people["patient"]
    for n in range(3):
        body = hook.body(patient, storage_path=f"{patient}/{n}.pdf")
        assert post(hook, people["owner"], body, key=f"k{n}").status_code == 201
    over = post(hook, people["owner"], hook.body(patient, storage_path=f"{patient}/x.pdf"), key="x")
    assert over.status_code == 429, over.text
    assert over.json()["error"]["code"] == "upload_rate_exceeded"
    assert int(over.headers["retry-after"]) >= 1
    assert hook.counts() == (3, 3)
    other = post(hook, people["writer"], hook.body(patient, storage_path=f"{patient}/w.pdf"))
    assert other.status_code == 201


def test_failed_webhook_secrets_are_throttled(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """After 3 wrong secrets from a client even the right one gets 429 (no guessing on)."""
    payload = webhook_payload(people["patient"], people["owner"])
    url = f"{hook.url}/v1/hooks/storage"
    for _ in range(3):
        wrong = httpx.post(url, json=payload, headers={"x-webhook-secret": "guess"}, timeout=30)
        assert wrong.status_code == 401
    blocked = send_webhook(hook, payload)
    assert blocked.status_code == 429, blocked.text
    assert blocked.json()["error"]["code"] == "too_many_failures"
    assert int(blocked.headers["retry-after"]) >= 1
    assert hook.counts() == (0, 0)


def test_right_secrets_are_not_counted(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """Only failures count: many good webhook calls are never throttled."""
    for _ in range(5):
        response = send_webhook(hook, webhook_payload(people["patient"], people["owner"]))
        assert response.status_code == 201, response.text


@pytest.fixture
def served(fresh_db_url: str) -> Iterator[ServeProcess]:
    """A real ``docpipe serve`` with a 1 s header deadline (production default 10 s)."""
    env = {
        "DATABASE_URL": fresh_db_url,
        "BROKER_URL": "stub://",
        "SUPABASE_JWT_SECRET": JWT_SECRET,
        "STORAGE_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "HOOK_HEADER_TIMEOUT": "1",
    }
    with docpipe_serve(env) as process:
        yield process


def _trickle(served: ServeProcess, head: bytes, tail: bytes, *, give_up: float = 30.0) -> bytes:
    """Send ``head``, then ``tail`` one byte every 0.2 s; what the server answered
    when it closed the connection. Fails if it is still open after ``give_up`` s."""
    port = int(served.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head)
        deadline = time.monotonic() + give_up
        for byte in tail:
            if time.monotonic() > deadline:
                break
            try:
                sock.sendall(bytes([byte]))
            except OSError:  # reset or broken pipe: closed by the server
                return b""
            sock.settimeout(0.2)
            try:
                answer = sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return b""
            sock.settimeout(5)
            while chunk := (answer and _recv_or_empty(sock)):
                answer += chunk
            return answer  # b"" (closed) or the response sent before closing
    pytest.fail(f"the server kept a slow client's connection open for {give_up}s")


def _recv_or_empty(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def test_slow_headers_are_cut_off(served: ServeProcess) -> None:
    """Slowloris: headers sent byte by byte are cut at the deadline (uvicorn alone never)."""
    answer = _trickle(
        served, b"GET /healthz HTTP/1.1\r\nHost: x\r\n", b"X-Slow: " + b"a" * 200 + b"\r\n\r\n"
    )
    assert b"200 OK" not in answer
    assert httpx.get(f"{served.url}/healthz", timeout=5).status_code == 200  # others served


def test_slow_body_gets_408(served: ServeProcess, fresh_db_url: str) -> None:
    """Headers complete, body trickled: 408 request_timeout, not a held connection."""
    with dict_connect(fresh_db_url) as conn:
        owner, _ = f.make_patient(conn)
    head = (
        b"POST /v1/shell-files HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n"
        b"authorization: Bearer " + make_token(owner).encode() + b"\r\n"
        b"content-length: 300\r\n\r\n"
    )
    answer = _trickle(served, head, b"{" + b" " * 299)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"request_timeout" in answer
