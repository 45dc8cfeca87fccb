"""Pass 2: parse the entities of pass 1 into coded clinical items.

Every item keeps the SourceRef of the entity it came from. Items repeated
verbatim (a page header printed on every page) are kept once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from adapters.extractors.offline import (
    allergies,
    conditions,
    fields,
    immunizations,
    labs,
    medications,
    vitals,
)
from adapters.extractors.offline.context import (
    CHECKBOX,
    NO_CONTEXT,
    PUT_OFF,
    Context,
    LineScope,
    clause_of,
    heading_context,
    line_scopes,
    span_context,
)
from adapters.extractors.offline.doctype import classify_document
from adapters.extractors.offline.immunizations import VACCINE_INDEX
from adapters.extractors.offline.lexicon import VITAL_LOINC
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import name_key
from adapters.extractors.offline.next_visit import next_visit_dates
from adapters.extractors.offline.patterns import BRACKETED
from adapters.extractors.offline.prose_conditions import prose_conditions
from adapters.extractors.offline.reconcile import position, reconcile
from adapters.extractors.offline.sections import detect_section
from adapters.extractors.offline.values import DateOrder, first_date, number_text, parse_number
from pipeline.clinical.schema import (
    Allergy,
    ClinicalExtraction,
    Condition,
    Entity,
    Immunization,
    LabObservation,
    Medication,
    Vital,
)
from pipeline.ports import PageText

_T = TypeVar("_T")
# "Pneumococcal vaccine due", "Shingrix declined": the status is read, not kept in the name.
_STATUS_WORDS = re.compile(
    r"(?:\s+(?:is|now|next|booster|over)?\s*(?:due|declined|refused|deferred|not given|"
    r"recommended|scheduled|planned))+\s*[:\-]?\s*$",
    re.IGNORECASE,
)


def _body(line: str) -> str:
    """The line without a heading that opens it ("Plan: start ramipril" -> "start ramipril")."""
    start = detect_section(line)
    if start is not None and start.remainder and line.endswith(start.remainder):
        return start.remainder
    heading = heading_context(line)
    return heading.remainder if heading is not None and heading.remainder else line


_SENTENCE_STOP = re.compile(r"(?<!\d)\.(?!\d)|;")


def _own_continuation(follow: str) -> str:
    """What of the next line still belongs to this line's sentence and item.

    "Gliclazide MR 60 mg was" / "discontinued in January": the status wraps onto the next
    line. It ends at the sentence stop, and where the next drug is named its words are that
    drug's: "... paracetamol 1 g when required and" / "ibuprofen was stopped".
    """
    stop = _SENTENCE_STOP.search(follow)
    tail = follow[: stop.start()] if stop else follow
    drug = next(medications.MEDICATION_INDEX.scan_all(tail), None)
    return tail[: drug[1]] if drug else tail


#: Entity kinds whose lines are not read again for diagnoses in prose.
_ITEM_ENTITIES = frozenset({"medication", "lab", "vital", "allergy", "condition", "immunization"})


class _Contexts:
    """Reads each entity's context from the line it came from and that line's section."""

    def __init__(self, pages: Sequence[PageText]) -> None:
        self.scopes = self._scopes = line_scopes(pages)

    def _scope(self, entity: Entity) -> LineScope | None:
        key = (entity.source.page, entity.source.line_text_sha256 or "")
        found = self._scopes.get(key)
        if not found:
            return None
        return min(found, key=lambda scope: abs(scope.top - entity.source.bbox[1]))

    def line(self, entity: Entity) -> str:
        """The text of the line (with its own continuation) the entity was read from."""
        scope = self._scope(entity)
        return _body(scope.text) if scope else entity.text

    def raw_line(self, entity: Entity) -> str:
        """The line as read, its heading too ("Impression: pneumonia?")."""
        scope = self._scope(entity)
        return scope.text if scope else entity.text

    def sentence(self, entity: Entity) -> str:
        """The entity's line with the lines its sentence wraps from and onto."""
        scope = self._scope(entity)
        if scope is None:
            return entity.text
        return " ".join(part for part in (scope.lead, _body(scope.text), scope.follow) if part)

    def of(self, entity: Entity, target: str | None) -> tuple[Context, Context]:
        """(section context, the context of ``target`` in its own sentence)."""
        scope = self._scope(entity)
        line = _body(scope.text) if scope else entity.text
        if scope is not None and scope.follow:
            line = f"{line} {_own_continuation(scope.follow)}"
        # "She denies any rash or / psoriasis": the sentence began on the line before.
        lead = f"{scope.lead} " if scope is not None and scope.lead else ""
        line = f"{lead}{line}"
        head = entity.text.partition(" ; ")[0]
        lowered = line.lower()
        start = -1
        if target:
            own = max(len(lead), lowered.find(head.lower(), len(lead)))
            start = lowered.find(target.lower(), own)
            start = start if start >= 0 else lowered.find(target.lower(), len(lead))
            length = len(target)
        if start < 0:
            start, length = lowered.find(head.lower(), len(lead)), len(head)
        if start < 0:
            start, length = 0, len(line)
        section = scope.context if scope else NO_CONTEXT
        return section, span_context(line, start, start + length)


