#!/usr/bin/env python
"""Build held-out extraction test set 14 (24 synthetic medical documents + hand-written truth).

All document content and truth rows below are written by hand.  Randomness is used only
for drawing (handwriting jitter, scan simulation) and is seeded with fixed strings.

Usage:
    python make_heldout14.py                 # build into this folder (docs/, truth/, MANIFEST.sha256)
    python make_heldout14.py --out DIR       # build into another folder (no manifest check)
    python make_heldout14.py --check         # verify MANIFEST.sha256 against the files
    python make_heldout14.py --determinism   # build twice under /tmp/heldout14_work and compare
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import json
import math
import random
import re
import shutil
import sys
import typing
from datetime import date
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SCHEMA_PY = HERE.parents[1] / "pipeline" / "clinical" / "schema.py"
WORK = Path("/tmp/heldout14_work")
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"

# ----------------------------------------------------------------------------- fonts
_FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("Sans", "DejaVuSans"), ("SansB", "DejaVuSans-Bold"), ("SansI", "DejaVuSans-Oblique"),
               ("SansBI", "DejaVuSans-BoldOblique"), ("Serif", "DejaVuSerif"), ("SerifB", "DejaVuSerif-Bold"),
               ("SerifI", "DejaVuSerif-Italic"), ("Mono", "DejaVuSansMono"), ("MonoB", "DejaVuSansMono-Bold"),
               ("Cond", "DejaVuSansCondensed"), ("CondB", "DejaVuSansCondensed-Bold"),
               ("CondI", "DejaVuSansCondensed-Oblique"), ("SerifCI", "DejaVuSerifCondensed-Italic")]:
    pdfmetrics.registerFont(TTFont(_n, _FD + _f + ".ttf"))

INK = Color(0.08, 0.13, 0.45)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.90, 0.90, 0.90)
BOLD_OF = {"Sans": "SansB", "Serif": "SerifB", "Mono": "MonoB", "Cond": "CondB"}


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text, font, size, width, first_width=None):
    """Greedy word wrap; the first line may be narrower (after a bold label)."""
    words = text.split()
    lines, cur = [], ""
    lim = first_width if first_width is not None else width
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, font, size) <= lim or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
            lim = width
    if cur:
        lines.append(cur)
    return lines or [""]


# ----------------------------------------------------------------------------- drawing
class Doc:
    def __init__(self, key, pagesize=A4, npages=1, footer_left="", margin=48, top=None, bottom=62):
        self.key = key
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle("Synthetic test document " + key)
        self.c.setAuthor("heldout14")
        self.W, self.H = pagesize
        self.L, self.R = margin, self.W - margin
        self.top = top if top is not None else self.H - margin
        self.bottom = bottom
        self.y = self.top
        self.drawn = []
        self.page = 1
        self.npages = npages
        self.footer_left = footer_left
        self.rng = random.Random("heldout14-hand-" + key)
        self.header_fn = None

    # -- primitives
    def text(self, x, y, s, font="Sans", size=9, color=black, align="left"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "left":
            c.drawString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        self.drawn.append(s)
        c.setFillColor(black)

    def line(self, x1, y1, x2, y2, w=0.6, color=black):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)
        self.c.setStrokeColor(black)

    def rect(self, x, y, w, h, lw=0.6, fill=None, stroke=True):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColor(black)

    def footer(self):
        c = self.c
        self.line(self.L, 44, self.R, 44, 0.4, GREY)
        self.text(self.W / 2, 32, FOOTER, "SansB", 7.5, black, "center")
        if self.footer_left:
            self.text(self.L, 32, self.footer_left, "Sans", 6.5, GREY)
        self.text(self.R, 32, f"Page {self.page} of {self.npages}", "Sans", 7, GREY, "right")

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.header_fn:
            self.header_fn(self)

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def finish(self):
        self.footer()
        self.c.showPage()
        self.c.save()
        if self.page != self.npages:
            raise SystemExit(f"{self.key}: drew {self.page} pages, expected {self.npages}")
        return self.buf.getvalue()

    # -- flowing text
    def para(self, s, font="Sans", size=9, leading=None, label=None, x=None, width=None, gap=3,
             color=black, indent=0):
        if "\n" in s:
            for i, part in enumerate(s.split("\n")):
                self.para(part, font, size, leading, label if i == 0 else None, x, width, 0 if i < s.count("\n") else gap,
                          color, indent)
            return self.y
        x = self.L if x is None else x
        width = (self.R - x) if width is None else width
        leading = leading or size * 1.32
        lfont = BOLD_OF.get(font, "SansB")
        lw = sw(label + " ", lfont, size) if label else 0
        lines = wrap(s, font, size, width - indent, first_width=width - lw)
        for i, ln in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            if i == 0 and label:
                self.text(x, self.y, label, lfont, size, color)
                self.text(x + lw, self.y, ln, font, size, color)
            else:
                self.text(x + (indent if i else 0), self.y, ln, font, size, color)
        self.drawn.append(((label + " ") if label else "") + s)
        self.y -= gap
        return self.y

    def heading(self, s, size=10.5, font="SansB", rule=True, space=8, color=black):
        self.ensure(size + space + 14)
        self.y -= space + size
        self.text(self.L, self.y, s, font, size, color)
        if rule:
            self.line(self.L, self.y - 3, self.R, self.y - 3, 0.5, GREY)
            self.y -= 5
        self.y -= 3

    def bullets(self, items, font="Sans", size=9, bullet="\u2022", x=None):
        x = self.L + 6 if x is None else x
        for it in items:
            self.ensure(size * 1.4)
            self.text(x, self.y - size * 1.32, bullet, font, size)
            self.para(it, font, size, x=x + 10, width=self.R - x - 10, gap=1)

    def kv(self, pairs, cols=2, size=8.5, x=None, width=None, lab_w=None, font="Sans"):
        """Two-column label/value form block."""
        x = self.L if x is None else x
        width = (self.R - x) if width is None else width
        colw = width / cols
        lab_w = lab_w or colw * 0.38
        rows = [pairs[i:i + cols] for i in range(0, len(pairs), cols)]
        for r in rows:
            self.ensure(size * 1.5)
            self.y -= size * 1.45
            for j, (k, v) in enumerate(r):
                cx = x + j * colw
                self.text(cx, self.y, k, BOLD_OF.get(font, "SansB"), size)
                self.text(cx + lab_w, self.y, v, font, size)
        self.y -= 2

    def table(self, widths, rows, header=None, x=None, font="Sans", size=8, hfont=None, pad=2.5,
              grid=True, hfill=LIGHT, aligns=None, zebra=None, leading=None, cellfonts=None):
        x = self.L if x is None else x
        hfont = hfont or BOLD_OF.get(font, "SansB")
        leading = leading or size * 1.22
        aligns = aligns or ["l"] * len(widths)
        total = sum(widths)

        def cell_lines(txt, w, f):
            out = []
            for part in str(txt).split("\n"):
                out += wrap(part, f, size, w - 2 * pad)
            return out

        def draw_row(cells, fontname, fill=None, is_header=False):
            fonts = []
            for j, cval in enumerate(cells):
                f = fontname
                if isinstance(cval, tuple):
                    cval, f = cval
                elif cellfonts and not is_header and cellfonts[j]:
                    f = cellfonts[j]
                fonts.append((str(cval), f))
            lines = [cell_lines(t, w, f) for (t, f), w in zip(fonts, widths)]
            h = max(len(ls) for ls in lines) * leading + 2 * pad
            if self.y - h < self.bottom:
                if grid:
                    pass
                self.new_page()
                if header and not is_header:
                    draw_row(header, hfont, hfill, True)
            top = self.y
            if fill is not None:
                self.rect(x, top - h, total, h, 0, fill, stroke=False)
            cx = x
            for j, ((t, f), ls, w) in enumerate(zip(fonts, lines, widths)):
                ty = top - pad - size * 0.95
                for ln in ls:
                    if aligns[j] == "r":
                        self.text(cx + w - pad, ty, ln, f, size, align="right")
                    elif aligns[j] == "c":
                        self.text(cx + w / 2, ty, ln, f, size, align="center")
                    else:
                        self.text(cx + pad, ty, ln, f, size)
                    ty -= leading
                if len(ls) > 1:
                    self.drawn.append(t)
                cx += w
            if grid:
                self.c.setLineWidth(0.4)
                self.c.rect(x, top - h, total, h, stroke=1, fill=0)
                cx = x
                for w in widths[:-1]:
                    cx += w
                    self.c.line(cx, top, cx, top - h)
            else:
                self.line(x, top - h, x + total, top - h, 0.3, GREY)
            self.y = top - h

        if header:
            draw_row(header, hfont, hfill, True)
        for i, r in enumerate(rows):
            draw_row(r, font, (zebra if (zebra is not None and i % 2) else None))
        self.y -= 4
        return self.y

    # -- handwriting and tick boxes
    def hand(self, x, y, s, size=11, color=INK, font="SansI", slant=0.0):
        c = self.c
        rng = self.rng
        cx = x
        c.setFillColor(color)
        for ch in s:
            sz = size * (1 + rng.uniform(-0.07, 0.07))
            dy = rng.uniform(-0.7, 0.7)
            ang = rng.uniform(-4, 4) + slant
            c.saveState()
            c.translate(cx, y + dy)
            c.rotate(ang)
            c.setFont(font, sz)
            c.drawString(0, 0, ch)
            c.restoreState()
            cx += sw(ch, font, sz) * (1.0 + rng.uniform(0.0, 0.06))
        c.setFillColor(black)
        self.drawn.append(s)
        return cx

    def hand_lines(self, x, y, lines, size=11, lead=None, **kw):
        lead = lead or size * 1.55
        for ln in lines:
            self.hand(x, y, ln, size, **kw)
            y -= lead
        return y

    def box(self, x, y, checked=False, s=8.5, mark="tick"):
        c = self.c
        c.setLineWidth(0.7)
        c.rect(x, y, s, s, stroke=1, fill=0)
        if checked:
            rng = self.rng
            c.setStrokeColor(INK)
            c.setLineWidth(1.3)
            j = lambda: rng.uniform(-0.6, 0.6)
            if mark == "tick":
                p = c.beginPath()
                p.moveTo(x + 1.2 + j(), y + s * 0.5 + j())
                p.lineTo(x + s * 0.42 + j(), y + 1.0 + j())
                p.lineTo(x + s + 2.5 + j(), y + s + 2.0 + j())
                c.drawPath(p, stroke=1, fill=0)
            else:
                c.line(x + 1 + j(), y + 1 + j(), x + s - 1 + j(), y + s - 1 + j())
                c.line(x + 1 + j(), y + s - 1 + j(), x + s - 1 + j(), y + 1 + j())
            c.setStrokeColor(black)
            c.setLineWidth(0.7)

    def letterhead(self, name, lines, right_lines=(), size=14, font="SansB", color=black, rule_color=None):
        self.text(self.L, self.y - size, name, font, size, color)
        yy = self.y - size - 12
        for ln in lines:
            self.text(self.L, yy, ln, "Sans", 7.8, GREY)
            yy -= 10
        ry = self.y - 10
        for ln in right_lines:
            self.text(self.R, ry, ln, "Sans", 7.8, GREY, "right")
            ry -= 10
        self.y = min(yy, ry) - 2
        self.line(self.L, self.y, self.R, self.y, 1.2, rule_color or color)
        self.y -= 4


# ----------------------------------------------------------------------------- scan simulation
def scanify(pdf_bytes, key, angle, dpi=170, fmt="jpg", page_size=A4):
    rng = np.random.default_rng(int(hashlib.sha256(("scan-" + key).encode()).hexdigest()[:16], 16))
    pdf = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        paper = (int(241 - rng.integers(0, 6)), int(236 - rng.integers(0, 6)), int(222 - rng.integers(0, 8)))
        im = im.rotate(angle + (0.15 * i if i else 0), resample=Image.BICUBIC, expand=False, fillcolor=paper)
        im = im.filter(ImageFilter.GaussianBlur(0.65))
        a = np.asarray(im).astype(np.float32) / 255.0
        h, w, _ = a.shape
        tone = np.array(paper, dtype=np.float32) / 255.0
        a = a * tone  # white paper becomes toned paper, ink stays dark
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.3, 0.7)
        r2 = ((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2
        light = 1.0 - 0.16 * r2 - 0.05 * (xx / w) * rng.uniform(-1, 1)
        a = a * light[..., None]
        a = a + rng.normal(0, 0.018, size=(h, w, 1)).astype(np.float32)
        a = np.clip(a * 255.0, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(a, "RGB"))
    if fmt in ("jpg", "png"):
        if len(imgs) != 1:
            raise SystemExit(f"{key}: image format needs a single page")
        out = io.BytesIO()
        if fmt == "jpg":
            imgs[0].save(out, "JPEG", quality=86, dpi=(dpi, dpi))
        else:
            imgs[0].convert("L").save(out, "PNG", dpi=(dpi, dpi), optimize=False)
        return out.getvalue()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=page_size, invariant=1)
    for im in imgs:
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=84)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, page_size[0], page_size[1])
        c.showPage()
    c.save()
    return out.getvalue()


# ----------------------------------------------------------------------------- truth helpers
def _num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def med(name, brand, dose, unit, route, freq, status="active", optional=False):
    r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
         "frequency": freq, "status": status}
    if optional:
        r["optional"] = True
    return r


FLAGS = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "C": "critical", "*": "critical",
         "CRIT": "critical", "A": "abnormal", "HIGH": "high", "LOW": "low", "CRITICAL": "critical",
         "ABN": "abnormal", "ABNORMAL": "abnormal", "POS": "abnormal", "REACTIVE": "abnormal",
         "POSITIVE": "abnormal", "DETECTED": "abnormal"}


def lab(test, vt, unit, lo, hi, rtext, pflag, d, aliases=(), has_ref=None, optional=False):
    """pflag is the flag as printed ('' for none)."""
    if pflag:
        flag = FLAGS[pflag.upper().strip("()")]
    elif vt.upper() in ("POSITIVE", "REACTIVE", "DETECTED"):
        flag = "abnormal"
    else:
        has = has_ref if has_ref is not None else (lo is not None or hi is not None or rtext is not None)
        flag = "normal" if has else None
    r = {"test_name": test, "value_text": vt, "value_numeric": _num(vt), "unit": unit,
         "reference_low": lo, "reference_high": hi, "reference_text": rtext, "flag": flag,
         "date": d, "aliases": list(aliases)}
    if optional:
        r["optional"] = True
    return r


def vit(kind, vt, unit):
    if kind == "blood_pressure":
        a, b = vt.split("/")
        return {"kind": kind, "value_text": vt, "value_numeric": float(a), "value_secondary": float(b), "unit": unit}
    return {"kind": kind, "value_text": vt, "value_numeric": float(vt), "value_secondary": None, "unit": unit}


def alg(sub, reaction=None, severity=None):
    return {"substance": sub, "reaction": reaction, "severity": severity}


def cond(name, status="active", icd=None, aliases=(), optional=False):
    r = {"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)}
    if optional:
        r["optional"] = True
    return r


def imm(vaccine, d, dose, lot, brand, amb=False):
    return {"vaccine": vaccine, "administered_on": d, "dose_number": dose, "lot_number": lot,
            "brand": brand, "date_ambiguous": amb}


def mn(cat, name, why, note=""):
    return {"category": cat, "name": name, "why": why, "note": note}


def truth(file, country, dtype, meds=(), labs=(), vitals=(), allergies=(), conditions=(), imms=(), must_not=()):
    return {"file": file, "country": country, "document_type": dtype, "medications": list(meds),
            "labs": list(labs), "vitals": list(vitals), "allergies": list(allergies),
            "conditions": list(conditions), "immunizations": list(imms), "must_not": list(must_not)}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(iso, style):
    d = date.fromisoformat(iso)
    return {
        "d/m/Y": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "d/m/y": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "j/n/Y": f"{d.day}/{d.month}/{d.year}",
        "m/d/Y": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "n/j/Y": f"{d.month}/{d.day}/{d.year}",
        "d-M-Y": f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
        "d-M-y": f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
        "d M Y": f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}",
        "j M Y": f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        "j F Y": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "F j, Y": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "d.m.Y": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "j.n.Y": f"{d.day}.{d.month}.{d.year}",
        "Y-m-d": iso,
        "d/m": f"{d.day:02d}/{d.month:02d}",
    }[style]


DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


def R(d, stem, country, kind, dtype, date_style, formats, t, hand=False, scan=None):
    pdf = d.finish()
    return {"stem": stem, "country": country, "kind": kind, "date_style": date_style, "date_formats": formats,
            "hand": hand, "scan": scan, "pages": d.npages, "pagesize": (d.W, d.H), "pdf": pdf,
            "drawn": d.drawn, "truth": truth("", country, dtype, **t)}


# ============================================================================= 01 Lesotho - lab report (scan)
@document
def d01_lesotho():
    d = Doc("lesotho", A4, 1, footer_left="LPS/LAB/FORM 7 rev 3")
    d.letterhead("LEHAKOE PATHOLOGY SERVICES",
                 ["Plot 112, Kingsway, Maseru 100, Lesotho", "Tel +266 2231 4478  |  results@lehakoe-path.co.ls"],
                 ["Accredited medical laboratory", "Lab ref: LPS-25-031877"], size=15, color=Color(0.1, 0.3, 0.2))
    d.y -= 4
    d.kv([("Patient:", "SEKHESA, Mamello"), ("Lab no:", "LPS-25-031877"),
          ("DOB / Sex:", "17/08/1971  F"), ("Collected:", "04/03/2025 08:40"),
          ("Hospital no:", "MSU-558213"), ("Received:", "04/03/2025 10:15"),
          ("Requested by:", "Dr T. Mokhethi (HTC)"), ("Reported:", "05/03/2025 14:02")], cols=2)
    d.para("Clinical details: Routine review, on ART. ?CKD - please repeat U&E.", size=8.5)
    rows = [  # test, result, flag, unit, ref text, lo, hi, aliases
        ("Haemoglobin", "10.4", "L", "g/dL", "12.0 - 16.0", 12.0, 16.0, ["Hb"]),
        ("MCV", "78", "L", "fL", "80 - 100", 80.0, 100.0, ["Mean cell volume"]),
        ("White cell count", "3.6", "L", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ["WBC", "WCC"]),
        ("Neutrophils", "1.7", "L", "x10^9/L", "2.0 - 7.5", 2.0, 7.5, []),
        ("Platelets", "168", "", "x10^9/L", "150 - 400", 150.0, 400.0, ["PLT"]),
    ]
    chem = [
        ("Sodium", "138", "", "mmol/L", "135 - 145", 135.0, 145.0, ["Na"]),
        ("Potassium", "5.6", "H", "mmol/L", "3.5 - 5.1", 3.5, 5.1, ["K"]),
        ("Urea", "9.8", "H", "mmol/L", "2.5 - 7.8", 2.5, 7.8, []),
        ("Creatinine", "142", "H", "\u00b5mol/L", "49 - 90", 49.0, 90.0, ["Creat"]),
        ("ALT", "24", "", "U/L", "7 - 35", 7.0, 35.0, ["Alanine aminotransferase"]),
        ("HbA1c", "8.1", "H", "%", "4.0 - 6.0", 4.0, 6.0, ["Glycated haemoglobin"]),
    ]
    imm_rows = [
        ("CD4 count", "412", "L", "cells/\u00b5L", "500 - 1500", 500.0, 1500.0, ["CD4"]),
    ]
    W = [150, 70, 40, 80, 100]
    hdr = ["Test", "Result", "Flag", "Units", "Reference range"]
    for title, rr in (("HAEMATOLOGY - Full blood count", rows), ("CHEMISTRY", chem), ("IMMUNOLOGY / VIROLOGY", imm_rows)):
        d.heading(title, 9.5, space=6)
        d.table(W, [[a, b, c, u, r] for a, b, c, u, r, *_ in rr], hdr, aligns=["l", "r", "c", "l", "l"])
    d.table(W, [["eGFR (CKD-EPI)", "39", "L", "mL/min/1.73m\u00b2", ">60"],
                ["HIV-1 viral load", "<50", "", "copies/mL", ""],
                ["Urine albumin:creatinine ratio", "To follow", "", "mg/mmol", "<3.0"]],
            aligns=["l", "r", "c", "l", "l"])
    d.y -= 4
    d.para("Comment: Viral load suppressed. Mild normocytic-microcytic anaemia with leucopenia; suggest iron studies. "
           "Urine ACR sample received - result to follow.", size=8.5)
    d.para("Authorised by: N. Letsie, Medical Technologist (LMDC 0442)", size=8)
    d.hand(d.L + 250, d.y - 30, "Seen - repeat U&E 2/52. TM", 12)
    D = "2025-03-04"
    labs = [lab(a, b, u, lo, hi, None, c, D, al) for a, b, c, u, r, lo, hi, al in rows + chem + imm_rows]
    labs += [lab("eGFR (CKD-EPI)", "39", "mL/min/1.73m\u00b2", 60.0, None, ">60", "L", D, ["eGFR"]),
             lab("HIV-1 viral load", "<50", "copies/mL", None, None, None, "", D, ["VL"])]
    t = dict(labs=labs, must_not=[
        mn("labs", "Urine albumin:creatinine ratio", "other", "pending - to follow"),
        mn("conditions", "CKD", "other", "?CKD on request form - suspected")])
    return R(d, "lesotho_lab_report", "Lesotho", "lab report (flag column, scan)", "lab_result", "d/m/Y",
             ["d/m/Y"], t, hand=True, scan={"angle": 1.4, "fmt": "jpg", "dpi": 170})


# ============================================================================= 02 Eswatini - referral letter
@document
def d02_eswatini():
    d = Doc("eswatini", A4, 1)
    d.letterhead("Ezulwini Family Practice", ["Lot 47 Main Road, Ezulwini, Eswatini",
                 "Tel +268 2416 2093  |  Fax +268 2416 2094  |  ezulwinifp@realnet.sz"],
                 ["Dr Sibusiso P. Magagula MBChB", "Practice no. EMDC 1187"], size=15, color=Color(0.15, 0.2, 0.5))
    d.y -= 6
    d.para("12 February 2025", size=9.5)
    d.para("Dr N. Hlophe, Specialist Physician (Nephrology)\nMbabane Specialist Centre, Gwamile Street, Mbabane, Eswatini",
           size=9.5)
    d.y -= 4
    d.para("Dear Dr Hlophe,", size=9.5)
    d.para("RE: Mr Bongani Shongwe, DOB 03/11/1966, file no. EFP-20771, cell +268 7612 4480", font="SansB", size=9.5)
    d.para("Thank you for seeing this 58 year old teacher whose kidney function has declined over the past year and whose "
           "blood pressure remains poorly controlled despite three agents. I would value your opinion on further "
           "work-up and management.", size=9.5)
    d.para("Known problems: hypertension (diagnosed 2009), type 2 diabetes mellitus (2014) and chronic kidney disease "
           "stage 3b. He had pulmonary tuberculosis in 2016 which was fully treated and he was declared cured. "
           "There is no history of stroke or heart failure. His mother had renal failure and was on dialysis.",
           size=9.5)
    d.para("Current medication:", font="SansB", size=9.5)
    d.bullets(["Amlodipine 10 mg once daily",
               "Hydrochlorothiazide 25 mg mane",
               "Enalapril 20 mg bd (increased from 10 mg bd on 12/02/2025)",
               "Atorvastatin 20 mg nocte",
               "Gliclazide MR 60 mg mane",
               "Metformin 850 mg bd - STOPPED on 12/02/2025 because of the falling eGFR"], size=9.5)
    d.para("Allergies: sulphonamide antibiotics (co-trimoxazole) - widespread rash in 2016.", size=9.5)
    d.para("On examination today: BP 178/104 mmHg (repeat 172/100 mmHg), pulse 84 bpm regular, weight 96 kg, "
           "BMI 32.1 kg/m\u00b2. Mild pitting oedema of both ankles. Fundi not examined.", size=9.5)
    d.para("Bloods taken 10/02/2025: creatinine 168 \u00b5mol/L, eGFR 38 mL/min/1.73m\u00b2, potassium 4.9 mmol/L, "
           "HbA1c 7.4 %. Urine dipstick protein 2+.", size=9.5)
    d.para("I have increased the enalapril and stopped the metformin. I did consider spironolactone but have held off "
           "until you have reviewed his potassium. Could you please advise on whether a renal ultrasound and "
           "renal artery Doppler are indicated?", size=9.5)
    d.para("Yours sincerely,", size=9.5)
    d.hand(d.L, d.y - 22, "S. Magagula", 14)
    d.y -= 30
    d.para("Dr S. P. Magagula, General Practitioner", size=9.5)
    D = "2025-02-10"
    t = dict(
        meds=[med("amlodipine", None, "10", "mg", "oral", "once daily"),
              med("hydrochlorothiazide", None, "25", "mg", "oral", "mane"),
              med("enalapril", None, "20", "mg", "oral", "bd", "changed"),
              med("atorvastatin", None, "20", "mg", "oral", "nocte"),
              med("gliclazide", None, "60", "mg", "oral", "mane"),
              med("metformin", None, "850", "mg", "oral", "bd", "stopped")],
        labs=[lab("creatinine", "168", "\u00b5mol/L", None, None, None, "", D),
              lab("eGFR", "38", "mL/min/1.73m\u00b2", None, None, None, "", D),
              lab("potassium", "4.9", "mmol/L", None, None, None, "", D, ["K"]),
              lab("HbA1c", "7.4", "%", None, None, None, "", D),
              lab("Urine dipstick protein", "2+", None, None, None, None, "", D, ["proteinuria"], optional=True)],
        vitals=[vit("blood_pressure", "178/104", "mmHg"), vit("heart_rate", "84", "bpm"),
                vit("weight", "96", "kg"), vit("bmi", "32.1", "kg/m\u00b2")],
        allergies=[alg("co-trimoxazole", "widespread rash")],
        conditions=[cond("hypertension"), cond("type 2 diabetes mellitus", aliases=["T2DM"]),
                    cond("chronic kidney disease stage 3b", aliases=["CKD 3b"])],
        must_not=[mn("medications", "metformin", "stopped", "stopped because of falling eGFR"),
                  mn("medications", "spironolactone", "planned", "considered, held off"),
                  mn("conditions", "pulmonary tuberculosis", "historical", "treated 2016, cured"),
                  mn("conditions", "stroke", "negated", "no history of"),
                  mn("conditions", "heart failure", "negated", "no history of"),
                  mn("conditions", "renal failure", "family", "mother")])
    return R(d, "eswatini_referral_letter", "Eswatini", "referral letter", "medical_record", "j F Y + d/m/Y",
             ["d/m/Y", "j F Y"], t, hand=False)


def grid(d, x, ytop, widths, rowh, header, nrows, size=8, hsize=7.5):
    """Ruled empty grid with header; returns list of (row_top_y) for body rows and column x starts."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    d.rect(x, ytop - rowh, sum(widths), rowh, 0.5, LIGHT)
    for j, h in enumerate(header):
        d.text(xs[j] + 3, ytop - rowh + 5, h, "SansB", hsize)
    y = ytop - rowh
    tops = []
    for i in range(nrows):
        tops.append(y)
        y -= rowh
    d.c.setLineWidth(0.5)
    d.c.rect(x, y, sum(widths), ytop - y, stroke=1, fill=0)
    for xx in xs[1:-1]:
        d.c.line(xx, ytop, xx, y)
    for t in tops:
        d.c.line(x, t, xs[-1], t)
    return tops, xs, y


