"""The operator's explanations, error classes, input checks and output rules."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from pipeline.operator.errors import BadInput
from pipeline.operator.explain import advice, error_class, explain_job
from pipeline.operator.parse import parse_duration, parse_stage, parse_status, parse_uuid
from pipeline.operator.render import Style, colour_enabled, iso, seconds, table

NOW = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)


def job(**over: Any) -> dict[str, Any]:
    base = {
        "id": "j1",
        "status": "pending",
        "scheduled_at": NOW - timedelta(seconds=1),
        "retry_count": 0,
        "max_retries": 3,
        "dispatched_at": NOW,
        "last_error": None,
        "last_reschedule": None,
        "last_failure": None,
        "dead_letter_reason": None,
        "worker_id": None,
        "attempt": 0,
        "lease_expires_at": None,
        "dead_letter_at": None,
    }
    return {**base, **over}


def _at(delta: int) -> str:
    return (NOW + timedelta(seconds=delta)).isoformat()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "completed"}, "done"),
        (
            {
                "status": "failed",
                "dead_letter_at": NOW,
                "last_error": "encrypted_pdf",
                "dead_letter_reason": "permanent_error",
            },
            "dead letter since 2026-11-29T12:00:00+00:00 (encrypted_pdf, permanent)",
        ),
        (
            {
                "status": "processing",
                "worker_id": "w1",
                "attempt": 2,
                "lease_expires_at": NOW + timedelta(seconds=20),
            },
            "running on w1 (attempt 2 of 4), lease until 2026-11-29T12:00:20+00:00",
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
                "last_reschedule": {"reason": "rate_limited:openai/gpt-4o-mini", "at": _at(-1)},
            },
            "waiting for quota (openai/gpt-4o-mini) until 2026-11-29T12:00:30+00:00",
        ),
        (
            {
                "scheduled_at": NOW + timedelta(seconds=30),
                "last_reschedule": {"reason": "rate_limited", "at": _at(-1)},
            },
            "waiting for quota until",
        ),
        (
            {
                "scheduled_at": NOW + timedelta(seconds=30),
                "retry_count": 1,
                "last_error": "vendor_500",
                "last_failure": {"code": "vendor_500", "at": _at(-1)},
                "last_reschedule": {"reason": "rate_limited", "at": _at(-60)},
            },
            "in backoff after vendor_500 until 2026-11-29T12:00:30+00:00 (attempt 2 of 4 next)",
        ),
        ({"scheduled_at": NOW + timedelta(seconds=30)}, "(intake backpressure)"),
        ({"dispatched_at": None}, "the relay will send it"),
        ({}, "queued since 2026-11-29T11:59:59+00:00, waiting for a worker"),
        ({"status": None}, "-"),
        (
            {
                "status": "completed",
                "attempt": 2,
                "last_error": "worker_died",
                "started_at": NOW,
                "completed_at": NOW + timedelta(seconds=7),
            },
            "done in 7.0s on attempt 2 (attempt 1: worker_died)",
        ),
    ],
)
def test_explain_job_names_the_cause(fields: dict[str, Any], expected: str) -> None:
    """Each state of a job gets a cause a person can act on, with times in UTC."""
    assert expected in explain_job(job(**fields), NOW)


def test_error_class_and_advice() -> None:
    permanent = job(last_error="encrypted_pdf", last_failure={"retryable": False})
    transient = job(last_error="storage_unavailable", dead_letter_reason="exceeded_max_retries")
    vendor = job(last_error="vendor_quota_exhausted", dead_letter_reason="permanent_error")
    assert error_class(permanent) == "permanent"
    assert error_class(transient) == "transient"
    assert error_class(job()) is None
    assert "fix the file and upload again" in advice(permanent)
    assert "docpipe dlq redrive j1" in advice(transient) and "--force" not in advice(transient)
    assert advice(vendor).endswith("docpipe dlq redrive j1 --force")


def test_parse_checks() -> None:
    assert parse_duration("10m") == timedelta(minutes=10)
    assert parse_duration("3d") == timedelta(days=3)
    assert parse_duration(" 90s ") == timedelta(seconds=90)
    assert parse_stage("ai_queue_pass1") == "pass1_entities"
    assert parse_stage("ocr") == "ocr"
    assert parse_status("running") == "processing"
    assert parse_status("dead") == "failed"
    for bad in ("10", "-3d", "1.5h", "ten minutes", ""):
        with pytest.raises(BadInput) as info:
            parse_duration(bad)
        assert info.value.code == "bad_duration"
    with pytest.raises(BadInput) as info:
        parse_uuid("Jane Example 1970-01-02", "the document id")
    assert info.value.code == "bad_uuid" and "Jane" not in info.value.message


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color() -> None:
    assert colour_enabled(_Tty(), {}) is True
    assert colour_enabled(_Tty(), {"NO_COLOR": ""}) is False
    assert colour_enabled(_Tty(), {"TERM": "dumb"}) is False
    assert colour_enabled(io.StringIO(), {}) is False
    assert Style(False).status("failed") == "failed"
    assert Style(True).status("failed") == "\x1b[31mfailed\x1b[0m"


def test_table_aligns_coloured_cells_and_times_are_utc() -> None:
    style = Style(True)
    out = table(["A", "B"], [[style.status("failed"), "x"], ["completed", "y"]], style)
    lines = out.splitlines()
    # the escapes take no width: column B starts at the same place on both rows
    assert lines[1].index("x") - len("\x1b[31m\x1b[0m") == lines[2].index("y")
    cet = datetime(2026, 11, 29, 13, 0, tzinfo=UTC).astimezone(ZoneInfo("Europe/Paris"))
    assert iso(cet) == "2026-11-29T13:00:00+00:00"
    assert seconds(0.42) == "0.4s" and seconds(185) == "3m05s" and seconds(7800) == "2h10m"
