"""Dates: day-first or month-first decided per document from its own evidence; an
ambiguous date in a document without evidence is written for review, never guessed.
Immunisation rows: one dose per date, and a due date is never an administration date.

The documents are written after real ones: an NHS GP immunisation history, an Australian
(AIR) immunisation statement, an Indian hospital vaccination card, US clinic records and
EHR health-maintenance lists.
"""

from __future__ import annotations

from datetime import date

import pytest

from adapters.extractors.offline.immunizations import parse_immunization_doses
from adapters.extractors.offline.values import DateOrder, parse_date, parse_dates
from tests.extractors.conftest import Extract

DAY, MONTH, UNKNOWN = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST, DateOrder.UNKNOWN


@pytest.mark.parametrize(
    ("text", "order"),
    [
        # A part above 12 fixes the order for the whole document.
        ("Seen 03/04/2024. DOB 25/12/1961", DAY),
        ("Seen 03/04/2024. DOB 12/25/1961", MONTH),
        # A stated format.
        ("Date of birth (DD/MM/YYYY): 03/04/1970", DAY),
        ("Enter dates as MM/DD/YYYY. Visit 03/04/2024", MONTH),
        # The issuer's country.
        ("Riverside Surgery, 12 High Street, Leeds LS1 4AP. NHS No: 943 476 5919", DAY),
        ("Bayside Medical Centre, 4 Beach Rd, Manly NSW 2095. Medicare No 2123 45670 1", DAY),
        ("Apollo Clinic, Bengaluru PIN 560034, Ph +91 80 4000 0000", DAY),
        ("Lakeside Family Medicine, 200 Main St, Springfield IL 62701. NPI 1234567890", MONTH),
        # Month names written day first or month first.
        ("Clinic letter dated 14 March 2024, reviewed 03/04/2024", DAY),
        ("Letter dated March 14, 2024, reviewed 03/04/2024", MONTH),
        # Numeric evidence outranks the country (a UK clinic with a US-formatted export).
        ("NHS No 943 476 5919. Exported 12/25/2023", MONTH),
        # No evidence, or as much for each side: not decided.
        ("Visit 03/04/2024. Next visit 05/06/2024", UNKNOWN),
        ("Seen 13/04/2024 and 04/13/2024", UNKNOWN),
        ("Result date 2024-04-03", UNKNOWN),
    ],
)
def test_document_date_order(text: str, order: DateOrder) -> None:
    assert DateOrder.decide(text) is order


def test_decide_reads_all_pages() -> None:
    pages = ["Vaccine history", "Tdap 03/04/2021", "Printed 15/06/2024"]
    assert DateOrder.decide(pages) is DAY


@pytest.mark.parametrize(
    ("text", "order", "value", "ambiguous"),
    [
        ("03/04/2024", DAY, date(2024, 4, 3), False),
        ("03/04/2024", MONTH, date(2024, 3, 4), False),
        ("03/04/2024", UNKNOWN, date(2024, 3, 4), True),  # a guess, flagged
        ("25/12/2024", MONTH, date(2024, 12, 25), False),  # impossible month: day-first
        ("04/04/2024", UNKNOWN, date(2024, 4, 4), False),  # both readings agree
        ("2024-04-03", UNKNOWN, date(2024, 4, 3), False),
        ("3 Apr 2024", UNKNOWN, date(2024, 4, 3), False),
        ("03.04.24", DAY, date(2024, 4, 3), False),
    ],
)
def test_parse_date(text: str, order: DateOrder, value: date, ambiguous: bool) -> None:
    found = parse_date(text, order)
    assert found is not None
    assert (found.value, found.ambiguous) == (value, ambiguous)


def test_parse_dates_keeps_spans() -> None:
    text = "Given 03/04/2024, due 03/04/2025"
    found = parse_dates(text, DAY)
    assert [(f.value, text[f.start : f.end]) for f in found] == [
        (date(2024, 4, 3), "03/04/2024"),
        (date(2025, 4, 3), "03/04/2025"),
    ]


