"""Allergy statements: "Allergies: Penicillin (hives); Sulfa - rash", "NKDA"."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from adapters.extractors.offline.context import CHECKBOX
from adapters.extractors.offline.lexicon import REACTION_WORDS
from adapters.extractors.offline.matching import repair_words
from adapters.extractors.offline.medications import MEDICATION_INDEX
from adapters.extractors.offline.patterns import DASHES, LIST_MARKER

NO_KNOWN_ALLERGIES = re.compile(
    r"\b(?:nkda|nka|nkfa|no known (?:active |drug |food |medication )*(?:allergies|allergy)|"
    r"none known|no allergies|nil known|nil(?: allergies)?$|none$|not on file|unknown$|"
    r"no (?:active )?allergies (?:on file|recorded|documented)|no allergy information|"
    r"allergies not (?:recorded|assessed|known))",
    re.IGNORECASE,
)
_SEVERITY = re.compile(r"\b(mild|moderate|severe|life[- ]threatening)\b", re.IGNORECASE)
# A dash separates only with a space on at least one side ("Amoxicillin-clavulanate" stays).
_DASH_SEPARATOR = re.compile(rf"\s+[{DASHES}]\s*|\s*[{DASHES}]\s+|\s*(?:->|→)\s*")
_SEPARATOR = re.compile(
    rf"{_DASH_SEPARATOR.pattern}|\s*:\s*|\s+(?:causes|caused|reaction)\s*:?\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\s*(?:drug\s+)?allerg(?:y|ies)\s*(?:/\s*adverse reactions)?\s*[:\-]\s*", re.IGNORECASE
)
# "reaction:", also as OCR leaves it ("reactlon:", "reacti0n:").
_REACTION_LABEL = re.compile(
    r"^\s*(?:rea[a-z0-9]{3,6}|rxn)\s*[:\-]\s*|^\s*reactions?\s+", re.IGNORECASE
)
# "ALLERGIC TO: Peanut", "reports an allergy to iodinated contrast"
ALLERGIC_TO = re.compile(
    r"\b(?:(?:allergic|an allergy|allergies) to|"
    # other languages: "alérgica a la penicilina", "allergique à l'aspirine", "allergisch
    # gegen Penicillin", "allergico ai FANS", "allergisch voor", "allergisk mot"
    r"al[eé]rgic[oa]s? a(?: la| el| los| las)?|allergiques? (?:à|a)(?: la| l'| au| aux)?|"
    r"allergic[oa] (?:a|al|alla|ai|agli|alle)|allergisch (?:gegen|auf|voor)|"
    r"allergisk (?:mot|for|over for)|al[eé]rgic[oa] (?:a|ao|à))(?:\s*:?\s+|(?<=')\s*)",
    re.IGNORECASE,
)
#: The noun forms ("Alergia a la penicilina", "Allergie gegen Nüsse") only open an entry:
#: inside one, "Pas d'allergie à la pénicilline" is a negation of its own.
ALLERGY_TO = re.compile(
    r"^\s*(?:alergias? a(?: la| el| los| las)?|allergies? (?:à|a)(?: la| l'| au| aux)?|"
    r"allergia (?:a|al|alla|ai|agli|alle)|allergie (?:gegen|auf|voor)|alergia (?:a|ao|à)|"
    # Catalan: "Al·lèrgia a la neomicina"
    r"al[·.]?l[eè]rgia (?:a(?: la| l'| el| els| les)?))"
    r"(?:\s*:?\s+|(?<=')\s*)",
    re.IGNORECASE,
)
# "Latex allergy: [ ] Yes [X] No": the answer starts at the first box or yes/no word.
_ANSWER = re.compile(rf"{CHECKBOX.pattern}|[☐☒☑]|\b(?:yes|no)\b", re.IGNORECASE)
_ALLERGY_WORD = re.compile(r"\s+(?:allerg(?:y|ies)|intolerance|sensitivity)\s*$", re.IGNORECASE)
_HISTORY_LEAD = re.compile(
    r"^\s*(?:(?:past |previous |known )?(?:history of|h/o|hx of)|known|previous)\s+", re.I
)
# "penicillin (rash) and codeine": "and" joins allergens, but "rash and swelling" are reactions.
_REACTIONS_WORD = re.compile(r"(?<=[A-Za-z])\s+(?:reactions?|intolerance)(?=\s*:)", re.IGNORECASE)
_JOINER = re.compile(
    r"\s+(?:and|or|&)\s+|"
    # other languages, after a bracketed reaction: "amoxicilina (urticaria) y a marisco"
    r"(?<=\))\s+(?:y|e|et|und|en|og|och|i|a)(?:\s+(?:a|à|ao|al|aux?|gegen|voor|mot))?\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AllergyRow:
    substance: str
    reaction: str | None
    severity: str | None
    #: The row's own status cell says it no longer applies ("Inactive", "Resolved").
    inactive: bool = False


def _repair_reaction(text: str) -> str:
    """Fix OCR-damaged reaction words against a short list ("hivcs" -> "hives")."""
    words: list[str] = []
    for word in repair_words(text).split():
        if len(word) >= 4 and word.lower() not in REACTION_WORDS:
            close = difflib.get_close_matches(word.lower(), REACTION_WORDS, n=1, cutoff=0.8)
            word = close[0] if close else word
        words.append(word)
    return " ".join(words)


#: The next field of a banner line: "ALLERGY ALERT: Sulphonamides  Pharmacist: E. Owusu".
_NEXT_FIELD = re.compile(
    r"\s+(?:pharmacist|prescriber|doctor|dr|gp|consultant|nurse|clinician|signed|signature|"
    r"printed|reviewed by|recorded by|entered by)\s*:",
    re.IGNORECASE,
)


def split_allergy_list(text: str) -> list[tuple[int, int]]:
    """(start, end) of each allergy in a list separated by ';' or '|', by commas outside brackets,
    by sentences ("Sulfa: hives. Shellfish: throat swelling") or by a dash after a bracketed
    reaction ("SULFAMETHOXAZOLE (HIVES) - ACE INHIBITORS (COUGH)")."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    field = _NEXT_FIELD.search(text)
    if field is not None:
        text = text[: field.start()]  # the banner's next field is no allergy
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (char in ";,|" or _ITEM_BREAK.match(text, index)):
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(text)))
    pieces = [piece for s, e in spans for piece in _split_joined(text, s, e)]
    return _with_reactions_rejoined(text, [(s, e) for s, e in pieces if text[s:e].strip()])


