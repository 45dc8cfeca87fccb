"""Bad input never prints a traceback: one line ``error [code]: message``, exit code 2."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

pytestmark = [pytest.mark.db]

DOCPIPE = str(Path(sys.executable).with_name("docpipe"))


def _one_clean_line(err: str, code: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith(f"error [{code}]: "), err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["status", "not-a-uuid"], "bad_uuid"),
        (["trace", "12345"], "bad_uuid"),
        (["cancel", "x"], "bad_uuid"),
        (["status", str(uuid.uuid4())], "unknown_document"),
        (["trace", str(uuid.uuid4())], "unknown_document"),
        (["cancel", str(uuid.uuid4())], "unknown_document"),
        (["dlq", "redrive", str(uuid.uuid4())], "unknown_job"),
        (["jobs", "--lane", "nope"], "unknown_stage"),
        (["jobs", "--status", "sleeping"], "unknown_status"),
        (["jobs", "--older-than", "ten minutes"], "bad_duration"),
        (["dlq", "list", "--stage", "ocr2"], "unknown_stage"),
        (["dlq", "purge", "--older-than=-3d"], "bad_duration"),
        (["submit", "/nonexistent/file.pdf", "--patient", str(uuid.uuid4())], "file_unreadable"),
        (["jobs", "--frobnicate"], "bad_arguments"),
        (["dlq"], "bad_arguments"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli: Cli, argv: list[str], code: str) -> None:
    res = cli(*argv)
    assert res.code == 2
    _one_clean_line(res.err, code)
    assert res.out == ""


def test_unreachable_database_is_one_line(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database that refuses connections: a clean error that names no host or user."""
    monkeypatch.setenv("DATABASE_URL", "postgresql://secretuser@127.0.0.1:1/nowhere")
    for argv in (["status", str(uuid.uuid4())], ["jobs"], ["quotas"], ["dlq", "list"]):
        res = cli(*argv)
        assert res.code == 2
        _one_clean_line(res.err, "database_unavailable")
        assert "secretuser" not in res.err and "127.0.0.1" not in res.err


def test_missing_database_url_is_one_line(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL")
    res = cli("jobs")
    assert res.code == 2
    _one_clean_line(res.err, "configuration_error")


def test_installed_command_prints_no_traceback(cli: Cli) -> None:
    """The real ``docpipe`` executable: a bad uuid is exit 2 and one line on stderr."""
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": cli.db_url}
    proc = subprocess.run(
        [DOCPIPE, "status", "not-a-uuid"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 2
    _one_clean_line(proc.stderr, "bad_uuid")
    proc = subprocess.run(
        [DOCPIPE, "status", str(uuid.uuid4())], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 2, proc.stderr
    _one_clean_line(proc.stderr, "unknown_document")
