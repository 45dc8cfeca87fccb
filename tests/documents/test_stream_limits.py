"""stream_limits: the scan's chunked decoders agree with qpdf and stop at their cap."""

from __future__ import annotations

import base64
import random
import zlib

import pikepdf
import pytest

from adapters.documents.stream_limits import (
    StreamTooLarge,
    StreamUndecodable,
    measure_decoded,
)


def lzw_encode(data: bytes) -> bytes:
    """PDF LZW (EarlyChange 1) with a clear code whenever the table fills."""
    out, acc, pending, width = bytearray(), 0, 0, 9

    def emit(code: int) -> None:
        nonlocal acc, pending
        acc, pending = (acc << width) | code, pending + width
        while pending >= 8:
            pending -= 8
            out.append((acc >> pending) & 0xFF)
        acc &= (1 << pending) - 1

    table = {bytes([i]): i for i in range(256)}
    next_code, word = 258, b""
    emit(256)
    for byte in data:
        longer = word + bytes([byte])
        if longer in table:
            word = longer
            continue
        emit(table[word])
        table[longer], next_code = next_code, next_code + 1
        if next_code >= (1 << width) and width < 12:
            width += 1
        if next_code >= 4094:
            emit(256)
            table, next_code, width = {bytes([i]): i for i in range(256)}, 258, 9
        word = bytes([byte])
    emit(table[word])
    emit(257)
    if pending:
        out.append((acc << (8 - pending)) & 0xFF)
    return bytes(out)


def run_length_encode(data: bytes) -> bytes:
    out, pos = bytearray(), 0
    while pos < len(data):
        run = 1
        while pos + run < len(data) and run < 128 and data[pos + run] == data[pos]:
            run += 1
        if run > 1:
            out += bytes([257 - run, data[pos]])
        else:
            literal = data[pos : pos + 128]
            run = len(literal)
            out += bytes([run - 1]) + literal
        pos += run
    return bytes(out + b"\x80")


def qpdf_decode(raw: bytes, filters: list[str]) -> bytes:
    pdf = pikepdf.new()
    stream = pikepdf.Stream(pdf, raw)
    stream.stream_dict.Filter = pikepdf.Array([pikepdf.Name(f) for f in filters])
    return stream.read_bytes(pikepdf.StreamDecodeLevel.specialized)


# Mixed text and runs of zeros, long enough to cross many 64 KiB chunk boundaries.
rng = random.Random(5)
DATA = b"".join(
    bytes(rng.choice(b"abc xyz\n") for _ in range(rng.randrange(1, 300)))
    + bytes(rng.randrange(0, 40))
    for _ in range(2_000)
)
HEX = DATA.hex().encode()

ENCODINGS = {
    "flate": (zlib.compress(DATA), ["/FlateDecode"]),
    "lzw": (lzw_encode(DATA), ["/LZWDecode"]),
    "asciihex": (DATA.hex().encode() + b">", ["/ASCIIHexDecode"]),
    "asciihex-spaced": (
        b" \n".join(HEX[i : i + 77] for i in range(0, len(HEX), 77)) + b">",
        ["/ASCIIHexDecode"],
    ),
    "ascii85": (base64.a85encode(DATA, wrapcol=75) + b"~>", ["/ASCII85Decode"]),
    "runlength": (run_length_encode(DATA), ["/RunLengthDecode"]),
    "chain": (base64.a85encode(zlib.compress(DATA)) + b"~>", ["/ASCII85Decode", "/FlateDecode"]),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_measured_size_is_what_qpdf_decodes(name: str) -> None:
    raw, filters = ENCODINGS[name]
    assert len(DATA) > 4 * 64 * 1024
    assert qpdf_decode(raw, filters) == DATA  # the fixture is valid for the real parser
    assert measure_decoded(raw, filters, [1] * len(filters), cap=len(DATA)) == len(DATA)


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_one_byte_over_the_cap_stops_decoding(name: str) -> None:
    raw, filters = ENCODINGS[name]
    with pytest.raises(StreamTooLarge):
        measure_decoded(raw, filters, [1] * len(filters), cap=len(DATA) - 1)


def test_an_inner_stage_is_capped_even_if_the_last_stage_shrinks_it() -> None:
    # Flate of 64 MiB of spaces: ASCII85 would drop them all, but inflating is the cost.
    spaces = zlib.compress(b" " * (64 * 1024 * 1024))
    with pytest.raises(StreamTooLarge):
        measure_decoded(spaces, ["/FlateDecode", "/ASCII85Decode"], [1, 1], cap=1024 * 1024)


@pytest.mark.parametrize(
    "filters",
    [["/FooDecode"], ["/Crypt"], ["/DCTDecode", "/FlateDecode"]],
    ids=["made-up", "crypt", "codec-not-last"],
)
def test_filters_nobody_can_check_are_undecodable(filters: list[str]) -> None:
    with pytest.raises(StreamUndecodable):
        measure_decoded(b"data", filters, [], cap=1024)


@pytest.mark.parametrize(
    ("raw", "filters"),
    [
        (b"not zlib", ["/FlateDecode"]),
        (b"0g>", ["/ASCIIHexDecode"]),
        (b"abc{~>", ["/ASCII85Decode"]),
        (b"\xff\xff\xff\xff", ["/LZWDecode"]),
    ],
    ids=["flate", "asciihex", "ascii85", "lzw"],
)
def test_invalid_data_is_undecodable(raw: bytes, filters: list[str]) -> None:
    with pytest.raises(StreamUndecodable):
        measure_decoded(raw, filters, [1], cap=1024)


def test_image_codec_ends_the_measured_chain() -> None:
    jpeg = b"\xff\xd8\xff jpeg bytes"
    raw = base64.a85encode(jpeg) + b"~>"
    assert measure_decoded(raw, ["/ASCII85Decode", "/DCTDecode"], [1, 1], cap=1024) == len(jpeg)
