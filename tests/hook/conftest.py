"""Fixtures for the hook tests: a hook on a fresh database, and people with grants."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from dramatiq.brokers.stub import StubBroker

from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.settings import Settings
from tests.hook.hookkit import Hook
from tests.support import factories as f
from tests.support.http import JWT_SECRET, WEBHOOK_SECRET, serve_app
from tests.support.pg import dict_connect


@pytest.fixture
def hook_overrides() -> dict[str, Any]:
    """Settings a test module changes for its hook (override this fixture)."""
    return {}


@pytest.fixture
def hook(fresh_db_url: str, hook_overrides: dict[str, Any]) -> Iterator[Hook]:
    settings = Settings(
        database_url=fresh_db_url,
        supabase_jwt_secret=JWT_SECRET,
        storage_webhook_secret=WEBHOOK_SECRET,
        max_upload_bytes=50 * 1024 * 1024,
        **hook_overrides,
    )
    broker = StubBroker()
    declare_stage_queues(broker)
    with make_pool(fresh_db_url, max_size=8) as pool:
        app = create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))
        with serve_app(app) as url:
            yield Hook(url, fresh_db_url, broker)
    broker.close()


@pytest.fixture
def people(fresh_db_url: str) -> dict[str, uuid.UUID]:
    with dict_connect(fresh_db_url) as conn:
        owner, patient = f.make_patient(conn)
        other, other_patient = f.make_patient(conn)
        reader = f.make_user(conn)
        writer = f.make_user(conn)
        no_upload = f.make_user(conn)
        f.grant(conn, patient, reader, "read_only")
        f.grant(conn, patient, writer, "read_write")
        f.grant(conn, patient, no_upload, "read_write")
        conn.execute(  # the grant's upload switch (default off)
            "UPDATE profile_access_permissions SET can_upload_files = true WHERE user_id = %s",
            (writer,),
        )
    return {
        "owner": owner,
        "patient": patient,
        "other": other,
        "other_patient": other_patient,
        "reader": reader,
        "writer": writer,
        "no_upload": no_upload,
    }
