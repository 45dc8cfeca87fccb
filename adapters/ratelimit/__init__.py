"""Vendor quota building blocks: ``limits`` storages, GCRA pacing, leased slots, quotas.

``RATELIMIT_URL`` picks where the shared state lives:

* ``memory://``: this process only (tests, one worker process);
* ``redis://host:6379/0`` (``rediss://``, ``redis+unix://``): shared by every worker;
* ``postgresql+limits://user@host:5432/db``: shared, no Redis needed; the psycopg URL
  is the same without ``+limits``; tables from ``sql/migrations/0010_ratelimit_storage.sql``.

Heavy modules (redis, psycopg, the quota model) load on first use.
"""

from __future__ import annotations

import importlib
import urllib.parse
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigurationError

if TYPE_CHECKING:
    from limits.storage import Storage

    from adapters.ratelimit.gcra import GcraStore
    from adapters.ratelimit.quota import Permit, Quota, QuotaLimiter
    from adapters.ratelimit.signals import VendorSignals
    from adapters.ratelimit.slots import SlotStore
    from adapters.ratelimit.tokens import estimate_tokens

__all__ = [
    "Permit",
    "Quota",
    "QuotaLimiter",
    "VendorSignals",
    "estimate_tokens",
    "storage_from_url",
    "stores_from_url",
]

_POSTGRES_SCHEMES = ("postgresql+limits", "postgres+limits")
_REDIS_SCHEMES = ("redis", "rediss", "redis+unix")
#: Fail fast when Redis is down: the limiter then fails closed (RateLimited).
_REDIS_TIMEOUTS = {"socket_connect_timeout": 1.0, "socket_timeout": 1.0}

_LAZY = {
    "Permit": "adapters.ratelimit.quota",
    "Quota": "adapters.ratelimit.quota",
    "QuotaLimiter": "adapters.ratelimit.quota",
    "VendorSignals": "adapters.ratelimit.signals",
    "estimate_tokens": "adapters.ratelimit.tokens",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _scheme(url: str) -> str:
    scheme = urllib.parse.urlsplit(url).scheme
    if not scheme:
        raise ConfigurationError("RATELIMIT_URL has no scheme", code="ratelimit_url_invalid")
    return scheme


def storage_from_url(url: str, **options: Any) -> Storage:
    """A ``limits`` storage for ``url``; store errors are wrapped in ``StorageError``."""
    import limits.errors
    from limits.storage import Storage as LimitsStorage
    from limits.storage import storage_from_string

    scheme = _scheme(url)
    if scheme in _POSTGRES_SCHEMES:
        importlib.import_module("adapters.ratelimit.postgres_storage")  # registers the scheme
    elif scheme in _REDIS_SCHEMES and "connection_pool" not in options:
        options = {**_REDIS_TIMEOUTS, **options}
    options.setdefault("wrap_exceptions", True)
    try:
        storage = storage_from_string(url, **options)
    except limits.errors.ConfigurationError as exc:
        raise ConfigurationError(
            f"unsupported RATELIMIT_URL scheme {scheme!r}", code="ratelimit_url_invalid"
        ) from exc
    if not isinstance(storage, LimitsStorage):
        raise ConfigurationError(
            "RATELIMIT_URL must name a synchronous storage", code="ratelimit_url_invalid"
        )
    return storage


def stores_from_url(
    url: str, *, role: str = "service_role", pool_size: int | None = None
) -> tuple[Storage, GcraStore, SlotStore]:
    """(limits storage, GCRA store, slot store) sharing one connection pool for ``url``.

    ``memory://`` gives fresh in-process stores on every call. For Postgres, the pool
    switches to ``role`` like every docpipe pool and holds at most ``pool_size``
    connections (default: the URL's ``pool_max_size``, else 10; a worker sizes it from
    its threads, see pipeline/db/budget.py).
    """
    scheme = _scheme(url)
    if scheme == "memory":
        from adapters.ratelimit.gcra import MemoryGcraStore
        from adapters.ratelimit.slots import MemorySlotStore

        return storage_from_url(url), MemoryGcraStore(), MemorySlotStore()
    if scheme in _REDIS_SCHEMES:
        import redis

        from adapters.ratelimit.gcra import RedisGcraStore
        from adapters.ratelimit.slots import RedisSlotStore

        client = redis.Redis.from_url(
            url.replace("redis+unix://", "unix://"),
            socket_connect_timeout=_REDIS_TIMEOUTS["socket_connect_timeout"],
            socket_timeout=_REDIS_TIMEOUTS["socket_timeout"],
        )
        storage = storage_from_url(url, connection_pool=client.connection_pool)
        return storage, RedisGcraStore(client), RedisSlotStore(client)
    if scheme in _POSTGRES_SCHEMES:
        from adapters.ratelimit._pg import open_pool
        from adapters.ratelimit.gcra import PostgresGcraStore
        from adapters.ratelimit.postgres_storage import PostgresStorage
        from adapters.ratelimit.slots import PostgresSlotStore

        pool = open_pool(url, max_size=pool_size, role=role)
        # the GCRA store closes the shared pool (QuotaLimiter.close closes it first)
        pg = PostgresStorage(url, wrap_exceptions=True, pool=pool)
        return pg, PostgresGcraStore(pool, owns_pool=True), PostgresSlotStore(pool)
    raise ConfigurationError(
        f"unsupported RATELIMIT_URL scheme {scheme!r}", code="ratelimit_url_invalid"
    )
