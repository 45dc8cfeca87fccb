"""FileScanner: real type from bytes, limits, and refusal of unsafe files."""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from adapters.documents.scanner import FileScanner, sha256_file, sniff_mime
from pipeline.errors import InvalidDocument
from pipeline.ports import DocumentScanner, ScanReport

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDF, PNG, JPEG, TIFF = "application/pdf", "image/png", "image/jpeg", "image/tiff"


def scan(path: Path, claimed: str, **limits: int) -> ScanReport:
    scanner: DocumentScanner = FileScanner(**limits)
    return scanner.scan(path, claimed)


def rejection(path: Path, claimed: str, **limits: int) -> InvalidDocument:
    with pytest.raises(InvalidDocument) as info:
        scan(path, claimed, **limits)
    return info.value


# ---------------------------------------------------------------- builders


def build_pdf(objects: list[bytes], *, catalog_extra: bytes = b"") -> bytes:
    """A valid one-page PDF; ``objects`` are appended after the page tree as 5, 6, ... 0 obj."""
    content = b"BT /F1 12 Tf 72 720 Td (synthetic) Tj ET"
    body = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *objects,
    ]
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for number, obj in enumerate(body, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(out)


def stream_obj(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims the given size, with one tiny IDAT: a decompression bomb shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reportlab_pdf(path: Path, pages: int, size: tuple[float, float] = (612, 792)) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=size, invariant=1)
    for number in range(pages):
        pdf.drawString(72, 72, f"page {number + 1}")
        pdf.showPage()
    pdf.save()
    return path


# ---------------------------------------------------------------- committed samples

GOOD_SAMPLES = [
    ("lab_report.pdf", PDF, PDF, True),
    ("prescription_scan.pdf", PDF, PDF, False),
    ("discharge_summary.pdf", PDF, PDF, True),
    ("vaccination_record.jpg", "image/jpg", JPEG, False),
]


@pytest.mark.parametrize(("name", "claimed", "mime", "text_layer"), GOOD_SAMPLES)
def test_good_samples_are_accepted_with_true_facts(
    name: str, claimed: str, mime: str, text_layer: bool
) -> None:
    path = SAMPLES / name
    truth = json.loads((SAMPLES / f"{path.stem}.truth.json").read_text(encoding="utf-8"))

    report = scan(path, claimed)

    assert report.mime_type == mime
    assert report.page_count == truth["page_count"]
    assert report.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert report.size_bytes == path.stat().st_size
    assert report.has_text_layer is text_layer
    assert report.warnings == ()


@pytest.mark.parametrize(
    ("name", "claimed", "code"),
    [
        ("corrupt.pdf", PDF, "truncated_file"),
        ("encrypted.pdf", PDF, "encrypted_pdf"),
        ("javascript.pdf", PDF, "active_content"),
        ("empty.pdf", PDF, "empty_file"),
        ("fake.png", PNG, "type_mismatch"),
    ],
)
def test_bad_samples_are_rejected_with_their_code(name: str, claimed: str, code: str) -> None:
    assert rejection(SAMPLES / name, claimed).code == code


def test_a_pdf_named_png_is_fine_when_the_claim_matches_its_bytes() -> None:
    report = scan(SAMPLES / "fake.png", PDF)
    assert report.mime_type == PDF
    assert report.sha256 == sha256_file(SAMPLES / "lab_report.pdf")


# ---------------------------------------------------------------- claimed types


@pytest.mark.parametrize("claimed", ["APPLICATION/PDF", "application/pdf; charset=binary"])
def test_claim_is_normalised(claimed: str) -> None:
    assert scan(SAMPLES / "lab_report.pdf", claimed).mime_type == PDF


def test_generic_claim_is_accepted_with_a_warning() -> None:
    report = scan(SAMPLES / "lab_report.pdf", "application/octet-stream")
    assert report.mime_type == PDF
    assert report.warnings == ("claimed_mime_generic",)


@pytest.mark.parametrize("claimed", [JPEG, "text/plain", TIFF])
def test_claim_of_another_type_is_a_mismatch(claimed: str) -> None:
    assert rejection(SAMPLES / "lab_report.pdf", claimed).code == "type_mismatch"


def test_jpeg_claimed_as_png_is_a_mismatch() -> None:
    assert rejection(SAMPLES / "vaccination_record.jpg", PNG).code == "type_mismatch"


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a" + b"\x00" * 64,
        b"just some plain text, not a document\n",
        b"PK\x03\x04" + b"\x00" * 64,
        b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64,
    ],
)
def test_other_types_are_unsupported(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "upload.bin", data)
    assert rejection(path, "application/octet-stream").code == "unsupported_type"