def _medication(entity: Entity, contexts: _Contexts) -> Medication | None:
    head, _, directions = entity.text.partition(" ; ")
    row = medications.parse_medication(head, require_known=False)
    if row is None:
        return None
    if _is_vaccine(row.name):
        return None  # a vaccine given is an immunization, read by its own pass
    section, own = contexts.of(entity, _as_written(row.name, entity.text))
    # A drug the patient is not on, or only might be, is no medication row at all.
    # "ON HOLD from 03/03/2025 ... - NOT" / "PACKED": a hold says more than a stray "not".
    negated = own.assertion == "negated" and own.medication_status not in ("held", "stopped")
    if section.merged(own).leaflet or negated or own.assertion in ("hypothetical", "family"):
        return None
    if section.assertion == "hypothetical" and section.medication_status is None:
        return None  # under "Te starten" (to start): not taken yet
    if _declined(contexts.line(entity), _as_written(row.name, entity.text)):
        return None  # "OTC request for Nurofen 200mg declined": never taken
    status = own.medication_status
    if status is None and own.assertion == "historical":
        status = "stopped"  # "previously on warfarin"
    status = status or section.medication_status or "active"
    route, frequency = row.route, row.frequency
    # What the stay or the visit gave ("IV ceftriaxone 2 g daily for 4 days") is kept for a
    # reviewer, never written as a medicine the patient takes.
    # "22h25 Paracétamol 1 g IV", "22:30 Captopril 25 mg SL": a triage chart's dose, given at
    # the time it opens with
    given_at = _CLOCK_FIRST.match(contexts.line(entity)) is not None
    care = section.merged(own).in_care or given_at
    if given_at and status not in ("stopped", "held"):
        status = "completed"
    injected = _given_by_injection(contexts.line(entity), row.name) or row.route in (
        "intravenous",
        "intramuscular",
    )
    if injected and status not in ("stopped", "held") and _GIVEN_ONCE.search(contexts.line(entity)):
        status = "completed"  # "Venofer 200 mg IV x1 given 3/7 on the floor": a dose given
    # (an injected drug under such a heading was the stay's; one it says was stopped is
    # written stopped)
    in_care = (status == "completed" and (care or injected)) or (
        care and (injected or row.route == "subcutaneous") and status not in ("stopped", "held")
    )
    status = "completed" if in_care else status
    dose, unit = row.dose, row.unit
    if directions:  # a folded "Sig:" line fills what the drug line left out
        route = route or medications.find_route(directions)
        frequency = frequency or medications.find_frequency(directions)
        # "1 tab" on the row and the product's "300/300/50 mg" wrapped below it
        wrapped = next(iter(medications.strengths(directions)), None)
        if wrapped is not None and (unit in ("tablet", "capsule") or dose is None):
            # (or the dose the directions give: "Sig: 6 units tds" under an insulin pen)
            dose = number_text(wrapped[0].group("dose")).replace(" ", "")
            unit = medications.unit_spelling(wrapped[0].group("unit"))
    if status == "active" and frequency is None and _megadose(dose, unit):
        status = "completed"  # "Vitamine A : 100 000 UI le 10/10/2024": a bolus, no regimen
    # "He took ibuprofen 400 mg at home", "hydrocortisone 200 mg IV stat": one dose taken,
    # no regimen; a reviewer decides whether it belongs in the record.
    once = frequency is None or frequency.lower() in ("once", "stat", "once only")
    course = _COURSE.search(contexts.line(entity)) is not None  # "Course completed": a course
    single = status == "completed" and not in_care and once and row.dose is not None and not course
    reason = "given_in_care" if in_care else "single_dose" if single else None
    return Medication(
        name=row.name,
        dose=dose,
        unit=unit,
        route=route,
        frequency=frequency,
        rxnorm_code=row.match.concept.code if row.match else None,
        status=status,
        confidence=entity.confidence,
        source=entity.source,
        requires_review=reason is not None,
        review_reason=reason,
    )


#: A dose given there and then: "given", "administered", "x1", "stat".
_GIVEN_ONCE = re.compile(
    r"\b(?:given|administered|stat)\b|(?<![\w/])[x\u00d7]\s*1(?![\d/]|\s*(?:day|week|month))",
    re.IGNORECASE,
)


def _megadose(dose: str | None, unit: str | None) -> bool:
    """50,000 units or more with no schedule: a single bolus (vitamin A or D), never a dose
    taken every day."""
    amount = parse_number(dose) if dose and unit in ("IU", "units") else None
    return amount is not None and amount >= _MEGADOSE_UNITS


