"""The audit trail and the forward-only document status."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from pipeline.db import actor_context
from tests.support import factories as f
from tests.support.pg import as_user, dict_connect

pytestmark = pytest.mark.db

Conn = psycopg.Connection[Any]


def test_clinical_write_audits_in_same_transaction(fresh_db_url: str) -> None:
    """A worker's clinical insert commits together with its audit row (actor, correlation, job)."""
    with dict_connect(fresh_db_url) as admin:
        owner, patient = f.make_patient(admin)
        shell = f.make_shell_file(admin, patient, owner)
    with dict_connect(fresh_db_url, autocommit=False) as conn:
        conn.execute("SET ROLE service_role")
        conn.commit()
        job_id = "7d1c3a52-2f4e-4c1e-9c4a-000000000001"
        with actor_context(conn, actor="worker-1", correlation_id="corr-1", job_id=job_id):
            event_id = f.add_medication(conn, patient, shell)
            # inside the transaction the audit rows already exist
            inside = conn.execute(
                "SELECT count(*) AS n FROM audit_log "
                "WHERE patient_id = %s AND compliance_category = 'clinical_data'",
                (patient,),
            ).fetchone()
            assert inside == {"n": 2}  # hub + spoke
        rows = conn.execute(
            "SELECT table_name, operation, actor, correlation_id, job_id::text, compliance_category "
            "FROM audit_log WHERE patient_id = %s AND compliance_category = 'clinical_data' "
            "ORDER BY table_name",
            (patient,),
        ).fetchall()
    assert [r["table_name"] for r in rows] == ["patient_clinical_events", "patient_medications"]
    assert {
        (r["operation"], r["actor"], r["correlation_id"], r["job_id"], r["compliance_category"])
        for r in rows
    } == {("INSERT", "worker-1", "corr-1", job_id, "clinical_data")}
    assert isinstance(event_id, uuid.UUID)


def test_rolled_back_write_leaves_no_audit_row(fresh_db_url: str) -> None:
    """Audit and data share one fate: a rollback removes both."""
    with dict_connect(fresh_db_url) as admin:
        owner, patient = f.make_patient(admin)
        shell = f.make_shell_file(admin, patient, owner)
    with dict_connect(fresh_db_url, autocommit=False) as conn:
        with conn.transaction(force_rollback=True):
            conn.execute("SELECT set_config('docpipe.actor', 'worker-1', true)")
            f.add_medication(conn, patient, shell)
        assert conn.execute(
            "SELECT count(*) AS n FROM audit_log WHERE compliance_category = 'clinical_data'"
        ).fetchone() == {"n": 0}
        assert conn.execute("SELECT count(*) AS n FROM patient_medications").fetchone() == {"n": 0}


def test_failing_audit_insert_fails_the_clinical_write(db: Conn) -> None:
    """With no actor to record (no user, no worker), the audit insert fails, and so does the write."""
    owner, patient = f.make_patient(db)
    shell = f.make_shell_file(db, patient, owner)
    with (
        pytest.raises(psycopg.errors.CheckViolation, match="audit_log_actor_known"),
        db.transaction(),
    ):
        f.add_medication(db, patient, shell)
    assert db.execute("SELECT count(*) AS n FROM patient_clinical_events").fetchone() == {"n": 0}


def test_user_write_is_audited_as_that_user(db: Conn) -> None:
    """A signed-in owner's deletion of a clinical row is attributed to their auth user id."""
    owner, patient = f.make_patient(db)
    shell = f.make_shell_file(db, patient, owner)
    db.execute("SELECT set_config('docpipe.actor', 'worker-1', true)")
    f.add_medication(db, patient, shell)
    db.execute("SELECT set_config('docpipe.actor', '', true)")
    with as_user(db, owner) as conn:
        conn.execute("DELETE FROM patient_medications WHERE patient_id = %s", (patient,))
        row = conn.execute(
            "SELECT changed_by, actor FROM audit_log "
            "WHERE table_name = 'patient_medications' AND operation = 'DELETE'"
        ).fetchone()
        assert row == {"changed_by": owner, "actor": None}


def test_audit_log_is_append_only(db: Conn) -> None:
    """Nobody, not even the owner of the table, updates or deletes audit rows."""
    db.execute("SELECT log_audit_event('shell_files', 'not-a-uuid', 'SELECT', p_actor => 'ops')")
    row = db.execute("SELECT id, record_id_text FROM audit_log").fetchone()
    assert row is not None and row["record_id_text"] == "not-a-uuid"
    with pytest.raises(psycopg.errors.InsufficientPrivilege), db.transaction():
        db.execute("UPDATE audit_log SET reason = 'rewritten'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege), db.transaction():
        db.execute("DELETE FROM audit_log")


def test_unknown_access_operation_is_an_error(db: Conn) -> None:
    """The operation map is explicit: an unknown operation raises, it never allows."""
    owner, patient = f.make_patient(db)
    with as_user(db, owner) as conn, pytest.raises(psycopg.errors.InvalidParameterValue):
        conn.execute("SELECT has_patient_access(%s, 'teleport')", (patient,))


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        (["processing", "pass1_complete", "pass2_complete", "pass3_complete", "completed"], True),
        (["processing", "failed"], True),
        (["pass2_complete", "pass1_complete"], False),
        (["completed", "processing"], False),
        (["completed", "failed"], False),
        (["failed", "processing"], False),
    ],
)
def test_shell_file_status_only_moves_forward(db: Conn, path: list[str], allowed: bool) -> None:
    """Status goes forward only; failed comes back only through a redrive."""
    owner, patient = f.make_patient(db)
    shell = f.make_shell_file(db, patient, owner)

    def walk() -> None:
        with db.transaction():
            for status in path:
                db.execute("UPDATE shell_files SET status = %s WHERE id = %s", (status, shell))

    if allowed:
        walk()
    else:
        with pytest.raises(psycopg.errors.CheckViolation):
            walk()


def test_shell_file_insert_needs_only_the_upload_fields(db: Conn) -> None:
    """patient_id, uploaded_by, original_filename, storage_path, mime_type, file_size_bytes suffice."""
    owner, patient = f.make_patient(db)
    row = db.execute(
        "INSERT INTO shell_files (patient_id, uploaded_by, original_filename, storage_path, mime_type, "
        "file_size_bytes) VALUES (%s, %s, 'a.pdf', 'p/a.pdf', 'application/pdf', 10) "
        "RETURNING status, ocr_status, processing_priority, correlation_id",
        (patient, owner),
    ).fetchone()
    assert row is not None
    assert (row["status"], row["ocr_status"], row["processing_priority"]) == (
        "uploaded",
        "pending",
        5,
    )
    assert row["correlation_id"]


def test_idempotency_key_is_scoped_per_uploader(db: Conn) -> None:
    """The same key from two uploaders makes two files; the same uploader twice is refused."""
    a, pa = f.make_patient(db)
    b, pb = f.make_patient(db)
    f.make_shell_file(db, pa, a, idempotency_key="k")
    f.make_shell_file(db, pb, b, idempotency_key="k")
    with pytest.raises(psycopg.errors.UniqueViolation), db.transaction():
        f.make_shell_file(db, pa, a, idempotency_key="k")
