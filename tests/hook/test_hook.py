"""The upload hook over real HTTP: auth, validation, idempotency, webhook."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import httpx
import pytest

from tests.hook.hookkit import Hook, post, webhook_payload
from tests.support.http import WEBHOOK_SECRET, make_token
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]


def test_owner_upload_creates_file_and_first_job_then_sends_message(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """201 with ids; one shell_files row, one job row, one broker message, marked dispatched."""
    response = post(hook, people["owner"], hook.body(people["patient"]))
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["status"] == "enqueued"
    assert uuid.UUID(data["shell_file_id"]).version == 4
    assert uuid.UUID(data["job_id"]).version == 4
    assert hook.counts() == (1, 1)
    assert hook.broker.queues["security_scan"].qsize() == 1
    with dict_connect(hook.db_url) as conn:
        job = conn.execute("SELECT * FROM job_queue").fetchone()
    assert job is not None and job["dispatched_at"] is not None and job["broker_message_id"]


def test_repeat_with_same_key_returns_same_ids(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """The second identical request is a 200 with the same ids and writes nothing."""
    first = post(hook, people["owner"], hook.body(people["patient"]))
    second = post(hook, people["owner"], hook.body(people["patient"]))
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["shell_file_id"] == second.json()["shell_file_id"]
    assert first.json()["job_id"] == second.json()["job_id"]
    assert hook.counts() == (1, 1)
    assert hook.broker.queues["security_scan"].qsize() == 1


def test_same_key_different_upload_is_a_conflict(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """Reusing a key for another file is a 409, not a silent mix-up."""
    post(hook, people["owner"], hook.body(people["patient"]))
    other = post(
        hook,
        people["owner"],
        hook.body(people["patient"], storage_path=f"{people['patient']}/b.pdf"),
    )
    assert other.status_code == 409 and other.json()["error"]["code"] == "idempotency_key_reused"
    assert hook.counts() == (1, 1)


def test_twenty_concurrent_identical_uploads_make_one_file(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """20 parallel requests with one key: one shell_file, one job chain, same ids for all."""
    results: list[httpx.Response] = []
    lock = threading.Lock()
    barrier = threading.Barrier(20)

    def send() -> None:
        barrier.wait()
        response = post(hook, people["owner"], hook.body(people["patient"]), key="same-key")
        with lock:
            results.append(response)

    threads = [threading.Thread(target=send) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    codes = sorted(r.status_code for r in results)
    assert codes == [200] * 19 + [201]
    assert len({r.json()["shell_file_id"] for r in results}) == 1
    assert len({r.json()["job_id"] for r in results}) == 1
    assert hook.counts() == (1, 1)
    assert hook.broker.queues["security_scan"].qsize() == 1


def test_same_key_from_different_uploaders_does_not_collide(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """Keys are scoped per uploader: two users, one key, two documents."""
    a = post(hook, people["owner"], hook.body(people["patient"]), key="shared")
    b = post(hook, people["other"], hook.body(people["other_patient"]), key="shared")
    assert (a.status_code, b.status_code) == (201, 201)
    assert a.json()["shell_file_id"] != b.json()["shell_file_id"]
    assert hook.counts() == (2, 2)


def test_read_write_delegate_may_upload(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """A delegate with read_write and can_upload_files on the patient uploads like the owner."""
    response = post(hook, people["writer"], hook.body(people["patient"]))
    assert response.status_code == 201


def test_delegate_without_upload_right_may_not_upload(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """read_write with can_upload_files = false: 403 and nothing written (issue 8.9)."""
    response = post(hook, people["no_upload"], hook.body(people["patient"]))
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "forbidden"
    assert hook.counts() == (0, 0)


@pytest.mark.parametrize(
    ("case", "status", "code"),
    [
        ("no_token", 401, "missing_token"),
        ("expired", 401, "token_expired"),
        ("forged", 401, "invalid_signature"),
        ("wrong_audience", 401, "invalid_audience"),
        ("anon_role", 401, "invalid_role"),
        ("other_users_patient", 403, "forbidden"),
        ("read_only_delegate", 403, "forbidden"),
        ("unknown_patient", 403, "forbidden"),
        ("missing_fields", 422, "invalid_fields"),
        ("wrong_types", 422, "invalid_fields"),
        ("extra_field", 422, "invalid_fields"),
        ("malformed_json", 400, "malformed_json"),
        ("not_json", 415, "unsupported_content_type"),
        ("oversize_file", 413, "file_too_large"),
        ("oversize_body", 413, "body_too_large"),
        ("unknown_mime", 415, "unsupported_media_type"),
        ("path_outside_prefix", 422, "storage_path_invalid"),
        ("path_traversal", 422, "storage_path_invalid"),
        ("deeply_nested_json", 400, "json_too_deep"),
    ],
)
def test_bad_requests_get_the_right_4xx_and_write_nothing(
    hook: Hook, people: dict[str, uuid.UUID], case: str, status: int, code: str
) -> None:
    """Every client mistake: a JSON error with a code, no rows, no messages."""
    owner, patient = people["owner"], people["patient"]
    body: Any = hook.body(patient)
    kwargs: dict[str, Any] = {}
    user: uuid.UUID | None = owner
    if case == "no_token":
        user = None
    elif case == "expired":
        kwargs["token"] = make_token(owner, expires_in=-10)
    elif case == "forged":
        kwargs["token"] = make_token(owner, secret="not-the-secret-but-long-enough-for-hs256")
    elif case == "wrong_audience":
        kwargs["token"] = make_token(owner, audience="somebody-else")
    elif case == "anon_role":
        kwargs["token"] = make_token(owner, role="anon")
    elif case == "other_users_patient":
        body = hook.body(people["other_patient"])
    elif case == "read_only_delegate":
        user = people["reader"]
    elif case == "unknown_patient":
        ghost = uuid.uuid4()
        body = hook.body(ghost)
    elif case == "missing_fields":
        body = {"patient_id": str(patient)}
    elif case == "wrong_types":
        body = hook.body(patient, file_size_bytes="big", patient_id=12)
    elif case == "extra_field":
        body = hook.body(patient, uploaded_by=str(people["other"]))
    elif case == "malformed_json":
        body = b"{not json"
    elif case == "not_json":
        kwargs["content-type"] = "text/plain"
    elif case == "oversize_file":
        body = hook.body(patient, file_size_bytes=50 * 1024 * 1024 + 1)
    elif case == "oversize_body":
        body = hook.body(patient, original_filename="x" * 100_000)
    elif case == "unknown_mime":
        body = hook.body(patient, mime_type="application/x-msdownload")
    elif case == "path_outside_prefix":
        body = hook.body(patient, storage_path=f"{people['other_patient']}/scan.pdf")
    elif case == "path_traversal":
        body = hook.body(patient, storage_path=f"{patient}/../{people['other_patient']}/scan.pdf")
    elif case == "deeply_nested_json":  # 60 KB of nesting: was a RecursionError and a 500
        body = b"[" * 30_000 + b"]" * 30_000
    response = post(hook, user, body, **kwargs)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert hook.counts() == (0, 0)
    assert hook.broker.queues["security_scan"].qsize() == 0


def test_error_texts_carry_no_input_values(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """Validation errors name fields, never echo what was sent (it may be PHI)."""
    body = hook.body(people["patient"], file_size_bytes="Jane Testpatient DOB 1970-01-01")
    response = post(hook, people["owner"], body)
    assert response.status_code == 422
    assert "Jane" not in response.text and "1970" not in response.text


def test_storage_webhook_creates_once_per_object(hook: Hook, people: dict[str, uuid.UUID]) -> None:
    """A storage INSERT webhook is mapped to the same idempotent create (it may fire twice)."""
    payload = webhook_payload(people["patient"], people["owner"])
    headers = {"x-webhook-secret": WEBHOOK_SECRET}
    first = httpx.post(f"{hook.url}/v1/hooks/storage", json=payload, headers=headers, timeout=30)
    second = httpx.post(f"{hook.url}/v1/hooks/storage", json=payload, headers=headers, timeout=30)
    assert (first.status_code, second.status_code) == (201, 200), first.text
    assert first.json()["shell_file_id"] == second.json()["shell_file_id"]
    assert hook.counts() == (1, 1)


@pytest.mark.parametrize(
    ("case", "status"),
    [
        ("bad_secret", 401),
        ("not_owner", 403),
        ("bad_path", 422),
        ("update_event", 200),
        ("other_bucket", 200),
    ],
)
def test_storage_webhook_refusals(
    hook: Hook, people: dict[str, uuid.UUID], case: str, status: int
) -> None:
    """Wrong secret, an uploader without access, or an unusable path write nothing."""
    payload = webhook_payload(people["patient"], people["owner"])
    headers = {"x-webhook-secret": WEBHOOK_SECRET}
    if case == "bad_secret":
        headers = {"x-webhook-secret": "nope"}
    elif case == "not_owner":
        payload = webhook_payload(people["patient"], people["other"])
    elif case == "bad_path":
        payload["record"]["name"] = "../etc/passwd"
    elif case == "update_event":  # metadata touched, same object version: nothing new
        payload["type"] = "UPDATE"
        payload["old_record"] = dict(payload["record"])
    elif case == "other_bucket":
        payload["record"]["bucket_id"] = "avatars"
    response = httpx.post(f"{hook.url}/v1/hooks/storage", json=payload, headers=headers, timeout=30)
    assert response.status_code == status, response.text
    assert hook.counts() == (0, 0)


def test_status_endpoint_shows_the_document_to_its_owner_only(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """GET /v1/shell-files/{id}: stage statuses for those with access, 404 for others."""
    created = post(hook, people["owner"], hook.body(people["patient"])).json()
    url = f"{hook.url}/v1/shell-files/{created['shell_file_id']}"
    mine = httpx.get(url, headers={"authorization": f"Bearer {make_token(people['owner'])}"})
    assert mine.status_code == 200 and mine.json()["stages"]["security_scan"] == "pending"
    theirs = httpx.get(url, headers={"authorization": f"Bearer {make_token(people['other'])}"})
    assert theirs.status_code == 404


def test_health_endpoints(hook: Hook) -> None:
    """/healthz checks the database, /readyz the schema."""
    assert httpx.get(f"{hook.url}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{hook.url}/readyz").status_code == 200
    assert httpx.get(f"{hook.url}/nope").status_code == 404


def test_backlog_past_depth_limit_delays_but_accepts(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """Over queue.depth_limit, uploads are still accepted, with a later expected start."""
    from datetime import datetime, timedelta

    with dict_connect(hook.db_url) as conn:
        conn.execute(
            "UPDATE system_configuration SET config_value = '2' WHERE config_key = 'queue.depth_limit'"
        )
        conn.execute(
            "UPDATE system_configuration SET config_value = '30' WHERE config_key = 'queue.backpressure_delay_seconds'"
        )
    quick = post(
        hook,
        people["owner"],
        hook.body(people["patient"], storage_path=f"{people['patient']}/a.pdf"),
        key="a",
    )
    for name in ("b", "c"):
        post(
            hook,
            people["owner"],
            hook.body(people["patient"], storage_path=f"{people['patient']}/{name}.pdf"),
            key=name,
        )
    with dict_connect(hook.db_url) as conn:  # what the maintenance leader does every few seconds
        conn.execute("SELECT refresh_queue_lane_stats()")
    late = post(
        hook,
        people["owner"],
        hook.body(people["patient"], storage_path=f"{people['patient']}/d.pdf"),
        key="d",
    )
    assert (quick.status_code, late.status_code) == (201, 201)
    start_quick = datetime.fromisoformat(quick.json()["expected_start_at"])
    start_late = datetime.fromisoformat(late.json()["expected_start_at"])
    assert start_late - start_quick >= timedelta(seconds=29)
    with dict_connect(hook.db_url) as conn:
        job = conn.execute(
            "SELECT scheduled_at FROM job_queue WHERE id = %s", (late.json()["job_id"],)
        ).fetchone()
    assert job is not None and job["scheduled_at"] == start_late
    assert hook.counts() == (4, 4)
