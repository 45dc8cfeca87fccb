"""How well confidence predicts correctness on a held-out set.

For every row the gate confirms as a current fact, the bench records its category, whether
it carries a code from a terminology (RxNorm, LOINC, ICD-10, CVX; vitals always do), its
confidence, and whether it matched the set's truth. It prints the measured precision per
(category, coded) group, which is what ``pipeline/clinical/calibration.py`` stores as the
confidence of a confirmed row, and the expected calibration error (ECE: the row-weighted gap
between confidence and precision, in 10 bins) of the confidences as written.

    .venv/bin/python bench/calibration.py --set bench/heldout --set bench/heldout2 \
        --set bench/heldout3 --set bench/heldout4 --set bench/heldout5   # fit (sets 1-5, spent)
    .venv/bin/python bench/calibration.py --set bench/heldout7    # check (set 7)
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from bench.heldout_score import CATEGORIES, HELDOUT, heldout_truths, is_current_fact, read_pages
from bench.heldout_score import score_category as score
from pipeline.clinical.calibration import CODE_FIELD

_BINS = 10


def rows(folder: Path, cache: Path | None) -> list[tuple[str, bool, float, bool]]:
    """(category, coded, confidence, correct) of every confirmed current fact."""
    from adapters.extractors import make_extractor
    from adapters.extractors.vocabulary import shared_vocabulary
    from pipeline.clinical.gate import ValidityGate

    extractor = make_extractor("offline")
    gate = ValidityGate(shared_vocabulary(), today=date.today())  # noqa: DTZ011 - a calendar date
    found: list[tuple[str, bool, float, bool]] = []
    for _stem, truth in heldout_truths(folder):
        pages = [p for p in read_pages(folder / truth["file"], "rapidocr", cache) if p.lines]
        extraction = gate(extractor.extract_clinical(pages, extractor.find_entities(pages)))
        dumped: dict[str, Any] = extraction.model_dump(mode="json")
        for category in CATEGORIES:
            facts = [i for i in dumped.get(category) or () if is_current_fact(category, i)]
            _tally, unmatched = score(category, facts, truth)
            wrong = {id(item) for item in unmatched}
            field = CODE_FIELD[category]
            for item in facts:
                coded = bool(item.get(field)) if field else True
                found.append((category, coded, float(item["confidence"]), id(item) not in wrong))
    return found


def expected_calibration_error(samples: list[tuple[float, bool]]) -> float:
    bins: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, correct in samples:
        bins[min(int(confidence * _BINS), _BINS - 1)].append((confidence, correct))
    total = len(samples)
    return sum(
        len(b) / total * abs(sum(c for c, _ in b) / len(b) - sum(ok for _, ok in b) / len(b))
        for b in bins.values()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--set", type=Path, action="append", help="a held-out folder; give several to pool them"
    )
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "docpipe-heldout")
    parser.add_argument("--json", type=Path, help="write the per-group precision here")
    args = parser.parse_args(argv)
    found = [row for folder in args.set or [HELDOUT] for row in rows(folder, args.cache)]
    groups: dict[tuple[str, bool], list[bool]] = defaultdict(list)
    for category, coded, _confidence, correct in found:
        groups[(category, coded)].append(correct)
    print(f"{'category':<14} {'coded':<6} {'rows':>5} {'correct':>7} {'precision':>9}")
    figures = {}
    for (category, coded), outcomes in sorted(groups.items()):
        precision = sum(outcomes) / len(outcomes)
        figures[f"{category}:{'coded' if coded else 'uncoded'}"] = [
            round(precision, 3),
            len(outcomes),
        ]
        print(
            f"{category:<14} {coded!s:<6} {len(outcomes):>5} {sum(outcomes):>7} {precision:>9.3f}"
        )
    ece = expected_calibration_error([(c, ok) for _cat, _coded, c, ok in found])
    print(f"\nrows {len(found)}  ECE of the written confidence {ece:.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
