"""Drug names and brands from a maintained source: the drug-named-entity-recognition wheel.

Its bundled dictionary (MIT; built from DrugBank, MedlinePlus, the NHS medicines A-Z,
Wikipedia and MeSH) maps about 100,000 spellings and brands to a generic name:
"Lipitor" -> atorvastatin, "Fostair" -> beclometasone/formoterol, "EpiPen" -> epinephrine.
Only its data file is read: importing the package would unpickle a cache file from the
user's home folder and load its web helpers, and we need neither.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from adapters.extractors.offline.lexicon import (
    EXTRA_DRUGS,
    GENERIC_SPELLINGS,
    LAB_TESTS,
    MEDICATIONS,
    NOT_DRUG_NAMES,
    Concept,
)
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.matching import MIN_SOUND_KEY, name_key, sound_key

_PACKAGE = "drug_named_entity_recognition"
_DATA_FILE = "drug_ner_dictionary.pkl.bz2"
# MeSH-only entries are proteins, enzymes and drug classes ("Ferritins", "Penicillins"),
# not medicines a patient takes; an entry from one of these sources is a medicine.
_MEDICINE_SOURCES = ("medline_plus_id", "nhs_url", "drugbank_id", "wikipedia_url")
# Shorter keys are mostly chemistry abbreviations ("gaba", "edta", "sgpt").
_MIN_KEY_LENGTH = 5


@dataclass(frozen=True, slots=True)
class DrugName:
    """What a written drug name means: its generic concept and whether it was a brand."""

    concept: Concept
    spelling: str  # the dictionary's spelling of what was written ("Lipitor")
    is_brand: bool


def _data_path() -> Path | None:
    # find_spec locates the package without running its __init__ (see the module note).
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / _DATA_FILE
    return path if path.is_file() else None


def _load() -> dict[str, Any]:
    path = _data_path()
    if path is None:
        return {}
    with bz2.open(path, "rb") as handle:
        # The file ships inside the pinned wheel (pyproject.toml); it is never user input.
        data = pickle.load(handle)  # noqa: S301
    return data if isinstance(data, dict) else {}


def _curated() -> dict[str, Concept]:
    """Our own medication table by key: its RxNorm codes win over an uncoded generic."""
    return {name_key(s): c for c in MEDICATIONS for s in c.spellings}


@cache
def _table() -> dict[str, DrugName]:
    data = _load()
    variants: dict[str, list[str]] = data.get("drug_variant_to_canonical", {})
    canonicals: dict[str, dict[str, Any]] = data.get("drug_canonical_to_data", {})
    variant_data: dict[str, dict[str, Any]] = data.get("drug_variant_to_variant_data", {})
    curated = _curated()
    blocked = {name_key(w) for w in NOT_DRUG_NAMES}
    blocked |= {name_key(s) for c in LAB_TESTS for s in c.spellings}
    generic_keys = {name_key(s) for s in GENERIC_SPELLINGS}
    table: dict[str, DrugName] = {}
    for variant, targets in sorted(variants.items()):
        key = name_key(variant)
        if len(key) < _MIN_KEY_LENGTH or key in blocked or "," in variant or len(targets) != 1:
            continue  # an inverted MeSH heading or a spelling shared by two drugs
        canonical = targets[0]
        info = canonicals.get(canonical, {})
        if not any(info.get(source) for source in _MEDICINE_SOURCES):
            continue
        generic_key = name_key(canonical)
        concept = curated.get(generic_key)
        if concept is None:
            display = str(info.get("name") or canonical)
            concept = Concept(display[:1].upper() + display[1:], None)
            curated[generic_key] = concept  # one Concept per generic, shared by its brands
        flagged = variant_data.get(variant, {}).get("is_brand")
        # A spelling of the generic itself is not a brand: the INN of a USAN name
        # ("salbutamol"), or a salt ("metoprolol tartrate" holds "metoprolol").
        is_brand = (
            flagged is not False
            and key not in generic_keys
            and generic_key not in key
            and key not in generic_key
        )
        spelling = variant[:1].upper() + variant[1:]
        table.setdefault(key, DrugName(concept, spelling, is_brand))
    for written, generic in EXTRA_DRUGS.items():
        # Local brands and old names the dictionary misses ("Eltroxin", "Difene").
        known = curated.setdefault(
            name_key(generic), Concept(generic[:1].upper() + generic[1:], None)
        )
        brand = name_key(written) not in generic_keys and name_key(generic) not in name_key(written)
        table.setdefault(name_key(written), DrugName(known, written.title(), brand))
    return table


#: How other languages spell an INN's ending, and the English ending: "losartana",
#: "losartán" (losartan), "prednisolon" (prednisolone), "levotiroxina", "ondansetrón". The
#: dictionary knows many such spellings already; these catch the rest. Longest first.
_LOCAL_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ien", "ine"),  # Afrikaans: "fluoksetien", "kodeïen"
    ("ien", "in"),  # "metformien"
    ("ina", "ine"),
    ("ina", "in"),
    ("ida", "ide"),
    ("ona", "one"),
    ("eno", "en"),
    ("ato", "ate"),
    ("aat", "ate"),  # "alendronaat" (Dutch)
    ("at", "ate"),  # "alendronat" (German, Nordic)
    ("id", "ide"),  # "furosemid"
    ("on", "one"),
    ("ol", "ole"),
    ("ine", "in"),
    ("in", "ine"),
    ("inas", "ine"),  # Lithuanian: "amlodipinas"
    ("is", ""),  # "bisoprololis", "ramiprilis"
    ("as", ""),  # "diklofenakas"
    ("a", ""),
    ("o", ""),
    ("e", ""),
)
#: Spellings of other languages inside a name: "levotiroxina", "levotyroksin" (levothyroxine),
#: "klopidogrel" (clopidogrel), "fenoksymetylpenicillin".
_LOCAL_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("tiro", "thyro"),
    ("tyro", "thyro"),
    ("hidro", "hydro"),
    ("ks", "x"),
    ("sillin", "cillin"),  # "amoksisillin" (Finnish, after its closing "i")
    ("silin", "cillin"),  # "amoksisilin" (Indonesian, Malay, Turkish)
    ("sillien", "cillin"),  # "penisillien" (Afrikaans)
    ("tiasied", "thiazide"),  # "hidrochlorotiasied" (Afrikaans)
    ("fen", "phen"),
    ("sykl", "cycl"),  # "doksysyklin" (Norwegian, Swedish, Danish: doxycycline)
    ("klor", "chloro"),  # "hydroklortiazid" (hydrochlorothiazide)
    ("tiazid", "thiazide"),
    ("k", "c"),
)
#: A local form must be this long to be tried: short stems meet other drugs by chance.
_MIN_LOCAL_KEY = 7
#: ... and this long for "-in" read as "-ine", and only beside another local spelling
#: ("levotyroksin"): "vitamin" is no "vitamin e", "fluorescein" no "fluoresceine".
_MIN_LONG = 10


def _local_forms(key: str) -> list[str]:
    """English keys an INN written the way another language writes it may stand for."""
    if len(key) < _MIN_LOCAL_KEY or not key.isalpha():
        return []
    stems = [key]
    stems += [key.replace(a, b) for a, b in _LOCAL_SPELLINGS if a in key]
    every = key
    for local, english in _LOCAL_SPELLINGS:
        every = every.replace(local, english)
    if every not in stems:
        stems.append(every)  # "levotyroksin": two spellings at once
    if key.startswith("v"):
        stems.append(f"w{key[1:]}")  # "varfarina", "varfarin" (warfarin)
    return [
        stem[: len(stem) - len(local)] + english
        for stem in stems
        for local, english in _LOCAL_ENDINGS
        if stem.endswith(local)
        and ((local, english) != ("in", "ine") or (len(stem) >= _MIN_LONG and stem != key))
    ] + stems[1:]


#: Finnish gives a loan name a closing "i" and a long vowel: "losartaani", "amlodipiini",
#: "allopurinoli", "amoksisilliini" (losartan, amlodipine, allopurinol, amoxicillin).
_FINNISH_TAIL = re.compile(r"(?:([aeiouy])\1)?([bcdfghjklmnprstvxz]+)i$")


def _finnish_stem(key: str) -> str | None:
    stem = _FINNISH_TAIL.sub(lambda m: (m.group(1) or "") + m.group(2), key)
    return stem if stem != key and len(stem) >= _MIN_LOCAL_KEY else None


def _find(key: str) -> DrugName | None:
    table = _table()
    for candidate in (key, _finnish_stem(key)):
        if candidate is None:
            continue
        forms = (candidate, *_local_forms(candidate))
        found = next((table[form] for form in forms if form in table), None)
        if found is not None:
            return found
    return None


def generic_by_sound(text: str) -> DrugName | None:
    """The generic ``text`` spells as it sounds, or None (for an allergen's name only: a
    word of a results table may sound like a drug)."""
    sound = sound_key(text)
    return _generics_by_sound().get(sound) if len(sound) > MIN_SOUND_KEY else None


@cache
def _generics_by_sound() -> dict[str, DrugName | None]:
    """The generics (never a brand) by how they sound: "kódein", "penitsilliin",
    "trimetopriimi" as other languages spell codeine, penicillin and trimethoprim. A sound
    two generics share names neither."""
    found: dict[str, DrugName | None] = {}
    for key, entry in _table().items():
        if entry.is_brand or len(sound := sound_key(key)) <= MIN_SOUND_KEY:
            continue
        known = found.get(sound, entry)
        same = known is not None and known.concept.name == entry.concept.name
        found[sound] = known if same else None
    return found


def lookup(text: str) -> DrugName | None:
    """The drug ``text`` names exactly (case, accents and punctuation aside), or in another
    language's spelling of its INN, or None."""
    key = name_key(fold(text))
    if len(key) < _MIN_KEY_LENGTH:
        return None
    return _find(key)


def lookup_key(key: str) -> tuple[Concept, str] | None:
    """``lookup`` by an already normalised key, shaped for ConceptIndex's fallback."""
    found = _find(key) if len(key) >= _MIN_KEY_LENGTH else None
    return (found.concept, found.spelling) if found else None


def available() -> bool:
    """Whether the dictionary could be read (the dependency is installed)."""
    return bool(_table())
