"""What extractor 2.22.0 reads that 2.21.0 did not.

Each example is written for its rule, none taken from a held-out set. Most rules read a
table by its layout, whatever language names its columns: a dates header whose other
cells are words we do not know, a previous-result column named by one word and its date,
a header of unknown column names over a full result row, a value cell with a local flag
word, a vitals header whose cell wrapped. The rest: a diagnosis list item led by its bare
three-character code, "Gram-negative" is no negation, a disease named for its vaccine is no
diagnosis, and a few local words. (A lab in a dose unit going to review is the gate's,
tested in ``tests/clinical/test_gate.py``.)
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline import OfflineClinicalExtractor
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import (
    Extract,
    condition_facts,
    gated,
    gated_page,
    lab_keys,
    make_cells_page,
)


def _confirmed(extraction: ClinicalExtraction) -> set[tuple[str | None, float | None]]:
    return {
        (lab.loinc_code, lab.value_numeric) for lab in extraction.labs if not lab.requires_review
    }


def test_a_dates_header_in_words_we_do_not_know(extractor: OfflineClinicalExtractor) -> None:
    # Column names in an invented language: only the layout says it is a dates header.
    rows = [
        [
            ("Probakka", 0.08, 0.16),
            ("03.02.2025", 0.3, 0.39),
            ("17.02.2025", 0.46, 0.55),
            ("Mirtu", 0.63, 0.68),
            ("Granolle vimbi", 0.75, 0.86),
        ],
        [
            ("Hemoglobin", 0.08, 0.17),
            ("121", 0.3, 0.33),
            ("128", 0.46, 0.49),
            ("g/L", 0.63, 0.66),
            ("120 - 160", 0.75, 0.83),
        ],
        [
            ("Sodium", 0.08, 0.14),
            ("131 Zorb", 0.3, 0.37),
            ("137", 0.46, 0.49),
            ("mmol/L", 0.63, 0.68),
            ("135 - 145", 0.75, 0.83),
        ],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert lab_keys(extraction) == {
        ("718-7", 121.0, dt.date(2025, 2, 3)),
        ("718-7", 128.0, dt.date(2025, 2, 17)),
        ("2951-2", 131.0, dt.date(2025, 2, 3)),
        ("2951-2", 137.0, dt.date(2025, 2, 17)),
    }


def test_dates_labelled_in_their_cells(extractor: OfflineClinicalExtractor) -> None:
    rows = [
        [
            ("Probakka", 0.08, 0.16),
            ("Vorn 13.2.2025", 0.27, 0.38),
            ("Dask 19.2.2025", 0.45, 0.56),
            ("Mirtu", 0.63, 0.68),
            ("Granolle", 0.77, 0.84),
        ],
        [
            ("Potassium", 0.08, 0.16),
            ("5.6 H", 0.27, 0.31),
            ("4.4", 0.45, 0.48),
            ("mmol/L", 0.63, 0.68),
            ("3.5 - 5.1", 0.77, 0.84),
        ],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert lab_keys(extraction) == {
        ("2823-3", 5.6, dt.date(2025, 2, 13)),
        ("2823-3", 4.4, dt.date(2025, 2, 19)),
    }


def test_a_vaccine_row_with_two_dates_is_no_dates_header() -> None:
    from adapters.extractors.offline.lab_cells import dates_header_by_cells  # new in 2.22.0

    header = [("Probakka", 0.08, 0.16), ("03.02.2025", 0.3, 0.39), ("17.02.2025", 0.46, 0.55)]
    assert dates_header_by_cells([*header, ("Mirtu", 0.63, 0.68)])
    vaccine_row = [("Hexyon", 0.08, 0.16), ("12.03.2024", 0.3, 0.39), ("14.05.2024", 0.46, 0.55)]
    assert not dates_header_by_cells(vaccine_row)
    assert not dates_header_by_cells([*vaccine_row, ("Lot 7781A", 0.6, 0.7)])


def test_a_previous_result_column_named_in_any_language(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows = [
        [
            ("Probakka", 0.08, 0.16),
            ("Result", 0.3, 0.36),
            ("Mirtu", 0.45, 0.5),
            ("Granolle", 0.6, 0.67),
            ("Fennik 22.12.2024.", 0.75, 0.9),
        ],
        [
            ("Creatinine", 0.08, 0.16),
            ("104", 0.3, 0.33),
            ("umol/L", 0.45, 0.5),
            ("62 - 106", 0.6, 0.67),
            ("118 wabb.", 0.75, 0.82),
        ],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert ("2160-0", 118.0, dt.date(2024, 12, 22)) in lab_keys(extraction)
    assert ("2160-0", 104.0) in {(c, v) for c, v, _d in lab_keys(extraction)}


def test_a_header_of_unknown_words_over_a_result_opens_a_results_table(
    extractor: OfflineClinicalExtractor,
) -> None:
    rows = [
        [
            ("Probakka", 0.08, 0.16),
            ("Zorbel", 0.35, 0.41),
            ("Mirtu", 0.5, 0.55),
            ("Granolle", 0.62, 0.7),
            ("Vik.", 0.8, 0.83),
        ],
        [
            ("Hemoglobin", 0.08, 0.17),
            ("10,4", 0.35, 0.38),
            ("g/dL", 0.5, 0.54),
            ("12,0 - 16,0", 0.62, 0.71),
        ],
        [("HBsAg", 0.08, 0.13), ("Non reactive", 0.35, 0.44), ("Non reactive", 0.62, 0.71)],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert ("5196-1", None) in _confirmed(extraction)


def test_local_words_for_a_negative_rapid_test(extract: Extract) -> None:
    extraction = gated(extract, "Results", "HBsAg Non reaktif", "VDRL Não reactivo")
    assert {(lab.loinc_code, lab.value_text) for lab in extraction.labs} == {
        ("5196-1", "Non reaktif"),
        ("5292-8", "Não reactivo"),
    }


def test_a_vitals_header_whose_cell_wrapped(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vital Signs",
        "Date BP Heart Temp SpO2 Weight",
        "rate",
        "04/02/2025 122/76 mm[Hg] 64 /min 36.9 Cel 98 % 71 kg",
    )
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("blood_pressure", 122.0),
        ("heart_rate", 64.0),
        ("temperature", 36.9),
        ("oxygen_saturation", 98.0),
        ("weight", 71.0),
    }


def test_a_diagnosis_item_led_by_its_bare_code(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Zorbel probakka",
        "• J45 Astma bronchiale",
        "• K21 Refluks ezofagus",
    )
    assert condition_facts(extraction) == {
        "astma bronchiale": "present",
        "refluks ezofagus": "present",
    }


def test_a_bare_code_before_figures_is_no_diagnosis(extract: Extract) -> None:
    extraction = gated(extract, "Notes", "• B12 350 pg/mL")
    assert not [c for c in extraction.conditions if not c.requires_review]


def test_gram_negative_is_no_negation(extract: Extract) -> None:
    extraction = gated(extract, "Diagnoses", "1. Gram-negative sepsis (A41.5)")
    assert condition_facts(extraction) == {"gram-negative sepsis": "present"}


def test_a_disease_named_for_its_vaccine_is_no_diagnosis(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Follow-up: GP in 5 days. Influenza elleni oltást felajánlottunk.",
    )
    assert not [c for c in extraction.conditions if "influenza" in c.name.lower()]


def test_local_words_for_a_problem_that_is_over(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnoses",
        "• N17.9 Acute kidney injury - rendeződött",
        "• E86 Dehydration - korjautunut",
    )
    assert set(condition_facts(extraction).values()) == {"historical"}


def test_latvian_and_finnish_lab_names(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Results",
        "ZBL holesterīns 3,2 mmol/L < 3,0",
        "P -Uraat 410 µmol/l 230 - 480",
    )
    assert {lab.loinc_code for lab in extraction.labs if not lab.requires_review} == {
        "13457-7",
        "3084-1",
    }


def test_a_result_row_of_words_is_no_header(extractor: OfflineClinicalExtractor) -> None:
    rows = [
        [("Urinalysis", 0.08, 0.2)],
        [
            ("Nitrite", 0.08, 0.14),
            ("Positive", 0.4, 0.46),
            ("A", 0.55, 0.57),
            ("Negative", 0.7, 0.8),
        ],
        [("WBC, urine", 0.08, 0.16), ("25-50", 0.4, 0.45), ("/hpf", 0.55, 0.6), ("0-5", 0.7, 0.74)],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert "5802-4" in {lab.loinc_code for lab in extraction.labs}


def test_an_allergy_list_after_cave(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Anamnese",
        "Tidligere: appendektomi 2009. Søster har astma. CAVE:",
        "penicillin (elveblest), sulfa (utslett).",
    )
    assert {a.substance.lower() for a in extraction.allergies if not a.requires_review} == {
        "penicillin",
        "sulfa",
    }


def test_a_local_allergy_label_inside_a_sentence_whose_list_wraps(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Anamnézis",
        "65 éves férfi, 2019-ben epehólyag-műtét. Gyógyszerérzékenység: amoxicillin",
        "(urticaria), ibuprofen (bőrkiütés).",
    )
    assert {a.substance.lower() for a in extraction.allergies if not a.requires_review} == {
        "amoxicillin",
        "ibuprofen",
    }


def test_finnish_and_dutch_spellings_of_drug_names() -> None:
    from adapters.extractors.offline import drug_names

    spelled = {
        word: (found.concept.name.lower() if (found := drug_names.lookup(word)) else None)
        for word in ("losartaani", "amoksisilliini", "allopurinoli", "risedronaat", "vitamiini")
    }
    assert spelled == {
        "losartaani": "losartan",
        "amoksisilliini": "amoxicillin",
        "allopurinoli": "allopurinol",
        "risedronaat": "risedronate",
        "vitamiini": None,
    }


def test_a_brand_we_do_not_know_with_its_generic_after_the_strength(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Javasolt terápia",
        "Zorvexa Forte 10 mg (rosuvastatin) tabletta 1x1 este",
    )
    assert [(m.name.lower(), m.dose) for m in extraction.medications] == [("rosuvastatin", "10")]


def test_conditions_strung_on_dashes(extract: Extract) -> None:
    extraction = gated(extract, "Aandoeningen", "Hartfalen \u2013 Osteoporose \u2013 Jicht")
    assert set(condition_facts(extraction)) >= {"hartfalen", "osteoporose"}


def test_finnish_hungarian_and_indonesian_vital_labels(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Tila",
        "syke 64/min, lämpö 37,1 °C, hengitystaajuus 14/min",
        "Távozáskor légzésszám 18/perc.",
        "Catatan: TD 118/76 mmHg.",
    )
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("heart_rate", 64.0),
        ("temperature", 37.1),
        ("respiratory_rate", 14.0),
        ("respiratory_rate", 18.0),
        ("blood_pressure", 118.0),
    }


def test_local_words_for_a_pause_and_a_stop(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Lääkitys",
        "• Ramipriili 5 mg x 1: tauolla, kunnes kalium on tarkistettu",
        "Enalapril 10 mg — (szüneteltetve) a kontrollig",
        "Naproxen 500 mg — elhagyandó",
    )
    assert {m.status for m in extraction.medications} <= {"held", "stopped"}
    assert len(extraction.medications) == 3


def test_an_intravenous_course_in_a_local_hospital_course(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Kórlefolyás",
        "Intravénás ceftriaxon 2 g naponta 5 napig, majd szájon át cefuroxim.",
    )
    given = [m for m in extraction.medications if "ceftriax" in m.name.lower()]
    assert [(m.status, m.requires_review) for m in given] == [("completed", True)]


def test_a_past_problem_all_clear_or_gone_through(extract: Extract) -> None:
    cleared = gated(extract, "Problems", "Melanoma 2016, all clear")
    assert condition_facts(cleared) == {"melanoma 2016, all clear": "historical"}
    gone_through = gated(
        extract,
        "Anamneza i status",
        "Pacijent star 70 godina, 2020. godine preležao infarkt miokarda (PCI RCA).",
    )
    assert condition_facts(gone_through) == {"infarkt miokarda": "historical"}


def test_an_injected_dose_given_once_is_no_current_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Notes",
        "Venofer 100 mg IV \u00d71 given 12/3 on the floor",
        "Ceftriaxone 1 g IV daily for 5 days",
    )
    statuses = {
        m.name.split()[0].lower(): (m.status, m.requires_review) for m in extraction.medications
    }
    assert statuses["iron"] == ("completed", True)
    assert statuses["ceftriaxone"][0] != "completed"


def test_a_turkish_urinalysis(extract: Extract) -> None:
    extraction = gated(
        extract,
        "TAM İDRAR TETKİKİ",
        "Görünüm Bulan\u0131k Berrak",
        "Dansite 1,018 1,005 - 1,030",
        "Keton Negatif Negatif",
        "Nitrit Negatif Negatif",
        "Lökosit esteraz 2+ Negatif",
    )
    assert {lab.loinc_code for lab in extraction.labs if not lab.requires_review} == {
        "5767-9",
        "5811-5",
        "2514-8",
        "5802-4",
        "5799-2",
    }


def test_more_local_generic_names_and_brands() -> None:
    from adapters.extractors.vocabulary import shared_vocabulary

    vocabulary = shared_vocabulary()
    named = {word: vocabulary.drug(word) for word in ("Folsyre", "Metotreksat", "Mexalen")}
    assert named == {
        "Folsyre": "folic acid",
        "Metotreksat": "methotrexate",
        "Mexalen": "acetaminophen",
    }


def test_a_diagnosis_label_before_the_code_is_no_name(extract: Extract) -> None:
    extraction = gated(extract, "Klinik bilgi", "Tani: N39.0 Idrar yolu enfeksiyonu")
    assert condition_facts(extraction) == {"idrar yolu enfeksiyonu": "present"}


def test_a_decimal_comma_after_a_lone_zero_is_no_thousands() -> None:
    from adapters.extractors.offline.values import parse_number

    assert (parse_number("0,412"), parse_number("12,500"), parse_number("3,4")) == (
        0.412,
        12500.0,
        3.4,
    )


def test_spaced_thousands_told_by_a_flag_column(extract: Extract) -> None:
    extraction = gated(extract, "Nalazi", "NT-proBNP 2 340 pg/mL < 125 \u2191")
    assert [(lab.loinc_code, lab.value_numeric) for lab in extraction.labs] == [("33762-6", 2340.0)]


def test_a_vital_whose_reading_wrapped(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Állapot",
        "Felvételkor: RR 128/80 Hgmm, pulzus 88/perc, SpO2 95 %, és a légzésszám",
        "22/perc.",
    )
    assert ("respiratory_rate", 22.0) in {(v.kind, v.value_numeric) for v in extraction.vitals}


def test_a_vaccine_date_that_wrapped(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Summary",
        "Immunisations: influenza vaccine given here on 02/10/2024; Shingrix dose 1 on",
        "14/05/2022. Not yet due for the second dose.",
    )
    dates = {i.vaccine.split()[0].lower(): i.administered_on for i in extraction.immunizations}
    assert dates.get("shingrix") == dt.date(2022, 5, 14)