_MEGADOSE_UNITS = 50_000
_CLOCK_FIRST = re.compile(r"^\s*(?:[01]?\d|2[0-3])(?::|h)[0-5]\d\b")

_COURSE = re.compile(
    r"\bcourse (?:completed|complete|finished)\b|\b(?:completed|finished) (?:the |a )?course\b|"
    # "Azithromycin 250 mg as directed x5 days  Completed": a course of a stated length
    r"(?:\bx|\bfor)\s*\d+\s*(?:days?|weeks?)\b",
    re.IGNORECASE,
)


#: A medicine asked for or offered and not supplied or not accepted ("NOT DISPENSED - out
#: of stock" on a pharmacy's history).
_DECLINED = re.compile(r"\b(?:declined|refused|not supplied|not dispensed)\b", re.IGNORECASE)


def _declined(line: str, name: str) -> bool:
    at = line.lower().find(name.lower())
    return at >= 0 and _DECLINED.search(clause_of(line, at)) is not None


def _as_written(name: str, text: str) -> str:
    """The drug as the line writes it: "Insulin glargine (Lantus)" is stored for "Lantus"."""
    brand = re.search(r"\(([^)]+)\)$", name)
    if brand and brand.group(1).lower() in text.lower() and name.lower() not in text.lower():
        return brand.group(1)
    return name


#: "IV ondansetron 4 mg", "cefazolin 2 g IV x 3 doses", "morphine 2 mg IM stat".
_INJECTED = (
    r"(?:\b(?:IV|IVI|IM)\b|\bi\.[vm]\.|(?i:\b(?:intravenous|intramuscular)(?:ly)?\b)"
    # other languages: "Intravénás", "intravenös", "endovenoso", "intramuskulär"
    r"|(?i:\b(?:intrav[eé]n|endoven|intramus[ck])\w*))"
)


def _given_by_injection(line: str, name: str) -> bool:
    at = line.lower().find(name.lower())
    if at < 0:
        return False
    before, after = line[max(0, at - 12) : at], line[at + len(name) : at + len(name) + 24]
    return bool(
        re.search(_INJECTED + r"\s*$", before) or re.search(r"^[^;,.]*?" + _INJECTED, after)
    )


_VACCINE_WORD = re.compile(r"\b(?:vaccines?|vaccination|immuni[sz]ation|toxoid)\b", re.IGNORECASE)


def _is_vaccine(name: str) -> bool:
    if _VACCINE_WORD.search(name):
        return True
    found = VACCINE_INDEX.lookup(name.partition("(")[0], fuzzy=False)
    return found is not None


# "Latex: denies", "Shellfish - none": the answer after the allergen negates it.
_NEGATING_ANSWER = re.compile(
    r"^(?:denie[sd]|none|no|nil|negative|not known|nkda|not allergic)$", re.IGNORECASE
)


def _lab(entity: Entity) -> LabObservation | None:
    row = labs.parse_lab_row(entity.text, require_known=False) or labs.parse_qualitative_row(
        entity.text
    )
    if row is None:
        return None
    return LabObservation(
        test_name=row.test_name,
        loinc_code=row.match.concept.code if row.match else None,
        value_text=row.value_text,
        value_numeric=row.value_numeric,
        unit=row.unit,
        reference_low=row.reference_low,
        reference_high=row.reference_high,
        reference_text=row.reference_text,
        flag=row.flag,
        observed_on=row.observed_on,
        confidence=entity.confidence,
        source=entity.source,
    )


def _vitals(entity: Entity) -> list[Vital]:
    return [
        Vital(
            kind=hit.kind,
            value_text=hit.value_text,
            value_numeric=hit.value_numeric,
            value_secondary=hit.value_secondary,
            unit=hit.unit,
            loinc_code=VITAL_LOINC.get(hit.kind),
            confidence=entity.confidence,
            source=entity.source,
        )
        for hit in vitals.find_vitals(entity.text, allow_short_labels=True)
    ]


#: Right after an allergen: it was taken without harm ("Fish (finned) tolerated previously").
_TOLERATED_AFTER = re.compile(
    r"^[\s,;:\u2013-]*(?:(?:was|is|has been|have been)\s+)?(?:well\s+)?tolerat(?:ed|es)\b",
    re.IGNORECASE,
)


def _tolerated(text: str, substance: str) -> bool:
    at = text.lower().find(substance.lower())
    return at >= 0 and _TOLERATED_AFTER.match(text[at + len(substance) :]) is not None


