"""``docpipe submit FILE --patient ID``: the operator's door into the pipeline.

The same intake path as the upload hook and the demo: the bytes go to storage, then
one transaction records the document and its first job (``intake_upload_v2``), then
the first message is sent. Exactly once: the storage path and the idempotency key
are derived from the patient and the file's sha256, so submitting the same file
again (or after a crash between the two steps) returns the same document.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from pipeline.intake import UploadRequest, UploadResult, submit_upload
from pipeline.operator.context import OperatorContext
from pipeline.operator.errors import BadInput, NotFound
from pipeline.sqlfiles import query

_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")


@dataclass(frozen=True)
class Submission:
    result: UploadResult
    storage_path: str


def _digest(path: Path) -> tuple[str, int]:
    sha, size = hashlib.sha256(), 0
    with path.open("rb") as data:
        for chunk in iter(lambda: data.read(1 << 20), b""):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def submit(ctx: OperatorContext, path: Path, patient_id: uuid.UUID, priority: int) -> Submission:
    # Error texts never name the file: file names can carry PHI.
    try:
        digest, size = _digest(path)
    except OSError:
        raise BadInput("the file cannot be read", code="file_unreadable") from None
    if size == 0:
        raise BadInput("the file is empty", code="empty_file")
    owner = ctx.conn.execute(query("ops_patient_owner"), {"patient_id": patient_id}).fetchone()
    if owner is None:
        raise NotFound("no active patient profile has this id", code="unknown_patient")

    suffix = path.suffix.lower() if _SUFFIX.match(path.suffix.lower()) else ""
    storage_path = f"{patient_id}/cli-{digest[:32]}{suffix}"
    from pipeline.bootstrap import port_factories

    storage = port_factories(ctx.settings).storage()
    with path.open("rb") as data:
        storage.put(storage_path, data)
    dispatcher = ctx.dispatcher()
    result = submit_upload(
        dispatcher.pool,
        dispatcher,
        UploadRequest(
            patient_id=patient_id,
            uploaded_by=owner["account_owner_id"],  # attributed to the profile's account
            storage_path=storage_path,
            original_filename=path.name,
            mime_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
            file_size_bytes=size,
            idempotency_key=f"cli:{patient_id}:{digest}",
            priority=priority,
        ),
    )
    return Submission(result, storage_path)