# ============================================================================= 03 Liberia - child card (scan)
@document
def d03_liberia():
    d = Doc("liberia", A4, 1)
    d.text(d.W / 2, d.y - 10, "REPUBLIC OF LIBERIA  -  MINISTRY OF HEALTH", "SansB", 11, align="center")
    d.text(d.W / 2, d.y - 24, "Expanded Programme on Immunization", "Sans", 9, align="center")
    d.text(d.W / 2, d.y - 42, "CHILD HEALTH & IMMUNIZATION CARD", "SansB", 15, Color(0.6, 0.1, 0.1), "center")
    d.text(d.W / 2, d.y - 56, "Redemption Road Community Clinic, Bushrod Island, Monrovia, Montserrado County, Liberia  "
           "-  Tel +231 77 640 2215", "Sans", 7.5, GREY, "center")
    y = d.y - 80
    fields = [("Child's name:", "Blessing K. Tarpeh", "Card no.:", "RRC-0241-24"),
              ("Date of birth:", "09/01/2024", "Sex:", "F"),
              ("Mother / caregiver:", "Comfort Tarpeh", "Phone:", "+231 88 517 0392"),
              ("Community:", "Logan Town, Zone 4", "Birth weight:", "3.1 kg")]
    for a, b, c2, e in fields:
        d.text(d.L, y, a, "SansB", 8.5)
        d.line(d.L + 95, y - 2, d.L + 290, y - 2, 0.4)
        d.hand(d.L + 100, y + 1, b, 11)
        d.text(d.L + 305, y, c2, "SansB", 8.5)
        d.line(d.L + 370, y - 2, d.R, y - 2, 0.4)
        d.hand(d.L + 375, y + 1, e, 11)
        y -= 20
    y -= 6
    d.text(d.L, y, "IMMUNIZATION RECORD  (write date as dd/mm/yyyy)", "SansB", 9.5)
    y -= 6
    vacc = [  # printed label, age, date, lot, vaccine, dose
        ("BCG", "At birth", "09/01/2024", "BCG2307-41", "BCG", 1),
        ("OPV 0", "At birth", "09/01/2024", "P0N1182", "OPV", 0),
        ("OPV 1", "6 weeks", "20/02/2024", "P0N1275", "OPV", 1),
        ("Pentavalent 1", "6 weeks", "20/02/2024", "PNT3321B", "Pentavalent", 1),
        ("PCV 1", "6 weeks", "20/02/2024", "PCV13-0874", "PCV", 1),
        ("Rotavirus 1", "6 weeks", "20/02/2024", "RTV4410", "Rotavirus", 1),
        ("OPV 2", "10 weeks", "19/03/2024", "P0N1275", "OPV", 2),
        ("Pentavalent 2", "10 weeks", "19/03/2024", "PNT3321B", "Pentavalent", 2),
        ("PCV 2", "10 weeks", "19/03/2024", "PCV13-0874", "PCV", 2),
        ("Rotavirus 2", "10 weeks", "19/03/2024", "RTV4452", "Rotavirus", 2),
        ("OPV 3", "14 weeks", "16/04/2024", "P0N1390", "OPV", 3),
        ("Pentavalent 3", "14 weeks", "16/04/2024", "PNT3408C", "Pentavalent", 3),
        ("PCV 3", "14 weeks", "16/04/2024", "PCV13-0911", "PCV", 3),
        ("IPV", "14 weeks", "16/04/2024", "IPV5502", "IPV", 1),
        ("Measles-Rubella 1", "9 months", "08/10/2024", "MR9917A", "Measles-Rubella", 1),
        ("Yellow fever", "9 months", "08/10/2024", "YF1204", "Yellow fever", 1),
        ("Malaria (R21) 1", "5 months", "", "", None, None),
        ("Measles-Rubella 2", "15 months", "", "", None, None),
    ]
    widths = [120, 62, 90, 100, d.R - d.L - 372]
    tops, xs, yb = grid(d, d.L, y, widths, 19.5, ["Vaccine", "Due age", "Date given", "Batch / lot no.",
                                                  "Next visit / remarks"], len(vacc))
    remarks = {2: "19/03/2024", 6: "16/04/2024", 13: "08/10/2024", 16: "Mother declined", 17: "Due 09/04/2025"}
    for i, (lbl, age, dt, lot, v, n) in enumerate(vacc):
        ty = tops[i] - 13.5
        d.text(xs[0] + 3, ty, lbl, "Sans", 8.5)
        d.text(xs[1] + 3, ty, age, "Sans", 8)
        if dt:
            d.hand(xs[2] + 4, ty, dt, 10.5)
            d.hand(xs[3] + 4, ty, lot, 10)
        if i in remarks:
            d.hand(xs[4] + 4, ty, remarks[i], 10)
    y = yb - 18
    d.text(d.L, y, "Growth monitoring (last visit):", "SansB", 8.5)
    d.hand(d.L + 150, y, "08/10/2024  Wt 8.4 kg  - Vit A given", 10.5)
    y -= 18
    d.text(d.L, y, "Remember: bring this card to every clinic visit. Your child needs Measles-Rubella 2 at 15 months.",
           "SansI", 7.8, GREY)
    d.y = y
    vv = [v for v in vacc if v[4]]
    t = dict(
        imms=[imm(v, "-".join(reversed(dt.split("/"))), n, lot, None, False) for _, _, dt, lot, v, n in vv],
        vitals=[vit("weight", "8.4", "kg")],
        must_not=[mn("immunizations", "Malaria (R21)", "other", "mother declined"),
                  mn("immunizations", "Measles-Rubella 2", "due", "due 09/04/2025")])
    return R(d, "liberia_child_immunization_card", "Liberia", "child immunisation card (handwritten, scan)",
             "immunization_record", "d/m/Y", ["d/m/Y"], t, hand=True, scan={"angle": -1.8, "fmt": "jpg", "dpi": 160})


# ============================================================================= 04 The Gambia - lab report (units varied)
@document
def d04_gambia():
    d = Doc("gambia", A4, 1)
    d.letterhead("SERREKUNDA MEDICAL DIAGNOSTICS LTD", ["14 Kairaba Avenue, Serrekunda, KMC, The Gambia",
                 "Tel +220 437 5521 / +220 799 2046  |  smd.lab@qanet.gm"], ["LABORATORY REPORT", "Form SMD-R2"],
                 size=14, color=Color(0.5, 0.15, 0.1))
    d.kv([("Name:", "Isatou Ceesay-Bah"), ("Lab ID:", "SMD/25/04417"),
          ("Age/Sex:", "29 Y / Female"), ("Sample date:", "11-Mar-2025"),
          ("Referred by:", "Dr O. Touray, Bakau"), ("Report date:", "12-Mar-2025")], cols=2, lab_w=75)
    d.para("Clinical information: Fever x 4 days, headache, vomiting. r/o typhoid.", size=8.5)
    D = "2025-03-11"
    W = [160, 110, 40, 170]
    d.heading("HAEMATOLOGY", 9.5, space=4)
    hem = [("Haemoglobin (g/dL)", "9.2", "L", "11.5 - 15.5", "Haemoglobin", "g/dL", 11.5, 15.5, ["Hb"]),
           ("WBC (x10\u00b3/\u00b5L)", "11.8", "H", "4.0 - 11.0", "WBC", "x10\u00b3/\u00b5L", 4.0, 11.0, ["White blood cells"]),
           ("Platelets (x10\u00b3/\u00b5L)", "98", "L", "150 - 450", "Platelets", "x10\u00b3/\u00b5L", 150.0, 450.0, [])]
    d.table(W, [[a, b, c, r] for a, b, c, r, *_ in hem], ["Investigation", "Result", "Flag", "Reference interval"],
            aligns=["l", "r", "c", "l"])
    d.heading("PARASITOLOGY", 9.5, space=4)
    d.table(W, [["Malaria RDT (Pf HRP2)", "POSITIVE", "", "Negative"],
                ["Malaria film (thick/thin)", "P. falciparum trophozoites seen", "", ""],
                ["Parasite density", "8640 /\u00b5L", "", ""]],
            ["Investigation", "Result", "Flag", "Reference interval"], aligns=["l", "l", "c", "l"])
    d.heading("CLINICAL CHEMISTRY", 9.5, space=4)
    chem = [("Glucose (random)", "5.9", "mmol/L", "", "3.9 - 7.8", 3.9, 7.8),
            ("Creatinine", "88", "\u00b5mol/L", "H", "45 - 84", 45.0, 84.0),
            ("Total bilirubin", "38", "\u00b5mol/L", "H", "< 21", None, 21.0),
            ("ALT (SGPT)", "41", "U/L", "H", "< 33", None, 33.0)]
    d.table(W, [[a, f"{b} {u}", c, r] for a, b, u, c, r, *_ in chem], ["Investigation", "Result", "Flag",
                                                                      "Reference interval"], aligns=["l", "r", "c", "l"])
    d.heading("SEROLOGY", 9.5, space=4)
    d.table(W, [["HBsAg (rapid)", "Non-reactive", "", "Non-reactive"],
                ["HIV 1/2 (Determine)", "Non-reactive", "", "Non-reactive"],
                ["Sickling test", "Negative", "", "Negative"]],
            ["Investigation", "Result", "Flag", "Reference interval"], aligns=["l", "l", "c", "l"])
    d.heading("MICROBIOLOGY", 9.5, space=4)
    d.table(W, [["Blood culture", "In progress - final report to follow", "", ""]],
            ["Investigation", "Result", "Flag", "Reference interval"], aligns=["l", "l", "c", "l"])
    d.para("Note: Widal test is not performed at this laboratory (poor specificity). Blood culture is the recommended test "
           "for enteric fever.", size=8)
    d.para("Checked by: Lamin K. Sanneh, BMLS       Authorised: Dr A. Njie, Pathologist", size=8)
    labs = [lab(tn, b, u, lo, hi, None, c, D, al) for a, b, c, r, tn, u, lo, hi, al in hem]
    labs += [lab("Malaria RDT (Pf HRP2)", "POSITIVE", None, None, None, "Negative", "", D, ["mRDT"]),
             lab("Malaria film", "P. falciparum trophozoites seen", None, None, None, None, "", D, ["blood film for MPs"]),
             lab("Parasite density", "8640", "/\u00b5L", None, None, None, "", D)]
    labs += [lab(a, b, u, lo, hi, None, c, D) for a, b, u, c, r, lo, hi in chem]
    labs += [lab("HBsAg", "Non-reactive", None, None, None, "Non-reactive", "", D, ["Hepatitis B surface antigen"]),
             lab("HIV 1/2", "Non-reactive", None, None, None, "Non-reactive", "", D),
             lab("Sickling test", "Negative", None, None, None, "Negative", "", D)]
    t = dict(labs=labs, must_not=[mn("labs", "Blood culture", "other", "pending"),
                                  mn("conditions", "typhoid", "other", "r/o typhoid - to be ruled out"),
                                  mn("labs", "Widal test", "other", "not performed")])
    return R(d, "gambia_lab_report", "The Gambia", "lab report (units in name column and in result cell)",
             "lab_result", "d-M-Y", ["d-M-Y"], t)


