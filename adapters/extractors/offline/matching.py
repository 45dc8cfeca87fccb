"""Name matching against the bundled tables: exact, OCR-repaired, then fuzzy (difflib).

OCR damages names in a few predictable ways (case, a wrong character, a digit for
a letter, a lost space); matching works on a normalised key so those still hit.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from adapters.extractors.offline.lexicon import Concept
from adapters.extractors.offline.local_words import fold

_NON_KEY = re.compile(r"[^a-z0-9%]+")
_DIGITS = re.compile(r"\D")
# Digits OCR typically reads in place of letters inside a word.
_DIGIT_AS_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "6": "g"})
# In short capitalised names ("W8C", "A5T") a 1 is more often an I than an l.
_DIGIT_AS_CAPITAL = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "6": "G"})
#: Below this key length only exact matches count: fuzzy hits on "K" or "MI" are noise.
MIN_FUZZY_LENGTH = 5
#: A lexicon match this close counts as "the lexicon is sure" outside a list.
SURE_SCORE = 0.95
_MEMO_SIZE = 8192


def name_key(text: str) -> str:
    """Lowercase, accents, punctuation and spacing removed: "Hemoglobin A1c" ->
    "hemoglobina1c", "Glükóz" -> "glukoz"."""
    return _NON_KEY.sub("", fold(text.lower()))


#: An amount glued to its unit ("75microgram") is no damaged word.
_GLUED_AMOUNT = re.compile(
    r"\d+(?:[.,]\d+)?(?:micrograms?|mcg|mg|units?|ml|mmol|iu|grams?)", re.IGNORECASE
)


#: How other languages spell an international drug name's sounds: "penisilin",
#: "penitsilliin", "penicil·lines" are penicillin; "kódein" codeine; "amoksisilin"
#: amoxicillin; "trimetopriimi" trimethoprim; "lateksas" latex.
_SOUNDS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ts(?=[iey])"), "s"),
    (re.compile(r"c(?=[iey])"), "s"),
    (re.compile(r"c|q"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
    (re.compile(r"[aeious]+$"), ""),  # endings: "-e", "-as", "-i", "-es"
)
#: A sound key this short could name several things.
MIN_SOUND_KEY = 5


def sound_key(name: str) -> str:
    """``name``'s key as it sounds ("penitsilliin" and "penicillin" are "penisilin")."""
    folded = name_key(name)
    if any(ch.isdigit() for ch in folded):
        return ""
    for pattern, replacement in _SOUNDS:
        folded = pattern.sub(replacement, folded)
    return folded


def repair_ocr_word(word: str) -> str:
    """Undo digit-for-letter swaps in a word that is mostly letters ("Hemogl0bin")."""
    if _GLUED_AMOUNT.fullmatch(word):
        return word
    letters = sum(ch.isalpha() for ch in word)
    digits = sum(ch.isdigit() for ch in word)
    if letters >= 4 and 0 < digits <= 2 and not word[-1].isdigit():
        return word.translate(_DIGIT_AS_LETTER)
    return word


def ocr_variants(text: str) -> list[str]:
    """Keys ``text`` may have had before OCR damage: digits for letters, "rn" for "m"."""
    words = text.split()
    repaired = " ".join(repair_ocr_word(w) for w in words)
    capitals = " ".join(
        w.translate(_DIGIT_AS_CAPITAL) if len(w) <= 5 and sum(c.isalpha() for c in w) >= 2 else w
        for w in words
    )
    candidates = [repaired, capitals, repaired.replace("rn", "m")]
    variants: list[str] = []
    for candidate in candidates:
        key = name_key(candidate)
        if key and key not in variants:
            variants.append(key)
    return variants


def repair_words(text: str) -> str:
    """``repair_ocr_word`` on every word, spacing kept ("twice dai1y" -> "twice daily")."""
    return re.sub(r"\S+", lambda m: repair_ocr_word(m.group(0)), text)


def similarity(a: str, b: str) -> float:
    """difflib ratio of two normalised keys (1.0 = identical)."""
    return difflib.SequenceMatcher(None, name_key(a), name_key(b), autojunk=False).ratio()


