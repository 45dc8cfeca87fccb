"""The quota proof through the pipeline: 4 worker processes x 4 threads run the AI
passes against a fake vendor that enforces an exact sliding-log quota."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.quota_load import run_pipeline_load

pytestmark = [pytest.mark.db, pytest.mark.integration, pytest.mark.slow]


@pytest.mark.parametrize("demand", ["steady", "bursty"])
def test_no_429s_and_high_use_through_the_pipeline(
    fresh_db_url: str, tmp_path: Path, demand: str
) -> None:
    """Zero 429s from a sliding-log vendor; ≥ 95 % of its token quota used under steady demand."""
    result = run_pipeline_load(
        fresh_db_url,
        tmp_path,
        vendor_mode="sliding-log",
        demand=demand,
        seconds=20.0,
        processes=4,
        threads=4,
    )
    print(result.line())
    assert result.served > 0 and result.documents_completed > 0
    assert result.rejected_429 == 0
    if demand == "steady":
        assert result.utilization >= 0.95
