"""Medication lines: "Metformin 500 mg PO BID", "Rx: Amoxicillin 500 mg capsule" + "Sig: ...".

Names are recognised from our coded table first (RxNorm ingredient codes), then from the
drug dictionary of drug_names (brands and generics from maintained sources). A brand is
written as its generic with the brand as printed in brackets, "Atorvastatin (Lipitor)":
the generic is what the record is reconciled on; the brand is what the patient knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.extractors.offline import drug_names
from adapters.extractors.offline.labs import lookup_analyte
from adapters.extractors.offline.lexicon import FREQUENCIES, MEDICATIONS, ROUTES
from adapters.extractors.offline.matching import ConceptIndex, ConceptMatch, repair_words
from adapters.extractors.offline.patterns import (
    BRACKETED,
    DOSE_AMOUNT,
    DOSE_UNIT,
    LIST_MARKER,
    SENTENCE_BREAK,
    STRENGTH_UNITS,
)
from adapters.extractors.offline.values import number_text, repair_digits

MEDICATION_INDEX = ConceptIndex(MEDICATIONS, fallback=drug_names.lookup_key, combinations=True)

_RX_PREFIX = re.compile(r"^\s*(?:rx|r/x|℞)\s*[:.#]?\s*(?:\d+[.)]\s*)?", re.IGNORECASE)
# Indian and some UK lists print the form first: "Tab. Telma 40 mg", "Inj. Clexane 40 mg".
_FORM_PREFIX = re.compile(r"^\s*(?:tabs?|caps?|inj|syp|syr|susp|oint|crm)\b\.?\s*", re.IGNORECASE)
# Words that describe the form, not the drug; a name stops before them.
_FORM_WORDS = re.compile(
    r"\b(?:tablets?|tabs?|capsules?|caps?|oral|solution|suspension|injection|inhaler|cream|"
    r"ointment|patch|syrup|po|iv|take|give|by)\b.*$",
    re.IGNORECASE,
)
# The shared dose shape plus British spellings and counted forms ("100 micrograms", "1 sachet").
_DOSE = re.compile(
    rf"(?<![\d.])(?P<dose>{DOSE_AMOUNT})\s*"
    rf"(?P<unit>micrograms?|mikrog|mmol|sachets?|{DOSE_UNIT})(?![A-Za-z])"
    r"(?!\s*/\s*min)",  # (a rate per minute is a measurement: "eGFR above 45 mL/min")
    re.IGNORECASE,
)
_STRENGTH_UNITS = STRENGTH_UNITS | {"microgram", "micrograms", "mikrog", "mmol"}
# Counted doses: a dose only when the line gives no strength ("2 puffs", "1 sachet").
_COUNT_UNITS = {
    "puff": "puffs",
    "puffs": "puffs",
    "sachet": "sachet",
    "sachets": "sachet",
    "tab": "tablet",
    "tabs": "tablet",
    "tablet": "tablet",
    "tablets": "tablet",
    "cap": "capsule",
    "caps": "capsule",
    "capsule": "capsule",
    "capsules": "capsule",
    "drop": "drops",
    "drops": "drops",
    "spray": "sprays",
    "sprays": "sprays",
    "patch": "patch",
    "patches": "patch",
}


def unit_spelling(unit: str) -> str | None:
    """The stored spelling of a strength unit ("MG" -> "mg", "micrograms" -> "mcg")."""
    return _UNIT_SPELLING.get(unit.lower())


_UNIT_SPELLING = {
    "mg": "mg",
    "mcg": "mcg",
    "mikrog": "mcg",  # Swedish
    "µg": "mcg",
    "ug": "mcg",
    "g": "g",
    "gm": "g",
    "gram": "g",
    "grams": "g",
    "ml": "mL",
    "l": "L",
    "unit": "units",
    "units": "units",
    "iu": "IU",
    "ui": "IU",
    "meq": "mEq",
    "%": "%",
    "rng": "mg",
    "rncg": "mcg",  # OCR reads "m" as "rn"
    "microgram": "mcg",
    "micrograms": "mcg",
    "mmol": "mmol",
}


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    alternatives = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])", re.IGNORECASE)


_ROUTE = _phrase_pattern(list(ROUTES))
_FREQUENCY = _phrase_pattern(list(FREQUENCIES))
_EVERY_N_HOURS = re.compile(
    r"\b(?:every\s+(\d{1,2})\s*(?:hours?|hrs?|h)\b|q\s?(\d{1,2})\s?h(?:rs?)?\b)", re.IGNORECASE
)
_HOURLY_NAMES = {"24": "once daily", "12": "twice daily"}
#: Units a dose is given in ("1000 micrograms", "500 mg"), never a result's ("7.4 %").
_DOSE_UNITS = frozenset({"mg", "mcg", "g", "units", "IU", "mL", "mmol"})
#: How sure a name must be a lab test (an OCR-repaired spelling counts) to be no medicine.
_SURE_ANALYTE = 0.95
#: An insulin's strength, which looks like a result: "Insulatard 100 IU/mL - 16 IU".
_INSULIN_STRENGTH = re.compile(r"(?<!\d)[1-5]00\s+(?:IU|UI|U)\s*/\s*mL\b", re.IGNORECASE)
# "/dL" after a number is a lab result; "100 units/mL", "250 mg/5 mL", "10 mg/g" are
# concentrations: neither is the dose given ("100 units/mL ... inject 22 units" -> 22 units).
_CONCENTRATION = re.compile(r"\s*/\s*(?:\d+(?:\.\d+)?\s*)?(?:d?l|ml|g)\b", re.IGNORECASE)
# OCR lost the space after the unit: "250 mgPO", "90 mcginhaled".
_UNGLUE = re.compile(
    r"(\d\s*(?:mg|mcg|g|ml|units?|meq|iu))(po|p0|iv|im|sc|sq|sl|inhaled|oral|by|once|twice|"
    r"daily|bid|tid|qid|q\d+h|every|at|tablets?|capsules?|tabs?|caps?)\b",
    re.IGNORECASE,
)


_RESULT_AFTER_NUMBER = re.compile(
    r"\d\s+(?:H|L|HH|LL|\*)?\s*(?:ng|pg|mcg|µg|ug|mg|g|mmol|µmol|umol|nmol|pmol|mIU|IU|U)"
    r"\s*/\s*(?:mL|dL|L|mol|mmol|g)\b",  # a concentration or a ratio ("4.2 mg/mmol")
    re.IGNORECASE,
)
_LIMIT = re.compile(
    r"\b(?:not (?:to )?exceed|no more than|max(?:imum)?(?: of)?|maximum dose)\s+"
    r"\d+(?:[.,]\d+)?\s*(?:tablets?|tabs?|capsules?|caps?|doses?|puffs?|mg|g|ml)?\b",
    re.IGNORECASE,
)
#: A row's own change to its dose: "Metformin 1 g BD  CHANGED  Reduce to metformin 500 mg BD".
_CHANGED_TO = re.compile(
    r"\b(?:reduc|decreas|increas|chang|titrat|adjust|lower|rais)(?:e|es|ed|ing)?\s+"
    r"(?:the\s+)?(?:dose\s+)?to\s+(?:[A-Za-z][\w-]*\s+)?"
    rf"(?P<new>\d+(?:[.,]\d+)?\s*(?:micrograms?|{DOSE_UNIT}))",
    re.IGNORECASE,
)


_LATER_CHANGE = re.compile(r"\b(?:to|will|plan(?:ned)?|may|could|consider)\s+$", re.IGNORECASE)
_ONCE = re.compile(r"^[^.;]*\b(?:once|when|if|after|unless)\b", re.IGNORECASE)


def _changed_to(text: str) -> str:
    """The row with its first strength replaced by the one a later change sets."""
    change = _CHANGED_TO.search(text)
    first = _first_strength(text)
    if change is None or first is None or first.start() >= change.start():
        return text
    if _LATER_CHANGE.search(text[: change.start()]) or _ONCE.search(text[change.end() :]):
        return text  # "to increase to 200 mg once settled": a change still to come
    return f"{text[: first.start()]}{change.group('new')}{text[first.end() : change.start()]}"


_FROM_TO = re.compile(
    # (also "dose changed 5mg -> 10mg")
    rf"(?:\bfrom\s+)?(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:micrograms?|{DOSE_UNIT})?"
    # ("40 mg PO daily -> now 20 mg PO daily")
    rf"(?:\s+to|(?:\s+[A-Za-z]{{1,8}}){{0,3}}\s*(?:->|→|=>))\s+(?:now\s+)?"
    rf"(?P<new>\d+(?:[.,]\d+)?\s*(?:micrograms?|{DOSE_UNIT}))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class MedicationRow:
    name: str
    match: ConceptMatch | None
    dose: str | None
    unit: str | None
    route: str | None
    frequency: str | None


def find_route(text: str) -> str | None:
    found = _ROUTE.search(repair_words(text))
    return ROUTES[found.group(0).lower()] if found else None


# Epic writes counts as digits and words: "2 (two) times daily", "3 times a day".
_COUNTED_TIMES = re.compile(
    r"\b([1-4])\s*(?:\((?:one|two|three|four)\)\s*)?times?\s+(?=daily|a day|per day)",
    re.IGNORECASE,
)
_COUNT_WORDS = {"1": "once ", "2": "two times ", "3": "three times ", "4": "four times "}


def find_frequency(text: str) -> str | None:
    """The normalised frequency ("twice daily"), with "as needed" appended for PRN."""
    text = _COUNTED_TIMES.sub(lambda m: _COUNT_WORDS[m.group(1)], repair_words(text))
    base: str | None = None
    as_needed = False
    for found in _FREQUENCY.finditer(text):
        value = FREQUENCIES[found.group(0).lower()]
        if value == "as needed":
            as_needed = True
        elif base is None:
            base = value
    hours = _EVERY_N_HOURS.search(text)
    if hours and (base is None or base.startswith("every")):
        count = hours.group(1) or hours.group(2)
        base = _HOURLY_NAMES.get(count, f"every {int(count)} hours")
    if as_needed:
        return f"{base} as needed" if base else "as needed"
    return base


#: What a strength is not: what a sachet is mixed in ("in 200 mL water"), or a step of a
#: taper ("reduce prednisolone by 1 mg every four weeks").
_DILUENT = re.compile(r"\b(?:(?:diluted |dissolved |mixed )?in(?:to)?|by)\s*$", re.IGNORECASE)


#: "5mg/1.25mg" is the combination strength "5/1.25 mg", not two doses.
_UNIT_EACH = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(mg|mcg|micrograms?|g)\s*/\s*(\d+(?:\.\d+)?)\s*\2(?![A-Za-z])",
    re.IGNORECASE,
)


def _one_unit(text: str) -> str:
    return _UNIT_EACH.sub(r"\1/\3 \2", text)


def strengths(text: str) -> list[tuple[re.Match[str], bool]]:
    """Every strength on the line (in ``_one_unit`` form) and whether it is a concentration
    ("100 units/mL")."""
    text = _one_unit(text)
    found_all: list[tuple[re.Match[str], bool]] = []
    for found in _DOSE.finditer(text):
        if found.group("unit").lower() not in _STRENGTH_UNITS:
            continue
        if _DILUENT.search(text, 0, found.start()):
            continue  # "1 sachet in 200 mL water", "reduce by 1 mg": not the dose
        if re.search(r"/\s*$", text[: found.start()]):
            continue  # "1.5 mg/0.5 mL": the volume a strength comes in, not a dose
        glued_left = found.start() > 0 and text[found.start() - 1].isalpha()
        if glued_left and found.end("dose") == found.start("unit"):
            continue  # "Albuter0l": a digit inside a word, not a dose
        found_all.append((found, bool(_CONCENTRATION.match(text, found.end()))))
    return found_all


def is_strength_only(text: str) -> bool:
    """A line that is a strength and nothing else: "300/300/50 mg"."""
    found = _DOSE.fullmatch(text.strip())
    return found is not None and found.group("unit").lower() in _STRENGTH_UNITS


def _first_strength(text: str) -> re.Match[str] | None:
    return next((found for found, conc in strengths(text) if not conc), None)


def _name_stop(text: str) -> int | None:
    """Where the drug name ends: at the first strength, a concentration included."""
    found = strengths(text)
    return found[0][0].start() if found else None


#: A strength printed without its unit, as Australian dispensing labels print a brand's:
#: "Lipitor 40 (atorvastatin) tab", "Diaformin XR 1000 (metformin) tab", "Seretide MDI
#: 250/25". The number must stand between a name and the pack's form.
_BARE_STRENGTH = re.compile(
    # (the generic in brackets, or a release tag, tells it from a count: "metformin 2 tabs")
    r"\b[A-Za-z][\w-]{2,}\s+(?:(?:XR|SR|CR|MR|ER|XL|LA|CD)\s+)?"
    # (a form's word may come between: "Foracort 400 Rotacap (formoterol + budesonide)"; and
    # after the generic anything, as South Asian brands print their strength: "Olmesar 20
    # (olmesartan) 1 tablet once daily", "Pan 40 (pantoprazole) once daily", "... - Stop")
    r"(?P<dose>\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?)\s*(?:[A-Z][a-z]{2,9}\s+)?"
    r"\((?!(?:one|two|half)\b)[A-Za-z][^()]*\)"
    r"|\b[A-Za-z][\w-]{2,}\s+(?:XR|SR|CR|MR|ER|XL|LA|CD)\s+(?P<released>\d+(?:\.\d+)?)\s*"
    r"(?:tabs?|tablets?|caps?|capsules?)\b"
    # a combination whose generics wrap onto the next line: "Coveram 5/5 (perindopril"
    r"|\b[A-Za-z][\w-]{2,}\s+(?P<combo>\d+(?:\.\d+)?/\d+(?:\.\d+)?)\s*\((?![^()]*\))"
    r"|\b(?:MDI|inhaler|accuhaler|evohaler|turbuhaler)\s+(?P<puffer>\d+(?:/\d+)?)(?![\d.%])"
    r"(?!\s*(?:puffs?|doses?|inhalations?|actuations?|sprays?|blisters?)\b)",
    re.IGNORECASE,
)
# (also "500 mg tabs-1 g", "5 mg tabs - 40 mg": a dash between the product and the dose)
# (or "150 mg tablet  Take 900 mg (6 tablets)": the directions' own dose)
_PRODUCT_FORM = re.compile(
    # (an RxNorm name gives the route before the form: "0.1 MG Oral Tablet  100 mcg by mouth")
    r"\s*(?:(?:oral|sublingual|chewable|delayed release|extended release|disintegrating)\s+)*"
    r"(?:tablets?|tabs?|capsules?|caps?)(?:\s+|\s*[-\u2013]\s*)(?:take\s+)?(?=\d)",
    re.IGNORECASE,
)


#: A first dose that differs from the rest: "500 mg day 1 then 250 mg daily days 2-5".
_LOADING_THEN = re.compile(r"\bday 1\b[^.;]{0,20}\bthen\b|\bloading\b", re.IGNORECASE)
#: The count taken, with what it comes to in brackets: "8 tablets (40 mg)".
_COUNT_COMES_TO = re.compile(r"\s*\d+\s*(?:tablets?|tabs?|capsules?|caps?)\s*\(\s*", re.I)


#: The dose the directions give right after the product's strength, with its route:
#: "Acetaminophen 325 mg  650 mg by mouth every 6 hours" (an EHR's medication table).
_DIRECTIONS_DOSE = re.compile(
    r"\s+(?=\d[\d.,]*\s*(?:mg|g|mcg|micrograms?|units?|mL)\s+"
    r"(?:by mouth|orally|PO|p\.o\.|sublingually|SL|subcutaneously|SC|SQ)\b)",
    re.IGNORECASE,
)


def _dose_after_product(text: str, strength: re.Match[str] | None) -> re.Match[str] | None:
    """The strength right after "<strength> tablet", a medicines table's dose column, or
    what the count after it comes to ("5 mg tablet  8 tablets (40 mg)")."""
    if strength is None:
        return None
    form = _PRODUCT_FORM.match(text, strength.end()) or _DIRECTIONS_DOSE.match(text, strength.end())
    if form is None or _LOADING_THEN.search(text, form.end()):
        return None  # ("500 mg day 1 then 250 mg daily": a loading dose, then the dose)
    starts = {form.end()}
    if (count := _COUNT_COMES_TO.match(text, form.end())) is not None:
        starts.add(count.end())
    return next(
        (found for found, conc in strengths(text) if found.start() in starts and not conc),
        None,
    )


_NEW_CLAUSE = re.compile(
    # (also a new sentence: "... now takes omeprazole. I gave her Depo-Medrone 80 mg")
    rf",\s*(?:and|but|then)\s+(?!then\b)\w+|;|{SENTENCE_BREAK.pattern}",
    re.IGNORECASE,
)


def _count_dose(text: str) -> tuple[str, str] | None:
    for found in _DOSE.finditer(text):
        unit = _COUNT_UNITS.get(found.group("unit").lower())
        if unit is not None:
            return number_text(found.group("dose")).replace(" ", ""), unit
    return None


def display_name(written: str, match: ConceptMatch | None, line: str = "") -> str:
    """The name to store: a brand becomes "Generic (Brand)"; anything else stays as written.

    The generic is the one the line prints when it prints one: "Panadol Osteo (paracetamol
    665 mg)" is paracetamol, not acetaminophen."""
    if match is None:
        return written
    known = drug_names.lookup(written)
    if known is not None and known.is_brand and known.concept.name.lower() != written.lower():
        return f"{_generic_in(line, match) or match.concept.name} ({written})"
    return written


