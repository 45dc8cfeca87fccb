"""Inspect a PDF's object graph with a real parser (qpdf, through pikepdf).

Byte patterns miss what a PDF reader sees: escaped names (``/J#61vaScript``),
object streams behind any filter or predictor, indirect ``/Width`` values. qpdf
parses the file like a reader does: it decodes names, resolves references, unpacks
object streams and repairs a damaged cross-reference table by scanning every
object in the file. The scan then looks at every object qpdf knows, reachable or
not, so an action hidden off the page tree, in an ``/Next`` chain or inside an
object stream is seen the same way as one in the catalog.

Every stream is measured before anything decodes it (``stream_limits``), and a
stream nobody here can check is refused: the scan never accepts what it could not
read. Errors carry codes and counts only; qpdf's own messages (which name the
file) never leave this module.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeGuard

import pikepdf

from adapters.documents.stream_limits import (
    IMAGE_FILTERS,
    StreamTooLarge,
    StreamUndecodable,
    measure_decoded,
)
from pipeline.errors import InvalidDocument

#: Largest decoded non-image stream (content streams, fonts, object streams).
MAX_STREAM_DECODED = 32 * 1024 * 1024
#: Past this size a non-image stream may not inflate more than MAX_DECODE_RATIO times.
RATIO_FLOOR = 4 * 1024 * 1024
MAX_DECODE_RATIO = 500
#: All streams of one document together; bounds the scan's CPU time.
MAX_DOCUMENT_DECODED = 1024 * 1024 * 1024
#: Room for PNG predictor tag bytes and writers' padding past an image's pixel data.
IMAGE_SLACK_BYTES = 64 * 1024

#: Action types that run code, open or submit to other files or play media.
REJECTED_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/ImportData",
        "/SubmitForm",
        "/GoToR",
        "/GoToE",
        "/Rendition",
        "/Movie",
        "/Sound",
        "/RichMediaExecute",
    }
)
REJECTED_ANNOTATIONS = frozenset(
    {"/RichMedia", "/FileAttachment", "/Screen", "/Movie", "/Sound", "/3D"}
)
#: Keys whose mere presence means scripts, triggers, attachments or XFA forms.
REJECTED_KEYS = frozenset(
    {"/JS", "/JavaScript", "/AA", "/EmbeddedFiles", "/EF", "/XFA", "/RichMediaContent"}
)
#: Components per pixel of the colour spaces named directly.
_COLOR_COMPONENTS = {
    "/DeviceGray": 1,
    "/CalGray": 1,
    "/G": 1,
    "/Indexed": 1,
    "/I": 1,
    "/Separation": 1,
    "/DeviceRGB": 3,
    "/CalRGB": 3,
    "/RGB": 3,
    "/Lab": 3,
    "/DeviceCMYK": 4,
    "/CMYK": 4,
}
_REFERENCE = re.compile(rb"(?<![\w.+-])\d+\s+\d+\s+R(?!\w)")
#: Bytes that end a PDF token: whitespace and delimiters.
_TOKEN_ENDS = frozenset(b"\x00\t\n\x0c\r ()<>[]{}/%")
_MAX_COMPONENTS = 32  # the most DeviceN allows; used when a colour space is unclear


@dataclass(frozen=True)
class Measured:
    size: int
    data: bytes | None  # the decoded bytes of a small non-image stream


@dataclass(frozen=True)
class PdfFacts:
    page_count: int
    largest_image_pixels: int
    decoded_bytes: int


def inspect_pdf(data: bytes, max_pixels: int, max_pages: int) -> PdfFacts:
    """Refuse encrypted, malformed, active-content and bomb PDFs; facts about the rest."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise InvalidDocument("the PDF is encrypted", code="encrypted_pdf") from None
    except pikepdf.PdfError:
        raise InvalidDocument("the PDF cannot be parsed", code="truncated_file") from None
    with pdf:
        if pdf.is_encrypted:
            raise InvalidDocument("the PDF is encrypted", code="encrypted_pdf")
        try:
            return _inspect(pdf, max_pixels, max_pages)
        except pikepdf.PdfError:
            # qpdf gave up on an object it had to read (e.g. a broken object stream).
            raise InvalidDocument(
                "the PDF has objects that cannot be read", code="truncated_file"
            ) from None


