"""The LLM's context fields (status, assertion, observed_on): asked for, validated, and
stored so that what is not current is never written as current."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg
import pytest

from adapters.extractors.vocabulary import LexiconVocabulary
from adapters.llm.parsing import parse_clinical
from adapters.llm.prompts import CLINICAL_SYSTEM, LineIndex
from pipeline.clinical.gate import ValidityGate, is_current
from pipeline.clinical.schema import ClinicalExtraction
from pipeline.db import actor_context
from pipeline.ports import PageText, TextLine
from pipeline.stages.finalize import Finalize
from tests.support import factories as f
from tests.support.pg import dict_connect

LINES = (
    "Allergies: No known allergy to penicillin",
    "Latex allergy: [ ] Yes [X] No",
    "Simvastatin 40 mg nocte - ceased 01/2024 (myalgia)",
    "Zoster vaccine (Shingrix) - due",
    "HbA1c 58 mmol/mol (03/05/2024)",
    "Sulfa - rash",
)
PAGE = PageText(
    1,
    tuple(
        TextLine(text, (0.1, 0.1 * i, 0.9, 0.1 * i + 0.05), 0.99) for i, text in enumerate(LINES)
    ),
    engine="test",
    engine_version="1",
)

REPLY = {
    "document_type": "medical_record",
    "allergies": [
        {"substance": "Penicillin", "assertion": "negated", "confidence": 0.9, "source": "p1.l1"},
        {"substance": "Latex", "assertion": "denied", "source": "p1.l2"},
        {"substance": "Sulfa", "reaction": "rash", "assertion": "present", "source": "p1.l6"},
    ],
    "medications": [
        {"name": "Simvastatin", "dose": "40", "unit": "mg", "status": "ceased", "source": "p1.l3"},
    ],
    "immunizations": [{"vaccine": "Shingrix", "status": "scheduled", "source": "p1.l4"}],
    "labs": [
        {"test_name": "HbA1c", "value_text": "58", "value_numeric": 58, "unit": "mmol/mol",
         "observed_on": "03/05/2024", "source": "p1.l5"},
    ],
    "conditions": [
        {"name": "Asthma", "assertion": "maybe?", "requires_review": False, "source": "p1.l1"},
    ],
}  # fmt: skip


def parsed() -> ClinicalExtraction:
    index = LineIndex([PAGE])
    return parse_clinical(
        json.dumps(REPLY), index, extractor="openai-compatible", version="t"
    ).value


def test_the_prompt_asks_for_context_and_precision() -> None:
    assert "Precision matters more than recall" in CLINICAL_SYSTEM
    assert "present|negated|historical|family|hypothetical" in CLINICAL_SYSTEM
    assert "active|new|changed|stopped|held|completed" in CLINICAL_SYSTEM
    assert "given|due|planned|refused" in CLINICAL_SYSTEM
    assert "observed_on" in CLINICAL_SYSTEM
    assert "review_reason" not in CLINICAL_SYSTEM  # the reason code is ours, not the model's


def test_a_negated_allergy_from_the_model_is_negated_and_not_current() -> None:
    extraction = parsed()
    penicillin, latex, sulfa = extraction.allergies
    assert penicillin.assertion == "negated"
    assert latex.assertion == "negated"  # "denied" is mapped, not rejected
    assert not is_current(penicillin) and not is_current(latex)
    assert sulfa.assertion == "present" and is_current(sulfa)


def test_model_synonyms_are_mapped_and_unclear_values_flagged() -> None:
    extraction = parsed()
    (simvastatin,) = extraction.medications
    assert simvastatin.status == "stopped" and not is_current(simvastatin)
    (shingrix,) = extraction.immunizations
    assert shingrix.status == "planned" and not is_current(shingrix)
    (hba1c,) = extraction.labs
    # "03/05/2024" could be 3 May or 5 March: dropped and flagged, never guessed
    assert hba1c.observed_on is None
    assert (hba1c.requires_review, hba1c.review_reason) == (True, "ambiguous_date")
    (asthma,) = extraction.conditions
    assert (asthma.assertion, asthma.requires_review, asthma.review_reason) == (
        "present",
        True,
        "unclear_assertion",
    )


@dataclass
class _Ctx:
    patient_id: str
    shell_file_id: str
    correlation_id: str = "corr-llm-context"


@pytest.mark.db
def test_finalize_never_writes_a_negated_allergy_as_current(fresh_db_url: str) -> None:
    gated = ValidityGate(LexiconVocabulary(), today=date(2026, 6, 1))(parsed())
    with dict_connect(fresh_db_url) as conn:
        owner, patient = f.make_patient(conn)
        shell_file = f.make_shell_file(conn, patient, owner)
        conn.commit()
        ctx: Any = _Ctx(str(patient), str(shell_file))
        with actor_context(conn, actor="worker:test", correlation_id=ctx.correlation_id):
            Finalize().persist(conn, ctx, gated)
        allergies = conn.execute(
            "SELECT a.allergen_name, a.status, e.assertion, e.requires_review"
            " FROM patient_allergies a JOIN patient_clinical_events e ON e.id = a.event_id"
            " WHERE a.shell_file_id = %s ORDER BY a.allergen_name",
            (shell_file,),
        ).fetchall()
        medication = conn.execute(
            "SELECT status FROM patient_medications WHERE shell_file_id = %s", (shell_file,)
        ).fetchone()
        vaccine = conn.execute(
            "SELECT status, administration_date FROM patient_immunizations"
            " WHERE shell_file_id = %s",
            (shell_file,),
        ).fetchone()
        lab = conn.execute(
            "SELECT o.observed_on, e.requires_review, e.review_reason, e.ai_confidence"
            " FROM patient_observations o JOIN patient_clinical_events e ON e.id = o.event_id"
            " WHERE o.shell_file_id = %s",
            (shell_file,),
        ).fetchone()
    assert allergies == [
        {"allergen_name": "Latex", "status": "inactive", "assertion": "negated",
         "requires_review": False},
        {"allergen_name": "Penicillin", "status": "inactive", "assertion": "negated",
         "requires_review": False},
        {"allergen_name": "Sulfa", "status": "active", "assertion": "present",
         "requires_review": False},
    ]  # fmt: skip
    assert medication == {"status": "stopped"}
    assert vaccine == {"status": "planned", "administration_date": None}
    assert lab is not None and lab["observed_on"] is None
    assert (lab["requires_review"], lab["review_reason"]) == (True, "ambiguous_date")
    assert float(lab["ai_confidence"]) <= 0.5


@pytest.mark.db
def test_the_schema_refuses_a_status_outside_its_set(fresh_db_url: str) -> None:
    with dict_connect(fresh_db_url) as conn:
        owner, patient = f.make_patient(conn)
        shell_file = f.make_shell_file(conn, patient, owner)
        conn.commit()
        with actor_context(conn, actor="worker:test"):
            event = f.add_medication(conn, patient, shell_file)
        for sql in (
            "UPDATE patient_medications SET status = 'ceased' WHERE event_id = %s",
            "UPDATE patient_clinical_events SET assertion = 'maybe' WHERE id = %s",
            "UPDATE patient_clinical_events SET review_reason = 'Free text!' WHERE id = %s",
        ):
            with pytest.raises(psycopg.errors.CheckViolation), actor_context(conn, actor="w"):
                conn.execute(sql, (event,))
