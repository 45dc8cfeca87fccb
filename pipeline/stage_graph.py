"""The stage graph has two copies: ``flow.STAGES`` (actors are declared from it at
import time) and the ``pipeline_stages`` table (every SQL function reads it). This
module checks that they agree, so a worker never runs against a database whose
stage order, job types or status columns differ from its code."""

from __future__ import annotations

from typing import Any

from pipeline import flow
from pipeline.errors import ConfigurationError
from pipeline.sqlfiles import query


def stages_in_database(conn: Any) -> list[tuple[str, str, str, str]]:
    rows = conn.execute(query("pipeline_stages_list")).fetchall()
    return [
        (row["stage"], row["job_type"], row["status_column"], row["overall_status_after"])
        for row in rows
    ]


def stages_in_code() -> list[tuple[str, str, str, str]]:
    return [
        (stage.name, stage.job_type, stage.status_column, stage.overall_status_after)
        for stage in flow.STAGES
    ]


def check_stage_graph(conn: Any) -> None:
    """Raise ConfigurationError unless the database's stage graph equals the code's."""
    if stages_in_database(conn) != stages_in_code():
        raise ConfigurationError(
            "the database's pipeline_stages differ from pipeline/flow.py; run docpipe db migrate",
            code="stage_graph_mismatch",
        )
