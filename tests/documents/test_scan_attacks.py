"""FileScanner against hand-made hostile PDFs: hidden active content, bombs, polyglots.

Every fixture is built here from raw bytes, so each test shows exactly which trick
it plays. Objects can be placed in an object stream encoded in any way a reader
accepts (escaped names, predictors, ASCIIHex, filter chains), listed in a
cross-reference stream as real writers do.
"""

from __future__ import annotations

import base64
import io
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from adapters.documents.scanner import FileScanner, sniff_mime
from pipeline.errors import InvalidDocument
from pipeline.ports import ScanReport

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDF = "application/pdf"
TEXT = b"BT /F1 12 Tf 72 720 Td (synthetic) Tj ET"
FONT = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"

# ---------------------------------------------------------------- encodings of a stream body

Encoding = Callable[[bytes], tuple[bytes, bytes]]  # body -> (encoded, dictionary entries)


def plain(data: bytes) -> tuple[bytes, bytes]:
    return data, b""


def flate(data: bytes) -> tuple[bytes, bytes]:
    return zlib.compress(data), b"/Filter /FlateDecode"


def flate_png_predictor(data: bytes, columns: int = 8) -> tuple[bytes, bytes]:
    """PNG "Up" predictor rows, then Flate: inflating alone gives row deltas, not the text."""
    data += b" " * (-len(data) % columns)
    rows, previous = [], bytes(columns)
    for start in range(0, len(data), columns):
        row = data[start : start + columns]
        rows.append(b"\x02" + bytes((a - b) % 256 for a, b in zip(row, previous, strict=True)))
        previous = row
    return (
        zlib.compress(b"".join(rows)),
        b"/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns %d >>" % columns,
    )


def ascii_hex(data: bytes) -> tuple[bytes, bytes]:
    return data.hex().encode() + b">", b"/Filter /ASCIIHexDecode"


def ascii85_then_flate(data: bytes) -> tuple[bytes, bytes]:
    return (
        base64.a85encode(zlib.compress(data)) + b"~>",
        b"/Filter [/ASCII85Decode /FlateDecode]",
    )


def made_up_filter(data: bytes) -> tuple[bytes, bytes]:
    return data, b"/Filter /FooDecode"


# ---------------------------------------------------------------- PDF builder


def catalog(extra: bytes = b"") -> bytes:
    return b"<< /Type /Catalog /Pages 2 0 R " + extra + b" >>"


def page(extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
        + FONT
        + b" /Contents 4 0 R "
        + extra
        + b" >>"
    )


def stream(data: bytes, entries: bytes = b"", encoding: Encoding = plain) -> bytes:
    body, filters = encoding(data)
    return (
        b"<< /Length %d %s %s >>\nstream\n" % (len(body), entries, filters) + body + b"\nendstream"
    )


def build(
    objects: dict[int, bytes] | None = None,
    *,
    compressed: frozenset[int] = frozenset(),
    objstm_encoding: Encoding = flate,
    objstm_type: bytes = b"/ObjStm",
) -> bytes:
    """A one-page PDF 1.5 with a cross-reference stream.

    Objects 1-4 are the catalog, page tree, page and its content; ``objects``
    replaces or adds to them. Object numbers in ``compressed`` are stored in one
    object stream, encoded with ``objstm_encoding``.
    """
    table = {1: catalog(), 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: page()}
    table[4] = stream(TEXT)
    table.update(objects or {})
    size = max(table) + 3  # room for the object stream and the xref stream
    objstm_number, xref_number = size - 2, size - 1

    members = [number for number in sorted(table) if number in compressed]
    entries: dict[int, tuple[int, int, int]] = {}
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    for number in sorted(table):
        if number in compressed:
            continue
        entries[number] = (1, len(out), 0)
        out += b"%d 0 obj\n" % number + table[number] + b"\nendobj\n"
    if members:
        header, payload = bytearray(), bytearray()
        for index, number in enumerate(members):
            entries[number] = (2, objstm_number, index)
            header += b"%d %d " % (number, len(payload))
            payload += table[number] + b"\n"
        dictionary = b"/Type %s /N %d /First %d" % (objstm_type, len(members), len(header))
        entries[objstm_number] = (1, len(out), 0)
        out += b"%d 0 obj\n" % objstm_number
        out += stream(bytes(header + payload), dictionary, objstm_encoding) + b"\nendobj\n"
    entries[xref_number] = (1, len(out), 0)
    rows = b"".join(
        bytes([kind]) + field2.to_bytes(4, "big") + field3.to_bytes(2, "big")
        for kind, field2, field3 in (entries.get(n, (0, 0, 0)) for n in range(size))
    )
    xref_at = len(out)
    out += b"%d 0 obj\n" % xref_number
    out += stream(rows, b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % size)
    out += b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def scan(tmp_path: Path, data: bytes, claimed: str = PDF, **limits: int) -> ScanReport:
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    return FileScanner(**limits).scan(path, claimed)


