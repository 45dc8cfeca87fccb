"""Refuse files that are a PDF and something else at once.

A polyglot is read as a PDF by the scan and as HTML, a ZIP or a program by whatever
opens it next (a browser given the download, an unzip tool). PDF readers tolerate
junk before ``%PDF-`` and after ``%%EOF``; we do not. A PDF must start with
``%PDF-`` at offset 0, after at most a UTF-8 byte order mark and a few whitespace
bytes, and may carry only whitespace or a few stray bytes after its last ``%%EOF``.
"""

from __future__ import annotations

import re
import struct

from pipeline.errors import InvalidDocument

PDF_MAGIC = b"%PDF-"
UTF8_BOM = b"\xef\xbb\xbf"
#: Whitespace bytes allowed before the header (some mail gateways add a line break).
MAX_LEADING_WHITESPACE = 4
#: Non-whitespace bytes allowed after the last %%EOF (writers sometimes leave a stray byte).
MAX_TRAILING_JUNK = 16
#: How far from the end a ZIP's end-of-central-directory record can sit (22 + a 64 KiB comment).
ZIP_EOCD_REACH = 22 + 0xFFFF

_WHITESPACE = b"\x00\t\n\x0c\r "
_SECOND_HEADER = re.compile(rb"[\r\n]%PDF-\d")
#: Starts of other formats that must not follow a PDF's end.
_OTHER_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"MZ", b"\x7fELF", b"%!PS", b"GIF8", b"\x89PNG")


def pdf_header_offset(head: bytes) -> int | None:
    """Where ``%PDF-`` starts if only a BOM and a little whitespace come before it."""
    pos = len(UTF8_BOM) if head.startswith(UTF8_BOM) else 0
    stripped = head[pos : pos + MAX_LEADING_WHITESPACE + len(PDF_MAGIC)].lstrip(_WHITESPACE)
    skipped = len(head[pos : pos + MAX_LEADING_WHITESPACE + len(PDF_MAGIC)]) - len(stripped)
    if skipped <= MAX_LEADING_WHITESPACE and stripped.startswith(PDF_MAGIC):
        return pos + skipped
    return None


def check_no_hidden_pdf(head: bytes) -> None:
    """A file that is not a clean PDF but has a PDF header early on is a polyglot."""
    if PDF_MAGIC in head:
        raise InvalidDocument("the file hides a PDF behind another format", code="polyglot")


def check_pdf_is_alone(data: bytes) -> None:
    """Refuse a second PDF header, another format's payload at the end, or an appended ZIP."""
    if _SECOND_HEADER.search(data, (pdf_header_offset(data[:64]) or 0) + len(PDF_MAGIC)):
        raise InvalidDocument("the PDF carries a second PDF header", code="polyglot")
    end = data.rfind(b"%%EOF")
    trailing = data[end + len(b"%%EOF") :].strip(_WHITESPACE) if end >= 0 else b""
    if len(trailing) > MAX_TRAILING_JUNK or trailing.startswith(_OTHER_MAGIC) or b"<" in trailing:
        raise InvalidDocument("the PDF carries a payload after its end", code="polyglot")
    if _has_zip_directory(data):
        raise InvalidDocument("the PDF is also a ZIP archive", code="polyglot")


def _has_zip_directory(data: bytes) -> bool:
    """True when the tail holds a ZIP end-of-central-directory record that points at a
    central directory: what unzip tools look for, wherever the ZIP's entries sit."""
    start = max(0, len(data) - ZIP_EOCD_REACH)
    pos = data.rfind(b"PK\x05\x06", start)
    while pos >= 0:
        if pos + 22 <= len(data):
            directory_size, directory_offset = struct.unpack_from("<II", data, pos + 12)
            # Tools also find a directory relative to the record when data was prepended.
            for where in (directory_offset, pos - directory_size):
                if 0 <= where < pos and data.startswith(b"PK\x01\x02", where):
                    return True
        pos = data.rfind(b"PK\x05\x06", start, pos)
    return False
