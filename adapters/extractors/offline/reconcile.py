"""Medication rows read against the rest of the document.

A list says what the patient was on; a later sentence can stop or hold it ("Mild
hyponatremia from HCTZ: discontinue hydrochlorothiazide today"), and a dose change
replaces the old dose ("increased Ozempic to 2 mg"). A row is written as current only
when nothing later in the same document says otherwise, and a course a sentence says was
completed on a date ("She completed a reducing course of prednisolone on 30/09/2025") ends
a list row issued before that date, wherever the list is printed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from adapters.extractors.offline.context import continues_sentence, runs_on, span_context
from adapters.extractors.offline.matching import name_key
from adapters.extractors.offline.medications import MEDICATION_INDEX
from adapters.extractors.offline.values import DateOrder, parse_dates
from pipeline.clinical.schema import Medication, MedicationStatus
from pipeline.ports import PageText

# Cheap filter first: only lines that could stop or hold something are scanned for drugs.
_STOP_WORDS = re.compile(
    r"\b(?:stop|cease|discontinu|d/c|dc'?d|held|hold|withh[eo]ld|suspend|no longer|"
    r"completed|finished)",
    re.IGNORECASE,
)
_ENDS = frozenset({"stopped", "held"})
#: A sentence cut before its date: "... completed a course of prednisolone on".
_BEFORE_A_DATE = re.compile(r"\b(?:on|from|until|till|since|by|dated|of|at)\s*$", re.I)
#: What a sentence may say of a drug: it ended, or (with a date) its course was completed.
_SAID = frozenset({*_ENDS, "completed"})
_CURRENT = frozenset({"active", "new"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A drug named in a sentence that stops or holds it."""

    key: str
    page: int
    top: float
    status: MedicationStatus
    on: date | None = None  # the date the sentence gives, when it gives one for sure


def medication_key(name: str, rxnorm_code: str | None) -> str:
    """What two rows share when they are the same drug: its code, else its generic name."""
    if rxnorm_code:
        return f"rx:{rxnorm_code}"
    return f"name:{name_key(name.partition('(')[0])}"


def _drugs(text: str) -> Iterator[tuple[str, int, int]]:
    """Every drug named in ``text`` with its span, left to right."""
    for match, start, end in MEDICATION_INDEX.scan_all(text):
        yield medication_key(match.concept.name, match.concept.code), start, end


def _sure_dates(text: str, order: DateOrder) -> list[date]:
    return [found.value for found in parse_dates(text, order) if not found.ambiguous]


def _stop_lines(pages: Sequence[PageText]) -> Iterator[tuple[int, float, str]]:
    """(page, top, sentence) of every line that could stop or hold something."""
    for page in pages:
        if page.status != "ok":
            continue
        lines = [" ".join(line.text.split()) for line in page.lines]
        for index, line in enumerate(page.lines):
            text = lines[index]
            following = lines[index + 1] if index + 1 < len(lines) else ""
            # the sentence wraps, also before its date: "... prednisolone on" / "30/09/2025, ..."
            # (a dated log row under one that ends without a stop is a row of its own)
            if continues_sentence(text, following) or (
                runs_on(text)
                and _BEFORE_A_DATE.search(text)
                and re.match(r"\d{1,2}[/.-]\d", following)
            ):
                text = f"{text} {following}"
            if _STOP_WORDS.search(text):
                yield page.page_number, line.bbox[1], text


def _ended(text: str, start: int, end: int, first: int = 0) -> MedicationStatus | None:
    """ "stopped", "held" or "completed" when the sentence says so of the drug at
    ``text[start:end]``; cues before ``first`` belong to another drug."""
    context = span_context(" " * first + text[first:], start, end)
    if context.leaflet or context.assertion in ("hypothetical", "negated", "family"):
        return None  # "consider stopping", "do not stop"
    return context.medication_status if context.medication_status in _SAID else None


def stop_mentions(
    pages: Sequence[PageText], names: Iterable[str] = (), order: DateOrder = DateOrder.UNKNOWN
) -> list[Mention]:
    """Sentences anywhere in the document that stop or hold a named drug: one the drug
    table knows, or one of ``names`` (the document's own rows, by generic name)."""
    wanted = {name.strip().lower() for name in names if len(name.strip()) >= 4}
    mentions: list[Mention] = []
    for page, top, text in _stop_lines(pages):
        named = list(_drugs(text))
        lowered = text.lower()
        named += [
            (f"name:{name_key(name)}", found.start(), found.end())
            for name in wanted
            for found in re.finditer(rf"\b{re.escape(name)}\b", lowered)
        ]
        for key, start, end in named:
            # "with apixaban, aspirin no longer has a role": a cue past another drug is its.
            window = _own_stretch(named, key, start, end, text)
            if (status := _ended(text[: window[1]], start, end, window[0])) is not None:
                # "09/01/2025  Amoxil (amoxicillin) - course completed": a log row's date
                # leads it.
                dates = _sure_dates(text[end:], order) or _sure_dates(text[:start], order)[-1:]
                mentions.append(Mention(key, page, top, status, dates[0] if dates else None))
    return mentions


