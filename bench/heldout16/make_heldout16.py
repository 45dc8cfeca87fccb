#!/usr/bin/env python3
"""Held-out extraction test set 16: draws 24 synthetic documents and writes their truth.

All document content and all truth rows below are written by hand. Randomness is used only
for drawing (handwriting jitter, scan degradation) and is seeded with fixed strings.

Usage:
  python make_heldout16.py                 build docs/, truth/, drawn/, MANIFEST.sha256 (+ README.md if absent)
  python make_heldout16.py --write-readme  same, and (re)write README.md
  python make_heldout16.py --check         verify MANIFEST.sha256 and the truth files
  python make_heldout16.py --determinism   build twice under /tmp/heldout16_work and compare
"""
import argparse
import ast
import hashlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/heldout16_work"
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
SCHEMA = os.path.normpath(os.path.join(HERE, "..", "..", "pipeline", "clinical", "schema.py"))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle, CondPageBreak)

FD = "/usr/share/fonts/truetype/dejavu/"
for _fam, _files in {
    "DV": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "DS": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "DC": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
           "DejaVuSansCondensed-BoldOblique"),
    "DM": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique", "DejaVuSansMono-BoldOblique"),
}.items():
    for _i, (_suf, _b, _it) in enumerate((("", 0, 0), ("-B", 1, 0), ("-I", 0, 1), ("-BI", 1, 1))):
        pdfmetrics.registerFont(TTFont(_fam + _suf, FD + _files[_i] + ".ttf"))
        addMapping(_fam, _b, _it, _fam + _suf)

CATS = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]
WHY = {"negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet", "other"}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
NUMERIC_STYLES = {"dmy", "dmy_dash", "dot", "mdy", "iso"}
STYLE_NAMES = {"dmy": "d/m/Y", "dmy_dash": "d-m-Y", "dMy": "d-M-Y", "dMy_sp": "j M Y", "jFY": "j F Y",
               "dot": "d.m.Y", "iso": "Y-m-d", "mdy": "m/d/Y", "FjY": "F j, Y"}


def fmt_date(iso, style):
    y, m, d = (int(x) for x in iso.split("-"))
    return {
        "dmy": f"{d:02d}/{m:02d}/{y}", "dmy_dash": f"{d:02d}-{m:02d}-{y}",
        "dMy": f"{d:02d}-{MON[m - 1]}-{y}", "dMy_sp": f"{d} {MON[m - 1]} {y}",
        "jFY": f"{d} {MONF[m - 1]} {y}", "dot": f"{d:02d}.{m:02d}.{y}", "iso": iso,
        "mdy": f"{m:02d}/{d:02d}/{y}", "FjY": f"{MONF[m - 1]} {d}, {y}",
    }[style]


def norm(t):
    return re.sub(r"\s+", "", str(t)).lower()


def esc(t):
    return html.escape(str(t), quote=False)


# ----------------------------------------------------------------------------- flowables
class Hand(Flowable):
    """Handwriting-like text: oblique DejaVu drawn glyph by glyph with jitter."""

    def __init__(self, text, size=11.0, seed="", ink=(0.08, 0.12, 0.42), font="DV-I"):
        super().__init__()
        self.text, self.size, self.ink, self.font = text, size, ink, font
        rng = random.Random("hand16:" + seed + ":" + text)
        self.glyphs = []
        for ch in text:
            sz = size * rng.uniform(0.9, 1.12)
            self.glyphs.append((ch, sz, rng.uniform(-1.3, 1.3), rng.uniform(-6.0, 6.0), rng.uniform(-0.3, 0.5)))

    def _adv(self, g):
        ch, sz, _dy, _a, dx = g
        return pdfmetrics.stringWidth(ch, self.font, sz) * 1.02 + dx

    def wrap(self, aw, ah):
        self.lines, line, x = [], [], 0.0
        words, cur = [], []
        for g in self.glyphs:
            cur.append(g)
            if g[0] == " ":
                words.append(cur)
                cur = []
        if cur:
            words.append(cur)
        for w in words:
            ww = sum(self._adv(g) for g in w)
            if line and x + ww > aw:
                self.lines.append(line)
                line, x = [], 0.0
            line.extend(w)
            x += ww
        if line:
            self.lines.append(line)
        self.width = min(aw, max(sum(self._adv(g) for g in ln) for ln in self.lines)) if self.lines else 0
        self.height = len(self.lines) * self.size * 1.45 + 2
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColorRGB(*self.ink)
        for li, ln in enumerate(self.lines):
            x, y0 = 0.0, self.height - (li + 1) * self.size * 1.45 + self.size * 0.35
            for g in ln:
                ch, sz, dy, ang, _dx = g
                if ch != " ":
                    c.saveState()
                    c.translate(x, y0 + dy)
                    c.rotate(ang)
                    c.setFont(self.font, sz)
                    c.drawString(0, 0, ch)
                    c.restoreState()
                x += self._adv(g)


class Tick(Flowable):
    """A tick box drawn with vector strokes (no glyphs)."""

    def __init__(self, checked, size=8.5, seed=""):
        super().__init__()
        self.checked, self.size = checked, size
        r = random.Random("tick16:" + seed)
        self.j = [r.uniform(-0.8, 0.8) for _ in range(6)]

    def wrap(self, aw, ah):
        return self.size + 2, self.size + 2

    def draw(self):
        c, s, j = self.canv, self.size, self.j
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6)
        c.rect(1, 1, s, s)
        if self.checked:
            c.setStrokeColorRGB(0.08, 0.12, 0.42)
            c.setLineWidth(1.3)
            p = c.beginPath()
            p.moveTo(1 + s * 0.15 + j[0] * 0.3, 1 + s * 0.5 + j[1] * 0.3)
            p.lineTo(1 + s * 0.42 + j[2] * 0.3, 1 + s * 0.12 + j[3] * 0.3)
            p.lineTo(1 + s * 1.1 + j[4] * 0.4, 1 + s * 1.15 + j[5] * 0.4)
            c.drawPath(p, stroke=1, fill=0)


def numbered_canvas(doc):
    class NumCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for i, st in enumerate(self._pages):
                self.__dict__.update(st)
                w, _h = self._pagesize
                self.setFillColorRGB(0.25, 0.25, 0.25)
                self.setFont("DV", 7.2)
                self.drawCentredString(w / 2, 9 * mm, FOOTER)
                self.drawRightString(w - 16 * mm, 9 * mm, doc.pagefmt.format(i=i + 1, n=n))
                if doc.footer_left:
                    self.drawString(16 * mm, 9 * mm, doc.footer_left)
                super().showPage()
            doc.npages = n
            super().save()
    return NumCanvas


