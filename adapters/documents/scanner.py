"""The security scan: learn a file's real type from its bytes and refuse unsafe files.

``FileScanner`` never trusts the MIME type the uploader claimed. It sniffs magic
bytes, checks size and page limits, refuses encrypted, malformed and
active-content PDFs and decompression bombs, and reports the sha256, page count
and whether a PDF has a text layer. Rejections raise ``InvalidDocument`` with a
machine code; messages carry counts and type names only, never file names.
"""

from __future__ import annotations

import hashlib
import logging
import re
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from adapters.pdfium_lock import PDFIUM_LOCK
from pipeline.errors import InvalidDocument
from pipeline.ports import ScanReport

if TYPE_CHECKING:
    import pypdfium2

logger = logging.getLogger(__name__)

PDF, PNG, JPEG, TIFF = "application/pdf", "image/png", "image/jpeg", "image/tiff"
SUPPORTED_TYPES = (PDF, PNG, JPEG, TIFF)

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
}
PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG", TIFF: "TIFF"}
#: Claims that say nothing about the type (browsers send these for unknown files).
GENERIC_CLAIMS = frozenset({"", "application/octet-stream", "binary/octet-stream"})

HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})

#: The highest resolution any stage renders PDF pages at; bounds a page's pixel count.
RENDER_DPI_CEILING = 300
#: Largest inflated object stream we will inspect; real ones hold a few hundred small objects.
MAX_OBJECT_STREAM_BYTES = 32 * 1024 * 1024
MAX_INFLATED_TOTAL = 4 * MAX_OBJECT_STREAM_BYTES
HASH_CHUNK_BYTES = 1024 * 1024
#: %%EOF must sit near the end; writers may append a little whitespace or junk after it.
EOF_SEARCH_BYTES = 2048

# PDF names that run code, open other files or carry payloads.
_ACTIVE_NAMES = frozenset(
    {
        b"JavaScript",
        b"JS",
        b"Launch",
        b"EmbeddedFile",
        b"EmbeddedFiles",
        b"AA",
        b"RichMedia",
        b"XFA",
    }
)
_NAME_CHARS = rb"[^\x00\t\n\x0c\r /%()<>\[\]{}]"
_PDF_NAME = re.compile(rb"/(" + _NAME_CHARS + rb"+)")
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM_START = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_ENCRYPT_KEY = re.compile(rb"/Encrypt(?![A-Za-z0-9#])")
_IMAGE_SUBTYPE = re.compile(rb"/Subtype\s*/Image\b")
_WIDTH = re.compile(rb"/Width\s+(\d{1,12})\b")
_HEIGHT = re.compile(rb"/Height\s+(\d{1,12})\b")
_OBJ_STREAM_TYPE = re.compile(rb"/Type\s*/ObjStm\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/" + _NAME_CHARS + rb"+)")


@dataclass
class _PdfFindings:
    """What the raw-byte pass over a PDF found."""

    active_names: set[str] = field(default_factory=set)
    encrypted: bool = False
    largest_image_pixels: int = 0
    warnings: list[str] = field(default_factory=list)


class FileScanner:
    """``DocumentScanner`` for PDF, PNG, JPEG and TIFF uploads."""

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
        if mime not in SUPPORTED_TYPES:
            kind = mime or "unknown"
            raise InvalidDocument(f"file type {kind} is not supported", code="unsupported_type")
        warns = _check_claim(claimed_mime, mime)

        if mime == PDF:
            page_count, has_text, more = self._scan_pdf(path)
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
        findings = inspect_pdf_bytes(data)
        if findings.encrypted:
            raise InvalidDocument("the PDF is encrypted", code="encrypted_pdf")
        if findings.active_names:
            raise InvalidDocument(
                "the PDF carries active content: " + ", ".join(sorted(findings.active_names)),
                code="active_content",
            )
        if findings.largest_image_pixels > self.max_pixels:
            raise InvalidDocument(
                f"the PDF embeds an image of {findings.largest_image_pixels} pixels, "
                f"more than the limit of {self.max_pixels}",
                code="decompression_bomb",
            )
        page_count, has_text = self._inspect_with_pdfium(data)
        return page_count, has_text, findings.warnings

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

        # pdfium's own view of the catalog backs up the raw-byte pass.
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

    # ------------------------------------------------------------------ images

    def _scan_image(self, path: Path, mime: str) -> int:
        from PIL import Image

        bomb = InvalidDocument(
            f"the image has more pixels than the limit of {self.max_pixels}",
            code="decompression_bomb",
        )
        broken = InvalidDocument("the image cannot be decoded", code="truncated_file")
        with warnings.catch_warnings():
            # Pillow warns, then raises, past its own global limit; both mean a bomb here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                # Only the sniffed format's decoder may parse the file.
                with Image.open(path, formats=[PILLOW_FORMATS[mime]]) as img:
                    frames = getattr(img, "n_frames", 1) if mime == TIFF else 1
                    if frames > self.max_pages:
                        raise InvalidDocument(
                            f"the TIFF has {frames} pages, more than the limit of {self.max_pages}",
                            code="too_many_pages",
                        )
                    for index in range(frames):
                        img.seek(index)
                        width, height = img.size
                        if width * height > self.max_pixels:
                            raise bomb
                        img.load()  # decode every byte: a truncated file fails here
            except (Image.DecompressionBombWarning, Image.DecompressionBombError):
                raise bomb from None
            except (OSError, SyntaxError, ValueError, EOFError):
                # UnidentifiedImageError is an OSError; Pillow's decoders raise the others.
                raise broken from None
        return frames


