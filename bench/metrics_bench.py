"""What worker metrics cost: the no-op ledger drain of bench/runtime_bench.py with
metrics off and on, alternating in the same run.

    python -m bench.metrics_bench [--messages 2000] [--repeats 3]

"on" sets METRICS_PORT (and a throwaway METRICS_DIR) for the worker process: the
stage-metrics middleware, the ledger's completion counter and the exposition
process are all active. Needs the local Postgres; creates and drops its databases.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.runtime_bench import broker_url, drain
from pipeline.migrate import migrate
from tests.support import pg
from tests.support.http import free_port


def one_drain(n: int, *, metrics: bool) -> float:
    admin = pg.admin_url()
    name = pg.unique_name("docpipe_mbench")
    db_url = pg.create_database(admin, name)
    saved = {k: os.environ.get(k) for k in ("METRICS_PORT", "METRICS_DIR", "METRICS_HOST")}
    try:
        migrate(db_url)
        with tempfile.TemporaryDirectory() as folder:
            if metrics:
                os.environ.update(
                    METRICS_PORT=str(free_port()), METRICS_DIR=folder, METRICS_HOST="127.0.0.1"
                )
            else:
                for key in saved:
                    os.environ.pop(key, None)
            rate = drain("postgres", broker_url("postgres", db_url), db_url, "ledger", n)
            written = list(Path(folder).glob("*/counter_*.db"))
            if metrics != bool(written):  # prove the "on" run really counted
                raise RuntimeError(f"metrics={metrics} but {len(written)} sample files")
            return rate
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old
        pg.drop_database(admin, name)


def micro(n: int = 20_000) -> dict[str, float]:
    """Microseconds per message of the metrics hooks alone, in this process: the
    middleware's before/after and the ledger's completion event, off and on."""
    import time
    import uuid
    from types import SimpleNamespace

    from dramatiq.brokers.stub import StubBroker

    from pipeline.metrics import events
    from pipeline.metrics.config import MetricsConfig
    from pipeline.metrics.worker import worker_middleware

    job = {"job_type": "fast_queue_ocr"}
    messages = [
        SimpleNamespace(queue_name="ocr", actor_name="docpipe.ocr", message_id=str(uuid.uuid4()))
        for _ in range(n)
    ]
    started = time.perf_counter()
    for _ in messages:
        events.job_completed(job, True)
    off = (time.perf_counter() - started) / n * 1e6
    with tempfile.TemporaryDirectory() as folder:
        middleware: Any = worker_middleware(MetricsConfig(port=free_port(), directory=Path(folder)))
        broker = StubBroker()
        middleware.after_process_boot(broker)
        started = time.perf_counter()
        for message in messages:
            middleware.before_process_message(broker, message)
            events.job_completed(job, True)
            middleware.after_process_message(broker, message, result=None)
        on = (time.perf_counter() - started) / n * 1e6
        events.install(None)
    return {"off_us_per_msg": round(off, 2), "on_us_per_msg": round(on, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--micro", action="store_true", help="only the in-process hook cost")
    args = parser.parse_args()
    if args.micro:
        print(json.dumps(micro()), flush=True)
        return
    rates: dict[str, list[float]] = {"off": [], "on": []}
    for _ in range(args.repeats):
        for label in ("off", "on"):
            rate = one_drain(args.messages, metrics=label == "on")
            rates[label].append(rate)
            print(json.dumps({"metrics": label, "msgs_per_s": round(rate)}), flush=True)
    off, on = statistics.mean(rates["off"]), statistics.mean(rates["on"])
    summary: dict[str, Any] = {
        label: {"mean": round(statistics.mean(r)), "runs": [round(x) for x in r]}
        for label, r in rates.items()
    }
    summary["cost_percent"] = round(100 * (off - on) / off, 1)
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
