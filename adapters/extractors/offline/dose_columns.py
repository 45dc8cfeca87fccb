"""A vaccination card's dose columns: "Vacuna  1ª dosis  2ª dosis  3ª dosis  Refuerzo",
then one row per vaccine with a date under each dose given.

Read alone, "Pentavalente 16-10-2023 18-12-2023 19-02-2024" is a vaccine with a date and
two more date columns (a card's "given" and "next due" are such columns too), so only the
first date would be a dose. Under a header that names its dose columns every date is a dose
of its own: the row is rewritten as the listed series the immunization reader knows
("Pentavalente dose 1 16-10-2023, dose 2 18-12-2023, dose 3 19-02-2024"). The table ends at
the next section title.
"""

from __future__ import annotations

from adapters.extractors.offline.sections import (
    MIN_DOSE_COLUMNS,
    detect_section,
    names_dose_columns,
)
from adapters.extractors.offline.values import parse_dates


class DoseColumns:
    """Remembers that rows sit under dose columns while a card's table is read."""

    def __init__(self) -> None:
        self._active = False

    def feed(self, line: str) -> str | None:
        """The row rewritten as a series of doses, or None to read the line as it is."""
        if names_dose_columns(line):
            self._active = True
            return None
        if not self._active:
            return None
        start = detect_section(line)
        if start is not None and not start.is_table_header and start.section != "immunizations":
            self._active = False
            return None
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
