#!/usr/bin/env python3
"""make_heldout5.py - the one deterministic generator of held-out extraction set 5.

Written only from pipeline/clinical/schema.py and the set's brief; every person,
organisation, identifier, address and phone number below is invented.

    python make_heldout5.py            # (re)write docs/, truth/ and MANIFEST.sha256
    python make_heldout5.py --check    # verify MANIFEST.sha256 (exit 1 on mismatch/unlisted)
    python make_heldout5.py --table    # print the documents table (from truth/)

Each document is one function that draws its pages from tuples and builds its
truth rows from the same tuples.  reportlab runs with invariant=1, random noise
uses fixed seeds, nothing reads the clock: two runs give byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import sys
import unicodedata

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(ROOT, "docs")
TRUTH_DIR = os.path.join(ROOT, "truth")
MANIFEST = os.path.join(ROOT, "MANIFEST.sha256")
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
WHY = ("negated", "family", "historical", "planned", "due", "stopped", "checkbox_no",
       "leaflet", "not_clinical", "other")
MED_STATUS = ("active", "new", "changed", "stopped", "held", "completed")
FLAGS = ("normal", "high", "low", "critical", "abnormal")
VITAL_KINDS = ("blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi")
DOC_TYPES = ("lab_result", "prescription", "discharge_summary", "immunization_record",
             "medical_record", "other")

# --------------------------------------------------------------------------- dates
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _ord(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def D(iso: str, style: str) -> str:
    """Print an ISO date in a country's style."""
    y, m, d = (int(p) for p in iso.split("-"))
    return {
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "mdy": f"{m:02d}/{d:02d}/{y}",
        "iso": iso,
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmy-": f"{d:02d}-{m:02d}-{y}",
        "ymd/": f"{y}/{m:02d}/{d:02d}",
        "dMy": f"{d} {MON[m - 1]} {y}",
        "ddMy": f"{d:02d} {MON[m - 1]} {y}",
        "dMMy": f"{d} {MONTH[m - 1]} {y}",
        "dth": f"{_ord(d)} {MONTH[m - 1]} {y}",
        "Mdy": f"{MONTH[m - 1]} {d}, {y}",
        "dd-MON-yy": f"{d:02d}-{MON[m - 1].upper()}-{y % 100:02d}",
        "dd-Mon-yyyy": f"{d:02d}-{MON[m - 1]}-{y}",
    }[style]


# --------------------------------------------------------------------------- parsing
def num(s, comma=False):
    """Numeric value of a printed result ("<0,5" -> 0.5, "11,800" -> 11800); None for words."""
    if s is None:
        return None
    t = s.strip()
    t = re.sub(r"^[<>]\s*", "", t)
    t = t.replace(",", ".") if comma else t.replace(",", "")
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        v = float(t)
        return int(v) if v == int(v) and "." not in t else v
    return None


def parse_ref(ref, comma=False):
    if not ref:
        return None, None
    r = ref.strip()
    m = re.fullmatch(r"([<>])\s*(\d[\d.,]*)", r)
    if m:
        v = num(m.group(2), comma)
        return (None, v) if m.group(1) == "<" else (v, None)
    m = re.fullmatch(r"(\d[\d.,]*)\s*[-\u2013]\s*(\d[\d.,]*)", r)
    if m:
        return num(m.group(1), comma), num(m.group(2), comma)
    return None, None


def expected_flags(value_text, value_numeric, lo, hi, ref_text):
    """Flags that agree with the value against the printed range (None: cannot tell)."""
    rng = re.fullmatch(r"(\d+)\s*-\s*(\d+)", value_text.strip())
    vals = [float(x) for x in rng.groups()] if rng else (
        [value_numeric] if value_numeric is not None else [])
    if vals and (lo is not None or hi is not None):
        if hi is not None and min(vals) > hi:
            return {"high", "critical"}
        if lo is not None and max(vals) < lo:
            return {"low", "critical"}
        if (hi is not None and max(vals) > hi) or (lo is not None and min(vals) < lo):
            return {"high", "low", "abnormal"}
        return {"normal"}
    if not vals and ref_text:
        if norm(value_text) == norm(ref_text):
            return {"normal"}
        return {"abnormal", "high", "low"}
    return None


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", s)


# --------------------------------------------------------------------------- truth
class T:
    """Truth builder: rows per category plus must_not."""

    def __init__(self):
        self.rows = {k: [] for k in CATS}
        self.must_not = []
        self.service_date = None

    # medications ---------------------------------------------------------
    def med(self, name, dose=None, unit=None, route=None, freq=None, status="active",
            brand=None, aliases=(), conc=None, note=None, also=None, optional=False):
        assert status in MED_STATUS, status
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": freq, "status": status, "aliases": list(aliases),
             "concentration": conc, "note": note}
        if also:
            r["status_also_ok"] = list(also)
        if optional:
            r["optional"] = True
        self.rows["medications"].append(r)
        return r

    # labs ----------------------------------------------------------------
    def lab(self, test, value, unit, ref, date, flag="auto", comma=False, specimen=None,
            note=None, optional=False):
        lo, hi = parse_ref(ref, comma)
        v = num(value, comma)
        exp = expected_flags(value, v, lo, hi, ref)
        if flag == "auto":
            assert exp is not None and len(exp) >= 1, (test, value, ref)
            flag = "normal" if exp == {"normal"} else (
                "high" if "high" in exp and "low" not in exp else
                "low" if "low" in exp and "high" not in exp else "abnormal")
        r = {"test_name": test, "value_text": value, "value_numeric": v, "unit": unit,
             "reference_low": lo, "reference_high": hi, "reference_text": ref,
             "flag": flag, "date": date}
        if specimen:
            r["specimen"] = specimen
        if note:
            r["note"] = note
        if optional:
            r["optional"] = True
        self.rows["labs"].append(r)
        return r

    # vitals --------------------------------------------------------------
    def vit(self, kind, value, unit, date=None, time=None, also=None, optional=False, note=None):
        assert kind in VITAL_KINDS, kind
        sec = None
        if kind == "blood_pressure":
            a, b = value.split("/")
            v, sec = num(a), num(b)
        else:
            v = num(value)
        assert v is not None, value
        r = {"kind": kind, "value_text": value, "value_numeric": v, "value_secondary": sec,
             "unit": unit}
        if date:
            r["date"] = date
        if time:
            r["time"] = time
        if also:
            r["also_ok"] = [dict(value_numeric=a[0], value_secondary=None, unit=a[1]) for a in also]
        if note:
            r["note"] = note
        if optional:
            r["optional"] = True
        self.rows["vitals"].append(r)
        return r

    # allergies -----------------------------------------------------------
    def alg(self, substance, reaction=None, severity=None, optional=False, note=None):
        r = {"substance": substance, "reaction": reaction, "severity": severity}
        if note:
            r["note"] = note
        if optional:
            r["optional"] = True
        self.rows["allergies"].append(r)
        return r

    # conditions ----------------------------------------------------------
    def cond(self, name, status="active", icd=None, aliases=(), also=None, optional=False,
             note=None):
        r = {"name": name, "status": status, "icd10_code": icd}
        if aliases:
            r["aliases"] = list(aliases)
        if also:
            r["status_also_ok"] = list(also)
        if note:
            r["note"] = note
        if optional:
            r["optional"] = True
        self.rows["conditions"].append(r)
        return r

    # immunizations -------------------------------------------------------
    def imm(self, vaccine, iso, dose=None, lot=None, brand=None, numeric_date=True,
            order_stated=True, optional=False, note=None):
        amb = False
        if iso and numeric_date and not order_stated:
            y, m, d = (int(p) for p in iso.split("-"))
            amb = d <= 12 and m <= 12 and d != m
        r = {"vaccine": vaccine, "administered_on": iso, "dose_number": dose,
             "lot_number": lot, "brand": brand, "date_ambiguous": amb}
        if note:
            r["note"] = note
        if optional:
            r["optional"] = True
        self.rows["immunizations"].append(r)
        return r

    # must not ------------------------------------------------------------
    def mn(self, category, name, why, note=None):
        assert category in CATS and why in WHY, (category, why)
        r = {"category": category, "name": name, "why": why}
        if note:
            r["note"] = note
        self.must_not.append(r)
        return r

    # strings that must be printed ----------------------------------------
    def printed_strings(self):
        fields = {
            "medications": ("name", "brand", "dose", "unit", "route", "frequency", "concentration"),
            "labs": ("test_name", "value_text", "unit", "reference_text"),
            "vitals": ("value_text", "unit"),
            "allergies": ("substance", "reaction", "severity"),
            "conditions": ("name", "icd10_code"),
            "immunizations": ("vaccine", "lot_number", "brand"),
        }
        for cat in CATS:
            for r in self.rows[cat]:
                for f in fields[cat]:
                    if r.get(f):
                        yield cat, f, r[f]
                for a in r.get("aliases", []) or []:
                    yield cat, "aliases", a
        for r in self.must_not:
            yield "must_not", "name", r["name"]


def row_names(cat, r):
    if cat == "medications":
        return [r["name"]] + ([r["brand"]] if r["brand"] else []) + list(r["aliases"])
    if cat == "labs":
        return [r["test_name"]]
    if cat == "allergies":
        return [r["substance"]]
    if cat == "conditions":
        return [r["name"]] + r.get("aliases", [])
    if cat == "immunizations":
        return [r["vaccine"]] + ([r["brand"]] if r["brand"] else [])
    return []


def validate_truth(t: T, text: str, label: str):
    nt = norm(text)
    for cat, field, s in t.printed_strings():
        assert norm(str(s)) in nt, f"{label}: {cat}.{field} {s!r} not printed"
    for r in t.rows["labs"]:
        exp = expected_flags(r["value_text"], r["value_numeric"], r["reference_low"],
                             r["reference_high"], r["reference_text"])
        assert r["flag"] is None or r["flag"] in FLAGS, r
        if exp is not None:
            assert r["flag"] in exp, f"{label}: flag {r['flag']} disagrees {r}"
        assert r["date"] and re.fullmatch(r"20(24|25|26)-\d\d-\d\d", r["date"]), r
    for r in t.rows["immunizations"]:
        if r["administered_on"]:
            assert re.fullmatch(r"20(24|25|26)-\d\d-\d\d", r["administered_on"]), r
    stopped = {norm(r["name"]) for r in t.rows["medications"]
               if r["status"] in ("stopped", "completed")}
    mn_stopped = {norm(r["name"]) for r in t.must_not if r["why"] == "stopped"}
    assert stopped == mn_stopped, f"{label}: stopped rows {stopped} vs must_not {mn_stopped}"
    for m in t.must_not:
        if m["why"] == "stopped":
            continue
        for r in t.rows[m["category"]]:
            for n in row_names(m["category"], r):
                assert norm(n) != norm(m["name"]), f"{label}: must_not collides {m} / {r}"
    if t.service_date:
        assert re.fullmatch(r"20(24|25|26)-\d\d-\d\d", t.service_date)


# --------------------------------------------------------------------------- drawing
class Sec(str):
    """A full-width section row inside a table."""


class W:
    """A small page writer over a reportlab canvas with a y cursor."""

    def __init__(self, pagesize=A4, margins=(50, 50, 50, 52), total=None):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1, pageCompression=1)
        self.PW, self.PH = pagesize
        self.left, rm, self.top, self.bottom = margins
        self.right = self.PW - rm
        self.total = total
        self.page = 1
        self.header = None
        self.footer = None
        self.y = self.PH - self.top

    @property
    def width(self):
        return self.right - self.left

    @property
    def ntot(self):
        return str(self.total) if self.total else "?"

    # primitives ----------------------------------------------------------
    def text(self, x, y, s, f="Helvetica", size=9, align="l", gray=None):
        c = self.c
        c.setFont(f, size)
        if gray is not None:
            c.setFillGray(gray)
        if align == "l":
            c.drawString(x, y, s)
        elif align == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        if gray is not None:
            c.setFillGray(0)

    def hline(self, x0=None, x1=None, y=None, lw=0.5, gray=0.3):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeGray(gray)
        yy = self.y if y is None else y
        c.line(self.left if x0 is None else x0, yy, self.right if x1 is None else x1, yy)
        c.setStrokeGray(0)

    def rect(self, x, y, w, h, lw=0.6, fill=None, stroke=True):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillGray(0)

    def box(self, x, y, checked=False, size=7.5, lw=0.7):
        """A checkbox with its bottom-left at (x, y); a ticked box gets a pen cross."""
        c = self.c
        c.setLineWidth(lw)
        c.rect(x, y, size, size, stroke=1, fill=0)
        if checked:
            c.setLineWidth(1.3)
            c.line(x + 1, y + 1, x + size - 1, y + size - 1)
            c.line(x + 1, y + size - 1, x + size - 1, y + 1)
            c.setLineWidth(lw)

    # flow ----------------------------------------------------------------
    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def gap(self, h=6):
        self.y -= h

    def line(self, s, f="Helvetica", size=9, lead=None, x=None, align="l", gray=None):
        lead = lead or size * 1.3
        self.ensure(lead)
        xx = self.left if x is None else x
        if align == "r":
            xx = self.right if x is None else x
        if align == "c":
            xx = (self.left + self.right) / 2 if x is None else x
        self.text(xx, self.y - size, s, f, size, align, gray)
        self.y -= lead

    def para(self, s, f="Helvetica", size=9, lead=None, x=None, width=None, gray=None):
        xx = self.left if x is None else x
        ww = (self.right - xx) if width is None else width
        for ln in simpleSplit(s, f, size, ww) or [""]:
            self.line(ln, f, size, lead, xx, gray=gray)

    def label_para(self, label, s, f="Helvetica", bf="Helvetica-Bold", size=9, lead=None,
                   x=None, lw=None, width=None):
        """Bold label then wrapped text in a hanging column."""
        lead = lead or size * 1.3
        xx = self.left if x is None else x
        lw = lw if lw is not None else stringWidth(label + " ", bf, size)
        ww = (self.right - xx - lw) if width is None else width - lw
        lines = simpleSplit(s, f, size, ww) or [""]
        self.ensure(lead)
        self.text(xx, self.y - size, label, bf, size)
        for i, ln in enumerate(lines):
            if i:
                self.ensure(lead)
            self.text(xx + lw, self.y - size, ln, f, size)
            self.y -= lead

    def bullet(self, s, f="Helvetica", size=9, lead=None, x=None, sym="\u2022", indent=12):
        lead = lead or size * 1.3
        xx = self.left if x is None else x
        lines = simpleSplit(s, f, size, self.right - xx - indent) or [""]
        self.ensure(lead)
        self.text(xx, self.y - size, sym, f, size)
        for i, ln in enumerate(lines):
            if i:
                self.ensure(lead)
            self.text(xx + indent, self.y - size, ln, f, size)
            self.y -= lead

    def table(self, cols, rows, widths, x=None, size=8.5, font="Helvetica",
              hfont="Helvetica-Bold", lead=None, ruled="rows", aligns=None, pad=3,
              header_fill=None, vlines=False, sec_font="Helvetica-Bold", repeat_header=True,
              hsize=None):
        """Rows of cells; a cell may be (text, font).  ruled: 'rows', 'header', 'none'."""
        x0 = self.left if x is None else x
        lead = lead or size * 1.28
        hsize = hsize or size
        aligns = aligns or ["l"] * len(widths)
        tw = sum(widths)
        c = self.c

        def prep(cells, f, s):
            out = []
            for i, cell in enumerate(cells):
                cf = f
                if isinstance(cell, tuple):
                    cell, cf = cell
                txt = "" if cell is None else str(cell)
                lines = []
                for part in txt.split("\n"):
                    lines += simpleSplit(part, cf, s, widths[i] - 2 * pad) or [""]
                out.append((lines, cf))
            n = max(len(p[0]) for p in out)
            return out, n * lead + 3

        def render(prepared, h, s):
            top = self.y
            if header_fill is not None and s == hsize and prepared is hdr[0]:
                self.rect(x0, top - h, tw, h, lw=0, fill=header_fill, stroke=False)
            xx = x0
            for i, (lines, cf) in enumerate(prepared):
                for k, ln in enumerate(lines):
                    by = top - s - 1.5 - k * lead
                    a = aligns[i]
                    if a == "l":
                        self.text(xx + pad, by, ln, cf, s)
                    elif a == "r":
                        self.text(xx + widths[i] - pad, by, ln, cf, s, "r")
                    else:
                        self.text(xx + widths[i] / 2, by, ln, cf, s, "c")
                xx += widths[i]
            if vlines:
                c.setLineWidth(0.4)
                xx = x0
                for wdt in [0] + list(widths):
                    xx += wdt
                    c.line(xx if wdt else x0, top, xx if wdt else x0, top - h)
            self.y -= h

        hdr = prep(cols, hfont, hsize) if cols else None

        def draw_header():
            if not hdr:
                return
            if ruled in ("rows", "header"):
                self.hline(x0, x0 + tw, lw=0.8, gray=0)
            render(hdr[0], hdr[1], hsize)
            if ruled in ("rows", "header"):
                self.hline(x0, x0 + tw, lw=0.8, gray=0)

        self.ensure((hdr[1] if hdr else 0) + lead + 4)
        draw_header()
        for row in rows:
            if isinstance(row, Sec):
                h = lead + 5
                if self.y - h < self.bottom:
                    self.new_page()
                    if repeat_header:
                        draw_header()
                self.y -= 3
                self.text(x0 + pad, self.y - size - 1, str(row), sec_font, size)
                self.y -= lead + 2
                continue
            prepared, h = prep(row, font, size)
            if self.y - h < self.bottom:
                self.new_page()
                if repeat_header:
                    draw_header()
            render(prepared, h, size)
            if ruled == "rows":
                self.hline(x0, x0 + tw, lw=0.3, gray=0.55)
        if ruled in ("rows", "header"):
            self.hline(x0, x0 + tw, lw=0.8, gray=0)

    # pages ---------------------------------------------------------------
    def end_page(self):
        self.text(self.PW / 2, 20, FOOTER, "Helvetica", 7.5, "c")
        if self.footer:
            self.footer(self)

    def new_page(self):
        self.end_page()
        self.c.showPage()
        self.page += 1
        self.y = self.PH - self.top
        if self.header:
            self.header(self)

    def finish(self):
        self.end_page()
        self.c.save()
        return self.buf.getvalue(), self.page


# --------------------------------------------------------------------------- pdf / scans
def pdf_text(pdf_bytes) -> str:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return "\n".join(out)


def scanify(pdf_bytes, seed, angles, dpi=200, quality=50, blur=0.7, noise=9.0):
    """Rasterise each page (grey), add shading, noise, blur and a slight rotation."""
    rng = np.random.RandomState(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        bmp = doc[i].render(scale=dpi / 72.0, grayscale=True)
        img = bmp.to_pil().convert("L")
        a = np.asarray(img, dtype=np.float64)
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        cx, cy = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)
        shade = 1.0 - 0.16 * (((xx / w - cx) ** 2 + (yy / h - cy) ** 2) ** 0.5) \
            - 0.05 * (xx / w) + rng.uniform(-0.02, 0.02)
        ink = 255.0 - a
        a = 250.0 - ink * rng.uniform(0.82, 0.92)
        a = a * shade
        a += rng.normal(0.0, noise, size=a.shape)
        specks = rng.random_sample(a.shape) < 0.0006
        a[specks] = rng.uniform(40, 140)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(blur))
        ang = angles[i % len(angles)]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=228)
        pages.append(img)
    doc.close()
    return pages


def jpeg_bytes(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False, progressive=False, dpi=(200, 200))
    return b.getvalue()


def image_pdf(jpegs, dpi=200):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    for jb in jpegs:
        im = Image.open(io.BytesIO(jb))
        wpt, hpt = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((wpt, hpt))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- registry
DOCS = []


def doc(nn, cc, short, *, country, kind, document_type, pagesize=A4, ext="pdf", scan=None,
        margins=(50, 50, 50, 52)):
    assert document_type in DOC_TYPES

    def deco(fn):
        DOCS.append(dict(nn=nn, cc=cc, short=short, country=country, kind=kind,
                         document_type=document_type, pagesize=pagesize, ext=ext, scan=scan,
                         margins=margins, fn=fn))
        return fn
    return deco


def render_doc(d, total):
    w = W(d["pagesize"], d["margins"], total=total)
    t = T()
    d["fn"](w, t)
    pdf, n = w.finish()
    return pdf, n, t


def build(d):
    label = f"{d['nn']}_{d['cc']}_{d['short']}"
    _, n, _ = render_doc(d, None)
    pdf, n2, t = render_doc(d, n)
    assert n == n2, label
    validate_truth(t, pdf_text(pdf), label)
    fname = f"docs/{label}.{d['ext']}"
    if d["scan"]:
        sc = d["scan"]
        imgs = scanify(pdf, sc["seed"], sc["angles"], quality=sc.get("quality", 50),
                       blur=sc.get("blur", 0.7), noise=sc.get("noise", 9.0))
        jpegs = [jpeg_bytes(im, sc.get("quality", 50)) for im in imgs]
        if d["ext"] == "jpg":
            assert len(jpegs) == 1, label
            data = jpegs[0]
        else:
            data = image_pdf(jpegs)
            assert pdf_text(data).strip() == "", f"{label}: scan has a text layer"
        text_layer = False
    else:
        assert d["ext"] == "pdf"
        data = pdf
        text_layer = True
    truth = {
        "file": fname,
        "synthetic": True,
        "text_layer": text_layer,
        "page_count": n,
        "document_type": d["document_type"],
        "country": d["country"],
        "kind": d["kind"],
        "service_date": t.service_date,
    }
    for cat in CATS:
        truth[cat] = t.rows[cat]
    truth["must_not"] = t.must_not
    return label, fname, data, truth, pdf


# =========================================================================== documents
def _flag_letter(flag, hi="H", lo="L", crit=None):
    return {"high": hi, "low": lo, "critical": crit or "", "normal": "", None: "",
            "abnormal": "*"}[flag]


# --------------------------------------------------------------------------- 01 AU
@doc("01", "au", "pathology_chem_fbc", country="Australia", document_type="lab_result",
     kind="community pathology report, single collection, ruled table with flag column")
