"""Pass 1: walk every line of every page and mark the clinically relevant spans.

Each line is read in the context of the section it sits in (a "DISCHARGE
MEDICATIONS" header makes the lines below it medication candidates). A line
may yield several entities (a vitals line with BP, HR and SpO2), and a "Sig:"
line is folded into the medication above it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from adapters.extractors.offline import (
    allergies,
    conditions,
    fields,
    immunizations,
    labs,
    medications,
    prose_labs,
    stopped_mentions,
    vitals,
)
from adapters.extractors.offline.analyte_columns import AnalyteColumns
from adapters.extractors.offline.checkboxes import AnswerColumns
from adapters.extractors.offline.context import (
    CHECKBOX,
    NO_CONTEXT,
    Context,
    ScopeTracker,
    heading_context,
    is_leaflet,
    span_context,
)
from adapters.extractors.offline.dose_columns import DoseColumns
from adapters.extractors.offline.lab_lexicon import URINE_WORDS
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import SURE_SCORE
from adapters.extractors.offline.patterns import (
    BRACKETED,
    DOSE,
    ICD10,
    LAB_UNIT,
    SENTENCE_BREAK,
    SIG_LINE,
    plain_powers,
)
from adapters.extractors.offline.previous_column import PreviousColumn
from adapters.extractors.offline.prose_conditions import (
    LAB_COMMENT,
    TEST_WORDS,
    general_statement,
    not_a_diagnosis,
    symptom,
)
from adapters.extractors.offline.sections import (
    SectionStart,
    detect_section,
    furniture_key,
    heading_date_text,
    reading_section,
    repeated_lines,
)
from adapters.extractors.offline.values import DateOrder, first_date, parse_dates
from adapters.extractors.offline.vital_columns import (
    VitalColumns,
    plain_units,
    repeated_readings,
)
from pipeline.clinical import bounds
from pipeline.clinical.schema import Entity, EntityType, SourceRef
from pipeline.ports import PageText, TextLine

#: Header lines at the top of the first page are where a facility name sits.
_FACILITY_LOOKOUT_LINES = 4
#: A prescription's "Sig:" line, which gives directions only.
_SIG = re.compile(r"^\s*sig\s*[:.]", re.IGNORECASE)
#: A "Sig:" line belongs to a medication at most this many lines above it.
_SIG_REACH = 2
_NO_CONTEXT_SECTIONS = frozenset({None, "other", "vitals"})
# "LABORATORY REPORT" names the document, not the laboratory.
_DOCUMENT_TITLE = re.compile(
    r"\b(?:report|record|summary|results?|prescription|card|form)\b", re.IGNORECASE
)
# Where one line lists several items: "metformin 500 mg bd and atorvastatin 20 mg nocte".
_LIST_SPLIT = re.compile(
    r"\s*(?:[,;]|(?<!\d)\.(?=\s)|\band\b|&|\bplus\b|\bas well as\b|\bor\b)\s*", re.I
)
_COMMA_SPLIT = re.compile(r"\s*[,;]\s*")
_DASH_LIST = re.compile(r"\s+[\u2013\u2014]\s+")
# Prose that states a diagnosis; only such lines are scanned for lexicon conditions.
_PROSE_CONDITION_CUE = re.compile(
    r"\b(?:history of|h/o|hx of|background of|known|diagnosed with|diagnosis of|pmh|fhx?|"
    r"k/c/o|known case of|c/o|"
    r"family history|suffers? from|denies|no evidence of|rule out|r/o|presents? with|"
    r"presented with|admitted with|treated for|mother|father|sister|brother|"
    r"background (?:is|includes)|(?:past |medical )?history includes|comorbidities|"
    r"(?:year[- ]old|gentleman|man|woman|lady|patient)(?:\s+[a-z]+){0,2}\s+with)\b"
    r"|\?\s?[A-Za-z]",
    re.IGNORECASE,
)
# "... <50 copies/mL (suppressed). CD4 612 cells/µL.": a sentence stop joins results too
_PROSE_JOINS = re.compile(r"[;]|,\s|->|→|\band\b|\bthen\b|[.)]\.?\s+(?=[A-Z])", re.IGNORECASE)
# (an assessment's items may be bulleted too: "• Tension-type headache")
_NUMBERED_PROBLEM = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[•·▪◦])\s+(?P<head>[A-Za-z][^:;,.(\u2013]{2,60}?)"
    r"\s*(?:\s[-\u2013]\s|[:;,.(\u2013]|$)"
)
_NAMES_A_TEST = re.compile(rf"\s*(?:{TEST_WORDS}|screen\w*|test\w*)\b", re.IGNORECASE)
_INLINE_ALLERGIES = re.compile(
    r"(?<=[.;])\s+(?:(?:drug\s+)?allerg(?:y|ies)|"
    # other languages' labels inside a sentence: "Allergiat:", "Alergji:", "CAVE:",
    # Hungarian "Gyógyszerérzékenység:"
    r"allergi\w*|alergi\w*|alergj\w*|cave|gy[oó]gyszer(?:[ée]rz[ée]kenys[ée]g|allergia)|"
    # Polish "Uczulenia:", Swedish and Danish "Överkänslighet:", "Overfølsomhed:"
    r"uczuleni[ae]|[öo]verk[äa]nslighet|overf[øo]lsomhed)"
    r"\s*:\s*(?P<list>[^.]+)",
    re.IGNORECASE,
)
_LEADING_BRACKET = re.compile(r"^\([^()]*\)\s*,?\s*")
_ALLERGY_CHECKBOX = re.compile(r"\ballerg", re.IGNORECASE)
_STARTS_WITH_STRENGTH = re.compile(rf"^\s*(?:{DOSE.pattern})", re.IGNORECASE)


@dataclass(slots=True)
class _Span:
    entity_type: EntityType
    text: str
    confidence: float


@dataclass(slots=True)
class _Draft:
    entity_type: EntityType
    text: str
    confidence: float
    page: int
    lines: list[TextLine] = field(default_factory=list)


def _score(base: float, match_score: float | None = None) -> float:
    return base * (match_score if match_score is not None else 1.0)


_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def _field_spans(text: str) -> tuple[list[_Span], bool]:
    """Labelled fields on the line, and whether the line is a header/identity line."""
    hits = fields.find_fields(text)
    spans: list[_Span] = []
    for hit in hits:
        if hit.entity_type == "phi":
            continue
        if hit.entity_type == "date_of_service" and first_date(hit.value) is None:
            continue
        span_text = text[hit.start : hit.end].strip()
        if hit.entity_type == "date_of_service" and (
            numeric := _NUMERIC_DATE.match(hit.value.lstrip())
        ):
            # Only the date: the rest of a header line ("- SMITH, JOHN (DOB …)") is not it.
            span_text = f"{hit.label}: {numeric.group(0)}"
        spans.append(_Span(hit.entity_type, span_text, 0.95 - 0.05 * hit.rank))
    return spans, bool(hits) and hits[0].start <= 2


# "Heart rate  /min  82  76": a C-CDA vitals table prints the unit before the readings, and
# a child's growth chart its dates in a row above "Weight (kg)  3.2  4.9".
_UNIT_FIRST = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s+\(?(?P<unit>mmHg|/min|bpm|°[FC]|%|lbs?|in|cm|kg/m2|kg|"
    r"(?:beats|breaths)\s*(?:/|per)\s*min|per\s+min)"
    r"\)?\s+(?P<first>\d{1,3}(?:\.\d{1,2})?(?:/\d{2,3})?)(?=\s|$)"
)


_GLOSS = re.compile(r"\s*\([A-Za-z]+(?:\s+[A-Za-z]+)+\)")  # words, not a unit ("(kg)")


#: Two measurements under one slashed label: "Weight / height: 84 kg / 171 cm".
_PAIRED_LABELS = re.compile(
    r"\b(?P<a>weight|wt|height|ht|temp|temperature|pulse|hr|rr|spo2)\s*/\s*"
    r"(?P<b>weight|wt|height|ht|temp|temperature|pulse|hr|rr|spo2)\s*:?\s*"
    r"(?P<x>\d+(?:\.\d+)?\s*(?:kg|cm|m|°?[CF]|bpm|/min|%)?)\s*/\s*"
    r"(?P<y>\d+(?:\.\d+)?\s*(?:kg|cm|m|°?[CF]|bpm|/min|%)?)(?!\d)",
    re.IGNORECASE,
)


def _vital_spans(text: str, section: str | None) -> list[_Span]:
    text = plain_units(text)
    text = _PAIRED_LABELS.sub(r"\g<a> \g<x> \g<b> \g<y>", text)
    if section == "vitals":
        text = _GLOSS.sub(" ", text)  # "BMI (Body Mass Index) 34.2 kg/m2"
    unit_first = _UNIT_FIRST.match(text) if section == "vitals" else None
    if unit_first is not None:
        text = _UNIT_FIRST.sub(r"\g<label> \g<first> \g<unit>", text)
    found = vitals.find_vitals(text)
    if section == "vitals" or len(found) >= 2:
        found = vitals.find_vitals(text, allow_short_labels=True)
    spans = [_Span("vital", hit.labelled(text), 0.9) for hit in found]
    if section == "vitals" and len(found) == 1:
        # "Heart rate  72 /min  88 /min" under date columns: one reading per column.
        spans.extend(
            _Span("vital", reading, 0.85)
            for reading in repeated_readings(
                found[0].kind,
                text[found[0].end :],
                unit_first.group("unit") if unit_first else None,
            )
        )
    return spans


# "Known allergies: [X] Yes [ ] No - Sulphonamides (rash)": the list follows the answer.
_TICKED_BOX = r"(?:\[\s*[xX✓✔]\s*\]|[☒☑])"
_EMPTY_BOX = r"(?:\[\s*\]|☐)"
_ANSWERED_YES_LIST = re.compile(
    r"^(?:[^\[\]☐☒☑]*allerg[^\[\]☐☒☑]*)?"
    # the box before its answer ("[X] Yes [ ] No - ...") or after it ("Yes ☒ No ☐ ...")
    rf"(?:{_TICKED_BOX}\s*yes\s*{_EMPTY_BOX}\s*no\s*[-:\u2013]|"
    rf"yes\s*{_TICKED_BOX}\s*no\s*{_EMPTY_BOX}\s*[-:\u2013]?)\s*"
    r"(?P<list>.+)$",
    re.IGNORECASE,
)


def _allergy_spans(text: str) -> list[_Span]:
    answered = _ANSWERED_YES_LIST.match(text)
    body = answered.group("list") if answered else allergies.strip_label(text)
    spans: list[_Span] = []
    for start, end in allergies.split_allergy_list(body):
        piece = body[start:end].strip()
        if allergies.NO_KNOWN_ALLERGIES.search(piece) and not CHECKBOX.search(piece):
            continue  # "Codeine (nausea); NKFA": no food allergies, the codeine one stands
        if allergies.parse_allergy(piece) is not None:
            spans.append(_Span("allergy", piece, 0.85))
    return spans


def _split_known(
    text: str, is_known: Callable[[str], bool], splitter: re.Pattern[str] = _LIST_SPLIT
) -> list[str]:
    """``text`` cut into items at list separators when two or more parts are known items.

    Parts that are not items themselves ("one tablet twice daily", "diet controlled")
    stay with the item before them; words before the first item go with it.
    """
    # "Oct 22, 2024": the comma of a written date separates no items.
    dates = [(d.start, d.end) for d in parse_dates(text)]
    cuts = [
        m
        for m in splitter.finditer(text)
        if m.start() > 0 and not any(a <= m.start() < b for a, b in dates)
    ]
    if not cuts:
        return [text]
    bounds = [0, *(m.start() for m in cuts), len(text)]
    starts = [0, *(m.end() for m in cuts)]
    groups: list[list[int]] = []  # [start, end, holds an item]
    for index, start in enumerate(starts):
        end = bounds[index + 1]
        known = is_known(text[start:end])
        if not groups or (known and groups[-1][2]):
            groups.append([start, end, int(known)])
        else:
            groups[-1][1] = end
            groups[-1][2] |= int(known)
    if sum(group[2] for group in groups) < 2:
        return [text]
    return [text[group[0] : group[1]].strip() for group in groups]


def _known_condition(text: str) -> bool:
    row = conditions.parse_condition(text)
    if row is not None and row.match is not None and row.match.score >= SURE_SCORE:
        return True
    # "gallstones (US 2024)", "colelitiasis (USG 2024)": a bracketed note after a sure name
    bare = _TRAILING_NOTE.sub("", text)
    row = conditions.parse_condition(bare) if bare != text and bare.strip() else None
    return row is not None and row.match is not None and row.match.score >= SURE_SCORE


_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


#: After a bracketed code, a line may go on to its next coded problem: "Acute gastroenteritis
#: (A09) with moderate dehydration (E86.0). 2. Diabetes - ...".
_AFTER_CODE = re.compile(
    rf"(?<=\(){ICD10.pattern}\)\s*[.,]?\s+(?:with\s+|and\s+|\d{{1,2}}[.)]\s+)?", ICD10.flags
)


def _coded_pieces(part: str) -> list[str]:
    if len(ICD10.findall(part)) < 2:
        return [part]
    pieces, start = [], 0
    for found in _AFTER_CODE.finditer(part):
        code_end = part.index(")", found.start()) + 1
        pieces.append(part[start:code_end])
        start = found.end()
    pieces.append(part[start:])
    return [piece for piece in pieces if piece.strip()]


#: "Acute kidney injury on chronic kidney disease stage 3b", "AKI on a background of CKD":
#: an acute problem on a chronic one, two problems.
_ACUTE_ON_CHRONIC = re.compile(r"\s+on\s+(?:a\s+)?(?:background\s+of\s+)?", re.IGNORECASE)


def _acute_on_chronic(item: str) -> list[str]:
    cut = _ACUTE_ON_CHRONIC.search(item)
    if cut is None:
        return [item]
    acute, chronic = item[: cut.start()], item[cut.end() :]
    # The chronic one must be a whole name: in "AKI on CKD (pre-renal) Resolved during
    # admission" the bracket and the status are the acute one's, so the item stays whole.
    whole = conditions.CONDITION_INDEX.lookup(chronic.strip(" .,"), fuzzy=False)
    if whole is not None and whole.score >= SURE_SCORE and _known_condition(acute):
        return [acute, chronic]
    return [item]


# "1. Acute tonsillitis. 2. Asthma - stable.": several numbered problems on one line.
_NUMBERED_ITEM = re.compile(r"\n|(?<=[.)])\s+(?=\d{1,2}[.)]\s+[A-Z])")


#: A sentence's end inside a list item: "artrosis de rodillas. Intervenida de cataratas".
_SENTENCE_END = re.compile(r"(?<=[^\W_)])\.\s+(?=[A-ZÀ-Þ][a-zà-ÿ])")
_MIN_TAIL_WORDS = 3


def _known_sentences(item: str) -> list[str]:
    """The sentences of an item that name known conditions, when it runs over several
    ("desde 2020. Niega asma bronquial. Apendicectomía a los 20 años."); the item whole
    when none does, or when only its first does and the rest is short ("Hypertension.
    Stable." keeps its status)."""
    sentences = [part for part in _SENTENCE_END.split(item) if part.strip()]
    if len(sentences) < 2:
        return [item]
    known = [sentence for sentence in sentences if _known_condition(sentence)]
    rest = [sentence for sentence in sentences if sentence not in known]
    if not known or (
        known == sentences[:1] and all(len(s.split()) < _MIN_TAIL_WORDS for s in rest)
    ):
        return [item]
    return known


def _condition_spans(text: str, section: str | None) -> list[_Span]:
    pieces = [
        item
        for part in _NUMBERED_ITEM.split(text.replace(";", "\n"))
        if part.strip()
        for coded in _coded_pieces(part)
        for listed in _split_known(coded, _known_condition)
        # "Voorkamerfibrillatie - Hartfalen - Osteoporose": a list strung on dashes
        for known in _split_known(listed, _known_condition, _DASH_LIST)
        for item in _acute_on_chronic(known)
    ]
    spans: list[_Span] = []
    for piece in (sentence for item in pieces for sentence in _known_sentences(item)):
        row = conditions.parse_condition(piece)
        if row is None or (section != "conditions" and row.icd10_code is None):
            continue
        score = row.match.score if row.match else None
        base = 0.9 if row.icd10_code else 0.75
        spans.append(_Span("condition", piece.strip(), _score(base, score)))
    return spans


def _lexicon_condition_spans(text: str) -> list[_Span]:
    """Conditions the lexicon is sure of, named in prose or a family-history line."""
    spans: list[_Span] = []
    if general_statement(text):
        return spans
    for part in _LIST_SPLIT.split(text):
        for sentence in re.split(r"(?<!\d)\.(?!\d)", part):
            rest, offset = sentence, 0
            while rest.strip() and (scanned := conditions.CONDITION_INDEX.scan(rest)) is not None:
                match, start, end = scanned
                words = rest[start:end]
                rest, offset = rest[end:], offset + end
                # Short abbreviations ("AF", "MI") count only written in capitals.
                if match.score < SURE_SCORE or (len(words) <= 3 and not words.isupper()):
                    continue
                if symptom(words, match.concept.code) and (
                    span_context(sentence, offset - len(words), offset).assertion != "negated"
                ):
                    continue  # "presented with pleuritic chest pain" (but "denies chest pain")
                if _NAMES_A_TEST.match(rest) or not_a_diagnosis(
                    sentence, offset - len(words), offset
                ):
                    continue  # "Varicella IgG: Positive (immune)" is a test result
                # "Malaria 2023 - treated": the span keeps what says it is over
                over = _OVER_AFTER.match(rest)
                spans.append(
                    _Span("condition", words + (over.group(0) if over else ""), 0.8 * match.score)
                )
    return spans


_OVER_AFTER = re.compile(
    r"\s*(?:\(?(?:19|20)\d{2}\)?\s*)?[-\u2013,]?\s*(?:treated|cured|resolved)\b"
    r"(?!\s+(?:with|by|on|for))",
    re.IGNORECASE,
)


def _known_medication(text: str) -> bool:
    row = medications.parse_medication(text)
    return row is not None and row.match is not None and row.match.score >= 0.9


def _medication_spans(text: str, section: str | None) -> list[_Span]:
    """One span per medication on the line (prose and lists name several)."""
    strengths = medications.strengths(text)  # "75 micrograms" and "20 mmol" too
    if text.lstrip().startswith("(") and not strengths:
        return []  # a table cell's wrapped rest: "(tds) diclofenac" after "... instead of"
    # ("Omeprazole 20 mg daily, Salbutamol inhaler as needed": one of them may have no
    # strength; with one strength only a comma parts them: "Coversyl Plus (perindopril/
    # indapamide) 5/1.25 mg" is one product)
    pieces = (
        _split_known(text, _known_medication, _COMMA_SPLIT if len(strengths) == 1 else _LIST_SPLIT)
        if strengths
        else [text]
    )
    if len(pieces) == 1:
        # "He stopped his diclofenac two weeks ago. I have started ferrous sulphate 325",
        # "Microgynon 30 1 tab daily; sertraline 50 mg mane": each sentence or item of a
        # list speaks of its own drug
        parts = [p for p in SENTENCE_BREAK.split(text) for p in p.split(";") if p.strip()]
        named = sum(_names_a_drug(part) for part in parts)
        # ("Enap 10 mg ertalab; Metformin 1000 mg ...": a brand we do not know, with its own
        # strength, is an item of its own all the same)
        if named >= 2 or (
            named and len(parts) >= 2 and all(medications.strengths(part) for part in parts)
        ):
            pieces = parts
    found = [span for piece in pieces if (span := _medication_span(piece, section)) is not None]
    spoken = {
        row.match.concept.name
        for span in found
        if (row := medications.parse_medication(span.text)) is not None and row.match is not None
    }
    return found + [
        _Span("medication", piece, confidence)
        for piece, confidence in stopped_mentions.stopped_beside(text, spoken)
    ]


def _dangling_drug(text: str) -> str:
    """A known drug name that ends a line without its strength ("... and ramipril")."""
    tail = _LIST_SPLIT.split(text)[-1].strip()
    words = tail.split()[-3:]
    if not words or not words[-1].isalpha():  # a sentence or a dose ends the line
        return ""
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[-size:])
        row = medications.parse_medication(candidate)
        if row is not None and row.dose is None and row.match and row.match.score >= SURE_SCORE:
            return candidate
    return ""


