#!/usr/bin/env python
"""Deterministic generator for docpipe held-out extraction set 8.

Writes, next to this file:
  docs/NN_cc_short_name.pdf|.jpg|.png   the synthetic documents
  truth/NN_cc_short_name.json           one truth file per document (same stem)
  MANIFEST.sha256                       sha256 of every file in docs/ and truth/
  README.md                             description, documents table, judgement calls

Usage:
  python make_heldout8.py            # (re)generate everything, with all self-checks
  python make_heldout8.py --check    # verify MANIFEST.sha256 only (exit 1 on mismatch)
  python make_heldout8.py --table    # print the documents table
  python make_heldout8.py --preview DIR   # also render every page to PNG in DIR

Every document is one function.  The same Python values are used to draw the text and
to build the truth rows, so the two cannot drift; after drawing, every truth string is
searched for in the text extracted from the PDF (before rasterising, for scans).
Everything is synthetic: invented people, identifiers, addresses and numbers.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import reportlab
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TRUTH = HERE / "truth"
MANIFEST = HERE / "MANIFEST.sha256"
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"

CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
DOC_TYPES = ("lab_result", "prescription", "discharge_summary", "immunization_record",
             "medical_record", "other")
VITAL_KINDS = ("blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi")
MED_STATUS = ("active", "new", "changed", "stopped", "held", "completed")
FLAGS = ("normal", "high", "low", "critical", "abnormal", None)
WHYS = ("negated", "family", "historical", "planned", "due", "stopped", "leaflet",
        "checkbox_no", "not_clinical", "other")

# ----------------------------------------------------------------------------- fonts
_FD = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _n, _f in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf"),
               ("VeraBI", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_n, os.path.join(_FD, _f)))
pdfmetrics.registerTypeFace(pdfmetrics.EmbeddedType1Face(
    os.path.join(_FD, "callig15.afm"), os.path.join(_FD, "callig15.pfb")))
pdfmetrics.registerFont(pdfmetrics.Font("Hand", "CALLIG15", "WinAnsiEncoding"))

INK = (0.08, 0.14, 0.52)      # blue ballpoint
INK2 = (0.12, 0.12, 0.14)     # black ballpoint

# ----------------------------------------------------------------------------- dates
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _d(iso):
    return _dt.date.fromisoformat(iso)


def dmy(iso, sep="/", yy=False):
    d = _d(iso)
    y = f"{d.year % 100:02d}" if yy else f"{d.year}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}"


def mdy(iso, sep="/"):
    d = _d(iso)
    return f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"


def dmon(iso, sep="-"):
    d = _d(iso)
    return f"{d.day:02d}{sep}{MON[d.month - 1]}{sep}{d.year}"


def dmonth(iso):
    d = _d(iso)
    return f"{d.day} {MONTH[d.month - 1]} {d.year}"


def ordinal(iso):
    d = _d(iso)
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {MONTH[d.month - 1]} {d.year}"


def mony(iso):
    d = _d(iso)
    return f"{MON[d.month - 1]} {d.day:02d}, {d.year}"


def dotted(iso):
    return dmy(iso, ".")


def weekday(iso):
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"][_d(iso).weekday()]


# ----------------------------------------------------------------------------- text utils
def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    return re.sub(r"\s+", "", s)


_NUM = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


def num_or_none(s):
    s2 = s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s) else s
    return float(s2) if _NUM.match(s2) else None


def parse_range(ref):
    """Return (low, high) from a printed reference text."""
    if ref is None:
        return None, None
    r = ref.strip()
    m = re.fullmatch(r"([\d.]+)\s*(?:-|–|to)\s*([\d.]+)", r)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(r"(?:<|<=|≤|Below|below|up to|Up to)\s*([\d.]+)", r)
    if m:
        return None, float(m.group(1))
    m = re.fullmatch(r"(?:>|>=|≥|Above|above)\s*([\d.]+)", r)
    if m:
        return float(m.group(1)), None
    return None, None


def expected_flag(value_text, num, low, high, ref):
    """The set of flags that agree with value vs range (None: nothing to check)."""
    if num is not None:
        if low is None and high is None:
            return None
        if low is not None and num < low:
            return {"low", "critical"}
        if high is not None and num > high:
            return {"high", "critical"}
        return {"normal", None}
    v = value_text.strip()
    m = re.fullmatch(r"([<>])\s*=?\s*([\d.]+)", v)
    if m:
        x = float(m.group(2))
        if m.group(1) == "<":
            if low is not None and x <= low:
                return {"low", "critical"}
            if high is not None and x <= high and (low is None or low == 0):
                return {"normal", None}
            return None
        if low is not None and x >= low and high is None:
            return {"normal", None}
        if high is not None and x >= high:
            return {"high", "critical"}
        return None
    if ref is not None and norm(v) == norm(ref):
        return {"normal", None}
    if ref is not None and low is None and high is None:
        return {"abnormal", "high", "low", "critical"}
    return None


# ----------------------------------------------------------------------------- document
class Doc:
    """A document being drawn, plus its truth rows."""

    def __init__(self, num, cc, short, *, country, doc_type, kind, service_date,
                 date_style, pagesize=A4, scan=None, title=None):
        assert doc_type in DOC_TYPES, doc_type
        self.num, self.cc, self.short = num, cc, short
        self.stem = f"{num:02d}_{cc}_{short}"
        self.country, self.doc_type, self.kind = country, doc_type, kind
        self.service_date = service_date
        self.date_style = date_style
        self.scan = scan
        self.W, self.H = pagesize
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(title or self.stem)
        self.c.setAuthor("docpipe heldout8 generator (synthetic)")
        self.c.setCreator("make_heldout8.py")
        self.page = 1
        self.rows = {k: [] for k in CATS}
        self.must_not = []
        self.rng = np.random.default_rng(8000 + num)
        self.y = self.H - 40
        self.bottom = 62
        self.on_new_page = None
        self.footer_extra = None
        self.footer_font = ("Helvetica", 7)
        self.handwritten = False     # any handwriting (signatures included)
        self.hand_entries = False    # handwritten data entries (dates, values, medicines)

    # --------------------------------------------------------------- drawing primitives
    def t(self, x, y, s, f="Helvetica", sz=9, color=None, align="l"):
        c = self.c
        c.setFont(f, sz)
        if color is not None:
            c.setFillColorRGB(*color)
        if align == "l":
            c.drawString(x, y, s)
        elif align == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        if color is not None:
            c.setFillColorRGB(0, 0, 0)

    def w(self, s, f="Helvetica", sz=9):
        return pdfmetrics.stringWidth(s, f, sz)

    def line(self, x1, y1, x2, y2, lw=0.5, gray=0):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeGray(gray)
        c.line(x1, y1, x2, y2)
        c.setStrokeGray(0)

    def rect(self, x, y, w, h, lw=0.5, fill=None, stroke=True):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)

    def box(self, x, y, checked, sz=8, hand=False):
        """Tick box with lower-left corner (x, y)."""
        self.rect(x, y, sz, sz, lw=0.6)
        if checked:
            c = self.c
            if hand:
                c.setStrokeColorRGB(*INK)
                c.setLineWidth(1.3)
                j = self.rng.uniform(-0.8, 0.8, 4)
                c.line(x - 1 + j[0], y - 1 + j[1], x + sz + 1 + j[2], y + sz + 1 + j[3])
                c.line(x - 1 + j[3], y + sz + 1 + j[2], x + sz + 1 + j[1], y - 1 + j[0])
                c.setStrokeColorRGB(0, 0, 0)
            else:
                self.t(x + 1.3, y + 1.2, "X", "Helvetica-Bold", sz - 1)

    def para(self, x, y, width, s, f="Helvetica", sz=9.5, lead=None, color=None):
        """Wrapped paragraph starting at baseline y; returns the y below it."""
        lead = lead or sz * 1.32
        for ln in simpleSplit(s, f, sz, width):
            if y < self.bottom:
                self.new_page()
                y = self.y
            self.t(x, y, ln, f, sz, color)
            y -= lead
        return y

    def flow(self, s, x=None, width=None, f="Helvetica", sz=9.5, lead=None, gap=4,
             color=None):
        """Paragraph at the running cursor self.y."""
        x = self.lm if x is None else x
        width = (self.W - self.lm - self.rm) if width is None else width
        lead = lead or sz * 1.32
        for ln in simpleSplit(s, f, sz, width):
            self.need(lead)
            self.t(x, self.y, ln, f, sz, color)
            self.y -= lead
        self.y -= gap

    lm = 50
    rm = 50

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    _PRINTY = re.compile(r"[0-9/+<>=%.:]")

    def _hand_word(self, word, sz, style="mixed"):
        """(font, size, horizontal scale) used for one handwritten word: a script font for
        words, a slanted ballpoint 'print' for numbers, dates, codes and symbols."""
        caps = sum(ch.isupper() for ch in word)
        if style == "print" or self._PRINTY.search(word) or caps >= 3 or \
                any(ch in word for ch in "+<>=|@"):
            return "VeraIt", sz * 0.74, 90
        return "Hand", sz, 100

    def hand_word_w(self, word, sz, style="mixed"):
        f, s2, hs = self._hand_word(word, sz, style)
        return pdfmetrics.stringWidth(word, f, s2) * hs / 100.0

    def hand(self, x, y, s, sz=15, ink=INK, jitter=1.0, rot=1.2, style="mixed"):
        """Handwritten-looking text, word by word with small jitter (extractable text)."""
        self.handwritten = True
        c = self.c
        cx = x
        for word in s.split(" "):
            if not word:
                cx += sz * 0.3
                continue
            f, s2, hs = self._hand_word(word, sz, style)
            dy = float(self.rng.uniform(-0.9, 0.9)) * jitter
            a = float(self.rng.uniform(-rot, rot))
            c.saveState()
            c.setFillColorRGB(*ink)
            c.setStrokeColorRGB(*ink)
            c.setLineWidth(0.35 if f == "Hand" else 0.3)
            c.translate(cx, y + dy)
            c.rotate(a)
            t = c.beginText(0, 0)
            t.setFont(f, s2)
            t.setHorizScale(hs)
            t.setTextRenderMode(2)
            t.textOut(word)
            c.drawText(t)
            c.restoreState()
            cx += self.hand_word_w(word, sz, style) + sz * 0.38
        return cx

    def hand_w(self, s, sz=15):
        return sum(self.hand_word_w(w, sz) + sz * 0.38 for w in s.split(" ") if w)

    def table(self, x, widths, rows, *, f="Helvetica", sz=8.5, lead=None, pad=3,
              header=1, hf="Helvetica-Bold", ruled=True, outer=True, zebra=None,
              head_fill=None, aligns=None, min_h=0, hline_header=True, repeat_header=True,
              valign_pad=None):
        """Draw a table at self.y; cells are str or dict(t=, f=, sz=, c=, a=, hand=).
        Breaks pages (repeating the header rows).  Returns nothing; moves self.y."""
        lead = lead or sz * 1.22
        aligns = aligns or ["l"] * len(widths)
        total_w = sum(widths)

        def cell(cv):
            if isinstance(cv, dict):
                return cv
            return {"t": cv}

        def layout(row, is_head):
            cells = [cell(cv) for cv in row]
            lines = []
            for cv, wd in zip(cells, widths):
                ff = cv.get("f", hf if is_head else f)
                ss = cv.get("sz", sz)
                if cv.get("hand"):
                    lines.append(cv["t"].split("\n") if cv["t"] else [])
                else:
                    lines.append(simpleSplit(cv["t"], ff, ss, wd - 2 * pad) if cv["t"] else [])
            n = max([len(L) for L in lines] + [1])
            h = max(n * lead + 2 * pad, min_h)
            return cells, lines, h

        def draw_row(row, is_head, shade):
            cells, lines, h = layout(row, is_head)
            top = self.y
            if shade is not None:
                self.rect(x, top - h, total_w, h, lw=0, fill=shade, stroke=False)
            cx = x
            for cv, L, wd, al in zip(cells, lines, widths, aligns):
                ff = cv.get("f", hf if is_head else f)
                ss = cv.get("sz", sz)
                al = cv.get("a", al)
                yy = top - pad - ss * 0.92
                if cv.get("hand"):
                    yy = top - pad - cv.get("hsz", 13) * 0.62
                for ln in L:
                    if cv.get("hand"):
                        self.hand(cx + pad + 1, yy, ln, sz=cv.get("hsz", 13),
                                  ink=cv.get("ink", INK), style=cv.get("hstyle", "mixed"))
                    elif al == "r":
                        self.t(cx + wd - pad, yy, ln, ff, ss, cv.get("c"), "r")
                    elif al == "c":
                        self.t(cx + wd / 2, yy, ln, ff, ss, cv.get("c"), "c")
                    else:
                        self.t(cx + pad, yy, ln, ff, ss, cv.get("c"))
                    yy -= lead
                cx += wd
            if ruled:
                self.line(x, top - h, x + total_w, top - h, 0.4)
                cx = x
                for wd in widths[:-1]:
                    cx += wd
                    self.line(cx, top, cx, top - h, 0.4)
                if outer:
                    self.line(x, top, x, top - h, 0.4)
                    self.line(x + total_w, top, x + total_w, top - h, 0.4)
            elif is_head and hline_header:
                self.line(x, top - h, x + total_w, top - h, 0.6)
            self.y = top - h

        heads = rows[:header]
        body = rows[header:]

        def heads_draw():
            if ruled:
                self.line(x, self.y, x + total_w, self.y, 0.4)
            for hr in heads:
                draw_row(hr, True, head_fill)

        heads_draw()
        for i, r in enumerate(body):
            _, _, h = layout(r, False)
            if self.y - h < self.bottom:
                self.new_page()
                if repeat_header:
                    heads_draw()
                elif ruled:
                    self.line(x, self.y, x + total_w, self.y, 0.4)
            shade = zebra if (zebra is not None and i % 2 == 1) else None
            draw_row(r, False, shade)

    # --------------------------------------------------------------- pages
    def draw_footer(self):
        f, sz = self.footer_font
        self.t(self.W / 2, 26, FOOTER, f, sz, None, "c")
        if self.footer_extra:
            self.footer_extra(self)

    def new_page(self):
        self.draw_footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - 40
        if self.on_new_page:
            self.on_new_page(self)

    # --------------------------------------------------------------- truth rows
    def med(self, name, dose, unit, route, frequency, status="active", brand=None,
            aliases=None, optional=False, note=None, also=None):
        assert status in MED_STATUS, status
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": frequency, "status": status}
        if also is None:
            also = {"new": ["active"], "changed": ["active"], "completed": ["stopped"]}.get(
                status)
        if also:
            r["status_also_ok"] = list(also)
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.rows["medications"].append(r)
        if status in ("stopped", "completed"):
            if not optional:
                self.mn("medications", name, "stopped",
                        f"{status} medicine (also a truth row with status {status})")
        return r

    def lab(self, test, value, unit, ref, flag, date, aliases=None, optional=False,
            note=None, low=None, high=None):
        num = num_or_none(value)
        lo, hi = parse_range(ref)
        if low is not None:
            lo = low
        if high is not None:
            hi = high
        assert flag in FLAGS, flag
        exp = expected_flag(value, num, lo, hi, ref)
        if exp is not None:
            assert flag in exp, (self.stem, test, value, ref, flag, exp)
        _d(date)
        r = {"test_name": test, "value_text": value, "value_numeric": num, "unit": unit,
             "reference_low": lo, "reference_high": hi, "reference_text": ref,
             "flag": flag, "date": date}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.rows["labs"].append(r)
        return r

    def vital(self, kind, text, num, sec=None, unit=None, also_ok=None, optional=False,
              note=None):
        assert kind in VITAL_KINDS, kind
        r = {"kind": kind, "value_text": text, "value_numeric": num,
             "value_secondary": sec, "unit": unit}
        if also_ok:
            r["also_ok"] = also_ok
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.rows["vitals"].append(r)
        return r

    def allergy(self, substance, reaction=None, severity=None, optional=False, note=None):
        assert severity in (None, "mild", "moderate", "severe")
        r = {"substance": substance, "reaction": reaction, "severity": severity}
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.rows["allergies"].append(r)
        return r

    def cond(self, name, status="active", icd=None, aliases=None, optional=False, note=None):
        r = {"name": name, "status": status, "icd10_code": icd}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.rows["conditions"].append(r)
        return r

    def imm(self, vaccine, date, dose=None, lot=None, brand=None, ambiguous=False,
            optional=False, note=None):
        _d(date)
        r = {"vaccine": vaccine, "administered_on": date, "dose_number": dose,
             "lot_number": lot, "brand": brand, "date_ambiguous": ambiguous}
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.rows["immunizations"].append(r)
        return r

    def mn(self, category, name, why, note=None):
        assert category in CATS, category
        assert why in WHYS, why
        r = {"category": category, "name": name, "why": why}
        if note:
            r["note"] = note
        self.must_not.append(r)
        return r

    # --------------------------------------------------------------- finish
    def finish(self):
        self.draw_footer()
        self.c.showPage()
        self.c.save()
        pdf_bytes = self.buf.getvalue()
        pages = extract_pages(pdf_bytes)
        check_doc(self, pages)
        if self.scan:
            data, ext, npages = scanify(pdf_bytes, self.scan)
        else:
            data, ext, npages = pdf_bytes, "pdf", len(pages)
        fname = f"docs/{self.stem}.{ext}"
        assert_text_layer(data, ext, expect_text=self.scan is None)
        truth = {
            "file": fname,
            "synthetic": True,
            "text_layer": self.scan is None,
            "page_count": npages,
            "document_type": self.doc_type,
            "country": self.country,
            "kind": self.kind,
            "service_date": self.service_date,
        }
        for k in CATS:
            truth[k] = self.rows[k]
        truth["must_not"] = self.must_not
        return {"stem": self.stem, "file": fname, "data": data, "truth": truth,
                "pages": npages, "date_style": self.date_style,
                "handwritten": self.hand_entries}


# ----------------------------------------------------------------------------- checks
def extract_pages(pdf_bytes):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def truth_strings(doc):
    """(where, string) for every truth string that must occur in the text."""
    out = []
    for r in doc.rows["medications"]:
        for k in ("name", "brand", "dose", "unit", "route", "frequency"):
            if r.get(k):
                out.append((f"med.{k}", r[k]))
        out += [("med.alias", a) for a in r.get("aliases", [])]
    for r in doc.rows["labs"]:
        for k in ("test_name", "value_text", "unit", "reference_text"):
            if r.get(k):
                out.append((f"lab.{k}", r[k]))
        out += [("lab.alias", a) for a in r.get("aliases", [])]
    for r in doc.rows["vitals"]:
        for k in ("value_text", "unit"):
            if r.get(k):
                out.append((f"vital.{k}", r[k]))
    for r in doc.rows["allergies"]:
        for k in ("substance", "reaction", "severity"):
            if r.get(k):
                out.append((f"allergy.{k}", r[k]))
    for r in doc.rows["conditions"]:
        for k in ("name", "icd10_code"):
            if r.get(k):
                out.append((f"cond.{k}", r[k]))
        out += [("cond.alias", a) for a in r.get("aliases", [])]
    for r in doc.rows["immunizations"]:
        for k in ("vaccine", "lot_number", "brand"):
            if r.get(k):
                out.append((f"imm.{k}", r[k]))
    for r in doc.must_not:
        out.append((f"must_not.{r['category']}", r["name"]))
    return out


def check_doc(doc, pages):
    full = norm(" ".join(pages))
    for i, p in enumerate(pages):
        assert norm(FOOTER) in norm(p), f"{doc.stem}: footer missing on page {i + 1}"
    missing = [(w, s) for w, s in truth_strings(doc) if norm(s) not in full]
    assert not missing, f"{doc.stem}: truth strings not in PDF text: {missing}"
    # vitals: numbers must agree with the printed text
    for r in doc.rows["vitals"]:
        assert r["value_numeric"] is not None
        if r["kind"] == "blood_pressure":
            assert r["value_secondary"] is not None
            a, b = r["value_text"].split("/")
            assert float(a) == r["value_numeric"] and float(b) == r["value_secondary"], r
        else:
            m = re.search(r"[\d.]+", r["value_text"])
            assert float(m.group(0)) == r["value_numeric"], r
    # immunisation dates, must_not vs truth names
    for cat in CATS:
        names = set()
        for r in doc.rows[cat]:
            key = {"medications": "name", "labs": "test_name", "vitals": "kind",
                   "allergies": "substance", "conditions": "name",
                   "immunizations": "vaccine"}[cat]
            names.add(norm(r[key]))
            if r.get("brand"):
                names.add(norm(r["brand"]))
        for m in doc.must_not:
            if m["category"] != cat:
                continue
            if cat == "medications" and m["why"] == "stopped":
                ok = any(norm(r["name"]) == norm(m["name"]) and r["status"] in
                         ("stopped", "completed") for r in doc.rows[cat])
                assert ok, (doc.stem, m)
                continue
            assert norm(m["name"]) not in names, (doc.stem, "must_not equals truth", m)
    assert doc.service_date is None or _d(doc.service_date)


def assert_text_layer(data, ext, expect_text):
    if ext == "pdf":
        pages = extract_pages(data)
        has = any(p.strip() for p in pages)
        assert has == expect_text, ("text layer", ext, has, expect_text)
    else:
        assert not expect_text
        im = Image.open(io.BytesIO(data))
        bad = [k for k in im.info if k.lower() in ("comment", "exif", "xmp", "icc_profile")]
        assert not bad, bad
        if hasattr(im, "text"):
            assert not im.text, im.text


# ----------------------------------------------------------------------------- scanning
def scanify(pdf_bytes, sc):
    """Rasterise at sc['dpi'], rotate/blur/noise, return (bytes, ext, pages)."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(sc["seed"])
    dpi = sc["dpi"]
    jpgs = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        arr = np.asarray(img).astype(np.float32)
        h, w, _ = arr.shape
        # paper tint and uneven lighting
        tint = np.array(sc.get("tint", (248, 245, 236)), dtype=np.float32) / 255.0
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        light = 1.0 - sc.get("shade", 0.06) * ((xx / w) * 0.6 + (yy / h) * 0.4)
        arr = arr * tint[None, None, :] * light[:, :, None]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        angle = sc["angles"][i % len(sc["angles"])]
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False,
                         fillcolor=tuple(int(v) for v in np.array(sc.get("edge", (236, 233, 224)))))
        if sc.get("blur"):
            img = img.filter(ImageFilter.GaussianBlur(sc["blur"]))
        arr = np.asarray(img).astype(np.float32)
        noise = rng.normal(0, sc.get("noise", 6.0), (h, w, 1)).astype(np.float32)
        arr = arr + noise
        # a few dust specks
        n_spk = sc.get("specks", 120)
        ys = rng.integers(0, h, n_spk)
        xs = rng.integers(0, w, n_spk)
        arr[ys, xs, :] = rng.uniform(40, 120, (n_spk, 1))
        if sc.get("gray"):
            g = arr.mean(axis=2, keepdims=True)
            arr = np.repeat(g, 3, axis=2)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        if sc.get("gray"):
            img = img.convert("L")
        b = io.BytesIO()
        img.save(b, "JPEG", quality=sc.get("quality", 70), dpi=(dpi, dpi))
        jpgs.append((b.getvalue(), img.size))
    pdf.close()
    fmt = sc["fmt"]
    if fmt == "jpg":
        assert len(jpgs) == 1
        return jpgs[0][0], "jpg", 1
    if fmt == "png":
        assert len(jpgs) == 1
        im = Image.open(io.BytesIO(jpgs[0][0]))
        b = io.BytesIO()
        im.save(b, "PNG", dpi=(dpi, dpi))
        return b.getvalue(), "png", 1
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setTitle("scan")
    c.setCreator("scanner")
    for data, (w, h) in jpgs:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return out.getvalue(), "pdf", len(jpgs)


# ----------------------------------------------------------------------------- flag print
def pf(row, style="HL"):
    """Printed flag text for a lab row."""
    f = row["flag"]
    if f in (None, "normal"):
        return ""
    hi = row["reference_high"] is not None and row["value_numeric"] is not None and \
        row["value_numeric"] > row["reference_high"]
    if style == "HL":
        return {"high": "H", "low": "L", "abnormal": "A",
                "critical": "HH" if hi else "LL"}[f]
    if style == "word":
        return {"high": "High", "low": "Low", "abnormal": "Abnormal",
                "critical": "CRITICAL"}[f]
    if style == "star":
        return {"high": "*H", "low": "*L", "abnormal": "*", "critical": "**"}[f]
    raise ValueError(style)


# ============================================================================= documents
def medtxt(m, fmt="{Name} {dose} {unit} {frequency}"):
    name = m["name"]
    return fmt.format(Name=name[:1].upper() + name[1:], name=name, dose=m["dose"] or "",
                      unit=m["unit"] or "", frequency=m["frequency"] or "",
                      route=m["route"] or "", brand=m["brand"] or "").replace("  ", " ").strip()


