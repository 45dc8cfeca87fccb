"""One current list per patient: the patient_current_* views (migration 0060).

Two CCDs exported from the same portal months apart repeat most items; the views merge
them by code (else normalised name), keep every source document, show the latest
status, leave out what is under review or no longer asserted, and apply RLS through
the underlying tables to whoever queries them.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import psycopg
import pytest

from tests.support import factories as f
from tests.support.pg import as_user

pytestmark = pytest.mark.db

Conn = psycopg.Connection[Any]
OLD, NEW = date(2024, 1, 10), date(2024, 6, 1)


def _document(db: Conn, patient: uuid.UUID, owner: uuid.UUID, uploaded: str) -> uuid.UUID:
    shell = f.make_shell_file(db, patient, owner, original_filename="ccd.xml")
    db.execute(
        "UPDATE shell_files SET created_at = %s::timestamptz WHERE id = %s", (uploaded, shell)
    )
    return shell


def _event(
    db: Conn,
    patient: uuid.UUID,
    shell: uuid.UUID,
    kind: str,
    name: str,
    when: date | None,
    *,
    assertion: str = "present",
    review: bool = False,
) -> uuid.UUID:
    activity = "intervention" if kind in ("medication", "immunization") else "observation"
    row = db.execute(
        "INSERT INTO patient_clinical_events (patient_id, shell_file_id, activity_type, "
        "event_name, event_kind, event_date, assertion, requires_review, review_reason, "
        "extraction_item_key) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (
            patient,
            shell,
            activity,
            name,
            kind,
            when,
            assertion,
            review,
            "unconfirmed" if review else None,
            uuid.uuid4().hex,
        ),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"]))


def medication(
    db: Conn,
    patient: uuid.UUID,
    shell: uuid.UUID,
    name: str,
    rxnorm: str | None,
    status: str,
    when: date | None,
    **flags: Any,
) -> uuid.UUID:
    event = _event(db, patient, shell, "medication", name, when, **flags)
    db.execute(
        "INSERT INTO patient_medications (event_id, patient_id, shell_file_id, medication_name, "
        "rxnorm_code, status) VALUES (%s, %s, %s, %s, %s, %s)",
        (event, patient, shell, name, rxnorm, status),
    )
    return event


def condition(
    db: Conn,
    patient: uuid.UUID,
    shell: uuid.UUID,
    name: str,
    icd10: str | None,
    status: str,
    when: date | None,
    assertion: str = "present",
) -> uuid.UUID:
    event = _event(db, patient, shell, "condition", name, when, assertion=assertion)
    db.execute(
        "INSERT INTO patient_conditions (event_id, patient_id, shell_file_id, condition_name, "
        "condition_code, condition_system, status) VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (event, patient, shell, name, icd10, "icd10" if icd10 else None, status),
    )
    return event


def allergy(
    db: Conn, patient: uuid.UUID, shell: uuid.UUID, name: str, when: date | None, assertion: str
) -> uuid.UUID:
    event = _event(db, patient, shell, "allergy", name, when, assertion=assertion)
    db.execute(
        "INSERT INTO patient_allergies (event_id, patient_id, shell_file_id, allergen_name, status) "
        "VALUES (%s, %s, %s, %s, %s)",
        (event, patient, shell, name, "active" if assertion == "present" else "inactive"),
    )
    return event


def immunization(
    db: Conn, patient: uuid.UUID, shell: uuid.UUID, name: str, cvx: str, given: date, when: date
) -> uuid.UUID:
    event = _event(db, patient, shell, "immunization", name, when)
    db.execute(
        "INSERT INTO patient_immunizations (event_id, patient_id, shell_file_id, vaccine_name, "
        "cvx_code, administration_date, status) VALUES (%s, %s, %s, %s, %s, %s, 'given')",
        (event, patient, shell, name, cvx, given),
    )
    return event


def lab(
    db: Conn,
    patient: uuid.UUID,
    shell: uuid.UUID,
    name: str,
    loinc: str,
    value: str,
    observed: date,
) -> uuid.UUID:
    event = _event(db, patient, shell, "lab", name, observed)
    db.execute(
        "INSERT INTO patient_observations (event_id, patient_id, shell_file_id, test_name, "
        "loinc_code, value_text, observed_on) VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (event, patient, shell, name, loinc, value, observed),
    )
    return event


@pytest.fixture
def two_ccds(db: Conn) -> dict[str, Any]:
    """One patient, two portal CCDs (January and June) repeating most items."""
    db.execute("SELECT set_config('docpipe.actor', 'test-setup', true)")
    owner, patient = f.make_patient(db)
    jan = _document(db, patient, owner, "2024-01-12 09:00+00")
    jun = _document(db, patient, owner, "2024-06-03 09:00+00")
    p, ev = patient, {}
    ev["metformin_jan"] = medication(
        db, p, jan, "Metformin 500 MG Oral Tablet", "861007", "active", OLD
    )
    ev["metformin_jun"] = medication(
        db, p, jun, "metformin hydrochloride 500 mg tab", "861007", "active", NEW
    )
    ev["atorva_jan"] = medication(
        db, p, jan, "Atorvastatin 20 MG Oral Tablet", "617310", "active", OLD
    )
    ev["atorva_jun"] = medication(
        db, p, jun, "Atorvastatin 20 MG Oral Tablet", "617310", "stopped", NEW
    )
    ev["lisinopril_jan"] = medication(
        db, p, jan, "Lisinopril 10 MG Oral Tablet", "314076", "active", OLD
    )
    # Uncoded in both: merged by the normalised name.
    ev["vitd_jan"] = medication(db, p, jan, "Vitamin D3 1000 IU", None, "active", OLD)
    ev["vitd_jun"] = medication(db, p, jun, "vitamin d3 - 1000 iu", None, "active", NEW)
    # Under review: never part of the current list.
    medication(db, p, jun, "Zzyzoprine 5 mg", None, "active", NEW, review=True)
    condition(db, p, jan, "Essential hypertension", "I10", "active", OLD)
    condition(db, p, jun, "Hypertension", "I10", "active", NEW)
    condition(db, p, jan, "Acute bronchitis", "J20.9", "active", OLD)
    condition(db, p, jun, "Acute bronchitis", "J20.9", "resolved", NEW, assertion="historical")
    condition(db, p, jun, "Diabetes (mother)", "E11.9", "active", NEW, assertion="family")
    allergy(db, p, jan, "Penicillin G", OLD, "present")
    allergy(db, p, jun, "penicillin g", NEW, "present")
    allergy(db, p, jan, "Latex", OLD, "negated")
    allergy(db, p, jun, "Latex", NEW, "negated")
    immunization(db, p, jan, "Influenza, seasonal", "150", date(2023, 10, 12), OLD)
    immunization(db, p, jun, "Influenza vaccine", "150", date(2023, 10, 12), NEW)
    immunization(db, p, jun, "Tdap", "115", date(2024, 5, 2), NEW)
    lab(db, p, jan, "Hemoglobin A1c", "4548-4", "7.2", date(2024, 1, 5))
    lab(db, p, jun, "HbA1c", "4548-4", "6.8", date(2024, 5, 28))
    return {"owner": owner, "patient": patient, "jan": jan, "jun": jun, "events": ev}


def _by_name(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["merge_key"]: r for r in rows}


def test_overlapping_medications_give_one_row_each_with_both_sources_and_newer_status(
    db: Conn, two_ccds: dict[str, Any]
) -> None:
    w, ev = two_ccds, two_ccds["events"]
    rows = _by_name(
        db.execute(
            "SELECT * FROM patient_current_medications WHERE patient_id = %s", (w["patient"],)
        ).fetchall()
    )
    assert set(rows) == {
        "rxnorm:861007",
        "rxnorm:617310",
        "rxnorm:314076",
        "name:vitamin d3 1000 iu",
    }
    atorva = rows["rxnorm:617310"]
    assert atorva["status"] == "stopped" and not atorva["is_active"]
    assert set(atorva["source_shell_file_ids"]) == {w["jan"], w["jun"]}
    assert atorva["source_event_ids"] == [ev["atorva_jan"], ev["atorva_jun"]]
    assert atorva["latest_shell_file_id"] == w["jun"]
    assert (atorva["first_recorded"], atorva["last_recorded"]) == (OLD, NEW)
    metformin = rows["rxnorm:861007"]
    assert metformin["is_active"] and metformin["name"] == "metformin hydrochloride 500 mg tab"
    assert set(metformin["source_shell_file_ids"]) == {w["jan"], w["jun"]}
    assert rows["rxnorm:314076"]["source_shell_file_ids"] == [w["jan"]]
    assert rows["name:vitamin d3 1000 iu"]["source_event_ids"] == [ev["vitd_jan"], ev["vitd_jun"]]


def test_the_document_date_breaks_a_tie_of_event_dates(db: Conn, two_ccds: dict[str, Any]) -> None:
    """Undated items: the later upload's statement is the latest."""
    w = two_ccds
    medication(db, w["patient"], w["jan"], "Omeprazole 20 MG", "198053", "active", None)
    medication(db, w["patient"], w["jun"], "Omeprazole 20 MG", "198053", "held", None)
    row = db.execute(
        "SELECT status, latest_shell_file_id FROM patient_current_medications "
        "WHERE patient_id = %s AND merge_key = 'rxnorm:198053'",
        (w["patient"],),
    ).fetchone()
    assert row == {"status": "held", "latest_shell_file_id": w["jun"]}


