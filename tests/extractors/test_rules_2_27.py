"""What extractor 2.27.0 reads that 2.26.0 did not.

Each example is written for its rule, none taken from a held-out set: a trend table whose
header wraps a test's name and gives its units on a labelled row; a results cell that says
in words why it holds no result; a medicine row whose last cell gives its status; a
registry's dose grid that puts each dose's product in its cell; an appointment column on a
child's card; a flag printed as a triangle; a previous-result column whose header date
stands under another column; a dose read twice; and a check of the validity gate.
"""

from __future__ import annotations

from adapters.extractors.offline import OfflineClinicalExtractor
from tests.extractors.conftest import (
    Extract,
    gated,
    gated_page,
    make_cells_page,
    medicine_statuses,
)


def test_a_trend_table_with_a_wrapped_name_and_a_labelled_units_row(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Cumulative results",
        "Date Sodium Potassium Urea Creatinine Tacrolimus",
        "level",
        "units / range mmol/L (133-146) mmol/L (3.5-5.3) mmol/L umol/L (59-104) ug/L (5-10)",
        "14/03/2025 139 4.4 6.1 102 7.2",
        "11/04/2025 137 5.6 H 8.3 131 H see note",
    )
    confirmed = {
        (lab.test_name, lab.value_numeric, lab.unit, str(lab.observed_on))
        for lab in extraction.labs
        if not lab.requires_review
    }
    assert ("Creatinine", 131.0, "umol/L", "2025-04-11") in confirmed
    assert ("Potassium", 5.6, "mmol/L", "2025-04-11") in confirmed
    assert len(confirmed) == 9  # the second tacrolimus level: "see note"
    creatinine = next(lab for lab in extraction.labs if lab.value_numeric == 102)
    assert (creatinine.reference_low, creatinine.reference_high) == (59, 104)


def test_a_percentage_beside_a_concentration_is_no_result(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Comments",
        "Creatinine has risen >25% from the pre-treatment baseline: please review the dose.",
    )
    assert [lab for lab in extraction.labs if not lab.requires_review] == []


