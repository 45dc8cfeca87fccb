"""Vital-sign tables whose header names the columns: "Date  BP  Pulse  Temp  Resp  SpO2 ...",
then one row per date. A row may leave cells blank, so each value goes to the next column
its unit fits ("mmHg" is blood pressure, "kg" weight, "/min" the pulse or the rate after it).
When the reader saw the cells, each value goes to the column printed above it, and a row's
own label ("Admission 21.07", "Discharge 8 Aug") stays out of the readings.
"""

from __future__ import annotations

import re

from adapters.extractors.offline.cells import Cell
from adapters.extractors.offline.lexicon import VITAL_LABELS
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.patterns import BRACKETED
from pipeline.clinical.schema import VitalKind

_LABEL_KIND = {label: kind for kind, labels in VITAL_LABELS.items() for label in labels}
_DATE_WORDS = frozenset({"date", "time", "datetime", "fecha", "data", "datum", "dato", "date/time"})
_OTHER_HEADER_WORDS = frozenset(
    {"date", "time", "datetime", "taken", "recorded", "by", "pain", "score", "gcs", "avpu"}
    # other languages' date column ("Fecha  Peso (kg)  Talla (cm)")
    | _DATE_WORDS
    # a remarks column after the readings ("... Notes", "Observaciones")
    | {"notes", "note", "comments", "comment", "remarks", "observaciones", "observacoes"}
    | {"remarques", "osservazioni", "bemerkungen", "opmerkingen", "anmerkungen", "notas"}
    # the oxygen given ("O2", read "02" off a scan; "FiO2", "device"): a column, no reading
    | {"o2", "02", "fio2", "device", "o2 device", "oxygen"}
    # the table's title in its first cell ("Vital signs | Temp (°C) | HR (/min) | BP")
    | {"vital", "vitals", "signs", "observations", "obs"}
    # a triage sheet's capillary glucose ("HGT", "glicemia capilar"): a column, no vital
    | {"hgt", "glucose", "glucemia", "glicemia", "capillary", "capilar", "glucometria", "dextro"}
)
_T_DEGREES = re.compile(r"\bt\s*(?=\(\s*°)")
#: UCUM spellings of C-CDA renderings: "128/76 mm[Hg]", "97.9 [degF]".
_UCUM = (
    ("mm[Hg]", "mmHg"),
    ("[degF]", "°F"),
    ("[degC]", "°C"),
    ("[in_i]", "in"),
    ("[lb_av]", "lb"),
)
_UCUM_CELSIUS = re.compile(r"(?<=\d)(\s*)Cel\b")  # "37.0 Cel", never "Cells"
_MIN_COLUMNS = 3
_CELL = re.compile(
    r"(?<![\d.,:/])(?P<value>\d{2,3}\s*/\s*\d{2,3}|\d{1,3}(?:[.,]\d{1,2})?)(?![\d:/]|[.,]\d)"
    r"\s*(?P<unit>mm\s*Hg|/min|bpm|°\s*[FC]|deg\s*[FC]|%|cm|kg/m2|kg/m²|kg|lbs?|in(?![a-z]))?",
    re.IGNORECASE,
)
_DATE_OR_TIME = re.compile(
    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}[\s-][A-Z][a-z]{2,8}\.?[\s-]\d{2,4}\b",
)
#: A row of units under the header, one per column: "(mm[Hg]) (/min) ([degF]) (%)".
_UNITS_ROW = re.compile(r"^\s*(?:\(\s*[^()]*?\s*\)\s*)+$")
_FEET_INCHES = re.compile(
    r"(?<![\d.])(?P<feet>[3-7])\s*(?:'|\u2019|ft\.?|feet)\s*(?P<inches>\d{1,2})\s*"
    r"(?:\"|''|\u201d|in\.?|inches)(?![A-Za-z])"
)
_UNIT_KINDS: dict[str, frozenset[VitalKind]] = {
    "mmhg": frozenset({"blood_pressure"}),
    "/min": frozenset({"heart_rate", "respiratory_rate"}),
    "bpm": frozenset({"heart_rate"}),
    "%": frozenset({"oxygen_saturation"}),
    "cm": frozenset({"height"}),
    "in": frozenset({"height"}),
    "kg": frozenset({"weight"}),
    "lb": frozenset({"weight"}),
    "lbs": frozenset({"weight"}),
    "kg/m2": frozenset({"bmi"}),
    "kg/m²": frozenset({"bmi"}),
}
#: The label each kind is written back with, for ``vitals.find_vitals`` to read.
_LABEL = {
    "blood_pressure": "BP",
    "heart_rate": "Pulse",
    "temperature": "Temp",
    "respiratory_rate": "Resp rate",
    "oxygen_saturation": "SpO2",
    "weight": "Weight",
    "height": "Height",
    "bmi": "BMI",
}