# ----------------------------------------------------------------------------- 01 NO
def doc01():
    dates = ["2025-01-14", "2025-04-15", "2025-07-08", "2025-10-21"]
    d = Doc(1, "no", "cumulative_lab", country="Norway", doc_type="lab_result",
            kind="cumulative laboratory report, 4 date columns, unruled, flags next to value",
            service_date=dates[-1], date_style="DD.MM.YYYY")
    d.footer_extra = lambda dd: dd.t(545, 26, f"Page {dd.page}", "Helvetica", 7, None, "r")
    c = d.c
    d.t(50, 800, "Nordlys Medisinske Laboratorium AS", "Helvetica-Bold", 14)
    d.t(50, 786, "Nordlys Medical Laboratory  -  Storgata 0, 9008 Tromsø  -  Tel. +47 00 00 00 00"
        "  -  Org.no. 000 000 000", "Helvetica", 7.5)
    d.line(50, 780, 545, 780, 1.2)
    d.t(50, 762, "CUMULATIVE LABORATORY REPORT (Kumulativt svar)", "Helvetica-Bold", 11)
    d.t(545, 762, f"Printed {dotted('2025-10-22')} 07:14", "Helvetica", 7.5, align="r")
    info = [("Patient", "SOLBAKKEN, Ingrid Marie"), ("Birth no.", "140258 00000"),
            ("Sex", "F"), ("Requester", "Dr. Lars Hoff, Kvaløya legekontor"),
            ("Copy to", "-"), ("Clinical information", "Control. ?CKD")]
    y = 744
    for i, (k, v) in enumerate(info):
        x = 50 if i % 2 == 0 else 300
        d.t(x, y, k + ":", "Helvetica", 8)
        d.t(x + 80, y, v, "Helvetica-Bold" if k == "Patient" else "Helvetica", 8)
        if i % 2 == 1:
            y -= 12
    d.mn("conditions", "CKD", "other", "query on the request form (?CKD)")
    # columns
    y -= 10
    cols = [50, 190, 262, 330, 384, 438, 492]
    hdr = ["Analysis", "Unit", "Ref. range"] + [dotted(x) for x in dates]
    for x, h in zip(cols, hdr):
        d.t(x, y, h, "Helvetica-Bold", 8)
    d.t(cols[3], y + 10, "Sample taken:", "Helvetica-Oblique", 7)
    y -= 4
    d.line(50, y, 545, y, 0.6)
    y -= 14
    sections = [
        ("Haematology", [
            ("Haemoglobin", "g/dL", "11.7-15.3", ["13.6", "13.1", "12.4", "11.6"]),
            ("Leukocytes", "x10^9/L", "3.5-10.0", ["7.2", "6.8", None, "8.1"]),
            ("Thrombocytes", "x10^9/L", "145-390", ["251", "263", None, "240"]),
        ]),
        ("Clinical chemistry", [
            ("Sodium", "mmol/L", "137-145", ["139", "141", "138", "137"]),
            ("Potassium", "mmol/L", "3.5-5.0", ["4.3", "4.8", "5.1", "5.4"]),
            ("Creatinine", "µmol/L", "45-90", ["88", "94", "102", "109"]),
            ("eGFR (CKD-EPI)", "mL/min/1.73m²", ">60", ["64", "58", "52", "48"]),
            ("CRP", "mg/L", "<5", ["<1", "3", "12", "<1"]),
            ("LDL cholesterol", "mmol/L", "1.2-4.3", ["2.9", None, "2.4", None]),
            ("TSH", "mIU/L", "0.27-4.2", [None, "2.1", None, None]),
            ("Vitamin B12", "pmol/L", "150-650", [None, None, None, "pending"]),
            ("Folate", "nmol/L", ">7", [None, None, None, "pending"]),
        ]),
        ("Diabetes", [
            ("HbA1c", "mmol/mol", "28-40", ["58", None, "53", "49"]),
        ]),
        ("Urine", [
            ("U-Albumin/creatinine ratio", "mg/mmol", "<3.0", ["4.2", None, "3.6", "5.1"]),
        ]),
    ]
    for title, tests in sections:
        d.t(50, y, title, "Helvetica-BoldOblique", 8.5)
        y -= 13
        for name, unit, ref, vals in tests:
            d.t(50, y, name, "Helvetica", 8.5)
            d.t(cols[1], y, unit, "Helvetica", 8)
            d.t(cols[2], y, ref, "Helvetica", 8)
            for j, v in enumerate(vals):
                if v is None:
                    continue
                if v == "pending":
                    d.t(cols[3 + j], y, "Pending", "Helvetica-Oblique", 8)
                    continue
                lo, hi = parse_range(ref)
                num = num_or_none(v)
                flag = "normal"
                if num is not None and lo is not None and num < lo:
                    flag = "low"
                if num is not None and hi is not None and num > hi:
                    flag = "high"
                r = d.lab(name, v, unit, ref, flag, dates[j])
                f = pf(r)
                d.t(cols[3 + j], y, v + ("  " + f if f else ""),
                    "Helvetica-Bold" if f else "Helvetica", 8.5)
            if "pending" in vals:
                d.mn("labs", name, "planned", "ordered, result pending")
            y -= 12.5
        y -= 5
    d.line(50, y + 4, 545, y + 4, 0.4)
    y -= 8
    for ln in ["H = above reference range, L = below reference range. Blank cell: not analysed.",
               "eGFR calculated with CKD-EPI (2009), not corrected for body surface area in "
               "individuals with extreme body size.",
               "HbA1c: diagnostic threshold for diabetes >= 48 mmol/mol (IFCC).",
               "Results marked Pending will be reported separately.",
               "Electronically validated by bioengineer Kari Nygaard. Medical responsibility: "
               "Dr. med. Per Aune, specialist in medical biochemistry."]:
        y = d.para(50, y, 495, ln, "Helvetica", 7.5, 10)
    return d.finish()


# ----------------------------------------------------------------------------- 02 JM (scan)
def doc02():
    dt = "2025-10-14"
    d = Doc(2, "jm", "lab_scan", country="Jamaica", doc_type="lab_result",
            kind="single-date lab report, ruled grid, flag column, scanned JPEG",
            service_date=dt, date_style="DD/MM/YYYY", pagesize=letter,
            scan=dict(fmt="jpg", dpi=170, angles=[1.3], seed=802, noise=7.0, blur=0.7,
                      quality=62, gray=True, specks=260))
    W = d.W
    d.t(W / 2, 750, "BLUE MAHOE MEDICAL LABORATORY", "Times-Bold", 17, align="c")
    d.t(W / 2, 735, "0 Hope Road, Kingston 6, Jamaica W.I.   Tel: (876) 000-0000   "
        "Email: results@example.invalid", "Times-Roman", 8.5, align="c")
    d.line(50, 726, W - 50, 726, 1.5)
    d.line(50, 723, W - 50, 723, 0.5)
    rows = [("Patient Name:", "CAMPBELL-BROWN, Shanice", "Lab No.:", "KGN-25-000418"),
            ("D.O.B. / Sex:", "22/07/1991  /  F", "Collected:", f"{dmy(dt)} 07:40"),
            ("Referring Dr.:", "Dr. O. Whyte, Half Way Tree Medical", "Received:",
             f"{dmy(dt)} 08:55"),
            ("Clinical Hx:", "Fatigue, ?anaemia", "Reported:", f"{dmy('2025-10-15')} 14:20")]
    y = 705
    for a, b, cc, e in rows:
        d.t(55, y, a, "Times-Bold", 9.5)
        d.t(135, y, b, "Times-Roman", 9.5)
        d.t(370, y, cc, "Times-Bold", 9.5)
        d.t(435, y, e, "Times-Roman", 9.5)
        y -= 14
    d.mn("conditions", "anaemia", "other", "query (?anaemia) in clinical history")
    d.y = y - 8
    widths = [170, 70, 45, 90, 137]
    data = [("COMPLETE BLOOD COUNT", None), ("WBC", "11.8", "x10^3/uL", "4.0-10.5"),
            ("RBC", "4.62", "x10^6/uL", "4.20-5.40"), ("Hemoglobin", "12.9", "g/dL", "12.0-15.5"),
            ("Hematocrit", "39.1", "%", "36.0-46.0"), ("MCV", "84.6", "fL", "80.0-100.0"),
            ("Platelets", "412", "x10^3/uL", "150-400"), ("Neutrophils", "78", "%", "40-75"),
            ("Lymphocytes", "16", "%", "20-45"),
            ("CHEMISTRY", None), ("Glucose, fasting", "131", "mg/dL", "70-99"),
            ("Creatinine", "0.9", "mg/dL", "0.6-1.1"),
            ("Cholesterol, total", "228", "mg/dL", "<200"),
            ("HDL cholesterol", "41", "mg/dL", ">45"),
            ("LDL cholesterol (calc.)", "151", "mg/dL", "<130"),
            ("Triglycerides", "180", "mg/dL", "<150"),
            ("HAEMOGLOBINOPATHY", None), ("Sickle cell screen", "Negative", None, "Negative"),
            ("PENDING", None), ("HbA1c", "pending", "%", "4.0-5.6")]
    table = [["TEST", "RESULT", "FLAG", "UNITS", "REFERENCE RANGE"]]
    for item in data:
        if item[1] is None:
            table.append([{"t": item[0], "f": "Times-BoldItalic"}, "", "", "", ""])
            continue
        name, val, unit, ref = item
        if val == "pending":
            table.append([name, {"t": "TO FOLLOW", "f": "Times-Italic"}, "", unit, ref])
            d.mn("labs", name, "planned", "result to follow")
            continue
        lo, hi = parse_range(ref)
        num = num_or_none(val)
        flag = "normal"
        if num is not None and lo is not None and num < lo:
            flag = "low"
        elif num is not None and hi is not None and num > hi:
            flag = "high"
        r = d.lab(name, val, unit, ref, flag, dt)
        f = pf(r)
        table.append([name, {"t": val, "f": "Times-Bold" if f else "Times-Roman"},
                      {"t": f, "f": "Times-Bold"}, unit or "", ref])
    d.table(55, widths, table, f="Times-Roman", sz=9.5, hf="Times-Bold", ruled=True,
            head_fill=(0.85, 0.85, 0.85), aligns=["l", "r", "c", "l", "l"])
    d.y -= 16
    d.flow("Comment: Mild neutrophilic leucocytosis with thrombocytosis. Suggest repeat CBC "
           "in 4-6 weeks if clinically indicated. HbA1c sample sent to reference laboratory; "
           "result to follow.", x=55, width=W - 110, f="Times-Italic", sz=9)
    d.y -= 20
    d.t(55, d.y, "Verified by: ______________________", "Times-Roman", 9)
    d.hand(140, d.y + 2, "D. Grant", sz=16, ink=INK2)
    d.t(340, d.y, "Medical Technologist (Reg. No. 0000)", "Times-Roman", 9)
    d.t(W / 2, 44, "*** END OF REPORT ***", "Times-Bold", 9, align="c")
    return d.finish()


# ----------------------------------------------------------------------------- 03 KE
def doc03():
    dt = "2025-08-04"
    d = Doc(3, "ke", "dual_unit_chem", country="Kenya", doc_type="lab_result",
            kind="chemistry report with SI and conventional unit columns, table breaks "
                 "across pages", service_date=dt, date_style="DD-Mon-YYYY")
    d.footer_extra = lambda dd: dd.t(545, 26, f"Page {dd.page} of 2", "Helvetica", 7, None, "r")

    def head(dd):
        dd.t(50, 806, "BAOBAB PATHOLOGY SERVICES LTD", "Helvetica-Bold", 13, (0.1, 0.3, 0.2))
        dd.t(50, 793, "Kenyatta Avenue, P.O. Box 00000-20100, Nakuru, Kenya  |  +254 700 000 000"
             "  |  KMLTTB Reg. No. 0000", "Helvetica", 7.5)
        dd.line(50, 786, 545, 786, 1)
        if dd.page > 1:
            dd.t(50, 772, "Patient: NJOROGE, Grace Wambui   Lab ref: NKR/25/080417   "
                 "(continued)", "Helvetica-Oblique", 8)
            dd.y = 760
    d.on_new_page = head
    head(d)
    d.t(50, 768, "CLINICAL CHEMISTRY REPORT", "Helvetica-Bold", 12)
    info = [("Patient name", "NJOROGE, Grace Wambui"), ("Lab ref", "NKR/25/080417"),
            ("Age / Sex", "61 Y / Female"), ("Patient ID", "00000000"),
            ("Requested by", "Dr. P. Otieno, Medical OPD"), ("Sample", "Serum (fasting), urine"),
            ("Collected", f"{dmon(dt)} 08:10"), ("Reported", f"{dmon('2025-08-05')} 11:32"),
            ("Clinical notes", "R/O gout. ?CKD"), ("Payer", "Self / SHA")]
    y = 748
    for i, (k, v) in enumerate(info):
        x = 50 if i % 2 == 0 else 300
        d.t(x, y, k, "Helvetica", 8)
        d.t(x + 72, y, ": " + v, "Helvetica-Bold", 8)
        if i % 2 == 1:
            y -= 12
    d.mn("conditions", "gout", "planned", "to rule out (R/O gout)")
    d.mn("conditions", "CKD", "other", "query (?CKD)")
    d.y = y - 4
    d.flow("Results are reported in SI units with conventional units alongside for reference. "
           "Flags: H = high, L = low (relative to the SI reference interval).", x=50, width=495,
           f="Helvetica-Oblique", sz=7.5)
    d.y -= 6
    widths = [112, 50, 56, 60, 26, 48, 48, 95]
    hdr = [["Test", "Result", "SI unit", "Ref. (SI)", "Flag", "Result", "Conv. unit",
            "Ref. (conventional)"]]
    tests = [
        ("RENAL FUNCTION",),
        ("Urea", "7.9", "mmol/L", "2.5-7.1", "BUN", "22", "mg/dL", "7-20"),
        ("Creatinine", "132", "µmol/L", "53-97", None, "1.49", "mg/dL", "0.6-1.1"),
        ("Sodium", "136", "mmol/L", "135-145"),
        ("Potassium", "5.6", "mmol/L", "3.5-5.1"),
        ("Chloride", "101", "mmol/L", "98-107"),
        ("Uric acid", "452", "µmol/L", "202-416", None, "7.6", "mg/dL", "3.4-7.0"),
        ("Calcium", "2.31", "mmol/L", "2.15-2.55", None, "9.3", "mg/dL", "8.6-10.2"),
        ("Phosphate", "1.12", "mmol/L", "0.81-1.45", None, "3.5", "mg/dL", "2.5-4.5"),
        ("Magnesium", "0.84", "mmol/L", "0.66-1.07", None, "2.04", "mg/dL", "1.6-2.6"),
        ("GLUCOSE",),
        ("Glucose (fasting)", "7.4", "mmol/L", "3.9-5.6", None, "133", "mg/dL", "70-100"),
        ("HbA1c (IFCC)", "54", "mmol/mol", "20-38", "HbA1c (NGSP)", "7.1", "%", "4.0-5.6"),
        ("LIVER FUNCTION",),
        ("Total bilirubin", "14", "µmol/L", "3-21", None, "0.8", "mg/dL", "0.2-1.2"),
        ("Direct bilirubin", "4", "µmol/L", "0-5", None, "0.2", "mg/dL", "0.0-0.3"),
        ("ALT", "38", "U/L", "7-40"),
        ("AST", "29", "U/L", "8-40"),
        ("ALP", "118", "U/L", "40-129"),
        ("GGT", "61", "U/L", "9-39"),
        ("Albumin", "36", "g/L", "35-52", None, "3.6", "g/dL", "3.5-5.2"),
        ("Total protein", "71", "g/L", "64-83", None, "7.1", "g/dL", "6.4-8.3"),
        ("LIPID PROFILE",),
        ("Total cholesterol", "5.9", "mmol/L", "<5.2", None, "228", "mg/dL", "<200"),
        ("HDL cholesterol", "1.1", "mmol/L", ">1.0", None, "43", "mg/dL", ">40"),
        ("LDL cholesterol", "3.9", "mmol/L", "<3.4", None, "151", "mg/dL", "<130"),
        ("Triglycerides", "1.9", "mmol/L", "<1.7", None, "168", "mg/dL", "<150"),
    ]
    table = list(hdr)

    def fl(val, ref):
        lo, hi = parse_range(ref)
        n = num_or_none(val)
        if lo is not None and n < lo:
            return "low"
        if hi is not None and n > hi:
            return "high"
        return "normal"
    for t in tests:
        if len(t) == 1:
            table.append([{"t": t[0], "f": "Helvetica-Bold", "c": (0.1, 0.3, 0.2)}] +
                         [""] * 7)
            continue
        name, v, u, ref = t[:4]
        r = d.lab(name, v, u, ref, fl(v, ref), dt)
        f = pf(r)
        row = [name, {"t": v, "f": "Helvetica-Bold" if f else "Helvetica"}, u, ref,
               {"t": f, "f": "Helvetica-Bold"}]
        if len(t) > 4:
            cname, cv, cu, cref = t[4:]
            d.lab(cname or name, cv, cu, cref, fl(cv, cref), dt, optional=True,
                  note="same result in conventional units (SI row is scored)")
            row += [cv if not cname else f"{cv} ({cname})", cu, cref]
        else:
            row += ["", "", ""]
        table.append(row)
    d.table(50, widths, table, sz=8, lead=10, pad=4.5, ruled=True,
            head_fill=(0.86, 0.92, 0.88), aligns=["l", "r", "l", "l", "c", "r", "l", "l"],
            min_h=21)
    d.y -= 12
    d.need(120)
    d.t(50, d.y, "URINE", "Helvetica-Bold", 9, (0.1, 0.3, 0.2))
    d.y -= 14
    d.t(50, d.y, "Urine microalbumin (ACR)", "Helvetica", 8.5)
    d.t(230, d.y, "Not done - sample not received. Please send a fresh early-morning urine.",
        "Helvetica-Oblique", 8.5)
    d.mn("labs", "Urine microalbumin (ACR)", "other", "not done, sample not received")
    d.y -= 22
    d.flow("Comments: Raised urea, creatinine and uric acid; potassium mildly raised - suggest "
           "repeat to exclude haemolysis. Fasting glucose and HbA1c above reference. Lipid "
           "profile assumes a 10-12 hour fast (patient reports 11 hours).", x=50, width=495,
           f="Helvetica", sz=8.5)
    d.y -= 16
    d.t(50, d.y, "Authorised by: Dr. M. Chebet, MBChB, MMed (Path) - Consultant Pathologist",
        "Helvetica", 8.5)
    d.y -= 12
    d.t(50, d.y, "Analysed on Cobas c311. ISO 15189 accredited tests.", "Helvetica", 7.5)
    res = d.finish()
    assert res["pages"] == 2
    return res


# ----------------------------------------------------------------------------- 04 SG (scan)
def doc04():
    dates = ["2025-02-03", "2025-05-05", "2025-08-04"]
    d = Doc(4, "sg", "cumulative_scan", country="Singapore", doc_type="lab_result",
            kind="cumulative results table, 3 collections, value+flag sub-columns, "
                 "image-only PDF scan", service_date=dates[-1], date_style="DD/MM/YYYY",
            scan=dict(fmt="pdf", dpi=160, angles=[-0.9], seed=804, noise=5.5, blur=0.55,
                      quality=68, specks=150))
    d.t(50, 800, "STRAITS DIAGNOSTICS PTE LTD", "Helvetica-Bold", 13)
    d.t(50, 788, "Blk 000 Tampines Street 00, #01-000, Singapore 520000  .  Tel 6000 0000  .  "
        "UEN 000000000Z", "Helvetica", 7.5)
    d.t(545, 800, "CUMULATIVE REPORT", "Helvetica-Bold", 11, align="r")
    d.rect(50, 722, 495, 58, lw=0.7)
    info = [("Name", "LIM SIEW HOON"), ("NRIC", "S0000000Z"), ("DOB/Sex", "09/09/1957 F"),
            ("Clinic", "Tampines Vista Family Clinic"), ("Doctor", "Dr Goh Wei Jie"),
            ("Printed", "06/08/2025 09:02")]
    y = 766
    for i, (k, v) in enumerate(info):
        x = 56 + (i % 3) * 165
        d.t(x, y, k, "Helvetica", 7.5)
        d.t(x + 42, y, v, "Helvetica-Bold", 8)
        if i % 3 == 2:
            y -= 16
    d.t(56, y - 2, "Clinical details: chronic disease monitoring (3-monthly)", "Helvetica", 7.5)
    d.y = 708
    tests = [
        ("Haemoglobin", "g/dL", "11.5-15.0", ["11.2", "11.0", "11.9"]),
        ("WBC", "x10^9/L", "4.0-10.0", ["6.1", "7.4", "5.9"]),
        ("Platelets", "x10^9/L", "150-400", ["288", "301", "276"]),
        ("Sodium", "mmol/L", "135-145", ["138", "136", "139"]),
        ("Potassium", "mmol/L", "3.5-5.1", ["4.9", "5.3", "4.7"]),
        ("Urea", "mmol/L", "2.8-7.2", ["8.1", "9.0", "7.8"]),
        ("Creatinine", "umol/L", "45-84", ["121", "134", "118"]),
        ("eGFR", "mL/min/1.73m2", ">60", ["41", "36", "43"]),
        ("Glucose (fasting)", "mmol/L", "3.9-6.0", ["7.8", None, "6.9"]),
        ("HbA1c", "%", "4.0-6.0", ["7.9", "7.4", "7.1"]),
        ("LDL-C", "mmol/L", "<2.6", ["2.9", None, "2.2"]),
        ("Urine ACR", "mg/mmol", "<3.0", ["28.4", None, "31.0"]),
        ("Iron studies", "", "", [None, None, "PENDING"]),
    ]
    widths = [98, 70, 62] + [60, 25] * 3
    table = [["Test", "Unit", "Ref range"] + sum([[dmy(x), ""] for x in dates], []),
             ["", "", ""] + ["Result", "Flag"] * 3]
    for name, unit, ref, vals in tests:
        row = [name, unit, ref]
        for j, v in enumerate(vals):
            if v is None:
                row += ["-", ""]
                continue
            if v == "PENDING":
                row += [{"t": "Pending", "f": "Helvetica-Oblique"}, ""]
                d.mn("labs", name, "planned", "ordered, pending")
                continue
            lo, hi = parse_range(ref)
            n = num_or_none(v)
            flag = "low" if (lo is not None and n < lo) else (
                "high" if (hi is not None and n > hi) else "normal")
            r = d.lab(name, v, unit, ref, flag, dates[j])
            f = pf(r)
            row += [{"t": v, "a": "r"}, {"t": f, "f": "Helvetica-Bold", "a": "c"}]
        table.append(row)
    d.t(50 + 230 + 2, d.y + 4, "Collected (dd/mm/yyyy):", "Helvetica-Oblique", 7)
    d.y -= 4
    d.table(50, widths, table, sz=8, lead=10, pad=4, header=2, ruled=True,
            head_fill=(0.9, 0.9, 0.9), min_h=18)
    d.y -= 14
    for ln in ["Flag: H high, L low. '-' not requested on that date.",
               "eGFR by CKD-EPI 2009 equation. Urine ACR: albumin-to-creatinine ratio, spot urine.",
               "Iron studies (serum iron, TIBC, ferritin) received 04/08/2025 - report to follow.",
               "This report is computer generated. Verified: Ms Nur Aisyah bte Rahman, "
               "Senior Medical Technologist."]:
        d.flow(ln, x=50, width=495, sz=7.8, gap=1)
    return d.finish()


