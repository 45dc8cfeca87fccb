"""Write adapters/extractors/offline/territory_dates.json from CLDR and libphonenumber.

The extractor reads which way a document's country writes dates from this table
(``issuer_country.py``). It is generated, not written by hand:

- CLDR, through Babel: every territory's English name and its short date pattern (the
  territory's English locale, else the locale of the language most of its people speak);
- CLDR's month names of the languages whose countries agree on an order ("luglio",
  "octobre", "März" are day first);
- libphonenumber, through phonenumbers: the territories behind each calling code, and the
  number prefixes that tell the territories sharing one code apart (+1 684 American Samoa).

Loading Babel's locales at run time costs a worker about 100 MB, so the table is built
here once. ``tests/extractors/test_territory_dates.py`` checks that the file matches a
fresh build.

    .venv/bin/python scripts/make_territory_dates.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

TABLE = (
    Path(__file__).resolve().parents[1]
    / "adapters"
    / "extractors"
    / "offline"
    / "territory_dates.json"
)
DAY_FIRST, MONTH_FIRST = "DMY", "MDY"


def _order(locale: Locale) -> str | None:
    pattern = re.sub(r"'[^']*'", "", locale.date_formats["short"].pattern)
    positions = {part: pattern.find(part) for part in "dMy"}
    if min(positions.values()) < 0 or positions["y"] < min(positions["d"], positions["M"]):
        return None  # year first, or a pattern without all three parts
    return DAY_FIRST if positions["d"] < positions["M"] else MONTH_FIRST


def territory_orders() -> dict[str, str]:
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
    return dict(sorted(orders.items()))


#: A language's month names vote for its order only when most of its countries agree.
_LANGUAGE_AGREEMENT = 0.8
_ENGLISH_MONTHS = frozenset(m.lower() for m in Locale("en").months["format"]["wide"].values())


def month_name_orders() -> dict[str, str]:
    """Month names (wide, lower case) -> the order of the language they belong to.

    English is left out (its countries write dates both ways), and so is a language whose
    countries disagree (Spanish of the United States is month first, of Spain day first,
    so Spanish names vote only if 80 % of its locales agree). Only a language official in
    some country counts: regional and minority languages spell months as English words
    (Breton "here", Ewe "dame", Welsh "medi"). A name two languages share with different
    orders is dropped.
    """
    official = {
        language
        for spoken in get_global("territory_languages").values()
        for language, info in spoken.items()
        if info.get("official_status") in ("official", "de_facto_official")
    }
    by_language: dict[str, list[str]] = {}
    for identifier in locale_identifiers():
        parts = identifier.split("_")
        if len(parts) != 2 or parts[0] == "en" or not (len(parts[1]) == 2 and parts[1].isalpha()):
            continue
        if parts[0] not in official:
            continue
        try:
            order = _order(Locale.parse(identifier))
        except (UnknownLocaleError, ValueError):
            continue
        by_language.setdefault(parts[0], []).append(order or "")
    names: dict[str, set[str]] = {}
    for language, found in sorted(by_language.items()):
        top = max(set(found), key=found.count)
        if not top or found.count(top) < _LANGUAGE_AGREEMENT * len(found):
            continue
        try:
            months = Locale.parse(language).months["format"]["wide"].values()
        except (UnknownLocaleError, ValueError):
            continue
        for month in months:
            word = month.lower()
            if len(word) >= 4 and word.isalpha() and word not in _ENGLISH_MONTHS:
                names.setdefault(word, set()).add(top)
    return {word: next(iter(o)) for word, o in sorted(names.items()) if len(o) == 1}


def build() -> dict[str, Any]:
    orders = territory_orders()
    names: dict[str, str] = {}
    for territory, name in Locale("en").territories.items():
        if not isinstance(territory, str) or territory not in orders:
            continue
        for variant in {name, re.sub(r"\s*\(.*\)|\s+SAR China$", "", name)}:
            names[variant.upper()] = territory
    calling_codes = {
        str(code): sorted(regions) for code, regions in sorted(COUNTRY_CODE_TO_REGION_CODE.items())
    }
    return {
        "source": (
            "CLDR (Babel) date patterns, territory and month names; libphonenumber calling codes"
        ),
        "orders": orders,
        "names": dict(sorted(names.items())),
        "calling_codes": calling_codes,
        "leading_digits": leading_digits(),
        "month_names": month_name_orders(),
    }


def leading_digits() -> dict[str, dict[str, str]]:
    """Per shared calling code, the number prefixes that name one territory: +1 684 is
    American Samoa, +1 246 Barbados (libphonenumber's ``leading_digits`` patterns)."""
    shared: dict[str, dict[str, str]] = {}
    for code, regions in sorted(COUNTRY_CODE_TO_REGION_CODE.items()):
        prefixes = {
            region: metadata.leading_digits
            for region in regions
            if (metadata := PhoneMetadata.metadata_for_region(region)) is not None
            and metadata.leading_digits
        }
        if prefixes:
            shared[str(code)] = dict(sorted(prefixes.items()))
    return shared


def render(table: dict[str, Any]) -> str:
    return json.dumps(table, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main() -> int:
    TABLE.write_text(render(build()), "utf-8")
    print(f"wrote {TABLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
