"""Page text for the ocr stage: the PDF text layer plus offline OCR engines.

``make_page_reader("rapidocr")`` is what the runtime container calls. Engines
load their heavy libraries (onnxruntime, the tesseract binary) only when first
constructed, and each engine is built once per process and shared, since
loading OCR models takes seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from adapters.ocr.page_reader import DocumentPageReader
from pipeline.errors import ConfigurationError
from pipeline.ports import OcrEngine, PageReader

__all__ = ["ENGINES", "DocumentPageReader", "make_ocr_engine", "make_page_reader"]


def _rapidocr() -> OcrEngine:
    from adapters.ocr.rapid import RapidOcrEngine

    return RapidOcrEngine()


def _tesseract() -> OcrEngine:
    from adapters.ocr.tesseract import TesseractEngine

    return TesseractEngine()


#: Engine name → constructor. "rapidocr" needs only pip; "tesseract" needs Debian's binary.
ENGINES: dict[str, Callable[[], OcrEngine]] = {"rapidocr": _rapidocr, "tesseract": _tesseract}

_engines: dict[str, OcrEngine] = {}
_engines_lock = threading.Lock()


def make_ocr_engine(engine: str = "rapidocr") -> OcrEngine:
    """The process-wide instance of the named OCR engine, built on first use."""
    build = ENGINES.get(engine)
    if build is None:
        raise ConfigurationError(
            f"unknown OCR engine {engine!r}; choose one of {', '.join(sorted(ENGINES))}",
            code="ocr_engine_unknown",
        )
    with _engines_lock:
        if engine not in _engines:
            _engines[engine] = build()
        return _engines[engine]


def make_page_reader(engine: str = "rapidocr", render_dpi: int = 150) -> PageReader:
    """A page reader backed by the named OCR engine (text-layer pages skip OCR)."""
    return DocumentPageReader(make_ocr_engine(engine), render_dpi=render_dpi)
