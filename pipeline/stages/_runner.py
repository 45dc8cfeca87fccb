"""How every stage runs: work outside a transaction, then one fenced commit.

1. work(ctx)    reads inputs and calls the slow ports (OCR, extractor) with no
                transaction open; expensive results are saved as they are made,
                keyed by input hash, so a retry reuses them.
2. one transaction, fenced by the lease token:
                lock the job row (still ours?), persist(conn, ctx, output), mark
                the document's stage status, complete the job, insert the next
                stage's job row (the outbox).
3. after commit: send the next stage's message.

Failures map to the ledger: RateLimited → reschedule (no attempt used);
PermanentError → dead letter at once; anything else → retry with backoff, then
dead letter. Error texts stored are codes and our own PHI-free messages only.
LeaseLost is an interrupt, not a failure: the job belongs to another worker now,
so nothing is committed or recorded here. A stage still running when the shutdown
grace ends is handed back the same way (``LeaseReleased``, pipeline/ledger/shutdown.py):
the ledger already made it due again without using an attempt.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Protocol

import dramatiq
from opentelemetry import trace
from psycopg.types.json import Jsonb

from pipeline import flow
from pipeline.db import DictConnection, actor_context
from pipeline.errors import (
    CODED_ERRORS,
    ContentChanged,
    InvalidDocument,
    LeaseLost,
    PermanentError,
    RateLimited,
)
from pipeline.flow import StageDef
from pipeline.ledger import jobs
from pipeline.ledger.jobs import Claim
from pipeline.ledger.shutdown import LeaseReleased
from pipeline.messages import Envelope, parse_envelope
from pipeline.metrics import events
from pipeline.middleware import current_claim
from pipeline.runtime import Runtime, get_runtime
from pipeline.sqlfiles import query
from pipeline.tracing.spans import set_error, tracer

logger = logging.getLogger(__name__)


@dataclass
class StageContext:
    stage: StageDef
    envelope: Envelope
    claim: Claim
    runtime: Runtime
    shell_file: dict[str, Any]

    @property
    def shell_file_id(self) -> str:
        return self.envelope["shell_file_id"]

    @property
    def patient_id(self) -> str:
        return self.envelope["patient_id"]

    @property
    def correlation_id(self) -> str:
        return self.envelope["correlation_id"]

    def check_lease(self) -> None:
        """Call between units of work: stop early once the lease is gone."""
        if self.claim.lost.is_set():
            raise LeaseLost("lease lost during work")


class Stage(Protocol):
    def work(self, ctx: StageContext) -> Any: ...

    def persist(self, conn: DictConnection, ctx: StageContext, output: Any) -> dict[str, Any]:
        """Write the stage's output; return a PHI-free summary for job_result."""
        ...


def error_entry(exc: BaseException) -> tuple[str, str]:
    """(code, message) safe to store: our own errors say what; others only their type."""
    if isinstance(exc, CODED_ERRORS):
        return exc.code, exc.message[:500]
    return "unexpected_error", type(exc).__name__


def _mark(
    conn: DictConnection,
    ctx: StageContext,
    status: str,
    *,
    overall: str | None = None,
    duration_ms: int | None = None,
    error: dict[str, Any] | None = None,
) -> None:
    conn.execute(
        query("shell_file_mark_stage"),
        {
            "shell_file_id": ctx.shell_file_id,
            "stage": ctx.stage.name,
            "status": status,
            "overall": overall,
            "duration_ms": duration_ms,
            "error": Jsonb(error) if error else None,
            "job_id": str(ctx.claim.job_id),
            "worker_id": ctx.claim.worker_id,
        },
    )