def d01(w, t):
    coll = "2025-11-03"
    t.service_date = coll
    # letterhead
    w.text(w.left, w.y - 18, "WATTLEBROOK PATHOLOGY", "Helvetica-Bold", 17)
    w.text(w.left, w.y - 30, "A division of Wattlebrook Diagnostic Services Pty Ltd  |  ABN 00 000 000 000",
           "Helvetica", 7.5)
    w.text(w.right, w.y - 14, "Laboratory: 18 Banksia Parade, Coorabell NSW 2479", "Helvetica", 7.5, "r")
    w.text(w.right, w.y - 24, "Enquiries (02) 5550 1834   Fax (02) 5550 1835", "Helvetica", 7.5, "r")
    w.text(w.right, w.y - 34, "NATA Accreditation No. 99999 (test)", "Helvetica", 7.5, "r")
    w.y -= 42
    w.hline(lw=1.2, gray=0)
    w.gap(4)
    info = [
        ("Patient:", "HALLORAN, Bridget Anne", "Lab No:", "25-W-448120"),
        ("DOB:", "14/02/1961  (64y)   Sex: F", "Medicare:", "0000 00000 0-1"),
        ("Address:", "7 Quandong Close, Coorabell NSW 2479", "Your Ref:", "HAL0214"),
        ("Requested by:", "Dr Priya Nandakumar, Coorabell Medical Practice", "Copy to:", "Nil"),
        ("Collected:", D(coll, "dmy") + " 08:15   (fasting)", "Reported:", D(coll, "dmy") + " 14:02"),
    ]
    for a, b, c_, d_ in info:
        w.text(w.left, w.y - 9, a, "Helvetica-Bold", 8.5)
        w.text(w.left + 78, w.y - 9, b, "Helvetica", 8.5)
        w.text(w.left + 330, w.y - 9, c_, "Helvetica-Bold", 8.5)
        w.text(w.left + 390, w.y - 9, d_, "Helvetica", 8.5)
        w.y -= 12
    w.gap(2)
    w.label_para("Clinical notes:", "?anaemia. Tired ++. On ramipril. Fasting.", size=8.5)
    t.med("ramipril", optional=True, note="named only in the request's clinical notes")
    t.mn("conditions", "anaemia", "other", "query in the request ('?anaemia'), not a diagnosis")
    w.gap(4)
    TESTS = [
        Sec("HAEMATOLOGY  -  Full Blood Count"),
        ("Haemoglobin", "118", "g/L", "120 - 160"),
        ("White Cell Count", "7.2", "x10^9/L", "4.0 - 11.0"),
        ("Platelets", "265", "x10^9/L", "150 - 400"),
        ("Neutrophils", "4.6", "x10^9/L", "2.0 - 7.5"),
        ("MCV", "84", "fL", "80 - 100"),
        Sec("BIOCHEMISTRY  -  Electrolytes, Renal and Liver Function"),
        ("Sodium", "139", "mmol/L", "135 - 145"),
        ("Potassium", "5.6", "mmol/L", "3.5 - 5.2"),
        ("Chloride", "104", "mmol/L", "95 - 110"),
        ("Bicarbonate", "24", "mmol/L", "22 - 32"),
        ("Urea", "9.8", "mmol/L", "3.0 - 8.0"),
        ("Creatinine", "132", "\u00b5mol/L", "45 - 90"),
        ("eGFR", "38", "mL/min/1.73m\u00b2", "> 60"),
        ("Bilirubin (total)", "8", "\u00b5mol/L", "< 20"),
        ("ALP", "88", "U/L", "30 - 110"),
        ("GGT", "24", "U/L", "< 38"),
        ("ALT", "19", "U/L", "< 34"),
        ("Albumin", "38", "g/L", "35 - 50"),
        Sec("LIPIDS  (fasting)"),
        ("Cholesterol", "5.9", "mmol/L", "< 5.5"),
        ("Triglycerides", "1.6", "mmol/L", "< 2.0"),
        ("HDL Cholesterol", "1.3", "mmol/L", "> 1.0"),
        ("LDL Cholesterol", "3.9", "mmol/L", "< 3.5"),
        Sec("DIABETES / ENDOCRINE"),
        ("HbA1c (IFCC)", "57", "mmol/mol", "20 - 42"),
        ("HbA1c (DCCT)", "7.4", "%", "4.0 - 6.0"),
        ("TSH", "2.1", "mIU/L", "0.50 - 4.00"),
    ]
    rows = []
    for tup in TESTS:
        if isinstance(tup, Sec):
            rows.append(tup)
            continue
        name, val, unit, ref = tup
        r = t.lab(name, val, unit, ref, coll)
        fl = _flag_letter(r["flag"])
        bold = "Helvetica-Bold" if fl else "Helvetica"
        rows.append(((name, bold), (val, bold), (fl, "Helvetica-Bold"), unit, ref))
    w.table(["Test", "Result", "Flag", "Units", "Reference Interval"], rows,
            [170, 70, 40, 110, 105], aligns=["l", "r", "c", "l", "l"], size=8.6,
            header_fill=0.88)
    w.gap(6)
    w.para("Comment (eGFR): If this eGFR is persistently below 60 for more than 3 months, "
           "consider chronic kidney disease. Interpret with caution if on ramipril.", size=8)
    t.mn("conditions", "chronic kidney disease", "other", "conditional lab comment")
    w.para("Comment (Potassium): no visible haemolysis in this specimen.", size=8)
    w.para("Tests pending: Vitamin B12, Folate (red cell) - to follow on a separate report.", size=8)
    t.mn("labs", "Vitamin B12", "other", "pending, no value")
    t.mn("labs", "Folate", "other", "pending, no value")
    w.gap(6)
    w.para("Flags: H = above reference interval, L = below reference interval. Reference "
           "intervals are age and sex specific.", size=7.5, gray=0.25)
    w.para("Authorised by: Dr M. Osei-Barrett, FRCPA, Chemical Pathologist", size=8)
    w.footer = lambda w_: w_.text(w_.right, 32, f"HALLORAN, Bridget Anne  Lab No 25-W-448120  "
                                  f"Page {w_.page} of {w_.ntot}", "Helvetica", 7, "r")


# --------------------------------------------------------------------------- 02 US
@doc("02", "us", "cumulative_chem_heme", country="United States", document_type="lab_result",
     pagesize=letter,
     kind="reference-lab cumulative report, three date columns, flags appended to values")
def d02(w, t):
    DATES = ["2025-03-14", "2025-06-20", "2025-10-02"]
    t.service_date = DATES[-1]

    def head(w_):
        w_.text(w_.left, w_.y - 15, "Lakeshore Regional Medical Laboratory", "Times-Bold", 15)
        w_.text(w_.left, w_.y - 26, "4400 Harbor View Dr, Millbrook, WI 53099  |  (555) 555-0143  |  "
                "CLIA 00D0000000", "Helvetica", 7.5)
        w_.text(w_.right, w_.y - 13, "CUMULATIVE REPORT", "Helvetica-Bold", 11, "r")
        w_.y -= 32
        w_.hline(lw=1, gray=0)
        rows = [("Patient: MARTINEZ-COLE, RAYMOND J", "DOB: 07/22/1963   Sex: M", "Acct #: LR-20931877"),
                ("Ordering: Susan Whitford, MD", "Client: Millbrook Internal Medicine",
                 "Printed: 10/03/2025")]
        for a, b, c_ in rows:
            w_.text(w_.left, w_.y - 10, a, "Helvetica-Bold", 8.3)
            w_.text(w_.left + 215, w_.y - 10, b, "Helvetica", 8.3)
            w_.text(w_.left + 390, w_.y - 10, c_, "Helvetica", 8.3)
            w_.y -= 12
        w_.hline(lw=0.6, gray=0)
        w_.gap(4)

    w.header = head
    head(w)
    w.footer = lambda w_: w_.text(w_.right, 32, f"MARTINEZ-COLE, RAYMOND J   Page {w_.page} of {w_.ntot}",
                                  "Helvetica", 7, "r")
    CHEM = [
        Sec("COMPREHENSIVE METABOLIC / DIABETES"),
        ("Glucose, Fasting", "mg/dL", "70-99", ["142", "131", "118"]),
        ("BUN", "mg/dL", "7-20", ["18", "22", "24"]),
        ("Creatinine", "mg/dL", "0.60-1.20", ["1.10", "1.28", "1.41"]),
        ("eGFR", "mL/min/1.73m2", ">59", ["71", "60", "53"]),
        ("Sodium", "mmol/L", "136-145", ["140", "138", "135"]),
        ("Potassium", "mmol/L", "3.5-5.1", ["4.2", "4.8", "5.3"]),
        ("ALT (SGPT)", "U/L", "0-44", ["38", "52", "47"]),
        ("AST (SGOT)", "U/L", "0-40", ["31", "44", "36"]),
        ("Hemoglobin A1c", "%", "<5.7", ["7.9", "7.2", "6.8"]),
        Sec("LIPID PANEL"),
        ("Cholesterol, Total", "mg/dL", "<200", ["212", None, "174"]),
        ("Triglycerides", "mg/dL", "<150", ["165", None, "170"]),
        ("HDL Cholesterol", "mg/dL", ">39", ["41", None, "44"]),
        ("LDL Cholesterol Calc", "mg/dL", "<100", ["138", None, "96"]),
    ]
    HEME = [
        Sec("HEMATOLOGY"),
        ("WBC", "x10E3/uL", "3.4-10.8", ["6.8", "7.1", "9.9"]),
        ("Hemoglobin", "g/dL", "13.0-17.7", ["14.1", "13.8", "12.9"]),
        ("Platelets", "x10E3/uL", "150-450", ["245", "233", "251"]),
        Sec("ENDOCRINE / VITAMINS / URINE"),
        ("TSH", "uIU/mL", "0.450-4.500", ["2.310", None, None]),
        ("Vitamin D, 25-Hydroxy", "ng/mL", "30.0-100.0", ["18.4", "27.9", "34.5"]),
        ("Microalbumin/Creat Ratio, Urine", "mg/g creat", "<30", ["42", None, "38"]),
    ]
    cols = ["Test", "Units", "Ref Range"] + [D(d, "mdy") for d in DATES]
    widths = [150, 70, 70, 76, 76, 76]

    def rows_of(block):
        out = []
        for tup in block:
            if isinstance(tup, Sec):
                out.append(tup)
                continue
            name, unit, ref, vals = tup
            cells = [name, unit, ref]
            for dt, v in zip(DATES, vals):
                if v is None:
                    cells.append("----")
                    continue
                spec = "urine" if "Urine" in name else None
                r = t.lab(name, v, unit, ref, dt, specimen=spec)
                fl = _flag_letter(r["flag"])
                cells.append((f"{v} {fl}".strip(), "Helvetica-Bold" if fl else "Helvetica"))
            out.append(cells)
        return out

    w.table(cols, rows_of(CHEM), widths, aligns=["l", "l", "l", "r", "r", "r"], size=8.5,
            header_fill=0.9)
    w.gap(8)
    w.para("06/20/2025: Specimen slightly hemolyzed; potassium may be falsely elevated.", size=8)
    w.para("Lipid panel not ordered on 06/20/2025.", size=8)
    w.new_page()
    w.table(cols, rows_of(HEME), widths, aligns=["l", "l", "l", "r", "r", "r"], size=8.5,
            header_fill=0.9)
    w.gap(10)
    w.table(["Test", "Date", "Result"],
            [["Hepatitis C Antibody", D(DATES[2], "mdy"),
              "CANCELED - Quantity not sufficient (QNS). Please recollect."]],
            [150, 76, 300], size=8.5)
    t.mn("labs", "Hepatitis C Antibody", "other", "cancelled, no result")
    w.gap(10)
    w.para("Flag legend: H = High, L = Low (values outside the reference range). eGFR calculated "
           "by the CKD-EPI 2021 equation (race-free). Reference ranges are for adult males.",
           size=7.8)
    w.gap(6)
    w.para("Results reviewed electronically. Laboratory Director: K. Abernathy-Voss, MD, PhD.",
           size=7.8)
    w.para("END OF CUMULATIVE REPORT", "Helvetica-Bold", 8)


# --------------------------------------------------------------------------- 03 GB
@doc("03", "gb", "fixedwidth_cumulative_scan", country="United Kingdom", document_type="lab_result",
     ext="jpg", scan=dict(seed=303, angles=[1.6], quality=45, blur=0.65, noise=10.0),
     margins=(40, 40, 40, 45),
     kind="hospital LIMS fixed-width cumulative print-out (Courier), scanned to JPEG")
def d03(w, t):
    DATES = ["2025-11-01", "2025-11-02", "2025-11-03"]
    TIMES = ["18:40", "07:10", "06:55"]
    t.service_date = DATES[-1]
    F, S, L = "Courier", 8.2, 10.2
    lines = [
        "HARROWGATE VALE HOSPITALS NHS TRUST          BLOOD SCIENCES - CUMULATIVE REPORT",
        "Department of Clinical Biochemistry & Haematology      Tel 01632 960 417 (test)",
        "=" * 84,
        "Patient : BRIGGS, DANIEL OKON                NHS No : 999 123 4567",
        "DOB     : 22-AUG-1957   Sex: M               Hosp No: HV7734521",
        "Location: AMU - ACUTE MEDICAL UNIT           Cons   : DR R ABERNETHY",
        "Clin det: ?UROSEPSIS ?CHOLANGITIS. FEVER, RIGORS.",
        "Printed : 04-NOV-25 09:12                    Page   : 1 of 1",
        "=" * 84,
    ]
    t.mn("conditions", "urosepsis", "other", "query in clinical details")
    t.mn("conditions", "cholangitis", "other", "query in clinical details")
    hdr1 = f"{'Date':<12}" + "".join(f"{D(d, 'dd-MON-yy'):>11}" for d in DATES) + "   Units      Range"
    hdr2 = f"{'Time':<12}" + "".join(f"{tm:>11}" for tm in TIMES)
    lines += [hdr1, hdr2, "-" * 84]
    TESTS = [
        ("FULL BLOOD COUNT", None),
        ("Hb", "g/L", "130-180", ["98", "91", "94"]),
        ("WBC", "x10^9/L", "4.0-11.0", ["14.2", "12.1", "9.4"]),
        ("Neut", "x10^9/L", "2.0-7.5", ["12.1", "10.0", "7.1"]),
        ("Plt", "x10^9/L", "150-400", ["132", "118", "141"]),
        ("MCV", "fL", "80-100", ["88", "89", "88"]),
        ("U&E / LFT / BONE", None),
        ("Na", "mmol/L", "133-146", ["131", "134", "137"]),
        ("K", "mmol/L", "3.5-5.3", ["3.2", "3.6", "4.1"]),
        ("Urea", "mmol/L", "2.5-7.8", ["11.4", "9.6", "7.2"]),
        ("Creat", "umol/L", "59-104", ["156", "131", "108"]),
        ("eGFR", "mL/min", ">60", ["40", "49", "61"]),
        ("CRP", "mg/L", "<5", ["186", "142", "88"]),
        ("Lactate", "mmol/L", "0.5-2.2", ["3.1", "1.4", None]),
        ("Mg", "mmol/L", "0.70-1.00", ["0.62", "0.81", None]),
        ("Adj Ca", "mmol/L", "2.20-2.60", ["2.14", "2.21", "2.28"]),
        ("Bili", "umol/L", "<21", ["24", "19", "15"]),
        ("ALT", "U/L", "<41", ["33", "30", "28"]),
        ("Alb", "g/L", "35-50", ["29", "28", "30"]),
    ]
    for tup in TESTS:
        name = tup[0]
        if tup[1] is None:
            lines.append(f"{name}")
            continue
        _, unit, ref, vals = tup
        s = f"  {name:<10}"
        for dt, v in zip(DATES, vals):
            if v is None:
                s += f"{'-':>9}  "
                continue
            r = t.lab(name, v, unit, ref, dt)
            fl = _flag_letter(r["flag"])
            s += f"{v:>9}{fl:<1} " if fl else f"{v:>9}  "
        s += f"   {unit:<10} {ref}"
        lines.append(s)
    lines += ["-" * 84,
              "MICROBIOLOGY",
              "  01-NOV-25 BLOOD CULTURE (set 1 of 2):",
              "     Gram negative bacilli isolated in aerobic bottle at 14 h.",
              "     Identification and sensitivities to follow.",
              "  01-NOV-25 URINE (MSU): No growth at 24 h.",
              "-" * 84,
              "OUTSTANDING: PROCALCITONIN (01-NOV-25) - SENT TO REFERRAL LAB - PENDING",
              "COMMENTS:",
              "  01-NOV-25 18:40  LACTATE PHONED TO DR K LIM (FY1) 19:02 BY J.T.",
              "  01-NOV-25 18:40  Sample not haemolysed.",
              "",
              "H = ABOVE RANGE   L = BELOW RANGE   ranges: adult male",
              "*** END OF CUMULATIVE REPORT ***"]
    t.lab("BLOOD CULTURE", "Gram negative bacilli isolated", None, None, DATES[0], flag="abnormal",
          specimen="blood", optional=True, note="microbiology free text")
    t.lab("URINE (MSU)", "No growth", None, None, DATES[0], flag="normal", specimen="urine",
          optional=True, note="microbiology free text")
    t.mn("labs", "PROCALCITONIN", "other", "pending, no value")
    for ln in lines:
        w.line(ln, F, S, L)


# --------------------------------------------------------------------------- 04 DE
@doc("04", "de", "labor_befund_en", country="Germany", document_type="lab_result",
     kind="German private lab report in English, unruled, decimal commas, +/- flag column")
def d04(w, t):
    coll = "2026-03-12"
    t.service_date = coll
    w.text(w.left, w.y - 14, "MVZ Labor Dr. med. Hartmann & Kollegen", "Helvetica-Bold", 13)
    w.text(w.left, w.y - 26, "Medical laboratory  \u00b7  Lindenallee 12  \u00b7  60311 Frankfurt am Main  "
           "\u00b7  Tel. +49 69 5550 2210", "Helvetica", 7.8)
    w.y -= 40
    w.text(w.left, w.y - 8, "Praxis Dr. med. Claudia Vogt", "Helvetica", 8.5)
    w.text(w.left, w.y - 19, "Internal Medicine / Family Practice", "Helvetica", 8.5)
    w.text(w.left, w.y - 30, "Mainzer Strasse 40, 60325 Frankfurt", "Helvetica", 8.5)
    kv = [("Patient", "Reinhardt-Nowak, Tobias"), ("Date of birth", "21.07.1979"),
          ("Sex", "male"), ("Order no.", "2603-118874"),
          ("Sample taken", D(coll, "dmy.") + "  07:45"), ("Received", D(coll, "dmy.") + "  09:30"),
          ("Report", D(coll, "dmy.") + "  16:20  (final report)")]
    yy = w.y
    for k, v in kv:
        w.text(w.left + 300, yy - 8, k + ":", "Helvetica", 8.2)
        w.text(w.left + 380, yy - 8, v, "Helvetica-Bold" if k == "Patient" else "Helvetica", 8.2)
        yy -= 10.5
    w.y = yy - 10
    w.line("LABORATORY REPORT", "Helvetica-Bold", 12)
    w.gap(2)
    w.para("Clinical information: fatigue for 3 months, suspected iron deficiency; on pantoprazole "
           "for 2 years.", size=8.5)
    t.mn("conditions", "iron deficiency", "other", "suspected only (clinical information)")
    t.med("pantoprazole", optional=True, note="named only in the clinical information line")
    w.gap(6)
    GROUPS = [
        ("Haematology  (EDTA blood)", "blood", [
            ("Leukocytes", "6,8", "/nl", "3,9 - 10,2"),
            ("Erythrocytes", "4,21", "/pl", "4,30 - 5,75"),
            ("Haemoglobin", "12,9", "g/dl", "13,5 - 17,2"),
            ("Haematocrit", "38,2", "%", "39,5 - 50,5"),
            ("MCV", "90,7", "fl", "80 - 99"),
            ("Platelets", "212", "/nl", "146 - 328"),
        ]),
        ("Iron metabolism  (serum)", "serum", [
            ("Ferritin", "18", "\u00b5g/l", "30 - 400"),
            ("Transferrin saturation", "12", "%", "16 - 45"),
            ("Vitamin B12", "245", "pg/ml", "197 - 771"),
            ("Folic acid", "3,1", "ng/ml", "3,9 - 26,8"),
        ]),
        ("Clinical chemistry  (serum)", "serum", [
            ("Creatinine", "0,98", "mg/dl", "0,70 - 1,20"),
            ("eGFR (CKD-EPI)", "84", "ml/min/1,73m\u00b2", "> 60"),
            ("Sodium", "141", "mmol/l", "136 - 145"),
            ("Potassium", "4,3", "mmol/l", "3,5 - 5,1"),
            ("gamma-GT", "68", "U/l", "< 60"),
            ("ALT (GPT)", "41", "U/l", "< 50"),
            ("AST (GOT)", "35", "U/l", "< 50"),
            ("CRP", "< 0,5", "mg/dl", "< 0,5"),
            ("HbA1c", "5,6", "%", "4,8 - 5,9"),
            ("TSH basal", "1,82", "mU/l", "0,27 - 4,20"),
        ]),
    ]
    QUAL = [
        ("Urine test strip  (spot urine)", "urine", [
            ("Protein", "negative", None, "negative", "normal"),
            ("Glucose", "negative", None, "negative", "normal"),
            ("Blood", "trace", None, "negative", "abnormal"),
            ("Leukocytes (urine)", "negative", None, "negative", "normal"),
            ("Nitrite", "negative", None, "negative", "normal"),
        ]),
        ("Stool", "stool", [
            ("Haemoglobin in stool (iFOBT)", "152", "\u00b5g/g", "< 50", "auto"),
        ]),
    ]
    cols = ["Test", "Result", "", "Unit", "Reference range"]
    widths = [185, 65, 22, 95, 110]
    al = ["l", "r", "c", "l", "l"]
    for title, spec, tests in GROUPS:
        rows = [Sec(title)]
        for name, val, unit, ref in tests:
            r = t.lab(name, val, unit, ref, coll, comma=True, specimen=spec,
                      note="decimal comma" if "," in val else None)
            mark = {"high": "+", "low": "\u2013"}.get(r["flag"], "")
            rows.append([name, (val, "Helvetica-Bold" if mark else "Helvetica"),
                         (mark, "Helvetica-Bold"), unit, ref])
        w.table(cols if title.startswith("Haem") else [], rows, widths, aligns=al, ruled="none",
                size=8.6, lead=11.4)
    for title, spec, tests in QUAL:
        rows = [Sec(title)]
        for name, val, unit, ref, fl in tests:
            r = t.lab(name, val, unit, ref, coll, flag=fl, comma=True, specimen=spec)
            mark = {"high": "+", "low": "\u2013", "abnormal": "*"}.get(r["flag"], "")
            rows.append([name, (val, "Helvetica-Bold" if mark else "Helvetica"),
                         (mark, "Helvetica-Bold"), unit or "", ref])
        w.table([], rows, widths, aligns=al, ruled="none", size=8.6, lead=11.4)
    w.gap(6)
    w.para("Still in progress (report to follow): coeliac serology (tTG-IgA), haptoglobin.",
           size=8.3)
    t.mn("labs", "tTG-IgA", "other", "in progress, no value")
    t.mn("labs", "haptoglobin", "other", "in progress, no value")
    w.gap(4)
    w.para("Legend: + above the reference range; \u2013 below the reference range; * abnormal "
           "(qualitative). Decimal separator: comma.", size=7.8, gray=0.2)
    w.gap(10)
    w.para("Medically validated by Dr. med. Jonas Hartmann, specialist in laboratory medicine",
           size=8.3)
    w.footer = lambda w_: w_.text(w_.right, 32, f"Order no. 2603-118874  \u00b7  page {w_.page}/{w_.ntot}",
                                  "Helvetica", 7, "r")


# --------------------------------------------------------------------------- 05 IN
@doc("05", "in", "diagnostics_cbc_urine_scan", country="India", document_type="lab_result",
     scan=dict(seed=505, angles=[-1.1, 2.0], quality=52, blur=0.75, noise=8.0),
     kind="diagnostic centre report (CBC, biochemistry, urine routine), bold-only abnormal, "
          "two pages, scanned to an image-only PDF")
