"""What the ledger, the stage runner and the quota gate report to the metrics.

Each function is one global read and a ``None`` check while metrics are off: no
``prometheus_client`` import, no lock, no allocation. A worker with ``METRICS_PORT``
set installs a :class:`Sink` at process boot (``pipeline.metrics.worker``).

Callers pass job types, stage names, vendor names and error codes only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from pipeline import flow


class Sink(Protocol):
    def stage_completed(self, stage: str) -> None: ...
    def stage_failed(self, stage: str, code: str, outcome: str) -> None: ...
    def stage_rescheduled(self, stage: str, code: str) -> None: ...
    def lease_lost(self, stage: str) -> None: ...
    def message_skipped(self, stage: str) -> None: ...
    def job_rescued(self, stage: str, outcome: str) -> None: ...
    def quota_waited(self, vendor: str, seconds: float) -> None: ...
    def quota_refused(self, vendor: str, source: str) -> None: ...
    def storage_deletion(self, outcome: str) -> None: ...


_sink: Sink | None = None


def install(sink: Sink | None) -> None:
    """Route events to ``sink`` (None switches them off again)."""
    global _sink
    _sink = sink


def installed() -> bool:
    return _sink is not None


def stage_of(job: Mapping[str, Any]) -> str:
    """The stage name of a job row (its job type), ``unknown`` for anything else."""
    stage = flow.BY_JOB_TYPE.get(str(job.get("job_type")))
    return stage.name if stage else "unknown"


# -- the ledger (pipeline/ledger/jobs.py) -------------------------------------------------


def job_completed(job: Mapping[str, Any], ok: bool) -> None:
    """A refused completion is not counted here: the runner raises LeaseLost for it,
    and counts it once where every lost lease ends (:func:`lease_lost`)."""
    if _sink is not None and ok:
        _sink.stage_completed(stage_of(job))


def job_failed(job: Mapping[str, Any], code: str, outcome: str) -> None:
    """``outcome`` is the ledger's: retry_scheduled, dead_lettered or lease_lost."""
    if _sink is None:
        return
    if outcome == "lease_lost":
        _sink.lease_lost(stage_of(job))
    else:
        _sink.stage_failed(stage_of(job), code, outcome)


def job_rescheduled(job: Mapping[str, Any], code: str, ok: bool) -> None:
    if _sink is None:
        return
    if ok:
        _sink.stage_rescheduled(stage_of(job), code)
    else:
        _sink.lease_lost(stage_of(job))


def jobs_reaped(rows: Iterable[Mapping[str, Any]]) -> None:
    """The reaper's rows (``outcome``, and ``job_type`` when the query returns it)."""
    if _sink is None:
        return
    for row in rows:
        _sink.job_rescued(stage_of(row), str(row.get("outcome")))


def storage_deletion(outcome: str) -> None:
    """A queued stored object tried by the storage cleanup: ``deleted``, ``already_gone``,
    ``still_referenced`` (kept) or ``failed`` (left queued)."""
    if _sink is not None:
        _sink.storage_deletion(outcome)


# -- the stage runner (pipeline/stages/_runner.py) --------------------------------------------


def lease_lost(stage: str) -> None:
    """A stage run ended by LeaseLost (heartbeat refused, fence or completion refused)."""
    if _sink is not None:
        _sink.lease_lost(stage)


def message_skipped(stage: str) -> None:
    """A delivery the ledger skipped (pipeline.metrics.middleware sees the skip)."""
    if _sink is not None:
        _sink.message_skipped(stage)


# -- vendor quotas (adapters/ratelimit/gate.py) ----------------------------------------------


def quota_waited(vendor: str, seconds: float) -> None:
    if _sink is not None:
        _sink.quota_waited(vendor, seconds)


def quota_refused(vendor: str, source: str) -> None:
    """``source``: ``gate`` (our limiter said no) or ``vendor`` (a 429)."""
    if _sink is not None:
        _sink.quota_refused(vendor, source)