def _allergy(entity: Entity, contexts: _Contexts) -> Allergy | None:
    row = allergies.parse_allergy(entity.text)
    if row is None or allergies.VOID_STATUS.search(contexts.line(entity)):
        return None  # ("Latex  -  -  Inactive - entered in error": voided by its own system)
    section, own = contexts.of(entity, row.substance)
    if section.merged(own).leaflet:  # "tell your doctor if you are allergic to clopidogrel"
        return None
    assertion = section.merged(own).assertion
    if assertion == "historical":
        assertion = "present"  # "history of penicillin allergy": still the patient's allergy
    if (row.inactive or allergies.says_inactive(contexts.line(entity))) and assertion == "present":
        # The row's own status cell ("Inactive", "Resolved"): it no longer applies, and the
        # current allergy list (patient_current_allergies) leaves it out, as for C-CDA/FHIR.
        assertion = "historical"
    if assertion == "present" and _tolerated(entity.text, row.substance):
        assertion = "negated"  # "Fish (finned) tolerated previously": no allergy to it
    reaction = row.reaction
    if reaction is not None and _NEGATING_ANSWER.match(reaction.strip()):
        assertion, reaction = "negated", None
    return Allergy(
        substance=row.substance,
        reaction=reaction,
        severity=row.severity,
        assertion=assertion,
        confidence=entity.confidence,
        source=entity.source,
        requires_review=section.unclear_box,
        review_reason="unclear_checkbox" if section.unclear_box else None,
    )


def _condition(entity: Entity, contexts: _Contexts) -> Condition | None:
    row = conditions.parse_condition(entity.text)
    if row is None:
        return None
    section, own = contexts.of(entity, row.name)
    merged = section.merged(own)
    if merged.leaflet:
        return None
    assertion = merged.assertion
    # "younger sister has sickle cell anaemia": a cue the list item swallowed into its name
    inner = span_context(row.name, len(row.name) - 1).assertion
    if assertion == "present" and inner == "family":  # ("without complications" is a name)
        assertion = inner
    if assertion == "present" and _queried(contexts.raw_line(entity), row.name):
        assertion = "hypothetical"  # "Diagnosis: hypothyroidism; iron deficiency anaemia?"
    # Under "Past Problems" a row without a status cell is over.
    past = section.assertion == "historical" and assertion == "historical"
    status = row.status or ("resolved" if past else None)
    if status == "resolved" and assertion == "present":
        # "Herpes zoster  B02.9  Resolved": over, so not on the current problem list
        assertion = "historical"
    return Condition(
        name=row.name,
        icd10_code=row.icd10_code,
        status=status,
        assertion=assertion,
        confidence=entity.confidence,
        source=entity.source,
        requires_review=section.unclear_box,
        review_reason="unclear_checkbox" if section.unclear_box else None,
    )


#: A list item or a label's value, then the query mark: "Diagnosis: E03.9 Hypothyroidism;
#: anaemia?" (a question, "Diabetes?" or "Do you have diabetes?", is not one).
_AFTER_A_LABEL_OR_ITEM = re.compile(r"[:;,]\s*(?:[A-Z]\d{2}(?:\.\d{1,2})?\s+)?$")


def _queried(line: str, name: str) -> bool:
    """The condition is written as a query: a list's item followed by "?" (found by its
    last word, and its first word's start: the name may be written in another form)."""
    words = name.rstrip("? ").split()
    if not words or CHECKBOX.search(line):
        return False
    mark = re.search(rf"{re.escape(words[-1])}\s*\?", line, re.IGNORECASE)
    if mark is None:
        return False
    start = line.lower().rfind(words[0][:4].lower(), 0, mark.start() + 1)
    return start >= 0 and _AFTER_A_LABEL_OR_ITEM.search(line[:start]) is not None


_TODAY = re.compile(
    r"\b(?:today|this visit|at this encounter|ngayon|hari ini)\b",  # (Tagalog, Malay)
    re.IGNORECASE,
)
_SENTENCES = re.compile(
    # (not after an ordinal: "Hepatitis A 1. Dosis 02.06.2008" is one dose)
    r"(?<=[a-z0-9)]\.)(?<!\s\d\.)\s+(?=[A-Z])|(?<=\))\.\s*(?=[A-Z])"
    # a card's remarks cell about the next dose: "MMR 1 11/13/24 MM0011L RN | MMR 2 due ..."
    r"|\s+(?=[A-Z][A-Za-z-]{1,15}\s+\d\s+(?:due|next)\b)"
    # "Td 2 given today (batch 4021224); Td 1 15-12-2025": each dose its own sentence
    r"|;\s+(?=[A-Z][A-Za-z-]{1,15}\s+\d\b)"
)


#: A line about a vaccine that records no dose: immunity from the illness, a reminder that
#: is met, an order that was cancelled.
_NOT_A_DOSE = re.compile(
    r"\bhistory of (?:the )?disease\b|\bimmune by history\b|\bpresumed immune\b|"
    r"\bup to date\b|\bsatisfied\b|"
    # "Hep A  Personal belief exemption on file": a registry's exemption, no dose
    r"\bexempt(?:ion|ed)?\b|"
    r"\bcancel(?:l)?ed\b",
    re.IGNORECASE,
)
#: A test of the antibody or antigen, named like the vaccine: a result, not a dose.
_A_TEST = re.compile(
    r"\b(?:antibod(?:y|ies)|antigen|ab|ag|igg|igm|titre|titer|serology|rdt|rapid test)\b", re.I
)
#: A card's age column after the vaccine: "BCG At birth", "PCV10 1 6 weeks".
_AGE_CELL = re.compile(
    r"\s+(?:(?:at )?birth|\d+\s*(?:weeks?|wks?|months?|mths?|years?|yrs?))\b.*$", re.IGNORECASE
)


