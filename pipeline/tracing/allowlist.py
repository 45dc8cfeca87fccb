"""What may leave the process on a span: ids, codes, counts, durations, sizes.

Every span passes through ``filter_span`` before export, whoever made it (our code
or an instrumentation library), so a file name, a document's text, a person's name
or an exception message can never be exported, even by mistake.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.trace import Status

#: Attribute keys exported as they are.
ALLOWED_KEYS = frozenset(
    {
        "messaging.system",
        "messaging.destination.name",
        "messaging.message.id",
        "messaging.operation.type",
        "messaging.operation.name",
        "docpipe.job_id",
        "docpipe.shell_file_id",
        "docpipe.stage",
        "docpipe.attempt",
        "docpipe.correlation_id",
        "docpipe.error_code",
        "docpipe.outcome",
        "docpipe.delay_ms",
        "docpipe.page_count",
        "docpipe.duration_ms",
        "docpipe.created",
        "docpipe.page_number",
        "docpipe.engine",
        "docpipe.vendor",
        "docpipe.wait_ms",
        "docpipe.item_count",
        "error.type",
        "exception.type",
        "http.method",
        "http.request.method",
        "http.status_code",
        "http.response.status_code",
        "http.route",
        "http.scheme",
        "url.scheme",
        "http.flavor",
        "network.protocol.version",
    }
)

#: Span events exported (their attributes are filtered too).
ALLOWED_EVENTS = frozenset({"exception", "docpipe.retry", "docpipe.reschedule", "docpipe.rescue"})


def allowed_attributes(attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (attributes or {}).items() if k in ALLOWED_KEYS}


def filter_span(span: ReadableSpan) -> ReadableSpan:
    """A copy of ``span`` holding only allow-listed attributes and events.

    The status keeps its code but loses its description (an exception message)."""
    events: Sequence[Event] = [
        Event(e.name, allowed_attributes(e.attributes), timestamp=e.timestamp)
        for e in span.events
        if e.name in ALLOWED_EVENTS
    ]
    return ReadableSpan(
        name=span.name,
        context=span.context,
        parent=span.parent,
        resource=span.resource,
        attributes=allowed_attributes(span.attributes),
        events=events,
        links=span.links,
        kind=span.kind,
        status=Status(span.status.status_code),
        start_time=span.start_time,
        end_time=span.end_time,
        instrumentation_scope=span.instrumentation_scope,
    )
