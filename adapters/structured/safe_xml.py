"""Parse untrusted XML: no DTDs, no entities, no network, bounded size, depth and values.

defusedxml's expat parser refuses any DOCTYPE (so no billion laughs and no external
entity ever reaches a resolver); a bounded tree builder refuses deep nesting, huge
attribute or text values and too many elements while the tree is being built, so
the limits hold before anything walks the tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from pipeline.errors import InvalidDocument


@dataclass(frozen=True)
class XmlLimits:
    max_bytes: int = 20 * 1024 * 1024
    max_depth: int = 64  # a real C-CDA nests about 20 deep
    max_elements: int = 400_000
    max_attribute_chars: int = 64 * 1024
    max_text_chars: int = 1024 * 1024  # one text node (a long narrative paragraph)


DEFAULT_XML_LIMITS = XmlLimits()


class _BoundedBuilder:
    """An ElementTree target that enforces ``XmlLimits`` as elements arrive."""

    def __init__(self, limits: XmlLimits) -> None:
        self._limits = limits
        self._builder = TreeBuilder()
        self._depth = 0
        self._elements = 0
        self._text = 0

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self._depth += 1
        self._elements += 1
        self._text = 0
        if self._depth > self._limits.max_depth:
            raise InvalidDocument("the XML nests too deeply", code="too_deep")
        if self._elements > self._limits.max_elements:
            raise InvalidDocument("the XML has too many elements", code="too_large")
        for value in attrs.values():
            if len(value) > self._limits.max_attribute_chars:
                raise InvalidDocument("an XML attribute is too long", code="too_large")
        return self._builder.start(tag, attrs)

    def end(self, tag: str) -> Element:
        self._depth -= 1
        self._text = 0
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        self._text += len(data)
        if self._text > self._limits.max_text_chars:
            raise InvalidDocument("an XML text value is too long", code="too_large")
        self._builder.data(data)

    def close(self) -> Element:
        return self._builder.close()


def parse_xml(data: bytes, limits: XmlLimits = DEFAULT_XML_LIMITS) -> Element:
    """The root element of ``data``, or ``InvalidDocument`` with a machine code."""
    if len(data) > limits.max_bytes:
        raise InvalidDocument("the XML document is too large", code="too_large")
    parser = DefusedXMLParser(
        target=_BoundedBuilder(limits), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    try:
        parser.feed(data)
        root = parser.close()
    except DTDForbidden:
        raise InvalidDocument("the XML declares a DTD", code="xml_dtd_forbidden") from None
    except (EntitiesForbidden, ExternalReferenceForbidden):
        raise InvalidDocument("the XML declares entities", code="xml_entity_forbidden") from None
    except ParseError:
        raise InvalidDocument("the XML is not well formed", code="xml_malformed") from None
    except RecursionError:
        raise InvalidDocument("the XML nests too deeply", code="too_deep") from None
    if not isinstance(root, Element):
        raise InvalidDocument("the XML has no root element", code="xml_malformed")
    return root
