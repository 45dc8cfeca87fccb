"""Reading HL7 v3 data types in a C-CDA tree: codes, names, quantities, dates.

Vendors differ: a code may sit only in a ``translation``, a name only in the
narrative that ``originalText/reference`` points at, a value only in
``originalText``. Every reader here tries those places in one fixed order.
"""

from __future__ import annotations

import re
from datetime import date
from xml.etree.ElementTree import Element

V3 = "{urn:hl7-org:v3}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

RXNORM = "2.16.840.1.113883.6.88"
LOINC = "2.16.840.1.113883.6.1"
SNOMED = "2.16.840.1.113883.6.96"
ICD10CM = "2.16.840.1.113883.6.90"
CVX = "2.16.840.1.113883.12.292"

_TS = re.compile(r"^(\d{4})(\d{2})(\d{2})")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)$")


def kid(element: Element | None, *path: str) -> Element | None:
    """The first element down ``path`` (local names, HL7 v3 namespace), or None."""
    for name in path:
        if element is None:
            return None
        element = element.find(V3 + name)
    return element


def attr(element: Element | None, name: str) -> str | None:
    """An attribute of a maybe-missing element (never ``el or default``: a leaf is falsy)."""
    return None if element is None else element.get(name)


def kids(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else element.findall(V3 + name)


def template_ids(element: Element) -> set[str]:
    return {tid.get("root") or "" for tid in kids(element, "templateId")}


def clean_text(element: Element) -> str:
    """An element's text with its parts spaced ("<given>A</given><family>B</family>": "A B")."""
    return " ".join(" ".join(element.itertext()).split())


def is_true(element: Element | None, attribute: str) -> bool:
    return element is not None and (element.get(attribute) or "").lower() == "true"


def xsi_type(element: Element) -> str:
    """``PQ`` for ``xsi:type="PQ"`` or ``"v3:PQ"``; empty when absent."""
    return (element.get(XSI_TYPE) or "").rsplit(":", 1)[-1].upper()


class Narrative:
    """The text of every narrative element with an ``ID``, for ``reference/@value``."""

    def __init__(self, root: Element) -> None:
        self._text: dict[str, str] = {}
        for section_text in root.iter(V3 + "text"):
            for element in section_text.iter():
                ident = element.get("ID")
                if ident and ident not in self._text:
                    self._text[ident] = clean_text(element)

    def text(self, reference: str | None) -> str | None:
        if not reference:
            return None
        return self._text.get(reference.lstrip("#")) or None


def entry_text_id(element: Element | None) -> str | None:
    """The narrative id of an entry's own ``text/reference`` (its whole row), no '#'."""
    ref = kid(element, "text", "reference")
    value = ref.get("value") if ref is not None else None
    return value[1:] if value and value.startswith("#") and len(value) > 1 else None


def reference_id(element: Element | None) -> str | None:
    """The narrative id an element's ``originalText`` or ``text`` points at (no '#')."""
    for holder in ("originalText", "text"):
        ref = kid(element, holder, "reference")
        value = ref.get("value") if ref is not None else None
        if value and value.startswith("#") and len(value) > 1:
            return value[1:]
    return None


def original_text(
    element: Element | None, narrative: Narrative, *, skip_ref: str | None = None
) -> str | None:
    """``originalText`` as written, or the narrative text its reference points at.

    ``skip_ref`` is the id of the whole entry's narrative row: a code whose reference
    points there names the row (substance, reaction, status...), not the concept.
    """
    holder = kid(element, "originalText")
    if holder is None:
        return None
    ref = kid(holder, "reference")
    value = (ref.get("value") or "") if ref is not None else ""
    if value and value.lstrip("#") != skip_ref and (resolved := narrative.text(value)):
        return resolved
    return " ".join((holder.text or "").split()) or None


def concept_name(
    element: Element | None, narrative: Narrative, *, skip_ref: str | None = None
) -> str | None:
    """A coded concept's name: displayName, else original/narrative text, else a translation's."""
    if element is None:
        return None
    display = (element.get("displayName") or "").strip()
    if display:
        return display
    text = original_text(element, narrative, skip_ref=skip_ref)
    if text:
        return text
    for translation in kids(element, "translation"):
        display = (translation.get("displayName") or "").strip()
        if display:
            return display
    return None


def code_in(element: Element | None, system: str) -> str | None:
    """The code from ``system`` on the concept itself or on one of its translations."""
    if element is None:
        return None
    for candidate in [element, *kids(element, "translation")]:
        code = candidate.get("code")
        if code and candidate.get("codeSystem") == system and not candidate.get("nullFlavor"):
            return code.strip()
    return None


def ts_date(value: str | None) -> date | None:
    """The calendar date of an HL7 TS ("20240213", "202402131030-0500"); None if partial."""
    match = _TS.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def time_point(element: Element | None) -> date | None:
    """An ``effectiveTime``'s date: its ``value``, else its ``low``."""
    if element is None:
        return None
    if element.get("value"):
        return ts_date(element.get("value"))
    low = kid(element, "low")
    return ts_date(low.get("value")) if low is not None else None


def has_high(element: Element | None) -> bool:
    """True when an interval has a real end (a ``high`` with a value, not a nullFlavor)."""
    high = kid(element, "high")
    return high is not None and bool(high.get("value")) and not high.get("nullFlavor")


def number(text: str | None) -> float | None:
    if text is None:
        return None
    stripped = text.strip()
    return float(stripped) if _NUMBER.match(stripped) else None