def _doses(line: str, order: DateOrder = DAY) -> list[tuple[date | None, date | None, int | None]]:
    rows = parse_immunization_doses(line, require_known=False, order=order)
    return [(r.administered_on, r.due_on, r.dose_number) for r in rows]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Several doses on one row: one dose per date.
        (
            "Hep B: 01/02/2020, 01/03/2020, 01/08/2020",
            [
                (date(2020, 2, 1), None, None),
                (date(2020, 3, 1), None, None),
                (date(2020, 8, 1), None, None),
            ],
        ),
        (
            "Hepatitis B Dose 1: 01/02/2020 Dose 2: 01/03/2020 Dose 3: 01/08/2020",
            [(date(2020, 2, 1), None, 1), (date(2020, 3, 1), None, 2), (date(2020, 8, 1), None, 3)],
        ),
        (
            "MMR 14/05/2019 and 20/09/2022",
            [(date(2019, 5, 14), None, None), (date(2022, 9, 20), None, None)],
        ),
        # A due date is kept apart and never becomes the administration date.
        (
            "Influenza 10/04/2023 Next due 10/04/2024",
            [(date(2023, 4, 10), date(2024, 4, 10), None)],
        ),
        ("Shingrix dose 2 due 15/03/2025", [(None, date(2025, 3, 15), 2)]),
        ("Pneumococcal (PPSV23) - Overdue since 01/01/2020", [(None, date(2020, 1, 1), None)]),
        ("Zoster vaccine recommended 2026-01-01", [(None, date(2026, 1, 1), None)]),
        # Two date columns with nothing between them are not a dose list.
        ("Tdap 06/03/2021 06/03/2031", [(date(2021, 3, 6), None, None)]),
    ],
)
def test_immunization_doses(
    line: str, expected: list[tuple[date | None, date | None, int | None]]
) -> None:
    assert _doses(line) == expected


def test_lot_numbers_follow_their_dose() -> None:
    rows = parse_immunization_doses(
        "MMR 01/02/2020 (lot X1234A), 01/03/2021 (lot Y5678B)", order=DAY
    )
    assert [(r.administered_on, r.lot_number) for r in rows] == [
        (date(2020, 2, 1), "X1234A"),
        (date(2021, 3, 1), "Y5678B"),
    ]


def test_uk_immunisation_history_is_day_first(extract: Extract) -> None:
    result = extract(
        "Oakwood Surgery, 3 Mill Lane, Bristol BS1 5TR",
        "NHS Number: 943 476 5919",
        "IMMUNISATIONS",
        "Boostrix-IPV 03/04/2019",
        "Fluenz Tetra 10/11/2023",
        "Hep B: 01/02/2020, 01/03/2020, 01/08/2020",
    )
    shots = [(s.vaccine, s.administered_on, s.requires_review) for s in result.immunizations]
    assert ("Hep B", date(2020, 2, 1), False) in shots
    assert ("Hep B", date(2020, 3, 1), False) in shots
    assert ("Hep B", date(2020, 8, 1), False) in shots
    assert all(s.review_reason != "ambiguous_date" for s in result.immunizations)


def test_us_record_is_month_first(extract: Extract) -> None:
    result = extract(
        "Lakeside Public Health Clinic, 12 Lake Rd, Madison WI 53703",
        "IMMUNIZATION RECORD",
        "Tdap 1 06/03/2021 TD5531C",
        "Hepatitis B 1 01/15/2019 HB1001D",
    )
    tdap = next(s for s in result.immunizations if s.vaccine == "Tdap")
    assert (tdap.administered_on, tdap.requires_review) == (date(2021, 6, 3), False)


def test_ambiguous_date_without_evidence_is_written_for_review(extract: Extract) -> None:
    result = extract("IMMUNIZATIONS", "Tdap 1 06/03/2021 TD5531C")
    (tdap,) = result.immunizations
    assert tdap.requires_review is True
    assert tdap.review_reason == "ambiguous_date"


def test_due_date_is_never_an_administration_date(extract: Extract) -> None:
    result = extract(
        "Bayside Medical Centre, Manly NSW 2095",
        "IMMUNISATIONS",
        "Shingrix dose 1 12/02/2024",
        "Shingrix dose 2 due 12/06/2024",
    )
    given = [s for s in result.immunizations if s.status == "given"]
    assert [(s.dose_number, s.administered_on) for s in given] == [(1, date(2024, 2, 12))]
    due = [s for s in result.immunizations if s.dose_number == 2]
    assert all(s.administered_on is None and s.status != "given" for s in due)
