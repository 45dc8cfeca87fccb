"""The context fields of an LLM's items, made safe before schema validation.

Models say "ceased", "discontinued" or "denied" where the schema has ``stopped`` and
``negated``; those are mapped. A value that maps to nothing is not guessed: the
field is left at a safe value and the item is flagged for review, so an unclear
status is never stored as current. A date that is not ISO is dropped the same way
(``03/05/2024`` is ambiguous). The review reason is always the adapter's own code.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, get_args

from pipeline.clinical.schema import Assertion, ImmunizationStatus, MedicationStatus

_MEDICATION_STATUS = {
    **{value: value for value in get_args(MedicationStatus)},
    "current": "active",
    "continue": "active",
    "continued": "active",
    "started": "new",
    "start": "new",
    "ceased": "stopped",
    "discontinued": "stopped",
    "cancelled": "stopped",
    "canceled": "stopped",
    "suspended": "held",
    "on hold": "held",
    "withheld": "held",
    "paused": "held",
    "finished": "completed",
    "complete": "completed",
    "increased": "changed",
    "decreased": "changed",
    "modified": "changed",
}
_ASSERTION = {
    **{value: value for value in get_args(Assertion)},
    "positive": "present",
    "affirmed": "present",
    "absent": "negated",
    "denied": "negated",
    "negative": "negated",
    "none": "negated",
    "past": "historical",
    "history": "historical",
    "resolved": "historical",
    "family history": "family",
    "possible": "hypothetical",
    "planned": "hypothetical",
    "rule out": "hypothetical",
    "suspected": "hypothetical",
}
_IMMUNIZATION_STATUS = {
    **{value: value for value in get_args(ImmunizationStatus)},
    "administered": "given",
    "completed": "given",
    "done": "given",
    "scheduled": "planned",
    "recommended": "due",
    "overdue": "due",
    "declined": "refused",
}
# (list key, field) -> (mapping, value that is never "current" when the text is unclear)
_FIELDS: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("medications", "status"): (_MEDICATION_STATUS, "active"),
    ("allergies", "assertion"): (_ASSERTION, "present"),
    ("conditions", "assertion"): (_ASSERTION, "present"),
    ("immunizations", "status"): (_IMMUNIZATION_STATUS, "planned"),
}
_DATES = {"labs": "observed_on", "immunizations": "administered_on"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _flag(fields: dict[str, Any], reason: str) -> None:
    fields["requires_review"] = True
    fields.setdefault("review_reason", reason)


def normalise_context(key: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` of one item of list ``key`` with context values mapped or flagged."""
    fields = dict(fields)
    fields.pop("review_reason", None)  # a machine code: ours, never the model's text
    if fields.get("requires_review") is True:
        fields["review_reason"] = "model_unsure"
    elif "requires_review" in fields and not isinstance(fields["requires_review"], bool):
        fields.pop("requires_review")
    for (list_key, name), (mapping, fallback) in _FIELDS.items():
        if list_key != key or name not in fields:
            continue
        raw = fields[name]
        mapped = mapping.get(raw.strip().lower()) if isinstance(raw, str) else None
        if mapped is None:
            fields[name] = fallback
            _flag(fields, f"unclear_{name}")
        else:
            fields[name] = mapped
    date_field = _DATES.get(key)
    if date_field and date_field in fields:
        raw = fields[date_field]
        if not (isinstance(raw, str) and _ISO_DATE.match(raw) and _is_date(raw)):
            del fields[date_field]
            _flag(fields, "ambiguous_date")
    return fields


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
