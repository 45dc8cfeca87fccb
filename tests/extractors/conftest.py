"""Fixtures for the extractor tests: pages built from lines, and the offline extractor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.extractors.offline.local_words import fold
from adapters.extractors.vocabulary import shared_vocabulary
from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction
from pipeline.ports import PageText, TextLine

PageMaker = Callable[..., PageText]
Extract = Callable[..., ClinicalExtraction]

#: Pass 2 as the pipeline runs it: the extractor's output through the validity gate.
GATE = ValidityGate(shared_vocabulary(), today=dt.date(2026, 11, 30))


def gated(extract: Extract, *lines: str) -> ClinicalExtraction:
    """Passes 1 and 2 over one page of ``lines``, then the validity gate."""
    return GATE(extract(*lines))


def gated_page(extractor: OfflineClinicalExtractor, page: PageText) -> ClinicalExtraction:
    """Passes 1 and 2 over a page built with its cells, then the validity gate."""
    return GATE(extractor.extract_clinical([page], extractor.find_entities([page])))


def lab_keys(
    extraction: ClinicalExtraction,
) -> set[tuple[str | None, float | None, dt.date | None]]:
    """Each lab row as (LOINC, number, date)."""
    return {(lab.loinc_code, lab.value_numeric, lab.observed_on) for lab in extraction.labs}


def medicine_statuses(extraction: ClinicalExtraction) -> dict[str, str]:
    """Each medication's status by its folded, lower-case name."""
    return {fold(m.name.lower()): str(m.status) for m in extraction.medications}


def condition_facts(extraction: ClinicalExtraction) -> dict[str, str]:
    """Each condition written as a fact (not for review), by folded name, with its assertion."""
    return {
        fold(c.name.lower()): str(c.assertion)
        for c in extraction.conditions
        if not c.requires_review
    }


def make_page(lines: Sequence[str], number: int = 1, confidence: float = 1.0) -> PageText:
    """One page whose lines sit in evenly spaced synthetic boxes."""
    step = 1.0 / (len(lines) + 2)
    text_lines = tuple(
        TextLine(text, (0.1, (i + 1) * step, 0.9, (i + 1.8) * step), confidence)
        for i, text in enumerate(lines)
    )
    return PageText(number, text_lines, engine="test", engine_version="1")


def make_cells_page(rows: Sequence[Sequence[tuple[str, float, float]]]) -> PageText:
    """A page of rows whose cells sit where the tuples say, one row every 0.02 down."""
    lines = tuple(
        TextLine(
            " ".join(c[0] for c in cells),
            (cells[0][1], 0.1 + 0.02 * i, cells[-1][2], 0.112 + 0.02 * i),
            1.0,
            tuple(cells),
        )
        for i, cells in enumerate(rows)
    )
    return PageText(1, lines, engine="test", engine_version="1")


@pytest.fixture
def page() -> PageMaker:
    return make_page


@pytest.fixture(scope="session")
def extractor() -> OfflineClinicalExtractor:
    return OfflineClinicalExtractor()


@pytest.fixture
def extract(extractor: OfflineClinicalExtractor) -> Extract:
    """Run passes 1 and 2 over one page made of ``lines``."""

    def run(*lines: str) -> ClinicalExtraction:
        pages = [make_page(lines)]
        return extractor.extract_clinical(pages, extractor.find_entities(pages))

    return run
