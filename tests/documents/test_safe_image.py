"""open_image: allowed formats only, a per-call pixel limit, Pillow's bomb guard as a code."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import Image

from adapters.documents.safe_image import open_image
from adapters.documents.scanner import FileScanner
from pipeline.errors import InvalidDocument


def png_header_only(width: int, height: int) -> bytes:
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


def png_file(tmp_path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 20, 30)).save(buf, "PNG")
    path = tmp_path / "image.png"
    path.write_bytes(buf.getvalue())
    return path


def refusal(path: Path, formats: list[str], max_pixels: int) -> InvalidDocument:
    with pytest.raises(InvalidDocument) as info, open_image(path, formats, max_pixels) as image:
        image.load()
    return info.value


def test_an_allowed_image_under_the_limit_opens(tmp_path: Path) -> None:
    with open_image(png_file(tmp_path), ["PNG"], max_pixels=60_000) as image:
        image.load()
        assert (image.format, image.size) == ("PNG", (300, 200))


def test_a_format_not_allowed_is_refused(tmp_path: Path) -> None:
    assert refusal(png_file(tmp_path), ["JPEG", "TIFF"], 60_000).code == "unsupported_type"


def test_the_limit_is_per_call(tmp_path: Path) -> None:
    path = png_file(tmp_path)
    assert refusal(path, ["PNG"], 59_999).code == "decompression_bomb"
    with open_image(path, ["PNG"], 60_000) as image:
        assert image.size == (300, 200)


def test_the_limit_holds_when_pillow_only_warns(tmp_path: Path) -> None:
    # 100 Mpx is in Pillow's "warn" band; in production the warning is not an error.
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(20_000, 5_000))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        assert refusal(path, ["PNG"], 60_000_000).code == "decompression_bomb"


def test_pillows_own_bomb_error_becomes_a_code(tmp_path: Path) -> None:
    # 10 Gpx: Pillow raises before our limit (set higher here) is even asked.
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(100_000, 100_000))
    assert refusal(path, ["PNG"], 10**11).code == "decompression_bomb"


def test_undecodable_pixels_are_truncated(tmp_path: Path) -> None:
    path = tmp_path / "short.png"
    path.write_bytes(png_header_only(400, 300))
    assert refusal(path, ["PNG"], 10**6).code == "truncated_file"


def test_a_huge_later_tiff_frame_is_refused_by_the_scanner(tmp_path: Path) -> None:
    path = tmp_path / "scan.tiff"
    small, huge = Image.new("L", (100, 100)), Image.new("L", (2_000, 1_000))
    small.save(path, save_all=True, append_images=[huge], compression="tiff_deflate")
    with pytest.raises(InvalidDocument) as info:
        FileScanner(max_pixels=1_000_000).scan(path, "image/tiff")
    assert info.value.code == "decompression_bomb"
