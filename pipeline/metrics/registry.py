"""The workers' multiprocess registry: where each ``dramatiq`` command keeps its samples.

``dramatiq pipeline --processes N`` runs N worker processes and one exposition
process, all children of the ``dramatiq`` command. Each worker writes its samples to
memory-mapped files (prometheus_client's multiprocess mode) in one folder per run,
``METRICS_DIR/<pid>-<start>`` of that command, and the exposition process sums them.
A folder per run means a restart never adds the last run's counts to this one, and
no process wipes files a sibling is writing. Folders of commands that are gone are
deleted at the next start.

Multiprocess mode is chosen by ``prometheus_client`` from ``PROMETHEUS_MULTIPROC_DIR``
when it creates a value, so :func:`enable_multiprocess` sets it (and repairs the value
class if the library was imported before).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

logger = logging.getLogger(__name__)


def under_dramatiq_cli(argv: list[str] | None = None) -> bool:
    """True in the processes of a ``dramatiq`` command (its workers and forks)."""
    args = sys.argv if argv is None else argv
    return bool(args) and os.path.basename(args[0]).startswith("dramatiq")


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), else ``0``."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "0"
    # "pid (comm) state ppid ... starttime": comm may hold spaces, so split after ")".
    fields = stat.rsplit(")", 1)[1].split()
    return fields[19] if len(fields) > 19 else "0"


def run_id(pid: int) -> str:
    return f"{pid}-{_start_time(pid)}"


def run_owner() -> int:
    """The process whose lifetime is one run: the ``dramatiq`` command, or this one."""
    return os.getppid() if under_dramatiq_cli() else os.getpid()


def run_directory(base: Path, owner: int | None = None) -> Path:
    return base / run_id(run_owner() if owner is None else owner)


def _alive(name: str) -> bool:
    pid_text, _, start = name.partition("-")
    if not pid_text.isdigit():
        return True  # not ours: leave it alone
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return _start_time(pid) == start


def prepare(run_dir: Path) -> Path:
    """Create ``run_dir`` and delete the folders of runs whose command is gone."""
    run_dir.mkdir(parents=True, exist_ok=True)
    for sibling in run_dir.parent.iterdir():
        if sibling != run_dir and sibling.is_dir() and not _alive(sibling.name):
            logger.info("removing the metrics folder of a finished run: %s", sibling.name)
            shutil.rmtree(sibling, ignore_errors=True)  # a sibling worker may race us
    return run_dir


def enable_multiprocess(run_dir: Path) -> None:
    """Samples of metrics made from now on go to ``run_dir`` (shared by the run)."""
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(run_dir)
    from prometheus_client import values

    if values.ValueClass is values.MutexValue:  # imported before the variable was set
        values.ValueClass = values.MultiProcessValue()  # type: ignore[no-untyped-call]
