"""``docpipe cancel``: a queued document never runs; a running stage stops at its next
lease check and commits nothing; the change is audited and ``status`` says cancelled."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli import ledger
from tests.cli.conftest import Cli
from tests.support import factories as f
from tests.support.pg import dict_connect
from tests.support.runtime import SAMPLES, set_config, wait_for
from tests.support.workers import FAST_LEDGER, WorkerGroup, dramatiq_group, worker_env

ROOT = Path(__file__).resolve().parents[2]


def test_cancel_a_queued_document(cli: Cli) -> None:
    doc, job = ledger.make_document(cli.db_url)

    res = cli("cancel", str(doc))

    assert res.code == 0, res.err
    assert "security_scan" in res.out and "was queued: it will not run" in res.out
    row = ledger.job_row(cli.db_url, job)
    assert row["status"] == "cancelled" and row["cancelled_at"] is not None
    assert row["lease_token"] is None
    document = ledger.doc_row(cli.db_url, doc)
    assert document["status"] == "cancelled"
    assert document["security_scan_status"] == "cancelled"
    # a late or duplicate message for it is skipped at claim
    outcome = ledger.scalar(cli.db_url, "SELECT claim_job_v3(%s, 'w', 30) ->> 'outcome'", job)
    assert outcome == "done"
    audits = ledger.scalar(
        cli.db_url,
        "SELECT array_agg(table_name ORDER BY table_name) FROM audit_log "
        "WHERE actor LIKE 'cli:%%' AND reason = 'operator cancel'",
    )
    assert audits == ["job_queue", "shell_files"]
    assert (
        ledger.scalar(
            cli.db_url,
            "SELECT count(*) FROM job_events WHERE job_id = %s AND event = 'cancelled'",
            job,
        )
        == 1
    )
    status = cli("status", str(doc))
    assert "status cancelled" in status.out
    assert "cancelled by an operator; to process it, upload it again" in status.out

    again = cli("cancel", str(doc))
    assert again.code == 0 and "already cancelled" in again.out


def test_cancel_of_a_finished_document_is_refused(cli: Cli) -> None:
    doc, job_id = ledger.make_document(cli.db_url)
    ledger.dead_letter(cli.db_url, job_id, "encrypted_pdf", permanent=True)
    res = cli("cancel", str(doc))
    assert res.code == 2
    assert (
        res.err == "error [not_cancellable]: the document is failed; there is nothing to cancel\n"
    )


@contextmanager
def slow_workers(
    db_url: str, storage: Path, log_path: Path, slow_stage: str
) -> Iterator[WorkerGroup]:
    env = worker_env(db_url, db_url, storage)
    env["SLOW_STAGE"] = slow_stage
    env["SLOW_STAGE_SECONDS"] = "60"
    with dramatiq_group("tests.runtime.slow_stage_worker", env, log_path) as group:
        yield group


@pytest.mark.integration
@pytest.mark.slow
def test_cancel_stops_a_running_stage_at_its_next_lease_check(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real worker runs the OCR stage; cancel takes its lease; the heartbeat's next beat
    (every 1 s here) interrupts it; nothing is committed and no later stage is queued."""
    set_config(cli.db_url, **FAST_LEDGER)
    monkeypatch.setenv("BROKER_URL", cli.db_url)  # the real Postgres broker, as workers use
    with dict_connect(cli.db_url) as conn:
        _, patient = f.make_patient(conn)

    with slow_workers(cli.db_url, cli.storage, tmp_path / "worker.log", "ocr") as group:
        submitted = cli("submit", str(SAMPLES / "lab_report.pdf"), "--patient", str(patient))
        assert submitted.code == 0, submitted.err
        doc = uuid.UUID(submitted.out.strip())
        ocr = wait_for(
            lambda: ledger.first(
                cli.db_url,
                "SELECT id FROM job_queue WHERE shell_file_id = %s AND job_lane = 'ocr' "
                "AND status = 'processing'",
                doc,
            ),
            timeout=60,
        )
        wait_for(lambda: "slow stage ocr working" in group.log(), timeout=30)

        res = cli("cancel", str(doc))
        cancelled_at = time.monotonic()

        assert res.code == 0, res.err
        assert "ocr" in res.out and "was running on" in res.out
        wait_for(lambda: f"lease lost for job {ocr}" in group.log(), timeout=10)
        stopped_after = time.monotonic() - cancelled_at
        print(f"cancel -> stage stopped after {stopped_after:.2f}s")
        time.sleep(5)  # past a lease (4 s): nothing comes back to life

    log = group.log()
    assert "lease lost: job" in log  # the stage runner saw LeaseLost and committed nothing
    assert "stage ocr persisted" not in log
    assert ledger.job_row(cli.db_url, ocr)["status"] == "cancelled"
    assert (
        ledger.scalar(
            cli.db_url,
            "SELECT count(*) FROM job_queue WHERE shell_file_id = %s AND job_lane <> 'security_scan' "
            "AND job_lane <> 'ocr'",
            doc,
        )
        == 0
    )
    document = ledger.doc_row(cli.db_url, doc)
    assert document["status"] == "cancelled"
    assert document["security_scan_status"] == "completed"
    assert document["ocr_status"] == "cancelled"
    assert document["pass1_status"] == "cancelled"
    assert "status cancelled" in cli("status", str(doc)).out
    assert stopped_after < 4, stopped_after  # one heartbeat interval (1 s), plus slack
