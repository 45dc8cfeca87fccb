"""A results table's "previous result" column: "Test Result Flag Units Ref PREV 2024-11-02".

Lab print-outs often add the patient's last result of each test in a column whose header
gives that collection's date. The row "HEMOGLOBIN 118 L g/L 120-160 124" then holds two
results: 118 today, and 124 on the header's date. The second is read only when it stands
alone after the row's reference range (so it cannot be taken for the range or the unit),
and only when it differs from today's value (a repeated value would read as a restatement
of the current row, which the extractor drops).

When the reader saw the cells, the column is found where its header prints it, wherever it
stands: "Test | Result | Flag | Previous | Units | Reference" puts the earlier result between
today's flag and the unit ("126 H | 118 H | mg/dL | 70-99").
"""

from __future__ import annotations

import re
from datetime import date

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.lab_cells import MIN_HEADER_CELLS, names_columns
from adapters.extractors.offline.lab_lexicon import LOCAL_HEADER_WORDS
from adapters.extractors.offline.labs import parse_lab_row
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.sections import detect_section
from adapters.extractors.offline.values import DateOrder, parse_dates

# Matched on accent-folded text: "Rezultat anterior", "Résultat antérieur", "Vorwert".
_PREVIOUS_WORD = re.compile(
    r"\b(?:(?:prev(?:ious)?|prior|last)(?:\s+(?:result|value))?|"
    r"(?:(?:rezultat|resultado|valor|valeur|resultat|risultato|wert|uitslag)\s+)?"
    r"(?:anterior|anterieure?|precedente?|vorheriger|vorige|foregaende|forrige|poprzedni|"
    r"predchozi|predchadzajuci|prejsnji|prethodni|elozo)|vorwert|vorbefund|"
    # Turkish and Azerbaijani: "Önceki sonuç", "Əvvəlki nəticə"
    r"onceki(?:\s+sonuc)?|evvelki(?:\s+netice)?)\b\s*[:(]?",
    re.IGNORECASE,
)
_TABLE_WORDS = re.compile(
    r"\b(?:test|result|analyte|investigation|analiza|rezultat|"
    + "|".join(sorted(fold(word) for word in LOCAL_HEADER_WORDS))
    + r")s?\b",
    re.IGNORECASE,
)
# "118 (H)", "96 ↓", "0,98": a previous result keeps its flag and its decimal comma.
# "121 (14.01.2025)": a previous result printed with its own date.
_ALONE = re.compile(
    r"^\s*(?P<value>[<>]?\d+(?:[.,]\d+)?)\s*(?:HH|LL|H|L|A|\*|\([HLAB]\)|[\u2191\u2193])?"
    # or a flag word of the report's language ("8,0 paaugst.")
    r"(?:(?<=\s)[^\W\d_]{2,12}\.?)?"
    r"(?:\s*\(\s*(?P<date>[^()]{6,20}?)\s*\))?\s*$"
)


def previous_column_date(line: str, order: DateOrder = DateOrder.UNKNOWN) -> date | None:
    """The date a results header gives its previous-result column, if it has one."""
    line = fold(line)
    word = _PREVIOUS_WORD.search(line)
    if word is None or not _TABLE_WORDS.search(line[: word.start()]):
        return None
    found = parse_dates(line[word.end() :], order)
    if len(found) != 1 or (found[0].ambiguous and order is DateOrder.UNKNOWN):
        return None
    return found[0].value


def _undated_header(line: str) -> bool:
    """A header naming a previous-result column whose date wraps onto the next line
    ("Test  Result  Unit  Reference Range  Previous Result" over "(02-Jan-2025)")."""
    line = fold(line)
    word = _PREVIOUS_WORD.search(line)
    return (
        word is not None
        and _TABLE_WORDS.search(line[: word.start()]) is not None
        and not parse_dates(line[word.end() :], DateOrder.UNKNOWN)
    )


