"""Regular expressions for the text shapes clinical documents use.

Kept in one place so the entity finder (pass 1) and the parser (pass 2) agree
on what a dose, a lab unit, a date or an ICD-10 code looks like.
"""

from __future__ import annotations

import re

#: Hyphen, en dash and em dash: ranges and separators are printed with any of them.
DASHES = "-\u2013\u2014"

#: A number as printed: "13.2", "13,2" (decimal comma), "250,000", "<0.5", ">60".
NUMBER = r"\d+(?:[.,]\d+)*"
COMPARATOR = r"(?:<=|>=|[<>≤≥])"

#: Units a medication dose is written in.
DOSE_UNIT = (
    # ("UI": international units as French, Spanish, Italian, Portuguese and Romanian write them)
    r"(?:mg|mcg|µg|ug|g|gm|grams?|mL|ml|L|units?|IU|iu|UI|mEq|meq|%|puffs?|drops?|rng|rncg|"
    r"tabs?|tablets?|caps?|capsules?|sprays?|patch(?:es)?)"
)
#: A dose's number: "500", "5/325", "0,5"; thousands set apart by a space only before
#: international units ("100 000 UI").
DOSE_AMOUNT = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s*(?:UI|IU|units?)\b)|"
    r"\d+(?:[.,]\d+)?(?:\s*[/-]\s*\d+(?:[.,]\d+)?){0,2}"
)
#: "500 mg", "5/325 mg", "0.5mg", "100 units"; OCR may glue it to the name ("Amoxicillin500 mg").
DOSE = re.compile(
    rf"(?<![\d.])(?P<dose>{DOSE_AMOUNT})\s*(?P<unit>{DOSE_UNIT})(?![A-Za-z])"
    # (a rate per minute is a measurement: "eGFR above 45 mL/min")
    r"(?!\s*/\s*min)",
    re.IGNORECASE,
)
#: Strength units only (a dose in "1 tablet" is a count, not a strength).
STRENGTH_UNITS = frozenset(
    {
        "mg",
        "mcg",
        "µg",
        "ug",
        "g",
        "gm",
        "gram",
        "grams",
        "ml",
        "l",
        "unit",
        "units",
        "iu",
        "ui",
        "meq",
        "%",
        "rng",
        "rncg",
    }
)

#: Units lab results are reported in (longest first so "mg/dL" wins over "mg").
LAB_UNIT = re.compile(
    r"(?<![A-Za-z])(?P<unit>"
    r"[x\u00d7]\s*10\s*(?:\^|E|e|\*\*)?\s*(?:3|6|9|12)\s*/\s*(?:uL|µL|mm3|L)|"
    r"10\s*(?:\^|E|e)\s*(?:3|6|9|12)\s*/\s*(?:uL|µL|mm3|L)|"
    r"E(?:6|9|12)/L|"  # Nordic counts: "245 E9/l"
    # a D-dimer in fibrinogen-equivalent units: "4,82 mg/l FEU", "0.6 ug/mL FEU"
    r"(?:mg/L|µg/mL|ug/mL|mcg/mL|ng/mL|µg/L|ug/L)\s*FEU\b|"
    r"[GT]/L|"  # giga and tera per litre: "7,2 G/l", "4,51 T/l" (French, Hungarian)
    r"NE/m?L|"  # Hungarian international units: "46 NE/ml"
    r"(?:K|M)/(?:uL|µL|mm3)|"
    r"mL/(?:min|s)/1\.73\s*(?:m(?:2|²|\^2)?)?|mL/min|"  # eGFR, also per second (Czech, Swedish)
    r"mg/dL|mdl|mgdl|mg9dl|g/dL|mmHg|kPa|g/L|mg/L|ug/dL|µg/dL|mcg/dL|ng/mL|ng/dL|pg/mL|ug/L|µg/L|"
    r"mg/g\s*creat(?:inine)?|mg/g|µg/g|ug/g|mcg/g|g/g|mmol/mol|mg/mmol|ng/L|pg/L|kUA?/L|mOsm/kg|mosmol/kg|mmol/kg|mmol/L|umol/L|µmol/L|nmol/L|pmol/L|mEq/L|meq/l|"
    r"mIU/L|mIU/mL|uIU/mL|µIU/mL|mU/L|mU/mL|IU/L|U/L|IU/mL|U/mL|ug/mL|µg/mL|mcg/mL|"
    r"mUI/L|mUI/mL|µUI/mL|uUI/mL|UI/L|UI/mL|"  # French, Spanish, Italian: unités internationales
    # "/nl" and "/pl": counts per nanolitre (10^9/L) and picolitre (10^12/L), as German labs
    r"copies/mL|cells/uL|cells/µL|cells/mm(?:3|³)|/uL|/µL|/mm(?:3|³)|/nl|/pl|/hpf|/lpf|"
    r"/campo|/champ|"  # per (microscope) field, in Italian, Spanish and French
    # South Asian reports count per cubic millimetre, often in lakhs (100,000) or millions.
    r"(?:lakhs?|lacs?|millions?|mill|cells)\s*/\s*cu\.?\s*mm|/\s*cu\.?\s*mm|/cumm|"
    r"mm/hr|mm/h|sec(?:s|onds?)?|s|fL|fl|pg|%|ratio|mg|g|"
    r"L/L"  # haematocrit as a fraction (Canada, UK)
    r")(?![A-Za-z])",
    re.IGNORECASE,
)

