"""Retention: the maintenance leader deletes old finished jobs (with their events), the
artifacts of old finished documents, old rejected broker messages and old closed storage
deletions (their path holds a file name), in small batches; young, unfinished and
dead-lettered work, open storage deletions and every clinical row stay."""

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
from pipeline.sqlfiles import query
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


def _storage_deletion(
    conn: Conn,
    patient: uuid.UUID,
    name: str,
    *,
    closed_days: int | None,
    outcome: str = "deleted",
    queued_days: int = 40,
) -> str:
    """A pending_storage_deletions row queued ``queued_days`` ago, closed ``closed_days``
    ago (``None``: still open, after a failed attempt). Returns its path."""
    path = f"{patient}/{name}"
    conn.execute(
        "INSERT INTO pending_storage_deletions (storage_path, shell_file_id, patient_id, "
        "queued_at, deleted_at, outcome, attempts, last_error_code) "
        "VALUES (%(path)s, %(shell)s, %(patient)s, now() - make_interval(days => %(queued)s), "
        "now() - make_interval(days => %(closed)s), "
        "CASE WHEN %(closed)s::int IS NOT NULL THEN %(outcome)s END, 1, "
        "CASE WHEN %(closed)s::int IS NULL THEN 'storage_unavailable' END)",
        {
            "path": path,
            "shell": uuid.uuid4(),
            "patient": patient,
            "queued": queued_days,
            "closed": closed_days,
            "outcome": outcome,
        },
    )
    return path


def _storage_paths(conn: Conn) -> set[str]:
    rows = conn.execute("SELECT storage_path FROM pending_storage_deletions").fetchall()
    return {r["storage_path"] for r in rows}


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
        storage = {
            "old_deleted": _storage_deletion(conn, patient, "a.pdf", closed_days=10),
            "old_referenced": _storage_deletion(
                conn, patient, "b.pdf", closed_days=8, outcome="still_referenced"
            ),
            "young_gone": _storage_deletion(
                conn, patient, "c.pdf", closed_days=3, outcome="already_gone"
            ),
            "old_open": _storage_deletion(conn, patient, "d.pdf", closed_days=None),
        }
        conn.commit()
    yield {
        "url": fresh_db_url,
        "jobs": jobs,
        "old_done": old_done,
        "young_done": young_done,
        "old_dead": old_dead,
        "old_live": old_live,
        "patient": patient,
        "storage": storage,
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
            "deleted_storage_deletions": 2,  # old_deleted, old_referenced
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
        storage = world["storage"]
        assert _storage_paths(conn) == {storage["young_gone"], storage["old_open"]}
        assert _clinical_snapshot(conn, world["patient"]) == before


def test_zero_days_keeps_a_category_forever(world: dict[str, Any]) -> None:
    policy = RetentionPolicy(
        jobs_days=0, artifacts_days=30, broker_days=0, storage_deletions_days=0, batch=100
    )
    assert [key for key, _, _ in policy.steps()] == ["deleted_ocr_pages", "deleted_ai_results"]
    with dict_connect(world["url"]) as conn:
        conn.execute("SET ROLE service_role")  # what the maintenance connection runs as
        done = delete_batch(conn, policy)
        jobs = conn.execute("SELECT count(*) AS n FROM job_queue").fetchone()
        storage = _storage_paths(conn)
    assert done == {"deleted_ocr_pages": 1, "deleted_ai_results": 1}
    assert jobs is not None and jobs["n"] == len(world["jobs"])
    assert storage == set(world["storage"].values())


def test_closed_storage_deletions_go_oldest_first_a_batch_at_a_time(db: Conn) -> None:
    """A closed row's path is <patient>/<file name>: it goes after the window, oldest
    first, at most ``batch`` per statement. Open rows stay whatever their age: their
    objects are still to be deleted."""
    patient = uuid.uuid4()
    paths = {
        days: _storage_deletion(db, patient, f"closed {days} days ago.pdf", closed_days=days)
        for days in (30, 20, 10, 6, 0)
    }
    open_paths = {
        _storage_deletion(
            db, patient, "open, queued long ago.pdf", closed_days=None, queued_days=400
        ),
        _storage_deletion(db, patient, "open, new.pdf", closed_days=None, queued_days=0),
    }
    db.execute("UPDATE pending_storage_deletions SET next_attempt_at = now() - interval '90 days'")
    policy = RetentionPolicy(
        jobs_days=0, artifacts_days=0, broker_days=0, storage_deletions_days=7, batch=2
    )
    db.execute("SET LOCAL ROLE service_role")  # what the maintenance connection runs as

    assert delete_batch(db, policy) == {"deleted_storage_deletions": 2}
    assert paths[30] not in _storage_paths(db) and paths[20] not in _storage_paths(db)
    assert paths[10] in _storage_paths(db)  # the oldest go first
    assert delete_batch(db, policy) == {"deleted_storage_deletions": 1}
    assert delete_batch(db, policy) == {"deleted_storage_deletions": 0}
    assert _storage_paths(db) == {paths[6], paths[0]} | open_paths

    # 0 switches the category off: nothing else in the table goes.
    off = RetentionPolicy(jobs_days=0, artifacts_days=0, broker_days=0, storage_deletions_days=0)
    assert off.steps() == [] and delete_batch(db, off) == {}
    assert _storage_paths(db) == {paths[6], paths[0]} | open_paths


def test_the_closed_storage_deletion_purge_reads_an_index(db: Conn) -> None:
    """Oldest closed rows come from pending_storage_deletions_closed_idx (migration 0110),
    not a scan of the whole table (the planner would scan a table this small anyway, so
    sequential scans are priced out)."""
    db.execute("SET LOCAL enable_seqscan = off")
    plan = db.execute(
        "EXPLAIN " + query("retention_storage_deletions_delete"), {"days": 7, "limit": 500}
    ).fetchall()
    text = "\n".join(row["QUERY PLAN"] for row in plan)
    assert "pending_storage_deletions_closed_idx" in text, text


def test_retention_settings_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {"RETENTION_JOBS_DAYS": "90", "RETENTION_ARTIFACTS_DAYS": "0", "RETENTION_BATCH": "50"}
    )
    policy = RetentionPolicy.from_settings(settings)
    assert (
        policy.jobs_days,
        policy.artifacts_days,
        policy.broker_days,
        policy.storage_deletions_days,
        policy.batch,
    ) == (90, 0, 7, 7, 50)
    with pytest.raises(Exception, match="RETENTION_BROKER_DAYS"):
        Settings.from_env({"RETENTION_BROKER_DAYS": "-1"})


def test_storage_deletions_retention_setting() -> None:
    def days(env: dict[str, str]) -> int:
        return RetentionPolicy.from_settings(Settings.from_env(env)).storage_deletions_days

    assert days({}) == 7
    assert days({"RETENTION_STORAGE_DELETIONS_DAYS": ""}) == 7
    assert days({"RETENTION_STORAGE_DELETIONS_DAYS": "30"}) == 30
    off = RetentionPolicy.from_settings(
        Settings.from_env({"RETENTION_STORAGE_DELETIONS_DAYS": "0"})
    )
    assert "deleted_storage_deletions" not in off.result_keys()
    for bad in ("-1", "a week", "7.5"):
        with pytest.raises(Exception, match="RETENTION_STORAGE_DELETIONS_DAYS"):
            Settings.from_env({"RETENTION_STORAGE_DELETIONS_DAYS": bad})
