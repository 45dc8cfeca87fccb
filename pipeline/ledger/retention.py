"""Retention: the maintenance leader deletes finished bookkeeping, a batch at a time.

What goes (sql/queries/retention.sql), each after its own number of days:
completed and cancelled jobs with their job events (``RETENTION_JOBS_DAYS``), the OCR
pages and AI pass results of finished documents (``RETENTION_ARTIFACTS_DAYS``), the
broker's rejected messages (``RETENTION_BROKER_DAYS``) and closed storage deletions
(``RETENTION_STORAGE_DELETIONS_DAYS``: their path holds the patient's file name). What
stays: anything younger, every job of a document that still has a live or dead-lettered
job, every open storage deletion, and all clinical data and audit rows. Each statement
deletes at most ``RETENTION_BATCH`` rows, so locks are short; a backlog drains one batch
per category per maintenance tick.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from pipeline.db import DictConnection
from pipeline.settings import Settings
from pipeline.sqlfiles import query

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionPolicy:
    jobs_days: int = 30
    artifacts_days: int = 30
    broker_days: int = 7
    storage_deletions_days: int = 7
    batch: int = 500
    interval_seconds: float = 300.0

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(
            jobs_days=settings.retention_jobs_days,
            artifacts_days=settings.retention_artifacts_days,
            broker_days=settings.retention_broker_days,
            storage_deletions_days=settings.retention_storage_deletions_days,
            batch=settings.retention_batch,
            interval_seconds=settings.retention_interval_seconds,
        )

    def steps(self) -> list[tuple[str, str, int]]:
        """(result key, query name, days) for every category that is switched on."""
        wanted = [
            ("deleted_jobs", "retention_jobs_delete", self.jobs_days),
            ("deleted_ocr_pages", "retention_ocr_artifacts_delete", self.artifacts_days),
            ("deleted_ai_results", "retention_ai_results_delete", self.artifacts_days),
            ("deleted_broker_rows", "retention_broker_delete", self.broker_days),
            (
                "deleted_storage_deletions",
                "retention_storage_deletions_delete",
                self.storage_deletions_days,
            ),
        ]
        return [step for step in wanted if step[2] > 0]

    def result_keys(self) -> list[str]:
        return [key for key, _, _ in self.steps()]


def delete_batch(conn: DictConnection, policy: RetentionPolicy) -> dict[str, int]:
    """One batch per category (each its own statement: autocommit keeps locks short)."""
    done: dict[str, int] = {}
    for key, name, days in policy.steps():
        cur = conn.execute(query(name), {"days": days, "limit": policy.batch})
        if name == "retention_broker_delete":
            row = cur.fetchone()
            done[key] = int(row["deleted"]) if row else 0
        else:
            done[key] = max(cur.rowcount, 0)
    return done


class RetentionSchedule:
    """When the next round is due: every ``interval_seconds``, or at once while the
    last round filled a batch (a backlog)."""

    def __init__(self, policy: RetentionPolicy) -> None:
        self.policy = policy
        self._next = 0.0

    def run_if_due(self, conn: DictConnection) -> dict[str, int]:
        if not self.policy.steps() or time.monotonic() < self._next:
            return {}
        done = delete_batch(conn, self.policy)
        backlog = any(n >= self.policy.batch for n in done.values())
        self._next = 0.0 if backlog else time.monotonic() + self.policy.interval_seconds
        if any(done.values()):
            logger.info("retention deleted %s", ", ".join(f"{k}={v}" for k, v in done.items() if v))
        return done
