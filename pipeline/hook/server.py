"""``docpipe serve``: the hook under uvicorn, with its pool and broker.

The hook starts without its database: the pool connects in the background,
``/readyz`` says 503 until it has, and requests that need the database answer
503 + Retry-After fast while it is away (see ``pipeline.hook.database``).
"""

from __future__ import annotations

import signal
from types import FrameType
from typing import Any

import uvicorn
from starlette.applications import Starlette

from adapters.brokers import broker_from_url, broker_kind
from pipeline.db import application_name
from pipeline.db.budget import HOOK_BROKER_CONNECTIONS, HOOK_POOL_SIZE, producer_broker_url
from pipeline.hook.app import create_app
from pipeline.hook.database import GuardedPool, make_hook_pool
from pipeline.hook.protocol import header_deadline_protocol
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.settings import Settings
from pipeline.tracing.setup import flush_tracing, init_tracing

#: h11's buffer for an incomplete request head (request line + headers).
MAX_HEADER_BYTES = 16 * 1024


def _build(settings: Settings) -> tuple[Starlette, GuardedPool]:
    # Connection budget (docs/connections.md): HOOK_POOL_SIZE + a few broker producers.
    pool = make_hook_pool(settings, max_size=HOOK_POOL_SIZE)
    pool.open(wait=False)  # never wait for the database here: readiness tells
    url = settings.effective_broker_url
    broker = broker_from_url(
        producer_broker_url(
            url,
            connections=HOOK_BROKER_CONNECTIONS,
            application=application_name("hook-broker"),
            kind=broker_kind(url),
        )
    )
    declare_stage_queues(broker)
    return create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool)), pool


def build_app(settings: Settings) -> Starlette:
    return _build(settings)[0]


def uvicorn_config(app: Any, settings: Settings, host: str, port: int) -> uvicorn.Config:
    """Timeouts against slow clients: header deadline, keep-alive, h11 head size.

    On SIGTERM uvicorn closes the listener, closes idle connections, lets requests in
    flight finish (then closes their connections) and cancels what is still running
    after ``HOOK_SHUTDOWN_GRACE_SECONDS``; without that limit it would wait forever."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        log_config=None,  # uvicorn's loggers propagate to the root handlers (JSON, context)
        access_log=False,
        http=header_deadline_protocol(settings.hook_header_timeout),
        timeout_keep_alive=settings.hook_keep_alive_timeout,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        timeout_graceful_shutdown=settings.hook_shutdown_grace_seconds,
    )


def _exit_after_drain(signum: int, frame: FrameType | None) -> None:
    """SIGTERM outside uvicorn's own handling: before it starts, or re-raised by it
    once it drained. Exit through ``serve``'s cleanup (pool, trace flush), status 0."""
    raise SystemExit(0)


def serve(settings: Settings, host: str, port: int) -> None:
    if not (settings.supabase_url or settings.supabase_jwks_url or settings.supabase_jwt_secret):
        from pipeline.errors import ConfigurationError

        # User tokens: JWKS keys (from SUPABASE_URL or SUPABASE_JWKS_URL) or the HS256 secret.
        raise ConfigurationError("serve needs SUPABASE_URL or SUPABASE_JWT_SECRET")
    # uvicorn drains on SIGTERM, then raises it again with the handler found at start:
    # ours, so the process ends through the cleanup below rather than killed.
    signal.signal(signal.SIGTERM, _exit_after_drain)
    init_tracing("docpipe-hook")
    app, pool = _build(settings)
    try:
        uvicorn.Server(uvicorn_config(app, settings, host, port)).run()
    finally:
        pool.close()
        flush_tracing()