_DATE_LIKE = re.compile(r"(?<![\w/])\d{1,4}[/.-]\d{1,4}[/.-]\d{1,4}(?![\w/])")


_GIVEN_TO_ANOTHER = re.compile(
    r"\b(?:given|administered)\s+to\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:mother|father|parent|caregiver|partner|sibling)\b|\bmother'?s\b",
    re.IGNORECASE,
)


_NOT_GIVEN = re.compile(
    r"\bnot\s+(?:given|administered)\b|\bdeclined\b"
    # "no aplicada - la madre no acepta", "não aplicada", "non administré", "rifiutata"
    r"|\bn(?:o|ão|ao)\s+(?:aplicad[ao]|administrad[ao]|acepta)\b|\brechazad[ao]\b|"
    r"\brecus[ée]e?\b|\bnon\s+administr[ée]e?\b|\brifiutat[ao]\b|\babgelehnt\b",
    re.IGNORECASE,
)
#: "Yellow fever  Stamaril  -  Not indicated for itinerary": no dose, and no refusal either.
_NOT_INDICATED = re.compile(
    r"\bnot\s+(?:indicated|required|needed|recommended)\b|\bcontraindicated\b", re.IGNORECASE
)
#: "Deferred - febrile today", "Malaria vaccine 1  5 months  no stock": a plan.
_DEFERRED = re.compile(rf"\b(?:{PUT_OFF})\b", re.IGNORECASE)


def _immunizations(
    entity: Entity, contexts: _Contexts, order: DateOrder, visit_date: date | None = None
) -> list[Immunization]:
    # One row per dose date on the line ("Hep B: 01/02/2020, 01/03/2020"), read in the
    # document's date order; a date after "due" is never an administration date.
    # "Influenza vaccine given today (…). Shingrix dose 2 due": each sentence is its own row.
    pieces: list[str] = []
    for piece in _SENTENCES.split(entity.text):
        if pieces and immunizations.product_column(pieces[-1], piece):
            pieces[-1] = f"{pieces[-1]} {piece}"  # "... 08.04.2021. Encepur EN1183"
        elif piece.strip():
            pieces.append(piece)
    found = [
        (row, piece)
        for piece in pieces
        for row in immunizations.parse_immunization_doses(piece, require_known=False, order=order)
    ]
    if not found:
        return []
    shots: list[Immunization] = []
    for row, piece in found:
        section, own = contexts.of(entity, row.vaccine if len(found) > 1 else None)
        if len(pieces) > 1 and (at := piece.lower().find(row.vaccine.lower())) >= 0:
            # "Shingrix dose 1 given 2024-11-18. Shingrix dose 2 due May 2025": the second
            # sentence names the vaccine again; its own cues are in its own sentence.
            own = span_context(piece, at, at + len(row.vaccine))
        if _NOT_A_DOSE.search(piece) or _A_TEST.search(row.vaccine):
            continue  # "Varicella: history of disease", "Hepatitis C Antibody ... CANCELED"
        if _GIVEN_TO_ANOTHER.search(piece) or _GIVEN_TO_ANOTHER.search(contexts.sentence(entity)):
            continue  # "Tdap (Boostrix) given to MOTHER at 28 weeks": not this patient's dose
        status = own.immunization_status or section.immunization_status or "given"
        if (
            status == "due"
            and section.immunization_status != "due"  # (a forecast's rows are all due)
            and row.administered_on is not None
            and row.due_on is not None
        ):
            # "Hepatitis A #1 03/04/2025 HAV8820  #2 due 03/10/2025": the next dose is due,
            # this one was given on the date before the "due"
            status = "given"
        if status == "given" and _NOT_INDICATED.search(piece):
            continue
        if status == "given" and _NOT_GIVEN.search(piece):
            status = "refused"  # "Not given - patient refusal": "not" took the cue
        if status == "given" and _DEFERRED.search(piece):
            status = "planned"
        if (
            row.administered_on is None
            and row.due_on is None
            and visit_date is not None
            and (_TODAY.search(piece) or _TODAY.search(contexts.sentence(entity)))
        ):
            # "influenza vaccine given today (Flucelvax, lot 3412FX)", "She received a Tdap
            # booster in the office today": the visit's date.
            row = replace(row, administered_on=visit_date)
        only_due = row.administered_on is None and row.due_on is not None
        # "Penta 3  14 weeks", "Td3" alone on its row, "Tdap booster" with no date or batch:
        # the card's schedule or a plan, not a dose given.
        scheduled = row.administered_on is None and row.lot_number is None
        only_due = only_due or scheduled
        row_status = "due" if only_due and status == "given" else status
        ambiguous = row_status == "given" and row.date_ambiguous
        # "OPV 1  6 weeks  1606/40/091  OP228": a date cell OCR could not read; a reviewer
        # reads the card, rather than a dose written with no date.
        unreadable = (
            row_status == "given"
            and row.administered_on is None
            and _DATE_LIKE.search(piece) is not None
        )
        reason = "ambiguous_date" if ambiguous else "unreadable_date" if unreadable else None
        shots.append(
            Immunization(
                vaccine=_AGE_CELL.sub("", _STATUS_WORDS.sub("", row.vaccine)) or row.vaccine,
                dose_number=row.dose_number,
                # A due or planned vaccine was not given: its date is not an administration date.
                administered_on=row.administered_on if row_status == "given" else None,
                status=row_status,
                lot_number=row.lot_number,
                cvx_code=row.match.concept.code if row.match else None,
                requires_review=reason is not None,
                review_reason=reason,
                confidence=entity.confidence,
                source=entity.source,
            )
        )
    return shots


