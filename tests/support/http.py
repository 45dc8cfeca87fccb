"""A real uvicorn server on a loopback port: in a background thread, or as a
``docpipe serve`` process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
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


@dataclass
class ServeProcess:
    """A running ``docpipe serve`` (its own process and session)."""

    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@contextmanager
def docpipe_serve(env: Mapping[str, str], *, start_timeout: float = 20.0) -> Iterator[ServeProcess]:
    """``python -m pipeline serve`` on a free port, up once /healthz answers 200.

    ``env`` is added to this process's environment (DATABASE_URL, BROKER_URL, ...).
    Always stopped afterwards: SIGTERM, wait, then SIGKILL to its process group.
    """
    port = free_port()
    root = Path(__file__).resolve().parents[2]
    log_dir = Path(tempfile.mkdtemp(prefix="docpipe-serve-"))
    log_path = log_dir / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "serve", "--host", "127.0.0.1", "--port", str(port)],
            env={**os.environ, **env},
            cwd=root,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    served = ServeProcess(f"http://127.0.0.1:{port}", process, log_path)
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"docpipe serve exited:\n{served.log()[-3000:]}")
            with suppress(httpx.HTTPError):
                if httpx.get(f"{served.url}/healthz", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"docpipe serve not up in {start_timeout}s:\n{served.log()}")
            time.sleep(0.1)
        yield served
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        log_path.unlink(missing_ok=True)
        log_dir.rmdir()
