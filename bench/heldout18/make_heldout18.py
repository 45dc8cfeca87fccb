#!/usr/bin/env python3
"""Held-out extraction test set 18: 24 synthetic medical documents with hand-written truth.

Every clinical fact and every truth row below is typed by hand.  Randomness is used only
for the look of handwriting, signatures, tick marks and scans, always from generators
seeded with fixed strings, so a build is byte-for-byte deterministic.

    python make_heldout18.py                # build into this folder (keeps README.md)
    python make_heldout18.py --readme       # build and rewrite README.md
    python make_heldout18.py --check        # verify MANIFEST.sha256
    python make_heldout18.py --determinism  # build twice under /tmp/heldout18_work, compare

All names, people, numbers and clinics are invented.  SYNTHETIC TEST DOCUMENTS.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
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
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT_NAME = "make_heldout18.py"
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
STATUS = "**Status:** held out. Written and frozen (unscored) before the next rule changes."

# ----------------------------------------------------------------------------- fonts
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_FONT_FILES = {
    "S": "DejaVuSans.ttf", "SB": "DejaVuSans-Bold.ttf", "SI": "DejaVuSans-Oblique.ttf",
    "SBI": "DejaVuSans-BoldOblique.ttf", "L": "DejaVuSans-ExtraLight.ttf",
    "R": "DejaVuSerif.ttf", "RB": "DejaVuSerif-Bold.ttf", "RI": "DejaVuSerif-Italic.ttf",
    "RBI": "DejaVuSerif-BoldItalic.ttf",
    "M": "DejaVuSansMono.ttf", "MB": "DejaVuSansMono-Bold.ttf", "MI": "DejaVuSansMono-Oblique.ttf",
    "C": "DejaVuSansCondensed.ttf", "CB": "DejaVuSansCondensed-Bold.ttf",
    "CI": "DejaVuSansCondensed-Oblique.ttf", "CBI": "DejaVuSansCondensed-BoldOblique.ttf",
    "RC": "DejaVuSerifCondensed.ttf", "RCB": "DejaVuSerifCondensed-Bold.ttf",
    "RCI": "DejaVuSerifCondensed-Italic.ttf", "RCBI": "DejaVuSerifCondensed-BoldItalic.ttf",
}
FN = {}


def register_fonts():
    for key, fname in _FONT_FILES.items():
        name = "DV-" + key
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fname)))
        FN[key] = name


def sw(s, f, z):
    return pdfmetrics.stringWidth(s, FN[f], z)


# ----------------------------------------------------------------------------- colours
K = black
GREY = Color(0.42, 0.42, 0.42)
LGREY = Color(0.88, 0.88, 0.88)
XLGREY = Color(0.95, 0.95, 0.95)
INK = Color(0.07, 0.16, 0.50)      # blue ballpoint
INK2 = Color(0.12, 0.12, 0.16)     # black ballpoint
RED = Color(0.72, 0.08, 0.10)


def rgb(h):
    h = h.lstrip("#")
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


# ----------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(iso, style):
    d = date.fromisoformat(iso)
    dd, mm, yyyy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year:04d}"
    mon, month = MONTHS[d.month - 1][:3], MONTHS[d.month - 1]
    table = {
        "dd.mm.yyyy": f"{dd}.{mm}.{yyyy}", "dd/mm/yyyy": f"{dd}/{mm}/{yyyy}",
        "dd-mm-yyyy": f"{dd}-{mm}-{yyyy}", "yyyy-mm-dd": f"{yyyy}-{mm}-{dd}",
        "mm/dd/yyyy": f"{mm}/{dd}/{yyyy}", "dd/mm/yy": f"{dd}/{mm}/{yyyy[2:]}",
        "d/m/yy": f"{d.day}/{d.month}/{yyyy[2:]}", "dd.mm.yy": f"{dd}.{mm}.{yyyy[2:]}",
        "d Month yyyy": f"{d.day} {month} {yyyy}", "dd Mon yyyy": f"{dd} {mon} {yyyy}",
        "dd-Mon-yyyy": f"{dd}-{mon}-{yyyy}", "Mon d, yyyy": f"{mon} {d.day}, {yyyy}",
        "m/d/yyyy": f"{d.month}/{d.day}/{yyyy}", "Month d, yyyy": f"{month} {d.day}, {yyyy}",
    }
    return table[style]


# ----------------------------------------------------------------------------- enums
DOC_TYPES = {"lab_result", "prescription", "discharge_summary", "immunization_record",
             "medical_record", "other"}
FLAGS = {"normal", "high", "low", "critical", "abnormal", None}
VITAL_KINDS = {"blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi"}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
WHYS = ["negated", "family", "historical", "planned", "due", "stopped", "checkbox_no",
        "leaflet", "other"]
CATS = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]


def _num(v):
    try:
        return float(v.replace(",", "")) if re.fullmatch(r"-?[\d,]*\.?\d+", v) else None
    except ValueError:
        return None


# ----------------------------------------------------------------------------- the page engine
class Doc:
    """A reportlab canvas with top-left coordinates that records every drawn string."""

    def __init__(self, num, slug, country, dtype, kind, styles, *, ext="pdf", pagesize=A4,
                 scan=None, hand_font="SI", layout=""):
        self.num, self.slug, self.country, self.dtype, self.kind = num, slug, country, dtype, kind
        self.styles = styles            # date styles used by the document, main one first
        self.ext = ext
        self.scan = scan                # None or dict(dpi=.., angles=[..])
        self.layout = layout
        self.W, self.H = pagesize
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle(f"heldout18 {num:02d} {slug}")
        self.c.setAuthor("synthetic")
        self.c.setCreator("make_heldout18.py")
        self.drawn = []
        self.page_no = 1
        self.header_hook = None
        self.footer_hook = None
        self.hand_font = hand_font
        self.handwritten = False
        self.hrng = random.Random(f"heldout18/hand/{num:02d}/{slug}")
        self.truth = {c: [] for c in CATS}
        self.truth["must_not"] = []

    # -- basic drawing ---------------------------------------------------------------
    def Y(self, y):
        return self.H - y

    def t(self, x, y, s, f="S", z=9, col=None, a="l"):
        c = self.c
        c.setFont(FN[f], z)
        c.setFillColor(col if col is not None else K)
        if a == "l":
            c.drawString(x, self.Y(y), s)
        elif a == "r":
            c.drawRightString(x, self.Y(y), s)
        else:
            c.drawCentredString(x, self.Y(y), s)
        self.drawn.append(s)
        return x + sw(s, f, z)

    def wrap(self, s, w, f, z, first=None):
        out, cur, width = [], "", first if first is not None else w
        for word in s.split(" "):
            test = f"{cur} {word}" if cur else word
            if sw(test, f, z) <= width or not cur:
                cur = test
            else:
                out.append(cur)
                cur, width = word, w
        out.append(cur)
        return out

    def para(self, x, y, w, s, f="S", z=9, lead=None, col=None, lab=None, labf=None):
        lead = lead or z * 1.32
        first = None
        if lab:
            lx = self.t(x, y, lab, labf or ("SB" if f.startswith("S") else f + "B"
                                            if f in ("R", "C", "RC") else "SB"), z, col)
            first = w - (lx - x) - sw(" ", f, z)
            lines = self.wrap(s, w, f, z, first=first)
            self.t(lx + sw(" ", f, z), y, lines[0], f, z, col)
            y += lead
            lines = lines[1:]
        else:
            lines = self.wrap(s, w, f, z)
        for ln in lines:
            self.t(x, y, ln, f, z, col)
            y += lead
        return y

    def line(self, x1, y1, x2, y2, lw=0.5, col=None, dash=None):
        c = self.c
        c.setStrokeColor(col if col is not None else K)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x1, self.Y(y1), x2, self.Y(y2))
        if dash:
            c.setDash()

    def hl(self, x1, x2, y, lw=0.5, col=None, dash=None):
        self.line(x1, y, x2, y, lw, col, dash)

    def rect(self, x, y, w, h, lw=0.5, stroke=None, fill=None):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.setLineWidth(lw)
        c.rect(x, self.Y(y + h), w, h, stroke=1 if stroke is not None else 0,
               fill=1 if fill is not None else 0)

    def circle(self, x, y, r, lw=0.8, stroke=None, fill=None):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.setLineWidth(lw)
        c.circle(x, self.Y(y), r, stroke=1 if stroke is not None else 0,
                 fill=1 if fill is not None else 0)

    # -- tables ----------------------------------------------------------------------
    def table(self, x, y, cols, rows, f="S", z=8.5, hf="SB", hz=None, lead=None, pad=2.6,
              rules="grid", head=True, hbg=None, zebra=None, lw=0.5, rcol=None, hcol=None,
              minh=0):
        """cols: [(width, align)], rows: lists of cells (str, None or (text, font[, colour]))."""
        lead = lead or z * 1.25
        hz = hz or z
        rcol = rcol if rcol is not None else K
        total_w = sum(w for w, _ in cols)
        self.trows = []  # (top, height) of every row drawn, for marks placed over a table
        for ri, row in enumerate(rows):
            is_head = head and ri == 0
            fz = hz if is_head else z
            cells = []
            for (w, al), cell in zip(cols, row):
                if cell is None or cell == "":
                    cells.append(([], None, None))
                    continue
                if isinstance(cell, tuple):
                    txt, cf = cell[0], cell[1]
                    cc = cell[2] if len(cell) > 2 else None
                else:
                    txt, cf, cc = cell, (hf if is_head else f), (hcol if is_head else None)
                lines = []
                for part in txt.split("\n"):
                    lines += self.wrap(part, w - 2 * pad, cf, fz)
                cells.append((lines, cf, cc))
            nl = max([len(c[0]) for c in cells] + [1])
            rh = max(nl * lead + 2 * pad - (lead - fz * 1.0) + 1, minh)
            self.trows.append((y, rh))
            if is_head and hbg is not None:
                self.rect(x, y, total_w, rh, fill=hbg)
            elif zebra is not None and not is_head and ri % 2 == 0:
                self.rect(x, y, total_w, rh, fill=zebra)
            cx = x
            for (w, al), (lines, cf, cc) in zip(cols, cells):
                by = y + pad + fz * 0.80
                for ln in lines:
                    if al == "l":
                        self.t(cx + pad, by, ln, cf, fz, cc)
                    elif al == "r":
                        self.t(cx + w - pad, by, ln, cf, fz, cc, a="r")
                    else:
                        self.t(cx + w / 2, by, ln, cf, fz, cc, a="c")
                    by += lead
                cx += w
            if rules == "grid":
                self.rect(x, y, total_w, rh, lw=lw, stroke=rcol)
                cx = x
                for w, _ in cols[:-1]:
                    cx += w
                    self.line(cx, y, cx, y + rh, lw, rcol)
            elif rules == "h":
                if ri == 0:
                    self.hl(x, x + total_w, y, lw, rcol)
                self.hl(x, x + total_w, y + rh, lw, rcol)
            elif rules == "head" and is_head:
                self.hl(x, x + total_w, y, lw, rcol)
                self.hl(x, x + total_w, y + rh, lw, rcol)
            elif rules == "underhead" and is_head:
                self.hl(x, x + total_w, y + rh, lw, rcol)
            elif rules == "dots" and not is_head:
                self.hl(x, x + total_w, y + rh, 0.3, rcol, dash=(1, 2))
            y += rh
        if rules == "head":
            self.hl(x, x + total_w, y, lw, rcol)
        return y

    # -- handwriting and pen marks ---------------------------------------------------
    def hand(self, x, y, s, z=11, col=INK, f=None, slope=None):
        """Handwriting: an oblique font drawn character by character with jitter."""
        f = f or self.hand_font
        r = self.hrng
        c = self.c
        self.handwritten = True
        sl = math.radians(slope if slope is not None else r.uniform(-1.2, 1.2))
        cx = x
        for ch in s:
            if ch == " ":
                cx += sw(" ", f, z) * r.uniform(0.8, 1.3)
                continue
            sz = z * r.uniform(0.95, 1.05)
            dy = r.gauss(0, 0.35) + (cx - x) * math.tan(sl)
            c.saveState()
            c.translate(cx + r.uniform(-0.25, 0.25), self.Y(y) + dy)
            c.rotate(r.uniform(-4, 4))
            c.setFont(FN[f], sz)
            c.setFillColor(col)
            c.drawString(0, 0, ch)
            c.restoreState()
            cx += sw(ch, f, sz) * r.uniform(0.9, 1.02) + r.uniform(-0.15, 0.45)
        self.drawn.append(s)
        return cx

    def _pen(self, col, lw):
        self.c.setStrokeColor(col)
        self.c.setLineWidth(lw)
        self.c.setLineCap(1)
        self.c.setLineJoin(1)

    def box(self, x, y, s=7.5, lw=0.6):
        self.rect(x, y, s, s, lw=lw, stroke=K)

    def tick(self, x, y, s=7.5, col=INK):
        """A hand-drawn tick over a box whose top-left corner is (x, y): vector strokes."""
        r = self.hrng
        j = lambda: r.uniform(-0.7, 0.7)  # noqa: E731
        self._pen(col, r.uniform(1.1, 1.5))
        p = self.c.beginPath()
        p.moveTo(x + 0.8 + j(), self.Y(y + s * 0.5 + j()))
        p.curveTo(x + s * 0.25, self.Y(y + s * 0.7), x + s * 0.35, self.Y(y + s * 0.9 + j()),
                  x + s * 0.42 + j(), self.Y(y + s + 0.4))
        p.curveTo(x + s * 0.7, self.Y(y + s * 0.3), x + s * 1.0, self.Y(y - 1.5 + j()),
                  x + s * 1.45 + j(), self.Y(y - 3.2 + j()))
        self.c.drawPath(p, stroke=1, fill=0)

    def cross(self, x, y, s=7.5, col=INK):
        r = self.hrng
        j = lambda: r.uniform(-0.8, 0.8)  # noqa: E731
        self._pen(col, r.uniform(1.0, 1.4))
        self.c.line(x + j(), self.Y(y + j()), x + s + j(), self.Y(y + s + j()))
        self.c.line(x + s + j(), self.Y(y + j()), x + j(), self.Y(y + s + j()))

    def scribble(self, x, y, w=90, h=18, col=INK):
        """A signature: a few connected loops drawn as bezier curves (no text)."""
        r = self.hrng
        self._pen(col, r.uniform(0.8, 1.2))
        p = self.c.beginPath()
        cx, cy = x, y + h * 0.6
        p.moveTo(cx, self.Y(cy))
        n = r.randint(5, 8)
        for i in range(n):
            nx = x + w * (i + 1) / n
            ny = y + h * r.uniform(0.2, 0.9)
            p.curveTo(cx + r.uniform(0, w / n), self.Y(y + r.uniform(-0.3, 0.3) * h),
                      nx - r.uniform(0, w / n), self.Y(y + h * r.uniform(0.7, 1.3)), nx, self.Y(ny))
            cx, cy = nx, ny
        p.moveTo(x + w * 0.1, self.Y(y + h * r.uniform(0.8, 1.0)))
        p.curveTo(x + w * 0.4, self.Y(y + h * 1.1), x + w * 0.7, self.Y(y + h * 0.95),
                  x + w * r.uniform(0.9, 1.05), self.Y(y + h * r.uniform(0.7, 0.9)))
        self.c.drawPath(p, stroke=1, fill=0)

    def strike(self, x1, x2, y, col=INK):
        r = self.hrng
        self._pen(col, 1.0)
        self.c.line(x1, self.Y(y + r.uniform(-0.5, 0.5)), x2, self.Y(y + r.uniform(-1.0, 1.0)))

    def stamp(self, x, y, lines, w=150, col=None, rot=-6, f="SB", z=7.5):
        """A rubber stamp: a rounded box with text, slightly rotated."""
        col = col or Color(0.25, 0.32, 0.62)
        c = self.c
        h = len(lines) * z * 1.35 + 8
        c.saveState()
        c.translate(x, self.Y(y))
        c.rotate(rot)
        c.setStrokeColor(col)
        c.setLineWidth(1.2)
        c.roundRect(0, -h, w, h, 5, stroke=1, fill=0)
        c.setFillColor(col)
        yy = -z - 3
        for i, s in enumerate(lines):
            c.setFont(FN[f if i == 0 else "S"], z)
            c.drawCentredString(w / 2, yy, s)
            self.drawn.append(s)
            yy -= z * 1.35
        c.restoreState()

    # -- pages -----------------------------------------------------------------------
    def _footers(self):
        if self.footer_hook:
            self.footer_hook(self)
        self.t(self.W / 2, self.H - 12, FOOTER, "S", 6.5, GREY, a="c")

    def newpage(self):
        self._footers()
        self.c.showPage()
        self.page_no += 1
        if self.header_hook:
            self.header_hook(self)

    def finish(self):
        self._footers()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    # -- truth rows ------------------------------------------------------------------
    def med(self, name, brand, dose, unit, route, freq, status="active", opt=False):
        self._add("medications", dict(name=name, brand=brand, dose=dose, unit=unit, route=route,
                                      frequency=freq, status=status), opt)

    def lab(self, test, vt, unit, lo, hi, flag, on, aliases=(), rt=None, vn="auto", opt=False):
        if vn == "auto":
            vn = _num(vt)
        self._add("labs", dict(test_name=test, value_text=vt, value_numeric=vn, unit=unit,
                               reference_low=lo, reference_high=hi, reference_text=rt, flag=flag,
                               date=on, aliases=list(aliases)), opt)

    def vit(self, kind, vt, unit, vn="auto", v2=None, opt=False):
        if vn == "auto":
            vn = _num(vt.split("/")[0])
            if "/" in vt and v2 is None:
                v2 = _num(vt.split("/")[1])
        self._add("vitals", dict(kind=kind, value_text=vt, value_numeric=vn, value_secondary=v2,
                                 unit=unit), opt)

    def alg(self, substance, reaction, severity, opt=False):
        self._add("allergies", dict(substance=substance, reaction=reaction, severity=severity), opt)

    def cond(self, name, status, icd, aliases=(), opt=False):
        self._add("conditions", dict(name=name, status=status, icd10_code=icd,
                                     aliases=list(aliases)), opt)

    def imm(self, vaccine, on, dose, lot, brand, amb=False, opt=False):
        self._add("immunizations", dict(vaccine=vaccine, administered_on=on, dose_number=dose,
                                        lot_number=lot, brand=brand, date_ambiguous=amb), opt)

    def mn(self, cat, name, why, note=""):
        self.truth["must_not"].append(dict(category=cat, name=name, why=why, note=note))

    def _add(self, cat, row, opt):
        if opt:
            row["optional"] = True
        self.truth[cat].append(row)

    def truth_json(self):
        out = {"file": self.file, "country": self.country, "document_type": self.dtype}
        for cat in CATS:
            out[cat] = self.truth[cat]
        out["must_not"] = self.truth["must_not"]
        return out

    @property
    def file(self):
        return f"docs/{self.num:02d}_{self.slug}.{self.ext}"


# ----------------------------------------------------------------------------- scans
def _seed(s):
    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "little")


def scanify(img, key, angle):
    """Make a clean render look scanned: rotate, blur, paper tone, uneven light, noise."""
    rng = np.random.default_rng(_seed("heldout18/scan/" + key))
    img = img.convert("RGB")
    w, h = img.size
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    a = np.asarray(img).astype(np.float32) / 255.0
    paper = np.array([0.955, 0.935, 0.885], dtype=np.float32)
    a = 0.07 + 0.93 * a                                 # ink never fully black
    a = a * paper
    # uneven lighting: a smooth low-frequency field plus a gradient from one side
    field = rng.uniform(0.0, 1.0, size=(5, 4)).astype(np.float32)
    fimg = Image.fromarray((field * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    f = np.asarray(fimg).astype(np.float32) / 255.0
    gx = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    side = rng.uniform(0.03, 0.07)
    light = 1.0 - 0.06 * f - side * (gx if rng.uniform() < 0.5 else 1 - gx)
    a = a * light[:, :, None]
    a = a + rng.normal(0.0, 0.022, size=(h, w, 1)).astype(np.float32)
    a = a + rng.normal(0.0, 0.008, size=(h, w, 3)).astype(np.float32)
    a = np.clip(a * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "RGB")


def render_scan(D, pdf_bytes):
    pdf = pdfium.PdfDocument(pdf_bytes)
    dpi = D.scan["dpi"]
    pages = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72.0)
        pil = bm.to_pil()
        pages.append(scanify(pil, f"{D.num:02d}/{D.slug}/{i}", D.scan["angles"][i]))
    pdf.close()
    if D.ext == "jpg":
        b = io.BytesIO()
        pages[0].save(b, "JPEG", quality=84, optimize=False)
        return b.getvalue(), 1
    if D.ext == "png":
        b = io.BytesIO()
        pages[0].convert("L").save(b, "PNG", optimize=False)
        return b.getvalue(), 1
    # image-only PDF
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(D.W, D.H), invariant=1, pageCompression=1)
    c.setTitle(f"heldout18 {D.num:02d} {D.slug} (scan)")
    c.setAuthor("synthetic")
    c.setCreator("make_heldout18.py")
    for p in pages:
        jb = io.BytesIO()
        p.save(jb, "JPEG", quality=80, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, D.W, D.H)
        c.showPage()
    c.save()
    return out.getvalue(), len(pages)


# ============================================================================= documents
DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


@document
def d01():
    D = Doc(1, "austria_cumulative_lab", "Austria (English copy for the patient)", "lab_result",
            "lab report: cumulative columns, flags attached to values", ["dd.mm.yyyy"],
            pagesize=landscape(A4))
    W = D.W
    teal = rgb("#1f5f6b")
    D.circle(58, 52, 18, lw=2.2, stroke=teal)
    D.t(58, 57, "W&P", "SB", 11, teal, a="c")
    D.t(86, 46, "Labor Dr. Weinzettl & Partner", "SB", 15, teal)
    D.t(86, 60, "Medizinisch-diagnostisches Laboratorium \u00b7 Fach\u00e4rzte f\u00fcr Labormedizin", "S", 8.5, GREY)
    D.t(86, 71, "Mariahilfer Stra\u00dfe 112, 1070 Wien \u00b7 Tel. +43 1 526 48 90 \u00b7 Fax DW 20 \u00b7 "
        "befund@labor-weinzettl.at", "S", 8, GREY)
    D.rect(W - 250, 30, 210, 46, lw=0.8, stroke=teal)
    D.t(W - 145, 47, "KUMULATIVBEFUND", "SB", 12, teal, a="c")
    D.t(W - 145, 61, "Cumulative report \u2013 English version", "S", 8.5, K, a="c")
    D.t(W - 145, 71, "Befund-Nr. 25-0520-1187", "M", 8, K, a="c")
    D.hl(40, W - 40, 86, 1.2, teal)
    # patient / requester block, two columns
    y = 102
    for lab, val in [("Patient:", "BRUNNHUBER Leopold"), ("geb. / DOB:", "14.09.1958  (m)"),
                     ("SV-Nr.:", "4829 140958")]:
        D.t(40, y, lab, "S", 8.5, GREY)
        D.t(112, y, val, "SB" if lab == "Patient:" else "S", 9)
        y += 12
    y = 102
    for lab, val in [("Einsender:", "Dr. med. univ. Ingrid Pfandl, \u00c4rztin f\u00fcr Allgemeinmedizin"),
                     ("", "Neubaugasse 21/4, 1070 Wien"),
                     ("Eingang / received:", "20.05.2025 08:12   Ausdruck / printed: 21.05.2025 14:32")]:
        if lab:
            D.t(430, y, lab, "S", 8.5, GREY)
        D.t(520, y, val, "S", 8.5)
        y += 12
    cols = [(205, "l"), (78, "l"), (92, "l"), (88, "r"), (88, "r"), (88, "r"), (123, "l")]
    hdr = ["Analyse / Test", "Einheit", "Referenzbereich", "12.11.2024", "18.02.2025",
           "20.05.2025", "Kommentar"]
    B = "SB"
    rows = [hdr,
            [("KLINISCHE CHEMIE / Clinical chemistry", "SB", teal), "", "", "", "", "", ""],
            ["Glukose n\u00fcchtern / Glucose, fasting", "mg/dL", "70 \u2013 99", ("132 H", B), ("121 H", B),
             ("108 H", B), ""],
            ["HbA1c", "%", "4.0 \u2013 5.6", ("7.4 H", B), ("6.9 H", B), ("6.6 H", B), "IFCC-standardisiert"],
            ["Kreatinin / Creatinine", "mg/dL", "0.70 \u2013 1.20", "1.08", "1.15", ("1.31 H", B), ""],
            ["eGFR (CKD-EPI)", "mL/min/1.73m\u00b2", "> 60", "72", "67", ("57 L", B), "CKD-EPI 2021"],
            ["Cholesterin gesamt / Total cholesterol", "mg/dL", "< 200", ("214 H", B), "\u2013", "176", ""],
            ["Albumin/Kreatinin-Quotient (Harn) / Urine albumin/creatinine ratio", "mg/g", "< 30", "\u2013",
             "\u2013", ("folgt", "SI"), "in Arbeit / to follow"],
            ]
    y = D.table(40, 150, cols, rows, f="S", z=8.5, hbg=rgb("#dbe9ec"), rules="h", rcol=LGREY, pad=3.4)
    y += 18
    D.t(40, y, "Legende: H = \u00fcber dem Referenzbereich / above range; L = unter dem Referenzbereich / "
        "below range; \u2013 = nicht angefordert / not requested.", "S", 7.5, GREY)
    y += 11
    D.t(40, y, "Referenzbereiche alters- und geschlechtsspezifisch. Zielwerte Lipide gem\u00e4\u00df ESC/EAS 2019.",
        "S", 7.5, GREY)
    y += 26
    D.t(40, y, "Befund elektronisch vidiert: Dr. Gregor Auinger, Facharzt f\u00fcr Medizinische und "
        "Chemische Labordiagnostik, 21.05.2025", "S", 8.5)

    def foot(d):
        d.hl(40, d.W - 40, d.H - 30, 0.5, LGREY)
        d.t(40, d.H - 21, "BRUNNHUBER Leopold \u00b7 14.09.1958 \u00b7 Befund-Nr. 25-0520-1187", "S", 7, GREY)
        d.t(d.W - 40, d.H - 21, "Seite 1 von 1", "S", 7, GREY, a="r")
    D.footer_hook = foot

    on = ["2024-11-12", "2025-02-18", "2025-05-20"]
    glu = ["Glukose", "FPG", "fasting glucose"]
    for d, v, fl in zip(on, ["132", "121", "108"], ["high"] * 3):
        D.lab("Glucose, fasting", v, "mg/dL", 70.0, 99.0, fl, d, glu)
    for d, v in zip(on, ["7.4", "6.9", "6.6"]):
        D.lab("HbA1c", v, "%", 4.0, 5.6, "high", d, ["Glycated haemoglobin"])
    for d, v, fl in zip(on, ["1.08", "1.15", "1.31"], ["normal", "normal", "high"]):
        D.lab("Creatinine", v, "mg/dL", 0.70, 1.20, fl, d, ["Kreatinin"])
    for d, v, fl in zip(on, ["72", "67", "57"], ["normal", "normal", "low"]):
        D.lab("eGFR", v, "mL/min/1.73m\u00b2", 60.0, None, fl, d, ["eGFR (CKD-EPI)"], rt="> 60")
    D.lab("Total cholesterol", "214", "mg/dL", None, 200.0, "high", on[0], ["Cholesterin gesamt"], rt="< 200")
    D.lab("Total cholesterol", "176", "mg/dL", None, 200.0, "normal", on[2], ["Cholesterin gesamt"], rt="< 200")
    D.mn("labs", "Urine albumin/creatinine ratio", "other", "pending ('folgt') in the 20.05.2025 column")
    return D


@document
def d02():
    D = Doc(2, "belgium_discharge_letter", "Belgium (English discharge letter for a visiting patient)",
            "discharge_summary", "discharge summary, 3 pages, running header", ["dd/mm/yyyy"])
    W, H = D.W, D.H
    navy = rgb("#23395d")
    L, R = 56, W - 56
    TW = R - L

    def running(d):
        d.rect(0, 0, W, 30, fill=rgb("#eef1f6"))
        d.t(L, 19, "AZ Damme-Noord \u00b7 Discharge letter", "SB", 7.5, navy)
        d.t(R, 19, "HALLWORTH Geoffrey \u00b7 \u00b012/03/1954 \u00b7 Pat. nr 2025-114827 \u00b7 Adm. 04/06/2025",
            "S", 7.5, navy, a="r")

    def foot(d):
        d.hl(L, R, H - 32, 0.4, LGREY)
        d.t(L, H - 23, "Dienst Cardiologie \u00b7 Kerkstraat 44, 8340 Damme \u00b7 tel. 050 36 71 00 \u00b7 "
            "cardio@azdammenoord.be", "S", 6.8, GREY)
        d.t(R, H - 23, f"page {d.page_no}/3", "S", 7, GREY, a="r")
    D.header_hook = running
    D.footer_hook = foot

    def sec(y, title):
        D.t(L, y, title.upper(), "SB", 8.8, navy)
        D.hl(L, R, y + 3, 0.6, navy)
        return y + 15

    # ---------- page 1
    running(D)
    D.rect(L, 44, 26, 26, fill=navy)
    D.t(L + 13, 62, "AZ", "SB", 10, white, a="c")
    D.t(L + 34, 55, "AZ Damme-Noord", "SB", 15, navy)
    D.t(L + 34, 67, "Algemeen Ziekenhuis \u00b7 Campus Sint-Rembert \u00b7 Dienst Cardiologie", "S", 8, GREY)
    y = 48
    for s in ["Dr. Ann Claeys \u2013 cardiologist", "Dr. Pieter Vanderhaegen \u2013 cardiologist",
              "Dr. Jonas De Wulf \u2013 assistant cardiology"]:
        D.t(R, y, s, "S", 7.5, GREY, a="r")
        y += 10
    y = 100
    for s in ["Dr. Fiona Marsh", "Riverside Surgery", "12 Mill Lane", "Ludlow SY8 1BB", "United Kingdom"]:
        D.t(330, y, s, "S", 9.5)
        y += 12.5
    D.t(L, 100, "Damme, 09/06/2025", "S", 9)
    D.t(L, 114, "Our ref.: CAR/AC/25-3318", "S", 8, GREY)
    y = 180
    D.t(L, y, "Re: Mr Geoffrey HALLWORTH, \u00b012/03/1954 \u2013 14 Corve Street, Ludlow SY8 2PG",
        "SB", 9.5)
    y += 14
    D.t(L, y, "Admitted 04/06/2025 (via emergency department) \u2013 discharged 09/06/2025 \u2013 ward C3 "
        "cardiology", "S", 9)
    y += 22
    D.t(L, y, "Dear colleague,", "S", 9.5)
    y += 16
    y = D.para(L, y, TW, "Your patient was admitted to our cardiology ward during a cycling holiday in "
               "Flanders. We summarise his stay below; a copy of this letter was given to the patient.",
               "S", 9.5)
    y += 8
    y = sec(y, "Reason for admission")
    y = D.para(L, y, TW, "Palpitations and progressive exertional dyspnoea for three days, orthopnoea "
               "(two pillows) and swollen ankles.", "S", 9.5)
    y += 8
    y = sec(y, "History")
    y = D.para(L, y, TW, "Mr Hallworth, 71 years old, noticed an irregular fast heartbeat after a long ride "
               "on 01/06/2025. He was previously independent and active, cycling 40 km several times a "
               "week. There is no history of stroke or TIA and no known arrhythmia. He denies chest "
               "pain and syncope. Non-smoker since 1990, alcohol 10 units per week.", "S", 9.5)
    y += 8
    y = sec(y, "Past medical history")
    for s in ["Arterial hypertension (since 2009)",
              "Hypercholesterolaemia",
              "Chronic kidney disease stage 3a (eGFR 52 in 2024, according to the patient's records)",
              "Appendicitis \u2013 appendicectomy 1979",
              "Community-acquired pneumonia 2019, fully recovered"]:
        D.t(L + 6, y, "\u2013", "S", 9.5)
        y = D.para(L + 18, y, TW - 18, s, "S", 9.5)
    y += 8
    y = sec(y, "Family history")
    y = D.para(L, y, TW, "Brother: myocardial infarction at the age of 58. Parents died of old age.",
               "S", 9.5)
    y += 8
    y = sec(y, "Allergies / intolerances")
    y = D.para(L, y, TW, "Co-trimoxazole: rash (moderate). Elastoplast: skin irritation (mild).", "S", 9.5)
    y += 8
    y = sec(y, "Home medication on admission")
    cols = [(150, "l"), (70, "l"), (70, "c"), (TW - 290, "l")]
    rows = [["Medication", "Strength", "Scheme", "Indication"],
            ["Asaflow (aspirin)", "80 mg", "1-0-0", "primary prevention"],
            ["Emconcor (bisoprolol)", "2.5 mg", "1-0-0", "hypertension"],
            ["Tritace (ramipril)", "5 mg", "1-0-0", "hypertension"],
            ["Amlodipine Sandoz", "5 mg", "1-0-0", "hypertension"],
            ["Lipitor (atorvastatin)", "20 mg", "0-0-1", "hypercholesterolaemia"],
            ["Aldactone (spironolactone)", "25 mg", "1-0-0", "hypertension"]]
    y = D.table(L, y - 4, cols, rows, f="S", z=8.5, rules="h", rcol=LGREY, pad=2.6)
    D.newpage()

    # ---------- page 2
    y = 58
    y = sec(y, "Clinical examination at admission")
    y = D.para(L, y, TW, "Blood pressure 148/92 mmHg, heart rate 134/min irregular, temperature 36.8 \u00b0C, "
               "SpO2 93 % on room air, respiratory rate 22/min. Raised jugular venous pressure, bibasal "
               "crackles, pitting oedema of both ankles. No murmurs. Abdomen soft.", "S", 9.5)
    y += 8
    y = sec(y, "Laboratory")
    cols = [(150, "l"), (62, "r"), (18, "l"), (62, "r"), (18, "l"), (62, "l"), (TW - 372, "l")]
    B = ("H", "SB")
    Lf = ("L", "SB")
    rows = [["Parameter", "04/06/2025", "", "09/06/2025", "", "Unit", "Reference"],
            ["Haemoglobin", "13.2", "", "12.8", Lf, "g/dL", "13.0 \u2013 17.0"],
            ["Creatinine", "1.34", B, "1.21", B, "mg/dL", "0.67 \u2013 1.17"],
            ["Sodium", "137", "", "135", Lf, "mmol/L", "136 \u2013 145"],
            ["Potassium", "4.1", "", "4.6", "", "mmol/L", "3.5 \u2013 5.1"],
            ["CRP", "8.2", B, "4.1", "", "mg/L", "< 5"],
            ["NT-proBNP", "3840", B, "", "", "pg/mL", "< 450"],
            ["hs-Troponin T", "21", B, "", "", "ng/L", "< 14"],
]
    y = D.table(L, y - 4, cols, rows, f="S", z=8.5, rules="grid", rcol=GREY, hbg=XLGREY, pad=2.8)
    y += 5
    D.t(L, y + 4, "H / L: above / below the reference interval of the AZ Damme-Noord laboratory.", "SI", 7.5, GREY)
    y += 20
    y = sec(y, "Technical investigations")
    for lab, s in [("ECG (04/06): ", "atrial fibrillation with rapid ventricular response 134/min, normal axis, "
                    "no ischaemic changes."),
                   ("Chest X-ray: ", "cardiomegaly, bilateral small pleural effusions, signs of congestion."),
                   ("CT pulmonary angiography: ", "no pulmonary embolism."),
                   ("Transthoracic echocardiography (05/06): ", "LVEF 45 %, moderately dilated left atrium, "
                    "no significant valve disease, estimated systolic PAP 38 mmHg.")]:
        y = D.para(L, y, TW, s, "S", 9.5, lab=lab, labf="SB")
        y += 2
    y += 6
    y = sec(y, "Course in hospital")
    for s in ["Rate control was obtained with a single digoxin 0.5 mg IV loading dose in the emergency "
              "department and up-titration of bisoprolol. He received IV furosemide for three days with a "
              "good diuresis; weight at discharge 82.9 kg (\u2013 3.5 kg).",
              "Anticoagulation with apixaban was started (CHA2DS2-VASc 3, HAS-BLED 1); aspirin was stopped "
              "because of the anticoagulation. Amlodipine was stopped (ankle oedema, blood pressure now "
              "well controlled). Spironolactone is on hold because of the creatinine rise; please restart "
              "when creatinine and potassium are stable.",
              "He remained in atrial fibrillation with a ventricular rate of 70\u201380/min at rest. An "
              "electrical cardioversion is planned after at least three weeks of uninterrupted "
              "anticoagulation."]:
        y = D.para(L, y, TW, s, "S", 9.5)
        y += 6
    D.newpage()

    # ---------- page 3
    y = 58
    y = sec(y, "Diagnoses at discharge")
    for i, s in enumerate(["Persistent atrial fibrillation with rapid ventricular response (CHA2DS2-VASc 3)",
                           "Acute decompensated heart failure with mildly reduced ejection fraction (LVEF 45 %)",
                           "Arterial hypertension",
                           "Hypercholesterolaemia",
                           "Chronic kidney disease stage 3a"], 1):
        D.t(L + 4, y, f"{i}.", "S", 9.5)
        y = D.para(L + 18, y, TW - 18, s, "S", 9.5)
    y = D.para(L, y + 2, TW, "Pulmonary embolism was ruled out (CT angiography).", "SI", 9)
    y += 10
    y = sec(y, "Medication at discharge")
    cols = [(150, "l"), (55, "l"), (55, "c"), (TW - 260, "l")]
    rows = [["Medication", "Dose", "Scheme", "Remark"],
            ["Eliquis (apixaban)", "5 mg", "1-0-1", ("NEW", "SB")],
            ["Emconcor (bisoprolol)", "5 mg", "1-0-0", ("CHANGED \u2013 was 2.5 mg", "SB")],
            ["Lasix (furosemide)", "40 mg", "1-0-0", ("NEW", "SB")],
            ["Tritace (ramipril)", "5 mg", "1-0-0", "unchanged"],
            ["Lipitor (atorvastatin)", "20 mg", "0-0-1", "unchanged"],
            ["Aldactone (spironolactone)", "25 mg", "\u2013", ("ON HOLD until creatinine and potassium checked", "SB")],
            ["Asaflow (aspirin)", "80 mg", "\u2013", ("STOPPED (anticoagulation)", "SB")],
            ["Amlodipine Sandoz", "5 mg", "\u2013", ("STOPPED", "SB")]]
    y = D.table(L, y - 4, cols, rows, f="S", z=8.8, rules="grid", rcol=GREY, hbg=XLGREY, pad=3)
    D.t(L, y + 11, "Scheme = morning - noon - evening.", "SI", 7.5, GREY)
    y += 30
    y = sec(y, "Policy / follow-up")
    for s in ["Blood test (creatinine, potassium, sodium) in one week at the GP.",
              "Dapagliflozin (Forxiga) 10 mg is to be started at the cardiology follow-up once renal "
              "function is stable.",
              "Electrical cardioversion after three weeks of anticoagulation: to be organised by his "
              "cardiologist in the UK; full report and ECGs on the enclosed CD.",
              "Daily weight; contact the GP if weight increases by more than 2 kg in three days."]:
        D.t(L + 6, y, "\u2013", "S", 9.5)
        y = D.para(L + 18, y, TW - 18, s, "S", 9.5)
    y += 10
    D.t(L, y, "With kind regards,", "S", 9.5)
    D.scribble(L + 10, y + 8, 95, 20)
    D.scribble(300, y + 10, 80, 16, col=INK2)
    y += 44
    D.t(L, y, "Dr. Ann Claeys", "SB", 9)
    D.t(300, y, "Dr. Jonas De Wulf", "SB", 9)
    D.t(L, y + 11, "Cardiologist", "S", 8.5, GREY)
    D.t(300, y + 11, "Assistant cardiology", "S", 8.5, GREY)
    D.t(L, y + 34, "Copy: patient \u2013 Dr. Fiona Marsh (GP)", "S", 8, GREY)

    # ---------- truth
    A, Dd = "2025-06-04", "2025-06-09"
    D.lab("Haemoglobin", "13.2", "g/dL", 13.0, 17.0, "normal", A, ["Hb"])
    D.lab("Haemoglobin", "12.8", "g/dL", 13.0, 17.0, "low", Dd, ["Hb"])
    D.lab("Creatinine", "1.34", "mg/dL", 0.67, 1.17, "high", A)
    D.lab("Creatinine", "1.21", "mg/dL", 0.67, 1.17, "high", Dd)
    D.lab("Sodium", "137", "mmol/L", 136.0, 145.0, "normal", A, ["Na"])
    D.lab("Sodium", "135", "mmol/L", 136.0, 145.0, "low", Dd, ["Na"])
    D.lab("Potassium", "4.1", "mmol/L", 3.5, 5.1, "normal", A, ["K"])
    D.lab("Potassium", "4.6", "mmol/L", 3.5, 5.1, "normal", Dd, ["K"])
    D.lab("CRP", "8.2", "mg/L", None, 5.0, "high", A, ["C-reactive protein"], rt="< 5")
    D.lab("CRP", "4.1", "mg/L", None, 5.0, "normal", Dd, ["C-reactive protein"], rt="< 5")
    D.lab("NT-proBNP", "3840", "pg/mL", None, 450.0, "high", A, [], rt="< 450")
    D.lab("hs-Troponin T", "21", "ng/L", None, 14.0, "high", A, ["high-sensitivity troponin T"], rt="< 14")
    D.vit("blood_pressure", "148/92", "mmHg")
    D.vit("heart_rate", "134", "/min")
    D.vit("temperature", "36.8", "\u00b0C")
    D.vit("oxygen_saturation", "93", "%")
    D.vit("respiratory_rate", "22", "/min")
    D.vit("weight", "82.9", "kg")
    D.alg("Co-trimoxazole", "rash", "moderate")
    D.alg("Elastoplast", "skin irritation", "mild")
    D.cond("Persistent atrial fibrillation", "active", "I48.1", ["atrial fibrillation", "AF"])
    D.cond("Heart failure with mildly reduced ejection fraction", "active", "I50.9",
           ["acute decompensated heart failure", "HFmrEF"])
    D.cond("Arterial hypertension", "active", "I10", ["hypertension"])
    D.cond("Hypercholesterolaemia", "active", "E78.0", ["hypercholesterolemia"])
    D.cond("Chronic kidney disease stage 3a", "active", "N18.31", ["CKD 3a"])
    D.med("apixaban", "Eliquis", "5", "mg", "oral", "twice daily", "new")
    D.med("bisoprolol", "Emconcor", "5", "mg", "oral", "once daily", "changed")
    D.med("furosemide", "Lasix", "40", "mg", "oral", "once daily", "new")
    D.med("ramipril", "Tritace", "5", "mg", "oral", "once daily", "active")
    D.med("atorvastatin", "Lipitor", "20", "mg", "oral", "once daily (evening)", "active")
    D.med("spironolactone", "Aldactone", "25", "mg", "oral", None, "held")
    D.med("aspirin", "Asaflow", "80", "mg", "oral", None, "stopped")
    D.med("amlodipine", "Amlodipine Sandoz", "5", "mg", "oral", None, "stopped")
    D.mn("medications", "spironolactone", "stopped", "on hold at discharge")
    D.mn("medications", "aspirin", "stopped", "stopped because of anticoagulation")
    D.mn("medications", "amlodipine", "stopped", "")
    D.mn("medications", "digoxin", "other", "single IV loading dose in the ED")
    D.mn("medications", "dapagliflozin", "planned", "to be started at follow-up")
    D.mn("conditions", "stroke", "negated", "no history of stroke or TIA")
    D.mn("conditions", "TIA", "negated", "")
    D.mn("conditions", "pulmonary embolism", "negated", "ruled out by CT angiography")
    D.mn("conditions", "Appendicitis", "historical", "appendicectomy 1979")
    D.mn("conditions", "pneumonia", "historical", "2019, fully recovered")
    D.mn("conditions", "myocardial infarction", "family", "brother")
    return D


@document
def d03():
    D = Doc(3, "france_visitor_letter", "France (English letter for a visitor)", "medical_record",
            "letter: GP letter for a visitor", ["dd/mm/yyyy"], hand_font="RCI")
    W, H = D.W, D.H
    L, R = 62, W - 62
    TW = R - L
    D.t(L, 56, "Docteur H\u00e9l\u00e8ne MARCHETTI-ROUX", "RB", 13)
    D.t(L, 70, "M\u00e9decin g\u00e9n\u00e9raliste \u2013 M\u00e9decine g\u00e9n\u00e9rale", "RI", 9)
    D.t(L, 81, "Dipl\u00f4m\u00e9e de la Facult\u00e9 de M\u00e9decine de Montpellier", "R", 8, GREY)
    D.t(L, 91, "Conventionn\u00e9e secteur 1 \u2013 RPPS 10 1024 3756 8", "R", 8, GREY)
    for i, s in enumerate(["14, rue des Tanneurs", "84000 AVIGNON", "T\u00e9l. 04 90 82 17 36",
                           "Consultations sur rendez-vous"]):
        D.t(R, 56 + i * 11, s, "R", 8.5, a="r")
    D.hl(L, R, 102, 0.6)
    D.t(R, 128, "Avignon, le 22/07/2025", "R", 10, a="r")
    y = 150
    for s in ["To the attending physician / \u00c0 l'attention du m\u00e9decin traitant",
              "Dr Samuel Whitcombe, Lakeview Family Medicine", "Sandusky, Ohio, USA"]:
        D.t(L, y, s, "R", 10)
        y += 13
    y += 10
    D.t(L, y, "Re: Mr Dwight ELLERBECK, born 03/11/1960 \u2013 visitor from Ohio (USA)", "RB", 10)
    y += 24
    D.t(L, y, "Dear Colleague,", "R", 10.5)
    y += 18
    P = lambda s, yy: D.para(L, yy, TW, s, "R", 10.2, lead=14) + 6  # noqa: E731
    y = P("I saw your patient today, 22/07/2025, at my surgery while he is on holiday in Provence. He "
          "presented with a 36-hour history of a hot, red and very painful right big toe (first "
          "metatarsophalangeal joint), which began after a wine-tasting dinner. The clinical picture is "
          "that of acute gout. He has no fever, there is no history of trauma and I found no features of "
          "septic arthritis.", y)
    y = P("He has hypertension, type 2 diabetes and hyperlipidaemia, all followed by you. His regular "
          "medicines are lisinopril 20 mg once daily, hydrochlorothiazide 25 mg once daily, atorvastatin "
          "40 mg at night and metformin 1000 mg twice daily. He reports an allergy to sulfa drugs (hives). "
          "In the past he had a peptic ulcer (2016), healed after eradication treatment, with no "
          "recurrence since. His mother had rheumatoid arthritis.", y)
    y = P("On examination: BP 152/88 mmHg, pulse 88/min, temperature 37.6 \u00b0C. The right first MTP "
          "joint is swollen, erythematous and exquisitely tender; the other joints are normal.", y)
    y = P("Blood tests collected this morning at Laboratoire Bioaxiome, Avignon (22/07/2025): uric acid "
          "512 \u00b5mol/L (H), creatinine 98 \u00b5mol/L, CRP 46 mg/L (H).", y)
    y = P("Treatment: I have started colchicine (Colchicine Opocalcium 1 mg scored tablets) 0.5 mg twice "
          "daily for 7 days, and Doliprane (paracetamol) 1000 mg up to three times a day if needed. I "
          "avoided anti-inflammatories because of his ulcer history. I have asked him to withhold his "
          "hydrochlorothiazide until he sees you, as it raises uric acid. Allopurinol could be started "
          "once the attack has settled; I leave this decision to you.", y)
    y = P("He flies home on 30/07/2025. Thank you for seeing him on his return.", y)
    y += 4
    D.t(L, y, "Yours sincerely / Confraternellement,", "R", 10.2)
    D.scribble(L + 250, y + 2, 110, 26)
    y += 40
    D.t(L + 250, y, "Dr H. Marchetti-Roux", "R", 10)
    # handwritten P.S.
    D.hand(L, y + 26, "PS: please recheck uric acid in 4\u20136 weeks", z=12.5)
    # advice box (patient leaflet text)
    by = H - 188
    D.rect(L, by, TW, 130, lw=0.8, stroke=GREY, fill=XLGREY)
    D.t(L + 10, by + 17, "Conseils au patient / Advice for the patient", "RB", 9.5)
    yy = by + 32
    for s in ["\u2022 Rest and raise the foot; apply ice wrapped in a cloth, 15 minutes at a time.",
              "\u2022 Drink at least 2 litres of water a day.",
              "\u2022 Avoid alcohol (especially beer), shellfish and red meat during the attack.",
              "\u2022 Do not take aspirin or ibuprofen for the pain; use paracetamol as prescribed.",
              "\u2022 See a doctor urgently if you develop a fever or the pain spreads to other joints.",
              "\u2022 Keep this letter and the prescription with you on the flight."]:
        D.t(L + 12, yy, s, "R", 8.8)
        yy += 13
    D.t(L, H - 36, "Membre d'une association de gestion agr\u00e9\u00e9e \u2013 le r\u00e8glement des "
        "honoraires par ch\u00e8que est accept\u00e9.", "R", 6.8, GREY)

    on = "2025-07-22"
    D.lab("Uric acid", "512", "\u00b5mol/L", None, None, "high", on, ["urate", "uric\u00e9mie"])
    D.lab("Creatinine", "98", "\u00b5mol/L", None, None, None, on)
    D.lab("CRP", "46", "mg/L", None, None, "high", on, ["C-reactive protein"])
    D.vit("blood_pressure", "152/88", "mmHg")
    D.vit("heart_rate", "88", "/min")
    D.vit("temperature", "37.6", "\u00b0C")
    D.cond("Acute gout", "active", "M10.9", ["gout"])
    D.cond("Hypertension", "active", "I10")
    D.cond("Type 2 diabetes", "active", "E11.9", ["type 2 diabetes mellitus", "T2DM"])
    D.cond("Hyperlipidaemia", "active", "E78.5", ["hyperlipidemia"])
    D.alg("sulfa drugs", "hives", None)
    D.med("colchicine", "Colchicine Opocalcium", "0.5", "mg", "oral", "twice daily", "new")
    D.med("paracetamol", "Doliprane", "1000", "mg", "oral", "up to three times daily as needed", "new")
    D.med("lisinopril", None, "20", "mg", "oral", "once daily", "active")
    D.med("hydrochlorothiazide", None, "25", "mg", "oral", "once daily", "held")
    D.med("atorvastatin", None, "40", "mg", "oral", "at night", "active")
    D.med("metformin", None, "1000", "mg", "oral", "twice daily", "active")
    D.mn("medications", "hydrochlorothiazide", "stopped", "withheld until GP review")
    D.mn("medications", "allopurinol", "planned", "could be started once the attack has settled")
    D.mn("conditions", "septic arthritis", "negated", "")
    D.mn("conditions", "peptic ulcer", "historical", "2016, healed")
    D.mn("conditions", "rheumatoid arthritis", "family", "mother")
    D.mn("medications", "aspirin", "leaflet", "advice box")
    D.mn("medications", "ibuprofen", "leaflet", "advice box")
    return D


@document
def d04():
    D = Doc(4, "italy_vaccination_certificate", "Italy (bilingual certificate for study abroad)",
            "immunization_record", "immunisation certificate (adult)", ["dd/mm/yyyy"], hand_font="CI")
    W, H = D.W, D.H
    L, R = 48, W - 48
    TW = R - L
    green = rgb("#2d6a3e")
    D.t(W / 2, 48, "REGIONE TOSCANA", "SB", 10, green, a="c")
    D.t(W / 2, 61, "Azienda USL Valle del Serchio \u2013 Dipartimento della Prevenzione", "S", 9, a="c")
    D.t(W / 2, 72, "U.F. Igiene Pubblica e della Nutrizione \u2013 Ambulatorio Vaccinazioni di "
        "Castelnuovo di Garfagnana", "S", 8, GREY, a="c")
    D.t(W / 2, 82, "Via dell'Ospedale 6, 55032 Castelnuovo di Garfagnana (LU) \u2013 tel. 0583 669 410",
        "S", 8, GREY, a="c")
    D.hl(L, R, 92, 1.0, green)
    D.t(W / 2, 116, "CERTIFICATO DELLE VACCINAZIONI ESEGUITE", "SB", 13, a="c")
    D.t(W / 2, 130, "Certificate of vaccinations given", "SI", 10, a="c")
    y = 156
    D.rect(L, y - 12, TW, 58, lw=0.6, stroke=GREY)
    D.t(L + 8, y, "Cognome / Surname:", "S", 8.5, GREY)
    D.t(L + 105, y, "GUIDOTTI", "SB", 10)
    D.t(L + 270, y, "Nome / Name:", "S", 8.5, GREY)
    D.t(L + 340, y, "Chiara", "SB", 10)
    D.t(L + 8, y + 15, "Nata il / Born:", "S", 8.5, GREY)
    D.t(L + 105, y + 15, "05/06/1997 a Lucca (LU)", "S", 9.5)
    D.t(L + 270, y + 15, "Codice fiscale:", "S", 8.5, GREY)
    D.t(L + 340, y + 15, "GDTCHR97H45E715X", "M", 9.5)
    D.t(L + 8, y + 30, "Residenza / Address:", "S", 8.5, GREY)
    D.t(L + 105, y + 30, "Via Roma 18, 55032 Castelnuovo di Garfagnana (LU)", "S", 9.5)
    y += 68
    D.para(L, y, TW, "Si certifica che la persona sopra indicata ha ricevuto le seguenti vaccinazioni, come "
           "risulta dall'anagrafe vaccinale regionale. / This is to certify that the person named above "
           "has received the following vaccinations, as recorded in the regional immunisation registry.",
           "S", 8.5)
    y += 34
    cols = [(150, "l"), (72, "l"), (52, "c"), (66, "c"), (74, "l"), (TW - 414, "l")]
    rows = [["Vaccino / Vaccine", "Nome commerciale / Brand", "Dose", "Data / Date", "Lotto / Lot", "Note"],
            ["Morbillo-Parotite-Rosolia (MPR) / Measles-mumps-rubella", "Priorix", "1\u00aa", "11/07/1998",
             "n.d.", "dati da registro cartaceo"],
            ["Morbillo-Parotite-Rosolia (MPR) / Measles-mumps-rubella", "Priorix", "2\u00aa", "09/04/2004",
             "n.d.", ""],
            ["Difterite-Tetano-Pertosse (dTpa) / Tetanus-diphtheria-pertussis", "Boostrix", "richiamo / booster",
             "07/10/2024", "AC37B261AA", "deltoide sx"],
            ["Influenza stagionale 2024/25 / Seasonal influenza", "Vaxigrip Tetra", "unica", "04/11/2024",
             "X3C521V", ""],
            ["Papillomavirus 9-valente (HPV9) / Human papillomavirus", "Gardasil 9", "1\u00aa", "10/11/2024",
             "U027553", "ciclo a 3 dosi"],
            ["Papillomavirus 9-valente (HPV9) / Human papillomavirus", "Gardasil 9", "2\u00aa", "09/01/2025",
             "U031948", ""],
            ["", "", "", "", "", ""]]
    ytab = y
    y = D.table(L, y, cols, rows, f="S", z=8, hf="SB", rules="grid", rcol=GREY, hbg=rgb("#e3efe5"),
                pad=3, minh=24)
    # the last row is filled in by hand by the vaccinating nurse
    hy = y - 9
    D.hand(L + 4, hy - 5, "Meningococco ACWY", z=10)
    D.hand(L + 154, hy - 5, "Nimenrix", z=10)
    D.hand(L + 236, hy - 5, "unica", z=10)
    D.hand(L + 278, hy - 5, "02/05/2025", z=10)
    D.hand(L + 344, hy - 5, "AN4012BC", z=10)
    D.hand(L + 420, hy - 5, "deltoide dx", z=9.5)
    y += 22
    D.t(L, y, "Vaccinazioni rifiutate o non indicate / Declined or not indicated", "SB", 9)
    y += 13
    for s in ["\u2022 Meningococco B (Bexsero): proposta il 02/05/2025, rifiutata dall'interessata / offered, "
              "declined.",
              "\u2022 Varicella: non indicata \u2013 pregressa malattia (chickenpox 2003) / not indicated, "
              "previous disease."]:
        y = D.para(L + 4, y, TW - 4, s, "S", 8.5)
    y += 8
    D.t(L, y, "Prossime scadenze / Next doses due", "SB", 9)
    y += 13
    for s in ["\u2022 HPV9 3\u00aa dose / HPV dose 3: luglio 2025 (July 2025)",
              "\u2022 dTpa richiamo / booster: 10/2034",
              "\u2022 Influenza 2025/26: dal mese di ottobre 2025 / from October 2025"]:
        y = D.para(L + 4, y, TW - 4, s, "S", 8.5)
    y += 8
    D.t(L, y, "Allergie note / Known allergies: nessuna / none.   Reazioni avverse / Adverse reactions: "
        "nessuna / none.", "S", 8.5)
    y += 30
    D.t(L, y, "Castelnuovo di Garfagnana, 03/06/2025", "S", 9)
    D.t(R - 170, y, "Il medico vaccinatore / Vaccinating doctor", "S", 8.5, a="l")
    D.scribble(R - 160, y + 10, 100, 20)
    D.t(R - 170, y + 44, "Dr.ssa Elena Bartolozzi", "S", 9)
    D.stamp(L + 20, y + 20, ["AZIENDA USL VALLE DEL SERCHIO", "Ambulatorio Vaccinazioni",
                             "Castelnuovo di G. (LU)"], w=170, rot=4)
    D.t(L, H - 30, "Documento rilasciato ai sensi del D.L. 73/2017. Traduzione inglese a cura del servizio.",
        "S", 6.8, GREY)

    AMB = True
    D.imm("Measles-mumps-rubella", "1998-07-11", 1, None, "Priorix", AMB)
    D.imm("Measles-mumps-rubella", "2004-04-09", 2, None, "Priorix", AMB)
    D.imm("Tetanus-diphtheria-pertussis", "2024-10-07", None, "AC37B261AA", "Boostrix", AMB)
    D.imm("Seasonal influenza", "2024-11-04", None, "X3C521V", "Vaxigrip Tetra", AMB)
    D.imm("Human papillomavirus", "2024-11-10", 1, "U027553", "Gardasil 9", AMB)
    D.imm("Human papillomavirus", "2025-01-09", 2, "U031948", "Gardasil 9", AMB)
    D.imm("Meningococco ACWY", "2025-05-02", None, "AN4012BC", "Nimenrix", AMB)
    D.mn("immunizations", "Meningococco B", "other", "offered and declined (Bexsero)")
    D.mn("immunizations", "Varicella", "other", "not indicated, previous disease")
    D.mn("conditions", "chickenpox", "historical", "2003")
    D.mn("immunizations", "HPV9 3\u00aa dose", "due", "July 2025")
    D.mn("immunizations", "dTpa richiamo", "due", "booster 10/2034")
    D.mn("immunizations", "Influenza 2025/26", "due", "from October 2025")
    return D


@document
def d05():
    D = Doc(5, "poland_medication_list", "Poland (bilingual medication list for travel)", "prescription",
            "medication list: regular and stopped medicines, handwritten change", ["dd.mm.yyyy"],
            hand_font="CI")
    W, H = D.W, D.H
    L, R = 50, W - 50
    TW = R - L
    red = rgb("#9b1c2c")
    D.t(L, 50, "NZOZ Przychodnia Rodzinna \u201eBronowice Nowe\u201d", "SB", 12.5, red)
    D.t(L, 63, "ul. Rydla 51, 30-130 Krak\u00f3w \u00b7 tel. 12 637 22 10 \u00b7 rejestracja@bronowicenowe.pl",
        "S", 8, GREY)
    D.t(L, 73, "REGON 356123987 \u00b7 NIP 677-21-94-318 \u00b7 Umowa z NFZ nr 06-00-01234-25", "S", 8, GREY)
    D.t(R, 50, "Krak\u00f3w, 03.06.2025", "S", 9.5, a="r")
    D.hl(L, R, 82, 1.4, red)
    D.t(W / 2, 106, "LISTA PRZYJMOWANYCH LEK\u00d3W / MEDICATION LIST", "SB", 13, a="c")
    D.t(W / 2, 119, "przygotowana na pobyt za granic\u0105 \u2013 prepared for the patient's stay abroad",
        "SI", 8.5, GREY, a="c")
    y = 142
    D.t(L, y, "Pacjent / Patient:", "S", 8.5, GREY)
    D.t(L + 92, y, "Krystyna W\u0105sowicz", "SB", 10)
    D.t(L + 290, y, "PESEL:", "S", 8.5, GREY)
    D.t(L + 330, y, "52030812345", "M", 9.5)
    y += 14
    D.t(L, y, "Data ur. / DOB:", "S", 8.5, GREY)
    D.t(L + 92, y, "08.03.1952", "S", 9.5)
    D.t(L + 290, y, "Adres:", "S", 8.5, GREY)
    D.t(L + 330, y, "ul. Pasteura 7/12, 30-222 Krak\u00f3w", "S", 9)
    y += 24
    D.t(L, y, "Rozpoznania / Diagnoses (ICD-10)", "SB", 9.5)
    y += 13
    for code, s in [("I10", "Nadci\u015bnienie t\u0119tnicze pierwotne / Essential (primary) hypertension"),
                    ("E11.9", "Cukrzyca typu 2 bez powik\u0142a\u0144 / Type 2 diabetes mellitus without complications"),
                    ("E03.9", "Niedoczynno\u015b\u0107 tarczycy / Hypothyroidism, unspecified")]:
        D.t(L + 8, y, code, "MB", 8.8)
        D.t(L + 52, y, s, "S", 8.8)
        y += 12
    y += 8
    D.rect(L, y - 10, TW, 18, fill=rgb("#fbe9ea"))
    D.t(L + 6, y + 2, "UCZULENIA / ALLERGIES:", "SB", 9, red)
    D.t(L + 136, y + 2, "metamizole (Pyralgin) \u2013 agranulocytosis 2011, severe", "SB", 9)
    y += 28
    D.t(L, y, "Leki sta\u0142e / Regular medicines", "SB", 10)
    y += 6
    cols = [(88, "l"), (112, "l"), (58, "l"), (150, "l"), (TW - 408, "l")]
    rows = [["Lek / Medicine", "Substancja czynna / Active substance", "Dawka / Strength",
             "Dawkowanie / Dosing", "Uwagi / Notes"],
            ["Polpril", "ramipril", "5 mg", "1 x 1 tabl. rano", ""],
            ["Bisocard", "bisoprolol", "5 mg", "1 x 1 tabl. rano", ""],
            ["Atoris", "atorvastatin", "20 mg", "1 x 1 tabl. wieczorem", ""],
            ["Siofor", "metformin", "850 mg", "2 x 1 tabl. po posi\u0142ku", "with meals"],
            ["Euthyrox N", "levothyroxine", "50 \u00b5g", "1 x 1 tabl. na czczo", "30 min before breakfast"],
            ["Polocard", "acetylsalicylic acid", "75 mg", "1 x 1 tabl. po obiedzie", ""],
            ["", "", "", "", ""]]
    ytop = y
    y = D.table(L, y, cols, rows, f="S", z=8.6, hf="SB", hz=8, rules="grid", rcol=GREY,
                hbg=rgb("#f1f1f1"), pad=3.2, minh=22)
    # handwritten change on the Bisocard row and a new line added by hand
    top, rh = D.trows[2]
    yb = top + rh / 2 + 3
    D.strike(L + 201, L + 233, top + 7.2)
    D.hand(L + 412, yb + 1, "2.5 mg (\u00bd tabl.)", z=9.5)
    top, rh = D.trows[-1]
    yb = top + rh / 2 + 4
    D.hand(L + 4, yb, "Controloc", z=10.5)
    D.hand(L + 92, yb, "pantoprazole", z=10.5)
    D.hand(L + 204, yb, "20 mg", z=10.5)
    D.hand(L + 262, yb, "1 x 1 rano", z=10.5)
    D.hand(L + 412, yb, "nowy / new", z=10)
    y += 22
    D.t(L, y, "Leki odstawione / Stopped medicines", "SB", 10)
    y += 6
    cols = [(150, "l"), (58, "l"), (90, "l"), (TW - 298, "l")]
    rows = [["Lek / Medicine", "Dawka", "Odstawiono / Stopped", "Pow\u00f3d / Reason"],
            ["Amlozek (amlodipine)", "5 mg", "14.01.2025", "obrz\u0119ki kostek / ankle oedema"],
            ["Tertensif SR (indapamide)", "1.5 mg", "10.03.2025", "hiponatremia / low sodium"],
            ["Ibuprom (ibuprofen)", "200 mg", "03.06.2025", "dolegliwo\u015bci \u017co\u0142\u0105dkowe / stomach complaints"]]
    y = D.table(L, y, cols, rows, f="S", z=8.6, hf="SB", hz=8, rules="h", rcol=GREY, pad=3)
    y += 18
    D.para(L, y, TW, "rozwa\u017cy\u0107 do\u0142\u0105czenie empagliflozyny (Jardiance 10 mg) przy HbA1c > 7% / "
           "consider adding empagliflozin at the next visit if HbA1c is above 7%. Kontrola / follow-up: HbA1c, "
           "kreatynina, s\u00f3d za 3 miesi\u0105ce.", "S", 8.8, lab="Plan:", labf="SB")
    y += 40
    D.para(L, y, TW, "1 x 1 = one tablet once a day; 2 x 1 = one tablet twice a day; rano = in the "
           "morning; wieczorem = in the evening; na czczo = on an empty stomach; "
           "tabl. = tablet.", "S", 8, col=GREY,
           lab="Obja\u015bnienia / Key:", labf="SB")
    y += 52
    D.t(R - 180, y, "Lekarz / Physician", "S", 8.5, GREY)
    D.stamp(R - 190, y + 8, ["lek. med. Tomasz \u017burawski", "specjalista medycyny rodzinnej",
                             "NPWZ 2748193"], w=165, rot=0, f="SB", z=7.5, col=rgb("#2c3f8f"))
    D.scribble(R - 160, y + 14, 110, 22)

    D.cond("Essential (primary) hypertension", "active", "I10", ["hypertension", "Nadci\u015bnienie t\u0119tnicze"])
    D.cond("Type 2 diabetes mellitus", "active", "E11.9", ["type 2 diabetes", "Cukrzyca typu 2"])
    D.cond("Hypothyroidism", "active", "E03.9", ["Niedoczynno\u015b\u0107 tarczycy"])
    D.alg("metamizole", "agranulocytosis", "severe")
    D.med("ramipril", "Polpril", "5", "mg", "oral", "once daily", "active")
    D.med("bisoprolol", "Bisocard", "2.5", "mg", "oral", "once daily", "changed")
    D.med("atorvastatin", "Atoris", "20", "mg", "oral", "once daily (evening)", "active")
    D.med("metformin", "Siofor", "850", "mg", "oral", "twice daily", "active")
    D.med("levothyroxine", "Euthyrox N", "50", "\u00b5g", "oral", "once daily", "active")
    D.med("aspirin", "Polocard", "75", "mg", "oral", "once daily", "active")
    D.med("pantoprazole", "Controloc", "20", "mg", "oral", "once daily", "new")
    D.med("amlodipine", "Amlozek", "5", "mg", "oral", None, "stopped")
    D.med("indapamide", "Tertensif SR", "1.5", "mg", "oral", None, "stopped")
    D.med("ibuprofen", "Ibuprom", "200", "mg", "oral", None, "stopped")
    D.mn("medications", "amlodipine", "stopped", "14.01.2025")
    D.mn("medications", "indapamide", "stopped", "10.03.2025")
    D.mn("medications", "ibuprofen", "stopped", "03.06.2025")
    D.mn("medications", "empagliflozin", "planned", "consider at next visit")
    return D


@document
def d06():
    D = Doc(6, "estonia_lab_previous_results", "Estonia", "lab_result",
            "lab report: flag column and previous-result column", ["dd.mm.yyyy"], ext="jpg",
            scan=dict(dpi=170, angles=[1.3]))
    W, H = D.W, D.H
    L, R = 46, W - 46
    TW = R - L
    blue = rgb("#1d4f91")
    D.rect(L, 36, 30, 30, fill=blue)
    D.t(L + 15, 56, "LKD", "SB", 9, white, a="c")
    D.t(L + 40, 48, "L\u00f5una Kliinilise Diagnostika Labor O\u00dc", "SB", 12.5, blue)
    D.t(L + 40, 60, "South Estonian Clinical Diagnostics Laboratory \u00b7 Riia 167, 50411 Tartu", "S", 8, GREY)
    D.t(L + 40, 70, "tel +372 736 9210 \u00b7 www.lkdlabor.ee \u00b7 akrediteeritud EAK L-041", "S", 8, GREY)
    D.t(R, 48, "ANAL\u00dc\u00dcSIDE VASTUS", "SB", 11, a="r")
    D.t(R, 60, "Laboratory report", "S", 9, a="r")
    D.hl(L, R, 80, 0.8, blue)
    y = 96
    left = [("Patsient / Patient:", "Liis Ojaveer"), ("Isikukood / ID code:", "48702150237"),
            ("S\u00fcnd. / DOB:", "15.02.1987   Sugu / Sex: N (F)")]
    right = [("Tellija / Ordered by:", "dr Kadri Lepik, perearst"), ("", "Tamme Perearstikeskus, Tartu"),
             ("Proov v\u00f5etud / Collected:", "28.04.2025 08:45"),
             ("Vastus / Reported:", "29.04.2025 11:20")]
    for i, (a, b) in enumerate(left):
        D.t(L, y + i * 12, a, "S", 8.2, GREY)
        D.t(L + 92, y + i * 12, b, "SB" if i == 0 else "S", 9)
    for i, (a, b) in enumerate(right):
        if a:
            D.t(L + 268, y + i * 12, a, "S", 8.2, GREY)
        D.t(L + 380, y + i * 12, b, "S", 8.8)
    y += 58
    cols = [(172, "l"), (48, "r"), (32, "c"), (52, "l"), (70, "l"), (TW - 374, "l")]
    sect = lambda s: [(s, "SB", blue), "", "", "", "", ""]  # noqa: E731
    rows = [["Anal\u00fc\u00fcs / Test", "Tulemus", "M\u00e4rge", "\u00dchik / Unit", "Referents",
             "Eelmine tulemus / Previous"],
            sect("HEMATOLOOGIA / HAEMATOLOGY"),
            ["B-Hb Hemoglobiin / Haemoglobin", ("109", "SB"), ("L", "SB"), "g/L", "117 \u2013 153", "121 (14.01.2025)"],
            ["B-MCV", ("76", "SB"), ("L", "SB"), "fL", "80 \u2013 100", "79 L (14.01.2025)"],
            ["B-WBC Leukots\u00fc\u00fcdid / Leukocytes", "6.4", "", "E9/L", "3.5 \u2013 8.8", ""],
            ["B-PLT Trombots\u00fc\u00fcdid / Platelets", ("412", "SB"), ("H", "SB"), "E9/L", "145 \u2013 390", ""],
            sect("KLIINILINE KEEMIA / CHEMISTRY"),
            ["S-Ferritin", ("6", "SB"), ("L", "SB"), "\u00b5g/L", "13 \u2013 150", "11 L (14.01.2025)"],
            ["S-CRP", "<5", "", "mg/L", "< 5", ""],
            ["S-Crea Kreatiniin / Creatinine", "64", "", "\u00b5mol/L", "45 \u2013 84", "61 (02.09.2024)"],
            ["B-HbA1c", "36", "", "mmol/mol", "20 \u2013 42", ""],
            sect("HORMOONID / HORMONES"),
            ["S-TSH", "2.84", "", "mIU/L", "0.40 \u2013 4.00", "3.12 (02.09.2024)"],
            ]
    y = D.table(L, y, cols, rows, f="S", z=8.4, hf="SB", hz=8, rules="h", rcol=LGREY, pad=3,
                hbg=rgb("#e6edf7"))
    y += 16
    D.t(L + 3, y, "OOTEL / PENDING", "SB", 8.4, blue)
    y += 13
    D.t(L + 3, y, "S-tTG IgA (ts\u00f6liaakia / coeliac serology):", "S", 8.4)
    D.t(L + 230, y, "vastus j\u00e4rgneb / result to follow", "SI", 8.4)
    y += 12
    D.t(L + 3, y, "F-Hb peitveri / faecal occult blood:", "S", 8.4)
    D.t(L + 230, y, "proov saabumata / sample not received", "SI", 8.4)
    y += 22
    D.t(L, y, "M\u00e4rge / Flag: H \u2013 \u00fcle referentsv\u00e4\u00e4rtuse / above reference; L \u2013 alla "
        "referentsv\u00e4\u00e4rtuse / below reference.", "S", 7.6, GREY)
    y += 11
    D.t(L, y, "Eelmise tulemuse kuup\u00e4ev sulgudes / date of the previous result in brackets.", "S", 7.6, GREY)
    y += 28
    D.t(L, y, "Vastuse kinnitas / Validated by:", "S", 8.5, GREY)
    D.t(L + 140, y, "Mart Sepp, laboriarst / laboratory physician, 29.04.2025 11:20", "S", 8.8)

    def foot(d):
        d.hl(L, R, H - 30, 0.4, LGREY)
        d.t(L, H - 21, "Liis Ojaveer \u00b7 48702150237 \u00b7 tellimus / order 2504-28-0913", "S", 7, GREY)
        d.t(R, H - 21, "Lk 1/1", "S", 7, GREY, a="r")
    D.footer_hook = foot

    on, p1, p2 = "2025-04-28", "2025-01-14", "2024-09-02"
    D.lab("Haemoglobin", "109", "g/L", 117.0, 153.0, "low", on, ["Hemoglobiin", "Hb", "B-Hb"])
    D.lab("Haemoglobin", "121", "g/L", 117.0, 153.0, "normal", p1, ["Hemoglobiin", "Hb", "B-Hb"])
    D.lab("MCV", "76", "fL", 80.0, 100.0, "low", on, ["B-MCV", "mean corpuscular volume"])
    D.lab("MCV", "79", "fL", 80.0, 100.0, "low", p1, ["B-MCV", "mean corpuscular volume"])
    D.lab("Leukocytes", "6.4", "E9/L", 3.5, 8.8, "normal", on, ["WBC", "B-WBC"])
    D.lab("Platelets", "412", "E9/L", 145.0, 390.0, "high", on, ["PLT", "B-PLT"])
    D.lab("Ferritin", "6", "\u00b5g/L", 13.0, 150.0, "low", on, ["S-Ferritin"])
    D.lab("Ferritin", "11", "\u00b5g/L", 13.0, 150.0, "low", p1, ["S-Ferritin"])
    D.lab("CRP", "<5", "mg/L", None, 5.0, "normal", on, ["S-CRP", "C-reactive protein"], rt="< 5", vn=None)
    D.lab("Creatinine", "64", "\u00b5mol/L", 45.0, 84.0, "normal", on, ["Kreatiniin", "S-Crea"])
    D.lab("Creatinine", "61", "\u00b5mol/L", 45.0, 84.0, "normal", p2, ["Kreatiniin", "S-Crea"])
    D.lab("HbA1c", "36", "mmol/mol", 20.0, 42.0, "normal", on, ["B-HbA1c"])
    D.lab("TSH", "2.84", "mIU/L", 0.40, 4.00, "normal", on, ["S-TSH"])
    D.lab("TSH", "3.12", "mIU/L", 0.40, 4.00, "normal", p2, ["S-TSH"])
    D.mn("labs", "tTG IgA", "other", "pending, result to follow")
    D.mn("labs", "faecal occult blood", "other", "sample not received")
    return D


@document
def d07():
    D = Doc(7, "monaco_endocrinology_letter", "Monaco (English letter)", "medical_record",
            "letter: specialist (endocrinology) to GP", ["dd/mm/yyyy"], hand_font="RI")
    W, H = D.W, D.H
    L, R = 66, W - 66
    TW = R - L
    gold = rgb("#8a6d2b")
    D.t(W / 2, 52, "CENTRE M\u00c9DICAL DE FONTVIEILLE", "RB", 13, gold, a="c")
    D.t(W / 2, 66, "Docteur Philippe GARNIER-BOSIO", "R", 10.5, a="c")
    D.t(W / 2, 78, "Endocrinologie \u2013 Diab\u00e9tologie \u2013 Maladies m\u00e9taboliques", "RI", 9, a="c")
    D.t(W / 2, 90, "Le Coronado, 20 avenue de Fontvieille \u2013 MC 98000 MONACO \u2013 T\u00e9l. +377 97 70 42 18",
        "R", 8, GREY, a="c")
    D.hl(W / 2 - 90, W / 2 + 90, 98, 0.6, gold)
    D.t(R, 124, "Monaco, le 16/09/2025", "R", 10, a="r")
    y = 146
    for s in ["Dr Alistair Brenner", "Cabinet m\u00e9dical du Port", "7, quai Antoine Ier",
              "MC 98000 Monaco"]:
        D.t(L, y, s, "R", 10)
        y += 13
    y += 12
    D.t(L, y, "Re: Mrs Sophie ASHWORTH-LYLE, born 27/08/1984", "RB", 10.2)
    y += 24
    D.t(L, y, "Dear Alistair,", "R", 10.5)
    y += 18
    P = lambda s, yy: D.para(L, yy, TW, s, "R", 10.3, lead=14.2) + 7  # noqa: E731
    y = P("I reviewed Sophie today for her Graves' disease, diagnosed in March this year. She feels much "
          "better: the palpitations have settled, her weight is stable and she is sleeping well. There "
          "are no signs of thyroid eye disease.", y)
    y = P("Treatment: I have reduced N\u00e9o-Mercazole (carbimazole) from 30 mg to 20 mg once daily. "
          "Propranolol (Avlocardyl 40 mg) has been stopped, as her heart rate is now normal. She "
          "continues Seretide 250 Evohaler (fluticasone/salmeterol 250/25 \u00b5g), 2 puffs twice daily, "
          "and Ventoline 100 \u00b5g as needed for her asthma, which is well controlled.", y)
    y = P("Examination: heart rate 78/min, regular; blood pressure 124/72 mmHg; weight 61.5 kg. Small "
          "diffuse goitre without bruit, no tremor.", y)
    y = P("Blood tests of 11/09/2025 (Laboratoire Biomonaco): TSH still suppressed at <0.01 mIU/L; free "
          "T4 19.6 pmol/L (ref 12\u201322) and free T3 5.9 pmol/L (ref 3.1\u20136.8) are now normal. TRAb "
          "4.2 IU/L (positive; ref <1.75). Neutrophils 2.1 G/L and ALT 22 U/L: no haematological or "
          "hepatic toxicity.", y)
    y = P("Other history: postnatal depression after her first pregnancy (2016), resolved. She is allergic "
          "to amoxicillin (urticaria). Her sister has Hashimoto's thyroiditis.", y)
    y = P("Plan: continue carbimazole 20 mg and repeat thyroid function in six weeks; total treatment "
          "12 to 18 months. Should she relapse after stopping, radioactive iodine or surgery would be "
          "discussed. I have reminded her to stop carbimazole and have an urgent blood count if she "
          "develops a sore throat or fever.", y)
    y += 2
    D.t(L, y, "With kind regards,", "R", 10.3)
    D.hand(L + 150, y + 2, "Amiti\u00e9s, Philippe", z=12)
    D.scribble(L + 4, y + 8, 100, 22)
    y += 44
    D.t(L, y, "Dr Philippe Garnier-Bosio", "R", 10)
    D.t(L, y + 24, "Copy: Mrs S. Ashworth-Lyle", "R", 8.5, GREY)

    def foot(d):
        d.t(W / 2, H - 26, "Ordre des M\u00e9decins de Monaco n\u00b0 1187 \u2013 Conventionn\u00e9 CCSS",
            "R", 7, GREY, a="c")
    D.footer_hook = foot

    on = "2025-09-11"
    D.lab("TSH", "<0.01", "mIU/L", None, None, None, on, vn=None)
    D.lab("Free T4", "19.6", "pmol/L", 12.0, 22.0, "normal", on, ["fT4", "free thyroxine"])
    D.lab("Free T3", "5.9", "pmol/L", 3.1, 6.8, "normal", on, ["fT3"])
    D.lab("TRAb", "4.2", "IU/L", None, 1.75, "abnormal", on, ["TSH receptor antibodies"], rt="<1.75")
    D.lab("Neutrophils", "2.1", "G/L", None, None, None, on)
    D.lab("ALT", "22", "U/L", None, None, None, on)
    D.vit("heart_rate", "78", "/min")
    D.vit("blood_pressure", "124/72", "mmHg")
    D.vit("weight", "61.5", "kg")
    D.cond("Graves' disease", "active", "E05.0", ["Graves disease", "hyperthyroidism"])
    D.cond("Asthma", "active", "J45.9")
    D.alg("amoxicillin", "urticaria", None)
    D.med("carbimazole", "N\u00e9o-Mercazole", "20", "mg", "oral", "once daily", "changed")
    D.med("propranolol", "Avlocardyl", "40", "mg", "oral", None, "stopped")
    D.med("fluticasone/salmeterol", "Seretide 250 Evohaler", "250/25", "\u00b5g", "inhaled",
          "2 puffs twice daily", "active")
    D.med("salbutamol", "Ventoline", "100", "\u00b5g", "inhaled", "as needed", "active")
    D.mn("medications", "propranolol", "stopped", "")
    D.mn("conditions", "thyroid eye disease", "negated", "")
    D.mn("conditions", "postnatal depression", "historical", "2016, resolved")
    D.mn("conditions", "Hashimoto's thyroiditis", "family", "sister")
    return D


@document
def d08():
    D = Doc(8, "chile_lab_urinalysis", "Chile (Spanish/English report)", "lab_result",
            "lab report: flags in brackets after values, urinalysis, 2 pages", ["dd-mm-yyyy"],
            pagesize=letter)
    W, H = D.W, D.H
    L, R = 48, W - 48
    TW = R - L
    col = rgb("#0b6e4f")

    def head(d):
        d.circle(L + 14, 50, 14, fill=col)
        d.t(L + 14, 54, "AS", "SB", 10, white, a="c")
        d.t(L + 36, 46, "Laboratorio Cl\u00ednico Andes Sur", "SB", 13, col)
        d.t(L + 36, 58, "Av. Providencia 2133, of. 402, Providencia, Santiago \u00b7 Fono +56 2 2946 1180",
            "S", 7.8, GREY)
        d.t(R, 46, "INFORME DE RESULTADOS", "SB", 10, a="r")
        d.t(R, 58, "Laboratory results", "S", 8.5, GREY, a="r")
        d.rect(L, 72, TW, 52, fill=rgb("#eef5f1"))
        rows = [("Paciente:", "FUENZALIDA ARAYA, RODRIGO ANDR\u00c9S", "RUT:", "12.345.678-5"),
                ("Edad / Sexo:", "52 a\u00f1os / M", "N\u00b0 orden:", "250317-0448"),
                ("M\u00e9dico:", "Dra. Francisca Undurraga M.", "Toma de muestra:", "17-03-2025 08:20"),
                ("Procedencia:", "Consulta particular", "Fecha informe:", "17-03-2025 16:45")]
        for i, (a, b, c2, e) in enumerate(rows):
            yy = 84 + i * 11.5
            d.t(L + 6, yy, a, "S", 7.8, GREY)
            d.t(L + 76, yy, b, "SB" if i == 0 else "S", 8.4)
            d.t(L + 320, yy, c2, "S", 7.8, GREY)
            d.t(L + 400, yy, e, "S", 8.4)

    def foot(d):
        d.hl(L, R, H - 34, 0.4, LGREY)
        d.t(L, H - 25, "Valores fuera de rango se marcan [H] alto / [L] bajo / [*] anormal. "
            "Resultados validados por T.M. Ignacio Bravo S.", "S", 6.8, GREY)
        d.t(R, H - 25, f"P\u00e1gina {d.page_no} de 2", "S", 7, GREY, a="r")
    D.header_hook = head
    D.footer_hook = foot
    head(D)
    cols = [(190, "l"), (132, "l"), (82, "l"), (TW - 404, "l")]
    hdr = ["Examen / Test", "Resultado", "Unidad", "Valor de referencia"]

    def block(y, title, rows):
        D.t(L, y, title, "SB", 9.5, col)
        D.hl(L, R, y + 3, 0.8, col)
        return D.table(L, y + 6, cols, [hdr] + rows, f="S", z=8.6, hf="SB", hz=7.8, rules="dots",
                       rcol=GREY, pad=3.4) + 18

    y = 146
    y = block(y, "HEMOGRAMA / COMPLETE BLOOD COUNT", [
        ["Hemoglobina / Haemoglobin", "15.1", "g/dL", "13.0 - 17.0"],
        ["Recuento de leucocitos / White blood cells", "7.800", "/mm\u00b3", "4.500 - 11.000"],
        ["Hematocrito / Haematocrit", "45.2", "%", "40.0 - 52.0"]])
    y = block(y, "PERFIL BIOQU\u00cdMICO / CHEMISTRY", [
        ["Glicemia / Glucose", ("104 [H]", "SB"), "mg/dL", "70 - 100"],
        ["\u00c1cido \u00farico / Uric acid", ("7.9 [H]", "SB"), "mg/dL", "3.5 - 7.2"]])
    y = block(y, "PERFIL LIP\u00cdDICO / LIPID PROFILE", [
        ["Colesterol total / Total cholesterol", ("236 [H]", "SB"), "mg/dL", "< 200"],
        ["Triglic\u00e9ridos / Triglycerides", ("212 [H]", "SB"), "mg/dL", "< 150"],
        ["Colesterol HDL / HDL cholesterol", ("38 [L]", "SB"), "mg/dL", "> 40"],
        ["Colesterol LDL (calculado) / LDL cholesterol", ("156 [H]", "SB"), "mg/dL", "< 130"]])
    D.t(L, y, "Ayuno de 10 horas. Muestra de suero sin hem\u00f3lisis ni lipemia.", "SI", 8, GREY)
    D.newpage()
    y = 146
    y = block(y, "ORINA COMPLETA / URINALYSIS \u2013 examen f\u00edsico-qu\u00edmico", [
        ["Color / Colour", "Amarillo / Yellow", "", "Amarillo"],
        ["Aspecto / Appearance", "Turbio / Cloudy", "", "Claro"],
        ["pH", "6.0", "", "5.0 - 8.0"],
        ["Prote\u00ednas / Protein", "Negativo / Negative", "", "Negativo"],
        ["Cuerpos cet\u00f3nicos / Ketones", "Negativo / Negative", "", "Negativo"],
        ["Nitritos / Nitrite", ("Positivo / Positive [*]", "SB"), "", "Negativo"],
        ["Leucocitos (esterasa) / Leukocyte esterase", ("Positivo (++) / Positive [*]", "SB"), "", "Negativo"]])
    y = block(y, "SEDIMENTO URINARIO / URINE MICROSCOPY", [
        ["Leucocitos / White cells", ("10-15 [H]", "SB"), "por campo (/hpf)", "0-5"],
        ["Bacterias / Bacteria", "Abundantes", "", "Escasas"],
        ["C\u00e9lulas epiteliales / Epithelial cells", "Escasas", "", "Escasas"]])
    D.t(L, y, "Urocultivo / Urine culture: en proceso \u2013 se informar\u00e1 en 48 horas (pending).", "S", 8.8)
    y += 14
    D.t(L, y, "Muestra: orina de segundo chorro, primera de la ma\u00f1ana.", "SI", 8, GREY)
    y += 40
    D.scribble(R - 150, y, 100, 20, col=INK2)
    D.t(R - 160, y + 34, "T.M. Ignacio Bravo Sep\u00falveda", "S", 8.5)
    D.t(R - 160, y + 45, "Tecn\u00f3logo M\u00e9dico \u2013 Jefe de laboratorio", "S", 7.8, GREY)

    on = "2025-03-17"
    D.lab("Haemoglobin", "15.1", "g/dL", 13.0, 17.0, "normal", on, ["Hemoglobina", "Hb"])
    D.lab("White blood cells", "7.800", "/mm\u00b3", 4500.0, 11000.0, "normal", on,
          ["Recuento de leucocitos", "WBC", "leukocytes"], vn=7800.0)
    D.lab("Haematocrit", "45.2", "%", 40.0, 52.0, "normal", on, ["Hematocrito", "Hct"])
    D.lab("Glucose", "104", "mg/dL", 70.0, 100.0, "high", on, ["Glicemia"])
    D.lab("Uric acid", "7.9", "mg/dL", 3.5, 7.2, "high", on, ["\u00c1cido \u00farico"])
    D.lab("Total cholesterol", "236", "mg/dL", None, 200.0, "high", on, ["Colesterol total"], rt="< 200")
    D.lab("Triglycerides", "212", "mg/dL", None, 150.0, "high", on, ["Triglic\u00e9ridos", "TG"], rt="< 150")
    D.lab("HDL cholesterol", "38", "mg/dL", 40.0, None, "low", on, ["Colesterol HDL", "HDL"], rt="> 40")
    D.lab("LDL cholesterol", "156", "mg/dL", None, 130.0, "high", on, ["Colesterol LDL", "LDL"], rt="< 130")
    D.lab("Urine pH", "6.0", None, 5.0, 8.0, "normal", on, ["pH"])
    D.lab("Urine protein", "Negative", None, None, None, "normal", on, ["Prote\u00ednas", "Protein"],
          rt="Negativo")
    D.lab("Urine ketones", "Negative", None, None, None, "normal", on, ["Cuerpos cet\u00f3nicos", "Ketones"],
          rt="Negativo", opt=True)
    D.lab("Nitrite", "Positive", None, None, None, "abnormal", on, ["Nitritos"], rt="Negativo")
    D.lab("Leukocyte esterase", "Positive", None, None, None, "abnormal", on, ["Leucocitos (esterasa)"],
          rt="Negativo")
    D.lab("Urine white cells", "10-15", "/hpf", 0.0, 5.0, "high", on, ["Leucocitos", "White cells"],
          rt="0-5", vn=None)
    D.mn("labs", "Urine culture", "other", "pending (en proceso)")
    return D


@document
def d09():
    D = Doc(9, "argentina_epicrisis", "Argentina (English epicrisis for travel insurance)",
            "discharge_summary", "discharge summary (surgical), boxed sections, 2 pages", ["dd/mm/yyyy"])
    W, H = D.W, D.H
    L, R = 42, W - 42
    TW = R - L
    sky = rgb("#2f6f9f")

    def head(d):
        d.t(L, 44, "Sanatorio San Telmo Sur", "SB", 14, sky)
        d.t(L, 56, "Defensa 1450, C1143AAF Ciudad Aut\u00f3noma de Buenos Aires \u00b7 Tel. (011) 4307-5500",
            "S", 7.8, GREY)
        d.t(R, 44, "EPICRISIS / DISCHARGE SUMMARY", "SB", 10.5, a="r")
        d.t(R, 56, "Servicio de Cirug\u00eda General", "S", 8.5, GREY, a="r")
        d.hl(L, R, 63, 1.0, sky)

    def foot(d):
        d.t(L, H - 24, "HC 00-884213 \u00b7 LINDQVIST, Heather Anne \u00b7 impreso 05/02/2025 11:42", "S", 7, GREY)
        d.t(R, H - 24, f"Hoja {d.page_no}/2", "S", 7, GREY, a="r")
    D.header_hook = head
    D.footer_hook = foot
    head(D)

    def bar(y, title):
        D.rect(L, y, TW, 14, fill=rgb("#dce8f2"))
        D.t(L + 5, y + 10.2, title, "SB", 8.6, sky)
        return y + 26

    y = 72
    grid = [("Paciente / Patient", "LINDQVIST, Heather Anne", "Historia cl\u00ednica", "00-884213"),
            ("Documento", "Pasaporte CA HK482915", "Edad / Sexo", "58 / F"),
            ("Cobertura / Insurance", "TravelSure Global \u2013 claim TSG-25-0093381", "Habitaci\u00f3n", "412-B"),
            ("Ingreso / Admitted", "02/02/2025 09:40 (Guardia)", "Egreso / Discharged", "05/02/2025 11:00"),
            ("M\u00e9dico tratante", "Dr. Mart\u00edn Echeverr\u00eda (MN 118.442)", "Tipo de egreso", "Alta m\u00e9dica")]
    for i, (a, b, c2, e) in enumerate(grid):
        yy = y + i * 15
        D.rect(L, yy, TW, 15, lw=0.4, stroke=LGREY)
        D.t(L + 4, yy + 10.5, a, "S", 7.5, GREY)
        D.t(L + 100, yy + 10.5, b, "S", 8.5)
        D.t(L + 330, yy + 10.5, c2, "S", 7.5, GREY)
        D.t(L + 420, yy + 10.5, e, "S", 8.5)
    y += 5 * 15 + 12
    y = bar(y, "MOTIVO DE INGRESO / REASON FOR ADMISSION")
    y = D.para(L + 4, y, TW - 8, "Right upper quadrant pain for 24 hours with fever and vomiting, while on "
               "holiday in Buenos Aires.", "S", 9) + 6
    y = bar(y, "ANTECEDENTES / PAST HISTORY")
    y = D.para(L + 4, y, TW - 8, "Hypothyroidism on levothyroxine. Dyslipidaemia on rosuvastatin. Left breast "
               "cancer 2012 treated with lumpectomy and radiotherapy, in remission since. Caesarean section 1994. "
               "Non-smoker.", "S", 9)
    y = D.para(L + 4, y + 2, TW - 8, "latex (contact dermatitis); metoclopramide (acute dystonia).", "S", 9,
               lab="Alergias / Allergies:", labf="SB") + 6
    y = bar(y, "EXAMEN F\u00cdSICO AL INGRESO / EXAMINATION ON ADMISSION")
    y = D.para(L + 4, y, TW - 8, "T 38.2 \u00b0C \u00b7 FC 104 lpm \u00b7 TA 132/80 mmHg \u00b7 SatO2 97 % (aire "
               "ambiente). Tender right upper quadrant, positive Murphy's sign. No jaundice. Rest of "
               "examination unremarkable.", "S", 9) + 6
    y = bar(y, "LABORATORIO DE INGRESO / ADMISSION BLOODS (02/02/2025)")
    cols = [(170, "l"), (60, "r"), (30, "c"), (70, "l"), (110, "l")]
    rows = [["Determinaci\u00f3n", "Resultado", "", "Unidad", "Valores de referencia"],
            ["Gl\u00f3bulos blancos / WBC", ("14.2", "SB"), ("H", "SB"), "x10\u00b3/\u00b5L", "4.0 \u2013 10.0"],
            ["Bilirrubina total / Total bilirubin", ("1.4", "SB"), ("H", "SB"), "mg/dL", "0.2 \u2013 1.2"],
            ["Fosfatasa alcalina / ALP", ("198", "SB"), ("H", "SB"), "U/L", "31 \u2013 100"],
            ["Amilasa / Amylase", "62", "", "U/L", "28 \u2013 100"],
            ["PCR / CRP", ("9.6", "SB"), ("H", "SB"), "mg/dL", "< 0.5"]]
    y = D.table(L + 4, y - 8, cols, rows, f="S", z=8.4, hf="SB", hz=7.8, rules="underhead", rcol=GREY,
                pad=2.4) + 12
    y = bar(y, "IM\u00c1GENES / IMAGING")
    y = D.para(L + 4, y, TW - 8, "Abdominal ultrasound (02/02): distended gallbladder, wall 5 mm, multiple "
               "stones, positive sonographic Murphy; common bile duct 4 mm, not dilated. Pancreas normal.",
               "S", 9) + 6
    y = bar(y, "EVOLUCI\u00d3N / HOSPITAL COURSE")
    y = D.para(L + 4, y, TW - 8, "Started on ceftriaxone 2 g IV every 24 h and metronidazole 500 mg IV every "
               "8 h. Laparoscopic cholecystectomy on 03/02/2025 without complications (Dr. Echeverr\u00eda / Dr. "
               "Paz). Analgesia with ketorolac IV as required. Afebrile from day 2, tolerating a normal diet, "
               "wounds clean. Amylase normal: no pancreatitis. Histopathology of the gallbladder pending; it "
               "will be sent to the patient by e-mail.", "S", 9)
    D.newpage()
    y = 80
    y = bar(y, "DIAGN\u00d3STICO DE EGRESO / DISCHARGE DIAGNOSES")
    for s in ["1. Acute calculous cholecystitis (K80.00) \u2013 laparoscopic cholecystectomy 03/02/2025",
              "2. Hypothyroidism (E03.9)", "3. Dyslipidaemia (E78.5)"]:
        D.t(L + 6, y, s, "S", 9)
        y += 13
    y += 6
    y = bar(y, "INDICACIONES AL ALTA / DISCHARGE MEDICATION")
    cols = [(200, "l"), (200, "l"), (TW - 400, "l")]
    rows = [["Medicamento", "Posolog\u00eda / Dosing", "Duraci\u00f3n / Duration"],
            ["Optamox Duo (amoxicillin/clavulanic acid 875/125 mg)", "1 tablet every 12 h", "5 days (new)"],
            ["Ibupirac 400 (ibuprofen 400 mg)", "1 tablet every 8 h with food", "5 days, then if needed (new)"],
            ["Omeprazol 20 mg", "1 capsule before breakfast", "while taking ibuprofen (new)"],
            ["T4 Montpellier (levothyroxine) 100 \u00b5g", "1 tablet daily, fasting", "continue"],
            ["Rosuvastatina (rosuvastatin) 10 mg", "1 tablet at night", "continue"]]
    y = D.table(L + 4, y - 8, cols, rows, f="S", z=8.6, hf="SB", hz=8, rules="h", rcol=LGREY, pad=3) + 14
    y = bar(y, "OTRAS INDICACIONES / OTHER INSTRUCTIONS")
    for s in ["No lifting of more than 5 kg for 4 weeks. Shower allowed; keep wounds dry.",
              "Wound check and removal of sutures on 12/02/2025 in our outpatient clinic, or with her own "
              "surgeon in Canada.",
              "Fit to fly from 09/02/2025.",
              "Return to the emergency department if fever, jaundice, increasing abdominal pain or wound "
              "discharge."]:
        D.t(L + 6, y, "\u2022", "S", 9)
        y = D.para(L + 16, y, TW - 20, s, "S", 9)
    y += 30
    D.scribble(R - 170, y, 110, 22)
    D.t(R - 180, y + 36, "Dr. Mart\u00edn Echeverr\u00eda", "SB", 9)
    D.t(R - 180, y + 47, "M\u00e9dico de planta \u2013 Cirug\u00eda General \u2013 MN 118.442", "S", 8, GREY)

    on = "2025-02-02"
    D.lab("White blood cells", "14.2", "x10\u00b3/\u00b5L", 4.0, 10.0, "high", on, ["Gl\u00f3bulos blancos", "WBC"])
    D.lab("Total bilirubin", "1.4", "mg/dL", 0.2, 1.2, "high", on, ["Bilirrubina total"])
    D.lab("Alkaline phosphatase", "198", "U/L", 31.0, 100.0, "high", on, ["Fosfatasa alcalina", "ALP"])
    D.lab("Amylase", "62", "U/L", 28.0, 100.0, "normal", on, ["Amilasa"])
    D.lab("CRP", "9.6", "mg/dL", None, 0.5, "high", on, ["PCR", "C-reactive protein"], rt="< 0.5")
    D.vit("temperature", "38.2", "\u00b0C")
    D.vit("heart_rate", "104", "lpm")
    D.vit("blood_pressure", "132/80", "mmHg")
    D.vit("oxygen_saturation", "97", "%")
    D.alg("latex", "contact dermatitis", None)
    D.alg("metoclopramide", "acute dystonia", None)
    D.cond("Acute calculous cholecystitis", "active", "K80.00", ["cholecystitis"], opt=True)
    D.cond("Hypothyroidism", "active", "E03.9")
    D.cond("Dyslipidaemia", "active", "E78.5", ["dyslipidemia"])
    D.med("amoxicillin/clavulanic acid", "Optamox Duo", "875/125", "mg", "oral", "every 12 hours", "new")
    D.med("ibuprofen", "Ibupirac 400", "400", "mg", "oral", "every 8 hours", "new")
    D.med("omeprazole", "Omeprazol", "20", "mg", "oral", "once daily", "new")
    D.med("levothyroxine", "T4 Montpellier", "100", "\u00b5g", "oral", "once daily", "active")
    D.med("rosuvastatin", "Rosuvastatina", "10", "mg", "oral", "at night", "active")
    D.mn("medications", "ceftriaxone", "other", "IV during admission")
    D.mn("medications", "metronidazole", "other", "IV during admission")
    D.mn("medications", "ketorolac", "other", "IV as required during admission")
    D.mn("conditions", "breast cancer", "historical", "2012, in remission")
    D.mn("conditions", "pancreatitis", "negated", "")
    D.mn("labs", "Histopathology", "other", "pending")
    return D


@document
def d10():
    D = Doc(10, "uruguay_child_vaccination_card", "Uruguay (bilingual child vaccination card)",
            "immunization_record", "immunisation record: child card, handwritten entries",
            ["dd/mm/yyyy", "dd/mm/yy"], ext="png", pagesize=landscape(A4),
            scan=dict(dpi=150, angles=[-0.9]), hand_font="SI")
    W, H = D.W, D.H
    L, R = 40, W - 40
    TW = R - L
    blue = rgb("#1c3f94")
    D.rect(L, 30, 6, 46, fill=blue)
    D.t(L + 14, 42, "REP\u00daBLICA ORIENTAL DEL URUGUAY", "SB", 9, blue)
    D.t(L + 14, 55, "Ministerio de Salud P\u00fablica \u2013 Programa Nacional de Vacunaciones", "S", 8.5)
    D.t(L + 14, 67, "Certificado Esquema de Vacunaci\u00f3n (CEV) \u2013 ni\u00f1os / Vaccination card (child)",
        "SB", 10)
    D.t(R, 42, "CEV N\u00ba 0 4 8 2 1 1 7 5", "MB", 10, a="r")
    D.t(R, 55, "Vacunatorio: Policl\u00ednica Cerro Norte, Montevideo", "S", 8, a="r")
    y = 92
    D.rect(L, y - 10, TW, 34, lw=0.6, stroke=blue)
    D.t(L + 6, y, "Nombre / Name:", "S", 8, GREY)
    D.t(L + 80, y, "SOSA PEREYRA, Valentina", "SB", 10)
    D.t(L + 300, y, "C.I.:", "S", 8, GREY)
    D.t(L + 325, y, "6.482.117-3", "M", 9.5)
    D.t(L + 450, y, "Sexo: F", "S", 9)
    D.t(L + 6, y + 15, "Fecha de nacimiento / Date of birth:", "S", 8, GREY)
    D.t(L + 160, y + 15, "19/10/2024", "SB", 9.5)
    D.t(L + 300, y + 15, "Madre / Mother:", "S", 8, GREY)
    D.t(L + 370, y + 15, "Luc\u00eda Pereyra", "S", 9)
    D.t(L + 530, y + 15, "Tel.: 099 418 276", "S", 9)
    y += 36
    cols = [(205, "l"), (70, "c"), (60, "c"), (78, "c"), (80, "c"), (62, "c"), (TW - 555, "l")]
    rows = [["Vacuna / Vaccine", "Edad / Age", "Dosis", "Fecha / Date", "Lote / Lot", "Vacunador/a",
             "Pr\u00f3xima dosis / Next dose / Observaciones"],
            ["BCG", "Reci\u00e9n nacido", "\u00danica", "", "", "", ""],
            ["Pentavalente (DTP-HB-Hib) / Pentavalent", "2 meses", "1\u00aa", "", "", "", ""],
            ["Polio IPV", "2 meses", "1\u00aa", "", "", "", ""],
            ["Neumococo conjugada 13v / Pneumococcal conjugate (PCV13)", "2 meses", "1\u00aa", "", "", "", ""],
            ["Pentavalente (DTP-HB-Hib) / Pentavalent", "4 meses", "2\u00aa", "", "", "", ""],
            ["Polio IPV", "4 meses", "2\u00aa", "", "", "", ""],
            ["Neumococo conjugada 13v / Pneumococcal conjugate (PCV13)", "4 meses", "2\u00aa", "", "", "", ""],
            ["Pentavalente (DTP-HB-Hib) / Pentavalent", "6 meses", "3\u00aa", "", "", "", ""],
            ["Polio IPV", "6 meses", "3\u00aa", "", "", "", ""],
            ["Gripe / Influenza (campa\u00f1a 2025)", "\u2265 6 meses", "1\u00aa", "", "", "", ""],
            ["Neumococo 13v refuerzo / PCV13 booster", "12 meses", "Ref.", "", "", "", ""],
            ["SRP (sarampi\u00f3n-rub\u00e9ola-paperas) / MMR", "12 meses", "1\u00aa", "", "", "", ""],
            ["Varicela / Varicella", "12 meses", "1\u00aa", "", "", "", ""],
            ["Hepatitis A", "15 meses", "1\u00aa", "", "", "", ""]]
    D.table(L, y, cols, rows, f="S", z=7.9, hf="SB", hz=7.6, rules="grid", rcol=GREY, hbg=rgb("#e4e9f6"),
            pad=3, minh=21)
    rp = D.trows
    xs = [L + 205 + 70 + 60, L + 205 + 70 + 60 + 78, L + 205 + 70 + 60 + 78 + 80,
          L + 205 + 70 + 60 + 78 + 80 + 62]

    def fill(i, date_s, lot, who, nxt=None, obs=None):
        top, rh = rp[i]
        by = top + rh / 2 + 4
        if date_s:
            D.hand(xs[0] + 6, by, date_s, z=10)
        if lot:
            D.hand(xs[1] + 6, by, lot, z=10)
        if who:
            D.hand(xs[2] + 14, by, who, z=10)
        if nxt:
            D.hand(xs[3] + 6, by, nxt, z=10)
        if obs:
            D.hand(xs[3] + 6, by, obs, z=9.5)

    fill(1, "20/10/24", "037L21", "M.R.")
    fill(2, "19/12/24", "PV4418", "A.G.", nxt="20/02/25")
    fill(3, "19/12/24", "IP2290", "A.G.", nxt="20/02/25")
    fill(4, "19/12/24", "N13-773", "A.G.", nxt="20/02/25")
    fill(5, "20/02/25", "PV4502", "L.S.", nxt="22/04/25")
    fill(6, "20/02/25", "IP2311", "L.S.", nxt="22/04/25")
    fill(7, "20/02/25", "N13-801", "L.S.", nxt="19/10/25 (refuerzo)")
    fill(8, "22/04/25", "PV4617", "A.G.")
    fill(9, "22/04/25", "IP2356", "A.G.")
    fill(10, None, None, None, obs="no aplicada \u2013 la madre no acepta")
    fill(11, None, None, None, nxt="19/10/25")
    fill(12, None, None, None, nxt="19/10/25")
    fill(13, None, None, None, nxt="19/10/25")
    ybot = rp[-1][0] + rp[-1][1]
    D.t(L, ybot + 14, "Conserve este certificado. Es obligatorio presentarlo para la inscripci\u00f3n escolar. "
        "/ Keep this card; it is required for school enrolment.", "S", 7.5, GREY)
    D.t(L, ybot + 25, "Fecha de emisi\u00f3n / Issued: 24/06/2025", "S", 8)
    D.stamp(R - 190, ybot + 4, ["POLICL\u00cdNICA CERRO NORTE", "Vacunatorio \u2013 MSP"], w=140, rot=-5)

    def card_no(d):
        d.t(L, d.H - 22, "CEV 04821175 \u00b7 SOSA PEREYRA, Valentina", "S", 6.8, GREY)
    D.footer_hook = card_no

    def V(vac, on, dose, lot):
        D.imm(vac, on, dose, lot, None)
    V("BCG", "2024-10-20", 1, "037L21")
    V("Pentavalent", "2024-12-19", 1, "PV4418")
    V("Polio IPV", "2024-12-19", 1, "IP2290")
    V("Pneumococcal conjugate (PCV13)", "2024-12-19", 1, "N13-773")
    V("Pentavalent", "2025-02-20", 2, "PV4502")
    V("Polio IPV", "2025-02-20", 2, "IP2311")
    V("Pneumococcal conjugate (PCV13)", "2025-02-20", 2, "N13-801")
    V("Pentavalent", "2025-04-22", 3, "PV4617")
    V("Polio IPV", "2025-04-22", 3, "IP2356")
    D.mn("immunizations", "Influenza", "other", "not given, mother declined")
    D.mn("immunizations", "PCV13 booster", "due", "19/10/25")
    D.mn("immunizations", "MMR", "due", "12 months, 19/10/25")
    D.mn("immunizations", "Varicella", "due", "12 months")
    D.mn("immunizations", "Hepatitis A", "due", "15 months")
    return D


@document
def d11():
    D = Doc(11, "peru_emergency_triage", "Peru (Cusco, bilingual ED record for a tourist)", "medical_record",
            "ED / triage note: form with handwritten vitals", ["dd/mm/yyyy"], ext="png",
            scan=dict(dpi=160, angles=[-2.1]), hand_font="CI")
    W, H = D.W, D.H
    L, R = 40, W - 40
    TW = R - L
    maroon = rgb("#7a1f2b")
    D.t(L, 44, "CL\u00cdNICA INTI RAYMI", "SB", 15, maroon)
    D.t(L, 57, "Av. de la Cultura 1820, Wanchaq, Cusco \u00b7 Tel. (084) 58 1230 \u00b7 Emergencia 24 h", "S", 8, GREY)
    D.t(R, 44, "SERVICIO DE EMERGENCIA", "SB", 10, a="r")
    D.t(R, 56, "Emergency Department", "S", 8.5, GREY, a="r")
    D.rect(L, 66, TW, 20, fill=maroon)
    D.t(W / 2, 80, "HOJA DE TRIAJE Y ATENCI\u00d3N / TRIAGE AND EMERGENCY CARE RECORD", "SB", 10, white, a="c")

    def field(x, y, label, w, val=None, z=10.5):
        D.t(x, y, label, "S", 7.6, GREY)
        lx = x + sw(label, "S", 7.6) + 4
        D.hl(lx, x + w, y + 2, 0.4, GREY)
        if val:
            D.hand(lx + 4, y - 1, val, z=z)

    y = 104
    field(L, y, "Fecha / Date:", 150, "14/08/2025")
    field(L + 160, y, "Hora / Time:", 100, "22:40")
    field(L + 270, y, "N\u00ba atenci\u00f3n:", TW - 270, "E-25-11873")
    y += 20
    field(L, y, "Nombre / Name:", 330, "Chloe Fitzgerald-Brandt")
    field(L + 340, y, "Edad / Age:", 80, "29")
    field(L + 430, y, "Sexo:", TW - 430, "F")
    y += 20
    field(L, y, "Nacionalidad:", 160, "Australiana")
    field(L + 170, y, "Pasaporte:", 150, "PA7712093")
    field(L + 330, y, "Seguro / Insurance:", TW - 330, "TrekSafe Travel", z=10)
    y += 24
    D.t(L, y, "Prioridad de triaje / Triage priority:", "SB", 8.5)
    px = L + 175
    for lab in ["I", "II", "III", "IV"]:
        D.box(px, y - 7.5)
        D.t(px + 11, y, lab, "S", 8.5)
        if lab == "III":
            D.tick(px, y - 7.5)
        px += 42
    y += 16
    D.rect(L, y, TW, 66, lw=0.6, stroke=K)
    D.t(L + 5, y + 11, "SIGNOS VITALES / VITAL SIGNS", "SB", 8.5)
    cells = [("PA / BP", "108/66", "mmHg"), ("FC / HR", "112", "lpm"), ("FR / RR", "24", "rpm"),
             ("T\u00b0", "37.9", "\u00b0C"), ("SatO2", "84", "%"), ("Peso / Weight", "68", "kg"),
             ("HGT", "96", "mg/dL")]
    cw = TW / len(cells)
    for i, (lab, val, unit) in enumerate(cells):
        cx = L + i * cw
        if i:
            D.line(cx, y + 16, cx, y + 66, 0.4, GREY)
        D.t(cx + 4, y + 26, lab, "S", 7.5, GREY)
        D.hand(cx + 6, y + 46, val, z=12)
        D.t(cx + cw - 4, y + 60, unit, "S", 7.5, a="r")
    y += 80
    D.t(L, y, "Motivo de consulta / Chief complaint:", "SB", 8.5)
    lines = ["Headache, nausea, vomiting x6, diarrhoea since yesterday.",
             "Arrived in Cusco (3400 m) 2 days ago from Lima. SatO2 on room air."]
    for i, s in enumerate(lines):
        D.hl(L, R, y + 16 + i * 17, 0.3, LGREY)
        D.hand(L + 4, y + 13 + i * 17, s, z=10.5)
    y += 48
    x = D.t(L, y, "Alergias / Allergies:", "SB", 8.5)
    D.hand(x + 8, y, "shellfish (mariscos) \u2013 urticaria", z=10.5)
    y += 17
    x = D.t(L, y, "Medicaci\u00f3n habitual / Usual medication:", "SB", 8.5)
    D.hand(x + 8, y, "Yasmin (oral contraceptive) 1 tab daily", z=10.5)
    y += 22
    D.hl(L, R, y - 8, 0.8, maroon)
    D.t(L, y + 4, "EVALUACI\u00d3N M\u00c9DICA / PHYSICIAN ASSESSMENT", "SB", 9, maroon)
    y += 18
    y = D.para(L, y, TW, "Alert and oriented, dry mucous membranes, capillary refill 2 s. Lungs clear, no "
               "crackles. No ataxia, Glasgow 15/15, no focal signs. Abdomen soft, diffusely tender, "
               "hyperactive bowel sounds. No signs of HACE or HAPE.", "S", 8.8) + 4
    cols = [(150, "l"), (60, "r"), (20, "l"), (60, "l"), (90, "l")]
    rows = [["Ex\u00e1menes / Tests (14/08/2025)", "Resultado", "", "Unidad", "Referencia"],
            ["Hemoglobina / Haemoglobin", "16.9", "", "g/dL", ""],
            ["Sodio / Sodium", "133", ("L", "SB"), "mmol/L", "135 \u2013 145"],
            ["Potasio / Potassium", "3.3", ("L", "SB"), "mmol/L", "3.5 \u2013 5.0"],
            ["Glucosa capilar / capillary glucose (HGT)", "96", "", "mg/dL", ""]]
    y = D.table(L, y, cols, rows, f="S", z=8.2, hf="SB", hz=8, rules="h", rcol=GREY, pad=2.4) + 14
    D.t(L, y, "Tratamiento en emergencia / Treatment given in the ED:", "SB", 8.5)
    y += 12
    y = D.para(L + 6, y, TW - 6, "O2 por c\u00e1nula nasal 2 L/min \u00b7 NaCl 0.9% 1000 mL EV \u00b7 ondansetr\u00f3n "
               "(ondansetron) 4 mg EV stat \u00b7 metamizol 1 g EV stat. Reassessed 01:30: saturation improved "
               "with oxygen, vomiting settled, tolerating fluids.", "S", 8.8) + 6
    D.t(L, y, "Diagn\u00f3stico / Diagnosis:", "SB", 8.5)
    D.t(L + 120, y, "1. Mal agudo de monta\u00f1a / Acute mountain sickness (T70.2)", "S", 8.8)
    D.t(L + 120, y + 12, "2. Gastroenteritis aguda / Acute gastroenteritis (A09)", "S", 8.8)
    y += 28
    D.t(L, y, "Indicaciones al alta / Discharge prescription:", "SB", 8.5)
    y += 14
    for s in ["Acetazolamida (acetazolamide) 250 mg VO c/12 h x 3 d\u00edas",
              "Dimenhidrinato (Gravol) 50 mg VO c/8 h PRN n\u00e1useas",
              "Continuar Yasmin. Rest, oral fluids; do not ascend higher for 48 h.",
              "Return if confusion, breathlessness at rest or unable to walk straight."]:
        D.t(L + 6, y, "\u2013 " + s, "S", 8.8)
        y += 12
    y += 14
    D.scribble(R - 150, y - 6, 100, 18)
    D.t(R - 170, y + 20, "Dr. Ra\u00fal Quispe Mamani \u2013 CMP 048812", "S", 8.2)
    D.t(R - 170, y + 30, "M\u00e9dico emergencista", "S", 7.8, GREY)
    D.hand(L, y + 20, "Alta 02:15 \u2013 estable", z=10.5)

    on = "2025-08-14"
    D.vit("blood_pressure", "108/66", "mmHg")
    D.vit("heart_rate", "112", "lpm")
    D.vit("respiratory_rate", "24", "rpm")
    D.vit("temperature", "37.9", "\u00b0C")
    D.vit("oxygen_saturation", "84", "%")
    D.vit("weight", "68", "kg")
    D.lab("Haemoglobin", "16.9", "g/dL", None, None, None, on, ["Hemoglobina", "Hb"])
    D.lab("Sodium", "133", "mmol/L", 135.0, 145.0, "low", on, ["Sodio", "Na"])
    D.lab("Potassium", "3.3", "mmol/L", 3.5, 5.0, "low", on, ["Potasio", "K"])
    D.lab("Capillary glucose", "96", "mg/dL", None, None, None, on, ["HGT", "Glucosa capilar"])
    D.alg("shellfish", "urticaria", None)
    D.cond("Acute mountain sickness", "active", "T70.29", ["Mal agudo de monta\u00f1a", "AMS", "altitude sickness"])
    D.cond("Acute gastroenteritis", "active", "A09", ["Gastroenteritis aguda"])
    D.med("acetazolamide", "Acetazolamida", "250", "mg", "oral", "every 12 hours", "new")
    D.med("dimenhydrinate", "Gravol", "50", "mg", "oral", "every 8 hours as needed", "new")
    D.med("drospirenone/ethinylestradiol", "Yasmin", None, None, "oral", "once daily", "active")
    D.mn("medications", "ondansetron", "other", "4 mg IV stat in the ED")
    D.mn("medications", "metamizol", "other", "1 g IV stat in the ED")
    D.mn("medications", "NaCl 0.9%", "other", "1000 mL IV in the ED")
    D.mn("conditions", "HACE", "negated", "high-altitude cerebral oedema")
    D.mn("conditions", "HAPE", "negated", "high-altitude pulmonary oedema")
    return D


@document
def d12():
    D = Doc(12, "mexico_cancun_discharge", "Mexico (Canc\u00fan, bilingual discharge summary for a tourist)",
            "discharge_summary", "discharge summary: serial labs with units in the row header, "
            "patient leaflet", ["dd/mm/yyyy"], pagesize=letter)
    W, H = D.W, D.H
    L, R = 50, W - 50
    TW = R - L
    teal = rgb("#007c80")

    def head(d):
        d.t(L, 46, "Hospital Costa Turquesa", "SB", 15, teal)
        d.t(L, 58, "Blvd. Kukulc\u00e1n km 9.5, Zona Hotelera, 77500 Canc\u00fan, Q. Roo \u00b7 Tel. +52 998 881 4400",
            "S", 7.8, GREY)
        d.t(R, 46, "RESUMEN CL\u00cdNICO DE EGRESO", "SB", 10, a="r")
        d.t(R, 58, "Discharge summary", "S", 8.5, GREY, a="r")
        d.hl(L, R, 66, 2, teal)

    def foot(d):
        d.t(L, H - 24, "Expediente 2025-08-3318 \u00b7 KOVACS, Bradley James", "S", 7, GREY)
        d.t(R, H - 24, f"{d.page_no} / 2", "S", 7, GREY, a="r")
    D.header_hook = head
    D.footer_hook = foot
    head(D)
    y = 84
    info = [("Paciente:", "KOVACS, Bradley James", "Expediente:", "2025-08-3318"),
            ("Edad / Sexo:", "45 a\u00f1os / M", "Nacionalidad:", "Estadounidense (USA)"),
            ("Ingreso:", "11/08/2025 03:15", "Egreso:", "14/08/2025 12:00"),
            ("M\u00e9dico:", "Dra. Ximena Villanueva Pat, Medicina Interna", "C\u00e9d. Prof.:", "7738120")]
    for i, (a, b, c2, e) in enumerate(info):
        D.t(L, y + i * 12, a, "S", 8, GREY)
        D.t(L + 70, y + i * 12, b, "S", 8.8)
        D.t(L + 320, y + i * 12, c2, "S", 8, GREY)
        D.t(L + 390, y + i * 12, e, "S", 8.8)
    y += 60

    def sec(y, t):
        D.t(L, y, t, "SB", 9.2, teal)
        return y + 13

    y = sec(y, "Resumen / Summary")
    y = D.para(L, y, TW, "45-year-old US tourist admitted with four days of high fever, retro-orbital "
               "headache, myalgia and a maculopapular rash. Dengue NS1 antigen positive on admission. He has "
               "hypertension, depression and gastro-oesophageal reflux, treated at home with losartan 50 mg, "
               "sertraline 100 mg and omeprazole 20 mg daily.", "S", 9) + 5
    y = D.para(L, y, TW, "penicillin (anaphylaxis, 2002); sulfa drugs (rash).", "S", 9, lab="Alergias / Allergies:") + 5
    y = D.para(L, y, TW, "T 39.1 \u00b0C, FC 98 lpm, TA 118/74 mmHg, SpO2 98 %. Petechiae on both legs, "
               "tourniquet test negative, no hepatomegaly, no ascites or pleural effusion.", "S", 9,
               lab="Signos vitales al ingreso / Vital signs on admission:") + 7
    y = sec(y, "Laboratorio / Laboratory")
    cols = [(190, "l"), (74, "r"), (74, "r"), (74, "r"), (TW - 412, "l")]
    B = "SB"
    rows = [["Estudio (unidades)", "11/08/2025", "12/08/2025", "13/08/2025", "Referencia"],
            ["Plaquetas / Platelets (x10\u00b3/\u00b5L)", ("68 L", B), ("54 L", B), ("91 L", B), "150 \u2013 450"],
            ["Hematocrito / Haematocrit (%)", "46.1", "47.0", "44.2", "40.0 \u2013 52.0"],
            ["AST (U/L)", ("88 H", B), "", "", "10 \u2013 40"],
            ["Dengue NS1 Ag", ("Positivo / Positive", B), "", "", "Negativo"],
            ["Dengue IgM", "Negativo / Negative", "", "", "Negativo"]]
    y = D.table(L, y - 2, cols, rows, f="S", z=8.4, hf="SB", hz=8, rules="grid", rcol=GREY,
                hbg=rgb("#dff0f0"), pad=2.8) + 14
    y = sec(y, "Evoluci\u00f3n / Hospital course")
    y = D.para(L, y, TW, "Managed with IV crystalloids (Ringer's lactate 1,000 mL over 8 h, then maintenance), "
               "paracetamol and twice-daily haematocrit and platelet counts. Platelets fell to 54 x10\u00b3/\u00b5L "
               "on day 2 and recovered to 91 x10\u00b3/\u00b5L on day 3. No bleeding and no plasma leakage: no "
               "criteria for severe dengue at any time. Zika and chikungunya PCR sent to the state "
               "laboratory, result pending.", "S", 9) + 7
    y = sec(y, "Diagn\u00f3sticos de egreso / Discharge diagnoses")
    for s in ["1. Dengue fever without warning signs (A97.0)", "2. Systemic arterial hypertension (I10)",
              "3. Depressive disorder (F32.9)", "4. Gastro-oesophageal reflux disease (K21.9)"]:
        D.t(L + 6, y, s, "S", 9)
        y += 12
    D.newpage()
    y = 88
    y = sec(y, "Tratamiento al egreso / Discharge medication")
    cols = [(150, "l"), (50, "l"), (50, "l"), (150, "l"), (TW - 400, "l")]
    rows = [["Medicamento", "Dosis", "V\u00eda", "Frecuencia", "Duraci\u00f3n"],
            ["Paracetamol (Tempra)", "1 g", "oral", "every 6 h if fever or pain", "5 days"],
            ["Metoclopramida (Primperan)", "10 mg", "oral", "every 8 h if nausea", "3 days"],
            ["Losart\u00e1n (losartan)", "50 mg", "oral", "every 24 h", "continue"],
            ["Sertralina (sertraline)", "100 mg", "oral", "every 24 h", "continue"],
            ["Omeprazol (omeprazole)", "20 mg", "oral", "every 24 h before breakfast", "continue"]]
    y = D.table(L, y, cols, rows, f="S", z=8.8, hf="SB", hz=8.4, rules="h", rcol=GREY, pad=3.2) + 14
    y = sec(y, "Seguimiento / Follow-up")
    y = D.para(L, y, TW, "Platelet count and haematocrit in 48 h (16/08/2025) at our outpatient laboratory or "
               "at the hotel clinic. Not fit to fly until platelets are above 100 x10\u00b3/\u00b5L. Copy of this "
               "summary and of the laboratory results given to the patient for his insurer.", "S", 9) + 16
    by = y
    D.rect(L, by, TW, 122, lw=1, stroke=teal, fill=rgb("#f1f8f8"))
    D.t(L + 10, by + 16, "INFORMACI\u00d3N PARA EL PACIENTE / PATIENT INFORMATION: DENGUE WARNING SIGNS",
        "SB", 8.8, teal)
    yy = by + 30
    for s in ["Return to the emergency department immediately if you have severe abdominal pain, persistent "
              "vomiting, bleeding from the gums or nose, black stools, drowsiness or restlessness. These can "
              "be signs of severe dengue or dengue shock syndrome.",
              "Do not take aspirin, ibuprofen, naproxen or diclofenac: they increase the risk of bleeding. "
              "Use only paracetamol for fever.",
              "Drink 2 to 3 litres of fluids a day (water, oral rehydration solution such as Electrolit).",
              "Use mosquito repellent and sleep under a net for one week to protect other people."]:
        D.t(L + 12, yy, "\u2022", "S", 8.6)
        yy = D.para(L + 22, yy, TW - 34, s, "S", 8.6) + 2
    y = by + 150
    D.scribble(L + 10, y, 110, 22)
    D.t(L, y + 36, "Dra. Ximena Villanueva Pat", "SB", 9)
    D.t(L, y + 47, "Medicina Interna \u2013 C\u00e9d. Prof. 7738120", "S", 8, GREY)

    d1, d2, d3 = "2025-08-11", "2025-08-12", "2025-08-13"
    for d, v in [(d1, "68"), (d2, "54"), (d3, "91")]:
        D.lab("Platelets", v, "x10\u00b3/\u00b5L", 150.0, 450.0, "low", d, ["Plaquetas", "PLT"])
    for d, v in [(d1, "46.1"), (d2, "47.0"), (d3, "44.2")]:
        D.lab("Haematocrit", v, "%", 40.0, 52.0, "normal", d, ["Hematocrito", "Hct"])
    D.lab("AST", "88", "U/L", 10.0, 40.0, "high", d1)
    D.lab("Dengue NS1 antigen", "Positive", None, None, None, "abnormal", d1, ["Dengue NS1 Ag", "NS1"],
          rt="Negativo")
    D.lab("Dengue IgM", "Negative", None, None, None, "normal", d1, [], rt="Negativo")
    D.vit("temperature", "39.1", "\u00b0C")
    D.vit("heart_rate", "98", "lpm")
    D.vit("blood_pressure", "118/74", "mmHg")
    D.vit("oxygen_saturation", "98", "%")
    D.alg("penicillin", "anaphylaxis", "severe")
    D.alg("sulfa drugs", "rash", None)
    D.cond("Dengue fever without warning signs", "active", "A97.0", ["dengue"])
    D.cond("Systemic arterial hypertension", "active", "I10", ["hypertension"])
    D.cond("Depressive disorder", "active", "F32.9", ["depression"])
    D.cond("Gastro-oesophageal reflux disease", "active", "K21.9", ["GERD", "reflux"])
    D.med("paracetamol", "Tempra", "1", "g", "oral", "every 6 hours as needed", "new")
    D.med("metoclopramide", "Primperan", "10", "mg", "oral", "every 8 hours as needed", "new")
    D.med("losartan", None, "50", "mg", "oral", "once daily", "active")
    D.med("sertraline", None, "100", "mg", "oral", "once daily", "active")
    D.med("omeprazole", None, "20", "mg", "oral", "once daily", "active")
    D.mn("conditions", "severe dengue", "negated", "no criteria at any time")
    D.mn("medications", "Ringer's lactate", "other", "IV in hospital")
    D.mn("labs", "Zika and chikungunya PCR", "other", "pending")
    D.mn("medications", "aspirin", "leaflet", "patient information box")
    D.mn("medications", "ibuprofen", "leaflet", "patient information box")
    D.mn("medications", "naproxen", "leaflet", "patient information box")
    D.mn("medications", "diclofenac", "leaflet", "patient information box")
    D.mn("conditions", "dengue shock syndrome", "leaflet", "patient information box")
    return D


@document
def d13():
    D = Doc(13, "dominican_republic_lab_pending", "Dominican Republic (Punta Cana, bilingual report)",
            "lab_result", "lab report: flag column, serology, pending tests", ["dd/mm/yyyy"], pagesize=letter)
    W, H = D.W, D.H
    L, R = 44, W - 44
    TW = R - L
    navy = rgb("#143d6b")
    D.rect(0, 0, W, 8, fill=navy)
    D.t(L, 40, "LABORATORIO CL\u00cdNICO CARIBE M\u00c9DICA", "SB", 13.5, navy)
    D.t(L, 52, "Av. Barcel\u00f3 km 7, Plaza B\u00e1varo Center, local 12, Punta Cana, La Altagracia", "S", 7.8, GREY)
    D.t(L, 62, "Tel. 809-552-1470 \u00b7 resultados@caribemedica.com.do \u00b7 RNC 1-31-88420-7", "S", 7.8, GREY)
    D.t(R, 40, "REPORTE DE RESULTADOS", "SB", 10, a="r")
    D.t(R, 52, "Results report", "S", 8.5, GREY, a="r")
    y = 80
    D.rect(L, y, TW, 50, lw=0.6, stroke=navy)
    info = [("Paciente / Patient:", "BROUSSARD, Janelle M.", "Orden / Order:", "25-04-0967"),
            ("Edad / Sexo:", "38 a\u00f1os / F", "Toma / Collected:", "09/04/2025 10:05"),
            ("Referido por:", "Dr. Ram\u00f3n Peralta \u2013 Cl\u00ednica Tur\u00edstica B\u00e1varo", "Reporte / Reported:",
             "09/04/2025 15:30"),
            ("Direcci\u00f3n:", "Hotel Arena Blanca, hab. 2214, B\u00e1varo", "", "")]
    for i, (a, b, c2, e) in enumerate(info):
        yy = y + 12 + i * 11
        D.t(L + 6, yy, a, "S", 7.8, GREY)
        D.t(L + 96, yy, b, "SB" if i == 0 else "S", 8.6)
        if c2:
            D.t(L + 330, yy, c2, "S", 7.8, GREY)
            D.t(L + 420, yy, e, "S", 8.6)
    y += 66
    cols = [(190, "l"), (90, "r"), (50, "c"), (70, "l"), (TW - 400, "l")]
    hdr = ["PRUEBA / TEST", "RESULTADO", "BANDERA", "UNIDADES", "RANGO DE REFERENCIA"]
    B = "SB"

    def sect(y, title, rows):
        D.rect(L, y, TW, 13, fill=navy)
        D.t(L + 5, y + 9.5, title, "SB", 8.2, white)
        return D.table(L, y + 13, cols, [hdr] + rows, f="S", z=8.5, hf="SB", hz=7.4, rules="h",
                       rcol=LGREY, pad=2.8) + 10

    y = sect(y, "HEMATOLOG\u00cdA / HAEMATOLOGY", [
        ["Hemoglobina / Haemoglobin", ("11.2", B), ("L", B), "g/dL", "12.0 - 16.0"],
        ["Leucocitos / WBC", "9.8", "", "x10\u00b3/\u00b5L", "4.5 - 11.0"],
        ["Neutr\u00f3filos / Neutrophils", ("72", B), ("H", B), "%", "40 - 70"],
        ["Plaquetas / Platelets", "310", "", "x10\u00b3/\u00b5L", "150 - 450"]])
    y = sect(y, "QU\u00cdMICA / CHEMISTRY", [
        ["Glucosa / Glucose", "88", "", "mg/dL", "70 - 110"],
        ["Creatinina / Creatinine", "0.8", "", "mg/dL", "0.6 - 1.1"],
        ["Sodio / Sodium", "139", "", "mEq/L", "135 - 145"],
        ["Potasio / Potassium", ("3.4", B), ("L", B), "mEq/L", "3.5 - 5.1"],
        ["AST (TGO)", "24", "", "U/L", "10 - 40"],
        ["ALT (TGP)", "19", "", "U/L", "7 - 35"]])
    y = sect(y, "INMUNOLOG\u00cdA / SEROLOGY", [
        ["VIH 1/2 Ag/Ac (4\u00aa gen.) / HIV 1/2 Ag/Ab", "No reactivo", "", "", "No reactivo"],
        ["Prueba de embarazo (\u03b2-hCG cualitativa) / Pregnancy test", "Negativo", "", "", "Negativo"]])
    D.rect(L, y, TW, 13, fill=rgb("#b3541e"))
    D.t(L + 5, y + 9.5, "PRUEBAS PENDIENTES / PENDING", "SB", 8.2, white)
    y += 26
    for a, b in [("Hemoglobina glicosilada (HbA1c)", "en proceso / in progress \u2013 24 h"),
                 ("Urocultivo / Urine culture", "en incubaci\u00f3n / incubating \u2013 48-72 h"),
                 ("Dengue NS1 Ag", "enviado a laboratorio de referencia / sent to reference laboratory")]:
        D.t(L + 5, y, a, "S", 8.5)
        D.t(L + 200, y, b, "SI", 8.5)
        y += 12
    y += 16
    D.t(L, y, "Bandera / Flag: H = alto (high), L = bajo (low). Rangos de referencia para adultos.", "S", 7.5, GREY)
    y += 34
    D.scribble(R - 160, y - 20, 100, 18, col=INK2)
    D.t(R - 170, y + 8, "Lcda. Yudelka Mart\u00ednez Reyes", "SB", 8.5)
    D.t(R - 170, y + 19, "Bioanalista \u2013 Exequ\u00e1tur 441-19", "S", 7.8, GREY)

    def foot(d):
        d.hl(L, R, H - 30, 0.4, LGREY)
        d.t(L, H - 21, "BROUSSARD, Janelle M. \u00b7 Orden 25-04-0967", "S", 7, GREY)
        d.t(R, H - 21, "P\u00e1gina 1 de 1", "S", 7, GREY, a="r")
    D.footer_hook = foot

    on = "2025-04-09"
    D.lab("Haemoglobin", "11.2", "g/dL", 12.0, 16.0, "low", on, ["Hemoglobina", "Hb"])
    D.lab("White blood cells", "9.8", "x10\u00b3/\u00b5L", 4.5, 11.0, "normal", on, ["Leucocitos", "WBC"])
    D.lab("Neutrophils", "72", "%", 40.0, 70.0, "high", on, ["Neutr\u00f3filos"])
    D.lab("Platelets", "310", "x10\u00b3/\u00b5L", 150.0, 450.0, "normal", on, ["Plaquetas"])
    D.lab("Glucose", "88", "mg/dL", 70.0, 110.0, "normal", on, ["Glucosa"])
    D.lab("Creatinine", "0.8", "mg/dL", 0.6, 1.1, "normal", on, ["Creatinina"])
    D.lab("Sodium", "139", "mEq/L", 135.0, 145.0, "normal", on, ["Sodio", "Na"])
    D.lab("Potassium", "3.4", "mEq/L", 3.5, 5.1, "low", on, ["Potasio", "K"])
    D.lab("AST", "24", "U/L", 10.0, 40.0, "normal", on, ["TGO"])
    D.lab("ALT", "19", "U/L", 7.0, 35.0, "normal", on, ["TGP"])
    D.lab("HIV 1/2 Ag/Ab", "No reactivo", None, None, None, "normal", on, ["VIH 1/2 Ag/Ac", "HIV"],
          rt="No reactivo")
    D.lab("Pregnancy test (beta-hCG, qualitative)", "Negativo", None, None, None, "normal", on,
          ["Pregnancy test", "Prueba de embarazo", "\u03b2-hCG"], rt="Negativo")
    D.mn("labs", "HbA1c", "other", "pending")
    D.mn("labs", "Urine culture", "other", "pending")
    D.mn("labs", "Dengue NS1", "other", "sent to reference laboratory")
    return D


@document
def d14():
    D = Doc(14, "haiti_cardiac_referral", "Haiti (English referral letter from a community hospital)",
            "medical_record", "letter: referral, 2 pages, handwritten addendum", ["dd/mm/yyyy"], ext="pdf",
            scan=dict(dpi=170, angles=[2.1, 1.5]), hand_font="RCI")
    W, H = D.W, D.H
    L, R = 60, W - 60
    TW = R - L
    grn = rgb("#1e5631")

    def head(d):
        d.circle(L + 16, 50, 16, lw=1.6, stroke=grn)
        d.t(L + 16, 54, "KLN", "SB", 8.5, grn, a="c")
        d.t(L + 42, 45, "KLINIK LESPWA N\u00d2", "SB", 14, grn)
        d.t(L + 42, 57, "H\u00f4pital communautaire / Community Hospital \u2013 Service de M\u00e9decine Interne",
            "S", 8, GREY)
        d.t(L + 42, 67, "Route Nationale 1, Quartier Morin, Cap-Ha\u00eftien, Ha\u00efti \u00b7 +509 3712 4408",
            "S", 8, GREY)
        d.hl(L, R, 78, 0.8, grn)

    def foot(d):
        d.t(L, H - 26, "Mme Marie-Claude PIERRE-LOUIS \u00b7 dossier KLN-2019-0447", "S", 7, GREY)
        d.t(R, H - 26, f"page {d.page_no} of 2", "S", 7, GREY, a="r")
    D.header_hook = head
    D.footer_hook = foot
    head(D)
    D.t(R, 104, "Cap-Ha\u00eftien, 11/03/2025", "R", 10, a="r")
    y = 124
    for s in ["To: Dr. Nathalie Beauchamp", "Structural Heart Team \u2013 Global Heart Access Program",
              "By e-mail and by hand with the patient"]:
        D.t(L, y, s, "R", 10)
        y += 13
    y += 10
    D.t(L, y, "Re: Mme Marie-Claude PIERRE-LOUIS, born 22/05/1977 \u2013 referral for mitral valve intervention",
        "RB", 9.8)
    y += 22
    D.t(L, y, "Dear Dr. Beauchamp,", "R", 10.5)
    y += 17
    P = lambda s, yy: D.para(L, yy, TW, s, "R", 10.2, lead=14) + 7  # noqa: E731
    y = P("Thank you for considering this 47-year-old woman for percutaneous balloon mitral valvuloplasty "
          "or mitral valve surgery. She has rheumatic heart disease with severe mitral stenosis (mitral "
          "valve area 0.9 cm\u00b2 by planimetry, mean gradient 14 mmHg on our echocardiogram of "
          "04/03/2025) and permanent atrial fibrillation. Over the last six months she has progressed to "
          "NYHA class III breathlessness, with two admissions for heart failure (October 2024 and January "
          "2025).", y)
    y = P("Past history: pulmonary tuberculosis in 2018, treated for six months and cured. She is HIV "
          "negative (rapid test, February 2025). Her sister had rheumatic fever as a child. She is "
          "allergic to sulfonamides (Stevens-Johnson syndrome in 2015).", y)
    y = P("Current medication: furosemide 40 mg once daily, digoxin 0.125 mg once daily, warfarin 5 mg "
          "once daily (target INR 2\u20133) and benzathine benzylpenicillin 1.2 million units IM every 4 "
          "weeks as secondary prophylaxis. Atenolol was stopped in January because of low blood pressure. "
          "We would like to add bisoprolol once her blood pressure allows.", y)
    y = P("Examination on 10/03/2025: BP 102/64 mmHg, HR 96/min irregular, SpO2 94 % on room air, "
          "weight 49 kg. Loud first heart sound, diastolic rumble at the apex, fine basal crackles, mild "
          "ankle oedema.", y)
    D.t(L, y, "Laboratory, 10/03/2025 (Klinik Lespwa N\u00f2 laboratory):", "RB", 9.8)
    y += 6
    cols = [(150, "l"), (60, "r"), (30, "c"), (70, "l"), (120, "l")]
    rows = [["Test", "Result", "", "Unit", "Reference"],
            ["Haemoglobin", "10.4", ("L", "RB"), "g/dL", "12.0 \u2013 16.0"],
            ["INR", "2.3", "", "", "2.0 \u2013 3.0 (target)"],
            ["Creatinine", "1.1", "", "mg/dL", "0.5 \u2013 1.1"],
            ["Potassium", "3.9", "", "mmol/L", "3.5 \u2013 5.0"]]
    y = D.table(L + 10, y, cols, rows, f="R", z=9.2, hf="RB", rules="h", rcol=GREY, pad=2.6) + 10
    D.newpage()
    y = 104
    D.rect(L, y - 12, TW, 58, lw=0.7, stroke=grn)
    D.t(L + 8, y + 2, "Diagnoses", "RB", 10)
    for i, s in enumerate(["1. Rheumatic heart disease with severe mitral stenosis (I05.0)",
                           "2. Permanent atrial fibrillation (I48.21)",
                           "3. Heart failure, NYHA class III (I50.9)"]):
        D.t(L + 16, y + 16 + i * 12.5, s, "R", 9.8)
    y += 66
    y = P("Enclosed: ECG of 10/03/2025, echocardiography report and images on USB key, chest X-ray. She "
          "will travel with her brother, Mr. Wilner Pierre-Louis (+509 4418 2290), who can be contacted "
          "to organise the visit.", y)
    y = P("We remain available for any further information and would be grateful for an early "
          "appointment, as she is now breathless walking 50 metres.", y)
    D.t(L, y + 4, "Yours sincerely,", "R", 10.2)
    D.scribble(L + 4, y + 12, 100, 22)
    y += 50
    D.t(L, y, "Dr. Jean-Baptiste Th\u00e9odore", "RB", 10)
    D.t(L, y + 13, "M\u00e9decin interniste / Internal medicine", "R", 9, GREY)
    y += 60
    D.hl(L, R, y - 10, 0.4, LGREY, dash=(3, 2))
    D.hand(L, y + 8, "Addendum 14/03/2025: K+ 3.2 mmol/L", z=12)
    D.hand(L + 14, y + 28, "\u2192 spironolactone 25 mg daily added.", z=12)
    D.hand(L + 270, y + 48, "JBT", z=12)

    D.cond("Rheumatic heart disease with severe mitral stenosis", "active", "I05.0",
           ["rheumatic heart disease", "mitral stenosis"])
    D.cond("Permanent atrial fibrillation", "active", "I48.21", ["atrial fibrillation"])
    D.cond("Heart failure", "active", "I50.9", ["heart failure, NYHA class III"])
    D.alg("sulfonamides", "Stevens-Johnson syndrome", "severe")
    D.med("furosemide", None, "40", "mg", "oral", "once daily", "active")
    D.med("digoxin", None, "0.125", "mg", "oral", "once daily", "active")
    D.med("warfarin", None, "5", "mg", "oral", "once daily", "active")
    D.med("benzathine benzylpenicillin", None, "1.2", "million units", "intramuscular", "every 4 weeks",
          "active")
    D.med("spironolactone", None, "25", "mg", "oral", "once daily", "new")
    D.med("atenolol", None, None, None, "oral", None, "stopped")
    D.vit("blood_pressure", "102/64", "mmHg")
    D.vit("heart_rate", "96", "/min")
    D.vit("oxygen_saturation", "94", "%")
    D.vit("weight", "49", "kg")
    on = "2025-03-10"
    D.lab("Haemoglobin", "10.4", "g/dL", 12.0, 16.0, "low", on, ["Hb"])
    D.lab("INR", "2.3", None, 2.0, 3.0, "normal", on)
    D.lab("Creatinine", "1.1", "mg/dL", 0.5, 1.1, "normal", on)
    D.lab("Potassium", "3.9", "mmol/L", 3.5, 5.0, "normal", on, ["K"])
    D.lab("Potassium", "3.2", "mmol/L", None, None, None, "2025-03-14", ["K+", "K"])
    D.mn("medications", "atenolol", "stopped", "stopped in January (low blood pressure)")
    D.mn("medications", "bisoprolol", "planned", "once blood pressure allows")
    D.mn("conditions", "tuberculosis", "historical", "2018, cured")
    D.mn("conditions", "HIV", "negated", "rapid test February 2025")
    D.mn("conditions", "rheumatic fever", "family", "sister")
    return D


@document
def d15():
    D = Doc(15, "morocco_lab_interpretive", "Morocco (French/English report)", "lab_result",
            "lab report: French units (g/L, mg/L), serology, interpretive comment", ["dd/mm/yyyy"])
    W, H = D.W, D.H
    L, R = 50, W - 50
    TW = R - L
    ochre = rgb("#8c3b12")
    D.t(L, 48, "LABORATOIRE BAB DOUKKALA", "RB", 14, ochre)
    D.t(L, 61, "d'Analyses M\u00e9dicales", "RI", 10, ochre)
    D.t(L, 75, "Dr Khadija ALAOUI MDAGHRI \u2013 Biologiste, Docteur en Pharmacie", "R", 8.5)
    D.t(L, 86, "Laur\u00e9ate de la Facult\u00e9 de M\u00e9decine et de Pharmacie de Rabat", "R", 8, GREY)
    for i, s in enumerate(["12, rue Fatima Zohra, Bab Doukkala", "40000 Marrakech",
                           "T\u00e9l. 05 24 43 18 72", "INPE 095218374"]):
        D.t(R, 48 + i * 11, s, "R", 8.5, a="r")
    D.hl(L, R, 96, 1.2, ochre)
    D.hl(L, R, 99, 0.4, ochre)
    y = 120
    D.t(L, y, "Patiente :", "R", 9, GREY)
    D.t(L + 62, y, "Mme Nadia EL OUAZZANI", "RB", 10)
    D.t(L + 300, y, "Dossier N\u00b0 :", "R", 9, GREY)
    D.t(L + 370, y, "2505-1582", "R", 9.5)
    y += 13
    D.t(L, y, "\u00c2ge :", "R", 9, GREY)
    D.t(L + 62, y, "61 ans", "R", 9.5)
    D.t(L + 300, y, "Prescripteur :", "R", 9, GREY)
    D.t(L + 370, y, "Dr Youssef Benkirane", "R", 9.5)
    y += 13
    D.t(L, y, "Pr\u00e9l\u00e8vement du 15/05/2025 \u00e0 08:10 (\u00e0 jeun / fasting) \u2013 Edit\u00e9 le 16/05/2025",
        "R", 9)
    y += 10
    D.t(W / 2, y + 20, "COMPTE RENDU D'ANALYSES / LABORATORY REPORT", "RB", 11.5, a="c")
    y += 36
    cols = [(196, "l"), (86, "r"), (22, "c"), (58, "l"), (TW - 362, "l")]

    def group(y, title, rows):
        y += 8
        D.t(L, y, title, "RB", 9.5, ochre)
        D.hl(L, L + sw(title, "RB", 9.5), y + 2, 0.6, ochre)
        return D.table(L, y + 4, cols, rows, f="R", z=9, hf="RB", rules="none", head=False, pad=2.4) + 8

    D.table(L, y, cols, [["Analyse", "R\u00e9sultat", "", "Unit\u00e9", "Valeurs de r\u00e9f\u00e9rence"]],
            f="R", z=8.5, hf="RBI", rules="head", rcol=GREY, pad=2.6)
    y += 24
    B = "RB"
    y = group(y, "BIOCHIMIE SANGUINE", [
        ["Glyc\u00e9mie \u00e0 jeun (fasting glucose)", ("1.26", B), ("H", B), "g/L", "0.70 \u2013 1.10"],
        ["H\u00e9moglobine glyqu\u00e9e HbA1c", ("7.8", B), ("H", B), "%", "4.0 \u2013 6.0"],
        ["Cr\u00e9atinine (creatinine)", "9.8", "", "mg/L", "5.7 \u2013 11.1"],
        ])
    y = group(y, "BILAN LIPIDIQUE / LIPIDS", [
        ["Cholest\u00e9rol total", ("2.31", B), ("H", B), "g/L", "< 2.00"],
        ["HDL-cholest\u00e9rol", ("0.41", B), ("L", B), "g/L", "> 0.45"],
        ["LDL-cholest\u00e9rol (calcul\u00e9)", ("1.58", B), ("H", B), "g/L", "< 1.30"],
        ["Triglyc\u00e9rides", ("1.62", B), ("H", B), "g/L", "< 1.50"]])
    y = group(y, "H\u00c9MATOLOGIE / VITAMINES", [
        ["H\u00e9moglobine (haemoglobin)", "12.4", "", "g/dL", "12.0 \u2013 16.0"],
        ["25-OH vitamine D (D2 + D3)", ("14", B), ("L", B), "ng/mL", "30 \u2013 100"]])
    y = group(y, "S\u00c9ROLOGIE / SEROLOGY", [
        ["Antig\u00e8ne HBs (hepatitis B surface antigen)", "N\u00e9gatif / Negative", "", "", "N\u00e9gatif"],
        ["Anticorps anti-VHC (hepatitis C antibodies)", "N\u00e9gatif / Negative", "", "", "N\u00e9gatif"]])
    y += 4
    D.t(L + 2, y, "Microalbuminurie (urine albumin) : r\u00e9sultat \u00e0 suivre / result to follow", "RI", 9)
    y += 14
    D.rect(L, y, TW, 78, lw=0.7, stroke=ochre, fill=rgb("#fbf4ee"))
    D.t(L + 8, y + 14, "Commentaire du biologiste / Interpretive comment", "RB", 9.2)
    D.para(L + 8, y + 28, TW - 16, "\u00c9quilibre glyc\u00e9mique insuffisant (HbA1c 7.8 %). Profil lipidique "
           "ath\u00e9rog\u00e8ne. Taux bas de 25-OH vitamine D, compatible avec une carence en vitamine D \u2013 \u00e0 "
           "confronter \u00e0 la clinique. / Poor glycaemic control. Atherogenic lipid profile. Low 25-OH vitamin "
           "D, possible vitamin D deficiency \u2013 please correlate clinically.", "R", 8.8)
    y += 100
    D.t(R - 200, y, "La Biologiste,", "RI", 9.5)
    D.scribble(R - 190, y + 8, 110, 22)
    D.t(R - 200, y + 44, "Dr K. Alaoui Mdaghri", "R", 9)
    D.stamp(L + 20, y - 6, ["LABORATOIRE BAB DOUKKALA", "Dr K. ALAOUI MDAGHRI", "Marrakech"], w=160, rot=-3)

    def foot(d):
        d.t(W / 2, H - 26, "Les r\u00e9sultats sont \u00e0 interpr\u00e9ter par le m\u00e9decin traitant en fonction "
            "du contexte clinique. Page 1/1", "R", 7, GREY, a="c")
    D.footer_hook = foot

    on = "2025-05-15"
    D.lab("Fasting glucose", "1.26", "g/L", 0.70, 1.10, "high", on, ["Glyc\u00e9mie \u00e0 jeun", "glucose"])
    D.lab("HbA1c", "7.8", "%", 4.0, 6.0, "high", on, ["H\u00e9moglobine glyqu\u00e9e"])
    D.lab("Creatinine", "9.8", "mg/L", 5.7, 11.1, "normal", on, ["Cr\u00e9atinine"])
    D.lab("Total cholesterol", "2.31", "g/L", None, 2.00, "high", on, ["Cholest\u00e9rol total"], rt="< 2.00")
    D.lab("HDL cholesterol", "0.41", "g/L", 0.45, None, "low", on, ["HDL-cholest\u00e9rol", "HDL"], rt="> 0.45")
    D.lab("LDL cholesterol", "1.58", "g/L", None, 1.30, "high", on, ["LDL-cholest\u00e9rol", "LDL"], rt="< 1.30")
    D.lab("Triglycerides", "1.62", "g/L", None, 1.50, "high", on, ["Triglyc\u00e9rides"], rt="< 1.50")
    D.lab("Haemoglobin", "12.4", "g/dL", 12.0, 16.0, "normal", on, ["H\u00e9moglobine", "Hb"])
    D.lab("25-OH vitamin D", "14", "ng/mL", 30.0, 100.0, "low", on, ["25-OH vitamine D", "vitamin D"])
    D.lab("Hepatitis B surface antigen", "Negative", None, None, None, "normal", on, ["Antig\u00e8ne HBs", "HBsAg"],
          rt="N\u00e9gatif")
    D.lab("Hepatitis C antibodies", "Negative", None, None, None, "normal", on, ["Anticorps anti-VHC", "anti-HCV"],
          rt="N\u00e9gatif")
    D.mn("labs", "Microalbuminurie", "other", "result to follow")
    D.mn("conditions", "vitamin D deficiency", "other", "possible, in the interpretive comment")
    return D


@document
def d16():
    A5 = (419.53, 595.28)
    D = Doc(16, "tunisia_handwritten_prescription", "Tunisia (prescription written in English for a visitor)",
            "prescription", "prescription (ordonnance): handwritten on a printed letterhead", ["dd/mm/yyyy"],
            ext="jpg", pagesize=A5, scan=dict(dpi=200, angles=[-1.7]), hand_font="SI")
    W, H = D.W, D.H
    L, R = 30, W - 30
    D.t(L, 38, "Docteur Anis TRABELSI", "RB", 12)
    D.t(L, 50, "M\u00e9decine G\u00e9n\u00e9rale", "RI", 9)
    D.t(L, 60, "Dipl\u00f4m\u00e9 de la Facult\u00e9 de M\u00e9decine de Sfax", "R", 7.5, GREY)
    D.t(R, 38, "Route de Gremda km 3", "R", 7.8, a="r")
    D.t(R, 48, "3027 Sfax \u2013 Tunisie", "R", 7.8, a="r")
    D.t(R, 58, "T\u00e9l. 74 24 61 90", "R", 7.8, a="r")
    D.hl(L, R, 68, 0.8)
    D.t(W / 2, 88, "ORDONNANCE", "RB", 13, a="c")
    D.t(W / 2, 99, "Prescription", "RI", 8.5, GREY, a="c")
    D.hand(R - 140, 120, "Sfax, le 07/08/2025", z=11)
    D.hand(L + 6, 140, "Mr Oliver BRANDT \u2013 34 years", z=12)
    y = 172
    items = [("1)", "Augmentin 1 g sachets", "1 sachet twice a day x 7 days"),
             ("2)", "Solupred 20 mg", "1 tab in the morning x 5 days"),
             ("3)", "Aerius 5 mg", "1 tab daily x 10 days"),
             ("4)", "Nasonex 50 \u00b5g nasal spray", "2 sprays each nostril once daily"),
             ("5)", "Doliprane 1000 mg", "1 tab 3 times a day if pain")]
    for n, a, b in items:
        D.hand(L + 6, y, n, z=12)
        D.hand(L + 26, y, a, z=12.5)
        D.hand(L + 44, y + 17, b, z=11.5)
        y += 44
    D.hand(L + 6, y, "STOP Brufen 400 (ibuprofen) \u2013 aspirin allergy!", z=11.5, col=INK2)
    y += 28
    D.hand(L + 6, y, "Dx: acute maxillary sinusitis", z=11)
    y += 18
    D.hand(L + 6, y, "Allergy: aspirin (asthma)", z=11)
    D.scribble(R - 120, y + 14, 90, 24)
    D.stamp(R - 150, y + 44, ["Dr Anis TRABELSI", "M\u00e9decin G\u00e9n\u00e9raliste", "Sfax"], w=110, rot=-8,
            z=7)
    D.t(W / 2, H - 24, "Cabinet ouvert du lundi au samedi \u2013 8h-13h / 15h-19h", "R", 6.5, GREY, a="c")

    D.med("amoxicillin/clavulanic acid", "Augmentin", "1", "g", "oral", "twice daily", "new")
    D.med("prednisolone", "Solupred", "20", "mg", "oral", "once daily (morning)", "new")
    D.med("desloratadine", "Aerius", "5", "mg", "oral", "once daily", "new")
    D.med("mometasone", "Nasonex", "50", "\u00b5g", "intranasal", "2 sprays each nostril once daily", "new")
    D.med("paracetamol", "Doliprane", "1000", "mg", "oral", "three times daily as needed", "new")
    D.med("ibuprofen", "Brufen", "400", None, "oral", None, "stopped")
    D.cond("Acute maxillary sinusitis", "active", "J01.00", ["sinusitis"])
    D.alg("aspirin", "asthma", None)
    D.mn("medications", "ibuprofen", "stopped", "STOP Brufen 400")
    return D


@document
def d17():
    D = Doc(17, "kazakhstan_intake_questionnaire", "Kazakhstan (Almaty, English/Russian intake form)",
            "medical_record", "intake form with Yes/No tick boxes, handwritten, 2 pages", ["dd.mm.yyyy"],
            ext="pdf", scan=dict(dpi=160, angles=[0.7, -1.2]), hand_font="SI")
    W, H = D.W, D.H
    L, R = 44, W - 44
    TW = R - L
    pur = rgb("#4b2e83")

    def head(d):
        d.rect(L, 30, 34, 34, fill=pur)
        d.t(L + 17, 52, "AIC", "SB", 10, white, a="c")
        d.t(L + 44, 44, "ALATAU INTERNATIONAL CLINIC", "SB", 13, pur)
        d.t(L + 44, 56, "Dostyk Avenue 188, Medeu district, Almaty 050051 \u00b7 +7 727 355 20 40", "S", 8, GREY)
        d.t(R, 44, "Form AIC-REG-03", "S", 7.5, GREY, a="r")
        d.hl(L, R, 72, 0.8, pur)

    def foot(d):
        d.t(R, H - 24, f"Page {d.page_no} of 2", "S", 7, GREY, a="r")
        d.t(L, H - 24, "\u041a\u043e\u043d\u0444\u0438\u0434\u0435\u043d\u0446\u0438\u0430\u043b\u044c\u043d\u043e / Confidential",
            "S", 7, GREY)
    D.header_hook = head
    D.footer_hook = foot
    head(D)
    D.t(W / 2, 94, "NEW PATIENT REGISTRATION AND HEALTH QUESTIONNAIRE", "SB", 11.5, a="c")
    D.t(W / 2, 107, "\u0410\u043d\u043a\u0435\u0442\u0430 \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u0430 "
        "\u043f\u0440\u0438 \u043f\u0435\u0440\u0432\u0438\u0447\u043d\u043e\u043c \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0438",
        "S", 8.5, GREY, a="c")

    def field(x, y, label, w, val=None, z=11):
        D.t(x, y, label, "S", 7.8, GREY)
        lx = x + sw(label, "S", 7.8) + 4
        D.hl(lx, x + w, y + 2, 0.4, GREY)
        if val:
            D.hand(lx + 4, y - 1, val, z=z)

    def yesno(x, y, yes):
        D.box(x, y - 7.5)
        D.t(x + 11, y, "Yes", "S", 8)
        D.box(x + 38, y - 7.5)
        D.t(x + 49, y, "No", "S", 8)
        if yes is True:
            D.tick(x, y - 7.5)
        elif yes is False:
            D.tick(x + 38, y - 7.5)

    def sec(y, t):
        D.rect(L, y - 10, TW, 14, fill=rgb("#ece8f4"))
        D.t(L + 4, y, t, "SB", 8.6, pur)
        return y + 20

    y = 130
    y = sec(y, "1. PERSONAL DETAILS")
    field(L, y, "Surname:", 240, "OKAFOR-HAYES")
    field(L + 250, y, "First name:", TW - 250, "Daniel")
    y += 21
    field(L, y, "Date of birth:", 160, "23.07.1983")
    field(L + 170, y, "Sex:", 60, "M")
    field(L + 240, y, "Nationality:", TW - 240, "British")
    y += 21
    field(L, y, "Passport no.:", 200, "5392 18841")
    field(L + 210, y, "Employer:", TW - 210, "KazCaspian Drilling Services")
    y += 21
    field(L, y, "Mobile:", 200, "+7 701 448 2391")
    field(L + 210, y, "Emergency contact:", TW - 210, "Amaka Okafor-Hayes (wife)", z=10.5)
    y += 21
    field(L, y, "Date of visit:", 200, "02.10.2025")
    y += 26
    y = sec(y, "2. MEDICINES \u2013 \u041b\u0435\u043a\u0430\u0440\u0441\u0442\u0432\u0430")
    D.t(L, y, "Do you take any medicines regularly (including inhalers, creams, supplements)?", "S", 8.6)
    yesno(R - 80, y, True)
    y += 8
    cols = [(30, "c"), (200, "l"), (90, "l"), (TW - 320, "l")]
    rows = [["#", "Medicine", "Strength", "How often"], ["1", "", "", ""], ["2", "", "", ""], ["3", "", "", ""]]
    D.table(L, y, cols, rows, f="S", z=8, hf="SB", rules="grid", rcol=GREY, pad=3, minh=19)
    rp = D.trows
    for i, (a, b, c2) in enumerate([("Lisinopril", "10 mg", "once a day"), ("Omeprazole", "20 mg", "every morning"),
                                    ("Cetirizine", "10 mg", "when needed (hay fever)")], 1):
        top, rh = rp[i]
        by = top + rh / 2 + 4
        D.hand(L + 36, by, a, z=11)
        D.hand(L + 236, by, b, z=11)
        D.hand(L + 326, by, c2, z=10.5)
    y = rp[-1][0] + rp[-1][1] + 18
    y = sec(y, "3. ALLERGIES \u2013 \u0410\u043b\u043b\u0435\u0440\u0433\u0438\u044f")
    D.t(L, y, "Are you allergic to any medicine, food, insect sting or latex?", "S", 8.6)
    yesno(R - 80, y, True)
    y += 18
    field(L, y, "If yes, what and what happened?", TW, "Penicillin \u2013 hives;  Bee stings \u2013 swelling of the arm",
          z=10.5)
    y += 26
    y = sec(y, "4. MEDICAL HISTORY \u2013 have you ever been told you have:")
    conds = [("High blood pressure", True), ("Diabetes", False), ("Asthma", False), ("Heart disease", False),
             ("Stroke", False), ("Kidney disease", False), ("Hepatitis", False), ("Tuberculosis", False),
             ("Epilepsy / seizures", False), ("Acid reflux / heartburn", True),
             ("Hay fever / allergic rhinitis", True), ("Depression / anxiety", None)]
    half = (len(conds) + 1) // 2
    for i, (c2, v) in enumerate(conds):
        col = 0 if i < half else 1
        yy = y + (i % half) * 17
        x0 = L + col * (TW / 2)
        D.t(x0 + 4, yy, c2, "S", 8.6)
        yesno(x0 + 170, yy, v)
    y += half * 17 + 8
    field(L, y, "Other serious illness or operations:", TW, "Malaria 2012 (Nigeria), treated", z=10.5)
    y += 22
    field(L, y, "Family history (parents, brothers, sisters):", TW,
          "Father: type 2 diabetes. Mother: breast cancer (age 60)", z=10)
    D.newpage()
    y = 96
    y = sec(y, "5. VACCINATIONS \u2013 \u041f\u0440\u0438\u0432\u0438\u0432\u043a\u0438")
    for q, v in [("Tetanus booster in the last 10 years?", False),
                 ("Tick-borne encephalitis vaccine (for travel to the mountains)?", False)]:
        D.t(L + 4, y, q, "S", 8.6)
        yesno(R - 80, y, v)
        y += 17
    y += 8
    y = sec(y, "6. LIFESTYLE")
    D.t(L + 4, y, "Do you smoke?", "S", 8.6)
    yesno(R - 80, y, False)
    y += 17
    field(L + 4, y, "Alcohol (units per week):", 260, "about 6")
    y += 28
    y = sec(y, "7. FOR CLINIC USE \u2013 \u0417\u0430\u043f\u043e\u043b\u043d\u044f\u0435\u0442\u0441\u044f \u043c\u0435\u0434\u0441\u0435\u0441\u0442\u0440\u043e\u0439")
    D.rect(L, y - 6, TW, 70, lw=0.6, stroke=K)
    cells = [("BP", "142/90", "mmHg"), ("Pulse", "76", "/min"), ("Temp", "36.6", "\u00b0C"),
             ("Weight", "94", "kg"), ("Height", "181", "cm"), ("BMI", "28.7", "kg/m\u00b2")]
    cw = TW / len(cells)
    for i, (a, b, c2) in enumerate(cells):
        cx = L + i * cw
        if i:
            D.line(cx, y - 6, cx, y + 64, 0.4, GREY)
        D.t(cx + 5, y + 6, a, "S", 7.8, GREY)
        D.hand(cx + 8, y + 34, b, z=12.5, col=INK2)
        D.t(cx + cw - 5, y + 56, c2, "S", 7.8, a="r")
    y += 84
    field(L, y, "Nurse:", 220, "A. Nurlanovna", z=10.5)
    y += 40
    D.para(L, y, TW, "I confirm that the information above is correct to the best of my knowledge and I consent "
           "to the clinic keeping my medical record. / \u042f \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u044e "
           "\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u043d\u043e\u0441\u0442\u044c \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u0439.",
           "S", 8.2)
    y += 44
    D.t(L, y, "Patient signature:", "S", 8, GREY)
    D.scribble(L + 90, y - 18, 100, 20)
    field(L + 280, y, "Date:", 160, "02.10.2025")

    D.med("lisinopril", None, "10", "mg", "oral", "once daily", "active")
    D.med("omeprazole", None, "20", "mg", "oral", "once daily (morning)", "active")
    D.med("cetirizine", None, "10", "mg", "oral", "as needed", "active")
    D.alg("Penicillin", "hives", None)
    D.alg("Bee stings", "swelling of the arm", None)
    D.cond("High blood pressure", "active", "I10", ["hypertension"])
    D.cond("Acid reflux / heartburn", "active", "K21.9", ["gastro-oesophageal reflux disease", "GERD"])
    D.cond("Hay fever / allergic rhinitis", "active", "J30.2", ["allergic rhinitis", "hay fever"])
    D.vit("blood_pressure", "142/90", "mmHg")
    D.vit("heart_rate", "76", "/min")
    D.vit("temperature", "36.6", "\u00b0C")
    D.vit("weight", "94", "kg")
    D.vit("height", "181", "cm")
    D.vit("bmi", "28.7", "kg/m\u00b2")
    for c2 in ["Diabetes", "Asthma", "Heart disease", "Stroke", "Kidney disease", "Hepatitis", "Tuberculosis",
               "Epilepsy"]:
        D.mn("conditions", c2, "checkbox_no", "ticked No")
    D.mn("immunizations", "Tetanus", "checkbox_no", "no booster in the last 10 years")
    D.mn("immunizations", "Tick-borne encephalitis", "checkbox_no", "ticked No")
    D.mn("conditions", "type 2 diabetes", "family", "father")
    D.mn("conditions", "breast cancer", "family", "mother")
    D.mn("conditions", "Malaria", "historical", "2012, treated")
    return D


@document
def d18():
    D = Doc(18, "armenia_rheumatology_letter", "Armenia (English letter to the patient's US rheumatologist)",
            "medical_record", "letter: specialist (rheumatology), plans and family history",
            ["dd.mm.yyyy"], hand_font="CI")
    W, H = D.W, D.H
    L, R = 58, W - 58
    TW = R - L
    wine = rgb("#7b1e3a")
    D.t(L, 50, "ARARAT VALLEY MEDICAL CENTRE", "SB", 14, wine)
    D.t(L, 63, "\u0531\u0580\u0561\u0580\u0561\u057f\u0575\u0561\u0576 \u0540\u0578\u057e\u057f\u056b "
        "\u0532\u056a\u0577\u056f\u0561\u056f\u0561\u0576 \u053f\u0565\u0576\u057f\u0580\u0578\u0576", "S", 9, GREY)
    D.t(L, 76, "Department of Rheumatology \u00b7 14 Komitas Avenue, Yerevan 0014, Armenia \u00b7 +374 10 27 45 90",
        "S", 8, GREY)
    D.hl(L, R, 86, 0.6, wine)
    D.t(R, 108, "Yerevan, 16.10.2025", "S", 9.5, a="r")
    y = 108
    for s in ["Dr. Karen Mirzoyan-Hill", "Rheumatology Associates of Glendale", "1120 N Brand Blvd, Suite 300",
              "Glendale, CA 91202, USA"]:
        D.t(L, y, s, "S", 9.5)
        y += 12.5
    y += 12
    D.t(L, y, "Re: Mr Levon HAKOBYAN, DOB 04.12.1988 \u2013 clinic visit 14.10.2025", "SB", 9.6)
    y += 22
    D.t(L, y, "Dear Dr. Mirzoyan-Hill,", "S", 9.8)
    y += 16
    P = lambda s, yy: D.para(L, yy, TW, s, "S", 9.4, lead=13) + 6  # noqa: E731
    y = P("Mr Hakobyan, who lives in Glendale and is visiting his family in Yerevan, was seen in our clinic "
          "on 14.10.2025. He has familial Mediterranean fever (FMF), homozygous for the MEFV M694V variant, "
          "diagnosed in 2009. Over the last three months he has had monthly attacks of abdominal pain and "
          "fever lasting 48\u201372 hours despite colchicine 1 mg daily.", y)
    y = P("Past history: appendectomy at the age of 12 (in retrospect probably an FMF attack); recurrent "
          "pericarditis in 2019, resolved. Gastro-oesophageal reflux disease. He is allergic to ceftriaxone "
          "(generalised rash). His brother also has FMF; a paternal uncle developed end-stage renal disease "
          "and was on dialysis.", y)
    y = P("Examination between attacks: BP 126/78 mmHg, temperature 36.7 \u00b0C, weight 78 kg. No arthritis, "
          "no erysipelas-like erythema, abdomen soft and non-tender.", y)
    D.t(L, y, "Investigations (14.10.2025)", "SB", 9.4)
    y += 4
    cols = [(200, "l"), (60, "r"), (24, "c"), (80, "l"), (90, "l")]
    rows = [["Test", "Result", "", "Unit", "Reference"],
            ["C-reactive protein (CRP)", "3.1", "", "mg/L", "< 5"],
            ["Serum amyloid A (SAA)", ("8", "SB"), ("H", "SB"), "mg/L", "< 6.4"],
            ["Creatinine", "84", "", "\u00b5mol/L", "62 \u2013 106"],
            ["eGFR (CKD-EPI)", "98", "", "mL/min/1.73m\u00b2", "> 90"],
            ["Urine protein/creatinine ratio", ("18", "SB"), ("H", "SB"), "mg/mmol", "< 15"]]
    y = D.table(L + 8, y, cols, rows, f="S", z=8.8, hf="SB", hz=8.2, rules="h", rcol=LGREY, pad=2.6) + 12
    y = P("Assessment: FMF with an incomplete response to colchicine. Mild proteinuria: AA amyloidosis must "
          "be excluded, and I have requested an abdominal fat pad biopsy; the result will be sent to you.", y)
    D.t(L, y, "Plan", "SB", 9.4)
    y += 14
    for i, s in enumerate(["Colchicine increased to 1.5 mg daily (1 mg in the morning, 0.5 mg in the evening).",
                           "Continue omeprazole 20 mg daily; ibuprofen 400 mg as needed during attacks "
                           "(maximum 3 days).",
                           "If attacks persist at 3 months despite the maximal tolerated colchicine dose, "
                           "please consider anakinra (Kineret) 100 mg SC daily.",
                           "Repeat CRP, SAA and urine protein/creatinine ratio in 3 months."], 1):
        D.t(L + 4, y, f"{i}.", "S", 9.4)
        y = D.para(L + 18, y, TW - 18, s, "S", 9.4, lead=13) + 2
    y += 8
    D.t(L, y, "Yours sincerely,", "S", 9.4)
    D.scribble(L + 4, y + 6, 100, 22)
    y += 42
    D.t(L, y, "Dr. Anahit Grigoryan, MD, PhD", "SB", 9.4)
    D.t(L, y + 12, "Rheumatologist", "S", 8.8, GREY)
    D.hand(L + 260, y - 4, "cc: patient", z=10.5)
    D.hand(L + 260, y + 14, "mobile +374 91 44 28 07 \u2013 A.G.", z=10.5)

    def foot(d):
        d.hl(L, R, H - 32, 0.4, LGREY)
        d.t(L, H - 23, "Ararat Valley Medical Centre \u00b7 licence \u2116 0187-\u0531 \u00b7 www.avmc.am", "S", 7, GREY)
    D.footer_hook = foot

    on = "2025-10-14"
    D.lab("CRP", "3.1", "mg/L", None, 5.0, "normal", on, ["C-reactive protein"], rt="< 5")
    D.lab("Serum amyloid A", "8", "mg/L", None, 6.4, "high", on, ["SAA"], rt="< 6.4")
    D.lab("Creatinine", "84", "\u00b5mol/L", 62.0, 106.0, "normal", on)
    D.lab("eGFR", "98", "mL/min/1.73m\u00b2", 90.0, None, "normal", on, ["eGFR (CKD-EPI)"], rt="> 90")
    D.lab("Urine protein/creatinine ratio", "18", "mg/mmol", None, 15.0, "high", on, ["UPCR"], rt="< 15")
    D.vit("blood_pressure", "126/78", "mmHg")
    D.vit("temperature", "36.7", "\u00b0C")
    D.vit("weight", "78", "kg")
    D.cond("Familial Mediterranean fever", "active", "M04.1", ["FMF"])
    D.cond("Gastro-oesophageal reflux disease", "active", "K21.9", ["GERD", "reflux"])
    D.cond("Proteinuria", "active", "R80.9", ["mild proteinuria"])
    D.alg("ceftriaxone", "generalised rash", None)
    D.med("colchicine", None, "1.5", "mg", "oral", "twice daily (1 mg morning, 0.5 mg evening)", "changed")
    D.med("omeprazole", None, "20", "mg", "oral", "once daily", "active")
    D.med("ibuprofen", None, "400", "mg", "oral", "as needed", "active")
    D.mn("medications", "anakinra", "planned", "to consider if attacks persist")
    D.mn("conditions", "pericarditis", "historical", "2019, resolved")
    D.mn("conditions", "arthritis", "negated", "")
    D.mn("conditions", "end-stage renal disease", "family", "paternal uncle")
    D.mn("conditions", "AA amyloidosis", "other", "suspected, to be excluded by biopsy")
    return D


@document
def d19():
    D = Doc(19, "china_shanghai_lab_trend", "China (Shanghai international clinic)", "lab_result",
            "lab report: arrow flags, trend table with units in the column header, interpretive comment",
            ["yyyy-mm-dd"])
    W, H = D.W, D.H
    L, R = 46, W - 46
    TW = R - L
    red = rgb("#a4161a")
    D.t(W / 2, 46, "HUANGPU RIVER INTERNATIONAL MEDICAL CLINIC", "SB", 13, red, a="c")
    D.t(W / 2, 59, "Clinical Laboratory \u00b7 1288 Lujiazui Ring Road, Pudong New Area, Shanghai 200120 \u00b7 "
        "+86 21 5012 8800", "S", 8, GREY, a="c")
    D.t(W / 2, 80, "LABORATORY REPORT", "SB", 12, a="c")
    D.hl(L, R, 88, 1.2)
    info = [("Name:", "ACHTERBERG, Thomas"), ("Sex / Age:", "M / 55 Y"), ("Patient ID:", "HRC-0081524"),
            ("Physician:", "Dr. Emily Zhou"), ("Specimen:", "Serum, fasting"),
            ("Sample No.:", "20250610-0317"), ("Collected:", "2025-06-10 08:32"),
            ("Received:", "2025-06-10 09:05"), ("Reported:", "2025-06-10 16:48")]
    for i, (a, b) in enumerate(info):
        x = L + (i % 3) * (TW / 3)
        yy = 102 + (i // 3) * 12
        D.t(x, yy, a, "S", 7.8, GREY)
        D.t(x + 58, yy, b, "S", 8.4)
    D.hl(L, R, 134, 0.6)
    y = 140
    cols = [(26, "c"), (170, "l"), (50, "l"), (62, "r"), (26, "c"), (64, "l"), (TW - 398, "l")]
    rows = [["No.", "Test", "Abbr.", "Result", "", "Unit", "Reference interval"],
            ["1", "Alanine aminotransferase", "ALT", "56", "\u2191", "U/L", "9 - 50"],
            ["2", "Gamma-glutamyl transferase", "GGT", "72", "\u2191", "U/L", "10 - 60"],
            ["3", "Creatinine (enzymatic)", "CREA", "88", "", "\u00b5mol/L", "57 - 111"],
            ["4", "Uric acid", "UA", "452", "\u2191", "\u00b5mol/L", "208 - 428"],
            ["5", "Glycated haemoglobin", "HbA1c", "6.2", "\u2191", "%", "4.0 - 6.0"]]
    y = D.table(L, y, cols, rows, f="S", z=8.8, hf="SB", hz=8.2, rules="head", rcol=K, pad=3.2) + 22
    D.t(L, y, "TREND: LIPIDS (cumulative)", "SB", 9.2)
    y += 6
    cols = [(130, "l"), (110, "r"), (110, "r"), (110, "r")]
    rows = [["Date collected", "TC (mmol/L)", "TG (mmol/L)", "LDL-C (mmol/L)"],
            ["2024-06-12", "6.12 \u2191", "2.45 \u2191", "3.96 \u2191"],
            ["2024-12-05", "5.48 \u2191", "2.10 \u2191", "3.41 \u2191"],
            ["2025-06-10", "4.86", "1.92 \u2191", "2.88"],
            [("Reference interval", "SI"), ("< 5.20", "SI"), ("< 1.70", "SI"), ("< 3.37", "SI")]]
    y = D.table(L, y, cols, rows, f="S", z=8.8, hf="SB", hz=8.2, rules="grid", rcol=GREY, pad=3.2,
                hbg=XLGREY) + 8
    D.t(L, y + 4, "TC total cholesterol; TG triglycerides; LDL-C LDL cholesterol. "
        "\u2191 above / \u2193 below the reference interval.", "S", 7.6, GREY)
    y += 26
    D.t(L, y, "Send-out test", "SB", 9)
    D.t(L + 90, y, "Hepatitis B surface antigen (HBsAg): sent to reference laboratory, result to follow.", "S", 8.8)
    y += 22
    D.rect(L, y, TW, 70, lw=0.6, stroke=GREY, fill=XLGREY)
    D.t(L + 8, y + 14, "Interpretive comment", "SB", 9)
    D.para(L + 8, y + 28, TW - 16, "ALT and GGT are mildly elevated. Together with raised triglycerides this "
           "pattern may suggest non-alcoholic fatty liver disease (NAFLD); abdominal ultrasound and clinical "
           "correlation are recommended. HbA1c 6.2 % lies in the prediabetes range (ADA criteria).", "S", 8.8)
    y += 96
    D.t(L, y, "Tested by: Li Na", "S", 8.6)
    D.t(L + 170, y, "Reviewed by: Dr. Wang Jun, laboratory physician", "S", 8.6)
    D.scribble(R - 110, y - 22, 90, 18, col=INK2)
    D.t(L, y + 22, "This report relates only to the sample received. Results should be interpreted by the "
        "treating physician.", "S", 7.5, GREY)

    def foot(d):
        d.hl(L, R, H - 32, 0.4, LGREY)
        d.t(L, H - 23, "HRC-0081524 \u00b7 ACHTERBERG, Thomas \u00b7 Sample 20250610-0317", "S", 7, GREY)
        d.t(R, H - 23, "Page 1/1", "S", 7, GREY, a="r")
    D.footer_hook = foot

    on = "2025-06-10"
    D.lab("ALT", "56", "U/L", 9.0, 50.0, "high", on, ["Alanine aminotransferase"])
    D.lab("GGT", "72", "U/L", 10.0, 60.0, "high", on, ["Gamma-glutamyl transferase"])
    D.lab("Creatinine", "88", "\u00b5mol/L", 57.0, 111.0, "normal", on, ["CREA"])
    D.lab("Uric acid", "452", "\u00b5mol/L", 208.0, 428.0, "high", on, ["UA"])
    D.lab("HbA1c", "6.2", "%", 4.0, 6.0, "high", on, ["Glycated haemoglobin"])
    trend = [("2024-06-12", "6.12", "2.45", "3.96"), ("2024-12-05", "5.48", "2.10", "3.41"),
             ("2025-06-10", "4.86", "1.92", "2.88")]
    for d, tc, tg, ldl in trend:
        D.lab("Total cholesterol", tc, "mmol/L", None, 5.20, "high" if float(tc) > 5.2 else "normal", d,
              ["TC"], rt="< 5.20")
        D.lab("Triglycerides", tg, "mmol/L", None, 1.70, "high", d, ["TG"], rt="< 1.70")
        D.lab("LDL cholesterol", ldl, "mmol/L", None, 3.37, "high" if float(ldl) > 3.37 else "normal", d,
              ["LDL-C"], rt="< 3.37")
    D.mn("labs", "HBsAg", "other", "send-out, result to follow")
    D.mn("conditions", "non-alcoholic fatty liver disease", "other", "suggested in the interpretive comment")
    D.mn("conditions", "prediabetes", "other", "interpretive comment")
    return D


@document
def d20():
    D = Doc(20, "macau_allergy_clinic_letter", "Macau (English letter)", "medical_record",
            "allergy clinic letter: specific IgE table, drug challenge, action plan", ["dd/mm/yyyy"])
    W, H = D.W, D.H
    L, R = 58, W - 58
    TW = R - L
    teal = rgb("#00606b")
    D.rect(0, 0, 14, H, fill=teal)
    D.t(L, 50, "TAIPA ALLERGY & IMMUNOLOGY CLINIC", "SB", 13, teal)
    D.t(L, 62, "Cl\u00ednica de Alergologia e Imunologia da Taipa", "SI", 9, GREY)
    D.t(L, 74, "Rua de Seng Tou 152, Edf. Nova Taipa, R/C, Taipa, Macau \u00b7 Tel. +853 2883 6612", "S", 8, GREY)
    D.t(R, 50, "Dr. Ricardo Lao Sio Meng", "SB", 9, a="r")
    D.t(R, 62, "Specialist in Allergy & Clinical Immunology", "S", 8, GREY, a="r")
    D.hl(L, R, 84, 0.6, teal)
    D.t(R, 104, "Macau, 20/05/2025", "S", 9.5, a="r")
    y = 104
    for s in ["Dr. Leong Chi Wai", "Cl\u00ednica M\u00e9dica S\u00e3o L\u00e1zaro", "Macau"]:
        D.t(L, y, s, "S", 9.5)
        y += 12.5
    y += 12
    D.t(L, y, "Re: Ms WONG Hoi Ian, DOB 09/11/1996, BIR 1/234567/8 \u2013 seen on 12/05/2025", "SB", 9.6)
    y += 22
    D.t(L, y, "Dear Dr. Leong,", "S", 9.8)
    y += 16
    P = lambda s, yy: D.para(L, yy, TW, s, "S", 9.3, lead=12.8) + 6  # noqa: E731
    y = P("Thank you for referring Ms Wong, a 28-year-old accountant, after an episode of lip and throat "
          "swelling with wheeze and hives 20 minutes after eating satay sauce at a restaurant on 28/04/2025. "
          "She was treated at the emergency department of Conde S. Janu\u00e1rio Hospital and discharged the "
          "next morning.", y)
    y = P("She has year-round nasal blockage and sneezing, worse at home, and mild intermittent asthma, using "
          "her salbutamol inhaler about once a week. She had atopic dermatitis as a child, which resolved by "
          "the age of 10. Two years ago she developed facial angioedema after ibuprofen 400 mg. A childhood "
          "'penicillin allergy' label (rash with amoxicillin at the age of 4) was investigated. She eats "
          "shrimp and crab without problems and eats cashews and walnuts regularly. Her father has chronic "
          "spontaneous urticaria. She takes cetirizine 10 mg once daily.", y)
    y = P("Skin prick tests were strongly positive to peanut and house dust mite and negative to shrimp. "
          "Serum results of 12/05/2025:", y)
    cols = [(210, "l"), (70, "r"), (24, "c"), (60, "l"), (TW - 364, "l")]
    rows = [["ImmunoCAP / test", "Result", "", "Unit", "Reference"],
            ["Total IgE", "486", ("H", "SB"), "kU/L", "< 100"],
            ["Peanut (f13) specific IgE", "12.4", ("H", "SB"), "kUA/L", "< 0.35"],
            ["Ara h 2 (f423) specific IgE", "8.9", ("H", "SB"), "kUA/L", "< 0.35"],
            ["D. pteronyssinus (d1) specific IgE", "38.2", ("H", "SB"), "kUA/L", "< 0.35"],
            ["Shrimp (f24) specific IgE", "<0.10", "", "kUA/L", "< 0.35"],
            ["Baseline serum tryptase", "4.1", "", "\u00b5g/L", "< 11.4"]]
    y = D.table(L + 8, y - 4, cols, rows, f="S", z=8.6, hf="SB", hz=8, rules="h", rcol=LGREY, pad=2.6) + 10
    y = P("Oral drug challenge 12/05/2025: amoxicillin 250 mg then 500 mg, observed for 2 hours and at day 5 "
          "\u2013 tolerated, no reaction. The penicillin allergy label has been removed.", y)
    D.t(L, y, "Diagnoses", "SB", 9.4)
    y += 13
    for s in ["1. Peanut allergy with anaphylaxis (Ara h 2 sensitised)",
              "2. Persistent allergic rhinitis due to house dust mite",
              "3. Mild intermittent asthma",
              "4. Ibuprofen (NSAID) induced angioedema \u2013 avoid all NSAIDs except after a supervised challenge",
              "5. Penicillin allergy excluded (delabelled)"]:
        y = D.para(L + 6, y, TW - 6, s, "S", 9.3, lead=12.6)
    y += 6
    D.t(L, y, "Management", "SB", 9.4)
    y += 13
    for s in ["Adrenaline auto-injector (EpiPen 0.3 mg), two devices, to be carried at all times; inject into "
              "the outer thigh for a severe reaction.",
              "Avamys (fluticasone furoate) 27.5 \u00b5g, 2 sprays each nostril once daily \u2013 new.",
              "Continue cetirizine 10 mg once daily and salbutamol (Ventolin) 100 \u00b5g, 2 puffs as needed.",
              "House dust mite sublingual immunotherapy (Acarizax) to be started in September if rhinitis persists.",
              "Review in 3 months with repeat spirometry."]:
        D.t(L + 6, y, "\u2013", "S", 9.3)
        y = D.para(L + 18, y, TW - 18, s, "S", 9.3, lead=12.6)
    y += 8
    D.t(L, y, "Kind regards,", "S", 9.3)
    D.scribble(L + 4, y + 4, 90, 20)
    D.t(L, y + 36, "Dr. Ricardo Lao Sio Meng", "SB", 9)

    def foot(d):
        d.t(R, H - 26, "Page 1 of 1", "S", 7, GREY, a="r")
        d.t(L, H - 26, "WONG Hoi Ian \u00b7 TAIC-25-0412", "S", 7, GREY)
    D.footer_hook = foot

    on = "2025-05-12"
    D.lab("Total IgE", "486", "kU/L", None, 100.0, "high", on, ["IgE"], rt="< 100")
    D.lab("Peanut (f13) specific IgE", "12.4", "kUA/L", None, 0.35, "high", on, ["f13", "peanut IgE"], rt="< 0.35")
    D.lab("Ara h 2 (f423) specific IgE", "8.9", "kUA/L", None, 0.35, "high", on, ["Ara h 2"], rt="< 0.35")
    D.lab("D. pteronyssinus (d1) specific IgE", "38.2", "kUA/L", None, 0.35, "high", on,
          ["house dust mite IgE", "d1"], rt="< 0.35")
    D.lab("Shrimp (f24) specific IgE", "<0.10", "kUA/L", None, 0.35, "normal", on, ["f24"], rt="< 0.35", vn=None)
    D.lab("Baseline serum tryptase", "4.1", "\u00b5g/L", None, 11.4, "normal", on, ["tryptase"], rt="< 11.4")
    D.alg("peanut", "anaphylaxis", "severe")
    D.alg("house dust mite", "allergic rhinitis", None)
    D.alg("ibuprofen", "angioedema", None)
    D.cond("Persistent allergic rhinitis due to house dust mite", "active", "J30.89", ["allergic rhinitis"])
    D.cond("Mild intermittent asthma", "active", "J45.20", ["asthma"])
    D.med("adrenaline", "EpiPen", "0.3", "mg", "intramuscular", "as needed (severe reaction)", "new")
    D.med("fluticasone furoate", "Avamys", "27.5", "\u00b5g", "intranasal", "2 sprays each nostril once daily", "new")
    D.med("cetirizine", None, "10", "mg", "oral", "once daily", "active")
    D.med("salbutamol", "Ventolin", "100", "\u00b5g", "inhaled", "2 puffs as needed", "active")
    D.mn("allergies", "shrimp", "negated", "tolerated; skin prick and IgE negative")
    D.mn("allergies", "cashews", "negated", "tolerates cashews and walnuts")
    D.mn("allergies", "amoxicillin", "negated", "oral challenge tolerated, label removed")
    D.mn("conditions", "atopic dermatitis", "historical", "childhood, resolved")
    D.mn("conditions", "chronic spontaneous urticaria", "family", "father")
    D.mn("medications", "Acarizax", "planned", "to start in September if rhinitis persists")
    return D


@document
def d21():
    D = Doc(21, "ascension_island_referral", "Ascension Island (UK overseas territory)", "medical_record",
            "letter: referral, several drugs in one sentence, handwritten note", ["d Month yyyy"],
            hand_font="RI")
    W, H = D.W, D.H
    L, R = 62, W - 62
    TW = R - L
    navy = rgb("#1b2a49")
    D.t(W / 2, 46, "ASCENSION ISLAND GOVERNMENT", "RB", 12, navy, a="c")
    D.t(W / 2, 60, "Health Services \u2013 Georgetown Hospital", "R", 10, a="c")
    D.t(W / 2, 72, "Georgetown, Ascension Island ASCN 1ZZ, South Atlantic \u00b7 Tel. +247 66252 \u00b7 "
        "hospital@ascension.gov.ac", "R", 8, GREY, a="c")
    D.hl(L, R, 80, 0.8, navy)
    D.hand(R - 200, 100, "URGENT \u2013 please see within 2 weeks", z=11.5, col=RED)
    y = 124
    for s in ["Dr Pieter van Wyk", "Consultant Cardiologist", "Cape Peninsula Heart Clinic",
              "Cape Town, South Africa"]:
        D.t(L, y, s, "R", 10)
        y += 13
    D.t(R, 124, "3 March 2025", "R", 10, a="r")
    D.t(R, 137, "Our ref: AIH/SMO/25/041", "R", 8.5, GREY, a="r")
    y += 14
    D.t(L, y, "Re: Mr Stuart McALLISTER, DOB 17 August 1975, Hospital No. AS-00318", "RB", 10)
    y += 13
    D.t(L, y, "Power station contractor, resident on Ascension; from St Helena", "RI", 9.5)
    y += 22
    D.t(L, y, "Dear Dr van Wyk,", "R", 10.5)
    y += 17
    P = lambda s, yy: D.para(L, yy, TW, s, "R", 10, lead=13.6) + 7  # noqa: E731
    y = P("Thank you for seeing this 49-year-old man with a three-week history of central chest tightness on "
          "exertion (walking up the Green Mountain road), relieved by rest within five minutes. His symptoms "
          "suggest stable angina; we have no exercise testing facility on the island. His resting ECG shows no "
          "acute changes and troponin I was <5 ng/L on 26 February 2025. There is no breathlessness at rest and "
          "no syncope. He has no history of stroke.", y)
    y = P("Background: type 2 diabetes (since 2014), hypertension, hyperlipidaemia and obesity. He had "
          "hepatitis A in 2003 with full recovery. His father had a myocardial infarction at the age of 54. "
          "Ex-smoker, stopped in 2019.", y)
    y = P("Medication: metformin 1 g twice daily, gliclazide 80 mg twice daily, amlodipine 10 mg once daily and "
          "atorvastatin 80 mg at night. Ramipril was stopped in 2023 because of a dry cough. Since his "
          "presentation I have started aspirin 75 mg once daily, bisoprolol 2.5 mg once daily and GTN "
          "(glyceryl trinitrate) spray 400 micrograms sublingually as required. We could consider adding "
          "empagliflozin after your review.", y)
    y = P("Allergy: trimethoprim (rash).", y)
    y = P("Examination on 26 February 2025: BP 154/94 mmHg, pulse 82 bpm regular, weight 104 kg, BMI 33.1 "
          "kg/m\u00b2. Heart sounds normal, chest clear, no peripheral oedema.", y)
    y = P("Bloods of 14 February 2025: HbA1c 68 mmol/mol, total cholesterol 6.1 mmol/L, potassium 4.3 mmol/L, "
          "eGFR >90 mL/min/1.73m\u00b2.", y)
    y = P("He can travel on the charter flight of 12 March 2025; his employer will fund the visit and "
          "accommodation. I would be grateful for an exercise test or CT coronary angiography and your advice "
          "on further management.", y)
    D.t(L, y + 2, "Yours sincerely,", "R", 10)
    D.scribble(L + 4, y + 10, 100, 22)
    y += 46
    D.t(L, y, "Dr Fiona Ellery-Pratt", "RB", 10)
    D.t(L, y + 13, "Senior Medical Officer, Georgetown Hospital", "R", 9, GREY)
    D.t(L, y + 34, "cc: patient; Occupational Health, Ascension Power Services", "R", 8.5, GREY)

    def foot(d):
        d.t(W / 2, H - 26, "Ascension Island Government \u2013 Health Services \u2013 Confidential medical information",
            "R", 7, GREY, a="c")
    D.footer_hook = foot

    D.lab("Troponin I", "<5", "ng/L", None, None, None, "2025-02-26", [], vn=None)
    b = "2025-02-14"
    D.lab("HbA1c", "68", "mmol/mol", None, None, None, b)
    D.lab("Total cholesterol", "6.1", "mmol/L", None, None, None, b)
    D.lab("Potassium", "4.3", "mmol/L", None, None, None, b, ["K"])
    D.lab("eGFR", ">90", "mL/min/1.73m\u00b2", None, None, None, b, vn=None)
    D.vit("blood_pressure", "154/94", "mmHg")
    D.vit("heart_rate", "82", "bpm")
    D.vit("weight", "104", "kg")
    D.vit("bmi", "33.1", "kg/m\u00b2")
    D.cond("Type 2 diabetes", "active", "E11.9", ["type 2 diabetes mellitus", "T2DM"])
    D.cond("Hypertension", "active", "I10")
    D.cond("Hyperlipidaemia", "active", "E78.5", ["hyperlipidemia"])
    D.cond("Obesity", "active", "E66.9")
    D.alg("trimethoprim", "rash", None)
    D.med("metformin", None, "1", "g", "oral", "twice daily", "active")
    D.med("gliclazide", None, "80", "mg", "oral", "twice daily", "active")
    D.med("amlodipine", None, "10", "mg", "oral", "once daily", "active")
    D.med("atorvastatin", None, "80", "mg", "oral", "at night", "active")
    D.med("aspirin", None, "75", "mg", "oral", "once daily", "new")
    D.med("bisoprolol", None, "2.5", "mg", "oral", "once daily", "new")
    D.med("glyceryl trinitrate", None, "400", "micrograms", "sublingual", "as needed", "new")
    D.med("ramipril", None, None, None, "oral", None, "stopped")
    D.mn("medications", "ramipril", "stopped", "2023, dry cough")
    D.mn("medications", "empagliflozin", "planned", "could be considered after review")
    D.mn("conditions", "stable angina", "other", "suspected, reason for referral")
    D.mn("conditions", "stroke", "negated", "")
    D.mn("conditions", "myocardial infarction", "family", "father at 54")
    D.mn("conditions", "hepatitis A", "historical", "2003, full recovery")
    return D


@document
def d22():
    D = Doc(22, "isles_of_scilly_travel_vaccination_record", "United Kingdom - Isles of Scilly (NHS England)",
            "immunization_record", "immunisation record: adult travel, handwritten entries, declined / due",
            ["dd/mm/yyyy", "dd/mm/yy"], hand_font="CI")
    W, H = D.W, D.H
    L, R = 44, W - 44
    TW = R - L
    nhs = rgb("#005eb8")
    D.rect(R - 56, 32, 56, 24, fill=nhs)
    D.t(R - 28, 50, "NHS", "SBI", 16, white, a="c")
    D.t(L, 42, "Scilly Islands Medical Practice", "SB", 13)
    D.t(L, 55, "Health Centre, Hugh Town, St Mary's, Isles of Scilly TR21 0HE \u00b7 01720 422628", "S", 8, GREY)
    D.t(L, 65, "Cornwall and Isles of Scilly Integrated Care Board", "S", 8, GREY)
    D.hl(L, R, 74, 1.0, nhs)
    D.t(L, 96, "TRAVEL HEALTH RECORD", "SB", 13, nhs)
    D.t(L, 109, "Travel vaccinations and malaria prevention \u2013 keep this record and take it with you", "S", 8.5)
    y = 128
    D.rect(L, y - 10, TW, 46, lw=0.6, stroke=GREY)
    D.t(L + 6, y, "Name:", "S", 8, GREY)
    D.t(L + 60, y, "Mrs Tamsin PENDOWER", "SB", 10)
    D.t(L + 280, y, "NHS No.:", "S", 8, GREY)
    D.t(L + 330, y, "485 777 3456", "M", 9.5)
    D.t(L + 6, y + 14, "DOB:", "S", 8, GREY)
    D.t(L + 60, y + 14, "21/09/1979", "S", 9.5)
    D.t(L + 280, y + 14, "Trip:", "S", 8, GREY)
    D.t(L + 330, y + 14, "Kenya and Tanzania (safari, Zanzibar)", "S", 9)
    D.t(L + 6, y + 28, "Travel dates:", "S", 8, GREY)
    D.t(L + 66, y + 28, "02/06/2025 \u2013 23/06/2025", "S", 9)
    D.t(L + 280, y + 28, "Risk assessment:", "S", 8, GREY)
    D.t(L + 352, y + 28, "07/04/2025, K. Trevithick RN", "S", 9)
    y += 52
    D.t(L, y, "Medical history: asthma (mild) \u2013 Salamol (salbutamol) 100 micrograms inhaler, 2 puffs when "
        "required.", "S", 8.8)
    y += 13
    D.t(L, y, "Allergies / ADRs: neomycin \u2013 contact dermatitis.   Egg allergy: none.   Pregnant: no.", "S", 8.8)
    y += 18
    D.t(L, y, "VACCINES ADMINISTERED", "SB", 10, nhs)
    y += 5
    cols = [(60, "l"), (104, "l"), (62, "l"), (60, "l"), (54, "l"), (40, "c"), (36, "c"), (TW - 416, "l")]
    rows = [["Date", "Vaccine", "Brand", "Batch no.", "Site", "Dose", "By", "Next dose due"]] + \
        [[""] * 8 for _ in range(7)]
    D.table(L, y, cols, rows, f="S", z=8, hf="SB", hz=7.8, rules="grid", rcol=GREY, hbg=rgb("#e8f0fa"),
            pad=3, minh=22)
    rp = D.trows
    xs = [L]
    for w, _ in cols[:-1]:
        xs.append(xs[-1] + w)
    entries = [("14/04/25", "Hepatitis A", "Avaxim", "W2F41", "L deltoid", "1", "KT", "booster 10/2025"),
               ("14/04/25", "Typhoid", "Typhim Vi", "V1H237", "R deltoid", "1", "KT", "3 yrs (04/2028)"),
               ("14/04/25", "Rabies", "Rabipur", "RA6602", "L deltoid", "1", "KT", "21/04/25"),
               ("22/04/25", "Rabies", "Rabipur", "RA6617", "L deltoid", "2", "KT", "06/05/25 (dose 3)"),
               ("22/04/25", "Yellow fever", "Stamaril", "X3B07", "R deltoid", "1", "KT", "ICVP issued"),
               ("22/04/25", "Td/IPV", "Revaxis", "Y5C883", "R deltoid", "bstr", "KT", "10 yrs")]
    for i, e in enumerate(entries, 1):
        top, rh = rp[i]
        by = top + rh / 2 + 4
        for j, v in enumerate(e):
            D.hand(xs[j] + 3, by, v, z=9.6 if j in (1, 7) else 10)
    y = rp[-1][0] + rp[-1][1] + 20
    D.t(L, y, "VACCINES DISCUSSED, NOT GIVEN", "SB", 10, nhs)
    y += 16
    for vac, st in [("Cholera (Dukoral)", "declined"), ("Meningococcal ACWY", "not indicated for this itinerary"),
                    ("Hepatitis A booster", "due 10/2025 \u2013 book with practice nurse"),
                    ("Rabies dose 3", "due 06/05/2025")]:
        D.t(L + 4, y, vac, "S", 8.8)
        D.box(L + 170, y - 7.5)
        D.tick(L + 170, y - 7.5)
        D.hand(L + 186, y, st, z=10)
        y += 17
    y += 10
    D.t(L, y, "MALARIA PREVENTION", "SB", 10, nhs)
    y += 14
    y = D.para(L, y, TW, "Malarone (atovaquone/proguanil 250/100 mg): 1 tablet daily with food, start 1\u20132 days "
               "before entering the malarial area, continue during the stay and for 7 days after leaving. "
               "Private prescription issued for 30 tablets; to start on 31/05/2025.", "S", 8.8) + 4
    y = D.para(L, y, TW, "Bite avoidance advice given (DEET 50 %, nets, long sleeves at dusk). Leaflets: "
               "'Fit for Travel \u2013 Kenya', 'Rabies \u2013 what to do after a bite'.", "S", 8.8) + 14
    D.t(L, y, "Practice nurse:", "S", 8.5, GREY)
    D.scribble(L + 80, y - 16, 80, 18)
    D.t(L + 180, y, "Kerenza Trevithick RN \u2013 NMC 09C1734E", "S", 8.8)

    def foot(d):
        d.t(L, H - 24, "PENDOWER, Tamsin \u00b7 NHS No. 485 777 3456 \u00b7 printed 22/04/2025", "S", 7, GREY)
        d.t(R, H - 24, "Page 1 of 1", "S", 7, GREY, a="r")
    D.footer_hook = foot

    D.imm("Hepatitis A", "2025-04-14", 1, "W2F41", "Avaxim")
    D.imm("Typhoid", "2025-04-14", 1, "V1H237", "Typhim Vi")
    D.imm("Rabies", "2025-04-14", 1, "RA6602", "Rabipur")
    D.imm("Rabies", "2025-04-22", 2, "RA6617", "Rabipur")
    D.imm("Yellow fever", "2025-04-22", 1, "X3B07", "Stamaril")
    D.imm("Td/IPV", "2025-04-22", None, "Y5C883", "Revaxis")
    D.cond("Asthma", "active", "J45.9", ["asthma (mild)"])
    D.alg("neomycin", "contact dermatitis", None)
    D.med("salbutamol", "Salamol", "100", "micrograms", "inhaled", "2 puffs as needed", "active")
    D.mn("immunizations", "Cholera", "other", "Dukoral declined")
    D.mn("immunizations", "Meningococcal ACWY", "other", "not indicated")
    D.mn("immunizations", "Hepatitis A booster", "due", "10/2025")
    D.mn("immunizations", "Rabies dose 3", "due", "06/05/2025")
    D.mn("medications", "Malarone", "planned", "atovaquone/proguanil, to start 31/05/2025")
    return D


@document
def d23():
    D = Doc(23, "alaska_ccda_continuity_of_care", "United States (Alaska)", "medical_record",
            "EHR print-out: C-CDA continuity of care document, 3 pages", ["mm/dd/yyyy", "Month d, yyyy"],
            pagesize=letter)
    W, H = D.W, D.H
    L, R = 40, W - 40
    TW = R - L
    blue = rgb("#2b4c7e")

    def head(d):
        d.t(L, 28, "Continuity of Care Document", "S", 7.5, GREY)
        d.t(R, 28, "ALSTEAD, MARJORIE K \u00b7 MRN CBF-204417 \u00b7 DOB 02/19/1958", "S", 7.5, GREY, a="r")
        d.hl(L, R, 32, 0.4, LGREY)

    def foot(d):
        d.t(L, H - 24, "Generated by ChugachEHR 9.4 \u00b7 C-CDA R2.1 CCD \u00b7 document id "
            "2.16.840.1.113883.19.5.99999.1.20250422", "S", 6.5, GREY)
        d.t(R, H - 24, f"Page {d.page_no} of 3", "S", 7, GREY, a="r")
    D.header_hook = head
    D.footer_hook = foot
    head(D)
    D.t(L, 58, "Continuity of Care Document", "SB", 16, blue)
    D.t(L, 72, "Summarization of Episode Note \u2013 Chugach Bay Family Medicine", "S", 9.5)
    y = 86
    meta = [("Patient", "Marjorie K. Alstead", "Document created", "April 22, 2025 10:14 AKDT"),
            ("Date of birth", "02/19/1958", "Author", "Erik Soderquist, MD"),
            ("Sex", "Female", "Organization", "Chugach Bay Family Medicine"),
            ("MRN", "CBF-204417", "", "4136 Bartlett St, Homer, AK 99603"),
            ("Address", "41870 Kachemak Dr, Homer, AK 99603", "Custodian", "Chugach Bay Family Medicine"),
            ("Phone / Language", "(907) 235-0198 / English", "Care period", "12/03/2024 \u2013 04/22/2025")]
    for i, (a, b, c2, e) in enumerate(meta):
        yy = y + i * 12.5
        D.rect(L, yy - 9.5, TW, 12.5, fill=XLGREY if i % 2 == 0 else None)
        D.t(L + 4, yy, a, "SB", 8)
        D.t(L + 96, yy, b, "S", 8.4)
        if c2:
            D.t(L + 290, yy, c2, "SB", 8)
        D.t(L + 380, yy, e, "S", 8.4)
    y += 6 * 12.5 + 14

    def sec(y, t):
        D.rect(L, y, TW, 16, fill=blue)
        D.t(L + 6, y + 11.5, t, "SB", 9.2, white)
        return y + 18

    def tab(y, cols, rows, z=8.2):
        return D.table(L, y, cols, rows, f="S", z=z, hf="SB", hz=8, rules="grid", rcol=LGREY,
                       hbg=rgb("#e7ecf4"), pad=2.8) + 14

    y = sec(y, "ALLERGIES, ADVERSE REACTIONS, ALERTS")
    y = tab(y, [(190, "l"), (150, "l"), (70, "l"), (TW - 410, "l")], [
        ["Substance", "Reaction", "Severity", "Status"],
        ["Sulfamethoxazole / Trimethoprim", "Hives", "Moderate", "Active"],
        ["Codeine", "Nausea and vomiting", "Mild", "Active"],
        ["Bee venom (honey bee)", "Anaphylaxis", "Severe", "Active"],
        ["Penicillin G", "Rash (childhood)", "\u2013", "Inactive \u2013 tolerated amoxicillin 2021"]])
    y = sec(y, "MEDICATIONS")
    y = tab(y, [(165, "l"), (190, "l"), (62, "l"), (TW - 417, "l")], [
        ["Medication", "Sig", "Start date", "Status"],
        ["metoprolol succinate ER 50 mg tablet", "Take 1 tablet by mouth once daily", "03/14/2019", "Active"],
        ["lisinopril 20 mg tablet", "Take 1 tablet by mouth daily", "06/02/2016", "Active"],
        ["atorvastatin 40 mg tablet", "Take 1 tablet by mouth at bedtime", "06/02/2016", "Active"],
        ["levothyroxine 88 mcg tablet", "Take 1 tablet by mouth every morning before breakfast", "11/20/2020",
         "Active"],
        ["alendronate 70 mg tablet", "Take 1 tablet by mouth once weekly (Sunday) with water", "09/09/2023",
         "Active"],
        ["predniSONE 20 mg tablet", "Taper as directed", "01/28/2025", "Completed 02/10/2025"],
        ["traMADol 50 mg tablet", "Take 1 tablet every 6 hours as needed for pain", "12/03/2024",
         "Discontinued 01/15/2025"]])
    y = sec(y, "PROBLEMS")
    y = tab(y, [(180, "l"), (60, "l"), (80, "l"), (80, "l"), (TW - 400, "l")], [
        ["Problem", "ICD-10-CM", "SNOMED CT", "Onset", "Status"],
        ["Essential hypertension", "I10", "59621000", "2016", "Active"],
        ["Hypothyroidism", "E03.9", "40930008", "11/2020", "Active"],
        ["Age-related osteoporosis", "M81.0", "102447009", "09/2023", "Active"],
        ["Hyperlipidemia", "E78.5", "55822004", "2016", "Active"],
        ["Vitamin D deficiency", "E55.9", "34713006", "09/2023", "Active"],
        ["Acute bronchitis", "J20.9", "10509002", "01/2025", "Resolved 02/2025"]])
    D.newpage()
    y = 48
    y = sec(y, "RESULTS")
    D.t(L, y + 9, "Basic metabolic panel, lipid panel, TSH, vitamin D \u2013 collected 03/18/2025 08:05, "
        "Homer Medical Lab", "SI", 8)
    y += 14
    y = tab(y, [(170, "l"), (60, "r"), (90, "l"), (90, "l"), (40, "c"), (TW - 450, "l")], [
        ["Test", "Result", "Units", "Reference range", "Flag", "Date"],
        ["Glucose", "98", "mg/dL", "70-99", "N", "03/18/2025"],
        ["Creatinine", "0.92", "mg/dL", "0.57-1.00", "N", "03/18/2025"],
        ["Potassium", "4.6", "mmol/L", "3.5-5.2", "N", "03/18/2025"],
        ["eGFR", "66", "mL/min/1.73m2", ">59", "N", "03/18/2025"],
        ["TSH", "3.10", "mIU/L", "0.45-4.50", "N", "03/18/2025"],
        ["LDL cholesterol (calc)", "92", "mg/dL", "0-99", "N", "03/18/2025"],
        ["Vitamin D, 25-hydroxy", "24", "ng/mL", "30-100", ("L", "SB"), "03/18/2025"]])
    D.t(L, y - 4, "Flag: N normal, L low, H high (HL7 observation interpretation).", "S", 7.2, GREY)
    y += 8
    y = sec(y, "VITAL SIGNS")
    y = tab(y, [(200, "l"), (90, "r"), (90, "l"), (TW - 380, "l")], [
        ["Vital sign", "Value", "Unit", "Date"],
        ["Blood pressure (systolic/diastolic)", "134/82", "mm[Hg]", "03/18/2025"],
        ["Heart rate", "64", "/min", "03/18/2025"],
        ["Body temperature", "98.1", "[degF]", "03/18/2025"],
        ["Respiratory rate", "16", "/min", "03/18/2025"],
        ["Oxygen saturation (SpO2)", "96", "%", "03/18/2025"],
        ["Body weight", "154", "[lb_av]", "03/18/2025"],
        ["Body height", "64", "[in_i]", "03/18/2025"],
        ["Body mass index", "26.4", "kg/m2", "03/18/2025"]])
    y = sec(y, "IMMUNIZATIONS")
    y = tab(y, [(190, "l"), (66, "l"), (110, "l"), (64, "l"), (TW - 430, "l")], [
        ["Vaccine", "Date", "Status", "Lot", "Product / manufacturer"],
        ["Influenza, injectable, quadrivalent, preservative free", "10/02/2024", "Completed", "UT8124AA",
         "Fluzone Quadrivalent / Sanofi Pasteur"],
        ["Pneumococcal conjugate PCV 20", "05/14/2024", "Completed", "LL7392", "Prevnar 20 / Pfizer"],
        ["Zoster vaccine recombinant, adjuvanted", "11/20/2023", "Completed (dose 2 of 2)", "7HX52",
         "Shingrix / GSK"],
        ["COVID-19 vaccine, mRNA, 2024-2025 formula", "10/02/2024", "Refused (patient decision)", "", ""]])
    D.newpage()
    y = 48
    y = sec(y, "PLAN OF CARE")
    y = tab(y, [(230, "l"), (90, "l"), (TW - 320, "l")], [
        ["Planned item", "Planned date", "Comment"],
        ["Tdap vaccine", "06/2025", "Due \u2013 last Td 2014"],
        ["DEXA scan", "09/15/2025", "Scheduled, Homer Imaging"],
        ["Start ergocalciferol 50,000 units weekly x 8 weeks", "04/2025", "Pending pharmacy fill"],
        ["Follow-up office visit", "07/2025", "Blood pressure and thyroid review"]])
    y = sec(y, "ENCOUNTERS")
    y = tab(y, [(110, "l"), (80, "l"), (150, "l"), (TW - 340, "l")], [
        ["Encounter", "Date", "Provider", "Diagnosis"],
        ["Office visit", "03/18/2025", "Erik Soderquist, MD", "Essential hypertension; osteoporosis"],
        ["Office visit", "01/28/2025", "Lena Kvasnikoff, ANP", "Acute bronchitis"],
        ["Telehealth", "12/03/2024", "Erik Soderquist, MD", "Low back strain"]])
    y = sec(y, "CARE TEAM")
    y = tab(y, [(170, "l"), (140, "l"), (TW - 310, "l")], [
        ["Member", "Role", "Contact"],
        ["Erik Soderquist, MD", "Primary care physician", "(907) 235-8100"],
        ["Lena Kvasnikoff, ANP", "Nurse practitioner", "(907) 235-8100"],
        ["Homer Family Pharmacy", "Pharmacy", "(907) 235-3400"]])
    y = sec(y, "SOCIAL HISTORY / FAMILY HISTORY")
    y = tab(y, [(170, "l"), (TW - 170, "l")], [
        ["Item", "Detail"],
        ["Tobacco use", "Former smoker, quit 2005"],
        ["Alcohol use", "2 drinks per week"],
        ["Father", "Colon cancer (age 71)"],
        ["Brother", "Type 2 diabetes"]])

    D.alg("Sulfamethoxazole / Trimethoprim", "Hives", "Moderate")
    D.alg("Codeine", "Nausea and vomiting", "Mild")
    D.alg("Bee venom (honey bee)", "Anaphylaxis", "Severe")
    D.med("metoprolol succinate", None, "50", "mg", "oral", "once daily", "active")
    D.med("lisinopril", None, "20", "mg", "oral", "once daily", "active")
    D.med("atorvastatin", None, "40", "mg", "oral", "at bedtime", "active")
    D.med("levothyroxine", None, "88", "mcg", "oral", "once daily (morning)", "active")
    D.med("alendronate", None, "70", "mg", "oral", "once weekly", "active")
    D.med("prednisone", None, "20", "mg", "oral", None, "completed")
    D.med("tramadol", None, "50", "mg", "oral", None, "stopped")
    D.cond("Essential hypertension", "active", "I10", ["hypertension"])
    D.cond("Hypothyroidism", "active", "E03.9")
    D.cond("Age-related osteoporosis", "active", "M81.0", ["osteoporosis"])
    D.cond("Hyperlipidemia", "active", "E78.5")
    D.cond("Vitamin D deficiency", "active", "E55.9")
    on = "2025-03-18"
    D.lab("Glucose", "98", "mg/dL", 70.0, 99.0, "normal", on)
    D.lab("Creatinine", "0.92", "mg/dL", 0.57, 1.00, "normal", on)
    D.lab("Potassium", "4.6", "mmol/L", 3.5, 5.2, "normal", on)
    D.lab("eGFR", "66", "mL/min/1.73m2", 59.0, None, "normal", on, [], rt=">59")
    D.lab("TSH", "3.10", "mIU/L", 0.45, 4.50, "normal", on)
    D.lab("LDL cholesterol", "92", "mg/dL", 0.0, 99.0, "normal", on, ["LDL cholesterol (calc)"])
    D.lab("Vitamin D, 25-hydroxy", "24", "ng/mL", 30.0, 100.0, "low", on, ["25-OH vitamin D"])
    D.vit("blood_pressure", "134/82", "mm[Hg]")
    D.vit("heart_rate", "64", "/min")
    D.vit("temperature", "98.1", "[degF]")
    D.vit("respiratory_rate", "16", "/min")
    D.vit("oxygen_saturation", "96", "%")
    D.vit("weight", "154", "[lb_av]")
    D.vit("height", "64", "[in_i]")
    D.vit("bmi", "26.4", "kg/m2")
    D.imm("Influenza, injectable, quadrivalent, preservative free", "2024-10-02", None, "UT8124AA",
          "Fluzone Quadrivalent")
    D.imm("Pneumococcal conjugate PCV 20", "2024-05-14", None, "LL7392", "Prevnar 20")
    D.imm("Zoster vaccine recombinant, adjuvanted", "2023-11-20", 2, "7HX52", "Shingrix")
    D.mn("allergies", "Penicillin G", "negated", "inactive, tolerated amoxicillin 2021")
    D.mn("medications", "prednisone", "stopped", "taper completed 02/10/2025")
    D.mn("medications", "tramadol", "stopped", "discontinued 01/15/2025")
    D.mn("conditions", "Acute bronchitis", "historical", "resolved 02/2025")
    D.mn("immunizations", "COVID-19 vaccine", "other", "refused")
    D.mn("immunizations", "Tdap", "due", "06/2025")
    D.mn("medications", "ergocalciferol", "planned", "pending pharmacy fill")
    D.mn("conditions", "Colon cancer", "family", "father")
    D.mn("conditions", "Type 2 diabetes", "family", "brother")
    return D


@document
def d24():
    D = Doc(24, "kentucky_patient_portal_summary", "United States (Kentucky)", "medical_record",
            "EHR print-out: patient-portal health summary (browser print), 2 pages",
            ["mm/dd/yyyy", "m/d/yyyy", "Mon d, yyyy"], pagesize=letter)
    W, H = D.W, D.H
    L, R = 36, W - 36
    TW = R - L
    brand = rgb("#0b5394")
    url = "https://kyhealthconnect.bluegrassregional.org/portal/app/health-summary"

    def head(d):
        d.t(L, 20, "4/21/25, 9:14 AM", "S", 7.5)
        d.t(W / 2, 20, "KyHealth Connect - Health Summary", "S", 7.5, a="c")

    def foot(d):
        d.t(L, H - 24, url, "S", 7)
        d.t(R, H - 24, f"{d.page_no}/2", "S", 7, a="r")
    D.header_hook = head
    D.footer_hook = foot
    head(D)
    D.rect(L, 30, TW, 34, fill=brand)
    D.t(L + 10, 52, "KyHealth Connect", "SB", 14, white)
    D.t(L + 150, 52, "| Bluegrass Regional Health", "S", 10, white)
    D.t(R - 10, 44, "Darnell W. Pruitt", "SB", 9, white, a="r")
    D.t(R - 10, 56, "MRN: 7730192 \u00b7 DOB: 6/11/1967", "S", 8, white, a="r")
    D.t(L, 86, "Health Summary", "SB", 15)
    D.t(L, 99, "Information from your care team at Bluegrass Regional Health, Lexington, KY. Last updated "
        "Apr 21, 2025.", "S", 8.5, GREY)
    y = 118

    def card(y, title, h):
        D.rect(L, y, TW, h, lw=0.6, stroke=LGREY)
        D.t(L + 10, y + 17, title, "SB", 11, brand)
        return y + 32

    lines = ["Type 2 diabetes mellitus with hyperglycemia", "Obstructive sleep apnea", "Essential hypertension",
             "Chronic low back pain"]
    yy = card(y, "Health Issues", 32 + len(lines) * 14)
    for s in lines:
        D.t(L + 14, yy, s, "S", 9)
        yy += 14
    y = yy + 10
    meds = [("empagliflozin (JARDIANCE) 10 mg tablet", "Take 1 tablet (10 mg total) by mouth daily.",
             "Prescribed Jan 14, 2025"),
            ("metFORMIN (GLUCOPHAGE) 500 mg tablet", "Take 1 tablet (500 mg total) by mouth 2 (two) times "
             "daily with meals.", "Prescribed Mar 2, 2021"),
            ("lisinopril-hydroCHLOROthiazide (ZESTORETIC) 20-12.5 mg per tablet", "Take 1 tablet by mouth "
             "daily.", "Prescribed Aug 19, 2019"),
            ("rosuvastatin (CRESTOR) 20 mg tablet", "Take 1 tablet (20 mg total) by mouth nightly.",
             "Prescribed Aug 19, 2019"),
            ("cyclobenzaprine (FLEXERIL) 10 mg tablet", "Take 1 tablet (10 mg total) by mouth 3 (three) times "
             "daily as needed for muscle spasms.", "Prescribed Feb 6, 2025")]
    yy = card(y, "Medications", 32 + len(meds) * 36 + 34)
    for a, b, c2 in meds:
        D.t(L + 14, yy, a, "SB", 9)
        D.t(R - 12, yy, c2, "S", 7.8, GREY, a="r")
        D.t(L + 14, yy + 12, b, "S", 8.6)
        yy += 36
    D.t(L + 14, yy, "Recently stopped", "SB", 8.6, GREY)
    D.t(L + 14, yy + 12, "naproxen (NAPROSYN) 500 mg tablet \u2013 Stopped Apr 2, 2025 (reason: decreased kidney "
        "function)", "S", 8.6, GREY)
    y = yy + 40
    yy = card(y, "Allergies", 32 + 2 * 14)
    for a, b in [("Morphine", "Itching \u00b7 Severity: Low"), ("Adhesive tape", "Rash \u00b7 Severity: Low")]:
        D.t(L + 14, yy, a, "SB", 9)
        D.t(L + 150, yy, b, "S", 9)
        yy += 14
    y = yy + 10
    yy = card(y, "Immunizations", 32 + 2 * 14)
    for a, b in [("COVID-19 mRNA vaccine (Spikevax), 2024-2025", "10/14/2024"),
                 ("Influenza vaccine, quadrivalent", "9/30/2024")]:
        D.t(L + 14, yy, a, "S", 9)
        D.t(L + 330, yy, "Given " + b, "S", 9)
        yy += 14
    D.newpage()
    y = 34
    res = [("Hemoglobin A1C", "8.1 %", "High", "4.0 - 5.6 %", "Apr 1, 2025",
            "Previous: 7.6 % (High) on Dec 10, 2024"),
           ("Creatinine", "1.21 mg/dL", "", "0.76 - 1.27 mg/dL", "Apr 1, 2025", ""),
           ("eGFR", "68 mL/min/1.73m2", "", ">59 mL/min/1.73m2", "Apr 1, 2025", ""),
           ("Microalbumin/Creatinine Ratio, Urine", "42 mg/g creat", "High", "0 - 29 mg/g creat",
            "Apr 1, 2025", ""),
           ("LDL Cholesterol", "88 mg/dL", "", "0 - 99 mg/dL", "Apr 1, 2025", ""),
           ("Vitamin B12", "Pending", "", "", "Collected Apr 1, 2025", "")]
    yy = card(y, "Test Results", 32 + len(res) * 30 + 4)
    for a, v, fl, ref, when, extra in res:
        D.t(L + 14, yy, a, "SB", 9)
        D.t(R - 12, yy, when, "S", 7.8, GREY, a="r")
        x = D.t(L + 14, yy + 12, v, "S", 9)
        if fl:
            D.rect(x + 6, yy + 3, sw(fl, "SB", 7.5) + 8, 11, fill=rgb("#fde2e1"))
            D.t(x + 10, yy + 11.5, fl, "SB", 7.5, RED)
        if ref:
            D.t(L + 200, yy + 12, "Standard range: " + ref, "S", 8.2, GREY)
        if extra:
            D.t(R - 12, yy + 12, extra, "S", 7.8, GREY, a="r")
        yy += 30
    y = yy + 10
    yy = card(y, "Vitals (last filed Apr 1, 2025)", 32 + 2 * 14)
    D.t(L + 14, yy, "Blood Pressure: 138/86   \u00b7   Pulse: 72   \u00b7   Weight: 246 lb   \u00b7   BMI: 34.31 kg/m\u00b2"
        "   \u00b7   SpO2: 97%", "S", 9)
    D.t(L + 14, yy + 14, "PHQ-2 depression screening: Negative (score 0)", "S", 9)
    y = yy + 38
    hm = [("Zoster vaccine (1 of 2)", "Overdue since 6/11/2017"), ("Pneumococcal vaccine (PCV20)", "Due"),
          ("Diabetic eye exam", "Due soon \u2013 May 15, 2025"), ("Colonoscopy", "Completed Mar 3, 2022")]
    yy = card(y, "Health Maintenance", 32 + len(hm) * 14)
    for a, b in hm:
        D.t(L + 14, yy, a, "S", 9)
        D.t(L + 330, yy, b, "S", 9)
        yy += 14
    y = yy + 10
    yy = card(y, "Patient Education: Learning About Empagliflozin (Jardiance)", 96)
    D.para(L + 14, yy, TW - 28, "Empagliflozin helps your kidneys remove sugar from your body through your urine. "
           "Drink plenty of fluids. This medicine can cause genital yeast infections and urinary tract "
           "infections. Rarely it can cause diabetic ketoacidosis, even when your blood sugar is not very high: "
           "call your doctor if you have nausea, vomiting, stomach pain or unusual tiredness. Stop taking it 3 "
           "days before planned surgery.", "S", 8.6)

    D.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65", ["type 2 diabetes"])
    D.cond("Obstructive sleep apnea", "active", "G47.33", ["OSA"])
    D.cond("Essential hypertension", "active", "I10", ["hypertension"])
    D.cond("Chronic low back pain", "active", "M54.50", ["low back pain"])
    D.med("empagliflozin", "JARDIANCE", "10", "mg", "oral", "once daily", "active")
    D.med("metformin", "GLUCOPHAGE", "500", "mg", "oral", "twice daily", "active")
    D.med("lisinopril-hydrochlorothiazide", "ZESTORETIC", "20-12.5", "mg", "oral", "once daily", "active")
    D.med("rosuvastatin", "CRESTOR", "20", "mg", "oral", "at night", "active")
    D.med("cyclobenzaprine", "FLEXERIL", "10", "mg", "oral", "three times daily as needed", "active")
    D.med("naproxen", "NAPROSYN", "500", "mg", "oral", None, "stopped")
    D.alg("Morphine", "Itching", "Low")
    D.alg("Adhesive tape", "Rash", "Low")
    D.imm("COVID-19 mRNA vaccine", "2024-10-14", None, None, "Spikevax")
    D.imm("Influenza vaccine, quadrivalent", "2024-09-30", None, None, None)
    D.lab("Hemoglobin A1C", "8.1", "%", 4.0, 5.6, "high", "2025-04-01", ["HbA1c"])
    D.lab("Hemoglobin A1C", "7.6", "%", 4.0, 5.6, "high", "2024-12-10", ["HbA1c"])
    D.lab("Creatinine", "1.21", "mg/dL", 0.76, 1.27, "normal", "2025-04-01")
    D.lab("eGFR", "68", "mL/min/1.73m2", 59.0, None, "normal", "2025-04-01", [], rt=">59")
    D.lab("Microalbumin/Creatinine Ratio, Urine", "42", "mg/g creat", 0.0, 29.0, "high", "2025-04-01",
          ["urine albumin/creatinine ratio", "UACR"])
    D.lab("LDL Cholesterol", "88", "mg/dL", 0.0, 99.0, "normal", "2025-04-01")
    D.vit("blood_pressure", "138/86", None)
    D.vit("heart_rate", "72", None)
    D.vit("weight", "246", "lb")
    D.vit("bmi", "34.31", "kg/m\u00b2")
    D.vit("oxygen_saturation", "97", "%")
    D.mn("medications", "naproxen", "stopped", "stopped Apr 2, 2025")
    D.mn("immunizations", "Zoster vaccine", "due", "overdue")
    D.mn("immunizations", "Pneumococcal vaccine", "due", "")
    D.mn("labs", "Vitamin B12", "other", "pending")
    D.mn("conditions", "genital yeast infections", "leaflet", "patient education")
    D.mn("conditions", "diabetic ketoacidosis", "leaflet", "patient education")
    D.mn("conditions", "urinary tract infections", "leaflet", "patient education")
    D.mn("conditions", "depression", "negated", "PHQ-2 negative")
    return D



# ============================================================================= build
def make_all(only=None):
    register_fonts()
    out = []
    for fn in DOCS:
        D = fn()
        if only and D.num not in only:
            continue
        pdf = D.finish()
        if D.scan:
            data, npages = render_scan(D, pdf)
        else:
            data, npages = pdf, D.page_no
        out.append((D, data, npages))
    return out


def _norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


ROW_KEYS = {
    "medications": {"name", "brand", "dose", "unit", "route", "frequency", "status"},
    "labs": {"test_name", "value_text", "value_numeric", "unit", "reference_low",
             "reference_high", "reference_text", "flag", "date", "aliases"},
    "vitals": {"kind", "value_text", "value_numeric", "value_secondary", "unit"},
    "allergies": {"substance", "reaction", "severity"},
    "conditions": {"name", "status", "icd10_code", "aliases"},
    "immunizations": {"vaccine", "administered_on", "dose_number", "lot_number", "brand",
                      "date_ambiguous"},
}


def check_doc(D, npages):
    """Every truth row's name, value, unit and date must appear in the drawn strings."""
    errs = []
    hay = _norm(" ".join(D.drawn))
    tag = f"{D.num:02d}_{D.slug}"

    def err(msg):
        errs.append(f"{tag}: {msg}")

    def has(s):
        return s is not None and _norm(s) in hay

    def has_val(v):
        n = _norm(v)
        if re.match(r"^[<>≤≥]?\s?[\d.,]", n):
            return re.search(r"(?<![\d.,])" + re.escape(n) + r"(?![\d])", hay) is not None
        return n in hay

    def has_date(iso):
        return any(_norm(fmt_date(iso, st)) in hay for st in D.styles)

    def any_name(*names):
        return any(has(n) for n in names if n)

    def iso_ok(s):
        try:
            return date.fromisoformat(s).isoformat() == s
        except (TypeError, ValueError):
            return False

    if D.dtype not in DOC_TYPES:
        err(f"bad document_type {D.dtype}")
    if sum(1 for s in D.drawn if s == FOOTER) < npages:
        err("footer missing on a page")
    nopt = 0
    for cat in CATS:
        for r in D.truth[cat]:
            keys = set(r) - {"optional"}
            if keys != ROW_KEYS[cat]:
                err(f"{cat} keys {sorted(keys ^ ROW_KEYS[cat])}")
            nopt += 1 if r.get("optional") else 0
    if nopt > 1:
        err("more than one optional row")
    for r in D.truth["medications"]:
        if not any_name(r["name"], r["brand"]):
            err(f"med name {r['name']}/{r['brand']} not drawn")
        if r["dose"] is not None and not has_val(r["dose"]):
            err(f"med dose {r['name']} {r['dose']} not drawn")
        if r["unit"] is not None and not has(r["unit"]):
            err(f"med unit {r['name']} {r['unit']} not drawn")
        if r["status"] not in MED_STATUS:
            err(f"med status {r['status']}")
        if r["status"] in ("stopped", "held", "completed"):
            if not any(m["category"] == "medications" and m["why"] == "stopped"
                       and m["name"] in (r["name"], r["brand"]) for m in D.truth["must_not"]):
                err(f"stopped med {r['name']} lacks a must_not row")
    for r in D.truth["labs"]:
        if not any_name(r["test_name"], *r["aliases"]):
            err(f"lab name {r['test_name']} not drawn")
        if not has_val(r["value_text"]):
            err(f"lab value {r['test_name']} {r['value_text']} not drawn")
        if r["unit"] is not None and not has(r["unit"]):
            err(f"lab unit {r['test_name']} {r['unit']} not drawn")
        if not iso_ok(r["date"]) or not has_date(r["date"]):
            err(f"lab date {r['test_name']} {r['date']} not drawn in {D.styles}")
        if r["flag"] not in FLAGS:
            err(f"lab flag {r['flag']}")
        ref = r["reference_low"] is not None or r["reference_high"] is not None \
            or r["reference_text"] is not None
        if ref and r["flag"] is None:
            err(f"lab {r['test_name']}: reference printed but flag null")
        if not ref and r["flag"] == "normal":
            err(f"lab {r['test_name']}: flag normal without reference")
        v, lo, hi = r["value_numeric"], r["reference_low"], r["reference_high"]
        if v is not None and r["flag"] == "normal":
            if (lo is not None and v < lo) or (hi is not None and v > hi):
                err(f"lab {r['test_name']} {v} outside {lo}-{hi} but flag normal")
        if v is not None and r["flag"] == "high" and hi is not None and v <= hi:
            err(f"lab {r['test_name']} {v} flagged high within {hi}")
        if v is not None and r["flag"] == "low" and lo is not None and v >= lo:
            err(f"lab {r['test_name']} {v} flagged low within {lo}")
    for r in D.truth["vitals"]:
        if r["kind"] not in VITAL_KINDS:
            err(f"vital kind {r['kind']}")
        if not has_val(r["value_text"]):
            err(f"vital value {r['kind']} {r['value_text']} not drawn")
        if r["unit"] is not None and not has(r["unit"]):
            err(f"vital unit {r['kind']} {r['unit']} not drawn")
    for r in D.truth["allergies"]:
        if not has(r["substance"]):
            err(f"allergy {r['substance']} not drawn")
        if r["reaction"] is not None and not has(r["reaction"]):
            err(f"allergy reaction {r['reaction']} not drawn")
    for r in D.truth["conditions"]:
        if not any_name(r["name"], *r["aliases"]):
            err(f"condition {r['name']} not drawn")
    for r in D.truth["immunizations"]:
        if not any_name(r["vaccine"], r["brand"]):
            err(f"vaccine {r['vaccine']} not drawn")
        if not iso_ok(r["administered_on"]) or not has_date(r["administered_on"]):
            err(f"vaccine date {r['vaccine']} {r['administered_on']} not drawn")
        if r["lot_number"] is not None and not has(r["lot_number"]):
            err(f"vaccine lot {r['lot_number']} not drawn")
        if not isinstance(r["date_ambiguous"], bool):
            err("date_ambiguous not bool")
        if r["date_ambiguous"]:
            d = date.fromisoformat(r["administered_on"])
            if d.day > 12 or d.day == d.month:
                err(f"vaccine {r['vaccine']} marked ambiguous but {d} is not")
    for r in D.truth["must_not"]:
        if set(r) != {"category", "name", "why", "note"}:
            err(f"must_not keys {sorted(r)}")
        if r["category"] not in CATS:
            err(f"must_not category {r['category']}")
        if r["why"] not in WHYS:
            err(f"must_not why {r['why']}")
        if not has(r["name"]):
            err(f"must_not name {r['name']} not drawn")
    return errs


