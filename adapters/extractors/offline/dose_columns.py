"""A vaccination card's dose columns: "Vacuna  1ª dosis  2ª dosis  3ª dosis  Refuerzo",
then one row per vaccine with a date under each dose given.

Read alone, "Pentavalente 16-10-2023 18-12-2023 19-02-2024" is a vaccine with a date and
two more date columns (a card's "given" and "next due" are such columns too), so only the
first date would be a dose. Under a header that names its dose columns every date is a dose
of its own: the row is rewritten as the listed series the immunization reader knows
("Pentavalente dose 1 16-10-2023, dose 2 18-12-2023, dose 3 19-02-2024"). The table ends at
the next section title.

A registry's grid puts the vaccine's group first and each dose's own product and date in
its cell ("Polio | IPV 05/20/2013 | IPV 07/22/2013"); the cells give the product's name, and
a row of names whose dates wrapped onto the line below ("Hib | Hib (PRP-OMP) | Hib (PRP-OMP)"
over "05/20/2013 | 07/22/2013") is read with that line.
"""

from __future__ import annotations

from collections.abc import Sequence

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.sections import (
    MIN_DOSE_COLUMNS,
    detect_section,
    names_dose_columns,
)
from adapters.extractors.offline.values import FoundDate, parse_dates


class DoseColumns:
    """Remembers that rows sit under dose columns while a card's table is read."""

    def __init__(self) -> None:
        self._active = False
        self._names: list[str] = []  # a row's products whose dates wrapped below

    def feed(self, line: str, cells: Sequence[Cell] = ()) -> str | None:
        """The row rewritten as a series of doses, or None to read the line as it is."""
        if names_dose_columns(line):
            self._active, self._names = True, []
            return None
        if not self._active:
            return None
        start = detect_section(line)
        if start is not None and not start.is_table_header and start.section != "immunizations":
            self._active = False
            return None
        names, self._names = self._names, []
        if len(cells) > 1 or names:
            texts = [text for text, _x0, _x1 in cells] if len(cells) > 1 else [line]
            if (grid := self._grid_row(texts, names)) is not None:
                return grid
        dates = parse_dates(line)
        if len(dates) < MIN_DOSE_COLUMNS or line[: dates[0].start].strip() == "":
            return None
        parts = [line[: dates[0].start].rstrip()]
        for number, found in enumerate(dates, start=1):
            gap = line[dates[number - 2].end : found.start].strip() if number > 1 else ""
            if gap:
                return None  # words between the dates: not a plain row of dose cells
            parts.append(
                f"{',' if number > 1 else ''} dose {number} {line[found.start : found.end]}"
            )
        return "".join(parts) + line[dates[-1].end :]

    def _grid_row(self, cells: list[str], wrapped: list[str]) -> str | None:
        """A grid row as a series of doses of the product its cells name: "Polio | IPV
        05/20/2013 | IPV 07/22/2013" -> "IPV dose 1 05/20/2013, dose 2 07/22/2013"."""
        found = [parse_dates(cell) for cell in cells]
        if (
            wrapped
            and len(cells) == len(wrapped)
            and all(
                len(dates) == 1 and not _without(cell, dates[0])
                for cell, dates in zip(cells, found, strict=True)
            )
        ):
            names, dated = wrapped, cells  # the dates under a row of names
        elif found[0] or any(len(dates) > 1 for dates in found[1:]):
            return None
        elif not any(found[1:]):
            if all(cells[1:]):
                self._names = cells[1:]  # names only: their dates are on the next line
            return None
        elif all(found[1:]):
            names = [
                _without(cell, dates[0]) or cells[0]
                for cell, dates in zip(cells[1:], found[1:], strict=True)
            ]
            dated = [
                cell[dates[0].start : dates[0].end]
                for cell, dates in zip(cells[1:], found[1:], strict=True)
            ]
        else:
            return None
        if len({name.lower() for name in names}) != 1:
            return None  # doses of different products: read as written
        series = ", ".join(f"dose {number} {when}" for number, when in enumerate(dated, start=1))
        return f"{names[0]} {series}"


def _without(cell: str, found: FoundDate) -> str:
    """The cell's words beside its date."""
    return " ".join(f"{cell[: found.start]} {cell[found.end :]}".split())