# ----------------------------------------------------------------------------- 05 AE
def doc05():
    dt = "2025-09-27"
    prev = "2025-08-12"
    d = Doc(5, "ae", "critical_lab", country="United Arab Emirates", doc_type="lab_result",
            kind="ED lab report, conventional units, critical values, previous-result column",
            service_date=dt, date_style="DD-Mon-YYYY")
    d.rect(0, 770, d.W, 72, lw=0, fill=(0.05, 0.27, 0.45), stroke=False)
    d.t(40, 812, "JUMEIRAH CREEK HOSPITAL", "Helvetica-Bold", 16, (1, 1, 1))
    d.t(40, 796, "Department of Pathology & Laboratory Medicine  |  CAP-accredited (synthetic)",
        "Helvetica", 8.5, (1, 1, 1))
    d.t(555, 812, "LABORATORY REPORT", "Helvetica-Bold", 11, (1, 1, 1), "r")
    d.t(555, 796, "Emergency - STAT", "Helvetica", 9, (1, 1, 1), "r")
    info = [("Patient", "AL MARRI, Rashid Hamdan"), ("MRN", "JCH-000000"),
            ("Emirates ID", "784-0000-0000000-0"), ("Age/Gender", "67 Y / Male"),
            ("Location", "Emergency Dept. - Bed 14"), ("Ordering physician", "Dr. S. Menon"),
            ("Collected", f"{dmon(dt)} 03:41"), ("Verified", f"{dmon(dt)} 04:20")]
    y = 752
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 310
        d.t(x, y, k, "Helvetica", 8)
        d.t(x + 88, y, v, "Helvetica-Bold", 8.5)
        if i % 2 == 1:
            y -= 13
    d.y = y - 6
    tests = [
        ("HEMATOLOGY",),
        ("Hemoglobin", "9.1", "g/dL", "13.0-17.0", "low", "11.4"),
        ("WBC", "14.2", "x10^3/uL", "4.0-11.0", "high", None),
        ("Platelets", "96", "x10^3/uL", "150-410", "low", None),
        ("INR", "1.1", None, "0.8-1.2", "normal", None),
        ("CHEMISTRY",),
        ("Sodium", "128", "mmol/L", "136-145", "low", None),
        ("Potassium", "6.4", "mmol/L", "3.5-5.1", "critical", None),
        ("Bicarbonate", "16", "mmol/L", "22-29", "low", None),
        ("BUN", "61", "mg/dL", "6-20", "high", None),
        ("Creatinine", "2.8", "mg/dL", "0.7-1.3", "high", "1.9"),
        ("Glucose, random", "412", "mg/dL", "70-140", "critical", None),
        ("Lactate", "1.6", "mmol/L", "0.5-2.2", "normal", None),
        ("C-reactive protein", "48", "mg/L", "<5.0", "high", None),
        ("Procalcitonin", "0.92", "ng/mL", "<0.50", "high", None),
        ("hs-Troponin T", "19", "ng/L", "<14", "high", None),
        ("MICROBIOLOGY",),
        ("Blood culture (2 sets)", "pending", None, None, None, None),
        ("Urine culture", "pending", None, None, None, None),
    ]
    widths = [130, 58, 62, 62, 82, 121]
    table = [["Test", "Result", "Flag", "Units", "Reference", f"Previous ({dmon(prev)})"]]
    for t in tests:
        if len(t) == 1:
            table.append([{"t": t[0], "f": "Helvetica-Bold", "c": (0.05, 0.27, 0.45)}] +
                         [""] * 5)
            continue
        name, v, u, ref, flag, pv = t
        if v == "pending":
            table.append([name, {"t": "In progress", "f": "Helvetica-Oblique"}, "", "",
                          "", ""])
            d.mn("labs", name, "planned", "culture in progress, no result")
            continue
        r = d.lab(name, v, u, ref, flag, dt)
        f = {"high": "H", "low": "L", "normal": "", "critical": "CRIT"}[flag]
        col = (0.75, 0, 0) if flag == "critical" else None
        prevtxt = ""
        if pv:
            lo, hi = parse_range(ref)
            n = float(pv)
            pflag = "low" if n < lo else ("high" if n > hi else "normal")
            pr = d.lab(name, pv, u, ref, pflag, prev)
            prevtxt = pv + (" " + pf(pr) if pf(pr) else "")
        table.append([name, {"t": v, "f": "Helvetica-Bold" if f else "Helvetica", "c": col,
                             "a": "r"},
                      {"t": f, "f": "Helvetica-Bold", "c": col, "a": "c"}, u or "", ref,
                      prevtxt])
    d.table(40, widths, table, sz=8.5, lead=10.5, pad=4, ruled=False, zebra=(0.94, 0.96, 0.98),
            min_h=17)
    d.line(40, d.y, 555, d.y, 0.6)
    d.y -= 18
    d.rect(40, d.y - 36, 515, 44, lw=1, fill=(1, 0.93, 0.93))
    d.t(48, d.y - 4, "CRITICAL RESULT NOTIFICATION", "Helvetica-Bold", 9, (0.75, 0, 0))
    d.t(48, d.y - 17, f"Potassium 6.4 mmol/L and glucose 412 mg/dL phoned to Dr. S. Menon (ED) at "
        f"04:02 on {dmon(dt)}; read-back confirmed.", "Helvetica", 8.5)
    d.t(48, d.y - 29, "Sample slightly haemolysed (H-index 45); potassium may be overestimated.",
        "Helvetica", 8.5)
    d.y -= 60
    d.flow("Blood culture: bottles loaded 03:50; no growth reported so far - final report after "
           "5 days incubation. Urine culture: pending.", x=40, width=515, sz=8.5)
    d.flow("Reference ranges are age- and sex-specific for adult males. Troponin T (high-"
           "sensitivity): 99th percentile URL 14 ng/L.", x=40, width=515, sz=8)
    d.y -= 10
    d.t(40, d.y, "Electronically verified by: Dr. Farah Qureshi, Consultant Clinical Pathologist",
        "Helvetica-Oblique", 8.5)
    return d.finish()


# ----------------------------------------------------------------------------- 06 CA-MB
def doc06():
    dt, prev = "2025-06-18", "2024-11-02"
    d = Doc(6, "ca", "mb_lis_print", country="Canada (Manitoba)", doc_type="lab_result",
            kind="monospaced LIS print-out, unruled, with previous-result column and dipstick "
                 "urinalysis", service_date=dt, date_style="YYYY-MM-DD (ISO)", pagesize=letter)
    F = "Courier"
    y = 750
    for ln in ["RED RIVER REGIONAL LABORATORY                     CUMULATIVE/FINAL REPORT",
               "0 Assiniboine Ave, Winnipeg MB  R3C 0A0           Tel 204-555-0100",
               "-" * 78,
               "PATIENT: DESJARLAIS, MARIE-CLAIRE     PHIN: 000 000 000   DOB: 1987-03-30  F",
               "ORDERING: DR. T. BALLANTYNE (ST. VITAL FAMILY CLINIC)      ACC#: RR25-169-0042",
               f"COLLECTED: {dt} 09:12    RECEIVED: {dt} 10:40    REPORTED: 2025-06-19 16:05",
               "CLINICAL INFO: FATIGUE, MENORRHAGIA. R/O HYPOTHYROIDISM",
               "-" * 78]:
        d.t(40, y, ln, F, 8.6)
        y -= 11
    d.mn("conditions", "HYPOTHYROIDISM", "planned", "rule out (R/O) on requisition")
    cols = [40, 215, 280, 312, 408, 492]
    hdr = ["TEST", "RESULT", "FLAG", "UNITS", "REF RANGE", f"PREV {prev}"]
    y -= 4
    for x, h in zip(cols, hdr):
        d.t(x, y, h, "Courier-Bold", 8.6)
    y -= 15
    sections = [
        ("HEMATOLOGY", [("HEMOGLOBIN", "118", "g/L", "120-160", "124"),
                        ("WBC", "6.4", "x10E9/L", "4.0-11.0", None),
                        ("PLATELETS", "305", "x10E9/L", "150-400", None),
                        ("MCV", "78", "fL", "80-100", "81"),
                        ("FERRITIN", "9", "ug/L", "15-247", "14")]),
        ("CHEMISTRY", [("TSH", "6.84", "mU/L", "0.32-4.00", "4.91"),
                       ("FREE T4", "11", "pmol/L", "9-19", None),
                       ("CREATININE", "71", "umol/L", "50-100", None),
                       ("EGFR", ">90", "mL/min/1.73m2", ">60", None),
                       ("ALT", "22", "U/L", "<36", None),
                       ("VITAMIN B12", "182", "pmol/L", ">148", None)]),
        ("URINALYSIS (DIPSTICK)", [("SPECIFIC GRAVITY", "1.020", None, "1.005-1.030", None),
                                   ("PROTEIN", "NEGATIVE", None, "NEGATIVE", None),
                                   ("GLUCOSE", "NEGATIVE", None, "NEGATIVE", None),
                                   ("BLOOD", "TRACE", None, "NEGATIVE", None),
                                   ("LEUKOCYTE ESTERASE", "NEGATIVE", None, "NEGATIVE", None),
                                   ("NITRITE", "NEGATIVE", None, "NEGATIVE", None)]),
        ("MICROBIOLOGY", [("URINE CULTURE", "PENDING", None, None, None),
                          ("ANTI-TPO ANTIBODIES", "TO FOLLOW", "IU/mL", "<35", None)]),
    ]
    for title, tests in sections:
        d.t(40, y, title, "Courier-Bold", 8.6)
        y -= 11
        for name, v, u, ref, pv in tests:
            d.t(52, y, name, F, 8.6)
            if v in ("PENDING", "TO FOLLOW"):
                d.t(cols[1], y, v, F, 8.6)
                if u:
                    d.t(cols[3], y, u, F, 8.6)
                if ref:
                    d.t(cols[4], y, ref, F, 8.6)
                d.mn("labs", name, "planned", "no result yet")
                y -= 11
                continue
            lo, hi = parse_range(ref)
            n = num_or_none(v)
            if n is None:
                flag = "normal" if v in (ref, ">90") else "abnormal"
            else:
                flag = "low" if (lo is not None and n < lo) else (
                    "high" if (hi is not None and n > hi) else "normal")
            r = d.lab(name, v, u, ref, flag, dt)
            d.t(cols[1], y, v, F, 8.6)
            d.t(cols[2], y, pf(r), "Courier-Bold", 8.6)
            if u:
                d.t(cols[3], y, u, F, 8.6)
            d.t(cols[4], y, ref, F, 8.6)
            if pv:
                pn = float(pv)
                pflag = "low" if pn < lo else ("high" if pn > hi else "normal")
                pr = d.lab(name, pv, u, ref, pflag, prev)
                d.t(cols[5], y, pv + (" " + pf(pr) if pf(pr) else ""), F, 8.6)
            y -= 11
        y -= 6
    d.cond("IRON DEFICIENCY", optional=True, note="laboratory interpretive comment only")
    for ln in ["-" * 78,
               "FLAGS: L=LOW H=HIGH A=ABNORMAL.  PREV = MOST RECENT PRIOR RESULT, COLLECTED "
               + prev + ".",
               "COMMENT: MICROCYTIC INDICES AND LOW FERRITIN CONSISTENT WITH IRON DEFICIENCY.",
               "URINE CULTURE AND ANTI-TPO ANTIBODIES TO FOLLOW UNDER SEPARATE REPORT.",
               "",
               "*** FINAL REPORT - ELECTRONICALLY SIGNED: J. KOWALCHUK, MLT ***"]:
        y = d.para(40, y, 530, ln, F, 8.3, 10.5)
    return d.finish()


# ----------------------------------------------------------------------------- 07 ZA
def doc07():
    dt = "2025-11-03"
    labdt = "2025-10-14"
    d = Doc(7, "za", "gp_referral", country="South Africa", doc_type="medical_record",
            kind="GP referral letter in prose with medication list", service_date=dt,
            date_style="ordinal ('3rd November 2025'), DD/MM/YYYY")
    d.lm, d.rm = 60, 60
    d.t(60, 800, "Dr A. van der Merwe & Partners", "Times-Bold", 15)
    d.t(60, 786, "Family Practitioners  .  Practice No. 0000000", "Times-Italic", 9.5)
    d.t(535, 800, "0 Jacaranda Street, Arcadia", "Times-Roman", 8.5, align="r")
    d.t(535, 789, "Pretoria 0083, South Africa", "Times-Roman", 8.5, align="r")
    d.t(535, 778, "Tel 012 000 0000  .  Fax 012 000 0001", "Times-Roman", 8.5, align="r")
    d.line(60, 770, 535, 770, 0.8)
    d.y = 748
    for ln in ["Dr R. Naidoo", "Specialist Physician", "Suite 0, Lynnwood Medical Centre",
               "Pretoria"]:
        d.t(60, d.y, ln, "Times-Roman", 10.5)
        d.y -= 13
    d.y -= 6
    d.t(60, d.y, ordinal(dt), "Times-Roman", 10.5)
    d.y -= 22
    d.t(60, d.y, "Dear Dr Naidoo", "Times-Roman", 10.5)
    d.y -= 18
    d.t(60, d.y, "Re: Mr Themba Mahlangu   DOB 14/06/1967   Medical aid: 0000000000",
        "Times-Bold", 10.5)
    d.y -= 18
    P = dict(f="Times-Roman", sz=10.5, gap=7)
    dysp = d.cond("exertional dyspnoea", optional=True, note="presenting symptom")
    d.flow("Thank you for seeing this 58-year-old man. I would appreciate your opinion "
           f"regarding progressive {dysp['name']} over the past three months. He now "
           "becomes breathless after one flight of stairs. He denies chest pain, orthopnoea and "
           "palpitations, and has had no syncope.", **P)
    for n in ("chest pain", "orthopnoea", "palpitations", "syncope"):
        d.mn("conditions", n, "negated")
    htn = d.cond("Hypertension", icd="I10")
    dm = d.cond("Type 2 diabetes mellitus", icd="E11.9")
    gout = d.cond("Gout", icd="M10.9")
    d.flow(f"Background: {htn['name'].lower()} since 2014 ({htn['icd10_code']}), "
           f"{dm['name'].lower()} ({dm['icd10_code']}) and {gout['name'].lower()} "
           f"({gout['icd10_code']}). He was treated for pulmonary tuberculosis in 2009 and "
           "completed six months of therapy with documented cure. Appendicectomy in 1990.",
           **P)
    d.mn("conditions", "pulmonary tuberculosis", "historical", "treated 2009, cured")
    d.mn("conditions", "Appendicectomy", "historical")
    d.flow("Family history: his father died of a myocardial infarction at 61 and his mother "
           "had a stroke in her seventies. He is an ex-smoker (stopped 2012, 20 pack-years) "
           "and drinks alcohol socially.", **P)
    d.mn("conditions", "myocardial infarction", "family")
    d.mn("conditions", "stroke", "family")
    d.flow("Current medication:", f="Times-Bold", sz=10.5, gap=2)
    meds = [d.med("amlodipine", "10", "mg", None, "daily"),
            d.med("enalapril", "20", "mg", None, "twice daily", brand="Pharmapress"),
            d.med("metformin", "850", "mg", None, "three times a day"),
            d.med("allopurinol", "300", "mg", None, "daily"),
            d.med("atorvastatin", "20", "mg", None, "at night")]
    for m in meds:
        if m["brand"]:
            s = f"{m['brand']} ({m['name']}) {m['dose']} {m['unit']} {m['frequency']}"
        else:
            s = medtxt(m)
        d.t(80, d.y, "-  " + s, "Times-Roman", 10.5)
        d.y -= 13.5
    d.y -= 4
    hct = d.med("hydrochlorothiazide", "12.5", "mg", None, "daily", status="stopped")
    d.flow(f"{hct['name'].capitalize()} {hct['dose']} {hct['unit']} {hct['frequency']} was "
           "stopped in August after an acute gout flare. I have advised him to avoid over-the-"
           "counter anti-inflammatories such as ibuprofen.", **P)
    d.mn("medications", "ibuprofen", "negated", "advised to avoid")
    al = d.allergy("Sulphonamides", "rash")
    d.flow(f"Allergies: {al['substance']} ({al['reaction']}). He has tolerated penicillin in "
           "the past without problems.", **P)
    d.mn("allergies", "penicillin", "negated", "tolerated")
    bp = d.vital("blood_pressure", "152/94", 152, 94, "mmHg")
    hr = d.vital("heart_rate", "88", 88, unit="/min")
    wt = d.vital("weight", "97 kg", 97, unit="kg")
    bmi = d.vital("bmi", "32.4", 32.4, unit="kg/m2")
    sp = d.vital("oxygen_saturation", "96%", 96, unit="%")
    d.flow(f"On examination today his blood pressure was {bp['value_text']} {bp['unit']} "
           f"(148/92 at his previous visit), pulse {hr['value_text']}{hr['unit']} and "
           f"regular, weight {wt['value_text']} (BMI {bmi['value_text']} {bmi['unit']}) and "
           f"SpO2 {sp['value_text']} on room air. JVP not raised, heart sounds normal with no "
           "murmurs, chest clear, no pedal oedema.", **P)
    d.mn("vitals", "148/92", "historical", "previous visit")
    d.mn("conditions", "pedal oedema", "negated")
    labs = [d.lab("HbA1c", "8.2", "%", None, None, labdt),
            d.lab("creatinine", "118", "µmol/L", None, None, labdt),
            d.lab("eGFR", "58", "mL/min/1.73m²", None, None, labdt),
            d.lab("potassium", "4.6", "mmol/L", None, None, labdt)]
    d.flow(f"Recent bloods ({dmy(labdt)}): " + ", ".join(
        f"{r['test_name']} {r['value_text']} {r['unit']}" for r in labs) +
        ". Resting ECG shows sinus rhythm with no acute changes.", **P)
    d.flow("I have requested an NT-proBNP and an echocardiogram to exclude heart failure; the "
           "results will be forwarded to you. I have not started a beta-blocker, and would "
           "consider adding spironolactone if his blood pressure remains above target. I would "
           "value your assessment and any further investigations you feel appropriate.", **P)
    d.mn("labs", "NT-proBNP", "planned", "requested, no result")
    d.mn("conditions", "heart failure", "planned", "to exclude")
    d.mn("medications", "spironolactone", "planned", "consider")
    d.mn("medications", "beta-blocker", "negated", "not started")
    d.flow("Kind regards", **P)
    d.hand(60, d.y - 14, "A. vd Merwe", sz=20, ink=INK2)
    d.y -= 34
    d.t(60, d.y, "Dr A. van der Merwe  MBChB (Pret)  HPCSA MP 0000000", "Times-Roman", 10)
    return d.finish()


# ----------------------------------------------------------------------------- 08 IN
def doc08():
    dt, labdt = "2025-09-18", "2025-09-16"
    d = Doc(8, "in", "endocrine_opd", country="India", doc_type="medical_record",
            kind="endocrinology OPD consultation / prescription with brand-name Rx and "
                 "investigation table", service_date=dt, date_style="DD/MM/YYYY")
    d.lm, d.rm = 45, 45
    d.rect(0, 772, d.W, 70, lw=0, fill=(0.55, 0.1, 0.15), stroke=False)
    d.t(45, 815, "SAHYADRI DIABETES & THYROID CENTRE", "Helvetica-Bold", 16, (1, 1, 1))
    d.t(45, 800, "0, 2nd Cross, Jayanagar 4th Block, Bengaluru 560011  |  Ph: 080-0000 0000",
        "Helvetica", 8.5, (1, 1, 1))
    d.t(45, 786, "Dr. Kavitha Raghunath, MD, DM (Endocrinology)  |  KMC Reg. No. 00000",
        "Helvetica", 8.5, (1, 1, 1))
    d.y = 752
    d.t(45, d.y, "Name: Mrs. Lakshmi Venkatesh", "Helvetica-Bold", 10)
    d.t(300, d.y, "Age/Sex: 52 Y / F", "Helvetica", 10)
    d.t(550, d.y, f"Date: {dmy(dt)}", "Helvetica", 10, align="r")
    d.y -= 14
    d.t(45, d.y, "UHID: SDTC-000-2213     Ref: Self     Visit: Follow-up", "Helvetica", 9)
    d.y -= 8
    d.line(45, d.y, 550, d.y, 0.6)
    d.y -= 16
    d.t(45, d.y, "DIAGNOSIS", "Helvetica-Bold", 10, (0.55, 0.1, 0.15))
    d.y -= 14
    conds = [d.cond("Type 2 Diabetes Mellitus", icd="E11.65"),
             d.cond("Primary hypothyroidism", icd="E03.9"),
             d.cond("Dyslipidaemia", icd="E78.5"),
             d.cond("Systemic hypertension", icd="I10", aliases=["Hypertension"]),
             d.cond("Vitamin D deficiency", icd="E55.9")]
    extra = {0: " (12 years) - suboptimally controlled", 1: " - on replacement"}
    for i, cnd in enumerate(conds):
        d.t(60, d.y, f"{i + 1}.  {cnd['name']}{extra.get(i, '')}   [{cnd['icd10_code']}]",
            "Helvetica", 9.5)
        d.y -= 13
    d.y -= 4
    d.flow("C/o tingling and burning in both feet x 3 months, worse at night. No h/o "
           "hypoglycaemia. Compliant with medicines; diet adherence poor during festival "
           "season. H/o gestational diabetes (2008), resolved after delivery. Family history: "
           "father - coronary artery disease (CABG at 60).", sz=9.5)
    d.mn("conditions", "hypoglycaemia", "negated")
    d.mn("conditions", "gestational diabetes", "historical")
    d.mn("conditions", "coronary artery disease", "family")
    bp = d.vital("blood_pressure", "138/86", 138, 86, "mmHg")
    pr = d.vital("heart_rate", "82", 82, unit="/min")
    wt = d.vital("weight", "78.4", 78.4, unit="kg")
    ht = d.vital("height", "162", 162, unit="cm")
    bm = d.vital("bmi", "29.9", 29.9, unit="kg/m2")
    d.t(45, d.y, "VITALS", "Helvetica-Bold", 10, (0.55, 0.1, 0.15))
    d.y -= 14
    d.t(60, d.y, f"BP: {bp['value_text']} {bp['unit']}    Pulse: {pr['value_text']}"
        f"{pr['unit']}    Wt: {wt['value_text']} {wt['unit']}    Ht: {ht['value_text']} "
        f"{ht['unit']}    BMI: {bm['value_text']} {bm['unit']}", "Helvetica", 9.5)
    d.y -= 14
    d.flow("Foot exam: monofilament sensation reduced over both forefeet; pedal pulses "
           "palpable; no diabetic foot ulcer. Thyroid: not enlarged.", sz=9.5)
    d.mn("conditions", "diabetic foot ulcer", "negated")
    neuro = d.cond("Diabetic peripheral neuropathy", icd="E11.42", optional=True,
                   note="stated as 'probable' in impression")
    d.flow(f"Impression: probable early {neuro['name'].lower()} [{neuro['icd10_code']}].",
           sz=9.5)
    d.t(45, d.y, f"INVESTIGATIONS ({dmy(labdt)})", "Helvetica-Bold", 10, (0.55, 0.1, 0.15))
    d.y -= 6
    tests = [("FBS", "148", "mg/dL", "70-100"), ("PPBS", "232", "mg/dL", "<140"),
             ("HbA1c", "8.4", "%", "4.0-5.6"), ("TSH", "3.1", "µIU/mL", "0.35-5.50"),
             ("S. Creatinine", "0.9", "mg/dL", "0.6-1.1"),
             ("Urine ACR", "42", "mg/g", "<30"),
             ("25-OH Vitamin D", "14", "ng/mL", "30-100")]
    table = [["Test", "Result", "Unit", "Bio. ref. interval"]]
    for name, v, u, ref in tests:
        lo, hi = parse_range(ref)
        n = float(v)
        fl = "low" if (lo is not None and n < lo) else (
            "high" if (hi is not None and n > hi) else "normal")
        r = d.lab(name, v, u, ref, fl, labdt)
        table.append([name, {"t": v + (" " + pf(r) if pf(r) else ""),
                             "f": "Helvetica-Bold" if pf(r) else "Helvetica"}, u, ref])
    d.table(60, [130, 70, 70, 110], table, sz=9, ruled=True, head_fill=(0.95, 0.9, 0.9))
    d.y -= 16
    d.t(45, d.y, "Rx", "Times-BoldItalic", 18, (0.55, 0.1, 0.15))
    d.y -= 16
    rx = [("Tab.", d.med("metformin", "500", "mg", None, "1-0-1", status="changed",
                         brand="Glycomet SR 500"), "after food (increased from 1-0-0)"),
          ("Tab.", d.med("glimepiride", "2", "mg", None, "1-0-0", brand="Amaryl"),
           "15 min before breakfast"),
          ("Tab.", d.med("levothyroxine", "75", "mcg", None, "1-0-0", brand="Thyronorm"),
           "empty stomach, 6 am"),
          ("Tab.", d.med("telmisartan", "40", "mg", None, "0-0-1", brand="Telma 40"), ""),
          ("Tab.", d.med("rosuvastatin", "10", "mg", None, "0-0-1", brand="Rosuvas 10"),
           "after dinner"),
          ("Cap.", d.med("cholecalciferol", "60,000", "IU", None, "once a week",
                         status="new", brand="Uprise-D3 60K"), "x 8 weeks, with milk"),
          ("Tab.", d.med("methylcobalamin", "1500", "mcg", None, "1-0-0", status="new",
                         brand="Nurokind OD"), "x 3 months")]
    for i, (form, m, note) in enumerate(rx):
        d.t(60, d.y, f"{i + 1}. {form} {m['brand']} ({m['name'].capitalize()} {m['dose']} "
            f"{m['unit']})", "Helvetica-Bold", 9.5)
        d.t(350, d.y, m["frequency"], "Helvetica", 9.5)
        d.t(420, d.y, note, "Helvetica-Oblique", 8.5)
        d.y -= 13.5
    vog = d.med("voglibose", "0.3", "mg", None, None, status="stopped", brand="Volix 0.3")
    d.t(60, d.y, f"STOP: Tab. {vog['brand']} ({vog['name'].capitalize()} {vog['dose']} "
        f"{vog['unit']}) - bloating", "Helvetica-Bold", 9.5, (0.7, 0, 0))
    d.y -= 18
    d.flow("Drug allergy: NKDA.", sz=9.5, gap=2)
    d.mn("allergies", "NKDA", "negated")
    d.flow("Advice: diabetic diet (1600 kcal), brisk walk 30 min daily, foot care. Dilated fundus "
           "examination advised to screen for diabetic retinopathy. Consider basal insulin if "
           "HbA1c remains above 8% at next visit.", sz=9.5, gap=2)
    d.mn("conditions", "diabetic retinopathy", "planned", "screening advised")
    d.mn("medications", "basal insulin", "planned", "consider")
    d.flow(f"Review after 3 months ({dmy('2025-12-18')}) with FBS, PPBS, HbA1c and fasting lipid "
           "profile.", sz=9.5, gap=2)
    d.mn("labs", "fasting lipid profile", "planned")
    d.y -= 14
    d.hand(400, d.y, "Dr. Kavitha R", sz=17, ink=INK)
    d.y -= 14
    d.t(400, d.y, "Dr. Kavitha Raghunath", "Helvetica", 8.5)
    return d.finish()