# ". Shellfish" (a new sentence) or ") - ACE" (a dash after a bracketed reaction).
_ITEM_BREAK = re.compile(rf"(?<=[a-z)])\.(?=\s+[A-Z])|(?<=\))\s*[{DASHES}](?=\s+[A-Za-z])")


def _with_reactions_rejoined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Put back a piece the commas cut from a reaction: "cat dander sneezing, itchy eyes"."""
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        words = text[start:end].split()
        first = words[0].lower().strip(",.;:()") if words else ""
        if joined and (first in REACTION_WORDS or _SEVERITY.fullmatch(first)):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _split_joined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut at "and"/"or" outside brackets, unless a reaction word follows it."""
    pieces: list[tuple[int, int]] = []
    for found in _JOINER.finditer(text, start, end):
        inside = text[start : found.start()]
        if inside.count("(") != inside.count(")"):
            continue
        following = text[found.end() : end].split()
        word = following[0].lower().strip(",.;()") if following else ""
        # After "Penicillin - rash" the words that follow are reactions, not allergens.
        if not word or word in REACTION_WORDS or _SEPARATOR.search(inside):
            continue
        pieces.append((start, found.start()))
        start = found.end()
    pieces.append((start, end))
    return pieces


# Trailing cells of an allergy table row: "Cefalexin Urticaria Moderate Active".
_STATUS_CELL = re.compile(
    r"\s+(active|inactive|resolved|confirmed|suspected|unconfirmed|historical)\s*$", re.I
)
_NO_LONGER = frozenset({"inactive", "resolved", "historical"})
_DASHED_STATUS = re.compile(r"\s[-\u2013\u2014]\s*(inactive|resolved|historical)\b", re.I)
#: A record its own system voids: FHIR's "entered-in-error" and "refuted" (C-CDA prints
#: "Inactive - entered in error"). No allergy of the patient at all.
VOID_STATUS = re.compile(r"\b(?:entered[- ]in[- ]error|refuted|recorded in error)\b", re.I)
_SEVERITY_CELL = re.compile(r"\s+(mild|moderate|severe|life[- ]threatening)\s*$", re.I)
_MAX_SUBSTANCE_WORDS = 3
_YEAR_CELL = re.compile(r"\s+(?:19|20)\d{2}\s*$")
_DATE_CELL = re.compile(
    r"(?:\s+(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[-\s][A-Za-z]{3}[-\s]\d{4}))+\s*$"
)
#: A first column giving when it was recorded: "02 May 2009  Codeine  Vomiting".
_LEADING_DATE_CELL = re.compile(
    r"^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[-\s][A-Za-z]{3,9}\.?[-\s]\d{4})\s+(?=[A-Za-z])"
)
#: The type column: "Allergy", "Adverse reaction", "Intolerance".
_TYPE_CELL = re.compile(
    r"\s+(?:allergy|adverse (?:drug )?reaction|intolerance|side effect)\s*$", re.IGNORECASE
)
#: The category column after the substance: "Shellfish  Food  Anaphylaxis".
_CATEGORY_CELL = re.compile(
    r"^(?:drug class|drug|food|environment(?:al)?|medication|environmental agent|other|"
    r"adverse (?:drug )?reaction|allergy|intolerance)\b\s*",
    re.IGNORECASE,
)


