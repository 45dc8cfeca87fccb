#!/usr/bin/env python3
"""Held-out extraction set 11 -- deterministic generator.

Writes 22 synthetic clinical documents (docs/) with one truth JSON each (truth/),
MANIFEST.sha256 and README.md, then runs self-checks.

    python make_heldout11.py           # build everything, run self-checks
    python make_heldout11.py --check   # only verify MANIFEST.sha256 against the files

Everything in the documents is invented. Determinism: reportlab invariant=1, seeded
random generators (string seeds), no clock, no environment-dependent input other than
the DejaVu TrueType fonts (used for handwriting-like entries).
Scratch files go to /tmp/heldout11_work/.
"""
from __future__ import annotations

import argparse
import ast
import datetime as dt
import hashlib
import io
import json
import random
import re
import shutil
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TRUTH = HERE / "truth"
WORK = Path("/tmp/heldout11_work")
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
SCHEMA = HERE.parents[1] / "pipeline" / "clinical" / "schema.py"

# ----------------------------------------------------------------------------- vocabulary
# Copied from pipeline/clinical/schema.py (the only repository file read); re-read from
# that file at check time when it exists, so a drift is reported.
VOCAB = {
    "DocumentType": ["lab_result", "prescription", "discharge_summary",
                     "immunization_record", "medical_record", "other"],
    "VitalKind": ["blood_pressure", "heart_rate", "temperature", "respiratory_rate",
                  "oxygen_saturation", "weight", "height", "bmi"],
    "MedicationStatus": ["active", "new", "changed", "stopped", "held", "completed"],
    "LabFlag": ["normal", "high", "low", "critical", "abnormal"],
}
CATEGORIES = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]
WHY = ["negated", "family", "historical", "planned", "due", "stopped", "checkbox_no",
       "leaflet", "other"]

# ----------------------------------------------------------------------------- fonts
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
HAND_A = "HandA"   # italic serif, slanted script-like writer
HAND_B = "HandB"   # oblique condensed sans, a second writer
UNI = "DejaVu"     # unicode sans for a few symbols


def register_fonts():
    table = {HAND_A: "DejaVuSerifCondensed-Italic.ttf",
             HAND_B: "DejaVuSansCondensed-Oblique.ttf",
             UNI: "DejaVuSans.ttf",
             UNI + "-Bold": "DejaVuSans-Bold.ttf"}
    for name, fn in table.items():
        p = FONT_DIR / fn
        if not p.exists():
            raise SystemExit(f"missing font {p}: the generator needs the DejaVu fonts")
        pdfmetrics.registerFont(TTFont(name, str(p)))


# ----------------------------------------------------------------------------- dates
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()


def D(s):
    return dt.date.fromisoformat(s)


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def f_dmy(d):        # 14/03/2025
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def f_mdy(d):        # 03/14/2025
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def f_iso(d):        # 2025-03-14
    return d.isoformat()


def f_dmony(d):      # 14 Mar 2025
    return f"{d.day:02d} {MON[d.month - 1]} {d.year}"


def f_mondy(d):      # Mar 14, 2025
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def f_dot(d):        # 14.03.2025
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def f_dmon_dash(d):  # 14-Mar-2025
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def f_dmy_dash(d):   # 14-03-2025
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def f_ymd_slash(d):  # 2025/03/14
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def f_long(d):       # 14 March 2025
    return f"{d.day} {MONTH[d.month - 1]} {d.year}"


def f_long_ord(d):   # 14th March 2025
    return f"{ordinal(d.day)} {MONTH[d.month - 1]} {d.year}"


def f_dmy2(d):       # 14/03/25
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def f_mdy2(d):       # 03/14/25
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


# ----------------------------------------------------------------------------- colours
C = colors.Color
BLACK = colors.black
GREY = C(0.42, 0.42, 0.42)
LGREY = C(0.88, 0.88, 0.88)
INK_BLUE = C(0.10, 0.16, 0.52)
INK_BLACK = C(0.12, 0.12, 0.16)
INK_RED = C(0.70, 0.08, 0.08)


# ----------------------------------------------------------------------------- lab helper
def _num(v):
    try:
        x = float(v.replace(",", ""))
    except (ValueError, AttributeError):
        return None
    return int(x) if x.is_integer() and "." not in v else x


FLAGMAP = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "A": "abnormal",
           "*": "abnormal", "N": "normal"}


def L(name, val, unit, ref, fl="", lo=None, hi=None, rt=None, flag="auto", aliases=None,
      optional=False, num="auto"):
    """A printed lab line plus what the truth row needs."""
    if flag == "auto":
        if fl:
            flag = FLAGMAP[fl]
        elif lo is not None or hi is not None or rt:
            flag = "normal"
        else:
            flag = None
    return {"name": name, "val": val, "unit": unit, "ref": ref, "fl": fl, "lo": lo,
            "hi": hi, "rt": rt, "flag": flag, "aliases": aliases or [],
            "optional": optional, "num": _num(val) if num == "auto" else num}


# ----------------------------------------------------------------------------- document
class Doc:
    def __init__(self, num, stem, ext, country, region, doc_type, kind, category,
                 date_style, fmts, pages=1, scan=None, hand=False, size=A4, title=None):
        self.num, self.stem, self.ext = num, stem, ext
        self.country, self.region = country, region
        self.doc_type, self.kind, self.category = doc_type, kind, category
        self.date_style, self.fmts = date_style, fmts
        self.pages, self.scan, self.hand, self.size = pages, scan, hand, size
        self.title = title or kind
        self.texts: list[str] = []
        self.t = {k: [] for k in CATEGORIES}
        self.t["must_not"] = []

    # -- text log (the text written into the document) --
    def log(self, s):
        self.texts.append(s)

    def text(self):
        return "\n".join(self.texts)

    @property
    def filename(self):
        return f"{self.stem}.{self.ext}"

    def page(self):
        path = (WORK / f"{self.stem}.pdf") if self.scan else (DOCS / f"{self.stem}.pdf")
        return Page(self, path, self.size)

    # -- truth rows --
    def med(self, name, brand, dose, unit, route, freq, status, also=None, optional=False):
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": freq, "status": status}
        if also:
            r["status_also_ok"] = list(also)
        if optional:
            r["optional"] = True
        self.t["medications"].append(r)

    def lab(self, x, date, optional=None):
        r = {"test_name": x["name"], "value_text": x["val"], "value_numeric": x["num"],
             "unit": x["unit"] or None, "reference_low": x["lo"], "reference_high": x["hi"],
             "reference_text": x["rt"], "flag": x["flag"],
             "date": date.isoformat() if date else None}
        if x["aliases"]:
            r["aliases"] = list(x["aliases"])
        if optional if optional is not None else x["optional"]:
            r["optional"] = True
        self.t["labs"].append(r)

    def vital(self, kind, vt, unit, optional=False):
        if "/" in vt:
            a, b = vt.split("/")
            n1, n2 = _num(a), _num(b)
        else:
            n1, n2 = _num(vt), None
        r = {"kind": kind, "value_text": vt, "value_numeric": n1, "value_secondary": n2,
             "unit": unit}
        if optional:
            r["optional"] = True
        self.t["vitals"].append(r)

    def allergy(self, substance, reaction, severity):
        self.t["allergies"].append({"substance": substance, "reaction": reaction,
                                    "severity": severity})

    def cond(self, name, status="active", icd=None, aliases=None, optional=False):
        r = {"name": name, "status": status, "icd10_code": icd}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        self.t["conditions"].append(r)

    def imm(self, vaccine, date, dose, lot, brand, amb=False):
        self.t["immunizations"].append({"vaccine": vaccine, "administered_on": date.isoformat(),
                                        "dose_number": dose, "lot_number": lot,
                                        "brand": brand, "date_ambiguous": amb})

    def mn(self, cat, name, why, note):
        self.t["must_not"].append({"category": cat, "name": name, "why": why, "note": note})

    def truth(self):
        out = {"file": f"docs/{self.filename}", "country": self.country,
               "document_type": self.doc_type}
        for k in CATEGORIES + ["must_not"]:
            out[k] = self.t[k]
        return out


# ----------------------------------------------------------------------------- drawing
class Page:
    """A reportlab canvas with top-based coordinates; every string drawn is logged."""

    def __init__(self, doc, path, size):
        self.d = doc
        self.W, self.H = size
        self.n = 1
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setTitle(doc.title)
        self.c.setAuthor("synthetic generator (heldout11)")
        self.c.setSubject(FOOTER)
        self.c.setCreator("reportlab")
        self.foot_left = ""
        self.foot_color = GREY
        self.on_new = None

    # primitives ------------------------------------------------------------
    def T(self, x, y, s, f="Helvetica", sz=9, col=None, al="l"):
        c = self.c
        c.setFont(f, sz)
        c.setFillColor(col or BLACK)
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al](
            x, self.H - y, s)
        self.d.log(s)

    def P(self, x, y, w, s, f="Helvetica", sz=9, lead=None, col=None):
        lead = lead or sz * 1.28
        self.c.setFont(f, sz)
        self.c.setFillColor(col or BLACK)
        for ln in simpleSplit(s, f, sz, w):
            self.c.drawString(x, self.H - y, ln)
            y += lead
        self.d.log(s)
        return y

    def line(self, x1, y1, x2, y2, w=0.5, col=None, dash=None):
        c = self.c
        c.setLineWidth(w)
        c.setStrokeColor(col or BLACK)
        if dash:
            c.setDash(*dash)
        c.line(x1, self.H - y1, x2, self.H - y2)
        if dash:
            c.setDash()

    def rect(self, x, y, w, h, fill=None, stroke=0.5, col=None, r=0):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke:
            c.setLineWidth(stroke)
            c.setStrokeColor(col or BLACK)
        if r:
            c.roundRect(x, self.H - y - h, w, h, r, stroke=1 if stroke else 0,
                        fill=1 if fill is not None else 0)
        else:
            c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0,
                   fill=1 if fill is not None else 0)

    def hw(self, x, y, s, sz=11, f=HAND_A, col=INK_BLUE, wob=1.0, log=True):
        """Handwriting-like text: per-character jitter of size, baseline and angle."""
        rng = random.Random(f"{self.d.stem}|{self.n}|{x:.1f}|{y:.1f}|{s}")
        c = self.c
        cx = x
        base = rng.uniform(-2.0, 2.0) * wob
        drift = rng.uniform(-0.025, 0.025) * wob
        for ch in s:
            fs = sz * rng.uniform(0.9, 1.1)
            dy = rng.uniform(-0.8, 0.8) * wob + drift * (cx - x)
            c.saveState()
            c.setFillColor(col)
            c.translate(cx, self.H - (y + dy))
            c.rotate(base + rng.uniform(-6, 6) * wob)
            c.setFont(f, fs)
            c.drawString(0, 0, ch)
            c.restoreState()
            cx += pdfmetrics.stringWidth(ch, f, fs) * rng.uniform(0.92, 1.1)
        if log:
            self.d.log(s)
        return cx

    def tick(self, x, y, sz=8, col=INK_BLUE, mark="X"):
        """A hand-made mark inside a box whose top-left is (x, y-sz+1)."""
        self.hw(x + 0.8, y - 0.5, mark, sz=sz + 2, f=HAND_B, col=col, wob=1.4)

    def box(self, x, y, sz=8, checked=False, hand=True, col=INK_BLUE):
        """Checkbox with its bottom at baseline y."""
        self.rect(x, y - sz + 1, sz, sz, stroke=0.6)
        if checked:
            if hand:
                self.tick(x, y, sz, col)
            else:
                self.T(x + 1.3, y - 0.6, "X", "Helvetica-Bold", sz)

    def strike(self, x1, x2, y, col=INK_BLACK, w=0.9):
        rng = random.Random(f"strike|{self.d.stem}|{x1}|{y}")
        self.line(x1, y + rng.uniform(-1, 1), x2, y + rng.uniform(-1.5, 1.5), w=w, col=col)

    # table -----------------------------------------------------------------
    def table(self, x, y, widths, rows, sz=8, f="Helvetica", fb="Helvetica-Bold", head=1,
              grid="grid", pad=2.6, lead=None, aligns=None, head_fill=None, zebra=None,
              min_h=None, col_fonts=None, sec_fill=LGREY, line_col=None, lw=0.5):
        """rows: list of list-of-cells; a str row is a full-width section heading.
        A cell is a str or a dict {t, f, col, hand, hf, hsz, strike, al}.
        grid: grid | h (horizontal rules) | head (rule under heading + bottom) | none."""
        lead = lead or sz * 1.22
        total_w = sum(widths)
        lc = line_col or BLACK
        top0 = y
        if grid in ("h", "head"):
            self.line(x, y, x + total_w, y, w=lw, col=lc)
        for ri, row in enumerate(rows):
            if isinstance(row, str):
                h = lead + 2 * pad
                if sec_fill is not None:
                    self.rect(x, y, total_w, h, fill=sec_fill, stroke=0)
                self.T(x + pad, y + pad + sz * 0.88, row, fb, sz)
                if grid == "grid":
                    self.rect(x, y, total_w, h, stroke=lw, col=lc)
                y += h
                continue
            is_head = ri < head
            cells = []
            nl = 1
            for ci, (w, cell) in enumerate(zip(widths, row)):
                cd = cell if isinstance(cell, dict) else {"t": cell}
                font = cd.get("f") or (fb if is_head else (col_fonts[ci] if col_fonts else f))
                csz = cd.get("sz", sz)
                txt = cd.get("t", "") or ""
                if cd.get("hand"):
                    lines = [txt] if txt else []
                else:
                    lines = simpleSplit(txt, font, csz, w - 2 * pad) if txt else []
                nl = max(nl, len(lines))
                cells.append((cd, font, csz, lines))
            h = nl * lead + 2 * pad
            if min_h:
                h = max(h, min_h)
            if is_head and head_fill is not None:
                self.rect(x, y, total_w, h, fill=head_fill, stroke=0)
            elif zebra is not None and not is_head and ri % 2 == 0:
                self.rect(x, y, total_w, h, fill=zebra, stroke=0)
            cx = x
            for ci, (w, (cd, font, csz, lines)) in enumerate(zip(widths, cells)):
                al = cd.get("al") or (aligns[ci] if aligns else "l")
                if cd.get("hand") and lines:
                    hsz = cd.get("hsz", csz + 2)
                    self.hw(cx + pad + 1, y + h / 2 + hsz * 0.30, lines[0], sz=hsz,
                            f=cd.get("hf", HAND_A), col=cd.get("col", INK_BLUE))
                else:
                    for li, ln in enumerate(lines):
                        by = y + pad + csz * 0.88 + li * lead
                        if al == "r":
                            self.c.setFont(font, csz)
                            self.c.setFillColor(cd.get("col", BLACK))
                            self.c.drawRightString(cx + w - pad, self.H - by, ln)
                        elif al == "c":
                            self.c.setFont(font, csz)
                            self.c.setFillColor(cd.get("col", BLACK))
                            self.c.drawCentredString(cx + w / 2, self.H - by, ln)
                        else:
                            self.c.setFont(font, csz)
                            self.c.setFillColor(cd.get("col", BLACK))
                            self.c.drawString(cx + pad, self.H - by, ln)
                    if cd.get("t"):
                        self.d.log(cd["t"])
                if cd.get("strike") and lines:
                    tw = min(w - 2 * pad, pdfmetrics.stringWidth(lines[0], font, csz) + 4)
                    self.strike(cx + pad - 1, cx + pad + tw, y + pad + csz * 0.55)
                if grid == "grid":
                    self.rect(cx, y, w, h, stroke=lw, col=lc)
                cx += w
            y += h
            if grid == "h" or (grid == "head" and is_head and ri == head - 1):
                self.line(x, y, x + total_w, y, w=lw, col=lc)
        if grid == "head":
            self.line(x, y, x + total_w, y, w=lw, col=lc)
        return y

    # pages -----------------------------------------------------------------
    def footer(self):
        c = self.c
        y = 20
        self.line(36, self.H - y - 9, self.W - 36, self.H - y - 9, w=0.4, col=GREY)
        c.setFont("Helvetica", 6.8)
        c.setFillColor(self.foot_color)
        if self.foot_left:
            c.drawString(36, y, self.foot_left)
            self.d.log(self.foot_left)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(self.W / 2, y - 9, FOOTER)
        self.d.log(FOOTER)
        c.setFont("Helvetica", 6.8)
        pn = f"Page {self.n} of {self.d.pages}"
        c.drawRightString(self.W - 36, y, pn)
        self.d.log(pn)

    def next(self):
        self.footer()
        self.c.showPage()
        self.n += 1
        if self.on_new:
            self.on_new(self)

    def done(self):
        self.footer()
        self.c.save()
        assert self.n == self.d.pages, (self.d.stem, self.n, self.d.pages)


# ============================================================================ documents
# Each builder draws its document and records the truth rows from the same data.

def lab_cells(x, with_flag_col=True):
    if with_flag_col:
        return [x["name"], {"t": x["val"], "f": "Helvetica-Bold" if x["fl"] else None},
                x["fl"], x["unit"], x["ref"]]
    return [x["name"], x["val"] + (f" {x['fl']}" if x["fl"] else ""), x["unit"], x["ref"]]


# ---------------------------------------------------------------- 01 Kenya, single-date lab
def b01(d):
    fmt = f_dmy
    dc = D("2025-03-14")
    pg = d.page()
    pg.foot_left = "KDL Lab No. KDL-25-000417  |  Printed " + fmt(dc) + " 15:41"
    G = C(0.05, 0.35, 0.2)
    pg.rect(40, 34, 515, 66, fill=C(0.92, 0.96, 0.93), stroke=0)
    pg.rect(48, 44, 44, 44, fill=G, stroke=0, r=6)
    pg.T(70, 72, "KDL", "Helvetica-Bold", 14, col=colors.white, al="c")
    pg.T(102, 58, "KILIMANI DIAGNOSTIC LABORATORY LTD", "Helvetica-Bold", 13.5, col=G)
    pg.T(102, 71, "Plot 000, Mvule Lane, Kilimani  |  P.O. Box 00000-00100, Nairobi, Kenya", sz=7.5)
    pg.T(102, 82, "Tel: +254 700 000 000  |  results@kdl-lab.example  |  www.kdl-lab.example", sz=7.5)
    pg.T(102, 93, "Open Mon-Sat 07:00-20:00, Sun 09:00-13:00", sz=7.5, col=GREY)
    pg.T(547, 58, "LAB REPORT", "Helvetica-Bold", 11, al="r")
    pg.T(547, 71, "Final", sz=8, al="r")
    B = "Helvetica-Bold"
    info = [
        [{"t": "Patient Name:", "f": B}, "WANJIRU ACHIENG KAMAU", {"t": "Lab No.:", "f": B}, "KDL-25-000417"],
        [{"t": "Age / Sex:", "f": B}, "52 Years / Female", {"t": "Patient ID:", "f": B}, "PT-000000417"],
        [{"t": "Referred by:", "f": B}, "Dr. Otieno Mutua, Riverside Family Clinic", {"t": "Collected:", "f": B}, f"{fmt(dc)} 08:12"],
        [{"t": "Specimen:", "f": B}, "Whole blood (EDTA), serum, fluoride plasma", {"t": "Received:", "f": B}, f"{fmt(dc)} 09:02"],
        [{"t": "Billing:", "f": B}, "Corporate scheme TEST-CORP / member 000000", {"t": "Reported:", "f": B}, f"{fmt(dc)} 15:40"],
    ]
    y = pg.table(40, 110, [72, 215, 62, 166], info, sz=8, head=0, grid="none", pad=2.2)
    pg.line(40, y + 4, 555, y + 4, w=1.2, col=G)
    rows = [
        "HAEMATOLOGY - FULL HAEMOGRAM",
        L("Haemoglobin", "11.2", "g/dL", "12.0 - 15.5", "L", 12.0, 15.5, aliases=["Hb", "Hemoglobin"]),
        L("Total WBC count", "6.4", "x10^9/L", "4.0 - 11.0", "", 4.0, 11.0, aliases=["WBC", "White cell count"]),
        L("Platelet count", "245", "x10^9/L", "150 - 450", "", 150, 450, aliases=["Platelets"]),
        L("MCV", "79", "fL", "80 - 100", "L", 80, 100, aliases=["Mean cell volume"]),
        "CLINICAL CHEMISTRY",
        L("Fasting blood glucose", "8.4", "mmol/L", "3.9 - 5.6", "H", 3.9, 5.6, aliases=["Glucose, fasting", "FBS"]),
        L("HbA1c", "7.9", "%", "4.0 - 5.6", "H", 4.0, 5.6, aliases=["Glycated haemoglobin", "Hemoglobin A1c"]),
        L("Creatinine", "88", "µmol/L", "45 - 90", "", 45, 90),
        L("eGFR (CKD-EPI 2021)", "68", "mL/min/1.73m²", ">60", "", 60, None, ">60", aliases=["eGFR"]),
        "LIPID PROFILE (FASTING)",
        L("Total cholesterol", "5.9", "mmol/L", "<5.2", "H", None, 5.2, "<5.2"),
        L("HDL cholesterol", "1.1", "mmol/L", ">1.2", "L", 1.2, None, ">1.2"),
        L("LDL cholesterol (calc.)", "3.8", "mmol/L", "<3.4", "H", None, 3.4, "<3.4", aliases=["LDL cholesterol"]),
        L("Triglycerides", "2.1", "mmol/L", "<1.7", "H", None, 1.7, "<1.7"),
        "PARASITOLOGY",
        L("Malaria RDT (Pf/Pan)", "Negative", "", "Negative", "", rt="Negative", aliases=["Malaria rapid test"]),
        "MICROBIOLOGY",
    ]
    trows = [["TEST", "RESULT", "FLAG", "UNITS", "REFERENCE RANGE"]]
    for r in rows:
        if isinstance(r, str):
            trows.append(r)
        else:
            trows.append(lab_cells(r))
            d.lab(r, dc)
    trows.append(["Urine culture & sensitivity", {"t": "PENDING", "f": "Helvetica-Oblique"}, "", "",
                  "Report to follow"])
    y = pg.table(40, y + 14, [175, 80, 40, 95, 125], trows, sz=8.3, head=1, grid="head",
                 head_fill=C(0.85, 0.92, 0.87), sec_fill=None, pad=2.8,
                 col_fonts=["Helvetica", "Helvetica", "Helvetica-Bold", "Helvetica", "Helvetica"])
    d.mn("labs", "Urine culture & sensitivity", "other", "pending, no result yet")
    y = pg.P(40, y + 16, 515, "Comment: Fasting glucose (8.4 mmol/L) and HbA1c (7.9 %) are above the "
             "target range; please correlate clinically and review glycaemic management. Lipid profile "
             "shows raised total cholesterol and triglycerides with a low HDL cholesterol. Mild "
             "microcytic picture (Hb 11.2 g/dL, MCV 79 fL) - consider iron studies.", sz=8.3)
    y = pg.P(40, y + 4, 515, "Urine culture: specimen received " + fmt(dc) + "; culture in progress. "
             "Final report will follow in 48-72 hours.", sz=8.3)
    pg.rect(40, y + 6, 300, 56, stroke=0.5, col=GREY)
    pg.T(46, y + 18, "HbA1c interpretation (ADA):", "Helvetica-Bold", 7.5)
    pg.T(46, y + 29, "Below 5.7 %: normal    5.7 - 6.4 %: prediabetes", sz=7.5)
    pg.T(46, y + 40, "6.5 % or above: consistent with diabetes mellitus", sz=7.5)
    pg.T(46, y + 51, "Targets for treated diabetes are individualised.", sz=7.5, col=GREY)
    d.mn("conditions", "prediabetes", "leaflet", "interpretation key printed on the report")
    pg.T(360, y + 24, "Performed by: M. Njeri, Medical Laboratory Technologist", sz=7.5)
    pg.T(360, y + 38, "Verified by: Dr. J. Otieno, Consultant Pathologist", sz=7.5)
    pg.hw(375, y + 56, "J. Otieno", sz=13, f=HAND_A, col=INK_BLUE, log=False)
    pg.T(297, y + 84, "*** End of Report ***", "Helvetica-Oblique", 8, al="c")
    pg.done()


