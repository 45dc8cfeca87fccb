"""Turning printed numbers and dates into values, forgiving common OCR slips.

"03/04/2024" is 3 April in London, Sydney and Delhi and March 4 in Chicago. Which one a
document means is decided once per document (``DateOrder.decide``) from its own evidence;
a date that could be read both ways in a document that gives no evidence is returned
flagged ``ambiguous`` so the caller writes it for review instead of guessing silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from adapters.extractors.offline.issuer_country import country_votes, month_name_votes
from adapters.extractors.offline.patterns import DATE

_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Letters OCR reads in place of digits; only applied inside digit-looking tokens.
_LETTER_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})
_DIGITISH_TOKEN = re.compile(r"(?<![A-Za-z])[0-9OolI|S][0-9OolI|S.,/:-]*[0-9OolI|S](?![A-Za-z])")


def repair_digits(text: str) -> str:
    """Fix letter-for-digit slips in tokens that are mostly digits ("O3/l4/2025")."""

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() or ch == "|" for ch in token)
        if digits >= 2 and letters <= max(1, digits // 2):
            return token.translate(_LETTER_AS_DIGIT)
        return token

    return _STRAY_DOT_DATE.sub(r"\1\2", _DIGITISH_TOKEN.sub(fix, text))


#: A scan's speck read as a dot inside a date's first part: "0.4/24/24" is 04/24/24.
_STRAY_DOT_DATE = re.compile(r"(?<![\d.])(\d)\.(\d/\d{1,2}/\d{2,4})(?![\d/])")


def parse_number(text: str) -> float | None:
    """A printed number as float: "13,2" -> 13.2, "250,000" -> 250000.0, "x" -> None."""
    cleaned = text.strip().lstrip("<>≤≥=~ ").strip()
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        head, _, tail = cleaned.rpartition(",")
        # "250,000" groups thousands; "13,2" is a decimal comma, and so is "0,318" (no
        # number groups its thousands after a lone zero)
        grouped = len(tail) == 3 and re.fullmatch(r"-?0", head) is None
        cleaned = head.replace(",", "") + tail if grouped else f"{head}.{tail}"
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def number_text(text: str) -> str:
    """The printed number tidied for display: spaces dropped, decimal comma -> point."""
    value = re.sub(r"\s+", "", text)
    if re.fullmatch(r"[<>≤≥]?\d+,\d{1,2}", value):
        value = value.replace(",", ".")
    return value


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900  # two-digit years: 25 -> 2025, 87 -> 1987
    return year


def _build(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateOrder(Enum):
    """How a document writes numeric dates: day first, month first, or not known."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    UNKNOWN = "unknown"

    @classmethod
    def decide(cls, texts: str | Iterable[str]) -> DateOrder:
        """The order one document uses, from its own text (all pages).

        Strongest first: a stated format ("DD/MM/YYYY"); numeric dates with a part above
        12 (14/03/2025 is day-first); then the issuer's country (NHS, a UK postcode, an
        Australian state and postcode, a US ZIP code, a country named at the end of an
        address, the calling code of a phone number: issuer_country.py) and how
        the document writes month names ("14 March" vs "March 14") and in which language
        ("luglio 2025": Italian, day first). Conflicting evidence
        at one level, or none at all, is UNKNOWN.
        """
        text = texts if isinstance(texts, str) else "\n".join(texts)
        for votes in (_stated_format(text), _numeric_votes(text), _locale_votes(text)):
            day, month = votes
            if day > month:
                return cls.DAY_FIRST
            if month > day:
                return cls.MONTH_FIRST
        return cls.UNKNOWN


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from text, where it was, and whether its day/month order was a guess."""

    value: date
    start: int
    end: int
    ambiguous: bool = False


_STATED_DAY_FIRST = re.compile(
    r"\b(?:dd|d)[/.-](?:mm|m)[/.-](?:yyyy|yy)\b|"
    # the same in other languages' letters, the year last: "jj/mm/aaaa", "tt.mm.jjjj",
    # "hh/bb/tttt" (Malay hari/bulan/tahun). Only English writes the month first ("mm/dd").
    r"\b(?!mm)([a-z])\1[/.-](?!\1)([a-z])\2[/.-](?!\1|\2)([a-z])\3(?:\3\3)?\b",
    re.IGNORECASE,
)
_STATED_MONTH_FIRST = re.compile(r"\b(?:mm|m)[/.-](?:dd|d)[/.-](?:yyyy|yy)\b", re.IGNORECASE)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_MONTH_WORDS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+\d{{4}}\b", re.IGNORECASE
)
_MONTH_DAY_WORDS = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}\b", re.IGNORECASE
)
# Where the issuer is: countries that write day first (UK, IE, AU, NZ, IN) or month first (US).
_DAY_FIRST_PLACES = re.compile(
    r"\bNHS\b|\bGP\b|\bMedicare\s+(?:No|Number|card)\b|\bAHPRA\b|\bHSE\b|\bEircode\b|"
    r"\bNHI\b|\bTe Whatu Ora\b|\bABN\b|\bIHI\b|\bAadhaar\b|\bPIN\s*[:-]?\s*\d{6}\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|"  # UK postcode: "SW1A 1AA", "M1 4BT"
    r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"  # Australian state and postcode
)
_MONTH_FIRST_PLACES = re.compile(
    r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b|"
    r"\bMedicaid\b|\bCLIA\b|\bNPI\b|\bSSN\b"
)


def _stated_format(text: str) -> tuple[int, int]:
    return len(_STATED_DAY_FIRST.findall(text)), len(_STATED_MONTH_FIRST.findall(text))


def _numeric_votes(text: str) -> tuple[int, int]:
    day, month = 0, 0
    for match in DATE.finditer(repair_digits(text)):
        if match.group("sp_y"):
            day += 1  # "20. 5. 2025" is written day first only
            continue
        if not match.group("us_y"):
            continue
        first, second = int(match.group("us_m")), int(match.group("us_d"))
        if first > 12 >= second >= 1:
            day += 1
        elif second > 12 >= first >= 1:
            month += 1
    return day, month


def _locale_votes(text: str) -> tuple[int, int]:
    by_country = country_votes(text)
    by_language = month_name_votes(text)
    day = len(_DAY_FIRST_PLACES.findall(text)) + len(_DAY_MONTH_WORDS.findall(text))
    month = len(_MONTH_FIRST_PLACES.findall(text)) + len(_MONTH_DAY_WORDS.findall(text))
    return day + by_country[0] + by_language[0], month + by_country[1] + by_language[1]


def _from_match(
    match: re.Match[str], order: DateOrder = DateOrder.MONTH_FIRST
) -> tuple[date | None, bool]:
    """The date and whether its day/month order had to be guessed (UNKNOWN order)."""
    groups = match.groupdict()
    if groups["iso_y"]:
        return _build(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"])), False
    if groups["us_y"]:
        first, second = int(groups["us_m"]), int(groups["us_d"])
        if first > 12 >= second:  # 14/03/2025 is day-first whatever the document says
            return _build(_year(groups["us_y"]), second, first), False
        if second > 12 or first == second:
            return _build(_year(groups["us_y"]), first, second), False
        if order is DateOrder.DAY_FIRST:
            return _build(_year(groups["us_y"]), second, first), False
        # Month first is the reading when the order is unknown too, but flagged as a guess.
        return _build(_year(groups["us_y"]), first, second), order is DateOrder.UNKNOWN
    if groups["sp_y"]:
        return _build(int(groups["sp_y"]), int(groups["sp_m"]), int(groups["sp_d"])), False
    if groups["mn_y"]:
        month = _MONTH_NUMBERS[groups["mn_m"][:3].lower()]
        return _build(int(groups["mn_y"]), month, int(groups["mn_d"])), False
    if groups["dm_y"]:
        month = _MONTH_NUMBERS[groups["dm_m"][:3].lower()]
        return _build(_year(groups["dm_y"]), month, int(groups["dm_d"])), False
    return None, False


def parse_dates(text: str, order: DateOrder = DateOrder.MONTH_FIRST) -> list[FoundDate]:
    """Every valid date in ``text``, read in the document's ``order``, left to right."""
    found: list[FoundDate] = []
    for match in DATE.finditer(repair_digits(text)):
        parsed, ambiguous = _from_match(match, order)
        if parsed is not None:
            found.append(FoundDate(parsed, match.start(), match.end(), ambiguous))
    return found


def parse_date(text: str, order: DateOrder = DateOrder.MONTH_FIRST) -> FoundDate | None:
    """The first date in ``text`` read in ``order`` (``ambiguous`` set when it was a guess)."""
    found = parse_dates(text, order)
    return found[0] if found else None


def find_dates(text: str, order: DateOrder = DateOrder.MONTH_FIRST) -> list[tuple[date, int, int]]:
    """Every valid date in ``text`` with its (start, end) span, left to right."""
    return [(d.value, d.start, d.end) for d in parse_dates(text, order)]


def first_date(text: str, order: DateOrder = DateOrder.MONTH_FIRST) -> date | None:
    dates = find_dates(text, order)
    return dates[0][0] if dates else None
