"""finalize: ONE transaction writes the coded clinical rows (hub + spoke), an audit
row per clinical write (by trigger, same transaction), and completes the document.

Every row carries patient_id, shell_file_id and the source page/box (and, for a
structured record, the narrative element id or FHIR resource it came from). Each item
has a deterministic key, so finalize can never write the same item twice.

Context is stored, never lost: the hub gets the item's assertion (present, negated,
historical, family, hypothetical) and the gate's review flag and reason; a medication
keeps its status, an immunization its status (a due vaccine has no administration
date), a lab its own date. A finding that is not asserted is never written as active.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from opentelemetry import trace
from psycopg.types.json import Jsonb
from pydantic import BaseModel

from pipeline.clinical.schema import ClinicalExtraction, SourceRef
from pipeline.db import DictConnection
from pipeline.sqlfiles import query
from pipeline.stages._runner import StageContext
from pipeline.stages.passes import latest_output

#: Below this extractor confidence an item is flagged for human review.
REVIEW_THRESHOLD = 0.7

# kind -> (activity type, spoke query, name field, code field)
_KINDS: dict[str, tuple[str, str, str, str | None]] = {
    "medications": ("intervention", "medication_insert", "name", None),
    "labs": ("observation", "observation_insert", "test_name", "loinc_code"),
    "vitals": ("observation", "vital_insert", "kind", "loinc_code"),
    "allergies": ("observation", "allergy_insert", "substance", None),
    "conditions": ("observation", "condition_insert", "name", None),
    "immunizations": ("intervention", "immunization_insert", "vaccine", None),
}
_EVENT_KIND = {
    "medications": "medication",
    "labs": "lab",
    "vitals": "vital",
    "allergies": "allergy",
    "conditions": "condition",
    "immunizations": "immunization",
}


def item_key(kind: str, item: BaseModel) -> str:
    dumped = item.model_dump(mode="json")
    source = dumped.get("source")
    if isinstance(source, dict) and source.get("element_id") is None:
        source.pop("element_id", None)  # keys of paged items stay what they were before it
    canonical = json.dumps([kind, dumped], sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _spoke_params(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    if kind == "vitals":
        fields["measurement"] = Jsonb(
            {k: fields.get(k) for k in ("value_text", "value_numeric", "value_secondary", "unit")}
        )
    # "No history of diabetes" is stored, but never as an active condition.
    not_asserted = fields.get("assertion", "present") != "present"
    if kind == "conditions" and not_asserted and fields.get("status") in (None, "active"):
        fields["status"] = "inactive"
    return fields


def _review(fields: dict[str, Any]) -> tuple[bool, str | None]:
    """The gate's verdict, or (for rows the gate let through) the confidence floor."""
    if fields.get("requires_review"):
        return True, fields.get("review_reason") or "unconfirmed"
    if float(fields.get("confidence", 1.0)) < REVIEW_THRESHOLD:
        return True, "low_confidence"
    return False, None


def _event_date(kind: str, fields: dict[str, Any], output: ClinicalExtraction) -> Any:
    own = fields.get("administered_on") if kind == "immunizations" else fields.get("observed_on")
    return own or output.service_date


class Finalize:
    def work(self, ctx: StageContext) -> ClinicalExtraction:
        return ClinicalExtraction.model_validate(latest_output(ctx, "pass2"))

    def persist(
        self, conn: DictConnection, ctx: StageContext, output: ClinicalExtraction
    ) -> dict[str, Any]:
        written: dict[str, int] = {}
        for kind, (activity, spoke_query, name_field, code_field) in _KINDS.items():
            for item in getattr(output, kind):
                source: SourceRef = item.source
                fields = item.model_dump(mode="python")
                requires_review, review_reason = _review(fields)
                event = conn.execute(
                    query("clinical_event_insert"),
                    {
                        "patient_id": ctx.patient_id,
                        "shell_file_id": ctx.shell_file_id,
                        "activity_type": activity,
                        "event_name": str(fields[name_field]),
                        "event_kind": _EVENT_KIND[kind],
                        "event_date": _event_date(kind, fields, output),
                        "loinc_code": fields.get(code_field) if code_field else None,
                        "icd10_code": fields.get("icd10_code"),
                        "performed_by": output.provider_name,
                        "facility_name": output.facility_name,
                        "confidence": round(float(fields.get("confidence", 1.0)), 3),
                        "model_version": f"{output.extractor}:{output.extractor_version}",
                        "requires_review": requires_review,
                        "review_reason": review_reason,
                        "assertion": fields.get("assertion", "present"),
                        "source_page": source.page,
                        "source_bbox": Jsonb(list(source.bbox)),
                        "source_element_id": source.element_id,
                        "item_key": item_key(kind, item),
                        "correlation_id": ctx.correlation_id,
                    },
                ).fetchone()
                if event is None:
                    continue  # already written by an earlier, committed run
                for own in ("source", "confidence", "requires_review", "review_reason"):
                    fields.pop(own, None)
                conn.execute(
                    query(spoke_query),
                    _spoke_params(
                        kind,
                        {
                            **fields,
                            "event_id": event["id"],
                            "patient_id": ctx.patient_id,
                            "shell_file_id": ctx.shell_file_id,
                        },
                    ),
                )
                written[kind] = written.get(kind, 0) + 1
        # This runs inside the runner's "finalize commit" span: the transaction's span.
        trace.get_current_span().set_attribute("docpipe.item_count", sum(written.values()))
        return {"written": written}
