"""docs/configuration.md lists exactly the settings the code reads, each with the
modules that read it (tests/support/settings_scan.py finds the reads)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.settings_scan import ENV_NAME, settings_read_by_code

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "configuration.md"
NOT_READ_HEADING = "## Variables docpipe does not read itself"


def documented_rows(text: str = DOC.read_text(encoding="utf-8")) -> dict[str, str]:
    """Setting -> its row's "read in" cell, from the tables of the page."""
    rows: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        (name,) = re.findall(r"`([^`]+)`", cells[0])
        assert ENV_NAME.match(name), name
        assert name not in rows, f"{name} is listed twice"
        assert len(cells) == 4 and all(cells), f"{name}: setting | default | what | read in"
        rows[name] = cells[3]
    return rows


def not_read_by_docpipe(text: str = DOC.read_text(encoding="utf-8")) -> set[str]:
    """Variables the page lists as read by libraries or the platform, not the code."""
    section = text.split(NOT_READ_HEADING, 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`([A-Z][A-Z0-9_]*)`", section))


def test_every_setting_the_code_reads_is_documented() -> None:
    read = settings_read_by_code()
    missing = sorted(set(read) - set(documented_rows()))
    assert not missing, f"read by the code, missing from docs/configuration.md: {missing}"


def test_every_documented_setting_is_read_by_the_code() -> None:
    read = settings_read_by_code()
    stale = sorted(set(documented_rows()) - set(read))
    assert not stale, f"in docs/configuration.md, but no code reads: {stale}"


def test_each_row_names_every_module_that_reads_the_setting() -> None:
    read = settings_read_by_code()
    wrong = {
        name: sorted(modules - set(re.findall(r"`([^`]+\.py)`", cell)))
        for name, cell in documented_rows().items()
        for modules in [read.get(name, set())]
        if modules - set(re.findall(r"`([^`]+\.py)`", cell))
    }
    assert not wrong, f"modules missing from the 'read in' column: {wrong}"


def test_the_library_section_does_not_shadow_a_setting() -> None:
    both = not_read_by_docpipe() & set(settings_read_by_code())
    assert not both, f"read by the code, so they belong in a table: {sorted(both)}"


def test_the_scanner_sees_each_kind_of_read(tmp_path: Path) -> None:
    """The scanner itself: literal names, constants, loops, readers; not writes."""
    from tests.support.settings_scan import reads_in

    source = tmp_path / "probe.py"
    source.write_text(
        "import os\n"
        'NAMES = ("LOOP_A", "LOOP_B")\n'
        'ONE = "CONST_C"\n'
        'a = os.environ.get("GET_D")\n'
        'b = os.getenv("GETENV_E")\n'
        'c = os.environ["INDEX_F"]\n'
        "d = any(os.environ.get(n) for n in NAMES)\n"
        "e = os.environ.get(ONE)\n"
        'f = _int(env, "READER_G", 3)\n'
        'g = "IN_H" in os.environ\n'
        'os.environ.setdefault("WRITE_X", "1")\n'
        'os.environ["WRITE_Y"] = "1"\n'
        'h = (os.environ if env is None else env).get("IFEXP_I")\n'
        'i = headers.get("NOT_ENV")\n'
    )
    assert reads_in(source) == {
        "LOOP_A",
        "LOOP_B",
        "CONST_C",
        "GET_D",
        "GETENV_E",
        "INDEX_F",
        "READER_G",
        "IN_H",
        "IFEXP_I",
    }
