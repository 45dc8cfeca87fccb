"""Every log line inside a hook request carries the request's correlation id.

The real app (``create_app``) on a real socket and database. Its broker has no
queues, so the first message of an upload cannot be sent and intake logs that,
from a worker thread, in the middle of the request: a real line of ours.
"""

from __future__ import annotations

import logging
import uuid

import httpx
import pytest
from dramatiq.brokers.stub import StubBroker

from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.ledger.outbox import Dispatcher
from pipeline.logcontext import LogContextFilter
from pipeline.settings import Settings
from tests.support import factories as f
from tests.support.http import JWT_SECRET, make_token, serve_app
from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration]

NOT_SENT = "not sent"


def _upload(url: str, db: str, headers: dict[str, str]) -> httpx.Response:
    with dict_connect(db) as conn:
        owner, patient = f.make_patient(conn)
    return httpx.post(
        f"{url}/v1/shell-files",
        json={
            "patient_id": str(patient),
            "storage_path": f"{patient}/scan.pdf",
            "original_filename": "scan.pdf",
            "mime_type": "application/pdf",
            "file_size_bytes": 1000,
        },
        headers={"authorization": f"Bearer {make_token(owner)}", **headers},
        timeout=30,
    )


def test_log_lines_inside_a_request_carry_its_correlation_id(
    fresh_db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.handler.addFilter(LogContextFilter())
    caplog.set_level(logging.INFO)
    settings = Settings(database_url=fresh_db_url, supabase_jwt_secret=JWT_SECRET)
    given = f"hooklog-{uuid.uuid4().hex[:12]}"
    with (
        make_pool(fresh_db_url, max_size=2) as pool,
        serve_app(
            create_app(settings, pool=pool, dispatcher=Dispatcher(StubBroker(), pool))
        ) as url,
    ):
        with_header = _upload(url, fresh_db_url, {"x-correlation-id": given})
        minted = _upload(url, fresh_db_url, {"x-correlation-id": "not a well formed id"})
    assert with_header.status_code == minted.status_code == 201, minted.text
    lines = [r for r in caplog.records if NOT_SENT in r.getMessage()]
    assert len(lines) == 2, [r.getMessage() for r in caplog.records]
    # The caller's well-formed id: on the line, in the body, in the header.
    assert getattr(lines[0], "correlation_id", None) == given
    assert with_header.json()["correlation_id"] == with_header.headers["x-correlation-id"] == given
    # A malformed one is replaced by a minted id, the same on the line and the document.
    minted_id = minted.json()["correlation_id"]
    assert str(uuid.UUID(minted_id)) == minted_id
    assert getattr(lines[1], "correlation_id", None) == minted_id
    # Outside a request the context is empty again.
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "after", (), None)
    LogContextFilter().filter(record)
    assert getattr(record, "correlation_id", None) == "-"
