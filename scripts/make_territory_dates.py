"""Write adapters/extractors/offline/territory_dates.json from CLDR and libphonenumber.

The extractor reads which way a document's country writes dates from this table
(``issuer_country.py``). It is generated, not written by hand:

- CLDR, through Babel: every territory's English name and its short date pattern (the
  territory's English locale, else the locale of the language most of its people speak);
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
        "source": "CLDR (Babel) date patterns and territory names; libphonenumber calling codes",
        "orders": orders,
        "names": dict(sorted(names.items())),
        "calling_codes": calling_codes,
        "leading_digits": leading_digits(),
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