# ----------------------------------------------------------------------------- document
class Doc:
    def __init__(self, num, slug, country, doctype, kind, dstyle, ext="pdf", scan=None, size=A4,
                 font="DV", hand=False, body=9.2):
        self.num, self.slug, self.country, self.doctype, self.kind = num, slug, country, doctype, kind
        self.dstyle, self.ext, self.scan, self.size, self.font, self.hand = dstyle, ext, scan, size, font, hand
        self.body = body
        self.story, self.drawn = [], [FOOTER]
        self.T = {k: [] for k in CATS}
        self.T["must_not"] = []
        self.styles_used = {dstyle}
        self.running = None
        self.footer_left = None
        self.pagefmt = "Page {i} of {n}"
        self.npages = 0
        self._st = {}
        self.hand_count = 0

    @property
    def stem(self):
        return f"{self.num:02d}_{self.slug}"

    # --- text helpers
    def d(self, iso, style=None):
        st = style or self.dstyle
        self.styles_used.add(st)
        return fmt_date(iso, st)

    def rec(self, t):
        self.drawn.append(str(t))
        return t

    def ps(self, size=None, bold=False, italic=False, align=0, font=None, lead=None, color=None,
           before=0, after=2.5, indent=0):
        key = (size, bold, italic, align, font, lead, color, before, after, indent)
        if key not in self._st:
            f = font or self.font
            fn = f + ("-B" if bold and not italic else "-I" if italic and not bold else "-BI" if bold else "")
            sz = size or self.body
            self._st[key] = ParagraphStyle(
                f"s{len(self._st)}", fontName=fn, fontSize=sz, leading=lead or sz * 1.28, alignment=align,
                textColor=color or colors.black, spaceBefore=before, spaceAfter=after, leftIndent=indent)
        return self._st[key]

    def para(self, text, **k):
        self.rec(text)
        return Paragraph(esc(text), self.ps(**k))

    def p(self, text, label=None, **k):
        if label:
            self.rec(label)
            self.rec(text)
            self.story.append(Paragraph(f"<b>{esc(label)}</b> {esc(text)}", self.ps(**k)))
        else:
            self.story.append(self.para(text, **k))

    def h(self, text, size=None, before=6, after=3, color=None):
        self.story.append(self.para(text, size=size or self.body + 1.6, bold=True, before=before, after=after,
                                    color=color))

    def sp(self, hgt=4):
        self.story.append(Spacer(1, hgt))

    def bullets(self, items, **k):
        for it in items:
            self.rec(it)
            self.story.append(Paragraph(esc(it), self.ps(indent=10, **k), bulletText="\u2022"))

    def hw(self, text, size=11.0):
        self.rec(text)
        self.hand_count += 1
        return Hand(text, size=size, seed=self.stem)

    def tick(self, checked, key=""):
        return Tick(checked, seed=self.stem + key + str(len(self.drawn)))

    def cell(self, c, size, bold=False, align=0, font=None):
        if c is None:
            return ""
        if isinstance(c, Flowable):
            return c
        return self.para(c, size=size, bold=bold, align=align, after=0, font=font)

    def tbl(self, rows, widths, head=1, size=8.3, grid="full", zebra=False, valign="TOP", hbg=None,
            font=None, boldcol0=False, pad=2.5, extra=()):
        data = []
        for ri, r in enumerate(rows):
            data.append([self.cell(c, size, bold=(ri < head) or (boldcol0 and ci == 0), font=font)
                         for ci, c in enumerate(r)])
        t = Table(data, colWidths=[w * mm if w else None for w in widths], repeatRows=head)
        st = [("VALIGN", (0, 0), (-1, -1), valign), ("TOPPADDING", (0, 0), (-1, -1), pad),
              ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 3),
              ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if head:
            st.append(("BACKGROUND", (0, 0), (-1, head - 1), hbg or colors.Color(0.88, 0.89, 0.91)))
        if grid == "full":
            st.append(("GRID", (0, 0), (-1, -1), 0.45, colors.Color(0.45, 0.45, 0.45)))
        elif grid == "lines":
            st.append(("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.Color(0.6, 0.6, 0.6)))
            st.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
        elif grid == "box":
            st.append(("BOX", (0, 0), (-1, -1), 0.7, colors.black))
        if zebra:
            for i in range(head, len(rows)):
                if (i - head) % 2 == 1:
                    st.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.95, 0.96, 0.97)))
        st.extend(extra)
        t.setStyle(TableStyle(st))
        self.story.append(t)
        return t

    def kv(self, pairs, ncols=2, size=8.6, widths=None, grid="box"):
        rows, cur = [], []
        for lab, val in pairs:
            cur += [self.para(lab, size=size, bold=True, after=0),
                    val if isinstance(val, Flowable) else self.para(val, size=size, after=0)]
            if len(cur) == 2 * ncols:
                rows.append(cur)
                cur = []
        if cur:
            rows.append(cur + [""] * (2 * ncols - len(cur)))
        aw = (self.size[0] / mm) - 36
        widths = widths or ([aw * 0.18, aw * 0.32] * ncols if ncols == 2 else [aw * 0.25, aw * 0.75])
        t = Table(rows, colWidths=[w * mm for w in widths])
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if grid == "box":
            st.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
            st.append(("INNERGRID", (0, 0), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)))
        t.setStyle(TableStyle(st))
        self.story.append(t)

    def letterhead(self, name, lines, right=(), title=None, color=(0.1, 0.2, 0.45), font=None, rule=True):
        f = font or self.font
        left = [self.para(name, size=13.5, bold=True, font=f, color=colors.Color(*color), after=1)]
        left += [self.para(x, size=7.8, font=f, after=0) for x in lines]
        rgt = [self.para(x, size=7.8, font=f, after=0, align=2) for x in right]
        t = Table([[left, rgt]], colWidths=[None, 62 * mm])
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        if rule:
            st.append(("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.Color(*color)))
        t.setStyle(TableStyle(st))
        self.story.append(t)
        self.sp(5)
        if title:
            self.story.append(self.para(title, size=12.5, bold=True, align=1, before=2, after=6, font=f))

    # --- lab tables (printed rows and truth rows come from the same hand-typed spec)
    def labtab(self, rows, dates, layout="col", widths=None, size=8.2, att="", heads=None, grid="full",
               zebra=False):
        """rows: (name, unit, ref_printed, lo, hi, [vals...], aliases, reference_text_override)
        vals: "6.2|H" (value|printed flag), "Negative", None (blank), "Pending"/"To follow" (no row)."""
        out = []
        if layout == "col":
            out.append(heads or ["Test", "Result", "Flag", "Units", "Reference range"])
        elif layout == "att":
            out.append(heads or ["Test", "Result", "Units", "Reference range"])
        elif layout == "unitres":
            out.append(heads or ["Investigation", "Result", "Reference interval"])
        elif layout == "cum":
            out.append(heads or (["Test"] + [self.d(x) for x in dates] + ["Units", "Ref. range"]))
        elif layout == "prev":
            out.append(heads or ["Test", "Result", "Flag", "Units", "Reference range",
                                 f"Previous ({self.d(dates[1])})"])
        for r in rows:
            if isinstance(r, str):  # section row
                out.append([r] + [""] * (len(out[0]) - 1))
                continue
            name, unit, ref, lo, hi, vals = r[:6]
            aliases = list(r[6]) if len(r) > 6 and r[6] else []
            rtx = r[7] if len(r) > 7 else None
            pv = []
            for di, v in enumerate(vals):
                if v is None:
                    pv.append(("", ""))
                    continue
                vt, _, fl = v.partition("|")
                pv.append((vt, fl))
                if vt.lower() in ("pending", "to follow", "in progress", "awaited", "referred"):
                    continue
                self._labrow(name, vt, fl, unit, ref, lo, hi, dates[di], aliases, rtx)
            u = unit or ""
            if layout == "col":
                out.append([name, pv[0][0], pv[0][1], u, ref])
            elif layout == "att":
                out.append([name, pv[0][0] + (att + pv[0][1] if pv[0][1] else ""), u, ref])
            elif layout == "unitres":
                vt, fl = pv[0]
                out.append([name, (vt + (" " + u if u and vt.lower() not in ("pending",) else "")
                                   + ("  " + fl if fl else "")), ref + (" " + u if u and ref and ref[0].isdigit() else "")])
            elif layout == "cum":
                out.append([name] + [(a + (att + b if b else "")) for a, b in pv] + [u, ref])
            elif layout == "prev":
                prev = pv[1] if len(pv) > 1 else ("", "")
                out.append([name, pv[0][0], pv[0][1], u, ref, prev[0] + (" " + prev[1] if prev[1] else "")])
        secrows = [i for i, r in enumerate(rows, start=1) if isinstance(r, str)]
        extra = []
        for i in secrows:
            extra += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.Color(0.93, 0.93, 0.93))]
        self.tbl(out, widths, size=size, grid=grid, zebra=zebra, extra=extra)

    def _labrow(self, name, vt, fl, unit, ref, lo, hi, dt, aliases, rtx):
        fmap = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "C": "critical", "A": "abnormal",
                "*": "abnormal", "ABN": "abnormal", "CRIT": "critical"}
        flag = fmap[fl.strip().upper()] if fl.strip() else ("normal" if ref else None)
        try:
            vn = float(vt.replace(",", ""))
        except ValueError:
            vn = None
        if rtx is None and lo is None and hi is None and ref:
            rtx = ref
        self.T["labs"].append({"test_name": name, "value_text": vt, "value_numeric": vn, "unit": unit or None,
                               "reference_low": lo, "reference_high": hi, "reference_text": rtx, "flag": flag,
                               "date": dt, "aliases": aliases})

    # --- truth helpers (hand-written rows)
    def med(self, name, brand, dose, unit, route, freq, status="active", opt=False, why_note=None):
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route, "frequency": freq,
             "status": status}
        if opt:
            r["optional"] = True
        self.T["medications"].append(r)
        if status in ("stopped", "held", "completed"):
            self.mn("medications", name, "stopped", why_note or status)

    def lab(self, test, vt, unit, lo, hi, flag, dt, aliases=(), rtx=None):
        try:
            vn = float(vt)
        except ValueError:
            vn = None
        self.T["labs"].append({"test_name": test, "value_text": vt, "value_numeric": vn, "unit": unit,
                               "reference_low": lo, "reference_high": hi, "reference_text": rtx, "flag": flag,
                               "date": dt, "aliases": list(aliases)})

    def vit(self, kind, vt, unit):
        if kind == "blood_pressure":
            a, b = vt.split("/")
            vn, v2 = float(a), float(b)
        else:
            vn, v2 = float(vt), None
        self.T["vitals"].append({"kind": kind, "value_text": vt, "value_numeric": vn, "value_secondary": v2,
                                 "unit": unit})

    def alg(self, substance, reaction=None, severity=None):
        self.T["allergies"].append({"substance": substance, "reaction": reaction, "severity": severity})

    def cond(self, name, status="active", icd=None, aliases=(), opt=False):
        r = {"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)}
        if opt:
            r["optional"] = True
        self.T["conditions"].append(r)

    def imm(self, vaccine, iso, dose=None, lot=None, brand=None, style=None):
        st = style or self.dstyle
        y, m, d = (int(x) for x in iso.split("-"))
        amb = st in ("dmy", "dmy_dash", "dot", "mdy") and d <= 12 and m <= 12 and d != m
        self.T["immunizations"].append({"vaccine": vaccine, "administered_on": iso, "dose_number": dose,
                                        "lot_number": lot, "brand": brand, "date_ambiguous": amb})

    def mn(self, category, name, why, note=None):
        assert why in WHY, why
        self.T["must_not"].append({"category": category, "name": name, "why": why, "note": note})


# registry of document builders
BUILDERS = []


def document(fn):
    BUILDERS.append(fn)
    return fn


# ============================================================================= documents (hand-written)
@document
def d01():
    D = Doc(1, "south_sudan_lab_report", "South Sudan", "lab_result", "lab report (flags attached, malaria)",
            "dmy", ext="jpg", scan=dict(dpi=170, angles=[1.3], light=(0.7, 0.2)))
    D.letterhead("Juba Riverside Medical Laboratory",
                 ["Plot 114, Hai Malakal Road, Juba, South Sudan",
                  "Tel: +211 922 418 307   Email: results@jubariverside-lab.example"],
                 right=["Lab No: JRL-25-04417", "Specimen: EDTA / SST / whole blood"], title="LABORATORY REPORT")
    D.kv([("Patient", "Achol Deng Majok"), ("Hospital No.", "NFC-20931"),
          ("Sex / Age", "F / 34 years"), ("Collected", D.d("2025-03-11") + "  08:40"),
          ("Requested by", "Dr. Lual Garang, Nile Family Clinic"), ("Reported", D.d("2025-03-12") + "  10:15")])
    D.h("HAEMATOLOGY")
    D.labtab([
        ("Haemoglobin", "g/dL", "12.0 - 15.5", 12.0, 15.5, ["9.8|L"], ["Hb"]),
        ("White cell count", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ["12.6|H"], ["WBC"]),
        ("Neutrophils", "%", "40 - 75", 40.0, 75.0, ["81|H"]),
        ("Platelets", "x10^9/L", "150 - 400", 150.0, 400.0, ["138|L"], ["PLT"]),
        ("MCV", "fL", "80 - 100", 80.0, 100.0, ["74|L"], ["Mean cell volume"]),
        ("ESR", "mm/hr", "0 - 20", 0.0, 20.0, ["38|H"], ["Erythrocyte sedimentation rate"]),
    ], ["2025-03-11"], layout="att", widths=[60, 34, 30, 50])
    D.h("PARASITOLOGY")
    D.labtab([
        ("Malaria RDT (Pf/Pan)", "", "Negative", None, None, ["POSITIVE|*"], ["mRDT"]),
        ("Malaria parasites, thick film", "", "Not seen", None, None, ["Pending"], ["BS for MPs"]),
    ], ["2025-03-11"], layout="att", widths=[60, 34, 30, 50])
    D.mn("labs", "Malaria parasites, thick film", "other", "pending")
    D.h("CLINICAL CHEMISTRY")
    D.labtab([
        ("Creatinine", "umol/L", "45 - 90", 45.0, 90.0, ["88"]),
        ("Urea", "mmol/L", "2.5 - 7.8", 2.5, 7.8, ["6.1"]),
        ("ALT", "U/L", "< 40", None, 40.0, ["52|H"], ["Alanine aminotransferase"]),
        ("Glucose (random)", "mmol/L", "3.9 - 7.8", 3.9, 7.8, ["6.2"], ["RBS"]),
        ("Total bilirubin", "umol/L", "3 - 21", 3.0, 21.0, ["34|H"], ["Bilirubin"]),
        ("Albumin", "g/L", "35 - 50", 35.0, 50.0, ["33|L"]),
        ("Sodium", "mmol/L", "135 - 145", 135.0, 145.0, ["134|L"], ["Na"]),
    ], ["2025-03-11"], layout="att", widths=[60, 34, 30, 50])
    D.sp(6)
    D.p("* = abnormal result.  H = above reference range.  L = below reference range.", size=7.5)
    D.p("Thick film to follow; a supplementary report will be issued.", size=8)
    D.sp(4)
    D.story.append(D.hw("Result phoned to Nile Family Clinic - reviewed LG", size=11.5))
    D.p("Authorised by: Lual Garang (Laboratory Scientist)", size=8)
    return D


@document
def d02():
    D = Doc(2, "sudan_discharge_summary", "Sudan", "discharge_summary", "discharge summary (3 pages)", "dmy",
            body=9.4)
    D.running = "Blue Nile Teaching Hospital - Discharge summary - Osman Abdelrahim Hamid - MRN BNH-448120"
    D.letterhead("Blue Nile Teaching Hospital",
                 ["Department of Internal Medicine, Ward 7B", "Al-Mak Nimir Street, Khartoum North, Sudan",
                  "Tel: +249 185 337 902   Fax: +249 185 337 910"],
                 right=["MRN: BNH-448120", "Consultant: Dr. Hiba Elsayed", "Records in English"],
                 title="DISCHARGE SUMMARY")
    D.kv([("Patient", "Osman Abdelrahim Hamid"), ("MRN", "BNH-448120"), ("Date of birth", D.d("1963-07-02")),
          ("Sex", "Male"), ("Admitted", D.d("2025-02-03")), ("Discharged", D.d("2025-02-10")),
          ("Ward", "7B (Medical)"), ("GP / referrer", "Dr. Yasir Karrar, Kober Health Centre")])
    D.h("Diagnoses at discharge")
    D.tbl([["#", "Diagnosis", "Status"],
           ["1", "Community-acquired pneumonia, right lower lobe (principal)", "Improving"],
           ["2", "Type 2 diabetes mellitus - poorly controlled", "Active"],
           ["3", "Essential hypertension", "Active"],
           ["4", "Chronic kidney disease stage 3a", "Active"],
           ["5", "Acute kidney injury on CKD (pre-renal)", "Resolved during admission"],
           ["6", "Iron deficiency anaemia", "Active - new"]], [10, 120, 44], size=8.6)
    D.cond("Community-acquired pneumonia", "active", aliases=["CAP"])
    D.cond("Type 2 diabetes mellitus", "active", aliases=["T2DM"])
    D.cond("Essential hypertension", "active", aliases=["HTN"])
    D.cond("Chronic kidney disease stage 3a", "active", aliases=["CKD 3a"])
    D.cond("Iron deficiency anaemia", "active", aliases=["IDA"])
    D.mn("conditions", "Acute kidney injury", "historical", "resolved during admission")
    D.h("Past medical history")
    D.bullets(["Pulmonary tuberculosis in 2009 - completed 6 months of treatment, cured (past history).",
               "Open cholecystectomy 2015 for gallstones - no ongoing problems.",
               "No history of asthma or COPD. No previous myocardial infarction or stroke."])
    D.mn("conditions", "Pulmonary tuberculosis", "historical", "treated 2009")
    D.mn("conditions", "gallstones", "historical", "cholecystectomy 2015")
    D.mn("conditions", "asthma", "negated")
    D.mn("conditions", "COPD", "negated")
    D.mn("conditions", "myocardial infarction", "negated")
    D.h("Allergies and adverse reactions")
    D.tbl([["Substance", "Reaction", "Severity"],
           ["Penicillin", "Urticarial rash (1998)", "Moderate"],
           ["Gliclazide", "Recurrent hypoglycaemia", "Mild"]], [55, 80, 39], size=8.6)
    D.alg("Penicillin", "Urticarial rash", "Moderate")
    D.alg("Gliclazide", "Recurrent hypoglycaemia", "Mild")
    D.h("Presenting complaint and history")
    D.p("Mr Hamid is a 61-year-old retired teacher who presented with five days of fever, productive cough "
        "with yellow-green sputum, right-sided pleuritic chest pain and increasing breathlessness. He denies "
        "haemoptysis, night sweats or weight loss. He lives with his wife and is independent. He is a "
        "non-smoker and does not drink alcohol. Family history: his father had ischaemic heart disease and "
        "died aged 70; his mother had type 2 diabetes.")
    D.mn("conditions", "haemoptysis", "negated", "denied")
    D.mn("conditions", "ischaemic heart disease", "family", "father")
    D.p("On arrival he was febrile (38.9 C), tachycardic at 112 beats per minute, respiratory rate 28 per "
        "minute, oxygen saturation 89% on room air, and blood pressure 148/92 mmHg. There were coarse "
        "crackles and bronchial breathing at the right base. Chest X-ray showed right lower lobe "
        "consolidation without effusion. CURB-65 score was 2.")
    D.h("Clinical course")
    D.p("He was treated with intravenous ceftriaxone 2 g once daily (day 1-5) and oral azithromycin 500 mg "
        "once daily for three days, with oxygen by nasal cannula for 48 hours. Given the documented "
        "penicillin allergy (rash only, not anaphylaxis) the team judged a third-generation cephalosporin "
        "acceptable, and he tolerated it without reaction. He received a single dose of intravenous "
        "furosemide 40 mg on day 2 for mild fluid overload after resuscitation fluids. Fever settled by day 3 "
        "and oxygen was weaned on day 3. He was stepped down to oral cefuroxime on day 6.")
    D.mn("medications", "ceftriaxone", "other", "IV on the ward, days 1-5")
    D.mn("medications", "furosemide", "other", "single IV dose on ward")
    D.p("Creatinine rose to 168 umol/L on admission (baseline about 120) with a reduced urine output; "
        "lisinopril was held and intravenous fluids given. Renal function returned to baseline by discharge. "
        "Lisinopril remains on hold until review in clinic.")
    D.p("Capillary glucose ran between 11 and 19 mmol/L on gliclazide and metformin, and HbA1c was 9.4%. "
        "He had two hypoglycaemic episodes on gliclazide in the month before admission, so gliclazide was "
        "stopped and basal insulin started with diabetes nurse education; he and his wife are now confident "
        "with the pen. Metformin was reduced because of the CKD.")
    D.p("A pulmonary embolism was considered early because of tachycardia and hypoxia; CT pulmonary "
        "angiogram on " + D.d("2025-02-04") + " showed no pulmonary embolism. Haemoglobin was 10.2 g/dL with low "
        "ferritin; he reports no melaena or rectal bleeding. Oral iron was started and an outpatient "
        "upper endoscopy will be arranged to rule out a gastrointestinal bleeding source.")
    D.mn("conditions", "pulmonary embolism", "negated", "excluded on CTPA")
    D.mn("conditions", "gastrointestinal bleeding", "other", "to rule out - endoscopy planned")
    D.h("Investigations")
    D.p("Blood results (admission and day of discharge):", size=8.8)
    D.labtab([
        ("Haemoglobin", "g/dL", "13.0 - 17.0", 13.0, 17.0, ["10.6|L", "10.2|L"], ["Hb"]),
        ("White cell count", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ["17.8|H", "8.9"], ["WBC"]),
        ("C-reactive protein", "mg/L", "< 5", None, 5.0, ["214|H", "31|H"], ["CRP"]),
        ("Sodium", "mmol/L", "135 - 145", 135.0, 145.0, ["131|L", "137"], ["Na"]),
        ("Potassium", "mmol/L", "3.5 - 5.1", 3.5, 5.1, ["5.3|H", "4.6"], ["K"]),
        ("Creatinine", "umol/L", "62 - 106", 62.0, 106.0, ["168|H", "118|H"]),
        ("Ferritin", "ug/L", "30 - 400", 30.0, 400.0, [None, "11|L"]),
    ], ["2025-02-03", "2025-02-10"], layout="cum", att=" ", widths=[52, 30, 30, 26, 36], size=8.3)
    D.lab("HbA1c", "9.4", "%", 4.0, 6.0, "high", "2025-02-04", aliases=["Glycated haemoglobin"])
    D.p("HbA1c (" + D.d("2025-02-04") + "): 9.4 % H (reference 4.0 - 6.0). Blood cultures x2 taken on "
        "admission: no growth at 5 days. Sputum for acid-fast bacilli (GeneXpert MTB/RIF): pending at discharge "
        "- result will be sent to the GP.", size=8.8)
    D.mn("labs", "GeneXpert MTB/RIF", "other", "pending at discharge")
    D.h("Observations on day of discharge")
    D.tbl([["Blood pressure", "Pulse", "Temperature", "Resp. rate", "SpO2 (air)", "Weight"],
           ["136/84 mmHg", "84 bpm", "36.8 C", "18 /min", "96 %", "81 kg"]], [30, 26, 28, 26, 30, 30], size=8.6)
    D.vit("blood_pressure", "136/84", "mmHg")
    D.vit("heart_rate", "84", "bpm")
    D.vit("temperature", "36.8", "C")
    D.vit("respiratory_rate", "18", "/min")
    D.vit("oxygen_saturation", "96", "%")
    D.vit("weight", "81", "kg")
    D.h("Medications on discharge")
    D.tbl([["Medicine", "Dose / route", "Frequency", "Status / comment"],
           ["Cefuroxime", "500 mg oral", "bd", "NEW - 3 more days to complete 8 days in total"],
           ["Insulin glargine (Lantus) 100 units/mL pen", "14 units subcut", "nocte", "NEW"],
           ["Metformin", "500 mg oral", "bd", "CHANGED - reduced from 1 g bd (CKD)"],
           ["Amlodipine", "10 mg oral", "mane", "Continued"],
           ["Ferrous sulfate", "200 mg oral", "tds", "NEW - take with orange juice"],
           ["Paracetamol", "1 g oral", "qid prn", "Continued - max 4 g in 24 hours"],
           ["Lisinopril", "10 mg oral", "mane", "HELD - restart only after renal review"],
           ["Gliclazide", "80 mg oral", "bd", "STOPPED - hypoglycaemia"],
           ["Azithromycin", "500 mg oral", "daily", "COMPLETED - 3-day course in hospital"]],
          [58, 30, 20, 66], size=8.4, zebra=True)
    D.med("cefuroxime", None, "500", "mg", "oral", "bd", "new")
    D.med("insulin glargine", "Lantus", "14", "units", "subcutaneous", "nocte", "new")
    D.med("metformin", None, "500", "mg", "oral", "bd", "changed")
    D.med("amlodipine", None, "10", "mg", "oral", "mane", "active")
    D.med("ferrous sulfate", None, "200", "mg", "oral", "tds", "new")
    D.med("paracetamol", None, "1", "g", "oral", "qid prn", "active")
    D.med("lisinopril", None, "10", "mg", "oral", "mane", "held", why_note="held until renal review")
    D.med("gliclazide", None, "80", "mg", "oral", "bd", "stopped")
    D.med("azithromycin", None, "500", "mg", "oral", "daily", "completed")
    D.p("Consider starting atorvastatin at the clinic review once liver tests are repeated.")
    D.mn("medications", "atorvastatin", "planned", "consider at review")
    D.h("Follow-up plan")
    D.bullets(["Medical outpatient clinic in 2 weeks with repeat full blood count, renal function and potassium.",
               "Repeat chest X-ray in 6 weeks to confirm resolution.",
               "Diabetes nurse telephone review in 1 week; home glucose monitoring before breakfast and dinner.",
               "Gastroenterology referral for upper endoscopy (iron deficiency).",
               "Influenza and pneumococcal vaccination at the health centre once recovered."])
    D.mn("immunizations", "Influenza", "planned", "once recovered")
    D.mn("immunizations", "pneumococcal", "planned", "once recovered")
    D.h("Ward progress (summary by day)")
    D.tbl([["Day", "Date", "Summary"],
           ["1", D.d("2025-02-03"), "Admitted via ED. IV ceftriaxone, oxygen 2 L/min, IV fluids. Lisinopril held."],
           ["2", D.d("2025-02-04"), "CTPA - no PE. Single IV furosemide dose. Glucose 17-19 mmol/L."],
           ["3", D.d("2025-02-05"), "Afebrile. Oxygen weaned. Insulin education started by diabetes nurse."],
           ["4", D.d("2025-02-06"), "Creatinine improving. Mobilising independently on the ward."],
           ["5", D.d("2025-02-07"), "Ferritin low - oral iron started. Dietitian review (diabetic diet)."],
           ["6", D.d("2025-02-08"), "Stepped down to oral cefuroxime. Physiotherapy - chest clear on right."],
           ["7", D.d("2025-02-09"), "Wife taught insulin pen technique. Glucose 7-11 mmol/L."],
           ["8", D.d("2025-02-10"), "Medically fit for discharge. Medicines reconciled with pharmacist."]],
          [12, 26, 136], size=8.4)
    D.h("Functional status and social")
    D.p("Independent with activities of daily living, walking without aid. Lives with wife in a ground-floor "
        "house. Family will collect medicines from the hospital pharmacy. Patient and wife were given the "
        "chance to ask questions and a copy of this summary. Fit to return to normal activities gradually over "
        "two weeks; no driving restriction.")
    D.h("Information for the patient")
    D.p("Return to the emergency department if you become more breathless, cough up blood or cannot keep "
        "fluids down. Insulin can cause low blood sugar: if you feel shaky or sweaty, take sugar and check "
        "your glucose. Do not take ibuprofen or other anti-inflammatory painkillers because they can harm your "
        "kidneys. Tell any doctor or pharmacist that you are allergic to penicillin; also tell them if you "
        "have ever reacted to sulfonamide medicines.", size=8.8)
    D.mn("medications", "ibuprofen", "leaflet")
    D.mn("allergies", "sulfonamide", "leaflet")
    D.sp(8)
    D.p("Dr. Mohamed Tagelsir, Medical Registrar, for Dr. Hiba Elsayed (Consultant Physician)", size=8.8)
    D.p("Copy to: Dr. Yasir Karrar, Kober Health Centre, Khartoum North", size=8.8)
    return D


@document
def d03():
    D = Doc(3, "somaliland_child_immunisation_card", "Somaliland", "immunization_record",
            "child immunisation card (handwritten)", "dmy", ext="png",
            scan=dict(dpi=160, angles=[-1.7], light=(0.2, 0.8), paper=(0.95, 0.93, 0.86)))
    D.letterhead("Hargeisa Sunrise Mother and Child Health Centre",
                 ["Jigjiga Yar District, Hargeisa, Somaliland", "Tel: +252 63 441 2087"],
                 right=["Expanded Programme on Immunization", "CHILD HEALTH CARD"], color=(0.0, 0.35, 0.2))
    D.kv([("Child's name", D.hw("Hodan Abdi Warsame")), ("Card No.", "HS-MCH-2024-0117"),
          ("Date of birth", D.hw(D.d("2024-01-08"))), ("Sex", "Female"),
          ("Mother", "Sahra Yusuf Ali"), ("Village / area", "Jigjiga Yar")])
    D.h("Immunisations")
    rows = [["Vaccine", "Dose", "Date given", "Batch / Lot", "Next visit due"]]

    def r(vac, dose, iso, lot, nxt, doseno):
        rows.append([vac, dose, D.hw(D.d(iso), 10.5), D.hw(lot, 10.5), D.hw(nxt, 10.5) if nxt else ""])
        D.imm(vac, iso, doseno, lot)
    r("BCG", "Birth", "2024-01-08", "BC3-2291", None, None)
    r("OPV", "0", "2024-01-08", "OP7718A", D.d("2024-02-19"), 0)
    r("Pentavalent (DTP-HepB-Hib)", "1", "2024-02-19", "PT240931", D.d("2024-03-18"), 1)
    r("OPV", "1", "2024-02-19", "OP8120B", None, 1)
    r("PCV", "1", "2024-02-19", "PC55013", None, 1)
    r("Rotavirus", "1", "2024-02-19", "RV4471", None, 1)
    r("Pentavalent (DTP-HepB-Hib)", "2", "2024-03-18", "PT240988", D.d("2024-04-22"), 2)
    r("OPV", "2", "2024-03-18", "OP8120B", None, 2)
    r("PCV", "2", "2024-03-18", "PC55013", None, 2)
    r("Pentavalent (DTP-HepB-Hib)", "3", "2024-04-22", "PT241102", D.d("2024-10-07"), 3)
    r("OPV", "3", "2024-04-22", "OP8302C", None, 3)
    r("IPV", "1", "2024-04-22", "IP20915", None, 1)
    r("Measles-Rubella", "1", "2024-10-07", "MR66120", "15 months", 1)
    rows.append(["Rotavirus", "2", D.hw("not given - out of stock", 10), "", ""])
    rows.append(["Measles-Rubella", "2", "", "", D.hw(D.d("2025-04-08"), 10.5)])
    D.mn("immunizations", "Rotavirus", "other", "dose 2 not given (out of stock)")
    D.mn("immunizations", "Measles-Rubella", "due", "dose 2 due")
    D.tbl(rows, [52, 14, 36, 34, 38], size=8.6, valign="MIDDLE")
    D.h("Growth and vitamin A")
    D.tbl([["Date", "Weight (kg)", "Vitamin A"],
           [D.hw(D.d("2024-10-07"), 10.5), D.hw("8.4", 10.5), D.hw("100,000 IU given", 10.5)]],
          [40, 40, 60], size=8.6)
    D.vit("weight", "8.4", "kg")
    D.mn("medications", "Vitamin A", "other", "one-off supplement dose given at clinic")
    D.sp(6)
    D.p("Bring this card to every visit. Keep it dry and safe.", size=8)
    return D


@document
def d04():
    D = Doc(4, "saint_helena_cumulative_lab", "Saint Helena", "lab_result", "cumulative lab report (3 dates)",
            "dMy")
    D.letterhead("Ladder Hill Pathology Laboratory",
                 ["Market Street, Jamestown, St Helena Island, STHL 1ZZ, South Atlantic Ocean",
                  "Tel: +290 22815   Email: pathology@ladderhill.example.sh"],
                 right=["CUMULATIVE REPORT", "Printed for: Longwood Surgery"], title="Clinical Biochemistry - Cumulative")
    D.kv([("Patient", "Thomas Yon Benjamin"), ("Hospital No.", "SH-004219"),
          ("Date of birth", D.d("1956-11-23")), ("Sex", "M"),
          ("Requesting clinician", "Dr. Ellen Thorpe"), ("Location", "Longwood Surgery")])
    D.sp(4)
    dates = ["2024-09-03", "2024-12-10", "2025-03-11"]
    D.labtab([
        "Renal profile",
        ("Sodium", "mmol/L", "133 - 146", 133.0, 146.0, ["139", "137", "136"], ["Na"]),
        ("Potassium", "mmol/L", "3.5 - 5.3", 3.5, 5.3, ["4.9", "5.4|H", "5.7|H"], ["K"]),
        ("Urea", "mmol/L", "2.5 - 7.8", 2.5, 7.8, ["8.4|H", "9.1|H", "10.2|H"]),
        ("Creatinine", "umol/L", "59 - 104", 59.0, 104.0, ["131|H", "142|H", "156|H"]),
        ("eGFR", "mL/min/1.73m2", "> 60", 60.0, None, ["46|L", "42|L", "37|L"],
         ["Estimated glomerular filtration rate"]),
        "Diabetes / lipids",
        ("HbA1c", "mmol/mol", "20 - 41", 20.0, 41.0, ["58|H", None, "61|H"], ["Glycated haemoglobin"]),
        ("Total cholesterol", "mmol/L", "< 5.0", None, 5.0, ["4.1", None, "3.8"]),
        ("LDL cholesterol", "mmol/L", "< 3.0", None, 3.0, ["2.2", None, "1.9"], ["LDL-C"]),
        ("Urine albumin:creatinine ratio", "mg/mmol", "< 3.0", None, 3.0, [None, "18.6|H", "24.3|H"], ["ACR"]),
    ], dates, layout="cum", att=" ", widths=[52, 24, 24, 24, 26, 26], size=8.2)
    D.sp(6)
    D.p("Comment (" + D.d("2025-03-11") + "): Progressive decline in eGFR with rising potassium. Suggest "
        "review of ACE inhibitor / potassium-sparing medication. Repeat U&E in 2 weeks. - Duty biochemist",
        size=8.4)
    D.p("H = above reference range; L = below reference range. eGFR calculated by CKD-EPI (2021).", size=7.6)
    return D


@document
def d05():
    D = Doc(5, "angola_prescription_brands", "Angola", "prescription", "prescription with brand names (handwritten)",
            "dmy", ext="pdf", scan=dict(dpi=180, angles=[0.8], light=(0.5, 0.1)))
    D.letterhead("Miramar International Clinic",
                 ["Rua Kwame Nkrumah 218, Bairro Miramar, Luanda, Angola",
                  "Tel: +244 923 517 640   |   English-speaking service"],
                 right=["Dr. Paulo Nzinga Cassoma", "General Practitioner", "Ordem dos Medicos No. 11872"],
                 color=(0.45, 0.1, 0.1))
    D.story.append(D.para("PRESCRIPTION / RECEITA MEDICA", size=12, bold=True, align=1, after=6))
    D.kv([("Patient", D.hw("Margaret Ellison-Kay")), ("Date", D.hw(D.d("2025-06-04"))),
          ("Age", D.hw("41 y")), ("Passport / ID", "UK 558 201 447")])
    D.sp(6)
    D.p("Diagnosis:", bold=True)
    D.story.append(D.hw("Acute bacterial sinusitis; asthma (known)", 12))
    D.cond("Acute bacterial sinusitis", "active")
    D.cond("asthma", "active")
    D.p("Allergies:", bold=True)
    D.story.append(D.hw("Sulfa drugs - rash", 12))
    D.alg("Sulfa drugs", "rash")
    D.sp(6)
    D.p("Rx", size=16, bold=True)
    for line in ["1) Augmentin (amoxicillin + clavulanic acid) 875/125 mg - 1 tab bd x 7 days",
                 "2) Ben-u-ron (paracetamol) 1 g - tds prn pain/fever",
                 "3) Brufen (ibuprofen) 400 mg - tds after food x 5 days",
                 "4) Nasonex (mometasone) 50 mcg nasal spray - 2 sprays each nostril daily",
                 "5) Ventolin (salbutamol) 100 mcg inhaler - 2 puffs qid prn",
                 "6) Xyzal (levocetirizine) 5 mg - 1 tab nocte"]:
        D.story.append(D.hw(line, 11.5))
        D.sp(3)
    D.med("amoxicillin + clavulanic acid", "Augmentin", "875/125", "mg", "oral", "bd", "active")
    D.med("paracetamol", "Ben-u-ron", "1", "g", "oral", "tds prn", "active")
    D.med("ibuprofen", "Brufen", "400", "mg", "oral", "tds", "active")
    D.med("mometasone", "Nasonex", "50", "mcg", "nasal", "daily", "active")
    D.med("salbutamol", "Ventolin", "100", "mcg", "inhaled", "qid prn", "active")
    D.med("levocetirizine", "Xyzal", "5", "mg", "oral", "nocte", "active")
    D.sp(8)
    D.story.append(D.hw("Stop Clarityne (loratadine) while taking Xyzal", 11))
    D.med("loratadine", "Clarityne", None, None, "oral", None, "stopped")
    D.sp(10)
    D.p("Signature / stamp: ______________________      Valid for 30 days from the date of issue.", size=8)
    return D


@document
def d06():
    D = Doc(6, "dr_congo_ed_triage_note", "DR Congo", "medical_record", "ED / triage note (handwritten)", "dmy",
            ext="jpg", scan=dict(dpi=165, angles=[-2.1], light=(0.8, 0.7), paper=(0.96, 0.95, 0.9)))
    D.letterhead("Lake Kivu Health Partners Clinic",
                 ["Avenue du Port 41, Quartier Himbi, Goma, North Kivu, DR Congo",
                  "Tel: +243 81 730 2265   (English-language NGO clinic)"],
                 right=["EMERGENCY / TRIAGE RECORD", "Form ED-2"], color=(0.1, 0.3, 0.5))
    D.kv([("Name", D.hw("Jean-Baptiste Mukendi")), ("Reg. No.", "LK-ED-25-1182"),
          ("Age / Sex", D.hw("23 / M")), ("Arrival", D.hw(D.d("2025-05-09") + " 02:35")),
          ("Triage category", D.hw("ORANGE - very urgent")), ("Brought by", "Brother")])
    D.h("Triage vital signs")
    D.tbl([["BP", "Pulse", "Temp", "Resp. rate", "SpO2", "Weight"],
           [D.hw("94/58 mmHg"), D.hw("118 bpm"), D.hw("39.4 C"), D.hw("24 /min"), D.hw("93 %"), D.hw("62 kg")]],
          [29, 27, 27, 27, 27, 27], size=8.6)
    D.vit("blood_pressure", "94/58", "mmHg")
    D.vit("heart_rate", "118", "bpm")
    D.vit("temperature", "39.4", "C")
    D.vit("respiratory_rate", "24", "/min")
    D.vit("oxygen_saturation", "93", "%")
    D.vit("weight", "62", "kg")
    D.h("History")
    D.story.append(D.hw("3 days fever, rigors, vomiting x6 today, headache. Denies cough.", 11))
    D.story.append(D.hw("No neck stiffness. No history of sickle cell disease.", 11))
    D.story.append(D.hw("Allergies: NKDA", 11))
    D.mn("conditions", "cough", "negated", "denied")
    D.mn("conditions", "sickle cell disease", "negated", "no history of")
    D.mn("allergies", "NKDA", "negated")
    D.h("Bedside tests")
    D.tbl([["Test", "Result"],
           ["Malaria RDT", D.hw("Positive (P. falciparum)")],
           ["Glucose (capillary)", D.hw("5.8 mmol/L")],
           ["Haemoglobin (HemoCue)", D.hw("9.1 g/dL")]], [60, 100], size=8.6)
    D.lab("Malaria RDT", "Positive", None, None, None, "abnormal", "2025-05-09", aliases=["mRDT"])
    D.lab("Glucose (capillary)", "5.8", "mmol/L", None, None, None, "2025-05-09", aliases=["CBG"])
    D.lab("Haemoglobin (HemoCue)", "9.1", "g/dL", None, None, None, "2025-05-09", aliases=["Hb"])
    D.h("Assessment")
    D.story.append(D.hw("Severe malaria (P. falciparum) with moderate dehydration. ?meningitis - unlikely", 11))
    D.cond("Severe malaria", "active")
    D.cond("moderate dehydration", "active", aliases=["Dehydration"])
    D.mn("conditions", "meningitis", "other", "queried")
    D.h("Treatment given in ED")
    D.tbl([["Time", "Medicine", "Dose / route", "Given by"],
           ["02:55", "Artesunate", D.hw("150 mg IV stat"), "NK"],
           ["03:00", "Paracetamol", D.hw("1 g IV stat"), "NK"],
           ["03:05", "Ondansetron", D.hw("4 mg IV stat"), "NK"],
           ["03:05", "Ringer's lactate", D.hw("1 L over 2 h"), "NK"]], [20, 50, 60, 30], size=8.6)
    D.mn("medications", "Artesunate", "other", "stat dose in ED")
    D.mn("medications", "Paracetamol", "other", "stat dose in ED")
    D.mn("medications", "Ondansetron", "other", "stat dose in ED")
    D.h("Plan")
    D.story.append(D.hw("Admit ward 2. IV artesunate at 12 h and 24 h then", 11))
    D.story.append(D.hw("to start Coartem (artemether-lumefantrine) when tolerating orals.", 11))
    D.mn("medications", "artemether-lumefantrine", "planned", "to start")
    D.p("Clinician: Dr. Nadia Kahindo   Nurse: N. Kasereka", size=8)
    return D


@document
def d07():
    D = Doc(7, "lebanon_lab_urinalysis", "Lebanon", "lab_result", "lab report with urinalysis (flag column)", "dmy")
    D.letterhead("Cedar Crest Diagnostics",
                 ["Bliss Street 77, Hamra, Beirut, Lebanon", "Tel: +961 1 352 840   Fax: +961 1 352 841"],
                 right=["Report ID: CCD-0625-11983", "English report"], title="Laboratory Results")
    D.kv([("Patient", "Rania Khalil Haddad"), ("File No.", "CCD-77412"), ("Age / Sex", "29 Y / F"),
          ("Sample date", D.d("2025-06-10")), ("Referring physician", "Dr. Karim Nassar"),
          ("Report date", D.d("2025-06-11"))])
    D.h("Chemistry")
    D.labtab([
        ("Creatinine", "mg/dL", "0.6 - 1.1", 0.6, 1.1, ["0.9"]),
        ("C-reactive protein", "mg/L", "< 5", None, 5.0, ["24|H"], ["CRP"]),
        ("White blood cells", "x10^3/uL", "4.0 - 10.5", 4.0, 10.5, ["11.8|H"], ["WBC"]),
    ], ["2025-06-10"], layout="col", widths=[60, 25, 15, 30, 44])
    D.h("Urinalysis (midstream urine)")
    D.labtab([
        "Physical / chemical (dipstick)",
        ("pH", "", "5.0 - 8.0", 5.0, 8.0, ["6.0"], ["Urine pH"]),
        ("Specific gravity", "", "1.005 - 1.030", 1.005, 1.030, ["1.025"], ["SG"]),
        ("Protein", "", "Negative", None, None, ["Trace|A"], ["Urine protein"]),
        ("Glucose", "", "Negative", None, None, ["Negative"], ["Urine glucose"]),
        ("Ketones", "", "Negative", None, None, ["Negative"]),
        ("Blood", "", "Negative", None, None, ["2+|A"], ["Haematuria"]),
        ("Leukocyte esterase", "", "Negative", None, None, ["3+|A"], ["LE"]),
        ("Nitrite", "", "Negative", None, None, ["Positive|A"]),
        "Microscopy",
        ("WBC (pus cells)", "/HPF", "0 - 5", 0.0, 5.0, ["25-30|H"], ["Pus cells"]),
        ("RBC", "/HPF", "0 - 3", 0.0, 3.0, ["5-10|H"]),
        ("Bacteria", "", "", None, None, ["Many"]),
        "Culture",
        ("Urine culture and sensitivity", "", "", None, None, ["Pending"]),
    ], ["2025-06-10"], layout="col", widths=[60, 25, 15, 30, 44])
    D.mn("labs", "Urine culture and sensitivity", "other", "pending")
    D.p("A = abnormal; H = high. Culture report to follow in 48-72 hours.", size=7.8)
    D.p("Validated by: Maya Saad, MLT.  Medical director: Dr. Fadi Aoun.", size=7.8)
    return D


@document
def d08():
    D = Doc(8, "iraq_kurdistan_discharge_summary", "Iraq", "discharge_summary", "discharge summary (cardiology)",
            "jFY")
    D.running = "Ankawa Gate International Hospital - Discharge summary - Dilan Sherzad Aziz"
    D.letterhead("Ankawa Gate International Hospital",
                 ["100 Meter Street, Ankawa, Erbil, Kurdistan Region, Iraq", "Tel: +964 750 418 2290"],
                 right=["Cardiology Department", "Patient ID: AGH-302277"], title="Discharge Summary")
    D.kv([("Patient", "Dilan Sherzad Aziz"), ("Patient ID", "AGH-302277"), ("Date of birth", D.d("1971-04-16")),
          ("Sex", "Male"), ("Admission", D.d("2025-04-20")), ("Discharge", D.d("2025-04-24")),
          ("Attending", "Dr. Rebwar Othman, Interventional Cardiology"), ("Ward", "CCU / Ward 3")])
    D.h("Final diagnoses")
    D.bullets(["Non-ST-elevation myocardial infarction (NSTEMI) - PCI with one drug-eluting stent to the LAD",
               "Hypertension", "Dyslipidaemia", "Current smoker (20 pack-years)"])
    D.cond("Non-ST-elevation myocardial infarction", "active", aliases=["NSTEMI"])
    D.cond("Hypertension", "active", aliases=["HTN"])
    D.cond("Dyslipidaemia", "active")
    D.cond("Current smoker", "active", aliases=["Tobacco use"], opt=True)
    D.h("Allergies")
    D.p("Iodinated contrast - hives (mild); premedicated with hydrocortisone and chlorphenamine before "
        "angiography, no reaction.")
    D.alg("Iodinated contrast", "hives", "mild")
    D.p("Clopidogrel - generalised rash (2019).")
    D.alg("Clopidogrel", "generalised rash")
    D.mn("medications", "hydrocortisone", "other", "one-off premedication")
    D.mn("medications", "chlorphenamine", "other", "one-off premedication")
    D.h("History")
    D.p("Mr Aziz, 54, presented with 2 hours of central chest pressure radiating to the left arm with "
        "sweating. No history of diabetes. He denies previous stroke or TIA. His brother had a myocardial "
        "infarction at 46. He received aspirin 300 mg loading dose in the emergency room.")
    D.mn("conditions", "diabetes", "negated", "no history of")
    D.mn("conditions", "stroke", "negated", "denied")
    D.mn("conditions", "myocardial infarction", "family", "brother")
    D.mn("medications", "aspirin 300 mg loading dose", "other", "one-off in ER")
    D.h("Investigations")
    D.tbl([["Test", "Date", "Result", "Reference"],
           ["Troponin I (peak)", D.d("2025-04-21"), "2.84 ng/mL (H)", "< 0.04"],
           ["LDL cholesterol", D.d("2025-04-21"), "3.9 mmol/L (H)", "< 1.8"],
           ["HbA1c", D.d("2025-04-21"), "5.6 %", "4.0 - 6.0"],
           ["Potassium", D.d("2025-04-23"), "4.2 mmol/L", "3.5 - 5.1"]], [50, 40, 40, 44], size=8.6)
    D.lab("Troponin I (peak)", "2.84", "ng/mL", None, 0.04, "high", "2025-04-21", aliases=["TnI"])
    D.lab("LDL cholesterol", "3.9", "mmol/L", None, 1.8, "high", "2025-04-21", aliases=["LDL-C"])
    D.lab("HbA1c", "5.6", "%", 4.0, 6.0, "normal", "2025-04-21")
    D.lab("Potassium", "4.2", "mmol/L", 3.5, 5.1, "normal", "2025-04-23", aliases=["K"])
    D.p("Echocardiogram: LVEF 48%, mild anterior hypokinesia. Coronary angiography: 90% proximal LAD stenosis "
        "treated with DES; RCA and circumflex without significant disease.")
    D.h("Vital signs at discharge")
    D.p("BP 124/76 mmHg, HR 64 bpm, SpO2 98 %, temperature 36.6 C.")
    D.vit("blood_pressure", "124/76", "mmHg")
    D.vit("heart_rate", "64", "bpm")
    D.vit("oxygen_saturation", "98", "%")
    D.vit("temperature", "36.6", "C")
    D.h("Discharge medications")
    D.tbl([["Medication", "Dose", "Frequency", "Note"],
           ["Aspirin", "100 mg", "once daily", "lifelong"],
           ["Ticagrelor (Brilinta)", "90 mg", "twice daily", "NEW - 12 months"],
           ["Atorvastatin", "80 mg", "at night", "CHANGED - increased from 20 mg"],
           ["Bisoprolol", "2.5 mg", "once daily", "NEW"],
           ["Ramipril", "5 mg", "once daily", "continued"],
           ["Pantoprazole", "40 mg", "once daily", "NEW - gastric protection"],
           ["Glyceryl trinitrate spray", "400 mcg", "prn chest pain", "NEW"],
           ["Amlodipine", "5 mg", "once daily", "STOPPED - BP controlled on bisoprolol/ramipril"]],
          [55, 22, 30, 67], size=8.5, zebra=True)
    D.med("aspirin", None, "100", "mg", "oral", "once daily", "active")
    D.med("ticagrelor", "Brilinta", "90", "mg", "oral", "twice daily", "new")
    D.med("atorvastatin", None, "80", "mg", "oral", "at night", "changed")
    D.med("bisoprolol", None, "2.5", "mg", "oral", "once daily", "new")
    D.med("ramipril", None, "5", "mg", "oral", "once daily", "active")
    D.med("pantoprazole", None, "40", "mg", "oral", "once daily", "new")
    D.med("glyceryl trinitrate", None, "400", "mcg", "sublingual", "prn chest pain", "new")
    D.med("amlodipine", None, "5", "mg", "oral", "once daily", "stopped")
    D.h("Plan")
    D.bullets(["Cardiac rehabilitation referral; smoking cessation counselling (consider varenicline).",
               "Cardiology clinic in 4 weeks with lipid profile.",
               "Do not stop ticagrelor or aspirin without speaking to a cardiologist."])
    D.mn("medications", "varenicline", "planned", "consider")
    D.p("Dr. Shilan Mahmood, Cardiology Resident, for Dr. Rebwar Othman", size=8.6)
    return D


@document
def d09():
    D = Doc(9, "myanmar_lab_pending", "Myanmar", "lab_result", "lab report with pending tests (flag column)", "dMy")
    D.letterhead("Inya Lake International Clinic - Laboratory",
                 ["No. 37 Kaba Aye Pagoda Road, Mayangone Township, Yangon, Myanmar",
                  "Tel: +95 1 657 302   +95 9 420 118 775"],
                 right=["Accession: ILC-L-250188", "Page header: FINAL / PARTIAL"], title="PATHOLOGY REPORT (PARTIAL)")
    D.kv([("Patient", "Hnin Wai Phyo"), ("Clinic ID", "ILC-99031"), ("DOB / Sex", D.d("1988-10-02") + " / F"),
          ("Collected", D.d("2025-01-14")), ("Doctor", "Dr. Sandar Myint"), ("Status", "Partial - tests pending")])
    D.h("Biochemistry and endocrinology")
    D.labtab([
        ("Fasting glucose", "mmol/L", "3.9 - 5.5", 3.9, 5.5, ["6.4|H"], ["FBS"]),
        ("Total cholesterol", "mmol/L", "< 5.2", None, 5.2, ["6.1|H"], ["TC"]),
        ("HDL cholesterol", "mmol/L", "> 1.2", 1.2, None, ["1.0|L"], ["HDL-C"]),
        ("Triglycerides", "mmol/L", "< 1.7", None, 1.7, ["2.3|H"], ["TG"]),
        ("TSH", "mIU/L", "0.4 - 4.0", 0.4, 4.0, ["2.1"], ["Thyroid stimulating hormone"]),
        ("AST", "U/L", "< 35", None, 35.0, ["28"], ["Aspartate aminotransferase"]),
        ("ALT", "U/L", "< 35", None, 35.0, ["41|H"], ["Alanine aminotransferase"]),
        ("Vitamin D (25-OH)", "nmol/L", "", None, None, ["Pending"], ["25-hydroxyvitamin D"]),
        ("Hepatitis B surface antigen", "", "Non-reactive", None, None, ["Non-reactive"], ["HBsAg"]),
        ("Anti-HCV", "", "Non-reactive", None, None, ["Pending"], ["Hepatitis C antibody"]),
    ], ["2025-01-14"], layout="col", widths=[58, 28, 14, 26, 48])
    D.h("Haematology")
    D.labtab([
        ("Haemoglobin", "g/dL", "12.0 - 15.0", 12.0, 15.0, ["12.8"], ["Hb"]),
        ("Platelets", "x10^9/L", "150 - 450", 150.0, 450.0, ["262"], ["PLT"]),
        ("White cell count", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ["6.9"], ["WBC"]),
        ("MCV", "fL", "80 - 100", 80.0, 100.0, ["84"]),
        ("Creatinine", "umol/L", "45 - 90", 45.0, 90.0, ["71"]),
        ("Ferritin", "ng/mL", "", None, None, ["To follow"]),
    ], ["2025-01-14"], layout="col", widths=[58, 28, 14, 26, 48])
    D.mn("labs", "Vitamin D (25-OH)", "other", "pending")
    D.mn("labs", "Anti-HCV", "other", "pending")
    D.mn("labs", "Ferritin", "other", "to follow")
    D.p("Pending tests are referred to a partner laboratory in Bangkok; a final report will follow.", size=8)
    D.p("Checked by: Ko Zaw Lin (Medical Technologist)", size=8)
    return D


@document
def d10():
    D = Doc(10, "cambodia_referral_letter", "Cambodia", "medical_record", "referral letter (prose)", "jFY",
            font="DS", body=9.8)
    D.letterhead("Mekong Riverside International Clinic",
                 ["No. 88, Street 240, Sangkat Chaktomuk, Daun Penh, Phnom Penh, Cambodia",
                  "Tel: +855 23 998 412   Mobile: +855 12 640 377"],
                 right=["Dr. Claire Fontaine, MD", "Family Medicine"], font="DS")
    D.p(D.d("2025-08-19"), align=2)
    D.p("Dr. Somchai Prasert, Consultant Gastroenterologist", after=0)
    D.p("Bangkok Riverside Digestive Centre, Bangkok, Thailand")
    D.sp(4)
    D.p("Re: Mr Daniel Okafor, DOB " + D.d("1979-02-11") + ", passport NG-A0481207", bold=True)
    D.p("Dear Dr. Prasert,")
    D.p("Thank you for seeing this 46-year-old engineer, who has lived in Phnom Penh for three years, with "
        "iron deficiency anaemia and intermittent epigastric pain for four months. I would be grateful for an "
        "upper and lower endoscopy. He has had no overt rectal bleeding and denies weight loss or dysphagia.")
    D.mn("conditions", "weight loss", "negated", "denied")
    D.mn("conditions", "dysphagia", "negated", "denied")
    D.p("His past history includes gastro-oesophageal reflux disease, hypertension diagnosed in 2020, and "
        "gout (last flare 2023). He had Helicobacter pylori gastritis in 2018, which was eradicated - breath "
        "test negative afterwards. There is no history of liver disease. His father died of colorectal cancer "
        "at 62, which is part of the reason for my referral.")
    D.cond("iron deficiency anaemia", "active", aliases=["IDA"])
    D.cond("epigastric pain", "active")
    D.cond("gastro-oesophageal reflux disease", "active", aliases=["GORD", "GERD"])
    D.cond("hypertension", "active", aliases=["HTN"])
    D.cond("gout", "active")
    D.mn("conditions", "Helicobacter pylori gastritis", "historical", "eradicated 2018")
    D.mn("conditions", "liver disease", "negated", "no history of")
    D.mn("conditions", "colorectal cancer", "family", "father")
    D.p("Recent results (" + D.d("2025-08-12") + "): haemoglobin 10.4 g/dL (L; 13.0-17.0), MCV 71 fL "
        "(L; 80-100), ferritin 8 ng/mL (L; 30-400). Faecal immunochemical test positive.")
    D.lab("haemoglobin", "10.4", "g/dL", 13.0, 17.0, "low", "2025-08-12", aliases=["Hb"])
    D.lab("MCV", "71", "fL", 80.0, 100.0, "low", "2025-08-12")
    D.lab("ferritin", "8", "ng/mL", 30.0, 400.0, "low", "2025-08-12")
    D.lab("Faecal immunochemical test", "positive", None, None, None, "abnormal", "2025-08-12", aliases=["FIT"])
    D.p("Current medicines: omeprazole 20 mg once daily, amlodipine 5 mg once daily, allopurinol 300 mg once "
        "daily, and ferrous fumarate 210 mg twice daily, started on " + D.d("2025-08-13") + ". I stopped his "
        "regular naproxen, which he took for gout pain, when the anaemia was found. He is allergic to "
        "codeine (severe vomiting).")
    D.med("omeprazole", None, "20", "mg", "oral", "once daily", "active")
    D.med("amlodipine", None, "5", "mg", "oral", "once daily", "active")
    D.med("allopurinol", None, "300", "mg", "oral", "once daily", "active")
    D.med("ferrous fumarate", None, "210", "mg", "oral", "twice daily", "new")
    D.med("naproxen", None, None, None, "oral", None, "stopped")
    D.alg("codeine", "severe vomiting")
    D.p("He also reports contact dermatitis from adhesive tape.")
    D.alg("adhesive tape", "contact dermatitis")
    D.p("On examination BP 138/86 mmHg, pulse 78, weight 92 kg, BMI 29.4. Abdomen soft with mild "
        "epigastric tenderness; no masses.")
    D.vit("blood_pressure", "138/86", "mmHg")
    D.vit("weight", "92", "kg")
    D.vit("bmi", "29.4", None)
    D.p("Many thanks for your help. Please do not hesitate to contact me.")
    D.sp(6)
    D.p("Yours sincerely,")
    D.p("Dr. Claire Fontaine")
    return D


@document
def d11():
    D = Doc(11, "laos_travel_immunisation_record", "Laos", "immunization_record",
            "adult travel immunisation record (handwritten entries)", "dMy", hand=True)
    D.letterhead("Vientiane Garden International Clinic",
                 ["Ban Phonxay, Saysettha District, Vientiane Capital, Lao PDR", "Tel: +856 21 454 902"],
                 right=["Travel Medicine Service", "ADULT VACCINATION RECORD"], color=(0.15, 0.35, 0.25))
    D.kv([("Name", "Ingrid Solberg"), ("Date of birth", D.d("1990-05-30")), ("Nationality", "Norwegian"),
          ("Record No.", "VGC-TM-3318"), ("Destination", "Rural Laos, Vietnam"), ("Allergies", "None known")])
    D.mn("allergies", "None known", "negated")
    D.h("Vaccinations given")
    rows = [["Vaccine", "Brand", "Dose", "Date", "Lot no.", "Next dose due", "Nurse"]]

    def r(vac, br, dose, iso, lot, nxt):
        rows.append([vac, br, str(dose), D.hw(D.d(iso), 10), D.hw(lot, 10), D.hw(nxt, 10) if nxt else "", D.hw("KP", 10)])
        D.imm(vac, iso, dose, lot, br)
    r("Hepatitis A", "Havrix 1440", 1, "2025-02-03", "HVX5521K", D.d("2025-08-03"))
    r("Typhoid (Vi polysaccharide)", "Typhim Vi", 1, "2025-02-03", "TYV0387C", None)
    r("Japanese encephalitis", "Ixiaro", 1, "2025-02-03", "JEV1206A", D.d("2025-03-03"))
    r("Japanese encephalitis", "Ixiaro", 2, "2025-03-03", "JEV1219B", None)
    r("Rabies (pre-exposure)", "Verorab", 1, "2025-02-03", "RAB77410", D.d("2025-02-10"))
    r("Rabies (pre-exposure)", "Verorab", 2, "2025-02-10", "RAB77410", None)
    r("Tetanus-diphtheria-pertussis", "Boostrix", 1, "2025-03-03", "BTX4402Q", "2035")
    D.tbl(rows, [42, 24, 11, 26, 22, 26, 13], size=8.0, valign="MIDDLE")
    D.h("Previous vaccinations (from patient's own record)")
    D.tbl([["Vaccine", "Date", "Comment"],
           ["MMR", "childhood", "2 doses documented"],
           ["Hepatitis B", D.d("2016-09-12"), "3-dose course completed"],
           ["COVID-19 (Comirnaty)", D.d("2022-01-07"), "booster"]], [50, 40, 80], size=8.3)
    D.imm("Hepatitis B", "2016-09-12", None, None, None)
    D.imm("COVID-19", "2022-01-07", None, None, "Comirnaty")
    D.h("Declined / not indicated / due")
    D.tbl([["Vaccine", "Status", "Reason"],
           ["Cholera (Dukoral)", D.hw("Declined", 10), "Patient preference"],
           ["Yellow fever", "Not indicated", "No yellow fever risk on itinerary"],
           ["Influenza", D.hw("Declined", 10), "Will have at home in autumn"],
           ["Hepatitis A", "Dose 2 due", D.d("2025-08-03")]], [50, 40, 80], size=8.3)
    D.mn("immunizations", "Cholera", "other", "declined")
    D.mn("immunizations", "Yellow fever", "other", "not indicated")
    D.mn("immunizations", "Influenza", "other", "declined")
    D.mn("immunizations", "Hepatitis A", "due", "dose 2 due")
    D.p("Rabies: after a bite or scratch, still seek two booster doses promptly. Malaria: atovaquone-proguanil "
        "advice given (leaflet).", size=8)
    D.mn("medications", "atovaquone-proguanil", "leaflet")
    return D


@document
def d12():
    D = Doc(12, "mongolia_allergy_clinic_letter", "Mongolia", "medical_record", "allergy-clinic letter with skin tests",
            "iso")
    D.letterhead("Tuul Valley International Medical Centre",
                 ["Olympic Street 14/2, Sukhbaatar District, Ulaanbaatar 14240, Mongolia",
                  "Tel: +976 7011 4580"],
                 right=["Allergy & Immunology Clinic", "Dr. Oyunchimeg Batbayar"])
    D.p("Date: " + D.d("2025-05-27"))
    D.p("To: Dr. Mark Hendry, Embassy Medical Room, Ulaanbaatar")
    D.p("Re: Sophie Laurent, born " + D.d("1985-12-03"), bold=True)
    D.p("Dear Dr. Hendry, I reviewed Ms Laurent in the allergy clinic today. She reported throat tightness and "
        "hives within 20 minutes of eating a walnut cake, and a previous widespread rash after amoxicillin in 2019. "
        "She has seasonal allergic rhinitis and mild intermittent asthma. No history of eczema. Her mother has "
        "coeliac disease.")
    D.mn("conditions", "eczema", "negated", "no history of")
    D.mn("conditions", "coeliac disease", "family", "mother")
    D.h("Skin prick tests (" + D.d("2025-05-27") + ")")
    D.tbl([["Allergen", "Wheal (mm)", "Interpretation"],
           ["Histamine (positive control)", "6", "valid"], ["Saline (negative control)", "0", "valid"],
           ["Walnut", "9", "POSITIVE"], ["Pecan", "7", "POSITIVE"], ["Peanut", "0", "negative"],
           ["Birch pollen", "5", "POSITIVE"], ["House dust mite", "1", "negative"]], [70, 30, 50], size=8.4)
    D.lab("Walnut", "9", "mm", None, None, "abnormal", "2025-05-27", aliases=["Walnut skin prick test"])
    D.h("Specific IgE (" + D.d("2025-05-20") + ")")
    D.labtab([
        ("Walnut (Jug r 1) IgE", "kUA/L", "< 0.35", None, 0.35, ["4.82|H"]),
        ("Peanut (Ara h 2) IgE", "kUA/L", "< 0.35", None, 0.35, ["0.12"]),
        ("Total IgE", "kU/L", "< 100", None, 100.0, ["212|H"]),
    ], ["2025-05-20"], layout="col", widths=[60, 25, 15, 25, 40])
    D.h("Conclusions")
    D.tbl([["Allergy", "Reaction", "Severity"],
           ["Walnut", "Throat tightness and hives", "Severe"],
           ["Pecan", "Sensitised - avoid (cross-reactive with walnut)", "Unknown"],
           ["Amoxicillin", "Widespread rash", "Moderate"],
           ["Birch pollen", "Rhinitis (seasonal)", "Mild"]], [40, 90, 30], size=8.4)
    D.alg("Walnut", "Throat tightness and hives", "Severe")
    D.alg("Pecan", None, None)
    D.alg("Amoxicillin", "Widespread rash", "Moderate")
    D.alg("Birch pollen", "Rhinitis", "Mild")
    D.p("Peanut allergy is excluded (negative skin test and IgE); she may continue to eat peanuts.")
    D.mn("allergies", "Peanut", "negated", "excluded")
    D.cond("seasonal allergic rhinitis", "active")
    D.cond("mild intermittent asthma", "active")
    D.cond("tree nut allergy", "active", aliases=["walnut allergy"])
    D.p("Diagnoses: tree nut allergy (walnut, pecan); penicillin allergy (amoxicillin, non-severe); seasonal "
        "allergic rhinitis; mild intermittent asthma.")
    D.h("Plan")
    D.p("Adrenaline auto-injector (EpiPen) 0.3 mg IM prn anaphylaxis - two devices prescribed, technique taught. "
        "Cetirizine 10 mg once daily in pollen season. Continue salbutamol 100 mcg inhaler 2 puffs prn. "
        "A drug provocation test with amoxicillin may be considered later.")
    D.med("adrenaline", "EpiPen", "0.3", "mg", "intramuscular", "prn", "new")
    D.med("cetirizine", None, "10", "mg", "oral", "once daily", "active")
    D.med("salbutamol", None, "100", "mcg", "inhaled", "prn", "active")
    D.p("Yours sincerely, Dr. Oyunchimeg Batbayar", size=9)
    return D


@document
def d13():
    D = Doc(13, "timor_leste_progress_note", "Timor-Leste", "medical_record", "progress note full of negatives",
            "dmy", hand=True)
    D.letterhead("Cristo Rei Community Health NGO Clinic",
                 ["Rua de Becora 52, Dili, Timor-Leste", "Tel: +670 7723 5518"],
                 right=["Outpatient progress note", "Clinic No: CRC-08812"], color=(0.2, 0.2, 0.5))
    D.kv([("Patient", "Maria da Costa Soares"), ("Clinic No.", "CRC-08812"), ("Age / Sex", "52 / F"),
          ("Visit date", D.d("2025-07-02")), ("Clinician", "Dr. Joana Pereira"), ("Visit", "Follow-up")])
    D.p("S:", bold=True)
    D.p("Review of hypertension and type 2 diabetes. Feels well. Denies chest pain, palpitations or ankle "
        "swelling. No shortness of breath. Denies polyuria. No history of stroke. No history of tuberculosis; "
        "no TB contacts. Family history of breast cancer (sister) and hypertension (mother). Past history of "
        "hepatitis A as a child, resolved.")
    for n, w, note in [("chest pain", "negated", None), ("palpitations", "negated", None),
                       ("ankle swelling", "negated", None), ("shortness of breath", "negated", None),
                       ("polyuria", "negated", None), ("stroke", "negated", "no history of"),
                       ("tuberculosis", "negated", "no history of"), ("breast cancer", "family", "sister"),
                       ("hepatitis A", "historical", "childhood, resolved")]:
        D.mn("conditions", n, w, note)
    D.mn("conditions", "hypertension", "family", "mother")
    D.p("O:", bold=True)
    D.p("BP 148/90 mmHg, HR 76 bpm, weight 71 kg, temp 36.5 C. Feet: sensation intact, no ulcers.")
    D.vit("blood_pressure", "148/90", "mmHg")
    D.vit("heart_rate", "76", "bpm")
    D.vit("weight", "71", "kg")
    D.vit("temperature", "36.5", "C")
    D.mn("conditions", "ulcers", "negated", "no foot ulcers")
    D.p("Glucose (fasting, finger-prick) 8.9 mmol/L today. HbA1c (" + D.d("2025-06-20") + ") 7.8 %.")
    D.lab("Glucose (fasting, finger-prick)", "8.9", "mmol/L", None, None, None, "2025-07-02")
    D.lab("HbA1c", "7.8", "%", None, None, None, "2025-06-20")
    D.p("A/P:", bold=True)
    D.p("1. Hypertension - not at target. Increase amlodipine from 5 mg to 10 mg once daily.")
    D.p("2. Type 2 diabetes mellitus - continue metformin 1 g bd. Consider adding gliclazide if HbA1c stays above 7.5%.")
    D.p("3. Osteoarthritis of the knees - paracetamol 1 g qid prn.")
    D.cond("Hypertension", "active", aliases=["HTN"])
    D.cond("Type 2 diabetes mellitus", "active", aliases=["T2DM"])
    D.cond("Osteoarthritis of the knees", "active", aliases=["OA knees"])
    D.med("amlodipine", None, "10", "mg", "oral", "once daily", "changed")
    D.med("metformin", None, "1", "g", "oral", "bd", "active")
    D.med("paracetamol", None, "1", "g", "oral", "qid prn", "active")
    D.mn("medications", "gliclazide", "planned", "consider")
    D.p("NKDA. Review 3 months with fasting lipids.")
    D.mn("allergies", "NKDA", "negated")
    D.story.append(D.hw("Pt counselled re salt + diet. Next visit early Oct. - JP", 11.5))
    return D


@document
def d14():
    D = Doc(14, "cook_islands_medication_list", "Cook Islands", "prescription",
            "medication list (active and stopped sections)", "dmy")
    D.letterhead("Avarua Harbour Pharmacy & Medical Centre",
                 ["Ara Tapu, Avarua, Rarotonga, Cook Islands", "Tel: +682 22 418   Fax: +682 22 419"],
                 right=["MEDICATION LIST", "Printed " + D.d("2025-04-15")], title="Current Medication Record")
    D.kv([("Patient", "Teina Marsters"), ("NHI", "CKI-55821"), ("Date of birth", D.d("1958-03-09")),
          ("Prescriber", "Dr. Tupou Vainerere"), ("Allergies", "Aspirin (bronchospasm); Morphine (itch)"),
          ("Weight", "104 kg")])
    D.alg("Aspirin", "bronchospasm")
    D.alg("Morphine", "itch")
    D.vit("weight", "104", "kg")
    D.h("Problems")
    D.p("Type 2 diabetes; heart failure with reduced ejection fraction; atrial fibrillation; COPD; gout.")
    D.cond("Type 2 diabetes", "active", aliases=["T2DM"])
    D.cond("heart failure with reduced ejection fraction", "active", aliases=["HFrEF"])
    D.cond("atrial fibrillation", "active", aliases=["AF"])
    D.cond("COPD", "active", aliases=["Chronic obstructive pulmonary disease"])
    D.cond("gout", "active")
    D.h("ACTIVE MEDICINES")
    D.tbl([["Medicine (brand)", "Strength", "Directions", "Started"],
           ["Metformin (Metformin Mylan)", "850 mg", "1 tab bd", D.d("2019-06-11")],
           ["Insulin isophane (Protaphane) 100 units/mL", "26 units", "subcut mane", D.d("2023-02-20")],
           ["Furosemide (Frusemide Claris)", "40 mg", "1 tab mane", D.d("2022-08-01")],
           ["Spironolactone (Spiractin)", "25 mg", "1 tab mane", D.d("2022-08-01")],
           ["Bisoprolol (Bosvate)", "5 mg", "1 tab mane", D.d("2022-08-01")],
           ["Dabigatran (Pradaxa)", "150 mg", "1 cap bd", D.d("2024-11-05")],
           ["Tiotropium (Spiriva Respimat)", "2.5 mcg", "2 puffs daily", D.d("2021-04-14")],
           ["Budesonide + formoterol (Symbicort) 200/6", "200/6 mcg", "2 puffs bd", D.d("2021-04-14")],
           ["Allopurinol (Apo-Allopurinol)", "200 mg", "1 tab daily", D.d("2020-09-30")],
           ["Paracetamol oral liquid (Paracare) 250 mg/5 mL", "1 g (20 mL)", "qid prn", D.d("2025-04-15")]],
          [70, 27, 37, 30], size=8.2, zebra=True)
    D.med("metformin", "Metformin Mylan", "850", "mg", "oral", "bd", "active")
    D.med("insulin isophane", "Protaphane", "26", "units", "subcutaneous", "mane", "active")
    D.med("furosemide", "Frusemide Claris", "40", "mg", "oral", "mane", "active")
    D.med("spironolactone", "Spiractin", "25", "mg", "oral", "mane", "active")
    D.med("bisoprolol", "Bosvate", "5", "mg", "oral", "mane", "active")
    D.med("dabigatran", "Pradaxa", "150", "mg", "oral", "bd", "active")
    D.med("tiotropium", "Spiriva Respimat", "2.5", "mcg", "inhaled", "daily", "active")
    D.med("budesonide + formoterol", "Symbicort", "200/6", "mcg", "inhaled", "bd", "active")
    D.med("allopurinol", "Apo-Allopurinol", "200", "mg", "oral", "daily", "active")
    D.med("paracetamol", "Paracare", "1", "g", "oral", "qid prn", "new")
    D.h("STOPPED / INACTIVE MEDICINES")
    D.tbl([["Medicine (brand)", "Strength", "Stopped", "Reason"],
           ["Warfarin (Marevan)", "3 mg", D.d("2024-11-04"), "Changed to dabigatran"],
           ["Gliclazide (Glizide)", "80 mg", D.d("2023-02-20"), "Insulin started"],
           ["Diclofenac (Voltaren)", "75 mg", D.d("2022-08-01"), "Heart failure / renal risk"],
           ["Colchicine (Colgout)", "0.5 mg", D.d("2025-03-28"), "Course completed for gout flare"]],
          [60, 25, 30, 49], size=8.2)
    D.med("warfarin", "Marevan", "3", "mg", "oral", None, "stopped")
    D.med("gliclazide", "Glizide", "80", "mg", "oral", None, "stopped")
    D.med("diclofenac", "Voltaren", "75", "mg", "oral", None, "stopped")
    D.med("colchicine", "Colgout", "0.5", "mg", "oral", None, "completed")
    D.p("Pharmacist note: check INR no longer required. Please bring all inhalers to each review.", size=8)
    return D


@document
def d15():
    D = Doc(15, "niue_lab_previous_result", "Niue", "lab_result", "lab report with previous-result column", "dmy")
    D.letterhead("Alofi Community Hospital Laboratory",
                 ["Lord Liverpool Way, Alofi, Niue", "Tel: +683 4100   Fax: +683 4265"],
                 right=["Episode: NIU-25-0644", "Reference lab: Auckland"], title="LABORATORY REPORT")
    D.kv([("Patient", "Sione Tukuitonga"), ("NHI", "NIU-20581"), ("DOB", D.d("1967-08-14")), ("Sex", "M"),
          ("Collected", D.d("2025-05-06")), ("Requested by", "Dr. Ofa Pulu")])
    D.labtab([
        "Full blood count",
        ("Haemoglobin", "g/L", "130 - 175", 130.0, 175.0, ["141", "128|L"], ["Hb"]),
        ("White cell count", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, ["7.2", "6.8"], ["WBC"]),
        ("Platelets", "x10^9/L", "150 - 400", 150.0, 400.0, ["305", "290"]),
        "Renal and liver",
        ("Creatinine", "umol/L", "60 - 105", 60.0, 105.0, ["118|H", "109|H"]),
        ("eGFR", "mL/min/1.73m2", "> 60", 60.0, None, ["58|L", "65"]),
        ("Uric acid", "mmol/L", "0.20 - 0.42", 0.20, 0.42, ["0.51|H", "0.56|H"], ["Urate"]),
        ("GGT", "U/L", "< 60", None, 60.0, ["92|H", "110|H"], ["Gamma GT"]),
        "Diabetes",
        ("HbA1c", "mmol/mol", "< 41", None, 41.0, ["67|H", "74|H"], ["Glycated haemoglobin"]),
        ("Glucose (fasting)", "mmol/L", "3.5 - 6.0", 3.5, 6.0, ["9.8|H", "11.2|H"]),
    ], ["2025-05-06", "2025-01-28"], layout="prev", widths=[42, 20, 12, 28, 28, 44], size=8.2)
    D.p("Comment: HbA1c improving compared with previous; renal function stable.", size=8.2)
    D.p("Reported by Mele Talagi, Medical Laboratory Scientist.", size=8)
    return D


@document
def d16():
    D = Doc(16, "sint_maarten_preop_form", "Sint Maarten", "medical_record", "pre-operative intake form with tick boxes",
            "dmy_dash", ext="pdf", scan=dict(dpi=175, angles=[-0.9], light=(0.3, 0.6)))
    D.letterhead("Simpson Bay Surgical Centre",
                 ["Welfare Road 61, Cole Bay, Sint Maarten (Dutch Caribbean)", "Tel: +1 721 544 3071"],
                 right=["PRE-OPERATIVE ASSESSMENT", "Day surgery unit"], color=(0.0, 0.3, 0.4))
    D.kv([("Patient", D.hw("Shanice Richardson-Gumbs")), ("Chart No.", "SBSC-71190"),
          ("Date of birth", D.hw(D.d("1980-09-21"))), ("Assessment date", D.hw(D.d("2025-09-15"))),
          ("Procedure", D.hw("Laparoscopic cholecystectomy")), ("Surgeon", "Dr. Marco Leysner")])
    D.h("Medical history - please tick")
    items = [("High blood pressure", True), ("Diabetes", False), ("Asthma", True), ("Heart disease", False),
             ("Stroke", False), ("Kidney disease", False), ("Sleep apnoea", False), ("Acid reflux", True),
             ("Bleeding problems", False), ("Previous anaesthetic problems", False)]
    rows = [["Condition", "Yes", "No", "Details"]]
    det = {"High blood pressure": "since 2019", "Asthma": "inhaler only", "Acid reflux": "on omeprazole"}
    for n, yes in items:
        rows.append([n, D.tick(yes, n + "y"), D.tick(not yes, n + "n"), D.hw(det[n], 10) if n in det else ""])
        if yes:
            pass
        else:
            D.mn("conditions", n, "checkbox_no")
    D.tbl(rows, [62, 14, 14, 84], size=8.6, valign="MIDDLE")
    D.cond("High blood pressure", "active", aliases=["Hypertension"])
    D.cond("Asthma", "active")
    D.cond("Acid reflux", "active", aliases=["GORD"])
    D.cond("Symptomatic gallstones", "active", aliases=["Cholelithiasis"])
    D.p("Reason for surgery: symptomatic gallstones.", size=8.6)
    D.h("Allergies")
    rows = [["Allergy", "Yes", "No", "Reaction"],
            ["Medicines", D.tick(True, "am"), D.tick(False, "amn"), D.hw("Codeine - vomiting; Latex - rash", 10)],
            ["Foods", D.tick(False, "af"), D.tick(True, "afn"), ""],
            ["Latex / plasters", D.tick(True, "al"), D.tick(False, "aln"), D.hw("see above", 10)]]
    D.tbl(rows, [62, 14, 14, 84], size=8.6, valign="MIDDLE")
    D.alg("Codeine", "vomiting")
    D.alg("Latex", "rash")
    D.mn("allergies", "Foods", "checkbox_no")
    D.h("Current medicines")
    D.tbl([["Medicine", "Dose", "How often"],
           [D.hw("Losartan", 10.5), D.hw("50 mg", 10.5), D.hw("once daily", 10.5)],
           [D.hw("Omeprazole", 10.5), D.hw("20 mg", 10.5), D.hw("daily", 10.5)],
           [D.hw("Salbutamol inhaler", 10.5), D.hw("100 mcg", 10.5), D.hw("prn", 10.5)]],
          [70, 40, 64], size=8.6)
    D.med("losartan", None, "50", "mg", "oral", "once daily", "active")
    D.med("omeprazole", None, "20", "mg", "oral", "daily", "active")
    D.med("salbutamol", None, "100", "mcg", "inhaled", "prn", "active")
    D.h("Nurse assessment")
    D.tbl([["BP", "Pulse", "SpO2", "Height", "Weight", "BMI"],
           [D.hw("132/84"), D.hw("72"), D.hw("99%"), D.hw("165 cm"), D.hw("88 kg"), D.hw("32.3")]],
          [30, 28, 28, 29, 29, 30], size=8.6)
    D.vit("blood_pressure", "132/84", None)
    D.vit("heart_rate", "72", None)
    D.vit("oxygen_saturation", "99", "%")
    D.vit("height", "165", "cm")
    D.vit("weight", "88", "kg")
    D.vit("bmi", "32.3", None)
    D.p("Fasting from midnight. Take losartan with a sip of water on the morning of surgery.", size=8.4)
    return D


@document
def d17():
    D = Doc(17, "suriname_specialist_letter", "Suriname", "medical_record", "specialist letter (nephrology)", "jFY",
            font="DS", body=9.8)
    D.letterhead("Paramaribo Kidney & Hypertension Practice",
                 ["Henck Arronstraat 112, Paramaribo, Suriname", "Tel: +597 471 530"],
                 right=["Dr. Anjali Ramdin-Kartosen", "Internist-Nephrologist"], font="DS")
    D.p("Paramaribo, " + D.d("2025-03-25"), align=2)
    D.p("Dear colleague (Dr. R. Wongsodikromo, Lelydorp Family Practice),")
    D.p("Re: Mr Hendrik Sabajo, born " + D.d("1964-06-18"), bold=True)
    D.p("I saw Mr Sabajo in the nephrology clinic for diabetic kidney disease. His diagnoses are: chronic kidney "
        "disease stage 4 due to diabetic nephropathy, type 2 diabetes mellitus, hypertension, renal anaemia and "
        "secondary hyperparathyroidism. He had a left below-knee amputation in 2021 and a past history of "
        "diabetic foot ulcer which has healed. He denies chest pain and orthopnoea.")
    D.cond("chronic kidney disease stage 4", "active", aliases=["CKD 4"])
    D.cond("diabetic nephropathy", "active")
    D.cond("type 2 diabetes mellitus", "active", aliases=["T2DM"])
    D.cond("hypertension", "active")
    D.cond("renal anaemia", "active")
    D.cond("secondary hyperparathyroidism", "active")
    D.mn("conditions", "diabetic foot ulcer", "historical", "healed")
    D.mn("conditions", "chest pain", "negated", "denied")
    D.mn("conditions", "orthopnoea", "negated", "denied")
    D.p("Results of " + D.d("2025-03-18") + ": creatinine 287 umol/L (H), eGFR 19 mL/min/1.73m2 (L), potassium "
        "5.6 mmol/L (H), haemoglobin 9.6 g/dL (L), PTH 28.4 pmol/L (H), bicarbonate 19 mmol/L (L).")
    for n, v, u, f in [("creatinine", "287", "umol/L", "high"), ("eGFR", "19", "mL/min/1.73m2", "low"),
                       ("potassium", "5.6", "mmol/L", "high"), ("haemoglobin", "9.6", "g/dL", "low"),
                       ("PTH", "28.4", "pmol/L", "high"), ("bicarbonate", "19", "mmol/L", "low")]:
        D.lab(n, v, u, None, None, f, "2025-03-18")
    D.p("Blood pressure today was 152/88 mmHg, weight 76 kg.")
    D.vit("blood_pressure", "152/88", "mmHg")
    D.vit("weight", "76", "kg")
    D.p("Medication changes: I have stopped metformin because of the eGFR and started linagliptin (Trajenta) 5 mg "
        "once daily. I increased furosemide to 80 mg mane. Sodium bicarbonate 1 g tds is new. He continues "
        "insulin glargine 100 units/mL, 22 units at night, amlodipine 10 mg daily and calcitriol 0.25 mcg daily. "
        "Losartan is held while potassium is high. We plan to start darbepoetin once iron stores are replete, "
        "and will discuss dialysis access (arteriovenous fistula) at the next visit.")
    D.med("metformin", None, None, None, "oral", None, "stopped")
    D.med("linagliptin", "Trajenta", "5", "mg", "oral", "once daily", "new")
    D.med("furosemide", None, "80", "mg", "oral", "mane", "changed")
    D.med("sodium bicarbonate", None, "1", "g", "oral", "tds", "new")
    D.med("insulin glargine", None, "22", "units", "subcutaneous", "at night", "active")
    D.med("amlodipine", None, "10", "mg", "oral", "daily", "active")
    D.med("calcitriol", None, "0.25", "mcg", "oral", "daily", "active")
    D.med("losartan", None, None, None, "oral", None, "held")
    D.mn("medications", "darbepoetin", "planned", "plan to start")
    D.p("Allergies: ACE inhibitors (angioedema with enalapril, 2017).")
    D.alg("ACE inhibitors", "angioedema")
    D.p("Kind regards, Dr. Anjali Ramdin-Kartosen")
    return D


@document
def d18():
    D = Doc(18, "panama_hospital_lab", "Panama", "lab_result", "hospital lab report (units in result column)", "dmy")
    D.letterhead("Pacific Isthmus International Hospital - Clinical Laboratory",
                 ["Avenida Balboa, Torre 3, Bella Vista, Panama City, Panama", "Tel: +507 306 4410"],
                 right=["Order: PIH-2508-33014", "English / Espanol"], title="LABORATORY REPORT")
    D.kv([("Patient", "Gregory Whitfield"), ("MRN", "PIH-118274"), ("DOB", D.d("1961-01-29")), ("Sex", "M"),
          ("Collected", D.d("2025-08-05") + " 07:10"), ("Physician", "Dr. Lucia Caballero")])
    D.labtab([
        "Metabolic panel",
        ("Glucose, fasting", "mg/dL", "70 - 99", 70.0, 99.0, ["131|H"], ["FBG"]),
        ("BUN", "mg/dL", "7 - 20", 7.0, 20.0, ["18"], ["Blood urea nitrogen"]),
        ("Creatinine", "mg/dL", "0.7 - 1.3", 0.7, 1.3, ["1.1"]),
        ("Sodium", "mEq/L", "136 - 145", 136.0, 145.0, ["140"], ["Na"]),
        ("Potassium", "mEq/L", "3.5 - 5.1", 3.5, 5.1, ["3.3|L"], ["K"]),
        "Lipid profile",
        ("Total cholesterol", "mg/dL", "< 200", None, 200.0, ["238|H"]),
        ("LDL cholesterol (calculated)", "mg/dL", "< 100", None, 100.0, ["162|H"], ["LDL-C"]),
        ("HDL cholesterol", "mg/dL", "> 40", 40.0, None, ["38|L"], ["HDL-C"]),
        ("Triglycerides", "mg/dL", "< 150", None, 150.0, ["190|H"], ["TG"]),
        "Complete blood count",
        ("Hemoglobin", "g/dL", "13.5 - 17.5", 13.5, 17.5, ["14.2"], ["Hb"]),
        ("WBC", "x10^3/uL", "4.5 - 11.0", 4.5, 11.0, ["6.3"], ["White blood cells"]),
        ("Platelets", "x10^3/uL", "150 - 400", 150.0, 400.0, ["221"], ["PLT"]),
        ("ALT", "U/L", "7 - 56", 7.0, 56.0, ["33"]),
        ("AST", "U/L", "10 - 40", 10.0, 40.0, ["29"]),
        "Other",
        ("HbA1c", "%", "4.0 - 5.6", 4.0, 5.6, ["6.8|H"]),
        ("TSH", "uIU/mL", "0.45 - 4.5", 0.45, 4.5, ["1.92"]),
        ("PSA, total", "ng/mL", "0 - 4.0", 0.0, 4.0, ["5.6|H"], ["Prostate specific antigen"]),
    ], ["2025-08-05"], layout="unitres", widths=[70, 50, 54])
    D.p("Results outside the reference interval are marked H (high) or L (low).", size=8)
    D.p("Validated by Lic. Ricardo Tejeira, Clinical Laboratory", size=8)
    return D


@document
def d19():
    D = Doc(19, "costa_rica_visitor_letter", "Costa Rica", "medical_record", "clinic letter for a visitor", "dmy")
    D.letterhead("Guanacaste Coast Medical Clinic",
                 ["Calle Central 45, Tamarindo, Santa Cruz, Guanacaste, Costa Rica", "Tel: +506 2653 8820"],
                 right=["Dr. Esteban Mora Solano", "Medicina General"])
    D.p("Date: " + D.d("2025-01-09"), align=2)
    D.p("To whom it may concern / to the patient's doctor at home", bold=True)
    D.p("Re: Ms Olivia Brandt (visitor from Canada), DOB " + D.d("1993-04-06"), bold=True)
    D.p("Ms Brandt attended our clinic on " + D.d("2025-01-06") + " and again today. She was diagnosed with "
        "dengue fever (NS1 antigen positive) without warning signs. Leptospirosis was considered but is "
        "unlikely. She has no history of previous dengue. She has hypothyroidism, treated with levothyroxine "
        "100 mcg every morning, which she should continue. She takes the combined oral contraceptive pill "
        "(levonorgestrel + ethinylestradiol 150/30 mcg) daily.")
    D.cond("dengue fever", "active", aliases=["Dengue"])
    D.cond("hypothyroidism", "active")
    D.mn("conditions", "Leptospirosis", "other", "considered, unlikely")
    D.mn("conditions", "previous dengue", "negated")
    D.med("levothyroxine", None, "100", "mcg", "oral", "every morning", "active")
    D.med("levonorgestrel + ethinylestradiol", None, "150/30", "mcg", "oral", "daily", "active")
    D.tbl([["Test", "Date", "Result", "Reference"],
           ["Dengue NS1 antigen", D.d("2025-01-06"), "Positive", "Negative"],
           ["Platelets", D.d("2025-01-06"), "98 x10^3/uL  L", "150 - 450"],
           ["Platelets", D.d("2025-01-09"), "74 x10^3/uL  L", "150 - 450"],
           ["Haematocrit", D.d("2025-01-09"), "41 %", "36 - 46"],
           ["ALT", D.d("2025-01-09"), "88 U/L  H", "7 - 35"]], [50, 30, 45, 40], size=8.5)
    D.lab("Dengue NS1 antigen", "Positive", None, None, None, "abnormal", "2025-01-06", rtx="Negative")
    D.lab("Platelets", "98", "x10^3/uL", 150.0, 450.0, "low", "2025-01-06")
    D.lab("Platelets", "74", "x10^3/uL", 150.0, 450.0, "low", "2025-01-09")
    D.lab("Haematocrit", "41", "%", 36.0, 46.0, "normal", "2025-01-09", aliases=["Hct"])
    D.lab("ALT", "88", "U/L", 7.0, 35.0, "high", "2025-01-09")
    D.p("Today: temperature 37.2 C, BP 108/70 mmHg, pulse 88. She received 1 litre of IV saline in the "
        "clinic on " + D.d("2025-01-06") + ". Treatment: paracetamol 500 mg every 6 hours as needed for fever "
        "and oral rehydration solution.")
    D.vit("temperature", "37.2", "C")
    D.vit("blood_pressure", "108/70", "mmHg")
    D.vit("heart_rate", "88", None)
    D.med("paracetamol", None, "500", "mg", "oral", "every 6 hours as needed", "new")
    D.mn("medications", "IV saline", "other", "given in clinic")
    D.p("Important: do NOT take ibuprofen, aspirin or other anti-inflammatory medicines while you have dengue, "
        "because they increase the risk of bleeding.", bold=True)
    D.mn("medications", "aspirin", "leaflet")
    D.mn("medications", "ibuprofen", "leaflet")
    D.p("Allergies: penicillin (hives). She is fit to fly once platelets are above 100 and she has been "
        "fever-free for 48 hours; a repeat count is booked for " + D.d("2025-01-11") + ".")
    D.alg("penicillin", "hives")
    D.p("She also reports an allergy to sulfonamides (rash).")
    D.alg("sulfonamides", "rash")
    D.p("Dr. Esteban Mora Solano - Colegio de Medicos code MED-18820")
    return D


@document
def d20():
    D = Doc(20, "portugal_visitor_letter", "Portugal", "medical_record", "GP letter for a visitor", "dmy_dash",
            font="DS", body=9.8)
    D.letterhead("Clinica Atlantica do Algarve",
                 ["Avenida 25 de Abril 190, 8600-507 Lagos, Portugal", "Tel: +351 282 764 310"],
                 right=["Consultas em ingles", "Dra. Ines Carvalho Reis"], font="DS")
    D.p("Lagos, " + D.d("2025-07-22"), align=2)
    D.p("Dear Doctor,")
    D.p("Re: Mr Graham Whitlock, date of birth " + D.d("1949-10-03") + ", holiday visitor from the United Kingdom",
        bold=True)
    D.p("Mr Whitlock consulted me with a painful, red, swollen left lower leg for two days. I diagnosed "
        "cellulitis of the left leg. A deep vein thrombosis was excluded by ultrasound today. He has atrial "
        "fibrillation, type 2 diabetes and benign prostatic hyperplasia. He had a transient ischaemic attack in "
        "2018 (no residual problems). No known drug allergies.")
    D.cond("cellulitis of the left leg", "active", aliases=["Cellulitis"])
    D.cond("atrial fibrillation", "active", aliases=["AF"])
    D.cond("type 2 diabetes", "active")
    D.cond("benign prostatic hyperplasia", "active", aliases=["BPH"])
    D.mn("conditions", "deep vein thrombosis", "negated", "excluded by ultrasound")
    D.mn("conditions", "transient ischaemic attack", "historical", "2018")
    D.mn("allergies", "No known drug allergies", "negated")
    D.p("Observations: temperature 37.9 C, pulse 92 irregular, BP 134/78 mmHg, SpO2 97 %.")
    D.vit("temperature", "37.9", "C")
    D.vit("heart_rate", "92", None)
    D.vit("blood_pressure", "134/78", "mmHg")
    D.vit("oxygen_saturation", "97", "%")
    D.p("CRP 64 mg/L (H; reference < 5) and glucose 11.4 mmol/L (H; reference 3.9 - 7.8) on " + D.d("2025-07-22") + ".")
    D.lab("CRP", "64", "mg/L", None, 5.0, "high", "2025-07-22", aliases=["C-reactive protein"])
    D.lab("glucose", "11.4", "mmol/L", 3.9, 7.8, "high", "2025-07-22")
    D.p("I prescribed flucloxacillin (Floxapen) 500 mg qid for 7 days. I gave the first dose here. His usual "
        "medicines continue: apixaban (Eliquis) 5 mg bd, metformin 1 g bd, tamsulosin 400 mcg at night. "
        "His sitagliptin was stopped by his GP last month. Please ask his GP to consider a statin.")
    D.med("flucloxacillin", "Floxapen", "500", "mg", "oral", "qid", "new")
    D.med("apixaban", "Eliquis", "5", "mg", "oral", "bd", "active")
    D.med("metformin", None, "1", "g", "oral", "bd", "active")
    D.med("tamsulosin", None, "400", "mcg", "oral", "at night", "active")
    D.med("sitagliptin", None, None, None, "oral", None, "stopped")
    D.mn("medications", "statin", "planned", "consider")
    D.p("With best regards, Dra. Ines Carvalho Reis (Medica de Familia)")
    return D


@document
def d21():
    D = Doc(21, "greece_visitor_discharge_letter", "Greece", "discharge_summary", "discharge letter for a visitor",
            "dot")
    D.letterhead("Aegean Light General Clinic",
                 ["Leoforos Kountouriotou 38, 85100 Rhodes, Greece", "Tel: +30 22410 58 920"],
                 right=["Department of Internal Medicine", "Discharge letter (English)"], title="DISCHARGE LETTER")
    D.kv([("Patient", "Annelies de Vries"), ("Passport", "NL-BX7720195"), ("Date of birth", D.d("1952-02-27")),
          ("Admitted", D.d("2025-06-14")), ("Discharged", D.d("2025-06-18")), ("Physician", "Dr. Nikos Papadakis")])
    D.h("Diagnoses")
    D.bullets(["Acute pyelonephritis (E. coli), right", "Acute kidney injury stage 1 - recovered",
               "Hypertension", "Hypothyroidism", "Osteoporosis"])
    D.cond("Acute pyelonephritis", "active")
    D.mn("conditions", "Acute kidney injury", "historical", "recovered")
    D.cond("Hypertension", "active")
    D.cond("Hypothyroidism", "active")
    D.cond("Osteoporosis", "active")
    D.p("Sepsis was suspected on arrival; lactate was normal and she did not meet sepsis criteria. No history "
        "of kidney stones. Allergy: nitrofurantoin (pulmonary reaction, 2010). Intolerance: alendronate "
        "(oesophagitis).")
    D.mn("conditions", "Sepsis", "other", "suspected, not confirmed")
    D.mn("conditions", "kidney stones", "negated", "no history of")
    D.alg("nitrofurantoin", "pulmonary reaction")
    D.alg("alendronate", "oesophagitis")
    D.h("Laboratory")
    D.labtab([
        ("Creatinine", "mg/dL", "0.5 - 1.1", 0.5, 1.1, ["1.6|H", "0.9"]),
        ("WBC", "x10^3/uL", "4.0 - 10.0", 4.0, 10.0, ["15.2|H", "8.1"], ["White blood cells"]),
        ("CRP", "mg/dL", "< 0.5", None, 0.5, ["18.4|H", "3.2|H"], ["C-reactive protein"]),
    ], ["2025-06-14", "2025-06-18"], layout="cum", att=" ", widths=[50, 30, 30, 30, 34])
    D.p("Urine culture (" + D.d("2025-06-14") + "): Escherichia coli > 100,000 CFU/mL, sensitive to ciprofloxacin. "
        "Blood cultures: no growth.")
    D.h("Treatment and discharge medication")
    D.p("Treated with IV ceftriaxone for 3 days, then switched to oral ciprofloxacin 500 mg bd to complete 7 days "
        "(last dose " + D.d("2025-06-20") + "). Her ramipril was held during the kidney injury and restarted at "
        "half dose, 2.5 mg once daily. Continue levothyroxine 75 mcg daily and denosumab (Prolia) 60 mg every 6 "
        "months (next due at home in September).")
    D.mn("medications", "ceftriaxone", "other", "IV in hospital")
    D.med("ciprofloxacin", None, "500", "mg", "oral", "bd", "new")
    D.med("ramipril", None, "2.5", "mg", "oral", "once daily", "changed")
    D.med("levothyroxine", None, "75", "mcg", "oral", "daily", "active")
    D.med("denosumab", "Prolia", "60", "mg", "subcutaneous", "every 6 months", "active")
    D.p("Vital signs at discharge: BP 128/74 mmHg, HR 72 bpm, T 36.7 C.")
    D.vit("blood_pressure", "128/74", "mmHg")
    D.vit("heart_rate", "72", "bpm")
    D.vit("temperature", "36.7", "C")
    D.p("Patient advice: drink plenty of fluids. Ciprofloxacin may rarely cause tendon pain - stop it and seek "
        "advice if this happens. Avoid antacids containing magnesium within 2 hours of each dose.", size=8.6)
    D.mn("medications", "antacids", "leaflet")
    D.p("Dr. Nikos Papadakis, Internist", size=8.8)
    return D


@document
def d22():
    D = Doc(22, "us_alaska_ccda_ccd", "United States", "medical_record",
            "EHR print-out: C-CDA continuity of care document", "mdy", size=letter, font="DC", body=8.8)
    D.running = "Continuity of Care Document - Nathaniel Kasayulie - MRN 55019283"
    D.letterhead("Kenai Borealis Community Health",
                 ["2150 Tundra Rose Drive, Anchorage, AK 99508, United States", "Phone: +1 907 555 0143"],
                 right=["Continuity of Care Document (C-CDA R2.1)", "Generated from EHR"], font="DC")
    D.kv([("Patient", "Nathaniel Kasayulie"), ("MRN", "55019283"), ("DOB", D.d("1975-11-30")), ("Sex", "Male"),
          ("Document date", D.d("2025-02-18")), ("Author", "Rachel Okpik, PA-C")])
    D.h("Problems")
    D.tbl([["Problem", "Status", "Onset"],
           ["Type 2 diabetes mellitus without complications", "Active", D.d("2016-03-02")],
           ["Hyperlipidemia", "Active", D.d("2018-07-19")],
           ["Obstructive sleep apnea", "Active", D.d("2021-10-05")],
           ["Major depressive disorder, recurrent, mild", "Active", D.d("2020-01-14")],
           ["Pneumonia", "Resolved", D.d("2023-12-01")]], [100, 30, 40], size=8.3)
    D.cond("Type 2 diabetes mellitus without complications", "active", aliases=["T2DM"])
    D.cond("Hyperlipidemia", "active")
    D.cond("Obstructive sleep apnea", "active", aliases=["OSA"])
    D.cond("Major depressive disorder, recurrent, mild", "active", aliases=["MDD"])
    D.mn("conditions", "Pneumonia", "historical", "resolved")
    D.h("Medications")
    D.tbl([["Medication", "Sig", "Status"],
           ["metFORMIN 1000 mg tablet", "1 tablet by mouth BID", "Active"],
           ["Jardiance (empagliflozin) 10 mg tablet", "1 tablet by mouth daily", "Active"],
           ["atorvastatin 40 mg tablet", "1 tablet by mouth QHS", "Active"],
           ["sertraline 100 mg tablet", "1 tablet by mouth daily", "Active"],
           ["insulin lispro (Humalog) 100 units/mL", "6 units subcut TID with meals", "Active"],
           ["glipiZIDE 5 mg tablet", "1 tablet BID", "Discontinued " + D.d("2024-09-10")]], [80, 60, 30], size=8.3)
    D.med("metformin", None, "1000", "mg", "oral", "BID", "active")
    D.med("empagliflozin", "Jardiance", "10", "mg", "oral", "daily", "active")
    D.med("atorvastatin", None, "40", "mg", "oral", "QHS", "active")
    D.med("sertraline", None, "100", "mg", "oral", "daily", "active")
    D.med("insulin lispro", "Humalog", "6", "units", "subcutaneous", "TID with meals", "active")
    D.med("glipizide", None, "5", "mg", "oral", "BID", "stopped")
    D.h("Allergies and Intolerances")
    D.tbl([["Substance", "Reaction", "Severity", "Status"],
           ["Sulfamethoxazole-trimethoprim", "Hives", "Moderate", "Active"],
           ["Shellfish", "Anaphylaxis", "Severe", "Active"],
           ["Lisinopril", "Cough", "Mild", "Active"],
           ["Penicillin G", "Rash", "Mild", "Active"]], [60, 40, 35, 35], size=8.3)
    D.alg("Penicillin G", "Rash", "Mild")
    D.alg("Sulfamethoxazole-trimethoprim", "Hives", "Moderate")
    D.alg("Shellfish", "Anaphylaxis", "Severe")
    D.alg("Lisinopril", "Cough", "Mild")
    D.h("Immunizations")
    D.tbl([["Vaccine", "Date", "Lot", "Status"],
           ["Influenza, injectable, quadrivalent (Fluzone)", D.d("2024-10-08"), "UT8841QA", "Completed"],
           ["Pneumococcal conjugate PCV20 (Prevnar 20)", D.d("2023-03-15"), "LX2290", "Completed"],
           ["Tdap (Adacel)", D.d("2019-06-04"), "C5521AA", "Completed"],
           ["Zoster recombinant (Shingrix)", "", "", "Declined"]], [80, 30, 30, 30], size=8.3)
    D.imm("Influenza, injectable, quadrivalent", "2024-10-08", None, "UT8841QA", "Fluzone")
    D.imm("Pneumococcal conjugate PCV20", "2023-03-15", None, "LX2290", "Prevnar 20")
    D.imm("Tdap", "2019-06-04", None, "C5521AA", "Adacel")
    D.mn("immunizations", "Zoster recombinant", "other", "declined")
    D.h("Results")
    D.tbl([["Test", "Value", "Ref range", "Date"],
           ["Hemoglobin A1c", "8.1 % (H)", "4.0-5.6", D.d("2025-02-11")],
           ["LDL Cholesterol", "92 mg/dL", "<100", D.d("2025-02-11")],
           ["Creatinine", "1.02 mg/dL", "0.70-1.30", D.d("2025-02-11")],
           ["Microalbumin/Creatinine Ratio", "42 mg/g (H)", "<30", D.d("2025-02-11")]], [70, 35, 30, 35], size=8.3)
    D.lab("Hemoglobin A1c", "8.1", "%", 4.0, 5.6, "high", "2025-02-11", aliases=["HbA1c"])
    D.lab("LDL Cholesterol", "92", "mg/dL", None, 100.0, "normal", "2025-02-11")
    D.lab("Creatinine", "1.02", "mg/dL", 0.70, 1.30, "normal", "2025-02-11")
    D.lab("Microalbumin/Creatinine Ratio", "42", "mg/g", None, 30.0, "high", "2025-02-11", aliases=["UACR"])
    D.h("Vital Signs")
    D.tbl([["Date", "BP", "Pulse", "Temp", "Weight", "Height", "BMI"],
           [D.d("2025-02-18"), "142/88 mmHg", "80 /min", "98.1 F", "232 lb", "70 in", "33.3 kg/m2"]],
          [25, 25, 20, 20, 22, 20, 24], size=8.3)
    D.vit("blood_pressure", "142/88", "mmHg")
    D.vit("heart_rate", "80", "/min")
    D.vit("temperature", "98.1", "F")
    D.vit("weight", "232", "lb")
    D.vit("height", "70", "in")
    D.vit("bmi", "33.3", "kg/m2")
    D.h("Plan of Care")
    D.bullets(["Consider GLP-1 agonist (semaglutide) if A1c remains above 8%.", "CPAP adherence review.",
               "Shingrix recommended - patient declined today; readdress at next visit.",
               "Diabetic eye exam due."])
    D.mn("medications", "semaglutide", "planned", "consider")
    D.h("Encounters")
    D.p("Office visit " + D.d("2025-02-18") + " - Rachel Okpik, PA-C - Kenai Borealis Community Health")
    D.h("Insurance")
    D.p("Alaska Medicaid - member ID AKM-00418827 (synthetic)")
    D.h("Care Team")
    D.p("PCP: Rachel Okpik, PA-C. Behavioral health: Joseph Nanouk, LCSW.")
    return D


@document
def d23():
    D = Doc(23, "canada_nb_patient_portal", "Canada (New Brunswick)", "medical_record",
            "EHR print-out: patient portal summary", "iso", size=letter)
    D.letterhead("MyHealth Fundy - Patient Portal",
                 ["Printed from the patient portal of Fundy Shore Family Health Centre",
                  "44 Charlotte Street, Saint John, NB E2L 2H8, Canada   Tel: +1 506 555 0172"],
                 right=["Health summary", "Printed on request"], color=(0.0, 0.3, 0.55))
    D.kv([("Name", "Amelie Robichaud"), ("Medicare No.", "NB 402 118 377"), ("Date of birth", D.d("1987-09-14")),
          ("Family doctor", "Dr. Owen MacLeod"), ("Last visit", D.d("2025-10-03")), ("Language", "English")])
    D.h("My health conditions")
    D.tbl([["Condition", "Since", "Status"],
           ["Migraine without aura", "2012", "Active"], ["Iron deficiency", "2024", "Active"],
           ["Generalized anxiety disorder", "2019", "Active"], ["Gestational diabetes", "2021", "Resolved"]],
          [90, 40, 40], size=8.5)
    D.cond("Migraine without aura", "active")
    D.cond("Iron deficiency", "active")
    D.cond("Generalized anxiety disorder", "active", aliases=["GAD"])
    D.mn("conditions", "Gestational diabetes", "historical", "resolved")
    D.h("My medications")
    D.tbl([["Medication", "How to take", "Status"],
           ["Rizatriptan (Maxalt RPD) 10 mg", "1 wafer at onset, may repeat once after 2 h, prn", "Active"],
           ["Escitalopram (Cipralex) 10 mg", "1 tablet daily", "Active"],
           ["Ferrous gluconate 300 mg", "1 tablet every other day", "Active"],
           ["Propranolol 40 mg", "1 tablet twice daily", "Stopped " + D.d("2025-05-20")]], [65, 75, 30], size=8.5)
    D.med("rizatriptan", "Maxalt RPD", "10", "mg", "oral", "prn", "active")
    D.med("escitalopram", "Cipralex", "10", "mg", "oral", "daily", "active")
    D.med("ferrous gluconate", None, "300", "mg", "oral", "every other day", "active")
    D.med("propranolol", None, "40", "mg", "oral", "twice daily", "stopped")
    D.h("My allergies")
    D.tbl([["Allergy", "Reaction"], ["Cefaclor", "Serum sickness-like reaction"], ["Cats", "Sneezing, itchy eyes"]],
          [80, 90], size=8.5)
    D.alg("Cefaclor", "Serum sickness-like reaction")
    D.alg("Cats", "Sneezing, itchy eyes")
    D.h("My test results")
    D.tbl([["Test", "Result", "Normal range", "Date"],
           ["Ferritin", "14 ug/L (low)", "15 - 200", D.d("2025-09-26")],
           ["Hemoglobin", "118 g/L", "115 - 155", D.d("2025-09-26")],
           ["TSH", "1.8 mU/L", "0.35 - 5.00", D.d("2025-09-26")],
           ["Vitamin B12", "Pending", "", D.d("2025-09-26")]], [50, 45, 40, 35], size=8.5)
    D.lab("Ferritin", "14", "ug/L", 15.0, 200.0, "low", "2025-09-26")
    D.lab("Hemoglobin", "118", "g/L", 115.0, 155.0, "normal", "2025-09-26", aliases=["Hb"])
    D.lab("TSH", "1.8", "mU/L", 0.35, 5.00, "normal", "2025-09-26")
    D.mn("labs", "Vitamin B12", "other", "pending")
    D.h("My immunizations")
    D.tbl([["Vaccine", "Date", "Product", "Lot"],
           ["Influenza", D.d("2024-10-29"), "Flulaval Tetra", "KT7730B"],
           ["COVID-19", D.d("2024-11-12"), "Spikevax", "MV3318"],
           ["HPV (Gardasil 9) dose 3", "Due", "", ""]], [50, 35, 45, 40], size=8.5)
    D.imm("Influenza", "2024-10-29", None, "KT7730B", "Flulaval Tetra")
    D.imm("COVID-19", "2024-11-12", None, "MV3318", "Spikevax")
    D.mn("immunizations", "HPV", "due")
    D.h("My vitals (last visit)")
    D.p("Blood pressure 112/70 mmHg; weight 63.5 kg; height 168 cm.")
    D.vit("blood_pressure", "112/70", "mmHg")
    D.vit("weight", "63.5", "kg")
    D.vit("height", "168", "cm")
    D.p("Family history (from your record): mother - hypothyroidism; father - type 2 diabetes.", size=8.5)
    D.mn("conditions", "hypothyroidism", "family", "mother")
    D.mn("conditions", "type 2 diabetes", "family", "father")
    return D


@document
def d24():
    D = Doc(24, "canada_nwt_immunisation_certificate", "Canada (Northwest Territories)", "immunization_record",
            "immunisation certificate", "iso", ext="png", size=letter,
            scan=dict(dpi=155, angles=[2.2], light=(0.6, 0.4)))
    D.letterhead("Great Slave Lake Public Health Unit",
                 ["5021 49th Street, Yellowknife, NT X1A 2N8, Canada", "Tel: +1 867 555 0190"],
                 right=["CERTIFICATE OF IMMUNIZATION", "Cert. No. GSL-IC-24-08812"], color=(0.1, 0.25, 0.5))
    D.kv([("Name", "Liam Tatsiana Beaulieu"), ("Date of birth", D.d("2008-03-05")),
          ("NWT Health Care No.", "N0 448 117 2"), ("Issued", D.d("2025-08-20"))])
    D.p("This certifies that the person named above has received the following immunizations:", size=9)
    D.tbl([["Vaccine", "Product", "Dose", "Date given", "Lot", "Next dose"],
           ["Tdap", "Boostrix", "1", D.d("2022-09-14"), "AB7C993", "2032"],
           ["Meningococcal ACYW", "Menveo", "1", D.d("2022-09-14"), "MV22014", ""],
           ["HPV-9", "Gardasil 9", "1", D.d("2020-10-06"), "R017441", ""],
           ["HPV-9", "Gardasil 9", "2", D.d("2021-04-13"), "R019552", ""],
           ["Hepatitis B", "Engerix-B", "1", D.d("2020-10-06"), "AHBVC618", ""],
           ["Hepatitis B", "Engerix-B", "2", D.d("2021-04-13"), "AHBVC702", ""],
           ["COVID-19", "Comirnaty", "3", D.d("2023-10-19"), "HH4728", ""],
           ["Meningococcal B", "Bexsero", "1", "", "", D.d("2025-09-10")]], [36, 26, 11, 26, 24, 24], size=8.3)
    D.imm("Tdap", "2022-09-14", 1, "AB7C993", "Boostrix")
    D.imm("Meningococcal ACYW", "2022-09-14", 1, "MV22014", "Menveo")
    D.imm("HPV-9", "2020-10-06", 1, "R017441", "Gardasil 9")
    D.imm("HPV-9", "2021-04-13", 2, "R019552", "Gardasil 9")
    D.imm("Hepatitis B", "2020-10-06", 1, "AHBVC618", "Engerix-B")
    D.imm("Hepatitis B", "2021-04-13", 2, "AHBVC702", "Engerix-B")
    D.imm("COVID-19", "2023-10-19", 3, "HH4728", "Comirnaty")
    D.mn("immunizations", "Meningococcal B", "due", "next dose date, not given")
    D.p("Declined: Influenza (2024-2025 season) - parent/guardian declined.", size=9)
    D.mn("immunizations", "Influenza", "other", "declined")
    D.p("Exemption on file: none. Allergies relevant to immunization: no known allergies.", size=9)
    D.mn("allergies", "no known allergies", "negated")
    D.sp(10)
    D.p("Public Health Nurse: Mary-Ellen Lafferty, RN    Signature: ____________________", size=9)
    return D


# ============================================================================= build machinery
def build_pdf(doc, path):
    bd = BaseDocTemplate(path, pagesize=doc.size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                         bottomMargin=17 * mm, title=f"Held-out 16 document {doc.num:02d}",
                         author="synthetic", creator="make_heldout16.py", subject=FOOTER, invariant=1)
    frame = Frame(bd.leftMargin, bd.bottomMargin, bd.width, bd.height, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)

    def onpage(c, _d):
        if c.getPageNumber() > 1 and doc.running:
            c.saveState()
            c.setFont("DV", 7.2)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(18 * mm, doc.size[1] - 9 * mm, doc.running)
            c.restoreState()

    bd.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=onpage)])
    if doc.running:
        doc.rec(doc.running)
    if doc.footer_left:
        doc.rec(doc.footer_left)
    bd.build(list(doc.story), canvasmaker=numbered_canvas(doc))
    for i in range(1, doc.npages + 1):
        doc.rec(doc.pagefmt.format(i=i, n=doc.npages))


