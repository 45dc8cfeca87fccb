"""Storage path rules: ``<patient_id>/<file name>``, nothing that can escape."""

from __future__ import annotations

import uuid
from pathlib import PurePosixPath

from pipeline.errors import StoragePathError

MAX_PATH_LENGTH = 1024


def validate_storage_path(path: str, patient_id: uuid.UUID | str | None = None) -> PurePosixPath:
    """The normalised path, or StoragePathError. With ``patient_id``, the first
    segment must be that patient's id (the bucket prefix belongs to the patient)."""
    if not path or len(path) > MAX_PATH_LENGTH:
        raise StoragePathError("storage path is empty or too long")
    if "\\" in path or "\x00" in path or any(ord(ch) < 32 for ch in path):
        raise StoragePathError("storage path has forbidden characters")
    pure = PurePosixPath(path)
    if pure.is_absolute():
        raise StoragePathError("storage path must be relative")
    if any(part in {"", ".", ".."} for part in path.split("/")):
        raise StoragePathError("storage path has empty, '.' or '..' segments")
    if len(pure.parts) < 2:
        raise StoragePathError("storage path must be <patient_id>/<file>")
    if patient_id is not None and pure.parts[0] != str(patient_id):
        raise StoragePathError("storage path is outside the patient's prefix")
    return pure
