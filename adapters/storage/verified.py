"""A private, hash-checked local copy of a stored original.

The object behind a storage path can be replaced at any time (same path, new
bytes), and every stage downloads it again. So a stage never reads the stored
object in place: it streams it once into a private temp file, hashing as it
writes, and refuses the copy unless its sha256 is the one the security scan
recorded. The security scan itself takes the same kind of copy (with no hash to
match yet) and inspects and hashes only that copy.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ContentChanged, InvalidDocument
from pipeline.ports import BlobStore

CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class VerifiedCopy:
    """A local snapshot of a stored object: nothing else writes to ``path``."""

    path: Path
    sha256: str
    size_bytes: int


@contextmanager
def verified_local_copy(
    store: BlobStore,
    path: str,
    expected_sha256: str | None,
    *,
    max_bytes: int,
    temp_dir: Path | None = None,
) -> Iterator[VerifiedCopy]:
    """A private temp copy of the object at ``path``, removed when the block ends.

    With ``expected_sha256`` the copy must hash to it, else :class:`ContentChanged`
    (permanent) and the caller never sees the bytes. An object growing past
    ``max_bytes`` stops the copy at once: ContentChanged when a hash was expected
    (the scanned object fitted), else InvalidDocument ``too_large``.
    """
    fd, name = tempfile.mkstemp(prefix="docpipe-verified-", dir=temp_dir)  # mode 0600
    target = Path(name)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out, store.open(path) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    if expected_sha256 is not None:
                        raise ContentChanged(expected_sha256, None)
                    raise InvalidDocument(
                        f"the file has more than {max_bytes} bytes", code="too_large"
                    )
                digest.update(chunk)
                out.write(chunk)
        found = digest.hexdigest()
        if expected_sha256 is not None and not hmac.compare_digest(found, expected_sha256.lower()):
            raise ContentChanged(expected_sha256, found)
        yield VerifiedCopy(target, found, size)
    finally:
        target.unlink(missing_ok=True)
