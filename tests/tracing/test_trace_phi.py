"""No PHI leaves a process through spans or log lines, with the real stages.

A generated letter whose text holds a recognisable name and date of birth goes
through the hook and every real stage (``dramatiq pipeline``) with tracing on;
neither string appears in any exported span, any log line or any job row.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from reportlab.pdfgen import canvas

from pipeline import flow
from tests.support import factories as f
from tests.support.http import make_token
from tests.support.otlp_receiver import otlp_receiver
from tests.support.pg import dict_connect
from tests.support.runtime import set_config, shell_file, wait_for
from tests.support.workers import FAST_LEDGER
from tests.tracing.support import hook_server, otel_env, trace_workers

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

NAME = "Marguerite Quillfeather"
DOB = "14/03/1957"
SECRETS = ("Quillfeather", "Marguerite", DOB, "1957-03-14")

LETTER = [
    "St Elsewhere Hospital - Discharge Summary",
    f"Patient: {NAME}    DOB: {DOB}    NHS No: 943 476 5919",
    "Diagnosis: Community acquired pneumonia",
    "Allergies: Penicillin (rash)",
    "Medications on discharge:",
    "Amoxicillin 500 mg three times daily for 5 days - stopped",
    "Atorvastatin 20 mg once daily",
    "Haemoglobin 128 g/L (115-165)",
    "CRP 45 mg/L (<5)",
]


def _letter(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    y = 740
    for line in LETTER:
        pdf.drawString(60, y, line)
        y -= 20
    pdf.showPage()
    pdf.save()
    return path


def test_a_name_and_date_of_birth_reach_no_span_log_or_job_row(
    fresh_db_url: str, tmp_path: Path
) -> None:
    db = fresh_db_url
    set_config(db, **FAST_LEDGER)
    storage = tmp_path / "storage"
    with dict_connect(db) as conn:
        owner, patient = f.make_patient(conn)
    # The file name names the patient too: a common real-world habit.
    path = f"{patient}/Quillfeather_Marguerite_discharge.pdf"
    target = storage / path
    target.parent.mkdir(parents=True)
    _letter(target)
    cid = f"phitest-{uuid.uuid4().hex[:12]}"
    with otlp_receiver() as receiver:
        env = otel_env(receiver.url)
        with (
            trace_workers(db, storage, tmp_path / "w.log", env, module="pipeline") as workers,
            hook_server(db, storage, tmp_path / "hook.log", env) as url,
        ):
            response = httpx.post(
                f"{url}/v1/shell-files",
                json={
                    "patient_id": str(patient),
                    "storage_path": path,
                    "original_filename": "Quillfeather_Marguerite_discharge.pdf",
                    "mime_type": "application/pdf",
                    "file_size_bytes": target.stat().st_size,
                },
                headers={
                    "authorization": f"Bearer {make_token(owner)}",
                    "x-correlation-id": cid,
                },
                timeout=30,
            )
            assert response.status_code == 201, response.text
            sf_id = response.json()["shell_file_id"]
            row = wait_for(
                lambda: (r := shell_file(db, sf_id))["status"] in ("completed", "failed") and r,
                timeout=90,
            )
        spans = wait_for(
            lambda: (
                (t := receiver.trace_of(cid))
                and any(s.name == f"{flow.STAGES[-1].name} process" for s in t)
                and t
            ),
            timeout=30,
        )
    assert row["status"] == "completed", row["processing_error"]
    with dict_connect(db) as conn:
        # The text was read: the letter's medications are in the clinical rows.
        meds = conn.execute(
            "SELECT count(*) AS n FROM patient_medications WHERE patient_id = %s", (patient,)
        ).fetchone()
        jobs = conn.execute(
            "SELECT q::text AS t FROM job_queue q WHERE q.shell_file_id = %s",
            (sf_id,),
        ).fetchall()
    assert meds is not None and meds["n"] >= 1
    exported = repr([(s.name, s.attributes, s.events, s.status_message) for s in spans])
    logs = workers.log() + (tmp_path / "hook.log").read_text()
    job_text = repr([dict(j) for j in jobs])
    for secret in SECRETS:
        assert secret not in exported, secret
        assert secret not in logs, secret
        assert secret not in job_text, secret
    assert {s.trace_id for s in spans} == {spans[0].trace_id}
