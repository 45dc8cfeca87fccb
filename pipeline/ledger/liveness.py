"""A worker process's liveness lock: held on a dedicated connection for its lifetime.

When the process dies (SIGKILL, OOM), the kernel closes its sockets, Postgres ends
the session and drops the lock; the maintenance leader sees the registered worker
without its lock and rescues its jobs at once (``reclaim_orphaned_jobs``) instead of
waiting for their leases to expire. Needs a session-mode connection (not a
transaction-mode pooler), like LISTEN/NOTIFY.
"""

from __future__ import annotations

import logging
import os
import socket

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from pipeline.db import DictConnection
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)


class WorkerLiveness:
    def __init__(
        self,
        conninfo: str,
        worker_id: str,
        *,
        role: str = "service_role",
        queues: tuple[str, ...] = (),
    ) -> None:
        self.conninfo = conninfo
        self.worker_id = worker_id
        self.role = role
        self.queues = queues
        self._conn: DictConnection | None = None

    def register(self) -> None:
        conn: DictConnection = psycopg.connect(self.conninfo, autocommit=True, row_factory=dict_row)
        if self.role:
            conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(self.role)))
        conn.execute(
            query("worker_register"),
            {
                "worker_id": self.worker_id,
                "hostname": socket.gethostname(),
                "pid": os.getpid(),
                "queues": list(self.queues),
            },
        )
        self._conn = conn
        logger.info("worker %s registered", self.worker_id)

    def check(self) -> bool:
        """Still holding the lock? If the session was lost (a database restart, a network
        blip), register again; returns False when it had to. Until then the leader may
        have rescued this worker's running jobs; their late completions are refused."""
        if self._conn is not None and not self._conn.closed:
            try:
                self._conn.execute(query("session_ping"))
                return True
            except psycopg.Error:
                logger.warning(
                    "worker %s lost its liveness session; registering again", self.worker_id
                )
                self._conn.close()
        self._conn = None
        try:
            self.register()
        except psycopg.Error:
            logger.warning("worker %s could not register again yet", self.worker_id)
        return False

    def unregister(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute(query("worker_unregister"), {"worker_id": self.worker_id})
            self._conn.close()
        except psycopg.Error:
            logger.warning("worker %s could not unregister cleanly", self.worker_id)
        self._conn = None
