#!/usr/bin/env python3
"""make_heldout13.py - build held-out extraction test set 13 (synthetic documents + truth).

Every person, id, address, phone number, clinic and lot number in this file is invented.
All content is hand-written below; randomness (handwriting jitter, scan degradation) comes
only from random.Random / numpy generators seeded with fixed strings, never the clock.

    python make_heldout13.py            # rebuild everything next to this script
    python make_heldout13.py --out DIR  # rebuild into DIR (used for the determinism check)
    python make_heldout13.py --check    # only verify MANIFEST.sha256
    python make_heldout13.py --determinism  # build twice under /tmp/heldout13_work and compare
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
from datetime import date

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.useA85 = 0
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "docpipe-heldout13-2025"
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "S": "DejaVuSans", "SB": "DejaVuSans-Bold", "SO": "DejaVuSans-Oblique",
    "C": "DejaVuSansCondensed", "CB": "DejaVuSansCondensed-Bold", "CO": "DejaVuSansCondensed-Oblique",
    "E": "DejaVuSerif", "EB": "DejaVuSerif-Bold", "EI": "DejaVuSerif-Italic",
    "EC": "DejaVuSerifCondensed", "ECB": "DejaVuSerifCondensed-Bold",
    "M": "DejaVuSansMono", "MB": "DejaVuSansMono-Bold",
    "HW": "DejaVuSerifCondensed-Italic", "HW2": "DejaVuSansCondensed-Oblique",
}
for _k, _v in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, FD + _v + ".ttf"))

SCHEMA_PATH = os.path.normpath(os.path.join(HERE, "..", "..", "pipeline", "clinical", "schema.py"))
if not os.path.exists(SCHEMA_PATH):  # copies built elsewhere (determinism check)
    SCHEMA_PATH = "/work/main/pipeline/clinical/schema.py"
WORK = "/tmp/heldout13_work"
INK = (0.08, 0.14, 0.45)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def schema_vocab():
    tree = ast.parse(open(SCHEMA_PATH, encoding="utf-8").read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            v = node.value
            if isinstance(v, ast.Subscript) and getattr(v.value, "id", "") == "Literal":
                elts = v.slice.elts if isinstance(v.slice, ast.Tuple) else [v.slice]
                out[node.targets[0].id] = {e.value for e in elts}
    return out


def D(iso, style):
    """Format an ISO date in a printed style."""
    y, m, d = (int(p) for p in iso.split("-"))
    mon = MONTHS[m - 1]
    return {
        "d/m/Y": f"{d:02d}/{m:02d}/{y}", "d/m/y": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "j/n/y": f"{d}/{m}/{y % 100:02d}", "j/n/Y": f"{d}/{m}/{y}",
        "d-M-Y": f"{d:02d}-{mon[:3]}-{y}", "d-M-y": f"{d:02d}-{mon[:3]}-{y % 100:02d}",
        "d M Y": f"{d:02d} {mon[:3]} {y}", "j M Y": f"{d} {mon[:3]} {y}", "j F Y": f"{d} {mon} {y}",
        "m/d/Y": f"{m:02d}/{d:02d}/{y}", "n/j/Y": f"{m}/{d}/{y}", "M j, Y": f"{mon[:3]} {d}, {y}",
        "F j, Y": f"{mon} {d}, {y}", "d.m.Y": f"{d:02d}.{m:02d}.{y}", "Y-m-d": iso,
        "dMY": f"{d:02d}{mon[:3].upper()}{y}", "d-m-Y": f"{d:02d}-{m:02d}-{y}",
        "d/M/Y": f"{d:02d}/{mon[:3]}/{y}", "Y/m/d": f"{y}/{m:02d}/{d:02d}",
    }[style]


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


FLAGS = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "C": "critical", "*": "critical",
         "CRIT": "critical", "A": "abnormal", "HIGH": "high", "LOW": "low", "ABN": "abnormal",
         "ABNORMAL": "abnormal", "CRITICAL": "critical", "!": "abnormal"}
POSITIVE = {"positive", "reactive", "detected"}
NUM = re.compile(r"^-?\d+(\.\d+)?$")


def parse_ref(ref):
    """Printed reference string -> (low, high, text)."""
    if ref is None or ref == "":
        return None, None, None
    m = re.fullmatch(r"\(?\s*(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\s*\)?", ref.strip())
    if m:
        return float(m.group(1)), float(m.group(2)), None
    m = re.fullmatch(r"\(?\s*(<|≤|<=|up to|Up to)\s*(\d+(?:\.\d+)?)\s*\)?", ref.strip())
    if m:
        return None, float(m.group(2)), ref.strip("() ")
    m = re.fullmatch(r"\(?\s*(>|≥|>=)\s*(\d+(?:\.\d+)?)\s*\)?", ref.strip())
    if m:
        return float(m.group(2)), None, ref.strip("() ")
    return None, None, ref.strip()


def split_val(v):
    """'5.2 H' / '6.8*' / '148 (H)' / '2.9L' -> (value_text, flag code or None)."""
    v = v.strip()
    m = re.fullmatch(r"(.+?)\s*\(?\b(HH|LL|H|L|C)\)?", v)
    if m and NUM.match(m.group(1).lstrip("<>")):
        return m.group(1), m.group(2)
    if v.endswith("*"):
        return v[:-1].strip(), "*"
    return v, None


def fnum(x):
    return [f"{x:g}", str(x), f"{x:.1f}", f"{x:.2f}", str(int(x)) if x == int(x) else f"{x:g}"]


class Doc:
    def __init__(self, num, country, kind, doctype, label, *, size=A4, scan=None, hand=False,
                 dstyles=("d/m/Y",), margin=42, datestyle=None):
        self.num, self.country, self.kind, self.doctype, self.label = num, country, kind, doctype, label
        self.scan = scan
        self.ext = scan["fmt"] if scan else "pdf"
        self.stem = f"{num:02d}_{slugify(country)}_{kind}"
        self.W, self.H = size
        self.rng = random.Random(f"{SEED}:{self.stem}")
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setAuthor("docpipe heldout13 generator (synthetic)")
        self.c.setTitle(f"Synthetic test document {self.stem}")
        self.page = 1
        self.drawn = [[]]
        self.m = margin
        self.y = margin
        self.bottom = margin + 26
        self.on_page = None
        self.hand_used = hand
        self.dstyles = list(dstyles)
        self.datestyle = datestyle or dstyles[0]
        self.T = {k: [] for k in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")}
        self.MN = []
        self.footer_extra = None
        self._auto = []

    # ---------- drawing ----------
    def D(self, iso, style=None):
        return D(iso, style or self.dstyles[0])

    def font(self, f, z):
        self.c.setFont(f, z)

    def t(self, x, y, s, f="S", z=9, a="l", col=(0, 0, 0)):
        s = str(s)
        self.drawn[-1].append(s)
        self.c.setFillColorRGB(*col)
        self.c.setFont(f, z)
        yy = self.H - y
        if a == "l":
            self.c.drawString(x, yy, s)
        elif a == "r":
            self.c.drawRightString(x, yy, s)
        else:
            self.c.drawCentredString(x, yy, s)
        self.c.setFillColorRGB(0, 0, 0)

    def sw(self, s, f, z):
        return pdfmetrics.stringWidth(s, f, z)

    def wrap(self, s, f, z, w):
        out = []
        for para in str(s).split("\n"):
            line = ""
            for word in para.split(" "):
                cand = word if not line else line + " " + word
                if self.sw(cand, f, z) <= w or not line:
                    line = cand
                else:
                    out.append(line)
                    line = word
            out.append(line)
        return out

    def need(self, h):
        if self.y + h > self.H - self.bottom:
            self.newpage()

    def p(self, s, x=None, w=None, f="S", z=9, lead=None, gap=3, col=(0, 0, 0)):
        x = self.m if x is None else x
        w = (self.W - self.m - x) if w is None else w
        lead = lead or z * 1.28
        for line in self.wrap(s, f, z, w):
            self.need(lead)
            self.y += lead
            if line:
                self.t(x, self.y - 2, line, f, z, col=col)
        self.y += gap

    def h(self, s, f="SB", z=10.5, gap=4, rule=False, col=(0, 0, 0), x=None):
        self.need(z * 2.4)
        self.y += z + 3
        self.t(self.m if x is None else x, self.y, s, f, z, col=col)
        if rule:
            self.c.setLineWidth(0.6)
            self.c.line(self.m, self.H - self.y - 3, self.W - self.m, self.H - self.y - 3)
        self.y += gap

    def kv(self, pairs, x=None, kw=90, f="S", kf="SB", z=8.5, lead=None, w=None):
        x = self.m if x is None else x
        lead = lead or z * 1.35
        w = w or (self.W - self.m - x - kw)
        for k, v in pairs:
            lines = self.wrap(v, f, z, w)
            self.need(lead * len(lines))
            self.y += lead
            self.t(x, self.y, k, kf, z)
            for i, ln in enumerate(lines):
                if i:
                    self.y += lead
                self.t(x + kw, self.y, ln, f, z)
        self.y += 3

    def line(self, x1, y1, x2, y2, lw=0.5, col=(0, 0, 0)):
        self.c.setStrokeColorRGB(*col)
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y1, x2, self.H - y2)
        self.c.setStrokeColorRGB(0, 0, 0)

    def rect(self, x, y, w, h, lw=0.5, fill=None, stroke=True):
        self.c.setLineWidth(lw)
        if fill:
            self.c.setFillColorRGB(*fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        self.c.setFillColorRGB(0, 0, 0)

    def hr(self, lw=0.6, gap=5, col=(0, 0, 0)):
        self.y += gap
        self.line(self.m, self.y, self.W - self.m, self.y, lw, col)
        self.y += 2

    def tbl(self, widths, rows, x=None, f="S", z=8, hf="SB", head=True, pad=2.6, style="grid",
            shade=(0.88, 0.9, 0.93), fonts=None, aligns=None, lead=None, repeat_head=True, hz=None):
        x = self.m if x is None else x
        lead = lead or z * 1.22
        hz = hz or z
        hdr = rows[0] if head else None

        def draw_row(r, is_head):
            ff = hf if is_head else f
            zz = hz if is_head else z
            cells = []
            for i, (cell, w) in enumerate(zip(r, widths)):
                fc = ff if (is_head or not fonts or not fonts[i]) else fonts[i]
                cells.append((self.wrap("" if cell is None else cell, fc, zz, w - 2 * pad), fc))
            hgt = max(len(c[0]) for c in cells) * lead + 2 * pad
            if self.y + hgt > self.H - self.bottom:
                self.newpage()
                if hdr and repeat_head and not is_head:
                    draw_row(hdr, True)
            top = self.y
            if is_head and shade:
                self.rect(x, top, sum(widths), hgt, lw=0, fill=shade, stroke=False)
            cx = x
            for i, ((lines, fc), w) in enumerate(zip(cells, widths)):
                al = aligns[i] if aligns else "l"
                for j, ln in enumerate(lines):
                    yy = top + pad + (j + 1) * lead - lead * 0.22
                    if al == "r":
                        self.t(cx + w - pad, yy, ln, fc, zz, a="r")
                    elif al == "c":
                        self.t(cx + w / 2, yy, ln, fc, zz, a="c")
                    else:
                        self.t(cx + pad, yy, ln, fc, zz)
                cx += w
            if style == "grid":
                self.rect(x, top, sum(widths), hgt, lw=0.4)
                cx = x
                for w in widths[:-1]:
                    cx += w
                    self.line(cx, top, cx, top + hgt, 0.4)
            elif style == "rules":
                self.line(x, top + hgt, x + sum(widths), top + hgt, 0.8 if is_head else 0.25,
                          (0, 0, 0) if is_head else (0.55, 0.55, 0.55))
            self.y = top + hgt

        for i, r in enumerate(rows):
            draw_row(r, head and i == 0)
        self.y += 4

    def hand(self, x, y, s, z=11, col=INK, f="HW"):
        """Handwriting-like: oblique font drawn character by character with jitter."""
        s = str(s)
        self.drawn[-1].append(s)
        c = self.c
        c.setFillColorRGB(*col)
        cx = x
        for ch in s:
            zz = z * (1 + self.rng.uniform(-0.09, 0.09))
            by = self.rng.uniform(-1.1, 1.1)
            ang = self.rng.uniform(-5, 5)
            if ch != " ":
                c.saveState()
                c.translate(cx, self.H - y + by)
                c.rotate(ang)
                c.setFont(f, zz)
                c.drawString(0, 0, ch)
                c.restoreState()
            cx += self.sw(ch, f, zz) * self.rng.uniform(0.96, 1.08) + (0.6 if ch == " " else 0.15)
        c.setFillColorRGB(0, 0, 0)
        return cx

    def tick(self, x, y, on, sz=8):
        """Empty box at (x, y-top); a hand-drawn tick (lines, not text) when on."""
        self.rect(x, y, sz, sz, lw=0.6)
        if on:
            c = self.c
            c.setStrokeColorRGB(*INK)
            c.setLineWidth(1.3)
            j = self.rng.uniform
            p = c.beginPath()
            p.moveTo(x + 1 + j(-.5, .5), self.H - y - sz * 0.55)
            p.lineTo(x + sz * 0.42, self.H - y - sz - 0.5)
            p.lineTo(x + sz + 2.5 + j(-.8, .8), self.H - y + 3 + j(-.8, .8))
            c.drawPath(p, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)

    def yn(self, x, y, label, yes, f="S", z=8, lw=230):
        """Question with Yes / No tick boxes; yes=True ticks Yes, False ticks No."""
        self.t(x, y, label, f, z)
        self.t(x + lw, y, "Yes", f, z)
        self.tick(x + lw + 20, y - 7, yes is True)
        self.t(x + lw + 36, y, "No", f, z)
        self.tick(x + lw + 52, y - 7, yes is False)

    def footer(self):
        self.c.setFillColorRGB(0.25, 0.25, 0.25)
        self.t(self.W / 2, self.H - 18, FOOTER, "S", 7, a="c", col=(0.3, 0.3, 0.3))
        if self.footer_extra:
            self.footer_extra(self)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.drawn.append([])
        self.y = self.m
        if self.on_page:
            self.on_page(self)

    def finish(self):
        self.footer()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    # ---------- truth ----------
    def med(self, name, dose=None, unit=None, route=None, freq=None, status="active", brand=None,
            optional=False, why_note=None):
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": freq, "status": status}
        if optional:
            r["optional"] = True
        self.T["medications"].append(r)
        if status in ("stopped", "held", "completed"):
            self._auto.append((name, brand, status, why_note))

    def lab(self, test, value, unit=None, ref=None, date_=None, flag=None, aliases=(), optional=False):
        """value: printed value, may carry an attached flag ('5.2 H', '6.8*')."""
        vt, code = split_val(value)
        if flag is None and code:
            flag = code
        lo, hi, rt = parse_ref(ref)
        if flag:
            fl = FLAGS[flag.upper()] if flag.upper() in FLAGS else flag
        elif vt.lower() in POSITIVE:
            fl = "abnormal"
        elif ref:
            fl = "normal"
        else:
            fl = None
        vn = float(vt) if NUM.match(vt) else None
        r = {"test_name": test, "value_text": vt, "value_numeric": vn, "unit": unit,
             "reference_low": lo, "reference_high": hi, "reference_text": rt, "flag": fl,
             "date": date_, "aliases": list(aliases)}
        if optional:
            r["optional"] = True
        self.T["labs"].append(r)

    def vit(self, kind, value, unit=None, optional=False):
        if kind == "blood_pressure":
            a, b = value.split("/")
            vn, vs = float(a), float(b)
        else:
            vn, vs = float(value), None
        r = {"kind": kind, "value_text": value, "value_numeric": vn, "value_secondary": vs, "unit": unit}
        if optional:
            r["optional"] = True
        self.T["vitals"].append(r)

    def allergy(self, sub, reaction=None, severity=None):
        self.T["allergies"].append({"substance": sub, "reaction": reaction, "severity": severity})

    def cond(self, name, status="active", icd=None, aliases=(), optional=False):
        r = {"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)}
        if optional:
            r["optional"] = True
        self.T["conditions"].append(r)

    def imm(self, vaccine, on, dose=None, lot=None, brand=None, amb=False):
        self.T["immunizations"].append({"vaccine": vaccine, "administered_on": on, "dose_number": dose,
                                        "lot_number": lot, "brand": brand, "date_ambiguous": amb})

    def mn(self, category, name, why, note):
        self.MN.append({"category": category, "name": name, "why": why, "note": note})

    def alltext(self):
        return " ".join(" ".join(p) for p in self.drawn)

    def autofill(self):
        txt = self.alltext().lower()
        have = {m["name"].lower() for m in self.MN if m["category"] == "medications"}
        for name, brand, status, note in self._auto:
            nm = name if (name.lower() in txt or not brand) else brand
            if nm.lower() in have or name.lower() in have:
                continue
            self.mn("medications", nm, "stopped", note or f"{status} medicine: a {status} row, never active")
        self._auto = []

    def truth(self):
        out = {"file": f"docs/{self.stem}.{self.ext}", "country": self.country,
               "document_type": self.doctype}
        out.update(self.T)
        out["must_not"] = self.MN
        return out


# =====================================================================================
# documents (all content invented)
# =====================================================================================
def doc01():
    d = Doc(1, "Tanzania", "lab_fbc_chem", "lab_result", "lab report, single date, flag column",
            dstyles=("d/m/Y",))
    W = d.W
    d.rect(d.m, 34, 46, 46, lw=1.2, fill=(0.1, 0.35, 0.55))
    d.t(d.m + 23, 62, "MBD", "SB", 13, a="c", col=(1, 1, 1))
    d.t(d.m + 56, 48, "MSASANI BAY DIAGNOSTIC CENTRE", "SB", 14, col=(0.1, 0.35, 0.55))
    d.t(d.m + 56, 61, "Plot 41, Chole Road, Masaki, Dar es Salaam  |  Tel +255 22 260 4417", "S", 8)
    d.t(d.m + 56, 72, "Accredited clinical laboratory (fictitious)  |  results@msasanibay-lab.example.tz", "S", 8)
    d.t(W - d.m, 48, "LABORATORY REPORT", "SB", 11, a="r")
    d.y = 92
    d.hr(1.0)
    rows = [("Patient:", "MUSHI, Neema Rehema", "Lab No:", "MBD-25-031872"),
            ("Sex / Age:", "F / 46 yrs", "Collected:", "14/03/2025 08:10"),
            ("Reg. No:", "OPD-4471-22", "Received:", "14/03/2025 08:55"),
            ("Referred by:", "Dr. H. Kisanga, Oysterbay Family Clinic", "Reported:", "15/03/2025 11:20"),
            ("Specimen:", "EDTA blood, serum (fasting), urine", "Status:", "FINAL (1 test to follow)")]
    for a, b, c_, e in rows:
        d.y += 12
        d.t(d.m, d.y, a, "SB", 8.5)
        d.t(d.m + 70, d.y, b, "S", 8.5)
        d.t(330, d.y, c_, "SB", 8.5)
        d.t(390, d.y, e, "S", 8.5)
    d.y += 6
    d.hr(0.5)
    dt = "2025-03-14"
    secs = [
        ("HAEMATOLOGY - FULL BLOOD COUNT", [
            ("White Blood Cells (WBC)", "White blood cell count", ["WBC"], "11.8", "H", "x10^9/L", "4.0 - 10.0"),
            ("Red Blood Cells (RBC)", "Red blood cell count", ["RBC"], "4.21", "", "x10^12/L", "3.80 - 5.20"),
            ("Haemoglobin (Hb)", "Haemoglobin", ["Hb"], "10.9", "L", "g/dL", "12.0 - 15.5"),
            ("Haematocrit (HCT)", "Haematocrit", ["HCT"], "33.1", "L", "%", "36.0 - 46.0"),
            ("Mean Cell Volume (MCV)", "Mean cell volume", ["MCV"], "76.4", "L", "fL", "80.0 - 100.0"),
            ("Mean Cell Haemoglobin (MCH)", "Mean cell haemoglobin", ["MCH"], "25.9", "L", "pg", "27.0 - 33.0"),
            ("Platelets (PLT)", "Platelet count", ["PLT"], "412", "", "x10^9/L", "150 - 450"),
            ("Neutrophils (absolute)", "Neutrophils", ["NEUT"], "8.9", "H", "x10^9/L", "2.0 - 7.5"),
            ("Lymphocytes (absolute)", "Lymphocytes", ["LYMPH"], "2.1", "", "x10^9/L", "1.0 - 4.0"),
            ("ESR (Westergren)", "Erythrocyte sedimentation rate", ["ESR"], "38", "H", "mm/hr", "0 - 20"),
        ]),
        ("PARASITOLOGY", [
            ("Malaria RDT (Pf/Pan)", "Malaria rapid diagnostic test", ["Malaria RDT", "mRDT"], "Negative", "", None, "Negative"),
        ]),
        ("CLINICAL CHEMISTRY", [
            ("Glucose, fasting (FBG)", "Fasting blood glucose", ["FBG", "Glucose, fasting"], "7.9", "H", "mmol/L", "3.9 - 6.1"),
            ("HbA1c", "Haemoglobin A1c", ["HbA1c"], "8.4", "H", "%", "4.0 - 6.0"),
            ("Urea", "Urea", [], "5.1", "", "mmol/L", "2.5 - 7.8"),
            ("Creatinine", "Creatinine", [], "88", "", "µmol/L", "45 - 90"),
            ("Sodium (Na+)", "Sodium", ["Na"], "137", "", "mmol/L", "135 - 145"),
            ("Potassium (K+)", "Potassium", ["K"], "4.6", "", "mmol/L", "3.5 - 5.1"),
            ("ALT (SGPT)", "Alanine aminotransferase", ["ALT", "SGPT"], "31", "", "U/L", "7 - 35"),
            ("AST (SGOT)", "Aspartate aminotransferase", ["AST", "SGOT"], "28", "", "U/L", "10 - 35"),
            ("Total Cholesterol", "Total cholesterol", [], "5.9", "H", "mmol/L", "< 5.2"),
        ]),
        ("SEROLOGY", [
            ("Hepatitis B surface antigen (HBsAg)", "Hepatitis B surface antigen", ["HBsAg"], "Non-reactive", "", None, "Non-reactive"),
        ]),
    ]
    widths = [176, 78, 40, 74, 143]
    d.y += 4
    d.tbl(widths, [["Investigation", "Result", "Flag", "Units", "Reference Range"]], style="rules",
          shade=None, z=8.5)
    for title, items in secs:
        d.y += 3
        d.t(d.m, d.y + 8, title, "SB", 8.5, col=(0.1, 0.35, 0.55))
        d.y += 11
        body = []
        for pn, tn, al, v, fl, u, ref in items:
            body.append([pn, v, fl, u or "", ref])
            d.lab(tn, v, u, ref, dt, flag=fl or None, aliases=al)
        d.tbl(widths, body, style="rules", head=False, z=8.5, fonts=[None, "SB", "SB", None, None])
    d.y += 2
    d.tbl(widths, [["Urine culture & sensitivity", "PENDING", "", "", "Report to follow (48-72 h)"]],
          head=False, style="none", z=8.5, fonts=[None, "SB", None, None, "SO"])
    d.mn("labs", "Urine culture", "other", "pending result, no value yet")
    d.y += 4
    d.p("Comment: Microcytic hypochromic indices with raised ESR. Suggest iron studies and clinical "
        "correlation. Fasting glucose and HbA1c above target.", f="SO", z=8.5)
    d.y += 14
    d.t(d.m, d.y, "Verified by: A. Mwakalinga, BSc MLS (Reg. TZ-MLT-0093, fictitious)", "S", 8)
    d.t(W - d.m, d.y, "Flags: H = above, L = below reference range", "S", 7.5, a="r")
    return d


def doc02():
    d = Doc(2, "Zambia", "gp_referral", "medical_record", "GP referral letter (scanned, handwritten P.S.)",
            scan={"fmt": "pdf", "dpi": 170, "rot": 1.3, "light": (0.9, 0.2)}, hand=True,
            dstyles=("j F Y", "j/n/y"))
    W = d.W
    d.t(W / 2, 50, "KABULONGA FAMILY PRACTICE", "EB", 15, a="c")
    d.t(W / 2, 64, "Plot 12, Bishops Road, Kabulonga, Lusaka  -  Tel: +260 211 26 4490  -  reception@kabulongafp.example.zm", "E", 8, a="c")
    d.line(d.m, 72, W - d.m, 72, 1.2)
    d.line(d.m, 74.5, W - d.m, 74.5, 0.4)
    d.y = 96
    d.t(W - d.m, d.y, "9 April 2025", "E", 10, a="r")
    d.y += 4
    for ln in ["The Medical Registrar", "Medical Outpatient Clinic", "Chelston General Hospital (fictitious)", "Lusaka"]:
        d.p(ln, f="E", z=10, gap=0)
    d.y += 10
    d.p("Dear Colleague,", f="E", z=10, gap=6)
    d.p("Re: Mr Chanda Mwale PHIRI, DOB 17/08/1968, NRC 448217/11/1 (fictitious), file KFP-02291", f="EB", z=10, gap=6)
    L = [
        "Thank you for seeing this 56-year-old accountant with poorly controlled type 2 diabetes mellitus and "
        "hypertension, who now has a rising creatinine and proteinuria.",
        "He is currently taking metformin 1 g bd, glibenclamide 5 mg mane, amlodipine 10 mg od and atorvastatin "
        "20 mg nocte. He also takes aspirin 75 mg once daily. Enalapril 10 mg bd was stopped on 2 March 2025 "
        "because of a troublesome dry cough, which has since settled.",
        "Recent results (3 April 2025): creatinine 148 µmol/L (it was 102 µmol/L in late 2024), eGFR 46 "
        "mL/min/1.73m², HbA1c 9.6% and urine dipstick protein 2+. When I saw him on 7 April his BP was "
        "162/98 mmHg, pulse 88 bpm, weight 94 kg and BMI 31.8 kg/m². I suspect diabetic nephropathy, but would "
        "be grateful if you could rule out renal artery stenosis given the creatinine rise on an ACE inhibitor.",
        "Past history: pulmonary tuberculosis in 2014, fully treated, with no recurrence. Obesity. He has no "
        "history of heart failure. His brother died of kidney failure on dialysis.",
        "Allergies: co-trimoxazole (Septrin) - widespread rash in 2019.",
        "I have not started insulin; he may need insulin glargine, which I would be happy to start on your advice.",
    ]
    for para in L:
        d.p(para, f="E", z=10, lead=13.5, gap=7)
    d.y += 6
    d.p("Yours sincerely,", f="E", z=10, gap=26)
    d.p("Dr Mutinta Hichilema, MBChB (fictitious)  -  General Practitioner", f="E", z=10, gap=2)
    d.y += 30
    d.hand(d.m, d.y, "P.S. 10/4/25 - K+ 5.4 today, repeat sent. Pt aware of referral.", z=12)
    d.hand(d.m + 280, d.y + 22, "M.H.", z=14)
    dt = "2025-04-03"
    d.med("metformin", "1", "g", "oral", "bd")
    d.med("glibenclamide", "5", "mg", "oral", "mane")
    d.med("amlodipine", "10", "mg", "oral", "od")
    d.med("atorvastatin", "20", "mg", "oral", "nocte")
    d.med("aspirin", "75", "mg", "oral", "once daily")
    d.med("enalapril", "10", "mg", "oral", "bd", status="stopped")
    d.lab("Creatinine", "148", "µmol/L", None, dt)
    d.lab("eGFR", "46", "mL/min/1.73m²", None, dt)
    d.lab("Haemoglobin A1c", "9.6", "%", None, dt, aliases=["HbA1c"])
    d.lab("Urine protein (dipstick)", "2+", None, None, dt, aliases=["urine dipstick protein"])
    d.lab("Potassium", "5.4", None, None, "2025-04-10", aliases=["K+"])
    d.vit("blood_pressure", "162/98", "mmHg")
    d.vit("heart_rate", "88", "bpm")
    d.vit("weight", "94", "kg")
    d.vit("bmi", "31.8", "kg/m²")
    d.cond("Type 2 diabetes mellitus")
    d.cond("Hypertension")
    d.cond("Obesity")
    d.allergy("Co-trimoxazole", "widespread rash")
    d.mn("conditions", "pulmonary tuberculosis", "historical", "treated 2014, no recurrence")
    d.mn("conditions", "diabetic nephropathy", "other", "suspected only")
    d.mn("conditions", "renal artery stenosis", "other", "rule-out request")
    d.mn("conditions", "heart failure", "negated", "no history of")
    d.mn("conditions", "kidney failure", "family", "brother")
    d.mn("medications", "insulin glargine", "planned", "may be started")
    return d


def doc03():
    d = Doc(3, "Rwanda", "covid_flu_certificate", "immunization_record", "COVID-19 / influenza certificate",
            hand=True, dstyles=("d/m/Y",))
    W, H = d.W, d.H
    d.rect(24, 24, W - 48, H - 60, lw=2.2)
    d.rect(29, 29, W - 58, H - 70, lw=0.6)
    d.t(W / 2, 70, "KIGALI HEIGHTS MEDICAL CENTRE", "SB", 15, a="c", col=(0.0, 0.35, 0.25))
    d.t(W / 2, 86, "KG 7 Avenue, Kacyiru, Kigali  |  +250 788 304 117  |  (fictitious clinic)", "S", 8.5, a="c")
    d.t(W / 2, 116, "CERTIFICATE OF VACCINATION", "SB", 17, a="c")
    d.t(W / 2, 134, "COVID-19 and Seasonal Influenza", "SO", 11, a="c")
    d.y = 160
    d.kv([("Name:", "INGABIRE Uwase Clarisse"), ("Date of birth:", "23/07/1990"),
          ("National ID:", "1 1990 7 0041823 0 62 (fictitious)"), ("Sex:", "Female"),
          ("Occupation:", "Secondary school teacher")], x=70, kw=110, z=10, lead=15)
    d.y += 20
    d.t(70, d.y, "COVID-19 VACCINATION", "SB", 11, col=(0.0, 0.35, 0.25))
    d.y += 6
    rows = [["Dose", "Vaccine / manufacturer", "Date", "Batch / Lot", "Vaccination site"],
            ["Dose 1", "Comirnaty (Pfizer-BioNTech)", "14/10/2021", "FK8891", "Kacyiru Health Centre"],
            ["Dose 2", "Comirnaty (Pfizer-BioNTech)", "11/11/2021", "FL2304", "Kacyiru Health Centre"],
            ["Booster (dose 3)", "Comirnaty (Pfizer-BioNTech)", "02/06/2022", "FP6217", "Kigali Heights MC"]]
    d.tbl([85, 150, 70, 70, 115], rows, x=55, z=9, shade=(0.85, 0.93, 0.9))
    d.imm("COVID-19", "2021-10-14", 1, "FK8891", "Comirnaty")
    d.imm("COVID-19", "2021-11-11", 2, "FL2304", "Comirnaty")
    d.imm("COVID-19", "2022-06-02", 3, "FP6217", "Comirnaty")
    d.y += 14
    d.t(70, d.y, "SEASONAL INFLUENZA VACCINATION", "SB", 11, col=(0.0, 0.35, 0.25))
    d.y += 6
    top = d.y
    d.tbl([85, 150, 70, 70, 115], [["Season", "Vaccine", "Date", "Lot", "Vaccinator (sign)"],
                                    ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""]],
          x=55, z=9, pad=6, shade=(0.85, 0.93, 0.9))
    r1, r2 = top + 40, top + 63
    for yy, season, dt, lot, who in ((r1, "2023", "18/04/2023", "S2M077", "J. Mukamana"),
                                     (r2, "2024", "20/05/2024", "U7K412", "J. Mukamana"),
                                     (r2 + 23, "2025", "12/05/2025", "W3D905", "E. Nshuti")):
        d.hand(62, yy, season, 11)
        d.hand(143, yy, "Vaxigrip Tetra", 11)
        d.hand(292, yy, dt, 11)
        d.hand(362, yy, lot, 11)
        d.hand(432, yy, who, 10)
    d.imm("Influenza", "2023-04-18", None, "S2M077", "Vaxigrip Tetra")
    d.imm("Influenza", "2024-05-20", None, "U7K412", "Vaxigrip Tetra")
    d.imm("Influenza", "2025-05-12", None, "W3D905", "Vaxigrip Tetra")
    d.y += 12
    d.t(70, d.y, "OTHER RECOMMENDATIONS", "SB", 10)
    d.y += 4
    d.p("Hepatitis B vaccination: not yet given - recommended for school staff (3 doses).", x=70, w=420, z=9)
    d.p("Pneumococcal vaccine (PCV20): offered and declined by the holder on 12/05/2025.", x=70, w=420, z=9)
    d.mn("immunizations", "Hepatitis B", "due", "recommended, not given")
    d.mn("immunizations", "Pneumococcal vaccine (PCV20)", "other", "declined")
    d.y += 30
    d.line(70, d.y, 230, d.y)
    d.line(W - 230, d.y, W - 70, d.y)
    d.t(70, d.y + 11, "Issuing officer", "S", 8)
    d.t(W - 230, d.y + 11, "Clinic stamp", "S", 8)
    d.hand(80, d.y - 6, "Dr A. Habimana", 12)
    d.c.setStrokeColorRGB(0.3, 0.3, 0.6)
    d.c.circle(W - 150, H - d.y + 28, 30)
    d.c.setStrokeColorRGB(0, 0, 0)
    d.t(W / 2, H - 46, "Certificate no. KHMC-VC-2025-00818  |  Verify at the issuing clinic", "S", 7.5, a="c")
    return d


def doc04():
    d = Doc(4, "Malawi", "child_health_card", "immunization_record", "child health card (handwritten, scanned)",
            size=(A4[1], A4[0]), scan={"fmt": "jpg", "dpi": 160, "rot": -1.7, "light": (0.2, 0.7),
                                       "tone": (240, 236, 214)}, hand=True, dstyles=("d/m/y",), margin=30)
    W, H = d.W, d.H
    d.rect(20, 20, W - 40, H - 50, lw=1.5)
    d.line(W / 2 - 40, 20, W / 2 - 40, H - 30, 1.0)
    # left column: child details and growth
    x0 = 34
    d.t(x0, 46, "HEALTH PASSPORT - UNDER FIVE CARD", "SB", 12)
    d.t(x0, 60, "Mzuzu North Health Centre (fictitious), Mzimba North District", "S", 8.5)
    d.y = 68
    fields = [("Child's name", "Chikondi Banda"), ("Sex", "F"), ("Date of birth", "09/01/24"),
              ("Birth weight", "3.1 kg"), ("Mother / guardian", "Esnart Banda"),
              ("Village / T.A.", "Chibavi, T.A. Mtwalo"), ("Registration no.", "MZN-U5-24-0117")]
    for lab_, val in fields:
        d.y += 20
        d.t(x0, d.y, lab_ + ":", "S", 9)
        d.line(x0 + 100, d.y + 2, W / 2 - 55, d.y + 2, 0.4)
        d.hand(x0 + 106, d.y - 1, val, 12)
    d.y += 28
    d.t(x0, d.y, "GROWTH MONITORING", "SB", 10)
    d.y += 6
    d.tbl([80, 80, 70, 110], [["Date", "Age", "Weight (kg)", "Remarks"]] + [["", "", "", ""]] * 4,
          x=x0, z=8.5, pad=5)
    gy = d.y - 4 * 20.4 + 6
    for i, (dt, age, wt, rem) in enumerate([("21/02/24", "6 wks", "4.6", "Good"), ("20/03/24", "10 wks", "5.5", "Good"),
                                            ("18/04/24", "14 wks", "6.3", "Good"), ("08/10/24", "9 mo", "8.6", "Growing well")]):
        yy = gy + i * 20.4
        d.hand(x0 + 4, yy, dt, 10.5)
        d.hand(x0 + 84, yy, age, 10.5)
        d.hand(x0 + 164, yy, wt, 10.5)
        d.hand(x0 + 234, yy, rem, 10)
    d.vit("weight", "8.6", "kg")
    d.y += 16
    d.t(x0, d.y, "Vitamin A and deworming: see page 6.", "SO", 8)
    # right column: immunisations
    x1 = W / 2 - 28
    d.t(x1, 46, "IMMUNISATION RECORD", "SB", 12)
    d.t(x1, 60, "Write date given (dd/mm/yy) and batch no. Next visit date in pencil.", "S", 7.5)
    d.y = 66
    vac = [("BCG", "at birth"), ("OPV 0", "at birth"), ("OPV 1", "6 weeks"), ("Pentavalent 1 (DTP-HepB-Hib)", "6 weeks"),
           ("PCV 1", "6 weeks"), ("Rotavirus 1", "6 weeks"), ("OPV 2", "10 weeks"), ("Pentavalent 2", "10 weeks"),
           ("PCV 2", "10 weeks"), ("Rotavirus 2", "10 weeks"), ("OPV 3", "14 weeks"), ("Pentavalent 3", "14 weeks"),
           ("PCV 3", "14 weeks"), ("IPV", "14 weeks"), ("Malaria vaccine 1 (RTS,S)", "5 months"),
           ("Measles-Rubella 1 (MR1)", "9 months"), ("Measles-Rubella 2 (MR2)", "15 months")]
    d.tbl([150, 62, 70, 80], [["Vaccine", "Due age", "Date given", "Batch no."]] + [[v, a, "", ""] for v, a in vac],
          x=x1, z=8, pad=3.6, shade=(0.9, 0.9, 0.9))
    rowh = 8 * 1.22 + 7.2
    first = 66 + rowh + 4 + rowh - 9
    OPV, PEN, PCV = ("Oral polio vaccine", "OPV"), ("DTP-HepB-Hib (pentavalent)", "Pentavalent"), ("Pneumococcal conjugate vaccine", "PCV")
    given = {
        "BCG": ("09/01/24", "0394K", ("BCG", None), None), "OPV 0": ("09/01/24", "", OPV, 0),
        "OPV 1": ("21/02/24", "", OPV, 1), "Pentavalent 1 (DTP-HepB-Hib)": ("21/02/24", "P21A07", PEN, 1),
        "PCV 1": ("21/02/24", "", PCV, 1), "Rotavirus 1": ("21/02/24", "", ("Rotavirus", None), 1),
        "OPV 2": ("20/03/24", "", OPV, 2), "Pentavalent 2": ("20/03/24", "P21A07", PEN, 2),
        "PCV 2": ("20/03/24", "", PCV, 2), "Rotavirus 2": ("20/03/24", "", ("Rotavirus", None), 2),
        "OPV 3": ("18/04/24", "", OPV, 3), "Pentavalent 3": ("18/04/24", "P33C12", PEN, 3),
        "PCV 3": ("18/04/24", "", PCV, 3), "IPV": ("18/04/24", "I0921", ("Inactivated polio vaccine", "IPV"), None),
        "Measles-Rubella 1 (MR1)": ("08/10/24", "MR5530", ("Measles-Rubella", None), 1),
    }
    for i, (v, a) in enumerate(vac):
        yy = first + i * rowh
        if v in given:
            dt, lot, (name, brand), dose = given[v]
            d.hand(x1 + 216, yy, dt, 10)
            if lot:
                d.hand(x1 + 286, yy, lot, 10)
            yyyy, mm, dd = "20" + dt[6:8], dt[3:5], dt[0:2]
            d.imm(name, f"{yyyy}-{mm}-{dd}", dose, lot or None, brand)
        elif v.startswith("Malaria"):
            d.hand(x1 + 214, yy, "no stock", 9.5)
    d.y += 10
    d.t(x1, d.y, "Next visit:", "SB", 9)
    d.hand(x1 + 60, d.y, "MR2 due 09/04/25; return for malaria vaccine", 10.5)
    d.mn("immunizations", "MR2", "due", "due at 15 months, not given")
    d.mn("immunizations", "Malaria vaccine", "due", "not given (no stock)")
    return d


def doc05():
    d = Doc(5, "Namibia", "travel_vaccination_record", "immunization_record", "adult travel-clinic vaccination record",
            hand=True, dstyles=("d-M-Y",))
    W = d.W
    d.rect(0, 0, W, 70, lw=0, fill=(0.93, 0.55, 0.15), stroke=False)
    d.t(d.m, 34, "KLEIN WINDHOEK TRAVEL HEALTH CLINIC", "SB", 15, col=(1, 1, 1))
    d.t(d.m, 50, "22 Nelson Mandela Avenue, Windhoek  |  +264 61 244 780  |  (fictitious)", "S", 8.5, col=(1, 1, 1))
    d.t(W - d.m, 34, "Adult Vaccination Record", "SB", 11, a="r", col=(1, 1, 1))
    d.y = 92
    # two-column demographics with handwritten answers
    left = [("Surname", "Shikongo"), ("First names", "Anna-Marie N."), ("Date of birth", "03-Sep-1990"),
            ("Passport no.", "P0971243 (fictitious)")]
    right = [("Destination(s)", "Brazil (Amazonas), Peru"), ("Departure", "01-Mar-2025"),
             ("Duration", "6 weeks"), ("Purpose", "Research fieldwork")]
    y0 = d.y
    for i, ((a, b), (c_, e)) in enumerate(zip(left, right)):
        yy = y0 + i * 19
        d.t(d.m, yy, a + ":", "S", 8.5)
        d.line(d.m + 72, yy + 2, 290, yy + 2, 0.4)
        d.hand(d.m + 76, yy - 1, b, 11)
        d.t(305, yy, c_ + ":", "S", 8.5)
        d.line(380, yy + 2, W - d.m, yy + 2, 0.4)
        d.hand(384, yy - 1, e, 11)
    d.y = y0 + 4 * 19 + 6
    d.h("Pre-vaccination screening", z=10)
    qs = [("Egg allergy?", False), ("Allergy to any medicine?", True), ("Pregnant or breastfeeding?", False),
          ("Thymus disorder or thymectomy?", False), ("Immunosuppressed (illness or treatment)?", False)]
    for i, (q, a) in enumerate(qs):
        col = i % 2
        yy = d.y + 12 + (i // 2) * 16
        d.yn(d.m + col * 262, yy, q, a, z=8, lw=170)
    d.y += 12 + 3 * 16
    d.t(d.m, d.y, "If yes, details:", "S", 8.5)
    d.hand(d.m + 72, d.y, "Penicillin - hives", 11)
    d.t(305, d.y, "Current medicines:", "S", 8.5)
    d.hand(390, d.y, "Eltroxin 100mcg daily", 11)
    d.y += 16
    d.t(d.m, d.y, "Medical conditions:", "S", 8.5)
    d.hand(d.m + 88, d.y, "Hypothyroidism (on treatment)", 11)
    d.allergy("Penicillin", "hives")
    d.med("levothyroxine", "100", "mcg", "oral", "daily", brand="Eltroxin")
    d.cond("Hypothyroidism")
    d.mn("allergies", "Egg", "checkbox_no", "egg allergy ticked No")
    d.mn("conditions", "Pregnant", "checkbox_no", "ticked No")
    d.mn("conditions", "Thymus disorder", "checkbox_no", "ticked No")
    d.mn("conditions", "Immunosuppressed", "checkbox_no", "ticked No")
    d.y += 10
    d.h("Vaccines administered", z=10)
    rows = [["Vaccine", "Brand", "Dose", "Date", "Batch no.", "Site", "Nurse"]] + [[""] * 7 for _ in range(8)]
    top = d.y
    d.tbl([118, 76, 40, 70, 70, 44, 93], rows, z=8.5, pad=5.2, shade=(0.98, 0.88, 0.75))
    given = [("Yellow fever", "Stamaril", "", "12-Feb-2025", "YF4417B", "L deltoid", "2025-02-12", None),
             ("Hepatitis A", "Havrix 1440", "1", "12-Feb-2025", "AHAVB913", "R deltoid", "2025-02-12", 1),
             ("Typhoid (Vi)", "Typhim Vi", "", "12-Feb-2025", "T0552", "R deltoid", "2025-02-12", None),
             ("Tdap", "Boostrix", "", "12-Feb-2025", "AC37B218", "L deltoid", "2025-02-12", None),
             ("Rabies (PrEP)", "Verorab", "1", "12-Feb-2025", "R1P882", "L deltoid", "2025-02-12", 1),
             ("Rabies (PrEP)", "Verorab", "2", "19-Feb-2025", "R1P882", "L deltoid", "2025-02-19", 2),
             ("Meningococcal ACWY", "Menveo", "", "19-Feb-2025", "M4W210", "R deltoid", "2025-02-19", None),
             ("Polio (IPV) booster", "IPOL", "", "19-Feb-2025", "IP3364", "L deltoid", "2025-02-19", None)]
    rh = 8.5 * 1.22 + 10.4
    xs = [0, 118, 194, 234, 304, 374, 418]
    for i, g in enumerate(given):
        yy = top + rh + (i + 1) * rh - 6
        for j in range(6):
            if g[j]:
                d.hand(d.m + xs[j] + 4, yy, g[j], 10 if j != 0 else 10.5)
        d.hand(d.m + 466, yy, "T.N." if i < 5 else "R.A.", 10)
    names = {"Yellow fever": "Yellow fever", "Hepatitis A": "Hepatitis A", "Typhoid (Vi)": "Typhoid",
             "Tdap": "Tdap", "Rabies (PrEP)": "Rabies", "Meningococcal ACWY": "Meningococcal ACWY",
             "Polio (IPV) booster": "Polio (IPV)"}
    for g in given:
        d.imm(names[g[0]], g[6], g[7], g[4], g[1])
    d.y += 6
    d.h("Not given today", z=10)
    d.p("Cholera (Dukoral): declined by traveller after discussion.  Japanese encephalitis: not indicated for "
        "this itinerary.  Hep A booster (dose 2): due Aug-2025.", z=9)
    d.mn("immunizations", "Cholera", "other", "declined")
    d.mn("immunizations", "Japanese encephalitis", "other", "not indicated")
    d.mn("immunizations", "Hep A booster", "due", "due later")
    d.h("Malaria prevention", z=10)
    d.p("Atovaquone/proguanil (Malarone) 250/100 mg: start 1 day before entering the malaria area, one tablet "
        "daily, continue 7 days after leaving. Script given - to start 28-Feb-2025.", z=9)
    d.mn("medications", "Malarone", "planned", "to start before travel")
    d.y += 4
    d.p("Yellow fever certificate (ICVP) issued: valid for life from 22-Feb-2025.", f="SO", z=8.5)
    return d


def doc06():
    d = Doc(6, "Mauritius", "handwritten_prescription", "prescription", "handwritten prescription (scanned)",
            size=(A4[0] * 0.72, A4[1] * 0.72), scan={"fmt": "jpg", "dpi": 180, "rot": 2.1, "light": (0.3, 0.8),
                                                      "tone": (250, 246, 232)}, hand=True, dstyles=("d/m/Y",), margin=26)
    W, H = d.W, d.H
    d.t(d.m, 40, "Dr. Rakesh K. DOOLOOA", "EB", 13)
    d.t(d.m, 53, "MBBS, MRCGP (fictitious)  -  General Practitioner", "E", 7.5)
    d.t(d.m, 63, "Vandermeersch Medical Centre, Royal Road, Rose-Hill", "E", 7.5)
    d.t(d.m, 73, "Tel: 464 0182  -  Consultation: Mon-Sat 9h00-12h00, 16h00-19h00", "E", 7.5)
    d.line(d.m, 80, W - d.m, 80, 1)
    d.t(d.m, 98, "Name:", "E", 9)
    d.hand(d.m + 34, 98, "Mrs S. Ramdin", 12)
    d.t(W - 150, 98, "Date:", "E", 9)
    d.hand(W - 118, 98, "22/05/2025", 11.5)
    d.t(d.m, 116, "Age:", "E", 9)
    d.hand(d.m + 34, 116, "61 y", 12)
    d.hand(W - 150, 116, "BP 152/94", 12)
    d.hand(d.m, 138, "Dx: HTN, T2DM, OA knees", 12)
    d.hand(d.m, 156, "Allergic: Aspirin -> wheeze", 12)
    d.t(d.m, 184, "Rx", "EB", 20)
    lines = ["1) Tab Cozaar (losartan) 50mg  1 od  x 1/12",
             "2) Tab Metformin 850mg  1 bd  x 1/12",
             "3) Tab Diamicron MR 60mg  1 mane  x 1/12",
             "4) Tab Paracetamol 1g  tds prn  x 2/52",
             "5) Voltaren Emulgel - apply to knees bd",
             "   STOP Amlodipine (ankle swelling)"]
    y = 210
    for ln in lines:
        d.hand(d.m + 8, y, ln, 12.5)
        y += 24
    d.hand(d.m + 8, y + 6, "Review 1/12 - ? add statin", 12)
    d.hand(W - 120, y + 50, "R. Doolooa", 14)
    d.line(W - 135, y + 56, W - d.m, y + 56, 0.5)
    d.t(W - 135, y + 66, "Signature", "E", 7)
    d.med("losartan", "50", "mg", "oral", "od", brand="Cozaar")
    d.med("metformin", "850", "mg", "oral", "bd")
    d.med("gliclazide", "60", "mg", "oral", "mane", brand="Diamicron MR")
    d.med("paracetamol", "1", "g", "oral", "tds prn")
    d.med("diclofenac", None, None, "topical", "bd", brand="Voltaren Emulgel")
    d.med("amlodipine", None, None, None, None, status="stopped")
    d.vit("blood_pressure", "152/94", None)
    d.cond("Hypertension", aliases=["HTN"])
    d.cond("Type 2 diabetes mellitus", aliases=["T2DM"])
    d.cond("Osteoarthritis of knees", aliases=["OA knees"])
    d.allergy("Aspirin", "wheeze")
    d.mn("medications", "statin", "planned", "considered at review")
    return d


def doc07():
    d = Doc(7, "Sierra Leone", "employment_vaccination_record", "immunization_record",
            "employment (health-worker) vaccination record", hand=True,
            scan={"fmt": "png", "dpi": 150, "rot": -0.9, "light": (0.7, 0.1), "noise": 4.0}, dstyles=("d/m/Y",))
    W = d.W
    d.t(W / 2, 46, "ABERDEEN ROAD MISSION HOSPITAL", "SB", 14, a="c")
    d.t(W / 2, 60, "Occupational Health Unit  -  Aberdeen Road, Freetown  -  (fictitious)", "S", 8.5, a="c")
    d.t(W / 2, 80, "STAFF PRE-EMPLOYMENT & ONGOING IMMUNISATION RECORD", "SB", 11, a="c")
    d.y = 96
    for i, (a, b) in enumerate([("Name", "Fatmata Kamara"), ("Staff no.", "ARMH-N-2291"),
                                ("Post", "Staff nurse, maternity"), ("Date of birth", "11/06/1996")]):
        x = d.m + (i % 2) * 260
        yy = d.y + 16 + (i // 2) * 18
        d.t(x, yy, a + ":", "S", 9)
        d.hand(x + 62, yy, b, 11.5)
    d.y += 16 + 2 * 18
    d.h("Screening questions", z=9.5)
    d.yn(d.m, d.y + 12, "History of jaundice or hepatitis?", False, lw=250)
    d.yn(d.m, d.y + 28, "Needle-stick injury in the last 6 months?", False, lw=250)
    d.yn(d.m, d.y + 44, "Known allergy to any vaccine component?", False, lw=250)
    d.y += 54
    d.mn("conditions", "hepatitis", "checkbox_no", "ticked No")
    d.mn("conditions", "Needle-stick injury", "checkbox_no", "ticked No")
    d.mn("allergies", "vaccine component", "checkbox_no", "ticked No")
    d.h("Vaccinations", z=9.5)
    rows = [["Vaccine", "Dose", "Date given", "Batch / lot", "Given by", "Next due"]]
    vac = [("Hepatitis B (Engerix-B)", "1", "06/01/2025", "HBV7731", "M.S.", ""),
           ("Hepatitis B (Engerix-B)", "2", "03/02/2025", "HBV7731", "M.S.", ""),
           ("Hepatitis B (Engerix-B)", "3", "07/07/2025", "HBV8010", "A.J.", "check titre"),
           ("Td (tetanus-diphtheria)", "", "06/01/2025", "TD2209", "M.S.", "Td booster due 01/2035"),
           ("Typhoid conjugate (Typbar-TCV)", "", "06/01/2025", "TCV3318", "M.S.", "Typhoid booster due 01/2028"),
           ("Yellow fever", "", "14/03/2019", "", "card seen", "life-long"),
           ("COVID-19 (Janssen)", "1", "22/09/2021", "XD955", "card seen", ""),
           ("Influenza", "", "REFUSED", "", "", "")]
    rows += [[v[0], "", "", "", "", ""] for v in vac]
    top = d.y
    wid = [150, 34, 70, 66, 60, 131]
    d.tbl(wid, rows, z=8.5, pad=5)
    rh = 8.5 * 1.22 + 10
    xs = [0, 150, 184, 254, 320, 380]
    for i, v in enumerate(vac):
        yy = top + rh + i * rh + rh - 7
        for j in range(1, 6):
            if v[j]:
                d.hand(d.m + xs[j] + 4, yy, v[j], 10 if j != 5 else 9.5)
    d.imm("Hepatitis B", "2025-01-06", 1, "HBV7731", "Engerix-B")
    d.imm("Hepatitis B", "2025-02-03", 2, "HBV7731", "Engerix-B")
    d.imm("Hepatitis B", "2025-07-07", 3, "HBV8010", "Engerix-B")
    d.imm("Tetanus-diphtheria", "2025-01-06", None, "TD2209", None)
    d.imm("Typhoid conjugate", "2025-01-06", None, "TCV3318", "Typbar-TCV")
    d.imm("Yellow fever", "2019-03-14", None, None, None)
    d.imm("COVID-19", "2021-09-22", 1, "XD955", "Janssen")
    d.mn("immunizations", "Influenza", "other", "refused")
    d.mn("immunizations", "Td booster", "due", "due 2035")
    d.mn("immunizations", "Typhoid booster", "due", "due 2028")
    d.y += 6
    d.t(d.m, d.y + 8, "Post-vaccination serology:", "SB", 9)
    d.hand(d.m + 142, d.y + 8, "Anti-HBs 145 mIU/mL (>10) on 18/08/2025 - immune", 11)
    d.lab("Hepatitis B surface antibody", "145", "mIU/mL", "(>10)", "2025-08-18", aliases=["Anti-HBs"])
    d.y += 26
    d.t(d.m, d.y, "Influenza vaccine refused - I understand the risks.  Signed:", "S", 8.5)
    d.hand(d.m + 262, d.y, "F. Kamara", 12)
    d.y += 18
    d.t(d.m, d.y, "Meningococcal vaccine:", "S", 8.5)
    d.hand(d.m + 112, d.y, "not indicated for this post", 11)
    d.mn("immunizations", "Meningococcal", "other", "not indicated")
    d.y += 26
    d.t(d.m, d.y, "Occupational Health Nurse:", "S", 8.5)
    d.hand(d.m + 120, d.y, "M. Sesay  19/08/2025", 11)
    return d


def doc08():
    d = Doc(8, "Bermuda", "ed_note", "medical_record", "emergency department note", size=LETTER,
            dstyles=("d/m/Y",))
    W = d.W
    d.t(d.m, 40, "KING'S POINT GENERAL HOSPITAL  -  EMERGENCY DEPARTMENT", "CB", 12)
    d.t(d.m, 53, "7 Point Finger Road, Paget, Bermuda (fictitious)  |  ED Physician Note", "C", 8.5)
    d.t(W - d.m, 40, "Visit: ED-25-118204", "C", 8.5, a="r")
    d.y = 60
    d.hr(1)
    d.kv([("Patient:", "OUTERBRIDGE, Desmond A.    DOB 02/11/1961 (63 y)    MRN KPG-0447183"),
          ("Arrival:", "14/06/2025 19:42 by private car    Triage: ESI 2"),
          ("Attending:", "Dr. L. Trott-Simmons, MD (fictitious)")], kw=60, f="C", kf="CB", z=8.5)
    d.h("Chief complaint", z=9.5)
    d.p("Palpitations and light-headedness for 6 hours.", z=9)
    d.h("History of present illness", z=9.5)
    d.p("63-year-old man with hypertension, hyperlipidaemia and GERD presenting with sudden-onset irregular "
        "palpitations while gardening. Denies chest pain at rest, syncope or shortness of breath. No leg swelling. "
        "No recent travel or immobility. He takes ramipril 5 mg daily, atorvastatin 40 mg nightly and omeprazole "
        "20 mg daily. Allergy: codeine (nausea and vomiting). Past surgical history: appendicectomy in 1988. "
        "Father had a myocardial infarction at 58. Non-smoker, about 6 units of alcohol per week.", z=9)
    d.h("Vital signs", z=9.5)
    d.tbl([70, 80, 60, 55, 70, 80, 110],
          [["Time", "BP (mmHg)", "HR (bpm)", "RR (/min)", "Temp (°C)", "SpO2 (%)", "Weight (kg)"],
           ["19:48 triage", "148/92", "134", "20", "36.9", "96 RA", "88"]], f="C", hf="CB", z=8.5, style="grid")
    d.vit("blood_pressure", "148/92", "mmHg")
    d.vit("heart_rate", "134", "bpm")
    d.vit("respiratory_rate", "20", "/min")
    d.vit("temperature", "36.9", "°C")
    d.vit("oxygen_saturation", "96", "%")
    d.vit("weight", "88", "kg")
    d.h("Examination", z=9.5)
    d.p("Irregularly irregular pulse. Heart sounds normal, no murmur. Chest clear. No peripheral oedema. "
        "ECG: atrial fibrillation with rapid ventricular response, rate 130s, no acute ST changes.", z=9)
    d.h("Results (collected 14/06/2025 20:05)", z=9.5)
    dt = "2025-06-14"
    res = [("hs-Troponin I", "High-sensitivity troponin I", ["hs-Troponin I"], "9", "ng/L", "<26"),
           ("Potassium", "Potassium", [], "3.4 L", "mmol/L", "3.5-5.0"),
           ("Magnesium", "Magnesium", [], "0.72", "mmol/L", "0.70-1.00"),
           ("Creatinine", "Creatinine", [], "96", "µmol/L", "62-106"),
           ("Hemoglobin", "Hemoglobin", ["Hgb"], "14.2", "g/dL", "13.5-17.5"),
           ("TSH", "Thyroid stimulating hormone", ["TSH"], "1.9", "mIU/L", "0.4-4.0"),
           ("D-dimer", "D-dimer", [], "0.31", "mg/L FEU", "<0.50")]
    d.tbl([130, 70, 80, 100], [["Test", "Result", "Units", "Ref. range"]] + [[a, v, u, r] for a, _, _, v, u, r in res],
          f="C", hf="CB", z=8.5, style="rules", shade=None)
    for a, tn, al, v, u, r in res:
        d.lab(tn, v, u, r, dt, aliases=al)
    d.h("ED course", z=9.5)
    d.p("Given diltiazem 10 mg IV over 2 minutes with good rate response, aspirin 300 mg chewed on arrival "
        "(before ECG review) and potassium chloride 40 mmol PO once. Pulmonary embolism considered and ruled "
        "out on clinical grounds with a negative D-dimer. Acute coronary syndrome ruled out (troponin negative). "
        "CHA2DS2-VASc score 2.", z=9)
    d.h("Impression", z=9.5)
    d.p("1. Atrial fibrillation with rapid ventricular response, new onset (I48.9)\n2. Hypokalaemia, mild\n"
        "3. Hypertension; hyperlipidaemia; GERD - stable", z=9)
    d.h("Disposition and plan", z=9.5)
    d.p("Discharged home 23:40. Started apixaban (Eliquis) 5 mg twice daily and metoprolol succinate 50 mg once "
        "daily. Continue ramipril, atorvastatin and omeprazole. Cardiology clinic referral for echocardiogram. "
        "Return if chest pain, fainting or breathlessness.", z=9)
    d.med("ramipril", "5", "mg", "oral", "daily")
    d.med("atorvastatin", "40", "mg", "oral", "nightly")
    d.med("omeprazole", "20", "mg", "oral", "daily")
    d.med("apixaban", "5", "mg", "oral", "twice daily", status="new", brand="Eliquis")
    d.med("metoprolol succinate", "50", "mg", "oral", "once daily", status="new")
    d.allergy("Codeine", "nausea and vomiting")
    d.cond("Atrial fibrillation", icd="I48.9", aliases=["Atrial fibrillation with rapid ventricular response"])
    d.cond("Hypertension")
    d.cond("Hyperlipidaemia")
    d.cond("Gastro-oesophageal reflux disease", aliases=["GERD"])
    d.cond("Hypokalaemia")
    d.mn("medications", "diltiazem", "other", "one-off ED dose")
    d.mn("medications", "aspirin", "other", "one-off ED dose")
    d.mn("medications", "potassium chloride", "other", "one-off ED dose")
    d.mn("conditions", "appendicectomy", "historical", "1988")
    d.mn("conditions", "syncope", "negated", "denies")
    d.mn("conditions", "myocardial infarction", "family", "father")
    d.mn("conditions", "pulmonary embolism", "other", "ruled out")
    d.mn("conditions", "acute coronary syndrome", "other", "ruled out")
    d.y += 6
    d.t(d.m, d.y + 6, "Electronically signed: L. Trott-Simmons, MD  14/06/2025 23:52", "CO", 8)
    return d


def doc09():
    d = Doc(9, "Cayman Islands", "medication_list", "medical_record", "medication list (active / inactive)",
            dstyles=("d-M-Y",))
    W = d.W
    d.rect(d.m, 30, W - 2 * d.m, 44, lw=0, fill=(0.12, 0.3, 0.45), stroke=False)
    d.t(d.m + 10, 48, "Seven Mile Medical Associates", "SB", 13, col=(1, 1, 1))
    d.t(d.m + 10, 63, "West Bay Road, Grand Cayman KY1-1209 (fictitious)  |  345-949-7720", "S", 8, col=(1, 1, 1))
    d.t(W - d.m - 10, 55, "MEDICATION LIST", "SB", 12, a="r", col=(1, 1, 1))
    d.y = 88
    d.t(d.m, d.y, "Patient: EBANKS, Marcia L.", "SB", 9)
    d.t(250, d.y, "DOB: 19-Apr-1957", "S", 9)
    d.t(380, d.y, "Chart #: SMMA-20931", "S", 9)
    d.y += 13
    d.t(d.m, d.y, "Printed: 08-Jul-2025 by R. Connolly, RN", "S", 8)
    d.t(250, d.y, "Pharmacy: Harbour Drive Pharmacy", "S", 8)
    d.y += 8
    d.h("ALLERGIES / INTOLERANCES", z=9.5, col=(0.7, 0.1, 0.1))
    d.tbl([140, 180, 70, 121], [["Substance", "Reaction", "Severity", "Recorded"],
                                ["Sulfa antibiotics", "Stevens-Johnson syndrome", "Severe", "12-Mar-2011"],
                                ["Lisinopril", "Angioedema", "Severe", "04-Oct-2019"]], z=8.5, style="rules",
          shade=(0.97, 0.9, 0.9))
    d.allergy("Sulfa antibiotics", "Stevens-Johnson syndrome", "Severe")
    d.allergy("Lisinopril", "Angioedema", "Severe")
    d.t(d.m, d.y + 4, "Active problems: Type 2 diabetes (E11.9); Hypertension (I10); Hypothyroidism (E03.9); "
        "Osteoporosis (M81.0)", "S", 8)
    d.y += 14
    d.cond("Type 2 diabetes", icd="E11.9")
    d.cond("Hypertension", icd="I10")
    d.cond("Hypothyroidism", icd="E03.9")
    d.cond("Osteoporosis", icd="M81.0")
    d.h("ACTIVE MEDICATIONS", z=10, rule=True)
    act = [("Metformin XR (Glucophage XR)", "metformin", "Glucophage XR", "750", "mg", "1 tablet by mouth with evening meal", "with evening meal", "oral", "15-Jan-2018", "Dr Bodden"),
           ("Empagliflozin (Jardiance)", "empagliflozin", "Jardiance", "10", "mg", "1 tablet by mouth once daily", "once daily", "oral", "02-May-2024", "Dr Bodden"),
           ("Amlodipine", "amlodipine", None, "10", "mg", "1 tablet by mouth once daily", "once daily", "oral", "20-Oct-2019", "Dr Bodden"),
           ("Losartan", "losartan", None, "100", "mg", "1 tablet daily (changed from 50 mg on 10-Jun-2025)", "daily", "oral", "10-Jun-2025", "Dr Bodden"),
           ("Levothyroxine (Synthroid)", "levothyroxine", "Synthroid", "88", "mcg", "1 tablet before breakfast, 30 min before food", "before breakfast", "oral", "07-Feb-2016", "Dr Ramoon"),
           ("Alendronate", "alendronate", None, "70", "mg", "1 tablet weekly on Sunday, upright 30 min", "weekly", "oral", "11-Sep-2023", "Dr Ramoon"),
           ("Rosuvastatin (Crestor)", "rosuvastatin", "Crestor", "10", "mg", "1 tablet at bedtime", "at bedtime", "oral", "20-Oct-2019", "Dr Bodden")]
    body = [["Medication", "Strength", "Directions", "Started", "Prescriber"]]
    for pn, n, b, dose, u, dirs, fq, rt, st, pr in act:
        body.append([pn, f"{dose} {u}", dirs, st, pr])
        d.med(n, dose, u, rt, fq, status="changed" if n == "losartan" else "active", brand=b)
    d.tbl([150, 60, 170, 62, 69], body, z=8, style="grid", shade=(0.88, 0.92, 0.96))
    d.h("INACTIVE / DISCONTINUED MEDICATIONS", z=10, rule=True, col=(0.4, 0.4, 0.4))
    ina = [("Losartan", "50 mg", "1 tablet daily", "20-Oct-2019", "10-Jun-2025", "Dose increased - see active list"),
           ("Glipizide", "5 mg", "1 tablet before breakfast", "15-Jan-2018", "02-May-2024", "Stopped - hypoglycaemia; replaced by empagliflozin"),
           ("Hydrochlorothiazide", "25 mg", "1 tablet daily", "03-Mar-2015", "20-Oct-2019", "Stopped - low sodium"),
           ("Amoxicillin-clavulanate (Augmentin)", "875/125 mg", "1 tablet twice daily x 7 days", "14-May-2025", "21-May-2025", "Course completed (sinusitis)"),
           ("Prednisone", "20 mg", "once daily x 5 days", "02-Jan-2025", "06-Jan-2025", "Course completed")]
    body = [["Medication", "Strength", "Directions", "Started", "Stopped", "Reason"]] + [list(r) for r in ina]
    d.tbl([118, 56, 100, 58, 58, 121], body, z=7.8, style="grid", shade=(0.92, 0.92, 0.92), f="SO")
    d.med("glipizide", "5", "mg", "oral", "before breakfast", status="stopped")
    d.med("hydrochlorothiazide", "25", "mg", "oral", "daily", status="stopped")
    d.med("amoxicillin-clavulanate", "875/125", "mg", "oral", "twice daily", status="completed", brand="Augmentin")
    d.med("prednisone", "20", "mg", "oral", "once daily", status="completed")
    d.y += 4
    d.p("Over-the-counter / supplements reported: none. Please bring this list to every appointment and to the "
        "pharmacy. Do not take ibuprofen or naproxen without asking your doctor (kidney and blood-pressure risk).",
        z=8, f="SO")
    d.mn("medications", "ibuprofen", "leaflet", "advice text only")
    d.mn("medications", "naproxen", "leaflet", "advice text only")
    return d


def doc10():
    d = Doc(10, "Isle of Man", "cumulative_lab", "lab_result", "cumulative lab report (3 dates, attached flags)",
            dstyles=("d-M-y",))
    W = d.W
    d.t(d.m, 40, "ELLAN VANNIN PATHOLOGY SERVICE", "MB", 12)
    d.t(d.m, 53, "Clinical Biochemistry - Strang Road, Douglas, IM4 (fictitious)   Tel 01624 650 118", "M", 7.5)
    d.t(W - d.m, 40, "CUMULATIVE REPORT", "MB", 11, a="r")
    d.y = 60
    d.hr(1)
    for ln in ["Patient : QUAYLE, Thomas Edward        NHS/IOM No: 719 442 3051     DOB: 27-Aug-1958  M",
               "Address : 4 Ballaugh Mill Road, Sulby (fictitious)",
               "Source  : Ramsey Group Practice (Dr C. Kermode)   Specimen: Serum / whole blood",
               "Reason  : Lithium monitoring; ?renal function; thyroid"]:
        d.y += 11
        d.t(d.m, d.y, ln, "M", 8)
    d.y += 4
    d.hr(0.6)
    dates = ["2025-01-08", "2025-03-12", "2025-05-20"]
    tests = [
        ("Sodium", "Sodium", [], "mmol/L", "135-145", ["139", "137", "134 L"]),
        ("Potassium", "Potassium", [], "mmol/L", "3.5-5.3", ["4.4", "5.6 H", "4.9"]),
        ("Creatinine", "Creatinine", [], "umol/L", "59-104", ["96", "118 H", "104"]),
        ("eGFR (CKD-EPI)", "eGFR", ["eGFR (CKD-EPI)"], "mL/min/1.73m2", ">60", ["71", "56 L", "63"]),
        ("Lithium", "Lithium", [], "mmol/L", "0.4-1.0", ["0.72", "1.48*", "0.81"]),
        ("TSH", "Thyroid stimulating hormone", ["TSH"], "mU/L", "0.27-4.20", ["3.9", None, "5.8 H"]),
        ("Free T4", "Free thyroxine", ["Free T4", "FT4"], "pmol/L", "12.0-22.0", ["14.1", None, "11.2 L"]),
        ("HbA1c (IFCC)", "Haemoglobin A1c", ["HbA1c"], "mmol/mol", "<42", ["44 H", None, "46 H"]),
    ]
    head = ["Test", "Units", "Ref range"] + [D(x, "d-M-y") for x in dates]
    body = [head, ["", "", "Time", "09:15", "11:40", "08:55"]]
    for pn, tn, al, u, ref, vals in tests:
        body.append([pn, u, ref] + [v if v else "----" for v in vals])
        for dt, v in zip(dates, vals):
            if v:
                d.lab(tn, v, u, ref, dt, aliases=al)
    d.y += 4
    d.tbl([112, 86, 74, 80, 80, 80], body, f="M", hf="MB", z=8.3, style="rules", shade=None,
          aligns=["l", "l", "l", "r", "r", "r"])
    d.y += 4
    for ln in ["Flags: H = above reference range, L = below reference range,",
               "       * = critical value, telephoned to requesting clinician.",
               "",
               "12-Mar-25 Lithium 1.48 * telephoned to Dr Kermode 16:20 (read back). Sample 12 h",
               "          post-dose confirmed. Suggest repeat in 5-7 days and review dose.",
               "20-May-25 TSH raised with low free T4: consistent with primary hypothyroidism,",
               "          which may be lithium-related. HbA1c in the 42-47 range (pre-diabetes).",
               "eGFR >60 is reported as normal; CKD cannot be inferred from a single value.",
               "",
               "Authorised: Dr P. Corlett, Consultant Chemical Pathologist      Page 1 of 1"]:
        d.y += 11
        if ln:
            d.t(d.m, d.y, ln, "M", 7.8)
    return d


def doc11():
    d = Doc(11, "Jersey", "specialist_letter", "medical_record", "specialist clinic letter to GP",
            dstyles=("d/m/Y", "j F Y"))
    W = d.W
    d.t(W - d.m, 44, "St Helier Diabetes & Endocrine Centre", "EB", 12, a="r")
    d.t(W - d.m, 57, "Gloucester Street, St Helier, Jersey JE2 (fictitious)", "E", 8, a="r")
    d.t(W - d.m, 68, "Secretary: 01534 442 907   diabetes.centre@example.je", "E", 8, a="r")
    d.y = 96
    for ln in ["Dr J. Le Marquand", "Le Marquand Medical Practice", "La Route de St Aubin", "St Helier JE2 3SD"]:
        d.p(ln, f="E", z=10, gap=0)
    d.y += 8
    d.t(d.m, d.y, "Clinic date: 28/05/2025", "E", 9.5)
    d.t(W - d.m, d.y, "Typed: 2 June 2025", "E", 9.5, a="r")
    d.y += 16
    d.p("Dear Dr Le Marquand,", f="E", z=10, gap=6)
    d.p("Re: Miss Eloise RENOUF   DOB 14/02/1991   URN JGH-0552817", f="EB", z=10, gap=8)
    d.p("Diagnoses:", f="EB", z=10, gap=1)
    for ln in ["1. Type 1 diabetes mellitus (diagnosed 1998)", "2. Impaired awareness of hypoglycaemia",
               "3. Background diabetic retinopathy - stable on last screening",
               "4. Autoimmune hypothyroidism", "5. Coeliac disease"]:
        d.p(ln, x=d.m + 14, f="E", z=10, gap=0)
    d.y += 6
    d.p("Medication changes today:", f="EB", z=10, gap=1)
    for ln in ["STOPPED  Lantus (insulin glargine) 22 units at night",
               "NEW      Tresiba (insulin degludec) 20 units once daily in the morning",
               "CHANGED  Levothyroxine increased from 100 micrograms to 125 micrograms once daily",
               "HELD     Atorvastatin 20 mg at night - withheld for 4 weeks (myalgia, raised CK)"]:
        d.p(ln, x=d.m + 14, f="M", z=8.8, gap=0)
    d.y += 8
    paras = [
        "I reviewed Eloise in the diabetes clinic today. She has had three nocturnal hypoglycaemic episodes since "
        "March, one needing help from her partner, and she now only notices hypos below 3 mmol/L. Her HbA1c is "
        "71 mmol/mol (28/05/2025), up from 64 mmol/mol on 19/02/2025, largely because she has been running high "
        "to avoid hypos. We have therefore switched her basal insulin from Lantus to Tresiba, which she will start "
        "tomorrow morning at 20 units, about 10% below her previous basal dose. She continues NovoRapid (insulin "
        "aspart) with meals at 1 unit per 10 g carbohydrate, ramipril 2.5 mg once daily for microalbuminuria, and "
        "GlucaGen HypoKit (glucagon) 1 mg IM as needed for severe hypoglycaemia.",
        "Her thyroid function shows TSH 6.2 mU/L (0.3-4.2) with free T4 13.1 pmol/L (12.0-22.0), so I have "
        "increased levothyroxine to 125 micrograms daily. She mentioned aching thighs and her CK was 412 U/L "
        "(25-200), so atorvastatin is on hold for four weeks with a repeat CK at that point. Urine ACR is 4.1 "
        "mg/mmol (<3.0). Vitamin D is pending; if low, I would suggest starting colecalciferol 20,000 units weekly.",
        "On examination BP 128/76 mmHg, pulse 72 bpm, weight 64.2 kg, BMI 23.9 kg/m². Feet: pulses present, "
        "monofilament sensation intact - no peripheral neuropathy. She had diabetic ketoacidosis in 2019 which "
        "resolved fully with no recurrence. Her sister has rheumatoid arthritis. She remains allergic to "
        "trimethoprim (rash).",
        "I will see her again in three months with a Libre 3 sensor download.",
    ]
    for ptxt in paras:
        d.p(ptxt, f="E", z=10, lead=13.6, gap=7)
    d.p("Yours sincerely,", f="E", z=10, gap=24)
    d.p("Dr Aurélie Vibert, MD FRCP (fictitious)", f="EB", z=10, gap=0)
    d.p("Consultant in Diabetes and Endocrinology", f="E", z=10, gap=0)
    d.p("cc: Miss E. Renouf (patient)", f="E", z=9, gap=10)
    d.y += 6
    top = d.y
    d.y += 4
    d.p("PATIENT INFORMATION - looking after yourself", x=d.m + 8, f="SB", z=9, gap=2)
    d.p("Always carry fast-acting glucose such as Glucotabs or a sugary drink. Check your feet every day and see "
        "a podiatrist promptly if you notice a foot ulcer, blister or colour change. Do not drive if your glucose "
        "is below 5 mmol/L.", x=d.m + 8, w=W - 2 * d.m - 16, f="S", z=8.5, gap=4)
    d.rect(d.m, top, W - 2 * d.m, d.y - top, lw=0.8)
    dt, dprev = "2025-05-28", "2025-02-19"
    d.med("insulin glargine", "22", "units", "subcutaneous", "at night", status="stopped", brand="Lantus")
    d.med("insulin degludec", "20", "units", "subcutaneous", "once daily in the morning", status="new", brand="Tresiba")
    d.med("insulin aspart", None, None, "subcutaneous", "with meals", brand="NovoRapid")
    d.med("levothyroxine", "125", "micrograms", "oral", "once daily", status="changed")
    d.med("ramipril", "2.5", "mg", "oral", "once daily")
    d.med("atorvastatin", "20", "mg", "oral", "at night", status="held")
    d.med("glucagon", "1", "mg", "intramuscular", "as needed", brand="GlucaGen HypoKit")
    d.lab("Haemoglobin A1c", "71", "mmol/mol", None, dt, aliases=["HbA1c"])
    d.lab("Haemoglobin A1c", "64", "mmol/mol", None, dprev, aliases=["HbA1c"])
    d.lab("Thyroid stimulating hormone", "6.2", "mU/L", "0.3-4.2", dt, flag="H", aliases=["TSH"])
    d.lab("Free thyroxine", "13.1", "pmol/L", "12.0-22.0", dt, aliases=["free T4"])
    d.lab("Creatine kinase", "412", "U/L", "25-200", dt, flag="H", aliases=["CK"])
    d.lab("Urine albumin:creatinine ratio", "4.1", "mg/mmol", "<3.0", dt, flag="H", aliases=["Urine ACR"])
    d.vit("blood_pressure", "128/76", "mmHg")
    d.vit("heart_rate", "72", "bpm")
    d.vit("weight", "64.2", "kg")
    d.vit("bmi", "23.9", "kg/m²")
    d.cond("Type 1 diabetes mellitus")
    d.cond("Impaired awareness of hypoglycaemia")
    d.cond("Background diabetic retinopathy")
    d.cond("Autoimmune hypothyroidism")
    d.cond("Coeliac disease")
    d.allergy("Trimethoprim", "rash")
    d.mn("conditions", "diabetic ketoacidosis", "historical", "2019, resolved")
    d.mn("conditions", "rheumatoid arthritis", "family", "sister")
    d.mn("conditions", "peripheral neuropathy", "negated", "no peripheral neuropathy")
    d.mn("labs", "Vitamin D", "other", "pending")
    d.mn("medications", "colecalciferol", "planned", "if vitamin D low")
    d.mn("medications", "Glucotabs", "leaflet", "advice box only")
    d.mn("conditions", "foot ulcer", "leaflet", "advice box only")
    return d


def doc12():
    d = Doc(12, "Papua New Guinea", "ccd_continuity_of_care", "medical_record",
            "C-CDA style continuity of care document (EHR print)", size=LETTER, dstyles=("d M Y",))
    W = d.W
    pat = "HAGEN, Michael Joseph   MRN EBP-0083316   DOB 21 Jul 1969   Male"

    def head(dd):
        dd.rect(dd.m, 22, W - 2 * dd.m, 30, lw=0, fill=(0.2, 0.24, 0.32), stroke=False)
        dd.t(dd.m + 8, 36, "Continuity of Care Document", "SB", 10, col=(1, 1, 1))
        dd.t(dd.m + 8, 47, "Ela Beach Private Hospital EHR (fictitious)  -  printed 24 Mar 2025 10:12", "S", 7, col=(1, 1, 1))
        dd.t(W - dd.m - 8, 41, pat, "S", 7.2, a="r", col=(1, 1, 1))
        dd.y = 62

    def foot(dd):
        dd.t(W - dd.m, dd.H - 18, f"Page {dd.page}", "S", 7, a="r")
        dd.t(dd.m, dd.H - 18, "CONFIDENTIAL", "S", 7)

    d.on_page = head
    d.footer_extra = foot
    head(d)
    d.kv([("Patient:", "Michael Joseph Hagen   Sex: Male   DOB: 21 Jul 1969   Language: English, Tok Pisin"),
          ("Address:", "Section 52, Lot 9, Boroko, National Capital District (fictitious)   Ph +675 7211 4093"),
          ("Author:", "Dr Grace Kaupa, General Physician   Custodian: Ela Beach Private Hospital, Port Moresby"),
          ("Document period:", "01 Jan 2021 - 24 Mar 2025")], kw=92, z=8)

    def sec(title):
        d.need(40)
        d.y += 8
        d.rect(d.m, d.y, W - 2 * d.m, 15, lw=0, fill=(0.86, 0.89, 0.94), stroke=False)
        d.t(d.m + 5, d.y + 11, title, "SB", 9.5)
        d.y += 19

    sec("PROBLEMS")
    d.tbl([190, 70, 80, 70, 118], [["Problem", "Status", "Onset", "ICD-10", "Comment"],
                                   ["Type 2 diabetes mellitus", "Active", "Mar 2016", "E11.9", ""],
                                   ["Essential hypertension", "Active", "2014", "I10", ""],
                                   ["Chronic hepatitis B", "Active", "2009", "B18.1", "on tenofovir"],
                                   ["Gout", "Active", "2020", "M10.9", "last flare Jan 2025"],
                                   ["Plasmodium falciparum malaria", "Resolved", "05 Feb 2023", "B50.9", "treated with artemether-lumefantrine"],
                                   ["Community-acquired pneumonia", "Resolved", "Aug 2022", "J18.9", ""]],
          z=7.8, style="rules", shade=None)
    d.cond("Type 2 diabetes mellitus", icd="E11.9")
    d.cond("Essential hypertension", icd="I10")
    d.cond("Chronic hepatitis B", icd="B18.1")
    d.cond("Gout", icd="M10.9")
    d.mn("conditions", "Plasmodium falciparum malaria", "historical", "resolved 2023")
    d.mn("conditions", "Community-acquired pneumonia", "historical", "resolved 2022")
    sec("ALLERGIES AND ADVERSE REACTIONS")
    d.tbl([150, 170, 90, 118], [["Substance", "Reaction", "Severity", "Status"],
                                ["Penicillin", "Anaphylaxis", "Severe", "Active"],
                                ["Shellfish", "Hives", "Moderate", "Active"],
                                ["Chloroquine", "Pruritus", "Mild", "Active"]], z=7.8, style="rules", shade=None)
    d.allergy("Penicillin", "Anaphylaxis", "Severe")
    d.allergy("Shellfish", "Hives", "Moderate")
    d.allergy("Chloroquine", "Pruritus", "Mild")
    sec("MEDICATIONS")
    meds = [("Metformin 1000 mg oral tablet", "1 tablet PO BID with meals", "Active", "12 Mar 2016", "metformin", "1000", "BID"),
            ("Gliclazide MR 60 mg oral tablet", "1 tablet PO once daily with breakfast", "Active", "03 Jun 2019", "gliclazide", "60", "once daily"),
            ("Perindopril 5 mg oral tablet", "1 tablet PO once daily", "Active", "18 Nov 2024", "perindopril", "5", "once daily"),
            ("Tenofovir disoproxil fumarate 300 mg tablet", "1 tablet PO once daily", "Active", "09 Sep 2015", "tenofovir disoproxil fumarate", "300", "once daily"),
            ("Allopurinol 300 mg oral tablet", "1 tablet PO once daily", "Active", "10 Jan 2021", "allopurinol", "300", "once daily"),
            ("Colchicine 0.5 mg oral tablet", "1 tablet PO BID PRN gout flare", "Active", "10 Jan 2021", "colchicine", "0.5", "BID PRN"),
            ("Indapamide 2.5 mg oral tablet", "1 tablet PO once daily", "Discontinued 18 Nov 2024 (gout)", "2014", "indapamide", "2.5", "once daily")]
    d.tbl([190, 140, 110, 88], [["Medication", "Sig", "Status", "Start"]] + [[a, b, c_, e] for a, b, c_, e, *_ in meds],
          z=7.8, style="rules", shade=None)
    for a, b, c_, e, n, dose, fq in meds:
        d.med(n, dose, "mg", "oral", fq, status="stopped" if c_.startswith("Discontinued") else "active")
    sec("IMMUNIZATIONS")
    imms = [("Influenza, quadrivalent (Fluarix Tetra)", "15 Apr 2024", "FL3391", "Completed", "Influenza", "Fluarix Tetra", None),
            ("Pneumococcal polysaccharide PPSV23 (Pneumovax 23)", "20 Feb 2023", "PN2207K", "Completed", "Pneumococcal polysaccharide PPSV23", "Pneumovax 23", None),
            ("Tetanus and diphtheria toxoids (Td)", "09 Jul 2021", "TD8821", "Completed", "Tetanus and diphtheria toxoids", None, None),
            ("Hepatitis A (Havrix 1440) dose 1", "14 Jan 2022", "AHAVC417", "Completed", "Hepatitis A", "Havrix 1440", 1),
            ("Hepatitis A (Havrix 1440) dose 2", "18 Jul 2022", "AHAVC702", "Completed", "Hepatitis A", "Havrix 1440", 2),
            ("COVID-19 mRNA (Comirnaty) dose 1", "30 Sep 2021", "FF2587", "Completed", "COVID-19 mRNA", "Comirnaty", 1),
            ("COVID-19 mRNA (Comirnaty) dose 2", "28 Oct 2021", "FG4410", "Completed", "COVID-19 mRNA", "Comirnaty", 2),
            ("Pneumococcal conjugate PCV20", "", "", "Due", None, None, None),
            ("Zoster recombinant (Shingrix)", "", "", "Due - patient to consider", None, None, None)]
    d.tbl([230, 80, 80, 138], [["Vaccine", "Date", "Lot", "Status"]] + [[a, b, c_, e] for a, b, c_, e, *_ in imms],
          z=7.8, style="rules", shade=None)
    months = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
    for a, b, c_, e, n, br, dose in imms:
        if n:
            dd_, mm_, yy_ = b.split()
            d.imm(n, f"{yy_}-{months[mm_]:02d}-{int(dd_):02d}", dose, c_, br)
    d.mn("immunizations", "PCV20", "due", "due, not given")
    d.mn("immunizations", "Shingrix", "due", "due, not given")
    sec("RESULTS")
    res = [("Hemoglobin A1c", "7.8", "%", "4.0-6.0", "H", "18 Mar 2025", ["HbA1c"]),
           ("Hemoglobin A1c", "8.3", "%", "4.0-6.0", "H", "05 Nov 2024", ["HbA1c"]),
           ("Creatinine", "101", "umol/L", "64-104", "", "18 Mar 2025", []),
           ("eGFR", "74", "mL/min/1.73m2", ">60", "", "18 Mar 2025", []),
           ("HBV DNA (quantitative)", "42", "IU/mL", "<20", "H", "18 Mar 2025", ["HBV DNA"]),
           ("ALT", "38", "U/L", "<41", "", "18 Mar 2025", ["Alanine aminotransferase"]),
           ("Uric acid", "0.39", "mmol/L", "0.20-0.42", "", "18 Mar 2025", []),
           ("LDL cholesterol", "2.9", "mmol/L", "<2.6", "H", "18 Mar 2025", ["LDL"]),
           ("Urine albumin/creatinine ratio", "2.1", "mg/mmol", "<3.0", "", "18 Mar 2025", ["Urine ACR"]),
           ("Hemoglobin", "148", "g/L", "130-175", "", "18 Mar 2025", ["Hgb"])]
    d.tbl([170, 60, 80, 80, 38, 100], [["Test", "Value", "Units", "Ref range", "Flag", "Date"]] +
          [[a, b, c_, e, f, g] for a, b, c_, e, f, g, _ in res], z=7.8, style="rules", shade=None)
    for a, b, c_, e, f, g, al in res:
        dd_, mm_, yy_ = g.split()
        d.lab(a, b, c_, e, f"{yy_}-{months[mm_]:02d}-{int(dd_):02d}", flag=f or None, aliases=al)
    sec("VITAL SIGNS (18 Mar 2025 09:40)")
    d.tbl([88, 88, 88, 88, 88, 88], [["BP", "Pulse", "SpO2", "Weight", "Height", "BMI"],
                                     ["138/86 mmHg", "78 /min", "98 %", "92.5 kg", "172 cm", "31.3 kg/m2"]],
          z=8, style="grid")
    d.vit("blood_pressure", "138/86", "mmHg")
    d.vit("heart_rate", "78", "/min")
    d.vit("oxygen_saturation", "98", "%")
    d.vit("weight", "92.5", "kg")
    d.vit("height", "172", "cm")
    d.vit("bmi", "31.3", "kg/m2")
    sec("SOCIAL AND FAMILY HISTORY")
    d.p("Former smoker (quit 2015, 20 pack-years). Alcohol: occasional. Works as a logistics manager. "
        "Family history: mother had a stroke at 67; father alive with hypertension.", z=8.5)
    d.mn("conditions", "stroke", "family", "mother")
    sec("PLAN OF CARE")
    d.p("- Add empagliflozin 10 mg daily if HbA1c remains above 7% at the next review (planned, not started).\n"
        "- Hepatitis B surveillance: liver ultrasound and alpha-fetoprotein every 6 months.\n"
        "- Dietitian referral; target weight 85 kg. Repeat HbA1c June 2025.", z=8.5)
    d.mn("medications", "empagliflozin", "planned", "only if HbA1c stays high")
    sec("ENCOUNTERS")
    d.tbl([90, 150, 170, 118], [["Date", "Type", "Provider", "Reason"],
                                ["18 Mar 2025", "Outpatient", "Dr Grace Kaupa", "Diabetes review"],
                                ["12 Jan 2025", "Urgent care", "Dr Peter Wari", "Acute gout, left first MTP"],
                                ["18 Nov 2024", "Outpatient", "Dr Grace Kaupa", "Hypertension review"]],
          z=7.8, style="rules", shade=None)
    sec("CARE TEAM")
    d.p("Dr Grace Kaupa (General Physician, primary) - Dr Peter Wari (Urgent Care) - Sr Lina Tau (Diabetes Educator) "
        "- Ela Beach Pharmacy.", z=8.5)
    sec("INSURANCE")
    d.p("Niugini Mutual Health (fictitious) - Plan: Corporate Gold - Member no. NMH-5528104-01 - valid to 31 Dec 2025.", z=8.5)
    return d


def doc13():
    d = Doc(13, "Samoa", "telehealth_note", "medical_record", "telehealth (video) consultation note",
            dstyles=("d/m/Y",))
    W, H = d.W, d.H
    d.rect(0, 0, 150, H, lw=0, fill=(0.93, 0.95, 0.97), stroke=False)
    d.t(16, 44, "Apia Family", "SB", 12, col=(0.05, 0.35, 0.5))
    d.t(16, 58, "Health Clinic", "SB", 12, col=(0.05, 0.35, 0.5))
    d.t(16, 72, "(fictitious)", "S", 7.5)
    side = [("PATIENT", "Tuilagi, Losana F."), ("DOB", "05/12/1976"), ("NHI", "APW-117-4482"),
            ("VISIT", "Telehealth - video"), ("DATE", "16/06/2025 10:30"), ("CLINICIAN", "Dr S. Faleolo"),
            ("LOCATION", "Patient at home, Vaitele"), ("CONSENT", "Verbal consent obtained")]
    yy = 100
    for k, v in side:
        d.t(16, yy, k, "SB", 7, col=(0.4, 0.4, 0.4))
        for ln in d.wrap(v, "S", 8.5, 122):
            yy += 11
            d.t(16, yy, ln, "S", 8.5)
        yy += 14
    d.m = 170
    d.y = 36
    d.h("Telehealth consultation - follow-up of blood pressure and asthma", z=11.5)
    d.h("Subjective", z=9.5, col=(0.05, 0.35, 0.5))
    d.p("Losana joined by video from home with her daughter. She reports her home BP readings over the last 2 weeks "
        "average 146/92 mmHg on her own automated cuff, and her bathroom scale weight is 101 kg. No chest pain, no "
        "headaches. Asthma well controlled: no night-time waking in the last month and she uses her reliever about "
        "once a week.", z=9)
    d.p("Current medicines (confirmed with patient holding the packets to the camera): amlodipine 5 mg od, Seretide "
        "250/25 (fluticasone/salmeterol) 2 puffs bd, Ventolin (salbutamol) 100 mcg 2 puffs prn, and metformin "
        "500 mg bd.", z=9)
    d.p("Allergy: ibuprofen - wheeze (asthma). Her mother has type 2 diabetes and rheumatic heart disease.", z=9)
    d.h("Objective", z=9.5, col=(0.05, 0.35, 0.5))
    d.p("Speaking full sentences, no audible wheeze, appears well. Results reviewed from the lab portal "
        "(collected 02/06/2025): HbA1c 7.1 %; potassium 4.1 mmol/L (3.5-5.2); creatinine 71 µmol/L (45-90).", z=9)
    d.h("Assessment", z=9.5, col=(0.05, 0.35, 0.5))
    d.p("1. Hypertension - above target on home readings.\n2. Asthma - well controlled.\n"
        "3. Type 2 diabetes - HbA1c near target.", z=9)
    d.h("Plan", z=9.5, col=(0.05, 0.35, 0.5))
    d.p("- Amlodipine increased to 10 mg od from today (new script sent to Lotemau Pharmacy).\n"
        "- Plan to start hydrochlorothiazide 12.5 mg od if BP still above 140/90 at next review.\n"
        "- Continue Seretide, Ventolin and metformin unchanged.\n"
        "- Influenza vaccine due - book a nurse visit at the clinic.\n"
        "- Video review in 4 weeks with home BP diary.", z=9)
    d.y += 8
    d.p("Limitations: no physical examination possible; BP and weight are patient-reported.", f="SO", z=8)
    d.p("Signed electronically: Dr Sione Faleolo, MBChB (fictitious)  16/06/2025 11:02", f="SO", z=8)
    dt = "2025-06-02"
    d.vit("blood_pressure", "146/92", "mmHg")
    d.vit("weight", "101", "kg")
    d.med("amlodipine", "10", "mg", "oral", "od", status="changed")
    d.med("fluticasone/salmeterol", "250/25", None, "inhaled", "bd", brand="Seretide")
    d.med("salbutamol", "100", "mcg", "inhaled", "prn", brand="Ventolin")
    d.med("metformin", "500", "mg", "oral", "bd")
    d.lab("Haemoglobin A1c", "7.1", "%", None, dt, aliases=["HbA1c"])
    d.lab("Potassium", "4.1", "mmol/L", "3.5-5.2", dt)
    d.lab("Creatinine", "71", "µmol/L", "45-90", dt)
    d.cond("Hypertension")
    d.cond("Asthma")
    d.cond("Type 2 diabetes")
    d.allergy("Ibuprofen", "wheeze")
    d.mn("medications", "hydrochlorothiazide", "planned", "may start at next review")
    d.mn("conditions", "chest pain", "negated", "no chest pain")
    d.mn("conditions", "rheumatic heart disease", "family", "mother")
    d.mn("immunizations", "Influenza vaccine", "due", "due, book visit")
    return d


def doc14():
    d = Doc(14, "Brunei", "patient_portal_summary", "medical_record", "patient-portal health summary (EHR print)",
            dstyles=("d/m/Y",))
    W = d.W
    teal = (0.0, 0.45, 0.5)

    def head(dd):
        dd.rect(0, 0, W, 40, lw=0, fill=teal, stroke=False)
        dd.t(dd.m, 25, "SihatKu Portal  |  My Health Summary", "SB", 12, col=(1, 1, 1))
        dd.t(W - dd.m, 25, "Jerudong Park Medical Clinic (fictitious)", "S", 8.5, a="r", col=(1, 1, 1))
        dd.y = 52

    def foot(dd):
        dd.t(W - dd.m, dd.H - 18, f"Page {dd.page}", "S", 7, a="r")
        dd.t(dd.m, dd.H - 18, "Printed 30/04/2025 21:14 by patient", "S", 7)

    d.on_page = head
    d.footer_extra = foot
    head(d)
    d.t(d.m, d.y + 10, "Nur Aisyah binti Haji Rahman", "SB", 12)
    d.t(d.m, d.y + 24, "IC 01-118902 (fictitious)   |   Female, 41 years   |   DOB 17/09/1983   |   Blood group O+", "S", 8.5)
    d.y += 34

    def card(x, y, w, title, lines, z=8.3):
        d.rect(x, y, w, 16, lw=0, fill=(0.88, 0.94, 0.95), stroke=False)
        d.t(x + 6, y + 11.5, title, "SB", 9, col=teal)
        yy = y + 18
        for ln in lines:
            for k, part in enumerate(d.wrap(ln, "S", z, w - 12)):
                yy += z * 1.32
                d.t(x + 6 + (8 if k else 0), yy, part, "S", z)
            yy += 2
        d.rect(x, y, w, yy - y + 6, lw=0.5)
        return yy + 6

    colw = (W - 2 * d.m - 14) / 2
    x1, x2 = d.m, d.m + colw + 14
    y0 = d.y + 6
    ya = card(x1, y0, colw, "My health conditions", [
        "Hypertension - since 2019", "Hyperlipidaemia - since 2021", "Iron deficiency anaemia - diagnosed 04/2025",
        "Migraine without aura", "Past: Dengue fever (2022) - resolved"])
    yb = card(x2, y0, colw, "My allergies", ["Latex - contact dermatitis", "Prawns - lip swelling"])
    yb = card(x2, yb + 8, colw, "My vital signs (22/04/2025)", [
        "Blood pressure 134/82 mmHg", "Pulse 76 bpm", "Weight 58.4 kg", "Height 156 cm", "BMI 24.0 kg/m²"])
    d.cond("Hypertension")
    d.cond("Hyperlipidaemia")
    d.cond("Iron deficiency anaemia")
    d.cond("Migraine without aura")
    d.mn("conditions", "Dengue fever", "historical", "resolved 2022")
    d.allergy("Latex", "contact dermatitis")
    d.allergy("Prawns", "lip swelling")
    d.vit("blood_pressure", "134/82", "mmHg")
    d.vit("heart_rate", "76", "bpm")
    d.vit("weight", "58.4", "kg")
    d.vit("height", "156", "cm")
    d.vit("bmi", "24.0", "kg/m²")
    y1 = max(ya, yb) + 10
    d.y = y1
    d.h("My medicines", z=10, col=teal)
    d.tbl([150, 60, 150, 151], [["Medicine", "Dose", "How to take", "Status"],
                                ["Amlodipine", "5 mg", "Once daily (OD)", "Current"],
                                ["Simvastatin", "20 mg", "At night (ON)", "Current"],
                                ["Ferrous fumarate", "200 mg", "Twice daily (BD) after food", "Current - started 22/04/2025"],
                                ["Sumatriptan", "50 mg", "At migraine onset, may repeat once (PRN)", "Current"],
                                ["Propranolol", "40 mg", "Twice daily (BD)", "Stopped 14/01/2025 - tiredness"]],
          z=8.3, style="rules", shade=(0.88, 0.94, 0.95))
    d.med("amlodipine", "5", "mg", "oral", "OD")
    d.med("simvastatin", "20", "mg", "oral", "ON")
    d.med("ferrous fumarate", "200", "mg", "oral", "BD", status="new")
    d.med("sumatriptan", "50", "mg", "oral", "PRN")
    d.med("propranolol", "40", "mg", "oral", "BD", status="stopped")
    d.h("My latest test results - collected 22/04/2025", z=10, col=teal)
    res = [("Haemoglobin (Hb)", "Haemoglobin", ["Hb"], "11.2", "g/dL", "12.0 - 15.0", "Low"),
           ("MCV", "Mean cell volume", ["MCV"], "74", "fL", "80 - 100", "Low"),
           ("Ferritin", "Ferritin", [], "9", "µg/L", "15 - 150", "Low"),
           ("Total cholesterol", "Total cholesterol", [], "5.8", "mmol/L", "< 5.2", "High"),
           ("LDL cholesterol", "LDL cholesterol", ["LDL"], "3.6", "mmol/L", "< 3.4", "High"),
           ("HDL cholesterol", "HDL cholesterol", ["HDL"], "1.4", "mmol/L", "> 1.2", ""),
           ("Triglycerides", "Triglycerides", [], "1.6", "mmol/L", "< 1.7", ""),
           ("Creatinine", "Creatinine", [], "68", "µmol/L", "45 - 84", "")]
    d.tbl([150, 70, 70, 110, 111], [["Test", "Result", "Unit", "Normal range", "Your result is"]] +
          [[a, v, u, r, f or "Normal"] for a, _, _, v, u, r, f in res], z=8.3, style="rules",
          shade=(0.88, 0.94, 0.95))
    for a, tn, al, v, u, r, f in res:
        d.lab(tn, v, u, r, "2025-04-22", flag=f or None, aliases=al)
    d.p("Note: a thalassaemia trait was considered and has been ruled out (normal Hb electrophoresis 22/04/2025).",
        z=8, f="SO")
    d.mn("conditions", "thalassaemia trait", "other", "ruled out")
    d.newpage()
    d.h("My vaccinations", z=10, col=teal)
    d.tbl([200, 90, 90, 131], [["Vaccine", "Date given", "Dose", "Batch"],
                               ["Influenza (Influvac Tetra)", "10/03/2025", "Annual", "Q44017"],
                               ["Tdap (Adacel)", "22/08/2023", "Booster", "C5518AA"],
                               ["Hepatitis B (Engerix-B)", "13/07/2010", "3", "AHBVB611"],
                               ["Hepatitis B (Engerix-B)", "12/02/2010", "2", "AHBVB544"],
                               ["Hepatitis B (Engerix-B)", "12/01/2010", "1", "AHBVB544"],
                               ["Pneumococcal (PCV20)", "Due at age 65", "-", "-"]], z=8.3, style="rules",
          shade=(0.88, 0.94, 0.95))
    d.imm("Influenza", "2025-03-10", None, "Q44017", "Influvac Tetra")
    d.imm("Tdap", "2023-08-22", None, "C5518AA", "Adacel")
    d.imm("Hepatitis B", "2010-07-13", 3, "AHBVB611", "Engerix-B")
    d.imm("Hepatitis B", "2010-02-12", 2, "AHBVB544", "Engerix-B")
    d.imm("Hepatitis B", "2010-01-12", 1, "AHBVB544", "Engerix-B")
    d.mn("immunizations", "Pneumococcal (PCV20)", "due", "due at 65")
    d.h("Upcoming appointments", z=10, col=teal)
    d.p("12/08/2025 09:00 - Dr Hjh. Rosmawati, Family Medicine - review of anaemia and lipids.\n"
        "12/08/2025 08:30 - Blood test (fasting). Please fast for 10 hours.", z=8.5)
    d.p("This summary is generated from your clinic record. If something is wrong, tell your doctor at the next visit.",
        z=7.5, f="SO")
    return d


def doc15():
    d = Doc(15, "Oman", "discharge_summary", "discharge_summary", "discharge summary (2 pages)",
            dstyles=("d/m/Y",))
    W = d.W

    def head(dd):
        dd.t(dd.m, 36, "AL KHUWAIR SPECIALTY HOSPITAL", "SB", 12, col=(0.5, 0.1, 0.15))
        dd.t(dd.m, 48, "Way 3019, Al Khuwair, Muscat (fictitious)  -  Department of Internal Medicine", "S", 7.5)
        dd.t(W - dd.m, 36, "DISCHARGE SUMMARY", "SB", 11, a="r")
        dd.t(W - dd.m, 48, "AL-BALUSHI, Salim Said  -  MRN 00-774-219", "S", 7.5, a="r")
        dd.line(dd.m, 54, W - dd.m, 54, 1, (0.5, 0.1, 0.15))
        dd.y = 60

    d.on_page = head
    head(d)
    d.tbl([100, 160, 100, 151], [["Patient", "Salim Said AL-BALUSHI", "Civil ID", "9418827 (fictitious)"],
                                 ["Age / Sex", "58 years / Male", "Ward", "Medical 3B"],
                                 ["Admitted", "02/03/2025 23:10", "Discharged", "08/03/2025 12:00"],
                                 ["Consultant", "Dr Fatma Al-Hinai", "Discharged to", "Home with family"]],
          head=False, z=8.3, fonts=["SB", None, "SB", None], style="grid")
    d.h("Diagnoses", z=10)
    d.p("Principal: Community-acquired pneumonia, right lower lobe (J18.1) - improving\n"
        "Secondary: Type 2 diabetes mellitus with hyperglycaemia (E11.65); Hypertension (I10); Dyslipidaemia (E78.5)\n"
        "Resolved during admission: Acute kidney injury, pre-renal (N17.9) - creatinine back to baseline", z=8.8)
    d.cond("Community-acquired pneumonia", icd="J18.1")
    d.cond("Type 2 diabetes mellitus with hyperglycaemia", icd="E11.65")
    d.cond("Hypertension", icd="I10")
    d.cond("Dyslipidaemia", icd="E78.5")
    d.mn("conditions", "Acute kidney injury", "historical", "resolved during admission")
    d.h("Presentation and course", z=10)
    d.p("Three days of fever, productive cough and right-sided pleuritic pain. Chest X-ray showed right lower lobe "
        "consolidation. Treated with IV ceftriaxone 2 g daily and oral azithromycin 500 mg daily (5 days in total "
        "in hospital), IV fluids and a basal-bolus insulin regimen. Metformin and lisinopril were withheld on "
        "admission because of acute kidney injury; creatinine improved with fluids. Sputum AFB smears x3 were "
        "negative - pulmonary tuberculosis excluded. Blood cultures: no growth at 5 days. Oxygen weaned on day 4.",
        z=8.8)
    d.mn("medications", "ceftriaxone", "other", "inpatient doses only")
    d.mn("medications", "azithromycin", "other", "inpatient doses only")
    d.mn("conditions", "pulmonary tuberculosis", "other", "excluded")
    d.h("Vital signs", z=10)
    d.tbl([130, 100, 100, 100], [["", "Temp (°C)", "HR (bpm)", "BP (mmHg)"],
                                 ["On admission", "38.9", "112", "104/62"],
                                 ["On discharge", "36.8", "80", "128/78"]], z=8.5, style="grid")
    d.p("Oxygen saturation 89% on room air at presentation, treated with nasal oxygen; 96% on room air at discharge.",
        z=8.5)
    for t_, hr, bp in (("38.9", "112", "104/62"), ("36.8", "80", "128/78")):
        d.vit("temperature", t_, "°C")
        d.vit("heart_rate", hr, "bpm")
        d.vit("blood_pressure", bp, "mmHg")
    d.h("Laboratory results", z=10)
    A, B = "2025-03-02", "2025-03-07"
    labs = [("WBC", "White blood cell count", ["WBC"], "x10^9/L", "4.0-11.0", "17.2 H", "8.9"),
            ("CRP", "C-reactive protein", ["CRP"], "mg/L", "<5", "186 H", "22 H"),
            ("Creatinine", "Creatinine", [], "µmol/L", "62-115", "164 H", "92"),
            ("Sodium", "Sodium", ["Na"], "mmol/L", "136-145", "131 L", "138"),
            ("Potassium", "Potassium", ["K"], "mmol/L", "3.5-5.1", "5.2 H", "4.3"),
            ("Glucose (random)", "Glucose", ["Glucose (random)"], "mmol/L", "3.9-7.8", "18.6 H", "8.4 H"),
            ("HbA1c", "Haemoglobin A1c", ["HbA1c"], "%", "4.0-5.6", "10.2 H", None),
            ("Procalcitonin", "Procalcitonin", [], "ng/mL", "<0.5", "2.4 H", None)]
    d.tbl([120, 80, 90, 110, 111], [["Test", "Unit", "Reference", "02/03/2025", "07/03/2025"]] +
          [[a, u, r, v1, v2 or "-"] for a, _, _, u, r, v1, v2 in labs], z=8.3, style="rules", shade=(0.95, 0.9, 0.9))
    for a, tn, al, u, r, v1, v2 in labs:
        d.lab(tn, v1, u, r, A, aliases=al)
        if v2:
            d.lab(tn, v2, u, r, B, aliases=al)
    d.h("Procedures", z=10)
    d.p("Chest X-ray 02/03/2025 and 06/03/2025 (improving consolidation). Peripheral IV cannula. No invasive "
        "ventilation.", z=8.8)
    d.newpage()
    d.h("Allergies", z=10)
    d.p("Ciprofloxacin - tendon pain (2018).", z=8.8)
    d.allergy("Ciprofloxacin", "tendon pain")
    d.h("Medications on discharge", z=10)
    meds = [("Amoxicillin-clavulanate (Augmentin)", "1 g", "PO", "twice daily x 3 more days", "NEW"),
            ("Insulin glargine (Lantus)", "14 units", "SC", "at bedtime", "NEW"),
            ("Metformin", "1 g", "PO", "twice daily", "RESTART - same dose"),
            ("Amlodipine", "5 mg", "PO", "once daily", "CONTINUE"),
            ("Atorvastatin", "40 mg", "PO", "once daily at night", "CONTINUE"),
            ("Paracetamol", "1 g", "PO", "every 6 hours if needed", "NEW"),
            ("Lisinopril", "10 mg", "PO", "once daily", "HOLD - GP to restart if creatinine stable"),
            ("Gliclazide", "80 mg", "PO", "twice daily", "STOPPED - replaced by insulin")]
    d.tbl([160, 60, 40, 130, 121], [["Medicine", "Dose", "Route", "Frequency", "Change"]] + [list(m) for m in meds],
          z=8.3, style="grid", shade=(0.95, 0.9, 0.9))
    d.med("amoxicillin-clavulanate", "1", "g", "oral", "twice daily", status="new", brand="Augmentin")
    d.med("insulin glargine", "14", "units", "subcutaneous", "at bedtime", status="new", brand="Lantus")
    d.med("metformin", "1", "g", "oral", "twice daily")
    d.med("amlodipine", "5", "mg", "oral", "once daily")
    d.med("atorvastatin", "40", "mg", "oral", "once daily at night")
    d.med("paracetamol", "1", "g", "oral", "every 6 hours if needed", status="new")
    d.med("lisinopril", "10", "mg", "oral", "once daily", status="held")
    d.med("gliclazide", "80", "mg", "oral", "twice daily", status="stopped")
    d.h("Follow-up", z=10)
    d.p("Diabetes clinic in 2 weeks (insulin titration, glucose diary). Renal function and potassium at the "
        "health centre in 1 week. Repeat chest X-ray in 6 weeks. Return if fever, breathlessness or low sugars.", z=8.8)
    d.y += 10
    d.h("Condition at discharge", z=10)
    d.p("Afebrile for 48 hours, mobilising independently, eating well, capillary glucose 6-11 mmol/L on insulin. "
        "Patient and son taught insulin injection and hypoglycaemia recognition by the diabetes educator.", z=8.8)
    d.h("Pending at discharge", z=10)
    d.p("None.", z=8.8)
    d.y += 10
    d.p("Dr Yousuf Al-Rawahi, Medical Resident, for Dr Fatma Al-Hinai, Consultant Physician (fictitious)", z=8.5, f="SO")
    return d


def doc16():
    d = Doc(16, "Bahrain", "discharge_prescription", "prescription",
            "hospital discharge prescription / medication reconciliation", size=(A4[1], A4[0]), dstyles=("d/m/Y",),
            margin=34)
    W = d.W
    d.t(d.m, 38, "SEEF DISTRICT HOSPITAL", "SB", 12)
    d.t(d.m, 51, "Pharmacy Department (fictitious)  -  Road 2825, Seef, Kingdom of Bahrain  -  Tel +973 1755 0142", "S", 8)
    d.t(W - d.m, 38, "DISCHARGE PRESCRIPTION & MEDICATION RECONCILIATION", "SB", 11, a="r")
    d.t(W - d.m, 51, "Form PH-17  -  TTO", "S", 8, a="r")
    d.y = 58
    d.hr(1)
    d.tbl([90, 190, 80, 140, 80, 194], [["Patient", "Yusuf Ebrahim AL-MAHMOOD", "CPR no.", "710414559 (fictitious)",
                                         "Ward", "Cardiology CCU-2"],
                                        ["DOB / Age", "14/04/1971 (54 y)", "Admitted", "14/07/2025", "Discharged",
                                         "18/07/2025"],
                                        ["Diagnosis", "NSTEMI (I21.4); Type 2 diabetes mellitus (E11.9)", "Weight",
                                         "86 kg", "Consultant", "Dr Noor Al-Sayed"]],
          head=False, z=8.3, fonts=["SB", None, "SB", None, "SB", None], style="grid")
    d.cond("NSTEMI", icd="I21.4", aliases=["Non-ST elevation myocardial infarction"])
    d.cond("Type 2 diabetes mellitus", icd="E11.9")
    d.t(d.m, d.y + 8, "ALLERGIES:", "SB", 9, col=(0.75, 0.0, 0.0))
    d.t(d.m + 62, d.y + 8, "Iodinated contrast media - urticaria (premedicated for angiography)", "S", 9)
    d.allergy("Iodinated contrast media", "urticaria")
    d.y += 16
    rows = [["Medication", "Dose", "Route", "Frequency", "Status", "Pharmacist comment", "Qty"]]
    meds = [
        ("Aspirin (enteric coated)", "100 mg", "PO", "once daily", "CONTINUE", "lifelong", "30", "aspirin", "100", "mg", "once daily", "active", None),
        ("Ticagrelor (Brilinta)", "90 mg", "PO", "twice daily", "NEW", "12 months with aspirin", "60", "ticagrelor", "90", "mg", "twice daily", "new", "Brilinta"),
        ("Atorvastatin", "80 mg", "PO", "at night", "CHANGED", "increased from 20 mg", "30", "atorvastatin", "80", "mg", "at night", "changed", None),
        ("Bisoprolol", "2.5 mg", "PO", "once daily", "NEW", "hold if HR < 55", "30", "bisoprolol", "2.5", "mg", "once daily", "new", None),
        ("Ramipril", "2.5 mg", "PO", "once daily", "NEW", "U&E in 1 week", "30", "ramipril", "2.5", "mg", "once daily", "new", None),
        ("Glyceryl trinitrate spray", "400 mcg", "SL", "PRN chest pain", "NEW", "1-2 sprays, repeat after 5 min", "1", "glyceryl trinitrate", "400", "mcg", "PRN chest pain", "new", None),
        ("Sitagliptin (Januvia)", "100 mg", "PO", "once daily", "CONTINUE", "", "30", "sitagliptin", "100", "mg", "once daily", "active", "Januvia"),
        ("Metformin", "500 mg", "PO", "twice daily", "HELD", "withhold 48 h after contrast; restart 20/07/2025 if creatinine stable", "-", "metformin", "500", "mg", "twice daily", "held", None),
        ("Amlodipine", "5 mg", "PO", "once daily", "STOPPED", "replaced by bisoprolol", "-", "amlodipine", "5", "mg", "once daily", "stopped", None),
        ("Diclofenac", "50 mg", "PO", "three times daily PRN", "STOPPED", "NSAID - avoid after MI", "-", "diclofenac", "50", "mg", "three times daily PRN", "stopped", None),
    ]
    for m in meds:
        rows.append(list(m[:7]))
        d.med(m[7], m[8], m[9], "sublingual" if m[2] == "SL" else "oral", m[10], status=m[11], brand=m[12])
    d.tbl([170, 60, 44, 120, 76, 250, 54], rows, z=8.3, style="grid", shade=(0.86, 0.88, 0.95),
          fonts=[None, None, None, None, "SB", None, None])
    d.p("Given on the ward only (not for discharge): enoxaparin 80 mg SC twice daily, last dose 17/07/2025 20:00.",
        z=8.5, f="SO")
    d.mn("medications", "enoxaparin", "other", "ward-only doses")
    d.y += 4
    colw = (W - 2 * d.m - 20) / 2
    top = d.y
    d.t(d.m, d.y + 8, "Counselling points given to patient", "SB", 9)
    d.y += 10
    d.p("Do not take anti-inflammatory painkillers such as ibuprofen or naproxen. Use paracetamol for pain. "
        "Stopping smoking halves the risk of another heart attack - nicotine patches are available from the "
        "smoking cessation clinic.", x=d.m, w=colw, z=8.3)
    d.mn("medications", "ibuprofen", "leaflet", "counselling text only")
    d.mn("medications", "naproxen", "leaflet", "counselling text only")
    d.mn("medications", "nicotine patches", "leaflet", "counselling text only")
    yl = d.y
    d.y = top
    x2 = d.m + colw + 20
    d.t(x2, d.y + 8, "Reconciliation", "SB", 9)
    d.y += 10
    d.p("Pre-admission list verified with patient and community pharmacy (Budaiya Pharmacy) on 15/07/2025. "
        "Prescriber: Dr Noor Al-Sayed.  Checked by: Ph. Maryam Al-Aali  18/07/2025 10:40.", x=x2, w=colw, z=8.3)
    d.y = max(d.y, yl)
    return d


def doc17():
    d = Doc(17, "Jordan", "lab_chem_urinalysis", "lab_result", "lab report with urinalysis and pending tests (scanned)",
            scan={"fmt": "png", "dpi": 150, "rot": 1.1, "light": (0.25, 0.9), "noise": 4.5}, dstyles=("d/m/Y",))
    W = d.W
    d.t(W / 2, 42, "AL-WEIBDEH MEDICAL LABORATORIES", "SB", 14, a="c")
    d.t(W / 2, 56, "Al-Kulliyah Al-Elmiyah Al-Islamiyah St. 28, Jabal Amman (fictitious) - Tel +962 6 464 2281", "S", 8, a="c")
    d.line(d.m, 64, W - d.m, 64, 1.4)
    d.y = 66
    d.tbl([85, 170, 85, 171], [["Patient name", "Rania Khalil HADDAD", "Visit no.", "WB-250611-044"],
                               ["Age / Gender", "38 Y / Female", "Sample date", "11/06/2025 07:45"],
                               ["Referring doctor", "Dr Omar Al-Tal", "Report date", "12/06/2025 14:02"]],
          head=False, z=8.3, fonts=["SB", None, "SB", None], style="none")
    dt = "2025-06-11"
    widths = [165, 85, 55, 80, 126]
    d.tbl(widths, [["Test", "Result", "Flag", "Unit", "Reference values"]], z=8.5, style="rules", shade=(0.9, 0.9, 0.9))

    def section(title, items):
        d.y += 2
        d.t(d.m, d.y + 9, title, "SB", 9)
        d.y += 12
        body = []
        for pn, tn, al, v, fl, u, ref in items:
            body.append([pn, v, fl, u or "", ref])
            d.lab(tn, v, u, ref, dt, flag={"High": "H", "Low": "L", "Abn": "A"}.get(fl), aliases=al)
        d.tbl(widths, body, head=False, z=8.5, style="rules", fonts=[None, "SB", "SB", None, None])

    section("BIOCHEMISTRY (fasting)", [
        ("Glucose, fasting", "Fasting glucose", ["Glucose, fasting"], "96", "", "mg/dL", "70 - 100"),
        ("Creatinine", "Creatinine", [], "0.9", "", "mg/dL", "0.6 - 1.1"),
        ("Uric acid", "Uric acid", [], "6.8", "High", "mg/dL", "2.4 - 5.7"),
        ("ALT (GPT)", "Alanine aminotransferase", ["ALT"], "22", "", "U/L", "0 - 33"),
        ("Cholesterol, total", "Total cholesterol", ["Cholesterol, total"], "212", "High", "mg/dL", "< 200"),
        ("HDL-cholesterol", "HDL cholesterol", ["HDL-cholesterol"], "44", "Low", "mg/dL", "> 50"),
        ("LDL-cholesterol", "LDL cholesterol", ["LDL-cholesterol"], "134", "High", "mg/dL", "< 130"),
        ("Vitamin D (25-OH)", "25-hydroxyvitamin D", ["Vitamin D (25-OH)"], "14", "Low", "ng/mL", "30 - 100"),
        ("TSH", "Thyroid stimulating hormone", ["TSH"], "2.1", "", "µIU/mL", "0.27 - 4.2")])
    section("URINALYSIS - complete (random urine)", [
        ("Appearance", "Urine appearance", ["Appearance"], "Turbid", "Abn", None, "Clear"),
        ("pH", "Urine pH", ["pH"], "6.0", "", None, "5.0 - 8.0"),
        ("Specific gravity", "Urine specific gravity", ["Specific gravity"], "1.025", "", None, "1.005 - 1.030"),
        ("Protein", "Urine protein", ["Protein"], "Trace", "Abn", None, "Negative"),
        ("Glucose", "Urine glucose", ["Glucose"], "Negative", "", None, "Negative"),
        ("Blood", "Urine blood", ["Blood"], "1+", "Abn", None, "Negative"),
        ("Nitrite", "Urine nitrite", ["Nitrite"], "Positive", "Abn", None, "Negative"),
        ("Leukocyte esterase", "Urine leukocyte esterase", ["Leukocyte esterase"], "2+", "Abn", None, "Negative"),
        ("Pus cells (WBC)", "Urine white cells", ["Pus cells (WBC)"], "25-30", "High", "/HPF", "0 - 5"),
        ("Red blood cells", "Urine red cells", ["Red blood cells"], "3-5", "High", "/HPF", "0 - 2")])
    d.y += 2
    d.tbl(widths, [["Urine culture & sensitivity", "In progress", "", "", "Result to follow in 48 h"],
                   ["Vitamin B12", "Pending", "", "pg/mL", "197 - 771"]], head=False, z=8.5, style="none",
          fonts=[None, "SB", None, None, "SO"])
    d.mn("labs", "Urine culture", "other", "in progress")
    d.mn("labs", "Vitamin B12", "other", "pending")
    d.y += 6
    d.p("Comment: urinalysis suggestive of urinary tract infection; please correlate clinically. Results marked Abn "
        "are outside the expected qualitative result.", z=8, f="SO")
    d.y += 22
    d.t(d.m, d.y, "Checked by: Lab. Tech. H. Nasser", "S", 8.5)
    d.t(W - d.m, d.y, "Approved: Dr Lina Shawabkeh, Clinical Pathologist (fictitious)", "S", 8.5, a="r")
    return d


def doc18():
    d = Doc(18, "Netherlands", "preop_assessment", "medical_record",
            "pre-operative assessment form (expat clinic, tick boxes)", hand=True, dstyles=("d-m-Y",))
    W = d.W
    d.t(d.m, 40, "Amstelveen International Clinic", "SB", 13, col=(0.85, 0.35, 0.0))
    d.t(d.m, 53, "Pre-operative Assessment Clinic (Anaesthesiology) - Laan van Kronenburg 41, Amstelveen (fictitious)", "S", 8)
    d.t(W - d.m, 40, "POPA form v3", "S", 8, a="r")
    d.y = 58
    d.hr(0.8)
    info = [("Name", "Oliver J. Whitfield"), ("Date of birth", "09-11-1972"), ("Date", "28-05-2025"),
            ("Procedure", "Laparoscopic cholecystectomy"), ("Surgeon", "Dr. M. de Vries"), ("Planned date", "12-06-2025")]
    for i, (a, b) in enumerate(info):
        x = d.m + (i % 2) * 262
        yy = d.y + 14 + (i // 2) * 17
        d.t(x, yy, a + ":", "S", 8.5)
        d.hand(x + 70, yy, b, 11)
    d.y += 14 + 3 * 17
    d.h("Medical history (please tick)", z=9.5)
    qs = [("Heart attack or angina", False), ("High blood pressure", True), ("Asthma or COPD", False),
          ("Sleep apnoea (CPAP?)", True), ("Diabetes", False), ("Stroke or TIA", False),
          ("Kidney disease", False), ("Heartburn / reflux", True), ("Bleeding disorder", False),
          ("Problems with anaesthesia", False), ("Family: malignant hyperthermia", False), ("Smoker", False)]
    top = d.y
    for i, (q, a) in enumerate(qs):
        col = i % 2
        d.yn(d.m + col * 262, top + 12 + (i // 2) * 15, q, a, z=8, lw=160)
    d.y = top + 12 + 6 * 15
    d.t(d.m, d.y + 4, "Details:", "S", 8.5)
    d.hand(d.m + 44, d.y + 4, "OSA - uses CPAP nightly. Gallstones - symptomatic cholelithiasis.", 10.5)
    d.y += 14
    for q in ("Heart attack or angina", "Asthma or COPD", "Diabetes", "Stroke or TIA", "Kidney disease",
              "Bleeding disorder", "malignant hyperthermia"):
        d.mn("conditions", q, "checkbox_no", "ticked No")
    d.cond("Hypertension", aliases=["High blood pressure"])
    d.cond("Obstructive sleep apnoea", aliases=["OSA", "Sleep apnoea"])
    d.cond("Gastro-oesophageal reflux", aliases=["Heartburn / reflux"])
    d.cond("Symptomatic cholelithiasis")
    d.h("Allergies", z=9.5)
    d.yn(d.m, d.y + 12, "Any allergies?", True, z=8, lw=160)
    d.hand(d.m + 262, d.y + 12, "Amoxicillin - rash;  plasters - skin irritation", 10.5)
    d.y += 22
    d.allergy("Amoxicillin", "rash")
    d.allergy("plasters", "skin irritation")
    d.h("Current medication (name, strength, dosage)", z=9.5)
    lines = ["Coversyl (perindopril) 4mg 1dd1", "Esomeprazol 40mg 1dd1 voor ontbijt (before breakfast)",
             "Paracetamol 1000mg z.n. (as needed), max 3x/day", "Ibuprofen 400mg - STOPPED 2 weeks ago (reflux)"]
    for ln in lines:
        d.y += 17
        d.line(d.m, d.y + 3, W - d.m, d.y + 3, 0.3, (0.6, 0.6, 0.6))
        d.hand(d.m + 4, d.y, ln, 11)
    d.y += 8
    d.med("perindopril", "4", "mg", "oral", "1dd1", brand="Coversyl")
    d.med("esomeprazole", "40", "mg", "oral", "1dd1", brand="Esomeprazol")
    d.med("paracetamol", "1000", "mg", "oral", "z.n.")
    d.med("ibuprofen", "400", "mg", "oral", None, status="stopped")
    d.h("Examination and tests", z=9.5)
    d.tbl([70, 70, 70, 70, 70, 70, 91], [["BP", "Pulse", "SpO2", "Temp", "Height", "Weight", "BMI"],
                                         ["", "", "", "", "", "", ""]], z=8.5, pad=6)
    vy = d.y - 14
    for i, v in enumerate(["136/84", "68", "98%", "36.6", "182 cm", "97 kg", "29.3"]):
        d.hand(d.m + 5 + i * 70, vy, v, 11)
    d.vit("blood_pressure", "136/84", None)
    d.vit("heart_rate", "68", None)
    d.vit("oxygen_saturation", "98", "%")
    d.vit("temperature", "36.6", None)
    d.vit("height", "182", "cm")
    d.vit("weight", "97", "kg")
    d.vit("bmi", "29.3", None)
    d.p("Lab 26-05-2025: Hb 9.1 mmol/L (8.5-11.0); creatinine 84 µmol/L (60-110); potassium 4.2 mmol/L (3.5-5.0). "
        "ECG: sinus rhythm 66/min, normal. Airway: Mallampati II, mouth opening > 3 cm.", z=8.5)
    dt = "2025-05-26"
    d.lab("Haemoglobin", "9.1", "mmol/L", "8.5-11.0", dt, aliases=["Hb"])
    d.lab("Creatinine", "84", "µmol/L", "60-110", dt)
    d.lab("Potassium", "4.2", "mmol/L", "3.5-5.0", dt)
    d.h("Anaesthetic plan", z=9.5)
    d.p("ASA II. General anaesthesia; bring CPAP machine on the day. Fasting from 00:00 (clear fluids until 06:00). "
        "Take perindopril as usual except omit on the morning of surgery. Prophylaxis planned: cefazolin 2 g IV at "
        "induction.", z=8.5)
    d.mn("medications", "cefazolin", "planned", "to be given at induction")
    d.y += 6
    d.t(d.m, d.y + 6, "Anaesthetist:", "S", 8.5)
    d.hand(d.m + 62, d.y + 6, "Dr. P. Bakker", 12)
    return d


def doc19():
    d = Doc(19, "Denmark", "visitor_discharge_letter", "discharge_summary",
            "English discharge letter for a visitor (2 pages)", dstyles=("d.m.Y",))
    W = d.W

    def head(dd):
        dd.t(dd.m, 40, "Nørrebro Harbour Hospital", "EB", 13)
        dd.t(dd.m, 53, "Department of Orthopaedic Surgery, Ward O2 - Sankt Hans Torv 9, 2200 København N (fictitious)", "E", 7.5)
        dd.t(W - dd.m, 40, f"Page {dd.page}", "E", 8, a="r")
        dd.line(dd.m, 60, W - dd.m, 60, 0.8)
        dd.y = 66

    d.on_page = head
    head(d)
    d.p("DISCHARGE LETTER (English translation for the patient and her doctor at home)", f="EB", z=10.5, gap=4)
    d.kv([("Patient:", "Margaret Anne Collins, born 30.01.1954 (71 years), British visitor - temporary CPR 300154-9XXX"),
          ("Home GP:", "Dr P. Shaw, Riverside Surgery, Cheltenham, United Kingdom"),
          ("Admission:", "21.07.2025 via Emergency Department"), ("Discharge:", "25.07.2025 to hotel, flying home 27.07.2025"),
          ("Responsible:", "Overlæge Dr Henrik Østergaard (fictitious)")], kw=78, f="E", kf="EB", z=9)
    d.h("Diagnoses", f="EB", z=10)
    d.p("Trimalleolar fracture of the left ankle (DS826 / ICD-10 S82.8), treated with open reduction and internal "
        "fixation (ORIF) on 22.07.2025.\nMild postoperative anaemia.\nKnown: hypothyroidism; hypercholesterolaemia.",
        f="E", z=9.5)
    d.cond("Trimalleolar fracture of the left ankle", icd="S82.8", aliases=["Trimalleolar fracture"])
    d.cond("Postoperative anaemia", aliases=["Mild postoperative anaemia"])
    d.cond("Hypothyroidism")
    d.cond("Hypercholesterolaemia")
    d.h("Course", f="EB", z=10)
    d.p("Mrs Collins slipped on wet cobblestones on 21.07.2025. X-ray showed a displaced trimalleolar fracture. She "
        "received cefuroxime 1.5 g IV as prophylaxis before surgery, and the operation on 22.07.2025 was without "
        "complications. A Doppler ultrasound on 24.07.2025 for calf pain showed no deep vein thrombosis (DVT ruled "
        "out). She had a right total hip replacement in 2016 with a good result. She reports allergy to morphine "
        "(hallucinations); oxycodone has been tolerated well.", f="E", z=9.5)
    d.mn("medications", "cefuroxime", "other", "single prophylactic dose")
    d.mn("conditions", "deep vein thrombosis", "other", "ruled out")
    d.mn("conditions", "total hip replacement", "historical", "2016")
    d.allergy("Morphine", "hallucinations")
    d.h("Observations", f="EB", z=10)
    d.tbl([120, 80, 70, 70, 70], [["", "BP (mmHg)", "Pulse", "Temp (°C)", "SpO2 (%)"],
                                  ["Admission 21.07", "154/88", "96", "37.1", "97"],
                                  ["Discharge 25.07", "138/80", "78", "", ""]], f="E", hf="EB", z=9,
          style="grid")
    d.vit("blood_pressure", "154/88", "mmHg")
    d.vit("heart_rate", "96", None)
    d.vit("temperature", "37.1", "°C")
    d.vit("oxygen_saturation", "97", "%")
    d.vit("blood_pressure", "138/80", "mmHg")
    d.vit("heart_rate", "78", None)
    d.h("Blood tests", f="EB", z=10)
    A, B = "2025-07-21", "2025-07-24"
    rows = [("Haemoglobin", ["Hb"], "mmol/L", "7.3-9.5", "8.4", "7.1 L"),
            ("Leukocytes", [], "x10^9/L", "3.5-8.8", "11.2 H", "7.9"),
            ("CRP", ["C-reactive protein"], "mg/L", "<10", "14 H", None),
            ("Creatinine", [], "µmol/L", "45-90", "78", "74"),
            ("Potassium", [], "mmol/L", "3.5-4.4", "4.0", None)]

    d.tbl([120, 70, 80, 90, 90], [["Analysis", "Unit", "Reference", "21.07.2025", "24.07.2025"]] +
          [[a, u or "", r, v1, v2 or ""] for a, _, u, r, v1, v2 in rows], f="E", hf="EB", z=9, style="rules", shade=None)
    for a, al, u, r, v1, v2 in rows:
        d.lab(a, v1, u, r, A, aliases=al)
        if v2:
            d.lab(a, v2, u, r, B, aliases=al)
    d.newpage()
    d.h("Medication at discharge", f="EB", z=10)
    d.tbl([150, 70, 150, 141], [["Medicine", "Strength", "Dosage", "Note"],
                                ["Innohep (tinzaparin)", "4500 IU", "1 injection subcutaneously daily", "NEW - 6 weeks, until cast off"],
                                ["Pinex (paracetamol)", "1 g", "1 g x 4 daily", "NEW"],
                                ["Ibuprofen", "400 mg", "400 mg x 3 daily with food", "NEW - 5 days only"],
                                ["Oxynorm (oxycodone)", "5 mg", "as needed, max 4 times daily", "NEW - short course"],
                                ["Eltroxin (levothyroxine)", "50 microgram", "1 tablet in the morning", "Unchanged"],
                                ["Simvastatin", "20 mg", "1 tablet in the evening", "Unchanged"]],
          f="E", hf="EB", z=9, style="grid", shade=(0.9, 0.9, 0.9))
    d.med("tinzaparin", "4500", "IU", "subcutaneous", "daily", status="new", brand="Innohep")
    d.med("paracetamol", "1", "g", "oral", "x 4 daily", status="new", brand="Pinex")
    d.med("ibuprofen", "400", "mg", "oral", "x 3 daily", status="new")
    d.med("oxycodone", "5", "mg", "oral", "as needed", status="new", brand="Oxynorm")
    d.med("levothyroxine", "50", "microgram", "oral", "in the morning", brand="Eltroxin")
    d.med("simvastatin", "20", "mg", "oral", "in the evening")
    d.h("Follow-up", f="EB", z=10)
    d.p("Non-weight-bearing in a below-knee cast for 6 weeks. Removal of sutures at 14 days by her own GP. Please "
        "arrange fracture clinic review in the UK at 6 weeks with X-ray. Fit to fly with tinzaparin cover and an "
        "aisle seat.", f="E", z=9.5)
    d.y += 12
    d.p("Venlig hilsen / Kind regards,\nHenrik Østergaard, Overlæge (Consultant), Orthopaedic Surgery", f="E", z=9.5)
    return d


def doc20():
    d = Doc(20, "Thailand", "discharge_summary", "discharge_summary",
            "international-hospital discharge summary (3 pages)", dstyles=("j M Y",))
    W = d.W
    navy = (0.1, 0.2, 0.45)

    def head(dd):
        dd.rect(dd.m, 24, 30, 30, lw=0, fill=navy, stroke=False)
        dd.t(dd.m + 15, 44, "SIH", "SB", 8, a="c", col=(1, 1, 1))
        dd.t(dd.m + 38, 36, "Sukhumvit International Hospital", "SB", 12, col=navy)
        dd.t(dd.m + 38, 48, "Sukhumvit Soi 39, Khlong Tan Nuea, Watthana, Bangkok 10110 (fictitious) - JCI style", "S", 7)
        dd.t(W - dd.m, 36, "DISCHARGE SUMMARY", "SB", 10, a="r")
        dd.t(W - dd.m, 48, "HN 65-0218847  |  AN 25-012093", "S", 7.5, a="r")
        dd.line(dd.m, 58, W - dd.m, 58, 1, navy)
        dd.y = 64

    def foot(dd):
        dd.t(W - dd.m, dd.H - 18, f"Page {dd.page} of 3", "S", 7, a="r")

    d.on_page = head
    d.footer_extra = foot
    head(d)
    d.tbl([95, 160, 95, 161], [["Patient", "Ms Katharina WEBER", "Nationality", "German"],
                               ["Date of birth", "12 Mar 1991 (34 y)", "Passport", "C4F7R2291 (fictitious)"],
                               ["Admitted", "3 Aug 2025 02:15", "Discharged", "8 Aug 2025 11:30"],
                               ["Attending", "Dr Pimchanok Srisuk, Internal Medicine", "Insurance", "TravelSafe Europe - guarantee GOP-88214"]],
          head=False, z=8.3, fonts=["SB", None, "SB", None], style="grid")
    d.h("Final diagnoses", z=10, col=navy)
    d.p("Principal diagnosis: Dengue fever with warning signs (A97.1), day 4 of illness on admission - recovering\n"
        "Secondary: Thrombocytopenia secondary to dengue; Elevated liver enzymes (transaminitis)\n"
        "Comorbidity: Asthma, mild intermittent\n"
        "Resolved: Dehydration (moderate) - corrected with IV fluids", z=8.8)
    d.cond("Dengue fever with warning signs", icd="A97.1")
    d.cond("Thrombocytopenia")
    d.cond("Elevated liver enzymes", aliases=["transaminitis"])
    d.cond("Asthma")
    d.mn("conditions", "Dehydration", "historical", "resolved")
    d.h("History of present illness", z=10, col=navy)
    d.p("Ms Weber, a tourist travelling in Thailand for 3 weeks, presented with 4 days of high fever, retro-orbital "
        "headache, myalgia and vomiting, with abdominal pain on the day of admission. She had been taking "
        "ibuprofen 400 mg three times daily for the fever before admission; this was stopped on admission because "
        "of bleeding risk. Her usual medicines are budesonide/formoterol (Symbicort) 160/4.5 one puff twice daily "
        "and salbutamol 100 mcg two puffs when needed. She is allergic to metamizole (agranulocytosis, 2017). "
        "No previous dengue infection known.", z=8.8)
    d.h("Physical examination on admission", z=10, col=navy)
    d.p("Flushed, mildly dehydrated, positive tourniquet test, mild right upper quadrant tenderness, no ascites "
        "on ultrasound, no bleeding. Weight 58 kg.", z=8.8)
    d.tbl([120, 90, 90, 90], [["Vital signs", "Temp (°C)", "HR (/min)", "BP (mmHg)"],
                              ["Admission 3 Aug", "39.2", "108", "98/60"],
                              ["Discharge 8 Aug", "36.7", "76", "112/72"]], z=8.5, style="grid",
          shade=(0.88, 0.9, 0.96))
    for t_, hr, bp in (("39.2", "108", "98/60"), ("36.7", "76", "112/72")):
        d.vit("temperature", t_, "°C")
        d.vit("heart_rate", hr, "/min")
        d.vit("blood_pressure", bp, "mmHg")
    d.vit("weight", "58", "kg")
    d.h("Hospital course", z=10, col=navy)
    d.p("She was admitted to the medical ward for close monitoring of haematocrit and platelets during the critical "
        "phase. IV 0.9% saline was given according to the WHO dengue protocol and tapered from day 6. Ondansetron 4 mg "
        "IV was given twice for vomiting on 3 Aug. The platelet count fell to a nadir of 19 x10^9/L on 5 Aug "
        "without bleeding, and no platelet transfusion was needed. Haematocrit peaked at 47.9%. Malaria was excluded "
        "(two negative blood films) and leptospirosis was ruled out (negative IgM). By 7 Aug she was afebrile for 48 "
        "hours with a rising platelet count and good oral intake.", z=8.8)
    d.mn("medications", "Ondansetron", "other", "ward doses only")
    d.mn("conditions", "Malaria", "other", "excluded")
    d.mn("conditions", "leptospirosis", "other", "ruled out")
    d.h("Laboratory results", z=10, col=navy)
    dates = ["2025-08-03", "2025-08-05", "2025-08-07"]
    serial = [("Platelets", "Platelet count", ["Platelets"], "x10^9/L", "150-400", ["88 L", "19 LL", "64 L"]),
              ("Haematocrit", "Haematocrit", ["Hct"], "%", "36.0-46.0", ["44.8", "47.9 H", "38.5"]),
              ("WBC", "White blood cell count", ["WBC"], "x10^9/L", "4.0-10.0", ["2.9 L", "2.4 L", "4.6"])]
    d.tbl([120, 70, 80, 80, 80, 80], [["Test", "Unit", "Reference"] + [D(x, "j M Y") for x in dates]] +
          [[a, u, r] + v for a, _, _, u, r, v in serial], z=8.3, style="rules", shade=(0.88, 0.9, 0.96))
    for a, tn, al, u, r, v in serial:
        for dt, vv in zip(dates, v):
            d.lab(tn, vv, u, r, dt, aliases=al)
    once = [("AST", "Aspartate aminotransferase", ["AST"], "U/L", "<32", "182 H"),
            ("ALT", "Alanine aminotransferase", ["ALT"], "U/L", "<33", "96 H"),
            ("Dengue NS1 antigen", "Dengue NS1 antigen", [], "", "Negative", "Positive"),
            ("Dengue IgM", "Dengue IgM antibody", ["Dengue IgM"], "", "Negative", "Negative"),
            ("Malaria blood film", "Malaria blood film", [], "", "", "No parasites seen")]
    d.tbl([160, 110, 70, 90, 80], [["Test (3 Aug 2025)", "Result", "Unit", "Reference", ""]] +
          [[a, v, u, r, ""] for a, _, _, u, r, v in once], z=8.3, style="rules", shade=(0.88, 0.9, 0.96))
    for a, tn, al, u, r, v in once:
        d.lab(tn, v, u or None, r or None, dates[0], aliases=al)
    d.p("Flags: H high, L low, LL critical low (called to ward).", z=7.5, f="SO")
    d.h("Medications on discharge", z=10, col=navy)
    d.tbl([170, 60, 60, 110, 111], [["Medicine", "Strength", "Route", "Directions", "Status"],
                                    ["Paracetamol (Tylenol)", "500 mg", "oral", "1-2 tablets every 6 hours if fever", "NEW"],
                                    ["Oral rehydration salts (ORS)", "1 sachet", "oral", "in 200 mL water after each loose stool", "NEW"],
                                    ["Domperidone", "10 mg", "oral", "three times daily before meals for 3 days", "NEW"],
                                    ["Symbicort (budesonide/formoterol)", "160/4.5", "inhaled", "1 puff twice daily", "CONTINUE"],
                                    ["Salbutamol", "100 mcg", "inhaled", "2 puffs when needed", "CONTINUE"],
                                    ["Ibuprofen", "400 mg", "oral", "-", "STOPPED - do not use"]],
          z=8.3, style="grid", shade=(0.88, 0.9, 0.96))
    d.med("paracetamol", "500", "mg", "oral", "every 6 hours if fever", status="new", brand="Tylenol")
    d.med("oral rehydration salts", "1", "sachet", "oral", "after each loose stool", status="new")
    d.med("domperidone", "10", "mg", "oral", "three times daily", status="new")
    d.med("budesonide/formoterol", "160/4.5", None, "inhaled", "twice daily", brand="Symbicort")
    d.med("salbutamol", "100", "mcg", "inhaled", "when needed")
    d.med("ibuprofen", "400", "mg", "oral", "three times daily", status="stopped")
    d.h("Follow-up", z=10, col=navy)
    d.p("Repeat complete blood count in 2 days at the hotel clinic partner (Sukhumvit Soi 24 branch) or with her "
        "doctor in Germany. Fit to fly from 11 Aug 2025 if platelets > 100 x10^9/L. Medical report and receipts "
        "given for insurance.", z=8.8)
    d.h("Patient advice leaflet - dengue recovery", z=10, col=navy)
    d.p("Drink at least 2.5 litres a day. Do not take aspirin or any anti-inflammatory painkiller for 2 weeks. Come "
        "back at once if you notice bleeding gums, black stools, severe abdominal pain or drowsiness. Use mosquito "
        "repellent for 7 days so that others are not infected.", z=8.5, f="SO")
    d.mn("medications", "aspirin", "leaflet", "advice only")
    d.y += 10
    d.p("Dr Pimchanok Srisuk, MD, Internal Medicine (fictitious) - electronically signed 8 Aug 2025 10:55", z=8.3)
    while d.page < 3:
        d.newpage()
        d.h("Discharge checklist", z=10, col=navy)
        for item in ["Medicines explained with interpreter (German) - done", "Warning signs reviewed - done",
                     "Copy of this summary given to patient - done", "Insurance guarantee closed - done"]:
            d.p("[x] " + item, z=8.8)
    return d


def doc21():
    d = Doc(21, "Puerto Rico", "lab_previous_results", "lab_result", "lab report with previous-result column (scanned)",
            size=LETTER, scan={"fmt": "pdf", "dpi": 200, "rot": -2.2, "light": (0.5, 0.0), "noise": 5.5},
            dstyles=("m/d/Y",))
    W = d.W
    d.t(d.m, 42, "LABORATORIO CLÍNICO SAN PATRICIO", "SB", 13)
    d.t(d.m, 55, "Ave. San Patricio 1204, Guaynabo, PR 00968 (fictitious)  -  CLIA 40D0X99871  -  787-555-0143", "S", 7.8)
    d.t(W - d.m, 42, "FINAL REPORT", "SB", 11, a="r")
    d.y = 62
    d.hr(1.2)
    d.tbl([95, 170, 95, 168], [["Patient:", "RIVERA ORTIZ, José L.", "Accession:", "SP25-0715-0331"],
                               ["DOB / Sex:", "03/22/1966  M", "Collected:", "07/15/2025 07:20"],
                               ["Physician:", "Dra. Marisol Vega, MD", "Reported:", "07/15/2025 15:48"],
                               ["Insurance:", "Triple-S (member id on file)", "Previous:", "01/10/2025"]],
          head=False, z=8.5, fonts=["SB", None, "SB", None], style="none")
    cur, prev = "2025-07-15", "2025-01-10"
    tests = [("Glucose, fasting", "Fasting glucose", ["Glucose"], "126", "H", "118 H", "mg/dL", "70-99"),
             ("Creatinine", "Creatinine", [], "1.12", "", "1.05", "mg/dL", "0.70-1.30"),
             ("Sodium", "Sodium", [], "140", "", "139", "mmol/L", "136-145"),
             ("Potassium", "Potassium", [], "4.3", "", "4.6", "mmol/L", "3.5-5.1"),
             ("ALT (SGPT)", "Alanine aminotransferase", ["ALT"], "52", "H", "47 H", "U/L", "7-45"),
             ("Cholesterol, total", "Total cholesterol", ["Cholesterol, total"], "228", "H", "241 H", "mg/dL", "<200"),
             ("Triglycerides", "Triglycerides", [], "190", "H", "212 H", "mg/dL", "<150"),
             ("HDL cholesterol", "HDL cholesterol", ["HDL"], "38", "L", "36 L", "mg/dL", ">40"),
             ("LDL cholesterol (calc)", "LDL cholesterol", ["LDL"], "152", "H", "163 H", "mg/dL", "<100"),
             ("Hemoglobin A1c", "Hemoglobin A1c", ["HbA1c"], "6.9", "H", "7.2 H", "%", "<5.7"),
             ("TSH", "Thyroid stimulating hormone", ["TSH"], "2.35", "", None, "uIU/mL", "0.45-4.50")]
    body = [["Test", "Result", "Flag", "Previous 01/10/2025", "Units", "Reference interval"]]
    for pn, tn, al, v, fl, pv, u, r in tests:
        body.append([pn, v, fl, pv or "--", u, r])
        d.lab(tn, v, u, r, cur, flag=fl or None, aliases=al)
        if pv:
            d.lab(tn, pv, u, r, prev, aliases=al)
    d.y += 6
    d.tbl([150, 60, 40, 100, 90, 88], body, z=8.7, style="rules", shade=(0.9, 0.9, 0.9),
          fonts=[None, "SB", "SB", None, None, None])
    d.tbl([150, 60, 40, 100, 90, 88], [["Microalbumin, urine random", "PENDING", "", "--", "mg/g creat", "<30"]],
          head=False, z=8.7, style="none", fonts=[None, "SB", None, None, None, None])
    d.mn("labs", "Microalbumin, urine", "other", "pending")
    d.y += 8
    d.p("H = High, L = Low relative to the reference interval. HbA1c: 5.7-6.4% increased risk; >=6.5% consistent "
        "with diabetes. LDL calculated by Martin-Hopkins.", z=8, f="SO")
    d.y += 30
    d.t(d.m, d.y, "Director: Dr. R. Colón Santiago, MD, Pathologist (fictitious)", "S", 8.5)
    return d


def doc22():
    d = Doc(22, "Australia (South Australia)", "pharmacy_dispensing", "prescription",
            "pharmacy dispensing history + label set (2 pages)", dstyles=("d/m/Y",))
    W = d.W
    d.t(d.m, 40, "Jetty Road Community Pharmacy", "SB", 13, col=(0.0, 0.4, 0.2))
    d.t(d.m, 53, "118 Jetty Road, Glenelg SA 5045 (fictitious)  |  ph (08) 8294 0171  |  ABN 00 000 000 000", "S", 7.8)
    d.t(W - d.m, 40, "DISPENSING HISTORY", "SB", 11, a="r")
    d.t(W - d.m, 53, "01/01/2025 - 30/06/2025", "S", 8, a="r")
    d.y = 60
    d.hr(0.8)
    d.kv([("Patient:", "Graham R. NICHOLLS   DOB 04/10/1949   Medicare 0000 00000 0-1 (fictitious)"),
          ("Address:", "7/22 Partridge Street, Glenelg South SA 5045"),
          ("Allergies:", "Tramadol - confusion"),
          ("Prescribers:", "Dr E. Tran (Brighton Family Practice); Dr J. Oates (respiratory)")], kw=70, z=8.5)
    d.allergy("Tramadol", "confusion")
    rows = [["Date", "Rx no.", "Medicine", "Directions", "Qty", "Rpts", "PBS", "Prescriber"]]
    hist = [("06/01/2025", "418221", "Diaformin XR 1000 (metformin) tab", "ONE tablet daily with evening meal", "60", "4", "Y", "Tran"),
            ("06/01/2025", "418222", "Coveram 5/5 (perindopril arginine/amlodipine) tab", "ONE tablet in the morning", "30", "5", "Y", "Tran"),
            ("06/01/2025", "418223", "Lipitor 40 (atorvastatin) tab", "ONE tablet at night", "30", "5", "Y", "Tran"),
            ("20/01/2025", "418530", "Seretide MDI 250/25 (fluticasone/salmeterol)", "TWO puffs TWICE a day, rinse mouth", "1", "5", "Y", "Oates"),
            ("20/01/2025", "418531", "Ventolin CFC-free 100mcg inhaler (salbutamol)", "1-2 puffs when required for wheeze", "2", "5", "Y", "Oates"),
            ("03/02/2025", "418907", "Celebrex 200 (celecoxib) cap", "ONE capsule daily with food", "30", "1", "Y", "Tran"),
            ("05/03/2025", "419344", "Diaformin XR 1000 (metformin) tab", "ONE tablet daily with evening meal", "60", "3", "Y", "Tran"),
            ("05/03/2025", "419345", "Nexium 20 (esomeprazole) tab", "ONE tablet daily before breakfast", "30", "5", "Y", "Tran"),
            ("20/05/2025", "420112", "Keflex 500 (cephalexin) cap", "ONE capsule FOUR times a day for 5 days", "20", "0", "Y", "Tran"),
            ("02/06/2025", "420455", "Coveram 5/5 (perindopril arginine/amlodipine) tab", "ONE tablet in the morning", "30", "4", "Y", "Tran"),
            ("02/06/2025", "420456", "Lipitor 40 (atorvastatin) tab", "ONE tablet at night", "30", "4", "Y", "Tran")]
    rows += [list(h) for h in hist]
    d.tbl([56, 40, 150, 130, 28, 28, 26, 53], rows, z=7.6, style="grid", shade=(0.85, 0.93, 0.87))
    d.h("Pharmacist notes", z=9.5)
    d.p("20/05/2025 Celebrex (celecoxib) ceased by Dr Tran - eGFR down to 52; patient told to return remaining "
        "capsules.  30/05/2025 Keflex course completed (cellulitis left shin resolved) - confirmed at MedsCheck.  "
        "Home Medicines Review booked for 14/07/2025.", z=8.3)
    d.med("metformin", "1000", "mg", "oral", "ONE tablet daily with evening meal", brand="Diaformin XR")
    d.med("perindopril arginine/amlodipine", "5/5", None, "oral", "in the morning", brand="Coveram")
    d.med("atorvastatin", "40", None, "oral", "at night", brand="Lipitor")
    d.med("fluticasone/salmeterol", "250/25", None, "inhaled", "TWICE a day", brand="Seretide")
    d.med("salbutamol", "100", "mcg", "inhaled", "when required", brand="Ventolin")
    d.med("esomeprazole", "20", None, "oral", "daily before breakfast", brand="Nexium")
    d.med("celecoxib", "200", None, "oral", "daily with food", status="stopped", brand="Celebrex")
    d.med("cephalexin", "500", None, "oral", "FOUR times a day", status="completed", brand="Keflex")
    d.mn("conditions", "cellulitis", "historical", "resolved")
    d.newpage()
    d.h("Label reprints (as affixed to packs)", z=10)
    labels = [("Diaformin XR 1000mg tablets (metformin)", "Take ONE tablet ONCE a day with the evening meal.", "Swallow whole. Do not crush or chew.", "419344"),
              ("Coveram 5mg/5mg tablets (perindopril arginine/amlodipine)", "Take ONE tablet in the MORNING.", "May cause dizziness.", "420455"),
              ("Lipitor 40mg tablets (atorvastatin)", "Take ONE tablet at NIGHT.", "Report unexplained muscle pain.", "420456"),
              ("Seretide MDI 250/25 (fluticasone propionate/salmeterol)", "Inhale TWO puffs TWICE a day.", "Rinse mouth with water after use.", "418530"),
              ("Nexium 20mg tablets (esomeprazole)", "Take ONE tablet ONCE a day before breakfast.", "", "419345"),
              ("Keflex 500mg capsules (cephalexin)", "Take ONE capsule FOUR times a day for 5 days.", "Complete the course.", "420112")]
    colw = (W - 2 * d.m - 16) / 2
    y0 = d.y + 6
    for i, (nm, dirs, warn, rx) in enumerate(labels):
        x = d.m + (i % 2) * (colw + 16)
        y = y0 + (i // 2) * 118
        d.rect(x, y, colw, 108, lw=0.8)
        d.t(x + 6, y + 13, "Jetty Road Community Pharmacy  (08) 8294 0171", "S", 6.8)
        yy = y + 28
        for ln in d.wrap(nm, "SB", 8.5, colw - 12):
            d.t(x + 6, yy, ln, "SB", 8.5)
            yy += 11
        for ln in d.wrap(dirs, "S", 8.5, colw - 12):
            d.t(x + 6, yy, ln, "S", 8.5)
            yy += 11
        if warn:
            d.t(x + 6, yy, warn, "SO", 7.5)
        d.t(x + 6, y + 100, f"Graham NICHOLLS   Rx {rx}   Dr Tran/Oates", "S", 6.8)
    d.y = y0 + 3 * 118 + 6
    d.p("Keep all medicines out of reach of children. Bring this history to your Home Medicines Review.", z=8, f="SO")
    return d


def doc23():
    d = Doc(23, "Canada (Saskatchewan)", "lab_cbc_iron", "lab_result",
            "lab report, units in test names, attached flags, pending", size=LETTER, dstyles=("Y-m-d",))
    W = d.W
    d.rect(d.m, 28, W - 2 * d.m, 50, lw=1)
    d.t(d.m + 8, 45, "Prairie Lakes Medical Laboratories", "SB", 13)
    d.t(d.m + 8, 58, "2150 Albert Street, Regina SK S4P 2V1 (fictitious)  -  Client services 306-555-0188", "S", 7.8)
    d.t(d.m + 8, 70, "Accredited community laboratory - results are for the ordering practitioner", "S", 7)
    d.t(W - d.m - 8, 45, "PATIENT REPORT", "SB", 11, a="r")
    d.y = 86
    d.tbl([90, 180, 95, 167], [["Patient", "LAFONTAINE, Chantal M.", "HSN", "000 000 000 (fictitious)"],
                               ["Birth date", "1988-06-19  (F)", "Collected", "2025-09-03 08:42"],
                               ["Ordered by", "Dr K. Okafor, Cathedral Area Medical", "Received", "2025-09-03 10:05"],
                               ["cc", "Dr A. Singh, Haematology", "Printed", "2025-09-04 06:30"]],
          head=False, z=8.3, fonts=["SB", None, "SB", None], style="grid")
    dt = "2025-09-03"
    secs = [("HEMATOLOGY", [
        ("Hemoglobin (g/L)", "Hemoglobin", ["Hgb"], "g/L", "98 (L)", "120-160"),
        ("WBC (x10E9/L)", "White blood cell count", ["WBC"], "x10E9/L", "6.2", "4.0-11.0"),
        ("Platelets (x10E9/L)", "Platelet count", ["Platelets"], "x10E9/L", "388", "150-400"),
        ("MCV (fL)", "Mean corpuscular volume", ["MCV"], "fL", "71 (L)", "80-100")]),

        ("CHEMISTRY", [
        ("Ferritin (ug/L)", "Ferritin", [], "ug/L", "6 (L)", "20-200"),
        ("Creatinine (umol/L)", "Creatinine", [], "umol/L", "58", "50-100"),
        ("Sodium (mmol/L)", "Sodium", [], "mmol/L", "138", "135-145"),
        ("Potassium (mmol/L)", "Potassium", [], "mmol/L", "6.2 (HH)", "3.5-5.0"),
        ("Glucose, random (mmol/L)", "Glucose", ["Glucose, random"], "mmol/L", "5.4", "3.3-11.0"),
        ("ALT (U/L)", "Alanine aminotransferase", ["ALT"], "U/L", "18", "<40"),
        ("TSH (mU/L)", "Thyroid stimulating hormone", ["TSH"], "mU/L", "3.1", "0.32-4.00"),
        ("Vitamin B12 (pmol/L)", "Vitamin B12", [], "pmol/L", "212", ">150")])]
    for title, items in secs:
        d.h(title, z=9.5)
        body = [["Test (units)", "Result", "Reference interval"]]
        for pn, tn, al, u, v, r in items:
            body.append([pn, v, r])
            d.lab(tn, v, u, r, dt, aliases=al)
        d.tbl([200, 110, 150], body, z=8.6, style="rules", shade=None, fonts=[None, "SB", None])
    d.h("PENDING", z=9.5)
    d.p("Folate, RBC - pending (referred out).   Tissue transglutaminase IgA (celiac screen) - pending.", z=8.6)
    d.mn("labs", "Folate", "other", "pending")
    d.mn("labs", "Tissue transglutaminase IgA", "other", "pending")
    d.y += 4
    d.p("Critical result: Potassium 6.2 (HH) telephoned to Dr Okafor's on-call service 2025-09-03 11:52 by "
        "T. Bird, MLT; read-back confirmed. Specimen not hemolyzed. Recommend repeat.", z=8.3, f="SO")
    d.p("Flags: (H) high, (L) low, (HH)/(LL) critical. Units are shown in brackets after each test name.", z=7.8)
    return d


def doc24():
    d = Doc(24, "United States (Colorado)", "np_progress_note", "medical_record",
            "nurse practitioner progress note (negatives)", size=LETTER, dstyles=("m/d/Y",))
    W = d.W

    def head(dd):
        dd.t(dd.m, 38, "Front Range Family Health (fictitious)", "SB", 11)
        dd.t(dd.m, 50, "1412 Laporte Ave, Fort Collins, CO 80521  |  (970) 555-0162", "S", 7.8)
        dd.t(W - dd.m, 38, "PROGRESS NOTE", "SB", 10, a="r")
        dd.t(W - dd.m, 50, "KOWALSKI, Ryan T.  |  DOB 04/17/1980  |  MRN FRFH-330928", "S", 7.8, a="r")
        dd.line(dd.m, 56, W - dd.m, 56, 0.8)
        dd.y = 62

    def foot(dd):
        dd.t(W - dd.m, dd.H - 18, f"Page {dd.page}", "S", 7, a="r")

    d.on_page = head
    d.footer_extra = foot
    head(d)
    d.kv([("Date of service:", "06/10/2025   Visit type: Office visit, established patient (in person)"),
          ("Provider:", "Jessica Alvarez, MSN, FNP-C (fictitious)"),
          ("Chief complaint:", "Blood pressure follow-up; feeling anxious and sleeping poorly")], kw=90, z=8.8)
    d.h("History of present illness", z=9.8)
    d.p("45-year-old man here for follow-up of hypertension. Home readings 140s/90s despite lisinopril 10 mg. Reports "
        "3 months of constant worry about work, restlessness and poor sleep; GAD-7 score 14. Denies chest pain, "
        "palpitations, shortness of breath, headaches or vision changes. Denies suicidal ideation. He stopped the "
        "over-the-counter naproxen 220 mg he was taking for his back two weeks ago after reading it can raise blood "
        "pressure. His wife reports loud snoring.", z=9)
    d.h("Past medical history", z=9.8)
    d.p("Hypertension (2021). Hyperlipidemia. Prediabetes. Plantar fasciitis, resolved 2023. No history of diabetes, "
        "stroke, or kidney disease. No prior surgeries.", z=9)
    d.h("Medications (reviewed today)", z=9.8)
    d.p("Lisinopril 20 mg PO daily (increased today from 10 mg); atorvastatin 20 mg PO daily; fish oil 1000 mg PO "
        "daily (OTC). Naproxen 220 mg PRN - discontinued by patient.", z=9)
    d.h("Allergies", z=9.8)
    d.p("NKDA. No food or latex allergies.", z=9)
    d.h("Social and family history", z=9.8)
    d.p("Software engineer, married, two children. Denies tobacco use; 2-3 beers per week; no drug use. Father with "
        "CAD (CABG at 61); mother with breast cancer. No family history of sudden cardiac death.", z=9)
    d.h("Review of systems", z=9.8)
    d.p("Constitutional: no fever, no weight loss. CV: no chest pain, no edema. Resp: no cough, no wheeze. "
        "GI: no abdominal pain. Neuro: no numbness or weakness. Psych: positive for anxiety and insomnia; negative "
        "for depression and suicidal ideation. All other systems reviewed and negative.", z=9)
    d.h("Vital signs", z=9.8)
    d.tbl([90, 80, 80, 80, 90, 90], [["BP", "HR", "Temp", "SpO2", "Weight", "BMI"],
                                     ["142/90 mmHg", "82 bpm", "98.4 °F", "98 %", "214 lb", "29.8 kg/m2"]],
          z=8.6, style="grid")
    d.vit("blood_pressure", "142/90", "mmHg")
    d.vit("heart_rate", "82", "bpm")
    d.vit("temperature", "98.4", "°F")
    d.vit("oxygen_saturation", "98", "%")
    d.vit("weight", "214", "lb")
    d.vit("bmi", "29.8", "kg/m2")
    d.newpage()
    d.h("Exam", z=9.8)
    d.p("Alert, mildly anxious. Neck circumference 17 in. Heart regular, no murmur. Lungs clear. No edema. "
        "Mood anxious, affect congruent, thought process linear.", z=9)
    d.h("Results reviewed (drawn 06/02/2025)", z=9.8)
    d.tbl([160, 70, 80, 100], [["Test", "Result", "Units", "Reference"],
                               ["Hemoglobin A1c", "6.1 H", "%", "4.0-5.6"],
                               ["LDL cholesterol", "118 H", "mg/dL", "<100"],
                               ["Creatinine", "0.94", "mg/dL", "0.76-1.27"],
                               ["Potassium", "4.4", "mmol/L", "3.5-5.2"]], z=8.6, style="rules", shade=None)
    dt = "2025-06-02"
    d.lab("Hemoglobin A1c", "6.1 H", "%", "4.0-5.6", dt, aliases=["HbA1c"])
    d.lab("LDL cholesterol", "118 H", "mg/dL", "<100", dt)
    d.lab("Creatinine", "0.94", "mg/dL", "0.76-1.27", dt)
    d.lab("Potassium", "4.4", "mmol/L", "3.5-5.2", dt)
    d.h("Assessment and plan", z=9.8)
    d.p("1. Essential hypertension (I10), not at goal - increase lisinopril to 20 mg daily; BMP in 2 weeks. If BP "
        "remains above 130/80 at follow-up, consider adding amlodipine.\n"
        "2. Generalized anxiety disorder (F41.1), new - start sertraline 25 mg PO daily; hydroxyzine 25 mg PO every "
        "6 hours as needed for acute anxiety. Counseling referral placed.\n"
        "3. Snoring, daytime fatigue, STOP-BANG 4 - rule out obstructive sleep apnea; home sleep study ordered.\n"
        "4. Prediabetes (R73.03) - lifestyle counseling; repeat A1c in 6 months.\n"
        "5. Hyperlipidemia - continue atorvastatin.\n"
        "6. Health maintenance: declined influenza vaccine today; Tdap due (last 2014).", z=9)
    d.y += 6
    d.p("Follow-up in 4 weeks. Total time 40 minutes. Electronically signed by Jessica Alvarez, FNP-C on 06/10/2025 "
        "17:22.", z=8.5, f="SO")
    d.med("lisinopril", "20", "mg", "oral", "daily", status="changed")
    d.med("atorvastatin", "20", "mg", "oral", "daily")
    d.med("fish oil", "1000", "mg", "oral", "daily")
    d.med("sertraline", "25", "mg", "oral", "daily", status="new")
    d.med("hydroxyzine", "25", "mg", "oral", "every 6 hours as needed", status="new")
    d.med("naproxen", "220", "mg", "oral", "PRN", status="stopped")
    d.cond("Essential hypertension", icd="I10")
    d.cond("Generalized anxiety disorder", icd="F41.1")
    d.cond("Prediabetes", icd="R73.03")
    d.cond("Hyperlipidemia")
    d.cond("Insomnia", optional=True)
    for n in ("chest pain", "palpitations", "shortness of breath", "suicidal ideation", "diabetes", "stroke",
              "kidney disease", "depression"):
        d.mn("conditions", n, "negated", "denied / no history")
    d.mn("allergies", "NKDA", "negated", "no known drug allergies")
    d.mn("allergies", "latex", "negated", "no latex allergy")
    d.mn("conditions", "CAD", "family", "father")
    d.mn("conditions", "breast cancer", "family", "mother")
    d.mn("conditions", "Plantar fasciitis", "historical", "resolved 2023")
    d.mn("conditions", "obstructive sleep apnea", "other", "rule out")
    d.mn("medications", "amlodipine", "planned", "consider if BP not at goal")
    d.mn("immunizations", "influenza vaccine", "other", "declined")
    d.mn("immunizations", "Tdap", "due", "due")
    return d

DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14, doc15, doc16, doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24]


# =====================================================================================
# scans, checks, output
# =====================================================================================
def degrade(d, pdf_bytes):
    sc = d.scan
    nr = np.random.default_rng(int(hashlib.sha256(f"{SEED}:{d.stem}:scan".encode()).hexdigest()[:12], 16))
    pdf = pdfium.PdfDocument(pdf_bytes)
    pages = []
    sc["angles"] = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=sc["dpi"] / 72.0).to_pil().convert("RGB")
        pdf[i].close()
        ang = round(sc["rot"] * (1 if i % 2 == 0 else -0.8), 2)
        sc["angles"].append(ang)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 250))
        im = im.filter(ImageFilter.GaussianBlur(radius=sc.get("blur", 0.75)))
        a = np.asarray(im).astype(np.float32) / 255.0
        h, w = a.shape[:2]
        tone = np.array(sc.get("tone", (247, 241, 226)), dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = sc.get("light", (0.8, 0.3))
        light = 1.0 - 0.11 * ((xx / w - gx) ** 2 * 1.6 + (yy / h - gy) ** 2) - 0.05 * (xx / w)
        a = a * tone[None, None, :] * light[:, :, None]
        a += nr.normal(0.0, sc.get("noise", 5.0), a.shape[:2])[:, :, None]
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
        if sc["fmt"] == "png":
            im = im.convert("L")
        pages.append(im)
    pdf.close()
    return pages


def write_doc(d, pdf_bytes, out):
    path = os.path.join(out, "docs", f"{d.stem}.{d.ext}")
    if not d.scan:
        open(path, "wb").write(pdf_bytes)
        return
    pages = degrade(d, pdf_bytes)
    if d.ext == "jpg":
        assert len(pages) == 1
        pages[0].save(path, "JPEG", quality=84, optimize=False)
    elif d.ext == "png":
        assert len(pages) == 1
        pages[0].save(path, "PNG", optimize=False, compress_level=6)
    else:
        tmpd = os.path.join(WORK, "scan_tmp")  # fixed path: reportlab names images after the file path
        os.makedirs(tmpd, exist_ok=True)
        cv = canvas.Canvas(path, pagesize=(d.W, d.H), invariant=1)
        cv.setAuthor("docpipe heldout13 generator (synthetic)")
        for i, im in enumerate(pages):
            jp = os.path.join(tmpd, f"{d.stem}_{i}.jpg")
            im.save(jp, "JPEG", quality=80)
            w, h = im.size
            scale = min(d.W / w, d.H / h)
            cv.drawImage(jp, (d.W - w * scale) / 2, (d.H - h * scale) / 2, w * scale, h * scale)
            cv.showPage()
        cv.save()
        shutil.rmtree(tmpd)


class Hay:
    def __init__(self, text, strip):
        self.strip = strip
        self.raw = self._n(text)
        self.low = self.raw.lower()

    def _n(self, s):
        s = s.replace("\u00a0", " ").replace("\r", " ").replace("\ufffe", "").replace("\x02", "")
        return re.sub(r"\s+", "" if self.strip else " ", s).strip()

    def has(self, needle, ci=False):
        n = self._n(str(needle))
        return (n.lower() in self.low) if ci else (n in self.raw)


ROUTES = {"oral": ["oral", "PO", "by mouth", "p.o.", "tab", "orally"],
          "subcutaneous": ["subcutaneous", "SC", "s/c", "subcut", "SUBCUT"],
          "intramuscular": ["intramuscular", "IM"], "inhaled": ["inhaled", "inh", "puffs", "inhaler"],
          "topical": ["topical", "apply"], "intravenous": ["intravenous", "IV"],
          "sublingual": ["sublingual", "SL"], "intranasal": ["intranasal", "nasal"],
          "ophthalmic": ["ophthalmic", "eye"], "transdermal": ["transdermal", "patch"],
          "rectal": ["rectal", "PR"], "vaginal": ["vaginal", "PV"]}


def check_rows(d, hay, where, vocab):
    errs = []

    def need(cond, msg):
        if not cond:
            errs.append(f"{d.stem} [{where}] {msg}")

    def has_date(iso):
        return any(hay.has(D(iso, st)) for st in d.dstyles)

    def has_num(x):
        return any(hay.has(s) for s in fnum(x))

    for m in d.T["medications"]:
        need(hay.has(m["name"], True) or (m["brand"] and hay.has(m["brand"], True)), f"med name {m['name']}")
        if m["brand"]:
            need(hay.has(m["brand"], True), f"med brand {m['brand']}")
        for k in ("dose", "unit", "frequency"):
            if m[k]:
                need(hay.has(m[k], True), f"med {k} {m[k]} ({m['name']})")
        if m["route"]:
            need(any(hay.has(r, True) for r in ROUTES.get(m["route"], [m["route"]])), f"route {m['route']}")
        need(m["status"] in vocab["MedicationStatus"], f"status {m['status']}")
    for l in d.T["labs"]:
        need(hay.has(l["test_name"], True) or any(hay.has(a, True) for a in l["aliases"]), f"lab {l['test_name']}")
        need(hay.has(l["value_text"]), f"lab value {l['test_name']}={l['value_text']}")
        if l["unit"]:
            need(hay.has(l["unit"], True), f"lab unit {l['unit']}")
        for k in ("reference_low", "reference_high"):
            if l[k] is not None:
                need(has_num(l[k]), f"lab {k} {l[k]}")
        if l["reference_text"]:
            need(hay.has(l["reference_text"], True), f"lab reftext {l['reference_text']}")
        need(l["date"] is None or has_date(l["date"]), f"lab date {l['date']} {l['test_name']}")
        if l["value_numeric"] is not None:
            need(abs(float(l["value_text"]) - l["value_numeric"]) < 1e-9, "numeric")
    for v in d.T["vitals"]:
        need(v["kind"] in vocab["VitalKind"], f"vital kind {v['kind']}")
        need(hay.has(v["value_text"]), f"vital value {v['value_text']}")
        if v["unit"]:
            need(hay.has(v["unit"], True), f"vital unit {v['unit']}")
    for a in d.T["allergies"]:
        need(hay.has(a["substance"], True), f"allergy {a['substance']}")
        if a["reaction"]:
            need(hay.has(a["reaction"], True), f"reaction {a['reaction']}")
        if a["severity"]:
            need(hay.has(a["severity"], True), f"severity {a['severity']}")
    for c in d.T["conditions"]:
        need(hay.has(c["name"], True) or any(hay.has(a, True) for a in c["aliases"]), f"cond {c['name']}")
        if c["icd10_code"]:
            need(hay.has(c["icd10_code"]), f"icd {c['icd10_code']}")
    for i in d.T["immunizations"]:
        need(hay.has(i["vaccine"], True) or (i["brand"] and hay.has(i["brand"], True)), f"vaccine {i['vaccine']}")
        if i["brand"]:
            need(hay.has(i["brand"], True), f"vaccine brand {i['brand']}")
        if i["lot_number"]:
            need(hay.has(i["lot_number"]), f"lot {i['lot_number']}")
        need(i["administered_on"] is None or has_date(i["administered_on"]), f"imm date {i['administered_on']}")
    for m in d.MN:
        need(hay.has(m["name"], True), f"must_not name {m['name']}")
    return errs


WHY = {"negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet", "other"}
CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")


def check_truth_file(path, out, vocab):
    errs = []
    t = json.load(open(path, encoding="utf-8"))
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")

    def isodate(s):
        if not (isinstance(s, str) and iso.match(s)):
            return False
        try:
            date.fromisoformat(s)
            return True
        except ValueError:
            return False

    if t["document_type"] not in vocab["DocumentType"]:
        errs.append(f"{path}: document_type")
    if not os.path.exists(os.path.join(out, t["file"])):
        errs.append(f"{path}: file missing")
    for l in t["labs"]:
        if l["date"] is not None and not isodate(l["date"]):
            errs.append(f"{path}: lab date {l['date']}")
        if l["flag"] not in (None, "normal", "high", "low", "critical", "abnormal"):
            errs.append(f"{path}: flag")
    for i in t["immunizations"]:
        if i["administered_on"] is not None and not isodate(i["administered_on"]):
            errs.append(f"{path}: imm date")
    for v in t["vitals"]:
        if v["kind"] not in vocab["VitalKind"]:
            errs.append(f"{path}: vital kind")
    for m in t["medications"]:
        if m["status"] not in vocab["MedicationStatus"]:
            errs.append(f"{path}: med status")
        if m["status"] in ("stopped", "held", "completed"):
            names = {x["name"].lower() for x in t["must_not"] if x["category"] == "medications"}
            if m["name"].lower() not in names and (m["brand"] or "").lower() not in names:
                errs.append(f"{path}: stopped med {m['name']} lacks must_not")
    for x in t["must_not"]:
        if x["why"] not in WHY or x["category"] not in CATS:
            errs.append(f"{path}: must_not why/category {x}")
    for cat in CATS:
        n_opt = sum(1 for r in t[cat] if r.get("optional"))
        if n_opt > 1:
            errs.append(f"{path}: too many optional in {cat}")
    if sum(1 for cat in CATS for r in t[cat] if r.get("optional")) > 1:
        errs.append(f"{path}: more than 1 optional row")
    return errs


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def write_manifest(out):
    files = []
    for sub in ("docs", "truth"):
        files += sorted(f"{sub}/{f}" for f in os.listdir(os.path.join(out, sub)))
    files += ["make_heldout13.py", "README.md"]
    lines = [f"{sha(os.path.join(out, f))}  {f}" for f in files]
    open(os.path.join(out, "MANIFEST.sha256"), "w").write("\n".join(lines) + "\n")
    return len(lines)


def check_manifest(out):
    bad = 0
    lines = open(os.path.join(out, "MANIFEST.sha256")).read().splitlines()
    for ln in lines:
        h, f = ln.split("  ", 1)
        p = os.path.join(out, f)
        if not os.path.exists(p) or sha(p) != h:
            print("MISMATCH", f)
            bad += 1
    listed = {ln.split("  ", 1)[1] for ln in lines}
    for sub in ("docs", "truth"):
        for f in os.listdir(os.path.join(out, sub)):
            if f"{sub}/{f}" not in listed:
                print("UNLISTED", f"{sub}/{f}")
                bad += 1
    if len(lines) < 50:
        print("manifest too short")
        bad += 1
    print(f"manifest entries: {len(lines)}, problems: {bad}")
    return bad == 0


CONVENTIONS = """- A row is a current fact that a careful clinician would enter in the record from this
  document. Lab rows carry the collection date of their column or row, one row per value per
  date. Previous-result columns and cumulative columns therefore give rows with their own
  dates.
