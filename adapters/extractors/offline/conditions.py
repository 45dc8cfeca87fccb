"""Diagnoses and problems: "Community-acquired pneumonia (J18.9)", "HTN"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.extractors.offline import icd10_names, local_words
from adapters.extractors.offline.condition_local_names import LOCAL_CONDITION_NAMES
from adapters.extractors.offline.lexicon import CONDITIONS, local_concepts
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import ConceptIndex, ConceptMatch
from adapters.extractors.offline.patterns import DASHES, FREE_TEXT_FIELD, ICD10, LIST_MARKER

#: The conditions of a problem list by their names in other languages.
#: English names of the codes the curated list leaves to the ICD-10 table. (Only a few: a
#: local concept puts its English name in the fuzzy index, where "malaria (P." would near-miss
#: it and hide the exact "malaria" the ICD-10 table finds.)
_MORE_ENGLISH = {
    "M81.0": "Osteoporosis",
    "I26.99": "Pulmonary embolism",
    "K76.0": "Fatty liver",
    "N10": "Acute pyelonephritis",
    "N20.1": "Calculus of ureter",
    "E11.319": "Diabetic retinopathy",
}
LOCAL_CONDITIONS = local_concepts(CONDITIONS, LOCAL_CONDITION_NAMES, _MORE_ENGLISH)
CONDITION_INDEX = ConceptIndex(
    (*CONDITIONS, *LOCAL_CONDITIONS), fallback=icd10_names.lookup_key, acronyms_in_capitals=True
)

_CODE_LABEL = re.compile(r"\b(?:ICD[- ]?10(?:[- ]?CM)?|code)\s*[:#]?\s*$", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"^\s*(?:(?:principal|primary|secondary|admitting|discharge|final|working|provisional|"
    r"other|others|additional)\s*(?:(?:diagnos[ie]s|dx|problems?)\s*(?:\d+)?)?"
    r"|(?:diagnos[ie]s|dx)\s*(?:\d+)?|co-?morbidities|background|pmh"
    # a history's parts, also in other languages (matched accents off): "Medical: ...",
    # "Médicos: DM2, HTA", "Pathologiques : ...", "Vorerkrankungen: ..."
    r"|medical|medicos|patologicos|personales|medicaux|pathologiques|medici|patologici"
    r"|internistisch|medisch)\s*[:\-]\s*",
    re.IGNORECASE,
)
# Context words before the name ("No history of", "FHx:", "Mother -", "?"): the context
# module reads them; the name is what follows.
#: The same context words in other languages (on accent-folded text; offsets are kept).
_LOCAL_LEADING_CUE = re.compile(
    rf"^\s*(?:{local_words.NEGATION_BEFORE}|{local_words.HYPOTHETICAL}|"
    rf"{local_words.HISTORICAL})(?![\w])\s*'?\s*(?:(?:de|di|of|von|van)\s+|d')?",
    re.IGNORECASE,
)
_LEADING_CUE = re.compile(
    r"^\s*(?:(?:no|denies|denied|nil|negative for|never had|not|without)\s+"
    r"(?:(?:known|previous|past|prior)\s+)?(?:(?:history|hx|h/o|evidence|signs?)\s+of\s+)?"
    r"|(?:family history|fhx?|fh)\s*(?:of\b|[:\-])?\s*"
    r"|(?:(?:his|her|the|an?)\s+)?(?:(?:paternal|maternal)\s+)?(?:mother|father|mum|mom|dad|"
    r"sister|brother|sibling|aunt|uncle|grandmother|grandfather|parents?)s?\s*"
    r"(?:(?:also|too)\s+)?(?:had|has|with|died of|(?:was )?diagnosed with|developed|"
    r"suffer(?:s|ed)? from|[:\-])?\s*"
    r"|(?:\?|possible|probable|suspected|query|rule out|r/o)\s*"
    # a form's label: "Reason for operation: Symptomatic gallstones"
    r"|(?:reason for (?:operation|surgery|procedure)|indication(?: for surgery)?)\s*:\s*"
    # ... or the field that spells out the answers above it: "Details: OSA - uses CPAP"
    rf"|{FREE_TEXT_FIELD}\s*:\s*)",
    re.IGNORECASE,
)
_HISTORY = re.compile(
    r"^\s*(?:(?:past |previous |prior )?(?:history of|h/o|hx of)|previous|prior|past)\s+",
    re.IGNORECASE,
)
# "Previous DVT 2015", "Appendicectomy (1998)": the year is when, not part of the name.
_DANGLING_AND = re.compile(r"[\s,]+(?:and|or|with|but)$", re.IGNORECASE)
_TRAILING_YEAR = re.compile(
    r"\s*[(\[]?\s*(?:in\s+|since\s+|desde\s+|depuis\s+|seit\s+|dal\s+|sinds\s+|sedan\s+)?"
    r"(?:19|20)\d{2}\s*[)\]]?\s*$"
    # how long: "T2DM for 10 years", "DM2 hace 10 años", "HTA depuis 5 ans", "seit 3 Jahren"
    r"|\s+(?:for|x|hace|desde hace|ha|depuis|seit|da|sinds|sedan|od)\s+\d{1,2}\s*"
    r"(?:years?|yrs?|y|anos|años|ans|jahren|anni|jaar|ar|år|lat)\s*$",
    re.IGNORECASE,
)
_RESOLVED = re.compile(
    r"\b(?:resolved|resolving)\b"
    # "Tuberculous lymphadenitis 2010 - treated, 6 months ATT": treated in a past year
    r"|\b(?:19|20)\d{2}\b[^.;]{0,12}?\b(?:treated|cured|completed|cleared)\b(?!\s+(?:with|by|on))"
    # "right inguinal hernia repair (2015)": an operation dealt with it
    r"|\b(?:repair(?:ed)?|excision|excised|removal|removed|resection|\w+ectom(?:y|ies))\b"
    # "Vitamin D deficiency - treated, now replete"
    r"|\bnow (?:replete|resolved|recovered)\b"
    # other languages (on folded text): "risolta", "resuelta", "guérie", "ausgeheilt"
    r"|\b(?:resuelt[oa]s?|resolvid[oa]s?|resolue?s?|risolt[oa]|rezolvat[aă]?|abgeheilt|"
    r"ausgeheilt|genezen|opgelost|lakt|wyleczon[aey]|vylecen[aoy]?|pozdravljen[aoi]?|"
    r"izlijecen[aoi]?|gueri(?:e|s|es)?|curad[oa]|guarit[oa]|curat[aă]?)\b",
    re.IGNORECASE,
)
# A code counts as a code when it is written like one: with a dot, in brackets or after "ICD".
_STRONG_CODE = re.compile(
    r"(?:\(\s*[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?\s*\)|\[\s*[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?\s*\]"
    r"|(?<![A-Za-z0-9])[A-TV-Z]\d[0-9AB]\.[0-9A-TV-Z]{1,4}(?![A-Za-z0-9])|ICD)",
)


_ANSWER_BOXES = re.compile(
    r"\[\s*[xX✓✔]?\s*\]\s*(?:yes|no)?|[☐☒☑□]\s*(?:yes|no)?|(?:\s(?:yes|no))+\s*$",
    re.IGNORECASE,
)
# "... - well controlled", "... (Forrest IIa)", "Upper GI bleeding secondary to duodenal ulcer"
_QUALIFIER_TAIL = re.compile(
    rf"\s+[{DASHES}]\s+.*$|\s*[,;:(].*$|"
    r"\s+(?:secondary to|due to|caused by|complicated by)\s.*$",
    re.IGNORECASE,
)
_WITH_TAIL = re.compile(
    # (and in other languages: "Embolie pulmonaire sans retentissement ventriculaire droit")
    r"\s+(?:with|without|avec|sans|con|sin|senza|com|sem|mit|ohne|met|zonder)\s.*$",
    re.IGNORECASE,
)
_MAX_QUALIFIED_WORDS = 6
_DASH_TAIL = re.compile(rf"\s+[{DASHES}]\s+.*$")
#: ", on replacement", ", diet-controlled": how it is treated or how it goes, after a comma
#: (", both knees" names the site and stays).
_TREATMENT_TAIL = re.compile(
    # (", diagnosed 2016, on ART": when it was found, then how it is treated)
    r"(?:\s*,\s*(?:on|treated|managed|controlled|diet[- ]controlled|stable|well[- ]controlled|"
    r"diagnosed|since)\b[^(),]*)+$",
    re.IGNORECASE,
)


def _qualified(name: str) -> ConceptMatch | None:
    """The concept a qualified problem names: "Asthma - well controlled", "Allergic
    rhinitis (house dust mite, cat)", "Infective exacerbation of COPD": the name before
    its qualifier, else the longest known diagnosis inside a short name."""
    # "Heart failure with mildly reduced ejection fraction (LVEF 45%)": a known diagnosis
    # before "with" (ICD-10's own "with" terms were looked up whole first)
    before_with = _WITH_TAIL.sub("", name).strip()
    if before_with != name and (found := CONDITION_INDEX.lookup(before_with, fuzzy=False)):
        return found
    head = _QUALIFIER_TAIL.sub("", name).strip()
    if head and head != name:
        found = CONDITION_INDEX.lookup(head, fuzzy=False)
        if found is not None:
            return found
    # the head, else the shortest of the name and its heads ("Embolie pulmonaire bilatérale
    # sans retentissement ventriculaire droit, provoquée ...")
    shortest = min((before_with, head, name), key=lambda text: len(text) if text else len(name))
    for text in dict.fromkeys((head or name, shortest)):
        if len(text.split()) > _MAX_QUALIFIED_WORDS:
            continue
        inside = [
            (end - start, match)
            for match, start, end in CONDITION_INDEX.scan_all(text, max_words=5)
            if match.concept.code and not match.concept.code.startswith(("R", "Z"))
        ]
        if inside:
            return max(inside, key=lambda hit: hit[0])[1]
    return None


@dataclass(frozen=True, slots=True)
class ConditionRow:
    name: str
    icd10_code: str | None
    status: str | None
    match: ConceptMatch | None


#: A diagnosis list's item that starts with its bare three-character code: "• N10 Akut
#: pyelonephritis", the name after it in words alone.
_LEADING_BARE_CODE = re.compile(
    rf"^\s*(?:[•·▪*{DASHES}]\s*)?(?P<code>[A-P]\d\d)\s+[^\W\d_][^\d:]{{2,60}}$"
)


def has_strong_code(text: str) -> bool:
    if _STRONG_CODE.search(text) is not None:
        return True
    bare = _LEADING_BARE_CODE.match(text)
    return bare is not None and icd10_names.known_code(bare.group("code"))


# A problem-list row of a print-out: "03/2014  Hypertension  Active (long-term)".
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:\d{1,2}[/.-])?\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}|"
    r"\d{1,2}[-\s][A-Za-z]{3}[-\s](?:19|20)\d{2})\s+"  # "04-Jul-2025"
)
_STATUS_CELL = re.compile(
    r"(?<![,;])\s+(?P<status>active|inactive|past history|resolved|historical|current)\b"
    r"(?:\s*\(?\s*(?:long[- ]term|chronic|ongoing)\s*\)?|\s+-\s+resolved.*)?"
    # a portal's date column after the status: "Current  Since 03-2021", "Resolved 14-08-2025"
    r"(?:\s+(?:since\s+)?\d{1,4}(?:[/.-]\d{1,4}){0,2})?\s*$",
    re.IGNORECASE,
)
# "Pulmonary tuberculosis  A15.0  Inactive  2017  Treatment completed 2017": the status
# column right after the code column, a comment column after it.
_STATUS_AFTER_CODE = re.compile(
    r"(?:(?<=\b[A-TV-Z]\d\d)|(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))"
    r"\s+(?P<status>active|inactive|resolved|historical)\b.*$",
    re.IGNORECASE,
)
_CELL_STATUS = {
    "past history": "history",
    "historical": "history",
    "inactive": "resolved",
    "current": "active",
}


#: A problem table's row number: "5  Pulmonary tuberculosis  A15.0  2018  Resolved".
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s+(?=[A-Z][a-z])")


#: Text before a code that ends in a field's label: a diagnosis label ("Diagnóstico:",
#: "Dx:", Turkish "Tani:") or the last of several labelled fields on the line.
_FIELD_LABEL_END = re.compile(r"(?:\b(?:diagn\w*|dx|tan[i\u0131])|:[^:]*)\s*:\s*$")


def _inside_a_name(text: str, code: re.Match[str]) -> bool:
    """A short code-shaped word between two words of a name: "Vitamin B12 deficiency"."""
    return (
        "." not in code.group("code")
        and re.search(r"[A-Za-z] $", text[: code.start()]) is not None
        and re.match(r" [a-z]", text[code.end() :]) is not None
    )


def parse_condition(piece: str, *, default_status: str | None = None) -> ConditionRow | None:
    text = _LEADING_DATE.sub("", LIST_MARKER.sub("", piece, count=1), count=1)
    text = _ROW_NUMBER.sub("", text, count=1)
    cell = _STATUS_CELL.search(text) or _STATUS_AFTER_CODE.search(text)
    if cell is not None and cell.start() > 0:
        word = cell.group("status").lower()
        default_status = _CELL_STATUS.get(word, word if word == "resolved" else default_status)
        text = text[: cell.start()]
    if (qualifier := _QUALIFIER.match(fold(text))) is not None:
        text = text[qualifier.end() :]
    text = _LEADING_CUE.sub("", text, count=1)
    if (local := _LOCAL_LEADING_CUE.match(fold(text))) is not None:
        text = text[local.end() :]  # "Niega asma", "Verdacht auf Gicht": the name follows
    status = default_status
    if _HISTORY.search(text):
        text = _HISTORY.sub("", text, count=1)
        status = "history"
    if _RESOLVED.search(fold(text)):
        status = "resolved"
    code: str | None = None
    found = ICD10.search(text)
    if found and _inside_a_name(text, found):
        found = None  # "Vitamin B12 deficiency": a vitamin's name, not the code B12
    if found:
        code = found.group("code")
        before = _CODE_LABEL.sub("", text[: found.start()])
        if _FIELD_LABEL_END.search(fold(before).lower()):
            before = ""  # "Centro: ... Diagnóstico: N18.3": a field's label, not the name
        after = text[found.end() :]
        # "Type 2 diabetes (E11.9) - A1c 7.9% today": the name is what precedes the code.
        text = before if re.search(r"[A-Za-z]{2,}", before) else after
    text = _ANSWER_BOXES.sub(" ", text)  # "Epilepsy [ ] Yes [X] No": the answer boxes first
    text = _TRAILING_YEAR.sub("", re.sub(r"\(\s*\)|\[\s*\]", " ", text))
    name = re.sub(r"\s+", " ", text).strip(f" .;,:(){DASHES}[]")
    if name.count("(") > name.count(")"):
        name += ")"  # "(CURB-65 = 2)" keeps the bracket the strip took
    if not re.search(r"[A-Za-z]{2,}", name) or len(name.split()) > 12:
        return None
    name = _DANGLING_AND.sub("", name)  # "end-stage renal disease and" / "was on dialysis"
    name = _ANSWER_BOXES.sub(" ", name).strip(f" .;,:{DASHES}")  # "Asthma [X] Yes [ ] No"
    known = CONDITION_INDEX.lookup(name)
    if known is None and (known := _qualified(name)) is not None:
        # "TIA 2021 - no residual deficit": the diagnosis is the name before its qualifier.
        head = _TRAILING_YEAR.sub("", _DASH_TAIL.sub("", name)).strip()
        if head and CONDITION_INDEX.lookup(head, fuzzy=False) is not None:
            name = head
        elif (before_comma := _TREATMENT_TAIL.sub("", name)) != name and _qualified(before_comma):
            # "Hypothyroidism (Hashimoto thyroiditis), on replacement": the comma's tail
            # is how it is treated, the brackets name it
            name = before_comma
    if known is not None and code is None:
        code = known.concept.code
    if (
        known is not None
        and found is not None
        and known.concept.code
        and code
        and code[:3] != known.concept.code[:3]
    ):
        # "Insuffisance rénale aiguë (N17.9)" is no near miss of "insuffisance rénale
        # chronique" (N18.9): the printed code says which it is
        known = None
    # A near miss is written as the lexicon spells it, unless the document printed the
    # code beside its own words ("I10 Artériová hypertenzia"): those words are the name.
    # (also a code in the same category: "N18.3 Chronické onemocnění ledvin, stadium 3")
    printed = (
        found is not None
        and known is not None
        and code is not None
        and known.concept.code is not None
        and code[:3] == known.concept.code[:3]
    )
    if known is not None and known.score < 1.0 and not printed:
        name = known.spelling
    return ConditionRow(name, code, status, known)
