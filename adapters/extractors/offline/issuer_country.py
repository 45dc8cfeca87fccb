"""Which way the issuer's country writes dates, from the country named in a document (and
from the language of the month names it writes).

A letterhead or a footer usually names the issuer's country ("Gulshan, Dhaka 1212,
Bangladesh") or gives an international phone number ("+880 ..."). The table beside this
module, ``territory_dates.json``, is generated from maintained sources by
``scripts/make_territory_dates.py``: CLDR's territory names and short date patterns (day,
month or year first) and libphonenumber's calling codes. No country is listed by hand.

Only day-first and month-first territories vote. Year-first ones (Canada's en_CA, South
Africa, Japan) and calling codes shared by both kinds (+1: the United States, Canada and
the Caribbean) say nothing.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DAY_FIRST, MONTH_FIRST = "DMY", "MDY"
TABLE = Path(__file__).with_name("territory_dates.json")

#: Territory names that are also US states or common given names ("Atlanta, Georgia";
#: "SMITH, Jordan"): they would vote for the wrong country too often.
_AMBIGUOUS_NAMES = frozenset({"GEORGIA", "JORDAN", "CHAD", "INDIA", "KENYA", "ISRAEL", "CHINA"})
#: Lines naming a person, where "Surname, Firstname" puts a given name after a comma.
_PERSON_LINE = re.compile(r"\b(?:name|patient|client|mr|mrs|ms|miss)\b", re.IGNORECASE)
#: An international number: "+", the calling code, then the subscriber number.
_PHONE = re.compile(r"(?<![\w+])\+\s?(\d{1,3})(?=([\s\d().-]{6,}))")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """The generated table, read once."""
    data: dict[str, Any] = json.loads(TABLE.read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[int, list[str]]]:
    data = _data()
    codes = {int(code): regions for code, regions in data["calling_codes"].items()}
    return data["orders"], data["names"], codes


@lru_cache(maxsize=1)
def _prefixes() -> dict[int, list[tuple[re.Pattern[str], str]]]:
    data = _data()
    return {
        int(code): [(re.compile(f"(?:{digits})"), region) for region, digits in regions.items()]
        for code, regions in data["leading_digits"].items()
    }


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    orders, names, _ = _table()
    by_name = {
        name: orders[territory]
        for name, territory in names.items()
        if name not in _AMBIGUOUS_NAMES and len(name) > 3
    }
    ordered = sorted(by_name, key=len, reverse=True)
    # After a comma, as the last part of an address; ended by the line, a postcode
    # ("1212", "JE2 3QS"), a separator or a phone number.
    ending = r"(?=\s*(?:$|[|.,;(+]|\d|[A-Z]{1,2}\d)|\s{2,})"
    pattern = re.compile(
        r",\s*(" + "|".join(re.escape(n) for n in ordered) + r")" + ending,
        re.IGNORECASE | re.MULTILINE,
    )
    return pattern, by_name


def _calling_code_order(digits: str, number: str = "") -> str | None:
    """The order of the territory a phone number belongs to: the one its prefix names
    among those sharing the calling code that starts ``digits``, else the order they all
    share."""
    orders, _, codes = _table()
    for length in (1, 2, 3):
        code = int(digits[:length])
        subscriber = digits[length:] + re.sub(r"\D", "", number)
        regions = codes.get(code)
        if not regions:
            continue
        prefixed = _prefixes().get(code, ())
        named = [region for pattern, region in prefixed if pattern.match(subscriber)]
        if named:
            return orders.get(named[0])
        claimed = {region for _, region in prefixed}
        found = {orders.get(region) for region in regions if region not in claimed}
        return found.pop() if len(found) == 1 else None
    return None


@lru_cache(maxsize=1)
def _month_names() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = _data()["month_names"]
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE), names


#: A month name beside a year ("luglio 2025", "3 octobre 2024") is a date, not a word.
_WITH_YEAR = re.compile(r"^\s*(?:de\s+|del\s+)?(?:19|20)\d{2}\b")


def month_name_votes(text: str) -> tuple[int, int]:
    """(day-first, month-first): one vote for the order of the language whose month names
    the document writes ("luglio 2025", "ottobre"), when it names two different months or
    one beside a year; a month's name alone may be a word of another language."""
    pattern, names = _month_names()
    seen: dict[str, str] = {}
    dated = set()
    for found in pattern.finditer(text):
        word = found.group(1).lower()
        seen[word] = names[word]
        if _WITH_YEAR.match(text[found.end() : found.end() + 12]):
            dated.add(names[word])
    orders = set(seen.values())
    if len(orders) != 1 or (len(seen) < 2 and not dated):
        return 0, 0
    return (1, 0) if orders == {DAY_FIRST} else (0, 1)


def country_votes(text: str) -> tuple[int, int]:
    """(day-first, month-first) votes from the countries and phone numbers named."""
    day = month = 0
    pattern, by_name = _country_names()
    for line in text.splitlines():
        found: list[str | None] = []
        if not _PERSON_LINE.search(line):
            found.extend(by_name.get(m.group(1).upper()) for m in pattern.finditer(line))
        found.extend(_calling_code_order(m.group(1), m.group(2)) for m in _PHONE.finditer(line))
        day += found.count(DAY_FIRST)
        month += found.count(MONTH_FIRST)
    return day, month
