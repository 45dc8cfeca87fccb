"""Fixtures for the storage adapters: a fake Supabase Storage per test and store factories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adapters.storage.supabase import DownloadMode, SupabaseBlobStore
from tests.fakes.supabase_storage import FakeSupabaseStorage

BUCKET = "medical-docs"
PATIENT = "7d5c2a52-3c38-4a4b-9d51-6a8e0c1f2b11"


@pytest.fixture
def fake() -> Iterator[FakeSupabaseStorage]:
    with FakeSupabaseStorage(buckets=(BUCKET,)) as server:
        yield server


@pytest.fixture
def blob_tmp(tmp_path: Path) -> Path:
    """Where SupabaseBlobStore puts its temp copies, so tests can see them come and go."""
    path = tmp_path / "blob-tmp"
    path.mkdir()
    return path


@pytest.fixture
def make_store(fake: FakeSupabaseStorage, blob_tmp: Path) -> Iterator[Any]:
    """``make_store(mode=..., **options)``: a SupabaseBlobStore on the fake, closed afterwards."""
    stores: list[SupabaseBlobStore] = []

    def build(mode: DownloadMode = "service_role", **options: Any) -> SupabaseBlobStore:
        options.setdefault("temp_dir", blob_tmp)
        options.setdefault("timeout", 5.0)
        key = options.pop("key", fake.service_role_key)
        store = SupabaseBlobStore(fake.url, key, BUCKET, mode=mode, **options)
        stores.append(store)
        return store

    yield build
    for store in stores:
        store.close()
