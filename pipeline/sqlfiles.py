"""Where the project's SQL lives, and how named queries are read from it.

``sql/`` is a top-level folder of the repository. A wheel carries it
(and the demo's ``samples/``) as package data, ``pipeline/_data/sql`` (the mapping
is in pyproject.toml). :func:`data_dir` finds either layout; ``SQL_DIR`` overrides
the SQL location (for an unusual deploy, or a test's copy).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import LiteralString

#: Repeatable folders, in the order they are applied after the migrations.
REPEATABLE_FOLDERS = ("functions", "triggers", "policies")

_QUERY_HEADER = re.compile(r"^--\s*name:\s*([a-z0-9_]+)\s*$", re.MULTILINE)


#: Package data inside an installed wheel (pyproject.toml maps the top-level folders here).
PACKAGE_DATA = Path(__file__).resolve().parent / "_data"
#: The repository root, in a checkout or an editable install.
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (``sql`` or ``samples``): the wheel's package data first (a
    stale top-level copy from an older wheel may sit beside it in site-packages), then
    the checkout's top-level folder."""
    packaged = PACKAGE_DATA / name
    if packaged.is_dir():
        return packaged
    return CHECKOUT_ROOT / name


def sql_dir() -> Path:
    override = os.environ.get("SQL_DIR")
    if override:
        return Path(override)
    return data_dir("sql")


def migration_files() -> list[Path]:
    return sorted((sql_dir() / "migrations").glob("*.sql"))


def repeatable_files() -> list[Path]:
    files: list[Path] = []
    for folder in REPEATABLE_FOLDERS:
        files.extend(sorted((sql_dir() / folder).glob("*.sql")))
    return files


def parse_queries(text: str) -> dict[str, str]:
    """Split a file of ``-- name: x`` blocks into {name: sql}."""
    parts = _QUERY_HEADER.split(text)
    queries: dict[str, str] = {}
    # parts = [preamble, name1, body1, name2, body2, ...]
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        if name in queries:
            raise ValueError(f"duplicate query name {name!r}")
        queries[name] = body.strip().rstrip(";")
    return queries


@cache
def _all_queries() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((sql_dir() / "queries").glob("*.sql")):
        for name, body in parse_queries(path.read_text(encoding="utf-8")).items():
            if name in merged:
                raise ValueError(f"query {name!r} is defined twice")
            merged[name] = body
    return merged


def query(name: str) -> LiteralString:
    """The SQL text of a named query from ``sql/queries``; KeyError if unknown."""
    # The text comes from our own files, never from input: safe to treat as literal.
    return _all_queries()[name]


def query_names() -> frozenset[str]:
    return frozenset(_all_queries())