def _sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def manifest_paths(out):
    paths = []
    for sub in ("docs", "truth", os.path.join("truth", "drawn")):
        d = os.path.join(out, sub)
        for n in sorted(os.listdir(d)):
            if os.path.isfile(os.path.join(d, n)):
                paths.append(f"{sub}/{n}".replace(os.sep, "/"))
    paths.append(SCRIPT_NAME)
    return paths


def write_manifest(out):
    lines = [f"{_sha(os.path.join(out, p))}  {p}" for p in manifest_paths(out)]
    with open(os.path.join(out, "MANIFEST.sha256"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return len(lines)


def build(out, readme=False):
    results = make_all()
    errors = []
    for D, _data, npages in results:
        errors += check_doc(D, npages)
    nums = sorted(D.num for D, _, _ in results)
    if nums != list(range(1, 25)):
        errors.append(f"documents are {nums}, expected 1..24")
    if errors:
        print("TRUTH SELF-CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for sub in ("docs", "truth", os.path.join("truth", "drawn")):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for n in os.listdir(d):
            if os.path.isfile(os.path.join(d, n)):
                os.remove(os.path.join(d, n))
    meta = []
    for D, data, npages in results:
        base = f"{D.num:02d}_{D.slug}"
        with open(os.path.join(out, D.file), "wb") as fh:
            fh.write(data)
        with open(os.path.join(out, "truth", base + ".json"), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(D.truth_json(), indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "truth", "drawn", base + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(D.drawn) + "\n")
        meta.append((D, npages))
    # every truth file must parse back
    for D, _ in meta:
        with open(os.path.join(out, "truth", f"{D.num:02d}_{D.slug}.json"), encoding="utf-8") as fh:
            json.load(fh)
    if os.path.abspath(out) != HERE:
        shutil.copyfile(os.path.join(HERE, SCRIPT_NAME), os.path.join(out, SCRIPT_NAME))
    n = write_manifest(out)
    rp = os.path.join(out, "README.md")
    if readme or not os.path.exists(rp):
        with open(rp, "w", encoding="utf-8") as fh:
            fh.write(make_readme(meta))
    print(f"built {len(meta)} documents into {out}; MANIFEST {n} entries; self-check OK")
    return meta


def totals(meta):
    t = {"documents": len(meta), "pages": sum(p for _, p in meta),
         "scans": sum(1 for D, _ in meta if D.scan), "handwritten": sum(1 for D, _ in meta
                                                                         if D.handwritten)}
    cats = {c: sum(len(D.truth[c]) for D, _ in meta) for c in CATS}
    whys = {w: sum(1 for D, _ in meta for r in D.truth["must_not"] if r["why"] == w) for w in WHYS}
    return t, cats, whys


CONVENTIONS = """\
- A row is a current fact that a careful clinician would enter in the record from this
  document. Lab rows carry the collection date of their column or row, one row per value per
  date. Previous-result columns and cumulative columns therefore give rows with their own dates.
- `flag`: the printed flag (H/L -> high/low, HH/LL or "critical" -> critical,
  reactive/positive -> abnormal). If no flag is printed and a reference is printed, the flag
  is "normal". With no reference it is null.
- Stopped, held and completed medicines are rows with that status AND a must_not row (why
  "stopped"). One-off doses given in a clinic, ED or ward are must_not rows only (why "other").
- Due, planned, declined or not-indicated vaccines, and negated, family, planned, ruled-out or
  suspected conditions and allergies, are must_not rows only. A resolved past problem is a
  must_not row with why "historical". Declined or not-indicated vaccines, pending results and
  suspected diagnoses use why "other". Conditions or medicines named only in patient leaflet /
  advice text use why "leaflet". Items ticked "No" on a form use why "checkbox_no".
  Planned/to-start medicines use why "planned".
- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart from
  the document alone.
- must_not `why` is one of: negated, family, historical, planned, due, stopped, checkbox_no,
  leaflet, other.
"""


def make_readme(meta):
    t, cats, whys = totals(meta)
    scored = sum(cats.values())
    L = []
    L.append("# Held-out extraction test set 18")
    L.append("")
    L.append(STATUS)
    L.append("")
    L.append("24 synthetic medical documents in English, one per country or health system, with "
             "hand-written truth. All patients, clinicians, clinics, numbers and identifiers are "
             "invented; every page carries the footer \"SYNTHETIC TEST DOCUMENT - not a real "
             "patient\".")
    L.append("")
    L.append("## How it was made")
    L.append("")
    L.append("- Written by someone who had not seen the extractor, its rules, its tests or any "
             "other bench set; the only repository file read was `pipeline/clinical/schema.py` "
             "(field names and allowed values).")
    L.append("- `make_heldout18.py` draws every document with reportlab (`invariant=1`) and "
             "types every clinical value and every truth row by hand. No clinical content is "
             "generated or randomised.")
    L.append("- Randomness only shapes the look: handwriting (an oblique DejaVu font drawn "
             "character by character with jitter), signatures and tick marks (vector strokes), "
             "and scans. All generators are seeded with fixed strings (`random.Random(str)`, "
             "numpy `default_rng` from a sha256 of a string), so builds are byte-for-byte "
             "identical.")
    L.append("- Scans: pages rendered with pypdfium2 at 150-200 dpi, rotated 0.5-2.5 degrees "
             "(both directions), blurred slightly, toned to paper, lit unevenly and given mild "
             "noise; saved as JPG, PNG (greyscale) or an image-only PDF.")
    L.append("- `truth/drawn/NN_slug.txt` lists every string drawn into the document in drawing "
             "order. The build asserts that each truth row's name (or an alias / brand), value, "
             "unit and date (in the document's own date style) occur in those strings, that "
             "enums and keys are valid, that flags agree with the printed references, and that "
             "each stopped / held / completed medicine also has a must_not row.")
    L.append("")
    L.append("## Build commands")
    L.append("")
    L.append("```")
    L.append("/work/main/.venv/bin/python bench/heldout18/make_heldout18.py              # build, keep README.md")
    L.append("/work/main/.venv/bin/python bench/heldout18/make_heldout18.py --readme     # build and rewrite README.md")
    L.append("/work/main/.venv/bin/python bench/heldout18/make_heldout18.py --check      # verify MANIFEST.sha256")
    L.append("/work/main/.venv/bin/python bench/heldout18/make_heldout18.py --determinism  # two builds in /tmp/heldout18_work")
    L.append("```")
    L.append("")
    L.append("`MANIFEST.sha256` covers `docs/`, `truth/` (with `truth/drawn/`) and the script, "
             "not this README.")
    L.append("")
    L.append("## Truth format")
    L.append("")
    L.append("One JSON file per document in `truth/`: `file`, `country`, `document_type`, then "
             "`medications`, `labs`, `vitals`, `allergies`, `conditions`, `immunizations` (scored "
             "rows) and `must_not` (`category`, `name`, `why`, `note`). Lab rows carry `date`, "
             "immunisation rows `administered_on` and `date_ambiguous`; `aliases` lists other "
             "names the document uses or a clinician would use. A row may carry "
             "`\"optional\": true` (at most one per document).")
    L.append("")
    L.append("## Truth conventions")
    L.append("")
    L.append(CONVENTIONS.rstrip())
    L.append("")
    L.append("## Totals")
    L.append("")
    L.append(f"- Documents: {t['documents']}; pages: {t['pages']}; scans: {t['scans']}; "
             f"with handwriting: {t['handwritten']}")
    L.append(f"- Scored rows: {scored} - " + ", ".join(f"{c} {cats[c]}" for c in CATS))
    L.append(f"- must_not rows: {sum(whys.values())} - " + ", ".join(f"{w} {whys[w]}" for w in WHYS))
    nopt = sum(1 for D, _ in meta for c in CATS for r in D.truth[c] if r.get("optional"))
    L.append(f"- Rows marked optional: {nopt}")
    L.append("")
    L.append("## Documents")
    L.append("")
    L.append("| # | file | country | document_type | kind | pages | scan | handwritten | date style "
             "| rows | must_not |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for D, p in meta:
        rows = sum(len(D.truth[c]) for c in CATS)
        L.append(f"| {D.num} | `{D.file}` | {D.country} | {D.dtype} | {D.kind} | {p} | "
                 f"{'yes (' + D.ext + ')' if D.scan else 'no'} | {'yes' if D.handwritten else 'no'} "
                 f"| {' / '.join(D.styles)} | {rows} | {len(D.truth['must_not'])} |")
    L.append("")
    return "\n".join(L)


def check(out):
    mp = os.path.join(out, "MANIFEST.sha256")
    with open(mp, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().splitlines() if ln.strip()]
    bad, listed = [], set()
    for ln in lines:
        digest, path = ln.split("  ", 1)
        listed.add(path)
        if path.lower().startswith("readme"):
            bad.append(f"README listed: {path}")
            continue
        fp = os.path.join(out, path)
        if not os.path.exists(fp):
            bad.append(f"missing {path}")
        elif _sha(fp) != digest:
            bad.append(f"hash mismatch {path}")
    for p in manifest_paths(out):
        if p not in listed:
            bad.append(f"not in manifest: {p}")
    if len(lines) < 50:
        bad.append(f"only {len(lines)} entries")
    for b in bad:
        print("  " + b)
    print(f"--check: {'OK' if not bad else 'FAILED'} ({len(lines)} entries)")
    return not bad


def determinism():
    work = "/tmp/heldout18_work"
    if os.path.isdir(work):
        shutil.rmtree(work)
    mans = []
    for tag in ("a", "b"):
        d = os.path.join(work, tag)
        os.makedirs(d)
        r = subprocess.run([sys.executable, os.path.join(HERE, SCRIPT_NAME), "--out", d],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            print("--determinism: FAILED (build error)")
            return False
        with open(os.path.join(d, "MANIFEST.sha256"), encoding="utf-8") as fh:
            mans.append(fh.read())
    same = mans[0] == mans[1]
    msg = f"--determinism: {'OK' if same else 'FAILED'} (two builds, {len(mans[0].splitlines())} entries"
    own = os.path.join(HERE, "MANIFEST.sha256")
    if os.path.exists(own):
        with open(own, encoding="utf-8") as fh:
            eq = fh.read() == mans[0]
        msg += f"; matches this folder's MANIFEST: {'yes' if eq else 'no'}"
        same = same and eq
    print(msg + ")")
    return same


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("--readme", action="store_true")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--only", default="", help="debug: comma list of numbers, writes PDFs to --out")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check(a.out) else 1)
    if a.determinism:
        sys.exit(0 if determinism() else 1)
    if a.only:
        nums = {int(x) for x in a.only.split(",")}
        os.makedirs(a.out, exist_ok=True)
        for D, data, npages in make_all(nums):
            for e in check_doc(D, npages):
                print("  " + e)
            with open(os.path.join(a.out, os.path.basename(D.file)), "wb") as fh:
                fh.write(data)
            print(D.file, npages, "pages", sum(len(D.truth[c]) for c in CATS), "rows",
                  len(D.truth["must_not"]), "must_not")
        return
    build(a.out, readme=a.readme)


if __name__ == "__main__":
    main()
