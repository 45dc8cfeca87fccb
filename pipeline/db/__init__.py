"""Database access: connections, pools and the per-transaction actor context.

Workers and the upload hook log in with a role that is (or is a member of)
``service_role`` and switch to it on every connection (``SET ROLE``), so they
run with exactly the service role's privileges, never a superuser's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import Row, RowFactory, TupleRow, dict_row, tuple_row
from psycopg_pool import ConnectionPool

from pipeline.sqlfiles import query

DictConnection = psycopg.Connection[dict[str, Any]]

#: libpq defaults for every docpipe connection unless the conninfo sets its own: fail a
#: connect in seconds, and notice a dead peer (a failed-over database) in about a minute
#: instead of the kernel's two hours.
NETWORK_DEFAULTS: dict[str, str | int] = {
    "connect_timeout": 10,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def application_name(purpose: str) -> str:
    """``docpipe:<pid>:<purpose>``: pg_stat_activity shows which process and pool owns a
    connection (docs/connections.md counts them by it). Postgres keeps 63 bytes."""
    return f"docpipe:{os.getpid()}:{purpose}"[:63]


def connect_kwargs(
    conninfo: str,
    *,
    purpose: str,
    application: str | None = None,
    connect_timeout: int | None = None,
    keepalives: bool = True,
) -> dict[str, Any]:
    """libpq keywords added to ``conninfo``: what it sets itself wins, except an explicit
    ``connect_timeout`` or ``application`` argument."""
    given = conninfo_to_dict(conninfo)
    defaults = NETWORK_DEFAULTS if keepalives else {"connect_timeout": 10}
    extra: dict[str, Any] = {k: v for k, v in defaults.items() if k not in given}
    if connect_timeout is not None:
        extra["connect_timeout"] = connect_timeout
    if application is not None or "application_name" not in given:
        extra["application_name"] = application or application_name(purpose)
    return extra


def set_role(conn: psycopg.Connection[Any], role: str) -> None:
    """Switch the session to ``role`` ("" keeps the login role); commits unless autocommit."""
    if role:
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role)))
        if not conn.autocommit:
            conn.commit()


def _configure(role: str) -> Callable[[psycopg.Connection[Any]], None]:
    def configure(conn: psycopg.Connection[Any]) -> None:
        set_role(conn, role)
        conn.commit()  # a pool wants its connections idle, not in a transaction

    return configure


def connect(
    conninfo: str,
    *,
    role: str = "service_role",
    autocommit: bool = False,
    application: str | None = None,
    purpose: str = "session",
    connect_timeout: int | None = None,
    keepalives: bool = True,
) -> DictConnection:
    """One connection with dict rows, switched to ``role`` ("" keeps the login role).

    The one way docpipe opens a connection (pools use the same keywords): it is named
    ``docpipe:<pid>:<purpose>`` (or ``application``) in pg_stat_activity and has
    keepalives and a connect timeout unless ``conninfo`` sets its own.
    """
    extra = connect_kwargs(
        conninfo,
        purpose=purpose,
        application=application,
        connect_timeout=connect_timeout,
        keepalives=keepalives,
    )
    conn = psycopg.connect(conninfo, row_factory=dict_row, autocommit=autocommit, **extra)
    try:
        set_role(conn, role)
    except BaseException:
        conn.close()
        raise
    return conn


def make_pool(
    conninfo: str,
    *,
    role: str = "service_role",
    min_size: int = 1,
    max_size: int = 4,
    name: str = "docpipe",
    application: str | None = None,
    timeout: float = 30.0,
) -> ConnectionPool[DictConnection]:
    """A pool of autocommit dict-row connections switched to ``role``; the caller opens it.

    Connections are named ``docpipe:<pid>:<name>`` (see :func:`connect`). Size it from
    docs/connections.md (pipeline/db/budget.py).
    """
    return _pool(conninfo, dict_row, role, min_size, max_size, name, application, timeout)


def make_tuple_pool(
    conninfo: str,
    *,
    role: str = "service_role",
    min_size: int = 1,
    max_size: int = 4,
    name: str = "docpipe",
    application: str | None = None,
    timeout: float = 30.0,
) -> ConnectionPool[psycopg.Connection[TupleRow]]:
    """:func:`make_pool` with tuple rows (the quota stores index their rows)."""
    return _pool(conninfo, tuple_row, role, min_size, max_size, name, application, timeout)


def _pool(
    conninfo: str,
    row_factory: RowFactory[Row],
    role: str,
    min_size: int,
    max_size: int,
    name: str,
    application: str | None,
    timeout: float,
) -> ConnectionPool[psycopg.Connection[Row]]:
    # Autocommit: a single statement (a job RPC) is its own transaction, one round
    # trip; multi-statement work opens conn.transaction() explicitly.
    extra = connect_kwargs(conninfo, purpose=name, application=application)
    return ConnectionPool(
        conninfo,
        min_size=min(min_size, max_size),
        max_size=max_size,
        kwargs={"row_factory": row_factory, "autocommit": True, **extra},
        configure=_configure(role),
        name=name,
        timeout=timeout,
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