def test_sniffing_ignores_the_name_and_reads_magic_bytes() -> None:
    assert sniff_mime(b"%PDF-1.7\n") == PDF
    assert sniff_mime(b"\r\n%PDF-1.4\n") == PDF  # junk before the header, as readers allow
    assert sniff_mime(b"\x89PNG\r\n\x1a\n") == PNG
    assert sniff_mime(b"\xff\xd8\xff\xe0") == JPEG
    assert sniff_mime(b"II*\x00") == TIFF
    assert sniff_mime(b"MM\x00*") == TIFF
    assert sniff_mime(b"hello") is None


# ---------------------------------------------------------------- size and page limits


def test_file_over_the_byte_limit_is_too_large() -> None:
    assert rejection(SAMPLES / "lab_report.pdf", PDF, max_bytes=1000).code == "too_large"


def test_pdf_over_the_default_page_limit_is_rejected(tmp_path: Path) -> None:
    path = reportlab_pdf(tmp_path / "long.pdf", pages=51)
    error = rejection(path, PDF)
    assert error.code == "too_many_pages"
    assert "51" in str(error)
    assert scan(reportlab_pdf(tmp_path / "ok.pdf", pages=50), PDF).page_count == 50


def test_page_limit_is_a_constructor_parameter() -> None:
    path = SAMPLES / "discharge_summary.pdf"
    assert rejection(path, PDF, max_pages=2).code == "too_many_pages"
    assert scan(path, PDF, max_pages=3).page_count == 3


def test_multipage_tiff_counts_frames_and_obeys_the_page_limit(tmp_path: Path) -> None:
    frames = [Image.new("L", (200, 100), shade) for shade in (0, 128, 255)]
    path = tmp_path / "scan.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_deflate")

    report = scan(path, "image/tif")
    assert (report.mime_type, report.page_count, report.has_text_layer) == (TIFF, 3, False)
    assert rejection(path, TIFF, max_pages=2).code == "too_many_pages"


# ---------------------------------------------------------------- bombs and broken files


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (9_000, 7_000),  # 63 Mpx: over our limit, under Pillow's own warning threshold
        (20_000, 5_000),  # 100 Mpx: Pillow warns
        (100_000, 100_000),  # 10 Gpx: Pillow raises
    ],
)
def test_png_header_claiming_huge_size_is_a_bomb(tmp_path: Path, width: int, height: int) -> None:
    path = write(tmp_path, "bomb.png", png_header_only(width, height))
    assert rejection(path, PNG).code == "decompression_bomb"


def test_pixel_limit_is_a_constructor_parameter() -> None:
    error = rejection(SAMPLES / "vaccination_record.jpg", JPEG, max_pixels=1_000_000)
    assert error.code == "decompression_bomb"


def test_png_header_with_missing_pixels_is_truncated(tmp_path: Path) -> None:
    # Small enough to pass the pixel limit, but the pixel data is not all there.
    path = write(tmp_path, "short.png", png_header_only(400, 300))
    assert rejection(path, PNG).code == "truncated_file"


