"""Vaccination rows: "Influenza (IIV4)  Dose 1  10/15/2024  Lot: AB1234"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from adapters.extractors.offline.lexicon import VACCINES
from adapters.extractors.offline.matching import ConceptIndex, ConceptMatch, name_key
from adapters.extractors.offline.patterns import DOSE_NUMBER, LIST_MARKER, LOT_NUMBER
from adapters.extractors.offline.values import find_dates, repair_digits

VACCINE_INDEX = ConceptIndex(VACCINES)

_FILLER = re.compile(r"(?:\s+(?:given|administered|received|on|today|vaccine))+\s*$", re.IGNORECASE)
_BARE_DOSE = re.compile(r"(?<=\s)(?P<n>[1-9])(?=\s)")
# A lot number printed without its label: letters and digits mixed, e.g. "EW0182".
_LOT_TOKEN = re.compile(
    r"(?<![\w/-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{3,11}(?![\w/])"
)


@dataclass(frozen=True, slots=True)
class ImmunizationRow:
    vaccine: str
    match: ConceptMatch | None
    dose_number: int | None
    administered_on: date | None
    lot_number: str | None


def _name_end(text: str) -> int:
    """Where the vaccine name stops: at the first date, dose, lot or bare number column."""
    ends = [len(text)]
    dates = find_dates(text)
    if dates:
        ends.append(dates[0][1])
    for pattern in (DOSE_NUMBER, LOT_NUMBER, _BARE_DOSE):
        found = pattern.search(text)
        if found:
            ends.append(found.start())
    return min(ends)


def parse_immunization(line: str, *, require_known: bool = True) -> ImmunizationRow | None:
    text = LIST_MARKER.sub("", repair_digits(line), count=1)
    end = _name_end(text)
    name = re.sub(r"\s+", " ", text[:end]).strip(" :;,-|")
    name = _FILLER.sub("", name).strip(" :;,-|")
    known = VACCINE_INDEX.lookup(name) if name else None
    if known is None:
        scanned = VACCINE_INDEX.scan(name or text)
        if scanned is not None:
            known, start, stop = scanned
            # "Tdap a": a stray OCR character beside a known name is dropped.
            if name and len(name_key(name[:start] + name[stop:])) <= 2:
                name = name[start:stop]
    if known is None and (require_known or not re.search(r"[A-Za-z]{3,}", name)):
        return None
    if known is not None and known.score < 1.0 and VACCINE_INDEX.lookup(name) is not None:
        name = known.spelling
    if not name and known is not None:
        name = known.spelling
    rest = text[end:]
    dates = find_dates(rest)
    administered = dates[0][0] if dates else None
    dose_number: int | None = None
    found = DOSE_NUMBER.search(rest)
    if found:
        dose_number = int(found.group("a") or found.group("b") or found.group("c"))
    else:
        bare = _BARE_DOSE.search(" " + rest + " ")
        if bare:
            dose_number = int(bare.group("n"))
    lot: str | None = None
    lot_match = LOT_NUMBER.search(rest)
    if lot_match:
        lot = lot_match.group("lot")
    else:
        remainder = rest
        for _, start, stop in reversed(dates):
            remainder = remainder[:start] + " " * (stop - start) + remainder[stop:]
        token = _LOT_TOKEN.search(remainder)
        # Lots are printed in capitals; OCR sometimes lowers one letter ("Cv9920B").
        lot = token.group(0).upper() if token else None
    return ImmunizationRow(name, known, dose_number, administered, lot)
