"""``docpipe serve``: the hook under uvicorn, with its pool and broker."""

from __future__ import annotations

import uvicorn
from starlette.applications import Starlette

from adapters.brokers import broker_from_url
from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.settings import Settings


def build_app(settings: Settings) -> Starlette:
    pool = make_pool(
        settings.require_database_url(), role=settings.database_role, max_size=16, name="hook"
    )
    pool.open(wait=True, timeout=30)
    broker = broker_from_url(settings.effective_broker_url)
    declare_stage_queues(broker)
    return create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))


def serve(settings: Settings, host: str, port: int) -> None:
    if not settings.supabase_jwt_secret:
        from pipeline.errors import ConfigurationError

        raise ConfigurationError("SUPABASE_JWT_SECRET is required by serve")
    uvicorn.run(build_app(settings), host=host, port=port, log_level="info", access_log=False)