def test_a_medicine_rows_last_cell_gives_its_status(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        edges = (0.05, 0.4, 0.8)
        return [(text, edges[i], edges[i] + 0.3) for i, text in enumerate(cells)]

    rows = [
        [("Your medicines", 0.05, 0.4)],
        row("Medicine", "How to take it", "Status"),
        row("naproxen 250 mg tablet", "Wait until your blood test is done.", "ON HOLD"),
        row("lansoprazole 30 mg capsule", "Reason: side effects.", "STOP taking"),
        row("amlodipine 5 mg tablet", "Take 1 tablet by mouth daily.", "Continue"),
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert medicine_statuses(extraction) == {
        "naproxen": "held",
        "lansoprazole": "stopped",
        "amlodipine": "active",
    }


def test_a_catalan_plan_to_start_is_not_taken_yet(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Medicació actual",
        "BISOPROLOL 2,5 mg comprimits 1-0-0",
        "Pendent d'iniciar",
        "JARDIANCE 10 mg: iniciar després de l'analítica de control.",
    )
    assert medicine_statuses(extraction) == {"bisoprolol": "active"}


def test_a_registry_grid_names_each_doses_product_in_its_cell(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        return [(text, 0.05 + 0.18 * i, 0.2 + 0.18 * i) for i, text in enumerate(cells)]

    rows = [
        [("Immunization History", 0.05, 0.4)],
        row("Vaccine group", "Dose 1", "Dose 2", "Dose 3"),
        row("Polio", "IPV 02/11/2016", "IPV 04/12/2016", "IPV 10/03/2016"),
        row("Meningococcal ACWY", "MenACWY-D"),
        [("08/30/2017", 0.23, 0.35)],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert [
        (v.vaccine, v.dose_number, str(v.administered_on))
        for v in extraction.immunizations
        if not v.requires_review
    ] == [
        ("IPV", 1, "2016-02-11"),
        ("IPV", 2, "2016-04-12"),
        ("IPV", 3, "2016-10-03"),
        ("MenACWY-D", 1, "2017-08-30"),
    ]


def test_a_dose_read_twice_is_one_row(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Immunization History (all dates are month/day/year)",
        "Tdap 06/21/2024",
        "This certificate is valid for camp entry (Tdap requirement met 06/21/2024).",
    )
    assert [(v.cvx_code, str(v.administered_on)) for v in extraction.immunizations] == [
        ("115", "2024-06-21")
    ]


def test_a_childs_card_with_an_appointment_column(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        edges = (0.05, 0.45, 0.6, 0.8)
        return [(text, edges[i], edges[i] + 0.12) for i, text in enumerate(cells)]

    rows = [
        [("IMUNISASI", 0.05, 0.3)],
        row("Vaksin", "Umur", "Tarikh diberi", "Temujanji"),
        row("BCG", "Lahir", "12/06/2023"),
        [("Rotavirus dos 1", 0.05, 0.3), ("2 bulan", 0.45, 0.57), ("14/08/2023", 0.6, 0.72)],
        [("MMR dos 1", 0.05, 0.3), ("9 bulan", 0.45, 0.57), ("12/03/2024", 0.8, 0.92)],
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    given = {
        (v.vaccine, str(v.administered_on)) for v in extraction.immunizations if v.status == "given"
    }
    assert ("BCG", "2023-06-12") in given
    assert all(date != "2024-03-12" for _name, date in given)


def test_a_flag_printed_as_a_triangle(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        edges = (0.08, 0.33, 0.47, 0.57, 0.78)
        return [(text, edges[i], edges[i] + 0.09) for i, text in enumerate(cells)]

    rows = [
        [("BIOCHIMIE", 0.08, 0.3)],
        row("Analiza", "Rezultat", "U.M.", "Interval", "Anterior (14.10.2025)"),
        row("Hemoglobina", "10,9 \u25bc", "g/dL", "12,0 - 15,5", "11,4 \u25bc"),
        row("Glicemie", "97", "mg/dL", "70 - 105", "112 \u25b2"),
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    found = {(lab.value_numeric, lab.flag, str(lab.observed_on)) for lab in extraction.labs}
    # the earlier results are read past their triangles; today's glucose keeps its own flag
    assert found == {
        (10.9, "low", "None"),
        (11.4, "low", "2025-10-14"),
        (97.0, "normal", "None"),
        (112.0, "high", "2025-10-14"),
    }


def test_a_date_under_todays_column_is_not_the_previous_columns(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        edges = (0.086, 0.327, 0.474, 0.568, 0.778)
        return [(text, edges[i], edges[i] + 0.06) for i, text in enumerate(cells)]

    rows = [
        [("HEMATOLOGIE - BIOCHIMIE", 0.081, 0.5)],
        row("Analiza", "Rezultat", "U.M.", "Interval biologic de", "Rezultat anterior"),
        [("19.02.2026", 0.327, 0.414), ("referinta", 0.568, 0.637)],
        row("Glicemie", "97", "mg/dL", "70 - 105", "112"),
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    # the earlier result's date is printed nowhere in its column: it is not dated today
    assert [(lab.value_numeric, lab.observed_on) for lab in extraction.labs] == [(97.0, None)]


def test_a_diagnosis_written_as_a_query(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnosis: K21.9 Reflux oesophagitis; coeliac disease?",
    )
    assertions = {c.name.rstrip("?").lower(): c.assertion for c in extraction.conditions}
    assert assertions["coeliac disease"] == "hypothetical"
    assert assertions["reflux oesophagitis"] == "present"


def test_a_problem_normalised_by_discharge_is_over(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Diagnosen",
        "• Hypokaliämie bei Diarrhö \u2013 unter Substitution bei Entlassung",
        "normalisiert",
        "• Arterielle Hypertonie",
    )
    assertions = {c.name.split()[0]: c.assertion for c in extraction.conditions}
    assert assertions["Hypokaliämie"] == "historical"
    assert assertions["Arterielle"] == "present"


def test_a_d_dimer_in_fibrinogen_equivalent_units(extract: Extract) -> None:
    extraction = gated(extract, "Results", "D-dimer 1.95 H mg/L FEU < 0.5")
    assert [(lab.value_numeric, lab.unit, lab.requires_review) for lab in extraction.labs] == [
        (1.95, "mg/L FEU", False)
    ]


def test_tests_of_a_vaccines_antibody_and_of_stool(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test Result Units Reference",
        "Anti-HBs 128 IU/L >= 10",
        "Faecal calprotectin 860 H µg/g < 50",
    )
    assert {(lab.loinc_code, lab.unit) for lab in extraction.labs if not lab.requires_review} == {
        ("16935-9", "IU/L"),
        ("38445-3", "µg/g"),
    }


def test_a_lithuanian_wards_treatment_is_no_home_medicine(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Gydymas skyriuje",
        "Ceftriaksonas 2 g i.v. 1 k./d. 2026-02-03 \u2013 2026-02-08.",
    )
    assert medicine_statuses(extraction) == {"ceftriaksonas": "completed"}


def test_a_legend_dates_the_previous_results(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Legend: H = above the range. The previous result is taken from report no. 4471",
        "dated 14.10.2025.",
        "Analiza Rezultat U.M. Interval Rezultat anterior",
        "Glicemie 97 mg/dL 70 - 105 112",
    )
    assert {(lab.value_numeric, str(lab.observed_on)) for lab in extraction.labs} == {
        (97.0, "None"),
        (112.0, "2025-10-14"),
    }


def test_malay_weight_and_length_labels(extract: Extract) -> None:
    extraction = gated(extract, "Berat: 8.4 kg Panjang: 71 cm")
    assert {(v.kind, v.value_numeric) for v in extraction.vitals} == {
        ("weight", 8.4),
        ("height", 71.0),
    }


def test_each_dose_a_line_lists_after_a_semicolon(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Tgl. kunjungan: 19-03-2026",
        "Imunisasi: Td 2 diberikan hari ini (batch 7710452); Td 1 tgl 17-02-2026",
    )
    assert [
        (v.vaccine, v.dose_number, str(v.administered_on)) for v in extraction.immunizations
    ] == [("Td", 2, "2026-03-19"), ("Td", 1, "2026-02-17")]


def test_an_ehr_allergen_named_as_products(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies",
        "Allergen Reactions Severity",
        "Peanut-derived Products Hives Severe",
    )
    assert [(a.substance, a.reaction) for a in extraction.allergies] == [
        ("Peanut-derived Products", "Hives")
    ]


def test_allergens_other_languages_spell_as_they_sound(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergies: kódein (nausea); penitsilliin (rash); lateksas (dermatitis)",
    )
    assert {a.substance for a in extraction.allergies if not a.requires_review} == {
        "kódein",
        "penitsilliin",
        "lateksas",
    }


def test_a_sound_two_generics_share_names_neither() -> None:
    from adapters.extractors.offline import drug_names
    from adapters.extractors.offline.matching import sound_key

    assert sound_key("Penitsilliin") == sound_key("penicillin") == "penisilin"
    assert sound_key("Kodein") == sound_key("codeine")
    found = drug_names.generic_by_sound("trimetopriimi")
    assert found is not None and found.concept.name.lower() == "trimethoprim"
    assert drug_names.generic_by_sound("Kalium") is None  # short, and a lab's word


def test_circa_before_a_percentage_is_no_calcium(extract: Extract) -> None:
    extraction = gated(extract, "Ekko i dag: EF ca. 45 %, lett dilatert venstre atrium.")
    assert [lab for lab in extraction.labs if not lab.requires_review] == []


def test_romanian_names_of_mcv_and_thyroid_antibodies(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Analiza Rezultat U.M. Interval biologic de referinta",
        "VEM 77 fL 80 - 98",
        "Anticorpi anti-TPO 212 UI/mL < 5,6",
    )
    assert {(lab.loinc_code, lab.unit) for lab in extraction.labs} == {
        ("787-2", "fL"),
        ("8099-4", "UI/mL"),
    }


def test_a_date_columns_value_with_a_space_between_its_thousands(
    extractor: OfflineClinicalExtractor,
) -> None:
    def row(*cells: str) -> list[tuple[str, float, float]]:
        edges = (0.08, 0.4, 0.53, 0.66, 0.79)
        return [(text, edges[i], edges[i] + 0.08) for i, text in enumerate(cells)]

    rows = [
        [("Tyrimai", 0.08, 0.3)],
        row("Tyrimas", "2026-02-03", "2026-02-09", "Vienetai", "Norma"),
        row("NT-proBNP", "2 340 \u2191", "640 \u2191", "ng/l", "< 125"),
    ]
    extraction = gated_page(extractor, make_cells_page(rows))
    assert [(lab.value_numeric, str(lab.observed_on)) for lab in extraction.labs] == [
        (2340.0, "2026-02-03"),
        (640.0, "2026-02-09"),
    ]