@dataclass(frozen=True, slots=True)
class ConceptMatch:
    """A concept found for some text, the spelling that matched and how closely."""

    concept: Concept
    spelling: str
    score: float  # 1.0 exact; the difflib ratio otherwise


#: A second, larger table consulted by exact key only: (concept, spelling) or None.
Fallback = Callable[[str], tuple[Concept, str] | None]


_ONLY_SHORT_WORDS = re.compile(r"\s*\w{1,2}(?:\s+\w{1,2})+\s*")
#: "Tenofovir/Lamivudine/Dolutegravir", "Metformin + Glimepiride": a fixed-dose combination.
# "A/B", "A + B", and the US "oxycodone-acetaminophen" (a hyphen inside the words)
_COMBINATION = re.compile(r"\s*[/+]\s*|(?<=[A-Za-z]{4})-(?=[A-Za-z]{4})")


def combination_parts(text: str) -> list[str]:
    """The components a combination's name lists (two to four), or [] for one name."""
    parts = [p.strip() for p in _COMBINATION.split(text.strip())]
    return parts if 2 <= len(parts) <= 4 and all(len(p) >= 3 for p in parts) else []


#: Letters an acronym has at most, for ``ConceptIndex(acronyms_in_capitals=True)``.
_ACRONYM_LETTERS = 4


def _lower_acronym(spelling: str, text: str) -> bool:
    """Whether a table acronym ("CAP") was written in lower case ("cap")."""
    return (
        spelling.isupper()
        and sum(ch.isalpha() for ch in spelling) <= _ACRONYM_LETTERS
        and not text.strip().isupper()
    )


