"""OCR benchmark: pages/s, CER and peak memory per engine on the generated samples.

Run from the repository root:

    .venv/bin/python -m bench.ocr_bench [--samples samples] [--repeat 3] [--dpi 200]

Each engine runs in its own child process, so its peak RSS (``ru_maxrss``) is
its own. Per document: "first" is the first read after the engine is built
(cold caches, onnxruntime's first-shape work), "steady" the median of
``--repeat`` further reads; pages/s is taken from the steady time.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from adapters.ocr.metrics import character_error_rate
from adapters.ocr.page_reader import DocumentPageReader
from adapters.ocr.text_layer import text_layer_version
from pipeline.ports import OcrEngine, ScanReport, TextLine

ROOT = Path(__file__).resolve().parents[1]

#: (sample stem, file suffix, mime type, which runs read it)
SCANNED = (
    ("prescription_scan", ".pdf", "application/pdf"),
    ("vaccination_record", ".jpg", "image/jpeg"),
)
BORN_DIGITAL = (
    ("lab_report", ".pdf", "application/pdf"),
    ("discharge_summary", ".pdf", "application/pdf"),
)
RUNS = ("rapidocr", "tesseract", "text-layer")


class _RefuseOcr:
    """Stands in for an engine on the text-layer run: born-digital pages never need one."""

    name = "none"
    version = "0"

    def recognize(self, image: object) -> list[TextLine]:
        raise RuntimeError("born-digital page sent to OCR")


def _truth(samples: Path, stem: str) -> str:
    pages = json.loads((samples / f"{stem}.truth.json").read_text(encoding="utf-8"))["pages"]
    return "\n".join("\n".join(page["lines"] if isinstance(page, dict) else page) for page in pages)


def _read_once(reader: DocumentPageReader, path: Path, mime: str) -> tuple[float, int, str, str]:
    report = ScanReport(mime_type=mime, page_count=0, sha256="", size_bytes=path.stat().st_size)
    start = time.perf_counter()
    pages = list(reader.read_pages(path, report))
    elapsed = time.perf_counter() - start
    failed = [p.error_code for p in pages if p.status != "ok"]
    if failed:
        raise RuntimeError(f"pages failed: {failed}")
    engines = ",".join(sorted({p.engine for p in pages}))
    return elapsed, len(pages), "\n".join(p.text for p in pages), engines


def _build_engine(name: str) -> OcrEngine:
    if name == "rapidocr":
        from adapters.ocr.rapid import RapidOcrEngine

        return RapidOcrEngine()
    if name == "tesseract":
        from adapters.ocr.tesseract import TesseractEngine

        return TesseractEngine()
    return _RefuseOcr()


def run_one(run: str, samples: Path, repeat: int, dpi: int) -> dict[str, object]:
    """Benchmark one engine in this process; returns a JSON-able result."""
    start = time.perf_counter()
    engine = _build_engine(run)
    load_s = time.perf_counter() - start
    reader = DocumentPageReader(engine, render_dpi=dpi)
    documents = BORN_DIGITAL if run == "text-layer" else SCANNED
    rows = []
    for stem, suffix, mime in documents:
        path = samples / f"{stem}{suffix}"
        first_s, page_count, text, used = _read_once(reader, path, mime)
        steady = [_read_once(reader, path, mime)[0] for _ in range(repeat)]
        steady_s = statistics.median(steady)
        rows.append(
            {
                "document": stem,
                "pages": page_count,
                "read_by": used,
                "first_page_s": first_s / page_count,
                "steady_page_s": steady_s / page_count,
                "pages_per_s": page_count / steady_s,
                "cer": character_error_rate(_truth(samples, stem), text),
            }
        )
    # KiB on Linux. Tesseract works in child processes: count the largest of them too.
    own_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    version = text_layer_version() if run == "text-layer" else engine.version
    return {
        "run": run,
        "version": version,
        "load_s": load_s,
        "peak_rss_mb": own_kb / 1024,
        "child_peak_rss_mb": child_kb / 1024,
        "documents": rows,
    }


def _print_table(results: list[dict[str, object]]) -> None:
    print(
        f"{'run':<11} {'document':<19} {'pg':>2} {'first s/pg':>10} {'steady s/pg':>11} "
        f"{'pages/s':>8} {'CER':>7} {'load s':>7} {'peak RSS MB (+child)':>20}"
    )
    for result in results:
        if "error" in result:
            print(f"{result['run']:<11} error: {result['error']}")
            continue
        documents = result["documents"]
        for row in documents if isinstance(documents, list) else []:
            print(
                f"{result['run']:<11} {row['document']:<19} {row['pages']:>2} "
                f"{row['first_page_s']:>10.3f} {row['steady_page_s']:>11.3f} "
                f"{row['pages_per_s']:>8.2f} {row['cer']:>7.4f} {result['load_s']:>7.2f} "
                f"{result['peak_rss_mb']:>11.0f} (+{result['child_peak_rss_mb']:>4.0f})"
            )
    for result in results:
        if "version" in result:
            print(f"  {result['run']}: {result['version']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--repeat", type=int, default=3, help="steady-state reads per document")
    parser.add_argument("--dpi", type=int, default=200, help="render DPI for scanned PDF pages")
    parser.add_argument("--runs", nargs="+", choices=RUNS, default=list(RUNS))
    parser.add_argument("--only", choices=RUNS, help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args(argv)

    if args.only:
        print(json.dumps(run_one(args.only, args.samples, args.repeat, args.dpi)))
        return 0

    results: list[dict[str, object]] = []
    for run in args.runs:
        child = subprocess.run(
            [
                sys.executable, "-m", "bench.ocr_bench", "--only", run,
                "--samples", str(args.samples), "--repeat", str(args.repeat),
                "--dpi", str(args.dpi),
            ],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if child.returncode != 0:
            tail = child.stderr.strip().splitlines()[-1:] or ["no output"]
            results.append({"run": run, "error": tail[0]})
        else:
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    _print_table(results)
    return 0 if all("error" not in r for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
