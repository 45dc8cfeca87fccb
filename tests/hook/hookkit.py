"""Helpers for the hook tests: the running hook, requests, webhook payloads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from dramatiq.brokers.stub import StubBroker

from tests.support.http import WEBHOOK_SECRET, make_token
from tests.support.pg import dict_connect


@dataclass
class Hook:
    url: str
    db_url: str
    broker: StubBroker

    def body(self, patient: uuid.UUID, **extra: Any) -> dict[str, Any]:
        return {
            "patient_id": str(patient),
            "storage_path": f"{patient}/scan.pdf",
            "original_filename": "scan.pdf",
            "mime_type": "application/pdf",
            "file_size_bytes": 1000,
            **extra,
        }

    def counts(self) -> tuple[int, int]:
        with dict_connect(self.db_url) as conn:
            files = conn.execute("SELECT count(*) AS n FROM shell_files").fetchone()
            jobs = conn.execute("SELECT count(*) AS n FROM job_queue").fetchone()
        assert files is not None and jobs is not None
        return int(files["n"]), int(jobs["n"])


def post(
    hook: Hook,
    user: uuid.UUID | None,
    body: Any,
    *,
    key: str | None = "k1",
    token: str | None = None,
    **headers: str,
) -> httpx.Response:
    h = {"content-type": "application/json", **headers}
    if key:
        h["idempotency-key"] = key
    if token is None and user is not None:
        token = make_token(user)
    if token:
        h["authorization"] = f"Bearer {token}"
    content = (
        body if isinstance(body, (bytes, str)) else httpx.Request("POST", "/", json=body).content
    )
    return httpx.post(f"{hook.url}/v1/shell-files", content=content, headers=h, timeout=30)


def webhook_payload(patient: uuid.UUID, owner: uuid.UUID, **record: Any) -> dict[str, Any]:
    return {
        "type": "INSERT",
        "table": "objects",
        "schema": "storage",
        "record": {
            "id": str(uuid.uuid4()),
            "bucket_id": "medical-docs",
            "name": f"{patient}/photo.jpg",
            "owner_id": str(owner),
            "metadata": {"size": 2048, "mimetype": "image/jpeg"},
            **record,
        },
        "old_record": None,
    }


def send_webhook(hook: Hook, payload: dict[str, Any]) -> httpx.Response:
    headers = {"x-webhook-secret": WEBHOOK_SECRET}
    return httpx.post(f"{hook.url}/v1/hooks/storage", json=payload, headers=headers, timeout=30)