def sniff_mime(head: bytes) -> str | None:
    """The real type from a file's first bytes: a supported MIME type, another kind, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    # PDF readers accept junk before the header; so do we, within the first KiB.
    if b"%PDF-" in head[:1024]:
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


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def inspect_pdf_bytes(data: bytes) -> _PdfFindings:
    """Look for encryption, active content and oversized images in a PDF's raw objects.

    Stream bodies are skipped (random image bytes would give false hits), except
    object streams, which hold compressed dictionaries and are inflated and read too.
    """
    findings = _PdfFindings()
    inflated_total = 0
    for outside, stream_dict, body in _split_streams(data):
        _scan_dictionaries(outside, findings)
        if not _OBJ_STREAM_TYPE.search(stream_dict):
            continue
        filters = _stream_filters(stream_dict)
        if filters not in ([], [b"FlateDecode"]):
            findings.warnings.append("object_stream_uninspected")
            continue
        inflated = _inflate(body, MAX_OBJECT_STREAM_BYTES + 1) if filters else body
        if inflated is None:
            findings.warnings.append("object_stream_unreadable")
            continue
        inflated_total += len(inflated)
        if len(inflated) > MAX_OBJECT_STREAM_BYTES or inflated_total > MAX_INFLATED_TOTAL:
            raise InvalidDocument(
                "a PDF object stream inflates beyond the limit", code="decompression_bomb"
            )
        _scan_dictionaries(inflated, findings)
    return findings


def _split_streams(data: bytes) -> Iterator[tuple[bytes, bytes, bytes]]:
    """Yield (bytes outside streams, the next stream's dictionary, its body).

    The stream's dictionary is also inside the "outside" part; the last triple has
    an empty dictionary and body.
    """
    pos = 0
    while pos < len(data):
        match = _STREAM_START.search(data, pos)
        if match is None:
            break
        end = data.find(b"endstream", match.end())
        if end < 0:
            end = len(data)
        # The stream's own dictionary: back from "stream" to its object header.
        obj_start = data.rfind(b" obj", pos, match.start())
        stream_dict = data[obj_start if obj_start >= 0 else pos : match.start() + 2]
        yield data[pos : match.end()], stream_dict, data[match.end() : end]
        pos = end + len(b"endstream")
    yield data[pos:], b"", b""


def _scan_dictionaries(chunk: bytes, findings: _PdfFindings) -> None:
    for match in _PDF_NAME.finditer(chunk):
        name = match.group(1)
        if b"#" in name:
            # Names may hide letters as #xx escapes, e.g. /J#61vaScript.
            name = _HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
        if name in _ACTIVE_NAMES:
            findings.active_names.add(name.decode("ascii"))
    if _ENCRYPT_KEY.search(chunk):
        findings.encrypted = True
    if _IMAGE_SUBTYPE.search(chunk):
        for obj in chunk.split(b"endobj"):
            if not _IMAGE_SUBTYPE.search(obj):
                continue
            width, height = _WIDTH.search(obj), _HEIGHT.search(obj)
            if width and height:
                pixels = int(width.group(1)) * int(height.group(1))
                findings.largest_image_pixels = max(findings.largest_image_pixels, pixels)


def _stream_filters(stream_dict: bytes) -> list[bytes]:
    match = _FILTER.search(stream_dict)
    if match is None:
        return []
    return [m.group(1) for m in _PDF_NAME.finditer(match.group(1))]


def _inflate(body: bytes, limit: int) -> bytes | None:
    """Inflate a FlateDecode body, stopping past ``limit`` bytes; None if it is not zlib."""
    try:
        return zlib.decompressobj().decompress(body, limit)
    except zlib.error:
        return None


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
