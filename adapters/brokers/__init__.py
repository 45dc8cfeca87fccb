"""Dramatiq brokers chosen by URL.

``postgresql://`` dramatiq-postgres (default; see adapters/brokers/postgres.py),
``redis://`` RedisBroker, ``amqp://`` RabbitmqBroker, ``stub://`` StubBroker (tests,
local dev). Each broker module is imported only when its scheme is used.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import dramatiq
from dramatiq.middleware import Middleware

from pipeline.errors import ConfigurationError

POSTGRES_SCHEMES = frozenset({"postgres", "postgresql"})


def broker_kind(url: str) -> str:
    scheme = urlsplit(url).scheme.lower()
    if scheme in POSTGRES_SCHEMES:
        return "postgres"
    if scheme in {"redis", "rediss"}:
        return "redis"
    if scheme in {"amqp", "amqps"}:
        return "rabbitmq"
    if scheme == "stub":
        return "stub"
    raise ConfigurationError(f"unsupported BROKER_URL scheme: {scheme or '(none)'}")


def broker_from_url(url: str, middleware: list[Middleware] | None = None) -> dramatiq.Broker:
    """Build the broker for ``url`` with Dramatiq's default middleware plus ``middleware``."""
    kind = broker_kind(url)
    broker: dramatiq.Broker
    if kind == "postgres":
        from adapters.brokers.postgres import postgres_broker

        # Results off: the job ledger records results; NOTIFY wakes consumers fast.
        broker = postgres_broker(url, results=False)
    elif kind == "redis":
        from dramatiq.brokers.redis import RedisBroker

        broker = RedisBroker(url=url)  # type: ignore[no-untyped-call]
    elif kind == "rabbitmq":
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        broker = RabbitmqBroker(url=url)
    else:
        from dramatiq.brokers.stub import StubBroker

        broker = StubBroker()
    for extra in middleware or []:
        broker.add_middleware(extra)
    return broker
