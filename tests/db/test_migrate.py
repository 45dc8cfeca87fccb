"""The migration runner on a real Postgres."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from pipeline import migrate as migrate_module
from pipeline.errors import MigrationError
from pipeline.migrate import migrate
from pipeline.sqlfiles import sql_dir
from tests.support import pg

pytestmark = pytest.mark.db


@pytest.fixture
def empty_db(pg_admin_url: str) -> Iterator[str]:
    name = pg.unique_name("docpipe_mig")
    url = pg.create_database(pg_admin_url, name)
    yield url
    pg.drop_database(pg_admin_url, name)


@pytest.fixture
def sql_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of sql/ that a test may edit."""
    target = tmp_path / "sql"
    shutil.copytree(sql_dir(), target)
    monkeypatch.setenv("SQL_DIR", str(target))
    return target


def test_migrate_twice_second_run_is_noop_and_check_is_clean(empty_db: str) -> None:
    """A fresh database migrates fully; a second run changes nothing; --check agrees."""
    first = migrate(empty_db)
    assert first.applied_migrations[0] == "0001_supabase_compat.sql"
    assert "functions/050_jobs.sql" in first.applied_repeatables
    assert first.broker_schema_created

    second = migrate(empty_db)
    assert second.is_noop, second.lines()
    assert migrate(empty_db, check=True).is_current
    assert migrate_module.main(["--check", "--database-url", empty_db]) == 0


def test_check_reports_pending_work_without_applying_it(empty_db: str) -> None:
    """--check on an empty database lists pending migrations and changes nothing."""
    report = migrate(empty_db, check=True)
    assert not report.is_current
    assert "0006_jobs.sql" in report.pending_migrations
    with psycopg.connect(empty_db) as conn:
        row = conn.execute("SELECT to_regclass('public.job_queue')").fetchone()
    assert row == (None,)
    assert migrate_module.main(["--check", "--database-url", empty_db]) == 1


def test_edited_applied_migration_is_refused(empty_db: str, sql_copy: Path) -> None:
    """Changing a migration that already ran is an error, in --check and in migrate."""
    migrate(empty_db)
    target = sql_copy / "migrations" / "0002_foundations.sql"
    target.write_text(target.read_text() + "\n-- sneaky edit\n")
    with pytest.raises(MigrationError) as excinfo:
        migrate(empty_db)
    assert excinfo.value.code == "migration_edited"
    with pytest.raises(MigrationError):
        migrate(empty_db, check=True)
    assert migrate_module.main(["--database-url", empty_db]) == 2


def test_database_that_applied_an_amended_migration_is_brought_up_to_date(empty_db: str) -> None:
    """0010 lost its functions and policies to the repeatable folders: a database that
    recorded the earlier file is accepted, re-gets every repeatable and the new checksum."""
    migrate(empty_db)
    name = "0010_ratelimit_storage.sql"
    (earlier,) = migrate_module.AMENDED_MIGRATIONS[name]
    with psycopg.connect(empty_db, autocommit=True) as conn:
        conn.execute(
            "UPDATE docpipe_meta.schema_migrations SET sha256 = %s WHERE filename = %s",
            (earlier, name),
        )
        conn.execute("DROP FUNCTION public.ratelimit_purge_expired()")
    assert migrate(empty_db, check=True).amended_migrations == [name]
    report = migrate(empty_db)
    assert report.amended_migrations == [name]
    assert "functions/080_ratelimit.sql" in report.applied_repeatables
    with psycopg.connect(empty_db) as conn:
        row = conn.execute("SELECT to_regprocedure('public.ratelimit_purge_expired()')").fetchone()
    assert row is not None and row[0] is not None
    assert migrate(empty_db, check=True).is_current


def test_changed_repeatable_file_is_reapplied(empty_db: str, sql_copy: Path) -> None:
    """Editing a function file re-applies the repeatables, and the new body is live."""
    migrate(empty_db)
    helpers = sql_copy / "functions" / "010_helpers.sql"
    helpers.write_text(
        helpers.read_text() + "\nCREATE OR REPLACE FUNCTION public.docpipe_probe() RETURNS int "
        "LANGUAGE sql AS $$ SELECT 42 $$;\n"
    )
    assert migrate(empty_db, check=True).changed_repeatables == ["functions/010_helpers.sql"]
    report = migrate(empty_db)
    assert "functions/010_helpers.sql" in report.applied_repeatables
    assert not report.applied_migrations
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT public.docpipe_probe()").fetchone() == (42,)
    assert migrate(empty_db).is_noop


def test_new_migration_applies_alone(empty_db: str, sql_copy: Path) -> None:
    """A migration added later runs once, without re-running the earlier ones."""
    migrate(empty_db)
    (sql_copy / "migrations" / "9999_probe.sql").write_text(
        "CREATE TABLE public.probe_table (id int PRIMARY KEY);\n"
    )
    report = migrate(empty_db)
    assert report.applied_migrations == ["9999_probe.sql"]
    assert migrate(empty_db).is_noop


def test_failed_migration_rolls_back_and_is_not_recorded(empty_db: str, sql_copy: Path) -> None:
    """A broken migration leaves no half-applied state and is retried next time."""
    migrate(empty_db)
    (sql_copy / "migrations" / "9999_broken.sql").write_text(
        "CREATE TABLE public.half_done (id int);\nSELECT no_such_function();\n"
    )
    with pytest.raises(psycopg.errors.UndefinedFunction):
        migrate(empty_db)
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT to_regclass('public.half_done')").fetchone() == (None,)
        recorded = conn.execute(
            "SELECT count(*) FROM docpipe_meta.schema_migrations WHERE filename = '9999_broken.sql'"
        ).fetchone()
    assert recorded == (0,)


def test_existing_supabase_auth_is_left_untouched(empty_db: str) -> None:
    """On a database that already has Supabase's auth schema, ours does not replace it."""
    with psycopg.connect(empty_db, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA auth")
        conn.execute("CREATE TABLE auth.users (id uuid PRIMARY KEY, email text, instance_id uuid)")
        # A stand-in for Supabase's own auth.uid(): a body ours would never have.
        conn.execute(
            "CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS "
            "$$ SELECT '00000000-0000-0000-0000-00000000abcd'::uuid $$"
        )
    migrate(empty_db)
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT auth.uid()::text").fetchone() == (
            "00000000-0000-0000-0000-00000000abcd",
        )
        columns = conn.execute(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_schema = 'auth' AND table_name = 'users' AND column_name = 'instance_id'"
        ).fetchone()
    assert columns == (1,)


def test_concurrent_migrations_serialize(empty_db: str) -> None:
    """Two deploys migrating at once both succeed; the schema is applied once."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda _: migrate(empty_db), range(2)))
    applied = [r for r in reports if r.applied_migrations]
    assert len(applied) == 1
    assert migrate(empty_db).is_noop
