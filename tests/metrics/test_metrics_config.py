"""Metrics are off unless configured, and then cost nothing: no prometheus_client
import, no middleware, no route. On, the middleware sits before the ledger."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import ConfigurationError
from pipeline.metrics import events
from pipeline.metrics.config import MetricsConfig
from pipeline.metrics.names import METRICS, label_code

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, os, sys
from dramatiq.brokers.stub import StubBroker
from pipeline import bootstrap
from pipeline.metrics import events
from pipeline.settings import Settings
broker = bootstrap.configure(Settings(database_url="postgresql://nowhere/x"), broker=StubBroker())
from pipeline.ledger import jobs  # the ledger's hooks are imported, still no client
import pipeline.hook.app  # the hook with its (absent) /metrics route
print(json.dumps({
    "client_imported": "prometheus_client" in sys.modules,
    "middleware": [type(m).__name__ for m in broker.middleware],
    "sink": events.installed(),
}))
"""


def _probe(tmp_path: Path, **env: str) -> dict[str, object]:
    environ = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **env}
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=environ,
        cwd=str(tmp_path),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def test_off_by_default_imports_and_adds_nothing(tmp_path: Path) -> None:
    result = _probe(tmp_path)
    assert result["client_imported"] is False
    assert "StageMetrics" not in result["middleware"]  # type: ignore[operator]
    assert result["sink"] is False


def test_on_adds_the_middleware_before_the_ledger(tmp_path: Path) -> None:
    result = _probe(tmp_path, METRICS_PORT="9999", METRICS_DIR=str(tmp_path / "prom"))
    names = result["middleware"]
    assert isinstance(names, list)
    assert names.index("StageMetrics") < names.index("LedgerMiddleware")
    # the run's folder exists; the sink is installed at process boot, not before
    assert len(list((tmp_path / "prom").iterdir())) == 1
    assert result["sink"] is False


def test_events_without_a_sink_do_nothing() -> None:
    assert not events.installed()
    events.job_completed({"job_type": "fast_queue_ocr"}, True)
    events.job_failed({"job_type": "fast_queue_ocr"}, "x", "dead_lettered")
    events.quota_refused("openai", "gate")
    events.quota_waited("openai", 0.1)


def test_settings() -> None:
    assert MetricsConfig.from_env({}).worker_enabled is False
    assert MetricsConfig.from_env({}).hook_enabled is False
    on = MetricsConfig.from_env({"METRICS_PORT": "9191", "HOOK_METRICS": "true"})
    assert on.port == 9191 and on.hook_enabled
    for bad in ({"METRICS_PORT": "x"}, {"METRICS_PORT": "70000"}, {"HOOK_METRICS": "maybe"}):
        with pytest.raises(ConfigurationError):
            MetricsConfig.from_env(bad)


def test_error_codes_become_safe_labels() -> None:
    assert label_code("rate_limited") == "rate_limited"
    for unsafe in ("Jane Doe", "x" * 80, "", None, "file:report.pdf", "1970-01-01"):
        assert label_code(unsafe) == "other"


def test_every_metric_is_documented() -> None:
    doc = (ROOT / "docs" / "metrics.md").read_text()
    missing = [m.name for m in METRICS if f"`{m.name}`" not in doc]
    assert missing == []