def d05(w, t):
    coll = "2025-11-03"
    t.service_date = coll

    def head(w_):
        w_.text(w_.PW / 2, w_.y - 16, "SANJEEVANI DIAGNOSTICS & RESEARCH CENTRE", "Times-Bold", 15, "c")
        w_.text(w_.PW / 2, w_.y - 28, "Plot 14, Shivaji Nagar, Pune 411005  |  Ph: +91 20 5550 1122  |  "
                "Fully computerised pathology laboratory", "Helvetica", 7.6, "c")
        w_.y -= 34
        w_.hline(lw=1.2, gray=0)
        info = [("Patient Name", ": Mrs. Kavita R. Deshmukh", "Lab ID", ": SDR/25/110387"),
                ("Age / Sex", ": 42 Y / F", "Sample Collected", ": " + D(coll, "dd-Mon-yyyy") + " 08:40 AM"),
                ("Ref. By", ": Dr. S. Deshpande (MD Medicine)", "Reported", ": " + D(coll, "dd-Mon-yyyy")
                 + " 06:15 PM")]
        for a, b, c_, d_ in info:
            w_.text(w_.left, w_.y - 10, a, "Helvetica-Bold", 8.5)
            w_.text(w_.left + 75, w_.y - 10, b, "Helvetica", 8.5)
            w_.text(w_.left + 300, w_.y - 10, c_, "Helvetica-Bold", 8.5)
            w_.text(w_.left + 390, w_.y - 10, d_, "Helvetica", 8.5)
            w_.y -= 12
        w_.hline(lw=0.8, gray=0)
        w_.gap(4)

    w.header = head
    head(w)
    w.footer = lambda w_: w_.text(w_.right, 32, f"Page {w_.page} of {w_.ntot}", "Helvetica", 7.5, "r")
    w.label_para("Clinical History:", "Burning micturition, fever x 3 days. K/C/O hypothyroidism. "
                 "No known diabetes.", size=8.5)
    t.cond("hypothyroidism", "active", optional=True, note="K/C/O = known case of")
    t.mn("conditions", "diabetes", "negated", "'No known diabetes'")
    w.gap(4)
    cols = ["Investigation", "Result", "Unit", "Biological Ref. Interval"]
    widths = [190, 80, 90, 135]
    al = ["l", "l", "l", "l"]

    def block(title, tests, spec, centre_title=True):
        w.line(title, "Helvetica-Bold", 10, align="c")
        rows = []
        for tup in tests:
            if isinstance(tup, Sec):
                rows.append(tup)
                continue
            name, val, unit, ref = tup[:4]
            fl = tup[4] if len(tup) > 4 else "auto"
            opt = len(tup) > 5 and tup[5]
            r = t.lab(name, val, unit, ref, coll, flag=fl, specimen=spec, optional=opt)
            ab = r["flag"] not in ("normal", None)
            rows.append([name, (val, "Helvetica-Bold" if ab else "Helvetica"), unit or "", ref or ""])
        w.table(cols, rows, widths, aligns=al, ruled="header", size=8.7, lead=11.6)
        w.gap(8)

    block("HAEMATOLOGY - COMPLETE BLOOD COUNT (CBC)", [
        ("Haemoglobin", "10.4", "g/dL", "12.0 - 15.0"),
        ("Total RBC Count", "4.10", "mill/cumm", "3.8 - 4.8"),
        ("Packed Cell Volume (PCV)", "32.5", "%", "36 - 46"),
        ("MCV", "79.3", "fL", "83 - 101"),
        ("MCH", "25.4", "pg", "27 - 32"),
        ("MCHC", "32.0", "g/dL", "31.5 - 34.5"),
        ("RDW-CV", "16.2", "%", "11.6 - 14.0"),
        ("Total Leucocyte Count", "11,800", "/cumm", "4000 - 10000"),
        Sec("Differential Leucocyte Count"),
        ("Neutrophils", "78", "%", "40 - 80"),
        ("Lymphocytes", "16", "%", "20 - 40"),
        ("Eosinophils", "4", "%", "1 - 6"),
        ("Monocytes", "2", "%", "2 - 10"),
        ("Basophils", "0", "%", "0 - 2"),
        ("Platelet Count", "1.85", "lakhs/cumm", "1.5 - 4.1"),
        ("ESR (Westergren)", "38", "mm/1st hr", "0 - 20"),
    ], "blood")
    block("BIOCHEMISTRY", [
        ("Fasting Blood Sugar", "96", "mg/dL", "70 - 110"),
        ("Blood Urea", "24", "mg/dL", "15 - 40"),
        ("Serum Creatinine", "0.8", "mg/dL", "0.5 - 1.1"),
        ("C-Reactive Protein (CRP)", "18.6", "mg/L", "< 6.0"),
        ("TSH (Ultrasensitive)", "3.92", "\u00b5IU/mL", "0.35 - 5.50"),
    ], "serum")
    w.para("Note: Kindly correlate clinically. Values in bold are outside the biological reference "
           "interval.", size=7.8)
    w.new_page()
    block("CLINICAL PATHOLOGY - URINE ROUTINE EXAMINATION", [
        Sec("Physical Examination"),
        ("Colour", "Pale Yellow", None, "Pale Yellow", "normal", True),
        ("Appearance", "Slightly Turbid", None, "Clear", "abnormal", True),
        ("Specific Gravity", "1.020", None, "1.005 - 1.030"),
        ("Reaction (pH)", "6.0", None, "4.6 - 8.0"),
        Sec("Chemical Examination"),
        ("Urine Protein", "Trace", None, "Nil", "abnormal"),
        ("Urine Glucose", "Nil", None, "Nil", "normal"),
        ("Ketone Bodies", "Negative", None, "Negative", "normal"),
        ("Bilirubin", "Negative", None, "Negative", "normal"),
        ("Urobilinogen", "Normal", None, "Normal", "normal"),
        ("Nitrite", "Positive", None, "Negative", "abnormal"),
        ("Leucocyte Esterase", "++", None, "Negative", "abnormal"),
        Sec("Microscopic Examination"),
        ("Pus Cells", "15-20", "/hpf", "0 - 5"),
        ("Epithelial Cells", "2-3", "/hpf", "0 - 5"),
        ("Red Blood Cells", "Nil", "/hpf", "Nil", "normal"),
        ("Casts", "Absent", None, "Absent", "normal"),
        ("Crystals", "Absent", None, "Absent", "normal"),
        ("Bacteria", "Present", None, "Absent", "abnormal"),
    ], "urine")
    w.para("Urine Culture & Sensitivity: sample received, incubation in progress - report to "
           "follow in 48-72 hours.", size=8.4)
    t.mn("labs", "Urine Culture", "other", "in progress, no result")
    w.gap(30)
    w.text(w.left, w.y, "Checked by: R. Pawar (Lab Technologist)", "Helvetica", 8.3)
    w.text(w.right, w.y, "Dr. Meera Kulkarni, MD (Pathology)", "Helvetica-Bold", 8.5, "r")
    w.text(w.right, w.y - 11, "Consultant Pathologist", "Helvetica", 8.3, "r")
    w.y -= 30
    w.line("*** End of Report ***", "Helvetica-Bold", 8.5, align="c")


def letterhead(w, name, lines, size=14, font="Helvetica-Bold", align="l", rule=True):
    x = w.left if align == "l" else (w.PW / 2 if align == "c" else w.right)
    w.text(x, w.y - size, name, font, size, align)
    w.y -= size + 3
    for ln in lines:
        w.text(x, w.y - 8, ln, "Helvetica", 8, align)
        w.y -= 10
    w.y -= 4
    if rule:
        w.hline(lw=0.9, gray=0)
        w.gap(8)


def med_text(name, brand, dose, unit, route, freq, brand_first=False, extra=""):
    nm = (f"{brand} ({name})" if brand_first else f"{name} ({brand})") if brand else name
    parts = [nm] + [p for p in (f"{dose} {unit}" if dose else (unit or ""), route, freq) if p]
    s = " ".join(parts)
    return s + (f" {extra}" if extra else "")


# --------------------------------------------------------------------------- 06 CA
@doc("06", "ca", "gp_referral_gastro", country="Canada", document_type="medical_record",
     pagesize=letter,
     kind="family physician referral letter (prose, negations, family history, plans)")
def d06(w, t):
    dt = "2026-01-15"
    labdt = "2026-01-08"
    t.service_date = dt
    w.footer = lambda w_: w_.text(w_.right, 32, f"FOURNIER-REID, Danielle  DOB 1978-06-09  -  page "
                                  f"{w_.page} of {w_.ntot}", "Helvetica", 7, "r")
    w.header = lambda w_: (w_.text(w_.left, w_.PH - 38, "RE: Ms. Danielle FOURNIER-REID  DOB 1978-06-09 "
                                   "(continued)", "Helvetica-Oblique", 8), setattr(w_, "y", w_.PH - 56))
    letterhead(w, "Riverbend Family Health Team", [
        "210 Maple Crescent, Kingsford, ON  K0K 5Z5   |   Tel 613-555-0147   |   Fax 613-555-0148",
        "Dr. Hannah Szczepanski, MD, CCFP"])
    w.line(f"Date: {D(dt, 'iso')}", size=9.5)
    w.gap(4)
    for ln in ["Dr. \u00c9tienne L\u00e9vesque, Gastroenterology", "Ottawa Lakeside Hospital, Digestive Health Clinic",
               "1200 Riverside Parkway, Ottawa, ON  K0A 9Z9"]:
        w.line(ln, size=9.5)
    w.gap(8)
    w.line("RE: Ms. Danielle FOURNIER-REID   DOB 1978-06-09   HCN 0000-000-000-XX", "Helvetica-Bold", 9.5)
    w.line("Reason for referral: rectal bleeding with iron deficiency anemia - colonoscopy requested",
           "Helvetica-Bold", 9.5)
    w.gap(6)
    P = lambda s: (w.para(s, size=9.6, lead=13), w.gap(5))
    P("Dear Dr. L\u00e9vesque,")
    P("Thank you for seeing Ms. Fournier-Reid, a 47-year-old teacher with a four-month history of "
      "intermittent bright red rectal bleeding and a new iron deficiency anemia. She reports "
      "increasing fatigue and exertional breathlessness since October. She denies weight loss, night "
      "sweats, abdominal pain or any change in bowel habit. There is no history of inflammatory "
      "bowel disease, and she has never had a colonoscopy.")
    t.cond("iron deficiency anemia", "active")
    t.cond("rectal bleeding", "active", optional=True, note="presenting symptom")
    for n in ("weight loss", "night sweats", "abdominal pain"):
        t.mn("conditions", n, "negated")
    t.mn("conditions", "inflammatory bowel disease", "negated")
    P("Family history: her father was diagnosed with colon cancer at age 58 and her mother has "
      "type 2 diabetes. No family history of celiac disease.")
    t.mn("conditions", "colon cancer", "family")
    t.mn("conditions", "type 2 diabetes", "family")
    t.mn("conditions", "celiac disease", "negated", "no family history; tTG negative")
    w.line("Past medical history:", "Helvetica-Bold", 9.6, lead=13)
    PMH = [("Hypothyroidism", "active", "since 2012"),
           ("Migraine without aura", "active", "about two episodes a month"),
           ("Gestational diabetes", "resolved", "2010, resolved after delivery"),
           ("Laparoscopic cholecystectomy", "history", "2019")]
    for name, st, note in PMH:
        w.bullet(f"{name} ({note})", size=9.6, lead=13)
        t.cond(name, st, optional=(name.startswith("Laparoscopic")),
               also=["resolved"] if st == "history" else (["history"] if st == "resolved" else None),
               note="procedure" if name.startswith("Laparoscopic") else None)
    w.gap(5)
    w.line("Current medications:", "Helvetica-Bold", 9.6, lead=13)
    MEDS = [("levothyroxine", "Synthroid", "100", "mcg", "PO", "daily", "active", "", None),
            ("ferrous gluconate", None, "300", "mg", "PO", "BID", "active",
             f"(started {D('2025-12-02', 'iso')})", ["new"]),
            ("rizatriptan", None, "10", "mg", "PO", "PRN migraine", "active",
             "(max 2 doses/day)", None),
            ("pantoprazole", None, "40", "mg", "PO", "daily", "new", "- started today for dyspepsia",
             ["active"])]
    for name, brand, dose, unit, route, freq, st, extra, also in MEDS:
        w.bullet(med_text(name, brand, dose, unit, route, freq, extra=extra), size=9.6, lead=13)
        t.med(name, dose, unit, route, freq, st, brand=brand, also=also)
    w.gap(3)
    P("Naproxen 500 mg PO BID, which she was taking for migraine, was stopped in November because of "
      "dyspepsia; she has not restarted it.")
    t.med("naproxen", "500", "mg", "PO", "BID", "stopped")
    t.mn("medications", "naproxen", "stopped")
    w.line("Allergies / intolerances:", "Helvetica-Bold", 9.6, lead=13)
    ALG = [("Penicillin", "hives", None), ("Sulfonamide antibiotics", "nausea", None)]
    w.bullet("Penicillin - hives (childhood)", size=9.6, lead=13)
    w.bullet("Sulfonamide antibiotics - nausea (intolerance)", size=9.6, lead=13)
    for s, r, sev in ALG:
        t.alg(s, r, sev)
    w.gap(5)
    V = [("blood_pressure", "118/72", "mmHg"), ("heart_rate", "88", "bpm"),
         ("weight", "61.4", "kg"), ("height", "165", "cm")]
    P(f"On examination today: BP 118/72 mmHg, HR 88 bpm, weight 61.4 kg, height 165 cm. She is pale; "
      "abdomen soft and non-tender with no masses. Digital rectal exam: no palpable rectal mass; small "
      "non-bleeding external hemorrhoid.")
    for k, v, u in V:
        t.vit(k, v, u, date=dt)
    t.cond("external hemorrhoid", "active", optional=True)
    t.mn("conditions", "rectal mass", "negated", "'no palpable rectal mass'")
    LABS = [("hemoglobin", "98", "g/L", "120-160"), ("ferritin", "6", "\u00b5g/L", "15-200"),
            ("MCV", "74", "fL", "80-100"), ("platelets", "412", "x10^9/L", "150-400")]
    P(f"Bloodwork on {D(labdt, 'iso')}: hemoglobin 98 g/L (ref 120-160), ferritin 6 \u00b5g/L "
      "(ref 15-200), MCV 74 fL (ref 80-100) and platelets 412 x10^9/L (ref 150-400). The tTG IgA "
      "was <1.0 U/mL (ref <7.0), so celiac disease is unlikely. A fecal immunochemical test (FIT) "
      f"done on {D('2025-12-10', 'iso')} was positive.")
    for n, v, u, r in LABS:
        t.lab(n, v, u, r, labdt)
    t.lab("tTG IgA", "<1.0", "U/mL", "<7.0", labdt)
    t.lab("fecal immunochemical test (FIT)", "positive", None, None, "2025-12-10", flag="abnormal",
          specimen="stool")
    P("I would be grateful if you could arrange colonoscopy and upper endoscopy to rule out colorectal "
      "malignancy. If she does not tolerate oral iron or her ferritin does not improve, IV iron "
      "(iron sucrose) could be considered; I would value your opinion on this. I have asked her to "
      "avoid NSAIDs.")
    t.mn("conditions", "colorectal malignancy", "other", "to rule out")
    t.mn("medications", "iron sucrose", "planned", "'could be considered'")
    t.mn("medications", "NSAIDs", "other", "advice to avoid")
    P("Thank you for your assistance with her care.")
    w.gap(14)
    w.line("Hannah Szczepanski, MD, CCFP", "Helvetica-Bold", 9.6)
    w.line("Riverbend Family Health Team   |   CPSO #00000 (test)", size=8.5)


# --------------------------------------------------------------------------- 07 IE
@doc("07", "ie", "cardiology_clinic_letter", country="Ireland", document_type="medical_record",
     kind="hospital cardiology outpatient letter to GP, diagnosis list, medication changes, 2 pages")
def d07(w, t):
    clinic = "2026-01-13"
    letter_dt = "2026-01-14"
    bloods = "2026-01-06"
    t.service_date = clinic
    def head(w_):
        w_.text(w_.left, w_.PH - 40, "Re: Mr Patrick MULLANE  DOB 03/09/1958  MRN SB0447213",
                "Times-Italic", 9)
        w_.text(w_.right, w_.PH - 40, f"Page {w_.page}", "Times-Italic", 9, "r")
        w_.y = w_.PH - 58
    w.header = head
    w.footer = lambda w_: w_.text(w_.right, 32, f"Page {w_.page} of {w_.ntot}", "Times-Roman", 7.5, "r")

    letterhead(w, "St Brigid's University Hospital", [
        "Department of Cardiology  \u00b7  Newcastle Road, Galway H91 XXXX  \u00b7  Tel 091 555 0162",
        "Consultant: Dr Aoife Brennan MB BCh BAO, FRCPI"], size=15, font="Times-Bold")
    w.text(w.right, w.y - 10, D(letter_dt, "dth"), "Times-Roman", 10.5, "r")
    for ln in ["Dr Ciar\u00e1n \u00d3 D\u00e1laigh", "Knocknacarra Medical Centre", "Knocknacarra, Galway"]:
        w.line(ln, "Times-Roman", 10.5)
    w.gap(8)
    w.line("Re: Mr Patrick MULLANE, DOB: 03/09/1958, MRN: SB0447213", "Times-Bold", 10.5)
    w.line("   12 Seaview Terrace, Salthill, Galway", "Times-Roman", 10.5)
    w.line(f"Seen at Cardiology Clinic on {D(clinic, 'dth')}", "Times-Italic", 10.5)
    w.gap(6)
    w.line("Dear Ciar\u00e1n,", "Times-Roman", 10.5)
    w.gap(4)
    w.line("Diagnoses:", "Times-Bold", 10.5)
    DX = [("Paroxysmal atrial fibrillation", "I48.0", "active", " - CHA2DS2-VASc 4", ()),
          ("Heart failure with mildly reduced ejection fraction", None, "active", " (LVEF 45%)", ()),
          ("Hypertension", "I10", "active", "", ()),
          ("Type 2 diabetes mellitus", None, "active", ", diet-controlled", ()),
          ("Transient ischaemic attack", None, "history", " (TIA) in 2021, no residual deficit", ("TIA",))]
    for i, (name, icd, st, extra, al) in enumerate(DX, 1):
        code = f" ({icd})" if icd else ""
        w.line(f"{i}.  {name}{code}{extra}", "Times-Roman", 10.5, x=w.left + 10)
        t.cond(name, st, icd=icd, aliases=al, also=["resolved"] if st == "history" else None)
    w.gap(5)
    w.line("Medications following today's review:", "Times-Bold", 10.5)
    MEDS = [("Apixaban", "5", "mg", None, "twice daily", "active", ""),
            ("Bisoprolol", "5", "mg", None, "once daily", "changed", "- INCREASED from 2.5 mg"),
            ("Ramipril", "5", "mg", None, "once daily", "active", ""),
            ("Atorvastatin", "40", "mg", None, "nocte", "active", ""),
            ("Furosemide", "20", "mg", None, "mane", "changed", "- REDUCED from 40 mg"),
            ("Dapagliflozin", "10", "mg", None, "once daily", "new", "- NEW"),
            ("Aspirin", "75", "mg", None, "once daily", "stopped", "- STOPPED")]
    rows = []
    for name, dose, unit, route, freq, st, note in MEDS:
        rows.append([name, f"{dose} {unit}", freq, note.replace("- ", "")])
        t.med(name.lower(), dose, unit, route, freq, st,
              also=["active"] if st == "new" else None)
    t.mn("medications", "aspirin", "stopped")
    w.table(["Medication", "Dose", "Frequency", "Change"], rows, [150, 70, 100, 150],
            font="Times-Roman", hfont="Times-Bold", size=10, ruled="header", x=w.left + 10)
    w.gap(4)
    w.line("Allergies: Nil known", "Times-Bold", 10.5)
    t.mn("allergies", "Nil known", "negated", "no known allergies")
    w.gap(6)
    P = lambda s: (w.para(s, "Times-Roman", 10.5, 13.6), w.gap(5))
    P("Mr Mullane attends for review of his paroxysmal atrial fibrillation and heart failure. He "
      "reports that his exercise tolerance has improved and he can now walk 2 km on the flat. He "
      "denies chest pain, exertional syncope or orthopnoea, and he has had no palpitations since his "
      "last visit. His ankle swelling has resolved. He is an ex-smoker (stopped 2015) and drinks "
      "about 6 units of alcohol per week. His brother had a myocardial infarction at the age of 52.")
    for n in ("chest pain", "syncope", "orthopnoea", "palpitations"):
        t.mn("conditions", n, "negated")
    t.mn("conditions", "myocardial infarction", "family")
    t.mn("conditions", "ankle swelling", "historical", "resolved symptom")
    V = [("blood_pressure", "142/88", "mmHg"), ("heart_rate", "64", "bpm"),
         ("oxygen_saturation", "97", "%"), ("weight", "94.0", "kg"), ("height", "1.78", "m"),
         ("bmi", "29.7", "kg/m\u00b2")]
    P("On examination his blood pressure was 142/88 mmHg and his pulse 64 bpm and regular. SpO2 "
      "97% on room air. Weight 94.0 kg, height 1.78 m (BMI 29.7 kg/m\u00b2). JVP was not raised, "
      "heart sounds were normal with no murmur, and his chest was clear. There was no peripheral "
      "oedema.")
    for k, v, u in V:
        t.vit(k, v, u, date=clinic)
    t.mn("conditions", "peripheral oedema", "negated")
    P("ECG today showed sinus rhythm with a normal axis and QRS duration of 96 ms. His "
      "echocardiogram in November showed an LVEF of 45% with mild left atrial dilatation and no "
      "significant valvular disease.")
    t.mn("conditions", "valvular disease", "negated")
    w.line(f"Bloods ({D(bloods, 'dmy')}):", "Times-Bold", 10.5)
    LABS = [("NT-proBNP", "880", "pg/mL", "<125"), ("Creatinine", "98", "\u00b5mol/L", "64-104"),
            ("eGFR", "68", "mL/min/1.73m\u00b2", ">60"), ("Potassium", "4.6", "mmol/L", "3.5-5.3"),
            ("HbA1c", "49", "mmol/mol", "20-42")]
    rows = []
    for n, v, u, r in LABS:
        row = t.lab(n, v, u, r, bloods)
        rows.append([n, v, u, r, {"high": "High", "low": "Low"}.get(row["flag"], "")])
    w.table(["Test", "Result", "Units", "Ref. range", ""], rows, [110, 60, 110, 80, 50],
            font="Times-Roman", hfont="Times-Bold", size=10, ruled="none", x=w.left + 10)
    w.gap(6)
    P("In summary, he remains in sinus rhythm on bisoprolol and anticoagulation, and his heart "
      "failure symptoms are well controlled. As he is fully anticoagulated with apixaban, aspirin no "
      "longer has a role and I have stopped it to reduce his bleeding risk. I have increased his "
      "bisoprolol for rate control, reduced his diuretic as he is euvolaemic, and started "
      "dapagliflozin for his heart failure.")
    w.line("Plan:", "Times-Bold", 10.5)
    PLAN = ["Increase bisoprolol to 5 mg once daily.",
            "Start dapagliflozin 10 mg once daily; counselled on sick-day rules and genital hygiene.",
            "Stop aspirin 75 mg.",
            "Reduce furosemide to 20 mg mane; daily weights, to increase back to 40 mg if weight rises "
            "by more than 2 kg in 3 days.",
            "Consider adding spironolactone at his next review if potassium and renal function allow.",
            "CT coronary angiogram requested to exclude coronary artery disease.",
            "Repeat echocardiogram in 6 months and review in clinic thereafter.",
            "Please check renal function and potassium in 2 weeks."]
    for i, p in enumerate(PLAN, 1):
        w.bullet(p, "Times-Roman", 10.5, 13.6, sym=f"{i}.", indent=16, x=w.left + 6)
    t.mn("medications", "spironolactone", "planned", "'consider adding'")
    t.mn("conditions", "coronary artery disease", "other", "to exclude")
    w.gap(6)
    P("Many thanks for your ongoing care of this pleasant man.")
    P("Yours sincerely,")
    w.gap(16)
    w.line("Dr Aoife Brennan", "Times-Bold", 10.5)
    w.line("Consultant Cardiologist", "Times-Roman", 10.5)
    w.line("cc: Mr Patrick Mullane (patient)", "Times-Italic", 9.5)
    w.line("Dictated 13/01/2026, typed 14/01/2026 (AOB/mk). Electronically approved, not signed.",
           "Times-Italic", 8.5)



# --------------------------------------------------------------------------- 08 NZ
@doc("08", "nz", "ed_clinical_record_scan", country="New Zealand", document_type="medical_record",
     ext="jpg", scan=dict(seed=808, angles=[-2.2], quality=48, blur=0.7, noise=9.5),
     margins=(40, 40, 36, 44),
     kind="emergency department clinical record (triage obs table, shorthand), scanned to JPEG")
