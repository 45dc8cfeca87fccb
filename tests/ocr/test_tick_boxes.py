"""Tick boxes drawn as vector paths are read as box glyphs in their place on the line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from adapters.extractors import make_extractor
from adapters.extractors.vocabulary import shared_vocabulary
from adapters.ocr.text_layer import read_text_layer
from pipeline.clinical.gate import ValidityGate
from pipeline.ports import PageText

YES_X, NO_X = 300, 340  # the answer columns' left edges, in points


def _tick(pdf: canvas.Canvas, x: float, y: float) -> None:
    path = pdf.beginPath()
    path.moveTo(x + 1.5, y + 4.5)
    path.lineTo(x + 4, y + 1.5)
    path.lineTo(x + 10, y + 11)
    pdf.drawPath(path, stroke=1, fill=0)


def _cross(pdf: canvas.Canvas, x: float, y: float) -> None:
    pdf.line(x + 1, y + 1, x + 8, y + 8)
    pdf.line(x + 1, y + 8, x + 8, y + 1)


def _form(
    path: Path,
    rows: list[tuple[str, int | None, str]],
    mark: Callable[..., None],
    header: tuple[str, str, str, str] = ("Malattie attuali o pregresse", "Sì", "No", "Note"),
) -> Path:
    """A questionnaire: "Question | Yes box | No box | details", the box ``ticked`` marked."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    title, yes, no, details = header
    pdf.drawString(72, 760, title)
    pdf.drawString(YES_X, 740, yes)
    pdf.drawString(NO_X, 740, no)
    pdf.drawString(380, 740, details)
    y = 720
    for question, ticked, detail in rows:
        pdf.drawString(72, y, question)
        for column, left in enumerate((YES_X, NO_X)):
            pdf.rect(left, y - 1, 9, 9, stroke=1, fill=0)
            if column == ticked:
                mark(pdf, left, y - 1)
        if detail:
            pdf.drawString(380, y, detail)
        y -= 18
    pdf.showPage()
    pdf.save()
    return path


def _lines(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        page = document[0]
        lines = read_text_layer(page)
        page.close()
    finally:
        document.close()
    return [line.text for line in lines]


ROWS = [
    ("Ipertensione arteriosa", 0, "dal 2012"),
    ("Asma", 1, ""),
    ("Diabete", None, ""),
]


def test_a_ticked_box_and_an_empty_one_are_read_in_their_places(tmp_path: Path) -> None:
    lines = _lines(_form(tmp_path / "form.pdf", ROWS, _tick))
    assert lines[2:] == [
        "Ipertensione arteriosa \u2612 \u2610 dal 2012",
        "Asma \u2610 \u2612",
        "Diabete \u2610 \u2610",
    ]


def test_a_cross_marks_a_box_as_a_tick_does(tmp_path: Path) -> None:
    lines = _lines(_form(tmp_path / "form.pdf", ROWS, _cross))
    assert lines[2] == "Ipertensione arteriosa \u2612 \u2610 dal 2012"


def test_a_typed_x_inside_a_drawn_box_is_the_box_ticked(tmp_path: Path) -> None:
    def typed(pdf: canvas.Canvas, x: float, y: float) -> None:
        pdf.drawString(x + 1.5, y + 1.5, "X")

    lines = _lines(_form(tmp_path / "form.pdf", ROWS, typed))
    assert lines[3] == "Asma \u2610 \u2612"


def test_table_rules_and_large_frames_are_no_boxes(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    pdf.rect(60, 600, 400, 150, stroke=1, fill=0)  # a frame around a table
    pdf.line(60, 700, 460, 700)  # a rule under its header
    pdf.rect(70, 710, 3, 3, stroke=1, fill=1)  # a bullet
    pdf.drawString(80, 710, "Sodium 139 mmol/L")
    pdf.showPage()
    pdf.save()
    assert _lines(path) == ["Sodium 139 mmol/L"]


def test_a_form_answered_by_drawn_ticks_gives_only_what_is_ticked_yes(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "form.pdf",
        [("Hypertension", 0, "since 2012"), ("Asthma", 1, ""), ("Diabetes", None, "")],
        _tick,
        header=("Past medical history", "Yes", "No", "Details"),
    )
    document = pdfium.PdfDocument(path)
    try:
        page = document[0]
        lines = tuple(read_text_layer(page))
        page.close()
    finally:
        document.close()
    pages = [PageText(1, lines, engine="pdf-text-layer", engine_version="t", status="ok")]
    extractor = make_extractor("offline")
    gate = ValidityGate(shared_vocabulary(), today=date(2025, 6, 1))
    extraction = gate(extractor.extract_clinical(pages, extractor.find_entities(pages)))
    present = {
        c.name.lower()
        for c in extraction.conditions
        if c.assertion == "present" and not c.requires_review
    }
    assert "hypertension" in present
    assert not present & {"asthma", "diabetes"}
    negated = {c.name.lower() for c in extraction.conditions if c.assertion == "negated"}
    assert "asthma" in negated


def test_a_mark_typed_in_a_box_before_its_label_ticks_that_box(tmp_path: Path) -> None:
    # "☐ Yes  ☒ No" printed box-then-label, the X typed into the box: the text layer gives
    # "X No" as one piece, which must not stay a word beside an empty box.
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 700, "Asthma")
    pdf.rect(215, 698, 9, 9, stroke=1, fill=0)
    pdf.drawString(227, 700, "Yes")
    pdf.rect(257, 698, 9, 9, stroke=1, fill=0)
    pdf.drawString(259.5, 700, "X No")
    pdf.showPage()
    pdf.save()
    assert _lines(path) == ["Asthma \u2610 Yes \u2612 No"]
