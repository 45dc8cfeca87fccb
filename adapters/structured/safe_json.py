"""Parse untrusted JSON with bounded size and nesting depth.

Python's ``json`` recurses once per nesting level, so a document of a million
``[`` would exhaust the stack; the depth is measured first by a linear scan of the
brackets outside strings, and only a document within the limit is loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pipeline.errors import InvalidDocument

# A JSON string literal, unrolled so long strings match in linear time.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_OPENERS = frozenset(b"[{")


@dataclass(frozen=True)
class JsonLimits:
    max_bytes: int = 20 * 1024 * 1024
    max_depth: int = 48  # a FHIR Bundle nests about 10 deep


DEFAULT_JSON_LIMITS = JsonLimits()


def json_depth(data: bytes) -> int:
    """The deepest bracket nesting of ``data`` outside string literals."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub(b'""', data)):
        if match.group()[0] in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def load_json(data: bytes, limits: JsonLimits = DEFAULT_JSON_LIMITS) -> object:
    """The decoded value of ``data``, or ``InvalidDocument`` with a machine code."""
    if len(data) > limits.max_bytes:
        raise InvalidDocument("the JSON document is too large", code="too_large")
    if json_depth(data) > limits.max_depth:
        raise InvalidDocument("the JSON nests too deeply", code="too_deep")
    try:
        return json.loads(data)
    except RecursionError:  # unreachable after the scan; kept as a second wall
        raise InvalidDocument("the JSON nests too deeply", code="too_deep") from None
    except ValueError:  # JSONDecodeError, UnicodeDecodeError, overlong integers
        raise InvalidDocument("the JSON is not well formed", code="json_malformed") from None
