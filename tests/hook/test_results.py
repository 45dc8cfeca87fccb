"""GET /v1/shell-files/{id}: progress, type, summary, counts and items, read AS THE CALLER.

The hook switches each read to the ``authenticated`` role with the caller's claims, so
row-level security decides: the owner and a delegate with a read grant see the
results; a stranger, an emergency-only delegate and a revoked delegate get 404.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import psycopg
import pytest
from dramatiq.brokers.stub import StubBroker
from psycopg import sql

from pipeline.db import DictConnection, actor_context, make_pool
from pipeline.hook.app import create_app
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.settings import Settings
from tests.hook.hookkit import Hook
from tests.support import factories as f
from tests.support.http import JWT_SECRET, make_token, serve_app
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]

#: The keys of one item in ``?include=items`` (the documented shape).
ITEM_KEYS = {
    "id", "category", "name", "code", "code_system", "page", "box", "source_element_id",
    "requires_review", "review_reason", "assertion", "status", "date", "value",
    "interpretation", "administration_date",
}  # fmt: skip


def _event(
    conn: DictConnection, patient: uuid.UUID, doc: uuid.UUID, kind: str, name: str, **hub: Any
) -> uuid.UUID:
    columns = {
        "patient_id": patient,
        "shell_file_id": doc,
        "activity_type": "intervention" if kind == "medication" else "observation",
        "event_name": name,
        "event_kind": kind,
        "extraction_item_key": uuid.uuid4().hex,
        "source_page": 1,
        "source_bbox": psycopg.types.json.Jsonb([0.1, 0.2, 0.5, 0.25]),
        **hub,
    }
    row = conn.execute(
        sql.SQL("INSERT INTO patient_clinical_events ({}) VALUES ({}) RETURNING id").format(
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(", ").join(sql.Placeholder() * len(columns)),
        ),
        list(columns.values()),
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"]))


@pytest.fixture
def document(hook: Hook, people: dict[str, uuid.UUID]) -> uuid.UUID:
    """A finished lab report of the patient: one coded medication, one lab flagged for
    review, one negated allergy; a type and a summary (written as the workers would)."""
    patient, owner = people["patient"], people["owner"]
    with dict_connect(hook.db_url, autocommit=False) as conn:
        doc = f.make_shell_file(conn, patient, owner)
        conn.execute(
            "UPDATE shell_files SET document_type = 'lab_report', ai_synthesized_summary = "
            "'Synthetic summary.', page_count = 1 WHERE id = %s",
            (doc,),
        )
        conn.commit()
        with actor_context(conn, actor="worker:test"):
            med = _event(conn, patient, doc, "medication", "Metformin")
            conn.execute(
                "INSERT INTO patient_medications (event_id, patient_id, shell_file_id, "
                "medication_name, dose_amount, dose_unit, frequency, rxnorm_code, status) "
                "VALUES (%s, %s, %s, 'Metformin', 500, 'mg', 'twice daily', '860975', 'active')",
                (med, patient, doc),
            )
            lab = _event(
                conn, patient, doc, "lab", "HbA1c",
                requires_review=True, review_reason="ambiguous_date", event_date="2024-03-01",
            )  # fmt: skip
            conn.execute(
                "INSERT INTO patient_observations (event_id, patient_id, shell_file_id, "
                "observation_type, test_name, loinc_code, value_text, unit, interpretation) "
                "VALUES (%s, %s, %s, 'lab', 'HbA1c', '4548-4', '7.1', '%%', 'high')",
                (lab, patient, doc),
            )
            allergy = _event(conn, patient, doc, "allergy", "Penicillin", assertion="negated")
            conn.execute(
                "INSERT INTO patient_allergies (event_id, patient_id, shell_file_id, "
                "allergen_name, status) VALUES (%s, %s, %s, 'Penicillin', 'inactive')",
                (allergy, patient, doc),
            )
    return doc


def _get(hook_url: str, doc: uuid.UUID | str, user: uuid.UUID, query: str = "") -> httpx.Response:
    headers = {"authorization": f"Bearer {make_token(user)}"}
    return httpx.get(f"{hook_url}/v1/shell-files/{doc}{query}", headers=headers, timeout=30)


def test_owner_sees_type_summary_counts_and_items(
    hook: Hook, people: dict[str, uuid.UUID], document: uuid.UUID
) -> None:
    """The owner gets the document type, the summary, counts per category and every item
    with its code, code system, page, box, review flag and reason, status and assertion."""
    response = _get(hook.url, document, people["owner"], "?include=items")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["shell_file_id"] == str(document)
    assert set(body["stages"]) >= {"security_scan", "ocr", "finalize"}
    results = body["results"]
    assert results["document_type"] == "lab_report"
    assert results["summary"] == "Synthetic summary."
    assert results["counts"] == {
        "medication": 1, "lab": 1, "vital": 0, "allergy": 1, "condition": 0, "immunization": 0,
    }  # fmt: skip
    assert (results["items_total"], results["requires_review"]) == (3, 1)
    items = {item["category"]: item for item in body["items"]}
    assert all(set(item) == ITEM_KEYS for item in body["items"])
    med, lab, allergy = items["medication"], items["lab"], items["allergy"]
    assert (med["code"], med["code_system"], med["status"]) == ("860975", "RxNorm", "active")
    assert med["value"] == "500 mg twice daily"
    assert (med["page"], med["box"]) == (1, [0.1, 0.2, 0.5, 0.25])
    assert (med["requires_review"], med["review_reason"], med["assertion"]) == (
        False, None, "present",
    )  # fmt: skip
    assert (lab["code"], lab["code_system"], lab["value"], lab["interpretation"]) == (
        "4548-4", "LOINC", "7.1 %", "high",
    )  # fmt: skip
    assert (lab["requires_review"], lab["review_reason"], lab["date"]) == (
        True, "ambiguous_date", "2024-03-01",
    )  # fmt: skip
    assert (allergy["assertion"], allergy["status"], allergy["code"]) == (
        "negated", "inactive", None,
    )  # fmt: skip


def test_items_only_on_request(
    hook: Hook, people: dict[str, uuid.UUID], document: uuid.UUID
) -> None:
    """Without ?include=items the answer has counts but no item list; an unknown include
    is a 422 that names what is accepted."""
    plain = _get(hook.url, document, people["owner"])
    assert plain.status_code == 200 and "items" not in plain.json()
    assert plain.json()["results"]["items_total"] == 3
    wrong = _get(hook.url, document, people["owner"], "?include=everything")
    assert wrong.status_code == 422 and wrong.json()["error"]["code"] == "invalid_include"


def test_delegate_with_a_read_grant_sees_the_items(
    hook: Hook, people: dict[str, uuid.UUID], document: uuid.UUID
) -> None:
    """A read_only delegate reads what the owner reads (RLS: has_patient_access 'read')."""
    response = _get(hook.url, document, people["reader"], "?include=items")
    assert response.status_code == 200, response.text
    owner = _get(hook.url, document, people["owner"], "?include=items").json()
    assert response.json()["items"] == owner["items"]
    assert response.json()["results"] == owner["results"]


def test_stranger_and_delegates_without_read_get_404(
    hook: Hook, people: dict[str, uuid.UUID], document: uuid.UUID
) -> None:
    """Another patient's owner, an emergency-only delegate and a revoked delegate: 404, the
    same answer as an id that does not exist (ids are not probed)."""
    with dict_connect(hook.db_url) as conn:
        emergency = f.make_user(conn)
        revoked = f.make_user(conn)
        f.grant(conn, people["patient"], emergency, "emergency")
        f.grant(conn, people["patient"], revoked, "read_only", revoked=True)
    for user in (people["other"], emergency, revoked):
        response = _get(hook.url, document, user, "?include=items")
        assert response.status_code == 404, response.text
        assert response.json() == {"error": {"code": "not_found", "message": "no such document"}}
    unknown = _get(hook.url, uuid.uuid4(), people["owner"])
    assert unknown.json() == response.json()


def test_the_read_leaves_the_pooled_connection_as_the_service_role(
    fresh_db_url: str, people: dict[str, uuid.UUID], document: uuid.UUID
) -> None:
    """The caller's role and claims end with the read's transaction: the same pooled
    connection is the service role again, with no claims, for the next request."""
    settings = Settings(database_url=fresh_db_url, supabase_jwt_secret=JWT_SECRET)
    broker = StubBroker()
    declare_stage_queues(broker)
    with make_pool(fresh_db_url, max_size=1) as pool:
        app = create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))
        with serve_app(app) as url:
            assert _get(url, document, people["owner"]).status_code == 200
            assert _get(url, document, people["other"]).status_code == 404
        with pool.connection() as conn:
            row = conn.execute(
                "SELECT current_user AS role, current_setting('request.jwt.claims', true) AS c,"
                " current_setting('transaction_read_only') AS ro"
            ).fetchone()
    broker.close()
    assert row == {"role": "service_role", "c": "", "ro": "off"}


@pytest.fixture
def login_role(pg_admin_url: str) -> Iterator[str]:
    """A production-like login role: no superuser, only a member of service_role."""
    name = f"h5_login_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN IN ROLE service_role").format(sql.Identifier(name))
        )
    try:
        yield name
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def test_a_login_role_in_service_role_can_read_as_the_caller(
    fresh_db_url: str, login_role: str, people: dict[str, uuid.UUID], document: uuid.UUID
) -> None:
    """`CREATE ROLE docpipe LOGIN IN ROLE service_role` (the documented set-up) may switch
    to the client role for the read (migration 0085), and RLS still decides."""
    url = psycopg.conninfo.make_conninfo(fresh_db_url, user=login_role)
    settings = Settings(database_url=url, supabase_jwt_secret=JWT_SECRET)
    broker = StubBroker()
    declare_stage_queues(broker)
    with make_pool(url, max_size=2) as pool:
        app = create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))
        with serve_app(app) as hook_url:
            mine = _get(hook_url, document, people["owner"], "?include=items")
            theirs = _get(hook_url, document, people["other"], "?include=items")
    broker.close()
    assert mine.status_code == 200, mine.text
    assert len(mine.json()["items"]) == 3
    assert theirs.status_code == 404
