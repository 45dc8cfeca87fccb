"""The held-out extraction sets are frozen, and the extractor's figures on them never fall
below their measured floor (docs/benchmarks.md).

Each set was written from the output schema alone by someone who never saw the rules
(bench/heldout*/README.md). Sets 1-6 were used for error analysis after they were first
scored (docs/benchmarks.md says which fixes each drove), so set 7, written last and never
looked at while the rules changed, is the honest held-out figure. Floors are measurements,
not targets: raise them when the extractor improves; never tune rules to a set. Sets 1-4, the
oldest spent sets, are checked for being unchanged but not scored here, to keep CI inside its
time budget (``bench/heldout_score.py`` scores them).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.heldout_score import CATEGORIES, HELDOUT, Tally, evaluate

#: Per set and category: (precision floor, recall floor): the measured figures with
#: RapidOCR (extractor 2.4.0), less about 0.02 (docs/benchmarks.md has the exact ones).
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "heldout5": {
        "medications": (0.92, 0.89),
        "labs": (0.95, 0.82),
        "vitals": (0.95, 0.90),
        "allergies": (0.98, 0.82),
        "conditions": (0.96, 0.86),
        "immunizations": (0.92, 0.98),
    },
    "heldout6": {
        "medications": (0.94, 0.93),
        "labs": (0.97, 0.88),
        "vitals": (0.98, 0.88),
        "allergies": (0.98, 0.84),
        "conditions": (0.89, 0.87),
        "immunizations": (0.89, 0.82),
    },
    # The held-out set: never opened.
    "heldout7": {
        "medications": (0.76, 0.82),
        "labs": (0.97, 0.75),
        "vitals": (0.98, 0.79),
        "allergies": (0.98, 0.78),
        "conditions": (0.63, 0.77),
        "immunizations": (0.89, 0.73),
    },
}
#: Every frozen set: its manifest must still match. Sets 1-4 (read, and at 0.97-0.998 once
#: read) are no longer scored here, to keep CI inside its time budget; set 8, written at the
#: end of 2.4.0's round for the next one, has never been scored.
FROZEN = ("heldout", "heldout2", "heldout3", "heldout4", *FLOORS, "heldout8")
FOLDERS = {name: HELDOUT.parent / name for name in FROZEN}
#: Rows that must never be written as current (stopped drugs as active, negated allergies,
#: due vaccines as given ...), as measured: the target is none; sets 5 and 7 still have some
#: (docs/benchmarks.md lists them).
MUST_NOT_CEILING = {"heldout5": 1, "heldout6": 0, "heldout7": 16}


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
