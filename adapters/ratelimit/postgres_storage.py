"""A ``limits`` storage over Postgres, for deployments without Redis.

Registered with ``limits`` under ``postgresql+limits://`` (and ``postgres+limits://``):
``limits.storage.storage_from_string("postgresql+limits://user@host/db")`` works once
this module is imported (``adapters.ratelimit.storage_from_url`` does that).

Supports the fixed-window and sliding-window-counter strategies (not moving window).
Each hit is one call of a function from ``sql/migrations/0010_ratelimit_storage.sql``:
one round trip, one transaction, row-locked, with the database server's clock, so
threads, processes and hosts share one exact count. Sliding windows are aligned on
the epoch, like ``limits``' memory storage, so the storage carries the same
``TimestampedSlidingWindow`` marker: ``limits``' own test suite checks it to expect a
window's reset at the next epoch multiple of its length, not at "first hit + length"
(tests/ratelimit/test_upstream_limits.py runs that suite against this storage).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from limits.storage import SlidingWindowCounterSupport, Storage
from limits.storage.base import TimestampedSlidingWindow

from adapters.ratelimit._pg import POSTGRES_SCHEMES, open_pool
from pipeline.sqlfiles import query

if TYPE_CHECKING:
    from psycopg import Connection
    from psycopg.rows import TupleRow
    from psycopg_pool import ConnectionPool


class PostgresStorage(Storage, SlidingWindowCounterSupport, TimestampedSlidingWindow):
    """Rate-limit counters in the ``ratelimit_*`` tables of a Postgres database."""

    STORAGE_SCHEME = list(POSTGRES_SCHEMES)

    def __init__(
        self,
        uri: str,
        wrap_exceptions: bool = False,
        pool: ConnectionPool[Connection[TupleRow]] | None = None,
    ) -> None:
        """
        :param uri: ``postgresql+limits://user:password@host:port/dbname[?pool_max_size=10]``
        :param wrap_exceptions: raise :exc:`limits.errors.StorageError` instead of psycopg errors
        :param pool: share an existing autocommit pool instead of opening one
        """
        super().__init__(uri, wrap_exceptions=wrap_exceptions)
        self._owns_pool = pool is None
        self.pool = pool if pool is not None else open_pool(uri)

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        import psycopg

        return psycopg.Error

    def close(self) -> None:
        """Close the pool if this storage opened it."""
        if self._owns_pool:
            self.pool.close()

    def _one(self, query: str, params: tuple[object, ...]) -> tuple[Any, ...]:
        with self.pool.connection() as conn:
            row = conn.execute(query, params).fetchone()
        if row is None:  # pragma: no cover - every query here returns one row
            raise LookupError("ratelimit query returned no row")
        return row

    # -- fixed window -------------------------------------------------------------

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        """Add ``amount`` to the counter, starting a new window of ``expiry`` s if needed."""
        row = self._one(
            query("ratelimit_incr"),
            (key, float(expiry), amount),
        )
        return int(row[0])

    def get(self, key: str) -> int:
        row = self._one(
            query("ratelimit_counter_get"),
            (key,),
        )
        return int(row[0])

    def get_expiry(self, key: str) -> float:
        row = self._one(
            query("ratelimit_counter_expiry"),
            (key,),
        )
        return float(row[0]) if row[0] is not None else time.time()

    def check(self) -> bool:
        import psycopg

        try:
            self._one(query("ratelimit_ping"), ())
        except psycopg.Error:
            return False
        return True

    def reset(self) -> int | None:
        """Delete every counter and sliding window; returns how many rows went."""
        row = self._one(
            query("ratelimit_reset_all"),
            (),
        )
        return int(row[0])

    def clear(self, key: str) -> None:
        self._one(
            query("ratelimit_clear_key"),
            (key, key),
        )

    # -- sliding window counter -------------------------------------------------------

    def acquire_sliding_window_entry(
        self, key: str, limit: int, expiry: int, amount: int = 1
    ) -> bool:
        """Take ``amount`` if the weighted count stays within ``limit``; a refusal takes nothing."""
        row = self._one(
            query("ratelimit_sliding_acquire"),
            (key, limit, float(expiry), amount),
        )
        return bool(row[0])

    def get_sliding_window(self, key: str, expiry: int) -> tuple[int, float, int, float]:
        row = self._one(query("ratelimit_sliding_get"), (key, float(expiry)))
        return int(row[0]), float(row[1]), int(row[2]), float(row[3])

    def clear_sliding_window(self, key: str, expiry: int) -> None:
        self.clear(key)

    # -- housekeeping ----------------------------------------------------------------

    def purge_expired(self) -> int:
        """Delete expired rows of every ratelimit table (call it now and then)."""
        row = self._one(query("ratelimit_purge_expired"), ())
        return int(row[0])
