"""Fixtures for the quota tests: the session's migrated Postgres, isolated Redis keys,
and every store parametrized over memory, Redis and Postgres.

Redis comes from ``DOCPIPE_TEST_REDIS_URL`` (default ``redis://127.0.0.1:6379/0``).
Tests needing a service carry the ``db`` / ``redis`` markers; a missing Redis is a
visible skip locally and a failure in CI (tests/support/services.py).
"""

from __future__ import annotations

import os
import urllib.parse
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from limits.storage import MemoryStorage, Storage

from adapters.ratelimit import storage_from_url
from adapters.ratelimit.gcra import GcraStore, MemoryGcraStore, PostgresGcraStore, RedisGcraStore
from adapters.ratelimit.postgres_storage import PostgresStorage
from adapters.ratelimit.slots import MemorySlotStore, PostgresSlotStore, RedisSlotStore, SlotStore
from tests.support.services import require_service

REDIS_URL = os.environ.get("DOCPIPE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def require_redis() -> None:
    parts = urllib.parse.urlsplit(REDIS_URL)
    require_service("Redis", parts.hostname or "127.0.0.1", parts.port or 6379)


BACKENDS = [
    pytest.param("memory", id="memory"),
    pytest.param("redis", id="redis", marks=pytest.mark.redis),
    pytest.param("postgres", id="postgres", marks=pytest.mark.db),
]
SHARED_BACKENDS = BACKENDS[1:]


@pytest.fixture(scope="session")
def pg_conninfo(session_db_url: str) -> str:
    """The session's migrated test database (tests/conftest.py: real migrations, 0010 included)."""
    return session_db_url


@pytest.fixture(scope="session")
def pg_url(pg_conninfo: str) -> str:
    """The quota URL (``postgresql+limits://``) of the test database."""
    return pg_conninfo.replace("postgresql://", "postgresql+limits://", 1)


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of our own; every key under it is deleted afterwards."""
    require_redis()
    prefix = f"docpipe-test-{uuid.uuid4().hex[:10]}"
    yield prefix
    client: redis.Redis[Any] = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*", count=500))
        keys += list(client.scan_iter(match=f"{{{prefix}*", count=500))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture
def redis_client() -> Iterator[redis.Redis[Any]]:
    require_redis()
    client: redis.Redis[Any] = redis.Redis.from_url(REDIS_URL)
    yield client
    client.close()


@pytest.fixture(params=BACKENDS)
def storage(request: pytest.FixtureRequest) -> Iterator[Storage]:
    """A ``limits`` storage of each kind, empty, cleaned up afterwards."""
    kind = request.param
    if kind == "memory":
        yield MemoryStorage()
        return
    if kind == "redis":
        prefix = request.getfixturevalue("redis_prefix")
        store = storage_from_url(REDIS_URL, key_prefix=prefix)
        yield store
        store.reset()
        return
    pg = PostgresStorage(request.getfixturevalue("pg_url"), wrap_exceptions=True)
    pg.reset()
    yield pg
    pg.reset()
    pg.close()


@pytest.fixture(params=BACKENDS)
def gcra_store(request: pytest.FixtureRequest) -> Iterator[GcraStore]:
    kind = request.param
    store: GcraStore
    if kind == "memory":
        store = MemoryGcraStore()
    elif kind == "redis":
        prefix = request.getfixturevalue("redis_prefix")
        store = RedisGcraStore(redis.Redis.from_url(REDIS_URL), key_prefix=f"{prefix}:gcra:")
    else:
        store = PostgresGcraStore.from_url(request.getfixturevalue("pg_url"))
    yield store
    store.close()


def make_slot_store(kind: str, request: pytest.FixtureRequest) -> SlotStore:
    if kind == "memory":
        return MemorySlotStore()
    if kind == "redis":
        prefix = request.getfixturevalue("redis_prefix")
        return RedisSlotStore(redis.Redis.from_url(REDIS_URL), key_prefix=f"{prefix}:slots:")
    return PostgresSlotStore.from_url(request.getfixturevalue("pg_url"))


@pytest.fixture(params=BACKENDS)
def slot_store(request: pytest.FixtureRequest) -> Iterator[SlotStore]:
    store = make_slot_store(request.param, request)
    yield store
    store.close()


@pytest.fixture(params=SHARED_BACKENDS)
def shared_slot_backend(request: pytest.FixtureRequest) -> Iterator[tuple[str, SlotStore]]:
    """Redis and Postgres slot stores (shared between processes), with their kind."""
    store = make_slot_store(request.param, request)
    yield request.param, store
    store.close()


@pytest.fixture
def key() -> str:
    """A key nobody else uses."""
    return f"k-{uuid.uuid4().hex[:12]}"
