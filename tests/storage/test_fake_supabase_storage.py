"""The fake Supabase Storage itself answers the way storage-api does (raw HTTP checks).

If these drift from the real service, the adapter tests prove nothing; the expected
bodies are the ones documented in tests/fakes/supabase_storage.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import jwt
import pytest

from tests.fakes.supabase_storage import (
    DEFAULT_JWT_SECRET,
    FakeSupabaseStorage,
    decode_uri,
    mint_key,
)

BUCKET = "medical-docs"
NAME = "p1/a b.pdf"


@pytest.fixture
def fake() -> Iterator[FakeSupabaseStorage]:
    with FakeSupabaseStorage(buckets=(BUCKET,)) as server:
        server.put_object(BUCKET, NAME, b"%PDF-1.7 stored")
        yield server


@pytest.fixture
def http(fake: FakeSupabaseStorage) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url + "/storage/v1", timeout=5.0) as client:
        yield client


def _auth(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}", "apikey": key}


def test_authenticated_download_and_missing_object(
    fake: FakeSupabaseStorage, http: httpx.Client
) -> None:
    found = http.get(
        f"/object/authenticated/{BUCKET}/p1/a%20b.pdf", headers=_auth(fake.service_role_key)
    )
    assert found.status_code == 200
    assert found.content == b"%PDF-1.7 stored"
    assert found.headers["content-type"] == "application/pdf"
    assert found.headers["content-length"] == str(len(b"%PDF-1.7 stored"))

    missing = http.get(
        f"/object/authenticated/{BUCKET}/p1/nope.pdf", headers=_auth(fake.service_role_key)
    )
    assert missing.status_code == 400  # storage-api: HTTP 400, the real status in the body
    assert missing.json() == {
        "statusCode": "404",
        "code": "NoSuchKey",
        "error": "not_found",
        "message": "Object not found",
    }

    no_bucket = http.get(
        "/object/authenticated/nope/p1/a.pdf", headers=_auth(fake.service_role_key)
    )
    assert no_bucket.status_code == 400
    assert no_bucket.json()["statusCode"] == "404"
    assert no_bucket.json()["code"] == "NoSuchBucket"


def test_key_checks_gateway_and_storage(fake: FakeSupabaseStorage, http: httpx.Client) -> None:
    wrong = mint_key("service_role", "another-projects-secret-of-32-chars!!")
    path = f"/object/authenticated/{BUCKET}/p1/a%20b.pdf"

    gateway = http.get(path, headers=_auth(wrong))
    assert gateway.status_code == 401
    assert gateway.json()["message"] == "Invalid API key"
    no_key = http.get(path)
    assert no_key.status_code == 401
    assert no_key.json()["message"] == "No API key found in request"

    fake.gateway_apikey_check = False  # self-hosted: storage-api checks the JWT itself
    storage = http.get(path, headers=_auth(wrong))
    assert storage.status_code == 400
    assert storage.json() == {
        "statusCode": "403",
        "code": "AccessDenied",
        "error": "Unauthorized",
        "message": "invalid signature",
    }
    unsigned = http.get(path)
    assert unsigned.status_code == 400
    assert unsigned.json()["message"] == "jwt must be provided"


def test_signed_urls_are_scoped_and_expire(fake: FakeSupabaseStorage, http: httpx.Client) -> None:
    signed = http.post(
        f"/object/sign/{BUCKET}/p1/a%20b.pdf",
        json={"expiresIn": 60},
        headers=_auth(fake.service_role_key),
    )
    assert signed.status_code == 200
    url = signed.json()["signedURL"]
    assert url.startswith(f"/object/sign/{BUCKET}/p1/a b.pdf?token=")  # decodeURI'd path
    token = url.split("?token=")[1]
    claims = jwt.decode(token, DEFAULT_JWT_SECRET, algorithms=["HS256"])
    assert claims["url"] == f"{BUCKET}/{NAME}"
    assert claims["exp"] - claims["iat"] == 60

    fetched = http.get(f"/object/sign/{BUCKET}/p1/a%20b.pdf", params={"token": token})
    assert fetched.status_code == 200
    assert fetched.content == b"%PDF-1.7 stored"

    other = http.get(f"/object/sign/{BUCKET}/p1/other.pdf", params={"token": token})
    assert other.status_code == 400
    assert other.json()["code"] == "InvalidSignature"

    fake.advance_clock(61)
    expired = http.get(f"/object/sign/{BUCKET}/p1/a%20b.pdf", params={"token": token})
    assert expired.status_code == 400
    assert expired.json() == {
        "statusCode": "400",
        "code": "InvalidJWT",
        "error": "InvalidJWT",
        "message": "jwt expired",
    }

    bad_ttl = http.post(
        f"/object/sign/{BUCKET}/p1/a%20b.pdf",
        json={"expiresIn": 0},
        headers=_auth(fake.service_role_key),
    )
    assert bad_ttl.status_code == 400
    missing = http.post(
        f"/object/sign/{BUCKET}/p1/nope.pdf",
        json={"expiresIn": 60},
        headers=_auth(fake.service_role_key),
    )
    assert missing.status_code == 400
    assert missing.json()["statusCode"] == "404"


def test_upload_upsert_and_duplicates(fake: FakeSupabaseStorage, http: httpx.Client) -> None:
    headers = {**_auth(fake.service_role_key), "content-type": "image/png"}
    created = http.post(f"/object/{BUCKET}/p1/new.png", content=b"png", headers=headers)
    assert created.status_code == 200
    assert created.json()["Key"] == f"{BUCKET}/p1/new.png"
    assert created.json()["Id"]

    duplicate = http.post(f"/object/{BUCKET}/p1/new.png", content=b"png2", headers=headers)
    assert duplicate.status_code == 400
    assert duplicate.json()["statusCode"] == "409"
    assert duplicate.json()["error"] == "Duplicate"

    upsert = http.post(
        f"/object/{BUCKET}/p1/new.png",
        content=iter([b"chunk", b"ed"]),
        headers={**headers, "x-upsert": "true"},
    )
    assert upsert.status_code == 200
    assert fake.object_bytes(BUCKET, "p1/new.png") == b"chunked"
    assert fake.requests[-1].transfer_encoding == "chunked"

    fake.create_bucket("small", file_size_limit=4)
    too_big = http.post("/object/small/p1/x.png", content=b"12345", headers=headers)
    assert too_big.status_code == 400
    assert too_big.json()["statusCode"] == "413"


def test_fault_injection_and_counting(fake: FakeSupabaseStorage, http: httpx.Client) -> None:
    path = f"/object/authenticated/{BUCKET}/p1/a%20b.pdf"
    headers = _auth(fake.service_role_key)
    fake.fail_next(429, times=2, retry_after="2")
    fake.fail_next(500)
    statuses = [http.get(path, headers=headers).status_code for _ in range(4)]
    assert statuses == [429, 429, 500, 200]
    assert fake.count("download") == 4
    assert fake.count("download", status=429) == 2
    assert [r.fault for r in fake.requests] == ["status_429", "status_429", "status_500", None]

    fake.reset_requests()
    fake.fail_next(503, routes={"upload"})
    assert http.get(path, headers=headers).status_code == 200  # not an upload: untouched
    assert http.post(f"/object/{BUCKET}/p1/z.pdf", content=b"z", headers=headers).status_code == 503
    assert fake.count() == 2


def test_delete_removes_once_then_answers_not_found(
    fake: FakeSupabaseStorage, http: httpx.Client
) -> None:
    path = f"/object/{BUCKET}/p1/a%20b.pdf"
    anon = http.delete(path, headers=_auth(fake.anon_key))
    assert anon.status_code == 400  # RLS hides the object from anon: "not found"
    assert anon.json()["code"] == "NoSuchKey"
    assert fake.has_object(BUCKET, NAME)

    deleted = http.delete(path, headers=_auth(fake.service_role_key))
    assert deleted.status_code == 200
    assert deleted.json() == {"message": "Successfully deleted"}
    assert not fake.has_object(BUCKET, NAME)

    again = http.delete(path, headers=_auth(fake.service_role_key))
    assert again.status_code == 400
    assert again.json() == {
        "statusCode": "404",
        "code": "NoSuchKey",
        "error": "not_found",
        "message": "Object not found",
    }
    assert [r.route for r in fake.requests] == ["delete"] * 3

    fake.fail_next(500, routes={"delete"})
    fake.fail_next(429, routes={"delete"}, retry_after="1")
    statuses = [http.delete(path, headers=_auth(fake.service_role_key)).status_code]
    statuses.append(http.delete(path, headers=_auth(fake.service_role_key)).status_code)
    assert statuses == [500, 429]


def test_real_error_status_sends_the_status_of_the_body() -> None:
    with (
        FakeSupabaseStorage(buckets=(BUCKET,), real_error_status=True) as fake,
        httpx.Client(base_url=fake.url + "/storage/v1", timeout=5.0) as http,
    ):
        missing = http.delete(f"/object/{BUCKET}/p1/x.pdf", headers=_auth(fake.service_role_key))
        assert missing.status_code == 404
        assert missing.json()["code"] == "NoSuchKey"


def test_decode_uri_matches_javascript() -> None:
    # decodeURI keeps escapes of ; / ? : @ & = + $ , # and decodes the rest (UTF-8).
    assert decode_uri("p1/a%20b%2Fc%3F%23%C3%BC%2C") == "p1/a b%2Fc%3F%23ü%2C"
