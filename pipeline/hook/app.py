"""The upload hook (Starlette). Every client mistake gets a JSON 4xx, never a 500.

Routes
  POST /v1/shell-files          bearer JWT; record an upload and start its pipeline
  GET  /v1/shell-files/{id}     bearer JWT; where the document is ("why is it stuck?")
  POST /v1/hooks/storage        shared secret; a storage.objects INSERT webhook
  GET  /healthz, GET /readyz    database reachable / schema in place
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import psycopg
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from adapters.storage.paths import validate_storage_path
from pipeline.errors import StoragePathError
from pipeline.hook.auth import AuthError, Caller, bearer_token, check_shared_secret, verify_jwt
from pipeline.hook.schemas import ACCEPTED_MIME_TYPES, ShellFileCreate, StorageWebhook
from pipeline.intake import IdempotencyConflict, UploadForbidden, UploadRequest, submit_upload
from pipeline.ledger.outbox import Dispatcher
from pipeline.settings import Settings
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)

#: Request bodies are small JSON documents; anything bigger is refused unread.
MAX_BODY_BYTES = 64 * 1024


class HttpError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


@dataclass
class HookState:
    settings: Settings
    pool: Any
    dispatcher: Dispatcher | None


def _state(request: Request) -> HookState:
    state: HookState = request.app.state.hook
    return state


async def _json_body(request: Request) -> Any:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HttpError(413, "body_too_large", "request body is too large")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise HttpError(413, "body_too_large", "request body is too large")
    if "json" not in request.headers.get("content-type", ""):
        raise HttpError(415, "unsupported_content_type", "send application/json")
    try:
        return json.loads(body)
    except ValueError as exc:
        raise HttpError(400, "malformed_json", "the body is not valid JSON") from exc


def _caller(request: Request, settings: Settings) -> Caller:
    if not settings.supabase_jwt_secret:
        raise HttpError(503, "not_configured", "SUPABASE_JWT_SECRET is not set")
    try:
        token = bearer_token(request.headers.get("authorization"))
        return verify_jwt(token, settings.supabase_jwt_secret, settings.supabase_jwt_audience)
    except AuthError as exc:
        raise HttpError(401, "unauthorized", str(exc)) from exc


def _validation_error(exc: ValidationError) -> HttpError:
    fields = sorted({".".join(str(p) for p in err["loc"]) for err in exc.errors()})
    # Name the fields only; pydantic's messages can echo input values.
    return HttpError(422, "invalid_fields", "invalid or missing fields: " + ", ".join(fields))


def _check_upload_rules(settings: Settings, body: ShellFileCreate) -> str:
    mime = body.mime_type.lower().split(";")[0].strip()
    if mime not in ACCEPTED_MIME_TYPES:
        raise HttpError(415, "unsupported_media_type", "this file type is not accepted")
    if body.file_size_bytes > settings.max_upload_bytes:
        raise HttpError(
            413, "file_too_large", f"files are limited to {settings.max_upload_bytes} bytes"
        )
    try:
        validate_storage_path(body.storage_path, body.patient_id)
    except StoragePathError as exc:
        raise HttpError(422, exc.code, exc.message) from exc
    return mime


def _submit(state: HookState, req: UploadRequest) -> tuple[int, dict[str, Any]]:
    try:
        result = submit_upload(state.pool, state.dispatcher, req, check_access=True)
    except UploadForbidden as exc:
        # Same answer for "no such patient" and "not yours": ids are not probed.
        raise HttpError(403, "forbidden", exc.message) from exc
    except IdempotencyConflict as exc:
        raise HttpError(409, exc.code, exc.message) from exc
    start = result.expected_start_at
    body = {
        "shell_file_id": str(result.shell_file_id),
        "job_id": str(result.job_id) if result.job_id else None,
        "correlation_id": result.correlation_id,
        "status": "enqueued" if result.created else result.status,
        # Backpressure: the upload is accepted, but its first stage may start later.
        "expected_start_at": start.isoformat() if start else None,
    }
    return (201 if result.created else 200), body


async def create_shell_file(request: Request) -> JSONResponse:
    state = _state(request)
    caller = _caller(request, state.settings)
    raw = await _json_body(request)
    try:
        body = ShellFileCreate.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(exc) from exc
    mime = _check_upload_rules(state.settings, body)
    key = (
        request.headers.get("idempotency-key") or f"path:{body.storage_path}:{body.file_size_bytes}"
    )
    if len(key) > 200:
        raise HttpError(422, "invalid_idempotency_key", "Idempotency-Key is too long")
    req = UploadRequest(
        patient_id=body.patient_id,
        uploaded_by=caller.user_id,
        storage_path=body.storage_path,
        original_filename=body.original_filename,
        mime_type=mime,
        file_size_bytes=body.file_size_bytes,
        idempotency_key=key,
        priority=body.priority,
        traceparent=request.headers.get("traceparent"),
    )
    status, payload = await run_in_threadpool(_submit, state, req)
    return JSONResponse(payload, status_code=status)


async def storage_webhook(request: Request) -> JSONResponse:
    state = _state(request)
    secret = state.settings.storage_webhook_secret
    if not secret:
        raise HttpError(503, "not_configured", "STORAGE_WEBHOOK_SECRET is not set")
    presented = request.headers.get("x-webhook-secret")
    if presented is None and request.headers.get("authorization"):
        presented = request.headers["authorization"].removeprefix("Bearer ").strip()
    try:
        check_shared_secret(presented, secret)
    except AuthError as exc:
        raise HttpError(401, "unauthorized", str(exc)) from exc
    raw = await _json_body(request)
    try:
        event = StorageWebhook.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(exc) from exc
    if event.type != "INSERT" or event.schema_ != "storage" or event.table != "objects":
        return JSONResponse({"status": "ignored"}, status_code=200)
    record = event.record
    if record is None:
        raise HttpError(422, "invalid_fields", "invalid or missing fields: record")
    if record.bucket_id != state.settings.storage_bucket:
        return JSONResponse({"status": "ignored"}, status_code=200)
    try:
        path = validate_storage_path(record.name)
        patient_id = uuid.UUID(path.parts[0])
        uploader = uuid.UUID(str(record.owner_id or record.owner))
    except (StoragePathError, ValueError) as exc:
        raise HttpError(422, "invalid_object", "object path or owner is not usable") from exc
    meta = record.metadata or {}
    size = meta.get("size") or meta.get("contentLength")
    mime = str(meta.get("mimetype") or meta.get("contentType") or "").lower()
    if not isinstance(size, int) or size <= 0:
        raise HttpError(422, "invalid_fields", "invalid or missing fields: record.metadata.size")
    body = ShellFileCreate(
        patient_id=patient_id,
        storage_path=record.name,
        original_filename=PurePosixPath(record.name).name[:255],
        mime_type=mime or "application/octet-stream",
        file_size_bytes=size,
    )
    mime = _check_upload_rules(state.settings, body)
    req = UploadRequest(
        patient_id=patient_id,
        uploaded_by=uploader,
        storage_path=record.name,
        original_filename=body.original_filename,
        mime_type=mime,
        file_size_bytes=size,
        idempotency_key=f"storage:{record.bucket_id}/{record.name}",
    )
    status, payload = await run_in_threadpool(_submit, state, req)
    return JSONResponse(payload, status_code=status)


def _read_status(state: HookState, caller: Caller, shell_file_id: uuid.UUID) -> dict[str, Any]:
    with state.pool.connection() as conn:
        row = conn.execute(query("shell_file_get"), {"shell_file_id": shell_file_id}).fetchone()
        if row is None:
            raise HttpError(404, "not_found", "no such document")
        allowed = conn.execute(
            query("patient_read_allowed"),
            {"user_id": caller.user_id, "patient_id": row["patient_id"]},
        ).fetchone()
        if not (allowed and allowed["allowed"]):
            raise HttpError(404, "not_found", "no such document")
    stages = ["security_scan", "ocr", "pass1", "pass2", "pass3", "finalize"]
    return {
        "shell_file_id": str(row["id"]),
        "status": row["status"],
        "stages": {name: row[f"{name}_status"] for name in stages},
        "page_count": row["page_count"],
        "failed_pages": row["failed_page_numbers"],
        "processing_error": row["processing_error"],
        "correlation_id": row["correlation_id"],
    }


async def get_shell_file(request: Request) -> JSONResponse:
    state = _state(request)
    caller = _caller(request, state.settings)
    try:
        shell_file_id = uuid.UUID(request.path_params["shell_file_id"])
    except ValueError as exc:
        raise HttpError(404, "not_found", "no such document") from exc
    return JSONResponse(await run_in_threadpool(_read_status, state, caller, shell_file_id))


def _db_ok(state: HookState, *, ready: bool) -> bool:
    try:
        with state.pool.connection() as conn:
            row = conn.execute(
                query("session_schema_ready" if ready else "session_ping")
            ).fetchone()
            return bool(row and row["ok"])
    except psycopg.Error:
        return False


async def healthz(request: Request) -> JSONResponse:
    ok = await run_in_threadpool(_db_ok, _state(request), ready=False)
    return JSONResponse(
        {"status": "ok" if ok else "database_unreachable"}, status_code=200 if ok else 503
    )


async def readyz(request: Request) -> JSONResponse:
    ok = await run_in_threadpool(_db_ok, _state(request), ready=True)
    return JSONResponse({"status": "ready" if ok else "not_ready"}, status_code=200 if ok else 503)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, HttpError):  # registered for HttpError only
        raise exc
    return error_response(exc.status, exc.code, exc.message)


async def _not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, "not_found", "no such route")


async def _method_not_allowed(request: Request, exc: Exception) -> JSONResponse:
    return error_response(405, "method_not_allowed", "method not allowed")


def create_app(settings: Settings, *, pool: Any, dispatcher: Dispatcher | None) -> Starlette:
    """The ASGI app. ``pool`` must be open (or opened by the caller's lifespan)."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield

    app = Starlette(
        routes=[
            Route("/v1/shell-files", create_shell_file, methods=["POST"]),
            Route("/v1/shell-files/{shell_file_id}", get_shell_file, methods=["GET"]),
            Route("/v1/hooks/storage", storage_webhook, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
        ],
        exception_handlers={HttpError: _http_error, 404: _not_found, 405: _method_not_allowed},
        lifespan=lifespan,
    )
    app.state.hook = HookState(settings=settings, pool=pool, dispatcher=dispatcher)
    return app
