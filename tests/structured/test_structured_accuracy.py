"""Per-category precision and recall of the structured importers on the samples.

Truth files (samples/structured/*.truth.json) were written by hand from each
document; the target is >= 0.98 for both, per category, pooled over all samples,
and every sample on its own is exact.
"""

from __future__ import annotations

import time

import pytest

from adapters.structured.model import CATEGORIES
from tests.structured.truth import STEMS, CategoryScore, import_sample, load_truth, score

TARGET = 0.98


@pytest.mark.parametrize("stem", STEMS)
def test_each_sample_imports_its_coded_entries_exactly(stem: str) -> None:
    scores = score(import_sample(stem), load_truth(stem))
    for category, found in scores.items():
        print(f"{stem:24} {category:14} P={found.precision:.3f} R={found.recall:.3f}")
    assert {c: (s.precision, s.recall) for c, s in scores.items()} == dict.fromkeys(
        CATEGORIES, (1.0, 1.0)
    )


def test_pooled_precision_and_recall_per_category_meet_the_target() -> None:
    pooled = {category: CategoryScore(0, 0, 0) for category in CATEGORIES}
    elapsed: list[float] = []
    for stem in STEMS:
        import_sample(stem)  # warm imports (fhir.resources loads models lazily)
        started = time.perf_counter()
        result = import_sample(stem)
        elapsed.append(time.perf_counter() - started)
        for category, found in score(result, load_truth(stem)).items():
            total = pooled[category]
            pooled[category] = CategoryScore(
                total.matched + found.matched,
                total.predicted + found.predicted,
                total.expected + found.expected,
            )
    for category, found in pooled.items():
        print(
            f"pooled {category:14} n={found.expected:3} "
            f"P={found.precision:.3f} R={found.recall:.3f}"
        )
    print("ms per document:", ", ".join(f"{s * 1000:.1f}" for s in elapsed))
    for category, found in pooled.items():
        assert found.expected > 0, category
        assert found.precision >= TARGET and found.recall >= TARGET, category