def d08(w, t):
    dt = "2026-02-22"
    t.service_date = dt
    w.rect(w.left, w.y - 40, w.width, 40, lw=1)
    w.text(w.left + 6, w.y - 15, "TE AWA DISTRICT HOSPITAL", "Helvetica-Bold", 13)
    w.text(w.left + 6, w.y - 28, "Emergency Department - Clinical Record", "Helvetica", 9)
    w.text(w.right - 6, w.y - 12, "NHI: ZZZ0016   DOB: 09/05/1954 (71y)  F", "Helvetica-Bold", 8.5, "r")
    w.text(w.right - 6, w.y - 23, "WHITCOMBE, Margaret Joan", "Helvetica-Bold", 8.5, "r")
    w.text(w.right - 6, w.y - 34, "14 Kowhai Street, Awahuri 4999   Ph 021 555 0193", "Helvetica", 8, "r")
    w.y -= 48
    w.line(f"Date: {D(dt, 'dmy')}    Arrival 03:38 (ambulance)    Triage 03:42    ATS category: 3    "
           "Seen by: Dr J. Faleolo (ED Reg) 04:05", "Helvetica", 8.3)
    w.gap(3)
    w.line("OBSERVATIONS", "Helvetica-Bold", 9)
    OBS = [("03:45", "96/58", "118", "24", "38.9", "93", "RA"),
           ("05:30", "112/70", "96", "20", "37.8", "97", "2L NP")]
    rows = []
    for tm, bp, hr, rr, temp, sat, o2 in OBS:
        rows.append([tm, bp, hr, rr, temp, sat, o2])
        t.vit("blood_pressure", bp, "mmHg", date=dt, time=tm)
        t.vit("heart_rate", hr, "/min", date=dt, time=tm)
        t.vit("respiratory_rate", rr, "/min", date=dt, time=tm)
        t.vit("temperature", temp, "\u00b0C", date=dt, time=tm)
        t.vit("oxygen_saturation", sat, "%", date=dt, time=tm)
    w.table(["Time", "BP (mmHg)", "HR (/min)", "RR (/min)", "Temp (\u00b0C)", "SpO2 (%)", "O2"],
            rows, [55, 70, 60, 60, 65, 60, 60], size=8.5, vlines=True, ruled="rows")
    w.gap(5)
    S, L = 8.6, 11.2
    LP = lambda a, b: w.label_para(a, b, size=S, lead=L, lw=70)
    LP("PC:", "SOB, productive cough (green sputum) and fevers/rigors x 2 days.")
    LP("HPI:", "71F, usually independent. 2/7 worsening cough, SOB on minimal exertion, fevers and rigors "
       "overnight. Increased salbutamol use. Denies chest pain, haemoptysis or calf pain. No recent "
       "travel or surgery. No sick contacts. Eating and drinking less.")
    for n in ("chest pain", "haemoptysis", "calf pain"):
        t.mn("conditions", n, "negated")
    LP("PMHx:", "COPD (GOLD 2, last exacerbation 2025, no previous ICU). Hypertension. Osteoarthritis "
       "(knees). Ex-smoker 40 pack-yrs, quit 2010. No diabetes.")
    t.cond("COPD", "active")
    t.cond("Hypertension", "active")
    t.cond("Osteoarthritis", "active")
    t.mn("conditions", "diabetes", "negated")
    MEDS = [("tiotropium", "Spiriva", "18", "mcg", "inh", "daily", "active"),
            ("salbutamol", None, "100", "mcg", None, "2 puffs PRN", "active"),
            ("cilazapril", None, "2.5", "mg", None, "daily", "held"),
            ("paracetamol", None, "1", "g", None, "QID PRN", "active")]
    LP("Usual meds:", "Spiriva (tiotropium) 18 mcg inh daily; salbutamol 100 mcg 2 puffs PRN; "
       "cilazapril 2.5 mg daily; paracetamol 1 g QID PRN.")
    for name, brand, dose, unit, route, freq, st in MEDS:
        t.med(name, dose, unit, route, freq, st, brand=brand,
              note="held in ED plan" if st == "held" else None)
    LP("Allergies:", "Codeine - vomiting. Trimethoprim - rash.")
    t.alg("Codeine", "vomiting")
    t.alg("Trimethoprim", "rash")
    LP("O/E:", "Alert, speaking in short sentences. Coarse creps R base, bronchial breathing RLL, "
       "mild expiratory wheeze. HS dual, no murmur. Calves SNT, no oedema. Abdo SNT.")
    LP("Bloods 04:10:", "WCC 16.8 H, Neut 14.9 H, CRP 212 H, Na 131 L, K 4.0, Cr 88, Lactate 2.6 H "
       "(VBG). Cr at baseline (86 in 2025).")
    for n, v, f in [("WCC", "16.8", "high"), ("Neut", "14.9", "high"), ("CRP", "212", "high"),
                    ("Na", "131", "low"), ("K", "4.0", "normal"), ("Cr", "88", "normal"),
                    ("Lactate", "2.6", "high")]:
        t.lab(n, v, None, None, dt, flag=f,
              note="ED shorthand without units; unflagged values read as normal"
              if f == "normal" else "ED shorthand without units")
    LP("CXR:", "RLL consolidation. No effusion. No pneumothorax.")
    t.mn("conditions", "effusion", "negated")
    t.mn("conditions", "pneumothorax", "negated")
    LP("ECG:", "Sinus tachycardia 116, no acute ischaemic changes.")
    w.gap(2)
    w.line("Impression:", "Helvetica-Bold", S, lead=L)
    IMP = ["1. Community-acquired pneumonia RLL, CURB-65 = 2",
           "2. Sepsis, respiratory source - responding to fluids",
           "3. AKI - no, Cr at baseline",
           "4. ?PE - low pretest probability (Wells 1), not pursued"]
    for s_ in IMP:
        w.line(s_, "Helvetica", S, lead=L, x=w.left + 70)
    t.cond("Community-acquired pneumonia", "active")
    t.cond("Sepsis", "active")
    t.mn("conditions", "AKI", "negated")
    t.mn("conditions", "PE", "other", "query, not pursued")
    w.line("Plan:", "Helvetica-Bold", S, lead=L)
    PLAN = ["- Hartmann's 1 L IV stat (given 04:15), then reassess",
            "- IV amoxicillin 1 g q8h + PO clarithromycin 500 mg BD (first doses given in ED)",
            "- Hold cilazapril while hypotensive",
            "- Continue inhalers; salbutamol nebs PRN",
            "- Sputum + blood cultures x2 sent, urine pneumococcal/legionella antigen",
            "- Admit under General Medicine (Dr Hetaraka) - bed requested 05:40"]
    for s_ in PLAN:
        w.line(s_, "Helvetica", S, lead=L, x=w.left + 70)
    t.mn("medications", "Hartmann's", "other", "single IV bolus given in ED")
    t.med("amoxicillin", "1", "g", "IV", "q8h", "new", optional=True,
          note="inpatient antibiotic started in ED; patient admitted")
    t.med("clarithromycin", "500", "mg", "PO", "BD", "new", optional=True,
          note="inpatient antibiotic started in ED; patient admitted")
    w.gap(10)
    w.text(w.left, w.y, "Dr J. Faleolo, ED Registrar   MCNZ 00000   signed 05:52", "Helvetica-Oblique", 8.5)
    w.y -= 12


# --------------------------------------------------------------------------- 09 ZA
@doc("09", "za", "gp_progress_note_soap", country="South Africa", document_type="medical_record",
     kind="GP progress note (SOAP) for HIV/hypertension follow-up, results in sentences")
def d09(w, t):
    dt = "2025-08-19"
    labdt = "2025-07-30"
    t.service_date = dt
    letterhead(w, "Umhlanga Ridge Family Practice", [
        "Dr N. Mthembu  MBChB (UKZN)  \u00b7  Practice no. 0000000  \u00b7  Suite 4, 22 Ridgeside Drive, "
        "Umhlanga 4319", "Tel 031 555 0176  \u00b7  Fax 031 555 0177  \u00b7  Emergency: 082 555 0100"])
    w.line("PROGRESS NOTE", "Helvetica-Bold", 12)
    w.gap(2)
    meta = [("Patient:", "Mrs Thandeka ZULU-PILLAY"), ("File no.:", "UR-004517"),
            ("DOB:", "1979/04/11 (46 yrs)"), ("Medical aid:", "TestMed Plus 000000000"),
            ("Date of visit:", D(dt, "ymd/") + "  10:20"), ("Seen by:", "Dr N. Mthembu")]
    for i in range(0, len(meta), 2):
        (a, b), (c_, d_) = meta[i], meta[i + 1]
        w.text(w.left, w.y - 9, a, "Helvetica-Bold", 8.8)
        w.text(w.left + 80, w.y - 9, b, "Helvetica", 8.8)
        w.text(w.left + 290, w.y - 9, c_, "Helvetica-Bold", 8.8)
        w.text(w.left + 370, w.y - 9, d_, "Helvetica", 8.8)
        w.y -= 12
    w.gap(4)
    w.hline(lw=0.4)
    w.gap(6)
    S, L = 9.3, 12.6
    LP = lambda a, b: (w.label_para(a, b, size=S, lead=L, lw=95), w.gap(3))
    LP("ALLERGY:", "COTRIMOXAZOLE - Stevens-Johnson syndrome (2016) - SEVERE")
    t.alg("Cotrimoxazole", "Stevens-Johnson syndrome", "SEVERE")
    LP("S:", "Routine 3-monthly chronic review. Reports good adherence to ART, no missed doses (pill "
       "count correct). TB symptom screen negative - denies cough, fever, night sweats and weight "
       "loss. Occasional tension-type headaches, relieved by rest. No chest pain. No ankle swelling. "
       "Still not exercising regularly.")
    for n in ("cough", "fever", "night sweats", "weight loss", "chest pain", "ankle swelling"):
        t.mn("conditions", n, "negated")
    w.line("Current medication:", "Helvetica-Bold", S, lead=L)
    MEDS = [
        ("tenofovir/lamivudine/dolutegravir", "300/300/50", "mg", "po", "daily", "active", ("TLD",),
         "TLD (tenofovir/lamivudine/dolutegravir) 300/300/50 mg, 1 tab po daily"),
        ("amlodipine", "10", "mg", "po", "daily", "changed", (),
         "Amlodipine 10 mg po daily (increased today from 5 mg)"),
        ("hydrochlorothiazide", "12.5", "mg", "po", "daily", "active", ("HCTZ",),
         "Hydrochlorothiazide (HCTZ) 12.5 mg po daily"),
    ]
    for name, dose, unit, route, freq, st, al, txt in MEDS:
        w.bullet(txt, size=S, lead=L, x=w.left + 10)
        t.med(name, dose, unit, route, freq, st, aliases=al)
    w.line("Previous:", "Helvetica-Bold", S, lead=L)
    w.bullet("Isoniazid preventive therapy (isoniazid 300 mg daily x 6 months) - completed "
             f"{D('2024-03-28', 'ymd/')}", size=S, lead=L, x=w.left + 10)
    w.bullet("TEE (tenofovir/emtricitabine/efavirenz) - stopped, switched to TLD because of vivid "
             "dreams and dizziness", size=S, lead=L, x=w.left + 10)
    t.med("isoniazid", "300", "mg", None, "daily", "completed", note="6-month preventive course")
    t.mn("medications", "isoniazid", "stopped", "course completed")
    t.med("tenofovir/emtricitabine/efavirenz", None, None, None, None, "stopped", aliases=("TEE",))
    t.mn("medications", "tenofovir/emtricitabine/efavirenz", "stopped", "switched to TLD")
    w.gap(3)
    V = [("blood_pressure", "148/94", "mmHg"), ("blood_pressure", "144/92", "mmHg"),
         ("heart_rate", "78", "/min"), ("temperature", "36.6", "\u00b0C"), ("weight", "88.5", "kg"),
         ("height", "1.64", "m"), ("bmi", "32.9", "kg/m\u00b2")]
    LP("O:", "BP 148/94 mmHg (repeat after 5 min 144/92 mmHg), pulse 78/min regular, temp 36.6 \u00b0C. "
       "Wt 88.5 kg, Ht 1.64 m, BMI 32.9 kg/m\u00b2. Chest clear. CVS: S1S2, no murmurs. No "
       "lymphadenopathy. No oral thrush. Urine dipstick: NAD.")
    for k, v, u in V:
        t.vit(k, v, u, date=dt, note="repeat reading" if v == "144/92" else None)
    t.mn("conditions", "lymphadenopathy", "negated")
    t.mn("conditions", "oral thrush", "negated")
    LABS = [("Viral load", "<50", "copies/mL"), ("CD4", "612", "cells/\u00b5L"),
            ("Creatinine", "84", "\u00b5mol/L"), ("eGFR", ">90", "mL/min/1.73m\u00b2"),
            ("HbA1c", "6.1", "%"), ("Total cholesterol", "6.2", "mmol/L"), ("LDL", "4.1", "mmol/L")]
    LP("Results:", f"Bloods {D(labdt, 'ymd/')}: Viral load <50 copies/mL (suppressed). CD4 612 "
       "cells/\u00b5L. Creatinine 84 \u00b5mol/L, eGFR >90 mL/min/1.73m\u00b2. HbA1c 6.1 %. Total "
       "cholesterol 6.2 mmol/L, LDL 4.1 mmol/L (non-fasting).")
    for n, v, u in LABS:
        t.lab(n, v, u, None, labdt, flag=None,
              note="no reference range printed" + ("; censored value" if v[0] in "<>" else ""))
    w.line("A:", "Helvetica-Bold", S, lead=L)
    DX = [("HIV infection", None, "active", "- virologically suppressed on TLD"),
          ("Hypertension", "I10", "active", "- not at target"),
          ("Obesity", None, "active", "(BMI 32.9)"),
          ("Dyslipidaemia", None, "active", "- new, recheck fasting"),
          ("Pulmonary TB", None, "resolved", "(2019) - treated, cured")]
    for i, (n, icd, st, extra) in enumerate(DX, 1):
        w.line(f"{i}. {n}{' (' + icd + ')' if icd else ''} {extra}", "Helvetica", S, lead=L,
               x=w.left + 95)
        t.cond(n, st, icd=icd, also=["history"] if st == "resolved" else None)
    LP("FHx:", "Mother - stroke at 64; father - type 2 diabetes. Sister HIV negative.")
    t.mn("conditions", "stroke", "family")
    t.mn("conditions", "type 2 diabetes", "family")
    LP("P:", "Amlodipine increased to 10 mg daily, continue HCTZ and TLD. Lifestyle and diet "
       "counselling; referred to dietician. Consider statin if repeat fasting lipids remain raised "
       "in 3 months. Repeat VL in 12 months as per guidelines. Pap smear due - booked for next visit. "
       "Influenza vaccine offered - declined this season. Return in 3 months or sooner if unwell.")
    t.mn("medications", "statin", "planned", "'consider statin'")
    t.mn("immunizations", "Influenza vaccine", "negated", "offered and declined")
    w.gap(12)
    w.line("Dr N. Mthembu", "Helvetica-Oblique", 9.5)
    w.footer = lambda w_: w_.text(w_.right, 32, f"ZULU-PILLAY, T  UR-004517  p{w_.page}/{w_.ntot}",
                                  "Helvetica", 7, "r")


# --------------------------------------------------------------------------- 10 SG
@doc("10", "sg", "endocrine_clinic_letter", country="Singapore", document_type="medical_record",
     kind="specialist endocrinology letter to GP with medication table (OM/ON), insulin, trends")
def d10(w, t):
    dt = "2025-11-03"
    lab1, lab0 = "2025-10-26", "2025-06-12"
    t.service_date = dt
    w.footer = lambda w_: w_.text(w_.right, 32, f"Tan Wei Ming Kenneth  NRIC S****123J  Page {w_.page} "
                                  f"of {w_.ntot}", "Helvetica", 7, "r")
    letterhead(w, "NOVENA HEIGHTS DIABETES & ENDOCRINE CENTRE", [
        "38 Irrawaddy Road #09-21, Singapore 329563   \u00b7   Tel +65 6555 0188   \u00b7   "
        "Fax +65 6555 0189", "Dr Rachel Goh Li Ping, MBBS (S'pore), MRCP (UK), FAMS (Endocrinology)"],
        size=13)
    w.line(D(dt, "dMy"), size=9.5)
    w.gap(4)
    for ln in ["Dr Lim Hui Shan", "Bukit Panjang Family Clinic", "Blk 000 Bukit Panjang Ring Road "
               "#01-00, Singapore 670000"]:
        w.line(ln, size=9.5)
    w.gap(6)
    w.line("Dear Dr Lim,", size=9.5)
    w.gap(3)
    w.line("Re: Mr TAN WEI MING KENNETH (NRIC S****123J), 59 years, DOB 18/07/1966", "Helvetica-Bold", 9.5)
    w.gap(4)
    P = lambda s: (w.para(s, size=9.4, lead=12.6), w.gap(4))
    P("Thank you for referring Mr Tan, whom I reviewed today for his type 2 diabetes mellitus. "
      "His control has improved slightly but remains above target.")
    w.line("Diagnoses", "Helvetica-Bold", 9.5)
    DX = [("Type 2 diabetes mellitus", "active", "(since 2014) with moderately increased albuminuria"),
          ("Hypertension", "active", ""), ("Hyperlipidaemia", "active", ""),
          ("Non-alcoholic fatty liver disease", "active", "(ultrasound 2024)")]
    for i, (n, st, extra) in enumerate(DX, 1):
        w.line(f"{i}. {n} {extra}".rstrip(), size=9.4, lead=12.4, x=w.left + 8)
        t.cond(n, st)
    t.cond("moderately increased albuminuria", "active", optional=True,
           note="qualifier of the diabetes diagnosis")
    w.gap(4)
    P("He denies hypoglycaemic episodes; home capillary glucose readings are 7-10 mmol/L fasting. "
      f"Retinal photography in August 2025 showed no diabetic retinopathy. Foot screening today: "
      "pulses present, monofilament sensation intact - no peripheral neuropathy. He does not smoke. "
      "His father had a stroke at 70.")
    for n in ("hypoglycaemic episodes", "diabetic retinopathy", "peripheral neuropathy"):
        t.mn("conditions", n, "negated")
    t.mn("conditions", "stroke", "family")
    V = [("blood_pressure", "136/82", "mmHg"), ("heart_rate", "76", "/min"), ("weight", "78.2", "kg"),
         ("height", "166", "cm"), ("bmi", "28.4", "kg/m2")]
    P("Examination: BP 136/82 mmHg, HR 76/min, weight 78.2 kg, height 166 cm, BMI 28.4 kg/m2.")
    for k, v, u in V:
        t.vit(k, v, u, date=dt)
    w.line("Investigations", "Helvetica-Bold", 9.5)
    LABS = [("HbA1c", "%", "4.0 - 6.0", {lab0: "9.1", lab1: "8.6"}),
            ("Fasting glucose", "mmol/L", "3.9 - 6.0", {lab1: "9.8"}),
            ("LDL-C", "mmol/L", "< 1.8", {lab0: "3.1", lab1: "2.9"}),
            ("Urine ACR", "mg/mmol", "< 3.0", {lab1: "4.2"}),
            ("Creatinine", "\u00b5mol/L", "65 - 125", {lab1: "92"}),
            ("eGFR", "mL/min/1.73m2", "> 60", {lab1: "76"})]
    rows = []
    for n, u, r, vals in LABS:
        cells = [n]
        for d_ in (lab0, lab1):
            v = vals.get(d_)
            if v:
                row = t.lab(n, v, u, r, d_, specimen="urine" if "Urine" in n else None,
                            note="reference printed as a target" if n == "LDL-C" else None)
                cells.append(v + (" (H)" if row["flag"] == "high" else ""))
            else:
                cells.append("-")
        cells += [u, r]
        rows.append(cells)
    w.table(["Test", D(lab0, "dmy"), D(lab1, "dmy"), "Unit", "Ref / target"], rows,
            [120, 80, 80, 90, 90], size=8.8, ruled="rows", x=w.left + 8)
    w.gap(6)
    w.line("Medications (after today's review)", "Helvetica-Bold", 9.5)
    MEDS = [("metformin", "Glucophage", "1", "g", None, "BD", "active", "after meals", None),
            ("insulin glargine", "Lantus", "28", "units", "s/c", "ON", "changed",
             "increased from 24 units", "100 units/mL"),
            ("semaglutide", "Ozempic", "0.25", "mg", "s/c", "once weekly", "new",
             "NEW - 0.25 mg weekly x 4 weeks, then 0.5 mg weekly", None),
            ("sitagliptin", "Januvia", "100", "mg", None, "OM", "stopped", "STOPPED - replaced by "
             "semaglutide", None),
            ("losartan", None, "50", "mg", None, "OM", "active", "", None),
            ("atorvastatin", None, "40", "mg", None, "ON", "changed", "increased from 20 mg", None)]
    rows = []
    for name, brand, dose, unit, route, freq, st, rem, conc in MEDS:
        label = f"{name.capitalize()}" + (f" ({brand})" if brand else "") + (
            f" {conc}" if conc else "")
        rows.append([label, f"{dose} {unit}" + (f" {route}" if route else ""), freq, rem])
        t.med(name, dose, unit, route, freq, st, brand=brand, conc=conc,
              also=["active"] if st == "new" else None)
    t.mn("medications", "sitagliptin", "stopped")
    w.table(["Medication", "Dose", "Frequency", "Remarks"], rows, [190, 75, 70, 150], size=8.8,
            x=w.left + 8)
    w.gap(6)
    w.line("Drug allergies: NKDA", "Helvetica-Bold", 9.4)
    t.mn("allergies", "NKDA", "negated")
    w.gap(4)
    P("Plan: I have started semaglutide (Ozempic) and stopped sitagliptin, and titrated his basal "
      "insulin to 28 units ON. Atorvastatin has been increased to 40 mg ON for an LDL-C target "
      "below 1.8 mmol/L. If his HbA1c remains above 8% in 3 months despite semaglutide, we may "
      "consider adding prandial insulin (insulin aspart). He has been taught to recognise and treat "
      "hypoglycaemia. Annual influenza vaccination is due this month; kindly administer at your clinic.")
    t.mn("medications", "insulin aspart", "planned", "'may consider adding'")
    t.mn("immunizations", "influenza vaccination", "due")
    P("I will review him again in 3 months with repeat HbA1c, lipids, renal panel and urine ACR.")
    w.gap(4)
    w.line("Yours sincerely,", size=9.4)
    w.gap(14)
    w.line("Dr Rachel Goh Li Ping", "Helvetica-Bold", 9.4)
    w.line("Consultant Endocrinologist", size=9.4)


# --------------------------------------------------------------------------- 11 US C-CDA
@doc("11", "us", "ccda_summary_of_care", country="United States", document_type="medical_record",
     pagesize=letter, margins=(46, 46, 64, 52),
     kind="C-CDA Continuity of Care Document rendered by a viewer (section tables, repeating header)")
