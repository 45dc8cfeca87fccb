"""GCRA pacing over a shared store, for vendors whose limiting algorithm is unknown.

Each key keeps one number, its TAT (theoretical arrival time: the next free emission
slot). A call of cost ``c`` against ``limit`` units per ``window`` seconds atomically
reserves the slot ``start = max(TAT, now)`` and moves the TAT to
``start + c * window / limit``; the caller waits ``start - now`` and then calls. So calls
leave evenly spaced: no burst, and never more than ``limit`` units in any window
(plus at most one call's cost when costs vary). If the wait would exceed ``max_wait``
nothing is reserved and the caller is told to come back later.

Several keys (requests/min, tokens/min, ...) are reserved in one atomic step, all or
nothing, with one common start. A key with increment 0 is a read-only barrier; that is
how a vendor's 429 "retry after" blocks a key (:meth:`GcraStore.block`).

Backends: memory (one process), Redis (one Lua script, one round trip, Redis clock),
Postgres (one function call, database clock; tables in migration 0010).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from adapters.ratelimit.errors import StoreUnavailable
from pipeline.errors import RateLimited
from pipeline.sqlfiles import query

if TYPE_CHECKING:
    import redis
    from psycopg import Connection
    from psycopg.rows import TupleRow
    from psycopg_pool import ConnectionPool

#: Stands for "no limit" in stores whose scripts cannot take float infinity.
_FOREVER = 1e12


@dataclass(frozen=True, slots=True)
class Reservation:
    """The answer of a reservation: granted or not, and the wait (seconds) from now."""

    granted: bool
    wait: float


class GcraStore(Protocol):
    """Where TATs live. ``increments`` maps key → seconds of emission time to reserve."""

    def reserve(self, increments: Mapping[str, float], max_wait: float) -> Reservation: ...

    def block(self, key: str, seconds: float) -> None:
        """Push the key's TAT to at least now + seconds."""
        ...

    def close(self) -> None: ...


def emission_interval(cost: float, limit: float, window: float) -> float:
    """Seconds of emission time a call of ``cost`` takes under ``limit`` per ``window`` s."""
    if limit <= 0 or window <= 0:
        raise ValueError("limit and window must be positive")
    return max(0.0, cost) * window / limit


class MemoryGcraStore:
    """TATs in a dict: exact for the threads of one process.

    ``clock`` (seconds, default ``time.time``) is injectable so tests can step time."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._tats: dict[str, float] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def reserve(self, increments: Mapping[str, float], max_wait: float) -> Reservation:
        with self._lock:
            now = self._clock()
            start = max([now, *(self._tats.get(key, now) for key in increments)])
            wait = start - now
            if wait > max_wait:
                return Reservation(False, wait)
            for key, increment in increments.items():
                if increment > 0:
                    self._tats[key] = start + increment
            self._forget_old(now)
            return Reservation(True, wait)

    def block(self, key: str, seconds: float) -> None:
        with self._lock:
            until = self._clock() + seconds
            self._tats[key] = max(self._tats.get(key, until), until)

    def close(self) -> None:
        with self._lock:
            self._tats.clear()

    def _forget_old(self, now: float) -> None:
        # keep the dict small when keys come and go; a TAT in the past means "free"
        if len(self._tats) > 1024:
            for key in [k for k, tat in self._tats.items() if tat < now]:
                del self._tats[key]


_REDIS_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local start = now
for i = 1, #KEYS do
    local tat = tonumber(redis.call('GET', KEYS[i]))
    if tat and tat > start then start = tat end
end
local wait = start - now
if wait > tonumber(ARGV[1]) then
    return {0, string.format('%.6f', wait)}
end
for i = 1, #KEYS do
    local increment = tonumber(ARGV[i + 1])
    if increment > 0 then
        local tat = start + increment
        redis.call('SET', KEYS[i], string.format('%.6f', tat),
                   'PX', math.ceil((tat - now) * 1000) + 1000)
    end
end
return {1, string.format('%.6f', wait)}
"""

