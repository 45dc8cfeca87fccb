"""How the demo shows one stored item and one rejection (no database needed)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.demo import REJECTION_REASONS, item_line, rejection_text


def row(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_kind": "allergy",
        "event_name": "Latex",
        "source_page": 2,
        "source_bbox": [0.1, 0.25, 0.5, 0.27],
        "code": None,
        "code_system": None,
        "assertion": "present",
        "status": None,
        "requires_review": False,
        "review_reason": None,
        "dose": "",
        "result": "",
        "vital_value": None,
        "vital_unit": None,
        "reaction": None,
        "administration_date": None,
        "event_date": None,
    }
    return {**base, **values}


def test_an_item_shows_page_box_code_system_and_flags() -> None:
    line = item_line(
        "letter.pdf",
        row(
            event_kind="medication",
            event_name="Simvastatin",
            dose="40 mg at bedtime",
            code="36567",
            code_system="RxNorm",
            status="stopped",
        ),
    )
    assert " p2 box(0.10,0.25,0.50,0.27) medication " in line
    assert "40 mg at bedtime" in line
    assert "RxNorm 36567" in line
    assert line.endswith("[stopped]")


def test_a_negated_reviewed_item_says_so() -> None:
    line = item_line(
        "letter.pdf",
        row(assertion="negated", requires_review=True, review_reason="unknown_allergen"),
    )
    assert "uncoded" in line
    assert line.endswith("[negated; review: unknown_allergen]")


def test_a_due_vaccine_shows_its_status_not_a_given_date() -> None:
    line = item_line(
        "record.jpg",
        row(
            event_kind="immunization",
            event_name="Shingrix",
            code="187",
            code_system="CVX",
            status="due",
            event_date=date(2027, 1, 1),
        ),
    )
    assert "CVX 187" in line and line.endswith("[due]")


def test_a_structured_item_shows_its_element_not_a_box() -> None:
    line = item_line(
        "ccd_full.xml",
        row(
            event_kind="medication",
            event_name="Atorvastatin 20 MG Oral Tablet",
            source_page=1,
            source_bbox=[0, 0, 0, 0],
            source_element_id="med-atorvastatin",
            code="617310",
            code_system="RxNorm",
            status="stopped",
        ),
    )
    assert " p1 ref(med-atorvastatin) medication " in line and " box(" not in line
    assert "RxNorm 617310" in line and line.endswith("[stopped]")


def test_rejections_are_explained_in_words() -> None:
    assert rejection_text({"code": "active_content"}) == (
        "rejected: active_content: the PDF contains active content (JavaScript or an action)"
    )
    assert rejection_text({"code": "something_new"}).endswith("could not be processed")
    assert rejection_text(None).startswith("rejected: unknown:")
    assert all(text and not text.endswith(".") for text in REJECTION_REASONS.values())
