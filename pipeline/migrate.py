"""The migration runner: applies ``sql/`` to a database, safely and repeatably.

- ``sql/migrations/NNNN_*.sql`` run once each, in order, each in its own
  transaction; their checksums are recorded and an edited applied migration is
  refused.
- ``sql/functions``, ``sql/triggers``, ``sql/policies`` are repeatable: when any
  of them changed (or is new), all of them are re-applied in that order, so a
  policy always sees the current functions.
- The dramatiq-postgres broker schema is created too (idempotent).
- Everything runs under one advisory lock, so concurrent deploys serialize.

Run as ``docpipe db migrate [--check]`` or ``python -m pipeline.migrate``.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from pipeline import sqlfiles
from pipeline.errors import MigrationError

logger = logging.getLogger(__name__)

#: Arbitrary, fixed key for pg_advisory_lock ("docpipe" in ASCII, truncated).
MIGRATION_LOCK_KEY = 0x646F637069706565 >> 1

#: Migrations rewritten after they were first released, without changing the schema
#: they leave behind once the repeatable folders are applied: filename → the earlier
#: checksums. A database that recorded one of them is not "edited"; the migrate
#: records the file's current checksum. (0010's functions and policies moved to
#: sql/functions/080_ratelimit.sql and sql/policies/110_ratelimit.sql.)
AMENDED_MIGRATIONS: dict[str, frozenset[str]] = {
    "0010_ratelimit_storage.sql": frozenset(
        {"7da6cccc3fccc885c1c8577562606d98dd50005ace22a6c858f08ce7d2748484"}
    ),
}

_META_DDL = """
CREATE SCHEMA IF NOT EXISTS docpipe_meta;
REVOKE ALL ON SCHEMA docpipe_meta FROM PUBLIC;
CREATE TABLE IF NOT EXISTS docpipe_meta.schema_migrations (
  filename text PRIMARY KEY,
  sha256 text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS docpipe_meta.repeatable_scripts (
  filename text PRIMARY KEY,
  sha256 text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE docpipe_meta.schema_migrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE docpipe_meta.repeatable_scripts ENABLE ROW LEVEL SECURITY;
"""


@dataclass
class MigrationReport:
    applied_migrations: list[str] = field(default_factory=list)
    applied_repeatables: list[str] = field(default_factory=list)
    pending_migrations: list[str] = field(default_factory=list)
    amended_migrations: list[str] = field(default_factory=list)
    changed_repeatables: list[str] = field(default_factory=list)
    broker_schema_created: bool = False

    @property
    def is_noop(self) -> bool:
        return not (
            self.applied_migrations or self.applied_repeatables or self.broker_schema_created
        )

    @property
    def is_current(self) -> bool:
        return not (self.pending_migrations or self.amended_migrations or self.changed_repeatables)

    def lines(self) -> list[str]:
        out = [f"applied migration {name}" for name in self.applied_migrations]
        out += [f"re-applied {name}" for name in self.applied_repeatables]
        out += [f"pending migration {name}" for name in self.pending_migrations]
        out += [f"amended migration {name} (checksum recorded)" for name in self.amended_migrations]
        out += [f"changed repeatable {name}" for name in self.changed_repeatables]
        if self.broker_schema_created:
            out.append("created the dramatiq-postgres broker schema")
        return out or ["database is up to date"]


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _label(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _recorded(conn: psycopg.Connection[tuple[str, str]], table: str) -> dict[str, str]:
    if table == "schema_migrations":
        rows = conn.execute("SELECT filename, sha256 FROM docpipe_meta.schema_migrations")
    else:
        rows = conn.execute("SELECT filename, sha256 FROM docpipe_meta.repeatable_scripts")
    return dict(rows.fetchall())


def plan(conn: psycopg.Connection[tuple[str, str]]) -> MigrationReport:
    """What a migrate would do, without doing it. Raises on an edited migration."""
    report = MigrationReport()
    exists = conn.execute("SELECT to_regclass('docpipe_meta.schema_migrations')").fetchone()
    applied = _recorded(conn, "schema_migrations") if exists and exists[0] else {}
    repeatables = _recorded(conn, "repeatable_scripts") if exists and exists[0] else {}

    for path in sqlfiles.migration_files():
        name = path.name
        if name in applied:
            if applied[name] in AMENDED_MIGRATIONS.get(name, frozenset()):
                report.amended_migrations.append(name)
            elif applied[name] != _checksum(path):
                raise MigrationError(
                    f"migration {name} was edited after it was applied; "
                    "add a new migration instead",
                    code="migration_edited",
                )
        else:
            report.pending_migrations.append(name)

    for path in sqlfiles.repeatable_files():
        if repeatables.get(_label(path)) != _checksum(path):
            report.changed_repeatables.append(_label(path))
    return report


def _ensure_broker_schema(conn: psycopg.Connection[tuple[str, str]]) -> bool:
    import dramatiq_postgres

    with conn.transaction(), conn.cursor() as cur:
        return bool(dramatiq_postgres.init(cur))


def migrate(conninfo: str, *, check: bool = False, broker_schema: bool = True) -> MigrationReport:
    """Bring the database at ``conninfo`` up to date (or, with check, only report)."""
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
        try:
            return _migrate_locked(conn, check=check, broker_schema=broker_schema)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))


def _migrate_locked(
    conn: psycopg.Connection[tuple[str, str]], *, check: bool, broker_schema: bool
) -> MigrationReport:
    if check:
        report = plan(conn)
        if broker_schema:
            row = conn.execute("SELECT to_regclass('dramatiq.queue')").fetchone()
            if not (row and row[0]):
                report.pending_migrations.append("dramatiq-postgres broker schema")
        return report

    with conn.transaction():
        conn.execute(_META_DDL)
    report = plan(conn)

    by_name = {p.name: p for p in sqlfiles.migration_files()}
    for name in report.pending_migrations:
        path = by_name[name]
        # DEBUG: `docpipe db migrate` prints the report's line for it (INFO showed it twice).
        logger.debug("applying migration %s", name)
        with conn.transaction():
            conn.execute(path.read_text(encoding="utf-8"))
            conn.execute(
                "INSERT INTO docpipe_meta.schema_migrations (filename, sha256) VALUES (%s, %s)",
                (name, _checksum(path)),
            )
        report.applied_migrations.append(name)
    report.pending_migrations = []
    for name in report.amended_migrations:
        with conn.transaction():
            conn.execute(
                "UPDATE docpipe_meta.schema_migrations SET sha256 = %s WHERE filename = %s",
                (_checksum(by_name[name]), name),
            )
    if report.amended_migrations:
        report.changed_repeatables = [_label(p) for p in sqlfiles.repeatable_files()]

    if report.changed_repeatables or report.applied_migrations:
        # Re-apply every repeatable, in order: cheap, and dependents stay in step.
        for path in sqlfiles.repeatable_files():
            with conn.transaction():
                conn.execute(path.read_text(encoding="utf-8"))
                conn.execute(
                    "INSERT INTO docpipe_meta.repeatable_scripts (filename, sha256) "
                    "VALUES (%s, %s) ON CONFLICT (filename) DO UPDATE "
                    "SET sha256 = EXCLUDED.sha256, applied_at = now()",
                    (_label(path), _checksum(path)),
                )
            report.applied_repeatables.append(_label(path))
    report.changed_repeatables = []

    if broker_schema:
        report.broker_schema_created = _ensure_broker_schema(conn)
    return report


def main(argv: list[str] | None = None) -> int:
    from pipeline.settings import Settings

    parser = argparse.ArgumentParser(prog="docpipe db migrate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is pending")
    parser.add_argument("--database-url", help="defaults to DATABASE_URL")
    args = parser.parse_args(argv)
    url = args.database_url or Settings.from_env().require_database_url()
    try:
        report = migrate(url, check=args.check)
    except MigrationError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        return 2
    for line in report.lines():
        sys.stdout.write(line + "\n")
    return 1 if args.check and not report.is_current else 0


if __name__ == "__main__":
    raise SystemExit(main())