def _seed(s):
    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "big")


def scanify(doc, pdf_path, out_path):
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    sc = doc.scan
    pdf = pdfium.PdfDocument(pdf_path)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=sc["dpi"] / 72.0).to_pil().convert("RGB")
        w0, h0 = pdf[i].get_size()
        angle = sc["angles"][i]
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
        img = img.filter(ImageFilter.GaussianBlur(sc.get("blur", 0.75)))
        a = np.asarray(img).astype(np.float32) / 255.0
        h, w = a.shape[:2]
        rng = np.random.default_rng(_seed(f"scan16:{doc.stem}:{i}"))
        paper = np.array(sc.get("paper", (0.965, 0.945, 0.895)), dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = sc.get("light", (0.35, 0.25))
        light = 1.0 - 0.16 * (((xx / w) - cx) ** 2 + ((yy / h) - cy) ** 2)
        ink = 0.10 + 0.90 * a  # lift blacks slightly (toner)
        out = ink * paper[None, None, :] * light[:, :, None]
        out += rng.normal(0.0, 0.022, (h, w, 1)).astype(np.float32)
        out = (np.clip(out, 0, 1) * 255.0 + 0.5).astype(np.uint8)
        pages.append((Image.fromarray(out, "RGB"), w0, h0))
    pdf.close()
    if doc.ext in ("jpg", "png"):
        assert len(pages) == 1, "image scans are single page"
        im = pages[0][0]
        if doc.ext == "jpg":
            im.save(out_path, "JPEG", quality=86, dpi=(sc["dpi"], sc["dpi"]))
        else:
            im.save(out_path, "PNG", dpi=(sc["dpi"], sc["dpi"]))
    else:
        c = rl_canvas.Canvas(out_path, pagesize=doc.size, invariant=1)
        c.setTitle(f"Held-out 16 document {doc.num:02d} (scan)")
        for im, w0, h0 in pages:
            c.setPageSize((w0, h0))
            iw, ih = im.size
            s = min(w0 / iw, h0 / ih)
            dw, dh = iw * s, ih * s
            buf = im.convert("RGB")
            c.drawImage(ImageReader(buf), (w0 - dw) / 2, (h0 - dh) / 2, dw, dh)
            c.showPage()
        c.save()
    return len(pages)


def pdf_text_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


# ============================================================================= checks
def schema_vocab():
    voc = {"DocumentType": {"lab_result", "prescription", "discharge_summary", "immunization_record",
                            "medical_record", "other"},
           "VitalKind": {"blood_pressure", "heart_rate", "temperature", "respiratory_rate", "oxygen_saturation",
                         "weight", "height", "bmi"},
           "MedicationStatus": {"active", "new", "changed", "stopped", "held", "completed"},
           "LabFlag": {"normal", "high", "low", "critical", "abnormal"}}
    if os.path.exists(SCHEMA):
        tree = ast.parse(open(SCHEMA, encoding="utf-8").read())
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                nm = node.targets[0].id
                if nm in voc and isinstance(node.value, ast.Subscript):
                    sl = node.value.slice
                    elts = sl.elts if isinstance(sl, ast.Tuple) else [sl]
                    voc[nm] = {e.value for e in elts}
    return voc


def _iso(s):
    return isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and date.fromisoformat(s)


def check_truth_static(t, errs, tag):
    voc = schema_vocab()
    if t.get("document_type") not in voc["DocumentType"]:
        errs.append(f"{tag}: bad document_type {t.get('document_type')}")
    for k in CATS + ["must_not", "file", "country"]:
        if k not in t:
            errs.append(f"{tag}: missing key {k}")
    nopt = 0
    for m in t.get("medications", []):
        if m["status"] not in voc["MedicationStatus"]:
            errs.append(f"{tag}: bad med status {m}")
        if m["name"] != m["name"].lower():
            errs.append(f"{tag}: med name not lower case {m['name']}")
        if m["status"] in ("stopped", "held", "completed") and not any(
                x["category"] == "medications" and x["why"] == "stopped" and x["name"].lower() == m["name"].lower()
                for x in t["must_not"]):
            errs.append(f"{tag}: {m['status']} medication without must_not: {m['name']}")
    for lb in t.get("labs", []):
        if lb["flag"] not in voc["LabFlag"] | {None}:
            errs.append(f"{tag}: bad flag {lb}")
        if not _iso(lb["date"]):
            errs.append(f"{tag}: bad lab date {lb}")
        try:
            vn = float(lb["value_text"])
        except ValueError:
            vn = None
        if vn != lb["value_numeric"]:
            errs.append(f"{tag}: value_numeric mismatch {lb}")
    for v in t.get("vitals", []):
        if v["kind"] not in voc["VitalKind"]:
            errs.append(f"{tag}: bad vital kind {v}")
    for im in t.get("immunizations", []):
        if im["administered_on"] is not None and not _iso(im["administered_on"]):
            errs.append(f"{tag}: bad imm date {im}")
        if not isinstance(im["date_ambiguous"], bool):
            errs.append(f"{tag}: date_ambiguous not bool")
    for x in t.get("must_not", []):
        if x["why"] not in WHY or x["category"] not in CATS:
            errs.append(f"{tag}: bad must_not {x}")
    for k in CATS:
        nopt += sum(1 for r in t.get(k, []) if r.get("optional"))
    if nopt > 1:
        errs.append(f"{tag}: {nopt} optional rows (max 1)")


def truth_strings(doc, t):
    """(label, candidates) for every key value/name/date that must be visible in the document."""
    out = []

    def add(lbl, v):
        if v is not None and v != "":
            out.append((lbl, [str(v)]))

    def add_date(lbl, iso):
        if iso:
            out.append((lbl, [fmt_date(iso, s) for s in sorted(doc.styles_used)]))
    for m in t["medications"]:
        for k in ("name", "brand", "dose", "unit", "frequency"):
            add(f"med.{k}", m[k])
    for lb in t["labs"]:
        for k in ("test_name", "value_text", "unit", "reference_text"):
            add(f"lab.{k}", lb[k])
        add_date("lab.date", lb["date"])
    for v in t["vitals"]:
        add("vital.value", v["value_text"])
        add("vital.unit", v["unit"])
    for a in t["allergies"]:
        for k in ("substance", "reaction", "severity"):
            add(f"allergy.{k}", a[k])
    for c in t["conditions"]:
        add("condition.name", c["name"])
    for im in t["immunizations"]:
        for k in ("vaccine", "lot_number", "brand"):
            add(f"imm.{k}", im[k])
        add_date("imm.date", im["administered_on"])
    for x in t["must_not"]:
        add("must_not.name", x["name"])
    return out


def self_check(doc, t, pdf_path, final_path, errs):
    tag = doc.stem
    check_truth_static(t, errs, tag)
    drawn = norm(" \n ".join(doc.drawn))
    pages = pdf_text_pages(pdf_path)
    layer = norm(" ".join(pages))
    for lbl, cands in truth_strings(doc, t):
        if not any(norm(c) in drawn for c in cands):
            errs.append(f"{tag}: {lbl} {cands[0]!r} not in drawn strings")
        if not any(norm(c) in layer for c in cands):
            errs.append(f"{tag}: {lbl} {cands[0]!r} not in PDF text layer")
    for i, pg in enumerate(pages):
        if norm(FOOTER) not in norm(pg):
            errs.append(f"{tag}: page {i + 1} lacks footer")
    if doc.scan:
        angs = doc.scan["angles"]
        if len(angs) < len(pages) or not all(0.5 <= abs(a) <= 2.5 for a in angs[:len(pages)]):
            errs.append(f"{tag}: scan rotation out of range {angs}")
        if not (150 <= doc.scan["dpi"] <= 200):
            errs.append(f"{tag}: scan dpi out of range")
        if final_path.endswith(".pdf"):
            if any(x.strip() for x in pdf_text_pages(final_path)):
                errs.append(f"{tag}: scan PDF has a text layer")
        else:
            from PIL import Image
            with Image.open(final_path) as im:
                im.verify()
    elif final_path != pdf_path and not os.path.exists(final_path):
        errs.append(f"{tag}: output missing")


def manifest_files(root):
    files = []
    for sub in ("docs", "truth", "drawn"):
        d = os.path.join(root, sub)
        if os.path.isdir(d):
            files += [f"{sub}/{f}" for f in sorted(os.listdir(d))]
    files.append("make_heldout16.py")
    return files


def sha(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def write_manifest(root):
    lines = [f"{sha(os.path.join(root, f))}  {f}" for f in manifest_files(root)]
    with open(os.path.join(root, "MANIFEST.sha256"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


def check_manifest(root):
    errs = []
    mp = os.path.join(root, "MANIFEST.sha256")
    if not os.path.exists(mp):
        return ["MANIFEST.sha256 missing"]
    listed = {}
    for ln in open(mp, encoding="utf-8").read().splitlines():
        if ln.strip():
            h, f = ln.split("  ", 1)
            listed[f] = h
    if len(listed) < 50:
        errs.append(f"manifest has {len(listed)} entries (< 50)")
    if "README.md" in listed:
        errs.append("README.md must not be in the manifest")
    for f, h in listed.items():
        p = os.path.join(root, f)
        if not os.path.exists(p):
            errs.append(f"missing {f}")
        elif sha(p) != h:
            errs.append(f"hash mismatch {f}")
    for f in manifest_files(root):
        if f not in listed:
            errs.append(f"unlisted file {f}")
    tdir = os.path.join(root, "truth")
    for f in sorted(os.listdir(tdir)) if os.path.isdir(tdir) else []:
        try:
            t = json.load(open(os.path.join(tdir, f), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errs.append(f"truth/{f} does not parse: {e}")
            continue
        check_truth_static(t, errs, f)
        if not os.path.exists(os.path.join(root, t["file"])):
            errs.append(f"truth/{f}: document {t['file']} missing")
    return errs


# ============================================================================= README
CONVENTIONS = """- A row is a current fact that a careful clinician would enter in the record from this
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
  checkbox_no, leaflet, other."""


def write_readme(root, docs, truths):
    tot = {k: sum(len(t[k]) for t in truths) for k in CATS}
    mn = {}
    for t in truths:
        for x in t["must_not"]:
            mn[x["why"]] = mn.get(x["why"], 0) + 1
    pages = sum(d.npages for d in docs)
    L = ["# Held-out extraction test set 16", "",
         "**Status:** held out. Written and frozen (unscored) before the next rule changes.", "",
         "## How it was made", "",
         "`make_heldout16.py` holds every document's content and its truth, both written by hand, and draws",
         "the 24 documents with reportlab (`invariant=1`, byte-stable). The only repository file read while",
         "writing it was `pipeline/clinical/schema.py` (field names and vocabularies); no pipeline code,",
         "sample, test, scorer or other held-out set was read, and no extractor was run on these documents.",
         "Randomness is used only for drawing (handwriting jitter, scan degradation) and is seeded with",
         "fixed strings. Handwriting-like entries are DejaVu Sans Oblique drawn glyph by glyph with jitter",
         "in size, baseline and angle; tick boxes are vector strokes. Scans are rendered with pypdfium2 at",
         "150-200 dpi, rotated 0.5-2.5 degrees, blurred, toned to paper, unevenly lit and noised, and saved",
         "as JPG, PNG or an image-only PDF (no text layer).",
         "",
         "Every page carries the footer `SYNTHETIC TEST DOCUMENT - not a real patient`. Every person, id,",
         "address, phone number, clinic and lot number is invented.",
         "",
         "Files: `docs/` (documents), `truth/` (one JSON per document, same stem), `drawn/` (the record of",
         "every string drawn into each document, used by the self-checks), `MANIFEST.sha256` (sha256 of",
         "docs/, truth/, drawn/ and make_heldout16.py; not this README).",
         "",
         "Commands: `python make_heldout16.py` (build + self-checks; does not overwrite an existing",
         "README unless `--write-readme`), `--check` (verify the manifest and truth files),",
         "`--determinism` (build twice under /tmp/heldout16_work and compare the manifests).",
         "",
         "Self-checks (the build fails loudly): truth files parse and use schema.py vocabulary and ISO",
         "dates; every key value, name and date of every truth row and every must_not name appears in the",
         "drawn strings and in the pypdfium2 text layer of the drawn PDF (whitespace-normalised, dates in",
         "their printed form); stopped/held/completed medicines have must_not rows; scans have no text",
         "layer and a rotation of 0.5-2.5 degrees.",
         "",
         "## Truth conventions", "", CONVENTIONS, "",
         "## Totals", "",
         f"- Documents: {len(docs)}; pages: {pages}; scans: {sum(1 for d in docs if d.scan)}; "
         f"with handwriting-like entries: {sum(1 for d in docs if d.hand_count)}",
         "- Scored rows: " + ", ".join(f"{k} {tot[k]}" for k in CATS) + f" (total {sum(tot.values())})",
         f"- must_not rows: {sum(mn.values())} (" + ", ".join(f"{k} {mn[k]}" for k in sorted(mn)) + ")",
         "", "## Documents", "",
         "| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
         "|---|------|---------|---------------|------|-------|------|-------------|------------|------|----------|"]
    for d, t in zip(docs, truths):
        rows = sum(len(t[k]) for k in CATS)
        scan = f"yes ({d.ext}, {d.scan['dpi']} dpi)" if d.scan else "no"
        L.append(f"| {d.num} | {t['file']} | {d.country} | {d.doctype} | {d.kind} | {d.npages} | {scan} | "
                 f"{'yes' if d.hand_count else 'no'} | {STYLE_NAMES[d.dstyle]} | {rows} | {len(t['must_not'])} |")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ============================================================================= main
def build(root, readme=False, only=None):
    for sub in ("docs", "truth", "drawn"):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    if os.path.abspath(root) != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(root, "make_heldout16.py"))
    tmp = os.path.join(WORK, "pdf_" + hashlib.sha256(os.path.abspath(root).encode()).hexdigest()[:10])
    os.makedirs(tmp, exist_ok=True)
    docs, truths, errs = [], [], []
    for fn in BUILDERS:
        doc = fn()
        if only and doc.num not in only:
            continue
        pdf_path = os.path.join(tmp, doc.stem + ".pdf")
        build_pdf(doc, pdf_path)
        final = os.path.join(root, "docs", f"{doc.stem}.{doc.ext}")
        if doc.scan:
            scanify(doc, pdf_path, final)
        else:
            shutil.copyfile(pdf_path, final)
        t = {"file": f"docs/{doc.stem}.{doc.ext}", "country": doc.country, "document_type": doc.doctype}
        for k in CATS + ["must_not"]:
            t[k] = doc.T[k]
        self_check(doc, t, pdf_path, final, errs)
        with open(os.path.join(root, "truth", doc.stem + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(t, indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join(root, "drawn", doc.stem + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(doc.drawn) + "\n")
        docs.append(doc)
        truths.append(t)
    nums = [d.num for d in docs]
    if not only and (sorted(nums) != list(range(1, 25)) or len(set(d.country for d in docs)) != 24):
        errs.append(f"expected 24 documents numbered 1..24, got {nums}")
    if not only:
        if sum(1 for d in docs if d.scan) != 6:
            errs.append("expected 6 scans")
        if sum(1 for d in docs if d.hand_count) < 6:
            errs.append("expected >= 6 handwritten documents")
    n = write_manifest(root)
    if n < 50:
        errs.append(f"manifest has only {n} entries")
    if readme or not os.path.exists(os.path.join(root, "README.md")):
        write_readme(root, docs, truths)
    tot = {k: sum(len(t[k]) for t in truths) for k in CATS + ["must_not"]}
    print(f"built {len(docs)} documents, {sum(d.npages for d in docs)} pages; rows {tot}; manifest {n}")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("self-checks passed")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("--write-readme", action="store_true")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args()
    if a.check:
        errs = check_manifest(a.out)
        if errs:
            print("CHECK FAILED:", *errs, sep="\n  ", file=sys.stderr)
            sys.exit(1)
        print("manifest and truth files OK")
        return
    if a.determinism:
        mans = []
        for tag in ("detA", "detB"):
            out = os.path.join(WORK, tag)
            if os.path.isdir(out):
                shutil.rmtree(out)
            os.makedirs(out)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", out], check=True)
            mans.append(open(os.path.join(out, "MANIFEST.sha256"), encoding="utf-8").read())
        if mans[0] != mans[1]:
            print("DETERMINISM FAILED: manifests differ", file=sys.stderr)
            sys.exit(1)
        own = os.path.join(HERE, "MANIFEST.sha256")
        if os.path.exists(own) and open(own, encoding="utf-8").read() != mans[0]:
            print("DETERMINISM FAILED: rebuild differs from the committed manifest", file=sys.stderr)
            sys.exit(1)
        print("determinism OK (two builds give identical manifests)")
        return
    build(a.out, readme=a.write_readme, only=a.only)


if __name__ == "__main__":
    main()
