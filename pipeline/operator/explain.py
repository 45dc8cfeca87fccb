"""Why a job is where it is, and what an operator can do about it.

How failures are classed (pipeline/stages/_runner.py → fail_job): a PermanentError
(a rejected document, a vendor that refuses the account) goes to the dead letter at
once, stored with ``retryable: false`` and ``dead_letter_reason: permanent_error``;
anything else is retried with backoff and dead-lettered once its attempts are used up
(``exceeded_max_retries``). A redrive can help only the second kind, or the first
kind once an operator fixed what the vendor or the configuration refused.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pipeline.operator.render import iso, seconds

PERMANENT, TRANSIENT = "permanent", "transient"
_NEVER = datetime.min.replace(tzinfo=UTC)

#: Permanent errors that are not about the file: an operator can fix their cause
#: (the vendor account, the configuration), and then a forced redrive succeeds.
OPERATOR_FIXABLE = frozenset(
    {
        "vendor_quota_exhausted",
        "vendor_auth_failed",
        "quota_missing",
        "quota_cost_exceeds_limit",
        "storage_forbidden",
        "extractor_config_missing",
    }
)


def error_class(job: dict[str, Any]) -> str | None:
    """``permanent`` or ``transient`` for a job that failed; None if it never did."""
    last = job.get("last_failure") or {}
    if job.get("dead_letter_reason") == "permanent_error" or last.get("retryable") is False:
        return PERMANENT
    if job.get("last_error") or last:
        return TRANSIENT
    return None


def advice(job: dict[str, Any]) -> str:
    """What to do about a dead-lettered job, fitted to its error class."""
    code = job.get("last_error") or "unknown_error"
    job_id = job.get("id")
    if error_class(job) == PERMANENT:
        if code in OPERATOR_FIXABLE:
            return (
                f"permanent error {code}: fix the vendor account or configuration, "
                f"then: docpipe dlq redrive {job_id} --force"
            )
        return f"permanent error {code}: a redrive fails again; fix the file and upload again"
    return f"transient error {code}, retries used up; redrive it: docpipe dlq redrive {job_id}"


def _quota_vendor(reason: str) -> str | None:
    """The vendor key in a reschedule reason ``rate_limited:<provider>/<endpoint>``."""
    code, _, vendor = reason.partition(":")
    return (vendor or None) if code == "rate_limited" else None


def _at(entry: dict[str, Any] | None) -> datetime:
    """When a ledger entry (``error_details.last``, ``last_reschedule``) was written."""
    raw = (entry or {}).get("at")
    try:
        return datetime.fromisoformat(str(raw)) if raw else _NEVER
    except ValueError:
        return _NEVER


def explain_job(job: dict[str, Any], now: datetime) -> str:
    """One line saying why a job is where it is."""
    status = job.get("status")
    if status is None:
        return "-"
    if status == "completed":
        started, done = job.get("started_at"), job.get("completed_at")
        took = f" in {seconds(done - started)}" if started and done else ""
        attempt = int(job.get("attempt") or 1)
        if attempt > 1 and job.get("last_error"):
            # A retry or a rescue got it done: say what the earlier attempt met.
            return f"done{took} on attempt {attempt} (attempt {attempt - 1}: {job['last_error']})"
        return f"done{took}"
    if status == "failed":
        cls = error_class(job) or TRANSIENT
        return (
            f"dead letter since {iso(job.get('dead_letter_at'))} ({job.get('last_error')}, {cls})"
        )
    if status == "cancelled":
        who = (job.get("cancelled") or {}).get("actor")
        by = f" by {who}" if who else ""
        return f"cancelled at {iso(job.get('cancelled_at'))}{by}"
    if status == "processing":
        expires, worker = job.get("lease_expires_at"), job.get("worker_id")
        if expires and expires < now:
            return f"lease held by {worker} expired; the reaper will rescue it"
        tries = int(job.get("max_retries") or 0) + 1
        return (
            f"running on {worker} (attempt {job.get('attempt')} of {tries}), "
            f"lease until {iso(expires)}"
        )
    if status == "pending":
        return _explain_pending(job, now)
    return str(status)


def _explain_pending(job: dict[str, Any], now: datetime) -> str:
    scheduled = job.get("scheduled_at")
    if scheduled and scheduled > now:
        reschedule = job.get("last_reschedule") or {}
        failure = job.get("last_failure") or {}
        # Whichever happened last put the job where it is.
        if reschedule and _at(reschedule) >= _at(failure):
            reason = str(reschedule.get("reason") or "")
            if reason.split(":", 1)[0] == "rate_limited":
                vendor = _quota_vendor(reason)
                name = f" ({vendor})" if vendor else ""
                return f"waiting for quota{name} until {iso(scheduled)}"
            return f"waiting ({reason}) until {iso(scheduled)}"
        if job.get("retry_count"):
            tries = int(job.get("max_retries") or 0) + 1
            return (
                f"in backoff after {job.get('last_error')} until {iso(scheduled)} "
                f"(attempt {int(job['retry_count']) + 1} of {tries} next)"
            )
        return f"scheduled for {iso(scheduled)} (intake backpressure)"
    if job.get("dispatched_at") is None:
        return "message not sent yet; the relay will send it"
    return f"queued since {iso(scheduled)}, waiting for a worker"
