"""`docpipe db migrate` says each thing it did once (it used to log and print each
migration)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from pipeline import sqlfiles
from tests.support import pg

pytestmark = pytest.mark.db


@pytest.fixture
def empty_db_url(pg_admin_url: str) -> Iterator[str]:
    name = pg.unique_name("docpipe_empty")
    url = pg.create_database(pg_admin_url, name)
    yield url
    pg.drop_database(pg_admin_url, name)


def _migrate(url: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "db", "migrate", "--database-url", url],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return result.stdout + result.stderr


def test_each_migration_is_reported_once(empty_db_url: str) -> None:
    output = _migrate(empty_db_url)
    for path in sqlfiles.migration_files():
        assert output.count(path.name) == 1, (path.name, output)
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)), output
    assert _migrate(empty_db_url).strip() == "database is up to date"


def test_migrate_waits_for_the_advisory_lock(empty_db_url: str) -> None:
    """What makes a pre-deploy migrate on every service safe: while another session
    holds the migration lock (another deploy migrating), the runner waits for it."""
    import threading

    import psycopg

    from pipeline.migrate import MIGRATION_LOCK_KEY, migrate

    with psycopg.connect(empty_db_url, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
        worker = threading.Thread(target=migrate, args=(empty_db_url,))
        worker.start()
        worker.join(timeout=1.5)
        assert worker.is_alive()  # blocked on the lock
        waiting = holder.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ).fetchone()
        assert waiting is not None and waiting[0] == 1
        holder.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))
        worker.join(timeout=120)
    assert not worker.is_alive()
    assert migrate(empty_db_url).is_noop
