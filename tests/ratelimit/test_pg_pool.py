"""The Postgres quota stores connect like every other docpipe pool (pipeline.db)."""

from __future__ import annotations

import os

import pytest

from adapters.ratelimit import stores_from_url
from adapters.ratelimit._pg import open_pool

pytestmark = pytest.mark.db


def test_the_quota_pool_switches_role_and_names_its_connections(pg_url: str) -> None:
    """SET ROLE like the worker pools (not the login superuser), named for pg_stat_activity."""
    with open_pool(pg_url, max_size=1) as pool, pool.connection() as conn:
        row = conn.execute("SELECT current_user, current_setting('application_name')").fetchone()
    assert row == ("service_role", f"docpipe:{os.getpid()}:ratelimit")


def test_stores_share_one_pool_of_the_size_asked_for(pg_url: str) -> None:
    storage, gcra, slots = stores_from_url(pg_url, pool_size=3)
    try:
        pool = storage.pool  # type: ignore[attr-defined]
        assert pool is gcra._pool is slots._pool  # type: ignore[attr-defined]
        assert pool.max_size == 3
    finally:
        gcra.close()
    assert pool.closed  # the GCRA store owns the shared pool and closed it
