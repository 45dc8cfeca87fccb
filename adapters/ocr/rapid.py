"""RapidOCR (PP-OCR models on onnxruntime) as the default offline OCR engine.

The detection, recognition and orientation models ship inside the rapidocr
wheel. We pass their paths explicitly, so rapidocr never takes its
"resolve and download the default model" path: the engine works with no
network at all, and a missing model file fails at construction, loudly.
"""

from __future__ import annotations

import logging
import threading
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adapters.ocr.lines import Fragment, group_into_lines
from pipeline.errors import ConfigurationError
from pipeline.ports import TextLine

if TYPE_CHECKING:
    from PIL.Image import Image

logger = logging.getLogger(__name__)

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"


def _bundled_model_dir() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).resolve().parent / "models"


class RapidOcrEngine:
    """OCR of one page image with RapidOCR; one instance per process, shared by threads."""

    name = "rapidocr"

    def __init__(self, model_dir: Path | None = None, *, warm_up: bool = True) -> None:
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:
            raise ConfigurationError(
                "rapidocr is not installed (pip install rapidocr onnxruntime)",
                code="ocr_engine_missing",
            ) from exc

        directory = model_dir or _bundled_model_dir()
        models = {"Det": DET_MODEL, "Rec": REC_MODEL, "Cls": CLS_MODEL}
        missing = [name for name in models.values() if not (directory / name).is_file()]
        if missing:
            raise ConfigurationError(
                f"rapidocr model files missing: {', '.join(missing)}", code="ocr_model_missing"
            )
        params: dict[str, Any] = {"Global.log_level": "warning"}
        for section, file_name in models.items():
            params[f"{section}.model_path"] = str(directory / file_name)

        self._ocr = RapidOCR(params=params)
        # RapidOCR keeps per-call options on the instance: one call at a time.
        self._lock = threading.Lock()
        model_names = "+".join(Path(name).stem for name in models.values())
        self.version = (
            f"rapidocr-{package_version('rapidocr')} {model_names}"
            f" onnxruntime-{package_version('onnxruntime')}"
        )
        if warm_up:
            self._load_models()

    def _load_models(self) -> None:
        """Load the three ONNX sessions now, so the first page does not pay for it."""
        with self._lock:
            for loader in ("_load_det_model", "_load_cls_model", "_load_rec_model"):
                load = getattr(self._ocr, loader, None)
                if callable(load):
                    load()

    def recognize(self, image: Image) -> list[TextLine]:
        """Text lines of ``image`` in reading order, boxes as page fractions."""
        width, height = image.size
        if width == 0 or height == 0:
            return []
        rgb = image if image.mode == "RGB" else image.convert("RGB")
        with self._lock:
            result = self._ocr(rgb)
        boxes = getattr(result, "boxes", None)
        texts = getattr(result, "txts", None)
        scores = getattr(result, "scores", None)
        if boxes is None or texts is None or scores is None:
            return []  # a blank page: nothing detected
        fragments = []
        for box, text, score in zip(boxes, texts, scores, strict=True):
            xs = [float(point[0]) for point in box]
            ys = [float(point[1]) for point in box]
            # The four corners let line grouping measure and undo the page's skew.
            quad = tuple((float(point[0]), float(point[1])) for point in box)
            fragments.append(
                Fragment(str(text), min(xs), min(ys), max(xs), max(ys), float(score), quad)
            )
        return group_into_lines(fragments, float(width), float(height))
