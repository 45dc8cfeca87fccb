"""The offline clinical extractor: rules and bundled code tables, no API key needed."""

from __future__ import annotations

from adapters.extractors.offline.extractor import (
    EXTRACTOR_NAME,
    EXTRACTOR_VERSION,
    OfflineClinicalExtractor,
)

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "OfflineClinicalExtractor"]
