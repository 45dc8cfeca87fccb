"""Diagnoses named in prose, outside any problem-list heading.

Letters say "Her past medical history includes hypertension (diagnosed 2009), type 2
diabetes mellitus ... and a DVT after the hip surgery". A name is taken from prose only
when the coded vocabulary knows it exactly (our table or ICD-10-CM), it is not a symptom,
and its sentence does not negate it, give it to a relative or only consider it. Lines
that already gave another kind of item (a medicine, a result) are not read again, and
neither are the sections that list other things (allergies, results, medicines).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterator, Sequence

from adapters.extractors.offline import immunizations, local_words
from adapters.extractors.offline.conditions import CONDITION_INDEX
from adapters.extractors.offline.context import LineScope, span_context
from adapters.extractors.offline.local_words import fold
from pipeline.clinical.schema import Condition, SourceRef
from pipeline.ports import PageText

#: Lower than a listed problem: prose is looser than a list.
PROSE_CONFIDENCE = 0.7
# Symptoms (R), congenital malformations (Q: "Amelia" is one), organisms (B95-B97) and
# allergy statuses (Z88, Z91: the allergy reader's) are not diagnoses to read out of prose.
_NOT_FROM_PROSE = ("R", "Q", "B95", "B96", "B97", "Z88", "Z91")
# Sections whose lines name other things ("Latex - contact dermatitis" is a reaction).
_OTHER_SECTIONS = frozenset(
    {"allergies", "medications", "labs", "vitals", "immunizations", "social"}
)
# Demographic lines carry names, not diagnoses.
_DEMOGRAPHICS = re.compile(
    r"^\s*(?:patient(?:'s)? name|patient|name|re)\s*:|\b(?:dob|d\.o\.b|mrn|nhs no)\b", re.I
)
# General statements, not about this patient.
_GENERAL = re.compile(
    r"\b(?:is|are) associated with|\b(?:can|may) (?:cause|lead to)|correlate clinically|"
    r"consistent with a diagnosis|suggestive of|a value of|"
    # a card's advice: "These can be signs of pre-eclampsia"
    r"\b(?:can|may|could) be (?:a )?signs? of|"
    # a report's legend or comment: "HbA1c interpretation (ADA): ... Diabetes >= 6.5 %",
    # "CHRONIC KIDNEY DISEASE. INTERPRET WITH ACR."
    r"\binterpret(?:ation|ed|ing)?\b|"
    # a report's comment on targets: "For patients treated for dyslipidemia the target ..."
    r"\b(?:for|in) (?:patients|people|adults|persons) (?:treated for|with|on|at)\b",
    re.I,
)
# Prose has sentence punctuation or runs on; a bare phrase on its own line is a list entry,
# and lists belong to their section's reader.
_PROSE = re.compile(r"[.,;:]|(?:\S+\s+){4}\S")
# A table row ("Latex Contact dermatitis Mild Active") belongs to its table's reader.
_TABLE_ROW = re.compile(r"\b(?:active|inactive|resolved|mild|moderate|severe)\s*$", re.I)
_RESOLVED = re.compile(
    r"\b(?:resolved|fully recovered|no longer|in remission)\b"
    # "Malaria 2023 - treated": treated in a past year
    r"|^\W{0,3}(?:19|20)\d{2}\b[^.;]{0,12}?\b(?:treated|cured|completed|cleared)\b"
    r"(?!\s+(?:with|by|on))",
    re.I,
)
_AFTER_NAME = 60  # characters after a name that can still say it resolved
#: "right inguinal hernia repair 2016": an operation right after the name dealt with it.
_OPERATED = re.compile(
    r"^\W{0,3}(?:repair(?:ed)?|excised|removed|resected)\b"
    r"(?!\s+(?:is\s+|was\s+)?(?:planned|scheduled|booked|pending|awaited|advised))",
    re.I,
)
# A box right before the name answers for it alone: "[X] Asthma [ ] Diabetes".
_BOX = re.compile(r"\[\s*([xX✓✔]?)\s*\]|([☐☒☑])")
# Not the patient's diagnosis: a screening test, a risk, a service, a reason for a change.
#: Words after a disease's name that make it a test of it: "Varicella IgG", "HIV antibody".
TEST_WORDS = r"IgG|IgM|Ab|(?:surface |core |e )?(?:antibod\w*|antigen)|serology|PCR|titre|titer|NS1"
_NOT_A_DIAGNOSIS_AFTER = re.compile(
    # "Hepatitis C Screening", "Diabetes >= 6.5 %" (a category of a result's scale)
    # "mild right CVA tenderness": the costovertebral angle on examination, no stroke
    r"^\W{0,3}(?:[A-Z]\b\W{0,2})?(?:screening|screen|test|risk|vaccine|check|clinic|service|"
    r"tender(?:ness)?|prophylaxis|prevention|immuni[sz]ation|areas?|regions?|zones?|"
    rf"team|nurse|specialist|educator|review|assessment|programme|program|education|"
    rf"{TEST_WORDS})\b|^\s*(?:[<>≤≥]=?|=)\s*\d|"
    # a vaccine's forecast or card row: "Hepatitis A  Due now", "Yellow fever  9 months  Not
    # given", "Hepatitis B  Complete  2-dose series", "Recombinant zoster (RZV)  Due at 50"
    r"^\W{0,3}(?:\([A-Za-z0-9-]{1,12}\)\s*)?(?:(?:not )?due|up to date|complete[d]?|not given|"
    r"(?:\d-dose )?series|booster|vaccin\w*|\d+\s*(?:weeks?|months?))\b",
    re.I,
)


#: The disease a vaccine is named for, in any language: "Influenza elleni oltást",
#: "grippe vaccination" (a word such as "against" may stand between).
def _vaccine_in_brackets_after(after: str) -> bool:
    """ "Leetrid, mumps, punetised (MMR)": diseases a vaccine's name lists before its short
    name in brackets are the vaccine's, not the patient's."""
    found = _BRACKET_SOON.match(after)
    return found is not None and (
        immunizations.VACCINE_INDEX.lookup(found.group(1), fuzzy=False) is not None
    )


_BRACKET_SOON = re.compile(r"^[^()]{0,40}?\(([^()]{2,20})\)")


def _reaction_in_brackets(text: str, start: int, end: int) -> bool:
    """ "sulfamidas (urticaria)", "penicillin (anaphylaxis)": the reaction an allergen gave,
    in brackets after it, is no diagnosis of its own."""
    return (
        _OPENS_BRACKET_AFTER_WORD.search(text[:start]) is not None
        and _CLOSES_BRACKET.match(text[end:]) is not None
        and _REACTION.search(fold(text[start:end])) is not None
    )


_OPENS_BRACKET_AFTER_WORD = re.compile(r"[^\W\d_]\s*\(\s*$")
_CLOSES_BRACKET = re.compile(r"\s*[),;]")
#: Reactions, by the stems most languages share with English and Latin.
_REACTION = re.compile(
    r"urtica|hives|rash|anaphyla|anafila|angio-?o?edem|angioedem|dermatit|exanthem|exantem|"
    r"bronchospasm|broncospasm|stevens|pruritus|prurit"
)


#: A vaccine word after the disease, also inside a compound ("Influenza: Saisonimpfung"), or
#: before it ("Vaksin influenza ditawarkan", "vaccination against measles").
_VACCINE_AFTER = re.compile(
    rf"^\W{{0,3}}(?:[^\W\d_]+\s+)?[^\W\d_]{{0,12}}(?:{local_words.VACCINE_WORDS})", re.I
)
_VACCINE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{local_words.VACCINE_WORDS})[^\W\d_]*\s+(?:[^\W\d_]+\s+)?$", re.I
)
_NOT_A_DIAGNOSIS_BEFORE = re.compile(
    r"\b(?:because of|risks? of|at risk|screening for|discussed|explained|"
    # a letterhead: "Department of Diabetes & Endocrinology", "Centre for Heart Failure"
    r"(?:department|dept|division|institute|centre|center|unit|service|society) (?:of|for)|"
    r"counsell?ed (?:on|about)|information (?:on|about)|advice (?:on|about))"
    r"(?:\s+\w+){0,3}\s*$",
    re.I,
)
# Everything after a patient-leaflet title is leaflet: "may cause ... hypertension".
_LEAFLET_TITLE = re.compile(
    r"patient information leaflet|package leaflet|information for the (?:patient|user)|"
    r"read all of this leaflet|what is in this leaflet",
    re.I,
)


#: A complaint, whatever its code: "left loin pain", "back ache".
_COMPLAINT = re.compile(r"\b(?:pain|pains|ache|aches|discomfort)\s*$", re.I)


def symptom(name: str, code: str | None) -> bool:
    """Whether a name read from prose is a symptom or another non-diagnosis (by its ICD-10
    chapter, or a complaint's wording), which prose mentions far more often than it
    diagnoses."""
    return bool(code and code.startswith(_NOT_FROM_PROSE)) or bool(_COMPLAINT.search(name))


def general_statement(text: str) -> bool:
    """Wording about a test or a disease in general, not about this patient: "a value of 48
    mmol/mol or above is consistent with a diagnosis of diabetes"."""
    return _GENERAL.search(text) is not None


def _names(text: str) -> Iterator[tuple[str, str | None, int, int]]:
    """(name to store, code, start, end) of every exact vocabulary hit, left to right.

    An abbreviation is stored with what it stands for: "Obstructive sleep apnea (OSA)".
    """
    for match, start, end in CONDITION_INDEX.scan_all(text, max_words=5):
        written = text[start:end]
        # Exact after folding spaces is not exact: "Call us" is no "Callus".
        if match.score >= 1.0 and _tokens(written) == _tokens(match.spelling):
            if written.isupper() and len(written) <= 5:
                written = f"{match.concept.name} ({written})"
            yield written, match.concept.code, start, end


_TOKEN = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def _tokens(text: str) -> int:
    return len(_TOKEN.findall(text.lower()))


def _box_unticked(text: str, start: int) -> bool:
    """Whether the nearest box before ``text[start:]`` is empty."""
    last: re.Match[str] | None = None
    for box in _BOX.finditer(text, 0, start):
        last = box
    if last is None:
        return False
    return not (last.group(1) or last.group(2) in ("☒", "☑"))


#: What an image showed is a finding, not a diagnosis: "Bedside ultrasound: mild left
#: hydronephrosis", "CT KUB: 5 mm calculus with upstream hydronephrosis".
_IMAGING_LABEL = re.compile(
    r"\b(?:(?:bedside |renal |abdominal |pelvic )?ultrasound|USS?|CT(?:\s+[A-Z]{2,5})?|MRI|"
    r"X-?ray|XR|CXR|echo(?:cardiogram)?|imaging|scan)\s*:[^.;]*$",
    re.I,
)


#: "CAP 338 dB/m" (a liver scan's attenuation parameter), "CAP Girona 3" (a Catalan primary
#: care centre): "CAP" before a number or a name is no pneumonia.
_CAP_IS_NO_PNEUMONIA = re.compile(r"\s+(?:\d|[A-Z][a-z])")


def not_a_diagnosis(text: str, start: int, end: int) -> bool:
    """Whether the condition named at ``text[start:end]`` is not one the patient has: a
    vaccine ("Influenza vaccine due"), a screen, a service, an unticked box, a risk, a
    finding on an image."""
    return bool(
        _box_unticked(text, start)
        or (text[start:end] == "CAP" and _CAP_IS_NO_PNEUMONIA.match(text[end:]))
        or _NOT_A_DIAGNOSIS_AFTER.search(text[end:])
        or _NOT_A_DIAGNOSIS_BEFORE.search(text[:start])
        or _VACCINE_AFTER.match(fold(text[end:]))
        or _VACCINE_BEFORE.search(fold(text[:start]))
        or _reaction_in_brackets(text, start, end)
        or _vaccine_in_brackets_after(text[end:])
        or _IMAGING_LABEL.search(text[:start])
        or (_STATE_CODE.fullmatch(text[start:end]) and _ZIP_CODE.match(text[end:]))
    )


#: "Detroit, MI 48206": a US state's code before its ZIP code, never a diagnosis ("MI", "PA").
_STATE_CODE = re.compile(r"[A-Z]{2}")
_ZIP_CODE = re.compile(r"\s*\d{5}(?:-\d{4})?\b")


#: A form's question with its Yes / No boxes ("Heart disease  Yes X No", "Asthma or chest
#: disease  Yes No"): unless Yes is ticked ("Diabetes  X Yes  No  Type 2 since 2019"), the
#: question's words are no statement (No was ticked, or OCR lost the tick).
_TICK = r"[xX✓✔☒☑■冈]"  # ("冈" is how OCR reads a ticked box)
_YES_NO = re.compile(rf"\byes\s*(?:[/|]|{_TICK})?\s*no\b", re.IGNORECASE)
_YES_TICKED = re.compile(rf"{_TICK}\s*yes\b", re.IGNORECASE)


def _unanswered_question(text: str) -> bool:
    return _YES_NO.search(text) is not None and _YES_TICKED.search(text) is None


def _readable(scope: LineScope) -> bool:
    return not (
        _unanswered_question(scope.text)
        or scope.context.assertion in ("family", "negated", "hypothetical")
        or scope.context.unclear_box
        or scope.section in _OTHER_SECTIONS
        or _DEMOGRAPHICS.search(scope.text)
        or _TABLE_ROW.search(scope.text)
        or LAB_COMMENT.match(scope.text)
        or not _PROSE.search(scope.text)
    )


#: A laboratory's comment on its results ("Comment: consistent with iron deficiency") reads
#: the numbers; it diagnoses no one.
LAB_COMMENT = re.compile(
    r"^\s*(?:lab(?:oratory)?\s+)?(?:comments?|interpretation|remarks?)\s*(?:\([^)]*\)\s*)?:",
    re.I,
)


def prose_conditions(
    pages: Sequence[PageText],
    scopes: dict[tuple[int, str], list[LineScope]],
    *,
    lines_taken: Collection[tuple[int, str]],
    codes_taken: Collection[str],
    names_taken: Collection[str] = (),
) -> list[Condition]:
    """Conditions named in prose lines no other reader used, one per ICD-10 category, and
    none that a listed one already names ("rhinitis" beside "Allergic rhinitis")."""
    found: list[Condition] = []
    seen = {code[:3] for code in codes_taken}
    listed = [_words(name) for name in names_taken]
    in_leaflet = False
    for page in pages:
        if page.status != "ok":
            continue
        for line in page.lines:
            if in_leaflet or _LEAFLET_TITLE.search(line.text):
                in_leaflet = True
                continue
            digest = hashlib.sha256(line.text.encode("utf-8")).hexdigest()
            key = (page.page_number, digest)
            if key in lines_taken or key not in scopes:
                continue
            scope = scopes[key][0]
            if not _readable(scope):
                continue
            # The sentence around the line: what wraps in from above and on below.
            offset = len(scope.lead) + 1 if scope.lead else 0
            text = f"{scope.lead} {scope.text}" if scope.lead else scope.text
            text = f"{text} {scope.follow}" if scope.follow else text
            if general_statement(text):
                continue
            for written, code, start, end in _names(scope.text):
                start, end = start + offset, end + offset
                if code is None or symptom(written, code) or code[:3] in seen:
                    continue
                if any(_words(written) <= words for words in listed):
                    continue
                if not_a_diagnosis(text, start, end):
                    continue
                own = span_context(text, start, end)
                merged = scope.context.merged(own)
                assertion = merged.assertion
                if merged.leaflet or assertion not in ("present", "historical"):
                    continue
                seen.add(code[:3])
                resolved = _RESOLVED.search(text[end : end + _AFTER_NAME]) or _OPERATED.match(
                    text[end:]
                )
                status = (
                    "resolved" if resolved else "history" if assertion == "historical" else None
                )
                if resolved and assertion == "present":
                    assertion = "historical"  # over: off the current problem list
                found.append(
                    Condition(
                        name=written,
                        icd10_code=code,
                        status=status,
                        assertion=assertion,
                        confidence=PROSE_CONFIDENCE,
                        source=SourceRef(
                            page=page.page_number, bbox=line.bbox, line_text_sha256=digest
                        ),
                    )
                )
    return found
