"""Accuracy measures for OCR output against known text.

``character_error_rate`` is the edit (Levenshtein) distance between the
whitespace-normalised texts divided by the reference length. The distance uses
Hyyrö's bit-parallel form of Myers' algorithm on Python integers: one pass over
the hypothesis with a handful of big-integer operations per character, fast
enough for whole pages in pure Python.
"""

from __future__ import annotations


def normalize_whitespace(text: str) -> str:
    """Runs of whitespace (spaces, tabs, line breaks) become one space; ends trimmed."""
    return " ".join(text.split())


def levenshtein(reference: str, hypothesis: str) -> int:
    """Insertions, deletions and substitutions needed to turn one string into the other."""
    if len(reference) < len(hypothesis):
        # The bit vectors span the first argument: keep them the shorter string.
        reference, hypothesis = hypothesis, reference
    if not hypothesis:
        return len(reference)
    pattern, text = hypothesis, reference
    length = len(pattern)
    full = (1 << length) - 1
    top = 1 << (length - 1)
    match_masks: dict[str, int] = {}
    for position, char in enumerate(pattern):
        match_masks[char] = match_masks.get(char, 0) | (1 << position)

    plus_v, minus_v, distance = full, 0, length
    for char in text:
        eq = match_masks.get(char, 0)
        x_v = eq | minus_v
        x_h = (((eq & plus_v) + plus_v) ^ plus_v) | eq
        plus_h = (minus_v | ~(x_h | plus_v)) & full
        minus_h = plus_v & x_h
        if plus_h & top:
            distance += 1
        elif minus_h & top:
            distance -= 1
        plus_h = ((plus_h << 1) | 1) & full
        minus_h = (minus_h << 1) & full
        plus_v = (minus_h | ~(x_v | plus_h)) & full
        minus_v = plus_h & x_v
    return distance


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edit distance / reference length, after whitespace normalisation (0.0 is perfect).

    Can exceed 1.0 when the hypothesis has much extra text. An empty reference gives
    0.0 for an empty hypothesis and 1.0 otherwise.
    """
    ref = normalize_whitespace(reference)
    hyp = normalize_whitespace(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return levenshtein(ref, hyp) / len(ref)
