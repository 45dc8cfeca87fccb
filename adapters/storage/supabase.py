"""``supabase://`` storage: objects in a Supabase Storage bucket, streamed over HTTP.

Two ways to download (domain.md §4.5):

- ``service_role``: ``GET /storage/v1/object/authenticated/{bucket}/{path}`` with the
  service-role key as bearer token and ``apikey`` (bypasses RLS);
- ``signed_url``: ``POST /storage/v1/object/sign/{bucket}/{path}`` with the key, then
  ``GET`` the short-lived signed URL it returns *without* the key.

``DELETE /storage/v1/object/{bucket}/{path}`` removes an object (the cleanup of erased
and deleted documents); a "not found" answer means it was already gone.

Nothing is ever read whole into memory. storage-api answers most errors with HTTP 400
and the real status in the JSON body (``{"statusCode": "404", ...}``), so both are
read. Errors carry codes only: object names can contain PHI and keys are secrets.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import mimetypes
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Literal, TypeGuard
from urllib.parse import quote, urlsplit

import httpx

from adapters.storage.paths import validate_storage_path
from pipeline.errors import PermanentError, RateLimited, TransientError

log = logging.getLogger(__name__)

DownloadMode = Literal["service_role", "signed_url"]
DOWNLOAD_MODES: tuple[DownloadMode, ...] = ("service_role", "signed_url")

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
UPLOAD_CHUNK = 1024 * 1024
#: Characters RFC 3986 allows raw in a path segment. storage-api decodes the path it
#: signs with JS ``decodeURI``, which leaves these escaped; sending them raw keeps the
#: signed ``url`` claim equal to the decoded route parameter.
_SEGMENT_SAFE = "!$&'()*+,;=:@"
_ERROR_BODY_LIMIT = 16 * 1024
_DEFAULT_RATE_LIMIT_DELAY = 1.0
#: Only short identifier-like error labels are kept (and logged); messages never are.
_LABEL = re.compile(r"[A-Za-z_ ]{1,40}")


class _RedactStorageUrls(logging.Filter):
    """httpx logs every request URL at INFO; storage object URLs carry object names
    (PHI) and signed-URL tokens (credentials), so their path and query are masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(_is_object_url(a) for a in record.args):
            record.args = tuple(
                f"{a.scheme}://{a.netloc.decode('ascii', 'replace')}/storage/v1/object/<redacted>"
                if _is_object_url(a)
                else a
                for a in record.args
            )
        return True


def _is_object_url(value: object) -> TypeGuard[httpx.URL]:
    return isinstance(value, httpx.URL) and "/storage/v1/object/" in value.path


_HTTPX_REDACTOR = _RedactStorageUrls()


def quote_object_path(path: PurePosixPath) -> str:
    """Each segment percent-encoded on its own; ``/`` stays the separator."""
    return "/".join(quote(part, safe=_SEGMENT_SAFE) for part in path.parts)