# ============================================================================= 05 Cameroon - specialist letter
@document
def d05_cameroon():
    d = Doc("cameroon", A4, 1)
    d.letterhead("Buea Heart & Chest Clinic", ["Mile 17, Molyko, Buea, South West Region, Cameroon",
                 "Tel +237 6 77 41 20 58  |  bueaheartclinic@camnet.cm"],
                 ["Dr Ernestine Fon Nkwelle, MD, FESC", "Consultant Cardiologist"], size=15, color=Color(0.55, 0.1, 0.15))
    d.para("Buea, 18/04/2025", size=9.3)
    d.para("Dr Emmanuel Ndip\nGreat Soppo Medical Centre, Buea", size=9.3)
    d.para("Re: Mrs Judith Ewane Mbua, 67 years, clinic no. BHC/2025/0419", font="SansB", size=9.3)
    d.para("Dear colleague,", size=9.3)
    d.para("Thank you for referring Mrs Mbua, whom I reviewed today for breathlessness on exertion and palpitations.",
           size=9.3)
    d.para("Diagnoses:", font="SansB", size=9.3)
    d.bullets(["Atrial fibrillation, permanent (CHA2DS2-VASc 4)",
               "Heart failure with reduced ejection fraction (LVEF 32 % on echo today)",
               "Hypertension",
               "Past history: rheumatic fever in childhood - no residual valve disease on echo"], size=9.3)
    d.para("She denies chest pain and syncope. No history of stroke or TIA. On examination BP 124/78 mmHg, heart rate "
           "92 bpm irregularly irregular, SpO2 96 % on air, weight 71 kg, bibasal crackles and mild ankle oedema.",
           size=9.3)
    d.para("Investigations (blood taken 15/04/2025):", font="SansB", size=9.3)
    d.table([150, 80, 90, 120], [["NT-proBNP", "2450 H", "pg/mL", "< 125"],
                                ["Potassium", "4.6", "mmol/L", "3.5 - 5.0"],
                                ["Creatinine", "98 H", "\u00b5mol/L", "45 - 90"],
                                ["Haemoglobin", "12.8", "g/dL", "12.0 - 16.0"],
                                ["TSH", "pending", "mIU/L", "0.4 - 4.0"]],
            ["Test", "Result", "Unit", "Reference"], size=8.5)
    d.para("Medication changes:", font="SansB", size=9.3)
    d.table([170, 150, 160], [["Bisoprolol 5 mg once daily", "CHANGED", "increased from 2.5 mg"],
                              ["Rivaroxaban (Xarelto) 20 mg once daily", "NEW", "with the evening meal"],
                              ["Furosemide 40 mg mane", "continue", ""],
                              ["Spironolactone 25 mg once daily", "continue", ""],
                              ["Perindopril 4 mg once daily", "continue", ""],
                              ["Digoxin 0.125 mg once daily", "STOPPED", "rate control with bisoprolol"],
                              ["Aspirin 75 mg once daily", "STOPPED", "now anticoagulated"]],
            ["Medicine", "Status", "Comment"], size=8.5)
    d.para("No known drug allergies. I wonder about thyrotoxicosis as a contributor to the AF - ?thyrotoxicosis, TSH "
           "awaited. I plan to start dapagliflozin 10 mg daily once the repeat creatinine is available. Please repeat "
           "U&E in two weeks. I will see her again in six weeks.", size=9.3)
    d.para("Kind regards,", size=9.3)
    d.hand(d.L, d.y - 20, "E. F. Nkwelle", 13)
    d.y -= 26
    d.para("Dr Ernestine Fon Nkwelle, Consultant Cardiologist", size=9)
    D = "2025-04-15"
    t = dict(
        meds=[med("bisoprolol", None, "5", "mg", "oral", "once daily", "changed"),
              med("rivaroxaban", "Xarelto", "20", "mg", "oral", "once daily", "new"),
              med("furosemide", None, "40", "mg", "oral", "mane"),
              med("spironolactone", None, "25", "mg", "oral", "once daily"),
              med("perindopril", None, "4", "mg", "oral", "once daily"),
              med("digoxin", None, "0.125", "mg", "oral", "once daily", "stopped"),
              med("aspirin", None, "75", "mg", "oral", "once daily", "stopped")],
        labs=[lab("NT-proBNP", "2450", "pg/mL", None, 125.0, None, "H", D),
              lab("Potassium", "4.6", "mmol/L", 3.5, 5.0, None, "", D),
              lab("Creatinine", "98", "\u00b5mol/L", 45.0, 90.0, None, "H", D),
              lab("Haemoglobin", "12.8", "g/dL", 12.0, 16.0, None, "", D)],
        vitals=[vit("blood_pressure", "124/78", "mmHg"), vit("heart_rate", "92", "bpm"),
                vit("oxygen_saturation", "96", "%"), vit("weight", "71", "kg")],
        conditions=[cond("Atrial fibrillation", aliases=["AF"]),
                    cond("Heart failure with reduced ejection fraction", aliases=["HFrEF"]),
                    cond("Hypertension")],
        must_not=[mn("medications", "digoxin", "stopped"), mn("medications", "aspirin", "stopped"),
                  mn("medications", "dapagliflozin", "planned", "plan to start"),
                  mn("conditions", "chest pain", "negated", "denies"), mn("conditions", "syncope", "negated", "denies"),
                  mn("conditions", "stroke", "negated", "no history of"),
                  mn("conditions", "rheumatic fever", "historical", "childhood"),
                  mn("conditions", "thyrotoxicosis", "other", "suspected, TSH awaited"),
                  mn("labs", "TSH", "other", "pending")])
    return R(d, "cameroon_cardiology_letter", "Cameroon", "specialist letter (anglophone)", "medical_record", "d/m/Y",
             ["d/m/Y"], t)


