"""Scoring an extraction against a sample's ground truth (test and bench code).

Matching rule: an extracted item matches a truth item when their normalised
names are equal or similar (difflib ratio >= 0.85) and their values are equal
(numbers compared as numbers). Each truth item is matched at most once.
"""

from __future__ import annotations

import difflib
import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.clinical.schema import ClinicalExtraction
from pipeline.ports import PageText, TextLine

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_STEMS = ("lab_report", "prescription_scan", "discharge_summary", "vaccination_record")
SAMPLE_FILES = {
    "lab_report": ("lab_report.pdf", "application/pdf"),
    "prescription_scan": ("prescription_scan.pdf", "application/pdf"),
    "discharge_summary": ("discharge_summary.pdf", "application/pdf"),
    "vaccination_record": ("vaccination_record.jpg", "image/jpeg"),
}
NAME_THRESHOLD = 0.85

Item = Mapping[str, Any]


def normalise_name(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").lower())


def names_match(a: str | None, b: str | None) -> bool:
    left, right = normalise_name(a), normalise_name(b)
    if left == right:
        return True
    return difflib.SequenceMatcher(None, left, right, autojunk=False).ratio() >= NAME_THRESHOLD


def values_equal(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(str(a)) - float(str(b))) < 1e-9
    except ValueError:
        return normalise_name(str(a)) == normalise_name(str(b))


@dataclass(frozen=True)
class Score:
    """True positives among ``predicted`` extracted items and ``expected`` truth items."""

    matched: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        if self.predicted == 0:
            return 1.0 if self.expected == 0 else 0.0
        return self.matched / self.predicted

    @property
    def recall(self) -> float:
        return 1.0 if self.expected == 0 else self.matched / self.expected

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.expected + other.expected,
        )


@dataclass(frozen=True)
class Rule:
    """How to compare one category: the name field and the value fields."""

    name: str
    values: tuple[str, ...]


#: Per category: which field names the item and which must be equal.
RULES: dict[str, Rule] = {
    "medications": Rule("name", ("dose",)),
    "labs": Rule("test_name", ("value_numeric",)),
    "vitals": Rule("kind", ("value_numeric", "value_secondary")),
    "allergies": Rule("substance", ("reaction",)),
    "conditions": Rule("name", ("icd10_code",)),
    "immunizations": Rule("vaccine", ("administered_on", "dose_number", "lot_number")),
}


def match_items(predicted: Sequence[Item], expected: Sequence[Item], rule: Rule) -> Score:
    """Greedy one-to-one matching in reading order."""
    unused = list(expected)
    matched = 0
    for item in predicted:
        for index, truth in enumerate(unused):
            if names_match(item.get(rule.name), truth.get(rule.name)) and all(
                values_equal(item.get(field), truth.get(field)) for field in rule.values
            ):
                matched += 1
                del unused[index]
                break
    return Score(matched, len(predicted), len(expected))


def score_extraction(extraction: ClinicalExtraction, truth: Mapping[str, Any]) -> dict[str, Score]:
    """A score per category (medications, labs, vitals, ...)."""
    dumped = extraction.model_dump(mode="json")
    return {
        category: match_items(dumped[category], truth.get(category, []), rule)
        for category, rule in RULES.items()
    }


def load_truth(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SAMPLES / f"{stem}.truth.json").read_text("utf-8"))
    return data


def available_stems() -> list[str]:
    return [stem for stem in SAMPLE_STEMS if (SAMPLES / f"{stem}.truth.json").is_file()]


def pages_from_truth(truth: Mapping[str, Any]) -> list[PageText]:
    """PageText built from the exact drawn lines, with evenly spaced synthetic boxes."""
    pages: list[PageText] = []
    for number, lines in enumerate(truth["pages"], start=1):
        step = 1.0 / (len(lines) + 2)
        text_lines = tuple(
            TextLine(text, (0.05, (i + 1) * step, 0.95, (i + 1.8) * step), 1.0)
            for i, text in enumerate(lines)
        )
        pages.append(PageText(number, text_lines, engine="truth", engine_version="1"))
    return pages


def format_scores(label: str, scores: Mapping[str, Score], categories: Sequence[str]) -> str:
    parts = [
        f"{c} P={scores[c].precision:.3f} R={scores[c].recall:.3f} "
        f"({scores[c].matched}/{scores[c].predicted}/{scores[c].expected})"
        for c in categories
    ]
    return f"{label}: " + "; ".join(parts)


# Confusions OCR engines make: a digit for a letter, a wrong letter, "rn" for "m".
_CONFUSIONS = {
    "o": "0",
    "O": "0",
    "l": "1",
    "I": "l",
    "S": "5",
    "e": "c",
    "m": "rn",
    "i": "l",
    "B": "8",
    "a": "o",
}


def damage_line(line: str, rng: random.Random, rate: float) -> str:
    """``line`` with OCR-like damage: per word, with probability ``rate``, a case change
    or one confused character; and, with probability ``rate`` / 3, one lost space."""
    words: list[str] = []
    for word in line.split(" "):
        roll = rng.random()
        if roll < rate / 2:
            word = word.upper() if rng.random() < 0.5 else word.lower()
        elif roll < rate:
            spots = [i for i, ch in enumerate(word) if ch in _CONFUSIONS]
            if spots:
                i = rng.choice(spots)
                word = word[:i] + _CONFUSIONS[word[i]] + word[i + 1 :]
        words.append(word)
    text = " ".join(words)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if spaces and rng.random() < rate / 3:
        i = rng.choice(spaces)
        text = text[:i] + text[i + 1 :]
    return text


def damaged_truth(truth: Mapping[str, Any], seed: str, rate: float) -> dict[str, Any]:
    """A copy of ``truth`` whose page lines carry seeded OCR-like damage."""
    rng = random.Random(seed)
    damaged = dict(truth)
    damaged["pages"] = [[damage_line(line, rng, rate) for line in page] for page in truth["pages"]]
    return damaged
