"""Turn a document (PDF, PNG, JPEG, TIFF) into per-page text: text layer or OCR.

One page at a time: a PDF page is read from its text layer when it has real
text, else rendered and OCR'd; each image frame is OCR'd. Only one page image
is alive at once. A page whose own bytes cannot be loaded, rendered or decoded is
reported as a failed page (final) while the other pages go on. Anything that says
nothing about the page is not swallowed, so the page is not stored and the next
attempt reads it again (passing the pages already done in ``skip_pages``):
interrupts (LeaseLost, Dramatiq's TimeLimitExceeded), transient and other docpipe
errors, memory shortage and OCR engine faults.

Images are decoded only by the Pillow plugin of the type the scan found, and a
frame over ``max_pixels`` is refused before it is decoded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from dramatiq.middleware.threading import Interrupt

from adapters.ocr.text_layer import ENGINE_NAME as TEXT_LAYER_ENGINE
from adapters.ocr.text_layer import read_text_layer, text_layer_version
from adapters.pdfium_lock import PDFIUM_LOCK
from pipeline.errors import DocpipeError, InvalidDocument, TransientError
from pipeline.ports import OcrEngine, PageText, ScanReport, TextLine
from pipeline.tracing.spans import set_error, work_span

if TYPE_CHECKING:
    import pypdfium2
    from PIL.Image import Image

logger = logging.getLogger(__name__)

PDF_TYPES = frozenset({"application/pdf"})
#: Image type → the only Pillow plugin allowed to parse it.
PILLOW_FORMATS = {"image/png": ("PNG",), "image/jpeg": ("JPEG",), "image/tiff": ("TIFF",)}
IMAGE_TYPES = frozenset(PILLOW_FORMATS)

#: A text layer with fewer visible characters than this is a scan (maybe with a stamp).
MIN_TEXT_LAYER_CHARS = 20
#: Longest side of an image handed to OCR; larger pages gain no accuracy, only memory.
MAX_SIDE_PX = 4000
#: Pixels of one image frame, checked before it is decoded (the scanner's limit too).
MAX_PIXELS = 60_000_000


def _elapsed_ms(start: float) -> int:
    return int((time.perf_counter() - start) * 1000)


def _visible_chars(lines: Sequence[TextLine]) -> int:
    return sum(len("".join(line.text.split())) for line in lines)


def _shrink_to_fit(image: Image, max_side: int) -> Image:
    if max(image.size) <= max_side:
        return image
    from PIL import Image as PILImage

    scale = max_side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, PILImage.Resampling.LANCZOS)


class _Stage:
    """The step a page is in, so a failure gets a code that says where it broke."""

    __slots__ = ("code",)

    def __init__(self) -> None:
        self.code = "page_failed"


def _to_rgb(image: Image) -> Image:
    """8-bit RGB for OCR, keeping the text visible whatever the scanner wrote."""
    from PIL import Image as PILImage

    if image.mode == "RGB":
        return image
    if image.mode in ("I", "F") or image.mode.startswith("I;16"):
        # 16-bit / float scans: a plain convert clips at 255 and the page turns white.
        low, high = (float(v) for v in image.getextrema() if isinstance(v, int | float))
        scale = 255.0 / ((high - low) or 1.0)
        wide = image.convert("F") if image.mode == "F" else image.convert("I")
        return wide.point(lambda v: (v - low) * scale).convert("L").convert("RGB")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        # Transparent pixels often hold black: flatten onto white paper first.
        paper = PILImage.new("RGBA", image.size, "white")
        paper.alpha_composite(image.convert("RGBA"))
        return paper.convert("RGB")
    return image.convert("RGB")


class DocumentPageReader:
    """``PageReader`` over a local OCR engine and the pdfium text layer."""

    def __init__(
        self,
        engine: OcrEngine,
        render_dpi: int = 150,
        *,
        min_text_chars: int = MIN_TEXT_LAYER_CHARS,
        max_side_px: int = MAX_SIDE_PX,
        max_pixels: int = MAX_PIXELS,
    ) -> None:
        if render_dpi <= 0 or max_side_px <= 0 or max_pixels <= 0:
            raise ValueError("render_dpi, max_side_px and max_pixels must be positive")
        self._engine = engine
        self._render_dpi = render_dpi
        self._min_text_chars = min_text_chars
        self._max_side_px = max_side_px
        self._max_pixels = max_pixels
        self._text_layer_version: str | None = None

    @property
    def engine_key(self) -> str:
        return f"{self._engine.name}:{self._engine.version}"

    def read_pages(
        self, path: Path, report: ScanReport, skip_pages: Sequence[int] = ()
    ) -> Iterator[PageText]:
        """One ``PageText`` per page in order, leaving out the numbers in ``skip_pages``."""
        skip = frozenset(skip_pages)
        if report.mime_type in PDF_TYPES:
            return self._read_pdf(path, skip)
        if report.mime_type in IMAGE_TYPES:
            return self._read_image(path, PILLOW_FORMATS[report.mime_type], skip)
        raise InvalidDocument("no page reader for this document type", code="unsupported_type")

    # -- PDF -------------------------------------------------------------------------------

    def _read_pdf(self, path: Path, skip: frozenset[int]) -> Iterator[PageText]:
        import pypdfium2 as pdfium

        try:
            with PDFIUM_LOCK:
                pdf = pdfium.PdfDocument(path)
                pages = len(pdf)
        except pdfium.PdfiumError as exc:
            raise InvalidDocument("the PDF cannot be opened", code="pdf_unreadable") from exc
        try:
            for index in range(pages):
                number = index + 1
                if number not in skip:
                    yield self._guarded(number, partial(self._pdf_page, pdf, index))
        finally:
            with PDFIUM_LOCK:
                pdf.close()

    def _pdf_page(self, pdf: pypdfium2.PdfDocument, index: int, stage: _Stage) -> PageText:
        """The text layer when it has real text, else the rendered page through OCR."""
        # pdfium is not thread-safe: every call under the process-wide lock; OCR outside it.
        with PDFIUM_LOCK:
            stage.code = "page_load_failed"
            page = pdf[index]
            try:
                stage.code = "text_layer_failed"
                lines = read_text_layer(page)
                if _visible_chars(lines) >= self._min_text_chars:
                    return self._page(index + 1, lines, TEXT_LAYER_ENGINE, self._layer_version())
                stage.code = "render_failed"
                image = self._render(page)
            finally:
                page.close()  # before OCR: only the bitmap copy stays alive
        stage.code = "ocr_failed"
        return self._ocr(index + 1, image)

    def _render(self, page: pypdfium2.PdfPage) -> Image:
        width, height = page.get_size()
        scale = self._render_dpi / 72.0
        longest = max(width, height) * scale
        if longest > self._max_side_px:
            scale *= self._max_side_px / longest
        bitmap = page.render(scale=scale)
        try:
            # BGR → RGB makes Pillow copy the pixels, so the bitmap can be freed now.
            image: Image = bitmap.to_pil()
            if image.mode != "RGB":
                image = image.convert("RGB")
        finally:
            bitmap.close()
        return image

    def _layer_version(self) -> str:
        if self._text_layer_version is None:
            self._text_layer_version = text_layer_version()
        return self._text_layer_version

    # -- images ----------------------------------------------------------------------------

    def _read_image(
        self, path: Path, formats: tuple[str, ...], skip: frozenset[int]
    ) -> Iterator[PageText]:
        from PIL import Image as PILImage
        from PIL import UnidentifiedImageError

        try:
            # Only the scanned type's plugin parses the file: no guessing among all of Pillow's.
            source = PILImage.open(path, formats=formats)
        except PILImage.DecompressionBombError:
            raise InvalidDocument(
                "the image has too many pixels", code="decompression_bomb"
            ) from None
        except (UnidentifiedImageError, OSError) as exc:
            raise InvalidDocument("the image cannot be opened", code="image_unreadable") from exc
        with source:
            frames = int(getattr(source, "n_frames", 1))
            for index in range(frames):
                number = index + 1
                if number not in skip:
                    yield self._guarded(number, partial(self._frame, source, index))

    def _frame(self, source: Image, index: int, stage: _Stage) -> PageText:
        from PIL import ImageOps

        stage.code = "image_decode_failed"
        source.seek(index)
        width, height = source.size  # from the header: nothing decoded yet
        if width * height > self._max_pixels:
            raise InvalidDocument("the page has too many pixels", code="decompression_bomb")
        if source.format == "JPEG" and max(source.size) > self._max_side_px:
            # Let libjpeg decode at a reduced scale instead of full size then shrink.
            source.draft("RGB", (self._max_side_px, self._max_side_px))
        upright = ImageOps.exif_transpose(source)  # always a copy: one frame alive at a time
        rgb = _to_rgb(upright)
        if rgb is not upright:
            upright.close()
        image = _shrink_to_fit(rgb, self._max_side_px)
        if image is not rgb:
            rgb.close()
        stage.code = "ocr_failed"
        return self._ocr(index + 1, image)

    # -- shared ----------------------------------------------------------------------------

    def _ocr(self, number: int, image: Image) -> PageText:
        try:
            lines = self._engine.recognize(image)
        finally:
            image.close()
        return self._page(number, lines, self._engine.name, self._engine.version)

    @staticmethod
    def _page(number: int, lines: Sequence[TextLine], engine: str, version: str) -> PageText:
        return PageText(
            page_number=number, lines=tuple(lines), engine=engine, engine_version=version
        )

    def _guarded(self, number: int, read: Callable[[_Stage], PageText]) -> PageText:
        """Read one page in its own span: page number, engine, outcome, error code."""
        with work_span("ocr page", {"docpipe.page_number": number}) as span:
            page = self._read_page(number, read)
            span.set_attribute("docpipe.engine", page.engine)
            span.set_attribute("docpipe.outcome", page.status)
            if page.error_code:
                set_error(span, page.error_code)
            return page

    def _read_page(self, number: int, read: Callable[[_Stage], PageText]) -> PageText:
        """Read one page. Only a fault in the page's own bytes becomes a failed page (coded
        by the step that broke); everything else propagates and no page is returned."""
        start = time.perf_counter()
        stage = _Stage()
        try:
            page = read(stage)
        except Interrupt:
            raise  # lost lease, time limit, shutdown: never a page result (BaseException anyway)
        except InvalidDocument as exc:
            return self._failed_page(number, exc.code, exc, start)
        except DocpipeError:
            raise  # transient, rate limit, configuration: about the run, not the page
        except MemoryError:
            # The process is short of memory (pages are rendered within a pixel cap).
            raise TransientError(
                "out of memory while reading a page", code="page_out_of_memory"
            ) from None
        except Exception as exc:  # noqa: BLE001 - page-level faults are contained to the page
            if stage.code == "ocr_failed":
                # The page was decoded; the engine broke on it. Retry rather than lose the page.
                logger.warning("page %d: OCR engine fault (%s)", number, type(exc).__name__)
                raise TransientError(
                    "the OCR engine failed on a page", code="ocr_engine_failed"
                ) from None
            return self._failed_page(number, stage.code, exc, start)
        duration = _elapsed_ms(start)
        logger.debug(
            "page %d read by %s in %d ms, %d lines", number, page.engine, duration, len(page.lines)
        )
        return replace(page, duration_ms=duration)

    def _failed_page(self, number: int, code: str, exc: Exception, start: float) -> PageText:
        # Codes and types only: exception texts may carry file names or page text.
        logger.warning("page %d failed: %s (%s)", number, code, type(exc).__name__)
        return PageText(
            page_number=number,
            lines=(),
            engine=self._engine.name,
            engine_version=self._engine.version,
            status="failed",
            error_code=code,
            duration_ms=_elapsed_ms(start),
        )