def d11(w, t):
    doc_dt = "2026-02-10"
    v0, v1 = "2025-11-04", "2026-02-10"
    labdt = "2026-02-03"
    t.service_date = doc_dt

    def head(w_):
        w_.text(w_.left, w_.PH - 30, "WHITFIELD-BANKS, GLORIA A   |   DOB: 04/17/1956   |   Sex: Female   |   "
                "MRN: NCH-00481277", "Helvetica", 7.8)
        w_.text(w_.right, w_.PH - 30, "Continuity of Care Document", "Helvetica-Bold", 7.8, "r")
        w_.hline(y=w_.PH - 36, lw=0.5)
        w_.y = w_.PH - 46
    w.header = head
    w.footer = lambda w_: (
        w_.text(w_.left, 32, "Northfield Community Health Partners  -  Document generated "
                + D(doc_dt, "Mdy") + " 3:14 PM EST", "Helvetica", 7),
        w_.text(w_.right, 32, f"Page {w_.page} of {w_.ntot}", "Helvetica", 7, "r"))
    head(w)
    w.line("Continuity of Care Document", "Helvetica-Bold", 15)
    meta = [("Patient", "Gloria A. Whitfield-Banks"), ("Date of birth", "April 17, 1956"),
            ("Gender", "Female"), ("Language", "English"),
            ("Patient ID", "NCH-00481277 (Northfield Community Health Partners)"),
            ("Contact", "88 Orchard Lane, Springdale, OH 45099  tel: (555) 555-0172"),
            ("Document created", D(doc_dt, "Mdy")), ("Author", "Alan P. Whitcombe, MD"),
            ("Custodian", "Northfield Community Health Partners, Springdale, OH")]
    for k, v in meta:
        w.label_para(k, v, size=8.4, lead=10.8, lw=110)
    w.gap(4)

    def section(title):
        w.ensure(50)
        w.gap(6)
        w.rect(w.left, w.y - 14, w.width, 14, lw=0, fill=0.85, stroke=False)
        w.text(w.left + 4, w.y - 10.5, title, "Helvetica-Bold", 9.5)
        w.y -= 18

    tbl = dict(size=8.2, ruled="rows", vlines=True, lead=10.2)
    section("ALLERGIES, ADVERSE REACTIONS, ALERTS")
    ALG = [("Sulfamethoxazole / trimethoprim", "Hives", "Moderate", "Active"),
           ("Shellfish", "Throat swelling", "Severe", "Active"),
           ("Latex", "Contact dermatitis", "Mild", "Inactive")]
    for s, r, sev, st in ALG:
        if st == "Active":
            t.alg(s, r, sev)
        else:
            t.mn("allergies", s, "historical", "status Inactive")
    w.table(["Substance", "Reaction", "Severity", "Status"], [list(a) for a in ALG],
            [190, 140, 90, 100], **tbl)
    section("PROBLEMS")
    PROB = [("Essential hypertension", "I10", "Active", "05/14/2024"),
            ("Type 2 diabetes mellitus without complications", "E11.9", "Active", "05/14/2024"),
            ("Hyperlipidemia, unspecified", "E78.5", "Active", "05/14/2024"),
            ("Obstructive sleep apnea", "G47.33", "Active", "09/03/2024"),
            ("Gastro-esophageal reflux disease without esophagitis", "K21.9", "Active", "01/22/2025"),
            ("Osteopenia", "M85.80", "Active", "06/30/2025"),
            ("Acute bronchitis, unspecified", "J20.9", "Resolved", "11/04/2025")]
    for n, icd, st, onset in PROB:
        t.cond(n, st.lower(), icd=icd, also=["history"] if st == "Resolved" else None)
    w.table(["Problem", "ICD-10-CM", "Status", "Onset"], [list(p) for p in PROB],
            [270, 80, 80, 90], **tbl)
    section("MEDICATIONS")
    MEDS = [("lisinopril 20 MG tablet", "Take 1 tablet (20 mg) by mouth once daily", "05/14/2024", "",
             "Active", dict(name="lisinopril", dose="20", unit="mg", route="by mouth", freq="once daily")),
            ("metformin 500 MG 24 hr tablet", "Take 2 tablets (1,000 mg total) by mouth daily with dinner",
             "05/14/2024", "", "Active",
             dict(name="metformin", dose="1,000", unit="mg", route="by mouth", freq="daily with dinner",
                  note="2 x 500 mg tablets per dose")),
            ("atorvastatin 40 MG tablet", "Take 1 tablet (40 mg) by mouth at bedtime", "05/14/2024", "",
             "Active", dict(name="atorvastatin", dose="40", unit="mg", route="by mouth", freq="at bedtime")),
            ("fluticasone propionate 50 MCG/ACT nasal spray", "Use 2 sprays in each nostril daily",
             "03/03/2025", "", "Active",
             dict(name="fluticasone propionate", dose="50", unit="MCG", route="nasal", freq="daily",
                  note="2 sprays in each nostril per dose")),
            ("cholecalciferol (vitamin D3) 2,000 UNIT capsule", "Take 1 capsule (2,000 units) by mouth daily",
             "06/30/2025", "", "Active",
             dict(name="cholecalciferol", dose="2,000", unit="units", route="by mouth", freq="daily",
                  aliases=("vitamin D3",))),
            ("omeprazole 20 MG capsule", "Take 1 capsule (20 mg) by mouth daily before breakfast",
             "01/22/2025", "01/05/2026", "Discontinued",
             dict(name="omeprazole", dose="20", unit="mg", route="by mouth", freq="daily before breakfast",
                  status="stopped")),
            ("azithromycin 250 MG tablet", "Take 2 tablets on day 1, then 1 tablet daily on days 2-5",
             "11/04/2025", "11/08/2025", "Completed",
             dict(name="azithromycin", dose=None, unit=None, route=None, freq=None, status="completed",
                  note="Z-pack; dose differs day 1 vs days 2-5"))]
    for drug, sig, start, end, st, m in MEDS:
        m = dict(m)
        t.med(m.pop("name"), m.pop("dose"), m.pop("unit"), m.pop("route"), m.pop("freq"),
              m.pop("status", "active"), **m)
        if st != "Active":
            t.mn("medications", drug.split()[0], "stopped", st)
    w.table(["Medication", "Instructions", "Start", "End", "Status"],
            [[a, b, c_, d_, e] for a, b, c_, d_, e, _ in MEDS], [160, 190, 58, 58, 54], **tbl)
    section("IMMUNIZATIONS")
    IMM = [("Influenza, high-dose, trivalent, PF (Fluzone High-Dose)", "10/14/2025", "Completed", "FH7293",
            "Sanofi Pasteur", dict(vaccine="Influenza, high-dose, trivalent, PF", brand="Fluzone High-Dose",
                                   iso="2025-10-14")),
           ("COVID-19, mRNA, 2025-2026 formula (Spikevax)", "10/14/2025", "Completed", "3041KX", "Moderna",
            dict(vaccine="COVID-19, mRNA, 2025-2026 formula", brand="Spikevax", iso="2025-10-14")),
           ("Zoster recombinant (Shingrix), dose 1", "03/08/2025", "Completed", "7KX42", "GSK",
            dict(vaccine="Zoster recombinant", brand="Shingrix", iso="2025-03-08", dose=1)),
           ("Zoster recombinant (Shingrix), dose 2", "06/02/2025", "Completed", "7LA09", "GSK",
            dict(vaccine="Zoster recombinant", brand="Shingrix", iso="2025-06-02", dose=2)),
           ("Pneumococcal conjugate PCV20 (Prevnar 20)", "11/04/2025", "Refused - patient declined", "", "",
            None),
           ("Tdap (Boostrix)", "", "Due", "", "", None)]
    for name, dd, st, lot, mfr, spec in IMM:
        if spec:
            t.imm(spec["vaccine"], spec["iso"], spec.get("dose"), lot, spec["brand"], order_stated=False)
    t.mn("immunizations", "Pneumococcal conjugate PCV20", "negated", "refused")
    t.mn("immunizations", "Tdap", "due")
    w.table(["Vaccine", "Date", "Status", "Lot #", "Manufacturer"], [list(i[:5]) for i in IMM],
            [200, 62, 110, 60, 88], **tbl)
    section("VITAL SIGNS")
    VIT = [("Blood pressure", "blood_pressure", "mm[Hg]", "146/90", "134/82"),
           ("Heart rate", "heart_rate", "/min", "80", "72"),
           ("Respiratory rate", "respiratory_rate", "/min", "18", "16"),
           ("Body temperature", "temperature", "Cel", "37.0", "36.8"),
           ("Oxygen saturation", "oxygen_saturation", "%", "96", "97"),
           ("Body weight", "weight", "kg", "90.3", "88.9"),
           ("Body height", "height", "cm", "162.6", "162.6"),
           ("BMI (Body Mass Index)", "bmi", "kg/m2", "34.2", "33.6")]
    rows = []
    for label, kind, unit, a, b in VIT:
        rows.append([label, f"{a} {unit}", f"{b} {unit}"])
        t.vit(kind, a, unit, date=v0)
        t.vit(kind, b, unit, date=v1)
    w.table(["Vital sign", D(v0, "mdy"), D(v1, "mdy")], rows, [200, 160, 160], **tbl)
    section("RESULTS")
    RES = [("Hemoglobin A1c", "7.1", "%", "4.0-5.6"), ("Glucose", "138", "mg/dL", "70-99"),
           ("Creatinine", "0.94", "mg/dL", "0.57-1.00"), ("eGFR", "66", "mL/min/1.73m2", ">59"),
           ("Potassium", "4.4", "mmol/L", "3.5-5.2"), ("LDL Cholesterol Calc", "92", "mg/dL", "0-99"),
           ("Triglycerides", "188", "mg/dL", "0-149"), ("HDL Cholesterol", "46", "mg/dL", ">39"),
           ("Microalbumin/Creatinine Ratio", "18", "mg/g creat", "0-29"),
           ("TSH", "3.120", "uIU/mL", "0.450-4.500")]
    rows = []
    for n, v, u, r in RES:
        row = t.lab(n, v, u, r, labdt)
        rows.append([n, v, u, r, {"high": "H", "low": "L"}.get(row["flag"], "N"), D(labdt, "mdy")])
    w.table(["Test", "Result", "Units", "Reference range", "Interpretation", "Date"], rows,
            [160, 60, 85, 85, 70, 60], **tbl)
    section("FAMILY HISTORY")
    FH = [("Mother", "Breast cancer", "61", "Deceased"), ("Father", "Myocardial infarction", "70", "Deceased"),
          ("Brother", "Colon cancer", "66", "Living")]
    for rel, cond_, age, st in FH:
        t.mn("conditions", cond_, "family")
    w.table(["Relationship", "Condition", "Age at onset", "Status"], [list(f) for f in FH],
            [120, 200, 100, 100], **tbl)
    section("SOCIAL HISTORY")
    w.table(["Element", "Description", "Date"],
            [["Tobacco smoking status", "Never smoker", D(v1, "mdy")],
             ["Alcohol use", "Occasional, 1-2 drinks per week", D(v1, "mdy")]], [200, 200, 120], **tbl)
    t.mn("conditions", "Tobacco smoking", "negated", "never smoker")
    section("PLAN OF CARE")
    PLAN = [["Colonoscopy (screening)", "Due", "05/2026"],
            ["If HbA1c remains above 7%, consider semaglutide", "Proposed", "05/2026"],
            ["Diabetic eye exam", "Due", "03/2026"],
            ["Follow-up office visit", "Scheduled", "05/12/2026"]]
    t.mn("medications", "semaglutide", "planned", "proposed")
    w.table(["Planned activity", "Status", "Planned date"], PLAN, [280, 120, 120], **tbl)
    section("ENCOUNTERS")
    w.table(["Encounter", "Provider", "Location", "Date"],
            [["Office Visit - Follow-up", "Alan P. Whitcombe, MD", "NCHP Springdale Clinic", D(v1, "mdy")],
             ["Office Visit - Acute (cough)", "Maria T. Ochoa, NP", "NCHP Springdale Clinic", D(v0, "mdy")]],
            [160, 140, 140, 80], **tbl)


# --------------------------------------------------------------------------- 12 AE
@doc("12", "ae", "cerner_visit_summary", country="United Arab Emirates", document_type="medical_record",
     margins=(42, 42, 70, 56),
     kind="Cerner-style outpatient visit summary print (repeating banner, health maintenance, "
          "discontinued medicines)")
def d12(w, t):
    dt = "2025-11-03"
    t.service_date = dt

    def head(w_):
        top = w_.PH - 30
        w_.rect(w_.left, top - 30, w_.width, 30, lw=0.8)
        w_.text(w_.left + 5, top - 11, "AL-MANSOURI, OMAR KHALID", "Helvetica-Bold", 10)
        w_.text(w_.left + 5, top - 23, "MRN: 00-4412-987   FIN: 2511030044   DOB: 14/06/1988 (37 years)   "
                "Sex: Male", "Helvetica", 7.8)
        w_.text(w_.right - 5, top - 11, "Al Noor Crescent Hospital - Abu Dhabi", "Helvetica-Bold", 8.5, "r")
        w_.text(w_.right - 5, top - 23, "Allergies: Aspirin, Ibuprofen    Dates shown as DD/MM/YYYY",
                "Helvetica", 7.8, "r")
        w_.y = top - 40
    w.header = head
    w.footer = lambda w_: (
        w_.text(w_.left, 34, f"Printed: {D(dt, 'dmy')} 11:20 GST by NURSE, RASHA (RN)", "Helvetica", 7),
        w_.text(w_.right, 34, f"Page {w_.page} of {w_.ntot}", "Helvetica", 7, "r"))
    head(w)
    w.line("Clinical Visit Summary", "Helvetica-Bold", 14)
    w.line(f"Outpatient - Family Medicine Clinic, Level 2   |   Visit date: {D(dt, 'dmy')} 10:42   |   "
           "Attending: Dr. Faisal Rahman (Family Physician)", "Helvetica", 8)
    w.gap(4)

    def sec(title):
        w.ensure(40)
        w.gap(5)
        w.line(title, "Helvetica-Bold", 10.5)
        w.hline(lw=0.6, gray=0.2)
        w.gap(3)

    S, L = 8.6, 11.2
    sec("Reason for Visit")
    w.para("Facial pain and nasal congestion for 12 days, worse for the last 3 days; cough at night. "
           "No fever > 38.5, no visual changes, no periorbital swelling. Using salbutamol about twice "
           "a day this week.", size=S, lead=L)
    t.mn("conditions", "periorbital swelling", "negated")
    t.mn("conditions", "visual changes", "negated")
    sec("Vital Signs")
    VIT = [("Temperature Oral", "temperature", "37.9", "DegC"), ("Heart Rate Peripheral", "heart_rate", "92", "bpm"),
           ("Respiratory Rate", "respiratory_rate", "18", "br/min"),
           ("Systolic/Diastolic BP", "blood_pressure", "128/78", "mmHg"),
           ("SpO2", "oxygen_saturation", "97", "%"), ("Weight Measured", "weight", "81", "kg"),
           ("Height/Length Measured", "height", "176", "cm"), ("Body Mass Index Measured", "bmi", "26.15", "kg/m2")]
    rows = []
    for lab_, kind, v, u in VIT:
        rows.append([lab_, f"{v} {u}", f"{D(dt, 'dmy')} 10:42"])
        t.vit(kind, v, u, date=dt, time="10:42")
    w.table(["Measurement", "Result", "Date/Time"], rows, [200, 120, 120], size=S, ruled="rows")
    sec("Diagnoses")
    DX = [("Acute maxillary sinusitis, unspecified", "J01.00", "This Visit", "active"),
          ("Moderate persistent asthma, uncomplicated", "J45.40", "Chronic", "active"),
          ("Allergic rhinitis due to pollen", "J30.1", "Chronic", "active"),
          ("Community-acquired pneumonia", "J18.9", "Resolved (03/2024)", "resolved")]
    for n, icd, typ, st in DX:
        t.cond(n, st, icd=icd, also=["history"] if st == "resolved" else None)
    w.table(["Diagnosis", "Code (ICD-10-CM)", "Type"], [[a, b, c_] for a, b, c_, _ in DX],
            [260, 100, 130], size=S, ruled="rows")
    sec("Allergies")
    ALG = [("Aspirin", "Bronchospasm", "Severe", "Active"), ("Ibuprofen", "Wheezing", "Moderate", "Active")]
    for s, r, sev, st in ALG:
        t.alg(s, r, sev)
    w.table(["Substance", "Reaction", "Severity", "Status"], [list(a) for a in ALG], [150, 150, 90, 90],
            size=S, ruled="rows")
    sec("Medications")
    w.line("New prescriptions this visit", "Helvetica-BoldOblique", S, lead=L)
    NEW = [("amoxicillin/clavulanate", "Augmentin", "875/125", "mg", "Oral", "BID", "new",
            "amoxicillin/clavulanate (Augmentin) 875/125 mg tablet", "1 tab, Oral, BID, for 7 days, "
            "with food", "#14, 0 refills")]
    CONT = [("fluticasone/salmeterol", "Seretide Accuhaler", "250/50", "mcg", "Inhalation", "BID", "active",
             "fluticasone/salmeterol (Seretide Accuhaler) 250/50 mcg", "1 puff, Inhalation, BID", ""),
            ("montelukast", None, "10", "mg", "Oral", "at bedtime", "active", "montelukast 10 mg tablet",
             "1 tab, Oral, at bedtime", ""),
            ("salbutamol", "Ventolin HFA", "100", "mcg", "Inhalation", "every 4-6 hours as needed", "active",
             "salbutamol (Ventolin HFA) 100 mcg/puff inhaler",
             "2 puff, Inhalation, every 4-6 hours as needed for wheeze", "")]
    STOP = [("cetirizine", None, "10", "mg", "Oral", "once daily", "stopped", "cetirizine 10 mg tablet",
             "1 tab, Oral, once daily", "Discontinued 03/11/2025 - patient reports drowsiness")]

    def medrows(lst):
        rows = []
        for name, brand, dose, unit, route, freq, st, disp, sig, comment in lst:
            rows.append([disp, sig, comment])
            t.med(name, dose, unit, route, freq, st, brand=brand,
                  also=["active"] if st == "new" else None,
                  note="2 puffs per dose" if name == "salbutamol" else None)
            if st == "stopped":
                t.mn("medications", name, "stopped")
        return rows
    w.table(["Medication", "Instructions", "Comments"], medrows(NEW), [200, 200, 110], size=S)
    w.line("Continue these home medications", "Helvetica-BoldOblique", S, lead=L)
    w.table(["Medication", "Instructions", "Comments"], medrows(CONT), [200, 200, 110], size=S)
    w.line("Stop taking these medications", "Helvetica-BoldOblique", S, lead=L)
    w.table(["Medication", "Instructions", "Comments"], medrows(STOP), [200, 200, 110], size=S)
    sec("Immunizations Administered This Visit")
    t.imm("Influenza vaccine, quadrivalent", dt, None, "V4K219", "Vaxigrip Tetra", order_stated=True)
    w.table(["Vaccine", "Date", "Dose/Route/Site", "Lot", "Manufacturer"],
            [["Influenza vaccine, quadrivalent (Vaxigrip Tetra)", D(dt, "dmy"), "0.5 mL, IM, Left deltoid",
              "V4K219", "Sanofi"]], [175, 62, 120, 55, 98], size=S)
    sec("Laboratory Results (collected 03/11/2025 10:58)")
    LABS = [("WBC", "11.6", "x10^3/uL", "4.0-11.0"), ("Eosinophils %", "7.8", "%", "0.0-6.0"),
            ("Hemoglobin", "15.1", "g/dL", "13.0-17.0"), ("Platelet", "288", "x10^3/uL", "150-410"),
            ("CRP", "24", "mg/L", "0-5")]
    rows = []
    for n, v, u, r in LABS:
        row = t.lab(n, v, u, r, dt)
        rows.append([n, (v + {"high": " (H)", "low": " (L)"}.get(row["flag"], ""),
                         "Helvetica-Bold" if row["flag"] != "normal" else "Helvetica"), u, r])
    w.table(["Test", "Result", "Units", "Reference Range"], rows, [160, 90, 100, 110], size=S)
    sec("Health Maintenance")
    HM = [("Influenza vaccine", "Satisfied", D(dt, "dmy")), ("Tetanus/diphtheria/pertussis (Tdap) booster",
          "Due", "Since 01/2025"), ("Pneumococcal vaccine (PPSV23) - asthma indication", "Overdue", "Since 06/2024"),
          ("Diabetes screening (HbA1c)", "Due", "Now"), ("Lipid screening", "Not due", "Next 06/2026")]
    t.mn("immunizations", "Tdap", "due")
    t.mn("immunizations", "Pneumococcal vaccine (PPSV23)", "due", "overdue")
    w.table(["Topic", "Status", "Date"], [list(h) for h in HM], [280, 100, 110], size=S)
    sec("Patient Instructions")
    w.para("Complete the full 7-day course of antibiotics even if you feel better. Saline nasal rinses "
           "twice daily. Avoid NSAIDs including ibuprofen and aspirin-containing cold remedies. Return "
           "to the Emergency Department if you develop swelling around the eyes, severe headache, or "
           "shortness of breath not relieved by your inhaler.", size=S, lead=L)
    t.mn("medications", "ibuprofen", "other", "advice to avoid; also a listed allergy")
    w.gap(3)
    w.para("Follow-up: Family Medicine in 2 weeks, sooner if worse. Electronically signed by Dr. Faisal "
           f"Rahman on {D(dt, 'dmy')} 11:08 GST.", size=S, lead=L)


# --------------------------------------------------------------------------- 13 HK
@doc("13", "hk", "patient_portal_export", country="Hong Kong SAR", document_type="medical_record",
     margins=(46, 46, 62, 56),
     kind="patient-portal personal health record export (plain-language sections, home readings, "
          "reminders)")
def d13(w, t):
    exp = "2026-03-05"
    t.service_date = exp

    def head(w_):
        w_.text(w_.left, w_.PH - 32, "Victoria Harbour Health  |  My Health Record", "Helvetica-Bold", 9)
        w_.text(w_.right, w_.PH - 32, "CHAN Siu Ling, Mandy  \u00b7  DOB 22-09-1984", "Helvetica", 8.5, "r")
        w_.hline(y=w_.PH - 38, lw=0.4)
        w_.y = w_.PH - 48
    w.header = head
    w.footer = lambda w_: (
        w_.text(w_.left, 34, f"Exported {D(exp, 'dmy-')} 21:14 from https://myhealth.example  \u00b7  "
                "This export may not include all of your records.", "Helvetica", 6.8),
        w_.text(w_.right, 34, f"{w_.page}/{w_.ntot}", "Helvetica", 7, "r"))
    head(w)
    w.line("My Health Record - Summary Export", "Helvetica-Bold", 15)
    w.line("Name: CHAN Siu Ling, Mandy    Patient no.: VHH-2208417    Family doctor: Dr Wong Ka Fai "
           "(Harbourfront Medical Group, Tel 3555 0123)", "Helvetica", 8)
    w.gap(4)
    S, L = 9, 12

    def sec(title):
        w.ensure(46)
        w.gap(6)
        w.rect(w.left, w.y - 16, w.width, 16, lw=0, fill=0.9, stroke=False)
        w.text(w.left + 5, w.y - 12, title, "Helvetica-Bold", 10)
        w.y -= 21

    sec("My Allergies")
    w.line("No known allergies", "Helvetica", S, lead=L, x=w.left + 5)
    t.mn("allergies", "No known allergies", "negated")
    sec("My Health Issues")
    ISS = [("Graves' disease", "active", "Current", "Since 11-2025"),
           ("Migraine", "active", "Current", "Since 2012"),
           ("Iron deficiency", "active", "Current", "Since 06-2025"),
           ("Gastroenteritis", "resolved", "Resolved", "14-08-2025")]
    for n, st, lab_, since in ISS:
        t.cond(n, st, also=["history"] if st == "resolved" else None)
    w.table(["Health issue", "Status", "Date"], [[a, c_, d_] for a, _, c_, d_ in ISS], [250, 110, 120],
            size=S, ruled="rows")
    sec("My Medicines")
    w.line("Current medicines", "Helvetica-Bold", S, lead=L)
    CUR = [("carbimazole", None, "10", "mg", None, "twice a day", "Carbimazole 10 mg tablet",
            "Take one tablet twice a day", "Dr Leung (Endocrinology), 05-01-2026"),
           ("propranolol", None, "10", "mg", None, "three times a day when needed",
            "Propranolol 10 mg tablet", "Take one tablet three times a day when needed for palpitations",
            "Dr Leung (Endocrinology), 14-11-2025"),
           ("sumatriptan", None, "50", "mg", None, "at onset of migraine", "Sumatriptan 50 mg tablet",
            "Take one tablet at onset of migraine; may repeat after 2 hours", "Dr Wong, 02-10-2025"),
           ("ferrous fumarate", None, "200", "mg", None, "once a day", "Ferrous fumarate 200 mg tablet",
            "Take one tablet once a day after food", "Dr Wong, 20-06-2025")]
    rows = []
    for name, brand, dose, unit, route, freq, disp, sig, who in CUR:
        rows.append([disp, sig, who])
        t.med(name, dose, unit, route, freq, "active")
    w.table(["Medicine", "How to take", "Prescribed by / date"], rows, [150, 210, 140], size=S)
    w.line("Past medicines", "Helvetica-Bold", S, lead=L)
    PAST = [("naproxen", "500", "mg", "twice a day", "stopped", "Naproxen 500 mg tablet",
             "Take one tablet twice a day with food", "Ended 02-12-2025 (stopped by doctor)"),
            ("amoxicillin", "500", "mg", "three times a day", "completed", "Amoxicillin 500 mg capsule",
             "Take one capsule three times a day for 5 days", "Course completed 20-02-2026")]
    rows = []
    for name, dose, unit, freq, st, disp, sig, end in PAST:
        rows.append([disp, sig, end])
        t.med(name, dose, unit, None, freq, st)
        t.mn("medications", name, "stopped", st)
    w.table(["Medicine", "How to take", "Status"], rows, [150, 210, 140], size=S)
    sec("My Test Results")
    RES = [("Free T4", "pmol/L", "11.5 - 22.7", {"2026-01-05": "31.5", "2026-03-02": "22.4"}),
           ("TSH", "mIU/L", "0.35 - 4.94", {"2026-01-05": "<0.01", "2026-03-02": "0.02"}),
           ("Free T3", "pmol/L", "2.4 - 6.0", {"2026-01-05": "11.2", "2026-03-02": "6.8"}),
           ("TSH receptor antibody (TRAb)", "IU/L", "< 1.75", {"2026-01-05": "4.2"}),
           ("White blood cell count", "x10^9/L", "3.9 - 9.9", {"2026-03-02": "4.8"}),
           ("Neutrophils", "x10^9/L", "1.8 - 7.0", {"2026-03-02": "2.1"}),
           ("ALT", "U/L", "< 33", {"2026-03-02": "22"}),
           ("Ferritin", "ug/L", "15 - 150", {"2026-03-02": "41"}),
           ("Hepatitis B surface antibody (anti-HBs)", "mIU/mL", "> 10", {"2026-03-02": "<2.0"})]
    rows = []
    for n, u, r, vals in RES:
        for d_ in sorted(vals):
            row = t.lab(n, vals[d_], u, r, d_)
            word = {"high": "High", "low": "Low", "normal": "Normal"}[row["flag"]]
            rows.append([n, f"{vals[d_]} {u}", f"{r} {u}", word, D(d_, "dmy-")])
    w.table(["Test", "Your value", "Standard range", "", "Date"], rows, [160, 90, 120, 50, 80], size=8.6)
    sec("My Measurements (home readings entered by you)")
    MEAS = [("2026-03-01", "118/76", "88", "54.2"), ("2026-03-03", "122/80", "84", "54.0")]
    rows = []
    for d_, bp, hr, wt in MEAS:
        rows.append([D(d_, "dmy-"), f"{bp} mmHg", f"{hr} beats/min", f"{wt} kg"])
        t.vit("blood_pressure", bp, "mmHg", date=d_, note="home reading")
        t.vit("heart_rate", hr, "beats/min", date=d_, note="home reading")
        t.vit("weight", wt, "kg", date=d_, note="home reading")
    w.table(["Date", "Blood pressure", "Pulse", "Weight"], rows, [100, 120, 120, 120], size=S)
    sec("My Vaccinations")
    VAC = [("COVID-19 vaccine (Comirnaty)", "2025-10-18", "FN4471", "COVID-19 vaccine", "Comirnaty"),
           ("Seasonal influenza vaccine (Vaxigrip Tetra)", "2025-11-02", "W7X322", "Seasonal influenza vaccine",
            "Vaxigrip Tetra"),
           ("Tdap (Boostrix)", "2024-05-15", "AC37B551", "Tdap", "Boostrix")]
    rows = []
    for disp, d_, lot, vac, brand in VAC:
        rows.append([disp, D(d_, "dmy-"), lot])
        t.imm(vac, d_, None, lot, brand, order_stated=False)
    w.table(["Vaccine", "Date given", "Batch"], rows, [250, 110, 110], size=S)
    sec("Reminders")
    REM = [("Hepatitis B vaccination (you are not immune)", "Due now"),
           ("Cervical screening", "Due 06-2026"),
           ("Thyroid blood test", "Due 04-2026")]
    t.mn("immunizations", "Hepatitis B vaccination", "due")
    w.table(["Reminder", "When"], [list(r) for r in REM], [300, 150], size=S)


