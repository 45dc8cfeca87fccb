"""Clinical extractors (the AI passes) behind the ``ClinicalExtractor`` port.

``make_extractor(name)`` imports the chosen implementation only when asked, so a
vendor SDK is never loaded unless that vendor is configured.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.errors import ConfigurationError
from pipeline.ports import ClinicalExtractor

__all__ = ["EXTRACTORS", "make_extractor"]


def _offline() -> ClinicalExtractor:
    from adapters.extractors.offline import OfflineClinicalExtractor

    return OfflineClinicalExtractor()


#: Extractor name -> constructor.
EXTRACTORS: dict[str, Callable[[], ClinicalExtractor]] = {"offline": _offline}


def make_extractor(name: str = "offline") -> ClinicalExtractor:
    """A new extractor of the named kind; raises ``ConfigurationError`` for an unknown name."""
    build = EXTRACTORS.get(name)
    if build is None:
        raise ConfigurationError(
            f"unknown clinical extractor {name!r}; choose one of {', '.join(sorted(EXTRACTORS))}",
            code="extractor_unknown",
        )
    return build()
