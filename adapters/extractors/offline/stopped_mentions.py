"""Drugs a sentence stops or holds, named without a strength.

"Warfarin was stopped and replaced by apixaban 5 mg twice daily", "Stop Aldomet", "Hold
cilazapril while hypotensive": the record learns that a medicine is over although no dose is
given. A mention counts only when the stop is plainly about it: the stop word stands between
the drug and the next one named, or just before it ("stopped his diclofenac"). A stop long
past ("previously on amiodarone, discontinued in 2023"), one that waits on a condition ("stop
carbimazole ... if she develops a sore throat"), one timed against another drug ("STOPPED
36 hours before starting Entresto") and a treatment course ("treated with IV ceftriaxone
..., changed to ...") write nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from adapters.extractors.offline import medications
from adapters.extractors.offline.context import clause_of, span_context
from adapters.extractors.offline.matching import SURE_SCORE, ConceptMatch

#: A clause whose stop is conditional, timed against another drug or part of a course.
_NOT_A_STOP = re.compile(
    r"\b(?:if|unless|before|prior to|treated with|managed with|received|was given)\b",
    re.IGNORECASE,
)
#: A stop long past: the patient's history, not a change this document makes.
_PAST_STOP = re.compile(
    r"\b(?:previous(?:ly)?|formerly|tried|in (?:19|20)\d{2}|years? ago)\b", re.IGNORECASE
)
#: The words that stop or hold a drug, said after it or just before it.
_STOP_WORD = re.compile(
    r"\b(?:stop(?:ped|s)?|cease[ds]?|discontinue[ds]?|d/c'?d|withh[eo]ld|held|hold|"
    r"suspend(?:ed)?|no longer)\b",
    re.IGNORECASE,
)
#: How far before the drug a stop word may stand: "Stop Aldomet", "stopped his diclofenac",
#: "Stop Clarityne (loratadine)".
# (a brand's generic in brackets: "Stop Clarityne (loratadine)")
_STOP_BEFORE = re.compile(r"\b(?:\S+\s+){0,2}\(?$")

Named = list[tuple[ConceptMatch, int, int]]


def _named_drugs(text: str) -> Named:
    """The drugs named, sure ones only; a brand and its generic in brackets ("Zyrtec
    (cetirizine)") are one drug, named by both."""
    named: Named = []
    for hit in medications.MEDICATION_INDEX.scan_all(text):
        if hit[0].score < SURE_SCORE:
            continue
        if named and named[-1][0].concept == hit[0].concept and _bracketed(text, named[-1], hit):
            closing = text.find(")", hit[2])
            named[-1] = (named[-1][0], named[-1][1], closing + 1 if closing >= 0 else hit[2])
            continue
        named.append(hit)
    return named


def _bracketed(
    text: str, before: tuple[ConceptMatch, int, int], after: tuple[ConceptMatch, int, int]
) -> bool:
    return re.fullmatch(r"\s*\(\s*", text[before[2] : after[1]]) is not None


def _stop_stated(text: str, named: Named, index: int) -> bool:
    """The sentence stops or holds the ``index``-th drug named, plainly. In "Theophylline
    was stopped because of the interaction with clarithromycin" only theophylline is."""
    _, start, end = named[index]
    clause = clause_of(text, start)
    if _NOT_A_STOP.search(clause) or _PAST_STOP.search(clause):
        return False
    following = named[index + 1][1] if index + 1 < len(named) else len(text)
    previous = named[index - 1][2] if index > 0 else 0
    just_before = _STOP_BEFORE.search(text[previous:start])
    own = _STOP_WORD.search(text[end:following]) or (
        just_before is not None and _STOP_WORD.search(just_before.group(0))
    )
    return bool(own) and span_context(text, start, end).medication_status in ("stopped", "held")


def stops_drug(text: str, row: medications.MedicationRow) -> bool:
    """Whether ``text`` plainly stops or holds the drug ``row`` names."""
    if row.match is None:
        return False
    named = _named_drugs(text)
    return any(
        match.concept == row.match.concept and _stop_stated(text, named, index)
        for index, (match, _, _) in enumerate(named)
    )


#: Words that make the drug after them the reason for a stop: "(on apixaban)", "due to".
_REASON_BEFORE = re.compile(r"(?:\(\s*(?:now\s+)?on|because of|due to|since on)\s*$", re.I)


def stopped_beside(text: str, spoken: Set[str]) -> Iterator[tuple[str, float]]:
    """(text, confidence) of each drug the line stops or holds without a strength, beside
    drugs already read from it (``spoken``: their concept names). Each runs from its name to
    the next drug named."""
    named = _named_drugs(text)
    if len(named) < 2:
        return
    for index, (match, start, _end) in enumerate(named):
        if match.concept.name in spoken or not _stop_stated(text, named, index):
            continue
        if _REASON_BEFORE.search(text[:start]):
            continue  # "Aspirin 81 mg daily discontinue (on apixaban)": the reason, not a stop
        stop = named[index + 1][1] if index + 1 < len(named) else len(text)
        if medications.strengths(text[start:stop]):
            continue  # a drug with its strength was read (or left out) as a span already
        yield text[start:stop].strip(" ,;"), 0.8 * match.score
