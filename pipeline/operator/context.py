"""The connections an operator command uses, opened only when needed.

Connection budget (docs/connections.md): one session for the command's queries;
commands that send messages (``dlq redrive``, ``submit``) add a pool of one (the
dispatcher marks each sent job) and one broker producer connection: 3 at most.
"""

from __future__ import annotations

import getpass
from contextlib import ExitStack
from types import TracebackType
from typing import TYPE_CHECKING

import psycopg

from pipeline.db import DictConnection, connect, make_pool
from pipeline.operator.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

    from pipeline.ledger.outbox import Dispatcher
    from pipeline.settings import Settings

#: Seconds to wait for the database before saying it is unreachable.
CONNECT_TIMEOUT = 5
#: The pool behind the dispatcher (marks jobs sent, one statement each).
DISPATCH_POOL_SIZE = 1


def operator_actor() -> str:
    """Who the audit trail names for an operator command."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers)
        return "cli:unknown"


def unavailable(exc: BaseException) -> DatabaseUnavailable:
    # The class name only: libpq messages can carry the host and user of the URL.
    return DatabaseUnavailable(f"cannot reach the database ({type(exc).__name__})")


class OperatorContext:
    """A session for queries, and on request a dispatcher (pool + broker producer)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.url = settings.require_database_url()
        self._stack = ExitStack()
        self._conn: DictConnection | None = None
        self._dispatcher: Dispatcher | None = None

    @property
    def conn(self) -> DictConnection:
        if self._conn is None:
            try:
                conn = connect(
                    self.url,
                    role=self.settings.database_role,
                    # Each statement its own transaction; multi-statement work opens
                    # conn.transaction(), which then commits before anything is sent.
                    autocommit=True,
                    purpose="ops",
                    connect_timeout=CONNECT_TIMEOUT,
                )
            except psycopg.OperationalError as exc:
                raise unavailable(exc) from None
            self._conn = self._stack.enter_context(conn)
        return self._conn

    def dispatcher(self) -> Dispatcher:
        if self._dispatcher is None:
            from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
            from pipeline.operator.broker import producer_broker

            broker = producer_broker(self.settings, "ops-broker")
            self._stack.callback(broker.close)
            declare_stage_queues(broker)
            pool: ConnectionPool[DictConnection] = make_pool(
                self.url,
                role=self.settings.database_role,
                min_size=1,
                max_size=DISPATCH_POOL_SIZE,
                name="ops",
                timeout=CONNECT_TIMEOUT,
            )
            try:
                pool.open(wait=True, timeout=CONNECT_TIMEOUT)
            except Exception as exc:  # noqa: BLE001 - psycopg_pool.PoolTimeout and kin
                pool.close()
                raise unavailable(exc) from None
            self._stack.callback(pool.close)
            self._dispatcher = Dispatcher(broker, pool)
        return self._dispatcher

    def __enter__(self) -> OperatorContext:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stack.close()
