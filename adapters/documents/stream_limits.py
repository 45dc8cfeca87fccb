"""Measure how big a PDF stream becomes when decoded, without ever holding all of it.

A decompression bomb is a few hundred KB of Flate that inflates to gigabytes. qpdf's
decoders always inflate a whole stream into memory, so the scan never asks them to
decode anything it has not measured first. Here every general-purpose PDF filter is
decoded chunk by chunk and every stage's output is counted against a cap; the chunks
are thrown away, so memory stays at a few chunks whatever the stream claims.

Image codecs (DCT, JPX, JBIG2, CCITT) are terminal: their output size follows from
the image's /Width and /Height, which the caller bounds separately.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence

import pikepdf

CHUNK_BYTES = 64 * 1024

#: Filters decoded here (long names and the abbreviations readers accept).
GENERAL_FILTERS = {
    "/FlateDecode": "flate",
    "/Fl": "flate",
    "/LZWDecode": "lzw",
    "/LZW": "lzw",
    "/ASCIIHexDecode": "hex",
    "/AHx": "hex",
    "/ASCII85Decode": "a85",
    "/A85": "a85",
    "/RunLengthDecode": "rle",
    "/RL": "rle",
}
#: Image codecs: legitimate in scans; must be the last filter of a chain.
IMAGE_FILTERS = frozenset(
    {"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF"}
)

_WHITESPACE = b"\x00\t\n\x0c\r "
_A85_GROUPS = re.compile(rb"(?:z|[!-u]{5})*")


class StreamTooLarge(Exception):
    """A decoding stage produced more bytes than its cap."""


class StreamUndecodable(Exception):
    """The stream's filters are unknown, misplaced or its data is not valid for them."""


def measure_decoded(
    raw: bytes, filters: Sequence[str], early_change: Sequence[int], cap: int
) -> int:
    """Bytes the general filters of ``filters`` produce from ``raw``; an image codec ends it.

    Raises ``StreamTooLarge`` once any stage passes ``cap`` bytes and
    ``StreamUndecodable`` for an unknown or misplaced filter or invalid data.
    Predictors are not applied: they never make data bigger.
    """
    stages = plan_filters(filters)
    chunks: Iterable[bytes] = _slices(raw)
    if stages[:1] == ["a85"] and _a85_size_bound(raw) <= cap:
        # Reportlab wraps every stream in ASCII85, and Python's decoder is slow; when the
        # input bounds the output under the cap, qpdf's C decoder does it in one go.
        chunks = _slices(_a85_all_at_once(raw))
        stages, early_change = stages[1:], early_change[1:]
    for index, kind in enumerate(stages):
        decoded = _DECODERS[kind](chunks, early_change[index] if index < len(early_change) else 1)
        chunks = _capped(decoded, cap)
    total = 0
    for chunk in chunks:
        total += len(chunk)
    return total


def plan_filters(filters: Sequence[str]) -> list[str]:
    """The general decoders to run, in order; raises for filters nobody here can check."""
    stages: list[str] = []
    for position, name in enumerate(filters):
        if name in IMAGE_FILTERS:
            if position != len(filters) - 1:
                raise StreamUndecodable("an image codec is not the last filter")
            break
        kind = GENERAL_FILTERS.get(name)
        if kind is None:
            raise StreamUndecodable("unsupported filter")
        stages.append(kind)
    return stages


def _slices(raw: bytes) -> Iterator[bytes]:
    view = memoryview(raw)
    for start in range(0, len(raw), CHUNK_BYTES):
        yield bytes(view[start : start + CHUNK_BYTES])


def _capped(chunks: Iterable[bytes], cap: int) -> Iterator[bytes]:
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > cap:
            raise StreamTooLarge
        yield chunk


def _flate(chunks: Iterable[bytes], _early: int) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            data = chunk
            while data and not inflater.eof:
                # max_length keeps each step small; the rest waits in unconsumed_tail.
                out = inflater.decompress(data, CHUNK_BYTES)
                if out:
                    yield out
                data = inflater.unconsumed_tail
            if inflater.eof:
                return  # bytes after the end of the zlib stream are ignored by readers
        tail = inflater.flush()
    except zlib.error:
        raise StreamUndecodable("invalid Flate data") from None
    if tail:
        yield tail


