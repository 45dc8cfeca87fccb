"""The README's main command, run as a person would run it (against the test Postgres)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.pg import dict_connect

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]

DOCPIPE = str(Path(sys.executable).with_name("docpipe"))


def test_docpipe_demo_processes_the_bundled_samples(fresh_db_url: str, tmp_path: Path) -> None:
    """`docpipe demo` migrates, runs workers, processes the samples and prints the table."""
    env = {**os.environ, "STORAGE_URL": (tmp_path / "storage").as_uri()}
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [DOCPIPE, "demo", "--database-url", fresh_db_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = done.stdout
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    for name in (
        "lab_report.pdf",
        "prescription_scan.pdf",
        "discharge_summary.pdf",
        "vaccination_record.jpg",
        "ccd_full.xml",
    ):
        assert any(
            line.strip().startswith(name) and " completed " in line for line in out.splitlines()
        ), name
    assert "What was extracted" in out
    # rejections say why, in words, and an expected rejection is no ERROR in the logs
    assert "rejected: encrypted_pdf: the PDF is encrypted" in out
    assert "rejected: truncated_file: the file is truncated or corrupt" in out
    assert not [line for line in done.stderr.splitlines() if "ERROR" in line], done.stderr[-3000:]
    items = [line for line in out.splitlines() if re.search(r" p\d+ (box|ref)\(", line)]
    # every category is listed, each item with its page and box
    for kind in ("medication", "lab", "vital", "allergy", "condition", "immunization"):
        assert any(f") {kind} " in line for line in items), kind
    # codes carry their system: lab rows of the lab report with a LOINC code
    assert any(
        line.strip().startswith("lab_report.pdf")
        and " p1 box(" in line
        and ") lab " in line
        and re.search(r"LOINC \d+-\d$", line)
        for line in items
    )
    for system in ("RxNorm", "LOINC", "ICD-10", "CVX"):
        assert any(f" {system} " in line for line in items), system
    # the C-CDA is imported from its coded entries: every category, each item with the
    # narrative element it came from, codes kept, negation and status shown
    ccda = [line for line in items if line.strip().startswith("ccd_full.xml")]
    for kind in ("medication", "lab", "vital", "allergy", "condition", "immunization"):
        assert any(f") {kind} " in line for line in ccda), kind
    assert all(" p1 ref(" in line for line in ccda), ccda
    assert any(
        ") medication " in line and "RxNorm 617310" in line and "[stopped]" in line for line in ccda
    )
    assert any(") allergy " in line and "Latex" in line and "negated" in line for line in ccda)
    assert any(
        ") immunization " in line and "CVX 187" in line and "refused" in line for line in ccda
    )
    with dict_connect(fresh_db_url) as conn:
        rows = conn.execute(
            "SELECT status, count(*) AS n FROM shell_files GROUP BY status ORDER BY status"
        ).fetchall()
    assert rows == [{"status": "completed", "n": 5}, {"status": "failed", "n": 2}]
    assert (
        "Demo Patient" not in out and "Testpatient" not in done.stderr
    )  # no PHI in the output logs
