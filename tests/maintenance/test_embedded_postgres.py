"""The demo's embedded Postgres does not outlive the demo: released (or at exit) it
stops, unless another process still uses it; then it stops when that one ends."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

START = (
    "import sys, psycopg\n"
    "from pipeline.embedded import embedded_postgres_url, release_embedded_postgres\n"
    "url = embedded_postgres_url(stop_at_exit=True)\n"
    "psycopg.connect(url).close()\n"
    "print('up', flush=True)\n"
)


@pytest.fixture(scope="module")
def home() -> Iterator[Path]:
    # Not under the pytest tmp tree: run as root, pgserver opens every ancestor folder.
    path = Path(tempfile.mkdtemp(prefix="docpipe-embedded-test-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _python(home: Path, code: str, **kw: object) -> subprocess.Popen[str]:
    # As root, pgserver creates its own system user with useradd, which lives in /usr/sbin.
    env = {"DOCPIPE_HOME": str(home), "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", code], env=env, text=True, stdout=subprocess.PIPE, **kw
    )


def _running(home: Path) -> bool:
    return (home / "pgdata" / "postmaster.pid").exists()


def test_released_it_stops(home: Path) -> None:
    proc = _python(home, START + "print(release_embedded_postgres())\n")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert out.split() == ["up", "True"]
    assert not _running(home)


def test_a_process_that_exits_without_releasing_stops_it_too(home: Path) -> None:
    proc = _python(home, START)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0 and out.split() == ["up"]
    assert not _running(home)


def test_while_another_process_uses_it_it_keeps_running(home: Path) -> None:
    holder = _python(home, START + "sys.stdin.readline()\n", stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "up"
        proc = _python(home, START + "print(release_embedded_postgres())\n")
        out, _ = proc.communicate(timeout=120)
        assert out.split() == ["up", "False"]  # the demo then says so, with the stop command
        assert _running(home)
    finally:
        holder.communicate(input="\n", timeout=120)
    assert holder.returncode == 0
    assert not _running(home)  # the last user stopped it


def test_the_printed_stop_command_stops_a_server_left_running(home: Path) -> None:
    """DOCPIPE_DEMO_KEEP_POSTGRES=1 leaves the server up; the command the demo prints
    for it stops it."""
    import shlex

    from pipeline.embedded import stop_command

    keep = START.replace("stop_at_exit=True", "stop_at_exit=False")
    proc = _python(home, keep)
    out, _ = proc.communicate(timeout=120)
    assert out.split() == ["up"]
    assert _running(home)
    command = shlex.split(stop_command(home / "pgdata"))
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert (result.returncode, result.stdout.strip()) == (0, "stopped")
    assert not _running(home)