#: A table border or cell rule read as a character next to a number ("|60.8", "118|").
TABLE_RULE = re.compile(r"(?:(?<=\s)|^)[|│¦]+(?=[<>]?\d)|(?<=\d)[|│¦]+(?=\s|$)")

#: A reference range: "12.0-16.0", "(70 - 99)", "3.5 to 5.1".
RANGE = re.compile(rf"\(?\s*(?P<low>{NUMBER})\s*(?:[{DASHES}]|to)\s*(?P<high>{NUMBER})\s*\)?")
#: A one-sided reference: "<100", "> 40", "<= 5.6".
BOUND = re.compile(rf"\(?\s*(?P<op>{COMPARATOR})\s*(?P<bound>{NUMBER})\s*\)?")

#: Result flags printed next to a value.
FLAG = re.compile(
    r"(?<![A-Za-z/^µμ])(?P<flag>HH|LL|H|L|A|HIGH|LOW|High|Low|Critical|CRITICAL|CRIT|Abnormal|"
    r"ABNORMAL|ABN|\*|\u2191|\u2193)(?![A-Za-z/])"
)

#: ICD-10-CM code (letter, two chars, optional dot and up to four more).
ICD10 = re.compile(
    r"(?<![A-Za-z0-9])(?P<code>[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?)(?![A-Za-z0-9])"
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: Dates in the shapes medical documents print.
DATE = re.compile(
    r"(?<![\d/.-])(?:"
    # year first is always year-month-day, whatever the separator ("2026/09/14", "2026.09.14")
    r"(?P<iso_y>\d{4})(?P<iso_sep>[-/.])(?P<iso_m>\d{1,2})(?P=iso_sep)(?P<iso_d>\d{1,2})"
    r"|(?P<us_m>\d{1,2})[/.-](?P<us_d>\d{1,2})[/.-](?P<us_y>\d{4}|\d{2})"
    # "20. 5. 2025": day, month and year each closed by a dot and a space, as Czech, Slovak
    # and German print them; always day first
    r"|(?P<sp_d>\d{1,2})\.\s(?P<sp_m>\d{1,2})\.\s?(?P<sp_y>\d{4})"
    rf"|(?P<mn_m>{_MONTHS})\.?\s+(?P<mn_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mn_y>\d{{4}})"
    # "01-NOV-25": a two-digit year only between hyphens, as print-outs write it
    rf"|(?P<dm_d>\d{{1,2}})[\s-]+(?P<dm_m>{_MONTHS})\.?[\s,-]+(?P<dm_y>\d{{4}}|(?<=\w-)\d{{2}})"
    r")(?![\d/])",
    re.IGNORECASE,
)

#: Blood pressure "128/82".
BLOOD_PRESSURE = re.compile(r"(?P<sys>\d{2,3})\s*/\s*(?P<dia>\d{2,3})(?!\d)")

#: Leading list markers: "1.", "2)", "-", "•", "*".
#: "1. ", "2) ", "- ", "• ", "#3: ", and a prescription's "5-Nexium" / "1- Augmentin".
LIST_MARKER = re.compile(
    # (not a date's day: "12-Mar-2025 Hepatitis A")
    r"^\s*(?:\d{1,2}[.)]\s+|\d{1,2}-\s*(?=[A-Za-z])"
    r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-/. ]\d)|"
    r"[-•*·▪◦]\s*|#\s*\d+\s*[.:)]?\s*)"
)

#: "Sig:" lines on prescriptions carry route and frequency for the drug above.
SIG_LINE = re.compile(r"^\s*(?:sig|directions|instructions)\s*[:.]?\s*", re.IGNORECASE)

