"""The broker of a process that only enqueues (operator commands, ``docpipe maintain``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import dramatiq

    from pipeline.settings import Settings


def producer_broker(settings: Settings, purpose: str) -> dramatiq.Broker:
    """The BROKER_URL broker in a producer's connection budget (one connection)."""
    from adapters.brokers import broker_from_url, broker_kind
    from pipeline.db import application_name
    from pipeline.db.budget import TOOL_BROKER_CONNECTIONS, producer_broker_url

    url = settings.effective_broker_url
    return broker_from_url(
        producer_broker_url(
            url,
            connections=TOOL_BROKER_CONNECTIONS,
            application=application_name(purpose),
            kind=broker_kind(url),
        )
    )