# ---------------------------------------------------------------- 02 Australia, cumulative
def b02(d):
    fmt = f_dmy
    dates = [D("2024-11-28"), D("2025-01-17"), D("2025-03-13")]
    times = ["09:15", "08:40", "08:05"]
    pg = d.page()
    pg.foot_left = "Harbourside Pathology  |  Lab ID 25-0000318  |  Cumulative report"
    M, MB = "Courier", "Courier-Bold"
    pg.T(40, 50, "HARBOURSIDE PATHOLOGY", "Helvetica-Bold", 16, col=C(0.1, 0.2, 0.45))
    pg.T(40, 63, "Laboratory: 00 Example Parade, Parramatta NSW 2150   Ph (02) 5550 0000   Fax (02) 5550 0001",
         sz=7.5)
    pg.T(555, 50, "CUMULATIVE REPORT", "Helvetica-Bold", 11, al="r")
    pg.line(40, 72, 555, 72, w=1.0)
    hdr = [
        ("Patient :", "O'SULLIVAN, Margaret Anne", "Lab ID    :", "25-0000318"),
        ("DOB     :", "19/07/1949   Sex: F", "Medicare  :", "0000 00000 0 - 1"),
        ("Address :", "00 Sample Street, Westmead NSW", "Collected :", fmt(dates[2]) + " 08:05"),
        ("Req. Dr :", "Dr Peter Nguyen (Prov 000000AB)", "Reported  :", fmt(dates[2]) + " 13:52"),
        ("          ", "Riverbend Medical Centre", "Copy to   :", "Renal Clinic, Example Hospital"),
    ]
    y = 86
    for a, b, c2, e in hdr:
        pg.T(40, y, a, MB, 8.5)
        pg.T(95, y, b, M, 8.5)
        pg.T(330, y, c2, MB, 8.5)
        pg.T(400, y, e, M, 8.5)
        y += 11
    pg.T(40, y + 4, "Clinical notes: Renal function monitoring.", M, 8.5)
    y += 26
    xs = [40, 205, 277, 349, 422, 508]
    pg.T(xs[0], y, "RENAL / ELECTROLYTES", MB, 8.5)
    for i, dd in enumerate(dates):
        pg.T(xs[1 + i], y, fmt(dd), MB, 8.5)
    pg.T(xs[4], y, "Units", MB, 8.5)
    pg.T(xs[5], y, "Ref range", MB, 8.5)
    y += 10
    for i, tm in enumerate(times):
        pg.T(xs[1 + i] + 12, y, tm, M, 8)
    y += 14
    tests = [
        ("Sodium", ["139", "137", "134"], ["", "", "L"], "mmol/L", "135-145", 135, 145, None, ["Na"]),
        ("Potassium", ["4.6", "5.3", "6.3"], ["", "H", "HH"], "mmol/L", "3.5-5.2", 3.5, 5.2, None, ["K"]),
        ("Bicarbonate", ["24", "22", "21"], ["", "", "L"], "mmol/L", "22-32", 22, 32, None, ["HCO3"]),
        ("Urea", ["7.9", "9.4", "10.8"], ["", "H", "H"], "mmol/L", "2.5-8.0", 2.5, 8.0, None, []),
        ("Creatinine", ["118", "131", "142"], ["H", "H", "H"], "umol/L", "45-90", 45, 90, None, []),
        ("eGFR", ["41", "36", "33"], ["L", "L", "L"], "mL/min/1.73m2", ">59", 59, None, ">59",
         ["Estimated GFR"]),
        None,
        ("Haemoglobin", ["121", "118", "112"], ["", "", "L"], "g/L", "115-165", 115, 165, None,
         ["Hb", "Hemoglobin"]),
    ]
    for t in tests:
        if t is None:
            y += 8
            pg.T(xs[0], y, "FULL BLOOD COUNT (selected)", MB, 8.5)
            y += 14
            continue
        name, vals, fls, unit, ref, lo, hi, rt, al = t
        pg.T(xs[0], y, name, M, 8.5)
        for i, (v, fl) in enumerate(zip(vals, fls)):
            pg.T(xs[1 + i] + 6, y, v + (" " + fl if fl else ""), MB if fl else M, 8.5)
            d.lab(L(name, v, unit, ref, fl, lo, hi, rt, aliases=al), dates[i])
        pg.T(xs[4], y, unit, M, 8.5)
        pg.T(xs[5], y, ref, M, 8.5)
        y += 13
    y += 10
    pg.T(40, y, "Haemolysis index: not detected on all specimens.", M, 8.5)
    y += 13
    pg.T(40, y, "L = below reference interval   H = above   HH = critical high (phoned)", M, 8)
    y += 20
    pg.T(40, y, "COMMENT (" + fmt(dates[2]) + " specimen):", MB, 8.5)
    y += 12
    for ln in ["Potassium 6.3 mmol/L confirmed on repeat analysis; no haemolysis.",
               "Critical result phoned to Dr Nguyen's practice at 11:20 on " + fmt(dates[2]) + ",",
               "received by K. Lee (practice nurse). Progressive decline in eGFR since",
               fmt(dates[0]) + ". Suggest clinical review of potassium-raising medicines."]:
        pg.T(40, y, ln, M, 8.5)
        y += 11
    y += 10
    pg.T(40, y, "URINE ALBUMIN:CREATININE RATIO", MB, 8.5)
    pg.T(262, y, "Specimen received " + fmt(dates[2]) + " - result to follow", M, 8.5)
    d.mn("labs", "URINE ALBUMIN:CREATININE RATIO", "other", "pending, no value")
    y += 30
    pg.P(40, y, 515, "eGFR is calculated with the CKD-EPI (2021) equation and is reported as a whole "
         "number; eGFR values above 90 are reported as >90. eGFR may be unreliable in acute changes "
         "of renal function, extremes of body size, pregnancy and in patients under 18 years.",
         "Helvetica", 7.2, col=GREY)
    pg.T(40, y + 40, "Authorised by: Dr A. Fernando, Chemical Pathologist", "Helvetica", 8)
    pg.T(40, y + 52, "Tests requested: EUC, FBC, urine ACR", "Helvetica", 8, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 03 Pakistan, previous column
def b03(d):
    fmt = f_dmon_dash
    dc, dp = D("2025-03-14"), D("2025-01-02")
    pg = d.page()
    pg.foot_left = "ICDL  |  Lab # 2503-00581  |  This report is electronically verified"
    red = C(0.6, 0.08, 0.12)
    pg.T(297, 48, "INDUS CRESCENT DIAGNOSTIC LABORATORIES", "Helvetica-Bold", 15, col=red, al="c")
    pg.T(297, 61, "Main Lab: 00-Test Block, Gulberg III, Lahore  |  UAN: 042-000-000-00  |  "
         "info@icdl.example", sz=7.6, al="c")
    pg.line(40, 70, 555, 70, w=1.6, col=red)
    B = "Helvetica-Bold"
    info = [
        [{"t": "Patient", "f": B}, "Mr. Imran Qureshi", {"t": "MR #", "f": B}, "ICL-0000000581"],
        [{"t": "Age / Gender", "f": B}, "44 Y / Male", {"t": "Lab #", "f": B}, "2503-00581"],
        [{"t": "Consultant", "f": B}, "Dr. Sadia Javed (Gastroenterology)", {"t": "Collected", "f": B},
         fmt(dc) + " 09:30"],
        [{"t": "Panel / Ref", "f": B}, "Self / Walk-in, Collection Point DHA-0", {"t": "Reported", "f": B},
         fmt(dc) + " 18:05"],
    ]
    y = pg.table(40, 80, [80, 210, 70, 155], info, sz=8.2, head=0, grid="grid", lw=0.4)
    prev_h = "Previous Result (" + fmt(dp) + ")"
    tests = [
        "LIVER FUNCTION TESTS",
        (L("Total Bilirubin", "0.9", "mg/dL", "0.1 - 1.2", "", 0.1, 1.2, aliases=["Bilirubin total"]),
         L("Total Bilirubin", "1.1", "mg/dL", "0.1 - 1.2", "", 0.1, 1.2, aliases=["Bilirubin total"])),
        (L("ALT (SGPT)", "68", "U/L", "Up to 41", "H", None, 41, "Up to 41", aliases=["ALT", "SGPT"]),
         L("ALT (SGPT)", "92", "U/L", "Up to 41", "H", None, 41, "Up to 41", aliases=["ALT", "SGPT"])),
        (L("AST (SGOT)", "52", "U/L", "Up to 40", "H", None, 40, "Up to 40", aliases=["AST", "SGOT"]),
         L("AST (SGOT)", "71", "U/L", "Up to 40", "H", None, 40, "Up to 40", aliases=["AST", "SGOT"])),
        (L("Alkaline Phosphatase", "118", "U/L", "40 - 129", "", 40, 129, aliases=["ALP"]),
         L("Alkaline Phosphatase", "124", "U/L", "40 - 129", "", 40, 129, aliases=["ALP"])),
        (L("Gamma GT", "64", "U/L", "8 - 61", "H", 8, 61, aliases=["GGT"]),
         L("Gamma GT", "88", "U/L", "8 - 61", "H", 8, 61, aliases=["GGT"])),
        (L("Albumin", "4.1", "g/dL", "3.5 - 5.2", "", 3.5, 5.2),
         L("Albumin", "3.9", "g/dL", "3.5 - 5.2", "", 3.5, 5.2)),
        "HAEMATOLOGY",
        (L("Platelet Count", "162", "x10^3/uL", "150 - 450", "", 150, 450, aliases=["Platelets"]),
         L("Platelet Count", "148", "x10^3/uL", "150 - 450", "L", 150, 450, aliases=["Platelets"])),
        "VIRAL SEROLOGY (ECLIA)",
        (L("Anti-HCV", "Reactive", "", "Non-Reactive", "", rt="Non-Reactive", flag="abnormal",
           aliases=["Hepatitis C antibody"]),
         L("Anti-HCV", "Reactive", "", "Non-Reactive", "", rt="Non-Reactive", flag="abnormal",
           aliases=["Hepatitis C antibody"])),
        (L("HBsAg", "Non-Reactive", "", "Non-Reactive", "", rt="Non-Reactive",
           aliases=["Hepatitis B surface antigen"]),
         L("HBsAg", "Non-Reactive", "", "Non-Reactive", "", rt="Non-Reactive",
           aliases=["Hepatitis B surface antigen"])),
    ]
    rows = [["Test", "Result", "Unit", "Reference Range", prev_h]]
    for t in tests:
        if isinstance(t, str):
            rows.append(t)
            continue
        cur, prev = t
        cv = cur["val"] + (f"  {cur['fl']}" if cur["fl"] else "")
        if cur["name"] == "Anti-HCV":
            cv = "Reactive (COI 14.2)"
        pv = prev["val"] + (f"  {prev['fl']}" if prev["fl"] else "")
        if prev["name"] == "Anti-HCV":
            pv = "Reactive (COI 16.8)"
        bold = "Helvetica-Bold" if (cur["fl"] or cur["flag"] == "abnormal") else "Helvetica"
        rows.append([cur["name"], {"t": cv, "f": bold}, cur["unit"], cur["ref"], pv])
        d.lab(cur, dc)
        d.lab(prev, dp)
    rows.append(["HCV RNA PCR (Quantitative)", {"t": "Result awaited", "f": "Helvetica-Oblique"}, "IU/mL",
                 "Not detected", "-"])
    d.mn("labs", "HCV RNA PCR (Quantitative)", "other", "sample referred, result awaited")
    y = pg.table(40, y + 14, [150, 100, 60, 95, 110], rows, sz=8.3, head=1, grid="grid",
                 head_fill=C(0.93, 0.86, 0.86), sec_fill=C(0.96, 0.94, 0.94), lw=0.4,
                 aligns=["l", "l", "l", "l", "c"])
    y = pg.P(40, y + 16, 515, "Comments: ALT has decreased from 92 to 68 U/L and GGT from 88 to 64 U/L "
             "compared with the previous report dated " + fmt(dp) + ". Anti-HCV remains reactive "
             "(COI 14.2). A reactive antibody result indicates exposure to hepatitis C; HCV RNA PCR has "
             "been referred to the Molecular Section (turnaround 5 working days).", sz=8.2)
    y = pg.P(40, y + 4, 515, "Note: Values marked H / L are outside the reference range. Previous results "
             "are shown for comparison only and were reported on " + fmt(dp) + ".", sz=7.6, col=GREY)
    pg.T(40, y + 30, "Dr. Farah Naz", "Helvetica-Bold", 8.5)
    pg.T(40, y + 41, "MBBS, FCPS (Chemical Pathology)", sz=7.5)
    pg.T(330, y + 30, "Dr. Usman Tariq", "Helvetica-Bold", 8.5)
    pg.T(330, y + 41, "MBBS, M.Phil (Virology)", sz=7.5)
    pg.T(297, y + 66, "-- End of Report --", "Helvetica-Oblique", 8, al="c")
    pg.done()


# ---------------------------------------------------------------- 04 Qatar, SI + conventional
def b04(d):
    fmt = f_dmony
    dc = D("2025-03-11")
    pg = d.page()
    pg.foot_left = "Corniche Crest Medical Laboratory  |  Accession 25C-000211"
    teal = C(0.0, 0.38, 0.42)
    pg.rect(0, 0, pg.W, 78, fill=teal, stroke=0)
    pg.T(40, 36, "CORNICHE CREST MEDICAL LABORATORY", "Helvetica-Bold", 15, col=colors.white)
    pg.T(40, 50, "Building 00, Street 000, West Bay, Doha, State of Qatar", sz=8, col=colors.white)
    pg.T(40, 61, "Tel +974 0000 0000   |   lab@ccml.example", sz=8, col=colors.white)
    pg.T(555, 36, "Clinical Laboratory Report", "Helvetica-Bold", 10, col=colors.white, al="r")
    B = "Helvetica-Bold"
    info = [
        [{"t": "Name", "f": B}, "NOORA KHALID AL-MANNAI", {"t": "Accession", "f": B}, "25C-000211"],
        [{"t": "QID", "f": B}, "00000000000", {"t": "Health Card", "f": B}, "HC-00000000"],
        [{"t": "Age / Sex", "f": B}, "47 Y / Female", {"t": "Collected", "f": B}, fmt(dc) + " 07:45 (fasting)"],
        [{"t": "Referrer", "f": B}, "Dr. Samir Haddad, Pearl Family Medical Centre",
         {"t": "Reported", "f": B}, fmt(D("2025-03-12")) + " 10:20"],
    ]
    y = pg.table(40, 92, [62, 230, 70, 153], info, sz=8, head=0, grid="h", lw=0.3, line_col=GREY)
    dual = [
        (L("Glucose (Fasting)", "6.8", "mmol/L", "3.9 - 5.5", "H", 3.9, 5.5, aliases=["Fasting glucose"]),
         L("Glucose (Fasting)", "122", "mg/dL", "70 - 99", "H", 70, 99, aliases=["Fasting glucose"])),
        (L("HbA1c", "45", "mmol/mol", "20 - 38", "H", 20, 38, aliases=["Hemoglobin A1c"]),
         L("HbA1c", "6.3", "%", "4.0 - 5.6", "H", 4.0, 5.6, aliases=["Hemoglobin A1c"])),
        (L("Creatinine", "71", "µmol/L", "44 - 80", "", 44, 80),
         L("Creatinine", "0.80", "mg/dL", "0.50 - 0.90", "", 0.5, 0.9)),
        (L("Cholesterol, Total", "5.4", "mmol/L", "< 5.2", "H", None, 5.2, "< 5.2", aliases=["Total cholesterol"]),
         L("Cholesterol, Total", "209", "mg/dL", "< 200", "H", None, 200, "< 200", aliases=["Total cholesterol"])),
        (L("LDL Cholesterol", "3.6", "mmol/L", "< 3.4", "H", None, 3.4, "< 3.4"),
         L("LDL Cholesterol", "139", "mg/dL", "< 130", "H", None, 130, "< 130")),
        (L("HDL Cholesterol", "0.98", "mmol/L", "> 1.29", "L", 1.29, None, "> 1.29"),
         L("HDL Cholesterol", "38", "mg/dL", "> 50", "L", 50, None, "> 50")),
        (L("Triglycerides", "1.9", "mmol/L", "< 1.7", "H", None, 1.7, "< 1.7"),
         L("Triglycerides", "168", "mg/dL", "< 150", "H", None, 150, "< 150")),
        (L("Vitamin D, 25-Hydroxy", "38", "nmol/L", "75 - 250", "L", 75, 250, aliases=["25-OH Vitamin D"]),
         L("Vitamin D, 25-Hydroxy", "15.2", "ng/mL", "30 - 100", "L", 30, 100, aliases=["25-OH Vitamin D"])),
    ]
    y += 14
    pg.T(40, y, "CLINICAL CHEMISTRY", "Helvetica-Bold", 9.5, col=teal)
    y += 6
    pg.rect(40 + 128, y, 190, 13, fill=C(0.85, 0.93, 0.93), stroke=0)
    pg.rect(40 + 318, y, 167, 13, fill=C(0.93, 0.93, 0.88), stroke=0)
    pg.T(40 + 128 + 95, y + 9.5, "SI UNITS", "Helvetica-Bold", 7.5, al="c")
    pg.T(40 + 318 + 83, y + 9.5, "CONVENTIONAL UNITS", "Helvetica-Bold", 7.5, al="c")
    rows = [["Test", "Result", "Unit", "Reference", "Result", "Unit", "Reference", "Flag"]]
    for si, cv in dual:
        rows.append([si["name"], {"t": si["val"], "f": B if si["fl"] else None}, si["unit"], si["ref"],
                     cv["val"], cv["unit"], cv["ref"], {"t": si["fl"], "f": B}])
        d.lab(si, dc)
        d.lab(cv, dc, optional=True)
    y = pg.table(40, y + 13, [128, 45, 58, 87, 42, 45, 80, 30], rows, sz=8, head=1, grid="h",
                 lw=0.3, line_col=GREY, aligns=["l", "r", "l", "l", "r", "l", "l", "c"])
    y += 16
    pg.T(40, y, "HAEMATOLOGY / ENDOCRINOLOGY", "Helvetica-Bold", 9.5, col=teal)
    single = [
        L("Haemoglobin", "128", "g/L", "120 - 150", "", 120, 150, aliases=["Hb", "Hemoglobin"]),
        L("WBC", "6.1", "x10^9/L", "4.0 - 10.0", "", 4.0, 10.0, aliases=["White blood cells"]),
        L("Platelets", "288", "x10^9/L", "150 - 410", "", 150, 410, aliases=["Platelet count"]),
        L("TSH", "2.4", "mIU/L", "0.27 - 4.20", "", 0.27, 4.2, aliases=["Thyroid stimulating hormone"]),
    ]
    rows = [["Test", "Result", "Unit", "Reference", "Flag"]]
    for x in single:
        rows.append([x["name"], x["val"], x["unit"], x["ref"], x["fl"]])
        d.lab(x, dc)
    y = pg.table(40, y + 6, [128, 45, 58, 87, 30], rows, sz=8, head=1, grid="h", lw=0.3,
                 line_col=GREY, aligns=["l", "r", "l", "l", "c"])
    y += 14
    pg.P(40, y, 515, "SI units are the reporting standard of this laboratory; conventional units are "
         "printed for reference only and refer to the same specimen.", sz=7.6, col=GREY)
    pg.rect(40, y + 16, 515, 52, stroke=0.5, col=teal)
    pg.T(48, y + 28, "Interpretive guide - HbA1c (IFCC / NGSP)", "Helvetica-Bold", 7.8)
    pg.T(48, y + 40, "< 39 mmol/mol (< 5.7 %): normal     39 - 47 mmol/mol (5.7 - 6.4 %): prediabetes (increased risk)",
         sz=7.6)
    pg.T(48, y + 51, ">= 48 mmol/mol (>= 6.5 %): diagnostic of diabetes if confirmed on a repeat sample", sz=7.6)
    pg.T(48, y + 62, "Vitamin D: < 50 nmol/L deficiency; 50 - 74 nmol/L insufficiency", sz=7.6)
    d.mn("conditions", "prediabetes", "leaflet", "printed interpretive guide, not a diagnosis")
    pg.T(40, y + 96, "Validated by: Dr. Mariam Yousef, Consultant Clinical Pathologist", sz=8)
    pg.T(555, y + 96, "Page end", "Helvetica-Oblique", 7, col=GREY, al="r")
    pg.done()


# ---------------------------------------------------------------- 05 India, phone photo
def b05(d):
    fmt = f_dmy_dash
    dc = D("2025-03-14")
    pg = d.page()
    pg.foot_left = "NirmalPath Diagnostic Laboratory  |  Reg. No. NP/2503/00412"
    pur = C(0.35, 0.1, 0.45)
    pg.T(297, 46, "NirmalPath Diagnostic Laboratory", "Helvetica-Bold", 17, col=pur, al="c")
    pg.T(297, 60, "Shop 0, Test Arcade, Karve Road, Kothrud, Pune - 411000   Ph: +91 20 0000 0000",
         sz=8, al="c")
    pg.T(297, 71, "Fully computerised pathology laboratory  |  Home collection available", sz=7.5,
         al="c", col=GREY)
    pg.line(40, 78, 555, 78, w=1.5, col=pur)
    B = "Helvetica-Bold"
    info = [
        [{"t": "Patient Name", "f": B}, ": Mrs. SNEHA KULKARNI", {"t": "Reg. No.", "f": B}, ": NP/2503/00412"],
        [{"t": "Age / Sex", "f": B}, ": 34 Yrs / Female", {"t": "Collected On", "f": B}, ": " + fmt(dc) + " 08:40 AM"],
        [{"t": "Ref. By", "f": B}, ": Dr. A. Deshpande (MD Medicine)", {"t": "Reported On", "f": B}, ": " + fmt(dc) + " 05:10 PM"],
    ]
    y = pg.table(40, 88, [75, 215, 75, 150], info, sz=8.5, head=0, grid="none", pad=2)
    pg.line(40, y + 3, 555, y + 3, w=0.6)
    secs = [
        ("THYROID PROFILE (CLIA)", [
            L("T3 (Total)", "1.12", "ng/mL", "0.80 - 2.00", "", 0.8, 2.0, aliases=["Total T3", "T3"]),
            L("T4 (Total)", "8.4", "µg/dL", "5.1 - 14.1", "", 5.1, 14.1, aliases=["Total T4", "T4"]),
            L("TSH (Ultrasensitive)", "6.84", "µIU/mL", "0.27 - 4.20", "H", 0.27, 4.2, aliases=["TSH"]),
        ]),
        ("COMPLETE BLOOD COUNT", [
            L("Haemoglobin", "10.9", "g/dL", "12.0 - 15.0", "L", 12.0, 15.0, aliases=["Hb", "Hemoglobin"]),
            L("Total RBC Count", "4.62", "mill/cumm", "3.8 - 4.8", "", 3.8, 4.8, aliases=["RBC count"]),
            L("MCV", "72.4", "fL", "83 - 101", "L", 83, 101),
            L("Total Leucocyte Count", "7800", "/cumm", "4000 - 10000", "", 4000, 10000,
              aliases=["TLC", "WBC count"]),
            L("Platelet Count", "3.1", "lakhs/cumm", "1.5 - 4.1", "", 1.5, 4.1, aliases=["Platelets"]),
        ]),
        ("IRON STUDIES & VITAMINS", [
            L("Serum Ferritin", "9.6", "ng/mL", "13 - 150", "L", 13, 150, aliases=["Ferritin"]),
            L("Vitamin B12", "310", "pg/mL", "197 - 771", "", 197, 771, aliases=["Cobalamin"]),
        ]),
    ]
    y += 20
    pg.T(40, y, "INVESTIGATION", B, 8.5)
    pg.T(230, y, "RESULT", B, 8.5)
    pg.T(320, y, "UNIT", B, 8.5)
    pg.T(420, y, "BIOLOGICAL REF. INTERVAL", B, 8.5)
    pg.line(40, y + 5, 555, y + 5, w=0.6)
    y += 20
    for title, xs in secs:
        pg.T(297, y, title, B, 9.5, al="c")
        pg.line(240, y + 3, 354, y + 3, w=0.4)
        y += 16
        for x in xs:
            pg.T(48, y, x["name"], "Helvetica", 9)
            pg.T(230, y, x["val"] + ("  " + x["fl"] if x["fl"] else ""), B if x["fl"] else "Helvetica", 9)
            pg.T(320, y, x["unit"], "Helvetica", 9)
            pg.T(420, y, x["ref"], "Helvetica", 9)
            d.lab(x, dc)
            y += 14
        y += 8
    pg.line(40, y, 555, y, w=0.4, dash=(2, 2))
    y += 14
    pg.T(40, y, "Interpretation:", B, 8.5)
    y = pg.P(40, y + 12, 515, "1. A mildly raised TSH with a normal T4 may indicate subclinical "
             "hypothyroidism; a repeat test after 6-8 weeks is suggested before treatment decisions.",
             sz=8)
    y = pg.P(40, y + 2, 515, "2. Iron deficiency anaemia is commonly associated with low serum ferritin and "
             "microcytosis (low MCV). Correlate clinically.", sz=8)
    y = pg.P(40, y + 2, 515, "3. Trimester-specific TSH reference intervals apply in pregnancy "
             "(1st trimester 0.1 - 2.5 µIU/mL).", sz=8)
    d.mn("conditions", "subclinical hypothyroidism", "leaflet", "generic interpretive note on the report")
    d.mn("conditions", "Iron deficiency anaemia", "leaflet", "generic interpretive note on the report")
    pg.T(297, y + 18, "**** End of Report ****", "Helvetica-Oblique", 8, al="c")
    pg.hw(420, y + 46, "R. Patwardhan", sz=12, f=HAND_A, col=INK_BLUE, log=False)
    pg.T(420, y + 60, "Dr. R. Patwardhan", B, 8.5)
    pg.T(420, y + 71, "MD (Pathology)", sz=8)
    pg.T(40, y + 60, "Lab Technician: S. Jadhav", sz=8)
    pg.T(40, y + 71, "Results relate only to the sample tested.", sz=7.5, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 06 UK, GP referral letter
def b06(d):
    fmt = f_long
    today, labd, stopd = D("2025-03-12"), D("2025-03-10"), D("2025-02-24")
    pg = d.page()
    pg.foot_left = "Ashcombe Road Surgery  |  e-RS UBRN 0000 0000 0000  |  NHS No 999 000 0417"
    nhs = C(0.0, 0.37, 0.72)
    pg.T(555, 44, "Ashcombe Road Surgery", "Helvetica-Bold", 13, col=nhs, al="r")
    for i, ln in enumerate(["14 Ashcombe Road", "Bristol BS0 0ZZ", "Tel: 0117 496 0000",
                            "Practice code: Z00000"]):
        pg.T(555, 57 + i * 10, ln, sz=8, al="r")
    pg.T(40, 60, "Rheumatology Department", sz=9)
    pg.T(40, 71, "Avon Vale NHS Foundation Trust", sz=9)
    pg.T(40, 82, "Via NHS e-Referral Service (routine)", sz=9)
    pg.T(40, 108, "Date: " + fmt(today), sz=9)
    y = 128
    pg.T(40, y, "Re: Mrs Helen Margaret PRICE   DOB: 9 June 1966   NHS No: 999 000 0417", "Helvetica-Bold", 9)
    pg.T(40, y + 11, "00 Sample Close, Bristol BS0 0ZZ   Tel: 07700 900000", sz=9)
    y += 32
    body = [
        "Dear Colleague,",
        "Thank you for seeing Mrs Price, a 58-year-old retired teacher, with a ten-week history of "
        "symmetrical pain, swelling and early-morning stiffness lasting about 90 minutes in the small "
        "joints of both hands and wrists. On examination today there was soft-tissue swelling and "
        "tenderness of the 2nd and 3rd MCP joints bilaterally and of the right wrist. She denies fever, "
        "night sweats or weight loss, and has no rash, mouth ulcers or dry eyes. Her mother had "
        "rheumatoid arthritis.",
        "Her blood tests on " + fmt(labd) + " showed CRP 24 mg/L (ref <5), ESR 38 mm/hr (ref 0-20) and "
        "rheumatoid factor 46 IU/mL (ref <14); platelets were 412 x10^9/L (ref 150-400) and the rest of "
        "the full blood count was normal. Anti-CCP antibodies were sent on the same day and the result "
        "is still pending.",
        "Naproxen 500 mg twice daily helped a little but was stopped on " + fmt(stopd) + " because of "
        "dyspepsia, and she now takes omeprazole. To bridge the wait for your clinic I gave her a "
        "single intramuscular injection of Depo-Medrone 80 mg in the surgery today. I have not started "
        "a DMARD; I would be happy to prescribe methotrexate under shared care if you feel it is "
        "indicated once you have seen her.",
        "She declined the influenza vaccine in October 2024. She has not yet had Shingrix or the "
        "pneumococcal vaccine (PPV23); both will be due before any immunosuppression is started.",
        "I would be grateful for your assessment of possible early inflammatory arthritis.",
    ]
    for para in body:
        y = pg.P(40, y, 515, para, sz=9, lead=12) + 5
    y = pg.P(40, y + 2, 515, "Yours sincerely,", sz=9) + 2
    pg.hw(42, y + 14, "A. Carter", sz=14, f=HAND_A, col=INK_BLUE, log=False)
    y += 26
    pg.T(40, y, "Dr Alison Carter MBChB MRCGP, General Practitioner (GMC 0000000)", sz=9)
    y += 18
    pg.line(40, y, 555, y, w=0.6, col=nhs)
    pg.T(40, y + 11, "Summary from clinical record (printed " + f_dmony(today) + ")", "Helvetica-Bold",
         8.5, col=nhs)
    y += 22
    colx = 300
    # left column: problems, allergies, values
    ly = y
    pg.T(40, ly, "Active problems", "Helvetica-Bold", 8)
    for ds, name in [("12 Jan 2014", "Essential hypertension"), ("03 Jul 2019", "Type 2 diabetes mellitus"),
                     ("18 Nov 2021", "Osteoarthritis of knee (bilateral)")]:
        ly += 10
        pg.T(40, ly, ds, sz=7.8)
        pg.T(100, ly, name, sz=7.8)
    d.cond("Essential hypertension", "active", aliases=["Hypertension"])
    d.cond("Type 2 diabetes mellitus", "active", aliases=["Type 2 diabetes"])
    d.cond("Osteoarthritis of knee (bilateral)", "active", aliases=["Osteoarthritis of knee", "Osteoarthritis"])
    ly += 14
    pg.T(40, ly, "Past / inactive problems", "Helvetica-Bold", 8)
    for ds, name in [("22 Aug 2016", "Gallstones - laparoscopic cholecystectomy"),
                     ("05 Feb 2009", "Fracture of distal radius, left (healed)")]:
        ly += 10
        pg.T(40, ly, ds, sz=7.8)
        pg.T(100, ly, name, sz=7.8)
    d.mn("conditions", "Gallstones", "historical", "past problem, cholecystectomy 2016")
    d.mn("conditions", "Fracture of distal radius", "historical", "healed 2009 fracture")
    ly += 14
    pg.T(40, ly, "Allergies / sensitivities", "Helvetica-Bold", 8)
    ly += 10
    pg.T(40, ly, "Penicillins - rash (recorded 2002)", sz=7.8)
    d.allergy("Penicillins", "rash", None)
    ly += 14
    pg.T(40, ly, "Recent values (" + f_dmony(today) + ")", "Helvetica-Bold", 8)
    for lab_, val in [("Blood pressure", "142/86 mmHg"), ("Pulse", "78 /min"), ("Weight", "82.4 kg"),
                      ("BMI", "31.2 kg/m2")]:
        ly += 10
        pg.T(40, ly, lab_, sz=7.8)
        pg.T(120, ly, val, sz=7.8)
    d.vital("blood_pressure", "142/86", "mmHg")
    d.vital("heart_rate", "78", "/min")
    d.vital("weight", "82.4", "kg")
    d.vital("bmi", "31.2", "kg/m2")
    ly += 10
    pg.T(40, ly, "HbA1c (14 Jan 2025)", sz=7.8)
    pg.T(120, ly, "52 mmol/mol", sz=7.8)
    # right column: medication
    ry = y
    pg.T(colx, ry, "Repeat medication", "Helvetica-Bold", 8)
    meds = [
        ("Ramipril 5mg capsules", "one daily"),
        ("Metformin 500mg tablets", "one twice a day with food"),
        ("Atorvastatin 20mg tablets", "one at night"),
        ("Omeprazole 20mg gastro-resistant capsules", "one daily (started 24 Feb 2025)"),
        ("Paracetamol 500mg tablets", "two up to four times a day when required"),
    ]
    for n, s in meds:
        ry += 10
        pg.T(colx, ry, n, sz=7.8)
        ry += 9
        pg.T(colx + 10, ry, s, "Helvetica-Oblique", 7.5, col=GREY)
    d.med("ramipril", None, "5", "mg", "oral", "once daily", "active")
    d.med("metformin", None, "500", "mg", "oral", "twice daily", "active")
    d.med("atorvastatin", None, "20", "mg", "oral", "at night", "active")
    d.med("omeprazole", None, "20", "mg", "oral", "once daily", "active", also=["new"])
    d.med("paracetamol", None, "500", "mg", "oral", "up to four times a day when required", "active")
    ry += 14
    pg.T(colx, ry, "Discontinued medication", "Helvetica-Bold", 8)
    ry += 10
    pg.T(colx, ry, "Naproxen 500mg tablets - one twice a day", sz=7.8)
    ry += 9
    pg.T(colx + 10, ry, "stopped 24 Feb 2025 (dyspepsia)", "Helvetica-Oblique", 7.5, col=GREY)
    d.med("naproxen", None, "500", "mg", "oral", "twice daily", "stopped")
    d.mn("medications", "Naproxen", "stopped", "stopped 24 Feb 2025")
    ry += 14
    pg.T(colx, ry, "Acute - administered in surgery", "Helvetica-Bold", 8)
    ry += 10
    pg.T(colx, ry, "Depo-Medrone 80mg/2ml injection - 80mg IM once", sz=7.8)
    ry += 9
    pg.T(colx + 10, ry, "given " + f_dmony(today) + ", left gluteal", "Helvetica-Oblique", 7.5, col=GREY)
    d.mn("medications", "Depo-Medrone", "other", "single IM dose given in the surgery")
    # labs from letter
    for x in [L("CRP", "24", "mg/L", "<5", "", None, 5, "<5", flag="high", aliases=["C-reactive protein"]),
              L("ESR", "38", "mm/hr", "0-20", "", 0, 20, flag="high", aliases=["Erythrocyte sedimentation rate"]),
              L("rheumatoid factor", "46", "IU/mL", "<14", "", None, 14, "<14", flag="high",
                aliases=["Rheumatoid factor", "RF"]),
              L("platelets", "412", "x10^9/L", "150-400", "", 150, 400, flag="high",
                aliases=["Platelet count"])]:
        d.lab(x, labd)
    d.lab(L("HbA1c", "52", "mmol/mol", "", "", flag=None, aliases=["Haemoglobin A1c"]), D("2025-01-14"))
    d.mn("labs", "Anti-CCP antibodies", "other", "sent, result pending")
    d.mn("medications", "methotrexate", "planned", "would be started only if rheumatology advises")
    d.mn("conditions", "rheumatoid arthritis", "family", "mother; in the patient only suspected")
    d.mn("conditions", "inflammatory arthritis", "other", "suspected, reason for referral, not confirmed")
    d.mn("conditions", "fever", "negated", "denies fever")
    d.mn("conditions", "weight loss", "negated", "denies weight loss")
    d.mn("immunizations", "influenza vaccine", "other", "declined October 2024")
    d.mn("immunizations", "Shingrix", "due", "not yet given, due before immunosuppression")
    d.mn("immunizations", "PPV23", "due", "not yet given, due before immunosuppression")
    pg.done()


# ---------------------------------------------------------------- 07 Ireland, specialist letter
def b07(d):
    fmt = f_long_ord
    clinic, typed, bloods = D("2025-03-11"), D("2025-03-12"), D("2025-03-04")
    pg = d.page()
    pg.foot_left = "Corrib Valley University Hospital  |  MRN 0000417  |  Dictated " + fmt(clinic) + ", typed " + fmt(typed)
    green = C(0.0, 0.40, 0.30)
    pg.T(297, 44, "CORRIB VALLEY UNIVERSITY HOSPITAL", "Times-Bold", 15, col=green, al="c")
    pg.T(297, 57, "Department of Diabetes & Endocrinology", "Times-Italic", 10.5, al="c")
    pg.T(297, 69, "Lough Atalia Campus, Galway   |   Tel: 091 000 000   |   Fax: 091 000 001", "Times-Roman", 8.5, al="c")
    pg.line(60, 76, 535, 76, w=0.8, col=green)
    pg.T(60, 96, "Dr Ciarán Walsh", "Times-Roman", 10)
    pg.T(60, 108, "Quay Street Family Practice", "Times-Roman", 10)
    pg.T(60, 120, "Galway", "Times-Roman", 10)
    pg.T(535, 96, "Date of clinic: " + fmt(clinic), "Times-Roman", 10, al="r")
    pg.T(535, 108, "Date typed: " + fmt(typed), "Times-Roman", 10, al="r")
    pg.T(535, 120, "Our ref: NOC/END/0000", "Times-Roman", 10, al="r")
    y = 146
    pg.T(60, y, "RE:  Ms Aoife BRENNAN,  DOB " + fmt(D("1989-07-22")) + ",  MRN 0000417", "Times-Bold", 10.5)
    pg.T(60, y + 12, "       00 Test Road, Salthill, Galway", "Times-Roman", 10)
    y += 32
    pg.T(60, y, "Diagnoses:", "Times-Bold", 10)
    for i, s in enumerate(["1.  Graves' disease (diagnosed November 2024)",
                           "2.  Asthma, mild intermittent",
                           "3.  Vitamin D deficiency - treated, now replete"]):
        pg.T(80, y + 13 + i * 12, s, "Times-Roman", 10)
    d.cond("Graves' disease", "active", aliases=["Graves disease", "Hyperthyroidism"])
    d.cond("Asthma, mild intermittent", "active", aliases=["Asthma"])
    d.mn("conditions", "Vitamin D deficiency", "historical", "treated, now replete")
    y += 56
    pg.T(60, y, "Medication:", "Times-Bold", 10)
    meds = ["Carbimazole (Neo-Mercazole) 10 mg once daily - reduced from 20 mg today",
            "Salbutamol (Ventolin Evohaler) 100 micrograms, 2 puffs as required",
            "Levonorgestrel/ethinylestradiol (Microgynon 30) 150/30 micrograms once daily",
            "Propranolol (Inderal) 40 mg three times daily - STOPPED today",
            "Colecalciferol (Desunin) 4000 IU daily - 8-week course completed February 2025"]
    for i, s in enumerate(meds):
        pg.T(80, y + 13 + i * 12, "-  " + s, "Times-Roman", 10)
    d.med("carbimazole", "Neo-Mercazole", "10", "mg", "oral", "once daily", "changed")
    d.med("salbutamol", "Ventolin Evohaler", "100", "micrograms", "inhaled", "2 puffs as required", "active")
    d.med("levonorgestrel/ethinylestradiol", "Microgynon 30", "150/30", "micrograms", "oral", "once daily",
          "active")
    d.med("propranolol", "Inderal", "40", "mg", "oral", "three times daily", "stopped")
    d.mn("medications", "Propranolol", "stopped", "stopped at this visit")
    d.med("colecalciferol", "Desunin", "4000", "IU", "oral", "daily", "completed")
    d.mn("medications", "Colecalciferol", "stopped", "course completed February 2025")
    y += 80
    pg.T(60, y, "Allergies:  No known drug allergies.", "Times-Roman", 10)
    d.mn("allergies", "No known drug allergies", "negated", "NKDA")
    y += 22
    body = [
        "Dear Dr Walsh,",
        "I reviewed Aoife in the endocrine clinic today. She feels much better since starting carbimazole: "
        "her palpitations and heat intolerance have settled, she is sleeping well and she has regained "
        "weight. She has no eye symptoms - no grittiness, diplopia or change in appearance - and there "
        "is no clinical evidence of thyroid eye disease. Her asthma is quiet and she uses her reliever "
        "about once a month.",
        "On examination her pulse was 74 bpm and regular, blood pressure 118/72 mmHg and weight 61.4 kg "
        "(up 3.2 kg since November). She has a small diffuse goitre without a bruit, no tremor and no "
        "lid lag or proptosis.",
        "Her bloods on " + fmt(bloods) + " showed free T4 14.8 pmol/L (12.0-22.0) and TSH <0.01 mIU/L "
        "(0.27-4.20), with TSH receptor antibodies 6.2 IU/L (<1.75). Her 25-OH vitamin D is now "
        "72 nmol/L (50-125) and her neutrophils are 2.9 x10^9/L (2.0-7.5); the rest of her FBC and "
        "LFTs were normal. At diagnosis in November her free T4 was 38.6 pmol/L.",
        "Plan: I have reduced carbimazole to 10 mg once daily and stopped propranolol, as her heart rate "
        "is now controlled. Repeat TFTs in 6 weeks (form given). We plan a total course of 12-18 months; "
        "if she relapses after stopping, radioactive iodine or surgery would be considered. She has "
        "been given written information on agranulocytosis and knows to stop carbimazole and attend "
        "for an urgent FBC if she develops a sore throat, mouth ulcers or fever. She understands that "
        "carbimazole should be avoided in pregnancy and continues her combined pill.",
        "Her sister has coeliac disease and her maternal aunt has hypothyroidism.",
        "I will see her again in the clinic in three months.",
    ]
    for para in body:
        y = pg.P(60, y, 475, para, "Times-Roman", 10, lead=12.6) + 5
    y += 4
    pg.T(60, y, "Yours sincerely,", "Times-Roman", 10)
    pg.hw(62, y + 24, "Niamh O'Connor", sz=14, f=HAND_A, col=INK_BLACK, log=False)
    pg.T(60, y + 40, "Dr Niamh O'Connor, Consultant Endocrinologist (MCRN 000000)", "Times-Bold", 10)
    pg.T(60, y + 52, "cc: Ms Aoife Brennan (patient)", "Times-Roman", 9)
    d.vital("heart_rate", "74", "bpm")
    d.vital("blood_pressure", "118/72", "mmHg")
    d.vital("weight", "61.4", "kg")
    d.lab(L("free T4", "14.8", "pmol/L", "12.0-22.0", "", 12.0, 22.0, aliases=["Free T4", "FT4"]), bloods)
    d.lab(L("TSH", "<0.01", "mIU/L", "0.27-4.20", "", 0.27, 4.2, flag="low", num=None), bloods)
    d.lab(L("TSH receptor antibodies", "6.2", "IU/L", "<1.75", "", None, 1.75, "<1.75", flag="high",
            aliases=["TRAb"]), bloods)
    d.lab(L("25-OH vitamin D", "72", "nmol/L", "50-125", "", 50, 125, aliases=["Vitamin D"]), bloods)
    d.lab(L("neutrophils", "2.9", "x10^9/L", "2.0-7.5", "", 2.0, 7.5, aliases=["Neutrophil count"]), bloods)
    d.lab(L("free T4", "38.6", "pmol/L", "12.0-22.0", "", 12.0, 22.0, flag="high", aliases=["Free T4", "FT4"],
            optional=True), None)
    d.mn("conditions", "thyroid eye disease", "negated", "no clinical evidence")
    d.mn("medications", "radioactive iodine", "planned", "only if relapse")
    d.mn("labs", "TFTs", "planned", "repeat in 6 weeks")
    d.mn("conditions", "agranulocytosis", "leaflet", "written safety information, not a diagnosis")
    d.mn("conditions", "coeliac disease", "family", "sister")
    d.mn("conditions", "hypothyroidism", "family", "maternal aunt")
    pg.done()


# ---------------------------------------------------------------- 08 Canada, telehealth note
def b08(d):
    fmt = f_iso
    visit, labs_d = D("2025-03-12"), D("2025-02-20")
    pg = d.page()
    pg.foot_left = "Lakeshore Family Health Team  |  Virtual care note  |  Signed electronically " + fmt(visit)
    navy = C(0.1, 0.18, 0.38)
    pg.T(40, 44, "Lakeshore Family Health Team", "Helvetica-Bold", 13, col=navy)
    pg.T(40, 56, "000 Example Street, Toronto ON  M0M 0M0   |   Tel 416-555-0142   |   Fax 416-555-0143", sz=7.8)
    pg.T(572, 44, "VIRTUAL CARE VISIT NOTE", "Helvetica-Bold", 11, al="r")
    pg.line(40, 63, 572, 63, w=0.8, col=navy)
    B = "Helvetica-Bold"
    info = [
        [{"t": "Patient", "f": B}, "TREMBLAY, Daniel", {"t": "Visit", "f": B}, fmt(visit) + " 10:40-10:58"],
        [{"t": "DOB", "f": B}, fmt(D("1971-05-23")) + " (53 y, M)", {"t": "Modality", "f": B},
         "Secure video; patient at home (Mississauga)"],
        [{"t": "Health card", "f": B}, "0000-000-000-XX", {"t": "Provider", "f": B}, "Priya Raman, MD CCFP"],
        [{"t": "Chart #", "f": B}, "LFHT-000000", {"t": "Consent", "f": B},
         "Verbal consent to virtual care obtained"],
    ]
    y = pg.table(40, 72, [70, 180, 60, 222], info, sz=8, head=0, grid="none", pad=2)
    sec = lambda yy, t: (pg.T(40, yy, t, B, 9, col=navy), pg.line(40, yy + 3, 572, yy + 3, w=0.3, col=GREY))
    y += 12
    sec(y, "Reason for visit")
    y = pg.P(40, y + 14, 532, "Follow-up of GERD, mood and type 2 diabetes; medication review.", sz=8.8) + 4
    sec(y, "Subjective")
    y = pg.P(40, y + 14, 532, "Heartburn much improved since starting Pantoloc on 2025-01-08; symptom-free "
             "most days. Denies chest pain, dysphagia, vomiting, melena or unintentional weight loss. Mood "
             "improved on sertraline: sleeping better, back at work full time. PHQ-9 today 6 (14 on "
             "2025-01-08). Denies suicidal ideation. Had viral gastroenteritis last week, now resolved; "
             "metformin has been on hold since 2025-03-05 while he was eating poorly and he will restart "
             "it once eating normally for 48 hours. Father had a myocardial infarction at age 52.", sz=8.8) + 4
    sec(y, "Objective (patient-reported, home devices)")
    y = pg.P(40, y + 14, 532, "Home BP 134/82 mmHg (average of 3 readings this week), HR 72 bpm (home "
             "cuff), weight 88.5 kg (home scale). Appears well on video, speaking full sentences, no "
             "distress. No physical examination possible.", sz=8.8) + 6
    d.vital("blood_pressure", "134/82", "mmHg")
    d.vital("heart_rate", "72", "bpm")
    d.vital("weight", "88.5", "kg")
    pg.T(40, y, "Results reviewed (community laboratory, collected " + fmt(labs_d) + ")", B, 8.5)
    labs = [L("Hemoglobin A1c", "6.9", "%", "<=6.0", "H", None, 6.0, "<=6.0", aliases=["HbA1c", "A1C"]),
            L("LDL cholesterol", "2.1", "mmol/L", "<3.5", "", None, 3.5, "<3.5", aliases=["LDL-C"]),
            L("eGFR", "78", "mL/min/1.73m2", ">60", "", 60, None, ">60"),
            L("ALT", "31", "U/L", "<50", "", None, 50, "<50")]
    rows = [["Test", "Result", "Units", "Reference", "Flag"]]
    for x in labs:
        rows.append([x["name"], x["val"], x["unit"], x["ref"], x["fl"]])
        d.lab(x, labs_d)
    y = pg.table(52, y + 5, [140, 50, 90, 70, 35], rows, sz=8, head=1, grid="head", pad=2) + 12
    sec(y, "Medications reviewed")
    mrows = [["Medication", "Dose / directions", "Status"],
             ["Pantoloc (pantoprazole)", "40 mg PO daily -> now 20 mg PO daily", "Changed today"],
             ["Zoloft (sertraline)", "100 mg PO daily", "Continue"],
             ["Crestor (rosuvastatin)", "10 mg PO daily", "Continue"],
             ["Glucophage (metformin)", "500 mg PO BID", "On hold since 2025-03-05"],
             ["Ranitidine", "150 mg PO BID", "Discontinued 2020 (product recall)"]]
    y = pg.table(52, y + 7, [150, 200, 170], mrows, sz=8, head=1, grid="h", pad=2, lw=0.3,
                 line_col=GREY) + 6
    d.med("pantoprazole", "Pantoloc", "20", "mg", "PO", "daily", "changed")
    d.med("sertraline", "Zoloft", "100", "mg", "PO", "daily", "active")
    d.med("rosuvastatin", "Crestor", "10", "mg", "PO", "daily", "active")
    d.med("metformin", "Glucophage", "500", "mg", "PO", "BID", "held")
    d.mn("medications", "Glucophage", "stopped", "on hold during gastroenteritis")
    d.med("ranitidine", None, "150", "mg", "PO", "BID", "stopped")
    d.mn("medications", "Ranitidine", "stopped", "discontinued 2020")
    pg.T(40, y + 4, "Allergies: Sulfonamide antibiotics - hives (1998).", B, 8.5)
    d.allergy("Sulfonamide antibiotics", "hives", None)
    y += 18
    sec(y, "Assessment and plan")
    plan = [
        "1. GERD - improved. Step down Pantoloc from 40 mg to 20 mg daily for 8 weeks, then reassess. "
        "Urea breath test for H. pylori requisitioned (to be done 2 weeks off PPI).",
        "2. Major depressive disorder, single episode - improving. Continue Zoloft 100 mg daily.",
        "3. Type 2 diabetes mellitus - HbA1c 6.9%. Restart metformin when eating normally. If HbA1c "
        "remains above 7.0% at the next check, start Ozempic (semaglutide) 0.25 mg SC weekly.",
        "4. Dyslipidemia - LDL at target; continue Crestor 10 mg daily.",
        "5. Immunizations - Shingrix dose 1 given 2024-11-18 at community pharmacy (lot A00SH01). "
        "Shingrix dose 2 due May 2025; reminder set. COVID-19 booster offered and declined today.",
        "Red-flag symptoms reviewed. Virtual follow-up in 8 weeks, sooner if concerns. Total time 18 min.",
    ]
    y += 14
    for p_ in plan:
        y = pg.P(40, y, 532, p_, sz=8.8) + 2
    d.cond("GERD", "active", aliases=["Gastro-oesophageal reflux disease", "Gastroesophageal reflux disease"])
    d.cond("Major depressive disorder, single episode", "active", aliases=["Major depressive disorder", "Depression"])
    d.cond("Type 2 diabetes mellitus", "active", aliases=["Type 2 diabetes"])
    d.cond("Dyslipidemia", "active", aliases=["Hyperlipidemia"])
    d.imm("Shingrix", D("2024-11-18"), 1, "A00SH01", "Shingrix")
    d.mn("immunizations", "Shingrix dose 2", "due", "due May 2025")
    d.mn("immunizations", "COVID-19 booster", "other", "declined today")
    d.mn("medications", "Ozempic", "planned", "start only if HbA1c remains above 7.0%")
    d.mn("labs", "Urea breath test", "planned", "requisitioned, not done")
    d.mn("conditions", "chest pain", "negated", "denies")
    d.mn("conditions", "dysphagia", "negated", "denies")
    d.mn("conditions", "myocardial infarction", "family", "father")
    d.mn("conditions", "gastroenteritis", "historical", "last week, resolved")
    pg.hw(400, y + 14, "P. Raman", sz=13, f=HAND_A, col=INK_BLUE, log=False)
    pg.T(400, y + 26, "Priya Raman, MD CCFP", sz=8.5)
    pg.done()


# ---------------------------------------------------------------- 09 Jamaica, ED record (scan)
def b09(d):
    fmt = f_dmy
    day1, day2 = D("2025-03-12"), D("2025-03-13")
    pg = d.page()
    pg.foot_left = "HHRH A&E  |  Hosp No HH-000000  |  Form AE-01 (rev. 2019)"

    def head(p):
        p.T(297, 40, "HARBOUR HEIGHTS REGIONAL HOSPITAL", "Helvetica-Bold", 13, al="c")
        p.T(297, 52, "Accident & Emergency Department  -  00 Example Road, Kingston  -  Tel (876) 000-0000",
            sz=8, al="c")
        p.T(297, 64, "EMERGENCY MEDICAL RECORD", "Helvetica-Bold", 10, al="c")
        p.line(36, 69, 559, 69, w=1)
        p.T(40, 80, "Name: Andre CAMPBELL     Age: 46     Sex: M     Hosp No: HH-000000     Date: " + fmt(day1),
            "Helvetica-Bold", 8.5)
    pg.on_new = head
    head(pg)
    B = "Helvetica-Bold"
    y = 96
    pg.T(40, y, "Arrival: 21:05 by private vehicle      Triage time: 21:14      Triage category: 2 (Emergent)",
         sz=8.5)
    tri = [["BP", "HR", "RR", "Temp", "SpO2", "CBG", "Pain", "Weight"],
           ["168/98 mmHg", "104 bpm", "20 /min", "36.8 °C", "97% RA", "7.2 mmol/L", "7/10", "94 kg (stated)"]]
    y = pg.table(40, y + 8, [70, 55, 55, 55, 55, 65, 40, 120], tri, sz=8.5, head=1, grid="grid",
                 head_fill=LGREY)
    d.vital("blood_pressure", "168/98", "mmHg")
    d.vital("heart_rate", "104", "bpm")
    d.vital("respiratory_rate", "20", "/min")
    d.vital("temperature", "36.8", "°C")
    d.vital("oxygen_saturation", "97", "%")
    d.vital("weight", "94", "kg")
    d.lab(L("CBG", "7.2", "mmol/L", "", "", flag=None, aliases=["Capillary blood glucose"]), day1, optional=True)
    blocks = [
        ("Presenting complaint", "Central chest tightness for 3 hours."),
        ("History of presenting complaint",
         "46-year-old man, known hypertensive, with central chest tightness that began after lifting crates "
         "at work. Pain is sharp, worse on twisting and deep breathing, non-radiating, and reproduced by "
         "pressing on the left side of the chest. No diaphoresis. Denies shortness of breath, palpitations "
         "or syncope. No history of diabetes. Admits missing doses of his blood pressure tablets."),
        ("Past medical history",
         "Hypertension x 8 years. Sickle cell trait. Appendicectomy (1999)."),
        ("Medications at home", "Amlodipine 5 mg OD; Hydrochlorothiazide 25 mg OD (poor adherence)."),
        ("Allergies", "NKDA"),
        ("Social / family history",
         "Warehouse supervisor. Smokes about 10 cigarettes/day; alcohol socially. Father died of a stroke "
         "aged 60."),
        ("Examination",
         "Alert, anxious, not pale. Chest wall tender over the left 4th costochondral junction, reproducing "
         "the pain. Heart sounds I + II, no murmurs. Chest clear, equal air entry. Abdomen soft, non-tender. "
         "No calf tenderness or leg swelling."),
    ]
    y += 12
    for t, s in blocks:
        pg.T(40, y, t + ":", B, 8.8)
        y = pg.P(40, y + 11, 515, s, sz=8.8, lead=11.2) + 6
    d.mn("conditions", "diabetes", "negated", "no history of diabetes")
    d.mn("conditions", "shortness of breath", "negated", "denies")
    d.mn("conditions", "Appendicectomy", "historical", "1999 operation")
    d.mn("conditions", "stroke", "family", "father")
    d.mn("allergies", "NKDA", "negated", "no known drug allergies")
    pg.hw(400, y + 18, "K. Brown-Morgan", sz=13, f=HAND_A, col=INK_BLACK, log=False)
    pg.T(400, y + 30, "Seen by: Dr K. Brown-Morgan (SHO) 21:35", sz=8)
    y += 48
    pg.rect(40, y, 515, 150, stroke=0.7)
    pg.T(46, y + 12, "TRIAGE / NURSING NOTES", B, 8.5)
    notes = ["21:14  c/o chest tightness x 3 hrs. Alert, talking. Pain 7/10.",
             "21:20  ECG done - shown to Dr. IV access L hand, bloods sent.",
             "21:40  Aspirin 300mg given as ordered. GTN 0.4mg SL 21:42.",
             "22:30  Paracetamol 1g PO. Pt resting, pain 4/10.",
             "00:35  2nd troponin sent. Pt asleep, obs stable.",
             "01:30  D/C home with wife. Rx + advice given. N. Grant RN"]
    for i, s in enumerate(notes):
        pg.line(46, y + 36 + i * 19, 549, y + 36 + i * 19, w=0.3, col=GREY)
        pg.hw(50, y + 33 + i * 19, s, sz=10.5, f=HAND_B, col=INK_BLUE)
    pg.next()
    y = 100
    pg.T(40, y, "Investigations", B, 9.5)
    inv = [
        L("hs-Troponin I (0 h)", "6", "ng/L", "<34", "", None, 34, "<34", aliases=["Troponin I"]),
        L("Potassium", "3.4", "mmol/L", "3.5-5.1", "L", 3.5, 5.1, aliases=["K"]),
        L("Creatinine", "104", "µmol/L", "62-115", "", 62, 115),
        L("Haemoglobin", "14.6", "g/dL", "13.0-17.0", "", 13.0, 17.0, aliases=["Hb", "Hemoglobin"]),
        L("WBC", "8.1", "x10^9/L", "4.0-11.0", "", 4.0, 11.0, aliases=["White cell count"]),
    ]
    rows = [["Test", "Time / date", "Result", "Reference"]]
    for x in inv:
        rows.append([x["name"], "21:30  " + fmt(day1), x["val"] + " " + x["unit"] + (" " + x["fl"] if x["fl"] else ""),
                     x["ref"]])
        d.lab(x, day1)
    t3 = L("hs-Troponin I (3 h)", "7", "ng/L", "<34", "", None, 34, "<34", aliases=["Troponin I"])
    rows.append([t3["name"], "00:35  " + fmt(day2), "7 ng/L", "<34"])
    d.lab(t3, day2)
    y = pg.table(40, y + 6, [150, 120, 120, 125], rows, sz=8.5, head=1, grid="grid", head_fill=LGREY)
    y = pg.P(40, y + 14, 515, "ECG 21:20: sinus tachycardia 104 bpm, normal axis, no acute ST/T changes. "
             "Repeat ECG 00:40: sinus rhythm, unchanged. CXR: no acute cardiopulmonary abnormality.", sz=8.8)
    y += 8
    pg.T(40, y, "Treatment given in A&E", B, 9.5)
    tx = [["Drug", "Dose", "Route", "Time", "Given by"],
          ["Aspirin", "300 mg", "PO", "21:40", ""],
          ["Glyceryl trinitrate (GTN)", "0.4 mg", "SL", "21:42", ""],
          ["Paracetamol", "1 g", "PO", "22:30", ""]]
    y2 = pg.table(40, y + 6, [170, 70, 60, 60, 155], tx, sz=8.5, head=1, grid="grid", head_fill=LGREY,
                  min_h=15)
    for i, ini in enumerate(["N. Grant RN", "N. Grant RN", "T. Reid RN"]):
        pg.hw(40 + 360 + 6, y + 6 + 15 * (i + 1) + 11, ini, sz=10, f=HAND_B, col=INK_BLUE, log=False)
    d.mn("medications", "Aspirin", "other", "single 300 mg dose in A&E")
    d.mn("medications", "Glyceryl trinitrate (GTN)", "other", "single SL dose in A&E")
    d.mn("medications", "Paracetamol", "other", "single dose in A&E")
    y = y2 + 14
    pg.T(40, y, "Reassessment 01:10 (" + fmt(day2) + ")", B, 9.5)
    y = pg.P(40, y + 11, 515, "Pain 2/10. BP settling after analgesia. Second troponin negative; "
             "repeat ECG unchanged.", sz=8.8) + 6
    pg.T(40, y, "Impression", B, 9.5)
    imp = ["1. Atypical chest pain - costochondritis (musculoskeletal). ACS ruled out: two negative "
           "hs-troponins, non-ischaemic ECG.",
           "2. Hypertension - poorly controlled (non-adherence).",
           "3. Mild hypokalaemia (on hydrochlorothiazide).",
           "Also: sickle cell trait."]
    y += 11
    for s in imp:
        y = pg.P(50, y, 505, s, sz=8.8) + 1
    d.cond("costochondritis", "active", aliases=["Costochondritis", "Musculoskeletal chest pain"])
    d.cond("Hypertension", "active")
    d.cond("hypokalaemia", "active", aliases=["Hypokalemia"])
    d.cond("Sickle cell trait", "active")
    d.mn("conditions", "ACS", "negated", "ruled out")
    y += 6
    pg.T(40, y, "Disposition: discharged home " + fmt(day2) + " 01:30. Discharge prescription:", B, 9.5)
    dx = [["Medication", "Dose", "Frequency", "Duration", "Note"],
          ["Amlodipine", "10 mg", "OD", "ongoing", "increased from 5 mg"],
          ["Hydrochlorothiazide", "25 mg", "OD", "ongoing", "continue"],
          ["Ibuprofen", "400 mg", "TDS with meals", "5 days", "new"],
          ["Omeprazole", "20 mg", "OD", "5 days", "new"],
          ["Potassium chloride SR", "600 mg", "BD", "3 days", "new"]]
    y = pg.table(40, y + 6, [140, 60, 100, 70, 145], dx, sz=8.5, head=1, grid="grid", head_fill=LGREY)
    d.med("amlodipine", None, "10", "mg", "oral", "OD", "changed")
    d.med("hydrochlorothiazide", None, "25", "mg", "oral", "OD", "active")
    d.med("ibuprofen", None, "400", "mg", "oral", "TDS with meals", "new")
    d.med("omeprazole", None, "20", "mg", "oral", "OD", "new")
    d.med("potassium chloride", None, "600", "mg", "oral", "BD", "new")
    y = pg.P(40, y + 14, 515, "Follow-up: health centre in 1 week for BP check and repeat electrolytes. "
             "Return immediately if pain worsens or with shortness of breath, sweating or fainting.", sz=8.8)
    d.mn("labs", "electrolytes", "planned", "repeat in 1 week")
    pg.hw(400, y + 24, "K. Brown-Morgan", sz=13, f=HAND_A, col=INK_BLACK, log=False)
    pg.T(400, y + 36, "Dr K. Brown-Morgan, SHO, A&E", sz=8)
    pg.done()


# ---------------------------------------------------------------- 10 New Zealand, paediatric review
def b10(d):
    fmt = f_long
    today = D("2025-03-12")
    pg = d.page()
    pg.foot_left = "Kaimai District Hospital - Child Health Service  |  NHI ZZZ0000"
    blue = C(0.05, 0.3, 0.5)
    pg.rect(40, 34, 6, 50, fill=blue, stroke=0)
    pg.T(54, 46, "Kaimai District Hospital", "Helvetica-Bold", 13, col=blue)
    pg.T(54, 59, "Child Health Service  -  Paediatric Outpatients", sz=9)
    pg.T(54, 71, "Private Bag 0000, Tauranga 3140   |   Phone 07 000 0000", sz=8, col=GREY)
    pg.T(555, 46, today.strftime("%A") + ", " + fmt(today), sz=9, al="r")
    y = 104
    pg.T(40, y, "Dr Sam Patel", sz=9.5)
    pg.T(40, y + 12, "Kowhai Medical Centre", sz=9.5)
    pg.T(40, y + 24, "Tauranga", sz=9.5)
    y += 48
    pg.T(40, y, "Re:  Mia RANGI   NHI ZZZ0000   DOB " + fmt(D("2017-08-04")) + " (7 years)", "Helvetica-Bold", 9.5)
    pg.T(40, y + 12, "Seen with her mother in the paediatric clinic on " + fmt(today), sz=9)
    y += 32
    # two-column: diagnoses | medications
    pg.T(40, y, "Diagnoses", "Helvetica-Bold", 9)
    pg.T(300, y, "Current medications", "Helvetica-Bold", 9)
    ly = y + 12
    for s in ["1. Asthma - moderate persistent, well controlled", "2. Atopic eczema - mild",
              "3. Peanut allergy - anaphylaxis (2022)"]:
        ly = pg.P(40, ly, 245, s, sz=8.6) + 1
    ry = y + 12
    for s in ["Flixotide (fluticasone propionate) 125 microgram inhaler, 1 puff twice daily via spacer",
              "SalAir (salbutamol) 100 microgram inhaler, 2-6 puffs via spacer as needed",
              "EpiPen Jr (adrenaline) 0.15 mg auto-injector IM for anaphylaxis",
              "Zista (cetirizine) 5 mg once daily",
              "Hydrocortisone 1% cream twice daily to eczema flares; Fatty Cream emollient liberally"]:
        ry = pg.P(300, ry, 255, "- " + s, sz=8.6) + 1
    d.cond("Asthma", "active", aliases=["Asthma - moderate persistent"])
    d.cond("Atopic eczema", "active", aliases=["Eczema"])
    d.allergy("Peanut", "anaphylaxis", "severe")
    d.med("fluticasone propionate", "Flixotide", "125", "microgram", "inhaled", "1 puff twice daily", "active")
    d.med("salbutamol", "SalAir", "100", "microgram", "inhaled", "2-6 puffs as needed", "active")
    d.med("adrenaline", "EpiPen Jr", "0.15", "mg", "IM", "for anaphylaxis", "active")
    d.med("cetirizine", "Zista", "5", "mg", "oral", "once daily", "active")
    d.med("hydrocortisone", None, "1", "%", "topical", "twice daily to flares", "active")
    d.med("emollient", "Fatty Cream", None, None, "topical", "liberally", "active", optional=True)
    y = max(ly, ry) + 10
    body = [
        "Dear Sam,",
        "Thank you for your ongoing care of Mia. Since her last review in September 2024 her asthma has "
        "been well controlled: she has had no night-time cough, has needed her reliever only twice in the "
        "past two months and has had no emergency department presentations. Montelukast 5 mg at night was "
        "stopped in December 2024 because of nightmares, with no loss of control. Her eczema is mild at "
        "present. There have been no accidental peanut exposures; she carries her EpiPen Jr at school and "
        "the school has an up-to-date action plan. She eats egg and dairy without problems.",
        "She was admitted with bronchiolitis at 4 months of age but has had no admissions since. Her father "
        "has asthma and hay fever.",
        "On examination she was well and active. Weight 23.4 kg (50th centile), height 122.5 cm (50th-75th "
        "centile), BMI 15.6. Respiratory rate 20, SpO2 99% in air. Chest clear with no wheeze. Mild eczema "
        "in both antecubital fossae.",
        "Immunisations are up to date for age (4-year vaccines given August 2021). She was offered the "
        "influenza vaccine today but her mother declined. Her 11-year vaccine (Boostrix) will be due in "
        "Year 7 at school.",
        "Plan: continue Flixotide 125 microgram 1 puff twice daily. If control deteriorates over winter, "
        "consider switching to Symbicort 100/6 as anti-inflammatory reliever therapy. An updated asthma "
        "action plan was given. I will review her again in 6 months.",
    ]
    for para in body:
        y = pg.P(40, y, 515, para, sz=9, lead=11.8) + 5
    d.med("montelukast", None, "5", "mg", "oral", "at night", "stopped")
    d.mn("medications", "Montelukast", "stopped", "stopped December 2024")
    d.vital("weight", "23.4", "kg")
    d.vital("height", "122.5", "cm")
    d.vital("bmi", "15.6", None)
    d.vital("respiratory_rate", "20", None)
    d.vital("oxygen_saturation", "99", "%")
    d.mn("conditions", "night-time cough", "negated", "none")
    d.mn("allergies", "egg", "negated", "tolerates egg and dairy")
    d.mn("conditions", "bronchiolitis", "historical", "at 4 months")
    d.mn("conditions", "hay fever", "family", "father")
    d.mn("immunizations", "influenza vaccine", "other", "declined by mother")
    d.mn("immunizations", "Boostrix", "due", "due in Year 7")
    d.mn("medications", "Symbicort", "planned", "only if control deteriorates")
    pg.T(40, y + 4, "Kind regards,", sz=9)
    pg.hw(42, y + 26, "Hana Kereama", sz=14, f=HAND_A, col=INK_BLUE, log=False)
    pg.T(40, y + 40, "Dr Hana Kereama, Consultant Paediatrician", "Helvetica-Bold", 9)
    pg.T(40, y + 52, "cc: Parents of Mia Rangi; Public Health Nurse, Example Primary School", sz=8, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 11 USA, C-CDA CCD print-out
def b11(d):
    fm = f_mdy
    created = D("2025-03-12")
    pg = d.page()
    pg.foot_left = "Continuity of Care Document  |  Robert J. Ellison  |  MRN 000000281  |  Generated " + f_mondy(created)
    B = "Helvetica-Bold"
    hb = C(0.82, 0.86, 0.92)

    def section(y, title):
        pg.rect(36, y, 540, 14, fill=C(0.20, 0.30, 0.45), stroke=0)
        pg.T(42, y + 10, title, B, 9, col=colors.white)
        return y + 18

    def head2(p):
        p.T(36, 36, "Robert J. Ellison  |  DOB 04/17/1958  |  MRN 000000281  (continued)", "Helvetica-Oblique",
            8, col=GREY)
    pg.on_new = head2
    pg.T(36, 44, "Continuity of Care Document", B, 15)
    pg.T(36, 57, "Summarization of Episode Note  -  Cedar Valley Family Medicine", sz=9, col=GREY)
    pg.T(576, 44, "Created: " + f_mondy(created), sz=8.5, al="r")
    info = [[{"t": "Patient", "f": B}, "Robert J. Ellison", {"t": "Date of birth", "f": B}, "04/17/1958",
             {"t": "Sex", "f": B}, "Male"],
            [{"t": "MRN", "f": B}, "000000281", {"t": "Address", "f": B}, "000 Test Ave, Springfield, XX 00000",
             {"t": "Phone", "f": B}, "(555) 010-0281"],
            [{"t": "Author", "f": B}, "Karen Liu, MD", {"t": "Custodian", "f": B}, "Cedar Valley Family Medicine",
             {"t": "Language", "f": B}, "English"]]
    y = pg.table(36, 64, [50, 110, 70, 180, 50, 80], info, sz=7.6, head=0, grid="grid", lw=0.3,
                 line_col=GREY)
    y = section(y + 8, "Care Team")
    y = pg.table(36, y, [140, 170, 230], [["Member", "Role", "Contact"],
                                          ["Karen Liu, MD", "Primary care physician", "(555) 010-0100"],
                                          ["Mark Osei, MD", "Endocrinology", "(555) 010-0110"],
                                          ["Dana Ruiz, RN", "Care coordinator", "(555) 010-0120"]],
                 sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    y = section(y + 6, "Insurance Providers")
    y = pg.table(36, y, [200, 110, 90, 140], [["Payer", "Member ID", "Group", "Subscriber"],
                                              ["Test Mutual Health Plan", "000000000A", "00000", "Self"]],
                 sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    y = section(y + 6, "Encounters")
    y = pg.table(36, y, [65, 80, 90, 305], [
        ["Date", "Type", "Provider", "Diagnosis / reason"],
        ["03/11/2025", "Office visit", "Karen Liu, MD", "Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22)"],
        ["12/16/2024", "Office visit", "Karen Liu, MD", "Acute bronchitis, unspecified (J20.9)"],
        ["10/14/2024", "Nurse visit", "Dana Ruiz, RN", "Immunization"]],
        sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    y = section(y + 6, "Problems")
    probs = [["Problem", "ICD-10", "Status", "Onset", "Resolved"],
             ["Type 2 diabetes mellitus with diabetic chronic kidney disease", "E11.22", "Active", "06/14/2011", ""],
             ["Chronic kidney disease, stage 3a", "N18.31", "Active", "05/19/2023", ""],
             ["Essential (primary) hypertension", "I10", "Active", "09/15/2009", ""],
             ["Hyperlipidemia, unspecified", "E78.5", "Active", "03/20/2012", ""],
             ["Obesity, unspecified", "E66.9", "Active", "07/28/2018", ""],
             ["Acute bronchitis, unspecified", "J20.9", "Resolved", "12/16/2024", "01/06/2025"]]
    y = pg.table(36, y, [260, 60, 60, 80, 80], probs, sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3,
                 line_col=GREY)
    d.cond("Type 2 diabetes mellitus with diabetic chronic kidney disease", "active", "E11.22",
           aliases=["Type 2 diabetes mellitus"])
    d.cond("Chronic kidney disease, stage 3a", "active", "N18.31", aliases=["Chronic kidney disease"])
    d.cond("Essential (primary) hypertension", "active", "I10", aliases=["Essential hypertension", "Hypertension"])
    d.cond("Hyperlipidemia, unspecified", "active", "E78.5", aliases=["Hyperlipidemia"])
    d.cond("Obesity, unspecified", "active", "E66.9", aliases=["Obesity"])
    d.mn("conditions", "Acute bronchitis, unspecified", "historical", "resolved 01/06/2025")
    y = section(y + 6, "Allergies, Adverse Reactions, Alerts")
    y = pg.table(36, y, [180, 100, 80, 80, 100], [
        ["Substance", "Reaction", "Severity", "Status", "Onset"],
        ["Penicillin G", "Hives", "Moderate", "Active", "1985"],
        ["Sulfamethoxazole-trimethoprim", "Rash", "Mild", "Active", "2016"],
        ["Shellfish", "Nausea", "Mild", "Inactive", "1990"]],
        sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    d.allergy("Penicillin G", "Hives", "Moderate")
    d.allergy("Sulfamethoxazole-trimethoprim", "Rash", "Mild")
    d.mn("allergies", "Shellfish", "historical", "status Inactive")
    y = section(y + 6, "Medications")
    meds = [["Medication", "Instructions", "Start", "End", "Status"],
            ["metformin 1000 mg tablet [Glucophage]", "1 tablet by mouth twice daily with meals", "06/14/2011", "", "Active"],
            ["lisinopril 20 mg tablet [Zestril]", "1 tablet by mouth daily", "09/15/2009", "", "Active"],
            ["atorvastatin 40 mg tablet [Lipitor]", "1 tablet by mouth at bedtime", "03/20/2012", "", "Active"],
            ["empagliflozin 10 mg tablet [Jardiance]", "1 tablet by mouth daily", "02/18/2025", "", "Active"],
            ["aspirin 81 mg delayed-release tablet", "1 tablet by mouth daily", "05/02/2015", "", "Active"],
            ["glipizide 5 mg tablet [Glucotrol]", "1 tablet by mouth daily before breakfast", "03/02/2019", "02/18/2025", "Discontinued"],
            ["azithromycin 250 mg tablet [Zithromax]", "2 tablets day 1, then 1 tablet daily days 2-5", "12/16/2024", "12/20/2024", "Completed"]]
    y = pg.table(36, y, [185, 185, 55, 55, 60], meds, sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3,
                 line_col=GREY)
    d.med("metformin", "Glucophage", "1000", "mg", "by mouth", "twice daily with meals", "active")
    d.med("lisinopril", "Zestril", "20", "mg", "by mouth", "daily", "active")
    d.med("atorvastatin", "Lipitor", "40", "mg", "by mouth", "at bedtime", "active")
    d.med("empagliflozin", "Jardiance", "10", "mg", "by mouth", "daily", "active", also=["new"])
    d.med("aspirin", None, "81", "mg", "by mouth", "daily", "active")
    d.med("glipizide", "Glucotrol", "5", "mg", "by mouth", "daily before breakfast", "stopped")
    d.mn("medications", "glipizide", "stopped", "Discontinued 02/18/2025")
    d.med("azithromycin", "Zithromax", "250", "mg", "by mouth", "2 tablets day 1, then 1 tablet daily days 2-5",
          "completed")
    d.mn("medications", "azithromycin", "stopped", "course Completed 12/20/2024")
    pg.next()
    y = section(50, "Immunizations")
    imms = [["Vaccine", "Date", "Status", "Lot", "Manufacturer"],
            ["Influenza, high-dose, trivalent, PF [Fluzone High-Dose]", "10/14/2024", "Completed", "UT0000AA", "Sanofi Pasteur"],
            ["COVID-19, mRNA, 2024-2025 formula [Comirnaty]", "09/30/2024", "Completed", "FL0000", "Pfizer"],
            ["Pneumococcal conjugate PCV20 [Prevnar 20]", "01/23/2024", "Completed", "LL0000", "Pfizer"],
            ["Tdap [Boostrix]", "06/22/2021", "Completed", "TB00X0", "GlaxoSmithKline"],
            ["Zoster vaccine recombinant [Shingrix]", "10/14/2024", "Refused (patient decision)", "", ""]]
    y = pg.table(36, y, [240, 65, 110, 60, 65], imms, sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3,
                 line_col=GREY)
    d.imm("Influenza, high-dose, trivalent, PF", D("2024-10-14"), None, "UT0000AA", "Fluzone High-Dose")
    d.imm("COVID-19, mRNA, 2024-2025 formula", D("2024-09-30"), None, "FL0000", "Comirnaty")
    d.imm("Pneumococcal conjugate PCV20", D("2024-01-23"), None, "LL0000", "Prevnar 20")
    d.imm("Tdap", D("2021-06-22"), None, "TB00X0", "Boostrix")
    d.mn("immunizations", "Shingrix", "other", "refused by patient; re-offer planned")
    y = section(y + 6, "Vital Signs (most recent encounter 03/11/2025)")
    vit = [["Measurement", "Value", "Measurement", "Value"],
           ["Blood pressure", "132/78 mm[Hg]", "Heart rate", "68 /min"],
           ["Body temperature", "98.1 [degF]", "Respiratory rate", "16 /min"],
           ["Oxygen saturation", "97 %", "Body weight", "212 [lb_av]"],
           ["Body height", "70 [in_i]", "BMI", "30.4 kg/m2"]]
    y = pg.table(36, y, [135, 135, 135, 135], vit, sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3,
                 line_col=GREY)
    d.vital("blood_pressure", "132/78", "mm[Hg]")
    d.vital("heart_rate", "68", "/min")
    d.vital("temperature", "98.1", "[degF]")
    d.vital("respiratory_rate", "16", "/min")
    d.vital("oxygen_saturation", "97", "%")
    d.vital("weight", "212", "[lb_av]")
    d.vital("height", "70", "[in_i]")
    d.vital("bmi", "30.4", "kg/m2")
    y = section(y + 6, "Results")
    res_d = D("2025-03-07")
    res = [L("Hemoglobin A1c", "7.4", "%", "4.0-5.6", "H", 4.0, 5.6, aliases=["HbA1c"]),
           L("Glucose", "148", "mg/dL", "70-99", "H", 70, 99),
           L("Creatinine", "1.38", "mg/dL", "0.70-1.30", "H", 0.7, 1.3),
           L("eGFR", "55", "mL/min/1.73m2", ">=60", "L", 60, None, ">=60"),
           L("Potassium", "4.8", "mmol/L", "3.5-5.1", "N", 3.5, 5.1),
           L("LDL cholesterol, calculated", "84", "mg/dL", "<100", "N", None, 100, "<100",
             aliases=["LDL cholesterol"]),
           L("Albumin/creatinine ratio, urine", "46", "mg/g", "<30", "H", None, 30, "<30",
             aliases=["Urine albumin/creatinine ratio", "UACR"])]
    rows = [["Test", "Value", "Units", "Reference range", "Flag", "Date"]]
    for x in res:
        rows.append([x["name"], x["val"], x["unit"], x["ref"], x["fl"], fm(res_d)])
        d.lab(x, res_d)
    y = pg.table(36, y, [190, 60, 90, 90, 40, 70], rows, sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3,
                 line_col=GREY)
    y = section(y + 6, "Plan of Treatment")
    y = pg.table(36, y, [200, 100, 90, 150], [
        ["Planned item", "Type", "Date", "Status"],
        ["Diabetic retinal exam", "Procedure", "04/2025", "Due"],
        ["Lipid panel", "Lab order", "09/08/2025", "Scheduled"],
        ["Zoster vaccine recombinant (Shingrix)", "Immunization", "04/2025", "Recommended - re-offer"],
        ["Nephrology referral", "Referral", "", "If eGFR falls below 45"]],
        sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    d.mn("labs", "Lipid panel", "planned", "scheduled 09/08/2025")
    y = section(y + 6, "Family History")
    y = pg.table(36, y, [120, 260, 160], [["Relative", "Condition", "Note"],
                                          ["Father", "Myocardial infarction", "Deceased, age 66"],
                                          ["Mother", "Breast cancer", "Age at onset 70"]],
                 sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    d.mn("conditions", "Myocardial infarction", "family", "father")
    d.mn("conditions", "Breast cancer", "family", "mother")
    y = section(y + 6, "Social History")
    y = pg.table(36, y, [200, 340], [["Element", "Value"], ["Tobacco use", "Former smoker (quit 2015)"],
                                     ["Alcohol", "2 drinks per week"]],
                 sz=7.6, head=1, grid="grid", head_fill=hb, lw=0.3, line_col=GREY)
    pg.P(36, y + 14, 540, "This document was generated from the electronic health record and may not include "
         "all information. Structured entries follow HL7 C-CDA R2.1 templates.", sz=7, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 12 Singapore, portal summary
def b12(d):
    fmt = f_dmony
    printed = D("2025-03-12")
    pg = d.page()
    pg.foot_left = "https://portal.healthcircle.example.sg/summary   printed " + fmt(printed) + " 20:14"
    teal = C(0.0, 0.45, 0.48)
    pg.rect(0, 0, pg.W, 46, fill=teal, stroke=0)
    pg.T(36, 28, "HealthCircle", "Helvetica-Bold", 16, col=colors.white)
    pg.T(150, 28, "My Health Summary", "Helvetica", 11, col=colors.white)
    pg.T(559, 22, "Home   Appointments   Records   Payments   Log out", sz=8, col=colors.white, al="r")
    pg.T(559, 35, "Printed " + fmt(printed) + ", 20:14", sz=7.5, col=colors.white, al="r")
    pg.rect(36, 58, 523, 40, fill=C(0.94, 0.97, 0.97), stroke=0.4, col=teal, r=5)
    pg.T(46, 74, "TAN MEI LING", "Helvetica-Bold", 11)
    pg.T(46, 88, "NRIC SXXXX000A   |   Date of birth 03 Jan 1964   |   Female   |   Mobile +65 0000 0000",
         sz=8)
    pg.T(549, 74, "Care team: Seletar Hills Polyclinic", sz=8, al="r")
    pg.T(549, 88, "Healthier SG enrolled", sz=8, al="r", col=teal)

    def card(x, y, w, title, lines_fn):
        pg.T(x + 8, y + 14, title, "Helvetica-Bold", 9.5, col=teal)
        pg.line(x + 8, y + 19, x + w - 8, y + 19, w=0.4, col=teal)
        yy = lines_fn(x + 8, y + 32, w - 16)
        pg.rect(x, y, w, yy - y + 2, stroke=0.5, col=C(0.7, 0.8, 0.8), r=5)
        return yy + 12

    def conds(x, y, w):
        for n, s in [("High blood pressure", "since 2016"), ("High blood cholesterol", "since 2016"),
                     ("Pre-diabetes", "since 2022")]:
            pg.T(x, y, n, "Helvetica", 8.6)
            pg.T(x + w, y, s, sz=8, col=GREY, al="r")
            y += 13
        return y
    d.cond("High blood pressure", "active", aliases=["Hypertension"])
    d.cond("High blood cholesterol", "active", aliases=["Hyperlipidaemia", "Hypercholesterolaemia"])
    d.cond("Pre-diabetes", "active", aliases=["Prediabetes"])

    def allergies(x, y, w):
        pg.T(x, y, "Aspirin", "Helvetica-Bold", 8.6, col=INK_RED)
        pg.T(x + 50, y, "- lip swelling (angioedema), recorded 2019", sz=8.6)
        return y + 13
    d.allergy("Aspirin", "lip swelling (angioedema)", None)

    def meds(x, y, w):
        for n, s, last in [("Amlodipine 10 mg tablet", "Take 1 tablet every morning", "03 Feb 2025"),
                           ("Losartan 50 mg tablet", "Take 1 tablet once a day", "03 Feb 2025"),
                           ("Atorvastatin 20 mg tablet", "Take 1 tablet at night", "03 Feb 2025")]:
            pg.T(x, y, n, "Helvetica-Bold", 8.6)
            pg.T(x, y + 11, s + "  -  last dispensed " + last, sz=7.8, col=GREY)
            y += 25
        pg.T(x, y, "Past medications", "Helvetica-Oblique", 8.2, col=teal)
        pg.T(x, y + 12, "Simvastatin 20 mg tablet - stopped 05 Aug 2023 (changed to atorvastatin)", sz=7.8)
        return y + 24
    d.med("amlodipine", None, "10", "mg", "oral", "every morning", "active")
    d.med("losartan", None, "50", "mg", "oral", "once a day", "active")
    d.med("atorvastatin", None, "20", "mg", "oral", "at night", "active")
    d.med("simvastatin", None, "20", "mg", "oral", None, "stopped")
    d.mn("medications", "Simvastatin", "stopped", "stopped 05 Aug 2023")

    def vacc(x, y, w):
        for n, s in [("Influenza (Vaxigrip Tetra)", "14 Oct 2024"), ("COVID-19 (Comirnaty JN.1)", "05 Nov 2024")]:
            pg.T(x, y, n, "Helvetica", 8.6)
            pg.T(x + w, y, s, sz=8.6, al="r")
            y += 13
        pg.rect(x - 2, y - 6, w + 4, 28, fill=C(1, 0.96, 0.88), stroke=0)
        pg.T(x + 2, y + 5, "Recommended for you", "Helvetica-Bold", 8, col=C(0.6, 0.35, 0))
        pg.T(x + 2, y + 17, "Pneumococcal conjugate (PCV20) - Due. Book at your polyclinic.", sz=7.8)
        return y + 28
    d.imm("Influenza", D("2024-10-14"), None, None, "Vaxigrip Tetra")
    d.imm("COVID-19", D("2024-11-05"), None, None, "Comirnaty JN.1")
    d.mn("immunizations", "Pneumococcal conjugate (PCV20)", "due", "recommended, not given")

    def measures(x, y, w):
        pg.T(x, y, "Recorded at Seletar Hills Polyclinic, 12 Feb 2025", sz=7.8, col=GREY)
        y += 14
        for n, v in [("Blood pressure", "128/76 mmHg"), ("Weight", "64.5 kg"), ("Height", "160 cm"),
                     ("Body mass index", "25.2 kg/m2")]:
            pg.T(x, y, n, sz=8.6)
            pg.T(x + w, y, v, "Helvetica-Bold", 8.6, al="r")
            y += 13
        return y
    d.vital("blood_pressure", "128/76", "mmHg")
    d.vital("weight", "64.5", "kg")
    d.vital("height", "160", "cm")
    d.vital("bmi", "25.2", "kg/m2")

    def appts(x, y, w):
        for a, b in [("14 Apr 2025, 09:30", "Chronic disease review - Seletar Hills Polyclinic"),
                     ("Screening", "Mammogram - due (Screen for Life)")]:
            pg.T(x, y, a, "Helvetica-Bold", 8.2)
            pg.T(x, y + 11, b, sz=8)
            y += 25
        return y

    def family(x, y, w):
        pg.T(x, y, "Mother - diabetes; Father - stroke (self-reported)", sz=8.4)
        return y + 13
    d.mn("conditions", "diabetes", "family", "mother")
    d.mn("conditions", "stroke", "family", "father")

    def subsidy(x, y, w):
        y = pg.P(x, y, w, "CHAS Blue card holder; MediSave used for chronic disease management", sz=8.2)
        pg.T(x, y, "Outstanding balance: S$0.00", sz=8.2, col=GREY)
        return y + 13

    lx, rx, w = 36, 302, 257
    ly = card(lx, 110, w, "My Health Conditions", conds)
    ly = card(lx, ly, w, "Allergies & Adverse Reactions", allergies)
    ly = card(lx, ly, w, "Medications", meds)
    ly = card(lx, ly, w, "Family History", family)
    ry = card(rx, 110, w, "Vaccinations", vacc)
    ry = card(rx, ry, w, "Measurements", measures)
    ry = card(rx, ry, w, "Appointments", appts)
    ry = card(rx, ry, w, "Payments & Subsidies", subsidy)
    y = max(ly, ry) + 4
    pg.T(36, y, "Lab Results", "Helvetica-Bold", 10, col=teal)
    dates = [D("2024-02-06"), D("2024-08-08"), D("2025-02-12")]
    rows = [["Test", fmt(dates[0]), fmt(dates[1]), fmt(dates[2]), "Normal range"]]
    hb = [L("HbA1c", v, "%", "4.0 - 5.6 %", "H", 4.0, 5.6, aliases=["Haemoglobin A1c"]) for v in ["6.0", "6.3", "6.1"]]
    ld = [L("LDL cholesterol", v, "mmol/L", "< 3.4 mmol/L", "", None, 3.4, "< 3.4",
            aliases=["LDL-C"]) for v in ["3.1", "2.7", "2.4"]]
    rows.append(["HbA1c (%)"] + [x["val"] + " High" for x in hb] + ["4.0 - 5.6 %"])
    rows.append(["LDL cholesterol (mmol/L)"] + [x["val"] for x in ld] + ["< 3.4 mmol/L"])
    rows.append(["Creatinine (µmol/L)", "-", "-", "68", "45 - 90 µmol/L"])
    for x, dd in zip(hb, dates):
        x["flag"] = "high"
        d.lab(x, dd)
    for x, dd in zip(ld, dates):
        d.lab(x, dd)
    d.lab(L("Creatinine", "68", "µmol/L", "45 - 90", "", 45, 90), dates[2])
    y = pg.table(36, y + 6, [150, 85, 85, 85, 118], rows, sz=8.2, head=1, grid="h", lw=0.3,
                 line_col=GREY, zebra=C(0.96, 0.98, 0.98), aligns=["l", "c", "c", "c", "l"])
    pg.P(36, y + 14, 523, "Information shown comes from your public healthcare institutions and may not be "
         "complete or up to date. Please consult your doctor before making changes to your treatment. "
         "Results marked High are outside the normal range.", sz=7.3, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 13 Trinidad, problem/med list
def b13(d):
    fmt = f_dmy
    printed = D("2025-03-12")
    pg = d.page()
    pg.foot_left = "CPRHA eHR v4.2  |  Printed " + fmt(printed) + " 10:22 by NURSE.T  |  Confidential"
    B = "Helvetica-Bold"
    pg.T(40, 42, "CENTRAL PLAINS REGIONAL HEALTH AUTHORITY", B, 12)
    pg.T(40, 54, "Chaguanas District Health Facility - Chronic Disease Clinic", sz=9)
    pg.T(555, 42, "PATIENT SUMMARY", B, 11, al="r")
    pg.T(555, 54, "Problems & Medications", sz=9, al="r")
    pg.line(40, 60, 555, 60, w=1.2)
    pg.T(40, 73, "Name: RAMKISSOON, Savitri     Sex: F     DOB: 22/09/1961     MRN: CP-0000000     "
         "CDAP card: 000000", "Helvetica", 8.4)
    y = 92
    pg.T(40, y, "PROBLEM LIST", B, 9.5)
    probs = [["Problem", "ICD-10", "Onset", "Status", "Comment"],
             ["Type 2 diabetes mellitus without complications", "E11.9", "14/06/2015", "Active", ""],
             ["Essential (primary) hypertension", "I10", "02/09/2012", "Active", ""],
             ["Gout", "M10.9", "21/01/2020", "Active", "flare 01/2025"],
             ["Hypothyroidism, unspecified", "E03.9", "30/05/2018", "Active", ""],
             ["Cellulitis of left lower limb", "L03.116", "15/08/2023", "Resolved", "resolved 25/08/2023"],
             ["Diabetic retinopathy", "E11.3", "18/11/2024", "Ruled out", "eye screen normal"]]
    y = pg.table(40, y + 5, [205, 50, 65, 60, 135], probs, sz=8, head=1, grid="h", lw=0.4,
                 head_fill=C(0.9, 0.9, 0.9))
    d.cond("Type 2 diabetes mellitus without complications", "active", "E11.9", aliases=["Type 2 diabetes mellitus"])
    d.cond("Essential (primary) hypertension", "active", "I10", aliases=["Essential hypertension", "Hypertension"])
    d.cond("Gout", "active", "M10.9")
    d.cond("Hypothyroidism, unspecified", "active", "E03.9", aliases=["Hypothyroidism"])
    d.mn("conditions", "Cellulitis of left lower limb", "historical", "resolved 2023")
    d.mn("conditions", "Diabetic retinopathy", "negated", "ruled out")
    y += 14
    pg.T(40, y, "MEDICATION LIST", B, 9.5)
    meds = [["Drug", "Dose", "Freq", "Route", "Start", "Stop", "Status", "Notes"],
            ["Metformin (Glucophage)", "850 mg", "BD", "PO", "14/06/2015", "", "Active", ""],
            ["Gliclazide", "80 mg", "BD", "PO", "10/02/2019", "", "On hold", "hypos - hold until review"],
            ["Enalapril", "10 mg", "OD", "PO", "02/09/2012", "18/04/2021", "Stopped", "ACE-inhibitor cough"],
            ["Losartan", "50 mg", "OD", "PO", "18/04/2021", "", "Active", ""],
            ["Allopurinol", "300 mg", "OD", "PO", "21/01/2020", "", "Changed", "increased from 100 mg 10/01/2025"],
            ["Levothyroxine (Eltroxin)", "75 mcg", "OD", "PO", "30/05/2018", "", "Active", "before breakfast"],
            ["Atorvastatin", "20 mg", "nocte", "PO", "14/06/2015", "", "Active", ""],
            ["Colchicine", "0.5 mg", "BD", "PO", "10/01/2025", "17/01/2025", "Completed", "gout flare course"]]
    y = pg.table(40, y + 5, [110, 42, 35, 32, 55, 55, 52, 134], meds, sz=7.8, head=1, grid="h", lw=0.4,
                 head_fill=C(0.9, 0.9, 0.9))
    d.med("metformin", "Glucophage", "850", "mg", "PO", "BD", "active")
    d.med("gliclazide", None, "80", "mg", "PO", "BD", "held")
    d.mn("medications", "Gliclazide", "stopped", "on hold (hypoglycaemia)")
    d.med("enalapril", None, "10", "mg", "PO", "OD", "stopped")
    d.mn("medications", "Enalapril", "stopped", "stopped 2021")
    d.med("losartan", None, "50", "mg", "PO", "OD", "active")
    d.med("allopurinol", None, "300", "mg", "PO", "OD", "changed")
    d.med("levothyroxine", "Eltroxin", "75", "mcg", "PO", "OD", "active")
    d.med("atorvastatin", None, "20", "mg", "PO", "nocte", "active")
    d.med("colchicine", None, "0.5", "mg", "PO", "BD", "completed")
    d.mn("medications", "Colchicine", "stopped", "course completed 17/01/2025")
    y += 14
    # two columns: allergies + vitals | results + immunisations
    top = y
    pg.T(40, y, "ALLERGIES / INTOLERANCES", B, 9.5)
    y = pg.table(40, y + 5, [70, 90, 50, 55], [["Agent", "Reaction", "Severity", "Type"],
                                              ["Aspirin", "Bronchospasm", "Severe", "Allergy"],
                                              ["Codeine", "Nausea/vomiting", "Mild", "Intolerance"]],
                 sz=7.8, head=1, grid="h", lw=0.4)
    d.allergy("Aspirin", "Bronchospasm", "Severe")
    d.allergy("Codeine", "Nausea/vomiting", "Mild")
    y += 14
    pg.T(40, y, "LATEST VITALS (" + fmt(printed) + ")", B, 9.5)
    y = pg.table(40, y + 5, [110, 155], [["Blood pressure", "146/88 mmHg"], ["Pulse", "80 /min"],
                                        ["Weight", "78.3 kg"], ["Height", "165 cm"], ["BMI", "28.8"]],
                 sz=7.8, head=0, grid="h", lw=0.4)
    d.vital("blood_pressure", "146/88", "mmHg")
    d.vital("heart_rate", "80", "/min")
    d.vital("weight", "78.3", "kg")
    d.vital("height", "165", "cm")
    d.vital("bmi", "28.8", None)
    y2 = top
    pg.T(320, y2, "RECENT RESULTS", B, 9.5)
    ld = D("2025-02-24")
    res = [L("HbA1c", "8.2", "%", "4.0-6.0", "H", 4.0, 6.0),
           L("Fasting glucose", "9.1", "mmol/L", "3.9-6.1", "H", 3.9, 6.1),
           L("Uric acid", "6.4", "mg/dL", "2.6-6.0", "H", 2.6, 6.0),
           L("TSH", "3.1", "mIU/L", "0.4-4.0", "", 0.4, 4.0)]
    rows = [["Test", "Result", "Ref", "Date"]]
    for x in res:
        rows.append([x["name"], x["val"] + " " + x["unit"] + (" " + x["fl"] if x["fl"] else ""), x["ref"], fmt(ld)])
        d.lab(x, ld)
    y2 = pg.table(320, y2 + 5, [75, 70, 45, 45], rows, sz=7.8, head=1, grid="h", lw=0.4)
    y2 += 14
    pg.T(320, y2, "IMMUNIZATIONS", B, 9.5)
    y2 = pg.table(320, y2 + 5, [95, 60, 80], [["Vaccine", "Date", "Status"],
                                             ["Pneumococcal (PPSV23)", "15/07/2022", "Given"],
                                             ["Influenza 2024-25", "02/10/2024", "Declined"]],
                  sz=7.8, head=1, grid="h", lw=0.4)
    d.imm("Pneumococcal (PPSV23)", D("2022-07-15"), None, None, None)
    d.mn("immunizations", "Influenza 2024-25", "other", "declined")
    y = max(y, y2) + 18
    pg.P(40, y, 515, "This summary is generated from the electronic health record. Verify medication "
         "details with the current prescription before dispensing.", sz=7.2, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 14 South Africa, discharge (3 p)
def b14(d):
    fmt = f_iso
    adm, dis = D("2025-03-05"), D("2025-03-12")
    pg = d.page()
    pg.foot_left = "Jacaranda Ridge Private Hospital  |  Discharge summary  |  MOKOENA, Thabo  |  Hosp No JR-0000000"
    B = "Helvetica-Bold"
    purple = C(0.36, 0.2, 0.5)

    def head(p):
        p.rect(36, 30, 523, 40, fill=C(0.95, 0.93, 0.97), stroke=0)
        p.T(44, 46, "JACARANDA RIDGE PRIVATE HOSPITAL", B, 12.5, col=purple)
        p.T(44, 59, "00 Example Avenue, Pretoria 0000   |   Tel 012 000 0000   |   Practice no. 0000000",
            sz=7.8)
        p.T(551, 46, "DISCHARGE SUMMARY", B, 11, al="r")
        p.T(551, 59, "Mokoena, Thabo  -  JR-0000000", sz=7.8, al="r")
    pg.on_new = head
    head(pg)
    info = [[{"t": "Patient", "f": B}, "MOKOENA, Thabo", {"t": "Hospital no.", "f": B}, "JR-0000000"],
            [{"t": "ID number", "f": B}, "0000000000000", {"t": "Date of birth", "f": B}, "1978-10-03 (46 y, M)"],
            [{"t": "Admitted", "f": B}, fmt(adm) + " 14:20", {"t": "Discharged", "f": B}, fmt(dis) + " 11:00"],
            [{"t": "Ward", "f": B}, "Medical Ward 2B", {"t": "Treating doctor", "f": B}, "Dr L. van der Merwe (Physician)"],
            [{"t": "Medical scheme", "f": B}, "TestMed Medical Scheme", {"t": "Member no.", "f": B}, "000000000 (dependant 00)"],
            [{"t": "Referring GP", "f": B}, "Dr N. Pillay, Example Family Practice", {"t": "Auth. no.", "f": B}, "AUTH-00000000"]]
    y = pg.table(36, 80, [85, 175, 85, 178], info, sz=8, head=0, grid="grid", lw=0.3, line_col=GREY)
    y += 14
    pg.T(36, y, "DIAGNOSES", B, 9.5, col=purple)
    dx = ["1. Community-acquired pneumonia, right lower lobe (J18.1) - improving",
          "2. HIV infection on antiretroviral therapy, virologically suppressed (B24)",
          "3. Type 2 diabetes mellitus, poorly controlled (E11.65)",
          "4. Hypertension (I10)",
          "5. Acute kidney injury, pre-renal (N17.9) - resolved",
          "Excluded: pulmonary tuberculosis (GeneXpert MTB/RIF Ultra: MTB not detected)"]
    y += 13
    for s in dx:
        pg.T(44, y, s, sz=8.8)
        y += 12
    d.cond("Community-acquired pneumonia, right lower lobe", "active", "J18.1",
           aliases=["Community-acquired pneumonia", "Pneumonia"])
    d.cond("HIV infection", "active", "B24", aliases=["HIV"])
    d.cond("Type 2 diabetes mellitus", "active", "E11.65", aliases=["Type 2 diabetes"])
    d.cond("Hypertension", "active", "I10")
    d.mn("conditions", "Acute kidney injury", "historical", "resolved during admission")
    d.mn("conditions", "pulmonary tuberculosis", "negated", "excluded")
    y += 8
    pg.T(36, y, "HISTORY", B, 9.5, col=purple)
    y = pg.P(36, y + 13, 523, "Presented with 5 days of productive cough, fever, right-sided pleuritic chest "
             "pain and increasing shortness of breath. Known HIV positive since 2016 on TLD, adherent, last "
             "viral load suppressed (2024). Type 2 diabetes on metformin; hypertension on Pharmapress. "
             "Previous TB in 2017, treatment completed. No recent travel. Non-smoker. Mother had breast "
             "cancer.", sz=8.8, lead=11.4) + 6
    d.mn("conditions", "Previous TB", "historical", "2017, treatment completed")
    d.mn("conditions", "breast cancer", "family", "mother")
    pg.T(36, y, "ALLERGIES", B, 9.5, col=purple)
    pg.T(110, y, "Sulphonamides (co-trimoxazole) - maculopapular rash (2016)", sz=8.8)
    d.allergy("Sulphonamides", "maculopapular rash", None)
    y += 18
    pg.T(36, y, "OBSERVATIONS ON ADMISSION (" + fmt(adm) + " 14:35)", B, 9.5, col=purple)
    obs = [["Temperature", "Pulse", "Resp. rate", "Blood pressure", "SpO2", "Weight"],
           ["38.9 °C", "112 bpm", "26 /min", "104/66 mmHg", "89% room air", "71 kg"]]
    y = pg.table(36, y + 6, [80, 75, 75, 95, 100, 98], obs, sz=8.4, head=1, grid="grid", lw=0.3,
                 head_fill=C(0.95, 0.93, 0.97), aligns=["c"] * 6)
    d.vital("temperature", "38.9", "°C")
    d.vital("heart_rate", "112", "bpm")
    d.vital("respiratory_rate", "26", "/min")
    d.vital("blood_pressure", "104/66", "mmHg")
    d.vital("oxygen_saturation", "89", "%")
    d.vital("weight", "71", "kg")
    y += 14
    pg.T(36, y, "EXAMINATION", B, 9.5, col=purple)
    y = pg.P(36, y + 13, 523, "Acutely ill, dehydrated, not in shock. Bronchial breathing and coarse crackles "
             "at the right base. Heart sounds normal. Abdomen soft. No oral thrush, no lymphadenopathy, no "
             "neck stiffness. Calves soft.", sz=8.8, lead=11.4) + 6
    pg.T(36, y, "IMAGING", B, 9.5, col=purple)
    y = pg.P(36, y + 13, 523, "Chest X-ray " + fmt(adm) + ": right lower lobe consolidation with a small "
             "parapneumonic effusion; no cavitation, no hilar lymphadenopathy.", sz=8.8, lead=11.4)
    pg.next()
    y = 86
    pg.T(36, y, "INVESTIGATIONS", B, 9.5, col=purple)
    cols = [D("2025-03-05"), D("2025-03-08"), D("2025-03-11")]
    series = [
        ("CRP", "mg/L", "< 10", None, 10, "< 10", ["186", "94", "38"], ["H", "H", "H"], ["C-reactive protein"]),
        ("White cell count", "x10^9/L", "3.9 - 12.6", 3.9, 12.6, None, ["16.8", "11.2", "8.4"], ["H", "", ""],
         ["WCC", "WBC"]),
        ("Haemoglobin", "g/dL", "13.0 - 17.0", 13.0, 17.0, None, ["12.6", "12.1", "12.4"], ["L", "L", "L"],
         ["Hb", "Hemoglobin"]),
        ("Sodium", "mmol/L", "136 - 145", 136, 145, None, ["131", "135", "138"], ["L", "L", ""], ["Na"]),
        ("Creatinine", "µmol/L", "64 - 104", 64, 104, None, ["148", "112", "96"], ["H", "H", ""], []),
    ]
    rows = [["Test", "Units", "Reference"] + [fmt(c) for c in cols]]
    for name, unit, ref, lo, hi, rt, vals, fls, al in series:
        rows.append([name, unit, ref] + [v + (" " + f if f else "") for v, f in zip(vals, fls)])
        for v, f, c in zip(vals, fls, cols):
            d.lab(L(name, v, unit, ref, f, lo, hi, rt, aliases=al), c)
    y = pg.table(36, y + 6, [130, 65, 80, 82, 82, 84], rows, sz=8.2, head=1, grid="h", lw=0.4,
                 head_fill=C(0.95, 0.93, 0.97), aligns=["l", "l", "l", "c", "c", "c"])
    y += 12
    pg.T(36, y, "Single results (collected " + fmt(adm) + ")", B, 8.6)
    single = [L("HbA1c", "9.1", "%", "4.0 - 6.0", "H", 4.0, 6.0),
              L("Procalcitonin", "2.4", "ng/mL", "< 0.5", "H", None, 0.5, "< 0.5"),
              L("CD4 count", "412", "cells/µL", "500 - 2010", "L", 500, 2010, aliases=["CD4"]),
              L("HIV viral load", "<50", "copies/mL", "", "", flag=None, num=None,
                aliases=["HIV-1 RNA viral load"]),
              L("Urine pneumococcal antigen", "Positive", "", "Negative", "", rt="Negative", flag="abnormal"),
              L("Sputum GeneXpert MTB/RIF Ultra", "MTB not detected", "", "", "", flag=None,
                aliases=["GeneXpert MTB/RIF"]),
              L("Blood cultures x2", "No growth after 5 days", "", "", "", flag=None, optional=True)]
    rows = [["Test", "Result", "Reference"]]
    for x in single:
        shown = x["val"] + (" " + x["unit"] if x["unit"] else "") + (" " + x["fl"] if x["fl"] else "")
        if x["name"] == "HIV viral load":
            shown = "<50 copies/mL (lower than detectable limit)"
        rows.append([x["name"], shown, x["ref"]])
        d.lab(x, adm)
    rows.append(["Sputum culture", "Pending at discharge - GP to follow up", ""])
    d.mn("labs", "Sputum culture", "other", "pending at discharge")
    y = pg.table(36, y + 5, [170, 240, 113], rows, sz=8.2, head=1, grid="h", lw=0.4)
    y += 14
    pg.T(36, y, "COURSE IN HOSPITAL", B, 9.5, col=purple)
    course = [
        "Admitted to the medical ward and treated with ceftriaxone (Rocephin) 1 g IV daily from " + fmt(adm) +
        " to 2025-03-09 and azithromycin 500 mg IV daily for 3 days, then switched to oral Augmentin once "
        "afebrile for 48 hours. Oxygen by nasal cannula was weaned off by 2025-03-08.",
        "Pre-renal acute kidney injury (creatinine 148 µmol/L) resolved with IV fluids; metformin and "
        "Pharmapress were withheld. He received a single dose of furosemide 40 mg IV on 2025-03-06 for mild "
        "fluid overload after rehydration. Metformin was restarted on 2025-03-10 once creatinine had "
        "normalised. Pharmapress remains withheld because of low-normal blood pressure.",
        "Blood glucose was managed with a sliding scale of Actrapid insulin, which was stopped on "
        "2025-03-10. HbA1c 9.1 %: gliclazide MR added. VTE prophylaxis with enoxaparin (Clexane) 40 mg SC "
        "daily, stopped at discharge. TLD was continued throughout without interruption.",
        "Influenza vaccine (Influvac Tetra) 0.5 mL IM was given on the ward on 2025-03-11, batch Q00000X.",
    ]
    y += 13
    for para in course:
        y = pg.P(36, y, 523, para, sz=8.8, lead=11.4) + 4
    d.med("ceftriaxone", "Rocephin", "1", "g", "IV", "daily", "completed")
    d.mn("medications", "ceftriaxone", "stopped", "IV course completed 2025-03-09")
    d.med("azithromycin", None, "500", "mg", "IV", "daily", "completed")
    d.mn("medications", "azithromycin", "stopped", "3-day IV course completed")
    d.med("enoxaparin", "Clexane", "40", "mg", "SC", "daily", "stopped")
    d.mn("medications", "enoxaparin", "stopped", "stopped at discharge")
    d.med("insulin soluble", "Actrapid", None, None, "SC", "sliding scale", "stopped")
    d.mn("medications", "Actrapid", "stopped", "sliding scale stopped 2025-03-10")
    d.mn("medications", "furosemide", "other", "single IV dose on the ward")
    d.imm("Influenza", D("2025-03-11"), None, "Q00000X", "Influvac Tetra")
    pg.next()
    y = 86
    pg.T(36, y, "DISCHARGE MEDICATION", B, 9.5, col=purple)
    meds = [["Medicine", "Dose", "Frequency", "Duration", "Status"],
            ["Augmentin (amoxicillin/clavulanic acid)", "1 g", "12-hourly", "5 more days", "NEW"],
            ["Panado (paracetamol)", "1 g", "6-hourly when needed", "as needed", "NEW"],
            ["TLD (tenofovir/lamivudine/dolutegravir)", "300/300/50 mg", "1 tablet daily", "chronic", "CONTINUE"],
            ["Metformin", "850 mg", "12-hourly", "chronic", "CONTINUE (restarted)"],
            ["Diamicron MR (gliclazide)", "60 mg", "daily with breakfast", "chronic", "NEW"],
            ["Pharmapress (enalapril)", "10 mg", "daily", "-", "WITHHELD - GP to restart when SBP > 130"]]
    y = pg.table(36, y + 6, [175, 70, 100, 65, 113], meds, sz=8.2, head=1, grid="grid", lw=0.4,
                 head_fill=C(0.95, 0.93, 0.97))
    d.med("amoxicillin/clavulanic acid", "Augmentin", "1", "g", "oral", "12-hourly", "new", also=["active"])
    d.med("paracetamol", "Panado", "1", "g", "oral", "6-hourly when needed", "new", also=["active"])
    d.med("tenofovir/lamivudine/dolutegravir", None, "300/300/50", "mg", "oral", "1 tablet daily", "active")
    d.med("metformin", None, "850", "mg", "oral", "12-hourly", "active")
    d.med("gliclazide", "Diamicron MR", "60", "mg", "oral", "daily with breakfast", "new", also=["active"])
    d.med("enalapril", "Pharmapress", "10", "mg", "oral", "daily", "held")
    d.mn("medications", "Pharmapress", "stopped", "withheld at discharge")
    y += 14
    pg.T(36, y, "FOLLOW-UP", B, 9.5, col=purple)
    fu = ["GP review on 2025-03-19: repeat U&E and glucose; restart Pharmapress if systolic BP above 130 mmHg.",
          "HIV clinic as scheduled. Pneumococcal vaccine (Prevenar 13) recommended at the HIV clinic visit.",
          "Repeat chest X-ray in 6 weeks to confirm resolution. Follow up the sputum culture result."]
    y += 13
    for s in fu:
        y = pg.P(44, y, 515, "- " + s, sz=8.8, lead=11.4) + 2
    d.mn("labs", "U&E", "planned", "repeat at GP review")
    d.mn("immunizations", "Prevenar 13", "planned", "recommended at the next HIV clinic visit")
    y += 10
    pg.rect(36, y, 523, 104, fill=C(0.97, 0.97, 0.97), stroke=0.4, col=GREY)
    pg.T(44, y + 14, "INFORMATION FOR THE PATIENT", B, 9)
    info = ["Take all the Augmentin tablets, even if you feel better. Augmentin can cause loose stools. If you "
            "get severe or bloody diarrhoea, this may be Clostridioides difficile infection - stop the tablets "
            "and see a doctor at once.",
            "Come back to the hospital or see your GP if the fever returns, if you become more short of breath, "
            "or if you cough up blood.",
            "Check your blood sugar twice a day. Diamicron MR can cause low blood sugar (hypoglycaemia): if you "
            "feel shaky, sweaty or confused, eat something sweet."]
    yy = y + 27
    for s in info:
        yy = pg.P(44, yy, 507, s, sz=8.2, lead=10.4) + 3
    d.mn("conditions", "Clostridioides difficile infection", "leaflet", "patient information text")
    d.mn("conditions", "hypoglycaemia", "leaflet", "patient information text")
    y = yy + 24
    pg.T(36, y, "Discharging doctor:", sz=8.8)
    pg.hw(130, y, "L. van der Merwe", sz=13, f=HAND_A, col=INK_BLUE, log=False)
    pg.T(36, y + 14, "Dr L. van der Merwe, MBChB FCP(SA), Specialist Physician (HPCSA MP 0000000)", sz=8.8)
    pg.T(36, y + 28, "Copy to: Dr N. Pillay (GP); HIV clinic; patient", sz=8.2, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 15 Malta, discharge (scan PNG)
def b15(d):
    fmt = f_dot
    adm, dis = D("2025-03-06"), D("2025-03-11")
    pg = d.page()
    pg.foot_left = "Harbour View General Hospital  |  ID 0000000M  |  Medical Ward 3"
    B = "Helvetica-Bold"
    pg.T(297, 44, "HARBOUR VIEW GENERAL HOSPITAL", "Times-Bold", 15, al="c")
    pg.T(297, 57, "Triq l-Ezempju, Msida MSD 0000, Malta   -   Tel: +356 0000 0000", "Times-Roman", 9, al="c")
    pg.T(297, 72, "DISCHARGE LETTER - DEPARTMENT OF MEDICINE", "Times-Bold", 11, al="c")
    pg.line(40, 78, 555, 78, w=1)
    info = [[{"t": "Name:", "f": B}, "Carmel BORG", {"t": "ID card no.:", "f": B}, "0000000M"],
            [{"t": "DOB:", "f": B}, "14.02.1951 (74 y, F)", {"t": "Ward / Cons.:", "f": B}, "Medical Ward 3 / Dr P. Zammit"],
            [{"t": "Admitted:", "f": B}, fmt(adm), {"t": "Discharged:", "f": B}, fmt(dis)],
            [{"t": "Family doctor:", "f": B}, "Dr J. Farrugia, Example Health Centre", {"t": "Dictated:", "f": B}, fmt(dis)]]
    y = pg.table(40, 88, [80, 180, 80, 175], info, sz=8.6, head=0, grid="none", pad=2.2)
    y += 16
    pg.T(40, y, "Diagnosis:", B, 9.5)
    y = pg.P(110, y, 445, "1. Acute pyelonephritis (E. coli), treated.  2. Paroxysmal atrial fibrillation.  "
             "3. Acute kidney injury (NSAID-related) - resolved.", sz=9) + 4
    d.cond("Acute pyelonephritis", "active", aliases=["Pyelonephritis"])
    d.cond("Paroxysmal atrial fibrillation", "active", aliases=["Atrial fibrillation"])
    d.mn("conditions", "Acute kidney injury", "historical", "resolved")
    pg.T(40, y, "Allergies:", B, 9.5)
    pg.T(110, y, "Nil known", sz=9)
    d.mn("allergies", "Nil known", "negated", "no known allergies")
    y += 18
    pg.T(40, y, "History and course:", B, 9.5)
    y = pg.P(40, y + 12, 515, "74-year-old lady admitted from A&E with 3 days of fever, rigors, left loin pain "
             "and dysuria, having taken Voltaren 50 mg three times daily for knee pain. On admission she was "
             "febrile (39.2 °C), in fast AF and had an acute kidney injury. She received a single dose of "
             "gentamicin 5 mg/kg IV in A&E on " + fmt(adm) + ", followed by IV co-amoxiclav, and was switched "
             "to oral ciprofloxacin on " + fmt(D("2025-03-09")) + " according to sensitivities. Voltaren was "
             "stopped. Renal function recovered with IV fluids. Rate control was achieved with bisoprolol; "
             "rivaroxaban was continued (CHA2DS2-VASc 4). She was mobilising independently at discharge.",
             sz=9, lead=11.6) + 6
    d.mn("medications", "gentamicin", "other", "single IV dose in A&E")
    d.med("co-amoxiclav", None, None, None, "IV", None, "stopped", also=["completed"])
    d.mn("medications", "co-amoxiclav", "stopped", "IV course on the ward, switched to ciprofloxacin")
    d.vital("temperature", "39.2", "°C", optional=True)
    pg.T(40, y, "Investigations:", B, 9.5)
    labs = [["", fmt(adm), fmt(D("2025-03-10")), "Ref."],
            ["Creatinine (µmol/L)", "142 H", "84", "45 - 90"],
            ["CRP (mg/L)", "212 H", "31 H", "< 5"],
            ["WBC (x10^9/L)", "17.9 H", "8.6", "4.0 - 11.0"]]
    y = pg.table(40, y + 5, [150, 90, 90, 90], labs, sz=8.6, head=1, grid="h", lw=0.4)
    for name, unit, vals, fls, lo, hi, rt, al in [
            ("Creatinine", "µmol/L", ["142", "84"], ["H", ""], 45, 90, None, []),
            ("CRP", "mg/L", ["212", "31"], ["H", "H"], None, 5, "< 5", ["C-reactive protein"]),
            ("WBC", "x10^9/L", ["17.9", "8.6"], ["H", ""], 4.0, 11.0, None, ["White cell count"])]:
        ref = "45 - 90" if name == "Creatinine" else ("< 5" if name == "CRP" else "4.0 - 11.0")
        for v, f, dd in zip(vals, fls, [adm, D("2025-03-10")]):
            d.lab(L(name, v, unit, ref, f, lo, hi, rt, aliases=al), dd)
    y = pg.P(40, y + 10, 515, "Urine culture (" + fmt(adm) + "): Escherichia coli > 10^5 CFU/mL, sensitive to "
             "ciprofloxacin and co-amoxiclav, resistant to trimethoprim. Blood cultures: no growth.", sz=9) + 4
    d.lab(L("Urine culture", "Escherichia coli > 10^5 CFU/mL", "", "", "", flag="abnormal", optional=True), adm)
    pg.T(40, y, "Observations on discharge:", B, 9.5)
    pg.T(190, y, "Temp 36.9 °C   BP 124/78 mmHg   HR 72/min (irregular)   SpO2 96% on air", sz=9)
    d.vital("temperature", "36.9", "°C")
    d.vital("blood_pressure", "124/78", "mmHg")
    d.vital("heart_rate", "72", "/min")
    d.vital("oxygen_saturation", "96", "%")
    y += 18
    pg.T(40, y, "Medication on discharge:", B, 9.5)
    meds = [["Drug", "Dose", "Frequency", "Remarks"],
            ["Ciprofloxacin (Ciproxin)", "500 mg", "twice daily", "NEW - until " + fmt(D("2025-03-15")) + " (4 more days)"],
            ["Rivaroxaban (Xarelto)", "20 mg", "once daily with food", "continue"],
            ["Bisoprolol (Concor)", "2.5 mg", "once daily", "continue"],
            ["Paracetamol (Panadol)", "1 g", "four times daily if needed", "NEW - for knee pain"],
            ["Diclofenac (Voltaren)", "50 mg", "three times daily", "STOP - caused kidney injury, avoid NSAIDs"]]
    y = pg.table(40, y + 5, [140, 55, 120, 200], meds, sz=8.6, head=1, grid="grid", lw=0.5,
                 head_fill=LGREY)
    d.med("ciprofloxacin", "Ciproxin", "500", "mg", "oral", "twice daily", "new", also=["active"])
    d.med("rivaroxaban", "Xarelto", "20", "mg", "oral", "once daily with food", "active")
    d.med("bisoprolol", "Concor", "2.5", "mg", "oral", "once daily", "active")
    d.med("paracetamol", "Panadol", "1", "g", "oral", "four times daily if needed", "new", also=["active"])
    d.med("diclofenac", "Voltaren", "50", "mg", "oral", "three times daily", "stopped")
    d.mn("medications", "Voltaren", "stopped", "stopped, NSAID-related AKI")
    y = pg.P(40, y + 14, 515, "Follow-up: family doctor to repeat U&E in one week. Cardiology outpatients in "
             "6 weeks. Return if fever or loin pain recur.", sz=9) + 6
    d.mn("labs", "U&E", "planned", "repeat in one week")
    pg.hw(360, y + 16, "P. Zammit", sz=14, f=HAND_A, col=INK_BLACK, log=False)
    pg.T(360, y + 30, "Dr P. Zammit, Resident Specialist", sz=8.6)
    pg.T(360, y + 41, "for Dr M. Camilleri, Consultant Physician", sz=8.6)
    pg.done()


# ---------------------------------------------------------------- 16 Philippines, child card (scan)
def b16(d):
    f2 = f_mdy2
    pg = d.page()
    pg.foot_left = "DOH Form CIR-0 (sample)  |  BHS San Isidro"
    pink = C(0.95, 0.88, 0.9)
    blue = C(0.15, 0.3, 0.6)
    pg.rect(0, 0, pg.W, pg.H, fill=C(0.93, 0.96, 1.0), stroke=0)
    pg.T(306, 28, "Republic of the Philippines  -  Department of Health", "Helvetica", 8, al="c")
    pg.T(306, 42, "CHILD IMMUNIZATION RECORD", "Helvetica-Bold", 13, col=blue, al="c")
    pg.T(306, 54, "Barangay Health Station - Brgy. San Isidro, Example City", "Helvetica", 8, al="c")
    # identity fields with handwritten answers
    y = 74
    fields = [("Child's name:", 30, "Juan Miguel Santos", 95), ("Sex:", 330, "M", 355),
              ("Date of birth (mm/dd/yy):", 400, "02/14/24", 505)]
    for lab_, lx, val, vx in fields:
        pg.T(lx, y, lab_, "Helvetica", 8)
        pg.hw(vx, y, val, sz=11, f=HAND_A, col=INK_BLUE)
    y += 16
    for lab_, lx, val, vx in [("Mother's name:", 30, "Maria Santos", 95), ("Birth weight:", 330, "3.1 kg", 390),
                              ("Family serial no.:", 440, "000-00", 515)]:
        pg.T(lx, y, lab_, "Helvetica", 8)
        pg.hw(vx, y, val, sz=11, f=HAND_A, col=INK_BLUE)
    y += 10
    rows = [["Vaccine", "Dose", "Date given (mm/dd/yy)", "Lot no.", "Given by", "Next visit / remarks"]]
    entries = [
        ("BCG", "At birth", D("2024-02-14"), "BC0001A", "RHM", "", None),
        ("Hepatitis B", "Birth dose", D("2024-02-14"), "HB0002B", "RHM", "", None),
        ("Pentavalent (DPT-HepB-Hib)", "1", D("2024-03-27"), "PV0003C", "RHM", "04/24/24", 1),
        ("Pentavalent (DPT-HepB-Hib)", "2", D("2024-04-24"), "PV0003C", "RHM", "05/22/24", 2),
        ("Pentavalent (DPT-HepB-Hib)", "3", D("2024-05-22"), "PV0004D", "RN", "", 3),
        ("OPV", "1", D("2024-03-27"), "OP0005E", "RHM", "", 1),
        ("OPV", "2", D("2024-04-24"), "OP0005E", "RHM", "", 2),
        ("OPV", "3", D("2024-05-22"), "OP0006F", "RN", "", 3),
        ("IPV", "1", D("2024-05-22"), "IP0007G", "RN", "", 1),
        ("IPV", "2", D("2024-11-13"), "IP0008H", "RN", "", 2),
        ("PCV", "1", D("2024-03-27"), "PC0009J", "RHM", "", 1),
        ("PCV", "2", D("2024-04-24"), "PC0009J", "RHM", "", 2),
        ("PCV", "3", D("2024-05-22"), "PC0010K", "RN", "", 3),
        ("MMR", "1", D("2024-11-13"), "MM0011L", "RN", "MMR 2 due 02/14/25", 1),
        ("MMR", "2", None, "", "", "", 2),
    ]
    for vac, dose, dd, lot, by, rem, dn in entries:
        hand_cells = [
            {"t": f2(dd) if dd else "", "hand": True, "hsz": 11},
            {"t": lot, "hand": True, "hsz": 10, "hf": HAND_B},
            {"t": by, "hand": True, "hsz": 10, "hf": HAND_B},
            {"t": rem, "hand": True, "hsz": 9.5, "hf": HAND_A},
        ]
        rows.append([vac, dose] + hand_cells)
        if dd:
            d.imm(vac, dd, None if dose in ("At birth", "Birth dose") else dn, lot, None)
    y = pg.table(30, y + 6, [150, 55, 105, 70, 55, 117], rows, sz=7.8, head=1, grid="grid", lw=0.5,
                 head_fill=pink, min_h=15.5, pad=2.4, line_col=blue)
    d.mn("immunizations", "MMR 2", "due", "due 02/14/25, not given")
    y += 16
    pg.T(30, y, "Other:", "Helvetica-Bold", 8)
    pg.hw(65, y, "Vit. A 100,000 IU given 11/13/24", sz=10.5, f=HAND_A, col=INK_BLUE)
    pg.hw(300, y, "Rotavirus - not given (not in program)", sz=10.5, f=HAND_A, col=INK_BLUE)
    d.mn("medications", "Vit. A", "other", "single supplement dose at the health station")
    d.mn("immunizations", "Rotavirus", "other", "not given, not in programme")
    y += 16
    pg.T(30, y, "Bring this card on every visit. Fully immunized child (FIC) before 1st birthday:", "Helvetica", 7.5)
    pg.box(330, y, 7, checked=True)
    pg.T(340, y, "Yes", "Helvetica", 7.5)
    pg.box(362, y, 7, checked=False)
    pg.T(372, y, "No", "Helvetica", 7.5)
    pg.done()


# ---------------------------------------------------------------- 17 Japan, travel vaccination record
def b17(d):
    fmt = f_ymd_slash
    issued = D("2025-03-12")
    pg = d.page()
    pg.foot_left = "Shiodome International Travel Clinic  |  Record no. STC-000312"
    B = "Helvetica-Bold"
    red = C(0.65, 0.1, 0.15)
    pg.T(40, 44, "Shiodome International Travel Clinic", B, 14, col=red)
    pg.T(40, 57, "Test Building 5F, 1-0-0 Example-cho, Minato-ku, Tokyo 105-0000   Tel 03-0000-0000", sz=8)
    pg.T(555, 44, "VACCINATION RECORD", B, 12, al="r")
    pg.T(555, 57, "(Travel Medicine) - English", sz=8, al="r")
    pg.line(40, 64, 555, 64, w=1.2, col=red)
    info = [[{"t": "Name", "f": B}, "WATANABE Kenji", {"t": "Date of birth", "f": B}, fmt(D("1988-09-30"))],
            [{"t": "Passport no.", "f": B}, "TZ0000000", {"t": "Nationality", "f": B}, "Japan"],
            [{"t": "Destination", "f": B}, "Kenya, Tanzania (Apr-Jun 2025); Cambodia", {"t": "Issued", "f": B}, fmt(issued)],
            [{"t": "Allergies", "f": B}, "No known allergies (including egg, gelatin)", {"t": "Physician", "f": B}, "Dr Yuki Hayashi"]]
    y = pg.table(40, 74, [80, 215, 80, 140], info, sz=8.2, head=0, grid="grid", lw=0.4)
    d.mn("allergies", "No known allergies", "negated", "none")
    y += 14
    pg.T(40, y, "Vaccinations administered at this clinic", B, 9.5)
    rows = [["Vaccine", "Product (manufacturer)", "Dose", "Date", "Lot no.", "Route / site"]]
    given = [
        ("Hepatitis A", "Aimmugen (KM Biologics)", "1", D("2025-01-20"), "E000A1", "SC / L arm"),
        ("Hepatitis A", "Aimmugen (KM Biologics)", "2", D("2025-02-17"), "E000A2", "SC / L arm"),
        ("Hepatitis B", "Heptavax-II (MSD)", "1", D("2025-01-20"), "R000B1", "IM / R deltoid"),
        ("Hepatitis B", "Heptavax-II (MSD)", "2", D("2025-02-17"), "R000B1", "IM / R deltoid"),
        ("Japanese encephalitis", "Encevac (KM Biologics)", "Booster", D("2025-01-20"), "J000E1", "SC / R arm"),
        ("Rabies (pre-exposure)", "Rabipur (imported)", "1", D("2025-01-20"), "RA0001", "IM / L deltoid"),
        ("Rabies (pre-exposure)", "Rabipur (imported)", "2", D("2025-01-27"), "RA0001", "IM / L deltoid"),
        ("Rabies (pre-exposure)", "Rabipur (imported)", "3", D("2025-02-17"), "RA0002", "IM / L deltoid"),
        ("Typhoid (Vi polysaccharide)", "Typhim Vi (imported)", "1", D("2025-02-17"), "T000V1", "IM / R deltoid"),
        ("Tdap", "Boostrix (imported)", "1", D("2025-02-17"), "BX0001", "IM / L deltoid"),
    ]
    for vac, prod, dose, dd, lot, site in given:
        rows.append([vac, prod, dose, fmt(dd), lot, site])
        brand = prod.split(" (")[0]
        d.imm(vac, dd, int(dose) if dose.isdigit() else None, lot, brand)
    y = pg.table(40, y + 5, [125, 130, 45, 65, 55, 95], rows, sz=8.2, head=1, grid="grid", lw=0.4,
                 head_fill=C(0.97, 0.9, 0.9))
    y += 14
    pg.T(40, y, "Planned / not given", B, 9.5)
    rows = [["Vaccine", "Status", "Comment"],
            ["Hepatitis B dose 3", "Scheduled " + fmt(D("2025-07-21")), "complete series after return"],
            ["Yellow fever (Stamaril)", "To be given at Tokyo Quarantine Station",
             "appointment " + fmt(D("2025-03-25")) + "; certificate (ICVP) issued there"],
            ["Cholera (Dukoral)", "Not indicated", "low risk for this itinerary"],
            ["Influenza", "Declined", "patient preference"]]
    y = pg.table(40, y + 5, [130, 175, 210], rows, sz=8.2, head=1, grid="h", lw=0.4)
    d.mn("immunizations", "Hepatitis B dose 3", "planned", "scheduled for July")
    d.mn("immunizations", "Yellow fever (Stamaril)", "planned", "to be given at the quarantine station")
    d.mn("immunizations", "Cholera (Dukoral)", "other", "not indicated")
    d.mn("immunizations", "Influenza", "other", "declined")
    y += 16
    pg.T(40, y, "Malaria prevention and other advice", B, 9.5)
    y = pg.P(40, y + 13, 515, "Prescribed: Malarone (atovaquone/proguanil 250/100 mg), 1 tablet once daily "
             "with food, starting 1-2 days before entering a malaria risk area and continuing for 7 days after "
             "leaving it; 56 tablets supplied. Mosquito bite avoidance, safe food and water, and animal-bite "
             "first aid were discussed. If bitten or scratched by a mammal, wash the wound for 15 minutes and "
             "seek two booster doses of rabies vaccine; rabies immunoglobulin is not needed after a complete "
             "pre-exposure series.", sz=8.6, lead=11) + 4
    d.med("atovaquone/proguanil", "Malarone", "250/100", "mg", "oral", "once daily", "new", also=["active"])
    pg.rect(40, y + 4, 515, 58, stroke=0.5, col=GREY)
    pg.T(48, y + 16, "Traveller information", B, 8)
    pg.P(48, y + 28, 500, "Common side effects after vaccination include soreness at the injection site, mild "
         "fever and tiredness for 1-2 days. Malarone may cause stomach upset or headache. Seek medical care for "
         "any fever during or within 3 months after travel and tell the doctor you may have malaria.",
         sz=7.8, lead=9.8)
    d.mn("conditions", "malaria", "leaflet", "traveller advice text")
    y += 90
    pg.hw(380, y, "Y. Hayashi", sz=13, f=HAND_A, col=INK_BLACK, log=False)
    pg.T(380, y + 13, "Dr Yuki Hayashi, Travel Medicine", sz=8.2)
    pg.rect(505, y - 26, 46, 46, stroke=1.2, col=red, r=23)
    pg.T(528, y + 0, "STC", B, 9, col=red, al="c")
    pg.done()


# ---------------------------------------------------------------- 18 Hong Kong, dispensing history
def b18(d):
    fmt = f_dmy
    printed = D("2025-03-12")
    pg = d.page()
    pg.foot_left = "Harbour Crest Pharmacy  |  Dispensing history printed " + fmt(printed) + " 17:32"
    B = "Helvetica-Bold"
    grn = C(0.0, 0.42, 0.25)
    pg.T(40, 44, "HARBOUR CREST PHARMACY", B, 14, col=grn)
    pg.T(40, 56, "G/F, 00 Example Street, Mong Kok, Kowloon, Hong Kong   Tel 0000 0000", sz=8)
    pg.T(40, 66, "Registered pharmacist: Chan Ka Yan (Reg. No. P00000)", sz=8)
    pg.T(555, 44, "PATIENT DISPENSING HISTORY", B, 11, al="r")
    pg.T(555, 56, "Period: 01/09/2024 - " + fmt(printed), sz=8, al="r")
    pg.line(40, 72, 555, 72, w=1, col=grn)
    pg.T(40, 86, "Patient: LEE Siu Ming   HKID: X000000(0)   DOB: 11/06/1956   Tel: 0000 0000", "Helvetica", 8.6)
    pg.rect(380, 92, 175, 22, fill=C(1, 0.92, 0.92), stroke=0.6, col=INK_RED)
    pg.T(386, 106, "ALLERGY: Ibuprofen - facial swelling", B, 8.2, col=INK_RED)
    d.allergy("Ibuprofen", "facial swelling", None)
    pg.T(40, 104, "Regular doctor: Dr Wong Tai Man (Example Medical Centre)", sz=8.4)
    rows = [["Date", "Rx no.", "Item", "Qty", "Directions", "Prescriber", "Remarks"],
            ["01/10/2024", "RX00101", "Lipitor (atorvastatin) 20mg tab", "28", "1 tab at night", "Dr Wong", ""],
            ["01/10/2024", "RX00102", "Glucophage (metformin) 500mg tab", "56", "1 tab twice daily", "Dr Wong", ""],
            ["01/10/2024", "RX00103", "Norvasc (amlodipine) 5mg tab", "28", "1 tab daily", "Dr Wong", ""],
            ["05/12/2024", "RX00187", "Diamicron MR (gliclazide) 30mg tab", "28", "1 tab daily with breakfast", "Dr Wong", "new"],
            ["05/12/2024", "RX00188", "Lipitor (atorvastatin) 20mg tab", "28", "1 tab at night", "Dr Wong", "repeat"],
            ["05/12/2024", "RX00189", "Glucophage (metformin) 500mg tab", "56", "1 tab twice daily", "Dr Wong", "repeat"],
            ["03/01/2025", "RX00214", "Amoxil (amoxicillin) 500mg cap", "21", "1 cap three times daily for 7 days", "Dr Ho", "course to 09/01/2025"],
            ["20/02/2025", "RX00262", "Lipitor (atorvastatin) 20mg tab", "28", "1 tab at night", "Dr Wong", "repeat"],
            ["20/02/2025", "RX00263", "Glucophage (metformin) 500mg tab", "56", "1 tab twice daily", "Dr Wong", "repeat"],
            ["20/02/2025", "RX00264", "Norvasc (amlodipine) 10mg tab", "28", "1 tab daily", "Dr Wong", "dose increased from 5mg"],
            ["20/02/2025", "RX00265", "Januvia (sitagliptin) 100mg tab", "28", "1 tab daily", "Dr Wong", "NEW - replaces Diamicron MR"],
            ["12/03/2025", "OTC", "Panadol (paracetamol) 500mg tab", "20", "2 tabs every 6 hours when required (max 8/day)", "-", "counter sale"]]
    y = pg.table(40, 118, [50, 45, 130, 25, 120, 50, 95], rows, sz=7.5, head=1, grid="h", lw=0.3,
                 line_col=GREY, head_fill=C(0.88, 0.94, 0.9), zebra=C(0.97, 0.97, 0.97))
    d.med("atorvastatin", "Lipitor", "20", "mg", "oral", "at night", "active")
    d.med("metformin", "Glucophage", "500", "mg", "oral", "twice daily", "active")
    d.med("amlodipine", "Norvasc", "10", "mg", "oral", "daily", "changed")
    d.med("sitagliptin", "Januvia", "100", "mg", "oral", "daily", "new", also=["active"])
    d.med("gliclazide", "Diamicron MR", "30", "mg", "oral", "daily with breakfast", "stopped")
    d.mn("medications", "Diamicron MR", "stopped", "ceased 20/02/2025, replaced by Januvia")
    d.med("amoxicillin", "Amoxil", "500", "mg", "oral", "three times daily for 7 days", "completed")
    d.mn("medications", "Amoxil", "stopped", "7-day course completed 09/01/2025")
    d.med("paracetamol", "Panadol", "500", "mg", "oral", "every 6 hours when required", "active")
    y += 14
    pg.T(40, y, "Medication profile changes", B, 9)
    prof = [["Date", "Change", "By"],
            ["20/02/2025", "Diamicron MR (gliclazide) 30mg - CEASED by prescriber (hypoglycaemia)", "Dr Wong"],
            ["20/02/2025", "Norvasc (amlodipine) - dose changed 5mg -> 10mg daily", "Dr Wong"],
            ["09/01/2025", "Amoxil (amoxicillin) - course completed", "pharmacist"]]
    y = pg.table(40, y + 5, [60, 355, 100], prof, sz=7.8, head=1, grid="h", lw=0.3, line_col=GREY)
    y += 14
    pg.T(40, y, "Counselling record", B, 9)
    y = pg.P(40, y + 12, 515, "20/02/2025 - Januvia counselling given with leaflet: take once daily with or "
             "without food. Rarely, inflammation of the pancreas (pancreatitis) has been reported; stop the "
             "tablets and seek medical help for severe, persistent stomach pain. Patient also reminded that "
             "ibuprofen and other NSAIDs must be avoided (allergy on record).", sz=8.2, lead=10.6)
    d.mn("conditions", "pancreatitis", "leaflet", "counselling leaflet text")
    y = pg.P(40, y + 6, 515, "12/03/2025 - Panadol sold for knee pain; checked interactions; advised not to "
             "exceed 8 tablets in 24 hours.", sz=8.2, lead=10.6)
    pg.T(40, y + 18, "Printed for: patient request (to bring to specialist appointment)", sz=8, col=GREY)
    pg.T(555, y + 18, "Pharmacist: Chan Ka Yan", sz=8, al="r")
    pg.done()


# ---------------------------------------------------------------- 19 Gibraltar, MAR chart (scan)
def b19(d):
    fmt = f_dmy
    wk = D("2025-03-10")
    pg = d.page()
    pg.foot_left = "Calpe View Residential Home  |  MAR chart  |  Resident room 12"
    B = "Helvetica-Bold"
    W = pg.W
    pg.T(30, 34, "CALPE VIEW RESIDENTIAL HOME", B, 12)
    pg.T(30, 46, "00 Example Ramp, Gibraltar GX11 1AA   Tel +350 200 00000", sz=7.8)
    pg.T(W / 2 + 40, 34, "MEDICATION ADMINISTRATION RECORD", B, 12, al="c")
    pg.T(W / 2 + 40, 46, "Week commencing " + fmt(wk) + "   (chart 2 of 4, March 2025)", sz=8, al="c")
    info = [[{"t": "Resident:", "f": B}, "Dolores CARUANA", {"t": "DOB:", "f": B}, "03/06/1938", {"t": "Room:", "f": B}, "12",
             {"t": "GP:", "f": B}, "Dr M. Sene, Primary Care Centre"],
            [{"t": "Weight:", "f": B}, "58.2 kg (01/03/2025)", {"t": "GHA no.:", "f": B}, "G000000", {"t": "Pharmacy:", "f": B},
             "Example Pharmacy", {"t": "Reviewed:", "f": B}, "Dr M. Sene 09/03/2025"]]
    y = pg.table(30, 54, [48, 110, 42, 70, 48, 95, 48, 180], info, sz=7.6, head=0, grid="grid", lw=0.4)
    d.vital("weight", "58.2", "kg")
    pg.rect(690, 52, 122, 32, fill=C(1, 0.9, 0.9), stroke=1, col=INK_RED)
    pg.T(696, 62, "ALLERGIES:", B, 7.6, col=INK_RED)
    pg.hw(696, 78, "Codeine - vomiting", sz=10, f=HAND_A, col=INK_RED)
    d.allergy("Codeine", "vomiting", None)
    days = ["Mon 10", "Tue 11", "Wed 12", "Thu 13", "Fri 14", "Sat 15", "Sun 16"]
    widths = [232, 34] + [50] * 7 + [138]
    rows = [["Medicine / dose / route / directions", "Time"] + days + ["Notes"]]
    sigs = ["DC", "MB", "JS", "DC", "MB"]

    def cells(times_done, marks=None):
        out = []
        for i in range(7):
            m = (marks or {}).get(i)
            if m:
                out.append({"t": m, "hand": True, "hsz": 10, "hf": HAND_B, "col": INK_RED if m in ("H", "R") else INK_BLUE})
            elif i < times_done:
                out.append({"t": sigs[i % len(sigs)], "hand": True, "hsz": 10, "hf": HAND_B})
            else:
                out.append("")
        return out
    rows.append("REGULAR MEDICINES")
    rows.append(["DONEPEZIL 10mg tablets - ONE at NIGHT - oral", "22:00"] + cells(4) + [""])
    rows.append(["SERTRALINE 50mg tablets - ONE in the MORNING - oral", "08:00"] + cells(5) + [""])
    rows.append(["BISOPROLOL 2.5mg tablets - ONE in the MORNING - oral", "08:00"] + cells(5) + [""])
    rows.append(["APIXABAN (Eliquis) 2.5mg tablets - ONE TWICE a day - oral", "08:00"] + cells(5) + [""])
    rows.append(["", "20:00"] + cells(4) + [""])
    rows.append(["ADCAL-D3 chewable tablets - ONE TWICE a day - chew", "12:00"] + cells(4) + [""])
    rows.append(["", "18:00"] + cells(4) + [""])
    rows.append(["LAXIDO ORANGE sachets - ONE sachet DAILY in water - oral", "08:00"] + cells(5, {2: "R"}) +
                [{"t": "R = refused 12/03", "hand": True, "hsz": 9, "hf": HAND_A}])
    rows.append(["FUROSEMIDE 40mg tablets - ONE in the MORNING - oral", "08:00"] +
                cells(2, {2: "H", 3: "H", 4: "H"}) +
                [{"t": "WITHHELD from 12/03/25", "hand": True, "hsz": 9.5, "hf": HAND_A, "col": INK_RED}])
    rows.append("WHEN REQUIRED (PRN)")
    rows.append(["PARACETAMOL 500mg tablets - TWO (1g) up to FOUR times a day when required for pain, "
                 "max 8 in 24 hours - oral", "PRN"] +
                ["", {"t": "14:10 DC", "hand": True, "hsz": 9, "hf": HAND_B}, "",
                 {"t": "09:30 JS", "hand": True, "hsz": 9, "hf": HAND_B}, "", "", ""] + [""])
    rows.append("ONCE ONLY / STAT")
    rows.append(["LORAZEPAM 0.5mg tablet - ONCE ONLY 13/03/2025 before dental appointment - oral", "09:00"] +
                ["", "", "", {"t": "09:05 MB", "hand": True, "hsz": 9, "hf": HAND_B}, "", "", ""] + [""])
    rows.append("DISCONTINUED / COMPLETED")
    rows.append([{"t": "ZOPICLONE 3.75mg tablets - ONE at NIGHT - oral", "strike": True}, "22:00"] +
                ["", "", "", "", "", "", ""] +
                [{"t": "DISCONTINUED 09/03/25", "hand": True, "hsz": 9.5, "hf": HAND_A, "col": INK_RED}])
    rows.append([{"t": "TRIMETHOPRIM 200mg tablets - ONE TWICE a day for 3 days - oral", "strike": True}, "08/20"] +
                ["", "", "", "", "", "", ""] +
                [{"t": "course completed 07/03/25", "hand": True, "hsz": 9.5, "hf": HAND_A}])
    y = pg.table(30, y + 8, widths, rows, sz=7.4, head=1, grid="grid", lw=0.45, min_h=16, pad=2.4,
                 head_fill=LGREY, sec_fill=C(0.93, 0.93, 0.93))
    d.med("donepezil", None, "10", "mg", "oral", "at night", "active")
    d.med("sertraline", None, "50", "mg", "oral", "in the morning", "active")
    d.med("bisoprolol", None, "2.5", "mg", "oral", "in the morning", "active")
    d.med("apixaban", "Eliquis", "2.5", "mg", "oral", "twice a day", "active")
    d.med("calcium carbonate/colecalciferol", "Adcal-D3", None, None, "oral (chew)", "twice a day", "active")
    d.med("macrogol", "Laxido", "1", "sachet", "oral", "daily", "active")
    d.med("furosemide", None, "40", "mg", "oral", "in the morning", "held")
    d.mn("medications", "FUROSEMIDE", "stopped", "withheld from 12/03/25")
    d.med("paracetamol", None, "1", "g", "oral", "up to four times a day when required", "active")
    d.med("zopiclone", None, "3.75", "mg", "oral", "at night", "stopped")
    d.mn("medications", "ZOPICLONE", "stopped", "discontinued 09/03/25")
    d.med("trimethoprim", None, "200", "mg", "oral", "twice a day for 3 days", "completed")
    d.mn("medications", "TRIMETHOPRIM", "stopped", "course completed 07/03/25")
    d.mn("medications", "LORAZEPAM", "other", "once-only dose")
    y += 12
    pg.T(30, y, "Notes:", B, 8)
    pg.hw(62, y, "12/03/25 08:00 BP 96/58, dizzy on standing. Dr Sene phoned - withhold furosemide, recheck BP daily.",
          sz=10, f=HAND_A, col=INK_BLUE)
    d.vital("blood_pressure", "96/58", None)
    pg.hw(62, y + 14, "12/03/25 Laxido refused - says bowels open daily. MB", sz=10, f=HAND_A, col=INK_BLUE)
    pg.T(30, y + 32, "Codes: H = withheld (record reason)   R = refused   A = absent / hospital   "
         "Initials = given. Return unused medicines to pharmacy.", sz=7, col=GREY)
    pg.T(30, y + 42, "Signatures: DC = D. Chipolina (senior carer)   MB = M. Bossino (nurse)   "
         "JS = J. Sacramento (carer)", sz=7, col=GREY)
    pg.done()


# ---------------------------------------------------------------- 20 UAE, pre-anaesthesia questionnaire
def b20(d):
    fmt = f_dmy
    today, bloods = D("2025-03-12"), D("2025-03-10")
    pg = d.page()
    pg.foot_left = "Al Safa Day Surgery Centre  |  Form ANA-02 v3  |  DHA licence 00000000"
    B = "Helvetica-Bold"
    bl = C(0.1, 0.3, 0.55)
    pg.T(40, 42, "AL SAFA DAY SURGERY CENTRE", B, 13, col=bl)
    pg.T(40, 54, "Villa 00, Example Road, Al Safa, Dubai, UAE   Tel +971 4 000 0000", sz=7.8)
    pg.T(555, 42, "PRE-ANAESTHESIA", B, 11, al="r")
    pg.T(555, 54, "ASSESSMENT QUESTIONNAIRE", B, 9, al="r")
    pg.line(40, 60, 555, 60, w=1, col=bl)
    pg.T(40, 72, "To be completed by the patient. Please answer every question and bring this form to your "
         "pre-assessment appointment.", "Helvetica-Oblique", 7.6)
    y = 90
    for lab_, x, val, vx in [("Name:", 40, "Rahul Menon", 75), ("Date of birth:", 300, "08/11/1979", 365),
                             ("Date:", 450, fmt(today), 478)]:
        pg.T(x, y, lab_, "Helvetica", 8.2)
        pg.hw(vx, y, val, sz=11)
    y += 16
    for lab_, x, val, vx in [("Emirates ID:", 40, "784-0000-0000000-0", 95), ("Mobile:", 300, "+971 50 000 0000", 335)]:
        pg.T(x, y, lab_, "Helvetica", 8.2)
        pg.hw(vx, y, val, sz=11)
    y += 16
    pg.T(40, y, "Insurance:", B, 8.2)
    pg.T(95, y, "Company:", sz=8.2)
    pg.hw(135, y, "Test Insurance Co.", sz=11)
    pg.T(300, y, "Card no.:", sz=8.2)
    pg.hw(340, y, "000000", sz=11)
    pg.T(420, y, "Network:", sz=8.2)
    pg.hw(458, y, "Gold", sz=11)
    y += 16
    pg.T(40, y, "Planned procedure:", B, 8.2)
    pg.T(125, y, "Laparoscopic right inguinal hernia repair  -  19/03/2025  -  Dr K. Haddad (General Surgery)", sz=8.2)
    d.cond("right inguinal hernia", "active", aliases=["Inguinal hernia"])
    y += 12
    qs = [
        ("1. High blood pressure?", True, "since 2019, on Concor"),
        ("2. Heart attack, angina or chest pain?", False, ""),
        ("3. Heart failure or irregular heartbeat?", False, ""),
        ("4. Asthma, COPD or other lung disease?", False, ""),
        ("5. Sleep apnoea or loud snoring?", False, ""),
        ("6. Diabetes?", True, "Type 2 - tablets"),
        ("7. Kidney or liver disease?", False, ""),
        ("8. Stroke, epilepsy or fits?", False, ""),
        ("9. Bleeding problems, or taking blood thinners?", False, ""),
        ("10. Previous operations?", True, "Appendix removed 2008"),
        ("11. Problems with anaesthesia (you or a blood relative)?", False, ""),
        ("12. Allergy to any medicine?", False, ""),
        ("13. Other allergies (latex, plasters, food)?", True, "Latex - itchy rash"),
        ("14. Do you smoke?", False, ""),
        ("15. Loose teeth, crowns or dentures?", False, ""),
    ]
    rows = [["Question", "Yes", "No", "If yes, details"]]
    for q, yes, det in qs:
        rows.append([q, "", "", {"t": det, "hand": True, "hsz": 11} if det else ""])
    top = y + 4
    y = pg.table(40, top, [250, 30, 30, 205], rows, sz=8.2, head=1, grid="grid", lw=0.45, min_h=17,
                 head_fill=C(0.88, 0.92, 0.97), aligns=["l", "c", "c", "l"])
    for i, (q, yes, det) in enumerate(qs):
        ry = top + 17 * (i + 1) + 12   # baseline inside row i
        pg.box(40 + 250 + 11, ry, 8, checked=yes)
        pg.box(40 + 280 + 11, ry, 8, checked=not yes)
    d.cond("High blood pressure", "active", aliases=["Hypertension"])
    d.cond("Diabetes", "active", aliases=["Type 2 diabetes", "Type 2 diabetes mellitus"])
    d.allergy("Latex", "itchy rash", None)
    d.mn("conditions", "Appendix removed 2008", "historical", "past operation")
    for name, cat in [("angina", "conditions"), ("Heart failure", "conditions"), ("Asthma", "conditions"),
                      ("Sleep apnoea", "conditions"), ("Kidney or liver disease", "conditions"),
                      ("Stroke, epilepsy or fits", "conditions"), ("blood thinners", "medications"),
                      ("Allergy to any medicine", "allergies"), ("Problems with anaesthesia", "conditions")]:
        d.mn(cat, name, "checkbox_no", "box ticked No")
    y += 14
    pg.T(40, y, "Medicines you take (include over-the-counter and herbal):", B, 8.2)
    meds = ["Glucophage 500 mg - 1 tab twice a day", "Concor 5 mg - 1 tab morning", "Crestor 10 mg - 1 tab night",
            "Jusprin 81 mg - STOPPED 7 days ago (surgeon advised)"]
    for i, m in enumerate(meds):
        pg.line(40, y + 17 + i * 16, 360, y + 17 + i * 16, w=0.3, col=GREY, dash=(1, 2))
        pg.hw(44, y + 14 + i * 16, m, sz=11)
    d.med("metformin", "Glucophage", "500", "mg", "oral", "twice a day", "active")
    d.med("bisoprolol", "Concor", "5", "mg", "oral", "morning", "active")
    d.med("rosuvastatin", "Crestor", "10", "mg", "oral", "night", "active")
    d.med("aspirin", "Jusprin", "81", "mg", "oral", None, "stopped")
    d.mn("medications", "Jusprin", "stopped", "stopped 7 days before surgery")
    # nurse box on the right
    nx, ny = 375, y - 6
    pg.rect(nx, ny, 180, 158, stroke=0.6, col=bl)
    pg.T(nx + 6, ny + 12, "FOR NURSE USE - pre-assessment", B, 7.8, col=bl)
    vit = [("BP", "138/84", "mmHg"), ("Pulse", "76", "/min"), ("SpO2", "98", "%"), ("Temp", "36.7", "°C"),
           ("Weight", "86", "kg"), ("Height", "172", "cm"), ("BMI", "29.1", "")]
    for i, (lab_, v, u) in enumerate(vit):
        yy = ny + 26 + i * 12.5
        pg.T(nx + 6, yy, lab_, sz=7.8)
        pg.hw(nx + 50, yy, v, sz=10.5, f=HAND_B, col=INK_BLACK)
        pg.T(nx + 90, yy, u, sz=7.8)
    d.vital("blood_pressure", "138/84", "mmHg")
    d.vital("heart_rate", "76", "/min")
    d.vital("oxygen_saturation", "98", "%")
    d.vital("temperature", "36.7", "°C")
    d.vital("weight", "86", "kg")
    d.vital("height", "172", "cm")
    d.vital("bmi", "29.1", None)
    yy = ny + 26 + 7 * 12.5
    pg.T(nx + 6, yy, "Bloods " + fmt(bloods) + ":", sz=7.8)
    pg.hw(nx + 6, yy + 13, "Hb 14.9 g/dL   HbA1c 6.8 %", sz=10.5, f=HAND_B, col=INK_BLACK)
    pg.T(nx + 6, yy + 26, "ECG: sinus rhythm   ASA grade: II", sz=7.8)
    d.lab(L("Hb", "14.9", "g/dL", "", "", flag=None, aliases=["Haemoglobin", "Hemoglobin"]), bloods)
    d.lab(L("HbA1c", "6.8", "%", "", "", flag=None), bloods)
    y = ny + 158 + 12
    pg.rect(40, y, 515, 62, fill=C(0.96, 0.97, 0.99), stroke=0.4, col=GREY)
    pg.T(48, y + 12, "Information about your anaesthetic", B, 8)
    pg.P(48, y + 24, 500, "Do not eat for 6 hours before your operation; you may drink water until 2 hours "
         "before. Nausea and vomiting after anaesthesia are common and usually settle within a day. A sore "
         "throat is common after a breathing tube. Do not drive for 24 hours after a general anaesthetic.",
         sz=7.6, lead=9.6)
    d.mn("conditions", "Nausea and vomiting", "leaflet", "printed anaesthetic information")
    y += 82
    pg.T(40, y, "Patient signature:", sz=8.2)
    pg.hw(120, y, "R. Menon", sz=13, log=False)
    pg.T(300, y, "Nurse:", sz=8.2)
    pg.hw(335, y, "S. Joseph RN", sz=12, f=HAND_B, col=INK_BLACK, log=False)
    pg.done()


# ---------------------------------------------------------------- 21 Guyana, antenatal card (scan)
def b21(d):
    f2 = f_dmy2
    pg = d.page()
    pg.foot_left = "MCH Programme  |  Antenatal record card (patient-held)  |  Riverside Estate Health Centre"
    B = "Helvetica-Bold"
    pg.rect(0, 0, pg.W, pg.H, fill=C(0.99, 0.96, 0.86), stroke=0)
    grn = C(0.1, 0.4, 0.25)
    pg.T(30, 32, "MATERNAL & CHILD HEALTH PROGRAMME", B, 11, col=grn)
    pg.T(30, 44, "ANTENATAL RECORD CARD  -  Riverside Estate Health Centre, Region 4", B, 9)
    pg.T(812, 32, "Reg. no.:", sz=8, al="r")
    pg.hw(752, 46, "ANC-000-25", sz=11, f=HAND_A)
    L_ = 30
    y = 62
    for lab_, val, vx, x in [("Name:", "Shanice Persaud", 60, L_), ("Age:", "27", 245, 222)]:
        pg.T(x, y, lab_, sz=8)
        pg.hw(vx, y, val, sz=11)
    y += 15
    pg.T(L_, y, "Address:", sz=8)
    pg.hw(70, y, "Lot 00 Example St, Enmore ECD", sz=11)
    y += 15
    for lab_, val, vx, x in [("Gravida:", "3", 68, L_), ("Para:", "2", 118, 95), ("LMP:", "06/08/24", 165, 140),
                             ("EDD:", "13/05/25", 245, 220)]:
        pg.T(x, y, lab_, sz=8)
        pg.hw(vx, y, val, sz=11)
    y += 15
    for lab_, val, vx, x in [("Height:", "158 cm", 64, L_), ("Blood group / Rh:", "O Rh Positive", 195, 120)]:
        pg.T(x, y, lab_, sz=8)
        pg.hw(vx, y, val, sz=11)
    d.vital("height", "158", "cm")
    y += 10
    pg.T(L_, y + 10, "Previous pregnancies", B, 8)
    prev = [["Year", "Outcome / mode", "Sex", "Weight"],
            [{"t": "2019", "hand": True}, {"t": "SVD, term", "hand": True}, {"t": "M", "hand": True}, {"t": "3.2 kg", "hand": True}],
            [{"t": "2021", "hand": True}, {"t": "Caesarean section", "hand": True}, {"t": "F", "hand": True},
             {"t": "2.9 kg", "hand": True}]]
    y = pg.table(L_, y + 14, [40, 135, 35, 60], prev, sz=7.6, head=1, grid="grid", lw=0.4, min_h=14, line_col=grn)
    d.mn("conditions", "Caesarean section", "historical", "previous delivery 2021")
    y += 12
    pg.T(L_, y, "Medical history", B, 8)
    pg.T(L_ + 150, y, "Yes", B, 7.5)
    pg.T(L_ + 175, y, "No", B, 7.5)
    for i, item in enumerate(["Hypertension", "Sickle cell disease", "Asthma", "Heart disease", "Epilepsy"]):
        yy = y + 12 + i * 11
        pg.T(L_ + 6, yy, item, sz=7.8)
        pg.box(L_ + 152, yy, 7, checked=False)
        pg.box(L_ + 176, yy, 7, checked=True)
        d.mn("conditions", item, "checkbox_no", "box ticked No")
    yy = y + 12 + 5 * 11 + 4
    pg.T(L_, yy, "Family history:", B, 8)
    pg.T(L_ + 70, yy, "Diabetes", sz=7.8)
    pg.box(L_ + 108, yy, 7, checked=True)
    pg.hw(L_ + 120, yy, "(mother)", sz=10)
    pg.T(L_ + 165, yy, "Twins", sz=7.8)
    pg.box(L_ + 190, yy, 7, checked=False)
    d.mn("conditions", "Diabetes", "family", "mother")
    y = yy + 14
    pg.T(L_, y, "Laboratory tests", B, 8)
    booking, rep = D("2024-10-14"), D("2025-01-20")
    tests = [["Test", "Date", "Result"],
             ["Hb (g/dL)", {"t": f2(booking), "hand": True}, {"t": "10.4", "hand": True}],
             ["Hb (g/dL) repeat", {"t": f2(rep), "hand": True}, {"t": "10.9", "hand": True}],
             ["VDRL", {"t": f2(booking), "hand": True}, {"t": "Non-reactive", "hand": True}],
             ["HIV", {"t": f2(booking), "hand": True}, {"t": "Non-reactive", "hand": True}],
             ["HBsAg", {"t": f2(booking), "hand": True}, {"t": "Negative", "hand": True}],
             ["Sickling test", {"t": f2(booking), "hand": True}, {"t": "Negative", "hand": True}]]
    y = pg.table(L_, y + 4, [90, 60, 120], tests, sz=7.6, head=1, grid="grid", lw=0.4, min_h=14, line_col=grn)
    d.lab(L("Hb", "10.4", "g/dL", "", "", flag=None, aliases=["Haemoglobin"]), booking)
    d.lab(L("Hb", "10.9", "g/dL", "", "", flag=None, aliases=["Haemoglobin"]), rep)
    d.lab(L("Blood group / Rh", "O Rh Positive", "", "", "", flag=None, aliases=["Blood group"]), None)
    for n_, v in [("VDRL", "Non-reactive"), ("HIV", "Non-reactive"), ("HBsAg", "Negative"), ("Sickling test", "Negative")]:
        d.lab(L(n_, v, "", "", "", flag=None), booking)
    y += 10
    pg.T(L_, y, "Tetanus toxoid", B, 8)
    tt = [["Dose", "Date", "Lot"],
          ["TT1", {"t": f2(booking), "hand": True}, {"t": "TT0001", "hand": True}],
          ["TT2", {"t": f2(D("2024-11-11")), "hand": True}, {"t": "TT0001", "hand": True}]]
    y = pg.table(L_, y + 4, [50, 70, 80], tt, sz=7.6, head=1, grid="grid", lw=0.4, min_h=14, line_col=grn)
    d.imm("Tetanus toxoid", booking, 1, "TT0001", None)
    d.imm("Tetanus toxoid", D("2024-11-11"), 2, "TT0001", None)
    y += 10
    pg.T(L_, y, "Supplements given:", B, 8)
    pg.hw(L_, y + 14, "Ferrous sulphate 200 mg - 1 tab twice daily", sz=10.5)
    pg.hw(L_, y + 28, "Folic acid 5 mg - 1 tab daily", sz=10.5)
    d.med("ferrous sulphate", None, "200", "mg", "oral", "twice daily", "active")
    d.med("folic acid", None, "5", "mg", "oral", "daily", "active")
    # right panel: visit grid
    RX = 310
    pg.T(RX, 62, "ANTENATAL VISITS", B, 9, col=grn)
    head = ["Date", "GA wks", "Wt kg", "BP", "Fundal ht", "Present.", "FHR", "Oedema", "Remarks", "Next visit"]
    visits = [
        (D("2024-10-14"), "10", "61.0", "110/70", "-", "-", "-", "nil", "Booking; TT1. Hb low - anaemia, start iron", D("2024-11-11")),
        (D("2024-11-11"), "14", "62.2", "112/68", "-", "-", "152", "nil", "TT2 given", D("2024-12-09")),
        (D("2024-12-09"), "18", "63.5", "118/72", "18", "-", "148", "nil", "well", D("2025-01-20")),
        (D("2025-01-20"), "24", "65.8", "120/76", "24", "-", "146", "nil", "Hb 10.9 - cont. iron", D("2025-02-17")),
        (D("2025-02-17"), "28", "67.4", "124/80", "28", "Ceph", "144", "nil", "", D("2025-03-10")),
        (D("2025-03-10"), "31", "68.9", "132/84", "31", "Ceph", "140", "+ ankles", "BP up - recheck 1 wk", D("2025-03-17")),
    ]
    rows = [head]
    for v in visits:
        dd, ga, wt, bp, fh, pr, fhr, oe, rem, nxt = v
        rows.append([{"t": f2(dd), "hand": True, "hsz": 10.5}, {"t": ga, "hand": True}, {"t": wt, "hand": True},
                     {"t": bp, "hand": True}, {"t": fh, "hand": True}, {"t": pr, "hand": True, "hsz": 9},
                     {"t": fhr, "hand": True}, {"t": oe, "hand": True, "hsz": 9},
                     {"t": rem, "hand": True, "hsz": 8.2, "hf": HAND_B}, {"t": f2(nxt), "hand": True, "hsz": 10}])
        d.vital("blood_pressure", bp, None)
        d.vital("weight", wt, "kg")
    for _ in range(3):
        rows.append([""] * 10)
    pg.table(RX, 68, [46, 28, 32, 44, 30, 32, 28, 36, 172, 54], rows, sz=7.2, head=1, grid="grid", lw=0.45,
             min_h=26, pad=2.2, line_col=grn, head_fill=C(0.9, 0.95, 0.88))
    d.cond("anaemia", "active", aliases=["Anaemia in pregnancy", "Anemia"])
    d.mn("vitals", "FHR", "other", "fetal heart rate, not the mother's pulse")
    by = 68 + 17 + 26 * 9 + 14
    pg.rect(RX, by, 502, 66, fill=C(1, 0.93, 0.88), stroke=0.6, col=INK_RED)
    pg.T(RX + 6, by + 12, "DANGER SIGNS - go to the hospital at once if you have:", B, 8, col=INK_RED)
    pg.P(RX + 6, by + 24, 490, "bleeding from the vagina; severe headache or blurred vision; swelling of the "
         "face or hands; fits; fever; severe abdominal pain; the baby moving less. These can be signs of "
         "pre-eclampsia or other serious problems.", sz=7.8, lead=9.8)
    d.mn("conditions", "pre-eclampsia", "leaflet", "printed danger-signs advice")
    pg.done()


# ---------------------------------------------------------------- 22 Belize, school health form
def b22(d):
    pg = d.page()
    pg.foot_left = "School Health Programme  |  Form SH-1 (revised)  |  Keep in the student's file"
    B = "Helvetica-Bold"
    blue = C(0.1, 0.25, 0.55)
    pg.T(297, 40, "SCHOOL HEALTH PROGRAMME", B, 13, col=blue, al="c")
    pg.T(297, 53, "STUDENT HEALTH RECORD - School entry / annual update", B, 9.5, al="c")
    pg.T(297, 65, "Santa Elena Community Primary School, Cayo District, Belize", sz=8.5, al="c")
    pg.line(40, 71, 555, 71, w=1, col=blue)

    def field(x, y, label, val, vx, sz=11):
        pg.T(x, y, label, sz=8.3)
        pg.hw(vx, y, val, sz=sz)
        pg.line(vx - 2, y + 2, vx + max(60, len(val) * 5.8), y + 2, w=0.3, col=GREY, dash=(1, 2))

    y = 88
    pg.T(40, y, "SECTION A - STUDENT (to be completed by parent or guardian)", B, 8.8, col=blue)
    y += 16
    field(40, y, "Student's name:", "Aaliyah Castillo", 112)
    field(330, y, "Date of birth:", "07/11/2016", 392)
    field(470, y, "Sex:", "F", 492)
    y += 16
    field(40, y, "Class:", "Standard 2", 72)
    field(200, y, "Parent / guardian:", "Rosa Castillo", 282)
    field(430, y, "Phone:", "000-0000", 462)
    y += 16
    field(40, y, "Health insurance:", "NHI reg. no. 000000", 118)
    y += 22
    pg.T(40, y, "SECTION B - HEALTH HISTORY", B, 8.8, col=blue)
    qs = [("Asthma or wheezing", False, ""), ("Seizures / epilepsy", False, ""), ("Diabetes", False, ""),
          ("Heart condition", False, ""), ("Sickle cell disease", False, ""),
          ("Allergies (food, insect, medicine)", True, "Bee stings - hand swells up"),
          ("Hay fever / sneezing", True, "every morning, takes cetirizine")]
    rows = [["Does your child have:", "Yes", "No", "Details"]]
    for q, yes, det in qs:
        rows.append([q, "", "", {"t": det, "hand": True, "hsz": 11} if det else ""])
    top = y + 6
    pg.table(40, top, [190, 30, 30, 265], rows, sz=8.2, head=1, grid="grid", lw=0.45, min_h=17,
             head_fill=C(0.9, 0.93, 0.98), aligns=["l", "c", "c", "l"])
    for i, (q, yes, det) in enumerate(qs):
        ry = top + 17 * (i + 1) + 12
        pg.box(40 + 190 + 11, ry, 8, checked=yes)
        pg.box(40 + 220 + 11, ry, 8, checked=not yes)
    for name in ["Asthma", "Seizures / epilepsy", "Diabetes", "Heart condition", "Sickle cell disease"]:
        d.mn("conditions", name, "checkbox_no", "box ticked No")
    d.allergy("Bee stings", "hand swells up", None)
    y = top + 17 * (len(qs) + 1) + 16
    field(40, y, "Medicines taken regularly:", "Cetirizine 5 mg at night", 152)
    y += 16
    field(40, y, "Medicines needed at school:", "none", 158)
    d.med("cetirizine", None, "5", "mg", "oral", "at night", "active")
    y += 22
    pg.T(40, y, "SECTION C - IMMUNIZATIONS (copy from the child's vaccination card)", B, 8.8, col=blue)
    imms = [("BCG", "", D("2016-11-08"), None), ("Pentavalent", "1", D("2017-01-09"), 1),
            ("Pentavalent", "2", D("2017-03-06"), 2), ("Pentavalent", "3", D("2017-05-08"), 3),
            ("MMR", "1", D("2017-11-10"), 1), ("MMR", "2", D("2018-05-07"), 2),
            ("DPT booster", "", D("2020-12-05"), None)]
    rows = [["Vaccine", "Dose", "Date given", "Vaccine", "Dose", "Date given"]]
    half = [imms[:4], imms[4:] + [None]]
    extra = [("Influenza", "-", "declined"), ("HPV", "-", "not yet - due at 10 years")]
    for i in range(4):
        a = half[0][i]
        b = half[1][i]
        left = [a[0], a[1], {"t": f_dmy(a[2]), "hand": True, "hsz": 11}]
        if b:
            right = [b[0], b[1], {"t": f_dmy(b[2]), "hand": True, "hsz": 11}]
        else:
            right = ["Influenza", "-", {"t": "declined", "hand": True, "hsz": 11}]
        rows.append(left + right)
    rows.append(["", "", "", "HPV", "-", {"t": "not yet - due at 10 years", "hand": True, "hsz": 10}])
    y = pg.table(40, y + 6, [95, 35, 127, 95, 35, 128], rows, sz=8.2, head=1, grid="grid", lw=0.45,
                 min_h=17, head_fill=C(0.9, 0.93, 0.98))
    for vac, dose, dd, dn in imms:
        d.imm(vac, dd, dn, None, None, amb=True)
    d.mn("immunizations", "Influenza", "other", "declined")
    d.mn("immunizations", "HPV", "due", "due at 10 years")
    y += 16
    pg.T(40, y, "Parent / guardian signature:", sz=8.3)
    pg.hw(160, y, "R. Castillo", sz=13, log=False)
    field(330, y, "Date:", "03/02/2025", 358)
    y += 22
    pg.T(40, y, "SECTION D - HEALTH EXAMINATION (school health nurse)", B, 8.8, col=blue)
    y += 16
    for lab_, val, x, vx in [("Height:", "128 cm", 40, 78), ("Weight:", "27.5 kg", 150, 190), ("BMI:", "16.8", 270, 298),
                             ("BP:", "98/62", 360, 380)]:
        field(x, y, lab_, val, vx)
    d.vital("height", "128", "cm")
    d.vital("weight", "27.5", "kg")
    d.vital("bmi", "16.8", None)
    d.vital("blood_pressure", "98/62", None)
    y += 16
    for lab_, val, x, vx in [("Vision:", "R 6/6   L 6/9", 40, 75), ("Hearing:", "normal", 200, 240),
                             ("Skin:", "clear", 330, 355)]:
        field(x, y, lab_, val, vx)
    y += 16
    field(40, y, "Teeth:", "2 cavities (dental caries) - refer to dental clinic", 72)
    y += 16
    field(40, y, "Findings:", "Allergic rhinitis - mild. Otherwise healthy.", 85)
    d.cond("Allergic rhinitis", "active", aliases=["Hay fever"])
    d.cond("dental caries", "active", aliases=["Dental caries"])
    y += 18
    pg.T(40, y, "Fit to take part in physical education:", sz=8.3)
    pg.box(210, y, 8, checked=True)
    pg.T(222, y, "Yes", sz=8.3)
    pg.box(250, y, 8, checked=False)
    pg.T(262, y, "No - see note", sz=8.3)
    y += 20
    pg.T(40, y, "Nurse:", sz=8.3)
    pg.hw(75, y, "E. Chi, RN", sz=12, f=HAND_B, col=INK_BLACK, log=False)
    pg.T(300, y, "School stamp:", sz=8.3)
    pg.rect(360, y - 12, 110, 34, stroke=0.8, col=blue, r=4)
    pg.T(415, y + 2, "SANTA ELENA C.P.S.", B, 7, col=blue, al="c")
    pg.T(415, y + 12, "CAYO", B, 7, col=blue, al="c")
    pg.done()


# ============================================================================ registry
def registry():
    P = dict
    return [
        Doc(1, "01_kenya_lab_single_date", "pdf", "Kenya", "Sub-Saharan Africa", "lab_result",
            "laboratory report, single date", "lab", "DD/MM/YYYY", [f_dmy],
            title="Laboratory report"),
        Doc(2, "02_australia_cumulative_lab", "pdf", "Australia", "Oceania", "lab_result",
            "laboratory report, cumulative (3 date columns, monospaced, no rules)", "lab",
            "DD/MM/YYYY", [f_dmy], title="Cumulative pathology report"),
        Doc(3, "03_pakistan_lab_previous_result", "pdf", "Pakistan", "South Asia", "lab_result",
            "laboratory report with previous-result column", "lab", "DD-Mon-YYYY (14-Mar-2025)",
            [f_dmon_dash], title="Laboratory report"),
        Doc(4, "04_qatar_lab_si_conventional", "pdf", "Qatar", "Middle East", "lab_result",
            "laboratory report, SI and conventional units", "lab", "DD Mon YYYY (12 Mar 2025)",
            [f_dmony], title="Clinical laboratory report"),
        Doc(5, "05_india_lab_phone_photo", "jpg", "India", "South Asia", "lab_result",
            "laboratory printout, phone photo", "lab", "DD-MM-YYYY", [f_dmy_dash],
            scan=P(dpi=140, angles=[1.8], seed=5105, photo=True, quality=80),
            title="Pathology report"),
        Doc(6, "06_uk_gp_referral_letter", "pdf", "United Kingdom (England, NHS)", "British Isles",
            "medical_record", "GP referral letter with record summary", "letter",
            "D Month YYYY; summary DD Mon YYYY", [f_long, f_dmony], title="Referral letter"),
        Doc(7, "07_ireland_endocrinology_letter", "pdf", "Ireland", "British Isles", "medical_record",
            "specialist clinic letter to GP", "letter", "Dth Month YYYY (12th March 2025)",
            [f_long_ord], title="Endocrinology clinic letter"),
        Doc(8, "08_canada_telehealth_note", "pdf", "Canada (Ontario)", "North America",
            "medical_record", "telehealth (virtual video) visit note", "letter", "ISO YYYY-MM-DD",
            [f_iso], size=letter, title="Virtual care visit note"),
        Doc(9, "09_jamaica_ed_note", "pdf", "Jamaica", "Caribbean", "medical_record",
            "emergency department record, handwritten nursing notes", "letter", "DD/MM/YYYY", [f_dmy],
            pages=2, hand=True,
            scan=P(dpi=150, angles=[-1.2, 0.8], seed=5909, mode="L", blur=0.9, noise=8.0),
            title="Emergency department record"),
        Doc(10, "10_new_zealand_paediatric_review", "pdf", "New Zealand", "Oceania", "medical_record",
            "paediatric outpatient review letter", "letter", "D Month YYYY (weekday in header)",
            [f_long], title="Paediatric clinic letter"),
        Doc(11, "11_usa_ccd_summary", "pdf", "United States", "North America", "medical_record",
            "EHR print-out: C-CDA continuity of care document", "ehr",
            "MM/DD/YYYY in tables; Mon D, YYYY in header", [f_mdy, f_mondy], pages=2, size=letter,
            title="Continuity of Care Document"),
        Doc(12, "12_singapore_portal_summary", "pdf", "Singapore", "Southeast Asia", "medical_record",
            "EHR print-out: patient-portal health summary", "ehr", "DD Mon YYYY (12 Mar 2025)",
            [f_dmony], title="Health summary"),
        Doc(13, "13_trinidad_problem_medication_list", "pdf", "Trinidad and Tobago", "Caribbean",
            "medical_record", "EHR print-out: problem and medication list", "ehr", "DD/MM/YYYY",
            [f_dmy], title="Problem and medication list"),
        Doc(14, "14_south_africa_discharge_summary", "pdf", "South Africa", "Sub-Saharan Africa",
            "discharge_summary", "discharge summary (3 pages)", "discharge", "ISO YYYY-MM-DD",
            [f_iso], pages=3, title="Discharge summary"),
        Doc(15, "15_malta_discharge_summary", "png", "Malta", "Southern Europe", "discharge_summary",
            "discharge summary (1 page)", "discharge", "DD.MM.YYYY", [f_dot],
            scan=P(dpi=150, angles=[1.6], seed=6515, mode="L", blur=0.75, noise=6.5),
            title="Discharge letter"),
        Doc(16, "16_philippines_child_immunization_card", "jpg", "Philippines", "Southeast Asia",
            "immunization_record", "child immunisation card, handwritten", "immunisation",
            "MM/DD/YY (handwritten)", [f_mdy2], hand=True, size=(612, 432),
            scan=P(dpi=170, angles=[-2.3], seed=7016, mode="RGB", blur=0.85, noise=6.0,
                   tint=(247, 250, 255), quality=84),
            title="Child immunization record"),
        Doc(17, "17_japan_travel_vaccination_record", "pdf", "Japan", "East Asia",
            "immunization_record", "adult travel vaccination record", "immunisation",
            "YYYY/MM/DD", [f_ymd_slash], title="Vaccination record"),
        Doc(18, "18_hong_kong_dispensing_history", "pdf", "Hong Kong SAR", "East Asia", "prescription",
            "community pharmacy dispensing history", "pharmacy", "DD/MM/YYYY", [f_dmy],
            title="Dispensing history"),
        Doc(19, "19_gibraltar_medication_chart", "pdf", "Gibraltar", "Southern Europe", "prescription",
            "care-home medication administration chart, handwritten entries", "pharmacy",
            "DD/MM/YYYY (some DD/MM/YY handwritten)", [f_dmy, f_dmy2], hand=True,
            size=landscape(A4),
            scan=P(dpi=150, angles=[-1.9], seed=8019, mode="L", blur=0.8, noise=7.5),
            title="Medication administration record"),
        Doc(20, "20_uae_preoperative_questionnaire", "pdf", "United Arab Emirates", "Middle East",
            "medical_record", "pre-anaesthesia questionnaire, Yes/No boxes, handwritten answers",
            "form", "DD/MM/YYYY", [f_dmy], hand=True, title="Pre-anaesthesia questionnaire"),
        Doc(21, "21_guyana_antenatal_card", "jpg", "Guyana", "Latin America (mainland)",
            "medical_record", "antenatal card with handwritten visit grid", "form",
            "DD/MM/YY (handwritten)", [f_dmy2], hand=True, size=landscape(A4),
            scan=P(dpi=140, angles=[2.2], seed=9021, mode="RGB", blur=0.9, noise=6.5,
                   tint=(252, 246, 228), quality=82),
            title="Antenatal record"),
        Doc(22, "22_belize_school_health_form", "pdf", "Belize", "Latin America (mainland)", "other",
            "school entry health form, handwritten parent section", "form",
            "DD/MM/YYYY, every date ambiguous (day and month 12 or below)", [f_dmy], hand=True,
            title="Student health record"),
    ]


BUILDERS = {}
for _n in range(1, 23):
    _f = globals().get(f"b{_n:02d}")
    if _f:
        BUILDERS[_n] = _f


# ============================================================================ scan effects
def _perspective_coeffs(out_pts, in_pts):
    """PIL PERSPECTIVE coefficients mapping output-image points to input-image points."""
    a = []
    b = []
    for (x, y), (u, v) in zip(out_pts, in_pts):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    res = np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64))
    return tuple(float(r) for r in res)


def render_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        out.append(page.render(scale=dpi / 72.0).to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return out


def scan_effect(img, seed, angle, mode="L", blur=0.8, noise=7.0, tint=(250, 249, 244), speckle=300,
                gamma=1.0):
    rng = np.random.default_rng(seed)
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    # paper tint and slightly uneven exposure
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.05 * (xx / w) - 0.04 * (yy / h) + 0.02 * np.sin(yy / 97.0)
    arr = arr / 255.0
    arr = arr ** gamma
    arr = arr * np.array(tint, dtype=np.float32)[None, None, :] * shade[:, :, None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if mode == "L":
        img = img.convert("L")
    fill = 236 if mode == "L" else (236, 235, 230)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a = a + rng.normal(0.0, noise, a.shape)
    # dust / toner speckles
    hh, ww = a.shape[:2]
    ys = rng.integers(0, hh, speckle)
    xs = rng.integers(0, ww, speckle)
    for yv, xv in zip(ys, xs):
        a[yv:yv + 2, xv:xv + 2] = rng.uniform(40, 140)
    # dark scanner edge on one side
    edge = int(ww * 0.012)
    a[:, :edge] *= 0.55
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photo_effect(img, seed, angle):
    """A phone photo of a printed page: desk background, perspective, light fall-off."""
    rng = np.random.default_rng(seed)
    w, h = img.size
    bw, bh = int(w * 1.16), int(h * 1.12)
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    wood = 96 + 18 * np.sin(xx / 23.0 + 3 * np.sin(yy / 160.0)) + rng.normal(0, 6, (bh, bw))
    bg = np.stack([wood * 1.25, wood * 0.95, wood * 0.7], axis=2)
    bgimg = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    ox, oy = (bw - w) / 2, (bh - h) / 2
    dst = [(ox + 0.035 * w, oy + 0.02 * h), (ox + w * 0.985, oy + 0.045 * h),
           (ox + w * 1.01, oy + h * 0.985), (ox - 0.01 * w, oy + h * 0.97)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _perspective_coeffs(dst, src)
    warped = img.transform((bw, bh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", img.size, 255).transform((bw, bh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # soft shadow under the page
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    sh = np.asarray(shadow).astype(np.float32) / 255.0
    base = np.asarray(bgimg).astype(np.float32) * (1 - 0.45 * sh[:, :, None])
    comp = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    comp.paste(warped, (int(rng.integers(4, 12)), int(rng.integers(4, 12))), mask)
    a = np.asarray(comp).astype(np.float32)
    # light fall-off from the top-left and a warm cast
    light = 1.06 - 0.30 * np.hypot((xx - bw * 0.25) / bw, (yy - bh * 0.2) / bh)
    a = a * light[:, :, None] * np.array([1.02, 0.99, 0.92], dtype=np.float32)[None, None, :]
    # the phone's shadow across the lower part
    a[int(bh * 0.83):, :, :] *= np.linspace(1.0, 0.82, bw, dtype=np.float32)[None, :, None]
    img2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img2 = img2.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(70, 55, 40))
    img2 = img2.filter(ImageFilter.GaussianBlur(1.1))
    a = np.asarray(img2).astype(np.float32) + rng.normal(0, 5.5, (bh, bw, 3))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def image_pdf(images, dpi, out_path, title):
    """An image-only PDF (no text layer): one JPEG per page."""
    c = canvas.Canvas(str(out_path), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic generator (heldout11)")
    c.setSubject(FOOTER)
    for i, im in enumerate(images):
        tmp = WORK / f"{out_path.stem}_p{i + 1}.jpg"
        im.save(tmp, "JPEG", quality=80, optimize=False)
        wpt, hpt = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((wpt, hpt))
        c.drawImage(str(tmp), 0, 0, wpt, hpt)
        c.showPage()
    c.save()


def make_scan(d):
    s = d.scan
    pages = render_pages(WORK / f"{d.stem}.pdf", s["dpi"])
    outs = []
    for i, im in enumerate(pages):
        ang = s["angles"][i]
        seed = s["seed"] + i
        if s.get("photo"):
            outs.append(photo_effect(im, seed, ang))
        else:
            outs.append(scan_effect(im, seed, ang, mode=s.get("mode", "L"), blur=s.get("blur", 0.8),
                                    noise=s.get("noise", 7.0), tint=s.get("tint", (250, 249, 244)),
                                    gamma=s.get("gamma", 1.0)))
    out = DOCS / d.filename
    if d.ext == "pdf":
        image_pdf(outs, s["dpi"], out, d.title)
    elif d.ext == "jpg":
        assert len(outs) == 1
        outs[0].save(out, "JPEG", quality=s.get("quality", 82), optimize=False)
    elif d.ext == "png":
        assert len(outs) == 1
        outs[0].save(out, "PNG", optimize=False)
    else:
        raise ValueError(d.ext)


# ============================================================================ self-checks
def schema_vocab():
    """Literal values from schema.py (falls back to the copy above when it is absent)."""
    if not SCHEMA.exists():
        return VOCAB, False
    tree = ast.parse(SCHEMA.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, value = node.targets[0].id, node.value
        else:
            continue
        if name in VOCAB and isinstance(value, ast.Subscript):
            sl = value.slice
            elts = sl.elts if isinstance(sl, ast.Tuple) else [sl]
            found[name] = [e.value for e in elts if isinstance(e, ast.Constant)]
    return found, True


def _norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_doc(d, truth, vocab, errors, warnings):
    tag = d.filename
    text = _norm(d.text())
    compact = text.replace(" ", "")

    def has(s):
        s2 = _norm(str(s))
        return s2 in text or s2.replace(" ", "") in compact

    def date_in(iso):
        dd = D(iso)
        return any(has(f(dd)) for f in d.fmts)

    if not (DOCS / d.filename).exists():
        errors.append(f"{tag}: document missing")
    if truth["file"] != f"docs/{d.filename}":
        errors.append(f"{tag}: truth file field {truth['file']}")
    if truth["document_type"] not in vocab["DocumentType"]:
        errors.append(f"{tag}: document_type {truth['document_type']}")
    if d.text().count(FOOTER) < d.pages:
        errors.append(f"{tag}: footer missing on a page")
    for m in truth["medications"]:
        for st in [m["status"]] + m.get("status_also_ok", []):
            if st not in vocab["MedicationStatus"]:
                errors.append(f"{tag}: med status {st}")
        if m["dose"] is not None and not has(m["dose"]):
            errors.append(f"{tag}: med dose {m['name']} {m['dose']} not in text")
        if not (has(m["name"]) or (m["brand"] and has(m["brand"]))):
            errors.append(f"{tag}: med name {m['name']} / {m['brand']} not in text")
        if m["brand"] and not has(m["brand"]):
            errors.append(f"{tag}: brand {m['brand']} not in text")
        if m["status"] in ("stopped", "held", "completed"):
            if not any(x["category"] == "medications" and x["why"] == "stopped" and
                       (_norm(x["name"]) in (_norm(m["name"]), _norm(m["brand"] or "")) or
                        _norm(m["name"]) in _norm(x["name"]) or
                        (m["brand"] and _norm(m["brand"]) in _norm(x["name"])))
                       for x in truth["must_not"]):
                errors.append(f"{tag}: {m['status']} med {m['name']} lacks a must_not 'stopped' row")
    for x in truth["labs"]:
        if x["flag"] is not None and x["flag"] not in vocab["LabFlag"]:
            errors.append(f"{tag}: lab flag {x['flag']}")
        if not has(x["value_text"]):
            errors.append(f"{tag}: lab value {x['test_name']} {x['value_text']} not in text")
        if not has(x["test_name"]):
            errors.append(f"{tag}: lab name {x['test_name']} not in text")
        if x["date"] and not date_in(x["date"]):
            errors.append(f"{tag}: lab date {x['test_name']} {x['date']} not in text")
        if x["value_numeric"] is not None and not has(x["value_text"]):
            errors.append(f"{tag}: lab numeric {x['test_name']}")
    for v in truth["vitals"]:
        if v["kind"] not in vocab["VitalKind"]:
            errors.append(f"{tag}: vital kind {v['kind']}")
        if not has(v["value_text"]):
            errors.append(f"{tag}: vital {v['kind']} {v['value_text']} not in text")
    for a in truth["allergies"]:
        if not has(a["substance"]):
            errors.append(f"{tag}: allergy {a['substance']} not in text")
        if a["reaction"] and not has(a["reaction"]):
            errors.append(f"{tag}: allergy reaction {a['reaction']} not in text")
    for c in truth["conditions"]:
        if not has(c["name"]):
            errors.append(f"{tag}: condition {c['name']} not in text")
        if c["icd10_code"] and not has(c["icd10_code"]):
            errors.append(f"{tag}: icd10 {c['icd10_code']} not in text")
    for i in truth["immunizations"]:
        if not (has(i["vaccine"]) or (i["brand"] and has(i["brand"]))):
            errors.append(f"{tag}: vaccine {i['vaccine']} not in text")
        if i["brand"] and not has(i["brand"]):
            errors.append(f"{tag}: vaccine brand {i['brand']} not in text")
        if not date_in(i["administered_on"]):
            errors.append(f"{tag}: vaccine date {i['vaccine']} {i['administered_on']} not in text")
        if i["lot_number"] and not has(i["lot_number"]):
            errors.append(f"{tag}: lot {i['lot_number']} not in text")
    for x in truth["must_not"]:
        if x["category"] not in CATEGORIES:
            errors.append(f"{tag}: must_not category {x['category']}")
        if x["why"] not in WHY:
            errors.append(f"{tag}: must_not why {x['why']}")
        if not has(x["name"]):
            errors.append(f"{tag}: must_not name {x['name']} not in text")
    # a second look at the text layer of digital PDFs (warnings only)
    if d.ext == "pdf" and not d.scan:
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(DOCS / d.filename))
        layer = ""
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            layer += tp.get_text_range() + "\n"
            tp.close()
        if len(pdf) != d.pages:
            errors.append(f"{tag}: {len(pdf)} pages, expected {d.pages}")
        pdf.close()
        lay = _norm(layer).replace(" ", "")
        for x in truth["labs"]:
            if _norm(x["value_text"]).replace(" ", "") not in lay:
                warnings.append(f"{tag}: text layer lacks lab value {x['value_text']}")
        for v in truth["vitals"]:
            if v["value_text"].replace(" ", "") not in lay:
                warnings.append(f"{tag}: text layer lacks vital {v['value_text']}")
        if _norm(FOOTER).replace(" ", "") not in lay:
            errors.append(f"{tag}: footer not in text layer")


# ============================================================================ outputs
def sha256(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def manifest_lines():
    files = sorted([p for p in DOCS.iterdir() if p.is_file()] + [p for p in TRUTH.iterdir() if p.is_file()],
                   key=lambda p: p.relative_to(HERE).as_posix())
    return [f"{sha256(p)}  {p.relative_to(HERE).as_posix()}" for p in files]


def check_manifest():
    mf = HERE / "MANIFEST.sha256"
    if not mf.exists():
        print("MANIFEST.sha256 missing")
        return 1
    want = mf.read_text(encoding="utf-8").splitlines()
    have = manifest_lines()
    if want == have:
        print(f"manifest OK ({len(have)} files)")
        return 0
    ws, hs = set(want), set(have)
    for ln in sorted(ws - hs):
        print("expected:", ln)
    for ln in sorted(hs - ws):
        print("found:   ", ln)
    return 1


def count_rows(truths):
    tot = {k: 0 for k in CATEGORIES}
    opt = {k: 0 for k in CATEGORIES}
    why = {k: 0 for k in WHY}
    for t in truths:
        for k in CATEGORIES:
            for r in t[k]:
                if r.get("optional"):
                    opt[k] += 1
                else:
                    tot[k] += 1
        for m in t["must_not"]:
            why[m["why"]] += 1
    return tot, opt, why


def write_readme(docs, truths):
    tot, opt, why = count_rows(truths)
    scans = [d for d in docs if d.scan]
    hand = [d for d in docs if d.hand]
    pages = sum(d.pages for d in docs)
    lines = []
    A = lines.append
    A("# Held-out extraction set 11")
    A("")
    A("An independent test set for the clinical-extraction pipeline: 22 synthetic clinical documents")
    A("in English from 22 countries or health systems, each with a truth JSON file. Every")
    A("person, identifier, address, telephone number, clinic, laboratory and lot number is invented;")
    A("identifiers are zero-filled or taken from test ranges. Every page carries the footer")
    A(f'"{FOOTER}". Medicine and vaccine brand names are those sold in the')
    A("country of the document.")
    A("")
    A("## How it was made")
    A("")
    A("- Written from a brief, without reading the pipeline's code, rules, tests, samples, docs or other")
    A("  benchmark sets. The only repository file read was `pipeline/clinical/schema.py`, for the output")
    A("  vocabulary (document types, vital kinds, medication statuses, lab flags, fields).")
    A("- `make_heldout11.py` draws every document with reportlab (`invariant=1`) and records the truth")
    A("  rows from the same data it prints. It uses fixed string seeds and no clock. Scans are rendered with")
    A("  pypdfium2, then rotated, blurred, noised and saved with Pillow as JPEG, PNG or image-only PDF.")
    A("  Handwriting-like entries use a slanted DejaVu font drawn character by character, with jittered")
    A("  size, baseline and angle. Scratch files go to `/tmp/heldout11_work/`.")
    A("- `python make_heldout11.py` rebuilds `docs/`, `truth/`, `MANIFEST.sha256` and this README, then")
    A("  runs the self-checks. `python make_heldout11.py --check` only verifies `MANIFEST.sha256`.")
    A("- Self-checks: every truth file parses and names an existing document; every category value is")
    A("  from schema.py's vocabulary; every truth row's key value (dose, lab value, vital value, date in the")
    A("  document's own style, lot number, names) appears in the text written into the document; every")
    A("  must_not row names something that appears in the document; stopped, held and completed medicines")
    A("  also have a must_not row. For digital PDFs the text layer is also checked. The build was run twice")
    A("  and gave an identical manifest.")
    A("")
    A("## Truth conventions")
    A("")
    A("- A row is a current fact that a careful clinician would enter in the record from this document.")
    A("  Lab rows carry the collection date of their column or row, one row per value per date.")
    A("  Previous-result columns and cumulative columns therefore give rows with their own dates.")
    A("- `flag`: the printed flag (H/L -> high/low, HH -> critical, reactive/positive -> abnormal). If no flag")
    A("  is printed and a reference is printed, the flag is \"normal\". With no reference it is null.")
    A("- Stopped, held and completed medicines are rows with that status AND a must_not row")
    A("  (why \"stopped\"). One-off doses given in a clinic, ED or ward are must_not rows only (why \"other\").")
    A("- Due, planned, declined or not-indicated vaccines, and negated, family, planned, ruled-out or")
    A("  suspected conditions and allergies, are must_not rows only. A resolved past problem is a must_not")
    A("  row with why \"historical\". Declined or not-indicated vaccines, pending results and suspected")
    A("  diagnoses use why \"other\".")
    A("- `optional: true` marks a row a careful reader could include or leave out. These are the")
    A("  conventional-unit duplicates of the dual-unit report, and a few undated or restated values.")
    A("- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart from the")
    A("  document alone (document 22, where every date on the form has day and month 12 or below).")
    A("  `administered_on` there holds the country's usual reading (DD/MM).")
    A("")
    A("## Totals")
    A("")
    A(f"- Documents: {len(docs)}; pages: {pages}; countries / health systems: {len(set(d.country for d in docs))}")
    A(f"- Scans without a text layer: {len(scans)} "
      f"({', '.join(sorted(set(d.ext.upper() for d in scans)))}); rotated 0.5-2.5 degrees both ways")
    A(f"- Documents with handwriting-like entries: {len(hand)}")
    A("- Scored rows: " + ", ".join(f"{k} {tot[k]}" for k in CATEGORIES) + f" (total {sum(tot.values())})")
    A("- Optional rows: " + ", ".join(f"{k} {opt[k]}" for k in CATEGORIES if opt[k]) +
      f" (total {sum(opt.values())})")
    A("- must_not rows: " + ", ".join(f"{k} {why[k]}" for k in WHY) + f" (total {sum(why.values())})")
    A("")
    A("Regions (at most two documents each): " + "; ".join(
        f"{r}: {', '.join(d.country for d in docs if d.region == r)}"
        for r in sorted(set(d.region for d in docs))) + ".")
    A("")
    A("## Documents")
    A("")
    A("| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |")
    A("|---|------|---------|---------------|------|-------|------|-------------|------------|------|----------|")
    for d, t in zip(docs, truths):
        rows = sum(len([r for r in t[k] if not r.get("optional")]) for k in CATEGORIES)
        nopt = sum(len([r for r in t[k] if r.get("optional")]) for k in CATEGORIES)
        scan = "no"
        if d.scan:
            scan = f"yes ({d.ext.upper()}, {'/'.join(f'{a:+.1f}' for a in d.scan['angles'])} deg" + \
                   (", phone photo" if d.scan.get("photo") else "") + ")"
        rtxt = f"{rows}" + (f" (+{nopt} optional)" if nopt else "")
        A(f"| {d.num:02d} | docs/{d.filename} | {d.country} | {d.doc_type} | {d.kind} | {d.pages} | {scan} | "
          f"{'yes' if d.hand else 'no'} | {d.date_style} | {rtxt} | {len(t['must_not'])} |")
    A("")
    A("`rows` counts scored truth rows (all six categories); optional rows are shown separately.")
    A("")
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(only=None):
    register_fonts()
    WORK.mkdir(parents=True, exist_ok=True)
    for folder in (DOCS, TRUTH):
        if folder.exists() and only is None:
            shutil.rmtree(folder)
        folder.mkdir(parents=True, exist_ok=True)
    docs = registry()
    if only:
        docs = [d for d in docs if d.num in only]
    vocab, from_schema = schema_vocab()
    for k in VOCAB:
        if sorted(vocab.get(k, [])) != sorted(VOCAB[k]):
            print(f"WARNING: vocabulary {k} differs from schema.py: {vocab.get(k)}")
    errors, warnings = [], []
    truths = []
    for d in docs:
        BUILDERS[d.num](d)
        if d.scan:
            make_scan(d)
        t = d.truth()
        path = TRUTH / f"{d.stem}.json"
        path.write_text(json.dumps(t, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        t2 = json.loads(path.read_text(encoding="utf-8"))
        check_doc(d, t2, vocab, errors, warnings)
        truths.append(t2)
    if only is None:
        stems = [d.stem for d in docs]
        if len(set(stems)) != 22 or len(set(d.country for d in docs)) != 22:
            errors.append("need 22 documents from 22 countries")
        regions = {}
        for d in docs:
            regions[d.region] = regions.get(d.region, 0) + 1
        if max(regions.values()) > 2:
            errors.append(f"region over two: {regions}")
        if sum(1 for d in docs if d.scan) != 6:
            errors.append("need exactly 6 scans")
        for p in TRUTH.iterdir():
            t = json.loads(p.read_text(encoding="utf-8"))
            if not (HERE / t["file"]).exists():
                errors.append(f"{p.name}: names missing {t['file']}")
        (HERE / "MANIFEST.sha256").write_text("\n".join(manifest_lines()) + "\n", encoding="utf-8")
        write_readme(docs, truths)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    tot, opt, why = count_rows(truths)
    print(f"documents {len(docs)}, pages {sum(d.pages for d in docs)}, scans {sum(1 for d in docs if d.scan)}")
    print("scored", tot, "optional", opt)
    print("must_not", why)
    print("vocabulary from schema.py" if from_schema else "vocabulary from built-in copy")
    return 1 if errors else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify MANIFEST.sha256")
    ap.add_argument("--only", type=int, nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.check:
        return check_manifest()
    return build(set(a.only) if a.only else None)


if __name__ == "__main__":
    sys.exit(main())
