"""The concrete vocabulary of the validity gate (``pipeline.clinical.gate.Vocabulary``).

Sources, all offline:

* drugs and brands: the offline extractor's RxNorm table, then the
  ``drug-named-entity-recognition`` dictionary (MIT; ships in the wheel; maps brands
  to generics: Lipitor -> atorvastatin, Nexium -> esomeprazole), read through
  ``offline/drug_names.py`` (read only);
* allergens that are not single drugs: drug classes, foods, latex, insect venoms,
  environmental allergens, contrast media, adhesives and skin agents (below, and in other
  languages in ``offline/local_words.py``);
* lab analytes (LOINC), vaccines (CVX) and conditions (ICD-10): the offline
  extractor's tables (``offline/lexicon.py``, ``offline/lab_lexicon.py``, read only).

Lookups are exact on a normalised key, allowing the OCR slips the offline matcher
also allows (a digit for a letter), plus a strict fuzzy match on long names.
"""

from __future__ import annotations

import difflib
import re
import threading
from collections.abc import Iterable
from typing import Any

from adapters.extractors.offline import drug_names, local_words
from adapters.extractors.offline.conditions import LOCAL_CONDITIONS
from adapters.extractors.offline.immunizations import LOCAL_VACCINES
from adapters.extractors.offline.lab_lexicon import (
    BLOOD_SPECIMEN_PREFIX,
    EXTRA_LAB_TESTS,
    LOCAL_LAB_TESTS,
    URINE_LAB_TESTS,
)
from adapters.extractors.offline.lexicon import (
    CONDITIONS,
    EXTRA_DRUGS,
    LAB_TESTS,
    MEDICATIONS,
    VACCINES,
)
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import MIN_SOUND_KEY, combination_parts, sound_key