def split_table_row(text: str, *, require_cells: bool = False) -> AllergyRow | None:
    """An allergy table row printed without separators, split into its cells.

    The substance is the longest opening run of words (up to three) that the allergen
    vocabulary knows, with a bracketed brand after it ("Sulfa (Septra)"); what follows is
    the reaction, then the severity and status cells. A row without severity or status
    cells must go on with a reaction word ("Penicillin  hives all over  2010").
    """
    from adapters.extractors.vocabulary import shared_vocabulary  # the package imports us

    # The trailing cells, in whatever order the system prints them: "... Severe Active
    # 03/07/2026", "... Mild  Adverse reaction  12-Mar-2025", "... Severe  2013".
    rest, status, severity, typed = text.strip(), None, None, False
    if (dated := _LEADING_DATE_CELL.match(rest)) is not None:
        rest, typed = rest[dated.end() :], True
    while True:
        before = rest
        # a type column or a full date: cells, not the end of a sentence
        typed = typed or _TYPE_CELL.search(rest) is not None or _DATE_CELL.search(rest) is not None
        rest = _DATE_CELL.sub("", _YEAR_CELL.sub("", _TYPE_CELL.sub("", rest))).strip()
        if (found := _STATUS_CELL.search(rest)) is not None:
            status, rest = status or found.group(1).lower(), rest[: found.start()].strip()
        if (found := _SEVERITY_CELL.search(rest)) is not None:
            severity, rest = severity or found.group(1).lower(), rest[: found.start()].strip()
        if rest == before:
            break
    inactive = status in _NO_LONGER
    has_cells = rest != text.strip()
    if require_cells and not (status or severity or typed):
        return None
    words = re.findall(r"\([^)]*\)|\S+", rest)
    if len(words) < 2:
        return None  # a bare name
    vocabulary = shared_vocabulary()
    for count in range(min(_MAX_SUBSTANCE_WORDS, len(words) - 1), 0, -1):
        if _CATEGORY_CELL.fullmatch(words[count - 1]) or words[count - 1].startswith("("):
            continue  # "Sulfamethoxazole-trimethoprim Drug": the substance ends before its category
        if vocabulary.allergen(" ".join(words[:count])) is None:
            continue
        substance = " ".join(words[:count])
        if words[count].startswith("("):
            # "Sulfa (Septra)": the brand belongs to the substance; "Peanut (food)" is a kind
            if not _CATEGORY_CELL.fullmatch(words[count].strip("() ")):
                substance = f"{substance} {words[count]}"
            count += 1
        reaction = _CATEGORY_CELL.sub("", " ".join(words[count:])) or None
        opening = {w.lower().strip(",.;") for w in (reaction or "").split()[:3]}
        if not has_cells and not opening & set(REACTION_WORDS):
            return None  # a sentence, not a table row ("Latex  Contact dermatitis" is one)
        return AllergyRow(substance, reaction, severity, inactive)
    return None