def header_units(line: str) -> tuple[str, ...]:
    """The unit each column of a header names in brackets ("BP (mmHg)  HR (/min)  BMI"), ""
    where it names none."""
    units: list[str] = []
    for token in re.findall(r"\([^)]*\)|[^\s()]+", line):
        if token.startswith("("):
            if units:
                units[-1] = plain_units(token.strip("() "))
        elif token.lower() in _LABEL_KIND and len(token) > 1:
            units.append("")
    return tuple(units)


def _header_words(line: str) -> list[str]:
    """A header's words; "PA/BP" gives both names, "T°" keeps its degree sign."""
    # "T(°C)": a one-letter label is a temperature when its unit says so
    text = BRACKETED.sub(" ", _T_DEGREES.sub("temp ", fold(line.lower())))
    if not re.search(r"[a-z]\s*/\s*[a-z]", text):
        return re.findall(r"[a-z0-9/°]+", text)  # ("B/P" stays a word of its own)
    words: list[str] = []
    for token in re.findall(r"[a-z0-9/°]+", text):
        whole = token.strip("/")
        if not whole:
            continue
        parts = [p for p in whole.split("/") if p]
        words.extend([whole] if whole in _LABEL_KIND or len(parts) < 2 else parts)
    return words


#: The first word of a header cell whose second wrapped onto the line below ("Heart" over
#: "rate"): in a row of vital-sign columns it names the column alone.
_WRAPPED_LABEL_KIND: dict[str, VitalKind] = {
    "heart": "heart_rate",
    "respiratory": "respiratory_rate",
    "blood": "blood_pressure",
}


def header_columns(line: str) -> tuple[VitalKind, ...]:
    """The vital kinds a table header names left to right; () if the line is not one."""
    words = _header_words(line)
    kinds: list[VitalKind] = []
    index = 0
    while index < len(words):
        two = " ".join(words[index : index + 2])
        three = " ".join(words[index : index + 3])
        if three in _LABEL_KIND and index + 2 < len(words):  # "body mass index"
            kinds.append(_LABEL_KIND[three])
            index += 3
        elif two in _LABEL_KIND and index + 1 < len(words):
            kinds.append(_LABEL_KIND[two])
            index += 2
        elif words[index] in _LABEL_KIND and len(words[index]) > 1:
            kinds.append(_LABEL_KIND[words[index]])
            index += 1
        elif words[index] in _WRAPPED_LABEL_KIND:
            kinds.append(_WRAPPED_LABEL_KIND[words[index]])
            index += 1
        elif words[index] in _OTHER_HEADER_WORDS:
            index += 1
        else:
            return ()
    # "PA/BP  FC/HR  Peso / Weight": a column named in two languages is one column
    kinds = [kind for i, kind in enumerate(kinds) if i == 0 or kinds[i - 1] != kind]
    # A growth chart names two ("Date  Weight (kg)  Length (cm)"), with its dates.
    dated = bool(_DATE_WORDS & set(words))
    return tuple(kinds) if len(set(kinds)) >= (_MIN_COLUMNS - dated) else ()


#: A rate per minute as headers print it: "(/min)", "(x/min)", "(k./min)", "(bpm)".
#: Per minute, also after a local word for the beat or breath ("zarba/daq", "vur/dəq": Uzbek
#: and Azerbaijani minutes).
_PER_MINUTE = re.compile(r"^(?:[a-z]{1,2}\.?)?/min$|^(?:[^\W\d_]{1,8}\.?)?/(?:daq|deq|dəq)$|^bpm$")
#: Millimetres of mercury in any language: "mm sim. ust.", "mm c.s.", "mm rt. st.".
_MM_MERCURY = re.compile(r"^mm(?!ol)[^\W\d_.]*\.?(?:[^\W\d_]{1,4}\.?){0,3}$")
_RATES: frozenset[VitalKind] = frozenset({"heart_rate", "respiratory_rate"})
#: A unit that is no vital's: a capillary glucose's column ("Glükoos (mmol/l)").
_OTHER_UNIT = re.compile(r"^(?:mmol/[li]|mg/dl|g/l|mg/l)$")


