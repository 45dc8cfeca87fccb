"""What the audit trail records for access, profile and upload writes, and who may read it."""

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

# What a client may select from audit_log (no row images).
CLIENT_COLUMNS = (
    "table_name, operation, changed_by, actor, compliance_category, patient_id, record_id"
)


def _audit(conn: Conn, patient: uuid.UUID, table: str) -> list[dict[str, Any]]:
    return conn.execute(
        "SELECT * FROM audit_log WHERE patient_id = %s AND table_name = %s ORDER BY operation, changed_at",
        (patient, table),
    ).fetchall()


def _client_rows(conn: Conn, patient: uuid.UUID) -> list[dict[str, Any]]:
    return conn.execute(
        f"SELECT {CLIENT_COLUMNS} FROM audit_log WHERE patient_id = %s", (patient,)
    ).fetchall()


@pytest.fixture
def world(db: Conn) -> dict[str, Any]:
    owner, patient = f.make_patient(db)
    shell = f.make_shell_file(db, patient, owner, original_filename="hiv-result.pdf")
    db.execute("SELECT set_config('docpipe.actor', 'worker-1', true)")
    f.add_medication(db, patient, shell, "Tenofovir")
    db.execute("SELECT set_config('docpipe.actor', '', true)")
    return {"owner": owner, "patient": patient, "shell": shell, "delegate": f.make_user(db)}


def test_grant_revoke_consent_and_profile_edit_are_audited(db: Conn, world: dict[str, Any]) -> None:
    """Each access write made by a client leaves a row naming the user, the row, the
    columns written, and no PHI value."""
    owner, patient, delegate = world["owner"], world["patient"], world["delegate"]
    doctor = f.make_user(db)
    provider = f.make_provider(db, doctor)
    with as_user(db, owner) as conn:
        conn.execute(
            "INSERT INTO profile_access_permissions (profile_id, user_id, permission_level, "
            "granted_by) VALUES (%s, %s, 'read_only', %s)",
            (patient, delegate, owner),
        )
        conn.execute(
            "UPDATE profile_access_permissions SET revoked_at = now(), "
            "revoke_reason = 'divorce' WHERE user_id = %s",
            (delegate,),
        )
        conn.execute(
            "INSERT INTO patient_provider_access (patient_id, provider_id, patient_consent_given) "
            "VALUES (%s, %s, true)",
            (patient, provider),
        )
        conn.execute(
            "UPDATE user_profiles SET full_name = 'Jane Q Secret', date_of_birth = '1970-01-02' "
            "WHERE id = %s",
            (patient,),
        )
        conn.execute("RESET ROLE")  # read the full rows as the operator, before rollback
        grants = _audit(conn, patient, "profile_access_permissions")
        consent = _audit(conn, patient, "patient_provider_access")
        profile_rows = _audit(conn, patient, "user_profiles")
    assert [(r["operation"], r["changed_by"], r["compliance_category"]) for r in grants] == [
        ("INSERT", owner, "consent_management"),
        ("UPDATE", owner, "consent_management"),
    ]
    assert grants[1]["changed_columns"] == ["revoke_reason", "revoked_at"]
    assert "revoke_reason" not in grants[1]["new_values"]
    assert grants[0]["new_values"]["user_id"] == str(delegate)
    assert [(r["operation"], r["compliance_category"]) for r in consent] == [
        ("INSERT", "provider_access")
    ]
    assert consent[0]["new_values"]["patient_consent_given"] is True
    edits = [r for r in profile_rows if r["operation"] == "UPDATE"]
    assert len(edits) == 1
    assert edits[0]["changed_by"] == owner
    assert edits[0]["changed_columns"] == ["date_of_birth", "full_name"]
    image = json.dumps([edits[0]["old_values"], edits[0]["new_values"]])
    assert "Secret" not in image and "1970" not in image


