"""``docpipe demo``: the whole pipeline on an embedded (or given) database, offline.

Starts Postgres (pgserver) unless DATABASE_URL / --database-url is given, migrates
it, runs Dramatiq workers on the Postgres broker in this process, submits the
bundled samples (or the given files) through the same intake path as the upload
hook, shows each document's progress per stage, and prints what was extracted.
All samples are synthetic; nothing leaves the machine. An embedded Postgres it
started is stopped at the end (``--keep-postgres`` or DOCPIPE_DEMO_KEEP_POSTGRES=1
leaves it running, and the demo prints how to stop it).
"""

from __future__ import annotations

import argparse
import hashlib
import mimetypes
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import dramatiq

from pipeline import bootstrap, flow, stages
from pipeline.db import connect
from pipeline.embedded import (
    embedded_data_dir,
    embedded_postgres_url,
    release_embedded_postgres,
    stop_command,
)
from pipeline.intake import UploadRequest, submit_upload
from pipeline.migrate import migrate
from pipeline.runtime import Runtime, get_runtime
from pipeline.settings import Settings
from pipeline.sqlfiles import data_dir, query
from pipeline.tracing.setup import export_configured, flush_tracing

SAMPLES_DIR = data_dir("samples")
DEFAULT_SAMPLES = (
    "lab_report.pdf",
    "prescription_scan.pdf",
    "discharge_summary.pdf",
    "vaccination_record.jpg",
    "structured/ccd_full.xml",  # a C-CDA: imported from its coded entries, no OCR
    "encrypted.pdf",
    "corrupt.pdf",
)
#: A fixed, synthetic demo account (uuid5 so re-runs reuse it).
DEMO_USER = uuid.uuid5(uuid.NAMESPACE_URL, "https://docpipe.invalid/demo-user")

STAGE_COLUMNS = [(s.name, s.status_column) for s in flow.STAGES]
SHORT = {
    "security_scan": "scan",
    "ocr": "ocr",
    "pass1_entities": "pass1",
    "pass2_clinical": "pass2",
    "pass3_narrative": "pass3",
    "finalize": "final",
}
MARK = {"pending": "·", "processing": "…", "completed": "✓", "failed": "✗", "skipped": "-"}


@dataclass
class Submitted:
    name: str
    shell_file_id: uuid.UUID


