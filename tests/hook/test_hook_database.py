"""The hook's pool: slow statements and silent servers end in an error, never a hang."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest

from pipeline.hook.database import GuardedPool, make_hook_pool
from pipeline.settings import Settings
from tests.hook.netfaults import SwitchableProxy

pytestmark = [pytest.mark.db]


@contextmanager
def hook_pool(url: str, *, statement_timeout_ms: int) -> Iterator[GuardedPool]:
    settings = Settings(
        database_url=url, database_role="", hook_statement_timeout_ms=statement_timeout_ms
    )
    pool = make_hook_pool(settings, max_size=2)
    pool.open(wait=True, timeout=10)
    try:
        yield pool
    finally:
        pool.close()


def outcome_within(seconds: float, call: Callable[[], object]) -> BaseException | None:
    """Run ``call`` in a thread: the exception it ended with; fail if still running."""
    result: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            result.append(None)
        except BaseException as exc:  # the outcome under test
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=seconds)
    if thread.is_alive():
        pytest.fail(f"the database call still hangs after {seconds}s")
    return result[0]


def test_slow_statement_is_cancelled_and_the_pool_still_works(fresh_db_url: str) -> None:
    with hook_pool(fresh_db_url, statement_timeout_ms=300) as pool:

        def slow() -> None:
            with pool.connection() as conn:
                conn.execute("SELECT pg_sleep(30)")

        assert isinstance(outcome_within(15, slow), psycopg.errors.QueryCanceled)
        with pool.connection() as conn:
            assert conn.execute("SELECT 1 AS ok").fetchone() == {"ok": 1}


def test_silent_server_mid_statement_is_cut_by_the_watchdog(fresh_db_url: str) -> None:
    """Connected, then the server goes silent: statement_timeout cannot fire (the server
    never sees the query); the watchdog cuts the socket; the pool recovers afterwards."""
    port = int(fresh_db_url.rsplit(":", 1)[1].split("/", 1)[0])
    proxy = SwitchableProxy(port)
    try:
        url = fresh_db_url.replace(f":{port}/", f":{proxy.port}/")
        with hook_pool(url, statement_timeout_ms=500) as pool:

            def silent() -> None:
                with pool.connection() as conn:
                    proxy.black_hole()  # after the pool's ping, before the query
                    conn.execute("SELECT 1")

            assert isinstance(outcome_within(15, silent), psycopg.OperationalError)
            proxy.forward()

            def works() -> None:
                with pool.connection() as conn:
                    conn.execute("SELECT 1")

            assert outcome_within(15, works) is None
    finally:
        proxy.close()
