"""The hook's database pool: never blocks a request for long, recovers on its own.

A request that cannot get a working connection fast fails with
``psycopg.OperationalError`` (the app answers 503 + Retry-After):

* connecting: ``connect_timeout`` and TCP keepalives in the conninfo;
* waiting for a pooled connection: the pool's short ``timeout``;
* a slow statement: ``statement_timeout`` on the server;
* a database that accepts but never answers (a black hole: a dead proxy, a
  frozen host): no server setting helps, so a watchdog shuts the socket of any
  connection held past its deadline. The blocked call then fails at once and
  the pool discards the broken connection.

Each pooled connection is pinged (under the watchdog) before use, so stale
connections left over from a restarted server are replaced instead of failing a
request. The pool gives up a reconnection attempt after ``reconnect_timeout``
and tries again on the next request, so recovery follows the database within
seconds instead of after an exponential backoff.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from pipeline.db import DictConnection
from pipeline.settings import Settings

logger = logging.getLogger(__name__)

#: A ping of a healthy server takes milliseconds; this is its deadline.
PING_DEADLINE_SECONDS = 1.0


def hook_conninfo(url: str, settings: Settings) -> str:
    """``url`` plus the timeouts that keep a dead or silent server from hanging us."""
    return make_conninfo(
        url,
        connect_timeout=max(2, settings.hook_db_connect_timeout),
        keepalives=1,
        keepalives_idle=5,
        keepalives_interval=2,
        keepalives_count=2,
        tcp_user_timeout=max(1000, settings.hook_statement_timeout_ms),
        application_name="docpipe-hook",
    )


def _shut_socket(conn: DictConnection) -> None:
    """Wake a thread blocked on ``conn``: its next read sees the socket closed."""
    with suppress(OSError, psycopg.Error):
        fd = conn.pgconn.socket
        sock = socket.socket(fileno=fd)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.detach()  # the fd still belongs to libpq


class Watchdog:
    """Shuts a connection's socket if it is still in use after ``seconds``."""

    @contextmanager
    def guard(self, conn: DictConnection, seconds: float) -> Iterator[None]:
        lock = threading.Lock()
        active = [True]

        def expire() -> None:
            with lock:
                if active[0]:
                    logger.warning("database call past its %.1f s deadline: cut", seconds)
                    _shut_socket(conn)

        timer = threading.Timer(seconds, expire)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            with lock:  # never cut a connection already back in the pool
                active[0] = False
            timer.cancel()


class GuardedPool(ConnectionPool[DictConnection]):
    """A ConnectionPool whose connections are cut when held past ``deadline`` seconds."""

    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        self.watchdog = Watchdog()
        self.deadline = deadline
        super().__init__(*args, check=self._ping, **kwargs)

    def _ping(self, conn: DictConnection) -> None:
        with self.watchdog.guard(conn, PING_DEADLINE_SECONDS):
            ConnectionPool.check_connection(conn)

    @contextmanager
    def connection(self, timeout: float | None = None) -> Iterator[DictConnection]:
        with super().connection(timeout) as conn, self.watchdog.guard(conn, self.deadline):
            yield conn


def _configure(role: str, statement_timeout_ms: int) -> Any:
    def configure(conn: DictConnection) -> None:
        # A SET, not a startup "options" parameter: poolers such as PgBouncer refuse those.
        conn.execute(sql.SQL("SET statement_timeout = {}").format(statement_timeout_ms))
        if role:  # as pipeline.db.make_pool: run with the service role's privileges only
            conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role)))

    return configure


def make_hook_pool(settings: Settings, *, max_size: int = 16) -> GuardedPool:
    """The hook's pool, not yet open; ``open(wait=False)`` starts it without the database."""
    return GuardedPool(
        hook_conninfo(settings.require_database_url(), settings),
        min_size=1,
        max_size=max_size,
        kwargs={"row_factory": dict_row, "autocommit": True},
        configure=_configure(settings.database_role, settings.hook_statement_timeout_ms),
        name="hook",
        open=False,
        timeout=settings.hook_db_pool_timeout,
        reconnect_timeout=max(2.0, settings.hook_db_pool_timeout),
        deadline=settings.hook_statement_timeout_ms / 1000 + 1.0,
    )
