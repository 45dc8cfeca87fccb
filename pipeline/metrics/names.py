"""Every metric docpipe exports: one table of names, types, labels and help.

Label values are never free text: stage and lane names come from ``pipeline.flow``,
vendors from ``api_rate_limits.provider_name``, error codes from our own error classes
(and pass :func:`label_code` on the way in). No id, name, date or text of a document
ever becomes a label (tests/metrics/test_labels.py scans every exported series).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MetricDef:
    name: str  # the exported name (counters end in _total)
    kind: str  # counter | gauge | histogram
    labels: tuple[str, ...]
    help: str
    source: str  # worker (dramatiq), worker (docpipe), hook


DRAMATIQ = "worker (dramatiq)"
WORKER = "worker (docpipe)"
HOOK = "hook"

_QA = ("queue_name", "actor_name")

METRICS: tuple[MetricDef, ...] = (
    # -- Dramatiq's Prometheus middleware (per actor = per stage) -------------------------
    MetricDef(
        "dramatiq_messages_total",
        "counter",
        _QA,
        "Stage runs finished (completed, failed or lease lost); ledger skips excluded.",
        DRAMATIQ,
    ),
    MetricDef(
        "dramatiq_message_errors_total",
        "counter",
        _QA,
        "Stage runs whose actor raised (time limit, shutdown); stage failures are "
        "recorded by the ledger and counted in docpipe_stage_failures_total.",
        DRAMATIQ,
    ),
    MetricDef(
        "dramatiq_message_retries_total",
        "counter",
        _QA,
        "Dramatiq's own retries: always 0 (the ledger retries; see docpipe_stage_retries_total).",
        DRAMATIQ,
    ),
    MetricDef(
        "dramatiq_message_rejects_total",
        "counter",
        _QA,
        "Messages nacked by the broker consumer.",
        DRAMATIQ,
    ),
    MetricDef(
        "dramatiq_messages_inprogress",
        "gauge",
        _QA,
        "Stage runs in flight in the live worker processes.",
        DRAMATIQ,
    ),
    MetricDef(
        "dramatiq_delayed_messages_inprogress",
        "gauge",
        _QA,
        "Delayed messages held in worker memory until due.",
        DRAMATIQ,
    ),
    MetricDef(
        "dramatiq_message_duration_milliseconds",
        "histogram",
        _QA,
        "Duration of a stage run (ledger skips excluded).",
        DRAMATIQ,
    ),
    # -- docpipe, in the workers ----------------------------------------------------------
    MetricDef(
        "docpipe_stage_completed_total",
        "counter",
        ("stage",),
        "Stage runs committed (job completed).",
        WORKER,
    ),
    MetricDef(
        "docpipe_stage_failures_total",
        "counter",
        ("stage", "error_code"),
        "Failed attempts recorded in the ledger (retried or dead-lettered).",
        WORKER,
    ),
    MetricDef(
        "docpipe_stage_retries_total",
        "counter",
        ("stage",),
        "Failed attempts the ledger scheduled to run again.",
        WORKER,
    ),
    MetricDef(
        "docpipe_dead_letters_total",
        "counter",
        ("stage", "error_code"),
        "Jobs moved to the dead letter by a stage failure.",
        WORKER,
    ),
    MetricDef(
        "docpipe_stage_reschedules_total",
        "counter",
        ("stage", "error_code"),
        "Stage runs rescheduled for capacity (no attempt used).",
        WORKER,
    ),
    MetricDef(
        "docpipe_lease_lost_total",
        "counter",
        ("stage",),
        "Stage runs that lost their lease (another worker owns the job now).",
        WORKER,
    ),
    MetricDef(
        "docpipe_messages_skipped_total",
        "counter",
        ("stage",),
        "Deliveries the ledger skipped (duplicate, not due, leased, done, dead, or handed back).",
        WORKER,
    ),
    MetricDef(
        "docpipe_jobs_rescued_total",
        "counter",
        ("stage", "outcome"),
        "Jobs the reaper took from a dead or silent worker: reclaimed (run again) or "
        "dead_lettered (out of attempts).",
        WORKER,
    ),
    MetricDef(
        "docpipe_quota_wait_seconds",
        "histogram",
        ("vendor",),
        "Time a vendor call waited in-process for quota before it was allowed.",
        WORKER,
    ),
    MetricDef(
        "docpipe_quota_refusals_total",
        "counter",
        ("vendor", "source"),
        "Vendor calls refused for quota: by our gate (source=gate, the job is "
        "rescheduled) or by the vendor (source=vendor, a 429).",
        WORKER,
    ),
    MetricDef(
        "docpipe_storage_deletions_total",
        "counter",
        ("outcome",),
        "Stored originals of erased or deleted documents tried by the storage cleanup: "
        "deleted, already_gone, still_referenced (a document uses the path again; kept) "
        "or failed (left queued for a later round).",
        WORKER,
    ),
    # -- the hook's /metrics: the ledger and Postgres, read at scrape time ----------------
    MetricDef(
        "docpipe_db_up",
        "gauge",
        (),
        "1 if the scrape's query batch succeeded, else 0 (the other ledger gauges "
        "are then absent).",
        HOOK,
    ),
    MetricDef(
        "docpipe_queue_depth",
        "gauge",
        ("lane",),
        "Pending jobs that are due (waiting for a worker).",
        HOOK,
    ),
    MetricDef(
        "docpipe_queue_scheduled",
        "gauge",
        ("lane",),
        "Pending jobs scheduled for later (retry backoff, rate-limit waits).",
        HOOK,
    ),
    MetricDef(
        "docpipe_queue_oldest_age_seconds",
        "gauge",
        ("lane",),
        "How long the oldest due pending job has been due (0 when none).",
        HOOK,
    ),
    MetricDef(
        "docpipe_jobs_in_flight",
        "gauge",
        ("lane",),
        "Jobs leased by a worker (status processing).",
        HOOK,
    ),
    MetricDef(
        "docpipe_dead_letter_jobs",
        "gauge",
        ("lane",),
        "Jobs in the dead letter now (every lane, 0 included).",
        HOOK,
    ),
    MetricDef(
        "docpipe_dead_letter_jobs_by_code",
        "gauge",
        ("lane", "error_code"),
        "Jobs in the dead letter now, by the error code that put them there.",
        HOOK,
    ),
    MetricDef(
        "docpipe_pg_dead_tuples",
        "gauge",
        ("table",),
        "Dead tuples of a queue table (pg_stat_user_tables.n_dead_tup).",
        HOOK,
    ),
    MetricDef(
        "docpipe_pg_live_tuples",
        "gauge",
        ("table",),
        "Live tuples of a queue table (pg_stat_user_tables.n_live_tup).",
        HOOK,
    ),
    MetricDef(
        "docpipe_pg_seconds_since_vacuum",
        "gauge",
        ("table",),
        "Seconds since a queue table was last vacuumed (absent if never).",
        HOOK,
    ),
    MetricDef(
        "docpipe_pg_oldest_xact_age_seconds",
        "gauge",
        (),
        "Age of the oldest open transaction in this database (holds back vacuum).",
        HOOK,
    ),
    MetricDef(
        "docpipe_metrics_scrape_seconds", "gauge", (), "Time the scrape's query batch took.", HOOK
    ),
)

BY_NAME = {metric.name: metric for metric in METRICS}

#: The queue tables whose vacuum health is reported (pg_stat_user_tables names).
QUEUE_TABLES = ("job_queue", "dramatiq.queue")

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def label_code(code: str | None) -> str:
    """An error code as a label value: our codes pass, anything else is ``other``."""
    return code if code and _CODE.match(code) else "other"


def metric(name: str) -> MetricDef:
    return BY_NAME[name]
