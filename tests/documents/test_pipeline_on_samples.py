"""The real stages on the bundled samples, in-process on a real database."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from adapters.ocr import make_page_reader
from pipeline.bootstrap import port_factories
from pipeline.errors import TransientError
from pipeline.intake import submit_upload
from pipeline.ports import PageReader, PageText, ScanReport
from pipeline.settings import Settings
from tests.support.pg import dict_connect
from tests.support.runtime import set_config, shell_file, stub_pipeline, wait_for
from tests.support.workers import FAST_LEDGER

pytestmark = [pytest.mark.db, pytest.mark.integration]

GOOD = [
    ("lab_report.pdf", "application/pdf", "lab_result"),
    ("prescription_scan.pdf", "application/pdf", "prescription"),
    ("discharge_summary.pdf", "application/pdf", "discharge_summary"),
    ("vaccination_record.jpg", "image/jpeg", "immunization_record"),
]
BAD = [
    ("encrypted.pdf", "application/pdf", "encrypted_pdf"),
    ("corrupt.pdf", "application/pdf", "truncated_file"),
    ("javascript.pdf", "application/pdf", "active_content"),
    ("fake.png", "image/png", "type_mismatch"),
]


def _terminal(db_url: str, shell_file_id: Any) -> dict[str, Any]:
    row: dict[str, Any] = wait_for(
        lambda: (r := shell_file(db_url, shell_file_id))["status"] in ("completed", "failed") and r,
        timeout=180,
    )
    return row


def test_every_good_sample_completes_with_coded_rows(fresh_db_url: str, tmp_path: Path) -> None:
    """Each good sample goes through all six stages and lands as audited clinical rows."""
    with stub_pipeline(fresh_db_url, tmp_path) as pipe:
        uploads = []
        for name, mime, _ in GOOD:
            req = pipe.upload_request(name, mime=mime)
            uploads.append(
                (name, req, submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req))
            )
        rows = {name: _terminal(fresh_db_url, result.shell_file_id) for name, _, result in uploads}
    for name, _, doc_type in GOOD:
        row = rows[name]
        assert row["status"] == "completed", (name, row["processing_error"])
        assert row["document_type"] == doc_type
        assert row["ai_synthesized_summary"]
        assert row["file_checksum_sha256"] and row["page_count"] >= 1
        assert set(row["stage_timings"]) == {
            "security_scan",
            "ocr",
            "pass1_entities",
            "pass2_clinical",
            "pass3_narrative",
            "finalize",
        }
    with dict_connect(fresh_db_url) as conn:
        events = conn.execute(
            "SELECT e.event_kind, e.source_page, e.source_bbox, e.patient_id = s.patient_id AS same_patient "
            "FROM patient_clinical_events e JOIN shell_files s ON s.id = e.shell_file_id"
        ).fetchall()
        audits = conn.execute(
            "SELECT count(*) AS n FROM audit_log WHERE compliance_category = 'clinical_data'"
        ).fetchone()
    kinds = {e["event_kind"] for e in events}
    assert kinds == {"medication", "lab", "vital", "allergy", "condition", "immunization"}
    assert all(
        e["same_patient"] and e["source_page"] >= 1 and len(e["source_bbox"]) == 4 for e in events
    )
    assert audits is not None and audits["n"] == 2 * len(events)  # hub + spoke, one audit row each


@pytest.mark.parametrize(("name", "mime", "code"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_fail_permanently_with_error_json_and_no_clinical_rows(
    fresh_db_url: str, tmp_path: Path, name: str, mime: str, code: str
) -> None:
    """Encrypted, corrupt, active-content and mislabelled files: dead letter at once, clear code."""
    with stub_pipeline(fresh_db_url, tmp_path) as pipe:
        req = pipe.upload_request(name, mime=mime)
        result = submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req)
        row = _terminal(fresh_db_url, result.shell_file_id)
    assert row["status"] == "failed"
    error = row["processing_error"]
    assert error["code"] == code and error["stage"] == "security_scan" and error["attempt"] == 1
    assert name not in error["message"]  # no file names in error texts
    assert row["security_scan_status"] == "failed" and row["ocr_status"] == "pending"
    with dict_connect(fresh_db_url) as conn:
        job = conn.execute(
            "SELECT retry_count, dead_letter_at, error_details FROM job_queue WHERE shell_file_id = %s",
            (result.shell_file_id,),
        ).fetchone()
        clinical = conn.execute(
            "SELECT count(*) AS n FROM patient_clinical_events WHERE shell_file_id = %s",
            (result.shell_file_id,),
        ).fetchone()
    assert job is not None and job["retry_count"] == 0 and job["dead_letter_at"] is not None
    assert job["error_details"]["dead_letter_reason"] == "permanent_error"
    assert clinical == {"n": 0}


@dataclasses.dataclass
class CrashingReader:
    """Wraps the real reader: the first run dies (transiently) after two pages."""

    inner: PageReader
    crash_after: int = 2
    calls: list[tuple[int, ...]] = dataclasses.field(default_factory=list)

    @property
    def engine_key(self) -> str:
        return self.inner.engine_key

    def read_pages(
        self, path: Path, report: ScanReport, skip_pages: Sequence[int] = ()
    ) -> Iterator[PageText]:
        self.calls.append(tuple(skip_pages))
        for count, page in enumerate(self.inner.read_pages(path, report, skip_pages), start=1):
            yield page
            if len(self.calls) == 1 and count == self.crash_after:
                raise TransientError("simulated worker crash mid-document", code="simulated_crash")


def test_ocr_retry_reuses_finished_pages(fresh_db_url: str, tmp_path: Path) -> None:
    """A crash after page 2 of 3: the retry reads only page 3; each page is stored once."""
    set_config(fresh_db_url, **FAST_LEDGER)
    reader = CrashingReader(make_page_reader("rapidocr"))
    base = port_factories(Settings(storage_url=(tmp_path / "storage").as_uri()))
    factories = dataclasses.replace(base, page_reader=lambda: reader)
    with stub_pipeline(fresh_db_url, tmp_path, factories=factories) as pipe:
        req = pipe.upload_request("discharge_summary.pdf")
        result = submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req)
        row = _terminal(fresh_db_url, result.shell_file_id)
    assert row["status"] == "completed", row["processing_error"]
    assert reader.calls == [(), (1, 2)]
    with dict_connect(fresh_db_url) as conn:
        pages = conn.execute(
            "SELECT page_number, count(*) AS n FROM ocr_page_artifacts WHERE shell_file_id = %s GROUP BY 1 ORDER BY 1",
            (result.shell_file_id,),
        ).fetchall()
        job = conn.execute(
            "SELECT attempt, retry_count, error_details FROM job_queue WHERE shell_file_id = %s AND job_type = 'fast_queue_ocr'",
            (result.shell_file_id,),
        ).fetchone()
    assert pages == [
        {"page_number": 1, "n": 1},
        {"page_number": 2, "n": 1},
        {"page_number": 3, "n": 1},
    ]
    assert job is not None and (job["attempt"], job["retry_count"]) == (2, 1)
    assert job["error_details"]["history"][0]["code"] == "simulated_crash"


def test_retried_pass_reuses_stored_extractor_output(fresh_db_url: str, tmp_path: Path) -> None:
    """Redelivering a completed pass is skipped; the paid output exists once per input."""
    with stub_pipeline(fresh_db_url, tmp_path) as pipe:
        req = pipe.upload_request("lab_report.pdf")
        result = submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req)
        _terminal(fresh_db_url, result.shell_file_id)
        with dict_connect(fresh_db_url) as conn:
            pass2 = conn.execute(
                "SELECT id FROM job_queue WHERE shell_file_id = %s AND job_type = 'ai_queue_pass2'",
                (result.shell_file_id,),
            ).fetchone()
            assert pass2 is not None
            # an operator redrives a completed pass by mistake: nothing runs twice
            conn.execute(
                "UPDATE job_queue SET status = 'pending', scheduled_at = now() WHERE id = %s",
                (pass2["id"],),
            )
        pipe.runtime.dispatcher.dispatch_by_id(pass2["id"])
        wait_for(
            lambda: (j := _job_status(fresh_db_url, pass2["id"])) == "completed" and j, timeout=60
        )
    with dict_connect(fresh_db_url) as conn:
        outputs = conn.execute(
            "SELECT pass_name, count(*) AS n FROM ai_pass_results WHERE shell_file_id = %s GROUP BY 1 ORDER BY 1",
            (result.shell_file_id,),
        ).fetchall()
        events = conn.execute(
            "SELECT count(*) AS n FROM patient_clinical_events WHERE shell_file_id = %s",
            (result.shell_file_id,),
        ).fetchone()
    assert [o["n"] for o in outputs] == [1, 1, 1]
    assert events is not None and events["n"] == 9


def _job_status(db_url: str, job_id: Any) -> str:
    with dict_connect(db_url) as conn:
        row = conn.execute("SELECT status FROM job_queue WHERE id = %s", (job_id,)).fetchone()
    assert row is not None
    return str(row["status"])