def _names_a_drug(text: str) -> bool:
    return medications.MEDICATION_INDEX.scan(text) is not None


def _medication_span(text: str, section: str | None) -> _Span | None:
    prescribed = re.match(r"^\s*(?:rx|℞)\b", text, re.IGNORECASE) is not None
    in_list = section == "medications" or prescribed
    row = medications.parse_medication(text, require_known=not in_list)
    if row is None:
        return None
    # Prose mentions drugs without a strength ("treated with oral azithromycin"); a list
    # entry may leave it out only when it gives route or frequency, and a sentence only when
    # it stops or holds the drug ("warfarin was stopped"): the record learns it is over.
    # A prescription's "Rx" item names a known drug; its "Sig:" line below gives the dose
    # ("Rx NovoRapid 100 units/mL FlexPen" + "Sig: 6 units tds").
    if row.dose is None and not (
        (in_list and row.match and (row.route or row.frequency))
        or (prescribed and row.match is not None)
        or stopped_mentions.stops_drug(text, row)
    ):
        return None
    base = 0.9 if row.match else 0.7
    return _Span("medication", text.strip(), _score(base, row.match.score if row.match else None))


def _lab_span(text: str, section: str | None) -> _Span | None:
    if labs.is_legend(text):
        return None
    if section == "labs":
        row = labs.parse_lab_row(text, require_known=False) or labs.parse_qualitative_row(text)
    else:
        row = labs.parse_lab_row(text)
        if row is not None and row.unit is None and row.reference_text is None:
            row = None
    if row is None:
        return None
    base = 0.9 if row.match else 0.7
    return _Span("lab", text.strip(), _score(base, row.match.score if row.match else None))


