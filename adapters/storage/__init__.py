"""Object storage for uploaded originals, chosen by ``STORAGE_URL``.

- ``file:///abs/dir``: a local folder (:class:`adapters.storage.local.LocalBlobStore`);
- ``supabase://<bucket>``: a Supabase Storage bucket
  (:class:`adapters.storage.supabase.SupabaseBlobStore`), configured by
  ``SUPABASE_URL``, ``SUPABASE_SERVICE_ROLE_KEY``, optional ``STORAGE_DOWNLOAD_MODE``
  (``service_role`` | ``signed_url``) and ``MAX_UPLOAD_BYTES``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pipeline.errors import ConfigurationError
from pipeline.ports import BlobStore


def storage_from_url(url: str, env: Mapping[str, str] | None = None) -> BlobStore:
    parts = urlsplit(url)
    if parts.scheme == "file":
        from adapters.storage.local import LocalBlobStore

        return LocalBlobStore(Path(unquote(parts.path)))
    if parts.scheme == "supabase":
        return _supabase_store(parts.netloc, os.environ if env is None else env)
    raise ConfigurationError(f"unsupported STORAGE_URL scheme: {parts.scheme or '(none)'}")


def _supabase_store(bucket: str, env: Mapping[str, str]) -> BlobStore:
    from adapters.storage.supabase import (
        DEFAULT_MAX_BYTES,
        DOWNLOAD_MODES,
        DownloadMode,
        SupabaseBlobStore,
    )

    if not bucket:
        raise ConfigurationError("STORAGE_URL must name the bucket: supabase://<bucket>")
    base_url = env.get("SUPABASE_URL") or ""
    key = env.get("SUPABASE_SERVICE_ROLE_KEY") or ""
    missing = [
        name
        for name, value in (("SUPABASE_URL", base_url), ("SUPABASE_SERVICE_ROLE_KEY", key))
        if not value
    ]
    if missing:
        raise ConfigurationError(f"STORAGE_URL=supabase://... needs {' and '.join(missing)}")
    if urlsplit(base_url).scheme not in {"http", "https"}:
        raise ConfigurationError("SUPABASE_URL must be an http(s) URL")
    raw_mode = env.get("STORAGE_DOWNLOAD_MODE") or "service_role"
    if raw_mode not in DOWNLOAD_MODES:
        raise ConfigurationError(
            f"STORAGE_DOWNLOAD_MODE must be one of {', '.join(DOWNLOAD_MODES)}"
        )
    mode: DownloadMode = "signed_url" if raw_mode == "signed_url" else "service_role"
    raw_max = env.get("MAX_UPLOAD_BYTES") or ""
    try:
        max_bytes = int(raw_max) if raw_max else DEFAULT_MAX_BYTES
    except ValueError:
        raise ConfigurationError("MAX_UPLOAD_BYTES must be an integer") from None
    return SupabaseBlobStore(base_url, key, bucket, mode=mode, max_bytes=max_bytes)
