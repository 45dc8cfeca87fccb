"""An embedded Postgres (pgserver) for the demo and for tests on a bare machine.

pgserver ships Postgres 16 in a wheel. Run as root it creates a system user and
opens read/exec permission on every ancestor folder of its data directory, so it
gets a dedicated folder under the system temp dir (or ``DOCPIPE_HOME``), never a
home folder. The data is reused on the next start.

The server is shared: pgserver counts the processes holding a handle on it. The demo
asks for ``stop_at_exit`` and calls :func:`release_embedded_postgres` when it is done,
which stops the server unless another process (a test run) still holds it.
"""

from __future__ import annotations

import os
import sys
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


def embedded_postgres_url(data_dir: Path | None = None, *, stop_at_exit: bool = False) -> str:
    """Start (or reuse) the embedded server and return its connection URL. With
    ``stop_at_exit`` the server stops when the last process using it lets go (this one,
    at the latest when it exits); otherwise it outlives this process and is reused."""
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
            mode = "stop" if stop_at_exit else None
            _servers[path] = pgserver.get_server(path, cleanup_mode=mode)  # type: ignore[attr-defined]
    return str(_servers[path].get_uri())


def embedded_postgres_running(data_dir: Path | None = None) -> bool:
    """Whether a postmaster runs on the data folder (its pid file exists)."""
    path = (data_dir or embedded_data_dir()).resolve()
    return (path / "postmaster.pid").exists()


def release_embedded_postgres(data_dir: Path | None = None) -> bool:
    """Let go of this process's handle; the server stops if no other process holds one
    (and it was started with ``stop_at_exit``). True when it is no longer running."""
    path = (data_dir or embedded_data_dir()).resolve()
    server = _servers.pop(path, None)
    if server is not None:
        server.cleanup()
    return not embedded_postgres_running(path)


def stop_embedded_postgres(data_dir: Path | None = None) -> bool:
    """Stop the server on ``data_dir`` whoever started it (``pg_ctl stop``, as the user
    pgserver runs it as). True when it is no longer running."""
    path = (data_dir or embedded_data_dir()).resolve()
    if embedded_postgres_running(path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pgserver._commands import pg_ctl  # type: ignore[attr-defined]

        user = "pgserver" if os.geteuid() == 0 else None  # pgserver's user when run as root
        pg_ctl(["-w", "stop"], pgdata=path, user=user)
    return not embedded_postgres_running(path)


def stop_command(data_dir: Path | None = None) -> str:
    """The shell command that stops the embedded server by hand."""
    path = (data_dir or embedded_data_dir()).resolve()
    return f"{sys.executable} -m pipeline.embedded stop {path}"


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.embedded stop [DATA_DIR]``."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "stop" or len(args) > 2:
        sys.stderr.write("usage: python -m pipeline.embedded stop [DATA_DIR]\n")
        return 2
    path = Path(args[1]) if len(args) == 2 else None
    stopped = stop_embedded_postgres(path)
    sys.stdout.write("stopped\n" if stopped else "still running\n")
    return 0 if stopped else 1


if __name__ == "__main__":
    raise SystemExit(main())
