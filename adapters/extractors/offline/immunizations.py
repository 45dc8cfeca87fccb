"""Vaccination rows: "Influenza (IIV4)  Dose 1  10/15/2024  Lot: AB1234".

A row may list several doses ("Hep B: 01/02/2020, 01/03/2020, 01/08/2020"): one row per
administration date. A date after "due", "next due", "recommended" or "overdue" is when
a dose is due, never when one was given: it is kept apart as ``due_on``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from adapters.extractors.offline.lexicon import VACCINES, local_concepts
from adapters.extractors.offline.matching import ConceptIndex, ConceptMatch, name_key, similarity
from adapters.extractors.offline.patterns import DOSE_NUMBER, LIST_MARKER, LOT_NUMBER
from adapters.extractors.offline.vaccine_local_names import LOCAL_VACCINE_NAMES
from adapters.extractors.offline.values import DateOrder, FoundDate, parse_dates, repair_digits

#: The vaccines of a card or register by their names in other languages.
LOCAL_VACCINES = local_concepts(VACCINES, LOCAL_VACCINE_NAMES)
VACCINE_INDEX = ConceptIndex((*VACCINES, *LOCAL_VACCINES))

_FILLER = re.compile(
    r"(?:\s+(?:given|administered|received|on|today|vaccine|date|"
    # "Vaccin antitétanique (dTP) fait le", "administrada el", "somministrato il"
    r"fait|faite|effectu[ée]e?|administr[ée]e?|administrad[oa]|aplicad[oa]|somministrat[oa]|"
    r"le|el|il|em|am|op))+\s*$",
    re.IGNORECASE,
)
_BARE_DOSE = re.compile(r"(?<=\s)(?P<n>[1-9])(?=\s)")
# A lot number printed without its label: letters and digits mixed, e.g. "EW0182".
_LOT_TOKEN = re.compile(
    r"(?<![\w/-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{3,11}(?![\w/])"
)
# "lot 3K41T7, exp 06/30/2026": the vial's expiry.
_EXPIRY = re.compile(
    r"\b(?:exp(?:iry|ires|iration)?(?:\s+date)?|use by)\b[.:]?\s*"
    r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?",
    re.IGNORECASE,
)
# "Influenza vaccine given today: Influvac Tetra ...": the name ends where the sentence goes on.
_GIVEN_CLAUSE = re.compile(r"\s(?:given|administered|received)\b", re.IGNORECASE)
# "Tdap (Boostrix) 0.5 mL IM right deltoid": the volume given ends the name.
_VOLUME = re.compile(r"\s\d+(?:\.\d+)?\s*mL\b", re.IGNORECASE)
# Words that make the dates after them due dates, and words that switch back to given.
_DUE_WORDS = re.compile(
    r"\b(?:next\s+)?due\b|\boverdue\b|\brecommended\b|\bscheduled\b|\bplanned\b|\bbooked\b|"
    r"\brecall\b|\breminder\b|\bnext\s+dose\b|\bto\s+be\s+given\b",
    re.IGNORECASE,
)
_GIVEN_WORDS = re.compile(
    r"\b(?:given|administered|received|completed|done|vaccinated)\b", re.IGNORECASE
)
# Between two dates of one list: a comma, semicolon, "and", "&" or a dose label. Dates with
# only spaces between them are table columns ("given" and "next due"), not a dose list.
_LIST_GAP = re.compile(r"[,;&+]|\band\b|\bdose\b|#\s*\d", re.IGNORECASE)


#: A card's age cells in Spanish, Portuguese, French, Italian, German, Dutch, Swahili,
#: Malay and Indonesian: at birth,
#: and weeks or months (a child's schedule, also read by clinical.py), then years.
LOCAL_BIRTH = (
    r"reci[ée]n\s+nacid[oa]|al\s+nacer|ao\s+nascer|wakati\s+wa\s+kuzaliwa|"
    r"(?:semasa\s+|saat\s+)?lahir"  # Malay, Indonesian
)
LOCAL_WEEKS_OR_MONTHS = (
    r"meses|semanas|mois|semaines|mesi|settimane|monate|wochen|maanden|weken|bulan|minggu"
)
_LOCAL_AGE = (
    rf"(?:\d{{1,2}}\s*(?:{LOCAL_WEEKS_OR_MONTHS}|mes|años|anos|ans|anni|jahre|jaar)\b|"
    # Swahili names the unit first: "Wiki 6", "Miezi 9" (weeks, months)
    r"(?:wiki|miezi|miaka)\s+\d{1,2}\b)"
)
#: A card's age and dose cells: "BCG  Recién nacido  Única", "Varicela  12 meses  1ª".
_LOCAL_AGE_OR_DOSE_CELL = re.compile(
    rf"\s(?:{LOCAL_BIRTH}|[àa]\s+la\s+naissance|alla\s+nascita|bei\s+geburt|"
    rf"(?:[≥>]\s*)?{_LOCAL_AGE}|[úu]nica\b|\d\s?[ªº°]|ref\.)",
    re.IGNORECASE,
)
#: "1ª", "2º", "3°": the dose as an ordinal; "2 meses" before it is the age, no dose.
_ORDINAL_DOSE = re.compile(r"(?<![\d.,])(?P<n>[1-9])\s?[ªº°](?!\w)")
_LOCAL_AGE_CELL = re.compile(_LOCAL_AGE, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ImmunizationRow:
    vaccine: str
    match: ConceptMatch | None
    dose_number: int | None
    administered_on: date | None
    lot_number: str | None
    due_on: date | None = None  # when the next dose is due: never an administration date
    date_ambiguous: bool = False  # day and month of administered_on could be either way


#: A registry's code column before the date: "Influenza, injectable  150  10/12/2022" (CVX).
_CODE_CELL = re.compile(r"(?<=\s)\d{2,3}(?=\s+(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\b)")


def _name_end(text: str) -> int:
    """Where the vaccine name stops: at the first date, dose, lot or bare number column."""
    ends = [len(text)]
    dates = parse_dates(text)
    if dates:
        ends.append(dates[0].start)
    for pattern in (
        DOSE_NUMBER,
        LOT_NUMBER,
        _BARE_DOSE,
        _DUE_WORDS,
        _GIVEN_CLAUSE,
        _VOLUME,
        _LOCAL_AGE_OR_DOSE_CELL,
        _CODE_CELL,
    ):
        found = pattern.search(text)
        if found is None:
            continue
        if pattern in (_BARE_DOSE, _CODE_CELL) and VACCINE_INDEX.lookup(
            text[: found.end()], fuzzy=False
        ):
            continue  # "Gardasil 9", "Prevenar 13": the number is part of the trade name
        if pattern is _GIVEN_CLAUSE and not VACCINE_INDEX.lookup(text[: found.start()]):
            continue  # "pneumococcal vaccine given today (Prevnar 20)": the brand names it
        ends.append(found.start())
    return min(ends)


def _near_miss_of_a_word(scanned: tuple[ConceptMatch, int, int], text: str) -> bool:
    """A fuzzy hit that starts differently is another word: "single" is not "Shingles"."""
    match, start, stop = scanned
    written = text[start:stop].lower()
    return match.score < 1.0 and written[:2] != match.spelling.lower()[:2]


#: How alike a misread name is to its spelling ("Infuenza"); a local word form is less so.
_MISREAD_SIMILARITY = 0.9


#: A vaccine's short name in brackets after its group's name: "Polio (OPV)".
_SHORT_NAME_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)\s*$")


def _vaccine(text: str, end: int, *, require_known: bool) -> tuple[str, ConceptMatch | None] | None:
    name = re.sub(r"\s+", " ", text[:end]).strip(" :;,-|")
    name = _FILLER.sub("", name).strip(" :;,-|")
    name = re.sub(r"\s*\($", "", name)  # "Hepatitis B (3rd dose)": the bracket held the dose
    known = VACCINE_INDEX.lookup(name) if name else None
    if known is None:
        scanned = VACCINE_INDEX.scan(name or text)
        if scanned is not None and _near_miss_of_a_word(scanned, name or text):
            scanned = None
        if scanned is not None and (name or text)[: scanned[1]].rstrip().endswith("?"):
            return None  # "?Typhoid fever": a query diagnosis, not a vaccine
        if scanned is not None:
            known, start, stop = scanned
            # "Tdap a": a stray OCR character beside a known name is dropped.
            if name and len(name_key(name[:start] + name[stop:])) <= 2:
                name = name[start:stop]
            elif name and name[:start].rstrip().endswith(":") and not name[stop:].strip():
                name = name[start:stop]  # "Imunisasi: Td": a label before the vaccine
    bracketed = _SHORT_NAME_IN_BRACKETS.search(name)
    if known is not None and bracketed is not None:
        inner = VACCINE_INDEX.lookup(bracketed.group(1), fuzzy=False)
        if inner is not None and inner.concept.code != known.concept.code:
            known = inner  # "Polio (OPV)": the short name says which of the group's vaccines
    if known is None and (bracket := re.search(r"\(([^)]{3,40})\)", text)) is not None:
        # "MR 1 (measles-rubella)": a card's short name, spelled out in brackets
        known = VACCINE_INDEX.lookup(bracket.group(1), fuzzy=False)
        name = bracket.group(1) if known is not None else name  # ("MR ..." reads as "Mr")
        short = _DOSE_AFTER_SHORT_NAME.sub("", bracket.group(1))
        if known is None and short != bracket.group(1):
            # "Surua-Rubella 1 (MR 1)": the local name, and the short name with its dose
            known = VACCINE_INDEX.lookup(short, fuzzy=False)
    if known is None and (require_known or not re.search(r"[A-Za-z]{3,}", name)):
        return None
    if (
        known is not None
        and known.score < 1.0
        and VACCINE_INDEX.lookup(name) is not None
        and similarity(name, known.spelling) >= _MISREAD_SIMILARITY
    ):
        # a misread name ("Infuenza") is written as spelled; a word form of another language
        # ("Meningokokinė B", "Rotavirusinė") is the document's own wording, kept
        name = known.spelling
    if not name and known is not None:
        name = known.spelling
    return name, known


_MIN_PRODUCT = 4  # "RR" in an address is no measles-rubella vaccine
_DOSE_AFTER_SHORT_NAME = re.compile(r"\s+\d{1,2}$")


def _product_in_row(rest: str, known: ConceptMatch | None) -> ConceptMatch | None:
    """A product column names the vaccine more exactly: "Pneumococcal conjugate vaccine ...
    Prevnar 20" is PCV20. Only a product of the same family as the name, or any product
    when the name is not known."""
    if known is None:
        # "Ērču encefalīts, 1. deva  08.04.2021.  Encepur  EN1183": a name in a language
        # the lexicon lacks, the product column right after the date (its lot after it)
        # names the vaccine
        dates = parse_dates(rest)
        after = dates[0].end if dates else None
        return next(
            (
                found
                for found, start, end in VACCINE_INDEX.scan_all(rest)
                if found.score == 1.0
                and end - start >= _MIN_PRODUCT
                and not _lot_like(rest[start:end])
                and after is not None
                and start >= after
                and not rest[after:start].strip(" .,;|")
                and any(_lot_like(word) for word in rest[end:].split()[:2])
            ),
            None,
        )
    family = known.concept.name.split()[0].lower()
    for found, _start, _end in VACCINE_INDEX.scan_all(rest):
        if found.concept.name.split()[0].lower() == family:
            return found
    return known


_ENDS_IN_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?\s*$")


def product_column(before: str, after: str) -> bool:
    """Whether ``after`` is the product column of the row ``before`` ends ("Ērču
    encefalīts, 1. deva 08.04.2021." then "Encepur EN1183 Veikta", its lot right after it):
    the point after a date, as Latvian writes dates, ends no sentence there."""
    if not _ENDS_IN_DATE.search(before) or parse_dates(after):
        return False
    found = VACCINE_INDEX.scan(after)
    if found is None or found[1] != 0 or found[0].score < 1.0:
        return False
    # a row's product and lot cells ("Encepur EN1183"), not a sentence about another
    # vaccine ("PCV20 not yet received")
    return any(_lot_like(word) for word in after[found[2] :].split()[:2])


def _roles(rest: str, dates: list[FoundDate]) -> list[bool]:
    """Per date, whether it is a due date: set by the last due/given word before it."""
    marks = [(m.start(), True) for m in _DUE_WORDS.finditer(rest)]
    marks += [(m.start(), False) for m in _GIVEN_WORDS.finditer(rest)]
    marks.sort()
    roles: list[bool] = []
    for found in dates:
        before = [is_due for position, is_due in marks if position < found.start]
        roles.append(before[-1] if before else False)
    return roles


def _blank_dates(text: str, dates: list[FoundDate]) -> str:
    for found in reversed(dates):
        text = text[: found.start] + " " * (found.end - found.start) + text[found.end :]
    return text


def _lot(segment: str) -> str | None:
    labelled = LOT_NUMBER.search(segment)
    if labelled:
        return labelled.group("lot")
    token = _LOT_TOKEN.search(segment)
    # Lots are printed in capitals; OCR sometimes lowers one letter ("Cv9920B").
    return token.group(0).upper() if token else None


def _dose_number(segment: str, *, bare: bool) -> int | None:
    found = DOSE_NUMBER.search(segment)
    if found:
        return int(found.group("a") or found.group("b") or found.group("c") or found.group("d"))
    if (ordinal := _ORDINAL_DOSE.search(segment)) is not None:
        return int(ordinal.group("n"))
    if bare:
        single = _BARE_DOSE.search(" " + _LOCAL_AGE_CELL.sub(" ", segment) + " ")
        if single:
            return int(single.group("n"))
    return None


def _given_dates(rest: str, dates: list[FoundDate], due: list[bool]) -> list[FoundDate]:
    """The administration dates: the first given date, and more only as a listed series."""
    given: list[FoundDate] = []
    for found, is_due in zip(dates, due, strict=True):
        if is_due:
            continue
        if given and not _LIST_GAP.search(rest[given[-1].end : found.start]):
            continue  # a second date column ("10/12/2023  10/12/2024") is not a dose
        given.append(found)
    return given


#: A child's card glues the dose to the antigen: "OPV1", "PCV3", "IPV1", "Penta2".
_GLUED_DOSE = re.compile(
    r"\b(OPV|IPV|PCV|DTP|DTaP|DPT|Penta|Rota|HepB|Hib|MenA|MCV|MR|MMR|HPV|Td)([0-4])\b"
)


def _vaccine_runs(text: str, order: DateOrder) -> list[str]:
    """The line cut before each vaccine named after a date: "Tetanus (Td) 15/06/2022
    Hepatitis B (3rd dose) 20/09/2019" is two vaccines, each with its own date. A gap that
    says "due" or "next" is not cut: the vaccine after it is a dose to come."""
    dates = parse_dates(text, order)
    cuts: list[int] = []
    for before, after in itertools.pairwise(dates):
        gap = text[before.end : after.start]
        if _DUE_WORDS.search(gap) or re.search(r"\bnext\b", gap, re.IGNORECASE):
            continue
        found = next(
            (
                (start, stop)
                for match, start, stop in VACCINE_INDEX.scan_all(gap)
                if match.score == 1.0 and not _lot_like(gap[start:stop])
            ),
            None,
        )
        if found is not None:
            cuts.append(before.end + found[0])
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def _lot_like(word: str) -> bool:
    return _LOT_TOKEN.fullmatch(word) is not None


def parse_immunization_doses(
    line: str, *, require_known: bool = True, order: DateOrder = DateOrder.MONTH_FIRST
) -> list[ImmunizationRow]:
    """One row per dose given on the line; a line with only a due date gives one row with
    ``administered_on`` None and ``due_on`` set. Empty if the line names no vaccine."""
    text = _GLUED_DOSE.sub(r"\1 dose \2", LIST_MARKER.sub("", repair_digits(line), count=1))
    # "lot 3K41T7, exp 06/30/2026": the vial's expiry is no day it was given.
    text = _EXPIRY.sub(lambda m: " " * len(m.group(0)), text)
    runs = _vaccine_runs(text, order)
    # (only on a line that opens with a vaccine: "Anti-HBs (22-Apr-2025): 148 ... Varicella
    # IgG (22-Apr-2025): Positive" is serology)
    if len(runs) > 1 and _vaccine(runs[0], _name_end(runs[0]), require_known=True) is not None:
        return [
            row
            for run in runs
            for row in parse_immunization_doses(run, require_known=require_known, order=order)
        ]
    end = _name_end(text)
    named = _vaccine(text, end, require_known=require_known)
    if named is None and require_known and _product_in_row(text[end:], None) is not None:
        named = _vaccine(text, end, require_known=False)  # the product column names it
    if named is None:
        return []
    name, known = named
    rest = text[end:]
    known = _product_in_row(rest, known)
    dates = parse_dates(rest, order)
    due = _roles(rest, dates)
    due_on = next((d.value for d, is_due in zip(dates, due, strict=True) if is_due), None)
    given = _given_dates(rest, dates, due)
    blanked = _blank_dates(rest, dates)
    if len(given) <= 1:
        first = given[0] if given else None
        lot_text = blanked
        if due_on is not None:  # a lot printed after the due date is not this dose's
            cut = next(d.start for d, is_due in zip(dates, due, strict=True) if is_due)
            lot_text = blanked[:cut]
        return [
            ImmunizationRow(
                name,
                known,
                _dose_number(rest, bare=True),
                first.value if first else None,
                _lot(lot_text),
                due_on,
                first.ambiguous if first else False,
            )
        ]
    rows: list[ImmunizationRow] = []
    previous_end = 0
    for index, found in enumerate(given):
        following = given[index + 1].start if index + 1 < len(given) else len(rest)
        rows.append(
            ImmunizationRow(
                name,
                known,
                _dose_number(rest[previous_end : found.start], bare=False),
                found.value,
                _lot(blanked[found.end : following]),
                due_on,
                found.ambiguous,
            )
        )
        previous_end = found.end
    return rows


def parse_immunization(
    line: str, *, require_known: bool = True, order: DateOrder = DateOrder.MONTH_FIRST
) -> ImmunizationRow | None:
    """The line's first dose (or its due-only row): what pass 1 needs to find the line."""
    rows = parse_immunization_doses(line, require_known=require_known, order=order)
    return rows[0] if rows else None
