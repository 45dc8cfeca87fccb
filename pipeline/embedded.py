"""An embedded Postgres (pgserver) for the demo and for tests on a bare machine.

pgserver ships Postgres 16 in a wheel. Run as root it creates a system user and
opens read/exec permission on every ancestor folder of its data directory, so it
gets a dedicated folder under the system temp dir (or ``DOCPIPE_HOME``), never a
home folder. The data is reused on the next start.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigurationError

_servers: dict[Path, Any] = {}


def embedded_data_dir() -> Path:
    home = os.environ.get("DOCPIPE_HOME")
    base = Path(home) if home else Path(tempfile.gettempdir()) / f"docpipe-{os.getuid()}"
    base.mkdir(parents=True, exist_ok=True)
    return base / "pgdata"


def embedded_postgres_url(data_dir: Path | None = None) -> str:
    """Start (or reuse) the embedded server and return its connection URL."""
    path = (data_dir or embedded_data_dir()).resolve()
    # platformdirs (imported by pgserver) warns at import time when this is unset.
    os.environ.setdefault("XDG_RUNTIME_DIR", str(path.parent))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver
    except ImportError as exc:
        raise ConfigurationError(
            "no DATABASE_URL and the embedded Postgres is not installed: "
            "pip install 'docpipe[embedded]' (CPython 3.11/3.12 on x86_64 or macOS)"
        ) from exc
    if path not in _servers:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pgserver warns about XDG dirs and deprecations
            # cleanup_mode=None: the server outlives this process and is reused next time.
            _servers[path] = pgserver.get_server(path, cleanup_mode=None)  # type: ignore[attr-defined]
    return str(_servers[path].get_uri())
