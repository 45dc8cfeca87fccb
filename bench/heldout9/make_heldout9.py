#!/usr/bin/env python3
"""Held-out evaluation set 9: deterministic generator.

Writes docs/ (synthetic clinical documents: text PDFs, image-only scanned PDFs and
JPEG photos), truth/ (one JSON answer key per document), MANIFEST.sha256 and README.md.

    python make_heldout9.py            # (re)generate everything next to this file
    python make_heldout9.py --check    # regenerate in a temp dir, compare with MANIFEST

Everything here is invented: people, identifiers, addresses, phone numbers and lot
numbers. Every page carries the footer "SYNTHETIC TEST DOCUMENT - not a real patient".
Determinism: reportlab invariant=1, fixed seeds, no clock reads.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"

DOCUMENT_TYPES = {"lab_result", "prescription", "discharge_summary", "immunization_record",
                  "medical_record", "other"}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
LAB_FLAGS = {"normal", "high", "low", "critical", "abnormal"}
VITAL_KINDS = {"blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi"}
MUST_NOT_CATS = {"medications", "labs", "vitals", "allergies", "conditions", "immunizations"}
MUST_NOT_WHY = {"negated", "family", "historical", "planned", "due", "stopped", "other",
                "checkbox_no", "leaflet", "not_clinical"}

BLACK = (0, 0, 0)
GREY = (0.45, 0.45, 0.45)
LIGHT = (0.90, 0.90, 0.90)


# ----------------------------------------------------------------------------------------
# Layout: a tiny flow engine that records every drawing operation per page, so that the
# text of each page is known exactly (used by the checks, also for scans).
# ----------------------------------------------------------------------------------------
def T(x, y, s, font="Helvetica", size=9, color=BLACK, align="l"):
    return ("t", x, y, s, font, size, color, align)


def L(x1, y1, x2, y2, w=0.5, color=BLACK):
    return ("l", x1, y1, x2, y2, w, color)


def R(x, y, w, h, stroke=BLACK, fill=None, lw=0.5):
    return ("r", x, y, w, h, stroke, fill, lw)


class Doc:
    def __init__(self, title, pagesize=A4, margins=(50, 50, 56, 50), font="Helvetica",
                 size=9.5, header=None, page_numbers="Page {n} of {N}", footer_left=None,
                 footer_size=7.5, top_first=None):
        self.title = title
        self.W, self.H = pagesize
        self.ml, self.mr, self.mt, self.mb = margins
        self.font, self.size = font, size
        self.header = header
        self.page_numbers = page_numbers
        self.footer_left = footer_left
        self.footer_size = footer_size
        self.pages = [[]]
        self.top_first = top_first
        self.y = self.H - (top_first if top_first is not None else self.mt)
        self.final_pages = None

    # -- primitives ------------------------------------------------------------------
    @property
    def width(self):
        return self.W - self.ml - self.mr

    @property
    def x0(self):
        return self.ml

    @property
    def x1(self):
        return self.W - self.mr

    def op(self, o):
        self.pages[-1].append(o)

    def text(self, x, y, s, font=None, size=None, color=BLACK, align="l"):
        self.op(T(x, y, s, font or self.font, size or self.size, color, align))

    def line(self, x1, y1, x2, y2, w=0.5, color=BLACK):
        self.op(L(x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.5):
        self.op(R(x, y, w, h, stroke, fill, lw))

    def new_page(self):
        self.pages.append([])
        self.y = self.H - self.mt

    def need(self, h):
        if self.y - h < self.mb:
            self.new_page()

    def space(self, h):
        self.y -= h

    # -- flow elements ---------------------------------------------------------------
    def para(self, s, font=None, size=None, indent=0, leading=None, after=3, color=BLACK,
             width=None, align="l"):
        font = font or self.font
        size = size or self.size
        leading = leading or size * 1.3
        w = (width or self.width) - indent
        for ln in simpleSplit(s, font, size, w):
            self.need(leading)
            x = self.x0 + indent
            if align == "c":
                x = self.x0 + indent + w / 2
            self.text(x, self.y - size, ln, font, size, color, align)
            self.y -= leading
        self.y -= after

    def bullets(self, items, bullet="-", size=None, font=None, indent=12, after=3):
        size = size or self.size
        font = font or self.font
        for it in items:
            lines = simpleSplit(it, font, size, self.width - indent - 4)
            for i, ln in enumerate(lines):
                self.need(size * 1.3)
                if i == 0:
                    self.text(self.x0 + indent - 9, self.y - size, bullet, font, size)
                self.text(self.x0 + indent, self.y - size, ln, font, size)
                self.y -= size * 1.3
        self.y -= after

    def heading(self, s, size=11, font="Helvetica-Bold", before=7, after=4, rule=False,
                fill=None, color=BLACK, keep=40):
        self.y -= before
        self.need(size * 1.5 + keep)
        if fill:
            self.rect(self.x0, self.y - size * 1.45, self.width, size * 1.45, stroke=None,
                      fill=fill)
            self.text(self.x0 + 4, self.y - size * 1.08, s, font, size, color)
        else:
            self.text(self.x0, self.y - size, s, font, size, color)
        self.y -= size * 1.45
        if rule:
            self.line(self.x0, self.y, self.x1, self.y, 0.8)
        self.y -= after

    def kv(self, pairs, cols=2, size=None, label_font="Helvetica-Bold", font=None,
           label_w=None, after=4, sep=":", leading=None):
        size = size or self.size
        font = font or self.font
        leading = leading or size * 1.32
        col_w = self.width / cols
        for i in range(0, len(pairs), cols):
            row = pairs[i:i + cols]
            cells = []
            for lab, val in row:
                lt = lab + sep if lab else ""
                lw = label_w if label_w is not None else stringWidth(lt + " ", label_font, size)
                lines = simpleSplit(val, font, size, col_w - lw - 6) if val else [""]
                cells.append((lt, lw, lines))
            h = max(len(c[2]) for c in cells) * leading
            self.need(h)
            for j, (lt, lw, lines) in enumerate(cells):
                x = self.x0 + j * col_w
                if lt:
                    self.text(x, self.y - size, lt, label_font, size)
                for k, ln in enumerate(lines):
                    if ln:
                        self.text(x + lw, self.y - size - k * leading, ln, font, size)
            self.y -= h
        self.y -= after

    def table(self, cols, rows, style="grid", size=8.3, font=None, header=True,
              header_fill=LIGHT, header_font="Helvetica-Bold", pad=2.4, after=6,
              zebra=None, lw=0.5, leading=None, min_h=0):
        """cols: [(title, width, align)], width as fraction (<=1.0 total) or points.
        rows: list of cell lists; a cell is a str or (str, {font,color,size}); a row that is
        a ("__section__", text) tuple is a spanning sub-heading."""
        font = font or self.font
        leading = leading or size * 1.22
        ws = [c[1] for c in cols]
        if sum(ws) <= 1.001:
            ws = [w * self.width for w in ws]
        xs = [self.x0]
        for w in ws:
            xs.append(xs[-1] + w)

        def cell_lines(cell, w, default_font):
            if isinstance(cell, tuple):
                s, st = cell
            else:
                s, st = cell, {}
            f = st.get("font", default_font)
            sz = st.get("size", size)
            lines = simpleSplit(s, f, sz, w - 2 * pad) if s else []
            return lines, f, sz, st.get("color", BLACK)

        def draw_row(cells, fonts_default, fill=None, is_header=False):
            prepared = [cell_lines(c, ws[i], fonts_default) for i, c in enumerate(cells)]
            nl = max([len(p[0]) for p in prepared] + [1])
            h = max(nl * leading + 2 * pad, min_h)
            return prepared, h

        def emit_row(prepared, h, fill=None):
            top = self.y
            if fill:
                self.rect(self.x0, top - h, xs[-1] - self.x0, h, stroke=None, fill=fill)
            for i, (lines, f, sz, color) in enumerate(prepared):
                align = cols[i][2] if len(cols[i]) > 2 else "l"
                for k, ln in enumerate(lines):
                    yb = top - pad - sz - k * leading + 1
                    if align == "r":
                        self.text(xs[i + 1] - pad, yb, ln, f, sz, color, "r")
                    elif align == "c":
                        self.text((xs[i] + xs[i + 1]) / 2, yb, ln, f, sz, color, "c")
                    else:
                        self.text(xs[i] + pad, yb, ln, f, sz, color, "l")
            if style == "grid":
                for i in range(len(ws)):
                    self.rect(xs[i], top - h, ws[i], h, lw=lw)
            elif style == "lines":
                self.line(self.x0, top - h, xs[-1], top - h, lw * 0.7, GREY)
            self.y -= h

        def emit_header():
            if not header:
                return
            prepared, h = draw_row([c[0] for c in cols], header_font)
            emit_row(prepared, h, fill=header_fill)
            if style in ("lines", "none"):
                self.line(self.x0, self.y, xs[-1], self.y, 0.9)

        hp, hh = draw_row([c[0] for c in cols], header_font) if header else (None, 0)
        first = rows[0] if rows else None
        fh = 0
        if first is not None and not (isinstance(first, tuple) and first[0] == "__section__"):
            fh = draw_row(first, font)[1]
        self.need(hh + fh + 2)
        emit_header()
        for ri, row in enumerate(rows):
            if isinstance(row, tuple) and row[0] == "__section__":
                sh = size * 1.25 + 2 * pad
                if self.y - sh - leading * 2 < self.mb:
                    self.new_page()
                    emit_header()
                top = self.y
                if style == "grid":
                    self.rect(self.x0, top - sh, xs[-1] - self.x0, sh, fill=(0.95, 0.95, 0.95),
                              lw=lw)
                self.text(self.x0 + pad, top - pad - size, row[1], "Helvetica-Bold", size)
                self.y -= sh
                continue
            prepared, h = draw_row(row, font)
            if self.y - h < self.mb:
                self.new_page()
                emit_header()
            fill = zebra if (zebra and ri % 2 == 1) else None
            emit_row(prepared, h, fill=fill)
        self.y -= after

    def box(self, x, ybase, checked, s=7.5):
        self.rect(x, ybase - 1, s, s, lw=0.7)
        if checked:
            self.text(x + s / 2, ybase + 0.3, "X", "Helvetica-Bold", s, BLACK, "c")

    def ticks(self, label, choice, options=("Yes", "No"), size=None, label_w=None,
              extra=None, font=None, opt_w=42, after=1.5):
        """A questionnaire line: label, then a box per option; `choice` is the ticked option."""
        size = size or self.size
        font = font or self.font
        label_w = label_w or self.width * 0.5
        lines = simpleSplit(label, font, size, label_w - 6)
        h = len(lines) * size * 1.3 + 2
        self.need(h)
        for k, ln in enumerate(lines):
            self.text(self.x0, self.y - size - k * size * 1.3, ln, font, size)
        x = self.x0 + label_w
        yb = self.y - size
        for o in options:
            self.box(x, yb, o == choice, s=size * 0.85)
            self.text(x + size * 1.2, yb, o, font, size)
            x += opt_w
        if extra:
            self.text(x + 4, yb, extra, "Courier-Oblique" if font != "Courier-Oblique" else font,
                      size)
        self.y -= h + after

    def hr(self, w=0.6, before=2, after=4, color=BLACK):
        self.y -= before
        self.line(self.x0, self.y, self.x1, self.y, w, color)
        self.y -= after

    # -- output ----------------------------------------------------------------------
    def footer_ops(self, n, N):
        ops = [T(self.W / 2, 20, FOOTER, "Helvetica-Bold", self.footer_size, BLACK, "c")]
        if self.page_numbers:
            ops.append(T(self.x1, 20, self.page_numbers.format(n=n, N=N), "Helvetica",
                         self.footer_size, BLACK, "r"))
        if self.footer_left:
            s = self.footer_left.format(n=n, N=N)
            room = self.W / 2 - stringWidth(FOOTER, "Helvetica-Bold", self.footer_size) / 2
            y = 20 if self.x0 + stringWidth(s, "Helvetica", self.footer_size) + 8 < room else 31
            ops.append(T(self.x0, y, s, "Helvetica", self.footer_size, BLACK, "l"))
        return ops

    def render(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        c.setTitle(self.title)
        c.setAuthor("synthetic test data")
        c.setCreator("make_heldout9.py")
        N = len(self.pages)
        self.final_pages = []
        for n, ops in enumerate(self.pages, 1):
            allops = (list(self.header(self, n, N)) if self.header else []) + ops
            allops += self.footer_ops(n, N)
            self.final_pages.append(allops)
            for o in allops:
                draw_op(c, o)
            c.showPage()
        c.save()
        return buf.getvalue()

    def page_texts(self):
        return [" ".join(o[3] for o in ops if o[0] == "t") for ops in self.final_pages]


def draw_op(c, o):
    if o[0] == "t":
        _, x, y, s, font, size, color, align = o
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, y, s)
        elif align == "c":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
    elif o[0] == "l":
        _, x1, y1, x2, y2, w, color = o
        c.setStrokeColorRGB(*color)
        c.setLineWidth(w)
        c.line(x1, y1, x2, y2)
    elif o[0] == "r":
        _, x, y, w, h, stroke, fill, lw = o
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)


# ----------------------------------------------------------------------------------------
# Truth accumulation
# ----------------------------------------------------------------------------------------
_NUM = re.compile(r"-?\d+(?:\.\d+)?")


def parse_num(s):
    if s is None:
        return None
    t = s.replace(",", "").strip()
    return float(t) if _NUM.fullmatch(t) else None


def parse_ref(ref):
    if ref is None:
        return None, None
    s = ref.replace(" ", "").replace("\u2013", "-")
    for unit_tail in ("mmol/L", "mg/dL", "g/L", "%"):
        if s.endswith(unit_tail):
            s = s[: -len(unit_tail)]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)", s)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(r"(?:<|<=|upto|Upto|Below)(\d+(?:\.\d+)?)", s)
    if m:
        return None, float(m.group(1))
    m = re.fullmatch(r"(?:>|>=|Above)(\d+(?:\.\d+)?)", s)
    if m:
        return float(m.group(1)), None
    return None, None


def auto_flag(v, lo, hi):
    if v is None or (lo is None and hi is None):
        return None
    if hi is not None and v > hi:
        return "high"
    if lo is not None and v < lo:
        return "low"
    return "normal"


def flag_letter(flag):
    return {"high": "H", "low": "L", "critical": "C", "abnormal": "A"}.get(flag, "")


class Truth:
    def __init__(self):
        self.medications, self.labs, self.vitals = [], [], []
        self.allergies, self.conditions, self.immunizations, self.must_not = [], [], [], []
        self.row_notes = []  # judgement notes for rows whose JSON format has no "note" key

    def med(self, name, dose=None, unit=None, route=None, freq=None, status="active",
            brand=None, also=None, aliases=None, optional=False, note=None):
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": freq, "status": status}
        if also:
            r["status_also_ok"] = list(also)
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            r["note"] = note
        self.medications.append(r)
        return r

    def lab(self, test, value, unit=None, ref=None, date=None, flag="auto", low="auto",
            high="auto", numeric="auto", aliases=None, optional=False, note=None):
        lo, hi = parse_ref(ref)
        if low != "auto":
            lo = low
        if high != "auto":
            hi = high
        v = parse_num(value) if numeric == "auto" else numeric
        if flag == "auto":
            flag = auto_flag(v, lo, hi)
        r = {"test_name": test, "value_text": value, "value_numeric": v, "unit": unit,
             "reference_low": lo, "reference_high": hi, "reference_text": ref, "flag": flag,
             "date": date}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            self.row_notes.append(f"lab '{test}' {value}: {note}")
        self.labs.append(r)
        return r

    def vital(self, kind, value_text, unit, numeric="auto", secondary="auto", also_ok=None,
              optional=False, note=None):
        if kind == "blood_pressure" and numeric == "auto":
            a, b = value_text.split("/")
            numeric, secondary = float(a), float(b)
        if numeric == "auto":
            numeric = parse_num(value_text)
        if secondary == "auto":
            secondary = None
        r = {"kind": kind, "value_text": value_text, "value_numeric": numeric,
             "value_secondary": secondary, "unit": unit}
        if also_ok:
            r["also_ok"] = [{"value_numeric": a, "unit": u} for a, u in also_ok]
        if optional:
            r["optional"] = True
        if note:
            self.row_notes.append(f"vital {kind} {value_text}: {note}")
        self.vitals.append(r)
        return r

    def allergy(self, substance, reaction=None, severity=None, aliases=None, optional=False):
        r = {"substance": substance, "reaction": reaction, "severity": severity}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        self.allergies.append(r)
        return r

    def cond(self, name, status="active", icd10=None, aliases=None, optional=False, note=None):
        r = {"name": name, "status": status, "icd10_code": icd10}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            self.row_notes.append(f"condition '{name}': {note}")
        self.conditions.append(r)
        return r

    def imm(self, vaccine, date=None, dose=None, lot=None, brand=None, ambiguous=False,
            aliases=None, optional=False, note=None):
        r = {"vaccine": vaccine, "administered_on": date, "dose_number": dose,
             "lot_number": lot, "brand": brand, "date_ambiguous": ambiguous}
        if aliases:
            r["aliases"] = list(aliases)
        if optional:
            r["optional"] = True
        if note:
            self.row_notes.append(f"immunization '{vaccine}': {note}")
        self.immunizations.append(r)
        return r

    def no(self, category, name, why, note=None):
        r = {"category": category, "name": name, "why": why}
        if note:
            r["note"] = note
        self.must_not.append(r)
        return r


def amb(d_iso, stated):
    """date_ambiguous: the document does not state the order and day and month are <= 12."""
    y, m, d = (int(x) for x in d_iso.split("-"))
    assert d != m, "avoid day == month dates"
    return (not stated) and d <= 12 and m <= 12


# ----------------------------------------------------------------------------------------
# Scanning simulation
# ----------------------------------------------------------------------------------------
def rasterise(pdf_bytes, dpi):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
    pdf.close()
    return out


def degrade(img, seed, angle, blur=0.7, noise=7.0, speckles=400, light=0.22, quality=68,
            tint=(1.0, 0.975, 0.93), gray=False):
    rng = np.random.RandomState(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 240))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    ink = a.min(axis=2) < 200  # where the page has print: keep dust specks off the text
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.25, 0.75) * W, rng.uniform(0.2, 0.8) * H
    d = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    gx = rng.uniform(-1, 1)
    field = 1.0 - light * d - 0.06 * gx * (xx / W - 0.5)
    a = a * field[..., None] * np.array(tint, dtype=np.float32)[None, None, :]
    a += rng.normal(0, noise, (H, W)).astype(np.float32)[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "RGB")
    dr = ImageDraw.Draw(img)
    for _ in range(speckles):
        x, y = rng.randint(0, W), rng.randint(0, H)
        r = rng.choice([0.6, 1.0, 1.4, 2.0], p=[0.5, 0.3, 0.15, 0.05])
        g = int(rng.randint(40, 130))
        if ink[max(0, y - 6):y + 7, max(0, x - 6):x + 7].any():
            continue
        dr.ellipse([x - r, y - r, x + r, y + r], fill=(g, g, g))
    if gray:
        img = img.convert("L")
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    return b.getvalue()


def image_pdf(jpegs, pagesize=A4, title="scan"):
    """A minimal PDF whose pages are JPEG images only: no fonts, no text operators."""
    W, H = pagesize
    objs = []  # bytes of each object body, object number = index + 1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages = add(None)
    info = add(("<< /Title (%s) /Producer (make_heldout9.py) /Creator (make_heldout9.py) >>"
                % title).encode("latin-1"))
    kids = []
    for j in jpegs:
        im = Image.open(io.BytesIO(j))
        cs = "/DeviceGray" if im.mode == "L" else "/DeviceRGB"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                  % (im.width, im.height, cs.encode(), len(j)) + j + b"\nendstream")
        content = b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (W, H)
        cont = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.4f %.4f] "
                   b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages, W, H, img, cont))
        kids.append(page)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>"
                       % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()


# ----------------------------------------------------------------------------------------
# Registry of documents
# ----------------------------------------------------------------------------------------
DOCS = []


def register(num, cc, name, country, kind, document_type, service_date, pages, date_style,
             scan=None, notes=()):
    def deco(fn):
        DOCS.append(dict(num=num, cc=cc, name=name, country=country, kind=kind,
                         document_type=document_type, service_date=service_date,
                         pages=pages, date_style=date_style, scan=scan, notes=list(notes),
                         build=fn))
        return fn
    return deco


def letterhead(d, org, lines, right=None, size=14):
    """A simple letterhead block on the first page."""
    d.text(d.x0, d.y - size, org, "Helvetica-Bold", size)
    y = d.y - size - 4
    for ln in lines:
        y -= 10
        d.text(d.x0, y, ln, "Helvetica", 8.2, GREY)
    if right:
        yr = d.y - 10
        for ln in right:
            d.text(d.x1, yr, ln, "Helvetica", 8.2, GREY, "r")
            yr -= 10
        y = min(y, yr)
    d.y = y - 8
    d.line(d.x0, d.y, d.x1, d.y, 1.0)
    d.y -= 10


# ========================================================================================
# DOCUMENTS
# ========================================================================================


# ---------------------------------------------------------------------------------------
# 01 United Kingdom: cardiology clinic letter to the GP (prose + lists)
# ---------------------------------------------------------------------------------------
@register(1, "gb", "cardiology_clinic_letter", "United Kingdom",
          "NHS hospital cardiology outpatient letter to the GP, prose with medication list",
          "medical_record", "2024-03-12", 2,
          "DD/MM/YYYY in the header block; long form '12 March 2024' in the text",
          notes=[
              "Clinic date 12/03/2024 is the service date; letter typed 14/03/2024.",
              "Bisoprolol increased at this visit: status changed. Dapagliflozin started today: new.",
              "Amlodipine stopped today and aspirin stopped in 2022: stopped rows plus must_not.",
              "Spironolactone is conditional ('please start ... if potassium is below 5.0'): "
              "must_not planned. Sacubitril/valsartan 'will consider': must_not planned.",
              "Bloods of 05/03/2024 are reported in prose without ranges: flags null.",
              "Gout 'no flares for several years, no treatment' is optional (could be read as "
              "inactive).",
              "Right inguinal hernia repair (2015) is historical; brother's coronary artery "
              "disease is family history.",
          ])
def build_01():
    def hdr(d, n, N):
        if n == 1:
            return []
        return [T(d.x0, d.H - 34, "Mr T EXAMPLE-HARGREAVES  NHS No 999 000 0417  (continued)",
                  "Helvetica", 8.5, GREY)]
    d = Doc("Cardiology clinic letter", size=10, header=hdr)
    t = Truth()
    letterhead(d, "Northbridge General Hospital NHS Foundation Trust",
               ["Department of Cardiology - Outpatients, Level 2, 1 Example Road, "
                "Northbridge NB0 0AA",
                "Secretary: 01632 960 000   Fax: 01632 960 001   nbgh.cardiology@example.nhs.uk"])
    d.kv([("Our ref", "CARD/000417/PE"), ("Clinic date", "12/03/2024"),
          ("Typed", "14/03/2024"), ("Consultant", "Dr Priya Example")], cols=2, size=9)
    d.para("Dr Samuel Okonkwo-Test, The Example Surgery, 2 Sample Lane, Northbridge NB0 0AB",
           size=9.5, after=8)
    d.para("Dear Dr Okonkwo-Test,", after=6)
    d.para("Re: Mr Thomas EXAMPLE-HARGREAVES   DOB 09/11/1956   NHS No 999 000 0417   "
           "Hospital No H0000412", font="Helvetica-Bold", after=8)
    d.para("Diagnoses:", font="Helvetica-Bold", after=1)
    d.bullets([
        "Heart failure with reduced ejection fraction (LVEF 35% on echocardiogram, February "
        "2024), NYHA class II",
        "Paroxysmal atrial fibrillation (CHA2DS2-VASc 4), anticoagulated",
        "Type 2 diabetes mellitus",
        "Hypertension",
        "Gout - no flares for several years, no current treatment",
    ])
    t.cond("Heart failure with reduced ejection fraction", aliases=["HFrEF", "heart failure"])
    t.cond("Paroxysmal atrial fibrillation", aliases=["atrial fibrillation"])
    t.cond("Type 2 diabetes mellitus")
    t.cond("Hypertension")
    t.cond("Gout", optional=True, note="no flares for years and untreated")
    d.para("Past history: right inguinal hernia repair (2015).", after=6)
    t.no("conditions", "right inguinal hernia repair", "historical")

    d.para("Medication after today's clinic:", font="Helvetica-Bold", after=1)
    d.table([("Medicine", 0.30), ("Dose", 0.14), ("How often", 0.24), ("Comment", 0.32)], [
        ["Bisoprolol", "5 mg", "once daily", "increased from 2.5 mg today"],
        ["Ramipril", "10 mg", "once daily", "unchanged"],
        ["Dapagliflozin", "10 mg", "once daily", "NEW - started today"],
        ["Apixaban", "5 mg", "twice daily", "unchanged"],
        ["Metformin", "1 g", "twice daily", "unchanged"],
        ["Furosemide", "40 mg", "once in the morning", "unchanged"],
        ["Atorvastatin", "80 mg", "at night", "unchanged"],
        ["Amlodipine", "5 mg", "once daily", "STOPPED today"],
    ], style="none", size=9.5, header_fill=None, after=4)
    t.med("bisoprolol", "5", "mg", None, "once daily", "changed")
    t.med("ramipril", "10", "mg", None, "once daily")
    t.med("dapagliflozin", "10", "mg", None, "once daily", "new")
    t.med("apixaban", "5", "mg", None, "twice daily")
    t.med("metformin", "1", "g", None, "twice daily")
    t.med("furosemide", "40", "mg", None, "once in the morning")
    t.med("atorvastatin", "80", "mg", None, "at night")
    t.med("amlodipine", "5", "mg", None, "once daily", "stopped")
    t.no("medications", "Amlodipine", "stopped")
    d.para("Aspirin 75 mg was stopped in 2022 when he started apixaban and should not be "
           "restarted.", after=6)
    t.med("aspirin", "75", "mg", None, None, "stopped")
    t.no("medications", "Aspirin", "stopped")

    d.para("Allergies: penicillin (rash); adhesive dressings (skin irritation). No other known "
           "drug allergies.", after=8)
    t.allergy("penicillin", "rash")
    t.allergy("adhesive dressings", "skin irritation", aliases=["adhesive"])

    d.para("I reviewed Mr Example-Hargreaves in the heart failure clinic on 12 March 2024. He "
           "reports breathlessness after walking about 200 yards on the flat, which is "
           "unchanged since his last visit. He denies chest pain, palpitations or syncope, and "
           "there is no orthopnoea. His ankle swelling settled after the furosemide dose was "
           "adjusted in January. He is taking his medicines regularly and has been using a "
           "dosette box.", after=6)
    for nm in ("chest pain", "palpitations", "syncope", "orthopnoea"):
        t.no("conditions", nm, "negated")
    d.para("On examination his blood pressure was 132/78 mmHg and heart rate 68 bpm in sinus "
           "rhythm. Oxygen saturation was 97% on air and his weight 88.2 kg, stable compared "
           "with December. The chest was clear and the JVP was not raised. There was no "
           "peripheral oedema.", after=6)
    t.vital("blood_pressure", "132/78", "mmHg")
    t.vital("heart_rate", "68", "bpm")
    t.vital("oxygen_saturation", "97", "%")
    t.vital("weight", "88.2", "kg")
    t.no("conditions", "peripheral oedema", "negated")
    d.para("Blood tests taken on 05/03/2024 showed sodium 139 mmol/L, potassium 4.8 mmol/L, "
           "creatinine 112 \u00b5mol/L, eGFR 58 mL/min/1.73m2, NT-proBNP 1460 ng/L and HbA1c "
           "58 mmol/mol.", after=6)
    for nm, v, u in [("sodium", "139", "mmol/L"), ("potassium", "4.8", "mmol/L"),
                     ("creatinine", "112", "\u00b5mol/L"), ("eGFR", "58", "mL/min/1.73m2"),
                     ("NT-proBNP", "1460", "ng/L"), ("HbA1c", "58", "mmol/mol")]:
        t.lab(nm, v, u, None, "2024-03-05")
    d.para("His brother had coronary artery disease requiring bypass surgery at the age of 54. "
           "He is an ex-smoker (stopped 2010) and drinks around 6 units of alcohol a week.",
           after=6)
    t.no("conditions", "coronary artery disease", "family")

    d.para("Plan:", font="Helvetica-Bold", after=1)
    d.bullets([
        "I have increased bisoprolol from 2.5 mg to 5 mg once daily.",
        "Dapagliflozin 10 mg once daily was started today; he has been given sick-day advice.",
        "I have stopped amlodipine, as it offers no benefit in heart failure and his blood "
        "pressure will allow the changes above.",
        "Please repeat urea and electrolytes in 2 weeks. If potassium is below 5.0 mmol/L, "
        "please start spironolactone 25 mg once daily.",
        "At his next review we will consider switching ramipril to sacubitril/valsartan.",
        "Referral made to the cardiac rehabilitation programme.",
    ], bullet="\u2022")
    t.no("medications", "spironolactone", "planned")
    t.no("medications", "sacubitril/valsartan", "planned")
    d.para("I will see him again in the clinic in three months.", after=14)
    d.para("Yours sincerely,", after=22)
    d.para("Dr Priya Example MD FRCP", font="Helvetica-Bold", after=0)
    d.para("Consultant Cardiologist", after=6)
    d.para("cc: Mr T Example-Hargreaves, 4 Test Close, Northbridge NB0 0AC", size=8.5,
           color=GREY)
    return d, t

# ---------------------------------------------------------------------------------------
# 02 United States: C-CDA continuity of care document rendered by a stylesheet
# ---------------------------------------------------------------------------------------
@register(2, "us", "ccda_continuity_of_care", "United States",
          "C-CDA Continuity of Care Document rendered by an HTML stylesheet and printed",
          "medical_record", "2024-03-05", 3,
          "long US dates 'March 5, 2024'; result dates MM/DD/YYYY",
          notes=[
              "Medication names are given as generic names; the printed clinical drug strings "
              "('Lisinopril 20 MG Oral Tablet') contain them. Route is 'by mouth', 'inhaled' or "
              "'nasal' as printed in the directions.",
              "Hydrochlorothiazide is 'Discontinued' and prednisone 'Completed': rows with that "
              "status plus must_not stopped. Ketorolac given once in the office: must_not other.",
              "Amoxicillin allergy marked 'Refuted' is must_not (negated).",
              "Resolved problems (acute bronchitis, distal radius fracture) and the 1998 "
              "appendectomy are historical.",
              "Vital signs are printed in UCUM units ([degF], [in_i], [lb_av]); also_ok gives "
              "the metric values.",
              "PCV20 'Refused' and Shingrix dose 2 'due' are must_not (due); the given Shingrix "
              "dose 1 is a row.",
          ])
def build_02():
    blue = (0.12, 0.25, 0.50)
    d = Doc("Continuity of Care Document", pagesize=letter, size=9, margins=(46, 46, 46, 46),
            page_numbers="Page {n} of {N}", footer_left="file:///C:/export/ccd_000412.xml")
    t = Truth()
    d.para("Continuity of Care Document", font="Helvetica-Bold", size=17, align="c", after=8,
           color=blue)
    d.table([("", 0.18), ("", 0.32), ("", 0.18), ("", 0.32)], [
        [("Patient", {"font": "Helvetica-Bold"}), "Maria L. TESTPERSON",
         ("Contact info", {"font": "Helvetica-Bold"}),
         "100 Example Ave Apt 0, Springfield, ZZ 00000; Tel: (555) 010-0142"],
        [("Date of birth", {"font": "Helvetica-Bold"}), "April 3, 1961",
         ("Sex", {"font": "Helvetica-Bold"}), "Female"],
        [("Patient-ID", {"font": "Helvetica-Bold"}), "0000044712 (MRN)",
         ("Language", {"font": "Helvetica-Bold"}), "English"],
        [("Document Id", {"font": "Helvetica-Bold"}), "2.16.840.1.113883.19.5.99999.1.000412",
         ("Document created", {"font": "Helvetica-Bold"}), "March 5, 2024"],
        [("Author", {"font": "Helvetica-Bold"}),
         "Jordan Q. Sample, MD - Lakeside Family Medicine, Tel: (555) 010-0199",
         ("Encounter", {"font": "Helvetica-Bold"}),
         "Office Visit, March 5, 2024 - annual physical examination"],
    ], style="grid", header=False, size=8.3, after=8)
    d.para("Table of Contents", font="Helvetica-Bold", size=10, color=blue, after=1)
    d.bullets(["Allergies, Adverse Reactions, Alerts", "Medications",
               "Medications Administered During Visit", "Problem List", "Results",
               "Vital Signs", "Immunizations", "Family History", "Social History",
               "Procedures", "Plan of Care"], size=8.3, bullet="\u2022")

    def sec(title):
        d.heading(title, size=11.5, color=blue, rule=True, before=8, after=5)

    hdr = (0.82, 0.87, 0.95)
    sec("Allergies, Adverse Reactions, Alerts")
    d.table([("Substance", 0.30), ("Reaction", 0.25), ("Severity", 0.15), ("Status", 0.30)], [
        ["Sulfonamide antibiotics", "Hives", "Moderate", "Active"],
        ["Peanut", "Anaphylaxis", "Severe", "Active"],
        ["Latex", "Contact dermatitis", "Mild", "Active"],
        ["Amoxicillin", "Rash", "Mild", "Refuted - tolerated full course 2021"],
    ], header_fill=hdr)
    t.allergy("Sulfonamide antibiotics", "Hives", "Moderate", aliases=["sulfa"])
    t.allergy("Peanut", "Anaphylaxis", "Severe")
    t.allergy("Latex", "Contact dermatitis", "Mild")
    t.no("allergies", "Amoxicillin", "negated", note="status Refuted")

    sec("Medications")
    d.table([("Medication", 0.34), ("Directions", 0.34), ("Start Date", 0.14),
             ("Status", 0.18)], [
        ["Lisinopril 20 MG Oral Tablet", "Take 1 tablet by mouth once daily",
         "01/14/2022", "Active"],
        ["Metformin Hydrochloride 500 MG Oral Tablet",
         "Take 1 tablet by mouth twice daily with meals", "09/03/2018", "Active"],
        ["Atorvastatin Calcium 40 MG Oral Tablet", "Take 1 tablet by mouth at bedtime",
         "09/03/2018", "Active"],
        ["Albuterol Sulfate HFA 90 MCG/ACTUATION Inhaler",
         "2 puffs inhaled every 4 hours as needed for wheezing", "05/20/2016", "Active"],
        ["Levothyroxine Sodium 75 MCG Oral Tablet",
         "Take 1 tablet by mouth every morning before breakfast", "02/11/2012", "Active"],
        ["Omeprazole 20 MG Delayed Release Oral Capsule",
         "Take 1 capsule by mouth once daily before breakfast", "07/08/2020", "Active"],
        ["Fluticasone Propionate 50 MCG/ACTUATION Nasal Spray",
         "2 sprays in each nostril once daily", "04/01/2023", "Active"],
        ["Hydrochlorothiazide 25 MG Oral Tablet", "Take 1 tablet by mouth once daily",
         "06/02/2020", "Discontinued 02/10/2024"],
        ["PredniSONE 20 MG Oral Tablet", "Take 1 tablet by mouth once daily for 5 days",
         "01/22/2024", "Completed"],
    ], header_fill=hdr)
    t.med("lisinopril", "20", "MG", "by mouth", "once daily")
    t.med("metformin", "500", "MG", "by mouth", "twice daily with meals",
          aliases=["metformin hydrochloride"])
    t.med("atorvastatin", "40", "MG", "by mouth", "at bedtime")
    t.med("albuterol", "90", "MCG/ACTUATION", "inhaled", "every 4 hours as needed",
          aliases=["albuterol sulfate", "salbutamol"])
    t.med("levothyroxine", "75", "MCG", "by mouth", "every morning")
    t.med("omeprazole", "20", "MG", "by mouth", "once daily")
    t.med("fluticasone propionate", "50", "MCG/ACTUATION", "nasal", "once daily",
          aliases=["fluticasone"])
    t.med("hydrochlorothiazide", "25", "MG", "by mouth", "once daily", "stopped")
    t.no("medications", "Hydrochlorothiazide", "stopped")
    t.med("prednisone", "20", "MG", "by mouth", "once daily", "completed", also=["stopped"])
    t.no("medications", "PredniSONE", "stopped", note="completed 5-day course")

    sec("Medications Administered During Visit")
    d.table([("Medication", 0.34), ("Dose / Route", 0.34), ("Date", 0.14), ("Status", 0.18)], [
        ["Ketorolac Tromethamine 30 MG/ML Injectable Solution", "30 mg intramuscular, once",
         "03/05/2024", "Given"],
    ], header_fill=hdr)
    t.no("medications", "Ketorolac", "other", note="single dose given in the office")

    sec("Problem List")
    d.table([("Problem", 0.46), ("ICD-10", 0.14), ("Status", 0.14), ("Onset", 0.26)], [
        ["Essential hypertension", "I10", "Active", "2015"],
        ["Type 2 diabetes mellitus without complications", "E11.9", "Active", "2018"],
        ["Hypothyroidism, unspecified", "E03.9", "Active", "2012"],
        ["Mild intermittent asthma, uncomplicated", "J45.20", "Active", "1994"],
        ["Hyperlipidemia, unspecified", "E78.5", "Active", "2018"],
        ["Gastro-esophageal reflux disease without esophagitis", "K21.9", "Active", "2020"],
        ["Acute bronchitis", "J20.9", "Resolved", "12/2023"],
        ["Closed fracture of left distal radius", "S52.502A", "Resolved", "2016"],
    ], header_fill=hdr)
    t.cond("Essential hypertension", icd10="I10", aliases=["hypertension"])
    t.cond("Type 2 diabetes mellitus without complications", icd10="E11.9",
           aliases=["type 2 diabetes mellitus"])
    t.cond("Hypothyroidism, unspecified", icd10="E03.9", aliases=["hypothyroidism"])
    t.cond("Mild intermittent asthma, uncomplicated", icd10="J45.20", aliases=["asthma"])
    t.cond("Hyperlipidemia, unspecified", icd10="E78.5", aliases=["hyperlipidemia"])
    t.cond("Gastro-esophageal reflux disease without esophagitis", icd10="K21.9",
           aliases=["GERD", "gastro-esophageal reflux disease"])
    t.no("conditions", "Acute bronchitis", "historical", note="Resolved")
    t.no("conditions", "Closed fracture of left distal radius", "historical", note="Resolved")

    sec("Results")
    d.para("Basic metabolic, lipid, HbA1c, thyroid and urine microalbumin panels - collected "
           "02/28/2024 07:52, Example Reference Laboratory", size=8.3, after=3)
    labs = [
        ("Hemoglobin A1c", "7.4", "%", "4.0-5.6"),
        ("Glucose", "142", "mg/dL", "70-99"),
        ("Creatinine", "0.98", "mg/dL", "0.57-1.00"),
        ("eGFR", "72", "mL/min/1.73m2", ">59"),
        ("Potassium", "4.3", "mmol/L", "3.5-5.2"),
        ("TSH", "2.10", "uIU/mL", "0.450-4.500"),
        ("Cholesterol, Total", "172", "mg/dL", "100-199"),
        ("Triglycerides", "188", "mg/dL", "0-149"),
        ("HDL Cholesterol", "38", "mg/dL", ">39"),
        ("LDL Cholesterol Calc", "96", "mg/dL", "0-99"),
        ("Microalbumin/Creatinine Ratio", "42", "mg/g creat", "0-29"),
    ]
    rows = []
    for nm, v, u, ref in labs:
        r = t.lab(nm, v, u, ref, "2024-02-28")
        rows.append([nm, v, u, ref, {"high": "H", "low": "L"}.get(r["flag"], ""),
                     "02/28/2024"])
    t.labs[0]["aliases"] = ["HbA1c"]
    d.table([("Test", 0.32), ("Result", 0.11), ("Units", 0.16), ("Reference Range", 0.17),
             ("Flag", 0.08), ("Date", 0.16)], rows, header_fill=hdr)

    sec("Vital Signs")
    d.table([("Vital Sign", 0.40), ("Result", 0.30), ("Date", 0.30)], [
        ["Blood Pressure", "128/82 mm[Hg]", "March 5, 2024"],
        ["Heart Rate", "76 /min", "March 5, 2024"],
        ["Body Temperature", "98.4 [degF]", "March 5, 2024"],
        ["Respiratory Rate", "16 /min", "March 5, 2024"],
        ["Oxygen Saturation", "98 %", "March 5, 2024"],
        ["Body Height", "66 [in_i]", "March 5, 2024"],
        ["Body Weight", "198 [lb_av]", "March 5, 2024"],
        ["Body Mass Index", "32.0 kg/m2", "March 5, 2024"],
    ], header_fill=hdr)
    t.vital("blood_pressure", "128/82", "mm[Hg]", also_ok=None)
    t.vital("heart_rate", "76", "/min")
    t.vital("temperature", "98.4", "[degF]", also_ok=[(36.9, "\u00b0C"), (98.4, "\u00b0F")])
    t.vital("respiratory_rate", "16", "/min")
    t.vital("oxygen_saturation", "98", "%")
    t.vital("height", "66", "[in_i]", also_ok=[(167.6, "cm"), (66.0, "in")])
    t.vital("weight", "198", "[lb_av]", also_ok=[(89.8, "kg"), (198.0, "lb")])
    t.vital("bmi", "32.0", "kg/m2")

    sec("Immunizations")
    d.table([("Vaccine", 0.42), ("Date", 0.18), ("Status", 0.14), ("Lot Number", 0.13),
             ("Dose", 0.13)], [
        ["Influenza, injectable, quadrivalent, preservative free", "October 2, 2023",
         "Completed", "FL000231", ""],
        ["COVID-19 mRNA vaccine, 2023-2024 formula", "September 28, 2023", "Completed",
         "CV000118", ""],
        ["Tdap", "June 15, 2019", "Completed", "TD000077", ""],
        ["Zoster vaccine recombinant, adjuvanted (Shingrix)", "January 10, 2024", "Completed",
         "ZS000042", "1 of 2"],
        ["Pneumococcal conjugate vaccine 20-valent", "-", "Refused (patient decision)", "-",
         ""],
    ], header_fill=hdr)
    t.imm("Influenza, injectable, quadrivalent, preservative free", "2023-10-02", None,
          "FL000231", aliases=["influenza vaccine"])
    t.imm("COVID-19 mRNA vaccine, 2023-2024 formula", "2023-09-28", None, "CV000118",
          aliases=["COVID-19 vaccine"])
    t.imm("Tdap", "2019-06-15", None, "TD000077")
    t.imm("Zoster vaccine recombinant, adjuvanted", "2024-01-10", 1, "ZS000042", "Shingrix",
          aliases=["zoster vaccine", "Shingrix"])
    t.no("immunizations", "Pneumococcal conjugate vaccine 20-valent", "due",
         note="refused by patient")
    d.para("Immunizations due: Zoster vaccine recombinant dose 2 - due on or after March 10, "
           "2024.", size=8.5, after=4)
    t.no("immunizations", "Zoster vaccine recombinant dose 2", "due")

    sec("Family History")
    d.table([("Relationship", 0.25), ("Condition", 0.45), ("Age at Onset", 0.30)], [
        ["Father", "Myocardial infarction", "62"],
        ["Mother", "Breast cancer", "58"],
    ], header_fill=hdr)
    t.no("conditions", "Myocardial infarction", "family")
    t.no("conditions", "Breast cancer", "family")

    sec("Social History")
    d.table([("Social History Element", 0.40), ("Description", 0.60)], [
        ["Tobacco smoking status", "Never smoker"],
        ["Alcohol use", "1-2 drinks per week"],
    ], header_fill=hdr)

    sec("Procedures")
    d.table([("Procedure", 0.60), ("Date", 0.40)], [["Appendectomy", "1998"]],
            header_fill=hdr)
    t.no("conditions", "Appendectomy", "historical")

    sec("Plan of Care")
    d.bullets([
        "Consider starting semaglutide if hemoglobin A1c remains above 7.0% at the 3-month "
        "follow-up.",
        "Repeat lipid panel and urine microalbumin in 3 months.",
        "Shingrix dose 2 at the next visit.",
    ], bullet="\u2022", size=9)
    t.no("medications", "semaglutide", "planned")
    return d, t

# ---------------------------------------------------------------------------------------
# 03 Australia: cumulative pathology report, monospace unruled grid, three date columns
# ---------------------------------------------------------------------------------------
@register(3, "au", "cumulative_pathology", "Australia",
          "Community pathology cumulative report (haematology and biochemistry), three "
          "collection dates, flags after the value",
          "lab_result", "2024-03-15", 2,
          "DD/MM/YY in the column heads (12/01/24, 02/02/24, 15/03/24); DOB DD/MM/YYYY",
          notes=[
              "One row per result per date column; blank cells give no row.",
              "CRP '<1' is censored: value_numeric null, flag null.",
              "eGFR reference '>59': values below are flagged L as printed.",
              "'?iron deficiency anaemia' in the clinical notes is a query: must_not (other).",
          ])
def build_03():
    def hdr(d, n, N):
        ops = [T(d.x0, d.H - 30, "EXAMPLE PATHOLOGY AUSTRALIA", "Helvetica-Bold", 12),
               T(d.x1, d.H - 30, "Lab ref 24-0000731", "Courier", 8.5, BLACK, "r"),
               T(d.x0, d.H - 42, "ABN 00 000 000 000  NATA Accreditation No. 0000  "
                 "Phone (02) 5550 0000", "Helvetica", 7.5, GREY),
               T(d.x1, d.H - 42, "TESTWOMAN, Grace Anne  21/07/1948", "Courier", 8.5,
                 BLACK, "r"),
               L(d.x0, d.H - 48, d.x1, d.H - 48, 0.8)]
        return ops
    d = Doc("Cumulative pathology report", size=8.6, font="Courier", header=hdr,
            margins=(44, 44, 62, 46), page_numbers="Page {n} of {N}")
    t = Truth()
    d.kv([("Patient", "TESTWOMAN, Grace Anne"), ("DOB", "21/07/1948   Sex: F"),
          ("Medicare", "0000 00000 0"), ("Lab ref", "24-0000731"),
          ("Requested", "15/03/24"), ("Reported", "15/03/24 16:20"),
          ("Referring doctor", "Dr L. Sample (Prov 000000AB)"),
          ("Copy to", "Dr P. Example, Testville Haematology")],
         cols=2, font="Courier", label_font="Courier-Bold", size=8.6)
    d.para("Address: Example Street Medical, 0 Sample St, Testville NSW 2000", size=8.6)
    d.para("Clinical notes: ?iron deficiency anaemia. Tiredness.", size=8.6, after=8)
    t.no("conditions", "?iron deficiency anaemia", "other", note="query in clinical notes")

    dates = ["12/01/24", "02/02/24", "15/03/24"]
    iso = ["2024-01-12", "2024-02-02", "2024-03-15"]
    times = ["08:30", "09:10", "08:45"]
    cols = [("", 0.25), (dates[0], 0.12), (dates[1], 0.12), (dates[2], 0.12),
            ("Units", 0.17), ("Ref. Range", 0.22)]

    def block(title, rows_spec):
        d.heading(title, size=10, font="Courier-Bold", before=4, after=2)
        rows = [["", times[0], times[1], times[2], "", ""]]
        for nm, unit, ref, vals in rows_spec:
            cells = [nm]
            for i, v in enumerate(vals):
                if v is None:
                    cells.append("")
                    continue
                r = t.lab(nm, v, unit, ref, iso[i])
                fl = flag_letter(r["flag"])
                cells.append(f"{v} {fl}".strip())
            cells += [unit, ref]
            rows.append(cells)
        d.table(cols, rows, style="none", font="Courier", header_font="Courier-Bold",
                header_fill=None, size=8.6, pad=1.6, after=4)

    block("HAEMATOLOGY - CUMULATIVE", [
        ("Haemoglobin", "g/L", "115-165", ["108", "112", "121"]),
        ("WCC", "x10^9/L", "4.0-11.0", ["6.8", "7.1", "6.4"]),
        ("Platelets", "x10^9/L", "150-400", ["412", "388", "301"]),
        ("MCV", "fL", "80-100", ["76", "78", "82"]),
    ])
    d.para("Film comment (12/01/24): Hypochromic microcytic red cells with pencil cells. "
           "Suggest iron studies.", font="Courier", size=8.6, after=3)
    d.para("Film comment (15/03/24): Red cell morphology improving.", font="Courier", size=8.6,
           after=6)
    d.para("Tests performed at Example Pathology Australia, Testville laboratory. Results "
           "flagged H (high) or L (low) lie outside the reference range for age and sex.",
           font="Helvetica", size=7.5, color=GREY)
    d.new_page()
    block("BIOCHEMISTRY - CUMULATIVE", [
        ("Sodium", "mmol/L", "135-145", ["139", "141", "137"]),
        ("Potassium", "mmol/L", "3.5-5.2", ["4.6", "5.4", "4.9"]),
        ("Urea", "mmol/L", "3.0-8.0", ["9.1", "7.8", "8.4"]),
        ("Creatinine", "umol/L", "45-90", ["96", "88", "92"]),
        ("eGFR", "mL/min/1.73m2", ">59", ["51", "58", "54"]),
        ("CRP", "mg/L", "<5", ["3", "<1", "2"]),
        ("Ferritin", "ug/L", "30-300", [None, None, "24"]),
    ])
    d.para("Comment (15/03/24): Ferritin is low, consistent with iron deficiency. Renal "
           "function stable; potassium on 02/02/24 may reflect delayed separation.",
           font="Courier", size=8.6, after=6)
    d.para("Reference ranges are age and sex specific. eGFR calculated by CKD-EPI. This "
           "report replaces any previous report for the same episode.", font="Helvetica",
           size=7.5, color=GREY, after=4)
    d.para("Authorised by: Dr M. Testpathologist FRCPA, Chemical Pathologist", font="Helvetica",
           size=8)
    amap = {"Haemoglobin": ["Hb", "hemoglobin"], "WCC": ["white cell count", "WBC"],
            "Platelets": ["platelet count"], "CRP": ["C-reactive protein"]}
    for r in t.labs:
        if r["test_name"] in amap:
            r["aliases"] = amap[r["test_name"]]
    return d, t

# ---------------------------------------------------------------------------------------
# 04 India: private laboratory report, ruled grid, photographed/scanned to JPEG
# ---------------------------------------------------------------------------------------
@register(4, "in", "lab_report_scan", "India",
          "Private diagnostic laboratory report (thyroid, lipids, HbA1c, vitamins), ruled "
          "grid with flag column, scanned to JPEG",
          "lab_result", "2024-04-18", 1,
          "DD-MM-YYYY (18-04-2024)",
          scan=dict(fmt="jpg", dpi=180, angles=[-1.3], seed=4041, blur=0.75, noise=7.5,
                    speckles=380, light=0.26, quality=66),
          notes=[
              "Scanned JPEG: all truth strings are checked against the text drawn before "
              "rasterising.",
              "Estimated Average Glucose has no printed interval: flag null.",
              "Panel headings 'THYROID PROFILE' and 'LIPID PROFILE' are must_not labs (other): "
              "headings, not results.",
              "'Prediabetes' appears only in the printed HbA1c interpretation table: must_not "
              "(leaflet).",
          ])
def build_04():
    d = Doc("Lab report", size=9.2, margins=(44, 44, 40, 46), page_numbers=None)
    t = Truth()
    d.para("SAMPLE DIAGNOSTICS & PATHOLOGY LABORATORY", font="Helvetica-Bold", size=15,
           align="c", after=1, color=(0.1, 0.2, 0.45))
    d.para("Plot No. 0, Test Nagar, Example Road, Pune 411000  |  Ph: +91 00000 00000  |  "
           "reports@example-lab.in", size=8, align="c", after=1)
    d.para("Fully automated laboratory  |  Home collection available", size=8, align="c",
           after=6)
    d.hr(1.2, after=3)
    d.kv([("Patient Name", "Mr. Rakesh TESTKUMAR"), ("Lab ID", "000-24-04187"),
          ("Age / Sex", "46 Y / Male"), ("Sample Collected", "18-04-2024 08:10"),
          ("Ref. By", "Dr. A. Samplerao, MD"), ("Reported", "18-04-2024 16:45"),
          ("Sample Type", "Serum / EDTA whole blood / Fluoride plasma"),
          ("Status", "Final")], cols=2, size=9)
    d.hr(1.2, before=0, after=6)
    cols = [("INVESTIGATION", 0.36), ("RESULT", 0.13, "c"), ("FLAG", 0.08, "c"),
            ("UNIT", 0.13), ("BIOLOGICAL REF. INTERVAL", 0.30)]
    date = "2024-04-18"
    rows = []

    def add(nm, v, u, ref, aliases=None, flag="auto"):
        r = t.lab(nm, v, u, ref if ref != "-" else None, date, aliases=aliases, flag=flag)
        bold = {"font": "Helvetica-Bold"} if r["flag"] in ("high", "low") else {}
        rows.append([nm, (v, bold), flag_letter(r["flag"]), u, ref])

    rows.append(("__section__", "THYROID PROFILE"))
    add("T3 Total", "1.12", "ng/mL", "0.80 - 2.00", ["triiodothyronine"])
    add("T4 Total", "7.9", "\u00b5g/dL", "5.1 - 14.1", ["thyroxine"])
    add("TSH (Ultrasensitive)", "6.84", "\u00b5IU/mL", "0.27 - 4.20", ["TSH"])
    rows.append(("__section__", "LIPID PROFILE"))
    add("Total Cholesterol", "236", "mg/dL", "< 200")
    add("Triglycerides", "182", "mg/dL", "< 150")
    add("HDL Cholesterol", "41", "mg/dL", "40 - 60")
    add("LDL Cholesterol (Calculated)", "158.6", "mg/dL", "< 100", ["LDL cholesterol"])
    add("VLDL Cholesterol", "36.4", "mg/dL", "< 30")
    rows.append(("__section__", "GLYCOSYLATED HAEMOGLOBIN (HbA1c) - HPLC"))
    add("HbA1c", "6.1", "%", "4.0 - 5.6")
    add("Estimated Average Glucose", "128.4", "mg/dL", "-")
    rows.append(("__section__", "BIOCHEMISTRY"))
    add("Glucose Fasting (Plasma)", "108", "mg/dL", "70 - 100", ["fasting glucose"])
    add("Serum Creatinine", "0.82", "mg/dL", "0.70 - 1.30", ["creatinine"])
    add("Uric Acid", "6.9", "mg/dL", "3.5 - 7.2")
    rows.append(("__section__", "VITAMINS"))
    add("Vitamin D (25-OH)", "14.2", "ng/mL", "30 - 100", ["25-hydroxyvitamin D"])
    add("Vitamin B12", "212", "pg/mL", "211 - 911")
    d.table(cols, rows, style="grid", size=8.8, header_fill=(0.85, 0.88, 0.95), after=8)
    t.no("labs", "THYROID PROFILE", "other", note="panel heading")
    t.no("labs", "LIPID PROFILE", "other", note="panel heading")

    d.para("Interpretation (HbA1c, as per ADA):", font="Helvetica-Bold", size=8.2, after=1)
    d.table([("Non-diabetic", 0.25), ("Prediabetes", 0.25), ("Diabetes", 0.25),
             ("Therapeutic goal", 0.25)],
            [["< 5.7 %", "5.7 - 6.4 %", ">= 6.5 %", "< 7.0 %"]], style="grid", size=7.8,
            header_fill=None, after=6)
    t.no("conditions", "Prediabetes", "leaflet", note="interpretation table")
    d.para("Vitamin D status: Deficiency < 20 ng/mL, Insufficiency 20 - 30 ng/mL, Sufficiency "
           "30 - 100 ng/mL, Toxicity > 100 ng/mL.", size=7.8, after=3)
    d.para("Remarks: Fasting sample (12 hours). Kindly correlate clinically. Results relate "
           "only to the sample tested.", size=8, after=16)
    d.kv([("", "Checked by: Lab Technologist (DMLT)"),
          ("", "Dr. S. Testgupta, MD (Pathology) - Consultant Pathologist")], cols=2,
         size=8.5, sep="")
    d.para("*** End of Report ***", size=8, align="c")
    return d, t

# ---------------------------------------------------------------------------------------
# 05 Canada: hospital discharge summary (in-hospital vs discharge medicines)
# ---------------------------------------------------------------------------------------
@register(5, "ca", "discharge_summary", "Canada",
          "Internal medicine discharge summary: hospital course, admission/discharge labs, "
          "discharge medication reconciliation",
          "discharge_summary", "2024-02-09", 2,
          "ISO YYYY-MM-DD throughout",
          notes=[
              "Service date is the discharge date.",
              "In-hospital antibiotics, enoxaparin and ipratropium nebulizers were not "
              "continued: must_not (other). Prednisone continues after discharge: row (new).",
              "Metformin and ramipril are 'HOLD': status held. Amlodipine dose increased: "
              "changed. Naproxen stopped: stopped row + must_not.",
              "Arrival vital signs (temperature 38.9 \u00b0C, 86% on room air) are historical "
              "must_not rows; discharge vital signs are rows.",
              "Acute kidney injury resolved before discharge: must_not historical. Pneumonia is "
              "still being treated at discharge: active row.",
              "Pneumococcal vaccine given on the ward is a row; influenza vaccine declined is "
              "must_not (due).",
              "Gliclazide stays 'new' although the follow-up plan says to stop it once "
              "metformin is restarted (a future, conditional change).",
              "Arrival respiratory rate 28 and heart rate 112 in the history are historical "
              "must_not vitals.",
          ])
def build_05():
    def hdr(d, n, N):
        if n == 1:
            return []
        return [T(d.x0, d.H - 32, "Lakeshore Regional Health Centre - Discharge Summary",
                  "Helvetica-Bold", 8.5),
                T(d.x1, d.H - 32, "TESTMAN, Robert J.   MRN 000084213", "Helvetica", 8.5,
                  BLACK, "r"),
                L(d.x0, d.H - 37, d.x1, d.H - 37, 0.6)]
    d = Doc("Discharge summary", pagesize=letter, size=9.4, header=hdr,
            margins=(54, 54, 52, 48), top_first=40)
    t = Truth()
    letterhead(d, "Lakeshore Regional Health Centre",
               ["Department of Internal Medicine  |  0 Example Drive, Testville, ON  A0A 0A0",
                "Tel 613-555-0100  |  Fax 613-555-0101"], size=15)
    d.para("DISCHARGE SUMMARY", font="Helvetica-Bold", size=13, after=6)
    d.kv([("Patient", "TESTMAN, Robert J."), ("MRN", "000084213"),
          ("Date of birth", "1951-08-19"), ("Health card", "0000-000-000-XX"),
          ("Admitted", "2024-02-03"), ("Discharged", "2024-02-09"),
          ("Attending", "Dr. Helene Sample, Internal Medicine"),
          ("Family physician", "Dr. K. Example, Testville FHT")], cols=2, size=9)
    d.heading("Diagnoses", size=10.5, rule=True)
    d.kv([("Most responsible diagnosis", "Community-acquired pneumonia, right lower lobe")],
         cols=1, size=9.4)
    t.cond("Community-acquired pneumonia", aliases=["pneumonia"],
           note="still on antibiotics at discharge")
    d.para("Comorbidities:", font="Helvetica-Bold", after=1)
    d.bullets(["Chronic obstructive pulmonary disease (COPD), GOLD 3",
               "Type 2 diabetes mellitus", "Hypertension", "Osteoarthritis of both knees"])
    t.cond("Chronic obstructive pulmonary disease", aliases=["COPD"])
    t.cond("Type 2 diabetes mellitus")
    t.cond("Hypertension")
    t.cond("Osteoarthritis of both knees", aliases=["osteoarthritis"])
    d.kv([("Complication in hospital", "Acute kidney injury (pre-renal), resolved by "
           "discharge"),
          ("Past surgical history", "Laparoscopic cholecystectomy (2011)"),
          ("Allergies", "Codeine (vomiting)")], cols=1, size=9.4)
    t.no("conditions", "Acute kidney injury", "historical", note="resolved by discharge")
    t.no("conditions", "Laparoscopic cholecystectomy", "historical")
    t.allergy("Codeine", "vomiting")

    d.heading("History of presenting illness", size=10.5, rule=True)
    d.para("73-year-old man with COPD presenting with a 4-day history of productive cough, "
           "fever and worsening dyspnea. He denied chest pain or hemoptysis. On arrival in the "
           "emergency department his temperature 38.9 \u00b0C was recorded, with oxygen "
           "saturation 86% on room air, respiratory rate 28 and heart rate 112. Chest X-ray "
           "showed right lower lobe consolidation. He had been taking naproxen for knee pain "
           "for two weeks.")
    t.no("conditions", "chest pain", "negated")
    t.no("conditions", "hemoptysis", "negated")
    t.no("vitals", "temperature 38.9 \u00b0C", "historical", note="arrival value")
    t.no("vitals", "86% on room air", "historical", note="arrival value")
    t.no("vitals", "respiratory rate 28", "historical", note="arrival value")
    t.no("vitals", "heart rate 112", "historical", note="arrival value")

    d.heading("Hospital course", size=10.5, rule=True)
    d.para("He was treated with ceftriaxone 1 g IV daily and azithromycin 500 mg IV daily, "
           "stepped down to oral cefuroxime on 2024-02-07. He received ipratropium and "
           "salbutamol nebulizers, prednisone 40 mg daily and enoxaparin 40 mg subcut daily for "
           "VTE prophylaxis. Creatinine rose to 168 \u00b5mol/L on admission in the setting of "
           "dehydration and naproxen use; ramipril and metformin were held, naproxen was "
           "stopped and he was given IV fluids. Creatinine improved to 96 \u00b5mol/L by "
           "discharge. Gliclazide was started for glucose control while metformin is held. "
           "Blood pressure has been above target, so amlodipine was increased to 10 mg. "
           "He walked the ward corridor on room air before discharge.")
    for nm in ("ceftriaxone", "azithromycin", "enoxaparin", "ipratropium"):
        t.no("medications", nm, "other", note="in-hospital only, not continued")
    d.para("Immunization: Pneumococcal polysaccharide vaccine (Pneumovax 23) 0.5 mL IM left "
           "deltoid given 2024-02-08, lot P000372. Influenza vaccine offered and declined by "
           "the patient this season.")
    t.imm("Pneumococcal polysaccharide vaccine", "2024-02-08", None, "P000372", "Pneumovax 23",
          aliases=["PPSV23", "pneumococcal vaccine"])
    t.no("immunizations", "Influenza vaccine", "due", note="declined")

    d.heading("Vital signs at discharge (2024-02-09 08:00)", size=10.5, rule=True)
    d.para("BP 134/76 mmHg  |  HR 82 bpm  |  Temp 36.8 \u00b0C  |  RR 18 /min  |  SpO2 93% on "
           "room air")
    t.vital("blood_pressure", "134/76", "mmHg")
    t.vital("heart_rate", "82", "bpm")
    t.vital("temperature", "36.8", "\u00b0C")
    t.vital("respiratory_rate", "18", "/min")
    t.vital("oxygen_saturation", "93", "%")

    d.heading("Laboratory results", size=10.5, rule=True)
    spec = [
        ("WBC", "x10^9/L", "4.0-11.0", "15.8", "8.9", ["white blood cell count"]),
        ("Hemoglobin", "g/L", "135-175", "128", "121", ["Hb"]),
        ("Creatinine", "\u00b5mol/L", "60-110", "168", "96", None),
        ("Sodium", "mmol/L", "135-145", "133", "138", None),
        ("Potassium", "mmol/L", "3.5-5.0", "5.3", "4.4", None),
        ("CRP", "mg/L", "<8", "186", "34", ["C-reactive protein"]),
    ]
    rows = []
    for nm, u, ref, a, b, al in spec:
        ra = t.lab(nm, a, u, ref, "2024-02-03", aliases=al)
        rb = t.lab(nm, b, u, ref, "2024-02-09", aliases=al)
        rows.append([nm, u, f"{a} {flag_letter(ra['flag'])}".strip(),
                     f"{b} {flag_letter(rb['flag'])}".strip(), ref])
    d.table([("Test", 0.26), ("Units", 0.16), ("2024-02-03 (admission)", 0.2, "c"),
             ("2024-02-09 (discharge)", 0.2, "c"), ("Reference", 0.18)], rows, style="lines",
            size=9)
    d.para("Blood cultures x2 (2024-02-03): no growth at 5 days. Sputum: normal flora.",
           size=9)

    d.heading("Discharge medications (reconciled)", size=10.5, rule=True)
    d.table([("Medication", 0.28), ("Dose", 0.16), ("Route", 0.08), ("Frequency", 0.17),
             ("Status / comments", 0.31)], [
        ["Cefuroxime axetil", "500 mg", "PO", "BID", "NEW - last dose 2024-02-12"],
        ["PredniSONE", "40 mg", "PO", "daily", "NEW - 2 more days (last dose 2024-02-11)"],
        ["Tiotropium (Spiriva HandiHaler)", "18 mcg", "inhaled", "daily", "CONTINUE"],
        ["Salbutamol (Ventolin HFA)", "100 mcg/puff, 2 puffs", "inhaled", "q4h PRN",
         "CONTINUE"],
        ["Gliclazide MR", "30 mg", "PO", "daily with breakfast",
         "NEW - while metformin on hold"],
        ["Metformin", "500 mg", "PO", "BID",
         "HOLD - family physician to restart when creatinine at baseline"],
        ["Ramipril", "10 mg", "PO", "daily", "HOLD - restart when creatinine rechecked"],
        ["Amlodipine", "10 mg", "PO", "daily", "CHANGED - increased from 5 mg"],
        ["Acetaminophen (Tylenol)", "1000 mg", "PO", "QID PRN pain", "CONTINUE"],
        ["Naproxen", "500 mg", "PO", "BID", "STOPPED - kidney injury, avoid NSAIDs"],
    ], style="grid", size=8.8)
    t.med("cefuroxime", "500", "mg", "PO", "BID", "new", aliases=["cefuroxime axetil"])
    t.med("prednisone", "40", "mg", "PO", "daily", "new", also=["active"])
    t.med("tiotropium", "18", "mcg", "inhaled", "daily", brand="Spiriva HandiHaler")
    t.med("salbutamol", "100", "mcg", "inhaled", "q4h PRN", brand="Ventolin HFA",
          aliases=["albuterol"])
    t.med("gliclazide", "30", "mg", "PO", "daily with breakfast", "new",
          aliases=["gliclazide MR"])
    t.med("metformin", "500", "mg", "PO", "BID", "held")
    t.med("ramipril", "10", "mg", "PO", "daily", "held")
    t.med("amlodipine", "10", "mg", "PO", "daily", "changed")
    t.med("acetaminophen", "1000", "mg", "PO", "QID PRN", brand="Tylenol",
          aliases=["paracetamol"])
    t.med("naproxen", "500", "mg", "PO", "BID", "stopped")
    t.no("medications", "Naproxen", "stopped")

    d.heading("Follow-up", size=10.5, rule=True)
    d.bullets([
        "Family physician within 1 week: repeat creatinine and electrolytes; restart ramipril "
        "and metformin if creatinine is at baseline, then stop gliclazide.",
        "Repeat chest X-ray in 6 weeks to document resolution.",
        "Consider referral to pulmonary rehabilitation.",
        "Return to the emergency department for worsening shortness of breath or fever.",
    ])
    d.para("Electronically signed: Dr. Helene Sample, MD FRCPC, Internal Medicine, "
           "2024-02-09 14:20", size=8.8, color=GREY)
    return d, t

# ---------------------------------------------------------------------------------------
# 06 New Zealand: child immunisation history page from a Well Child book (scanned PDF)
# ---------------------------------------------------------------------------------------
INK = (0.08, 0.14, 0.52)


@register(6, "nz", "child_immunisation_history_scan", "New Zealand",
          "Child health book: immunisation history with handwritten entries and a 15-month "
          "check page, scanned to an image-only PDF",
          "immunization_record", "2023-06-12", 2,
          "DD/MM/YYYY, order not stated on the page",
          scan=dict(fmt="pdf", dpi=160, angles=[0.8, -1.6], seed=6061, blur=0.8, noise=6.5,
                    speckles=300, light=0.28, quality=70),
          notes=[
              "The page never states the date order, so date_ambiguous is true for every "
              "given date whose day and month are both <= 12 (07/06/2022, 09/08/2022, "
              "12/06/2023); dates are read DD/MM as is usual in New Zealand.",
              "Hib at 15 months is written 'booster' without a number: dose_number null.",
              "4-year DTaP-IPV is due and influenza was declined: must_not (due). BCG 'not "
              "eligible' and HBIG 'not required' are must_not (other / negated).",
              "Paracetamol appears only in the after-care advice: must_not (leaflet).",
              "Service date is the last entry (15-month visit).",
          ])
def build_06():
    d = Doc("Immunisation history", size=9.5, margins=(46, 46, 44, 50), page_numbers=None)
    t = Truth()
    hw = "Courier-Oblique"
    d.para("WELL CHILD TAMARIKI ORA - HEALTH BOOK", font="Helvetica-Bold", size=9, align="c",
           color=GREY, after=2)
    d.para("IMMUNISATION HISTORY", font="Helvetica-Bold", size=16, align="c", after=8)
    d.kv([("Child's name", "Aroha TEST-WILLIAMS"), ("NHI", "ZZZ0016"),
          ("Date of birth", "14/03/2022"), ("Sex", "F"),
          ("Practice", "Example Family Health, 0 Test Road, Testtown 0000"),
          ("Phone", "09 000 0000")], cols=2, font=hw, size=9.5)
    d.hr(0.8, after=6)

    rows_spec = [
        ("6 weeks", "DTaP-IPV-HepB/Hib", "Infanrix-hexa", "1", "25/04/2022", "A000H112",
         "L thigh", "JS"),
        ("", "Pneumococcal (PCV)", "Prevenar 13", "1", "25/04/2022", "P000C021", "R thigh",
         "JS"),
        ("", "Rotavirus", "Rotarix", "1", "25/04/2022", "R000T310", "oral", "JS"),
        ("3 months", "DTaP-IPV-HepB/Hib", "Infanrix-hexa", "2", "07/06/2022", "A000H157",
         "L thigh", "JS"),
        ("", "Pneumococcal (PCV)", "Prevenar 13", "2", "07/06/2022", "P000C058", "R thigh",
         "JS"),
        ("", "Rotavirus", "Rotarix", "2", "07/06/2022", "R000T344", "oral", "JS"),
        ("5 months", "DTaP-IPV-HepB/Hib", "Infanrix-hexa", "3", "09/08/2022", "A000H203",
         "L thigh", "MT"),
        ("12 months", "MMR", "Priorix", "1", "15/03/2023", "M000R090", "L arm", "MT"),
        ("", "Pneumococcal (PCV)", "Prevenar 13", "3", "15/03/2023", "P000C112", "R arm",
         "MT"),
        ("15 months", "Hib", "Act-HIB", "booster", "12/06/2023", "H000B019", "L thigh", "JS"),
        ("", "MMR", "Priorix", "2", "12/06/2023", "M000R131", "R arm", "JS"),
        ("", "Varicella", "Varivax", "1", "12/06/2023", "V000Z027", "L arm", "JS"),
    ]
    aliases = {"DTaP-IPV-HepB/Hib": ["hexavalent vaccine", "DTaP-IPV-HepB-Hib"],
               "Pneumococcal (PCV)": ["pneumococcal conjugate vaccine", "PCV13"],
               "Rotavirus": ["rotavirus vaccine"], "MMR": ["measles mumps rubella"],
               "Hib": ["Haemophilus influenzae type b"], "Varicella": ["chickenpox vaccine"]}
    rows = []
    for age, vac, brand, dose, date, lot, site, who in rows_spec:
        dd, mm, yy = date.split("/")
        iso = f"{yy}-{mm}-{dd}"
        t.imm(vac, iso, int(dose) if dose.isdigit() else None, lot, brand,
              ambiguous=amb(iso, stated=False), aliases=aliases.get(vac))
        st = {"font": hw, "color": INK}
        rows.append([(age, {"font": "Helvetica-Bold"}), vac, (brand, st), (dose, st),
                     (date, st), (lot, st), (site, st), (who, st)])
    rows.append([("4 years", {"font": "Helvetica-Bold"}), "DTaP-IPV", "", "", "", "", "", ""])
    d.table([("Age", 0.10), ("Vaccine", 0.22), ("Brand", 0.15), ("Dose", 0.08),
             ("Date given", 0.13), ("Batch no.", 0.12), ("Site", 0.10), ("Init.", 0.10)],
            rows, style="grid", size=8.8, min_h=17, after=8)
    t.no("immunizations", "DTaP-IPV", "due", note="4-year dose not yet given")

    d.para("Other vaccines / declined:", font="Helvetica-Bold", after=2)
    d.para("Influenza - declined by parent 05/05/2023.   Signed: K. Test-Williams (mother)",
           font=hw, color=INK, after=2)
    t.no("immunizations", "Influenza", "due", note="declined by parent")
    d.para("Next due: 4 years (14/03/2026) - DTaP-IPV (Infanrix-IPV). Bring this book to "
           "every visit.", font=hw, color=INK, after=10)
    d.para("Vaccinator codes: JS = J. Sample RN (authorised vaccinator); MT = M. Test RN",
           size=8, color=GREY)

    d.new_page()
    d.para("15-MONTH WELL CHILD CHECK", font="Helvetica-Bold", size=14, after=6)
    d.kv([("Date", "12/06/2023"), ("Seen by", "J. Sample RN")], cols=2, font=hw)
    d.table([("Measurement", 0.35), ("Result", 0.25), ("Centile", 0.40)], [
        ["Weight", ("10.9 kg", {"font": hw, "color": INK}),
         ("50th-75th", {"font": hw, "color": INK})],
        ["Length", ("80.5 cm", {"font": hw, "color": INK}),
         ("50th", {"font": hw, "color": INK})],
        ["Head circumference", ("46.8 cm", {"font": hw, "color": INK}),
         ("50th-75th", {"font": hw, "color": INK})],
    ], style="grid", size=9.5, min_h=18)
    t.vital("weight", "10.9", "kg")
    t.vital("height", "80.5", "cm", note="length")
    d.para("Notes:", font="Helvetica-Bold", after=2)
    for s in ["Hearing and vision screen passed. Walking well, 6-8 words.",
              "Mild fever after 3-month vaccines, settled within 24 hours.",
              "Hepatitis B immunoglobulin (HBIG) at birth: not required - mother HBsAg negative.",
              "BCG: not eligible (no risk factors).",
              "Allergies: none known."]:
        d.para(s, font=hw, color=INK, after=3)
    t.no("immunizations", "Hepatitis B immunoglobulin", "negated", note="not required")
    t.no("immunizations", "BCG", "other", note="not eligible, not given")
    d.space(8)
    d.rect(d.x0, d.y - 100, d.width, 100, lw=0.8)
    d.space(6)
    d.para("AFTER YOUR CHILD'S IMMUNISATION", font="Helvetica-Bold", size=10, indent=8,
           width=d.width - 8)
    d.para("It is common for babies to be unsettled, have a mild fever or a red, sore spot "
           "where the injection was given. Give extra feeds and cuddles and do not over-dress "
           "your baby. A cool damp cloth can help a sore injection site. If your child has a "
           "fever and is miserable you can give paracetamol according to the dose on the "
           "packet for their age or weight. See a doctor or call Healthline if your baby is "
           "floppy, hard to wake, has a rash that does not fade when pressed, or you are "
           "worried.", size=9, indent=8, width=d.width - 16)
    t.no("medications", "paracetamol", "leaflet")
    return d, t

# ---------------------------------------------------------------------------------------
# 07 Ireland: community pharmacy medication profile and dispensing history
# ---------------------------------------------------------------------------------------
@register(7, "ie", "pharmacy_dispensing_history", "Ireland",
          "Community pharmacy patient medication record: current profile, six-month "
          "dispensing history, pharmacy vaccination and counselling notes",
          "prescription", "2024-03-15", 2,
          "DD/MM/YYYY, stated in the header",
          notes=[
              "One medication row per distinct medicine (repeat dispensings are not separate "
              "rows); the dispensing history shows the older Nexium 40mg strength, the profile "
              "shows the current 20mg (status changed).",
              "Zopiclone discontinued by the GP: stopped row + must_not. Amoxicillin 'course "
              "completed': completed row + must_not stopped.",
              "Cetirizine bought over the counter once is optional.",
              "Calcichew D3 Forte is a combination product: dose and unit null.",
              "Conditions come from the GP summary printed on the record.",
              "Ibuprofen appears only in counselling advice: must_not (other). COVID-19 booster "
              "declined: must_not (due).",
          ])
def build_07():
    d = Doc("Patient medication record", size=9, margins=(42, 42, 44, 46))
    t = Truth()
    letterhead(d, "Sample Street Pharmacy",
               ["12 Sample Street, Testford, Co. Example  A00 X000  |  Tel 01 000 0000  |  "
                "PSI Registration No. 0000"], size=14)
    d.para("PATIENT MEDICATION RECORD - dispensing history 01/10/2023 to 15/03/2024 "
           "(all dates DD/MM/YYYY)", font="Helvetica-Bold", size=10, after=5)
    d.kv([("Patient", "Ms Niamh TESTMURPHY"), ("DOB", "02/09/1958"),
          ("Address", "7 Example Park, Testford"), ("GMS No.", "0000000X"),
          ("Usual GP", "Dr C. Sample, Testford Medical Centre"), ("Printed", "15/03/2024")],
         cols=2, size=9)
    d.kv([("Allergies / ADRs", "Aspirin - bronchospasm"),
          ("Medical conditions (GP summary)",
           "Asthma; Hypothyroidism; Osteoporosis; Hypertension; Depression")], cols=1, size=9)
    t.allergy("Aspirin", "bronchospasm")
    for c in ("Asthma", "Hypothyroidism", "Osteoporosis", "Hypertension", "Depression"):
        t.cond(c)

    d.heading("Current medication profile", size=10.5, rule=True)
    d.table([("Drug", 0.30), ("Strength / form", 0.17), ("Directions", 0.25),
             ("Last supplied", 0.11), ("Status", 0.17)], [
        ["Eltroxin (levothyroxine)", "100 microgram tablets", "ONE daily before breakfast",
         "04/03/2024", "Active"],
        ["Losartan", "50mg tablets", "ONE daily", "04/03/2024", "Active"],
        ["Rosuvastatin", "10mg tablets", "ONE at night", "04/03/2024", "Active"],
        ["Nexium (esomeprazole)", "20mg gastro-resistant tablets", "ONE daily", "04/03/2024",
         "Dose changed 05/02/2024 (was 40mg)"],
        ["Sertraline", "50mg tablets", "ONE daily", "04/03/2024", "Active"],
        ["Ventolin Evohaler (salbutamol)", "100 microgram/dose inhaler",
         "TWO puffs to be inhaled when required", "12/01/2024", "Active"],
        ["Alendronic acid", "70mg tablets", "ONE weekly on Sunday morning", "04/03/2024",
         "Active"],
        ["Calcichew D3 Forte (calcium carbonate/colecalciferol)", "chewable tablets",
         "ONE twice daily", "04/03/2024", "Active"],
        ["Zopiclone", "7.5mg tablets", "ONE at night", "11/12/2023",
         "DISCONTINUED by GP 15/01/2024"],
        ["Amoxicillin", "500mg capsules", "ONE three times daily for 7 days", "02/01/2024",
         "Course completed"],
    ], style="grid", size=8.5)
    t.med("levothyroxine", "100", "microgram", None, "daily before breakfast",
          brand="Eltroxin")
    t.med("losartan", "50", "mg", None, "daily")
    t.med("rosuvastatin", "10", "mg", None, "at night")
    t.med("esomeprazole", "20", "mg", None, "daily", "changed", brand="Nexium")
    t.med("sertraline", "50", "mg", None, "daily")
    t.med("salbutamol", "100", "microgram", "inhaled", "when required",
          brand="Ventolin Evohaler", aliases=["Ventolin", "albuterol"])
    t.med("alendronic acid", "70", "mg", None, "weekly", aliases=["alendronate"])
    t.med("calcium carbonate/colecalciferol", None, None, None, "twice daily",
          brand="Calcichew D3 Forte", aliases=["calcium and vitamin D", "Calcichew"])
    t.med("zopiclone", "7.5", "mg", None, "at night", "stopped")
    t.no("medications", "Zopiclone", "stopped")
    t.med("amoxicillin", "500", "mg", None, "three times daily", "completed",
          also=["stopped"])
    t.no("medications", "Amoxicillin", "stopped", note="course completed")

    d.heading("Dispensing history", size=10.5, rule=True)
    reg = [("Eltroxin 100microgram tablets", "28", "ONE daily before breakfast"),
           ("Losartan 50mg tablets", "28", "ONE daily"),
           ("Rosuvastatin 10mg tablets", "28", "ONE at night"),
           ("Sertraline 50mg tablets", "28", "ONE daily"),
           ("Alendronic acid 70mg tablets", "4", "ONE weekly"),
           ("Calcichew D3 Forte chewable tablets", "56", "ONE twice daily")]
    rows = []
    rx = [1000]

    def add(date, item, qty, directions):
        rows.append([date, item, qty, directions, "Dr C. Sample", ""])

    for date, nex in [("02/10/2023", "40mg"), ("30/10/2023", "40mg"), ("27/11/2023", "40mg"),
                      ("27/12/2023", "40mg"), ("29/01/2024", "40mg"), ("04/03/2024", "20mg")]:
        for item, q, dr in reg:
            add(date, item, q, dr)
        add(date, f"Nexium {nex} gastro-resistant tablets", "28", "ONE daily")
        if date == "02/10/2023":
            add(date, "Ventolin Evohaler 100microgram/dose", "1", "TWO puffs when required")
            add(date, "Zopiclone 7.5mg tablets", "14", "ONE at night")
        if date == "30/10/2023":
            add(date, "Zopiclone 7.5mg tablets", "14", "ONE at night")
        if date == "27/12/2023":
            add("02/01/2024", "Amoxicillin 500mg capsules", "21",
                "ONE three times daily for 7 days")
            add("11/12/2023", "Zopiclone 7.5mg tablets", "14", "ONE at night")
        if date == "29/01/2024":
            add("05/02/2024", "Nexium 20mg gastro-resistant tablets", "28",
                "ONE daily (new strength)")
            add("12/01/2024", "Ventolin Evohaler 100microgram/dose", "1",
                "TWO puffs when required")
    rows.sort(key=lambda r: tuple(reversed(r[0].split("/"))))
    for r in rows:
        rx[0] += 7
        r[5] = f"RX{rx[0]:07d}"
    rows.append(["15/03/2024", "Cetirizine 10mg tablets (OTC sale)", "30", "ONE daily",
                 "-", "OTC"])
    d.table([("Date", 0.11), ("Item", 0.36), ("Qty", 0.06), ("Directions", 0.26),
             ("Prescriber", 0.12), ("Rx no.", 0.09)], rows, style="lines", size=7.8, pad=1.8)
    t.med("cetirizine", "10", "mg", None, "daily", optional=True,
          note="single over-the-counter purchase")

    d.heading("Pharmacy services", size=10.5, rule=True)
    d.para("Vaccination: Influenza vaccine (Influvac Tetra) 0.5 mL IM left deltoid, "
           "11/10/2023, batch F000392, administered by A. Sample MPSI. COVID-19 booster "
           "offered 11/10/2023 - declined by patient.", size=8.8)
    t.imm("Influenza vaccine", "2023-10-11", None, "F000392", "Influvac Tetra",
          ambiguous=amb("2023-10-11", stated=True))
    t.no("immunizations", "COVID-19 booster", "due", note="declined")
    d.para("Counselling notes:", font="Helvetica-Bold", size=8.8, after=1)
    d.bullets([
        "15/01/2024 Zopiclone discontinued by Dr Sample - patient informed; remaining tablets "
        "returned for disposal.",
        "05/02/2024 Medicines use review: esomeprazole reduced to 20mg by GP; take 30 minutes "
        "before food.",
        "Advised to avoid ibuprofen (Nurofen) and other anti-inflammatory painkillers because of "
        "asthma and aspirin sensitivity.",
    ], size=8.8)
    t.no("medications", "ibuprofen", "other", note="counselling advice only")
    return d, t

# ---------------------------------------------------------------------------------------
# 08 South Africa: emergency centre clinical note
# ---------------------------------------------------------------------------------------
@register(8, "za", "emergency_centre_note", "South Africa",
          "Public hospital emergency centre note: triage, history, investigations, treatment "
          "given in the unit, discharge scripts",
          "medical_record", "2024-05-21", 2,
          "YYYY/MM/DD (2024/05/21)",
          notes=[
              "Drugs given in the emergency centre (diclofenac IM, metoclopramide, morphine, "
              "sodium chloride 0.9%) are must_not (other).",
              "Triage and 16:30 reassessment readings are all vital-sign rows.",
              "Viral load 'lower than detectable' and CD4 from 2023/11/02 are dated lab rows; "
              "HGT is a capillary glucose lab row without range.",
              "Tramadol 'consider if pain not controlled' is must_not (planned).",
              "Pulmonary TB treated in 2019 is historical; cotrimoxazole stopped in 2021 is a "
              "stopped row + must_not.",
          ])
def build_08():
    d = Doc("Emergency centre note", size=9.3, margins=(46, 46, 50, 46))
    t = Truth()
    letterhead(d, "Example Provincial Hospital - Emergency Centre",
               ["Private Bag X0000, Testville 0000  |  Tel 010 000 0000"],
               right=["CLINICAL RECORD", "Folder no. 00004127"], size=13)
    d.kv([("Patient", "Mr Themba SAMPLE"), ("ID no.", "000000 0000 00 0"),
          ("Age / sex", "34 / M"), ("Arrival", "2024/05/21 14:05"),
          ("Triage (SATS)", "ORANGE"), ("Doctor", "Dr N. Testdoctor (MO)")], cols=2, size=9)
    d.heading("Triage observations (14:12)", size=10, rule=True)
    d.table([("BP", 0.16), ("HR", 0.12), ("RR", 0.12), ("Temp", 0.14), ("SpO2", 0.14),
             ("HGT", 0.16), ("Pain", 0.16)],
            [["148/92 mmHg", "104 bpm", "20 /min", "36.9 \u00b0C", "99 % RA", "6.2 mmol/L",
              "8/10"]], style="grid", size=9)
    t.vital("blood_pressure", "148/92", "mmHg")
    t.vital("heart_rate", "104", "bpm")
    t.vital("respiratory_rate", "20", "/min")
    t.vital("temperature", "36.9", "\u00b0C")
    t.vital("oxygen_saturation", "99", "%")
    t.lab("HGT", "6.2", "mmol/L", None, "2024-05-21",
          aliases=["capillary glucose", "blood glucose"])

    d.heading("History", size=10, rule=True)
    d.para("34-year-old man with sudden onset left flank pain since 06:00 today, colicky, "
           "radiating to the left groin, with nausea. Denies fever. No vomiting. "
           "No previous similar episodes. Passing urine normally.")
    t.no("conditions", "fever", "negated")
    t.no("conditions", "vomiting", "negated")
    d.para("Past history:", font="Helvetica-Bold", after=1)
    d.bullets([
        "HIV, diagnosed 2016, on ART. Last viral load lower than detectable on 2023/11/02; "
        "CD4 count 412 cells/uL on 2023/11/02.",
        "Hypertension since 2020.",
        "Pulmonary TB 2019 - completed 6 months of treatment, cured.",
        "Cotrimoxazole prophylaxis stopped in 2021.",
    ])
    t.cond("HIV", aliases=["HIV infection"])
    t.cond("Hypertension")
    t.no("conditions", "Pulmonary TB", "historical")
    t.lab("viral load", "lower than detectable", None, None, "2023-11-02",
          aliases=["HIV viral load", "HIV-1 RNA"])
    t.lab("CD4 count", "412", "cells/uL", None, "2023-11-02")
    t.med("cotrimoxazole", None, None, None, None, "stopped")
    t.no("medications", "Cotrimoxazole", "stopped")
    d.para("Chronic medication: Tenofovir/lamivudine/dolutegravir (TLD) 300/300/50 mg one tablet "
           "daily; Amlodipine 10 mg daily.")
    t.med("tenofovir/lamivudine/dolutegravir", "300/300/50", "mg", None, "daily",
          aliases=["TLD"])
    t.med("amlodipine", "10", "mg", None, "daily")
    d.para("Allergies: NKDA.   Family history: mother - diabetes.   Social: non-smoker, "
           "occasional alcohol.")
    t.no("allergies", "NKDA", "negated")
    t.no("conditions", "diabetes", "family")

    d.heading("Examination", size=10, rule=True)
    d.para("Distressed with pain, moving around the bed. Abdomen soft, mild left iliac fossa "
           "tenderness, left renal angle tenderness. No guarding. Chest clear. Heart sounds "
           "normal.")

    d.heading("Investigations", size=10, rule=True)
    spec = [
        ("Urine dipstix - blood", "2+", None, "Negative", "abnormal"),
        ("Urine dipstix - leucocytes", "Negative", None, "Negative", "normal"),
        ("Urine dipstix - nitrites", "Negative", None, "Negative", "normal"),
        ("Creatinine", "98", "\u00b5mol/L", "64-104", "auto"),
        ("eGFR", ">60", "mL/min/1.73m2", ">60", None),
        ("WCC", "11.2", "x10^9/L", "3.9-12.6", "auto"),
        ("CRP", "12", "mg/L", "<10", "auto"),
    ]
    rows = []
    for nm, v, u, ref, fl in spec:
        r = t.lab(nm, v, u, ref, "2024-05-21", flag=fl)
        rows.append([nm, v, u or "", ref, flag_letter(r["flag"]) if r["flag"] else ""])
    t.labs[-7]["aliases"] = ["urine blood", "haematuria dipstick"]
    d.table([("Test", 0.36), ("Result", 0.14), ("Units", 0.18), ("Ref", 0.18),
             ("Flag", 0.14)], rows, style="grid", size=8.8)
    d.para("CT KUB (non-contrast): 5 mm calculus at the left vesicoureteric junction with mild "
           "left hydronephrosis. No other calculi.")
    d.para("Diagnosis: Left distal ureteric calculus (5 mm) with mild hydronephrosis.",
           font="Helvetica-Bold")
    t.cond("Left distal ureteric calculus",
           aliases=["ureteric calculus", "ureteric colic", "renal colic", "kidney stone"])
    t.cond("mild hydronephrosis", optional=True, note="finding attached to the diagnosis")

    d.heading("Treatment in the emergency centre", size=10, rule=True)
    d.table([("Time", 0.10), ("Drug", 0.30), ("Dose", 0.14), ("Route", 0.12),
             ("Given by", 0.34)], [
        ["14:40", "Diclofenac", "75 mg", "IM", "RN P. Sample"],
        ["14:45", "Metoclopramide", "10 mg", "IV", "RN P. Sample"],
        ["14:45", "Sodium chloride 0.9%", "1 L", "IV", "RN P. Sample"],
        ["15:20", "Morphine", "4 mg", "IV", "Dr N. Testdoctor"],
    ], style="grid", size=8.8)
    for nm in ("Diclofenac", "Metoclopramide", "Sodium chloride 0.9%", "Morphine"):
        t.no("medications", nm, "other", note="given once in the emergency centre")
    d.para("16:30 reassessment: pain 2/10, comfortable. BP 132/84 mmHg, HR 88 bpm.")
    t.vital("blood_pressure", "132/84", "mmHg")
    t.vital("heart_rate", "88", "bpm")

    d.heading("Disposition", size=10, rule=True)
    d.para("Discharged home with scripts:")
    d.bullets(["Ibuprofen 400 mg PO TDS with food for 5 days",
               "Paracetamol 1 g PO QID when required for pain",
               "Tamsulosin 0.4 mg PO daily for 14 days (medical expulsive therapy)",
               "Continue TLD and amlodipine as before"])
    t.med("ibuprofen", "400", "mg", "PO", "TDS", "new")
    t.med("paracetamol", "1", "g", "PO", "QID when required", "new",
          aliases=["acetaminophen"])
    t.med("tamsulosin", "0.4", "mg", "PO", "daily", "new")
    d.para("If pain is not controlled, consider tramadol. Strain urine. Urology OPD in 2 weeks "
           "with the CT report. Return if fever, uncontrolled pain or vomiting.")
    t.no("medications", "tramadol", "planned")
    d.para("Dr N. Testdoctor, Medical Officer, Emergency Centre   MP 0000000   "
           "2024/05/21 16:45", size=8.5, color=GREY)
    return d, t

# ---------------------------------------------------------------------------------------
# 09 Singapore: health screening report (questionnaire, measurements, dual-unit labs)
# ---------------------------------------------------------------------------------------
@register(9, "sg", "health_screening_report", "Singapore",
          "Corporate health screening report: tick-box questionnaire, body measurements, "
          "laboratory results in SI units with conventional units alongside, doctor's summary "
          "and health tips",
          "medical_record", "2024-01-08", 3,
          "DD Mon YYYY (08 Jan 2024)",
          notes=[
              "Questionnaire items ticked 'No' are must_not (checkbox_no). Diabetes ticked "
              "'Yes' (type 2 diabetes) is an active row.",
              "Results printed in SI units are scored rows; the conventional-unit value in the "
              "next column is an optional row (same test, other unit, no printed range).",
              "'possible fatty liver' is hypothetical: must_not (other). 'consider starting a "
              "statin' is must_not (planned). 'high blood pressure' appears only in health "
              "tips: must_not (leaflet).",
              "Father's heart attack is family history.",
          ])
def build_09():
    teal = (0.0, 0.38, 0.40)

    def hdr(d, n, N):
        return [R(0, d.H - 40, d.W, 40, stroke=None, fill=teal),
                T(d.x0, d.H - 26, "SAMPLE MEDICAL CENTRE - HEALTH SCREENING", "Helvetica-Bold",
                  12, (1, 1, 1)),
                T(d.x1, d.H - 26, "TAN Example Wei  |  S0000417Z  |  08 Jan 2024",
                  "Helvetica", 8.5, (1, 1, 1), "r")]
    d = Doc("Health screening report", size=9.3, header=hdr, margins=(46, 46, 62, 48))
    t = Truth()
    d.para("PERSONAL HEALTH REPORT", font="Helvetica-Bold", size=15, color=teal, after=4)
    d.kv([("Name", "Mr TAN Example Wei"), ("NRIC", "S0000417Z"), ("Age / Sex", "47 / Male"),
          ("Date of screening", "08 Jan 2024"), ("Company", "Example Logistics Pte Ltd"),
          ("Package", "Executive Screening B")], cols=2, size=9)
    d.heading("Section A: Health questionnaire (completed by client)", size=10.5, color=teal,
              rule=True)
    d.para("Have you ever been told by a doctor that you have:", after=3)
    answers = [("Hypertension", "No"), ("Diabetes", "Yes"), ("Asthma", "No"),
               ("Heart disease", "No"), ("Stroke", "No"), ("Cancer", "No")]
    for q, a in answers:
        d.ticks(q, a, label_w=170,
                extra="Type 2 diabetes since 2019" if q == "Diabetes" else None)
        if a == "No":
            t.no("conditions", q, "checkbox_no")
    t.cond("Type 2 diabetes", aliases=["Diabetes mellitus", "diabetes"])
    d.space(4)
    d.ticks("Are you currently taking any medication?", "Yes", label_w=240)
    d.para("If yes, please list: Metformin 850 mg twice daily", font="Courier-Oblique",
           indent=12, after=4)
    t.med("metformin", "850", "mg", None, "twice daily")
    d.ticks("Drug allergy", "No", label_w=240)
    t.no("allergies", "Drug allergy", "checkbox_no")
    d.ticks("Do you smoke?", "No", label_w=240)
    d.ticks("Family history of heart attack or stroke before age 60?", "Yes", label_w=240,
            extra="Father - heart attack at 58")
    t.no("conditions", "heart attack", "family")

    d.heading("Section B: Physical examination", size=10.5, color=teal, rule=True)
    d.table([("Measurement", 0.35), ("Result", 0.30), ("Reference", 0.35)], [
        ["Height", "168.0 cm", ""],
        ["Weight", "74.5 kg", ""],
        ["Body mass index (BMI)", "26.4 kg/m2", "18.5 - 22.9 (Asian cut-off)"],
        ["Blood pressure", "126/80 mmHg", "< 130/80"],
        ["Pulse", "72 /min", "60 - 100"],
        ["Waist circumference", "92 cm", "< 90 cm"],
        ["Visual acuity (R / L)", "6/6 / 6/9", ""],
    ], style="lines", size=9)
    t.vital("height", "168.0", "cm")
    t.vital("weight", "74.5", "kg")
    t.vital("bmi", "26.4", "kg/m2")
    t.vital("blood_pressure", "126/80", "mmHg")
    t.vital("heart_rate", "72", "/min")

    d.new_page()
    d.heading("Section C: Laboratory results (fasting sample, collected 08 Jan 2024 08:05)",
              size=10.5, color=teal, rule=True, before=2)
    date = "2024-01-08"
    rows = []

    def add(nm, v, u, ref, conv=None, flag="auto", aliases=None):
        r = t.lab(nm, v, u, ref, date, flag=flag, aliases=aliases)
        cv = ""
        if conv:
            cv = f"{conv[0]} {conv[1]}"
            t.lab(nm, conv[0], conv[1], None, date, optional=True, aliases=aliases,
                  note="same result in conventional units")
        mark = {"high": "High", "low": "Low", "abnormal": "Abnormal"}.get(r["flag"], "")
        st = {"font": "Helvetica-Bold"} if mark else {}
        rows.append([nm, (v, st), u, ref, cv, mark])

    rows.append(("__section__", "Haematology"))
    add("Haemoglobin", "14.6", "g/dL", "13.0 - 17.0")
    add("Total white cell count", "6.9", "x10^9/L", "4.0 - 10.0", aliases=["WBC"])
    rows.append(("__section__", "Diabetes screen"))
    add("Glucose (fasting)", "7.4", "mmol/L", "3.9 - 6.0", ("133", "mg/dL"),
        aliases=["fasting glucose"])
    add("HbA1c", "6.9", "%", "4.0 - 6.0", ("52", "mmol/mol"))
    rows.append(("__section__", "Lipid profile"))
    add("Total cholesterol", "5.9", "mmol/L", "< 5.2", ("228", "mg/dL"))
    add("LDL cholesterol", "3.9", "mmol/L", "< 3.4", ("151", "mg/dL"))
    add("HDL cholesterol", "1.1", "mmol/L", "> 1.0", ("43", "mg/dL"))
    add("Triglycerides", "1.9", "mmol/L", "< 2.3", ("168", "mg/dL"))
    rows.append(("__section__", "Kidney function"))
    add("Creatinine", "88", "\u00b5mol/L", "65 - 125", ("1.00", "mg/dL"))
    add("eGFR", "92", "mL/min/1.73m2", "> 60")
    add("Uric acid", "0.46", "mmol/L", "0.20 - 0.42")
    rows.append(("__section__", "Liver function"))
    add("ALT (SGPT)", "52", "U/L", "< 50", aliases=["ALT"])
    rows.append(("__section__", "Thyroid"))
    add("TSH", "1.82", "mIU/L", "0.45 - 4.50")
    rows.append(("__section__", "Urine and serology"))
    add("Urine protein", "Negative", "", "Negative", flag="normal")
    add("Urine glucose", "2+", "", "Negative", flag="abnormal")
    add("Hepatitis B surface antigen", "Non-reactive", "", "Non-reactive", flag="normal",
        aliases=["HBsAg"])
    for r in t.labs:
        if r["unit"] == "":
            r["unit"] = None
    d.table([("Test", 0.28), ("Result", 0.11, "r"), ("Unit", 0.15), ("Reference", 0.17),
             ("Conventional", 0.16), ("Remark", 0.13)], rows, style="grid", size=8.6,
            header_fill=(0.80, 0.90, 0.90))
    d.para("Abnormal results are shown in bold. Reference ranges apply to adults.", size=7.8,
           color=GREY)

    d.new_page()
    d.heading("Section D: Doctor's summary", size=10.5, color=teal, rule=True, before=2)
    d.para("Findings:", font="Helvetica-Bold", after=1)
    d.bullets([
        "Diabetes mellitus - suboptimal control (fasting glucose 7.4 mmol/L, HbA1c 6.9%, "
        "glucose in urine).",
        "High LDL cholesterol (3.9 mmol/L).",
        "Raised ALT with BMI 26.4 - possible fatty liver; an ultrasound of the liver is "
        "recommended.",
        "Blood pressure, kidney and thyroid function are within normal limits.",
    ])
    t.cond("High LDL cholesterol", aliases=["hyperlipidaemia", "hypercholesterolaemia"])
    t.no("conditions", "fatty liver", "other", note="'possible' - not established")
    d.para("Recommendations:", font="Helvetica-Bold", after=1)
    d.bullets([
        "Please review with your family doctor within 4 weeks; continue metformin.",
        "Your doctor may consider starting a statin for the LDL cholesterol.",
        "Repeat HbA1c and lipid profile in 3 months.",
    ])
    t.no("medications", "statin", "planned")
    d.para("Dr Example LIM, MBBS (S'pore), MCFP - Screening Physician", size=8.8, after=14)

    d.rect(d.x0, d.y - 118, d.width, 118, stroke=teal, fill=(0.93, 0.97, 0.97), lw=1)
    d.space(6)
    d.para("HEALTH TIPS", font="Helvetica-Bold", size=10, color=teal, indent=8)
    d.bullets([
        "Aim for at least 150 minutes of moderate exercise every week.",
        "Limit salt intake to help prevent high blood pressure.",
        "Choose whole grains and fill half your plate with vegetables and fruit.",
        "Go for regular screening as advised by your doctor.",
    ], indent=20, size=9)
    t.no("conditions", "high blood pressure", "leaflet")
    return d, t

# ---------------------------------------------------------------------------------------
# 10 Kenya: antenatal profile page of a mother and child health handbook (photo JPEG)
# ---------------------------------------------------------------------------------------
@register(10, "ke", "antenatal_handbook_scan", "Kenya",
          "Mother and child health handbook, antenatal profile and visit page with "
          "handwritten entries, photographed to JPEG",
          "medical_record", "2024-04-08", 1,
          "DD/MM/YYYY, stated on the page ('dd/mm/yyyy')",
          scan=dict(fmt="jpg", dpi=170, angles=[1.9], seed=10101, blur=0.85, noise=8.0,
                    speckles=350, light=0.32, quality=64),
          notes=[
              "Every antenatal visit's BP and weight is a vital-sign row (three visits).",
              "Antenatal profile tests without printed ranges: flags null.",
              "Sulfadoxine-pyrimethamine (IPTp, directly observed) and mebendazole were given "
              "at the clinic: must_not (other). Iron and folic acid are ongoing rows.",
              "Td doses are rows; the page states dd/mm/yyyy so date_ambiguous is false.",
              "History tick boxes marked No are must_not (checkbox_no); the previous caesarean "
              "section is historical; danger-sign counselling text is leaflet.",
              "'Pregnancy' is optional as a condition row.",
          ])
def build_10():
    d = Doc("MCH handbook ANC page", size=8.9, margins=(40, 40, 36, 44), page_numbers=None)
    t = Truth()
    hw = "Courier-Oblique"
    st = {"font": hw, "color": INK}
    d.para("MOTHER AND CHILD HEALTH HANDBOOK", font="Helvetica-Bold", size=13, align="c",
           after=1)
    d.para("Antenatal Profile and Visits", font="Helvetica-Bold", size=10.5, align="c", after=5)
    d.kv([("Name", "Mary Achieng SAMPLE"), ("ANC No.", "0000/24"), ("Age", "27"),
          ("Facility", "Example Sub-County Hospital"), ("Gravida / Parity", "G2 P1"),
          ("LMP", "03/11/2023"), ("EDD", "09/08/2024"), ("Phone", "0700 000 000")],
         cols=2, font=hw, size=8.9)
    d.para("All dates dd/mm/yyyy", size=7.5, color=GREY, after=3)

    d.heading("Medical and surgical history", size=9.5, before=2, after=2, rule=True)
    for q, a in [("Diabetes", "No"), ("Hypertension", "No"), ("Tuberculosis", "No"),
                 ("Pre-eclampsia in previous pregnancy", "No")]:
        d.ticks(q, a, label_w=200, size=8.6, after=0.5)
        t.no("conditions", q, "checkbox_no")
    d.para("Previous pregnancies: 2019 - Caesarean section, live baby girl 3.1 kg.",
           font=hw, color=INK, after=3)
    t.no("conditions", "Caesarean section", "historical")

    d.heading("Antenatal profile (tests)", size=9.5, before=2, after=2, rule=True)
    prof = [("Haemoglobin", "10.6", "g/dL", "12/02/2024"),
            ("Haemoglobin", "11.1", "g/dL", "08/04/2024"),
            ("Blood group", "O", None, "12/02/2024"),
            ("Rhesus", "Positive", None, "12/02/2024"),
            ("VDRL", "Negative", None, "12/02/2024"),
            ("HIV test", "Non-reactive", None, "12/02/2024"),
            ("HBsAg", "Negative", None, "12/02/2024"),
            ("Urine protein", "Nil", None, "12/02/2024"),
            ("Urine sugar", "Nil", None, "12/02/2024")]
    rows = []
    for nm, v, u, dt in prof:
        dd, mm, yy = dt.split("/")
        t.lab(nm, v, u, None, f"{yy}-{mm}-{dd}",
              aliases={"Haemoglobin": ["Hb"], "HBsAg": ["hepatitis B surface antigen"],
                       "VDRL": ["syphilis test"]}.get(nm))
        rows.append([nm, (f"{v} {u}" if u else v, st), (dt, st)])
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [["", "", ""]]
    d.table([("Test", 0.17), ("Result", 0.15), ("Date", 0.18), ("Test", 0.17),
             ("Result", 0.15), ("Date", 0.18)],
            [a + b for a, b in zip(left, right)], style="grid", size=8.5, after=4)

    d.heading("Antenatal visits", size=9.5, before=2, after=2, rule=True)
    visits = [("12/02/2024", "14", "110/70", "61.0", "-",
               "TT/Td 1 given. IFAS issued. Mild anaemia - iron."),
              ("11/03/2024", "18", "118/74", "62.4", "18 cm",
               "Td 2 given. IPTp-SP 1 (DOT). Mebendazole 500 mg stat."),
              ("08/04/2024", "22", "124/78", "63.5", "22 cm",
               "IPTp-SP 2 (DOT). Hb 11.1. Well.")]
    rows = []
    for dt, ga, bp, wt, fh, rem in visits:
        rows.append([(dt, st), (ga, st), (bp, st), (wt, st), (fh, st), (rem, st)])
        t.vital("blood_pressure", bp, "mmHg")
        t.vital("weight", wt, "kg")
    d.table([("Date", 0.14), ("Gest. (wks)", 0.10), ("BP (mmHg)", 0.13), ("Weight (kg)", 0.12),
             ("Fundal ht", 0.11), ("Remarks / treatment", 0.40)], rows, style="grid",
            size=8.5, after=4)

    d.heading("Immunisation (Tetanus-diphtheria, Td)", size=9.5, before=2, after=2, rule=True)
    d.table([("Dose", 0.15), ("Date given", 0.25), ("Batch no.", 0.25), ("Next due", 0.35)], [
        ["Td 1", ("12/02/2024", st), ("T000D061", st), ("11/03/2024", st)],
        ["Td 2", ("11/03/2024", st), ("T000D088", st), ("Td 3 in 6 months", st)],
    ], style="grid", size=8.5, after=4)
    t.imm("Td", "2024-02-12", 1, "T000D061", aliases=["tetanus-diphtheria", "tetanus toxoid"],
          ambiguous=amb("2024-02-12", stated=True))
    t.imm("Td", "2024-03-11", 2, "T000D088", aliases=["tetanus-diphtheria", "tetanus toxoid"],
          ambiguous=amb("2024-03-11", stated=True))
    t.no("immunizations", "Td 3", "due")

    d.heading("Supplements and preventive treatment", size=9.5, before=2, after=2, rule=True)
    d.para("Ferrous sulphate 200 mg once daily and Folic acid 5 mg once daily (IFAS) - "
           "continue to 6 weeks after delivery.", font=hw, color=INK, after=1)
    t.med("ferrous sulphate", "200", "mg", None, "once daily", aliases=["iron"])
    t.med("folic acid", "5", "mg", None, "once daily")
    d.para("IPTp: Sulfadoxine-pyrimethamine 3 tablets under DOT on 11/03/2024 and 08/04/2024. "
           "Deworming: Mebendazole 500 mg given 11/03/2024. LLIN issued: Yes.",
           font=hw, color=INK, after=3)
    t.no("medications", "Sulfadoxine-pyrimethamine", "other", note="given at clinic (DOT)")
    t.no("medications", "Mebendazole", "other", note="single dose at clinic")
    d.para("Diagnosis: Pregnancy 22 weeks, mild anaemia in pregnancy - continue iron, repeat "
           "Hb at 28 weeks.", font=hw, color=INK, after=3)
    t.cond("Mild anaemia in pregnancy", aliases=["anaemia"])
    t.cond("Pregnancy", optional=True)
    d.para("Danger signs counselled: vaginal bleeding, severe headache, swelling of face or "
           "hands, reduced fetal movements, fever. Come to the facility immediately.",
           size=8.2, after=2)
    t.no("conditions", "severe headache", "leaflet")
    d.para("Next visit: 06/05/2024      Health worker: S. Testnurse (RN/M)", font=hw,
           color=INK)
    return d, t

# ---------------------------------------------------------------------------------------
# 11 Philippines: paediatric clinic consultation record with EPI immunisation table
# ---------------------------------------------------------------------------------------
@register(11, "ph", "pediatric_consultation", "Philippines",
          "Private paediatric clinic consultation record: vital signs, assessment, "
          "prescriptions, immunisation record transcribed from the baby book",
          "medical_record", "2024-04-10", 1,
          "MM/DD/YYYY, stated in the header ('Date (mm/dd/yyyy)')",
          notes=[
              "The record states mm/dd/yyyy, so immunisation dates are not ambiguous.",
              "OPV and IPV are mentioned without dates ('see baby book'): optional rows.",
              "Ibuprofen given once in the clinic: must_not (other). Cetirizine 'STOP': "
              "stopped row + must_not.",
              "Influenza vaccine deferred today because of fever: must_not (due).",
              "Primary complex (childhood TB) treated in 2022: historical. Mother's allergic "
              "rhinitis and father's hypertension: family.",
              "Paracetamol prescribed today as needed: status new (also_ok active).",
          ])
def build_11():
    d = Doc("Pediatric consultation", size=9.2, margins=(50, 50, 44, 46))
    t = Truth()
    d.para("Dr. Maria TESTA-REYES, MD, FPPS", font="Helvetica-Bold", size=14, align="c",
           after=1)
    d.para("Pediatrics - General and Allergy", size=9.5, align="c", after=1)
    d.para("Sample Children's Clinic, Rm 000 Example Medical Plaza, Quezon City  |  "
           "Tel (02) 8000 0000", size=8.5, align="c", color=GREY, after=2)
    d.para("PRC Lic. No. 0000000  |  PTR No. 0000000  |  S2 No. 00000", size=8, align="c",
           color=GREY, after=4)
    d.hr(1.0)
    d.para("CONSULTATION RECORD", font="Helvetica-Bold", size=12, after=4)
    d.kv([("Patient", "Juan Miguel TESTCRUZ"), ("Date (mm/dd/yyyy)", "04/10/2024"),
          ("Age / Sex", "4 y 2 mo / M"), ("Birthday", "02/03/2020"),
          ("Informant", "Mother (reliable)"), ("PhilHealth", "00-000000000-0")], cols=2)
    d.heading("Vital signs", size=10, rule=True)
    d.kv([("Temp", "38.4 \u00b0C"), ("HR", "118 bpm"), ("RR", "26 /min"),
          ("O2 sat", "98 %"), ("Weight", "16.2 kg"), ("Height", "102 cm")], cols=3)
    t.vital("temperature", "38.4", "\u00b0C")
    t.vital("heart_rate", "118", "bpm")
    t.vital("respiratory_rate", "26", "/min")
    t.vital("oxygen_saturation", "98", "%")
    t.vital("weight", "16.2", "kg")
    t.vital("height", "102", "cm")
    d.heading("History", size=10, rule=True)
    d.para("CC: Right ear pain and fever for 2 days.", font="Helvetica-Bold")
    d.para("HPI: Fever (Tmax at home not recorded), pulling at the right ear and irritable at "
           "night. Mild cough and colds for 4 days. No ear discharge. No vomiting, no diarrhea. "
           "Good appetite. Given paracetamol at home with relief.")
    t.no("conditions", "ear discharge", "negated")
    t.no("conditions", "vomiting", "negated")
    t.no("conditions", "diarrhea", "negated")
    d.para("Past medical history: Bronchial asthma, intermittent - uses salbutamol nebule as "
           "needed, last attack 01/2024. Primary complex - completed 6 months of treatment "
           "in 2022. No previous hospitalization.")
    t.no("conditions", "Primary complex", "historical")
    d.para("Allergies: Shrimp - hives. No known drug allergies.")
    t.allergy("Shrimp", "hives")
    t.no("allergies", "No known drug allergies", "negated")
    d.para("Family history: Mother - allergic rhinitis. Father - hypertension.")
    t.no("conditions", "allergic rhinitis", "family")
    t.no("conditions", "hypertension", "family")
    d.heading("Physical examination", size=10, rule=True)
    d.para("Awake, febrile, not in distress. Right TM bulging and erythematous, left TM "
           "normal. Throat mildly hyperemic. Lungs: clear breath sounds, no wheeze, no "
           "retractions. Heart: regular rhythm, no murmur.")
    d.heading("Assessment", size=10, rule=True)
    d.bullets(["Acute otitis media, right", "Bronchial asthma, intermittent - controlled"])
    t.cond("Acute otitis media, right", aliases=["acute otitis media", "otitis media"])
    t.cond("Bronchial asthma, intermittent", aliases=["asthma"])
    d.heading("Plan / Rx", size=10, rule=True)
    d.bullets([
        "Amoxicillin 400 mg (8 mL of 250 mg/5 mL suspension) orally three times a day for "
        "7 days",
        "Paracetamol 240 mg (10 mL of 120 mg/5 mL syrup) orally every 4 hours as needed for "
        "fever",
        "Continue salbutamol (Ventolin) nebule 2.5 mg via nebulizer every 6 hours as needed "
        "for wheeze",
        "Cetirizine 2.5 mg daily - STOP (colds improving, not needed)",
    ])
    t.med("amoxicillin", "400", "mg", "orally", "three times a day", "new")
    t.med("paracetamol", "240", "mg", "orally", "every 4 hours as needed", "new",
          also=["active"], aliases=["acetaminophen"])
    t.med("salbutamol", "2.5", "mg", "via nebulizer", "every 6 hours as needed",
          brand="Ventolin", aliases=["albuterol"])
    t.med("cetirizine", "2.5", "mg", None, "daily", "stopped")
    t.no("medications", "Cetirizine", "stopped")
    d.para("Given in clinic: Ibuprofen 160 mg (8 mL of 100 mg/5 mL) orally at 10:30 for "
           "fever 38.4 \u00b0C.")
    t.no("medications", "Ibuprofen", "other", note="single dose in clinic")
    d.para("Influenza vaccine deferred today because of fever - reschedule on 04/24/2024. "
           "Follow up in 10 days or earlier if with ear discharge or persistent fever.")
    t.no("immunizations", "Influenza vaccine", "due", note="deferred")

    d.heading("Immunization record (baby book reviewed today)", size=10, rule=True)
    imms = [("BCG", "1", "02/04/2020", "B000G011", None),
            ("Hepatitis B", "1", "02/03/2020", "H000B204", ["hepatitis B vaccine"]),
            ("Pentavalent (DPT-HepB-Hib)", "1", "03/16/2020", "P000V310",
             ["pentavalent vaccine", "DTP-HepB-Hib"]),
            ("Pentavalent (DPT-HepB-Hib)", "2", "04/20/2020", "P000V377",
             ["pentavalent vaccine", "DTP-HepB-Hib"]),
            ("Pentavalent (DPT-HepB-Hib)", "3", "05/25/2020", "P000V402",
             ["pentavalent vaccine", "DTP-HepB-Hib"]),
            ("MMR", "1", "11/09/2020", "M000M118", ["measles mumps rubella"]),
            ("MMR", "2", "03/08/2021", "M000M164", ["measles mumps rubella"])]
    rows = []
    for vac, dose, dt, lot, al in imms:
        mm, dd, yy = dt.split("/")
        iso = f"{yy}-{mm}-{dd}"
        t.imm(vac, iso, int(dose), lot, aliases=al, ambiguous=amb(iso, stated=True))
        rows.append([vac, dose, dt, lot])
    d.table([("Vaccine", 0.40), ("Dose", 0.12), ("Date given (mm/dd/yyyy)", 0.26),
             ("Lot no.", 0.22)], rows, style="grid", size=9)
    d.para("Also received OPV x3 and IPV x1 (dates in baby book, not transcribed).")
    t.imm("OPV", None, None, None, optional=True, aliases=["oral polio vaccine"],
          note="no dates transcribed")
    t.imm("IPV", None, None, None, optional=True, aliases=["inactivated polio vaccine"],
          note="no dates transcribed")
    d.space(6)
    d.para("Maria Testa-Reyes, MD   Lic. No. 0000000", font="Helvetica-Bold", after=0)
    return d, t

# ---------------------------------------------------------------------------------------
# 12 Malaysia: travel clinic record (pre-travel consultation, vaccines, malaria prophylaxis)
# ---------------------------------------------------------------------------------------
@register(12, "my", "travel_clinic_record", "Malaysia",
          "Travel health clinic record: itinerary risk assessment, yellow fever checklist, "
          "vaccines given today and previously, malaria prophylaxis, advice sheet",
          "immunization_record", "2024-06-03", 2,
          "DD-Mon-YYYY (03-Jun-2024)",
          notes=[
              "Vaccines given today and the documented Tdap and last COVID-19 dose are rows; "
              "MMR 'in childhood, dates not recorded' is optional.",
              "Rabies pre-exposure declined and hepatitis A dose 2 due: must_not (due). "
              "Cholera vaccine 'not indicated': must_not (other).",
              "Doxycycline (considered, not chosen) and mefloquine (not suitable) are must_not "
              "(other). Atovaquone/proguanil prescribed: new. Standby azithromycin 'take only "
              "if needed' is optional.",
              "Depression 2017-2019 resolved: historical. Yellow-fever checklist items ticked "
              "No are must_not (checkbox_no). Dengue and malaria appear only in the advice "
              "sheet: leaflet.",
          ])
def build_12():
    d = Doc("Travel clinic record", size=9.3, margins=(46, 46, 48, 46))
    t = Truth()
    letterhead(d, "Klinik Kembara Sampel - Travel Health Clinic",
               ["Lot 0, Jalan Contoh 0/0, 50000 Kuala Lumpur  |  Tel +60 3-0000 0000  |  "
                "Yellow Fever Vaccination Centre No. 000"], size=13)
    d.para("PRE-TRAVEL CONSULTATION RECORD", font="Helvetica-Bold", size=12, after=4)
    d.kv([("Name", "Nurul Aina BINTI TEST"), ("IC No.", "000000-00-0000"),
          ("Date of birth", "02-Feb-1990"), ("Date of visit", "03-Jun-2024"),
          ("Destination", "Kenya and Tanzania"), ("Travel dates", "20-Jun-2024 to 14-Jul-2024"),
          ("Purpose", "Holiday - safari and rural village stay"), ("Clinician", "Dr S. Contoh")],
         cols=2)
    d.heading("Medical history", size=10, rule=True)
    d.kv([("Conditions", "Hypertension (since 2021). Depression 2017-2019 - resolved, no "
           "current treatment."),
          ("Current medicines", "Losartan 50 mg once daily; Ethinylestradiol/levonorgestrel "
           "30/150 mcg (Microgynon 30) one tablet daily"),
          ("Allergies", "Sulfa drugs - rash")], cols=1)
    t.cond("Hypertension")
    t.no("conditions", "Depression", "historical", note="resolved 2019")
    t.med("losartan", "50", "mg", None, "once daily")
    t.med("ethinylestradiol/levonorgestrel", "30/150", "mcg", None, "one tablet daily",
          brand="Microgynon 30", aliases=["combined oral contraceptive"])
    t.allergy("Sulfa drugs", "rash", aliases=["sulfonamides"])
    d.kv([("BP", "128/84 mmHg"), ("Weight", "60.5 kg")], cols=2)
    t.vital("blood_pressure", "128/84", "mmHg")
    t.vital("weight", "60.5", "kg")

    d.heading("Yellow fever vaccine pre-vaccination checklist", size=10, rule=True)
    for q, a in [("Egg allergy", "No"), ("Thymus disorder or thymectomy", "No"),
                 ("Immunosuppression (HIV, steroids, chemotherapy)", "No"),
                 ("Pregnant or breastfeeding", "No"), ("Aged 60 years or over", "No")]:
        d.ticks(q, a, label_w=280)
    t.no("allergies", "Egg allergy", "checkbox_no")
    t.no("conditions", "Thymus disorder", "checkbox_no")
    t.no("conditions", "Immunosuppression", "checkbox_no")

    d.heading("Vaccines administered today (03-Jun-2024)", size=10, rule=True)
    d.table([("Vaccine", 0.28), ("Brand", 0.15), ("Dose", 0.13), ("Route / site", 0.18),
             ("Batch", 0.13), ("Given by", 0.13)], [
        ["Yellow fever", "Stamaril", "0.5 mL", "SC, left arm", "S000471", "SN Aida"],
        ["Typhoid Vi polysaccharide", "Typhim Vi", "0.5 mL", "IM, right deltoid", "T000V205",
         "SN Aida"],
        ["Hepatitis A (adult), dose 1", "Havrix 1440", "1 mL", "IM, left deltoid", "H000A318",
         "SN Aida"],
    ], style="grid", size=8.8)
    t.imm("Yellow fever", "2024-06-03", None, "S000471", "Stamaril",
          aliases=["yellow fever vaccine"])
    t.imm("Typhoid Vi polysaccharide", "2024-06-03", None, "T000V205", "Typhim Vi",
          aliases=["typhoid vaccine"])
    t.imm("Hepatitis A (adult)", "2024-06-03", 1, "H000A318", "Havrix 1440",
          aliases=["hepatitis A vaccine"])
    d.para("International Certificate of Vaccination issued for yellow fever (valid for life "
           "from 13-Jun-2024).", size=8.8)

    d.heading("Previous vaccines (from record card)", size=10, rule=True)
    d.bullets(["Tdap (Boostrix) - 15-Feb-2021",
               "COVID-19 (Comirnaty) dose 3 - 20-Jan-2022 (doses 1 and 2 in 2021)",
               "MMR x2 in childhood (dates not recorded)"])
    t.imm("Tdap", "2021-02-15", None, None, "Boostrix")
    t.imm("COVID-19", "2022-01-20", 3, None, "Comirnaty", aliases=["COVID-19 vaccine"])
    t.imm("MMR", None, None, None, optional=True, note="childhood, dates not recorded")

    d.heading("Not given today", size=10, rule=True)
    d.bullets([
        "Rabies pre-exposure prophylaxis - offered, declined by traveller (cost).",
        "Hepatitis A dose 2 - due 03-Dec-2024 to 03-Jun-2025.",
        "Cholera vaccine (Dukoral) - not indicated for this itinerary.",
    ])
    t.no("immunizations", "Rabies pre-exposure prophylaxis", "due", note="declined")
    t.no("immunizations", "Hepatitis A dose 2", "due")
    t.no("immunizations", "Cholera vaccine", "other", note="not indicated")

    d.heading("Malaria prevention and standby medicines", size=10, rule=True)
    d.para("Prescribed: Atovaquone/proguanil (Malarone) 250/100 mg - 1 tablet daily with "
           "food, start 1-2 days before arrival, continue during the stay and for 7 days after "
           "leaving. Supply: 32 tablets.")
    t.med("atovaquone/proguanil", "250/100", "mg", None, "1 tablet daily", "new",
          brand="Malarone")
    d.para("Doxycycline considered - not chosen (photosensitivity on safari). Mefloquine - not "
           "suitable (history of depression).")
    t.no("medications", "Doxycycline", "other", note="considered, not chosen")
    t.no("medications", "Mefloquine", "other", note="not suitable")
    d.para("Standby: Azithromycin 500 mg once daily for up to 3 days - take only if severe "
           "travellers' diarrhoea with fever or blood. Supply: 3 tablets.")
    t.med("azithromycin", "500", "mg", None, "once daily", "new", optional=True,
          note="standby supply, take only if needed")

    d.new_page()
    d.para("ADVICE SHEET FOR TRAVELLERS", font="Helvetica-Bold", size=13, after=6)
    for title, body in [
        ("Insect bites", "Use insect repellent containing DEET 30-50% on exposed skin, wear "
         "long sleeves from dusk, and sleep under an insecticide-treated net."),
        ("Malaria", "Malaria can be fatal. Any fever during your trip or up to 3 months after "
         "return must be assessed urgently - tell the doctor where you travelled."),
        ("Dengue", "Dengue is spread by day-biting mosquitoes; there is no tablet to prevent it. "
         "Avoid bites during the day as well."),
        ("Animal bites", "Avoid touching animals. Wash any bite or scratch with soap and running "
         "water for 15 minutes and seek medical care the same day."),
        ("Food and water", "Drink bottled or boiled water. Use oral rehydration salts for "
         "diarrhoea."),
    ]:
        d.para(title, font="Helvetica-Bold", after=1)
        d.para(body, after=5)
    t.no("conditions", "Malaria", "leaflet")
    t.no("conditions", "Dengue", "leaflet")
    d.space(10)
    d.para("I have received and understood the advice above.   Signature: ____________",
           size=8.8)
    return d, t

# ---------------------------------------------------------------------------------------
# 13 Hong Kong: renal clinic follow-up report with two-column result table
# ---------------------------------------------------------------------------------------
@register(13, "hk", "renal_clinic_report", "Hong Kong",
          "Public hospital renal clinic follow-up letter: CKD stage 4, two result columns, "
          "medication changes, iron given in clinic",
          "medical_record", "2024-04-18", 2,
          "DD/MM/YYYY",
          notes=[
              "Results for two dates are one row per result per column; PTH has only the later "
              "date; HBV DNA '<20' is censored (value_numeric null, no printed range).",
              "Losartan reduced: changed. Sodium bicarbonate started: new. Ferrous fumarate "
              "stopped: stopped row + must_not.",
              "Iron sucrose given in clinic today: must_not (other). Darbepoetin 'to start "
              "after review': must_not (planned). 'Avoid NSAIDs' is advice: must_not (leaflet).",
              "Weight 68.9 kg from January is an old reading: must_not (historical); "
              "today's 68.3 kg is a row.",
              "Pulmonary tuberculosis 1998 is historical; father's nasopharyngeal carcinoma is "
              "family history; denied pruritus and nausea are negated.",
              "The home BP range '140-150/85-90' is not a reading: must_not vitals (other).",
          ])
def build_13():
    d = Doc("Renal clinic report", size=9.4, margins=(50, 50, 50, 48))
    t = Truth()
    letterhead(d, "Example Hospital Kowloon - Department of Medicine",
               ["Renal Unit, Specialist Outpatient Clinic, Block Z, 0 Test Road, Kowloon",
                "Enquiry: 0000 0000   Fax: 0000 0001"], size=13)
    d.kv([("Name", "CHAN Tai-Test"), ("HKID", "Z000000(0)"), ("Sex / Age", "M / 61"),
          ("Hosp No", "HN00004127"), ("Clinic date", "18/04/2024"),
          ("Doctor", "Dr WONG Sample, Associate Consultant")], cols=2)
    d.para("To: Dr LEE Example, Family Medicine Clinic", after=6)
    d.heading("Diagnoses", size=10, rule=True)
    d.bullets([
        "Chronic kidney disease stage 4 (IgA nephropathy, biopsy-proven 2015)",
        "Renal anaemia",
        "Secondary hyperparathyroidism",
        "Hypertension",
        "Gout - no flare since 2022",
        "Chronic hepatitis B, on entecavir",
    ])
    t.cond("Chronic kidney disease stage 4", aliases=["chronic kidney disease", "CKD"])
    t.cond("Renal anaemia", aliases=["anaemia of CKD"])
    t.cond("Secondary hyperparathyroidism")
    t.cond("Hypertension")
    t.cond("Gout")
    t.cond("Chronic hepatitis B", aliases=["hepatitis B"])
    d.para("Past history: pulmonary tuberculosis in 1998, completed treatment. "
           "Family history: father had nasopharyngeal carcinoma.")
    t.no("conditions", "pulmonary tuberculosis", "historical")
    t.no("conditions", "nasopharyngeal carcinoma", "family")
    d.para("Allergy: Iodinated contrast - urticaria.")
    t.allergy("Iodinated contrast", "urticaria", aliases=["contrast media"])

    d.heading("Progress", size=10, rule=True)
    d.para("Seen today for CKD follow-up. He feels more tired than at the last visit. He "
           "denied pruritus and nausea; appetite is good and urine output is unchanged. No "
           "ankle swelling. BP at home 140-150/85-90. Today BP 146/88 mmHg, pulse 72/min, "
           "body weight 68.3 kg (68.9 kg in January). Chest clear, no oedema.")
    t.no("conditions", "pruritus", "negated")
    t.no("conditions", "nausea", "negated")
    t.vital("blood_pressure", "146/88", "mmHg")
    t.vital("heart_rate", "72", "/min", note="pulse")
    t.vital("weight", "68.3", "kg")
    t.no("vitals", "68.9 kg", "historical", note="January weight")
    t.no("vitals", "140-150/85-90", "other", note="home BP range, not a reading")

    d.heading("Investigations", size=10, rule=True)
    spec = [("Creatinine", "\u00b5mol/L", "62-106", "268", "291", ["serum creatinine"]),
            ("eGFR", "mL/min/1.73m2", ">90", "19", "17", None),
            ("Potassium", "mmol/L", "3.4-5.0", "5.6", "5.1", ["K"]),
            ("Haemoglobin", "g/dL", "13.4-17.1", "9.8", "9.4", ["Hb"]),
            ("Urine protein:creatinine ratio", "mg/mmol", "<15", "186", "204", ["UPCR"]),
            ("PTH", "pmol/L", "1.6-6.9", None, "28.4", ["parathyroid hormone"])]
    rows = []
    for nm, u, ref, a, b, al in spec:
        cells = [nm, u, ref]
        for v, iso in ((a, "2024-01-16"), (b, "2024-04-15")):
            if v is None:
                cells.append("")
                continue
            r = t.lab(nm, v, u, ref, iso, aliases=al)
            cells.append(f"{v} {flag_letter(r['flag'])}".strip())
        rows.append(cells)
    t.lab("HBV DNA", "<20", "IU/mL", None, "2024-04-15", aliases=["hepatitis B viral load"])
    rows.append(["HBV DNA", "IU/mL", "", "", "<20"])
    d.table([("Test", 0.34), ("Unit", 0.16), ("Ref range", 0.16), ("16/01/2024", 0.17, "c"),
             ("15/04/2024", 0.17, "c")], rows, style="grid", size=8.9)

    d.heading("Medications", size=10, rule=True)
    d.table([("Drug", 0.30), ("Dose", 0.36), ("Change today", 0.34)], [
        ["Amlodipine", "10 mg daily", "continue"],
        ["Losartan", "50 mg daily", "REDUCED from 100 mg (hyperkalaemia)"],
        ["Sodium bicarbonate", "1 g three times daily", "NEW"],
        ["Calcium carbonate", "1.25 g three times daily with meals", "continue"],
        ["Calcitriol", "0.25 mcg daily", "continue"],
        ["Allopurinol", "100 mg daily", "continue"],
        ["Entecavir", "0.5 mg every 72 hours (renal dose)", "continue"],
        ["Ferrous fumarate", "200 mg daily", "STOPPED (GI upset)"],
    ], style="lines", size=9)
    t.med("amlodipine", "10", "mg", None, "daily")
    t.med("losartan", "50", "mg", None, "daily", "changed")
    t.med("sodium bicarbonate", "1", "g", None, "three times daily", "new")
    t.med("calcium carbonate", "1.25", "g", None, "three times daily with meals")
    t.med("calcitriol", "0.25", "mcg", None, "daily")
    t.med("allopurinol", "100", "mg", None, "daily")
    t.med("entecavir", "0.5", "mg", None, "every 72 hours")
    t.med("ferrous fumarate", "200", "mg", None, "daily", "stopped")
    t.no("medications", "Ferrous fumarate", "stopped")

    d.heading("Plan", size=10, rule=True)
    d.bullets([
        "Iron sucrose (Venofer) 200 mg IV infusion given in clinic today; repeat iron studies "
        "in 4 weeks.",
        "Darbepoetin alfa (Aranesp) 30 mcg subcutaneously every 2 weeks - to start after review "
        "in 4 weeks if haemoglobin remains below 10 g/dL once iron replete.",
        "Low potassium diet advice given. Avoid NSAIDs and herbal medicines.",
        "Discussed renal replacement therapy options; he prefers peritoneal dialysis when "
        "needed. Referred to the CAPD nurse for education.",
        "Follow-up in 4 weeks with blood tests.",
    ])
    t.no("medications", "Iron sucrose", "other", note="given once in clinic")
    t.no("medications", "Darbepoetin alfa", "planned")
    t.no("medications", "NSAIDs", "leaflet", note="advice to avoid")
    d.space(10)
    d.para("Dr WONG Sample, MBBS, MRCP, FHKAM (Medicine)", font="Helvetica-Bold", after=0)
    d.para("Associate Consultant, Renal Unit")
    return d, t

# ---------------------------------------------------------------------------------------
# 14 Jamaica: adult nursing observation chart (NEWS2), landscape, scanned PDF
# ---------------------------------------------------------------------------------------
@register(14, "jm", "nursing_observation_chart_scan", "Jamaica",
          "Ward adult observation chart (NEWS2) with three recorded time points, capillary "
          "glucose and nursing notes, scanned to an image-only PDF (landscape)",
          "medical_record", "2024-07-02", 1,
          "DD/MM/YYYY, stated ('Date (dd/mm/yyyy)')",
          scan=dict(fmt="pdf", dpi=165, angles=[-2.1], seed=14141, blur=0.7, noise=7.0,
                    speckles=320, light=0.25, quality=68),
          notes=[
              "Each recorded reading is a vital-sign row (three time points x five vital "
              "kinds); empty columns give no rows. NEWS2 scores, AVPU and pain scores are not "
              "rows.",
              "Capillary blood glucose readings and the lactate in the notes are lab rows "
              "without ranges.",
              "Paracetamol and Actrapid given once on the ward per chart: must_not (other). "
              "'Sepsis screen: negative': must_not (negated).",
          ])
def build_14():
    W, H = A4[1], A4[0]
    d = Doc("Observation chart", pagesize=(W, H), size=9, margins=(36, 36, 34, 40),
            page_numbers=None)
    t = Truth()
    hw = "Courier-Oblique"
    st = {"font": hw, "color": INK, "size": 9.5}
    d.para("EXAMPLE REGIONAL HOSPITAL, KINGSTON  -  ADULT OBSERVATION CHART (NEWS2)",
           font="Helvetica-Bold", size=13, after=4)
    d.kv([("Name", "Beverley TEST-CAMPBELL"), ("Hosp No", "000-41-27"),
          ("DOB", "04/09/1956"), ("Ward", "Medical 0, bed 12"),
          ("Date (dd/mm/yyyy)", "02/07/2024"), ("Consultant", "Dr R. Sample")], cols=3,
         size=9)
    d.kv([("Admitting diagnosis", "Cellulitis, left lower leg"),
          ("PMH", "Type 2 diabetes, hypertension"),
          ("ALLERGY", "PENICILLIN (rash) - red wristband on")], cols=3, size=9, after=10)
    t.cond("Cellulitis, left lower leg", aliases=["cellulitis"])
    t.cond("Type 2 diabetes")
    t.cond("hypertension")
    t.allergy("PENICILLIN", "rash")
    times = ["06:00", "14:00", "22:00"]
    data = [
        ("Respiration rate (/min)", "respiratory_rate", "/min", ["20", "22", "18"]),
        ("SpO2 (%)", "oxygen_saturation", "%", ["96", "95", "97"]),
        ("Air or oxygen?", None, None, ["Air", "Air", "Air"]),
        ("Temperature (\u00b0C)", "temperature", "\u00b0C", ["37.8", "38.2", "37.1"]),
        ("Blood pressure (mmHg)", "blood_pressure", "mmHg", ["138/82", "128/76", "140/86"]),
        ("Pulse (bpm)", "heart_rate", "bpm", ["96", "104", "86"]),
        ("Consciousness (AVPU)", None, None, ["A", "A", "A"]),
        ("Pain score (0-10)", None, None, ["6", "5", "2"]),
        ("NEWS2 total", None, None, ["1", "5", "0"]),
        ("Capillary blood glucose (mmol/L)", "cbg", "mmol/L", ["11.2", "13.4", "7.8"]),
        ("Initials", None, None, ["DM", "KS", "DM"]),
    ]
    rows = []
    for label, kind, unit, vals in data:
        rows.append([(label, {"font": "Helvetica-Bold"})] + [(v, st) for v in vals]
                    + ["", "", ""])
        for v in vals:
            if kind == "cbg":
                t.lab("Capillary blood glucose", v, unit, None, "2024-07-02",
                      aliases=["CBG", "blood glucose"])
            elif kind:
                t.vital(kind, v, unit)
    d.table([("Time", 0.28), (times[0], 0.12, "c"), (times[1], 0.12, "c"),
             (times[2], 0.12, "c"), ("", 0.12, "c"), ("", 0.12, "c"), ("", 0.12, "c")],
            rows, style="grid", size=9, min_h=19, after=8)
    y_top = d.y
    d.para("Nursing notes", font="Helvetica-Bold", size=10, after=2)
    for s in ["06:00 Febrile 37.8. Leg red and warm, margin marked with pen. CBG 11.2.",
              "14:00 NEWS 5 - Dr Sample informed, reviewed 14:20. Paracetamol 1 g PO given "
              "14:10 per drug chart. Blood cultures x2 taken. Sepsis screen: negative (lactate "
              "1.4 mmol/L). Insulin (Actrapid) 4 units SC given 14:15 per sliding scale.",
              "22:00 Settled, afebrile. Leg elevated. Redness not spreading beyond the mark."]:
        d.para(s, font=hw, color=INK, size=9.5, width=d.width * 0.62, after=2)
    t.no("medications", "Paracetamol", "other", note="single dose on the ward")
    t.no("medications", "Actrapid", "other", note="single sliding-scale dose")
    t.no("conditions", "Sepsis", "negated")
    t.lab("lactate", "1.4", "mmol/L", None, "2024-07-02")
    x = d.x0 + d.width * 0.66
    ops = [("NEWS2 escalation", "Helvetica-Bold"),
           ("0: minimum 12-hourly observations", "Helvetica"),
           ("1-4: 4-6 hourly; inform nurse in charge", "Helvetica"),
           ("3 in one parameter: urgent ward review", "Helvetica"),
           ("5-6: urgent response - inform doctor", "Helvetica"),
           ("7 or more: emergency response team", "Helvetica")]
    y = y_top - 10
    d.rect(x - 6, y_top - 84, d.x1 - x + 6, 84, lw=0.8)
    for s, f in ops:
        d.text(x, y, s, f, 8.5)
        y -= 12
    return d, t

# ---------------------------------------------------------------------------------------
# 15 Ghana: district hospital referral form (tick boxes, summary, investigations)
# ---------------------------------------------------------------------------------------
@register(15, "gh", "referral_form", "Ghana",
          "District hospital patient referral form to a teaching-hospital sickle cell clinic, "
          "with tick boxes, clinical summary, vital signs, investigations and medicines",
          "medical_record", "2024-05-22", 2,
          "DD/MM/YYYY, stated on the form ('dd/mm/yyyy')",
          notes=[
              "History tick boxes marked No (hypertension, diabetes, known allergies) are "
              "must_not (checkbox_no).",
              "Artemether-lumefantrine course completed last month: completed row + must_not; "
              "the malaria episode itself is historical. Diclofenac stopped: stopped row + "
              "must_not.",
              "'Please assess for hydroxyurea' is a request: must_not (planned).",
              "Hb electrophoresis from 2019 is a dated lab row (value 'HbSS', flag abnormal).",
              "Recurrent vaso-occlusive crises: optional condition row (could be folded into "
              "sickle cell disease).",
              "Hepatitis B 'three doses, dates not available' is optional; meningococcal "
              "vaccine 'not given - recommended' is must_not (due).",
          ])
def build_15():
    d = Doc("Referral form", size=9.3, margins=(46, 46, 48, 46))
    t = Truth()
    d.para("GHANA HEALTH SERVICE", font="Helvetica-Bold", size=10, align="c", after=1)
    d.para("EXAMPLE MUNICIPAL HOSPITAL", font="Helvetica-Bold", size=14, align="c", after=1)
    d.para("P. O. Box 000, Testown  |  Tel 030 000 0000", size=8.5, align="c", color=GREY,
           after=3)
    d.para("PATIENT REFERRAL FORM", font="Helvetica-Bold", size=12.5, align="c", after=6)
    d.hr(1.0)
    d.kv([("Date (dd/mm/yyyy)", "22/05/2024"), ("Folder No.", "EMH/0000/24"),
          ("Name", "Ama TESTMENSAH"), ("Age / Sex", "24 / F"),
          ("NHIS No.", "00000000"), ("Phone", "020 000 0000"),
          ("Referred to", "Sickle Cell Clinic, Example Teaching Hospital, Accra"),
          ("Referred by", "Dr Kofi SAMPLE-ASANTE, Medical Officer")], cols=2)
    d.para("Reason for referral:", font="Helvetica-Bold", after=2)
    y0 = d.y
    x = d.x0
    for lab, on in [("Specialist review", True), ("Admission", False),
                    ("Investigation", False), ("Surgery", False)]:
        d.box(x, y0 - 9.3, on, s=8)
        d.text(x + 11, y0 - 9.3, lab)
        x += 115
    d.y = y0 - 16

    d.heading("Clinical summary", size=10, rule=True)
    d.para("24-year-old woman with sickle cell disease (HbSS) followed at our clinic, with "
           "frequent vaso-occlusive crises (4 admissions in the past 12 months) and left hip "
           "pain for 6 months. Pelvic X-ray suggests avascular necrosis of the left femoral "
           "head. She was treated for uncomplicated malaria last month with artemether-"
           "lumefantrine (Coartem), course completed 12/05/2024. History of acute chest "
           "syndrome in 2021 requiring transfusion. Currently in a mild painful episode, "
           "managed as an outpatient.")
    t.cond("Sickle cell disease", aliases=["HbSS", "sickle cell anaemia"])
    t.cond("Avascular necrosis of the left femoral head",
           aliases=["avascular necrosis", "avascular necrosis of hip"])
    t.cond("vaso-occlusive crises", optional=True, note="recurrent; part of sickle cell disease")
    t.no("conditions", "uncomplicated malaria", "historical")
    t.no("conditions", "acute chest syndrome", "historical")
    d.para("Past medical history:", font="Helvetica-Bold", after=2)
    for q, a in [("Hypertension", "No"), ("Diabetes", "No"), ("Known allergies", "No")]:
        d.ticks(q, a, label_w=160)
    t.no("conditions", "Hypertension", "checkbox_no")
    t.no("conditions", "Diabetes", "checkbox_no")
    t.no("allergies", "Known allergies", "checkbox_no")

    d.heading("Vital signs (22/05/2024)", size=10, rule=True)
    d.table([("BP", 1 / 6), ("Pulse", 1 / 6), ("Temp", 1 / 6), ("Resp", 1 / 6),
             ("SpO2", 1 / 6), ("Weight", 1 / 6)],
            [["118/72 mmHg", "96 /min", "37.1 \u00b0C", "20 /min", "95 %", "58 kg"]],
            style="grid", size=9)
    t.vital("blood_pressure", "118/72", "mmHg")
    t.vital("heart_rate", "96", "/min")
    t.vital("temperature", "37.1", "\u00b0C")
    t.vital("respiratory_rate", "20", "/min")
    t.vital("oxygen_saturation", "95", "%")
    t.vital("weight", "58", "kg")

    d.heading("Investigations", size=10, rule=True)
    spec = [("Haemoglobin", "7.8", "g/dL", "11.5-16.5", "20/05/2024", "auto", ["Hb"]),
            ("WBC", "14.2", "x10^9/L", "4.0-11.0", "20/05/2024", "auto", None),
            ("Platelets", "412", "x10^9/L", "150-400", "20/05/2024", "auto", None),
            ("Reticulocytes", "8.2", "%", "0.5-2.5", "20/05/2024", "auto", None),
            ("LDH", "520", "U/L", "140-280", "20/05/2024", "auto", None),
            ("Total bilirubin", "48", "\u00b5mol/L", "3-21", "20/05/2024", "auto", None),
            ("Malaria RDT", "Negative", None, None, "20/05/2024", None, ["malaria test"]),
            ("Hb electrophoresis", "HbSS", None, None, "14/08/2019", "abnormal",
             ["haemoglobin electrophoresis"])]
    rows = []
    for nm, v, u, ref, dt, fl, al in spec:
        dd, mm, yy = dt.split("/")
        r = t.lab(nm, v, u, ref, f"{yy}-{mm}-{dd}", flag=fl, aliases=al)
        rows.append([nm, v, u or "", ref or "", flag_letter(r["flag"]) if r["flag"] else "",
                     dt])
    d.table([("Test", 0.28), ("Result", 0.13), ("Unit", 0.14), ("Normal range", 0.16),
             ("Flag", 0.09), ("Date", 0.20)], rows, style="grid", size=8.9)

    d.heading("Current medication", size=10, rule=True)
    d.table([("Medicine", 0.36), ("Dose", 0.16), ("Frequency", 0.22), ("Remarks", 0.26)], [
        ["Folic acid", "5 mg", "once daily", "long term"],
        ["Proguanil", "200 mg", "once daily", "malaria prophylaxis"],
        ["Tramadol", "50 mg", "three times daily when required", "for pain"],
        ["Diclofenac", "50 mg", "twice daily", "stopped 20/05/2024 (dyspepsia)"],
        ["Artemether-lumefantrine (Coartem)", "80/480 mg", "twice daily x 3 days",
         "course completed 12/05/2024"],
    ], style="grid", size=8.9)
    t.med("folic acid", "5", "mg", None, "once daily")
    t.med("proguanil", "200", "mg", None, "once daily")
    t.med("tramadol", "50", "mg", None, "three times daily when required")
    t.med("diclofenac", "50", "mg", None, "twice daily", "stopped")
    t.no("medications", "Diclofenac", "stopped")
    t.med("artemether-lumefantrine", "80/480", "mg", None, "twice daily", "completed",
          brand="Coartem", also=["stopped"])
    t.no("medications", "Artemether-lumefantrine", "stopped", note="course completed")

    d.heading("Immunisations", size=10, rule=True)
    d.para("Pneumococcal polysaccharide vaccine (PPSV23): 10/01/2023, batch G000P114. "
           "Hepatitis B: three doses completed (dates not available). Meningococcal vaccine: "
           "not given - recommended.")
    t.imm("Pneumococcal polysaccharide vaccine", "2023-01-10", None, "G000P114",
          aliases=["PPSV23"], ambiguous=amb("2023-01-10", stated=True))
    t.imm("Hepatitis B", None, 3, None, optional=True, note="dates not available")
    t.no("immunizations", "Meningococcal vaccine", "due", note="recommended, not given")

    d.heading("Specific request", size=10, rule=True)
    d.para("Please assess for hydroxyurea therapy and arrange orthopaedic review of the left "
           "hip. Thank you.")
    t.no("medications", "hydroxyurea", "planned")
    d.space(12)
    d.kv([("Signature", "____________________"), ("Name", "Dr Kofi SAMPLE-ASANTE"),
          ("Designation", "Medical Officer"), ("Contact", "024 000 0000")], cols=2)
    return d, t

# ---------------------------------------------------------------------------------------
# 16 Pakistan: medical oncology follow-up note (breast cancer on adjuvant endocrine therapy)
# ---------------------------------------------------------------------------------------
@register(16, "pk", "oncology_followup", "Pakistan",
          "Cancer hospital medical oncology follow-up note: treatment summary, completed "
          "chemotherapy, current endocrine therapy, labs, plan",
          "medical_record", "2024-04-22", 2,
          "DD-MM-YYYY (22-04-2024)",
          notes=[
              "Adjuvant chemotherapy drugs (doxorubicin, cyclophosphamide, paclitaxel) are "
              "completed rows plus must_not (stopped).",
              "Paclitaxel infusion reaction is a true allergy row (different category from the "
              "completed paclitaxel medication row).",
              "Goserelin 'to start at next visit' is must_not (planned). Ondansetron 'stopped - "
              "no longer required' is a stopped row + must_not.",
              "Temperature printed in \u00b0F with also_ok 37.0 \u00b0C.",
              "Lumpectomy 2023 and tuberculous lymphadenitis 2010 are historical; sister's "
              "ovarian cancer is family; denied bone pain and cough are negated.",
          ])
def build_16():
    d = Doc("Oncology follow-up", size=9.3, margins=(48, 48, 48, 46))
    t = Truth()
    letterhead(d, "Example Cancer Hospital & Research Centre, Lahore",
               ["Department of Medical Oncology  |  0-A Example Block, Lahore 00000  |  "
                "UAN 042-000-000-00"], size=13)
    d.para("MEDICAL ONCOLOGY CLINIC - FOLLOW-UP NOTE", font="Helvetica-Bold", size=11.5,
           after=4)
    d.kv([("Patient", "Mrs Ayesha TESTKHAN"), ("MR #", "000-00-41-27"),
          ("Age / Sex", "44 / F"), ("Visit date", "22-04-2024"),
          ("Consultant", "Dr Imran Sample"), ("Clinic", "Breast Oncology, Room 0")], cols=2)
    d.heading("Diagnosis", size=10, rule=True)
    d.para("Carcinoma of left breast, invasive ductal, pT2N1M0 (stage IIB), ER positive, PR "
           "positive, HER2 negative. Premenopausal at diagnosis.")
    t.cond("Carcinoma of left breast", aliases=["breast cancer", "invasive ductal carcinoma"])
    d.heading("Treatment summary", size=10, rule=True)
    d.bullets([
        "Left breast lumpectomy with axillary dissection 15-03-2023.",
        "Adjuvant chemotherapy: Doxorubicin 60 mg/m2 + Cyclophosphamide 600 mg/m2 every 3 "
        "weeks x 4 (April-June 2023), then Paclitaxel 80 mg/m2 weekly x 12 (July-September "
        "2023) - completed 28-09-2023.",
        "Adjuvant radiotherapy 50 Gy in 25 fractions - completed 30-11-2023.",
        "Tamoxifen 20 mg daily started 05-12-2023.",
    ])
    t.no("conditions", "Left breast lumpectomy", "historical")
    t.med("doxorubicin", "60", "mg/m2", None, "every 3 weeks", "completed", also=["stopped"])
    t.med("cyclophosphamide", "600", "mg/m2", None, "every 3 weeks", "completed",
          also=["stopped"])
    t.med("paclitaxel", "80", "mg/m2", None, "weekly", "completed", also=["stopped"])
    for nm in ("Doxorubicin", "Cyclophosphamide", "Paclitaxel"):
        t.no("medications", nm, "stopped", note="chemotherapy completed 28-09-2023")
    d.heading("Comorbidities and history", size=10, rule=True)
    d.bullets([
        "Type 2 diabetes mellitus since 2016, on metformin.",
        "Lymphoedema of left arm, mild - uses compression sleeve.",
        "Chemotherapy-induced peripheral neuropathy, grade 1, improving.",
        "Tuberculous cervical lymphadenitis 2010 - treated, 6 months ATT.",
        "Family history: sister - ovarian cancer at 45. BRCA1/2 testing negative.",
    ])
    t.cond("Type 2 diabetes mellitus")
    t.cond("Lymphoedema of left arm", aliases=["lymphoedema"])
    t.cond("Chemotherapy-induced peripheral neuropathy", aliases=["peripheral neuropathy"])
    t.no("conditions", "Tuberculous cervical lymphadenitis", "historical")
    t.no("conditions", "ovarian cancer", "family")
    d.para("Allergy: Paclitaxel - infusion reaction (flushing, chest tightness), mild; "
           "managed with premedication.")
    t.allergy("Paclitaxel", "infusion reaction", "mild")

    d.heading("Interval history and examination", size=10, rule=True)
    d.para("Tolerating tamoxifen with mild hot flushes affecting sleep. No bone pain and no "
           "cough. Tingling in the toes is improving. Examination: no palpable breast or "
           "axillary mass; left arm circumference 2 cm more than right.")
    for nm in ("bone pain", "cough"):
        t.no("conditions", nm, "negated")
    d.kv([("BP", "122/80 mmHg"), ("Pulse", "84/min"), ("Temp", "98.6 \u00b0F"),
          ("Weight", "71 kg"), ("Height", "158 cm"), ("BMI", "28.4 kg/m2")], cols=3)
    t.vital("blood_pressure", "122/80", "mmHg")
    t.vital("heart_rate", "84", "/min")
    t.vital("temperature", "98.6", "\u00b0F", also_ok=[(37.0, "\u00b0C")])
    t.vital("weight", "71", "kg")
    t.vital("height", "158", "cm")
    t.vital("bmi", "28.4", "kg/m2")

    d.heading("Investigations (18-04-2024)", size=10, rule=True)
    spec = [("Haemoglobin", "11.9", "g/dL", "12.0-15.5", ["Hb"]),
            ("TLC", "5.4", "x10^9/L", "4.0-11.0", ["total leucocyte count", "WBC"]),
            ("ALT", "34", "U/L", "<40", None),
            ("Fasting blood glucose", "132", "mg/dL", "70-100", ["fasting glucose"]),
            ("HbA1c", "7.2", "%", "<5.7", None),
            ("CA 15-3", "18.2", "U/mL", "<31.3", None),
            ("Vitamin D (25-OH)", "12", "ng/mL", "30-100", ["vitamin D"])]
    rows = []
    for nm, v, u, ref, al in spec:
        r = t.lab(nm, v, u, ref, "2024-04-18", aliases=al)
        rows.append([nm, v, u, ref, flag_letter(r["flag"])])
    d.table([("Test", 0.34), ("Result", 0.14), ("Unit", 0.16), ("Range", 0.2), ("", 0.16)],
            rows, style="lines", size=9)
    d.para("Mammogram 10-04-2024: BI-RADS 2, benign post-treatment changes.")

    d.heading("Medications", size=10, rule=True)
    d.table([("Medicine", 0.32), ("Dose", 0.18), ("Frequency", 0.2), ("Status", 0.3)], [
        ["Tamoxifen", "20 mg", "once daily", "continue (5-10 years)"],
        ["Metformin", "500 mg", "twice daily", "continue"],
        ["Venlafaxine", "37.5 mg", "once daily", "NEW - for hot flushes"],
        ["Cholecalciferol", "50,000 IU", "once weekly", "NEW - for 8 weeks"],
        ["Ondansetron", "8 mg", "as needed", "STOPPED - no longer required"],
    ], style="grid", size=9)
    t.med("tamoxifen", "20", "mg", None, "once daily")
    t.med("metformin", "500", "mg", None, "twice daily")
    t.med("venlafaxine", "37.5", "mg", None, "once daily", "new")
    t.med("cholecalciferol", "50,000", "IU", None, "once weekly", "new",
          aliases=["vitamin D3"])
    t.med("ondansetron", "8", "mg", None, "as needed", "stopped")
    t.no("medications", "Ondansetron", "stopped")

    d.heading("Plan", size=10, rule=True)
    d.bullets([
        "Goserelin (Zoladex) 3.6 mg subcutaneous every 4 weeks - to start at next visit for "
        "ovarian suppression if premenopausal status is confirmed (FSH, estradiol requested).",
        "Continue tamoxifen. Lymphoedema physiotherapy referral.",
        "Review in 3 months with CBC, LFTs and HbA1c.",
    ])
    t.no("medications", "Goserelin", "planned")
    d.para("Dr Imran Sample, FCPS (Medical Oncology)", font="Helvetica-Bold", size=9)
    return d, t

# ---------------------------------------------------------------------------------------
# 17 United Arab Emirates: vendor EHR patient summary print-out with page headers/footers
# ---------------------------------------------------------------------------------------
@register(17, "ae", "ehr_patient_summary", "United Arab Emirates",
          "Vendor-style EHR patient summary print-out (vitals, ICD-10 problem list, active and "
          "discontinued medications, allergies, results, immunisations) with running page "
          "headers and footers",
          "medical_record", "2024-02-12", 2,
          "DD-Mon-YYYY (12-Feb-2024)",
          notes=[
              "Problems are named as printed with ICD-10 codes; the resolved kidney calculus is "
              "historical.",
              "Insulin glargine dose changed at this visit: changed. Fenofibrate started: new. "
              "Aspirin 'On hold' until endoscopy: held.",
              "The 'Discontinued Medications' section gives stopped rows + must_not.",
              "Dulaglutide 'consider' is must_not (planned); PCV20 'Due' is must_not (due).",
              "Running header/footer text (print date, user, page x of y) carries no clinical "
              "facts.",
          ])
def build_17():
    navy = (0.10, 0.18, 0.36)

    def hdr(d, n, N):
        return [R(d.x0, d.H - 44, d.width, 20, stroke=None, fill=navy),
                T(d.x0 + 6, d.H - 37, "Example Health  |  Patient Summary Report",
                  "Helvetica-Bold", 9.5, (1, 1, 1)),
                T(d.x1 - 6, d.H - 37, f"Page {n} of {N}", "Helvetica", 8.5, (1, 1, 1), "r"),
                T(d.x0, d.H - 56, "TEST-ALMANSOORI, Khalid  |  MRN0000041  |  DOB 11-May-1971 "
                  "|  M", "Helvetica", 8, BLACK),
                T(d.x1, d.H - 56, "Printed: 14-Feb-2024 09:12  User: RECORDS01", "Helvetica",
                  8, GREY, "r"),
                L(d.x0, d.H - 60, d.x1, d.H - 60, 0.5, GREY)]
    d = Doc("Patient summary report", size=9, header=hdr, margins=(40, 40, 70, 48),
            page_numbers=None,
            footer_left="Confidential - contains protected health information")
    t = Truth()
    hfill = (0.86, 0.89, 0.95)

    def sec(s):
        d.heading(s, size=10.5, color=navy, before=8, after=3, rule=True)

    sec("Encounter")
    d.kv([("Encounter date", "12-Feb-2024 10:05"), ("Type", "Outpatient - Internal Medicine"),
          ("Provider", "Dr Sara EXAMPLE"), ("Facility", "Example Health Clinic, Abu Dhabi"),
          ("Emirates ID", "784-0000-0000000-0"), ("Insurance", "Example Care 000000")],
         cols=2)
    d.para("Chief complaint: Diabetes follow-up; tiredness and snoring reported by wife.")
    d.para("Review of systems: Denies polyuria, polydipsia or chest pain. Reports daytime "
           "sleepiness.")
    t.no("conditions", "polyuria", "negated")
    t.no("conditions", "polydipsia", "negated")

    sec("Vital Signs (12-Feb-2024 10:05)")
    d.table([("Parameter", 0.40), ("Value", 0.30), ("Unit", 0.30)], [
        ["Blood Pressure", "138/86", "mmHg"], ["Pulse", "80", "bpm"],
        ["Temperature", "36.7", "\u00b0C"], ["Respiratory Rate", "16", "br/min"],
        ["SpO2", "98", "%"], ["Weight", "96.4", "kg"], ["Height", "176", "cm"],
        ["BMI", "31.1", "kg/m2"]], style="grid", size=8.8, header_fill=hfill)
    for k, v, u in [("blood_pressure", "138/86", "mmHg"), ("heart_rate", "80", "bpm"),
                    ("temperature", "36.7", "\u00b0C"), ("respiratory_rate", "16", "br/min"),
                    ("oxygen_saturation", "98", "%"), ("weight", "96.4", "kg"),
                    ("height", "176", "cm"), ("bmi", "31.1", "kg/m2")]:
        t.vital(k, v, u)

    sec("Problem List")
    d.table([("ICD-10", 0.12), ("Description", 0.52), ("Status", 0.14), ("Onset", 0.22)], [
        ["E11.65", "Type 2 diabetes mellitus with hyperglycemia", "Active", "2014"],
        ["I10", "Essential (primary) hypertension", "Active", "2016"],
        ["E78.2", "Mixed hyperlipidemia", "Active", "2016"],
        ["K76.0", "Fatty (change of) liver, not elsewhere classified", "Active", "2021"],
        ["G47.33", "Obstructive sleep apnea (adult)", "Active", "12-Feb-2024"],
        ["E55.9", "Vitamin D deficiency, unspecified", "Active", "2022"],
        ["N20.0", "Calculus of kidney", "Resolved", "2017"],
    ], style="grid", size=8.8, header_fill=hfill)
    t.cond("Type 2 diabetes mellitus with hyperglycemia", icd10="E11.65",
           aliases=["type 2 diabetes mellitus"])
    t.cond("Essential (primary) hypertension", icd10="I10", aliases=["hypertension"])
    t.cond("Mixed hyperlipidemia", icd10="E78.2", aliases=["hyperlipidemia"])
    t.cond("Fatty (change of) liver, not elsewhere classified", icd10="K76.0",
           aliases=["fatty liver", "non-alcoholic fatty liver disease"])
    t.cond("Obstructive sleep apnea (adult)", icd10="G47.33",
           aliases=["obstructive sleep apnea"])
    t.cond("Vitamin D deficiency, unspecified", icd10="E55.9",
           aliases=["vitamin D deficiency"])
    t.no("conditions", "Calculus of kidney", "historical", note="Resolved 2017")

    sec("Allergies")
    d.table([("Allergen", 0.30), ("Reaction", 0.30), ("Severity", 0.20), ("Status", 0.20)], [
        ["Shellfish", "Urticaria", "Moderate", "Active"],
        ["Ciprofloxacin", "Tendon pain", "Mild", "Active"],
    ], style="grid", size=8.8, header_fill=hfill)
    t.allergy("Shellfish", "Urticaria", "Moderate")
    t.allergy("Ciprofloxacin", "Tendon pain", "Mild")

    sec("Active Medications")
    d.table([("Medication", 0.34), ("Dose", 0.13), ("Route", 0.12), ("Frequency", 0.17),
             ("Start", 0.11), ("Status", 0.13)], [
        ["Synjardy (empagliflozin/metformin) tablet", "12.5/1000 mg", "Oral", "Twice daily",
         "03-Mar-2022", "Active"],
        ["Insulin glargine (Lantus) 100 units/mL pen", "18 units", "Subcutaneous",
         "Once daily at bedtime", "10-Jan-2024", "Dose changed 12-Feb-2024 (was 14 units)"],
        ["Telmisartan 80 mg tablet", "80 mg", "Oral", "Once daily", "20-Jun-2016", "Active"],
        ["Rosuvastatin 20 mg tablet", "20 mg", "Oral", "Once daily", "12-Feb-2024", "Active"],
        ["Fenofibrate 145 mg tablet", "145 mg", "Oral", "Once daily", "12-Feb-2024", "New"],
        ["Cholecalciferol 50,000 IU capsule", "50,000 IU", "Oral", "Once weekly",
         "05-Sep-2022", "Active"],
        ["Aspirin 81 mg tablet", "81 mg", "Oral", "Once daily", "20-Jun-2016",
         "On hold until after endoscopy"],
    ], style="grid", size=8.5, header_fill=hfill)
    t.med("empagliflozin/metformin", "12.5/1000", "mg", "Oral", "Twice daily",
          brand="Synjardy")
    t.med("insulin glargine", "18", "units", "Subcutaneous", "Once daily at bedtime",
          "changed", brand="Lantus")
    t.med("telmisartan", "80", "mg", "Oral", "Once daily")
    t.med("rosuvastatin", "20", "mg", "Oral", "Once daily", also=["new"],
          note="started today as a switch from atorvastatin; listed Active")
    t.med("fenofibrate", "145", "mg", "Oral", "Once daily", "new")
    t.med("cholecalciferol", "50,000", "IU", "Oral", "Once weekly", aliases=["vitamin D3"])
    t.med("aspirin", "81", "mg", "Oral", "Once daily", "held")

    sec("Discontinued Medications")
    d.table([("Medication", 0.34), ("Dose", 0.13), ("Discontinued", 0.17),
             ("Reason", 0.36)], [
        ["Gliclazide MR 60 mg tablet", "60 mg", "10-Jan-2024", "Recurrent hypoglycaemia"],
        ["Atorvastatin 40 mg tablet", "40 mg", "12-Feb-2024", "Switched to rosuvastatin"],
    ], style="grid", size=8.5, header_fill=hfill)
    t.med("gliclazide", "60", "mg", None, None, "stopped", aliases=["gliclazide MR"])
    t.med("atorvastatin", "40", "mg", None, None, "stopped")
    t.no("medications", "Gliclazide", "stopped")
    t.no("medications", "Atorvastatin", "stopped")

    sec("Laboratory Results (collected 08-Feb-2024)")
    spec = [("HbA1c", "8.4", "%", "4.0-5.6"), ("Fasting glucose", "9.8", "mmol/L", "3.9-5.5"),
            ("eGFR", "86", "mL/min/1.73m2", ">60"), ("ALT", "62", "U/L", "<41"),
            ("Triglycerides", "3.1", "mmol/L", "<1.7"),
            ("LDL cholesterol", "2.9", "mmol/L", "<2.6"),
            ("HDL cholesterol", "0.9", "mmol/L", ">1.0"),
            ("25-OH Vitamin D", "18", "ng/mL", "30-100")]
    rows = []
    for nm, v, u, ref in spec:
        r = t.lab(nm, v, u, ref, "2024-02-08")
        rows.append([nm, v, u, ref, {"high": "High", "low": "Low"}.get(r["flag"], "Normal")])
    t.labs[-1]["aliases"] = ["vitamin D"]
    d.table([("Test", 0.32), ("Result", 0.14), ("Unit", 0.18), ("Reference", 0.18),
             ("Flag", 0.18)], rows, style="grid", size=8.8, header_fill=hfill)

    sec("Immunization History")
    d.table([("Vaccine", 0.40), ("Date", 0.18), ("Dose", 0.10), ("Lot", 0.14),
             ("Status", 0.18)], [
        ["Influenza (Vaxigrip Tetra)", "15-Oct-2023", "-", "V000U872", "Given"],
        ["COVID-19 (Sinopharm BBIBP-CorV)", "04-Feb-2021", "1", "S000B021", "Given"],
        ["COVID-19 (Sinopharm BBIBP-CorV)", "25-Feb-2021", "2", "S000B078", "Given"],
        ["Pneumococcal conjugate (PCV20)", "-", "-", "-", "Due - recommended (diabetes)"],
    ], style="grid", size=8.8, header_fill=hfill)
    t.imm("Influenza", "2023-10-15", None, "V000U872", "Vaxigrip Tetra",
          aliases=["influenza vaccine"])
    t.imm("COVID-19", "2021-02-04", 1, "S000B021", "Sinopharm BBIBP-CorV",
          aliases=["COVID-19 vaccine"])
    t.imm("COVID-19", "2021-02-25", 2, "S000B078", "Sinopharm BBIBP-CorV",
          aliases=["COVID-19 vaccine"])
    t.no("immunizations", "Pneumococcal conjugate (PCV20)", "due")

    sec("Family History")
    d.para("Father: ischaemic heart disease (MI at 60). Mother: alive and well.")
    t.no("conditions", "ischaemic heart disease", "family")

    sec("Assessment and Plan")
    d.bullets([
        "Type 2 diabetes above target: insulin glargine increased to 18 units; continue "
        "Synjardy. Consider adding dulaglutide if HbA1c is not at target in 3 months.",
        "Dyslipidaemia: atorvastatin switched to rosuvastatin 20 mg; fenofibrate added.",
        "Suspected obstructive sleep apnea confirmed on home sleep study 05-Feb-2024: refer to "
        "sleep clinic for CPAP titration.",
        "Upper GI endoscopy booked 26-Feb-2024 - aspirin on hold until then.",
        "PCV20 at next visit. Repeat HbA1c, lipids and LFTs in 3 months.",
    ])
    t.no("medications", "dulaglutide", "planned")
    d.para("Electronically signed by Dr Sara EXAMPLE, Internal Medicine, 12-Feb-2024 11:02",
           size=8.5, color=GREY)
    return d, t

# ---------------------------------------------------------------------------------------
# 18 Malta: allergy clinic report (skin prick tests, specific IgE, drug challenge, plan)
# ---------------------------------------------------------------------------------------
@register(18, "mt", "allergy_clinic_report", "Malta",
          "Hospital allergy and immunology clinic report: skin prick tests, specific IgE, oral "
          "amoxicillin challenge with penicillin de-labelling, management plan and anaphylaxis "
          "action plan",
          "medical_record", "2024-02-20", 3,
          "DD/MM/YYYY",
          notes=[
              "Skin prick test wheals are lab rows (unit mm, no range): flag 'abnormal' for "
              "results printed Positive, 'normal' for Negative; the histamine and saline "
              "controls are optional.",
              "Specific IgE 'cat dander (e1) <0.10' is censored: value_numeric null, flag null.",
              "Penicillin allergy removed after a negative challenge, hazelnut and cat "
              "'not allergic': must_not allergies (negated). Amoxicillin given in clinic for "
              "the challenge: must_not (other).",
              "Montelukast stopped: stopped row + must_not. Sublingual immunotherapy 'to "
              "consider': must_not (planned).",
              "Childhood atopic eczema resolved: historical. Symptoms listed in the anaphylaxis "
              "action plan are leaflet text.",
          ])
def build_18():
    d = Doc("Allergy clinic report", size=9.3, margins=(50, 50, 48, 46))
    t = Truth()
    letterhead(d, "Saint Example Hospital - Allergy & Immunology Clinic",
               ["Outpatients Block, Triq l-Ezempju, Msida MSD 0000, Malta",
                "Tel 2000 0000  |  allergy.clinic@example.gov.mt"], size=13)
    d.kv([("Patient", "Ms Maria TEST-BORG"), ("ID Card No.", "0000417M"),
          ("Date of birth", "14/06/1994"), ("Clinic date", "20/02/2024"),
          ("Referred by", "Dr J. Sample, Health Centre Testa"),
          ("Seen by", "Dr A. Example, Consultant Immunologist")], cols=2)
    d.heading("Reason for referral", size=10, rule=True)
    d.para("Suspected peanut anaphylaxis at a restaurant in November 2023; penicillin allergy "
           "label since childhood (rash at age 4).")
    d.heading("History", size=10, rule=True)
    d.para("In November 2023, within 10 minutes of eating satay chicken, she developed lip "
           "swelling, generalised urticaria and throat tightness and was treated in the "
           "emergency department with IM adrenaline. She eats hazelnut spread regularly without "
           "symptoms. Perennial rhinitis with sneezing and nasal blockage, worse indoors and in "
           "spring. Mild asthma, using her reliever 1-2 times a week. Atopic eczema as a child, "
           "resolved by age 10. Her sister keeps two cats; she has no symptoms when visiting.")
    t.no("conditions", "Atopic eczema", "historical")
    d.heading("Skin prick tests (20/02/2024)", size=10, rule=True)
    spt = [("Histamine (positive control)", "6", None, True),
           ("Saline (negative control)", "0", None, True),
           ("Peanut", "9", "Positive", False), ("Hazelnut", "2", "Negative", False),
           ("D. pteronyssinus (house dust mite)", "7", "Positive", False),
           ("Cat dander", "0", "Negative", False), ("Grass pollen mix", "2", "Negative", False),
           ("Parietaria judaica", "5", "Positive", False)]
    rows = []
    for nm, v, res, ctrl in spt:
        fl = None if ctrl else ("abnormal" if res == "Positive" else "normal")
        t.lab(nm, v, "mm", None, "2024-02-20", flag=fl, optional=ctrl,
              aliases=["skin prick test " + nm.split(" (")[0].lower()],
              note="control" if ctrl else None)
        rows.append([nm, v, res or "-"])
    d.table([("Allergen", 0.5), ("Wheal (mm)", 0.2, "c"), ("Result", 0.3)], rows,
            style="grid", size=8.9)
    d.para("A wheal of 3 mm or more above the negative control is taken as positive.", size=8.2,
           color=GREY)
    d.heading("Specific IgE (ImmunoCAP), sample 12/02/2024", size=10, rule=True)
    spec = [("Total IgE", "412", "kU/L", "<100"),
            ("Peanut (f13)", "18.6", "kUA/L", "<0.35"),
            ("Ara h 2 (f423)", "9.4", "kUA/L", "<0.35"),
            ("Hazelnut (f17)", "0.21", "kUA/L", "<0.35"),
            ("D. pteronyssinus (d1)", "24.1", "kUA/L", "<0.35"),
            ("Cat dander (e1)", "<0.10", "kUA/L", "<0.35"),
            ("Tryptase (baseline)", "4.2", "\u00b5g/L", "<11.4")]
    rows = []
    for nm, v, u, ref in spec:
        r = t.lab(nm, v, u, ref, "2024-02-12")
        rows.append([nm, v, u, ref, flag_letter(r["flag"])])
    d.table([("Test", 0.36), ("Result", 0.16), ("Unit", 0.14), ("Reference", 0.18),
             ("Flag", 0.16)], rows, style="lines", size=8.9)

    d.heading("Drug provocation test (20/02/2024)", size=10, rule=True)
    d.para("Oral amoxicillin challenge: 50 mg then 500 mg, observed for 1 hour. Baseline "
           "observations: BP 112/70 mmHg, HR 74 bpm, SpO2 99%. No reaction; observations "
           "unchanged at 60 minutes. Penicillin allergy label removed.")
    t.no("medications", "amoxicillin", "other", note="challenge doses in clinic")
    t.vital("blood_pressure", "112/70", "mmHg")
    t.vital("heart_rate", "74", "bpm")
    t.vital("oxygen_saturation", "99", "%")
    t.no("allergies", "Penicillin", "negated", note="label removed after negative challenge")

    d.heading("Impression", size=10, rule=True)
    d.bullets([
        "IgE-mediated peanut allergy with anaphylaxis (Ara h 2 sensitised).",
        "Perennial allergic rhinitis - house dust mite and Parietaria.",
        "Mild persistent asthma.",
        "Penicillin allergy excluded (de-labelled).",
        "Hazelnut and cat dander: sensitisation not clinically relevant - not allergic.",
    ])
    t.cond("Perennial allergic rhinitis", aliases=["allergic rhinitis"])
    t.cond("Mild persistent asthma", aliases=["asthma"])
    t.no("allergies", "Hazelnut", "negated")
    t.no("allergies", "Cat dander", "negated")
    d.para("Allergy record updated:", font="Helvetica-Bold", after=1)
    d.bullets(["Peanut - anaphylaxis - severe",
               "House dust mite (D. pteronyssinus) - rhinitis - mild",
               "Parietaria pollen - rhinitis - mild",
               "Penicillin - REMOVED (negative oral challenge 20/02/2024)"])
    t.allergy("Peanut", "anaphylaxis", "severe")
    t.allergy("House dust mite", "rhinitis", "mild", aliases=["D. pteronyssinus"])
    t.allergy("Parietaria pollen", "rhinitis", "mild", aliases=["Parietaria"])

    d.heading("Management", size=10, rule=True)
    d.table([("Medicine", 0.42), ("Directions", 0.38), ("Status", 0.20)], [
        ["Adrenaline (epinephrine) auto-injector (EpiPen) 300 micrograms",
         "intramuscular into outer thigh for anaphylaxis; carry 2", "NEW"],
        ["Cetirizine 10 mg", "once daily", "continue"],
        ["Mometasone furoate nasal spray (Nasonex) 50 micrograms/spray",
         "2 sprays each nostril once daily", "NEW"],
        ["Budesonide/formoterol (Symbicort Turbohaler) 200/6 micrograms",
         "1 inhalation twice daily", "continue"],
        ["Salbutamol (Ventolin) 100 micrograms", "2 puffs as needed", "continue"],
        ["Montelukast 10 mg", "at night", "STOPPED (nightmares)"],
    ], style="grid", size=8.8)
    t.med("adrenaline", "300", "micrograms", "intramuscular", None, "new", brand="EpiPen",
          aliases=["epinephrine", "adrenaline auto-injector"])
    t.med("cetirizine", "10", "mg", None, "once daily")
    t.med("mometasone furoate", "50", "micrograms", None, "once daily", "new",
          brand="Nasonex", aliases=["mometasone"])
    t.med("budesonide/formoterol", "200/6", "micrograms", None, "twice daily",
          brand="Symbicort Turbohaler", aliases=["Symbicort"])
    t.med("salbutamol", "100", "micrograms", None, "as needed", brand="Ventolin",
          aliases=["albuterol"])
    t.med("montelukast", "10", "mg", None, "at night", "stopped")
    t.no("medications", "Montelukast", "stopped")
    d.para("House dust mite sublingual immunotherapy - to consider in autumn if rhinitis is "
           "not controlled. Strict peanut avoidance; allergy alert bracelet advised. Review in "
           "6 months.")
    t.no("medications", "sublingual immunotherapy", "planned")
    d.space(20)
    d.para("Dr A. Example MD MRCP FRCPath, Consultant Immunologist", font="Helvetica-Bold")

    d.new_page()
    d.rect(d.x0, d.y - 165, d.width, 165, stroke=(0.7, 0.1, 0.1), lw=1.5)
    d.space(8)
    d.para("ANAPHYLAXIS EMERGENCY ACTION PLAN", font="Helvetica-Bold", size=13,
           color=(0.7, 0.1, 0.1), indent=10)
    d.para("For: Maria TEST-BORG    Known allergen: peanut", indent=10)
    d.para("Mild to moderate reaction: swelling of lips, face or eyes; hives or welts; tingling "
           "mouth; abdominal pain or vomiting. Stay with the person, locate the adrenaline "
           "auto-injector and contact family.", indent=10, width=d.width - 20)
    d.para("Watch for signs of ANAPHYLAXIS (severe allergic reaction): difficult or noisy "
           "breathing; swelling of tongue; swelling or tightness in throat; wheeze or "
           "persistent cough; difficulty talking or hoarse voice; persistent dizziness or "
           "collapse.", indent=10, width=d.width - 20)
    d.para("ACTION: 1. Lay the person flat; do not allow them to stand or walk. 2. Give the "
           "adrenaline auto-injector into the outer thigh. 3. Call 112. 4. A further dose may "
           "be given after 5 minutes if there is no response.", indent=10,
           width=d.width - 20, font="Helvetica-Bold")
    t.no("conditions", "swelling of tongue", "leaflet")
    t.no("conditions", "persistent dizziness", "leaflet")
    return d, t

# ---------------------------------------------------------------------------------------
# 19 United States: patient-portal test results export (browser print)
# ---------------------------------------------------------------------------------------
@register(19, "us", "patient_portal_results", "United States",
          "Patient-portal 'Test Results' pages printed from a browser: result cards with "
          "'Your Value' and 'Standard Range', provider comment and 'About this test' text",
          "lab_result", "2024-04-02", 1,
          "Mon DD, YYYY (Apr 02, 2024) and MM/DD/YYYY in the past-result line",
          notes=[
              "The potassium past result (10/12/2023) is its own dated row.",
              "Standard range 'Negative' for urine tests: Trace blood is flagged abnormal as "
              "printed.",
              "'Keep taking your lisinopril' names a current medicine without dose: optional "
              "row.",
              "'About this test' texts are leaflet: kidney disease and prostate cancer are "
              "must_not (leaflet).",
          ])
def build_19():
    blue = (0.05, 0.33, 0.60)

    def hdr(d, n, N):
        return [R(0, d.H - 34, d.W, 34, stroke=None, fill=blue),
                T(d.x0, d.H - 22, "MyHealth Connect", "Helvetica-Bold", 13, (1, 1, 1)),
                T(d.x1, d.H - 22, "Visits   Messages   Test Results   Medications   Billing",
                  "Helvetica", 8.5, (1, 1, 1), "r"),
                T(d.x0, d.H - 50, "Daniel R. SAMPLEMAN  |  MRN 0000731  |  DOB 07/19/1966",
                  "Helvetica", 8.5, GREY)]
    d = Doc("Test results", pagesize=letter, size=9.3, header=hdr, margins=(50, 50, 66, 50),
            footer_left="https://myhealth.example.org/results/0000731   4/5/2024, 7:41 PM",
            page_numbers="{n}/{N}")
    t = Truth()

    def card(title, collected, rows_spec, date, comment=None, about=None):
        d.heading(title, size=12, color=blue, before=10, after=2)
        d.para(f"Collected on {collected}   |   Resulted   |   Ordered by Amy TEST, MD",
               size=8.5, color=GREY, after=4)
        rows = []
        for nm, v, u, ref, fl, al in rows_spec:
            r = t.lab(nm, v, u, ref, date, flag=fl, aliases=al)
            mark = {"high": "High", "low": "Low", "abnormal": "Abnormal"}.get(r["flag"], "")
            rows.append([nm, (f"{v} {u}" if u else v,
                              {"font": "Helvetica-Bold"} if mark else {}), ref, mark])
        d.table([("Component", 0.40), ("Your Value", 0.22), ("Standard Range", 0.22),
                 ("Flag", 0.16)], rows, style="lines", size=9.3, header_fill=None, pad=3)
        if comment:
            d.para(comment[0], font="Helvetica-Bold", size=9, after=1)
            d.para(comment[1], size=9, after=4)
        if about:
            d.para("About this test", font="Helvetica-Bold", size=9, color=blue, after=1)
            d.para(about, size=8.6, color=GREY, after=4)

    d.para("Test Results", font="Helvetica-Bold", size=16, after=2)
    card("Comprehensive Metabolic Panel (CMP)", "Apr 02, 2024 8:14 AM", [
        ("Glucose", "88", "mg/dL", "65 - 99", "auto", None),
        ("BUN", "14", "mg/dL", "6 - 24", "auto", ["urea nitrogen"]),
        ("Creatinine", "1.21", "mg/dL", "0.76 - 1.27", "auto", None),
        ("eGFR", "68", "mL/min/1.73", ">59", "auto", None),
        ("Sodium", "141", "mmol/L", "134 - 144", "auto", None),
        ("Potassium", "5.4", "mmol/L", "3.5 - 5.2", "auto", None),
        ("ALT (SGPT)", "22", "IU/L", "0 - 44", "auto", ["ALT"]),
    ], "2024-04-02",
        comment=("Message from Amy TEST, MD",
                 "Hi Daniel, your potassium is slightly high, which can happen if the sample "
                 "sat before it was processed. Kidney function is stable. Please come in for a "
                 "repeat potassium in 1 week. Keep taking your lisinopril for now."),
        about="Potassium is a mineral that helps your nerves and muscles work. High potassium "
              "can be caused by kidney disease, dehydration or some medicines.")
    t.med("lisinopril", None, None, None, None, optional=True, note="mentioned, no dose")
    t.no("conditions", "kidney disease", "leaflet")
    d.para("Past results - Potassium: 10/12/2023  4.6 mmol/L (3.5 - 5.2)", size=9, after=4)
    t.lab("Potassium", "4.6", "mmol/L", "3.5 - 5.2", "2023-10-12")

    card("Urinalysis, Complete", "Mar 15, 2024 9:02 AM", [
        ("Specific Gravity, UA", "1.021", None, "1.005 - 1.030", "auto", ["specific gravity"]),
        ("Protein, UA", "Negative", None, "Negative", "normal", ["urine protein"]),
        ("Blood, UA", "Trace", None, "Negative", "abnormal", ["urine blood"]),
    ], "2024-03-15")
    card("Prostate Specific Antigen (PSA)", "Mar 15, 2024 9:02 AM", [
        ("Prostate Specific Antigen", "0.8", "ng/mL", "0.0 - 4.0", "auto", ["PSA"]),
    ], "2024-03-15",
        about="A PSA test can help screen for prostate cancer. Talk with your provider about "
              "the benefits and risks of screening.")
    t.no("conditions", "prostate cancer", "leaflet")
    d.para("Results are released to MyHealth Connect automatically. Your provider may not have "
           "reviewed them yet.", size=8, color=GREY)
    return d, t

# ---------------------------------------------------------------------------------------
# 20 Nigeria: psychiatric outpatient review (photo JPEG)
# ---------------------------------------------------------------------------------------
@register(20, "ng", "psychiatry_review_scan", "Nigeria",
          "Neuropsychiatric hospital outpatient review note (mood disorder on lithium), "
          "photographed to JPEG",
          "medical_record", "2024-05-06", 1,
          "DD/MM/YYYY",
          scan=dict(fmt="jpg", dpi=165, angles=[-0.9], seed=20202, blur=0.9, noise=8.5,
                    speckles=300, light=0.30, quality=62, gray=True),
          notes=[
              "Grey-scale photo JPEG.",
              "Lithium increased: changed; olanzapine stopped: stopped row + must_not; "
              "lamotrigine started today: new.",
              "Haloperidol given once in the emergency unit in January: must_not (other). "
              "'Avoid antidepressant monotherapy (risk of switch to mania)' is advice: "
              "antidepressant and mania are must_not (other).",
              "Cannabis use disorder, abstinent since 2021: historical. Maternal uncle's "
              "schizophrenia: family. Denied suicidal ideation and psychotic symptoms: negated.",
          ])
def build_20():
    d = Doc("Psychiatry review", size=9.2, margins=(46, 46, 40, 44), page_numbers=None)
    t = Truth()
    d.para("EXAMPLE NEUROPSYCHIATRIC HOSPITAL, LAGOS", font="Helvetica-Bold", size=13.5,
           align="c", after=1)
    d.para("Department of Clinical Services - Outpatient Clinic  |  PMB 0000, Lagos  |  "
           "0800 000 0000", size=8.3, align="c", after=3)
    d.para("CLINIC REVIEW NOTE", font="Helvetica-Bold", size=11, align="c", after=4)
    d.hr(1.0)
    d.kv([("Name", "Mr Chinedu TEST-OKAFOR"), ("Hosp. No.", "NPH/000/0417"),
          ("Age / Sex", "38 / M"), ("Date", "06/05/2024"),
          ("Clinician", "Dr F. Sample (Consultant Psychiatrist)"),
          ("Next of kin", "Mrs A. Test-Okafor (wife)")], cols=2)
    d.para("Diagnosis: Bipolar affective disorder, current episode mild depression (ICD-10 "
           "F31.3). Hypertension.", font="Helvetica-Bold")
    t.cond("Bipolar affective disorder, current episode mild depression", icd10="F31.3",
           aliases=["bipolar affective disorder", "bipolar disorder"])
    t.cond("Hypertension")
    d.para("Past history: Cannabis use disorder - abstinent since 2021. Emergency presentation "
           "in January 2024 with agitation; haloperidol 5 mg IM given once in the emergency "
           "unit. Family history: maternal uncle - schizophrenia.")
    t.no("conditions", "Cannabis use disorder", "historical")
    t.no("medications", "haloperidol", "other", note="single emergency dose, January 2024")
    t.no("conditions", "schizophrenia", "family")
    d.para("Allergy: Chlorpromazine - photosensitive skin rash.")
    t.allergy("Chlorpromazine", "photosensitive skin rash")
    d.heading("Review", size=10, rule=True, before=4)
    d.para("Low mood for 3 weeks, reduced sleep, poor concentration at work; appetite fair. "
           "No suicidal ideation. No psychotic symptoms. Adherent to medication (wife "
           "confirms). Distressed by weight gain of 6 kg since starting olanzapine.")
    t.no("conditions", "suicidal ideation", "negated")
    t.no("conditions", "psychotic symptoms", "negated")
    d.para("MSE: Well kempt, psychomotor slowing, mood 'down', affect restricted, thought "
           "form normal, no perceptual abnormality, insight good.")
    d.para("Observations: BP 142/90 mmHg   Pulse 78 bpm   Weight 84 kg   Height 1.70 m   "
           "BMI 29.1 kg/m2")
    t.vital("blood_pressure", "142/90", "mmHg")
    t.vital("heart_rate", "78", "bpm")
    t.vital("weight", "84", "kg")
    t.vital("height", "1.70", "m", also_ok=[(170.0, "cm")])
    t.vital("bmi", "29.1", "kg/m2")
    d.heading("Investigations (02/05/2024)", size=10, rule=True, before=4)
    rows = []
    for nm, v, u, ref, al in [("Serum lithium (12-hour)", "0.52", "mmol/L", "0.6-1.0",
                               ["lithium level"]),
                              ("TSH", "3.1", "mIU/L", "0.4-4.0", None),
                              ("Creatinine", "84", "\u00b5mol/L", "62-115", None),
                              ("Fasting blood glucose", "5.4", "mmol/L", "3.9-6.1",
                               ["fasting glucose"])]:
        r = t.lab(nm, v, u, ref, "2024-05-02", aliases=al)
        rows.append([nm, v, u, ref, flag_letter(r["flag"])])
    d.table([("Test", 0.38), ("Result", 0.14), ("Unit", 0.16), ("Ref. range", 0.18),
             ("Flag", 0.14)], rows, style="grid", size=9)
    d.heading("Plan", size=10, rule=True, before=2)
    d.bullets([
        "Lithium carbonate: INCREASE from 400 mg to 600 mg at night.",
        "Olanzapine 10 mg at night: STOP (weight gain).",
        "Lamotrigine: START 25 mg once daily for 2 weeks, then 50 mg once daily; warned about "
        "rash.",
        "Amlodipine 5 mg once daily: continue.",
        "Avoid antidepressant monotherapy (risk of switch to mania).",
        "Repeat 12-hour serum lithium 5-7 days after the dose change; renal and thyroid "
        "function every 6 months. Psychoeducation given. Review in 4 weeks.",
    ])
    t.med("lithium carbonate", "600", "mg", None, "at night", "changed", aliases=["lithium"])
    t.med("olanzapine", "10", "mg", None, "at night", "stopped")
    t.no("medications", "Olanzapine", "stopped")
    t.med("lamotrigine", "25", "mg", None, "once daily", "new")
    t.med("amlodipine", "5", "mg", None, "once daily")
    t.no("medications", "antidepressant", "other", note="advice only")
    t.no("conditions", "mania", "other", note="risk statement")
    d.space(8)
    d.para("Signed: Dr F. Sample, FMCPsych, Consultant Psychiatrist", font="Helvetica-Bold")
    return d, t

# ---------------------------------------------------------------------------------------
# 21 Trinidad and Tobago: occupational health pre-placement form (scanned PDF)
# ---------------------------------------------------------------------------------------
@register(21, "tt", "occupational_health_form_scan", "Trinidad and Tobago",
          "Occupational health pre-placement assessment for a healthcare worker: Yes/No "
          "questionnaire with handwritten answers, measurements, immunisation record, "
          "screening results; scanned to an image-only PDF",
          "medical_record", "2024-03-14", 2,
          "DD/MM/YYYY, order not stated on the immunisation page",
          scan=dict(fmt="pdf", dpi=175, angles=[-0.6, 1.2], seed=21212, blur=0.75, noise=7.0,
                    speckles=280, light=0.24, quality=70),
          notes=[
              "Questionnaire items ticked No are must_not (checkbox_no); items ticked Yes with "
              "details (chronic lower back pain, hand dermatitis, latex allergy) are rows.",
              "Immunisation dates are read DD/MM; the form does not state the order, so "
              "date_ambiguous is true where day and month are both <= 12.",
              "Influenza declined: must_not (due). Varicella vaccine 'not required' "
              "(history of chickenpox): must_not (other); chickenpox itself is historical.",
              "Anti-HBs titre and IGRA are dated lab rows; IGRA has no printed range (flag "
              "null).",
          ])
def build_21():
    d = Doc("Occupational health form", size=9.4, margins=(48, 48, 44, 48),
            page_numbers="Form OH-02  page {n} of {N}")
    t = Truth()
    hw = "Courier-Oblique"
    d.para("EXAMPLE REGIONAL HEALTH AUTHORITY", font="Helvetica-Bold", size=12, align="c",
           after=1)
    d.para("Occupational Health Unit - Pre-placement Health Assessment (Healthcare Worker)",
           font="Helvetica-Bold", size=10.5, align="c", after=2)
    d.para("0 Example Street, Port of Spain  |  Tel (868) 000-0000", size=8.3, align="c",
           color=GREY, after=4)
    d.hr(1.0)
    d.kv([("Name", "Candice TEST-RAMPERSAD"), ("Employee No.", "E000417"),
          ("Date of birth", "22/09/1988"), ("Post", "Staff Nurse, Medical Ward"),
          ("Assessment date", "14/03/2024"), ("OH Nurse", "S. Example RN OHN")], cols=2,
         font=hw)
    d.para("PART A - HEALTH QUESTIONNAIRE (to be completed by the applicant)",
           font="Helvetica-Bold", size=10, after=3)
    d.para("Have you ever had, or do you now have, any of the following?", after=3)
    qs = [("Asthma or chest disease", "No", None),
          ("Epilepsy or fits", "No", None),
          ("Diabetes", "No", None),
          ("Back or neck problems", "Yes", "Chronic lower back pain since 2020, physio"),
          ("Skin disease (eczema, dermatitis)", "Yes", "Hand dermatitis (irritant)"),
          ("Tuberculosis", "No", None),
          ("Heart disease or high blood pressure", "No", None),
          ("Allergy to latex", "Yes", "itchy rash on hands with latex gloves"),
          ("Chickenpox (past infection)", "Yes", "age 7")]
    for q, a, extra in qs:
        d.ticks(q, a, label_w=200, extra=extra, opt_w=38)
        if a == "No":
            t.no("conditions", q, "checkbox_no")
    t.cond("Chronic lower back pain", aliases=["back pain"])
    t.cond("Hand dermatitis", aliases=["irritant dermatitis", "dermatitis"])
    t.allergy("latex", "itchy rash", aliases=["latex gloves"])
    t.no("conditions", "Chickenpox", "historical")
    d.space(4)
    d.ticks("Are you taking any medication?", "Yes", label_w=200, opt_w=38)
    d.para("Naproxen 250 mg twice daily when needed for back pain; Hydrocortisone 1% cream "
           "twice daily to hands.", font=hw, color=INK, indent=10)
    t.med("naproxen", "250", "mg", None, "twice daily when needed")
    t.med("hydrocortisone", "1", "%", None, "twice daily", aliases=["hydrocortisone cream"])
    d.para("I declare that the information above is true.  Signed: C. Test-Rampersad  "
           "Date: 14/03/2024", size=8.6, after=4)

    d.new_page()
    d.para("PART B - OCCUPATIONAL HEALTH ASSESSMENT (OH staff only)", font="Helvetica-Bold",
           size=10, after=4)
    d.table([("Height", 0.2), ("Weight", 0.2), ("BMI", 0.2), ("BP", 0.2), ("Pulse", 0.2)],
            [[(s, {"font": hw, "color": INK}) for s in
              ("165 cm", "62 kg", "22.8", "116/74 mmHg", "70 bpm")]], style="grid", size=9.4,
            min_h=18)
    t.vital("height", "165", "cm")
    t.vital("weight", "62", "kg")
    t.vital("bmi", "22.8", None)
    t.vital("blood_pressure", "116/74", "mmHg")
    t.vital("heart_rate", "70", "bpm")
    d.para("Immunisation record (from card / occupational health file)", font="Helvetica-Bold",
           after=2)
    imms = [("Hepatitis B", "Engerix-B", "1", "05/01/2015", "E000B101"),
            ("Hepatitis B", "Engerix-B", "2", "05/02/2015", "E000B117"),
            ("Hepatitis B", "Engerix-B", "3", "06/07/2015", "E000B162"),
            ("MMR", "", "1", "12/03/1990", ""),
            ("MMR", "", "2", "10/04/1993", ""),
            ("Tdap", "Adacel", "-", "18/11/2020", "A000C044"),
            ("COVID-19", "Vaxzevria", "1", "14/04/2021", "C000V210"),
            ("COVID-19", "Vaxzevria", "2", "09/07/2021", "C000V266")]
    rows = []
    st = {"font": hw, "color": INK}
    for vac, brand, dose, dt, lot in imms:
        dd, mm, yy = dt.split("/")
        iso = f"{yy}-{mm}-{dd}"
        t.imm(vac, iso, int(dose) if dose.isdigit() else None, lot or None, brand or None,
              ambiguous=amb(iso, stated=False),
              aliases={"Hepatitis B": ["hepatitis B vaccine"],
                       "COVID-19": ["COVID-19 vaccine"], "MMR": ["measles mumps rubella"]}
              .get(vac))
        rows.append([vac, (brand, st), (dose, st), (dt, st), (lot, st)])
    rows.append(["Influenza", "", "", ("Declined 14/03/2024", st), ""])
    rows.append(["Varicella", "", "", ("Not required - had chickenpox", st), ""])
    d.table([("Vaccine", 0.22), ("Brand", 0.18), ("Dose", 0.1), ("Date", 0.28),
             ("Batch", 0.22)], rows, style="grid", size=9.2, min_h=16)
    t.no("immunizations", "Influenza", "due", note="declined")
    t.no("immunizations", "Varicella", "other", note="not required")
    d.para("Screening results", font="Helvetica-Bold", after=2)
    d.table([("Test", 0.34), ("Result", 0.22), ("Protective / normal", 0.22),
             ("Date", 0.22)], [
        ["Anti-HBs titre", ("124 mIU/mL", st), ">10", ("02/03/2016", st)],
        ["IGRA (QuantiFERON)", ("Negative", st), "", ("14/03/2024", st)],
    ], style="grid", size=9.2, min_h=16)
    t.lab("Anti-HBs titre", "124", "mIU/mL", ">10", "2016-03-02",
          aliases=["hepatitis B surface antibody"])
    t.lab("IGRA (QuantiFERON)", "Negative", None, None, "2024-03-14",
          aliases=["interferon gamma release assay", "QuantiFERON"])
    d.para("Outcome: FIT for placement with adjustments - nitrile (latex-free) gloves; manual "
           "handling risk assessment; review hands in 3 months.", font=hw, color=INK)
    d.para("OH Nurse: S. Example RN OHN      Signature: ______________      Date: 14/03/2024",
           size=8.8)
    return d, t

# ---------------------------------------------------------------------------------------
# 22 Uganda: NCD (hypertension/diabetes) clinic follow-up card with visit grid
# ---------------------------------------------------------------------------------------
@register(22, "ug", "ncd_clinic_followup_card", "Uganda",
          "Health centre NCD clinic follow-up card (hypertension and diabetes): diagnoses, "
          "visit grid with BP, weight, random blood sugar and medicines dispensed, foot and eye "
          "screening",
          "medical_record", "2024-05-15", 1,
          "DD/MM/YYYY",
          notes=[
              "Every visit's BP and weight is a vital-sign row; every visit's random blood "
              "sugar is a lab row; a blank urine-protein cell gives no row.",
              "Metformin increased at the last visit: changed. Amitriptyline started at the "
              "previous visit and continued: active (also_ok new). Glibenclamide stopped for "
              "hypoglycaemia: stopped row + must_not.",
              "Atorvastatin 'to start when available (out of stock)': must_not (planned).",
              "Malaria treated in 2023: historical. Father's stroke: family. 'No foot ulcer' "
              "and 'no retinopathy': negated.",
          ])
def build_22():
    d = Doc("NCD follow-up card", size=9.3, margins=(44, 44, 46, 46))
    t = Truth()
    hw = "Courier-Oblique"
    st = {"font": hw, "color": INK}
    d.para("THE REPUBLIC OF UGANDA - MINISTRY OF HEALTH (EXAMPLE FORMAT)", size=8.5,
           align="c", color=GREY, after=1)
    d.para("EXAMPLE HEALTH CENTRE IV - NCD CLINIC", font="Helvetica-Bold", size=13.5,
           align="c", after=1)
    d.para("Hypertension and Diabetes Patient Follow-up Card", font="Helvetica-Bold", size=10.5,
           align="c", after=5)
    d.hr(1.0)
    d.kv([("Name", "Florence TESTNAKATO"), ("Clinic No.", "NCD/0000/417"),
          ("Sex / Age", "F / 58"), ("Village / Parish", "Example, Testa parish"),
          ("Phone", "0700 000 000"), ("Height", "160 cm")], cols=2, font=hw)
    d.kv([("Diagnoses", "Hypertension (2015); Type 2 diabetes mellitus (2018); Diabetic "
           "peripheral neuropathy (2023)"),
          ("Other history", "Malaria 2023 - treated. Father died of stroke."),
          ("Allergies", "Sulphur drugs - skin peeling (severe)")], cols=1, font=hw)
    t.cond("Hypertension")
    t.cond("Type 2 diabetes mellitus")
    t.cond("Diabetic peripheral neuropathy", aliases=["peripheral neuropathy"])
    t.no("conditions", "Malaria", "historical")
    t.no("conditions", "stroke", "family")
    t.allergy("Sulphur drugs", "skin peeling", "severe", aliases=["sulfonamides"])
    t.vital("height", "160", "cm")

    d.heading("Baseline investigations (14/02/2024)", size=10, rule=True)
    d.table([("Test", 0.34), ("Result", 0.22), ("Normal", 0.22), ("Date", 0.22)], [
        ["HbA1c", ("8.9 %", st), "< 6.5", ("14/02/2024", st)],
        ["Serum creatinine", ("76 \u00b5mol/L", st), "45 - 90", ("14/02/2024", st)],
    ], style="grid", size=9)
    t.lab("HbA1c", "8.9", "%", "< 6.5", "2024-02-14")
    t.lab("Serum creatinine", "76", "\u00b5mol/L", "45 - 90", "2024-02-14",
          aliases=["creatinine"])

    d.heading("Visits", size=10, rule=True)
    visits = [
        ("14/02/2024", "162/98", "78.2", "14.6", "+1",
         "Nifedipine SR 20 mg bd, HCTZ 25 mg od, Metformin 500 mg bd, Glibenclamide 5 mg od",
         "13/03/2024"),
        ("13/03/2024", "150/92", "77.5", "12.1", "",
         "Same. Glibenclamide STOPPED (hypoglycaemia x2). Amitriptyline 25 mg nocte started "
         "for burning feet.", "15/05/2024"),
        ("15/05/2024", "142/88", "76.9", "10.4", "",
         "Metformin INCREASED to 1000 mg bd. Others same. Atorvastatin 20 mg to start when "
         "available (out of stock).", "12/06/2024"),
    ]
    rows = []
    for dt, bp, wt, rbs, up, meds, nxt in visits:
        dd, mm, yy = dt.split("/")
        iso = f"{yy}-{mm}-{dd}"
        t.vital("blood_pressure", bp, "mmHg")
        t.vital("weight", wt, "kg")
        t.lab("RBS", rbs, "mmol/L", None, iso, aliases=["random blood sugar",
                                                         "random blood glucose"])
        if up:
            t.lab("Urine protein", up, None, None, iso, flag="abnormal")
        rows.append([(dt, st), (bp, st), (wt, st), (rbs, st), (up, st), (meds, st),
                     (nxt, st)])
    d.table([("Date", 0.125), ("BP (mmHg)", 0.10), ("Wt (kg)", 0.08), ("RBS (mmol/L)", 0.09),
             ("Urine protein", 0.085), ("Medicines dispensed / remarks", 0.395),
             ("Next visit", 0.125)], rows, style="grid", size=8.6)
    t.no("medications", "Atorvastatin", "planned", note="out of stock, to start later")

    d.heading("Current treatment (after visit of 15/05/2024)", size=10, rule=True)
    d.table([("Medicine", 0.34), ("Dose", 0.18), ("Frequency", 0.2), ("Remark", 0.28)], [
        ["Nifedipine SR", "20 mg", "twice daily", "continue"],
        ["Hydrochlorothiazide (HCTZ)", "25 mg", "once daily", "continue"],
        ["Metformin", "1000 mg", "twice daily", "increased 15/05/2024"],
        ["Amitriptyline", "25 mg", "at night", "since 13/03/2024"],
        ["Glibenclamide", "5 mg", "once daily", "STOPPED 13/03/2024"],
    ], style="grid", size=9)
    t.med("nifedipine", "20", "mg", None, "twice daily", aliases=["nifedipine SR"])
    t.med("hydrochlorothiazide", "25", "mg", None, "once daily", aliases=["HCTZ"])
    t.med("metformin", "1000", "mg", None, "twice daily", "changed")
    t.med("amitriptyline", "25", "mg", None, "at night", also=["new"])
    t.med("glibenclamide", "5", "mg", None, "once daily", "stopped", aliases=["glyburide"])
    t.no("medications", "Glibenclamide", "stopped")

    d.heading("Screening", size=10, rule=True)
    d.para("Foot exam (15/05/2024): monofilament - reduced sensation both feet. No foot ulcer. "
           "Pulses present.", font=hw, color=INK)
    d.para("Eye screening (15/05/2024): No retinopathy seen. Repeat in 1 year.", font=hw,
           color=INK)
    t.no("conditions", "foot ulcer", "negated")
    t.no("conditions", "retinopathy", "negated")
    d.para("Health education given: salt reduction, foot care, hypoglycaemia recognition, "
           "adherence.", font=hw, color=INK)
    d.para("Clinician: N. Sample (Clinical Officer)", size=8.8)
    return d, t


# ========================================================================================
# Engine: build, check, write
# ========================================================================================
def norm(s):
    s = s.replace("\u00a0", " ").replace("\r", " ").replace("\n", " ").replace("\ufffe", "")
    s = s.replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def truth_strings(t):
    """Every printed string the truth relies on, with a label for error messages."""
    out = []
    for r in t.medications:
        for k in ("name", "brand", "dose", "unit", "route", "frequency"):
            if r.get(k):
                out.append(("medications." + k, r[k]))
    for r in t.labs:
        for k in ("test_name", "value_text", "unit", "reference_text"):
            if r.get(k):
                out.append(("labs." + k, r[k]))
    for r in t.vitals:
        for k in ("value_text", "unit"):
            if r.get(k):
                out.append(("vitals." + k, r[k]))
    for r in t.allergies:
        for k in ("substance", "reaction", "severity"):
            if r.get(k):
                out.append(("allergies." + k, r[k]))
    for r in t.conditions:
        for k in ("name", "icd10_code"):
            if r.get(k):
                out.append(("conditions." + k, r[k]))
    for r in t.immunizations:
        for k in ("vaccine", "lot_number", "brand"):
            if r.get(k):
                out.append(("immunizations." + k, r[k]))
    for r in t.must_not:
        out.append(("must_not." + r["category"], r["name"]))
    return out


ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_truth(stem, meta, t, page_texts, pdf_texts):
    errs = []
    full = norm(" ".join(page_texts))
    fullp = norm(" ".join(pdf_texts)) if pdf_texts is not None else None
    for lab, s in truth_strings(t):
        if norm(s) not in full:
            errs.append(f"{lab} {s!r} not in drawn text")
        if fullp is not None and norm(s) not in fullp:
            errs.append(f"{lab} {s!r} not in PDF text layer")
    for i, p in enumerate(page_texts):
        if FOOTER not in p:
            errs.append(f"footer missing on page {i + 1}")
    if pdf_texts is not None:
        for i, p in enumerate(pdf_texts):
            if norm(FOOTER) not in norm(p):
                errs.append(f"footer missing in PDF text on page {i + 1}")
    if len(page_texts) != meta["pages"]:
        errs.append(f"page count {len(page_texts)} != declared {meta['pages']}")
    if meta["document_type"] not in DOCUMENT_TYPES:
        errs.append("bad document_type")
    if meta["service_date"] is not None and not ISO.fullmatch(meta["service_date"]):
        errs.append("bad service_date")
    for r in t.medications:
        if r["status"] not in MED_STATUS:
            errs.append(f"bad med status {r}")
        for s in r.get("status_also_ok", []):
            if s not in MED_STATUS:
                errs.append(f"bad status_also_ok {r}")
    for r in t.labs:
        if r["flag"] is not None and r["flag"] not in LAB_FLAGS:
            errs.append(f"bad flag {r}")
        if r["date"] is not None and not ISO.fullmatch(r["date"]):
            errs.append(f"bad lab date {r}")
        v, lo, hi = r["value_numeric"], r["reference_low"], r["reference_high"]
        if v is not None and (lo is not None or hi is not None):
            exp = auto_flag(v, lo, hi)
            ok = r["flag"] == exp or (r["flag"] == "critical" and exp in ("high", "low"))
            if not ok:
                errs.append(f"flag disagrees with range: {r}")
        if v is None and parse_num(r["value_text"]) is not None:
            errs.append(f"numeric value missing: {r}")
        if v is not None and parse_num(r["value_text"]) != v:
            errs.append(f"value_numeric != value_text: {r}")
    for r in t.vitals:
        if r["kind"] not in VITAL_KINDS:
            errs.append(f"bad vital kind {r}")
        if r["kind"] == "blood_pressure" and r["value_secondary"] is None:
            errs.append(f"BP without diastolic {r}")
    for r in t.immunizations:
        if r["administered_on"] is not None and not ISO.fullmatch(r["administered_on"]):
            errs.append(f"bad imm date {r}")
    for r in t.must_not:
        if r["category"] not in MUST_NOT_CATS or r["why"] not in MUST_NOT_WHY:
            errs.append(f"bad must_not {r}")
    names = {
        "medications": [(x["name"], x["status"]) for x in t.medications]
        + [(x["brand"], x["status"]) for x in t.medications if x["brand"]],
        "labs": [(x["test_name"], None) for x in t.labs],
        "vitals": [(x["value_text"], None) for x in t.vitals],
        "allergies": [(x["substance"], None) for x in t.allergies],
        "conditions": [(x["name"], None) for x in t.conditions],
        "immunizations": [(x["vaccine"], None) for x in t.immunizations]
        + [(x["brand"], None) for x in t.immunizations if x["brand"]],
    }
    for r in t.must_not:
        for nm, st in names[r["category"]]:
            if norm(nm) == norm(r["name"]) and st not in ("stopped", "completed"):
                errs.append(f"must_not equals a true row: {r}")
    for r in t.medications:
        if r["status"] in ("stopped", "completed"):
            if not any(m["category"] == "medications" and m["why"] == "stopped"
                       and norm(m["name"]) in (norm(r["name"]), norm(r["brand"] or "\x00"))
                       for m in t.must_not):
                errs.append(f"stopped/completed medicine without must_not row: {r['name']}")
    if errs:
        raise AssertionError(stem + ":\n  " + "\n  ".join(errs))


def pdf_info(pdf_bytes):
    pdf = pdfium.PdfDocument(pdf_bytes)
    texts = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
    n = len(pdf)
    pdf.close()
    return n, texts


def truth_json(meta, t, rel, text_layer):
    obj = {
        "file": rel,
        "synthetic": True,
        "text_layer": text_layer,
        "page_count": meta["pages"],
        "document_type": meta["document_type"],
        "country": meta["country"],
        "kind": meta["kind"],
        "service_date": meta["service_date"],
        "medications": t.medications,
        "labs": t.labs,
        "vitals": t.vitals,
        "allergies": t.allergies,
        "conditions": t.conditions,
        "immunizations": t.immunizations,
        "must_not": t.must_not,
    }
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def build_all():
    """Returns {relative path: bytes} for docs/ and truth/, plus per-document summaries."""
    files, summary = {}, []
    nums = [m["num"] for m in DOCS]
    assert len(nums) == len(set(nums)), "duplicate document numbers"
    for meta in sorted(DOCS, key=lambda m: m["num"]):
        stem = f"{meta['num']:02d}_{meta['cc']}_{meta['name']}"
        d, t = meta["build"]()
        pdf = d.render()
        page_texts = d.page_texts()
        n, pdf_texts = pdf_info(pdf)
        assert n == len(page_texts)
        check_truth(stem, meta, t, page_texts, pdf_texts)
        scan = meta["scan"]
        if scan is None:
            rel = f"docs/{stem}.pdf"
            data = pdf
            text_layer = True
        else:
            imgs = rasterise(pdf, scan["dpi"])
            jpegs = []
            for i, img in enumerate(imgs):
                jpegs.append(degrade(img, seed=scan["seed"] + 101 * i,
                                     angle=scan["angles"][i], blur=scan.get("blur", 0.7),
                                     noise=scan.get("noise", 7.0),
                                     speckles=scan.get("speckles", 400),
                                     light=scan.get("light", 0.22),
                                     quality=scan.get("quality", 68),
                                     gray=scan.get("gray", False)))
                assert abs(scan["angles"][i]) <= 2.5
            text_layer = False
            if scan["fmt"] == "jpg":
                assert len(jpegs) == 1, "a JPEG document must have one page"
                rel = f"docs/{stem}.jpg"
                data = jpegs[0]
            else:
                rel = f"docs/{stem}.pdf"
                data = image_pdf(jpegs, (d.W, d.H), title=stem)
                n2, texts2 = pdf_info(data)
                assert n2 == meta["pages"], f"{stem}: image PDF page count"
                assert all(not x.strip() for x in texts2), f"{stem}: image-only PDF has text"
                assert b"/Font" not in data, f"{stem}: image-only PDF has a font"
        files[rel] = data
        files[f"truth/{stem}.json"] = truth_json(meta, t, rel, text_layer)
        summary.append(dict(stem=stem, rel=rel, meta=meta, t=t, text_layer=text_layer))
    return files, summary


def manifest_text(files):
    lines = [f"{hashlib.sha256(files[k]).hexdigest()}  {k}" for k in sorted(files)]
    return "\n".join(lines) + "\n"


def counts(summary):
    cats = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
    scored = {c: 0 for c in cats}
    optional = {c: 0 for c in cats}
    must_not = 0
    for s in summary:
        for c in cats:
            for r in getattr(s["t"], c):
                if r.get("optional"):
                    optional[c] += 1
                else:
                    scored[c] += 1
        must_not += len(s["t"].must_not)
    return scored, optional, must_not


def readme_text(summary):
    scored, optional, must_not = counts(summary)
    countries = sorted({s["meta"]["country"] for s in summary})
    pages = sum(s["meta"]["pages"] for s in summary)
    n_jpg = sum(1 for s in summary if s["rel"].endswith(".jpg"))
    n_img_pdf = sum(1 for s in summary if not s["text_layer"] and s["rel"].endswith(".pdf"))
    out = []
    out.append("# Held-out evaluation set 9\n")
    out.append("Independent, fully synthetic test set for the clinical-document extractor. "
               "Generated by `make_heldout9.py` (deterministic: reportlab `invariant=1`, fixed "
               "seeds, no clock reads). `python make_heldout9.py --check` regenerates the set in "
               "a temporary directory and exits non-zero if any file differs from "
               "`MANIFEST.sha256`.\n")
    out.append("Every person, identifier, address, phone number and lot number is invented "
               "(test ranges, zero-filled). Every page carries the footer "
               f"\"{FOOTER}\".\n")
    out.append("## Totals\n")
    out.append(f"- documents: {len(summary)}; countries/health systems: {len(countries)} "
               f"({', '.join(countries)})")
    out.append(f"- scans: {n_jpg + n_img_pdf} ({n_jpg} JPEG, {n_img_pdf} image-only PDF); "
               f"pages: {pages}")
    out.append("- scored rows: " + ", ".join(f"{k} {v}" for k, v in scored.items())
               + f" (total {sum(scored.values())})")
    out.append("- optional rows: " + ", ".join(f"{k} {v}" for k, v in optional.items())
               + f" (total {sum(optional.values())})")
    out.append(f"- must_not rows: {must_not}\n")
    out.append("## Conventions\n")
    out.append("- Rows are what a careful clinician would enter into the record as current "
               "facts. Stopped/completed medicines have a row with that status and a "
               "`must_not` row (why `stopped`); held medicines have status `held`; medicines "
               "given once in hospital/ED/clinic are `must_not` (why `other`).")
    out.append("- Past/resolved conditions are `must_not` (why `historical`); chronic conditions "
               "in a past history without sign of resolution are active rows.")
    out.append("- Labs: one row per result per date column; blank cells give no row; censored "
               "values and ranges have `value_numeric` null; flags follow value vs printed "
               "range (no printed range: flag null unless the document prints one). "
               "`value_text` is as printed without the flag letter.")
    out.append("- Medication `route` and `frequency` are given as printed; `dose` is the "
               "strength/dose as printed, `unit` its unit.")
    out.append("- Vaccines: only given vaccines are rows; due, scheduled and declined vaccines "
               "are `must_not` (why `due`). `date_ambiguous` is true only where the document "
               "does not state the date order and both day and month are <= 12.")
    out.append("- Vital signs: every printed reading is a row (a chart with several times gives "
               "several rows). `also_ok` lists unit conversions that are equally right.")
    out.append("- `optional: true` rows count neither way.")
    out.append("- Medication rows may carry `note`; `must_not` rows may carry `note`. Notes on "
               "other rows are listed below per document (the truth JSON keeps to the agreed "
               "keys).")
    out.append("- Generator assertions: every truth string (names, brands, doses, units, "
               "routes, frequencies, values, reference texts, lot numbers, must_not names) "
               "occurs in the document text (for scans: in the text drawn before rasterising, "
               "and in the text layer of the pre-raster PDF); flags agree with printed ranges; "
               "the footer is on every page; page counts match; image-only PDFs contain no "
               "text and no fonts; no must_not name equals a true row of the same category "
               "(except stopped/completed medicine rows).\n")
    out.append("## Documents\n")
    out.append("| # | file | country | type | scan | pages | date style | kind |")
    out.append("|---|------|---------|------|------|-------|------------|------|")
    for s in summary:
        m = s["meta"]
        scan = "no"
        if m["scan"]:
            scan = ("JPEG" if m["scan"]["fmt"] == "jpg" else "image-only PDF") + \
                f" {m['scan']['dpi']} dpi"
        out.append(f"| {m['num']:02d} | `{s['rel']}` | {m['country']} | {m['document_type']} | "
                   f"{scan} | {m['pages']} | {m['date_style']} | {m['kind']} |")
    out.append("")
    out.append("## Judgement calls per document\n")
    for s in summary:
        m = s["meta"]
        t = s["t"]
        n = {c: len(getattr(t, c)) for c in ("medications", "labs", "vitals", "allergies",
                                             "conditions", "immunizations")}
        out.append(f"### {s['stem']}\n")
        out.append(f"- Date style: {m['date_style']}.")
        out.append("- Rows (including optional): "
                   + ", ".join(f"{k} {v}" for k, v in n.items())
                   + f"; must_not {len(t.must_not)}.")
        for note in m["notes"]:
            out.append(f"- {note}")
        for note in t.row_notes:
            out.append(f"- Row note: {note}.")
        out.append("")
    return "\n".join(out)


def write_tree(root, files, summary):
    for sub in ("docs", "truth"):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for rel, data in files.items():
        with open(os.path.join(root, rel), "wb") as f:
            f.write(data)
    with open(os.path.join(root, "MANIFEST.sha256"), "w", encoding="utf-8") as f:
        f.write(manifest_text(files))
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_text(summary))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true",
                    help="regenerate in a temp dir and compare with MANIFEST.sha256")
    ap.add_argument("--out", default=HERE, help="output directory (default: next to script)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    files, summary = build_all()
    if args.check:
        man_path = os.path.join(HERE, "MANIFEST.sha256")
        if not os.path.exists(man_path):
            print("MANIFEST.sha256 missing", file=sys.stderr)
            return 1
        with open(man_path, encoding="utf-8") as f:
            expected = f.read()
        bad = 0
        with tempfile.TemporaryDirectory(prefix="heldout9_check_") as tmp:
            write_tree(tmp, files, summary)
            with open(os.path.join(tmp, "MANIFEST.sha256"), encoding="utf-8") as f:
                got = f.read()
        exp_map = {ln.split("  ", 1)[1]: ln.split("  ", 1)[0]
                   for ln in expected.splitlines() if ln.strip()}
        got_map = {ln.split("  ", 1)[1]: ln.split("  ", 1)[0]
                   for ln in got.splitlines() if ln.strip()}
        for rel in sorted(set(exp_map) | set(got_map)):
            if exp_map.get(rel) != got_map.get(rel):
                print(f"DIFFERS (regenerated vs MANIFEST): {rel}", file=sys.stderr)
                bad += 1
        for rel, h in sorted(exp_map.items()):
            p = os.path.join(HERE, rel)
            if not os.path.exists(p):
                print(f"MISSING on disk: {rel}", file=sys.stderr)
                bad += 1
                continue
            with open(p, "rb") as f:
                if hashlib.sha256(f.read()).hexdigest() != h:
                    print(f"DIFFERS (on disk vs MANIFEST): {rel}", file=sys.stderr)
                    bad += 1
        for sub in ("docs", "truth"):
            for fn in sorted(os.listdir(os.path.join(HERE, sub))):
                if f"{sub}/{fn}" not in exp_map:
                    print(f"EXTRA file on disk: {sub}/{fn}", file=sys.stderr)
                    bad += 1
        if bad:
            print(f"check FAILED: {bad} problem(s)", file=sys.stderr)
            return 1
        print(f"check OK: {len(exp_map)} files match MANIFEST.sha256")
        return 0
    os.makedirs(args.out, exist_ok=True)
    write_tree(args.out, files, summary)
    if not args.quiet:
        scored, optional, must_not = counts(summary)
        print(f"documents {len(summary)}, pages {sum(s['meta']['pages'] for s in summary)}")
        print("scored", scored, "total", sum(scored.values()))
        print("optional", optional, "total", sum(optional.values()))
        print("must_not", must_not)
    return 0


if __name__ == "__main__":
    sys.exit(main())