def run_stage(stage_def: StageDef, impl: Stage, raw_envelope: object) -> None:
    envelope = parse_envelope(raw_envelope)
    claim = current_claim.get()
    if claim is None or str(claim.job_id) != envelope["job_id"]:
        raise LeaseLost("no claim for this message (LedgerMiddleware missing?)")
    runtime = get_runtime()
    with runtime.pool.connection() as conn:
        shell_file = conn.execute(
            query("shell_file_get"), {"shell_file_id": envelope["shell_file_id"]}
        ).fetchone()
    if shell_file is None:
        with runtime.pool.connection() as conn:
            jobs.fail(
                conn,
                claim,
                code="shell_file_missing",
                message="document row is gone",
                retryable=False,
            )
        return
    ctx = StageContext(stage_def, envelope, claim, runtime, dict(shell_file))
    started = time.monotonic()
    try:
        with runtime.pool.connection() as conn:
            _mark(conn, ctx, "processing", overall="processing")
        claim.interruptible = True
        try:
            output = impl.work(ctx)
        finally:
            claim.interruptible = False
        ctx.check_lease()
        duration_ms = int((time.monotonic() - started) * 1000)
        with tracer().start_as_current_span(
            f"{stage_def.name} commit",
            attributes={
                "docpipe.job_id": str(claim.job_id),
                "docpipe.shell_file_id": ctx.shell_file_id,
                "docpipe.stage": stage_def.name,
                "docpipe.correlation_id": ctx.correlation_id,
                "docpipe.duration_ms": duration_ms,
            },
        ):
            next_job = _commit(ctx, impl, output, duration_ms)
    except LeaseReleased:
        logger.info("handed back at shutdown: job %s attempt %s", claim.job_id, claim.attempt)
        return
    except LeaseLost:  # an Interrupt (BaseException): no `except Exception` below sees it
        logger.warning("lease lost: job %s attempt %s not committed", claim.job_id, claim.attempt)
        events.lease_lost(stage_def.name)
        return
    except RateLimited as exc:
        _reschedule(ctx, exc)
        return
    except Exception as exc:  # noqa: BLE001 - every failure must reach the ledger
        _record_failure(ctx, exc, retryable=not isinstance(exc, PermanentError))
        return
    if next_job is not None:
        runtime.dispatcher.dispatch(next_job)


def _commit(ctx: StageContext, impl: Stage, output: Any, duration_ms: int) -> dict[str, Any] | None:
    runtime = ctx.runtime
    claim = ctx.claim
    next_def = flow.next_stage(ctx.stage.name)
    created_next: dict[str, Any] | None = None
    with (
        runtime.pool.connection() as conn,
        actor_context(
            conn,
            actor=f"worker:{claim.worker_id}",
            correlation_id=ctx.correlation_id,
            job_id=str(claim.job_id),
        ),
    ):
        fence = conn.execute(
            query("job_fence"),
            {
                "job_id": claim.job_id,
                "worker_id": claim.worker_id,
                "lease_token": claim.lease_token,
            },
        ).fetchone()
        if fence is None:
            raise LeaseLost("the job was reclaimed before commit")
        summary = impl.persist(conn, ctx, output)
        _mark(
            conn, ctx, "completed", overall=ctx.stage.overall_status_after, duration_ms=duration_ms
        )
        if next_def is not None:
            job_id, created = jobs.enqueue(
                conn,
                job_type=next_def.job_type,
                job_name=next_def.name,
                payload={"shell_file_id": ctx.shell_file_id, "patient_id": ctx.patient_id},
                idempotency_key=flow.stage_job_key(ctx.shell_file_id, next_def),
                correlation_id=ctx.correlation_id,
                traceparent=claim.job.get("traceparent"),
                parent_job_id=claim.job_id,
                priority=int(ctx.shell_file.get("processing_priority") or 5),
            )
            if created:
                created_next = {
                    "id": job_id,
                    "job_type": next_def.job_type,
                    "shell_file_id": ctx.shell_file_id,
                    "patient_id": ctx.patient_id,
                    "correlation_id": ctx.correlation_id,
                    "traceparent": claim.job.get("traceparent"),
                    "scheduled_at": None,
                }
        if not jobs.complete(
            conn, claim, {"stage": ctx.stage.name, "duration_ms": duration_ms, **summary}
        ):
            raise LeaseLost("the job was reclaimed before commit")
    return created_next


