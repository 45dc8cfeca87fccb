"""Forms with tick boxes, rewritten as the statements they make.

Two layouts: a table whose header names the answer columns ("Substance  Yes  No  Unknown
Reaction"), each row ticking one box ("Penicillin [X] [ ] [ ] Anaphylaxis"); and a line
that ticks items of a list ("Known conditions: [X] Asthma [ ] Diabetes [X] Osteoarthritis").
A "Yes" row becomes "Penicillin - Anaphylaxis", a "No" row keeps a labelled "No" box (read
as negated), an "Unknown" row says nothing; a ticked list keeps only its ticked items.
"""

from __future__ import annotations

import itertools
import re

from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.patterns import BRACKETED, FREE_TEXT_FIELD

_BOX = re.compile(r"\[\s*(?P<mark>[xX✓✔]?)\s*\]|(?P<glyph>[☐☒☑])")
_ANSWER_WORDS = ("yes", "no", "unknown")
_HEADER_ANSWERS = re.compile(r"\byes\s+no(?:\s+(?:unknown|unsure|n/a))?\b", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*(?:yes|no|unknown|unsure|n/a)\b", re.IGNORECASE)


#: A question about allergies, whose details name them ("Allergies (food, insect)",
#: "Any allergies to medicines?", "Are you allergic to any medicine?").
ALLERGY_QUESTION = re.compile(r"\ballerg(?:y|ies|ic)\b", re.I)


def unanswered_label(text: str) -> bool:
    """A question row with no answer read ("9. Bleeding problems?", or a bare "Tuberculosis"
    whose mark the scan lost): it keeps a form's table open."""
    text = text.strip()
    bare = 0 < len(text.split()) <= 4 and not re.search(r"[\d:]", text)
    return text.endswith("?") or bare


def _ticked(box: re.Match[str]) -> bool:
    return bool(box.group("mark")) or box.group("glyph") in ("☒", "☑")


#: Examples in brackets after a question: "(infarction, angina, arrhythmia)".
_EXAMPLES = re.compile(
    # (also when the bracket wrapped onto the next line: "(infarto, angina,")
    r"\([^()]*(?:,|\bor\b|\bo\b|\bou\b|\boder\b)[^()]*(?:\)|$)",
    re.IGNORECASE,
)


#: Between a question's alternatives: "Asthma or COPD", "Asma o BPCO", "Ictus / TIA".
_ALTERNATIVES = re.compile(r"\s+(?:or|o|ou|oder|eller|lub|nebo|vagy)\s+|\s*/\s*", re.IGNORECASE)


def _named_alternatives(subject: str, detail: str) -> str:
    """The question's alternatives that the details name ("Asthma or COPD" answered
    "asthma, mild" is asthma); the question itself when they name none or all."""
    options = [o for o in _ALTERNATIVES.split(subject) if o.strip()]
    said = set(re.findall(r"[^\W\d_]{3,}", fold(detail.lower())))
    named = [o for o in options if set(re.findall(r"[^\W\d_]{3,}", fold(o.lower()))) & said]
    return " / ".join(named) if 0 < len(named) < len(options) else subject


def answer_columns(line: str) -> int:
    """How many answer columns (Yes, No[, Unknown]) a form table's header names; 0 if none."""
    found = _HEADER_ANSWERS.search(line)
    if found is None or _BOX.search(line):
        return 0
    return len(found.group(0).split())


def rewrite_row(line: str, columns: int) -> str | None:
    """The statement a row of an answer-column table makes; None if it is not such a row,
    "" if it states nothing (nothing ticked, or "Unknown")."""
    boxes = list(_BOX.finditer(line))
    if len(boxes) != columns or any(_LABELLED.match(line[b.end() :]) for b in boxes):
        return None
    if any(line[a.end() : b.start()].strip() for a, b in itertools.pairwise(boxes)):
        return None  # the boxes of one answer sit side by side
    ticked = [_ANSWER_WORDS[index] for index, box in enumerate(boxes) if _ticked(box)]
    subject = line[: boxes[0].start()].strip()
    detail = line[boxes[-1].end() :].strip()
    if ticked == ["yes"]:
        if detail and ALLERGY_QUESTION.search(subject):
            # "13. Other allergies (latex, food)? [X] [ ] Latex - itchy rash": the details
            # name the allergy, as a labelled field does ("Allergies: Latex - itchy rash").
            return f"Allergies: {detail}"
        subject = subject.rstrip(" ?")  # "1. High blood pressure?" asks; a Yes states it
        if detail:
            # "Heart disease (infarction, angina) [X] - ischaemic": a Yes answers the
            # question, not each of its examples; the details say which it is.
            subject = _named_alternatives(" ".join(_EXAMPLES.sub(" ", subject).split()), detail)
        return f"{subject} - {detail}" if detail else subject
    if ticked == ["no"]:
        # The examples in brackets ("Opioids (e.g. morphine, codeine)") are answered too.
        return f"{' '.join(BRACKETED.sub(' ', subject).split())} [ ] Yes [X] No"
    return ""  # nothing ticked, "Unknown", or a spoilt answer


_LIST_ITEM = re.compile(
    r"(?P<box>\[\s*[xX✓✔]?\s*\]|[☐☒☑])\s*(?P<item>[^\[\]☐☒☑]+?)\s*(?=\[|[☐☒☑]|$)"
)


def ticked_list(line: str) -> str | None:
    """ "Known conditions: Asthma; Osteoarthritis" from a line that ticks items of a list;
    None if the line is not one (fewer than two boxes, or boxes labelled Yes/No)."""
    items = list(_LIST_ITEM.finditer(line))
    if len(items) < 2 or any(
        item.group("item").strip().lower() in ("yes", "no", "unknown") for item in items
    ):
        return None
    head = line[: items[0].start()].strip()
    chosen = [
        item.group("item").strip(" ,;")
        for item in items
        if re.search(r"[xX✓✔☒☑]", item.group("box"))
    ]
    return f"{head} {'; '.join(chosen)}".strip() if chosen else ""


#: How OCR reads a scanned tick box: a ticked one as "[冈]" or "冈]", an empty one as "1]",
#: "[.]" or "[]". Read only on a line that has a box read as one.
_OCR_TICKED = re.compile(r"\[\s*[冈区図]\s*\]?|(?<!\S)[冈区図]\]")
_OCR_EMPTY = re.compile(r"(?<!\S)(?:[1lI]\]|\[\s*[.,:;'`]?\s*\])(?!\S)")


def repair_boxes(line: str) -> str:
    """ "Asthma 1] [冈]" -> "Asthma [ ] [X]"; a line without a box is left alone."""
    if not (_BOX.search(line) or _OCR_TICKED.search(line)):
        return line
    return _OCR_EMPTY.sub("[ ]", _OCR_TICKED.sub("[X]", line))


def _question_count(line: str) -> int:
    """How many questions a header row sets side by side ("Condition Yes No Condition Yes
    No" sets two)."""
    return max(1, len(_HEADER_ANSWERS.findall(line)))


def _rewrite_questions(line: str, columns: int, questions: int) -> str | None:
    """The statements of a row holding ``questions`` questions side by side."""
    if questions == 1:
        return rewrite_row(line, columns)
    boxes = list(_BOX.finditer(line))
    if len(boxes) != columns * questions:
        return rewrite_row(line, columns)
    parts: list[str] = []
    start = 0
    for number in range(questions):
        last = boxes[(number + 1) * columns - 1]
        end = boxes[(number + 1) * columns].start() if number + 1 < questions else len(line)
        # a detail cell after the last box belongs to the question before it
        if number + 1 < questions:
            end = last.end()
        statement = rewrite_row(line[start:end], columns)
        if statement is None:
            return None
        if statement:
            parts.append(statement)
        start = end
    return "; ".join(parts)


class AnswerColumns:
    """Remembers a form table's answer columns while its rows are read."""

    def __init__(self) -> None:
        self._columns = 0
        self._questions = 1

    def feed(self, line: str) -> str | None:
        """The line to read instead of ``line`` ("" to skip it), or None to read it as is."""
        if not line.strip():
            return None
        repaired = repair_boxes(line)
        columns = answer_columns(repaired)
        if columns:
            self._columns, self._questions = columns, _question_count(repaired)
            return None  # the header row still names its section
        if self._columns:
            row = _rewrite_questions(repaired, self._columns, self._questions)
            if row is not None:
                return row
            if not _BOX.search(repaired) and not unanswered_label(repaired):
                self._columns = 0  # a line without boxes ends the table
        line = repaired
        if (details := yes_details(line)) is not None:
            return details
        listed = ticked_list(line)
        return listed if listed is not None else answered_by_elimination(line)


#: "Do you have any allergies? ☒ Yes ☐ No Penicillin - rash": a question, its two answers
#: (each box before or after its word) and what the patient wrote after them.
_ANY_BOX = r"(?:\[\s*[xX✓✔]?\s*\]|[☐☒☑])"
_ANSWER = rf"(?:{_ANY_BOX}\s*(?:yes|no)\b|(?:yes|no)\s*{_ANY_BOX})"
_QUESTION_ANSWERED = re.compile(
    rf"^\s*(?P<question>[^?]{{3,120}}\?)\s*(?P<answers>{_ANSWER}\s*{_ANSWER})\s*(?P<details>\S.*)$",
    re.IGNORECASE,
)


def yes_details(line: str) -> str | None:
    """What the patient wrote after a question answered Yes: the question only asks what its
    section already says, and its "☐ No" is no negation of the answer."""
    found = _QUESTION_ANSWERED.match(line)
    if found is None:
        return None
    answers = found.group("answers").lower()
    yes_at = answers.find("yes")
    ticked = [m for m in _BOX.finditer(answers) if _ticked(m)]
    if len(ticked) != 1 or _BOX.search(found.group("details")):
        return None
    box = ticked[0]
    # the ticked box is Yes's when it is the nearer box to the word "yes"
    boxes = list(_BOX.finditer(answers))
    nearest = min(boxes, key=lambda m: abs(m.start() - yes_at))
    return found.group("details").strip() if nearest.start() == box.start() else None


# "Diabetes  Yes □  No": on a scan, the printed empty box is read and the ticked one, its
# printed square overwritten by hand, is not. A box belongs to the answer before it.
_EMPTY = r"(?:[☐□]|\[\s*\])"
_PAIR = re.compile(
    rf"(?P<label>[A-Za-z][A-Za-z '/()-]*?)\s*:?\s+yes\s*(?P<yes>{_EMPTY})?\s*no\b\s*"
    rf"(?P<no>{_EMPTY})?",
    re.IGNORECASE,
)


def answered_by_elimination(line: str) -> str | None:
    """ "Diabetes [ ] Yes [X] No" for a row whose only box read is an empty one under Yes;
    None when any answer cannot be told this way. Only a No is inferred: a Yes so inferred
    is not a fact to write (``TickBoxForm`` sends such rows to review)."""
    pairs = list(_PAIR.finditer(line))
    if not pairs or _BOX.search(_PAIR.sub(" ", line)):
        return None
    if any(bool(p.group("yes")) == bool(p.group("no")) or p.group("no") for p in pairs):
        return None  # both boxes (or none) read, or the empty one is No's
    return "; ".join(f"{p.group('label').strip()} [ ] Yes [X] No" for p in pairs)


_TICK_INVITATION = re.compile(
    r"\b(?:tick|check)\b.{0,40}\b(?:box|apply|one|each)\b|\((?:please )?(?:tick|check)\)|"
    # other languages (accents off): "(cochez la case)", "marque con una X", "ankreuzen"
    r"\bcoche[zr]\b|\bmarque (?:con|com)\b|\bmarcar con\b|\bankreuzen\b|\bkreuzen sie\b|"
    r"\bbarrare\b|\baankruisen\b|\bkryssa\b|\bsett kryss\b|\bzaznacz\b",
    re.I,
)
_FORM_PART = re.compile(r"^\s*[A-H][.)]\s+[A-Z]")  # "B. Symptoms today"
#: A question column's header that ends in its answer columns: "Do you have or have you
#: had:  Yes  No  Details" (not a row answered "Regular medicines  X Yes  No").
_ANSWER_HEADER_END = re.compile(
    r":\s*yes\s+no(?:\s+(?:unknown|unsure|n/a))?"
    r"(?:\s+(?:details?|comments?|remarks?|notes?|specify|if yes[^\n]{0,30}))?\s*$",
    re.IGNORECASE,
)
#: The answer columns of a form's header, in English and other languages (accents off).
YES_WORDS = frozenset({"yes", "oui", "si", "sim", "ja", "tak", "ano", "igen"})
NO_WORDS = frozenset({"no", "non", "nao", "nein", "nee", "nej", "nie", "nem"})
_ANSWER_COLUMNS = YES_WORDS | NO_WORDS | {"unknown", "unsure", "n/a"}
#: ... and the details column beside them ("Oui Non Précisions", "Sí No Observaciones").
_DETAILS_COLUMNS = frozenset(
    {"precisions", "precisez", "detalles", "observaciones", "detalhes", "observacoes"}
    | {"bemerkungen", "dettagli", "note", "toelichting", "kommentar"}
    | {"detalle", "detalhe", "erlauterungen", "erlaeuterungen", "opmerkingen"}
    | {"laquelle", "lequel", "¿cual?", "cual?", "welche?", "quale?"}
    | {"angaben", "anmerkungen", "uwagi", "poznamky", "poznamka", "megjegyzes", "merknader"}
    | {"observacions", "observacio", "remarques"}
    | {"bemerkninger", "bemerkningar", "huomautukset", "lisatiedot", "opombe", "napomene"}
)
_ANSWERS_ONLY = _ANSWER_COLUMNS | _DETAILS_COLUMNS


#: A form's free-text field under its questions: what it says is written, not ticked.
_SPELLED_OUT = re.compile(rf"^\s*{FREE_TEXT_FIELD}\s*:\s*\S", re.IGNORECASE)


class TickBoxForm:
    """Knows when a line sits in a tick-box form whose answers were not read.

    A form opens at a header of answer columns ("Yes No Yes No") or an invitation to tick;
    it closes at the form's next lettered part or a section heading. A line inside it that
    ``AnswerColumns`` could not rewrite ticks boxes we cannot place: what it names is
    written for review, never as a fact ("Sickle cell disease 区" may be a tick under No).
    """

    def __init__(self) -> None:
        self._open = False

    def feed(self, line: str, *, resolved: bool, heading: bool) -> bool:
        """Whether ``line`` is an unread row of an open form."""
        words = fold(line.lower()).split()
        answers = [w for w in words if w in _ANSWER_COLUMNS]
        if (
            (words and set(words) <= _ANSWERS_ONLY and len(answers) >= 2)
            or _TICK_INVITATION.search(fold(line))
            or (_ANSWER_HEADER_END.search(line) and not _BOX.search(line))
        ):
            self._open = True
            return False
        if heading or _FORM_PART.match(line):
            self._open = False
            return False
        if _SPELLED_OUT.match(line):
            return False  # "Details: OSA - uses CPAP nightly": written out, no box to read
        # Also a line without glyphs: the scan may have dropped its ticks.
        return self._open and not resolved


#: "Hypertension  Yes X No": read as text, a mark between the two answers belongs to either.
#: (Not "Yes ☒ No ☐", whose No has one box of its own after it: the tick is Yes's.)
_MARK_BETWEEN = re.compile(
    r"\byes\s*[xX✓✔☒☑■]\s*no\b(?!\s*[xX✓✔☒☑■])(?!\s*[☐□](?!\s*[☐□☒\[]))", re.IGNORECASE
)


def tick_between_answers(line: str) -> bool:
    """Whether the line's only mark sits between its Yes and its No (no answer can be told)."""
    return _MARK_BETWEEN.search(line) is not None and not re.search(
        r"[xX✓✔☒☑■]\s*yes\b", line, re.IGNORECASE
    )