#: The end of a sentence before another: "Peanuts - anaphylaxis. Not allergic to ...".
_SENTENCE_END = re.compile(r"[.;](?=\s+[^\W\d_])")
_ALLERGY_STEM = re.compile(r"al+[eé]r?g", re.IGNORECASE)
#: ... and a full stop alone (a semicolon parts the items of one list)
_FULL_STOP = re.compile(r"\.(?=\s+[^\W\d_])")


def strip_label(text: str) -> str:
    text = _LABEL.sub("", text, count=1)
    found = ALLERGIC_TO.search(text) or ALLERGY_TO.match(text)
    if found is None:
        return text
    ends = [end.start() for end in _SENTENCE_END.finditer(text, 0, found.start())]
    after = text[found.end() :]
    if (end := _FULL_STOP.search(after)) is not None and not _ALLERGY_STEM.search(
        after[end.end() :]
    ):
        # "Alergia a penicilina (exantema). Madre con diabetes.": the sentence after is
        # about something else
        after = after[: end.start()]
    if ends:
        # "Peanøtter - anafylaksi. Ikke allergisk mot penicillin": the sentence before the
        # label is a list of its own
        return f"{text[: ends[-1]]}; {after}"
    return after


def _names_a_reaction(text: str) -> bool:
    """A reaction or severity word, or anything but a substance's explanation in capitals
    or the drug it means ("sulphonamide antibiotics (co-trimoxazole)")."""
    words = {w.lower().strip(",.;:") for w in text.split()}
    if words & set(REACTION_WORDS) or _SEVERITY.search(text) or re.search(r"\d", text):
        return True
    if MEDICATION_INDEX.lookup(text.strip(), fuzzy=False) is not None:
        return False
    return not (text.isupper() or "antibiotic" in text.lower() or "drugs" in text.lower())


def _dash_inside_a_cell(text: str) -> bool:
    """ "Penicillin  Anaphylaxis - severe  12-Mar-1998": the dash sits inside the reaction
    cell when what stands before it is no allergen ("Penicillin Anaphylaxis")."""
    from adapters.extractors.vocabulary import shared_vocabulary  # the package imports us

    head = _DASH_SEPARATOR.split(text, maxsplit=1)[0].strip()
    return len(head.split()) > 1 and shared_vocabulary().allergen(head) is None


#: A dash between two words with no space around it: "Penicillin-anaphylaxis".
_TIGHT_DASH = re.compile(rf"(?<=[A-Za-z])[{DASHES}](?=[A-Za-z])")


def _tight_dash_split(text: str) -> list[str]:
    """[substance, reaction] at an unspaced dash whose right side opens with a reaction
    word ("Penicillin-anaphylaxis"; "Co-trimoxazole" stays whole), else [text]."""
    for dash in _TIGHT_DASH.finditer(text):
        after = text[dash.end() :]
        if after.split()[0].lower().strip(",.;") in REACTION_WORDS:
            return [text[: dash.start()], after]
    return [text]


def says_inactive(line: str) -> bool:
    """A row whose status cell, between dashes, says it no longer applies."""
    status = _DASHED_STATUS.search(line)
    return status is not None and status.group(1).lower() in _NO_LONGER


#: A form row's label before the allergen: "Medikamentenallergie  Clindamycin - Ausschlag".
_CATEGORY_LEAD = re.compile(
    r"^\s*(?:[^\W\d_]*(?:allergie|allergy|allergia|alergia)|overgevoeligheid|intolerantie|"
    r"intolerance|intolerancia|unvertr(?:ä|a)glichkeit)\s+(?=\S)",
    re.IGNORECASE,
)


def _without_category_lead(text: str) -> str:
    """The row without a category label that stands before a known allergen (a compound
    that names its allergen, "Penicillinallergie - Exanthem", stays)."""
    from adapters.extractors.vocabulary import shared_vocabulary  # the package imports us

    lead = _CATEGORY_LEAD.match(text)
    if lead is None:
        return text
    rest = text[lead.end() :]
    first = re.split(r"\s+[-\u2013\u2014(]|\s*,", rest, maxsplit=1)[0].split()
    known = any(
        shared_vocabulary().allergen(" ".join(first[:count])) is not None
        for count in range(1, min(3, len(first)) + 1)
    )
    return rest if known else text


