"""What each ledger, runner and quota event adds to our counters (in-process sink)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prometheus_client import generate_latest

from pipeline.metrics import events
from pipeline.metrics.sink import WorkerSink
from tests.metrics.scrape import Sample, disallowed_labels, parse, value

OCR = {"job_type": "fast_queue_ocr"}
FINALIZE = {"job_type": "finalize_shell_file"}


@pytest.fixture
def sink() -> Iterator[WorkerSink]:
    installed = WorkerSink()
    events.install(installed)
    try:
        yield installed
    finally:
        events.install(None)


def samples(sink: WorkerSink) -> list[Sample]:
    return parse(generate_latest(sink.registry).decode())


def test_ledger_outcomes(sink: WorkerSink) -> None:
    events.job_completed(OCR, True)
    events.job_completed(OCR, False)  # counted by the runner's LeaseLost, not here
    events.job_failed(OCR, "vendor_timeout", "retry_scheduled")
    events.job_failed(OCR, "invalid_document", "dead_lettered")
    events.job_failed(FINALIZE, "vendor_timeout", "lease_lost")
    events.job_rescheduled(OCR, "rate_limited", True)
    events.job_rescheduled(OCR, "rate_limited", False)
    events.lease_lost("ocr")
    events.jobs_reaped([{"job_id": "x", "outcome": "reclaimed", "job_type": "fast_queue_ocr"}])
    events.jobs_reaped([{"job_id": "y", "outcome": "dead_lettered"}])  # no job type: unknown
    got = samples(sink)
    assert value(got, "docpipe_stage_completed_total", stage="ocr") == 1
    assert value(got, "docpipe_stage_failures_total", stage="ocr") == 2
    assert value(got, "docpipe_stage_retries_total", stage="ocr") == 1
    assert value(got, "docpipe_dead_letters_total", stage="ocr", error_code="invalid_document") == 1
    assert (
        value(got, "docpipe_stage_reschedules_total", stage="ocr", error_code="rate_limited") == 1
    )
    assert value(got, "docpipe_lease_lost_total", stage="ocr") == 2
    assert value(got, "docpipe_lease_lost_total", stage="finalize") == 1
    assert value(got, "docpipe_jobs_rescued_total", stage="ocr", outcome="reclaimed") == 1
    assert value(got, "docpipe_jobs_rescued_total", stage="unknown", outcome="dead_lettered") == 1
    codes = {"vendor_timeout", "invalid_document", "rate_limited"}
    assert disallowed_labels(got, vendors=set(), codes=codes) == []


def test_quota_waits_and_refusals_per_vendor(sink: WorkerSink) -> None:
    events.quota_waited("openai", 0.2)
    events.quota_waited("openai", 0.0)
    events.quota_refused("openai", "gate")
    events.quota_refused("openai", "vendor")
    got = samples(sink)
    assert value(got, "docpipe_quota_wait_seconds_count", vendor="openai") == 2
    assert value(got, "docpipe_quota_wait_seconds_sum", vendor="openai") == pytest.approx(0.2)
    assert value(got, "docpipe_quota_wait_seconds_bucket", vendor="openai", le="0.1") == 1
    assert value(got, "docpipe_quota_refusals_total", vendor="openai", source="gate") == 1
    assert value(got, "docpipe_quota_refusals_total", vendor="openai", source="vendor") == 1


def test_storage_cleanup_outcomes(sink: WorkerSink) -> None:
    for outcome in ("deleted", "deleted", "already_gone", "still_referenced", "failed"):
        events.storage_deletion(outcome)
    got = samples(sink)
    assert value(got, "docpipe_storage_deletions_total", outcome="deleted") == 2
    assert value(got, "docpipe_storage_deletions_total", outcome="already_gone") == 1
    assert value(got, "docpipe_storage_deletions_total", outcome="still_referenced") == 1
    assert value(got, "docpipe_storage_deletions_total", outcome="failed") == 1
    assert disallowed_labels(got, vendors=set(), codes=set()) == []


def test_free_text_never_becomes_a_label(sink: WorkerSink) -> None:
    events.job_failed(OCR, "Jane Doe 1970-01-01", "dead_lettered")
    events.quota_refused("Jane Doe", "gate")
    got = samples(sink)
    assert value(got, "docpipe_dead_letters_total", stage="ocr", error_code="other") == 1
    assert value(got, "docpipe_quota_refusals_total", vendor="other") == 1
    assert disallowed_labels(got, vendors={"other"}, codes=set()) == []