def _lzw(chunks: Iterable[bytes], early_change: int) -> Iterator[bytes]:
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, buffer, nbits = 9, 0, 0
    previous: bytes | None = None
    out = bytearray()
    for chunk in chunks:
        for byte in chunk:
            buffer, nbits = (buffer << 8) | byte, nbits + 8
            while nbits >= width:
                nbits -= width
                code = (buffer >> nbits) & ((1 << width) - 1)
                buffer &= (1 << nbits) - 1
                if code == 256:  # clear table
                    del table[258:]
                    width, previous = 9, None
                    continue
                if code == 257:  # end of data
                    yield bytes(out)
                    return
                if code < len(table):
                    entry = table[code]
                elif code == len(table) and previous is not None:
                    entry = previous + previous[:1]
                else:
                    raise StreamUndecodable("invalid LZW code")
                if previous is not None and len(table) < 4096:
                    table.append(previous + entry[:1])
                previous = entry
                out += entry
                if len(table) + early_change >= (1 << width) and width < 12:
                    width += 1
            if len(out) >= CHUNK_BYTES:
                yield bytes(out)
                out.clear()
    yield bytes(out)


def _hex(chunks: Iterable[bytes], _early: int) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        data = carry + chunk.translate(None, _WHITESPACE)
        end = data.find(b">")
        if end >= 0:
            data = data[:end]
        usable = len(data) - len(data) % 2
        carry = data[usable:]
        yield _from_hex(data[:usable])
        if end >= 0:
            break
    if carry:
        yield _from_hex(carry + b"0")  # an odd final digit is followed by an implied 0


def _from_hex(digits: bytes) -> bytes:
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise StreamUndecodable("invalid ASCIIHex data") from None


def _a85(chunks: Iterable[bytes], _early: int) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        data = carry + chunk.translate(None, _WHITESPACE)
        end = data.find(b"~")
        if end >= 0:
            data = data[:end]
        # Decode whole groups now; a partial group waits for the next chunk.
        whole = _A85_GROUPS.match(data)
        split = whole.end() if whole else 0
        carry = data[split:]
        yield _from_a85(data[:split])
        if end >= 0:
            break
    if carry:
        yield _from_a85(carry)


def _a85_size_bound(raw: bytes) -> int:
    end = raw.find(b"~")
    text = (raw if end < 0 else raw[:end]).translate(None, _WHITESPACE)
    zeros = text.count(b"z")
    # "z" is 4 bytes; 5 other characters are 4 bytes, a final partial group of k is k - 1.
    return zeros * 4 + (len(text) - zeros) * 4 // 5


def _a85_all_at_once(raw: bytes) -> bytes:
    scratch = pikepdf.new()
    stream = pikepdf.Stream(scratch, raw)
    stream.stream_dict.Filter = pikepdf.Name.ASCII85Decode
    try:
        return stream.read_bytes()
    except pikepdf.PdfError:
        raise StreamUndecodable("invalid ASCII85 data") from None
    finally:
        scratch.close()


def _from_a85(text: bytes) -> bytes:
    try:
        return base64.a85decode(text)
    except ValueError:
        raise StreamUndecodable("invalid ASCII85 data") from None


def _rle(chunks: Iterable[bytes], _early: int) -> Iterator[bytes]:
    pending = b""
    for chunk in chunks:
        data = pending + chunk
        out = bytearray()
        pos = 0
        while pos < len(data):
            length = data[pos]
            if length == 128:  # end of data
                yield bytes(out)
                return
            if length < 128:
                if pos + 1 + length + 1 > len(data):
                    break  # the literal run continues in the next chunk
                out += data[pos + 1 : pos + 2 + length]
                pos += 2 + length
            else:
                if pos + 1 >= len(data):
                    break
                out += data[pos + 1 : pos + 2] * (257 - length)
                pos += 2
            if len(out) >= CHUNK_BYTES:
                yield bytes(out)
                out.clear()
        pending = data[pos:]
        yield bytes(out)


_DECODERS = {"flate": _flate, "lzw": _lzw, "hex": _hex, "a85": _a85, "rle": _rle}