#: A header's date without its year, day first as central European print-outs write it
#: ("Předchozí 3. 2."), and the line of years under the header ("2025 2025").
_DAY_MONTH_END = re.compile(r"(?<!\d)(?P<day>\d{1,2})\.\s*(?P<month>\d{1,2})\.\s*$")
_YEARS_ALONE = re.compile(r"\s*(?:(?:19|20)\d{2}\s+)*(?P<year>(?:19|20)\d{2})\s*")


def _trailing_day_month(line: str) -> tuple[int, int] | None:
    found = _DAY_MONTH_END.search(line)
    return (int(found["day"]), int(found["month"])) if found else None


# (after the wrapped end of another header cell: "referință (15.10.2024)")
_DATE_ALONE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?\(?\s*(?P<date>[^()]{6,20}?)\s*\)?\s*$")


def _reference_end(line: str, reference: str) -> int | None:
    """Where the row's printed reference range ends, however it was spaced ("0.1 - 1.2"
    for "0.1-1.2", "Up to 41" for "<41"); None if it cannot be found."""
    # (a decimal comma printed where the row reads a point: "0,67 - 1,17")
    numbers = [n.replace(".", "[.,]") for n in re.findall(r"\d+(?:\.\d+)?", reference)]
    if len(numbers) == 2:
        pattern = rf"{numbers[0]}\s*(?:[-\u2013]|to)\s*{numbers[1]}"
    elif len(numbers) == 1:
        pattern = rf"(?:up to|[<>\u2264\u2265]=?)\s*{numbers[0]}"
    else:
        return None
    found = list(re.finditer(pattern, line, re.IGNORECASE))
    return found[-1].end() if found else None


#: A column reaches this far (page share) left of its header cell.
_SLACK = 0.02
#: A header's last cell: the column's name, one word in any language, and its date
#: ("Iepriekš 14.01.2025.").
_WORD_AND_DATE = re.compile(r"^\s*[^\W\d_]{3,}\.?\s+(?P<date>\d[\d./-]{5,11})\s*$")


def _labelled_last_cell(line: str, cells: tuple[Cell, ...]) -> str | None:
    """The date of a previous-result column told by the header's layout, whatever its
    language calls the column: a results header whose cells name columns, the last one
    a word and a date ("Izmeklējums | Rezultāts | Mērvienība | References | Iepriekš
    14.01.2025.")."""
    if len(cells) < MIN_HEADER_CELLS or not names_columns(cells[:-1]):
        return None
    last = _WORD_AND_DATE.match(cells[-1][0])
    if last is None or not _TABLE_WORDS.search(fold(line[: line.rfind(cells[-1][0].strip())])):
        return None
    return last.group("date")


#: A legend is a sentence, not a header's cell.
_LEGEND_WORDS = 6
_OWN_DATE = re.compile(r"^\s*\(?\s*(?P<date>[^()]{6,20}?)\s*\)?\s*$")


def _column_span(cells: tuple[Cell, ...]) -> tuple[float, float] | None:
    """Where the header's previous-result cell sits, up to the next cell's left edge."""
    for index, (text, x0, x1) in enumerate(cells):
        if _PREVIOUS_WORD.match(fold(text.strip())):
            right = cells[index + 1][1] if index + 1 < len(cells) else x1 + _SLACK
            return (x0 - _SLACK, right)
    return None


def _cell_in(cells: tuple[Cell, ...], span: tuple[float, float]) -> str | None:
    inside = [text for text, x0, x1 in cells if span[0] <= (x0 + x1) / 2 < span[1]]
    return inside[0] if len(inside) == 1 else None


