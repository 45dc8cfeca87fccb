"""Real ``dramatiq pipeline`` worker processes for end-to-end tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
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
        stop_process_group(self.process)


def stop_process_group(process: subprocess.Popen[bytes], *, grace: float = 20.0) -> None:
    """Stop a ``dramatiq`` command started with ``start_new_session=True``, always.

    SIGTERM goes to the parent only (it forwards one to each worker child; a second
    SIGTERM would make a child skip its graceful shutdown). After ``grace`` seconds, or
    once the parent is gone, the whole process group gets SIGKILL, so no worker child
    outlives the test even if the parent died first; then the parent is reaped.
    """
    try:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=grace)
    finally:
        with suppress(ProcessLookupError, PermissionError):  # the group is already empty
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def descendants(pid: int) -> list[int]:
    """Pids of every live process below ``pid`` (read from /proc, Linux)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces, so split after its ")"
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def tcp_local_ports(pid: int) -> set[int]:
    """Local ports of the TCP sockets ``pid`` holds (its Postgres client ports), Linux."""
    inodes = set()
    try:
        for fd in (Path("/proc") / str(pid) / "fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        tables = [(Path("/proc") / str(pid) / "net" / name) for name in ("tcp", "tcp6")]
        lines = [line for table in tables for line in table.read_text().splitlines()[1:]]
    except OSError:
        return set()
    ports = set()
    for line in lines:
        fields = line.split()
        if fields[9] in inodes:
            ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


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
def dramatiq_group(
    module: str,
    env: dict[str, str],
    log_path: Path,
    *,
    processes: int = 1,
    threads: int = 2,
    extra_args: Sequence[str] = (),
) -> Iterator[WorkerGroup]:
    """One ``dramatiq MODULE`` command, logging to ``log_path``; ready, then always stopped."""
    with log_path.open("ab") as log:
        command = [DRAMATIQ, module, "--processes", str(processes), "--threads", str(threads)]
        process = subprocess.Popen(
            [*command, *extra_args],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(Path(__file__).resolve().parents[2]),
            start_new_session=True,  # its own process group: stop() can kill every child
        )
    group = WorkerGroup(process, log_path)
    try:
        group.wait_ready()
        yield group
    finally:
        group.stop()


@contextmanager
def worker_group(
    db_url: str, broker_url: str, storage_root: Path, log_path: Path, *, threads: int = 2
) -> Iterator[WorkerGroup]:
    env = worker_env(db_url, broker_url, storage_root)
    with dramatiq_group("pipeline", env, log_path, threads=threads) as group:
        yield group


def clean_broker(broker_url: str) -> dramatiq.Broker:
    """A producer-side broker for the URL, with the stage queues emptied first."""
    broker = broker_from_url(broker_url)
    declare_stage_queues(broker)
    if broker_kind(broker_url) in {"redis", "rabbitmq"}:
        broker.flush_all()
    return broker


STAGE_QUEUES = flow.QUEUES