def _wordset(blob: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text (lists kept readable)."""
    return frozenset(blob.split())


VOCABULARY_VERSION = "vocab-v1"

_NON_KEY = re.compile(r"[^a-z0-9]+")
_DIGIT_AS_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b"})
_FUZZY_CUTOFF = 0.88
_MIN_FUZZY = 6
# Words on a drug line that are not part of the drug's name.
_FORM_WORDS = _wordset(
    """
    tablet tablets tab tabs capsule capsules cap caps injection inj solution oral
    suspension syrup cream ointment gel patch inhaler puffer spray drops mr sr xr er
    cr la xl ec dispersible chewable sachet sachets pen vial ampoule nebule nebules
    sodium potassium calcium hydrochloride hcl phosphate sulfate sulphate maleate
    besylate besilate succinate tartrate mesylate fumarate acetate forte plus mite
    """
)

#: Drug classes and drug-adjacent substances named in allergy lists.
DRUG_CLASSES = (
    "penicillin, penicillins, beta-lactam, beta-lactams, cephalosporin, cephalosporins,"
    " carbapenem, carbapenems, sulfa, sulpha, sulfonamide, sulfonamides, sulphonamide,"
    " sulphonamides, sulfa drugs, sulpha drugs, sulfa antibiotics, nsaid, nsaids,"
    " anti-inflammatories, non-steroidal anti-inflammatory drugs, opioid, opioids, opiate,"
    " opiates, macrolide, macrolides, tetracycline, tetracyclines, quinolone, quinolones,"
    " fluoroquinolone, fluoroquinolones, aminoglycoside, aminoglycosides, ace inhibitor,"
    " ace inhibitors, statin, statins, beta blocker, beta blockers, benzodiazepine,"
    " benzodiazepines, anticonvulsant, anticonvulsants, salicylate, salicylates,"
    " local anaesthetic, local anesthetic, local anaesthetics, local anesthetics,"
    " general anaesthetic, antibiotic, antibiotics, insulin"
)
FOODS = (
    "peanut, peanuts, tree nut, tree nuts, nut, nuts, almond, almonds, cashew, cashews,"
    " walnut, walnuts, hazelnut, hazelnuts, pistachio, pistachios, pecan, pecans, brazil nut,"
    " brazil nuts, macadamia, shellfish, fish, seafood, crustacean, crustaceans, prawn, prawns,"
    " shrimp, crab, lobster, mollusc, molluscs, mussels, oysters, scallops, egg, eggs,"
    " egg white, milk, dairy, cow's milk, cows milk, cow milk, milk protein, lactose, soy, soya,"
    " soybean, wheat, gluten, sesame, sesame seeds, mustard, celery, lupin, kiwi, kiwi fruit,"
    " kiwifruit, strawberry, strawberries, banana, bananas, avocado, tomato, tomatoes, corn,"
    " maize, citrus, orange, oranges, apple, apples, peach, peaches, chocolate, food dye,"
    " food colouring, msg, sulphites, sulfites"
)
OTHER_ALLERGENS = (
    "latex, natural rubber latex, rubber, bee sting, bee stings, bee venom, bees, wasp, wasps,"
    " wasp sting, wasp stings, wasp venom, hornet, hornets, yellow jacket, fire ant, fire ants,"
    " insect sting, insect stings, insect bites, jack jumper ant, pollen, pollens, grass,"
    " grass pollen, grasses, tree pollen, ragweed, hay fever, house dust mite,"
    " house dust mites, dust mite, dust mites, dust, mould, mold, moulds, molds,"
    " animal dander, dander, cat, cats, cat dander, cat hair, dog, dogs, dog dander, dog hair,"
    " horse, horses, feathers, contrast, contrast dye, contrast media, contrast medium,"
    " iv contrast, iodinated contrast, iodinated contrast media, radiocontrast, x-ray contrast,"
    " iodine, gadolinium,"
    " adhesive, adhesives, adhesive tape, tape, elastoplast, plaster, plasters,"
    " sticking plaster, sticking plasters, adhesive plaster, adhesive plasters, micropore,"
    " dressings, adhesive dressings, nickel,"
    " chlorhexidine, povidone iodine, povidone-iodine, betadine, alcohol swabs, fragrance,"
    " fragrances, perfume, lanolin, hair dye, ppd, cobalt, chromium"
)


def key(text: str) -> str:
    """Lower case, accents off ("Pénicilline" is "penicilline"), letters and digits only."""
    return _NON_KEY.sub("", fold(text.lower()))


def _phrases(blob: str) -> list[str]:
    return [phrase.strip() for phrase in blob.split(",") if phrase.strip()]


class _Table:
    """Normalised key -> value, with OCR-tolerant and strict fuzzy lookup (and, for names
    other languages spell as they sound, a lookup by sound)."""

    def __init__(self, entries: Iterable[tuple[str, str]], *, by_sound: bool = False) -> None:
        self._by_key: dict[str, str] = {}
        for spelling, value in entries:
            self._by_key.setdefault(key(spelling), value)
        # OCR reads "HbA1c" as "HbAlc": the letter forms of digit-bearing keys match too.
        for name, value in list(self._by_key.items()):
            self._by_key.setdefault(name.translate(_DIGIT_AS_LETTER), value)
        self._long = sorted(k for k in self._by_key if len(k) >= _MIN_FUZZY)
        # A sound two values share names neither (None).
        self._by_sound: dict[str, str | None] = {}
        for name, value in self._by_key.items() if by_sound else ():
            sound = sound_key(name)
            if len(sound) >= MIN_SOUND_KEY:
                known = self._by_sound.get(sound, value)
                # ("latex", "lateks", "lateksi": one allergen in three languages)
                same = known is not None and sound_key(known) == sound_key(value)
                self._by_sound[sound] = known if same else None

    def get(self, text: str) -> str | None:
        name = key(text)
        if not name:
            return None
        for candidate in (name, name.translate(_DIGIT_AS_LETTER)):
            if candidate in self._by_key:
                return self._by_key[candidate]
        if len(name) >= _MIN_FUZZY:
            close = difflib.get_close_matches(name, self._long, n=1, cutoff=_FUZZY_CUTOFF)
            if close:
                return self._by_key[close[0]]
        if self._by_sound and len(sound := sound_key(name)) >= MIN_SOUND_KEY:
            return self._by_sound.get(sound)
        return None

    def values(self) -> set[str]:
        return set(self._by_key.values())


def _concepts(table: Iterable[Any], *, coded_only: bool = False) -> _Table:
    return _Table(
        (spelling, concept.code or concept.name)
        for concept in table
        if concept.code or not coded_only
        for spelling in concept.spellings
    )


def _drug_ner(text: str) -> str | None:
    """The generic the drug-named-entity-recognition dictionary gives a whole name.

    Read through ``offline/drug_names.py``, which opens only the wheel's data file:
    importing the package itself would unpickle a cache file from the home folder.
    """
    found = drug_names.lookup(text)
    return found.concept.name.lower() if found is not None else None


class LexiconVocabulary:
    """``Vocabulary`` over the bundled tables and the drug NER dictionary."""

    version = VOCABULARY_VERSION

    def __init__(self, *, use_drug_ner: bool = True) -> None:
        self._drugs = _Table(
            [(s, c.name.lower()) for c in MEDICATIONS for s in c.spellings]
            + list(EXTRA_DRUGS.items())
        )
        blobs = (DRUG_CLASSES, FOODS, OTHER_ALLERGENS, local_words.ALLERGENS)
        other = [(p, p) for blob in blobs for p in _phrases(blob)]
        self._allergens = _Table(other, by_sound=True)
        # Urine analytes are known by code only: a bare name ("Glucose") means serum.
        self._labs = _concepts((*LAB_TESTS, *EXTRA_LAB_TESTS, *LOCAL_LAB_TESTS))
        self._loinc = {c.code for c in (*LAB_TESTS, *EXTRA_LAB_TESTS, *URINE_LAB_TESTS) if c.code}
        self._vaccines = _concepts((*VACCINES, *LOCAL_VACCINES))
        self._cvx = {c.code for c in VACCINES if c.code}
        self._conditions = _concepts((*CONDITIONS, *LOCAL_CONDITIONS), coded_only=True)
        self._use_drug_ner = use_drug_ner

    def drug(self, text: str) -> str | None:
        # "Atorvastatin (Lipitor)": the generic and its brand; either one names the drug.
        for candidate in _with_parenthesised(text):
            found = self._one_drug(candidate)
            if found is not None:
                return found
        return None

    def _one_drug(self, text: str) -> str | None:
        cleaned = _strip_forms(text)
        found = self._drugs.get(text) or self._drugs.get(cleaned)
        if found is None and self._use_drug_ner:
            found = _drug_ner(text) or _drug_ner(cleaned)
        if found is None and (parts := combination_parts(cleaned)):
            # a fixed-dose combination names a drug when each of its components does
            components = [self._one_drug(part) for part in parts]
            found = "/".join(c for c in components if c) if all(components) else None
        return found

    def allergen(self, text: str) -> str | None:
        cleaned = re.sub(r"\b(?:allergy|allergies|intolerance|sensitivity)\b", "", text, flags=re.I)
        found = self._allergens.get(cleaned) or self.drug(cleaned)
        if found is None and (bare := _GENERIC_TAIL.sub("", cleaned)) != cleaned:
            # "sulfonamide antibiotics", "penicillin group": the class names the allergen
            found = self._allergens.get(bare) or self.drug(bare)
        if found is None and (plain := re.sub(r"\s*\([^()]*\)", "", cleaned).strip()) != cleaned:
            # "Bee venom (honey bee)": the bracket says which; the name before it is the allergen
            found = self._allergens.get(plain) or self.drug(plain) if plain else None
        if found is None and (generic := drug_names.generic_by_sound(cleaned)) is not None:
            found = generic.concept.name.lower()  # "kódein", "penitsilliin" as they sound
        return found

    def lab(self, text: str) -> str | None:
        """The LOINC code an analyte name means, qualifiers and all.

        "SGOT (AST)", "Glucose (venous)", "Glucose, random", "HbA1c (IFCC)", "eGFR: CKD-EPI":
        the name, then the name without its qualifier, then the bracketed name. A qualifier
        that names a specimen other than blood ("Glucose (urine)") is never dropped: urine
        glucose is not serum glucose.
        """
        found = self._labs.get(text)
        if found is not None or _OTHER_SPECIMEN.search(text):
            return found
        if (unprefixed := BLOOD_SPECIMEN_PREFIX.sub("", text)) != text:
            return self.lab(unprefixed)  # "B-HbA1c", "S-Ferritin": a blood specimen's prefix
        head = re.split(r"[,:]", text, maxsplit=1)[0]
        # A LOINC long name first: "Cholesterol in HDL [...]" is HDL, not a cholesterol ratio.
        for candidate in (*_loinc_long_name(text), *_with_parenthesised(text)[1:], head):
            if candidate.strip() and (found := self._labs.get(candidate)) is not None:
                return found
        return None

    def known_loinc(self, code: str) -> bool:
        return code.strip() in self._loinc

    def vaccine(self, text: str) -> str | None:
        # "Tdap (Boostrix)": the vaccine and its trade name; either one names it.
        for candidate in _with_parenthesised(text):
            found = self._vaccines.get(candidate)
            if found is not None:
                return found
        return None

    def known_cvx(self, code: str) -> bool:
        return code.strip() in self._cvx

    def condition(self, text: str) -> str | None:
        return self._conditions.get(text)


_OTHER_SPECIMEN = re.compile(
    r"\b(?:urine|urinary|csf|fluid|stool|faecal|fecal|sputum|swab|pleural|ascitic|synovial)\b",
    re.IGNORECASE,
)


_GENERIC_TAIL = re.compile(
    r"\s+(?:antibiotics?|antibacterials?|drugs?|medications?|medicines?|group|class|"
    r"family|derivatives?|agents?)\s*$|"
    # "Shellfish-derived Products", "Egg containing products" (EHR allergen names)
    r"(?:-derived|\s+containing|\s+based)?\s+products?\s*$",
    re.IGNORECASE,
)


# A LOINC long common name as a C-CDA stylesheet prints it: "Glucose [Mass/volume] in Serum
# or Plasma", "Hemoglobin A1c/Hemoglobin.total in Blood", "Cholesterol in LDL [Mass/volume]
# in Serum or Plasma by calculation" (a wrapped cell may cut it after "Serum or").
_LOINC_LONG = re.compile(
    r"^(?P<component>[^\[]+?)\s*(?:\[[^\]]*\]\s*)?"
    r"(?:\bin\s+(?P<system>serum or plasma|serum|plasma|blood|urine)\b.*)?$",
    re.IGNORECASE,
)


def _loinc_long_name(text: str) -> list[str]:
    """The analyte names a LOINC long name may stand for, its specimen kept: empty unless
    ``text`` has a LOINC property in brackets or a LOINC system ("in Serum or Plasma")."""
    found = _LOINC_LONG.match(text.strip())
    if found is None or ("[" not in text and found.group("system") is None):
        return []
    component = found.group("component").strip()
    names = [component, component.split("/")[0].strip()]
    # "Cholesterol in LDL" is LDL cholesterol (and close to "Cholesterol/HDL", a ratio)
    inside = re.fullmatch(r"(.+?)\s+in\s+(.+)", component, re.IGNORECASE)
    if inside is not None:
        names.insert(0, f"{inside.group(2)} {inside.group(1)}")
    if (found.group("system") or "").lower() == "urine":
        names = [f"Urine {name}" for name in names]
    return list(dict.fromkeys(names))


def _with_parenthesised(text: str) -> list[str]:
    """The text, the text without its brackets, and each bracketed part."""
    outside = re.sub(r"\([^)]*\)", " ", text).strip()
    inside = re.findall(r"\(([^)]*)\)", text)
    return [c for c in dict.fromkeys([text, outside, *inside]) if c.strip()]


def _strip_forms(text: str) -> str:
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    kept = [
        w for w in words if w.lower().strip(".,") not in _FORM_WORDS and not re.search(r"\d", w)
    ]
    return " ".join(kept) or text


_shared: LexiconVocabulary | None = None
_shared_lock = threading.Lock()


def shared_vocabulary() -> LexiconVocabulary:
    """One vocabulary per process (its tables and memo are read-only after build)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = LexiconVocabulary()
        return _shared
