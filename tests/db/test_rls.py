"""Row-level security, always exercised as a client role with JWT claims set."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from tests.support import factories as f
from tests.support.pg import as_user

pytestmark = pytest.mark.db

Conn = psycopg.Connection[Any]


def _refused(conn: Conn, statement: str, params: tuple[Any, ...] = ()) -> str:
    """Run a write that must be refused for lack of privilege; return the error text."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as err, conn.transaction():
        conn.execute(statement, params)
    return str(err.value)


def _count(conn: Conn, table: str, patient: uuid.UUID) -> int:
    row = conn.execute(
        f"SELECT count(*) AS n FROM {table} WHERE patient_id = %s",
        (patient,),
    ).fetchone()
    assert row is not None
    return int(row["n"])


@pytest.fixture
def world(db: Conn) -> dict[str, Any]:
    """An owner with one document and one medication, plus assorted other users."""
    owner, patient = f.make_patient(db)
    shell = f.make_shell_file(db, patient, owner)
    db.execute("SELECT set_config('docpipe.actor', 'test-setup', true)")
    f.add_medication(db, patient, shell)
    return {
        "owner": owner,
        "patient": patient,
        "shell": shell,
        "stranger": f.make_user(db),
        "delegate": f.make_user(db),
    }


def test_every_table_has_rls_enabled(db: Conn) -> None:
    """A table without RLS is a leak waiting to happen: none may exist."""
    rows = db.execute(
        "SELECT n.nspname || '.' || c.relname AS name FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'docpipe_meta') "
        "AND NOT c.relrowsecurity"
    ).fetchall()
    assert rows == []


def test_owner_reads_and_deletes_own_rows(db: Conn, world: dict[str, Any]) -> None:
    """The owner sees their document and medication and may delete a clinical row
    (clinical rows are written by workers only)."""
    with as_user(db, world["owner"]) as conn:
        assert _count(conn, "shell_files", world["patient"]) == 1
        assert _count(conn, "patient_medications", world["patient"]) == 1
        deleted = conn.execute(
            "DELETE FROM patient_medications WHERE patient_id = %s", (world["patient"],)
        )
        assert deleted.rowcount == 1
        assert _count(conn, "patient_medications", world["patient"]) == 0


def test_a_deleted_document_queues_its_file_for_deletion_from_storage(
    db: Conn, world: dict[str, Any]
) -> None:
    """The database cannot delete the stored object: a document deleted by its owner leaves
    its path in pending_storage_deletions, once no other version is stored there."""
    newer = f.make_shell_file(db, world["patient"], world["owner"])  # same path, new version
    queued = (
        "SELECT storage_path, shell_file_id FROM pending_storage_deletions WHERE patient_id = %s"
    )
    with as_user(db, world["owner"]) as conn:
        conn.execute("DELETE FROM shell_files WHERE id = %s", (world["shell"],))
        conn.execute("RESET ROLE")  # (the queue is the service's to read)
        assert conn.execute(queued, (world["patient"],)).fetchall() == []
    with as_user(db, world["owner"]) as conn:
        conn.execute("DELETE FROM shell_files WHERE id = ANY(%s)", ([world["shell"], newer],))
        conn.execute("RESET ROLE")
        rows = conn.execute(queued, (world["patient"],)).fetchall()
        assert [r["storage_path"] for r in rows] == [f"{world['patient']}/report.pdf"]
        assert rows[0]["shell_file_id"] in (world["shell"], newer)