# --------------------------------------------------------------------------- 14 GB discharge
@doc("14", "gb", "discharge_summary_tto", country="United Kingdom", document_type="discharge_summary",
     margins=(44, 44, 66, 54),
     kind="NHS electronic discharge summary with TTO medication-change table and hospital-only drugs")
def d14(w, t):
    adm, dis = "2026-01-12", "2026-01-19"
    t.service_date = dis

    def head(w_):
        w_.text(w_.left, w_.PH - 30, "Kingsmere University Hospitals NHS Foundation Trust", "Helvetica-Bold", 9)
        w_.text(w_.right, w_.PH - 30, "ELECTRONIC DISCHARGE SUMMARY", "Helvetica-Bold", 9, "r")
        w_.text(w_.left, w_.PH - 42, "PEMBERTON, Harold   NHS No: 999 876 5432   Hosp No: K0918832   "
                "DOB: 02 Apr 1948", "Helvetica", 8)
        w_.hline(y=w_.PH - 48, lw=0.7, gray=0)
        w_.y = w_.PH - 58
    w.header = head
    w.footer = lambda w_: w_.text(w_.right, 34, f"Page {w_.page} of {w_.ntot}  -  Printed {D(dis, 'ddMy')} "
                                  "15:47", "Helvetica", 7, "r")
    head(w)
    S, L = 8.6, 11.2
    info = [("Ward:", "Ward 22 (Cardiology)"), ("Consultant:", "Dr S. Okafor"),
            ("Admitted:", D(adm, "ddMy")), ("Discharged:", D(dis, "ddMy")),
            ("Method of admission:", "Emergency via ED"), ("Discharge destination:", "Usual residence"),
            ("GP:", "Dr R. Patel, Eastgate Surgery"), ("Completed by:", "Dr L. Haddad (FY2)")]
    for i in range(0, len(info), 2):
        (a, b), (c_, d_) = info[i], info[i + 1]
        w.text(w.left, w.y - 9, a, "Helvetica-Bold", S)
        w.text(w.left + 110, w.y - 9, b, "Helvetica", S)
        w.text(w.left + 280, w.y - 9, c_, "Helvetica-Bold", S)
        w.text(w.left + 390, w.y - 9, d_, "Helvetica", S)
        w.y -= 11.5
    w.gap(3)

    def sec(title):
        w.ensure(40)
        w.gap(5)
        w.rect(w.left, w.y - 14, w.width, 14, lw=0.5, fill=0.88)
        w.text(w.left + 4, w.y - 10.5, title, "Helvetica-Bold", 9.5)
        w.y -= 18

    sec("DIAGNOSES")
    DX = [("Primary:", "Acute decompensated heart failure (HFrEF, LVEF 30%)", "I50.0", "active"),
          ("Secondary:", "Acute kidney injury stage 2 - resolved", "N17.9", "resolved"),
          ("", "Hypokalaemia - corrected", None, "resolved"),
          ("", "Acute gout flare (right first MTP joint) - settled", None, "resolved")]
    for lab_, n, icd, st in DX:
        w.text(w.left, w.y - 9, lab_, "Helvetica-Bold", S)
        w.text(w.left + 70, w.y - 9, n + (f"  ({icd})" if icd else ""), "Helvetica", S)
        w.y -= L
        name = n.split(" - ")[0].split(" (")[0] if st == "resolved" else "Acute decompensated heart failure"
        t.cond(name, st, icd=icd, also=["history"] if st == "resolved" else None,
               aliases=("HFrEF",) if st == "active" else ())
    w.text(w.left, w.y - 9, "Comorbidities:", "Helvetica-Bold", S)
    COM = [("Type 2 diabetes mellitus", "active"), ("Chronic kidney disease stage 3a", "active"),
           ("Gout", "active"), ("Previous myocardial infarction (2019)", "history")]
    w.text(w.left + 70, w.y - 9, "; ".join(c[0] for c in COM), "Helvetica", S)
    w.y -= L
    for n, st in COM:
        nm = "myocardial infarction" if st == "history" else n
        t.cond(nm, st, also=["resolved"] if st == "history" else None,
               note="'Previous myocardial infarction (2019)'" if st == "history" else None)
    sec("CLINICAL SUMMARY")
    w.para("Mr Pemberton (77) presented with two weeks of worsening breathlessness, orthopnoea and "
           "bilateral leg oedema, with 6 kg weight gain. No chest pain; troponin was not elevated. "
           "Echo showed severe LV systolic dysfunction (LVEF 30%) with no significant valvular "
           "disease. He was treated with IV furosemide, with good diuresis, and metolazone was added "
           "for 2 days. Creatinine rose to 168 on admission (AKI stage 2) and ramipril was withheld; "
           "renal function improved with decongestion. Metformin has been stopped because of his "
           "reduced eGFR. He developed an acute gout flare on day 4, treated with a 5-day course of "
           "colchicine; naproxen has been stopped given his heart failure. He is euvolaemic at "
           "discharge and mobilising independently.", size=S, lead=L)
    t.mn("conditions", "chest pain", "negated")
    t.mn("conditions", "valvular disease", "negated")
    sec("OBSERVATIONS AT DISCHARGE")
    V = [("blood_pressure", "108/64", "mmHg", dis), ("heart_rate", "68", "bpm", dis),
         ("oxygen_saturation", "95", "%", dis), ("respiratory_rate", "16", "/min", dis),
         ("weight", "76.9", "kg", dis), ("weight", "83.2", "kg", adm)]
    w.para(f"BP 108/64 mmHg   HR 68 bpm   SpO2 95% on air   RR 16/min   Weight 76.9 kg (admission "
           f"weight 83.2 kg on {D(adm, 'ddMy')})", size=S, lead=L)
    for k, v, u, d_ in V:
        t.vit(k, v, u, date=d_, note="admission weight" if d_ == adm else None)
    sec("KEY RESULTS")
    LABS = [("Sodium", "mmol/L", "133 - 146", "131", "136"), ("Potassium", "mmol/L", "3.5 - 5.3", "3.1", "4.3"),
            ("Urea", "mmol/L", "2.5 - 7.8", "14.2", "10.1"), ("Creatinine", "umol/L", "59 - 104", "168", "121"),
            ("eGFR", "mL/min/1.73m2", "> 60", "33", "49"), ("Magnesium", "mmol/L", "0.70 - 1.00", "0.58", "0.79"),
            ("Haemoglobin", "g/L", "130 - 180", "118", "121"), ("NT-proBNP", "ng/L", "< 400", "6240", None)]
    rows = []
    for n, u, r, a, b in LABS:
        cells = [n]
        for d_, v in ((adm, a), (dis, b)):
            if v is None:
                cells.append("-")
                continue
            row = t.lab(n, v, u, r, d_)
            cells.append(v + {"high": " H", "low": " L"}.get(row["flag"], ""))
        rows.append(cells + [u, r])
    w.table(["Test", D(adm, "ddMy"), D(dis, "ddMy"), "Units", "Range"], rows, [120, 80, 80, 100, 90],
            size=S, ruled="rows")
    sec("MEDICATIONS ON DISCHARGE (TTO)")
    TTO = [("Furosemide", "40 mg", "Oral", "BD (8am and 2pm)", "CHANGED", "Previously 40 mg OM",
            ("furosemide", "40", "mg", "Oral", "BD (8am and 2pm)", "changed")),
           ("Spironolactone", "25 mg", "Oral", "OM", "NEW", "Check K+ and U&E in 1 week",
            ("spironolactone", "25", "mg", "Oral", "OM", "new")),
           ("Bisoprolol fumarate", "2.5 mg", "Oral", "OD", "CONTINUED", "",
            ("bisoprolol fumarate", "2.5", "mg", "Oral", "OD", "active")),
           ("Ramipril", "2.5 mg", "Oral", "OD", "WITHHELD", "AKI - GP to restart when creatinine < 130",
            ("ramipril", "2.5", "mg", "Oral", "OD", "held")),
           ("Gliclazide", "80 mg", "Oral", "BD", "CONTINUED", "",
            ("gliclazide", "80", "mg", "Oral", "BD", "active")),
           ("Metformin", "1 g", "Oral", "BD", "STOPPED", "eGFR 33 on admission",
            ("metformin", "1", "g", "Oral", "BD", "stopped")),
           ("Allopurinol", "100 mg", "Oral", "OD", "CONTINUED", "Do not stop during flares",
            ("allopurinol", "100", "mg", "Oral", "OD", "active")),
           ("Atorvastatin", "80 mg", "Oral", "ON", "CONTINUED", "",
            ("atorvastatin", "80", "mg", "Oral", "ON", "active")),
           ("Colchicine", "500 micrograms", "Oral", "BD", "COMPLETED", "5-day course 15/01 - 19/01",
            ("colchicine", "500", "micrograms", "Oral", "BD", "completed")),
           ("Naproxen", "250 mg", "Oral", "TDS PRN", "STOPPED", "NSAID - avoid in heart failure",
            ("naproxen", "250", "mg", "Oral", "TDS PRN", "stopped"))]
    rows = []
    for a, b, c_, d_, e, f, spec in TTO:
        rows.append([(a, "Helvetica-Bold"), b, c_, d_, (e, "Helvetica-Bold"), f])
        name, dose, unit, route, freq, st = spec
        t.med(name, dose, unit, route, freq, st, also=["active"] if st == "new" else None)
        if st in ("stopped", "completed"):
            t.mn("medications", name, "stopped", "course completed" if st == "completed" else None)
    w.table(["Medicine", "Dose", "Route", "Frequency", "Status", "Comments"], rows,
            [100, 75, 40, 85, 70, 137], size=8.3, ruled="rows", vlines=True)
    w.gap(4)
    w.line("Medicines given during admission only (NOT for discharge):", "Helvetica-Bold", S, lead=L)
    HOSP = [("Enoxaparin", "40 mg SC OD (VTE prophylaxis, 12/01 - 19/01)"),
            ("Metolazone", "2.5 mg oral, 2 doses (14/01 and 15/01)"),
            ("Potassium chloride", "40 mmol in 1 L sodium chloride 0.9% IV over 8 h (13/01)"),
            ("Magnesium sulfate", "2 g IV over 1 h (13/01)")]
    for n, d_ in HOSP:
        w.bullet(f"{n} {d_}", size=S, lead=L, x=w.left + 8)
        t.mn("medications", n, "other", "given in hospital only")
    sec("ALLERGIES / ADVERSE DRUG REACTIONS")
    ALG = [("Penicillin", "rash (non-urticarial)", "mild"), ("Elastoplast", "skin blistering", None)]
    w.para("Penicillin - rash (non-urticarial), mild.   Elastoplast - skin blistering.", size=S, lead=L)
    for s, r, sev in ALG:
        t.alg(s, r, sev)
    sec("ACTIONS FOR GP")
    ACT = ["Please check U&E and potassium in 1 week (new spironolactone, diuretic dose change).",
           "Restart ramipril 2.5 mg OD if creatinine < 130 umol/L and K+ < 5.0 mmol/L.",
           "Heart failure clinic to start an SGLT2 inhibitor (dapagliflozin) at follow-up if renal function allows.",
           "Patient advised to weigh daily; contact the HF nurse if weight rises by more than 2 kg in 3 days.",
           "Avoid NSAIDs such as ibuprofen and diclofenac."]
    for i, a in enumerate(ACT, 1):
        w.bullet(a, size=S, lead=L, sym=f"{i}.", x=w.left + 4)
    t.mn("medications", "dapagliflozin", "planned")
    t.mn("medications", "ibuprofen", "other", "advice to avoid")
    t.mn("medications", "diclofenac", "other", "advice to avoid")
    w.gap(4)
    w.para("Follow-up: Heart failure nurse clinic in 2 weeks; cardiology outpatients (Dr Okafor) in 6 "
           "weeks. Information given to patient and daughter.", size=S, lead=L)


# --------------------------------------------------------------------------- 15 NG discharge
@doc("15", "ng", "discharge_summary_malaria", country="Nigeria", document_type="discharge_summary",
     margins=(50, 50, 56, 54),
     kind="teaching-hospital discharge summary (typed), serial results, hospital-only IV treatment, "
          "medication changes")
def d15(w, t):
    adm, d3, dis = "2025-05-27", "2025-05-30", "2025-06-02"
    t.service_date = dis
    w.footer = lambda w_: w_.text(w_.right, 34, f"LHTH/2025/00417 - Page {w_.page} of {w_.ntot}",
                                  "Times-Roman", 8, "r")
    w.header = lambda w_: (w_.text(w_.left, w_.PH - 36, "Discharge Summary - Mr Chukwuemeka ADEYEMI-OBI "
                                   "(LHTH/2025/00417) - continued", "Times-Italic", 9),
                           setattr(w_, "y", w_.PH - 54))
    w.text(w.PW / 2, w.y - 15, "LAGOS HARBOUR TEACHING HOSPITAL", "Times-Bold", 15, "c")
    w.text(w.PW / 2, w.y - 28, "Department of Internal Medicine  \u00b7  P.M.B. 00000, Lagos  \u00b7  "
           "Tel: 0700 555 0101", "Times-Roman", 9, "c")
    w.y -= 36
    w.hline(lw=1.1, gray=0)
    w.gap(4)
    w.line("DISCHARGE SUMMARY", "Times-Bold", 12, align="c")
    S, L = 10, 13
    meta = [("Name:", "Mr Chukwuemeka ADEYEMI-OBI", "Hosp. No.:", "LHTH/2025/00417"),
            ("Age/Sex:", "38 years / Male", "Ward:", "Male Medical Ward 3"),
            ("Date of admission:", D(adm, "dmy"), "Date of discharge:", D(dis, "dmy")),
            ("Consultant:", "Dr (Mrs) F. O. Adebayo", "Prepared by:", "Dr T. Eze (Registrar)")]
    for a, b, c_, d_ in meta:
        w.text(w.left, w.y - 10, a, "Times-Bold", S)
        w.text(w.left + 110, w.y - 10, b, "Times-Roman", S)
        w.text(w.left + 285, w.y - 10, c_, "Times-Bold", S)
        w.text(w.left + 390, w.y - 10, d_, "Times-Roman", S)
        w.y -= L
    w.gap(4)
    H = lambda s: (w.gap(4), w.line(s, "Times-Bold", 10.5, lead=14))
    P = lambda s: w.para(s, "Times-Roman", S, L)
    H("DIAGNOSES")
    DX = [("Severe falciparum malaria with severe anaemia", "resolved", "treated"),
          ("Acute kidney injury", "resolved", "resolved"),
          ("Hypertension", "active", "known, on treatment")]
    for i, (n, st, note) in enumerate(DX, 1):
        w.line(f"{i}. {n} ({note})", "Times-Roman", S, lead=L, x=w.left + 10)
        t.cond(n, st, also=["history", "active"] if n.startswith("Severe") else (
            ["history"] if st == "resolved" else None))
    H("PRESENTING COMPLAINTS")
    P("3 days of high-grade fever with chills and rigors, vomiting, generalised body weakness and "
      "passage of dark urine. No seizures, no loss of consciousness, no jaundice and no bleeding "
      "tendency. Not on malaria prophylaxis; does not sleep under an insecticide-treated net.")
    for n in ("seizures", "loss of consciousness", "jaundice"):
        t.mn("conditions", n, "negated")
    H("PAST MEDICAL / FAMILY HISTORY")
    P("Known hypertensive of 4 years on nifedipine and lisinopril. No known diabetes or asthma. "
      "Haemoglobin genotype AS. His younger sister has sickle cell anaemia (HbSS). Father died of "
      "stroke at 66.")
    t.mn("conditions", "diabetes", "negated")
    t.mn("conditions", "asthma", "negated")
    t.mn("conditions", "sickle cell anaemia", "family")
    t.mn("conditions", "stroke", "family")
    t.lab("Haemoglobin genotype", "AS", None, None, adm, flag=None, optional=True,
          note="stated in history, no test date; carrier state")
    H("ALLERGIES")
    P("Sulfadoxine-pyrimethamine (Fansidar) - generalised skin rash with blistering (severe). "
      "Chloroquine - generalised itching.")
    t.alg("Chloroquine", "generalised itching", None)
    t.alg("Sulfadoxine-pyrimethamine", "generalised skin rash with blistering", "severe",
          note="brand Fansidar printed")
    H("INVESTIGATIONS")
    LABS = [("Malaria parasite (thick film)", None, None, {adm: ("+++", "abnormal"), d3: ("Negative", "normal")}),
            ("Parasite density", "%", None, {adm: ("4.2", None)}),
            ("PCV", "%", "40 - 54", {adm: "17", dis: "26"}),
            ("WBC", "x10^9/L", "4.0 - 11.0", {adm: "9.8", dis: "7.1"}),
            ("Platelets", "x10^9/L", "150 - 400", {adm: "64", dis: "155"}),
            ("Creatinine", "\u00b5mol/L", "62 - 115", {adm: "212", dis: "98"}),
            ("Urea", "mmol/L", "2.5 - 7.1", {adm: "14.6", dis: "5.9"}),
            ("Random blood sugar", "mmol/L", "3.9 - 7.8", {adm: "5.8"}),
            ("Total bilirubin", "\u00b5mol/L", "3 - 21", {adm: "38"}),
            ("HIV 1 & 2 screening", None, None, {adm: ("Non-reactive", "normal")}),
            ("Blood culture", None, None, {adm: ("No growth after 5 days", "normal")})]
    rows = []
    for n, u, r, vals in LABS:
        cells = [n]
        for d_ in (adm, d3, dis):
            v = vals.get(d_)
            if v is None:
                cells.append("")
                continue
            if isinstance(v, tuple):
                v, fl = v
                row = t.lab(n, v, u, r, d_, flag=fl)
            else:
                row = t.lab(n, v, u, r, d_)
            cells.append(v + {"high": " (H)", "low": " (L)"}.get(row["flag"], ""))
        rows.append(cells + [u or "", r or ""])
    w.table(["Test", D(adm, "dmy"), D(d3, "dmy"), D(dis, "dmy"), "Unit", "Ref."], rows,
            [140, 72, 62, 62, 58, 62], font="Times-Roman", hfont="Times-Bold", size=9.2, ruled="rows")
    w.gap(2)
    P("Abdominal ultrasound: mild hepatosplenomegaly; no ascites. Chest X-ray: normal.")
    t.mn("conditions", "ascites", "negated")
    H("TREATMENT ON THE WARD")
    P("IV artesunate 2.4 mg/kg at 0, 12 and 24 hours, then daily until able to take orally (3 days "
      "total); transfused 2 units of packed red cells on day 1; IV ceftriaxone 2 g daily for 5 days "
      "pending blood culture; IV 0.9% saline. Nifedipine and lisinopril were withheld while "
      "hypotensive and during AKI; blood pressure rose again from day 4 and amlodipine was started.")
    for n in ("artesunate", "ceftriaxone", "packed red cells"):
        t.mn("medications", n, "other", "given in hospital only")
    H("MEDICATIONS ON DISCHARGE")
    MEDS = [("Artemether/lumefantrine (Coartem)", "80/480 mg", "1 tab BD x 3 days", "NEW - to complete ACT",
             ("artemether/lumefantrine", "Coartem", "80/480", "mg", "BD x 3 days", "new")),
            ("Ferrous sulphate", "200 mg", "TDS x 3 months", "NEW",
             ("ferrous sulphate", None, "200", "mg", "TDS x 3 months", "new")),
            ("Folic acid", "5 mg", "daily", "NEW", ("folic acid", None, "5", "mg", "daily", "new")),
            ("Amlodipine", "10 mg", "daily", "NEW (replaces nifedipine)",
             ("amlodipine", None, "10", "mg", "daily", "new")),
            ("Paracetamol", "1 g", "TDS PRN x 5 days", "NEW", ("paracetamol", None, "1", "g", "TDS PRN x 5 days",
                                                              "new")),
            ("Nifedipine retard", "20 mg", "BD", "STOPPED", ("nifedipine", None, "20", "mg", "BD", "stopped")),
            ("Lisinopril", "10 mg", "daily", "WITHHELD until renal review",
             ("lisinopril", None, "10", "mg", "daily", "held"))]
    rows = []
    for a, b, c_, d_, spec in MEDS:
        rows.append([a, b, c_, d_])
        name, brand, dose, unit, freq, st = spec
        t.med(name, dose, unit, None, freq, st, brand=brand, also=["active"] if st == "new" else None,
              aliases=("nifedipine retard",) if name == "nifedipine" else ())
        if st == "stopped":
            t.mn("medications", name, "stopped")
    w.table(["Drug", "Dose", "Frequency / duration", "Status"], rows, [170, 70, 120, 135],
            font="Times-Roman", hfont="Times-Bold", size=9.6, ruled="rows")
    H("CONDITION AT DISCHARGE")
    V = [("temperature", "36.8", "\u00b0C"), ("heart_rate", "84", "/min"), ("blood_pressure", "138/86", "mmHg"),
         ("respiratory_rate", "18", "/min"), ("weight", "72", "kg")]
    P("Clinically stable, afebrile. Temp 36.8 \u00b0C, pulse 84/min, BP 138/86 mmHg, RR 18/min, weight "
      "72 kg. Tolerating orally.")
    for k, v, u in V:
        t.vit(k, v, u, date=dis)
    H("FOLLOW-UP PLAN")
    for s_ in ["Medical Outpatient Clinic in 2 weeks with repeat PCV, E/U/Cr.",
               "Hepatitis B surface antigen to be done at the clinic visit (not yet done).",
               "Use insecticide-treated nets; return immediately if fever recurs.",
               "Avoid all sulfa-containing antimalarials."]:
        w.bullet(s_, "Times-Roman", S, L, x=w.left + 8)
    t.mn("labs", "Hepatitis B surface antigen", "planned")
    w.gap(14)
    w.line("Dr T. Eze (Registrar) for Dr (Mrs) F. O. Adebayo, Consultant Physician", "Times-Italic", S)


# --------------------------------------------------------------------------- 16 KE child card
@doc("16", "ke", "child_immunisation_card_scan", country="Kenya", document_type="immunization_record",
     ext="jpg", scan=dict(seed=1616, angles=[-2.1], quality=50, blur=0.8, noise=10.0),
     margins=(34, 34, 34, 42),
     kind="mother-and-child handbook immunisation and growth page, hand-filled entries, scanned to JPEG")
