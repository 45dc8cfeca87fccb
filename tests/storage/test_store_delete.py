"""``BlobStore.delete`` beyond the contract: Supabase's wire format and answers, and the
local store's refusal to reach outside its root.

The cleanup of erased documents trusts ``False`` ("already gone") enough to close the
row for good, so only an answer that names the missing object may give it; a missing
bucket or a wrong address must fail instead of quietly leaving every object in place.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.storage.local import LocalBlobStore
from adapters.storage.supabase import SupabaseBlobStore
from pipeline.errors import (
    DocpipeError,
    PermanentError,
    RateLimited,
    StoragePathError,
    TransientError,
)
from tests.fakes.supabase_storage import FakeSupabaseStorage, mint_key
from tests.storage.conftest import BUCKET, PATIENT

MakeStore = Callable[..., SupabaseBlobStore]
PHI_NAME = f"{PATIENT}/Jane Doe 1980-02-03 discharge.pdf"


def test_supabase_delete_uses_the_object_route_with_both_headers(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    fake.put_object(BUCKET, PHI_NAME, b"%PDF-1.7")
    assert make_store().delete(PHI_NAME) is True
    assert not fake.has_object(BUCKET, PHI_NAME)
    [request] = fake.requests
    assert (request.method, request.route, request.status) == ("DELETE", "delete", 200)
    assert request.raw_path == (
        f"/storage/v1/object/{BUCKET}/{PATIENT}/Jane%20Doe%201980-02-03%20discharge.pdf"
    )
    assert request.had_authorization and request.had_apikey


@pytest.mark.parametrize("real_status", [False, True], ids=["http-400-body-404", "http-404"])
def test_supabase_not_found_in_either_form_is_already_gone(real_status: bool) -> None:
    with (
        FakeSupabaseStorage(buckets=(BUCKET,), real_error_status=real_status) as fake,
        SupabaseBlobStore(fake.url, fake.service_role_key, BUCKET, timeout=5.0) as store,
    ):
        assert store.delete(f"{PATIENT}/never-uploaded.pdf") is False
        assert [r.status for r in fake.requests] == [404 if real_status else 400]


@pytest.mark.parametrize("real_status", [False, True], ids=["http-400-body-404", "http-404"])
def test_supabase_missing_bucket_is_not_already_gone(real_status: bool) -> None:
    with (
        FakeSupabaseStorage(buckets=(BUCKET,), real_error_status=real_status) as fake,
        SupabaseBlobStore(fake.url, fake.service_role_key, "no-such-bucket", timeout=5.0) as store,
        pytest.raises(PermanentError) as refused,
    ):
        store.delete(f"{PATIENT}/a.pdf")
    assert refused.value.code == "storage_not_found"


def test_supabase_wrong_address_is_not_already_gone(fake: FakeSupabaseStorage) -> None:
    """A SUPABASE_URL with a stray path reaches no storage route: a gateway 404."""
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")
    with (
        SupabaseBlobStore(fake.url + "/wrong", fake.service_role_key, BUCKET) as store,
        pytest.raises(PermanentError) as refused,
    ):
        store.delete(f"{PATIENT}/a.pdf")
    assert refused.value.code == "storage_not_found"
    assert fake.has_object(BUCKET, f"{PATIENT}/a.pdf")


@pytest.mark.parametrize("status", [500, 503])
def test_supabase_5xx_is_transient_and_the_next_try_deletes(
    fake: FakeSupabaseStorage, make_store: MakeStore, status: int
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")
    store = make_store()
    fake.fail_next(status, routes={"delete"})
    with pytest.raises(TransientError) as failed:
        store.delete(f"{PATIENT}/a.pdf")
    assert failed.value.code == "storage_unavailable"
    assert fake.has_object(BUCKET, f"{PATIENT}/a.pdf")
    assert store.delete(f"{PATIENT}/a.pdf") is True


def test_supabase_429_is_rate_limited_like_every_other_call(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")
    fake.fail_next(429, routes={"delete"}, retry_after="4")
    with pytest.raises(RateLimited) as limited:
        make_store().delete(f"{PATIENT}/a.pdf")
    assert limited.value.delay == pytest.approx(4.0)
    assert fake.has_object(BUCKET, f"{PATIENT}/a.pdf")


def test_supabase_unreachable_is_transient() -> None:
    with FakeSupabaseStorage() as fake:
        url = fake.url  # the port is closed once the fake stops
    with (
        SupabaseBlobStore(url, "k", BUCKET, timeout=2.0) as store,
        pytest.raises(TransientError) as down,
    ):
        store.delete(f"{PATIENT}/a.pdf")
    assert down.value.code == "storage_unavailable"


@pytest.mark.parametrize("gateway", [True, False], ids=["gateway-401", "storage-400-403"])
def test_supabase_wrong_key_is_permanent_and_nothing_leaks(
    gateway: bool, caplog: pytest.LogCaptureFixture
) -> None:
    wrong_key = mint_key("service_role", "a-different-projects-jwt-secret-32-chars!")
    caplog.set_level(logging.DEBUG)
    with FakeSupabaseStorage(buckets=(BUCKET,), gateway_apikey_check=gateway) as fake:
        fake.put_object(BUCKET, PHI_NAME, b"x")
        with (
            SupabaseBlobStore(fake.url, wrong_key, BUCKET, timeout=5.0) as store,
            pytest.raises(PermanentError) as refused,
        ):
            store.delete(PHI_NAME)
        assert fake.has_object(BUCKET, PHI_NAME)
    assert refused.value.code == "storage_forbidden"
    _assert_no_phi(refused.value, caplog, wrong_key)


def test_supabase_delete_errors_and_logs_never_carry_the_object_name(
    fake: FakeSupabaseStorage, make_store: MakeStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="httpx")  # the CLI quiets it; its line is checked
    store = make_store()
    fake.put_object(BUCKET, PHI_NAME, b"x")
    failures: list[DocpipeError] = []
    for status in (500, 429):
        fake.fail_next(status, routes={"delete"})
        with pytest.raises(DocpipeError) as caught:
            store.delete(PHI_NAME)
        failures.append(caught.value)
    assert store.delete(PHI_NAME) is True
    assert store.delete(PHI_NAME) is False
    assert [f.code for f in failures] == ["storage_unavailable", "rate_limited"]
    assert any("/storage/v1/object/<redacted>" in m for m in caplog.messages)  # httpx's line
    for failure in failures:
        _assert_no_phi(failure, caplog, fake.service_role_key)


def test_local_delete_never_follows_a_link_out_of_the_root(tmp_path: Path) -> None:
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"not the store's")
    store = LocalBlobStore(tmp_path / "bucket")
    store.put(f"{PATIENT}/kept.pdf", io.BytesIO(b"x"))
    (tmp_path / "bucket" / PATIENT / "link.pdf").symlink_to(outside)
    with pytest.raises(StoragePathError) as refused:
        store.delete(f"{PATIENT}/link.pdf")
    assert str(tmp_path) not in str(refused.value)  # the message names no path
    assert outside.read_bytes() == b"not the store's"


def test_local_delete_of_a_folder_is_a_permanent_error(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path)
    (tmp_path / PATIENT / "folder.pdf").mkdir(parents=True)
    with pytest.raises(PermanentError) as refused:
        store.delete(f"{PATIENT}/folder.pdf")
    assert refused.value.code == "storage_delete_failed"
    assert "folder.pdf" not in str(refused.value)
    assert refused.value.__cause__ is None and refused.value.__suppress_context__


def _assert_no_phi(error: BaseException, caplog: pytest.LogCaptureFixture, key: str) -> None:
    texts = [str(error), repr(error), *caplog.messages]
    for text in texts:
        assert key not in text
        for name in ("Jane", "Doe", "discharge"):
            assert name not in text, text
