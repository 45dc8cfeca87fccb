"""A C-CDA and a FHIR R4 Bundle through the real six stages, in-process on a real database.

The rows written are checked against the samples' hand-written truth: counts per category,
codes kept, negation stored as not current, and the element ids for click-to-source.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from pipeline.intake import submit_upload
from tests.structured.truth import import_sample, load_truth
from tests.support import pg
from tests.support.pg import dict_connect
from tests.support.runtime import shell_file, stub_pipeline, wait_for

pytestmark = [pytest.mark.db, pytest.mark.integration]

KIND = {
    "medications": "medication",
    "labs": "lab",
    "vitals": "vital",
    "allergies": "allergy",
    "conditions": "condition",
    "immunizations": "immunization",
}
# (sample under samples/, claimed type, truth stem, detected type)
CASES = [
    ("structured/ccd_full.xml", "application/xml", "ccd_full", "application/hl7-cda+xml"),
    (
        "structured/fhir_bundle_r4.json",
        "application/fhir+json",
        "fhir_bundle_r4",
        "application/fhir+json",
    ),
]


def _rows(db_url: str, sql: str, *params: Any) -> list[dict[str, Any]]:
    with dict_connect(db_url) as conn:
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


def _codes(truth: dict[str, Any], category: str, field: str) -> set[str]:
    return {entry[field] for entry in truth.get(category, []) if entry.get(field)}


@pytest.fixture(scope="module")
def processed(pg_admin_url: str, pg_template: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Both samples uploaded at once and run to the end; (db url, {stem: (id, seconds)})."""

    name = pg.unique_name("docpipe_structured")
    url = pg.create_database(pg_admin_url, name, template=pg_template)
    done: dict[str, tuple[Any, float]] = {}
    with stub_pipeline(url, tmp_path_factory.mktemp("structured")) as pipe:
        for sample, claimed, stem, _ in CASES:
            started = time.perf_counter()
            result = submit_upload(
                pipe.runtime.pool,
                pipe.runtime.dispatcher,
                pipe.upload_request(sample, mime=claimed),
            )
            wait_for(
                lambda r=result: (
                    shell_file(url, r.shell_file_id)["status"] in ("completed", "failed")
                ),
                timeout=120,
                interval=0.02,
            )
            done[stem] = (result.shell_file_id, time.perf_counter() - started)
    yield url, done
    pg.drop_database(pg_admin_url, name)


@pytest.mark.parametrize(
    ("sample", "claimed", "stem", "detected"), CASES, ids=[c[2] for c in CASES]
)
def test_structured_record_completes_all_six_stages_without_ocr(
    processed: Any, sample: str, claimed: str, stem: str, detected: str
) -> None:
    url, done = processed
    shell_file_id, seconds = done[stem]
    row = shell_file(url, shell_file_id)
    print(f"{stem}: {seconds * 1000:.0f} ms upload to completed; stages {row['stage_timings']}")
    assert row["status"] == "completed", row["processing_error"]
    assert row["detected_mime_type"] == detected and row["page_count"] == 1
    assert row["ai_synthesized_summary"]
    assert set(row["stage_timings"]) == {
        "security_scan",
        "ocr",
        "pass1_entities",
        "pass2_clinical",
        "pass3_narrative",
        "finalize",
    }
    pages = _rows(
        url, "SELECT count(*) AS n FROM ocr_page_artifacts WHERE shell_file_id = %s", shell_file_id
    )
    assert pages == [{"n": 0}]
    passes = _rows(
        url,
        "SELECT pass_name, extractor FROM ai_pass_results WHERE shell_file_id = %s ORDER BY 1",
        shell_file_id,
    )
    imported = import_sample(stem).extraction.extractor
    assert [(p["pass_name"], p["extractor"]) for p in passes][:2] == [
        ("pass1", imported),
        ("pass2", imported),
    ]


@pytest.mark.parametrize("stem", [c[2] for c in CASES])
def test_rows_written_match_the_sample_truth(processed: Any, stem: str) -> None:
    """One hub row per truth entry per category, codes kept, audited like any other write."""
    url, done = processed
    shell_file_id = done[stem][0]
    truth = load_truth(stem)
    counts = {
        r["event_kind"]: r["n"]
        for r in _rows(
            url,
            "SELECT event_kind, count(*) AS n FROM patient_clinical_events "
            "WHERE shell_file_id = %s GROUP BY 1",
            shell_file_id,
        )
    }
    assert counts == {KIND[c]: len(truth[c]) for c in KIND if truth.get(c)}
    meds = _rows(
        url, "SELECT rxnorm_code FROM patient_medications WHERE shell_file_id = %s", shell_file_id
    )
    assert {m["rxnorm_code"] for m in meds} >= _codes(truth, "medications", "rxnorm_code")
    labs = _rows(
        url, "SELECT loinc_code FROM patient_observations WHERE shell_file_id = %s", shell_file_id
    )
    assert {lab["loinc_code"] for lab in labs} >= _codes(truth, "labs", "loinc_code")
    conditions = _rows(
        url, "SELECT condition_code FROM patient_conditions WHERE shell_file_id = %s", shell_file_id
    )
    assert {c["condition_code"] for c in conditions} >= _codes(truth, "conditions", "icd10_code")
    vaccines = _rows(
        url, "SELECT cvx_code FROM patient_immunizations WHERE shell_file_id = %s", shell_file_id
    )
    assert {v["cvx_code"] for v in vaccines} >= _codes(truth, "immunizations", "cvx_code")
    audits = _rows(
        url,
        "SELECT count(*) AS n FROM audit_log WHERE compliance_category = 'clinical_data' "
        "AND patient_id = (SELECT patient_id FROM shell_files WHERE id = %s)",
        shell_file_id,
    )
    assert audits == [{"n": 2 * sum(counts.values())}]


@pytest.mark.parametrize("stem", [c[2] for c in CASES])
def test_negated_allergy_is_stored_but_never_current(processed: Any, stem: str) -> None:
    url, done = processed
    shell_file_id = done[stem][0]
    negated = {
        entry["substance"].lower()
        for entry in load_truth(stem)["allergies"]
        if entry["assertion"] == "negated"
    }
    assert negated
    stored = _rows(
        url,
        "SELECT lower(a.allergen_name) AS name, a.status, e.assertion "
        "FROM patient_allergies a JOIN patient_clinical_events e ON e.id = a.event_id "
        "WHERE a.shell_file_id = %s",
        shell_file_id,
    )
    for name in negated:
        assert {"name": name, "status": "inactive", "assertion": "negated"} in stored
    current = _rows(
        url,
        "SELECT lower(name) AS name FROM patient_current_allergies WHERE %s = ANY(source_shell_file_ids)",
        shell_file_id,
    )
    present = {r["name"] for r in stored if r["assertion"] == "present"}
    assert {r["name"] for r in current} == present and not negated & present


@pytest.mark.parametrize("stem", [c[2] for c in CASES])
def test_element_ids_are_stored_for_click_to_source(processed: Any, stem: str) -> None:
    """Every item the importer has provenance for is stored with that element id."""
    url, done = processed
    shell_file_id = done[stem][0]
    expected = set(import_sample(stem).provenance.values())
    stored = _rows(
        url,
        "SELECT source_element_id, source_page FROM patient_clinical_events WHERE shell_file_id = %s",
        shell_file_id,
    )
    assert expected and {r["source_element_id"] for r in stored} - {None} == expected
    assert all(r["source_page"] == 1 for r in stored)
    if stem.startswith("fhir"):
        assert all("/" in (r["source_element_id"] or "") for r in stored)
