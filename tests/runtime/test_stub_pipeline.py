"""The whole pipeline in-process on a StubBroker and a real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.intake import submit_upload
from tests.support.pg import dict_connect
from tests.support.runtime import shell_file, stub_pipeline, wait_for

pytestmark = [pytest.mark.db, pytest.mark.integration]


def test_born_digital_pdf_goes_through_every_stage(fresh_db_url: str, tmp_path: Path) -> None:
    """lab_report.pdf → scan → text layer → passes → finalize → completed with lab rows."""
    with stub_pipeline(fresh_db_url, tmp_path) as pipe:
        req = pipe.upload_request("lab_report.pdf")
        result = submit_upload(pipe.runtime.pool, pipe.runtime.dispatcher, req)
        assert result.created
        row = wait_for(
            lambda: (
                (r := shell_file(fresh_db_url, result.shell_file_id))["status"]
                in ("completed", "failed")
                and r
            ),
            timeout=120,
        )
    assert row["status"] == "completed", row["processing_error"]
    assert row["page_count"] == 1 and row["detected_mime_type"] == "application/pdf"
    with dict_connect(fresh_db_url) as conn:
        labs = conn.execute(
            "SELECT count(*) AS n FROM patient_observations WHERE shell_file_id = %s",
            (result.shell_file_id,),
        ).fetchone()
        jobs = conn.execute(
            "SELECT job_type, status, attempt FROM job_queue WHERE shell_file_id = %s ORDER BY created_at",
            (result.shell_file_id,),
        ).fetchall()
        audits = conn.execute(
            "SELECT count(*) AS n FROM audit_log WHERE patient_id = %s AND compliance_category = 'clinical_data'",
            (req.patient_id,),
        ).fetchone()
    assert labs is not None and labs["n"] >= 8
    assert [j["job_type"] for j in jobs] == [
        "fast_queue_security",
        "fast_queue_ocr",
        "ai_queue_pass1",
        "ai_queue_pass2",
        "ai_queue_pass3",
        "finalize_shell_file",
    ]
    assert all(j["status"] == "completed" and j["attempt"] == 1 for j in jobs)
    assert audits is not None and audits["n"] >= 2 * labs["n"]