def _coded_result_span(text: str) -> _Span | None:
    """A results table's row of a known test with its unit (a drug's name can be a test's)."""
    row = labs.parse_lab_row(text)
    if row is None or row.match is None or row.unit is None or labs.is_legend(text):
        return None
    return _Span("lab", text.strip(), _score(0.9, row.match.score))


def _prose_lab_spans(text: str) -> list[_Span]:
    """Results named in a sentence, each as a row of its own (known tests only)."""
    if labs.is_legend(text):
        return []
    return [_Span("lab", row, 0.8) for row in prose_labs.find_prose_labs(text)]


_GIVEN_NOW = re.compile(
    r"\b(?:given|administered|received)\s+(?:today|this visit|at this (?:visit|encounter))\b|"
    # "In clinic today she received Shingrix dose 1", "received a Tdap booster (Adacel) in
    # the office today": one sentence says the dose and that it was given at this visit
    r"\btoday,?\s+(?:she|he|they|the patient|patient)\s+(?:received|was given|had)\b|"
    r"\b(?:received|was given)\b[^.;]{1,60}?\b(?:in (?:the )?(?:clinic|office|surgery)\s+)?today\b|"
    r"\bibinigay ngayon\b",  # Tagalog: given today
    re.IGNORECASE,
)


def _immunization_span(text: str, section: str | None, *, given_now: bool = False) -> _Span | None:
    row = immunizations.parse_immunization(text, require_known=section != "immunizations")
    if row is None:
        return None
    has_detail = row.administered_on or row.lot_number or row.dose_number is not None
    # Outside a vaccine list a row needs a date, or to say it was given at this visit.
    given_now = given_now or _GIVEN_NOW.search(text) is not None
    if not (has_detail or given_now) or (
        section != "immunizations" and row.administered_on is None and not given_now
    ):
        return None
    base = 0.9 if row.match else 0.7
    return _Span("immunization", text.strip(), _score(base, row.match.score if row.match else None))


