"""Turning printed numbers and dates into values, forgiving common OCR slips."""

from __future__ import annotations

import re
from datetime import date

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

    return _DIGITISH_TOKEN.sub(fix, text)


def parse_number(text: str) -> float | None:
    """A printed number as float: "13,2" -> 13.2, "250,000" -> 250000.0, "x" -> None."""
    cleaned = text.strip().lstrip("<>≤≥=~ ").strip()
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        head, _, tail = cleaned.rpartition(",")
        # "250,000" groups thousands; "13,2" is a decimal comma.
        cleaned = head.replace(",", "") + tail if len(tail) == 3 else f"{head}.{tail}"
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


def _from_match(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    if groups["iso_y"]:
        return _build(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
    if groups["us_y"]:
        month, day = int(groups["us_m"]), int(groups["us_d"])
        if month > 12 >= day:  # 14/03/2025 is day-first
            month, day = day, month
        return _build(_year(groups["us_y"]), month, day)
    if groups["mn_y"]:
        month = _MONTH_NUMBERS[groups["mn_m"][:3].lower()]
        return _build(int(groups["mn_y"]), month, int(groups["mn_d"]))
    if groups["dm_y"]:
        month = _MONTH_NUMBERS[groups["dm_m"][:3].lower()]
        return _build(int(groups["dm_y"]), month, int(groups["dm_d"]))
    return None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every valid date in ``text`` with its (start, end) span, left to right."""
    found: list[tuple[date, int, int]] = []
    for match in DATE.finditer(repair_digits(text)):
        parsed = _from_match(match)
        if parsed is not None:
            found.append((parsed, match.start(), match.end()))
    return found


def first_date(text: str) -> date | None:
    dates = find_dates(text)
    return dates[0][0] if dates else None
