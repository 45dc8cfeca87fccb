"""Real ``dramatiq pipeline`` worker processes for end-to-end tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import dramatiq

from adapters.brokers import broker_from_url, broker_kind
from pipeline import flow
from pipeline.ledger.outbox import declare_stage_queues

DRAMATIQ = str(Path(sys.executable).with_name("dramatiq"))

#: Short lease timings so rescue tests finish in seconds (production: 30 s / 10 s).
FAST_LEDGER = {
    "worker__lease_seconds": 4,
    "worker__heartbeat_interval_seconds": 1,
    "worker__reaper_interval_seconds": 1,
    "worker__relay_grace_seconds": 1,
    "worker__retry_base_seconds": 1,
    "worker__retry_max_backoff_seconds": 2,
    "worker__reclaim_jitter_max_seconds": 0,
}


@dataclass
class WorkerGroup:
    """One ``dramatiq pipeline`` command (a parent process and its worker children)."""

    process: subprocess.Popen[bytes]
    log_path: Path
    started: float = field(default_factory=time.monotonic)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "is ready for action" in self.log():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log()[-3000:]}")
            time.sleep(0.1)
        raise RuntimeError(f"worker not ready in {timeout}s:\n{self.log()[-3000:]}")

    def child_pids(self) -> list[int]:
        out = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True, check=False
        )
        return [int(pid) for pid in out.stdout.split()]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def worker_env(db_url: str, broker_url: str, storage_root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOCPIPE_", "PYTEST"))}
    env.update(
        DATABASE_URL=db_url,
        BROKER_URL=broker_url,
        STORAGE_URL=storage_root.as_uri(),
        PYTHONUNBUFFERED="1",
        dramatiq_restart_delay="0",
    )
    return env


@contextmanager
def worker_group(
    db_url: str, broker_url: str, storage_root: Path, log_path: Path, *, threads: int = 2
) -> Iterator[WorkerGroup]:
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [DRAMATIQ, "pipeline", "--processes", "1", "--threads", str(threads)],
            env=worker_env(db_url, broker_url, storage_root),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(Path(__file__).resolve().parents[2]),
        )
    group = WorkerGroup(process, log_path)
    try:
        group.wait_ready()
        yield group
    finally:
        group.stop()


def clean_broker(broker_url: str) -> dramatiq.Broker:
    """A producer-side broker for the URL, with the stage queues emptied first."""
    broker = broker_from_url(broker_url)
    declare_stage_queues(broker)
    if broker_kind(broker_url) in {"redis", "rabbitmq"}:
        broker.flush_all()
    return broker


STAGE_QUEUES = flow.QUEUES