def _given_now_spans(text: str, section: str | None) -> list[_Span]:
    """The doses a sentence says were given at this visit, one per vaccine it names: "In
    clinic today she received Shingrix dose 1 (lot 7G2KM) and PCV20 (Prevnar 20, lot
    LP3391)" gives Shingrix and PCV20, each marked as given today."""
    sentence = next((s for s in SENTENCE_BREAK.split(text) if _GIVEN_NOW.search(s)), text)
    # (a brand in brackets after its vaccine names the same dose: "PCV20 (Prevnar 20, ...)")
    mentions = [
        (start, end)
        for _found, start, end in immunizations.VACCINE_INDEX.scan_all(sentence)
        if sentence.count("(", 0, start) == sentence.count(")", 0, start)
    ]
    # A second vaccine is a second dose only when the sentence joins it on ("... and
    # PCV20"); after a colon it names the first ("Influenza vaccine given today: Influvac").
    starts = [
        start
        for index, (start, _end) in enumerate(mentions)
        if index == 0 or _JOINS_DOSES.search(sentence[mentions[index - 1][1] : start])
    ]
    if not starts:
        shot = _immunization_span(text, section)
        return [shot] if shot is not None else []
    pieces = [sentence[a:b] for a, b in zip(starts, [*starts[1:], len(sentence)], strict=True)]
    spans = [
        _immunization_span(_PIECE_END.sub("", piece), section, given_now=True) for piece in pieces
    ]
    return [span for span in spans if span is not None]


#: What joins two doses named in one sentence ("... (lot 7G2KM) and PCV20").
_JOINS_DOSES = re.compile(r"^[^:]*(?:\band\b|\bplus\b|&|,|;)[^:]*$", re.IGNORECASE)
#: What joins one vaccine's words to the next's: "... (lot 7G2KM) and".
_PIECE_END = re.compile(r"[\s,;.]*(?:\band\b|\bplus\b|&)?[\s,;.]*$", re.IGNORECASE)


# An age cell of a child's schedule ("6 weeks", "12 months") is not a dose number.
_AGE_CELL = re.compile(
    r"(?<![\d/.-])\d{1,2}\s*(?:weeks?|wks?|months?|mths?|mo|years?|yrs?)\b(?:\s+old)?", re.I
)


_LEADING_DATE_CELLS = re.compile(r"^[\d/.\-\s]+")


def _known_vaccine(text: str) -> bool:
    """A part of a list that opens with a vaccine's name ("Prevenar 13"), not a sentence
    that mentions one ("His pneumococcal vaccine is still") or a qualifier ("mRNA (...)")."""
    row = immunizations.parse_immunization(text, require_known=True)
    if row is None or row.match is None or row.match.score < SURE_SCORE:
        return False
    first = row.match.spelling.lower().split()[0]
    return _LEADING_DATE_CELLS.sub("", text).lower().startswith(first)


_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)])(?<!\s\d)\.\s+(?=[A-Z])")  # (not "A 1. Dosis")


def _sentences(text: str) -> list[str]:
    """The sentences of a line, but a product column after a date is no sentence of its own
    (``immunizations.product_column``)."""
    pieces: list[str] = []
    start = 0
    for found in _SENTENCE_BREAK.finditer(text):
        if immunizations.product_column(text[: found.start() + 1], text[found.end() :]):
            continue
        pieces.append(text[start : found.start()])
        start = found.end()
    return [*pieces, text[start:]]


#: Where the next labelled, dated field of a line starts: " Tetanus booster: 03/06/2011".
_NEXT_DATED_LABEL = re.compile(r"\s+(?=[A-Z][A-Za-z -]{1,30}:\s*\d)")


def _immunization_spans(text: str, section: str | None) -> list[_Span]:
    """One span per vaccine: "12/03/2025 6 weeks Infanrix hexa, Prevenar 13, Rotarix" gave
    three vaccines that day."""
    text = _AGE_CELL.sub(" ", text).replace(" + ", ", ")
    sentences = _sentences(text)
    if len(sentences) > 1:
        # "influenza vaccine 10/14/2024. No record of hepatitis B vaccination": a date
        # belongs to its own sentence's vaccines
        return [span for sentence in sentences for span in _immunization_spans(sentence, section)]
    parts = _split_known(text, _known_vaccine)
    labelled = len(parts) == 1
    if labelled:
        # "Flu jab: 17/10/2024 (Boots) Tetanus booster: 03/06/2011": two labelled fields,
        # each with its own date ("Shingrix: 2 doses - 2022" takes none from the other)
        fields = _split_known(text, _known_vaccine, _NEXT_DATED_LABEL)
        dated = [field for field in fields if _NUMERIC_DATE.search(field)]
        parts = dated if len(fields) > 1 and dated else parts
    found = _NUMERIC_DATE.search(text)
    if len(parts) > 1 and found is not None and not labelled:
        parts = [p if _NUMERIC_DATE.search(p) else f"{p} {found.group(0)}" for p in parts]
    spans = [_immunization_span(part, section) for part in parts]
    return [span for span in spans if span is not None]