def _one_per_diagnosis(items: Sequence[Condition]) -> tuple[Condition, ...]:
    """One row per ICD-10 category and assertion: "2. Asthma - well controlled" in the
    diagnoses and "Asthma [X] Yes" in a questionnaire are one asthma. The first (the
    listed diagnosis, read before any prose) is kept."""
    seen: set[tuple[str, str]] = set()
    specific: dict[tuple[str, str], list[set[str]]] = {}  # the words of specific diagnoses
    kept: list[Condition] = []
    for item in items:
        if item.icd10_code:
            # An unspecified code is its category; a specific one ("E11.00", type 2 diabetes
            # with hyperosmolarity) is a diagnosis of its own.
            code = item.icd10_code
            unspecified = len(code) <= 3 or code.endswith("9")
            # "a history of hypertension" and "Hypertension (I10)" are one fact of the patient
            fact = "present" if item.assertion == "historical" else item.assertion
            marker = (code[:3] if unspecified else code, fact)
            # "type 2 diabetes" in the story after "Type 2 diabetes mellitus with hyperglycemia
            # (E11.65)" names the same diabetes with fewer words
            words = _name_words(item.name)
            if marker in seen or (
                unspecified and any(words <= named for named in specific.get(marker, []))
            ):
                continue
            seen.add(marker)
            if not unspecified:
                specific.setdefault((code[:3], fact), []).append(words)
        kept.append(item)
    return tuple(kept)


def _name_words(name: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(name.lower())))


def _one_per_allergen(items: Sequence[Allergy]) -> tuple[Allergy, ...]:
    """A page header's "Allergies: Aspirin, Ibuprofen" and the allergy table's "Aspirin
    Bronchospasm Severe" are one allergy: a bare name gives way to a row of the same
    substance and assertion that says more."""
    fuller = {
        (item.substance.lower(), item.assertion) for item in items if item.reaction is not None
    }
    return tuple(
        item
        for item in items
        if item.reaction is not None or (item.substance.lower(), item.assertion) not in fuller
    )


def _unique(items: Sequence[_T], key: Callable[[_T], Hashable]) -> tuple[_T, ...]:
    seen: set[Hashable] = set()
    kept: list[_T] = []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return tuple(kept)


_Item = Medication | LabObservation | Vital | Allergy | Condition | Immunization


def _one_per_medicine(items: Sequence[Medication]) -> tuple[Medication, ...]:
    """A letter that names a medicine in a sentence and again in its list ("I have started
    lansoprazole 30 mg" / "Lansoprazole 30 mg once daily") gives one row: the fuller one,
    and the one with a dose over a mention without one."""
    identity = {id(item): _drug_identity(item) for item in items}
    kept: dict[tuple[str, str | None, str | None, str], Medication] = {}
    for item in items:
        name = identity[id(item)]
        # "I started naproxen 500 mg" and the repeat list's "Naproxen 500mg tablets" are one
        # current medicine, new, changed or active.
        status = "active" if item.status in ("new", "changed") else item.status
        key = (name, item.dose, (item.unit or "").lower() or None, status)
        held = kept.get(key)
        if held is None or _filled(item) > _filled(held):
            kept[key] = item
    # "Lipitor 40 (atorvastatin) tab" on a dispensing row and "Lipitor 40mg tablets" on its
    # label: a strength without its unit is the same dose as one with it.
    with_unit = {(name, dose, status) for name, dose, unit, status in kept if unit}
    for unitless in [k for k in kept if k[2] is None and k[1] is not None]:
        if (unitless[0], unitless[1], unitless[3]) in with_unit:
            del kept[unitless]
    # "Restart empagliflozin once ..." names, without a dose, a medicine listed with one.
    dosed = {(name, status) for name, dose, _, status in kept if dose is not None}
    # "cilazapril was withheld" in the stay's story and "Cilazapril 2.5 mg ... STOPPED" in the
    # list: the list's row says the medicine is over.
    ended = {name for name, dose, _, status in kept if dose is not None and status in _ENDED}
    # A pharmacy's fill row ("07/02/2025  Losec MUPS 20 mg  30") repeats a drug its list
    # gives with directions and a status: the list row speaks for it.
    directed = {(identity[id(item)], item.dose) for item in kept.values() if item.frequency}
    # A dispensing line ("AMOXIL 500MG CAPS ... THREE TIMES A DAY") and, later, the profile's
    # "Amoxicillin 500mg ... Course completed": the later status is the medicine's now.
    settled = {
        (identity[id(item)], item.dose): position(item)
        for item in kept.values()
        # (a dose given once, kept for review, settles nothing about a list's medicine)
        if item.status in _SETTLED and not item.requires_review
    }
    chosen = {
        id(item)
        for (name, dose, _, status), item in kept.items()
        if (
            dose is not None
            or ((name, status) not in dosed and not (status in _ENDED and name in ended))
        )
        and not (_bare(item) and (identity[id(item)], item.dose) in directed)
        and not (
            item.status == "active"
            and position(item) < settled.get((identity[id(item)], item.dose), position(item))
        )
    }
    return tuple(item for item in items if id(item) in chosen)


