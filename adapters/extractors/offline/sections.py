"""Section headers ("DISCHARGE MEDICATIONS:", "Allergies:") and table header rows.

Titles come from hand-written letters and from EHR print-outs: C-CDA documents
rendered with the HL7 stylesheet (which may print the section's LOINC code) and
the big vendors' layouts (Epic, Cerner/Oracle, Meditech, EMIS, SystmOne, Best
Practice, MedicalDirector). A title we do not know, and a page header or footer,
open an "other" section, so the lines after them are never read as items of the
section above. ``SectionStart.kind`` names the finer kind of a section (family
history, plan of care, health maintenance, items stopped, ...) for the context
rules; ``section`` stays one of the extraction sections.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from adapters.extractors.offline import local_words
from adapters.extractors.offline.checkboxes import answer_columns
from adapters.extractors.offline.fields import find_fields
from adapters.extractors.offline.lab_lexicon import LOCAL_HEADER_WORDS
from adapters.extractors.offline.local_words import LOCAL_TITLES, fold
from adapters.extractors.offline.matching import repair_words
from adapters.extractors.offline.patterns import BRACKETED, FREE_TEXT_FIELD
from adapters.extractors.offline.values import parse_dates

_SECTION_HEADERS: dict[str, tuple[str, ...]] = {
    "medications": (
        "medications",
        "medication",
        "discharge medications",
        "discharge prescription",
        "discharge prescriptions",
        "rx",
        # a patient's own form
        "medicines you take now",
        "medicines you take",
        "medications you take now",
        "medications you take",
        "current medicines",
        "discharge prescription",
        "discharge prescriptions",
        "discharge plan / prescription",
        "take home medications",
        "medications to take home",
        "home medications",
        "current medications",
        "medication list",
        "meds",
        "active medications",
        "outpatient medications",
        "prescriptions",
        "prescribed medications",
        "medications on discharge",
        "new medications",
        "medications at discharge",
        "discharge medication list",
        "medication orders",
        "prescription",
        "medication summary",
        "documented medications",
        "medications on admission",
        "admission medications",
        "current outpatient medications",
        "current outpatient medications on file prior to visit",
        "medications ordered this encounter",
        "continue taking these medications",
        "start taking these medications",
        "change how you take these medications",
        "current rx",
        "current repeats",
        "repeat medication",
        "repeat medications",
        "acute medication",
        "acute medications",
        "repeat templates",
        "medicines",
        "current medicines",
        "regular medications",
        "regular medicines",
        "prn medications",
        "scheduled medications",
        "hospital discharge medications",
        "current drug therapy",
        "current treatment",
        "current therapy",
        "regular treatment",
    ),
    "allergies": (
        "allergies",
        "allergy",
        "allergy record",
        "allergy record updated",
        "allergies updated",
        "drug allergies",
        "allergies/adverse reactions",
        "allergies and adverse reactions",
        "known allergies",
        "allergies / intolerances",
        "allergies/intolerances",
        "allergies and intolerances",
        "allergies, adverse reactions, alerts",
        "allergies adverse reactions alerts",
        "allergies/adverse reactions/alerts",
        "alerts/adrs",
        "alerts/allergies",
        "allergies/alerts",
        "allergies/adrs",
        "allergies/adverse drug reactions",
        "adverse drug reactions",
        "adrs",
        "drug allergies and sensitivities",
        "sensitivities",
        "allergies and sensitivities",
        "allergies/sensitivities",
        "allergies, adverse reactions",
        "allergy list",
        "allergies and alerts",
        "allergies on file",
        "allergies recorded",
        "drug allergies on file",
        "allergy alert",  # a pharmacy's patient banner
        "allergy alerts",
    ),
    "conditions": (
        "diagnosis",
        "diagnoses",
        # patient-portal exports
        "health issues",
        "my health issues",
        "current health issues",
        "my conditions",
        "my health conditions",
        "my problems",
        "discharge diagnosis",
        "discharge diagnoses",
        "admitting diagnosis",
        "admission diagnosis",
        "principal diagnosis",
        "primary diagnosis",
        "secondary diagnoses",
        "secondary diagnosis",
        "problem list",
        "active problems",
        "past medical history",
        "pmh",
        "medical history",
        "final diagnosis",
        "final diagnoses",
        "diagnoses/problems",
        "chronic conditions",
        "problems",
        "active problem list",
        "comorbidities",
        "co-morbidities",
        # the Russian-language epicrisis's "сопутствующие заболевания"
        "concomitant",
        "concomitant diseases",
        "concomitant diagnoses",
        "concomitant diagnosis",
        "problem list/past medical history",
        "significant past problems",
        "minor past problems",
        "past problems",
        "significant active problems",
        "active problems",
        "past history",
        "medical history/problems",
        "visit diagnoses",
        "encounter diagnoses",
        "hospital problems",
        "principal problem",
        "conditions",
        "current problems",
        "hospital discharge diagnosis",
        "hospital admission diagnosis",
        "diagnoses this visit",
        "classifications",
        "conditions on file",
        "health conditions",
        "active conditions",
        "clinical conditions recorded",
        "clinical conditions",
        "conditions recorded",
        "pmh / psh",
        "pmh/psh",
        "past medical and surgical history",
        "past medical / surgical history",
        "known conditions",
        "medical conditions",
        # a health questionnaire's question over its conditions' Yes / No rows
        "have you ever had",
        "do you have or have you ever had",
        "have you had any of the following",
    ),
    "vitals": (
        "vital signs",
        "vitals",
        "measurements",
        "recent measurements",
        "vitals at discharge",
        "discharge vitals",
        "admission vitals",
        "vital signs on admission",
        "vital signs at discharge",
        "vitals on admission",
        "last filed vitals",
        "encounter vitals",
        "most recent vitals",
        "observations",
        "obs",  # a UK chart's "Obs 01/03/2025: BP 124/70 ..."
        # a child's card
        "growth monitoring",
        "growth chart",
        "growth record",
    ),
    "labs": (
        "key results",
        "key investigations",
        "relevant results",
        "laboratory results",
        "lab results",
        "labs",
        "laboratory",
        "laboratory data",
        "pertinent results",
        "pertinent labs",
        "results",
        "test results",
        "chemistry",
        "hematology",
        "complete blood count",
        "cbc",
        "basic metabolic panel",
        "bmp",
        "comprehensive metabolic panel",
        "cmp",
        "lipid panel",
        "labs on admission",
        "admission labs",
        "discharge labs",
        "key labs",
        "laboratory studies",
        "hemoglobin a1c",
        "thyroid panel",
        "liver function tests",
        "lfts",
        "pathology",
        "pathology results",
        "investigation results",
        "investigations",
        "diagnostic results",
        "relevant diagnostic tests and/or laboratory data",
        "relevant diagnostic tests/laboratory data",
        "results review",
        "lab results review",
        "recent labs",
        "recent results",
        "laboratory investigations",
        "blood results",
        "recent blood results",
        "blood tests",
        "full blood count",
        "fbc",
        "urea and electrolytes",
        "u&e",
        "u&es",
        "urinalysis",
        "cumulative report",
        "cumulative results",
        # a laboratory's departments, as a report heads its parts
        "haematology",
        "biochemistry",
        "clinical biochemistry",
        "clinical chemistry",
        "basic chemistry",
        "blood chemistry",
        "serum chemistry",
        "chemistry panel",
        "general chemistry",
        "serology",
        "immunology",
        "parasitology",
        "virology",
        "coagulation",
        "lipid profile",
        "renal function tests",
        "thyroid function tests",
        "iron studies",
    ),
    "immunizations": (
        "immunizations",
        "immunization",
        "vaccinations",
        "vaccination",
        "immunization history",
        "immunization record",
        "vaccination record",
        "vaccines administered",
        "vaccine history",
        "vaccines",
        "immunizations administered",
        "immunisations",
        "immunisation",
        "immunisation history",
        "immunisation record",
        "vaccination history",
        "administered immunizations",
        "immunizations given",
    ),
    "other": (
        "progress",
        "progress notes",
        "clinical progress",
        "hospital progress",
        "clinical summary",
        "clinical course",
        "summary of admission",
        "admission summary",
        "history of presenting complaint",
        "presenting complaint",
        # a note's narrative: it ends the vital signs or the list above it
        "history",
        "c/o",
        "o/e",
        "clinical history",
        "interval history",
        "subjective",
        "objective",
        "history of present illness",
        "hpi",
        "hospital course",
        "brief hospital course",
        "plan",
        "follow-up",
        "follow up",
        "instructions",
        "discharge instructions",
        "physical exam",
        "physical examination",
        "social history",
        "family history",
        # a form's part kept for staff: what follows is theirs, not the patient's answers
        "for nurse use",
        "for office use",
        "office use only",
        "for staff use",
        "for clinic use",
        "chief complaint",
        "reason for admission",
        "procedures",
        "procedure",
        "signature",
        "condition at discharge",
        "disposition",
        "review of systems",
        "notes",
        "comments",
        "patient information",
        "imaging",
        "consults",
        "diet",
        "activity",
        "assessment and plan",
        "assessment",
        "impression",
        "interpretation",
        "summary",
        "course",
        "reason for visit",
        "pharmacy",
        "dispense",
        "refills",
        "next dose due",
        "recommendations",
        "functional status",
        "mental status",
        "reason for referral",
        "advance directives",
        "goals",
        "health concerns",
        "medical equipment",
        "implants",
        "nutrition",
        "diet and nutrition",
        "interventions",
        "outcomes",
        "surgical history",
        "past surgical history",
        "procedure history",
        "clinical notes",
        "progress notes",
        "consultations",
        "document information",
        "documentation of",
        "patient demographics",
        "demographics",
        "patient contacts",
        "emergency contact",
        "next of kin",
        "guarantor",
        "author",
        "custodian",
        "referrals",
        "orders",
        "orders placed this encounter",
        "pending results",
        "appointments",
        "upcoming appointments",
        "future appointments",
        "patient instructions",
        "after visit summary",
        "encounter details",
        "ed course",
        "medical decision making",
        "mdm",
        "alerts",
        "values",
        "screenings",
        "questionnaires",
    ),
}

#: Titles whose lines need a context of their own: title -> (section, kind).
_KIND_TITLES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        (
            "items stopped",
            "stopped medications",
            "medications stopped",
            "medication stopped",
            "stop taking these medications",
            "past medication",
            "past medications",
            "previous medications",
            "ceased medications",
            "medications ceased",
            "inactive medications",
        ),
        ("medications", "items_stopped"),
    ),
    **dict.fromkeys(
        (
            "discontinued medications",
            "medications discontinued",
            "discontinued",
            "discontinued home medications",
            "medications discontinued this encounter",
        ),
        ("medications", "discontinued"),
    ),
    **dict.fromkeys(
        ("family history", "family medical history", "fh", "fhx", "family hx"),
        ("other", "family_history"),
    ),
    # "Leaflets: 'Rabies - what to do after a bite'": titles of leaflets handed out
    **dict.fromkeys(
        ("leaflets", "leaflet", "leaflets given", "leaflet given"), ("other", "leaflet")
    ),
    **dict.fromkeys(
        (
            "plan of care",
            "plan of treatment",
            "care plan",
            "treatment plan",
            "plan",
            "plan of care/treatment",
        ),
        ("other", "plan_of_care"),
    ),
    **dict.fromkeys(
        (
            "health maintenance",
            "health maintenance due",
            "health maintenance topics",
            "recalls",
            "reminders",
            "recalls and reminders",
            "preventive care",
            "immunizations due",
            "immunisations due",
            "vaccines due",
            "overdue immunizations",
            # a registry's forecast: "Recommended Vaccinations (forecast)"
            "recommended vaccinations",
            "recommended vaccines",
            "recommended immunizations",
            "recommended immunisations",
            "vaccine forecast",
            "immunization forecast",
            "immunisation forecast",
            "forecast",
            "upcoming immunizations",
            "vaccines recommended",
        ),
        # Its vaccine lines are read as immunizations; the context marks them due, not given.
        ("immunizations", "health_maintenance"),
    ),
    # "Exemptions / Immunity": vaccines not given (immune, exempt, contraindicated)
    **dict.fromkeys(
        (
            "exemptions",
            "exemptions/immunity",
            "immunity/exemptions",
            "exemptions and immunity",
            "immunity",
            "vaccine exemptions",
            "contraindications and exemptions",
        ),
        ("other", "exemptions"),
    ),
    **dict.fromkeys(
        ("care team", "care teams", "patient care team", "care team members"),
        ("other", "care_team"),
    ),
    **dict.fromkeys(
        (
            "insurance",
            "insurance providers",
            "payers",
            "payer",
            "coverage",
            "insurance information",
        ),
        ("other", "insurance"),
    ),
    **dict.fromkeys(
        ("encounters", "encounter", "past encounters", "visits", "encounter history"),
        ("other", "encounters"),
    ),
    **dict.fromkeys(
        (
            "social history",
            "social hx",
            "shx",
            "social / family",
            "social/family",
            "social and family history",
            "social / family history",
            # a questionnaire's part on habits
            "lifestyle",
            "lifestyle and habits",
        ),
        ("other", "social_history"),
    ),
    **dict.fromkeys(("procedures", "procedure", "surgeries"), ("other", "procedures")),
}

#: C-CDA section LOINC codes (printed by some renderings) -> (section, kind).
SECTION_LOINC: dict[str, tuple[str, str]] = {
    "48765-2": ("allergies", "allergies"),
    "10160-0": ("medications", "medications"),
    "10183-2": ("medications", "medications"),
    "42346-7": ("medications", "medications"),
    "11450-4": ("conditions", "conditions"),
    "11348-0": ("conditions", "conditions"),
    "11535-2": ("conditions", "conditions"),
    "46241-6": ("conditions", "conditions"),
    "30954-2": ("labs", "labs"),
    "8716-3": ("vitals", "vitals"),
    "11369-6": ("immunizations", "immunizations"),
    "10157-6": ("other", "family_history"),
    "18776-5": ("other", "plan_of_care"),
    "48768-6": ("other", "insurance"),
    "46240-8": ("other", "encounters"),
    "29762-2": ("other", "social_history"),
    "47519-4": ("other", "procedures"),
    "85847-2": ("other", "care_team"),
    "47420-5": ("other", "other"),
    "42348-3": ("other", "other"),
    "42349-1": ("other", "other"),
    "29299-5": ("other", "other"),
    "10154-3": ("other", "other"),
    "10164-2": ("other", "other"),
    "46264-8": ("other", "other"),
    "61146-7": ("other", "other"),
    "75310-3": ("other", "other"),
    "51848-0": ("other", "other"),
    "10187-3": ("other", "other"),
    "29545-1": ("other", "other"),
    "8648-8": ("other", "other"),
    "8653-8": ("other", "other"),
    "69730-0": ("other", "other"),
    "61144-2": ("other", "other"),
    "10190-7": ("other", "other"),
}


#: Patient portals address the patient: "Your problem list", "My medicines (current)".
_PORTAL_PREFIXES = (
    "your ",
    "my ",
    # (other languages' forms and portals: "Vos médicaments actuels", "Ihre Medikamente")
    *local_words.POSSESSIVES,
)


def _norm(text: str) -> str:
    """Lower case, accents and punctuation gone, one space; "Allergies / ADRs" is
    "allergies/adrs", "Médicaments arrêtés" is "medicaments arretes"."""
    spaced = re.sub(r"\s+", " ", re.sub(r"[^a-z0-9/ ]", " ", fold(text.lower()))).strip()
    return re.sub(r"\s*/\s*", "/", spaced)


_HEADER_INDEX: dict[str, str] = {
    phrase: section for section, phrases in _SECTION_HEADERS.items() for phrase in phrases
}
#: Every known title -> (section, kind); a plain title's kind is its section.
_TITLES: dict[str, tuple[str, str]] = {
    # other languages' titles first: where one is also an English title ("disposition"),
    # the English reading wins
    **{_norm(title): found for title, found in LOCAL_TITLES.items()},
    **{_norm(phrase): (section, section) for phrase, section in _HEADER_INDEX.items()},
    **{_norm(phrase): found for phrase, found in _KIND_TITLES.items()},
}
_TABLE_COLUMNS: dict[str, frozenset[str]] = {
    "labs": frozenset(
        {
            "test",
            "result",
            "results",
            "units",
            "unit",
            "reference",
            "range",
            "flag",
            "ref",
            "value",
            "component",
            "analyte",
            # a bilingual report's "Examen / Test  Resultado  Unidad  Valor de referencia"
            *LOCAL_HEADER_WORDS,
        }
    ),
    "medications": frozenset(
        {
            "medication",
            "drug",
            "dose",
            "route",
            "frequency",
            "sig",
            "strength",
            "instructions",
            "quantity",
            # "Medication  Dates given", "... Indication  Remarks"
            "dates",
            "indication",
            "remarks",
            # a travel clinic's "Medicine  Directions  Supply"
            "medicine",
            "directions",
            "supply",
            # a pharmacy's "Date  Rx no.  Medicine  Directions  Qty  Rpts  Prescriber", a
            # portal's "Medicine  Dose  How to take  Status"
            "rx",
            "qty",
            "rpts",
            "repeats",
            "prescriber",
            "dispensed",
            "take",
        }
    ),
    "allergies": frozenset(
        {"substance", "allergen", "agent", "reaction", "reactions", "severity", "criticality"}
    ),
    "conditions": frozenset(
        {"problem", "problems", "diagnosis", "condition", "onset", "resolved", "status", "issue"}
    ),
    "immunizations": frozenset(
        {
            "vaccine",
            "date",
            "dose",
            "lot",
            "site",
            "manufacturer",
            "administered",
            "given",
            "mfr",
            "route",
            "schedule",
            "brand",
            "batch",
            "expiry",
            "product",
            # a child's card: "Antigen  Dose  Due age  Date given  Batch No.  Next visit  Sign"
            "antigen",
            "age",
            "next",
            "visit",
            "sign",
            "signature",
            "no",
            # a travel clinic's "Vaccine  Status  Comment" ("status" alone would tip a
            # medication table's "Medication  Dose / Route  Date  Status" into vaccines)
            "comment",
            "comments",
        }
    ),
}
_WORD = re.compile(r"[^\W\d_]+")  # letters, accented ones too ("Résultat", "Ühik")
# OCR-damaged titles are matched to the English ones only: another language's title is
# often an English word's near neighbour ("indicazioni" / "indication").
_HEADER_PHRASES = sorted({_norm(title) for title in (*_HEADER_INDEX, *_KIND_TITLES)})
#: How close an OCR-damaged header must be to a known one ("ALLERGIE5" -> "allergies").
_FUZZY_HEADER_CUTOFF = 0.85
_MIN_FUZZY_HEADER = 6


@dataclass(frozen=True, slots=True)
class SectionStart:
    """A header on a line: the section it opens and any content after its colon."""

    section: str
    remainder: str
    is_table_header: bool = False
    #: The finer kind: "family_history", "plan_of_care" ("plan" in other languages),
    #: "in_care" (other languages' "Tratamiento en urgencias"), "health_maintenance",
    #: "items_stopped", "discontinued", "care_team", "insurance", "encounters",
    #: "social_history", "procedures", "page_furniture", "unknown_title", "exemptions"
    #: (vaccines not given: immune, exempt), or the section.
    kind: str | None = None


def reading_section(start: SectionStart) -> str:
    """The section its lines are read in: social history ("Alcohol use  Occasional") records
    habits, not diagnoses, so it is a section of its own, where no condition is read."""
    return "social" if start.kind == "social_history" else start.section


_SOAP_LABEL = re.compile(r"^\s*[SOA]\s*:\s+(?=\S)")
# "1. Allergies", "B) Medications": a form's numbered heading.
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[A-H])[.)]\s+(?=[A-Za-z])")


#: The words of a form's prompt after its title: "- date of last dose if known", "- please
#: tick", "- medicines, foods, other".
_FORM_PROMPT = re.compile(
    r"^(?!.*\d).*\b(?:if known|please|tick|other|what|which|when|date of|name|how often)\b",
    re.IGNORECASE,
)


def detect_section(line: str) -> SectionStart | None:
    numbered = _NUMBERING.match(line)
    if numbered is not None:
        # "1. Allergies" is a heading; "1. IgE-mediated peanut allergy" is a list item.
        head, colon, rest = _split_label(line[numbered.end() :].strip())
        found = _TITLES.get(_norm(BRACKETED.sub(" ", head)))
        if found is None:
            return None
        return SectionStart(found[0], rest.strip() if colon else "", kind=found[1])
    soap = _SOAP_LABEL.match(line)
    if soap is not None:
        # "S: 3/7 hx of ...", "A: 1. Acute gout": a SOAP note's parts are narrative.
        return SectionStart("other", line[soap.end() :].strip(), kind="other")
    stripped = _HEADING_DATE.sub("", _AS_OF.sub("", line.strip()))
    if is_page_furniture(stripped):
        return SectionStart("other", "", kind="page_furniture")
    head, colon, rest = _split_label(stripped)
    if not colon and stripped[:1].islower() and stripped.endswith("."):
        return None  # "drug allergies." ends a sentence wrapped from "No known"
    code = _LOINC.search(head)
    head = _CONTINUED.sub("", re.sub(r"\([^)]*\)", " ", head))  # "RESULTS (2024-02-13)"
    key = _norm(head)
    found = _TITLES.get(key)
    if found is None and key.startswith(_PORTAL_PREFIXES):
        # a portal's "Your problem list", a form's "Vos médicaments actuels"
        prefix = next(p for p in _PORTAL_PREFIXES if key.startswith(p))
        found = _TITLES.get(key[len(prefix) :])
    if found is None and "/" in head:
        # "Indicaciones al alta / Discharge prescription": a title in two languages
        found = next(
            (t for part in reversed(head.split("/")) if (t := _TITLES.get(_norm(part)))), None
        )
    if (
        found is None
        and (dash := re.search(r"\s[-\u2013\u2014]\s", head)) is not None
        and _FORM_PROMPT.search(head[dash.end() :])
    ):
        # "Allergies - medicines, foods, other (and what happens)": the title, then what the
        # form asks ("Current medicines - Microgynon 30 ..." is an answer, not a title)
        found = _TITLES.get(_norm(head[: dash.start()]))
        key = _norm(head[: dash.start()]) if found is not None else key
    if found is None and (when := _WHEN_QUALIFIER.search(key)) is not None:
        found = _TITLES.get(key[: when.start()])  # "Observations on discharge: Temp 36.9 °C"
    if found is None and (when := _LOCAL_QUALIFIER.search(key)) is not None:
        found = _TITLES.get(key[: when.start()])  # "Tratamiento al egreso"
    if found is None and _looks_like_header(head, bool(colon)):
        found = _fuzzy_header(_norm(repair_words(head)))
    if found is not None and (colon or len(key.split()) <= 5):
        return SectionStart(found[0], rest.strip() if colon else "", kind=found[1])
    if code is not None and len(stripped.split()) <= 8 and code.group(0) in SECTION_LOINC:
        section, kind = SECTION_LOINC[code.group(0)]
        return SectionStart(section, "", kind=kind)
    if names_dose_columns(stripped):  # "Vacuna  1ª dosis  2ª dosis  3ª dosis  Refuerzo"
        return SectionStart("immunizations", "", is_table_header=True, kind="immunizations")
    table = _table_header(stripped)
    if table is not None:
        return table
    labelled = _CAPITALS_LABEL.match(stripped)
    if labelled and (known := _TITLES.get(_norm(labelled.group("label")))) is not None:
        # A print-out's row label in capitals: "ALLERGY Trimethoprim - rash (moderate)".
        return SectionStart(known[0], stripped[labelled.end() :], kind=known[1])
    if not rest.strip():
        return _unknown_title(head, bool(colon))
    return None


#: A dose column's name: "1ª dosis", "2nd dose", "Dose 3", "1. Dosis", "Refuerzo", "Booster".
_DOSE_COLUMN = re.compile(
    r"\b[1-6]\s*(?:ª|º|°|st|nd|rd|th|\.|e|re|er|eme|a|o)?\s*"
    r"(?:doses?|dosis|dosi|dose|dosen|dawka|davka|doza|annos|dos|dosering)\b|"
    r"\b(?:doses?|dosis|dosi|dosen|dawka|davka|doza|dos)\s*[1-6]\b|"
    r"\b(?:booster|refuerzo|reforco|rappel|richiamo|auffrischung|boost|revaccination)\b",
    re.IGNORECASE,
)
MIN_DOSE_COLUMNS = 2


def names_dose_columns(line: str) -> bool:
    """The line heads a table of doses: two or more dose columns, no date, and few other
    words ("Hepatitis B vaccine dose 1 given today; doses 2 and 3 due at 1 and 6 months" is a
    sentence about doses, not a header)."""
    folded = fold(line)
    columns = len(_DOSE_COLUMN.findall(folded))
    others = len(_DOSE_COLUMN.sub(" ", folded).split())
    return (
        columns >= MIN_DOSE_COLUMNS
        and others <= _OTHER_WORDS_PER_COLUMN * columns
        and not parse_dates(line)
    )


#: A header row's words are mostly its columns' names (a vaccine, a batch, a site, a remark).
_OTHER_WORDS_PER_COLUMN = 3


def is_exact_title(line: str) -> bool:
    """The line is a known section title ("Allergies", "Current medicines (name, dose)"),
    not a row that merely looks like one ("Bleeding problems or easy bruising")."""
    head = re.sub(r"\([^)]*\)", " ", _split_label(line.strip())[0])
    return _TITLES.get(_norm(head)) is not None


#: When a section's readings were taken, after its title.
_WHEN_QUALIFIER = re.compile(
    r"\s+(?:on|at)\s+(?:admission|discharge|arrival|triage|presentation|review)$|\s+today$"
)
#: ... and other languages' ("Medisiner ved utskrivning", "Farmaci che assume regolarmente").
_LOCAL_QUALIFIER = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, local_words.TITLE_QUALIFIERS)) + r")$"
)
_CAPITALS_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z/&]+(?: [A-Z/&]+)?)\s+(?=[A-Z][a-z])")


# "Immunizations Administered on Date of Encounter - 11/3/2025": the date is the section's.
_HEADING_DATE = re.compile(
    r"(?<=[A-Za-z)])\s*[-\u2013:,]\s*(?:on\s+)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*$"
)


def heading_date_text(line: str) -> str | None:
    """The date a section heading ends with ("... Encounter - 11/3/2025"), as written."""
    found = _HEADING_DATE.search(line.strip())
    return found.group(0).strip(" -\u2013:,") if found else None


# "Allergies as of 03/14/2025 10:32", "Medications (last updated 14-Mar-2025)".
_AS_OF = re.compile(
    r"\s*[(\-\u2013,]?\s*\b(?:as of|as at|last updated|updated|reviewed|current as of)\b"
    r"[^A-Za-z]*(?:[A-Za-z]{3,9}\.?[^A-Za-z]*)?\)?\s*$",
    re.IGNORECASE,
)


def _split_label(line: str) -> tuple[str, str, str]:
    """(head, ":", rest) at the first colon outside brackets.

    "Observations on discharge (17/03/2025 08:00)": a colon inside brackets is a time.
    """
    depth = 0
    for index, char in enumerate(line):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ":" and depth == 0:
            return line[:index], ":", line[index + 1 :]
    return line, "", ""


_CONTINUED = re.compile(r"[\s\-\u2013,]*\b(?:cont(?:inued|'d|d)?)\.?\s*$", re.IGNORECASE)
_LOINC = re.compile(r"(?<![\d-])\d{4,5}-\d(?![\d-])")
_PAGE_NUMBER = re.compile(r"\bpage\s*\d+\s*(?:of|/)\s*\d+\b|^\s*page\s*\d+\s*$", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^\s*(?:printed|print date|date printed|generated|report generated|run date|"
    r"confidential|this document contains|electronically generated|continued on next page|"
    # a letter's sign-off ends whatever list came before it
    r"yours (?:sincerely|faithfully|truly)|(?:with )?(?:kind |best )?regards|"
    # ... and in other languages
    r"met (?:vriendelijke|collegiale) groet(?:en)?|"
    r"mit freundlichen(?: kollegialen)? gr(?:ü|ue)(?:ß|ss)en|"
    r"cordialement|cordiali saluti|atentamente|atenciosamente|med vennlig hilsen|"
    r"med venlig hilsen|med v(?:ä|a)nliga h(?:ä|a)lsningar|z powa(?:ż|z)aniem)\b"
    r"|^\s*[-\u2013]\s*\d+\s*[-\u2013]\s*$",
    re.IGNORECASE,
)
_BANNER = re.compile(
    r"\b(?:dob|d\.o\.b\.?|date of birth|mrn|nhs\s*(?:no|number)|nhi|ihi|medicare\s*(?:no|number)|"
    r"hospital\s*(?:no|number)|hrn|urn|ur\s*no|fin|csn|acct)\b\s*[:#]?",
    re.IGNORECASE,
)
#: Words a section title is made of, for titles we have never seen ("ADVANCE CARE PLANNING").
_TITLE_NOUNS = frozenset(
    {
        "history",
        "summary",
        "information",
        "details",
        "team",
        "teams",
        "status",
        "directives",
        "equipment",
        "concerns",
        "goals",
        "notes",
        "contacts",
        "documents",
        "instructions",
        "orders",
        "appointments",
        "coverage",
        "providers",
        "referrals",
        "assessment",
        "assessments",
        "screening",
        "screenings",
        "devices",
        "planning",
        "encounters",
        "visits",
        "course",
        "findings",
        "documentation",
        "demographics",
        "participants",
        "support",
        "preferences",
        # "MALARIA PREVENTION AND STANDBY TREATMENT"
        "prevention",
        "treatment",
        "prophylaxis",
    }
)
#: Nouns that name an extraction section inside a longer, unseen title.
_SECTION_NOUNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:medications?|medicines|meds|prescriptions)\b", re.IGNORECASE),
        "medications",
    ),
    (
        re.compile(
            r"\b(?:allerg(?:y|ies)|adverse (?:drug )?reactions?|adrs?|intolerances?)\b",
            re.IGNORECASE,
        ),
        "allergies",
    ),
    # the word in other languages, alone or beside "intolerances": "Allerġiji u
    # intolleranzi", "Alergii și intoleranțe", "Alerģijas" (not "Alergia a penicilina")
    (
        re.compile(
            r"^al+er[gġģ][^\W\d_]*(?:\s+(?:u|and|et|og|och|e|y|i|și|si|und|en|ja|és|ir|un|"
            r"&|/)\s+intol[^\W\d_]*)?\s*$",
            re.IGNORECASE,
        ),
        "allergies",
    ),
    (re.compile(r"\b(?:problems|diagnos[ie]s)\b", re.IGNORECASE), "conditions"),
    (re.compile(r"\b(?:vital signs|vitals|observations|obs)\b", re.IGNORECASE), "vitals"),
    (
        re.compile(r"\b(?:immuni[sz]ations?|vaccinations?|vaccines)\b", re.IGNORECASE),
        "immunizations",
    ),
    (re.compile(r"\b(?:lab(?:oratory|s)?|pathology)\s+results\b", re.IGNORECASE), "labs"),
)
_STOPPED = re.compile(r"\b(?:stopped|ceased|discontinued|inactive|cancell?ed)\b", re.IGNORECASE)
_MAX_TITLE_WORDS = 8


def is_page_furniture(line: str) -> bool:
    """A page header or footer line: page numbers, "Printed on ...", a patient banner."""
    words = line.split()
    if not words or len(words) > 16:
        return False
    if _PAGE_NUMBER.search(line) or _FURNITURE.match(line):
        return True
    # A banner names the patient with two or more identifiers ("DOB: ...  MRN: ...") and
    # nothing else: a header line that also gives the date of service is a field line.
    if len(_BANNER.findall(line)) < 2:
        return False
    return all(hit.entity_type == "phi" for hit in find_fields(line))


#: A form's field that spells out the answers above it ("Details: OSA - uses CPAP nightly"):
#: part of the section it sits in, not a title that closes it.
_ELABORATION = re.compile(rf"^\s*(?:{FREE_TEXT_FIELD}|if\s+(?:yes|so))\s*$", re.IGNORECASE)


#: An item after a label: "sulfa drugs - rash".
_ITEM_AFTER = re.compile(r"\w\s+[-\u2013]\s+\w")
_ALLERGY_NOUN = re.compile(r"allerg(?:y|ies)\b", re.IGNORECASE)
#: A severity cell: a row of an allergy table, not a title.
_SEVERITY_CELL = re.compile(r"\b(?:mild|moderate|severe|life[- ]threatening)\b", re.IGNORECASE)


def _label_and_item(head: str) -> SectionStart | None:
    """ "Allergies sulfa drugs - rash": an allergy label without its colon, and its item
    ("Allergies - adverse reactions" is a title)."""
    opening = _ALLERGY_NOUN.match(head)
    rest = head[opening.end() :].strip() if opening else ""
    if not rest[:1].isalpha() or _ITEM_AFTER.search(rest) is None:
        return None
    return SectionStart("allergies", rest, kind="allergies")


def _unknown_title(head: str, has_colon: bool) -> SectionStart | None:
    """A title we do not know: it still closes the section above (as "other")."""
    if _ELABORATION.match(head) or answer_columns(head):
        return None  # "Yes  No  Details": a form's answer columns, inside its section
    words = head.split()
    if not 0 < len(words) <= _MAX_TITLE_WORDS or any(ch.isdigit() for ch in head):
        return None
    if head.rstrip().endswith((".", "?", "!")):
        return None  # a sentence, not a title
    capitalised = [w for w in words if len(w) > 3 and w[0].isalpha()]
    # "Allergies / adverse drug reactions", "Alerts / ADRs": a short capitalised line that
    # names a section near its start ("Lisinopril  Angioedema  Severe  Allergy" is a row
    # of an allergy table, its type in the last cell).
    opens_with_noun = (
        len(words) <= 6
        and words[0][:1].isupper()
        and any(pattern.search(head) for pattern, _section in _SECTION_NOUNS)
    )
    title_like = (
        has_colon
        or opens_with_noun
        or (
            bool(capitalised)
            and sum(w[0].isupper() for w in capitalised) >= 0.75 * len(capitalised)
        )
    )
    if not title_like:
        return None
    if not has_colon and (labelled := _label_and_item(head)) is not None:
        return labelled
    if not has_colon and _SEVERITY_CELL.search(head):
        return None  # "Lisinopril  Angioedema  Severe  Allergy": an allergy table's row
    for pattern, section in _SECTION_NOUNS:
        if pattern.search(head):
            stopped = section == "medications" and _STOPPED.search(head)
            return SectionStart(section, "", kind="items_stopped" if stopped else section)
    letters = [ch for ch in head if ch.isalpha()]
    capitals = bool(letters) and all(ch.isupper() for ch in letters)
    nouns = {w.lower().strip(".,/&-") for w in words} & _TITLE_NOUNS
    if has_colon and len(words) <= 5 and all(w.strip(".,/&-").isalpha() for w in words):
        return SectionStart("other", "", kind="unknown_title")
    if nouns and (capitals or has_colon or head.istitle()):
        return SectionStart("other", "", kind="unknown_title")
    return None


#: Running headers and footers sit in the top or bottom band of the page (fractions).
_HEADER_BAND = 0.12
_FOOTER_BAND = 0.88


def repeated_lines(pages: Sequence[Sequence[tuple[str, float]]], *, min_pages: int = 3) -> set[str]:
    """Keys (``furniture_key``) of lines printed at the same height in the top or bottom band
    of several pages: running headers and footers.

    ``pages`` holds each page's (text, top) pairs, top as a page fraction. A repeated
    section title or table header is kept, since it opens a section.
    """
    seen: dict[str, set[int]] = {}
    for number, lines in enumerate(pages):
        for text, top in lines:
            key = furniture_key(text, top)
            if key:
                seen.setdefault(key, set()).add(number)
    return {
        key for key, found in seen.items() if len(found) >= min_pages and _opens_no_section(key)
    }


def furniture_key(text: str, top: float) -> str:
    """What a line is compared by across pages: its text and height, "" mid-page. Page
    counters ("Page 3 of 12") are compared without their digits."""
    if _HEADER_BAND < top < _FOOTER_BAND:
        return ""
    words = " ".join(text.split()).lower()
    if _PAGE_WORD.search(words):
        words = re.sub(r"\d+", "#", words)
    return f"{words}@{round(top * 100)}"


_PAGE_WORD = re.compile(r"\bpage\b|\bpg\b")


def _opens_no_section(key: str) -> bool:
    start = detect_section(key.rpartition("@")[0])
    return start is None or start.kind in ("page_furniture", "unknown_title")


def _looks_like_header(head: str, has_colon: bool) -> bool:
    """Short, and either written in capitals or ended by a colon."""
    words = head.split()
    letters = [ch for ch in head if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
    return 0 < len(words) <= 5 and (capitals or has_colon)


def _fuzzy_header(key: str) -> tuple[str, str] | None:
    if len(key) < _MIN_FUZZY_HEADER or any(ch.isdigit() for ch in key):
        return None
    close = difflib.get_close_matches(key, _HEADER_PHRASES, n=1, cutoff=_FUZZY_HEADER_CUTOFF)
    return _TITLES[close[0]] if close else None


_VACCINE_SUBJECTS = frozenset(
    {"vaccine", "vaccines", "vaccination", "immunisation", "immunization"}
    # and the local words of bilingual cards: Spanish, Portuguese, French, Italian, German,
    # Dutch ("Vacuna / Vaccine  Edad / Age  Dosis  Fecha / Date ...")
    | {"vacuna", "vacunas", "vacina", "vacinas", "vaccin", "vaccins", "vaccino", "vaccini"}
    | {"impfung", "impfstoff", "vaccinatie"}
)
_MAX_VACCINE_COLUMNS = 8
#: Words of a sentence, never of a table's header row.
_SENTENCE_WORDS = frozenset({"is", "are", "was", "were", "the", "a", "an", "for", "to", "all"})
_ALLERGY_SUBJECTS = frozenset({"medication", "medicine", "drug", "substance", "allergen", "agent"})
#: Header words that name no section: a form's answer columns ("Yes  No  Unknown").
_ANSWER_COLUMNS = frozenset({"yes", "no", "unknown", "describe", "tick", "if"})


def _table_header(line: str) -> SectionStart | None:
    words = set(_WORD.findall(line.lower())) - _ANSWER_COLUMNS
    if not words or any(ch.isdigit() for ch in line):
        return None
    first = _WORD.findall(line.lower())[:1]
    if (
        first
        and first[0] in _VACCINE_SUBJECTS
        # (a header in two languages names each column twice)
        and len(words) <= _MAX_VACCINE_COLUMNS * (2 if "/" in line else 1)
        and not {w for w in words if len(w) > 1} & _SENTENCE_WORDS  # ("Vacunador/a")
    ):
        # "Vaccine  Status  Reason", "Vaccine  Date  Comment": a table of vaccines
        return SectionStart("immunizations", "", is_table_header=True, kind="immunizations")
    if words & {"reaction", "reactions"} and words & _ALLERGY_SUBJECTS and len(words) <= 6:
        # "Medication  Reaction  When": a list of allergies, whatever it calls its subject.
        return SectionStart("allergies", "", is_table_header=True, kind="allergies")
    best: tuple[int, str] | None = None
    for section, columns in _TABLE_COLUMNS.items():
        overlap = len(words & columns)
        # Most of a header row's words are column names; a sentence's are not.
        if overlap >= 2 and overlap * 2 >= len(words) and (best is None or overlap > best[0]):
            best = (overlap, section)
    if best is None:
        return None
    if words & {"reaction", "reactions"}:
        best = (best[0], "allergies")  # "Medication  Reaction  When" lists allergies
    return SectionStart(best[1], "", is_table_header=True, kind=best[1])


#: Section starts that are guesses from a title's shape or page furniture, not headings.
_NOT_HEADINGS = frozenset({"unknown_title", "page_furniture"})


@lru_cache(maxsize=4096)
def names_a_section(text: str) -> bool:
    """Whether ``text`` alone is a known section title (a table's header row is not one).
    Cached: layout readers ask again about the same cells and labels."""
    start = detect_section(text)
    return start is not None and not start.is_table_header and start.kind not in _NOT_HEADINGS