def _generic_in(line: str, match: ConceptMatch) -> str | None:
    for spelling in (match.concept.name, *match.concept.synonyms):
        found = re.search(rf"\b{re.escape(spelling)}\b", line, re.IGNORECASE)
        named = drug_names.lookup(spelling) if found else None
        if found and not (named is not None and named.is_brand):
            return spelling
    return None


def _name_part(text: str) -> str:
    name = BRACKETED.sub(" ", text)
    form = _FORM_WORDS.search(name)
    if form is not None and name[: form.start()].strip():
        name = name[: form.start()]  # "Oral rehydration salts" starts with one: a name
    name = re.sub(r"[\s:,;.\-]+$", "", name)
    # "(TDF/3TC/DTG); Cotrimoxazole", "(isoniazid 300 mg": what opens the text is no name
    name = re.sub(r"^[^\w]*\)[\s;,.]*|^[\s(\[;:,.]+", "", name)
    return re.sub(r"\s+", " ", name).strip()


def strip_prefixes(text: str) -> str:
    text = LIST_MARKER.sub("", text, count=1)
    return _FORM_PREFIX.sub("", _RX_PREFIX.sub("", text, count=1), count=1)


_GENERIC_AFTER_STRENGTH = re.compile(r"\s*\((?P<name>[^\W\d_][^()\d]{3,38})\)")
_SURE_GENERIC = 0.9