def rejection(tmp_path: Path, data: bytes, claimed: str = PDF, **limits: int) -> InvalidDocument:
    with pytest.raises(InvalidDocument) as info:
        scan(tmp_path, data, claimed, **limits)
    return info.value


def zeros_flate(size: int) -> bytes:
    """``size`` zero bytes, Flate-compressed in pieces (the test never holds them all)."""
    packer = zlib.compressobj(9)
    piece = bytes(1024 * 1024)
    parts = [packer.compress(piece) for _ in range(size // len(piece))]
    return b"".join([*parts, packer.flush()])


def raw_stream(body: bytes, entries: bytes) -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(body), entries) + body + b"\nendstream"


JS_ACTION = b"<< /S /JavaScript /JS (app.alert(1)) >>"

# ---------------------------------------------------------------- the builder makes good PDFs


@pytest.mark.parametrize(
    "encoding",
    [flate, flate_png_predictor, ascii_hex, ascii85_then_flate],
    ids=lambda e: e.__name__,
)
def test_benign_pdf_with_object_stream_in_any_encoding_is_accepted(
    tmp_path: Path, encoding: Encoding
) -> None:
    # The same builder as the attacks below, without the attack: a clean document passes.
    data = build(
        {1: catalog(b"/OpenAction [3 0 R /Fit]"), 3: page()},
        compressed=frozenset({1, 2, 3}),
        objstm_encoding=encoding,
    )
    report = scan(tmp_path, data)
    assert (report.page_count, report.has_text_layer) == (1, True)


# ---------------------------------------------------------------- hidden active content


@pytest.mark.parametrize(
    ("encoding", "objstm_type"),
    [
        (flate, b"/Obj#53tm"),  # an escaped name hides the stream's type from byte patterns
        (flate_png_predictor, b"/ObjStm"),  # inflating without the predictor gives noise
        (ascii_hex, b"/ObjStm"),
        (ascii85_then_flate, b"/ObjStm"),  # a filter chain
        (flate_png_predictor, b"/Obj#53tm"),
    ],
    ids=["escaped-type", "png-predictor", "asciihex", "filter-chain", "predictor-and-escape"],
)
def test_javascript_open_action_in_an_encoded_object_stream_is_found(
    tmp_path: Path, encoding: Encoding, objstm_type: bytes
) -> None:
    data = build(
        {1: catalog(b"/OpenAction 5 0 R"), 5: JS_ACTION},
        compressed=frozenset({1, 5}),
        objstm_encoding=encoding,
        objstm_type=objstm_type,
    )
    assert b"JavaScript" not in data
    assert rejection(tmp_path, data).code == "active_content"


LINK = b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A %s >>"
WIDGET = b"<< /Type /Annot /Subtype /Widget /FT /Btn /T (b) /Rect [0 0 9 9] /A %s >>"

ACTIVE_CASES: dict[str, dict[int, bytes]] = {
    "page-aa": {3: page(b"/AA << /O 5 0 R >>"), 5: b"<< /S /GoTo /D [3 0 R /Fit] >>"},
    "annotation-launch": {
        3: page(b"/Annots [5 0 R]"),
        5: LINK % b"<< /S /Launch /F (calc.exe) >>",
    },
    "widget-submitform": {
        1: catalog(b"/AcroForm << /Fields [5 0 R] >>"),
        3: page(b"/Annots [5 0 R]"),
        5: WIDGET % b"<< /S /SubmitForm /F (https://example.invalid/x) >>",
    },
    "link-gotor": {3: page(b"/Annots [5 0 R]"), 5: LINK % b"<< /S /GoToR /F (other.pdf) >>"},
    "link-gotoe": {3: page(b"/Annots [5 0 R]"), 5: LINK % b"<< /S /GoToE /T << /R /C >> >>"},
    "link-importdata": {
        3: page(b"/Annots [5 0 R]"),
        5: LINK % b"<< /S /ImportData /F (data.fdf) >>",
    },
    "open-action-next-chain": {
        1: catalog(b"/OpenAction 5 0 R"),
        5: b"<< /S /GoTo /D [3 0 R /Fit] /Next 6 0 R >>",
        6: b"<< /S /GoTo /D [3 0 R /FitH 700] /Next [7 0 R] >>",
        7: JS_ACTION,
    },
    "names-javascript": {
        1: catalog(b"/Names << /JavaScript << /Names [(a) 5 0 R] >> >>"),
        5: JS_ACTION,
    },
    "names-embedded-file": {
        1: catalog(b"/Names << /EmbeddedFiles << /Names [(a.txt) 5 0 R] >> >>"),
        5: b"<< /Type /Filespec /F (a.txt) /EF << /F 6 0 R >> >>",
        6: stream(b"payload", b"/Type /EmbeddedFile"),
    },
    "file-attachment-annotation": {
        3: page(b"/Annots [5 0 R]"),
        5: b"<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9] /FS (a.txt) >>",
    },
    "richmedia": {
        3: page(b"/Annots [5 0 R]"),
        5: b"<< /Type /Annot /Subtype /RichMedia /Rect [0 0 1 1] >>",
    },
    "screen": {
        3: page(b"/Annots [5 0 R]"),
        5: b"<< /Type /Annot /Subtype /Screen /Rect [0 0 1 1] >>",
    },
    "xfa": {
        1: catalog(b"/AcroForm << /Fields [] /XFA 5 0 R >>"),
        5: stream(b"<xdp:xdp/>"),
    },
}


@pytest.mark.parametrize("case", sorted(ACTIVE_CASES))
def test_active_content_in_a_predictor_object_stream_is_found(tmp_path: Path, case: str) -> None:
    objects = ACTIVE_CASES[case]
    # Every dictionary goes into the object stream; streams cannot, so they stay outside.
    hidden = frozenset(n for n, body in objects.items() if b"stream\n" not in body) | {2}
    data = build(objects, compressed=hidden, objstm_encoding=flate_png_predictor)
    assert rejection(tmp_path, data).code == "active_content"


@pytest.mark.parametrize("case", sorted(ACTIVE_CASES))
def test_active_content_in_plain_objects_is_found(tmp_path: Path, case: str) -> None:
    assert rejection(tmp_path, build(ACTIVE_CASES[case])).code == "active_content"


def test_benign_link_and_goto_actions_are_accepted(tmp_path: Path) -> None:
    data = build(
        {
            1: catalog(b"/OpenAction 5 0 R"),
            3: page(b"/Annots [6 0 R]"),
            5: b"<< /S /GoTo /D [3 0 R /Fit] /Next << /S /Named /N /NextPage >> >>",
            6: LINK % b"<< /S /URI /URI (https://example.invalid/) >>",
        },
        compressed=frozenset({1, 2, 3, 5, 6}),
        objstm_encoding=flate_png_predictor,
    )
    assert scan(tmp_path, data).page_count == 1


# ---------------------------------------------------------------- streams nobody can check


def test_object_stream_with_an_unknown_filter_is_refused(tmp_path: Path) -> None:
    data = build(
        {1: catalog(b"/OpenAction 5 0 R"), 5: JS_ACTION},
        compressed=frozenset({5}),
        objstm_encoding=made_up_filter,
    )
    assert rejection(tmp_path, data).code == "undecodable_stream"


def test_catalog_in_an_undecodable_object_stream_is_refused(tmp_path: Path) -> None:
    # qpdf cannot even find the document's root: the file cannot be parsed at all.
    data = build(
        {1: catalog(b"/OpenAction 5 0 R"), 5: JS_ACTION},
        compressed=frozenset({1, 5}),
        objstm_encoding=made_up_filter,
    )
    assert rejection(tmp_path, data).code == "truncated_file"


def test_content_stream_with_an_unknown_filter_is_refused(tmp_path: Path) -> None:
    data = build({4: stream(TEXT, encoding=made_up_filter)})
    assert rejection(tmp_path, data).code == "undecodable_stream"


def test_content_stream_with_invalid_flate_data_is_refused(tmp_path: Path) -> None:
    data = build({4: raw_stream(b"this is not zlib data", b"/Filter /FlateDecode")})
    assert rejection(tmp_path, data).code == "undecodable_stream"


def test_image_codec_in_the_middle_of_a_chain_is_refused(tmp_path: Path) -> None:
    image = raw_stream(
        b"\xff\xd8\xff",
        b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter [/DCTDecode /FlateDecode]",
    )
    assert rejection(tmp_path, build({5: image})).code == "undecodable_stream"


def jpeg_bytes(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 200).save(buf, "JPEG")
    return buf.getvalue()


def test_scanned_page_with_a_dct_image_is_accepted(tmp_path: Path) -> None:
    # Image codecs are checked by the image's size, not decoded: scans must pass.
    image = stream(
        jpeg_bytes((850, 1100)),
        b"/Type /XObject /Subtype /Image /Width 850 /Height 1100 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /DCTDecode",
    )
    content = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
    resources = b"/Resources << /XObject << /Im0 5 0 R >> >>"
    data = build(
        {
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents 4 0 R >>"
            % resources,
            4: stream(content, encoding=ascii85_then_flate),
            5: image,
        }
    )
    report = scan(tmp_path, data)
    assert (report.page_count, report.has_text_layer) == (1, False)


# ---------------------------------------------------------------- decompression and image bombs

GRAY_IMAGE = b"/Type /XObject /Subtype /Image /ColorSpace /DeviceGray /BitsPerComponent 8 "


def test_image_with_an_indirect_width_is_measured(tmp_path: Path) -> None:
    image = raw_stream(
        zlib.compress(bytes(1024)), GRAY_IMAGE + b"/Width 6 0 R /Height 20000 /Filter /FlateDecode"
    )
    data = build({5: image, 6: b"20000"})
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_image_with_an_escaped_subtype_is_measured(tmp_path: Path) -> None:
    image = raw_stream(
        zlib.compress(bytes(1024)),
        b"/Type /XObject /Subtype /Im#61ge /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Width 20000 /Height 20000 /Filter /FlateDecode",
    )
    assert rejection(tmp_path, build({5: image})).code == "decompression_bomb"


def test_image_dimensions_in_an_object_stream_are_measured(tmp_path: Path) -> None:
    image = raw_stream(
        zlib.compress(bytes(1024)), GRAY_IMAGE + b"/Width 6 0 R /Height 7 0 R /Filter /FlateDecode"
    )
    data = build({5: image, 6: b"20000", 7: b"20000"}, compressed=frozenset({6, 7}))
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_content_stream_that_inflates_past_the_cap_is_a_bomb(tmp_path: Path) -> None:
    bomb = zeros_flate(64 * 1024 * 1024)  # ~64 KB on disk, 64 MiB inflated
    data = build({4: raw_stream(bomb, b"/Filter /FlateDecode")})
    assert len(data) < 200_000
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_content_stream_with_an_absurd_ratio_is_a_bomb(tmp_path: Path) -> None:
    # 8 MiB of zeros: under the absolute cap, but ~1000 times its compressed size.
    data = build({4: raw_stream(zeros_flate(8 * 1024 * 1024), b"/Filter /FlateDecode")})
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_small_image_whose_data_inflates_far_past_its_size_is_a_bomb(tmp_path: Path) -> None:
    image = raw_stream(
        zeros_flate(16 * 1024 * 1024),
        GRAY_IMAGE + b"/Width 100 /Height 100 /Filter /FlateDecode",
    )
    assert rejection(tmp_path, build({5: image})).code == "decompression_bomb"


def test_nested_flate_bomb_is_stopped_at_the_inner_stage(tmp_path: Path) -> None:
    # Flate of Flate: 64 MiB of zeros in a few hundred bytes on disk.
    twice = zlib.compress(zeros_flate(64 * 1024 * 1024), 9)
    data = build({4: raw_stream(twice, b"/Filter [/FlateDecode /FlateDecode]")})
    assert len(data) < 5_000
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_flate_image_of_its_exact_size_is_accepted(tmp_path: Path) -> None:
    pixels = bytes(range(256)) * (300 * 200 // 256) + bytes(300 * 200 % 256)
    image = raw_stream(
        zlib.compress(pixels), GRAY_IMAGE + b"/Width 300 /Height 200 /Filter /FlateDecode"
    )
    assert scan(tmp_path, build({5: image})).page_count == 1


def inline_image_page(dictionary: bytes, data: bytes) -> bytes:
    content = b"q 100 0 0 100 72 600 cm BI " + dictionary + b" ID " + data + b" EI Q " + TEXT
    return build({4: stream(content, encoding=flate)})


def test_inline_image_with_a_huge_size_is_a_bomb(tmp_path: Path) -> None:
    data = inline_image_page(b"/W 20000 /H 20000 /BPC 8 /CS /G /F /Fl", zlib.compress(bytes(1024)))
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_inline_image_whose_data_inflates_far_past_its_size_is_a_bomb(tmp_path: Path) -> None:
    data = inline_image_page(b"/W 10 /H 10 /BPC 8 /CS /G /F /Fl", zeros_flate(16 * 1024 * 1024))
    assert rejection(tmp_path, data).code == "decompression_bomb"


def test_small_inline_image_is_accepted(tmp_path: Path) -> None:
    data = inline_image_page(
        b"/W 10 /H 10 /BPC 8 /CS /G /F /AHx", bytes(range(100)).hex().encode() + b">"
    )
    report = scan(tmp_path, data)
    assert (report.page_count, report.has_text_layer) == (1, True)


def test_page_tree_the_two_parsers_count_differently_is_refused(tmp_path: Path) -> None:
    # /Count says 1, the tree holds 2: pdfium trusts /Count, qpdf walks the kids.
    data = build({2: b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 1 >>", 5: page()})
    assert rejection(tmp_path, data).code == "truncated_file"


# ---------------------------------------------------------------- polyglots


def good_pdf() -> bytes:
    return (SAMPLES / "lab_report.pdf").read_bytes()


def zip_archive() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("index.html", "<script>alert(1)</script>")
    return buf.getvalue()


@pytest.mark.parametrize(
    "prefix",
    [
        b"PK\x03\x04" + b"\x00" * 26,
        b"<html><script>alert(1)</script></html>\n",
        b"GIF89a\x01\x00\x01\x00\n",
        b"junk\n",
    ],
    ids=["zip", "html", "gif", "junk"],
)
def test_pdf_behind_another_header_is_a_polyglot(tmp_path: Path, prefix: bytes) -> None:
    assert rejection(tmp_path, prefix + good_pdf()).code == "polyglot"
    assert rejection(tmp_path, prefix + good_pdf(), "application/octet-stream").code == "polyglot"


@pytest.mark.parametrize(
    "suffix",
    [b"<html><script>alert(1)</script></html>\n", b"MZ" + b"\x90" * 64],
    ids=["html", "executable"],
)
def test_pdf_with_a_payload_after_its_end_is_a_polyglot(tmp_path: Path, suffix: bytes) -> None:
    assert rejection(tmp_path, good_pdf() + suffix).code == "polyglot"


def test_pdf_with_a_zip_appended_is_a_polyglot(tmp_path: Path) -> None:
    data = good_pdf() + zip_archive()
    assert zipfile.is_zipfile(io.BytesIO(data))  # unzip tools really do open it
    assert rejection(tmp_path, data).code == "polyglot"


def test_pdf_with_a_zip_hidden_before_its_end_is_a_polyglot(tmp_path: Path) -> None:
    # The archive sits in a comment line before %%EOF, where unzip still finds it.
    pdf = good_pdf()
    cut = pdf.rindex(b"%%EOF")
    data = pdf[:cut] + b"%" + zip_archive() + b"\n" + pdf[cut:]
    assert rejection(tmp_path, data).code == "polyglot"


def test_two_concatenated_pdfs_are_a_polyglot(tmp_path: Path) -> None:
    assert rejection(tmp_path, good_pdf() + good_pdf()).code == "polyglot"


def test_png_carrying_a_pdf_header_is_a_polyglot(tmp_path: Path) -> None:
    buf = io.BytesIO()
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "%PDF-1.7 hidden")
    Image.new("L", (8, 8)).save(buf, "PNG", pnginfo=info)
    assert rejection(tmp_path, buf.getvalue(), "image/png").code == "polyglot"


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b"\r\n", b"\xef\xbb\xbf  \n"])
def test_bom_and_a_little_whitespace_before_the_header_are_allowed(
    tmp_path: Path, prefix: bytes
) -> None:
    assert scan(tmp_path, prefix + good_pdf()).mime_type == PDF


def test_sniffing_requires_the_pdf_header_at_the_start() -> None:
    assert sniff_mime(b"%PDF-1.7\n") == PDF
    assert sniff_mime(b"\xef\xbb\xbf%PDF-1.7\n") == PDF
    assert sniff_mime(b"junk%PDF-1.7\n") is None
    assert sniff_mime(b"     \n\n%PDF-1.7\n") is None  # more than a little whitespace


# ---------------------------------------------------------------- committed samples


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("javascript.pdf", "active_content"),
        ("encrypted.pdf", "encrypted_pdf"),
        ("corrupt.pdf", "truncated_file"),
    ],
)
def test_bad_samples_keep_their_codes(tmp_path: Path, name: str, code: str) -> None:
    assert rejection(tmp_path, (SAMPLES / name).read_bytes()).code == code


def test_rejection_messages_never_carry_qpdf_text(tmp_path: Path) -> None:
    # qpdf's own messages name the file; ours carry codes and counts only.
    data = build({4: stream(TEXT, encoding=made_up_filter)})
    error = rejection(tmp_path, data)
    assert "upload.bin" not in str(error)
    assert str(tmp_path) not in str(error)