def _own_stretch(
    named: Sequence[tuple[str, int, int]], key: str, start: int, end: int, text: str
) -> tuple[int, int]:
    """From the end of the other drug named before ``start`` (or of "replaced by") to the
    start of the next one."""
    others = [(s, e) for k, s, e in named if k != key and not (s < end and start < e)]
    # "Sitagliptin STOPPED - replaced by semaglutide": what replaces it starts afresh.
    others += [(m.start(), m.end()) for m in _REPLACED_BY.finditer(text, 0, start)]
    # "Aspirin CEASED - on warfarin": the drug the patient is on is the reason, not the stop.
    if (reason := _ON_DRUG.search(text, 0, start)) is not None:
        others.append((reason.start(), reason.end()))
    before = max((e for s, e in others if e <= start), default=0)
    after = min((s for s, e in others if s >= end), default=len(text))
    return before, after


_ON_DRUG = re.compile(
    r"(?:\b(?:now|already|as|since|because|while)\s+)?"
    r"(?:(?:she|he|they|the patient|patient)\s+(?:is|was|are|were)\s+)?(?:now\s+)?\bon\s*$",
    re.IGNORECASE,
)
_REPLACED_BY = re.compile(
    r"\b(?:replaced (?:by|with)|(?:changed|converted|switched) (?:over )?to|superseded by|"
    r"in favou?r of)\b",
    re.IGNORECASE,
)


def _line_dates(
    pages: Sequence[PageText], wanted: set[str], order: DateOrder
) -> dict[str, list[date]]:
    """The sure dates on the lines whose sha256 is ``wanted`` (the rows' source lines)."""
    found: dict[str, list[date]] = {}
    for page in pages:
        for line in page.lines:
            digest = hashlib.sha256(line.text.encode("utf-8")).hexdigest()
            if digest in wanted and (dates := _sure_dates(line.text, order)):
                found[digest] = dates
    return found


def position(med: Medication) -> tuple[int, float]:
    """Where a row was read: its page, then how far down it."""
    return med.source.page, med.source.bbox[1]


def _generic(name: str) -> str:
    """ "Glibenclamide" from "Glibenclamide (Daonil)"."""
    return name.partition("(")[0].strip()


def reconcile(
    meds: Sequence[Medication], pages: Sequence[PageText], order: DateOrder = DateOrder.UNKNOWN
) -> list[Medication]:
    """Apply later stops and holds, and dated completed courses, to current rows; drop
    doses a change replaced."""
    mentions = stop_mentions(pages, (_generic(med.name) for med in meds), order)
    # A row's issue date is read only when a dated "completed" sentence could end it.
    dated = any(m.status == "completed" and m.on is not None for m in mentions)
    sources = {med.source.line_text_sha256 or "" for med in meds} if dated else set()
    issued = _line_dates(pages, sources, order) if sources else {}
    result: list[Medication] = []
    for med in meds:
        keys = {medication_key(med.name, med.rxnorm_code), f"name:{name_key(_generic(med.name))}"}
        if med.status in _CURRENT:
            later = [
                m
                for m in mentions
                if m.key in keys and m.status in _ENDS and (m.page, m.top) > position(med)
            ]
            row_dates = issued.get(med.source.line_text_sha256 or "", [])
            finished = [
                m
                for m in mentions
                if m.key in keys
                and m.status == "completed"
                and m.on is not None
                and row_dates
                and max(row_dates) <= m.on
            ]
            if later:
                med = med.model_copy(update={"status": later[-1].status})
            elif finished:
                med = med.model_copy(update={"status": "completed"})
        result.append(med)
    changed = {
        (medication_key(m.name, m.rxnorm_code), m.dose) for m in result if m.status == "changed"
    }
    changed_keys = {key for key, _ in changed}
    # "Ozempic 1 mg weekly" in the list, then "increased Ozempic to 2 mg": 1 mg is history.
    return [
        m
        for m in result
        if not (
            m.status == "active"
            and medication_key(m.name, m.rxnorm_code) in changed_keys
            and (medication_key(m.name, m.rxnorm_code), m.dose) not in changed
        )
    ]