#: "Dose 2", "Dose #2", "#2", "2nd dose".
DOSE_NUMBER = re.compile(
    r"(?:\bdose\s*(?:no\.?|number|#)?\s*[:#]?\s*(?P<a>\d{1,2})\b"
    r"|\b(?P<b>\d)(?:st|nd|rd|th)\s+dose\b"
    r"|(?<![\w#])#\s*(?P<c>\d{1,2})\b"
    # an ordinal with a point after the vaccine, then its cell's word and the date, as most
    # of Europe numbers doses: "Havrix 1440  Hepatitis A  1. Dosis  02.06.2008"
    r"|(?:(?<=[^\W\d_]\s)|^\s*)(?P<d>[1-6])\.\s+[^\W\d_]{3,}\s+(?=\d{1,2}[./-]\d))",
    re.IGNORECASE,
)
#: "Lot: EW0182", "Lot# FK5127", "Lot No. 3CA77C1".
LOT_NUMBER = re.compile(
    r"\blot\s*(?:#|no\.?|number|num)?\s*[:#]?\s*(?P<lot>[A-Z0-9][A-Z0-9-]{2,})",
    re.IGNORECASE,
)

#: A bracketed aside: "(Voltaren Rapid)", "(BMI 34)", "(mm[Hg])".
BRACKETED = re.compile(r"\([^)]*\)")

#: Where one sentence ends and the next begins ("... takes omeprazole. I gave her ..."); not
#: a decimal point or an abbreviation's dot before a digit.
SENTENCE_BREAK = re.compile(r"(?<![\d.])\.\s+(?=[A-Z])")


#: A count's power of ten in superscript: "x10³/µL", "x10⁹/L", "10¹²/L".
_SUPERSCRIPT_POWER = re.compile(r"(?<=10)(¹²|[³⁶⁹])")
_POWERS = {"³": "^3", "⁶": "^6", "⁹": "^9", "¹²": "^12"}


#: Units spelled with the accents of the report's language: "mmól/L", "µmól/L",
#: "mL/mín/1,73m²" (Icelandic).
_ACCENTED_UNIT = re.compile(r"(?<![^\W\d_])(mm|[µμu]m|nm|pm|m)ól\b|(?<=/)mín\b")


#: "mk" for micro, as reports from the former Soviet Union transliterate "мк": "mkmol/l".
_MK_MICRO = re.compile(r"(?<![^\W\d_])mk(?=(?:mol|g|l|U)/)")
#: OCR reads a unit's "g" as a nine ("m9/dl", "m9g/dl", "u9/mL"), or loses it ("m/dl").
GRAM_AS_NINE = re.compile(r"(?<![A-Za-z\d])([mµun])(?:9g?|(?=/dl\b))(?=/(?:dl|l|ml)\b)", re.I)
#: "q" for "g", as Azerbaijani prints grams: "112 q/l" (only right after a number).
_Q_GRAMS = re.compile(r"(?<=\d )q(?=/d?l\b)")


def plain_powers(text: str) -> str:
    """Superscript powers of ten as units are written elsewhere: "x10³/µL" -> "x10^3/µL";
    units with accented letters or local letters as they are written elsewhere: "mmól/L" ->
    "mmol/L", "mkmol/l" -> "µmol/l", "112 q/l" -> "112 g/l"."""
    text = _ACCENTED_UNIT.sub(lambda m: f"{m.group(1)}ol" if m.group(1) else "min", text)
    text = _Q_GRAMS.sub("g", _MK_MICRO.sub("\u00b5", text))
    text = GRAM_AS_NINE.sub(r"\1g", text)  # (also before a table's columns are split)
    text = _SPACED_PER.sub(r"\1/", text)  # "9.8 mmol /L" -> "9.8 mmol/L"
    # UCUM as EHR print-outs keep it: "u[IU]/mL" -> "uIU/mL", "mg/g{creat}" -> "mg/g creat",
    # "mL/min/{1.73_m2}" -> "mL/min/1.73m2"
    text = _UCUM_ANNOTATION.sub(_ucum_annotation, text.replace("[IU]", "IU"))
    return _SUPERSCRIPT_POWER.sub(lambda m: _POWERS[m.group(1)], text)


_UCUM_ANNOTATION = re.compile(r"(?<=[A-Za-z/])\{([A-Za-z0-9._]{1,12})\}")


def _ucum_annotation(found: re.Match[str]) -> str:
    note = found.group(1)
    return f" {note}" if note[0].isalpha() else note.replace("_", "")


#: A unit typed with a space around its slash: "9.8 mmol /L", "5 mg / dL".
_SPACED_PER = re.compile(
    r"(\d\s*(?:mmol|µmol|umol|nmol|pmol|mg|g|ng|pg|µg|ug|mEq|IU|U))(?:\s+/\s*|/\s+)(?=[dLlm])"
)


#: A form's free-text field that spells out the answers above it: "Details:", "If yes,
#: please specify:", "Comments:" (a pattern to embed; callers add the colon).
FREE_TEXT_FIELD = (
    r"(?:if\s+(?:yes|so)[,\s]*)?(?:please\s+)?(?:give\s+)?(?:details?|specify|comments?)"
)
