"""Reading a Prometheus exposition in tests: samples by name and labels, and the
label allow-list (no label value may be anything but a stage, lane, vendor, error
code or one of the fixed words below)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import httpx
from prometheus_client.parser import text_string_to_metric_families

from pipeline import flow
from pipeline.metrics.names import QUEUE_TABLES


@dataclass(frozen=True)
class Sample:
    name: str
    labels: dict[str, str]
    value: float


def parse(body: str) -> list[Sample]:
    return [
        Sample(s.name, dict(s.labels), float(s.value))
        for family in text_string_to_metric_families(body)
        for s in family.samples
    ]


def get(url: str, timeout: float = 10.0) -> tuple[int, str, float]:
    """(status, body, seconds taken)."""
    import time

    started = time.monotonic()
    response = httpx.get(url, timeout=timeout)
    return response.status_code, response.text, time.monotonic() - started


def value(samples: list[Sample], name: str, **labels: str) -> float | None:
    """The sample's value (summed over labels not given); None if there is none."""
    found = [
        s.value
        for s in samples
        if s.name == name and all(s.labels.get(k) == v for k, v in labels.items())
    ]
    return sum(found) if found else None


STAGES = set(flow.QUEUES)
ACTORS = {stage.actor_name for stage in flow.STAGES}
#: Fixed words our label values may take besides stages, lanes, vendors and codes.
WORDS = {
    "reclaimed",
    "dead_lettered",
    "gate",
    "vendor",
    *QUEUE_TABLES,
    # docpipe_storage_deletions_total
    "deleted",
    "already_gone",
    "still_referenced",
    "failed",
}
#: prometheus_client's own process metrics (python_info, gc generations).
PLATFORM_LABELS = {"implementation", "major", "minor", "patchlevel", "version", "generation"}


def _platform(name: str, label: str, val: str) -> bool:
    """prometheus_client's own labels: a multiprocess gauge's pid, python_info, gc."""
    return (label == "pid" and val.isdigit()) or (
        label in PLATFORM_LABELS and name.startswith("python_")
    )


def disallowed_labels(
    samples: list[Sample], *, vendors: set[str], codes: set[str]
) -> list[tuple[str, str, str]]:
    """Every (metric, label, value) outside the allow-list."""
    allowed = {
        "stage": STAGES | {"unknown"},
        "lane": STAGES,
        "queue_name": STAGES | {f"{q}.DQ" for q in STAGES},
        "actor_name": ACTORS,
        "vendor": vendors,
        "error_code": codes | {"other"},
        "outcome": WORDS,
        "source": WORDS,
        "table": WORDS,
    }
    bad = []
    for s in samples:
        for label, val in s.labels.items():
            if label in ("le", "quantile"):
                if math.isnan(float(val)):
                    bad.append((s.name, label, val))
            elif _platform(s.name, label, val):
                continue
            elif val not in allowed.get(label, set()):
                bad.append((s.name, label, val))
    return bad
