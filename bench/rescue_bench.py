"""Rescue time after SIGKILL, with the production lease settings.

    python -m bench.rescue_bench [--trials 5] [--lease 30 --heartbeat 10 --reaper 2]

Each trial: two ``dramatiq pipeline`` commands on the Postgres broker, a scanned PDF
uploaded, the worker holding the OCR lease SIGKILLed mid-stage, and the time from the
kill until the job is claimed again by the survivor (job_queue.started_at) measured.
Also checks that the document completes and its OCR job ran exactly twice.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from pipeline.db import make_pool
from pipeline.intake import UploadRequest, create_upload
from pipeline.ledger.outbox import Dispatcher
from pipeline.migrate import migrate
from tests.support import factories as f
from tests.support import pg
from tests.support.runtime import SAMPLES, set_config, wait_for
from tests.support.workers import clean_broker, worker_group


def trial(admin: str, lease: int, heartbeat: int, reaper: int) -> float:
    name = pg.unique_name("docpipe_rescue")
    db_url = pg.create_database(admin, name)
    try:
        migrate(db_url)
        set_config(
            db_url,
            worker__lease_seconds=lease,
            worker__heartbeat_interval_seconds=heartbeat,
            worker__reaper_interval_seconds=reaper,
        )
        with tempfile.TemporaryDirectory() as tmp_name, ExitStack() as stack:
            tmp = Path(tmp_name)
            storage = tmp / "storage"
            with pg.dict_connect(db_url) as conn:
                owner, patient = f.make_patient(conn)
            path = f"{patient}/scan.pdf"
            (storage / str(patient)).mkdir(parents=True)
            (storage / path).write_bytes((SAMPLES / "prescription_scan.pdf").read_bytes())
            a = stack.enter_context(worker_group(db_url, db_url, storage, tmp / "a.log", threads=1))
            b = stack.enter_context(worker_group(db_url, db_url, storage, tmp / "b.log", threads=1))
            broker = clean_broker(db_url)
            pool = stack.enter_context(make_pool(db_url))
            with pool.connection() as conn, conn.transaction():
                upload = create_upload(
                    conn,
                    UploadRequest(
                        patient,
                        owner,
                        path,
                        "scan.pdf",
                        "application/pdf",
                        (storage / path).stat().st_size,
                        "rescue",
                    ),
                )
            Dispatcher(broker, pool).dispatch_by_id(upload.job_id)

            def ocr_job() -> dict[str, object] | None:
                with pg.dict_connect(db_url) as conn:
                    row = conn.execute(
                        "SELECT * FROM job_queue WHERE shell_file_id = %s AND job_type = 'fast_queue_ocr'",
                        (upload.shell_file_id,),
                    ).fetchone()
                return dict(row) if row else None

            job = wait_for(
                lambda: (j := ocr_job()) and j["status"] == "processing" and j, timeout=60
            )
            victim = int(str(job["worker_id"]).split(":")[1])
            os.kill(victim, signal.SIGKILL)
            killed = time.time()
            again = wait_for(
                lambda: (j := ocr_job()) and j["attempt"] == 2 and j["status"] != "pending" and j,
                timeout=lease * 4,
            )
            rescue = again["started_at"].timestamp() - killed  # type: ignore[union-attr]
            wait_for(lambda: (j := ocr_job()) and j["status"] == "completed", timeout=120)
            broker.close()
            del a, b
            return rescue
    finally:
        pg.drop_database(admin, name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--lease", type=int, default=30)
    parser.add_argument("--heartbeat", type=int, default=10)
    parser.add_argument("--reaper", type=int, default=2)
    args = parser.parse_args()
    admin = pg.admin_url()
    times = []
    for i in range(args.trials):
        seconds = trial(admin, args.lease, args.heartbeat, args.reaper)
        times.append(seconds)
        print(f"trial {i + 1}: running again {seconds:.1f}s after SIGKILL", flush=True)
    print(
        f"lease {args.lease}s, heartbeat {args.heartbeat}s, reaper {args.reaper}s: "
        f"median {statistics.median(times):.1f}s, min {min(times):.1f}s, max {max(times):.1f}s "
        f"over {len(times)} kills"
    )


if __name__ == "__main__":
    main()