# ----------------------------------------------------------------------------- 09 AU-TAS
def doc09():
    dt = "2025-07-22"
    d = Doc(9, "au", "tas_ed_note", country="Australia (Tasmania)", doc_type="medical_record",
            kind="emergency department clinical note with triage and discharge observations, "
                 "ED-only medicines and discharge prescriptions", service_date=dt,
            date_style="DD/MM/YYYY")
    d.footer_extra = lambda dd: dd.t(550, 26, f"Page {dd.page}", "Helvetica", 7, None, "r")
    d.lm, d.rm = 45, 45

    def head(dd):
        dd.rect(45, 792, 505, 32, lw=0.8)
        dd.t(52, 811, "DERWENT VALLEY GENERAL HOSPITAL - EMERGENCY DEPARTMENT", "Helvetica-Bold",
             10.5)
        dd.t(52, 798, "ED Clinical Record / Discharge Letter to GP", "Helvetica", 8.5)
        dd.t(543, 798, "URN 000-000-0  |  POULTON, Ethan  |  DOB 02/12/1990 (34y) M",
             "Helvetica", 8, None, "r")
        dd.y = 776
    d.on_new_page = head
    head(d)
    lines = [("Arrival", f"{dmy(dt)} 09:48 via private car"),
             ("Triage category", "ATS 2 - severe pain"), ("Treating doctor", "Dr Mei Tran (ED Registrar)"),
             ("Usual GP", "Dr H. Walsh, Huon Road Medical, South Hobart")]
    for k, v in lines:
        d.t(45, d.y, k + ":", "Helvetica-Bold", 8.8)
        d.t(150, d.y, v, "Helvetica", 8.8)
        d.y -= 12
    d.y -= 4
    d.t(45, d.y, "TRIAGE OBSERVATIONS", "Helvetica-Bold", 9)
    d.y -= 12
    tv = [d.vital("blood_pressure", "146/92", 146, 92, "mmHg"),
          d.vital("heart_rate", "104", 104, unit="bpm"),
          d.vital("respiratory_rate", "20", 20, unit="/min"),
          d.vital("temperature", "36.9", 36.9, unit="°C"),
          d.vital("oxygen_saturation", "99", 99, unit="%")]
    labels = ["BP", "HR", "RR", "Temp", "SpO2"]
    x = 45
    for lab_, v in zip(labels, tv):
        s = f"{lab_} {v['value_text']} {v['unit']}" if lab_ != "SpO2" else \
            f"SpO2 {v['value_text']}{v['unit']} RA"
        d.t(x, d.y, s, "Helvetica", 9)
        x += d.w(s, "Helvetica", 9) + 18
    d.t(x, d.y, "Pain 9/10", "Helvetica", 9)
    d.y -= 18
    d.t(45, d.y, "HISTORY", "Helvetica-Bold", 9)
    d.y -= 12
    d.flow("34M with sudden onset left loin pain radiating to the groin from 06:30 today, "
           "colicky, with nausea and two vomits. Denies fever, dysuria or rigors. No previous "
           "episodes.", sz=9)
    for n in ("fever", "dysuria", "rigors"):
        d.mn("conditions", n, "negated")
    asth = d.cond("Asthma")
    dep = d.cond("Depression")
    d.flow(f"PMHx: {asth['name']} (mild intermittent, no admissions); {dep['name'].lower()}, "
           "stable on sertraline; right inguinal hernia repair 2016. FHx: mother has polycystic "
           "kidney disease.", sz=9)
    d.mn("conditions", "inguinal hernia", "historical", "repaired 2016")
    d.mn("conditions", "polycystic kidney disease", "family")
    sert = d.med("sertraline", "100", "mg", None, "mane")
    vent = d.med("salbutamol", "100", "microgram", "inhaled", "2 puffs PRN", brand="Ventolin")
    al = d.allergy("Codeine", "vomiting")
    d.flow(f"Usual medications: {sert['name']} {sert['dose']} {sert['unit']} "
           f"{sert['frequency']}; {vent['brand']} ({vent['name']}) {vent['dose']} "
           f"{vent['unit']} {vent['route']}, {vent['frequency']}. Allergies: "
           f"{al['substance']} ({al['reaction']}). Nil else.", sz=9)
    d.t(45, d.y, "EXAMINATION", "Helvetica-Bold", 9)
    d.y -= 12
    d.flow("Distressed, writhing. Abdomen soft, left renal angle tenderness, no peritonism. "
           "Bedside ultrasound: mild left hydronephrosis, no AAA.", sz=9)
    d.mn("conditions", "AAA", "negated")
    d.t(45, d.y, "INVESTIGATIONS", "Helvetica-Bold", 9)
    d.y -= 4
    tests = [("WCC", "9.8", "x10^9/L", "4.0-11.0"), ("Neutrophils", "7.9", "x10^9/L", "2.0-7.5"),
             ("Creatinine", "96", "µmol/L", "60-110"), ("eGFR", ">90", "mL/min/1.73m2", ">60"),
             ("CRP", "6", "mg/L", "<5"), ("Urine dipstick - blood", "3+", None, "Negative"),
             ("Urine dipstick - nitrites", "Negative", None, "Negative")]
    table = [["Test", "Result", "Units", "Ref.", "Flag"]]
    for name, v, u, ref in tests:
        n = num_or_none(v)
        lo, hi = parse_range(ref)
        if n is None:
            fl = "normal" if v in (ref, ">90") else "abnormal"
        else:
            fl = "low" if (lo is not None and n < lo) else (
                "high" if (hi is not None and n > hi) else "normal")
        r = d.lab(name, v, u, ref, fl, dt)
        table.append([name, v, u or "", ref, pf(r, "word")])
    d.table(60, [150, 60, 90, 80, 60], table, sz=8.5, ruled=False, zebra=(0.94, 0.94, 0.94))
    d.y -= 14
    d.flow("Urine MCS: sent, pending (GP to follow up). CT KUB: 5 mm calculus at the left "
           "vesicoureteric junction with mild upstream hydronephrosis. No other calculi.", sz=9)
    d.mn("labs", "Urine MCS", "planned", "pending")
    d.t(45, d.y, "ED MANAGEMENT", "Helvetica-Bold", 9)
    d.y -= 12
    given = ["fentanyl 50 microgram intranasal", "parecoxib 40 mg IV",
             "ondansetron 4 mg IV", "sodium chloride 0.9% 1 L IV"]
    d.flow("Given in ED: " + "; ".join(given) + ". Pain settled to 2/10 by 13:00.", sz=9)
    for g in ("fentanyl", "parecoxib", "ondansetron", "sodium chloride 0.9%"):
        d.mn("medications", g, "other", "given in ED only")
    d.t(45, d.y, "OBSERVATIONS AT DISCHARGE (15:40)", "Helvetica-Bold", 9)
    d.y -= 12
    dv = [d.vital("blood_pressure", "128/80", 128, 80, "mmHg"),
          d.vital("heart_rate", "82", 82, unit="bpm")]
    d.t(45, d.y, f"BP {dv[0]['value_text']} {dv[0]['unit']}   HR {dv[1]['value_text']} "
        f"{dv[1]['unit']}   afebrile, tolerating oral fluids", "Helvetica", 9)
    d.y -= 18
    dx = d.cond("Left ureteric calculus", icd="N20.1", aliases=["Renal colic"])
    d.t(45, d.y, "DIAGNOSIS:", "Helvetica-Bold", 9)
    d.t(115, d.y, f"{dx['aliases'][0]} - {dx['name']} (5 mm, VUJ)   [{dx['icd10_code']}]",
        "Helvetica", 9)
    d.y -= 16
    d.t(45, d.y, "DISCHARGE MEDICATIONS (new - supplied)", "Helvetica-Bold", 9)
    d.y -= 12
    dm = [d.med("ibuprofen", "400", "mg", "oral", "three times daily with food for 5 days",
                status="new"),
          d.med("oxycodone", "5", "mg", "oral", "4-hourly PRN", status="new",
                note="6 tablets supplied"),
          d.med("tamsulosin", "400", "microgram", "oral", "at night for 2 weeks", status="new"),
          d.med("metoclopramide", "10", "mg", "oral", "8-hourly PRN nausea", status="new")]
    for m in dm:
        extra = " (max 4 doses/day; 6 tablets supplied)" if m["name"] == "oxycodone" else ""
        d.t(60, d.y, f"-  {m['name'].capitalize()} {m['dose']} {m['unit']} {m['route']} "
            f"{m['frequency']}{extra}", "Helvetica", 9)
        d.y -= 12
    d.t(60, d.y, "Continue usual sertraline and Ventolin.", "Helvetica", 9)
    d.y -= 16
    d.t(45, d.y, "PLAN / GP FOLLOW-UP", "Helvetica-Bold", 9)
    d.y -= 12
    d.flow("Strain urine. GP review in 1 week with urine MCS result. Repeat imaging (KUB "
           "X-ray) in 4 weeks; if the stone has not passed, refer to urology for consideration "
           "of ureteroscopy. Return to ED if fever, uncontrolled pain or vomiting.", sz=9)
    d.hand(45, d.y - 10, "M Tran", sz=18, ink=INK2)
    d.t(130, d.y - 10, "Dr Mei Tran, ED Registrar  -  pager 000", "Helvetica", 8.5)
    return d.finish()


# ----------------------------------------------------------------------------- 10 TT
def doc10():
    dt, labdt = "2025-10-06", "2025-09-30"
    d = Doc(10, "tt", "telehealth_note", country="Trinidad and Tobago",
            doc_type="medical_record", kind="telehealth (video) consultation note, SOAP prose "
            "with home-reported readings", service_date=dt,
            date_style="weekday + 'D Month YYYY', DD/MM/YYYY")
    d.lm, d.rm = 55, 55
    d.t(55, 802, "MARACAS VALLEY MEDICAL CENTRE", "Helvetica-Bold", 13, (0.1, 0.35, 0.35))
    d.t(55, 789, "0 Eastern Main Road, St. Joseph, Trinidad & Tobago  .  (868) 000-0000",
        "Helvetica", 8)
    d.t(540, 802, "TELEHEALTH CONSULTATION NOTE", "Helvetica-Bold", 10, align="r")
    d.line(55, 782, 540, 782, 0.8)
    d.y = 766
    for k, v in [("Patient", "Mrs Indira RAMKISSOON-BAPTISTE, 67 F   (MRN MV-000791)"),
                 ("Date", f"{weekday(dt)} {dmonth(dt)}, 10:15-10:38 (video, patient at home "
                  "with daughter)"),
                 ("Clinician", "Dr Kendall Mohammed, Family Physician"),
                 ("Consent", "Verbal consent for video consultation obtained")]:
        d.t(55, d.y, k + ":", "Helvetica-Bold", 9)
        d.t(120, d.y, v, "Helvetica", 9)
        d.y -= 12.5
    d.y -= 6
    P = dict(sz=9.5, gap=6)
    d.t(55, d.y, "S:", "Helvetica-Bold", 10)
    d.y -= 13
    d.flow("Reports increasing ankle swelling over the past week and breathlessness walking to "
           "the gate. Home scale 71.2 kg this morning versus 69.0 kg on "
           f"{dmy('2025-09-29')}. She denies chest pain, syncope and orthopnoea; sleeping on one "
           "pillow. No bleeding or bruising.", **P)
    for n in ("chest pain", "syncope", "orthopnoea", "bleeding"):
        d.mn("conditions", n, "negated")
    d.mn("vitals", "69.0 kg", "historical", "last week's weight")
    conds = [d.cond("Heart failure with reduced ejection fraction", aliases=["HFrEF"]),
             d.cond("Permanent atrial fibrillation"),
             d.cond("Hypertension"),
             d.cond("Chronic kidney disease stage 3a", aliases=["CKD 3a"])]
    d.flow(f"Background: {conds[0]['name'].lower()} ({conds[0]['aliases'][0]}, LVEF 35% on echo "
           f"03/2025), {conds[1]['name'].lower()}, {conds[2]['name'].lower()}, "
           f"{conds[3]['name'].lower()} ({conds[3]['aliases'][0]}). Previous DVT in 2015, treated - completed "
           "anticoagulation at that time.", **P)
    d.mn("conditions", "DVT", "historical")
    d.t(55, d.y, "O:", "Helvetica-Bold", 10)
    d.y -= 13
    bp = d.vital("blood_pressure", "118/72", 118, 72, "mmHg")
    hr = d.vital("heart_rate", "76", 76, unit="bpm")
    sp = d.vital("oxygen_saturation", "95%", 95, unit="%")
    wt = d.vital("weight", "71.2 kg", 71.2, unit="kg")
    d.flow(f"Home readings taken during call (validated upper-arm monitor, finger oximeter): "
           f"BP {bp['value_text']} {bp['unit']}, pulse {hr['value_text']} {hr['unit']} "
           f"irregular, SpO2 {sp['value_text']} on air, weight {wt['value_text']}. Temperature "
           "not taken. On video: speaking full sentences, pitting oedema to mid-shin "
           "bilaterally shown by daughter.", **P)
    labs = [d.lab("Potassium", "5.6", "mmol/L", "3.5-5.0", "high", labdt),
            d.lab("Creatinine", "142", "µmol/L", "45-90", "high", labdt),
            d.lab("Sodium", "134", "mmol/L", "135-145", "low", labdt),
            d.lab("INR", "2.6", None, "2.0-3.0", "normal", labdt)]
    d.flow(f"Bloods {dmy(labdt)}: " + "; ".join(
        f"{r['test_name']} {r['value_text']}{(' ' + r['unit']) if r['unit'] else ''} "
        f"({r['reference_text']}){' ' + pf(r) if pf(r) else ''}" for r in labs) +
        " - INR in target range.", **P)
    d.t(55, d.y, "A:", "Helvetica-Bold", 10)
    d.y -= 13
    fo = d.cond("Fluid overload", optional=True, note="describes the HFrEF decompensation")
    hk = d.cond("Hyperkalaemia")
    d.flow(f"{fo['name']} / decompensating HFrEF, haemodynamically stable, suitable for "
           f"management at home. {hk['name']} on spironolactone and ramipril.", **P)
    d.t(55, d.y, "P:", "Helvetica-Bold", 10)
    d.y -= 13
    furo = d.med("furosemide", "40", "mg", None, "twice daily", status="changed",
                 note="increased from 40 mg once daily")
    spiro = d.med("spironolactone", "25", "mg", None, "once daily", status="held")
    items = [f"Increase {furo['name']} to {furo['dose']} {furo['unit']} {furo['frequency']} "
             "(was 40 mg once daily) for 5 days, then review.",
             f"HOLD {spiro['name']} {spiro['dose']} {spiro['unit']} {spiro['frequency']} until "
             "repeat potassium.",
             "Repeat U&E and potassium in 3 days - form sent to lab by e-mail.",
             "Daily weights; call if weight rises above 72 kg or breathlessness worsens.",
             "Consider switching warfarin to apixaban at next clinic if renal function stable.",
             "Influenza vaccine due - book at the health centre flu clinic."]
    d.mn("labs", "U&E", "planned", "repeat requested")
    d.mn("medications", "apixaban", "planned", "consider")
    d.mn("immunizations", "Influenza vaccine", "due")
    for i, it in enumerate(items):
        d.flow(f"{i + 1}. {it}", x=70, width=470, sz=9.5, gap=2)
    d.y -= 6
    d.t(55, d.y, "Medication list (reconciled with patient's daughter):", "Helvetica-Bold", 9.5)
    d.y -= 4
    bis = d.med("bisoprolol", "5", "mg", None, "once daily")
    ram = d.med("ramipril", "5", "mg", None, "once daily")
    war = d.med("warfarin", None, None, None, "as directed by anticoagulation clinic")
    dig = d.med("digoxin", "125", "microgram", None, "once daily", status="stopped")
    table = [["Medicine", "Dose", "Frequency", "Status"],
             [furo["name"], "40 mg", furo["frequency"], "CHANGED today (was once daily)"],
             [bis["name"], "5 mg", bis["frequency"], "continue"],
             [ram["name"], "5 mg", ram["frequency"], "continue"],
             [spiro["name"], "25 mg", spiro["frequency"], "ON HOLD"],
             [war["name"], "per INR", war["frequency"], "continue"],
             [dig["name"], "125 microgram", dig["frequency"], "stopped June 2025 (bradycardia)"]]
    d.table(70, [110, 80, 170, 110], table, sz=8.8, ruled=True, head_fill=(0.88, 0.94, 0.94))
    d.y -= 16
    al = d.allergy("Iodinated contrast", "urticaria", "moderate")
    d.flow(f"Allergies: {al['substance']} - {al['reaction']} ({al['severity']}).", **P)
    d.flow("Safety-netting given. Follow-up telehealth in 5 days. Time spent 23 minutes.", **P)
    d.t(55, d.y, "Electronically signed: Dr K. Mohammed  " + dmy(dt) + " 10:52",
        "Helvetica-Oblique", 8.5)
    return d.finish()


# ----------------------------------------------------------------------------- 11 SE
def doc11():
    dt, labdt = "2025-05-14", "2025-05-12"
    d = Doc(11, "se", "cardiology_letter", country="Sweden", doc_type="medical_record",
            kind="specialist outpatient letter (cardiology) to GP with ICD-10 diagnosis list, "
                 "Swedish '1x1' dosing and lab prefixes", service_date=dt,
            date_style="YYYY-MM-DD (ISO)")
    d.lm, d.rm = 62, 62

    def cont(dd):
        dd.t(62, 805, "Anders Lindqvist, 19640312-0000 - outpatient letter " + dt +
             " (continued)", "Helvetica-Oblique", 8)
        dd.line(62, 798, 533, 798, 0.4)
        dd.y = 780
    d.on_new_page = cont
    d.footer_extra = lambda dd: dd.t(533, 26, f"Page {dd.page} of 2", "Helvetica", 7, None, "r")
    d.t(62, 800, "Region Vätterstrand", "Helvetica-Bold", 12)
    d.t(62, 787, "Vätterstrand Hospital, Department of Cardiology, Outpatient Clinic",
        "Helvetica", 8.5)
    d.t(62, 776, "SE-551 00 Jönköping  .  Tel +46 (0)36 00 00 00", "Helvetica", 8.5)
    d.t(533, 800, "Outpatient letter", "Helvetica-Bold", 10, align="r")
    d.t(533, 787, f"Date: {dt}", "Helvetica", 9, align="r")
    d.t(533, 776, "Ref: KARD-OPD 2025-0000", "Helvetica", 8, align="r")
    d.y = 748
    for ln in ["To: Dr Sofia Berg, Vårdcentralen Bankeryd",
               "Patient: Anders Lindqvist, personal identity no. 19640312-0000"]:
        d.t(62, d.y, ln, "Helvetica", 9.5)
        d.y -= 13
    d.y -= 8
    P = dict(f="Times-Roman", sz=10.5, gap=7)
    d.flow("Dear colleague,", **P)
    d.flow("Mr Lindqvist, 61, was seen for his three-month follow-up after his myocardial "
           "infarction in February, treated with PCI and a drug-eluting stent to the LAD. He "
           "reports no angina and no dyspnoea on exertion; he walks 5 km daily and has returned "
           "to work. No bleeding on dual antiplatelet therapy.", **P)
    for n in ("angina", "dyspnoea", "bleeding"):
        d.mn("conditions", n, "negated")
    d.flow("Diagnoses (ICD-10):", f="Times-Bold", sz=10.5, gap=2)
    c1 = d.cond("Atherosclerotic heart disease", icd="I25.1",
                aliases=["coronary artery disease"])
    c2 = d.cond("Old myocardial infarction", icd="I25.2", status="history", optional=True,
                note="NSTEMI 2025-02-03, coded as old MI")
    c3 = d.cond("Essential hypertension", icd="I10")
    c4 = d.cond("Pure hypercholesterolaemia", icd="E78.0", aliases=["hypercholesterolaemia"])
    for cc_, extra in [(c1, " (coronary artery disease), PCI LAD 2025-02-04"),
                       (c2, " - NSTEMI 2025-02-03"), (c3, ""), (c4, "")]:
        d.t(80, d.y, f"{cc_['icd10_code']}   {cc_['name']}{extra}", "Times-Roman", 10.5)
        d.y -= 13.5
    d.y -= 4
    bp = d.vital("blood_pressure", "128/76", 128, 76, "mmHg")
    hr = d.vital("heart_rate", "58", 58, unit="/min")
    wt = d.vital("weight", "84 kg", 84, unit="kg")
    d.flow(f"Status: BP {bp['value_text']} {bp['unit']}, heart rate {hr['value_text']}"
           f"{hr['unit']} regular, weight {wt['value_text']}. Heart: regular rhythm, no murmur. "
           "Lungs clear. No peripheral oedema. ECG: sinus rhythm, Q waves V2-V3, unchanged.",
           **P)
    d.mn("conditions", "peripheral oedema", "negated")
    d.flow(f"Laboratory ({labdt}):", f="Times-Bold", sz=10.5, gap=2)
    tests = [("P-LDL cholesterol", "2.1", "mmol/L", "<1.4", ["LDL cholesterol"]),
             ("B-Hb", "141", "g/L", "134-170", None),
             ("P-Creatinine", "92", "µmol/L", "60-105", ["Creatinine"]),
             ("eGFR", "74", "mL/min/1.73m²", ">60", None),
             ("P-Potassium", "4.2", "mmol/L", "3.5-4.4", ["Potassium"]),
             ("P-ALT", "0.45", "µkat/L", "<0.76", ["ALT"]),
             ("P-NT-proBNP", "180", "ng/L", "<300", ["NT-proBNP"])]
    table = [["Analysis", "Result", "Unit", "Ref./target"]]
    for name, v, u, ref, al in tests:
        lo, hi = parse_range(ref)
        n = float(v)
        fl = "low" if (lo is not None and n < lo) else (
            "high" if (hi is not None and n > hi) else "normal")
        r = d.lab(name, v, u, ref, fl, labdt, aliases=al)
        table.append([name, v + (" *" if pf(r) else ""), u, ref])
    d.table(80, [130, 60, 90, 80], table, f="Times-Roman", hf="Times-Bold", sz=10, ruled=False)
    d.t(80, d.y - 10, "* outside reference/target", "Times-Italic", 8.5)
    d.y -= 26
    d.flow("LDL is above the secondary-prevention target of 1.4 mmol/L despite high-intensity "
           "statin; ezetimibe is therefore added. If LDL is still above target at the next check "
           "a PCSK9 inhibitor may be considered. Metoprolol is increased because of a resting "
           "heart rate of 70-80 at home. Isosorbide mononitrate is discontinued as he is free "
           "of angina.", **P)
    d.mn("medications", "PCSK9 inhibitor", "planned", "may be considered")
    d.flow("Current medication list:", f="Times-Bold", sz=10.5, gap=2)
    meds = [(d.med("ticagrelor", "90", "mg", None, "1x2", brand="Brilique"),
             "until 2026-02-04, then stop"),
            (d.med("acetylsalicylic acid", "75", "mg", None, "1x1", brand="Trombyl"),
             "lifelong"),
            (d.med("atorvastatin", "80", "mg", None, "1x1"), ""),
            (d.med("ezetimibe", "10", "mg", None, "1x1", status="new"), "NEW"),
            (d.med("metoprolol succinate", "50", "mg", None, "1x1", status="changed",
                   brand="Seloken ZOC"), "increased from 25 mg"),
            (d.med("ramipril", "5", "mg", None, "1x1"), ""),
            (d.med("pantoprazole", "20", "mg", None, "1x1"), "while on DAPT"),
            (d.med("glyceryl trinitrate", "0.4", "mg", "sublingual", "as needed",
                   brand="Nitrolingual"), "spray, 1 dose as needed")]
    table = [["Substance (brand)", "Strength", "Dosage", "Comment"]]
    for m, note in meds:
        nm = m["name"] + (f" ({m['brand']})" if m["brand"] else "")
        dosage = m["frequency"] if m["route"] is None else f"{m['route']}, {m['frequency']}"
        table.append([nm, f"{m['dose']} {m['unit']}", dosage, note])
    imd = d.med("isosorbide mononitrate", "30", "mg", None, "1x1", status="stopped",
                brand="Imdur")
    table.append([{"t": f"{imd['name']} ({imd['brand']})", "f": "Helvetica-Oblique"},
                  "30 mg", imd["frequency"], {"t": "DISCONTINUED " + dt, "f": "Helvetica-Bold"}])
    d.table(62, [170, 60, 110, 131], table, sz=8.8, ruled=True, head_fill=(0.92, 0.92, 0.92))
    d.y -= 18
    d.flow("Family history: his brother underwent coronary bypass surgery at 52. Allergies: "
           "none known. Non-smoker since 2025-02.", **P)
    d.mn("conditions", "coronary bypass surgery", "family")
    d.flow(f"Plan: fasting lipids in 8 weeks at the health centre; exercise test and "
           "echocardiography in August; next cardiology visit after one year.", **P)
    d.mn("labs", "fasting lipids", "planned")
    d.flow("Kind regards,", **P)
    d.t(62, d.y - 6, "Elin Sjöberg, MD, PhD, Consultant Cardiologist (electronically signed)",
        "Times-Italic", 10)
    res = d.finish()
    assert res["pages"] == 2, res["pages"]
    return res