_ENDED = frozenset({"stopped", "held"})
#: Statuses a later row gives a medicine a list showed as plainly active.
_SETTLED = frozenset({"changed", "completed", "stopped", "held"})


def _drug_identity(item: Medication) -> str:
    """The drug whatever it is called: "Metformin (Glucophage)" and "metformin HCl"."""
    generic = BRACKETED.sub("", item.name).strip()
    found = medications.MEDICATION_INDEX.lookup(generic)
    name = found.concept.name if found is not None else generic
    # "Sacubitril/valsartan" and "Valsartan and Sacubitril": one combination either way
    parts = re.split(r"\s*(?:/|\+|\band\b|\bwith\b)\s*", name.lower())
    return "/".join(sorted(name_key(part) for part in parts if part.strip()))


def _bare(item: Medication) -> bool:
    return item.frequency is None and item.route is None


def _filled(item: Medication) -> int:
    return sum(value is not None for value in (item.frequency, item.route, item.rxnorm_code))


def _without_restated(items: Sequence[LabObservation]) -> tuple[LabObservation, ...]:
    """A result a sentence restates ("Admission glucose 38.6 mmol/L", "potassium 6.4 mmol/L
    phoned to the ED") is the table's row, not a second result: an undated row goes when a
    dated one, or an undated one before it, has its test, value and unit, and a row without
    a unit goes when one with a unit has its test, value and date; a dated row goes when
    one before it has its test, value, unit and date."""
    dated = {
        (lab.loinc_code, lab.value_numeric, lab.unit)
        for lab in items
        if lab.observed_on is not None and lab.loinc_code
    }
    # "ALT has decreased from 92 to 68 U/L": the unit went with the last value only
    with_unit = {(lab.loinc_code, lab.value_numeric, lab.observed_on) for lab in items if lab.unit}
    dated_values = {(code, value) for code, value, _ in dated}
    kept: list[LabObservation] = []
    undated: set[tuple[str | None, float | None, str | None]] = set()
    seen: set[tuple[str | None, float | None, str | None, date | None]] = set()
    for lab in items:
        key = (lab.loinc_code, lab.value_numeric, lab.unit)
        restated = (lab.loinc_code, lab.value_numeric, lab.observed_on) in with_unit or (
            lab.observed_on is None and (lab.loinc_code, lab.value_numeric) in dated_values
        )
        if lab.unit is None and lab.loinc_code and lab.value_numeric is not None and restated:
            continue
        if lab.observed_on is None and lab.loinc_code and lab.value_numeric is not None:
            if key in dated or key in undated:
                continue
            undated.add(key)
        elif lab.loinc_code and lab.value_numeric is not None:
            # "18.03.2025: Sód 124 mmol/l - critical, phoned" under the table that has it
            if (*key, lab.observed_on) in seen:
                continue
            seen.add((*key, lab.observed_on))
        kept.append(lab)
    return tuple(kept)


def _one_per_dose(items: Sequence[Immunization]) -> tuple[Immunization, ...]:
    """One row per dose: a vaccine coded alike and given on the same day, read twice (a
    registry's grid, then a footnote "Tdap requirement met 09/02/2025"), is one row: the
    confirmed one with the shortest name, read from the list rather than from a sentence."""
    best: dict[tuple[str, date], Immunization] = {}
    for item in items:
        if item.cvx_code and item.administered_on and item.status == "given":
            key = (item.cvx_code, item.administered_on)
            rank = (item.requires_review, len(item.vaccine))  # a confirmed row first
            if key not in best or rank < (best[key].requires_review, len(best[key].vaccine)):
                best[key] = item
    return tuple(
        item
        for item in items
        if not (item.cvx_code and item.administered_on and item.status == "given")
        or best[(item.cvx_code, item.administered_on)] is item
    )


