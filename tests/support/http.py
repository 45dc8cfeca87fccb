"""A real uvicorn server on a loopback port, in a background thread."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import jwt
import uvicorn

JWT_SECRET = "test-jwt-secret-with-enough-length-for-hs256"
WEBHOOK_SECRET = "test-webhook-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def make_token(
    user_id: uuid.UUID | str,
    *,
    secret: str = JWT_SECRET,
    expires_in: int = 3600,
    audience: str = "authenticated",
    role: str = "authenticated",
) -> str:
    claims = {
        "sub": str(user_id),
        "role": role,
        "aud": audience,
        "exp": int(time.time()) + expires_in,
    }
    return jwt.encode(claims, secret, algorithm="HS256")