def test_truncated_jpeg_is_rejected(tmp_path: Path) -> None:
    data = (SAMPLES / "vaccination_record.jpg").read_bytes()
    path = write(tmp_path, "cut.jpg", data[: len(data) // 2])
    assert rejection(path, JPEG).code == "truncated_file"


def test_valid_png_is_accepted(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 220, 240)).save(buf, "PNG")
    path = write(tmp_path, "photo.png", buf.getvalue())
    report = scan(path, "image/x-png")
    assert (report.mime_type, report.page_count) == (PNG, 1)


def test_pdf_without_eof_marker_is_truncated(tmp_path: Path) -> None:
    data = (SAMPLES / "lab_report.pdf").read_bytes()
    path = write(tmp_path, "cut.pdf", data.replace(b"%%EOF", b"%%XXX"))
    assert rejection(path, PDF).code == "truncated_file"


def test_unparseable_pdf_with_eof_marker_is_truncated(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.pdf", b"%PDF-1.4\n" + b"garbage " * 50 + b"\n%%EOF\n")
    assert rejection(path, PDF).code == "truncated_file"


def test_pdf_page_too_big_to_render_is_a_bomb(tmp_path: Path) -> None:
    # 200 x 200 inches: 3.6 Gpx at 300 dpi.
    path = reportlab_pdf(tmp_path / "poster.pdf", pages=1, size=(14_400, 14_400))
    assert rejection(path, PDF).code == "decompression_bomb"


def test_pdf_embedding_a_huge_image_is_a_bomb(tmp_path: Path) -> None:
    pixels = zlib.compress(b"\x00" * 1024)
    image = stream_obj(
        pixels,
        b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
        b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
    )
    path = write(tmp_path, "bomb.pdf", build_pdf([image]))
    assert rejection(path, PDF).code == "decompression_bomb"


# ---------------------------------------------------------------- active content


@pytest.mark.parametrize(
    ("catalog_extra", "objects"),
    [
        (b"/OpenAction 5 0 R", [b"<< /S /JavaScript /JS (app.alert(1)) >>"]),
        (b"/OpenAction 5 0 R", [b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>"]),
        (b"/OpenAction 5 0 R", [b"<< /S /Launch /F (calc.exe) >>"]),
        (b"/Names << /EmbeddedFiles 5 0 R >>", [b"<< /Names [] >>"]),
        (b"/AA << /WC 5 0 R >>", [b"<< /S /GoTo /D [3 0 R /Fit] >>"]),
        (b"/AcroForm << /Fields [] /XFA 5 0 R >>", [stream_obj(b"<xdp:xdp/>")]),
        (b"", [b"<< /Type /Annot /Subtype /RichMedia /Rect [0 0 1 1] >>"]),
    ],
    ids=["javascript", "hex-obfuscated", "launch", "embedded-file", "aa", "xfa", "richmedia"],
)
def test_active_content_is_rejected(
    tmp_path: Path, catalog_extra: bytes, objects: list[bytes]
) -> None:
    path = write(tmp_path, "active.pdf", build_pdf(objects, catalog_extra=catalog_extra))
    assert rejection(path, PDF).code == "active_content"


def test_javascript_hidden_in_a_compressed_object_stream_is_found(tmp_path: Path) -> None:
    hidden = b"<< /S /JavaScript /JS (app.alert(1)) >>"
    packed = zlib.compress(b"6 0 " + hidden)
    objstm = stream_obj(packed, b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode")
    path = write(tmp_path, "objstm.pdf", build_pdf([objstm], catalog_extra=b"/OpenAction 6 0 R"))
    assert b"JavaScript" not in path.read_bytes()
    assert rejection(path, PDF).code == "active_content"


def test_benign_open_action_and_stream_bytes_are_not_active_content(tmp_path: Path) -> None:
    # A GoTo open action is ordinary; names inside content or image streams are never run.
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(2048)) + b" /JS /AA /Launch "
    image = stream_obj(
        noise,
        b"/Type /XObject /Subtype /Image /Width 32 /Height 64 "
        b"/ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    path = write(
        tmp_path, "benign.pdf", build_pdf([image], catalog_extra=b"/OpenAction [3 0 R /Fit]")
    )
    report = scan(path, PDF)
    assert (report.page_count, report.has_text_layer) == (1, True)


# ---------------------------------------------------------------- hashing and PHI


def test_sha256_streams_files_bigger_than_one_chunk(tmp_path: Path) -> None:
    data = random.Random(3).randbytes(2_500_000)
    path = write(tmp_path, "big.bin", data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("sample", "claimed"),
    [
        ("corrupt.pdf", PDF),
        ("encrypted.pdf", PDF),
        ("javascript.pdf", PDF),
        ("empty.pdf", PDF),
        ("fake.png", PNG),
        ("vaccination_record.jpg", "text/plain"),
    ],
)
def test_rejection_messages_do_not_name_the_file(tmp_path: Path, sample: str, claimed: str) -> None:
    stem = "Jane_Testpatient_1980-01-01"
    path = write(tmp_path, stem + Path(sample).suffix, (SAMPLES / sample).read_bytes())
    error = rejection(path, claimed)
    assert "Jane" not in str(error)
    assert "Testpatient" not in str(error)
    assert str(tmp_path) not in str(error)
