"""Object storage for uploaded originals, chosen by ``STORAGE_URL``."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from pipeline.errors import ConfigurationError
from pipeline.ports import BlobStore


def storage_from_url(url: str) -> BlobStore:
    parts = urlsplit(url)
    if parts.scheme == "file":
        from adapters.storage.local import LocalBlobStore

        return LocalBlobStore(Path(unquote(parts.path)))
    raise ConfigurationError(f"unsupported STORAGE_URL scheme: {parts.scheme or '(none)'}")
