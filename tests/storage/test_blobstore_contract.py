"""The BlobStore contract, run against every implementation.

LocalBlobStore (file://) and SupabaseBlobStore against the fake Supabase Storage, in
both download modes, must agree on: exact byte round trips, "not found" being a
retryable ``object_not_found``, delete saying whether the object was there, and refusing
bad paths before any I/O.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adapters.storage.local import LocalBlobStore
from pipeline.errors import StoragePathError, TransientError
from pipeline.ports import BlobStore
from tests.fakes.supabase_storage import FakeSupabaseStorage
from tests.storage.conftest import PATIENT

KINDS = ("local", "supabase-service_role", "supabase-signed_url")
BAD_PATHS = (
    "",
    "only-one-segment.pdf",
    "/abs/olute.pdf",
    f"{PATIENT}/../other/x.pdf",
    f"../{PATIENT}/x.pdf",
    f"{PATIENT}/./x.pdf",
    f"{PATIENT}//x.pdf",
    f"{PATIENT}\\x.pdf",
    f"{PATIENT}/x\x00.pdf",
    f"{PATIENT}/" + "a" * 1100,
)


@pytest.fixture(params=KINDS)
def store(
    request: pytest.FixtureRequest, tmp_path: Path, make_store: Callable[..., BlobStore]
) -> Iterator[BlobStore]:
    if request.param == "local":
        yield LocalBlobStore(tmp_path / "bucket")
    else:
        yield make_store(mode=request.param.removeprefix("supabase-"))


def test_every_store_satisfies_the_port(store: BlobStore) -> None:
    assert isinstance(store, BlobStore)


def test_multi_megabyte_round_trip_is_byte_exact(store: BlobStore) -> None:
    payload = os.urandom(3 * 1024 * 1024 + 17)  # not a multiple of any chunk size
    path = f"{PATIENT}/scan 2024 (1).pdf"

    assert store.put(path, io.BytesIO(payload)) == len(payload)

    with store.open(path) as stream:
        first = stream.read(1000)
        rest = stream.read()
    assert first + rest == payload

    with store.local_copy(path) as local:
        assert local.stat().st_size == len(payload)
        assert hashlib.sha256(local.read_bytes()).digest() == hashlib.sha256(payload).digest()


def test_put_overwrites(store: BlobStore) -> None:
    path = f"{PATIENT}/report.pdf"
    store.put(path, io.BytesIO(b"first version"))
    assert store.put(path, io.BytesIO(b"second")) == 6
    with store.open(path) as stream:
        assert stream.read() == b"second"


def test_put_counts_from_the_current_position(store: BlobStore) -> None:
    data = io.BytesIO(b"HEADERbody bytes")
    data.seek(6)
    assert store.put(f"{PATIENT}/tail.pdf", data) == len(b"body bytes")
    with store.open(f"{PATIENT}/tail.pdf") as stream:
        assert stream.read() == b"body bytes"


def test_missing_object_is_a_retryable_not_found(store: BlobStore) -> None:
    path = f"{PATIENT}/not-uploaded-yet.pdf"
    with pytest.raises(TransientError) as opened, store.open(path):
        pass
    assert opened.value.code == "object_not_found"
    with pytest.raises(TransientError) as copied, store.local_copy(path):
        pass
    assert copied.value.code == "object_not_found"


def test_local_copy_leaves_the_stored_object_in_place(store: BlobStore) -> None:
    path = f"{PATIENT}/kept.png"
    store.put(path, io.BytesIO(b"\x89PNG fake"))
    with store.local_copy(path) as local:
        assert local.read_bytes() == b"\x89PNG fake"
    with store.open(path) as stream:  # still readable afterwards
        assert stream.read() == b"\x89PNG fake"


def test_delete_removes_the_object_and_then_finds_it_gone(store: BlobStore) -> None:
    path = f"{PATIENT}/scan 2024 (1).pdf"
    kept = f"{PATIENT}/kept.pdf"
    store.put(path, io.BytesIO(b"%PDF-1.7 erase me"))
    store.put(kept, io.BytesIO(b"%PDF-1.7 keep me"))

    assert store.delete(path) is True
    with pytest.raises(TransientError) as opened, store.open(path):
        pass
    assert opened.value.code == "object_not_found"
    assert store.delete(path) is False  # already gone: not an error
    assert store.delete(f"{PATIENT}/never-uploaded.pdf") is False
    with store.open(kept) as stream:  # its neighbour is untouched
        assert stream.read() == b"%PDF-1.7 keep me"


@pytest.mark.parametrize("bad", BAD_PATHS, ids=range(len(BAD_PATHS)))
def test_bad_paths_are_refused_before_any_io(
    store: BlobStore, bad: str, fake: FakeSupabaseStorage
) -> None:
    with pytest.raises(StoragePathError), store.open(bad):
        pass
    with pytest.raises(StoragePathError), store.local_copy(bad):
        pass
    with pytest.raises(StoragePathError):
        store.put(bad, io.BytesIO(b"x"))
    with pytest.raises(StoragePathError):
        store.delete(bad)
    assert fake.requests == []  # nothing reached the (remote) store
