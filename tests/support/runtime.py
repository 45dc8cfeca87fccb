"""Helpers to run the pipeline in-process (StubBroker + dramatiq.Worker) on a test DB."""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dramatiq
import psycopg
from dramatiq.brokers.stub import StubBroker

from pipeline import bootstrap, stages
from pipeline.intake import UploadRequest
from pipeline.runtime import PortFactories, Runtime, set_runtime
from pipeline.settings import Settings
from tests.support import factories as f
from tests.support.pg import dict_connect

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@dataclass
class Pipeline:
    broker: dramatiq.Broker
    runtime: Runtime
    settings: Settings
    storage_root: Path
    db_url: str

    def upload_request(
        self, sample: str, *, key: str | None = None, mime: str = "application/pdf"
    ) -> UploadRequest:
        with dict_connect(self.db_url) as conn:
            owner, patient = f.make_patient(conn)
        path = f"{patient}/{sample}"
        target = self.storage_root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / sample, target)
        return UploadRequest(
            patient_id=patient,
            uploaded_by=owner,
            storage_path=path,
            original_filename=sample,
            mime_type=mime,
            file_size_bytes=target.stat().st_size,
            idempotency_key=key or uuid.uuid4().hex,
        )


def set_config(db_url: str, **values: int) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        for key, value in values.items():
            conn.execute(
                "UPDATE system_configuration SET config_value = to_jsonb(%s::int) WHERE config_key = %s",
                (value, key.replace("__", ".")),
            )


@contextmanager
def stub_pipeline(
    db_url: str, tmp_path: Path, *, worker: bool = True, factories: PortFactories | None = None
) -> Iterator[Pipeline]:
    """Configure a StubBroker pipeline against ``db_url``; optionally run a worker."""
    storage_root = tmp_path / "storage"
    storage_root.mkdir(exist_ok=True)
    settings = Settings(
        database_url=db_url, storage_url=storage_root.as_uri(), broker_url="stub://"
    )
    broker = StubBroker()
    broker.emit_after("process_boot")
    bootstrap.configure(settings, broker=broker, maintain=False)
    stages.declare(broker)
    runtime = bootstrap.build_runtime(settings, broker, factories)
    set_runtime(runtime)
    runtime.heartbeater.start()
    stub_worker = dramatiq.Worker(broker, worker_timeout=100, worker_threads=2) if worker else None
    if stub_worker:
        stub_worker.start()
    try:
        yield Pipeline(broker, runtime, settings, storage_root, db_url)
    finally:
        if stub_worker:
            stub_worker.stop()
        runtime.close()
        set_runtime(None)
        broker.close()


def wait_for(predicate: Any, timeout: float = 60.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("condition not met in time")


def shell_file(db_url: str, shell_file_id: Any) -> dict[str, Any]:
    with dict_connect(db_url) as conn:
        row = conn.execute("SELECT * FROM shell_files WHERE id = %s", (shell_file_id,)).fetchone()
    assert row is not None
    return dict(row)
