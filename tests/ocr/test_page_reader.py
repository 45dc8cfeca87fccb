"""DocumentPageReader: text layer vs OCR per page, skips, per-page failures, image inputs."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from dramatiq.middleware.time_limit import TimeLimitExceeded
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from adapters.ocr.metrics import character_error_rate
from adapters.ocr.page_reader import DocumentPageReader
from adapters.ocr.rapid import RapidOcrEngine
from pipeline.errors import InvalidDocument, LeaseLost, TransientError
from pipeline.ports import PageReader, PageText, ScanReport, TextLine

PageMaker = Callable[..., Image.Image]
PDF = ScanReport(mime_type="application/pdf", page_count=3, sha256="0" * 64, size_bytes=1)


def _report(mime: str, pages: int = 1) -> ScanReport:
    return ScanReport(mime_type=mime, page_count=pages, sha256="0" * 64, size_bytes=1)


class FakeEngine:
    """Reports the size of each image it gets; fails on the calls listed in ``fail_on``."""

    name = "fake"
    version = "1.0"

    def __init__(self, fail_on: Sequence[int] = (), error: BaseException | None = None) -> None:
        self.calls = 0
        self.sizes: list[tuple[int, int]] = []
        self._fail_on = set(fail_on)
        self._error = error or RuntimeError("engine blew up on secret page text")

    def recognize(self, image: Image.Image) -> list[TextLine]:
        self.calls += 1
        self.sizes.append(image.size)
        if self.calls in self._fail_on:
            raise self._error
        return [TextLine(f"{image.width}x{image.height}", (0.1, 0.1, 0.9, 0.2), 0.9)]


def _scanned_pdf(path: Path, pages: Sequence[Image.Image]) -> Path:
    """Image-only pages (no text layer), like a scanner's output."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for image in pages:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        pdf.drawImage(ImageReader(buffer), 0, 0, width, height)
        pdf.showPage()
    pdf.save()
    return path


