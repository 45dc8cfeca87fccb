"""Database access: connections, pools and the per-transaction actor context.

Workers and the upload hook log in with a role that is (or is a member of)
``service_role`` and switch to it on every connection (``SET ROLE``), so they
run with exactly the service role's privileges, never a superuser's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from pipeline.sqlfiles import query

DictConnection = psycopg.Connection[dict[str, Any]]


def _configure(role: str) -> Any:
    def configure(conn: DictConnection) -> None:
        if role:
            conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role)))
        conn.commit()

    return configure


def connect(
    conninfo: str, *, role: str = "service_role", autocommit: bool = False
) -> DictConnection:
    """One connection with dict rows, switched to ``role`` ("" keeps the login role)."""
    conn = psycopg.connect(conninfo, row_factory=dict_row, autocommit=autocommit)
    if role:
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role)))
        if not autocommit:
            conn.commit()
    return conn


def make_pool(
    conninfo: str,
    *,
    role: str = "service_role",
    min_size: int = 1,
    max_size: int = 4,
    name: str = "docpipe",
) -> ConnectionPool[DictConnection]:
    """A pool of autocommit dict-row connections switched to ``role``; the caller opens it."""
    # Autocommit: a single statement (a job RPC) is its own transaction, one round
    # trip; multi-statement work opens conn.transaction() explicitly.
    return ConnectionPool(
        conninfo,
        min_size=min_size,
        max_size=max_size,
        kwargs={"row_factory": dict_row, "autocommit": True},
        configure=_configure(role),
        name=name,
        open=False,
    )


@contextmanager
def actor_context(
    conn: DictConnection,
    *,
    actor: str,
    correlation_id: str | None = None,
    job_id: str | None = None,
) -> Iterator[DictConnection]:
    """A transaction whose writes are attributed to ``actor`` in the audit trail."""
    with conn.transaction():
        conn.execute(
            query("session_actor_set"),
            {"actor": actor, "correlation_id": correlation_id or "", "job_id": job_id or ""},
        )
        yield conn
