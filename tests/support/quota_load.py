"""Quota proof through the pipeline: real ``dramatiq pipeline`` workers run the AI
passes of many documents against the fake vendor, every call through the quota gate.

Documents are seeded at pass 1 (their OCR pages already stored), so all the load is
vendor calls: passes 1, 2 and 3 make one call each. The fake vendor enforces requests
and tokens per ``window`` seconds; ``api_rate_limits`` holds the same numbers per
minute and QUOTA_TIME_SCALE = window / 60 maps the minute onto the vendor's window.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psycopg.types.json import Jsonb

from pipeline import flow
from pipeline.db import make_pool
from pipeline.ledger import jobs
from pipeline.ledger.outbox import Dispatcher
from tests.fakes.vendor_server import FakeVendor, Mode, VendorLimits
from tests.support import factories as f
from tests.support.pg import dict_connect
from tests.support.runtime import set_config
from tests.support.workers import (
    DRAMATIQ,
    FAST_LEDGER,
    clean_broker,
    stop_process_group,
    worker_env,
)

MODEL = "fake-llm"
#: Rough vendor charge of one pass call (prompt + max_tokens), to size the backlog.
CALL_TOKENS = 900
#: One page of clinical-looking synthetic text (~60 prompt tokens per call).
PAGE_LINES = [
    "Hemoglobin 13.5 g/dL 12.0-16.0",
    "Metformin 500 mg PO twice daily",
    "Allergy: penicillin (rash)",
]


@dataclass
class LoadResult:
    vendor_mode: str
    demand: str
    served: int
    rejected_429: int
    tokens_charged: int
    utilization: float  # tokens served / tokens allowed, over the measured span
    seconds: float
    documents_completed: int
    documents_seeded: int

    def line(self) -> str:
        return (
            f"{self.vendor_mode:<13} {self.demand:<7} 429s={self.rejected_429:<3} "
            f"use={self.utilization:6.1%} served={self.served:<5} docs={self.documents_completed:<4} "
            f"span={self.seconds:.1f}s"
        )


def responder(body: dict[str, Any]) -> str:
    """A plausible JSON answer for either JSON pass, citing page 1 line 1."""
    text = json.dumps(body.get("messages", []))
    if "entities" in text:
        return json.dumps(
            {
                "entities": [
                    {
                        "entity_type": "lab",
                        "text": "Hemoglobin",
                        "confidence": 0.9,
                        "source": "p1.l1",
                    }
                ]
            }
        )
    return json.dumps(
        {
            "document_type": "lab_result",
            "labs": [
                {
                    "test_name": "Hemoglobin",
                    "value_text": "13.5",
                    "value_numeric": 13.5,
                    "unit": "g/dL",
                    "source": "p1.l1",
                }
            ],
        }
    )


def seed_documents(db_url: str, count: int) -> list[uuid.UUID]:
    """Documents ready for pass 1: a scanned file row, one OCR page, a pending pass1 job."""
    stage = flow.BY_NAME["pass1_entities"]
    lines = [
        {"text": t, "bbox": [0.1, 0.1 + i * 0.05, 0.9, 0.14 + i * 0.05], "confidence": 0.99}
        for i, t in enumerate(PAGE_LINES)
    ]
    ids = []
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
        conn.execute("SET ROLE service_role")
        for _ in range(count):
            shell = f.make_shell_file(
                conn,
                patient,
                owner,
                detected_mime_type="application/pdf",
                page_count=1,
                file_checksum_sha256=uuid.uuid4().hex,
                security_scan_status="completed",
                ocr_status="completed",
                status="processing",
            )
            sha = conn.execute(
                "SELECT file_checksum_sha256 FROM shell_files WHERE id = %s", (shell,)
            ).fetchone()
            assert sha is not None
            conn.execute(
                "INSERT INTO ocr_page_artifacts (shell_file_id, patient_id, file_checksum_sha256, page_number, "
                "engine_key, engine, status, text_content, lines, confidence) "
                "VALUES (%s, %s, %s, 1, 'seed', 'seed', 'ok', %s, %s, 0.99)",
                (shell, patient, sha["file_checksum_sha256"], "\n".join(PAGE_LINES), Jsonb(lines)),
            )
            jobs.enqueue(
                conn,
                job_type=stage.job_type,
                job_name=stage.name,
                payload={"shell_file_id": str(shell), "patient_id": str(patient)},
                idempotency_key=flow.stage_job_key(str(shell), stage),
                correlation_id=str(shell),
            )
            ids.append(shell)
    return ids


@contextmanager
def pass_workers(
    db_url: str,
    broker_url: str,
    tmp: Path,
    vendor: FakeVendor,
    *,
    processes: int,
    threads: int,
    window: float,
    ratelimit_url: str,
    quota_mode: str,
    headroom: float = 0.97,
) -> Iterator[subprocess.Popen[bytes]]:
    env = worker_env(db_url, broker_url, tmp / "storage")
    env.update(
        EXTRACTOR="openai",
        OPENAI_BASE_URL=f"{vendor.base_url}/v1",
        OPENAI_API_KEY="sk-test",
        OPENAI_MODEL=MODEL,
        RATELIMIT_URL=ratelimit_url,
        QUOTA_MODE=quota_mode,
        QUOTA_TIME_SCALE=str(window / 60),
        QUOTA_MAX_WAIT="0.5",
        QUOTA_HEADROOM=str(headroom),
    )
    log_path = tmp / "pass-workers.log"
    with log_path.open("ab") as log:
        proc = subprocess.Popen(
            [
                DRAMATIQ,
                "pipeline",
                "--processes",
                str(processes),
                "--threads",
                str(threads),
                "--queues",
                "pass1_entities",
                "pass2_clinical",
                "pass3_narrative",
                "finalize",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(Path(__file__).resolve().parents[2]),
            start_new_session=True,  # its own process group: every child can be killed
        )
    try:
        deadline = time.monotonic() + 60
        while log_path.read_text(errors="replace").count("is ready for action") < processes:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log_path.read_text(errors="replace")[-3000:])
            time.sleep(0.2)
        yield proc
    finally:
        stop_process_group(proc)


def run_pipeline_load(
    db_url: str,
    tmp: Path,
    *,
    vendor_mode: Mode,
    demand: str,
    window: float = 3.0,
    requests: int = 200,
    tokens: int = 60_000,
    processes: int = 4,
    threads: int = 4,
    seconds: float = 12.0,
    ratelimit_url: str | None = None,
    quota_mode: str = "pacing",
    broker_url: str | None = None,
    headroom: float = 0.97,
) -> LoadResult:
    """Steady: a standing backlog; bursty: batches for window/2 s, then window/2 s idle."""
    set_config(db_url, **FAST_LEDGER)
    with dict_connect(db_url) as conn:
        conn.execute(
            "INSERT INTO api_rate_limits (provider_name, api_endpoint, requests_per_minute, tokens_per_minute, "
            "concurrent_requests) VALUES ('openai', %s, %s, %s, 16) ON CONFLICT (provider_name, api_endpoint) "
            "DO UPDATE SET requests_per_minute = EXCLUDED.requests_per_minute, tokens_per_minute = EXCLUDED.tokens_per_minute",
            (MODEL, requests, tokens),
        )
    broker_url = broker_url or db_url
    ratelimit_url = ratelimit_url or db_url.replace("postgresql://", "postgresql+limits://", 1)
    calls_per_window = min(requests, tokens // CALL_TOKENS)
    docs = seed_documents(db_url, int(1.5 * seconds / window * calls_per_window / 3) + 10)
    broker = clean_broker(broker_url)
    limits = VendorLimits(requests=requests, tokens=tokens, window=window, mode=vendor_mode)
    with (
        FakeVendor(limits, responder=responder) as vendor,
        make_pool(db_url, max_size=2) as pool,
        pass_workers(
            db_url,
            broker_url,
            tmp,
            vendor,
            processes=processes,
            threads=threads,
            window=window,
            ratelimit_url=ratelimit_url,
            quota_mode=quota_mode,
            headroom=headroom,
        ),
    ):
        dispatcher = Dispatcher(broker, pool)
        pending = list(docs)
        job_ids = _pass1_jobs(db_url, pending)
        started = time.monotonic()
        if demand == "steady":
            for job_id in job_ids:
                dispatcher.dispatch_by_id(job_id)
            time.sleep(seconds)
        else:
            # Bursty: each cycle, one window's worth of documents arrives in the first
            # half (in two batches), then nothing for the second half.
            per_cycle = max(2, calls_per_window // 3)
            sent = 0
            while time.monotonic() - started < seconds and sent < len(job_ids):
                cycle_start = time.monotonic()
                for part in (0, 1):
                    for job_id in job_ids[sent : sent + per_cycle // 2]:
                        dispatcher.dispatch_by_id(job_id)
                    sent += per_cycle // 2
                    time.sleep(max(0.0, cycle_start + (part + 1) * window / 4 - time.monotonic()))
                time.sleep(max(0.0, cycle_start + window - time.monotonic()))
        ended = time.monotonic()
        stats = vendor.stats()
    broker.close()
    # utilization over whole windows in the busy span (skip the first window: warm-up)
    t0 = stats.arrivals[0][0] + window if stats.arrivals else 0
    t1 = t0 + window * max(1, int((ended - started - window) / window))
    charged = sum(tok for at, tok in stats.arrivals if t0 <= at < t1)
    allowed = tokens * (t1 - t0) / window
    with dict_connect(db_url) as conn:
        done = conn.execute(
            "SELECT count(*) AS n FROM shell_files WHERE status = 'completed'"
        ).fetchone()
    return LoadResult(
        vendor_mode,
        demand,
        stats.served,
        stats.rejected,
        stats.tokens_charged,
        charged / allowed if allowed else 0.0,
        ended - started,
        int(done["n"]) if done else 0,
        len(docs),
    )


def _pass1_jobs(db_url: str, shell_ids: list[uuid.UUID]) -> list[str]:
    with dict_connect(db_url) as conn:
        rows = conn.execute(
            "SELECT id FROM job_queue WHERE job_type = 'ai_queue_pass1' AND shell_file_id = ANY(%s) ORDER BY created_at",
            (shell_ids,),
        ).fetchall()
    return [str(r["id"]) for r in rows]


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")