def _by_unit(text: str, rates: list[VitalKind]) -> VitalKind | str | None:
    """The vital a header cell names by its label and its unit in brackets ("RR (mmHg)" is
    a blood pressure whatever "RR" means elsewhere); "other" for a non-vital column."""
    unit = re.search(r"\(([^()]*)\)", text)
    label = _cell_kind(text) or _LABEL_KIND.get(fold(BRACKETED.sub(" ", text).strip().lower()))
    if unit is None:
        return label
    key = re.sub(r"\s+", "", fold(unit.group(1).lower()))
    if _MM_MERCURY.match(key):
        key = "mmhg"
    kinds = _RATES if _PER_MINUTE.match(key) else _kinds_for("0", key)
    if kinds == _RATES:
        # a pulse and a breathing rate, in the order vitals tables print them
        kind: VitalKind = (
            label
            if label in ("heart_rate", "respiratory_rate") and label not in rates
            else ("heart_rate" if "heart_rate" not in rates else "respiratory_rate")
        )
        rates.append(kind)
        return kind
    if kinds is not None and len(kinds) == 1:
        return next(iter(kinds))  # "(mmHg)", "(°C)", "(%)", "(kg)"
    return "other" if _OTHER_UNIT.match(key) else None


def header_columns_by_units(cells: tuple[Cell, ...]) -> tuple[VitalKind, ...]:
    """The vital kinds a header's cells name when their labels are in words we do not know
    but each gives its unit ("AKS (mmHg) | ŠSD (k./min) | KD (k./min) | T (°C) | SpO2 (%)");
    () unless every cell names a vital or another column."""
    if len(cells) < _MIN_COLUMNS:
        return ()
    rates: list[VitalKind] = []
    kinds: list[VitalKind] = []
    for index, (text, _x0, _x1) in enumerate(cells):
        kind = _by_unit(text, rates)
        if kind is None and index == len(cells) - 1 and "(" not in text:
            kind = "other"  # a last column we cannot name ("Glyukoza", its unit wrapped below)
        if kind is None:
            return ()
        if kind != "other":
            kinds.append(kind)  # type: ignore[arg-type]
    return tuple(kinds) if len(set(kinds)) >= _MIN_COLUMNS else ()


def _kinds_for(value: str, unit: str | None) -> frozenset[VitalKind] | None:
    if "/" in value:
        return frozenset({"blood_pressure"})
    if unit is None:
        return None
    key = re.sub(r"\s+", "", unit.lower())
    if key.startswith(("°", "deg")):
        return frozenset({"temperature"})
    return _UNIT_KINDS.get(key)


def plain_units(text: str) -> str:
    """UCUM spellings as printed units, and a height in feet and inches as inches
    ("5' 6\"", "5 ft 4 in" -> "66 in", "64 in")."""
    for ucum, plain in _UCUM:
        text = text.replace(ucum, plain)
    text = _UCUM_CELSIUS.sub("°C", text)
    return _FEET_INCHES.sub(lambda m: f"{int(m['feet']) * 12 + int(m['inches'])} in", text)


def _fits(kind: VitalKind, wanted: frozenset[VitalKind] | None) -> bool:
    # A bare number is never a blood pressure, which is written with its slash.
    return kind in wanted if wanted is not None else kind != "blood_pressure"


def row_vitals(line: str, columns: tuple[VitalKind, ...], units: tuple[str, ...] = ()) -> list[str]:
    """ "BP 118/76 mmHg", "Pulse 82 /min", ... for one row under ``columns``, left to right;
    a value in brackets is another unit's reading of the one before ("100.4 °F (38.0 °C)"),
    and the row stops at the first value no column after the last one fits."""
    text = BRACKETED.sub(" ", _DATE_OR_TIME.sub(" ", plain_units(line)))
    found: list[str] = []
    position = 0
    for cell in _CELL.finditer(text):
        value, unit = cell.group("value"), cell.group("unit")
        wanted = _kinds_for(value, unit)
        slot = next((i for i in range(position, len(columns)) if _fits(columns[i], wanted)), None)
        if slot is None:
            break
        unit = unit or (units[slot] if slot < len(units) else "")
        found.append(" ".join(f"{_LABEL[columns[slot]]} {value} {unit or ''}".split()))
        position = slot + 1
    return found


def repeated_readings(kind: VitalKind, rest: str, unit: str | None = None) -> list[str]:
    """More readings of one vital after its first, as date columns print them: "Heart rate
    72 /min 88 /min" gives "Pulse 88 /min" for the text after the first reading; ``unit``
    is the row's own, when a column before the readings gives it ("Body weight  lb  231  224")."""
    text = BRACKETED.sub(" ", plain_units(rest))
    if re.search(r"[A-Za-z]{2,}", _CELL.sub(" ", text)):
        return []  # words follow the reading ("Wt: 82 kg  2. Tab. Panadol 500 mg"): not columns
    found: list[str] = []
    for cell in _CELL.finditer(text):
        value = cell.group("value")
        if not _fits(kind, _kinds_for(value, cell.group("unit") or unit)):
            break
        found.append(" ".join(f"{_LABEL[kind]} {value} {cell.group('unit') or unit or ''}".split()))
    return found


