"""The offline clinical extractor: deterministic rules, no network, no API key."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from adapters.extractors.offline import clinical, entities, narrative
from adapters.extractors.offline.page_columns import in_reading_order
from pipeline.clinical.schema import ClinicalExtraction, EntityDetections
from pipeline.ports import PageText

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "offline-rules"
#: Bump when a rule or table changes what is extracted, so stored results can be told apart.
EXTRACTOR_VERSION = "2.27.0"  # + labelled unit rows, status cells, registry dose grids


class OfflineClinicalExtractor:
    """``ClinicalExtractor`` built from regexes, section context and bundled code tables.

    Same pages in, byte-identical output out: no randomness, clocks or network.
    """

    name = EXTRACTOR_NAME
    version = EXTRACTOR_VERSION

    def find_entities(self, pages: Sequence[PageText]) -> EntityDetections:
        found = entities.find_entities(in_reading_order(pages))
        logger.debug("pass1 found %d entities on %d pages", len(found), len(pages))
        return EntityDetections(
            extractor=self.name, extractor_version=self.version, entities=tuple(found)
        )

    def extract_clinical(
        self, pages: Sequence[PageText], entities: EntityDetections
    ) -> ClinicalExtraction:
        extraction = clinical.extract_clinical(
            in_reading_order(pages), entities.entities, extractor=self.name, version=self.version
        )
        logger.debug("pass2 produced %d items", extraction.item_count())
        return extraction

    def summarize(self, pages: Sequence[PageText], extraction: ClinicalExtraction) -> str:
        return narrative.summarize(extraction)
