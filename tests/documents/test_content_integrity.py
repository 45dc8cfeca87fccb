"""What a stage reads is what the security scan inspected (docpipe issue 8.2).

The stored object can be replaced at the same path at any time. The real stages run
in-process on a real database; the real scanner is wrapped so the test can swap the
stored object at the moment an attacker would.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import pytest

from adapters.documents.scanner import FileScanner
from pipeline.bootstrap import port_factories
from pipeline.intake import submit_upload
from pipeline.ports import ScanReport
from pipeline.settings import Settings
from tests.support.pg import dict_connect
from tests.support.runtime import SAMPLES, shell_file, stub_pipeline, wait_for

pytestmark = [pytest.mark.db, pytest.mark.integration]

BENIGN = "lab_report.pdf"  # one page
REPLACEMENT = "discharge_summary.pdf"  # three other pages


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclasses.dataclass
class SwappingScanner:
    """The real scanner; the stored object is replaced before it inspects its file
    (``during``) or once it has finished (``after``)."""

    when: str
    replacement: bytes
    stored_object: Path | None = None
    inspected: list[str] = dataclasses.field(default_factory=list)

    def _swap(self) -> None:
        assert self.stored_object is not None
        self.stored_object.write_bytes(self.replacement)

    def scan(self, path: Path, claimed_mime: str) -> ScanReport:
        if self.when == "during":
            self._swap()
        self.inspected.append(_sha(path))
        report = FileScanner().scan(path, claimed_mime)
        if self.when == "after":
            self._swap()
        return report


def _run(db_url: str, tmp_path: Path, scanner: SwappingScanner) -> tuple[Any, dict[str, Any]]:
    base = port_factories(Settings(storage_url=(tmp_path / "storage").as_uri()))
    factories = dataclasses.replace(base, scanner=lambda: scanner)
    with stub_pipeline(db_url, tmp_path, factories=factories) as pipe:
        req = pipe.upload_request(BENIGN)
        scanner.stored_object = pipe.storage_root / req.storage_path
        result = submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req)
        row: dict[str, Any] = wait_for(
            lambda: (
                (r := shell_file(db_url, result.shell_file_id))["status"] in ("completed", "failed")
                and r
            ),
            timeout=180,
        )
    return result.shell_file_id, row


def _assert_refused_at_ocr(db_url: str, shell_file_id: Any, row: dict[str, Any]) -> None:
    assert row["status"] == "failed", row["status"]
    error = row["processing_error"]
    assert (error["code"], error["stage"], error["attempt"]) == ("content_changed", "ocr", 1)
    assert BENIGN not in error["message"] and REPLACEMENT not in error["message"]
    assert row["file_checksum_sha256"] == _sha(SAMPLES / BENIGN)
    with dict_connect(db_url) as conn:
        pages = conn.execute(
            "SELECT count(*) AS n FROM ocr_page_artifacts WHERE shell_file_id = %s",
            (shell_file_id,),
        ).fetchone()
        clinical = conn.execute(
            "SELECT count(*) AS n FROM patient_clinical_events WHERE shell_file_id = %s",
            (shell_file_id,),
        ).fetchone()
        job = conn.execute(
            "SELECT id, retry_count, error_details FROM job_queue "
            "WHERE shell_file_id = %s AND job_type = 'fast_queue_ocr'",
            (shell_file_id,),
        ).fetchone()
        assert job is not None
        events = conn.execute(
            "SELECT event, details FROM job_events WHERE job_id = %s ORDER BY id", (job["id"],)
        ).fetchall()
        audits = conn.execute(
            "SELECT operation, reason, compliance_category, patient_id, job_id, actor, new_values "
            "FROM audit_log WHERE table_name = 'shell_files' AND record_id = %s",
            (shell_file_id,),
        ).fetchall()
    assert pages == {"n": 0}  # not one page of the replacement was read or stored
    assert clinical == {"n": 0}
    # a permanent error: dead-lettered at once, no retry
    assert job["retry_count"] == 0
    assert job["error_details"]["dead_letter_reason"] == "permanent_error"
    dead = [e["details"] for e in events if e["event"] == "dead_lettered"]
    assert [(d["code"], d["retryable"]) for d in dead] == [("content_changed", False)]
    [audit] = [a for a in audits if a["reason"] == "content_changed"]
    assert (audit["operation"], audit["compliance_category"]) == ("SELECT", "hipaa")
    assert audit["patient_id"] == row["patient_id"] and audit["job_id"] == job["id"]
    assert str(audit["actor"]).startswith("worker:")
    assert audit["new_values"] == {
        "event": "content_changed",
        "stage": "ocr",
        "expected_sha256": _sha(SAMPLES / BENIGN),
        "found_sha256": _sha(SAMPLES / REPLACEMENT),
    }


def test_object_replaced_after_the_scan_is_refused_by_ocr(
    fresh_db_url: str, tmp_path: Path
) -> None:
    """Benign 1-page PDF scanned, then swapped for another PDF: OCR refuses, dead letter."""
    scanner = SwappingScanner("after", (SAMPLES / REPLACEMENT).read_bytes())
    shell_file_id, row = _run(fresh_db_url, tmp_path, scanner)
    assert scanner.inspected == [_sha(SAMPLES / BENIGN)]
    _assert_refused_at_ocr(fresh_db_url, shell_file_id, row)


def test_scan_inspects_and_hashes_one_private_snapshot(fresh_db_url: str, tmp_path: Path) -> None:
    """The object is swapped while the scan runs: the scan inspected and recorded the
    bytes of its own snapshot, and OCR then refuses the swapped object."""
    scanner = SwappingScanner("during", (SAMPLES / REPLACEMENT).read_bytes())
    shell_file_id, row = _run(fresh_db_url, tmp_path, scanner)
    assert scanner.inspected == [_sha(SAMPLES / BENIGN)]  # not the live, swapped object
    _assert_refused_at_ocr(fresh_db_url, shell_file_id, row)
