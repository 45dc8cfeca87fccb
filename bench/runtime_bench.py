"""Throughput of a no-op stage through ledger + broker, against the raw broker,
measured in the same run; and the upload hook's requests/s and p99.

    python -m bench.runtime_bench [--messages 2000] [--brokers postgres,redis,rabbitmq]
                                  [--hook] [--hook-seconds 15]

Needs the local Postgres (and Redis/RabbitMQ for those brokers). Creates and drops
its own databases. "drain": N messages are queued first, then one worker process
with 8 threads starts; the time is from the first to the last processed message.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import dramatiq
import psycopg

from adapters.brokers import broker_from_url
from pipeline.messages import make_envelope
from pipeline.migrate import migrate
from tests.support import pg

ROOT = Path(__file__).resolve().parent.parent
DRAMATIQ = str(Path(sys.executable).with_name("dramatiq"))
ZERO = "00000000-0000-0000-0000-000000000000"


def _listen() -> tuple[socket.socket, int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.5)
    return sock, int(sock.getsockname()[1])


def _make_jobs(db_url: str, n: int) -> list[str]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        rows = conn.execute(
            # A real stage's job type (the ledger only knows stages); the no-op actor runs it.
            "SELECT (enqueue_job_v3('fast_queue_ocr', 'bench', jsonb_build_object('i', g))).job_id "
            "FROM generate_series(1, %s) g",
            (n,),
        ).fetchall()
    return [str(r[0]) for r in rows]


def drain(kind: str, broker_url: str, db_url: str, mode: str, n: int) -> float:
    broker = broker_from_url(broker_url)
    broker.declare_queue("bench")
    if kind in {"redis", "rabbitmq"}:
        broker.flush_all()
    job_ids = _make_jobs(db_url, n) if mode == "ledger" else [str(uuid.uuid4()) for _ in range(n)]
    for job_id in job_ids:
        envelope = make_envelope(
            job_id=job_id,
            shell_file_id=ZERO,
            patient_id=ZERO,
            correlation_id="bench",
            stage="bench",
        )
        broker.enqueue(
            dramatiq.Message(
                queue_name="bench",
                actor_name="docpipe.bench_noop",
                args=(envelope,),
                kwargs={},
                options={},
            )
        )
    broker.close()

    sock, port = _listen()
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "BROKER_URL": broker_url,
        "BENCH_MODE": mode,
        "BENCH_UDP_PORT": str(port),
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.Popen(
        [DRAMATIQ, "bench.noop_actors", "--processes", "1", "--threads", "8", "--queues", "bench"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(f"/tmp/bench_{kind}_{mode}.log", "w"),  # noqa: SIM115, S108 - kept open for the child
        cwd=str(ROOT),
    )
    seen: set[bytes] = set()
    first = last = 0.0
    deadline = time.monotonic() + 600
    try:
        while len(seen) < n and time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"{kind}/{mode}: the worker exited with {proc.returncode}")
            try:
                data, _ = sock.recvfrom(128)
            except TimeoutError:
                continue
            now = time.monotonic()
            if not seen:
                first = now
            seen.add(data)
            last = now
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        sock.close()
    if len(seen) < n:
        raise RuntimeError(f"{kind}/{mode}: only {len(seen)} of {n} processed")
    return n / (last - first)


def broker_url(kind: str, db_url: str) -> str:
    return {
        "postgres": db_url,
        "redis": "redis://127.0.0.1:6379/14",
        "rabbitmq": "amqp://guest:guest@127.0.0.1:5672/%2F",
    }[kind]


def run_throughput(kinds: list[str], n: int, repeats: int) -> list[dict[str, Any]]:
    admin = pg.admin_url()
    rows = []
    for kind in kinds:
        for mode in ("raw", "ledger"):
            rates = []
            for _ in range(repeats):
                name = pg.unique_name("docpipe_bench")
                db_url = pg.create_database(admin, name)
                try:
                    migrate(db_url)
                    rates.append(drain(kind, broker_url(kind, db_url), db_url, mode, n))
                finally:
                    pg.drop_database(admin, name)
            rows.append(
                {
                    "broker": kind,
                    "mode": mode,
                    "msgs_per_s": round(statistics.mean(rates)),
                    "runs": [round(r) for r in rates],
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    return rows


# ----------------------------------------------------------------------------------------
# Upload hook under load: wrk, 100 connections, against a bare endpoint in the same run.

WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"
counter = 0
local threads = {{}}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
request = function()
  counter = counter + 1
  local key = string.format("%d-%d-%d", tid, counter, os.time())
  wrk.headers["Idempotency-Key"] = key
  local body = string.format('{{"patient_id":"{patient}","storage_path":"{patient}/f-%s.pdf","original_filename":"f.pdf","mime_type":"application/pdf","file_size_bytes":1000}}', key)
  return wrk.format(nil, "/v1/shell-files", nil, body)
end
"""


