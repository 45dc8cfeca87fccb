"""``docpipe jobs``, ``docpipe quotas``, ``docpipe trace``, ``docpipe workers``."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.cli import ledger
from tests.cli.conftest import Cli
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db]


@pytest.fixture
def jobs(cli: Cli) -> dict[str, uuid.UUID]:
    """A pending job, a dead letter, a running job, and an old pending job."""
    _, pending = ledger.make_document(cli.db_url)
    _, dead = ledger.make_document(cli.db_url)
    ledger.dead_letter(cli.db_url, dead, "encrypted_pdf", permanent=True)
    _, running = ledger.make_document(cli.db_url)
    ledger.claim(cli.db_url, running)
    _, old = ledger.make_document(cli.db_url)
    ledger.scalar(
        cli.db_url,
        "UPDATE job_queue SET created_at = now() - interval '3 hours' WHERE id = %s RETURNING id",
        old,
    )
    return {"pending": pending, "dead": dead, "running": running, "old": old}


def _ids(res_out: str) -> set[str]:
    return {j["job_id"] for j in json.loads(res_out)}


def test_jobs_filters(cli: Cli, jobs: dict[str, uuid.UUID]) -> None:
    assert _ids(cli("jobs", "--json").out) == {str(v) for v in jobs.values()}
    assert _ids(cli("jobs", "--status", "failed", "--json").out) == {str(jobs["dead"])}
    assert _ids(cli("jobs", "--status", "running", "--json").out) == {str(jobs["running"])}
    assert _ids(cli("jobs", "--older-than", "2h", "--json").out) == {str(jobs["old"])}
    assert _ids(cli("jobs", "--error-code", "encrypted_pdf", "--json").out) == {str(jobs["dead"])}
    assert _ids(cli("jobs", "--lane", "ocr", "--json").out) == set()
    assert _ids(cli("jobs", "--lane", "fast_queue_security", "--json").out) == {
        str(v) for v in jobs.values()
    }
    assert len(json.loads(cli("jobs", "--limit", "2", "--json").out)) == 2


def test_jobs_table_uses_stage_names_and_utc(cli: Cli, jobs: dict[str, uuid.UUID]) -> None:
    res = cli("jobs", "--status", "processing")
    assert res.code == 0, res.err
    header, row, total = res.out.splitlines()
    assert header.split() == ["JOB", "STAGE", "STATUS", "ATTEMPT", "DOCUMENT", "CREATED", "NOTE"]
    assert row.split()[1:4] == ["security_scan", "processing", "1/4"]
    assert "+00:00" in row and "running on test-host:1:abcdef" in row
    assert total == "1 job(s)"
    assert "\x1b[" not in res.out  # not a terminal: no colour


def test_quotas_show_limits_waits_and_refusals(cli: Cli) -> None:
    _, job_id = ledger.make_document(cli.db_url)
    job = ledger.claim(cli.db_url, job_id)
    ledger.reschedule(cli.db_url, job, 90, "rate_limited:openai/gpt-4o-mini")
    ledger.scalar(
        cli.db_url,
        "UPDATE api_rate_limits SET rate_limit_violations = 7, last_rate_limit_hit = now(), "
        "status = 'maintenance' WHERE provider_name = 'openai' AND api_endpoint = 'gpt-4o-mini' "
        "RETURNING 1",
    )

    view = json.loads(cli("quotas", "--json").out)
    vendor = next(v for v in view["vendors"] if v["vendor"] == "openai/gpt-4o-mini")
    assert vendor["status"] == "maintenance"
    assert vendor["limits"]["requests_per_minute"] == 500
    assert vendor["waiting_jobs"] == 1 and vendor["waiting_until"].endswith("+00:00")
    assert vendor["refusals"] == 7
    assert vendor["use"] is None  # the quota store is in-process (memory://): not readable

    table = cli("quotas").out
    line = next(line for line in table.splitlines() if line.startswith("openai/gpt-4o-mini"))
    assert "maintenance" in line and "500 req/min" in line and "1 until" in line
    assert "use: not shown; the quota store is memory://" in table


def test_quotas_read_use_from_a_postgres_store_in_this_database(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With RATELIMIT_URL on this database: slots held and pacing booked ahead are shown."""
    monkeypatch.setenv("RATELIMIT_URL", cli.db_url.replace("postgresql://", "postgresql+limits://"))
    with dict_connect(cli.db_url) as conn:
        conn.execute("SELECT ratelimit_slot_acquire('openai/gpt-4o-mini', 'h1', 50, 60)")
        conn.execute("SELECT ratelimit_slot_acquire('openai/gpt-4o-mini', 'h2', 50, 60)")
        conn.execute(
            "SELECT * FROM ratelimit_gcra_reserve(ARRAY['docpipe-quota/pace/openai/gpt-4o-mini/"
            "requests_per_minute/60'], ARRAY[30.0], 60)"
        )
    view = json.loads(cli("quotas", "--json").out)
    vendor = next(v for v in view["vendors"] if v["vendor"] == "openai/gpt-4o-mini")
    assert vendor["use"]["in_flight"] == 2
    assert 25 < vendor["use"]["booked_ahead_seconds"] <= 30
    line = next(ln for ln in cli("quotas").out.splitlines() if ln.startswith("openai/gpt-4o-mini"))
    assert "2/50 conc" in line and "booked" in line


def test_trace_shows_attempts_waits_and_events(cli: Cli) -> None:
    doc, job_id = ledger.make_document(cli.db_url)
    job = ledger.claim(cli.db_url, job_id)
    ledger.reschedule(cli.db_url, job, 0, "rate_limited:openai/gpt-4o-mini")
    ledger.set_retry_base(cli.db_url, 0)
    job = ledger.claim(cli.db_url, job_id)
    assert ledger.fail(cli.db_url, job, "vendor_unavailable", retryable=True) == "retry_scheduled"
    job = ledger.claim(cli.db_url, job_id)
    ledger.complete(cli.db_url, job)

    view = json.loads(cli("trace", str(doc), "--json").out)
    (stage,) = view["stages"]
    assert stage["stage"] == "security_scan"
    assert stage["attempts"] == 2 and stage["outcome"] == "completed"
    assert [e["event"] for e in stage["events"]] == ["rescheduled", "retry_scheduled"]
    assert stage["events"][0]["reason"] == "rate_limited:openai/gpt-4o-mini"
    assert stage["events"][1]["code"] == "vendor_unavailable"
    assert stage["started_at"].endswith("+00:00") and stage["duration_seconds"] >= 0
    assert stage["waits"]["queue_seconds"] is not None

    text = cli("trace", str(doc)).out
    assert "security_scan" in text and "completed" in text
    assert "retry_scheduled" in text and "vendor_unavailable" in text


def test_workers_json_is_a_list(cli: Cli) -> None:
    res = cli("workers", "--json")
    assert res.code == 0 and json.loads(res.out) == []
