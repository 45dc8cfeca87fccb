"""The SQL files: named queries parse, and every name the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.sqlfiles import migration_files, parse_queries, query, query_names, repeatable_files

ROOT = Path(__file__).resolve().parents[2]


def test_parse_queries_splits_named_blocks() -> None:
    """`-- name:` headers split a file; bodies lose their trailing semicolon."""
    text = "-- preamble\n-- name: a_get\nSELECT 1;\n\n-- name: b_put\nINSERT INTO t VALUES (1)\n"
    assert parse_queries(text) == {"a_get": "SELECT 1", "b_put": "INSERT INTO t VALUES (1)"}


def test_duplicate_query_name_is_an_error() -> None:
    """Two blocks with one name would shadow each other: refused."""
    with pytest.raises(ValueError, match="duplicate"):
        parse_queries("-- name: x\nSELECT 1\n-- name: x\nSELECT 2\n")


def test_every_query_used_in_code_exists() -> None:
    """Each query("name") in pipeline/ and adapters/ names a block in sql/queries."""
    used: set[str] = set()
    for folder in ("pipeline", "adapters", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r'query\(\s*"([a-z0-9_]+)"', path.read_text()))
    assert used, "the scan found no query names at all"
    assert used <= query_names(), sorted(used - query_names())
    with pytest.raises(KeyError):
        query("no_such_query")


def test_sql_files_are_plain_sql() -> None:
    """No psql meta-commands: every file works with psql -f and with the runner."""
    for path in [*migration_files(), *repeatable_files()]:
        for line in path.read_text().splitlines():
            assert not line.startswith("\\"), f"{path.name}: psql meta-command"
    assert [p.name for p in migration_files()] == sorted(p.name for p in migration_files())
