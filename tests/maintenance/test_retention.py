"""Retention: the maintenance leader deletes old finished jobs (with their events), the
artifacts of old finished documents and old rejected broker messages, in small batches;
young, unfinished and dead-lettered work and every clinical row stay."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from adapters.brokers import broker_from_url
from pipeline.db import actor_context, make_pool
from pipeline.ledger.maintenance import Maintainer
from pipeline.ledger.outbox import Dispatcher
from pipeline.ledger.retention import RetentionPolicy, delete_batch
from pipeline.settings import Settings
from tests.support import factories as f
from tests.support.pg import dict_connect

pytestmark = pytest.mark.db

Conn = psycopg.Connection[dict[str, Any]]


def _doc(conn: Conn, patient: uuid.UUID, owner: uuid.UUID, status: str, age_days: int) -> uuid.UUID:
    shell = f.make_shell_file(conn, patient, owner, storage_path=f"{patient}/{uuid.uuid4()}.pdf")
    conn.execute(
        "UPDATE shell_files SET status = %s, "
        "processing_completed_at = CASE WHEN %s IN ('completed', 'failed') "
        "  THEN now() - make_interval(days => %s) END WHERE id = %s",
        (status, status, age_days, shell),
    )
    f.add_worker_outputs(conn, patient, shell, "synthetic page text")
    conn.execute(
        "UPDATE ocr_page_artifacts SET created_at = now() - make_interval(days => %s) "
        "WHERE shell_file_id = %s",
        (age_days, shell),
    )
    conn.execute(
        "UPDATE ai_pass_results SET created_at = now() - make_interval(days => %s) "
        "WHERE shell_file_id = %s",
        (age_days, shell),
    )
    return shell


def _job(
    conn: Conn,
    patient: uuid.UUID,
    shell: uuid.UUID,
    job_type: str,
    status: str,
    age_days: int,
    *,
    dead: bool = False,
) -> uuid.UUID:
    row = conn.execute(
        "INSERT INTO job_queue (job_type, job_lane, job_name, job_payload, correlation_id, "
        "patient_id, shell_file_id, status, scheduled_at, completed_at, dead_letter_at) "
        "VALUES (%(type)s, (SELECT stage FROM pipeline_stages WHERE job_type = %(type)s), 'job', '{\"k\": 1}', 'corr', %(patient)s, %(shell)s, "
        "%(status)s, now() + interval '1 day', "
        "CASE WHEN %(status)s IN ('completed', 'failed', 'cancelled') "
        "  THEN now() - make_interval(days => %(age)s) END, "
        "CASE WHEN %(dead)s THEN now() - make_interval(days => %(age)s) END) RETURNING id",
        {
            "type": job_type,
            "patient": patient,
            "shell": shell,
            "status": status,
            "age": age_days,
            "dead": dead,
        },
    ).fetchone()
    assert row is not None
    for event in ("enqueued", "claimed", "completed"):
        conn.execute(
            "INSERT INTO job_events (job_id, event, attempt, created_at) "
            "VALUES (%s, %s, 1, now() - make_interval(days => %s))",
            (row["id"], event, age_days),
        )
    return uuid.UUID(str(row["id"]))


@pytest.fixture
def world(fresh_db_url: str) -> Iterator[dict[str, Any]]:
    with dict_connect(fresh_db_url, autocommit=False) as conn:
        owner, patient = f.make_patient(conn)
        old_done = _doc(conn, patient, owner, "completed", 40)
        young_done = _doc(conn, patient, owner, "completed", 5)
        old_dead = _doc(conn, patient, owner, "failed", 40)
        old_live = _doc(conn, patient, owner, "processing", 40)
        jobs = {
            "old_done_scan": _job(conn, patient, old_done, "fast_queue_security", "completed", 40),
            "old_done_ocr": _job(conn, patient, old_done, "fast_queue_ocr", "completed", 40),
            "old_cancelled": _job(conn, patient, old_done, "ai_queue_pass1", "cancelled", 35),
            "young_done": _job(conn, patient, young_done, "fast_queue_ocr", "completed", 5),
            "old_dead_sibling": _job(conn, patient, old_dead, "fast_queue_ocr", "completed", 40),
            "old_dead": _job(conn, patient, old_dead, "ai_queue_pass1", "failed", 40, dead=True),
            "old_live_sibling": _job(conn, patient, old_live, "fast_queue_ocr", "completed", 40),
            "old_live": _job(conn, patient, old_live, "ai_queue_pass1", "pending", 40),
        }
        with actor_context(conn, actor="worker:test"):
            f.add_medication(conn, patient, old_done, "Synthetic drug")
        for state, age in (("rejected", 10), ("rejected", 9), ("rejected", 2), ("queued", 30)):
            conn.execute(
                "INSERT INTO dramatiq.queue (message_id, queue_name, state, mtime, message) "
                "VALUES (%s, 'ocr', %s, now() - make_interval(days => %s), '{}')",
                (uuid.uuid4(), state, age),
            )
        conn.commit()
    yield {
        "url": fresh_db_url,
        "jobs": jobs,
        "old_done": old_done,
        "young_done": young_done,
        "old_dead": old_dead,
        "old_live": old_live,
        "patient": patient,
    }


def _clinical_snapshot(conn: Conn, patient: uuid.UUID) -> tuple[int, ...]:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM shell_files WHERE patient_id = %(p)s) AS files, "
        "(SELECT count(*) FROM patient_clinical_events WHERE patient_id = %(p)s) AS events, "
        "(SELECT count(*) FROM patient_medications WHERE patient_id = %(p)s) AS meds, "
        "(SELECT count(*) FROM audit_log WHERE patient_id = %(p)s) AS audit",
        {"p": patient},
    ).fetchone()
    assert row is not None
    return tuple(row.values())


def test_maintenance_deletes_old_finished_work_in_batches_and_keeps_the_rest(
    world: dict[str, Any],
) -> None:
    url = world["url"]
    policy = RetentionPolicy(
        jobs_days=30, artifacts_days=30, broker_days=7, batch=1, interval_seconds=3600
    )
    broker = broker_from_url(url)
    with dict_connect(url) as conn, make_pool(url, max_size=2, name="test") as pool:
        before = _clinical_snapshot(conn, world["patient"])
        maintainer = Maintainer(url, Dispatcher(broker, pool), retention=policy)
        try:
            totals: dict[str, int] = {}
            rounds = 0
            while True:
                done = maintainer.tick()
                rounds += 1
                assert all(done.get(k, 0) <= 1 for k in policy.result_keys()), done
                for key in policy.result_keys():
                    totals[key] = totals.get(key, 0) + done.get(key, 0)
                if not any(done.get(k, 0) for k in policy.result_keys()):
                    break
                assert rounds < 20
            # a full batch keeps retention due on the next tick; an empty one waits
            assert maintainer.tick().get("deleted_jobs") is None
        finally:
            maintainer.stop()
            broker.close()

        assert totals == {
            "deleted_jobs": 3,  # old_done_scan, old_done_ocr, old_cancelled
            "deleted_ocr_pages": 1,
            "deleted_ai_results": 1,
            "deleted_broker_rows": 2,
        }
        left = {r["id"] for r in conn.execute("SELECT id FROM job_queue").fetchall()}
        jobs = world["jobs"]
        gone = {jobs["old_done_scan"], jobs["old_done_ocr"], jobs["old_cancelled"]}
        assert left == set(jobs.values()) - gone
        orphans = conn.execute(
            "SELECT count(*) AS n FROM job_events WHERE job_id = ANY(%s)", (list(gone),)
        ).fetchone()
        assert orphans is not None and orphans["n"] == 0
        kept_events = conn.execute("SELECT count(*) AS n FROM job_events").fetchone()
        assert kept_events is not None and kept_events["n"] == 3 * len(left)

        with_artifacts = {
            r["shell_file_id"]
            for r in conn.execute(
                "SELECT shell_file_id FROM ocr_page_artifacts UNION "
                "SELECT shell_file_id FROM ai_pass_results"
            ).fetchall()
        }
        assert with_artifacts == {world["young_done"], world["old_dead"], world["old_live"]}

        broker_rows = sorted(
            (r["state"], r["age"])
            for r in conn.execute(
                "SELECT state::text AS state, extract(day FROM now() - mtime)::int AS age "
                "FROM dramatiq.queue"
            ).fetchall()
        )
        assert broker_rows == [("queued", 30), ("rejected", 2)]
        assert _clinical_snapshot(conn, world["patient"]) == before


def test_zero_days_keeps_a_category_forever(world: dict[str, Any]) -> None:
    policy = RetentionPolicy(jobs_days=0, artifacts_days=30, broker_days=0, batch=100)
    assert [key for key, _, _ in policy.steps()] == ["deleted_ocr_pages", "deleted_ai_results"]
    with dict_connect(world["url"]) as conn:
        conn.execute("SET ROLE service_role")  # what the maintenance connection runs as
        done = delete_batch(conn, policy)
        jobs = conn.execute("SELECT count(*) AS n FROM job_queue").fetchone()
    assert done == {"deleted_ocr_pages": 1, "deleted_ai_results": 1}
    assert jobs is not None and jobs["n"] == len(world["jobs"])


def test_retention_settings_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {"RETENTION_JOBS_DAYS": "90", "RETENTION_ARTIFACTS_DAYS": "0", "RETENTION_BATCH": "50"}
    )
    policy = RetentionPolicy.from_settings(settings)
    assert (policy.jobs_days, policy.artifacts_days, policy.broker_days, policy.batch) == (
        90,
        0,
        7,
        50,
    )
    with pytest.raises(Exception, match="RETENTION_BROKER_DAYS"):
        Settings.from_env({"RETENTION_BROKER_DAYS": "-1"})
