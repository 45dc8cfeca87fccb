"""What extractor 2.16.0 reads that 2.15.0 did not.

Each example is written for its rule, none taken from a held-out set: dates and tables as
Central European and French labs print them, trend tables with their ranges under the
header, the titles and qualifiers of letters in other languages, registry print-outs of
vaccines and children's cards with a column per dose, and cues that a medicine is for later.
"""

from __future__ import annotations

import datetime as dt

from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.values import parse_dates
from pipeline.clinical.schema import ClinicalExtraction
from tests.extractors.conftest import Extract, gated, medicine_statuses


def _labs(extraction: ClinicalExtraction) -> set[tuple[str, float | None, dt.date | None]]:
    return {(lab.test_name, lab.value_numeric, lab.observed_on) for lab in extraction.labs}


def _given(extraction: ClinicalExtraction) -> set[tuple[str, dt.date | None]]:
    return {
        (shot.vaccine, shot.administered_on)
        for shot in extraction.immunizations
        if shot.status == "given" and not shot.requires_review
    }


# -- dates and cumulative tables ---------------------------------------------------------


def test_a_date_written_with_spaces_after_its_dots_is_day_first() -> None:
    found = parse_dates("Odber: 3. 11. 2024, kontrola 14. 2. 2025")
    assert [d.value for d in found] == [dt.date(2024, 11, 3), dt.date(2025, 2, 14)]


def test_a_cumulative_table_headed_in_czech_with_spaced_dates(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Vyšetření Jednotka Ref. meze 3. 11. 2024 14. 2. 2025",
        "Sodík mmol/l 136 \u2013 145 139 141",
        "eGFR ml/min/1,73m² > 60 71 L 64 L",
    )
    labs = _labs(extraction)
    assert ("Sodík", 139.0, dt.date(2024, 11, 3)) in labs
    assert ("Sodík", 141.0, dt.date(2025, 2, 14)) in labs
    assert ("eGFR", 64.0, dt.date(2025, 2, 14)) in labs


def test_a_pending_row_with_its_own_date_is_no_row_of_the_date_columns(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test Unit Reference 3/11/2024 14/2/2025",
        "Sodium mmol/L 135-145 139 141",
        "Ferritin 14. 2. 2025 result to follow",
    )
    assert not [lab for lab in extraction.labs if "ferritin" in lab.test_name.lower()]


def test_a_french_cumulative_row_with_iu_and_a_space_between_thousands(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Examen Unité Normes Entrée 14/03/2025 Sortie 19/03/2025",
        "ASAT UI/L < 35 1 240 ↑ 88 ↑",
    )
    labs = _labs(extraction)
    assert ("ASAT", 1240.0, dt.date(2025, 3, 14)) in labs
    assert ("ASAT", 88.0, dt.date(2025, 3, 19)) in labs


def test_a_header_whose_second_date_wrapped_onto_the_next_line(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Test Units Ref range Admit 04/15/2025 Discharge",
        "04/22/2025",
        "Potassium mmol/L 3.5-5.1 5.9 H 4.4",
    )
    labs = _labs(extraction)
    assert ("Potassium", 5.9, dt.date(2025, 4, 15)) in labs
    assert ("Potassium", 4.4, dt.date(2025, 4, 22)) in labs


def test_a_trend_table_with_its_ranges_under_the_header(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Datum Hemoglobin (g/l) Leukocyty (\u00d710⁹/l) Trombocyty (\u00d710⁹/l)",
        "N: 135-175 N: 4,0-10,0 N: 150-400",
        "2025-05-06 141 7,9 233",
        "2025-05-27 129↓ 3,2↓ 144 ↓",
    )
    labs = {(lab.test_name, lab.value_numeric, lab.observed_on): lab for lab in extraction.labs}
    low = labs[("Leukocyty", 3.2, dt.date(2025, 5, 27))]
    assert (low.reference_low, low.reference_high, low.flag) == (4.0, 10.0, "low")
    assert labs[("Hemoglobin", 141.0, dt.date(2025, 5, 6))].flag == "normal"


# -- titles, qualifiers and letters in other languages -----------------------------------


def test_a_title_with_its_discharge_qualifier_opens_its_section(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Evolución",
        "Recibió ceftriaxona 1 g IV cada 24 horas durante la internación.",
        "Tratamiento al egreso",
        "Amoxicilina 875 mg cada 12 horas por 5 días",
        "Enalapril 10 mg una vez al día",
    )
    statuses = medicine_statuses(extraction)
    assert statuses["enalapril"] == "active"
    assert [s for name, s in statuses.items() if name.startswith("amoxicil")] == ["active"]