def test_conditions_allergies_immunizations_and_labs_merge_the_same_way(
    db: Conn, two_ccds: dict[str, Any]
) -> None:
    w = two_ccds
    conditions = _by_name(
        db.execute(
            "SELECT * FROM patient_current_conditions WHERE patient_id = %s", (w["patient"],)
        ).fetchall()
    )
    # bronchitis resolved in June (historical) and a family member's diabetes are not current
    assert set(conditions) == {"icd10:I10"}
    assert conditions["icd10:I10"]["name"] == "Hypertension"
    assert len(conditions["icd10:I10"]["source_shell_file_ids"]) == 2
    allergies = _by_name(
        db.execute(
            "SELECT * FROM patient_current_allergies WHERE patient_id = %s", (w["patient"],)
        ).fetchall()
    )
    assert set(allergies) == {"name:penicillin g"}  # "no latex allergy" is never current
    assert allergies["name:penicillin g"]["status"] == "active"
    vaccines = _by_name(
        db.execute(
            "SELECT * FROM patient_current_immunizations WHERE patient_id = %s", (w["patient"],)
        ).fetchall()
    )
    assert set(vaccines) == {"cvx:150@2023-10-12", "cvx:115@2024-05-02"}
    assert len(vaccines["cvx:150@2023-10-12"]["source_event_ids"]) == 2
    labs = db.execute(
        "SELECT value_text, observed_on, result_dates FROM patient_current_labs "
        "WHERE patient_id = %s",
        (w["patient"],),
    ).fetchall()
    assert labs == [{"value_text": "6.8", "observed_on": date(2024, 5, 28), "result_dates": 2}]