def _mixed_pdf(path: Path, scan: Image.Image) -> Path:
    """Page 1 born-digital text, page 2 a scan, page 3 born-digital text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2, 3):
        if page == 2:
            buffer = io.BytesIO()
            scan.save(buffer, format="PNG")
            buffer.seek(0)
            pdf.drawImage(ImageReader(buffer), 0, 0, *A4)
            pdf.drawString(500, 20, "p. 2")  # a stamp too short to count as a text layer
        else:
            pdf.setFont("Helvetica", 12)
            pdf.drawString(72, 780, f"Discharge summary page {page} of 3")
            pdf.drawString(72, 756, "Diagnosis: community acquired pneumonia")
        pdf.showPage()
    pdf.save()
    return path


def test_reader_satisfies_the_port() -> None:
    reader: PageReader = DocumentPageReader(FakeEngine())  # mypy checks the port's shape
    assert reader.engine_key == "fake:1.0"


def test_text_layer_pages_skip_ocr_and_scanned_pages_are_rendered(
    tmp_path: Path, make_page: PageMaker
) -> None:
    engine = FakeEngine()
    path = _mixed_pdf(tmp_path / "mixed.pdf", make_page())
    pages = list(DocumentPageReader(engine, render_dpi=100).read_pages(path, PDF))

    assert [p.page_number for p in pages] == [1, 2, 3]
    assert [p.engine for p in pages] == ["pdf-text-layer", "fake", "pdf-text-layer"]
    assert pages[0].text == (
        "Discharge summary page 1 of 3\nDiagnosis: community acquired pneumonia"
    )
    assert pages[0].lines[0].confidence == 1.0
    assert pages[0].engine_version.startswith("pypdfium2-")
    # A4 at 100 dpi is 827 x 1170 px.
    assert engine.sizes == [(827, 1170)]
    assert all(p.status == "ok" and p.duration_ms >= 0 for p in pages)


def test_skip_pages_are_not_read_at_all(tmp_path: Path, make_page: PageMaker) -> None:
    engine = FakeEngine()
    path = _scanned_pdf(tmp_path / "scan.pdf", [make_page()] * 3)
    pages = list(DocumentPageReader(engine, render_dpi=50).read_pages(path, PDF, [1, 3]))
    assert [p.page_number for p in pages] == [2]
    assert engine.calls == 1


def _fail_render_on(reader: DocumentPageReader, pages: set[int], error: BaseException) -> None:
    """Make ``reader._render`` raise ``error`` for the listed 1-based page numbers."""
    original = reader._render
    calls = iter(range(1, 1000))

    def render(page: Any) -> Image.Image:
        if next(calls) in pages:
            raise error
        return original(page)

    reader._render = render  # type: ignore[method-assign]


def test_a_page_that_cannot_be_rendered_is_flagged_and_the_others_go_on(
    tmp_path: Path, make_page: PageMaker, caplog: pytest.LogCaptureFixture
) -> None:
    path = _scanned_pdf(tmp_path / "scan.pdf", [make_page()] * 3)
    reader = DocumentPageReader(FakeEngine(), render_dpi=50)
    _fail_render_on(reader, {2}, pdfium.PdfiumError("secret page text"))
    with caplog.at_level(logging.DEBUG, logger="adapters.ocr"):
        pages = list(reader.read_pages(path, PDF))

    assert [(p.page_number, p.status) for p in pages] == [(1, "ok"), (2, "failed"), (3, "ok")]
    failed = pages[1]
    assert failed.error_code == "render_failed"
    assert failed.lines == ()
    assert failed.engine == "fake"
    assert pages[0].text and pages[2].text
    # The log names the page and the code, never the exception's text.
    assert "secret" not in caplog.text
    assert "render_failed" in caplog.text


def test_transient_errors_propagate_for_a_retry(tmp_path: Path, make_page: PageMaker) -> None:
    engine = FakeEngine(fail_on=[2], error=TransientError("vendor timeout"))
    path = _scanned_pdf(tmp_path / "scan.pdf", [make_page()] * 3)
    reader = DocumentPageReader(engine, render_dpi=50)
    done: list[PageText] = []
    with pytest.raises(TransientError):
        done.extend(reader.read_pages(path, PDF))
    assert [p.page_number for p in done] == [1]
    # The retry skips the finished page and reads the rest.
    retry = list(DocumentPageReader(FakeEngine(), render_dpi=50).read_pages(path, PDF, [1]))
    assert [p.page_number for p in retry] == [2, 3]


@pytest.mark.parametrize(
    ("where", "error", "code"),
    [
        ("engine", RuntimeError("onnxruntime fault on secret page text"), "ocr_engine_failed"),
        ("engine", MemoryError(), "page_out_of_memory"),
        ("render", MemoryError(), "page_out_of_memory"),
    ],
    ids=["engine-fault", "engine-oom", "render-oom"],
)
def test_process_faults_are_retried_not_flagged(
    tmp_path: Path, make_page: PageMaker, where: str, error: BaseException, code: str
) -> None:
    """An engine fault or memory shortage says nothing about the page: no failed page is
    returned (it would be stored as final); the attempt fails and the retry reads it."""
    path = _scanned_pdf(tmp_path / "scan.pdf", [make_page()] * 3)
    engine = FakeEngine(fail_on=[2], error=error) if where == "engine" else FakeEngine()
    reader = DocumentPageReader(engine, render_dpi=50)
    if where == "render":
        _fail_render_on(reader, {2}, error)
    done: list[PageText] = []
    with pytest.raises(TransientError) as caught:
        done.extend(reader.read_pages(path, PDF))
    assert caught.value.code == code
    assert "secret" not in caught.value.message
    assert [(p.page_number, p.status) for p in done] == [(1, "ok")]


@pytest.mark.parametrize(
    "interrupt", [LeaseLost, TimeLimitExceeded], ids=["lease_lost", "time_limit"]
)
def test_interrupts_pass_through_a_page_read(
    tmp_path: Path, make_page: PageMaker, interrupt: type[BaseException]
) -> None:
    """_guarded never turns a lost lease (or a time limit) into a failed page."""
    path = _scanned_pdf(tmp_path / "scan.pdf", [make_page()] * 3)
    reader = DocumentPageReader(FakeEngine(fail_on=[2], error=interrupt()), render_dpi=50)
    done: list[PageText] = []
    with pytest.raises(interrupt):
        done.extend(reader.read_pages(path, PDF))
    assert [(p.page_number, p.status) for p in done] == [(1, "ok")]


def test_huge_pages_are_rendered_within_the_pixel_cap(tmp_path: Path) -> None:
    path = tmp_path / "poster.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(72 * 60, 72 * 40))  # 60 x 40 inches
    pdf.drawString(10, 10, ".")
    pdf.showPage()
    pdf.save()
    engine = FakeEngine()
    list(DocumentPageReader(engine, render_dpi=200, max_side_px=1000).read_pages(path, PDF))
    assert engine.sizes == [(1000, 667)]


def test_multi_frame_tiff_reads_every_frame(tmp_path: Path) -> None:
    frames = [Image.new("L", (300 + 10 * i, 400), 255) for i in range(3)]
    path = tmp_path / "fax.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    engine = FakeEngine()
    pages = list(DocumentPageReader(engine).read_pages(path, _report("image/tiff", 3)))
    assert [(p.page_number, p.status) for p in pages] == [(1, "ok"), (2, "ok"), (3, "ok")]
    assert engine.sizes == [(300, 400), (310, 400), (320, 400)]
    skipped = list(DocumentPageReader(FakeEngine()).read_pages(path, _report("image/tiff", 3), [2]))
    assert [p.text for p in skipped] == ["300x400", "320x400"]


def test_a_frame_over_the_pixel_limit_is_flagged_before_decoding(tmp_path: Path) -> None:
    """The reader's own pixel limit, not only Pillow's global one: frame 2 is too big."""
    frames = [Image.new("L", size, 255) for size in ((300, 400), (500, 400), (320, 400))]
    path = tmp_path / "fax.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    engine = FakeEngine()
    reader = DocumentPageReader(engine, max_pixels=150_000)
    pages = list(reader.read_pages(path, _report("image/tiff", 3)))
    assert [(p.status, p.error_code) for p in pages] == [
        ("ok", None),
        ("failed", "decompression_bomb"),
        ("ok", None),
    ]
    assert engine.sizes == [(300, 400), (320, 400)]  # the big frame never reached OCR


@pytest.mark.parametrize(
    ("saved_as", "told"),
    [("PNG", "image/jpeg"), ("JPEG", "image/tiff"), ("GIF", "image/png"), ("BMP", "image/png")],
)
def test_only_the_scanned_image_format_is_decoded(tmp_path: Path, saved_as: str, told: str) -> None:
    """Pillow may use only the decoder of the type the scan found, never guess another."""
    path = tmp_path / "page.img"
    Image.new("RGB", (300, 400), "white").save(path, format=saved_as)
    with pytest.raises(InvalidDocument) as caught:
        list(DocumentPageReader(FakeEngine()).read_pages(path, _report(told)))
    assert caught.value.code == "image_unreadable"


def test_exif_orientation_is_applied_and_big_photos_shrink(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    Image.new("RGB", (1200, 800), "white").save(path, exif=exif.tobytes())
    engine = FakeEngine()
    pages = list(DocumentPageReader(engine).read_pages(path, _report("image/jpeg")))
    assert pages[0].status == "ok"
    assert engine.sizes == [(800, 1200)]

    engine = FakeEngine()
    list(DocumentPageReader(engine, max_side_px=600).read_pages(path, _report("image/jpeg")))
    assert engine.sizes == [(400, 600)]


def test_unreadable_documents_are_invalid(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"%PDF-1.7\nnot really a pdf")
    reader = DocumentPageReader(FakeEngine())
    with pytest.raises(InvalidDocument) as caught:
        list(reader.read_pages(junk, PDF))
    assert caught.value.code == "pdf_unreadable"
    with pytest.raises(InvalidDocument) as caught:
        list(reader.read_pages(junk, _report("image/png")))
    assert caught.value.code == "image_unreadable"
    with pytest.raises(InvalidDocument) as caught:
        list(reader.read_pages(junk, _report("application/zip")))
    assert caught.value.code == "unsupported_type"


def test_real_ocr_on_a_scanned_pdf_page(
    tmp_path: Path,
    rapid_engine: RapidOcrEngine,
    make_page: PageMaker,
    clean_lines: Sequence[str],
) -> None:
    path = _scanned_pdf(tmp_path / "scan.pdf", [make_page()])
    reader = DocumentPageReader(rapid_engine, render_dpi=150)
    (page,) = reader.read_pages(path, PDF)
    assert page.engine == "rapidocr"
    assert page.status == "ok"
    assert character_error_rate("\n".join(clean_lines), page.text) < 0.02
    assert page.duration_ms > 0


class _Recorder(FakeEngine):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[Image.Image] = []

    def recognize(self, image: Image.Image) -> list[TextLine]:
        self.images.append(image.copy())
        return super().recognize(image)


def test_transparent_and_16_bit_scans_keep_dark_text_on_white(tmp_path: Path) -> None:
    transparent = Image.new("RGBA", (200, 100), (0, 0, 0, 0))  # transparent *black*
    transparent.paste((0, 0, 0, 255), (50, 40, 150, 60))  # opaque black "text"
    png = tmp_path / "logo.png"
    transparent.save(png)

    deep = Image.new("I;16", (200, 100), 60000)  # 16-bit paper
    deep.paste(1000, (50, 40, 150, 60))  # dark ink
    tiff = tmp_path / "deep.tiff"
    deep.save(tiff)

    for path, mime in ((png, "image/png"), (tiff, "image/tiff")):
        engine = _Recorder()
        (page,) = DocumentPageReader(engine).read_pages(path, _report(mime))
        assert page.status == "ok"
        (image,) = engine.images
        assert image.mode == "RGB"
        assert image.getpixel((5, 5)) == (255, 255, 255), mime
        assert image.getpixel((100, 50)) == (0, 0, 0), mime
