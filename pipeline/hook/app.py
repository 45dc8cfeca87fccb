"""The upload hook (Starlette). Every client mistake gets a JSON 4xx, never a 500.

Routes
  POST /v1/shell-files          bearer JWT; record an upload and start its pipeline
  GET  /v1/shell-files/{id}     bearer JWT; where the document is ("why is it stuck?"), its
                                type, summary and counts per category; ``?include=items``
                                adds the extracted items. Read as the caller, through RLS
  POST /v1/hooks/storage        shared secret; a storage.objects INSERT/UPDATE webhook
  GET  /healthz                 the process is alive (no database call)
  GET  /readyz                  database reachable and schema in place

While the database is away every route that needs it answers 503
``database_unavailable`` with Retry-After within a few seconds (timeouts in
``pipeline.hook.database``); uploads over the per-user rate and clients with too
many failed webhook secrets get 429 with Retry-After (``pipeline.hook.throttle``).
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

import anyio
import psycopg
from opentelemetry import trace
from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from adapters.storage.paths import validate_storage_path
from pipeline.errors import StoragePathError
from pipeline.hook.auth import AuthError, Caller, TokenVerifier, bearer_token, check_shared_secret
from pipeline.hook.results import read_document
from pipeline.hook.schemas import (
    ACCEPTED_MIME_TYPES,
    ShellFileCreate,
    StorageObject,
    StorageWebhook,
)
from pipeline.hook.throttle import HookThrottle, Verdict
from pipeline.intake import (
    IdempotencyConflict,
    UnknownPatient,
    UploadForbidden,
    UploadRequest,
    submit_upload,
)
from pipeline.ledger.outbox import Dispatcher
from pipeline.metrics.hook import metrics_routes
from pipeline.settings import Settings
from pipeline.sqlfiles import query
from pipeline.tracing.correlation import HEADER as CORRELATION_HEADER
from pipeline.tracing.correlation import accept_correlation_id
from pipeline.tracing.requests import CorrelationMiddleware, request_correlation_id
from pipeline.tracing.spans import current_span_is_real, current_trace_headers

logger = logging.getLogger(__name__)

#: Request bodies are small JSON documents; anything bigger is refused unread.
MAX_BODY_BYTES = 64 * 1024


class HttpError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        retry_after: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.extra = extra  # more keys for the error object (hints), never input values


def error_response(
    status: int,
    code: str,
    message: str,
    *,
    retry_after: int | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    headers = {"retry-after": str(retry_after)} if retry_after is not None else None
    error = {**(extra or {}), "code": code, "message": message}
    return JSONResponse({"error": error}, status_code=status, headers=headers)


@dataclass
class HookState:
    settings: Settings
    pool: Any
    dispatcher: Dispatcher | None
    throttle: HookThrottle


def _state(request: Request) -> HookState:
    state: HookState = request.app.state.hook
    return state


async def _read_body(request: Request) -> bytes:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise HttpError(413, "body_too_large", "request body is too large")
    return body


async def _json_body(request: Request) -> Any:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HttpError(413, "body_too_large", "request body is too large")
    try:
        # A body trickled in byte by byte must not hold the connection for ever.
        with anyio.fail_after(_state(request).settings.hook_header_timeout):
            body = await _read_body(request)
    except TimeoutError as exc:
        raise HttpError(408, "request_timeout", "the request body was too slow") from exc
    if "json" not in request.headers.get("content-type", ""):
        raise HttpError(415, "unsupported_content_type", "send application/json")
    try:
        return json.loads(body)
    except RecursionError as exc:  # e.g. 60 KB of "[[[[": refused, never a 500
        raise HttpError(400, "json_too_deep", "the JSON body is nested too deeply") from exc
    except ValueError as exc:
        raise HttpError(400, "malformed_json", "the body is not valid JSON") from exc


async def _caller(request: Request) -> Caller:
    verifier: TokenVerifier = request.app.state.token_verifier
    if not verifier.configured:
        raise HttpError(503, "not_configured", "set SUPABASE_URL or SUPABASE_JWT_SECRET")
    try:
        token = bearer_token(request.headers.get("authorization"))
        # In a thread: a JWKS refresh is blocking I/O (rare, the keys are cached).
        return await run_in_threadpool(verifier.verify, token)
    except AuthError as exc:
        # Which claim is wrong and what we expect of it; never what the token holds.
        extra = {"claim": exc.claim, "hint": exc.hint} if exc.claim else None
        raise HttpError(exc.status, exc.code, exc.message, extra=extra) from exc


def _validation_error(exc: ValidationError) -> HttpError:
    fields = sorted({".".join(str(p) for p in err["loc"]) for err in exc.errors()})
    # Name the fields only; pydantic's messages can echo input values.
    return HttpError(422, "invalid_fields", "invalid or missing fields: " + ", ".join(fields))


def _check_upload_rules(settings: Settings, body: ShellFileCreate) -> str:
    mime = body.mime_type.lower().split(";")[0].strip()
    if mime not in ACCEPTED_MIME_TYPES:
        accepted = sorted(ACCEPTED_MIME_TYPES)
        raise HttpError(
            415,
            "unsupported_media_type",
            "this file type is not accepted; send one of: " + ", ".join(accepted),
            extra={"accepted": accepted},
        )
    if body.file_size_bytes > settings.max_upload_bytes:
        raise HttpError(
            413, "file_too_large", f"files are limited to {settings.max_upload_bytes} bytes"
        )
    try:
        validate_storage_path(body.storage_path, body.patient_id)
    except StoragePathError as exc:
        raise HttpError(422, exc.code, exc.message) from exc
    return mime


def _too_many(verdict: Verdict, code: str, message: str) -> HttpError:
    return HttpError(429, code, message, retry_after=verdict.retry_after)


def _submit(
    state: HookState, req: UploadRequest, *, check_access: bool = True
) -> tuple[int, dict[str, Any]]:
    try:
        result = submit_upload(state.pool, state.dispatcher, req, check_access=check_access)
    except UploadForbidden as exc:
        # Same answer for "no such patient" and "not yours": ids are not probed.
        raise HttpError(403, "forbidden", exc.message) from exc
    except UnknownPatient as exc:
        raise HttpError(422, "invalid_object", "object path names no patient") from exc
    except IdempotencyConflict as exc:
        raise HttpError(409, exc.code, exc.message) from exc
    span = trace.get_current_span()  # the request's server span (ids only)
    span.set_attribute("docpipe.correlation_id", result.correlation_id)
    span.set_attribute("docpipe.shell_file_id", str(result.shell_file_id))
    span.set_attribute("docpipe.created", result.created)
    if result.job_id:
        span.set_attribute("docpipe.job_id", str(result.job_id))
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
    caller = await _caller(request)
    verdict = await run_in_threadpool(state.throttle.upload, str(caller.user_id))
    if not verdict.allowed:
        raise _too_many(verdict, "upload_rate_exceeded", "too many uploads; try again later")
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
        traceparent=_traceparent(request),
        correlation_id=request_correlation_id()
        or accept_correlation_id(request.headers.get(CORRELATION_HEADER)),
    )
    status, payload = await run_in_threadpool(_submit, state, req)
    return _upload_response(payload, status)


def _traceparent(request: Request) -> str | None:
    """The request span's context for the first job row (else the caller's header)."""
    if current_span_is_real():
        return current_trace_headers().get("traceparent")
    return request.headers.get("traceparent")


def _upload_response(payload: dict[str, Any], status: int) -> JSONResponse:
    headers = {CORRELATION_HEADER: str(payload["correlation_id"])}
    return JSONResponse(payload, status_code=status, headers=headers)


def _object_version(record: StorageObject) -> str:
    """What tells two uploads of one object apart: ``version``, else the eTag."""
    meta = record.metadata or {}
    return str(record.version or meta.get("eTag") or "")


def _webhook_secret(request: Request, state: HookState) -> None:
    secret = state.settings.storage_webhook_secret
    if not secret:
        raise HttpError(503, "not_configured", "STORAGE_WEBHOOK_SECRET is not set")
    client = request.client.host if request.client else "unknown"
    blocked = state.throttle.webhook_blocked(client)
    if not blocked.allowed:
        raise _too_many(blocked, "too_many_failures", "too many failed attempts; try later")
    presented = request.headers.get("x-webhook-secret")
    if presented is None and request.headers.get("authorization"):
        presented = request.headers["authorization"].removeprefix("Bearer ").strip()
    try:
        check_shared_secret(presented, secret)
    except AuthError as exc:
        state.throttle.webhook_failed(client)
        raise HttpError(401, "unauthorized", str(exc)) from exc


def _webhook_upload(state: HookState, record: StorageObject) -> tuple[UploadRequest, bool]:
    """The upload a storage object stands for, and whether the uploader's right is checked.

    * Identity: one document per object ``id`` + version (``version``, else the
      eTag). The same version twice is the same document; a new version (an
      upsert, or delete and upload again) is a new document.
    * Patient: always the path prefix ``<patient_id>/…`` (validated, canonical uuid).
    * Uploader: the object's ``owner_id``/``owner`` (a Supabase user), whose upload
      right is checked as for the client hook. Objects stored with the service key
      (this project's ``SupabaseBlobStore.put``, server-side imports) have no owner:
      ``uploaded_by`` stays NULL, meaning "stored by a trusted service"; the shared
      webhook secret is the authority and the patient must exist.
    """
    try:
        object_id = uuid.UUID(str(record.id))
        patient_id = uuid.UUID(PurePosixPath(record.name).parts[0])
        validate_storage_path(record.name, patient_id)
        owner = record.owner_id or record.owner
        uploader = uuid.UUID(owner) if owner else None
    except (StoragePathError, ValueError, IndexError) as exc:
        raise HttpError(422, "invalid_object", "object id, path or owner is not usable") from exc
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
        idempotency_key=None,
        traceparent=_traceparent_now(),
        correlation_id=request_correlation_id(),  # the id this request's log lines carry
        storage_object_id=object_id,
        storage_object_version=_object_version(record),
    )
    return req, uploader is not None


def _traceparent_now() -> str | None:
    return current_trace_headers().get("traceparent") if current_span_is_real() else None


async def storage_webhook(request: Request) -> JSONResponse:
    state = _state(request)
    await run_in_threadpool(_webhook_secret, request, state)
    raw = await _json_body(request)
    try:
        event = StorageWebhook.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(exc) from exc
    ignored = JSONResponse({"status": "ignored"}, status_code=200)
    if event.type not in {"INSERT", "UPDATE"}:
        return ignored
    if event.schema_ != "storage" or event.table != "objects":
        return ignored
    record = event.record
    if record is None:
        raise HttpError(422, "invalid_fields", "invalid or missing fields: record")
    if record.bucket_id != state.settings.storage_bucket:
        return ignored
    old = event.old_record
    if (
        event.type == "UPDATE"
        and old is not None
        and old.id == record.id
        and _object_version(old) == _object_version(record)
    ):
        return ignored  # same bytes (metadata touched, or moved): nothing new to process
    req, check_access = _webhook_upload(state, record)
    status, payload = await run_in_threadpool(_submit, state, req, check_access=check_access)
    return _upload_response(payload, status)


def _read_status(
    state: HookState, caller: Caller, shell_file_id: uuid.UUID, *, include_items: bool
) -> dict[str, Any]:
    # Read as the caller, through RLS: "not yours" and "no such id" are the same 404.
    with state.pool.connection() as conn:
        body = read_document(conn, caller, shell_file_id, include_items=include_items)
    if body is None:
        raise HttpError(404, "not_found", "no such document")
    return body


def _include_items(request: Request) -> bool:
    wanted = {p.strip() for p in request.query_params.get("include", "").split(",") if p.strip()}
    if wanted - {"items"}:
        raise HttpError(422, "invalid_include", "include accepts only: items")
    return "items" in wanted


async def get_shell_file(request: Request) -> JSONResponse:
    """Progress, document type, summary, counts per category (and ``?include=items``)."""
    state = _state(request)
    caller = await _caller(request)
    include_items = _include_items(request)
    try:
        shell_file_id = uuid.UUID(request.path_params["shell_file_id"])
    except ValueError as exc:
        raise HttpError(404, "not_found", "no such document") from exc
    body = await run_in_threadpool(
        _read_status, state, caller, shell_file_id, include_items=include_items
    )
    return JSONResponse(body)


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
    """Liveness: the process answers. The database is /readyz's business (a restart
    would not bring the database back)."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    ok = await run_in_threadpool(_db_ok, _state(request), ready=True)
    return JSONResponse({"status": "ready" if ok else "not_ready"}, status_code=200 if ok else 503)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, HttpError):  # registered for HttpError only
        raise exc
    return error_response(
        exc.status, exc.code, exc.message, retry_after=exc.retry_after, extra=exc.extra
    )


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # No connection in time, a cut or refused connection, a statement timeout.
    logger.warning("database unavailable: %s", type(exc).__name__)
    retry = _state(request).settings.hook_retry_after_seconds
    return error_response(
        503, "database_unavailable", "the service is unavailable; try again", retry_after=retry
    )


