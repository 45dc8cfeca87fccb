"""Pass 2 gates whatever extractor the runtime has, and keys its stored output by the gate."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from adapters.extractors.vocabulary import LexiconVocabulary
from pipeline.clinical.schema import Allergy, ClinicalExtraction, EntityDetections, SourceRef
from pipeline.ports import PageText, TextLine
from pipeline.stages import passes

SRC = SourceRef(page=1, bbox=(0.1, 0.1, 0.9, 0.15))
PAGE = PageText(1, (TextLine("Allergies: Penicillin", SRC.bbox, 0.99),), "test", "1")


class VendorLikeExtractor:
    """Stands for any extractor (an LLM adapter included) that over-reads a letter."""

    name = "vendor-like"
    version = "1"

    def extract_clinical(
        self, pages: Sequence[PageText], entities: EntityDetections
    ) -> ClinicalExtraction:
        return ClinicalExtraction(
            extractor=self.name,
            extractor_version=self.version,
            allergies=(
                Allergy(substance="Penicillin", confidence=0.9, source=SRC),
                Allergy(substance="Yours sincerely", confidence=0.9, source=SRC),
                Allergy(substance="General Practitioner", confidence=0.9, source=SRC),
            ),
        )


@dataclass
class FakeRuntime:
    extractor: VendorLikeExtractor = field(default_factory=VendorLikeExtractor)
    vocabulary: LexiconVocabulary = field(default_factory=LexiconVocabulary)


@dataclass
class FakeCtx:
    runtime: FakeRuntime = field(default_factory=FakeRuntime)
    shell_file: dict[str, Any] = field(default_factory=dict)  # paged: no structured kind


@pytest.fixture
def stored(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []

    def cached_call(
        ctx: Any, pass_name: str, input_sha256: str, call: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        keys.append((pass_name, input_sha256))
        return call()

    monkeypatch.setattr(passes, "load_pages", lambda ctx: [PAGE])
    monkeypatch.setattr(
        passes,
        "latest_output",
        lambda ctx, name: EntityDetections(extractor="x", extractor_version="1").model_dump(),
    )
    monkeypatch.setattr(passes, "cached_call", cached_call)
    return keys


def test_pass_two_stores_the_gated_extraction(stored: list[tuple[str, str]]) -> None:
    ctx: Any = FakeCtx()
    output = passes.Pass2Clinical().work(ctx)
    assert [a.substance for a in output.allergies] == ["Penicillin"]
    assert output.extractor == "vendor-like"


def test_a_new_gate_version_is_a_new_input_key(
    stored: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx: Any = FakeCtx()
    passes.Pass2Clinical().work(ctx)
    monkeypatch.setattr(LexiconVocabulary, "version", "vocab-next")
    passes.Pass2Clinical().work(ctx)
    (first_pass, first_key), (second_pass, second_key) = stored
    assert first_pass == second_pass == "pass2"
    assert first_key != second_key
