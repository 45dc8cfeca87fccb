"""make_page_reader / make_ocr_engine: engine choice, one instance per process, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import adapters.ocr as ocr
from adapters.ocr import DocumentPageReader, make_ocr_engine, make_page_reader
from pipeline.errors import ConfigurationError
from pipeline.ports import TextLine

ROOT = Path(__file__).resolve().parents[2]


class _Stub:
    name = "stub"
    version = "0"

    def recognize(self, image: object) -> list[TextLine]:
        return []


def test_engines_are_built_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[_Stub] = []

    def build() -> _Stub:
        built.append(_Stub())
        return built[-1]

    monkeypatch.setitem(ocr.ENGINES, "stub", build)
    monkeypatch.setattr(ocr, "_engines", {})
    reader = make_page_reader("stub", render_dpi=150)
    again = make_page_reader("stub")
    assert isinstance(reader, DocumentPageReader)
    assert reader.engine_key == again.engine_key == "stub:0"
    assert make_ocr_engine("stub") is built[0]
    assert len(built) == 1


def test_unknown_engine_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_page_reader("abbyy")
    assert caught.value.code == "ocr_engine_unknown"
    assert "rapidocr" in caught.value.message


def test_default_engine_is_rapidocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ocr.ENGINES, "rapidocr", _Stub)
    monkeypatch.setattr(ocr, "_engines", {})
    assert make_page_reader().engine_key == "stub:0"


def test_importing_the_package_loads_no_ocr_library() -> None:
    code = (
        "import sys, adapters.ocr, adapters.ocr.page_reader; "
        "heavy = {'rapidocr', 'onnxruntime', 'cv2', 'pytesseract', 'pypdfium2'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert result.stdout.strip() == "[]"
