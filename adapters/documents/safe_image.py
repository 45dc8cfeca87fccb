"""Open an upload with Pillow only in the expected formats and under a pixel limit.

Pillow's own bomb guard is a process-wide setting (``Image.MAX_IMAGE_PIXELS``) that
warns at one size and raises at twice it. This module checks the caller's own limit
on every frame before a single pixel is decoded, and turns Pillow's warning or
error into the same ``decompression_bomb`` refusal. It changes no global state (no
warning filters), so it is safe in Dramatiq's worker threads. Any stage that opens
an uploaded image should use ``open_image``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from pipeline.errors import InvalidDocument

#: Pillow's decoders raise these for files that are cut short or not what they claim.
_BROKEN = (OSError, SyntaxError, ValueError, EOFError)


def bomb_error(max_pixels: int) -> InvalidDocument:
    return InvalidDocument(
        f"the image has more pixels than the limit of {max_pixels}",
        code="decompression_bomb",
    )


def check_frame(image: Image.Image, max_pixels: int) -> None:
    """Refuse the current frame if its size is over the limit (call after every seek)."""
    width, height = image.size
    if width * height > max_pixels:
        raise bomb_error(max_pixels)


@contextmanager
def open_image(
    path: Path, allowed_formats: Sequence[str], max_pixels: int
) -> Iterator[Image.Image]:
    """The image, opened lazily; refuses other formats, bombs and undecodable files.

    ``allowed_formats`` are Pillow format names (``"PNG"``, ``"JPEG"``, ``"TIFF"``).
    The body may seek and load: Pillow's bomb errors and decoder errors raised there
    become ``InvalidDocument`` too.
    """
    try:
        with Image.open(path, formats=list(allowed_formats)) as image:
            check_frame(image, max_pixels)
            yield image
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        # The warning arrives as an exception where warnings are errors (tests, -W error).
        raise bomb_error(max_pixels) from None
    except UnidentifiedImageError:
        # None of the allowed formats' decoders recognises the file.
        raise InvalidDocument(
            "the file is not an image of an allowed type", code="unsupported_type"
        ) from None
    except _BROKEN:
        raise InvalidDocument("the image cannot be decoded", code="truncated_file") from None