- `flag`: the printed flag (H/L -> high/low, HH/LL or "critical" -> critical,
  reactive/positive -> abnormal). If no flag is printed and a reference is printed, the flag
  is "normal". With no reference it is null.
- Stopped, held and completed medicines are rows with that status AND a must_not row
  (why "stopped"). One-off doses given in a clinic, ED or ward are must_not rows only (why
  "other").
- Due, planned, declined or not-indicated vaccines, and negated, family, planned, ruled-out
  or suspected conditions and allergies, are must_not rows only. A resolved past problem is
  a must_not row with why "historical". Declined or not-indicated vaccines, pending results
  and suspected diagnoses use why "other". Conditions or medicines named only in patient
  leaflet / advice text use why "leaflet". Items ticked "No" on a form use why
  "checkbox_no". Planned/to-start medicines use why "planned".
- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart
  from the document alone.
- must_not `why` is one of: negated, family, historical, planned, due, stopped, checkbox_no,
  leaflet, other."""


def write_readme(out, recs):
    tot = {c: sum(r["counts"][c] for r in recs) for c in CATS}
    why = {}
    for r in recs:
        for k, v in r["why"].items():
            why[k] = why.get(k, 0) + v
    L = ["# Held-out extraction test set 13", "",
         "**Status:** held out. Written and frozen (unscored) before the next rule changes.", "",
         "Synthetic English-language medical documents from 24 countries / health systems, with",
         "hand-written ground truth. Every person, id, address, phone number, clinic and lot number",
         f"is invented, and every page carries the footer `{FOOTER}`.", "",
         "## How it was made", "",
         "- `make_heldout13.py` holds all document content and truth by hand. Each document is drawn",
         "  with reportlab (`invariant=1`, so output is byte-stable); handwriting-like entries use an",
         "  oblique/italic DejaVu font drawn character by character with jitter in size, baseline and",
         "  angle; tick boxes are drawn as vector strokes.",
         "- Scans are rendered with pypdfium2 at 150-200 dpi, rotated 0.5-2.5 degrees, blurred,",
         "  toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG, or an",
         "  image-only PDF (no text layer).",
         "- Randomness comes only from `random.Random` / numpy generators seeded with fixed strings.",
         "- Self-checks (the build fails loudly): truth parses and uses schema.py vocabulary",
         "  (DocumentType, VitalKind, MedicationStatus) and ISO dates; every key value, name and date",
         "  of every truth row, and every must_not name, is in the text drawn into the document and,",
         "  for digital PDFs, in the pypdfium2 text layer; stopped/held/completed medicines have",
         "  must_not rows; scans have no text layer and a rotation of 0.5-2.5 degrees.",
         "- `python make_heldout13.py` rebuilds everything; `--check` verifies `MANIFEST.sha256`;",
         "  `--determinism` builds twice under `/tmp/heldout13_work` and compares the manifests.", "",
         "## Truth conventions", "", CONVENTIONS, "",
         "## Totals", "",
         f"- Documents: {len(recs)}; pages: {sum(r['pages'] for r in recs)}; scans: "
         f"{sum(1 for r in recs if r['scan'])}; with handwriting: {sum(1 for r in recs if r['hand'])}",
         "- Scored rows: " + ", ".join(f"{c} {tot[c]}" for c in CATS) + f"; total {sum(tot.values())}",
         f"- must_not rows: {sum(why.values())} (" + ", ".join(f"{k} {why[k]}" for k in sorted(why)) + ")",
         "", "## Documents", "",
         "| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
         "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in recs:
        L.append(f"| {r['num']} | `{r['file']}` | {r['country']} | {r['doctype']} | {r['label']} | {r['pages']} | "
                 f"{r['scan'] or 'no'} | {'yes' if r['hand'] else 'no'} | {r['datestyle']} | {r['rows']} | {r['mn']} |")
    open(os.path.join(out, "README.md"), "w").write("\n".join(L) + "\n")
    return tot, why


def build(out):
    vocab = schema_vocab()
    for sub in ("docs", "truth"):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    me = os.path.abspath(__file__)
    if os.path.abspath(os.path.join(out, "make_heldout13.py")) != me:
        shutil.copyfile(me, os.path.join(out, "make_heldout13.py"))
    errs, recs, countries = [], [], set()
    for fn in DOCS:
        d = fn()
        d.autofill()
        pdf_bytes = d.finish()
        if d.country in countries:
            errs.append(f"duplicate country {d.country}")
        countries.add(d.country)
        drawn = Hay(d.alltext(), False)
        errs += check_rows(d, drawn, "drawn", vocab)
        if d.scan:
            if not (150 <= d.scan["dpi"] <= 200):
                errs.append(f"{d.stem}: dpi")
        else:
            pdf = pdfium.PdfDocument(pdf_bytes)
            layer = ""
            for pg in pdf:
                tp = pg.get_textpage()
                layer += tp.get_text_range() + "\n"
                tp.close()
                pg.close()
            pdf.close()
            errs += check_rows(d, Hay(layer, True), "textlayer", vocab)
            if FOOTER.replace(" ", "") not in layer.replace(" ", "").replace("\r", "").replace("\n", ""):
                errs.append(f"{d.stem}: footer missing in text layer")
        for i, pg in enumerate(d.drawn):
            if FOOTER not in pg:
                errs.append(f"{d.stem}: footer missing on page {i + 1}")
        write_doc(d, pdf_bytes, out)
        if d.scan:
            if any(not (0.5 <= abs(a) <= 2.5) for a in d.scan["angles"]):
                errs.append(f"{d.stem}: rotation out of range {d.scan['angles']}")
            if d.ext == "pdf":
                pdf = pdfium.PdfDocument(os.path.join(out, "docs", f"{d.stem}.pdf"))
                for pg in pdf:
                    tp = pg.get_textpage()
                    if tp.get_text_range().strip():
                        errs.append(f"{d.stem}: scan has a text layer")
                    tp.close()
                    pg.close()
                pdf.close()
        tpath = os.path.join(out, "truth", f"{d.stem}.json")
        json.dump(d.truth(), open(tpath, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
        open(tpath, "a").write("\n")
        errs += check_truth_file(tpath, out, vocab)
        t = d.truth()
        whyc = {}
        for m in t["must_not"]:
            whyc[m["why"]] = whyc.get(m["why"], 0) + 1
        recs.append({"num": d.num, "file": t["file"], "country": d.country, "doctype": d.doctype,
                     "label": d.label, "pages": d.page,
                     "scan": (f"{d.ext.upper()} {d.scan['dpi']} dpi" if d.scan else None),
                     "hand": d.hand_used, "datestyle": d.datestyle,
                     "rows": sum(len(t[c]) for c in CATS), "mn": len(t["must_not"]),
                     "counts": {c: len(t[c]) for c in CATS}, "why": whyc})
    if len(recs) != 24:
        errs.append(f"expected 24 documents, got {len(recs)}")
    tot, why = write_readme(out, recs)
    n = write_manifest(out)
    if errs:
        print("\n".join(errs))
        raise SystemExit(f"SELF-CHECK FAILED: {len(errs)} problems")
    pages = sum(r["pages"] for r in recs)
    print(f"OK docs={len(recs)} pages={pages} scans={sum(1 for r in recs if r['scan'])} "
          f"hand={sum(1 for r in recs if r['hand'])} rows={sum(tot.values())} {tot} "
          f"must_not={sum(why.values())} {why} manifest={n}")
    return recs


def determinism():
    a, b = os.path.join(WORK, "detA"), os.path.join(WORK, "detB")
    for o in (a, b):
        os.makedirs(o, exist_ok=True)
        subprocess.run([sys.executable, os.path.abspath(__file__), "--out", o], check=True)
    ma = open(os.path.join(a, "MANIFEST.sha256")).read()
    mb = open(os.path.join(b, "MANIFEST.sha256")).read()
    here = os.path.join(HERE, "MANIFEST.sha256")
    same_here = os.path.exists(here) and open(here).read() == ma
    print(f"determinism: A==B {ma == mb}; A==repo copy {same_here}")
    if ma != mb:
        raise SystemExit("DETERMINISM FAILED")
    return ma == mb


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("--only", type=int, default=None)
    args = ap.parse_args()
    if args.check:
        sys.exit(0 if check_manifest(args.out) else 1)
    if args.determinism:
        determinism()
        return
    if args.only:
        global DOCS
        DOCS = [DOCS[args.only - 1]]
    build(args.out)


if __name__ == "__main__":
    main()
