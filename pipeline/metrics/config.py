"""Metrics settings, read from the environment. Everything is off unless set.

* ``METRICS_PORT``: workers; the exposition port, one per ``dramatiq`` command.
  Unset (the default): worker metrics are off.
* ``METRICS_HOST``: workers; the address it binds. Default ``0.0.0.0``.
* ``METRICS_DIR``: workers; the multiprocess registry's folder (a subfolder per run).
  Default ``<tmp>/docpipe-metrics``.
* ``HOOK_METRICS``: hook; ``true`` serves ``GET /metrics``. Default ``false`` (404).
* ``METRICS_DB_TIMEOUT_MS``: hook; budget of the scrape's query batch (pool wait and
  statement timeout each). Default ``1000``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigurationError


def _port(raw: str | None) -> int | None:
    if raw is None or raw.strip() == "":
        return None
    try:
        port = int(raw)
    except ValueError as exc:
        raise ConfigurationError("METRICS_PORT must be an integer") from exc
    if not 0 < port < 65536:
        raise ConfigurationError("METRICS_PORT must be between 1 and 65535")
    return port


def _flag(raw: str | None) -> bool:
    value = (raw or "").strip().lower()
    if value in {"", "0", "false", "no", "off"}:
        return False
    if value in {"1", "true", "yes", "on"}:
        return True
    raise ConfigurationError("HOOK_METRICS must be true or false")


def _positive_int(raw: str | None, name: str, default: int) -> int:
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be an integer") from exc
    if value <= 0:
        raise ConfigurationError(f"{name} must be positive")
    return value


@dataclass(frozen=True)
class MetricsConfig:
    port: int | None = None
    host: str = "0.0.0.0"  # noqa: S104 - Prometheus scrapes from outside the container
    directory: Path = Path(tempfile.gettempdir()) / "docpipe-metrics"
    hook_enabled: bool = False
    db_timeout_ms: int = 1000

    @property
    def worker_enabled(self) -> bool:
        return self.port is not None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> MetricsConfig:
        env = os.environ if env is None else env
        default = cls()
        return cls(
            port=_port(env.get("METRICS_PORT")),
            host=env.get("METRICS_HOST") or default.host,
            directory=Path(env["METRICS_DIR"]) if env.get("METRICS_DIR") else default.directory,
            hook_enabled=_flag(env.get("HOOK_METRICS")),
            db_timeout_ms=_positive_int(
                env.get("METRICS_DB_TIMEOUT_MS"), "METRICS_DB_TIMEOUT_MS", default.db_timeout_ms
            ),
        )
