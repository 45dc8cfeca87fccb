"""pytest plugin for running ``limits``' own test suite against our ``PostgresStorage``.

Not collected by docpipe's run: tests/ratelimit/test_upstream_limits.py starts a second
pytest inside the extracted ``limits`` sdist with ``--noconftest -p docpipe_limits_plugin``
(their conftest needs docker services and clients for Redis, Memcached, MongoDB, Valkey).

Their storage tests are parametrized as ``(uri, args, fixture)`` from ``tests.utils`` and,
for ``TestConcreteStorages``, ``(uri, args, expected_instance, fixture)`` inline. Before
collection this plugin swaps those parameter lists for one: our storage on the database
named by ``DOCPIPE_UPSTREAM_PG_URL``, emptied before each test by a fixture. Upstream test
code runs unchanged. What we cannot run is a listed skip with its reason:

- moving window: ``PostgresStorage`` does not implement ``MovingWindowSupport``;
- async API: ``PostgresStorage`` is a sync storage (no ``limits.aio`` counterpart).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from typing import Any

import pytest

from adapters.ratelimit.postgres_storage import PostgresStorage

URL_ENV = "DOCPIPE_UPSTREAM_PG_URL"
PARAMS = "uri, args, fixture"
SKIP_MOVING = "PostgresStorage does not implement the moving window (MovingWindowSupport)"
SKIP_ASYNC = "PostgresStorage is sync only (no limits.aio storage)"
# Marks their modules use; registered so an unknown-mark warning cannot fail the run.
UPSTREAM_MARKS = ("flaky", "integration", "asyncio", "unit", "benchmark")


def _url() -> str:
    url = os.environ.get(URL_ENV, "")
    if not url.startswith(("postgresql+limits://", "postgres+limits://")):
        raise pytest.UsageError(f"{URL_ENV} must be a postgresql+limits:// URL")
    return url


def _ours(*, skip: str | None = None, with_class: bool = False) -> Any:
    # Installed only for the upstream run (pip --target), hence imported here.
    lf = importlib.import_module("pytest_lazy_fixtures").lf
    values: tuple[Any, ...] = (_url(), {}, lf("docpipe_postgres"))
    if with_class:
        values = (_url(), {}, PostgresStorage, lf("docpipe_postgres"))
    marks = [pytest.mark.skip(reason=skip)] if skip else []
    return pytest.param(*values, marks=marks, id="docpipe-postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "docpipe_postgres: docpipe's Postgres limits storage")
    for mark in UPSTREAM_MARKS:
        config.addinivalue_line("markers", f"{mark}: upstream limits mark")
    # Their test modules do ``from tests.utils import all_storage, ...`` at import, which
    # happens after this hook: replace the decorators here and they pick ours up.
    utils = importlib.import_module("tests.utils")
    ours, moving, asynchronous = _ours(), _ours(skip=SKIP_MOVING), _ours(skip=SKIP_ASYNC)
    replacements = {
        "all_storage": ours,
        "sliding_window_counter_storage": ours,
        "moving_window_storage": moving,
        "async_all_storage": asynchronous,
        "async_moving_window_storage": asynchronous,
        "async_sliding_window_counter_storage": asynchronous,
    }
    for name, param in replacements.items():
        setattr(utils, name, pytest.mark.parametrize(PARAMS, [param]))
    # TestConcreteStorages carries its parameter list inline: replace the class's mark.
    concrete = importlib.import_module("tests.test_storage").TestConcreteStorages
    concrete.pytestmark = [
        pytest.mark.parametrize("uri, args, expected_instance, fixture", [_ours(with_class=True)])
    ]


@pytest.fixture
def docpipe_postgres() -> Iterator[PostgresStorage]:
    """An empty storage for each test (their tests count absolute numbers, e.g. reset() == 20)."""
    storage = PostgresStorage(_url())
    storage.reset()
    yield storage
    storage.reset()
    storage.close()