def _inspect(pdf: pikepdf.Pdf, max_pixels: int, max_pages: int) -> PdfFacts:
    if not isinstance(_get(pdf.trailer, "/Root"), pikepdf.Dictionary):
        raise InvalidDocument("the PDF has no catalog", code="truncated_file")
    page_count = len(pdf.pages)
    if page_count > max_pages:
        # Before the sweep: a huge document is refused without reading all of it.
        raise InvalidDocument(
            f"the PDF has {page_count} pages, more than the limit of {max_pages}",
            code="too_many_pages",
        )
    active: set[str] = set()
    largest_image = 0
    decoded_total = 0
    page_contents = {
        content.objgen
        for page in pdf.pages
        for content in _as_list(_get(page.obj, "/Contents"))
        if isinstance(content, pikepdf.Stream)
    }
    for obj in list(pdf.objects):
        for node in _direct_parts(obj):
            active.update(_active_reasons(node))
        if isinstance(obj, pikepdf.Stream):
            pixels = _image_pixels(obj)
            if pixels > max_pixels:
                raise InvalidDocument(
                    f"the PDF embeds an image of {pixels} pixels, "
                    f"more than the limit of {max_pixels}",
                    code="decompression_bomb",
                )
            largest_image = max(largest_image, pixels)
            measured = _measure_stream(obj, pixels, MAX_DOCUMENT_DECODED - decoded_total)
            decoded_total += measured.size
            if (
                measured.data is not None
                and _has_inline_image(measured.data)
                and _is_content(obj, page_contents)
            ):
                decoded_total += _check_inline_images(obj, max_pixels)
            if _name(_get(obj, "/Type")) == "/ObjStm":
                # Measured above, so safe to decode. qpdf only knows the members its xref
                # lists; read them all, so an unlisted member cannot hide from the scan.
                for member in _object_stream_members(obj):
                    for node in _direct_parts(member):
                        active.update(_active_reasons(node))
    if active:
        raise InvalidDocument(
            "the PDF carries active content: " + ", ".join(sorted(active)),
            code="active_content",
        )
    if page_count < 1:
        raise InvalidDocument("the PDF has no pages", code="truncated_file")
    return PdfFacts(page_count, largest_image, decoded_total)


def _direct_parts(obj: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """``obj`` and every dictionary or array nested in it directly (not by reference)."""
    stack = [obj]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, pikepdf.Array):
            children = list(node)
        elif isinstance(node, pikepdf.Dictionary | pikepdf.Stream):
            children = list(node.values())
        else:
            continue
        # Indirect children are objects of their own: the outer loop visits them once.
        stack.extend(
            child
            for child in children
            if isinstance(child, pikepdf.Dictionary | pikepdf.Array) and not child.is_indirect
        )


def _object_stream_members(stream: pikepdf.Stream) -> Iterator[pikepdf.Object]:
    unreadable = InvalidDocument("a PDF object stream cannot be read", code="truncated_file")
    data = stream.read_bytes()
    first, count = _get(stream, "/First"), _get(stream, "/N")
    if not _is_count(first) or not isinstance(count, int) or count < 0:
        raise unreadable
    header = data[:first].split()
    if len(header) != 2 * count or not all(token.isdigit() for token in header):
        raise unreadable
    offsets = [first + int(token) for token in header[1::2]] + [len(data)]
    for start, end in itertools.pairwise(offsets):
        # Parsed without the document, so references become null: only the shape matters.
        body = _REFERENCE.sub(b" null ", data[start:end])
        try:
            yield pikepdf.Object.parse(body)
        except pikepdf.PdfError:
            raise unreadable from None


def _active_reasons(node: pikepdf.Object) -> set[str]:
    if not isinstance(node, pikepdf.Dictionary | pikepdf.Stream):
        return set()
    keys = set(node.keys())
    reasons = {key[1:] for key in keys & REJECTED_KEYS}
    # Reading a value costs far more than listing keys: read only the keys present.
    action = _name(_get(node, "/S")) if "/S" in keys else None
    if action in REJECTED_ACTIONS:
        reasons.add(action[1:] + " action")
    kind = _name(_get(node, "/Type")) if "/Type" in keys else None
    subtype = _name(_get(node, "/Subtype")) if "/Subtype" in keys else None
    if subtype in REJECTED_ANNOTATIONS and kind in ("/Annot", None):
        reasons.add(subtype[1:] + " annotation")
    if kind == "/EmbeddedFile":
        reasons.add("EmbeddedFile")
    return reasons


def _get(node: pikepdf.Object, key: str, default: object = None) -> object:
    """A dictionary value, resolved; pikepdf hands numbers and booleans back as Python values."""
    value: object = node.get(key, default)
    return value


def _name(value: object) -> str | None:
    return str(value) if isinstance(value, pikepdf.Name) else None


def _is_image(stream: pikepdf.Stream) -> bool:
    # Thumbnails are images without /Subtype; dimensions make a stream an image too.
    return _name(_get(stream, "/Subtype")) == "/Image" or (
        "/Width" in stream and "/Height" in stream
    )


def _image_pixels(stream: pikepdf.Stream) -> int:
    if not _is_image(stream):
        return 0
    width, height = _get(stream, "/Width"), _get(stream, "/Height")
    if not _is_count(width) or not _is_count(height):
        raise InvalidDocument("a PDF image has no valid size", code="truncated_file")
    return width * height


