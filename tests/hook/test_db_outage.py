"""The hook survives its database going away (issue 8.6).

A real ``docpipe serve`` process talks to a Postgres cluster of the test's own
through a proxy that can forward or black-hole. Before: serve exited after 30 s
when the database was down at start; requests took 30 s to fail and recovery
took 45 s (refused) or never (black hole).

Bounds here are generous deadlines that fail loudly (the HTTP client's timeout
and "ready within" polls), not stopwatch assertions.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from pipeline.migrate import migrate
from tests.hook.netfaults import SwitchableProxy
from tests.hook.pgcluster import OwnCluster
from tests.support import factories as f
from tests.support.http import JWT_SECRET, WEBHOOK_SECRET, ServeProcess, docpipe_serve, make_token
from tests.support.pg import create_database, dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

#: A request while the database is away must be answered within this (it used to hang 30 s).
ANSWER_WITHIN = 10.0
#: After the database is back, the hook must work again within this.
RECOVER_WITHIN = 20.0


@dataclass
class World:
    cluster: OwnCluster
    db_url: str
    owner: uuid.UUID
    patient: uuid.UUID


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    cluster = OwnCluster()
    try:
        cluster.start()
        db_url = create_database(cluster.url, "docpipe")
        migrate(db_url)
        with dict_connect(db_url) as conn:
            owner, patient = f.make_patient(conn)
        yield World(cluster, db_url, owner, patient)
    finally:
        cluster.destroy()


@dataclass
class Setup:
    world: World
    proxy: SwitchableProxy
    hook: ServeProcess
    uploads: int = 0

    def upload(self) -> httpx.Response:
        self.uploads += 1
        patient = self.world.patient
        return httpx.post(
            f"{self.hook.url}/v1/shell-files",
            json={
                "patient_id": str(patient),
                "storage_path": f"{patient}/scan-{uuid.uuid4()}.pdf",
                "original_filename": "scan.pdf",
                "mime_type": "application/pdf",
                "file_size_bytes": 1000,
            },
            headers={"authorization": f"Bearer {make_token(self.world.owner)}"},
            timeout=ANSWER_WITHIN,  # a hang fails the test here
        )

    def readyz(self) -> int:
        return httpx.get(f"{self.hook.url}/readyz", timeout=ANSWER_WITHIN).status_code

    def healthz(self) -> int:
        return httpx.get(f"{self.hook.url}/healthz", timeout=ANSWER_WITHIN).status_code


@pytest.fixture
def setup(world: World) -> Iterator[Setup]:
    port = int(world.db_url.rsplit(":", 1)[1].split("/", 1)[0])
    proxy = SwitchableProxy(port)
    via_proxy = world.db_url.replace(f":{port}/", f":{proxy.port}/")
    env = {
        "DATABASE_URL": via_proxy,
        "BROKER_URL": "stub://",
        "SUPABASE_JWT_SECRET": JWT_SECRET,
        "STORAGE_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "HOOK_UPLOAD_RATE": "10000/minute",
    }
    try:
        with docpipe_serve(env) as hook:
            yield Setup(world, proxy, hook)
    finally:
        proxy.close()
        if not (world.cluster.data / "postmaster.pid").exists():
            world.cluster.start()


def eventually(check: Callable[[], bool], what: str, within: float = RECOVER_WITHIN) -> None:
    deadline = time.monotonic() + within
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {within}s")
        time.sleep(0.2)


def assert_unavailable(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "database_unavailable"
    assert int(response.headers["retry-after"]) >= 1


@pytest.fixture
def stopped_first(world: World) -> None:
    world.cluster.stop()


def test_starts_without_database_then_follows_it_down_and_up(
    stopped_first: None, setup: Setup
) -> None:
    """DB down at start: alive, not ready, 503 fast; up: ready and uploading; stopped
    again: 503; restarted: uploading again."""
    cluster = setup.world.cluster
    assert setup.healthz() == 200
    assert setup.readyz() == 503
    assert_unavailable(setup.upload())

    cluster.start()
    eventually(lambda: setup.readyz() == 200, "ready after the database started")
    assert setup.upload().status_code == 201

    cluster.stop()
    assert_unavailable(setup.upload())
    assert setup.readyz() == 503
    assert setup.healthz() == 200

    cluster.start()
    eventually(lambda: setup.upload().status_code == 201, "uploads after the restart")


def test_black_hole_database_gets_503_then_recovers(setup: Setup) -> None:
    """A database that accepts and never answers: 503 within the bound (was: hung for
    ever), then uploads work again once it answers."""
    eventually(lambda: setup.readyz() == 200, "ready")
    assert setup.upload().status_code == 201

    setup.proxy.black_hole()
    assert_unavailable(setup.upload())
    assert setup.readyz() == 503
    shell_file = f"{setup.hook.url}/v1/shell-files/{uuid.uuid4()}"
    token = make_token(setup.world.owner)
    status = httpx.get(shell_file, headers={"authorization": f"Bearer {token}"}, timeout=10)
    assert status.status_code == 503

    setup.proxy.forward()
    eventually(lambda: setup.upload().status_code == 201, "uploads after the black hole")
    assert setup.readyz() == 200