async def _not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, "not_found", "no such route")


async def _method_not_allowed(request: Request, exc: Exception) -> JSONResponse:
    return error_response(405, "method_not_allowed", "method not allowed")


def create_app(
    settings: Settings,
    *,
    pool: Any,
    dispatcher: Dispatcher | None,
    throttle: HookThrottle | None = None,
) -> Starlette:
    """The ASGI app. ``pool`` must be open (or opening in the background: see
    ``pipeline.hook.database``); rates are counted in RATELIMIT_URL unless
    ``throttle`` is given."""

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
            *metrics_routes(),  # GET /metrics when HOOK_METRICS=true (pipeline/metrics/hook.py)
        ],
        exception_handlers={
            HttpError: _http_error,
            psycopg.OperationalError: _database_unavailable,
            psycopg.InterfaceError: _database_unavailable,
            404: _not_found,
            405: _method_not_allowed,
        },
        lifespan=lifespan,
    )
    app.state.hook = HookState(
        settings=settings,
        pool=pool,
        dispatcher=dispatcher,
        throttle=throttle or HookThrottle(settings),
    )
    app.state.token_verifier = TokenVerifier.from_settings(settings)  # caches the JWKS
    # Every log line of a request carries its correlation id (inside the server span).
    app.add_middleware(CorrelationMiddleware)
    # The server span starts each request's trace (or continues its traceparent).
    # A no-op without an SDK provider (pipeline.tracing.setup); probes are not traced.
    app.add_middleware(
        OpenTelemetryMiddleware,
        excluded_urls="healthz,readyz,metrics",
        exclude_spans=["receive", "send"],
    )
    return app
