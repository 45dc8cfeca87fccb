"""One real ``dramatiq pipeline`` worker process under load holds no more Postgres
connections than docs/connections.md says (pipeline/db/budget.py), and not far fewer."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import dramatiq
import psycopg
import pytest
from dramatiq.brokers.stub import StubBroker

from pipeline import bootstrap
from pipeline.db import make_pool
from pipeline.db.budget import WorkerShape, per_process, with_broker_budget, worker_shape
from pipeline.ledger.outbox import Dispatcher
from pipeline.runtime import set_runtime
from pipeline.settings import Settings
from tests.fakes.vendor_server import FakeVendor, VendorLimits
from tests.support.pg import dict_connect
from tests.support.quota_load import MODEL, _pass1_jobs, pass_workers, responder, seed_documents
from tests.support.runtime import set_config, wait_for
from tests.support.workers import FAST_LEDGER, clean_broker, descendants, tcp_local_ports

#: The AI worker of render.yaml consumes these four queues.
AI_QUEUES = 4
LOAD_SECONDS = 6.0


class PeakSampler(threading.Thread):
    """Samples pg_stat_activity: the most backends whose client port is one of the
    worker process's sockets (so unnamed connections count too), with their names."""

    def __init__(self, admin_url: str, dbname: str, pid: int) -> None:
        super().__init__(daemon=True)
        self.admin_url, self.dbname, self.pid = admin_url, dbname, pid
        self.peak: Counter[str] = Counter()
        self.stop = threading.Event()

    def run(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            while not self.stop.is_set():
                ports = tcp_local_ports(self.pid)
                rows = conn.execute(
                    "SELECT client_port, application_name FROM pg_stat_activity WHERE datname = %s",
                    (self.dbname,),
                ).fetchall()
                names = Counter(str(name) for port, name in rows if port in ports)
                if names.total() > self.peak.total():
                    self.peak = names
                self.stop.wait(0.05)


@pytest.mark.db
@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("threads", [2, 6])
def test_a_worker_process_stays_within_its_connection_budget(
    fresh_db_url: str, pg_admin_url: str, tmp_path: Path, threads: int
) -> None:
    """Peak connections of one worker (broker, pools, liveness, leader) ≤ the formula,
    ≥ 3/4 of it, and every one named ``docpipe:<pid>:<purpose>``."""
    set_config(fresh_db_url, **FAST_LEDGER)
    with dict_connect(fresh_db_url) as conn:
        conn.execute(
            "INSERT INTO api_rate_limits (provider_name, api_endpoint, requests_per_minute, "
            "tokens_per_minute, concurrent_requests) VALUES ('openai', %s, 100000, 100000000, 64)",
            (MODEL,),
        )
        dbname = str(conn.info.dbname)
    docs = seed_documents(fresh_db_url, 120)
    broker = clean_broker(fresh_db_url)
    limits = VendorLimits(requests=100_000, tokens=100_000_000, window=60, mode="sliding-log")
    try:
        with (
            FakeVendor(limits, responder=responder) as vendor,
            pass_workers(
                fresh_db_url,
                fresh_db_url,
                tmp_path,
                vendor,
                processes=1,
                threads=threads,
                window=60,
                ratelimit_url=fresh_db_url.replace("postgresql://", "postgresql+limits://", 1),
                quota_mode="pacing",
            ) as parent,
        ):
            (worker_pid,) = wait_for(lambda: descendants(parent.pid), timeout=30)
            sampler = PeakSampler(pg_admin_url, dbname, worker_pid)
            sampler.start()
            with make_pool(fresh_db_url, max_size=1, name="test-producer") as pool:
                dispatcher = Dispatcher(broker, pool)
                for job_id in _pass1_jobs(fresh_db_url, docs):
                    dispatcher.dispatch_by_id(job_id)
            time.sleep(LOAD_SECONDS)  # load, not a measurement: the sampler keeps the peak
            sampler.stop.set()
            sampler.join()
    finally:
        broker.close()
    budget = per_process(WorkerShape(threads=threads, queues=AI_QUEUES), quota_store=True)
    peak = sampler.peak
    print(f"threads={threads} peak={peak.total()} budget={budget} {dict(peak)}")
    assert vendor.stats().served > 0, "no load reached the vendor"
    assert all(name.startswith(f"docpipe:{worker_pid}:") for name in peak), peak
    assert peak.total() <= budget, (peak, budget)
    assert peak.total() >= 0.75 * budget, (peak, budget)


@pytest.mark.parametrize(
    ("argv", "shape"),
    [
        (["/venv/bin/dramatiq", "pipeline", "--threads", "4"], WorkerShape(4, 6)),
        (
            ["dramatiq", "pipeline", "-t", "2", "--queues", "ocr", "security_scan"],
            WorkerShape(2, 2),
        ),
        (["dramatiq", "pipeline", "-Q", "ocr", "-p", "3"], WorkerShape(8, 1)),
        (["dramatiq", "pipeline", "--threads", "many"], WorkerShape()),  # dramatiq refuses it
        (["docpipe", "demo", "--threads", "3"], WorkerShape()),  # not a dramatiq worker
    ],
)
def test_the_worker_shape_comes_from_the_dramatiq_command_line(
    argv: list[str], shape: WorkerShape
) -> None:
    assert worker_shape(argv) == shape


def test_the_broker_url_carries_its_pool_size_and_name_unless_already_set() -> None:
    url = with_broker_budget(
        "postgresql://u@h/db?sslmode=require", max_connections=13, application="docpipe:1:broker"
    )
    assert url == (
        "postgresql://u@h/db?sslmode=require&maxconn=13&application_name=docpipe%3A1%3Abroker"
    )
    mine = "postgresql://u@h/db?maxconn=40&application_name=ops"
    assert with_broker_budget(mine, max_connections=13, application="x") == mine


@pytest.mark.db
def test_a_worker_with_more_threads_than_assumed_grows_the_pool(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """An in-process Worker (the demo) may run more threads than the command line said:
    the worker pool grows to one per thread + the heartbeat instead of starving them."""
    settings = Settings(database_url=fresh_db_url, storage_url=tmp_path.as_uri())
    broker = StubBroker()
    shape = WorkerShape(threads=2)
    bootstrap.configure(settings, broker=broker, maintain=False, shape=shape)
    runtime = bootstrap.build_runtime(settings, broker, shape=shape)
    set_runtime(runtime)
    worker = dramatiq.Worker(broker, worker_timeout=100, worker_threads=5)
    try:
        assert runtime.pool.max_size == 3
        worker.start()
        assert runtime.pool.max_size == 6
    finally:
        worker.stop()
        runtime.close()
        set_runtime(None)
        broker.close()