def test_stranger_sees_and_changes_nothing(db: Conn, world: dict[str, Any]) -> None:
    """Another user gets zero rows, and their writes are refused or touch nothing."""
    with as_user(db, world["stranger"]) as conn:
        assert _count(conn, "shell_files", world["patient"]) == 0
        assert _count(conn, "patient_medications", world["patient"]) == 0
        assert _count(conn, "audit_log", world["patient"]) == 0
        _refused(
            conn,
            "UPDATE patient_medications SET medication_name = 'X' WHERE patient_id = %s",
            (world["patient"],),
        )
        deleted = conn.execute("DELETE FROM shell_files WHERE patient_id = %s", (world["patient"],))
        assert deleted.rowcount == 0
    with (
        as_user(db, world["stranger"]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        f.add_medication(conn, world["patient"], world["shell"])
    assert _count(db, "patient_medications", world["patient"]) == 1


def test_read_only_delegate_reads_but_cannot_write(db: Conn, world: dict[str, Any]) -> None:
    """A read_only grant shows the data and refuses every write."""
    f.grant(db, world["patient"], world["delegate"], "read_only")
    with as_user(db, world["delegate"]) as conn:
        assert _count(conn, "patient_medications", world["patient"]) == 1
        assert _count(conn, "shell_files", world["patient"]) == 1
        assert (
            conn.execute(
                "DELETE FROM shell_files WHERE patient_id = %s", (world["patient"],)
            ).rowcount
            == 0
        )
    with (
        as_user(db, world["delegate"]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        f.make_shell_file(conn, world["patient"], world["delegate"])


def test_a_grant_without_the_file_right_shows_the_record_not_the_documents(
    db: Conn, world: dict[str, Any]
) -> None:
    """can_view_files off: the delegate reads the medication, but neither the document's
    row (file name, storage path) nor the text OCR read from it; switched back on, both."""
    f.add_worker_outputs(db, world["patient"], world["shell"], "page text")
    f.grant(db, world["patient"], world["delegate"], "read_write")
    switch = "UPDATE profile_access_permissions SET can_view_files = %s WHERE user_id = %s"
    db.execute(switch, (False, world["delegate"]))
    with as_user(db, world["delegate"]) as conn:
        assert _count(conn, "patient_medications", world["patient"]) == 1
        assert _count(conn, "shell_files", world["patient"]) == 0
        assert _count(conn, "ocr_page_artifacts", world["patient"]) == 0
        assert _count(conn, "ai_pass_results", world["patient"]) == 1
    with as_user(db, world["owner"]) as conn:
        assert _count(conn, "shell_files", world["patient"]) == 1
        assert _count(conn, "ocr_page_artifacts", world["patient"]) == 1
    db.execute(switch, (True, world["delegate"]))
    with as_user(db, world["delegate"]) as conn:
        assert _count(conn, "shell_files", world["patient"]) == 1
        assert _count(conn, "ocr_page_artifacts", world["patient"]) == 1


def test_an_unknown_grant_switch_counts_as_off(db: Conn, world: dict[str, Any]) -> None:
    """One function decides every switch (upload, view files); a misspelt switch name
    refuses a delegate instead of letting it through. The owner needs no switch."""
    f.grant(db, world["patient"], world["delegate"], "read_write")
    ask = "SELECT allowed_by_grant_switch(%s, %s, 'read_only', %s) AS ok"
    answers = {
        (who, switch): db.execute(ask, (world[who], world["patient"], switch)).fetchone()
        for who in ("owner", "delegate")
        for switch in ("can_view_files", "can_view_file")
    }
    assert answers == {
        ("owner", "can_view_files"): {"ok": True},
        ("owner", "can_view_file"): {"ok": True},
        ("delegate", "can_view_files"): {"ok": True},
        ("delegate", "can_view_file"): {"ok": False},
    }


def test_a_provider_reads_the_documents_of_a_consented_patient(
    db: Conn, world: dict[str, Any]
) -> None:
    """The file switch is a delegate grant's; a consented provider's read access covers
    the documents."""
    doctor = f.make_user(db)
    f.link_provider(db, world["patient"], f.make_provider(db, doctor), consent=True)
    with as_user(db, doctor) as conn:
        assert _count(conn, "shell_files", world["patient"]) == 1


def test_even_the_owner_cannot_insert_documents_directly(db: Conn, world: dict[str, Any]) -> None:
    """Uploads go through the hook (service role); a direct client insert is refused,
    in one's own name or anyone else's."""
    for uploader in (world["owner"], world["delegate"]):
        with (
            as_user(db, world["owner"]) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            f.make_shell_file(conn, world["patient"], uploader)
    assert _count(db, "shell_files", world["patient"]) == 1


@pytest.mark.parametrize(
    ("start", "end", "revoked"),
    [
        ("now() - interval '10 days'", "now() - interval '1 day'", False),  # expired
        ("now() + interval '1 day'", None, False),  # not started
        ("now() - interval '1 day'", None, True),  # revoked
    ],
    ids=["expired", "not-yet-started", "revoked"],
)
def test_inactive_grant_gives_nothing(
    db: Conn, world: dict[str, Any], start: str, end: str | None, revoked: bool
) -> None:
    """Expired, future or revoked grants give no access at all."""
    f.grant(
        db,
        world["patient"],
        world["delegate"],
        "full_access",
        start=start,
        end=end,
        revoked=revoked,
    )
    with as_user(db, world["delegate"]) as conn:
        assert _count(conn, "shell_files", world["patient"]) == 0
        assert _count(conn, "patient_medications", world["patient"]) == 0


def test_provider_sees_only_with_consent_and_active_relationship(
    db: Conn, world: dict[str, Any]
) -> None:
    """Provider access needs the patient's consent and an active relationship."""
    doctor = f.make_user(db)
    provider = f.make_provider(db, doctor)
    f.link_provider(db, world["patient"], provider, consent=False)
    with as_user(db, doctor) as conn:
        assert _count(conn, "patient_medications", world["patient"]) == 0

    db.execute(
        "UPDATE patient_provider_access SET patient_consent_given = true WHERE provider_id = %s",
        (provider,),
    )
    with as_user(db, doctor) as conn:
        assert _count(conn, "patient_medications", world["patient"]) == 1
        # read_only by default: no deletes (and no client updates exist at all)
        deleted = conn.execute(
            "DELETE FROM patient_medications WHERE patient_id = %s", (world["patient"],)
        )
        assert deleted.rowcount == 0

    db.execute(
        "UPDATE patient_provider_access SET relationship_status = 'suspended' WHERE provider_id = %s",
        (provider,),
    )
    with as_user(db, doctor) as conn:
        assert _count(conn, "patient_medications", world["patient"]) == 0


def test_provider_cannot_grant_itself_consent(db: Conn, world: dict[str, Any]) -> None:
    """The provider side cannot flip patient_consent_given on its own row."""
    doctor = f.make_user(db)
    provider = f.make_provider(db, doctor)
    f.link_provider(db, world["patient"], provider, consent=False)
    with as_user(db, doctor) as conn:
        changed = conn.execute(
            "UPDATE patient_provider_access SET patient_consent_given = true WHERE provider_id = %s",
            (provider,),
        ).rowcount
        assert changed == 0
        assert _count(conn, "patient_medications", world["patient"]) == 0


def test_user_cannot_grant_themselves_access(db: Conn, world: dict[str, Any]) -> None:
    """Self-granting (the reference design's hole) is refused, at any level."""
    for level in ("read_only", "full_access"):
        with (
            as_user(db, world["stranger"]) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute(
                "INSERT INTO profile_access_permissions (profile_id, user_id, permission_level, granted_by) "
                "VALUES (%s, %s, %s, %s)",
                (world["patient"], world["stranger"], level, world["stranger"]),
            )


def test_grantee_cannot_raise_own_grant(db: Conn, world: dict[str, Any]) -> None:
    """A read_only delegate cannot upgrade or extend their own grant."""
    f.grant(db, world["patient"], world["delegate"], "read_only")
    with as_user(db, world["delegate"]) as conn:
        changed = conn.execute(
            "UPDATE profile_access_permissions SET permission_level = 'full_access' WHERE user_id = %s",
            (world["delegate"],),
        ).rowcount
        assert changed == 0


def test_owner_grants_others_but_not_ownership(db: Conn, world: dict[str, Any]) -> None:
    """The owner may grant a delegate; the 'owner' level cannot be handed out."""
    with as_user(db, world["owner"]) as conn:
        conn.execute(
            "INSERT INTO profile_access_permissions (profile_id, user_id, permission_level, granted_by) "
            "VALUES (%s, %s, 'read_only', %s)",
            (world["patient"], world["delegate"], world["owner"]),
        )
    with as_user(db, world["owner"]) as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(
            "INSERT INTO profile_access_permissions (profile_id, user_id, permission_level, granted_by) "
            "VALUES (%s, %s, 'owner', %s)",
            (world["patient"], world["delegate"], world["owner"]),
        )


def test_anon_sees_nothing(db: Conn, world: dict[str, Any]) -> None:
    """The anon role has no table privileges at all."""
    for table in ("shell_files", "patient_medications", "user_profiles", "audit_log"):
        with (
            as_user(db, None, role="anon") as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute(f"SELECT count(*) FROM {table}")


@pytest.mark.parametrize(
    "table", ["job_queue", "job_events", "api_rate_limits", "system_configuration"]
)
def test_authenticated_cannot_read_system_tables(
    db: Conn, world: dict[str, Any], table: str
) -> None:
    """System tables are the service role's alone."""
    with as_user(db, world["owner"]) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(f"SELECT count(*) FROM {table}")


JOB_RPCS = [
    "enqueue_job_v3('fast_queue_security', 'x', '{\"a\": 1}'::jsonb)",
    "claim_job_v3(gen_random_uuid(), 'w')",
    "update_job_heartbeat(gen_random_uuid(), 'w', gen_random_uuid())",
    "complete_job(gen_random_uuid(), 'w', gen_random_uuid())",
    "fail_job(gen_random_uuid(), 'w', gen_random_uuid(), 'e')",
    "reschedule_job(gen_random_uuid(), 1, 'r')",
    "redrive_job(gen_random_uuid())",
    "redrive_jobs()",
    "reclaim_expired_jobs()",
    "jobs_to_dispatch()",
    "mark_job_dispatched(gen_random_uuid(), 'm')",
    "log_audit_event('t', 'x', 'INSERT')",
    "access_level_for(gen_random_uuid(), gen_random_uuid())",
    "has_profile_access_level(gen_random_uuid(), gen_random_uuid(), 'read_only')",
]


@pytest.mark.parametrize("role", ["authenticated", "anon"])
@pytest.mark.parametrize("call", JOB_RPCS, ids=[c.split("(")[0] for c in JOB_RPCS])
def test_client_roles_cannot_execute_job_rpcs(
    db: Conn, world: dict[str, Any], role: str, call: str
) -> None:
    """Job and audit RPCs are executable by the service role only."""
    with (
        as_user(db, world["owner"], role=role) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(f"SELECT * FROM {call}")


def test_job_rpcs_are_security_definer_with_pinned_search_path(db: Conn) -> None:
    """Every SECURITY DEFINER function pins its search_path (Supabase lint 0011)."""
    rows = db.execute(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.prosecdef "
        "AND NOT EXISTS (SELECT 1 FROM unnest(coalesce(p.proconfig, '{}')) c WHERE c LIKE 'search_path=%')"
    ).fetchall()
    assert rows == []
    definers = {
        r["proname"]
        for r in db.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prosecdef"
        ).fetchall()
    }
    assert {
        "enqueue_job_v3",
        "claim_job_v3",
        "complete_job",
        "fail_job",
        "redrive_job",
    } <= definers


def test_service_role_sees_everything(db: Conn, world: dict[str, Any]) -> None:
    """The workers' role reads any patient's rows and the system tables."""
    with as_user(db, None, role="service_role") as conn:
        assert _count(conn, "patient_medications", world["patient"]) == 1
        conn.execute("SELECT count(*) FROM job_queue")


#: document_upload_times: the current lists (security_invoker views) call it as the client;
#: it answers only for patients the caller may read (tests/db/test_current_lists.py).
CLIENT_CALLABLE = {
    "has_patient_access",
    "get_accessible_profiles",
    "is_service_role",
    "document_upload_times",
}


@pytest.mark.parametrize("role", ["authenticated", "anon"])
def test_no_other_function_is_executable_by_client_roles(db: Conn, role: str) -> None:
    """Every function in public except the access check the policies need is service-only
    (a guard for functions added later, not just the ones listed above)."""
    rows = db.execute(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND has_function_privilege(%s, p.oid, 'EXECUTE')",
        (role,),
    ).fetchall()
    allowed = CLIENT_CALLABLE if role == "authenticated" else {"is_service_role"}
    assert {r["proname"] for r in rows} <= allowed
    service = db.execute(
        "SELECT count(*) AS n FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND NOT has_function_privilege('service_role', p.oid, 'EXECUTE')"
    ).fetchone()
    assert service == {"n": 0}


# Writes a client could use to forge pipeline state or probe for ids: each is
# refused by privilege, before any row, constraint or foreign key is looked at.
CLIENT_WRITES = {
    "shell_files-insert-completed": (
        "INSERT INTO shell_files (patient_id, uploaded_by, original_filename, storage_path, "
        "mime_type, file_size_bytes, status) VALUES "
        "({patient}, {owner}, 'a.pdf', '../../etc/passwd', 'application/pdf', 1, 'completed')",
        "shell_files",
    ),
    "shell_files-update-status": (
        "UPDATE shell_files SET status = 'completed', storage_path = '../x' WHERE id = {shell}",
        "shell_files",
    ),
    "clinical-insert-other-patients-file": (
        "INSERT INTO patient_clinical_events (patient_id, shell_file_id, activity_type, "
        "event_name, event_kind, extraction_item_key) "
        "VALUES ({patient}, {other_shell}, 'observation', 'x', 'lab', 'k')",
        "patient_clinical_events",
    ),
    "clinical-insert-unknown-file": (
        "INSERT INTO patient_clinical_events (patient_id, shell_file_id, activity_type, "
        "event_name, event_kind, extraction_item_key) "
        "VALUES ({patient}, gen_random_uuid(), 'observation', 'x', 'lab', 'k')",
        "patient_clinical_events",
    ),
    "medication-update": (
        "UPDATE patient_medications SET medication_name = 'X' WHERE patient_id = {patient}",
        "patient_medications",
    ),
    "observation-insert": (
        "INSERT INTO patient_observations (event_id, patient_id, shell_file_id, test_name, "
        "value_text) VALUES (gen_random_uuid(), {patient}, {shell}, 'HbA1c', '6')",
        "patient_observations",
    ),
    "ocr-artifact-insert": (
        "INSERT INTO ocr_page_artifacts (shell_file_id, patient_id, file_checksum_sha256, "
        "page_number, engine_key, engine, status) "
        "VALUES ({shell}, {patient}, 'h', 1, 'k', 'e', 'ok')",
        "ocr_page_artifacts",
    ),
    "ai-result-insert": (
        "INSERT INTO ai_pass_results (shell_file_id, patient_id, pass_name, input_sha256, "
        "extractor, extractor_version, output) "
        "VALUES ({shell}, {patient}, 'pass1', 'h', 'x', '1', '{{}}')",
        "ai_pass_results",
    ),
    "job-insert": (
        "INSERT INTO job_queue (job_type, job_lane, job_name, job_payload, correlation_id) "
        "VALUES ('fast_queue_ocr', 'ocr', 'x', '{{\"a\": 1}}', 'c')",
        "job_queue",
    ),
    "job-update": ("UPDATE job_queue SET status = 'completed'", "job_queue"),
    "audit-insert": (
        "INSERT INTO audit_log (table_name, record_id, operation, changed_by) "
        "VALUES ('x', gen_random_uuid(), 'INSERT', {owner})",
        "audit_log",
    ),
    "profile-owner-change": (
        "UPDATE user_profiles SET account_owner_id = {other_owner} WHERE id = {patient}",
        "user_profiles",
    ),
}


@pytest.mark.parametrize("name", list(CLIENT_WRITES))
def test_client_writes_outside_product_features_are_refused_blindly(
    db: Conn, world: dict[str, Any], name: str
) -> None:
    """As the patient's owner, each write is refused with a bare 'permission denied'
    that names the table only: no id, no hint whether a referenced row exists."""
    other_owner, other_patient = f.make_patient(db)
    other_shell = f.make_shell_file(db, other_patient, other_owner)
    statement, table = CLIENT_WRITES[name]
    values = {
        "patient": world["patient"],
        "owner": world["owner"],
        "shell": world["shell"],
        "other_shell": other_shell,
        "other_owner": other_owner,
    }
    text = statement.format(**{k: f"'{v}'" for k, v in values.items()})
    with as_user(db, world["owner"]) as conn:
        message = _refused(conn, text)
    assert message == f"permission denied for table {table}"
    for value in values.values():
        assert str(value) not in message
    row = db.execute(
        "SELECT (SELECT count(*) FROM shell_files) AS files, "
        "(SELECT count(*) FROM patient_clinical_events) AS events, "
        "(SELECT count(*) FROM job_queue) AS jobs, "
        "(SELECT status FROM shell_files WHERE id = %s) AS status",
        (world["shell"],),
    ).fetchone()
    assert row == {"files": 2, "events": 1, "jobs": 0, "status": "uploaded"}
