"""Labelled header fields: service date, provider and facility ("Collected: 03/14/2025")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

FieldKind = Literal["date_of_service", "provider", "facility", "phi"]

#: (entity type, rank, label spellings). Lower rank wins when a document has several.
_FIELD_LABELS: tuple[tuple[FieldKind, int, tuple[str, ...]], ...] = (
    (
        "date_of_service",
        0,
        (
            "date of service",
            "service date",
            "dos",
            "visit date",
            "date of visit",
            "encounter date",
            "date of encounter",
            "encounter",
            "clinic date",
            "date of clinic",
            "consult date",
            "consultation date",
            "date of consultation",
            "appointment date",
            "petsa ng bisita",  # Tagalog
            # Indonesian "Tgl. kunjungan", Malay "Tarikh lawatan"
            "tanggal kunjungan",
            "tgl kunjungan",
            "tgl. kunjungan",
            "tarikh lawatan",
        ),
    ),
    # A discharge summary's service date is its discharge date.
    (
        "date_of_service",
        1,
        (
            "collection date",
            "date collected",
            "collected on",
            "collected",
            "specimen collected",
            "date of collection",
            "prescription date",
            "date written",
            "date prescribed",
            "rx date",
            "date issued",
            "discharge date",
            "date of discharge",
            "discharged",
            "exam date",
            "procedure date",
        ),
    ),
    ("date_of_service", 2, ("admission date", "date of admission", "admitted", "date")),
    (
        "date_of_service",
        3,
        (
            "report date",
            "date reported",
            "reported",
            "received",
            "date received",
            "printed",
            "date printed",
            "record date",
        ),
    ),
    (
        "provider",
        0,
        (
            "ordering provider",
            "ordering physician",
            "prescriber",
            "prescribing physician",
            "prescribing provider",
            "prescribed by",
            "attending physician",
            "attending",
            "discharging physician",
            "provider",
            "physician",
            "ordered by",
            "clinician",
            "doctor",
            "treating physician",
        ),
    ),
    (
        "provider",
        1,
        (
            "electronically signed by",
            "electronically signed",
            "signed by",
            "signed",
            "authorized by",
            "referring physician",
            "referring provider",
            "dictated by",
            "authenticated by",
        ),
    ),
    (
        "facility",
        0,
        (
            "facility",
            "hospital",
            "clinic",
            "performing lab",
            "performing laboratory",
            "laboratory",
            "lab",
            "practice",
            "institution",
            "organization",
            "medical center",
            "clinic name",
            "facility name",
        ),
    ),
    # Patient identity fields: never emitted, they only end the value before them.
    (
        "phi",
        9,
        (
            "patient",
            "patient name",
            "name",
            "mrn",
            "dob",
            "date of birth",
            "sex",
            "gender",
            "age",
            "address",
            "phone",
            "tel",
            "insurance",
            "member id",
            "ssn",
            "npi",
            "dea",
            "license no",
            "license",
        ),
    ),
)

_ALTERNATIVES: list[str] = []
_LABEL_INFO: dict[str, tuple[FieldKind, int]] = {}
for _kind, _rank, _labels in _FIELD_LABELS:
    for _label in _labels:
        _LABEL_INFO.setdefault(_label, (_kind, _rank))
        _ALTERNATIVES.append(_label)
_ALTERNATIVES.sort(key=lambda s: (-len(s), s))
# A label must be followed by a colon (or "#"/"by"), so prose mentioning "the hospital" is no field.
_LABEL_ALTERNATIVES = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _ALTERNATIVES)
_LABEL = re.compile(
    rf"(?<![A-Za-z])(?P<label>{_LABEL_ALTERNATIVES})\s*(?::|(?<=by)\s)", re.IGNORECASE
)
# "Progress Note - DOS 09/23/2025": a service-date label needs no colon before a date.
_SERVICE_DATE_LABELS = "|".join(
    re.escape(label).replace(r"\ ", r"\s+")
    for label in sorted(_FIELD_LABELS[0][2], key=lambda lb: (-len(lb), lb))
)
_DATE_LABEL = re.compile(
    rf"(?<![A-Za-z])(?P<label>{_SERVICE_DATE_LABELS})\s+(?=\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d)",
    re.IGNORECASE,
)
_SIGNED_BY = re.compile(r"\b(?:electronically\s+)?signed\s+by\s+", re.IGNORECASE)
_TRAILING_IDS = re.compile(
    r"\s*(?:,?\s*\b(?:NPI|DEA|Lic(?:ense)?|Phone|Ph|Tel|Fax|ID|MRN|Pager)\b.*)$", re.IGNORECASE
)
# "Dr. Robert Sample, 2024-02-14": a signature's trailing date is not part of the name.
_TRAILING_DATE = re.compile(r"[\s,]+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*$")
# Words naming a place of care, for header lines that carry no label.
FACILITY_WORDS = re.compile(
    r"\b(?:hospital|medical center|medical centre|health center|health system|healthcare|"
    r"clinic|laborator(?:y|ies)|labs|diagnostics|pharmacy|infirmary|family medicine|"
    r"primary care|urgent care|health|pediatrics|associates)\b",
    re.IGNORECASE,
)
_PERSON_TITLE = re.compile(
    r"(?:\bDr\.?\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3}"
    r"|\b[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]*){1,3},?\s+(?:MD|M\.D\.|DO|NP|PA-C|PA|RN|"
    r"FNP|FNP-C|PharmD|APRN|DNP)\b)"
)


@dataclass(frozen=True, slots=True)
class FieldHit:
    """One labelled field: its entity type, rank, and the span of "label: value"."""

    entity_type: FieldKind
    rank: int
    label: str
    value: str
    start: int
    end: int


def find_fields(text: str) -> list[FieldHit]:
    """Every labelled field on a line, patient-identity ("phi") labels included so callers
    can skip them; a value runs to the next label."""
    matches = list(_LABEL.finditer(text))
    taken = [(m.start(), m.end()) for m in matches]
    matches += [
        m for m in _DATE_LABEL.finditer(text) if not any(lo <= m.start() < hi for lo, hi in taken)
    ]
    matches.sort(key=lambda m: m.start())
    hits: list[FieldHit] = []
    for index, match in enumerate(matches):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        kind, rank = _LABEL_INFO[label]
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = clean_value(text[match.end() : end])
        if value:
            hits.append(FieldHit(kind, rank, label, value, match.start(), end))
    return hits


def is_identity_line(text: str) -> bool:
    """A line that starts with a patient-identity label ("Patient:", "DOB:")."""
    hits = find_fields(text)
    return bool(hits) and hits[0].entity_type == "phi" and hits[0].start <= 2


def clean_value(raw: str) -> str:
    value = re.sub(r"\s+", " ", raw).strip(" |;,:-")
    return _TRAILING_IDS.sub("", value).strip(" |;,:-")


def field_value(entity_text: str) -> tuple[str, int, str]:
    """(value, rank, label) of an entity's "label: value" text; unlabelled text ranks last."""
    hits = [hit for hit in find_fields(entity_text) if hit.entity_type != "phi"]
    if hits:
        hit = hits[0]
        value = hit.value
        if hit.entity_type != "date_of_service":
            value = _TRAILING_DATE.sub("", value)
        return value, hit.rank, hit.label
    signed = _SIGNED_BY.search(entity_text)
    if signed:
        return clean_value(entity_text[signed.end() :]), 1, "signed by"
    return clean_value(entity_text), 9, ""


def find_person(text: str) -> tuple[int, int] | None:
    """Span of a clinician's name written with a title ("Dr. A. Reyes", "Ann Lee, MD")."""
    found = _PERSON_TITLE.search(text)
    return (found.start(), found.end()) if found else None
