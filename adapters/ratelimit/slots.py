"""Concurrency caps as leased slots that expire.

At most ``limit`` holders may hold a slot of a resource at once. A slot is a lease:
the holder renews it while it works (heartbeat) and releases it when done. A holder
that dies simply stops renewing; its lease runs out after ``lease_seconds`` and the
slot is free again, so a crashed worker never leaks capacity. Acquiring again with
the same holder id renews instead of taking a second slot.

Backends: memory (one process), Redis (a sorted set per resource scored by lease end;
one Lua script per call, Redis clock), Postgres (``ratelimit_slots`` rows with
``lease_expires_at``; one function call, database clock; migration 0010).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from adapters.ratelimit.errors import StoreUnavailable
from pipeline.sqlfiles import query

if TYPE_CHECKING:
    import redis
    from psycopg import Connection
    from psycopg.rows import TupleRow
    from psycopg_pool import ConnectionPool


@dataclass(frozen=True, slots=True)
class SlotAttempt:
    """Outcome of an acquire: the slot, or how long until the earliest lease ends."""

    acquired: bool
    retry_in: float = 0.0


class SlotStore(Protocol):
    """Leased slots per resource."""

    def acquire(
        self, resource: str, holder: str, limit: int, lease_seconds: float
    ) -> SlotAttempt: ...

    def renew(self, resource: str, holder: str, lease_seconds: float) -> bool:
        """Extend a live lease; False when it already expired (the slot may be someone's)."""
        ...

    def release(self, resource: str, holder: str) -> None: ...

    def held(self, resource: str) -> int:
        """How many live leases the resource has now."""
        ...

    def close(self) -> None: ...


class MemorySlotStore:
    """Leases in a dict: exact for the threads of one process."""

    def __init__(self) -> None:
        self._leases: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def _live(self, resource: str, now: float) -> dict[str, float]:
        leases = self._leases.setdefault(resource, {})
        for holder in [h for h, until in leases.items() if until <= now]:
            del leases[holder]
        return leases

    def acquire(self, resource: str, holder: str, limit: int, lease_seconds: float) -> SlotAttempt:
        with self._lock:
            now = time.time()
            leases = self._live(resource, now)
            if holder not in leases and len(leases) >= limit:
                return SlotAttempt(False, max(0.0, min(leases.values()) - now))
            leases[holder] = now + lease_seconds
            return SlotAttempt(True)

    def renew(self, resource: str, holder: str, lease_seconds: float) -> bool:
        with self._lock:
            now = time.time()
            leases = self._live(resource, now)
            if holder not in leases:
                return False
            leases[holder] = now + lease_seconds
            return True

    def release(self, resource: str, holder: str) -> None:
        with self._lock:
            self._leases.get(resource, {}).pop(holder, None)

    def held(self, resource: str) -> int:
        with self._lock:
            return len(self._live(resource, time.time()))

    def close(self) -> None:
        with self._lock:
            self._leases.clear()


_REDIS_PRELUDE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local function extend_key(lease)
    local wanted = math.ceil(lease * 1000) + 1000
    if redis.call('PTTL', KEYS[1]) < wanted then
        redis.call('PEXPIRE', KEYS[1], wanted)
    end
end
"""

_REDIS_ACQUIRE = (
    _REDIS_PRELUDE
    + """
local holder = ARGV[1]
local limit = tonumber(ARGV[2])
local lease = tonumber(ARGV[3])
if not redis.call('ZSCORE', KEYS[1], holder) and redis.call('ZCARD', KEYS[1]) >= limit then
    local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
    return {0, string.format('%.6f', tonumber(first[2]) - now)}
end
redis.call('ZADD', KEYS[1], string.format('%.6f', now + lease), holder)
extend_key(lease)
return {1, '0'}
"""
)

_REDIS_RENEW = (
    _REDIS_PRELUDE
    + """
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then
    return 0
end
local lease = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], 'XX', string.format('%.6f', now + lease), ARGV[1])
extend_key(lease)
return 1
"""
)

_REDIS_HELD = _REDIS_PRELUDE + "\nreturn redis.call('ZCARD', KEYS[1])\n"


class RedisSlotStore:
    """One sorted set per resource: member = holder, score = lease end (Redis clock)."""

    def __init__(self, client: redis.Redis[Any], *, key_prefix: str = "docpipe:slots:") -> None:
        self._client = client
        self._prefix = key_prefix
        self._acquire = client.register_script(_REDIS_ACQUIRE)
        self._renew = client.register_script(_REDIS_RENEW)
        self._held = client.register_script(_REDIS_HELD)

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisSlotStore:
        import redis as redis_lib

        return cls(redis_lib.Redis.from_url(url, **options))

    def _call(self, script: Any, resource: str, args: list[Any]) -> Any:
        import redis as redis_lib

        try:
            return script(keys=[self._prefix + resource], args=args)
        except redis_lib.RedisError as exc:
            raise StoreUnavailable("redis slot store unavailable") from exc

    def acquire(self, resource: str, holder: str, limit: int, lease_seconds: float) -> SlotAttempt:
        acquired, retry_in = self._call(self._acquire, resource, [holder, limit, lease_seconds])
        return SlotAttempt(bool(int(acquired)), max(0.0, float(retry_in)))

    def renew(self, resource: str, holder: str, lease_seconds: float) -> bool:
        return bool(int(self._call(self._renew, resource, [holder, lease_seconds])))

    def release(self, resource: str, holder: str) -> None:
        import redis as redis_lib

        try:
            self._client.zrem(self._prefix + resource, holder)
        except redis_lib.RedisError as exc:
            raise StoreUnavailable("redis slot store unavailable") from exc

    def held(self, resource: str) -> int:
        return int(self._call(self._held, resource, []))

    def close(self) -> None:
        self._client.close()


class PostgresSlotStore:
    """Leases as ``ratelimit_slots`` rows; acquire is one ``ratelimit_slot_acquire`` call."""

    def __init__(self, pool: ConnectionPool[Connection[TupleRow]], *, owns_pool: bool = False):
        self._pool = pool
        self._owns_pool = owns_pool

    @classmethod
    def from_url(cls, url: str) -> PostgresSlotStore:
        from adapters.ratelimit._pg import open_pool

        return cls(open_pool(url), owns_pool=True)

    def _one(self, query: str, params: tuple[object, ...]) -> tuple[Any, ...]:
        import psycopg

        try:
            with self._pool.connection() as conn:
                row = conn.execute(query, params).fetchone()
        except psycopg.Error as exc:
            raise StoreUnavailable("postgres slot store unavailable") from exc
        return row if row is not None else (None,)

    def acquire(self, resource: str, holder: str, limit: int, lease_seconds: float) -> SlotAttempt:
        acquired, retry_in = self._one(
            query("ratelimit_slot_acquire"),
            (resource, holder, limit, lease_seconds),
        )
        return SlotAttempt(bool(acquired), float(retry_in or 0.0))

    def renew(self, resource: str, holder: str, lease_seconds: float) -> bool:
        (until,) = self._one(
            query("ratelimit_slot_renew"),
            (resource, holder, lease_seconds),
        )
        return until is not None

    def release(self, resource: str, holder: str) -> None:
        self._one(query("ratelimit_slot_release"), (resource, holder))

    def held(self, resource: str) -> int:
        (count,) = self._one(
            query("ratelimit_slots_held"),
            (resource,),
        )
        return int(count)

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()