def _is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _measure_stream(stream: pikepdf.Stream, pixels: int, document_left: int) -> Measured:
    filters = [_filter_name(f) for f in _as_list(_get(stream, "/Filter"))]
    early = [_early_change(p) for p in _as_list(_get(stream, "/DecodeParms"))]
    raw = stream.read_raw_bytes()
    if pixels:
        height = _get(stream, "/Height")
        cap = _image_cap(pixels, _components(stream), height if _is_count(height) else pixels)
    else:
        cap = MAX_STREAM_DECODED
    size = _measure(raw, filters, early, min(cap, max(document_left, 0)))
    if pixels:
        return Measured(size, None)
    if size > RATIO_FLOOR and size > MAX_DECODE_RATIO * max(len(raw), 1):
        raise InvalidDocument(
            "a PDF stream decodes beyond the ratio limit", code="decompression_bomb"
        )
    if any(f in IMAGE_FILTERS for f in filters):
        return Measured(size, None)
    try:
        # Measured, so safe to let qpdf decode it fully, predictors included.
        # "specialized" adds RunLength to qpdf's default filters.
        return Measured(size, stream.read_bytes(pikepdf.StreamDecodeLevel.specialized))
    except pikepdf.PdfError:
        raise InvalidDocument("a PDF stream cannot be decoded", code="undecodable_stream") from None


def _image_cap(pixels: int, components: int, rows: int) -> int:
    # An image needs at most width x height x components x 16 bits, plus predictor tags.
    return pixels * components * 2 + rows + IMAGE_SLACK_BYTES


def _measure(raw: bytes, filters: list[str], early: list[int], cap: int) -> int:
    try:
        return measure_decoded(raw, filters, early, cap)
    except StreamTooLarge:
        raise InvalidDocument(
            "a PDF stream decodes beyond the size limit", code="decompression_bomb"
        ) from None
    except StreamUndecodable:
        raise InvalidDocument(
            "a PDF stream uses a filter or data the scan cannot decode",
            code="undecodable_stream",
        ) from None


def _has_inline_image(data: bytes) -> bool:
    """True if a ``BI`` operator token (begin inline image) occurs; cheap, may over-report."""
    pos = data.find(b"BI")
    while pos >= 0:
        before_ok = pos == 0 or data[pos - 1] in _TOKEN_ENDS
        after_ok = pos + 2 == len(data) or data[pos + 2] in _TOKEN_ENDS
        if before_ok and after_ok:
            return True
        pos = data.find(b"BI", pos + 1)
    return False


def _is_content(stream: pikepdf.Stream, page_contents: set[tuple[int, int]]) -> bool:
    """Streams a renderer runs as drawing operators (Type 3 glyph procedures excepted)."""
    return (
        stream.objgen in page_contents
        or _name(_get(stream, "/Subtype")) == "/Form"
        or "/PatternType" in stream
    )


def _check_inline_images(stream: pikepdf.Stream, max_pixels: int) -> int:
    """Inline images (BI ... ID ... EI) hide inside content: same limits as image objects."""
    try:
        instructions = pikepdf.parse_content_stream(stream)
    except pikepdf.PdfError:
        raise InvalidDocument(
            "a PDF content stream cannot be parsed", code="undecodable_stream"
        ) from None
    decoded = 0
    for instruction in instructions:
        if not isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        image = instruction.iimage
        width, height = _get(image.obj, "/Width"), _get(image.obj, "/Height")
        if not _is_count(width) or not _is_count(height):
            raise InvalidDocument("a PDF image has no valid size", code="truncated_file")
        if width * height > max_pixels:
            raise InvalidDocument(
                f"the PDF embeds an image of {width * height} pixels, "
                f"more than the limit of {max_pixels}",
                code="decompression_bomb",
            )
        filters = [_filter_name(f) for f in _as_list(_get(image.obj, "/Filter"))]
        early = [_early_change(p) for p in _as_list(_get(image.obj, "/DecodeParms"))]
        cap = _image_cap(width * height, _MAX_COMPONENTS, height)
        decoded += _measure(image.read_raw_bytes(), filters, early, cap)
    return decoded


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return list(value)
    return [value]


def _filter_name(value: object) -> str:
    name = _name(value)
    if name is None:
        raise InvalidDocument("a PDF stream has a malformed filter", code="undecodable_stream")
    return name


def _early_change(params: object) -> int:
    if isinstance(params, pikepdf.Dictionary):
        value = _get(params, "/EarlyChange", 1)
        if isinstance(value, int):
            return value
    return 1


def _components(stream: pikepdf.Stream) -> int:
    if _get(stream, "/ImageMask") is True:
        return 1
    space = _get(stream, "/ColorSpace")
    if isinstance(space, pikepdf.Name):
        return _COLOR_COMPONENTS.get(str(space), _MAX_COMPONENTS)
    if isinstance(space, pikepdf.Array) and len(space) > 0:
        family = _name(space[0])
        if family == "/ICCBased" and len(space) > 1:
            profile = space[1]
            count = _get(profile, "/N") if isinstance(profile, pikepdf.Stream) else None
            return count if isinstance(count, int) and 0 < count <= 4 else _MAX_COMPONENTS
        if family == "/DeviceN" and len(space) > 1 and isinstance(space[1], pikepdf.Array):
            return max(1, min(len(space[1]), _MAX_COMPONENTS))
        if family is not None and family in _COLOR_COMPONENTS:
            return _COLOR_COMPONENTS[family]
    return _MAX_COMPONENTS
