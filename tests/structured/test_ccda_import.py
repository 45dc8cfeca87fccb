"""C-CDA import behaviour: provenance, narrative references, status, negation, vendor shapes."""

from __future__ import annotations

from datetime import date

from adapters.structured import import_ccda
from adapters.structured.model import CATEGORIES, STRUCTURED_SOURCE
from tests.structured.truth import import_sample, sample_path


def _doc(*sections: str, templates: str = "2.16.840.1.113883.10.20.22.1.2") -> bytes:
    body = "".join(f"<component><section>{s}</section></component>" for s in sections)
    return (
        '<ClinicalDocument xmlns="urn:hl7-org:v3" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<templateId root="{templates}"/><effectiveTime value="20240501"/>'
        f"<component><structuredBody>{body}</structuredBody></component></ClinicalDocument>"
    ).encode()


def test_every_item_points_at_page_one_and_its_narrative_element() -> None:
    result = import_sample("ccd_full")
    extraction = result.extraction
    for category in CATEGORIES:
        for item in getattr(extraction, category):
            assert item.source == STRUCTURED_SOURCE
    assert result.provenance[("labs", 3)] == "res4"
    assert result.provenance[("medications", 1)] == "med2"
    assert result.provenance[("allergies", 2)] == "allergy3"
    # every provenance id names a real narrative element of the document
    source = sample_path("ccd_full").read_bytes()
    assert len(result.provenance) == extraction.item_count()
    for ref in result.provenance.values():
        assert f'ID="{ref}"'.encode() in source, ref


def test_missing_display_names_come_from_the_referenced_narrative() -> None:
    extraction = import_sample("ccd_full").extraction
    assert extraction.labs[3].test_name == "Potassium"
    assert extraction.medications[1].name == "Lisinopril 10 MG Oral Tablet"
    assert extraction.allergies[1].substance == "Codeine"
    assert extraction.conditions[3].name == "Seasonal allergic rhinitis"
    assert extraction.immunizations[1].vaccine == "Tdap"


def test_snomed_only_problems_keep_their_name_without_icd10() -> None:
    conditions = import_sample("ccd_full").extraction.conditions
    without = [c.name for c in conditions if c.icd10_code is None]
    assert without == ["Seasonal allergic rhinitis", "Obesity"]


def test_header_fields() -> None:
    full = import_sample("ccd_full").extraction
    assert (full.document_type, full.service_date) == ("medical_record", date(2024, 3, 15))
    assert full.provider_name == "Dr. Morgan Sample"
    assert full.facility_name == "Example Valley Health"
    discharge = import_sample("discharge_summary").extraction
    assert discharge.document_type == "discharge_summary"
    assert discharge.service_date == date(2024, 2, 14)


def test_sections_found_by_template_id_when_the_code_is_missing() -> None:
    section = (
        '<templateId root="2.16.840.1.113883.10.20.22.2.5.1"/><code nullFlavor="NI"/><text/>'
        '<entry><act classCode="ACT" moodCode="EVN"><statusCode code="active"/>'
        '<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">'
        '<value xsi:type="CD" code="38341003" codeSystem="2.16.840.1.113883.6.96" '
        'displayName="Hypertension"/></observation></entryRelationship></act></entry>'
    )
    conditions = import_ccda(_doc(section)).extraction.conditions
    assert [(c.name, c.status, c.assertion) for c in conditions] == [
        ("Hypertension", "active", "present")
    ]


def test_no_medications_entries_and_nullified_problems_are_not_items() -> None:
    meds = (
        '<code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>'
        '<entry><substanceAdministration classCode="SBADM" moodCode="EVN" negationInd="true">'
        '<statusCode code="completed"/><consumable><manufacturedProduct><manufacturedMaterial>'
        '<code nullFlavor="NA"/></manufacturedMaterial></manufacturedProduct></consumable>'
        "</substanceAdministration></entry>"
        '<entry><substanceAdministration classCode="SBADM" moodCode="INT">'
        '<statusCode code="active"/><consumable><manufacturedProduct><manufacturedMaterial>'
        '<code nullFlavor="UNK"/></manufacturedMaterial></manufacturedProduct></consumable>'
        "</substanceAdministration></entry>"
    )
    problems = (
        '<code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>'
        '<entry><act classCode="ACT" moodCode="EVN"><statusCode code="active"/>'
        '<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">'
        '<statusCode code="nullified"/><value xsi:type="CD" displayName="Gout"/>'
        "</observation></entryRelationship></act></entry>"
    )
    extraction = import_ccda(_doc(meds, problems)).extraction
    assert extraction.item_count() == 0


def test_planned_medications_are_not_immunizations_and_vaccines_are_planned() -> None:
    immunizations = import_sample("discharge_summary").extraction.immunizations
    assert [(i.cvx_code, i.status) for i in immunizations] == [("33", "planned")]


def test_negated_problem_and_partial_blood_pressure() -> None:
    problems = (
        '<code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>'
        '<entry><act classCode="ACT" moodCode="EVN"><statusCode code="active"/>'
        '<entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN" '
        'negationInd="true"><value xsi:type="CD" code="73211009" '
        'codeSystem="2.16.840.1.113883.6.96" displayName="Diabetes mellitus"/>'
        "</observation></entryRelationship></act></entry>"
    )
    vitals = (
        '<code code="8716-3" codeSystem="2.16.840.1.113883.6.1"/>'
        '<entry><organizer classCode="CLUSTER" moodCode="EVN"><component>'
        '<observation classCode="OBS" moodCode="EVN"><code code="8480-6" '
        'codeSystem="2.16.840.1.113883.6.1"/><value xsi:type="PQ" value="150" unit="mm[Hg]"/>'
        "</observation></component></organizer></entry>"
    )
    extraction = import_ccda(_doc(problems, vitals)).extraction
    assert extraction.conditions[0].assertion == "negated"
    pressure = extraction.vitals[0]
    assert (pressure.value_text, pressure.requires_review, pressure.review_reason) == (
        "150/?",
        True,
        "partial_blood_pressure",
    )


def test_refused_and_not_given_vaccines_differ() -> None:
    immunizations = import_sample("ccd_vendor_epic_style").extraction.immunizations
    assert [(i.status, i.review_reason) for i in immunizations] == [
        ("given", None),
        ("due", "not_given"),  # out of stock: still needed, not refused
    ]
    full = import_sample("ccd_full").extraction.immunizations
    assert [i.status for i in full] == ["given", "given", "refused", "planned"]
    assert [i.administered_on for i in full][2:] == [None, None]
