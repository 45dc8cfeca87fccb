"""Real Supabase storage webhook shapes, and one document per stored object version.

Issue 9.5 (service-key objects, re-uploads) and 8.9 (the same object registered
through the client hook AND the storage webhook).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.hook.hookkit import Hook, post, send_webhook, webhook_payload
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]


def service_object(patient: uuid.UUID, **record: Any) -> dict[str, Any]:
    """What SupabaseBlobStore.put (service key) produces: no owner at all."""
    payload = webhook_payload(patient, patient, owner_id=None, **record)
    payload["record"]["owner"] = None
    payload["record"].setdefault("version", str(uuid.uuid4()))
    return payload


def documents(hook: Hook) -> list[dict[str, Any]]:
    with dict_connect(hook.db_url) as conn:
        return conn.execute(
            "SELECT id, patient_id, uploaded_by, storage_object_id, storage_object_version "
            "FROM shell_files ORDER BY created_at"
        ).fetchall()


def test_service_key_object_is_attributed_to_the_patient_by_path(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """owner/owner_id NULL: a document for the path's patient, uploaded_by NULL (was 422)."""
    payload = service_object(people["patient"])
    response = send_webhook(hook, payload)
    assert response.status_code == 201, response.text
    [doc] = documents(hook)
    assert doc["patient_id"] == people["patient"]
    assert doc["uploaded_by"] is None
    assert str(doc["storage_object_id"]) == payload["record"]["id"]
    assert hook.counts() == (1, 1)


def test_service_key_object_for_no_patient_is_refused(hook: Hook) -> None:
    """A path prefix that names no profile: 422, nothing written."""
    response = send_webhook(hook, service_object(uuid.uuid4()))
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_object"
    assert hook.counts() == (0, 0)


def test_upsert_of_a_new_version_is_a_new_document(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """INSERT v1, then UPDATE to v2 (same id, upsert): two documents; v2 again: the same."""
    first = webhook_payload(people["patient"], people["owner"], version="v1")
    assert send_webhook(hook, first).status_code == 201
    upsert = {
        **first,
        "type": "UPDATE",
        "old_record": first["record"],
        "record": {**first["record"], "version": "v2"},
    }
    second = send_webhook(hook, upsert)
    assert second.status_code == 201, second.text
    again = send_webhook(hook, upsert)
    assert again.status_code == 200
    assert again.json()["shell_file_id"] == second.json()["shell_file_id"]
    versions = sorted(d["storage_object_version"] for d in documents(hook))
    assert versions == ["v1", "v2"]
    assert hook.counts() == (2, 2)


def test_delete_and_upload_again_is_a_new_document(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """Same path, new object id: a new document, not the old one's answer."""
    first = send_webhook(hook, webhook_payload(people["patient"], people["owner"]))
    second = send_webhook(hook, webhook_payload(people["patient"], people["owner"]))
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["shell_file_id"] != second.json()["shell_file_id"]
    assert hook.counts() == (2, 2)


@pytest.mark.parametrize("webhook_first", [False, True])
def test_client_and_webhook_for_one_object_make_one_document(
    hook: Hook, people: dict[str, uuid.UUID], webhook_first: bool
) -> None:
    """The hook POST and the storage INSERT for the same object, in either order: one
    document and one job chain (was two documents, doubled clinical events)."""
    patient = people["patient"]
    path = f"{patient}/photo.jpg"
    body = hook.body(patient, storage_path=path, mime_type="image/jpeg", file_size_bytes=2048)
    payload = webhook_payload(patient, people["owner"], name=path)
    if webhook_first:
        a = send_webhook(hook, payload)
        b = post(hook, people["owner"], body, key="client-key")
    else:
        a = post(hook, people["owner"], body, key="client-key")
        b = send_webhook(hook, payload)
    assert (a.status_code, b.status_code) == (201, 200), (a.text, b.text)
    assert a.json()["shell_file_id"] == b.json()["shell_file_id"]
    assert hook.counts() == (1, 1)
    # the client's retry with its key still finds that document
    retry = post(hook, people["owner"], body, key="client-key")
    assert retry.json()["shell_file_id"] == a.json()["shell_file_id"]
    assert hook.counts() == (1, 1)


def test_reupload_registered_by_client_after_its_webhook_is_a_new_document(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """v1 (client + webhook), then v2 (client + webhook) at the same path: two documents."""
    patient = people["patient"]
    path = f"{patient}/photo.jpg"
    body = hook.body(patient, storage_path=path, mime_type="image/jpeg", file_size_bytes=2048)
    v1 = webhook_payload(patient, people["owner"], name=path, version="v1")
    post(hook, people["owner"], body, key="upload-1")
    send_webhook(hook, v1)
    v2 = {**v1, "type": "UPDATE", "old_record": v1["record"]}
    v2["record"] = {**v1["record"], "version": "v2"}
    second_webhook = send_webhook(hook, v2)
    second_client = post(hook, people["owner"], body, key="upload-2")
    assert (second_webhook.status_code, second_client.status_code) == (201, 200)
    assert second_client.json()["shell_file_id"] == second_webhook.json()["shell_file_id"]
    assert hook.counts() == (2, 2)