def _redact(url: str) -> str:
    """The database URL without a password, for display."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"


def _ensure_demo_patient(database_url: str) -> None:
    with connect(database_url, role="") as conn:
        conn.execute(query("demo_user_create"), {"user_id": DEMO_USER})
        conn.execute(query("demo_profile_create"), {"user_id": DEMO_USER})
        conn.commit()


def _mime_for(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def _submit(runtime: Runtime, files: list[Path], run_id: str) -> list[Submitted]:
    submitted = []
    for path in files:
        storage_path = f"{DEMO_USER}/{run_id}-{path.name}"
        with path.open("rb") as data:
            size = runtime.storage.put(storage_path, data)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        result = submit_upload(
            runtime.pool,
            runtime.dispatcher,
            UploadRequest(
                patient_id=DEMO_USER,
                uploaded_by=DEMO_USER,
                storage_path=storage_path,
                original_filename=path.name,
                mime_type=_mime_for(path),
                file_size_bytes=max(size, 1),
                idempotency_key=f"demo:{run_id}:{digest}",
            ),
        )
        submitted.append(Submitted(path.name, result.shell_file_id))
    return submitted


def _rows(runtime: Runtime, docs: list[Submitted]) -> dict[uuid.UUID, dict[str, Any]]:
    with runtime.pool.connection() as conn:
        rows = conn.execute(
            query("demo_documents"), {"ids": [d.shell_file_id for d in docs]}
        ).fetchall()
    return {row["id"]: dict(row) for row in rows}


def _progress_line(name: str, row: dict[str, Any]) -> str:
    cells = " ".join(
        f"{SHORT[stage]} {MARK.get(row[column], '?')}" for stage, column in STAGE_COLUMNS
    )
    return f"  {name[:26]:<26} {cells}   {row['status']}"


def _watch(
    runtime: Runtime, docs: list[Submitted], out: TextIO, timeout: float
) -> dict[uuid.UUID, dict[str, Any]]:
    shown: dict[uuid.UUID, str] = {}
    deadline = time.monotonic() + timeout
    rows = _rows(runtime, docs)
    while True:
        for doc in docs:
            line = _progress_line(doc.name, rows[doc.shell_file_id])
            if shown.get(doc.shell_file_id) != line:
                out.write(line + "\n")
                shown[doc.shell_file_id] = line
        out.flush()
        if (
            all(r["status"] in ("completed", "failed") for r in rows.values())
            or time.monotonic() > deadline
        ):
            return rows
        time.sleep(0.25)
        rows = _rows(runtime, docs)


#: Why a document was refused, in words (the codes are the scanner's and OCR's).
REJECTION_REASONS = {
    "encrypted_pdf": "the PDF is encrypted (password protected)",
    "truncated_file": "the file is truncated or corrupt",
    "active_content": "the PDF contains active content (JavaScript or an action)",
    "decompression_bomb": "the file expands far beyond its size (a decompression bomb)",
    "polyglot": "the file is two formats at once (a polyglot)",
    "undecodable_stream": "part of the PDF cannot be decoded",
    "too_many_pages": "the document has more pages than allowed",
    "too_large": "the file is larger than allowed",
    "empty_file": "the file is empty",
    "unsupported_type": "the file type is not supported",
    "type_mismatch": "the file's content does not match its claimed type",
    "pdf_unreadable": "the PDF cannot be opened",
    "image_unreadable": "the image cannot be opened",
    "no_readable_pages": "no page of the document could be read",
    "content_changed": "the stored file changed after it was scanned",
    "xml_dtd_forbidden": "the XML declares a DTD (refused: entity expansion, external files)",
    "xml_entity_forbidden": "the XML declares entities (refused: entity expansion)",
    "xml_malformed": "the XML is not well formed",
    "json_malformed": "the JSON is not well formed",
    "too_deep": "the file nests too deeply",
    "not_ccda": "the XML is not a C-CDA document",
    "not_fhir_bundle": "the JSON is not a FHIR R4 Bundle",
}
KINDS = ["medication", "lab", "vital", "allergy", "condition", "immunization"]


def rejection_text(error: dict[str, Any] | None) -> str:
    code = (error or {}).get("code") or "unknown"
    return f"rejected: {code}: {REJECTION_REASONS.get(code, 'the document could not be processed')}"


def _value(item: dict[str, Any]) -> str:
    kind = item["event_kind"]
    if kind == "medication":
        return str(item["dose"] or "")
    if kind == "lab":
        return str(item["result"] or "")
    if kind == "vital":
        return f"{item['vital_value'] or ''} {item['vital_unit'] or ''}".strip()
    if kind == "allergy":
        return str(item["reaction"] or "")
    if kind == "immunization":
        given = item["administration_date"] or item["event_date"]
        return given.isoformat() if given else ""
    return ""


def item_line(name: str, item: dict[str, Any]) -> str:
    """One stored item: where it was read (page and box, or a structured record's element
    id), what, its code and any flag."""
    box = item["source_bbox"] or [0, 0, 0, 0]
    where = f"p{item['source_page']} box({box[0]:.2f},{box[1]:.2f},{box[2]:.2f},{box[3]:.2f})"
    if item.get("source_element_id"):
        where = f"p{item['source_page']} ref({item['source_element_id'][:24]})"
    code = f"{item['code_system']} {item['code']}" if item["code"] else "uncoded"
    flags = []
    if item["assertion"] != "present":
        flags.append(item["assertion"])
    if item["status"] and item["status"] not in ("active", "given"):
        flags.append(item["status"])
    if item["requires_review"]:
        flags.append(f"review: {item['review_reason'] or 'unconfirmed'}")
    flag_text = f"  [{'; '.join(flags)}]" if flags else ""
    return (
        f"  {name[:22]:<22} {where} {item['event_kind']:<12} {item['event_name'][:28]:<28} "
        f"{_value(item)[:26]:<26} {code}{flag_text}"
    )


def _report(
    runtime: Runtime, docs: list[Submitted], rows: dict[uuid.UUID, dict[str, Any]], out: TextIO
) -> None:
    with runtime.pool.connection() as conn:
        ids = {"ids": [d.shell_file_id for d in docs]}
        items = [dict(r) for r in conn.execute(query("clinical_items_for_documents"), ids)]
        audits = conn.execute(query("demo_audit_count"), {"user_id": DEMO_USER}).fetchone()
    per_doc: dict[uuid.UUID, dict[str, int]] = {}
    for item in items:
        found = per_doc.setdefault(item["shell_file_id"], {})
        found[item["event_kind"]] = found.get(item["event_kind"], 0) + 1
        found["review"] = found.get("review", 0) + int(bool(item["requires_review"]))

    out.write("\nWhat was extracted (items per category; review = flagged for a person)\n")
    header = (
        f"  {'document':<26} {'status':<10} {'type':<20} {'pages':>5} "
        + " ".join(f"{k[:5]:>5}" for k in [*KINDS, "review"])
        + "   secs"
    )
    out.write(header + "\n  " + "-" * (len(header) - 2) + "\n")
    for doc in docs:
        row = rows[doc.shell_file_id]
        found = per_doc.get(doc.shell_file_id, {})
        kind_cells = " ".join(f"{found.get(k, 0):>5}" for k in [*KINDS, "review"])
        secs = row.get("processing_duration_seconds")
        pages = row["page_count"] or 0
        out.write(
            f"  {doc.name[:26]:<26} {row['status']:<10} {(row['document_type'] or '-')[:20]:<20} "
            f"{pages:>5} {kind_cells}   {secs if secs is not None else '-'}\n"
        )
        if row["status"] == "failed":
            out.write(f"    {rejection_text(row['processing_error'])}\n")
    out.write(
        "\nEvery extracted item, with its page and box (click to source; for a structured"
        " record,\nthe element it was read from), its code and code system, and why it needs"
        " review or is not current\n"
    )
    names = {d.shell_file_id: d.name for d in docs}
    for item in items:
        out.write(item_line(names[item["shell_file_id"]], item) + "\n")
    audit_rows = audits["n"] if audits else 0
    out.write(f"\n  audit rows for the demo patient's clinical writes (all runs): {audit_rows}\n")


def run_demo(
    files: list[Path],
    *,
    database_url: str | None,
    out: TextIO,
    threads: int = 4,
    timeout: float = 300,
    keep_postgres: bool | None = None,
) -> int:
    """Run the files through the pipeline and report. An embedded Postgres started here
    is stopped at the end (unless ``keep_postgres``, default DOCPIPE_DEMO_KEEP_POSTGRES=1)."""
    started = time.monotonic()
    embedded = database_url is None
    if keep_postgres is None:
        keep_postgres = os.environ.get("DOCPIPE_DEMO_KEEP_POSTGRES", "") == "1"
    if database_url is None:
        out.write("Starting the embedded Postgres (pgserver)...\n")
        database_url = embedded_postgres_url(stop_at_exit=not keep_postgres)
    try:
        pending, storage_url = _run(files, database_url, out, threads=threads, timeout=timeout)
    finally:
        postgres_note = _release_postgres(keep=keep_postgres) if embedded else None
    out.write(
        f"\nDone in {time.monotonic() - started:.1f}s.\n"
        f"  database: {_redact(database_url)}\n"
        "            (tables shell_files, patient_*, audit_log, job_queue)\n"
        f"  storage:  {storage_url}\n"
        f"  traces:   {_traces_note()}\n"
    )
    if postgres_note:
        out.write(postgres_note)
    return 1 if pending else 0


def _release_postgres(*, keep: bool) -> str:
    """Stop the embedded server (unless kept) and say plainly what state it is in."""
    folder = embedded_data_dir()
    if keep:
        return (
            f"  postgres: the embedded server is still running (DOCPIPE_DEMO_KEEP_POSTGRES=1);\n"
            f"            look with psql at the database address above; stop it with:\n"
            f"            {stop_command(folder)}\n"
        )
    if release_embedded_postgres(folder):
        return (
            f"  postgres: the embedded server is stopped; its data stays in {folder}\n"
            "            (the next run starts it again; DOCPIPE_DEMO_KEEP_POSTGRES=1 leaves it\n"
            "            running for psql)\n"
        )
    return (
        "  postgres: the embedded server is still running: another process uses it.\n"
        f"            It stops when that process ends; to stop it now: {stop_command(folder)}\n"
    )


def _run(
    files: list[Path], database_url: str, out: TextIO, *, threads: int, timeout: float
) -> tuple[list[dict[str, Any]], str]:
    """Migrate, run workers, submit, watch, report: (documents not finished, storage URL)."""
    for line in migrate(database_url).lines():
        out.write(f"  migrate: {line}\n")
    _ensure_demo_patient(database_url)
    storage_url = os.environ.get("STORAGE_URL") or (embedded_data_dir().parent / "storage").as_uri()
    settings = Settings.from_env()
    settings = Settings(
        **{
            **settings.__dict__,
            "database_url": database_url,
            "broker_url": database_url,
            "storage_url": storage_url,
        }
    )
    broker = bootstrap.configure(settings, maintain=True)
    stages.declare(broker)
    broker.emit_after("process_boot")
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=200)
    worker.start()
    try:
        runtime = get_runtime()
        run_id = uuid.uuid4().hex[:8]
        docs = _submit(runtime, files, run_id)
        out.write(f"\nSubmitted {len(docs)} documents (run {run_id}); ")
        out.write("stages: scan → ocr → pass1 → pass2 → pass3 → final\n")
        rows = _watch(runtime, docs, out, timeout)
        _report(runtime, docs, rows, out)
    finally:
        worker.stop()  # its after_worker_shutdown flushes the spans too
        broker.close()
        flush_tracing()
    pending = [r for r in rows.values() if r["status"] not in ("completed", "failed")]
    return pending, storage_url


def _traces_note() -> str:
    if export_configured():
        return "exported over OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT), one trace per document"
    return "exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set (none by default)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="docpipe demo", description=__doc__)
    parser.add_argument(
        "files", nargs="*", type=Path, help="documents to process (default: the bundled samples)"
    )
    parser.add_argument("--database-url", help="use this database instead of the embedded one")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--keep-postgres",
        action="store_true",
        default=None,
        help="leave the embedded Postgres running (default: stop it; DOCPIPE_DEMO_KEEP_POSTGRES=1)",
    )
    args = parser.parse_args(argv)
    files = args.files or [SAMPLES_DIR / name for name in DEFAULT_SAMPLES]
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        sys.stderr.write(f"error: no such file: {', '.join(missing)}\n")
        return 2
    return run_demo(
        files,
        database_url=args.database_url or os.environ.get("DATABASE_URL") or None,
        out=sys.stdout,
        threads=args.threads,
        keep_postgres=args.keep_postgres,
    )
