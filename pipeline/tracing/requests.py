"""Every log line of a hook request carries the request's correlation id.

``CorrelationMiddleware`` (pure ASGI, so the context it binds reaches the route,
the exception handlers and the threads they run in) takes the caller's
``X-Correlation-ID`` when it is well formed, else mints one, and binds it to the
log context for the whole request. The route hands the same id to the upload
(``request_correlation_id``), so the lines, the response and the document agree.
"""

from __future__ import annotations

import uuid

from opentelemetry import trace
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from pipeline.logcontext import bind_log_context, clear_log_context, current_log_context
from pipeline.tracing.correlation import HEADER, accept_correlation_id


def request_correlation_id() -> str | None:
    """The correlation id bound for the current request (None outside one)."""
    return current_log_context().get("correlation_id")


class CorrelationMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = accept_correlation_id(Headers(scope=scope).get(HEADER))
        correlation_id = given or str(uuid.uuid4())
        # Each request runs in its own task (its own copy of the context): binding here
        # cannot leak into another request.
        bind_log_context(correlation_id=correlation_id)
        span = trace.get_current_span()  # the server span, when the tracing middleware is outside
        if span.is_recording():
            span.set_attribute("docpipe.correlation_id", correlation_id)
        try:
            await self.app(scope, receive, send)
        finally:
            clear_log_context()