def test_a_newer_present_statement_restores_an_item(db: Conn, two_ccds: dict[str, Any]) -> None:
    """Negated in January, recorded as present in June: listed again, from June."""
    w = two_ccds
    allergy(db, w["patient"], w["jan"], "Sulfonamides", OLD, "negated")
    allergy(db, w["patient"], w["jun"], "Sulfonamides", NEW, "present")
    row = db.execute(
        "SELECT latest_shell_file_id, source_shell_file_ids FROM patient_current_allergies "
        "WHERE patient_id = %s AND merge_key = 'name:sulfonamides'",
        (w["patient"],),
    ).fetchone()
    assert row is not None and row["latest_shell_file_id"] == w["jun"]
    assert set(row["source_shell_file_ids"]) == {w["jan"], w["jun"]}


def test_each_document_keeps_its_own_rows(db: Conn, two_ccds: dict[str, Any]) -> None:
    """The views only read: every document's rows stay, and deleting one document's row
    leaves the merged item with the other document as its source."""
    w, ev = two_ccds, two_ccds["events"]
    stored = db.execute(
        "SELECT shell_file_id, count(*) AS n FROM patient_medications WHERE patient_id = %s "
        "GROUP BY 1",
        (w["patient"],),
    ).fetchall()
    assert {r["shell_file_id"]: r["n"] for r in stored} == {w["jan"]: 4, w["jun"]: 4}
    db.execute(
        "UPDATE patient_clinical_events SET deleted_at = now() WHERE id = %s", (ev["atorva_jun"],)
    )
    row = db.execute(
        "SELECT status, source_shell_file_ids FROM patient_current_medications "
        "WHERE patient_id = %s AND merge_key = 'rxnorm:617310'",
        (w["patient"],),
    ).fetchone()
    assert row == {"status": "active", "source_shell_file_ids": [w["jan"]]}


