"""Memory of real ``dramatiq pipeline`` worker processes after they process the samples.

    .venv/bin/python -m tests.maintenance.worker_memory [ROUNDS]

On a throwaway database (dropped at the end): starts the worker commands given in
SHAPES (each ``--processes 1``), submits the bundled samples ROUNDS times (default 3)
through the upload intake path, waits until every document is finished, then reads
VmRSS (now) and VmHWM (peak) of each command's parent and worker child from /proc.
Run one layout at a time: the render.yaml split (fast + AI), then all queues in one.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from adapters.brokers import broker_from_url
from adapters.storage import storage_from_url
from pipeline import demo
from pipeline.db import make_pool
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.migrate import migrate
from tests.support import pg
from tests.support.workers import DRAMATIQ, descendants, stop_process_group, worker_env

LAYOUTS = {
    "render": [
        ["--threads", "2", "--queues", "security_scan", "ocr"],
        [
            "--threads",
            "8",
            "--queues",
            "pass1_entities",
            "pass2_clinical",
            "pass3_narrative",
            "finalize",
        ],
    ],
    "single-t2": [["--threads", "2"]],
    "single-t4": [["--threads", "4"]],
}


def _status_kb(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in {"VmRSS", "VmHWM"}:
            out[key] = int(value.split()[0])
    return out


def main(argv: list[str]) -> int:
    import subprocess

    layout = argv[0] if argv else "render"
    rounds = int(argv[1]) if len(argv) > 1 else 3
    admin = pg.admin_url()
    name = pg.unique_name("docpipe_memory")
    url = pg.create_database(admin, name)
    storage = Path(tempfile.mkdtemp(prefix="docpipe-memory-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        migrate(url)
        demo._ensure_demo_patient(url)
        env = worker_env(url, url, storage)
        for shape in LAYOUTS[layout]:
            log = (storage / f"worker-{len(procs)}.log").open("ab")
            procs.append(
                subprocess.Popen(
                    [DRAMATIQ, "pipeline", "--processes", "1", *shape],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        time.sleep(8)
        broker = broker_from_url(url)
        declare_stage_queues(broker)
        with make_pool(url, max_size=2, name="memory") as pool:
            runtime: Any = SimpleNamespace(
                storage=storage_from_url(storage.as_uri()),
                pool=pool,
                dispatcher=Dispatcher(broker, pool),
            )
            files = [demo.SAMPLES_DIR / n for n in demo.DEFAULT_SAMPLES]
            docs = []
            started = time.monotonic()
            for r in range(rounds):
                docs += demo._submit(runtime, files, f"mem{os.getpid()}-{r}")
            while True:
                rows = demo._rows(runtime, docs)
                if all(row["status"] in ("completed", "failed") for row in rows.values()):
                    break
                if time.monotonic() - started > 600:
                    raise RuntimeError("documents not finished in 600 s")
                time.sleep(0.5)
            took = time.monotonic() - started
        broker.close()
        done = sum(1 for row in rows.values() if row["status"] == "completed")
        print(f"layout {layout}: {len(docs)} documents ({done} completed) in {took:.1f}s")
        for shape, proc in zip(LAYOUTS[layout], procs, strict=True):
            print(f"  dramatiq pipeline --processes 1 {' '.join(shape)}")
            pids = [("parent", proc.pid)] + [("worker", p) for p in descendants(proc.pid)]
            for role, pid in pids:
                kb = _status_kb(pid)
                print(
                    f"    {role:<6} pid {pid}: RSS {kb['VmRSS'] / 1024:.0f} MB, "
                    f"peak {kb['VmHWM'] / 1024:.0f} MB"
                )
    finally:
        for proc in procs:
            stop_process_group(proc)
        pg.drop_database(admin, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
