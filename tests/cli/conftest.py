"""Fixtures for the operator CLI tests: a committed database and a CLI runner."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Cli:
    db_url: str
    storage: Path

    def __call__(self, *argv: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse's exit on bad arguments
                code = int(exc.code or 0)
        return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(fresh_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    """``docpipe`` against a fresh committed database (stub broker, a temp storage)."""
    storage = tmp_path / "storage"
    storage.mkdir()
    monkeypatch.setenv("DATABASE_URL", fresh_db_url)
    monkeypatch.setenv("BROKER_URL", "stub://")
    monkeypatch.setenv("STORAGE_URL", storage.as_uri())
    monkeypatch.delenv("RATELIMIT_URL", raising=False)
    monkeypatch.delenv("DATABASE_ROLE", raising=False)
    yield Cli(fresh_db_url, storage)
