"""Which way the issuer's country writes dates, from the country named in a document.

A letterhead or a footer usually names the issuer's country ("Gulshan, Dhaka 1212,
Bangladesh") or gives an international phone number ("+880 ..."). CLDR, through Babel,
gives every territory's English name and its usual short date pattern (day, month or year
first); libphonenumber's table maps a calling code to the territories that share it. Both
are maintained upstream, so no country list is kept here.

Only day-first and month-first territories vote. Year-first ones (Canada's en_CA, South
Africa, Japan) and calling codes shared by both kinds (+1: the United States, Canada and
the Caribbean) say nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

DAY_FIRST, MONTH_FIRST = "DMY", "MDY"

#: Territory names that are also US states or common given names ("Atlanta, Georgia";
#: "SMITH, Jordan"): they would vote for the wrong country too often.
_AMBIGUOUS_NAMES = frozenset({"Georgia", "Jordan", "Chad", "India", "Kenya", "Israel", "China"})
#: Lines naming a person, where "Surname, Firstname" puts a given name after a comma.
_PERSON_LINE = re.compile(r"\b(?:name|patient|client|mr|mrs|ms|miss)\b", re.IGNORECASE)
#: An international number: "+", the calling code, then the subscriber number.
_PHONE = re.compile(r"(?<![\w+])\+\s?(\d{1,3})(?=[\s\d().-]{6,})")


def _order(locale: Locale) -> str | None:
    pattern = re.sub(r"'[^']*'", "", locale.date_formats["short"].pattern)
    positions = {part: pattern.find(part) for part in "dMy"}
    if min(positions.values()) < 0 or positions["y"] < min(positions["d"], positions["M"]):
        return None  # year first, or a pattern without all three parts
    return DAY_FIRST if positions["d"] < positions["M"] else MONTH_FIRST


@lru_cache(maxsize=1)
def territory_orders() -> dict[str, str]:
    """Territory code → DMY or MDY: its English locale's short date, else the locale of
    the language most of its people speak."""
    available = set(locale_identifiers())
    speakers = get_global("territory_languages")
    orders: dict[str, str] = {}
    for territory in Locale("en").territories:
        if not (isinstance(territory, str) and len(territory) == 2 and territory.isalpha()):
            continue  # regions such as "150" (Europe)
        languages = sorted(
            speakers.get(territory, {}).items(),
            key=lambda item: -float(item[1].get("population_percent", 0)),
        )
        candidates = [f"en_{territory}"] + [f"{lang}_{territory}" for lang, _ in languages]
        name = next((c for c in candidates if c in available), None)
        if name is None:
            continue
        try:
            order = _order(Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            continue
        if order is not None:
            orders[territory] = order
    return orders


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    orders = territory_orders()
    by_name: dict[str, str] = {}
    for territory, name in Locale("en").territories.items():
        if not isinstance(territory, str) or territory not in orders:
            continue
        for variant in {name, re.sub(r"\s*\(.*\)|\s+SAR China$", "", name)}:
            if variant not in _AMBIGUOUS_NAMES and len(variant) > 3:
                by_name[variant.upper()] = orders[territory]
    names = sorted(by_name, key=len, reverse=True)
    # After a comma, as the last part of an address; ended by the line, a postcode
    # ("1212", "JE2 3QS"), a separator or a phone number.
    ending = r"(?=\s*(?:$|[|.,;(+]|\d|[A-Z]{1,2}\d)|\s{2,})"
    pattern = re.compile(
        r",\s*(" + "|".join(re.escape(n) for n in names) + r")" + ending,
        re.IGNORECASE | re.MULTILINE,
    )
    return pattern, by_name


def _calling_code_order(digits: str) -> str | None:
    """The order shared by every territory of the calling code that starts ``digits``."""
    for length in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:length]))
        if regions:
            orders = {territory_orders().get(region) for region in regions}
            return orders.pop() if len(orders) == 1 else None
    return None


def country_votes(text: str) -> tuple[int, int]:
    """(day-first, month-first) votes from the countries and phone numbers named."""
    day = month = 0
    pattern, by_name = _country_names()
    for line in text.splitlines():
        found: list[str | None] = []
        if not _PERSON_LINE.search(line):
            found.extend(by_name.get(m.group(1).upper()) for m in pattern.finditer(line))
        found.extend(_calling_code_order(m.group(1)) for m in _PHONE.finditer(line))
        day += found.count(DAY_FIRST)
        month += found.count(MONTH_FIRST)
    return day, month
