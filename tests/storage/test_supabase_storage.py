"""SupabaseBlobStore against the fake Supabase Storage: wire format, errors, limits, memory."""

from __future__ import annotations

import io
import logging
import os
import time
import tracemalloc
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path
from typing import BinaryIO

import httpx
import pytest

from adapters.storage import storage_from_url
from adapters.storage.local import LocalBlobStore
from adapters.storage.supabase import SupabaseBlobStore
from pipeline.errors import (
    ConfigurationError,
    DocpipeError,
    PermanentError,
    RateLimited,
    StoragePathError,
    TransientError,
)
from tests.fakes.supabase_storage import FakeSupabaseStorage, mint_key
from tests.storage.conftest import BUCKET, PATIENT

MakeStore = Callable[..., SupabaseBlobStore]
MODES = ("service_role", "signed_url")
PHI_NAME = f"{PATIENT}/Jane Doe 1980-02-03 discharge.pdf"
MB = 1024 * 1024


def _read_all(store: SupabaseBlobStore, path: str) -> bytes:
    with store.open(path) as stream:
        return stream.read()


def _copy_all(store: SupabaseBlobStore, path: str) -> bytes:
    with store.local_copy(path) as local:
        return local.read_bytes()


READERS = {"open": _read_all, "local_copy": _copy_all}


# -- wire format ------------------------------------------------------------------------


def test_service_role_download_uses_the_authenticated_route_with_both_headers(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"%PDF-1.7 body")
    store = make_store(mode="service_role")

    assert _read_all(store, f"{PATIENT}/a.pdf") == b"%PDF-1.7 body"

    [request] = fake.requests
    assert (request.method, request.route, request.status) == ("GET", "download", 200)
    assert request.raw_path == f"/storage/v1/object/authenticated/{BUCKET}/{PATIENT}/a.pdf"
    assert request.had_authorization and request.had_apikey


def test_signed_url_mode_signs_with_the_key_then_downloads_without_it(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"signed body")
    store = make_store(mode="signed_url", signed_url_ttl=30)

    assert _copy_all(store, f"{PATIENT}/a.pdf") == b"signed body"

    sign, download = fake.requests
    assert (sign.method, sign.route, sign.status) == ("POST", "sign", 200)
    assert sign.had_authorization and sign.had_apikey
    assert (download.method, download.route, download.status) == ("GET", "signed_download", 200)
    assert not download.had_authorization and not download.had_apikey
    assert "?token=" in download.raw_path


@pytest.mark.parametrize("mode", MODES)
def test_path_segments_are_percent_encoded(
    fake: FakeSupabaseStorage, make_store: MakeStore, mode: str
) -> None:
    path = f"{PATIENT}/scan (2) & notes, v1.pdf"
    store = make_store(mode=mode)
    store.put(path, io.BytesIO(b"odd name"))

    assert fake.object_bytes(BUCKET, path) == b"odd name"
    assert _read_all(store, path) == b"odd name"
    assert all("scan%20(2)%20&%20notes,%20v1.pdf" in r.raw_path for r in fake.requests)