def d16(w, t):
    dob = "2024-03-14"
    HAND = "Helvetica-Oblique"
    w.rect(w.left, w.y - 46, w.width, 46, lw=1.2, fill=0.86)
    w.text(w.PW / 2, w.y - 17, "MOTHER AND CHILD HEALTH HANDBOOK", "Helvetica-Bold", 13, "c")
    w.text(w.PW / 2, w.y - 31, "Section 7: CHILD IMMUNIZATION RECORD  (Kenya Expanded Programme on "
           "Immunization)", "Helvetica-Bold", 8.5, "c")
    w.text(w.PW / 2, w.y - 41, "Bring this booklet to every clinic visit", "Helvetica", 7.5, "c")
    w.y -= 54
    fields = [("Name of child:", "Amani Wanjiru KAMAU", "Sex:", "F"),
              ("Date of birth:", D(dob, "dmy"), "Birth weight:", "3.1 kg"),
              ("Health facility:", "Githurai Health Centre (test)", "CWC No.:", "2024/0331"),
              ("Mother's name:", "Grace Njeri Kamau", "Phone:", "0700 555 014")]
    for a, b, c_, d_ in fields:
        w.text(w.left, w.y - 10, a, "Helvetica", 8.5)
        w.text(w.left + 85, w.y - 10, b, HAND, 10)
        w.hline(w.left + 83, w.left + 300, y=w.y - 12, lw=0.3)
        w.text(w.left + 320, w.y - 10, c_, "Helvetica", 8.5)
        w.text(w.left + 390, w.y - 10, d_, HAND, 10)
        w.hline(w.left + 388, w.right, y=w.y - 12, lw=0.3)
        w.y -= 16
    t.vit("weight", "3.1", "kg", date=dob, note="birth weight")
    w.gap(4)
    w.line("Allergies / adverse events following immunization:  none known", "Helvetica", 8.5)
    t.mn("allergies", "none known", "negated")
    w.gap(4)
    # antigen, dose, due age, iso date given (None = blank), batch, next visit
    E = [("BCG", None, "At birth", dob, "BC24-117", "25/04/2024"),
         ("bOPV", 0, "At birth", dob, "OP-2203", "25/04/2024"),
         ("bOPV", 1, "6 weeks", "2024-04-25", "OP-2291", "23/05/2024"),
         ("Pentavalent (DPT-HepB-Hib)", 1, "6 weeks", "2024-04-25", "PV1184K", "23/05/2024"),
         ("PCV10", 1, "6 weeks", "2024-04-25", "PN10-0457", "23/05/2024"),
         ("Rotavirus (Rotarix)", 1, "6 weeks", "2024-04-25", "AROLB512", "23/05/2024"),
         ("bOPV", 2, "10 weeks", "2024-05-23", "OP-2291", "20/06/2024"),
         ("Pentavalent (DPT-HepB-Hib)", 2, "10 weeks", "2024-05-23", "PV1184K", "20/06/2024"),
         ("PCV10", 2, "10 weeks", "2024-05-23", "PN10-0457", "20/06/2024"),
         ("Rotavirus (Rotarix)", 2, "10 weeks", "2024-05-23", "AROLB530", "20/06/2024"),
         ("bOPV", 3, "14 weeks", "2024-06-20", "OP-2340", "16/09/2024"),
         ("Pentavalent (DPT-HepB-Hib)", 3, "14 weeks", "2024-06-20", "PV1201K", "16/09/2024"),
         ("PCV10", 3, "14 weeks", "2024-06-20", "PN10-0502", "16/09/2024"),
         ("IPV", 1, "14 weeks", "2024-06-20", "IPV-7731", "16/09/2024"),
         ("Malaria vaccine (RTS,S)", 1, "6 months", "2024-09-16", "MV0918A", "14/10/2024"),
         ("Malaria vaccine (RTS,S)", 2, "7 months", "2024-10-14", "MV0918A", "16/12/2024"),
         ("Malaria vaccine (RTS,S)", 3, "9 months", "2024-12-16", "MV1022C", "15/09/2025"),
         ("Measles-Rubella (MR)", 1, "9 months", "2024-12-16", "MR-55810", "15/09/2025"),
         ("Yellow fever", None, "9 months", None, "", "Not given - not in county schedule"),
         ("Measles-Rubella (MR)", 2, "18 months", None, "", "15/09/2025"),
         ("Malaria vaccine (RTS,S)", 4, "24 months", None, "", "")]
    rows = []
    for ant, dose, age, iso, lot, nxt in E:
        dd = "" if dose is None else str(dose)
        rows.append([ant, dd, age, (D(iso, "dmy") if iso else "", HAND), (lot, HAND), (nxt, HAND),
                     ("sn." if iso else "", HAND)])
        if iso:
            brand = "Rotarix" if "Rotarix" in ant else None
            vac = "Rotavirus" if brand else ant
            t.imm(vac, iso, dose, lot, brand, order_stated=True)
    t.mn("immunizations", "Yellow fever", "other", "not given (not in county schedule)")
    t.service_date = "2024-12-16"
    w.table(["Antigen", "Dose", "Due age", "Date given (dd/mm/yyyy)", "Batch No.", "Next visit",
             "Sign"], rows, [140, 30, 55, 95, 70, 107, 30], size=8.2, vlines=True, ruled="rows",
            lead=10.6, header_fill=0.9)
    w.gap(6)
    w.line("Other interventions", "Helvetica-Bold", 9)
    OTH = [("Vitamin A 100,000 IU", "6 months", "2024-09-16"), ("Deworming (Albendazole)", "12 months", None)]
    rows = [[a, b, (D(c_, "dmy") if c_ else "", HAND)] for a, b, c_ in OTH]
    w.table(["Intervention", "Due age", "Date given"], rows, [200, 80, 120], size=8.2, vlines=True,
            lead=10.6)
    t.mn("immunizations", "Vitamin A", "other", "supplement, not a vaccine")
    t.mn("immunizations", "Albendazole", "other", "deworming, not a vaccine")
    w.gap(6)
    w.line("GROWTH MONITORING", "Helvetica-Bold", 9)
    G = [(dob, "3.1", "49.0"), ("2024-04-25", "4.6", ""), ("2024-05-23", "5.4", ""), ("2024-06-20", "6.1", ""),
         ("2024-09-16", "7.4", "64.5"), ("2024-12-16", "8.3", "69.5")]
    rows = []
    for d_, wt, ln in G:
        rows.append([(D(d_, "dmy"), HAND), (wt, HAND), (ln, HAND)])
        if d_ != dob:
            t.vit("weight", wt, "kg", date=d_)
        if ln:
            t.vit("height", ln, "cm", date=d_, note="length")
    w.table(["Date", "Weight (kg)", "Length (cm)"], rows, [120, 90, 90], size=8.2, vlines=True, lead=10.6)


# --------------------------------------------------------------------------- 17 US adult IIS
@doc("17", "us", "adult_immunization_registry", country="United States",
     document_type="immunization_record", pagesize=letter, margins=(42, 42, 50, 54),
     kind="state immunization-registry consolidated history for an adult (no date-format legend), "
          "refusal and forecast")
def d17(w, t):
    printed = "2026-01-20"
    t.service_date = printed
    w.footer = lambda w_: w_.text(w_.right, 34, f"Page {w_.page} of {w_.ntot}", "Helvetica", 7.5, "r")
    w.text(w.PW / 2, w.y - 14, "WESTFALL COUNTY IMMUNIZATION INFORMATION SYSTEM (WCIIS)", "Helvetica-Bold",
           12, "c")
    w.text(w.PW / 2, w.y - 27, "Official Immunization Record - Consolidated History", "Helvetica", 10, "c")
    w.text(w.PW / 2, w.y - 38, "Westfall County Department of Public Health, 300 Civic Plaza, Westfall, "
           "MN 55099   (555) 555-0129", "Helvetica", 7.5, "c")
    w.y -= 46
    w.hline(lw=1, gray=0)
    w.gap(4)
    info = [("Client:", "OKAFOR-LINDQVIST, DENNIS R", "Client ID:", "WC-7730142"),
            ("Birth date:", "12/30/1971", "Sex:", "M"),
            ("Address:", "1180 Lakeview Rd Apt 4, Westfall MN 55099", "Date printed:", D(printed, "mdy")),
            ("Mother's maiden name:", "(not recorded)", "Requested by:", "Prairie Oak Clinic")]
    for a, b, c_, d_ in info:
        w.text(w.left, w.y - 9, a, "Helvetica-Bold", 8.5)
        w.text(w.left + 110, w.y - 9, b, "Helvetica", 8.5)
        w.text(w.left + 340, w.y - 9, c_, "Helvetica-Bold", 8.5)
        w.text(w.left + 420, w.y - 9, d_, "Helvetica", 8.5)
        w.y -= 12
    w.gap(6)
    w.line("VACCINATION HISTORY", "Helvetica-Bold", 10)
    H = [("Influenza", "Influenza, injectable, cell-based, trivalent", "Flucelvax", "2024-10-03", None,
          "AF7731", "Seqirus", "Prairie Oak Clinic"),
         ("COVID-19", "COVID-19 mRNA 2024-2025", "Spikevax", "2024-10-03", None, "3039211", "Moderna",
          "Prairie Oak Clinic"),
         ("Td/Tdap", "Tdap", "Boostrix", "2024-05-09", None, "7D2Y9", "GlaxoSmithKline", "Westfall Urgent Care"),
         ("Hep B", "Hepatitis B, adult, adjuvanted", "Heplisav-B", "2024-08-06", 1, "HB94821", "Dynavax",
          "Prairie Oak Clinic"),
         ("Hep B", "Hepatitis B, adult, adjuvanted", "Heplisav-B", "2024-09-05", 2, "HB95530", "Dynavax",
          "Prairie Oak Clinic"),
         ("Zoster", "Zoster recombinant", "Shingrix", "2025-02-11", 1, "X73RK", "GlaxoSmithKline",
          "Northside Pharmacy #112"),
         ("Zoster", "Zoster recombinant", "Shingrix", "2025-07-15", 2, "X91TP", "GlaxoSmithKline",
          "Northside Pharmacy #112"),
         ("Influenza", "Influenza, injectable, trivalent, PF", "Fluzone", "2025-09-30", None, "UT8840A",
          "Sanofi Pasteur", "Northside Pharmacy #112"),
         ("COVID-19", "COVID-19 mRNA 2025-2026", "Comirnaty", "2025-09-30", None, "LK2207", "Pfizer",
          "Northside Pharmacy #112"),
         ("Pneumococcal", "Pneumococcal conjugate PCV20", "Prevnar 20", "2025-11-22", None, "LR4416",
          "Pfizer", "Prairie Oak Clinic")]
    rows = []
    for grp, vac, brand, iso, dose, lot, mfr, site in H:
        rows.append([grp, f"{vac} ({brand})", D(iso, "mdy"), "" if dose is None else str(dose), lot, mfr,
                     site])
        t.imm(vac, iso, dose, lot, brand, order_stated=False)
    w.table(["Vaccine Group", "Vaccine (Trade Name)", "Date Admin", "Dose", "Lot", "Manufacturer",
             "Administered At"], rows, [62, 150, 56, 30, 56, 70, 104], size=7.8, ruled="rows",
            header_fill=0.88, lead=9.8)
    w.gap(8)
    w.line("REFUSALS / EXEMPTIONS / EVIDENCE OF IMMUNITY", "Helvetica-Bold", 10)
    w.table(["Vaccine", "Type", "Date recorded", "Comment"],
            [["MMR", "Patient refusal", "04/18/2025", "Declined; states childhood doses (no record)"],
             ["Varicella", "History of disease", "04/18/2025", "Chickenpox as a child - immune, no vaccine "
                                                             "needed"]],
            [90, 100, 80, 258], size=7.8, ruled="rows", lead=9.8)
    t.mn("immunizations", "MMR", "negated", "patient refusal")
    w.gap(4)
    w.line("Allergies (vaccine components):  Not on file", "Helvetica", 8.5)
    w.line("Contraindications / precautions:  Not on file", "Helvetica", 8.5)
    t.mn("allergies", "Not on file", "not_clinical", "no allergy information recorded")
    t.mn("immunizations", "Varicella", "other", "immunity by history of disease, no vaccine given")
    t.cond("Chickenpox", "history", optional=True, also=["resolved"], note="childhood disease")
    w.gap(8)
    w.line("VACCINE FORECAST (ACIP schedule, as of date printed)", "Helvetica-Bold", 10)
    F = [("Hepatitis A", "Due now", "", "Recommended - travel/occupational risk"),
         ("Influenza", "Up to date", "08/01/2026", "Next season"),
         ("COVID-19", "Up to date", "", ""),
         ("Td/Tdap", "Not due", "", "Booster 10 years after last dose"),
         ("Hepatitis B", "Complete", "", "2-dose series complete"),
         ("Zoster", "Complete", "", ""),
         ("Pneumococcal", "Complete", "", ""),
         ("Meningococcal B", "Not recommended", "", "")]
    w.table(["Vaccine Group", "Status", "Recommended Date", "Notes"], [list(f) for f in F],
            [110, 100, 100, 218], size=7.8, ruled="rows", lead=9.8)
    t.mn("immunizations", "Hepatitis A", "due")
    t.mn("immunizations", "Meningococcal B", "other", "not recommended")
    w.gap(8)
    w.para("This record reflects data reported to WCIIS by health care providers and pharmacies. It may be "
           "incomplete. Doses given outside Westfall County may not appear. Questions: "
           "call (555) 555-0129.", size=7.6, lead=9.6)
    w.para("Certified by: WCIIS Registry Office  -  registry record, no signature required.", size=7.6,
           lead=9.6)


# --------------------------------------------------------------------------- 18 PH pharmacy
@doc("18", "ph", "pharmacy_dispensing_profile", country="Philippines", document_type="prescription",
     pagesize=letter, margins=(40, 40, 46, 54),
     kind="community pharmacy patient medication profile and dispensing history with brand names and "
          "printed counselling leaflets")
def d18(w, t):
    printed = "2025-09-30"
    t.service_date = printed
    w.footer = lambda w_: w_.text(w_.right, 34, f"Profile printed {D(printed, 'mdy')} 4:05 PM  -  Page {w_.page} "
                                  f"of {w_.ntot}", "Helvetica", 7, "r")
    w.header = lambda w_: (w_.text(w_.left, w_.PH - 34, "MABUHAY FAMILY DRUGSTORE - Kamuning Branch   |   "
                                   "DELA CRUZ-VILLANUEVA, ROSARIO", "Helvetica-Bold", 8.5),
                           w_.hline(y=w_.PH - 40, lw=0.5), setattr(w_, "y", w_.PH - 50))
    w.text(w.left, w.y - 16, "MABUHAY FAMILY DRUGSTORE", "Helvetica-Bold", 16)
    w.text(w.left, w.y - 28, "Kamuning Branch  \u00b7  45 K-7th Street, Kamuning, Quezon City  \u00b7  "
           "Tel (02) 8555 0192", "Helvetica", 7.8)
    w.text(w.left, w.y - 38, "LTO No. 0000000000000 (test)  \u00b7  Open daily 7:00 AM - 10:00 PM", "Helvetica", 7.8)
    w.text(w.right, w.y - 14, "PATIENT MEDICATION PROFILE", "Helvetica-Bold", 10.5, "r")
    w.text(w.right, w.y - 26, "& DISPENSING HISTORY", "Helvetica-Bold", 10.5, "r")
    w.y -= 44
    w.hline(lw=1, gray=0)
    w.gap(4)
    info = [("Patient:", "Ms. Rosario DELA CRUZ-VILLANUEVA", "Patient ID:", "MFD-0038812"),
            ("Birthdate:", "03/21/1958 (67)", "Senior Citizen ID:", "QC-SC-XXXX-1947"),
            ("Address:", "12 Kalayaan Ave, Diliman, Quezon City", "Mobile:", "0917 555 0164"),
            ("Profile period:", f"{D('2025-07-01', 'mdy')} - {D(printed, 'mdy')}", "Pharmacist:",
             "M. T. Lim, RPh")]
    for a, b, c_, d_ in info:
        w.text(w.left, w.y - 9, a, "Helvetica-Bold", 8.3)
        w.text(w.left + 80, w.y - 9, b, "Helvetica", 8.3)
        w.text(w.left + 310, w.y - 9, c_, "Helvetica-Bold", 8.3)
        w.text(w.left + 400, w.y - 9, d_, "Helvetica", 8.3)
        w.y -= 11.5
    w.gap(4)
    w.label_para("ALLERGIES ON FILE:", "Mefenamic acid (Ponstan) - lip swelling (reported by patient "
                 "06/2024)", size=8.5)
    t.alg("Mefenamic acid", "lip swelling", None, note="brand Ponstan printed")
    w.label_para("CONDITIONS ON FILE:", "Type 2 diabetes mellitus; Hypertension; Osteoarthritis (knees)",
                 size=8.5)
    for n in ("Type 2 diabetes mellitus", "Hypertension", "Osteoarthritis"):
        t.cond(n, "active")
    w.gap(6)
    w.line("ACTIVE MEDICATIONS", "Helvetica-Bold", 10)
    ACT = [("Glucophage XR", "metformin HCl", "750", "mg", "ER tablet", "1 tablet once a day with supper",
            "once a day with supper", "Dr. A. Reyes", "active", None),
           ("Norvasc", "amlodipine besylate", "5", "mg", "tablet", "1 tablet once a day in the morning",
            "once a day in the morning", "Dr. A. Reyes", "active", None),
           ("Lipitor", "atorvastatin calcium", "20", "mg", "tablet", "1 tablet at bedtime", "at bedtime",
            "Dr. A. Reyes", "active", None),
           ("Forxiga", "dapagliflozin", "10", "mg", "tablet", "1 tablet once a day in the morning",
            "once a day in the morning", "Dr. A. Reyes", "active", ["new"]),
           ("Celebrex", "celecoxib", "200", "mg", "capsule", "1 capsule once a day as needed for knee pain",
            "once a day as needed for knee pain", "Dr. J. Santos (Ortho)", "active", None),
           ("Neurobion", "thiamine + pyridoxine + cyanocobalamin", "100/200/0.2", "mg", "tablet",
            "1 tablet once a day", "once a day", "OTC", "active", None)]
    rows = []
    for brand, gen, dose, unit, form, sig, freq, doc_, st, also in ACT:
        rows.append([(brand, "Helvetica-Bold"), gen, f"{dose} {unit} {form}", sig, doc_])
        t.med(gen, dose, unit, None, freq, st, brand=brand, also=also,
              note="vitamin B complex (OTC)" if brand == "Neurobion" else None)
    w.table(["Brand", "Generic", "Strength / form", "Directions", "Prescriber"], rows,
            [80, 130, 100, 150, 70], size=8.2, ruled="rows")
    w.gap(4)
    w.line("INACTIVE / DISCONTINUED", "Helvetica-Bold", 10)
    INA = [("Losec MUPS", "omeprazole", "20", "mg", "tablet", "1 tablet once a day before breakfast",
            "once a day before breakfast", "DISCONTINUED 07/15/2025 per Dr. Reyes", "stopped"),
           ("Augmentin", "co-amoxiclav", "625", "mg", "tablet", "1 tablet three times a day for 7 days",
            "three times a day for 7 days", "Course completed 08/19/2025", "completed")]
    rows = []
    for brand, gen, dose, unit, form, sig, freq, status, st in INA:
        rows.append([(brand, "Helvetica-Bold"), gen, f"{dose} {unit} {form}", sig, status])
        t.med(gen, dose, unit, None, freq, st, brand=brand,
              aliases=("amoxicillin/clavulanic acid",) if brand == "Augmentin" else ())
        t.mn("medications", gen, "stopped", st)
    w.table(["Brand", "Generic", "Strength / form", "Directions", "Status"], rows,
            [80, 130, 100, 150, 70], size=8.2, ruled="rows")
    w.para("Augmentin contains amoxicillin/clavulanic acid (co-amoxiclav).", size=7.6)
    w.gap(6)
    w.line("DISPENSING HISTORY", "Helvetica-Bold", 10)
    DISP = [("07/02/2025", "25-07-0113", "Glucophage XR 750 mg", "60", "Dr. A. Reyes"),
            ("07/02/2025", "25-07-0114", "Norvasc 5 mg", "30", "Dr. A. Reyes"),
            ("07/02/2025", "25-07-0115", "Lipitor 20 mg", "30", "Dr. A. Reyes"),
            ("07/02/2025", "25-07-0116", "Losec MUPS 20 mg", "30", "Dr. A. Reyes"),
            ("08/01/2025", "25-08-0021", "Glucophage XR 750 mg", "30", "Dr. A. Reyes"),
            ("08/01/2025", "25-08-0022", "Norvasc 5 mg", "30", "Dr. A. Reyes"),
            ("08/12/2025", "25-08-0290", "Augmentin 625 mg", "21", "Dr. M. Bautista"),
            ("08/12/2025", "OTC", "Neurobion tablet", "30", "OTC"),
            ("08/30/2025", "25-08-0511", "Glucophage XR 750 mg", "30", "Dr. A. Reyes"),
            ("08/30/2025", "25-08-0512", "Forxiga 10 mg", "30", "Dr. A. Reyes"),
            ("08/30/2025", "25-08-0513", "Lipitor 20 mg", "30", "Dr. A. Reyes"),
            ("09/02/2025", "25-09-0040", "Celebrex 200 mg", "10", "Dr. J. Santos"),
            ("09/29/2025", "25-09-0688", "Glucophage XR 750 mg", "30", "Dr. A. Reyes"),
            ("09/29/2025", "25-09-0689", "Norvasc 5 mg", "30", "Dr. A. Reyes"),
            ("09/29/2025", "25-09-0690", "Forxiga 10 mg", "30", "Dr. A. Reyes")]
    w.table(["Date", "Rx No.", "Item", "Qty", "Prescriber"], [list(d_) for d_ in DISP],
            [70, 80, 160, 40, 120], size=8.2, ruled="rows", lead=10)
    w.new_page()
    w.line("PATIENT COUNSELLING LEAFLETS (printed with this profile)", "Helvetica-Bold", 11)
    w.gap(4)
    LEAF = [("GLUCOPHAGE XR (metformin)",
             "Take with your evening meal. Swallow whole; do not crush or chew. Do not take this medicine if "
             "you are allergic to metformin or if you have severe kidney disease. Stop taking it and see "
             "your doctor at once if you have signs of lactic acidosis (muscle pain, trouble breathing, "
             "stomach pain, feeling cold). Common side effects: diarrhea, nausea, metallic taste. Avoid "
             "drinking a lot of alcohol."),
            ("LIPITOR (atorvastatin)",
             "Take at the same time each day. Do not take if you are pregnant or breastfeeding, or if you "
             "have active liver disease. Tell your doctor right away about unexplained muscle pain or "
             "weakness. Avoid large amounts of grapefruit juice."),
            ("FORXIGA (dapagliflozin)",
             "May cause genital yeast infections and urinary tract infections; drink enough water. Do not "
             "take if you have diabetic ketoacidosis. Stop before planned surgery as advised by your doctor."),
            ("CELEBREX (celecoxib)",
             "Take with food. Do not take if you have had asthma, hives or an allergic-type reaction after "
             "taking aspirin or other NSAIDs. May increase the risk of stomach bleeding and heart attack.")]
    for title, body in LEAF:
        w.ensure(60)
        w.line(title, "Helvetica-Bold", 9.5)
        w.para(body, "Times-Roman", 9.6, 12.2)
        w.gap(6)
    for cat, n in [("allergies", "metformin"), ("conditions", "severe kidney disease"),
                   ("conditions", "lactic acidosis"), ("conditions", "diarrhea"),
                   ("conditions", "active liver disease"), ("conditions", "genital yeast infections"),
                   ("conditions", "urinary tract infections"), ("conditions", "diabetic ketoacidosis"),
                   ("allergies", "aspirin"), ("conditions", "asthma"), ("conditions", "stomach bleeding"), ("conditions", "heart attack")]:
        t.mn(cat, n, "leaflet")
    w.gap(6)
    w.para("This profile is based on prescriptions filled at Mabuhay Family Drugstore only and may not "
           "include medicines obtained elsewhere. Please bring all your medicines to every consultation.",
           size=7.8)


# --------------------------------------------------------------------------- 19 MT allergy clinic
@doc("19", "mt", "allergy_clinic_letter", country="Malta", document_type="medical_record",
     kind="allergy & immunology clinic letter: skin-prick and specific IgE tables, drug challenge "
          "de-labelling")
