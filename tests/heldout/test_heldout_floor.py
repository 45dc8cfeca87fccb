"""The held-out extraction set is frozen, and the extractor's figures on it never fall
below their measured floor (docs/benchmarks.md).

The set was written from the output schema alone by someone who never saw the rules
(bench/heldout/README.md). These floors are measurements, not targets: raise them when
the extractor improves; never tune rules to this set.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.heldout_score import CATEGORIES, HELDOUT, Tally, evaluate

#: Per category: (precision floor, recall floor): the measured figures with RapidOCR,
#: less about 0.02 (docs/benchmarks.md has the exact ones).
FLOORS: dict[str, tuple[float, float]] = {
    "medications": (0.76, 0.70),
    "labs": (0.96, 0.43),
    "vitals": (0.94, 0.56),
    "allergies": (0.75, 0.35),
    "conditions": (0.90, 0.14),
    "immunizations": (0.92, 0.90),
}
#: Most must-not rows (stopped drugs written as current, negated allergies, due vaccines…).
MUST_NOT_CEILING = 8


def test_the_held_out_set_is_unchanged() -> None:
    lines = (HELDOUT / "MANIFEST.sha256").read_text("utf-8").split("\n")
    entries = [line.split(maxsplit=1) for line in lines if line.strip()]
    assert len(entries) >= 50
    for digest, name in entries:
        path = HELDOUT / name.strip().lstrip("*")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, name


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Tally]:
    cache: Path = tmp_path_factory.mktemp("heldout-pages")
    totals, _lines = evaluate("rapidocr", cache)
    return totals


@pytest.mark.slow
@pytest.mark.parametrize("category", CATEGORIES)
def test_held_out_precision_and_recall_hold_their_floor(
    figures: dict[str, Tally], category: str
) -> None:
    precision_floor, recall_floor = FLOORS[category]
    tally = figures[category]
    assert tally.precision >= precision_floor, (category, tally)
    assert tally.recall >= recall_floor, (category, tally)


@pytest.mark.slow
def test_held_out_must_not_rows_stay_under_their_ceiling(figures: dict[str, Tally]) -> None:
    violations = [v for tally in figures.values() for v in tally.violations]
    assert len(violations) <= MUST_NOT_CEILING, violations