def test_encoded_dot_segments_stay_literal_names_inside_the_bucket(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    # "%2e%2e" passes path validation as a plain name; it must not become ".." on the wire.
    store = make_store()
    with pytest.raises(PermanentError) as refused:
        store.put(f"{PATIENT}/%2e%2e/x.pdf", io.BytesIO(b"x"))
    assert refused.value.code == "storage_bad_request"  # storage-api: InvalidKey ('%')
    [request] = fake.requests
    assert request.raw_path == f"/storage/v1/object/{BUCKET}/{PATIENT}/%252e%252e/x.pdf"
    assert request.name == f"{PATIENT}/%2e%2e/x.pdf"


def test_put_sends_a_known_length_and_the_guessed_content_type(
    fake: FakeSupabaseStorage, make_store: MakeStore, tmp_path: Path
) -> None:
    source = tmp_path / "upload.bin"
    source.write_bytes(os.urandom(2 * MB + 3))
    store = make_store()
    with source.open("rb") as handle:
        assert store.put(f"{PATIENT}/page.tiff", handle) == 2 * MB + 3

    [request] = fake.requests
    assert request.route == "upload"
    assert request.content_length == str(2 * MB + 3)
    assert request.transfer_encoding is None
    assert fake.object_content_type(BUCKET, f"{PATIENT}/page.tiff") == "image/tiff"
    assert fake.object_bytes(BUCKET, f"{PATIENT}/page.tiff") == source.read_bytes()


class _Unseekable(io.RawIOBase):
    """A pipe-like stream: no length known in advance."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self._data.readinto(buffer)


def test_put_streams_unknown_length_data_chunked(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    payload = os.urandom(3 * MB + 5)
    stream: BinaryIO = io.BufferedReader(_Unseekable(payload))

    assert make_store().put(f"{PATIENT}/piped.pdf", stream) == len(payload)

    [request] = fake.requests
    assert request.transfer_encoding == "chunked"
    assert request.content_length is None
    assert fake.object_bytes(BUCKET, f"{PATIENT}/piped.pdf") == payload


def test_open_reads_incrementally_and_can_stop_early(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    payload = os.urandom(4 * MB)
    fake.put_object(BUCKET, f"{PATIENT}/big.pdf", payload)
    store = make_store()
    with store.open(f"{PATIENT}/big.pdf") as stream:
        assert stream.read(5) == payload[:5]
        assert stream.read(100_000) == payload[5:100_005]
    # The early exit released the connection: the next call works on the same client.
    assert _read_all(store, f"{PATIENT}/big.pdf") == payload


# -- local copies and limits -----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_local_copy_temp_file_is_private_and_removed(
    fake: FakeSupabaseStorage, make_store: MakeStore, blob_tmp: Path, mode: str
) -> None:
    fake.put_object(BUCKET, PHI_NAME, b"%PDF clinical")
    store = make_store(mode=mode)
    with store.local_copy(PHI_NAME) as local:
        assert local.parent == blob_tmp
        assert local.suffix == ".pdf"
        assert "Jane" not in local.name  # the temp name carries no part of the object name
        assert local.stat().st_mode & 0o077 == 0
        assert local.read_bytes() == b"%PDF clinical"
    assert not local.exists()
    assert list(blob_tmp.iterdir()) == []


def test_local_copy_temp_file_is_removed_when_the_caller_fails(
    fake: FakeSupabaseStorage, make_store: MakeStore, blob_tmp: Path
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"data")
    with pytest.raises(RuntimeError), make_store().local_copy(f"{PATIENT}/a.pdf"):
        raise RuntimeError("stage crashed")
    assert list(blob_tmp.iterdir()) == []


@pytest.mark.parametrize("send_length", [True, False], ids=["content-length", "until-close"])
@pytest.mark.parametrize("reader", READERS)
def test_objects_over_max_bytes_are_refused(
    fake: FakeSupabaseStorage,
    make_store: MakeStore,
    blob_tmp: Path,
    reader: str,
    send_length: bool,
) -> None:
    fake.send_content_length = send_length  # False exercises the counting while streaming
    fake.put_object(BUCKET, f"{PATIENT}/huge.pdf", os.urandom(2 * MB))
    store = make_store(max_bytes=1 * MB)

    with pytest.raises(PermanentError) as refused:
        READERS[reader](store, f"{PATIENT}/huge.pdf")
    assert refused.value.code == "object_too_large"
    assert list(blob_tmp.iterdir()) == []

    fake.put_object(BUCKET, f"{PATIENT}/fits.pdf", b"x" * MB)  # exactly the limit is fine
    assert READERS[reader](store, f"{PATIENT}/fits.pdf") == b"x" * MB


@pytest.mark.parametrize("reader", READERS)
def test_a_20_mb_object_is_copied_in_bounded_memory(
    fake: FakeSupabaseStorage, make_store: MakeStore, reader: str
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/20mb.pdf", os.urandom(20 * MB))
    store = make_store()

    tracemalloc.start()
    try:
        if reader == "open":
            total = 0
            with store.open(f"{PATIENT}/20mb.pdf") as stream:
                while chunk := stream.read(256 * 1024):
                    total += len(chunk)
        else:
            with store.local_copy(f"{PATIENT}/20mb.pdf") as local:
                total = local.stat().st_size
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert total == 20 * MB
    print(f"peak traced memory for a 20 MB {reader}: {peak / MB:.2f} MB")
    assert peak < 3 * MB, f"peak traced memory {peak / MB:.1f} MB"


# -- error mapping ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_missing_bucket_is_not_found(fake: FakeSupabaseStorage, mode: str) -> None:
    store = SupabaseBlobStore(fake.url, fake.service_role_key, "no-such-bucket", mode=mode)  # type: ignore[arg-type]
    with pytest.raises(TransientError) as missing:
        _read_all(store, f"{PATIENT}/a.pdf")
    assert missing.value.code == "object_not_found"
    store.close()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("retry_after", "expected"), [("7", 7.0), ("0.25", 0.25), (None, 1.0)], ids=str
)
def test_429_becomes_rate_limited_with_the_servers_delay(
    fake: FakeSupabaseStorage,
    make_store: MakeStore,
    mode: str,
    retry_after: str | None,
    expected: float,
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")
    fake.fail_next(429, retry_after=retry_after)
    with pytest.raises(RateLimited) as limited:
        _read_all(make_store(mode=mode), f"{PATIENT}/a.pdf")
    assert limited.value.delay == pytest.approx(expected)


def test_429_with_an_http_date_retry_after(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    fake.fail_next(429, retry_after=formatdate(time.time() + 30, usegmt=True))
    with pytest.raises(RateLimited) as limited:
        make_store().put(f"{PATIENT}/a.pdf", io.BytesIO(b"x"))
    assert 25 <= limited.value.delay <= 30


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_transient_and_the_next_try_succeeds(
    fake: FakeSupabaseStorage, make_store: MakeStore, mode: str, status: int
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"after the outage")
    store = make_store(mode=mode)
    fake.fail_next(status)
    with pytest.raises(TransientError) as failed:
        _copy_all(store, f"{PATIENT}/a.pdf")
    assert failed.value.code == "storage_unavailable"
    assert _copy_all(store, f"{PATIENT}/a.pdf") == b"after the outage"


def test_signed_download_failure_after_a_good_sign_is_transient(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")
    fake.fail_next(503, routes={"signed_download"})
    with pytest.raises(TransientError) as failed:
        _read_all(make_store(mode="signed_url"), f"{PATIENT}/a.pdf")
    assert failed.value.code == "storage_unavailable"
    assert [r.route for r in fake.requests] == ["sign", "signed_download"]


def test_upload_5xx_is_transient(fake: FakeSupabaseStorage, make_store: MakeStore) -> None:
    fake.fail_next(500, routes={"upload"})
    with pytest.raises(TransientError) as failed:
        make_store().put(f"{PATIENT}/a.pdf", io.BytesIO(os.urandom(MB)))
    assert failed.value.code == "storage_unavailable"
    assert fake.object_bytes(BUCKET, f"{PATIENT}/a.pdf") is None


@pytest.mark.parametrize("gateway", [True, False], ids=["gateway-401", "storage-400-403"])
@pytest.mark.parametrize("mode", MODES)
def test_a_wrong_key_is_permanent_and_never_leaks(
    mode: str, gateway: bool, blob_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    wrong_key = mint_key("service_role", "a-different-projects-jwt-secret-32-chars!")
    caplog.set_level(logging.DEBUG)
    with FakeSupabaseStorage(buckets=(BUCKET,), gateway_apikey_check=gateway) as fake:
        fake.put_object(BUCKET, PHI_NAME, b"x")
        with SupabaseBlobStore(fake.url, wrong_key, BUCKET, mode=mode) as store:  # type: ignore[arg-type]
            for attempt in (
                lambda: _read_all(store, PHI_NAME),
                lambda: store.put(PHI_NAME, io.BytesIO(b"y")),
            ):
                with pytest.raises(PermanentError) as refused:
                    attempt()
                assert refused.value.code == "storage_forbidden"
                _assert_no_secrets(refused.value, wrong_key, caplog)
            assert wrong_key not in repr(store)
        expected = 401 if gateway else 400
        assert {r.status for r in fake.requests} == {expected}
        assert fake.object_bytes(BUCKET, PHI_NAME) == b"x"


def test_an_anon_key_sees_nothing_in_a_private_bucket(
    fake: FakeSupabaseStorage, make_store: MakeStore
) -> None:
    # RLS without policies: storage-api answers "Object not found" (retryable, by our rules)
    # for reads and a "403" for inserts.
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")
    store = make_store(key=fake.anon_key)
    with pytest.raises(TransientError) as hidden:
        _read_all(store, f"{PATIENT}/a.pdf")
    assert hidden.value.code == "object_not_found"
    with pytest.raises(PermanentError) as refused:
        store.put(f"{PATIENT}/b.pdf", io.BytesIO(b"x"))
    assert refused.value.code == "storage_forbidden"


def test_a_stalled_body_times_out_as_transient(
    fake: FakeSupabaseStorage, make_store: MakeStore, blob_tmp: Path
) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", os.urandom(512 * 1024))
    fake.stall_next_body(stall=0.8)
    store = make_store(timeout=0.2)
    started = time.monotonic()
    with pytest.raises(TransientError) as stalled:
        _copy_all(store, f"{PATIENT}/a.pdf")
    assert stalled.value.code == "storage_unavailable"
    assert time.monotonic() - started < 0.7  # gave up before the server resumed
    assert list(blob_tmp.iterdir()) == []
    assert [r.fault for r in fake.requests] == ["stall"]


def test_an_unreachable_server_is_transient(blob_tmp: Path) -> None:
    with FakeSupabaseStorage() as fake:
        url = fake.url  # the port is closed once the fake stops
    for mode in MODES:
        with SupabaseBlobStore(url, "k", BUCKET, mode=mode, timeout=2.0) as store:  # type: ignore[arg-type]
            with pytest.raises(TransientError) as down:
                _read_all(store, f"{PATIENT}/a.pdf")
            assert down.value.code == "storage_unavailable"
            with pytest.raises(TransientError):
                store.put(f"{PATIENT}/a.pdf", io.BytesIO(b"x"))


def test_a_signed_url_that_expires_in_flight_is_transient(fake: FakeSupabaseStorage) -> None:
    fake.put_object(BUCKET, f"{PATIENT}/a.pdf", b"x")

    def expire_after_signing(response: httpx.Response) -> None:
        if response.request.method == "POST" and "/object/sign/" in response.request.url.path:
            fake.advance_clock(120)

    client = httpx.Client(timeout=5.0, event_hooks={"response": [expire_after_signing]})
    store = SupabaseBlobStore(
        fake.url, fake.service_role_key, BUCKET, mode="signed_url", signed_url_ttl=60, client=client
    )
    with pytest.raises(TransientError) as expired:
        _read_all(store, f"{PATIENT}/a.pdf")
    assert expired.value.code == "signed_url_expired"
    store.close()
    assert not client.is_closed  # a client passed in belongs to the caller
    client.close()


@pytest.mark.parametrize("mode", MODES)
def test_errors_and_logs_never_carry_the_object_name_or_key(
    fake: FakeSupabaseStorage, make_store: MakeStore, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = make_store(mode=mode, max_bytes=10)
    failures: list[DocpipeError] = []
    setups: tuple[Callable[[], None], ...] = (
        lambda: None,  # missing
        lambda: fake.fail_next(500),
        lambda: fake.fail_next(429, retry_after="3"),
        lambda: fake.put_object(BUCKET, PHI_NAME, b"more than ten bytes"),  # too large
    )
    for setup in setups:
        setup()
        with pytest.raises(DocpipeError) as caught:
            _copy_all(store, PHI_NAME)
        failures.append(caught.value)
    # storage-api's InvalidKey message echoes the key; ours must not.
    weird = f"{PATIENT}/Jane Doe [copy].pdf"
    with pytest.raises(PermanentError) as invalid:
        store.put(weird, io.BytesIO(b"x"))
    failures.append(invalid.value)

    assert [f.code for f in failures] == [
        "object_not_found",
        "storage_unavailable",
        "rate_limited",
        "object_too_large",
        "storage_bad_request",
    ]
    for failure in failures:
        _assert_no_secrets(failure, fake.service_role_key, caplog, names=("Jane", "Doe"))


def _assert_no_secrets(
    error: BaseException,
    key: str,
    caplog: pytest.LogCaptureFixture,
    names: tuple[str, ...] = ("Jane", "Doe"),
) -> None:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None:
        chain.append(current)
        current = current.__cause__ or current.__context__
    texts = [str(e) for e in chain] + [repr(e) for e in chain] + caplog.messages
    for text in texts:
        assert key not in text
        assert key[-20:] not in text
        for name in names:
            assert name not in text, text


# -- configuration ------------------------------------------------------------------------


def test_storage_from_url_builds_a_supabase_store_from_env(fake: FakeSupabaseStorage) -> None:
    env = {
        "SUPABASE_URL": fake.url + "/",
        "SUPABASE_SERVICE_ROLE_KEY": fake.service_role_key,
        "STORAGE_DOWNLOAD_MODE": "signed_url",
        "MAX_UPLOAD_BYTES": "1234",
    }
    store = storage_from_url("supabase://medical-docs", env=env)
    assert isinstance(store, SupabaseBlobStore)
    assert (store.bucket, store.mode, store.max_bytes) == (BUCKET, "signed_url", 1234)
    store.put(f"{PATIENT}/a.pdf", io.BytesIO(b"wired"))
    assert _read_all(store, f"{PATIENT}/a.pdf") == b"wired"
    assert [r.route for r in fake.requests] == ["upload", "sign", "signed_download"]
    store.close()

    default = storage_from_url(
        "supabase://medical-docs",
        env={k: env[k] for k in ("SUPABASE_URL", "SUPABASE_SERVICE_ROLE_KEY")},
    )
    assert isinstance(default, SupabaseBlobStore)
    assert (default.mode, default.max_bytes) == ("service_role", 50 * MB)


KEY = "sb-test-secret-key-value"


@pytest.mark.parametrize(
    ("url", "env", "message"),
    [
        ("supabase://medical-docs", {"SUPABASE_SERVICE_ROLE_KEY": KEY}, "needs SUPABASE_URL"),
        (
            "supabase://medical-docs",
            {"SUPABASE_URL": "https://x.supabase.co"},
            "SUPABASE_SERVICE_ROLE_KEY",
        ),
        ("supabase://medical-docs", {}, "SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY"),
        (
            "supabase://",
            {"SUPABASE_URL": "https://x.supabase.co", "SUPABASE_SERVICE_ROLE_KEY": KEY},
            "bucket",
        ),
        (
            "supabase://medical-docs",
            {
                "SUPABASE_URL": "https://x.supabase.co",
                "SUPABASE_SERVICE_ROLE_KEY": KEY,
                "STORAGE_DOWNLOAD_MODE": "public",
            },
            "STORAGE_DOWNLOAD_MODE",
        ),
        (
            "supabase://medical-docs",
            {"SUPABASE_URL": "x.supabase.co", "SUPABASE_SERVICE_ROLE_KEY": KEY},
            "http(s)",
        ),
        ("s3://bucket", {}, "unsupported STORAGE_URL scheme"),
    ],
)
def test_storage_from_url_explains_what_is_missing(
    url: str, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigurationError) as bad:
        storage_from_url(url, env=env)
    assert message in str(bad.value)
    assert KEY not in str(bad.value)


def test_storage_from_url_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPABASE_URL", "https://proj.supabase.co")
    monkeypatch.setenv("SUPABASE_SERVICE_ROLE_KEY", "secret-key")
    monkeypatch.delenv("STORAGE_DOWNLOAD_MODE", raising=False)
    store = storage_from_url("supabase://medical-docs")
    assert isinstance(store, SupabaseBlobStore)
    assert store.storage_url == "https://proj.supabase.co/storage/v1"
    assert "secret-key" not in repr(store)


def test_file_urls_still_give_a_local_store(tmp_path: Path) -> None:
    assert isinstance(storage_from_url(tmp_path.as_uri()), LocalBlobStore)


def test_constructor_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="mode"):
        SupabaseBlobStore("http://x", "k", BUCKET, mode="public")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="bucket"):
        SupabaseBlobStore("http://x", "k", "a/b")
    with pytest.raises(ValueError, match="signed_url_ttl"):
        SupabaseBlobStore("http://x", "k", BUCKET, signed_url_ttl=0)
    with pytest.raises(StoragePathError):
        SupabaseBlobStore("http://x", "k", BUCKET).put("no-slash", io.BytesIO(b""))