def test_rls_applies_through_the_views(db: Conn, two_ccds: dict[str, Any]) -> None:
    """Owners see their own merged rows; another patient's rows are invisible."""
    w = two_ccds
    other_owner, other_patient = f.make_patient(db)
    other_doc = _document(db, other_patient, other_owner, "2024-03-01 09:00+00")
    medication(db, other_patient, other_doc, "Warfarin 5 MG", "855332", "active", OLD)
    allergy(db, other_patient, other_doc, "Aspirin", OLD, "present")
    views = (
        "patient_current_medications",
        "patient_current_conditions",
        "patient_current_allergies",
        "patient_current_immunizations",
        "patient_current_labs",
    )
    with as_user(db, w["owner"]) as conn:
        for view in views:
            seen = {r["patient_id"] for r in conn.execute(f"SELECT patient_id FROM {view}")}
            assert seen == {w["patient"]}, view
    with as_user(db, other_owner) as conn:
        meds = conn.execute("SELECT patient_id, merge_key FROM patient_current_medications")
        assert meds.fetchall() == [{"patient_id": other_patient, "merge_key": "rxnorm:855332"}]
    stranger = f.make_user(db)
    with as_user(db, stranger) as conn:
        for view in views:
            assert conn.execute(f"SELECT count(*) AS n FROM {view}").fetchone() == {"n": 0}
    with (
        as_user(db, None, role="anon") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT * FROM patient_current_medications")


@pytest.mark.parametrize(
    "view",
    [
        "patient_current_medications",
        "patient_current_conditions",
        "patient_current_allergies",
        "patient_current_immunizations",
        "patient_current_labs",
    ],
)
def test_every_current_view_is_security_invoker(db: Conn, view: str) -> None:
    """security_invoker is what makes the tables' RLS apply to the caller."""
    row = db.execute(
        "SELECT reloptions FROM pg_class WHERE relname = %s AND relkind = 'v'", (view,)
    ).fetchone()
    assert row is not None and "security_invoker=true" in row["reloptions"]


def test_a_delegate_without_the_file_right_sees_the_same_lists(
    db: Conn, two_ccds: dict[str, Any]
) -> None:
    """A grant with can_view_files off hides the documents, not the record: the current
    lists, ties broken by upload time, read the same as the owner's."""
    w = two_ccds
    medication(db, w["patient"], w["jan"], "Omeprazole 20 MG", "198053", "active", None)
    medication(db, w["patient"], w["jun"], "Omeprazole 20 MG", "198053", "held", None)
    delegate = f.make_user(db)
    f.grant(db, w["patient"], delegate, "read_only")
    db.execute(
        "UPDATE profile_access_permissions SET can_view_files = false WHERE user_id = %s",
        (delegate,),
    )
    views = (
        "patient_current_medications",
        "patient_current_conditions",
        "patient_current_allergies",
        "patient_current_immunizations",
        "patient_current_labs",
    )
    seen: dict[uuid.UUID, dict[str, list[dict[str, Any]]]] = {}
    for user in (w["owner"], delegate):
        with as_user(db, user) as conn:
            assert conn.execute("SELECT count(*) AS n FROM shell_files").fetchone() == {
                "n": 0 if user == delegate else 2
            }
            seen[user] = {
                view: conn.execute(f"SELECT * FROM {view} ORDER BY merge_key").fetchall()
                for view in views
            }
    assert seen[delegate] == seen[w["owner"]]
    omeprazole = next(
        r
        for r in seen[delegate]["patient_current_medications"]
        if r["merge_key"] == "rxnorm:198053"
    )
    assert (omeprazole["status"], omeprazole["latest_shell_file_id"]) == ("held", w["jun"])


def test_upload_times_are_answered_only_to_who_may_read_the_patient(
    db: Conn, two_ccds: dict[str, Any]
) -> None:
    """document_upload_times is callable by clients (the views need it); it tells a
    stranger nothing."""
    w = two_ccds
    query = "SELECT shell_file_id, uploaded_at FROM document_upload_times()"
    with as_user(db, w["owner"]) as conn:
        times = {r["shell_file_id"]: r["uploaded_at"] for r in conn.execute(query)}
        assert set(times) == {w["jan"], w["jun"]} and times[w["jun"]].month == 6
    with as_user(db, f.make_user(db)) as conn:
        assert conn.execute(query).fetchall() == []
