"""What extractor 2.25.0 reads that 2.24.0 did not.

Each example is written for its rule, none taken from a held-out set: counts per litre
with an SI prefix; a brand's strength printed as a bare number before its generic; a
sentence about doses is no dose table's header; a record's section title beside its link
anchor; a state code before a ZIP code; doses a sentence dates one by one, also when the
vaccine ends the line above; the eGFR told by its unit or equation; a registry's exemption;
the dotted routes of Europe; doses numbered with an ordinal point; a disease named beside a
vaccine word; a reaction in brackets after its allergen.
"""

from __future__ import annotations

from adapters.extractors.offline import OfflineClinicalExtractor
from tests.extractors.conftest import (
    Extract,
    gated,
    gated_page,
    make_cells_page,
)


def test_counts_per_litre_with_an_si_prefix_are_no_grams(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Hematologie",
        "Leukocyty 7,4 G/l 4,0 - 10,0",
        "Erytrocyty 4,62 T/l 4,2 - 5,4",
        "HEMOGLOBIN 141 G/L 120 - 160",  # a report in capitals: haemoglobin is grams
    )
    units = {lab.loinc_code: lab.unit for lab in extraction.labs}
    assert units == {"6690-2": "x10^9/L", "789-8": "x10^12/L", "718-7": "g/L"}


def test_a_brands_bare_strength_before_its_generic(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Current medicines",
        "Telma 40 (telmisartan) 1 tablet once daily Continue",
        "Pantocid 40 (pantoprazole) - Stop",
    )
    doses = {m.name.lower().split()[0]: (m.dose, m.status) for m in extraction.medications}
    assert doses == {"telmisartan": ("40", "active"), "pantoprazole": ("40", "stopped")}


def test_a_sentence_about_doses_is_no_dose_table(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Clinic date: 14/08/2025",
        "Plan",
        "HPV vaccine dose 1 given today (Gardasil 9, lot R4471); doses 2 and 3 due at 2 and 6",
        "months.",
    )
    given = [(v.vaccine, v.dose_number, str(v.administered_on)) for v in extraction.immunizations]
    assert given == [("HPV", 1, "2025-08-14")]