class SupabaseBlobStore:
    """A :class:`pipeline.ports.BlobStore` on one Supabase Storage bucket."""

    def __init__(
        self,
        base_url: str,
        service_role_key: str,
        bucket: str,
        *,
        mode: DownloadMode = "service_role",
        signed_url_ttl: int = 60,
        timeout: float = 30.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        client: httpx.Client | None = None,
        temp_dir: Path | None = None,
    ) -> None:
        if mode not in DOWNLOAD_MODES:
            raise ValueError(f"mode must be one of {DOWNLOAD_MODES}")
        if not bucket or "/" in bucket:
            raise ValueError("bucket must be a single non-empty name")
        if signed_url_ttl < 1:
            raise ValueError("signed_url_ttl must be at least 1 second")
        if not service_role_key:
            raise ValueError("service_role_key is empty")
        self.storage_url = base_url.rstrip("/") + "/storage/v1"
        self.bucket = bucket
        self.mode: DownloadMode = mode
        self.signed_url_ttl = signed_url_ttl
        self.max_bytes = max_bytes
        self.temp_dir = temp_dir
        self._key = service_role_key
        logging.getLogger("httpx").addFilter(_HTTPX_REDACTOR)  # idempotent
        self._owns_client = client is None
        self._client = client or httpx.Client(timeout=timeout, follow_redirects=False)

    def __repr__(self) -> str:  # never shows the key
        return f"SupabaseBlobStore(bucket={self.bucket!r}, mode={self.mode!r})"

    # -- lifecycle --------------------------------------------------------------

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> SupabaseBlobStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- BlobStore ----------------------------------------------------------------

    @contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        """A buffered stream over the HTTP body, read as the caller reads."""
        with self._download(path) as response:
            raw = _ResponseStream(response, self.max_bytes)
            with io.BufferedReader(raw, buffer_size=64 * 1024) as stream:
                yield stream

    @contextmanager
    def local_copy(self, path: str) -> Iterator[Path]:
        """Stream the object to a private temp file, removed when the block ends."""
        pure = validate_storage_path(path)
        ext = pure.suffix[1:]
        suffix = pure.suffix if ext.isascii() and ext.isalnum() and len(ext) <= 8 else ""
        with self._download(path) as response:
            fd, name = tempfile.mkstemp(prefix="docpipe-blob-", suffix=suffix, dir=self.temp_dir)
            target = Path(name)
            try:
                with os.fdopen(fd, "wb") as out:
                    for chunk in _body_chunks(response, self.max_bytes):
                        out.write(chunk)
                response.close()  # release the connection before the caller's long work
                yield target
            finally:
                target.unlink(missing_ok=True)

    def put(self, path: str, data: BinaryIO) -> int:
        """Upload (upsert) ``data``, streamed in chunks; returns the bytes sent."""
        pure = validate_storage_path(path)
        url = f"{self.storage_url}/object/{self._object_ref(pure)}"
        content_type = mimetypes.guess_type(pure.name)[0] or "application/octet-stream"
        headers = {**self._auth_headers(), "x-upsert": "true", "content-type": content_type}
        size = _remaining_length(data)
        if size is not None:
            headers["content-length"] = str(size)  # httpx then sends no chunked encoding
        sent = _ByteCounter()
        try:
            response = self._client.post(url, content=sent.wrap(data), headers=headers)
        except httpx.TransportError as exc:
            raise _unavailable(exc) from None
        with contextlib.closing(response):
            _raise_for_status(response, operation="upload")
        return sent.count

    def delete(self, path: str) -> bool:
        """``DELETE /object/{bucket}/{path}``: True when storage deleted it, False when it
        answers that the object is not there (already gone)."""
        pure = validate_storage_path(path)
        url = f"{self.storage_url}/object/{self._object_ref(pure)}"
        try:
            response = self._client.delete(url, headers=self._auth_headers())
        except httpx.TransportError as exc:
            raise _unavailable(exc) from None
        with contextlib.closing(response):
            if _object_not_found(response):
                return False
            _raise_for_status(response, operation="delete")
        return True

    # -- internals --------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self._key}", "apikey": self._key}

    def _object_ref(self, pure: PurePosixPath) -> str:
        return f"{quote(self.bucket, safe='')}/{quote_object_path(pure)}"

    @contextmanager
    def _download(self, path: str) -> Iterator[httpx.Response]:
        pure = validate_storage_path(path)
        if self.mode == "signed_url":
            request = self._client.build_request("GET", self._signed_url(pure))
        else:
            url = f"{self.storage_url}/object/authenticated/{self._object_ref(pure)}"
            request = self._client.build_request("GET", url, headers=self._auth_headers())
        try:
            response = self._client.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _unavailable(exc) from None
        try:
            _raise_for_status(response, operation="download")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > self.max_bytes:
                raise PermanentError("object exceeds the size limit", code="object_too_large")
            yield response
        finally:
            response.close()

    def _signed_url(self, pure: PurePosixPath) -> str:
        url = f"{self.storage_url}/object/sign/{self._object_ref(pure)}"
        try:
            response = self._client.post(
                url, json={"expiresIn": self.signed_url_ttl}, headers=self._auth_headers()
            )
        except httpx.TransportError as exc:
            raise _unavailable(exc) from None
        with contextlib.closing(response):
            _raise_for_status(response, operation="sign")
            try:
                signed = response.json()["signedURL"]
            except (ValueError, KeyError, TypeError):
                raise TransientError(
                    "storage returned a malformed sign response", code="storage_unavailable"
                ) from None
        return self._absolute_signed_url(signed)

    def _absolute_signed_url(self, signed: object) -> str:
        # The answer is relative to /storage/v1; refuse anything that could point elsewhere.
        if not isinstance(signed, str) or not signed.startswith("/object/sign/"):
            raise PermanentError(
                "storage returned an unexpected signed URL", code="storage_protocol"
            )
        parts = urlsplit(signed)
        if parts.scheme or parts.netloc:
            raise PermanentError(
                "storage returned an unexpected signed URL", code="storage_protocol"
            )
        # storage-api returns the path decodeURI'd (raw spaces etc.); encode it the way
        # its own clients do (encodeURI), keeping existing escapes intact.
        path = quote(parts.path, safe="/%" + _SEGMENT_SAFE)
        query = quote(parts.query, safe="=&%-._~")
        return f"{self.storage_url}{path}?{query}" if query else f"{self.storage_url}{path}"


class _ByteCounter:
    """Streams a binary file in chunks while counting what went out."""

    def __init__(self) -> None:
        self.count = 0

    def wrap(self, data: BinaryIO) -> Iterator[bytes]:
        while chunk := data.read(UPLOAD_CHUNK):
            self.count += len(chunk)
            yield chunk


