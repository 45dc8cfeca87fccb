#!/usr/bin/env python
"""Build held-out extraction test set 21 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout21.py                 build into this folder (keeps an existing README)
    python make_heldout21.py --check         verify MANIFEST.sha256
    python make_heldout21.py --determinism   build twice under /tmp/heldout21_work, compare
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
        "Y/m/d": f"{y}/{m:02d}/{d:02d}", "Y.m.d": f"{y}.{m:02d}.{d:02d}.",
        "d-m-Y": f"{d:02d}-{m:02d}-{y}", "d. m. Y": f"{d}. {m}. {y}",
        "j.n.Y": f"{d}.{m}.{y}", "d.m.Y.": f"{d:02d}.{m:02d}.{y}.",
    }[style]


class Hand(str):
    """A cell / value written by hand."""


class Doc:
    def __init__(self, num, slug, country, dtype, kind, style, ext="pdf", scan=None, size=A4,
                 lang="English", comma=False):
        self.num, self.slug, self.country, self.dtype, self.kind = num, slug, country, dtype, kind
        self.lang, self.comma = lang, comma
        self.style, self.ext, self.scan, self.size = style, ext, scan, size
        self.stem = f"{num:02d}_{slug}"
        self.W, self.Hh = size
        self.pages = [[]]
        self.y = self.Hh - 50
        self.drawn = []
        self.hand_used = False
        self.rng = random.Random("heldout21-hand-" + self.stem)
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
        self.y -= 13

    def checks(self, rows, size=8.8, qw=0.62, labels=("Yes", "No", "Details"), cross=False):
        """Form rows: (question, answer 'Y'/'N'/None, detail). Yes / No tick boxes."""
        total = self.x1 - self.x0
        xq, xy, xn, xd = self.x0, self.x0 + total * qw, self.x0 + total * qw + 34, self.x0 + total * qw + 70
        self.ensure(30)
        self.text(xy, self.y, labels[0], "B", size)
        self.text(xn, self.y, labels[1], "B", size)
        self.text(xd, self.y, labels[2], "B", size)
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
                    self.tick(xb + 2, self.y - 2, cross=cross)
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
                num = float(vt.replace(",", ".")) if self.comma else float(vt.replace(",", ""))
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
        c.setTitle(f"Held-out 21 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout21.py")
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
    rng = np.random.default_rng(int(hashlib.sha256(("heldout21-scan-" + doc.stem).encode()).hexdigest()[:8], 16))
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
        if i["administered_on"] is None:
            pass
        elif not is_iso(i["administered_on"]):
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
    nrows = sum(len(t[cat]) for cat in ("medications", "labs", "vitals", "allergies", "conditions",
                                        "immunizations"))
    if not 8 <= nrows <= 40:
        errs.append(f"{doc.stem}: {nrows} scored rows (want 8-40)")
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




FLAGMAP = {"H": "high", "L": "low", "HH": "critical", "LL": "critical", "A": "abnormal", "*": "abnormal",
           "\u2191": "high", "\u2193": "low", "\u2191\u2191": "critical", "\u2193\u2193": "critical",
           "(H)": "high", "(L)": "low", "(A)": "high", "(B)": "low"}


def _sp(cell):
    """'7,8 \u2191' -> ('7,8', 'high'); value as printed plus a flag code."""
    m = re.match(r"^([<>]?[0-9][0-9.,]*)\s*(.*)$", cell.strip())
    v, f = m.group(1), m.group(2).strip()
    return v, (FLAGMAP[f] if f else None)


def cumul(d, rows, dates):
    """rows: (test, aliases, unit, ref_display, lo, hi, rtext, cells); adds one lab row per cell."""
    out = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        out.append([test] + list(cells) + [unit, ref])
        for iso, cell in zip(dates, cells):
            if cell in ("", "-", "\u2014"):
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    return out



def _amb(style, iso):
    y, m, dd = (int(p) for p in iso.split("-"))
    return style in ("d/m/Y", "m/d/Y", "d.m.Y", "d-m-Y", "j.n.Y", "d.m.Y.") and m <= 12 and dd <= 12 and m != dd


FLAGMAP.update({"ALTO": "high", "BAJO": "low", "ALTERADO": "abnormal"})


def labrows(d, rows, iso, comma_thousands=False):
    """rows: (test, aliases, value, unit, ref_display, lo, hi, rtext, flagcode[, num]) -> table cells + truth."""
    out = []
    for r in rows:
        test, al, v, unit, ref, lo, hi, rt, fc = r[:9]
        num = r[9] if len(r) > 9 else "auto"
        out.append([test, v, unit, ref, fc])
        flag = FLAGMAP[fc] if fc else ("normal" if ref else None)
        d.lab(test, v, unit, lo, hi, rt, flag, iso, al, num=num)
    return out


def fam_grid(d, rows, rels=("Mother", "Father", "Sibling", "Grandparent")):
    total = d.x1 - d.x0
    xs = [d.x0 + total * 0.42 + i * 62 for i in range(len(rels))]
    d.ensure(20)
    d.text(d.x0, d.y, "Condition", "B", 8.8)
    for x, r in zip(xs, rels):
        d.text(x, d.y, r, "B", 8.8)
    d.y -= 14
    for cond, ticks in rows:
        d.ensure(16)
        d.text(d.x0, d.y, cond, "R", 8.8)
        for x, r in zip(xs, rels):
            d.rect(x + 2, d.y - 2, 9, 9, lw=0.7)
            if r in ticks:
                d.tick(x + 2, d.y - 2)
        d.line(d.x0, d.y - 5, d.x1, d.y - 5, 0.25, 0.6)
        d.y -= 15
    d.y -= 6


def ccda_section(d, title, anchor):
    d.ensure(75)
    d.gap(4)
    d.text(d.x0, d.y, title, "B", 11, (0.1, 0.2, 0.55))
    d.text(d.x1, d.y, "#" + anchor, "R", 7, (0.4, 0.4, 0.6), "r")
    d.y -= 5
    d.line(d.x0, d.y, d.x1, d.y, 0.5, 0.6)
    d.y -= 12


# ============================================================================ DOCUMENT CONTENT


# ---------------------------------------------------------------------------- 01 Serbia
@document
def d01():
    d = Doc(1, "serbia_cumulative_lab", "Serbia", "lab_result", "lab report (cumulative, 3 dates, oldest first)",
            "d.m.Y.", lang="Serbian", comma=True)
    d.letterhead("Zdravstveni centar Zaječar", [
        "Služba za laboratorijsku dijagnostiku, Rasadnička bb, 19000 Zaječar, Republika Srbija",
        "Tel. 019 555 420   Akreditacija ATS br. 02-117"],
        right=["KUMULATIVNI IZVEŠTAJ", "Štampano: 30.04.2025. 08:10"], color=(0.1, 0.2, 0.45))
    d.kv([("Pacijent:", "PETROVIĆ Dragan"), ("Datum rođenja:", "14.03.1956."),
          ("LBO:", "10374429861"), ("Izabrani lekar:", "dr Milica Jovanović"),
          ("Ambulanta:", "Dom zdravlja Zaječar, amb. 7"), ("Uputna dijagnoza:", "E11.9, E78.2")], lw=95)
    dates = ["2024-10-08", "2025-01-21", "2025-04-29"]
    rows = [
        ("Glukoza", ["Glucose"], "mmol/L", "3,9 – 6,1", 3.9, 6.1, None, ["8,9 H", "7,6 H", "6,8 H"]),
        ("HbA1c", ["Glycated haemoglobin"], "%", "4,0 – 6,0", 4.0, 6.0, None, ["8,4 H", "7,5 H", "6,9 H"]),
        ("Holesterol ukupni", ["Total cholesterol"], "mmol/L", "< 5,2", None, 5.2, "< 5,2", ["6,9 H", "5,4 H", "4,6"]),
        ("LDL holesterol", ["LDL cholesterol"], "mmol/L", "< 3,4", None, 3.4, "< 3,4", ["4,8 H", "3,3", "2,6"]),
        ("HDL holesterol", ["HDL cholesterol"], "mmol/L", "> 1,0", 1.0, None, "> 1,0", ["0,9 L", "1,0", "1,1"]),
        ("Trigliceridi", ["Triglycerides"], "mmol/L", "< 1,7", None, 1.7, "< 1,7", ["2,9 H", "2,1 H", "1,6"]),
        ("ALT", ["Alanine aminotransferase"], "U/L", "10 – 40", 10.0, 40.0, None, ["38", "56 H", "44 H"]),
        ("Kreatinin", ["Creatinine"], "µmol/L", "62 – 106", 62.0, 106.0, None, ["88", "91", "—"]),
    ]
    d.title("Biohemija – kumulativni pregled (najstariji uzorak levo)", 10.5)
    d.para("H – vrednost iznad referentnog opsega, L – vrednost ispod referentnog opsega, — nije rađeno.", 8)
    tab = cumul(d, rows, dates)
    tab = [[r[0], r[4], r[5], r[1], r[2], r[3]] for r in tab]
    d.table(["Analiza", "Jedinica", "Ref. vrednosti", d.d(dates[0]), d.d(dates[1]), d.d(dates[2])], tab,
            [2.5, 1.2, 1.4, 1.3, 1.3, 1.3])
    d.title("Analize u toku", 10)
    d.table(["Analiza", "Uzorak", "Status"],
            [["Mikroalbuminurija (ACR)", d.d(dates[2]), "rezultat će biti naknadno dostavljen"],
             ["Vitamin D (25-OH)", d.d(dates[2]), "uzorak poslat u referentnu laboratoriju"]], [3, 1.5, 3])
    d.no("labs", "Mikroalbuminurija (ACR)", "other", "pending")
    d.no("labs", "Vitamin D (25-OH)", "other", "pending")
    d.para("Napomena: uzorak od " + d.d(dates[1]) + " uzet posle 12 h gladovanja. LDL izračunat po Friedewald-u.", 8)
    d.para("Rezultate overila: dr Snežana Ilić, specijalista medicinske biohemije.", 8)
    return d


# ---------------------------------------------------------------------------- 02 Azerbaijan
@document
def d02():
    d = Doc(2, "azerbaijan_lab_previous", "Azerbaijan", "lab_result",
            "lab report (previous-result column, biochemistry + thyroid)", "d.m.Y", lang="Azerbaijani", comma=True)
    d.letterhead("Gəncə Şəhər Diaqnostika Mərkəzi", [
        "Atatürk prospekti 118, Gəncə, AZ2000, Azərbaycan Respublikası",
        "Tel. +994 22 555 31 40   Lisenziya № 0127-LB"], right=["LABORATORİYA MÜAYİNƏLƏRİNİN", "NƏTİCƏLƏRİ"],
        color=(0.0, 0.3, 0.45))
    d.kv([("Xəstə:", "Əliyeva Günel Rasim qızı"), ("Doğum tarixi:", "07.02.1973"), ("Cins:", "Qadın"),
          ("Həkim:", "Dr. Elçin Məmmədov (endokrinoloq)"), ("Nümunə götürülüb:", "17.06.2025 08:20"),
          ("Nəticə verilib:", "17.06.2025 14:05")], lw=108)
    cur, prev = "2025-06-17", "2025-03-11"
    U, D = "↑", "↓"
    sections = [
        ("BİOKİMYƏVİ MÜAYİNƏLƏR", [
            ("Qlükoza (ac qarına)", ["Fasting glucose"], "mmol/l", "3,9 – 6,1", 3.9, 6.1, None, ["7,2 " + U, "8,1 " + U]),
            ("Kreatinin", ["Creatinine"], "µmol/l", "53 – 97", 53.0, 97.0, None, ["84", "79"]),
            ("Sidik cövhəri", ["Urea"], "mmol/l", "2,5 – 7,5", 2.5, 7.5, None, ["6,1", "5,8"]),
            ("ALT", ["Alanine aminotransferase"], "U/l", "< 33", None, 33.0, "< 33", ["41 " + U, "29"]),
            ("AST", ["Aspartate aminotransferase"], "U/l", "< 32", None, 32.0, "< 32", ["35 " + U, "27"]),
            ("Ümumi xolesterin", ["Total cholesterol"], "mmol/l", "< 5,2", None, 5.2, "< 5,2", ["6,3 " + U, "6,8 " + U])]),
        ("HORMONLAR VƏ DƏMİR MÜBADİLƏSİ", [
            ("TTH (tireotrop hormon)", ["TSH"], "mIU/l", "0,4 – 4,0", 0.4, 4.0, None, ["6,9 " + U, "5,1 " + U]),
            ("Sərbəst T4", ["Free T4"], "pmol/l", "10,0 – 22,0", 10.0, 22.0, None, ["11,4", "—"]),
            ("Ferritin", ["Ferritin"], "ng/ml", "13 – 150", 13.0, 150.0, None, ["9 " + D, "—"])]),
    ]
    for title, rows in sections:
        tab = []
        for test, al, unit, ref, lo, hi, rt, cells in rows:
            tab.append([test, cells[0], unit, ref, cells[1]])
            for iso, cell in zip((cur, prev), cells):
                if cell == "—":
                    continue
                v, f = _sp(cell)
                d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
        d.title(title, 10.5)
        d.table(["Müayinə", "Nəticə", "Vahid", "Norma", "Əvvəlki nəticə " + d.d(prev)], tab, [3.0, 1.3, 1.1, 1.6, 2.2])
    d.para("↑ normadan yuxarı, ↓ normadan aşağı. — müayinə aparılmayıb.", 8)
    d.title("İcra olunur", 10)
    d.para("D vitamini (25-OH) – nümunə istinad laboratoriyasına göndərilib, nəticə sonra təqdim ediləcək.", 9)
    d.no("labs", "D vitamini (25-OH)", "other", "pending")
    d.para("Laborator həkim: Dr. Səbinə Hüseynova. Nəticələr müalicə edən həkim tərəfindən qiymətləndirilməlidir.", 8)
    return d


# ---------------------------------------------------------------------------- 03 French Guiana
@document
def d03():
    d = Doc(3, "french_guiana_urinalysis_scan", "French Guiana", "lab_result",
            "lab report (blood count, CRP, urine dipstick and cytology; thousands spaces; scanned)", "d/m/Y",
            ext="jpg", scan={"dpi": 165, "angle": 1.7, "blur": 0.8}, lang="French", comma=True)
    d.letterhead("Centre Hospitalier de l'Ouest Guyanais Franck Joly", [
        "Laboratoire de biologie médicale – 16 bd du Général de Gaulle, 97320 Saint-Laurent-du-Maroni, Guyane",
        "Tél. 05 94 55 34 40   Biologiste responsable : Dr Thierry Sabayo"], right=["COMPTE RENDU", "D'ANALYSES"],
        color=(0.1, 0.35, 0.15))
    d.kv([("Patiente :", "Mme PINAS Rosiane"), ("Née le :", "22/09/1994"), ("N° demande :", "25-0312-0188"),
          ("Prescripteur :", "Dr Ludovic Anelli, urgences"), ("Prélèvement :", "12/03/2025 09:40"),
          ("Édité le :", "12/03/2025 16:55")], lw=82)
    iso = "2025-03-12"
    U, D = "↑", "↓"
    d.para("↑ / ↓ : valeur au-dessus / au-dessous des valeurs de référence ;  * : résultat anormal.", 8)
    hdr = ["Analyse", "Résultat", "Unités", "Valeurs de référence", ""]
    w = [2.8, 1.3, 1.1, 2.0, 0.5]
    d.title("HÉMATOLOGIE – BIOCHIMIE", 10.5)
    rows = [
        ("Leucocytes", ["White blood cells"], "13,8", "G/L", "4,0 – 10,0", 4.0, 10.0, None, U),
        ("Polynucléaires neutrophiles", ["Neutrophils"], "11,2", "G/L", "1,5 – 7,0", 1.5, 7.0, None, U),
        ("Hémoglobine", ["Haemoglobin"], "11,4", "g/dL", "12,0 – 16,0", 12.0, 16.0, None, D),
        ("Plaquettes", ["Platelets"], "412", "G/L", "150 – 400", 150.0, 400.0, None, U),
        ("Protéine C réactive (CRP)", ["C-reactive protein"], "86", "mg/L", "< 5", None, 5.0, "< 5", U),
        ("Créatinine", ["Creatinine"], "71", "µmol/L", "45 – 84", 45.0, 84.0, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("URINES – BANDELETTE ET CYTOLOGIE QUANTITATIVE (ECBU)", 10.5)
    rows = [
        ("Nitrites", ["Nitrite"], "Positif", None, "Négatif", None, None, "Négatif", "*"),
        ("Leucocytes (estérases)", ["Leukocyte esterase"], "+++", None, "Négatif", None, None, "Négatif", "*"),
        ("Sang", ["Urine blood"], "++", None, "Négatif", None, None, "Négatif", "*"),
        ("Protéines", ["Urine protein"], "Négatif", None, "Négatif", None, None, "Négatif", ""),
        ("Leucocytes urinaires", ["Urine white cells"], "85 000", "/mL", "< 10 000", None, 10000.0, "< 10 000", U,
         85000.0),
        ("Hématies urinaires", ["Urine red cells"], "12 000", "/mL", "< 10 000", None, 10000.0, "< 10 000", U, 12000.0),
        ("β-hCG urinaire", ["Urine pregnancy test"], "Négatif", None, "Négatif", None, None, "Négatif", ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.para("Examen direct : nombreux bacilles à Gram négatif. Culture urinaire : en cours, résultat et antibiogramme "
           "sous 48 h.", 8.5)
    d.no("labs", "Culture urinaire", "other", "pending")
    d.para("Recherche de Plasmodium (goutte épaisse) demandée : prélèvement non reçu, à renouveler.", 8.5)
    d.no("labs", "Recherche de Plasmodium", "other", "not done")
    d.para("Résultats transmis par téléphone au Dr Anelli à 13h10. Validé par : Dr Thierry Sabayo, biologiste "
           "médical.", 8)
    return d

# Flag words printed in a flag column: Albanian Lartë/Ulët, Uzbek Yuqori/Past -> high/low.
FLAGMAP.update({"Lartë": "high", "Ulët": "low", "Yuqori": "high", "Past": "low"})


# ---------------------------------------------------------------------------- 04 Albania
@document
def d04():
    d = Doc(4, "albania_lab_pending", "Albania", "lab_result",
            "lab report (haematology + biochemistry, flag words, pending tests)", "d.m.Y", lang="Albanian", comma=True)
    d.letterhead("Spitali Rajonal Korçë", [
        "Laboratori i Analizave Klinike, Rruga Gjergj Kastrioti, Korçë 7001, Shqipëri",
        "Tel. +355 82 555 240   Shefe e laboratorit: Dr. Entela Qirjako"], right=["FLETË REZULTATI", "Nr. 2025/07714"],
        color=(0.55, 0.05, 0.05))
    d.kv([("Pacienti:", "DHIMA Kristaq"), ("Mosha / gjinia:", "61 vjeç / M"), ("Nr. ID:", "I50817044R"),
          ("Mjeku kërkues:", "Dr. Arben Xhafa, Mjekësi e Brendshme"), ("Marrja e mostrës:", "03.07.2025 07:45"),
          ("Data e raportit:", "03.07.2025 13:30")], lw=102)
    iso = "2025-07-03"
    hdr = ["Analiza", "Rezultati", "Njësia", "Vlerat referente", "Shënim"]
    w = [2.9, 1.2, 1.1, 1.8, 1.0]
    d.title("HEMATOLOGJI", 10.5)
    rows = [
        ("Hemoglobina (HGB)", ["Haemoglobin"], "12,6", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, "Ulët"),
        ("Leukocite (WBC)", ["White blood cells"], "7,9", "10³/µL", "4,0 – 10,0", 4.0, 10.0, None, ""),
        ("Trombocite (PLT)", ["Platelets"], "188", "10³/µL", "150 – 400", 150.0, 400.0, None, ""),
        ("Shpejtësia e sedimentimit (ERS)", ["ESR"], "34", "mm/h", "0 – 20", 0.0, 20.0, None, "Lartë"),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("BIOKIMI", 10.5)
    rows = [
        ("Glicemia", ["Glucose"], "131", "mg/dL", "70 – 110", 70.0, 110.0, None, "Lartë"),
        ("Ureja", ["Urea"], "52", "mg/dL", "15 – 45", 15.0, 45.0, None, "Lartë"),
        ("Kreatinina", ["Creatinine"], "1,38", "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, "Lartë"),
        ("Acidi urik", ["Uric acid"], "8,6", "mg/dL", "3,4 – 7,0", 3.4, 7.0, None, "Lartë"),
        ("Kolesteroli total", ["Total cholesterol"], "176", "mg/dL", "< 200", None, 200.0, "< 200", ""),
        ("Trigliceridet", ["Triglycerides"], "212", "mg/dL", "< 150", None, 150.0, "< 150", "Lartë"),
        ("Kaliumi (K+)", ["Potassium"], "5,3", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, "Lartë"),
        ("Natriumi (Na+)", ["Sodium"], "139", "mmol/L", "135 – 145", 135.0, 145.0, None, ""),
        ("TGP (ALT)", ["Alanine aminotransferase"], "22", "U/L", "< 41", None, 41.0, "< 41", ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.para("Lartë – mbi vlerat referente;  Ulët – nën vlerat referente.", 8)
    d.title("ANALIZA NË PRITJE", 10)
    d.table(["Analiza", "Statusi"], [
        ["PSA totale", "në pritje – rezultati nesër"],
        ["Hemoglobina e glikuar (HbA1c)", "mostra u dërgua në laboratorin e referencës (Tiranë)"]], [3, 4])
    d.no("labs", "PSA totale", "other", "pending")
    d.no("labs", "Hemoglobina e glikuar (HbA1c)", "other", "pending")
    d.para("Rezultatet u verifikuan nga: Dr. Entela Qirjako, mjeke biokimiste klinike.", 8)
    return d


# ---------------------------------------------------------------------------- 05 Uzbekistan
@document
def d05():
    d = Doc(5, "uzbekistan_lab_flagcol", "Uzbekistan", "lab_result", "lab report (single date, flag column words)",
            "d.m.Y", lang="Uzbek", comma=True)
    d.letterhead("«Shifo-Nur» xususiy klinikasi – klinik-diagnostik laboratoriya", [
        "Amir Temur ko'chasi 45, Samarqand sh., 140100, O'zbekiston Respublikasi",
        "Tel. +998 66 555 14 20   Litsenziya № 01-0274"], size=12.5, color=(0.05, 0.35, 0.35))
    d.kv([("Bemor:", "Karimova Dilnoza Baxtiyorovna"), ("Tug'ilgan sana:", "19.05.1981"), ("Jinsi:", "ayol"),
          ("Yo'llagan shifokor:", "Rahimov A.Sh., terapevt"), ("Namuna olingan:", "24.02.2025 08:05"),
          ("Natija berilgan:", "24.02.2025 12:40")], lw=108)
    iso = "2025-02-24"
    hdr = ["Tahlil", "Natija", "O'lchov birligi", "Me'yor", "Belgi"]
    w = [2.9, 1.1, 1.4, 1.6, 1.0]
    d.title("UMUMIY QON TAHLILI", 10.5)
    rows = [
        ("Gemoglobin (HGB)", ["Haemoglobin"], "98", "g/l", "120 – 140", 120.0, 140.0, None, "Past"),
        ("Eritrotsitlar (RBC)", ["Red blood cells"], "3,6", "×10¹²/l", "3,7 – 4,7", 3.7, 4.7, None, "Past"),
        ("Leykotsitlar (WBC)", ["White blood cells"], "5,2", "×10⁹/l", "4,0 – 9,0", 4.0, 9.0, None, ""),
        ("Trombotsitlar (PLT)", ["Platelets"], "356", "×10⁹/l", "180 – 320", 180.0, 320.0, None, "Yuqori"),
        ("EChT", ["ESR", "Erythrocyte sedimentation rate"], "24", "mm/soat", "2 – 15", 2.0, 15.0, None, "Yuqori"),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("BIOKIMYOVIY TAHLIL", 10.5)
    rows = [
        ("Glyukoza", ["Glucose"], "5,1", "mmol/l", "3,3 – 5,5", 3.3, 5.5, None, ""),
        ("Umumiy bilirubin", ["Total bilirubin"], "12,4", "mkmol/l", "3,4 – 20,5", 3.4, 20.5, None, ""),
        ("ALT", ["Alanine aminotransferase"], "19", "U/l", "< 31", None, 31.0, "< 31", ""),
        ("Kreatinin", ["Creatinine"], "64", "mkmol/l", "44 – 80", 44.0, 80.0, None, ""),
        ("Zardob temiri", ["Serum iron"], "5,8", "mkmol/l", "9,0 – 30,4", 9.0, 30.4, None, "Past"),
        ("Ferritin", ["Ferritin"], "6", "ng/ml", "13 – 150", 13.0, 150.0, None, "Past"),
        ("TTG (tireotrop gormon)", ["TSH"], "2,3", "mME/l", "0,4 – 4,0", 0.4, 4.0, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.para("Belgi: Yuqori – me'yordan yuqori, Past – me'yordan past.", 8)
    d.title("Bajarilmoqda", 10)
    d.para("B12 vitamini – natija tayyor emas, keyinroq beriladi.", 9)
    d.no("labs", "B12 vitamini", "other", "pending")
    d.para("Laborant-shifokor: Yusupova M.R.  Natijalar davolovchi shifokor tomonidan baholanadi.", 8)
    return d


# ---------------------------------------------------------------------------- 06 Queensland
@document
def d06():
    d = Doc(6, "queensland_lithium_monitoring_scan", "Australia (Queensland)", "lab_result",
            "cumulative pathology (dates as rows, units and ranges in the header, scanned)", "d/m/Y", ext="pdf",
            scan={"dpi": 160, "angle": -1.9})
    d.letterhead("Pathology Queensland – Cairns Hospital Laboratory", [
        "165 The Esplanade, Cairns QLD 4870   Ph (07) 4226 5555   NATA Acc. No. 9917",
        "Cumulative report - Chemistry"], right=["CUMULATIVE", "REPORT"], color=(0.45, 0.0, 0.25))
    d.kv([("Patient:", "O'CONNELL, Bradley James"), ("DOB:", "04/11/1979"), ("URN:", "CNS 0774419"),
          ("Medicare:", "2951 44870 3-1"), ("Requested by:", "Dr Priya Raman"),
          ("Location:", "Cairns Mental Health"), ("Printed:", "14/05/2025 07:02")], lw=90)
    d.para("Lithium samples are to be taken 12 hours after the last dose. H / L = above / below the reference "
           "interval shown in the column heading.", 8.5)
    cols = [("Lithium", [], "mmol/L", "0.4-1.0", 0.4, 1.0, None),
            ("Creatinine", [], "umol/L", "60-110", 60.0, 110.0, None),
            ("eGFR", [], "mL/min/1.73m2", ">90", 90.0, None, ">90"),
            ("TSH", [], "mIU/L", "0.50-4.00", 0.5, 4.0, None),
            ("Calcium (corrected)", ["Calcium"], "mmol/L", "2.10-2.60", 2.1, 2.6, None)]
    data = [("2024-11-05", ["0.7", "92", ">90", "2.1", "2.41"]),
            ("2025-02-04", ["0.9", "101", "84 L", "3.8", "2.52"]),
            ("2025-05-06", ["1.3 H", "118 H", "69 L", "5.6 H", "2.63 H"]),
            ("2025-05-13", ["0.8", "109", "75 L", "—", "—"])]
    hdr = ["Collected"] + [f"{n} ({u}) {r}" for n, _a, u, r, *_ in cols]
    tab = []
    for iso, cells in data:
        tab.append([d.d(iso)] + cells)
        for (n, al, u, r, lo, hi, rt), cell in zip(cols, cells):
            if cell == "—":
                continue
            v, f = _sp(cell)
            d.lab(n, v, u, lo, hi, rt, f or "normal", iso, al)
    d.table(hdr, tab, [1.2, 1.2, 1.3, 1.6, 1.2, 1.5], size=8.4)
    d.para("Comment " + d.d("2025-05-06") + ": lithium above the therapeutic range - result phoned to Dr Raman "
           "10:25. Repeat level " + d.d("2025-05-13") + " after dose reduction.", 8.5)
    d.para("Parathyroid hormone (PTH) collected " + d.d("2025-05-13") + " - referred to Brisbane, result to follow.", 8.5)
    d.no("labs", "Parathyroid hormone (PTH)", "other", "pending")
    d.para("Authorised by Dr M. Kennedy, Chemical Pathologist. Reference intervals are for adults.", 8)
    return d


# ---------------------------------------------------------------------------- 07 Guinea-Bissau
@document
def d07():
    d = Doc(7, "guinea_bissau_antenatal_lab", "Guinea-Bissau", "lab_result",
            "antenatal screening lab report (haemogram, serology, Hb electrophoresis; thousands points)", "d/m/Y",
            lang="Portuguese", comma=True)
    d.letterhead("Hospital Nacional Simão Mendes – Laboratório Central", [
        "Avenida Pansau Na Isna, Bissau, República da Guiné-Bissau",
        "Serviço de Saúde Materno-Infantil – Consulta Pré-Natal"], color=(0.35, 0.15, 0.0))
    d.kv([("Utente:", "Fatumata Baldé"), ("Idade:", "24 anos"), ("Gestação:", "14 semanas (G2 P1)"),
          ("Processo:", "CPN-25-0388"), ("Colheita:", "05/05/2025 08:30"), ("Resultado:", "06/05/2025")], lw=80)
    iso = "2025-05-05"
    d.para("(A) valor acima do intervalo de referência   (B) valor abaixo do intervalo de referência   "
           "ALTERADO – resultado diferente do esperado", 8)
    hdr = ["Análise", "Resultado", "Unidade", "Referência", "Obs."]
    w = [2.8, 1.4, 1.1, 1.9, 1.1]
    d.title("HEMATOLOGIA", 10.5)
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "9,6", "g/dL", "11,0 – 15,0", 11.0, 15.0, None, "(B)"),
        ("Hematócrito", ["Haematocrit"], "29,4", "%", "33 – 45", 33.0, 45.0, None, "(B)"),
        ("VGM", ["MCV"], "71", "fL", "80 – 98", 80.0, 98.0, None, "(B)"),
        ("Leucócitos", ["White blood cells"], "7.400", "/mm³", "4.000 – 10.000", 4000.0, 10000.0, None, "", 7400.0),
        ("Plaquetas", ["Platelets"], "231.000", "/mm³", "150.000 – 400.000", 150000.0, 400000.0, None, "",
         231000.0),
        ("Eletroforese da hemoglobina", ["Haemoglobin electrophoresis"], "Hb AS", None, "Hb AA", None, None,
         "Hb AA", "ALTERADO"),
        ("Grupo sanguíneo e fator Rh", ["Blood group"], "O Rh positivo", None, "", None, None, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("BIOQUÍMICA E URINA (TIRA-TESTE)", 10.5)
    rows = [
        ("Glicemia em jejum", ["Fasting glucose"], "82", "mg/dL", "70 – 110", 70.0, 110.0, None, ""),
        ("Proteínas na urina", ["Urine protein"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
        ("Glicose na urina", ["Urine glucose"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("SEROLOGIA", 10.5)
    rows = [
        ("VIH 1/2 (teste rápido)", ["HIV rapid test"], "Não reativo", None, "Não reativo", None, None,
         "Não reativo", ""),
        ("AgHBs", ["Hepatitis B surface antigen", "HBsAg"], "Não reativo", None, "Não reativo", None, None,
         "Não reativo", ""),
        ("Sífilis (RPR)", ["Syphilis RPR"], "Reativo 1:8", None, "Não reativo", None, None, "Não reativo",
         "ALTERADO"),
        ("Teste rápido de malária (TDR)", ["Malaria rapid diagnostic test"], "Negativo", None, "Negativo", None,
         None, "Negativo", ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.para("Nota: RPR reativo – TPHA de confirmação enviado ao Laboratório Nacional de Saúde Pública, resultado "
           "pendente. Comunicado à parteira responsável no mesmo dia.", 8.5)
    d.no("labs", "TPHA", "other", "pending")
    d.para("Técnico responsável: Lic. Braima Sanhá   Validação: Dra. Aissatu Djaló", 8)
    return d

# ---------------------------------------------------------------------------- 08 Kosovo
@document
def d08():
    d = Doc(8, "kosovo_endocrinology_referral", "Kosovo", "medical_record",
            "referral letter to endocrinology (handwritten addendum)", "d.m.Y", lang="Albanian", comma=True)
    d.letterhead("Qendra Kryesore e Mjekësisë Familjare – Prizren", [
        "Rr. Ukshin Hoti pn, 20000 Prizren, Republika e Kosovës", "Tel. +383 29 555 310"],
        right=["LETËR REFERIMI", "Endokrinologji"], color=(0.05, 0.2, 0.5))
    d.para("Për: Klinika e Endokrinologjisë, Qendra Klinike Universitare e Kosovës (QKUK), Prishtinë")
    d.para("Prizren, " + d.d("2025-04-09"))
    d.para("Pacientja: Shqipe Krasniqi, e lindur më 18.01.1969, nr. personal 1122334455, Rr. Remzi Ademaj 14, "
           "Prizren", font="B")
    d.para("Arsyeja e referimit: Nyje tiroidale e djathtë 2,4 cm në ekografi dhe diabet i pakontrolluar. Dyshim për "
           "hipertiroidizëm subklinik?")
    d.no("conditions", "hipertiroidizëm", "other", "suspected")
    d.para("Anamneza: Pacientja 56-vjeçare me diabet tip 2 që nga viti 2014. Ankohet për palpitacione dhe humbje "
           "peshe 4 kg në 3 muaj. Nuk ka dhimbje në qafë. Mohon disfagi.")
    d.no("conditions", "disfagi", "negated")
    d.title("Diagnozat", 10)
    d.bullets(["Diabet mellitus tip 2, E11.9", "Nyje tiroidale, E04.1", "Hipertension arterial, I10",
               "Osteoartrozë e gjurit, M17.9", "Më parë: histerektomi 2012"])
    d.cond("Diabet mellitus tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Nyje tiroidale", "active", "E04.1", ["thyroid nodule"])
    d.cond("Hipertension arterial", "active", "I10", ["hypertension"])
    d.cond("Osteoartrozë e gjurit", "active", "M17.9", ["osteoarthritis of the knee"])
    d.no("conditions", "histerektomi", "historical", "past surgery")
    d.title("Terapia aktuale", 10)
    d.table(["Barnat", "Doza", "Mënyra e marrjes", "Shënim"], [
        ["Metformin", "1000 mg", "2 x 1", ""],
        ["Gliklazid (Diaprel MR)", "60 mg", "1 x 1 në mëngjes", ""],
        ["Insulinë glargine (Lantus)", "18 NJ", "në mbrëmje", "filluar më " + d.d("2025-03-20")],
        ["Amlodipinë", "5 mg", "1 x 1", ""],
        ["Losartan", "50 mg", "1 x 1", "filluar më " + d.d("2025-03-20") + ", zëvendëson enalaprilin"],
        ["Enalapril", "10 mg", "1 x 1", "ndërprerë – kollë e thatë"]], [2.6, 1.1, 1.6, 2.8])
    d.med("Metformin", None, "1000", "mg", None, "2 x 1")
    d.med("Gliklazid", "Diaprel MR", "60", "mg", None, "1 x 1")
    d.med("Insulinë glargine", "Lantus", "18", "NJ", None, "në mbrëmje", "new")
    d.med("Amlodipinë", None, "5", "mg", None, "1 x 1")
    d.med("Losartan", None, "50", "mg", None, "1 x 1", "new")
    d.med("Enalapril", None, "10", "mg", None, "1 x 1", "stopped")
    d.no("medications", "Enalapril", "stopped")
    d.title("Alergjitë", 10)
    d.para("Penicilinë (skuqje e lëkurës); helmi i bletës (ënjtje lokale). Nuk ka alergji ndaj jodit.")
    d.alg("Penicilinë", "skuqje e lëkurës")
    d.alg("helmi i bletës", "ënjtje lokale")
    d.no("allergies", "jodit", "negated")
    d.title("Statusi dhe laboratori", 10)
    d.para("TA 146/88 mmHg, pulsi 96/min, i rregullt, pesha 71 kg, gjatësia 162 cm. Tiroidja e palpueshme djathtas, "
           "pa dhimbje. Analizat e " + d.d("2025-04-02") + ": HbA1c 9,1 %, glicemia esëll 11,8 mmol/L, TSH 0,08 mIU/L, "
           "fT4 21,5 pmol/L, kreatinina 74 µmol/L.")
    d.vit("blood_pressure", "146/88", 146.0, 88.0, "mmHg")
    d.vit("heart_rate", "96", 96.0, None, "/min")
    d.vit("weight", "71", 71.0, None, "kg")
    d.vit("height", "162", 162.0, None, "cm")
    iso = "2025-04-02"
    d.lab("HbA1c", "9,1", "%", None, None, None, None, iso)
    d.lab("glicemia esëll", "11,8", "mmol/L", None, None, None, None, iso, ["Fasting glucose"])
    d.lab("TSH", "0,08", "mIU/L", None, None, None, None, iso)
    d.lab("fT4", "21,5", "pmol/L", None, None, None, None, iso, ["Free T4"])
    d.lab("kreatinina", "74", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.para("Vaksinimi: vaksina kundër gripit e marrë më " + d.d("2024-10-15") + " në QKMF.")
    d.imm("vaksina kundër gripit", "2024-10-15", None, None, None, amb=_amb(d.style, "2024-10-15"))
    d.para("Anamneza familjare: nëna me kancer të tiroides, vëllai me diabet tip 1.")
    d.no("conditions", "kancer të tiroides", "family")
    d.no("conditions", "diabet tip 1", "family")
    d.para("Ju lutem për vlerësim dhe biopsi me gjilpërë të hollë (FNA) nëse indikohet. Nëse konfirmohet "
           "hipertiroidizmi, a duhet të fillojmë tiamazol?")
    d.no("medications", "tiamazol", "planned", "question to specialist")
    d.para("Me respekt,")
    d.signature("Dr. Besnik Gashi", "Mjek specialist i mjekësisë familjare")
    d.hand_line("Shtesë " + d.d("2025-04-11") + ":", "Anti-TPO 412 IU/mL - pozitiv", 10.5)
    d.lab("Anti-TPO", "412", "IU/mL", None, None, None, None, "2025-04-11", ["Thyroid peroxidase antibodies"])
    return d


# ---------------------------------------------------------------------------- 09 Montenegro
@document
def d09():
    d = Doc(9, "montenegro_cardiology_report", "Montenegro", "medical_record",
            "specialist report (cardiology, new atrial fibrillation)", "d.m.Y.", lang="Montenegrin", comma=True)
    d.letterhead("JZU Opšta bolnica Kotor", [
        "Interno odjeljenje – Kardiološka ambulanta", "Škaljari bb, 85330 Kotor, Crna Gora   Tel. +382 32 555 410"],
        right=["SPECIJALISTIČKI", "IZVJEŠTAJ"], font="SB", color=(0.35, 0.05, 0.1))
    d.kv([("Pacijent:", "Milena Vuković"), ("Datum rođenja:", "02.09.1950."), ("JMB:", "0209950275013"),
          ("Datum pregleda:", d.d("2025-06-05")), ("Uputio:", "dr Nikola Radulović, izabrani doktor"),
          ("Broj protokola:", "KA-1187/25")])
    d.title("Anamneza", 10)
    d.para("Pacijentkinja se javlja zbog palpitacija i zamaranja unazad 3 sedmice. EKG kod izabranog doktora: "
           "fibrilacija pretkomora sa brzim odgovorom komora. Negira bol u grudima i gubitak svijesti. Ne boluje od "
           "šećerne bolesti. Brat: infarkt miokarda u 48. godini. Prije 10 godina operisana od karcinoma dojke, "
           "bez recidiva.")
    d.no("conditions", "bol u grudima", "negated")
    d.no("conditions", "šećerne bolesti", "negated")
    d.no("conditions", "infarkt miokarda", "family")
    d.no("conditions", "karcinoma dojke", "historical", "treated 2015, no recurrence")
    d.para("Alergije: sulfonamidi (osip), jagode (urtikarija).")
    d.alg("sulfonamidi", "osip")
    d.alg("jagode", "urtikarija")
    d.title("Objektivni nalaz", 10)
    d.para("TA 148/92 mmHg, puls 118/min, aritmičan, SpO2 97 %, TT 69 kg, TV 164 cm. Auskultatorno na plućima "
           "uredan nalaz, bez edema. Ehokardiografija: LK normalne veličine, EF 55 %, lijeva pretkomora "
           "dilatirana (46 mm).")
    d.vit("blood_pressure", "148/92", 148.0, 92.0, "mmHg")
    d.vit("heart_rate", "118", 118.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "69", 69.0, None, "kg")
    d.vit("height", "164", 164.0, None, "cm")
    iso = "2025-06-02"
    d.para("Laboratorija od " + d.d(iso) + ": TSH 0,9 mIU/L, kreatinin 81 µmol/L, kalijum 4,3 mmol/L, hemoglobin "
           "128 g/L, NT-proBNP 980 pg/mL.")
    d.lab("TSH", "0,9", "mIU/L", None, None, None, None, iso)
    d.lab("kreatinin", "81", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.lab("kalijum", "4,3", "mmol/L", None, None, None, None, iso, ["Potassium"])
    d.lab("hemoglobin", "128", "g/L", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("NT-proBNP", "980", "pg/mL", None, None, None, None, iso)
    d.title("Dijagnoze", 10)
    d.table(["Dijagnoza", "MKB-10"], [
        ["Fibrilacija pretkomora, novootkrivena", "I48.9"],
        ["Arterijska hipertenzija", "I10"],
        ["Hiperlipidemija", "E78.5"],
        ["Hipotireoza", "E03.9"]], [5, 1])
    d.cond("Fibrilacija pretkomora", "active", "I48.9", ["atrial fibrillation"])
    d.cond("Arterijska hipertenzija", "active", "I10", ["hypertension"])
    d.cond("Hiperlipidemija", "active", "E78.5", ["hyperlipidaemia"])
    d.cond("Hipotireoza", "active", "E03.9", ["hypothyroidism"])
    d.para("CHA2DS2-VASc skor 3, HAS-BLED 1 – indikovana oralna antikoagulantna terapija.")
    d.title("Preporučena terapija", 10)
    d.table(["Lijek", "Doza", "Način uzimanja", "Napomena"], [
        ["Xarelto (rivaroksaban)", "20 mg", "1x1 uz večeru", "NOVO"],
        ["Bisoprolol", "5 mg", "1x1 ujutru", "povećano (ranije 2,5 mg)"],
        ["Ramipril", "5 mg", "1x1 ujutru", "nastaviti"],
        ["Atorvastatin", "20 mg", "1x1 uveče", "nastaviti"],
        ["Euthyrox (levotiroksin)", "50 µg", "1x1 natašte", "nastaviti"],
        ["Aspirin", "100 mg", "—", "OBUSTAVITI (uveden rivaroksaban)"]], [2.8, 1.1, 1.6, 2.9])
    d.med("rivaroksaban", "Xarelto", "20", "mg", None, "1x1 uz večeru", "new")
    d.med("Bisoprolol", None, "5", "mg", None, "1x1 ujutru", "changed")
    d.med("Ramipril", None, "5", "mg", None, "1x1 ujutru")
    d.med("Atorvastatin", None, "20", "mg", None, "1x1 uveče")
    d.med("levotiroksin", "Euthyrox", "50", "µg", None, "1x1 natašte")
    d.med("Aspirin", None, "100", "mg", None, None, "stopped")
    d.no("medications", "Aspirin", "stopped")
    d.para("Kontrola za 6 sedmica sa 24-h Holter EKG-om. Ukoliko se simptomi zadrže uprkos kontroli frekvence, "
           "razmotriti elektrokonverziju ili uvođenje amiodarona. Vakcina protiv gripa preporučena u oktobru.")
    d.no("medications", "amiodaron", "planned")
    d.no("immunizations", "Vakcina protiv gripa", "due")
    d.signature("dr Vesna Đurović", "specijalista interne medicine – kardiolog", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Azores
@document
def d10():
    d = Doc(10, "azores_visitor_discharge_note", "Azores (Portugal)", "medical_record",
            "discharge note for a visiting patient (entry/exit labs, handwritten addendum)", "d/m/Y",
            lang="Portuguese", comma=True)
    d.letterhead("Hospital da Horta, E.P.E.R.", [
        "Serviço de Medicina Interna", "Estrada Príncipe Alberto do Mónaco, 9900-038 Horta, Faial, Açores   "
        "Tel. 292 555 100"], right=["NOTA DE ALTA", "Doente deslocado"], color=(0.0, 0.3, 0.5))
    d.para("Ao cuidado do Médico de Família: Dr. Rui Meireles, USF Terras de Santa Maria, Santa Maria da Feira")
    d.kv([("Doente:", "João Miguel Pinho Ferreira"), ("Data de nascimento:", "30/07/1961"),
          ("Nº SNS:", "214 558 901"), ("Processo:", "HH-25-04417"),
          ("Internamento:", d.d("2025-08-11")), ("Alta:", d.d("2025-08-15"))], lw=110)
    d.title("Resumo do internamento", 10)
    d.para("Turista do continente, internado por erisipela da perna esquerda após ferida num trilho pedestre. Fez "
           "flucloxacilina 2 g 6/6 h EV durante 4 dias e enoxaparina profilática no internamento, com boa evolução "
           "clínica e analítica. Vacina antitetânica (Td) administrada no Serviço de Urgência a " + d.d("2025-08-11")
           + ".")
    d.no("medications", "flucloxacilina", "other", "IV on the ward")
    d.no("medications", "enoxaparina", "other", "prophylaxis on the ward")
    d.imm("Vacina antitetânica (Td)", "2025-08-11", None, None, None, amb=_amb(d.style, "2025-08-11"))
    d.title("Diagnósticos", 10)
    d.bullets(["Erisipela do membro inferior esquerdo (A46)", "Diabetes mellitus tipo 2 (E11.9), mal controlada",
               "Obesidade (E66.9)", "Insuficiência venosa crónica (I87.2)",
               "Antecedente: trombose venosa profunda em 2018, sem recidiva"])
    d.cond("Erisipela do membro inferior esquerdo", "active", "A46", ["erysipelas", "cellulitis"])
    d.cond("Diabetes mellitus tipo 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Obesidade", "active", "E66.9", ["obesity"])
    d.cond("Insuficiência venosa crónica", "active", "I87.2", ["chronic venous insufficiency"])
    d.no("conditions", "trombose venosa profunda", "historical")
    d.para("Alergias: adesivo (dermatite de contacto); ácido acetilsalicílico (broncospasmo). Sem alergia a "
           "penicilinas (tolerou a flucloxacilina).")
    d.alg("adesivo", "dermatite de contacto")
    d.alg("ácido acetilsalicílico", "broncospasmo")
    d.no("allergies", "penicilinas", "negated")
    d.para("Antecedentes familiares: pai com cancro do cólon.")
    d.no("conditions", "cancro do cólon", "family")
    d.title("Análises", 10)
    dates = ["2025-08-11", "2025-08-14"]
    U = "↑"
    rows = [
        ("Proteína C reativa", ["C-reactive protein"], "mg/dL", "< 0,5", None, 0.5, "< 0,5", ["18,6 " + U, "4,2 " + U]),
        ("Leucócitos", ["White blood cells"], "x10^9/L", "4,0 – 11,0", 4.0, 11.0, None, ["15,8 " + U, "8,9"]),
        ("Creatinina", ["Creatinine"], "mg/dL", "0,7 – 1,2", 0.7, 1.2, None, ["1,1", "0,9"]),
        ("Glicose", ["Glucose"], "mg/dL", "70 – 110", 70.0, 110.0, None, ["246 " + U, "158 " + U]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, unit, ref] + cells)
        for iso, cell in zip(dates, cells):
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.table(["Análise", "Unidade", "Referência", "Entrada " + d.d(dates[0]), "Alta " + d.d(dates[1])], tab,
            [2.4, 1.1, 1.3, 1.6, 1.6])
    d.para("HbA1c 8,7 % (" + d.d("2025-08-12") + ").")
    d.lab("HbA1c", "8,7", "%", None, None, None, None, "2025-08-12")
    d.title("Estado à alta", 10)
    d.para("TA 134/82 mmHg, FC 76 bpm, temperatura 36,6 ºC, peso 104 kg. Eritema em regressão, sem flutuação.")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "bpm")
    d.vit("temperature", "36,6", 36.6, None, "ºC")
    d.vit("weight", "104", 104.0, None, "kg")
    d.title("Medicação à alta", 10)
    d.table(["Medicamento", "Posologia", "Observações"], [
        ["Amoxicilina + ácido clavulânico 875/125 mg", "1 comp. 12/12 h até " + d.d("2025-08-21"), "novo"],
        ["Metformina 1000 mg", "1 comp. 12/12 h", "manter"],
        ["Empagliflozina (Jardiance) 10 mg", "1 comp. por dia", "novo"],
        ["Perindopril 5 mg", "1 comp. de manhã", "manter"],
        ["Paracetamol 1 g", "1 comp. 8/8 h se dor ou febre", "novo"],
        ["Gliclazida 30 mg", "—", "suspensa (hipoglicemias)"]], [3.2, 3, 2])
    d.med("Amoxicilina + ácido clavulânico", None, "875/125", "mg", None, "12/12 h", "new")
    d.med("Metformina", None, "1000", "mg", None, "12/12 h")
    d.med("Empagliflozina", "Jardiance", "10", "mg", None, "1 comp. por dia", "new")
    d.med("Perindopril", None, "5", "mg", None, "de manhã")
    d.med("Paracetamol", None, "1", "g", None, "8/8 h se dor ou febre", "new")
    d.med("Gliclazida", None, "30", "mg", None, None, "stopped")
    d.no("medications", "Gliclazida", "stopped")
    d.para("Reavaliação da ferida no centro de saúde 48 h após o regresso. Se a HbA1c se mantiver acima de 8 %, "
           "considerar insulina basal.")
    d.no("medications", "insulina basal", "planned")
    d.signature("Dra. Catarina Silveira", "Assistente Hospitalar de Medicina Interna")
    d.hand_line("Adenda:", "Hemoculturas (" + d.d("2025-08-11") + "): negativas", 10.5)
    d.lab("Hemoculturas", "negativas", None, None, None, None, None, "2025-08-11", ["Blood culture"], num=None)
    return d

# ---------------------------------------------------------------------------- 11 Delaware
@document
def d11():
    d = Doc(11, "delaware_endocrinology_letter", "United States (Delaware)", "medical_record",
            "specialist consultation letter (endocrinology, two-date lab table)", "m/d/Y", size=letter)
    d.letterhead("Brandywine Endocrine Associates", [
        "Endocrinology, Diabetes & Metabolism", "3521 Silverside Rd, Suite 2F, Wilmington, DE 19810   "
        "Tel (302) 555-0191   Fax (302) 555-0192"], color=(0.3, 0.1, 0.4))
    d.run_header = "Patricia A. Moretti   DOB 11/02/1957   Endocrinology consultation " + d.d("2025-03-27")
    d.para(d.d("2025-03-27"))
    d.para("Rachel Odom, MD\nMilford Primary Care\n21 W Clarke Ave, Milford, DE 19963")
    d.para("RE: Patricia A. Moretti   DOB 11/02/1957   MRN 40-88213", font="B")
    d.para("Dear Dr. Odom,")
    d.para("Thank you for referring Ms. Moretti for evaluation of hypercalcemia found on routine labs. She reports "
           "fatigue, constipation and mild memory complaints. She passed a kidney stone in 2016, with none since. "
           "DXA on 02/14/2025 showed a T-score of -2.7 at the distal one-third radius and -2.1 at the lumbar spine. "
           "She denies peptic ulcer disease. There is no lithium use. Her sister had a parathyroid adenoma removed "
           "in 2019.")
    d.no("conditions", "kidney stone", "historical", "2016")
    d.no("conditions", "peptic ulcer disease", "negated")
    d.no("conditions", "parathyroid adenoma", "family", "sister")
    d.para("Allergies: iodinated contrast (hives); codeine (vomiting). No latex allergy.")
    d.alg("iodinated contrast", "hives")
    d.alg("codeine", "vomiting")
    d.no("allergies", "latex", "negated")
    d.para("Immunizations per the state registry (DelVAX): influenza vaccine " + d.d("2024-10-03") + " and "
           "pneumococcal conjugate vaccine PCV20 " + d.d("2024-10-03") + ".")
    d.imm("influenza vaccine", "2024-10-03", None, None, None, amb=_amb(d.style, "2024-10-03"))
    d.imm("pneumococcal conjugate vaccine PCV20", "2024-10-03", None, None, None, amb=_amb(d.style, "2024-10-03"))
    d.para("Exam: BP 142/84 mmHg, HR 68 bpm, weight 156 lb, height 63 in, BMI 27.6. No palpable neck mass. "
           "Mild thoracic kyphosis.")
    d.vit("blood_pressure", "142/84", 142.0, 84.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "bpm")
    d.vit("weight", "156", 156.0, None, "lb")
    d.vit("height", "63", 63.0, None, "in")
    d.vit("bmi", "27.6", 27.6, None, None)
    d.title("Laboratory results", 10.5)
    dates = ["2025-01-10", "2025-03-20"]
    rows = [
        ("Calcium, total", ["Calcium"], "mg/dL", "8.6-10.3", 8.6, 10.3, None, ["11.2 H", "11.0 H"]),
        ("Calcium, ionized", ["Ionized calcium"], "mg/dL", "4.5-5.6", 4.5, 5.6, None, ["—", "6.1 H"]),
        ("PTH, intact", ["Parathyroid hormone"], "pg/mL", "15-65", 15.0, 65.0, None, ["98 H", "112 H"]),
        ("25-OH vitamin D", ["Vitamin D"], "ng/mL", "30-100", 30.0, 100.0, None, ["19 L", "—"]),
        ("Phosphorus", [], "mg/dL", "2.5-4.5", 2.5, 4.5, None, ["2.4 L", "2.6"]),
        ("Creatinine", [], "mg/dL", "0.57-1.00", 0.57, 1.0, None, ["0.88", "0.91"]),
        ("eGFR", [], "mL/min/1.73m2", ">=60", 60.0, None, ">=60", ["71", "69"]),
        ("Calcium, 24-hour urine", ["Urine calcium"], "mg/24 h", "100-300", 100.0, 300.0, None, ["—", "342 H"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test] + cells + [unit, ref])
        for iso, cell in zip(dates, cells):
            if cell == "—":
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.table(["Test", d.d(dates[0]) + " (PCP)", d.d(dates[1]), "Units", "Reference"], tab, [2.8, 1.4, 1.3, 1.3, 1.2],
            size=8.5)
    d.title("Assessment", 10.5)
    d.bullets(["Primary hyperparathyroidism (E21.0) with hypercalciuria and cortical-predominant bone loss - meets "
               "criteria for surgery.",
               "Osteoporosis without current pathological fracture (M81.0).",
               "Vitamin D deficiency (E55.9).", "Hypertension (I10).", "Hypothyroidism (E03.9), stable on replacement."])
    d.cond("Primary hyperparathyroidism", "active", "E21.0")
    d.cond("Osteoporosis without current pathological fracture", "active", "M81.0", ["osteoporosis"])
    d.cond("Vitamin D deficiency", "active", "E55.9")
    d.cond("Hypertension", "active", "I10")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.title("Medication recommendations", 10.5)
    d.table(["Medication", "Instructions", "Change"], [
        ["Levothyroxine 75 mcg tablet", "75 mcg by mouth daily", "continue"],
        ["Amlodipine 5 mg tablet", "5 mg by mouth daily", "new - replaces hydrochlorothiazide"],
        ["Cholecalciferol (vitamin D3) 2,000 units", "2,000 units by mouth daily", "new"],
        ["Omeprazole 20 mg capsule", "20 mg by mouth daily before breakfast", "continue"],
        ["Calcium carbonate 600 mg (Os-Cal)", "hold until after surgery", "on hold"],
        ["Hydrochlorothiazide 25 mg tablet", "stop - raises serum calcium", "stopped"]], [3.2, 3.2, 2])
    d.med("Levothyroxine", None, "75", "mcg", "by mouth", "daily")
    d.med("Amlodipine", None, "5", "mg", "by mouth", "daily", "new")
    d.med("Cholecalciferol", None, "2,000", "units", "by mouth", "daily", "new")
    d.meds[-1]["aliases"] = ["vitamin D3"]
    d.med("Omeprazole", None, "20", "mg", "by mouth", "daily before breakfast")
    d.med("Calcium carbonate", "Os-Cal", "600", "mg", None, None, "held")
    d.med("Hydrochlorothiazide", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Calcium carbonate", "stopped", "held until after surgery")
    d.no("medications", "Hydrochlorothiazide", "stopped")
    d.title("Plan", 10.5)
    d.bullets(["Referral to Dr. Alan Whitcomb, endocrine surgery, for parathyroidectomy; sestamibi SPECT/CT ordered.",
               "If surgery is declined or delayed, cinacalcet 30 mg twice daily could be considered for calcium "
               "control.",
               "Defer alendronate until after parathyroidectomy; repeat DXA in 1 year.",
               "She has had no doses of the recombinant zoster vaccine (Shingrix); please offer it at her next visit.",
               "Repeat calcium, PTH and 25-OH vitamin D in 8 weeks."])
    d.no("medications", "cinacalcet", "planned", "conditional")
    d.no("medications", "alendronate", "planned", "deferred")
    d.no("immunizations", "recombinant zoster vaccine", "due")
    d.para("Sincerely,")
    d.signature("Nadia Farouk, MD", "Endocrinology, Brandywine Endocrine Associates", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Wyoming
@document
def d12():
    d = Doc(12, "wyoming_hepatology_referral", "United States (Wyoming)", "medical_record",
            "referral letter (hepatology, handwritten addendum)", "m/d/Y", size=letter)
    d.letterhead("Wind River Family Practice", ["615 Main St, Lander, WY 82520", "Phone (307) 555-0148   "
                 "Fax (307) 555-0149"], font="SB", color=(0.15, 0.3, 0.2))
    d.run_header = "Dale R. Brenneman   DOB 09/17/1966   Referral to hepatology"
    d.kv([("Date:", d.d("2025-05-19")), ("To:", "UCHealth Liver Clinic, Aurora, CO"),
          ("Patient:", "Dale R. Brenneman"), ("DOB:", "09/17/1966"), ("Urgency:", "Routine - 4 to 6 weeks"),
          ("Insurance:", "BCBS of Wyoming")])
    d.title("Reason for referral", 10.5)
    d.para("58-year-old man with persistently elevated liver enzymes for 14 months. FibroScan on 04/22/2025: liver "
           "stiffness 13.8 kPa, CAP 338 dB/m, concerning for MASH with advanced fibrosis. Ultrasound shows a coarse "
           "echotexture without a focal lesion; no ascites. He drinks 2-3 beers on weekends. Hepatitis C antibody "
           "negative and hepatitis B surface antigen negative on " + d.d("2025-02-10") + ".")
    d.no("conditions", "MASH", "other", "suspected")
    d.no("conditions", "ascites", "negated")
    d.lab("Hepatitis C antibody", "negative", None, None, None, None, None, "2025-02-10", ["HCV antibody"], num=None)
    d.lab("hepatitis B surface antigen", "negative", None, None, None, None, None, "2025-02-10", ["HBsAg"], num=None)
    d.title("Past medical history", 10.5)
    d.table(["Problem", "Status"], [
        ["Metabolic dysfunction-associated steatotic liver disease (K76.0)", "active"],
        ["Type 2 diabetes mellitus with hyperglycemia (E11.65)", "active"],
        ["Hypertension (I10)", "active"],
        ["Hyperlipidemia (E78.5)", "active"],
        ["Obesity (E66.9)", "active"],
        ["Right knee arthroscopy, 2011", "past"]], [5, 1.5], grid=False)
    d.cond("Metabolic dysfunction-associated steatotic liver disease", "active", "K76.0", ["MASLD", "fatty liver"])
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65", ["type 2 diabetes mellitus"])
    d.cond("Hypertension", "active", "I10")
    d.cond("Hyperlipidemia", "active", "E78.5")
    d.cond("Obesity", "active", "E66.9")
    d.no("conditions", "Right knee arthroscopy", "historical", "past surgery")
    d.para("Family history: father died of alcohol-related cirrhosis; mother has hereditary hemochromatosis.")
    d.no("conditions", "cirrhosis", "family")
    d.no("conditions", "hereditary hemochromatosis", "family")
    d.title("Current medications", 10.5)
    d.bullets(["Metformin 1000 mg by mouth twice daily",
               "Ozempic (semaglutide) 0.5 mg subcutaneous once weekly - started 03/03/2025",
               "Lisinopril 20 mg by mouth daily", "Atorvastatin 40 mg by mouth at bedtime",
               "Acetaminophen 500 mg by mouth as needed (max 2 g/day)",
               "Pioglitazone 15 mg daily - stopped 03/2025 (weight gain, ankle edema)"])
    d.med("Metformin", None, "1000", "mg", "by mouth", "twice daily")
    d.med("semaglutide", "Ozempic", "0.5", "mg", "subcutaneous", "once weekly", "new")
    d.med("Lisinopril", None, "20", "mg", "by mouth", "daily")
    d.med("Atorvastatin", None, "40", "mg", "by mouth", "at bedtime")
    d.med("Acetaminophen", None, "500", "mg", "by mouth", "as needed")
    d.med("Pioglitazone", None, "15", "mg", None, "daily", "stopped")
    d.no("medications", "Pioglitazone", "stopped")
    d.para("Allergies: ciprofloxacin (tendon pain); bee stings (anaphylaxis).")
    d.alg("ciprofloxacin", "tendon pain")
    d.alg("bee stings", "anaphylaxis")
    d.title("Exam and labs", 10.5)
    d.para("BP 138/86, HR 80, weight 252 lb, height 70 in, BMI 36.2. Mild hepatomegaly, no stigmata of chronic "
           "liver disease.")
    d.vit("blood_pressure", "138/86", 138.0, 86.0, None)
    d.vit("heart_rate", "80", 80.0, None, None)
    d.vit("weight", "252", 252.0, None, "lb")
    d.vit("height", "70", 70.0, None, "in")
    d.vit("bmi", "36.2", 36.2, None, None)
    iso = "2025-04-15"
    rows = [
        ("AST", [], "78", "U/L", "10-40", 10.0, 40.0, None, "H"),
        ("ALT", [], "112", "U/L", "7-56", 7.0, 56.0, None, "H"),
        ("Alkaline phosphatase", [], "96", "U/L", "40-129", 40.0, 129.0, None, ""),
        ("Total bilirubin", [], "0.9", "mg/dL", "0.1-1.2", 0.1, 1.2, None, ""),
        ("Albumin", [], "4.1", "g/dL", "3.5-5.0", 3.5, 5.0, None, ""),
        ("Platelets", [], "148", "x10^3/uL", "150-400", 150.0, 400.0, None, "L"),
        ("INR", [], "1.1", None, "0.9-1.1", 0.9, 1.1, None, ""),
        ("Hemoglobin A1c", ["HbA1c"], "7.8", "%", "4.0-5.6", 4.0, 5.6, None, "H"),
    ]
    d.table(["Lab (" + d.d(iso) + ")", "Result", "Units", "Reference", "Flag"], labrows(d, rows, iso),
            [2.8, 1, 1.2, 1.3, 0.7])
    d.para("Immunizations: influenza vaccine " + d.d("2024-10-14") + ". No record of hepatitis A or hepatitis B "
           "vaccination - please vaccinate if non-immune.")
    d.imm("influenza vaccine", "2024-10-14", None, None, None, amb=_amb(d.style, "2024-10-14"))
    d.no("immunizations", "hepatitis A", "due")
    d.no("immunizations", "hepatitis B", "due")
    d.para("Question: is he a candidate for resmetirom (Rezdiffra) or a clinical trial? Thank you for seeing him.")
    d.no("medications", "resmetirom", "planned", "question to specialist")
    d.signature("Tanya Lightfoot, FNP-C", "Family Nurse Practitioner", hand=False)
    d.hand_line("Addendum " + d.d("2025-05-21") + ":", "AFP 3.1 ng/mL (nl <8.3)", 10.5)
    d.lab("AFP", "3.1", "ng/mL", None, 8.3, "<8.3", "normal", "2025-05-21", ["Alpha-fetoprotein"])
    return d

# ---------------------------------------------------------------------------- 13 Guadeloupe
@document
def d13():
    d = Doc(13, "guadeloupe_discharge_summary", "Guadeloupe", "discharge_summary",
            "hospital discharge report (3 pages, entry/exit lab table, patient leaflet)", "d/m/Y",
            lang="French", comma=True)
    d.letterhead("CHU de la Guadeloupe", [
        "Unité Transversale de la Drépanocytose – Service de Médecine Interne",
        "Route de Chauvel, 97159 Pointe-à-Pitre Cedex, Guadeloupe   Tél. 05 90 55 10 10"],
        right=["COMPTE RENDU", "D'HOSPITALISATION"], font="SB", color=(0.5, 0.1, 0.1))
    d.run_header = "CHU de la Guadeloupe – M. CÉLESTINE Kévin, né le 03/04/1998 – CRH du " + d.d("2025-01-26")
    d.para("Pointe-à-Pitre, le " + d.d("2025-01-26") + "\nDr Maryse Bellance, médecin traitant, 4 rue Schœlcher, "
           "97110 Pointe-à-Pitre")
    d.kv([("Patient :", "M. CÉLESTINE Kévin"), ("Né le :", "03/04/1998"), ("Entrée :", d.d("2025-01-18")),
          ("Sortie :", d.d("2025-01-26")), ("IPP :", "971 448 207"), ("Médecin :", "Dr Jocelyn Romana")], lw=70)
    d.title("Motif d'hospitalisation", 10.5)
    d.para("Crise vaso-occlusive hyperalgique thoracique et lombaire avec fièvre à 38,6 °C, chez un patient "
           "drépanocytaire SS suivi à l'UTD.")
    d.title("Antécédents", 10.5)
    d.para("Médicaux : drépanocytose homozygote SS ; asthme intermittent ; ostéonécrose de la tête fémorale gauche "
           "(2021), suivie en rhumatologie.")
    d.para("Chirurgicaux : cholécystectomie pour lithiase en 2015.")
    d.para("Familiaux : mère porteuse d'un trait drépanocytaire (AS) ; père suivi pour un diabète de type 2.")
    d.no("conditions", "cholécystectomie", "historical", "past surgery")
    d.no("conditions", "trait drépanocytaire", "family")
    d.no("conditions", "diabète de type 2", "family")
    d.para("Allergies : ceftriaxone (urticaire généralisée en 2022). Pas d'allergie connue à l'iode.")
    d.alg("ceftriaxone", "urticaire généralisée")
    d.no("allergies", "iode", "negated")
    d.para("Traitement habituel : hydroxyurée (Siklos) 1000 mg/j, acide folique 5 mg/j, salbutamol à la demande. "
           "Prise d'ibuprofène en automédication les 2 jours précédant l'admission.")
    d.title("Histoire de la maladie", 10.5)
    d.para("À l'admission le " + d.d("2025-01-18") + " : température 38,6 °C, FC 118/min, FR 28/min, SpO2 89 % en air "
           "ambiant, PA 128/72 mmHg, EVA 9/10. Crépitants de la base droite. La radiographie thoracique montre une "
           "opacité alvéolaire basale droite d'apparition récente, en faveur d'un syndrome thoracique aigu. "
           "L'angioscanner thoracique du " + d.d("2025-01-19") + " ne montre pas d'embolie pulmonaire.")
    d.no("conditions", "embolie pulmonaire", "negated")
    d.title("Biologie", 10.5)
    dates = ["2025-01-18", "2025-01-25"]
    U, D = "↑", "↓"
    rows = [
        ("Hémoglobine", ["Haemoglobin"], "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ["6,9 " + D, "8,4 " + D]),
        ("Réticulocytes", ["Reticulocytes"], "G/L", "20 – 120", 20.0, 120.0, None, ["312 " + U, "245 " + U]),
        ("Leucocytes", ["White blood cells"], "G/L", "4,0 – 10,0", 4.0, 10.0, None, ["21,4 " + U, "11,2 " + U]),
        ("Plaquettes", ["Platelets"], "G/L", "150 – 400", 150.0, 400.0, None, ["486 " + U, "402 " + U]),
        ("LDH", ["Lactate dehydrogenase"], "UI/L", "125 – 243", 125.0, 243.0, None, ["1 240 " + U, "520 " + U]),
        ("Bilirubine totale", ["Total bilirubin"], "µmol/L", "< 21", None, 21.0, "< 21", ["58 " + U, "31 " + U]),
        ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["164 " + U, "18 " + U]),
        ("Créatinine", ["Creatinine"], "µmol/L", "64 – 104", 64.0, 104.0, None, ["52 " + D, "49 " + D]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, unit, ref] + cells)
        for iso, cell in zip(dates, cells):
            v, f = cell.rsplit(" ", 1) if cell.endswith((U, D)) else (cell, "")
            num = float(v.replace(" ", "").replace(",", "."))
            d.lab(test, v, unit, lo, hi, rt, FLAGMAP[f] if f else "normal", iso, al, num=num)
    d.table(["Examen", "Unité", "Normes", "Entrée " + d.d(dates[0]), "Sortie " + d.d(dates[1])], tab,
            [2.4, 1.1, 1.4, 1.6, 1.6])
    d.table(["Microbiologie (" + d.d(dates[0]) + ")", "Résultat", "Référence"], [
        ["Hémocultures", "Négatives", "Négatives"],
        ["Antigénurie Legionella", "Négative", "Négative"]], [3.5, 2, 2])
    d.lab("Hémocultures", "Négatives", None, None, None, "Négatives", "normal", dates[0], ["Blood culture"], num=None)
    d.lab("Antigénurie Legionella", "Négative", None, None, None, "Négative", "normal", dates[0],
          ["Legionella urinary antigen"], num=None)
    d.title("Évolution", 10.5)
    d.para("Analgésie par morphine IV en PCA pendant 5 jours, hydratation IV par sérum physiologique, "
           "oxygénothérapie 3 L/min, spirométrie incitative et enoxaparine préventive. Transfusion simple de deux "
           "concentrés érythrocytaires le " + d.d("2025-01-19") + ". Antibiothérapie par lévofloxacine, IV puis "
           "per os (allergie à la ceftriaxone). Apyrexie à J3, sevrage de l'oxygène à J6. L'ibuprofène est arrêté "
           "(contre-indiqué). La dose d'hydroxyurée est augmentée à 1500 mg/j. Vaccin antigrippal administré le "
           + d.d("2025-01-24") + " avant la sortie.")
    d.no("medications", "morphine", "other", "PCA on the ward")
    d.no("medications", "sérum physiologique", "other", "IV fluids on the ward")
    d.no("medications", "enoxaparine", "other", "prophylaxis on the ward")
    d.imm("Vaccin antigrippal", "2025-01-24", None, None, None, amb=_amb(d.style, "2025-01-24"))
    d.title("Diagnostics de sortie", 10.5)
    d.bullets(["Syndrome thoracique aigu compliquant une crise vaso-occlusive (D57.0)",
               "Drépanocytose homozygote SS", "Asthme intermittent (J45.9)",
               "Ostéonécrose de la tête fémorale gauche (M87.0)"])
    d.cond("Syndrome thoracique aigu", "active", "D57.0", ["acute chest syndrome", "sickle cell crisis"])
    d.cond("Drépanocytose homozygote SS", "active", None, ["sickle cell disease"])
    d.cond("Asthme intermittent", "active", "J45.9", ["asthma"])
    d.cond("Ostéonécrose de la tête fémorale gauche", "active", "M87.0", ["avascular necrosis of the femoral head"])
    d.title("Examen de sortie", 10.5)
    d.para("PA 118/70 mmHg, FC 84/min, température 37,0 °C, SpO2 97 % en air ambiant, poids 62 kg.")
    d.vit("blood_pressure", "118/70", 118.0, 70.0, "mmHg")
    d.vit("heart_rate", "84", 84.0, None, "/min")
    d.vit("temperature", "37,0", 37.0, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "62", 62.0, None, "kg")
    d.title("Traitement de sortie", 10.5)
    d.table(["Médicament", "Posologie", "Statut"], [
        ["Hydroxyurée (Siklos) 1000 mg", "1500 mg par jour", "modifié (1000 → 1500 mg)"],
        ["Acide folique 5 mg", "1 cp par jour", "poursuivi"],
        ["Lévofloxacine 500 mg", "1 cp par jour jusqu'au " + d.d("2025-01-29"), "nouveau"],
        ["Paracétamol 1 g", "1 cp toutes les 6 h si douleur", "nouveau"],
        ["Tramadol 50 mg", "1 à 2 gélules si douleur intense, 5 jours", "nouveau"],
        ["Salbutamol (Ventoline) 100 µg", "2 bouffées si gêne respiratoire", "poursuivi"],
        ["Ibuprofène 400 mg", "arrêté", "arrêté (contre-indiqué)"]], [2.8, 3.4, 1.8])
    d.med("hydroxyurée", "Siklos", "1500", "mg", None, "par jour", "changed")
    d.med("Acide folique", None, "5", "mg", None, "1 cp par jour")
    d.med("Lévofloxacine", None, "500", "mg", None, "1 cp par jour", "new")
    d.med("Paracétamol", None, "1", "g", None, "toutes les 6 h si douleur", "new")
    d.med("Tramadol", None, "50", "mg", None, "si douleur intense", "new")
    d.med("Salbutamol", "Ventoline", "100", "µg", None, "si gêne respiratoire")
    d.med("Ibuprofène", None, "400", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofène", "stopped")
    d.title("Suivi", 10.5)
    d.para("Consultation à l'UTD dans un mois (Dr Romana), NFS et réticulocytes dans 15 jours. Vaccin "
           "pneumococcique (Prevenar 20) à faire lors de cette consultation. Le crizanlizumab sera discuté en "
           "réunion de concertation en cas de nouvelle crise.")
    d.no("immunizations", "Vaccin pneumococcique", "due")
    d.no("medications", "crizanlizumab", "planned")
    d.signature("Dr Jocelyn Romana", "Praticien hospitalier, Médecine Interne – UTD", hand=False)
    d.newpage()
    d.title("INFORMATIONS AU PATIENT – VIVRE AVEC LA DRÉPANOCYTOSE", 11)
    d.para("Buvez 2 à 3 litres d'eau par jour, évitez le froid, l'altitude, la déshydratation et les efforts "
           "intenses. En cas de fièvre supérieure à 38,5 °C, de douleur thoracique ou d'essoufflement, consultez en "
           "urgence.")
    d.para("Avant tout voyage en zone d'endémie, une prévention du paludisme est indispensable : parlez-en à votre "
           "médecin au moins un mois avant le départ.")
    d.no("conditions", "paludisme", "leaflet")
    d.para("Chez l'homme, un priapisme (érection douloureuse de plus de 2 heures) est une urgence : rendez-vous "
           "directement aux urgences.")
    d.no("conditions", "priapisme", "leaflet")
    d.para("Ne prenez pas de corticoïdes ni d'anti-inflammatoires sans avis médical : ils peuvent déclencher une crise.",
           9.5)
    d.no("medications", "corticoïdes", "leaflet")
    d.para("Votre carte de soins drépanocytose doit toujours être sur vous. Numéro de l'UTD : 05 90 55 12 34.", 9.5)
    return d

# ---------------------------------------------------------------------------- 14 Canary Islands
@document
def d14():
    d = Doc(14, "canary_islands_hospital_discharge", "Canary Islands (Spain)", "discharge_summary",
            "hospital discharge report (COPD exacerbation, handwritten additions)", "d/m/Y", lang="Spanish",
            comma=True)
    d.letterhead("Hospital General de La Palma", [
        "Servicio Canario de la Salud – Servicio de Medicina Interna / Neumología",
        "Buenavista de Arriba s/n, 38713 Breña Alta, La Palma, Islas Canarias   Tel. 922 55 30 00"],
        font="SB", color=(0.0, 0.25, 0.5))
    d.title("INFORME DE ALTA HOSPITALARIA", 12, "B", "c")
    d.run_header = "Hospital General de La Palma – Gregorio Rodríguez Hernández – NHC 331478 – Informe de alta"
    d.table(None, [
        ["Paciente:", "Gregorio Rodríguez Hernández", "NHC:", "331478"],
        ["Edad:", "72 años", "Sexo:", "Varón"],
        ["Ingreso:", d.d("2025-11-03"), "Alta:", d.d("2025-11-10")],
        ["Médico responsable:", "Dra. Nayra Pérez Acosta", "CIP:", "PRHG530112001"]],
        [1.7, 3, 1.0, 2.3], size=8.6)
    d.title("Antecedentes personales", 10.5)
    d.para("Alergia a amoxicilina (urticaria) y a marisco (angioedema). Exfumador de 40 paquetes/año desde 2018. "
           "EPOC grave (GOLD 3). Hipertensión arterial. Fibrilación auricular permanente anticoagulada. Diabetes "
           "mellitus tipo 2. No cardiopatía isquémica conocida. Tuberculosis pulmonar en la juventud, tratada.")
    d.alg("amoxicilina", "urticaria")
    d.alg("marisco", "angioedema")
    d.no("conditions", "cardiopatía isquémica", "negated")
    d.no("conditions", "Tuberculosis pulmonar", "historical", "treated")
    d.para("Antecedentes familiares: madre fallecida por cáncer de pulmón.")
    d.no("conditions", "cáncer de pulmón", "family")
    d.title("Enfermedad actual y evolución", 10.5)
    d.para("Aumento de su disnea basal hasta hacerse de mínimos esfuerzos, expectoración purulenta y fiebre de 38 °C "
           "de 4 días de evolución. Radiografía de tórax sin signos de neumonía. Se trató con metilprednisolona "
           "40 mg IV cada 24 h, nebulizaciones de salbutamol e ipratropio, ceftriaxona 1 g IV y ventilación mecánica "
           "no invasiva las primeras 48 h, con buena evolución.")
    d.no("conditions", "neumonía", "negated")
    d.no("medications", "metilprednisolona", "other", "IV on the ward")
    d.no("medications", "ipratropio", "other", "nebulised on the ward")
    d.no("medications", "ceftriaxona", "other", "IV on the ward")
    d.title("Pruebas complementarias", 10.5)
    iso = "2025-11-03"
    d.para("Gasometría arterial al ingreso (" + d.d(iso) + ", FiO2 21 %): pH 7,33, pCO2 54 mmHg, pO2 52 mmHg, "
           "HCO3 28 mmol/L. Analítica: leucocitos 14.200/µL, PCR 96 mg/L, NT-proBNP 640 pg/mL. PCR gripe A/B "
           "negativa y PCR SARS-CoV-2 negativa.")
    d.lab("pH", "7,33", None, None, None, None, None, iso, ["Arterial pH"])
    d.lab("pCO2", "54", "mmHg", None, None, None, None, iso, ["PaCO2"])
    d.lab("pO2", "52", "mmHg", None, None, None, None, iso, ["PaO2"])
    d.lab("HCO3", "28", "mmol/L", None, None, None, None, iso, ["Bicarbonate"])
    d.lab("leucocitos", "14.200", "/µL", None, None, None, None, iso, ["White blood cells"], num=14200.0)
    d.lab("PCR", "96", "mg/L", None, None, None, None, iso, ["C-reactive protein"])
    d.lab("NT-proBNP", "640", "pg/mL", None, None, None, None, iso)
    d.lab("PCR gripe A/B", "negativa", None, None, None, None, None, iso, ["Influenza PCR"], num=None)
    d.lab("PCR SARS-CoV-2", "negativa", None, None, None, None, None, iso, ["SARS-CoV-2 PCR"], num=None)
    d.title("Juicio clínico", 10.5)
    d.bullets(["Agudización grave de EPOC (J44.1)", "Insuficiencia respiratoria aguda hipercápnica (J96.0)",
               "Fibrilación auricular permanente (I48.2)", "Hipertensión arterial (I10)",
               "Diabetes mellitus tipo 2 (E11.9)"])
    d.cond("Agudización grave de EPOC", "active", "J44.1", ["COPD exacerbation"])
    d.cond("Insuficiencia respiratoria aguda hipercápnica", "active", "J96.0", ["hypercapnic respiratory failure"])
    d.cond("Fibrilación auricular permanente", "active", "I48.2", ["permanent atrial fibrillation"])
    d.cond("Hipertensión arterial", "active", "I10", ["hypertension"])
    d.cond("Diabetes mellitus tipo 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.para("Constantes al alta: TA 128/74 mmHg, FC 82 lpm, SatO2 92 % basal, T.ª 36,4 °C, FR 18 rpm.")
    d.vit("blood_pressure", "128/74", 128.0, 74.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "lpm")
    d.vit("oxygen_saturation", "92", 92.0, None, "%")
    d.vit("temperature", "36,4", 36.4, None, "°C")
    d.vit("respiratory_rate", "18", 18.0, None, "rpm")
    d.title("Tratamiento al alta", 10.5)
    d.table(["Medicamento", "Pauta", "Indicación"], [
        ["Prednisona 30 mg", "1 comp. en el desayuno durante 5 días", "nuevo"],
        ["Levofloxacino 500 mg", "1 comp. cada 24 h hasta completar 7 días", "nuevo"],
        ["Trimbow (beclometasona/formoterol/glicopirronio) 87/5/9 µg", "2 inhalaciones cada 12 h",
         "nuevo (sustituye a Spiriva y Foster)"],
        ["Salbutamol (Ventolin) 100 µg", "2 inhalaciones a demanda", "continuar"],
        ["Apixabán (Eliquis) 5 mg", "1 comp. cada 12 h", "continuar"],
        ["Bisoprolol 2,5 mg", "1 comp. cada 24 h", "continuar"],
        ["Metformina 850 mg", "1 comp. cada 12 h", "continuar"],
        ["Spiriva (tiotropio) 18 µg", "—", "suspender"],
        ["Foster 100/6 µg", "—", "suspender"]], [3.8, 2.8, 2])
    d.med("Prednisona", None, "30", "mg", None, "en el desayuno durante 5 días", "new")
    d.med("Levofloxacino", None, "500", "mg", None, "cada 24 h", "new")
    d.med("beclometasona/formoterol/glicopirronio", "Trimbow", "87/5/9", "µg", None, "cada 12 h", "new")
    d.med("Salbutamol", "Ventolin", "100", "µg", None, "a demanda")
    d.med("Apixabán", "Eliquis", "5", "mg", None, "cada 12 h")
    d.med("Bisoprolol", None, "2,5", "mg", None, "cada 24 h")
    d.med("Metformina", None, "850", "mg", None, "cada 12 h")
    d.med("tiotropio", "Spiriva", "18", "µg", None, None, "stopped")
    d.med("Foster", "Foster", "100/6", "µg", None, None, "stopped")
    d.no("medications", "tiotropio", "stopped")
    d.no("medications", "Foster", "stopped")
    d.title("Recomendaciones", 10.5)
    d.para("Vacunación antigripal pendiente: acudir a su centro de salud. Si precisa un nuevo ciclo de corticoides "
           "en los próximos meses, valorar añadir roflumilast. Control por su médico de familia en una semana.")
    d.no("immunizations", "Vacunación antigripal", "due")
    d.no("medications", "roflumilast", "planned")
    d.signature("Dra. Nayra Pérez Acosta", "FEA Medicina Interna")
    d.hand_line("Nota:", "Vacuna antineumocócica VNC20 administrada " + d.d("2025-11-09") + " - lote FP4417", 10.5)
    d.imm("Vacuna antineumocócica VNC20", "2025-11-09", None, "FP4417", None, amb=_amb(d.style, "2025-11-09"))
    d.hand_line("", "Cita consulta Neumología 02/12/2025", 10.5)
    return d

# ---------------------------------------------------------------------------- 15 Iowa
@document
def d15():
    d = Doc(15, "iowa_gi_bleed_discharge_scan", "United States (Iowa)", "discharge_summary",
            "discharge summary (2 pages, scanned, handwritten notes)", "m/d/Y", ext="pdf",
            scan={"dpi": 150, "angle": 1.4, "blur": 0.75}, size=letter)
    d.letterhead("Cedar River Community Hospital", [
        "Hospitalist Service   700 1st Ave NE, Cedar Rapids, IA 52402   (319) 555-0177"],
        right=["DISCHARGE SUMMARY"], color=(0.15, 0.15, 0.15))
    d.run_header = "Halvorsen, Gary L.   MRN 00718342   Discharge Summary"
    d.kv([("Patient:", "Gary L. Halvorsen"), ("DOB:", "06/21/1949"), ("Admitted:", d.d("2025-01-06")),
          ("Discharged:", d.d("2025-01-10")), ("Attending:", "Priya Natarajan, MD"), ("Disposition:", "Home with daughter")])
    d.title("Diagnoses", 10.5)
    d.bullets(["Principal: Acute upper GI bleed from a duodenal ulcer (K26.4), treated endoscopically "
               + d.d("2025-01-07"),
               "Helicobacter pylori infection (B96.81)", "Acute blood loss anemia (D62)",
               "Paroxysmal atrial fibrillation (I48.0)", "Chronic kidney disease stage 3a (N18.31)",
               "Osteoarthritis of both knees (M17.0)", "Acute kidney injury on admission, resolved by day 3"])
    d.cond("Acute upper GI bleed from a duodenal ulcer", "active", "K26.4", ["duodenal ulcer with hemorrhage"])
    d.cond("Helicobacter pylori infection", "active", "B96.81", ["H. pylori"])
    d.cond("Acute blood loss anemia", "active", "D62")
    d.cond("Paroxysmal atrial fibrillation", "active", "I48.0")
    d.cond("Chronic kidney disease stage 3a", "active", "N18.31", ["CKD stage 3a"])
    d.cond("Osteoarthritis of both knees", "active", "M17.0", ["osteoarthritis"])
    d.no("conditions", "Acute kidney injury", "historical", "resolved")
    d.title("Hospital course", 10.5)
    d.para("75-year-old man who presented with melena and lightheadedness after 3 weeks of over-the-counter naproxen "
           "for knee pain while taking apixaban. Hemoglobin 7.1 on arrival; transfused 2 units of packed red cells "
           "and started on a high-dose IV proton pump inhibitor. EGD on " + d.d("2025-01-07") + ": 1.5 cm duodenal "
           "bulb ulcer with a visible vessel, treated with epinephrine injection and clips; no esophageal varices. "
           "Rapid urease test positive. Iron sucrose 200 mg IV was given twice on the ward. No further bleeding. "
           "Apixaban is on hold; naproxen is stopped permanently. Family history: brother with colon cancer at 60.")
    d.no("conditions", "esophageal varices", "negated")
    d.no("medications", "Iron sucrose", "other", "IV on the ward")
    d.no("conditions", "colon cancer", "family")
    d.para("Allergies: Penicillin (anaphylaxis); Adhesive tape (skin tears).")
    d.alg("Penicillin", "anaphylaxis")
    d.alg("Adhesive tape", "skin tears")
    d.title("Laboratory", 10.5)
    dates = ["2025-01-06", "2025-01-10"]
    rows = [
        ("Hemoglobin", [], "g/dL", "13.5-17.5", 13.5, 17.5, None, ["7.1 L", "9.2 L"]),
        ("BUN", ["Urea nitrogen"], "mg/dL", "8-23", 8.0, 23.0, None, ["48 H", "19"]),
        ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["1.62 H", "1.21"]),
        ("INR", [], None, "0.9-1.1", 0.9, 1.1, None, ["1.3 H", "1.1"]),
        ("Platelets", [], "x10^3/uL", "150-400", 150.0, 400.0, None, ["212", "248"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, unit or "", ref] + cells)
        for iso, cell in zip(dates, cells):
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.table(["Test", "Units", "Ref range", "Admit " + d.d(dates[0]), "Discharge " + d.d(dates[1])], tab,
            [2.4, 1.2, 1.3, 1.5, 1.6])
    d.table(["Pathology (" + d.d("2025-01-07") + ")", "Result", "Reference"], [
        ["Rapid urease test (CLO), duodenal biopsy", "Positive", "Negative"]], [3.6, 1.5, 1.5])
    d.lab("Rapid urease test (CLO)", "Positive", None, None, None, "Negative", "abnormal", "2025-01-07",
          ["H. pylori urease test"], num=None)
    d.newpage()
    d.title("Discharge vital signs", 10.5)
    d.table(["BP", "HR", "Temp", "RR", "SpO2"], [["124/72 mmHg", "78 /min", "97.9 F", "16 /min", "97 % RA"]],
            [1.4, 1, 1, 1, 1])
    d.vit("blood_pressure", "124/72", 124.0, 72.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("temperature", "97.9", 97.9, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.hand_line("Discharge wt:", "84.3 kg (standing)", 11)
    d.vit("weight", "84.3", 84.3, None, "kg")
    d.title("Discharge medications", 10.5)
    d.table(["Medication", "Sig", "Status"], [
        ["Pantoprazole 40 mg tablet", "40 mg by mouth twice daily for 8 weeks, then once daily", "NEW"],
        ["Pylera (bismuth subcitrate potassium/metronidazole/tetracycline) 140/125/125 mg capsule",
         "3 capsules by mouth four times daily for 10 days", "NEW"],
        ["Ferrous sulfate 325 mg tablet", "325 mg by mouth every other day", "NEW"],
        ["Acetaminophen 500 mg tablet", "1000 mg by mouth every 8 hours as needed for knee pain", "NEW"],
        ["Metoprolol succinate ER 50 mg", "50 mg by mouth daily", "CONTINUE"],
        ["Atorvastatin 20 mg tablet", "20 mg by mouth at bedtime", "CONTINUE"],
        ["Apixaban 5 mg tablet", "resume " + d.d("2025-01-17") + " if no further bleeding (per GI)", "HOLD"],
        ["Naproxen 220 mg (OTC)", "-", "STOP - no NSAIDs"]], [3.4, 3.2, 1.4])
    d.med("Pantoprazole", None, "40", "mg", "by mouth", "twice daily", "new")
    d.med("bismuth subcitrate potassium/metronidazole/tetracycline", "Pylera", "140/125/125", "mg", "by mouth",
          "four times daily", "new")
    d.med("Ferrous sulfate", None, "325", "mg", "by mouth", "every other day", "new")
    d.med("Acetaminophen", None, "1000", "mg", "by mouth", "every 8 hours as needed", "new")
    d.med("Metoprolol succinate", None, "50", "mg", "by mouth", "daily")
    d.med("Atorvastatin", None, "20", "mg", "by mouth", "at bedtime")
    d.med("Apixaban", None, "5", "mg", None, None, "held")
    d.med("Naproxen", None, "220", "mg", None, None, "stopped")
    d.no("medications", "Apixaban", "stopped", "held")
    d.no("medications", "Naproxen", "stopped")
    d.title("Follow-up and instructions", 10.5)
    d.bullets(["PCP (Dr. Kessler) in 1 week with CBC and BMP.",
               "GI clinic in 8 weeks; urea breath test 4 weeks after antibiotics to confirm eradication.",
               "If hemoglobin is below 8 g/dL at follow-up, consider IV ferric carboxymaltose.",
               "Pneumococcal vaccine and shingles vaccine are due - discuss at the PCP visit."])
    d.no("medications", "ferric carboxymaltose", "planned", "conditional")
    d.no("immunizations", "Pneumococcal vaccine", "due")
    d.no("immunizations", "shingles vaccine", "due")
    d.signature("Priya Natarajan, MD", "Hospitalist")
    d.hand_line("", "Pt + daughter educated: no ibuprofen / naproxen / aspirin. Black stools -> ED.", 10.5)
    return d


# ---------------------------------------------------------------------------- 16 Mayotte
@document
def d16():
    d = Doc(16, "mayotte_child_vaccination_card_scan", "Mayotte", "immunization_record",
            "child health booklet vaccination page (handwritten, scanned)", "d/m/Y", ext="png",
            scan={"dpi": 160, "angle": -1.6}, lang="French", comma=True)
    d.letterhead("Carnet de santé – Vaccinations", [
        "Centre de PMI de Mamoudzou – Conseil départemental de Mayotte",
        "Protection Maternelle et Infantile, 97600 Mamoudzou, Mayotte"], color=(0.1, 0.3, 0.55))
    d.kv([("Nom, prénom :", Hand("ATTOUMANI Nassim")), ("Né le :", Hand("07/02/2024")),
          ("Mère :", Hand("Zaïnaba Ali")), ("N° dossier PMI :", Hand("MZ-24-0219"))], lw=100)
    d.para("Coller l'étiquette du vaccin ou noter le nom commercial et le numéro de lot. Injection : 1re, 2e ou "
           "rappel.", 8)
    rows = [
        ("BCG", "BCG AJV", "124071", "2024-02-12", "unique", None),
        ("DTCaP-Hib-HepB", "Vaxelis", "U7731", "2024-04-08", "1re", 1),
        ("Pneumocoque conjugué", "Prevenar 20", "LR2291", "2024-04-08", "1re", 1),
        ("Rotavirus", "Rotarix", "AROLB612", "2024-04-08", "1re", 1),
        ("Méningocoque B", "Bexsero", "B4418A", "2024-05-13", "1re", 1),
        ("DTCaP-Hib-HepB", "Vaxelis", "U8102", "2024-06-10", "2e", 2),
        ("Pneumocoque conjugué", "Prevenar 20", "LR3057", "2024-06-10", "2e", 2),
        ("Rotavirus", "Rotarix", "AROLB733", "2024-06-10", "2e", 2),
        ("Méningocoque B", "Bexsero", "B4962C", "2024-07-15", "2e", 2),
        ("Méningocoque C", "Neisvac", "VNS3H21", "2024-07-15", "1re", 1),
        ("DTCaP-Hib-HepB", "Vaxelis", "U9026", "2025-01-13", "rappel", None),
        ("Pneumocoque conjugué", "Prevenar 20", "LT0184", "2025-01-13", "rappel", None),
        ("ROR", "Priorix", "A69CD114", "2025-02-10", "1re", 1),
        ("Méningocoque C", "Neisvac", "VNS4K07", "2025-02-10", "rappel", None),
        ("Méningocoque B", "Bexsero", "B5230A", "2025-02-10", "rappel", None),
    ]
    tab = []
    for vac, brand, lot, iso, inj, n in rows:
        tab.append([vac, Hand(d.d(iso)), Hand(inj), Hand(brand + " – " + lot), Hand("IDE PMI")])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.title("VACCINATIONS", 11)
    d.table(["Vaccin", "Date", "Injection", "Nom du vaccin – lot", "Signature"], tab, [2.4, 1.4, 1.0, 2.4, 1.2],
            size=8.6)
    d.title("Observations", 10)
    d.hand_line("", "Grippe : proposée le 14/10/2024, refusée par la mère", 10.5)
    d.hand_line("", "Typhoïde (Typhim Vi) : à faire à 2 ans - RDV 02/2026", 10.5)
    d.no("immunizations", "Grippe", "other", "declined")
    d.no("immunizations", "Typhoïde", "due")
    d.title("Surveillance de la croissance", 10)
    d.table(["Date", "Poids (kg)", "Taille (cm)", "PC (cm)"],
            [[Hand(d.d("2025-02-10")), Hand("9,4"), Hand("74"), Hand("45,5")]], [1.6, 1.2, 1.2, 1.2], size=8.6)
    d.vit("weight", "9,4", 9.4, None, "kg")
    d.vit("height", "74", 74.0, None, "cm")
    d.para("La vaccination est obligatoire pour les enfants nés depuis le 1er janvier 2018 (11 vaccins). Présentez "
           "ce carnet à chaque consultation.", 8)
    return d

# ---------------------------------------------------------------------------- 17 Catalonia
@document
def d17():
    d = Doc(17, "catalonia_vaccination_registry", "Catalonia (Spain)", "immunization_record",
            "regional vaccination registry print-out (adult, pending / declined / not indicated)", "d/m/Y",
            lang="Catalan", comma=True)
    d.letterhead("Generalitat de Catalunya – Departament de Salut", [
        "Registre de Vacunacions de Catalunya (RVC)",
        "Informe emès per: CAP Girona 3 – Can Gibert del Pla, Girona"], right=["HISTORIAL DE", "VACUNACIONS"],
        color=(0.6, 0.05, 0.05))
    d.kv([("Nom:", "PUJOL FERRER, Montserrat"), ("Data de naixement:", "23/09/1956"), ("CIP:", "PUFE0560923004"),
          ("Data d'emissió:", d.d("2025-05-06"))], lw=105)
    d.title("Grups de risc registrats", 10)
    d.para("Diabetis mellitus tipus 2 · Malaltia pulmonar obstructiva crònica (MPOC)")
    d.cond("Diabetis mellitus tipus 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Malaltia pulmonar obstructiva crònica (MPOC)", "active", None, ["COPD"])
    d.title("Al·lèrgies i contraindicacions", 10)
    d.para("Al·lèrgia a la neomicina (dermatitis de contacte). Al·lèrgia a l'ou: no.")
    d.alg("neomicina", "dermatitis de contacte")
    d.no("allergies", "ou", "negated")
    rows = [
        ("Tètanus-diftèria (Td)", "Diftavax", "U5231", "2019-03-14", "Record", None, "CAP Girona 3"),
        ("Hepatitis B", "Engerix-B 20", "AHBVC612", "2022-09-02", "1a", 1, "CAP Girona 3"),
        ("Hepatitis B", "Engerix-B 20", "AHBVC790", "2022-10-07", "2a", 2, "CAP Girona 3"),
        ("Hepatitis B", "Engerix-B 20", "AHBVD144", "2023-03-06", "3a", 3, "CAP Girona 3"),
        ("Pneumocòccica conjugada 20-valent (VNC20)", "Prevenar 20", "LL3309", "2023-10-18", "Única", None,
         "CAP Girona 3"),
        ("Herpes zòster", "Shingrix", "4K52T", "2023-10-18", "1a", 1, "CAP Girona 3"),
        ("Herpes zòster", "Shingrix", "4M17T", "2024-01-15", "2a", 2, "Farmàcia Vidal (Girona)"),
        ("Grip", "Efluelda", "X3F221", "2024-10-10", "Anual", None, "CAP Girona 3"),
        ("COVID-19", "Comirnaty JN.1", "HH1142", "2024-10-10", "Record", None, "CAP Girona 3"),
    ]
    tab = []
    for vac, brand, lot, iso, dose, n, centre in rows:
        tab.append([vac, brand, lot, d.d(iso), dose, centre])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.title("Vacunes administrades", 10.5)
    d.table(["Vacuna", "Nom comercial", "Lot", "Data", "Dosi", "Centre"], tab, [3.0, 1.4, 1.1, 1.1, 0.8, 1.9],
            size=8, head_fill=(0.93, 0.86, 0.86))
    d.title("Vacunes no administrades", 10.5)
    d.table(["Vacuna", "Estat", "Data registre", "Observacions"], [
        ["Hepatitis A", "Rebutjada", d.d("2023-10-18"), "la pacient no la vol"],
        ["Meningocòccica ACWY", "No indicada", d.d("2023-10-18"), "sense factor de risc"],
        ["Virus respiratori sincicial (VRS)", "Pendent", d.d("2025-05-06"), "campanya 2025-2026"]],
        [2.6, 1.2, 1.2, 2.6], size=8)
    d.no("immunizations", "Hepatitis A", "other", "declined")
    d.no("immunizations", "Meningocòccica ACWY", "other", "not indicated")
    d.no("immunizations", "Virus respiratori sincicial (VRS)", "due")
    d.para("Aquest document és una còpia de les dades del Registre de Vacunacions de Catalunya. Si hi detecteu algun "
           "error, adreceu-vos al vostre centre d'atenció primària.", 7.8)
    return d


# ---------------------------------------------------------------------------- 18 North Dakota
@document
def d18():
    d = Doc(18, "north_dakota_ndiis_immunization_record", "United States (North Dakota)", "immunization_record",
            "state immunization registry print (adult, exemptions, forecast)", "m/d/Y", size=letter)
    d.text(d.x0, d.y, "NORTH DAKOTA HEALTH AND HUMAN SERVICES", "B", 9, (0.2, 0.2, 0.2))
    d.text(d.x1, d.y, "Printed 08/12/2025 14:37 CT", "R", 8, (0.3, 0.3, 0.3), "r")
    d.y -= 14
    d.title("North Dakota Immunization Information System (NDIIS) - Official Immunization Record", 10.5)
    d.rule()
    d.kv([("Name:", "LARSON, HAROLD EUGENE"), ("DOB:", "03/28/1956"), ("Gender:", "M"),
          ("NDIIS ID:", "ND-7741902285"), ("County:", "Ward"), ("Report:", "All doses, age 18 and older")], lw=100)
    rows = [
        ("Td/Tdap", "Tdap (Adacel)", "2016-05-09", None, "C5198AA", "Sanofi", "Trinity Health - Minot"),
        ("Hepatitis B", "HepB-CpG (Heplisav-B)", "2021-04-12", 1, "A2C4471", "Dynavax", "Trinity Health - Minot"),
        ("Hepatitis B", "HepB-CpG (Heplisav-B)", "2021-05-10", 2, "A2C4528", "Dynavax", "Trinity Health - Minot"),
        ("Zoster", "Zoster recombinant (Shingrix)", "2022-09-20", 1, "7G4K2", "GSK", "Thrifty White Pharmacy #741"),
        ("Pneumococcal", "PCV20 (Prevnar 20)", "2022-09-20", None, "LA9013", "Pfizer", "Trinity Health - Minot"),
        ("Zoster", "Zoster recombinant (Shingrix)", "2023-01-17", 2, "7K93R", "GSK", "Thrifty White Pharmacy #741"),
        ("Influenza", "Influenza, high-dose, quadrivalent", "2023-10-02", None, "UT8124", "Sanofi",
         "First District Health Unit"),
        ("COVID-19", "COVID-19 mRNA 2023-2024 (Spikevax)", "2023-10-02", None, "3045891", "Moderna",
         "First District Health Unit"),
        ("Influenza", "Influenza, high-dose, trivalent", "2024-09-30", None, "UT9903", "Sanofi",
         "Trinity Health - Minot"),
        ("COVID-19", "COVID-19 mRNA 2024-2025 (Spikevax)", "2024-09-30", None, "3051177", "Moderna",
         "Trinity Health - Minot"),
        ("RSV", "RSV vaccine, adjuvanted (Arexvy)", "2024-09-30", None, "3FX71", "GSK", "Trinity Health - Minot"),
    ]
    tab = []
    for grp, vac, iso, n, lot, mfr, prov in rows:
        tab.append([grp, vac, d.d(iso), str(n) if n else "", lot, mfr, prov])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("Immunization History", 10.5)
    d.table(["Vaccine Group", "Vaccine", "Date Admin", "Dose", "Lot", "Mfr", "Provider / Clinic"], tab,
            [1.3, 2.6, 1.1, 0.5, 1.0, 0.9, 2.3], size=7.8, head_fill=(0.9, 0.9, 0.9))
    d.title("Exemptions / Immunity / Refusals", 10.5)
    d.table(["Vaccine Group", "Reason", "Date recorded"], [
        ["MMR", "Presumptive immunity - born before 1957", "05/09/2016"],
        ["Mpox", "Patient refusal", "08/15/2022"]], [1.5, 4.5, 1.5], size=8)
    d.no("immunizations", "MMR", "other", "presumed immune")
    d.no("immunizations", "Mpox", "other", "refused")
    d.title("Recommended Vaccinations (forecast)", 10.5)
    d.table(["Vaccine Group", "Earliest date", "Due date", "Status"], [
        ["Td/Tdap", "05/09/2026", "05/09/2026", "Not yet due"],
        ["Influenza", "08/01/2025", "10/31/2025", "Upcoming"],
        ["COVID-19", "08/01/2025", "10/31/2025", "Upcoming"],
        ["Zoster", "-", "-", "Series complete"],
        ["Pneumococcal", "-", "-", "Complete"]], [1.8, 1.3, 1.3, 2.4], size=8)
    d.para("This is an official record of immunizations reported to the NDIIS. Doses given outside North Dakota may "
           "be missing. Questions: 1-800-555-0168.", 7.8)
    return d


# ---------------------------------------------------------------------------- 19 Equatorial Guinea
@document
def d19():
    d = Doc(19, "equatorial_guinea_prescription_scan", "Equatorial Guinea", "prescription",
            "outpatient prescription (chronic disease, handwritten, scanned)", "d/m/Y", ext="jpg",
            scan={"dpi": 170, "angle": 2.3, "blur": 0.85}, size=(420, 595), lang="Spanish", comma=False)
    d.x0, d.x1 = 30, d.W - 30
    d.letterhead("Hospital Regional de Bata", [
        "Consulta Externa de Medicina Interna", "Carretera del Aeropuerto s/n, Bata, Litoral",
        "República de Guinea Ecuatorial"], size=12, color=(0.05, 0.35, 0.2))
    d.title("RECETA MÉDICA", 11, "B", "c")
    d.hand_line("Nombre:", "Teodora Nchama Obiang", 11)
    d.hand_line("Edad:", "58 años    Peso: 81 kg    Fecha: 14/10/2025", 10.5)
    d.hand_line("TA:", "168/98 mmHg    Glucemia capilar: 248 mg/dL", 10.5)
    d.vit("weight", "81", 81.0, None, "kg")
    d.vit("blood_pressure", "168/98", 168.0, 98.0, "mmHg")
    d.lab("Glucemia capilar", "248", "mg/dL", None, None, None, None, "2025-10-14", ["Capillary glucose"])
    d.hand_line("Dx:", "HTA mal controlada", 10.5)
    d.hand_line("", "Diabetes tipo 2 descompensada", 10.5)
    d.cond("HTA", "active", None, ["hypertension"])
    d.cond("Diabetes tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.hand_line("", "Niega dolor torácico", 10)
    d.no("conditions", "dolor torácico", "negated")
    d.hand_line("Alergia:", "Penicilina - urticaria", 10)
    d.alg("Penicilina", "urticaria")
    d.gap(4)
    d.text(d.x0, d.y, "Rp/", "SB", 14)
    d.y -= 20
    for s in ["1) Amlodipino 10 mg - 1 comp. cada mañana (continuar)",
              "2) Losartán 50 mg - 1 comp. al día (nuevo)",
              "3) Metformina 850 mg - 1 comp. 2 veces al día (continuar)",
              "4) Glibenclamida 5 mg - 1 comp. antes del desayuno (nuevo)",
              "5) Atorvastatina 20 mg - 1 comp. por la noche (nuevo)"]:
        d.hand_line("", s, 10)
    d.med("Amlodipino", None, "10", "mg", None, "cada mañana")
    d.med("Losartán", None, "50", "mg", None, "1 comp. al día", "new")
    d.med("Metformina", None, "850", "mg", None, "2 veces al día")
    d.med("Glibenclamida", None, "5", "mg", None, "antes del desayuno", "new")
    d.med("Atorvastatina", None, "20", "mg", None, "por la noche", "new")
    d.hand_line("", "Suspender Propranolol 40 mg", 11)
    d.med("Propranolol", None, "40", "mg", None, None, "stopped")
    d.no("medications", "Propranolol", "stopped")
    d.hand_line("", "Control en 1 mes en ayunas: si > 200 mg/dL iniciar insulina NPH", 9.5)
    d.no("medications", "insulina NPH", "planned", "conditional")
    d.signature("Dr. Salvador Esono Mba", "Médico Internista")
    return d

# ---------------------------------------------------------------------------- 20 Madeira
@document
def d20():
    d = Doc(20, "madeira_medication_plan", "Madeira (Portugal)", "prescription",
            "pharmacy medication plan with administration times (current and stopped, brand names)", "d-m-Y",
            lang="Portuguese", comma=True)
    d.letterhead("Farmácia Funchalense", [
        "Rua da Carreira 88, 9000-042 Funchal, Madeira   Tel. 291 555 020",
        "Diretora técnica: Dra. Sónia Gouveia"], right=["PLANO DE MEDICAÇÃO", "com horário das tomas"],
        color=(0.05, 0.4, 0.3))
    d.kv([("Utente:", "Sr. Agostinho Freitas Abreu"), ("Data de nascimento:", "17-12-1944"),
          ("Médica de família:", "Dra. Lígia Camacho"), ("Centro de saúde:", "Bom Jesus, Funchal"),
          ("Data de impressão:", d.d("2025-09-22"))], lw=110)
    d.title("Problemas de saúde (conhecidos pela farmácia)", 10)
    d.para("Insuficiência cardíaca · Fibrilhação auricular · Diabetes tipo 2 · Hipertrofia benigna da próstata")
    d.cond("Insuficiência cardíaca", "active", None, ["heart failure"])
    d.cond("Fibrilhação auricular", "active", None, ["atrial fibrillation"])
    d.cond("Diabetes tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hipertrofia benigna da próstata", "active", None, ["benign prostatic hyperplasia"])
    d.title("Alergias e intolerâncias", 10)
    d.para("Alopurinol – síndrome de hipersensibilidade (alergia) · Metformina – diarreia (intolerância)")
    d.alg("Alopurinol", "síndrome de hipersensibilidade")
    d.alg("Metformina", "diarreia")
    d.title("Medicação atual", 10)
    X = "1"
    d.table(["Medicamento (marca)", "Dosagem", "Posologia", "Manhã", "Almoço", "Jantar", "Deitar", "Desde"], [
        ["Bisoprolol (Concor)", "5 mg", "1 comprimido por dia", X, "", "", "", "03-2022"],
        ["Furosemida (Lasix)", "40 mg", "1 comprimido de manhã", X, "", "", "", "03-2022"],
        ["Sacubitril/valsartan (Entresto)", "49/51 mg", "1 comprimido 2 vezes por dia", X, "", X, "",
         "15-07-2025 (antes 24/26 mg)"],
        ["Edoxabano (Lixiana)", "60 mg", "1 comprimido ao jantar", "", "", X, "", "2022"],
        ["Linagliptina (Trajenta)", "5 mg", "1 comprimido por dia", X, "", "", "", "2023"],
        ["Dapagliflozina (Forxiga)", "10 mg", "1 comprimido por dia", X, "", "", "", "15-07-2025"],
        ["Tansulosina (Omnic Tocas)", "0,4 mg", "1 cápsula ao deitar", "", "", "", X, "2020"]],
        [2.4, 0.9, 2.1, 0.8, 0.8, 0.8, 0.8, 1.6], size=7.8)
    d.med("Bisoprolol", "Concor", "5", "mg", None, "1 comprimido por dia")
    d.med("Furosemida", "Lasix", "40", "mg", None, "1 comprimido de manhã")
    d.med("Sacubitril/valsartan", "Entresto", "49/51", "mg", None, "1 comprimido 2 vezes por dia", "changed")
    d.med("Edoxabano", "Lixiana", "60", "mg", None, "1 comprimido ao jantar")
    d.med("Linagliptina", "Trajenta", "5", "mg", None, "1 comprimido por dia")
    d.med("Dapagliflozina", "Forxiga", "10", "mg", None, "1 comprimido por dia", "new")
    d.med("Tansulosina", "Omnic Tocas", "0,4", "mg", None, "1 cápsula ao deitar")
    d.title("Medicação suspensa (últimos 6 meses)", 10)
    d.table(["Medicamento", "Dosagem", "Suspenso em", "Motivo"], [
        ["Ramipril", "5 mg", "15-07-2025", "substituído por Entresto"],
        ["Espironolactona", "25 mg", "02-09-2025", "potássio elevado (médica de família)"],
        ["Claritromicina", "500 mg", "10-08-2025", "tratamento de 7 dias concluído (bronquite)"]], [2.4, 1, 1.4, 3.6],
        size=8.3)
    d.med("Ramipril", None, "5", "mg", None, None, "stopped")
    d.med("Espironolactona", None, "25", "mg", None, None, "stopped")
    d.med("Claritromicina", None, "500", "mg", None, None, "completed")
    d.no("medications", "Ramipril", "stopped")
    d.no("medications", "Espironolactona", "stopped")
    d.no("medications", "Claritromicina", "stopped", "course completed")
    d.para("Nota da consulta de cardiologia (" + d.d("2025-07-15") + "): se a fração de ejeção não melhorar, avaliar "
           "início de vericiguat.", 8.5)
    d.no("medications", "vericiguat", "planned", "conditional")
    d.para("Traga este plano a todas as consultas, ao hospital e ao dentista. Dúvidas? Contacte a farmácia.", 8)
    return d


# ---------------------------------------------------------------------------- 21 Basque Country
@document
def d21():
    d = Doc(21, "basque_country_preanaesthesia_form", "Basque Country (Spain)", "medical_record",
            "pre-anaesthesia questionnaire (bilingual headings, crossed boxes, handwritten)", "d/m/Y",
            lang="Spanish", comma=True)
    d.letterhead("Osakidetza – Hospital Universitario Donostia", [
        "Anestesiologia eta Bizkortze Zerbitzua / Servicio de Anestesiología y Reanimación",
        "Paseo Doctor Begiristain 109, 20014 Donostia-San Sebastián, Gipuzkoa"],
        right=["ANESTESIA AURREKO GALDETEGIA", "CUESTIONARIO PREANESTÉSICO"], color=(0.0, 0.35, 0.2))
    d.kv([("Izen-abizenak / Nombre:", Hand("Etxeberria Larrañaga, Mikel")),
          ("Jaiotze data / F. nac.:", Hand("04/06/1961")),
          ("Intervención prevista:", Hand("colecistectomía laparoscópica (colelitiasis)")),
          ("Fecha:", Hand("17/03/2025"))], cols=1, lw=132)
    d.cond("colelitiasis", "active", None, ["gallstones", "cholelithiasis"])
    d.para("Marque con una X la casilla que corresponda / Markatu X batez dagokion laukia (Bai = Sí, Ez = No).", 8.5)
    d.title("Gaixotasunak / Enfermedades", 10)
    d.checks([
        ("Tensión arterial alta", "Y", "desde 2015"),
        ("Diabetes", "N", ""),
        ("Enfermedad del corazón (infarto, angina, arritmias)", "Y", "cardiopatía isquémica, stent 2022"),
        ("Asma / EPOC / bronquitis", "N", ""),
        ("Apnea del sueño", "Y", "usa CPAP"),
        ("Enfermedad del riñón", "N", ""),
        ("Enfermedad del hígado / hepatitis", "N", ""),
        ("Ictus / trombosis", None, "TVP pierna izq. 2010, curada"),
        ("Problemas con anestesias previas", "Y", "náuseas tras hernia inguinal 2018"),
        ("Familiares con problemas de anestesia (hipertermia maligna)", "N", ""),
    ], qw=0.46, labels=("Sí", "No", "Detalles"), cross=True)
    d.cond("Tensión arterial alta", "active", None, ["hypertension"])
    d.cond("cardiopatía isquémica", "active", None, ["ischaemic heart disease", "coronary artery disease"])
    d.cond("Apnea del sueño", "active", None, ["obstructive sleep apnoea"])
    for n in ("Diabetes", "Asma / EPOC", "Enfermedad del riñón", "Enfermedad del hígado", "hipertermia maligna"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "TVP", "historical", "2010, resolved")
    d.no("conditions", "hernia inguinal", "historical", "past surgery")
    d.title("Alergiak / Alergias", 10)
    d.checks([
        ("Alergia a medicamentos", "Y", "metamizol (Nolotil) - shock"),
        ("Alergia al látex", "N", ""),
        ("Alergia a alimentos", "Y", "melocotón - picor de boca"),
    ], qw=0.46, labels=("Sí", "No", "Detalles"), cross=True)
    d.alg("metamizol", "shock")
    d.alg("melocotón", "picor de boca")
    d.no("allergies", "látex", "checkbox_no")
    d.title("Ohiko botikak / Medicación habitual", 10)
    d.hand_line("1.", "Enalapril 20 mg 1-0-0")
    d.hand_line("2.", "Bisoprolol 2,5 mg 1-0-0")
    d.hand_line("3.", "Atorvastatina 80 mg 0-0-1")
    d.hand_line("4.", "Omeprazol 20 mg 1-0-0")
    d.hand_line("5.", "Adiro 100 mg 0-1-0 - seguir tomando")
    d.hand_line("6.", "Clopidogrel 75 mg - suspendido desde 10/03/2025 (cirujano)")
    d.med("Enalapril", None, "20", "mg", None, "1-0-0")
    d.med("Bisoprolol", None, "2,5", "mg", None, "1-0-0")
    d.med("Atorvastatina", None, "80", "mg", None, "0-0-1")
    d.med("Omeprazol", None, "20", "mg", None, "1-0-0")
    d.med("Adiro", "Adiro", "100", "mg", None, "0-1-0")
    d.meds[-1]["aliases"] = ["aspirin", "ácido acetilsalicílico"]
    d.med("Clopidogrel", None, "75", "mg", None, None, "held")
    d.no("medications", "Clopidogrel", "stopped", "held before surgery")
    d.title("Anestesistak betetzeko / A rellenar por el anestesista", 10)
    d.kv([("Peso:", Hand("94 kg")), ("Talla:", Hand("176 cm")), ("IMC:", Hand("30,3")),
          ("TA:", Hand("138/84 mmHg")), ("FC:", Hand("58 lpm")), ("SpO2:", Hand("96 %"))], cols=3, lw=52)
    d.vit("weight", "94", 94.0, None, "kg")
    d.vit("height", "176", 176.0, None, "cm")
    d.vit("bmi", "30,3", 30.3, None, None)
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mmHg")
    d.vit("heart_rate", "58", 58.0, None, "lpm")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.hand_line("Preop. " + d.d("2025-03-10") + ":", "Hb 14,2 g/dL  plaquetas 231.000/µL  INR 1,0", 10.5)
    iso = "2025-03-10"
    d.lab("Hb", "14,2", "g/dL", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("plaquetas", "231.000", "/µL", None, None, None, None, iso, ["Platelets"], num=231000.0)
    d.lab("INR", "1,0", None, None, None, None, None, iso)
    d.hand_line("ASA:", "III   Mallampati II - anestesia general, profilaxis NVPO", 10.5)
    d.signature("Dra. Ane Goikoetxea", "Médica anestesióloga")
    return d

# ---------------------------------------------------------------------------- 22 New Hampshire
@document
def d22():
    d = Doc(22, "new_hampshire_wellness_questionnaire", "United States (New Hampshire)", "medical_record",
            "annual wellness visit pre-visit questionnaire (2 pages, tick boxes, handwritten)", "m/d/Y", size=letter)
    d.letterhead("Monadnock Family Care", ["42 Main St, Keene, NH 03431   (603) 555-0182"],
                 right=["MEDICARE ANNUAL WELLNESS VISIT", "PRE-VISIT QUESTIONNAIRE"], color=(0.35, 0.2, 0.05))
    d.kv([("Name:", Hand("Dorothy M. Pelletier")), ("Date of birth:", Hand("10/30/1948")),
          ("Today's date:", Hand("04/14/2025")), ("Completed by:", Hand("self, with daughter"))], lw=100)
    d.title("Health conditions - has a doctor ever told you that you have:", 10)
    d.checks([
        ("High blood pressure", "Y", "on pills"),
        ("Diabetes or prediabetes", "N", ""),
        ("Heart failure", "N", ""),
        ("Atrial fibrillation", "Y", ""),
        ("Osteoporosis / thin bones", "Y", "bone scan 2023"),
        ("Stroke or mini-stroke", "N", ""),
        ("Glaucoma", "Y", "both eyes"),
        ("COPD / emphysema", "N", ""),
        ("Cancer", None, "breast cancer 2009, in remission"),
    ], qw=0.45)
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.cond("Atrial fibrillation", "active", None)
    d.cond("Osteoporosis", "active", None)
    d.cond("Glaucoma", "active", None)
    for n in ("Diabetes or prediabetes", "Heart failure", "Stroke or mini-stroke", "COPD / emphysema"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "breast cancer", "historical", "2009, in remission")
    d.title("Family history - tick every relative who has had:", 10)
    fam_grid(d, [("Heart attack before 60", ("Father",)), ("Dementia / Alzheimer's", ("Mother",)),
                 ("Osteoporosis or hip fracture", ()), ("Colon cancer", ())])
    d.no("conditions", "Heart attack before 60", "family")
    d.no("conditions", "Dementia / Alzheimer's", "family")
    d.title("Hearing, vision and daily activities", 10)
    d.checks([("Do you use hearing aids?", "Y", "right ear"),
              ("Do you need help with bathing or dressing?", "N", ""),
              ("Do you feel unsteady when standing or walking?", "Y", "uses a cane outdoors")], qw=0.45)
    d.newpage()
    d.title("Current medications (include eye drops, vitamins and over-the-counter)", 10)
    d.hand_line("1.", "Metoprolol tartrate 25 mg twice a day")
    d.hand_line("2.", "Eliquis 5 mg twice a day")
    d.hand_line("3.", "Latanoprost eye drops 1 drop each eye at bedtime")
    d.hand_line("4.", "Alendronate 70 mg once a week (Sundays)")
    d.hand_line("5.", "Vitamin D3 1000 units daily")
    d.hand_line("6.", "Losartan 25 mg daily (was 50 - cut in March)")
    d.hand_line("7.", "Tylenol PM - stopped, made me groggy")
    d.med("Metoprolol tartrate", None, "25", "mg", None, "twice a day")
    d.med("Eliquis", "Eliquis", "5", "mg", None, "twice a day")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Latanoprost", None, None, None, None, "at bedtime")
    d.med("Alendronate", None, "70", "mg", None, "once a week")
    d.med("Vitamin D3", None, "1000", "units", None, "daily")
    d.med("Losartan", None, "25", "mg", None, "daily", "changed")
    d.med("Tylenol PM", "Tylenol PM", None, None, None, None, "stopped")
    d.no("medications", "Tylenol PM", "stopped")
    d.title("Allergies (medicines, foods, latex)", 10)
    d.checks([("Latex allergy", "N", "")], qw=0.45)
    d.no("allergies", "Latex", "checkbox_no")
    d.hand_line("1.", "Sulfa - rash")
    d.hand_line("2.", "Morphine - confusion")
    d.hand_line("3.", "Shellfish - hives")
    d.alg("Sulfa", "rash")
    d.alg("Morphine", "confusion")
    d.alg("Shellfish", "hives")
    d.title("Vaccines you remember getting", 10)
    d.hand_line("", "Flu shot 10/08/2024 (Walgreens)")
    d.hand_line("", "Prevnar 20 pneumonia shot 11/12/2023")
    d.hand_line("", "RSV vaccine - said no, not interested")
    d.imm("Flu shot", "2024-10-08", None, None, None, amb=_amb(d.style, "2024-10-08"))
    d.imm("Prevnar 20 pneumonia shot", "2023-11-12", None, None, "Prevnar 20", amb=_amb(d.style, "2023-11-12"))
    d.no("immunizations", "RSV vaccine", "other", "declined")
    d.title("Office use only", 10)
    d.kv([("Height:", Hand("62 in")), ("Weight:", Hand("131 lb")), ("BP:", Hand("136/78")), ("Pulse:", Hand("64"))],
         cols=4, lw=42)
    d.vit("height", "62", 62.0, None, "in")
    d.vit("weight", "131", 131.0, None, "lb")
    d.vit("blood_pressure", "136/78", 136.0, 78.0, None)
    d.vit("heart_rate", "64", 64.0, None, None)
    d.hand_line("Reviewed by:", "K. Dufresne, RN", 10.5)
    return d


# ---------------------------------------------------------------------------- 23 Rhode Island
@document
def d23():
    d = Doc(23, "rhode_island_ccda_ccd", "United States (Rhode Island)", "medical_record",
            "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)", "m/d/Y", size=letter)
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(None, [
        ["Patient", "Manuel A. Teixeira", "Contact info", "88 Wood St, Bristol, RI 02809, US  tel:+1-401-555-0163"],
        ["Date of birth", "August 9, 1962", "Sex", "Male"],
        ["Patient IDs", "MRN 5520917 (2.16.840.1.113883.3.4471)", "Language", "Portuguese; English"],
        ["Document Id", "7e21-a9c0-41d8 (2.16.840.1.113883.19.5.99)", "Created", "February 13, 2025, 09:41 -0500"],
        ["Author", "Grace Ahn, MD, Narragansett Bay Primary Care", "Custodian", "Ocean State Health Network"],
        ["Documentation of", "Care provision, 02/11/2025", "Encounter", "Office visit 02/11/2025"]],
        [1.4, 2.8, 1.2, 2.8], size=7.6, head_fill=None)
    d.run_header = "Manuel A. Teixeira - Continuity of Care Document - created February 13, 2025"
    d.para("Table of Contents:  Allergies and Intolerances · Medications · Problem List · Results · Vital Signs · "
           "Immunizations · Plan of Treatment", 8.3)
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(["Substance", "Reaction", "Severity", "Status", "Onset"], [
        ["Lisinopril", "Angioedema", "Severe", "Active", "2019"],
        ["Penicillin G", "Hives", "Moderate", "Active", "1985"],
        ["Iodinated contrast media", "Hives", "Mild", "Active", "2012"]], [2.4, 1.8, 1, 1, 1], size=8)
    d.alg("Lisinopril", "Angioedema", "Severe")
    d.alg("Penicillin G", "Hives", "Moderate")
    d.alg("Iodinated contrast media", "Hives", "Mild")
    ccda_section(d, "Medications", "medications")
    d.table(["Medication", "Sig", "Start", "Status"], [
        ["Empagliflozin 10 MG Oral Tablet", "10 mg by mouth daily", "01/2024", "Active"],
        ["Insulin Degludec 100 UNT/ML Pen Injector [Tresiba]", "28 units subcutaneously once daily", "2021", "Active"],
        ["Amlodipine 10 MG Oral Tablet", "10 mg by mouth daily", "2019", "Active"],
        ["Chlorthalidone 12.5 MG Oral Tablet", "12.5 mg by mouth daily", "02/2025", "Active"],
        ["Rosuvastatin 20 MG Oral Tablet", "20 mg by mouth daily", "2020", "Active"],
        ["Allopurinol 100 MG Oral Tablet", "100 mg by mouth daily", "12/2024", "Active"],
        ["Colchicine 0.6 MG Oral Tablet", "0.6 mg by mouth daily", "11/2024", "Completed 12/01/2024"],
        ["Glipizide 5 MG Oral Tablet", "5 mg by mouth daily", "2018", "Discontinued 01/15/2024"]], [3.1, 3, 0.9, 1.5],
        size=8)
    d.med("Empagliflozin", None, "10", "mg", "by mouth", "daily")
    d.med("Insulin Degludec", "Tresiba", "28", "units", "subcutaneously", "once daily")
    d.med("Amlodipine", None, "10", "mg", "by mouth", "daily")
    d.med("Chlorthalidone", None, "12.5", "mg", "by mouth", "daily")
    d.med("Rosuvastatin", None, "20", "mg", "by mouth", "daily")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily")
    d.med("Colchicine", None, "0.6", "mg", "by mouth", "daily", "completed")
    d.med("Glipizide", None, "5", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Colchicine", "stopped", "completed")
    d.no("medications", "Glipizide", "stopped")
    ccda_section(d, "Problem List", "problems")
    d.table(["Problem", "Code", "Status", "Onset"], [
        ["Type 2 diabetes mellitus with diabetic polyneuropathy", "SNOMED 421326000 / ICD-10 E11.42", "Active", "2014"],
        ["Essential hypertension", "ICD-10 I10", "Active", "2010"],
        ["Gout", "ICD-10 M10.9", "Active", "11/2024"],
        ["Hyperlipidemia", "ICD-10 E78.5", "Active", "2012"],
        ["Obesity", "ICD-10 E66.9", "Active", "2015"],
        ["Angioedema due to ACE inhibitor", "ICD-10 T78.3", "Resolved", "2019"]], [3.4, 2.4, 0.9, 0.9], size=8)
    d.cond("Type 2 diabetes mellitus with diabetic polyneuropathy", "active", "E11.42", ["type 2 diabetes mellitus"])
    d.cond("Essential hypertension", "active", "I10", ["hypertension"])
    d.cond("Gout", "active", "M10.9")
    d.cond("Hyperlipidemia", "active", "E78.5")
    d.cond("Obesity", "active", "E66.9")
    d.no("conditions", "Angioedema due to ACE inhibitor", "historical", "resolved")
    ccda_section(d, "Results", "results")
    iso = "2025-02-11"
    rows = [
        ("Hemoglobin A1c", "8.2", "%", "4.0-5.6", 4.0, 5.6, None, "High"),
        ("Glucose", "182", "mg/dL", "70-99", 70.0, 99.0, None, "High"),
        ("Creatinine", "1.08", "mg/dL", "0.70-1.30", 0.7, 1.3, None, "Normal"),
        ("eGFR", "74", "mL/min/1.73m2", ">=60", 60.0, None, ">=60", "Normal"),
        ("Uric acid", "6.4", "mg/dL", "3.5-7.2", 3.5, 7.2, None, "Normal"),
        ("LDL cholesterol", "92", "mg/dL", "0-99", 0.0, 99.0, None, "Normal"),
        ("Albumin/creatinine ratio, urine", "48", "mg/g", "0-29", 0.0, 29.0, None, "High"),
    ]
    tab = []
    for test, v, u, ref, lo, hi, rt, interp in rows:
        tab.append([test, v, u, ref, interp, d.d(iso)])
        d.lab(test, v, u, lo, hi, rt, interp.lower(), iso)
    tab.append(["Vitamin B12", "", "", "", "Pending", d.d(iso)])
    d.table(["Test", "Value", "Units", "Reference range", "Interpretation", "Date"], tab, [2.6, 0.8, 1.1, 1.3, 1.2, 1.1],
            size=8)
    d.no("labs", "Vitamin B12", "other", "pending")
    ccda_section(d, "Vital Signs", "vitals")
    d.table(["Date", "BP", "Pulse", "Temp", "SpO2", "Weight", "Height", "BMI"], [
        ["02/11/2025", "142/86 mm[Hg]", "78 /min", "36.7 Cel", "97 %", "101.2 kg", "175 cm", "33.0 kg/m2"]],
        [1.1, 1.3, 0.9, 0.9, 0.7, 0.9, 0.9, 1.1], size=8)
    d.vit("blood_pressure", "142/86", 142.0, 86.0, "mm[Hg]")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("temperature", "36.7", 36.7, None, "Cel")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "101.2", 101.2, None, "kg")
    d.vit("height", "175", 175.0, None, "cm")
    d.vit("bmi", "33.0", 33.0, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(["Vaccine", "Date", "Lot", "Status"], [
        ["Tdap (tetanus, diphtheria, acellular pertussis)", "06/03/2020", "U6622AA", "Completed"],
        ["Influenza, seasonal, injectable, preservative free", "10/15/2024", "UT1984", "Completed"],
        ["COVID-19, mRNA, 2024-2025 formula", "10/15/2024", "HN7712", "Completed"],
        ["Hepatitis B, adjuvanted (Heplisav-B)", "03/04/2024", "A2D0117", "Completed"],
        ["Pneumococcal conjugate vaccine, 20-valent (PCV20)", "", "", "Not given - patient deferred"]],
        [3.8, 1.1, 1, 1.8], size=8)
    d.imm("Tdap (tetanus, diphtheria, acellular pertussis)", "2020-06-03", None, "U6622AA", None,
          amb=_amb(d.style, "2020-06-03"))
    d.imm("Influenza, seasonal, injectable, preservative free", "2024-10-15", None, "UT1984", None,
          amb=_amb(d.style, "2024-10-15"))
    d.imm("COVID-19, mRNA, 2024-2025 formula", "2024-10-15", None, "HN7712", None, amb=_amb(d.style, "2024-10-15"))
    d.imm("Hepatitis B, adjuvanted", "2024-03-04", None, "A2D0117", "Heplisav-B", amb=_amb(d.style, "2024-03-04"))
    d.no("immunizations", "Pneumococcal conjugate vaccine, 20-valent (PCV20)", "other", "deferred by patient")
    ccda_section(d, "Plan of Treatment", "plan")
    d.table(["Planned activity", "Date", "Status"], [
        ["Tirzepatide 5 mg subcutaneous weekly - prior authorization submitted", "03/2025", "Proposed"],
        ["Diabetic retinal exam", "04/2025", "Scheduled"],
        ["Podiatry referral for neuropathy, foot care", "03/2025", "Ordered"]], [4.8, 1, 1.2], size=8)
    d.no("medications", "Tirzepatide", "planned")
    return d

# ---------------------------------------------------------------------------- 24 Saint-Pierre-et-Miquelon
@document
def d24():
    d = Doc(24, "saint_pierre_miquelon_ed_triage_scan", "Saint-Pierre-et-Miquelon", "medical_record",
            "emergency triage sheet (tick boxes, handwritten, scanned)", "d/m/Y", ext="pdf",
            scan={"dpi": 155, "angle": -2.4, "blur": 0.8}, lang="French", comma=True)
    d.letterhead("Centre Hospitalier François Dunan – Urgences", [
        "20 rue Maître Georges Lefèvre, BP 4216, 97500 Saint-Pierre, Saint-Pierre-et-Miquelon",
        "Accueil urgences 05 08 55 10 00"], right=["FICHE D'ACCUEIL", "IOA"], color=(0.1, 0.2, 0.5))
    d.kv([("Nom :", Hand("DETCHEVERRY Yves")), ("Né le :", Hand("12/11/1956")),
          ("Arrivée :", Hand("08/02/2025  06h50")), ("Mode :", Hand("pompiers"))], lw=62)
    d.hand_line("Motif :", "douleur thoracique constrictive depuis 5h30, irradiant bras G, sueurs", 10.5)
    d.title("Paramètres vitaux à l'accueil", 10)
    d.table(["PA (mmHg)", "FC (/min)", "FR (/min)", "T° (°C)", "SpO2 (%)", "Poids (kg)", "EVA"], [
        [Hand("158/94"), Hand("96"), Hand("20"), Hand("36,2"), Hand("95 AA"), Hand("88"), Hand("7/10")]],
        [1.3, 1, 1, 1, 1, 1, 0.8], size=8.6)
    d.vit("blood_pressure", "158/94", 158.0, 94.0, "mmHg")
    d.vit("heart_rate", "96", 96.0, None, "/min")
    d.vit("respiratory_rate", "20", 20.0, None, "/min")
    d.vit("temperature", "36,2", 36.2, None, "°C")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "88", 88.0, None, "kg")
    d.table(["Glycémie capillaire (g/L)", "Troponine hs"], [[Hand("1,42"), Hand("prélevée 07h05 - en attente")]],
            [2, 3], size=8.6)
    d.lab("Glycémie capillaire", "1,42", "g/L", None, None, None, None, "2025-02-08", ["Capillary glucose"])
    d.no("labs", "Troponine hs", "other", "pending")
    d.title("Antécédents", 10)
    d.checks([
        ("Diabète", "N", ""),
        ("Hypertension artérielle", "Y", ""),
        ("Dyslipidémie", "Y", "sous statine"),
        ("Infarctus / angor", "N", ""),
        ("AVC", "N", ""),
        ("BPCO / asthme", "Y", "BPCO, tabac 30 PA"),
    ], qw=0.45, labels=("Oui", "Non", "Précisions"))
    d.cond("Hypertension artérielle", "active", None, ["hypertension"])
    d.cond("Dyslipidémie", "active", None, ["dyslipidaemia"])
    d.cond("BPCO", "active", None, ["COPD"])
    for n in ("Diabète", "Infarctus / angor", "AVC"):
        d.no("conditions", n, "checkbox_no")
    d.hand_line("Familiaux :", "frère - mort subite à 52 ans", 10.5)
    d.no("conditions", "mort subite", "family")
    d.checks([("Allergie connue", "Y", "pénicilline - œdème du visage")], qw=0.45,
             labels=("Oui", "Non", "Laquelle"))
    d.alg("pénicilline", "œdème du visage")
    d.hand_line("Traitement habituel :", "Amlodipine 5 mg, Atorvastatine 40 mg, Spiriva 2 inh/j", 10.5)
    d.med("Amlodipine", None, "5", "mg", None, None)
    d.med("Atorvastatine", None, "40", "mg", None, None)
    d.med("Spiriva", "Spiriva", None, None, None, "2 inh/j")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.title("Évaluation IOA", 10)
    d.hand_line("", "ECG 06h58 : sus-décalage ST DII DIII aVF -> SCA ST+ probable, médecin prévenu", 10)
    d.no("conditions", "SCA ST+", "other", "probable, not yet confirmed")
    d.kv([("Tri FRENCH :", Hand("1")), ("Orientation :", Hand("SAUV - EVASAN à discuter"))], lw=75)
    d.title("Actes / traitements IOA", 10)
    d.hand_line("07h00", "Aspirine 250 mg IV (Dr Briand)", 10.5)
    d.hand_line("07h02", "Héparine 4000 UI IV", 10.5)
    d.no("medications", "Aspirine", "other", "single dose in the ED")
    d.no("medications", "Héparine", "other", "single dose in the ED")
    d.hand_line("IOA :", "M. Poirier, IDE", 10.5)
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
    rels.append("make_heldout21.py")
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
            if not (0.5 <= a <= 3.0):
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
    if sum(1 for i in info if i["doc"].hand_used) < 9:
        errs.append("need about ten handwritten")
    if tot["immunizations"] < 25:
        errs.append(f"only {tot['immunizations']} immunisation rows")
    if sum(1 for i in info if i["doc"].lang != "English") < 16:
        errs.append("need 16 local-language documents")
    if len({i["doc"].country for i in info}) != 24:
        errs.append("countries repeat")
    if not 115 <= mn <= 140:
        errs.append(f"{mn} must_not rows (want about 115-140)")
    for i in info:
        if i["doc"].scan and not 0.8 <= abs(i["doc"].scan["angle"]) <= 3.0:
            errs.append(f"{i['doc'].stem}: scan angle outside 0.8-3")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)
    if os.path.abspath(outdir) != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout21.py"))
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
    base = "/tmp/heldout21_work/determinism"
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


STATUS = ("**Status:** held out. Commissioned before 2.16.0's rules changed, frozen unscored; scored blind at the "
          "end of 2.16.0's round, never opened before.")


def make_readme(info, tot, mn):
    why, langs = {}, {}
    for i in info:
        langs[i["doc"].lang] = langs.get(i["doc"].lang, 0) + 1
        for x in i["truth"]["must_not"]:
            why[x["why"]] = why.get(x["why"], 0) + 1
    local = [i for i in info if i["doc"].lang != "English"]
    scans = [i["doc"].scan for i in info if i["doc"].scan]
    dpis = sorted(s["dpi"] for s in scans)
    angs = sorted(abs(s["angle"]) for s in scans)
    L = ["# Held-out extraction test set 21", "", STATUS, "",
         "## How it was made", "",
         f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
         f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
         f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
         "decimal commas, thousands separators, date styles and abbreviations; the rest in English. All content "
         "and truth rows are written by hand in `make_heldout21.py` (no generator of clinical content). The "
         "rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick boxes, scan "
         "simulation, self-checks, manifest, --check and --determinism) was copied from "
         "`bench/heldout20/make_heldout20.py` and adapted (set number, paths, seeds, the local-language and "
         "must_not bounds of the self-check); the document content is new. Six documents are scans: pages "
         f"rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} degrees, "
         "blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or image-only PDF. "
         "Handwriting is an oblique DejaVu font drawn character by character with jitter; tick boxes (ticks or "
         "crosses) are vector strokes. Randomness comes only from generators seeded with fixed strings.",
         "", "The author read only `pipeline/clinical/schema.py`, set 20's README, build script and one truth "
         "file (`truth/01_slovakia_cumulative_lab.json`, for format), plus the file names of earlier sets' docs/ "
         "(to pick unused places) and the names in a listing of `bench/`. No other file in the repository was "
         "opened; the pipeline, extractor and scorer were not read or run on these documents, no OCR was run, and "
         "git was not run. The build's self-check compares each truth string with the strings drawn and, for "
         "documents that are not scans, with the PDF text layer read by pypdfium2; the author also looked at "
         "page renderings of the documents (made by a scratch script under /tmp/heldout21_work) to fix layout "
         "overlaps. `truth/drawn/*.txt` records the strings drawn "
         "into each document.", "",
         "Build: `python make_heldout21.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
         "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
         "`--determinism` (two builds under /tmp/heldout21_work must give identical manifests).", "",
         "## Truth conventions", "",
         "Same conventions as set 20: set 19's list plus set 20's additions, restated here with examples from this set "
         "(set 20's rule for bilingual test names does not arise in this set):", "",
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
         "- Names are kept as printed, in the document's language (e.g. Kreatinin, Qlükoza, Metformina); an "
         "English name is given in `aliases` where it helps. Values printed with a decimal comma keep the "
         "comma in `value_text` (\"5,4\"); `value_numeric` is the number (5.4). Thousands points "
         "(\"45.000 /mL\") are read as thousands.",
         "- Local flag marks map the same way: \u2191/\u2193 and (H)/(L) -> high/low, (A)/(B) (alto/bajo, "
         "acima/abaixo) -> high/low, \"Alto\" -> high, \"Alterado\" and positive qualitative results -> abnormal.",
         "- Courses given only on the ward or in the ED (e.g. IV antibiotics, fluids, a single IV dose) are "
         "must_not rows (why \"other\"), not medication rows. A vaccine given at the visit is an "
         "immunisation row.",
         "- A due / declined / not-indicated vaccine is recorded as a must_not row only when that vaccine "
         "was not also given in the same document, so a must_not name never names a scored vaccine.",
         "- Vitals are the ones recorded for the visit (at discharge for discharge summaries); lab rows "
         "printed in prose without a reference have flag null.",
         "- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart "
         "from the document alone.",
         "- must_not `why` is one of: negated, family, historical, planned, due, stopped, checkbox_no, "
         "leaflet, other.",
         "- A row may carry `\"optional\": true` when a careful clinician could reasonably go either "
         "way (at most 1 per document).",
         "- Thousands separators of every local style are read as thousands (points, commas in English "
         "documents, a space in French); `value_text` keeps the printed form.",
         "- Qualitative results with a printed reference: a result matching the reference -> normal; "
         "\"Reativo\"/\"Positif\" and the like -> abnormal. A negative result in prose without a reference has "
         "flag null. Range-valued microscopy counts keep `value_numeric` null.",
         "- A vaccine not needed because of immunity (registry exemption) is a must_not row (why \"other\"); a "
         "past disease named as the reason is a must_not condition (why \"historical\").",
         "- A medicine named only as a question to the specialist or as a conditional next step (\"consider X "
         "if ...\") is a must_not row with why \"planned\".",
         "- A medicine held before surgery or suspended until a control result is a row with status \"held\" "
         "and a must_not row (why \"stopped\").", "",
         "Additions in this set:", "",
         "- Flag words in their own column: Albanian \"Lartë\"/\"Ulët\" and Uzbek \"Yuqori\"/\"Past\" -> high/low; "
         "\"*\" explained in the legend as an abnormal result -> abnormal.",
         "- Urine dipstick grades (\"++\", \"+++\") and titres (\"Reativo 1:8\") against a negative reference -> "
         "abnormal, `value_numeric` null; a haemoglobin electrophoresis \"Hb AS\" against \"Hb AA\" -> abnormal; a "
         "blood group printed without a reference -> flag null.",
         "- A handwritten addendum value with a printed normal limit (\"AFP 3.1 ng/mL (nl <8.3)\") takes that "
         "reference (flag normal); one without a limit (\"Anti-TPO 412 IU/mL - pozitiv\") has flag null, as for "
         "prose values.",
         "- Registry \"presumptive immunity (born before 1957)\" and a recorded refusal are must_not rows (why "
         "\"other\"); no condition row, since no disease is named.",
         "- Doses printed as booster / \"rappel\" / \"Record\" / \"Anual\" / single (\"unique\", \"Única\") have "
         "`dose_number` null; numbered doses (1re/2e, 1a/2a/3a, Dose 1/2) keep their number.",
         "- A medicine to be deferred until after a procedure (\"defer X until after surgery\") is a must_not row "
         "with why \"planned\"; a medicine the form says to keep taking before surgery (\"seguir tomando\") is "
         "active.",
         "- A problem marked as resolved during the stay (e.g. acute kidney injury resolved by day 3) is a "
         "must_not row with why \"historical\"; a probable diagnosis on a triage sheet is why \"other\".", "",
         "## Totals", "",
         f"- Documents: {len(info)}; pages: {sum(i['pages'] for i in info)}; scans: "
         f"{sum(1 for i in info if i['doc'].scan)}; with handwriting: {sum(1 for i in info if i['doc'].hand_used)}",
         "- Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())),
         f"- Scored rows: {sum(tot.values())} (" + ", ".join(f"{k} {v}" for k, v in tot.items()) + ")",
         f"- must_not rows: {mn} (" + ", ".join(f"{k} {v}" for k, v in sorted(why.items())) + ")", "",
         "## Documents", "",
         "| # | file | country | language | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for i in info:
        d, t = i["doc"], i["truth"]
        rows = sum(len(t[c]) for c in CATS)
        scan = f"{d.ext.upper()} {d.scan['dpi']} dpi, {d.scan['angle']:+.1f} deg" if d.scan else "no"
        L.append(f"| {d.num} | {t['file']} | {d.country} | {d.lang} | {d.dtype} | {d.kind} | {i['pages']} | {scan} | "
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