_REDIS_BLOCK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local until_ts = now + tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]))
if (not tat) or tat < until_ts then
    redis.call('SET', KEYS[1], string.format('%.6f', until_ts),
               'PX', math.ceil((until_ts - now) * 1000) + 1000)
end
return 1
"""


class RedisGcraStore:
    """TATs as Redis strings, updated by one Lua script per reservation (Redis clock)."""

    def __init__(self, client: redis.Redis[Any], *, key_prefix: str = "docpipe:gcra:") -> None:
        self._client = client
        self._prefix = key_prefix
        self._reserve = client.register_script(_REDIS_RESERVE)
        self._block = client.register_script(_REDIS_BLOCK)

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisGcraStore:
        import redis as redis_lib

        return cls(redis_lib.Redis.from_url(url, **options))

    def reserve(self, increments: Mapping[str, float], max_wait: float) -> Reservation:
        import redis as redis_lib

        keys = [self._prefix + key for key in increments]
        args: list[float] = [min(max_wait, _FOREVER), *increments.values()]
        try:
            granted, wait = self._reserve(keys=keys, args=args)
        except redis_lib.RedisError as exc:
            raise StoreUnavailable("redis gcra store unavailable") from exc
        return Reservation(bool(int(granted)), float(wait))

    def block(self, key: str, seconds: float) -> None:
        import redis as redis_lib

        try:
            self._block(keys=[self._prefix + key], args=[seconds])
        except redis_lib.RedisError as exc:
            raise StoreUnavailable("redis gcra store unavailable") from exc

    def close(self) -> None:
        self._client.close()


class PostgresGcraStore:
    """TATs in ``ratelimit_gcra``, one ``ratelimit_gcra_reserve`` call per reservation."""

    def __init__(self, pool: ConnectionPool[Connection[TupleRow]], *, owns_pool: bool = False):
        self._pool = pool
        self._owns_pool = owns_pool

    @classmethod
    def from_url(cls, url: str) -> PostgresGcraStore:
        from adapters.ratelimit._pg import open_pool

        return cls(open_pool(url), owns_pool=True)

    def reserve(self, increments: Mapping[str, float], max_wait: float) -> Reservation:
        import psycopg

        try:
            with self._pool.connection() as conn:
                row = conn.execute(
                    query("ratelimit_gcra_reserve"),
                    (list(increments), [float(v) for v in increments.values()], max_wait),
                ).fetchone()
        except psycopg.Error as exc:
            raise StoreUnavailable("postgres gcra store unavailable") from exc
        if row is None:  # pragma: no cover - the function always returns one row
            raise StoreUnavailable("postgres gcra store returned nothing")
        return Reservation(bool(row[0]), float(row[1]))

    def block(self, key: str, seconds: float) -> None:
        import psycopg

        try:
            with self._pool.connection() as conn:
                conn.execute(query("ratelimit_gcra_block"), (key, seconds))
        except psycopg.Error as exc:
            raise StoreUnavailable("postgres gcra store unavailable") from exc

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()


class GcraPacer:
    """Pace calls on a key so that at most ``limit`` cost units leave per ``window`` s."""

    def __init__(
        self,
        store: GcraStore,
        *,
        max_wait: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.max_wait = max_wait
        self._sleep = sleep

    def reserve(
        self,
        key: str,
        *,
        limit: float,
        window: float,
        cost: float = 1.0,
        max_wait: float | None = None,
    ) -> float:
        """Reserve a slot; return the seconds to wait before calling.

        Raises :exc:`RateLimited` (nothing reserved) when the wait would exceed
        ``max_wait``; its ``delay`` is when a reservation could succeed again.
        """
        budget = self.max_wait if max_wait is None else max_wait
        increment = emission_interval(cost, limit, window)
        result = self.store.reserve({key: increment}, budget)
        if not result.granted:
            raise RateLimited(result.wait - budget, key=key)
        return result.wait

    def pace(self, key: str, *, limit: float, window: float, cost: float = 1.0) -> float:
        """Reserve and sleep until the slot starts; returns the seconds slept."""
        wait = self.reserve(key, limit=limit, window=window, cost=cost)
        if wait > 0:
            self._sleep(wait)
        return wait
