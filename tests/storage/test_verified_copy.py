"""verified_local_copy: a private snapshot of a stored original, refused unless its sha256
is the one the security scan recorded. Run against every BlobStore (local folder,
Supabase Storage in both download modes, on the fake server)."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adapters.storage.local import LocalBlobStore
from adapters.storage.supabase import SupabaseBlobStore
from adapters.storage.verified import verified_local_copy
from pipeline.errors import ContentChanged, InvalidDocument, PermanentError
from pipeline.ports import BlobStore
from tests.fakes.supabase_storage import FakeSupabaseStorage
from tests.storage.conftest import BUCKET, PATIENT

KINDS = ("local", "supabase-service_role", "supabase-signed_url")
PATH = f"{PATIENT}/scan.pdf"
SCANNED = b"%PDF-1.7 the benign one-page document" * 1000
SWAPPED = b"%PDF-1.7 two thousand pages of something else" * 1000
LIMIT = 10 * 1024 * 1024


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture(params=KINDS)
def store(
    request: pytest.FixtureRequest, tmp_path: Path, make_store: Callable[..., BlobStore]
) -> Iterator[BlobStore]:
    if request.param == "local":
        yield LocalBlobStore(tmp_path / "bucket")
    else:
        yield make_store(mode=request.param.removeprefix("supabase-"))


def test_the_scanned_bytes_are_copied_and_hashed(store: BlobStore, blob_tmp: Path) -> None:
    store.put(PATH, io.BytesIO(SCANNED))
    with verified_local_copy(
        store, PATH, _sha(SCANNED), max_bytes=LIMIT, temp_dir=blob_tmp
    ) as copy:
        assert copy.path.read_bytes() == SCANNED
        assert (copy.sha256, copy.size_bytes) == (_sha(SCANNED), len(SCANNED))
        assert copy.path.parent == blob_tmp  # a private file, never the stored object
        assert copy.path.stat().st_mode & 0o077 == 0
    assert list(blob_tmp.iterdir()) == []


def test_an_object_replaced_after_the_scan_is_refused(store: BlobStore, blob_tmp: Path) -> None:
    store.put(PATH, io.BytesIO(SCANNED))
    store.put(PATH, io.BytesIO(SWAPPED))  # same path, new bytes, after the scan
    entered = False
    with (
        pytest.raises(ContentChanged) as refused,
        verified_local_copy(store, PATH, _sha(SCANNED), max_bytes=LIMIT, temp_dir=blob_tmp),
    ):
        entered = True
    assert not entered  # the caller never sees the new bytes
    error = refused.value
    assert isinstance(error, PermanentError)  # dead letter at once, no retry
    assert error.code == "content_changed"
    assert (error.expected_sha256, error.found_sha256) == (_sha(SCANNED), _sha(SWAPPED))
    assert PATIENT not in error.message and "scan.pdf" not in error.message
    assert list(blob_tmp.iterdir()) == []  # the refused copy is gone


def test_the_copy_is_a_snapshot_the_store_cannot_change(store: BlobStore, blob_tmp: Path) -> None:
    store.put(PATH, io.BytesIO(SCANNED))
    with verified_local_copy(
        store, PATH, _sha(SCANNED), max_bytes=LIMIT, temp_dir=blob_tmp
    ) as copy:
        store.put(PATH, io.BytesIO(SWAPPED))  # replaced while a stage reads its copy
        assert copy.path.read_bytes() == SCANNED


def test_a_grown_object_stops_at_the_limit(store: BlobStore, blob_tmp: Path) -> None:
    """A huge replacement is refused as soon as it passes the limit, not after a full copy."""
    store.put(PATH, io.BytesIO(os.urandom(3 * 1024 * 1024)))
    with (
        pytest.raises(ContentChanged) as changed,
        verified_local_copy(store, PATH, _sha(SCANNED), max_bytes=1024 * 1024, temp_dir=blob_tmp),
    ):
        pass
    assert changed.value.found_sha256 is None
    # Without a recorded hash (the scan itself) the same object is simply too large.
    with (
        pytest.raises(InvalidDocument) as too_large,
        verified_local_copy(store, PATH, None, max_bytes=1024 * 1024, temp_dir=blob_tmp),
    ):
        pass
    assert too_large.value.code == "too_large"
    assert list(blob_tmp.iterdir()) == []


def test_supabase_object_replaced_between_stages_is_refused(
    fake: FakeSupabaseStorage, make_store: Callable[..., SupabaseBlobStore], blob_tmp: Path
) -> None:
    """Each stage re-downloads from Supabase: the second download must match the first."""
    fake.put_object(BUCKET, PATH, SCANNED)
    store = make_store(mode="signed_url")
    with verified_local_copy(store, PATH, None, max_bytes=LIMIT, temp_dir=blob_tmp) as scanned:
        recorded = scanned.sha256  # what the security scan stores
    fake.put_object(BUCKET, PATH, SWAPPED)  # someone with bucket access swaps the object
    with (
        pytest.raises(ContentChanged),
        verified_local_copy(store, PATH, recorded, max_bytes=LIMIT, temp_dir=blob_tmp),
    ):
        pass
    assert list(blob_tmp.iterdir()) == []
