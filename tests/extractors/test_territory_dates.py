"""The issuer-country date table is what its generator builds from CLDR and libphonenumber."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from adapters.extractors.offline.issuer_country import TABLE

GENERATOR = Path(__file__).resolve().parents[2] / "scripts" / "make_territory_dates.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_territory_dates", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_matches_a_fresh_build() -> None:
    generator = _generator()
    assert json.loads(TABLE.read_text("utf-8")) == json.loads(generator.render(generator.build()))


def test_the_table_knows_both_orders_and_shared_calling_codes() -> None:
    table = json.loads(TABLE.read_text("utf-8"))
    assert table["orders"]["GB"] == "DMY" and table["orders"]["US"] == "MDY"
    assert "CA" not in table["orders"]  # year first (en_CA): no vote
    assert {"US", "CA"} <= set(table["calling_codes"]["1"])
    assert table["names"]["BANGLADESH"] == "BD"