def test_a_section_title_beside_its_link_anchor_is_one_title(
    extractor: OfflineClinicalExtractor,
) -> None:
    def titled(title: str, anchor: str) -> list[tuple[str, float, float]]:
        return [(title, 0.08, 0.2), (anchor, 0.45, 0.55)]

    def result(name: str, value: str) -> list[tuple[str, float, float]]:
        return [(name, 0.08, 0.3), (value, 0.45, 0.5), ("mmol/L", 0.55, 0.62)]

    rows = [
        titled("Results", "#results"),
        result("Sodium", "139"),
        result("Potassium", "4.4"),
        titled("Vital Signs", "#vitals"),
        [("BP 128/76", 0.08, 0.3)],
        titled("Immunizations", "#immunizations"),
        titled("Social History", "#social"),
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert {(lab.test_name, lab.value_numeric) for lab in extraction.labs} == {
        ("Sodium", 139.0),
        ("Potassium", 4.4),
    }


def test_a_state_code_before_a_zip_code_is_no_diagnosis(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Address: 881 Maple St, Lansing, MI 48906",
        "History of hypertension.",
    )
    assert {c.icd10_code for c in extraction.conditions} == {"I10"}


def test_each_vaccine_in_a_sentence_has_its_own_date(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Seen today. Weight 64 kg. Tetanus booster",
        "given 03/02/2023 and hepatitis A vaccine 17/05/2024; Shingrix not yet given.",
    )
    doses = {(v.cvx_code, str(v.administered_on)) for v in extraction.immunizations}
    assert doses == {("139", "2023-02-03"), ("85", "2024-05-17")}


def test_a_filtration_rate_is_the_egfr_in_any_language(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Biochimie",
        "RFG (CKD-EPI) 52 ml/min/1,73 m² > 60",
        "Kreatinin 1,31 mg/dL 0,6 - 1,2",
        "eGFR 0,92 ml/s/1,73m² > 1,0",
    )
    confirmed = {
        (lab.test_name, lab.value_numeric) for lab in extraction.labs if not lab.requires_review
    }
    assert ("RFG (CKD-EPI)", 52.0) in confirmed
    assert ("eGFR", 0.92) in confirmed


def test_a_registry_exemption_is_no_dose(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Immunization history",
        "Vaccine Date Status",
        "Varicella Medical exemption on file 02/11/2021",
        "MMR 05/05/2019 Given",
    )
    assert [v.vaccine for v in extraction.immunizations] == ["MMR"]


def test_dotted_routes_keep_a_stays_course_together(extract: Extract) -> None:
    extraction = gated(
        extract,
        "He received cefuroxime 1,5 g i.v. and gentamicin 240 mg i.v. for five days.",
        "Discharge medication: Amlodipine 5 mg once daily.",
    )
    written = {m.name.lower(): m for m in extraction.medications}
    assert written["gentamicin"].route == "intravenous"
    assert written["gentamicin"].review_reason == "given_in_care"
    facts = {name for name, m in written.items() if not m.requires_review}
    assert facts == {"amlodipine"}


def test_doses_numbered_with_an_ordinal_point(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vaccinations",
        "Vaccine Disease Dose Date Batch",
        "Twinrix Adult Hepatitis A+B 1. Dosis 14.06.2021 AHABB301",
        "Twinrix Adult Hepatitis A+B 2. Dosis 15.07.2021 AHABB377",
    )
    doses = [(v.dose_number, str(v.administered_on)) for v in extraction.immunizations]
    assert doses == [(1, "2021-06-14"), (2, "2021-07-15")]


def test_a_disease_named_beside_a_vaccine_word_is_no_diagnosis(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Notes",
        "Vaksin hepatitis A ditawarkan - ditolak",
        "Influenza: Saisonimpfung empfohlen",
        "Known asthma.",
    )
    assert {c.icd10_code for c in extraction.conditions} == {"J45.909"}


def test_a_reaction_in_brackets_after_its_allergen_is_no_diagnosis(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Seen for review. Penicillin (urticaria) and latex (contact dermatitis) avoided.",
        "History of hypertension.",
    )
    assert {c.icd10_code[:3] for c in extraction.conditions if c.icd10_code} == {"I10"}


def test_international_units_written_ui(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Tratament",
        "Toujeo 300 UI/ml 24 UI seara, s.c.",
        "Colecalciferol 1000 UI zilnic",
    )
    doses = {m.name.split()[0].lower(): (m.dose, m.unit) for m in extraction.medications}
    assert doses == {"insulin": ("24", "IU"), "colecalciferol": ("1000", "IU")}


def test_a_start_planned_in_the_line_itself_is_no_medicine_yet(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Zāles",
        "Bisoprolol 5 mg 1 reizi dienā",
        "Plānots uzsākt: Dapagliflozin 10 mg pēc kontroles.",
    )
    assert [m.name.lower() for m in extraction.medications] == ["bisoprolol"]


def test_a_vitals_header_with_local_units_for_the_minute_and_mercury(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows = [
        [
            ("QB (mm sim. ust.)", 0.05, 0.2),
            ("Yurak (urish/daq)", 0.22, 0.36),
            ("Nafas (/daq)", 0.38, 0.5),
            ("T (°C)", 0.52, 0.6),
            ("SpO2 (%)", 0.62, 0.7),
            ("Qand", 0.72, 0.8),  # a last column we cannot name
        ],
        [
            ("150/95", 0.05, 0.12),
            ("92", 0.22, 0.25),
            ("18", 0.38, 0.41),
            ("37.1", 0.52, 0.56),
            ("97", 0.62, 0.65),
            ("7,2", 0.72, 0.75),
        ],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 150.0),
        ("heart_rate", 92.0),
        ("respiratory_rate", 18.0),
        ("temperature", 37.1),
        ("oxygen_saturation", 97.0),
    }


def test_a_line_of_readings_told_by_their_units_alone(extract: Extract) -> None:
    extraction = gated(extract, "Baxis: TA 132/84 mm c.s., nb 76 vur/dəq, boy 1,64 m")
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 132.0),
        ("heart_rate", 76.0),
        ("height", 1.64),
    }


def test_an_unknown_brand_with_its_strength_is_an_item_of_a_list(extract: Extract) -> None:
    extraction = gated(extract, "Dorilar: Lozap 50 mg ertalab; Atorvastatin 20 mg kechqurun;")
    confirmed = {m.name.lower() for m in extraction.medications if not m.requires_review}
    assert confirmed == {"atorvastatin"}


def test_a_vaccine_put_off_is_no_dose(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Ghi chú",
        "14/10/2025: MMR (Priorix): hoãn tiêm - trẻ đang sốt",
    )
    assert [(v.status, v.administered_on) for v in extraction.immunizations] == [("planned", None)]


def test_a_megadose_without_a_schedule_is_a_single_bolus(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Carnet de santé",
        "Vitamine A : 200.000 UI le 12/03/2025.",  # thousands, not 200.0
        "Cholécalciférol 25 000 UI 1 ampoule par mois",
    )
    written = {
        m.name.lower(): (m.dose, m.status, m.requires_review) for m in extraction.medications
    }
    assert written["vitamine a"] == ("200000", "completed", True)
    assert next(v for k, v in written.items() if k.startswith("chol"))[:2] == ("25000", "active")


def test_the_lay_name_of_an_underactive_thyroid(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medical history",
        "Yes No Details",
        "Underactive thyroid [X] [ ] on levothyroxine since 2019",
    )
    assert {c.icd10_code for c in extraction.conditions if not c.requires_review} == {"E03.9"}