def _content(item: _Item) -> Hashable:
    """An item's clinical content, without where it was read or how sure we are."""
    return tuple(sorted(item.model_dump(exclude={"source", "confidence"}).items()))


def _best_field(entities: Sequence[Entity], entity_type: str) -> tuple[str, Entity] | None:
    """The value of the best-ranked field of one type (first in reading order on ties)."""
    best: tuple[int, int, str, Entity] | None = None
    for order, entity in enumerate(entities):
        if entity.entity_type != entity_type:
            continue
        value, rank, _label = fields.field_value(entity.text)
        if entity_type == "date_of_service" and first_date(value) is None:
            continue
        if value and (best is None or (rank, order) < (best[0], best[1])):
            best = (rank, order, value, entity)
    return (best[2], best[3]) if best else None


def _service_date(entities: Sequence[Entity], order: DateOrder) -> date | None:
    found = _best_field(entities, "date_of_service")
    return first_date(found[0], order) if found else None


def extract_clinical(
    pages: Sequence[PageText], entities: Sequence[Entity], *, extractor: str, version: str
) -> ClinicalExtraction:
    """Pass 2 over the entities of pass 1; ``pages`` supply the text used to classify."""
    meds: list[Medication] = []
    lab_items: list[LabObservation] = []
    vital_items: list[Vital] = []
    allergy_items: list[Allergy] = []
    condition_items: list[Condition] = []
    vaccine_items: list[Immunization] = []
    contexts = _Contexts(pages)
    order = DateOrder.decide(page.text for page in pages if page.status == "ok")
    visit_date = _service_date(entities, order)
    for entity in entities:
        kind = entity.entity_type
        if kind == "medication" and (med := _medication(entity, contexts)) is not None:
            meds.append(med)
        elif kind == "lab" and (lab := _lab(entity)) is not None:
            lab_items.append(lab)
        elif kind == "vital":
            vital_items.extend(_vitals(entity))
        elif kind == "allergy" and (allergy := _allergy(entity, contexts)) is not None:
            allergy_items.append(allergy)
        elif kind == "condition" and (condition := _condition(entity, contexts)) is not None:
            condition_items.append(condition)
        elif kind == "immunization":
            vaccine_items.extend(_immunizations(entity, contexts, order, visit_date))
    text = "\n".join(page.text for page in pages if page.status == "ok")
    counts = {
        "medications": len(meds),
        "labs": len(lab_items),
        "vitals": len(vital_items),
        "allergies": len(allergy_items),
        "conditions": len(condition_items),
        "immunizations": len(vaccine_items),
    }
    document_type = classify_document(text, counts)
    # A lab report's prose is commentary on its tests ("6.5 % or above: consistent with
    # diabetes", "may indicate subclinical hypothyroidism"), not the patient's diagnoses;
    # a record that also lists medicines is more than a lab report.
    if document_type != "lab_result" or meds:
        condition_items.extend(
            prose_conditions(
                pages,
                contexts.scopes,
                lines_taken={
                    (e.source.page, e.source.line_text_sha256 or "")
                    for e in entities
                    if e.entity_type in _ITEM_ENTITIES
                },
                codes_taken={c.icd10_code for c in condition_items if c.icd10_code},
                names_taken=[c.name for c in condition_items if c.icd10_code],
            )
        )
        if len(condition_items) != counts["conditions"]:
            counts["conditions"] = len(condition_items)
            document_type = classify_document(text, counts)
    provider = _best_field(entities, "provider")
    facility = _best_field(entities, "facility")
    return ClinicalExtraction(
        extractor=extractor,
        extractor_version=version,
        document_type=document_type,
        service_date=visit_date,
        provider_name=provider[0] if provider else None,
        facility_name=facility[0] if facility else None,
        medications=_one_per_medicine(_unique(reconcile(meds, pages, order), _content)),
        labs=_without_restated(_unique(lab_items, _content)),
        vitals=_unique(vital_items, _content),
        allergies=_one_per_allergen(_unique(allergy_items, _content)),
        conditions=_one_per_diagnosis(_unique(condition_items, _content)),
        immunizations=_one_per_dose(
            _unique(_next_visit_for_review(vaccine_items, pages, order), _content)
        ),
    )


def _next_visit_for_review(
    items: Sequence[Immunization], pages: Sequence[PageText], order: DateOrder
) -> list[Immunization]:
    """A dose dated on the day the document names as the next visit goes to review."""
    lines = (line.text for page in pages if page.status == "ok" for line in page.lines)
    upcoming = next_visit_dates(lines, order)
    return [
        item.model_copy(update={"requires_review": True, "review_reason": "next_visit_date"})
        if item.status == "given" and item.administered_on in upcoming and not item.requires_review
        else item
        for item in items
    ]
