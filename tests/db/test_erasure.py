"""Erasure of a patient and of a user: what goes, what stays, what is audited."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest

from tests.support import factories as f
from tests.support.pg import as_user

pytestmark = pytest.mark.db

Conn = psycopg.Connection[Any]

PHI = ("Tenofovir", "HIV positive", "hiv-result.pdf")

PATIENT_TABLES = (
    "shell_files",
    "patient_clinical_events",
    "patient_medications",
    "ocr_page_artifacts",
    "ai_pass_results",
    "patient_provider_access",
)


def _counts(conn: Conn, patient: uuid.UUID) -> dict[str, int]:
    counts = {}
    for table in PATIENT_TABLES:
        row = conn.execute(
            f"SELECT count(*) AS n FROM {table} WHERE patient_id = %s", (patient,)
        ).fetchone()
        assert row is not None
        counts[table] = int(row["n"])
    row = conn.execute(
        "SELECT count(*) AS n FROM profile_access_permissions WHERE profile_id = %s", (patient,)
    ).fetchone()
    assert row is not None
    counts["profile_access_permissions"] = int(row["n"])
    return counts


@pytest.fixture
def world(db: Conn) -> dict[str, Any]:
    """A patient with two documents, clinical rows, worker outputs, jobs, a delegate
    who uploaded one of the documents, and a consented provider."""
    owner, patient = f.make_patient(db)
    delegate = f.make_user(db)
    f.grant(db, patient, delegate, "read_write")
    own = f.make_shell_file(
        db, patient, owner, original_filename="hiv-result.pdf", storage_path=f"{patient}/a.pdf"
    )
    theirs = f.make_shell_file(db, patient, delegate, storage_path=f"{patient}/b.pdf")
    db.execute("SELECT set_config('docpipe.actor', 'worker-1', true)")
    f.add_medication(db, patient, own, "Tenofovir")
    f.add_medication(db, patient, theirs, "Tenofovir")
    f.add_worker_outputs(db, patient, own, "HIV positive")
    pending = f.make_job(db, patient, own)
    done = f.make_job(db, patient, theirs, status="completed")
    db.execute("SELECT set_config('docpipe.actor', '', true)")
    doctor = f.make_user(db)
    f.link_provider(db, patient, f.make_provider(db, doctor), consent=True)
    return {
        "owner": owner,
        "patient": patient,
        "delegate": delegate,
        "files": {own: f"{patient}/a.pdf", theirs: f"{patient}/b.pdf"},
        "jobs": (pending, done),
    }


def _erase(db: Conn, patient: uuid.UUID) -> list[dict[str, Any]]:
    db.execute("SELECT set_config('docpipe.actor', 'ops:erasure-ticket-1', true)")
    db.execute("SET LOCAL ROLE service_role")
    rows = db.execute(
        "SELECT * FROM erase_patient(%s, 'data subject request')", (patient,)
    ).fetchall()
    db.execute("RESET ROLE")
    return rows


def test_erase_patient_removes_data_and_returns_storage_paths(
    db: Conn, world: dict[str, Any]
) -> None:
    """Documents, clinical rows, OCR text, AI results, grants and provider links go;
    the storage paths come back for the caller to delete (the DB cannot)."""
    patient = world["patient"]
    assert all(_counts(db, patient).values())
    rows = _erase(db, patient)
    assert {r["shell_file_id"]: r["storage_path"] for r in rows} == world["files"]
    assert set(_counts(db, patient).values()) == {0}
    assert db.execute(
        "SELECT count(*) AS n FROM user_profiles WHERE id = %s", (patient,)
    ).fetchone() == {"n": 0}
    queued = db.execute(
        "SELECT storage_path FROM pending_storage_deletions WHERE patient_id = %s", (patient,)
    ).fetchall()
    assert {r["storage_path"] for r in queued} == set(world["files"].values())


def test_erase_patient_scrubs_jobs_and_cancels_live_ones(db: Conn, world: dict[str, Any]) -> None:
    """Job rows stay as history, without payload or result; a pending job is cancelled."""
    _erase(db, world["patient"])
    jobs = db.execute(
        "SELECT id, status, job_payload, job_result, patient_id, shell_file_id FROM job_queue "
        "WHERE id = ANY(%s) ORDER BY status",
        (list(world["jobs"]),),
    ).fetchall()
    assert [(j["status"], j["job_payload"], j["job_result"]) for j in jobs] == [
        ("cancelled", {"erased": True}, None),
        ("completed", {"erased": True}, None),
    ]
    assert {(j["patient_id"], j["shell_file_id"]) for j in jobs} == {(None, None)}


def test_erasure_is_audited_with_counts_and_older_rows_keep_only_ids(
    db: Conn, world: dict[str, Any]
) -> None:
    """One gdpr row says who erased what and how much; older rows keep who/what/when
    and ids, and no PHI is left anywhere in the audit trail."""
    patient = world["patient"]
    before = db.execute(
        "SELECT count(*) AS n FROM audit_log WHERE patient_id = %s", (patient,)
    ).fetchone()
    _erase(db, patient)
    erasure = db.execute(
        "SELECT * FROM audit_log WHERE patient_id = %s AND compliance_category = 'gdpr' "
        "AND operation = 'DELETE'",
        (patient,),
    ).fetchall()
    assert len(erasure) == 1
    counts = erasure[0]["new_values"]["erased"]
    assert (erasure[0]["actor"], erasure[0]["reason"]) == (
        "ops:erasure-ticket-1",
        "data subject request",
    )
    assert {k: counts[k] for k in ("shell_files", "patient_medications", "ocr_page_artifacts")} == {
        "shell_files": 2,
        "patient_medications": 2,
        "ocr_page_artifacts": 1,
    }
    after = db.execute(
        "SELECT count(*) AS n FROM audit_log WHERE patient_id = %s", (patient,)
    ).fetchone()
    assert after is not None and before is not None
    assert after["n"] == before["n"] + 1  # the cascade adds no per-row deletes
    meds = db.execute(
        "SELECT operation, actor, changed_at, record_id, new_values FROM audit_log "
        "WHERE patient_id = %s AND table_name = 'patient_medications'",
        (patient,),
    ).fetchall()
    assert len(meds) == 2
    for row in meds:
        assert (row["operation"], row["actor"]) == ("INSERT", "worker-1")
        assert set(row["new_values"]) == {"id", "event_id", "patient_id", "shell_file_id"}
    everything = json.dumps(db.execute("SELECT * FROM audit_log").fetchall(), default=str)
    for value in PHI:
        assert value not in everything


def test_erased_id_is_retired(db: Conn, world: dict[str, Any]) -> None:
    """After erasure the id can never be a profile again."""
    _erase(db, world["patient"])
    with pytest.raises(psycopg.errors.UniqueViolation), db.transaction():
        f.make_profile(db, world["owner"])


def test_erase_patient_is_for_the_service_role_only(db: Conn, world: dict[str, Any]) -> None:
    """Not even the patient's owner may call it from a client."""
    with (
        as_user(db, world["owner"]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT * FROM erase_patient(%s, 'x')", (world["patient"],))
    assert _counts(db, world["patient"])["shell_files"] == 2


def test_erase_unknown_patient_is_an_error(db: Conn) -> None:
    with pytest.raises(psycopg.errors.NoDataFound):
        _erase(db, uuid.uuid4())


def test_operator_delete_of_a_profile_erases_it(db: Conn, world: dict[str, Any]) -> None:
    """A plain DELETE of a patient with clinical rows works (it failed on the audit
    actor check) and is recorded as an erasure."""
    db.execute("DELETE FROM user_profiles WHERE id = %s", (world["patient"],))
    assert set(_counts(db, world["patient"]).values()) == {0}
    row = db.execute(
        "SELECT reason, actor FROM audit_log WHERE table_name = 'user_profiles' "
        "AND operation = 'DELETE' AND patient_id = %s",
        (world["patient"],),
    ).fetchone()
    assert row == {"reason": "profile deleted", "actor": "db:postgres"}


def test_deleting_a_user_who_uploaded_keeps_the_patients_document(
    db: Conn, world: dict[str, Any]
) -> None:
    """Supabase deletes accounts with DELETE FROM auth.users: a delegate who uploaded can
    be deleted; the patient keeps the document, with uploaded_by cleared."""
    delegate = world["delegate"]
    db.execute("DELETE FROM auth.users WHERE id = %s", (delegate,))
    files = db.execute(
        "SELECT id, uploaded_by FROM shell_files WHERE patient_id = %s", (world["patient"],)
    ).fetchall()
    assert len(files) == 2
    assert sorted(str(r["uploaded_by"]) for r in files) == sorted(["None", str(world["owner"])])
    revoked = db.execute(
        "SELECT operation, actor FROM audit_log WHERE table_name = 'profile_access_permissions' "
        "AND operation = 'DELETE'"
    ).fetchall()
    assert revoked == [{"operation": "DELETE", "actor": "account-deletion"}]


def test_deleting_an_account_erases_its_patients(db: Conn, world: dict[str, Any]) -> None:
    """DELETE FROM auth.users on the owner erases the profiles the account owns, queues
    their stored files and audits the account's removal."""
    owner, patient = world["owner"], world["patient"]
    db.execute("DELETE FROM auth.users WHERE id = %s", (owner,))
    assert set(_counts(db, patient).values()) == {0}
    queued = db.execute(
        "SELECT storage_path FROM pending_storage_deletions WHERE patient_id = %s", (patient,)
    ).fetchall()
    assert {r["storage_path"] for r in queued} == set(world["files"].values())
    account = db.execute(
        "SELECT new_values, compliance_category FROM audit_log WHERE table_name = 'auth.users' "
        "AND record_id = %s",
        (owner,),
    ).fetchone()
    assert account == {"new_values": {"profiles_erased": 1}, "compliance_category": "gdpr"}


def test_erase_user_returns_the_paths_of_every_owned_patient(db: Conn) -> None:
    """erase_user erases each profile of the account and returns all their storage paths."""
    owner, own = f.make_patient(db)
    child = f.make_profile(db, owner, self_profile=False)
    f.make_shell_file(db, own, owner, storage_path="p/own.pdf")
    f.make_shell_file(db, child, owner, storage_path="p/child.pdf")
    db.execute("SET LOCAL ROLE service_role")
    rows = db.execute("SELECT * FROM erase_user(%s, 'account closed')", (owner,)).fetchall()
    db.execute("RESET ROLE")
    assert sorted(r["storage_path"] for r in rows) == ["p/child.pdf", "p/own.pdf"]
    assert db.execute(
        "SELECT count(*) AS n FROM auth.users WHERE id = %s", (owner,)
    ).fetchone() == {"n": 0}
    assert db.execute(
        "SELECT count(*) AS n FROM retired_profile_ids WHERE id = ANY(%s)", ([own, child],)
    ).fetchone() == {"n": 2}