#: A row holds readings and a label or two ("On arrival", "RA"), not a sentence.
_WORDS = re.compile(r"[A-Za-z]{3,}")
_MAX_ROW_WORDS = 4


#: A column's span reaches this far (page share) past its header cell's edges.
_SPAN_SLACK = 0.02


def _cell_kind(text: str) -> VitalKind | None:
    """The one vital a header cell names ("BP (mmHg)", "HR (/min)"), if it names one."""
    words = " ".join(re.findall(r"[a-z0-9/]+", BRACKETED.sub(" ", text.lower())))
    kind = _LABEL_KIND.get(words)
    return kind if kind is not None and len(words) > 1 else None


def column_spans(
    cells: tuple[Cell, ...], columns: tuple[VitalKind, ...]
) -> tuple[tuple[float, float], ...]:
    """Where each column of a header's cells sits, widened halfway to its neighbours; ()
    when the cells do not name the same columns as the text."""
    named = [(kind, x0, x1) for text, x0, x1 in cells if (kind := _cell_kind(text))]
    if tuple(kind for kind, _, _ in named) != columns:
        return ()
    spans: list[tuple[float, float]] = []
    for index, (_, x0, x1) in enumerate(named):
        left = (named[index - 1][2] + x0) / 2 if index else x0 - _SPAN_SLACK
        right = (x1 + named[index + 1][1]) / 2 if index + 1 < len(named) else x1 + _SPAN_SLACK
        spans.append((left, right))
    return tuple(spans)


def cell_vitals(
    cells: tuple[Cell, ...],
    columns: tuple[VitalKind, ...],
    spans: tuple[tuple[float, float], ...],
    units: tuple[str, ...] = (),
) -> list[str] | None:
    """The readings of a row's cells, each under the column it sits in; None if a cell
    holds a reading under no column (the table is over, or the cells mislead)."""
    found: list[str] = []
    for text, x0, x1 in cells:
        middle = (x0 + x1) / 2
        slot = next((i for i, (a, b) in enumerate(spans) if a <= middle <= b), None)
        if slot is None:
            if middle < spans[0][0]:
                continue  # the row's label: "Admission 21.07"
            return None
        unit = units[slot] if slot < len(units) else ""
        readings = row_vitals(text, (columns[slot],), (unit,))
        if not readings and _CELL.search(text):
            return None
        found.extend(readings)
    return found


#: One or two short words and nothing else: the rest of a wrapped header cell ("rate").
_WRAPPED_HEADER_WORDS = re.compile(r"[A-Za-z]{2,8}(?:\s+[A-Za-z]{2,8})?")


class VitalColumns:
    """Remembers a vitals table's columns while its rows are read."""

    def __init__(self) -> None:
        self._columns: tuple[VitalKind, ...] = ()
        self._units: tuple[str, ...] = ()
        self._spans: tuple[tuple[float, float], ...] = ()
        self._just_headed = False  # the line fed last was the header

    def feed(self, line: str, cells: tuple[Cell, ...] = ()) -> list[str] | None:
        """[] for the header, the row's vitals for a row under it, None to read as usual."""
        headed, self._just_headed = self._just_headed, False
        columns = header_columns(line) or header_columns_by_units(cells)
        if columns:
            self._just_headed = True
            units = header_units(line)
            self._columns = columns
            self._units = units if len(units) == len(columns) and any(units) else ()
            self._spans = column_spans(cells, columns)
            return []
        if not self._columns:
            return None
        if headed and _WRAPPED_HEADER_WORDS.fullmatch(line.strip()):
            return []  # "Heart  Resp" / "rate": a header cell's words wrapped onto a line
        if _UNITS_ROW.match(line):
            units = tuple(plain_units(u).strip() for u in re.findall(r"\(\s*([^()]*?)\s*\)", line))
            self._units = units if len(units) == len(self._columns) else ()
            return []
        rows = None
        if self._spans and len(cells) > 1:
            rows = cell_vitals(cells, self._columns, self._spans, self._units)
        if rows is None:
            rows = row_vitals(line, self._columns, self._units)
        if not rows or len(_WORDS.findall(line)) > _MAX_ROW_WORDS:
            self._columns = self._spans = ()  # the table has ended ("HPI: 71F, usually ...")
            return None
        return rows
