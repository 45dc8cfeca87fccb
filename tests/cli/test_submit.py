"""``docpipe submit FILE --patient ID``: storage put and intake record, exactly once."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest

from tests.cli import ledger
from tests.cli.conftest import Cli
from tests.support import factories as f
from tests.support.pg import dict_connect
from tests.support.runtime import SAMPLES

pytestmark = [pytest.mark.db]


@pytest.fixture
def patient(cli: Cli) -> uuid.UUID:
    with dict_connect(cli.db_url) as conn:
        _, patient_id = f.make_patient(conn)
    return patient_id


def test_submit_records_once_and_prints_the_id(cli: Cli, patient: uuid.UUID) -> None:
    sample = SAMPLES / "lab_report.pdf"
    first = cli("submit", str(sample), "--patient", str(patient))
    assert first.code == 0, first.err
    doc = uuid.UUID(first.out.strip())  # the id alone on stdout
    assert first.err.startswith("submitted;")

    again = cli("submit", str(sample), "--patient", str(patient))
    assert again.code == 0, again.err
    assert again.out.strip() == str(doc)
    assert "already submitted" in again.err

    assert (
        ledger.scalar(cli.db_url, "SELECT count(*) FROM shell_files WHERE patient_id = %s", patient)
        == 1
    )
    assert (
        ledger.scalar(cli.db_url, "SELECT count(*) FROM job_queue WHERE shell_file_id = %s", doc)
        == 1
    )
    row = ledger.doc_row(cli.db_url, doc)
    stored = cli.storage / row["storage_path"]
    assert stored.read_bytes() == sample.read_bytes()
    assert row["storage_path"].startswith(f"{patient}/cli-")
    assert "lab_report" not in row["storage_path"]  # no file name in the object's path
    assert row["file_size_bytes"] == sample.stat().st_size
    digest = hashlib.sha256(sample.read_bytes()).hexdigest()
    assert row["idempotency_key"] == f"cli:{patient}:{digest}"
    job = ledger.first(
        cli.db_url, "SELECT to_jsonb(q) FROM job_queue q WHERE shell_file_id = %s", doc
    )
    assert job["job_lane"] == "security_scan" and job["dispatched_at"] is not None


def test_submit_json(cli: Cli, patient: uuid.UUID) -> None:
    res = cli("submit", str(SAMPLES / "encrypted.pdf"), "--patient", str(patient), "--json")
    body = json.loads(res.out)
    assert body["created"] is True and body["status"] == "uploaded"
    uuid.UUID(body["shell_file_id"])


def test_submit_refuses_an_unknown_patient_and_an_empty_file(cli: Cli, tmp_path: Path) -> None:
    res = cli("submit", str(SAMPLES / "lab_report.pdf"), "--patient", str(uuid.uuid4()))
    assert res.code == 2 and res.err.startswith("error [unknown_patient]: ")
    empty = tmp_path / "Jane Example.pdf"
    empty.write_bytes(b"")
    res = cli("submit", str(empty), "--patient", str(uuid.uuid4()))
    assert res.code == 2 and res.err == "error [empty_file]: the file is empty\n"
    assert ledger.scalar(cli.db_url, "SELECT count(*) FROM shell_files") == 0
