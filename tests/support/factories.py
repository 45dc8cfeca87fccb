"""Factories for test data (synthetic people only), written as the superuser."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg

Conn = psycopg.Connection[Any]


def make_user(conn: Conn) -> uuid.UUID:
    user_id = uuid.uuid4()
    conn.execute(
        "INSERT INTO auth.users (id, email) VALUES (%s, %s)", (user_id, f"{user_id}@example.test")
    )
    return user_id


def make_profile(conn: Conn, owner: uuid.UUID, *, self_profile: bool = True) -> uuid.UUID:
    profile_id = owner if self_profile else uuid.uuid4()
    conn.execute(
        "INSERT INTO user_profiles (id, account_owner_id, display_name, profile_type) "
        "VALUES (%s, %s, 'Test Person', %s)",
        (profile_id, owner, "self" if self_profile else "child"),
    )
    return profile_id


def make_patient(conn: Conn) -> tuple[uuid.UUID, uuid.UUID]:
    """A user and their self profile: (user_id, patient_id)."""
    user = make_user(conn)
    return user, make_profile(conn, user)


def make_shell_file(conn: Conn, patient: uuid.UUID, uploader: uuid.UUID, **extra: Any) -> uuid.UUID:
    columns = {
        "patient_id": patient,
        "uploaded_by": uploader,
        "original_filename": "report.pdf",
        "storage_path": f"{patient}/report.pdf",
        "mime_type": "application/pdf",
        "file_size_bytes": 1234,
        **extra,
    }
    names = ", ".join(columns)
    marks = ", ".join(["%s"] * len(columns))
    row = conn.execute(
        f"INSERT INTO shell_files ({names}) VALUES ({marks}) RETURNING id",
        tuple(columns.values()),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"] if isinstance(row, dict) else row[0]))


def grant(
    conn: Conn,
    profile: uuid.UUID,
    grantee: uuid.UUID,
    level: str,
    *,
    start: str = "now() - interval '1 day'",
    end: str | None = None,
    revoked: bool = False,
) -> None:
    conn.execute(
        "INSERT INTO profile_access_permissions "
        "(profile_id, user_id, permission_level, access_start_date, access_end_date, revoked_at) "
        f"VALUES (%s, %s, %s, {start}, {end or 'NULL'}, {'now()' if revoked else 'NULL'})",
        (profile, grantee, level),
    )


def make_provider(conn: Conn, user: uuid.UUID, *, verified: bool = True) -> uuid.UUID:
    row = conn.execute(
        "INSERT INTO provider_registry (user_id, provider_name, verification_status) "
        "VALUES (%s, 'Dr Test', %s) RETURNING id",
        (user, "full_verified" if verified else "pending"),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"] if isinstance(row, dict) else row[0]))


def link_provider(
    conn: Conn, patient: uuid.UUID, provider: uuid.UUID, *, consent: bool, status: str = "active"
) -> None:
    conn.execute(
        "INSERT INTO patient_provider_access "
        "(patient_id, provider_id, patient_consent_given, relationship_status, access_start_date) "
        "VALUES (%s, %s, %s, %s, now() - interval '1 day')",
        (patient, provider, consent, status),
    )


def add_medication(
    conn: Conn, patient: uuid.UUID, shell_file: uuid.UUID, name: str = "Aspirin"
) -> uuid.UUID:
    """Insert a hub event and a medication spoke (caller provides the actor context)."""
    event = conn.execute(
        "INSERT INTO patient_clinical_events "
        "(patient_id, shell_file_id, activity_type, event_name, event_kind, extraction_item_key) "
        "VALUES (%s, %s, 'intervention', %s, 'medication', %s) RETURNING id",
        (patient, shell_file, name, uuid.uuid4().hex),
    ).fetchone()
    assert event is not None
    event_id = uuid.UUID(str(event["id"] if isinstance(event, dict) else event[0]))
    conn.execute(
        "INSERT INTO patient_medications (event_id, patient_id, shell_file_id, medication_name) "
        "VALUES (%s, %s, %s, %s)",
        (event_id, patient, shell_file, name),
    )
    return event_id


def add_worker_outputs(conn: Conn, patient: uuid.UUID, shell_file: uuid.UUID, text: str) -> None:
    """One OCR page and one AI pass result for a document (what the workers store)."""
    conn.execute(
        "INSERT INTO ocr_page_artifacts (shell_file_id, patient_id, file_checksum_sha256, "
        "page_number, engine_key, engine, status, text_content) "
        "VALUES (%s, %s, 'sha', 1, 'fake', 'fake', 'ok', %s)",
        (shell_file, patient, text),
    )
    conn.execute(
        "INSERT INTO ai_pass_results (shell_file_id, patient_id, pass_name, input_sha256, "
        "extractor, extractor_version, output) VALUES (%s, %s, 'pass1', 'sha', 'fake', '1', "
        "jsonb_build_object('text', %s::text))",
        (shell_file, patient, text),
    )


def make_job(
    conn: Conn, patient: uuid.UUID, shell_file: uuid.UUID, *, status: str = "pending"
) -> uuid.UUID:
    """A stage job row for a document (status pending or completed)."""
    row = conn.execute(
        "INSERT INTO job_queue (job_type, job_lane, job_name, job_payload, correlation_id, "
        "patient_id, shell_file_id, status, job_result) "
        "VALUES ('fast_queue_ocr', 'ocr', 'ocr', jsonb_build_object('shell_file_id', %s::text, "
        "'patient_id', %s::text), 'corr', %s, %s, %s, '{\"summary\": \"text\"}') RETURNING id",
        (shell_file, patient, patient, shell_file, status),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"] if isinstance(row, dict) else row[0]))