def _wrk(url: str, script: Path, seconds: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", "-c100", f"-d{seconds}s", "--latency", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(
        next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec"))
    )
    lat = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in {"50%", "99%"}:
            value = parts[1]
            factor = (
                1000.0 if value.endswith("ms") else (1.0 if value.endswith("us") else 1_000_000.0)
            )
            lat[parts[0]] = float(value.rstrip("msu")) * factor / 1000.0
    non2xx = next((int(line.split()[-1]) for line in out.splitlines() if "Non-2xx" in line), 0)
    return {
        "req_per_s": round(rps),
        "p50_ms": round(lat["50%"], 1),
        "p99_ms": round(lat["99%"], 1),
        "non_2xx": non2xx,
    }


def _serve(app_factory: str, env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            app_factory,
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
        cwd=str(ROOT),
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def run_hook(seconds: int) -> list[dict[str, Any]]:
    from tests.support import factories as f
    from tests.support.http import JWT_SECRET, free_port, make_token

    admin = pg.admin_url()
    name = pg.unique_name("docpipe_hookbench")
    db_url = pg.create_database(admin, name)
    rows = []
    try:
        migrate(db_url)
        with pg.dict_connect(db_url) as conn:
            owner, patient = f.make_patient(conn)
        script = Path("/tmp/docpipe_wrk.lua")  # noqa: S108 - a throwaway bench file
        script.write_text(
            WRK_SCRIPT.format(token=make_token(owner, expires_in=3600), patient=patient)
        )
        env = {
            **os.environ,
            "DATABASE_URL": db_url,
            "SUPABASE_JWT_SECRET": JWT_SECRET,
            "PYTHONPATH": str(ROOT),
        }
        for label, factory in (
            ("bare endpoint (insert file + job, no auth/validation/broker)", "bench.bare_hook:app"),
            (
                "docpipe hook (JWT, validation, access check, outbox, broker send)",
                "bench.bare_hook:real_app",
            ),
        ):
            port = free_port()
            proc = _serve(factory, env, port)
            try:
                result = _wrk(f"http://127.0.0.1:{port}", script, seconds)
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            rows.append({"endpoint": label, **result})
            print(json.dumps(rows[-1]), flush=True)
    finally:
        pg.drop_database(admin, name)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--brokers", default="postgres,redis,rabbitmq")
    parser.add_argument("--hook", action="store_true")
    parser.add_argument("--hook-seconds", type=int, default=15)
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    if not args.skip_throughput:
        rows = run_throughput(args.brokers.split(","), args.messages, args.repeats)
        print("\n| broker | raw msgs/s | ledger msgs/s | ledger / raw |\n|---|---|---|---|")
        for kind in args.brokers.split(","):
            raw = next(r for r in rows if r["broker"] == kind and r["mode"] == "raw")
            led = next(r for r in rows if r["broker"] == kind and r["mode"] == "ledger")
            print(
                f"| {kind} | {raw['msgs_per_s']} {raw['runs']} | {led['msgs_per_s']} {led['runs']} | "
                f"{led['msgs_per_s'] / raw['msgs_per_s']:.2f} |"
            )
    if args.hook:
        for row in run_hook(args.hook_seconds):
            print(row)
    threading.Event().wait(0)


if __name__ == "__main__":
    main()
