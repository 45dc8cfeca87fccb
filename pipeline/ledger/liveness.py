"""A worker process's liveness lock: held on a dedicated connection for its lifetime.

When the process dies (SIGKILL, OOM), the kernel closes its sockets, Postgres ends
the session and drops the lock; the maintenance leader sees the registered worker
without its lock and rescues its jobs at once (``reclaim_orphaned_jobs``) instead of
waiting for their leases to expire. Needs a session-mode connection (not a
transaction-mode pooler), like LISTEN/NOTIFY.

``check`` runs on the heartbeat thread, so nothing here may block for long: the
lock is only ever tried (never waited for) and the connection has short network
timeouts. ``unregister`` may run on another thread at the same time; one lock
serialises them, and after ``unregister`` nothing registers again.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

import psycopg
from psycopg.conninfo import make_conninfo

from pipeline.db import DictConnection, connect
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)

#: A dead network must not hold the heartbeat thread: besides the shared connect
#: path's keepalives, give up on unacknowledged writes (a ping into a half-open
#: socket) after this many milliseconds, and on a connect after a few seconds.
TCP_USER_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_SECONDS = 5


class WorkerLiveness:
    def __init__(
        self,
        conninfo: str,
        worker_id: str,
        *,
        role: str = "service_role",
        queues: tuple[str, ...] = (),
    ) -> None:
        self.conninfo = make_conninfo(conninfo, tcp_user_timeout=TCP_USER_TIMEOUT_MS)
        self.worker_id = worker_id
        self.role = role
        self.queues = queues
        self._conn: DictConnection | None = None
        self._lock = threading.Lock()
        self._stopped = False

    @property
    def registered(self) -> bool:
        return self._conn is not None

    @property
    def stopped(self) -> bool:
        return self._stopped

    def register(self) -> bool:
        """Take the lock and announce this worker; False if the lock is held elsewhere
        (this worker's old, half-open session) or the process is stopping."""
        with self._lock:
            return self._register_locked()

    def check(self) -> bool:
        """Still holding the lock? If the session was lost (a database restart, a network
        blip), try to register again; returns False when it had to. Until then the leader
        may have rescued this worker's running jobs; their late completions are refused."""
        with self._lock:
            if self._stopped:
                return False
            conn = self._conn
            if conn is not None and not conn.closed:
                try:
                    conn.execute(query("session_ping"))
                    return True
                except psycopg.Error:
                    logger.warning(
                        "worker %s lost its liveness session; registering again", self.worker_id
                    )
            self._drop_connection()
            try:
                self._register_locked()
            except psycopg.Error as exc:
                logger.warning(
                    "worker %s could not register again yet: %s",
                    self.worker_id,
                    type(exc).__name__,
                )
            return False

    def unregister(self) -> None:
        """Release the lock and the registry row; afterwards ``check`` does nothing."""
        with self._lock:
            self._stopped = True
            conn = self._conn
            if conn is None:
                return
            try:
                conn.execute(query("worker_unregister"), {"worker_id": self.worker_id})
            except psycopg.Error:
                logger.warning("worker %s could not unregister cleanly", self.worker_id)
            self._drop_connection()

    def _register_locked(self) -> bool:
        if self._stopped:
            return False
        conn = connect(
            self.conninfo,
            role=self.role,
            autocommit=True,
            purpose="liveness",
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
        )
        try:
            row = conn.execute(
                query("worker_register"),
                {
                    "worker_id": self.worker_id,
                    "hostname": socket.gethostname(),
                    "pid": os.getpid(),
                    "queues": list(self.queues),
                },
            ).fetchone()
        except BaseException:
            conn.close()
            raise
        if not (row and row["registered"]):
            # Our old session (half-open after a network blip) still holds the lock
            # until the server notices it is gone; try again on the next beat.
            conn.close()
            logger.warning("worker %s liveness lock is still held; will retry", self.worker_id)
            return False
        self._conn = conn
        logger.info("worker %s registered", self.worker_id)
        return True

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:
                logger.debug("closing the liveness connection failed")
