"""Precision and recall of the offline clinical extractor on the generated samples.

For every sample with a ``samples/<stem>.truth.json``, runs passes 1 and 2 over
the exact drawn lines ("truth") and/or the real page text from ``adapters.ocr``
("ocr") and prints precision/recall per category, then the totals.

    .venv/bin/python bench/extraction_quality.py [--source truth|ocr|both] [--engine rapidocr]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from adapters.extractors import make_extractor  # noqa: E402
from pipeline.ports import PageText, ScanReport  # noqa: E402
from tests.extractors.scoring import (  # noqa: E402
    RULES,
    SAMPLE_FILES,
    SAMPLES,
    Score,
    available_stems,
    load_truth,
    pages_from_truth,
    score_extraction,
)


def _ocr_pages(stem: str, engine: str) -> list[PageText]:
    from adapters.ocr import make_page_reader

    name, mime = SAMPLE_FILES[stem]
    report = ScanReport(mime_type=mime, page_count=1, sha256="0" * 64, size_bytes=1)
    return list(make_page_reader(engine).read_pages(SAMPLES / name, report))


def _row(label: str, scores: dict[str, Score]) -> str:
    cells = [f"{label:<34}"]
    for category in RULES:
        score = scores[category]
        if score.predicted == 0 and score.expected == 0:
            cells.append(f"{'-':>17}")
        else:
            cells.append(f"{score.precision:>7.3f}/{score.recall:<5.3f}{score.expected:>4}")
    return " ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", choices=("truth", "ocr", "both"), default="both")
    parser.add_argument("--engine", default="rapidocr", help="OCR engine for --source ocr")
    args = parser.parse_args(argv)
    sources = ("truth", "ocr") if args.source == "both" else (args.source,)
    extractor = make_extractor("offline")
    header = " ".join([f"{'sample / source':<34}", *(f"{c[:17]:>17}" for c in RULES)])
    print("precision/recall n_truth per category")
    print(header)
    for source in sources:
        totals = {category: Score(0, 0, 0) for category in RULES}
        for stem in available_stems():
            truth = load_truth(stem)
            started = time.perf_counter()
            pages = pages_from_truth(truth) if source == "truth" else _ocr_pages(stem, args.engine)
            read_s = time.perf_counter() - started
            extraction = extractor.extract_clinical(pages, extractor.find_entities(pages))
            scores = score_extraction(extraction, truth)
            for category, score in scores.items():
                totals[category] = totals[category] + score
            engine = pages[0].engine if pages else "-"
            print(_row(f"{stem} [{engine}]", scores) + f"  read {read_s:.1f}s")
        print(_row(f"TOTAL ({source})", totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
