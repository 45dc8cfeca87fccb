"""What ``GET /v1/shell-files/{id}`` answers: a document's progress and results.

Everything is read AS THE CALLER: one read-only transaction switched to the
``authenticated`` role with the caller's verified claims (``results_as_caller``), so
row-level security makes the decision, exactly as for a client reading the tables
directly. A stranger sees no row (the hook answers 404, the same as for an unknown
id); a delegate sees what their grant allows. The role and claims end with the
transaction, so the pooled connection goes back as the service role.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from pipeline import flow
from pipeline.db import DictConnection
from pipeline.hook.auth import Caller
from pipeline.sqlfiles import query

#: The categories of extracted items, in display order (patient_clinical_events.event_kind).
CATEGORIES = ("medication", "lab", "vital", "allergy", "condition", "immunization")


def caller_claims(caller: Caller) -> str:
    """The claims RLS reads (auth.uid(), auth.role()): only what the token proved."""
    claims: dict[str, Any] = {"sub": str(caller.user_id), "role": caller.role}
    if caller.is_anonymous:
        claims["is_anonymous"] = True
    return json.dumps(claims)


def read_document(
    conn: DictConnection, caller: Caller, shell_file_id: uuid.UUID, *, include_items: bool
) -> dict[str, Any] | None:
    """The document as ``caller`` may see it, or None (no such document, or not theirs)."""
    with conn.transaction():
        conn.execute(query("results_as_caller"), {"claims": caller_claims(caller)})
        params = {"shell_file_id": shell_file_id}
        row = conn.execute(query("results_document"), params).fetchone()
        if row is None:
            return None
        counts = conn.execute(query("results_counts"), params).fetchall()
        items = conn.execute(query("results_items"), params).fetchall() if include_items else []
    body = _document(row)
    body["results"] = _results(row, counts)
    if include_items:
        body["items"] = [item_body(item) for item in items]
    return body


def _document(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "shell_file_id": str(row["id"]),
        "status": row["status"],
        "stages": {stage.name: row[stage.status_column] for stage in flow.STAGES},
        "page_count": row["page_count"],
        "failed_pages": row["failed_page_numbers"],
        "processing_error": row["processing_error"],
        "correlation_id": row["correlation_id"],
    }


def _results(row: dict[str, Any], counts: list[dict[str, Any]]) -> dict[str, Any]:
    per_kind = dict.fromkeys(CATEGORIES, 0)
    review = 0
    for count in counts:
        per_kind[count["event_kind"]] = int(count["n"])
        review += int(count["review"])
    return {
        "document_type": row["document_type"],
        "summary": row["ai_synthesized_summary"],
        "counts": per_kind,
        "items_total": sum(per_kind.values()),
        "requires_review": review,
    }


def item_body(item: dict[str, Any]) -> dict[str, Any]:
    """One extracted item as the API shows it (the shape is documented in
    docs/getting-started.md)."""
    box = item["source_bbox"]
    given = item["administration_date"]
    event_date = item["event_date"]
    return {
        "id": str(item["id"]),
        "category": item["event_kind"],
        "name": item["event_name"],
        "code": item["code"],
        "code_system": item["code_system"],
        "page": item["source_page"],
        "box": [float(v) for v in box] if box else None,
        "source_element_id": item["source_element_id"],
        "requires_review": bool(item["requires_review"]),
        "review_reason": item["review_reason"],
        "assertion": item["assertion"],
        "status": item["status"],
        "date": event_date.isoformat() if event_date else None,
        "value": _value(item),
        "interpretation": item["interpretation"],
        "administration_date": given.isoformat() if given else None,
    }


def _value(item: dict[str, Any]) -> str | None:
    """The item's value in words: a dose, a lab result, a measurement, a reaction."""
    kind = item["event_kind"]
    value = {
        "medication": item["dose"],
        "lab": item["result"],
        "vital": item["measurement"],
        "allergy": item["reaction"],
    }.get(kind)
    return str(value) if value else None
