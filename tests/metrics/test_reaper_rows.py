"""The reaper's rows name the job type, so a rescue is counted under its stage."""

from __future__ import annotations

import pytest
from prometheus_client import generate_latest
from psycopg.types.json import Jsonb

from pipeline.metrics import events
from pipeline.metrics.sink import WorkerSink
from pipeline.sqlfiles import query
from tests.metrics.scrape import parse, value
from tests.support import factories as f
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db]


def test_an_expired_lease_is_counted_as_a_rescue_of_its_stage(fresh_db_url: str) -> None:
    with dict_connect(fresh_db_url) as conn:
        owner, patient = f.make_patient(conn)
        shell = f.make_shell_file(conn, patient, owner)
        payload = {"shell_file_id": str(shell), "patient_id": str(patient)}
        row = conn.execute(
            "SELECT job_id FROM enqueue_job_v3('ai_queue_pass2', 'm', %s)", (Jsonb(payload),)
        ).fetchone()
        assert row is not None
        conn.execute(
            "UPDATE job_queue SET status = 'processing', worker_id = 'gone', attempt = 1, "
            "lease_token = gen_random_uuid(), lease_expires_at = now() - interval '1 minute' "
            "WHERE id = %s",
            (row["job_id"],),
        )
        conn.execute("SET ROLE service_role")
        reaped = conn.execute(query("job_reclaim_expired"), {"limit": 10}).fetchall()
    assert [(r["job_id"], r["outcome"], r["job_type"]) for r in reaped] == [
        (row["job_id"], "reclaimed", "ai_queue_pass2")
    ]
    sink = WorkerSink()
    events.install(sink)
    try:
        events.jobs_reaped(reaped)
    finally:
        events.install(None)
    got = parse(generate_latest(sink.registry).decode())
    assert (
        value(got, "docpipe_jobs_rescued_total", stage="pass2_clinical", outcome="reclaimed") == 1
    )