#: A result in words (those the gate knows), which makes a line a row, never a title.
_WORD_RESULT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(bounds.QUALITATIVE | bounds.LOCAL_QUALITATIVE, key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def _prose_dose_spans(text: str, section: str | None) -> list[_Span]:
    """The doses a sentence dates, one per vaccine: "Influenza vaccine given 22/04/2025 and
    COVID-19 booster 12/05/2025" gives two, each with its own date (a sentence lends no
    date to a vaccine it names without one, as a card's row does)."""
    parts = _split_known(text, _known_vaccine)
    if len(parts) < 2 or sum(_NUMERIC_DATE.search(part) is not None for part in parts) < 2:
        single = _immunization_span(text, section)
        return [single] if single is not None else []
    spans = [_immunization_span(part, section) for part in parts]
    return [span for span in spans if span is not None]


def _dangling_vaccine(text: str, following: str) -> str:
    """A vaccine that ends a line's sentence while its dose's date opens the next line
    ("... BMI 25.8. Influenza vaccine" / "given 22/04/2025 and ...")."""
    if not _DATE_OPENS.match(following):
        return ""
    tail = _SENTENCE_BREAK.split(text)[-1].strip()
    return tail if tail != text.strip() and _known_vaccine(tail) else ""


#: What opens a line that goes on with the date of a dose named above it.
_DATE_OPENS = re.compile(r"^\s*(?:(?:given|administered|received)\s+(?:on\s+)?)?\d{1,2}[/.]\d")


def _medicine_row(text: str) -> bool:
    """A known medicine with its strength ("Cefuroxim 500 mg tbl.")."""
    row = medications.parse_medication(text, require_known=True)
    return row is not None and row.dose is not None


def _dosed_medicine_row(text: str) -> bool:
    """A known medicine with its strength in a dose's unit, and no result on the line: a
    medicines table's row, never an allergy list's ("Aspirin  Bronchospasm  HbA1c 8.2 %"
    is two tables side by side)."""
    row = medications.parse_medication(text, require_known=True)
    return (
        row is not None
        and row.dose is not None
        and bounds.is_dose_unit(row.unit)  # "2,5 mg", "75 mikrog", never "8.2 %"
        and not _prose_lab_spans(text)
    )


_MAX_ALLERGY_LIST_WORDS = 14


def _is_allergy_line(text: str, section: str | None) -> bool:
    if section == "allergies":
        # A paragraph of prose under an unrecognised heading is not an allergy list.
        return len(text.split()) <= _MAX_ALLERGY_LIST_WORDS or "allerg" in text.lower()
    if allergies.ALLERGIC_TO.search(text):  # "reports an allergy to iodinated contrast"
        return not is_leaflet(text)
    if allergies.ALLERGY_TO.match(text):  # "Alergia a amoxicilina (urticaria) y a marisco"
        return True
    # "Latex allergy: [ ] Yes [X] No": a checkbox answers for the substance before it.
    return bool(CHECKBOX.search(text) and _ALLERGY_CHECKBOX.search(text))


def _result_with_date_field(text: str) -> str | None:
    """ "Hb: 10.8 g/dL (14/03/2025)" for a line whose only field is a trailing date; None
    otherwise."""
    hits = [hit for hit in fields.find_fields(text) if hit.entity_type != "phi"]
    if len(hits) != 1 or hits[0].entity_type != "date_of_service":
        return None
    before = text[: hits[0].start].rstrip(" .;,")
    numeric = _NUMERIC_DATE.match(hits[0].value.lstrip())
    if numeric is None or len(before) < 2:
        return None
    return f"{before} ({numeric.group(0)})"


def classify_line(text: str, section: str | None, scope: Context = NO_CONTEXT) -> list[_Span]:
    """The entities on one line (its section header already removed).

    ``scope`` is the context its heading gives ("Family history:"), which lets a
    line name conditions it would not be read for otherwise.
    """
    spans, is_field_line = _field_spans(text)
    if spans and not is_field_line and (dated := _result_with_date_field(text)):
        # "Hb: 10.8 g/dL  Date: 14/03/2025": a card's result and the day it was taken.
        return [*classify_line(dated, section, scope), *spans]
    if is_field_line:
        # "Age: 57 y  BP:130/85  Wt: 92 kg": a prescription's patient line carries the
        # visit's measurements
        return [*spans, *_vital_spans(text, section)]
    if spans:
        return spans
    inline = _INLINE_ALLERGIES.search(text)
    if inline is not None and section != "allergies":
        # "... because of recurrent hypoglycemia. Allergies: sulfa (rash).": the sentence
        # before and the allergy list after are read apart.
        before = classify_line(text[: inline.start()], section, scope)
        return [*before, *_allergy_spans(inline.group("list"))]
    # "Obesity (BMI 34)" in a problem list qualifies the problem; it is no measurement.
    found_vitals = _vital_spans(
        BRACKETED.sub(" ", text) if section == "conditions" else text, section
    )
    if found_vitals:
        # "BP today 138/82. Bloods showed Hb 118 g/L and WCC 6.2": both kinds on one line.
        # ("... HR 74. She received a Tdap booster in the office today.": and the dose)
        shots = _given_now_spans(text, section) if _GIVEN_NOW.search(text) else []
        return [*found_vitals, *_prose_lab_spans(text), *shots]
    if (
        section == "allergies"
        and _dosed_medicine_row(text)
        and (meds := _medication_spans(text, section))
    ):
        # "Bisoprolol  2,5 mg  1 tablet morgen": an allergy list names no strengths; this is
        # a medicines table under a title we do not know
        return meds
    if _is_allergy_line(text, section):
        return _allergy_spans(text)
    if (
        section == "conditions"
        and _medicine_row(text)
        and not conditions.has_strong_code(text)
        and (meds := _medication_spans(text, section))
    ):
        return meds  # "Amlodipiin 10 mg 1 kord päevas" under a title we do not know
    if section == "conditions" or (
        section in _NO_CONTEXT_SECTIONS and conditions.has_strong_code(text)
    ):
        found = _condition_spans(text, section)
        if section != "conditions" and _PROSE_CONDITION_CUE.search(text):
            # "seeing this gentleman with type 2 diabetes (E11.9), hypertension and ...":
            # a sentence names its conditions; the code does not make the sentence one.
            found = _lexicon_condition_spans(text) or found
        if found and section != "conditions":
            # "1. COPD exacerbation (J44.1) - start prednisone 40 mg PO daily": an assessment's
            # problem and what is done for it.
            return [*found, *_medication_spans(text, section)]
        if found:
            return [*found, *_bracketed_results(text)]
        if section == "conditions" and (meds := _medication_spans(text, section)):
            return meds  # a problem list that did not close before the medicines below it
    if section == "immunizations":
        return _immunization_spans(text, section)
    if _GIVEN_NOW.search(text) and (shots := _given_now_spans(text, section)):
        return shots  # "Influenza vaccine given today: Influvac 0.5 mL IM": a dose, no medicine
    if (
        section == "labs"
        and not _PROSE_JOINS.search(text)
        and len(_prose_lab_spans(text)) <= 1
        and (coded := _coded_result_span(text)) is not None
    ):
        return [coded]  # "Potasio / Potassium 3.4 L mEq/L": a result, not 3.4 litres of a drug
    meds = _medication_spans(text, section)
    if meds:
        # "2. Major depressive disorder - improving. Continue Zoloft 100 mg daily.": an
        # assessment's problem and what is done for it
        problems = _numbered_problems(text) if section in _NO_CONTEXT_SECTIONS else []
        return [*problems, *meds]
    # In a results table a row is one result; a results section may still hold a sentence
    # ("Hb: 6.9 g/dL (28/01) -> 8.9 g/dL (30/01)").
    prose_labs = _prose_lab_spans(text) if section != "labs" or _PROSE_JOINS.search(text) else []
    if len(prose_labs) > 1:
        return prose_labs  # "Hb 118 g/L, WCC 6.2, ALT 38 and ESR 32"
    single = _lab_span(text, section)
    if single is not None:
        return [single]
    if shots := _prose_dose_spans(text, section):
        return shots
    if prose_labs:
        return prose_labs
    if (
        section in _NO_CONTEXT_SECTIONS
        and (scope.assertion == "family" or _PROSE_CONDITION_CUE.search(text))
        and not LAB_COMMENT.match(text)
    ):
        return _lexicon_condition_spans(text)
    if section in _NO_CONTEXT_SECTIONS:
        return _numbered_problems(text)
    return []


#: A result with its unit in a problem's brackets: "Iron deficiency anaemia (ferritin 9 ng/mL)".
_RESULT_IN_BRACKETS = re.compile(r"\(([^()]*\d\s*(?:%|[A-Za-zµ]+/[A-Za-z0-9µ]+)[^()]*)\)")


def _bracketed_results(text: str) -> list[_Span]:
    """The results a problem cites as its evidence, each a row of its own (known tests with
    a unit only: "CKD (eGFR 42)" says too little to be a result)."""
    return [
        span for inside in _RESULT_IN_BRACKETS.findall(text) for span in _prose_lab_spans(inside)
    ]


def _numbered_problems(text: str) -> list[_Span]:
    """An assessment's numbered problems: "2. Hypertension - well controlled.", also
    several on one line ("1. Acute tonsillitis. 2. Asthma - stable.")."""
    found = []
    for item in _NUMBERED_ITEM.split(text):
        numbered = _NUMBERED_PROBLEM.match(item)
        head = numbered.group("head").strip() if numbered else ""
        if numbered and not_a_diagnosis(item, numbered.start("head"), numbered.end("head")):
            continue  # "6. Influenza vaccine due from April"
        if head and conditions.CONDITION_INDEX.lookup(head, fuzzy=False) is not None:
            found.append(_Span("condition", head, 0.8))
    return found


def _union(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _dated(span: _Span, section_date: str) -> _Span:
    """A vaccine row without a date of its own takes the date its section heading gives."""
    if span.entity_type != "immunization":
        return span
    row = immunizations.parse_immunization(span.text, require_known=False)
    if row is None or row.administered_on is not None or row.due_on is not None:
        return span
    return _Span(span.entity_type, f"{span.text} {section_date}", span.confidence)


def _section_start(text: str) -> SectionStart | None:
    """The section a line opens: the section detector's, else a context heading's."""
    start = detect_section(text)
    if start is not None:
        return start
    heading = heading_context(text)
    if heading is None:
        return None
    return SectionStart(heading.section or "other", heading.remainder)


def _says_what_rows_are(title: SectionStart | None) -> bool:
    """A title that says its rows are no doses ("Exemptions / Immunity") over a table
    header that names only the columns ("Vaccine Group  Reason  Date recorded")."""
    return title is not None and title.kind == "exemptions"


@dataclass(slots=True)
class _Tables:
    """Tables being read; a table may go on over the next page."""

    labs: labs.ColumnTracker = field(default_factory=labs.ColumnTracker)
    trends: AnalyteColumns = field(default_factory=AnalyteColumns)
    vitals: VitalColumns = field(default_factory=VitalColumns)
    answers: AnswerColumns = field(default_factory=AnswerColumns)
    previous: PreviousColumn = field(default_factory=PreviousColumn)
    doses: DoseColumns = field(default_factory=DoseColumns)


#: A urine routine's heading and its parts.
_URINE_BLOCK = re.compile(
    r"\burinalysis\b|\burine\b.*\b(?:routine|examination|analysis|test strip|dipstick|r/?e)\b|"
    # other languages (on folded text): "EXAME DE URINA TIPO I (EAS)", "Examen general de
    # orina", "Urinstatus", "Esame urine", "Analiza urinei", "Badanie ogólne moczu"
    r"\b(?:examen|exame|esame|analisis|analise|analyse|analiza|sumario|parcial|uroanalisis|"
    r"badanie ogolne|vysetreni|urinalisis|tam)\b.{0,30}\b(?:orina|urina|urine|urinei|urin|moczu|"
    r"moci|idrar)\b|\b(?:urinstatus|harnstatus|urinanalyse|urinonderzoek|uroanalisis|urinalisis|"
    # the sediment's own heading: "SEDIMENTO URINARIO", "Sédiment urinaire", "Harnsediment"
    r"sedimento urinario|sediment urinaire|sedimento de orina|harnsediment|urinsediment|"
    r"ego|eas|orina completa|esame urine|esame delle urine|vizeletvizsgalat|ecbu|"
    # French: "URINES - BANDELETTE ET CYTOLOGIE", "Bandelette urinaire", "Cytologie urinaire"
    r"bandelette urinaire|cytologie urinaire)\b|\burines?\b.{0,6}\b(?:bandelette|cytologie)\b",
    re.IGNORECASE,
)
#: A heading in capitals that names urine: "EMO - ELEMENTAL Y MICROSCÓPICO DE ORINA" (not
#: one that joins it to another part: "BIOQUÍMICA E URINA" also holds blood tests).
_URINE_CAPS = re.compile(r"^[^a-z]*\b(?:ORINA|URINA|URINE|URINES|URIN|HARN|MOCZU|MOCI)\b[^a-z]*$")
_JOINED_PARTS = re.compile(
    r"(?:\s(?:E|Y|AND|ET|UND|EN|I|OG|OCH)|[&+])\s+(?:ORINA|URINA|URINES?|URIN|HARN)\b|"
    r"\b(?:ORINA|URINA|URINES?|URIN|HARN)\s+(?:E|Y|AND|ET|UND|EN|I|OG|OCH|&|\+)\s"
)
#: A heading naming another specimen ends a urine block: "SERUM / OTHER", "BLOOD".
#: (A urine row "Blood  TRACE" is no such heading: the heading is the specimen alone.)
_OTHER_SPECIMEN = re.compile(
    r"^\s*(?:serum|plasma|whole blood|blood tests?|haematology|hematology|biochemistry|stool|"
    r"faeces|feces|csf|"
    # other languages (on folded text)
    r"bioquimica|quimica clinica|quimica sanguinea|hematologia|biochimie|hematologie|"
    r"biochimica|chimica clinica|ematologia|biochimie|hematologie|klinische chemie|"
    r"hamatologie|klinische chemie|hematologi|klinisk kemi|biochemia|hematologia|biochemie|"
    r"sangre|sangue|sang|blut|bloed)"
    r"(?:\s*[/&]\s*(?:other|plasma|serum|chemistry))?\s*:?\s*$",
    re.IGNORECASE,
)
_URINE_PART = re.compile(
    r"^\s*(?:physical|chemical|microscopic)\s+(?:examination|exam)\s*:?\s*$", re.IGNORECASE
)
#: A sentence wrapped between a result and its unit ("... TSH 1.9" / "mU/L"), or between
#: a test and its value ("... eGFR" / ">90 mL/min/1.73m2").
_ENDS_WITH_NUMBER = re.compile(r"\d\s*$")
_STARTS_WITH_UNIT = re.compile(rf"^\s*(?:{LAB_UNIT.pattern})", LAB_UNIT.flags)
#: A strength's unit wrapped from its number: "... levothyroxine 75" / "micrograms each
#: morning and ...".
_STARTS_WITH_DOSE_UNIT = re.compile(
    r"^\s*(?P<unit>mg|mcg|micrograms?|microgram|units?|g|mL|ml)\b", re.IGNORECASE
)
_STARTS_WITH_VALUE = re.compile(
    rf"^\s*(?P<value>[<>]?\s*\d+(?:\.\d+)?)(?:\s*(?:{LAB_UNIT.pattern}))?", LAB_UNIT.flags
)
_PROSE_WORDS = 8


#: A sentence that says "allergy to" and wraps its allergen onto the next line.
_TRAILING_ALLERGY_LEAD = re.compile(
    r"(?:(?<=[.;])|^)\s*(?P<lead>(?:alergias?|allergies?|allergia|allergie|al[·.]?l[eè]rgia)"
    r"\s+(?:a|à|ao|to|gegen|auf|voor)|cave\s*:)\s*$",
    re.IGNORECASE,
)


def _with_wrapped_result(text: str, following: str) -> str:
    # "...; generalized anxiety disorder; iron" / "deficiency (2025).": a list's last item
    # wrapped onto the next line, which ends it
    if (
        text.count(";") >= _LIST_ITEMS - 1
        and not _LINE_END_MARK.search(text)
        and (tail := _WRAPPED_ITEM_END.match(following)) is not None
    ):
        return f"{text} {tail.group('tail')}"
    if len(text.split()) < _PROSE_WORDS or not following:
        return text
    if _ENDS_WITH_NUMBER.search(text) and (
        (unit := _STARTS_WITH_UNIT.match(following))
        or (unit := _STARTS_WITH_DOSE_UNIT.match(following))
    ):
        return f"{text} {unit.group('unit')}"
    last = re.search(r"([A-Za-z][\w-]*)\s*$", text)
    value = _STARTS_WITH_VALUE.match(following)
    if last and value and labs.lookup_analyte(last.group(1)) is not None:
        return f"{text} {value.group(0).strip()}"
    # "...; Pneumovax 23 on" / "15/06/2021.": the date the line promised wrapped
    if _ENDS_WITH_ON.search(text) and (day := _STARTS_WITH_DATE.match(following)):
        return f"{text} {day.group(0).strip()}"
    # "..., SpO2 97 %, légzésszám" / "16/perc.": a vital's label ends the line, its value
    # (and unit) starts the next
    label = re.search(r"([^\W\d_][\w-]*)\s*$", text)
    reading = _STARTS_WITH_READING.match(following)
    if label and reading and vitals.find_vitals(f"{label.group(1)} {reading.group(0).strip()}"):
        return f"{text} {reading.group(0).strip()}"
    return text


#: A list strung on semicolons has this many items at least.
_LIST_ITEMS = 3
_LINE_END_MARK = re.compile(r"[.;:,!?)]\s*$")
#: The rest of a wrapped list item: lower case, then the list's end ("deficiency (2025).").
_WRAPPED_ITEM_END = re.compile(r"^\s*(?P<tail>[a-z][^.;:]{0,40}?)\s*[.;]")


_ENDS_WITH_ON = re.compile(r"\b(?:on|dated|le|am|el|em|il|op|den)\s*$", re.IGNORECASE)
_STARTS_WITH_DATE = re.compile(r"^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d/.-]\d)")
#: A vital's reading at the start of a line: "16/perc.", "78/min", "36,8 °C", "132/78 mmHg".
_STARTS_WITH_READING = re.compile(
    r"^\s*\d{1,3}(?:[.,]\d)?(?:/\d{2,3})?\s*(?:/\s*[^\W\d_]+|°\s*C|%|[^\W\d_]+)?"
)


# "Vital signs  11/04/2025  02/10/2026"; an observation chart's "Parameter  Date / time
# 02/03/25 06:00  02/03/25 10:00 ..."
_VITALS_BY_DATE = re.compile(
    r"^\s*(?:vital(?:\s+signs?|s)?|observations?|obs|param(?:eter)?s?)"
    r"(?:\s+(?:units?|date|time|/|and))*"
    r"(?:\s+(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Za-z]{3}\s+\d{1,2},?\s+\d{4})"
    r"(?:\s+\d{1,2}:\d{2})?){2,}\s*$",
    re.IGNORECASE,
)


def _walk_page(
    page: PageText,
    section: str | None,
    tracker: ScopeTracker,
    *,
    first_page: bool,
    furniture: frozenset[str] = frozenset(),
    tables: _Tables | None = None,
) -> tuple[list[_Draft], str | None]:
    """The entities of one page, and the section open at its end (lists run across pages)."""
    tables = tables or _Tables()
    drafts: list[_Draft] = []
    last_medication: tuple[int, int] | None = None  # (draft index, line index)
    dangling = ""  # a drug name that ended the previous line, its strength on this one
    dangling_vaccine = ""  # a vaccine that ended the previous line, its date on this one
    allergy_lead = ""  # "Alergia a" that ended the previous line, its allergen on this one
    allergy_list_runs_on = False  # an allergy list inside a sentence ran to the line's end
    carried: str | None = None  # a one-line section whose list runs on to the next line
    section_date: str | None = None  # "Immunizations Administered on ... - 11/3/2025"
    urine_block = False  # rows under a urine routine heading are urine tests
    just_titled: SectionStart | None = None  # the title on the line above, if any
    for index, line in enumerate(page.lines):
        text = " ".join(line.text.split())
        if not text:
            continue
        title_above, just_titled = just_titled, None
        if furniture and furniture_key(text, line.bbox[1]) in furniture:
            section = "other"  # a running header or footer closes the section above it
            tracker.close()
            continue
        text = plain_powers(text)  # "x10³/µL"
        rewritten = tables.answers.feed(text)  # tick-box forms, as the statements they make
        if rewritten == "":
            continue
        text = rewritten or text
        text = (
            tables.doses.feed(text, line.cells) or text
        )  # a card's dose columns, as a listed series
        line_section, carried = carried or section, None
        scope = tracker.feed(text)
        if _VITALS_BY_DATE.match(text):
            section = "vitals"  # "Vital sign  11/04/2025  02/10/2026", also after a page break
        # A lab table with one column per date gives a row per column; a vital's row under
        # the same dates ("Weight (kg)  3.2  4.9") is no lab.
        in_vitals = section == "vitals" and bool(_vital_spans(text, section))
        if tables.labs.open and _medicine_row(text):
            # "Cefuroxim 500 mg tbl. 1 - 0 - 1" under an untitled list after the results: a
            # medicine ends the table (a drug level, "Digoxin 1.2 1.5 nmol/L", is no medicine)
            tables.labs.close()
        expanded = None if in_vitals else tables.labs.feed(text, cells=line.cells)
        if expanded is None and not in_vitals:
            # "HEMOGLOBIN 118 L g/L 120-160 124": the last result, dated by its column
            earlier = tables.previous.feed(text, line.cells)
            confidence = round(0.9 * line.confidence, 4)
            drafts.extend(_Draft("lab", p, confidence, page.page_number, [line]) for p in earlier)
            if tables.previous.opened_by_layout:
                section = "labs"
                continue
        if expanded is None and not in_vitals:
            # or one column per test and a row per date
            expanded = tables.trends.feed(text, line.cells)
        if expanded is not None:
            confidence = round(0.9 * line.confidence, 4)
            drafts.extend(_Draft("lab", p, confidence, page.page_number, [line]) for p in expanded)
            continue
        vital_rows = tables.vitals.feed(text, line.cells)  # "Date BP Pulse Temp ..." and its rows
        if vital_rows is not None:
            confidence = round(0.9 * line.confidence, 4)
            drafts.extend(
                _Draft("vital", row, confidence, page.page_number, [line]) for row in vital_rows
            )
            if not vital_rows:
                section = "vitals"
            continue
        if urine_block and _URINE_PART.match(text):
            continue  # "Chemical Examination" inside a urine routine: a part, not a section
        start = _section_start(text)
        if (
            (start is None or start.kind == "unknown_title")
            and index + 1 < len(page.lines)
            and labs.results_header_by_layout(line, page.lines[index + 1])
        ):
            section = "labs"  # a results table's header in words we do not know
            continue
        if urine_block and _OTHER_SPECIMEN.match(fold(text)):
            urine_block = False
        folded = fold(text)
        urine_title = _URINE_BLOCK.search(folded) or (
            _URINE_CAPS.match(folded) and not _JOINED_PARTS.search(folded)
        )
        if urine_title and not re.search(r"\d", text) and not _WORD_RESULT.search(text):
            # "CLINICAL PATHOLOGY - URINE ROUTINE EXAMINATION" (not a row of word results:
            # "Urinalysis - protein  Negative  Negative")
            urine_block = True
            section = line_section = "labs"
        elif (
            start is not None
            and not start.remainder
            and not start.is_table_header
            and start.kind != "page_furniture"
        ):
            urine_block = False
        if urine_block and line_section == "labs" and not URINE_WORDS.search(text):
            text = f"Urine {text}"  # the specimen is part of each row's LOINC choice
        if start is not None and (
            start.kind == "page_furniture"
            or (start.kind == "encounters" and heading_date_text(text) is not None)
        ):
            # A page header may still say when the visit was: "Progress Note - DOS 09/23/2025
            # - … Page 1 of 1", and so may "Encounter: 02/17/2026". Only that is read from it.
            drafts.extend(
                _Draft(span.entity_type, span.text, span.confidence, page.page_number, [line])
                for span in _field_spans(text)[0]
                if span.entity_type == "date_of_service"
            )
        if start is not None:
            line_section = reading_section(start)
            if start.is_table_header and _says_what_rows_are(title_above):
                # "Exemptions / Immunity" over "Vaccine Group  Reason  Date recorded": the
                # header names the columns, the title says what the rows are
                just_titled = title_above
                continue
            if start.is_table_header or not start.remainder:
                if not start.is_table_header:
                    section_date = heading_date_text(text)
                    just_titled = start
                section = line_section
                continue
            # "Allergies: Penicillin" is a one-line section; the lines below keep theirs,
            # but for a list that runs on after a comma ("Medicación habitual: ..., " /
            # "Enalapril 10 mg c/12 h, Atenolol 50 mg/día")
            text = start.remainder
            carried = line_section if text.rstrip().endswith(",") else None
        if dangling and _STARTS_WITH_STRENGTH.match(text):
            text = f"{dangling} {text}"
        elif dangling_vaccine:
            text = f"{dangling_vaccine} {text}"
        if allergy_lead and text[:1].islower():
            text = f"{allergy_lead} {text}"  # "... Alergia a" / "contrastes yodados (urticaria)"
        elif allergy_list_runs_on and (text[:1].islower() or text[:1] == "("):
            # "... Gyógyszerérzékenység: ciprofloxacin" / "(csalánkiütés), metamizol ...": the
            # list goes on (the bracket closing the line above is its last item's reaction)
            text = _LEADING_BRACKET.sub("", text)
            line_section = "allergies"
        allergy_lead, allergy_list_runs_on = "", False
        if (lead := _TRAILING_ALLERGY_LEAD.search(text)) is not None:
            allergy_lead, text = lead.group("lead"), text[: lead.start()]
        elif line_section != "allergies" and (inline := _INLINE_ALLERGIES.search(text)):
            allergy_list_runs_on = not re.search(r"[.;]\s*$", inline.group("list"))
        following = page.lines[index + 1].text if index + 1 < len(page.lines) else ""
        text = _with_wrapped_result(text, following)
        dangling = _dangling_drug(text)
        dangling_vaccine = _dangling_vaccine(text, following)
        spans = classify_line(text, line_section, scope)
        if section_date and line_section == "immunizations":
            # "Immunizations Administered on Date of Encounter - 3/14/2025": a row without a
            # date of its own was given that day.
            spans = [_dated(span, section_date) for span in spans] or classify_line(
                f"{text} {section_date}", line_section, scope
            )
        if (
            # a "Sig:" line is the drug's above even when it reads like an item of its own
            # ("Sig: 6 units tds"); an "Instructions:" line may name a drug of its own
            (not spans or _SIG.match(text))
            and last_medication
            and index - last_medication[1] <= _SIG_REACH
            and (
                SIG_LINE.match(text)
                or (line_section == "medications" and medications.is_directions_only(text))
                # "Tenofovir/Lamivudine/Dolutegravir (TDF/3TC/DTG)  1 tab ..." / "300/300/50 mg":
                # the name cell wrapped its strength onto the next line
                or (index - last_medication[1] == 1 and medications.is_strength_only(text))
            )
        ):
            draft = drafts[last_medication[0]]
            draft.text = f"{draft.text} ; {SIG_LINE.sub('', text, count=1)}"
            draft.lines.append(line)
            continue
        if not spans:
            spans = _header_guesses(text, index, line_section, first_page=first_page)
        for span in spans:
            confidence = round(min(1.0, max(0.0, span.confidence * line.confidence)), 4)
            drafts.append(_Draft(span.entity_type, span.text, confidence, page.page_number, [line]))
            if span.entity_type == "medication":
                last_medication = (len(drafts) - 1, index)
    return drafts, section


def _header_guesses(text: str, index: int, section: str | None, *, first_page: bool) -> list[_Span]:
    """Unlabelled facility and clinician names: a weaker signal than a labelled field."""
    if fields.is_identity_line(text):
        return []
    if (
        first_page
        and index < _FACILITY_LOOKOUT_LINES
        and fields.FACILITY_WORDS.search(text)
        and not _DOCUMENT_TITLE.search(text)
    ):
        digits = sum(ch.isdigit() for ch in text)
        if digits <= 2 and len(text.split()) <= 8:
            return [_Span("facility", text, 0.6)]
    if section in _NO_CONTEXT_SECTIONS:
        person = fields.find_person(text)
        if person is not None:
            return [_Span("provider", text[person[0] : person[1]], 0.55)]
    return []


def _to_entity(draft: _Draft) -> Entity:
    head = draft.lines[0]
    bbox = _union([line.bbox for line in draft.lines])
    digest = hashlib.sha256(head.text.encode("utf-8")).hexdigest()
    source = SourceRef(page=draft.page, bbox=bbox, line_text_sha256=digest)
    return Entity(
        entity_type=draft.entity_type,
        text=draft.text,
        confidence=draft.confidence,
        source=source,
    )


def find_entities(pages: Sequence[PageText]) -> list[Entity]:
    """Pass 1 over all readable pages, in page and line order."""
    entities: list[Entity] = []
    first_page = True
    section: str | None = None
    # Same walk as pass 2's ``context.line_scopes``, so both see the same headings.
    tracker = ScopeTracker()
    readable = [page for page in pages if page.status == "ok"]
    furniture = frozenset(
        repeated_lines([[(x.text, x.bbox[1]) for x in p.lines] for p in readable])
    )
    # A table's column dates are read in the document's day/month order.
    order = DateOrder.decide(page.text for page in readable)
    tables = _Tables(
        labs.ColumnTracker(order), AnalyteColumns(order), previous=PreviousColumn(order)
    )
    for page in sorted(pages, key=lambda p: p.page_number):
        if page.status != "ok" or not page.lines:
            continue
        drafts, section = _walk_page(
            page, section, tracker, first_page=first_page, furniture=furniture, tables=tables
        )
        entities.extend(_to_entity(d) for d in drafts)
        first_page = False
    return entities