def d19(w, t):
    dt = "2025-06-27"
    ige_dt = "2025-06-12"
    t.service_date = dt
    w.footer = lambda w_: w_.text(w_.right, 32, f"Camilleri-Azzopardi G  \u00b7  ID 0000000(M)  \u00b7  "
                                  f"page {w_.page} of {w_.ntot}", "Helvetica", 7, "r")
    w.header = lambda w_: (w_.text(w_.left, w_.PH - 36, "Allergy & Clinical Immunology Service - Miss G. "
                                   "Camilleri-Azzopardi (continued)", "Helvetica-Oblique", 8),
                           setattr(w_, "y", w_.PH - 54))
    letterhead(w, "Ta' Xbiex Medical Centre", [
        "Allergy & Clinical Immunology Service  \u00b7  Triq il-Marina, Ta' Xbiex XBX 0000  \u00b7  "
        "Tel +356 2155 5017", "Dr Stefan Grech MD, MRCP, Consultant Allergist"], size=14)
    w.line(D(dt, "dMMy"), size=9.5)
    w.gap(4)
    for ln in ["Dr Marthese Vella", "Family Doctor, Birkirkara Health Clinic (test)"]:
        w.line(ln, size=9.5)
    w.gap(6)
    w.line("Re: Miss Giulia CAMILLERI-AZZOPARDI, DOB 09/11/2001, ID card 0000000(M)", "Helvetica-Bold", 9.5)
    w.gap(4)
    S, L = 9.3, 12.4
    P = lambda s: (w.para(s, size=S, lead=L), w.gap(4))
    P("Dear Dr Vella,")
    P("Thank you for referring Giulia, a 23-year-old student, whom I saw in the allergy clinic today "
      "for a suspected penicillin allergy and a reaction to peanut. As a child she had a rash while "
      "taking amoxicillin for an ear infection. In March 2025 she developed lip swelling, throat "
      "tightness and wheeze within 10 minutes of eating chicken satay, and was treated with "
      "intramuscular adrenaline in the Emergency Department. She eats hazelnut and almond regularly "
      "without problems. She has perennial rhinitis and mild asthma, and had eczema as a child which "
      "has resolved.")
    w.line("Skin prick tests (today)", "Helvetica-Bold", 9.5)
    SPT = [("Histamine (positive control)", "6", ""), ("Saline (negative control)", "0", ""),
           ("Peanut", "9", "Positive"), ("Hazelnut", "0", "Negative"), ("Almond", "0", "Negative"),
           ("Cashew", "2", "Negative"), ("Walnut", "0", "Negative"),
           ("Dermatophagoides pteronyssinus (house dust mite)", "7", "Positive"),
           ("Cat dander", "2", "Negative"), ("Parietaria judaica (pellitory)", "5", "Positive")]
    rows = []
    for n, mm, res in SPT:
        rows.append([n, mm, res])
        if res:
            t.lab(n, mm, "mm", None, dt,
                  flag="abnormal" if res == "Positive" else "normal", optional=True,
                  note="skin prick wheal diameter; interpretation printed, no numeric range")
    w.table(["Allergen", "Wheal (mm)", "Interpretation"], rows, [260, 80, 120], size=8.8, ruled="rows",
            x=w.left + 8)
    w.gap(4)
    w.line(f"Specific IgE (blood taken {D(ige_dt, 'dmy')})", "Helvetica-Bold", 9.5)
    IGE = [("Total IgE", "486", "kU/L", "< 100"), ("Peanut (f13)", "14.2", "kUA/L", "< 0.35"),
           ("Ara h 2 (f423)", "8.91", "kUA/L", "< 0.35"), ("Hazelnut (f17)", "0.12", "kUA/L", "< 0.35"),
           ("Amoxicilloyl (c6)", "< 0.10", "kUA/L", "< 0.35")]
    rows = []
    for n, v, u, r in IGE:
        row = t.lab(n, v, u, r, ige_dt)
        rows.append([n, v, u, r, "High" if row["flag"] == "high" else ""])
    w.table(["Test", "Result", "Unit", "Reference", ""], rows, [150, 70, 70, 90, 60], size=8.8,
            ruled="rows", x=w.left + 8)
    w.gap(6)
    P("Drug provocation test: oral amoxicillin 50 mg, then 500 mg after 30 minutes, with 1 hour "
      "observation, followed by a 5-day extended oral challenge at home - no reaction at any stage.")
    w.line("Diagnoses", "Helvetica-Bold", 9.5)
    DX = ["1. Peanut allergy, IgE-mediated, with previous anaphylaxis (Ara h 2 sensitised)",
          "2. Allergic rhinitis - sensitised to house dust mite and Parietaria",
          "3. Mild intermittent asthma",
          "4. Atopic eczema in childhood - resolved",
          "5. Penicillin allergy label REMOVED - tolerated a full amoxicillin challenge"]
    for s_ in DX:
        w.line(s_, size=S, lead=L, x=w.left + 8)
    t.cond("Peanut allergy", "active")
    t.cond("Allergic rhinitis", "active")
    t.cond("Mild intermittent asthma", "active")
    t.cond("Atopic eczema", "resolved", also=["history"])
    w.gap(4)
    w.line("Allergy record - please update your records:", "Helvetica-Bold", 9.5)
    ALG = [("Peanut", "anaphylaxis", "severe"), ("House dust mite", "rhinitis", None),
           ("Parietaria", "rhinitis", None)]
    w.bullet("ALLERGIC TO: Peanut - anaphylaxis (severe); House dust mite - rhinitis; Parietaria "
             "(pellitory) pollen - rhinitis", size=S, lead=L, x=w.left + 8)
    for s_, r, sev in ALG:
        t.alg(s_, r, sev)
    w.bullet("NOT ALLERGIC TO: penicillin / amoxicillin (de-labelled today); tree nuts - she may "
             "continue to eat hazelnut and almond.", size=S, lead=L, x=w.left + 8)
    for n in ("penicillin", "amoxicillin", "hazelnut", "almond", "tree nuts"):
        t.mn("allergies", n, "negated", "de-labelled / tolerated")
    w.gap(4)
    w.line("Medications", "Helvetica-Bold", 9.5)
    MEDS = [("adrenaline", "EpiPen", "300", "micrograms", "IM", "PRN for anaphylaxis", "new",
             "Adrenaline auto-injector (EpiPen) 300 micrograms IM, PRN for anaphylaxis - NEW, 2 devices"),
            ("cetirizine", None, "10", "mg", None, "once daily", "active", "Cetirizine 10 mg once daily - "
             "continue"),
            ("mometasone furoate", "Nasonex", "50", "micrograms", "nasal", "once daily", "new",
             "Mometasone furoate nasal spray (Nasonex) 50 micrograms/spray, 2 sprays each nostril once "
             "daily - NEW"),
            ("salbutamol", None, "100", "micrograms", None, "as required", "active",
             "Salbutamol inhaler 100 micrograms, 2 puffs as required - continue"),
            ("montelukast", None, "10", "mg", None, "at night", "stopped",
             "Montelukast 10 mg at night - STOPPED (no benefit; sleep disturbance)")]
    for name, brand, dose, unit, route, freq, st, txt in MEDS:
        w.bullet(txt, size=S, lead=L, x=w.left + 8)
        t.med(name, dose, unit, route, freq, st, brand=brand, also=["active"] if st == "new" else None,
              aliases=("adrenaline auto-injector",) if name == "adrenaline" else (),
              note="2 sprays each nostril" if brand == "Nasonex" else (
                  "2 puffs" if name == "salbutamol" else None))
        if st == "stopped":
            t.mn("medications", name, "stopped")
    w.gap(4)
    V = [("blood_pressure", "112/70", "mmHg"), ("heart_rate", "74", "/min"), ("oxygen_saturation", "99", "%")]
    P("Baseline observations before the challenge: BP 112/70 mmHg, HR 74/min, SpO2 99%, PEFR 420 L/min.")
    for k, v, u in V:
        t.vit(k, v, u, date=dt)
    P("Plan: she has been trained in the use of the adrenaline auto-injector and given a written "
      "anaphylaxis action plan. If her rhinitis is not controlled after 3 months of regular nasal "
      "steroid, we could consider house dust mite sublingual immunotherapy (Acarizax). Family history: "
      "her brother has coeliac disease and her father has psoriasis. Review in 6 months.")
    t.mn("medications", "Acarizax", "planned", "'could consider'")
    t.mn("medications", "amoxicillin", "other", "challenge doses given in clinic only")
    t.mn("conditions", "coeliac disease", "family")
    t.mn("conditions", "psoriasis", "family")
    w.line("Yours sincerely,", size=S)
    w.gap(12)
    w.line("Dr Stefan Grech", "Helvetica-Bold", S)
    w.line("Consultant Allergist", size=S)


# --------------------------------------------------------------------------- 20 JM intake form
@doc("20", "jm", "new_patient_intake_form_scan", country="Jamaica", document_type="other",
     scan=dict(seed=2020, angles=[0.9, -1.7], quality=55, blur=0.7, noise=8.5),
     margins=(44, 44, 44, 50),
     kind="hand-completed new-patient questionnaire with Yes/No checkboxes and nurse vitals, scanned "
          "to an image-only PDF")
def d20(w, t):
    dt = "2026-02-05"
    t.service_date = dt
    HAND = "Helvetica-Oblique"
    w.footer = lambda w_: w_.text(w_.right, 32, f"Form BMFM-NP-03 (rev. 2025)   page {w_.page} of {w_.ntot}",
                                  "Helvetica", 7, "r")
    w.text(w.PW / 2, w.y - 15, "BLUE MOUNTAIN FAMILY MEDICINE", "Helvetica-Bold", 14, "c")
    w.text(w.PW / 2, w.y - 27, "47 Lyndhurst Crescent, Kingston 10  \u00b7  Tel (876) 555-0138", "Helvetica",
           8.5, "c")
    w.text(w.PW / 2, w.y - 42, "NEW PATIENT HEALTH QUESTIONNAIRE", "Helvetica-Bold", 12, "c")
    w.y -= 52
    w.hline(lw=1, gray=0)
    w.gap(4)
    fields = [("Name:", "Andre O. Campbell-Whyte", "Date:", D(dt, "dmy")),
              ("Date of birth:", "19/08/1969", "Sex:", "M"),
              ("Address:", "9 Mona Heights Drive, Kingston 6", "Phone:", "(876) 555-0177")]
    for a, b, c_, d_ in fields:
        w.text(w.left, w.y - 11, a, "Helvetica", 9)
        w.text(w.left + 80, w.y - 11, b, HAND, 10.5)
        w.hline(w.left + 78, w.left + 320, y=w.y - 13, lw=0.3)
        w.text(w.left + 340, w.y - 11, c_, "Helvetica", 9)
        w.text(w.left + 380, w.y - 11, d_, HAND, 10.5)
        w.hline(w.left + 378, w.right, y=w.y - 13, lw=0.3)
        w.y -= 18
    w.gap(4)

    def yesno_grid(title, items, col2=False):
        if title:
            w.line(title, "Helvetica-Bold", 9.5)
        w.gap(2)
        half = (len(items) + 1) // 2 if col2 else len(items)
        cols = [items[:half], items[half:]] if col2 else [items]
        x0s = [w.left, w.left + w.width / 2 + 6] if col2 else [w.left]
        top = w.y
        for x0, lst in zip(x0s, cols):
            w.y = top
            w.text(x0 + 160, w.y - 8, "Yes", "Helvetica-Bold", 7.5)
            w.text(x0 + 190, w.y - 8, "No", "Helvetica-Bold", 7.5)
            w.y -= 11
            for label, yes, note in lst:
                w.text(x0, w.y - 9, label, "Helvetica", 8.6)
                w.box(x0 + 162, w.y - 9, checked=yes)
                w.box(x0 + 190, w.y - 9, checked=not yes)
                if note:
                    w.text(x0 + 205, w.y - 9, note, HAND, 8.8)
                w.y -= 13
        w.y = min(w.y, top - 11 - 13 * half)
        w.gap(6)

    w.line("A. Do you have, or have you ever had, any of the following?  (tick one box for each)",
           "Helvetica-Bold", 9.5)
    COND = [("High blood pressure", True, "since 2015", ("High blood pressure", "active")),
            ("Diabetes", False, "", None),
            ("Asthma / COPD", True, "asthma", ("Asthma", "active")),
            ("Heart disease / heart attack", False, "", None),
            ("Stroke", False, "", None),
            ("Kidney disease", False, "", None),
            ("Thyroid problems", True, "underactive", ("Thyroid problems", "active")),
            ("Cancer", False, "", None),
            ("Sickle cell disease", False, "", None),
            ("Gout", True, "", ("Gout", "active")),
            ("Glaucoma", False, "", None),
            ("Depression / anxiety", False, "", None)]
    yesno_grid("", [(a, b, c_) for a, b, c_, _ in COND], col2=True)
    for label, yes, note, spec in COND:
        if yes:
            t.cond(spec[0], spec[1], aliases=("underactive",) if spec[0] == "Thyroid problems" else (),
                   note="hypothyroidism implied ('underactive')" if spec[0] == "Thyroid problems" else None)
        else:
            t.mn("conditions", label.split(" / ")[0], "checkbox_no")
    w.line("B. Symptoms today", "Helvetica-Bold", 9.5)
    SYM = [("Chest pain", False, ""), ("Shortness of breath", True, "on stairs"), ("Fever", False, ""),
           ("Ankle swelling", False, "")]
    yesno_grid("", SYM, col2=True)
    t.cond("Shortness of breath", "active", optional=True, note="symptom ticked Yes")
    for label, yes, _ in SYM:
        if not yes:
            t.mn("conditions", label, "checkbox_no")
    w.line("C. Allergies", "Helvetica-Bold", 9.5)
    w.text(w.left, w.y - 9, "Are you allergic to any medicines?", "Helvetica", 8.6)
    w.text(w.left + 200, w.y - 9, "Yes", "Helvetica", 8)
    w.box(w.left + 220, w.y - 9, True)
    w.text(w.left + 240, w.y - 9, "No", "Helvetica", 8)
    w.box(w.left + 255, w.y - 9, False)
    w.y -= 14
    w.text(w.left, w.y - 9, "If yes, tick all that apply and write the reaction:", "Helvetica", 8.6)
    w.y -= 13
    ALG = [("Penicillin", False, ""), ("Sulfa drugs", True, "rash"), ("Aspirin", False, ""),
           ("Codeine", False, "")]
    for label, yes, react in ALG:
        w.box(w.left + 10, w.y - 9, yes)
        w.text(w.left + 24, w.y - 9, label, "Helvetica", 8.6)
        w.text(w.left + 110, w.y - 9, "Reaction:", "Helvetica", 8)
        w.hline(w.left + 150, w.left + 320, y=w.y - 11, lw=0.3)
        if react:
            w.text(w.left + 154, w.y - 9, react, HAND, 9.5)
            t.alg(label, react)
        else:
            t.mn("allergies", label, "checkbox_no")
        w.y -= 13
    w.text(w.left + 24, w.y - 9, "Other (medicine or food):", "Helvetica", 8.6)
    w.text(w.left + 140, w.y - 9, "shellfish - swelling of lips", HAND, 9.5)
    w.hline(w.left + 136, w.left + 320, y=w.y - 11, lw=0.3)
    t.alg("shellfish", "swelling of lips")
    w.y -= 15
    w.text(w.left, w.y - 9, "Latex allergy?", "Helvetica", 8.6)
    w.text(w.left + 200, w.y - 9, "Yes", "Helvetica", 8)
    w.box(w.left + 220, w.y - 9, False)
    w.text(w.left + 240, w.y - 9, "No", "Helvetica", 8)
    w.box(w.left + 255, w.y - 9, True)
    t.mn("allergies", "Latex", "checkbox_no")
    w.y -= 18
    w.line("D. Medicines you take now (include inhalers, vitamins, herbal remedies)", "Helvetica-Bold", 9.5)
    MEDS = [("Amlodipine 10mg - 1 in the morning", ("amlodipine", None, "10", "mg", None, "1 in the morning",
                                                     "active", None)),
            ("Levothyroxine 75mcg - every morning before food",
             ("levothyroxine", None, "75", "mcg", None, "every morning before food", "active", None)),
            ("Ventolin inhaler (salbutamol) - 2 puffs when needed",
             ("salbutamol", "Ventolin", None, None, None, "2 puffs when needed", "active", None)),
            ("Allopurinol 300 mg - once daily", ("allopurinol", None, "300", "mg", None, "once daily", "active",
                                                 None)),
            ("STOPPED: Indapamide 1.5mg (stopped Dec 2025 - cramps)",
             ("indapamide", None, "1.5", "mg", None, None, "stopped", None))]
    for i, (txt, spec) in enumerate(MEDS, 1):
        w.text(w.left, w.y - 10, f"{i}.", "Helvetica", 8.6)
        w.text(w.left + 16, w.y - 10, txt, HAND, 10)
        w.hline(w.left + 14, w.right, y=w.y - 12, lw=0.3)
        w.y -= 16
        name, brand, dose, unit, route, freq, st, _ = spec
        t.med(name, dose, unit, route, freq, st, brand=brand)
        if st == "stopped":
            t.mn("medications", name, "stopped")
    w.new_page()
    w.line("E. Family history  (tick if a parent, brother or sister has had the condition)", "Helvetica-Bold",
           9.5)
    w.gap(2)
    FH = [("Diabetes", True, False, False), ("High blood pressure", True, True, False),
          ("Heart attack", False, False, False), ("Stroke", False, True, False),
          ("Cancer (type):  prostate cancer", False, True, False), ("Glaucoma", False, False, True)]
    xs = [w.left + 200, w.left + 260, w.left + 320]
    for x, lab_ in zip(xs, ["Mother", "Father", "Sibling"]):
        w.text(x - 4, w.y - 8, lab_, "Helvetica-Bold", 8)
    w.y -= 12
    for label, m, f, s_ in FH:
        pre, _, hand = label.partition(":")
        w.text(w.left, w.y - 9, pre + (":" if hand else ""), "Helvetica", 8.6)
        if hand:
            w.text(w.left + 80, w.y - 9, hand.strip(), HAND, 9.5)
        for x, v in zip(xs, (m, f, s_)):
            w.box(x + 6, w.y - 9, v)
        w.y -= 13
    t.mn("conditions", "prostate cancer", "family")
    t.mn("conditions", "heart attack", "checkbox_no", "family grid, not ticked")
    w.gap(6)
    w.line("F. Vaccines", "Helvetica-Bold", 9.5)
    VAX = [("Tetanus shot in the last 10 years?", True, "2024 (after a cut)"),
           ("Flu vaccine this year?", False, ""),
           ("COVID-19 vaccine?", True, "2 doses")]
    for label, yes, note in VAX:
        w.text(w.left, w.y - 9, label, "Helvetica", 8.6)
        w.text(w.left + 200, w.y - 9, "Yes", "Helvetica", 8)
        w.box(w.left + 220, w.y - 9, yes)
        w.text(w.left + 240, w.y - 9, "No", "Helvetica", 8)
        w.box(w.left + 255, w.y - 9, not yes)
        if note:
            w.text(w.left + 275, w.y - 9, note, HAND, 9.5)
        w.y -= 14
    t.mn("immunizations", "Flu vaccine", "checkbox_no")
    t.imm("Tetanus", None, None, None, None, numeric_date=False, optional=True,
          note="year only (2024), no date")
    t.imm("COVID-19 vaccine", None, None, None, None, numeric_date=False, optional=True,
          note="'2 doses', no dates")
    w.gap(6)
    w.line("G. Lifestyle", "Helvetica-Bold", 9.5)
    LIFE = [("Do you smoke?", False, ""), ("Alcohol?", True, "weekends, 2-3 beers"),
            ("Exercise 3+ times a week?", False, "")]
    for label, yes, note in LIFE:
        w.text(w.left, w.y - 9, label, "Helvetica", 8.6)
        w.text(w.left + 200, w.y - 9, "Yes", "Helvetica", 8)
        w.box(w.left + 220, w.y - 9, yes)
        w.text(w.left + 240, w.y - 9, "No", "Helvetica", 8)
        w.box(w.left + 255, w.y - 9, not yes)
        if note:
            w.text(w.left + 275, w.y - 9, note, HAND, 9.5)
        w.y -= 14
    w.gap(8)
    w.text(w.left, w.y - 10, "Patient signature:", "Helvetica", 8.6)
    w.text(w.left + 90, w.y - 10, "A. Campbell-Whyte", HAND, 11)
    w.hline(w.left + 88, w.left + 260, y=w.y - 12, lw=0.3)
    w.y -= 26
    w.rect(w.left, w.y - 120, w.width, 120, lw=1)
    w.text(w.left + 6, w.y - 13, "FOR OFFICE USE - NURSE", "Helvetica-Bold", 9)
    w.y -= 20
    V = [("BP", "152/94", "mmHg", "blood_pressure", None), ("Pulse", "82", "/min", "heart_rate", None),
         ("Temp", "36.7", "\u00b0C", "temperature", None), ("SpO2", "98", "%", "oxygen_saturation", None),
         ("Weight", "198", "lb", "weight", [(89.8, "kg")]), ("Height", "175", "cm", "height", None)]
    lines = ["BP  152/94 mmHg        Pulse  82 /min        Temp  36.7 \u00b0C        SpO2  98 %",
             "Weight  198 lb (89.8 kg)        Height  5 ft 9 in (175 cm)        BMI  29.3"]
    for ln in lines:
        w.text(w.left + 10, w.y - 12, ln, HAND, 10.5)
        w.y -= 18
    for lab_, v, u, kind, also in V:
        t.vit(kind, v, u, date=dt, also=also)
    t.vit("bmi", "29.3", None, date=dt)
    w.text(w.left + 10, w.y - 12, "Nurse: K. Brown RN        Reviewed by: Dr. P. Henry", HAND, 10)


# =========================================================================== main
def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def listed_files():
    out = []
    for sub in ("docs", "truth"):
        d = os.path.join(ROOT, sub)
        if os.path.isdir(d):
            for fn in sorted(os.listdir(d)):
                out.append(f"{sub}/{fn}")
    return out


def generate():
    assert len(DOCS) == 20, len(DOCS)
    assert len({d["cc"] for d in DOCS}) >= 14
    for sub in (DOCS_DIR, TRUTH_DIR):
        os.makedirs(sub, exist_ok=True)
        for fn in os.listdir(sub):
            os.remove(os.path.join(sub, fn))
    scans = multi = 0
    totals = {k: 0 for k in CATS}
    n_must_not = 0
    for d in sorted(DOCS, key=lambda x: x["nn"]):
        label, fname, data, truth, _ = build(d)
        with open(os.path.join(ROOT, fname), "wb") as f:
            f.write(data)
        with open(os.path.join(TRUTH_DIR, label + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        scans += not truth["text_layer"]
        multi += truth["page_count"] >= 2
        for k in CATS:
            totals[k] += sum(1 for r in truth[k] if not r.get("optional"))
        n_must_not += len(truth["must_not"])
    assert scans >= 4 and multi >= 5, (scans, multi)
    assert sum(totals.values()) >= 450 and n_must_not >= 80, (totals, n_must_not)
    with open(MANIFEST, "w", encoding="utf-8") as f:
        for rel in listed_files():
            f.write(f"{sha256(os.path.join(ROOT, rel))}  {rel}\n")
    print(f"wrote {len(DOCS)} documents; scored rows {totals} = {sum(totals.values())}; "
          f"must_not {n_must_not}; scans {scans}; multi-page {multi}")


def check():
    if not os.path.exists(MANIFEST):
        print("MANIFEST.sha256 missing")
        return 1
    want = {}
    with open(MANIFEST, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            hexd, rel = line.split("  ", 1)
            want[rel] = hexd
    bad = 0
    for rel, hexd in sorted(want.items()):
        p = os.path.join(ROOT, rel)
        if not os.path.exists(p):
            print(f"MISSING  {rel}")
            bad += 1
        elif sha256(p) != hexd:
            print(f"MISMATCH {rel}")
            bad += 1
    for rel in listed_files():
        if rel not in want:
            print(f"UNLISTED {rel}")
            bad += 1
    print(f"checked {len(want)} files: {'OK' if not bad else f'{bad} problem(s)'}")
    return 1 if bad else 0


def table():
    hdr = ["file", "country", "kind", "document_type", "pages", "text layer", "med", "lab", "vit",
           "alg", "cond", "imm", "optional", "must_not (by reason)"]
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    tot = {k: 0 for k in CATS}
    topt = tmn = 0
    for fn in sorted(os.listdir(TRUTH_DIR)):
        with open(os.path.join(TRUTH_DIR, fn), encoding="utf-8") as f:
            tr = json.load(f)
        cnt = {k: sum(1 for r in tr[k] if not r.get("optional")) for k in CATS}
        opt = sum(1 for k in CATS for r in tr[k] if r.get("optional"))
        why = {}
        for m in tr["must_not"]:
            why[m["why"]] = why.get(m["why"], 0) + 1
        whys = ", ".join(f"{k} {v}" for k, v in sorted(why.items()))
        print("| " + " | ".join([tr["file"], tr["country"], tr["kind"], tr["document_type"],
                                  str(tr["page_count"]), "yes" if tr["text_layer"] else "no"]
                                 + [str(cnt[k]) for k in CATS]
                                 + [str(opt), f"{len(tr['must_not'])} ({whys})"]) + " |")
        for k in CATS:
            tot[k] += cnt[k]
        topt += opt
        tmn += len(tr["must_not"])
    print("| **total** | | | | | | " + " | ".join(str(tot[k]) for k in CATS)
          + f" | {topt} | {tmn} |")
    print(f"\nscored rows: {sum(tot.values())}; optional rows: {topt}; must_not rows: {tmn}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify MANIFEST.sha256 only")
    ap.add_argument("--table", action="store_true", help="print the documents table from truth/")
    a = ap.parse_args(argv)
    if a.check:
        return check()
    if a.table:
        table()
        return 0
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