def test_upload_is_audited_without_file_name_or_path(db: Conn, world: dict[str, Any]) -> None:
    """An upload (service role, as the hook does it) is audited with ids, no file name."""
    db.execute("SELECT set_config('docpipe.actor', 'hook', true)")
    with as_user(db, None, role="service_role") as conn:
        shell = f.make_shell_file(conn, world["patient"], world["owner"])
        row = conn.execute(
            "SELECT * FROM audit_log WHERE table_name = 'shell_files' AND record_id = %s",
            (shell,),
        ).fetchone()
    assert row is not None
    assert (row["operation"], row["actor"], row["compliance_category"]) == (
        "INSERT",
        "hook",
        "hipaa",
    )
    assert row["new_values"]["uploaded_by"] == str(world["owner"])
    assert {"original_filename", "storage_path"} <= set(row["changed_columns"])
    assert "report.pdf" not in json.dumps(row["new_values"])


def test_clients_never_read_row_images(db: Conn, world: dict[str, Any]) -> None:
    """Even the owner reads which columns changed, never the values (medication names)."""
    with as_user(db, world["owner"]) as conn:
        rows = conn.execute(
            f"SELECT {CLIENT_COLUMNS}, changed_columns FROM audit_log WHERE patient_id = %s",
            (world["patient"],),
        ).fetchall()
        assert {r["table_name"] for r in rows} >= {"patient_medications", "shell_files"}
        assert ["medication_name"] in [
            [c for c in r["changed_columns"] if c == "medication_name"] for r in rows
        ]
        assert "Tenofovir" not in json.dumps(rows, default=str)
        for column in ("old_values", "new_values", "*"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(f"SELECT {column} FROM audit_log")


@pytest.mark.parametrize(
    ("level", "revoked", "reads"),
    [
        ("full_access", False, True),
        ("read_write", False, False),
        ("read_only", False, False),
        ("full_access", True, False),
    ],
    ids=["full_access", "read_write", "read_only", "revoked-full_access"],
)
def test_who_reads_a_patients_audit(
    db: Conn, world: dict[str, Any], level: str, revoked: bool, reads: bool
) -> None:
    """Owners and active full_access delegates read the trail; lower or revoked grants do not."""
    f.grant(db, world["patient"], world["delegate"], level, revoked=revoked)
    with as_user(db, world["delegate"]) as conn:
        assert bool(_client_rows(conn, world["patient"])) is reads
    with as_user(db, world["owner"]) as conn:
        assert _client_rows(conn, world["patient"])


def test_revoked_delegate_no_longer_reads_rows_they_wrote(db: Conn, world: dict[str, Any]) -> None:
    """A delegate who deleted a medication saw that row while active; once revoked,
    having written it gives no right to read it."""
    f.grant(db, world["patient"], world["delegate"], "full_access")
    mine = "SELECT count(*) AS n FROM audit_log WHERE changed_by = %s"
    with as_user(db, world["delegate"]) as conn:
        conn.execute("DELETE FROM patient_medications WHERE patient_id = %s", (world["patient"],))
        assert conn.execute(mine, (world["delegate"],)).fetchone() == {"n": 1}
        conn.execute("RESET ROLE")
        conn.execute(
            "UPDATE profile_access_permissions SET revoked_at = now() WHERE user_id = %s",
            (world["delegate"],),
        )
        conn.execute("SET LOCAL ROLE authenticated")
        assert conn.execute(mine, (world["delegate"],)).fetchone() == {"n": 0}
        assert _client_rows(conn, world["patient"]) == []


def test_service_role_cannot_rewrite_the_audit(db: Conn, world: dict[str, Any]) -> None:
    """The workers' role cannot update, delete or truncate audit rows, scrub flag or not."""
    for statement in (
        "UPDATE audit_log SET new_values = NULL",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ):
        with (
            as_user(db, None, role="service_role") as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("SELECT set_config('docpipe.audit_scrub', 'on', true)")
            conn.execute(statement)
    assert db.execute("SELECT count(*) AS n FROM audit_log").fetchone() != {"n": 0}
