"""Shared fixtures: a migrated Postgres template per session, clones per test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from pipeline.migrate import migrate
from tests.support import pg


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    return pg.admin_url()


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    """Name of a database migrated with the real runner (the production path)."""
    name = pg.unique_name("docpipe_tpl")
    url = pg.create_database(pg_admin_url, name)
    migrate(url)
    yield name
    pg.drop_database(pg_admin_url, name)


@pytest.fixture(scope="session")
def session_db_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """One clone of the template shared by tests that roll back their changes."""
    name = pg.unique_name("docpipe_session")
    url = pg.create_database(pg_admin_url, name, template=pg_template)
    yield url
    pg.drop_database(pg_admin_url, name)


@pytest.fixture
def db(session_db_url: str) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """A superuser connection inside a transaction that is rolled back after the test."""
    with (
        pg.dict_connect(session_db_url, autocommit=False) as conn,
        conn.transaction(force_rollback=True),
    ):
        yield conn


@pytest.fixture
def fresh_db_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """A throwaway clone for tests that commit (threads, processes, workers)."""
    name = pg.unique_name("docpipe_t")
    url = pg.create_database(pg_admin_url, name, template=pg_template)
    yield url
    pg.drop_database(pg_admin_url, name)