def _named_after_label(label: str, rest: str) -> tuple[str, str] | None:
    """(allergen, reaction) when ``label`` is no allergen and ``rest`` starts with a known
    one: a form's row "Drugs [X] Yes  penicillin - anaphylaxis", read as "Drugs - penicillin
    - anaphylaxis", names its allergen after the row's label, in any language."""
    from adapters.extractors.vocabulary import shared_vocabulary  # the package imports us

    vocabulary = shared_vocabulary()
    if vocabulary.allergen(label) is not None:
        return None
    first, *after = _SEPARATOR.split(rest, maxsplit=1)
    if vocabulary.allergen(first.strip(" .;,")) is None:
        return None
    return first.strip(" .;,"), after[0] if after else ""


def _slash_joined(row: AllergyRow) -> AllergyRow:
    """ "Jod / Röntgenkontrastmittel  Quaddeln": the word after a slash is the substance's."""
    if not row.substance.rstrip().endswith("/") or not row.reaction:
        return row
    word, _, rest = row.reaction.partition(" ")
    return replace(row, substance=f"{row.substance.rstrip()} {word}", reaction=rest or None)


def parse_allergy(piece: str) -> AllergyRow | None:
    text = strip_label(LIST_MARKER.sub("", piece, count=1)).strip(" .;,")
    if CHECKBOX.search(text):
        answer = _ANSWER.search(text)
        text = text[: answer.start()].strip(" .;,:-") if answer else text
        text = _ALLERGY_WORD.sub("", text)
    if not text or NO_KNOWN_ALLERGIES.search(text):
        return None
    # "Montelukast  Vivid dreams, sleep disturbance  Mild  Adverse reaction  12-Mar-2025": a
    # table row's cells say where the substance ends better than its commas do.
    text = _without_category_lead(text)
    tabular = _DASH_SEPARATOR.search(text) is None or _dash_inside_a_cell(text)
    if tabular and (row := split_table_row(text, require_cells=True)) is not None:
        return _slash_joined(row)
    reaction_parts: list[str] = []
    bracket = re.search(r"\(([^)]*)\)", text)
    if bracket and _names_a_reaction(bracket.group(1)):
        reaction_parts.append(bracket.group(1))
        text = (text[: bracket.start()] + text[bracket.end() :]).strip()
    # Otherwise the bracket says what the substance is ("SULFA (SULFONAMIDE ANTIBIOTICS)")
    # and stays with it.
    text = _REACTIONS_WORD.sub("", text)  # "Iodinated Contrast Media Reactions: Hives"
    separated = _SEPARATOR.split(text, maxsplit=1)
    if len(separated) == 1:
        separated = _tight_dash_split(text)
    # "history of penicillin allergy": the substance is penicillin (context reads "history").
    substance = _ALLERGY_WORD.sub("", _HISTORY_LEAD.sub("", separated[0])).strip(" .;,-")
    if len(separated) > 1 and (named := _named_after_label(substance, separated[1])):
        substance, separated[1] = named
    if len(separated) > 1:
        reaction_parts.insert(0, separated[1])
    elif (row := split_table_row(substance)) is not None:
        return _slash_joined(row)
    reaction_text = " ".join(_REACTION_LABEL.sub("", p).strip() for p in reaction_parts)
    severity_match = _SEVERITY.search(reaction_text)
    severity = severity_match.group(1).lower() if severity_match else None
    if severity_match:
        reaction_text = _SEVERITY.sub("", reaction_text)
    reaction = _repair_reaction(re.sub(r"\s+", " ", reaction_text).strip(" ,;-()")) or None
    if not re.search(r"[A-Za-z]{3,}", substance) or len(substance.split()) > 6:
        return None
    # "Penicillin G  Rash (childhood) - Inactive - tolerated": a status cell between dashes
    inactive = says_inactive(text)
    if inactive and reaction is not None:
        reaction = _DASHED_STATUS.split(f" - {reaction}", maxsplit=1)[0].strip(" -\u2013") or None
    return _slash_joined(AllergyRow(substance, reaction, severity, inactive))
