"""One stage graph: flow.STAGES and the database's pipeline_stages agree, and every
SQL path that needs a stage reads the table."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from pipeline import flow
from pipeline.errors import ConfigurationError
from pipeline.stage_graph import check_stage_graph, stages_in_code, stages_in_database
from tests.support.factories import make_patient, make_shell_file

Conn = psycopg.Connection[dict[str, Any]]


def test_database_stages_equal_the_code(db: Conn) -> None:
    assert stages_in_database(db) == stages_in_code()
    check_stage_graph(db)


def test_a_drifted_database_is_refused_at_start(db: Conn) -> None:
    db.execute("UPDATE pipeline_stages SET overall_status_after = 'x' WHERE position = 2")
    with pytest.raises(ConfigurationError) as caught:
        check_stage_graph(db)
    assert caught.value.code == "stage_graph_mismatch"


def test_every_status_column_exists_on_shell_files(db: Conn) -> None:
    columns = {
        row["column_name"]
        for row in db.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = 'shell_files'"
        ).fetchall()
    }
    assert {stage.status_column for stage in flow.STAGES} <= columns


@pytest.mark.parametrize("stage", flow.STAGES, ids=[s.name for s in flow.STAGES])
def test_lane_of_each_job_type_is_its_stage(db: Conn, stage: flow.StageDef) -> None:
    row = db.execute("SELECT job_lane_for_type(%s) AS lane", (stage.job_type,)).fetchone()
    assert row is not None and row["lane"] == stage.name


def test_marking_a_stage_moves_the_column_the_table_names(db: Conn) -> None:
    """mark_stage reads the status column from pipeline_stages: renaming a
    stage in the table (and only there) moves the renamed stage's column."""
    owner, patient = make_patient(db)
    shell = make_shell_file(db, patient, owner)
    db.execute("UPDATE pipeline_stages SET stage = 'renamed_ocr' WHERE stage = 'ocr'")
    db.execute("SELECT mark_stage(%s, 'renamed_ocr', 'processing')", (shell,))
    row = db.execute("SELECT ocr_status FROM shell_files WHERE id = %s", (shell,)).fetchone()
    assert row is not None and row["ocr_status"] == "processing"
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        db.execute("SELECT mark_stage(%s, 'ocr', 'processing')", (shell,))


def test_intake_starts_the_first_stage_of_the_table(db: Conn) -> None:
    first = db.execute("SELECT job_type FROM pipeline_stages ORDER BY position LIMIT 1").fetchone()
    assert first is not None and first["job_type"] == flow.FIRST_STAGE.job_type
