"""ocr: per-page text (text layer or OCR), saved page by page.

Each finished page is saved at once (keyed by file hash, page and engine), so a
retried or rescued job skips the pages already done. A page whose own bytes are bad
is flagged and the document goes on; a document with no readable page is a
permanent error. A page is never stored as failed for a process reason (lost lease,
time limit, engine fault, memory): the attempt stops and the next one reads it.

The pages are read from a private copy whose sha256 must be the one the security
scan recorded; any other bytes are refused as ``content_changed`` (permanent).

A structured record (C-CDA, FHIR Bundle) has no pages to read: OCR stores none and
completes; pass 2 imports the record's coded entries instead (stages/structured.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from psycopg.types.json import Jsonb

from adapters.storage.verified import verified_local_copy
from pipeline.db import DictConnection
from pipeline.errors import InvalidDocument, PermanentError
from pipeline.ports import PageText, ScanReport
from pipeline.sqlfiles import query
from pipeline.stages._runner import StageContext
from pipeline.stages.structured import structured_kind

#: Codes of failed pages stored by older versions for a process reason, not the page's
#: own: such a row does not count as done, and the next read of the page replaces it.
RETRY_PAGE_CODES = ("lease_lost", "ocr_failed")


@dataclass(frozen=True)
class OcrOutput:
    pages: int
    failed_pages: tuple[int, ...]
    reused_pages: int
    confidence: float | None


def scan_report_of(shell_file: dict[str, Any]) -> ScanReport:
    if not shell_file.get("file_checksum_sha256"):
        raise PermanentError("document was not scanned", code="scan_missing")
    return ScanReport(
        mime_type=shell_file["detected_mime_type"],
        page_count=int(shell_file["page_count"] or 0),
        sha256=shell_file["file_checksum_sha256"],
        size_bytes=int(shell_file["file_size_bytes"]),
    )


def _line_json(page: PageText) -> list[dict[str, Any]]:
    return [
        {
            "text": line.text,
            "bbox": list(line.bbox),
            "confidence": round(line.confidence, 4),
            "cells": [[cell, round(x0, 4), round(x1, 4)] for cell, x0, x1 in line.cells],
        }
        for line in page.lines
    ]


class Ocr:
    def work(self, ctx: StageContext) -> OcrOutput:
        runtime = ctx.runtime
        report = scan_report_of(ctx.shell_file)
        if structured_kind(ctx.shell_file) is not None:
            return OcrOutput(pages=0, failed_pages=(), reused_pages=0, confidence=None)
        reader = runtime.page_reader
        with runtime.pool.connection() as conn:
            done = conn.execute(
                query("ocr_pages_done"),
                {
                    "shell_file_id": ctx.shell_file_id,
                    "sha256": report.sha256,
                    "engine_key": reader.engine_key,
                    "retry_codes": list(RETRY_PAGE_CODES),
                },
            ).fetchall()
        results: dict[int, tuple[str, float | None]] = {
            row["page_number"]: (row["status"], row["confidence"]) for row in done
        }
        reused = len(results)
        with verified_local_copy(
            runtime.storage,
            ctx.shell_file["storage_path"],
            report.sha256,
            max_bytes=runtime.settings.max_upload_bytes,
        ) as copy:
            for page in reader.read_pages(copy.path, report, skip_pages=sorted(results)):
                self._save(ctx, report, reader.engine_key, page)
                results[page.page_number] = (page.status, page.confidence)
                ctx.check_lease()
        ok = [conf for status, conf in results.values() if status == "ok"]
        if not ok:
            raise InvalidDocument("no page of the document could be read", code="no_readable_pages")
        confidences = [float(c) for c in ok if c is not None]
        return OcrOutput(
            pages=len(results),
            failed_pages=tuple(sorted(n for n, (status, _) in results.items() if status != "ok")),
            reused_pages=reused,
            confidence=sum(confidences) / len(confidences) if confidences else None,
        )

    @staticmethod
    def _save(ctx: StageContext, report: ScanReport, engine_key: str, page: PageText) -> None:
        with ctx.runtime.pool.connection() as conn:
            conn.execute(
                query("ocr_page_save"),
                {
                    "shell_file_id": ctx.shell_file_id,
                    "patient_id": ctx.patient_id,
                    "sha256": report.sha256,
                    "page_number": page.page_number,
                    "engine_key": engine_key,
                    "engine": page.engine,
                    "status": page.status,
                    "error_code": page.error_code,
                    "text": page.text,
                    "lines": Jsonb(_line_json(page)),
                    "confidence": round(page.confidence, 3)
                    if page.confidence is not None
                    else None,
                    "duration_ms": page.duration_ms,
                    "retry_codes": list(RETRY_PAGE_CODES),
                },
            )

    def persist(self, conn: DictConnection, ctx: StageContext, output: OcrOutput) -> dict[str, Any]:
        conn.execute(
            query("shell_file_record_ocr"),
            {
                "shell_file_id": ctx.shell_file_id,
                "confidence": round(output.confidence, 3)
                if output.confidence is not None
                else None,
                "failed_pages": list(output.failed_pages),
            },
        )
        return {
            "pages": output.pages,
            "failed_pages": list(output.failed_pages),
            "reused_pages": output.reused_pages,
        }
