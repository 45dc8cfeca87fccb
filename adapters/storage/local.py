"""``file://`` storage: a local folder laid out as ``<patient_id>/<file name>``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from adapters.storage.paths import validate_storage_path
from pipeline.errors import PermanentError, StoragePathError, TransientError

CHUNK = 1024 * 1024


class LocalBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _resolve(self, path: str) -> Path:
        target = (self.root / validate_storage_path(path)).resolve()
        if not target.is_relative_to(self.root):  # defence in depth against symlink tricks
            # Our own message: relative_to's ValueError would quote the path (PHI).
            raise StoragePathError("storage path leaves the storage root")
        return target

    @contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        target = self._resolve(path)
        try:
            handle = target.open("rb")
        except FileNotFoundError as exc:
            # Uploads can be visible in the database before the object is readable.
            raise TransientError("object not found in storage", code="object_not_found") from exc
        with handle:
            yield handle

    @contextmanager
    def local_copy(self, path: str) -> Iterator[Path]:
        target = self._resolve(path)
        if not target.is_file():
            raise TransientError("object not found in storage", code="object_not_found")
        yield target  # already local: no copy

    def put(self, path: str, data: BinaryIO) -> int:
        target = self._resolve(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        with tmp.open("wb") as out:
            shutil.copyfileobj(data, out, CHUNK)
        tmp.replace(target)
        return target.stat().st_size

    def delete(self, path: str) -> bool:
        target = self._resolve(path)
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:  # a folder at that path, permissions: not worth retrying soon
            raise PermanentError(
                f"could not delete the object ({type(exc).__name__})", code="storage_delete_failed"
            ) from None
        return True