# ----------------------------------------------------------------------------- 12 US C-CDA
def doc12():
    dt = "2025-03-04"
    d = Doc(12, "us", "ccda_ccd", country="United States (Hawaii)", doc_type="medical_record",
            kind="C-CDA Continuity of Care Document rendered to PDF, section tables with "
                 "status columns", service_date=dt, date_style="MM/DD/YYYY, 'Mar 04, 2025'",
            pagesize=letter)
    d.footer_extra = lambda dd: dd.t(dd.W - 40, 26, f"Page {dd.page}", "Helvetica", 7, None, "r")
    d.lm, d.rm = 40, 40
    W = d.W
    BL = (0.12, 0.25, 0.5)

    def head(dd):
        dd.t(40, 762, "Continuity of Care Document", "Helvetica-Bold", 10, BL)
        dd.t(W - 40, 762, "AKANA, MALIA K  |  MRN 0000411", "Helvetica", 8, None, "r")
        dd.line(40, 756, W - 40, 756, 0.5)
        dd.y = 740
    d.on_new_page = lambda dd: head(dd)
    d.t(40, 760, "Continuity of Care Document", "Helvetica-Bold", 18, BL)
    d.t(40, 744, "C-CDA R2.1 CCD  -  rendered by viewer (stylesheet CDA.xsl)", "Helvetica", 8)
    d.rect(40, 660, W - 80, 74, lw=0.5, fill=(0.94, 0.96, 0.99))
    rows = [("Patient", "Malia K. Akana", "Date of birth", "Jul 19, 1971"),
            ("Sex", "Female", "Patient IDs", "0000411 (2.16.840.1.113883.0.0.0)"),
            ("Address", "0 Makiki Heights Dr, Honolulu, HI 96822", "Phone", "(808) 555-0142"),
            ("Document created", mony(dt), "Author", "Leilani Fonoti, MD"),
            ("Custodian", "Makiki Heights Family Health Center", "Encounter",
             f"Office visit {mdy(dt)} - diabetes follow-up")]
    y = 722
    for a, b, c_, e in rows:
        d.t(46, y, a, "Helvetica-Bold", 8)
        d.t(130, y, b, "Helvetica", 8)
        d.t(320, y, c_, "Helvetica-Bold", 8)
        d.t(392, y, e, "Helvetica", 8)
        y -= 13
    d.y = 642

    def section(title):
        d.need(80)
        d.y -= 20
        d.t(40, d.y, title, "Helvetica-Bold", 11, BL)
        d.y -= 5
        d.line(40, d.y, W - 40, d.y, 0.8)
        d.y -= 6

    TB = dict(sz=8, lead=9.6, pad=3, ruled=True, head_fill=(0.85, 0.89, 0.95))
    section("Allergies, Adverse Reactions, Alerts")
    a1 = d.allergy("Sulfa antibiotics", "Hives", "moderate")
    a2 = d.allergy("Shellfish", "Anaphylaxis", "severe")
    t = [["Substance", "Reaction", "Severity", "Status", "Recorded"],
         [a1["substance"], a1["reaction"], "Moderate", "Active", "06/14/2008"],
         [a2["substance"], a2["reaction"], "Severe", "Active", "11/02/2015"],
         ["Latex", "-", "-", "Inactive - entered in error", "01/09/2020"]]
    d.mn("allergies", "Latex", "other", "inactive, entered in error")
    d.table(40, [150, 110, 70, 140, 62], t, **TB)

    section("Medications")
    meds = [
        (d.med("metformin", "1000", "mg", "oral", "twice daily"),
         "metformin 1000 MG Oral Tablet", "Take 1 tablet by mouth twice daily with meals",
         "02/11/2019", "Active"),
        (d.med("lisinopril", "20", "mg", "oral", "once daily"),
         "lisinopril 20 MG Oral Tablet", "Take 1 tablet by mouth once daily", "08/30/2016",
         "Active"),
        (d.med("atorvastatin", "40", "mg", "oral", "once daily at bedtime"),
         "atorvastatin 40 MG Oral Tablet", "Take 1 tablet by mouth once daily at bedtime",
         "08/30/2016", "Active"),
        (d.med("semaglutide", "0.5", "mg", "subcutaneous", "once weekly", brand="Ozempic"),
         "semaglutide 0.5 MG/DOSE Pen Injector [Ozempic]",
         "Inject 0.5 mg subcutaneous once weekly", "09/17/2024", "Active"),
        (d.med("glipizide", "5", "mg", "oral", "once daily", status="stopped"),
         "glipiZIDE 5 MG Oral Tablet", "Take 1 tablet by mouth once daily before breakfast",
         "02/11/2019", "Discontinued 09/17/2024"),
        (d.med("amoxicillin", "500", "mg", "oral", "three times daily for 10 days",
               status="completed"),
         "amoxicillin 500 MG Oral Capsule", "Take 1 capsule by mouth three times daily for "
         "10 days", "01/06/2025", "Completed 01/16/2025"),
    ]
    t = [["Medication", "Directions", "Start date", "Status"]]
    for m, disp, sig, start, st in meds:
        t.append([disp, sig, start, st])
    d.table(40, [170, 200, 62, 100], t, **TB)

    section("Problems")
    probs = [d.cond("Type 2 diabetes mellitus without complications", icd="E11.9"),
             d.cond("Essential hypertension", icd="I10"),
             d.cond("Hyperlipidemia, unspecified", icd="E78.5", aliases=["Hyperlipidemia"]),
             d.cond("Obstructive sleep apnea", icd="G47.33")]
    t = [["Problem", "ICD-10-CM", "Onset", "Status"]]
    for p_, on in zip(probs, ["02/2019", "08/2016", "08/2016", "05/2021"]):
        t.append([p_["name"], p_["icd10_code"], on, "Active"])
    t.append(["Acute bronchitis, unspecified", "J20.9", "01/06/2025", "Resolved 01/20/2025"])
    d.mn("conditions", "Acute bronchitis, unspecified", "historical", "resolved")
    d.table(40, [240, 80, 90, 122], t, **TB)

    section("Results")
    res = [("Hemoglobin A1c/Hemoglobin.total in Blood", "4548-4", "7.6", "%", "4.0-5.6",
            ["Hemoglobin A1c"]),
           ("Glucose [Mass/volume] in Serum or Plasma", "2345-7", "148", "mg/dL", "70-99",
            ["Glucose"]),
           ("Creatinine [Mass/volume] in Serum or Plasma", "2160-0", "1.02", "mg/dL",
            "0.57-1.00", ["Creatinine"]),
           ("eGFR (CKD-EPI 2021)", "98979-8", "64", "mL/min/1.73m2", ">59", ["eGFR"]),
           ("Cholesterol in LDL [Mass/volume] by calculation", "13457-7", "96", "mg/dL",
            "<100", None),
           ("Microalbumin/Creatinine [Mass Ratio] in Urine", "14959-1", "22", "mg/g", "<30",
            None)]
    t = [["Test", "LOINC", "Value", "Units", "Ref. range", "Interp.", "Date"]]
    for name, loinc, v, u, ref, al in res:
        lo, hi = parse_range(ref)
        n = float(v)
        fl = "low" if (lo is not None and n < lo) else (
            "high" if (hi is not None and n > hi) else "normal")
        r = d.lab(name, v, u, ref, fl, dt, aliases=al)
        t.append([name, loinc, v, u, ref, {"t": "H" if fl == "high" else "N"}, mdy(dt)])
    t.append(["Thyrotropin [Units/volume] in Serum or Plasma", "3016-3", "Pending", "", "", "",
              mdy(dt)])
    d.mn("labs", "Thyrotropin [Units/volume] in Serum or Plasma", "planned", "pending")
    d.table(40, [200, 50, 40, 70, 60, 40, 72], t, **TB)

    section("Vital Signs")
    vv = [("Blood pressure", d.vital("blood_pressure", "134/82", 134, 82, "mm[Hg]")),
          ("Heart rate", d.vital("heart_rate", "76", 76, unit="/min")),
          ("Respiratory rate", d.vital("respiratory_rate", "16", 16, unit="/min")),
          ("Body temperature", d.vital("temperature", "98.4", 98.4, unit="[degF]")),
          ("Oxygen saturation (SpO2)", d.vital("oxygen_saturation", "97", 97, unit="%")),
          ("Body height", d.vital("height", "66", 66, unit="[in_i]")),
          ("Body weight", d.vital("weight", "203", 203, unit="[lb_av]")),
          ("BMI", d.vital("bmi", "32.8", 32.8, unit="kg/m2"))]
    t = [["Vital sign", f"{mdy(dt)} 09:20", "Units"]]
    for lab_, v in vv:
        t.append([lab_, v["value_text"], v["unit"]])
    d.table(40, [200, 120, 120], t, **TB)

    section("Immunizations")
    im = [(d.imm("Influenza, seasonal, injectable, preservative free", "2024-10-15", lot="FL4829X",
                 brand="Flucelvax"), "Completed"),
          (d.imm("COVID-19 mRNA vaccine, 2024-2025 formula", "2024-10-15", lot="LN7720A",
                 brand="Comirnaty"), "Completed"),
          (d.imm("Tdap", "2019-06-02", lot="AC52B066AA", brand="Boostrix"), "Completed")]
    t = [["Vaccine", "Product", "Date", "Lot", "Status"]]
    for r, st in im:
        t.append([r["vaccine"], r["brand"], mdy(r["administered_on"]), r["lot_number"], st])
    t.append(["Pneumococcal conjugate PCV20", "Prevnar 20", mdy(dt), "-",
              "Refused - patient decision"])
    d.mn("immunizations", "Pneumococcal conjugate PCV20", "other", "refused")
    d.table(40, [200, 80, 70, 80, 102], t, **TB)

    section("Family History")
    t = [["Relation", "Condition", "Age at onset"], ["Mother", "Breast cancer", "58"],
         ["Father", "Colon cancer", "66"]]
    d.mn("conditions", "Breast cancer", "family")
    d.mn("conditions", "Colon cancer", "family")
    d.table(40, [120, 200, 100], t, **TB)

    section("Social History")
    d.t(46, d.y - 8, "Tobacco smoking status: Never smoker (LOINC 72166-2)   |   Alcohol: "
        "1-2 drinks/week", "Helvetica", 8)
    d.y -= 20

    section("Plan of Treatment")
    d.y -= 9
    for ln in ["Zoster vaccine recombinant (Shingrix) - due; discuss at next visit.",
               "Thyrotropin (TSH) - ordered 03/04/2025, result pending.",
               "Consider adding empagliflozin if A1c remains above goal at 3-month follow-up.",
               "Sleep study follow-up: continue CPAP nightly."]:
        d.flow("-  " + ln, x=46, width=W - 92, sz=8.5, gap=1)
    d.mn("immunizations", "Zoster vaccine recombinant (Shingrix)", "due")
    d.mn("medications", "empagliflozin", "planned")
    return d.finish()


# ----------------------------------------------------------------------------- 13 CA-NS
def doc13():
    dt = "2025-06-12"
    d = Doc(13, "ca", "ns_after_visit_summary", country="Canada (Nova Scotia)",
            doc_type="medical_record",
            kind="patient-portal After Visit Summary export, boxed two-column layout, "
                 "START/CHANGE/CONTINUE/STOP medication groups", service_date=dt,
            date_style="'Jun 12, 2025' (Mon DD, YYYY)", pagesize=letter)
    d.footer_extra = lambda dd: dd.t(dd.W - 36, 26, f"Page {dd.page}", "Helvetica", 7, None, "r")
    W = d.W
    d.lm, d.rm = 36, 36
    TEAL = (0.0, 0.4, 0.45)

    def head(dd):
        dd.rect(0, 752, W, 40, lw=0, fill=TEAL, stroke=False)
        dd.t(36, 772, "MyCare NS", "Helvetica-Bold", 15, (1, 1, 1))
        dd.t(W - 36, 775, "Gerald MacIsaac  |  MRN 000-338-61  |  DOB Feb 07, 1954",
             "Helvetica", 8.5, (1, 1, 1), "r")
        dd.t(W - 36, 762, f"After Visit Summary - {mony(dt)}", "Helvetica", 8.5, (1, 1, 1), "r")
        dd.y = 735
    d.on_new_page = head
    head(d)
    d.t(36, d.y, f"Visit with Dr. Fiona Chisholm, Family Medicine  -  {mony(dt)} 10:40 AM",
        "Helvetica-Bold", 11)
    d.y -= 13
    d.t(36, d.y, "Harbourview Family Practice, 0 Portland St, Dartmouth NS B2Y 0A0  -  "
        "902-555-0173", "Helvetica", 8.5)
    d.y -= 12
    # two boxes: diagnoses + vitals
    top = d.y
    d.rect(36, top - 150, 260, 150, lw=0.6)
    d.rect(310, top - 150, W - 346, 150, lw=0.6)
    d.t(44, top - 15, "Diagnoses for this visit", "Helvetica-Bold", 10, TEAL)
    dx = d.cond("Acute exacerbation of COPD", icd="J44.1")
    d.t(44, top - 30, f"{dx['name']}  ({dx['icd10_code']})", "Helvetica", 9)
    d.t(44, top - 48, "Your problem list", "Helvetica-Bold", 10, TEAL)
    pl = [d.cond("Chronic obstructive pulmonary disease", icd="J44.9", aliases=["COPD"],
                 optional=True, note="underlying disease of the visit diagnosis"),
          d.cond("Essential hypertension", icd="I10"),
          d.cond("Osteopenia", icd="M85.8")]
    yy = top - 62
    for p_ in pl:
        d.t(44, yy, f"{p_['name']}  ({p_['icd10_code']})", "Helvetica", 9)
        yy -= 12
    d.t(44, yy, "History of pneumonia (2019) - resolved", "Helvetica", 9, (0.4, 0.4, 0.4))
    d.mn("conditions", "pneumonia", "historical", "resolved 2019")
    d.t(318, top - 15, "Your vitals today", "Helvetica-Bold", 10, TEAL)
    vit = [("Blood pressure", d.vital("blood_pressure", "142/88", 142, 88, "mmHg"), ""),
           ("Pulse", d.vital("heart_rate", "92", 92), ""),
           ("Temperature", d.vital("temperature", "36.6 °C", 36.6, unit="°C",
                                   also_ok=[{"value_numeric": 97.9}]), " (97.9 °F)"),
           ("Respiratory rate", d.vital("respiratory_rate", "18", 18), ""),
           ("Oxygen saturation", d.vital("oxygen_saturation", "91%", 91, unit="%"), ""),
           ("Weight", d.vital("weight", "68.5 kg", 68.5, unit="kg",
                              also_ok=[{"value_numeric": 151}]), " (151 lb)"),
           ("Height", d.vital("height", "168 cm", 168, unit="cm",
                              also_ok=[{"value_numeric": 66}]), " (5' 6\")"),
           ("BMI", d.vital("bmi", "24.3", 24.3, unit="kg/m²"), " kg/m²")]
    yy = top - 30
    for lab_, v, extra in vit:
        d.t(318, yy, lab_, "Helvetica", 8.8)
        txt = v["value_text"] + (f" {v['unit']}" if v["unit"] == "mmHg" else "") + extra
        d.t(430, yy, txt, "Helvetica-Bold", 8.8)
        yy -= 13.5
    d.y = top - 166
    d.t(36, d.y, "Your Medication List", "Helvetica-Bold", 13, TEAL)
    d.y -= 15
    d.flow("This list is what we have on file after today's visit. Bring it to every "
           "appointment.", x=36, sz=8.5, color=(0.3, 0.3, 0.3))

    def group(title, color, items):
        d.need(40)
        d.rect(36, d.y - 4, W - 72, 16, lw=0, fill=color, stroke=False)
        d.t(42, d.y, title, "Helvetica-Bold", 9.5, (1, 1, 1))
        d.y -= 18
        for head_, sig, extra in items:
            d.need(30)
            d.t(46, d.y, head_, "Helvetica-Bold", 9)
            d.y -= 11.5
            d.flow(sig, x=58, width=W - 110, sz=8.8, gap=0)
            if extra:
                d.flow(extra, x=58, width=W - 110, sz=8.3, gap=0, color=(0.35, 0.35, 0.35))
            d.y -= 5
    pred = d.med("prednisone", "40", "mg", "by mouth", "once daily for 5 days", status="new")
    doxy = d.med("doxycycline", "100", "mg", "by mouth", "twice daily for 5 days",
                 status="new")
    trel = d.med("fluticasone furoate/umeclidinium/vilanterol", "100-62.5-25", "mcg",
                 "inhaled", "1 puff once daily", status="new", brand="TRELEGY ELLIPTA")
    group("START taking these medications", (0.15, 0.5, 0.2), [
        ("predniSONE 20 mg tablet", f"Take 2 tablets ({pred['dose']} {pred['unit']} total) "
         f"{pred['route']} {pred['frequency']}.", "Take in the morning with food."),
        ("doxycycline 100 mg capsule", f"Take 1 capsule ({doxy['dose']} {doxy['unit']} "
         f"total) {doxy['route']} {doxy['frequency']}.", None),
        (f"{trel['name']} ({trel['brand']}) {trel['dose']} {trel['unit']}/actuation inhaler",
         f"Inhale {trel['frequency']} ({trel['route']}). Rinse mouth after use.",
         "Replaces BREO ELLIPTA.")])
    aml = d.med("amlodipine", "10", "mg", "by mouth", "daily", status="changed", brand="NORVASC")
    group("CHANGE how you take these medications", (0.75, 0.45, 0.0), [
        ("amLODIPine (NORVASC) 10 mg tablet", f"Take 1 tablet ({aml['dose']} {aml['unit']} "
         f"total) {aml['route']} {aml['frequency']}.", "What changed: medication strength "
         "(was 5 mg)")])
    salb = d.med("salbutamol", "100", "mcg", "inhaled", "every 4 hours as needed",
                 brand="VENTOLIN HFA")
    vitd = d.med("cholecalciferol", "1,000", "unit", "by mouth", "daily",
                 aliases=["vitamin D3"])
    group("CONTINUE these medications which have NOT CHANGED", (0.3, 0.3, 0.3), [
        (f"salbutamol ({salb['brand']}) {salb['dose']} mcg/actuation inhaler",
         f"Inhale 2 puffs ({salb['route']}) {salb['frequency']} for shortness of breath.",
         None),
        (f"cholecalciferol (vitamin D3) {vitd['dose']} {vitd['unit']} tablet",
         f"Take 1 tablet {vitd['route']} {vitd['frequency']}.", None)])
    breo = d.med("fluticasone furoate/vilanterol", "100-25", "mcg", "inhaled", "daily",
                 status="stopped", brand="BREO ELLIPTA")
    group("STOP taking these medications", (0.7, 0.1, 0.1), [
        (f"{breo['name']} ({breo['brand']}) {breo['dose']} {breo['unit']}/actuation inhaler",
         f"Inhale 1 puff {breo['frequency']}.", "Reason: replaced by Trelegy")])
    d.y -= 4
    d.t(36, d.y, "Allergies", "Helvetica-Bold", 12, TEAL)
    d.y -= 14
    a1 = d.allergy("Penicillins", "Hives")
    a2 = d.allergy("Codeine", "Nausea And Vomiting")
    for a, typ in ((a1, "Allergy"), (a2, "Intolerance")):
        d.t(46, d.y, f"{a['substance']}  -  {a['reaction']}  ({typ})", "Helvetica", 9)
        d.y -= 12
    d.y -= 8
    d.need(120)
    d.t(36, d.y, "Immunizations", "Helvetica-Bold", 12, TEAL)
    d.y -= 4
    i1 = d.imm("Influenza vaccine, high dose", "2024-10-22", lot="U8840AA", brand="Fluzone High-Dose")
    i2 = d.imm("Pneumococcal conjugate 20-valent", "2023-11-14", lot="HK9312",
               brand="Prevnar 20")
    t = [["Immunization", "Date", "Product", "Lot"]]
    for r in (i1, i2):
        t.append([r["vaccine"], mony(r["administered_on"]), r["brand"], r["lot_number"]])
    d.table(46, [200, 90, 130, 80], t, sz=8.8, ruled=False)
    d.y -= 18
    d.t(36, d.y, "Health Maintenance - due", "Helvetica-Bold", 10, TEAL)
    d.y -= 13
    for name, when in [("Zoster (Shingrix) vaccine, dose 1 of 2", "Overdue since Feb 07, 2004"),
                       ("RSV vaccine (age 60+)", "Due now"),
                       ("Tdap / Td booster", "Due on Aug 03, 2025")]:
        d.t(46, d.y, name, "Helvetica", 9)
        d.t(330, d.y, when, "Helvetica-Oblique", 9)
        d.y -= 12
    d.mn("immunizations", "Zoster (Shingrix) vaccine", "due")
    d.mn("immunizations", "RSV vaccine", "due")
    d.mn("immunizations", "Tdap / Td booster", "due")
    d.y -= 8
    d.t(36, d.y, "Orders placed today", "Helvetica-Bold", 10, TEAL)
    d.y -= 13
    for name, st in [("CBC with Differential", "Pending - collect at lab"),
                     ("Spirometry (pre/post bronchodilator)", f"Scheduled {mony('2025-07-03')}"),
                     ("XR Chest 2 views", "Completed - see result when available")]:
        d.t(46, d.y, name, "Helvetica", 9)
        d.t(330, d.y, st, "Helvetica-Oblique", 9)
        d.y -= 12
    d.mn("labs", "CBC with Differential", "planned", "pending")
    d.y -= 8
    d.t(36, d.y, "Patient Instructions", "Helvetica-Bold", 10, TEAL)
    d.y -= 13
    for ln in ["Doxycycline: do not take if you are allergic to tetracyclines. Take with a full "
               "glass of water and stay upright for 30 minutes. Avoid strong sunlight.",
               "Prednisone: take in the morning. It can raise blood sugar and affect sleep.",
               "Call 811 or go to the Emergency Department if you are more short of breath, "
               "have chest pain, or your lips turn blue."]:
        d.flow("-  " + ln, x=46, width=W - 90, sz=8.6, gap=2)
    d.mn("allergies", "tetracyclines", "leaflet")
    return d.finish()


# ----------------------------------------------------------------------------- 14 PH
def doc14():
    dt = "2025-09-22"
    d = Doc(14, "ph", "emr_problem_med_list", country="Philippines", doc_type="medical_record",
            kind="clinic EMR print-out: problem list and medication list tables (landscape)",
            service_date=dt, date_style="MM/DD/YYYY", pagesize=landscape(letter))
    d.footer_extra = lambda dd: dd.t(dd.W - 36, 26, "Page 1 of 1", "Helvetica", 7, None, "r")
    W, H = d.W, d.H
    d.t(36, H - 40, "ST. BENEDICT MEDICAL ARTS CLINIC - Internal Medicine", "Helvetica-Bold", 13)
    d.t(36, H - 53, "Rm 000, 0 C.M. Recto Ave., Davao City 8000  |  (082) 000-0000  |  "
        "EMR: ClinicNote v4.2", "Helvetica", 8)
    d.t(W - 36, H - 40, f"Printed: {mdy('2025-09-23')} 08:15", "Helvetica", 8, align="r")
    d.line(36, H - 60, W - 36, H - 60, 0.8)
    d.t(36, H - 75, "Patient: MACARAEG, Rogelio Dizon    Sex: M    Age: 72    PhilHealth No.: "
        "00-000000000-0    Attending: Dr. Ma. Teresa L. Buenaventura, FPCP", "Helvetica", 8.8)
    d.y = H - 98
    d.t(36, d.y, "PROBLEM LIST", "Helvetica-Bold", 10)
    d.y -= 6
    probs = [(d.cond("Hypertensive heart disease", icd="I11.9"), "2010", "Active", ""),
             (d.cond("Type 2 diabetes mellitus with diabetic nephropathy", icd="E11.2"),
              mdy("2016-03-15"), "Active", "nephrology co-management"),
             (d.cond("Benign prostatic hyperplasia", icd="N40"), "2021", "Active", ""),
             (d.cond("Primary osteoarthritis, both knees", icd="M17.0"), "2018", "Active",
              "avoid NSAIDs")]
    t = [["#", "Problem", "ICD-10", "Onset", "Status", "Notes"]]
    for i, (p_, on, st, note) in enumerate(probs):
        t.append([str(i + 1), p_["name"], p_["icd10_code"], on, st, note])
    t.append(["5", "Pulmonary tuberculosis", "A15.0", "2018", "Resolved",
              "completed 6 mos DOTS 2019"])
    t.append(["6", "Dengue fever", "A90", "2016", "Resolved", ""])
    t.append(["7", "Chronic kidney disease", "N18.9", "-", "R/O", "for work-up"])
    d.mn("conditions", "Pulmonary tuberculosis", "historical", "resolved")
    d.mn("conditions", "Dengue fever", "historical", "resolved")
    d.mn("conditions", "Chronic kidney disease", "planned", "rule out")
    d.table(36, [22, 280, 60, 70, 70, 218], t, sz=8.5, ruled=True, head_fill=(0.9, 0.9, 0.8))
    d.y -= 14
    d.t(36, d.y, "MEDICATION LIST", "Helvetica-Bold", 10)
    d.y -= 6
    meds = [(d.med("Losartan", "50", "mg", None, "1 tab once daily (OD)", brand="Lifezar"),
             "2014", "", "Active"),
            (d.med("Amlodipine", "10", "mg", None, "1 tab OD", brand="Norvasc"), "2012", "",
             "Active"),
            (d.med("Metformin", "500", "mg", None, "1 tab BID after meals", brand="Glucophage"),
             "2016", "", "Active"),
            (d.med("Sitagliptin", "100", "mg", None, "1 tab OD", status="new",
                   brand="Januvia"), mdy("2025-06-10"), "", "Active (new)"),
            (d.med("Tamsulosin", "400", "mcg", None, "1 cap HS", brand="Harnal Ocas"), "2021",
             "", "Active"),
            (d.med("Atorvastatin", "20", "mg", None, "1 tab HS", brand="Lipitor"), "2016", "",
             "Active"),
            (d.med("Paracetamol", "500", "mg", None, "1 tab q6h PRN pain", brand="Biogesic"),
             "2018", "", "Active"),
            (d.med("Gliclazide", "60", "mg", None, "1 tab OD before breakfast",
                   status="stopped", brand="Diamicron MR"), "2016", mdy("2025-06-10"),
             "Discontinued - replaced by sitagliptin"),
            (d.med("Celecoxib", "200", "mg", None, "1 cap BID PRN knee pain", status="stopped",
                   brand="Celebrex"), "2023", "08/2025", "Discontinued (renal)")]
    t = [["Generic name", "Brand", "Strength", "Sig", "Start", "Stop", "Status"]]
    for m, start, stop, st in meds:
        t.append([m["name"], m["brand"], f"{m['dose']} {m['unit']}", m["frequency"], start,
                  stop, {"t": st, "f": "Helvetica-Bold" if "Disc" in st else "Helvetica"}])
    d.table(36, [90, 90, 60, 170, 70, 70, 170], t, sz=8.5, ruled=True, zebra=(0.95, 0.95, 0.95),
            head_fill=(0.9, 0.9, 0.8))
    d.y -= 14
    left = d.y
    d.t(36, d.y, "ALLERGIES", "Helvetica-Bold", 10)
    al = d.allergy("Aspirin", "angioedema", "severe")
    d.t(36, d.y - 13, f"{al['substance']} - {al['reaction']} (SEVERE, 2011)", "Helvetica", 8.8)
    d.t(36, d.y - 26, "Family history: brother - prostate cancer (dx age 68)", "Helvetica", 8.8)
    d.mn("conditions", "prostate cancer", "family")
    d.t(400, left, f"VITAL SIGNS - last visit {mdy(dt)}", "Helvetica-Bold", 10)
    vs = [d.vital("blood_pressure", "150/90", 150, 90, "mmHg"),
          d.vital("heart_rate", "78", 78, unit="bpm"),
          d.vital("weight", "64", 64, unit="kg"),
          d.vital("height", "160", 160, unit="cm"),
          d.vital("bmi", "25.0", 25.0)]
    d.t(400, left - 13, f"BP {vs[0]['value_text']} {vs[0]['unit']}   HR {vs[1]['value_text']} "
        f"{vs[1]['unit']}   Wt {vs[2]['value_text']} {vs[2]['unit']}   Ht {vs[3]['value_text']} "
        f"{vs[3]['unit']}   BMI {vs[4]['value_text']}", "Helvetica", 8.8)
    d.t(400, left - 26, "Next follow-up: 12/22/2025 with FBS, HbA1c, creatinine", "Helvetica", 8.8)
    d.mn("labs", "HbA1c", "planned", "for next follow-up")
    d.mn("labs", "FBS", "planned", "for next follow-up")
    return d.finish()


