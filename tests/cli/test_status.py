"""``docpipe status``: stage names, times with their zone, advice fitted to the error."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli import ledger
from tests.cli.conftest import Cli
from tests.support.runtime import set_config

pytestmark = [pytest.mark.db]

ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


def test_permanent_rejection_says_fix_the_file_not_redrive(cli: Cli) -> None:
    """An encrypted PDF fails again if redriven: the advice is to fix it and upload again."""
    doc, job = ledger.make_document(cli.db_url)
    ledger.dead_letter(cli.db_url, job, "encrypted_pdf", permanent=True)

    res = cli("status", str(doc))

    assert res.code == 0, res.err
    assert "fix the file and upload again" in res.out
    assert "docpipe dlq redrive" not in res.out
    assert "error: encrypted_pdf at security_scan (attempt 1, permanent)" in res.out
    assert "security_scan" in res.out and "fast_queue_security" not in res.out
    assert ISO_UTC.search(res.out)


def test_transient_dead_letter_says_redrive_with_the_command(cli: Cli) -> None:
    """Retries used up on a transient error: the advice is the exact redrive command."""
    doc, job = ledger.make_document(cli.db_url)
    ledger.dead_letter(cli.db_url, job, "storage_unavailable", permanent=False)

    res = cli("status", str(doc))

    assert res.code == 0, res.err
    assert f"redrive it: docpipe dlq redrive {job}" in res.out
    assert "attempt 4, transient" in res.out
    assert "4/4" in res.out  # attempts used of allowed


def test_vendor_refusal_says_fix_the_account_then_force(cli: Cli) -> None:
    """A permanent error that is not about the file: fix the cause, then a forced redrive."""
    doc, job = ledger.make_document(cli.db_url)
    ledger.dead_letter(cli.db_url, job, "vendor_quota_exhausted", permanent=True)

    res = cli("status", str(doc))

    assert f"docpipe dlq redrive {job} --force" in res.out


def test_quota_wait_names_the_vendor_and_the_time(cli: Cli) -> None:
    """A job rescheduled for a vendor's quota says which vendor and until when (UTC)."""
    doc, job_id = ledger.make_document(cli.db_url)
    job = ledger.claim(cli.db_url, job_id)
    ledger.reschedule(cli.db_url, job, 120, "rate_limited:openai/gpt-4o-mini")

    res = cli("status", str(doc))

    line = next(line for line in res.out.splitlines() if line.startswith("security_scan"))
    assert re.search(r"waiting for quota \(openai/gpt-4o-mini\) until " + ISO_UTC.pattern, line)


def test_backoff_after_a_failure_is_not_taken_for_a_quota_wait(cli: Cli) -> None:
    """A retry after an earlier quota wait shows the backoff (the later event wins)."""
    doc, job_id = ledger.make_document(cli.db_url)
    job = ledger.claim(cli.db_url, job_id)
    ledger.reschedule(cli.db_url, job, 0, "rate_limited:openai/gpt-4o-mini")
    ledger.set_retry_base(cli.db_url, 600)
    job = ledger.claim(cli.db_url, job_id)
    assert ledger.fail(cli.db_url, job, "vendor_unavailable", retryable=True) == "retry_scheduled"

    res = cli("status", str(doc))

    assert "in backoff after vendor_unavailable until" in res.out
    assert "waiting for quota" not in res.out


def test_status_json_has_stage_names_and_utc_times(cli: Cli) -> None:
    doc, job = ledger.make_document(cli.db_url)
    ledger.dead_letter(cli.db_url, job, "encrypted_pdf", permanent=True)

    res = cli("status", str(doc), "--json")

    view = json.loads(res.out)
    assert [s["stage"] for s in view["stages"]][:2] == ["security_scan", "ocr"]
    assert view["stages"][0]["error_class"] == "permanent"
    assert view["stages"][1]["status"] == "not started"
    assert view["error"]["class"] == "permanent"
    assert view["uploaded_at"].endswith("+00:00")
    assert "fix the file" in view["advice"]


def test_rescued_document_shows_done_after_its_rescue(cli: Cli) -> None:
    """A job whose worker vanished is reclaimed, runs again and completes: status says done."""
    set_config(cli.db_url, worker__reclaim_jitter_max_seconds=0)
    doc, job_id = ledger.make_document(cli.db_url)
    ledger.claim(cli.db_url, job_id, lease_seconds=0)
    assert ledger.scalar(cli.db_url, "SELECT count(*) FROM reclaim_expired_jobs(10)") == 1
    job = ledger.claim(cli.db_url, job_id)
    ledger.complete(cli.db_url, job)

    status = cli("status", str(doc))
    trace = cli("trace", str(doc))

    assert "done in" in status.out
    assert "2/4" in status.out  # the rescue used an attempt
    assert "reclaimed" in trace.out and "lease_expired" in trace.out
