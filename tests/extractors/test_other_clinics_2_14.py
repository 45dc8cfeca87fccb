"""Layouts and wordings that extractor 2.14.0 reads.

Each example is written for its rule, none taken from a held-out set: a report that prints
each test in the local language and in English, and a cumulative table headed in the
local language.
"""

from __future__ import annotations

import datetime as dt

from tests.extractors.conftest import Extract, gated


def test_bilingual_test_names_are_coded_by_either_name(extract: Extract) -> None:
    extraction = gated(
        extract,
        "LABORATORIO CLINICO",
        "Examen / Test Resultado Unidad Valor de referencia",
        "Hemoglobina glicosilada / Glycated haemoglobin 6.8 [H] % 4.0 - 5.6",
        "Kalium / Potassium 4.1 mmol/L 3.5 - 5.1",
        "Urée (urea) 6.2 mmol/L 2.5 - 7.5",
    )
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("4548-4", "6.8"),
        ("2823-3", "4.1"),
        ("22664-7", "6.2"),
    }
    assert not any(lab.requires_review for lab in extraction.labs)


def test_a_cumulative_table_headed_in_the_local_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "KUMULATIVBEFUND",
        "Untersuchung Einheit Referenzbereich 03.02.2025 14.04.2025",
        "Natrium / Sodium mmol/L 135 - 145 139 141",
    )
    assert {(lab.value_text, lab.observed_on) for lab in extraction.labs} == {
        ("139", dt.date(2025, 2, 3)),
        ("141", dt.date(2025, 4, 14)),
    }


def test_a_numbered_table_with_an_abbreviation_column_and_arrow_flags(extract: Extract) -> None:
    extraction = gated(
        extract,
        "LABORATORY REPORT",
        "No. Test Abbr. Result Unit Reference interval",
        "1 Aspartate aminotransferase AST 61 ↑ U/L 15 - 40",
        "2 Creatinine (enzymatic) CREA 49 ↓ µmol/L 57 - 111",
    )
    assert {(lab.loinc_code, lab.value_text, lab.flag) for lab in extraction.labs} == {
        ("1920-8", "61", "high"),
        ("2160-0", "49", "low"),
    }


def test_a_lipid_trend_of_abbreviations_with_arrow_flags(extract: Extract) -> None:
    extraction = gated(
        extract,
        "TREND",
        "Date collected TC (mmol/L) HDL-C (mmol/L)",
        "2025-01-08 6.40 ↑ 0.92 ↓",
        "Reference interval < 5.20 > 1.00",
    )
    assert {(lab.loinc_code, lab.value_text, lab.flag) for lab in extraction.labs} == {
        ("2093-3", "6.40", "high"),
        ("2085-9", "0.92", "low"),
    }