# ----------------------------------------------------------------------------- 15 FJ (scan)
def doc15():
    adm, dis = "2025-08-14", "2025-08-19"
    d2 = "2025-08-18"
    d = Doc(15, "fj", "discharge_scan", country="Fiji", doc_type="discharge_summary",
            kind="typed ward discharge summary, 2 pages, scanned to image-only PDF; "
                 "in-hospital treatment vs discharge medicines", service_date=dis,
            date_style="DD/MM/YYYY",
            scan=dict(fmt="pdf", dpi=150, angles=[0.8, -1.4], seed=815, noise=6.5, blur=0.6,
                      quality=60, gray=True, specks=220, shade=0.10))
    d.footer_extra = lambda dd: dd.t(540, 26, f"Page {dd.page} of 2", "Helvetica", 7, None, "r")
    d.lm, d.rm = 55, 55
    F, FB = "Courier", "Courier-Bold"

    def head(dd):
        dd.t(dd.W / 2, 806, "MINISTRY OF HEALTH & MEDICAL SERVICES - FIJI", "Helvetica-Bold", 9,
             None, "c")
        dd.t(dd.W / 2, 792, "VUDA POINT DIVISIONAL HOSPITAL, LAUTOKA", "Helvetica-Bold", 12,
             None, "c")
        dd.t(dd.W / 2, 779, "MEDICAL WARD 3 - DISCHARGE SUMMARY", "Helvetica", 9.5, None, "c")
        dd.line(55, 772, 540, 772, 1)
        dd.y = 756
    d.on_new_page = head
    head(d)
    for ln in ["Name: NAIVALU, Josefa            Hosp No: VPH-000-4417     Age/Sex: 58/M",
               f"Admitted: {dmy(adm)}         Discharged: {dmy(dis)}       Ward: Medical 3",
               "Consultant: Dr S. Tuisawau       Discharging MO: Dr A. Prasad"]:
        d.t(55, d.y, ln, F, 9)
        d.y -= 12
    d.y -= 6
    P = dict(f=F, sz=9, lead=11.5, gap=5)
    d.t(55, d.y, "DIAGNOSES", FB, 9.5)
    d.y -= 12
    cs = [d.cond("Community-acquired pneumonia", icd="J18.9"),
          d.cond("Type 2 diabetes mellitus", icd="E11.9"),
          d.cond("Hypertension", icd="I10"),
          d.cond("Acute kidney injury", icd="N17.9", note="pre-renal, resolving")]
    extra = [" (right lower lobe) - principal", " - poorly controlled", "",
             " (pre-renal) - resolving"]
    for i, (cc_, ex) in enumerate(zip(cs, extra)):
        d.t(70, d.y, f"{i + 1}. {cc_['name']}{ex}  [{cc_['icd10_code']}]", F, 9)
        d.y -= 11.5
    d.y -= 6
    d.t(55, d.y, "HISTORY / PRESENTATION", FB, 9.5)
    d.y -= 12
    t1 = d.vital("temperature", "38.9 °C", 38.9, unit="°C", optional=True, note="on arrival")
    h1 = d.vital("heart_rate", "112", 112, unit="/min", optional=True, note="on arrival")
    s1 = d.vital("oxygen_saturation", "89%", 89, unit="%", optional=True, note="on arrival")
    d.flow("5-day history of fever, productive cough and right-sided pleuritic chest pain. "
           f"On arrival febrile ({t1['value_text']}), tachycardic (HR {h1['value_text']}"
           f"{h1['unit']}) and hypoxic (SpO2 {s1['value_text']} on room air). No haemoptysis, "
           "no weight loss or night sweats. CXR: right lower lobe consolidation, no pleural "
           "effusion. Non-smoker, occasional kava.", **P)
    d.mn("conditions", "haemoptysis", "negated")
    d.mn("conditions", "pleural effusion", "negated")
    d.flow("Sputum AFB smear x2: negative - TB excluded. Blood cultures: no growth at 5 days.",
           **P)
    afb = d.lab("Sputum AFB smear", "negative", None, None, None, "2025-08-15",
                note="x2; date of first sample")
    d.mn("conditions", "TB", "negated", "excluded")
    d.t(55, d.y, "HOSPITAL COURSE", FB, 9.5)
    d.y -= 12
    d.flow("Treated with IV ceftriaxone 1 g daily (5 days) and oral azithromycin 500 mg daily "
           "(3 days), IV fluids, and a sliding-scale insulin (Actrapid) while glucose was "
           "high. Oxygen weaned by day 3. AKI attributed to sepsis and dehydration with "
           "enalapril on board; creatinine improved with fluids. Enalapril withheld.", **P)
    for g in ("ceftriaxone", "azithromycin", "Actrapid"):
        d.mn("medications", g, "other", "in-hospital treatment only")
    d.t(55, d.y, "INVESTIGATIONS", FB, 9.5)
    d.y -= 4
    tests = [("WBC", "x10^9/L", "4.0-11.0", ["16.8", "9.1"]),
             ("Haemoglobin", "g/dL", "13.0-17.0", ["12.1", "11.8"]),
             ("Platelets", "x10^9/L", "150-400", ["334", "402"]),
             ("CRP", "mg/L", "<5", ["186", "34"]),
             ("Sodium", "mmol/L", "135-145", ["131", "137"]),
             ("Potassium", "mmol/L", "3.5-5.0", ["4.1", "4.4"]),
             ("Urea", "mmol/L", "2.5-7.5", ["14.2", "6.8"]),
             ("Creatinine", "umol/L", "60-110", ["168", "104"]),
             ("Random glucose", "mmol/L", "3.9-7.8", ["19.6", "8.4"]),
             ("HbA1c", "%", "4.0-6.0", ["9.8", None])]
    t = [["Test", "Units", "Normal", dmy(adm), dmy(d2)]]
    for name, u, ref, vals in tests:
        row = [name, u, ref]
        for v, dd_ in zip(vals, (adm, d2)):
            if v is None:
                row.append("")
                continue
            lo, hi = parse_range(ref)
            n = float(v)
            fl = "low" if (lo is not None and n < lo) else (
                "high" if (hi is not None and n > hi) else "normal")
            r = d.lab(name, v, u, ref, fl, dd_)
            row.append(v + (" " + pf(r) if pf(r) else ""))
        t.append(row)
    d.table(70, [110, 70, 80, 85, 85], t, f=F, hf=FB, sz=8.8, ruled=True)
    d.y -= 10
    d.t(55, d.y, "CONDITION ON DISCHARGE", FB, 9.5)
    d.y -= 12
    dv = [d.vital("temperature", "36.8", 36.8, unit="C"),
          d.vital("heart_rate", "84", 84),
          d.vital("respiratory_rate", "18", 18),
          d.vital("blood_pressure", "124/78", 124, 78),
          d.vital("oxygen_saturation", "96%", 96, unit="%")]
    d.flow(f"Afebrile, mobilising independently. Obs: T {dv[0]['value_text']} {dv[0]['unit']}, "
           f"PR {dv[1]['value_text']}, RR {dv[2]['value_text']}, BP {dv[3]['value_text']}, "
           f"SpO2 {dv[4]['value_text']} on room air.", **P)
    d.t(55, d.y, "DISCHARGE MEDICATIONS", FB, 9.5)
    d.y -= 4
    meds = [(d.med("Amoxicillin-clavulanate", "625", "mg", "oral", "TDS", status="new",
                   brand="Augmentin"), "5 days", "NEW"),
            (d.med("Metformin", "1", "g", "oral", "BD"), "-", "CONTINUE"),
            (d.med("Gliclazide", "80", "mg", "oral", "BD", status="new"), "-",
             "NEW (replaces glibenclamide)"),
            (d.med("Paracetamol", "1", "g", "oral", "QID PRN", status="new"), "as needed",
             "NEW"),
            (d.med("Enalapril", "10", "mg", "oral", "daily", status="held"), "-",
             "WITHHOLD until GP review"),
            (d.med("Glibenclamide", "5", "mg", "oral", "BD", status="stopped"), "-",
             "STOPPED")]
    t = [["Drug", "Dose", "Route", "Freq", "Duration", "Status"]]
    for m, dur, st in meds:
        nm = m["name"] + (f" ({m['brand']})" if m["brand"] else "")
        t.append([nm, f"{m['dose']} {m['unit']}", m["route"], m["frequency"], dur, st])
    d.table(55, [150, 50, 45, 55, 60, 125], t, f=F, hf=FB, sz=8.5, ruled=True)
    d.y -= 16
    d.flow("Allergies: NKDA.", **P)
    d.mn("allergies", "NKDA", "negated")
    d.t(55, d.y, "FOLLOW-UP", FB, 9.5)
    d.y -= 12
    for ln in ["GP / SOPD review in 1 week: check renal function and decide on restarting "
               "enalapril.",
               "Repeat CXR in 6 weeks to confirm resolution.",
               "Pneumococcal vaccination recommended - to be given at the health centre.",
               "Diabetes clinic referral for glycaemic control (HbA1c 9.8%)."]:
        d.flow("- " + ln, x=65, width=470, **P)
    d.mn("labs", "renal function", "planned")
    d.mn("immunizations", "Pneumococcal vaccination", "planned")
    d.flow("Family history: mother - asthma. Lives with wife in Vitogo, Lautoka.", **P)
    d.mn("conditions", "asthma", "family")
    d.y -= 10
    d.t(55, d.y, "Signed:", F, 9)
    d.hand(110, d.y, "A. Prasad", sz=18, ink=INK2)
    d.t(260, d.y, f"Dr A. Prasad (MO)   Date: {dmy(dis)}", F, 9)
    res = d.finish()
    assert res["pages"] == 2, res["pages"]
    return res


# ----------------------------------------------------------------------------- 16 QA
def doc16():
    adm, dis = "2025-06-10", "2025-06-14"
    d = Doc(16, "qa", "discharge_summary", country="Qatar", doc_type="discharge_summary",
            kind="hospital discharge summary: inpatient medication table vs discharge "
                 "medication table with status, 3-date lab table", service_date=dis,
            date_style="DD-Mon-YYYY")
    d.footer_extra = lambda dd: dd.t(550, 26, f"Page {dd.page}", "Helvetica", 7, None, "r")
    d.lm, d.rm = 45, 45
    MAR = (0.45, 0.1, 0.2)

    def head(dd):
        dd.t(45, 808, "CORNICHE GENERAL HOSPITAL", "Helvetica-Bold", 14, MAR)
        dd.t(45, 795, "Department of Gastroenterology & Internal Medicine  |  Doha, Qatar",
             "Helvetica", 8.5)
        dd.t(550, 808, "DISCHARGE SUMMARY", "Helvetica-Bold", 11, align="r")
        dd.t(550, 795, "HADDAD, Tariq Suleiman  |  HC No. 00000000  |  59 Y M", "Helvetica", 8,
             None, "r")
        dd.line(45, 788, 550, 788, 1, 0.3)
        dd.y = 772
    d.on_new_page = head
    head(d)
    for k, v in [("Admission", f"{dmon(adm)} 22:10 via Emergency"),
                 ("Discharge", f"{dmon(dis)} 12:00 - home"),
                 ("Attending", "Dr. Huda Al-Kuwari, Consultant Gastroenterologist"),
                 ("Primary care", "Al Wakra Health Centre (PHCC)")]:
        d.t(45, d.y, k, "Helvetica-Bold", 8.8)
        d.t(130, d.y, v, "Helvetica", 8.8)
        d.y -= 12
    d.y -= 4

    def H(s):
        d.need(44)
        d.y -= 12
        d.rect(45, d.y - 3, 505, 14, lw=0, fill=(0.95, 0.9, 0.92), stroke=False)
        d.t(49, d.y, s, "Helvetica-Bold", 9.5, MAR)
        d.y -= 16
    P = dict(sz=9, gap=5)
    H("DIAGNOSES")
    cs = [(d.cond("Bleeding duodenal ulcer", icd="K26.4",
                  aliases=["duodenal ulcer"]), "Principal - Forrest IIa, posterior bulb"),
          (d.cond("Helicobacter pylori infection", aliases=["H. pylori"]),
           "Secondary"),
          (d.cond("Acute blood loss anaemia", icd="D62"), "Secondary"),
          (d.cond("Type 2 diabetes mellitus", icd="E11.9"), "Comorbidity"),
          (d.cond("Essential hypertension", icd="I10"), "Comorbidity")]
    for cc_, role in cs:
        code = f"  [{cc_['icd10_code']}]" if cc_["icd10_code"] else ""
        d.t(55, d.y, f"- {cc_['name']}{code}", "Helvetica", 9)
        d.t(330, d.y, role, "Helvetica-Oblique", 8.5)
        d.y -= 11.5
    d.y -= 4
    H("PRESENTATION AND HOSPITAL COURSE")
    abp = d.vital("blood_pressure", "96/58", 96, 58, optional=True, note="on arrival")
    ahr = d.vital("heart_rate", "118", 118, optional=True, note="on arrival")
    d.flow("59-year-old man with 2 days of melaena and presyncope after a week of ibuprofen "
           "for back pain, on aspirin 81 mg for primary prevention. No haematemesis. No known "
           f"liver disease. On arrival Hb 7.2 g/dL, BP {abp['value_text']}, HR "
           f"{ahr['value_text']}.", **P)
    d.mn("conditions", "haematemesis", "negated")
    d.mn("conditions", "liver disease", "negated")
    d.flow("Resuscitated with 2 units packed red cells and IV esomeprazole 80 mg bolus followed "
           "by 8 mg/h infusion for 72 hours. OGD on 11-Jun-2025: 12 mm posterior duodenal "
           "bulb ulcer with adherent clot (Forrest IIa), treated with adrenaline injection and "
           "two haemoclips; no oesophageal varices. Gastric biopsies: H. pylori positive, no "
           "evidence of malignancy. No re-bleeding; diet resumed on day 3.", **P)
    d.mn("conditions", "oesophageal varices", "negated")
    d.mn("conditions", "malignancy", "negated")
    H("MEDICATIONS GIVEN DURING ADMISSION (not continued)")
    inpt = [("Esomeprazole", "80 mg IV bolus, then 8 mg/h infusion x 72 h"),
            ("Ondansetron", "4 mg IV PRN nausea"),
            ("Insulin aspart", "sliding scale SC"),
            ("Packed red blood cells", "2 units IV")]
    t = [["Medication", "Dose / route"]] + [[a, b] for a, b in inpt]
    for a, _ in inpt:
        d.mn("medications", a, "other", "in-hospital only")
    d.table(55, [170, 320], t, sz=8.5, ruled=False, zebra=(0.96, 0.96, 0.96))
    d.y -= 8
    H("DISCHARGE MEDICATIONS")
    meds = [(d.med("Pantoprazole", "40", "mg", "oral", "twice daily", status="new"),
             "8 weeks", "NEW"),
            (d.med("Amoxicillin", "1", "g", "oral", "twice daily", status="new"), "14 days",
             "NEW"),
            (d.med("Clarithromycin", "500", "mg", "oral", "twice daily", status="new"),
             "14 days", "NEW"),
            (d.med("Ferrous sulfate", "325", "mg", "oral", "once daily", status="new"),
             "3 months", "NEW"),
            (d.med("Metformin", "1000", "mg", "oral", "twice daily"), "-", "CONTINUED"),
            (d.med("Amlodipine", "5", "mg", "oral", "once daily"), "-", "CONTINUED"),
            (d.med("Empagliflozin", "10", "mg", "oral", "once daily", status="held",
                   brand="Jardiance"), "-", "ON HOLD - restart when eating normally"),
            (d.med("Aspirin", "81", "mg", "oral", "once daily", status="stopped"), "-",
             "STOPPED - do not restart"),
            (d.med("Ibuprofen", "400", "mg", "oral", "as needed", status="stopped"), "-",
             "STOPPED - avoid all NSAIDs")]
    t = [["Medication", "Dose", "Route", "Frequency", "Duration", "Status"]]
    for m, dur, st in meds:
        nm = m["name"] + (f" ({m['brand']})" if m["brand"] else "")
        t.append([nm, f"{m['dose']} {m['unit']}", m["route"], m["frequency"], dur,
                  {"t": st, "f": "Helvetica-Bold"}])
    d.table(55, [120, 50, 40, 80, 55, 150], t, sz=8.5, ruled=True, head_fill=(0.95, 0.9, 0.92))
    d.y -= 8
    H("ALLERGIES")
    al = d.allergy("Metoclopramide", "acute dystonic reaction", "moderate")
    d.flow(f"{al['substance']} - {al['reaction']} ({al['severity']}, 2019).", **P)
    H("INVESTIGATIONS")
    days = [adm, "2025-06-11", dis]
    tests = [("Haemoglobin", "g/dL", "13.0-17.0", ["7.2", "9.4", "10.1"]),
             ("Platelets", "x10^9/L", "150-400", ["212", "188", "236"]),
             ("Urea", "mmol/L", "2.8-8.1", ["14.6", "9.2", "5.1"]),
             ("Creatinine", "µmol/L", "62-106", ["98", "91", "84"]),
             ("INR", "", "0.8-1.2", ["1.0", None, None]),
             ("Ferritin", "µg/L", "30-400", [None, "11", None]),
             ("H. pylori stool antigen", "", "Negative", [None, "Positive", None])]
    t = [["Test", "Unit", "Reference"] + [dmon(x) for x in days]]
    for name, u, ref, vals in tests:
        row = [name, u, ref]
        for v, dd_ in zip(vals, days):
            if v is None:
                row.append("")
                continue
            n = num_or_none(v)
            lo, hi = parse_range(ref)
            if n is None:
                fl = "normal" if v == ref else "abnormal"
            else:
                fl = "low" if (lo is not None and n < lo) else (
                    "high" if (hi is not None and n > hi) else "normal")
            r = d.lab(name, v, u or None, ref, fl, dd_)
            row.append(v + (" " + pf(r) if pf(r) else ""))
        t.append(row)
    d.table(55, [130, 60, 70, 80, 80, 80], t, sz=8.5, ruled=True, head_fill=(0.95, 0.9, 0.92))
    d.y -= 8
    H("CONDITION AT DISCHARGE")
    vs = [d.vital("blood_pressure", "122/74", 122, 74, "mmHg"),
          d.vital("heart_rate", "78", 78, unit="bpm"),
          d.vital("respiratory_rate", "16", 16, unit="/min"),
          d.vital("temperature", "36.7", 36.7, unit="°C"),
          d.vital("oxygen_saturation", "98%", 98, unit="%")]
    d.flow(f"Stable. BP {vs[0]['value_text']} {vs[0]['unit']}, HR {vs[1]['value_text']} "
           f"{vs[1]['unit']}, RR {vs[2]['value_text']}{vs[2]['unit']}, T {vs[3]['value_text']} "
           f"{vs[3]['unit']}, SpO2 {vs[4]['value_text']} on room air. No further melaena.", **P)
    H("FOLLOW-UP")
    for ln in ["Gastroenterology clinic in 6 weeks; repeat OGD in 8 weeks to confirm healing.",
               "Urea breath test at least 4 weeks after completing eradication therapy.",
               "PHCC: FBC in 2 weeks; review empagliflozin restart and diabetes control.",
               "Family history noted: father - colorectal cancer (age 70); discuss screening "
               "colonoscopy at clinic."]:
        d.flow("- " + ln, x=55, width=490, sz=9, gap=2)
    d.mn("labs", "Urea breath test", "planned")
    d.mn("labs", "FBC", "planned")
    d.mn("conditions", "colorectal cancer", "family")
    d.y -= 8
    d.t(45, d.y, "Electronically signed by Dr. Omar Farouk, Internal Medicine Resident, on "
        f"{dmon(dis)} 11:42; co-signed Dr. Huda Al-Kuwari.", "Helvetica-Oblique", 8.3)
    return d.finish()


# ----------------------------------------------------------------------------- 17 BW (scan)
def doc17():
    dob = "2024-02-05"
    last = "2025-08-19"
    d = Doc(17, "bw", "child_card_scan", country="Botswana", doc_type="immunization_record",
            kind="child health card, printed grid with handwritten dates/batches and growth "
                 "entries, scanned JPEG", service_date=last,
            date_style="handwritten DD/MM/YY (format not stated on card)",
            scan=dict(fmt="jpg", dpi=160, angles=[-1.7], seed=817, noise=8.0, blur=0.8,
                      quality=58, specks=300, tint=(246, 240, 222), shade=0.12))
    d.hand_entries = True
    W = d.W
    G = (0.05, 0.35, 0.2)
    d.rect(30, 40, W - 60, 780, lw=1.5)
    d.t(W / 2, 798, "REPUBLIC OF BOTSWANA - MINISTRY OF HEALTH", "Helvetica-Bold", 10, G, "c")
    d.t(W / 2, 782, "CHILD HEALTH CARD (Karata ya Botsogo jwa Ngwana)", "Helvetica-Bold", 13,
        None, "c")
    d.line(40, 774, W - 40, 774, 1)
    fields = [("Child's name:", "Neo Kgosietsile MOLEFE", 45, 755),
              ("Sex:", "M", 380, 755),
              ("Date of birth:", dmy(dob, yy=True), 45, 735),
              ("Birth weight (kg):", "3.2", 230, 735),
              ("Clinic:", "Kgale Hill Clinic", 380, 735),
              ("Mother's name:", "Boitumelo Molefe", 45, 715),
              ("Child No.:", "KHC/24/0000", 380, 715)]
    bw = d.vital("weight", "3.2", 3.2, unit="kg", note="birth weight")
    for lab_, val, x, y in fields:
        d.t(x, y, lab_, "Helvetica", 9)
        lw_ = d.w(lab_, "Helvetica", 9)
        d.line(x + lw_ + 3, y - 2, x + lw_ + 3 + 120, y - 2, 0.4, 0.3)
        d.hand(x + lw_ + 8, y, val, sz=14)
    d.t(45, 697, "Mother's tetanus status:", "Helvetica", 9)
    d.hand(160, 697, "TT2 (2023)", sz=14)
    d.mn("immunizations", "TT2", "other", "mother's vaccine, not the child's")
    d.t(W / 2, 678, "IMMUNISATION RECORD", "Helvetica-Bold", 10.5, G, "c")
    B, W6, W10, W14 = dob, "2024-03-18", "2024-04-15", "2024-05-13"
    M9, M18 = "2024-11-14", last
    rows = [("BCG", "Birth", B, "BC4402", None),
            ("OPV 0", "Birth", B, None, None),
            ("Hepatitis B birth dose", "Birth", B, "HB2231", None),
            ("DTP-HepB-Hib 1", "6 weeks", W6, "PV8120", 1),
            ("OPV 1", "6 weeks", W6, None, 1),
            ("PCV13 1", "6 weeks", W6, "PN3307", 1),
            ("Rotavirus 1", "6 weeks", W6, None, 1),
            ("DTP-HepB-Hib 2", "10 weeks", W10, "PV8120", 2),
            ("OPV 2", "10 weeks", W10, None, 2),
            ("PCV13 2", "10 weeks", W10, "PN3307", 2),
            ("Rotavirus 2", "10 weeks", W10, None, 2),
            ("DTP-HepB-Hib 3", "14 weeks", W14, "PV8455", 3),
            ("OPV 3", "14 weeks", W14, None, 3),
            ("PCV13 3", "14 weeks", W14, "PN3307", 3),
            ("IPV", "14 weeks", W14, None, None),
            ("Measles-Rubella 1", "9 months", M9, "MR1190", 1),
            ("Measles-Rubella 2", "18 months", None, None, 2),
            ("DTP booster", "18 months", M18, "DT0562", None)]
    t = [["Vaccine", "Due age", "Date given", "Batch no.", "Given by"]]
    for name, age, dt_, lot, dn in rows:
        if dt_ is None:
            t.append([name, age, {"t": "out of stock", "hand": True, "hsz": 15},
                      {"t": "return 26/08/25", "hand": True, "hsz": 15}, ""])
            d.mn("immunizations", name, "due", "not given: out of stock, return date given")
            continue
        dd_, mm_ = _d(dt_).day, _d(dt_).month
        amb = dd_ <= 12 and mm_ <= 12 and dd_ != mm_
        d.imm(name, dt_, dose=dn, lot=lot, ambiguous=amb)
        t.append([name, age, {"t": dmy(dt_, yy=True), "hand": True, "hsz": 17},
                  {"t": lot or "", "hand": True, "hsz": 16},
                  {"t": "KM" if dt_ < "2024-06-01" else "TS", "hand": True, "hsz": 14,
                   "ink": INK2}])
    d.y = 670
    d.table(45, [165, 70, 120, 105, 55], t, sz=8.5, lead=10, pad=3.5, ruled=True,
            min_h=21, head_fill=(0.85, 0.93, 0.87))
    d.y -= 14
    d.t(45, d.y, "GROWTH MONITORING", "Helvetica-Bold", 10, G)
    d.y -= 4
    gr = [(M9, "9 m", "8.4", "70.5"), (last, "18 m", "10.6", "80.0")]
    t = [["Date", "Age", "Weight (kg)", "Length/height (cm)", "Comment"]]
    for dt_, age, wtv, htv in gr:
        d.vital("weight", wtv, float(wtv), unit="kg")
        d.vital("height", htv, float(htv), unit="cm")
        t.append([{"t": dmy(dt_, yy=True), "hand": True, "hsz": 17}, age,
                  {"t": wtv, "hand": True, "hsz": 17}, {"t": htv, "hand": True, "hsz": 17},
                  {"t": "growing well" if age == "9 m" else "on track", "hand": True,
                   "hsz": 15}])
    d.table(45, [90, 50, 90, 120, 165], t, sz=8.5, ruled=True, min_h=22,
            head_fill=(0.85, 0.93, 0.87))
    d.y -= 14
    d.t(45, d.y, "Contraindications to vaccination:", "Helvetica", 9)
    d.t(210, d.y, "Yes", "Helvetica", 9)
    d.box(230, d.y - 1, False)
    d.t(250, d.y, "No", "Helvetica", 9)
    d.box(266, d.y - 1, True, hand=True)
    d.t(300, d.y, "BCG scar seen:", "Helvetica", 9)
    d.hand(370, d.y, "yes", sz=13)
    d.y -= 22
    d.t(45, d.y, "Vitamin A supplementation:", "Helvetica", 9)
    x = 170
    for age, dt_ in (("6 mo", "2024-08-05"), ("12 mo", "2025-02-14"), ("18 mo", last)):
        d.t(x, d.y, age, "Helvetica", 9)
        d.hand(x + 30, d.y, dmy(dt_, yy=True), sz=16)
        x += 120
    d.mn("medications", "Vitamin A", "other", "supplement dose given at clinic visit")
    d.y -= 22
    d.t(45, d.y, "Next visit:", "Helvetica", 9)
    d.hand(100, d.y, "26/08/25 - MR 2", sz=16)
    return d.finish()


