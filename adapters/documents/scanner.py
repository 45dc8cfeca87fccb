"""The security scan: learn a file's real type from its bytes and refuse unsafe files.

``FileScanner`` never trusts the MIME type the uploader claimed. It sniffs magic
bytes, checks size and page limits, refuses polyglots, encrypted, malformed and
active-content PDFs and decompression bombs, and reports the sha256, page count
and whether a PDF has a text layer. Rejections raise ``InvalidDocument`` with a
machine code; messages carry counts and type names only, never file names.

PDFs are read twice: by qpdf (``pdf_inspect``: every object, every stream measured)
and by pdfium, the library later stages render and read text with, which must
agree that the file is safe and gives the page count, page sizes and text layer.

XML and JSON pass only as structured records (``adapters.structured``): a C-CDA
document or a FHIR R4 Bundle, parsed with DTDs, entities and deep nesting refused;
any other XML or JSON is ``unsupported_type``.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from adapters.documents.pdf_inspect import inspect_pdf
from adapters.documents.polyglot import check_no_hidden_pdf, check_pdf_is_alone, pdf_header_offset
from adapters.documents.safe_image import check_frame, open_image
from adapters.pdfium_lock import PDFIUM_LOCK
from adapters.structured import StructuredKind, detect_structured
from pipeline.errors import InvalidDocument
from pipeline.ports import ScanReport

if TYPE_CHECKING:
    import pypdfium2

logger = logging.getLogger(__name__)

PDF, PNG, JPEG, TIFF = "application/pdf", "image/png", "image/jpeg", "image/tiff"
CCDA, FHIR = StructuredKind.CCDA.mime_type, StructuredKind.FHIR_BUNDLE.mime_type
SUPPORTED_TYPES = (PDF, PNG, JPEG, TIFF, CCDA, FHIR)
#: Structured records have no pages: all their items point at page 1 (adapters.structured).
STRUCTURED_PAGE_COUNT = 1

#: Claimed MIME types (lower case, no parameters) and the real type each one means.
CLAIM_ALIASES: dict[str, str] = {
    "application/pdf": PDF,
    "application/x-pdf": PDF,
    "application/acrobat": PDF,
    "image/png": PNG,
    "image/x-png": PNG,
    "image/jpeg": JPEG,
    "image/jpg": JPEG,
    "image/pjpeg": JPEG,
    "image/tiff": TIFF,
    "image/tif": TIFF,
    "image/x-tiff": TIFF,
    # An XML claim means a C-CDA, a JSON claim a FHIR Bundle: nothing else XML/JSON passes.
    "application/xml": CCDA,
    "text/xml": CCDA,
    "application/hl7-cda+xml": CCDA,
    "application/json": FHIR,
    "application/fhir+json": FHIR,
}
PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG", TIFF: "TIFF"}
#: Claims that say nothing about the type (browsers send these for unknown files).
GENERIC_CLAIMS = frozenset({"", "application/octet-stream", "binary/octet-stream"})

HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})

#: The highest resolution any stage renders PDF pages at; bounds a page's pixel count.
RENDER_DPI_CEILING = 300
HASH_CHUNK_BYTES = 1024 * 1024
#: %%EOF must sit near the end; writers may append a little whitespace after it.
EOF_SEARCH_BYTES = 2048


class FileScanner:
    """``DocumentScanner`` for PDF, PNG, JPEG and TIFF uploads, C-CDA and FHIR R4 Bundles."""

    def __init__(
        self,
        max_pages: int = 50,
        max_bytes: int = 50 * 1024 * 1024,
        max_pixels: int = 60_000_000,
    ) -> None:
        if max_pages < 1 or max_bytes < 1 or max_pixels < 1:
            raise ValueError("scanner limits must be positive")
        self.max_pages = max_pages
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels

    def scan(self, path: Path, claimed_mime: str) -> ScanReport:
        size = path.stat().st_size
        if size == 0:
            raise InvalidDocument("the file is empty", code="empty_file")
        if size > self.max_bytes:
            raise InvalidDocument(
                f"the file has {size} bytes, more than the limit of {self.max_bytes}",
                code="too_large",
            )
        with path.open("rb") as fh:
            head = fh.read(1024)
        mime = sniff_mime(head)
        if mime != PDF:
            check_no_hidden_pdf(head)
        if mime is None and looks_like_markup_or_json(head):
            mime = self._structured_kind(path)
        if mime not in SUPPORTED_TYPES:
            kind = mime or "unknown"
            raise InvalidDocument(f"file type {kind} is not supported", code="unsupported_type")
        warns = _check_claim(claimed_mime, mime)

        if mime == PDF:
            page_count, has_text, more = self._scan_pdf(path)
        elif mime in (CCDA, FHIR):
            # Parsed whole and checked by _structured_kind; the importer reads it again.
            page_count, has_text, more = STRUCTURED_PAGE_COUNT, False, []
        else:
            page_count, has_text, more = self._scan_image(path, mime), False, []
        report = ScanReport(
            mime_type=mime,
            page_count=page_count,
            sha256=sha256_file(path),
            size_bytes=size,
            has_text_layer=has_text,
            warnings=tuple(warns + more),
        )
        logger.info(
            "scan ok: mime=%s pages=%d bytes=%d text_layer=%s warnings=%d",
            mime,
            page_count,
            size,
            has_text,
            len(report.warnings),
        )
        return report

    # ------------------------------------------------------------------ PDF

    def _scan_pdf(self, path: Path) -> tuple[int, bool, list[str]]:
        data = path.read_bytes()  # bounded by max_bytes, checked before
        if data.rfind(b"%%EOF", -EOF_SEARCH_BYTES) < 0:
            raise InvalidDocument("the PDF ends before its trailer", code="truncated_file")
        check_pdf_is_alone(data)
        facts = inspect_pdf(data, self.max_pixels, self.max_pages)
        page_count, has_text = self._inspect_with_pdfium(data)
        if page_count != facts.page_count:
            # The two parsers see different documents: someone is aiming at one of them.
            raise InvalidDocument(
                "the PDF's page tree is read differently by its parsers", code="truncated_file"
            )
        return page_count, has_text, []

    def _inspect_with_pdfium(self, data: bytes) -> tuple[int, bool]:
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            try:
                pdf = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
                    raise InvalidDocument("the PDF is encrypted", code="encrypted_pdf") from None
                raise InvalidDocument("the PDF cannot be parsed", code="truncated_file") from None
            try:
                return self._inspect_document(pdf)
            finally:
                pdf.close()

    def _inspect_document(self, pdf: pypdfium2.PdfDocument) -> tuple[int, bool]:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        # pdfium's own view of the catalog backs up qpdf's.
        if pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf.raw) > 0:
            raise InvalidDocument("the PDF carries JavaScript", code="active_content")
        if pdfium_c.FPDFDoc_GetAttachmentCount(pdf.raw) > 0:
            raise InvalidDocument("the PDF carries embedded files", code="active_content")
        if pdfium_c.FPDF_GetFormType(pdf.raw) in (
            pdfium_c.FORMTYPE_XFA_FULL,
            pdfium_c.FORMTYPE_XFA_FOREGROUND,
        ):
            raise InvalidDocument("the PDF carries an XFA form", code="active_content")

        page_count = len(pdf)
        if page_count < 1:
            raise InvalidDocument("the PDF has no pages", code="truncated_file")
        if page_count > self.max_pages:
            raise InvalidDocument(
                f"the PDF has {page_count} pages, more than the limit of {self.max_pages}",
                code="too_many_pages",
            )
        scale = RENDER_DPI_CEILING / 72.0
        has_text = False
        for index in range(page_count):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                raise InvalidDocument(
                    f"page {index + 1} cannot be parsed", code="truncated_file"
                ) from None
            try:
                width, height = page.get_size()
                pixels = int(width * scale) * int(height * scale)
                if pixels > self.max_pixels:
                    raise InvalidDocument(
                        f"page {index + 1} would render to {pixels} pixels, "
                        f"more than the limit of {self.max_pixels}",
                        code="decompression_bomb",
                    )
                if not has_text:
                    has_text = _page_has_text(page)
            finally:
                page.close()
        return page_count, has_text

    # ------------------------------------------------------------------ structured

    def _structured_kind(self, path: Path) -> str | None:
        """A C-CDA or FHIR R4 Bundle's MIME type, None for any other XML/JSON.

        Parsed with the hardened parsers (no DTD, no entities, bounded depth and
        size): a hostile file raises ``InvalidDocument`` with the parser's code.
        """
        kind = detect_structured(path.read_bytes())  # bounded by max_bytes, checked before
        return kind.mime_type if kind is not None else None

    # ------------------------------------------------------------------ images

    def _scan_image(self, path: Path, mime: str) -> int:
        # Only the sniffed format's decoder may parse the file.
        with open_image(path, [PILLOW_FORMATS[mime]], self.max_pixels) as img:
            frames: int = getattr(img, "n_frames", 1) if mime == TIFF else 1
            if frames > self.max_pages:
                raise InvalidDocument(
                    f"the TIFF has {frames} pages, more than the limit of {self.max_pages}",
                    code="too_many_pages",
                )
            for index in range(frames):
                img.seek(index)
                check_frame(img, self.max_pixels)
                img.load()  # decode every byte: a truncated file fails here
        return frames


def sniff_mime(head: bytes) -> str | None:
    """The real type from a file's first bytes: a supported MIME type, another kind, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    # Readers accept junk before the header; we accept only a BOM and a little whitespace.
    if pdf_header_offset(head) is not None:
        return PDF
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "image/heic"
    for magic, kind in (
        (b"GIF8", "image/gif"),
        (b"BM", "image/bmp"),
        (b"PK\x03\x04", "application/zip"),
    ):
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def looks_like_markup_or_json(head: bytes) -> bool:
    """Whether a file with no binary magic starts like XML or a JSON object."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            return True  # text with a byte order mark: let the XML/JSON parsers decide
    return head.lstrip()[:1] in (b"<", b"{")


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _page_has_text(page: pypdfium2.PdfPage) -> bool:
    textpage = page.get_textpage()
    try:
        return bool(textpage.get_text_range().strip())
    finally:
        textpage.close()


def _check_claim(claimed_mime: str, real_mime: str) -> list[str]:
    claimed = claimed_mime.split(";", 1)[0].strip().lower()
    if claimed in GENERIC_CLAIMS:
        return ["claimed_mime_generic"]
    if CLAIM_ALIASES.get(claimed) != real_mime:
        raise InvalidDocument(
            f"the file is {real_mime}, not the claimed type", code="type_mismatch"
        )
    return []