class _ResponseStream(io.RawIOBase):
    """A read-only raw stream over a streaming httpx response body."""

    def __init__(self, response: httpx.Response, max_bytes: int) -> None:
        self._chunks = _body_chunks(response, max_bytes)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _body_chunks(response: httpx.Response, max_bytes: int) -> Iterator[bytes]:
    """The body as it arrives, refusing to go past ``max_bytes``."""
    received = 0
    try:
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > max_bytes:
                raise PermanentError("object exceeds the size limit", code="object_too_large")
            yield chunk
    except httpx.TransportError as exc:
        raise _unavailable(exc) from None


def _remaining_length(data: BinaryIO) -> int | None:
    """Bytes left in ``data`` if it is a seekable file, else None (sent chunked)."""
    try:
        if not data.seekable():
            return None
        here = data.tell()
        end = data.seek(0, os.SEEK_END)
        data.seek(here)
    except (OSError, AttributeError, ValueError):
        return None
    return max(0, end - here)


def _unavailable(exc: httpx.TransportError) -> TransientError:
    # The httpx message is left out on purpose: it can carry the request URL.
    kind = type(exc).__name__
    log.warning("storage transport error: %s", kind)
    return TransientError(f"storage unreachable ({kind})", code="storage_unavailable")


def _raise_for_status(response: httpx.Response, *, operation: str) -> None:
    """Map a storage answer to docpipe errors; returns only for 2xx."""
    status = response.status_code
    if 200 <= status < 300:
        return
    body_status, labels = _error_fields(response) if status < 500 else (None, frozenset())
    effective = body_status if status == 400 and body_status is not None else status
    log.info(
        "storage %s refused: http=%s status=%s codes=%s",
        operation,
        status,
        effective,
        ",".join(sorted(labels)) or "-",
    )
    if status == 429 or effective == 429:
        raise RateLimited(_retry_after(response), key="supabase-storage")
    if status >= 500 or effective >= 500:
        raise TransientError(f"storage error {effective}", code="storage_unavailable")
    if operation == "delete" and (effective == 404 or "NoSuchBucket" in labels):
        # Not the object (``delete`` answers that itself): the bucket or the route is
        # missing, which retrying will not fix.
        raise PermanentError("storage has no such bucket or route", code="storage_not_found")
    if effective == 404 or labels & {"not_found", "NoSuchKey", "NoSuchBucket"}:
        # Webhooks can fire before the object is readable: worth retrying later.
        raise TransientError("object not found in storage", code="object_not_found")
    if effective in {401, 403}:
        raise PermanentError("storage refused the credentials", code="storage_forbidden")
    if labels & {"InvalidJWT", "ExpiredToken"} and operation == "download":
        # Only a signed-URL token reaches this: expired in flight or clock skew; re-sign.
        raise TransientError("signed URL was rejected as expired", code="signed_url_expired")
    if effective == 413:
        raise PermanentError("object exceeds the storage size limit", code="object_too_large")
    if effective == 409:
        raise PermanentError("storage reported a conflict", code="storage_conflict")
    raise PermanentError(f"storage rejected the request ({effective})", code="storage_bad_request")


def _object_not_found(response: httpx.Response) -> bool:
    """Storage says the object is not there: HTTP 404, or HTTP 400 with ``statusCode``
    "404", and a body that names the object (``NoSuchKey`` / ``not_found``).

    Any other 404 (a missing bucket, a route behind a wrong ``SUPABASE_URL``) is not
    "already gone": taken for one, a misconfiguration would mark every queued object
    deleted while it stays in the bucket. ``_raise_for_status`` refuses those."""
    if response.status_code not in (400, 404):
        return False
    body_status, labels = _error_fields(response)
    effective = body_status if response.status_code == 400 else response.status_code
    names_the_object = bool(labels & {"NoSuchKey", "not_found"}) and "NoSuchBucket" not in labels
    return effective == 404 and names_the_object


def _error_fields(response: httpx.Response) -> tuple[int | None, frozenset[str]]:
    """``statusCode`` and the ``code``/``error`` labels of a storage-api error body."""
    raw = bytearray()
    try:
        for chunk in response.iter_bytes():
            raw += chunk
            if len(raw) > _ERROR_BODY_LIMIT:
                return None, frozenset()
    except (httpx.TransportError, httpx.StreamError):
        return None, frozenset()
    try:
        body = json.loads(bytes(raw))
    except ValueError:
        return None, frozenset()
    if not isinstance(body, Mapping):
        return None, frozenset()
    status_field = str(body.get("statusCode", ""))
    labels = frozenset(
        v for k in ("code", "error") if isinstance(v := body.get(k), str) and _LABEL.fullmatch(v)
    )
    return (int(status_field) if status_field.isdigit() else None), labels


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return _DEFAULT_RATE_LIMIT_DELAY
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return _DEFAULT_RATE_LIMIT_DELAY
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