# ----------------------------------------------------------------------------- 18 NZ
def doc18():
    v1, v2, v3 = "2025-03-12", "2025-03-19", "2025-04-02"
    d = Doc(18, "nz", "travel_vaccination", country="New Zealand",
            doc_type="immunization_record",
            kind="adult travel vaccination record: given, declined, not indicated and due "
                 "vaccines, pre-vaccination Yes/No checklist, travel prescriptions",
            service_date=v3, date_style="DD-Mon-YYYY")
    d.lm, d.rm = 45, 45
    W = d.W
    NV = (0.1, 0.2, 0.35)
    d.t(45, 805, "Southern Alps Travel Health Clinic", "Helvetica-Bold", 15, NV)
    d.t(45, 791, "0 Cashel Street, Otautahi Christchurch 8011  |  03 000 0000", "Helvetica", 8)
    d.t(550, 805, "TRAVEL VACCINATION RECORD", "Helvetica-Bold", 10, align="r")
    d.line(45, 784, 550, 784, 1)
    d.y = 768
    for k, v in [("Traveller", "Hannah REWI-FLETCHER   DOB 23-Jun-1995   NHI ZZZ0000"),
                 ("Itinerary", "Vietnam, Cambodia, Laos - 6 weeks from 20-Apr-2025 "
                  "(rural, homestays, cycling)"),
                 ("GP", "Dr P. Kaur, Riccarton Medical")]:
        d.t(45, d.y, k + ":", "Helvetica-Bold", 9)
        d.t(110, d.y, v, "Helvetica", 9)
        d.y -= 12
    d.y -= 6
    d.t(45, d.y, "Medical history", "Helvetica-Bold", 10, NV)
    d.y -= 13
    hypo = d.cond("Hypothyroidism")
    lev = d.med("levothyroxine", "100", "mcg", None, "once daily", brand="Eltroxin")
    al = d.allergy("Neomycin", "contact dermatitis")
    d.flow(f"Conditions: {hypo['name']}. Regular medicines: {lev['brand']} ({lev['name']}) "
           f"{lev['dose']} {lev['unit']} {lev['frequency']}. Allergies: {al['substance']} - "
           f"{al['reaction']}. Childhood vaccines: MMR x2 and tetanus reported by traveller, "
           "not documented.", sz=9)
    d.mn("immunizations", "MMR", "historical", "reported, undocumented, no date")
    d.t(45, d.y, "Pre-vaccination checklist", "Helvetica-Bold", 10, NV)
    d.y -= 14
    qs = [("Unwell today or fever?", False), ("Pregnant or breastfeeding?", False),
          ("Egg allergy?", False), ("Previous serious reaction to a vaccine?", False),
          ("Immunosuppressed (illness or medicines)?", False),
          ("History of Guillain-Barré syndrome?", False),
          ("Allergy to any medicine or antibiotic?", True)]
    for i, (q, yes) in enumerate(qs):
        x = 45 if i % 2 == 0 else 300
        d.t(x, d.y, q, "Vera", 8.3)
        d.t(x + 190, d.y, "Yes", "Helvetica", 8)
        d.box(x + 206, d.y - 1, yes)
        d.t(x + 220, d.y, "No", "Helvetica", 8)
        d.box(x + 232, d.y - 1, not yes)
        if i % 2 == 1:
            d.y -= 13
    d.y -= 18
    d.mn("allergies", "Egg", "checkbox_no")
    d.mn("conditions", "Guillain-Barré syndrome", "checkbox_no")
    d.t(45, d.y, "Vaccines", "Helvetica-Bold", 10, NV)
    d.y -= 4
    given = [(d.imm("Hepatitis A", v1, dose=1, lot="AHAVB719AB", brand="Havrix 1440"),
              "1 of 2", "L deltoid"),
             (d.imm("Typhoid (Vi polysaccharide)", v1, lot="X1B431V", brand="Typhim Vi"),
              "single", "R deltoid"),
             (d.imm("Tetanus/diphtheria/pertussis", v1, lot="A3C88G", brand="Boostrix"),
              "booster", "R deltoid"),
             (d.imm("Rabies (pre-exposure)", v1, dose=1, lot="T2K117", brand="Verorab"),
              "1 of 2", "L deltoid"),
             (d.imm("Rabies (pre-exposure)", v2, dose=2, lot="T2K117", brand="Verorab"),
              "2 of 2", "L deltoid"),
             (d.imm("Japanese encephalitis", v2, lot="JE0921A", brand="Imojev"), "single",
              "R deltoid"),
             (d.imm("Influenza", v3, lot="FLV2514", brand="Influvac Tetra"), "2025",
              "L deltoid")]
    t = [["Date", "Vaccine", "Brand", "Dose", "Batch", "Site", "Status"]]
    for r, dose, site in given:
        t.append([dmon(r["administered_on"]), r["vaccine"], r["brand"], dose, r["lot_number"],
                  site, "Given - RN J. Tupou"])
    t.append(["12-Mar-2025", "Cholera (oral)", "Dukoral", "-", "-", "-",
              {"t": "Offered - DECLINED by traveller", "f": "Helvetica-Bold"}])
    t.append(["12-Mar-2025", "Yellow fever", "Stamaril", "-", "-", "-",
              "Not indicated for itinerary; no ICVP issued"])
    d.mn("immunizations", "Cholera (oral)", "other", "declined")
    d.mn("immunizations", "Yellow fever", "other", "not given, not indicated")
    d.table(45, [58, 120, 70, 38, 70, 52, 97], t, sz=7.8, lead=9.3, ruled=True,
            head_fill=(0.88, 0.9, 0.95))
    d.y -= 12
    d.t(45, d.y, "Due", "Helvetica-Bold", 10, NV)
    d.y -= 13
    d.t(55, d.y, "Hepatitis A dose 2 (Havrix 1440): due 12-Sep-2025 (6-12 months after dose 1).",
        "Helvetica", 8.8)
    d.mn("immunizations", "Hepatitis A dose 2", "due")
    d.y -= 18
    d.t(45, d.y, "Travel prescriptions", "Helvetica-Bold", 10, NV)
    d.y -= 13
    mal = d.med("atovaquone/proguanil", "250/100", "mg", None, "one tablet daily",
                status="new", brand="Malarone")
    azi = d.med("azithromycin", "500", "mg", None, "once daily for 3 days", status="new",
                note="standby treatment for travellers' diarrhoea")
    d.flow(f"1. {mal['brand']} ({mal['name']}) {mal['dose']} {mal['unit']} - {mal['frequency']} "
           "with food, start 1-2 days before entering the malaria area and continue for 7 days "
           "after leaving. Supply: 52 tablets.", sz=8.8, gap=2)
    d.flow(f"2. {azi['name'].capitalize()} {azi['dose']} {azi['unit']} {azi['frequency']} - "
           "STANDBY only, for severe travellers' diarrhoea (fever or blood in stool). Supply: "
           "3 tablets.", sz=8.8, gap=6)
    d.rect(45, d.y - 38, 505, 44, lw=0.5, fill=(0.96, 0.96, 0.96))
    d.t(52, d.y - 6, "Patient information (from Malarone leaflet):", "Helvetica-Bold", 7.8)
    for i, ln in enumerate(["Do not take Malarone if you are allergic to atovaquone or proguanil "
                            "or to any of the other ingredients.",
                            "Tell your doctor if you have severe kidney disease. Take at the same "
                            "time each day with food or a milky drink."]):
        d.t(52, d.y - 17 - i * 10, ln, "Helvetica", 7.4)
    d.mn("allergies", "atovaquone", "leaflet")
    d.mn("conditions", "severe kidney disease", "leaflet")
    d.y -= 56
    d.t(45, d.y, "Authorised vaccinator: Jiosefa Tupou RN  |  Travel medicine doctor: "
        "Dr Claire Whitaker", "Helvetica", 8.5)
    return d.finish()


# ----------------------------------------------------------------------------- 19 IE
def doc19():
    dt = "2025-11-14"
    d = Doc(19, "ie", "pharmacy_dispensing", country="Ireland", doc_type="prescription",
            kind="community pharmacy patient medication record: dispensing history with "
                 "brand names, pharmacist notes, label warnings", service_date=dt,
            date_style="DD/MM/YYYY")
    d.footer_extra = lambda dd: dd.t(559, 26, f"Page {dd.page}", "Helvetica", 7, None, "r")
    d.lm, d.rm = 36, 36
    W = d.W

    def head(dd):
        dd.t(36, 808, "SHANNONSIDE PHARMACY", "Helvetica-Bold", 13)
        dd.t(36, 796, "0 O'Connell Street, Limerick V94 0000  |  061 000 000  |  PSI Reg. 0000",
             "Helvetica", 8)
        dd.t(559, 808, "Patient Medication Record", "Helvetica-Bold", 10, align="r")
        dd.t(559, 796, f"Printed {dmy(dt)} 16:22", "Helvetica", 8, align="r")
        dd.line(36, 790, 559, 790, 0.8)
        dd.y = 776
    d.on_new_page = head
    head(d)
    d.t(36, d.y, "Patient: Mrs Bridget NÍ BHRIAIN   DOB 02/04/1951   GMS No. 0000000A   "
        "Address: 0 Ennis Road, Limerick", "Helvetica", 8.8)
    d.y -= 12
    conds = [d.cond("Asthma"), d.cond("Hypothyroidism"), d.cond("Osteoporosis")]
    al = d.allergy("Aspirin", "bronchospasm")
    d.t(36, d.y, "Conditions: " + ", ".join(c_["name"] for c_ in conds), "Helvetica", 8.8)
    d.y -= 12
    d.t(36, d.y, f"Allergies / ADRs: {al['substance'].upper()} - {al['reaction']}",
        "Helvetica-Bold", 8.8, (0.7, 0, 0))
    d.y -= 12
    d.t(36, d.y, "GP: Dr Eoin Hegarty, Raheen Family Practice", "Helvetica", 8.8)
    d.y -= 14
    ator = d.med("atorvastatin", "20", "mg", None, "ONE AT NIGHT", brand="Lipitor")
    eso = d.med("esomeprazole", "20", "mg", None, "ONE DAILY BEFORE BREAKFAST", brand="Nexium")
    lev = d.med("levothyroxine", "75", "mcg", None, "ONE EACH MORNING", status="changed",
                brand="Eltroxin", note="50 mcg until August; 75 mcg from September")
    zan = d.med("lercanidipine", "10", "mg", None, "ONE DAILY", status="stopped",
                brand="Zanidip")
    cov = d.med("perindopril", "5", "mg", None, "ONE IN THE MORNING", status="new",
                brand="Coversyl")
    amx = d.med("amoxicillin", "500", "mg", None, "ONE THREE TIMES DAILY FOR 7 DAYS",
                status="completed", brand="Amoxil")
    ven = d.med("salbutamol", "100", "mcg", None, "TWO PUFFS WHEN REQUIRED",
                brand="Ventolin Evohaler")
    fos = d.med("alendronic acid", "70", "mg", None, "ONE EVERY SATURDAY MORNING",
                brand="Fosamax Once Weekly")

    def item(m, strength=None, form="Tablets"):
        return f"{m['brand']} {strength or (m['dose'] + m['unit'])} {form} ({m['name']})"
    hist = []
    months = ["2025-07-08", "2025-08-05", "2025-09-02", "2025-10-07", "2025-11-04"]
    for i, mo in enumerate(months):
        hist.append((mo, item(ator), "28", ator["frequency"], ""))
        hist.append((mo, item(eso, form="Gastro-resistant Tablets"), "28", eso["frequency"],
                     ""))
        if i < 2:
            hist.append((mo, item(lev, "50mcg"), "28", lev["frequency"], ""))
            hist.append((mo, item(zan), "28", zan["frequency"], ""))
        else:
            hist.append((mo, item(lev), "28", lev["frequency"],
                         "New strength per GP letter 26/08" if i == 2 else ""))
            hist.append((mo, item(cov), "30", cov["frequency"], "NEW" if i == 2 else ""))
        if i in (0, 3):
            hist.append((mo, item(ven, form="Inhaler"), "1", ven["frequency"], ""))
        if i == 1:
            hist.append((mo, item(fos), "4", fos["frequency"], ""))
        if i == 4:
            hist.append((mo, item(fos), "4", fos["frequency"], ""))
    hist.append(("2025-10-03", item(amx, form="Capsules"), "21", amx["frequency"],
                 "Acute - course complete"))
    hist.sort(key=lambda h: h[0], reverse=True)
    t = [["Date", "Item dispensed", "Qty", "Directions (label)", "Note"]]
    for dt_, it, q, dirs, note in hist:
        t.append([dmy(dt_), it, q, dirs, note])
    d.table(36, [54, 210, 28, 150, 81], t, sz=7.6, lead=9, pad=2.5, ruled=False,
            zebra=(0.94, 0.94, 0.94), head_fill=(0.85, 0.85, 0.85))
    d.y -= 18
    d.t(36, d.y, "Pharmacist interventions / notes", "Helvetica-Bold", 9.5)
    d.y -= 12
    for ln in [f"12/08/2025  Zanidip (lercanidipine) discontinued by Dr Hegarty - ankle "
               "swelling. Replaced by Coversyl (perindopril) 5mg from September.",
               "21/10/2025  OTC request for Nurofen 200mg declined - aspirin-sensitive "
               "asthma; referred to GP.",
               "04/11/2025  MUR completed. Inhaler technique checked."]:
        d.flow(ln, x=36, width=W - 72, sz=8.3, gap=2)
    d.mn("medications", "Nurofen", "other", "OTC sale declined, not taken")
    d.y -= 6
    d.t(36, d.y, "Label warnings printed on dispensed items", "Helvetica-Bold", 9.5)
    d.y -= 12
    for ln in ["Coversyl: Do not take if you have ever had angioedema. May cause dizziness.",
               "Amoxil: Do not take if you are allergic to penicillin. Take at regular "
               "intervals and finish the course.",
               "Fosamax: Swallow whole with a full glass of water on an empty stomach, stay "
               "upright for 30 minutes."]:
        d.flow(ln, x=36, width=W - 72, sz=8.3, gap=1)
    d.mn("conditions", "angioedema", "leaflet")
    d.mn("allergies", "penicillin", "leaflet")
    return d.finish()


# ----------------------------------------------------------------------------- 20 MY
def doc20():
    wk = "2025-11-10"
    d = Doc(20, "my", "blister_pack_chart", country="Malaysia", doc_type="prescription",
            kind="pharmacy weekly blister-pack (dose administration aid) chart, bilingual "
                 "time-slot grid, not-in-pack, withheld and ceased sections", service_date=wk,
            date_style="DD/MM/YYYY", pagesize=landscape(A4))
    W, H = d.W, d.H
    PU = (0.35, 0.15, 0.5)
    d.t(36, H - 40, "FARMASI KOMUNITI SERI BAYU", "Helvetica-Bold", 14, PU)
    d.t(36, H - 53, "No. 0, Jalan Bayu 0/0, 47000 Sungai Buloh, Selangor  |  03-0000 0000  |  "
        "Ahli Farmasi: Ng Kar Wai (RPh 0000)", "Helvetica", 8)
    d.t(W - 36, H - 40, "CARTA PEK UBAT MINGGUAN / WEEKLY BLISTER PACK CHART", "Helvetica-Bold",
        10.5, None, "r")
    d.t(W - 36, H - 53, f"Week commencing: {dmy(wk)}   Pack no. 46/2025", "Helvetica", 8.5,
        None, "r")
    d.line(36, H - 60, W - 36, H - 60, 0.8)
    d.t(36, H - 76, "Nama / Name: WONG SIEW LAN (Madam)    No. K/P: 000000-00-0000    Umur: 78   "
        "Klinik: Klinik Kesihatan Sungai Buloh (Dr Farah Aziz)", "Helvetica", 9)
    conds = [d.cond("Type 2 Diabetes Mellitus"), d.cond("Hypertension"),
             d.cond("Dyslipidaemia"), d.cond("Asthma")]
    al = d.allergy("Sulfonamide", "Stevens-Johnson syndrome", "severe")
    d.t(36, H - 90, "Diagnosis: " + ", ".join(c_["name"] for c_ in conds), "Helvetica", 9)
    d.rect(36, H - 114, W - 72, 16, lw=1, fill=(1, 0.9, 0.9))
    d.t(42, H - 109, f"ALAHAN / ALLERGY: {al['substance']} (co-trimoxazole/Bactrim) - "
        f"{al['reaction']} - SEVERE", "Helvetica-Bold", 8.6, (0.7, 0, 0))
    d.y = H - 124
    slots = ["Pagi / Morning\n8 am", "Tengah hari / Noon\n1 pm", "Petang / Evening\n6 pm",
             "Malam / Night\n10 pm"]
    packed = [
        (d.med("Metformin", "500", "mg", None, "1 tablet twice daily after food"),
         "Glucophage", ["1", "", "1", ""]),
        (d.med("Gliclazide", "60", "mg", None, "1 tablet once daily with breakfast",
               brand="Diamicron MR"), "Diamicron MR", ["1", "", "", ""]),
        (d.med("Losartan", "50", "mg", None, "1 tablet once daily"), "", ["1", "", "", ""]),
        (d.med("Amlodipine", "5", "mg", None, "1 tablet once daily"), "", ["1", "", "", ""]),
        (d.med("Simvastatin", "20", "mg", None, "1 tablet at night"), "", ["", "", "", "1"]),
        (d.med("Calcium carbonate", "500", "mg", None, "1 tablet twice daily"), "",
         ["", "1", "", "1"]),
    ]
    packed[0][0]["brand"] = None
    t = [["Ubat / Medicine", "Kekuatan / Strength", "Arahan / Directions"] +
         [s.split("\n")[0] for s in slots],
         ["", "", ""] + [s.split("\n")[1] for s in slots]]
    for m, br, grid in packed:
        nm = m["name"] + (f" ({m['brand']})" if m["brand"] and m["brand"] != m["name"] else "")
        if m["name"] == "Gliclazide":
            nm = "Gliclazide MR (Diamicron MR)"
        t.append([nm, f"{m['dose']} {m['unit']}", m["frequency"]] +
                 [{"t": g, "f": "Helvetica-Bold", "sz": 11, "a": "c"} for g in grid])
    d.table(36, [170, 70, 190, 86, 86, 86, 86], t, header=2, sz=8.6, ruled=True,
            head_fill=(0.93, 0.9, 0.96), min_h=20, aligns=["l", "l", "l", "c", "c", "c", "c"])
    d.y -= 12
    top = d.y
    # withheld
    asp = d.med("Aspirin", "100", "mg", None, "once daily after breakfast", status="held",
                brand="Cardiprin 100")
    d.rect(36, top - 58, 380, 64, lw=0.8, fill=(1, 0.97, 0.85))
    d.t(42, top - 6, "DITAHAN SEMENTARA / TEMPORARILY WITHHELD (removed from pack)",
        "Helvetica-Bold", 8.5, (0.6, 0.35, 0))
    d.t(42, top - 20, f"{asp['name']} ({asp['brand']}) {asp['dose']} {asp['unit']} "
        f"{asp['frequency']}", "Helvetica", 8.6)
    d.t(42, top - 32, f"Withheld from {dmy('2025-11-13')} - dental extraction on "
        f"{dmy('2025-11-18')}.", "Helvetica", 8.6)
    d.t(42, top - 44, f"Restart {dmy('2025-11-20')} if no bleeding (per dentist).",
        "Helvetica", 8.6)
    # not in pack
    ins = d.med("insulin glargine", "18", "units", "subcut", "at 10 pm", brand="Basaglar KwikPen")
    sal = d.med("salbutamol", "100", "mcg", "inhaled", "2 puffs when needed", brand="Ventolin")
    d.rect(430, top - 58, W - 466, 64, lw=0.8)
    d.t(436, top - 6, "TIDAK DALAM PEK / NOT IN PACK", "Helvetica-Bold", 8.5, PU)
    d.t(436, top - 20, f"{ins['name'].capitalize()} ({ins['brand']}) 100 units/mL - "
        f"{ins['dose']} {ins['unit']} {ins['route']} {ins['frequency']}", "Helvetica", 8.6)
    d.t(436, top - 32, f"{sal['brand']} ({sal['name']}) inhaler {sal['dose']} {sal['unit']} - "
        f"{sal['frequency']} ({sal['route']})", "Helvetica", 8.6)
    d.t(436, top - 44, "Keep insulin pen in the fridge door; in-use pen at room temp.",
        "Helvetica-Oblique", 8)
    d.y = top - 74
    gli = d.med("Glibenclamide", "5", "mg", None, None, status="stopped")
    d.t(36, d.y, "DIHENTIKAN / CEASED:", "Helvetica-Bold", 8.8, (0.6, 0, 0))
    d.t(150, d.y, f"{gli['name']} {gli['dose']} {gli['unit']} - ceased 03/2025 by clinic "
        "(recurrent hypoglycaemia); replaced by gliclazide MR.", "Helvetica", 8.8)
    d.mn("conditions", "hypoglycaemia", "historical", "reason for ceasing, past")
    d.y -= 14
    d.t(36, d.y, "Nasihat / Advice:", "Helvetica-Bold", 8.8)
    d.t(120, d.y, "Avoid mefenamic acid (Ponstan) for dental pain - kidney function. Do not "
        "crush Gliclazide MR.", "Helvetica", 8.8)
    d.mn("medications", "mefenamic acid", "other", "advised to avoid")
    d.y -= 20
    d.t(36, d.y, "Packed by: NKW    Checked by: LSM    Supplied: "
        f"{dmy('2025-11-08')}    Next pack due: {dmy('2025-11-15')}", "Helvetica", 8.5)
    return d.finish()


