"""Profile ids come from the server, never change and are never reused."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from tests.support import factories as f
from tests.support.pg import as_user

pytestmark = pytest.mark.db

Conn = psycopg.Connection[Any]


def _insert_profile(conn: Conn, owner: uuid.UUID, profile_type: str) -> uuid.UUID:
    row = conn.execute(
        "INSERT INTO user_profiles (account_owner_id, display_name, profile_type) "
        "VALUES (%s, 'Test Person', %s) RETURNING id",
        (owner, profile_type),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"]))


def test_client_cannot_choose_a_profile_id(db: Conn) -> None:
    """A client insert naming the id (here: a fresh one) is refused outright."""
    user = f.make_user(db)
    with (
        as_user(db, user) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "INSERT INTO user_profiles (id, account_owner_id, display_name, profile_type) "
            "VALUES (%s, %s, 'Kid', 'child')",
            (uuid.uuid4(), user),
        )


def test_client_profiles_get_server_ids(db: Conn) -> None:
    """A self profile gets the caller's auth uid, any other profile a fresh id."""
    user = f.make_user(db)
    with as_user(db, user) as conn:
        own = _insert_profile(conn, user, "self")
        child = _insert_profile(conn, user, "child")
    assert own == user
    assert child not in (user, own)


def test_user_cannot_squat_another_users_self_profile(db: Conn) -> None:
    """A squatter cannot take the victim's uid; the victim's own self profile still works."""
    squatter, victim = f.make_user(db), f.make_user(db)
    with as_user(db, squatter) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO user_profiles (id, account_owner_id, display_name) "
            "VALUES (%s, %s, 'Squat')",
            (victim, squatter),
        )
    with as_user(db, squatter) as conn:
        assert _insert_profile(conn, squatter, "self") == squatter
        with pytest.raises(psycopg.errors.UniqueViolation), conn.transaction():
            _insert_profile(conn, squatter, "self")  # one self profile per account
    with as_user(db, victim) as conn:
        assert _insert_profile(conn, victim, "self") == victim


def test_profile_id_never_changes(db: Conn) -> None:
    """The owner cannot re-key a profile; neither can the service role or an operator."""
    owner, patient = f.make_patient(db)
    with as_user(db, owner) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE user_profiles SET id = %s WHERE id = %s", (uuid.uuid4(), patient))
    with (
        as_user(db, None, role="service_role") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="profile ids never change"),
    ):
        conn.execute("UPDATE user_profiles SET id = %s WHERE id = %s", (uuid.uuid4(), patient))
    with pytest.raises(psycopg.errors.InsufficientPrivilege), db.transaction():
        db.execute("UPDATE user_profiles SET id = %s WHERE id = %s", (uuid.uuid4(), patient))
    with as_user(db, owner) as conn:
        changed = conn.execute(
            "UPDATE user_profiles SET display_name = 'Renamed' WHERE id = %s", (patient,)
        ).rowcount
        assert changed == 1


def test_deleted_patient_id_is_never_reused(db: Conn) -> None:
    """After an operator deletes a patient, nobody (not even the service role) can
    create a profile with that id again."""
    owner, patient = f.make_patient(db)
    db.execute("DELETE FROM user_profiles WHERE id = %s", (patient,))
    for role in ("service_role", None):
        with pytest.raises(psycopg.errors.UniqueViolation, match="retired"), db.transaction():
            if role:
                db.execute("SET LOCAL ROLE service_role")
            f.make_profile(db, owner)


def test_former_delegate_cannot_inherit_a_deleted_patients_audit(db: Conn) -> None:
    """The reported attack: a delegate of V re-creates V's id after V is deleted and reads
    V's audit rows (an HIV result, a medication). Every step is now refused."""
    owner, victim = f.make_patient(db)
    delegate = f.make_user(db)
    f.grant(db, victim, delegate, "full_access")
    shell = f.make_shell_file(db, victim, owner)
    db.execute("SELECT set_config('docpipe.actor', 'worker-1', true)")
    f.add_medication(db, victim, shell, "HIV antiretroviral")
    db.execute("DELETE FROM user_profiles WHERE id = %s", (victim,))

    with as_user(db, delegate) as conn:
        # choosing the id is not possible ...
        with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
            conn.execute(
                "INSERT INTO user_profiles (id, account_owner_id, display_name, profile_type) "
                "VALUES (%s, %s, 'V', 'child')",
                (victim, delegate),
            )
        # ... and whatever the client creates gets a fresh id
        fresh = _insert_profile(conn, delegate, "child")
        assert fresh != victim
        assert conn.execute(
            "SELECT count(*) AS n FROM audit_log WHERE patient_id = %s", (victim,)
        ).fetchone() == {"n": 0}


def test_audit_rows_older_than_the_profile_stay_hidden(db: Conn) -> None:
    """Second lock: even if an id were re-created (tombstone removed by hand), rows
    written before the current profile existed are not readable through it."""
    owner, victim = f.make_patient(db)
    shell = f.make_shell_file(db, victim, owner)
    db.execute("SELECT set_config('docpipe.actor', 'worker-1', true)")
    f.add_medication(db, victim, shell, "HIV antiretroviral")
    db.execute("DELETE FROM user_profiles WHERE id = %s", (victim,))
    db.execute("DELETE FROM retired_profile_ids WHERE id = %s", (victim,))
    attacker = f.make_user(db)
    db.execute(
        "INSERT INTO user_profiles (id, account_owner_id, display_name, created_at) "
        "VALUES (%s, %s, 'V', now() + interval '1 minute')",
        (victim, attacker),
    )
    with as_user(db, attacker) as conn:
        assert conn.execute(
            "SELECT count(*) AS n FROM audit_log WHERE patient_id = %s", (victim,)
        ).fetchone() == {"n": 0}
