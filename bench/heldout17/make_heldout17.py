#!/usr/bin/env python
"""Build held-out extraction test set 17 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout17.py                 build into this folder (keeps an existing README)
    python make_heldout17.py --check         verify MANIFEST.sha256
    python make_heldout17.py --determinism   build twice under /tmp/heldout17_work, compare
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import sys
from datetime import date

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("R", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
               ("S", "DejaVuSerif.ttf"), ("SB", "DejaVuSerif-Bold.ttf"), ("SI", "DejaVuSerif-Italic.ttf"),
               ("M", "DejaVuSansMono.ttf"), ("MB", "DejaVuSansMono-Bold.ttf"),
               ("H", "DejaVuSansCondensed-Oblique.ttf"), ("HS", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))

DOCUMENT_TYPES = {"lab_result", "prescription", "discharge_summary", "immunization_record",
                  "medical_record", "other"}
VITAL_KINDS = {"blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi"}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
WHYS = {"negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet", "other"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(iso, style):
    y, m, d = (int(p) for p in iso.split("-"))
    return {
        "m/d/Y": f"{m:02d}/{d:02d}/{y}", "d/m/Y": f"{d:02d}/{m:02d}/{y}",
        "d-M-Y": f"{d:02d}-{MONTHS[m-1][:3]}-{y}", "j F Y": f"{d} {MONTHS[m-1]} {y}",
        "d.m.Y": f"{d:02d}.{m:02d}.{y}", "Y-m-d": f"{y}-{m:02d}-{d:02d}",
        "Y/m/d": f"{y}/{m:02d}/{d:02d}", "Y.m.d": f"{y}.{m:02d}.{d:02d}",
    }[style]


class Hand(str):
    """A cell / value written by hand."""


class Doc:
    def __init__(self, num, slug, country, dtype, kind, style, ext="pdf", scan=None, size=A4):
        self.num, self.slug, self.country, self.dtype, self.kind = num, slug, country, dtype, kind
        self.style, self.ext, self.scan, self.size = style, ext, scan, size
        self.stem = f"{num:02d}_{slug}"
        self.W, self.Hh = size
        self.pages = [[]]
        self.y = self.Hh - 50
        self.drawn = []
        self.hand_used = False
        self.rng = random.Random("heldout17-hand-" + self.stem)
        self.run_header = None
        self.meds, self.labs, self.vitals, self.allergies = [], [], [], []
        self.conds, self.imms, self.mn = [], [], []
        self.x0, self.x1 = 48, self.W - 48

    # ---- dates
    def d(self, iso):
        return fmt_date(iso, self.style)

    # ---- low level
    def op(self, fn):
        self.pages[-1].append(fn)

    def text(self, x, y, s, font="R", size=9, color=(0, 0, 0), align="l"):
        self.drawn.append(s)
        def f(c, x=x, y=y, s=s, font=font, size=size, color=color, align=align):
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            if align == "l":
                c.drawString(x, y, s)
            elif align == "r":
                c.drawRightString(x, y, s)
            else:
                c.drawCentredString(x, y, s)
        self.op(f)

    def hand_text(self, x, y, s, size=11, color=(0.08, 0.12, 0.45)):
        """Handwriting: oblique font, drawn character by character with jitter."""
        self.drawn.append(s)
        self.hand_used = True
        glyphs = []
        cx = x
        for ch in s:
            sz = size * (1 + self.rng.uniform(-0.07, 0.07))
            dy = self.rng.uniform(-1.0, 1.0)
            ang = self.rng.uniform(-5, 5)
            glyphs.append((cx, y + dy, ang, sz, ch))
            cx += pdfmetrics.stringWidth(ch, "H", sz) * (1 + self.rng.uniform(-0.02, 0.06))
        def f(c, glyphs=glyphs, color=color):
            c.setFillColorRGB(*color)
            for gx, gy, ang, sz, ch in glyphs:
                c.saveState()
                c.translate(gx, gy)
                c.rotate(ang)
                c.setFont("H", sz)
                c.drawString(0, 0, ch)
                c.restoreState()
        self.op(f)
        return cx - x

    def line(self, x1, y1, x2, y2, w=0.6, gray=0):
        def f(c):
            c.setStrokeColorRGB(gray, gray, gray)
            c.setLineWidth(w)
            c.line(x1, y1, x2, y2)
        self.op(f)

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        def f(c):
            c.setLineWidth(lw)
            c.setStrokeColorRGB(0, 0, 0)
            if fill is not None:
                c.setFillColorRGB(*fill)
                c.rect(x, y, w, h, stroke=1, fill=1)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
        self.op(f)

    def tick(self, x, y, s=9, cross=False):
        """Vector tick (or cross) inside a box whose lower-left is x, y."""
        jit = [self.rng.uniform(-0.8, 0.8) for _ in range(6)]
        def f(c):
            c.setStrokeColorRGB(0.08, 0.12, 0.45)
            c.setLineWidth(1.3)
            if cross:
                c.line(x + 1.5 + jit[0], y + 1.5, x + s - 1.5, y + s - 1.5 + jit[1])
                c.line(x + 1.5, y + s - 1.5 + jit[2], x + s - 1.5 + jit[3], y + 1.5)
            else:
                p = c.beginPath()
                p.moveTo(x + 1 + jit[0], y + s * 0.5 + jit[1])
                p.lineTo(x + s * 0.4 + jit[2], y + 1 + jit[3] * 0.5)
                p.lineTo(x + s + 2 + jit[4], y + s + 2 + jit[5])
                c.drawPath(p, stroke=1, fill=0)
        self.op(f)

    # ---- flow layout
    def newpage(self):
        self.pages.append([])
        self.y = self.Hh - 50
        if self.run_header:
            self.text(self.x0, self.y, self.run_header, "R", 7.5, (0.3, 0.3, 0.3))
            self.line(self.x0, self.y - 4, self.x1, self.y - 4, 0.4, 0.5)
            self.y -= 18

    def ensure(self, h):
        if self.y - h < 62:
            self.newpage()

    def gap(self, h=6):
        self.y -= h

    def rule(self, w=0.8):
        self.line(self.x0, self.y, self.x1, self.y, w)
        self.y -= 8

    def wrap(self, s, font, size, width):
        out, cur = [], ""
        for para in s.split("\n"):
            cur = ""
            for w in para.split(" "):
                t = (cur + " " + w) if cur else w
                if pdfmetrics.stringWidth(t, font, size) <= width:
                    cur = t
                else:
                    if cur:
                        out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def letterhead(self, name, lines, right=(), font="B", size=14, color=(0.05, 0.2, 0.4)):
        top = self.y
        self.text(self.x0, self.y, name, font, size, color)
        self.y -= size + 2
        for ln in lines:
            self.text(self.x0, self.y, ln, "R", 8, (0.25, 0.25, 0.25))
            self.y -= 10
        yr = top
        for ln in right:
            self.text(self.x1, yr, ln, "R", 8, (0.25, 0.25, 0.25), "r")
            yr -= 10
        self.y = min(self.y, yr) - 2
        self.line(self.x0, self.y, self.x1, self.y, 1.2, 0.2)
        self.y -= 16

    def title(self, s, size=12, font="B", align="l"):
        self.ensure(size + 8)
        x = {"l": self.x0, "c": (self.x0 + self.x1) / 2}[align]
        self.text(x, self.y, s, font, size, (0, 0, 0), align)
        self.y -= size + 6

    def para(self, s, size=9.5, font="R", indent=0, lead=1.35):
        lines = self.wrap(s, font, size, self.x1 - self.x0 - indent)
        for ln in lines:
            self.ensure(size * lead)
            self.text(self.x0 + indent, self.y, ln, font, size)
            self.y -= size * lead
        self.y -= 3

    def bullets(self, items, size=9.5, font="R"):
        for it in items:
            lines = self.wrap(it, font, size, self.x1 - self.x0 - 14)
            for i, ln in enumerate(lines):
                self.ensure(size * 1.35)
                if i == 0:
                    self.text(self.x0 + 4, self.y, "\u2022", font, size)
                self.text(self.x0 + 14, self.y, ln, font, size)
                self.y -= size * 1.35
        self.y -= 3

    def kv(self, pairs, cols=2, size=9, lw=None):
        colw = (self.x1 - self.x0) / cols
        lw = lw or colw * 0.38
        for i in range(0, len(pairs), cols):
            self.ensure(size * 1.5)
            for j, (k, v) in enumerate(pairs[i:i + cols]):
                x = self.x0 + j * colw
                self.text(x, self.y, k, "B", size)
                if isinstance(v, Hand):
                    self.hand_text(x + lw, self.y, v, size + 2)
                    self.line(x + lw, self.y - 2, x + colw - 8, self.y - 2, 0.3, 0.5)
                elif v:
                    self.text(x + lw, self.y, v, "R", size)
            self.y -= size * 1.55
        self.y -= 3

    def table(self, headers, rows, widths, size=8.3, head_fill=(0.85, 0.88, 0.92), fonts=None,
              grid=True, pad=3):
        total = self.x1 - self.x0
        ws = [w * total / sum(widths) for w in widths]
        lead = size * 1.25

        def draw_row(cells, bold, fill):
            wrapped = []
            for k, cell in enumerate(cells):
                cell = cell if cell is not None else ""
                if isinstance(cell, Hand):
                    wrapped.append([cell])
                else:
                    fnt = "B" if bold else (fonts[k] if fonts else "R")
                    wrapped.append(self.wrap(str(cell), fnt, size, ws[k] - 2 * pad))
            h = max(len(w) for w in wrapped) * lead + 2 * pad
            self.ensure(h + 2)
            if fill:
                self.rect(self.x0, self.y - h, total, h, fill=fill, lw=0.5)
            x = self.x0
            for k, wl in enumerate(wrapped):
                yy = self.y - pad - size
                for ln in wl:
                    if isinstance(ln, Hand):
                        self.hand_text(x + pad, yy - 1, ln, size + 2)
                    elif ln:
                        fnt = "B" if bold else (fonts[k] if fonts else "R")
                        self.text(x + pad, yy, ln, fnt, size)
                    yy -= lead
                if grid:
                    self.line(x, self.y, x, self.y - h, 0.4)
                x += ws[k]
            if grid:
                self.line(x, self.y, x, self.y - h, 0.4)
                self.line(self.x0, self.y - h, self.x1, self.y - h, 0.4)
                self.line(self.x0, self.y, self.x1, self.y, 0.4)
            else:
                self.line(self.x0, self.y - h, self.x1, self.y - h, 0.25, 0.6)
            self.y -= h

        if headers:
            self.ensure(4 * lead)
            draw_row(headers, True, head_fill)
        for r in rows:
            before = len(self.pages)
            # repeat the header when a row lands on a new page
            wrapped_h = 3 * lead
            if self.y - wrapped_h < 62 and headers:
                self.newpage()
                draw_row(headers, True, head_fill)
            assert len(self.pages) >= before
            draw_row(r, False, None)
        self.y -= 8

    def checks(self, rows, size=8.8, qw=0.62):
        """Form rows: (question, answer 'Y'/'N'/None, detail). Yes / No tick boxes."""
        total = self.x1 - self.x0
        xq, xy, xn, xd = self.x0, self.x0 + total * qw, self.x0 + total * qw + 34, self.x0 + total * qw + 70
        self.ensure(30)
        self.text(xy, self.y, "Yes", "B", size)
        self.text(xn, self.y, "No", "B", size)
        self.text(xd, self.y, "Details", "B", size)
        self.y -= size * 1.6
        for q, ans, det in rows:
            lines = self.wrap(q, "R", size, total * qw - 8)
            h = len(lines) * size * 1.25 + 6
            self.ensure(h)
            yy = self.y
            for ln in lines:
                self.text(xq, yy, ln, "R", size)
                yy -= size * 1.25
            for xb, key in ((xy, "Y"), (xn, "N")):
                self.rect(xb + 2, self.y - 2, 9, 9, lw=0.7)
                if ans == key:
                    self.tick(xb + 2, self.y - 2)
            if det:
                self.hand_text(xd, self.y, det, size + 2)
            self.line(self.x0, self.y - h + size, self.x1, self.y - h + size, 0.25, 0.6)
            self.y -= h
        self.y -= 6

    def hand_line(self, label, s, size=11):
        self.ensure(18)
        x = self.x0
        if label:
            self.text(x, self.y, label, "B", 9)
            x += pdfmetrics.stringWidth(label, "B", 9) + 6
        self.hand_text(x, self.y, s, size)
        self.y -= size * 1.7

    def signature(self, name, role, hand=True):
        self.ensure(50)
        self.gap(6)
        if hand:
            self.hand_text(self.x0, self.y, name, 15, (0.05, 0.05, 0.3))
        self.y -= 12
        self.line(self.x0, self.y + 8, self.x0 + 180, self.y + 8, 0.4)
        self.text(self.x0, self.y - 2, name, "B", 9)
        self.y -= 12
        self.text(self.x0, self.y - 2, role, "R", 8.5)
        self.y -= 16

    # ---- truth rows
    def med(self, name, brand, dose, unit, route, freq, status="active", optional=False):
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": freq, "status": status}
        if optional:
            r["optional"] = True
        self.meds.append(r)

    def lab(self, test, vt, unit, lo, hi, rtext, flag, iso, aliases=(), num="auto"):
        if num == "auto":
            try:
                num = float(vt.replace(",", ""))
            except ValueError:
                num = None
        self.labs.append({"test_name": test, "value_text": vt, "value_numeric": num, "unit": unit,
                          "reference_low": lo, "reference_high": hi, "reference_text": rtext,
                          "flag": flag, "date": iso, "aliases": list(aliases)})

    def vit(self, kind, vt, num, sec, unit):
        self.vitals.append({"kind": kind, "value_text": vt, "value_numeric": num,
                            "value_secondary": sec, "unit": unit})

    def alg(self, sub, reaction=None, severity=None):
        self.allergies.append({"substance": sub, "reaction": reaction, "severity": severity})

    def cond(self, name, status="active", icd=None, aliases=()):
        self.conds.append({"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)})

    def imm(self, vaccine, iso, dose=None, lot=None, brand=None, amb=None):
        if amb is None:
            amb = False
        self.imms.append({"vaccine": vaccine, "administered_on": iso, "dose_number": dose,
                          "lot_number": lot, "brand": brand, "date_ambiguous": amb})

    def no(self, cat, name, why, note=""):
        self.mn.append({"category": cat, "name": name, "why": why, "note": note})

    def truth(self):
        return {"file": f"docs/{self.stem}.{self.ext}", "country": self.country,
                "document_type": self.dtype, "medications": self.meds, "labs": self.labs,
                "vitals": self.vitals, "allergies": self.allergies, "conditions": self.conds,
                "immunizations": self.imms, "must_not": self.mn}

    # ---- rendering
    def render_pdf(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=self.size, invariant=1)
        c.setTitle(f"Held-out 17 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout17.py")
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            for f in ops:
                f(c)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont("R", 7)
            c.drawString(self.x0, 28, FOOTER)
            c.drawRightString(self.x1, 28, f"Page {i + 1} of {n}")
            c.showPage()
        for i in range(n):
            self.drawn.append(FOOTER)
            self.drawn.append(f"Page {i + 1} of {n}")
        c.save()
        return buf.getvalue()


# ----------------------------------------------------------------------------- scans
def scanify(pdf_bytes, doc, out_path):
    """Render pages, rotate, blur, tone, uneven light, noise. Returns the image PDF / image."""
    sc = doc.scan
    pdf = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(int(hashlib.sha256(("scan-" + doc.stem).encode()).hexdigest()[:8], 16))
    imgs = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=sc["dpi"] / 72).to_pil().convert("RGB")
        ang = sc["angle"] * (1 if i % 2 == 0 else 0.85)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        img = img.filter(ImageFilter.GaussianBlur(sc.get("blur", 0.7)))
        a = np.asarray(img).astype(np.float32) / 255.0
        h, w, _ = a.shape
        paper = np.array(sc.get("paper", (0.96, 0.94, 0.88)), dtype=np.float32)
        a = a * paper
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        light = 1.0 - 0.10 * (xx / w) - 0.07 * ((yy / h - 0.3) ** 2)
        a = a * light[..., None]
        a = a + rng.normal(0, 0.022, a.shape).astype(np.float32)
        a = np.clip(a, 0, 1)
        imgs.append(Image.fromarray((a * 255).astype(np.uint8)))
    pdf.close()
    if doc.ext == "jpg":
        assert len(imgs) == 1
        imgs[0].save(out_path, "JPEG", quality=86)
    elif doc.ext == "png":
        assert len(imgs) == 1
        imgs[0].save(out_path, "PNG", optimize=False)
    else:
        c = canvas.Canvas(out_path, pagesize=doc.size, invariant=1)
        c.setCreator("scanner")
        for im in imgs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=82)
            b.seek(0)
            c.drawImage(ImageReader(b), 0, 0, doc.size[0], doc.size[1])
            c.showPage()
        c.save()
    return len(imgs)


# ----------------------------------------------------------------------------- checks
def norm(s):
    return re.sub(r"\s+", "", s).lower()


def is_iso(s):
    try:
        return date.fromisoformat(s).isoformat() == s
    except Exception:
        return False


class CheckError(Exception):
    pass


def check_doc(doc, pdf_text):
    errs = []
    t = doc.truth()
    drawn = norm(" ".join(doc.drawn))
    layer = norm(pdf_text) if pdf_text is not None else None

    def present(s, what):
        if s is None:
            return
        n = norm(str(s))
        if n not in drawn:
            errs.append(f"{doc.stem}: {what} {s!r} not drawn")
        elif layer is not None and n not in layer:
            errs.append(f"{doc.stem}: {what} {s!r} not in text layer")

    if t["document_type"] not in DOCUMENT_TYPES:
        errs.append("bad document_type")
    for m in t["medications"]:
        if m["status"] not in MED_STATUS:
            errs.append(f"bad status {m}")
        for k in ("name", "brand", "dose", "unit", "route", "frequency"):
            present(m[k], "med." + k)
        if m["status"] in ("stopped", "held", "completed"):
            if not any(x["category"] == "medications" and x["name"].lower() == m["name"].lower()
                       and x["why"] == "stopped" for x in t["must_not"]):
                errs.append(f"{doc.stem}: {m['name']} {m['status']} lacks must_not")
    for l in t["labs"]:
        for k in ("test_name", "value_text", "unit", "reference_text"):
            present(l[k], "lab." + k)
        if not is_iso(l["date"]):
            errs.append(f"bad date {l}")
        else:
            present(doc.d(l["date"]), "lab.date")
        if l["flag"] not in (None, "normal", "high", "low", "critical", "abnormal"):
            errs.append(f"bad flag {l}")
    for v in t["vitals"]:
        if v["kind"] not in VITAL_KINDS:
            errs.append(f"bad vital kind {v}")
        present(v["value_text"], "vital.value")
        present(v["unit"], "vital.unit")
    for a in t["allergies"]:
        present(a["substance"], "allergy")
        present(a["reaction"], "allergy.reaction")
        present(a["severity"], "allergy.severity")
    for c in t["conditions"]:
        present(c["name"], "condition")
        present(c["icd10_code"], "condition.icd")
    for i in t["immunizations"]:
        present(i["vaccine"], "imm.vaccine")
        present(i["lot_number"], "imm.lot")
        present(i["brand"], "imm.brand")
        if not is_iso(i["administered_on"]):
            errs.append(f"bad imm date {i}")
        else:
            present(doc.d(i["administered_on"]), "imm.date")
    for x in t["must_not"]:
        if x["why"] not in WHYS:
            errs.append(f"bad why {x}")
        if x["category"] not in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations"):
            errs.append(f"bad category {x}")
        present(x["name"], "must_not")
    opt = sum(1 for cat in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
              for r in t[cat] if r.get("optional"))
    if opt > 1:
        errs.append(f"{doc.stem}: {opt} optional rows")
    if not any(FOOTER in s for s in doc.drawn):
        errs.append("footer missing")
    return errs


# ============================================================================ DOCUMENTS
DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn

def _fl(code, has_ref):
    code = (code or "").strip()
    m = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "A": "abnormal", "*": "abnormal",
         "CRIT": "critical"}
    if code:
        return m[code]
    return "normal" if has_ref else None


def _split(cell):
    m = re.match(r"^([<>]?[0-9.]+)\s*(HH|LL|H|L)?$", cell)
    return m.group(1), m.group(2)


@document
def d01():
    d = Doc(1, "guam_cumulative_lab", "Guam", "lab_result", "lab report (cumulative, 3 dates)", "m/d/Y", size=letter)
    d.letterhead("Marianas Pacific Diagnostic Laboratory", [
        "Suite 204, 1088 Marine Corps Drive, Tamuning, Guam 96913, USA",
        "Tel +1 671 649 3380   Fax +1 671 649 3381   CLIA 65D0098812"],
        right=["CUMULATIVE REPORT", "Printed 03/05/2025"])
    d.kv([("Patient:", "CRUZ-TAITANO, Rosalinda M."), ("MRN:", "MPD-0448172"),
          ("DOB:", "07/22/1961 (63 y)  Sex: F"), ("Ordering:", "Jose P. Aguon, MD"),
          ("Clinic:", "Dededo Family Health Center"), ("Account:", "A-22871650")])
    dates = ["2024-11-04", "2025-01-06", "2025-03-03"]
    rows = [  # test, aliases, unit, ref text, lo, hi, ref_text_for_truth, [cells]
        ("Glucose, fasting", ["FBG"], "mg/dL", "70-99", 70.0, 99.0, None, ["148H", "131H", "118H"]),
        ("Hemoglobin A1c", ["HbA1c"], "%", "4.0-5.6", 4.0, 5.6, None, ["8.4H", "7.6H", "7.1H"]),
        ("Creatinine", [], "mg/dL", "0.60-1.20", 0.6, 1.2, None, ["1.32H", "1.28H", "1.21H"]),
        ("eGFR (CKD-EPI 2021)", ["eGFR"], "mL/min/1.73m2", ">=60", 60.0, None, ">=60", ["45L", "47L", "50L"]),
        ("Potassium", ["K"], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["4.8", "5.3H", "4.9"]),
        ("Sodium", ["Na"], "mmol/L", "136-145", 136.0, 145.0, None, ["139", "137", "140"]),
        ("LDL Cholesterol, calc", ["LDL"], "mg/dL", "<100", None, 100.0, "<100", ["142H", "98", "88"]),
        ("Hemoglobin", ["Hgb"], "g/dL", "12.0-15.5", 12.0, 15.5, None, ["11.4L", "11.8L", "12.3"]),
        ("Albumin/Creatinine Ratio, urine", ["UACR"], "mg/g", "<30", None, 30.0, "<30", ["64H", "51H", "38H"]),
    ]
    d.title("Chemistry / Hematology - Cumulative Results", 11)
    d.para("Flags: H = above reference interval, L = below reference interval. Results listed oldest to newest.", 8)
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([f"{test} ({al[0]})" if al else test] + cells + [unit, ref])
        for iso, cell in zip(dates, cells):
            v, f = _split(cell)
            d.lab(test, v, unit, lo, hi, rt, _fl(f, True), iso, al)
    d.table(["Test", "Collected " + d.d(dates[0]), "Collected " + d.d(dates[1]), "Collected " + d.d(dates[2]),
             "Units", "Ref. Interval"], tab, [3.2, 1.5, 1.5, 1.5, 1.5, 1.3])
    d.title("Pending", 10)
    d.table(["Test", "Collected", "Status"], [["Vitamin B12", d.d(dates[2]), "PENDING - sent to reference lab"]],
            [3, 1.5, 3])
    d.no("labs", "Vitamin B12", "other", "pending")
    d.para("Comment (03/03/2025): eGFR calculated with the race-free CKD-EPI 2021 equation. Fasting status confirmed by patient.", 8)
    d.para("Verified by: L. Mesa, MLS(ASCP). Medical Director: Carmen B. Leon Guerrero, MD.", 8)
    return d


@document
def d02():
    d = Doc(2, "taiwan_lab_previous", "Taiwan", "lab_result", "lab report (previous-result column)", "Y/m/d")
    d.letterhead("Keelung Harbourview Hospital - Department of Laboratory Medicine", [
        "No. 57, Zhongzheng Road, Zhongzheng District, Keelung City 202, Taiwan (R.O.C.)",
        "Tel +886 2 2463 7105   English-language report for international patients"])
    d.kv([("Name:", "LIN, Wei-Chen"), ("Chart No.:", "KHH-3307815"), ("Sex/Age:", "M / 52"),
          ("Dept.:", "Gastroenterology OPD"), ("Physician:", "Dr. Huang Yu-Ting"),
          ("Collected:", "2025/02/18 08:42"), ("Reported:", "2025/02/18 14:10"), ("Specimen:", "Serum / EDTA blood")])
    cur, prev = "2025-02-18", "2024-08-20"
    rows = [
        ("WBC", [], "10^3/uL", "3.5-11.0", 3.5, 11.0, None, ("12.6", "H"), ("7.8", "")),
        ("Hemoglobin", ["Hb"], "g/dL", "13.5-17.5", 13.5, 17.5, None, ("14.2", ""), ("15.0", "")),
        ("Platelet", ["PLT"], "10^3/uL", "150-400", 150.0, 400.0, None, ("221", ""), ("240", "")),
        ("ALT (GPT)", ["GPT"], "U/L", "0-40", 0.0, 40.0, None, ("68", "H"), ("52", "H")),
        ("AST (GOT)", ["GOT"], "U/L", "0-40", 0.0, 40.0, None, ("45", "H"), ("38", "")),
        ("Total bilirubin", ["T-Bil"], "mg/dL", "0.2-1.3", 0.2, 1.3, None, ("0.9", ""), ("0.8", "")),
        ("Uric acid", ["UA"], "mg/dL", "3.5-7.2", 3.5, 7.2, None, ("8.6", "H"), ("8.1", "H")),
        ("Triglyceride", ["TG"], "mg/dL", "<150", None, 150.0, "<150", ("210", "H"), ("188", "H")),
        ("HBsAg", [], None, "Non-reactive", None, None, "Non-reactive", ("Reactive", "A"), ("Reactive", "A")),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, c, p in rows:
        tab.append([test, c[0], c[1], p[0], p[1], unit or "", ref])
        d.lab(test, c[0], unit, lo, hi, rt, _fl(c[1], True), cur, al)
        d.lab(test, p[0], unit, lo, hi, rt, _fl(p[1], True), prev, al)
    d.table(["Item", "Result " + d.d(cur), "Flag", "Previous " + d.d(prev), "Flag", "Unit", "Reference"],
            tab, [2.2, 1.6, 0.7, 1.7, 0.7, 1.1, 1.4])
    d.para("H: high  L: low  A: abnormal. Previous results are from this laboratory. HBV DNA viral load "
           "was requested and is pending (send-out).", 8)
    d.no("labs", "HBV DNA viral load", "other", "pending")
    d.para("Medical technologist: Chen Mei-Hua (MT-0915)   Reviewed: Dr. Tsai Cheng-Han, Clinical Pathology", 8)
    return d


@document
def d03():
    d = Doc(3, "louisiana_urinalysis", "United States (Louisiana)", "lab_result", "lab report (urinalysis)", "m/d/Y",
            ext="jpg", scan={"dpi": 170, "angle": -1.4}, size=letter)
    d.letterhead("Bayou Teche Regional Laboratory Services", [
        "412 Rue Principale, Breaux Bridge, LA 70517, USA   Tel +1 337 555 0148",
        "CLIA 19D2088417   Lab Director: Anne-Marie Guidry, MD"])
    iso = "2025-02-11"
    d.kv([("Patient:", "THIBODEAUX, Claire A."), ("DOB:", "04/09/1988"), ("MRN:", "BT-771204"),
          ("Collected:", d.d(iso) + " 09:15"), ("Provider:", "R. Landry, FNP-C"), ("Source:", "Urine, clean catch")])
    d.title("URINALYSIS, COMPLETE WITH MICROSCOPIC", 10)
    ua = [
        ("Specific Gravity", "1.025", None, "1.005-1.030", 1.005, 1.03, None, ""),
        ("pH", "6.0", None, "5.0-8.0", 5.0, 8.0, None, ""),
        ("Protein, urine", "Trace", None, "Negative", None, None, "Negative", "A"),
        ("Glucose, urine", "Negative", None, "Negative", None, None, "Negative", ""),
        ("Ketones", "Negative", None, "Negative", None, None, "Negative", ""),
        ("Blood, urine", "2+", None, "Negative", None, None, "Negative", "A"),
        ("Leukocyte Esterase", "Moderate", None, "Negative", None, None, "Negative", "A"),
        ("Nitrite", "Positive", None, "Negative", None, None, "Negative", "A"),
        ("WBC, urine", "25-50", "/hpf", "0-5", 0.0, 5.0, None, "H"),
        ("RBC, urine", "5-10", "/hpf", "0-2", 0.0, 2.0, None, "H"),
        ("Bacteria", "Many", None, "None seen", None, None, "None seen", "A"),
    ]
    tab = []
    for t, v, u, ref, lo, hi, rt, f in ua:
        tab.append([t, v, f, u or "", ref])
        num = float(v) if re.match(r"^[0-9.]+$", v) else None
        d.lab(t, v, u, lo, hi, rt, _fl(f, True), iso, num=num)
    d.table(["Test", "Result", "Flag", "Units", "Reference"], tab, [3, 1.5, 0.8, 1, 1.7])
    d.title("BASIC CHEMISTRY", 10)
    d.table(["Test", "Result", "Flag", "Units", "Reference"],
            [["BUN", "14", "", "mg/dL", "7-20"], ["Creatinine", "0.9", "", "mg/dL", "0.6-1.1"]], [3, 1.5, 0.8, 1, 1.7])
    d.lab("BUN", "14", "mg/dL", 7.0, 20.0, None, "normal", iso)
    d.lab("Creatinine", "0.9", "mg/dL", 0.6, 1.1, None, "normal", iso)
    d.para("Urine culture: specimen received, culture in progress - PENDING. Final report to follow in 48-72 hours.", 8.5)
    d.no("labs", "Urine culture", "other", "pending")
    d.para("A = abnormal, H = high. Reviewed electronically by M. Fontenot, MT(ASCP).", 8)
    return d


@document
def d04():
    d = Doc(4, "switzerland_lab_pending", "Switzerland", "lab_result", "lab report (flags attached, pending tests)", "d.m.Y")
    d.letterhead("Laborgemeinschaft Seeland AG", [
        "Bahnhofstrasse 41, 2502 Biel/Bienne, Switzerland",
        "Tel +41 32 555 71 20   English report on request"], right=["Report no. 25-031488", "Final/partial report"])
    iso = "2025-03-14"
    d.kv([("Patient:", "Mrs Johanna Keller-Brunner"), ("Born:", "02.11.1979"), ("Patient ID:", "LGS-5528103"),
          ("Sampled:", d.d(iso)), ("Requested by:", "Dr. med. Lukas Marti, Praxis am Zentralplatz"),
          ("Insurance:", "KVG")])
    rows = [
        ("TSH", [], "6.2H", "mU/L", "0.27 - 4.20", 0.27, 4.2, None),
        ("Free T4", ["fT4"], "11.9L", "pmol/L", "12.0 - 22.0", 12.0, 22.0, None),
        ("C-reactive protein", ["CRP"], "3", "mg/L", "< 5", None, 5.0, "< 5"),
        ("Ferritin", [], "18L", "µg/L", "30 - 400", 30.0, 400.0, None),
        ("25-OH Vitamin D", ["Vitamin D"], "42L", "nmol/L", "75 - 250", 75.0, 250.0, None),
        ("Haemoglobin", ["Hb"], "128", "g/L", "120 - 160", 120.0, 160.0, None),
        ("MCV", [], "79L", "fL", "80 - 98", 80.0, 98.0, None),
        ("Cholesterol, total", [], "6.4H", "mmol/L", "< 5.0", None, 5.0, "< 5.0"),
        ("HbA1c", [], "5.9H", "%", "4.0 - 5.6", 4.0, 5.6, None),
    ]
    tab = []
    for t, al, cell, u, ref, lo, hi, rt in rows:
        tab.append([t + (f" ({al[0]})" if al and al[0] not in t else ""), cell, u, ref])
        v, f = _split(cell)
        d.lab(t, v, u, lo, hi, rt, _fl(f, True), iso, al)
    d.table(["Analysis", "Result", "Unit", "Reference range"], tab, [3, 1.3, 1.2, 1.6])
    d.title("Still in progress", 10)
    d.table(["Analysis", "Status"], [["Anti-TPO antibodies", "pending - result expected 18.03.2025"],
                                     ["tTG-IgA (coeliac serology)", "pending"]], [3, 4])
    d.no("labs", "Anti-TPO antibodies", "other", "pending")
    d.no("labs", "tTG-IgA", "other", "pending")
    d.para("H/L appended to the result = above/below reference range. Validated by Dr. sc. nat. Corinne Moser, FAMH.", 8)
    return d


@document
def d05():
    d = Doc(5, "turkey_lab_flagcol", "Turkey", "lab_result", "lab report (units in value column, flag column)", "d.m.Y")
    d.letterhead("Antalya Lara International Hospital - Central Laboratory", [
        "Güzeloba Mah. 2214 Sok. No: 9, 07230 Muratpaşa / Antalya, Türkiye",
        "Tel +90 242 555 38 00   International Patient Office ext. 4410"])
    iso = "22.01.2025"
    di = "2025-01-22"
    d.kv([("Patient:", "Mr Graham Whitlock"), ("Protocol No:", "ALI-25-004127"), ("Passport:", "UK 55X0193"),
          ("Age/Sex:", "67 / M"), ("Sample date:", iso + " 07:55"), ("Doctor:", "Uzm. Dr. Elif Kaya (Internal Medicine)")])
    rows = [
        ("Glucose (fasting)", "112 mg/dL", "112", "mg/dL", "74 - 106", 74.0, 106.0, None, "H"),
        ("Urea", "32 mg/dL", "32", "mg/dL", "17 - 43", 17.0, 43.0, None, ""),
        ("Creatinine", "0.78 mg/dL", "0.78", "mg/dL", "0.51 - 0.95", 0.51, 0.95, None, ""),
        ("Potassium", "2.8 mmol/L", "2.8", "mmol/L", "3.5 - 5.1", 3.5, 5.1, None, "LL"),
        ("ALT", "24 U/L", "24", "U/L", "0 - 33", 0.0, 33.0, None, ""),
        ("GGT", "61 U/L", "61", "U/L", "6 - 42", 6.0, 42.0, None, "H"),
        ("Total Cholesterol", "238 mg/dL", "238", "mg/dL", "< 200", None, 200.0, "< 200", "H"),
        ("HDL Cholesterol", "38 mg/dL", "38", "mg/dL", "> 40", 40.0, None, "> 40", "L"),
        ("Vitamin B12", "162 pg/mL", "162", "pg/mL", "197 - 771", 197.0, 771.0, None, "L"),
        ("TSH", "1.84 mIU/L", "1.84", "mIU/L", "0.27 - 4.2", 0.27, 4.2, None, ""),
        ("Sedimentation (ESR)", "28 mm/h", "28", "mm/h", "0 - 20", 0.0, 20.0, None, "H"),
        ("C-Reactive Protein", "12.4 mg/L", "12.4", "mg/L", "0 - 5", 0.0, 5.0, None, "H"),
    ]
    tab = []
    for t, shown, v, u, ref, lo, hi, rt, f in rows:
        tab.append([t, shown, f, ref])
        al = {"Sedimentation (ESR)": ["ESR"], "C-Reactive Protein": ["CRP"]}.get(t, [])
        d.lab(t, v, u, lo, hi, rt, _fl(f, True), di, al)
    d.table(["Test", "Result", "Flag", "Reference"], tab, [3, 2, 0.8, 2])
    d.para("LL = critical low: potassium 2.8 mmol/L telephoned to Dr. Kaya at 09:12 on " + iso +
           " (read-back confirmed).", 8.5)
    d.para("Approved by: Doç. Dr. Murat Yılmaz, Medical Biochemistry.", 8)
    return d


@document
def d06():
    d = Doc(6, "quebec_coag_lab", "Canada (Quebec, English-language hospital)", "lab_result",
            "lab report (units in header)", "Y-m-d", ext="pdf", scan={"dpi": 160, "angle": 1.8})
    d.letterhead("Eastern Townships Memorial Hospital - Laboratory Medicine", [
        "1450 rue King Ouest, Sherbrooke (Québec) J1J 2E4, Canada   Tel +1 819 555 0172",
        "Anticoagulation Clinic / Clinique d'anticoagulation"])
    iso = "2025-04-07"
    d.kv([("Patient:", "MACKAY, Douglas R."), ("RAMQ:", "MACD 4811 2217"), ("Chart:", "ETM-0093314"),
          ("Collected:", d.d(iso) + " 08:20"), ("Physician:", "Dr. S. Gagnon-Whitfield"), ("Location:", "Outpatient")])
    d.title("Coagulation", 10)
    d.table(["Collected", "INR", "Prothrombin time (s)"],
            [[d.d(iso), "3.6 H", "38.2 H"], ["Reference", "2.0-3.0 (therapeutic)", "9.4-12.5"]], [2, 2, 2])
    d.lab("INR", "3.6", None, 2.0, 3.0, "2.0-3.0 (therapeutic)", "high", iso)
    d.lab("Prothrombin time", "38.2", "s", 9.4, 12.5, None, "high", iso, ["PT"])
    d.title("Hematology / Chemistry", 10)
    d.table(["Collected", "Hemoglobin (g/L)", "WBC (x10^9/L)", "Platelets (x10^9/L)", "Creatinine (µmol/L)", "eGFR (mL/min/1.73m2)"],
            [[d.d(iso), "138", "6.1", "189", "104", "64"],
             ["Reference", "135-175", "4.0-11.0", "150-400", "60-110", ">60"]], [1.3, 1.3, 1.3, 1.3, 1.4, 1.5])
    d.lab("Hemoglobin", "138", "g/L", 135.0, 175.0, None, "normal", iso)
    d.lab("WBC", "6.1", "x10^9/L", 4.0, 11.0, None, "normal", iso)
    d.lab("Platelets", "189", "x10^9/L", 150.0, 400.0, None, "normal", iso)
    d.lab("Creatinine", "104", "µmol/L", 60.0, 110.0, None, "normal", iso)
    d.lab("eGFR", "64", "mL/min/1.73m2", 60.0, None, ">60", "normal", iso)
    d.title("Cardiac markers", 10)
    d.table(["Collected", "NT-proBNP (ng/L)", "Troponin T hs (ng/L)"],
            [[d.d(iso), "1240 H", "18 H"], ["Reference", "<450", "<14"]], [2, 2, 2])
    d.lab("NT-proBNP", "1240", "ng/L", None, 450.0, "<450", "high", iso)
    d.lab("Troponin T hs", "18", "ng/L", None, 14.0, "<14", "high", iso)
    d.para("Warfarin dose advice given by anticoagulation nurse by telephone. Digoxin level: not received, "
           "specimen to be recollected.", 8.5)
    d.no("labs", "Digoxin level", "other", "not resulted")
    d.para("Validated: J. Bergeron, T.M. / Biochemist: Dr. A. O'Neill-Tremblay", 8)
    return d


@document
def d07():
    d = Doc(7, "pei_referral_letter", "Canada (Prince Edward Island)", "medical_record", "referral letter", "d-M-Y")
    d.letterhead("North Shore Family Practice", [
        "88 Brackley Point Road, Charlottetown, PE C1A 6Y2, Canada",
        "Tel +1 902 555 0163   Fax +1 902 555 0164"])
    d.para(d.d("2025-03-05"))
    d.para("Dr. Nadia Chaisson\nRheumatology Clinic, Queen Elizabeth Hospital\n60 Riverside Drive, Charlottetown, PE C1A 8T5")
    d.para("Re: Margaret (Peggy) MacLellan   DOB 14-Jun-1957   PEI Health No. 7720 481 336", font="B")
    d.para("Dear Dr. Chaisson,")
    d.para("Thank you for seeing Mrs MacLellan, a 67-year-old retired teacher, with a three-month history of "
           "symmetrical pain and morning stiffness of the hands and wrists lasting about two hours, with swelling "
           "of the MCP joints. I am concerned about an inflammatory arthritis, likely rheumatoid arthritis; "
           "?polymyalgia rheumatica was also considered given shoulder girdle stiffness. She denies fever, "
           "weight loss, rash or dry eyes. There is no history of psoriasis or inflammatory bowel disease.")
    d.no("conditions", "rheumatoid arthritis", "other", "suspected, referral question")
    d.no("conditions", "polymyalgia rheumatica", "other", "query")
    d.no("conditions", "psoriasis", "negated")
    d.para("Her bloods on " + d.d("2025-02-26") + " showed ESR 58 mm/h H (ref 0-30) and CRP 41 mg/L H (ref <8). "
           "Rheumatoid factor was positive at 64 IU/mL (ref <14). Anti-CCP is pending.")
    d.lab("ESR", "58", "mm/h", 0.0, 30.0, None, "high", "2025-02-26")
    d.lab("CRP", "41", "mg/L", None, 8.0, "<8", "high", "2025-02-26")
    d.lab("Rheumatoid factor", "64", "IU/mL", None, 14.0, "<14", "abnormal", "2025-02-26", ["RF"])
    d.no("labs", "Anti-CCP", "other", "pending")
    d.title("Past medical history", 10)
    d.bullets(["Hypertension (2011)", "Hypothyroidism", "Osteoarthritis of both knees",
               "GERD", "Cholecystectomy 2012", "Frozen shoulder, left - resolved 2019"])
    d.cond("Hypertension")
    d.cond("Hypothyroidism")
    d.cond("Osteoarthritis of both knees")
    d.cond("GERD", aliases=["gastro-oesophageal reflux disease"])
    d.no("conditions", "Cholecystectomy", "historical", "past surgery")
    d.no("conditions", "Frozen shoulder", "historical", "resolved")
    d.title("Current medications", 10)
    d.bullets(["Levothyroxine 100 mcg PO once daily", "Ramipril 5 mg PO once daily",
               "Pantoprazole 40 mg PO once daily before breakfast",
               "Prednisone 15 mg PO once daily - NEW, started by me today as a bridge",
               "Naproxen 500 mg BID - STOPPED 20-Feb-2025 because of dyspepsia"])
    d.med("levothyroxine", None, "100", "mcg", "PO", "once daily", "active")
    d.med("ramipril", None, "5", "mg", "PO", "once daily", "active")
    d.med("pantoprazole", None, "40", "mg", "PO", "once daily", "active")
    d.med("prednisone", None, "15", "mg", "PO", "once daily", "new")
    d.med("naproxen", None, "500", "mg", None, "BID", "stopped")
    d.no("medications", "naproxen", "stopped")
    d.title("Allergies", 10)
    d.para("Sulfa drugs - hives.  Codeine - nausea and vomiting.")
    d.alg("Sulfa drugs", "hives")
    d.alg("Codeine", "nausea and vomiting")
    d.para("On examination BP 138/84 mmHg, weight 72 kg. Synovitis of the 2nd and 3rd MCPs bilaterally. "
           "Her mother had rheumatoid arthritis. If the diagnosis is confirmed I would be happy to start "
           "methotrexate with folic acid under your guidance.")
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mmHg")
    d.vit("weight", "72", 72.0, None, "kg")
    d.no("conditions", "Her mother had rheumatoid arthritis", "family")
    d.no("medications", "methotrexate", "planned")
    d.para("Yours sincerely,")
    d.signature("Dr. Colin Arsenault", "Family Physician, CPSPEI #3318")
    return d


@document
def d08():
    d = Doc(8, "orkney_cardiology_letter", "Orkney (NHS Scotland)", "medical_record", "specialist letter", "j F Y")
    d.letterhead("NHS Orkney - The Balfour", [
        "Foreland Road, Kirkwall, Orkney KW15 1NZ, United Kingdom",
        "Visiting Cardiology Clinic   Tel +44 1856 555 082"], right=["Clinic date: 12 February 2025",
                                                                  "Dictated: 12 February 2025"])
    d.para("Dr Isla Rendall, Stromness Surgery, Stromness, Orkney KW16 3AA")
    d.para("Dear Dr Rendall", )
    d.para("RE: Thomas Flett, DOB 03/05/1950, CHI 0305501172, 4 Ness Road, Stromness", font="B")
    d.title("Diagnoses", 10)
    d.bullets(["Paroxysmal atrial fibrillation (CHA2DS2-VASc 4)", "Heart failure with reduced ejection fraction (LVEF 35%)",
               "Type 2 diabetes mellitus", "Chronic kidney disease stage 3a"])
    d.cond("Paroxysmal atrial fibrillation", aliases=["AF"])
    d.cond("Heart failure with reduced ejection fraction", aliases=["HFrEF"])
    d.cond("Type 2 diabetes mellitus")
    d.cond("Chronic kidney disease stage 3a", aliases=["CKD 3a"])
    d.title("Medication changes", 10)
    d.table(["Medicine", "Dose", "Instruction", "Change"], [
        ["Apixaban", "5 mg", "bd", "continue"],
        ["Bisoprolol", "5 mg", "mane", "increased from 2.5 mg"],
        ["Ramipril", "2.5 mg", "od", "continue"],
        ["Dapagliflozin", "10 mg", "once daily", "new - started today"],
        ["Furosemide", "40 mg", "mane", "continue"],
        ["Metformin", "500 mg", "bd", "continue"],
        ["Digoxin", "62.5 micrograms", "od", "stopped"]], [2, 1.6, 1.4, 2.4])
    d.med("apixaban", None, "5", "mg", None, "bd")
    d.med("bisoprolol", None, "5", "mg", None, "mane", "changed")
    d.med("ramipril", None, "2.5", "mg", None, "od")
    d.med("dapagliflozin", None, "10", "mg", None, "once daily", "new")
    d.med("furosemide", None, "40", "mg", None, "mane")
    d.med("metformin", None, "500", "mg", None, "bd")
    d.med("digoxin", None, "62.5", "micrograms", None, "od", "stopped")
    d.no("medications", "digoxin", "stopped")
    d.para("Thank you for asking me to see Mr Flett. He reports exertional breathlessness on one flight of stairs "
           "but denies chest pain, orthopnoea or syncope. There is no history of stroke or TIA. He had a "
           "myocardial infarction in 2016 treated with a stent to the LAD. His brother died of ischaemic heart "
           "disease aged 58. He is allergic to penicillin (rash).")
    d.no("conditions", "chest pain", "negated")
    d.no("conditions", "syncope", "negated")
    d.no("conditions", "stroke", "negated")
    d.no("conditions", "myocardial infarction", "historical", "2016")
    d.no("conditions", "ischaemic heart disease", "family")
    d.alg("penicillin", "rash")
    d.para("On examination pulse 88 bpm irregular, BP 124/76 mmHg, weight 84.3 kg, mild ankle oedema. "
           "His eGFR on 5 February 2025 was 52 mL/min/1.73m2 and potassium 4.6 mmol/L.")
    d.vit("heart_rate", "88", 88.0, None, "bpm")
    d.vit("blood_pressure", "124/76", 124.0, 76.0, "mmHg")
    d.vit("weight", "84.3", 84.3, None, "kg")
    d.lab("eGFR", "52", "mL/min/1.73m2", None, None, None, None, "2025-02-05")
    d.lab("potassium", "4.6", "mmol/L", None, None, None, None, "2025-02-05")
    d.para("Digoxin has been stopped as rate control is adequate on the higher bisoprolol dose. I would consider "
           "switching ramipril to sacubitril/valsartan at review if his blood pressure allows. Please repeat U&E "
           "in 2 weeks.")
    d.no("medications", "sacubitril/valsartan", "planned")
    d.para("Yours sincerely")
    d.signature("Dr Fiona Drever", "Consultant Cardiologist, NHS Grampian visiting service")
    return d


@document
def d09():
    d = Doc(9, "maine_progress_note", "United States (Maine)", "medical_record", "progress note (negatives, family history)",
            "m/d/Y", size=letter)
    d.letterhead("Penobscot Bay Community Health Center", [
        "17 Elm Street, Rockland, ME 04841, USA   Tel +1 207 555 0119"],
        right=["PROGRESS NOTE", "Date of service: 01/09/2025"])
    d.kv([("Patient:", "Harold J. Pelletier"), ("DOB:", "10/02/1954"), ("MRN:", "PBC-204418"),
          ("Provider:", "Sarah Bouchard, MD"), ("Visit:", "Follow-up, cough"), ("Insurance:", "Medicare")])
    d.title("Subjective", 10)
    d.para("70M with COPD (GOLD 3) presents with 5 days of increased cough and yellow sputum. Denies chest pain. "
           "Denies hemoptysis. No fever or chills at home. Denies leg swelling. Finished the azithromycin Z-Pak "
           "prescribed by urgent care on 01/02/2025. Mood stable on sertraline; denies suicidal ideation. "
           "Uses CPAP nightly for obstructive sleep apnea.")
    d.no("conditions", "chest pain", "negated")
    d.no("conditions", "hemoptysis", "negated")
    d.no("conditions", "fever", "negated")
    d.no("conditions", "suicidal ideation", "negated")
    d.title("Past medical history", 10)
    d.para("COPD; Major depressive disorder, recurrent; Hyperlipidemia; Obstructive sleep apnea; "
           "Right inguinal hernia repair (2003). No history of diabetes. No history of asthma as a child.")
    d.cond("COPD", aliases=["chronic obstructive pulmonary disease"])
    d.cond("Major depressive disorder, recurrent")
    d.cond("Hyperlipidemia")
    d.cond("Obstructive sleep apnea", aliases=["OSA"])
    d.no("conditions", "inguinal hernia repair", "historical")
    d.no("conditions", "diabetes", "negated")
    d.no("conditions", "asthma", "negated")
    d.title("Family history", 10)
    d.para("Mother - breast cancer at 62. Father - myocardial infarction at 66, deceased. Brother - type 2 diabetes.")
    d.no("conditions", "breast cancer", "family")
    d.no("conditions", "type 2 diabetes", "family", "brother")
    d.title("Social history", 10)
    d.para("Former smoker, 45 pack-years, quit 2019. Lobster fisherman, retired. Alcohol: 2 beers/week.")
    d.title("Medications", 10)
    d.table(["Medication", "Sig", "Status"], [
        ["Trelegy Ellipta (fluticasone furoate/umeclidinium/vilanterol) 100/62.5/25 mcg", "1 inhalation daily", "Active"],
        ["Albuterol HFA 90 mcg/actuation", "2 puffs q4h PRN wheeze", "Active"],
        ["Sertraline 100 mg tablet", "1 tab PO daily", "Active"],
        ["Atorvastatin 40 mg tablet", "1 tab PO QHS", "Active"],
        ["Azithromycin 250 mg (Z-Pak)", "as directed x5 days", "Completed 01/06/2025"]], [4, 2.2, 1.6])
    d.med("fluticasone furoate/umeclidinium/vilanterol", "Trelegy Ellipta", "100/62.5/25", "mcg", "inhalation", "daily")
    d.med("albuterol", None, "90", "mcg", None, "q4h PRN")
    d.med("sertraline", None, "100", "mg", "PO", "daily")
    d.med("atorvastatin", None, "40", "mg", "PO", "QHS")
    d.med("azithromycin", "Z-Pak", "250", "mg", None, None, "completed")
    d.no("medications", "azithromycin", "stopped", "course completed")
    d.title("Allergies", 10)
    d.para("Lisinopril - angioedema (severe). Latex - contact dermatitis.")
    d.alg("Lisinopril", "angioedema", "severe")
    d.alg("Latex", "contact dermatitis")
    d.title("Objective", 10)
    d.para("BP 132/78 mmHg | HR 84 bpm | RR 18 /min | SpO2 93 % on room air | Temp 98.4 F | Wt 201 lb | BMI 31.5 kg/m2. "
           "Scattered expiratory wheeze, no crackles.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "84", 84.0, None, "bpm")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("oxygen_saturation", "93", 93.0, None, "%")
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("weight", "201", 201.0, None, "lb")
    d.vit("bmi", "31.5", 31.5, None, "kg/m2")
    d.title("Assessment / Plan", 10)
    d.para("1. COPD exacerbation, moderate - prednisone 40 mg PO daily x5 days, start today. Chest x-ray to rule out "
           "pneumonia. 2. Depression - stable. 3. Consider pulmonary rehab referral. Return in 2 weeks.")
    d.cond("COPD exacerbation")
    d.med("prednisone", None, "40", "mg", "PO", "daily", "new")
    d.no("conditions", "pneumonia", "other", "rule out")
    d.signature("Sarah Bouchard, MD", "Electronically signed 01/09/2025 16:42", hand=False)
    return d


@document
def d10():
    d = Doc(10, "spain_visitor_letter", "Spain (English letter for a visitor)", "medical_record",
            "clinic letter for a visitor (handwritten addendum)", "d/m/Y")
    d.letterhead("Clínica Internacional Port d'Alcúdia", [
        "Carrer del Mar 23, 07400 Alcúdia, Illes Balears, Spain",
        "Tel +34 971 555 214   urgencias 24h +34 971 555 215"])
    iso = "2025-06-11"
    d.para("Alcúdia, " + d.d(iso))
    d.para("MEDICAL REPORT FOR THE PATIENT'S OWN DOCTOR (UK)", font="B")
    d.kv([("Patient:", "Mr Kevin Ashworth"), ("Date of birth:", "19/08/1966"), ("Passport:", "GB 538 120 744"),
          ("Hotel:", "Hotel Playa Neptuno, room 412")])
    d.para("Mr Ashworth, on holiday in Mallorca, attended today with 3 days of redness, heat and swelling of the "
           "left shin after an insect bite. Diagnosis: cellulitis of left lower leg. He has known type 2 diabetes "
           "and hypertension. No history of deep vein thrombosis. Doppler not required.")
    d.cond("cellulitis of left lower leg")
    d.cond("type 2 diabetes")
    d.cond("hypertension")
    d.no("conditions", "deep vein thrombosis", "negated")
    d.para("Observations: temperature 38.1 °C, BP 146/88 mmHg, heart rate 96 bpm. Capillary glucose 214 mg/dL.")
    d.vit("temperature", "38.1", 38.1, None, "°C")
    d.vit("blood_pressure", "146/88", 146.0, 88.0, "mmHg")
    d.vit("heart_rate", "96", 96.0, None, "bpm")
    d.lab("Capillary glucose", "214", "mg/dL", None, None, None, None, iso)
    d.para("Treatment given in clinic: ceftriaxone 1 g IM single dose. Known allergies: No known drug allergies.")
    d.no("medications", "ceftriaxone", "other", "single dose in clinic")
    d.no("allergies", "No known drug allergies", "negated")
    d.para("Prescribed: amoxicillin/clavulanic acid (Augmentine) 875/125 mg orally every 8 hours for 7 days; "
           "paracetamol 1 g every 8 hours if needed for pain. Continue his usual metformin 850 mg twice daily and "
           "amlodipine 5 mg once daily.")
    d.med("amoxicillin/clavulanic acid", "Augmentine", "875/125", "mg", "orally", "every 8 hours", "new")
    d.med("paracetamol", None, "1", "g", None, "every 8 hours if needed", "new")
    d.med("metformin", None, "850", "mg", None, "twice daily")
    d.med("amlodipine", None, "5", "mg", None, "once daily")
    d.para("Leg elevation. Return or go to Hospital de Muro if fever persists or redness spreads.")
    d.title("Addendum (handwritten at follow-up)", 9)
    d.hand_line("13/06/2025:", "redness receding, afebrile. Add ibuprofen 400 mg tds with food x3 days")
    d.med("ibuprofen", None, "400", "mg", None, "tds", "new")
    d.signature("Dra. Marta Serra Pons", "Colegiada 07/08841 - Medicina de Familia")
    return d


@document
def d11():
    d = Doc(11, "senegal_malaria_letter", "Senegal (English letter)", "medical_record", "clinic letter", "d/m/Y")
    d.letterhead("Cabinet Médical International des Almadies", [
        "Route des Almadies, Villa 14, BP 45120 Dakar, Senegal",
        "Tel +221 33 555 41 70   Mobile +221 77 555 09 32"])
    d.para("Dakar, " + d.d("2025-02-03"))
    d.para("To whom it may concern / For the attention of the patient's general practitioner", font="B")
    d.para("Re: Ms Abigail Osei-Mensah, born 11/04/1993, passport G2219034 (Ghana), NGO staff", font="B")
    d.para("Ms Osei-Mensah was seen in our clinic on 28/01/2025 with fever, headache and myalgia for 2 days. She "
           "had not been taking doxycycline prophylaxis. Malaria rapid diagnostic test was positive and the thick "
           "film showed Plasmodium falciparum, parasitaemia 1.2 %. Dengue NS1 antigen was negative. Haemoglobin "
           "was 10.8 g/dL, L (ref 12.0-16.0). There were no signs of severe malaria.")
    d.no("medications", "doxycycline", "negated", "not taken")
    d.lab("Malaria rapid diagnostic test", "positive", None, None, None, None, None, "2025-01-28")
    d.lab("parasitaemia", "1.2", "%", None, None, None, None, "2025-01-28")
    d.lab("Dengue NS1 antigen", "negative", None, None, None, None, None, "2025-01-28")
    d.lab("Haemoglobin", "10.8", "g/dL", 12.0, 16.0, None, "low", "2025-01-28")
    d.labs[0]["flag"] = "abnormal"
    d.no("conditions", "dengue", "negated")
    d.no("conditions", "severe malaria", "negated")
    d.title("Diagnosis", 10)
    d.bullets(["Uncomplicated Plasmodium falciparum malaria - treated, clinically cured",
               "Iron deficiency anaemia (ferritin 9 ng/mL)", "Known sickle cell trait (HbAS)"])
    d.cond("Uncomplicated Plasmodium falciparum malaria", "active")
    d.conds[-1]["optional"] = True
    d.cond("Iron deficiency anaemia")
    d.cond("sickle cell trait", aliases=["HbAS"])
    d.lab("ferritin", "9", "ng/mL", None, None, None, None, "2025-01-28")
    d.title("Treatment", 10)
    d.bullets(["Artemether/lumefantrine (Coartem) 20/120 mg, 4 tablets twice daily for 3 days - course completed 31/01/2025",
               "Paracetamol 1 g given in clinic on 28/01/2025",
               "Ferrous sulfate 200 mg once daily with orange juice for 3 months - started",
               "Atovaquone/proguanil (Malarone) 250/100 mg daily recommended for future field trips"])
    d.med("artemether/lumefantrine", "Coartem", "20/120", "mg", None, "twice daily", "completed")
    d.no("medications", "artemether/lumefantrine", "stopped", "course completed")
    d.no("medications", "Paracetamol", "other", "one dose in clinic")
    d.med("ferrous sulfate", None, "200", "mg", None, "once daily", "new")
    d.no("medications", "Atovaquone/proguanil", "planned", "future prophylaxis")
    d.para("Allergy: none known. Temperature today 36.8 °C, weight 61 kg. Fit to return to work from 05/02/2025.")
    d.no("allergies", "none known", "negated")
    d.vit("temperature", "36.8", 36.8, None, "°C")
    d.vit("weight", "61", 61.0, None, "kg")
    d.signature("Dr Aminata Diallo Ndiaye", "Médecin généraliste - Ordre des Médecins du Sénégal n° 2231")
    return d


@document
def d12():
    d = Doc(12, "new_mexico_discharge", "United States (New Mexico)", "discharge_summary", "discharge summary (3 pages)",
            "m/d/Y", size=letter)
    d.letterhead("Rio Grande Valley Medical Center", [
        "2200 Camino del Rio NW, Las Cruces, NM 88005, USA   Tel +1 575 555 0190"],
        right=["DISCHARGE SUMMARY", "Admit 02/03/2025  Discharge 02/08/2025"])
    d.run_header = "Discharge summary - MONTOYA, Ernesto L. - MRN RGV-00561873"
    d.kv([("Patient:", "MONTOYA, Ernesto L."), ("MRN:", "RGV-00561873"), ("DOB:", "05/17/1958"),
          ("Attending:", "Priya Nakai-Herrera, MD"), ("PCP:", "Daniel Chavez, MD"), ("Unit:", "4 West Medicine")])
    d.title("Discharge diagnoses", 10)
    d.bullets(["Principal: Community-acquired pneumonia, right lower lobe",
               "Type 2 diabetes mellitus with hyperglycemia", "Acute kidney injury on chronic kidney disease stage 3b",
               "Hypertension", "Gout"])
    d.cond("Community-acquired pneumonia", aliases=["CAP"])
    d.cond("Type 2 diabetes mellitus with hyperglycemia")
    d.cond("Acute kidney injury", aliases=["AKI"])
    d.cond("chronic kidney disease stage 3b")
    d.cond("Hypertension")
    d.cond("Gout")
    d.title("Past medical / surgical history", 10)
    d.para("Appendectomy (1979). Clostridioides difficile colitis 2021, resolved. No history of heart failure. "
           "No history of tuberculosis; QuantiFERON negative 2023.")
    d.no("conditions", "Appendectomy", "historical")
    d.no("conditions", "Clostridioides difficile colitis", "historical", "resolved")
    d.no("conditions", "heart failure", "negated")
    d.no("conditions", "tuberculosis", "negated")
    d.title("Allergies", 10)
    d.para("Sulfamethoxazole-trimethoprim (rash); iodinated contrast media (hives, moderate).")
    d.alg("Sulfamethoxazole-trimethoprim", "rash")
    d.alg("iodinated contrast media", "hives", "moderate")
    d.title("History of present illness", 10)
    d.para("66-year-old man with type 2 diabetes on insulin, CKD 3b and hypertension who presented to the ED on "
           "02/03/2025 with 4 days of productive cough, fever to 102.1 F and pleuritic right-sided pain. He denied "
           "hemoptysis, recent travel or sick contacts. Chest x-ray showed right lower lobe consolidation. He was "
           "hypoxic to 89% on room air and glucose was 412 mg/dL without ketoacidosis (beta-hydroxybutyrate 0.4).")
    d.no("conditions", "hemoptysis", "negated")
    d.no("conditions", "ketoacidosis", "negated")
    d.title("Hospital course", 10)
    d.para("Pneumonia: treated with ceftriaxone 1 g IV q24h and azithromycin 500 mg IV daily from 02/03 to 02/06, then "
           "transitioned to oral amoxicillin-clavulanate to complete 7 days total. Oxygen weaned to room air by 02/06. "
           "Blood cultures x2 show no growth to date (final pending). Sputum culture grew normal flora. "
           "Legionella and pneumococcal urine antigens negative.")
    d.no("medications", "ceftriaxone", "other", "inpatient IV")
    d.no("medications", "azithromycin", "other", "inpatient IV")
    d.no("labs", "Blood cultures", "other", "final pending")
    d.para("AKI on CKD: creatinine peaked at 2.41 mg/dL from baseline 1.6, attributed to sepsis physiology and "
           "losartan. Losartan held; creatinine improved to 1.78 at discharge. Metformin was stopped given eGFR "
           "below 30 at admission and will not be restarted. Renal ultrasound without hydronephrosis.")
    d.para("Diabetes: HbA1c 10.2%. Insulin glargine increased from 16 to 22 units at bedtime, with insulin lispro "
           "correction and 4 units with meals. Diabetes educator saw patient; he demonstrated pen technique.")
    d.para("Gout: no flare during admission; allopurinol continued at renal dose. Hypertension: amlodipine continued; "
           "BP 120s-140s systolic.")
    d.title("Laboratory results", 10)
    labs = [("WBC", "K/uL", "4.0-10.5", 4.0, 10.5, None, "16.8 H", "9.2"),
            ("Creatinine", "mg/dL", "0.70-1.30", 0.7, 1.3, None, "2.41 H", "1.78 H"),
            ("eGFR", "mL/min/1.73m2", ">=60", 60.0, None, ">=60", "28 L", "41 L"),
            ("Glucose", "mg/dL", "70-140", 70.0, 140.0, None, "412 H", "168 H"),
            ("Procalcitonin", "ng/mL", "<0.25", None, 0.25, "<0.25", "3.10 H", "0.42 H"),
            ("Sodium", "mmol/L", "135-145", 135.0, 145.0, None, "131 L", "138"),
            ("Uric acid", "mg/dL", "3.5-7.2", 3.5, 7.2, None, "8.9 H", "7.9 H")]
    tab = []
    for t, u, ref, lo, hi, rt, a, b in labs:
        tab.append([t, a, b, u, ref])
        for iso, cell in (("2025-02-03", a), ("2025-02-08", b)):
            v, f = _split(cell)
            d.lab(t, v, u, lo, hi, rt, _fl(f, True), iso)
    d.table(["Test", d.d("2025-02-03") + " (admit)", d.d("2025-02-08") + " (discharge)", "Units", "Reference"],
            tab, [2.4, 1.8, 1.8, 1.4, 1.4])
    d.table(["Test", "Collected", "Result", "Reference"],
            [["Hemoglobin A1c", d.d("2025-02-04"), "10.2 % H", "4.0-5.6"]], [2.4, 1.8, 1.8, 1.6])
    d.lab("Hemoglobin A1c", "10.2", "%", 4.0, 5.6, None, "high", "2025-02-04", ["HbA1c"])
    d.newpage()
    d.title("Discharge vital signs (02/08/2025 07:30)", 10)
    d.table(["BP", "HR", "RR", "Temp", "SpO2", "Weight"],
            [["136/82 mmHg", "78 bpm", "16 /min", "98.1 F", "95 % RA", "88.4 kg"]], [1, 1, 1, 1, 1, 1])
    d.vit("blood_pressure", "136/82", 136.0, 82.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "bpm")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "98.1", 98.1, None, "F")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "88.4", 88.4, None, "kg")
    d.title("Discharge medication reconciliation", 10)
    d.table(["Medication", "Dose / route / frequency", "Status", "Comment"], [
        ["Insulin glargine (Lantus) 100 units/mL pen", "22 units subcut QHS", "CHANGED", "was 16 units"],
        ["Insulin lispro (Humalog) 100 units/mL pen", "4 units subcut TID with meals", "NEW", "plus correction scale"],
        ["Amoxicillin-clavulanate 875-125 mg tab", "1 tab PO BID x 3 more days", "NEW", "last dose 02/11/2025"],
        ["Amlodipine 10 mg tab", "1 tab PO daily", "CONTINUE", ""],
        ["Allopurinol 100 mg tab", "1 tab PO daily", "CONTINUE", "renal dose"],
        ["Aspirin 81 mg EC tab", "1 tab PO daily", "CONTINUE", ""],
        ["Losartan 50 mg tab", "1 tab PO daily", "HOLD", "until PCP rechecks creatinine"],
        ["Metformin 1000 mg tab", "1 tab PO BID", "STOP", "eGFR too low"]], [3.2, 2.6, 1.2, 2.2])
    d.med("insulin glargine", "Lantus", "22", "units", "subcut", "QHS", "changed")
    d.med("insulin lispro", "Humalog", "4", "units", "subcut", "TID with meals", "new")
    d.med("amoxicillin-clavulanate", None, "875-125", "mg", "PO", "BID", "new")
    d.med("amlodipine", None, "10", "mg", "PO", "daily")
    d.med("allopurinol", None, "100", "mg", "PO", "daily")
    d.med("aspirin", None, "81", "mg", "PO", "daily")
    d.med("losartan", None, "50", "mg", "PO", "daily", "held")
    d.no("medications", "losartan", "stopped", "held")
    d.med("metformin", None, "1000", "mg", "PO", "BID", "stopped")
    d.no("medications", "metformin", "stopped")
    d.para("Insulin concentration: both pens are 100 units/mL (U-100). Do not mix insulins in the same syringe.", 8.5)
    d.title("Follow-up and instructions", 10)
    d.bullets(["PCP Dr. Chavez within 7 days: BMP to recheck creatinine and potassium; decide on restarting losartan.",
               "Nephrology clinic in 4 weeks.", "Repeat chest x-ray in 6-8 weeks to document resolution.",
               "Pneumococcal vaccine (PCV20) due - patient asked to receive it at PCP visit.",
               "Check blood glucose before meals and at bedtime; bring log to appointments."])
    d.no("immunizations", "PCV20", "due")
    d.title("Patient education (from standard leaflet)", 9)
    d.para("Call your doctor or return to the emergency department if you have trouble breathing, chest pain, "
           "confusion, or blood sugar below 70 mg/dL. Low blood sugar (hypoglycemia) can cause shaking and sweating; "
           "take 15 g of fast sugar. Amoxicillin-clavulanate can cause diarrhea; tell your doctor if you develop "
           "severe watery diarrhea, which may be a sign of C. difficile infection.", 8.5)
    d.no("conditions", "hypoglycemia", "leaflet")
    d.title("Consults", 10)
    d.para("Diabetes education (02/06/2025); Nephrology curbside (02/05/2025) - agreed with holding losartan and stopping metformin.")
    d.title("Procedures", 10)
    d.para("None. Renal ultrasound 02/04/2025: kidneys 10.2 and 10.6 cm, increased echogenicity, no hydronephrosis.")
    d.title("Condition at discharge", 10)
    d.para("Stable, ambulating independently, tolerating diet. Discharged home with daughter.")
    d.title("Code status", 10)
    d.para("Full code.")
    d.gap(10)
    d.signature("Priya Nakai-Herrera, MD", "Hospitalist - electronically signed 02/08/2025 13:05", hand=False)
    d.para("cc: Daniel Chavez, MD (PCP); Mesilla Valley Nephrology Associates", 8)
    return d


@document
def d13():
    d = Doc(13, "norfolk_island_discharge", "Norfolk Island", "discharge_summary", "discharge summary", "d/m/Y")
    d.letterhead("Norfolk Island Health and Residential Aged Care Service", [
        "Grassy Road, Burnt Pine, Norfolk Island NSW 2899, Australia",
        "Tel +672 3 22091   Fax +672 3 23103"], right=["DISCHARGE SUMMARY"])
    d.kv([("Patient:", "Mrs Edith Quintal"), ("UR No.:", "NI-004417"), ("DOB:", "23/09/1940"),
          ("Admitted:", d.d("2025-05-02")), ("Discharged:", d.d("2025-05-09")), ("GP:", "Dr Hamish Buffett")])
    d.title("Diagnoses", 10)
    d.bullets(["Fracture of right distal radius (Colles) after mechanical fall - closed reduction and cast",
               "Osteoporosis", "Atrial fibrillation - rate controlled", "Chronic kidney disease stage 3a",
               "Past: right total hip replacement 2015; breast cancer 2004, in remission"])
    d.cond("Fracture of right distal radius", aliases=["Colles fracture"])
    d.cond("Osteoporosis")
    d.cond("Atrial fibrillation", aliases=["AF"])
    d.cond("Chronic kidney disease stage 3a")
    d.no("conditions", "total hip replacement", "historical")
    d.no("conditions", "breast cancer", "historical", "in remission")
    d.para("Allergies: NKDA.")
    d.no("allergies", "NKDA", "negated")
    d.title("Summary", 10)
    d.para("85 year old lady who tripped on a rug at home. No loss of consciousness, no head strike, denies "
           "chest pain or palpitations before the fall. CT brain not required. Closed reduction under haematoma "
           "block in ED, back-slab then full cast. Aeromedical transfer to Sydney was not needed. Osteoporosis "
           "confirmed on history; commenced on alendronate. Physio: mobile with four-wheeled frame.")
    d.no("conditions", "loss of consciousness", "negated")
    d.no("conditions", "palpitations", "negated")
    d.para("Observations on discharge: BP 128/74 mmHg, HR 72 bpm, SpO2 97 %, temp 36.6 °C, weight 58 kg.")
    d.vit("blood_pressure", "128/74", 128.0, 74.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "bpm")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("temperature", "36.6", 36.6, None, "°C")
    d.vit("weight", "58", 58.0, None, "kg")
    d.table(["Test", d.d("2025-05-02"), d.d("2025-05-08"), "Units", "Ref"], [
        ["Haemoglobin", "118 L", "112 L", "g/L", "120-160"], ["eGFR", "48 L", "51 L", "mL/min/1.73m2", ">60"],
        ["Corrected calcium", "2.31", "2.28", "mmol/L", "2.10-2.60"], ["Vitamin D", "38 L", "", "nmol/L", "50-150"]],
        [2.2, 1.4, 1.4, 1.6, 1.2])
    for t, u, lo, hi, rt, cells in [("Haemoglobin", "g/L", 120.0, 160.0, None, ["118 L", "112 L"]),
                                    ("eGFR", "mL/min/1.73m2", 60.0, None, ">60", ["48 L", "51 L"]),
                                    ("Corrected calcium", "mmol/L", 2.1, 2.6, None, ["2.31", "2.28"]),
                                    ("Vitamin D", "nmol/L", 50.0, 150.0, None, ["38 L", ""])]:
        for iso, cell in zip(("2025-05-02", "2025-05-08"), cells):
            if cell:
                v, f = _split(cell)
                d.lab(t, v, u, lo, hi, rt, _fl(f, True), iso)
    d.title("Medications on discharge", 10)
    d.table(["Medicine", "Strength", "Directions", "Status"], [
        ["Panadol Osteo (paracetamol)", "665 mg", "2 tablets tds", "New"],
        ["Fosamax (alendronate)", "70 mg", "once weekly, Sunday, 30 min before food", "New"],
        ["Ostelin (colecalciferol)", "1000 IU", "1 capsule mane", "New"],
        ["Metoprolol", "47.5 mg", "mane", "Unchanged"],
        ["Apixaban (Eliquis)", "2.5 mg", "bd", "Unchanged"],
        ["Endone (oxycodone)", "5 mg", "prn", "Ceased 07/05/2025 - course completed"]], [2.6, 1.2, 3, 2.2])
    d.med("paracetamol", "Panadol Osteo", "665", "mg", None, "tds", "new")
    d.med("alendronate", "Fosamax", "70", "mg", None, "once weekly", "new")
    d.med("colecalciferol", "Ostelin", "1000", "IU", None, "mane", "new")
    d.med("metoprolol", None, "47.5", "mg", None, "mane")
    d.med("apixaban", "Eliquis", "2.5", "mg", None, "bd")
    d.med("oxycodone", "Endone", "5", "mg", None, "prn", "completed")
    d.no("medications", "oxycodone", "stopped")
    d.para("Follow up: fracture clinic (visiting orthopaedic surgeon) 20/05/2025; cast off at 6 weeks. GP to "
           "consider denosumab if alendronate not tolerated.")
    d.no("medications", "denosumab", "planned")
    d.signature("Dr Rachel Nobbs", "Medical Officer, NIHRACS")
    return d


@document
def d14():
    d = Doc(14, "georgia_discharge_scan", "Georgia (Tbilisi international clinic)", "discharge_summary",
            "discharge summary (scanned)", "d.m.Y", ext="pdf", scan={"dpi": 150, "angle": -2.1})
    d.letterhead("Mtatsminda International Medical Centre", [
        "12 Chavchavadze Avenue, 0179 Tbilisi, Georgia",
        "Tel +995 32 255 58 40   International desk +995 599 55 12 08"], right=["DISCHARGE EPICRISIS", "History No. 4471/25"])
    d.run_header = "Discharge epicrisis - Ms Hannah Lindqvist - 4471/25"
    d.kv([("Patient:", "Ms Hannah Lindqvist"), ("Date of birth:", "08.07.1995"), ("Citizenship:", "Sweden"),
          ("Admitted:", d.d("2025-07-14")), ("Discharged:", d.d("2025-07-17")), ("Department:", "General Surgery")])
    d.title("Final diagnosis", 10)
    d.para("Acute phlegmonous appendicitis (K35.8). Laparoscopic appendectomy performed 14.07.2025. "
           "Concomitant: Hypothyroidism (Hashimoto thyroiditis), on replacement.")
    d.cond("Acute phlegmonous appendicitis", "active", "K35.8")
    d.cond("Hypothyroidism")
    d.cond("Hashimoto thyroiditis")
    d.para("Allergy: metamizole (Analgin) - urticaria; adhesive plaster - skin irritation. Rule out ovarian torsion - excluded on ultrasound. "
           "No history of previous abdominal surgery.")
    d.alg("metamizole", "urticaria")
    d.alg("adhesive plaster", "skin irritation")
    d.no("conditions", "ovarian torsion", "other", "excluded")
    d.title("Investigations", 10)
    d.table(["Test", d.d("2025-07-14"), d.d("2025-07-16"), "Units", "Norm"], [
        ["WBC", "15.9 H", "8.7", "x10^9/L", "4.0-9.0"], ["Neutrophils", "84 H", "66", "%", "47-72"],
        ["CRP", "62 H", "21 H", "mg/L", "0-5"], ["Haemoglobin", "128", "121", "g/L", "120-150"],
        ["beta-hCG", "<2", "", "mIU/mL", "<5"]], [2, 1.4, 1.4, 1.2, 1.3])
    for t, u, lo, hi, rt, cells in [("WBC", "x10^9/L", 4.0, 9.0, None, ["15.9 H", "8.7"]),
                                    ("Neutrophils", "%", 47.0, 72.0, None, ["84 H", "66"]),
                                    ("CRP", "mg/L", 0.0, 5.0, None, ["62 H", "21 H"]),
                                    ("Haemoglobin", "g/L", 120.0, 150.0, None, ["128", "121"]),
                                    ("beta-hCG", "mIU/mL", None, 5.0, "<5", ["<2", ""])]:
        for iso, cell in zip(("2025-07-14", "2025-07-16"), cells):
            if cell:
                v, f = _split(cell)
                d.lab(t, v, u, lo, hi, rt, _fl(f, True), iso, num=(None if v.startswith("<") else float(v)))
    d.para("Histology of the appendix: pending, will be sent by e-mail.")
    d.no("labs", "Histology of the appendix", "other", "pending")
    d.title("Treatment in hospital", 10)
    d.para("Cefuroxime 1.5 g IV q8h (14.07-16.07.2025) - completed. Ketorolac 30 mg IM once post-operatively. "
           "Enoxaparin 40 mg SC once daily during admission.")
    d.med("cefuroxime", None, "1.5", "g", "IV", "q8h", "completed")
    d.no("medications", "cefuroxime", "stopped", "completed in hospital")
    d.no("medications", "Ketorolac", "other", "one dose")
    d.no("medications", "Enoxaparin", "other", "inpatient only")
    d.newpage()
    d.title("Recommendations at discharge", 10)
    d.bullets(["Levothyroxine 75 mcg once daily in the morning, continue", "Paracetamol 500 mg 1-2 tablets every 6 hours if pain, max 4 g/day",
               "Wound care, sutures removed 24.07.2025 at home clinic", "No heavy lifting for 4 weeks"])
    d.med("levothyroxine", None, "75", "mcg", None, "once daily")
    d.med("paracetamol", None, "500", "mg", None, "every 6 hours if pain", "new")
    d.para("Vital signs on discharge: BP 112/70 mmHg, pulse 76 /min, temperature 36.7 °C.")
    d.vit("blood_pressure", "112/70", 112.0, 70.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("temperature", "36.7", 36.7, None, "°C")
    d.signature("Dr. Giorgi Beridze", "Head of General Surgery")
    return d


@document
def d15():
    d = Doc(15, "usvi_ccda_ccd", "US Virgin Islands", "medical_record", "EHR print-out (C-CDA continuity of care document)",
            "m/d/Y", size=letter)
    d.letterhead("Continuity of Care Document", [
        "Custodian: Frederiksted Community Health Clinic, 516 Strand Street, Frederiksted, St. Croix, VI 00840, USA",
        "Tel +1 340 555 0137   Generated from EHR (C-CDA R2.1 CCD) - human-readable rendering"], size=13)
    d.run_header = "CCD - Josephine A. Hendricks - MRN FCHC-118034"
    d.kv([("Patient:", "Josephine A. Hendricks"), ("MRN:", "FCHC-118034"), ("DOB:", "12/03/1949"),
          ("Sex:", "Female"), ("Document date:", "04/15/2025"), ("Author:", "Marcus Petersen, MD")])
    d.title("Problems", 10)
    d.table(["Problem", "ICD-10", "Status", "Onset"], [
        ["Essential hypertension", "I10", "Active", "2008"], ["Type 2 diabetes mellitus without complications", "E11.9", "Active", "2012"],
        ["Chronic systolic heart failure", "I50.22", "Active", "2021"], ["Primary open-angle glaucoma, bilateral", "H40.1130", "Active", "2019"],
        ["Dengue fever", "A90", "Resolved", "2019"]], [4, 1.2, 1, 1])
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Type 2 diabetes mellitus without complications", "active", "E11.9")
    d.cond("Chronic systolic heart failure", "active", "I50.22")
    d.cond("Primary open-angle glaucoma, bilateral", "active", "H40.1130")
    d.no("conditions", "Dengue fever", "historical", "resolved")
    d.title("Medications", 10)
    d.table(["Medication", "Instructions", "Start", "Status"], [
        ["metformin 500 mg oral tablet", "500 mg by mouth BID with meals", "03/10/2012", "Active"],
        ["carvedilol 12.5 mg oral tablet", "12.5 mg by mouth BID", "06/02/2021", "Active"],
        ["sacubitril/valsartan 49 mg-51 mg oral tablet (Entresto)", "1 tablet by mouth BID", "11/04/2024", "Active"],
        ["latanoprost 0.005% ophthalmic solution", "1 drop each eye QHS", "09/01/2019", "Active"],
        ["hydrochlorothiazide 25 mg oral tablet", "25 mg daily", "01/05/2015", "Discontinued 11/04/2024"]], [3.6, 2.6, 1.2, 1.6])
    d.med("metformin", None, "500", "mg", "by mouth", "BID")
    d.med("carvedilol", None, "12.5", "mg", "by mouth", "BID")
    d.med("sacubitril/valsartan", "Entresto", "49/51", "mg", "by mouth", "BID")
    d.meds[-1]["dose"] = None
    d.med("latanoprost", None, "0.005", "%", "ophthalmic", "QHS")
    d.med("hydrochlorothiazide", None, "25", "mg", None, "daily", "stopped")
    d.no("medications", "hydrochlorothiazide", "stopped")
    d.title("Allergies and Intolerances", 10)
    d.table(["Substance", "Reaction", "Severity", "Status"], [
        ["Shellfish", "Anaphylaxis", "Severe", "Active"], ["Aspirin", "Bronchospasm", "Moderate", "Active"],
        ["Lisinopril", "Cough", "Mild", "Active (intolerance)"]], [2, 2, 1.5, 1.5])
    d.alg("Shellfish", "Anaphylaxis", "Severe")
    d.alg("Aspirin", "Bronchospasm", "Moderate")
    d.alg("Lisinopril", "Cough", "Mild")
    d.title("Immunizations", 10)
    d.table(["Vaccine", "Date", "Lot", "Status"], [
        ["Influenza, injectable, quadrivalent (Fluzone High-Dose)", "10/18/2024", "UT8032KA", "Completed"],
        ["Pneumococcal conjugate PCV20 (Prevnar 20)", "02/07/2024", "LF7719", "Completed"],
        ["Zoster recombinant (Shingrix) dose 2", "", "", "Due"],
        ["COVID-19 vaccine 2024-2025", "", "", "Declined"]], [4, 1.3, 1.3, 1.2])
    d.imm("Influenza, injectable, quadrivalent", "2024-10-18", None, "UT8032KA", "Fluzone High-Dose")
    d.imm("Pneumococcal conjugate PCV20", "2024-02-07", None, "LF7719", "Prevnar 20")
    d.no("immunizations", "Zoster recombinant", "due")
    d.no("immunizations", "COVID-19 vaccine 2024-2025", "other", "declined")
    d.title("Results", 10)
    d.table(["Test", "Value", "Units", "Ref range", "Date"], [
        ["Hemoglobin A1c", "7.4 (H)", "%", "4.0-5.6", "04/08/2025"], ["Creatinine", "1.1", "mg/dL", "0.6-1.2", "04/08/2025"],
        ["Potassium", "4.3", "mmol/L", "3.5-5.1", "04/08/2025"], ["BNP", "310 (H)", "pg/mL", "<100", "04/08/2025"]], [2.5, 1.2, 1.2, 1.3, 1.3])
    d.lab("Hemoglobin A1c", "7.4", "%", 4.0, 5.6, None, "high", "2025-04-08")
    d.lab("Creatinine", "1.1", "mg/dL", 0.6, 1.2, None, "normal", "2025-04-08")
    d.lab("Potassium", "4.3", "mmol/L", 3.5, 5.1, None, "normal", "2025-04-08")
    d.lab("BNP", "310", "pg/mL", None, 100.0, "<100", "high", "2025-04-08")
    d.title("Vital Signs", 10)
    d.table(["Date", "BP", "Pulse", "Weight", "Height", "BMI"],
            [["04/08/2025", "142/86 mmHg", "68 bpm", "79.8 kg", "160 cm", "31.2 kg/m2"]], [1.3, 1.3, 1, 1, 1, 1])
    d.vit("blood_pressure", "142/86", 142.0, 86.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "bpm")
    d.vit("weight", "79.8", 79.8, None, "kg")
    d.vit("height", "160", 160.0, None, "cm")
    d.vit("bmi", "31.2", 31.2, None, "kg/m2")
    d.title("Plan of Care", 10)
    d.bullets(["Shingrix dose 2 at next visit.", "Echocardiogram scheduled 05/20/2025.",
               "Consider adding empagliflozin for heart failure and diabetes."])
    d.no("medications", "empagliflozin", "planned")
    d.title("Encounters", 10)
    d.table(["Date", "Type", "Provider", "Location"], [["04/08/2025", "Office visit", "Marcus Petersen, MD", "Frederiksted"],
                                                      ["11/04/2024", "Cardiology", "Ana Rivera, MD", "Christiansted"]], [1.2, 1.5, 2, 1.5])
    d.title("Insurance", 10)
    d.para("Medicare Part A/B, member ID 4TR9-QX2-LM61; secondary: VI Medicaid (MAP) ID 00771245.")
    d.title("Care Team", 10)
    d.para("PCP: Marcus Petersen, MD (+1 340 555 0137); Cardiology: Ana Rivera, MD; Ophthalmology: Lionel Francis, MD.")
    return d


@document
def d16():
    d = Doc(16, "korea_portal_summary", "South Korea (international clinic)", "medical_record",
            "patient-portal summary", "Y-m-d")
    d.letterhead("Hannam International Health Center - My Health Portal", [
        "45 Itaewon-ro 55-gil, Yongsan-gu, Seoul 04348, Republic of Korea",
        "Tel +82 2 555 7310   portal.hannam-ihc.example"], right=["Visit summary", "Printed from patient portal"])
    d.kv([("Name:", "Daniel O'Rourke"), ("Patient no.:", "HIHC-20884"), ("Birth date:", "1984-01-11"),
          ("Visit:", "2025-05-19, Dr. Seo Ji-won (Internal Medicine)")])
    d.title("Your health issues", 10)
    d.table(["Condition", "Since", "Status"], [["Gastritis (H. pylori positive)", "2025-05", "Active"],
                                                ["Allergic rhinitis", "2010", "Active"], ["Fatty liver (NAFLD)", "2023", "Active"],
                                                ["Kidney stone", "2018", "Resolved"]], [3, 1.5, 1.5])
    d.cond("Gastritis")
    d.cond("Allergic rhinitis")
    d.cond("Fatty liver", aliases=["NAFLD"])
    d.no("conditions", "Kidney stone", "historical", "resolved")
    d.title("Allergies", 10)
    d.table(["Allergen", "Reaction"], [["House dust mite", "sneezing, itchy eyes"], ["Clarithromycin", "severe nausea"], ["Peach", "oral itching"]], [3, 3])
    d.alg("House dust mite", "sneezing, itchy eyes")
    d.alg("Clarithromycin", "severe nausea")
    d.alg("Peach", "oral itching")
    d.title("Your medicines", 10)
    d.table(["Medicine", "How to take", "Notes"], [
        ["Esomeprazole 20 mg", "1 capsule twice daily before meals", "14 days (H. pylori therapy)"],
        ["Amoxicillin 1000 mg", "1 g twice daily", "14 days"],
        ["Levofloxacin 500 mg", "once daily", "14 days (clarithromycin allergy)"],
        ["Fexofenadine 180 mg", "1 tablet daily as needed", ""],
        ["Mometasone nasal spray 50 mcg/spray", "2 sprays each nostril daily", ""]], [3, 3, 2.4])
    d.med("esomeprazole", None, "20", "mg", None, "twice daily", "new")
    d.med("amoxicillin", None, "1000", "mg", None, "twice daily", "new")
    d.med("levofloxacin", None, "500", "mg", None, "once daily", "new")
    d.med("fexofenadine", None, "180", "mg", None, "daily as needed")
    d.med("mometasone", None, "50", "mcg", "nasal", "daily")
    d.title("Test results", 10)
    d.table(["Test", "Result", "Reference", "Date"], [
        ["Urea breath test (H. pylori)", "Positive", "Negative", "2025-05-19"], ["ALT", "58 U/L  High", "0-40", "2025-05-19"],
        ["Total cholesterol", "221 mg/dL  High", "<200", "2025-05-19"], ["Fasting glucose", "96 mg/dL", "70-99", "2025-05-19"]],
        [3, 2, 1.5, 1.5])
    d.lab("Urea breath test", "Positive", None, None, None, "Negative", "abnormal", "2025-05-19")
    d.lab("ALT", "58", "U/L", 0.0, 40.0, None, "high", "2025-05-19")
    d.lab("Total cholesterol", "221", "mg/dL", None, 200.0, "<200", "high", "2025-05-19")
    d.lab("Fasting glucose", "96", "mg/dL", 70.0, 99.0, None, "normal", "2025-05-19")
    d.title("Measurements", 10)
    d.para("Blood pressure 128/82 mmHg  -  Pulse 71 bpm  -  Weight 83.5 kg  -  Height 178 cm")
    d.vit("blood_pressure", "128/82", 128.0, 82.0, "mmHg")
    d.vit("heart_rate", "71", 71.0, None, "bpm")
    d.vit("weight", "83.5", 83.5, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.title("Next steps", 10)
    d.para("Repeat breath test 4 weeks after finishing antibiotics. Hepatitis A vaccine recommended - not yet given. "
           "Tip: tell the pharmacist if you are allergic to penicillin before taking amoxicillin.", 9)
    d.no("immunizations", "Hepatitis A vaccine", "due")
    d.no("allergies", "penicillin", "leaflet")
    return d


@document
def d17():
    d = Doc(17, "american_samoa_child_card", "American Samoa", "immunization_record",
            "child immunisation card (handwritten, scanned)", "m/d/Y", ext="png", scan={"dpi": 160, "angle": 1.1},
            size=letter)
    d.letterhead("American Samoa Department of Health - Immunization Program", [
        "LBJ Tropical Medical Center Road, Faga'alu, Pago Pago, AS 96799, USA   Tel +1 684 633 5871"])
    d.title("CHILD IMMUNIZATION RECORD / Fa'amaumauga o Tui", 11)
    d.kv([("Child:", Hand("Malia Sefo Tuiasosopo")), ("Birth date:", Hand("03/06/2022")),
          ("Parent:", Hand("Lusia Tuiasosopo")), ("Village:", Hand("Nu'uuli"))])
    rows = [
        ("Hepatitis B (HepB) #1", "2022-03-06", 1, "HB2207A", "Engerix-B", "Hepatitis B"),
        ("DTaP #1", "2022-05-09", 1, "DT4410C", "Infanrix", "DTaP"),
        ("IPV #1", "2022-05-09", 1, "IP8831", "IPOL", "IPV"),
        ("Hib #1", "2022-05-09", 1, "HB5502", "ActHIB", "Hib"),
        ("PCV15 #1", "2022-05-09", 1, "PV1127", "Vaxneuvance", "PCV15"),
        ("DTaP #2", "2022-07-11", 2, "DT4418C", "Infanrix", "DTaP"),
        ("MMR #1", "2023-03-08", 1, "MR0921", "M-M-R II", "MMR"),
        ("Varicella #1", "2023-03-08", 1, "VR3390", "Varivax", "Varicella"),
    ]
    tab = []
    for label, iso, n, lot, brand, vac in rows:
        tab.append([label, Hand(d.d(iso)), Hand(brand), Hand(lot), Hand("")])
        y, m, dd = (int(p) for p in iso.split("-"))
        d.imm(vac, iso, n, lot, brand, amb=(m <= 12 and dd <= 12 and m != dd))
    tab.append(["Hepatitis A #1", "", "", "", Hand("due 03/2024")])
    tab.append(["Influenza", "", "", "", Hand("parent declined")])
    d.table(["Vaccine / dose", "Date given", "Vaccine name", "Lot no.", "Next dose due / remarks"], tab,
            [2.2, 1.6, 1.6, 1.3, 1.8], size=8.5)
    d.no("immunizations", "Hepatitis A", "due")
    d.no("immunizations", "Influenza", "other", "declined")
    d.para("Bring this card to every clinic visit. Keep it with the child's birth certificate.", 8)
    d.hand_line("Nurse:", "S. Faleafine RN")
    return d


@document
def d18():
    d = Doc(18, "bali_travel_vaccines", "Indonesia (Bali international clinic)", "immunization_record",
            "adult travel vaccination record (handwritten)", "d/m/Y")
    d.letterhead("Sanur Travel & International Medical Clinic", [
        "Jl. Danau Tamblingan No. 88, Sanur, Denpasar, Bali 80228, Indonesia",
        "Tel +62 361 555 2741   WhatsApp +62 812 5550 3318"])
    d.title("ADULT / TRAVEL VACCINATION RECORD", 11)
    d.kv([("Name:", Hand("Chloe Brennan")), ("DOB:", Hand("09/02/1990")), ("Nationality:", Hand("Australian")),
          ("Allergies:", Hand("egg - hives"))])
    d.alg("egg", "hives")
    rows = [("Typhoid (Typhim Vi)", "2025-04-03", 1, "TV0533K", "Typhim Vi", "Typhoid", ""),
            ("Hepatitis A (Havrix 1440) #1", "2025-04-03", 1, "HAV8820", "Havrix", "Hepatitis A", "Hepatitis A #2 due 03/10/2025"),
            ("Rabies PrEP (Verorab) #1", "2025-04-03", 1, "VR2201", "Verorab", "Rabies", "#2 due 10/04/2025"),
            ("Rabies PrEP (Verorab) #2", "2025-04-10", 2, "VR2201", "Verorab", "Rabies", ""),
            ("Japanese encephalitis (Imojev)", "2025-04-10", 1, "JE4471", "Imojev", "Japanese encephalitis", ""),
            ("Tetanus-diphtheria (Td)", "2025-04-03", None, "TD1198", None, "Tetanus-diphtheria", "next 2035")]
    tab = []
    for label, iso, n, lot, brand, vac, nxt in rows:
        tab.append([label, Hand(d.d(iso)), Hand(lot), Hand(nxt) if nxt else ""])
        y, m, dd = (int(p) for p in iso.split("-"))
        d.imm(vac, iso, n, lot, brand, amb=(m <= 12 and dd <= 12 and m != dd))
    tab.append(["Yellow fever", "", "", Hand("not indicated")])
    tab.append(["Cholera (Dukoral)", "", "", Hand("declined")])
    d.table(["Vaccine", "Date", "Batch", "Next dose / remarks"], tab, [3, 1.5, 1.5, 2.2], size=8.5)
    d.no("immunizations", "Hepatitis A #2", "due")
    d.no("immunizations", "Yellow fever", "other", "not indicated")
    d.no("immunizations", "Cholera", "other", "declined")
    d.para("Malaria: atovaquone/proguanil advised only if travelling to Papua or Sumba. Dengue: no vaccine given; "
           "use repellent (DEET 20-30%).", 8.5)
    d.no("medications", "atovaquone/proguanil", "planned", "conditional advice")
    d.hand_line("Vaccinating doctor:", "dr. Made Wirawan")
    return d


@document
def d19():
    d = Doc(19, "alderney_vaccine_certificate", "Alderney", "immunization_record", "vaccination certificate", "j F Y")
    d.letterhead("Island Medical Centre Alderney", [
        "Victoria Street, St Anne, Alderney GY9 3TA, Channel Islands",
        "Tel +44 1481 555 823"])
    d.title("CERTIFICATE OF VACCINATION", 13, align="c")
    d.para("This is to certify that Mr Peter John Le Cocq, born 21 March 1948, of 3 Les Rocquettes, St Anne, "
           "has received the vaccinations listed below at this practice.")
    d.table(["Vaccine", "Product", "Dose", "Date given", "Batch", "Next due"], [
        ["Pneumococcal polysaccharide (PPV23)", "Pneumovax 23", "single", "4 October 2023", "X017442", "none"],
        ["Shingles (recombinant)", "Shingrix", "1", "15 January 2024", "SH9C31B", "dose 2 given"],
        ["Shingles (recombinant)", "Shingrix", "2", "22 April 2024", "SH9D07A", "-"],
        ["Influenza (aQIV)", "Fluad", "annual", "8 October 2024", "FL4418Q", "autumn 2025"],
        ["COVID-19", "Comirnaty JN.1", "autumn 2024", "8 October 2024", "HG2291", "spring 2025 - declined"],
        ["RSV", "Abrysvo", "-", "not given", "-", "offered, patient to consider"]], [2.6, 1.6, 1, 1.6, 1.1, 1.7], size=8)
    d.imm("Pneumococcal polysaccharide (PPV23)", "2023-10-04", None, "X017442", "Pneumovax 23")
    d.imm("Shingles (recombinant)", "2024-01-15", 1, "SH9C31B", "Shingrix")
    d.imm("Shingles (recombinant)", "2024-04-22", 2, "SH9D07A", "Shingrix")
    d.imm("Influenza (aQIV)", "2024-10-08", None, "FL4418Q", "Fluad")
    d.imm("COVID-19", "2024-10-08", None, "HG2291", "Comirnaty JN.1")
    d.no("immunizations", "RSV", "other", "not given, offered")
    d.para("Medical note: no history of Guillain-Barré syndrome. Egg allergy: none. Previous reaction to vaccines: none.")
    d.no("conditions", "Guillain-Barré syndrome", "negated")
    d.no("allergies", "Egg allergy: none", "negated")
    d.para("Certified on " + d.d("2025-01-30") + ".")
    d.signature("Dr Anne Herivel", "General Practitioner, GMC 7012245")
    return d


@document
def d20():
    d = Doc(20, "christmas_island_prescription", "Christmas Island", "prescription",
            "prescription with brand names (handwritten, scanned)", "d/m/Y", ext="jpg", scan={"dpi": 180, "angle": -0.8})
    d.letterhead("Indian Ocean Territories Health Service - Christmas Island Hospital", [
        "Murray Road, Flying Fish Cove, Christmas Island WA 6798, Australia",
        "Tel +61 8 9164 8255   Prescriber No. 4419372"])
    d.title("PRESCRIPTION (PBS)", 12)
    d.kv([("Patient:", Hand("Tan Siew Ling")), ("Address:", Hand("7 Poon Saan Rd")), ("Medicare:", Hand("4418 22791 3-1")),
          ("Date:", Hand(d.d("2025-03-10")))])
    items = [("Rx", "Diabex XR (metformin) 1000 mg", "1 at night", "metformin", "Diabex XR", "1000", "mg", "at night"),
             ("Rx", "Lipitor (atorvastatin) 20 mg", "1 nocte", "atorvastatin", "Lipitor", "20", "mg", "nocte"),
             ("Rx", "Coversyl Plus (perindopril/indapamide) 5/1.25 mg", "1 mane", "perindopril/indapamide",
              "Coversyl Plus", "5/1.25", "mg", "mane"),
             ("Rx", "Ventolin (salbutamol) 100 mcg inhaler", "2 puffs qid prn", "salbutamol", "Ventolin", "100", "mcg", "qid prn"),
             ("Rx", "Novorapid (insulin aspart) 100 units/mL FlexPen", "6 units tds with meals", "insulin aspart",
              "Novorapid", "6", "units", "tds with meals")]
    for _, label, sig, g, b, dose, unit, freq in items:
        d.ensure(40)
        d.text(d.x0, d.y, "Rx", "SB", 12)
        d.hand_text(d.x0 + 28, d.y, label, 12)
        d.y -= 17
        d.hand_text(d.x0 + 48, d.y, "Sig: " + sig, 11)
        d.y -= 22
        d.med(g, b, dose, unit, None, freq, "active")
    d.hand_line("", "Cease Diamicron (gliclazide) - hypos")
    d.med("gliclazide", "Diamicron", None, None, None, None, "stopped")
    d.no("medications", "gliclazide", "stopped")
    d.hand_line("Allergy:", "Penicillin - anaphylaxis")
    d.alg("Penicillin", "anaphylaxis")
    d.signature("Dr Nur Aisyah Hassan", "Medical Officer")
    return d


@document
def d21():
    d = Doc(21, "croatia_medication_list", "Croatia (English letter for a visitor)", "prescription",
            "medication list (active and stopped sections)", "d.m.Y")
    d.letterhead("Poliklinika Adriatica Split", [
        "Ulica kralja Zvonimira 14, 21000 Split, Croatia", "Tel +385 21 555 640"])
    d.para("Split, " + d.d("2025-08-06"))
    d.para("MEDICATION LIST FOR A VISITING PATIENT - please show to your doctor at home", font="B")
    d.kv([("Patient:", "Mrs Ingrid Halvorsen"), ("Born:", "17.12.1955"), ("Country:", "Norway"),
          ("Doctor:", "dr. med. Ivana Šarić, internist")])
    d.para("Mrs Halvorsen was seen for dizziness on a cruise stop. Diagnosis: orthostatic hypotension, due to "
           "medication. Known hypertension and hypothyroidism. Benign paroxysmal positional vertigo ruled out. "
           "BP lying 132/80 mmHg, standing 104/68 mmHg.")
    d.cond("orthostatic hypotension")
    d.cond("hypertension")
    d.cond("hypothyroidism")
    d.no("conditions", "Benign paroxysmal positional vertigo", "negated", "ruled out")
    d.vit("blood_pressure", "132/80", 132.0, 80.0, "mmHg")
    d.vit("blood_pressure", "104/68", 104.0, 68.0, "mmHg")
    d.vitals[-1]["optional"] = True
    d.title("ACTIVE MEDICATIONS", 10)
    d.table(["Medicine", "Strength", "Dosing", "Note"], [
        ["Amlodipine (Norvasc)", "5 mg", "1 tablet in the morning", "continue"],
        ["Levothyroxine (Euthyrox)", "88 mcg", "1 tablet before breakfast", "continue"],
        ["Atorvastatin (Atoris)", "20 mg", "1 tablet in the evening", "continue"],
        ["Cholecalciferol drops", "1000 IU", "daily", "continue"]], [2.6, 1.2, 2.4, 1.6])
    d.med("amlodipine", "Norvasc", "5", "mg", None, "in the morning")
    d.med("levothyroxine", "Euthyrox", "88", "mcg", None, "before breakfast")
    d.med("atorvastatin", "Atoris", "20", "mg", None, "in the evening")
    d.med("cholecalciferol", None, "1000", "IU", None, "daily")
    d.title("STOPPED / INACTIVE MEDICATIONS", 10)
    d.table(["Medicine", "Strength", "Previously", "Reason"], [
        ["Hydrochlorothiazide/losartan (Hyzaar)", "12.5/50 mg", "1 daily", "stopped " + d.d("2025-08-06") + ", low BP"],
        ["Doxazosin", "4 mg", "at night", "stopped, dizziness"]], [2.6, 1.2, 2.4, 1.6])
    d.med("hydrochlorothiazide/losartan", "Hyzaar", "12.5/50", "mg", None, "1 daily", "stopped")
    d.no("medications", "hydrochlorothiazide/losartan", "stopped")
    d.med("doxazosin", None, "4", "mg", None, "at night", "stopped")
    d.no("medications", "doxazosin", "stopped")
    d.para("Allergies: NKDA. Recheck blood pressure with your GP within 2 weeks of returning home.")
    d.no("allergies", "NKDA", "negated")
    d.signature("dr. med. Ivana Šarić", "Internal medicine")
    return d


@document
def d22():
    d = Doc(22, "saipan_ed_triage", "Northern Mariana Islands", "medical_record", "ED / triage note (handwritten, scanned)",
            "m/d/Y", ext="pdf", scan={"dpi": 150, "angle": 2.3}, size=letter)
    d.letterhead("Commonwealth Health Center - Emergency Department", [
        "1 Lower Navy Hill Road, Garapan, Saipan, MP 96950, USA   Tel +1 670 234 8950"], right=["TRIAGE / ED NOTE"])
    d.kv([("Name:", "SABLAN, Vicente T."), ("MRN:", "CHC-3390127"), ("DOB:", "08/14/1979"),
          ("Arrival:", "06/21/2025 22:40"), ("Mode:", "Private vehicle"), ("ESI level:", Hand("3"))])
    d.title("Triage vital signs", 10)
    d.table(["BP", "HR", "RR", "Temp", "SpO2", "Pain"],
            [[Hand("158/96"), Hand("112"), Hand("20"), Hand("37.9 C"), Hand("97%"), Hand("8/10")]], [1, 1, 1, 1, 1, 1])
    d.vit("blood_pressure", "158/96", 158.0, 96.0, None)
    d.vit("heart_rate", "112", 112.0, None, None)
    d.vit("respiratory_rate", "20", 20.0, None, None)
    d.vit("temperature", "37.9", 37.9, None, "C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.hand_line("Chief complaint:", "RUQ abd pain x 2 days, vomiting")
    d.hand_line("Allergies:", "Morphine - itching; bee stings - swelling")
    d.alg("Morphine", "itching")
    d.alg("bee stings", "swelling")
    d.hand_line("PMH:", "Type 2 DM, gout. No hx of pancreatitis")
    d.cond("Type 2 DM", aliases=["type 2 diabetes mellitus"])
    d.cond("gout")
    d.no("conditions", "pancreatitis", "negated")
    d.hand_line("Home meds:", "metformin 500 mg BID, allopurinol 300 mg daily")
    d.med("metformin", None, "500", "mg", None, "BID")
    d.med("allopurinol", None, "300", "mg", None, "daily")
    d.title("Physician note", 10)
    d.para("46M with RUQ pain radiating to the back after a fatty meal, nausea and 3 episodes of emesis. Denies "
           "hematemesis, melena or jaundice. Murphy sign positive. Bedside US: gallstones with wall thickening. "
           "Lipase 42 U/L (13-60). WBC 14.2 K/uL H (4.5-11.0). Point-of-care glucose 246 mg/dL.")
    d.no("conditions", "hematemesis", "negated")
    d.no("conditions", "jaundice", "negated")
    d.lab("Lipase", "42", "U/L", 13.0, 60.0, None, "normal", "2025-06-21")
    d.lab("WBC", "14.2", "K/uL", 4.5, 11.0, None, "high", "2025-06-21")
    d.lab("Point-of-care glucose", "246", "mg/dL", None, None, None, None, "2025-06-21")
    d.para("Impression: acute calculous cholecystitis. Rule out choledocholithiasis (LFTs pending).")
    d.cond("acute calculous cholecystitis")
    d.no("conditions", "choledocholithiasis", "other", "rule out")
    d.no("labs", "LFTs", "other", "pending")
    d.title("ED medications given", 10)
    d.table(["Time", "Medication", "Dose / route", "Init."], [
        [Hand("23:05"), "Ondansetron", "4 mg IV", Hand("RC")], [Hand("23:05"), "Ketorolac", "15 mg IV", Hand("RC")],
        [Hand("23:30"), "Piperacillin-tazobactam", "4.5 g IV", Hand("RC")], [Hand("23:10"), "Normal saline", "1 L IV bolus", Hand("RC")]],
        [1, 3, 2, 1])
    d.no("medications", "Ondansetron", "other", "ED dose")
    d.no("medications", "Ketorolac", "other", "ED dose")
    d.no("medications", "Piperacillin-tazobactam", "other", "ED dose")
    d.para("Hold metformin while NPO. Surgery consulted, admit for laparoscopic cholecystectomy.")
    d.hand_line("Disposition:", "Admit surgery - Dr. Camacho")
    d.signature("Ramon Castro, MD", "Emergency physician", hand=True)
    return d


@document
def d23():
    d = Doc(23, "roatan_preop_form", "Honduras (Roatan)", "medical_record", "pre-operative intake form (tick boxes)",
            "d/m/Y")
    d.letterhead("Clínica Bahía de Roatán - Surgical Services", [
        "Main Road, Sandy Bay, Roatán, Islas de la Bahía, Honduras",
        "Tel +504 2445 5512   English-speaking staff"])
    d.title("PRE-OPERATIVE PATIENT QUESTIONNAIRE", 12)
    d.kv([("Name:", Hand("Robert Ebanks")), ("Date of birth:", Hand("12/09/1971")),
          ("Procedure:", Hand("Inguinal hernia repair, right")), ("Date:", Hand(d.d("2025-09-04")))])
    d.title("Do you have, or have you ever had:", 10)
    d.checks([
        ("High blood pressure", "Y", "since 2015"),
        ("Diabetes", "N", None),
        ("Heart attack or chest pain (angina)", "N", None),
        ("Asthma or COPD", "Y", "asthma, mild"),
        ("Sleep apnea / snoring", "Y", "uses CPAP"),
        ("Stroke", "N", None),
        ("Kidney disease", "N", None),
        ("Bleeding problems or easy bruising", "N", None),
        ("Problems with anaesthesia (you or family)", "N", None),
        ("Hepatitis or liver disease", "N", None),
        ("Smoker", "N", "quit 2010"),
    ])
    d.cond("High blood pressure", aliases=["hypertension"])
    d.cond("asthma")
    d.cond("Sleep apnea", aliases=["obstructive sleep apnea"])
    d.cond("Right inguinal hernia")
    d.para("Diagnosis: Right inguinal hernia, reducible.", 9)
    for n in ["Diabetes", "Heart attack", "Stroke", "Kidney disease", "Bleeding problems", "Hepatitis"]:
        d.no("conditions", n, "checkbox_no")
    d.title("Allergies", 10)
    d.checks([("Are you allergic to any medicine?", "Y", "codeine - vomiting"),
              ("Latex allergy?", "N", None),
              ("Food allergy?", "Y", "peanuts - swelling of lips")])
    d.alg("codeine", "vomiting")
    d.alg("peanuts", "swelling of lips")
    d.no("allergies", "Latex", "checkbox_no")
    d.title("Current medicines (name, dose, how often)", 10)
    d.hand_line("1.", "Losartan 50 mg once a day")
    d.hand_line("2.", "Symbicort 160/4.5 mcg 2 puffs twice a day")
    d.hand_line("3.", "Aspirin 81 mg - stopped 7 days ago for surgery")
    d.med("losartan", None, "50", "mg", None, "once a day")
    d.med("budesonide/formoterol", "Symbicort", "160/4.5", "mcg", None, "twice a day")
    d.med("aspirin", None, "81", "mg", None, None, "held")
    d.no("medications", "aspirin", "stopped", "held pre-op")
    d.para("Nurse use: BP 138/88 mmHg   HR 74   SpO2 98 %   Weight 92 kg   Height 178 cm", 9)
    d.vit("blood_pressure", "138/88", 138.0, 88.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, None)
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "92", 92.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.para("Generic drug names for budesonide/formoterol (Symbicort) confirmed by pharmacy.", 8)
    d.para("Anaesthesia information: tell the anaesthetist if you have ever had malignant hyperthermia or a reaction "
           "to propofol.", 8)
    d.no("conditions", "malignant hyperthermia", "leaflet")
    d.hand_line("Patient signature:", "R. Ebanks")
    return d


@document
def d24():
    d = Doc(24, "galapagos_allergy_letter", "Ecuador (Galapagos, English letter for a visitor)", "medical_record",
            "allergy clinic letter and dispensing record", "d/m/Y")
    d.letterhead("Centro Médico Isla Santa Cruz", [
        "Av. Charles Darwin y Tomás de Berlanga, Puerto Ayora, Galápagos, Ecuador",
        "Tel +593 5 255 5367   Emergencias +593 99 555 2214"])
    iso = "2025-10-02"
    d.para("Puerto Ayora, " + d.d(iso))
    d.para("ALLERGY REPORT FOR A VISITING PATIENT", font="B")
    d.kv([("Patient:", "Ms Sophie van der Berg"), ("Born:", "05/11/1988"), ("Passport:", "NL BR7732K19"),
          ("Boat:", "M/Y Floreana Star")])
    d.para("Ms van der Berg attended after a generalised urticarial reaction with lip swelling 30 minutes after "
           "eating ceviche on board. No wheeze, no hypotension. She was treated with adrenaline 0.5 mg IM once, "
           "cetirizine 10 mg and hydrocortisone 200 mg IV in clinic and observed for 6 hours.")
    d.no("conditions", "wheeze", "negated")
    d.no("conditions", "hypotension", "negated")
    d.no("medications", "adrenaline", "other", "single IM dose")
    d.no("medications", "hydrocortisone", "other", "single dose")
    d.title("Allergy list (updated)", 10)
    d.table(["Allergen", "Reaction", "Severity", "Source"], [
        ["Shrimp (crustacean shellfish)", "urticaria and lip angioedema", "moderate", "this episode"],
        ["Ibuprofen", "wheeze", "moderate", "patient report"],
        ["Amoxicillin", "maculopapular rash", "mild", "childhood"],
        ["Wasp venom", "large local swelling", "mild", "patient report"],
        ["Nickel", "contact dermatitis", "mild", "patch test 2019"]], [2.6, 2.6, 1.2, 1.6])
    d.alg("Shrimp", "urticaria and lip angioedema", "moderate")
    d.alg("Ibuprofen", "wheeze", "moderate")
    d.alg("Amoxicillin", "maculopapular rash", "mild")
    d.alg("Wasp venom", "large local swelling", "mild")
    d.alg("Nickel", "contact dermatitis", "mild")
    d.para("No known latex allergy. Fish (finned) tolerated previously - ?cross-reactive fish allergy not confirmed. "
           "Her sister has peanut allergy. Past history of childhood eczema, resolved.")
    d.no("allergies", "latex", "negated")
    d.no("allergies", "fish", "other", "suspected, not confirmed")
    d.no("allergies", "peanut", "family")
    d.no("conditions", "eczema", "historical", "resolved")
    d.title("Dispensed today", 10)
    d.table(["Item", "Qty", "Directions"], [
        ["Adrenaline auto-injector 0.3 mg (EpiPen)", "2", "0.3 mg IM into outer thigh if throat swelling or breathing difficulty"],
        ["Cetirizine 10 mg tablets", "10", "10 mg once daily for 5 days"],
        ["Prednisone 20 mg tablets", "6", "40 mg once daily for 3 days - then stop"]], [3, 0.6, 4])
    d.med("adrenaline", "EpiPen", "0.3", "mg", "IM", "if throat swelling or breathing difficulty", "new")
    d.med("cetirizine", None, "10", "mg", None, "once daily", "new")
    d.med("prednisone", None, "40", "mg", None, "once daily", "new")
    d.para("Regular medicines: salbutamol inhaler 100 mcg 2 puffs as needed (mild intermittent asthma); combined oral "
           "contraceptive (levonorgestrel/ethinylestradiol 150/30 mcg) daily.")
    d.med("salbutamol", None, "100", "mcg", None, "as needed")
    d.med("levonorgestrel/ethinylestradiol", None, "150/30", "mcg", None, "daily")
    d.cond("mild intermittent asthma")
    d.para("Vital signs at discharge: BP 118/72 mmHg, HR 82 bpm, SpO2 99 %.")
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "bpm")
    d.vit("oxygen_saturation", "99", 99.0, None, "%")
    d.para("Recommendation: referral to an allergist at home for skin-prick testing to shellfish and fish; carry the "
           "adrenaline auto-injector at all times. Leaflet: avoid all shrimp, prawns, lobster and crab; some "
           "seafood sauces contain shellfish extract.", 9)
    d.signature("Dra. Paola Cevallos", "Médico general, MSP reg. 1715-2209")
    return d


# ============================================================================ BUILD
CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")


def sha(p):
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def manifest_lines(outdir):
    rels = []
    for sub in ("docs", "truth"):
        for root, _dirs, files in os.walk(os.path.join(outdir, sub)):
            for f in files:
                rels.append(os.path.relpath(os.path.join(root, f), outdir))
    rels.append("make_heldout17.py")
    return [f"{sha(os.path.join(outdir, r))}  {r}" for r in sorted(rels)]


def build(outdir, readme="keep"):
    os.makedirs(outdir, exist_ok=True)
    for sub in ("docs", "truth"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    os.makedirs(os.path.join(outdir, "truth", "drawn"))
    errs, info = [], []
    for fn in DOCS:
        doc = fn()
        pdf_bytes = doc.render_pdf()
        out = os.path.join(outdir, "docs", f"{doc.stem}.{doc.ext}")
        if doc.scan:
            a = abs(doc.scan["angle"])
            if not (0.5 <= a <= 2.5):
                errs.append(f"{doc.stem}: scan angle {a}")
            npages = scanify(pdf_bytes, doc, out)
            if doc.ext == "pdf":
                p = pdfium.PdfDocument(out)
                nch = sum(p[i].get_textpage().count_chars() for i in range(len(p)))
                if nch:
                    errs.append(f"{doc.stem}: scan has a text layer ({nch} chars)")
                p.close()
            layer = None
        else:
            with open(out, "wb") as f:
                f.write(pdf_bytes)
            p = pdfium.PdfDocument(pdf_bytes)
            npages = len(p)
            layer = "\n".join(p[i].get_textpage().get_text_range() for i in range(npages))
            p.close()
        errs += check_doc(doc, layer)
        t = doc.truth()
        with open(os.path.join(outdir, "truth", f"{doc.stem}.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(outdir, "truth", "drawn", f"{doc.stem}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(doc.drawn) + "\n")
        # re-parse
        with open(os.path.join(outdir, "truth", f"{doc.stem}.json"), encoding="utf-8") as f:
            json.load(f)
        info.append({"doc": doc, "pages": npages, "truth": t})
    tot = {c: sum(len(i["truth"][c]) for i in info) for c in CATS}
    mn = sum(len(i["truth"]["must_not"]) for i in info)
    if len(info) != 24:
        errs.append(f"{len(info)} documents")
    if tot["conditions"] < 50:
        errs.append(f"only {tot['conditions']} condition rows")
    if tot["allergies"] < 25:
        errs.append(f"only {tot['allergies']} allergy rows")
    if sum(1 for i in info if i["doc"].scan) != 6:
        errs.append("need 6 scans")
    if sum(1 for i in info if i["doc"].hand_used) < 6:
        errs.append("need 6 handwritten")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)
    if os.path.abspath(outdir) != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout17.py"))
    lines = manifest_lines(outdir)
    with open(os.path.join(outdir, "MANIFEST.sha256"), "w") as f:
        f.write("\n".join(lines) + "\n")
    rp = os.path.join(outdir, "README.md")
    if readme == "write" or (readme == "keep" and not os.path.exists(rp)):
        with open(rp, "w", encoding="utf-8") as f:
            f.write(make_readme(info, tot, mn))
    print(f"built {len(info)} documents, {sum(i['pages'] for i in info)} pages, "
          f"{sum(tot.values())} scored rows {tot}, {mn} must_not; manifest {len(lines)} entries")
    return info


def check(outdir=HERE):
    mp = os.path.join(outdir, "MANIFEST.sha256")
    with open(mp) as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    bad = []
    listed = set()
    for ln in lines:
        h, rel = ln.split("  ", 1)
        listed.add(rel)
        p = os.path.join(outdir, rel)
        if not os.path.exists(p) or sha(p) != h:
            bad.append(rel)
    actual = {ln.split("  ", 1)[1] for ln in manifest_lines(outdir)}
    extra = actual - listed
    if "README.md" in listed:
        bad.append("README.md must not be in the manifest")
    if len(lines) < 50:
        bad.append(f"only {len(lines)} entries")
    for rel in sorted(listed):
        if rel.startswith("truth/") and rel.endswith(".json"):
            with open(os.path.join(outdir, rel), encoding="utf-8") as f:
                t = json.load(f)
            if t["document_type"] not in DOCUMENT_TYPES:
                bad.append(rel + " document_type")
    if bad or extra:
        print("CHECK FAILED:", bad, sorted(extra), file=sys.stderr)
        raise SystemExit(1)
    print(f"check ok: {len(lines)} manifest entries verified")


def determinism():
    base = "/tmp/heldout17_work/determinism"
    ms = []
    for tag in ("a", "b"):
        d = os.path.join(base, tag)
        if os.path.isdir(d):
            shutil.rmtree(d)
        build(d, readme="skip")
        with open(os.path.join(d, "MANIFEST.sha256")) as f:
            ms.append(f.read())
    if ms[0] != ms[1]:
        print("DETERMINISM FAILED: the two builds differ", file=sys.stderr)
        raise SystemExit(1)
    own = os.path.join(HERE, "MANIFEST.sha256")
    if os.path.exists(own):
        with open(own) as f:
            if f.read() != ms[0]:
                print("DETERMINISM FAILED: differs from the committed manifest", file=sys.stderr)
                raise SystemExit(1)
    print("determinism ok: two builds give identical manifests")


def make_readme(info, tot, mn):
    why = {}
    for i in info:
        for x in i["truth"]["must_not"]:
            why[x["why"]] = why.get(x["why"], 0) + 1
    L = ["# Held-out extraction test set 17", "",
         "**Status:** held out. Written and frozen (unscored) before the next rule changes.", "",
         "## How it was made", "",
         "24 synthetic English-language medical documents, one per country / health system, written "
         "by hand in `make_heldout17.py` (all content and truth rows are typed in the script; no "
         "generator of clinical content). Documents are drawn with reportlab (`invariant=1`). Six are "
         "scans: pages rendered with pypdfium2 at 150-200 dpi, rotated 0.5-2.5 degrees, blurred, toned "
         "to paper, unevenly lit and given mild noise, then saved as JPG, PNG or image-only PDF. "
         "Handwriting is an oblique DejaVu font drawn character by character with jitter; tick boxes "
         "are vector strokes. Randomness comes only from generators seeded with fixed strings.",
         "", "The author read only `pipeline/clinical/schema.py`; the pipeline was not run on these "
         "documents. `truth/drawn/*.txt` records the strings drawn into each document.", "",
         "Build: `python make_heldout17.py` (keeps an existing README), `--check` (verifies "
         "MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
         "`--determinism` (two builds under /tmp/heldout17_work must give identical manifests).", "",
         "## Truth conventions", "",
         "- A row is a current fact that a careful clinician would enter in the record from this "
         "document. Lab rows carry the collection date of their column or row, one row per value per "
         "date. Previous-result columns and cumulative columns therefore give rows with their own dates.",
         "- `flag`: the printed flag (H/L -> high/low, HH/LL or \"critical\" -> critical, "
         "reactive/positive -> abnormal). If no flag is printed and a reference is printed, the flag is "
         "\"normal\". With no reference it is null.",
         "- Stopped, held and completed medicines are rows with that status AND a must_not row (why "
         "\"stopped\"). One-off doses given in a clinic, ED or ward are must_not rows only (why \"other\").",
         "- Due, planned, declined or not-indicated vaccines, and negated, family, planned, ruled-out or "
         "suspected conditions and allergies, are must_not rows only. A resolved past problem is a "
         "must_not row with why \"historical\". Declined or not-indicated vaccines, pending results and "
         "suspected diagnoses use why \"other\". Conditions or medicines named only in patient leaflet / "
         "advice text use why \"leaflet\". Items ticked \"No\" on a form use why \"checkbox_no\". "
         "Planned/to-start medicines use why \"planned\".",
         "- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart "
         "from the document alone.",
         "- must_not `why` is one of: negated, family, historical, planned, due, stopped, checkbox_no, "
         "leaflet, other.",
         "- A row may carry `\"optional\": true` when a careful clinician could reasonably go either "
         "way (at most 1 per document).", "",
         "## Totals", "",
         f"- Documents: {len(info)}; pages: {sum(i['pages'] for i in info)}; scans: "
         f"{sum(1 for i in info if i['doc'].scan)}; with handwriting: {sum(1 for i in info if i['doc'].hand_used)}",
         f"- Scored rows: {sum(tot.values())} (" + ", ".join(f"{k} {v}" for k, v in tot.items()) + ")",
         f"- must_not rows: {mn} (" + ", ".join(f"{k} {v}" for k, v in sorted(why.items())) + ")", "",
         "## Documents", "",
         "| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
         "|---|---|---|---|---|---|---|---|---|---|---|"]
    for i in info:
        d, t = i["doc"], i["truth"]
        rows = sum(len(t[c]) for c in CATS)
        scan = f"{d.ext.upper()} {d.scan['dpi']} dpi, {d.scan['angle']:+.1f} deg" if d.scan else "no"
        L.append(f"| {d.num} | {t['file']} | {d.country} | {d.dtype} | {d.kind} | {i['pages']} | {scan} | "
                 f"{'yes' if d.hand_used else 'no'} | {d.style} | {rows} | {len(t['must_not'])} |")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--check" in args:
        check()
    elif "--determinism" in args:
        determinism()
    else:
        build(HERE, readme="write" if "--write-readme" in args else "keep")