class ConceptIndex:
    """Looks names up in one table of concepts.

    ``fallback`` (e.g. the drug dictionary) is tried after the table's own exact key and
    for each OCR-repaired key, never fuzzily: it is too large for near-miss matching to
    stay precise.
    """

    def __init__(
        self,
        concepts: Iterable[Concept],
        *,
        cutoff: float = 0.84,
        fallback: Fallback | None = None,
        combinations: bool = False,
        acronyms_in_capitals: bool = False,
    ) -> None:
        self._cutoff = cutoff
        # An acronym the table spells in capitals ("CAP", "AF") names the concept only when
        # written so: "cap" is a capsule, "af" no atrial fibrillation.
        self._acronyms_in_capitals = acronyms_in_capitals
        self._combinations = combinations  # "A/B" names one product made of two known ones
        self._fallback = fallback
        self._by_key: dict[str, tuple[Concept, str]] = {}
        for concept in concepts:
            for spelling in concept.spellings:
                # The first table entry wins a shared spelling; order is deliberate.
                self._by_key.setdefault(name_key(spelling), (concept, spelling))
        self._fuzzy_keys: dict[int, list[str]] = {}
        for key in sorted(k for k in self._by_key if len(k) >= MIN_FUZZY_LENGTH):
            self._fuzzy_keys.setdefault(len(key), []).append(key)
        # Lookups are pure, so a bounded memo is safe; prose repeats the same words a lot.
        self._memo: dict[tuple[str, bool], ConceptMatch | None] = {}

    def lookup(self, text: str, *, fuzzy: bool = True) -> ConceptMatch | None:
        """The concept ``text`` names, allowing for OCR damage; None if nothing is close."""
        memo_key = (text, fuzzy)
        if memo_key in self._memo:
            return self._memo[memo_key]
        found = self._lookup(text, fuzzy=fuzzy)
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
        self._memo[memo_key] = found
        return found

    def _lookup(self, text: str, *, fuzzy: bool) -> ConceptMatch | None:
        key = name_key(text)
        if not key or _ONLY_SHORT_WORDS.fullmatch(text):
            return None  # "as a" is no "ASA": words that short name nothing together
        hit = self._exact(key)
        if hit is not None and self._acronyms_in_capitals and _lower_acronym(hit[1], text):
            return None
        if hit is not None:
            return ConceptMatch(hit[0], hit[1], 1.0)
        combined = self._combination(text) if self._combinations else None
        if combined is not None:
            return combined
        variants = ocr_variants(text)
        for variant in variants:
            hit = self._exact(variant)
            if hit is not None:
                return ConceptMatch(hit[0], hit[1], 0.95)
        best: ConceptMatch | None = None
        for variant in variants if fuzzy else ():
            if len(variant) >= MIN_FUZZY_LENGTH:
                found = self._fuzzy(variant)
                if found is not None and (best is None or found.score > best.score):
                    best = found
        return best

    def _combination(self, text: str) -> ConceptMatch | None:
        """A combination whose every component is in the table, as one concept: the
        product has a code of its own, which the components' codes are not."""
        found = [self._exact(name_key(part)) for part in combination_parts(text)]
        if not found or any(hit is None for hit in found):
            return None
        name = "/".join(hit[0].name for hit in found if hit is not None)
        return ConceptMatch(Concept(name, None), text.strip(), 1.0)

    def _exact(self, key: str) -> tuple[Concept, str] | None:
        hit = self._by_key.get(key)
        if hit is None and self._fallback is not None:
            hit = self._fallback(key)
        return hit

    def _fuzzy(self, key: str) -> ConceptMatch | None:
        best: tuple[float, str] | None = None
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(key)  # the matcher caches facts about its second sequence
        # ratio = 2M / (a + b) can only reach the cutoff when the lengths are close.
        shortest = int(len(key) * self._cutoff / (2 - self._cutoff))
        longest = int(len(key) * (2 - self._cutoff) / self._cutoff) + 1
        candidates = [
            candidate
            for length in range(shortest, longest + 1)
            for candidate in self._fuzzy_keys.get(length, ())
        ]
        digits = _DIGITS.sub("", key)
        for candidate in sorted(candidates):
            # Numbers name different things: "Vitamin B12" is never "Vitamin D3", "T3" never
            # "T4". A key without digits may still be an OCR reading of one ("HbAlc") ...
            theirs = _DIGITS.sub("", candidate)
            if theirs and (theirs != digits if digits else len(candidate) != len(key)):
                continue  # ... but only letter-for-digit, same length: "Vitamin" is no "D3"
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() < self._cutoff or matcher.quick_ratio() < self._cutoff:
                continue
            score = matcher.ratio()
            # Ties go to the alphabetically first key, so the result never depends on order.
            if score >= self._cutoff and (best is None or score > best[0]):
                best = (score, candidate)
        if best is None:
            return None
        concept, spelling = self._by_key[best[1]]
        return ConceptMatch(concept, spelling, round(best[0], 4))

    def scan_all(self, text: str, *, max_words: int = 4) -> Iterator[tuple[ConceptMatch, int, int]]:
        """Every concept named in ``text``, left to right, by exact (or OCR-repaired) key.

        At each word the longest run that names a concept wins; the scan goes on after it.
        """
        # (a word may start with an accented letter: "érysipèle", "Ácido úrico")
        words = [(m.start(), m.end()) for m in re.finditer(r"[^\W_][\w\-/']*", text)]
        i = 0
        while i < len(words):
            for n in range(min(max_words, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + n - 1][1]
                found = self.lookup(text[start:end], fuzzy=False)
                if found is not None:
                    yield found, start, end
                    i += n
                    break
            else:
                i += 1

    def scan(self, text: str, *, max_words: int = 4) -> tuple[ConceptMatch, int, int] | None:
        """The best concept named by a run of words in ``text`` and its (start, end) span.

        Longer runs beat shorter ones at equal score, so "Insulin glargine" beats "Insulin".
        """
        words = [(m.start(), m.end()) for m in re.finditer(r"[^\W_][\w\-/]*", text)]
        best: tuple[tuple[float, int, int], int, int, ConceptMatch] | None = None
        for i in range(len(words)):
            for n in range(min(max_words, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + n - 1][1]
                # Fuzzy matching of long word runs costs much and finds nothing more.
                found = self.lookup(text[start:end], fuzzy=n <= 2)
                if found is None:
                    continue
                rank = (found.score, n, -i)
                if best is None or rank > best[0]:
                    best = (rank, start, end, found)
                break
        if best is None:
            return None
        return best[3], best[1], best[2]
