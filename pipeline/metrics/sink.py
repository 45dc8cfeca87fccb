"""Our worker counters (the ``events.Sink`` a worker installs when metrics are on).

Created after ``pipeline.metrics.registry.enable_multiprocess``, so their samples go
to the run's folder and the exposition process sums them over the workers.
"""

from __future__ import annotations

import prometheus_client as prom

from pipeline.metrics.names import label_code, metric

#: Quota waits are at most QUOTA_MAX_WAIT (1 s by default); longer ones reschedule.
QUOTA_WAIT_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _counter(name: str, registry: prom.CollectorRegistry) -> prom.Counter:
    spec = metric(name)
    return prom.Counter(spec.name, spec.help, spec.labels, registry=registry)


class WorkerSink:
    """Our counters; samples go to the run's multiprocess folder."""

    def __init__(self) -> None:
        # Private: under multiprocess mode the exposition reads the files, not this.
        self.registry = registry = prom.CollectorRegistry()
        self.completed = _counter("docpipe_stage_completed_total", registry)
        self.failures = _counter("docpipe_stage_failures_total", registry)
        self.retries = _counter("docpipe_stage_retries_total", registry)
        self.dead_letters = _counter("docpipe_dead_letters_total", registry)
        self.reschedules = _counter("docpipe_stage_reschedules_total", registry)
        self.lease_lost_runs = _counter("docpipe_lease_lost_total", registry)
        self.skipped = _counter("docpipe_messages_skipped_total", registry)
        self.rescued = _counter("docpipe_jobs_rescued_total", registry)
        self.refusals = _counter("docpipe_quota_refusals_total", registry)
        self.storage_deletions = _counter("docpipe_storage_deletions_total", registry)
        wait = metric("docpipe_quota_wait_seconds")
        self.quota_wait = prom.Histogram(
            wait.name, wait.help, wait.labels, buckets=QUOTA_WAIT_BUCKETS, registry=registry
        )

    def stage_completed(self, stage: str) -> None:
        self.completed.labels(stage).inc()

    def stage_failed(self, stage: str, code: str, outcome: str) -> None:
        code = label_code(code)
        self.failures.labels(stage, code).inc()
        if outcome == "retry_scheduled":
            self.retries.labels(stage).inc()
        elif outcome == "dead_lettered":
            self.dead_letters.labels(stage, code).inc()

    def stage_rescheduled(self, stage: str, code: str) -> None:
        self.reschedules.labels(stage, label_code(code)).inc()

    def lease_lost(self, stage: str) -> None:
        self.lease_lost_runs.labels(stage).inc()

    def message_skipped(self, stage: str) -> None:
        self.skipped.labels(stage).inc()

    def job_rescued(self, stage: str, outcome: str) -> None:
        self.rescued.labels(stage, label_code(outcome)).inc()

    def quota_waited(self, vendor: str, seconds: float) -> None:
        self.quota_wait.labels(label_code(vendor)).observe(seconds)

    def quota_refused(self, vendor: str, source: str) -> None:
        self.refusals.labels(label_code(vendor), source).inc()

    def storage_deletion(self, outcome: str) -> None:
        self.storage_deletions.labels(label_code(outcome)).inc()