def _reschedule(ctx: StageContext, exc: RateLimited) -> None:
    runtime = ctx.runtime
    with runtime.pool.connection() as conn, conn.transaction():
        # "rate_limited:openai/gpt-4o-mini": the quota key names the vendor (never PHI),
        # so `docpipe status` and `docpipe quotas` can say what the job waits for.
        reason = f"{exc.code}:{exc.key}" if exc.key else exc.code
        when = jobs.reschedule(conn, ctx.claim, delay_seconds=exc.delay, reason=reason)
        if when is not None:
            _mark(conn, ctx, "pending")
    if when is None:
        logger.warning("reschedule refused: lease lost for job %s", ctx.claim.job_id)
        return
    logger.info("job %s waits %.2fs for capacity", ctx.claim.job_id, exc.delay)
    trace.get_current_span().add_event(
        "docpipe.reschedule",
        {"docpipe.error_code": exc.code, "docpipe.delay_ms": int(exc.delay * 1000)},
    )
    runtime.dispatcher.dispatch_by_id(ctx.claim.job_id)


def _record_failure(ctx: StageContext, exc: BaseException, *, retryable: bool) -> None:
    code, message = error_entry(exc)
    runtime = ctx.runtime
    if retryable:
        logger.warning("job %s attempt %s failed: %s", ctx.claim.job_id, ctx.claim.attempt, code)
    elif isinstance(exc, InvalidDocument):
        # A hostile or broken upload refused is the scan doing its job, not an operator error.
        logger.warning("job %s: document rejected: %s", ctx.claim.job_id, code)
    else:
        logger.error("job %s failed permanently: %s", ctx.claim.job_id, code)
    with runtime.pool.connection() as conn, conn.transaction():
        result = jobs.fail(conn, ctx.claim, code=code, message=message, retryable=retryable)
        outcome = result["outcome"]
        if outcome != "lease_lost" and isinstance(exc, ContentChanged):
            _audit_content_changed(conn, ctx, exc)
        if outcome == "dead_lettered":
            _mark(
                conn,
                ctx,
                "failed",
                overall="failed",
                error={
                    "code": code,
                    "stage": ctx.stage.name,
                    "attempt": ctx.claim.attempt,
                    "message": message,
                    "correlation_id": ctx.correlation_id,
                    "job_id": str(ctx.claim.job_id),
                },
            )
        elif outcome == "retry_scheduled":
            _mark(conn, ctx, "pending")
    span = trace.get_current_span()
    set_error(span, code, exc)
    span.set_attribute("docpipe.outcome", outcome)
    if outcome == "retry_scheduled":
        span.add_event("docpipe.retry", {"docpipe.error_code": code})
        runtime.dispatcher.dispatch_by_id(ctx.claim.job_id)


def _audit_content_changed(conn: DictConnection, ctx: StageContext, exc: ContentChanged) -> None:
    """An object swapped after its scan is a security event: audit it with the failure."""
    conn.execute(
        query("audit_content_changed"),
        {
            "shell_file_id": ctx.shell_file_id,
            "stage": ctx.stage.name,
            "expected_sha256": exc.expected_sha256,
            "found_sha256": exc.found_sha256,
            "patient_id": ctx.patient_id,
            "correlation_id": ctx.correlation_id,
            "actor": f"worker:{ctx.claim.worker_id}",
            "job_id": str(ctx.claim.job_id),
        },
    )


def stage_actor(
    stage_def: StageDef, impl: Stage, broker: dramatiq.Broker
) -> dramatiq.Actor[Any, Any]:
    """Declare the Dramatiq actor for a stage: fixed name and queue, no broker retries
    (the ledger decides retries), time limit from the ledger configuration."""

    def run(envelope: dict[str, Any]) -> None:
        run_stage(stage_def, impl, envelope)

    run.__name__ = stage_def.name
    decorate = dramatiq.actor(
        broker=broker,
        actor_name=stage_def.actor_name,
        queue_name=stage_def.name,
        max_retries=0,
        time_limit=1_800_000,
    )
    actor: dramatiq.Actor[Any, Any] = decorate(run)
    return actor
