"""Request bodies of the hook, validated with pydantic."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: Types the pipeline can process; anything else is refused with 415 at the door.
#: XML and JSON claims are structured records (C-CDA, FHIR R4 Bundle); the security scan
#: still decides the real kind from the bytes and refuses any other XML or JSON.
ACCEPTED_MIME_TYPES = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/jpg",
        "image/tiff",
        "application/xml",
        "text/xml",
        "application/hl7-cda+xml",
        "application/json",
        "application/fhir+json",
    }
)


class ShellFileCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)

    patient_id: uuid.UUID
    storage_path: str = Field(min_length=3, max_length=1024)
    original_filename: str = Field(min_length=1, max_length=255)
    mime_type: str = Field(min_length=3, max_length=100)
    file_size_bytes: int = Field(gt=0)
    priority: int = Field(default=5, ge=1, le=10)


class StorageObject(BaseModel):
    """A storage.objects row. ``owner``/``owner_id`` are NULL for service-key uploads;
    ``version`` changes on every upload (an upsert keeps ``id``, delete + upload does not)."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    bucket_id: str
    name: str
    owner_id: str | None = None
    owner: str | None = None
    version: str | None = None
    metadata: dict[str, Any] | None = None


class StorageWebhook(BaseModel):
    """A Supabase Database Webhook payload for storage.objects:
    ``{"type": "INSERT"|"UPDATE"|"DELETE", "table", "schema", "record", "old_record"}``."""

    model_config = ConfigDict(extra="allow")

    type: str
    table: str
    schema_: str = Field(alias="schema")
    record: StorageObject | None = None
    old_record: StorageObject | None = None
