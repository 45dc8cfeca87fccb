"""The AI passes (entities, clinical extraction, narrative) through the extractor port.

Each pass's output is stored in ai_pass_results keyed by the hash of its input
and the extractor's name and version, the moment it is made: a retried or
rescued job (or a redelivered message) reuses the stored, paid-for result.

A structured record (C-CDA, FHIR R4 Bundle; stages/structured.py) has no OCR text:
pass 1 stores empty detections, pass 2 stores the importer's output (keyed by the
file's hash and the importer's name and version), pass 3 summarises it as usual.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from psycopg.types.json import Jsonb

from pipeline.clinical.gate import ValidityGate
from pipeline.clinical.schema import ClinicalExtraction, EntityDetections
from pipeline.db import DictConnection
from pipeline.errors import PermanentError
from pipeline.ports import PageText, TextLine
from pipeline.sqlfiles import query
from pipeline.stages._runner import StageContext
from pipeline.stages.structured import import_original, importer_for


def load_pages(ctx: StageContext) -> list[PageText]:
    with ctx.runtime.pool.connection() as conn:
        rows = conn.execute(
            query("ocr_pages_latest"),
            {"shell_file_id": ctx.shell_file_id, "sha256": ctx.shell_file["file_checksum_sha256"]},
        ).fetchall()
    pages = []
    for row in rows:
        if row["status"] != "ok":
            continue
        lines = tuple(
            TextLine(
                text=line["text"],
                bbox=tuple(line["bbox"]),
                confidence=float(line["confidence"]),
                cells=tuple((c, float(x0), float(x1)) for c, x0, x1 in line.get("cells", ())),
            )
            for line in row["lines"]
        )
        pages.append(PageText(row["page_number"], lines, row["engine"], row["engine_key"]))
    if not pages:
        raise PermanentError("no OCR text for this document", code="ocr_missing")
    return pages


def _digest(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def pages_digest(pages: list[PageText]) -> str:
    return _digest([[p.page_number, p.engine_version, p.text] for p in pages])


def cached_call(
    ctx: StageContext,
    pass_name: str,
    input_sha256: str,
    call: Callable[[], dict[str, Any]],
    producer: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """The stored output for this input, or call the extractor once and store it.

    ``producer`` (name, version) replaces the runtime extractor's in the key when
    something else makes the output (a structured record's importer).
    """
    extractor = ctx.runtime.extractor
    name, version = producer or (extractor.name, extractor.version)
    key = {
        "shell_file_id": ctx.shell_file_id,
        "pass_name": pass_name,
        "input_sha256": input_sha256,
        "extractor": name,
        "extractor_version": version,
    }
    with ctx.runtime.pool.connection() as conn:
        row = conn.execute(query("ai_result_get"), key).fetchone()
    if row is not None:
        return dict(row["output"])
    started = time.monotonic()
    output = call()
    with ctx.runtime.pool.connection() as conn:
        conn.execute(
            query("ai_result_save"),
            {
                **key,
                "patient_id": ctx.patient_id,
                "output": Jsonb(output),
                "usage": Jsonb({}),
                "duration_ms": int((time.monotonic() - started) * 1000),
                "correlation_id": ctx.correlation_id,
            },
        )
    return output


def latest_output(ctx: StageContext, pass_name: str) -> dict[str, Any]:
    with ctx.runtime.pool.connection() as conn:
        row = conn.execute(
            query("ai_result_latest"), {"shell_file_id": ctx.shell_file_id, "pass_name": pass_name}
        ).fetchone()
    if row is None:
        raise PermanentError(f"{pass_name} output is missing", code="pass_output_missing")
    return dict(row["output"])


def _file_digest(ctx: StageContext) -> str:
    return _digest(["structured", ctx.shell_file["file_checksum_sha256"]])


class Pass1Entities:
    def work(self, ctx: StageContext) -> EntityDetections:
        importer = importer_for(ctx.shell_file)
        if importer is not None:  # a structured record: nothing to find in OCR text
            empty = EntityDetections(extractor=importer.name, extractor_version=importer.version)
            output = cached_call(
                ctx,
                "pass1",
                _file_digest(ctx),
                lambda: empty.model_dump(mode="json"),
                producer=(importer.name, importer.version),
            )
            return EntityDetections.model_validate(output)
        pages = load_pages(ctx)
        output = cached_call(
            ctx,
            "pass1",
            pages_digest(pages),
            lambda: ctx.runtime.extractor.find_entities(pages).model_dump(mode="json"),
        )
        return EntityDetections.model_validate(output)

    def persist(
        self, conn: DictConnection, ctx: StageContext, output: EntityDetections
    ) -> dict[str, Any]:
        return {"entities": len(output.entities)}


_CATEGORIES = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")


class Pass2Clinical:
    """Extract, then the validity gate (pipeline/clinical/gate.py), whatever the extractor.

    The stored pass-2 output is the gated one (finalize and pass 3 read it); the gate's
    version is part of the input key, so a changed gate never reuses an old verdict.

    A structured record is imported, not extracted, and skips the gate: its entries are
    coded source data with explicit status and negation, not text a reader guessed at,
    and the gate's word lists would flag (or drop) coded drugs, results and vaccines
    they do not know. The importer sets the gate's output fields itself where the record
    is incomplete (``requires_review`` with a reason such as ``missing_value``), so the
    stored output has the same shape and finalize treats it the same way.
    """

    def work(self, ctx: StageContext) -> ClinicalExtraction:
        importer = importer_for(ctx.shell_file)
        if importer is not None:
            output = cached_call(
                ctx,
                "pass2",
                _file_digest(ctx),
                lambda: import_original(ctx, importer).model_dump(mode="json"),
                producer=(importer.name, importer.version),
            )
            return ClinicalExtraction.model_validate(output)
        pages = load_pages(ctx)
        entities = EntityDetections.model_validate(latest_output(ctx, "pass1"))
        gate = ValidityGate(ctx.runtime.vocabulary, today=datetime.now(UTC).date())

        def extract_and_gate() -> dict[str, Any]:
            extraction = ctx.runtime.extractor.extract_clinical(pages, entities)
            return gate(extraction).model_dump(mode="json")

        output = cached_call(
            ctx,
            "pass2",
            _digest([pages_digest(pages), entities.model_dump(mode="json"), gate.version]),
            extract_and_gate,
        )
        return ClinicalExtraction.model_validate(output)

    def persist(
        self, conn: DictConnection, ctx: StageContext, output: ClinicalExtraction
    ) -> dict[str, Any]:
        review = sum(item.requires_review for kind in _CATEGORIES for item in getattr(output, kind))
        return {
            "items": output.item_count(),
            "review": review,
            "document_type": output.document_type,
        }


class Pass3Narrative:
    def work(self, ctx: StageContext) -> tuple[str, str]:
        # A structured record has no pages: the narrative is made from the extraction.
        pages = [] if importer_for(ctx.shell_file) is not None else load_pages(ctx)
        extraction = ClinicalExtraction.model_validate(latest_output(ctx, "pass2"))
        output = cached_call(
            ctx,
            "pass3",
            _digest([pages_digest(pages), extraction.model_dump(mode="json")]),
            lambda: {"summary": ctx.runtime.extractor.summarize(pages, extraction)},
        )
        return str(output["summary"]), extraction.document_type

    def persist(
        self, conn: DictConnection, ctx: StageContext, output: tuple[str, str]
    ) -> dict[str, Any]:
        summary, document_type = output
        conn.execute(
            query("shell_file_record_summary"),
            {
                "shell_file_id": ctx.shell_file_id,
                "summary": summary,
                "document_type": document_type,
            },
        )
        return {"summary_chars": len(summary)}
