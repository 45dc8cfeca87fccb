"""A lost lease is an interrupt no stage code can swallow (docpipe issue 9.1).

The heartbeat raises LeaseLost into the worker thread while a page is being read. The
page must not be stored as a failed page: the worker that rescues the job reads it
again, and the document completes with every page, each stored once.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import psycopg
import pypdfium2
import pytest
from dramatiq.middleware.threading import Interrupt
from psycopg.types.json import Jsonb

from adapters.ocr import make_ocr_engine
from adapters.ocr.page_reader import DocumentPageReader
from pipeline.bootstrap import port_factories
from pipeline.errors import DocpipeError, LeaseLost
from pipeline.intake import submit_upload
from pipeline.ports import PageText, ScanReport
from pipeline.settings import Settings
from pipeline.sqlfiles import query
from pipeline.stages.ocr import RETRY_PAGE_CODES
from tests.support import factories as f
from tests.support.pg import dict_connect
from tests.support.runtime import set_config, shell_file, stub_pipeline, wait_for
from tests.support.workers import FAST_LEDGER

pytestmark = [pytest.mark.db]


def test_lease_lost_is_an_interrupt_with_a_code() -> None:
    """``except Exception`` in stage or adapter code cannot catch it."""
    assert issubclass(LeaseLost, Interrupt)
    assert not issubclass(LeaseLost, Exception) and not issubclass(LeaseLost, DocpipeError)
    raised_by_heartbeat = LeaseLost()  # raise_thread_exception instantiates the bare class
    assert raised_by_heartbeat.code == "lease_lost" and raised_by_heartbeat.message


class LeaseLosingReader(DocumentPageReader):
    """The real page reader. On the first read of page 2 the job's lease is taken away
    (expired, then reclaimed with the reaper's own SQL function) and the read waits for
    the heartbeat to interrupt it."""

    def __init__(self, db_url: str) -> None:
        super().__init__(make_ocr_engine("rapidocr"))
        self.db_url = db_url
        self.page_reads: list[int] = []
        self.skips: list[tuple[int, ...]] = []
        self.interrupted = threading.Event()
        self.first_attempt_over = threading.Event()

    def read_pages(
        self, path: Path, report: ScanReport, skip_pages: Sequence[int] = ()
    ) -> Iterator[PageText]:
        self.skips.append(tuple(skip_pages))
        first = len(self.skips) == 1
        try:
            yield from super().read_pages(path, report, skip_pages)
        finally:
            if first:
                self.first_attempt_over.set()

    def _pdf_page(self, pdf: pypdfium2.PdfDocument, index: int, stage: Any) -> PageText:
        self.page_reads.append(index + 1)
        if index == 1 and self.page_reads.count(2) == 1:
            self._lose_lease()
            try:
                deadline = time.monotonic() + 30  # generous: the heartbeat beats every second
                while time.monotonic() < deadline:
                    time.sleep(0.02)
            except LeaseLost:
                self.interrupted.set()
                raise
        return super()._pdf_page(pdf, index, stage)

    def _lose_lease(self) -> None:
        with psycopg.connect(self.db_url) as conn:
            conn.execute(
                "UPDATE job_queue SET lease_expires_at = now() - interval '1 second' "
                "WHERE job_type = 'fast_queue_ocr' AND status = 'processing'"
            )
            reclaimed = conn.execute("SELECT * FROM reclaim_expired_jobs(10)").fetchall()
        assert len(reclaimed) == 1


def test_lease_lost_mid_page_is_read_again_by_the_rescue(fresh_db_url: str, tmp_path: Path) -> None:
    """Lease lost while page 2 of 3 is read: the rescued job reads page 2 again, the
    document completes with all three pages, nothing is stored twice."""
    set_config(fresh_db_url, **FAST_LEDGER)
    reader = LeaseLosingReader(fresh_db_url)
    base = port_factories(Settings(storage_url=(tmp_path / "storage").as_uri()))
    factories = dataclasses.replace(base, page_reader=lambda: reader)
    with stub_pipeline(fresh_db_url, tmp_path, factories=factories) as pipe:
        req = pipe.upload_request("discharge_summary.pdf")
        result = submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req)
        assert reader.first_attempt_over.wait(timeout=60), "the first OCR attempt never ended"
        with dict_connect(fresh_db_url) as conn:
            ocr_job = conn.execute(
                "SELECT id FROM job_queue WHERE shell_file_id = %s AND job_type = 'fast_queue_ocr'",
                (result.shell_file_id,),
            ).fetchone()
        assert ocr_job is not None
        pipe.runtime.dispatcher.dispatch_by_id(ocr_job["id"])  # what the reaper's relay does
        row: dict[str, Any] = wait_for(
            lambda: (
                (r := shell_file(fresh_db_url, result.shell_file_id))["status"]
                in ("completed", "failed")
                and r
            ),
            timeout=180,
        )
    assert reader.interrupted.is_set()
    assert row["status"] == "completed", row["processing_error"]
    assert reader.skips == [(), (1,)]
    assert reader.page_reads == [1, 2, 2, 3]
    assert row["failed_page_numbers"] in ([], None)
    with dict_connect(fresh_db_url) as conn:
        pages = conn.execute(
            "SELECT page_number, status, count(*) OVER (PARTITION BY page_number) AS n "
            "FROM ocr_page_artifacts WHERE shell_file_id = %s ORDER BY page_number",
            (result.shell_file_id,),
        ).fetchall()
        job = conn.execute(
            "SELECT status, attempt FROM job_queue WHERE id = %s", (ocr_job["id"],)
        ).fetchone()
        events = conn.execute(
            "SELECT event, attempt FROM job_events WHERE job_id = %s ORDER BY id",
            (ocr_job["id"],),
        ).fetchall()
        passes = conn.execute(
            "SELECT pass_name, count(*) AS n FROM ai_pass_results WHERE shell_file_id = %s "
            "GROUP BY pass_name",
            (result.shell_file_id,),
        ).fetchall()
    assert [dict(p) for p in pages] == [
        {"page_number": n, "status": "ok", "n": 1} for n in (1, 2, 3)
    ]
    assert job == {"status": "completed", "attempt": 2}
    assert ("reclaimed", 1) in [(e["event"], e["attempt"]) for e in events]
    assert len(passes) == 3 and all(p["n"] == 1 for p in passes)


def test_pages_failed_for_a_process_reason_are_not_done_and_get_overwritten(
    db: psycopg.Connection[dict[str, Any]],
) -> None:
    """Rows an older worker stored as ``lease_lost`` are read again and replaced; a page
    that failed for its own bytes stays final; a finished page is never overwritten."""
    owner, patient = f.make_patient(db)
    doc = f.make_shell_file(db, patient, owner)
    key = {"shell_file_id": doc, "patient_id": patient, "sha256": "a" * 64, "engine_key": "e:1"}

    def save(number: int, status: str, code: str | None, text: str) -> None:
        db.execute(
            query("ocr_page_save"),
            {
                **key,
                "page_number": number,
                "engine": "e",
                "status": status,
                "error_code": code,
                "text": text,
                "lines": Jsonb([]),
                "confidence": None,
                "duration_ms": 1,
                "retry_codes": list(RETRY_PAGE_CODES),
            },
        )

    save(1, "ok", None, "first")
    save(2, "failed", "lease_lost", "")  # what the old reader stored on a lost lease
    save(3, "failed", "render_failed", "")
    done = db.execute(
        query("ocr_pages_done"), {**key, "retry_codes": list(RETRY_PAGE_CODES)}
    ).fetchall()
    assert [r["page_number"] for r in done] == [1, 3]

    save(2, "ok", None, "page two")
    save(1, "ok", None, "again")
    rows = db.execute(
        "SELECT page_number, status, text_content FROM ocr_page_artifacts "
        "WHERE shell_file_id = %s ORDER BY page_number",
        (doc,),
    ).fetchall()
    assert [tuple(r.values()) for r in rows] == [
        (1, "ok", "first"),
        (2, "ok", "page two"),
        (3, "failed", ""),
    ]
