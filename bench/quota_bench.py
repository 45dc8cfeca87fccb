"""Quota use and 429s through the pipeline, per vendor algorithm, demand and store.

    python -m bench.quota_bench [--seconds 15] [--stores postgres,redis] [--modes pacing,window]
                                [--processes 4] [--threads 4]

Each row: a fresh database, ``--processes`` ``dramatiq pipeline`` worker processes x
``--threads`` threads running passes 1-3 of seeded documents against the fake vendor
(3 s windows, 200 requests and 60,000 tokens per window; each call ≈ 1,000 tokens), all
calls through the quota gate.

The "quota used" column is where the ≥ 95 % utilisation target is checked: a share of
throughput on a shared machine is a benchmark figure, so the test suite
(tests/quotas/test_pipeline_quota.py) counts 429s and held-back work instead.
4 x 4 processes hold about 4 x 20 Postgres connections (docs/connections.md): run it
against a server with room for them.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from pipeline.migrate import migrate
from tests.support import pg
from tests.support.quota_load import run_pipeline_load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--stores", default="postgres,redis")
    parser.add_argument("--modes", default="pacing")
    parser.add_argument("--vendors", default="fixed-window,token-bucket,sliding-log")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    admin = pg.admin_url()
    print("| limiter | store | vendor algorithm | demand | 429s | quota used | calls served |")
    print("|---|---|---|---|---|---|---|")
    for mode in args.modes.split(","):
        for store in args.stores.split(","):
            for vendor in args.vendors.split(","):
                for demand in ("steady", "bursty"):
                    name = pg.unique_name("docpipe_qbench")
                    db_url = pg.create_database(admin, name)
                    try:
                        migrate(db_url)
                        ratelimit = (
                            db_url.replace("postgresql://", "postgresql+limits://", 1)
                            if store == "postgres"
                            else "redis://127.0.0.1:6379/13"
                        )
                        with tempfile.TemporaryDirectory() as tmp:
                            result = run_pipeline_load(
                                db_url,
                                Path(tmp),
                                vendor_mode=vendor,
                                demand=demand,  # type: ignore[arg-type]
                                seconds=args.seconds,
                                ratelimit_url=ratelimit,
                                quota_mode=mode,
                                processes=args.processes,
                                threads=args.threads,
                            )
                    finally:
                        pg.drop_database(admin, name)
                    print(
                        f"| {mode} | {store} | {vendor} | {demand} | {result.rejected_429} | "
                        f"{result.utilization:.1%} | {result.served} |",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
