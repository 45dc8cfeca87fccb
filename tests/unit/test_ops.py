"""The operator's "why is this document stuck?" explanations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pipeline.ops import explain_job

NOW = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)


def job(**over: Any) -> dict[str, Any]:
    base = {
        "status": "pending",
        "scheduled_at": NOW - timedelta(seconds=1),
        "retry_count": 0,
        "dispatched_at": NOW,
        "last_error": None,
        "last_reschedule": None,
        "worker_id": None,
        "attempt": 0,
        "lease_expires_at": None,
        "dead_letter_at": None,
    }
    return {**base, **over}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "completed"}, "done"),
        (
            {"status": "failed", "dead_letter_at": NOW, "last_error": "encrypted_pdf"},
            "dead letter since 12:00:00 (encrypted_pdf)",
        ),
        (
            {
                "status": "processing",
                "worker_id": "w1",
                "attempt": 2,
                "lease_expires_at": NOW + timedelta(seconds=20),
            },
            "running on w1 (attempt 2)",
        ),
        (
            {
                "status": "processing",
                "worker_id": "w1",
                "lease_expires_at": NOW - timedelta(seconds=1),
            },
            "expired; the reaper will rescue it",
        ),
        (
            {
                "scheduled_at": NOW + timedelta(seconds=30),
                "last_reschedule": {"reason": "rate_limited"},
            },
            "waiting for capacity (rate_limited)",
        ),
        (
            {
                "scheduled_at": NOW + timedelta(seconds=30),
                "retry_count": 1,
                "last_error": "vendor_500",
            },
            "in backoff after vendor_500",
        ),
        ({"dispatched_at": None}, "the relay will send it"),
        ({}, "queued, waiting for a worker"),
    ],
)
def test_explain_job_names_the_cause(fields: dict[str, Any], expected: str) -> None:
    """Each state of a job gets a cause a person can act on."""
    assert expected in explain_job(job(**fields), NOW)
