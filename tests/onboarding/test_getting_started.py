"""docs/getting-started.md works AS WRITTEN.

Every ```bash block of the guide runs, in order, in its own ``bash`` subprocess. Shell
variables carry from one block to the next as they would in one terminal: each block
starts from the variables the previous one left (``export -p``). Only three values
change, so that parallel runs do not collide: the database name, the hook's port and the
scratch folder. The Postgres host, port and user come from the test server. Everything
else is the guide's text: a real ``createdb``, ``docpipe db migrate``, ``docpipe dev``,
a real ``dramatiq pipeline`` worker on the Postgres broker, a real ``docpipe serve``,
the offline OCR and extractor, and a sample from ``samples/``.

The test then checks what the guide promises: the document completed, and the results,
read through the hook, hold coded items with their page and box.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from psycopg.conninfo import conninfo_to_dict

from tests.support import pg
from tests.support.http import free_port

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "getting-started.md"
BIN = Path(sys.executable).parent  # the venv's docpipe and dramatiq
BLOCK = re.compile(r"^```bash\n(.*?)^```", re.MULTILINE | re.DOTALL)
#: Settings of the environment running the test that must not leak into the guide's shell.
NOT_INHERITED = (
    "DATABASE_URL", "BROKER_URL", "STORAGE_URL", "RATELIMIT_URL", "SUPABASE_", "DOCPIPE_",
    "PG", "OTEL_", "PYTEST", "EXTRACTOR", "OCR_ENGINE", "LOG_FORMAT", "HOOK_",
)  # fmt: skip
BLOCK_TIMEOUT = 90.0


def guide_blocks(text: str) -> list[str]:
    return [match.group(1) for match in BLOCK.finditer(text)]


def _substitutions(tmp_path: Path, db_name: str, port: int) -> dict[str, str]:
    params = conninfo_to_dict(pg.admin_url())
    host, pg_port = str(params.get("host") or "127.0.0.1"), str(params.get("port") or "5432")
    user = str(params.get("user") or "postgres")
    return {
        "PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres": f"PGHOST={host} PGPORT={pg_port} "
        f"PGUSER={user}",
        "docpipe_dev": db_name,
        "8000": str(port),
        "/tmp/docpipe-dev": str(tmp_path / "dev"),  # noqa: S108 (the text replaced, not used)
    }


def _base_env(admin_password: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(NOT_INHERITED)}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONUNBUFFERED"] = "1"
    if admin_password:
        env["PGPASSWORD"] = admin_password
    return env


class Shell:
    """Runs blocks one after another, carrying exported variables between them."""

    def __init__(self, state: Path, env: dict[str, str]) -> None:
        self.state = state
        self.env = env
        self.groups: list[int] = []  # process groups of the blocks (background services)

    def run(self, block: str) -> subprocess.CompletedProcess[str]:
        script = (
            "set -euo pipefail\nset -a\n"
            f'[ -f "{self.state}" ] && . "{self.state}"\n'
            f"{block}\n"
            f'export -p > "{self.state}"\n'
        )
        process = subprocess.Popen(
            ["bash", "-c", script],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own group: background services die with it
        )
        self.groups.append(process.pid)
        try:
            out, err = process.communicate(timeout=BLOCK_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            raise AssertionError(f"block timed out:\n{block}\n--- stderr:\n{err[-3000:]}") from None
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)

    def stop_all(self) -> None:
        for group in self.groups:
            with suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for group in self.groups:
            while time.monotonic() < deadline:
                try:
                    os.killpg(group, 0)
                except (ProcessLookupError, PermissionError):
                    break
                time.sleep(0.1)
            with suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGKILL)


def _logs(folder: Path) -> str:
    parts = []
    for name in ("hook.log", "workers.log"):
        path = folder / name
        if path.exists():
            parts.append(f"--- {name}:\n{path.read_text(errors='replace')[-4000:]}")
    return "\n".join(parts)


def test_the_getting_started_guide_runs_as_written(tmp_path: Path) -> None:
    """Create a database, migrate, add a user and a patient, start the worker and the hook,
    mint a token, upload a sample, follow it, read its results: every step as written."""
    started = time.monotonic()
    text = GUIDE.read_text(encoding="utf-8")
    admin = pg.admin_url()
    db_name = pg.unique_name("docpipe_gs")
    substitutions = _substitutions(tmp_path, db_name, free_port())
    for original, replacement in substitutions.items():
        assert original in text, f"the guide no longer says {original!r}"
        text = text.replace(original, replacement)
    blocks = guide_blocks(text)
    assert len(blocks) >= 8, "the guide's steps are ```bash blocks"
    password = conninfo_to_dict(admin).get("password")
    shell = Shell(tmp_path / "state.sh", _base_env(str(password) if password else None))
    outputs: list[str] = []
    try:
        for block in blocks:
            result = shell.run(block)
            assert result.returncode == 0, (
                f"block failed ({result.returncode}):\n{block}\n--- stdout:\n{result.stdout}"
                f"\n--- stderr:\n{result.stderr[-3000:]}\n{_logs(tmp_path / 'dev')}"
            )
            outputs.append(result.stdout)
    finally:
        shell.stop_all()
        pg.drop_database(admin, db_name)
    elapsed = time.monotonic() - started

    results = _results(blocks, outputs)
    assert results["status"] == "completed", results
    assert all(v in ("completed", "skipped") for v in results["stages"].values()), results
    assert results["results"]["document_type"]
    counts = results["results"]["counts"]
    assert counts["lab"] > 0 and results["results"]["items_total"] == sum(counts.values())
    items = results["items"]
    assert len(items) == results["results"]["items_total"] > 0
    coded = [i for i in items if i["code"]]
    assert coded and all(i["code_system"] in {"LOINC", "RxNorm", "ICD-10", "CVX"} for i in coded)
    assert all(i["page"] >= 1 and len(i["box"]) == 4 for i in items)
    status_out = next(out for b, out in zip(blocks, outputs, strict=True) if "docpipe status" in b)
    assert "status completed" in status_out
    assert not (tmp_path / "dev").exists(), "the clean-up step removes the scratch folder"
    assert elapsed < 90, f"the guide took {elapsed:.0f} s"


def _results(blocks: list[str], outputs: list[str]) -> dict[str, Any]:
    for block, out in zip(blocks, outputs, strict=True):
        if "?include=items" in block:
            body: dict[str, Any] = json.loads(out)
            return body
    raise AssertionError("the guide has no results step (?include=items)")
