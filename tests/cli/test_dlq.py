"""``docpipe dlq``: a redrive names what it moves, --dry-run moves nothing, permanent
errors need --force, purge deletes old dead letters; every change is audited."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from tests.cli import ledger
from tests.cli.conftest import Cli

pytestmark = [pytest.mark.db]


def _snapshot(db_url: str) -> list[Any]:
    """Every job row and the audit trail: what a no-op must leave exactly as it was."""
    jobs = ledger.scalar(
        db_url, "SELECT coalesce(jsonb_agg(to_jsonb(q) ORDER BY q.id), '[]') FROM job_queue q"
    )
    audits = ledger.scalar(db_url, "SELECT count(*) FROM audit_log")
    events = ledger.scalar(db_url, "SELECT count(*) FROM job_events")
    return [jobs, audits, events]


@pytest.fixture
def dead(cli: Cli) -> dict[str, uuid.UUID]:
    """Three dead letters: two transient (scan, ocr-like code) and one permanent."""
    ids = {}
    for name, code, permanent in (
        ("transient_a", "storage_unavailable", False),
        ("transient_b", "vendor_unavailable", False),
        ("permanent", "encrypted_pdf", True),
    ):
        _, job = ledger.make_document(cli.db_url)
        ledger.dead_letter(cli.db_url, job, code, permanent=permanent)
        ids[name] = job
    return ids


def test_redrive_without_a_selection_refuses_and_changes_nothing(
    cli: Cli, dead: dict[str, uuid.UUID]
) -> None:
    before = _snapshot(cli.db_url)
    res = cli("dlq", "redrive")
    assert res.code == 2
    assert res.err.startswith("error [selection_required]: ")
    assert "--all" in res.err
    assert _snapshot(cli.db_url) == before


def test_dry_run_prints_the_table_and_changes_nothing(cli: Cli, dead: dict[str, uuid.UUID]) -> None:
    before = _snapshot(cli.db_url)
    res = cli("dlq", "redrive", "--all", "--dry-run")
    assert res.code == 0, res.err
    assert _snapshot(cli.db_url) == before
    assert res.out.splitlines()[0].split()[:4] == ["JOB", "STAGE", "ERROR", "CLASS"]
    assert str(dead["transient_a"]) in res.out and str(dead["transient_b"]) in res.out
    assert str(dead["permanent"]) not in res.out.split("would redrive")[0]
    assert "would redrive 2 job(s)" in res.out
    assert "left out 1 permanent dead letter(s) (encrypted_pdf)" in res.out


def test_all_redrives_transient_only_and_audits_each(cli: Cli, dead: dict[str, uuid.UUID]) -> None:
    res = cli("dlq", "redrive", "--all")
    assert res.code == 0, res.err
    assert "redrove 2 job(s)" in res.out
    assert ledger.job_row(cli.db_url, dead["transient_a"])["status"] == "pending"
    assert ledger.job_row(cli.db_url, dead["transient_b"])["status"] == "pending"
    assert ledger.job_row(cli.db_url, dead["permanent"])["status"] == "failed"
    audits = ledger.scalar(
        cli.db_url,
        "SELECT count(*) FROM audit_log WHERE table_name = 'job_queue' AND actor LIKE 'cli:%%' "
        "AND reason = 'operator redrive'",
    )
    assert audits == 2
    # sent at once (the stub broker took the messages): the relay has nothing to resend
    assert ledger.job_row(cli.db_url, dead["transient_a"])["dispatched_at"] is not None


def test_permanent_job_needs_force(cli: Cli, dead: dict[str, uuid.UUID]) -> None:
    before = _snapshot(cli.db_url)
    res = cli("dlq", "redrive", str(dead["permanent"]))
    assert res.code == 2
    assert res.err.startswith("error [permanent_needs_force]: ")
    assert _snapshot(cli.db_url) == before

    res = cli("dlq", "redrive", str(dead["permanent"]), "--force")
    assert res.code == 0, res.err
    assert ledger.job_row(cli.db_url, dead["permanent"])["status"] == "pending"


def test_filter_by_error_code_and_stage(cli: Cli, dead: dict[str, uuid.UUID]) -> None:
    res = cli("dlq", "redrive", "--error-code", "vendor_unavailable", "--stage", "security_scan")
    assert res.code == 0, res.err
    assert "redrove 1 job(s)" in res.out
    assert ledger.job_row(cli.db_url, dead["transient_b"])["status"] == "pending"
    assert ledger.job_row(cli.db_url, dead["transient_a"])["status"] == "failed"
    # the old job-type spelling still selects the same stage
    res = cli("dlq", "redrive", "--job-type", "fast_queue_security", "--error-code", "nothing")
    assert res.code == 1 and "redrove 0 job(s)" in res.out


def test_redrive_of_a_job_not_in_the_dead_letter_is_refused(cli: Cli) -> None:
    _, job = ledger.make_document(cli.db_url)
    res = cli("dlq", "redrive", str(job))
    assert res.code == 2
    assert res.err.startswith("error [not_dead_letter]: the job is pending")


def test_list_json(cli: Cli, dead: dict[str, uuid.UUID]) -> None:
    res = cli("dlq", "list", "--json")
    entries = json.loads(res.out)
    assert {e["job_id"] for e in entries} == {str(v) for v in dead.values()}
    by_id = {e["job_id"]: e for e in entries}
    assert by_id[str(dead["permanent"])]["error_class"] == "permanent"
    assert by_id[str(dead["transient_a"])]["error_class"] == "transient"
    assert by_id[str(dead["transient_a"])]["stage"] == "security_scan"
    assert by_id[str(dead["transient_a"])]["dead_letter_at"].endswith("+00:00")


def test_purge_deletes_only_old_dead_letters_and_audits(
    cli: Cli, dead: dict[str, uuid.UUID]
) -> None:
    ledger.scalar(
        cli.db_url,
        "UPDATE job_queue SET dead_letter_at = now() - interval '10 days' WHERE id = %s "
        "RETURNING id",
        dead["transient_a"],
    )
    before = _snapshot(cli.db_url)
    res = cli("dlq", "purge", "--older-than", "7d", "--dry-run")
    assert res.code == 0, res.err
    assert str(dead["transient_a"]) in res.out and "would purge 1 dead letter(s)" in res.out
    assert _snapshot(cli.db_url) == before

    res = cli("dlq", "purge", "--older-than", "7d")
    assert res.code == 0, res.err
    assert "purged 1 dead letter(s)" in res.out
    assert (
        ledger.scalar(
            cli.db_url, "SELECT count(*) FROM job_queue WHERE id = %s", dead["transient_a"]
        )
        == 0
    )
    assert ledger.scalar(cli.db_url, "SELECT count(*) FROM job_queue WHERE status = 'failed'") == 2
    audit = ledger.scalar(
        cli.db_url,
        "SELECT to_jsonb(a) FROM audit_log a WHERE a.record_id = %s AND a.operation = 'DELETE'",
        dead["transient_a"],
    )
    assert audit["actor"].startswith("cli:")
    assert audit["old_values"]["last_error"] == "storage_unavailable"
    assert audit["patient_id"] is not None
