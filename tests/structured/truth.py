"""Scoring a structured import against a sample's hand-written truth file.

A truth entry lists the fields an imported item must get right; an item matches
when every listed field agrees (text compared case- and punctuation-blind, numbers
as numbers, dates as ISO strings). Each truth entry is matched at most once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adapters.structured import StructuredImport, import_ccda, import_fhir_bundle
from adapters.structured.model import CATEGORIES, Category

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "structured"
STEMS = (
    "ccd_full",
    "ccd_vendor_epic_style",
    "ccd_vendor_cerner_style",
    "discharge_summary",
    "fhir_bundle_r4",
)


def sample_path(stem: str) -> Path:
    return SAMPLES / (stem + (".json" if stem.startswith("fhir") else ".xml"))


def import_sample(stem: str) -> StructuredImport:
    data = sample_path(stem).read_bytes()
    return import_fhir_bundle(data) if stem.startswith("fhir") else import_ccda(data)


def load_truth(stem: str) -> dict[str, Any]:
    truth: dict[str, Any] = json.loads((SAMPLES / f"{stem}.truth.json").read_text())
    return truth


def _norm(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9<>]+", "", value.lower())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return round(float(value), 6)
    return value


def matches(expected: dict[str, Any], item: dict[str, Any]) -> bool:
    return all(_norm(item.get(key)) == _norm(value) for key, value in expected.items())


@dataclass(frozen=True)
class CategoryScore:
    matched: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def score(result: StructuredImport, truth: dict[str, Any]) -> dict[Category, CategoryScore]:
    scores: dict[Category, CategoryScore] = {}
    for category in CATEGORIES:
        items = [item.model_dump(mode="json") for item in getattr(result.extraction, category)]
        expected: list[dict[str, Any]] = truth.get(category, [])
        used: set[int] = set()
        for entry in expected:
            for index, item in enumerate(items):
                if index not in used and matches(entry, item):
                    used.add(index)
                    break
        scores[category] = CategoryScore(len(used), len(items), len(expected))
    return scores
