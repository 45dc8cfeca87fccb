"""The held-out extraction sets are frozen, and the extractor's figures on them never fall
below their measured floor (docs/benchmarks.md).

Each set was written from the output schema alone by someone who never saw the rules
(bench/heldout*/README.md). Sets 1-7 were read for error analysis (docs/benchmarks.md says
which fixes each drove) and set 9 was opened after one blind scoring, so set 8, scored blind
and never opened, is the honest held-out figure. Floors are measurements, not targets: raise
them when the extractor improves; never tune rules to a set. Sets 1-6 are checked for being
unchanged but not scored here, to keep CI inside its time budget (``bench/heldout_score.py``
scores them).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.heldout_score import CATEGORIES, HELDOUT, Tally, evaluate

#: Per set and category: (precision floor, recall floor): the measured figures with
#: RapidOCR (extractor 2.5.0), less about 0.02 (docs/benchmarks.md has the exact ones).
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "heldout7": {
        "medications": (0.95, 0.96),
        "labs": (0.97, 0.85),
        "vitals": (0.98, 0.83),
        "allergies": (0.98, 0.93),
        "conditions": (0.82, 0.85),
        "immunizations": (0.98, 0.87),
    },
    # The held-out set: scored blind, never opened.
    "heldout8": {
        "medications": (0.89, 0.90),
        "labs": (0.95, 0.64),
        "vitals": (0.98, 0.80),
        "allergies": (0.89, 0.75),
        "conditions": (0.63, 0.82),
        "immunizations": (0.87, 0.82),
    },
    "heldout9": {
        "medications": (0.90, 0.85),
        "labs": (0.95, 0.76),
        "vitals": (0.92, 0.64),
        "allergies": (0.92, 0.78),
        "conditions": (0.69, 0.77),
        "immunizations": (0.89, 0.91),
    },
}
#: Every frozen set: its manifest must still match. Sets 1-6 (read, and at 0.976-0.998 once
#: read) are no longer scored here, to keep CI inside its time budget; set 10, written at the
#: end of 2.5.0's round for the next one, has never been scored.
FROZEN = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    *FLOORS,
    "heldout10",
)
FOLDERS = {name: HELDOUT.parent / name for name in FROZEN}
#: Rows that must never be written as current (stopped drugs as active, negated allergies,
#: due vaccines as given ...), as measured: the target is none; sets 8 and 9 still have some
#: (docs/benchmarks.md lists them).
MUST_NOT_CEILING = {"heldout7": 0, "heldout8": 14, "heldout9": 11}


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_the_held_out_set_is_unchanged(name: str) -> None:
    folder = FOLDERS[name]
    lines = (folder / "MANIFEST.sha256").read_text("utf-8").split("\n")
    entries = [line.split(maxsplit=1) for line in lines if line.strip()]
    assert len(entries) >= 40
    for digest, file in entries:
        path = folder / file.strip().lstrip("*")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, file


@pytest.fixture(scope="module", params=sorted(FLOORS))
def figures(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Tally]]:
    name: str = request.param
    cache: Path = tmp_path_factory.mktemp(f"{name}-pages")
    totals, _lines = evaluate("rapidocr", cache, FOLDERS[name])
    return name, totals


@pytest.mark.slow
def test_held_out_precision_and_recall_hold_their_floor(
    figures: tuple[str, dict[str, Tally]],
) -> None:
    name, totals = figures
    for category in CATEGORIES:
        precision_floor, recall_floor = FLOORS[name][category]
        tally = totals[category]
        assert tally.precision >= precision_floor, (name, category, tally)
        assert tally.recall >= recall_floor, (name, category, tally)


@pytest.mark.slow
def test_no_must_not_row_is_written(figures: tuple[str, dict[str, Tally]]) -> None:
    name, totals = figures
    violations = [v for tally in totals.values() for v in tally.violations]
    assert len(violations) <= MUST_NOT_CEILING[name], (name, violations)