def test_a_letters_test_results_title_ends_the_allergy_list_above(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergier",
        "Nøtter \u2013 elveblest",
        "Prøvesvar",
        "Hb 12,9 g/dL ved innleggelse.",
        "Status ved utskrivning",
        "BT 134/82 mmHg, puls 71/min, respirasjonsfrekvens 14/min.",
        "Medisiner ved utskrivning",
        "Levaxin (levotyroksin) 100 µg x 1",
    )
    assert [a.substance for a in extraction.allergies] == ["Nøtter"]
    assert {v.kind for v in extraction.vitals} >= {"blood_pressure", "respiratory_rate"}
    assert [m.rxnorm_code for m in extraction.medications] == ["10582"]  # levothyroxine


def test_a_form_s_regular_medicines_title(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergie",
        "Penicillina - orticaria",
        "Farmaci che assume regolarmente",
        "1. Bisoprololo 2,5 mg al mattino",
    )
    assert "bisoprololo" in medicine_statuses(extraction)
    assert [fold(a.substance.lower()) for a in extraction.allergies] == ["penicillina"]


def test_an_allergy_before_a_sentence_that_denies_another(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Allergier",
        "Skalldyr \u2013 hevelse i leppene. Ikke allergisk mot sulfa; tålte det godt.",
    )
    assertions = {fold(a.substance.lower()): a.assertion for a in extraction.allergies}
    assert assertions.get("skalldyr") == "present"
    assert assertions.get("sulfa") == "negated"


def test_a_relative_followed_for_a_disease_is_family_history(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Antécédents",
        "Familiaux : sœur suivie pour diabète de type 1 ; mère atteinte d'hypertension.",
    )
    assert [c.assertion for c in extraction.conditions] == ["family", "family"]


def test_a_printed_code_overrules_a_near_miss_of_another_disease(extract: Extract) -> None:
    extraction = gated(extract, "Diagnostic", "• Insuffisance rénale aiguë (N17.9)")
    (condition,) = extraction.conditions
    assert (condition.name, condition.icd10_code) == ("Insuffisance rénale aiguë", "N17.9")


def test_a_medicine_to_start_once_a_result_is_corrected_is_for_later(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Follow-up",
        "• Start denosumab 60 mg at the endocrine follow-up once calcium is corrected.",
        "• Restart metformin only if eGFR stays above 45 mL/min.",
    )
    assert "denosumab" not in medicine_statuses(extraction)
    assert all(m.dose != "45" for m in extraction.medications)


# -- vaccines ------------------------------------------------------------------------------


def test_a_registry_code_column_is_not_part_of_the_vaccine_name(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Immunization History",
        "Vaccine Group Vaccine CVX Date Admin Lot",
        "Hep B Hepatitis B, adult 43 05/14/2021 H77Q2",
        "Pneumococcal Prevnar 20 216 11/02/2023 LK554",
    )
    names = {shot.vaccine for shot in extraction.immunizations}
    assert "Hepatitis B, adult" in " ".join(names)
    assert not any(name.endswith(" 43") for name in names)


def test_a_registry_forecast_and_its_exemptions_are_not_doses(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Immunization History",
        "Tdap Boostacel 115 08/20/2019",
        "Exemptions / Immunity",
        "Vaccine Group Reason Date recorded",
        "Measles Immunity: titer positive 02/03/2018",
        "Recommended Vaccinations (forecast)",
        "Vaccine Group Dose Earliest date Due date Status",
        "HPV 2 09/01/2025 01/01/2026 Not yet due",
    )
    assert {name for name, _ in _given(extraction)} == {"Tdap Boostacel"}


def test_a_card_with_a_column_per_dose_gives_every_dose(extract: Extract) -> None:
    extraction = gated(
        extract,
        "Carnet de vacunación",
        "Vacuna 1ª dosis 2ª dosis 3ª dosis Refuerzo",
        "Hexavalente 14-03-2022 16-05-2022 18-07-2022",
        "Varicela no aplicada",
        "Fecha Peso (kg) Talla (cm) Observaciones",
        "18-07-2022 7,4 66 sin novedad",
    )
    doses = sorted(
        day for name, day in _given(extraction) if day and name.startswith("Hexavalente")
    )
    assert doses == [dt.date(2022, 3, 14), dt.date(2022, 5, 16), dt.date(2022, 7, 18)]
    assert not extraction.conditions
    assert {v.kind for v in extraction.vitals} == {"weight", "height"}


def test_folding_takes_letters_unicode_does_not_decompose() -> None:
    assert fold("Jordnøtter, Łódź, Đakovo") == "Jordnotter, Lodz, Dakovo"