class PreviousColumn:
    """Remembers a results table's previous-result date while its rows are read."""

    def __init__(self, order: DateOrder = DateOrder.UNKNOWN) -> None:
        self._order = order
        self._date: date | None = None
        self._awaiting = False  # the header named the column; its date comes next
        self._span: tuple[float, float] | None = None  # where the header printed it
        self._named = False  # a header named the column, dated or not
        self._day_month: tuple[int, int] | None = None  # "Předchozí 3. 2." (its year below)
        #: The date a legend above the table gives the previous results ("Rezultatul
        #: anterior provine din buletinul ... din 22.09.2025."), and whether it wrapped.
        self._legend: date | None = None
        self._legend_wraps = False
        #: The line just fed was a results header known by its layout alone (the rows under
        #: it are results, whatever section the words above it opened).
        self.opened_by_layout = False

    def _one_date(self, text: str) -> date | None:
        found = parse_dates(text, self._order)
        if len(found) == 1 and not (found[0].ambiguous and self._order is DateOrder.UNKNOWN):
            return found[0].value
        return None

    def _read_legend(self, line: str) -> None:
        """A sentence above the table that says when the previous results were taken."""
        if self._legend_wraps:
            self._legend_wraps = False
            self._legend = self._one_date(line) or self._legend
            return
        folded = fold(line)
        word = _PREVIOUS_WORD.search(folded)
        if word is None or len(line.split()) < _LEGEND_WORDS:
            return
        found = self._one_date(folded[word.end() :])
        if found is not None:
            self._legend = found
        elif not line.rstrip().endswith("."):
            self._legend_wraps = True  # its date may be on the next line

    def _date_below(self, line: str, cells: tuple[Cell, ...]) -> date | None:
        """The column's date on the line under its header: the whole line, or the cell
        under the header's ("01/10/2025 | interval")."""
        if self._day_month and (years := _YEARS_ALONE.fullmatch(line)) is not None:
            day, month = self._day_month  # "3. 2." over "2025 2025": the year wrapped
            try:
                return date(int(years.group("year")), month, day)
            except ValueError:
                return None
        if self._span is not None and len(cells) > 1:
            # "19.01.2026 | referință" under "Rezultat | ... | Rezultat anterior": a date
            # under another column (today's) is not the previous column's
            cell = _cell_in(cells, self._span)
            own = _OWN_DATE.match(cell) if cell is not None else None
            return self._one_date(own.group("date")) if own else None
        if (alone := _DATE_ALONE.match(line)) is not None:
            return self._one_date(alone.group("date"))
        return None

    def feed(self, line: str, cells: tuple[Cell, ...] = ()) -> list[str]:
        """The previous result of a row as a row text of its own ([] if none)."""
        awaiting, self._awaiting = self._awaiting, False
        self._read_legend(line)
        header = previous_column_date(line, self._order)
        self.opened_by_layout = False
        if header is None and (labelled := _labelled_last_cell(line, cells)) is not None:
            header = self._one_date(labelled)
            self.opened_by_layout = header is not None
        if header is None and awaiting:
            header = self._date_below(line, cells)
        if header is not None:
            self._date = header
            if not awaiting:
                self._span = _column_span(cells)
            return []
        if _undated_header(line):
            self._awaiting, self._date, self._span = True, self._legend, _column_span(cells)
            self._named = True
            self._day_month = _trailing_day_month(line)
            return []
        if self._date is None and not self._named:
            return []
        start = detect_section(line)
        if start is not None and start.section not in ("labs", "other") and not start.remainder:
            self._date = self._span = None  # the results table is over
            self._named = False
            return []
        row = parse_lab_row(line, order=self._order)
        if row is None or row.match is None:
            return []
        tail = None
        if self._span is not None and (cell := _cell_in(cells, self._span)) is not None:
            tail = _ALONE.match(cell)
        elif row.reference_text and (end := _reference_end(line, row.reference_text)) is not None:
            tail = _ALONE.match(line[end:])
        if tail is None or tail.group("value") == row.value_text:
            return []
        # the row's own date, else the column's ("Previous (02-Jan-2025)")
        when = self._one_date(tail.group("date")) if tail.group("date") else self._date
        if when is None:
            return []
        unit = f" {row.unit}" if row.unit else ""
        reference = f" {row.reference_text}" if row.reference_text else ""
        return [f"{row.test_name} {tail.group('value')}{unit}{reference} {when.isoformat()}"]
