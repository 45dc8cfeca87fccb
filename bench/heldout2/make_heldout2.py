#!/usr/bin/env python3
"""Generate the second held-out extraction set (bench/heldout2/).

Written from the output schema (pipeline/clinical/schema.py) only, never from the
extractor or its tests. Deterministic: reportlab with invariant=1, fixed noise seeds,
no clock reads, so a rerun reproduces every byte and the MANIFEST.sha256.

    python bench/heldout2/make_heldout2.py           # write docs/, truth/, MANIFEST.sha256
    python bench/heldout2/make_heldout2.py --check   # only verify MANIFEST.sha256

Each document's ground truth is built next to the code that prints it, and every truth
string (names, doses, values, units, dates as printed) is checked against the text layer
of the drawn PDF (for scans: the PDF before rasterising) before anything is written.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
Row = dict[str, Any]

# Allowed values, copied from the output schema (validated against it in validate()).
WHY = {
    "negated",
    "checkbox_no",
    "family",
    "historical",
    "planned",
    "due",
    "stopped",
    "leaflet",
    "not_clinical",
    "other",
}
MED_STATUS = {"active", "new", "changed", "held", "stopped", "completed"}
COND_STATUS = {"active", "resolved", "history"}


# --------------------------------------------------------------------------- drawing


class Doc:
    """A tiny top-down page writer over a reportlab canvas; the footer goes on every page."""

    def __init__(
        self,
        pagesize: tuple[float, float] = A4,
        font: str = "Helvetica",
        bold: str = "Helvetica-Bold",
        margin: float = 48.0,
    ) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle("Synthetic test document")
        self.c.setAuthor("docpipe bench/heldout2")
        self.w, self.h = pagesize
        self.m = margin
        self.font, self.bold = font, bold
        self.y = self.h - margin
        self.pages = 1

    def need(self, dy: float) -> None:
        if self.y - dy < 52:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.pages += 1
        self.y = self.h - self.m

    def _footer(self) -> None:
        self.c.setFillGray(0.2)
        self.c.setFont("Helvetica-Oblique", 7.5)
        self.c.drawCentredString(self.w / 2, 26, FOOTER)
        self.c.drawRightString(self.w - self.m, 26, f"Page {self.pages}")
        self.c.setFillGray(0)

    def _font(self, bold: bool, font: str | None) -> str:
        return font or (self.bold if bold else self.font)

    def text(
        self,
        s: str,
        x: float = 0,
        size: float = 10,
        bold: bool = False,
        font: str | None = None,
        lead: float = 1.35,
    ) -> None:
        self.need(size * lead)
        self.c.setFont(self._font(bold, font), size)
        self.c.drawString(self.m + x, self.y - size, s)
        self.y -= size * lead

    def row(
        self,
        cells: Iterable[tuple[float, str]],
        size: float = 9,
        bold: bool = False,
        font: str | None = None,
        lead: float = 1.42,
    ) -> None:
        self.need(size * lead)
        self.c.setFont(self._font(bold, font), size)
        for x, s in cells:
            if s:
                self.c.drawString(self.m + x, self.y - size, s)
        self.y -= size * lead

    def center(self, s: str, size: float = 10, bold: bool = False, lead: float = 1.3) -> None:
        self.need(size * lead)
        self.c.setFont(self._font(bold, None), size)
        self.c.drawCentredString(self.w / 2, self.y - size, s)
        self.y -= size * lead

    def right(self, s: str, size: float = 9, bold: bool = False) -> None:
        """Right-aligned on the current line; does not move down."""
        self.c.setFont(self._font(bold, None), size)
        self.c.drawRightString(self.w - self.m, self.y - size, s)

    def para(
        self,
        s: str,
        size: float = 10,
        x: float = 0,
        bold: bool = False,
        lead: float = 1.35,
        after: float = 5,
        font: str | None = None,
    ) -> None:
        f = self._font(bold, font)
        for line in simpleSplit(s, f, size, self.w - 2 * self.m - x):
            self.text(line, x, size, font=f, lead=lead)
        self.y -= after

    def gap(self, d: float = 6) -> None:
        self.y -= d

    def hr(self, weight: float = 0.6) -> None:
        self.need(8)
        self.c.setLineWidth(weight)
        self.c.line(self.m, self.y - 2, self.w - self.m, self.y - 2)
        self.y -= 7

    def heading(self, s: str, size: float = 10, band: bool = True) -> None:
        self.need(size * 2.6)
        self.y -= 3
        if band:
            self.c.setFillGray(0.87)
            self.c.rect(self.m, self.y - size - 4, self.w - 2 * self.m, size + 7, stroke=0, fill=1)
            self.c.setFillGray(0)
        self.c.setFont(self.bold, size)
        self.c.drawString(self.m + 3, self.y - size - 0.5, s)
        self.y -= size + 10

    def table(
        self,
        xs: Sequence[float],
        header: Sequence[str] | None,
        rows: Iterable[Sequence[str]],
        size: float = 8.5,
        lead: float = 1.5,
        font: str | None = None,
    ) -> None:
        if header:
            self.row(zip(xs, header, strict=True), size, bold=True, lead=lead)
            self.hr(0.4)
        for r in rows:
            self.row(zip(xs, r, strict=False), size, font=font, lead=lead)

    def finish(self) -> bytes:
        self._footer()
        self.c.save()
        return self.buf.getvalue()


# --------------------------------------------------------------------------- truth rows

_NUM = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?$")


def num(s: str | None) -> float | None:
    if s is None:
        return None
    t = s.strip()
    return float(t.replace(",", "")) if _NUM.match(t) else None


def parse_ref(ref: str | None) -> tuple[float | None, float | None]:
    if not ref:
        return None, None
    t = ref.replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)[-\u2013](\d+(?:\.\d+)?)", t)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(r"(?:<|<=|≤)(\d+(?:\.\d+)?)", t)
    if m:
        return None, float(m.group(1))
    m = re.fullmatch(r"(?:>|>=|≥)(\d+(?:\.\d+)?)", t)
    if m:
        return float(m.group(1)), None
    return None, None


FLAGS = {
    "H": "high",
    "L": "low",
    "A": "abnormal",
    "HH": "critical",
    "LL": "critical",
    "High": "high",
    "Low": "low",
    "Normal": "normal",
    "Abnormal": "abnormal",
    "": "normal",
}


def lab(
    test: str,
    value: str,
    unit: str | None,
    ref: str | None,
    flag: str | None,
    day: str | None = None,
    specimen: str | None = None,
    **kw: Any,
) -> Row:
    """flag: the printed flag ("" = blank cell in a flag column, None = no flag column/range)."""
    lo, hi = parse_ref(ref)
    r: Row = {
        "test_name": test,
        "value_text": value,
        "value_numeric": num(value),
        "unit": unit,
        "reference_low": lo,
        "reference_high": hi,
        "reference_text": ref,
        "flag": None if flag is None else FLAGS[flag],
    }
    if day:
        r["date"] = day
    if specimen:
        r["specimen"] = specimen
    r.update(kw)
    return r


def med(
    name: str,
    dose: str | None,
    unit: str | None,
    route: str | None,
    frequency: str | None,
    status: str = "active",
    **kw: Any,
) -> Row:
    r: Row = {
        "name": name,
        "dose": dose,
        "unit": unit,
        "route": route,
        "frequency": frequency,
        "status": status,
    }
    r.update(kw)
    return r


def vit(kind: str, value: str, unit: str | None, **kw: Any) -> Row:
    if kind == "blood_pressure":
        s, d = value.split("/")
        r: Row = {
            "kind": kind,
            "value_text": value,
            "value_numeric": float(s),
            "value_secondary": float(d),
            "unit": unit,
        }
    else:
        r = {
            "kind": kind,
            "value_text": value,
            "value_numeric": num(value),
            "value_secondary": None,
            "unit": unit,
        }
    r.update(kw)
    return r


def alg(substance: str, reaction: str | None = None, severity: str | None = None, **kw: Any) -> Row:
    r: Row = {"substance": substance, "reaction": reaction, "severity": severity}
    r.update(kw)
    return r


def cond(name: str, status: str, icd: str | None = None, **kw: Any) -> Row:
    r: Row = {"name": name, "status": status, "icd10_code": icd}
    r.update(kw)
    return r


def imm(
    vaccine: str, day: str | None, dose: int | None = None, lot: str | None = None, **kw: Any
) -> Row:
    r: Row = {"vaccine": vaccine, "administered_on": day, "dose_number": dose, "lot_number": lot}
    r.update(kw)
    return r


def mn(category: str, name: str, why: str, note: str | None = None) -> Row:
    r: Row = {"category": category, "name": name, "why": why}
    if note:
        r["note"] = note
    return r


def split_flag(cell: str) -> tuple[str, str]:
    """'5.4 H' -> ('5.4', 'H'); '139' -> ('139', '')."""
    parts = cell.rsplit(" ", 1)
    if len(parts) == 2 and parts[1] in {"H", "L", "A", "HH", "LL"}:
        return parts[0], parts[1]
    return cell, ""


@dataclass
class Built:
    pdf: bytes
    pages: int
    service_date: str | None
    medications: list[Row]
    labs: list[Row]
    vitals: list[Row]
    allergies: list[Row]
    conditions: list[Row]
    immunizations: list[Row]
    must_not: list[Row]


def built(
    d: Doc,
    service_date: str | None,
    *,
    meds: list[Row] | None = None,
    labs: list[Row] | None = None,
    vitals: list[Row] | None = None,
    allergies: list[Row] | None = None,
    conditions: list[Row] | None = None,
    imms: list[Row] | None = None,
    must_not: list[Row] | None = None,
) -> Built:
    pdf = d.finish()
    return Built(
        pdf,
        d.pages,
        service_date,
        meds or [],
        labs or [],
        vitals or [],
        allergies or [],
        conditions or [],
        imms or [],
        must_not or [],
    )


# --------------------------------------------------------------------------- documents
# 01 South Africa: GP referral letter in prose (day-first dates).


def d01() -> Built:
    d = Doc(font="Times-Roman", bold="Times-Bold")
    d.center("Dr A. N. Mokoena", 15, bold=True)
    d.center("MBChB (Wits), DipPEC (SA)  -  Family Practitioner", 9.5)
    d.center(
        "Practice No. 099 9999  |  12 Jacaranda Avenue, Hatfield, Pretoria 0083  |  Tel 012 555 0142",
        8.5,
    )
    d.hr()
    d.gap(4)
    d.text("03/04/2026", size=10.5)
    d.gap(4)
    for s in (
        "Dr P. Naidoo",
        "Specialist Physician (Endocrinology)",
        "Suite 4, Fictional Medical Centre",
        "Arcadia, Pretoria 0007",
    ):
        d.text(s, size=10.5, lead=1.25)
    d.gap(8)
    d.text("Dear Dr Naidoo", size=10.5)
    d.gap(2)
    d.text(
        "Re: Mr Sipho TESTPATIENT    DOB 14/11/1961    ID no. 6111145999089 (synthetic)",
        size=10.5,
        bold=True,
    )
    d.text(
        "Medical aid: Discovery Health Medical Scheme (test plan), member no. 999000111", size=10
    )
    d.gap(4)
    P = 10.5
    d.para(
        "Thank you for seeing this 64-year-old gentleman with type 2 diabetes mellitus (E11.9), "
        "hypertension and dyslipidaemia, whose glycaemic control has deteriorated over the last six "
        "months despite good reported adherence. His HbA1c on 17/03/2026 was 9.1 % (7.4 % in "
        "September 2025), and on the same sample his eGFR was 52 mL/min/1.73m² with a urine "
        "albumin/creatinine ratio of 6.8 mg/mmol, in keeping with chronic kidney disease stage 3a.",
        P,
    )
    d.para(
        "He denies chest pain, and there are no symptoms of claudication. Foot examination shows "
        "reduced monofilament sensation on the left forefoot. His father died of a myocardial "
        "infarction at 58 and his mother had a stroke in her seventies.",
        P,
    )
    d.para(
        "At today's visit his blood pressure was 152/94 mmHg, pulse 88 per minute and regular, "
        "weight 97 kg (BMI 32.4 kg/m²).",
        P,
    )
    d.text("Current medication:", size=P, bold=True)
    for s in (
        "Glucophage (metformin) 850 mg three times daily with meals",
        "Diamicron MR (gliclazide) 120 mg in the morning - increased today from 60 mg",
        "Pharmapress (enalapril) 20 mg twice daily",
        "Amlodipine 10 mg daily",
        "Ecotrin (aspirin) 81 mg daily",
        "Atorvastatin 20 mg at night - started today; simvastatin 40 mg stopped because of myalgia",
    ):
        d.text("-  " + s, x=10, size=P)
    d.gap(5)
    d.para("He is allergic to penicillin (urticarial rash).", P)
    d.para(
        "His influenza vaccine (Influvac Tetra) was given at the practice on 10/04/2025. His "
        "pneumococcal vaccine is still outstanding and I will give it at his next visit.",
        P,
    )
    d.para(
        "Past history includes a left inguinal hernia repair (2015) and gout, with no attacks in the "
        "last three years.",
        P,
    )
    d.para(
        "I would value your opinion on adding an SGLT2 inhibitor such as empagliflozin, and on "
        "whether he should start basal insulin.",
        P,
    )
    d.gap(6)
    d.text("Yours sincerely", size=P)
    d.gap(14)
    d.text("Dr A. N. Mokoena", size=P)
    return built(
        d,
        "2026-04-03",
        meds=[
            med(
                "metformin", "850", "mg", "oral", "three times daily with meals", brand="Glucophage"
            ),
            med(
                "gliclazide", "120", "mg", "oral", "in the morning", "changed", brand="Diamicron MR"
            ),
            med("enalapril", "20", "mg", "oral", "twice daily", brand="Pharmapress"),
            med("amlodipine", "10", "mg", "oral", "daily"),
            med("aspirin", "81", "mg", "oral", "daily", brand="Ecotrin"),
            med("atorvastatin", "20", "mg", "oral", "at night", "new", status_also_ok=["active"]),
            med("simvastatin", "40", "mg", "oral", None, "stopped"),
        ],
        labs=[
            lab("HbA1c", "9.1", "%", None, None, "2026-03-17"),
            lab("eGFR", "52", "mL/min/1.73m²", None, None, "2026-03-17", specimen="serum"),
            lab(
                "urine albumin/creatinine ratio",
                "6.8",
                "mg/mmol",
                None,
                None,
                "2026-03-17",
                specimen="urine",
            ),
            lab(
                "HbA1c",
                "7.4",
                "%",
                None,
                None,
                optional=True,
                note="previous result, 'September 2025' without a day",
            ),
        ],
        vitals=[
            vit("blood_pressure", "152/94", "mmHg"),
            vit("heart_rate", "88", "per minute"),
            vit("weight", "97", "kg"),
            vit("bmi", "32.4", "kg/m²"),
        ],
        allergies=[alg("penicillin", "urticarial rash")],
        conditions=[
            cond("type 2 diabetes mellitus", "active", "E11.9"),
            cond("hypertension", "active"),
            cond("dyslipidaemia", "active", aliases=["dyslipidemia"]),
            cond("chronic kidney disease stage 3a", "active", aliases=["chronic kidney disease"]),
            cond(
                "gout",
                "history",
                status_also_ok=["active", "resolved"],
                note="no attacks in three years",
            ),
            cond("left inguinal hernia repair", "history", optional=True),
            cond("myalgia", "active", optional=True, note="statin side effect"),
        ],
        imms=[imm("influenza vaccine", "2025-04-10", brand="Influvac Tetra")],
        must_not=[
            mn("condition", "chest pain", "negated"),
            mn("condition", "claudication", "negated"),
            mn("condition", "myocardial infarction", "family"),
            mn("condition", "stroke", "family"),
            mn("medication", "simvastatin", "stopped"),
            mn("immunization", "pneumococcal vaccine", "planned"),
            mn("medication", "empagliflozin", "planned"),
            mn("medication", "basal insulin", "planned"),
        ],
    )


# 02 Singapore: polyclinic lab report, single date, serum vs urine creatinine.


def d02() -> Built:
    d = Doc()
    d.text("EASTGATE POLYCLINIC (fictional)  -  Central Diagnostic Laboratory", size=12, bold=True)
    d.text("Blk 999 Fictional Avenue 9, #01-99, Singapore 999999   Tel: 6555 0199", size=8.5)
    d.hr(1)
    d.row([(0, "Name: TAN AH KOW (TEST)"), (270, "NRIC: SXXXX123Z"), (420, "Sex/Age: M / 58")], 9)
    d.row(
        [(0, "Lab No: 26-ED-009915"), (270, "Ward/Clinic: Clinic 3 (CDM)"), (420, "Dr: Lim K.W.")],
        9,
    )
    d.row(
        [
            (0, "Collected: 12-Jan-2026 08:42"),
            (270, "Received: 12-Jan-2026 09:30"),
            (420, "Reported: 12-Jan-2026 15:10"),
        ],
        9,
    )
    d.row([(0, "Clinical details: DM / HLD review, fasting")], 9)
    d.gap(4)
    xs = [0, 190, 250, 290, 380]
    rows: list[tuple[str, str, str, str, str, str | None]] = [
        ("HbA1c", "7.8", "H", "%", "4.0 - 6.0", None),
        ("Glucose, Fasting", "8.2", "H", "mmol/L", "3.9 - 6.0", None),
        ("Cholesterol, Total", "4.9", "", "mmol/L", "< 5.2", None),
        ("HDL Cholesterol", "0.96", "L", "mmol/L", "> 1.0", None),
        ("LDL Cholesterol (calc)", "3.1", "H", "mmol/L", "< 2.6", None),
        ("Triglycerides", "1.9", "H", "mmol/L", "< 1.7", None),
        ("Sodium", "139", "", "mmol/L", "136 - 146", None),
        ("Potassium", "4.4", "", "mmol/L", "3.5 - 5.1", None),
        ("Creatinine", "98", "", "umol/L", "65 - 125", "serum"),
        ("eGFR (CKD-EPI 2021)", "68", "", "mL/min/1.73m2", "> 60", "serum"),
        ("ALT", "46", "H", "U/L", "10 - 40", None),
    ]
    urine = [
        ("Microalbumin", "42", "", "mg/L", None, "urine"),
        ("Creatinine", "8.4", "", "mmol/L", None, "urine"),
        ("Albumin/Creatinine Ratio", "5.0", "H", "mg/mmol", "< 3.0", "urine"),
    ]
    header = ["TEST", "RESULT", "FLAG", "UNITS", "REFERENCE INTERVAL"]
    d.heading("BLOOD (SERUM / PLASMA)")
    d.table(xs, header, [[t, v, f, u, r or ""] for t, v, f, u, r, _ in rows])
    d.heading("URINE (SPOT, RANDOM)")
    d.table(xs, header, [[t, v, f, u, r or ""] for t, v, f, u, r, _ in urine])
    d.gap(6)
    d.text("Tests not performed: TSH - insufficient sample, please repeat.", size=8.5)
    d.para(
        "Comment: HbA1c target for most adults with diabetes is below 7.0 %. LDL-C target depends on "
        "cardiovascular risk category. eGFR calculated by CKD-EPI 2021 (race-free).",
        8.5,
    )
    d.gap(10)
    d.text(
        "Verified by: Medical Technologist (MT-0999)        Authorised by: Dr Pathologist (Test)",
        size=8.5,
    )
    d.text("*** END OF REPORT ***", size=8.5)
    labs = [
        lab(t, v, u, r, f if r else None, "2026-01-12", **({"specimen": s} if s else {}))
        for t, v, f, u, r, s in rows + urine
    ]
    return built(
        d,
        "2026-01-12",
        labs=labs,
        conditions=[
            cond("DM", "active", optional=True, aliases=["diabetes"]),
            cond("HLD", "active", optional=True, aliases=["hyperlipidaemia"]),
        ],
        must_not=[mn("lab", "TSH", "other", "not performed")],
    )


# 03 Scotland: discharge summary, medicine table new/changed/withheld/stopped.


def d03() -> Built:
    d = Doc()
    d.text("NHS Lomond & Forth (fictional board)", size=9)
    d.text("Royal Infirmary of Strathmore - Respiratory Medicine, Ward 205", size=11, bold=True)
    d.text("IMMEDIATE DISCHARGE LETTER", size=13, bold=True)
    d.hr(1)
    d.row(
        [(0, "Patient: Margaret TESTCASE"), (230, "CHI: 2505999991"), (380, "DOB: 25/05/1949")], 9
    )
    d.row(
        [
            (0, "Admitted: 24/02/2026"),
            (230, "Discharged: 02/03/2026"),
            (380, "Consultant: Dr R. Fictional"),
        ],
        9,
    )
    d.row([(0, "GP: Dr L. Example, Fictional Health Centre, Strathmore")], 9)
    d.heading("Diagnoses")
    d.text("Principal: Community-acquired pneumonia, right lower lobe (CURB-65 = 2)", size=9.5)
    d.text("Secondary: Acute kidney injury stage 1 (pre-renal) - resolved", size=9.5)
    d.text("                  Atrial fibrillation - new diagnosis this admission", size=9.5)
    d.text("Comorbidities: COPD (GOLD 2); type 2 diabetes; cholecystectomy 2009", size=9.5)
    d.heading("Clinical summary")
    d.para(
        "Presented with 4 days of productive cough, fever and breathlessness. On admission T 38.9, "
        "SpO2 88% on air, RR 28, BP 104/62. CXR: right lower lobe consolidation. Treated with IV "
        "co-amoxiclav 1.2 g TDS and oral clarithromycin 500 mg BD for 48 hours, then stepped down to oral "
        "amoxicillin. Fast AF noted on day 2; rate controlled with bisoprolol and anticoagulated "
        "(CHA2DS2-VASc 4). AKI (creatinine 168) attributed to sepsis and dehydration, resolved with IV "
        "fluids; metformin and ramipril withheld. Pneumococcal vaccine given on the ward. Influenza "
        "vaccine offered but declined by patient.",
        9,
    )
    d.heading("Key results")
    xs = [0, 150, 230, 310, 380]
    res = [
        ("CRP", "212", "38", "mg/L", "<5", None),
        ("Creatinine", "168", "94", "umol/L", "60-110", "serum"),
        ("Haemoglobin", "128", "119", "g/L", "115-165", None),
        ("eGFR", "-", "54", "mL/min/1.73m2", ">60", "serum"),
    ]
    d.table(
        xs,
        ["Test", "24/02/2026", "02/03/2026", "Units", "Range"],
        [[t, a, b, u, r] for t, a, b, u, r, _ in res],
    )
    d.heading("Medicines on discharge")
    xs = [0, 120, 205, 250, 345, 410]
    meds = [
        ("Apixaban", "5 mg", "oral", "twice daily", "NEW", "AF"),
        ("Bisoprolol", "2.5 mg", "oral", "once daily", "NEW", "rate control"),
        ("Amoxicillin", "500 mg", "oral", "three times daily", "NEW", "until 05/03/2026"),
        ("Atorvastatin", "40 mg", "oral", "at night", "CHANGED", "increased from 20 mg"),
        (
            "Seretide 250 Accuhaler",
            "250/50 micrograms",
            "inhaled",
            "1 puff twice daily",
            "UNCHANGED",
            "",
        ),
        ("Salbutamol", "100 micrograms", "inhaled", "2 puffs when required", "UNCHANGED", ""),
        ("Metformin", "1 g", "oral", "twice daily", "WITHHELD", "AKI - see actions"),
        ("Ramipril", "5 mg", "oral", "once daily", "WITHHELD", "AKI - see actions"),
        ("Aspirin", "75 mg", "oral", "once daily", "STOPPED", "now anticoagulated"),
    ]
    d.table(xs, ["Medicine", "Dose", "Route", "Frequency", "Status", "Comment"], meds, size=8)
    d.heading("Allergies / adverse drug reactions")
    d.text("Codeine - vomiting;  Elastoplast - skin blistering", size=9.5)
    d.heading("Immunisations this admission")
    d.text(
        "Pneumococcal polysaccharide vaccine (PPV23) 0.5 mL IM - 01/03/2026 - batch X7Y8Z1",
        size=9.5,
    )
    d.heading("Observations on discharge")
    d.text(
        "BP 128/76   HR 72 (irregular)   SpO2 95% on air   Temp 36.8°C   RR 16   NEWS2 1", size=9.5
    )
    d.heading("Actions for GP")
    d.para(
        "1. U&Es in 1 week; restart metformin and ramipril if creatinine stable. 2. Repeat CXR in 6 weeks "
        "to confirm resolution. 3. Cardiology clinic appointment will be sent (echo requested). "
        "4. Please offer influenza vaccine again in the autumn.",
        9,
    )
    d.gap(6)
    d.text("Dr S. Juniordoc (FY2), for Dr R. Fictional, Consultant Respiratory Physician", size=9)
    status = {
        "NEW": "new",
        "CHANGED": "changed",
        "UNCHANGED": "active",
        "WITHHELD": "held",
        "STOPPED": "stopped",
    }
    trows: list[Row] = []
    for name, dose, route, freq, st, _ in meds:
        dv, unit = dose.split(" ", 1)
        extra: dict[str, Any] = {}
        gname = name.lower()
        if name.startswith("Seretide"):
            gname, extra = "fluticasone/salmeterol", {"brand": name}
        trows.append(med(gname, dv, unit, route, freq, status[st], **extra))
    labs: list[Row] = []
    for t, a, b, u, r, s in res:
        for v, day in ((a, "2026-02-24"), (b, "2026-03-02")):
            if v != "-":
                labs.append(lab(t, v, u, r, None, day, **({"specimen": s} if s else {})))
    return built(
        d,
        "2026-03-02",
        meds=trows,
        labs=labs,
        vitals=[
            vit("blood_pressure", "128/76", None),
            vit("heart_rate", "72", None),
            vit("oxygen_saturation", "95", "%"),
            vit("temperature", "36.8", "°C"),
            vit("respiratory_rate", "16", None),
            vit("temperature", "38.9", None, date="2026-02-24", optional=True, note="admission"),
            vit("oxygen_saturation", "88", "%", date="2026-02-24", optional=True),
            vit("respiratory_rate", "28", None, date="2026-02-24", optional=True),
            vit("blood_pressure", "104/62", None, date="2026-02-24", optional=True),
        ],
        allergies=[alg("codeine", "vomiting"), alg("Elastoplast", "skin blistering")],
        conditions=[
            cond("community-acquired pneumonia", "active", aliases=["pneumonia"]),
            cond("acute kidney injury", "resolved", aliases=["AKI"]),
            cond("atrial fibrillation", "active", aliases=["AF"]),
            cond("COPD", "active"),
            cond("type 2 diabetes", "active"),
            cond("cholecystectomy", "history", optional=True),
        ],
        imms=[imm("Pneumococcal polysaccharide vaccine (PPV23)", "2026-03-01", lot="X7Y8Z1")],
        must_not=[
            mn("medication", "aspirin", "stopped"),
            mn("medication", "co-amoxiclav", "other", "given in hospital only"),
            mn("medication", "clarithromycin", "other", "given in hospital only"),
            mn("immunization", "influenza vaccine", "negated", "declined"),
        ],
    )


# 04 Wales: rheumatology clinic letter (day-first; bilingual letterhead).


def d04() -> Built:
    d = Doc(font="Helvetica")
    d.text("Bwrdd Iechyd Prifysgol Glannau Teifi (ffug)", size=9, bold=True)
    d.text("Teifi Valley University Health Board (fictional)", size=9, bold=True)
    d.right("Tel: 01632 960 411")
    d.text("Rheumatology Department, Ysbyty Fictional, Aberteifi", size=9)
    d.hr()
    d.row([(0, "Clinic date: 19/01/2026"), (300, "Typed: 23/01/2026")], 9)
    d.row([(0, "NHS No: 999 123 4567"), (300, "Hosp No: T999871")], 9)
    d.gap(4)
    d.text("Dr H. Example, Meddygfa Fictional Surgery, Cardigan", size=9.5)
    d.gap(4)
    d.text("Dear Dr Example,", size=10)
    d.text("Re: Mrs Eleri TESTDATA, DOB 02/08/1962", size=10, bold=True)
    d.gap(3)
    d.text("Diagnoses:", size=10, bold=True)
    for s in (
        "1. Seropositive rheumatoid arthritis (diagnosed 2019)",
        "2. Osteopenia",
        "3. Hypothyroidism",
        "4. Pulmonary embolism 2017 (provoked, post-operative) - anticoagulation completed",
    ):
        d.text(s, x=10, size=9.5)
    d.gap(3)
    d.text("Current medication:", size=10, bold=True)
    for s in (
        "Methotrexate 20 mg orally once weekly (Fridays)",
        "Folic acid 5 mg once weekly (Mondays)",
        "Hydroxychloroquine 200 mg twice daily",
        "Prednisolone 5 mg once daily - see plan",
        "Levothyroxine 75 micrograms once daily",
        "Alendronic acid 70 mg once weekly",
        "Adcal-D3 1 tablet twice daily",
    ):
        d.text(s, x=10, size=9.5)
    d.gap(3)
    d.text("Allergies / intolerances: sulfasalazine (rash and deranged LFTs)", size=9.5)
    d.gap(3)
    d.para(
        "I reviewed Mrs Testdata in clinic today. She reports morning stiffness of about an hour and "
        "persisting synovitis in both wrists and the right second and third MCP joints. DAS28-CRP today "
        "is 3.4. She has no symptoms of dry eyes or mouth. Her sister has psoriatic arthritis. She "
        "tried sulfasalazine in 2019-2020, which was stopped because of a rash and deranged LFTs.",
        9.5,
    )
    d.para(
        "Her bloods on 12/01/2026 showed Hb 118 g/L, WCC 6.2, ALT 38, CRP 14 and ESR 32. "
        "BP today 138/82, weight 71.4 kg.",
        9.5,
    )
    d.para(
        "Naproxen 500 mg twice daily has been stopped today because of dyspepsia; she may use "
        "paracetamol 1 g up to four times a day when required instead.",
        9.5,
    )
    d.para(
        "She had her first Shingrix dose at the surgery on 05/12/2025; the second dose is due in "
        "February. A pneumococcal vaccine is also recommended.",
        9.5,
    )
    d.text("Plan:", size=10, bold=True)
    d.para(
        "1. Continue methotrexate, hydroxychloroquine and folic acid. 2. Reduce prednisolone by 1 mg every "
        "four weeks until stopped. 3. As she has active disease despite two conventional DMARDs, we will "
        "apply for funding for adalimumab (Amgevita) 40 mg subcutaneously every other week. 4. Repeat "
        "DEXA in 2027. 5. Review in 3 months.",
        9.5,
    )
    d.gap(6)
    d.text("Yn gywir / Yours sincerely,", size=10)
    d.gap(12)
    d.text("Dr G. Testconsultant, Consultant Rheumatologist", size=10)
    return built(
        d,
        "2026-01-19",
        meds=[
            med("methotrexate", "20", "mg", "oral", "once weekly (Fridays)"),
            med("folic acid", "5", "mg", "oral", "once weekly (Mondays)"),
            med("hydroxychloroquine", "200", "mg", "oral", "twice daily"),
            med(
                "prednisolone",
                "5",
                "mg",
                "oral",
                "once daily",
                status_also_ok=["changed"],
                note="taper planned: reduce by 1 mg every four weeks",
            ),
            med("levothyroxine", "75", "micrograms", "oral", "once daily"),
            med("alendronic acid", "70", "mg", "oral", "once weekly"),
            med(
                "calcium carbonate/colecalciferol",
                "1",
                "tablet",
                "oral",
                "twice daily",
                brand="Adcal-D3",
            ),
            med("naproxen", "500", "mg", "oral", "twice daily", "stopped"),
            med(
                "paracetamol",
                "1",
                "g",
                "oral",
                "up to four times a day when required",
                "new",
                status_also_ok=["active"],
            ),
        ],
        labs=[
            lab("Hb", "118", "g/L", None, None, "2026-01-12"),
            lab("WCC", "6.2", None, None, None, "2026-01-12"),
            lab("ALT", "38", None, None, None, "2026-01-12"),
            lab("CRP", "14", None, None, None, "2026-01-12"),
            lab("ESR", "32", None, None, None, "2026-01-12"),
            lab("DAS28-CRP", "3.4", None, None, None, optional=True, note="disease activity score"),
        ],
        vitals=[vit("blood_pressure", "138/82", None), vit("weight", "71.4", "kg")],
        allergies=[alg("sulfasalazine", "rash and deranged LFTs")],
        conditions=[
            cond("seropositive rheumatoid arthritis", "active", aliases=["rheumatoid arthritis"]),
            cond("osteopenia", "active"),
            cond("hypothyroidism", "active"),
            cond("pulmonary embolism", "history", status_also_ok=["resolved"]),
            cond("synovitis", "active", optional=True),
            cond("dyspepsia", "active", optional=True),
        ],
        imms=[imm("Shingrix", "2025-12-05", 1)],
        must_not=[
            mn("condition", "dry eyes", "negated"),
            mn("condition", "psoriatic arthritis", "family"),
            mn("medication", "sulfasalazine", "historical"),
            mn("medication", "naproxen", "stopped"),
            mn("medication", "adalimumab", "planned"),
            mn("immunization", "pneumococcal vaccine", "due"),
        ],
    )


# 05 US: Oracle Health / Cerner-style ambulatory clinical summary print-out (month-first).


def d05() -> Built:
    d = Doc(pagesize=LETTER, margin=40)
    d.row(
        [
            (0, "Fictional Valley Health - Internal Medicine"),
            (360, "Printed: 03/07/2026 11:52 CST"),
        ],
        8,
        bold=True,
    )
    d.text("Ambulatory Clinical Summary", size=13, bold=True)
    d.row(
        [
            (0, "TESTPATIENT, ROBERT J"),
            (180, "MRN: 99000412"),
            (300, "FIN: 9900077123"),
            (430, "DOB: 09/30/1966"),
        ],
        8.5,
    )
    d.row(
        [
            (0, "Visit: 03/07/2026 Office Visit"),
            (180, "Attending: Jordan Testdoc, MD"),
            (430, "Sex: Male"),
        ],
        8.5,
    )
    d.heading("Vital Signs", 9.5)
    xs = [0, 90, 150, 330, 390]
    vit_rows = [
        ("03/07/2026", "09:14", "Temperature Oral", "98.2", "DegF"),
        ("03/07/2026", "09:14", "Peripheral Pulse Rate", "76", "bpm"),
        ("03/07/2026", "09:14", "Respiratory Rate", "16", "br/min"),
        ("03/07/2026", "09:14", "Systolic/Diastolic Blood Pressure", "142/88", "mmHg"),
        ("03/07/2026", "09:14", "SpO2", "97", "%"),
        ("03/07/2026", "09:14", "Weight Measured", "214", "lb  (97.07 kg)"),
        ("03/07/2026", "09:14", "Height/Length Measured", "70", "in  (177.8 cm)"),
        ("03/07/2026", "09:14", "Body Mass Index Measured", "30.7", "kg/m2"),
        (
            "03/07/2026",
            "09:40",
            "Systolic/Diastolic Blood Pressure",
            "136/84",
            "mmHg  (repeat, seated)",
        ),
    ]
    d.table(xs, ["Date", "Time", "Measurement", "Result", "Units"], vit_rows, size=8)
    d.heading("Allergies", 9.5)
    xs = [0, 150, 210, 300, 370, 440]
    d.table(
        xs,
        ["Substance", "Category", "Reaction", "Severity", "Status", "Reviewed"],
        [
            ["sulfamethoxazole-trimethoprim", "Drug", "Hives", "Moderate", "Active", "03/07/2026"],
            ["Shellfish", "Food", "Anaphylaxis", "Severe", "Active", "03/07/2026"],
            ["lisinopril", "Drug", "Angioedema", "Severe", "Active", "03/07/2026"],
            ["Latex", "Environment", "", "", "Canceled", "entered in error"],
        ],
        size=8,
    )
    d.heading("Problem List", 9.5)
    xs = [0, 240, 300, 370, 440]
    d.table(
        xs,
        ["Problem", "Code", "Onset", "Status", "Classification"],
        [
            ["Essential hypertension", "I10", "2014", "Active", "Medical"],
            [
                "Type 2 diabetes mellitus without complications",
                "E11.9",
                "2019",
                "Active",
                "Medical",
            ],
            ["Obesity, BMI 30-39", "E66.9", "2019", "Active", "Medical"],
            ["Gout", "M10.9", "01/2026", "Active", "Medical"],
            ["Acute bronchitis", "J20.9", "11/2025", "Resolved", "Medical"],
            ["History of colon polyps", "Z86.010", "2021", "Historical", "Medical"],
        ],
        size=8,
    )
    d.heading("Medications", 9.5)
    xs = [0, 215, 400, 465]
    d.table(
        xs,
        ["Medication", "Order Details", "Status", "Start"],
        [
            ["losartan 100 mg oral tablet", "100 mg, 1 tab(s), PO, daily", "Ordered", "06/12/2022"],
            [
                "metFORMIN 1000 mg oral tablet, extended release",
                "1000 mg, PO, daily with evening meal",
                "Ordered",
                "04/03/2019",
            ],
            [
                "insulin glargine (Lantus SoloStar 100 units/mL pen)",
                "22 units, subcut, at bedtime",
                "Ordered",
                "08/19/2024",
            ],
            ["allopurinol 300 mg oral tablet", "300 mg, PO, daily", "Ordered", "01/20/2026"],
            [
                "colchicine 0.6 mg oral tablet",
                "0.6 mg, PO, daily PRN gout flare",
                "Ordered",
                "01/20/2026",
            ],
            [
                "Ozempic (semaglutide) 0.5 mg/dose pen",
                "0.5 mg, subcut, once weekly",
                "Prescribed",
                "03/07/2026",
            ],
            [
                "hydrochlorothiazide 25 mg oral tablet",
                "25 mg, PO, daily",
                "Discontinued",
                "01/15/2026 (gout)",
            ],
        ],
        size=7.5,
    )
    d.heading("Results (last 30 days)", 9.5)
    xs = [0, 150, 200, 230, 290, 380]
    labs = [
        ("Hemoglobin A1c", "8.4", "H", "%", "4.0-5.6"),
        ("Glucose Random", "188", "H", "mg/dL", "70-99"),
        ("Uric Acid", "7.9", "H", "mg/dL", "3.4-7.0"),
        ("Creatinine", "1.12", "", "mg/dL", "0.70-1.30"),
    ]
    d.table(
        xs,
        ["Test", "Result", "Flag", "Units", "Ref Range", "Collected"],
        [[t, v, f, u, r, "03/05/2026 07:58"] for t, v, f, u, r in labs],
        size=8,
    )
    d.heading("Immunizations", 9.5)
    xs = [0, 205, 270, 345, 420]
    d.table(
        xs,
        ["Vaccine", "Admin Date", "Lot", "Site", "Status"],
        [
            [
                "influenza virus vaccine, inactivated",
                "10/02/2025",
                "UT7742AA",
                "L deltoid",
                "Given",
            ],
            [
                "COVID-19 vaccine, mRNA (Spikevax 2025-2026)",
                "09/18/2025",
                "3CA18B",
                "R deltoid",
                "Given",
            ],
            ["Tdap (Boostrix)", "06/11/2019", "7R3JW", "L deltoid", "Given"],
            ["zoster vaccine recombinant (Shingrix)", "03/07/2026", "", "", "Refused"],
            ["pneumococcal 20-valent conjugate (PCV20)", "", "", "", "Due"],
        ],
        size=8,
    )
    d.heading("Family / Social History", 9.5)
    d.text(
        "Father: type 2 diabetes mellitus.  Mother: breast cancer (age 61).  Tobacco: former smoker, quit 2012.",
        size=8.5,
    )
    d.gap(6)
    d.text("Electronically signed by: Jordan Testdoc, MD on 03/07/2026 11:50 CST", size=8)
    return built(
        d,
        "2026-03-07",
        meds=[
            med("losartan", "100", "mg", "oral", "daily"),
            med("metformin", "1000", "mg", "oral", "daily with evening meal"),
            med(
                "insulin glargine",
                "22",
                "units",
                "subcutaneous",
                "at bedtime",
                brand="Lantus SoloStar",
                concentration="100 units/mL",
            ),
            med("allopurinol", "300", "mg", "oral", "daily"),
            med("colchicine", "0.6", "mg", "oral", "daily PRN gout flare"),
            med(
                "semaglutide",
                "0.5",
                "mg",
                "subcutaneous",
                "once weekly",
                "new",
                brand="Ozempic",
                status_also_ok=["active"],
            ),
            med("hydrochlorothiazide", "25", "mg", "oral", "daily", "stopped"),
        ],
        labs=[lab(t, v, u, r, f, "2026-03-05") for t, v, f, u, r in labs],
        vitals=[
            vit("temperature", "98.2", "DegF", date="2026-03-07", time="09:14"),
            vit("heart_rate", "76", "bpm", date="2026-03-07", time="09:14"),
            vit("respiratory_rate", "16", "br/min", date="2026-03-07", time="09:14"),
            vit("blood_pressure", "142/88", "mmHg", date="2026-03-07", time="09:14"),
            vit("oxygen_saturation", "97", "%", date="2026-03-07", time="09:14"),
            vit(
                "weight",
                "214",
                "lb",
                date="2026-03-07",
                time="09:14",
                also_ok=[{"value_text": "97.07", "value_numeric": 97.07, "unit": "kg"}],
            ),
            vit(
                "height",
                "70",
                "in",
                date="2026-03-07",
                time="09:14",
                also_ok=[{"value_text": "177.8", "value_numeric": 177.8, "unit": "cm"}],
            ),
            vit("bmi", "30.7", "kg/m2", date="2026-03-07", time="09:14"),
            vit("blood_pressure", "136/84", "mmHg", date="2026-03-07", time="09:40"),
        ],
        allergies=[
            alg("sulfamethoxazole-trimethoprim", "Hives", "Moderate"),
            alg("Shellfish", "Anaphylaxis", "Severe"),
            alg("lisinopril", "Angioedema", "Severe"),
        ],
        conditions=[
            cond("Essential hypertension", "active", "I10"),
            cond("Type 2 diabetes mellitus without complications", "active", "E11.9"),
            cond("Obesity, BMI 30-39", "active", "E66.9", aliases=["obesity"]),
            cond("Gout", "active", "M10.9"),
            cond("Acute bronchitis", "resolved", "J20.9"),
            cond("History of colon polyps", "history", "Z86.010", aliases=["colon polyps"]),
        ],
        imms=[
            imm("influenza virus vaccine, inactivated", "2025-10-02", lot="UT7742AA"),
            imm("COVID-19 vaccine, mRNA", "2025-09-18", lot="3CA18B", brand="Spikevax 2025-2026"),
            imm("Tdap", "2019-06-11", lot="7R3JW", brand="Boostrix"),
        ],
        must_not=[
            mn("allergy", "Latex", "other", "canceled, entered in error"),
            mn("medication", "hydrochlorothiazide", "stopped"),
            mn("immunization", "Shingrix", "negated", "refused"),
            mn("immunization", "PCV20", "due"),
            mn("condition", "breast cancer", "family"),
            mn("allergy", "Jordan Testdoc", "not_clinical", "clinician name"),
        ],
    )


# 06 US: cumulative lab report, three month-first date columns, serum vs urine, '-' cells.


def d06() -> Built:
    d = Doc(pagesize=LETTER, margin=40)
    d.text("MIDSTATE REFERENCE LABORATORIES (fictional)", size=12, bold=True)
    d.text(
        "1200 Example Parkway, Springfield, ZZ 00000  |  CLIA 99D9999999  |  (555) 010-0142", size=8
    )
    d.hr(1)
    d.text("CUMULATIVE REPORT", size=11, bold=True)
    d.row(
        [
            (0, "Patient: TESTWOMAN, DANA M"),
            (200, "DOB: 07/04/1968"),
            (320, "Sex: F"),
            (400, "Acct: 99-4471203"),
        ],
        8.5,
    )
    d.row(
        [
            (0, "Ordering: Priya Exampledoc, MD"),
            (200, "Fictional Family Medicine"),
            (400, "Final report: 02/25/26"),
        ],
        8.5,
    )
    d.gap(4)
    dates = ["09/12/25", "12/08/25", "02/24/26"]
    iso = ["2025-09-12", "2025-12-08", "2026-02-24"]
    xs = [0, 150, 220, 310, 370, 430]
    head = ["Test", "Units", "Reference Interval", *dates]
    serum = [
        ("Glucose", "mg/dL", "65-99", ["112 H", "104 H", "97"], None),
        ("BUN", "mg/dL", "6-24", ["18", "22", "19"], None),
        ("Creatinine, Serum", "mg/dL", "0.57-1.00", ["1.08 H", "1.15 H", "1.02 H"], "serum"),
        ("eGFR", "mL/min/1.73", ">59", ["61", "56 L", "63"], "serum"),
        ("Sodium", "mmol/L", "134-144", ["139", "141", "-"], None),
        ("Potassium", "mmol/L", "3.5-5.2", ["4.6", "5.4 H", "4.9"], None),
        ("TSH", "uIU/mL", "0.450-4.500", ["6.210 H", "-", "3.870"], None),
        ("Free T4", "ng/dL", "0.82-1.77", ["0.94", "-", "1.21"], None),
        ("Hemoglobin A1c", "%", "4.8-5.6", ["6.1 H", "6.0 H", "5.9 H"], None),
    ]
    urine = [
        ("Creatinine, Urine", "mg/dL", "Not Estab.", ["88.4", "-", "102.1"], "urine"),
        ("Albumin, Urine", "ug/mL", "Not Estab.", ["30.1", "-", "27.6"], "urine"),
        ("Albumin/Creatinine Ratio", "mg/g creat", "0-29", ["34 H", "-", "27"], "urine"),
        ("Protein, Urine (dipstick)", "", "Negative", ["Negative", "Trace A", "Negative"], "urine"),
    ]
    d.heading("CHEMISTRY / ENDOCRINE (serum)", 9)
    d.table(xs, head, [[t, u, r, *v] for t, u, r, v, _ in serum], size=8)
    d.heading("URINE", 9)
    d.table(xs, head, [[t, u, r, *v] for t, u, r, v, _ in urine], size=8)
    d.gap(6)
    d.para(
        "Flags: H = High, L = Low, A = Abnormal. Comment 12/08/25: specimen slightly hemolyzed; potassium "
        "may be falsely elevated. Urine tests on random (spot) urine.",
        8,
    )
    d.text("Lab Director: A. Testpathologist, MD", size=8)
    labs: list[Row] = []
    for t, u, r, vals, s in serum + urine:
        for cell, day in zip(vals, iso, strict=True):
            if cell == "-":
                continue
            v, f = split_flag(cell)
            has_range = parse_ref(r) != (None, None) or r == "Negative"
            kw: dict[str, Any] = {"specimen": s} if s else {}
            if t.startswith("Protein"):
                kw["note"] = "qualitative; reference 'Negative'"
            labs.append(lab(t, v, u or None, r, f if has_range else None, day, **kw))
    return built(d, "2026-02-24", labs=labs)


# 07 US: C-CDA rendered as HTML-style sections (two pages).


def d07() -> Built:
    d = Doc(pagesize=LETTER, margin=42)
    d.text("Continuity of Care Document", size=15, bold=True)
    d.text(
        "Summarization of Episode Note  -  generated 03/18/2026 by Fictional EHR v9 (HTML view)",
        size=8.5,
    )
    d.row(
        [
            (0, "Patient: Alexis Q. TESTCCDA"),
            (220, "DOB: 05/21/1990"),
            (330, "Sex: Female"),
            (420, "MRN: 99-551-120"),
        ],
        8.5,
    )
    d.row([(0, "Author: Casey Testprovider, MD  -  Fictional Pulmonary & Allergy Associates")], 8.5)
    d.hr()

    def section(title: str) -> None:
        d.gap(2)
        d.text(title, size=11, bold=True)

    section("Allergies, Adverse Reactions, Alerts")
    xs = [0, 150, 270, 350]
    d.table(
        xs,
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Amoxicillin", "Rash", "Mild", "Active"],
            ["Peanut", "Anaphylaxis", "Severe", "Active"],
            ["Iodinated contrast media", "Hives", "Moderate", "Active"],
        ],
        size=8.5,
    )
    section("Problems")
    xs = [0, 200, 270, 350]
    d.table(
        xs,
        ["Condition", "ICD-10", "Status", "Onset"],
        [
            ["Asthma, mild persistent", "J45.30", "Active", "2014"],
            ["Seasonal allergic rhinitis", "J30.2", "Active", "2012"],
            ["Iron deficiency anemia", "D50.9", "Resolved", "2023"],
        ],
        size=8.5,
    )
    section("Medications")
    xs = [0, 250, 420, 480]
    d.table(
        xs,
        ["Medication", "Instructions", "Start Date", "Status"],
        [
            [
                "Symbicort 160-4.5 mcg/actuation inhaler",
                "2 puffs inhaled twice daily",
                "01/10/2025",
                "Active",
            ],
            [
                "albuterol sulfate HFA 90 mcg/actuation",
                "2 puffs every 4 hours as needed",
                "01/10/2025",
                "Active",
            ],
            ["montelukast 10 mg tablet", "1 tablet by mouth at bedtime", "09/22/2025", "Active"],
            ["cetirizine 10 mg tablet", "1 tablet by mouth daily", "04/01/2024", "Active"],
            ["ferrous sulfate 325 mg tablet", "1 tablet by mouth daily", "02/14/2024", "Completed"],
        ],
        size=8,
    )
    section("Results")
    xs = [0, 160, 205, 265, 330, 410]
    res = [
        ("Eosinophils, absolute", "0.6", "x10E3/uL", "0.0-0.4", "High"),
        ("IgE, total", "412", "IU/mL", "6-495", "Normal"),
        ("Hemoglobin", "13.1", "g/dL", "12.0-15.5", "Normal"),
        ("Ferritin", "38", "ng/mL", "15-150", "Normal"),
    ]
    d.table(
        xs,
        ["Test", "Value", "Units", "Ref Range", "Interpretation", "Date"],
        [[t, v, u, r, i, "03/17/2026"] for t, v, u, r, i in res],
        size=8.5,
    )
    section("Vital Signs")
    xs = [0, 65, 130, 180, 230, 275, 320, 375, 425]
    d.table(
        xs,
        ["Date", "BP", "Pulse", "Temp", "Resp", "SpO2", "Height", "Weight", "BMI"],
        [
            [
                "03/17/2026",
                "118/76 mmHg",
                "82 /min",
                "98.6 °F",
                "18 /min",
                "96 %",
                "165.1 cm",
                "68.0 kg",
                "24.9 kg/m2",
            ],
            ["09/22/2025", "124/80 mmHg", "88 /min", "", "", "94 %", "", "69.4 kg", ""],
        ],
        size=8,
    )
    section("Immunizations")
    xs = [0, 240, 305, 380, 435]
    d.table(
        xs,
        ["Vaccine", "Date", "Status", "Lot", "CVX"],
        [
            ["Influenza, injectable, quadrivalent, PF", "10/14/2025", "Completed", "KX2231", "150"],
            ["COVID-19, mRNA, 2025-2026 formula", "10/14/2025", "Completed", "MD4417", ""],
            ["Tdap", "08/02/2021", "Completed", "A39CX", "115"],
            ["Pneumococcal conjugate PCV20", "", "Not given (patient refused)", "", "216"],
        ],
        size=8,
    )
    section("Plan of Care")
    for s in (
        "Spirometry with bronchodilator in 3 months.",
        "Influenza vaccine due 10/2026.",
        "Consider dupilumab if two or more exacerbations in the next 12 months.",
        "Asthma action plan reviewed with patient.",
    ):
        d.text("-  " + s, x=6, size=8.5)
    section("Encounters")
    d.table(
        [0, 150, 300],
        ["Encounter", "Date", "Provider"],
        [
            ["Office Visit - asthma follow-up", "03/17/2026", "Casey Testprovider, MD"],
            ["Office Visit", "09/22/2025", "Casey Testprovider, MD"],
        ],
        size=8.5,
    )
    section("Social History")
    d.text("Smoking status: Never smoker.  Alcohol: occasional.", size=8.5)
    section("Insurance")
    d.text(
        "Payer: Fictional Health Plan PPO   Member ID: XJH999999901   Group: 99999   Relationship: Self",
        size=8.5,
    )
    return built(
        d,
        "2026-03-17",
        meds=[
            med(
                "budesonide/formoterol",
                "160-4.5",
                "mcg/actuation",
                "inhaled",
                "twice daily",
                brand="Symbicort",
                note="2 puffs",
            ),
            med(
                "albuterol",
                "90",
                "mcg/actuation",
                "inhaled",
                "every 4 hours as needed",
                note="2 puffs",
            ),
            med("montelukast", "10", "mg", "oral", "at bedtime"),
            med("cetirizine", "10", "mg", "oral", "daily"),
            med("ferrous sulfate", "325", "mg", "oral", "daily", "completed"),
        ],
        labs=[lab(t, v, u, r, i, "2026-03-17") for t, v, u, r, i in res],
        vitals=[
            vit("blood_pressure", "118/76", "mmHg", date="2026-03-17"),
            vit("heart_rate", "82", "/min", date="2026-03-17"),
            vit("temperature", "98.6", "°F", date="2026-03-17"),
            vit("respiratory_rate", "18", "/min", date="2026-03-17"),
            vit("oxygen_saturation", "96", "%", date="2026-03-17"),
            vit("height", "165.1", "cm", date="2026-03-17"),
            vit("weight", "68.0", "kg", date="2026-03-17"),
            vit("bmi", "24.9", "kg/m2", date="2026-03-17"),
            vit("blood_pressure", "124/80", "mmHg", date="2025-09-22"),
            vit("heart_rate", "88", "/min", date="2025-09-22"),
            vit("oxygen_saturation", "94", "%", date="2025-09-22"),
            vit("weight", "69.4", "kg", date="2025-09-22"),
        ],
        allergies=[
            alg("Amoxicillin", "Rash", "Mild"),
            alg("Peanut", "Anaphylaxis", "Severe"),
            alg("Iodinated contrast media", "Hives", "Moderate"),
        ],
        conditions=[
            cond("Asthma, mild persistent", "active", "J45.30", aliases=["asthma"]),
            cond("Seasonal allergic rhinitis", "active", "J30.2"),
            cond("Iron deficiency anemia", "resolved", "D50.9"),
        ],
        imms=[
            imm(
                "Influenza, injectable, quadrivalent, PF",
                "2025-10-14",
                lot="KX2231",
                cvx_code="150",
            ),
            imm("COVID-19, mRNA, 2025-2026 formula", "2025-10-14", lot="MD4417"),
            imm("Tdap", "2021-08-02", lot="A39CX", cvx_code="115"),
        ],
        must_not=[
            mn("medication", "ferrous sulfate", "historical", "completed course"),
            mn("immunization", "PCV20", "negated", "refused"),
            mn("immunization", "Influenza vaccine due 10/2026", "due"),
            mn("medication", "dupilumab", "planned"),
            mn("condition", "Fictional Health Plan", "not_clinical", "insurance payer"),
        ],
    )


# 08 Canada: community pharmacy medication profile, brand names, stated ISO date format.


def d08() -> Built:
    d = Doc(pagesize=LETTER, margin=40)
    d.text("LAKESHORE COMMUNITY PHARMACY (fictional)", size=12, bold=True)
    d.text("99 Example Street W, Fictionville ON  X0X 0X0   Tel 416-555-0147", size=8.5)
    d.text("PATIENT MEDICATION PROFILE   (all dates YYYY-MM-DD)", size=10.5, bold=True)
    d.hr()
    d.row(
        [
            (0, "Patient: TESTPERSON, Marie-Claire"),
            (230, "DOB: 1957-10-03"),
            (340, "Health card: 9999-999-999-XX"),
        ],
        8.5,
    )
    d.row([(0, "Printed: 2026-02-10"), (230, "Pharmacist: J. Example, RPh")], 8.5)
    d.gap(3)
    d.text(
        "ALLERGIES / INTOLERANCES:  CODEINE (nausea/vomiting);  SULFA DRUGS (rash)",
        size=9,
        bold=True,
    )
    d.text("CONDITIONS ON FILE:  Hypothyroidism;  Type 2 diabetes;  Hyperlipidemia;  GERD", size=9)
    d.heading("ACTIVE PRESCRIPTIONS", 9.5)
    xs = [0, 50, 108, 160, 330, 372]
    head = ["Rx#", "Last fill", "DIN", "Drug / strength", "Qty", "Directions (sig)"]
    active = [
        [
            "881201",
            "2026-01-28",
            "02172100",
            "SYNTHROID 100 mcg tab",
            "90",
            "Take 1 tablet daily on an empty stomach",
        ],
        ["881202", "2026-01-28", "02247162", "CRESTOR 10 mg tab", "90", "Take 1 tablet at bedtime"],
        [
            "881203",
            "2026-01-28",
            "02443937",
            "JARDIANCE 10 mg tab",
            "90",
            "Take 1 tablet once daily in the morning",
        ],
        [
            "881204",
            "2026-01-28",
            "02229785",
            "APO-METFORMIN 500 mg tab",
            "180",
            "Take 1 tablet twice daily with meals",
        ],
        [
            "881205",
            "2025-12-15",
            "02229453",
            "PANTOLOC 40 mg EC tab",
            "90",
            "Take 1 tablet daily before breakfast",
        ],
        [
            "881206",
            "2025-11-02",
            "02241497",
            "VENTOLIN HFA 100 mcg inhaler",
            "1",
            "Inhale 2 puffs every 4-6 hours as needed",
        ],
    ]
    d.table(xs, head, active, size=7.8)
    d.heading("INACTIVE / COMPLETED", 9.5)
    d.table(
        xs,
        head,
        [
            [
                "879950",
                "2025-12-02",
                "02238830",
                "AMOXICILLIN 500 mg cap",
                "21",
                "1 cap three times daily x 7 days (completed)",
            ],
            [
                "877410",
                "2025-09-30",
                "02303922",
                "JANUVIA 100 mg tab",
                "90",
                "Discontinued by prescriber 2025-11-20",
            ],
        ],
        size=7.8,
    )
    d.heading("VACCINES ADMINISTERED AT THIS PHARMACY", 9.5)
    d.table(
        [0, 70, 250, 330],
        ["Date", "Vaccine", "Lot", "Site / by"],
        [
            [
                "2025-10-21",
                "Influenza (Fluzone High-Dose)",
                "UJ482AA",
                "L deltoid / J. Example RPh",
            ],
            [
                "2025-10-21",
                "COVID-19 (Comirnaty 2025-2026)",
                "LP4411",
                "R deltoid / J. Example RPh",
            ],
        ],
        size=8,
    )
    d.heading("PATIENT INFORMATION - JARDIANCE (extract)", 9.5)
    d.para(
        "Do not take JARDIANCE if you are allergic to empagliflozin or any of the other ingredients. "
        "Tell your doctor if you have kidney problems or a history of urinary tract infections. "
        "Possible side effects include genital yeast infections and dehydration.",
        8.5,
    )
    d.gap(6)
    d.text("This profile lists prescriptions dispensed at this pharmacy only.", size=7.5)
    return built(
        d,
        None,
        meds=[
            med(
                "levothyroxine",
                "100",
                "mcg",
                "oral",
                "daily on an empty stomach",
                brand="Synthroid",
            ),
            med("rosuvastatin", "10", "mg", "oral", "at bedtime", brand="Crestor"),
            med(
                "empagliflozin", "10", "mg", "oral", "once daily in the morning", brand="Jardiance"
            ),
            med("metformin", "500", "mg", "oral", "twice daily with meals", brand="Apo-Metformin"),
            med("pantoprazole", "40", "mg", "oral", "daily before breakfast", brand="Pantoloc"),
            med(
                "salbutamol",
                "100",
                "mcg",
                "inhaled",
                "every 4-6 hours as needed",
                brand="Ventolin HFA",
                note="2 puffs",
            ),
            med("amoxicillin", "500", "mg", "oral", "three times daily x 7 days", "completed"),
            med("sitagliptin", "100", "mg", "oral", None, "stopped", brand="Januvia"),
        ],
        allergies=[alg("codeine", "nausea/vomiting"), alg("sulfa drugs", "rash")],
        conditions=[
            cond("Hypothyroidism", "active"),
            cond("Type 2 diabetes", "active"),
            cond("Hyperlipidemia", "active"),
            cond("GERD", "active"),
        ],
        imms=[
            imm("Influenza", "2025-10-21", lot="UJ482AA", brand="Fluzone High-Dose"),
            imm("COVID-19", "2025-10-21", lot="LP4411", brand="Comirnaty 2025-2026"),
        ],
        must_not=[
            mn("medication", "Januvia", "stopped"),
            mn("medication", "amoxicillin", "historical", "completed course"),
            mn("allergy", "empagliflozin", "leaflet"),
            mn("condition", "kidney problems", "leaflet"),
            mn("condition", "urinary tract infections", "leaflet"),
            mn("condition", "genital yeast infections", "leaflet"),
        ],
    )


# 09 Australia: AIR-style immunisation history statement (child, day-first).


def d09() -> Built:
    d = Doc()
    d.text("Immunisation History Statement", size=15, bold=True)
    d.text(
        "Issued from a fictional immunisation register for testing  -  Statement date 02/03/2026",
        size=8.5,
    )
    d.hr()
    d.row(
        [(0, "Name: Olivia TESTCHILD"), (220, "Date of birth: 15/01/2024"), (380, "IRN: 9 (test)")],
        9,
    )
    d.row([(0, "Address: 1 Example Street, Fictionvale NSW 2999")], 9)
    d.row([(0, "Immunisation status: Up to date for age")], 9, bold=True)
    d.heading("Vaccines given")
    xs = [0, 70, 205, 320, 360]
    rows = [
        ("15/01/2024", "Hepatitis B", "H-B-Vax II Paediatric", "1", "Fictional Private Hospital"),
        ("26/02/2024", "DTPa-hepB-IPV-Hib", "Infanrix hexa", "1", "Example Street Medical"),
        ("26/02/2024", "Pneumococcal", "Prevenar 13", "1", "Example Street Medical"),
        ("26/02/2024", "Rotavirus", "Rotarix", "1", "Example Street Medical"),
        ("13/05/2024", "DTPa-hepB-IPV-Hib", "Infanrix hexa", "2", "Example Street Medical"),
        ("13/05/2024", "Pneumococcal", "Prevenar 13", "2", "Example Street Medical"),
        ("13/05/2024", "Rotavirus", "Rotarix", "2", "Example Street Medical"),
        ("16/07/2024", "DTPa-hepB-IPV-Hib", "Infanrix hexa", "3", "Example Street Medical"),
        ("20/01/2025", "MMR", "Priorix", "1", "Fictionvale Council Clinic"),
        ("20/01/2025", "Meningococcal ACWY", "Nimenrix", "1", "Fictionvale Council Clinic"),
        ("20/01/2025", "Pneumococcal", "Prevenar 13", "3", "Fictionvale Council Clinic"),
        ("08/05/2025", "Influenza", "Vaxigrip Tetra", "1", "Example Pharmacy"),
        ("05/06/2025", "Influenza", "Vaxigrip Tetra", "2", "Example Pharmacy"),
        ("21/07/2025", "MMRV", "Priorix-Tetra", "2", "Example Street Medical"),
        ("21/07/2025", "DTPa", "Infanrix", "4", "Example Street Medical"),
        ("21/07/2025", "Hib", "ActHIB", "4", "Example Street Medical"),
    ]
    d.table(xs, ["Date given", "Vaccine", "Brand", "Dose", "Immunisation provider"], rows, size=8.5)
    d.heading("Next due")
    d.table(
        xs,
        ["Due date", "Vaccine", "Brand", "Dose", "Notes"],
        [
            ("15/01/2028", "DTPa-IPV", "Infanrix IPV / Quadracel", "5", "4 years schedule point"),
        ],
        size=8.5,
    )
    d.heading("Other information")
    d.text("Medical contraindications: none recorded.   Natural immunity: none recorded.", size=8.5)
    d.text(
        "Meningococcal B (Bexsero): not recorded - not funded in this state for this age.", size=8.5
    )
    d.gap(4)
    d.para(
        "This statement shows vaccines reported to the register. If you believe a vaccine is missing, "
        "contact your immunisation provider.",
        8,
    )

    def iso(s: str) -> str:
        dd, mm, yy = s.split("/")
        return f"{yy}-{mm}-{dd}"

    return built(
        d,
        None,
        imms=[imm(v, iso(day), int(n), brand=b) for day, v, b, n, _ in rows],
        must_not=[
            mn("immunization", "DTPa-IPV", "due"),
            mn("immunization", "Bexsero", "other", "not recorded"),
        ],
    )


# 10 New Zealand: ED clinical record (dd/mm/yy), ED-given drugs, negatives.


def d10() -> Built:
    d = Doc()
    d.text("Te Whatu Ora (fictional district) - Waitaha Example Hospital", size=9)
    d.text("EMERGENCY DEPARTMENT CLINICAL RECORD", size=13, bold=True)
    d.hr()
    d.row(
        [
            (0, "Name: Aroha TESTPATIENT"),
            (200, "NHI: ZZZ0024"),
            (330, "DOB: 11/09/1983"),
            (440, "42F"),
        ],
        9,
    )
    d.row(
        [
            (0, "Arrival: 14/02/26 02:05"),
            (200, "Triage: 02:17  ATS 3"),
            (330, "Seen: 02:50 Dr K. Test (MO)"),
        ],
        9,
    )
    d.heading("Triage observations")
    d.row(
        [(0, "02:17"), (40, "T 37.9   HR 112   BP 96/58   RR 22   SpO2 97% RA   GCS 15   BGL 6.1")],
        9,
    )
    d.row([(0, "04:30"), (40, "HR 94   BP 112/70")], 9)
    d.heading("History")
    d.para(
        "2/7 dysuria, frequency, R flank pain, rigors overnight. Nausea, vomited x2. Denies vaginal "
        "discharge or PV bleeding. LMP 2/52 ago, urine bHCG negative.",
        9,
    )
    d.text(
        "PMHx: recurrent UTIs; asthma as child (nil inhalers since teens); appendicectomy 2008.",
        size=9,
    )
    d.text(
        "Meds: Microgynon 30 (ethinylestradiol/levonorgestrel) 1 tab daily; sertraline 50 mg mane.",
        size=9,
    )
    d.text("Allergies: NKDA", size=9, bold=True)
    d.heading("Examination")
    d.para("Flushed, tachycardic. R renal angle tenderness. Abdo soft, no peritonism.", 9)
    d.heading("Investigations")
    xs = [0, 170, 230, 260, 330]
    bl = [
        ("WCC", "16.2", "H", "x10^9/L", "4.0-11.0"),
        ("Neutrophils", "13.8", "H", "x10^9/L", "1.9-7.5"),
        ("CRP", "148", "H", "mg/L", "<5"),
        ("Creatinine", "88", "", "umol/L", "45-90"),
        ("Lactate (venous)", "2.4", "H", "mmol/L", "<2.0"),
    ]
    d.table(xs, ["Test", "Result", "Flag", "Units", "Ref"], bl, size=8.5)
    d.text(
        "Urine dipstick: leucocytes 3+, nitrite positive, blood 1+. MSU sent for culture.", size=9
    )
    d.text("CT KUB: no calculus, no hydronephrosis.", size=9)
    d.heading("ED treatment")
    d.text("Ondansetron 4 mg IV 03:00;  ceftriaxone 2 g IV 03:10;  Plasma-Lyte 148 1 L IV.", size=9)
    d.heading("Impression")
    d.text("Acute right pyelonephritis, responding to treatment.", size=9.5, bold=True)
    d.heading("Disposition / discharge prescription")
    d.text("Discharged home 06:40 with:", size=9)
    d.text("-  Ciprofloxacin 500 mg PO BD for 7 days (new)", x=8, size=9)
    d.text("-  Paracetamol 1 g PO QID PRN (new)", x=8, size=9)
    d.para(
        "GP to follow up MSU result in 48 h. Return if vomiting, unable to keep antibiotics down, or worsening. "
        "Continue usual medicines.",
        9,
    )
    return built(
        d,
        "2026-02-14",
        meds=[
            med(
                "ethinylestradiol/levonorgestrel",
                None,
                None,
                "oral",
                "daily",
                brand="Microgynon 30",
                note="1 tab",
            ),
            med("sertraline", "50", "mg", "oral", "mane"),
            med("ciprofloxacin", "500", "mg", "PO", "BD", "new", note="for 7 days"),
            med("paracetamol", "1", "g", "PO", "QID PRN", "new"),
        ],
        labs=[lab(t, v, u, r, f, "2026-02-14") for t, v, f, u, r in bl]
        + [
            lab(
                "BGL",
                "6.1",
                None,
                None,
                None,
                "2026-02-14",
                optional=True,
                note="capillary glucose",
            ),
            lab(
                "leucocytes", "3+", None, None, None, "2026-02-14", specimen="urine", optional=True
            ),
            lab(
                "nitrite",
                "positive",
                None,
                None,
                None,
                "2026-02-14",
                specimen="urine",
                optional=True,
            ),
            lab("blood", "1+", None, None, None, "2026-02-14", specimen="urine", optional=True),
            lab(
                "urine bHCG",
                "negative",
                None,
                None,
                None,
                "2026-02-14",
                specimen="urine",
                optional=True,
            ),
        ],
        vitals=[
            vit("temperature", "37.9", None, time="02:17"),
            vit("heart_rate", "112", None, time="02:17"),
            vit("blood_pressure", "96/58", None, time="02:17"),
            vit("respiratory_rate", "22", None, time="02:17"),
            vit("oxygen_saturation", "97", "%", time="02:17"),
            vit("heart_rate", "94", None, time="04:30"),
            vit("blood_pressure", "112/70", None, time="04:30"),
        ],
        conditions=[
            cond("acute right pyelonephritis", "active", aliases=["pyelonephritis"]),
            cond("recurrent UTIs", "active", status_also_ok=["history"]),
            cond("asthma", "resolved", status_also_ok=["history"], note="as child"),
            cond("appendicectomy", "history", optional=True),
        ],
        must_not=[
            mn("condition", "vaginal discharge", "negated"),
            mn("condition", "hydronephrosis", "negated"),
            mn("condition", "calculus", "negated"),
            mn("allergy", "NKDA", "negated"),
            mn("medication", "ondansetron", "other", "given in ED only"),
            mn("medication", "ceftriaxone", "other", "given in ED only"),
            mn("medication", "Plasma-Lyte 148", "other", "given in ED only"),
        ],
    )


# 11 Ireland: pre-admission allergy assessment form with checkboxes (day-first).


def d11() -> Built:
    d = Doc()
    d.text("St Brigid's University Hospital (fictional)  -  Pre-Assessment Unit", size=9)
    d.text("ALLERGY & SENSITIVITY ASSESSMENT", size=13, bold=True)
    d.hr()
    d.row(
        [
            (0, "Patient: Declan TESTFORM"),
            (200, "MRN: 9900318"),
            (320, "DOB: 04/06/1971"),
            (430, "Date: 07/11/2025"),
        ],
        9,
    )
    d.row(
        [
            (0, "Procedure: elective right total knee replacement"),
            (320, "Weight: 78 kg   Height: 172 cm"),
        ],
        9,
    )
    d.gap(4)
    d.text(
        "Does the patient have any known allergies?    [X] Yes    [ ] No    [ ] Unknown",
        size=9.5,
        bold=True,
    )
    d.gap(2)
    xs = [0, 180, 215, 245, 290, 430]
    head = ["Substance", "Yes", "No", "Unknown", "Reaction (describe)", "Severity"]

    def grid(title: str, rows: Sequence[tuple[str, str, str, str]]) -> None:
        d.heading(title, 9.5)
        d.row(zip(xs, head, strict=True), 8.5, bold=True)
        for sub, ans, reaction, sev in rows:
            marks = ["[X]" if ans == k else "[ ]" for k in ("Y", "N", "U")]
            d.row(zip(xs, [sub, *marks, reaction, sev], strict=True), 8.5)

    grid(
        "Medicines",
        [
            ("Penicillin", "Y", "Anaphylaxis (1998)", "Severe"),
            ("Cephalosporins", "N", "", ""),
            ("NSAIDs (e.g. ibuprofen, diclofenac)", "Y", "Bronchospasm / wheeze", "Moderate"),
            ("Opioids (e.g. morphine, codeine)", "N", "", ""),
            ("Iodine / contrast media", "Y", "Hives", "Mild"),
        ],
    )
    grid(
        "Food allergies",
        [
            ("Peanuts / tree nuts", "N", "", ""),
            ("Shellfish", "Y", "Lip swelling", "Moderate"),
            ("Egg", "N", "", ""),
        ],
    )
    grid(
        "Other",
        [
            ("Latex", "N", "", ""),
            ("Chlorhexidine", "U", "", ""),
            ("Adhesive dressings / plasters", "N", "", ""),
            ("Bee / wasp stings", "N", "", ""),
        ],
    )
    d.gap(4)
    d.text(
        "Known conditions:   [X] Asthma   [ ] Diabetes   [ ] Epilepsy   [X] Osteoarthritis   [ ] Heart disease",
        size=9,
    )
    d.text("Red allergy wristband applied:   [X] Yes   [ ] No", size=9)
    d.text("Pharmacy informed:   [X] Yes   [ ] No", size=9)
    d.gap(10)
    d.row(
        [
            (0, "Completed by: Aoife Testnurse, CNM2"),
            (280, "Signature: ____________"),
            (420, "07/11/2025 10:20"),
        ],
        9,
    )
    d.row([(0, "Checked by: Dr Fionn Example, SpR Anaesthetics")], 9)
    return built(
        d,
        "2025-11-07",
        vitals=[vit("weight", "78", "kg"), vit("height", "172", "cm")],
        allergies=[
            alg("Penicillin", "Anaphylaxis", "Severe"),
            alg("NSAIDs", "Bronchospasm / wheeze", "Moderate"),
            alg("Iodine / contrast media", "Hives", "Mild"),
            alg("Shellfish", "Lip swelling", "Moderate"),
        ],
        conditions=[cond("Asthma", "active"), cond("Osteoarthritis", "active")],
        must_not=[
            mn("allergy", "Cephalosporins", "checkbox_no"),
            mn("allergy", "Opioids", "checkbox_no"),
            mn("allergy", "Peanuts", "checkbox_no"),
            mn("allergy", "Egg", "checkbox_no"),
            mn("allergy", "Latex", "checkbox_no"),
            mn("allergy", "Chlorhexidine", "other", "unknown ticked"),
            mn("allergy", "Adhesive dressings", "checkbox_no"),
            mn("allergy", "Bee / wasp stings", "checkbox_no"),
            mn("allergy", "Food allergies", "not_clinical", "section heading"),
            mn("allergy", "Aoife Testnurse", "not_clinical", "clinician name"),
            mn("condition", "Diabetes", "checkbox_no"),
            mn("condition", "Epilepsy", "checkbox_no"),
            mn("condition", "Heart disease", "checkbox_no"),
        ],
    )


# 12 India: diagnostic lab report (CBC, lipids, thyroid, HbA1c, urine), no flag column.


def d12() -> Built:
    d = Doc()
    d.center("FICTIONAL DIAGNOSTICS PVT. LTD.", 14, bold=True)
    d.center(
        "NABL-style accredited laboratory (test)  |  Plot 99, Example Nagar, Pune 411099  |  020-5555-0199",
        8,
    )
    d.hr(1)
    d.row([(0, "Patient Name : Mr. RAKESH TESTKUMAR"), (300, "Age / Sex : 52 Y / Male")], 9)
    d.row([(0, "Ref. By : Dr. S. Example"), (300, "Sample ID : PN2612219901")], 9)
    d.row([(0, "Collected : 21-12-2025 07:45"), (300, "Reported : 21-12-2025 16:30")], 9)
    d.hr(0.4)
    xs = [0, 200, 290, 380]
    head = ["Test Description", "Result", "Unit", "Bio. Ref. Interval"]
    sections: list[tuple[str, list[tuple[str, str, str, str]], str | None]] = [
        (
            "HAEMATOLOGY - COMPLETE BLOOD COUNT",
            [
                ("Haemoglobin", "12.4", "g/dL", "13.0 - 17.0"),
                ("Total Leucocyte Count", "11,200", "cells/cumm", "4000 - 10000"),
                ("Neutrophils", "72", "%", "40 - 80"),
                ("Lymphocytes", "20", "%", "20 - 40"),
                ("RBC Count", "4.38", "million/cumm", "4.5 - 5.5"),
                ("Platelet Count", "1.45", "lakhs/cumm", "1.5 - 4.1"),
                ("ESR (Westergren)", "28", "mm/hr", "0 - 15"),
            ],
            None,
        ),
        (
            "BIOCHEMISTRY",
            [
                ("Fasting Blood Sugar", "134", "mg/dL", "70 - 100"),
                ("HbA1c", "6.9", "%", "< 5.7"),
                ("Estimated Average Glucose (eAG)", "151", "mg/dL", ""),
                ("Serum Creatinine", "1.1", "mg/dL", "0.7 - 1.3"),
            ],
            None,
        ),
        (
            "LIPID PROFILE",
            [
                ("Total Cholesterol", "236", "mg/dL", "< 200"),
                ("Triglycerides", "210", "mg/dL", "< 150"),
                ("HDL Cholesterol", "38", "mg/dL", "> 40"),
                ("LDL Cholesterol (Calc.)", "156", "mg/dL", "< 100"),
                ("VLDL Cholesterol", "42", "mg/dL", "7 - 40"),
            ],
            None,
        ),
        (
            "THYROID PROFILE (CLIA)",
            [
                ("T3, Total", "1.12", "ng/mL", "0.60 - 1.81"),
                ("T4, Total", "7.9", "µg/dL", "5.01 - 12.45"),
                ("TSH, Ultrasensitive", "5.86", "µIU/mL", "0.35 - 5.50"),
            ],
            None,
        ),
        (
            "URINE ROUTINE EXAMINATION",
            [
                ("Urine Glucose", "Nil", "", "Nil"),
                ("Urine Protein", "Trace", "", "Nil"),
                ("Pus Cells", "2-3", "/hpf", "0 - 5"),
            ],
            "urine",
        ),
    ]
    labs: list[Row] = []
    for title, rows, spec in sections:
        d.heading(title, 9)
        d.row(zip(xs, head, strict=True), 8.5, bold=True)
        for t, v, u, r in rows:
            lo, hi = parse_ref(r)
            x = num(v)
            out = (x is None and bool(r) and v != r) or (
                x is not None and ((lo is not None and x < lo) or (hi is not None and x > hi))
            )
            d.row(zip(xs, [t, v, u, r], strict=True), 8.5, bold=out)
            kw: dict[str, Any] = {}
            if spec:
                kw["specimen"] = spec
            elif t == "Serum Creatinine":
                kw["specimen"] = "serum"
            if t == "Pus Cells":
                kw["note"] = "range value"
            if not r:
                kw["optional"] = True
            labs.append(lab(t, v, u or None, r or None, None, "2025-12-21", **kw))
    d.gap(4)
    d.para(
        "HbA1c interpretation (ADA): Non-diabetic < 5.7 %; Prediabetes 5.7 - 6.4 %; Diabetes >= 6.5 %. "
        "Values in bold are outside the biological reference interval.",
        7.8,
    )
    d.gap(8)
    d.row([(0, "Dr. S. Testpathologist, MD (Pathology)"), (300, "Dr. M. Example, DCP")], 8.5)
    d.center("*** End of Report ***", 8.5)
    return built(
        d,
        "2025-12-21",
        labs=labs,
        must_not=[
            mn("condition", "Diabetes", "other", "interpretive reference text, not a diagnosis"),
            mn("condition", "Prediabetes", "other", "interpretive reference text, not a diagnosis"),
        ],
    )


# 13 Kenya: county referral hospital discharge summary (day-first).


def d13() -> Built:
    d = Doc()
    d.center("FICTIONAL COUNTY REFERRAL HOSPITAL", 13, bold=True)
    d.center("Department of Internal Medicine  -  P.O. Box 99999-00100, Nairobi (test)", 8.5)
    d.center("DISCHARGE SUMMARY", 12, bold=True)
    d.hr()
    d.row(
        [
            (0, "Name: Wanjiru TESTPATIENT"),
            (200, "IP No: 2026/00991"),
            (330, "Age: 38 yrs"),
            (420, "Sex: F"),
        ],
        9,
    )
    d.row([(0, "DOA: 28/01/2026"), (200, "DOD: 04/02/2026"), (330, "Ward: Female Medical 2")], 9)
    d.heading("Final diagnosis")
    for s in (
        "1. Severe falciparum malaria (hyperparasitaemia, severe anaemia)",
        "2. Anaemia secondary to malaria",
        "3. Hypertension - newly diagnosed",
        "4. HIV infection on ART (TLD), virally suppressed",
    ):
        d.text(s, x=6, size=9.5)
    d.heading("History and course in ward")
    d.para(
        "Presented with 5 days of high-grade fever, vomiting and generalised weakness. No history of "
        "diabetes. mRDT positive; BS for MPS: P. falciparum seen (+++). Received IV artesunate 2.4 mg/kg at "
        "0, 12 and 24 h then daily for 3 days, and IV ceftriaxone 2 g OD for 5 days for possible bacterial "
        "co-infection. Transfused 1 unit packed red cells on 29/01. Fever settled by day 3. BP persistently "
        "elevated (150s/90s) after recovery; amlodipine started.",
        9,
    )
    d.heading("Investigations")
    d.text("Hb: 6.9 g/dL (28/01)  ->  8.9 g/dL (30/01)  ->  10.2 g/dL (03/02)", size=9)
    d.text(
        "Platelets: 64 x10^9/L (28/01);  Creatinine: 132 umol/L (28/01), 88 umol/L (02/02)", size=9
    )
    d.text("HIV viral load: <50 copies/mL (Oct 2025, from CCC records)", size=9)
    d.heading("Discharge medications")
    for s in (
        "Tabs Artemether-lumefantrine (Coartem) 20/120 mg - 4 tabs BD x 3 days",
        "Tab TLD (tenofovir/lamivudine/dolutegravir) 300/300/50 mg - 1 tab OD (continue)",
        "Tab Cotrimoxazole 960 mg - OD (continue)",
        "Tab Amlodipine 5 mg - OD (new)",
        "Tab Ferrous sulphate 200 mg - TDS x 1 month",
        "Tab Folic acid 5 mg - OD x 1 month",
    ):
        d.text("-  " + s, x=6, size=9)
    d.heading("Condition at discharge")
    d.text(
        "Stable, afebrile. BP 148/92 mmHg, PR 84 b/min, Temp 36.7°C, SPO2 98%, Wt 64 kg.", size=9
    )
    d.text("Allergies: None known", size=9)
    d.heading("Follow-up")
    d.para(
        "MOPC review in 2 weeks with FHG and BP chart. Continue CCC follow-up as scheduled. Return "
        "immediately if fever recurs.",
        9,
    )
    d.gap(6)
    d.text("Dr. B. Testmedic, MO Internal Medicine    Sign: ________    Date: 04/02/2026", size=9)
    return built(
        d,
        "2026-02-04",
        meds=[
            med(
                "artemether/lumefantrine",
                "20/120",
                "mg",
                "oral",
                "BD x 3 days",
                "new",
                brand="Coartem",
                note="4 tabs",
            ),
            med(
                "tenofovir/lamivudine/dolutegravir",
                "300/300/50",
                "mg",
                "oral",
                "OD",
                brand="TLD",
                note="TLD is the regimen abbreviation",
            ),
            med("cotrimoxazole", "960", "mg", "oral", "OD"),
            med("amlodipine", "5", "mg", "oral", "OD", "new"),
            med(
                "ferrous sulphate",
                "200",
                "mg",
                "oral",
                "TDS x 1 month",
                "new",
                status_also_ok=["active"],
            ),
            med("folic acid", "5", "mg", "oral", "OD x 1 month", "new", status_also_ok=["active"]),
        ],
        labs=[
            lab("Hb", "6.9", "g/dL", None, None, "2026-01-28"),
            lab("Hb", "8.9", "g/dL", None, None, "2026-01-30"),
            lab("Hb", "10.2", "g/dL", None, None, "2026-02-03"),
            lab("Platelets", "64", "x10^9/L", None, None, "2026-01-28"),
            lab("Creatinine", "132", "umol/L", None, None, "2026-01-28", specimen="serum"),
            lab("Creatinine", "88", "umol/L", None, None, "2026-02-02", specimen="serum"),
            lab(
                "HIV viral load",
                "<50",
                "copies/mL",
                None,
                None,
                optional=True,
                note="Oct 2025, no day",
            ),
            lab("mRDT", "positive", None, None, None, optional=True),
            lab("BS for MPS", "P. falciparum seen (+++)", None, None, None, optional=True),
        ],
        vitals=[
            vit("blood_pressure", "148/92", "mmHg"),
            vit("heart_rate", "84", "b/min"),
            vit("temperature", "36.7", "°C"),
            vit("oxygen_saturation", "98", "%"),
            vit("weight", "64", "kg"),
        ],
        conditions=[
            cond(
                "Severe falciparum malaria",
                "active",
                status_also_ok=["resolved"],
                aliases=["malaria"],
            ),
            cond("Anaemia secondary to malaria", "active", aliases=["anaemia"]),
            cond("Hypertension", "active"),
            cond("HIV infection", "active", aliases=["HIV"]),
        ],
        must_not=[
            mn("condition", "diabetes", "negated"),
            mn("medication", "artesunate", "other", "given in ward only"),
            mn("medication", "ceftriaxone", "other", "given in ward only"),
            mn("allergy", "None known", "negated"),
        ],
    )


# 14 Philippines: child immunization record (stated MM/DD/YYYY format).


def d14() -> Built:
    d = Doc()
    d.center("Republic of the Philippines (test)  -  Municipality of San Isidro (fictional)", 8.5)
    d.center("BARANGAY HEALTH STATION - CHILD IMMUNIZATION RECORD", 12, bold=True)
    d.center("Dates are written MM/DD/YYYY", 8.5)
    d.hr()
    d.row(
        [(0, "Child: Juan Miguel TESTBATA"), (220, "Sex: M"), (300, "Date of birth: 03/12/2025")], 9
    )
    d.row([(0, "Mother: Maria TESTBATA"), (220, "Family serial no.: 0999-77")], 9)
    d.row(
        [(0, "Birth weight: 3.1 kg"), (220, "Place of delivery: RHU (fictional) birthing clinic")],
        9,
    )
    d.heading("Expanded Program on Immunization")
    xs = [0, 150, 200, 290]
    rows = [
        ("BCG", "1", "03/13/2025", "given, R deltoid"),
        ("Hepatitis B (birth dose)", "1", "03/12/2025", "given within 24 h"),
        ("Pentavalent (DPT-HepB-Hib)", "1", "04/23/2025", "given"),
        ("Pentavalent (DPT-HepB-Hib)", "2", "05/21/2025", "given"),
        ("Pentavalent (DPT-HepB-Hib)", "3", "06/18/2025", "given"),
        ("OPV", "1", "04/23/2025", "given"),
        ("OPV", "2", "05/21/2025", "given"),
        ("OPV", "3", "06/18/2025", "given"),
        ("IPV", "1", "06/18/2025", "given"),
        ("IPV", "2", "11/12/2025", "given"),
        ("PCV", "1", "04/23/2025", "given"),
        ("PCV", "2", "05/21/2025", "given"),
        ("PCV", "3", "06/18/2025", "given"),
        ("MMR (MCV 1)", "1", "12/10/2025", "given"),
    ]
    d.table(xs, ["Vaccine", "Dose", "Date given", "Remarks"], rows, size=8.5)
    d.heading("Not given / next due")
    d.table(
        xs,
        ["Vaccine", "Dose", "Date", "Remarks"],
        [
            ("MR (MCV 2)", "2", "03/12/2026", "due at 12 months - return"),
            ("Rotavirus", "-", "", "not available at station"),
            ("Hepatitis A", "1", "", "advised, private (not EPI)"),
        ],
        size=8.5,
    )
    d.heading("Mother's vaccination (pregnancy)")
    d.text("Td (tetanus-diphtheria) 2 doses during pregnancy: 09/15/2024 and 10/20/2024", size=8.5)
    d.gap(6)
    d.text("Midwife: R. Testmidwife, RM    BHW: L. Example", size=8.5)

    def iso(s: str) -> str:
        mm, dd, yy = s.split("/")
        return f"{yy}-{mm}-{dd}"

    return built(
        d,
        None,
        vitals=[vit("weight", "3.1", "kg", optional=True, note="birth weight")],
        imms=[imm(v, iso(day), int(n)) for v, n, day, _ in rows],
        must_not=[
            mn("immunization", "MR (MCV 2)", "due"),
            mn("immunization", "Rotavirus", "other", "not available"),
            mn("immunization", "Hepatitis A", "planned", "advised"),
            mn("immunization", "Td (tetanus-diphtheria)", "other", "the mother's vaccine"),
        ],
    )


# 15 South Africa (scan): cumulative chemistry report, two day-first date columns.


def d15() -> Built:
    d = Doc()
    d.text("FICTIONAL PATHOLOGY LABORATORIES INC.", size=13, bold=True)
    d.text(
        "Practice No. 099 8888  |  1 Example Road, Rondebosch, Cape Town 7700  |  021 555 0177",
        size=8,
    )
    d.hr(1)
    d.text("CUMULATIVE CHEMISTRY REPORT", size=11, bold=True)
    d.row(
        [
            (0, "Patient: TESTCASE, Thandiwe"),
            (220, "Age/Sex: 57 Y F"),
            (340, "Lab ref: CT26-0209-4412"),
        ],
        9,
    )
    d.row(
        [
            (0, "Doctor: Dr J. Example (GP)"),
            (220, "Medical aid: test scheme"),
            (340, "Printed: 10/02/2026"),
        ],
        9,
    )
    d.gap(4)
    xs = [0, 170, 240, 310, 380]
    rows = [
        ("Urea", "mmol/L", "2.1 - 7.1", "6.8", "7.9 H", None),
        ("Creatinine", "umol/L", "49 - 90", "118 H", "131 H", "serum"),
        ("eGFR (CKD-EPI 2021)", "mL/min/1.73m2", "> 60", "46 L", "40 L", "serum"),
        ("Potassium", "mmol/L", "3.5 - 5.1", "4.8", "5.3 H", None),
        ("Uric acid", "mmol/L", "0.15 - 0.35", "0.41 H", "-", None),
        ("HbA1c", "%", "4.0 - 6.0", "7.9 H", "8.6 H", None),
        ("Urine albumin/creatinine ratio", "mg/mmol", "< 3.0", "11.2 H", "18.4 H", "urine"),
    ]
    d.table(
        xs,
        ["Test", "Units", "Ref range", "05/11/2025", "09/02/2026"],
        [[t, u, r, a, b] for t, u, r, a, b, _ in rows],
        size=8.5,
    )
    d.gap(6)
    d.para(
        "H = above reference range, L = below reference range. Comment: progressive decline in eGFR with "
        "rising albuminuria; suggest nephrology referral if confirmed.",
        8,
    )
    d.gap(6)
    d.text("Electronically authorised: Dr P. Testpath, Pathologist", size=8)
    labs: list[Row] = []
    for t, u, r, a, b, s in rows:
        for cell, day in ((a, "2025-11-05"), (b, "2026-02-09")):
            if cell == "-":
                continue
            v, f = split_flag(cell)
            labs.append(lab(t, v, u, r, f, day, **({"specimen": s} if s else {})))
    return built(d, "2026-02-09", labs=labs)


# 16 Canada (scan): Meditech-style discharge medication reconciliation (fixed width).


def d16() -> Built:
    d = Doc(font="Courier", bold="Courier-Bold", margin=40)
    M = 8.6
    d.text(
        "FICTIONAL REGIONAL HEALTH CENTRE  ** LIVE **         RUN: 18/02/26 14:02",
        size=M,
        bold=True,
    )
    d.text("DISCHARGE MEDICATION RECONCILIATION                  PAGE 1", size=M, bold=True)
    d.text("-" * 84, size=M)
    d.text("TESTPATIENT,GORDON A          Acct: V9900771203   Unit: M000999123", size=M)
    d.text("DOB: Jun 14, 1950  Age/Sex: 75/M   Loc: 4W-412-A   Adm: Feb 12, 2026", size=M)
    d.text("Attend: Example,Nadia MD (Internal Med)     Disch: Feb 18, 2026", size=M)
    d.text("-" * 84, size=M)
    d.text("ALLERGIES: Morphine (Severe - Hallucinations)", size=M, bold=True)
    d.text("           Adhesive tape (Mild - Rash)", size=M, bold=True)
    d.text("DIAGNOSES: Acute decompensated heart failure (HFrEF, EF 30%)", size=M)
    d.text("           Atrial fibrillation, permanent", size=M)
    d.text("           Chronic kidney disease stage 3", size=M)
    d.text("-" * 84, size=M)
    d.text(f"{'MEDICATION':<32}{'DOSE':<10}{'ROUTE':<6}{'FREQ':<9}ACTION", size=M, bold=True)
    meds = [
        ("Furosemide", "40 mg", "PO", "DAILY", "CHANGE (was 20 mg)"),
        ("Spironolactone", "25 mg", "PO", "DAILY", "NEW"),
        ("Sacubitril-valsartan (Entresto)", "49-51 mg", "PO", "BID", "NEW"),
        ("Dapagliflozin (Forxiga)", "10 mg", "PO", "DAILY", "NEW"),
        ("Bisoprolol", "5 mg", "PO", "DAILY", "CONTINUE"),
        ("Apixaban", "5 mg", "PO", "BID", "CONTINUE"),
        ("Potassium chloride (K-Dur)", "20 mEq", "PO", "DAILY", "HOLD"),
        ("Ramipril", "10 mg", "PO", "DAILY", "DISCONTINUE"),
        ("Ibuprofen", "400 mg", "PO", "Q6H PRN", "DISCONTINUE"),
    ]
    for name, dose, route, freq, act in meds:
        d.text(f"{name:<32}{dose:<10}{route:<6}{freq:<9}{act}", size=M)
    d.text("  * Ramipril: 36 h washout required before first Entresto dose.", size=M)
    d.text("-" * 84, size=M)
    d.text(f"{'RESULTS':<24}{'Feb 12, 2026':<15}{'Feb 18, 2026':<15}Ref Range", size=M, bold=True)
    res = [
        ("NT-proBNP pg/mL", "4,820", "1,950", "<450"),
        ("Potassium mmol/L", "4.1", "4.9", "3.5-5.0"),
        ("Creatinine umol/L", "131", "124", "50-110"),
        ("Sodium mmol/L", "133", "136", "135-145"),
    ]
    for t, a, b, r in res:
        d.text(f"{t:<24}{a:<15}{b:<15}{r}", size=M)
    d.text("-" * 84, size=M)
    d.text("VITALS AT DISCHARGE: BP 108/64  HR 68  SpO2 96% RA  Wt 82.4 kg (admit 88.1 kg)", size=M)
    d.text("-" * 84, size=M)
    d.text("Follow-up: HF clinic 2 wks; BMP in 1 wk (K+, Cr); daily weights.", size=M)
    d.text("Reconciled by: Example,Nadia MD   Pharmacist: Test,Omar RPh", size=M)
    status = {"NEW": "new", "CONTINUE": "active", "HOLD": "held", "DISCONTINUE": "stopped"}
    tm: list[Row] = []
    for name, dose, route, freq, act in meds:
        dv, unit = dose.split(" ")
        st = "changed" if act.startswith("CHANGE") else status[act]
        kw: dict[str, Any] = {}
        gname = name.split(" (")[0].lower()
        if "(" in name:
            kw["brand"] = name.split("(")[1].rstrip(")")
        if gname == "sacubitril-valsartan":
            gname = "sacubitril/valsartan"
            kw["aliases"] = ["sacubitril-valsartan"]
        tm.append(med(gname, dv, unit, route, freq, st, **kw))
    labs: list[Row] = []
    for t, a, b, r in res:
        name, unit = t.rsplit(" ", 1)
        for v, day in ((a, "2026-02-12"), (b, "2026-02-18")):
            labs.append(
                lab(
                    name,
                    v,
                    unit,
                    r,
                    None,
                    day,
                    **({"specimen": "serum"} if name == "Creatinine" else {}),
                )
            )
    return built(
        d,
        "2026-02-18",
        meds=tm,
        labs=labs,
        vitals=[
            vit("blood_pressure", "108/64", None),
            vit("heart_rate", "68", None),
            vit("oxygen_saturation", "96", "%"),
            vit("weight", "82.4", "kg"),
            vit("weight", "88.1", "kg", optional=True, note="admission weight"),
        ],
        allergies=[
            alg("Morphine", "Hallucinations", "Severe"),
            alg("Adhesive tape", "Rash", "Mild"),
        ],
        conditions=[
            cond("Acute decompensated heart failure", "active", aliases=["heart failure", "HFrEF"]),
            cond("Atrial fibrillation, permanent", "active", aliases=["atrial fibrillation"]),
            cond("Chronic kidney disease stage 3", "active", aliases=["chronic kidney disease"]),
        ],
        must_not=[
            mn("medication", "Ramipril", "stopped"),
            mn("medication", "Ibuprofen", "stopped"),
        ],
    )


# 17 Australia (scan): cardiology letter to GP, prose (day-first).


def d17() -> Built:
    d = Doc(font="Times-Roman", bold="Times-Bold")
    d.text("Dr M. Testcardio  MBBS FRACP", size=13, bold=True)
    d.text(
        "Consultant Cardiologist  |  Suite 9, Fictional Heart Centre, 99 Example Rd, Fictionbury VIC 3999",
        size=8.5,
    )
    d.text("Ph (03) 5550 1234   Fax (03) 5550 1235   Provider No. 999999XX", size=8.5)
    d.hr()
    d.text("09/03/2026", size=10.5)
    d.gap(3)
    d.text("Dr K. Example, Fictionbury Family Practice", size=10.5)
    d.gap(3)
    d.text("Dear Kate,", size=10.5)
    d.text(
        "Re: Mrs Beverley TESTLETTER  DOB 22/08/1954  Medicare 2999 99999 1 (test)",
        size=10.5,
        bold=True,
    )
    d.gap(3)
    P = 10.2
    d.para(
        "Thank you for referring Beverley, 71, with three months of exertional chest tightness relieved by "
        "rest. Her stress echocardiogram on 02/03/2026 showed inducible inferior ischaemia at moderate "
        "workload. My impression is of stable angina. Background is hypertension, hypercholesterolaemia and "
        "a previous TIA in 2021 without residual deficit. She has no history of diabetes. Her brother had "
        "coronary artery bypass grafting at 55.",
        P,
    )
    d.para(
        "On examination BP 146/84, HR 78 regular, BMI 27.1. Lipids on 24/02/2026: total cholesterol 5.1, "
        "LDL 2.9, HDL 1.2 mmol/L and triglycerides 1.8 mmol/L; eGFR >90.",
        P,
    )
    d.text("Medications:", size=P, bold=True)
    for s in (
        "Cartia (aspirin) 100 mg mane",
        "Lipitor (atorvastatin) 80 mg nocte",
        "Coversyl (perindopril) 5 mg mane",
        "Minax (metoprolol tartrate) 25 mg bd - commenced today",
        "Nitrolingual Pumpspray (glyceryl trinitrate) 400 microgram/dose, 1 spray sublingual prn chest pain - new",
    ):
        d.text("-  " + s, x=8, size=P)
    d.gap(3)
    d.para(
        "I have ceased her Celebrex (celecoxib), which she had been taking for knee pain. Allergies: nil known.",
        P,
    )
    d.para(
        "We will proceed to coronary angiography on the next available list. If she requires a stent she "
        "will need dual antiplatelet therapy, most likely with ticagrelor, for 12 months.",
        P,
    )
    d.gap(4)
    d.text("Kind regards,", size=P)
    d.gap(10)
    d.text("Dr M. Testcardio", size=P)
    return built(
        d,
        "2026-03-09",
        meds=[
            med("aspirin", "100", "mg", "oral", "mane", brand="Cartia"),
            med("atorvastatin", "80", "mg", "oral", "nocte", brand="Lipitor"),
            med("perindopril", "5", "mg", "oral", "mane", brand="Coversyl"),
            med(
                "metoprolol tartrate",
                "25",
                "mg",
                "oral",
                "bd",
                "new",
                brand="Minax",
                aliases=["metoprolol"],
            ),
            med(
                "glyceryl trinitrate",
                "400",
                "microgram/dose",
                "sublingual",
                "prn chest pain",
                "new",
                brand="Nitrolingual Pumpspray",
            ),
            med("celecoxib", None, None, "oral", None, "stopped", brand="Celebrex"),
        ],
        labs=[
            lab(
                "total cholesterol",
                "5.1",
                "mmol/L",
                None,
                None,
                "2026-02-24",
                note="unit printed once at HDL",
            ),
            lab("LDL", "2.9", "mmol/L", None, None, "2026-02-24", note="unit printed once at HDL"),
            lab("HDL", "1.2", "mmol/L", None, None, "2026-02-24"),
            lab("triglycerides", "1.8", "mmol/L", None, None, "2026-02-24"),
            lab("eGFR", ">90", None, None, None, "2026-02-24"),
        ],
        vitals=[
            vit("blood_pressure", "146/84", None),
            vit("heart_rate", "78", None),
            vit("bmi", "27.1", None),
        ],
        conditions=[
            cond("stable angina", "active"),
            cond("hypertension", "active"),
            cond("hypercholesterolaemia", "active", aliases=["hypercholesterolemia"]),
            cond("TIA", "history", aliases=["transient ischaemic attack"]),
            cond("inferior ischaemia", "active", optional=True),
            cond("knee pain", "active", optional=True),
        ],
        must_not=[
            mn("condition", "diabetes", "negated"),
            mn("condition", "coronary artery bypass grafting", "family"),
            mn("medication", "celecoxib", "stopped"),
            mn("medication", "ticagrelor", "planned"),
            mn("allergy", "nil known", "negated"),
        ],
    )


# 18 India (scan): OPD prescription with brand names, 1-0-1 dosing, dotted date.


def d18() -> Built:
    d = Doc(font="Helvetica")
    d.text("Dr. R. TESTSHARMA", size=15, bold=True)
    d.text("M.B.B.S., M.D. (Medicine)  -  Consultant Physician & Diabetologist", size=9)
    d.text(
        "Reg. No. TEST/99999  |  Fictional Clinic, 9 Example Lane, Kothrud, Pune  |  Ph 020-5555-0123",
        size=8,
    )
    d.hr(1.2)
    d.row(
        [(0, "Name: Mrs. Asha TESTPATIL"), (260, "Age/Sex: 58 / F"), (400, "Date: 14.01.2026")], 10
    )
    d.gap(4)
    d.text("C/o: giddiness x 3 days, burning feet", size=10)
    d.text("O/E: BP 158/96 mmHg, PR 86/min, SpO2 98%, Wt 68 kg, RBS 212 mg/dL", size=10)
    d.text("Diagnosis: T2DM (uncontrolled), HTN, Peripheral neuropathy", size=10, bold=True)
    d.text("Allergy: Sulfa drugs", size=10)
    d.gap(6)
    d.text("Rx", size=20, bold=True, font="Times-BoldItalic")
    lines = [
        "1. Tab. Glycomet GP 2 (Metformin 500 mg + Glimepiride 2 mg)     1-0-1  before meals  x 1 month",
        "2. Tab. Telma 40 (Telmisartan 40 mg)     1-0-0  after breakfast  x 1 month",
        "3. Tab. Amlong 5 (Amlodipine 5 mg)     1-0-0  (add)  x 1 month",
        "4. Cap. Pregeb M 75 (Pregabalin 75 mg + Methylcobalamin 750 mcg)     0-0-1  x 1 month",
        "5. Tab. Rosuvas 10 (Rosuvastatin 10 mg)     0-0-1  x 1 month",
    ]
    for s in lines:
        d.text(s, x=10, size=9.5, lead=1.7)
    d.text("STOP: Tab. Glycomet 500 SR", x=10, size=10, bold=True)
    d.gap(6)
    d.text("Adv: diabetic diet, walk 30 min daily, foot care.", size=9.5)
    d.text(
        "Investigations advised: HbA1c, Lipid profile, S. Creatinine, Urine microalbumin", size=9.5
    )
    d.text("Review after 1 month with reports.", size=9.5)
    d.gap(16)
    d.text("(Signature)  Dr. R. Testsharma", x=300, size=9.5)
    return built(
        d,
        "2026-01-14",
        meds=[
            med(
                "metformin/glimepiride",
                None,
                None,
                "oral",
                "1-0-1",
                "active",
                brand="Glycomet GP 2",
                status_also_ok=["new"],
                note="Metformin 500 mg + Glimepiride 2 mg",
            ),
            med(
                "telmisartan",
                "40",
                "mg",
                "oral",
                "1-0-0",
                "active",
                brand="Telma 40",
                status_also_ok=["new"],
            ),
            med(
                "amlodipine",
                "5",
                "mg",
                "oral",
                "1-0-0",
                "new",
                brand="Amlong 5",
                status_also_ok=["active"],
            ),
            med(
                "pregabalin/methylcobalamin",
                None,
                None,
                "oral",
                "0-0-1",
                "active",
                brand="Pregeb M 75",
                status_also_ok=["new"],
                note="Pregabalin 75 mg + Methylcobalamin 750 mcg",
            ),
            med(
                "rosuvastatin",
                "10",
                "mg",
                "oral",
                "0-0-1",
                "active",
                brand="Rosuvas 10",
                status_also_ok=["new"],
            ),
            med("metformin", None, None, "oral", None, "stopped", brand="Glycomet 500 SR"),
        ],
        labs=[lab("RBS", "212", "mg/dL", None, None, "2026-01-14")],
        vitals=[
            vit("blood_pressure", "158/96", "mmHg"),
            vit("heart_rate", "86", "/min"),
            vit("oxygen_saturation", "98", "%"),
            vit("weight", "68", "kg"),
        ],
        allergies=[alg("Sulfa drugs")],
        conditions=[
            cond("T2DM", "active", aliases=["type 2 diabetes mellitus"]),
            cond("HTN", "active", aliases=["hypertension"]),
            cond("Peripheral neuropathy", "active"),
            cond("giddiness", "active", optional=True),
            cond("burning feet", "active", optional=True),
        ],
        must_not=[
            mn("medication", "Glycomet 500 SR", "stopped"),
            mn("lab", "HbA1c", "planned", "investigation advised"),
            mn("lab", "Urine microalbumin", "planned", "investigation advised"),
        ],
    )


# 19 Singapore (scan): inpatient discharge summary, dengue.


def d19() -> Built:
    d = Doc()
    d.text("FICTIONAL GENERAL HOSPITAL (SINGAPORE)", size=12, bold=True)
    d.text("Department of Infectious Diseases  -  INPATIENT DISCHARGE SUMMARY", size=10, bold=True)
    d.hr()
    d.row(
        [(0, "Name: MUTHU S/O RAMAN (TEST)"), (240, "NRIC: SXXXX456J"), (400, "Age: 47  Sex: M")], 9
    )
    d.row(
        [(0, "Admitted: 20-Nov-2025"), (240, "Discharged: 24-Nov-2025"), (400, "Ward 56, Bed 12")],
        9,
    )
    d.heading("Diagnoses")
    d.text("Principal: Dengue fever with warning signs (NS1 antigen positive)", size=9.5)
    d.text("Others: Type 2 diabetes mellitus; Hyperlipidaemia", size=9.5)
    d.heading("Summary")
    d.para(
        "Day 4 of fever on admission with abdominal pain and persistent vomiting. Haematocrit rose to 48 % "
        "and platelets fell to a nadir on 22-Nov-2025. Managed with IV fluids and close monitoring. No "
        "bleeding. Afebrile for 48 hours before discharge, tolerating orally.",
        9,
    )
    d.heading("Results")
    xs = [0, 150, 240, 330, 400]
    res = [
        ("Platelets", "x10^9/L", "150-400", "34 L", "112 L"),
        ("Haematocrit", "%", "40-52", "48", "42"),
        ("ALT", "U/L", "10-70", "96 H", "88 H"),
    ]
    d.table(
        xs,
        ["Test", "Units", "Ref range", "22-Nov-2025", "24-Nov-2025"],
        [[t, u, r, a, b] for t, u, r, a, b in res],
        size=8.5,
    )
    d.heading("Medications on discharge")
    xs = [0, 150, 210, 300, 380]
    mrows = [
        ("Metformin", "850 mg", "BD", "PO", "Continue"),
        ("Atorvastatin", "20 mg", "ON", "PO", "Continue"),
        ("Paracetamol", "1 g", "QDS PRN fever", "PO", "New"),
        ("Aspirin", "100 mg", "OM", "PO", "WITHHELD until platelets > 100"),
    ]
    d.table(xs, ["Drug", "Dose", "Frequency", "Route", "Remarks"], mrows, size=8.5)
    d.text("Avoid NSAIDs (e.g. ibuprofen, naproxen) until review.", size=9)
    d.text("Drug allergy: NKDA", size=9, bold=True)
    d.heading("Condition at discharge")
    d.text("Temp 36.9 °C   BP 122/78   HR 80   SpO2 99% RA", size=9)
    d.heading("Follow-up")
    d.text("FBC at polyclinic on 27-Nov-2025. ID clinic in 2 weeks.", size=9)
    d.gap(6)
    d.text("Dr Tan (Test), Resident Physician, for Consultant A/Prof Example", size=9)
    st = {"Continue": "active", "New": "new"}
    tm = [
        med(n.lower(), dose.split()[0], dose.split()[1], "oral", f, st.get(rem, "held"))
        for n, dose, f, _, rem in mrows
    ]
    labs: list[Row] = []
    for t, u, r, a, b in res:
        for cell, day in ((a, "2025-11-22"), (b, "2025-11-24")):
            v, fl = split_flag(cell)
            labs.append(lab(t, v, u, r, fl, day))
    return built(
        d,
        "2025-11-24",
        meds=tm,
        labs=labs,
        vitals=[
            vit("temperature", "36.9", "°C"),
            vit("blood_pressure", "122/78", None),
            vit("heart_rate", "80", None),
            vit("oxygen_saturation", "99", "%"),
        ],
        conditions=[
            cond(
                "Dengue fever with warning signs",
                "active",
                status_also_ok=["resolved"],
                aliases=["dengue fever"],
            ),
            cond("Type 2 diabetes mellitus", "active"),
            cond("Hyperlipidaemia", "active", aliases=["hyperlipidemia"]),
        ],
        must_not=[
            mn("medication", "ibuprofen", "other", "avoid"),
            mn("medication", "naproxen", "other", "avoid"),
            mn("allergy", "NKDA", "negated"),
            mn("condition", "bleeding", "negated"),
            mn("medication", "IV fluids", "other", "given in hospital only"),
        ],
    )


# 20 New Zealand: GP practice patient summary print-out (PMS-style).


def d20() -> Built:
    d = Doc(margin=42)
    d.row(
        [(0, "Fictional Bay Medical Centre"), (330, "Patient Summary - printed 10/03/2026")],
        9,
        bold=True,
    )
    d.row(
        [
            (0, "Henare TESTSUMMARY"),
            (170, "NHI: ZZZ0032"),
            (270, "DOB: 19/07/1970"),
            (380, "Male, 55 y"),
        ],
        9,
    )
    d.row([(0, "Usual GP: Dr T. Example"), (270, "Enrolled PHO: test")], 9)
    d.hr()
    d.heading("Alerts & Allergies")
    d.text("ALLERGY  Trimethoprim - rash (moderate)", size=9)
    d.text("MEDICAL WARNING  Needle phobia - offer numbing cream", size=9)
    d.heading("Problems / Classifications")
    xs = [0, 70, 300]
    d.table(
        xs,
        ["Date", "Problem", "Status"],
        [
            ["03/2014", "Hypertension", "Active (long-term)"],
            ["11/2019", "Type 2 diabetes", "Active (long-term)"],
            ["06/2021", "Gout", "Active"],
            ["02/2020", "Depression", "Inactive - resolved 2022"],
            ["08/2019", "Fracture, distal radius, left", "Past history"],
        ],
        size=8.5,
    )
    d.heading("Long-term medications")
    xs = [0, 65, 260, 420]
    d.table(
        xs,
        ["Last script", "Medication", "Directions", "Qty"],
        [
            ["02/03/2026", "Cilazapril 5mg tablet", "1 daily", "90"],
            ["02/03/2026", "Metformin 850mg tablet", "1 twice daily with food", "180"],
            ["02/03/2026", "Empagliflozin 25mg (Jardiance)", "1 daily in the morning", "90"],
            ["02/03/2026", "Allopurinol 300mg tablet", "1 daily", "90"],
            [
                "14/11/2025",
                "Colchicine 0.5mg tablet",
                "2 stat then 1 after 6 hours PRN flare",
                "20",
            ],
        ],
        size=8.3,
    )
    d.heading("Inactive medications")
    d.table(
        xs,
        ["Stopped", "Medication", "Reason", ""],
        [
            ["14/08/2025", "Indapamide 2.5mg tablet", "gout", ""],
            ["02/2022", "Citalopram 20mg tablet", "course completed", ""],
        ],
        size=8.3,
    )
    d.heading("Immunisations")
    xs = [0, 70, 240, 300]
    imm_rows = [
        ("15/04/2025", "Influenza (Influvac Tetra)", "", "Q75B"),
        ("02/05/2025", "COVID-19 (Comirnaty)", "", "FN9876"),
        ("18/09/2024", "Shingrix", "1", "AB7C1"),
        ("20/11/2024", "Shingrix", "2", "AC2D9"),
        ("07/01/2016", "Boostrix (Tdap)", "", "AC52B"),
    ]
    d.table(xs, ["Date", "Vaccine", "Dose", "Batch"], imm_rows, size=8.5)
    d.heading("Recalls")
    d.text(
        "01/06/2026  Diabetes annual review        01/04/2026  Pneumovax 23 - due (age 65 early, diabetes)",
        size=8.5,
    )
    d.heading("Measurements")
    xs = [0, 70, 200]
    meas = [
        ("10/03/2026", "Blood pressure", "134/86"),
        ("10/03/2026", "Weight", "102.3 kg"),
        ("10/03/2026", "Height", "178 cm"),
        ("10/03/2026", "BMI", "32.3"),
        ("26/02/2026", "HbA1c", "58 mmol/mol"),
        ("26/02/2026", "eGFR", "74 mL/min/1.73m2"),
        ("26/02/2026", "Urate", "0.41 mmol/L"),
    ]
    d.table(xs, ["Date", "Measure", "Value"], meas, size=8.5)
    d.heading("Family history")
    d.text("Father - type 2 diabetes; Mother - stroke (age 70)", size=8.5)
    d.text("Smoking: ex-smoker (quit 2015)", size=8.5)

    def iso(s: str) -> str:
        dd, mm, yy = s.split("/")
        return f"{yy}-{mm}-{dd}"

    imms: list[Row] = []
    for day, v, n, lot in imm_rows:
        kw: dict[str, Any] = {}
        name = v
        if "(" in v:
            name, b = v.split(" (")
            kw["brand"] = b.rstrip(")")
        if name == "Boostrix":  # printed brand first: "Boostrix (Tdap)"
            name, kw["brand"] = kw["brand"], name
        imms.append(imm(name, iso(day), int(n) if n else None, lot, **kw))
    return built(
        d,
        None,
        meds=[
            med("cilazapril", "5", "mg", "oral", "1 daily"),
            med("metformin", "850", "mg", "oral", "1 twice daily with food"),
            med("empagliflozin", "25", "mg", "oral", "1 daily in the morning", brand="Jardiance"),
            med("allopurinol", "300", "mg", "oral", "1 daily"),
            med("colchicine", "0.5", "mg", "oral", "2 stat then 1 after 6 hours PRN flare"),
            med("indapamide", "2.5", "mg", "oral", None, "stopped"),
            med("citalopram", "20", "mg", "oral", None, "stopped", status_also_ok=["completed"]),
        ],
        labs=[
            lab("HbA1c", "58", "mmol/mol", None, None, "2026-02-26"),
            lab("eGFR", "74", "mL/min/1.73m2", None, None, "2026-02-26"),
            lab("Urate", "0.41", "mmol/L", None, None, "2026-02-26"),
        ],
        vitals=[
            vit("blood_pressure", "134/86", None, date="2026-03-10"),
            vit("weight", "102.3", "kg", date="2026-03-10"),
            vit("height", "178", "cm", date="2026-03-10"),
            vit("bmi", "32.3", None, date="2026-03-10"),
        ],
        allergies=[alg("Trimethoprim", "rash", "moderate")],
        conditions=[
            cond("Hypertension", "active"),
            cond("Type 2 diabetes", "active"),
            cond("Gout", "active"),
            cond("Depression", "resolved"),
            cond("Fracture, distal radius, left", "history", aliases=["fracture"]),
        ],
        imms=imms,
        must_not=[
            mn("allergy", "Needle phobia", "other", "medical warning, not an allergy"),
            mn("medication", "Indapamide", "stopped"),
            mn("medication", "Citalopram", "stopped"),
            mn("immunization", "Pneumovax 23", "due"),
            mn("condition", "stroke", "family"),
        ],
    )


# --------------------------------------------------------------------------- the set


@dataclass(frozen=True)
class Spec:
    name: str
    country: str
    kind: str
    document_type: str
    build: Callable[[], Built]
    date_style: str  # dmy | mdy | iso | mixed: how ambiguous dd/mm dates resolve
    stated_format: bool = False
    scan: str | None = None  # None (born-digital) | "jpg" | "pdf" (image-only)
    angle: float = 0.0


SPECS: list[Spec] = [
    Spec(
        "01_za_gp_referral_letter",
        "South Africa",
        "GP referral letter (prose)",
        "medical_record",
        d01,
        "dmy",
    ),
    Spec(
        "02_sg_polyclinic_lab_report",
        "Singapore",
        "lab report, single date, serum + urine",
        "lab_result",
        d02,
        "dmy",
    ),
    Spec(
        "03_sco_discharge_letter",
        "Scotland",
        "immediate discharge letter with medicine status table",
        "discharge_summary",
        d03,
        "dmy",
    ),
    Spec(
        "04_wal_rheumatology_clinic_letter",
        "Wales",
        "specialist clinic letter",
        "medical_record",
        d04,
        "dmy",
    ),
    Spec(
        "05_us_cerner_style_clinical_summary",
        "United States",
        "EHR print-out (Oracle Health/Cerner-style)",
        "medical_record",
        d05,
        "mdy",
    ),
    Spec(
        "06_us_cumulative_lab_report",
        "United States",
        "cumulative lab report, 3 date columns",
        "lab_result",
        d06,
        "mdy",
    ),
    Spec(
        "07_us_ccda_html_view",
        "United States",
        "C-CDA rendered as HTML-style sections",
        "medical_record",
        d07,
        "mdy",
    ),
    Spec(
        "08_ca_pharmacy_medication_profile",
        "Canada",
        "pharmacy medication profile (brands, DINs)",
        "prescription",
        d08,
        "iso",
        stated_format=True,
    ),
    Spec(
        "09_au_immunisation_history_statement",
        "Australia",
        "immunisation history statement",
        "immunization_record",
        d09,
        "dmy",
    ),
    Spec(
        "10_nz_ed_clinical_record",
        "New Zealand",
        "emergency department note",
        "medical_record",
        d10,
        "dmy",
    ),
    Spec(
        "11_ie_allergy_assessment_form",
        "Ireland",
        "allergy form with checkboxes",
        "medical_record",
        d11,
        "dmy",
    ),
    Spec(
        "12_in_diagnostic_lab_report",
        "India",
        "lab report (CBC, lipids, thyroid, urine)",
        "lab_result",
        d12,
        "dmy",
    ),
    Spec(
        "13_ke_discharge_summary",
        "Kenya",
        "hospital discharge summary",
        "discharge_summary",
        d13,
        "dmy",
    ),
    Spec(
        "14_ph_child_immunization_record",
        "Philippines",
        "child immunization record (EPI)",
        "immunization_record",
        d14,
        "mdy",
        stated_format=True,
    ),
    Spec(
        "15_za_cumulative_chemistry_scan",
        "South Africa",
        "cumulative lab report, scanned",
        "lab_result",
        d15,
        "dmy",
        scan="pdf",
        angle=1.4,
    ),
    Spec(
        "16_ca_meditech_med_reconciliation_scan",
        "Canada",
        "discharge medication reconciliation (Meditech-style), scanned",
        "discharge_summary",
        d16,
        "mixed",
        scan="jpg",
        angle=-2.1,
    ),
    Spec(
        "17_au_cardiology_letter_scan",
        "Australia",
        "specialist letter, faxed/scanned",
        "medical_record",
        d17,
        "dmy",
        scan="pdf",
        angle=-1.2,
    ),
    Spec(
        "18_in_opd_prescription_scan",
        "India",
        "outpatient prescription, scanned",
        "prescription",
        d18,
        "dmy",
        scan="jpg",
        angle=2.6,
    ),
    Spec(
        "19_sg_discharge_summary_scan",
        "Singapore",
        "inpatient discharge summary, scanned",
        "discharge_summary",
        d19,
        "dmy",
        scan="pdf",
        angle=1.8,
    ),
    Spec(
        "20_nz_gp_patient_summary",
        "New Zealand",
        "GP practice patient summary print-out",
        "medical_record",
        d20,
        "dmy",
    ),
]

CATEGORIES = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")


# --------------------------------------------------------------------------- scans


def rasterise(pdf: bytes, seed: int, angle: float, dpi: int = 200) -> list[Image.Image]:
    """Render, then age like a flatbed scan: grey paper, noise, soft focus, skew."""
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf)
    out: list[Image.Image] = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        arr = np.asarray(img, dtype=np.float32) * 0.86 + 22.0
        arr += rng.normal(0.0, 9.0, arr.shape)
        specks = rng.random(arr.shape) < 0.0006
        arr[specks] = rng.uniform(30, 140, int(specks.sum()))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=228)
        out.append(img)
    doc.close()
    return out


def jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=42, optimize=True)
    return buf.getvalue()


def image_pdf(pages: list[Image.Image], pagesize: tuple[float, float]) -> bytes:
    """An image-only PDF (no text layer): the JPEG of each page drawn full-bleed."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle("Synthetic test document (scan)")
    for img in pages:
        c.drawImage(ImageReader(io.BytesIO(jpeg(img))), 0, 0, width=pagesize[0], height=pagesize[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- checks


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    parts = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
    doc.close()
    return "\n".join(parts)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def date_forms(iso: str) -> set[str]:
    dt = date.fromisoformat(iso)
    d, m, y, yy = dt.day, dt.month, dt.year, dt.year % 100
    mon, month = dt.strftime("%b"), dt.strftime("%B")
    forms = set()
    for dd in (f"{d:02d}", str(d)):
        for mm in (f"{m:02d}", str(m)):
            for yr in (str(y), f"{yy:02d}"):
                forms |= {
                    f"{dd}/{mm}/{yr}",
                    f"{mm}/{dd}/{yr}",
                    f"{dd}-{mm}-{yr}",
                    f"{dd}.{mm}.{yr}",
                }
            forms |= {
                f"{dd}/{mm}",
                f"{dd}-{mon}-{y}",
                f"{dd} {mon} {y}",
                f"{dd} {month} {y}",
                f"{mon} {dd}, {y}",
                f"{month} {dd}, {y}",
            }
    forms.add(iso)
    return {f.lower() for f in forms}


def check_strings(t: Row, text: str) -> list[str]:
    """Every truth string must be printed in the document (case/whitespace-insensitive)."""
    hay = norm(text)
    problems: list[str] = []

    def has(s: str | None) -> bool:
        if s is None:
            return True
        n = norm(s)
        pre = r"(?<![0-9.])" if n[0].isdigit() else r"(?<![a-z])" if n[0].isalpha() else ""
        post = r"(?![0-9]|\.[0-9])" if n[-1].isdigit() else r"(?![a-z])" if n[-1].isalpha() else ""
        return re.search(pre + re.escape(n) + post, hay) is not None

    def need(where: str, *alts: str | None) -> None:
        vals = [a for a in alts if a is not None]
        if vals and not any(has(a) for a in vals):
            problems.append(f"{where}: none of {vals!r} printed")

    def need_date(where: str, iso: str | None) -> None:
        if iso and not (date_forms(iso) & {f for f in date_forms(iso) if f in hay}):
            problems.append(f"{where}: date {iso} not printed in any form")

    need_date("service_date", t["service_date"])
    for i, r in enumerate(t["medications"]):
        w = f"medications[{i}]"
        need(w + ".name", r["name"], r.get("brand"), *r.get("aliases", []))
        for k in ("dose", "unit", "frequency", "concentration"):
            need(f"{w}.{k}", r.get(k))
    for i, r in enumerate(t["labs"]):
        w = f"labs[{i}]"
        for k in ("test_name", "value_text", "unit", "reference_text"):
            need(f"{w}.{k}", r.get(k))
        need_date(w + ".date", r.get("date"))
    for i, r in enumerate(t["vitals"]):
        w = f"vitals[{i}]"
        need(w + ".value_text", r["value_text"])
        need(w + ".unit", r["unit"])
        need(w + ".time", r.get("time"))
        need_date(w + ".date", r.get("date"))
        for a in r.get("also_ok", []):
            need(w + ".also_ok", a["value_text"])
            need(w + ".also_ok", a["unit"])
    for i, r in enumerate(t["allergies"]):
        for k in ("substance", "reaction", "severity"):
            need(f"allergies[{i}].{k}", r.get(k))
    for i, r in enumerate(t["conditions"]):
        need(f"conditions[{i}].name", r["name"], *r.get("aliases", []))
        need(f"conditions[{i}].icd10_code", r.get("icd10_code"))
    for i, r in enumerate(t["immunizations"]):
        w = f"immunizations[{i}]"
        need(w + ".vaccine", r["vaccine"], r.get("brand"))
        need(w + ".lot_number", r.get("lot_number"))
        need(w + ".cvx_code", r.get("cvx_code"))
        need_date(w + ".administered_on", r.get("administered_on"))
    for i, r in enumerate(t["must_not"]):
        need(f"must_not[{i}].name", r["name"])
    return problems


def validate(t: Row) -> list[str]:
    """Values the schema allows (pipeline/clinical/schema.py is the source of truth)."""
    from typing import get_args

    sys.path.insert(0, str(HERE.parents[1]))
    from pipeline.clinical import schema

    p: list[str] = []
    if t["document_type"] not in get_args(schema.DocumentType):
        p.append("document_type")
    assert set(get_args(schema.MedicationStatus)) == MED_STATUS  # noqa: S101 - generator self-check
    kinds, flags = set(get_args(schema.VitalKind)), set(get_args(schema.LabFlag))
    cats = {"medication", "lab", "vital", "allergy", "condition", "immunization"}
    p += [
        f"medication status {r['status']}"
        for r in t["medications"]
        if r["status"] not in MED_STATUS or not set(r.get("status_also_ok", [])) <= MED_STATUS
    ]
    p += [f"lab flag {r['flag']}" for r in t["labs"] if r["flag"] not in flags | {None}]
    p += [
        f"lab {r['test_name']}: flag without a range"
        for r in t["labs"]
        if r["reference_text"] is None and r["flag"] is not None
    ]
    p += [f"vital kind {r['kind']}" for r in t["vitals"] if r["kind"] not in kinds]
    p += [
        f"condition status {r['status']}"
        for r in t["conditions"]
        if r["status"] not in COND_STATUS or not set(r.get("status_also_ok", [])) <= COND_STATUS
    ]
    p += [
        f"must_not {r}" for r in t["must_not"] if r["why"] not in WHY or r["category"] not in cats
    ]
    return p


def mark_ambiguous(spec: Spec, imms: list[Row]) -> None:
    """dd/mm vs mm/dd: a date whose day and month are both <= 12 (and differ) is ambiguous
    unless the document states its format; it is resolved by the country's convention."""
    if spec.stated_format or spec.date_style not in {"dmy", "mdy"}:
        return
    for r in imms:
        iso = r["administered_on"]
        if iso:
            dt = date.fromisoformat(iso)
            if dt.day <= 12 and dt.day != dt.month:
                r["date_ambiguous"] = True


# --------------------------------------------------------------------------- main


def make(spec: Spec, seed: int) -> tuple[str, bytes, Row]:
    b = spec.build()
    problems: list[str] = []
    text = pdf_text(b.pdf)
    if FOOTER.lower() not in norm(text):
        problems.append("footer missing")
    if spec.scan is None:
        ext, data, text_layer = "pdf", b.pdf, True
    else:
        pages = rasterise(b.pdf, seed, spec.angle)
        if spec.scan == "jpg":
            if len(pages) != 1:
                problems.append("a JPEG scan must be one page")
            ext, data = "jpg", jpeg(pages[0])
        else:
            ext, data = "pdf", image_pdf(pages, A4)
            if pdf_text(data).strip():
                problems.append("image-only PDF has a text layer")
        text_layer = False
    mark_ambiguous(spec, b.immunizations)
    truth: Row = {
        "file": f"docs/{spec.name}.{ext}",
        "synthetic": True,
        "text_layer": text_layer,
        "page_count": b.pages,
        "document_type": spec.document_type,
        "country": spec.country,
        "kind": spec.kind,
        "service_date": b.service_date,
        "medications": b.medications,
        "labs": b.labs,
        "vitals": b.vitals,
        "allergies": b.allergies,
        "conditions": b.conditions,
        "immunizations": b.immunizations,
        "must_not": b.must_not,
    }
    problems += check_strings(truth, text) + validate(truth)
    if problems:
        raise SystemExit(f"{spec.name}: truth check failed:\n  " + "\n  ".join(problems))
    return ext, data, truth


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def write_manifest() -> None:
    files = [
        HERE / "make_heldout2.py",
        *sorted((HERE / "truth").glob("*.json")),
        *sorted((HERE / "docs").iterdir()),
    ]
    lines = [f"{sha256(p)}  {p.relative_to(HERE).as_posix()}" for p in files]
    (HERE / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")


def check_manifest() -> int:
    bad = 0
    listed = set()
    for line in (HERE / "MANIFEST.sha256").read_text().splitlines():
        hexd, rel = line.split("  ", 1)
        listed.add(rel)
        p = HERE / rel
        if not p.is_file() or sha256(p) != hexd:
            print(f"MISMATCH {rel}")
            bad += 1
    extra = {
        p.relative_to(HERE).as_posix() for d in ("docs", "truth") for p in (HERE / d).iterdir()
    } - listed
    for rel in sorted(extra):
        print(f"UNLISTED {rel}")
        bad += 1
    print(f"manifest: {len(listed)} files, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--check", action="store_true", help="only verify MANIFEST.sha256")
    args = ap.parse_args()
    if args.check:
        return check_manifest()
    docs, truth_dir = HERE / "docs", HERE / "truth"
    docs.mkdir(exist_ok=True)
    truth_dir.mkdir(exist_ok=True)
    for old in [*docs.iterdir(), *truth_dir.iterdir()]:
        old.unlink()
    for i, spec in enumerate(SPECS):
        ext, data, truth = make(spec, seed=9100 + i)
        (docs / f"{spec.name}.{ext}").write_bytes(data)
        (truth_dir / f"{spec.name}.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n"
        )
        n = sum(len(truth[c]) for c in CATEGORIES)
        print(
            f"{spec.name}.{ext}: {len(data) // 1024} KB, {n} items, {len(truth['must_not'])} must_not"
        )
    write_manifest()
    return 0


if __name__ == "__main__":
    sys.exit(main())
