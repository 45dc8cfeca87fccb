"""Ports: the small interfaces stages use to reach the outside world.

Stages never import a vendor SDK; they get objects that satisfy these
protocols from the runtime container. Leaf module: stdlib and the clinical
schema only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PIL.Image import Image

    from pipeline.clinical.schema import ClinicalExtraction, EntityDetections


#: A box on a page as fractions of the page size, origin top-left: (x0, y0, x1, y1).
BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text found on a page, with where it sits and how sure we are."""

    text: str
    bbox: BBox
    confidence: float
    #: The line's pieces as the page prints them apart (a table's cells), each with its left
    #: and right edge as page fractions; () when the reader did not see them.
    cells: tuple[tuple[str, float, float], ...] = ()


@dataclass(frozen=True, slots=True)
class PageText:
    """The text of one page, line by line, and how it was obtained."""

    page_number: int  # 1-based
    lines: tuple[TextLine, ...]
    engine: str  # "pdf-text-layer", "rapidocr", "tesseract", ...
    engine_version: str
    status: str = "ok"  # "ok" | "failed" (the page is flagged, the document goes on)
    error_code: str | None = None
    duration_ms: int = 0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def confidence(self) -> float | None:
        if not self.lines:
            return None
        return sum(line.confidence for line in self.lines) / len(self.lines)


@dataclass(frozen=True, slots=True)
class ScanReport:
    """What the security scan learned about a file from its bytes."""

    mime_type: str  # the real type, sniffed from the bytes
    page_count: int
    sha256: str
    size_bytes: int
    has_text_layer: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)


@runtime_checkable
class BlobStore(Protocol):
    """Where uploaded originals live (a local folder, Supabase Storage, ...)."""

    def open(self, path: str) -> AbstractContextManager[BinaryIO]:
        """Stream the object at ``path`` (``<patient_id>/<name>``)."""
        ...

    def local_copy(self, path: str) -> AbstractContextManager[Path]:
        """A local file holding the object, streamed once to a temp file if needed.

        Not a snapshot (a local store hands out the stored file itself): stages read
        originals through ``adapters.storage.verified.verified_local_copy``, which
        copies via ``open`` and checks the scanned sha256."""
        ...

    def put(self, path: str, data: BinaryIO) -> int:
        """Store ``data`` at ``path``; returns the number of bytes written."""
        ...

    def delete(self, path: str) -> bool:
        """Remove the object at ``path``: True if it was deleted, False if it was already
        gone. Used by the cleanup of erased and deleted documents
        (``pipeline.ledger.storage_cleanup``)."""
        ...


class OcrEngine(Protocol):
    """Recognises the text lines of one rendered page image."""

    name: str
    version: str

    def recognize(self, image: Image) -> list[TextLine]: ...


class DocumentScanner(Protocol):
    """Checks a file's real type and safety before anything else reads it."""

    def scan(self, path: Path, claimed_mime: str) -> ScanReport: ...


class PageReader(Protocol):
    """Turns a scanned document into per-page text (text layer or OCR)."""

    def read_pages(
        self, path: Path, report: ScanReport, skip_pages: Sequence[int] = ()
    ) -> Iterator[PageText]: ...

    @property
    def engine_key(self) -> str:
        """Identifies engine + version, so artifacts made by another engine are not reused."""
        ...


class ClinicalExtractor(Protocol):
    """The AI passes: entities, coded clinical data, narrative.

    The offline extractor and the LLM vendor adapters all satisfy this one port
    and return the same validated schema.
    """

    name: str
    version: str

    def find_entities(self, pages: Sequence[PageText]) -> EntityDetections: ...

    def extract_clinical(
        self, pages: Sequence[PageText], entities: EntityDetections
    ) -> ClinicalExtraction: ...

    def summarize(self, pages: Sequence[PageText], extraction: ClinicalExtraction) -> str: ...
