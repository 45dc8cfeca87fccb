"""The wheel carries sql/ and samples/ as package data of pipeline (never as top-level
folders in site-packages), and the code finds them both in an installed wheel and in
a checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline import demo, sqlfiles

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        timeout=240,
    )
    (built,) = out.glob("docpipe-*.whl")
    return built


def _repo_files(folder: str) -> set[str]:
    base = ROOT / folder
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.slow
def test_the_wheel_ships_sql_and_samples_inside_pipeline(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {n.split("/", 1)[0] for n in names}
    assert top_level == {"pipeline", "adapters", f"{wheel.name.rsplit('-', 3)[0]}.dist-info"}
    for folder in ("sql", "samples"):
        prefix = f"pipeline/_data/{folder}/"
        shipped = {n[len(prefix) :] for n in names if n.startswith(prefix)}
        assert shipped == _repo_files(folder), folder


@pytest.mark.slow
def test_an_installed_wheel_finds_its_sql_and_samples(wheel: Path, tmp_path: Path) -> None:
    """Unpacked as site-packages would hold it, first on the path (the editable checkout
    comes later): migrations, named queries and the demo's samples all resolve inside
    the installed package."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import json; from pipeline import sqlfiles, demo; "
        "print(json.dumps({'sql': str(sqlfiles.sql_dir()), "
        "'migrations': len(sqlfiles.migration_files()), "
        "'queries': len(sqlfiles.query_names()), "
        "'samples': str(demo.SAMPLES_DIR), "
        "'samples_ok': all((demo.SAMPLES_DIR / s).is_file() for s in demo.DEFAULT_SAMPLES), "
        "'module': sqlfiles.__file__}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["module"].startswith(str(site))
    assert found["sql"] == str(site / "pipeline" / "_data" / "sql")
    assert found["samples"] == str(site / "pipeline" / "_data" / "samples")
    assert found["migrations"] == len(list((ROOT / "sql" / "migrations").glob("*.sql")))
    assert found["queries"] == len(sqlfiles.query_names())
    assert found["samples_ok"] is True


def test_a_checkout_finds_the_top_level_folders() -> None:
    assert not (ROOT / "pipeline" / "_data").exists()  # only a wheel has it
    assert sqlfiles.sql_dir() == ROOT / "sql"
    assert demo.SAMPLES_DIR == ROOT / "samples"
