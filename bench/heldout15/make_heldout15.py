#!/usr/bin/env python
"""Build held-out extraction test set 15 (docpipe).

All document content and ground truth below is written by hand. Randomness is used only
for drawing (handwriting jitter, scan degradation) and comes from generators seeded with
fixed strings, so every build is byte-identical.

Usage:
    python make_heldout15.py                # build docs/, truth/, MANIFEST.sha256 (+ README if absent)
    python make_heldout15.py --check        # verify MANIFEST.sha256
    python make_heldout15.py --determinism  # build twice under /tmp/heldout15_work and compare
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import importlib.util
import io
import json
import os
import random
import re
import shutil
import sys
import typing

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_PATH = os.path.normpath(os.path.join(HERE, "..", "..", "pipeline", "clinical", "schema.py"))
WORK = "/tmp/heldout15_work"
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "S": "DejaVuSans.ttf", "SB": "DejaVuSans-Bold.ttf", "SO": "DejaVuSans-Oblique.ttf",
    "SC": "DejaVuSansCondensed.ttf", "SCB": "DejaVuSansCondensed-Bold.ttf",
    "SE": "DejaVuSerif.ttf", "SEB": "DejaVuSerif-Bold.ttf", "SEI": "DejaVuSerif-Italic.ttf",
    "M": "DejaVuSansMono.ttf", "MB": "DejaVuSansMono-Bold.ttf",
    "H": "DejaVuSansCondensed-Oblique.ttf", "H2": "DejaVuSerifCondensed-Italic.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, os.path.join(FONT_DIR, _f)))
BOLD = {"S": "SB", "SC": "SCB", "SE": "SEB", "M": "MB"}
INK = (0.09, 0.14, 0.46)


# --------------------------------------------------------------------------- drawing
class Doc:
    """A flowing page canvas that records every string it draws."""

    def __init__(self, path, stem, pagesize=A4, font="S", size=9.0, header=None, total=None,
                 accent=(0.15, 0.3, 0.5)):
        self.path, self.stem = path, stem
        self.W, self.H = pagesize
        self.lm, self.rm, self.tm, self.bm = 18 * mm, 18 * mm, 14 * mm, 20 * mm
        self.cw = self.W - self.lm - self.rm
        self.font, self.size = font, size
        self.header = header
        self.total = total
        self.accent = accent
        self.page = 1
        self.drawn: list[str] = []
        self.rng = random.Random("heldout15-hand-" + stem)
        self.c = rl_canvas.Canvas(path, pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle("Synthetic test document " + stem)
        self.c.setAuthor("heldout15 synthetic")
        self.c.setCreator("make_heldout15.py")
        self.c.setProducer("reportlab")
        self.y = self.H - self.tm

    # ---- primitives
    def rec(self, s):
        if s:
            self.drawn.append(s)

    def text(self, x, y, s, font=None, size=None, color=(0, 0, 0), align="l"):
        font, size = font or self.font, size or self.size
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        if align == "r":
            self.c.drawRightString(x, y, s)
        elif align == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        self.c.setFillColorRGB(0, 0, 0)
        self.rec(s)

    def hand(self, x, y, s, size=10.5, font="H", color=INK, record=True):
        """Handwriting-like text: drawn character by character with jitter."""
        r = self.rng
        cx = x
        for ch in s:
            sz = size * (1 + r.uniform(-0.09, 0.09))
            if ch == " ":
                cx += pdfmetrics.stringWidth(" ", font, sz) * r.uniform(0.9, 1.3)
                continue
            self.c.saveState()
            self.c.setFillColorRGB(*color)
            self.c.translate(cx, y + r.uniform(-0.9, 0.9))
            self.c.rotate(r.uniform(-5, 5))
            self.c.setFont(font, sz)
            self.c.drawString(0, 0, ch)
            self.c.restoreState()
            cx += pdfmetrics.stringWidth(ch, font, sz) * r.uniform(0.95, 1.08)
        if record:
            self.rec(s)
        return cx

    def tick(self, x, y, checked, s=8.5):
        """A vector tick box; checked boxes get a hand-drawn tick stroke."""
        c = self.c
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y, s, s, stroke=1, fill=0)
        if checked:
            r = self.rng
            c.setStrokeColorRGB(*INK)
            c.setLineWidth(1.4)
            p = c.beginPath()
            p.moveTo(x + 1.2 + r.uniform(-0.5, 0.5), y + s * 0.5 + r.uniform(-0.5, 0.5))
            p.lineTo(x + s * 0.42, y + 1.0 + r.uniform(-0.4, 0.4))
            p.lineTo(x + s + 2.5 + r.uniform(-0.8, 0.8), y + s + 2.5 + r.uniform(-0.8, 0.8))
            c.drawPath(p, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.5)

    # ---- page flow
    def footer(self):
        c = self.c
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.setLineWidth(0.4)
        c.line(self.lm, 14 * mm, self.W - self.rm, 14 * mm)
        self.text(self.lm, 10 * mm, FOOTER, "S", 7.5, (0.25, 0.25, 0.25))
        tot = f" of {self.total}" if self.total else ""
        self.text(self.W - self.rm, 10 * mm, f"Page {self.page}{tot}", "S", 7.5, (0.25, 0.25, 0.25), "r")

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.tm
        if self.header:
            self.text(self.lm, self.y - 6, self.header, "S", 7.5, (0.3, 0.3, 0.3))
            self.c.setLineWidth(0.3)
            self.c.line(self.lm, self.y - 10, self.W - self.rm, self.y - 10)
            self.y -= 22

    def need(self, h):
        if self.y - h < self.bm:
            self.newpage()

    def sp(self, pts=6):
        self.y -= pts

    def finish(self):
        self.footer()
        self.c.showPage()
        self.c.save()
        return self.page

    # ---- blocks
    def letterhead(self, org, lines, right=(), size=13, logo=True, font="SB"):
        c = self.c
        x = self.lm
        top = self.y
        if logo:
            c.setStrokeColorRGB(*self.accent)
            c.setFillColorRGB(*self.accent)
            c.setLineWidth(1.6)
            c.circle(x + 13, top - 14, 12, stroke=1, fill=0)
            c.rect(x + 10.5, top - 23, 5, 18, stroke=0, fill=1)
            c.rect(x + 4, top - 16.5, 18, 5, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            x += 32
        self.text(x, top - 10, org, font, size, self.accent)
        yy = top - 10 - size * 0.9
        for ln in lines:
            self.text(x, yy, ln, "S", 7.8)
            yy -= 9.5
        ry = top - 8
        for ln in right:
            self.text(self.W - self.rm, ry, ln, "S", 7.8, align="r")
            ry -= 9.5
        self.y = min(yy, ry, top - 30) - 3
        c.setStrokeColorRGB(*self.accent)
        c.setLineWidth(1.2)
        c.line(self.lm, self.y, self.W - self.rm, self.y)
        c.setStrokeColorRGB(0, 0, 0)
        self.y -= 14

    def title(self, s, size=12.5, font="SB", align="c"):
        self.need(size + 6)
        x = {"c": self.W / 2, "l": self.lm, "r": self.W - self.rm}[align]
        self.text(x, self.y - size * 0.8, s, font, size, align=align)
        self.y -= size + 7

    def h(self, s, size=9.8, bar=True):
        self.need(size + 22)
        self.y -= 3
        if bar:
            self.c.setFillColorRGB(0.88, 0.9, 0.93)
            self.c.rect(self.lm, self.y - size - 2.5, self.cw, size + 5, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        self.text(self.lm + 3, self.y - size + 0.5, s, "SB", size)
        self.y -= size + 9

    def p(self, s, font=None, size=None, lead=None, indent=0, width=None, after=4):
        font, size = font or self.font, size or self.size
        lead = lead or size * 1.32
        width = width or (self.cw - indent)
        lines = simpleSplit(s, font, size, width)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(self.lm + indent, self.y - size, ln)
            self.y -= lead
        self.rec(s)
        self.y -= after

    def bullets(self, items, **kw):
        for it in items:
            self.need(12)
            self.text(self.lm + 6, self.y - (kw.get("size") or self.size), "\u2022", self.font, kw.get("size") or self.size)
            self.p(it, indent=16, after=1, **kw)
        self.y -= 3

    def kv(self, pairs, cols=2, size=None, lw=None, rowh=None):
        """Label/value grid; a value may be ('h', text) for a handwritten entry."""
        size = size or self.size
        rowh = rowh or size * 1.65
        colw = self.cw / cols
        lw = lw or colw * 0.38
        for i in range(0, len(pairs), cols):
            nl = max(len(simpleSplit(v, self.font, size, colw - lw - 6)) if isinstance(v, str) and v else 1
                     for _, v in pairs[i:i + cols])
            self.need(rowh * nl)
            for j, (lab, val) in enumerate(pairs[i:i + cols]):
                x = self.lm + j * colw
                self.text(x, self.y - size, lab, "SB", size * 0.92)
                if isinstance(val, tuple) and val[0] == "h":
                    self.hand(x + lw, self.y - size, val[1], size * 1.15)
                    self.c.setLineWidth(0.3)
                    self.c.setStrokeColorRGB(0.5, 0.5, 0.5)
                    self.c.line(x + lw - 2, self.y - size - 2.5, x + colw - 8, self.y - size - 2.5)
                    self.c.setStrokeColorRGB(0, 0, 0)
                elif val:
                    for k, ln in enumerate(simpleSplit(val, self.font, size, colw - lw - 6)):
                        self.c.setFont(self.font, size)
                        self.c.drawString(x + lw, self.y - size - k * size * 1.25, ln)
                    self.rec(val)
            self.y -= rowh + (nl - 1) * size * 1.25
        self.y -= 3

    def table(self, header, rows, widths, size=None, font=None, pad=2.6, hfill=(0.86, 0.88, 0.92),
              grid=True, hfont=None, minh=None):
        """Ruled table. Cells: str, ('b', s) bold, ('h', s) handwriting, ('t', bool) tick box,
        ('i', s) italic, ('r', s) right aligned."""
        size = size or self.size - 0.5
        font = font or self.font
        hfont = hfont or BOLD.get(font, "SB")
        tot = sum(widths)
        cws = [w / tot * self.cw for w in widths]
        lead = size * 1.22

        def cell(c):
            if isinstance(c, tuple):
                return c[0], c[1]
            return "s", c

        def lines_of(c, w, f):
            k, v = cell(c)
            if k in ("t",):
                return 1
            if k == "h":
                return 1
            return max(1, len(simpleSplit(v or "", {"b": hfont, "i": "SO"}.get(k, f), size, w - 2 * pad)))

        def draw_row(row, f, fill=None):
            n = max(lines_of(c, w, f) for c, w in zip(row, cws))
            hgt = n * lead + 2 * pad + (minh or 0)
            x = self.lm
            if fill:
                self.c.setFillColorRGB(*fill)
                self.c.rect(self.lm, self.y - hgt, self.cw, hgt, stroke=0, fill=1)
                self.c.setFillColorRGB(0, 0, 0)
            for c, w in zip(row, cws):
                k, v = cell(c)
                ty = self.y - pad - size * 0.95
                if k == "t":
                    self.tick(x + w / 2 - 4, self.y - pad - 8.5, v)
                elif k == "h":
                    if v:
                        self.hand(x + pad + 1, ty - 0.5, v, size * 1.25)
                else:
                    ff = {"b": hfont, "i": "SO"}.get(k, f)
                    ls = simpleSplit(v or "", ff, size, w - 2 * pad)
                    for i, ln in enumerate(ls):
                        if k == "r":
                            self.c.setFont(ff, size)
                            self.c.drawRightString(x + w - pad, ty - i * lead, ln)
                        else:
                            self.c.setFont(ff, size)
                            self.c.drawString(x + pad, ty - i * lead, ln)
                    self.rec(v)
                if grid:
                    self.c.setLineWidth(0.45)
                    self.c.setStrokeColorRGB(0.35, 0.35, 0.35)
                    self.c.rect(x, self.y - hgt, w, hgt, stroke=1, fill=0)
                    self.c.setStrokeColorRGB(0, 0, 0)
                x += w
            if not grid:
                self.c.setLineWidth(0.25)
                self.c.setStrokeColorRGB(0.6, 0.6, 0.6)
                self.c.line(self.lm, self.y - hgt, self.lm + self.cw, self.y - hgt)
                self.c.setStrokeColorRGB(0, 0, 0)
            self.y -= hgt
            return hgt

        def row_h(row, f):
            return max(lines_of(c, w, f) for c, w in zip(row, cws)) * lead + 2 * pad + (minh or 0)

        if header:
            self.need(row_h(header, hfont) + row_h(rows[0], font) if rows else 0)
            draw_row(header, hfont, hfill)
        for row in rows:
            h = row_h(row, font)
            if self.y - h < self.bm:
                self.newpage()
                if header:
                    draw_row(header, hfont, hfill)
            draw_row(row, font)
        self.y -= 6

    def sign(self, name_hand, lines, size=12):
        self.need(50)
        self.sp(6)
        self.hand(self.lm + 4, self.y - 14, name_hand, size, font="H2")
        self.y -= 22
        for ln in lines:
            self.text(self.lm, self.y - self.size, ln)
            self.y -= self.size * 1.35
        self.y -= 4


# --------------------------------------------------------------------------- truth helpers
def _num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def M(name, brand, dose, unit, route, freq, status="active", **kw):
    r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
         "frequency": freq, "status": status}
    r.update(kw)
    return r


def L(test, value, unit, lo, hi, reftext, flag, date, aliases=(), num="auto", **kw):
    r = {"test_name": test, "value_text": value,
         "value_numeric": _num(value) if num == "auto" else num, "unit": unit,
         "reference_low": lo, "reference_high": hi, "reference_text": reftext, "flag": flag,
         "date": date, "aliases": list(aliases)}
    r.update(kw)
    return r


def V(kind, text, num, sec, unit):
    return {"kind": kind, "value_text": text, "value_numeric": num, "value_secondary": sec, "unit": unit}


def A(sub, reaction=None, severity=None, **kw):
    r = {"substance": sub, "reaction": reaction, "severity": severity}
    r.update(kw)
    return r


def C(name, status="active", icd=None, aliases=(), **kw):
    r = {"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)}
    r.update(kw)
    return r


def I(vaccine, date, dose=None, lot=None, brand=None, amb=False, **kw):
    r = {"vaccine": vaccine, "administered_on": date, "dose_number": dose, "lot_number": lot,
         "brand": brand, "date_ambiguous": amb}
    r.update(kw)
    return r


def N(cat, name, why, note=None):
    return {"category": cat, "name": name, "why": why, "note": note}


PFLAG = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "*": "critical",
         "C": "critical", "CRIT": "critical", "A": "abnormal", "R": "abnormal", "POS": "abnormal"}


def flag_of(printed, has_ref):
    """Map a printed flag to the truth flag, as the conventions say."""
    p = (printed or "").strip()
    if p:
        return PFLAG[p.upper()]
    return "normal" if has_ref else None


DOCS = []  # (number, stem, country, kind, meta, draw_fn, truth_fn)


def doc(num, stem, country, kind, document_type, ext="pdf", scan=None, hand=False, datestyle="",
        pagesize=A4):
    def deco(fn):
        DOCS.append(dict(num=num, stem=f"{num:02d}_{stem}", country=country, kind=kind,
                         document_type=document_type, ext=ext, scan=scan, hand=hand,
                         datestyle=datestyle, pagesize=pagesize, fn=fn))
        return fn
    return deco



# =========================================================================== documents
def lab_truth(rows, date):
    """rows: (name, value, printed_flag, unit, printed_ref, low, high[, aliases])."""
    out = []
    for r in rows:
        name, val, fl, unit, ref, lo, hi = r[:7]
        aliases = r[7] if len(r) > 7 else ()
        rt = None if (lo is not None and hi is not None) else (ref or None)
        out.append(L(name, val, unit, lo, hi, rt, flag_of(fl, bool(ref)), date, aliases))
    return out


def T(**kw):
    base = {k: [] for k in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations", "must_not")}
    base.update(kw)
    return base


# --------------------------------------------------------------------------- 01 Eritrea
@doc(1, "eritrea_cumulative_lab", "Eritrea", "lab report (cumulative, 3 dates)", "lab_result",
     datestyle="d/m/Y")
def d01(d):
    d.letterhead("Hadas Diagnostic Laboratory", [
        "Street 171-12, Godaif, Asmara, State of Eritrea",
        "Tel +291 1 18 40 27   Fax +291 1 18 40 29   hadaslab.er@example.org"],
        right=["CUMULATIVE REPORT", "Lab No. HDL/25/04417", "Printed: 11/03/2025"])
    d.kv([("Patient", "Selam Tesfamariam Ghebre"), ("Hospital No.", "ASM-0091837"),
          ("Sex / DOB", "F  /  22/06/1968"), ("Requested by", "Dr Yonas Habtezion (Renal OPD)"),
          ("Clinical details", "CKD stage 3b, ?iron deficiency anaemia"), ("Specimen", "Venous blood (EDTA / SST)")])
    dates = ["03/02/2025", "17/02/2025", "10/03/2025"]
    iso = ["2025-02-03", "2025-02-17", "2025-03-10"]
    # name, unit, ref printed, lo, hi, [(value, flag) per date], aliases
    tests = [
        ("Haemoglobin", "g/dL", "12.0 - 16.0", 12.0, 16.0, [("10.4", "L"), ("10.9", "L"), ("11.6", "L")], ["Hb"]),
        ("White cell count", "x10^9/L", "4.0 - 10.0", 4.0, 10.0, [("6.8", ""), ("7.2", ""), ("5.9", "")], ["WBC"]),
        ("Platelets", "x10^9/L", "150 - 400", 150.0, 400.0, [("212", ""), ("198", ""), ("240", "")], ["PLT"]),
        ("Mean cell volume", "fL", "80 - 100", 80.0, 100.0, [("76", "L"), ("77", "L"), ("79", "L")], ["MCV"]),
        ("Ferritin", "ug/L", "15 - 150", 15.0, 150.0, [("9", "L"), None, ("38", "")], []),
        ("Sodium", "mmol/L", "135 - 145", 135.0, 145.0, [("139", ""), ("141", ""), ("138", "")], ["Na"]),
        ("Potassium", "mmol/L", "3.5 - 5.1", 3.5, 5.1, [("5.4", "H"), ("4.9", ""), ("4.7", "")], ["K"]),
        ("Urea", "mmol/L", "2.5 - 7.8", 2.5, 7.8, [("9.1", "H"), ("8.4", "H"), ("7.6", "")], []),
        ("Creatinine", "umol/L", "45 - 90", 45.0, 90.0, [("132", "H"), ("128", "H"), ("121", "H")], ["Creat"]),
        ("eGFR (CKD-EPI)", "mL/min/1.73m2", ">60", 60.0, None, [("41", "L"), ("43", "L"), ("46", "L")], ["eGFR"]),
    ]
    rows, truth = [], []
    for name, unit, ref, lo, hi, vals, al in tests:
        cells = [("b", name)]
        for v, dd in zip(vals, iso):
            if v is None:
                cells.append("--")
                continue
            cells.append(f"{v[0]} {v[1]}".strip())
            rt = ref if hi is None else None
            truth.append(L(name, v[0], unit, lo, hi, rt, flag_of(v[1], True), dd, al))
        cells += [unit, ref]
        rows.append(cells)
    d.table([("b", "Test")] + [("b", x) for x in dates] + [("b", "Units"), ("b", "Ref. range")],
            rows, [30, 15, 15, 15, 16, 17])
    d.p("Flags: H = above reference range, L = below reference range. Ferritin was not requested on "
        "17/02/2025. Transferrin saturation on the 10/03/2025 sample is pending and will be reported "
        "separately.", size=8)
    d.p("Comment: Haemoglobin and ferritin improving since 03/02/2025 on oral iron. Potassium now within "
        "range. Renal function stable.", size=8.5)
    d.sign("T. Kidane", ["Tsega Kidane, BSc MLS - Authorised scientist", "Validated 11/03/2025 09:42"])
    return T(labs=truth,
             conditions=[C("CKD stage 3b", "active", aliases=["Chronic kidney disease stage 3b"], optional=True)],
             must_not=[N("labs", "Transferrin saturation", "other", "pending"),
                       N("conditions", "iron deficiency anaemia", "other", "query in clinical details")])


# --------------------------------------------------------------------------- 02 Djibouti
@doc(2, "djibouti_referral_letter", "Djibouti", "referral letter", "medical_record", datestyle="d.m.Y")
def d02(d):
    d.letterhead("Gulf of Tadjoura International Medical Centre", [
        "14 Boulevard de la Republique, Plateau du Serpent, Djibouti, Republic of Djibouti",
        "Tel +253 21 35 48 77   Emergency +253 77 60 12 09   gtimc.dj@example.org"],
        right=["General Practice", "Ref: GTI-2025-1183"])
    d.p("07.04.2025")
    d.p("Dr Amina Okonjo-Reyes\nConsultant Gastroenterologist\nHorn Endoscopy Unit, Avenue 13, Djibouti", after=8)
    d.p("Dear Dr Okonjo-Reyes,", after=6)
    d.p("Re: Mr Henrik Aasvold, DOB 19.11.1970, clinic no. GTI-20417 - request for upper GI endoscopy", font="SB")
    d.p("Thank you for seeing this 54-year-old Norwegian port engineer, resident in Djibouti since 2022, "
        "with a six-week history of epigastric pain and 4 kg unintentional weight loss. He denies "
        "haematemesis or melaena and reports no dysphagia. There is no history of peptic ulcer disease. "
        "He had been taking ibuprofen 400 mg three times a day for knee pain; this was stopped on 03.04.2025.")
    d.p("Investigations on 02.04.2025: Helicobacter pylori stool antigen positive. Haemoglobin 11.2 g/dL "
        "(L; ref 13.0-17.0), MCV 78 fL (L; ref 80-100), ferritin 8 ug/L (L; ref 30-400). I would be grateful "
        "for an OGD to rule out gastric malignancy, particularly as his father died of gastric cancer at 67.")
    d.h("Past medical history")
    d.bullets(["Essential hypertension (since 2016)", "Gout - last flare 2023",
               "Pulmonary tuberculosis 2009, fully treated, resolved"])
    d.h("Current medication")
    d.table([("b", "Medicine"), ("b", "Dose"), ("b", "Frequency"), ("b", "Comment")], [
        ["Amlodipine", "10 mg", "once daily", "long term"],
        ["Allopurinol", "300 mg", "once daily", "long term"],
        ["Omeprazole", "20 mg", "twice daily", "started 03.04.2025"],
        ["Ibuprofen", "400 mg", "tds", "STOPPED 03.04.2025 - dyspepsia"],
    ], [30, 15, 20, 35])
    d.p("Helicobacter eradication therapy (clarithromycin and amoxicillin with omeprazole) is planned "
        "after endoscopy so that biopsies are not affected.")
    d.p("Allergies: codeine (vomiting).", font="SB")
    d.p("On examination: BP 138/86 mmHg, pulse 78/min, weight 81 kg, BMI 26.4 kg/m2. Mild epigastric "
        "tenderness, no mass, no lymphadenopathy.")
    d.p("Kind regards,")
    d.sign("C. Ferrand", ["Dr Claire Ferrand, MD", "General Practitioner, GTIMC"])
    return T(
        medications=[M("amlodipine", None, "10", "mg", "oral", "once daily"),
                     M("allopurinol", None, "300", "mg", "oral", "once daily"),
                     M("omeprazole", None, "20", "mg", "oral", "twice daily", "new"),
                     M("ibuprofen", None, "400", "mg", "oral", "tds", "stopped")],
        labs=[L("Helicobacter pylori stool antigen", "positive", None, None, None, None, "abnormal", "2025-04-02",
                ["H. pylori stool antigen"]),
              L("Haemoglobin", "11.2", "g/dL", 13.0, 17.0, None, "low", "2025-04-02", ["Hb"]),
              L("MCV", "78", "fL", 80.0, 100.0, None, "low", "2025-04-02", ["Mean cell volume"]),
              L("Ferritin", "8", "ug/L", 30.0, 400.0, None, "low", "2025-04-02")],
        vitals=[V("blood_pressure", "138/86", 138.0, 86.0, "mmHg"), V("heart_rate", "78", 78.0, None, "/min"),
                V("weight", "81", 81.0, None, "kg"), V("bmi", "26.4", 26.4, None, "kg/m2")],
        allergies=[A("codeine", "vomiting")],
        conditions=[C("Essential hypertension"), C("Gout"),
                    C("Helicobacter pylori", aliases=["H. pylori infection"]),
                    C("epigastric pain", aliases=["dyspepsia"])],
        must_not=[N("medications", "ibuprofen", "stopped"), N("conditions", "haematemesis", "negated"),
                  N("conditions", "melaena", "negated"), N("conditions", "peptic ulcer disease", "negated"),
                  N("conditions", "gastric malignancy", "other", "rule out"),
                  N("conditions", "gastric cancer", "family"),
                  N("conditions", "Pulmonary tuberculosis", "historical"),
                  N("medications", "clarithromycin", "planned")])


# --------------------------------------------------------------------------- 03 Burundi (scan)
@doc(3, "burundi_ngo_lab_urinalysis", "Burundi", "lab report (urinalysis, handwritten results)", "lab_result",
     ext="jpg", scan=(1.4, 170), hand=True, datestyle="d/m/Y")
def d03(d):
    d.letterhead("Rohero Community Health Partners - NGO Clinic Laboratory", [
        "Avenue de l'Amitie 27, Rohero II, Bujumbura, Republic of Burundi",
        "Tel +257 22 27 61 90   WhatsApp +257 79 40 18 33"], size=11.5)
    d.title("LABORATORY REQUEST AND RESULT FORM")
    d.kv([("Patient name", ("h", "Claudine Niyonzima")), ("Lab no.", ("h", "RCH-L 2025/1942")),
          ("Age / Sex", ("h", "29 y  F")), ("Date collected", ("h", "12/05/2025")),
          ("Ward / OPD", ("h", "OPD 2")), ("Requested by", ("h", "Dr E. Ndayishimiye"))])
    d.kv([("Clinical information", ("h", "dysuria, fever 3/7, loin pain  ?pyelonephritis"))], cols=1, lw=110)
    lab = [
        ("Malaria RDT (P.f / Pan)", "Negative", "", None, "Negative", None, None),
        ("Haemoglobin (HemoCue)", "9.8", "L", "g/dL", "11.5 - 15.5", 11.5, 15.5, ["Hb"]),
        ("Random blood glucose", "6.1", "", "mmol/L", "3.9 - 7.8", 3.9, 7.8, ["RBG"]),
        ("Urine pregnancy test (hCG)", "Negative", "", None, "Negative", None, None),
    ]
    ua = [
        ("pH", "6.0", "", None, "5.0 - 8.0", 5.0, 8.0),
        ("Specific gravity", "1.025", "", None, "1.005 - 1.030", 1.005, 1.030, ["SG"]),
        ("Protein", "1+", "A", None, "Negative", None, None),
        ("Glucose", "Negative", "", None, "Negative", None, None),
        ("Ketones", "Negative", "", None, "Negative", None, None),
        ("Blood", "2+", "A", None, "Negative", None, None),
        ("Leucocytes", "3+", "A", None, "Negative", None, None, ["Leukocyte esterase"]),
        ("Nitrite", "Positive", "A", None, "Negative", None, None),
        ("Pus cells (WBC)", ">50", "H", "/hpf", "0 - 5", 0.0, 5.0),
        ("Red cells (RBC)", "10-20", "H", "/hpf", "0 - 3", 0.0, 3.0),
    ]

    def rws(rs):
        return [[r[0], ("h", r[1]), ("h", r[2]), r[3] or "", r[4]] for r in rs]
    hdr = [("b", "Test"), ("b", "Result"), ("b", "Flag"), ("b", "Units"), ("b", "Reference")]
    d.h("Haematology / Chemistry / Serology")
    d.table(hdr, rws(lab), [38, 18, 8, 14, 22], minh=3)
    d.h("Urinalysis (dipstick + microscopy, midstream urine)")
    d.table(hdr, rws(ua), [38, 18, 8, 14, 22], minh=3)
    d.kv([("Urine culture & sensitivity", ("h", "sent - pending")), ("", "")], cols=1, lw=150)
    d.p("Flag: A = abnormal, H = high, L = low.  Results written by the bench technician; the form is "
        "returned to the requesting clinician.", size=7.5)
    d.kv([("Technician", ("h", "J-P. Hakizimana")), ("Date reported", ("h", "12/05/2025"))])
    t = lab_truth(lab + ua, "2025-05-12")
    for r in t:
        if r["value_text"] == "10-20" or r["value_text"] == ">50":
            r["value_numeric"] = None
    return T(labs=t, must_not=[N("labs", "Urine culture", "other", "pending"),
                               N("conditions", "pyelonephritis", "other", "query")])


# --------------------------------------------------------------------------- 04 Mozambique (scan)
@doc(4, "mozambique_travel_immunisation_record", "Mozambique", "adult/travel immunisation record",
     "immunization_record", ext="png", scan=(-1.1, 160), hand=True, datestyle="d/m/Y")
def d04(d):
    d.letterhead("Polana Travel & International Health Clinic", [
        "Av. Julius Nyerere 1480, Sommerschield, Maputo, Mozambique",
        "Tel +258 21 48 63 20   Mobile +258 84 302 7715"], right=["ADULT / TRAVEL", "VACCINATION RECORD"])
    d.kv([("Name", ("h", "Marta Lindqvist Sitoe")), ("Date of birth", ("h", "27/08/1985")),
          ("Passport no.", ("h", "XK4419027")), ("Clinic no.", ("h", "PT-7730"))])
    d.kv([("Allergies", ("h", "latex - contact dermatitis")), ("Egg allergy", ("h", "no"))])
    rows = [
        ["Yellow fever", ("h", "14/02/2019"), ("h", "single"), ("h", "Stamaril"), ("h", "YF-88213"), ("h", "lifelong")],
        ["Hepatitis A", ("h", "06/03/2024"), ("h", "1"), ("h", "Havrix 1440"), ("h", "AHAVB417AE"), ("h", "6-12 months")],
        ["Hepatitis A", ("h", "18/10/2024"), ("h", "2"), ("h", "Havrix 1440"), ("h", "AHAVB552BC"), ("h", "complete")],
        ["Typhoid Vi", ("h", "06/03/2024"), ("h", "1"), ("h", "Typhim Vi"), ("h", "T3B911"), ("h", "03/2027")],
        ["Rabies (pre-exposure)", ("h", "06/03/2024"), ("h", "1"), ("h", "Verorab"), ("h", "R0K412"), ("h", "day 7")],
        ["Rabies (pre-exposure)", ("h", "13/03/2024"), ("h", "2"), ("h", "Verorab"), ("h", "R0K418"), ("h", "complete")],
        ["Tdap", ("h", "21/11/2023"), ("h", "booster"), ("h", "Boostrix"), ("h", "AC37B219CD"), ("h", "11/2033")],
        ["Meningococcal ACWY", ("h", "13/03/2024"), ("h", "1"), ("h", "Menveo"), ("h", "M4X021"), ("h", "5 years")],
        ["Cholera (oral)", ("h", "declined"), "", "", "", ""],
        ["Hepatitis B", ("h", "not indicated - immune"), "", "", "", ""],
        ["Influenza", "", "", "", "", ("h", "due 04/2025")],
    ]
    d.table([("b", "Vaccine"), ("b", "Date given"), ("b", "Dose"), ("b", "Brand"), ("b", "Lot / batch"),
             ("b", "Next dose")], rows, [24, 18, 10, 16, 17, 15], minh=5)
    d.p("Hepatitis B: anti-HBs 112 mIU/mL (2023) - no vaccine required. Cholera vaccine offered for "
        "Cabo Delgado field trip; traveller declined.", size=8.5)
    d.kv([("Vaccinator", ("h", "Enf. Ana Macuacua")), ("Stamp", "")])
    return T(
        immunizations=[I("Yellow fever", "2019-02-14", None, "YF-88213", "Stamaril"),
                       I("Hepatitis A", "2024-03-06", 1, "AHAVB417AE", "Havrix 1440"),
                       I("Hepatitis A", "2024-10-18", 2, "AHAVB552BC", "Havrix 1440"),
                       I("Typhoid Vi", "2024-03-06", 1, "T3B911", "Typhim Vi"),
                       I("Rabies (pre-exposure)", "2024-03-06", 1, "R0K412", "Verorab"),
                       I("Rabies (pre-exposure)", "2024-03-13", 2, "R0K418", "Verorab"),
                       I("Tdap", "2023-11-21", None, "AC37B219CD", "Boostrix"),
                       I("Meningococcal ACWY", "2024-03-13", 1, "M4X021", "Menveo")],
        allergies=[A("latex", "contact dermatitis")],
        must_not=[N("immunizations", "Cholera", "other", "declined"),
                  N("immunizations", "Hepatitis B", "other", "not indicated"),
                  N("immunizations", "Influenza", "due"),
                  N("allergies", "Egg", "checkbox_no", "egg allergy: no")])


# --------------------------------------------------------------------------- 05 Madagascar ED
@doc(5, "madagascar_ed_triage_note", "Madagascar", "ED / triage note", "medical_record", hand=True,
     datestyle="d/m/Y")
def d05(d):
    d.letterhead("Ivandry International Medical Clinic - Emergency Department", [
        "Lot II J 161 Ivandry, Antananarivo 101, Madagascar",
        "Tel +261 20 22 457 80   Ambulance +261 34 05 911 12"], size=11.5,
        right=["ED No. IIMC-ED-25-0218"])
    d.title("EMERGENCY TRIAGE AND ASSESSMENT")
    d.kv([("Patient", "Lova Rakotomalala-Dubois"), ("DOB", "09/07/1990 (34 y) F"),
          ("Arrival", "18/01/2025 14:05"), ("Triage category", "2 - Emergency"),
          ("Mode", "Private car"), ("Triage nurse", "Inf. Hanta Ravelojaona")])
    d.h("Triage observations (hand-recorded)")
    d.table([("b", "Time"), ("b", "BP (mmHg)"), ("b", "HR (/min)"), ("b", "Temp (C)"), ("b", "RR (/min)"),
             ("b", "SpO2 (%)"), ("b", "Weight (kg)")],
            [[("h", "14:10"), ("h", "104/66"), ("h", "112"), ("h", "39.2"), ("h", "22"), ("h", "97"), ("h", "58")]],
            [10, 14, 12, 12, 12, 12, 14], minh=4)
    d.h("History")
    d.p("Fever for 3 days with headache, retro-orbital pain, myalgia and a faint rash since this morning. "
        "Returned from Toamasina 6 days ago. She denies bleeding from gums or nose and denies abdominal "
        "pain. No history of asthma. Last menstrual period 02/01/2025; urine hCG negative.")
    d.p("Regular medication: levonorgestrel / ethinylestradiol 150/30 mcg (Microgynon 30) one tablet daily.")
    d.p("Allergies: sulfonamides - generalised rash (2016).", font="SB")
    d.h("Results (point of care and laboratory, 18/01/2025)")
    labs = [
        ("Malaria RDT", "Negative", "", None, "Negative", None, None),
        ("Dengue NS1 antigen", "Positive", "POS", None, "Negative", None, None, ["NS1"]),
        ("Haemoglobin", "13.4", "", "g/dL", "12.0 - 16.0", 12.0, 16.0, ["Hb"]),
        ("White cell count", "2.9", "L", "x10^9/L", "4.0 - 10.0", 4.0, 10.0, ["WBC"]),
        ("Platelets", "88", "L", "x10^9/L", "150 - 400", 150.0, 400.0, ["PLT"]),
        ("C-reactive protein", "14", "H", "mg/L", "<5", None, 5.0, ["CRP"]),
    ]
    d.table([("b", "Test"), ("b", "Result"), ("b", "Flag"), ("b", "Units"), ("b", "Reference")],
            [[r[0], r[1], r[2], r[3] or "", r[4]] for r in labs], [34, 16, 10, 16, 20])
    d.h("Assessment and plan")
    d.p("Impression: dengue fever without warning signs at present. Rule out malaria - RDT negative, "
        "thick film sent. Given in ED: paracetamol 1 g IV stat, ondansetron 4 mg IV, and sodium chloride "
        "0.9% 1 L IV bolus. Admit to the observation unit; repeat platelets in 12 hours.")
    d.p("Advice given: avoid ibuprofen and aspirin while dengue is suspected or confirmed; return at once "
        "if bleeding, persistent vomiting or severe abdominal pain.", size=8.5)
    d.sign("Dr Rasolofo", ["Dr Mamy Rasolofo, Emergency Physician"])
    t = lab_truth(labs, "2025-01-18")
    t[5]["reference_text"] = "<5"
    return T(
        medications=[M("levonorgestrel/ethinylestradiol", "Microgynon 30", "150/30", "mcg", "oral", "daily")],
        labs=t,
        vitals=[V("blood_pressure", "104/66", 104.0, 66.0, "mmHg"), V("heart_rate", "112", 112.0, None, "/min"),
                V("temperature", "39.2", 39.2, None, "C"), V("respiratory_rate", "22", 22.0, None, "/min"),
                V("oxygen_saturation", "97", 97.0, None, "%"), V("weight", "58", 58.0, None, "kg")],
        allergies=[A("sulfonamides", "generalised rash")],
        conditions=[C("dengue fever")],
        must_not=[N("medications", "paracetamol", "other", "given in ED"),
                  N("medications", "ondansetron", "other", "given in ED"),
                  N("medications", "sodium chloride 0.9%", "other", "given in ED"),
                  N("conditions", "malaria", "other", "rule out"),
                  N("conditions", "bleeding", "negated"), N("conditions", "asthma", "negated"),
                  N("medications", "ibuprofen", "leaflet", "advice"),
                  N("medications", "aspirin", "leaflet", "advice"),
                  N("labs", "thick film", "other", "pending")])


# --------------------------------------------------------------------------- 06 Comoros child card (scan)
@doc(6, "comoros_child_immunisation_card", "Comoros", "child immunisation card", "immunization_record",
     ext="jpg", scan=(-2.0, 180), hand=True, datestyle="d/m/Y (all dates ambiguous)")
def d06(d):
    d.letterhead("Ngazidja Child Health Project (NGO) - Mitsamiouli Clinic", [
        "Route de la Corniche, Mitsamiouli, Grande Comore, Union of the Comoros",
        "Tel +269 773 45 18"], size=11.5)
    d.title("CHILD HEALTH AND VACCINATION CARD")
    d.kv([("Child's name", ("h", "Nourdine Said Mhadji")), ("Sex", ("h", "M")),
          ("Date of birth", ("h", "03/01/2024")), ("Card no.", ("h", "MTS-24-0077")),
          ("Mother", ("h", "Faouzia Ali")), ("Village", ("h", "Bangoi-Kouni"))])
    g = lambda s: ("h", s)
    rows = [
        ["At birth", "BCG", g("03/01/2024"), g("B2417")],
        ["At birth", "OPV 0", g("03/01/2024"), g("")],
        ["6 weeks", "Penta 1 (DTP-HepB-Hib)", g("12/02/2024"), g("PN6031")],
        ["6 weeks", "OPV 1", g("12/02/2024"), g("")],
        ["6 weeks", "PCV 1", g("12/02/2024"), g("")],
        ["6 weeks", "Rota 1", g("12/02/2024"), g("")],
        ["10 weeks", "Penta 2 (DTP-HepB-Hib)", g("11/03/2024"), g("PN6031")],
        ["10 weeks", "OPV 2", g("11/03/2024"), g("")],
        ["10 weeks", "PCV 2", g("11/03/2024"), g("")],
        ["10 weeks", "Rota 2", g("11/03/2024"), g("")],
        ["14 weeks", "Penta 3 (DTP-HepB-Hib)", g("08/04/2024"), g("PN6188")],
        ["14 weeks", "OPV 3", g("08/04/2024"), g("")],
        ["14 weeks", "IPV", g("08/04/2024"), g("")],
        ["14 weeks", "PCV 3", g("08/04/2024"), g("")],
        ["9 months", "Measles-Rubella (MR 1)", g("07/10/2024"), g("MR9920")],
        ["18 months", "DTP booster", g(""), g("")],
        ["--", "Malaria vaccine (R21)", g("parents declined"), g("")],
    ]
    d.table([("b", "Age"), ("b", "Vaccine"), ("b", "Date given"), ("b", "Batch")], rows, [16, 36, 24, 16], minh=2)
    d.kv([("Weight at 9 months", ("h", "7.9 kg")), ("Next visit", ("h", "DTP booster due 18 months"))])
    d.p("Bring this card to every visit. Vitamin A and deworming are recorded on the back.", size=8)
    amb = dict(amb=True)
    ims = [("BCG", "2024-01-03", None, "B2417"), ("OPV 0", "2024-01-03", 0, None),
           ("Penta 1 (DTP-HepB-Hib)", "2024-02-12", 1, "PN6031"), ("OPV 1", "2024-02-12", 1, None),
           ("PCV 1", "2024-02-12", 1, None), ("Rota 1", "2024-02-12", 1, None),
           ("Penta 2 (DTP-HepB-Hib)", "2024-03-11", 2, "PN6031"), ("OPV 2", "2024-03-11", 2, None),
           ("PCV 2", "2024-03-11", 2, None), ("Rota 2", "2024-03-11", 2, None),
           ("Penta 3 (DTP-HepB-Hib)", "2024-04-08", 3, "PN6188"), ("OPV 3", "2024-04-08", 3, None),
           ("IPV", "2024-04-08", 1, None), ("PCV 3", "2024-04-08", 3, None),
           ("Measles-Rubella (MR 1)", "2024-10-07", 1, "MR9920")]
    return T(immunizations=[I(v, dt, n, lot, None, **amb) for v, dt, n, lot in ims],
             vitals=[V("weight", "7.9", 7.9, None, "kg")],
             must_not=[N("immunizations", "DTP booster", "due"),
                       N("immunizations", "Malaria vaccine (R21)", "other", "declined")])


# --------------------------------------------------------------------------- 07 Nauru discharge
@doc(7, "nauru_discharge_summary", "Nauru", "discharge summary", "discharge_summary", datestyle="d/m/Y")
def d07(d):
    d.header = "Meneng Memorial Hospital - Discharge summary - Peter Detenamo, MRN NRU-044812"
    d.letterhead("Meneng Memorial Hospital", [
        "Medical Ward 2, Meneng District, Republic of Nauru",
        "Tel +674 557 3120   Fax +674 557 3129"], right=["DISCHARGE SUMMARY"])
    d.kv([("Patient", "Peter Detenamo"), ("MRN", "NRU-044812"), ("DOB", "05/09/1963 (61 y), Male"),
          ("Consultant", "Dr Ruth Adeang"), ("Admitted", "24/06/2025"), ("Discharged", "30/06/2025")])
    d.h("Diagnoses")
    d.bullets(["Principal: cellulitis of the left lower leg",
               "Type 2 diabetes mellitus, poorly controlled (HbA1c 10.2%)",
               "Hypertension", "Obesity (BMI 39.6)",
               "Acute kidney injury on admission - resolved by day 4"])
    d.h("Clinical course")
    d.p("Presented with 4 days of spreading erythema and swelling of the left shin after a reef cut. "
        "Osteomyelitis was considered; X-ray showed no bony change, so it was ruled out. Treated with "
        "cefazolin 2 g IV 8-hourly on the ward, switched to oral flucloxacillin on day 5. Perindopril was "
        "held because of the AKI (creatinine 148 umol/L) and should be restarted by the GP once renal function "
        "is confirmed stable. Empagliflozin was stopped on admission (AKI, risk of ketoacidosis) and will not "
        "be restarted. Basal insulin started with diabetes educator support.")
    d.h("Allergies")
    d.p("No known drug allergies.")
    d.h("Results")
    labs = [("C-reactive protein", "mg/L", "<5", None, 5.0, ("186", "H"), ("42", "H"), ["CRP"]),
            ("White cell count", "x10^9/L", "4.0-11.0", 4.0, 11.0, ("15.8", "H"), ("9.1", ""), ["WBC"]),
            ("Creatinine", "umol/L", "60-110", 60.0, 110.0, ("148", "H"), ("96", ""), []),
            ("Potassium", "mmol/L", "3.5-5.2", 3.5, 5.2, ("5.0", ""), ("4.4", ""), ["K"]),
            ("Glucose (random)", "mmol/L", "3.9-7.8", 3.9, 7.8, ("18.6", "H"), ("9.4", "H"), [])]
    rows, truth = [], []
    for name, unit, ref, lo, hi, a, b, al in labs:
        rows.append([name, f"{a[0]} {a[1]}".strip(), f"{b[0]} {b[1]}".strip(), unit, ref])
        rt = ref if lo is None else None
        truth.append(L(name, a[0], unit, lo, hi, rt, flag_of(a[1], True), "2025-06-24", al))
        truth.append(L(name, b[0], unit, lo, hi, rt, flag_of(b[1], True), "2025-06-29", al))
    rows.append(["HbA1c", "10.2 H", "--", "%", "4.0-6.0"])
    truth.append(L("HbA1c", "10.2", "%", 4.0, 6.0, None, "high", "2025-06-24"))
    d.table([("b", "Test"), ("b", "24/06/2025"), ("b", "29/06/2025"), ("b", "Units"), ("b", "Reference")],
            rows, [30, 17, 17, 16, 18])
    d.h("Medications on discharge")
    d.table([("b", "Medicine"), ("b", "Dose"), ("b", "Frequency"), ("b", "Status / comment")], [
        ["Metformin", "1 g", "bd", "continue"],
        ["Gliclazide MR", "60 mg", "mane", "CHANGED - increased from 30 mg"],
        ["Insulin glargine (Optisulin) 100 units/mL", "18 units", "nocte", "NEW - subcut"],
        ["Flucloxacillin", "500 mg", "qid", "NEW - 5 more days, then stop"],
        ["Atorvastatin", "40 mg", "nocte", "continue"],
        ["Perindopril", "5 mg", "mane", "HELD - AKI; GP to review"],
        ["Empagliflozin", "10 mg", "mane", "STOPPED - AKI"],
    ], [38, 14, 14, 34])
    d.h("Observations at discharge")
    d.p("BP 132/80 mmHg, pulse 84/min, temperature 36.8 C, weight 118 kg, BMI 39.6.")
    d.h("Follow-up")
    d.p("GP review in 1 week (U&E, restart perindopril if creatinine stable). Diabetes clinic in 4 weeks. "
        "Wound care at the public health nursing post every 2 days.")
    d.sign("R. Adeang", ["Dr Ruth Adeang, Consultant Physician"])
    return T(
        medications=[M("metformin", None, "1", "g", "oral", "bd"),
                     M("gliclazide", None, "60", "mg", "oral", "mane", "changed"),
                     M("insulin glargine", "Optisulin", "18", "units", "subcutaneous", "nocte", "new"),
                     M("flucloxacillin", None, "500", "mg", "oral", "qid", "new"),
                     M("atorvastatin", None, "40", "mg", "oral", "nocte"),
                     M("perindopril", None, "5", "mg", "oral", "mane", "held"),
                     M("empagliflozin", None, "10", "mg", "oral", "mane", "stopped")],
        labs=truth,
        vitals=[V("blood_pressure", "132/80", 132.0, 80.0, "mmHg"), V("heart_rate", "84", 84.0, None, "/min"),
                V("temperature", "36.8", 36.8, None, "C"), V("weight", "118", 118.0, None, "kg"),
                V("bmi", "39.6", 39.6, None, None)],
        conditions=[C("cellulitis of the left lower leg"), C("Type 2 diabetes mellitus", aliases=["T2DM"]),
                    C("Hypertension"), C("Obesity")],
        must_not=[N("medications", "perindopril", "stopped", "held"),
                  N("medications", "empagliflozin", "stopped"),
                  N("medications", "cefazolin", "other", "given on ward"),
                  N("conditions", "Osteomyelitis", "other", "ruled out"),
                  N("conditions", "Acute kidney injury", "historical", "resolved"),
                  N("allergies", "No known drug allergies", "negated")])


# --------------------------------------------------------------------------- 08 Kiribati prescription (scan)
@doc(8, "kiribati_prescription", "Kiribati", "prescription (brand names, handwritten)", "prescription",
     ext="jpg", scan=(0.8, 190), hand=True, datestyle="d/m/Y")
def d08(d):
    d.letterhead("Betio Family Health Clinic", [
        "Main Road, Betio, South Tarawa, Republic of Kiribati",
        "Tel +686 7502 2648"], right=["PRESCRIPTION"])
    d.kv([("Patient", ("h", "Teboranga Kaitu")), ("Date", ("h", "15/09/2025")),
          ("Age / Sex", ("h", "38 F")), ("Weight", ("h", "74 kg")),
          ("Address", ("h", "Temakin, Betio")), ("Clinic no.", ("h", "BFHC-3318"))])
    d.kv([("Diagnosis", ("h", "acute otitis media (R); asthma - mild exacerbation")),
          ("Allergies", ("h", "sulfa drugs - rash"))], cols=1, lw=80)
    d.sp(4)
    d.text(d.lm, d.y - 22, "Rx", "SEB", 24)
    d.y -= 34
    items = ["Augmentin (amoxicillin/clavulanic acid) 625 mg  1 tab tds x 7 days",
             "Panadol (paracetamol) 500 mg tabs - 1 g qid prn pain, max 4 g/day",
             "Ventolin (salbutamol) inhaler 100 mcg/dose - 2 puffs prn wheeze",
             "Prednisolone 5 mg tabs - 40 mg mane x 5 days",
             "Flixotide (fluticasone propionate) inhaler 125 mcg/dose - 2 puffs bd"]
    for i, it in enumerate(items, 1):
        d.need(26)
        d.hand(d.lm + 10, d.y - 12, f"{i}. {it}", 11.2)
        d.y -= 26
    d.sp(6)
    d.hand(d.lm + 10, d.y - 12, "Stop Clarityne (loratadine) while on prednisolone", 10.5)
    d.y -= 28
    d.kv([("Prescriber", ("h", "Dr T. Iererua")), ("Reg. no.", ("h", "KMC-0417"))])
    d.p("Pharmacy use only: dispensed ____ / ____ / ______   by __________", size=8)
    d.p("Bring all your inhalers to your next visit. Tell the pharmacist if you are allergic to "
        "penicillin before taking Augmentin.", size=8)
    return T(
        medications=[M("amoxicillin/clavulanic acid", "Augmentin", "625", "mg", "oral", "tds", "new"),
                     M("paracetamol", "Panadol", "1", "g", "oral", "qid prn"),
                     M("salbutamol", "Ventolin", "100", "mcg", "inhaled", "prn"),
                     M("prednisolone", None, "40", "mg", "oral", "mane", "new"),
                     M("fluticasone propionate", "Flixotide", "125", "mcg", "inhaled", "bd"),
                     M("loratadine", "Clarityne", None, None, "oral", None, "stopped")],
        allergies=[A("sulfa drugs", "rash")],
        vitals=[V("weight", "74", 74.0, None, "kg")],
        conditions=[C("acute otitis media"), C("asthma")],
        must_not=[N("medications", "loratadine", "stopped"),
                  N("allergies", "penicillin", "leaflet", "advice text")])


# --------------------------------------------------------------------------- 09 Tuvalu progress note
@doc(9, "tuvalu_progress_note", "Tuvalu", "progress note (negatives, family history)", "medical_record",
     datestyle="j F Y / d/m/Y")
def d09(d):
    d.letterhead("Fongafale Island Health Centre", [
        "Outpatient Department, Vaiaku, Funafuti, Tuvalu", "Tel +688 20 480"],
        right=["CLINIC PROGRESS NOTE"])
    d.kv([("Patient", "Salote Ioane Tafia"), ("Record no.", "FIHC-10293"), ("DOB", "11/02/1983 (42 y) F"),
          ("Seen", "3 March 2025"), ("Clinician", "Dr Kaio Tekafa"), ("Visit", "Follow-up, hypertension")])
    d.h("Subjective")
    d.p("Reviewed for blood pressure follow-up. Reports occasional frontal headaches in the afternoons, "
        "relieved by rest. Denies chest pain, shortness of breath, palpitations or visual disturbance. "
        "No ankle swelling. No history of diabetes, stroke or kidney disease. Non-smoker, drinks kava "
        "socially. Adherent to medication.")
    d.p("Past history: hepatitis A in childhood, resolved. Caesarean section 2012.")
    d.p("Family history: mother has type 2 diabetes; brother had a myocardial infarction at 50; "
        "father with hypertension.")
    d.p("Allergies: NKDA.")
    d.h("Objective")
    d.table([("b", "BP"), ("b", "Pulse"), ("b", "Weight"), ("b", "Height"), ("b", "BMI")],
            [["158/96 mmHg", "76 /min", "92 kg", "162 cm", "35.1 kg/m2"]], [20, 20, 20, 20, 20])
    d.p("Heart sounds normal, chest clear, no oedema. Fundi not examined.")
    d.h("Assessment")
    d.bullets(["Essential hypertension - not at target", "Obesity",
               "Tension-type headache", "?secondary hypertension - unlikely, screen with U&E and urine dipstick"])
    d.h("Plan")
    d.p("Amlodipine increased from 5 mg to 10 mg mane. Continue hydrochlorothiazide 25 mg mane. "
        "Consider adding losartan 50 mg daily if BP remains above 140/90 at next visit. Fasting lipids, "
        "HbA1c and U&E requested today - results to follow. Dietitian referral. Review in 4 weeks.")
    d.sign("K. Tekafa", ["Dr Kaio Tekafa, Medical Officer"])
    return T(
        medications=[M("amlodipine", None, "10", "mg", "oral", "mane", "changed"),
                     M("hydrochlorothiazide", None, "25", "mg", "oral", "mane")],
        vitals=[V("blood_pressure", "158/96", 158.0, 96.0, "mmHg"), V("heart_rate", "76", 76.0, None, "/min"),
                V("weight", "92", 92.0, None, "kg"), V("height", "162", 162.0, None, "cm"),
                V("bmi", "35.1", 35.1, None, "kg/m2")],
        conditions=[C("Essential hypertension"), C("Obesity"), C("Tension-type headache")],
        must_not=[N("conditions", "chest pain", "negated"), N("conditions", "shortness of breath", "negated"),
                  N("conditions", "palpitations", "negated"), N("conditions", "diabetes", "negated"),
                  N("conditions", "stroke", "negated"), N("conditions", "kidney disease", "negated"),
                  N("conditions", "hepatitis A", "historical"),
                  N("conditions", "type 2 diabetes", "family"), N("conditions", "myocardial infarction", "family"),
                  N("conditions", "secondary hypertension", "other", "query"),
                  N("medications", "losartan", "planned"), N("labs", "HbA1c", "other", "pending"),
                  N("allergies", "NKDA", "negated")])


# --------------------------------------------------------------------------- 10 Palau pending lab
@doc(10, "palau_lab_report_pending", "Palau", "lab report (pending tests, flag column)", "lab_result",
     datestyle="m/d/Y", pagesize=letter)
def d10(d):
    d.letterhead("Koror Medical Laboratory Services", [
        "Lebuu Street, Koror, Republic of Palau 96940",
        "Phone +680 488 2231   Fax +680 488 2232   CLIA-style ID KMLS-0311"],
        right=["FINAL / PARTIAL REPORT", "Accession 25-08-06671"])
    d.kv([("Patient", "Ngirakesau, Julianne"), ("MRN", "PAL-220581"), ("DOB / Sex", "10/30/1971  F"),
          ("Ordering", "Dr Maiya Tellames"), ("Collected", "08/04/2025 07:40"), ("Received", "08/04/2025 08:15"),
          ("Fasting", "Yes (10 h)"), ("Reported", "08/05/2025 16:02")])
    labs = [
        ("Glucose, fasting", "128", "H", "mg/dL", "70-99", 70.0, 99.0),
        ("Hemoglobin A1c", "7.4", "H", "%", "4.0-5.6", 4.0, 5.6, ["HbA1c"]),
        ("Cholesterol, total", "232", "H", "mg/dL", "<200", None, 200.0),
        ("LDL cholesterol (calc)", "151", "H", "mg/dL", "<100", None, 100.0, ["LDL-C"]),
        ("HDL cholesterol", "38", "L", "mg/dL", ">40", 40.0, None, ["HDL-C"]),
        ("Triglycerides", "215", "H", "mg/dL", "<150", None, 150.0, ["TG"]),
        ("Sodium", "140", "", "mmol/L", "136-145", 136.0, 145.0, ["Na"]),
        ("Potassium", "4.2", "", "mmol/L", "3.5-5.1", 3.5, 5.1, ["K"]),
        ("BUN", "17", "", "mg/dL", "7-20", 7.0, 20.0, ["Blood urea nitrogen"]),
        ("Creatinine", "0.9", "", "mg/dL", "0.6-1.1", 0.6, 1.1),
        ("ALT", "48", "H", "U/L", "7-35", 7.0, 35.0, ["Alanine aminotransferase"]),
        ("AST", "33", "", "U/L", "8-33", 8.0, 33.0, ["Aspartate aminotransferase"]),
        ("TSH", "2.31", "", "mIU/L", "0.45-4.50", 0.45, 4.5, ["Thyroid stimulating hormone"]),
        ("Hepatitis B surface antigen", "Nonreactive", "", None, "Nonreactive", None, None, ["HBsAg"]),
    ]
    d.table([("b", "Test"), ("b", "Result"), ("b", "Flag"), ("b", "Units"), ("b", "Reference interval")],
            [[r[0], r[1], r[2], r[3] or "", r[4]] for r in labs] +
            [["Vitamin D, 25-hydroxy", "PENDING", "", "ng/mL", "30-100"],
             ["Urine albumin/creatinine ratio", "PENDING", "", "mg/g", "<30"],
             ["Hepatitis C antibody", "PENDING - sent to reference lab", "", "", "Nonreactive"]],
            [34, 18, 8, 14, 20])
    d.p("H = high, L = low. Pending results will be issued on a supplementary report. LDL calculated by "
        "the Friedewald equation.", size=8)
    d.sign("L. Rengiil", ["Lorraine Rengiil, MT(ASCP)-equivalent, Laboratory Supervisor"])
    t = lab_truth(labs, "2025-08-04")
    return T(labs=t, must_not=[N("labs", "Vitamin D, 25-hydroxy", "other", "pending"),
                               N("labs", "Urine albumin/creatinine ratio", "other", "pending"),
                               N("labs", "Hepatitis C antibody", "other", "pending")])


# --------------------------------------------------------------------------- 11 Marshall Islands certificate
@doc(11, "marshall_islands_vaccination_certificate", "Marshall Islands", "immunisation certificate",
     "immunization_record", datestyle="m/d/Y", pagesize=letter)
def d11(d):
    d.letterhead("Majuro Atoll Public Health Immunization Program", [
        "Delap Village, Majuro, Republic of the Marshall Islands MH 96960",
        "Phone +692 625 7734"], right=["Certificate No. MAJ-IMM-25-01482"])
    d.title("CERTIFICATE OF VACCINATION", 15)
    d.p("This certifies that the person named below has received the vaccines listed, as recorded in the "
        "program register.", size=8.5)
    d.kv([("Name", "Jabwe Langrine Kabua"), ("Date of birth", "04/17/1992"), ("Sex", "Male"),
          ("Register ID", "RMI-IR-558207"), ("Allergies", "No known allergies")])
    rows = [
        ["COVID-19", "Spikevax (Moderna)", "1", "07/09/2021", "3004217", "Delap HC"],
        ["COVID-19", "Spikevax (Moderna)", "2", "08/06/2021", "3004388", "Delap HC"],
        ["COVID-19", "Comirnaty (Pfizer-BioNTech)", "3 (booster)", "01/11/2022", "FN4477", "Majuro Hosp."],
        ["Influenza (seasonal)", "Fluzone Quadrivalent", "--", "10/22/2024", "UT8120KA", "Delap HC"],
        ["Tdap", "Adacel", "booster", "03/15/2019", "C5877AA", "Laura HC"],
        ["Hepatitis B", "Engerix-B", "1", "02/03/2010", "AHBVB731", "School program"],
        ["Hepatitis B", "Engerix-B", "2", "03/05/2010", "AHBVB731", "School program"],
        ["Hepatitis B", "Engerix-B", "3", "08/04/2010", "AHBVB902", "School program"],
    ]
    d.table([("b", "Vaccine"), ("b", "Product"), ("b", "Dose"), ("b", "Date given"), ("b", "Lot no."),
             ("b", "Site")], rows, [22, 26, 12, 14, 13, 16])
    d.h("Not given / upcoming")
    d.table([("b", "Vaccine"), ("b", "Status"), ("b", "Comment")], [
        ["HPV (Gardasil 9)", "Declined", "Offered 10/22/2024; client declined"],
        ["Pneumococcal (PCV20)", "Not yet due", "Due at age 50 or earlier if chronic illness"],
        ["Hepatitis A", "Next dose due", "Dose 1 not yet given - schedule at next visit"]],
        [26, 18, 56])
    d.sign("B. Lomae", ["Betty Lomae, RN - Immunization Coordinator", "Issued 05/02/2025"])
    return T(
        immunizations=[I("COVID-19", "2021-07-09", 1, "3004217", "Spikevax"),
                       I("COVID-19", "2021-08-06", 2, "3004388", "Spikevax"),
                       I("COVID-19", "2022-01-11", 3, "FN4477", "Comirnaty"),
                       I("Influenza (seasonal)", "2024-10-22", None, "UT8120KA", "Fluzone Quadrivalent"),
                       I("Tdap", "2019-03-15", None, "C5877AA", "Adacel"),
                       I("Hepatitis B", "2010-02-03", 1, "AHBVB731", "Engerix-B"),
                       I("Hepatitis B", "2010-03-05", 2, "AHBVB731", "Engerix-B"),
                       I("Hepatitis B", "2010-08-04", 3, "AHBVB902", "Engerix-B")],
        must_not=[N("immunizations", "HPV", "other", "declined"),
                  N("immunizations", "Pneumococcal (PCV20)", "due"),
                  N("immunizations", "Hepatitis A", "due"),
                  N("allergies", "No known allergies", "negated")])


# --------------------------------------------------------------------------- 12 FSM discharge (3 pages)
@doc(12, "micronesia_discharge_summary", "Federated States of Micronesia", "discharge summary (3 pages)",
     "discharge_summary", datestyle="m/d/Y", pagesize=letter)
def d12(d):
    d.header = "Nett District Hospital | Discharge Summary | Eperiam, Lorina | MRN PNI-301774"
    d.letterhead("Nett District Hospital", [
        "Kolonia, Pohnpei State, Federated States of Micronesia FM 96941",
        "Phone +691 320 5582   Fax +691 320 5590"], right=["INPATIENT DISCHARGE SUMMARY"])
    d.kv([("Patient", "Eperiam, Lorina S."), ("MRN", "PNI-301774"), ("DOB", "12/02/1966 (58 y) F"),
          ("Attending", "Dr Kiyoshi Mendiola"), ("Admission", "11/03/2024"), ("Discharge", "11/12/2024"),
          ("Ward", "Medical Ward B"), ("Disposition", "Home with family")])
    d.h("Discharge diagnoses")
    d.bullets(["Community-acquired pneumonia, right lower lobe (principal)",
               "Acute exacerbation of chronic obstructive pulmonary disease",
               "Heart failure with reduced ejection fraction (EF 35%)",
               "Type 2 diabetes mellitus", "Chronic kidney disease stage 3a",
               "Hypokalemia - corrected during admission, resolved"])
    d.h("History of present illness")
    d.p("Ms Eperiam is a 58-year-old woman with COPD (ex-smoker, 30 pack-years), HFrEF and type 2 diabetes who "
        "presented with 5 days of productive cough with green sputum, fever and worsening dyspnea. She denied "
        "chest pain and hemoptysis. There was no history of tuberculosis; prior sputum AFB x3 in 2022 negative. "
        "Her family history is notable for a sister with breast cancer and a father who died of a stroke.")
    d.p("On arrival: temperature 38.9 C, pulse 108/min, BP 146/88 mmHg, respiratory rate 28/min, SpO2 86% on "
        "room air. Chest X-ray: right lower lobe consolidation, mild pulmonary venous congestion, no effusion.")
    d.h("Hospital course")
    d.p("1. Pneumonia: treated with ceftriaxone 1 g IV daily (11/03-11/07) and azithromycin 500 mg PO daily for "
        "3 days, then stepped down to amoxicillin/clavulanate 875/125 mg PO BID to complete 7 days in total "
        "(last dose 11/09/2024 - course completed in hospital). Sputum culture grew Streptococcus pneumoniae, "
        "penicillin sensitive. Blood cultures no growth at 5 days. Legionella urinary antigen negative.")
    d.p("2. COPD exacerbation: nebulized salbutamol and ipratropium every 4 hours initially, then weaned; "
        "prednisone 40 mg PO daily x5 days (completed 11/07/2024). Oxygen weaned to room air by day 6; SpO2 on "
        "room air at discharge 93%. Tiotropium continued. Budesonide/formoterol (Symbicort 200/6) started.")
    d.p("3. HFrEF: euvolemic after diuresis with furosemide 40 mg IV BID for 48 hours. Discharged on her usual "
        "oral furosemide 40 mg every morning. Carvedilol was held for 2 days during the exacerbation and "
        "restarted at 6.25 mg BID. Spironolactone is to start at clinic follow-up if potassium and creatinine allow.")
    d.p("4. Diabetes: metformin held on admission because of contrast-free AKI risk and reduced eGFR; "
        "glucose managed with insulin. At discharge she goes home on insulin glargine (Lantus) 100 units/mL, "
        "14 units at bedtime (QHS), a new medication, with a glucometer and teaching completed. Metformin "
        "remains on hold until renal review.")
    d.p("5. Hypokalemia (K 3.1 on 11/05) corrected with oral potassium chloride; resolved, K 4.3 on 11/11.")
    d.h("Allergies and adverse reactions")
    d.table([("b", "Substance"), ("b", "Reaction"), ("b", "Severity"), ("b", "Type")], [
        ["Lisinopril", "Angioedema (2019)", "Severe", "Allergy"],
        ["Shellfish", "Hives", "Moderate", "Allergy"]], [30, 35, 15, 20])
    d.h("Laboratory results")
    labs = [("Hemoglobin", "g/dL", "12.0-15.5", 12.0, 15.5, ("11.1", "L"), ("10.8", "L"), ["Hgb"]),
            ("WBC", "x10^3/uL", "4.5-11.0", 4.5, 11.0, ("17.9", "H"), ("8.6", ""), ["White blood cells"]),
            ("Sodium", "mmol/L", "135-145", 135.0, 145.0, ("133", "L"), ("138", ""), ["Na"]),
            ("Potassium", "mmol/L", "3.5-5.1", 3.5, 5.1, ("3.1", "L"), ("4.3", ""), ["K"]),
            ("Creatinine", "mg/dL", "0.5-1.1", 0.5, 1.1, ("1.6", "H"), ("1.3", "H"), []),
            ("BNP", "pg/mL", "<100", None, 100.0, ("1240", "H"), ("410", "H"), ["B-type natriuretic peptide"]),
            ("Procalcitonin", "ng/mL", "<0.5", None, 0.5, ("3.8", "H"), ("0.4", ""), ["PCT"]),
            ("Glucose", "mg/dL", "70-140", 70.0, 140.0, ("286", "H"), ("164", "H"), [])]
    rows, truth = [], []
    for name, unit, ref, lo, hi, a, b, al in labs:
        rows.append([name, f"{a[0]} {a[1]}".strip(), f"{b[0]} {b[1]}".strip(), unit, ref])
        rt = ref if lo is None else None
        truth.append(L(name, a[0], unit, lo, hi, rt, flag_of(a[1], True), "2024-11-03", al))
        truth.append(L(name, b[0], unit, lo, hi, rt, flag_of(b[1], True), "2024-11-11", al))
    d.table([("b", "Test"), ("b", "11/03/2024"), ("b", "11/11/2024"), ("b", "Units"), ("b", "Reference")],
            rows, [28, 17, 17, 18, 20])
    d.p("Legionella urinary antigen (11/04/2024): Negative (reference: Negative). HbA1c 8.9% (H; ref 4.0-5.6) "
        "on 11/04/2024.")
    truth.append(L("Legionella urinary antigen", "Negative", None, None, None, "Negative", "normal", "2024-11-04"))
    truth.append(L("HbA1c", "8.9", "%", 4.0, 5.6, None, "high", "2024-11-04"))
    d.h("Vital signs at discharge (11/12/2024)")
    d.table([("b", "BP"), ("b", "HR"), ("b", "Temp"), ("b", "RR"), ("b", "SpO2"), ("b", "Weight")],
            [["124/72 mmHg", "82 bpm", "36.7 C", "18 /min", "93% RA", "71.4 kg"]], [18, 14, 14, 14, 16, 16])
    d.h("Discharge medications")
    d.table([("b", "Medication"), ("b", "Dose / route"), ("b", "Frequency"), ("b", "Status")], [
        ["Insulin glargine (Lantus) 100 units/mL", "14 units SC", "QHS", "NEW"],
        ["Budesonide/formoterol (Symbicort) 200/6 mcg", "2 puffs inhaled", "BID", "NEW"],
        ["Tiotropium (Spiriva Respimat) 2.5 mcg", "2 puffs inhaled", "daily", "Continue"],
        ["Salbutamol inhaler 100 mcg", "2 puffs", "Q4H PRN", "Continue"],
        ["Furosemide", "40 mg PO", "every morning", "Continue"],
        ["Carvedilol", "6.25 mg PO", "BID", "Continue"],
        ["Atorvastatin", "20 mg PO", "QHS", "Continue"],
        ["Metformin", "500 mg PO", "BID", "ON HOLD - renal review"],
        ["Amoxicillin/clavulanate", "875/125 mg PO", "BID", "Course completed 11/09/2024"],
        ["Prednisone", "40 mg PO", "daily", "Course completed 11/07/2024"],
    ], [40, 22, 18, 20])
    d.h("Follow-up and instructions")
    d.bullets(["Chronic disease clinic in 1 week: BMP, consider starting spironolactone 12.5 mg daily.",
               "Pulmonary rehabilitation referral; influenza vaccine due - not given during admission.",
               "Return if fever, worsening breathlessness, leg swelling or blood glucose below 70 mg/dL.",
               "Patient leaflet given: 'Do not take ibuprofen or other NSAIDs with heart failure'."])
    d.h("Consultations")
    d.p("Cardiology (Dr A. Ehsa, 11/06/2024): echocardiogram shows LVEF 35% with global hypokinesis, unchanged "
        "from 2023. Recommended continuing carvedilol, daily weights and fluid restriction to 1.5 L per day. "
        "Consider SGLT2 inhibitor once renal function is stable; not started during this admission.")
    d.p("Dietitian (11/08/2024): 2 g sodium, carbohydrate-controlled diet reviewed with patient and daughter. "
        "Local foods discussed (breadfruit, taro, reef fish); advised to limit rice and canned meats.")
    d.p("Diabetes educator (11/10/2024): insulin pen technique, hypoglycemia recognition and treatment, and "
        "glucometer use taught; teach-back satisfactory. Log book provided.")
    d.h("Pending at discharge")
    d.p("Repeat sputum AFB smear (sent 11/10/2024) - pending; result will be forwarded to the clinic.")
    d.h("Functional status and communication")
    d.p("Independent with activities of daily living, walks 50 m on the flat with one rest. Lives with her "
        "daughter in Sokehs; no home oxygen required. Full code. A copy of this summary was given to the "
        "patient and sent to the Sokehs dispensary health assistant.")
    d.sign("K. Mendiola", ["Kiyoshi Mendiola, MD - Attending Physician", "Electronically signed 11/12/2024"])
    return T(
        medications=[M("insulin glargine", "Lantus", "14", "units", "subcutaneous", "QHS", "new"),
                     M("budesonide/formoterol", "Symbicort", "200/6", "mcg", "inhaled", "BID", "new"),
                     M("tiotropium", "Spiriva Respimat", "2.5", "mcg", "inhaled", "daily"),
                     M("salbutamol", None, "100", "mcg", "inhaled", "Q4H PRN"),
                     M("furosemide", None, "40", "mg", "oral", "every morning"),
                     M("carvedilol", None, "6.25", "mg", "oral", "BID"),
                     M("atorvastatin", None, "20", "mg", "oral", "QHS"),
                     M("metformin", None, "500", "mg", "oral", "BID", "held"),
                     M("amoxicillin/clavulanate", None, "875/125", "mg", "oral", "BID", "completed"),
                     M("prednisone", None, "40", "mg", "oral", "daily", "completed")],
        labs=truth,
        vitals=[V("blood_pressure", "124/72", 124.0, 72.0, "mmHg"), V("heart_rate", "82", 82.0, None, "bpm"),
                V("temperature", "36.7", 36.7, None, "C"), V("respiratory_rate", "18", 18.0, None, "/min"),
                V("oxygen_saturation", "93", 93.0, None, "%"), V("weight", "71.4", 71.4, None, "kg")],
        allergies=[A("Lisinopril", "Angioedema", "Severe"), A("Shellfish", "Hives", "Moderate")],
        conditions=[C("Community-acquired pneumonia", aliases=["CAP"]),
                    C("chronic obstructive pulmonary disease", aliases=["COPD"]),
                    C("Heart failure with reduced ejection fraction", aliases=["HFrEF"]),
                    C("Type 2 diabetes mellitus"), C("Chronic kidney disease stage 3a", aliases=["CKD 3a"])],
        must_not=[N("medications", "metformin", "stopped", "on hold"),
                  N("medications", "amoxicillin/clavulanate", "stopped", "completed"),
                  N("medications", "prednisone", "stopped", "completed"),
                  N("medications", "ceftriaxone", "other", "inpatient only"),
                  N("medications", "azithromycin", "other", "inpatient only"),
                  N("medications", "spironolactone", "planned"),
                  N("medications", "ibuprofen", "leaflet"),
                  N("conditions", "Hypokalemia", "historical", "resolved"),
                  N("conditions", "chest pain", "negated"), N("conditions", "hemoptysis", "negated"),
                  N("conditions", "tuberculosis", "negated"), N("conditions", "breast cancer", "family"),
                  N("conditions", "stroke", "family"), N("immunizations", "influenza vaccine", "due"),
                  N("labs", "sputum AFB smear", "other", "pending"),
                  N("medications", "SGLT2 inhibitor", "planned", "consider")])


# --------------------------------------------------------------------------- 13 St Vincent previous-result lab
@doc(13, "st_vincent_lab_previous_result", "Saint Vincent and the Grenadines", "lab report (previous-result column)",
     "lab_result", datestyle="d/m/Y")
def d13(d):
    d.letterhead("Kingstown Diagnostic Laboratory", [
        "Grenville Street, Kingstown, St Vincent and the Grenadines",
        "Tel +1 784 456 2390   Fax +1 784 456 2391"], right=["CHEMISTRY REPORT", "Lab ref KDL-25-30918"])
    d.kv([("Patient", "Deverne Alleyne-Browne"), ("Patient ID", "SVG-771204"), ("DOB / Sex", "14/12/1959  M"),
          ("Referring doctor", "Dr Ophelia Hazell, Calliaqua Clinic"), ("Collected", "22/07/2025 08:05"),
          ("Previous sample", "14/01/2025")])
    # name, unit, ref printed, lo, hi, (current, flag), (previous, flag), aliases
    tests = [
        ("HbA1c", "%", "4.0 - 6.0", 4.0, 6.0, ("7.9", "H"), ("8.6", "H"), ["Glycated haemoglobin"]),
        ("Fasting plasma glucose", "mmol/L", "3.9 - 5.5", 3.9, 5.5, ("8.2", "H"), ("9.7", "H"), ["FPG"]),
        ("Total cholesterol", "mmol/L", "< 5.2", None, 5.2, ("4.6", ""), ("5.9", "H"), []),
        ("LDL cholesterol", "mmol/L", "< 2.6", None, 2.6, ("2.4", ""), ("3.7", "H"), ["LDL-C"]),
        ("HDL cholesterol", "mmol/L", "> 1.0", 1.0, None, ("1.1", ""), ("0.9", "L"), ["HDL-C"]),
        ("Triglycerides", "mmol/L", "< 1.7", None, 1.7, ("1.5", ""), ("2.3", "H"), ["TG"]),
        ("Creatinine", "umol/L", "62 - 106", 62.0, 106.0, ("118", "H"), ("109", "H"), []),
        ("eGFR", "mL/min/1.73m2", "> 60", 60.0, None, ("56", "L"), ("62", ""), []),
        ("ALT", "U/L", "0 - 41", 0.0, 41.0, ("29", ""), ("34", ""), ["Alanine aminotransferase"]),
        ("Urine albumin:creatinine ratio", "mg/mmol", "< 3.0", None, 3.0, ("6.8", "H"), ("4.1", "H"), ["ACR"]),
        ("Potassium", "mmol/L", "3.5 - 5.1", 3.5, 5.1, ("4.8", ""), ("4.5", ""), ["K"]),
    ]
    rows, truth = [], []
    for name, unit, ref, lo, hi, cur, prev, al in tests:
        rows.append([("b", name), cur[0], cur[1], prev[0], prev[1], unit, ref])
        rt = ref if (lo is None or hi is None) else None
        truth.append(L(name, cur[0], unit, lo, hi, rt, flag_of(cur[1], True), "2025-07-22", al))
        truth.append(L(name, prev[0], unit, lo, hi, rt, flag_of(prev[1], True), "2025-01-14", al))
    d.table([("b", "Test"), ("b", "Result 22/07/2025"), ("b", "Flag"), ("b", "Previous 14/01/2025"), ("b", "Flag"),
             ("b", "Units"), ("b", "Reference")], rows, [30, 14, 7, 15, 7, 15, 14])
    d.p("Comment: lipid profile improved since January. Mild fall in eGFR; suggest repeat in 3 months. "
        "Albuminuria persists.", size=8.5)
    d.sign("N. Cato-Williams", ["Nadine Cato-Williams, Senior Biomedical Scientist", "Authorised 23/07/2025"])
    return T(labs=truth, must_not=[])


# --------------------------------------------------------------------------- 14 Dominica cardiology letter
@doc(14, "dominica_cardiology_letter", "Dominica", "specialist letter (cardiology)", "medical_record",
     datestyle="j F Y")
def d14(d):
    d.letterhead("Roseau Heart & Vascular Clinic", [
        "22 King George V Street, Roseau, Commonwealth of Dominica",
        "Tel +1 767 448 3150   Fax +1 767 448 3151   rhvc.dm@example.org"], right=["Cardiology Outpatients"])
    d.p("12 August 2025")
    d.p("Dr Lennox Baptiste\nPortsmouth Family Practice\nBay Street, Portsmouth, Dominica", after=8)
    d.p("Dear Dr Baptiste,")
    d.p("Re: Mrs Gwendolyn Auguiste-Prosper, DOB 3 May 1951, clinic no. RHV-5520", font="SB")
    d.p("Thank you for referring this 74-year-old lady with palpitations. The ECG and 24-hour Holter confirm "
        "persistent atrial fibrillation with a ventricular rate of 88-120/min. Her CHA2DS2-VASc score is 5 "
        "(age, female, hypertension, heart failure), so she needs anticoagulation.")
    d.p("She denies syncope and chest pain. There is no history of stroke or TIA and no history of "
        "gastrointestinal bleeding. Her sister has a dilated cardiomyopathy.")
    d.p("Echocardiogram (5 August 2025): LVEF 45%, moderately dilated left atrium, mild mitral regurgitation. "
        "TSH 1.9 mIU/L (ref 0.4-4.0) on 5 August 2025. Haemoglobin 13.2 g/dL (ref 12.0-15.5).")
    d.p("On examination: BP 128/78 mmHg, pulse 96/min irregularly irregular, weight 69 kg. JVP not raised, "
        "bibasal crackles absent, no peripheral oedema.")
    d.h("Diagnoses", bar=False)
    d.bullets(["Persistent atrial fibrillation", "Heart failure with mildly reduced ejection fraction (LVEF 45%)",
               "Hypertension", "?Hypertrophic cardiomyopathy - not supported by echo, excluded"])
    d.h("Medication changes", bar=False)
    d.bullets(["Apixaban 5 mg twice daily - NEW (weight > 60 kg, creatinine 84 umol/L)",
               "Bisoprolol increased from 2.5 mg to 5 mg once daily",
               "Aspirin 75 mg daily - STOPPED (no longer needed with apixaban)",
               "Ramipril 5 mg once daily - continue",
               "Furosemide 20 mg in the morning - continue"])
    d.p("If her potassium is below 5.0 mmol/L at review I plan to start spironolactone 25 mg daily. "
        "She reports an allergy to iodinated contrast (urticaria in 2018) - please note for any future "
        "angiography; pre-medication would be needed.")
    d.p("I have given her our leaflet on anticoagulation, which explains that she should tell any doctor or "
        "dentist that she takes apixaban and avoid over-the-counter NSAIDs such as naproxen.")
    d.p("Yours sincerely,")
    d.sign("M. Charles", ["Dr Marcia Charles, MD FACC", "Consultant Cardiologist"])
    return T(
        medications=[M("apixaban", None, "5", "mg", "oral", "twice daily", "new"),
                     M("bisoprolol", None, "5", "mg", "oral", "once daily", "changed"),
                     M("aspirin", None, "75", "mg", "oral", "daily", "stopped"),
                     M("ramipril", None, "5", "mg", "oral", "once daily"),
                     M("furosemide", None, "20", "mg", "oral", "in the morning")],
        labs=[L("TSH", "1.9", "mIU/L", 0.4, 4.0, None, "normal", "2025-08-05"),
              L("LVEF", "45", "%", None, None, None, None, "2025-08-05", optional=True),
              L("Haemoglobin", "13.2", "g/dL", 12.0, 15.5, None, "normal", "2025-08-05", ["Hb"])],
        vitals=[V("blood_pressure", "128/78", 128.0, 78.0, "mmHg"), V("heart_rate", "96", 96.0, None, "/min"),
                V("weight", "69", 69.0, None, "kg")],
        allergies=[A("iodinated contrast", "urticaria")],
        conditions=[C("Persistent atrial fibrillation", aliases=["AF"]),
                    C("Heart failure with mildly reduced ejection fraction", aliases=["HFmrEF"]),
                    C("Hypertension")],
        must_not=[N("medications", "aspirin", "stopped"), N("medications", "spironolactone", "planned"),
                  N("medications", "naproxen", "leaflet"), N("conditions", "syncope", "negated"),
                  N("conditions", "stroke", "negated"), N("conditions", "gastrointestinal bleeding", "negated"),
                  N("conditions", "dilated cardiomyopathy", "family"),
                  N("conditions", "Hypertrophic cardiomyopathy", "other", "excluded")])


# --------------------------------------------------------------------------- 15 St Kitts medication list
@doc(15, "st_kitts_medication_list", "Saint Kitts and Nevis", "medication list (active and inactive)",
     "prescription", datestyle="d-M-Y")
def d15(d):
    d.letterhead("Frigate Bay Family Practice", [
        "Frigate Bay Road, Basseterre, St Kitts, Federation of St Kitts and Nevis, West Indies",
        "Tel +1 869 465 7712   Fax +1 869 465 7713"], right=["MEDICATION LIST", "Printed 02-Jun-2025"])
    d.kv([("Patient", "Winston Liburd-Hanley"), ("Chart no.", "FBFP-08126"), ("DOB", "21-Oct-1956"),
          ("Pharmacy", "Pelican Mall Pharmacy, Basseterre")])
    d.h("Allergies / intolerances")
    d.table([("b", "Substance"), ("b", "Reaction"), ("b", "Recorded")],
            [["Penicillin", "Anaphylaxis - severe", "12-Mar-1998"],
             ["Atorvastatin", "Myalgia (intolerance)", "04-Feb-2021"]], [30, 45, 25])
    d.h("ACTIVE MEDICATIONS")
    d.table([("b", "Medicine (brand)"), ("b", "Strength"), ("b", "Directions"), ("b", "Started"), ("b", "Prescriber")], [
        ["Metformin (Glucophage)", "850 mg", "1 tab bd with meals", "10-Jan-2015", "Dr Mills"],
        ["Sitagliptin (Januvia)", "100 mg", "1 tab mane", "18-May-2025", "Dr Mills - NEW"],
        ["Amlodipine / valsartan (Exforge)", "5/160 mg", "1 tab mane", "22-Aug-2019", "Dr Mills"],
        ["Rosuvastatin (Crestor)", "10 mg", "1 tab at night", "04-Feb-2021", "Dr Mills"],
        ["Tamsulosin (Flomax)", "400 mcg", "1 cap nocte", "11-Nov-2022", "Dr Richards (urology)"],
        ["Insulin isophane (Humulin N) 100 units/mL", "16 units", "subcut nocte", "18-May-2025", "Dr Mills - dose changed"],
        ["Latanoprost (Xalatan) 0.005% eye drops", "1 drop", "each eye at night", "03-Mar-2023", "Eye clinic"],
        ["Paracetamol (Panadol)", "1 g", "qid prn pain", "--", "OTC"],
    ], [34, 12, 20, 14, 20])
    d.h("INACTIVE / STOPPED MEDICATIONS")
    d.table([("b", "Medicine (brand)"), ("b", "Strength"), ("b", "Directions"), ("b", "Stopped"), ("b", "Reason")], [
        ["Gliclazide (Diamicron)", "80 mg", "1 tab bd", "18-May-2025", "hypoglycaemia - replaced by sitagliptin"],
        ["Atorvastatin (Lipitor)", "20 mg", "1 tab at night", "04-Feb-2021", "myalgia"],
        ["Doxycycline", "100 mg", "1 cap bd x 7 days", "09-Apr-2025", "course completed"],
        ["Naproxen (Naprosyn)", "500 mg", "1 tab bd prn", "15-Jan-2024", "CKD - avoid NSAIDs"],
    ], [30, 12, 20, 14, 24])
    d.p("Active problems: type 2 diabetes mellitus, hypertension, benign prostatic hyperplasia, "
        "open-angle glaucoma, CKD stage 3a.", size=8.5)
    d.p("Please bring this list to every appointment and to the pharmacy. Tell your pharmacist if you are "
        "allergic to any medicine or take herbal remedies such as bush tea.", size=8)
    d.sign("A. Mills", ["Dr Andrea Mills, Family Physician"])
    return T(
        medications=[M("metformin", "Glucophage", "850", "mg", "oral", "bd"),
                     M("sitagliptin", "Januvia", "100", "mg", "oral", "mane", "new"),
                     M("amlodipine/valsartan", "Exforge", "5/160", "mg", "oral", "mane"),
                     M("rosuvastatin", "Crestor", "10", "mg", "oral", "at night"),
                     M("tamsulosin", "Flomax", "400", "mcg", "oral", "nocte"),
                     M("insulin isophane", "Humulin N", "16", "units", "subcutaneous", "nocte", "changed"),
                     M("latanoprost", "Xalatan", "1", "drop", "ophthalmic", "at night"),
                     M("paracetamol", "Panadol", "1", "g", "oral", "qid prn"),
                     M("gliclazide", "Diamicron", "80", "mg", "oral", "bd", "stopped"),
                     M("atorvastatin", "Lipitor", "20", "mg", "oral", "at night", "stopped"),
                     M("doxycycline", None, "100", "mg", "oral", "bd", "completed"),
                     M("naproxen", "Naprosyn", "500", "mg", "oral", "bd prn", "stopped")],
        allergies=[A("Penicillin", "Anaphylaxis", "severe"), A("Atorvastatin", "Myalgia")],
        conditions=[C("type 2 diabetes mellitus"), C("hypertension"), C("benign prostatic hyperplasia", aliases=["BPH"]),
                    C("open-angle glaucoma"), C("CKD stage 3a")],
        must_not=[N("medications", "gliclazide", "stopped"), N("medications", "atorvastatin", "stopped"),
                  N("medications", "doxycycline", "stopped", "completed"), N("medications", "naproxen", "stopped")])


# --------------------------------------------------------------------------- 16 Montserrat pre-op form (scan)
@doc(16, "montserrat_preop_form", "Montserrat", "pre-operative assessment form (tick boxes)", "medical_record",
     scan=(1.8, 160), hand=True, datestyle="d/m/Y")
def d16(d):
    d.letterhead("Brades Surgical Day Unit", [
        "Brades Main Road, Brades, Montserrat MSR1110, British Overseas Territory",
        "Tel +1 664 491 3377"], right=["PRE-OPERATIVE", "ASSESSMENT"])
    d.kv([("Name", ("h", "Imogen Ryan-Fenton")), ("Hosp. no.", ("h", "BSD-40219")),
          ("DOB", ("h", "30/09/1979")), ("Date", ("h", "24/02/2025")),
          ("Procedure", ("h", "lap. cholecystectomy")), ("Surgeon", ("h", "Mr D. Osborne"))])
    d.kv([("Indication", ("h", "symptomatic gallstones"))], cols=1, lw=80)
    d.h("Medical history - please tick")
    q = [("Heart disease / angina / heart attack", False, ""),
         ("High blood pressure", True, "on amlodipine 5 mg od"),
         ("Diabetes", False, ""),
         ("Asthma or COPD", True, "asthma - uses inhaler"),
         ("Stroke or TIA", False, ""),
         ("Epilepsy / seizures", False, ""),
         ("Kidney disease", False, ""),
         ("Bleeding or clotting disorder", False, ""),
         ("Previous problems with anaesthetic", False, ""),
         ("Family history of anaesthetic problems (malignant hyperthermia)", False, ""),
         ("Currently smoke", False, "stopped 2015"),
         ("Could you be pregnant?", False, "")]
    d.table([("b", "Question"), ("b", "Yes"), ("b", "No"), ("b", "Details")],
            [[qq, ("t", y), ("t", not y), ("h", det)] for qq, y, det in q], [46, 7, 7, 40], minh=1)
    d.h("Allergies")
    d.table([("b", "Any allergies?"), ("b", "Yes"), ("b", "No"), ("b", "Substance / reaction")],
            [["Medicines", ("t", True), ("t", False), ("h", "morphine - itching, vomiting")],
             ["Latex", ("t", True), ("t", False), ("h", "latex - hives")],
             ["Plasters / dressings", ("t", False), ("t", True), ("h", "")],
             ["Food", ("t", False), ("t", True), ("h", "")]], [46, 7, 7, 40], minh=1)
    d.h("Current medicines (incl. inhalers, over-the-counter)")
    d.table([("b", "Medicine"), ("b", "Dose"), ("b", "How often")], [
        [("h", "amlodipine"), ("h", "5 mg"), ("h", "od")],
        [("h", "Seretide 250 (fluticasone/salmeterol)"), ("h", "2 puffs"), ("h", "bd")],
        [("h", "salbutamol inhaler"), ("h", "100 mcg"), ("h", "prn")],
        [("h", "omeprazole"), ("h", "20 mg"), ("h", "od")]], [50, 25, 25], minh=2)
    d.h("Observations (nurse)")
    d.kv([("BP", ("h", "134/84")), ("Pulse", ("h", "72")), ("SpO2", ("h", "98%")), ("Temp", ("h", "36.6")),
          ("Height", ("h", "165 cm")), ("Weight", ("h", "78 kg")), ("BMI", ("h", "28.7")), ("ASA", ("h", "II"))],
         cols=4, lw=40)
    d.p("Stop eating 6 hours before surgery. Take your usual blood pressure tablet with a sip of water on the "
        "morning of surgery. Do not take ibuprofen for 3 days before the operation.", size=8)
    d.kv([("Assessed by", ("h", "S/N P. Greenaway")), ("Signature", ("h", "PG"))])
    return T(
        medications=[M("amlodipine", None, "5", "mg", "oral", "od"),
                     M("fluticasone/salmeterol", "Seretide 250", None, None, "inhaled", "bd"),
                     M("salbutamol", None, "100", "mcg", "inhaled", "prn"),
                     M("omeprazole", None, "20", "mg", "oral", "od")],
        vitals=[V("blood_pressure", "134/84", 134.0, 84.0, "mmHg"), V("heart_rate", "72", 72.0, None, None),
                V("oxygen_saturation", "98%", 98.0, None, "%"), V("temperature", "36.6", 36.6, None, None),
                V("height", "165 cm", 165.0, None, "cm"), V("weight", "78 kg", 78.0, None, "kg"),
                V("bmi", "28.7", 28.7, None, None)],
        allergies=[A("morphine", "itching, vomiting"), A("latex", "hives")],
        conditions=[C("High blood pressure", aliases=["hypertension"]), C("asthma"),
                    C("symptomatic gallstones", aliases=["cholelithiasis"])],
        must_not=[N("conditions", "Heart disease", "checkbox_no"), N("conditions", "Diabetes", "checkbox_no"),
                  N("conditions", "Stroke or TIA", "checkbox_no"), N("conditions", "Epilepsy", "checkbox_no"),
                  N("conditions", "Kidney disease", "checkbox_no"),
                  N("conditions", "Bleeding or clotting disorder", "checkbox_no"),
                  N("conditions", "malignant hyperthermia", "checkbox_no"),
                  N("allergies", "Plasters / dressings", "checkbox_no"), N("allergies", "Food", "checkbox_no"),
                  N("medications", "ibuprofen", "leaflet", "pre-op instructions")])


# --------------------------------------------------------------------------- 17 Anguilla allergy clinic
@doc(17, "anguilla_allergy_clinic_letter", "Anguilla", "allergy clinic letter", "medical_record",
     datestyle="j F Y")
def d17(d):
    d.letterhead("Valley Allergy & Immunology Clinic", [
        "Stoney Ground Road, The Valley, Anguilla AI-2640, British West Indies",
        "Tel +1 264 497 5521   valleyallergy.ai@example.org"], right=["Allergy Clinic Letter"])
    d.p("9 June 2025")
    d.p("To: Dr Kendra Hodge, Sandy Ground Medical Practice, Anguilla", after=6)
    d.p("Re: Master Jaylen Carty-Webster, DOB 14 February 2013, clinic no. VAI-0613", font="SB")
    d.p("Jaylen (12 years) attended with his mother for assessment of food reactions. At a birthday party in "
        "March he developed lip swelling, widespread hives and wheeze within 10 minutes of eating a peanut "
        "cookie, treated in A&E with intramuscular adrenaline. He has had hives with cashew nuts previously. "
        "He also has perennial rhinitis and mild asthma.")
    d.h("Skin prick tests (9 June 2025)", bar=False)
    spt = [("Peanut", "9"), ("Cashew", "7"), ("Almond", "0"), ("Egg white", "0"), ("House dust mite (D. pteronyssinus)", "8"),
           ("Cat dander", "5"), ("Histamine (positive control)", "6"), ("Saline (negative control)", "0")]
    d.table([("b", "Allergen"), ("b", "Wheal (mm)"), ("b", "Interpretation")],
            [[a, w, "positive" if int(w) >= 3 and "control" not in a else ("control" if "control" in a else "negative")]
             for a, w in spt], [50, 20, 30])
    d.h("Specific IgE (drawn 9 June 2025)", bar=False)
    ige = [("Peanut specific IgE", "18.4", "H"), ("Ara h 2 (peanut component) IgE", "11.2", "H"),
           ("Cashew specific IgE", "6.3", "H"), ("Total IgE", "640", "H")]
    d.table([("b", "Test"), ("b", "Result"), ("b", "Flag"), ("b", "Units"), ("b", "Reference")],
            [[n, v, f, "kU/L", "<0.35" if n != "Total IgE" else "<200"] for n, v, f in ige], [40, 15, 10, 15, 20])
    d.h("Conclusions", bar=False)
    d.table([("b", "Allergy"), ("b", "Reaction"), ("b", "Severity")], [
        ["Peanut", "Anaphylaxis (lip swelling, hives, wheeze)", "Severe"],
        ["Cashew", "Urticaria", "Moderate"],
        ["House dust mite", "Perennial allergic rhinitis", "Mild"],
        ["Cat dander", "Rhinoconjunctivitis", "Mild"]], [30, 50, 20])
    d.p("Amoxicillin: the label of 'penicillin allergy' from a rash at age 3 was removed after a negative "
        "oral amoxicillin challenge today - he is NOT allergic to penicillin. Almond and egg were negative "
        "and he can keep eating them. Possible oral allergy syndrome to raw apple - not confirmed, to be "
        "reassessed.")
    d.h("Treatment", bar=False)
    d.bullets(["Adrenaline (epinephrine) auto-injector EpiPen Jr is no longer suitable; NEW EpiPen 300 mcg "
               "auto-injector, two devices, 300 mcg IM for anaphylaxis",
               "Cetirizine 10 mg once daily",
               "Fluticasone propionate nasal spray (Flixonase) 50 mcg, 2 sprays each nostril once daily",
               "Beclometasone inhaler (Qvar) 50 mcg, 1 puff twice daily - continue"])
    d.p("Oral amoxicillin 250 mg given in clinic today for the challenge (single dose).")
    d.p("Advice sheet given: 'Read food labels - avoid foods that may contain peanut or tree nuts. Tell your "
        "doctor or dentist if you are allergic to latex or any medicine.'", size=8.5)
    d.p("Yours sincerely,")
    d.sign("S. Fleming", ["Dr Sharon Fleming, Consultant in Allergy and Immunology"])
    labs = [L(n, v, "kU/L", None, 0.35 if n != "Total IgE" else 200.0, "<0.35" if n != "Total IgE" else "<200",
              "high", "2025-06-09") for n, v, f in ige]
    return T(
        medications=[M("epinephrine", "EpiPen", "300", "mcg", "intramuscular", None, "new",
                       ), M("cetirizine", None, "10", "mg", "oral", "once daily"),
                     M("fluticasone propionate", "Flixonase", "50", "mcg", "intranasal", "once daily"),
                     M("beclometasone", "Qvar", "50", "mcg", "inhaled", "twice daily")],
        labs=labs,
        allergies=[A("Peanut", "Anaphylaxis", "Severe"), A("Cashew", "Urticaria", "Moderate"),
                   A("House dust mite", "Perennial allergic rhinitis", "Mild"),
                   A("Cat dander", "Rhinoconjunctivitis", "Mild")],
        conditions=[C("perennial rhinitis", aliases=["allergic rhinitis"]), C("asthma")],
        must_not=[N("allergies", "penicillin", "negated", "de-labelled after challenge"),
                  N("allergies", "Almond", "negated"), N("allergies", "Egg", "negated"),
                  N("allergies", "apple", "other", "possible oral allergy syndrome"),
                  N("medications", "amoxicillin", "other", "single challenge dose in clinic"),
                  N("allergies", "latex", "leaflet"), N("allergies", "tree nuts", "leaflet")])


# --------------------------------------------------------------------------- 18 BVI discharge (scan PDF)
@doc(18, "bvi_discharge_summary", "British Virgin Islands", "discharge summary", "discharge_summary",
     scan=(-1.6, 170), hand=True, datestyle="d/m/Y")
def d18(d):
    d.header = "Road Town Community Hospital - Discharge summary - Tamsin Frett-Penn - RTC-118260"
    d.letterhead("Road Town Community Hospital", [
        "Waterfront Drive, Road Town, Tortola VG1110, British Virgin Islands",
        "Tel +1 284 494 6610   Fax +1 284 494 6611"], right=["DISCHARGE SUMMARY", "Surgical Ward"])
    d.kv([("Patient", "Tamsin Frett-Penn"), ("Hosp. no.", "RTC-118260"), ("DOB", "19/04/1958 (67 y) F"),
          ("Consultant", "Mr Ravi Chinnery"), ("Admitted", "02/09/2025"), ("Discharged", "06/09/2025")])
    d.h("Diagnosis")
    d.p("Upper gastrointestinal bleed from a duodenal ulcer (Forrest IIb), NSAID-associated. Helicobacter "
        "pylori CLO test negative. Background: osteoarthritis of both knees, hypothyroidism, atrial "
        "fibrillation excluded on telemetry.")
    d.h("Course")
    d.p("Presented with melaena and dizziness after 3 weeks of diclofenac for knee pain. Hb 7.1 g/dL on "
        "arrival. Transfused 2 units of packed red cells and given pantoprazole 80 mg IV bolus followed by an "
        "infusion. Endoscopy 03/09/2025: 8 mm duodenal ulcer with adherent clot, injected with adrenaline and "
        "clipped. No re-bleeding. Diclofenac stopped permanently.")
    d.h("Results")
    labs = [("Haemoglobin", "g/dL", "11.5-15.5", 11.5, 15.5, ("7.1", "L"), ("9.4", "L"), ["Hb"]),
            ("Urea", "mmol/L", "2.5-7.8", 2.5, 7.8, ("14.2", "H"), ("5.1", ""), []),
            ("Creatinine", "umol/L", "45-90", 45.0, 90.0, ("88", ""), ("71", ""), []),
            ("INR", None, "0.8-1.2", 0.8, 1.2, ("1.1", ""), ("1.0", ""), ["International normalised ratio"])]
    rows, truth = [], []
    for name, unit, ref, lo, hi, a, b, al in labs:
        rows.append([name, f"{a[0]} {a[1]}".strip(), f"{b[0]} {b[1]}".strip(), unit or "", ref])
        truth.append(L(name, a[0], unit, lo, hi, None, flag_of(a[1], True), "2025-09-02", al))
        truth.append(L(name, b[0], unit, lo, hi, None, flag_of(b[1], True), "2025-09-05", al))
    d.table([("b", "Test"), ("b", "02/09/2025"), ("b", "05/09/2025"), ("b", "Units"), ("b", "Reference")],
            rows, [30, 17, 17, 16, 20])
    d.h("Allergies")
    d.p("Tramadol - confusion and hallucinations.")
    d.h("Medications on discharge")
    d.table([("b", "Medicine"), ("b", "Dose"), ("b", "Frequency"), ("b", "Comment")], [
        ["Pantoprazole", "40 mg", "bd", "NEW - 8 weeks, then once daily"],
        ["Levothyroxine", "100 mcg", "mane", "unchanged"],
        ["Paracetamol", "1 g", "qds prn", "for knee pain"],
        ["Ferrous sulfate", "200 mg", "once daily", "NEW - 3 months"],
        ["Diclofenac", "50 mg", "tds", "STOPPED - cause of bleed. Avoid all NSAIDs"],
    ], [28, 14, 16, 42])
    d.h("Follow-up")
    d.p("Repeat FBC in 2 weeks with GP. Repeat endoscopy in 8 weeks to confirm healing. Biopsy histology from "
        "the gastric antrum is pending.")
    d.hand(d.lm, d.y - 10, "Pt counselled re NSAIDs - no ibuprofen / naproxen OTC.  R.C.", 11)
    d.y -= 24
    d.sign("R. Chinnery", ["Mr Ravi Chinnery, FRCS - Consultant Surgeon"])
    return T(
        medications=[M("pantoprazole", None, "40", "mg", "oral", "bd", "new"),
                     M("levothyroxine", None, "100", "mcg", "oral", "mane"),
                     M("paracetamol", None, "1", "g", "oral", "qds prn"),
                     M("ferrous sulfate", None, "200", "mg", "oral", "once daily", "new"),
                     M("diclofenac", None, "50", "mg", "oral", "tds", "stopped")],
        labs=truth,
        allergies=[A("Tramadol", "confusion and hallucinations")],
        conditions=[C("duodenal ulcer", aliases=["Upper gastrointestinal bleed"]), C("osteoarthritis of both knees"),
                    C("hypothyroidism")],
        must_not=[N("medications", "diclofenac", "stopped"),
                  N("medications", "packed red cells", "other", "transfusion on ward"),
                  N("conditions", "atrial fibrillation", "other", "excluded"),
                  N("labs", "Biopsy histology", "other", "pending"),
                  N("medications", "naproxen", "leaflet", "counselling")])


# --------------------------------------------------------------------------- 19 Isle of Wight lab (attached flags)
@doc(19, "isle_of_wight_lab_report", "Isle of Wight (NHS England)", "lab report (flags attached to values)",
     "lab_result", datestyle="d-M-Y")
def d19(d):
    d.letterhead("Solent Isle Pathology Service", [
        "Blood Sciences, Medina Road, Newport, Isle of Wight PO30 5ZX, England, United Kingdom",
        "Tel +44 1983 552 610   (NHS trust laboratory)"], right=["CLINICAL BIOCHEMISTRY", "Lab no. SIP25-0418837"])
    d.kv([("Patient", "HARGREAVES, Ellen Mary"), ("NHS no.", "943 817 2265"), ("DOB", "07-Nov-1949 (F)"),
          ("Source", "Ventnor Bay Surgery (GP)"), ("Requested by", "Dr P. Ashworth"),
          ("Collected", "14-Mar-2025 09:20"), ("Received", "14-Mar-2025 11:02"), ("Reported", "14-Mar-2025 15:47")])
    d.kv([("Clinical details", "Tiredness, on amiodarone. ?hypothyroid. Check LFT/TFT.")], cols=1, lw=90)
    groups = [
        ("Urea & electrolytes", [
            ("Sodium", "132L", "mmol/L", "133 - 146", 133.0, 146.0, ["Na"]),
            ("Potassium", "4.6", "mmol/L", "3.5 - 5.3", 3.5, 5.3, ["K"]),
            ("Urea", "6.9", "mmol/L", "2.5 - 7.8", 2.5, 7.8, []),
            ("Creatinine", "97", "umol/L", "45 - 84", 45.0, 84.0, [], "H"),
            ("eGFR", "49", "mL/min/1.73m2", ">90", 90.0, None, [], "L")]),
        ("Liver function", [
            ("Bilirubin", "11", "umol/L", "0 - 21", 0.0, 21.0, []),
            ("ALT", "62H", "U/L", "0 - 33", 0.0, 33.0, ["Alanine transaminase"]),
            ("Alkaline phosphatase", "138H", "U/L", "30 - 130", 30.0, 130.0, ["ALP"]),
            ("Albumin", "38", "g/L", "35 - 50", 35.0, 50.0, []),
            ("Gamma GT", "71H", "U/L", "0 - 40", 0.0, 40.0, ["GGT"])]),
        ("Thyroid function", [
            ("TSH", "9.8H", "mU/L", "0.27 - 4.20", 0.27, 4.2, ["Thyroid stimulating hormone"]),
            ("Free T4", "10.2L", "pmol/L", "12.0 - 22.0", 12.0, 22.0, ["FT4"])]),
        ("Other", [
            ("Calcium (adjusted)", "2.31", "mmol/L", "2.20 - 2.60", 2.2, 2.6, ["Adj Ca"]),
            ("Glucose (fasting)", "6.2H", "mmol/L", "3.0 - 6.0", 3.0, 6.0, []),
            ("Cholesterol", "5.9", "mmol/L", "", None, None, []),
            ("Vitamin B12", "182L", "ng/L", "197 - 771", 197.0, 771.0, ["Cobalamin"]),
            ("Folate", "6.4", "ug/L", "3.9 - 26.8", 3.9, 26.8, []),
            ("CRP", "<4", "mg/L", "0 - 5", 0.0, 5.0, ["C-reactive protein"])])]
    truth = []
    for g, rows in groups:
        d.h(g)
        trows = []
        for r in rows:
            name, v, unit, ref, lo, hi, al = r[:7]
            extra = r[7] if len(r) > 7 else ""
            printed = v + extra
            m = re.match(r"^([<>]?[0-9.]+)(HH|LL|H|L)?$", printed)
            val, fl = m.group(1), m.group(2) or ""
            trows.append([name, ("b", printed) if fl else printed, unit, ref])
            t = L(name, val, unit, lo, hi, ref if (ref and (lo is None or hi is None)) else None,
                  flag_of(fl, bool(ref)), "2025-03-14", al)
            if val.startswith("<"):
                t["value_numeric"] = None
            truth.append(t)
        d.table([("b", "Test"), ("b", "Result"), ("b", "Units"), ("b", "Ref. range")], trows, [40, 18, 20, 22],
                grid=False)
    d.p("Comment: TSH raised with low free T4 - consistent with amiodarone-induced hypothyroidism; suggest "
        "discuss with cardiology. Cholesterol: no reference range - interpret with QRISK3. Vitamin B12 low: "
        "intrinsic factor antibodies to follow (pending).", size=8.5)
    d.p("Results are flagged H (high) or L (low) next to the value.", size=7.5)
    d.sign("A. Whitcombe", ["Dr Alice Whitcombe, Consultant Chemical Pathologist"])
    return T(medications=[M("amiodarone", None, None, None, None, None, optional=True)],
             labs=truth,
             must_not=[N("labs", "intrinsic factor antibodies", "other", "pending"),
                       N("conditions", "hypothyroid", "other", "query in clinical details")])


# --------------------------------------------------------------------------- 20 Shetland diabetes clinic letter
@doc(20, "shetland_diabetes_clinic_letter", "Shetland (NHS Scotland)", "clinic letter (diabetes)", "medical_record",
     datestyle="j F Y / d/m/Y")
def d20(d):
    d.letterhead("North Ness Diabetes Centre", [
        "4 Harbour Brae, Lerwick, Shetland ZE1 0QX, Scotland, United Kingdom",
        "Tel +44 1595 741 208   (NHS Scotland island health board service)"], right=["Diabetes Clinic", "CHI 2107884412"])
    d.p("Clinic date: 21 October 2025      Typed: 23 October 2025")
    d.p("Dr Magnus Isbister\nScalloway Health Centre, Main Street, Scalloway, Shetland ZE1 0TR", after=8)
    d.p("Dear Dr Isbister,")
    d.p("Re: Ms Freya Halcrow-Sinclair, DOB 21/07/1988, 12 Hillhead Crescent, Lerwick", font="SB")
    d.h("Diagnoses", bar=False)
    d.bullets(["Type 1 diabetes mellitus (diagnosed 2001)", "Coeliac disease", "Primary hypothyroidism",
               "Diabetic retinopathy - none at last screening (April 2025)"])
    d.h("Current treatment", bar=False)
    d.bullets(["Insulin glargine (Lantus) 100 units/mL - 22 units at night",
               "Insulin aspart (NovoRapid) 100 units/mL - 6 units with meals (tds), plus correction",
               "Levothyroxine 75 micrograms mane",
               "Atorvastatin 20 mg nocte - started today (replaces simvastatin 40 mg, stopped)",
               "Glucagon (GlucaGen HypoKit) 1 mg - for severe hypoglycaemia"])
    d.p("Freya reports two mild hypoglycaemic episodes a week, mostly late afternoon after her shifts at the "
        "fish factory. She has good awareness of hypoglycaemia and no severe episodes. She denies chest pain "
        "and has no symptoms of neuropathy. Her father also has type 1 diabetes and her mother has "
        "rheumatoid arthritis. Gastroenteritis in August has resolved.")
    d.p("HbA1c today 64 mmol/mol (H; target <53) compared with 71 mmol/mol on 15/04/2025. Creatinine 68 umol/L "
        "(ref 45-90), urine ACR 1.2 mg/mmol (ref <3.0), TSH 2.4 mU/L (ref 0.35-5.0), all on 21/10/2025.")
    d.p("BP 118/72 mmHg, weight 64.5 kg, BMI 23.8 kg/m2. Feet: pulses present, monofilament normal.")
    d.p("She reacts to the adhesive on sensor patches (Elastoplast-type plasters cause blistering). We will "
        "consider a FreeStyle Libre 3 sensor with a barrier film, and discuss a closed-loop insulin pump at "
        "her next visit. I have asked her to reduce the lunchtime NovoRapid to 4 units on work days.")
    d.p("Kind regards,")
    d.sign("I. Tulloch", ["Dr Iona Tulloch, Consultant Diabetologist"])
    return T(
        medications=[M("insulin glargine", "Lantus", "22", "units", "subcutaneous", "at night"),
                     M("insulin aspart", "NovoRapid", "6", "units", "subcutaneous", "tds", optional=True),
                     M("levothyroxine", None, "75", "micrograms", "oral", "mane"),
                     M("atorvastatin", None, "20", "mg", "oral", "nocte", "new"),
                     M("simvastatin", None, "40", "mg", "oral", None, "stopped"),
                     M("glucagon", "GlucaGen HypoKit", "1", "mg", None, None)],
        labs=[L("HbA1c", "64", "mmol/mol", None, 53.0, "<53", "high", "2025-10-21"),
              L("HbA1c", "71", "mmol/mol", None, None, None, None, "2025-04-15"),
              L("Creatinine", "68", "umol/L", 45.0, 90.0, None, "normal", "2025-10-21"),
              L("urine ACR", "1.2", "mg/mmol", None, 3.0, "<3.0", "normal", "2025-10-21",
                ["albumin:creatinine ratio"]),
              L("TSH", "2.4", "mU/L", 0.35, 5.0, None, "normal", "2025-10-21")],
        vitals=[V("blood_pressure", "118/72", 118.0, 72.0, "mmHg"), V("weight", "64.5", 64.5, None, "kg"),
                V("bmi", "23.8", 23.8, None, "kg/m2")],
        allergies=[A("adhesive", "blistering")],
        conditions=[C("Type 1 diabetes mellitus", aliases=["T1DM"]), C("Coeliac disease"),
                    C("Primary hypothyroidism")],
        must_not=[N("medications", "simvastatin", "stopped"), N("conditions", "Diabetic retinopathy", "negated"),
                  N("conditions", "chest pain", "negated"), N("conditions", "neuropathy", "negated"),
                  N("conditions", "rheumatoid arthritis", "family"),
                  N("conditions", "Gastroenteritis", "historical", "resolved"),
                  N("conditions", "severe hypoglycaemia", "negated", "no severe episodes")])


# --------------------------------------------------------------------------- 21 Yukon clinic note
@doc(21, "yukon_family_medicine_note", "Yukon (Canada)", "clinic note (SOAP)", "medical_record",
     datestyle="Y-m-d", pagesize=letter)
def d21(d):
    d.letterhead("Klondike Valley Family Medicine", [
        "3104 Third Avenue, Whitehorse, Yukon Y1A 1E4, Canada",
        "Tel +1 867 667 4815   Fax +1 867 667 4816"], right=["PROGRESS NOTE"])
    d.kv([("Patient", "Bergeron, Luc Amaruq"), ("YHCIP no.", "002-418-779"), ("DOB", "1961-08-30 (M)"),
          ("Visit date", "2025-11-18"), ("Provider", "Dr Hannah Sedgwick, MD CCFP"), ("Visit type", "In person")])
    d.h("S:")
    d.p("64M with COPD and depression, here for follow-up after an exacerbation treated in Dawson City on "
        "2025-10-29 with prednisone and doxycycline (both courses finished). Breathing back to baseline, MRC "
        "dyspnea grade 2. Cough with clear sputum in the mornings. Denies fever, hemoptysis or weight loss. "
        "Mood improved on escitalopram; sleeping better, denies suicidal ideation. No history of heart "
        "failure. Quit smoking 2023 (40 pack-years). Father died of lung cancer; brother has COPD.")
    d.p("Allergies: codeine (nausea); ASA - bronchospasm.")
    d.h("Current medications")
    d.table([("b", "Medication"), ("b", "Dose"), ("b", "Directions"), ("b", "Note")], [
        ["Tiotropium (Spiriva HandiHaler)", "18 mcg", "1 capsule inhaled daily", ""],
        ["Fluticasone furoate / vilanterol (Breo Ellipta)", "100/25 mcg", "1 inhalation daily", "new 2025-11-18, replaces Advair"],
        ["Fluticasone propionate / salmeterol (Advair Diskus)", "250/50 mcg", "1 inhalation BID", "discontinued 2025-11-18"],
        ["Salbutamol (Ventolin HFA)", "100 mcg", "2 puffs q4h PRN", ""],
        ["Escitalopram (Cipralex)", "15 mg", "once daily", "increased from 10 mg on 2025-09-02"],
        ["Ramipril (Altace)", "10 mg", "once daily", ""],
        ["Vitamin D3 (cholecalciferol)", "1000 units", "daily", ""],
    ], [36, 14, 24, 26])
    d.h("O:")
    d.p("BP 136/82, HR 84, RR 18, SpO2 94% on room air, T 36.5 C, weight 88.2 kg. Scattered expiratory "
        "wheeze, no crackles. PHQ-9 today 7 (was 16). Spirometry 2025-06-10: FEV1/FVC 0.58, FEV1 61% predicted.")
    d.h("A:")
    d.bullets(["COPD, GOLD 2, recent exacerbation - recovered", "Major depressive disorder, improving",
               "Hypertension, controlled", "R/O obstructive sleep apnea - snoring reported by partner"])
    d.h("P:")
    d.bullets(["Switch Advair to Breo Ellipta (once daily, better adherence); inhaler technique reviewed.",
               "Continue escitalopram 15 mg. Consider adding bupropion if mood plateaus.",
               "Pulmonary rehab referral (Whitehorse General). Sleep study requested.",
               "Pneumococcal conjugate (Prevnar 20) due - patient will book with Community Health.",
               "Influenza vaccine given today: Fluzone High-Dose, lot UJ4479AA, left deltoid."])
    d.sign("H. Sedgwick", ["Hannah Sedgwick, MD CCFP"])
    return T(
        medications=[M("tiotropium", "Spiriva HandiHaler", "18", "mcg", "inhaled", "daily"),
                     M("fluticasone furoate/vilanterol", "Breo Ellipta", "100/25", "mcg", "inhaled", "daily", "new"),
                     M("fluticasone propionate/salmeterol", "Advair Diskus", "250/50", "mcg", "inhaled", "BID",
                       "stopped"),
                     M("salbutamol", "Ventolin HFA", "100", "mcg", "inhaled", "q4h PRN"),
                     M("escitalopram", "Cipralex", "15", "mg", "oral", "once daily", "changed"),
                     M("ramipril", "Altace", "10", "mg", "oral", "once daily"),
                     M("cholecalciferol", None, "1000", "units", "oral", "daily")],
        vitals=[V("blood_pressure", "136/82", 136.0, 82.0, "mmHg"), V("heart_rate", "84", 84.0, None, None),
                V("respiratory_rate", "18", 18.0, None, None), V("oxygen_saturation", "94%", 94.0, None, "%"),
                V("temperature", "36.5", 36.5, None, "C"), V("weight", "88.2", 88.2, None, "kg")],
        allergies=[A("codeine", "nausea"), A("ASA", "bronchospasm")],
        conditions=[C("COPD", aliases=["chronic obstructive pulmonary disease"]),
                    C("Major depressive disorder", aliases=["depression"]), C("Hypertension")],
        immunizations=[I("Influenza", "2025-11-18", None, "UJ4479AA", "Fluzone High-Dose")],
        must_not=[N("medications", "fluticasone propionate/salmeterol", "stopped", "discontinued"),
                  N("medications", "prednisone", "other", "completed course (past, not listed)"),
                  N("medications", "doxycycline", "other", "completed course (past, not listed)"),
                  N("medications", "bupropion", "planned"), N("conditions", "hemoptysis", "negated"),
                  N("conditions", "heart failure", "negated"), N("conditions", "lung cancer", "family"),
                  N("conditions", "obstructive sleep apnea", "other", "rule out"),
                  N("immunizations", "Pneumococcal conjugate (Prevnar 20)", "due")])


# --------------------------------------------------------------------------- 22 Nunavut patient portal
@doc(22, "nunavut_patient_portal_summary", "Nunavut (Canada)", "EHR print-out (patient portal summary)",
     "medical_record", datestyle="Y-m-d", pagesize=letter)
def d22(d):
    d.letterhead("Nunavut Health Connect - My Health Summary", [
        "Apex Road Health Centre, Building 1088, Iqaluit, Nunavut X0A 0H0, Canada",
        "Tel +1 867 979 5300   Portal help +1 867 979 5399"], size=12,
        right=["Printed from patient portal", "2025-05-20"])
    d.kv([("Name", "Akeeagok-Tremblay, Naomi"), ("Health card", "NU 7720 0194"), ("Born", "1994-01-12"),
          ("Primary clinic", "Apex Road Health Centre")])
    d.h("My health issues")
    d.table([("b", "Issue"), ("b", "Status"), ("b", "Since")], [
        ["Gestational diabetes (2023 pregnancy)", "Resolved", "2023-03-02"],
        ["Latent tuberculosis infection", "Active - on treatment", "2025-02-18"],
        ["Iron deficiency anemia", "Active", "2024-11-05"],
        ["Migraine without aura", "Active", "2016-09-30"]], [50, 25, 25])
    d.h("My medications")
    d.table([("b", "Medication"), ("b", "How to take"), ("b", "Status")], [
        ["Isoniazid 300 mg tablet", "Take 1 tablet by mouth once weekly with rifapentine (3HP)", "Active - week 9 of 12"],
        ["Rifapentine 150 mg tablet", "Take 900 mg (6 tablets) by mouth once weekly", "Active - week 9 of 12"],
        ["Pyridoxine 25 mg tablet", "Take 1 tablet by mouth once daily", "Active"],
        ["Ferrous fumarate 300 mg (Palafer)", "Take 1 capsule by mouth every other day", "Active"],
        ["Sumatriptan 50 mg tablet", "Take 1 tablet at migraine onset; may repeat once after 2 h", "Active"],
        ["Norethindrone 0.35 mg (Micronor)", "Take 1 tablet daily", "Active"],
        ["Metformin 500 mg tablet", "Take 1 tablet twice daily", "Inactive - stopped 2023-06-10"]], [38, 42, 20])
    d.h("My allergies")
    d.table([("b", "Allergy"), ("b", "Reaction"), ("b", "Severity")], [
        ["Sulfamethoxazole / trimethoprim", "Hives", "Moderate"],
        ["Ibuprofen", "Facial swelling", "Severe"],
        ["Strawberries", "Itchy mouth", "Mild"]], [40, 40, 20])
    d.h("My immunizations")
    d.table([("b", "Vaccine"), ("b", "Date"), ("b", "Dose"), ("b", "Status")], [
        ["Tdap (Boostrix)", "2023-05-14", "1", "Given"],
        ["Influenza (Flulaval Tetra)", "2024-10-21", "1", "Given"],
        ["COVID-19 (Comirnaty XBB.1.5)", "2024-10-21", "1", "Given"],
        ["HPV9 (Gardasil 9)", "2008-10-03", "3", "Given"],
        ["RSV (Abrysvo)", "--", "--", "Not eligible"],
        ["Influenza 2025-2026", "due 2025-10", "--", "Due"]], [40, 20, 12, 28])
    d.h("My recent results")
    labs = [("Hemoglobin", "112", "L", "g/L", "120-160", 120.0, 160.0, ["Hgb"]),
            ("Ferritin", "14", "L", "ug/L", "15-200", 15.0, 200.0, []),
            ("ALT", "41", "H", "U/L", "<35", None, 35.0, ["Alanine aminotransferase"]),
            ("Bilirubin, total", "9", "", "umol/L", "<21", None, 21.0, [])]
    d.table([("b", "Test"), ("b", "Result"), ("b", "Flag"), ("b", "Units"), ("b", "Normal range"), ("b", "Collected")],
            [[r[0], r[1], r[2], r[3], r[4], "2025-05-12"] for r in labs], [28, 14, 10, 14, 16, 18])
    d.p("Interferon-gamma release assay (QuantiFERON): result from 2025-02-10 shown under Health issues. "
        "Liver tests 2025-05-26: not yet resulted.", size=8)
    d.h("My vital signs (last visit 2025-05-12)")
    d.table([("b", "Blood pressure"), ("b", "Pulse"), ("b", "Weight"), ("b", "Height"), ("b", "BMI")],
            [["112/70 mmHg", "68 bpm", "61.0 kg", "158 cm", "24.4"]], [20, 20, 20, 20, 20])
    d.h("Upcoming")
    d.p("2025-06-09 TB nurse visit (weekly 3HP dose observed). Plan: start oral contraceptive review; consider "
        "propranolol for migraine prevention if headaches exceed 4 per month.", size=8.5)
    d.p("This summary is for your information. If you are allergic to any medicine, tell your nurse or "
        "pharmacist. Call 911 or go to the nearest health centre if you have chest pain.", size=7.5)
    t = lab_truth([r[:7] + (r[7],) for r in labs], "2025-05-12")
    return T(
        medications=[M("isoniazid", None, "300", "mg", "oral", "once weekly"),
                     M("rifapentine", None, "900", "mg", "oral", "once weekly"),
                     M("pyridoxine", None, "25", "mg", "oral", "once daily"),
                     M("ferrous fumarate", "Palafer", "300", "mg", "oral", "every other day"),
                     M("sumatriptan", None, "50", "mg", "oral", "at migraine onset"),
                     M("norethindrone", "Micronor", "0.35", "mg", "oral", "daily"),
                     M("metformin", None, "500", "mg", "oral", "twice daily", "stopped")],
        labs=t,
        vitals=[V("blood_pressure", "112/70", 112.0, 70.0, "mmHg"), V("heart_rate", "68", 68.0, None, "bpm"),
                V("weight", "61.0", 61.0, None, "kg"), V("height", "158", 158.0, None, "cm"),
                V("bmi", "24.4", 24.4, None, None)],
        allergies=[A("Sulfamethoxazole / trimethoprim", "Hives", "Moderate"),
                   A("Ibuprofen", "Facial swelling", "Severe"), A("Strawberries", "Itchy mouth", "Mild")],
        conditions=[C("Latent tuberculosis infection", aliases=["LTBI"]), C("Iron deficiency anemia"),
                    C("Migraine without aura")],
        immunizations=[I("Tdap", "2023-05-14", 1, None, "Boostrix"),
                       I("Influenza", "2024-10-21", 1, None, "Flulaval Tetra"),
                       I("COVID-19", "2024-10-21", 1, None, "Comirnaty XBB.1.5"),
                       I("HPV9", "2008-10-03", 3, None, "Gardasil 9")],
        must_not=[N("medications", "metformin", "stopped"),
                  N("conditions", "Gestational diabetes", "historical", "resolved"),
                  N("immunizations", "RSV", "other", "not eligible"),
                  N("immunizations", "Influenza 2025-2026", "due"),
                  N("labs", "Liver tests", "other", "pending"),
                  N("medications", "propranolol", "planned"),
                  N("conditions", "chest pain", "leaflet")])


# --------------------------------------------------------------------------- 23 ACT lab report (flag column)
@doc(23, "act_pathology_report", "Australian Capital Territory (Australia)", "lab report (flag column)",
     "lab_result", datestyle="d/m/Y")
def d23(d):
    d.letterhead("Ginninderra Clinical Pathology", [
        "27 Wattlebird Crescent, Belconnen ACT 2617, Australia",
        "Ph +61 2 6251 8840   Fax +61 2 6251 8841   NATA-style accreditation no. 55821"],
        right=["PATHOLOGY REPORT", "Lab ID 25-G-773410"])
    d.kv([("Patient", "Mrs Priya Venkataraman-Scott"), ("Medicare", "4417 80217 3-1"), ("DOB", "02/05/1977 (F)"),
          ("Referrer", "Dr Oliver Brennan, Kippax Medical Centre"), ("Collected", "06/10/2025 08:32"),
          ("Reported", "06/10/2025 14:10")])
    d.kv([("Clinical notes", "Fatigue, heavy menses. On ferrous sulfate. Exclude coeliac disease.")], cols=1, lw=90)
    sections = [
        ("HAEMATOLOGY - Full blood count", [
            ("Haemoglobin", "104", "L", "g/L", "115 - 165", 115.0, 165.0, ["Hb"]),
            ("White cell count", "6.2", "", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ["WCC"]),
            ("Platelets", "412", "H", "x10^9/L", "150 - 400", 150.0, 400.0, []),
            ("MCV", "74", "L", "fL", "80 - 100", 80.0, 100.0, ["Mean corpuscular volume"]),
            ("MCH", "23.9", "L", "pg", "27 - 33", 27.0, 33.0, []),
            ("Neutrophils", "3.9", "", "x10^9/L", "2.0 - 7.5", 2.0, 7.5, [])]),
        ("IRON STUDIES", [
            ("Iron", "5", "L", "umol/L", "10 - 30", 10.0, 30.0, []),
            ("Transferrin", "3.9", "H", "g/L", "2.0 - 3.6", 2.0, 3.6, []),
            ("Transferrin saturation", "5", "L", "%", "15 - 45", 15.0, 45.0, ["TSAT"]),
            ("Ferritin", "6", "L", "ug/L", "30 - 200", 30.0, 200.0, [])]),
        ("BIOCHEMISTRY", [
            ("CRP", "3", "", "mg/L", "< 5", None, 5.0, ["C-reactive protein"]),
            ("ESR", "24", "H", "mm/h", "< 20", None, 20.0, ["Erythrocyte sedimentation rate"]),
            ("Vitamin B12", "310", "", "pmol/L", "150 - 700", 150.0, 700.0, []),
            ("Red cell folate", "1120", "", "nmol/L", "> 900", 900.0, None, []),
            ("Tissue transglutaminase IgA", "<1", "", "U/mL", "< 7", None, 7.0, ["tTG-IgA"]),
            ("Total IgA", "2.1", "", "g/L", "0.7 - 4.0", 0.7, 4.0, []),
            ("TSH", "1.62", "", "mIU/L", "0.50 - 4.00", 0.5, 4.0, [])])]
    truth = []
    for title, rows in sections:
        d.h(title)
        d.table([("b", "Test"), ("b", "Result"), ("b", "Flag"), ("b", "Units"), ("b", "Reference")],
                [[r[0], r[1], r[2], r[3], r[4]] for r in rows], [36, 14, 8, 16, 20])
        truth += lab_truth(rows, "2025-10-06")
    for t in truth:
        if t["value_text"] == "<1":
            t["value_numeric"] = None
    d.p("Comment: Iron deficiency with microcytic anaemia. Coeliac serology negative with normal total IgA. "
        "Faecal occult blood test requested - result to follow (pending). Suggest gynaecology review for "
        "menorrhagia.", size=8.5)
    d.sign("E. Nguyen", ["Dr Emily Nguyen, FRCPA - Haematologist"])
    return T(labs=truth,
             medications=[M("ferrous sulfate", None, None, None, None, None, optional=True)],
             must_not=[N("conditions", "coeliac disease", "other", "exclude - serology negative"),
                       N("labs", "Faecal occult blood test", "other", "pending")])


# --------------------------------------------------------------------------- 24 Vermont C-CDA CCD
@doc(24, "vermont_ccda_continuity_of_care", "United States (Vermont)", "EHR print-out (C-CDA continuity of care)",
     "medical_record", datestyle="m/d/Y", pagesize=letter)
def d24(d):
    d.header = "Continuity of Care Document - Caldwell, Roger T. - MRN OCF-0048813"
    d.letterhead("Otter Creek Family Health", [
        "212 Lowell Brook Road, Middlebury, VT 05753, United States",
        "Phone +1 802 555 0148   Fax +1 802 555 0149"], right=["Continuity of Care Document", "C-CDA R2.1 rendering"])
    d.kv([("Patient", "Caldwell, Roger T."), ("MRN", "OCF-0048813"), ("DOB", "03/09/1954"), ("Sex", "Male"),
          ("Document created", "04/22/2025"), ("Author", "Sarah Okafor-Lind, MD")])
    d.h("Problems")
    d.table([("b", "Problem"), ("b", "Status"), ("b", "Onset"), ("b", "ICD-10")], [
        ["Type 2 diabetes mellitus with diabetic chronic kidney disease", "Active", "06/12/2009", "E11.22"],
        ["Essential hypertension", "Active", "02/01/2005", "I10"],
        ["Gout", "Active", "09/30/2016", "M10.9"],
        ["Benign prostatic hyperplasia", "Active", "11/04/2018", "N40.0"],
        ["Pneumonia", "Resolved", "01/15/2024", "J18.9"]], [50, 15, 17, 18])
    d.h("Allergies and Intolerances")
    d.table([("b", "Substance"), ("b", "Reaction"), ("b", "Severity"), ("b", "Status")], [
        ["Penicillin G", "Hives", "Moderate", "Active"],
        ["Atorvastatin", "Myalgia", "Mild", "Active (intolerance)"],
        ["Bee venom", "Anaphylaxis", "Severe", "Active"]], [30, 30, 20, 20])
    d.h("Medications")
    d.table([("b", "Medication"), ("b", "Sig"), ("b", "Status"), ("b", "Start")], [
        ["metFORMIN 1,000 mg tablet (Glucophage)", "1 tablet PO BID", "Active", "06/20/2009"],
        ["Insulin degludec (Tresiba FlexTouch) 100 units/mL", "24 units SC QHS", "Active", "03/02/2022"],
        ["Lisinopril 20 mg tablet", "1 tablet PO daily", "Active", "02/01/2005"],
        ["Pravastatin 40 mg tablet", "1 tablet PO QHS", "Active", "05/11/2019"],
        ["Allopurinol 100 mg tablet", "2 tablets (200 mg) PO daily", "Active", "10/05/2016"],
        ["Finasteride 5 mg tablet", "1 tablet PO daily", "Active", "11/04/2018"],
        ["Dulaglutide (Trulicity) 1.5 mg/0.5 mL pen", "1.5 mg SC once weekly", "Active - new", "04/22/2025"],
        ["Glipizide 5 mg tablet", "1 tablet PO BID", "Discontinued 04/22/2025", "01/08/2014"],
        ["Epinephrine 0.3 mg auto-injector (EpiPen)", "0.3 mg IM once PRN anaphylaxis", "Active", "07/19/2020"]],
        [40, 26, 18, 16])
    d.h("Immunizations")
    d.table([("b", "Vaccine"), ("b", "Date"), ("b", "Lot"), ("b", "Status")], [
        ["Influenza, high-dose (Fluzone High-Dose)", "10/03/2024", "UT8047LA", "Completed"],
        ["Pneumococcal conjugate PCV20 (Prevnar 20)", "11/07/2023", "LJ2291", "Completed"],
        ["Zoster recombinant (Shingrix) dose 1", "02/14/2024", "7K3RW", "Completed"],
        ["Zoster recombinant (Shingrix) dose 2", "", "", "Due 06/2024 - overdue"],
        ["COVID-19 2024-2025 (Spikevax)", "", "", "Declined by patient"]], [44, 18, 18, 20])
    d.h("Results")
    labs = [("Hemoglobin A1c", "8.1", "H", "%", "<5.7", None, 5.7, ["HbA1c"]),
            ("Creatinine", "1.52", "H", "mg/dL", "0.70-1.30", 0.7, 1.3, []),
            ("eGFR", "47", "L", "mL/min/1.73m2", ">=60", 60.0, None, []),
            ("Urine albumin/creatinine ratio", "88", "H", "mg/g", "<30", None, 30.0, ["UACR"]),
            ("Potassium", "4.9", "", "mmol/L", "3.5-5.1", 3.5, 5.1, []),
            ("Uric acid", "6.4", "", "mg/dL", "3.5-7.2", 3.5, 7.2, [])]
    d.table([("b", "Test"), ("b", "Value"), ("b", "Flag"), ("b", "Units"), ("b", "Ref range"), ("b", "Date")],
            [[r[0], r[1], r[2], r[3], r[4], "04/15/2025"] for r in labs], [32, 10, 8, 18, 14, 18])
    d.h("Vital Signs")
    d.table([("b", "Date"), ("b", "BP"), ("b", "Pulse"), ("b", "Temp"), ("b", "Weight"), ("b", "Height"), ("b", "BMI")],
            [["04/22/2025", "142/84 mmHg", "76 /min", "97.9 F", "214 lb", "70 in", "30.7 kg/m2"]],
            [16, 16, 12, 12, 12, 12, 14])
    d.h("Plan of Care")
    d.bullets(["Start dulaglutide 1.5 mg weekly; stop glipizide (hypoglycemia).",
               "Consider empagliflozin for CKD protection at next visit if eGFR stable.",
               "Shingrix dose 2 - schedule at pharmacy.", "Diabetic eye exam due 06/2025.",
               "Repeat BMP and A1c in 3 months."])
    d.h("Encounters")
    d.table([("b", "Date"), ("b", "Type"), ("b", "Provider"), ("b", "Reason")], [
        ["04/22/2025", "Office visit", "Sarah Okafor-Lind, MD", "Diabetes follow-up"],
        ["01/15/2024", "Urgent care", "Marcus Bell, PA-C", "Pneumonia (resolved)"]], [16, 18, 30, 36])
    d.h("Insurance")
    d.p("Primary: Medicare Part B, member ID 7XK4-TE3-MR82. Secondary: Green Valley Mutual Supplement Plan G, "
        "group 40917.", size=8.5)
    d.h("Care Team")
    d.p("PCP: Sarah Okafor-Lind, MD (Otter Creek Family Health). Nephrology: Daniel Pereira, MD, Champlain "
        "Kidney Associates, Burlington VT, +1 802 555 0190. Diabetes educator: Ruth Abenaki, RN CDCES.",
        size=8.5)
    return T(
        medications=[M("metformin", "Glucophage", "1,000", "mg", "oral", "BID"),
                     M("insulin degludec", "Tresiba FlexTouch", "24", "units", "subcutaneous", "QHS"),
                     M("lisinopril", None, "20", "mg", "oral", "daily"),
                     M("pravastatin", None, "40", "mg", "oral", "QHS"),
                     M("allopurinol", None, "200", "mg", "oral", "daily"),
                     M("finasteride", None, "5", "mg", "oral", "daily"),
                     M("dulaglutide", "Trulicity", "1.5", "mg", "subcutaneous", "once weekly", "new"),
                     M("glipizide", None, "5", "mg", "oral", "BID", "stopped"),
                     M("epinephrine", "EpiPen", "0.3", "mg", "intramuscular", "PRN")],
        labs=lab_truth(labs, "2025-04-15"),
        vitals=[V("blood_pressure", "142/84", 142.0, 84.0, "mmHg"), V("heart_rate", "76", 76.0, None, "/min"),
                V("temperature", "97.9", 97.9, None, "F"), V("weight", "214", 214.0, None, "lb"),
                V("height", "70", 70.0, None, "in"), V("bmi", "30.7", 30.7, None, "kg/m2")],
        allergies=[A("Penicillin G", "Hives", "Moderate"), A("Atorvastatin", "Myalgia", "Mild"),
                   A("Bee venom", "Anaphylaxis", "Severe")],
        conditions=[C("Type 2 diabetes mellitus with diabetic chronic kidney disease", icd="E11.22"),
                    C("Essential hypertension", icd="I10"), C("Gout", icd="M10.9"),
                    C("Benign prostatic hyperplasia", icd="N40.0")],
        immunizations=[I("Influenza, high-dose", "2024-10-03", None, "UT8047LA", "Fluzone High-Dose"),
                       I("Pneumococcal conjugate PCV20", "2023-11-07", None, "LJ2291", "Prevnar 20"),
                       I("Zoster recombinant", "2024-02-14", 1, "7K3RW", "Shingrix")],
        must_not=[N("medications", "glipizide", "stopped"), N("medications", "empagliflozin", "planned"),
                  N("conditions", "Pneumonia", "historical", "resolved"),
                  N("immunizations", "Zoster recombinant (Shingrix) dose 2", "due"),
                  N("immunizations", "COVID-19 2024-2025", "other", "declined")])


# --------------------------------------------------------------------------- scans
def scanify(pdf_path, out_path, ext, angle, dpi, seed):
    """Render pages, rotate, blur, tone to paper, uneven light, noise. No text layer."""
    os.makedirs(WORK, exist_ok=True)
    pdf = pdfium.PdfDocument(pdf_path)
    rng = np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))
    imgs = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        a = angle + (0.15 * i if angle > 0 else -0.15 * i)
        img = img.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        arr = np.asarray(img).astype(np.float32) / 255.0
        h, w = arr.shape[:2]
        paper = np.array([0.965, 0.945, 0.89], dtype=np.float32)
        arr = arr * paper + (1 - arr) * np.array([0.08, 0.08, 0.1], dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = w * (0.35 + 0.3 * rng.random()), h * (0.3 + 0.3 * rng.random())
        dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        light = 1.03 - 0.16 * dist - 0.05 * (xx / w)
        arr = arr * light[..., None]
        arr = arr + rng.normal(0, 0.022, size=arr.shape).astype(np.float32)
        arr = np.clip(arr * 255.0, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(arr, "RGB"))
    pdf.close()
    if ext in ("jpg", "png"):
        assert len(imgs) == 1, "image scans must be single-page"
        if ext == "jpg":
            imgs[0].save(out_path, "JPEG", quality=82, optimize=False, dpi=(dpi, dpi))
        else:
            imgs[0].convert("L").save(out_path, "PNG", optimize=False, dpi=(dpi, dpi))
        return
    c = rl_canvas.Canvas(out_path, invariant=1, pageCompression=1)
    c.setTitle("scan")
    c.setAuthor("heldout15 synthetic")
    c.setCreator("make_heldout15.py")
    for i, im in enumerate(imgs):
        tmp = os.path.join(WORK, f"_scan_page_{i}.jpg")  # fixed path: reportlab names images by path
        im.save(tmp, "JPEG", quality=80, optimize=False)
        wpt, hpt = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((wpt, hpt))
        c.drawImage(tmp, 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    for i in range(len(imgs)):
        os.remove(os.path.join(WORK, f"_scan_page_{i}.jpg"))


# --------------------------------------------------------------------------- schema vocabulary
def schema_vocab():
    spec = importlib.util.spec_from_file_location("_heldout15_schema", SCHEMA_PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return {"DocumentType": set(typing.get_args(mod.DocumentType)),
            "VitalKind": set(typing.get_args(mod.VitalKind)),
            "MedicationStatus": set(typing.get_args(mod.MedicationStatus))}


WHYS = {"negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet", "other"}
CATS = {"medications", "labs", "vitals", "allergies", "conditions", "immunizations"}


def norm(s):
    return re.sub(r"\s+", "", s or "").lower()


def date_forms(iso):
    d = _dt.date.fromisoformat(iso)
    D, Mo, Y = d.day, d.month, d.year
    b, B = d.strftime("%b"), d.strftime("%B")
    return {f"{D:02d}/{Mo:02d}/{Y}", f"{D}/{Mo}/{Y}", f"{D:02d}-{b}-{Y}", f"{D}-{b}-{Y}", f"{D:02d} {b} {Y}",
            f"{D} {b} {Y}", f"{D} {B} {Y}", f"{D:02d} {B} {Y}", f"{D:02d}.{Mo:02d}.{Y}", f"{D}.{Mo}.{Y}",
            iso, f"{Mo:02d}/{D:02d}/{Y}", f"{Mo}/{D}/{Y}", f"{D:02d}/{Mo:02d}/{Y % 100:02d}",
            f"{D:02d}-{Mo:02d}-{Y}", f"{b} {D}, {Y}", f"{B} {D}, {Y}", f"{D:02d}-{b}-{Y % 100:02d}",
            f"{Mo:02d}/{D:02d}/{Y % 100:02d}", f"{Mo}/{D}/{Y % 100:02d}"}


def check_truth(t, meta, drawn_text, layer_text, vocab):
    errs = []
    where = meta["stem"]
    if t["document_type"] not in vocab["DocumentType"]:
        errs.append(f"{where}: bad document_type")
    hay = [norm(drawn_text)] + ([norm(layer_text)] if layer_text is not None else [])

    def need(val, what):
        if val is None or val == "":
            return
        for hs in hay:
            if norm(str(val)) not in hs:
                errs.append(f"{where}: {what} {val!r} not found in {'drawn' if hs is hay[0] else 'text layer'}")

    def need_date(iso, what):
        if iso is None:
            return
        try:
            forms = date_forms(iso)
        except ValueError:
            errs.append(f"{where}: {what} not ISO: {iso!r}")
            return
        for hs in hay:
            if not any(norm(f) in hs for f in forms):
                errs.append(f"{where}: {what} {iso} not printed")

    opt = 0
    for cat in CATS:
        for r in t.get(cat, []):
            opt += 1 if r.get("optional") else 0
    if opt > 1:
        errs.append(f"{where}: more than one optional row")
    for r in t["medications"]:
        if r["status"] not in vocab["MedicationStatus"]:
            errs.append(f"{where}: bad status {r['status']}")
        if r["name"] != r["name"].lower():
            errs.append(f"{where}: medication name not lower case {r['name']}")
        for k in ("name", "brand", "dose", "unit", "frequency"):
            need(r[k], "medication " + k)
        if r["status"] in ("stopped", "held", "completed"):
            if not any(m["category"] == "medications" and m["why"] == "stopped"
                       and norm(m["name"]) == norm(r["name"]) for m in t["must_not"]):
                errs.append(f"{where}: {r['status']} medication {r['name']} lacks must_not")
    for r in t["labs"]:
        for k in ("test_name", "value_text", "unit"):
            need(r[k], "lab " + k)
        need_date(r["date"], "lab date")
        if r["flag"] not in (None, "normal", "high", "low", "critical", "abnormal"):
            errs.append(f"{where}: bad flag")
    for r in t["vitals"]:
        if r["kind"] not in vocab["VitalKind"]:
            errs.append(f"{where}: bad vital kind {r['kind']}")
        need(r["value_text"], "vital")
    for r in t["allergies"]:
        need(r["substance"], "allergy")
        need(r["reaction"], "allergy reaction")
    for r in t["conditions"]:
        need(r["name"], "condition")
    for r in t["immunizations"]:
        need(r["vaccine"], "vaccine")
        need(r["lot_number"], "lot")
        need(r["brand"], "vaccine brand")
        need_date(r["administered_on"], "vaccine date")
    for m in t["must_not"]:
        if m["why"] not in WHYS or m["category"] not in CATS:
            errs.append(f"{where}: bad must_not {m}")
        need(m["name"], "must_not")
    return errs


# --------------------------------------------------------------------------- build
def build(out):
    vocab = schema_vocab()
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    tmpdir = os.path.join(out, ".tmp_build")
    os.makedirs(tmpdir, exist_ok=True)
    errs, rows = [], []
    drawn_all = {}
    for meta in sorted(DOCS, key=lambda m: m["num"]):
        stem, ext = meta["stem"], meta["ext"]
        fname = f"{stem}.{ext}"
        pdf_target = os.path.join(tmpdir, stem + ".pdf") if meta["scan"] else os.path.join(out, "docs", fname)
        # pass 1: count pages; pass 2: draw with "Page i of N"
        d0 = Doc(os.path.join(tmpdir, stem + ".count.pdf"), stem, meta["pagesize"])
        meta["fn"](d0)
        total = d0.finish()
        d = Doc(pdf_target, stem, meta["pagesize"], total=total)
        tr = meta["fn"](d)
        pages = d.finish()
        assert pages == total
        os.remove(os.path.join(tmpdir, stem + ".count.pdf"))
        layer = None
        if meta["scan"]:
            angle, dpi = meta["scan"]
            if not (0.5 <= abs(angle) <= 2.5) or not (150 <= dpi <= 200):
                errs.append(f"{stem}: scan rotation/dpi out of range")
            scanify(pdf_target, os.path.join(out, "docs", fname), ext, angle, dpi, "heldout15-scan-" + stem)
            if ext == "pdf":
                sp = pdfium.PdfDocument(os.path.join(out, "docs", fname))
                txt = "".join(sp[i].get_textpage().get_text_range() for i in range(len(sp)))
                sp.close()
                if txt.strip():
                    errs.append(f"{stem}: scan has a text layer")
        else:
            sp = pdfium.PdfDocument(pdf_target)
            layer = "\n".join(sp[i].get_textpage().get_text_range() for i in range(len(sp)))
            sp.close()
        truth = {"file": f"docs/{fname}", "country": meta["country"], "document_type": meta["document_type"]}
        for cat in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations", "must_not"):
            truth[cat] = tr.get(cat, [])
        errs += check_truth(truth, meta, "\n".join(d.drawn), layer, vocab)
        with open(os.path.join(out, "truth", stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        drawn_all[stem] = d.drawn
        meta["pages"] = pages
        meta["truth"] = truth
        rows.append(meta)
    with open(os.path.join(out, "truth", "_drawn_strings.jsonl"), "w", encoding="utf-8") as fh:
        for stem in sorted(drawn_all):
            fh.write(json.dumps({"stem": stem, "drawn": drawn_all[stem]}, ensure_ascii=False) + "\n")
    shutil.rmtree(tmpdir)
    if len(rows) != 24:
        errs.append(f"expected 24 documents, got {len(rows)}")
    if sum(1 for m in rows if m["scan"]) != 6:
        errs.append("expected 6 scans")
    if sum(1 for m in rows if m["hand"]) < 6:
        errs.append("expected at least 6 handwritten documents")
    write_manifest(out)
    return errs, rows


def manifest_files(out):
    files = []
    for sub in ("docs", "truth"):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            files.append(f"{sub}/{f}")
    files.append("make_heldout15.py")
    return files


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def write_manifest(out):
    lines = []
    for f in manifest_files(out):
        src = os.path.join(out, f) if f != "make_heldout15.py" else os.path.abspath(__file__)
        lines.append(f"{sha(src)}  {f}")
    with open(os.path.join(out, "MANIFEST.sha256"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


def check_manifest(out):
    path = os.path.join(out, "MANIFEST.sha256")
    entries = [ln.split("  ", 1) for ln in open(path).read().splitlines() if ln.strip()]
    bad = []
    if len(entries) < 50:
        bad.append(f"manifest has only {len(entries)} entries")
    listed = {f for _, f in entries}
    for f in manifest_files(out):
        if f not in listed:
            bad.append(f"not in manifest: {f}")
    for h, f in entries:
        p = os.path.join(out, f)
        if not os.path.exists(p):
            bad.append(f"missing: {f}")
        elif sha(p) != h:
            bad.append(f"hash mismatch: {f}")
    return bad


def totals(rows):
    t = {c: 0 for c in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")}
    why = {}
    for m in rows:
        for c in t:
            t[c] += len(m["truth"][c])
        for r in m["truth"]["must_not"]:
            why[r["why"]] = why.get(r["why"], 0) + 1
    return t, why


def readme(rows):
    t, why = totals(rows)
    out = ["# Held-out extraction test set 15", "",
           "**Status:** held out. Written and frozen (unscored) before the next rule changes.", "",
           "24 synthetic English-language medical documents, one per country / health system, with",
           "hand-written ground truth. Every document, person, id, address, phone number, clinic and",
           "lot number is invented; every page carries the footer "
           f"`{FOOTER}`.", "",
           "## How it was made", "",
           "- `make_heldout15.py` holds all document content and all truth rows, written by hand, and",
           "  draws every document with reportlab (`invariant=1`, DejaVu fonts). Randomness is used only",
           "  for drawing (handwriting jitter, scan degradation) and is seeded with fixed strings.",
           "- Handwriting-like entries are drawn character by character in an oblique/italic DejaVu",
           "  font with jitter in size, baseline and angle; tick boxes are vector strokes.",
           "- Scans: pages rendered with pypdfium2 at 150-200 dpi, rotated 0.5-2.5 degrees, blurred,",
           "  toned to paper, unevenly lit and given mild noise; saved as JPG, PNG or image-only PDF.",
           "- Only `pipeline/clinical/schema.py` of the repository was read (for field names and",
           "  vocabularies). No extractor was run on these documents.",
           "- `truth/_drawn_strings.jsonl` is the record of every string drawn into each document",
           "  (used by the self-checks; it is not a truth file).", "",
           "Commands: `python make_heldout15.py` (build + self-checks), `--check` (verify",
           "MANIFEST.sha256), `--determinism` (build twice under /tmp/heldout15_work, compare manifests).", "",
           "## Truth conventions", "",
           "- A row is a current fact that a careful clinician would enter in the record from this",
           "  document. Lab rows carry the collection date of their column or row, one row per value",
           "  per date. Previous-result columns and cumulative columns therefore give rows with their",
           "  own dates.",
           "- `flag`: the printed flag (H/L -> high/low, HH/LL or \"critical\" -> critical,",
           "  reactive/positive -> abnormal). If no flag is printed and a reference is printed, the",
           "  flag is \"normal\". With no reference it is null.",
           "- Stopped, held and completed medicines are rows with that status AND a must_not row (why",
           "  \"stopped\"). One-off doses given in a clinic, ED or ward are must_not rows only (why",
           "  \"other\").",
           "- Due, planned, declined or not-indicated vaccines, and negated, family, planned,",
           "  ruled-out or suspected conditions and allergies, are must_not rows only. A resolved past",
           "  problem is a must_not row with why \"historical\". Declined or not-indicated vaccines,",
           "  pending results and suspected diagnoses use why \"other\". Conditions or medicines named",
           "  only in patient leaflet / advice text use why \"leaflet\". Items ticked \"No\" on a form use",
           "  why \"checkbox_no\". Planned/to-start medicines use why \"planned\".",
           "- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart",
           "  from the document alone.",
           "- must_not `why` is one of: negated, family, historical, planned, due, stopped,",
           "  checkbox_no, leaflet, other.",
           "- `name` of a medication is the generic name (lower case); `brand` the printed brand or null.",
           "  `aliases` lists other names the same item is printed or commonly known as.",
           "- A row may carry `\"optional\": true` when a careful clinician could reasonably go either",
           "  way (at most 1 per document).", "",
           "## Totals", "",
           f"- Documents: {len(rows)}; pages: {sum(m['pages'] for m in rows)}; scans: "
           f"{sum(1 for m in rows if m['scan'])}; with handwriting: {sum(1 for m in rows if m['hand'])}",
           f"- Scored rows: {sum(t.values())} ("
           + ", ".join(f"{k} {v}" for k, v in t.items()) + ")",
           f"- must_not rows: {sum(why.values())} (" + ", ".join(f"{k} {why[k]}" for k in sorted(why)) + ")",
           "", "## Documents", "",
           "| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
           "|---|------|---------|---------------|------|-------|------|-------------|------------|------|----------|"]
    for m in rows:
        tr = m["truth"]
        n = sum(len(tr[c]) for c in t)
        sc = f"yes ({m['ext'].upper()}, {m['scan'][0]:+.1f} deg, {m['scan'][1]} dpi)" if m["scan"] else "no"
        out.append(f"| {m['num']} | docs/{m['stem']}.{m['ext']} | {m['country']} | {m['document_type']} | "
                   f"{m['kind']} | {m['pages']} | {sc} | {'yes' if m['hand'] else 'no'} | {m['datestyle']} | "
                   f"{n} | {len(tr['must_not'])} |")
    return "\n".join(out) + "\n"


def main(argv):
    if "--check" in argv:
        bad = check_manifest(HERE)
        n = len(open(os.path.join(HERE, "MANIFEST.sha256")).read().splitlines())
        if bad:
            print("MANIFEST CHECK FAILED:\n  " + "\n  ".join(bad))
            return 1
        print(f"manifest OK ({n} entries)")
        return 0
    if "--determinism" in argv:
        mans = []
        for tag in ("detA", "detB"):
            out = os.path.join(WORK, tag)
            if os.path.exists(out):
                shutil.rmtree(out)
            os.makedirs(out)
            errs, _ = build(out)
            if errs:
                print("SELF-CHECK FAILED:\n  " + "\n  ".join(errs))
                return 1
            mans.append(open(os.path.join(out, "MANIFEST.sha256")).read())
        if mans[0] != mans[1]:
            print("DETERMINISM FAILED: manifests differ")
            return 1
        print(f"determinism OK ({len(mans[0].splitlines())} identical entries)")
        return 0
    for sub in ("docs", "truth"):
        p = os.path.join(HERE, sub)
        if os.path.exists(p):
            shutil.rmtree(p)
    errs, rows = build(HERE)
    if errs:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(errs))
        return 1
    rp = os.path.join(HERE, "README.md")
    if "--readme" in argv or not os.path.exists(rp):
        with open(rp, "w") as fh:
            fh.write(readme(rows))
    t, why = totals(rows)
    print(f"built {len(rows)} documents, {sum(m['pages'] for m in rows)} pages; rows {sum(t.values())} {t}; "
          f"must_not {sum(why.values())} {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