# ----------------------------------------------------------------------------- 21 UG (scan)
def doc21():
    v1, v2, v3 = "2025-05-12", "2025-06-10", "2025-08-12"
    d = Doc(21, "ug", "antenatal_card_scan", country="Uganda", doc_type="medical_record",
            kind="antenatal card with handwritten visit grid, history tick boxes and "
                 "investigations, scanned PNG", service_date=v3,
            date_style="handwritten DD/MM/YYYY (format not stated)",
            scan=dict(fmt="png", dpi=150, angles=[1.1], seed=821, noise=7.0, blur=0.75,
                      quality=55, specks=250, tint=(250, 243, 225), shade=0.09))
    d.hand_entries = True
    W = d.W
    d.rect(28, 40, W - 56, 782, lw=1.2)
    d.t(W / 2, 800, "THE REPUBLIC OF UGANDA - MINISTRY OF HEALTH", "Helvetica-Bold", 9.5,
        None, "c")
    d.t(W / 2, 785, "ANTENATAL CARD", "Helvetica-Bold", 14, None, "c")
    d.t(W / 2, 772, "Namasuba Health Centre IV  -  Wakiso District", "Helvetica", 8.5, None, "c")
    d.line(36, 765, W - 36, 765, 0.8)
    fl = [("Name:", "Nakato Prossy SSEMAKULA", 40, 748), ("Age:", "27", 380, 748),
          ("ANC No.:", "NHC/ANC/25/0000", 40, 730), ("Gravida:", "3", 250, 730),
          ("Para:", "2", 330, 730), ("LMP:", "02/03/2025", 40, 712),
          ("EDD:", "07/12/2025", 250, 712), ("Village:", "Kisigula", 380, 712)]
    for lab_, val, x, y in fl:
        d.t(x, y, lab_, "Helvetica", 9)
        lw_ = d.w(lab_, "Helvetica", 9)
        d.line(x + lw_ + 3, y - 2, x + lw_ + 110, y - 2, 0.4, 0.3)
        d.hand(x + lw_ + 7, y, val, sz=14)
    d.t(40, 692, "MEDICAL / OBSTETRIC HISTORY (tick)", "Helvetica-Bold", 9)
    hx = [("Hypertension", False, None), ("Diabetes", False, None),
          ("Tuberculosis", False, None), ("Heart disease", False, None),
          ("Previous caesarean section", True, "2021"), ("Allergy to sulphur drugs (SP)",
                                                         False, None),
          ("Twins in family", True, "mother's side")]
    y = 677
    for i, (q, yes, note) in enumerate(hx):
        x = 40 if i % 2 == 0 else 300
        d.t(x, y, q, "Helvetica", 8.5)
        d.t(x + 150, y, "Yes", "Helvetica", 8)
        d.box(x + 167, y - 1, yes, hand=True)
        d.t(x + 182, y, "No", "Helvetica", 8)
        d.box(x + 195, y - 1, not yes, hand=True)
        if note:
            d.hand(x + 212, y, note, sz=12)
        if i % 2 == 1:
            y -= 15
    for n in ("Hypertension", "Diabetes", "Tuberculosis", "Heart disease"):
        d.mn("conditions", n, "checkbox_no")
    d.mn("allergies", "sulphur drugs", "checkbox_no")
    d.mn("conditions", "Twins", "family")
    d.cond("Previous caesarean section", status="history", optional=True,
           note="obstetric history; relevant scar, not a current disease")
    y -= 22
    d.t(40, y, "INVESTIGATIONS", "Helvetica-Bold", 9)
    y -= 4
    d.y = y
    labs = [("Hb (g/dL)", "Hb", v1, "10.8", "g/dL"),
            ("Blood group / Rh", "Blood group / Rh", v1, "O Rh+", None),
            ("Syphilis (RPR)", "Syphilis (RPR)", v1, "Non-reactive", None),
            ("Malaria RDT", "Malaria RDT", v1, "Negative", None),
            ("HBsAg", "HBsAg", v1, "Negative", None),
            ("Hb (g/dL) repeat", "Hb", v3, "10.4", "g/dL")]
    t = [["Test", "Date", "Result", "Test", "Date", "Result"]]
    cells = []
    for printed, name, dt_, val, unit in labs:
        d.lab(name, val, unit, None, None, dt_)
        cells.append([printed, {"t": dmy(dt_), "hand": True, "hsz": 15},
                      {"t": val, "hand": True, "hsz": 16}])
    for i in range(0, len(cells), 2):
        t.append(cells[i] + cells[i + 1])
    d.table(40, [90, 75, 95, 90, 75, 95], t, sz=8.5, ruled=True, min_h=20,
            head_fill=(0.9, 0.9, 0.9))
    d.y -= 16
    d.t(40, d.y, "ANTENATAL VISITS", "Helvetica-Bold", 9)
    d.y -= 4
    visits = [(v1, "10", "112/70", "61", "-", "-", "Nil", "Ferrous sulphate 200mg od,\nFolic "
               "acid 5mg od. Td1 given", "09/06/25"),
              (v2, "14", "116/74", "62.5", "-", "-", "Nil", "Td2 given", "12/08/25"),
              (v3, "23", "118/76", "64", "23", "142", "Trace",
               "Anaemia - FeSO4 200mg bd.\nIPTp-SP 1 (DOT),\nMebendazole 500mg stat", "09/09/25")]
    t = [["Date", "GA (wks)", "BP", "Wt (kg)", "Fundal ht (cm)", "FHR", "Urine prot.",
          "Remarks / Treatment", "Next visit"]]
    for dt_, ga, bp, wt, fh, fhr, up, rem, nv in visits:
        a, b = bp.split("/")
        d.vital("blood_pressure", bp, float(a), float(b))
        d.vital("weight", wt, float(wt), unit="kg")
        d.lab("Urine prot.", up, None, None, None, dt_)
        H_ = {"hand": True, "hsz": 15}
        t.append([dict(H_, t=dmy(dt_, yy=True)), dict(H_, t=ga), dict(H_, t=bp),
                  dict(H_, t=wt), dict(H_, t=fh), dict(H_, t=fhr), dict(H_, t=up),
                  dict(H_, t=rem, hsz=14, hstyle="print"), dict(H_, t=nv, hsz=13)])
    d.mn("vitals", "142", "other", "fetal heart rate, not the mother's pulse")
    d.table(36, [60, 32, 46, 36, 40, 28, 40, 190, 50], t, sz=7.5, lead=15, ruled=True,
            min_h=20, head_fill=(0.9, 0.9, 0.9))
    d.med("ferrous sulphate", "200", "mg", None, "bd", status="changed", aliases=["FeSO4"],
          note="od at first visit, increased to bd at 23 weeks")
    fol = d.med("Folic acid", "5", "mg", None, "od")
    d.cond("Anaemia", note="anaemia in pregnancy (Hb 10.4)")
    d.mn("medications", "IPTp-SP", "other", "directly observed dose given at clinic")
    d.mn("medications", "Mebendazole", "other", "single dose given at clinic")
    d.imm("Td1", v1, dose=1, ambiguous=True)
    d.imm("Td2", v2, dose=2, ambiguous=True)
    d.y -= 14
    d.t(40, d.y, "TETANUS-DIPHTHERIA (Td):", "Helvetica-Bold", 9)
    d.t(190, d.y, "Td1", "Helvetica", 9)
    d.hand(212, d.y, dmy(v1), sz=13)
    d.t(300, d.y, "Td2", "Helvetica", 9)
    d.hand(322, d.y, dmy(v2), sz=13)
    d.t(410, d.y, "Td3 due", "Helvetica", 9)
    d.hand(450, d.y, "10/12/2025", sz=13)
    d.mn("immunizations", "Td3", "due")
    d.y -= 18
    d.t(40, d.y, "Birth plan / referral:", "Helvetica", 9)
    d.hand(140, d.y, "Deliver at HC IV (previous C/S) - plan review 36 wks", sz=12)
    d.y -= 26
    d.t(40, d.y, "CLINICAL NOTES", "Helvetica-Bold", 9)
    for i in range(8):
        d.y -= 22
        d.line(40, d.y, W - 40, d.y, 0.4, 0.5)
    return d.finish()


# ----------------------------------------------------------------------------- 22 FI (scan)
def doc22():
    dt, op = "2025-03-10", "2025-03-24"
    d = Doc(22, "fi", "preop_questionnaire_scan", country="Finland",
            doc_type="medical_record",
            kind="pre-operative health questionnaire with hand-ticked Yes/No boxes, "
                 "handwritten medicines and nurse observations, printed lab sticker, "
                 "scanned JPEG", service_date=dt, date_style="DD.MM.YYYY",
            scan=dict(fmt="jpg", dpi=165, angles=[0.9], seed=822, noise=6.0, blur=0.65,
                      quality=64, specks=180, tint=(250, 249, 244)))
    d.hand_entries = True
    W = d.W
    d.t(40, 806, "Päijänne Regional Hospital", "Helvetica-Bold", 12)
    d.t(40, 794, "Day Surgery Unit  -  Pre-operative health questionnaire (patient completes "
        "questions 1-13)", "Helvetica", 8.5)
    d.t(W - 40, 806, "Form ES-12 (EN)", "Helvetica", 8, align="r")
    d.line(40, 788, W - 40, 788, 0.8)
    d.t(40, 772, "Name:", "Helvetica", 9)
    d.hand(75, 772, "Mikko Juhani Heikkinen", sz=15)
    d.t(330, 772, "Personal identity code:", "Helvetica", 9)
    d.hand(435, 772, "120371-0000", sz=14)
    d.t(40, 754, "Planned operation:", "Helvetica", 9)
    dx = d.cond("Symptomatic cholelithiasis", icd="K80.2")
    d.t(125, 754, f"Laparoscopic cholecystectomy {dotted(op)}  -  Dg {dx['icd10_code']} "
        f"{dx['name']}", "Helvetica-Bold", 9)
    d.t(40, 736, "Date completed:", "Helvetica", 9)
    d.hand(115, 736, dotted(dt), sz=14)
    d.t(40, 716, "Do you have or have you had:", "Helvetica-Bold", 9.5)
    d.t(380, 716, "Yes", "Helvetica-Bold", 8.5)
    d.t(410, 716, "No", "Helvetica-Bold", 8.5)
    d.t(440, 716, "Details", "Helvetica-Bold", 8.5)
    qs = [("1. Heart disease (angina, heart attack, heart failure)", False, None,
           ("conditions", "Heart disease")),
          ("2. High blood pressure (hypertension)", True, "since 2018", None),
          ("3. Asthma or COPD", True, "asthma", None),
          ("4. Diabetes", False, None, ("conditions", "Diabetes")),
          ("5. Sleep apnoea", False, None, ("conditions", "Sleep apnoea")),
          ("6. Stroke or TIA", False, None, ("conditions", "Stroke")),
          ("7. Kidney disease", False, None, ("conditions", "Kidney disease")),
          ("8. Bleeding tendency or use of anticoagulants", False, None,
           ("conditions", "Bleeding tendency")),
          ("9. Problems with anaesthesia in you or your relatives (e.g. malignant "
           "hyperthermia)", False, None, ("conditions", "malignant hyperthermia")),
          ("10. Allergy to any medicine", True, "Kefalexin - rash 1999", None),
          ("11. Latex allergy", False, None, ("allergies", "Latex")),
          ("12. Do you smoke?", False, "quit 2015", None)]
    y = 700
    for q, yes, det, mnr in qs:
        d.para(40, y, 330, q, "Helvetica", 8.8, 10.5)
        d.box(382, y - 1, yes, hand=True)
        d.box(410, y - 1, not yes, hand=True)
        if det:
            d.hand(440, y, det, sz=13)
        if mnr:
            d.mn(mnr[0], mnr[1], "checkbox_no")
        y -= 24 if len(q) > 62 else 17
    d.cond("Hypertension", icd=None)
    d.cond("Asthma")
    d.allergy("Kefalexin", "rash", note="cefalexin")
    y -= 8
    d.t(40, y, "13. Medicines you use regularly or as needed (name, strength, dosage):",
        "Helvetica-Bold", 9)
    y -= 6
    meds = [(d.med("losartan", "50", "mg", None, "1x1"), "Losartan 50 mg 1x1"),
            (d.med("budesonide/formoterol", "160/4.5", "mcg", None, "2x2", brand="Symbicort"),
             "Symbicort Turbuhaler 160/4.5 mcg 2x2"),
            (d.med("salbutamol", "200", "mcg", None, "as needed", brand="Buventol Easyhaler"),
             "Buventol Easyhaler 200 mcg as needed"),
            (d.med("ibuprofen", "400", "mg", None, "as needed", status="stopped",
                   brand="Burana", also=["held"], note="stopped before surgery"),
             "Burana (ibuprofen) 400 mg as needed - stopped 10.3.")]
    meds[1][0]["aliases"] = ["Symbicort Turbuhaler"]
    for i in range(5):
        y -= 19
        d.line(55, y - 3, W - 60, y - 3, 0.4, 0.5)
        if i < len(meds):
            d.hand(60, y, meds[i][1], sz=16)
    d.hand(60, y - 22, "Symbicort = budesonide/formoterol; Buventol = salbutamol - SL", sz=13,
           style="print", ink=INK2)
    y -= 46
    d.rect(40, y - 112, W - 80, 120, lw=0.8)
    d.t(48, y - 6, "NURSE'S PRE-OPERATIVE ASSESSMENT", "Helvetica-Bold", 9)
    vit = [("BP", d.vital("blood_pressure", "148/92", 148, 92, "mmHg"), 48, y - 26),
           ("HR", d.vital("heart_rate", "72", 72, unit="/min"), 200, y - 26),
           ("SpO2", d.vital("oxygen_saturation", "97 %", 97, unit="%"), 320, y - 26),
           ("Height", d.vital("height", "168 cm", 168, unit="cm"), 48, y - 48),
           ("Weight", d.vital("weight", "86 kg", 86, unit="kg"), 200, y - 48),
           ("BMI", d.vital("bmi", "30.5", 30.5), 320, y - 48)]
    for lab_, v, x, yy in vit:
        d.t(x, yy, lab_ + ":", "Helvetica", 9)
        d.hand(x + d.w(lab_ + ":", "Helvetica", 9) + 6, yy,
               v["value_text"] + (" " + v["unit"] if v["unit"] in ("mmHg", "/min") else ""),
               sz=14)
    d.t(48, y - 70, "Planned prophylaxis:", "Helvetica", 9)
    d.hand(140, y - 70, "Cefuroxime 1.5 g iv at induction", sz=13)
    d.mn("medications", "Cefuroxime", "planned", "peri-operative, not yet given")
    d.t(48, y - 92, "Nurse:", "Helvetica", 9)
    d.hand(85, y - 92, "S. Laaksonen", sz=14, ink=INK2)
    # lab result sticker stuck on below the nurse box, slightly skewed
    d.c.saveState()
    d.c.translate(300, y - 200)
    d.c.rotate(-1.6)
    d.rect(0, 0, 230, 66, lw=0.5, fill=(1, 1, 0.9))
    d.t(6, 55, f"LAB  {dotted(dt)} 08:05      (ref.)", "Courier-Bold", 8)
    labs = [("B-Hb", "138", "g/l", "134-167"), ("B-Trom", "245", "E9/l", "150-360"),
            ("P-K", "4.1", "mmol/l", "3.3-4.9"), ("P-Krea", "78", "umol/l", "60-100")]
    for i, (n, v, u, ref) in enumerate(labs):
        lo, hi = parse_range(ref)
        fl = "low" if float(v) < lo else ("high" if float(v) > hi else "normal")
        d.lab(n, v, u, ref, fl, dt)
        d.t(6, 43 - i * 11, f"{n:<7}{v:>6} {u:<7}({ref})", "Courier", 8)
    d.c.restoreState()
    return d.finish()


# ============================================================================= main
DOCS_FUNCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11,
              doc12, doc13, doc14, doc15, doc16, doc17, doc18, doc19, doc20, doc21, doc22]


def sha256(b):
    return hashlib.sha256(b).hexdigest()


def manifest_lines():
    out = []
    for sub in ("docs", "truth"):
        for p in sorted((HERE / sub).iterdir()):
            if p.is_file():
                out.append(f"{sha256(p.read_bytes())}  {sub}/{p.name}")
    return sorted(out, key=lambda s: s.split("  ", 1)[1])


def check_manifest():
    if not MANIFEST.exists():
        print("MANIFEST.sha256 missing")
        return 1
    want = MANIFEST.read_text().strip().splitlines()
    have = manifest_lines()
    if want != have:
        ws, hs = set(want), set(have)
        for ln in sorted(ws - hs):
            print("expected:", ln)
        for ln in sorted(hs - ws):
            print("found:   ", ln)
        print("MANIFEST MISMATCH")
        return 1
    print(f"MANIFEST OK ({len(have)} files)")
    return 0


def doc_table(results):
    hdr = ("| # | file | country / system | document_type | kind | pages | scan | "
           "handwritten | date style | rows (opt) | must_not |")
    sep = "|" + "---|" * 11
    lines = [hdr, sep]
    for r in results:
        t = r["truth"]
        n = sum(len(t[k]) for k in CATS)
        opt = sum(1 for k in CATS for x in t[k] if x.get("optional"))
        lines.append(f"| {r['stem'][:2]} | `{t['file']}` | {t['country']} | "
                     f"{t['document_type']} | {t['kind']} | {t['page_count']} | "
                     f"{'yes' if not t['text_layer'] else 'no'} | "
                     f"{'yes' if r['handwritten'] and not t['text_layer'] else 'no'} | "
                     f"{r['date_style']} | {n - opt} ({opt}) | {len(t['must_not'])} |")
    return "\n".join(lines)


def totals(results):
    tot = {k: 0 for k in CATS}
    opt = {k: 0 for k in CATS}
    mn = 0
    why = {}
    for r in results:
        t = r["truth"]
        for k in CATS:
            for x in t[k]:
                if x.get("optional"):
                    opt[k] += 1
                else:
                    tot[k] += 1
        mn += len(t["must_not"])
        for m in t["must_not"]:
            why[m["why"]] = why.get(m["why"], 0) + 1
    return tot, opt, mn, why


def build_all():
    results = []
    for f in DOCS_FUNCS:
        results.append(f())
    stems = [r["stem"] for r in results]
    assert len(set(stems)) == len(stems)
    return results


README_TMPL = """# docpipe held-out extraction set 8

An **independent, synthetic** test set for the document-to-clinical-data extractor. It was
written without looking at the extractor, its tests, samples or other benchmark folders; the
only repository file consulted was `pipeline/clinical/schema.py` (for the output vocabulary:
`DocumentType`, `VitalKind`, `MedicationStatus`, lab flags).

Everything is invented: people, identifiers (zero-filled / test ranges), addresses, phone
numbers, clinics, lot numbers. Every page carries the footer
"SYNTHETIC TEST DOCUMENT - not a real patient". Brand names of medicines and vaccines are
used as they appear in the respective countries.

## Layout

```
make_heldout8.py      deterministic generator (reportlab invariant=1, fixed seeds, no clock)
docs/                 {n_docs} documents (PDF with text layer, image-only PDF, JPEG, PNG)
truth/                one JSON per document, same stem
MANIFEST.sha256       sha256 of every file in docs/ and truth/ ("hash  relpath", sorted)
README.md             this file
```

* `python make_heldout8.py` regenerates everything and runs all self-checks.
* `python make_heldout8.py --check` verifies MANIFEST.sha256 only (exit 1 on mismatch).
* `python make_heldout8.py --table` prints the documents table below.

## Totals

* documents: {n_docs}; pages: {n_pages}; countries / health systems: {n_countries}
  ({n_systems} distinct systems counting Canadian provinces / Australian state / US state separately)
* scans (no text layer): {n_scans} ({scan_kinds}); with handwritten-looking entries: {n_hand}
* scored rows: {n_rows} = medications {t_medications}, labs {t_labs}, vitals {t_vitals},
  allergies {t_allergies}, conditions {t_conditions}, immunizations {t_immunizations}
* optional rows (count neither way): {n_opt} ({opt_detail})
* must_not rows: {n_mn} ({why_detail})

## Documents

{table}

## Date styles

{date_styles}

Truth dates are ISO (`YYYY-MM-DD`). Lab rows carry the collection date of their column or row
(a "previous result" column gives a row dated with that previous collection). Immunisation
rows whose printed date has day and month both <= 12, on a document that does not state the
order, have `"date_ambiguous": true` and are given in the country's usual order (day first
for Botswana and Uganda).

## Judgement calls

* **Current facts only.** A row is what a careful clinician would enter into the record from
  the document. Negated findings, family history, past/resolved problems (including
  "Resolved" rows of problem lists), queried / rule-out diagnoses ("?CKD", "R/O ..."),
  planned or "consider" items, due / overdue / declined / not-indicated vaccines, medicines
  given only in hospital, the ED or at the clinic (directly observed single doses),
  leaflet / label text, pending or ordered tests, a mother's vaccine on a child's card and
  a fetal heart rate are `must_not` rows.
* **Stopped / completed medicines** are rows with status `stopped` / `completed` **and**
  `must_not` rows (why `stopped`). Held / withheld medicines are rows with status `held`.
  `new` and `changed` rows accept `active` (`status_also_ok`); `completed` accepts `stopped`.
* **Medication fields** are as printed: `dose` and `unit` come from the strength or the
  administered amount the document states (e.g. "Take 2 tablets (40 mg total)" gives 40 mg),
  `frequency` is the printed directions text (`1-0-1`, `1x2`, `BD`, `ONE AT NIGHT`), and
  `route` is filled only when the document prints one. Combination products are one row
  with the combined strength as printed (`250/100` mg, `100-62.5-25` mcg).
* **Labs**: one row per result per date column; blank cells give none; `value_text` exactly as
  printed; `value_numeric` null for words and censored values ("<1", ">90"). Results in
  prose without a reference range have null range and null flag. Where a report prints the
  same result in SI and conventional units, the SI row is scored and the conventional row is
  `optional`. A target printed as the reference ("Ref./target <1.4") is treated as the range.
  Flags were computed from value vs range by the generator and printed from the truth.
* **Vitals** carry no date; every measurement printed with a number is a row (triage and
  discharge sets; growth and antenatal visit grids). Arrival observations quoted in the
  history of a discharge summary are `optional`. Unit-converted duplicates are `also_ok`.
* **Conditions**: chronic problems listed as history ("Background: hypertension ...") are
  active rows; a presenting symptom, an "old MI" code, a "probable" diagnosis, an obstetric
  history item, a descriptive term ("fluid overload"), a laboratory's interpretive comment
  and an underlying disease restated from the visit diagnosis are `optional`.
* **Lab reports** (documents 01-06) have no scored condition rows; queried diagnoses on the
  request form ("?CKD", "R/O ...") appear as `must_not`.
* **Pre-operative hold**: a medicine "stopped" a week before surgery is `stopped` and also
  accepts `held`.
* Names of truth rows are generic names as printed (brands in `brand`); where the document
  prints a brand plus generic both occur in the text. A `must_not` name never equals a truth
  name of the same category, except the stopped/completed medicine rows.

## Checks made by the generator (every run)

* every truth string (medication name, brand, dose, unit, route, frequency, aliases; lab test
  name, value text, unit, reference text; vital value text and unit; allergy substance,
  reaction, severity; condition name, ICD-10 code, aliases; vaccine, lot, brand; every
  `must_not` name) occurs in the text extracted (pypdfium2) from the PDF
  (case/whitespace-insensitive, NFKC); for scans, in the PDF before rasterising;
* every lab flag agrees with value vs reference range; every vital number agrees with its
  printed text;
* every page of every document has the synthetic footer;
* image-only files have no text layer (PDF pages extract to empty text; JPEG/PNG carry no
  text/comment/EXIF chunks);
* `must_not` names do not collide with truth names of the same category;
* the generator was run twice and the two MANIFEST.sha256 files were identical, every page
  was rendered to PNG and inspected by eye.
"""


def write_readme(results):
    tot, opt, mn, why = totals(results)
    countries = sorted({r["truth"]["country"].split(" (")[0] for r in results})
    systems = sorted({r["truth"]["country"] for r in results})
    scans = [r for r in results if not r["truth"]["text_layer"]]
    kinds = {}
    for r in scans:
        ext = r["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
    styles = {}
    for r in results:
        styles.setdefault(r["date_style"], []).append(r["stem"][:2])
    ds = "\n".join(f"* {k}: documents {', '.join(v)}" for k, v in sorted(styles.items()))
    txt = README_TMPL.format(
        n_docs=len(results), n_pages=sum(r["pages"] for r in results),
        n_countries=len(countries), n_systems=len(systems), n_scans=len(scans),
        scan_kinds=", ".join(f"{v} {k.upper()}" for k, v in sorted(kinds.items())),
        n_hand=sum(1 for r in scans if r["handwritten"]),
        n_rows=sum(tot.values()), n_opt=sum(opt.values()),
        opt_detail=", ".join(f"{k} {v}" for k, v in opt.items() if v),
        n_mn=mn, why_detail=", ".join(f"{k} {v}" for k, v in sorted(why.items())),
        table=doc_table(results), date_styles=ds,
        **{f"t_{k}": v for k, v in tot.items()})
    (HERE / "README.md").write_text(txt)


def preview(results, outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for r in results:
        p = HERE / r["file"]
        if p.suffix == ".pdf":
            pdf = pdfium.PdfDocument(str(p))
            for i in range(len(pdf)):
                pdf[i].render(scale=1.6).to_pil().save(outdir / f"{r['stem']}_p{i + 1}.png")
            pdf.close()
        else:
            Image.open(p).convert("RGB").save(outdir / f"{r['stem']}_p1.png")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify MANIFEST.sha256 only")
    ap.add_argument("--table", action="store_true", help="print the documents table")
    ap.add_argument("--preview", metavar="DIR", help="render all pages to PNG in DIR")
    a = ap.parse_args(argv)
    if a.check:
        return check_manifest()
    if a.table:
        print(doc_table(build_all()))   # builds in memory only, writes nothing
        return 0
    results = build_all()
    for sub in (DOCS, TRUTH):
        sub.mkdir(exist_ok=True)
        for p in sub.iterdir():
            if p.is_file():
                p.unlink()
    for r in results:
        (HERE / r["file"]).write_bytes(r["data"])
        (TRUTH / f"{r['stem']}.json").write_text(
            json.dumps(r["truth"], indent=2, ensure_ascii=False) + "\n")
    write_readme(results)
    MANIFEST.write_text("\n".join(manifest_lines()) + "\n")
    tot, opt, mn, why = totals(results)
    print(f"documents {len(results)}, pages {sum(r['pages'] for r in results)}")
    print("scored rows", sum(tot.values()), tot)
    print("optional", sum(opt.values()), opt)
    print("must_not", mn, why)
    if a.preview:
        preview(results, a.preview)
    return 0


if __name__ == "__main__":
    sys.exit(main())
