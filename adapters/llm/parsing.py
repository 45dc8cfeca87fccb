"""Turns an LLM's JSON reply into the validated schema, with sources mapped to boxes.

The model cites line labels; an item whose label cannot be mapped to a line of the
input is dropped and counted, never kept without provenance. Anything else that
does not fit the schema (not JSON, wrong types, unknown keys) raises
TransientError ``llm_output_invalid``: retrying may give a valid reply.

PHI: error texts carry pydantic error *types* and counts only, never the model's
output, and errors are raised outside ``except`` blocks so no exception holding
that output is chained to them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from adapters.llm.context import normalise_context
from adapters.llm.prompts import ITEM_MODELS, LineIndex
from pipeline.clinical.schema import SCHEMA_VERSION, ClinicalExtraction, EntityDetections
from pipeline.errors import TransientError

ModelT = TypeVar("ModelT", bound=BaseModel)

#: Keys the adapter owns; whatever the model put there is replaced.
_OWN_KEYS = ("schema_version", "extractor", "extractor_version")


@dataclass(frozen=True, slots=True)
class Parsed(Generic[ModelT]):
    """A validated pass result and how many items were dropped for lack of a source."""

    value: ModelT
    dropped: int


def output_invalid(what: str) -> TransientError:
    return TransientError(f"LLM output invalid: {what}", code="llm_output_invalid")


def load_json_object(content: str) -> dict[str, Any]:
    """The JSON object in ``content`` (a Markdown code fence around it is tolerated)."""
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").strip()
        if text.lower().startswith("json"):
            text = text[4:]
    data: Any = None
    decoded = False
    try:
        data = json.loads(text)
        decoded = True
    except (json.JSONDecodeError, RecursionError):
        pass  # raised below, outside the handler, so nothing chains the model's text
    if not decoded:
        raise output_invalid("not JSON")
    if not isinstance(data, dict):
        raise output_invalid("not a JSON object")
    return data


def parse_entities(
    content: str, index: LineIndex, *, extractor: str, version: str
) -> Parsed[EntityDetections]:
    data = load_json_object(content)
    entities, dropped = _map_items(data.pop("entities", None), index, "entities")
    data.update(entities=entities)
    return Parsed(_validate(EntityDetections, data, extractor, version), dropped)


def parse_clinical(
    content: str, index: LineIndex, *, extractor: str, version: str
) -> Parsed[ClinicalExtraction]:
    data = load_json_object(content)
    dropped = 0
    for key in ITEM_MODELS:
        items, skipped = _map_items(data.pop(key, None), index, key)
        data[key] = items
        dropped += skipped
    return Parsed(_validate(ClinicalExtraction, data, extractor, version), dropped)


def _map_items(raw: Any, index: LineIndex, key: str) -> tuple[list[dict[str, Any]], int]:
    """Items with their cited label replaced by a SourceRef; unmappable ones dropped."""
    if raw is None:
        return [], 0
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise output_invalid(f"{key} is not a list of objects")
    kept: list[dict[str, Any]] = []
    for item in raw:
        source = index.source_for(item.get("source"))
        if source is None:
            continue
        # null means "not stated": let the schema default apply (e.g. confidence 1.0)
        fields = {k: v for k, v in item.items() if v is not None and k != "source"}
        if key in ITEM_MODELS:
            fields = normalise_context(key, fields)
        kept.append({**fields, "source": source})
    return kept, len(raw) - len(kept)


def _validate(model: type[ModelT], data: dict[str, Any], extractor: str, version: str) -> ModelT:
    data = {k: v for k, v in data.items() if v is not None and k not in _OWN_KEYS}
    data.update(schema_version=SCHEMA_VERSION, extractor=extractor, extractor_version=version)
    errors: list[str] | None = None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [str(error["type"]) for error in exc.errors(include_input=False)]
    raise output_invalid(f"{len(errors)} schema errors ({_summary(errors)})")


def _summary(types: Iterable[str]) -> str:
    return ", ".join(sorted(set(types))[:5])
