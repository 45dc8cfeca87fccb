"""Service policy for tests: skip locally when a service is missing, fail in CI."""

from __future__ import annotations

import os
import socket

import pytest


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    """Skip (visibly) when the service is down locally; fail the test in CI."""
    if port_open(host, port):
        return
    message = f"{name} is not reachable at {host}:{port}"
    if in_ci():
        pytest.fail(f"{message} (CI: a missing service is a failure)")
    pytest.skip(f"{message}; start it to run this test")