# ============================================================================= 06 Ethiopia - discharge summary
@document
def d06_ethiopia():
    d = Doc("ethiopia", A4, 2, footer_left="BMGH/MR/DS-04")

    def hdr(dd):
        dd.text(dd.L, dd.y - 10, "Bole Mercy General Hospital PLC - Discharge summary (continued)", "SansB", 9)
        dd.text(dd.R, dd.y - 10, "MRN BMG-088142  |  Dawit Gebremedhin Haile", "Sans", 8, align="right")
        dd.y -= 20
    d.header_fn = hdr
    d.letterhead("BOLE MERCY GENERAL HOSPITAL PLC", ["Bole Sub-City, Woreda 03, near Edna Mall, Addis Ababa, Ethiopia",
                 "Tel +251 11 661 2840  |  P.O. Box 40213  |  info@bolemercyhospital.et"],
                 ["Department of Internal Medicine", "DISCHARGE SUMMARY"], size=14, color=Color(0.0, 0.35, 0.45))
    d.kv([("Patient:", "Ato Dawit Gebremedhin Haile"), ("MRN:", "BMG-088142"),
          ("Age / Sex:", "54 years / Male"), ("Ward / Bed:", "Medical ward 2 / Bed 14"),
          ("Date of admission:", "02/06/2025"), ("Date of discharge:", "09/06/2025"),
          ("Consultant:", "Dr Selamawit Bekele, Internist"), ("Phone:", "+251 91 144 7820")], cols=2, lab_w=95)
    d.heading("Diagnoses", 10)
    d.para("Principal: Severe community-acquired pneumonia, right lower lobe", size=9)
    d.para("Secondary: Type 2 diabetes mellitus, uncontrolled; Hypertension", size=9)
    d.para("Ruled out: Pulmonary tuberculosis (sputum GeneXpert MTB/RIF not detected)", size=9)
    d.heading("History and hospital course", 10)
    d.para("54 year old businessman presented with 5 days of productive cough, fever and right-sided pleuritic chest pain. "
           "Known type 2 diabetes for 8 years on metformin and glibenclamide, and hypertension on enalapril. No history of "
           "TB contact. He was treated for typhoid fever in 2019, which resolved. Father died of stroke. Non-smoker, "
           "occasional alcohol.", size=9)
    d.para("On admission he was febrile (39.2 \u00b0C), tachypnoeic with SpO2 88 % on room air and had right basal "
           "bronchial breathing. Chest X-ray showed right lower lobe consolidation. He received ceftriaxone 1 g IV bd for 7 "
           "days and azithromycin 500 mg PO daily for 3 days (both courses completed in hospital), oxygen by nasal prongs "
           "for 3 days and an insulin sliding scale. Glibenclamide was stopped and basal insulin (NPH) was started. "
           "He improved steadily and was weaned to room air on day 4.", size=9)
    d.heading("Laboratory results", 10)
    rows = [  # test, unit, ref, lo, hi, adm value, adm flag, dis value, dis flag
        ("WBC", "x10\u00b3/\u00b5L", "4.0 - 10.0", 4.0, 10.0, "17.4", "H", "8.9", ""),
        ("Hemoglobin", "g/dL", "13.0 - 17.0", 13.0, 17.0, "13.1", "", "12.6", "L"),
        ("CRP", "mg/L", "< 5", None, 5.0, "186", "H", "24", "H"),
        ("Random blood sugar", "mg/dL", "70 - 140", 70.0, 140.0, "386", "H", "176", "H"),
        ("Creatinine", "mg/dL", "0.7 - 1.2", 0.7, 1.2, "1.3", "H", "1.0", ""),
        ("Sodium", "mmol/L", "135 - 145", 135.0, 145.0, "131", "L", "137", ""),
    ]
    d.table([130, 70, 80, 80, 90], [[a, u, f"{v1} {f1}".strip(), f"{v2} {f2}".strip(), r]
                                   for a, u, r, lo, hi, v1, f1, v2, f2 in rows] +
            [["HbA1c", "%", "10.2 H", "-", "4.0 - 6.0"],
             ["GeneXpert MTB/RIF (sputum)", "", "Not detected", "-", "Not detected"],
             ["Sputum culture", "", "pending", "-", ""]],
            ["Test", "Unit", "02/06/2025", "08/06/2025", "Reference"], aligns=["l", "l", "r", "r", "l"])
    d.heading("Condition at discharge", 10)
    d.para("Afebrile, comfortable. Temperature 36.8 \u00b0C, BP 132/84 mmHg, PR 82 /min, RR 18 /min, SpO2 95 % on room "
           "air. Capillary glucose 140 - 190 mg/dL on the new regimen.", size=9)
    d.heading("Discharge medications", 10)
    d.table([190, 60, 60, 80, 95], [
        ["Amoxicillin/clavulanic acid (Augmentin) 625 mg", "PO", "tds", "5 more days", "NEW"],
        ["Metformin 1000 mg", "PO", "bd", "", "continue"],
        ["Insulin NPH (Insulatard) 100 IU/mL - 16 IU", "SC", "at bedtime", "", "NEW"],
        ["Enalapril 10 mg", "PO", "daily", "", "continue"],
        ["Paracetamol 1 g", "PO", "qid prn", "fever / pain", "NEW"],
        ["Glibenclamide 5 mg", "PO", "bd", "", "STOPPED"],
        ["Ceftriaxone 1 g", "IV", "bd", "7 days", "COMPLETED"],
        ["Azithromycin 500 mg", "PO", "daily", "3 days", "COMPLETED"]],
        ["Medication", "Route", "Frequency", "Duration", "Status"])
    d.para("Allergies: NKDA", font="SansB", size=9)
    d.heading("Follow-up", 10)
    d.bullets(["Medical OPD in 2 weeks with fasting and 2-hour post-prandial glucose log.",
               "Repeat chest X-ray in 6 weeks to confirm resolution.",
               "We will call with the sputum culture result when available."], size=9)
    d.para("Discharging doctor: Dr Yonas Tadesse (GP resident)    Consultant: Dr Selamawit Bekele", size=8.5)
    A, B = "2025-06-02", "2025-06-08"
    labs = []
    for a, u, r, lo, hi, v1, f1, v2, f2 in rows:
        labs.append(lab(a, v1, u, lo, hi, None, f1, A))
        labs.append(lab(a, v2, u, lo, hi, None, f2, B))
    labs += [lab("HbA1c", "10.2", "%", 4.0, 6.0, None, "H", A),
             lab("GeneXpert MTB/RIF", "Not detected", None, None, None, "Not detected", "", A)]
    t = dict(
        meds=[med("amoxicillin/clavulanic acid", "Augmentin", "625", "mg", "oral", "tds", "new"),
              med("metformin", None, "1000", "mg", "oral", "bd"),
              med("insulin NPH", "Insulatard", "16", "IU", "subcutaneous", "at bedtime", "new"),
              med("enalapril", None, "10", "mg", "oral", "daily"),
              med("paracetamol", None, "1", "g", "oral", "qid prn", "new"),
              med("glibenclamide", None, "5", "mg", "oral", "bd", "stopped"),
              med("ceftriaxone", None, "1", "g", "IV", "bd", "completed"),
              med("azithromycin", None, "500", "mg", "oral", "daily", "completed")],
        labs=labs,
        vitals=[vit("temperature", "36.8", "\u00b0C"), vit("blood_pressure", "132/84", "mmHg"),
                vit("heart_rate", "82", "/min"), vit("respiratory_rate", "18", "/min"),
                vit("oxygen_saturation", "95", "%")],
        conditions=[cond("Severe community-acquired pneumonia, right lower lobe", aliases=["CAP"]),
                    cond("Type 2 diabetes mellitus", aliases=["T2DM"]), cond("Hypertension")],
        must_not=[mn("medications", "glibenclamide", "stopped"), mn("medications", "ceftriaxone", "stopped", "completed"),
                  mn("medications", "azithromycin", "stopped", "completed"),
                  mn("conditions", "Pulmonary tuberculosis", "other", "ruled out"),
                  mn("conditions", "typhoid fever", "historical", "2019, resolved"),
                  mn("conditions", "stroke", "family", "father"),
                  mn("labs", "Sputum culture", "other", "pending")])
    return R(d, "ethiopia_discharge_summary", "Ethiopia", "discharge summary (private hospital)", "discharge_summary",
             "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 07 Seychelles - urinalysis lab
@document
def d07_seychelles():
    d = Doc("seychelles", A4, 1)
    d.letterhead("Mont Fleuri Medical Laboratory", ["Mont Fleuri Road, Victoria, Mah\u00e9, Seychelles",
                 "Tel +248 4 388 210  |  lab@montfleurimedlab.sc"], ["Report no. MFL-2505-0762"], size=15,
                 color=Color(0.0, 0.3, 0.6))
    d.kv([("Patient:", "Marie-Claire Hoareau"), ("Sample:", "Mid-stream urine + serum"),
          ("Sex / Age:", "F / 34 y"), ("Collected:", "07/05/2025 09:10"),
          ("Doctor:", "Dr R. Pillay, Anse Royale"), ("Reported:", "07/05/2025 16:45")], cols=2, lab_w=70)
    d.para("Clinical notes: dysuria, frequency, loin pain. ?pyelonephritis.", size=8.5)
    D = "2025-05-07"
    ua = [  # test, value, unit, flag, ref text, lo, hi, reftext for truth
        ("Colour", "Yellow", "", "", "", None, None, None),
        ("Appearance", "Turbid", "", "A", "Clear", None, None, "Clear"),
        ("pH", "6.0", "", "", "5.0 - 8.0", 5.0, 8.0, None),
        ("Specific gravity", "1.025", "", "", "1.005 - 1.030", 1.005, 1.030, None),
        ("Protein", "Trace", "", "A", "Negative", None, None, "Negative"),
        ("Glucose", "Negative", "", "", "Negative", None, None, "Negative"),
        ("Ketones", "Negative", "", "", "Negative", None, None, "Negative"),
        ("Blood", "2+", "", "A", "Negative", None, None, "Negative"),
        ("Nitrite", "Positive", "", "A", "Negative", None, None, "Negative"),
        ("Leucocyte esterase", "3+", "", "A", "Negative", None, None, "Negative"),
        ("Bilirubin", "Negative", "", "", "Negative", None, None, "Negative"),
        ("Urobilinogen", "Normal", "", "", "Normal", None, None, "Normal"),
    ]
    mic = [("White cells", ">100", "/HPF", "A", "0 - 5", 0.0, 5.0, None),
           ("Red cells", "10-20", "/HPF", "A", "0 - 2", 0.0, 2.0, None),
           ("Epithelial cells", "Few", "", "", "", None, None, None),
           ("Bacteria", "Many", "", "", "", None, None, None),
           ("Casts", "None seen", "", "", "", None, None, None)]
    hdr = ["Test", "Result", "Units", "Flag", "Reference"]
    W = [150, 90, 70, 40, 130]
    d.heading("URINALYSIS - Dipstick (chemical)", 9.5, space=4)
    d.table(W, [[a, b, u, f, r] for a, b, u, f, r, *_ in ua], hdr, aligns=["l", "l", "l", "c", "l"], size=8)
    d.heading("URINE MICROSCOPY", 9.5, space=4)
    d.table(W, [[a, b, u, f, r] for a, b, u, f, r, *_ in mic], hdr, aligns=["l", "l", "l", "c", "l"], size=8)
    d.heading("URINE CULTURE", 9.5, space=4)
    d.para("Culture and sensitivity: PENDING - plate incubating, report to follow in 48 hours.", size=8.5)
    d.heading("SERUM / OTHER", 9.5, space=4)
    d.table(W, [["Creatinine", "64", "\u00b5mol/L", "", "45 - 84"],
                ["C-reactive protein", "38", "mg/L", "H", "< 5"],
                ["Urine beta-hCG (pregnancy test)", "Negative", "", "", "Negative"]], hdr,
            aligns=["l", "l", "l", "c", "l"], size=8)
    d.para("Flags: A = abnormal, H = high, L = low. Validated by: J. Labiche, Senior Biomedical Scientist.", size=7.5,
           color=GREY)
    labs = [lab(a, b, u or None, lo, hi, rt, f, D) for a, b, u, f, r, lo, hi, rt in ua + mic]
    labs += [lab("Creatinine", "64", "\u00b5mol/L", 45.0, 84.0, None, "", D),
             lab("C-reactive protein", "38", "mg/L", None, 5.0, None, "H", D, ["CRP"]),
             lab("Urine beta-hCG", "Negative", None, None, None, "Negative", "", D, ["pregnancy test"])]
    t = dict(labs=labs, must_not=[mn("labs", "Urine culture", "other", "pending"),
                                  mn("conditions", "pyelonephritis", "other", "?query on request")])
    return R(d, "seychelles_urinalysis_report", "Seychelles", "lab report with urinalysis", "lab_result", "d/m/Y",
             ["d/m/Y"], t)


# ============================================================================= 08 Maldives - travel vaccination record
@document
def d08_maldives():
    d = Doc("maldives", A4, 1)
    d.letterhead("Henveiru Travel & Vaccination Clinic", ["M. Fenfiyaazuge, Majeedhee Magu, Henveiru, Mal\u00e9 20053, Maldives",
                 "Tel +960 332 7740  |  travelclinic@henveiru.mv"], ["ADULT / TRAVEL VACCINATION RECORD"], size=14,
                 color=Color(0.0, 0.4, 0.4))
    d.kv([("Name:", "Aishath Shiuna Rasheed"), ("Date of birth:", "22-Jun-1990"),
          ("Passport no.:", "LA0417832"), ("NID:", "A219940"),
          ("Destination:", "Kenya, Tanzania (safari)"), ("Departure:", "18-Jul-2025")], cols=2, lab_w=80)
    d.text(d.L, d.y - 12, "Allergies:", "SansB", 8.5)
    d.text(d.L + 70, d.y - 12, "Egg", "Sans", 8.5)
    d.box(d.L + 95, d.y - 13, False)
    d.text(d.L + 106, d.y - 12, "Yes", "Sans", 8)
    d.box(d.L + 128, d.y - 13, True)
    d.text(d.L + 139, d.y - 12, "No", "Sans", 8)
    d.text(d.L + 175, d.y - 12, "Latex", "Sans", 8.5)
    d.box(d.L + 205, d.y - 13, True)
    d.text(d.L + 216, d.y - 12, "Yes", "Sans", 8)
    d.box(d.L + 238, d.y - 13, False)
    d.text(d.L + 249, d.y - 12, "No", "Sans", 8)
    d.text(d.L + 280, d.y - 12, "Details: latex gloves - contact dermatitis", "Sans", 8.5)
    d.y -= 24
    rows = [  # vaccine, brand, dose, date, lot, route, next
        ("Hepatitis A", "Havrix 1440", 1, "2025-01-14", "AHAVB921AB", "IM L deltoid", "14-Jul-2025"),
        ("Typhoid (Vi polysaccharide)", "Typhim Vi", 1, "2025-01-14", "T3B271V", "IM R deltoid", "Jan-2028"),
        ("Tdap", "Boostrix", 1, "2025-01-14", "AC37B518CA", "IM R deltoid", "2035"),
        ("Hepatitis B", "Engerix-B", 1, "2025-01-14", "AHBVB734AD", "IM L deltoid", "11-Feb-2025"),
        ("Hepatitis B", "Engerix-B", 2, "2025-02-11", "AHBVB734AD", "IM L deltoid", "14-Jul-2025"),
        ("Rabies (pre-exposure)", "Verorab", 1, "2025-06-02", "W1C613V", "IM L deltoid", "09-Jun-2025"),
        ("Rabies (pre-exposure)", "Verorab", 2, "2025-06-09", "W1C613V", "IM R deltoid", "-"),
        ("Cholera (oral)", "Dukoral", 1, "2025-06-02", "DK4471B", "Oral", "09-Jun-2025"),
        ("Cholera (oral)", "Dukoral", 2, "2025-06-09", "DK4471B", "Oral", "-"),
    ]
    d.table([110, 70, 30, 65, 75, 70, 60, 35],
            [[v, b, str(n), fmt_date(dt, "d-M-Y"), lot, rt, nx, ("RH" if i % 3 else "AM")]
             for i, (v, b, n, dt, lot, rt, nx) in enumerate(rows)],
            ["Vaccine", "Product", "Dose", "Date given", "Batch / lot", "Route / site", "Next dose", "By"], size=7.6)
    d.heading("Outstanding / not given", 9.5, space=4)
    d.table([150, 110, 225], [
        ["Hepatitis A dose 2", "due 14-Jul-2025", "booster for long-term protection"],
        ["Hepatitis B dose 3", "due 14-Jul-2025", "complete 0, 1, 6 month schedule"],
        ["Yellow fever", "DECLINED", "risk explained; traveller declined. Certificate not issued."],
        ["Japanese encephalitis", "Not indicated", "not on itinerary"]],
        ["Vaccine", "Status", "Comment"], size=8)
    d.heading("Malaria prevention", 9.5, space=4)
    d.para("Atovaquone/proguanil (Malarone) 250/100 mg: to start one tablet daily 1-2 days before entering the malaria "
           "area and continue for 7 days after leaving. Prescription given; not yet started.", size=8.5)
    d.para("Advice leaflet: seek care urgently for any fever during or after travel - malaria can be fatal. Use DEET "
           "repellent and a bed net.", size=8, color=GREY)
    d.para("Nurse: Rasheeda Hassan (RN)     Physician: Dr Ibrahim Nazeer", size=8)
    t = dict(
        imms=[imm(v, dt, n, lot, b) for v, b, n, dt, lot, rt, nx in rows],
        allergies=[alg("Latex", "contact dermatitis")],
        must_not=[mn("immunizations", "Hepatitis A dose 2", "due", "due 14-Jul-2025"),
                  mn("immunizations", "Hepatitis B dose 3", "due", "due 14-Jul-2025"),
                  mn("immunizations", "Yellow fever", "other", "declined"),
                  mn("immunizations", "Japanese encephalitis", "other", "not indicated"),
                  mn("allergies", "Egg", "checkbox_no", "Egg allergy ticked No"),
                  mn("medications", "atovaquone/proguanil", "planned", "to start before travel"),
                  mn("conditions", "malaria", "leaflet", "advice text")])
    return R(d, "maldives_travel_vaccination_record", "Maldives", "adult / travel immunisation record",
             "immunization_record", "d-M-Y", ["d-M-Y"], t)


# ============================================================================= 09 Bhutan - handwritten OPD note (scan)
@document
def d09_bhutan():
    d = Doc("bhutan", A4, 1)
    d.text(d.W / 2, d.y - 12, "KAWAJANGSA OUTPATIENT CLINIC", "SerifB", 15, align="center")
    d.text(d.W / 2, d.y - 26, "Kawajangsa, Thimphu 11001, Bhutan  -  Tel +975 2 33 6418", "Serif", 8.5, GREY, "center")
    d.text(d.W / 2, d.y - 44, "OUTPATIENT CONSULTATION RECORD", "SansB", 11, align="center")
    d.y -= 54
    d.line(d.L, d.y, d.R, d.y, 1)
    y = d.y - 16
    for lbl, val, x0, x1 in [("Name:", "Karma Tshering Dorji", 0, 1), ("CID no.:", "11708 002 3317", 300, 1),
                             ("Age/Sex:", "62 / M", 0, 2), ("Date:", "03/02/2025", 300, 2)]:
        yy = y if x1 == 1 else y - 20
        d.text(d.L + x0, yy, lbl, "SansB", 9)
        d.hand(d.L + x0 + 60, yy, val, 12)
    y -= 46
    d.line(d.L, y, d.R, y, 0.5)
    sections = [
        ("Complaints / History:", ["Pain & swelling R big toe x 2/7, woke him at night.",
                                   "No fever. No trauma. Similar episode 2023.",
                                   "Known HTN on amlodipine + HCTZ."]),
        ("Examination:", ["BP 150/92 mmHg   P 88/min   T 37.2 \u00b0C   Wt 74 kg",
                          "R 1st MTP red, hot, tender. Other joints NAD."]),
        ("Investigations:", ["S. uric acid 9.1 mg/dL (H) [3.5-7.2]  - 03/02/2025",
                             "S. creatinine 1.1 mg/dL [0.7-1.3]"]),
        ("Diagnosis:", ["1. Acute gout R 1st MTP joint", "2. Hypertension"]),
        ("Treatment / Advice:", ["Naproxen 500 mg bd x 5/7 after food",
                                 "Omeprazole 20 mg od x 5/7",
                                 "Amlodipine 5 mg od - continue",
                                 "HCTZ (hydrochlorothiazide) 12.5 mg - STOP (gout)",
                                 "Allopurinol - start 2/52 after flare settles",
                                 "Avoid alcohol (ara), red meat. Plenty of water."]),
    ]
    for title, lines in sections:
        y -= 18
        d.text(d.L, y, title, "SansB", 9.5)
        y -= 18
        y = d.hand_lines(d.L + 18, y, lines, 11.5, 17) + 17
    y -= 24
    d.text(d.L, y, "Review:", "SansB", 9.5)
    d.hand(d.L + 60, y, "1/52 or SOS", 11.5)
    d.text(d.L + 300, y, "Medical Officer:", "SansB", 9.5)
    d.hand(d.L + 390, y, "Dr P. Wangmo", 12)
    D = "2025-02-03"
    t = dict(
        meds=[med("naproxen", None, "500", "mg", "oral", "bd", "new"),
              med("omeprazole", None, "20", "mg", "oral", "od", "new"),
              med("amlodipine", None, "5", "mg", "oral", "od"),
              med("hydrochlorothiazide", None, "12.5", "mg", "oral", None, "stopped")],
        labs=[lab("uric acid", "9.1", "mg/dL", 3.5, 7.2, None, "H", D),
              lab("creatinine", "1.1", "mg/dL", 0.7, 1.3, None, "", D)],
        vitals=[vit("blood_pressure", "150/92", "mmHg"), vit("heart_rate", "88", "/min"),
                vit("temperature", "37.2", "\u00b0C"), vit("weight", "74", "kg")],
        conditions=[cond("Acute gout R 1st MTP joint", aliases=["gout"]), cond("Hypertension", aliases=["HTN"])],
        must_not=[mn("medications", "hydrochlorothiazide", "stopped", "HCTZ stopped (gout)"),
                  mn("medications", "Allopurinol", "planned", "start after flare settles"),
                  mn("conditions", "fever", "negated", "no fever"),
                  mn("conditions", "trauma", "negated", "no trauma")])
    return R(d, "bhutan_outpatient_note", "Bhutan", "handwritten clinic note (scan)", "medical_record", "d/m/Y",
             ["d/m/Y"], t, hand=True, scan={"angle": 2.1, "fmt": "png", "dpi": 160})


# ============================================================================= 10 Tonga - prescription with brands (scan)
@document
def d10_tonga():
    d = Doc("tonga", A4, 1)
    d.letterhead("Ma'ufanga Family Clinic", ["Taufa'ahau Road, Ma'ufanga, Nuku'alofa, Tongatapu, Tonga",
                 "Tel +676 23 614  |  Mon-Fri 8am-4.30pm"], ["Dr Viliami H. Tu'ipulotu MBBS", "Reg. TMC 0318"],
                 size=16, color=Color(0.5, 0.05, 0.1))
    y = d.y - 18
    for lbl, val, x in [("Patient:", "Sione Latu Fifita", 0), ("Date:", "10/06/2025", 330)]:
        d.text(d.L + x, y, lbl, "SansB", 9.5)
        d.hand(d.L + x + 55, y, val, 12.5)
    y -= 22
    for lbl, val, x in [("Age / Sex:", "51 / M", 0), ("Pt no.:", "MFC-30917", 330)]:
        d.text(d.L + x, y, lbl, "SansB", 9.5)
        d.hand(d.L + x + 65, y, val, 12.5)
    y -= 22
    d.text(d.L, y, "Allergies:", "SansB", 9.5)
    d.hand(d.L + 65, y, "NKDA", 12.5)
    d.text(d.L + 330, y, "Weight:", "SansB", 9.5)
    d.hand(d.L + 380, y, "108 kg   BP 146/90", 12.5)
    y -= 22
    d.text(d.L, y, "Diagnosis:", "SansB", 9.5)
    d.hand(d.L + 70, y, "T2DM, HTN, acute sinusitis", 12.5)
    y -= 16
    d.line(d.L, y, d.R, y, 0.8)
    y -= 34
    d.text(d.L, y + 4, "Rx", "SerifB", 26)
    lines = ["1. Glucophage (metformin) 850 mg - 1 tab bd",
             "2. Diamicron MR (gliclazide) 60 mg - 1 tab mane",
             "3. Lipitor (atorvastatin) 40 mg - 1 tab nocte",
             "4. Coversyl (perindopril) 5 mg - 1 tab mane",
             "5. Augmentin (amoxicillin/clavulanic acid) 625 mg",
             "      1 tab tds x 7 days",
             "6. Panadol (paracetamol) 500 mg - 2 tabs qid prn",
             "7. Lasix (furosemide) 40 mg - CEASE (ankles better)"]
    y = d.hand_lines(d.L + 40, y - 22, lines, 12.5, 26)
    y -= 8
    d.text(d.L, y, "Supply: 1 month (items 1-4, 3 repeats)", "Sans", 9)
    y -= 60
    d.line(d.R - 180, y, d.R, y, 0.5)
    d.hand(d.R - 170, y + 6, "V. Tu'ipulotu", 13)
    d.text(d.R - 180, y - 12, "Prescriber signature", "Sans", 8, GREY)
    t = dict(
        meds=[med("metformin", "Glucophage", "850", "mg", "oral", "bd"),
              med("gliclazide", "Diamicron MR", "60", "mg", "oral", "mane"),
              med("atorvastatin", "Lipitor", "40", "mg", "oral", "nocte"),
              med("perindopril", "Coversyl", "5", "mg", "oral", "mane"),
              med("amoxicillin/clavulanic acid", "Augmentin", "625", "mg", "oral", "tds", "new"),
              med("paracetamol", "Panadol", "1000", "mg", "oral", "qid prn", optional=False),
              med("furosemide", "Lasix", "40", "mg", "oral", None, "stopped")],
        vitals=[vit("weight", "108", "kg"), vit("blood_pressure", "146/90", None)],
        conditions=[cond("T2DM", aliases=["type 2 diabetes mellitus"]), cond("HTN", aliases=["hypertension"]),
                    cond("acute sinusitis")],
        must_not=[mn("medications", "furosemide", "stopped", "cease")])
    t["meds"][5]["dose"] = "500"
    return R(d, "tonga_prescription", "Tonga", "prescription with brand names (handwritten, scan)", "prescription",
             "d/m/Y", ["d/m/Y"], t, hand=True, scan={"angle": -0.9, "fmt": "png", "dpi": 170})


# ============================================================================= 11 Vanuatu - pharmacy dispensing record
@document
def d11_vanuatu():
    d = Doc("vanuatu", A4, 1)
    d.letterhead("Lini Highway Pharmacy", ["Lini Highway, Nambatu, Port Vila, Efate, Vanuatu",
                 "Tel +678 22 815  |  linihwypharmacy@vanuatu.com.vu"], ["PATIENT DISPENSING RECORD", "Printed 06/05/2025"],
                 size=15, color=Color(0.1, 0.45, 0.2))
    d.kv([("Patient:", "Leimara Kalsakau"), ("Patient no.:", "LHP-7712"),
          ("Date of birth:", "14/09/1987"), ("Phone:", "+678 775 4120"),
          ("Usual doctor:", "Dr L. Tari, Nambatu Clinic"), ("Village:", "Erakor")], cols=2, lab_w=80)
    d.rect(d.L, d.y - 34, d.R - d.L, 32, 1.2, Color(1, 0.93, 0.9))
    d.text(d.L + 6, d.y - 13, "ALLERGIES / ADVERSE REACTIONS:", "SansB", 9, Color(0.7, 0, 0))
    d.text(d.L + 6, d.y - 27, "Aspirin - bronchospasm (severe).   Sulfonamides - urticaria.", "SansB", 9)
    d.y -= 42
    rows = [["02/04/2025", "R-55120", "Carbamazepine (Tegretol) 200 mg tablet", "1 tablet bd", "60", "Epilepsy", "Current"],
            ["02/04/2025", "R-55120", "Folic acid 5 mg tablet", "1 tablet daily", "30", "Epilepsy", "Current"],
            ["02/04/2025", "R-55121", "Beclometasone (Qvar) 100 mcg inhaler", "2 puffs bd", "1", "Asthma", "Current"],
            ["02/04/2025", "R-55121", "Salbutamol (Ventolin) 100 mcg inhaler", "2 puffs qid prn", "1", "Asthma",
             "Current"],
            ["14/04/2025", "R-55307", "Prednisolone 5 mg tablet", "8 tablets (40 mg) mane x 5 days", "40",
             "Asthma flare", "Completed"],
            ["14/04/2025", "R-55307", "Amoxicillin 500 mg capsule", "1 capsule tds x 5 days", "15", "Chest infection",
             "Completed"],
            ["05/05/2025", "R-55602", "Carbamazepine (Tegretol) 200 mg tablet", "1 tablet bd", "60", "Epilepsy",
             "Current"]]
    d.table([52, 42, 130, 95, 25, 65, 56], rows, ["Date", "Rx no.", "Medicine", "Directions", "Qty", "Indication",
                                                 "Status"], size=7.6)
    d.text(d.L, d.y - 10, "Pharmacist initials / notes:", "SansB", 8.5)
    d.hand(d.L + 140, d.y - 10, "JM - pt says prednisolone course finished 19/04. Inhaler technique OK.", 10)
    d.y -= 30
    d.heading("Patient information leaflet - Carbamazepine (Tegretol)", 9, space=4)
    d.para("Take carbamazepine regularly at the same times each day. Do not stop suddenly. Tell your doctor or pharmacist "
           "if you are allergic to any medicine. Stop taking it and get help straight away if you develop a skin rash or "
           "blisters, which can be a sign of Stevens-Johnson syndrome. Do not take ibuprofen or other anti-inflammatory "
           "painkillers without advice. Tell your doctor if you are pregnant or planning a pregnancy.", size=8,
           color=GREY)
    d.para("Dispensed by: J. Molisa, Registered Pharmacist (VPB 0091)", size=8)
    t = dict(
        meds=[med("carbamazepine", "Tegretol", "200", "mg", "oral", "bd"),
              med("folic acid", None, "5", "mg", "oral", "daily"),
              med("beclometasone", "Qvar", "2", "puffs", "inhaled", "bd"),
              med("salbutamol", "Ventolin", "2", "puffs", "inhaled", "qid prn"),
              med("prednisolone", None, "40", "mg", "oral", "mane", "completed"),
              med("amoxicillin", None, "500", "mg", "oral", "tds", "completed")],
        allergies=[alg("Aspirin", "bronchospasm", "severe"), alg("Sulfonamides", "urticaria")],
        conditions=[cond("Epilepsy"), cond("Asthma")],
        must_not=[mn("medications", "prednisolone", "stopped", "course completed"),
                  mn("medications", "amoxicillin", "stopped", "course completed"),
                  mn("medications", "ibuprofen", "leaflet"),
                  mn("conditions", "Stevens-Johnson syndrome", "leaflet")])
    return R(d, "vanuatu_dispensing_record", "Vanuatu", "pharmacy dispensing record", "prescription", "d/m/Y",
             ["d/m/Y"], t, hand=True)


# ============================================================================= 12 Solomon Islands - ED triage note (scan)
@document
def d12_solomon():
    d = Doc("solomon", A4, 2)
    d.letterhead("MATANIKO HOSPITAL - EMERGENCY DEPARTMENT", ["Kukum Highway, Honiara, Guadalcanal, Solomon Islands",
                 "Tel +677 20 931 (ED direct +677 20 940)"], ["ED TRIAGE & ASSESSMENT", "Form ED-01"], size=13)
    y = d.y - 16
    pairs = [("Name:", "Rachel Maepeza", "ED no.:", "MH-ED-25-11893"), ("Age/Sex:", "27 F", "Date:", "21/07/2025"),
             ("Village:", "White River, Honiara", "Arrival time:", "14:35"),
             ("Presenting complaint:", "Fever, rigors, headache x 3 days", "Triage cat.:", "3")]
    for a, b, c2, e in pairs:
        d.text(d.L, y, a, "SansB", 9)
        d.hand(d.L + (120 if len(a) > 12 else 70), y, b, 11.5)
        d.text(d.L + 330, y, c2, "SansB", 9)
        d.hand(d.L + 410, y, e, 11.5)
        y -= 22
    y -= 6
    d.text(d.L, y, "TRIAGE OBSERVATIONS", "SansB", 10)
    y -= 6
    obs = [("Temperature", "39.1 \u00b0C"), ("Heart rate", "118 bpm"), ("Resp. rate", "24 /min"),
           ("Blood pressure", "102/64 mmHg"), ("SpO2 (room air)", "95 %"), ("Weight", "58 kg"),
           ("BSL", "6.2 mmol/L"), ("Pain score", "6/10")]
    tops, xs, yb = grid(d, d.L, y, [130, 120, 130, d.R - d.L - 380], 24, ["Observation", "Value", "Observation",
                                                                        "Value"], 4)
    for i, (k, v) in enumerate(obs):
        r, cpos = i % 4, (i // 4) * 2
        d.text(xs[cpos] + 4, tops[r] - 16, k, "Sans", 9)
        d.hand(xs[cpos + 1] + 6, tops[r] - 16, v, 11.5)
    y = yb - 22
    d.text(d.L, y, "Allergies:", "SansB", 9)
    d.hand(d.L + 60, y, "Chloroquine - itch", 11.5)
    y -= 22
    d.text(d.L, y, "Current medicines:", "SansB", 9)
    d.hand(d.L + 100, y, "nil regular", 11.5)
    y -= 22
    d.text(d.L, y, "Triage nurse:", "SansB", 9)
    d.hand(d.L + 80, y, "M. Houma RN  14:40", 11.5)
    d.new_page()
    d.text(d.L, d.y - 12, "MEDICAL ASSESSMENT  (Rachel Maepeza, MH-ED-25-11893, 21/07/2025)", "SansB", 10)
    y = d.y - 36
    notes = ["Hx: fever + rigors 3/7, headache, vomited x2. Denies chest pain, cough.",
             "No neck stiffness. No history of seizures. LMP 2/52 ago.",
             "O/E: alert, mildly pale, no jaundice, abdo soft, no rash.",
             "Ix: Malaria RDT - Pf POSITIVE.  Hb (HemoCue) 10.1 g/dL.",
             "     BSL 6.2 mmol/L.  UPT negative.  ?dengue - dengue NS1 sent, pending.",
             "Dx: Uncomplicated P. falciparum malaria.",
             "Given in ED: metoclopramide 10 mg IV stat 15:00,",
             "     IV sodium chloride 0.9% 1 L over 2 h.",
             "     Coartem (artemether/lumefantrine) 20/120 mg 4 tabs 1st dose 15:10,",
             "     tolerated, no vomiting.",
             "Plan / discharge meds:",
             "  - Coartem (artemether/lumefantrine) 4 tabs bd to complete 3 days,",
             "    take with food or milk.",
             "  - Paracetamol 1 g qid prn fever.",
             "Return if vomiting, drowsy, bleeding or not improving in 48 h."]
    y = d.hand_lines(d.L + 10, y, notes, 11.5, 24)
    y -= 16
    d.text(d.L, y, "Doctor:", "SansB", 9)
    d.hand(d.L + 50, y, "Dr K. Ramoifuila (MO)  17:20", 11.5)
    y -= 22
    d.text(d.L, y, "Disposition:", "SansB", 9)
    d.box(d.L + 75, y - 1, True)
    d.text(d.L + 87, y, "Home", "Sans", 9)
    d.box(d.L + 130, y - 1, False)
    d.text(d.L + 142, y, "Admit", "Sans", 9)
    d.box(d.L + 185, y - 1, False)
    d.text(d.L + 197, y, "Transfer", "Sans", 9)
    D = "2025-07-21"
    t = dict(
        meds=[med("artemether/lumefantrine", "Coartem", "4", "tabs", "oral", "bd", "new"),
              med("paracetamol", None, "1", "g", "oral", "qid prn", "new")],
        labs=[lab("Malaria RDT", "POSITIVE", None, None, None, None, "", D, ["mRDT"]),
              lab("Hb (HemoCue)", "10.1", "g/dL", None, None, None, "", D, ["Haemoglobin"]),
              lab("BSL", "6.2", "mmol/L", None, None, None, "", D, ["blood glucose"]),
              lab("UPT", "negative", None, None, None, None, "", D, ["urine pregnancy test"])],
        vitals=[vit("temperature", "39.1", "\u00b0C"), vit("heart_rate", "118", "bpm"),
                vit("respiratory_rate", "24", "/min"), vit("blood_pressure", "102/64", "mmHg"),
                vit("oxygen_saturation", "95", "%"), vit("weight", "58", "kg")],
        allergies=[alg("Chloroquine", "itch")],
        conditions=[cond("Uncomplicated P. falciparum malaria", aliases=["falciparum malaria"])],
        must_not=[mn("conditions", "chest pain", "negated", "denies"), mn("conditions", "cough", "negated", "denies"),
                  mn("conditions", "neck stiffness", "negated"), mn("conditions", "seizures", "negated", "no history of"),
                  mn("medications", "metoclopramide", "other", "stat dose in ED"),
                  mn("medications", "sodium chloride 0.9%", "other", "IV fluid in ED"),
                  mn("conditions", "dengue", "other", "?dengue - suspected"),
                  mn("labs", "dengue NS1", "other", "pending")])
    return R(d, "solomon_islands_ed_triage_note", "Solomon Islands", "ED triage and assessment note (handwritten, scan)",
             "medical_record", "d/m/Y", ["d/m/Y"], t, hand=True, scan={"angle": 1.1, "fmt": "pdf", "dpi": 160})


# ============================================================================= 13 Antigua and Barbuda - progress note
@document
def d13_antigua():
    d = Doc("antigua", letter, 1)
    d.letterhead("Cedar Grove Medical Associates", ["Friars Hill Road, St. John's, Antigua, Antigua and Barbuda",
                 "Tel +1 268 462 7719  |  cgma.clinic@candw.ag"], ["PROGRESS NOTE"], size=15, color=Color(0.2, 0.3, 0.1))
    d.kv([("Patient:", "Desmond A. Joseph"), ("Chart no.:", "CGMA-14407"), ("DOB:", "30/09/1975 (49 y, M)"),
          ("Visit date:", "06/08/2025"), ("Clinician:", "Dr Natalie Bird-Francis"), ("Visit type:", "Follow-up")],
         cols=2, lab_w=70)
    sz = 9
    d.para("Follow-up of hypertension and cholesterol. Feels well. Denies chest pain, palpitations, shortness of breath or "
           "ankle swelling. No headaches. No history of diabetes; no history of asthma. Ex-smoker, quit 2018. He stopped "
           "the hydrochlorothiazide himself in June because of frequent urination.", label="S:", size=sz)
    d.para("Mother with breast cancer; father had prostate cancer and type 2 diabetes; brother has sickle cell trait.",
           label="Family history:", size=sz)
    d.para("Losartan 50 mg once daily; amlodipine 5 mg once daily; atorvastatin 20 mg nocte; hydrochlorothiazide "
           "12.5 mg once daily (stopped by patient, June 2025).", label="Medications:", size=sz)
    d.para("Penicillin - hives.", label="Allergies:", size=sz)
    d.para("BP 138/86 mmHg, HR 72 bpm, Temp 36.6 \u00b0C, RR 16 /min, SpO2 98 %, Wt 94.2 kg, Ht 178 cm, BMI 29.7 kg/m\u00b2. "
           "Heart sounds normal, chest clear, no oedema.", label="O:", size=sz)
    d.para("Labs drawn 28/07/2025:", font="SansB", size=sz)
    rows = [("Total cholesterol", "5.9", "H", "mmol/L", "< 5.2", None, 5.2),
            ("LDL cholesterol", "3.8", "H", "mmol/L", "< 3.0", None, 3.0),
            ("HDL cholesterol", "1.1", "", "mmol/L", "> 1.0", 1.0, None),
            ("Triglycerides", "2.1", "H", "mmol/L", "< 1.7", None, 1.7),
            ("Fasting glucose", "5.4", "", "mmol/L", "3.9 - 5.5", 3.9, 5.5),
            ("Creatinine", "96", "", "\u00b5mol/L", "62 - 115", 62.0, 115.0),
            ("PSA", "1.2", "", "ng/mL", "< 4.0", None, 4.0)]
    d.table([140, 60, 40, 80, 90], [[a, b, c, u, r] for a, b, c, u, r, *_ in rows],
            ["Test", "Result", "Flag", "Units", "Ref. range"], size=8, aligns=["l", "r", "c", "l", "l"])
    d.para("A/P:", font="SansB", size=sz)
    d.bullets(["Essential hypertension - improved off the thiazide; continue losartan and amlodipine.",
               "Hyperlipidaemia - LDL above target: increase atorvastatin to 40 mg nocte.",
               "Overweight - diet and exercise counselling given.",
               "Loud snoring reported by wife - rule out obstructive sleep apnoea; refer for sleep study.",
               "Influenza vaccine offered - declined. Colonoscopy screening discussed.",
               "Review in 3 months with repeat lipids."], size=sz)
    d.hand(d.L, d.y - 22, "N. Bird-Francis", 13)
    d.y -= 28
    D = "2025-07-28"
    t = dict(
        meds=[med("losartan", None, "50", "mg", "oral", "once daily"),
              med("amlodipine", None, "5", "mg", "oral", "once daily"),
              med("atorvastatin", None, "40", "mg", "oral", "nocte", "changed"),
              med("hydrochlorothiazide", None, "12.5", "mg", "oral", "once daily", "stopped")],
        labs=[lab(a, b, u, lo, hi, None, c, D) for a, b, c, u, r, lo, hi in rows],
        vitals=[vit("blood_pressure", "138/86", "mmHg"), vit("heart_rate", "72", "bpm"),
                vit("temperature", "36.6", "\u00b0C"), vit("respiratory_rate", "16", "/min"),
                vit("oxygen_saturation", "98", "%"), vit("weight", "94.2", "kg"), vit("height", "178", "cm"),
                vit("bmi", "29.7", "kg/m\u00b2")],
        allergies=[alg("Penicillin", "hives")],
        conditions=[cond("Essential hypertension"), cond("Hyperlipidaemia"), cond("Overweight")],
        must_not=[mn("medications", "hydrochlorothiazide", "stopped", "stopped by patient"),
                  mn("conditions", "chest pain", "negated", "denies"),
                  mn("conditions", "palpitations", "negated", "denies"),
                  mn("conditions", "shortness of breath", "negated", "denies"),
                  mn("conditions", "diabetes", "negated", "no history of"),
                  mn("conditions", "asthma", "negated", "no history of"),
                  mn("conditions", "breast cancer", "family", "mother"),
                  mn("conditions", "prostate cancer", "family", "father"),
                  mn("conditions", "sickle cell trait", "family", "brother"),
                  mn("conditions", "obstructive sleep apnoea", "other", "rule out"),
                  mn("immunizations", "Influenza vaccine", "other", "declined")])
    return R(d, "antigua_progress_note", "Antigua and Barbuda", "progress note (SOAP, negatives, family history)",
             "medical_record", "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 14 Saint Lucia - vaccination certificate
@document
def d14_saint_lucia():
    d = Doc("saintlucia", A4, 1)
    d.rect(d.L - 8, 70, d.R - d.L + 16, d.H - 110, 2.0)
    d.rect(d.L - 4, 74, d.R - d.L + 8, d.H - 118, 0.6)
    d.y -= 14
    d.text(d.W / 2, d.y - 10, "Bois d'Orange Wellness Centre", "SerifB", 14, align="center")
    d.text(d.W / 2, d.y - 24, "Bois d'Orange, Gros Islet, Saint Lucia  -  Tel +1 758 450 2276", "Serif", 8.5, GREY,
           "center")
    d.text(d.W / 2, d.y - 54, "CERTIFICATE OF VACCINATION", "SerifB", 20, Color(0.1, 0.25, 0.5), "center")
    d.y -= 72
    d.para("This is to certify that the person named below has received the vaccinations recorded on this certificate.",
           font="Serif", size=9.5, x=d.L + 10, width=d.R - d.L - 20)
    d.kv([("Name:", "Kimberly A. St. Rose"), ("Date of birth:", "04/11/1982"), ("Sex:", "Female"),
          ("Certificate no.:", "BDW-VC-25-0311")], cols=2, lab_w=90, x=d.L + 10, width=d.R - d.L - 20)
    rows = [("COVID-19", "Comirnaty (Pfizer-BioNTech)", "1", "2021-08-03", "FE3064", 1),
            ("COVID-19", "Comirnaty (Pfizer-BioNTech)", "2", "2021-09-07", "FF2587", 2),
            ("COVID-19", "Comirnaty (Pfizer-BioNTech)", "Booster", "2022-12-02", "GH8812", 3),
            ("Hepatitis B", "Engerix-B", "1", "2023-01-05", "AHBVC218BA", 1),
            ("Hepatitis B", "Engerix-B", "2", "2023-02-02", "AHBVC218BA", 2),
            ("Hepatitis B", "Engerix-B", "3", "2023-07-06", "AHBVC402AC", 3),
            ("Tdap", "Adacel", "1", "2024-11-10", "C5871AA", 1)]
    d.y -= 6
    d.table([80, 140, 50, 70, 80, 70], [[v, b, n, fmt_date(dt, "d/m/Y"), lot, "BdOWC"] for v, b, n, dt, lot, _ in rows] +
            [["Influenza 2024/25", "-", "-", "DECLINED", "-", "BdOWC"],
             ["Td booster", "-", "-", "Next dose due 10/11/2034", "-", ""]],
            ["Vaccine", "Product / manufacturer", "Dose", "Date", "Lot no.", "Centre"], x=d.L + 10, font="Serif",
            size=8.3)
    d.para("Contraindications / allergies: none known.", font="Serif", size=9, x=d.L + 10)
    d.para("Issued at Gros Islet on 7 March 2025.", font="Serif", size=9, x=d.L + 10)
    d.y -= 30
    d.hand(d.L + 20, d.y, "J. Emmanuel", 14, font="SerifCI")
    d.hand(d.R - 190, d.y, "BdOWC", 12)
    d.y -= 8
    d.line(d.L + 10, d.y, d.L + 190, d.y, 0.5)
    d.line(d.R - 200, d.y, d.R - 20, d.y, 0.5)
    d.text(d.L + 10, d.y - 11, "Nurse Joanne Emmanuel, Immunisation Nurse", "Serif", 8)
    d.text(d.R - 200, d.y - 11, "Official stamp", "Serif", 8)
    t = dict(imms=[imm(v, dt, n, lot, b.split(" (")[0], True) for v, b, _, dt, lot, n in rows],
             must_not=[mn("immunizations", "Influenza 2024/25", "other", "declined"),
                       mn("immunizations", "Td booster", "due", "next dose due 2034")])
    return R(d, "saint_lucia_vaccination_certificate", "Saint Lucia", "vaccination certificate", "immunization_record",
             "d/m/Y (all ambiguous)", ["d/m/Y"], t, hand=True)


# ============================================================================= 15 Grenada - discharge summary
@document
def d15_grenada():
    d = Doc("grenada", A4, 1, footer_left="MJPH discharge summary")
    d.letterhead("Morne Jaloux Private Hospital", ["Morne Jaloux, St. George's, Grenada, W.I.",
                 "Tel +1 473 444 6182  |  records@mjph.gd"], ["DISCHARGE SUMMARY", "Medical Unit"], size=15,
                 color=Color(0.0, 0.35, 0.2))
    d.kv([("Patient:", "Marcia L. Charles"), ("Hosp. no.:", "MJ-0062154"), ("DOB:", "19/02/1961"),
          ("Admitted:", "11/03/2025"), ("Consultant:", "Dr K. Noel, Physician"), ("Discharged:", "17/03/2025")],
         cols=2, lab_w=70)
    d.heading("Diagnoses", 10)
    d.bullets(["Cellulitis of the left leg (primary)", "Type 2 diabetes mellitus, on insulin - poor control",
               "Hypertension"], size=9)
    d.heading("Summary", 10)
    d.para("64 year old woman admitted with a 3-day history of a red, hot, swollen left lower leg and fever. Osteomyelitis "
           "was ruled out on X-ray and DVT was ruled out by venous Doppler. There is no history of peripheral vascular "
           "disease. A previous diabetic foot ulcer (right hallux, 2022) has healed. She was treated with IV clindamycin "
           "600 mg qid for 4 days (completed 15/03/2025) and then switched to oral flucloxacillin. Glucose control was "
           "poor on admission; basal insulin was increased and mealtime insulin added.", size=9)
    d.heading("Results", 10)
    rows = [("WBC", "x10^9/L", "4.0-11.0", 4.0, 11.0, "15.2", "H", "9.1", ""),
            ("CRP", "mg/L", "<5", None, 5.0, "142", "H", "31", "H"),
            ("Glucose (random)", "mmol/L", "3.9-7.8", 3.9, 7.8, "18.6", "H", "9.4", "H"),
            ("Creatinine", "\u00b5mol/L", "45-90", 45.0, 90.0, "102", "H", "84", ""),
            ("Lactate", "mmol/L", "0.5-2.2", 0.5, 2.2, "1.8", "", "", "")]
    d.table([130, 70, 80, 90, 90], [[a, u, r, f"{v1}{f1}", f"{v2}{f2}"] for a, u, r, lo, hi, v1, f1, v2, f2 in rows] +
            [["HbA1c", "%", "4.0-6.0", "9.8H", ""]],
            ["Test", "Units", "Reference", "11/03/2025", "16/03/2025"], aligns=["l", "l", "l", "r", "r"])
    d.para("Blood cultures: no growth at 5 days. Vitals at discharge: BP 134/82 mmHg, pulse 78 bpm, temperature 36.9 \u00b0C, "
           "SpO2 98 %.", size=9)
    d.heading("Medications on discharge", 10)
    d.table([185, 95, 85, 120], [
        ["Flucloxacillin 500 mg capsules", "500 mg PO", "qid", "to complete 7 days (new)"],
        ["Insulin glargine (Lantus) 100 units/mL", "22 units SC", "nocte", "CHANGED - was 18 units"],
        ["Insulin aspart (NovoRapid) 100 units/mL", "6 units SC", "tds with meals", "NEW"],
        ["Metformin 1 g", "1 g PO", "bd", "continue"],
        ["Lisinopril 10 mg", "10 mg PO", "daily", "continue"],
        ["Clindamycin 600 mg IV", "600 mg IV", "qid", "COMPLETED 15/03/2025"]],
        ["Medicine", "Dose / route", "Frequency", "Comment"], size=8.2)
    d.para("Allergies: No known drug allergies.", size=9)
    d.heading("Follow-up", 10)
    d.para("Diabetes clinic in 1 week; district nurse to review the leg in 3 days. Return if the redness spreads or fever "
           "recurs. Consider a statin at clinic review.", size=9)
    d.para("Signed: Dr A. Mitchell, House Officer, for Dr K. Noel", size=8.5)
    A, B = "2025-03-11", "2025-03-16"
    labs = []
    for a, u, r, lo, hi, v1, f1, v2, f2 in rows:
        labs.append(lab(a, v1, u, lo, hi, None, f1, A))
        if v2:
            labs.append(lab(a, v2, u, lo, hi, None, f2, B))
    labs.append(lab("HbA1c", "9.8", "%", 4.0, 6.0, None, "H", A))
    t = dict(
        meds=[med("flucloxacillin", None, "500", "mg", "oral", "qid", "new"),
              med("insulin glargine", "Lantus", "22", "units", "subcutaneous", "nocte", "changed"),
              med("insulin aspart", "NovoRapid", "6", "units", "subcutaneous", "tds with meals", "new"),
              med("metformin", None, "1", "g", "oral", "bd"),
              med("lisinopril", None, "10", "mg", "oral", "daily"),
              med("clindamycin", None, "600", "mg", "IV", "qid", "completed")],
        labs=labs,
        vitals=[vit("blood_pressure", "134/82", "mmHg"), vit("heart_rate", "78", "bpm"),
                vit("temperature", "36.9", "\u00b0C"), vit("oxygen_saturation", "98", "%")],
        conditions=[cond("Cellulitis of the left leg"), cond("Type 2 diabetes mellitus", aliases=["T2DM"]),
                    cond("Hypertension")],
        must_not=[mn("medications", "clindamycin", "stopped", "IV course completed"),
                  mn("conditions", "Osteomyelitis", "other", "ruled out"), mn("conditions", "DVT", "other", "ruled out"),
                  mn("conditions", "peripheral vascular disease", "negated", "no history of"),
                  mn("conditions", "diabetic foot ulcer", "historical", "healed 2022"),
                  mn("medications", "statin", "planned", "consider")])
    return R(d, "grenada_discharge_summary", "Grenada", "discharge summary", "discharge_summary", "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 16 Turks and Caicos - medication list
@document
def d16_tci():
    d = Doc("tci", letter, 1)
    d.letterhead("Leeward Highway Family Practice", ["Leeward Highway, Providenciales, Turks and Caicos Islands TKCA 1ZZ",
                 "Tel +1 649 941 3367  |  lhfp.tci@gmail.com"], ["MEDICATION LIST", "Printed 22/09/2025"], size=15,
                 color=Color(0.0, 0.3, 0.55))
    d.kv([("Patient:", "Shanique D. Forbes"), ("DOB:", "08/05/1968"), ("Chart:", "LHFP-5530"),
          ("Pharmacy:", "Grace Bay Pharmacy")], cols=2, lab_w=60)
    d.para("Allergies: Codeine - vomiting.   Problems: hypothyroidism, type 2 diabetes mellitus, asthma, osteopenia.",
           font="SansB", size=8.8)
    d.heading("ACTIVE MEDICATIONS", 10)
    act = [["Levothyroxine (Synthroid) 100 mcg tablet", "1 tablet mane, before breakfast", "Hypothyroidism", "01/2019"],
           ["Metformin XR 750 mg tablet", "2 tablets with evening meal", "Type 2 diabetes", "03/2021"],
           ["Empagliflozin (Jardiance) 10 mg tablet", "1 tablet once daily", "Type 2 diabetes", "22/09/2025 NEW"],
           ["Budesonide/formoterol (Symbicort) 200/6 inhaler", "2 puffs bd", "Asthma", "06/2020"],
           ["Salbutamol (Ventolin) 100 mcg inhaler", "2 puffs prn wheeze", "Asthma", "06/2020"],
           ["Rosuvastatin 10 mg tablet", "1 tablet at night", "Cardiovascular risk", "03/2021"],
           ["Colecalciferol (vitamin D3) 1000 IU", "1 capsule daily", "Osteopenia", "11/2023"]]
    d.table([190, 145, 100, 81], act, ["Medicine", "Directions", "Indication", "Started"], size=8.2)
    d.heading("INACTIVE / STOPPED MEDICATIONS", 10)
    ina = [["Glimepiride 2 mg tablet", "1 tablet mane", "Stopped 22/09/2025", "hypoglycaemia; replaced by Jardiance"],
           ["Prednisone 40 mg daily", "5-day course", "Completed 14/07/2025", "asthma exacerbation"],
           ["Omeprazole 20 mg", "1 daily", "Stopped 02/2025", "symptoms resolved"]]
    d.table([150, 100, 120, 146], ina, ["Medicine", "Directions", "Status", "Reason"], size=8.2)
    d.para("Please bring this list and all your medicines to every appointment. Tell the pharmacist if you are allergic to "
           "any medicine. Do not take ibuprofen for pain without asking - it can worsen asthma in some people.", size=8,
           color=GREY)
    d.para("Reviewed by Dr M. Gardiner, 22/09/2025", size=8.5)
    t = dict(
        meds=[med("levothyroxine", "Synthroid", "100", "mcg", "oral", "mane"),
              med("metformin", None, "1500", "mg", "oral", "with evening meal", optional=True),
              med("empagliflozin", "Jardiance", "10", "mg", "oral", "once daily", "new"),
              med("budesonide/formoterol", "Symbicort", "2", "puffs", "inhaled", "bd"),
              med("salbutamol", "Ventolin", "2", "puffs", "inhaled", "prn"),
              med("rosuvastatin", None, "10", "mg", "oral", "at night"),
              med("colecalciferol", None, "1000", "IU", "oral", "daily"),
              med("glimepiride", None, "2", "mg", "oral", "mane", "stopped"),
              med("prednisone", None, "40", "mg", "oral", "daily", "completed"),
              med("omeprazole", None, "20", "mg", "oral", "daily", "stopped")],
        allergies=[alg("Codeine", "vomiting")],
        conditions=[cond("hypothyroidism"), cond("type 2 diabetes mellitus"), cond("asthma"), cond("osteopenia")],
        must_not=[mn("medications", "glimepiride", "stopped"), mn("medications", "prednisone", "stopped", "completed"),
                  mn("medications", "omeprazole", "stopped"), mn("medications", "ibuprofen", "leaflet")])
    t["meds"][1]["dose"] = "750"
    return R(d, "turks_caicos_medication_list", "Turks and Caicos Islands", "medication list (active / stopped)",
             "prescription", "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 17 Guernsey - lab report (pending, attached flags)
@document
def d17_guernsey():
    d = Doc("guernsey", A4, 1)
    d.letterhead("Sarnia Pathology Laboratory", ["Rohais, St Peter Port, Guernsey GY1 1FB",
                 "Tel +44 1481 725 690  |  pathology@sarnia-path.gg"], ["Clinical Biochemistry & Haematology"], size=15,
                 color=Color(0.3, 0.1, 0.4))
    d.kv([("Patient:", "LE PAGE, Helen Margaret"), ("Hosp no.:", "G0478215"), ("DOB:", "02/12/1958"),
          ("Collected:", "09/10/2025 08:05"), ("Requester:", "Dr J. Ozanne, Cobo Surgery"), ("Lab no.:", "SP25-184330")],
         cols=2, lab_w=70)
    d.para("Clinical details: tired all the time, weight gain. On levothyroxine. ?iron deficiency.", size=8.5)
    D = "2025-10-09"
    rows = [("Haemoglobin", "118L", "g/L", "120 - 150", 120.0, 150.0, "118", "L"),
            ("MCV", "79L", "fL", "83 - 101", 83.0, 101.0, "79", "L"),
            ("Platelets", "402", "x10^9/L", "150 - 410", 150.0, 410.0, "402", ""),
            ("Ferritin", "9L", "ug/L", "15 - 150", 15.0, 150.0, "9", "L"),
            ("TSH", "6.2H", "mU/L", "0.27 - 4.20", 0.27, 4.2, "6.2", "H"),
            ("Free T4", "13.1", "pmol/L", "12.0 - 22.0", 12.0, 22.0, "13.1", ""),
            ("Sodium", "140", "mmol/L", "133 - 146", 133.0, 146.0, "140", ""),
            ("Potassium", "4.4", "mmol/L", "3.5 - 5.3", 3.5, 5.3, "4.4", ""),
            ("Creatinine", "71", "umol/L", "45 - 84", 45.0, 84.0, "71", ""),
            ("eGFR", "78", "mL/min/1.73m2", "", None, None, "78", ""),
            ("Total cholesterol", "6.4H", "mmol/L", "< 5.0", None, 5.0, "6.4", "H"),
            ("Vitamin B12", "PENDING", "ng/L", "197 - 771", None, None, None, None),
            ("Folate", "PENDING", "ug/L", "> 3.9", None, None, None, None),
            ("Coeliac serology (tTG-IgA)", "To follow", "U/mL", "< 7", None, None, None, None)]
    d.table([170, 80, 90, 110], [[a, b, u, r] for a, b, u, r, *_ in rows], ["Test", "Result", "Units", "Ref. range"],
            aligns=["l", "r", "l", "l"], size=8.4)
    d.para("Comment: Microcytic anaemia with low ferritin, consistent with iron deficiency. TSH raised on replacement - "
           "check adherence and timing of levothyroxine. B12/folate and coeliac serology to follow on a separate report.",
           size=8.5)
    d.para("Authorised: Dr C. Brehaut, Consultant Chemical Pathologist. H/L = outside reference range.", size=8, color=GREY)
    labs = [lab(a, v, u, lo, hi, None, f, D) for a, b, u, r, lo, hi, v, f in rows if v]
    t = dict(labs=labs, must_not=[mn("labs", "Vitamin B12", "other", "pending"), mn("labs", "Folate", "other", "pending"),
                                  mn("labs", "Coeliac serology", "other", "to follow")])
    return R(d, "guernsey_lab_report", "Guernsey", "lab report (attached flags, pending tests)", "lab_result", "d/m/Y",
             ["d/m/Y"], t)


# ============================================================================= 18 Falkland Islands - pre-op form (scan)
@document
def d18_falklands():
    d = Doc("falklands", A4, 1)
    d.letterhead("Ross Road Surgical Centre", ["Ross Road, Stanley, Falkland Islands FIQQ 1ZZ", "Tel +500 27 318"],
                 ["PRE-OPERATIVE ASSESSMENT", "Day surgery"], size=15, color=Color(0.1, 0.2, 0.45))
    y = d.y - 16
    for a, b, c2, e in [("Name:", "Graham P. Biggs", "Date:", "14/05/2025"),
                        ("DOB:", "21/03/1963", "Hosp no.:", "RRS-20417"),
                        ("Procedure:", "Lap. cholecystectomy", "Surgeon:", "Mr A. Short")]:
        d.text(d.L, y, a, "SansB", 9)
        d.hand(d.L + 70, y, b, 11.5)
        d.text(d.L + 290, y, c2, "SansB", 9)
        d.hand(d.L + 350, y, e, 11.5)
        y -= 20
    d.text(d.L, y, "Indication:", "SansB", 9)
    d.hand(d.L + 70, y, "symptomatic gallstones", 11.5)
    y -= 24
    d.text(d.L, y, "Do you have or have you ever had:", "SansB", 9.5)
    d.text(d.L + 330, y, "Yes", "SansB", 8.5)
    d.text(d.L + 365, y, "No", "SansB", 8.5)
    y -= 4
    qs = [("Heart disease / angina", False), ("High blood pressure", True), ("Diabetes", False), ("Asthma", True),
          ("Stroke", False), ("Bleeding disorder", False), ("Reflux / heartburn", True), ("Sleep apnoea", False),
          ("Problems with a previous anaesthetic", False), ("Family history of anaesthetic problems", False)]
    for q, yes in qs:
        y -= 17
        d.line(d.L, y - 5, d.L + 385, y - 5, 0.3, GREY)
        d.text(d.L, y, q, "Sans", 9)
        d.box(d.L + 332, y - 2, yes)
        d.box(d.L + 365, y - 2, not yes)
    y -= 26
    d.text(d.L, y, "Current medicines:", "SansB", 9.5)
    y = d.hand_lines(d.L + 10, y - 18, ["Ramipril 5 mg mane", "Salbutamol inhaler 2 puffs prn",
                                       "Omeprazole 20 mg daily", "Aspirin 75 mg daily - withheld from 07/05/2025"],
                     11.5, 18)
    y -= 4
    d.text(d.L, y, "Allergies:", "SansB", 9.5)
    d.hand(d.L + 65, y, "Elastoplast - skin blistering", 11.5)
    y -= 24
    d.text(d.L, y, "Observations:", "SansB", 9.5)
    d.hand(d.L + 85, y, "BP 142/88 mmHg   HR 66 bpm   SpO2 97 %", 11.5)
    y -= 18
    d.hand(d.L + 85, y, "Wt 96 kg   Ht 181 cm   BMI 29.3", 11.5)
    y -= 24
    d.text(d.L, y, "ASA grade:", "SansB", 9.5)
    d.hand(d.L + 70, y, "II", 12)
    d.text(d.L + 200, y, "Assessed by:", "SansB", 9.5)
    d.hand(d.L + 280, y, "S. Jaffray RGN", 11.5)
    t = dict(
        meds=[med("ramipril", None, "5", "mg", "oral", "mane"),
              med("salbutamol", None, "2", "puffs", "inhaled", "prn"),
              med("omeprazole", None, "20", "mg", "oral", "daily"),
              med("aspirin", None, "75", "mg", "oral", "daily", "held")],
        vitals=[vit("blood_pressure", "142/88", "mmHg"), vit("heart_rate", "66", "bpm"),
                vit("oxygen_saturation", "97", "%"), vit("weight", "96", "kg"), vit("height", "181", "cm"),
                vit("bmi", "29.3", None)],
        allergies=[alg("Elastoplast", "skin blistering")],
        conditions=[cond("High blood pressure", aliases=["hypertension"]), cond("Asthma"),
                    cond("Reflux / heartburn", aliases=["GORD"]), cond("symptomatic gallstones", aliases=["cholelithiasis"])],
        must_not=[mn("medications", "aspirin", "stopped", "withheld pre-op")] +
                 [mn("conditions", q, "checkbox_no") for q, yes in qs if not yes])
    return R(d, "falklands_preop_assessment", "Falkland Islands", "pre-op form with tick boxes (scan)", "medical_record",
             "d/m/Y", ["d/m/Y"], t, hand=True, scan={"angle": -2.3, "fmt": "pdf", "dpi": 180})


# ============================================================================= 19 Iceland - English letter for a visitor
@document
def d19_iceland():
    d = Doc("iceland", A4, 1)
    d.letterhead("Laugavegur Urgent Care Clinic", ["Laugavegur 118, 105 Reykjav\u00edk, Iceland",
                 "Tel +354 555 7302  |  clinic@laugavegur-uc.is"], ["Letter for visiting patient", "Reykjav\u00edk, 14.3.2025"],
                 size=15, color=Color(0.05, 0.25, 0.5))
    d.para("To the patient's general practitioner (United Kingdom)", size=9.5)
    d.para("Patient: Thomas Whitfield, date of birth 27.8.1994, passport 559201734 (UK). Seen 14.3.2025.", font="SansB",
           size=9.5)
    d.para("Dear colleague,", size=9.5)
    d.para("Mr Whitfield, a tourist, slipped on ice near Hallgr\u00edmskirkja this morning and twisted his right ankle. He did "
           "not hit his head and there was no loss of consciousness. X-ray showed an undisplaced fracture of the right "
           "lateral malleolus (Weber A). Syndesmotic injury is not suspected clinically.", size=9.5)
    d.para("He is otherwise well. Past history: asthma in childhood, now resolved. No regular medication apart from "
           "sertraline 50 mg once daily. He reports an allergy to penicillin (rash).", size=9.5)
    d.para("Observations: BP 128/76 mmHg, pulse 74 bpm, temperature 36.5 \u00b0C, weight 82 kg.", size=9.5)
    d.para("In the clinic he received diclofenac 75 mg IM once for pain. He was fitted with a walking boot and crutches.",
           size=9.5)
    d.para("Medication given for the journey home:", font="SansB", size=9.5)
    d.bullets(["Enoxaparin (Klexane) 40 mg subcutaneously once daily for 14 days (new - thromboprophylaxis while "
               "immobilised and for the flight)",
               "Paracetamol 1 g four times daily as needed",
               "Ibuprofen 400 mg three times daily with food for 5 days"], size=9.5)
    d.para("Please arrange fracture clinic follow-up in 1-2 weeks after his return on 17.3.2025.", size=9.5)
    d.para("With kind regards,", size=9.5)
    d.hand(d.L, d.y - 20, "Gu\u00f0r\u00fan Sigur\u00f0ard\u00f3ttir", 13)
    d.y -= 26
    d.para("Dr Gu\u00f0r\u00fan Sigur\u00f0ard\u00f3ttir, specialist in emergency medicine", size=9)
    t = dict(
        meds=[med("sertraline", None, "50", "mg", "oral", "once daily"),
              med("enoxaparin", "Klexane", "40", "mg", "subcutaneous", "once daily", "new"),
              med("paracetamol", None, "1", "g", "oral", "four times daily as needed", "new"),
              med("ibuprofen", None, "400", "mg", "oral", "three times daily", "new")],
        vitals=[vit("blood_pressure", "128/76", "mmHg"), vit("heart_rate", "74", "bpm"),
                vit("temperature", "36.5", "\u00b0C"), vit("weight", "82", "kg")],
        allergies=[alg("penicillin", "rash")],
        conditions=[cond("Undisplaced fracture of the right lateral malleolus (Weber A)", aliases=["ankle fracture"])],
        must_not=[mn("conditions", "loss of consciousness", "negated"),
                  mn("conditions", "Syndesmotic injury", "negated", "not suspected"),
                  mn("conditions", "asthma", "historical", "childhood, resolved"),
                  mn("medications", "diclofenac", "other", "one-off IM dose in clinic")])
    return R(d, "iceland_visitor_letter", "Iceland", "clinic letter for a visitor", "medical_record", "j.n.Y",
             ["j.n.Y"], t)


# ============================================================================= 20 Kuwait - cumulative lab report
@document
def d20_kuwait():
    d = Doc("kuwait", A4, 1)
    d.letterhead("Al-Qurain Medical Laboratories", ["Block 5, Salem Al-Mubarak Street, Salmiya, Kuwait",
                 "Tel +965 2573 6604  |  reports@alqurainlabs.com.kw"], ["CUMULATIVE REPORT", "Diabetes & renal panel"],
                 size=15, color=Color(0.0, 0.3, 0.3))
    d.kv([("Patient:", "Fahad Nasser Al-Mutairi"), ("Civil ID:", "278031204455"), ("Age / Sex:", "47 Y / M"),
          ("Referring:", "Dr H. Al-Sabah, Salmiya Polyclinic"), ("File no.:", "AQL-610274"), ("Printed:", "15/09/2025")],
         cols=2, lab_w=70)
    dates = ["2025-01-12", "2025-05-04", "2025-09-14"]
    rows = [  # test, unit, ref, lo, hi, values (with attached flags)
        ("HbA1c", "%", "4.0 - 5.6", 4.0, 5.6, ["8.9H", "7.6H", "6.8H"]),
        ("Fasting glucose", "mmol/L", "3.9 - 5.6", 3.9, 5.6, ["10.2H", "8.1H", "6.9H"]),
        ("Creatinine", "\u00b5mol/L", "62 - 106", 62.0, 106.0, ["98", "104", "112H"]),
        ("Urea", "mmol/L", "2.8 - 8.1", 2.8, 8.1, ["6.1", "6.4", "7.0"]),
        ("Potassium", "mmol/L", "3.5 - 5.1", 3.5, 5.1, ["4.5", "4.8", "5.3H"]),
        ("ALT", "U/L", "< 41", None, 41.0, ["52H", "38", "35"]),
        ("Total cholesterol", "mmol/L", "< 5.2", None, 5.2, ["5.8H", "4.6", "4.2"]),
        ("LDL cholesterol", "mmol/L", "< 2.6", None, 2.6, ["3.7H", "2.5", "2.1"]),
        ("HDL cholesterol", "mmol/L", "> 1.0", 1.0, None, ["0.9L", "1.0", "1.1"]),
        ("Triglycerides", "mmol/L", "< 1.7", None, 1.7, ["2.6H", "1.9H", "1.5"]),
        ("Urine albumin/creatinine", "mg/mmol", "< 3.0", None, 3.0, ["", "4.2H", "6.8H"]),
    ]
    d.table([135, 65, 70, 70, 70, 85], [[a, u] + v + [r] for a, u, r, lo, hi, v in rows],
            ["Test", "Units"] + [fmt_date(x, "d/m/Y") for x in dates] + ["Reference"],
            aligns=["l", "l", "r", "r", "r", "l"], size=8.3)
    d.para("H = above reference range, L = below. Blank = not requested on that date.", size=7.8, color=GREY)
    d.para("Comment (14/09/2025): Improving glycaemic control. Rising creatinine and potassium with increasing "
           "albuminuria - suggest review of renal function and ACE inhibitor / SGLT2 therapy.", size=8.5)
    d.para("Reviewed by: Dr M. Bahbahani, Clinical Pathologist", size=8.5)
    labs = []
    for a, u, r, lo, hi, vals in rows:
        for dt, v in zip(dates, vals):
            if not v:
                continue
            m = re.match(r"([\d.]+)([HL]?)$", v)
            labs.append(lab(a, m.group(1), u, lo, hi, None, m.group(2), dt))
    t = dict(labs=labs)
    return R(d, "kuwait_cumulative_lab_report", "Kuwait", "cumulative lab report (3 date columns)", "lab_result",
             "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 21 Vietnam - lab report with previous-result column
@document
def d21_vietnam():
    d = Doc("vietnam", A4, 1)
    d.letterhead("Riverside International Clinic & Hospital", ["74 Xuan Thuy Street, Thao Dien Ward, Thu Duc City, "
                 "Ho Chi Minh City, Vietnam", "Tel +84 28 3744 6120  |  lab@riverside-ich.vn"],
                 ["LABORATORY REPORT", "Hepatology clinic"], size=14, color=Color(0.0, 0.25, 0.5))
    d.kv([("Patient:", "Nguyen Thi Thu Ha"), ("PID:", "RIH-2207815"), ("DOB / Sex:", "05/06/1979  F"),
          ("Collected:", "18/08/2025 07:50"), ("Doctor:", "Dr Tran Minh Khoa"), ("Previous:", "17/02/2025")],
         cols=2, lab_w=70)
    cur, prev = "2025-08-18", "2025-02-17"
    rows = [  # test, unit, ref, lo, hi, current(flag), previous(flag)
        ("ALT", "U/L", "< 35", None, 35.0, ("48", "H"), ("61", "H")),
        ("AST", "U/L", "< 35", None, 35.0, ("39", "H"), ("44", "H")),
        ("GGT", "U/L", "< 40", None, 40.0, ("32", ""), ("35", "")),
        ("Total bilirubin", "\u00b5mol/L", "< 21", None, 21.0, ("14", ""), ("15", "")),
        ("Albumin", "g/L", "35 - 52", 35.0, 52.0, ("41", ""), ("40", "")),
        ("Platelets", "G/L", "150 - 400", 150.0, 400.0, ("162", ""), ("148", "L")),
        ("INR", "", "0.8 - 1.2", 0.8, 1.2, ("1.0", ""), ("1.1", "")),
        ("AFP", "ng/mL", "< 7.0", None, 7.0, ("3.2", ""), ("3.5", "")),
        ("HBV DNA (PCR)", "IU/mL", "", None, None, ("< 20", ""), ("1840", "")),
        ("HBeAg", "", "Negative", None, None, ("Negative", ""), ("Negative", "")),
    ]
    d.table([130, 70, 55, 70, 55, 100], [[a, f"{c[0]}", c[1], f"{p[0]}", p[1], (u + "  " + r).strip()]
                                         for a, u, r, lo, hi, c, p in rows],
            ["Test", "18/08/2025", "Flag", "Previous 17/02/2025", "Flag", "Unit / reference"],
            aligns=["l", "r", "c", "r", "c", "l"], size=8.3)
    d.para("HBsAg quantitative: sample stored - result pending.", size=8.5)
    d.para("Interpretation: chronic hepatitis B on tenofovir (TDF) 300 mg daily - HBV DNA now below the limit of "
           "quantification; ALT improving. Ultrasound surveillance due in February 2026.", size=8.5)
    d.para("Validated by: Le Van Phuc, MSc, Laboratory Manager", size=8.5)
    labs = []
    for a, u, r, lo, hi, c, p in rows:
        rt = r if (r and lo is None and hi is None) else None
        hasref = bool(r)
        for dt, (v, f) in ((cur, c), (prev, p)):
            labs.append(lab(a, v, u or None, lo, hi, rt, f, dt, has_ref=hasref))
    for x in labs:
        if x["value_text"] == "< 20":
            x["value_numeric"] = None
    t = dict(labs=labs,
             meds=[med("tenofovir", None, "300", "mg", "oral", "daily")],
             conditions=[cond("chronic hepatitis B", aliases=["CHB", "HBV"])],
             must_not=[mn("labs", "HBsAg quantitative", "other", "pending")])
    return R(d, "vietnam_lab_report_previous", "Vietnam", "lab report with previous-result column", "lab_result",
             "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 22 Australia NT - discharge summary (3 pages)
@document
def d22_nt():
    d = Doc("nt", A4, 3, footer_left="CRH Discharge Summary - UR 3104772")

    def hdr(dd):
        dd.text(dd.L, dd.y - 10, "Casuarina Regional Hospital - Discharge Summary", "SansB", 9)
        dd.text(dd.R, dd.y - 10, "YIRRKALA, Josephine  UR 3104772", "Sans", 8, align="right")
        dd.line(dd.L, dd.y - 15, dd.R, dd.y - 15, 0.5)
        dd.y -= 22
    d.header_fn = hdr
    d.letterhead("Casuarina Regional Hospital", ["42 Trower Road, Tiwi NT 0810, Australia",
                 "Tel +61 8 8920 4471  |  Fax +61 8 8920 4400"], ["NT Health (synthetic)", "DISCHARGE SUMMARY"], size=15,
                 color=Color(0.55, 0.25, 0.0))
    d.kv([("Patient:", "YIRRKALA, Josephine"), ("UR no.:", "3104772"), ("DOB:", "04/03/1991 (34 y)"),
          ("Admitted:", "02/05/2025"), ("Unit:", "General Medicine / Cardiology"), ("Discharged:", "12/05/2025"),
          ("Usual GP:", "Dr S. Nguyen, Palmerston Health Centre"), ("Interpreter:", "Yolngu Matha - used")],
         cols=2, lab_w=72)
    d.heading("Principal diagnosis", 10)
    d.para("Atrial fibrillation with rapid ventricular response and acute decompensated heart failure, secondary to "
           "rheumatic heart disease with moderate-severe mitral stenosis.", size=9)
    d.heading("Active problems", 10)
    d.bullets(["Rheumatic heart disease - mitral stenosis (MVA 1.1 cm\u00b2), on secondary prophylaxis",
               "Atrial fibrillation - new diagnosis this admission",
               "Type 2 diabetes mellitus",
               "Acute kidney injury - resolved by discharge (creatinine back to baseline)"], size=9)
    d.heading("Past history", 10)
    d.para("Acute rheumatic fever aged 12 (2003). Scabies treated 2024 - resolved. No history of stroke. Family history of "
           "rheumatic heart disease (mother) and type 2 diabetes (both parents).", size=9)
    d.heading("Presentation and course", 10)
    d.para("Presented to ED with 1 week of worsening breathlessness, orthopnoea and palpitations. HR 148 irregular, BP "
           "108/70, SpO2 90 % on air, bibasal crackles. ECG: AF with RVR. Chest X-ray: pulmonary oedema, enlarged left "
           "atrium. Treated with IV furosemide 80 mg bd for 3 days, then oral. Rate controlled with metoprolol. Digoxin "
           "500 microg IV loading dose given once in ED. Anticoagulation commenced with enoxaparin bridging to warfarin "
           "(INR therapeutic on 11/05/2025). Perindopril was withheld because of acute kidney injury (creatinine peak "
           "142). Aspirin ceased now that she is on warfarin. Echo: moderate-severe rheumatic mitral stenosis, LVEF 55 %, "
           "PASP 52 mmHg. She was seen by the cardiology team - for consideration of balloon mitral valvotomy at "
           "the Adelaide cardiac outreach clinic. Infective endocarditis was considered and excluded (blood cultures "
           "x3 negative, no vegetation on echo).", size=9)
    d.para("Immunisation: influenza vaccine (Vaxigrip Tetra, batch VT25-4419) given on the ward 09/05/2025. "
           "Pneumococcal vaccine (Prevenar 20) due - to be given by GP.", size=9)
    d.heading("Investigations", 10)
    rows = [("Haemoglobin", "g/L", "115 - 160", 115.0, 160.0, ("121", ""), ("118", "")),
            ("White cell count", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ("9.8", ""), ("7.2", "")),
            ("Sodium", "mmol/L", "135 - 145", 135.0, 145.0, ("133", "L"), ("137", "")),
            ("Potassium", "mmol/L", "3.5 - 5.2", 3.5, 5.2, ("4.1", ""), ("4.4", "")),
            ("Creatinine", "umol/L", "45 - 90", 45.0, 90.0, ("142", "H"), ("81", "")),
            ("eGFR", "mL/min/1.73m2", "> 90", 90.0, None, ("42", "L"), ("84", "L")),
            ("NT-proBNP", "ng/L", "< 125", None, 125.0, ("3890", "H"), ("1210", "H")),
            ("INR", "", "0.9 - 1.2", 0.9, 1.2, ("1.1", ""), ("2.4", "H")),
            ("HbA1c", "%", "< 6.5", None, 6.5, ("7.9", "H"), ("", "")),
            ("TSH", "mIU/L", "0.5 - 4.0", 0.5, 4.0, ("1.8", ""), ("", ""))]
    d.table([130, 80, 95, 85, 85], [[a, u, r, (v1 + " " + f1).strip(), (v2 + " " + f2).strip()]
                                   for a, u, r, lo, hi, (v1, f1), (v2, f2) in rows],
            ["Test", "Units", "Reference", "02/05/2025", "11/05/2025"], aligns=["l", "l", "l", "r", "r"], size=8.3)
    d.new_page()
    d.heading("Observations on discharge", 10)
    d.table([100, 100, 100, 100, 115], [["BP 112/72 mmHg", "HR 84 bpm", "RR 16 /min", "SpO2 97 % RA",
                                        "Weight 61.4 kg"]], size=8.5, grid=True)
    d.heading("Discharge medications", 10)
    meds = [["Warfarin (Marevan) 5 mg tablet", "5 mg", "oral", "nocte", "NEW - dose as per INR, target 2.0-3.0"],
            ["Metoprolol succinate (Toprol-XL) 47.5 mg", "47.5 mg", "oral", "mane", "NEW"],
            ["Furosemide (Lasix) 40 mg tablet", "40 mg", "oral", "mane", "CHANGED - was 20 mg"],
            ["Benzathine benzylpenicillin (Bicillin L-A) 1,200,000 units", "1,200,000 units", "IM",
             "every 28 days", "continue - next due 30/05/2025"],
            ["Metformin (Diabex) 500 mg tablet", "500 mg", "oral", "bd", "continue"],
            ["Empagliflozin (Jardiance) 10 mg", "10 mg", "oral", "daily", "NEW"],
            ["Perindopril (Coversyl) 5 mg", "5 mg", "oral", "daily", "WITHHELD - AKI; GP to restart if creatinine stable"],
            ["Aspirin 100 mg", "100 mg", "oral", "daily", "CEASED - on warfarin"]]
    d.table([170, 65, 40, 70, 170], meds, ["Medication", "Dose", "Route", "Frequency", "Status / comment"], size=8.2)
    d.para("Allergies / ADRs: Trimethoprim+sulfamethoxazole (Bactrim) - severe rash with blistering (2019).",
           font="SansB", size=9)
    d.heading("Information for the patient", 10)
    d.para("Warfarin: have your INR checked as arranged. Many medicines interact with warfarin - do not take aspirin, "
           "ibuprofen or naproxen unless your doctor says so. Tell your doctor or nurse if you have black stools, "
           "bleeding gums or blood in the urine. Keep your Bicillin injections up to date to protect your heart from "
           "more rheumatic fever.", size=8.8, color=GREY)
    d.heading("Pending at discharge", 10)
    d.para("Streptococcal serology (ASOT, anti-DNase B) - pending; results to GP.", size=9)
    d.new_page()
    d.heading("Follow-up plan", 10)
    d.bullets(["GP (Palmerston Health Centre) in 3 days: INR, U&E, weight. Warfarin dosing by GP/RHD nurse.",
               "Restart perindopril if creatinine stable at the GP review.",
               "Cardiology outreach clinic in 4 weeks - consider balloon mitral valvotomy.",
               "RHD register updated; Bicillin due 30/05/2025 at the health centre.",
               "Dental review before any valve procedure.",
               "Give pneumococcal vaccine (Prevenar 20) at next GP visit."], size=9)
    d.heading("Discharging clinician", 10)
    d.para("Dr Liam O'Connell, Resident Medical Officer, for Dr R. Patel (Consultant Physician). Page 3 of the summary "
           "sent electronically to the GP and the Top End RHD program.", size=9)
    d.hand(d.L, d.y - 24, "L. O'Connell RMO", 13)
    A, B = "2025-05-02", "2025-05-11"
    labs = []
    for a, u, r, lo, hi, (v1, f1), (v2, f2) in rows:
        labs.append(lab(a, v1, u or None, lo, hi, None, f1, A))
        if v2:
            labs.append(lab(a, v2, u or None, lo, hi, None, f2, B))
    t = dict(
        meds=[med("warfarin", "Marevan", "5", "mg", "oral", "nocte", "new"),
              med("metoprolol succinate", "Toprol-XL", "47.5", "mg", "oral", "mane", "new"),
              med("furosemide", "Lasix", "40", "mg", "oral", "mane", "changed"),
              med("benzathine benzylpenicillin", "Bicillin L-A", "1,200,000", "units", "IM", "every 28 days"),
              med("metformin", "Diabex", "500", "mg", "oral", "bd"),
              med("empagliflozin", "Jardiance", "10", "mg", "oral", "daily", "new"),
              med("perindopril", "Coversyl", "5", "mg", "oral", "daily", "held"),
              med("aspirin", None, "100", "mg", "oral", "daily", "stopped")],
        labs=labs,
        vitals=[vit("blood_pressure", "112/72", "mmHg"), vit("heart_rate", "84", "bpm"),
                vit("respiratory_rate", "16", "/min"), vit("oxygen_saturation", "97", "%"),
                vit("weight", "61.4", "kg")],
        allergies=[alg("Trimethoprim+sulfamethoxazole", "severe rash with blistering", "severe")],
        conditions=[cond("Rheumatic heart disease - mitral stenosis", aliases=["RHD", "mitral stenosis"]),
                    cond("Atrial fibrillation", aliases=["AF"]),
                    cond("acute decompensated heart failure", aliases=["heart failure"]),
                    cond("Type 2 diabetes mellitus", aliases=["T2DM"])],
        imms=[imm("influenza", "2025-05-09", None, "VT25-4419", "Vaxigrip Tetra")],
        must_not=[mn("medications", "perindopril", "stopped", "withheld (held) for AKI"),
                  mn("medications", "aspirin", "stopped", "ceased - on warfarin"),
                  mn("medications", "Digoxin", "other", "IV loading dose once in ED"),
                  mn("conditions", "Acute kidney injury", "historical", "resolved by discharge"),
                  mn("conditions", "Acute rheumatic fever", "historical", "aged 12"),
                  mn("conditions", "Scabies", "historical", "resolved"),
                  mn("conditions", "stroke", "negated", "no history of"),
                  mn("conditions", "Infective endocarditis", "other", "considered and excluded"),
                  mn("immunizations", "Pneumococcal vaccine (Prevenar 20)", "due", "to be given by GP"),
                  mn("labs", "Streptococcal serology", "other", "pending"),
                  mn("medications", "naproxen", "leaflet")])
    return R(d, "australia_nt_discharge_summary", "Australia (Northern Territory)", "discharge summary (3 pages)",
             "discharge_summary", "d/m/Y", ["d/m/Y"], t)


# ============================================================================= 23 Canada NL - patient portal summary
@document
def d23_canada():
    d = Doc("canada", letter, 1)
    d.letterhead("Avalon MyHealth Portal", ["Torbay Road Family Clinic, 210 Torbay Road, St. John's, NL A1A 2H3, Canada",
                 "Tel +1 709 753 4418"], ["Health summary", "Printed by patient 2025-11-04"], size=15,
                 color=Color(0.1, 0.35, 0.6))
    d.kv([("Name:", "Patrick J. Kavanagh"), ("MCP no.:", "284 117 603 219"), ("Date of birth:", "1957-10-02"),
          ("Family doctor:", "Dr E. Power")], cols=2, lab_w=80)
    d.heading("My medications", 10)
    d.table([200, 150, 166], [["Apixaban (Eliquis) 5 mg", "1 tablet twice a day", "Active"],
                              ["Tiotropium (Spiriva Respimat) 2.5 mcg", "2 puffs once a day", "Active"],
                              ["Metoprolol 25 mg", "1 tablet twice a day", "Active"],
                              ["Atorvastatin 40 mg", "1 tablet at bedtime", "Active"],
                              ["Cephalexin 500 mg", "1 capsule 4 times a day", "Completed 2025-10-20"]],
            ["Medication", "How to take", "Status"], size=8.3)
    d.heading("My allergies", 10)
    d.para("Sulfa drugs - hives (moderate).  Shellfish - throat swelling (severe).", size=9)
    d.heading("My health conditions", 10)
    d.table([250, 120, 146], [["Atrial fibrillation", "Active", "2022-03-15"],
                              ["Chronic obstructive pulmonary disease (COPD)", "Active", "2019-06-01"],
                              ["Hypercholesterolemia", "Active", "2015-01-20"],
                              ["Cellulitis, right foot", "Resolved", "2025-10-13"]],
            ["Condition", "Status", "Since"], size=8.3)
    d.heading("My recent test results", 10)
    rows = [("Hemoglobin", "138", "g/L", "135 - 175", 135.0, 175.0, "", "2025-10-28"),
            ("Creatinine", "104", "umol/L", "60 - 110", 60.0, 110.0, "", "2025-10-28"),
            ("eGFR", "63", "mL/min/1.73m2", "> 60", 60.0, None, "", "2025-10-28"),
            ("LDL cholesterol", "2.4", "mmol/L", "< 2.0", None, 2.0, "High", "2025-10-28"),
            ("HbA1c", "5.9", "%", "< 6.0", None, 6.0, "", "2025-06-11"),
            ("TSH", "2.10", "mU/L", "0.32 - 5.04", 0.32, 5.04, "", "2025-06-11")]
    d.table([140, 70, 90, 100, 50, 66], [[a, b, u, r, f, dt] for a, b, u, r, lo, hi, f, dt in rows],
            ["Test", "Result", "Units", "Normal range", "Flag", "Date"], size=8.3)
    d.heading("My immunizations", 10)
    d.table([160, 120, 110, 126], [["Influenza (Fluzone High-Dose)", "2025-10-15", "Lot UT8421HD", "Given"],
                                   ["Pneumococcal (Prevnar 20)", "2024-09-30", "Lot LL5307", "Given"],
                                   ["Shingles (Shingrix) dose 2", "Due 2025-12-01", "", "Due"],
                                   ["COVID-19 2025-2026", "", "", "Declined"]],
            ["Vaccine", "Date", "Lot", "Status"], size=8.3)
    d.heading("Health library", 10)
    d.para("Living with COPD: if you notice more breathlessness, more sputum or a change in sputum colour, start your "
           "action plan and call the clinic. Learn about heart attack warning signs. Tell your pharmacist if you are "
           "allergic to penicillin.", size=8, color=GREY)
    t = dict(
        meds=[med("apixaban", "Eliquis", "5", "mg", "oral", "twice a day"),
              med("tiotropium", "Spiriva Respimat", "2", "puffs", "inhaled", "once a day"),
              med("metoprolol", None, "25", "mg", "oral", "twice a day"),
              med("atorvastatin", None, "40", "mg", "oral", "at bedtime"),
              med("cephalexin", None, "500", "mg", "oral", "4 times a day", "completed")],
        labs=[lab(a, b, u, lo, hi, None, f, dt) for a, b, u, r, lo, hi, f, dt in rows],
        allergies=[alg("Sulfa drugs", "hives", "moderate"), alg("Shellfish", "throat swelling", "severe")],
        conditions=[cond("Atrial fibrillation"), cond("Chronic obstructive pulmonary disease", aliases=["COPD"]),
                    cond("Hypercholesterolemia")],
        imms=[imm("Influenza", "2025-10-15", None, "UT8421HD", "Fluzone High-Dose"),
              imm("Pneumococcal", "2024-09-30", None, "LL5307", "Prevnar 20")],
        must_not=[mn("medications", "cephalexin", "stopped", "completed"),
                  mn("conditions", "Cellulitis, right foot", "historical", "resolved"),
                  mn("immunizations", "Shingles (Shingrix) dose 2", "due"),
                  mn("immunizations", "COVID-19 2025-2026", "other", "declined"),
                  mn("conditions", "heart attack", "leaflet"), mn("allergies", "penicillin", "leaflet")])
    return R(d, "canada_nl_patient_portal_summary", "Canada (Newfoundland and Labrador)", "patient-portal summary",
             "medical_record", "Y-m-d", ["Y-m-d"], t)


# ============================================================================= 24 United States (Arizona) - C-CDA CCD
@document
def d24_arizona():
    d = Doc("arizona", letter, 2, footer_left="C-CDA R2.1 Continuity of Care Document (rendered)")
    d.letterhead("Continuity of Care Document", ["Saguaro Valley Health Clinic, 2875 E Desert Willow Blvd, Tucson, AZ 85716, "
                 "United States", "Tel +1 520 555 0148"], ["Created 07/22/2025", "Document ID 2.16.840.1.999.77.31"],
                 size=14, color=Color(0.3, 0.3, 0.3))
    d.kv([("Patient:", "Maria Elena Castillo"), ("MRN:", "SVH-00931574"), ("DOB:", "03/09/1966"), ("Sex:", "Female"),
          ("Language:", "Spanish / English"), ("Phone:", "+1 520 555 0192")], cols=2, lab_w=60)
    sz = 8.2
    d.heading("Problems", 9.5, space=4)
    d.table([210, 90, 90, 120], [["Type 2 diabetes mellitus without complications", "E11.9", "Active", "04/12/2014"],
                                 ["Essential hypertension", "I10", "Active", "11/03/2012"],
                                 ["Hyperlipidemia", "E78.5", "Active", "11/03/2012"],
                                 ["Pulmonary coccidioidomycosis (Valley fever)", "B38.0", "Resolved", "09/2023"]],
            ["Problem", "ICD-10", "Status", "Onset"], size=sz)
    d.heading("Medications", 9.5, space=4)
    d.table([220, 140, 70, 80], [["metFORMIN 1000 MG tablet", "1 tab PO BID", "Active", "04/12/2014"],
                                 ["lisinopril 20 MG tablet", "1 tab PO daily", "Active", "11/03/2012"],
                                 ["atorvastatin 40 MG tablet", "1 tab PO QHS", "Active", "11/03/2012"],
                                 ["insulin glargine (Basaglar KwikPen) 100 unit/mL", "18 units SC QHS", "Active",
                                  "06/30/2025"],
                                 ["fluconazole 400 MG tablet", "1 tab PO daily", "Completed", "03/2024"]],
            ["Medication", "Sig", "Status", "Start"], size=sz)
    d.heading("Allergies and Intolerances", 9.5, space=4)
    d.table([150, 150, 100, 110], [["Sulfamethoxazole / trimethoprim", "Hives", "Moderate", "Active"],
             ["Iodinated contrast media", "Anaphylaxis", "Severe", "Active"]],
            ["Substance", "Reaction", "Severity", "Status"], size=sz)
    d.heading("Immunizations", 9.5, space=4)
    d.table([190, 90, 90, 140], [["Influenza, high dose (Fluzone High-Dose)", "10/03/2024", "UT7710AA", "Completed"],
                                 ["Tdap (Boostrix)", "02/14/2021", "9K7PL", "Completed"],
                                 ["Zoster recombinant (Shingrix)", "", "", "Patient refused"]],
            ["Vaccine", "Date", "Lot", "Status"], size=sz)
    d.heading("Results", 9.5, space=4)
    rows = [("Hemoglobin A1c", "8.4", "%", "4.0-5.6", 4.0, 5.6, "H", "07/18/2025"),
            ("Glucose, fasting", "162", "mg/dL", "70-99", 70.0, 99.0, "H", "07/18/2025"),
            ("Creatinine", "0.9", "mg/dL", "0.5-1.1", 0.5, 1.1, "", "07/18/2025"),
            ("LDL cholesterol", "92", "mg/dL", "<100", None, 100.0, "", "07/18/2025"),
            ("Coccidioides antibody (EIA)", "Negative", "", "Negative", None, None, "", "07/18/2025")]
    d.table([170, 70, 60, 80, 40, 90], [[a, b, u, r, f, dt] for a, b, u, r, lo, hi, f, dt in rows],
            ["Test", "Value", "Units", "Ref range", "Flag", "Date"], size=sz)
    d.new_page()
    d.heading("Vital Signs", 9.5, space=4)
    d.table([90, 85, 85, 85, 85, 80], [["07/22/2025", "BP 146/88 mmHg", "HR 76 /min", "Temp 98.4 \u00b0F",
                                        "Wt 187 lb", "BMI 31.1 kg/m2"]],
            ["Date", "Blood pressure", "Pulse", "Temperature", "Weight", "BMI"], size=sz)
    d.heading("Plan of Care", 9.5, space=4)
    d.bullets(["Start empagliflozin 10 mg daily if A1c remains above 8% at next visit.",
               "Diabetic eye exam - referral placed; microalbumin ordered (pending).",
               "Shingrix discussed; patient declined today."], size=sz)
    d.heading("Encounters", 9.5, space=4)
    d.table([100, 170, 240], [["07/22/2025", "Office visit - follow-up", "Dr Alan Whitehorse, MD (Family Medicine)"],
                              ["06/30/2025", "Office visit", "Dr Alan Whitehorse, MD"]], ["Date", "Type", "Provider"],
            size=sz)
    d.heading("Insurance", 9.5, space=4)
    d.para("AHCCCS Complete Care (synthetic plan) - member ID A77310428.", size=sz)
    d.heading("Care Team", 9.5, space=4)
    d.para("PCP: Dr Alan Whitehorse, MD. Diabetes educator: Rosa Yazzie, RN, CDCES.", size=sz)
    D = "2025-07-18"
    t = dict(
        meds=[med("metformin", None, "1000", "mg", "oral", "BID"),
              med("lisinopril", None, "20", "mg", "oral", "daily"),
              med("atorvastatin", None, "40", "mg", "oral", "QHS"),
              med("insulin glargine", "Basaglar KwikPen", "18", "units", "subcutaneous", "QHS"),
              med("fluconazole", None, "400", "mg", "oral", "daily", "completed")],
        labs=[lab(a, b, u or None, lo, hi, (r if lo is None and hi is None else None), f, D)
              for a, b, u, r, lo, hi, f, dt in rows],
        vitals=[vit("blood_pressure", "146/88", "mmHg"), vit("heart_rate", "76", "/min"),
                vit("temperature", "98.4", "\u00b0F"), vit("weight", "187", "lb"), vit("bmi", "31.1", "kg/m2")],
        allergies=[alg("Sulfamethoxazole / trimethoprim", "Hives", "Moderate"),
                   alg("Iodinated contrast media", "Anaphylaxis", "Severe")],
        conditions=[cond("Type 2 diabetes mellitus without complications", icd="E11.9"),
                    cond("Essential hypertension", icd="I10"), cond("Hyperlipidemia", icd="E78.5")],
        imms=[imm("Influenza, high dose", "2024-10-03", None, "UT7710AA", "Fluzone High-Dose"),
              imm("Tdap", "2021-02-14", None, "9K7PL", "Boostrix")],
        must_not=[mn("medications", "fluconazole", "stopped", "completed"),
                  mn("conditions", "Pulmonary coccidioidomycosis", "historical", "resolved"),
                  mn("immunizations", "Zoster recombinant (Shingrix)", "other", "refused"),
                  mn("medications", "empagliflozin", "planned"),
                  mn("labs", "microalbumin", "other", "pending")])
    return R(d, "us_arizona_ccda_ccd", "United States (Arizona)", "C-CDA continuity-of-care document",
             "medical_record", "m/d/Y", ["m/d/Y"], t)


# ============================================================================= build & checks
def load_schema():
    spec = importlib.util.spec_from_file_location("heldout14_schema", SCHEMA_PY)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["heldout14_schema"] = mod
    spec.loader.exec_module(mod)
    return {k: set(typing.get_args(getattr(mod, k))) for k in ("DocumentType", "VitalKind", "MedicationStatus")}


WHY = {"negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet", "other"}
CATS = {"medications", "labs", "vitals", "allergies", "conditions", "immunizations"}
KEYS = {
    "medications": {"name", "brand", "dose", "unit", "route", "frequency", "status", "optional"},
    "labs": {"test_name", "value_text", "value_numeric", "unit", "reference_low", "reference_high",
             "reference_text", "flag", "date", "aliases", "optional"},
    "vitals": {"kind", "value_text", "value_numeric", "value_secondary", "unit", "optional"},
    "allergies": {"substance", "reaction", "severity", "optional"},
    "conditions": {"name", "status", "icd10_code", "aliases", "optional"},
    "immunizations": {"vaccine", "administered_on", "dose_number", "lot_number", "brand", "date_ambiguous",
                      "optional"},
}


def norm(s):
    s = s.replace("\r", " ").replace("\n", " ").replace("\u00a0", " ").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip().lower()


class Corpus:
    def __init__(self, text):
        self.t = norm(text)
        self.z = re.sub(r"\s+", "", self.t)

    def has(self, s):
        s = norm(str(s))
        return s in self.t or re.sub(r"\s+", "", s) in self.z


def pdf_text(data):
    pdf = pdfium.PdfDocument(data)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_bounded())
    return out


def self_check(rec, data, vocab):
    t = rec["truth"]
    errs = []
    name = t["file"]
    if t["document_type"] not in vocab["DocumentType"]:
        errs.append("document_type " + t["document_type"])
    for cat, keys in KEYS.items():
        for row in t[cat]:
            if not set(row) <= keys or not (set(keys) - {"optional"}) <= set(row):
                errs.append(f"{cat} keys {sorted(row)}")
    opt = sum(1 for cat in KEYS for row in t[cat] if row.get("optional"))
    if opt > 1:
        errs.append(f"{opt} optional rows")
    drawn = Corpus(" \n ".join(rec["drawn"]))
    corpora = [("drawn", drawn)]
    if rec["scan"] is None:
        pages = pdf_text(data)
        if len(pages) != rec["pages"]:
            errs.append("page count")
        layer = Corpus(" \n ".join(pages))
        corpora.append(("layer", layer))
        for i, p in enumerate(pages):
            if FOOTER.lower() not in norm(p):
                errs.append(f"footer missing on page {i + 1}")
    else:
        sc = rec["scan"]
        if not (0.5 <= abs(sc["angle"]) <= 2.5):
            errs.append("scan angle")
        if sc["fmt"] == "pdf":
            if any(p.strip() for p in pdf_text(data)):
                errs.append("scan has a text layer")
            if not data.startswith(b"%PDF"):
                errs.append("not pdf")
        elif sc["fmt"] == "jpg" and not data.startswith(b"\xff\xd8"):
            errs.append("not jpg")
        elif sc["fmt"] == "png" and not data.startswith(b"\x89PNG"):
            errs.append("not png")
    if FOOTER.lower() not in drawn.t:
        errs.append("footer not drawn")

    def need(s, what):
        if s is None or s == "":
            return
        for nm, c in corpora:
            if not c.has(s):
                errs.append(f"{what}: {s!r} not in {nm}")

    def need_date(iso, what):
        try:
            date.fromisoformat(iso)
        except Exception:
            errs.append(f"{what}: bad ISO date {iso!r}")
            return
        forms = [fmt_date(iso, f) for f in rec["date_formats"]]
        for nm, c in corpora:
            if not any(c.has(f) for f in forms):
                errs.append(f"{what}: date {iso} ({forms}) not in {nm}")

    for m in t["medications"]:
        if m["status"] not in vocab["MedicationStatus"]:
            errs.append("med status " + m["status"])
        for k in ("name", "brand", "dose", "unit", "frequency"):
            need(m[k], "med " + k)
        if m["status"] in ("stopped", "held", "completed"):
            if not any(x["category"] == "medications" and x["why"] == "stopped" and x["name"].lower() == m["name"].lower()
                       for x in t["must_not"]):
                errs.append(f"stopped med without must_not: {m['name']}")
    for r in t["labs"]:
        for k in ("test_name", "value_text", "unit"):
            need(r[k], "lab " + k)
        need_date(r["date"], "lab " + r["test_name"])
        if r["flag"] not in (None, "normal", "high", "low", "critical", "abnormal"):
            errs.append("flag " + str(r["flag"]))
    for v in t["vitals"]:
        if v["kind"] not in vocab["VitalKind"]:
            errs.append("vital kind " + v["kind"])
        need(v["value_text"], "vital")
        need(v["unit"], "vital unit")
    for a in t["allergies"]:
        need(a["substance"], "allergy")
        need(a["reaction"], "allergy reaction")
        need(a["severity"], "allergy severity")
    for cnd in t["conditions"]:
        need(cnd["name"], "condition")
    for im in t["immunizations"]:
        need(im["vaccine"], "vaccine")
        need(im["lot_number"], "lot")
        need(im["brand"], "vaccine brand")
        if im["administered_on"]:
            need_date(im["administered_on"], "imm " + im["vaccine"])
    for x in t["must_not"]:
        if x["why"] not in WHY:
            errs.append("why " + x["why"])
        if x["category"] not in CATS:
            errs.append("category " + x["category"])
        need(x["name"], "must_not")
    if errs:
        raise SystemExit(f"SELF-CHECK FAILED for {name}:\n  " + "\n  ".join(errs))


def sha(p):
    return hashlib.sha256(Path(p).read_bytes()).hexdigest()


def write_manifest(out):
    files = sorted([p for d in ("docs", "truth") for p in (out / d).iterdir() if p.is_file()])
    lines = [f"{sha(p)}  {p.relative_to(out).as_posix()}" for p in files]
    lines.append(f"{sha(HERE / 'make_heldout14.py')}  make_heldout14.py")
    (out / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")
    return lines


def build(out, readme=True):
    vocab = load_schema()
    for d in ("docs", "truth"):
        if (out / d).exists():
            shutil.rmtree(out / d)
        (out / d).mkdir(parents=True)
    recs = []
    for i, fn in enumerate(DOCS, 1):
        rec = fn()
        sc = rec["scan"]
        ext = sc["fmt"] if sc else "pdf"
        fname = f"{i:02d}_{rec['stem']}.{ext}"
        pdf = rec["pdf"]
        data = scanify(pdf, rec["stem"], sc["angle"], sc.get("dpi", 170), sc["fmt"], rec["pagesize"]) if sc else pdf
        rec["truth"] = dict(rec["truth"], file="docs/" + fname)
        rec["fname"] = fname
        rec["num"] = i
        self_check(rec, data, vocab)
        (out / "docs" / fname).write_bytes(data)
        (out / "truth" / (Path(fname).stem + ".json")).write_text(
            json.dumps(rec["truth"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        recs.append(rec)
    if len(recs) != 24:
        raise SystemExit(f"expected 24 documents, got {len(recs)}")
    countries = [r["truth"]["country"] for r in recs]
    if len(set(countries)) != 24:
        raise SystemExit("countries not unique")
    nscan = sum(1 for r in recs if r["scan"])
    nhand = sum(1 for r in recs if r["hand"])
    if nscan != 6 or nhand < 6:
        raise SystemExit(f"scans={nscan} handwritten={nhand}")
    with open(out / "truth" / "index.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "country", "document_type", "kind", "pages", "scan", "scan_rotation_deg",
                    "handwritten", "date_style"])
        for r in recs:
            w.writerow([r["truth"]["file"], r["truth"]["country"], r["truth"]["document_type"], r["kind"],
                        r["pages"], "yes" if r["scan"] else "no", r["scan"]["angle"] if r["scan"] else "",
                        "yes" if r["hand"] else "no", r["date_style"]])
    lines = write_manifest(out)
    if len(lines) < 50:
        raise SystemExit(f"manifest has {len(lines)} entries (< 50)")
    tot = totals(recs)
    if readme:
        write_readme(out, recs, tot)
    return recs, tot


def totals(recs):
    cats = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]
    t = {"documents": len(recs), "pages": sum(r["pages"] for r in recs),
         "scans": sum(1 for r in recs if r["scan"]), "handwritten": sum(1 for r in recs if r["hand"])}
    for c in cats:
        t[c] = sum(len(r["truth"][c]) for r in recs)
    t["rows"] = sum(t[c] for c in cats)
    t["optional"] = sum(1 for r in recs for c in cats for x in r["truth"][c] if x.get("optional"))
    t["must_not"] = sum(len(r["truth"]["must_not"]) for r in recs)
    why = {}
    for r in recs:
        for x in r["truth"]["must_not"]:
            why[x["why"]] = why.get(x["why"], 0) + 1
    t["must_not_by_why"] = dict(sorted(why.items()))
    return t


CONVENTIONS = """\
- A row is a current fact that a careful clinician would enter in the record from this
  document. Lab rows carry the collection date of their column or row, one row per value
  per date. Previous-result columns and cumulative columns therefore give rows with their
  own dates.
- `flag`: the printed flag (H/L -> high/low, HH/LL or "critical" -> critical,
  reactive/positive -> abnormal). If no flag is printed and a reference is printed, the
  flag is "normal". With no reference it is null.
- Stopped, held and completed medicines are rows with that status AND a must_not row (why
  "stopped"). One-off doses given in a clinic, ED or ward are must_not rows only (why
  "other").
- Due, planned, declined or not-indicated vaccines, and negated, family, planned,
  ruled-out or suspected conditions and allergies, are must_not rows only. A resolved past
  problem is a must_not row with why "historical". Declined or not-indicated vaccines,
  pending results and suspected diagnoses use why "other". Conditions or medicines named
  only in patient leaflet / advice text use why "leaflet". Items ticked "No" on a form use
  why "checkbox_no". Planned/to-start medicines use why "planned".
- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart
  from the document alone.
- must_not `why` is one of: negated, family, historical, planned, due, stopped,
  checkbox_no, leaflet, other.
"""


def write_readme(out, recs, tot):
    L = ["# Held-out extraction test set 14", "",
         "**Status:** held out. Written and frozen (unscored) before the next rule changes.", "",
         "24 synthetic English-language medical documents, one per country / health system, with",
         "hand-written ground truth. Built blind: the only repository file read while writing it was",
         "`pipeline/clinical/schema.py` (field names and vocabularies). No pipeline or extractor was run on",
         "these documents.", "",
         "## How it was made", "",
         "- `make_heldout14.py` holds every document's content and truth by hand and draws every document",
         "  with reportlab (`invariant=1`, byte-stable). Lab tables, medication lists and immunisation",
         "  tables are written once as hand-typed rows and used both to draw the table and to write the",
         "  truth, so the two cannot drift apart.",
         "- Handwriting-like entries are drawn character by character in an oblique/italic DejaVu font with",
         "  jitter in size, baseline and angle (seeded `random.Random`). Tick boxes are vector strokes.",
         "- Scans: pages rendered with pypdfium2 at 160-190 dpi, rotated 0.5-2.5 degrees (both directions),",
         "  slightly blurred, toned to paper, unevenly lit and given mild noise (seeded numpy generator), then",
         "  saved as JPG, PNG or an image-only PDF (no text layer).",
         "- Every page carries the footer `SYNTHETIC TEST DOCUMENT - not a real patient`. All people, ids,",
         "  addresses, phone numbers, clinics and lot numbers are invented.",
         "- `truth/<stem>.json` has one JSON per document (same stem as the document). `truth/index.csv`",
         "  lists the set (file, country, type, kind, pages, scan and its rotation, handwriting, date style).",
         "- `MANIFEST.sha256` covers docs/, truth/ and make_heldout14.py (not this README).", "",
         "Commands: `python make_heldout14.py` (build + self-checks), `--check` (verify the manifest),",
         "`--determinism` (build twice under /tmp/heldout14_work and compare manifests).", "",
         "Self-checks (the build fails loudly otherwise): truth parses and uses schema.py vocabulary",
         "(DocumentType, VitalKind, MedicationStatus) and ISO dates; every key value, name and date of every",
         "truth row and every must_not name appears in the drawn text and, for digital PDFs, in the pypdfium2",
         "text layer (whitespace normalised, dates in their printed form); stopped/held/completed medicines",
         "have must_not rows; scans have no text layer and a rotation of 0.5-2.5 degrees; at most one",
         "optional row per document.", "",
         "## Truth conventions", "", CONVENTIONS,
         "Additional notes: `value_text` is the printed result without an attached flag letter; route is",
         "normalised (oral, inhaled, subcutaneous, topical, IM, IV, ...) and not required to be printed.", "",
         "## Totals", "",
         f"- Documents: {tot['documents']}; pages: {tot['pages']}; scans: {tot['scans']}; "
         f"with handwriting: {tot['handwritten']}",
         f"- Scored rows: {tot['rows']} (medications {tot['medications']}, labs {tot['labs']}, vitals "
         f"{tot['vitals']}, allergies {tot['allergies']}, conditions {tot['conditions']}, immunizations "
         f"{tot['immunizations']}); optional rows: {tot['optional']}",
         f"- must_not rows: {tot['must_not']} (" + ", ".join(f"{k} {v}" for k, v in tot['must_not_by_why'].items()) + ")",
         "", "## Documents", "",
         "| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
         "|---|---|---|---|---|---|---|---|---|---|---|"]
    cats = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]
    for r in recs:
        t = r["truth"]
        rows = sum(len(t[c]) for c in cats)
        scan = f"yes ({r['scan']['fmt']}, {r['scan']['angle']:+.1f}°)" if r["scan"] else "no"
        L.append(f"| {r['num']} | {r['fname']} | {t['country']} | {t['document_type']} | {r['kind']} | "
                 f"{r['pages']} | {scan} | {'yes' if r['hand'] else 'no'} | {r['date_style']} | {rows} | "
                 f"{len(t['must_not'])} |")
    (out / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


def check(out=HERE):
    mf = out / "MANIFEST.sha256"
    lines = [ln for ln in mf.read_text().splitlines() if ln.strip()]
    bad = []
    listed = set()
    for ln in lines:
        h, p = ln.split("  ", 1)
        listed.add(p)
        if not (out / p).exists() or sha(out / p) != h:
            bad.append(p)
    present = {p.relative_to(out).as_posix() for d in ("docs", "truth") for p in (out / d).iterdir() if p.is_file()}
    extra = present - listed
    if len(lines) < 50:
        bad.append(f"only {len(lines)} entries")
    if bad or extra:
        raise SystemExit(f"MANIFEST CHECK FAILED: mismatched={bad} unlisted={sorted(extra)}")
    print(f"manifest OK: {len(lines)} entries")


def determinism():
    mans = []
    for tag in ("det_a", "det_b"):
        out = WORK / tag
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        build(out, readme=False)
        mans.append((out / "MANIFEST.sha256").read_text())
    if mans[0] != mans[1]:
        a, b = (set(m.splitlines()) for m in mans)
        raise SystemExit(f"DETERMINISM FAILED: {sorted(a ^ b)[:10]}")
    main = HERE / "MANIFEST.sha256"
    if main.exists() and main.read_text() != mans[0]:
        a, b = set(main.read_text().splitlines()), set(mans[0].splitlines())
        raise SystemExit(f"DETERMINISM FAILED against the committed manifest: {sorted(a ^ b)[:10]}")
    print(f"determinism OK: two builds identical ({len(mans[0].splitlines())} entries)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--only", help="debug: build only documents whose stem contains this")
    a = ap.parse_args()
    if a.check:
        check()
        return
    if a.determinism:
        determinism()
        return
    if a.only:
        global DOCS
        DOCS = [d for d in DOCS if a.only in d.__name__]
        vocab = load_schema()
        out = WORK / "only"
        out.mkdir(parents=True, exist_ok=True)
        for fn in DOCS:
            rec = fn()
            sc = rec["scan"]
            data = scanify(rec["pdf"], rec["stem"], sc["angle"], sc.get("dpi", 170), sc["fmt"], rec["pagesize"]) if sc else rec["pdf"]
            rec["truth"] = dict(rec["truth"], file="docs/" + rec["stem"])
            self_check(rec, data, vocab)
            ext = sc["fmt"] if sc else "pdf"
            (out / f"{rec['stem']}.{ext}").write_bytes(data)
            (out / f"{rec['stem']}.src.pdf").write_bytes(rec["pdf"])
            print(rec["stem"], "ok", {c: len(rec["truth"][c]) for c in KEYS}, "must_not", len(rec["truth"]["must_not"]))
        return
    out = Path(a.out) if a.out else HERE
    recs, tot = build(out, readme=(out == HERE))
    print(json.dumps(tot, indent=1))


if __name__ == "__main__":
    main()
