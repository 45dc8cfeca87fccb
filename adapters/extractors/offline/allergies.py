"""Allergy statements: "Allergies: Penicillin (hives); Sulfa - rash", "NKDA"."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from adapters.extractors.offline.lexicon import REACTION_WORDS
from adapters.extractors.offline.matching import repair_words
from adapters.extractors.offline.patterns import DASHES, LIST_MARKER

NO_KNOWN_ALLERGIES = re.compile(
    r"\b(?:nkda|nka|no known (?:drug )?allergies|no known allergy|none known|no allergies)\b",
    re.IGNORECASE,
)
_SEVERITY = re.compile(r"\b(mild|moderate|severe|life[- ]threatening)\b", re.IGNORECASE)
# A dash separates only with a space on at least one side ("Amoxicillin-clavulanate" stays).
_SEPARATOR = re.compile(
    rf"\s+[{DASHES}]\s*|\s*[{DASHES}]\s+|\s*(?:->|→)\s*|\s*:\s*"
    r"|\s+(?:causes|caused|reaction)\s*:?\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\s*(?:drug\s+)?allerg(?:y|ies)\s*(?:/\s*adverse reactions)?\s*[:\-]\s*", re.IGNORECASE
)
# "reaction:", also as OCR leaves it ("reactlon:", "reacti0n:").
_REACTION_LABEL = re.compile(
    r"^\s*(?:rea[a-z0-9]{3,6}|rxn)\s*[:\-]\s*|^\s*reactions?\s+", re.IGNORECASE
)
_ALLERGIC_TO = re.compile(r"\ballergic to\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AllergyRow:
    substance: str
    reaction: str | None
    severity: str | None


def _repair_reaction(text: str) -> str:
    """Fix OCR-damaged reaction words against a short list ("hivcs" -> "hives")."""
    words: list[str] = []
    for word in repair_words(text).split():
        if len(word) >= 4 and word.lower() not in REACTION_WORDS:
            close = difflib.get_close_matches(word.lower(), REACTION_WORDS, n=1, cutoff=0.8)
            word = close[0] if close else word
        words.append(word)
    return " ".join(words)


def split_allergy_list(text: str) -> list[tuple[int, int]]:
    """(start, end) of each allergy in a list separated by ';' or by commas outside brackets."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ";," and depth == 0:
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def strip_label(text: str) -> str:
    text = _LABEL.sub("", text, count=1)
    found = _ALLERGIC_TO.search(text)
    return text[found.end() :] if found else text


def parse_allergy(piece: str) -> AllergyRow | None:
    text = strip_label(LIST_MARKER.sub("", piece, count=1)).strip(" .;,")
    if not text or NO_KNOWN_ALLERGIES.search(text):
        return None
    reaction_parts: list[str] = []
    bracket = re.search(r"\(([^)]*)\)", text)
    if bracket:
        reaction_parts.append(bracket.group(1))
        text = (text[: bracket.start()] + text[bracket.end() :]).strip()
    separated = _SEPARATOR.split(text, maxsplit=1)
    substance = separated[0].strip(" .;,-")
    if len(separated) > 1:
        reaction_parts.insert(0, separated[1])
    reaction_text = " ".join(_REACTION_LABEL.sub("", p).strip() for p in reaction_parts)
    severity_match = _SEVERITY.search(reaction_text)
    severity = severity_match.group(1).lower() if severity_match else None
    if severity_match:
        reaction_text = _SEVERITY.sub("", reaction_text)
    reaction = _repair_reaction(re.sub(r"\s+", " ", reaction_text).strip(" ,;-()")) or None
    if not re.search(r"[A-Za-z]{3,}", substance) or len(substance.split()) > 6:
        return None
    return AllergyRow(substance, reaction, severity)
