"""Text-shape checks for the validity gate: what a clinical name can never be.

Pure functions on one string, no vocabulary: a heading, a letter's sign-off, a
person's name or job title, a result line, a sentence. These catch the rows that
rules read off the wrong line ("Yours sincerely" stored as an allergy).
"""

from __future__ import annotations

import re


def _wordset(blob: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text (lists kept readable)."""
    return frozenset(blob.split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")

#: Closings and signature lines of letters and reports.
SIGN_OFFS = (
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "kind regards",
    "best regards",
    "warm regards",
    "with regards",
    "regards",
    "sincerely",
    "many thanks",
    "thank you",
    "thanks",
    "dictated but not read",
    "dictated not read",
    "electronically signed",
    "signed",
    "cc",
)

#: Job titles and post-nominals of the people who write clinical documents.
_TITLE_WORDS = _wordset(
    """
    practitioner gp doctor physician consultant registrar resident intern attending
    surgeon nurse midwife pharmacist specialist fellow officer clinician therapist
    psychologist paramedic dietitian dietician physiotherapist radiographer technician
    technologist scientist pathologist manager coordinator secretary receptionist
    administrator director professor lecturer md mbbs mbchb frcp frcs fracp fracgp mrcgp
    frcpc frcgp ccfp facp do rn np pa-c bpharm dnp
    """
)
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx|prof|sister|sr|nurse)\b\.?\s+\S", re.IGNORECASE)

#: Words that make a line a heading or a form label, never a clinical name on their own.
_HEADING_WORDS = _wordset(
    """
    results result report reports summary history plan impression assessment
    investigations investigation pathology examination findings diagnosis diagnoses
    medications medication medicines allergies allergy alerts problems problem list
    referral letter dear re regarding page date dob address phone tel fax email
    patient name nhs mrn hospital clinic practice signature signed comments notes note
    instructions recommendations follow-up followup discharge admission section table
    reference range units unit value values test tests specimen collected reported
    requested ordered status details information review
    encounters encounter insurance payers payer goals procedures maintenance directives
    team teams complaint visit immunisations immunizations vaccinations vitals
    demographics contacts providers
    """
)

#: Words of instruction, narration and grammar: their presence makes a sentence.
_SENTENCE_WORDS = _wordset(
    """
    please should would could will shall must may might can cannot was were is are be
    been being has have had do does did we i you he she they it his her their our my your
    this that these those which who whom whose when where while if then than because
    continue continued start started stop stopped take taken taking give given
    advise advised recommend recommended suggest suggested arrange arranged
    see seen saw review reviewed discuss discussed thank thanks regards
    """
)

#: Common given names (several countries): "<Given> <Family>" is a person, not a finding.
_GIVEN_NAMES = _wordset(
    """
    james john robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander patrick frank
    raymond jack dennis jerry tyler aaron jose adam nathan henry peter zachary douglas
    harold kyle noah ethan liam oliver harry charlie alfie callum connor sean ciaran
    declan aidan rahul amit raj sanjay vikram arjun rohan anil sunil ravi mohammed
    muhammad ahmed ali omar hamish angus lachlan mitchell
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
    anna brenda pamela emma nicole helen samantha katherine christine debra rachel
    carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria
    kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
    martha gloria teresa ann sara madison frances kathryn janice jean abigail alice
    sophie chloe charlotte lucy grace ella isla aoife siobhan niamh fiona priya anita
    sunita kavita deepa pooja neha aisha fatima jane claire louise kate
    """
)

_UNIT = re.compile(
    r"\d\s*(?:%|mmol|µmol|umol|mol|mg|g/|g\b|mcg|µg|ug|iu|u/|units?|ml|l\b|/l|dl|fl|pg"
    r"|x\s*10|10\^|mmhg|bpm|kg|cm|sec|s\b|min)",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def is_sign_off(text: str) -> bool:
    lowered = " ".join(words(text))
    return any(lowered == s or lowered.startswith(s + " ") for s in SIGN_OFFS)


#: Title words that are everyday words in another language unless written in capitals:
#: "do" (Portuguese "of the": "Erisipela do membro inferior") is no Doctor of Osteopathy.
_CAPITALS_ONLY = {"do": re.compile(r"\bDO\b")}


def is_job_title(text: str) -> bool:
    found = words(text)
    titles = [
        w
        for w in found
        if w in _TITLE_WORDS and (w not in _CAPITALS_ONLY or _CAPITALS_ONLY[w].search(text))
    ]
    return bool(titles) and len(found) <= 5


def is_person_name(text: str) -> bool:
    """A titled name ("Dr A. Smith") or "<common given name> <Capitalised>"."""
    stripped = text.strip()
    if _HONORIFIC.match(stripped):
        return True
    parts = stripped.split()
    return (
        2 <= len(parts) <= 4
        and parts[0].lower().strip(".,") in _GIVEN_NAMES
        and all(p[:1].isupper() for p in parts)
    )


def is_heading(text: str) -> bool:
    stripped = text.strip()
    if stripped.endswith(":"):
        return True
    found = words(stripped)
    if not found:
        return False
    if len(found) >= 2 and stripped.isupper():
        return True
    return any(w in _HEADING_WORDS for w in found)


def is_result_line(text: str) -> bool:
    """A measured value with a unit, or a run of numbers ("Hb 135 g/L", "48 mmol/mol")."""
    return bool(_UNIT.search(text)) or len(re.findall(r"\d+(?:\.\d+)?", text)) >= 2


def is_sentence(text: str, *, max_words: int = 6) -> bool:
    found = words(text)
    return len(found) > max_words or any(w in _SENTENCE_WORDS for w in found)


_NONE_STATEMENT = re.compile(
    r"^\s*(?:nil|none|nkda|nka|nkfa|no|not|unknown|n/?a)\b(?:\s+(?:known|reported|documented"
    r"|recorded|stated|on file|noted))?",
    re.IGNORECASE,
)


def is_none_statement(text: str) -> bool:
    """A negation with no name: "Nil known", "NKDA", "None", "Not on file"."""
    return bool(_NONE_STATEMENT.match(text))


def not_clinical_reason(text: str) -> str | None:
    """Why ``text`` can never name a clinical finding or substance, or None."""
    if not re.search(r"[A-Za-z]{2,}", text):
        return "no_words"
    if is_none_statement(text):
        return "none_statement"
    if is_sign_off(text):
        return "sign_off"
    if is_person_name(text):
        return "person_name"
    if is_job_title(text):
        return "job_title"
    return None


def is_noun_phrase(text: str, *, max_words: int = 4) -> bool:
    """A short phrase of words only: the shape of a name of a substance or a condition."""
    found = words(text)
    if not found or len(found) > max_words:
        return False
    if re.search(r"\d", text) and not re.search(r"[A-Za-z]\d|\d[A-Za-z]", text):
        return False  # bare numbers; "B12", "COVID-19", "H1N1" stay
    return not is_sentence(text, max_words=max_words) and not is_heading(text)