def parse_medication(line: str, *, require_known: bool = True) -> MedicationRow | None:
    """Parse a medication line, or None if it does not name one.

    With ``require_known`` the drug must be in the bundled table; in a medication
    section any name followed by a strength is accepted.
    """
    # (the list marker first: word repair would read "5-Nexium" as "s-Nexium")
    unmarked = LIST_MARKER.sub("", line, count=1)
    text = _one_unit(_UNGLUE.sub(r"\1 \2", strip_prefixes(repair_words(repair_digits(unmarked)))))
    result = _RESULT_AFTER_NUMBER.search(text)
    if result is not None and not _INSULIN_STRENGTH.search(
        text, max(result.start() - 2, 0), result.end()
    ):
        return None  # "Vitamin D (25-OH) 14.2 L ng/mL": a result line, not a medicine
    # "dose increased from 0.15 mg to 0.3 mg": the dose now is the one after "to".
    text = _FROM_TO.sub(lambda m: f"{m.group('new')} ", text, count=1)
    text = _changed_to(text)
    text = _LIMIT.sub(" ", text)  # "not to exceed 8 tablets in 24 hours" is a ceiling
    strength = _first_strength(text)
    stop = _name_stop(text)
    head = text[:stop] if stop is not None else text
    name = _name_part(head)
    known = MEDICATION_INDEX.lookup(name) if name else None
    spelling = known.spelling if known is not None else ""
    at = head.lower().find(spelling.lower()) if spelling else -1
    if strength is not None and at >= 0 and SENTENCE_BREAK.search(head, at + len(spelling) - 1):
        # "... she now takes omeprazole. I gave her Depo-Medrone 80 mg": the strength is in
        # the next sentence, about another drug
        strength, stop = None, len(text)
    if known is None:
        # "on ferrous sulfate - recheck in 3 months. Start vitamin D 2000 IU": the strength
        # belongs to the drug named last before it.
        # A brand and its generic in brackets ("Brufen (ibuprofen)") are one drug.
        named = [
            found
            for found in MEDICATION_INDEX.scan_all(head)
            if head[: found[1]].count("(") <= head[: found[1]].count(")")
        ]
        scanned = named[-1] if len(named) > 1 else MEDICATION_INDEX.scan(head)
        if scanned is not None:
            known, start, end = scanned
            name = _name_part(head[start:end])
            # (a fuzzy match may swallow what follows the name: "omeprazole. To")
            named_end = min(end, start + len(known.spelling))
            if strength is not None and _NEW_CLAUSE.search(head, max(named_end - 1, 0)):
                # "stopped sitagliptin, and titrated his basal insulin to 28 units": the
                # strength is in another clause, about something else.
                strength, stop = None, len(text)
    if known is None and strength is not None and re.search(r"[^\W\d_]{3,}", head):
        # "Prestarium Neo 5 mg (perindopril)": a brand we do not know, its strength, then
        # its generic in brackets
        generic = _GENERIC_AFTER_STRENGTH.match(text, strength.end())
        match = MEDICATION_INDEX.lookup(generic.group("name")) if generic else None
        if generic and match is not None and match.score >= _SURE_GENERIC:
            known, name = match, generic.group("name").strip()
    if known is None:
        words = name.split()
        letters = sum(ch.isalpha() for ch in name)
        if require_known or strength is None or letters < 3 or len(words) > 5:
            return None
        # "HbA1c 7.4 %" under a medicines heading still open: a result (named as printed;
        # word repair would read "HbA1c" as "HbAlc")
        # ("Vitamin B12 1000 micrograms IM" is a medicine: a dose's unit says so)
        printed = _name_part(re.split(r"\s(?=\d)", unmarked, maxsplit=1)[0])
        test = lookup_analyte(printed)
        dose_unit = _UNIT_SPELLING.get(strength.group("unit").lower(), "") in _DOSE_UNITS
        if test is not None and test.score >= _SURE_ANALYTE and not dose_unit:
            return None
    elif known.score < 1.0:
        name = known.spelling  # repair an OCR-damaged name to the table's spelling
    # "Metformin 500 mg tablet  1,000 mg  PO BID": the product, then the dose taken.
    strength = _dose_after_product(text, strength) or strength
    tail = text[strength.end() :] if strength else text[stop or 0 :]
    dose: str | None = None
    unit: str | None = None
    if strength:
        dose = number_text(strength.group("dose")).replace(" ", "")
        unit = _UNIT_SPELLING.get(strength.group("unit").lower())
        if unit in ("IU", "units") and _GROUPED_THOUSANDS.fullmatch(dose):
            dose = re.sub(r"[.,]", "", dose)  # "200.000 UI": no unit is dosed in thousandths
    elif (
        known is not None
        and (bare := _BARE_STRENGTH.search(text)) is not None
        and (bare.group("dose") is None or _names_it(bare.group(0), known))
    ):
        # "Lipitor 40 (atorvastatin) tab": the pack's strength, its unit unsaid
        dose = next(group for group in bare.groups() if group)
    elif known is not None and (counted := _count_dose(tail)) is not None:
        dose, unit = counted
    name = display_name(name, known, text)
    return MedicationRow(name, known, dose, unit, find_route(tail), find_frequency(tail))


_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _names_it(product: str, known: ConceptMatch) -> bool:
    """The product ("Brufen 400 (ibuprofen)") names the drug the row is about, by its
    spelling or by any name the table gives it; "aspirin allergy" after it is another drug."""
    written = set(re.findall(r"[^\W\d_]+", product.lower()))
    return any(
        set(re.findall(r"[^\W\d_]+", name.lower())) <= written
        for name in (known.spelling, known.concept.name, *known.concept.synonyms)
    )


def is_directions_only(line: str) -> bool:
    """A line with route or frequency but no strength: the "Sig" of the drug above."""
    text = repair_digits(line)
    if _first_strength(text) is not None:
        return False
    return find_route(text) is not None or find_frequency(text) is not None
