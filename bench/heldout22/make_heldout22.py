#!/usr/bin/env python
"""Build held-out extraction test set 22 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout22.py                 build into this folder (keeps an existing README)
    python make_heldout22.py --check         verify MANIFEST.sha256
    python make_heldout22.py --determinism   build twice under /tmp/heldout22_work, compare
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
        self.rng = random.Random("heldout22-hand-" + self.stem)
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
        c.setTitle(f"Held-out 22 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout22.py")
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
    rng = np.random.default_rng(int(hashlib.sha256(("heldout22-scan-" + doc.stem).encode()).hexdigest()[:8], 16))
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
    m = re.match(r"^([<>]?[0-9][0-9.,]*(?: [0-9]{3})*)\s*(.*)$", cell.strip())
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
# German flag column: "+" raised, "\u2212" lowered (legend printed on the report).
FLAGMAP.update({"+": "high", "\u2212": "low", "Y\u00dcKSEK": "high", "D\u00dc\u015e\u00dcK": "low"})


def prevcol(d, rows, prev_iso, cur_iso):
    """rows: (test, aliases, unit, ref, lo, hi, rtext, current, previous) -> cells test, current, unit, ref, prev."""
    out = []
    for test, al, unit, ref, lo, hi, rt, cur, prev in rows:
        out.append([test, cur, unit, ref, prev])
        for iso, cell in ((cur_iso, cur), (prev_iso, prev)):
            if cell in ("", "-", "\u2014"):
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    return out


# ---------------------------------------------------------------------------- 01 Galicia
@document
def d01():
    d = Doc(1, "galicia_cumulative_lab", "Galicia (Spain)", "lab_result", "lab report (cumulative, 3 dates, oldest first)",
            "d/m/Y", lang="Galician", comma=True)
    d.letterhead("Complexo Hospitalario Universitario de Ourense", [
        "Servizo Galego de Saúde (SERGAS) – Servizo de Análises Clínicas",
        "Rúa Ramón Puga Noguerol 54, 32005 Ourense"],
        right=["INFORME ACUMULADO", "Impreso: 05/06/2025 09:12"], color=(0.1, 0.3, 0.55))
    d.kv([("Paciente:", "FERNÁNDEZ OTERO, Xosé Manuel"), ("Data nac.:", "22/08/1951"),
          ("NHC:", "OU-4471902"), ("Médica solicitante:", "Dra. Iria Vázquez Pena"),
          ("Centro:", "Centro de Saúde O Couto"), ("Diagnóstico:", "N18.3, D50.9")], lw=95)
    dates = ["2024-11-12", "2025-02-18", "2025-06-03"]
    rows = [
        ("Glicosa", ["Glucose"], "mg/dL", "70 – 110", 70.0, 110.0, None, ["104", "118 \u2191", "99"]),
        ("Creatinina", ["Creatinine"], "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, ["1,62 \u2191", "1,78 \u2191", "1,71 \u2191"]),
        ("Filtrado glomerular (CKD-EPI)", ["eGFR"], "mL/min/1,73m²", "> 60", 60.0, None, "> 60",
         ["42 \u2193", "37 \u2193", "39 \u2193"]),
        ("Potasio", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ["5,3 \u2191", "5,6 \u2191", "4,9"]),
        ("Sodio", ["Sodium"], "mmol/L", "136 – 145", 136.0, 145.0, None, ["139", "137", "140"]),
        ("Ácido úrico", ["Uric acid"], "mg/dL", "3,4 – 7,0", 3.4, 7.0, None, ["8,1 \u2191", "7,4 \u2191", "6,2"]),
        ("Hemoglobina", ["Haemoglobin"], "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ["11,9 \u2193", "12,4 \u2193", "13,3"]),
        ("Ferritina", ["Ferritin"], "ng/mL", "30 – 400", 30.0, 400.0, None, ["18 \u2193", "—", "96"]),
    ]
    d.title("Bioquímica e hematoloxía – evolución (mostra máis antiga á esquerda)", 10.5)
    d.para("\u2191 valor por riba do intervalo de referencia; \u2193 valor por baixo; — non realizado.", 8)
    tab = cumul(d, rows, dates)
    tab = [[r[0], r[4], r[5], r[1], r[2], r[3]] for r in tab]
    d.table(["Proba", "Unidades", "Valores ref.", d.d(dates[0]), d.d(dates[1]), d.d(dates[2])], tab,
            [2.6, 1.3, 1.3, 1.2, 1.2, 1.2])
    d.title("Probas pendentes", 10)
    d.table(["Proba", "Mostra", "Estado"],
            [["Parathormona (PTH)", d.d(dates[2]), "pendente de validación"],
             ["Proteinograma sérico", d.d(dates[2]), "enviado a laboratorio de referencia"]], [3, 1.5, 3])
    d.no("labs", "Parathormona (PTH)", "other", "pending")
    d.no("labs", "Proteinograma sérico", "other", "pending")
    d.para("Observacións: mostra de " + d.d(dates[1]) + " lixeiramente hemolizada (potasio a interpretar con "
           "cautela). Validado por: Dr. Brais Lorenzo Rial, facultativo especialista.", 8)
    return d


# ---------------------------------------------------------------------------- 02 Bavaria
@document
def d02():
    d = Doc(2, "bavaria_lab_previous", "Bavaria (Germany)", "lab_result",
            "lab report (previous-result column, '+'/'\u2212' flags)", "d.m.Y", lang="German", comma=True)
    d.letterhead("MVZ Labor Niederbayern", [
        "Fachärzte für Laboratoriumsmedizin, Bahnhofstraße 22, 94032 Passau",
        "Tel. 0851 555 7700   DAkkS D-ML-13421-01"], right=["LABORBEFUND", "Endbefund"], color=(0.15, 0.15, 0.45))
    d.kv([("Patient:", "Huber, Josefine"), ("Geb.-Datum:", "03.12.1958"),
          ("Einsender:", "Hausarztpraxis Dr. Leitner, Vilshofen"), ("Auftrags-Nr.:", "25-118834"),
          ("Abnahme:", "27.05.2025 08:05"), ("Eingang:", "27.05.2025 11:40")], lw=82)
    d.para("Kennzeichnung: + oberhalb, \u2212 unterhalb des Referenzbereichs. Vorwert vom 14.01.2025.", 8)
    rows = [
        ("Natrium", ["Sodium"], "mmol/l", "135 – 145", 135.0, 145.0, None, "138", "141"),
        ("Kalium", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, "3,3 \u2212", "4,0"),
        ("Kreatinin", ["Creatinine"], "mg/dl", "0,50 – 0,90", 0.5, 0.9, None, "0,94 +", "0,88"),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", "63", "69"),
        ("Harnsäure", ["Uric acid"], "mg/dl", "2,4 – 5,7", 2.4, 5.7, None, "6,3 +", "5,9 +"),
        ("GPT (ALT)", ["Alanine aminotransferase"], "U/l", "< 35", None, 35.0, "< 35", "22", "41 +"),
        ("Gamma-GT", ["GGT"], "U/l", "< 40", None, 40.0, "< 40", "31", "58 +"),
        ("Cholesterin gesamt", ["Total cholesterol"], "mg/dl", "< 200", None, 200.0, "< 200", "186", "243 +"),
        ("LDL-Cholesterin", ["LDL cholesterol"], "mg/dl", "< 116", None, 116.0, "< 116", "98", "162 +"),
        ("HbA1c", ["Glycated haemoglobin"], "%", "4,0 – 5,6", 4.0, 5.6, None, "6,1 +", "6,4 +"),
        ("TSH basal", ["TSH"], "mU/l", "0,27 – 4,20", 0.27, 4.2, None, "1,84", "—"),
    ]
    d.title("Klinische Chemie", 10.5)
    tab = prevcol(d, rows, "2025-01-14", "2025-05-27")
    d.table(["Untersuchung", "Ergebnis " + d.d("2025-05-27"), "Einheit", "Referenzbereich",
             "Vorwert " + d.d("2025-01-14")], tab, [2.5, 1.5, 1.3, 1.5, 1.5])
    d.para("Befundkommentar: Kaliumerniedrigung, bitte Diuretikatherapie prüfen. Deutliche Besserung der "
           "Lipidwerte seit Vorbefund.", 8.5)
    d.para("Vitamin B12 folgt mit separatem Befund.", 8.5)
    d.no("labs", "Vitamin B12", "other", "pending")
    d.para("Freigabe: Dr. med. Korbinian Weiß, Facharzt für Laboratoriumsmedizin", 8)
    return d


# ---------------------------------------------------------------------------- 03 Sardinia
@document
def d03():
    d = Doc(3, "sardinia_urinalysis_scan", "Sardinia (Italy)", "lab_result",
            "lab report (blood count, CRP, urine chemistry and sediment; scanned)", "d/m/Y", ext="jpg",
            scan={"dpi": 165, "angle": 1.8}, lang="Italian", comma=True)
    d.letterhead("ASL Sassari – Laboratorio Analisi P.O. Santissima Annunziata", [
        "Via Enrico de Nicola 14, 07100 Sassari (SS)", "Direttore: Dott.ssa Paola Satta"],
        right=["REFERTO", "Acc. n. 2504-33817"], color=(0.1, 0.3, 0.2))
    d.kv([("Paziente:", "PIRAS Giovanna"), ("Nata il:", "11/07/1979"),
          ("Prelievo:", "16/04/2025 07:50"), ("Richiedente:", "Dr. Mauro Carta (MMG)")], lw=70)
    iso = "2025-04-16"
    d.title("EMOCROMO e PROTEINE DI FASE ACUTA", 10)
    d.para("* = valore fuori dai limiti di riferimento", 8)
    tab = labrows(d, [
        ("Emoglobina", ["Haemoglobin"], "11,6", "g/dL", "12,0 – 15,5", 12.0, 15.5, None, "*"),
        ("Leucociti", ["White cell count"], "12,9", "10^3/µL", "4,0 – 10,0", 4.0, 10.0, None, "*"),
        ("Neutrofili", ["Neutrophils"], "9,8", "10^3/µL", "2,0 – 7,0", 2.0, 7.0, None, "*"),
        ("Piastrine", ["Platelets"], "318", "10^3/µL", "150 – 400", 150.0, 400.0, None, ""),
        ("Proteina C reattiva", ["CRP"], "38,4", "mg/L", "< 5,0", None, 5.0, "< 5,0", "*"),
    ], iso)
    d.table(["Esame", "Risultato", "Unità", "Valori di riferimento", ""], tab, [2.6, 1.2, 1.2, 1.8, 0.4])
    d.title("ESAME CHIMICO-FISICO DELLE URINE", 10)
    tab = labrows(d, [
        ("Peso specifico", ["Specific gravity"], "1025", None, "1010 – 1030", 1010.0, 1030.0, None, ""),
        ("pH urinario", ["Urine pH"], "6,0", None, "5,0 – 7,5", 5.0, 7.5, None, ""),
        ("Glucosio urinario", ["Urine glucose"], "assente", None, "assente", None, None, "assente", "", None),
        ("Esterasi leucocitaria", ["Leukocyte esterase"], "+++", None, "assente", None, None, "assente", "*", None),
        ("Nitriti", ["Nitrite"], "positivi", None, "negativi", None, None, "negativi", "*", None),
        ("Emoglobina urinaria", ["Urine blood"], "+", None, "assente", None, None, "assente", "*", None),
    ], iso)
    d.table(["Esame", "Risultato", "Unità", "Valori di riferimento", ""], tab, [2.6, 1.2, 1.2, 1.8, 0.4])
    d.title("SEDIMENTO URINARIO", 10)
    tab = labrows(d, [
        ("Leucociti (sedimento)", ["Urine white cells"], "30-40", "/campo", "0 – 5", 0.0, 5.0, None, "*", None),
        ("Emazie (sedimento)", ["Urine red cells"], "3-5", "/campo", "0 – 3", 0.0, 3.0, None, "*", None),
        ("Batteri", ["Bacteria"], "numerosi", None, "assenti", None, None, "assenti", "*", None),
    ], iso)
    d.table(["Esame", "Risultato", "Unità", "Valori di riferimento", ""], tab, [2.6, 1.2, 1.2, 1.8, 0.4])
    d.para("Urinocoltura con antibiogramma: in corso, referto a seguire.", 9)
    d.no("labs", "Urinocoltura", "other", "pending")
    d.para("Referto validato da: Dott. Efisio Manca, biologo dirigente.", 8)
    return d


# ---------------------------------------------------------------------------- 04 Côte d'Ivoire
@document
def d04():
    d = Doc(4, "cote_divoire_lab_pending", "Côte d'Ivoire", "lab_result",
            "lab report (haematology, biochemistry, malaria smear; thousands spaces; pending tests)", "d/m/Y",
            lang="French", comma=True)
    d.letterhead("Laboratoire d'Analyses Médicales de Cocody", [
        "Boulevard Latrille, Cocody II-Plateaux, 01 BP 4512 Abidjan 01, Côte d'Ivoire",
        "Tél. +225 27 22 55 41 80"], right=["COMPTE RENDU D'ANALYSES", "Dossier n° 25-06-1187"],
        color=(0.55, 0.3, 0.05))
    d.kv([("Patient :", "M. KOUASSI Yao Ange"), ("Né le :", "19/05/1987"),
          ("Prescripteur :", "Dr A. Coulibaly, CHU de Cocody"), ("Prélevé le :", "11/06/2025 à 08h20")], lw=85)
    iso = "2025-06-11"
    d.para("\u2191 / \u2193 : résultat au-dessus / au-dessous des valeurs usuelles.", 8)
    d.title("HÉMATOLOGIE – Numération formule sanguine", 10)
    tab = labrows(d, [
        ("Hémoglobine", ["Haemoglobin"], "10,4", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, "\u2193"),
        ("VGM", ["MCV"], "71", "fL", "80 – 100", 80.0, 100.0, None, "\u2193"),
        ("Leucocytes", ["White cell count"], "4 300", "/mm³", "4 000 – 10 000", 4000.0, 10000.0, None, "", 4300.0),
        ("Plaquettes", ["Platelets"], "96 000", "/mm³", "150 000 – 400 000", 150000.0, 400000.0, None, "\u2193",
         96000.0),
    ], iso)
    d.table(["Analyse", "Résultat", "Unité", "Valeurs usuelles", ""], tab, [2.4, 1.2, 1.0, 2.0, 0.4])
    d.title("PARASITOLOGIE", 10)
    tab = labrows(d, [
        ("Goutte épaisse", ["Thick blood smear", "Malaria smear"], "Positive", None, "Négative", None, None,
         "Négative", "", None),
        ("Densité parasitaire", ["Parasite density"], "12 800", "trophozoïtes/µL", None, None, None, None, "", 12800.0),
    ], iso)
    d.labs[-2]["flag"] = "abnormal"
    d.table(["Analyse", "Résultat", "Unité", "Valeurs usuelles", ""], tab, [2.4, 1.2, 1.0, 2.0, 0.4])
    d.para("Espèce identifiée : Plasmodium falciparum.", 8.5)
    d.title("BIOCHIMIE", 10)
    tab = labrows(d, [
        ("Glycémie à jeun", ["Fasting glucose"], "0,94", "g/L", "0,70 – 1,10", 0.7, 1.1, None, ""),
        ("Créatininémie", ["Creatinine"], "14,2", "mg/L", "7 – 13", 7.0, 13.0, None, "\u2191"),
        ("Bilirubine totale", ["Total bilirubin"], "24", "mg/L", "< 12", None, 12.0, "< 12", "\u2191"),
        ("ALAT", ["ALT"], "38", "UI/L", "< 45", None, 45.0, "< 45", ""),
    ], iso)
    d.table(["Analyse", "Résultat", "Unité", "Valeurs usuelles", ""], tab, [2.4, 1.2, 1.0, 2.0, 0.4])
    d.title("Examens en cours", 10)
    d.table(["Analyse", "Statut"], [["Électrophorèse de l'hémoglobine", "résultat sous 72 h"],
                                   ["Sérologie dengue (NS1)", "transmis au laboratoire de référence"]], [3, 3])
    d.no("labs", "Électrophorèse de l'hémoglobine", "other", "pending")
    d.no("labs", "Sérologie dengue", "other", "pending")
    d.para("Biologiste responsable : Dr Mariam Touré, pharmacien biologiste.", 8)
    return d


# ---------------------------------------------------------------------------- 05 Northern Cyprus
@document
def d05():
    FLAGMAP.update({"Yüksek": "high", "Düşük": "low"})
    d = Doc(5, "northern_cyprus_lab_flagcol", "Northern Cyprus", "lab_result",
            "lab report (single date, flag column words)", "d.m.Y", lang="Turkish", comma=True)
    d.letterhead("Dr. Burhan Nalbantoğlu Devlet Hastanesi", [
        "Biyokimya Laboratuvarı, Lefkoşa", "Tel. +90 392 228 55 41"], right=["TAHLİL SONUÇ RAPORU", "Protokol: 2025/44871"],
        color=(0.55, 0.05, 0.1))
    d.kv([("Hasta Adı Soyadı:", "Mehmet Ali Özkardeş"), ("Doğum Tarihi:", "07.09.1966"),
          ("İsteyen Doktor:", "Uzm. Dr. Ayşe Canbaz (Dahiliye)"), ("Numune Alma:", "02.04.2025 08:30")], lw=100)
    iso = "2025-04-02"
    tab = labrows(d, [
        ("Açlık Kan Şekeri", ["Fasting glucose"], "132", "mg/dL", "70 – 100", 70.0, 100.0, None, "Yüksek"),
        ("HbA1c", ["Glycated haemoglobin"], "7,2", "%", "4,0 – 6,0", 4.0, 6.0, None, "Yüksek"),
        ("Üre", ["Urea"], "38", "mg/dL", "17 – 43", 17.0, 43.0, None, ""),
        ("Kreatinin", ["Creatinine"], "1,08", "mg/dL", "0,67 – 1,17", 0.67, 1.17, None, ""),
        ("ALT", ["Alanine aminotransferase"], "61", "U/L", "0 – 50", 0.0, 50.0, None, "Yüksek"),
        ("AST", ["Aspartate aminotransferase"], "44", "U/L", "0 – 50", 0.0, 50.0, None, ""),
        ("Total Kolesterol", ["Total cholesterol"], "212", "mg/dL", "0 – 200", 0.0, 200.0, None, "Yüksek"),
        ("HDL Kolesterol", ["HDL cholesterol"], "36", "mg/dL", "40 – 60", 40.0, 60.0, None, "Düşük"),
        ("Trigliserid", ["Triglycerides"], "245", "mg/dL", "0 – 150", 0.0, 150.0, None, "Yüksek"),
        ("Vitamin B12", ["Vitamin B12"], "168", "pg/mL", "197 – 771", 197.0, 771.0, None, "Düşük"),
        ("TSH", ["TSH"], "2,31", "µIU/mL", "0,27 – 4,20", 0.27, 4.2, None, ""),
        ("Ferritin", ["Ferritin"], "142", "ng/mL", "30 – 400", 30.0, 400.0, None, ""),
    ], iso)
    tab = [[r[0], r[1], r[2], r[3], r[4]] for r in tab]
    d.table(["Test Adı", "Sonuç", "Birim", "Referans Aralığı", "Durum"], tab, [2.5, 1.1, 1.1, 1.6, 1.0])
    d.para("25-OH Vitamin D: çalışılıyor, sonuç ayrıca bildirilecektir.", 8.5)
    d.no("labs", "25-OH Vitamin D", "other", "pending")
    d.para("Onaylayan: Uzm. Dr. Hüseyin Ertuğrul, Tıbbi Biyokimya Uzmanı", 8)
    return d


# ---------------------------------------------------------------------------- 06 Western Australia
@document
def d06():
    d = Doc(6, "western_australia_methotrexate_monitoring_scan", "Australia (Western Australia)", "lab_result",
            "cumulative pathology (dates as rows, units and ranges in the header, scanned)", "d/m/Y", ext="pdf",
            scan={"dpi": 160, "angle": -2.1})
    d.letterhead("PathWest Laboratory Medicine WA", [
        "Fiona Stanley Hospital, 11 Robin Warren Drive, Murdoch WA 6150", "Enquiries (08) 6152 5555"],
        right=["CUMULATIVE REPORT", "Methotrexate monitoring"], color=(0.0, 0.25, 0.45))
    d.kv([("Patient:", "NGUYEN, Thi Lan"), ("DOB:", "30/03/1972"), ("UR:", "F2290417"),
          ("Requested by:", "Dr R. Okafor (Rheumatology)")], lw=80)
    cols = [("Hb", ["Haemoglobin"], "g/L", "115-160", 115.0, 160.0), ("WCC", ["White cell count"], "x10^9/L", "4.0-11.0", 4.0, 11.0),
            ("Neut", ["Neutrophils"], "x10^9/L", "2.0-7.5", 2.0, 7.5), ("Plt", ["Platelets"], "x10^9/L", "150-400", 150.0, 400.0),
            ("ALT", ["Alanine aminotransferase"], "U/L", "<35", None, 35.0), ("Creat", ["Creatinine"], "umol/L", "45-90", 45.0, 90.0)]
    data = [("2025-01-08", ["128", "6.2", "3.9", "244", "28", "71"]),
            ("2025-02-19", ["124", "4.8", "2.6", "201", "47 H", "74"]),
            ("2025-04-02", ["119", "3.6 L", "1.7 L", "162", "58 H", "79"]),
            ("2025-05-14", ["121", "4.4", "2.3", "178", "33", "77"])]
    hdr = ["Collected"] + [f"{c[0]}\n{c[2]}\n({c[3]})" for c in cols]
    tab = []
    for iso, cells in data:
        tab.append([d.d(iso)] + cells)
        for (name, al, unit, ref, lo, hi), cell in zip(cols, cells):
            v, f = _sp(cell)
            d.lab(name, v, unit, lo, hi, ref if ref.startswith("<") else None, f or "normal", iso, al)
    d.table(hdr, tab, [1.4, 1, 1, 1, 1, 1, 1])
    d.para("H = above reference interval, L = below reference interval.", 8)
    d.para("Comment 02/04/2025: Neutropenia and transaminase rise noted; results phoned to Dr Okafor 14:20.", 8.5)
    d.para("Methotrexate level (if requested) and hepatitis B serology: not requested on this episode.", 8.5)
    return d


# ---------------------------------------------------------------------------- 07 Bahia
@document
def d07():
    d = Doc(7, "bahia_antenatal_lab", "Bahia (Brazil)", "lab_result",
            "antenatal screening lab report (haemogram, serology, glucose; thousands points)", "d/m/Y",
            lang="Portuguese", comma=True)
    d.letterhead("Laboratório Central de Saúde Pública da Bahia – LACEN", [
        "Rua Waldemar Falcão 123, Horto Florestal, 40295-010 Salvador – BA",
        "Programa Rede Cegonha – Pré-natal"], right=["LAUDO DE EXAMES", "Requisição 0025-774412"],
        color=(0.0, 0.4, 0.25))
    d.kv([("Paciente:", "Jaqueline Santos de Jesus"), ("Data de nascimento:", "14/02/1998"),
          ("Unidade:", "USF Liberdade, Salvador"), ("Coleta:", "22/05/2025"),
          ("Idade gestacional:", "12 semanas"), ("Cartão SUS:", "706 4021 1187 3315")], lw=105)
    iso = "2025-05-22"
    d.title("HEMOGRAMA", 10)
    tab = labrows(d, [
        ("Hemoglobina", ["Haemoglobin"], "10,6", "g/dL", "11,0 – 16,0", 11.0, 16.0, None, "(B)"),
        ("Hematócrito", ["Haematocrit"], "32,1", "%", "33,0 – 47,0", 33.0, 47.0, None, "(B)"),
        ("Leucócitos", ["White cell count"], "8.900", "/mm³", "4.000 – 11.000", 4000.0, 11000.0, None, "", 8900.0),
        ("Plaquetas", ["Platelets"], "245.000", "/mm³", "150.000 – 450.000", 150000.0, 450000.0, None, "", 245000.0),
    ], iso)
    d.table(["Exame", "Resultado", "Unidade", "Valor de referência", ""], tab, [2.4, 1.2, 1.0, 2.0, 0.5])
    d.title("BIOQUÍMICA E IMUNOLOGIA", 10)
    tab = labrows(d, [
        ("Glicemia de jejum", ["Fasting glucose"], "96", "mg/dL", "< 92 (gestante)", None, 92.0, "< 92", "(A)"),
        ("Tipagem ABO/Rh", ["Blood group"], "O positivo", None, "", None, None, None, "", None),
        ("VDRL", ["Syphilis VDRL"], "Não reagente", None, "Não reagente", None, None, "Não reagente", "", None),
        ("Anti-HIV 1/2", ["HIV antibody"], "Não reagente", None, "Não reagente", None, None, "Não reagente", "", None),
        ("HBsAg", ["Hepatitis B surface antigen"], "Não reagente", None, "Não reagente", None, None, "Não reagente",
         "", None),
        ("Toxoplasmose IgG", ["Toxoplasma IgG"], "Reagente", None, "Não reagente", None, None, "Não reagente", "",
         None),
        ("Toxoplasmose IgM", ["Toxoplasma IgM"], "Não reagente", None, "Não reagente", None, None, "Não reagente", "",
         None),
    ], iso)
    for l in d.labs:
        if l["test_name"] == "Toxoplasmose IgG":
            l["flag"] = "abnormal"
    d.table(["Exame", "Resultado", "Unidade", "Valor de referência", ""], tab, [2.4, 1.2, 1.0, 2.0, 0.5])
    d.para("(A) acima do valor de referência; (B) abaixo do valor de referência.", 8)
    d.para("Urocultura: em andamento. Eletroforese de hemoglobina: amostra em análise.", 8.5)
    d.no("labs", "Urocultura", "other", "pending")
    d.no("labs", "Eletroforese de hemoglobina", "other", "pending")
    d.para("Responsável técnica: Dra. Luciana Bittencourt, CRF-BA 8812", 8)
    return d


# ---------------------------------------------------------------------------- 08 Sint Eustatius
@document
def d08():
    d = Doc(8, "sint_eustatius_internal_medicine_referral", "Sint Eustatius (Caribbean Netherlands)", "medical_record",
            "referral letter to internal medicine (handwritten addendum)", "d-m-Y", lang="Dutch", comma=True)
    d.letterhead("Huisartsenpraktijk Oranjestad", [
        "Queen Beatrix Medical Center, Prinsesweg, Oranjestad, Sint Eustatius", "Tel. +599 318 2211"],
        right=["VERWIJSBRIEF", "Interne geneeskunde"], color=(0.8, 0.35, 0.0))
    d.para("Aan: Polikliniek Interne Geneeskunde, Sint Maarten Medical Center (via medische uitzending)")
    d.para("Oranjestad, " + d.d("2025-03-04"))
    d.para("Betreft: mevr. Carmelita Spanner, geb. 21-10-1960, BSN 198447310", font="B")
    d.para("Reden van verwijzing: progressieve nierfunctiedaling bij diabetes mellitus type 2 en hypertensie; "
           "verdenking diabetische nefropathie. Graag beoordeling en advies over verdere behandeling.")
    d.no("conditions", "diabetische nefropathie", "other", "suspected")
    d.para("Anamnese: sinds 3 maanden moeheid en enkeloedeem. Geen dyspnoe, geen pijn op de borst. Geen "
           "mictieklachten.")
    d.no("conditions", "dyspnoe", "negated")
    d.title("Probleemlijst", 10)
    d.bullets(["Diabetes mellitus type 2 (E11.9), sinds 2009", "Hypertensie (I10)", "Chronische nierschade (N18.3)",
               "Jicht (M10.9)", "Status na cholecystectomie 2015"])
    d.cond("Diabetes mellitus type 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Hypertensie", "active", "I10", ["hypertension"])
    d.cond("Chronische nierschade", "active", "N18.3", ["chronic kidney disease"])
    d.cond("Jicht", "active", "M10.9", ["gout"])
    d.no("conditions", "cholecystectomie", "historical", "past surgery")
    d.title("Medicatie", 10)
    d.table(["Geneesmiddel", "Sterkte", "Gebruik", "Opmerking"], [
        ["Metformine", "500 mg", "2 dd 1", "dosis verlaagd per " + d.d("2025-02-10") + " (was 1000 mg 2 dd)"],
        ["Gliclazide", "80 mg", "1 dd 1", ""],
        ["Amlodipine", "10 mg", "1 dd 1", ""],
        ["Hydrochloorthiazide", "25 mg", "1 dd 1", "gestopt " + d.d("2025-02-10") + " i.v.m. jicht"],
        ["Allopurinol", "100 mg", "1 dd 1", ""],
        ["Furosemide", "40 mg", "1 dd 1 's ochtends", "gestart " + d.d("2025-02-10")]], [2.2, 1, 1.6, 3])
    d.med("Metformine", None, "500", "mg", None, "2 dd 1", "changed")
    d.med("Gliclazide", None, "80", "mg", None, "1 dd 1")
    d.med("Amlodipine", None, "10", "mg", None, "1 dd 1")
    d.med("Hydrochloorthiazide", None, "25", "mg", None, "1 dd 1", "stopped")
    d.no("medications", "Hydrochloorthiazide", "stopped")
    d.med("Allopurinol", None, "100", "mg", None, "1 dd 1")
    d.med("Furosemide", None, "40", "mg", None, "1 dd 1 's ochtends", "new")
    d.title("Allergieën / intoleranties", 10)
    d.para("Sulfonamiden (co-trimoxazol): huiduitslag. Geen bekende voedselallergie.")
    d.alg("Sulfonamiden", "huiduitslag")
    d.no("allergies", "voedselallergie", "negated")
    d.title("Onderzoek en laboratorium", 10)
    d.para("RR 152/90 mmHg, pols 78/min, gewicht 88 kg, lengte 164 cm. Lab " + d.d("2025-02-24") +
           ": kreatinine 162 µmol/L, eGFR 29 mL/min/1,73m², kalium 5,4 mmol/L, HbA1c 61 mmol/mol, "
           "urine albumine/kreatinine ratio 48 mg/mmol.")
    d.vit("blood_pressure", "152/90", 152.0, 90.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("weight", "88", 88.0, None, "kg")
    d.vit("height", "164", 164.0, None, "cm")
    iso = "2025-02-24"
    d.lab("kreatinine", "162", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.lab("eGFR", "29", "mL/min/1,73m²", None, None, None, None, iso)
    d.lab("kalium", "5,4", "mmol/L", None, None, None, None, iso, ["Potassium"])
    d.lab("HbA1c", "61", "mmol/mol", None, None, None, None, iso)
    d.lab("urine albumine/kreatinine ratio", "48", "mg/mmol", None, None, None, None, iso, ["UACR"])
    d.para("Familieanamnese: moeder dialyse (nierfalen), broer CVA op 58-jarige leeftijd.")
    d.no("conditions", "nierfalen", "family")
    d.no("conditions", "CVA", "family")
    d.para("Vraag: is een SGLT2-remmer (dapagliflozine) zinvol bij deze nierfunctie?")
    d.no("medications", "dapagliflozine", "planned", "question to specialist")
    d.para("Met collegiale groet,")
    d.signature("Dr. Hendrik van der Berg", "Huisarts")
    d.hand_line("Aanvulling " + d.d("2025-03-06") + ":", "PTH 14,2 pmol/L (ref 1,6-6,9) - verhoogd", 10.5)
    d.lab("PTH", "14,2", "pmol/L", 1.6, 6.9, None, "high", "2025-03-06", ["Parathyroid hormone"])
    return d


# ---------------------------------------------------------------------------- 09 Sicily
@document
def d09():
    d = Doc(9, "sicily_cardiology_report", "Sicily (Italy)", "medical_record",
            "specialist report (cardiology, heart failure follow-up)", "d/m/Y", lang="Italian", comma=True)
    d.letterhead("A.O.U. Policlinico \"G. Rodolico – San Marco\"", [
        "U.O.C. di Cardiologia – Ambulatorio Scompenso Cardiaco", "Via Santa Sofia 78, 95123 Catania"],
        right=["REFERTO DI VISITA CARDIOLOGICA", "Data: 09/05/2025"], color=(0.6, 0.1, 0.1))
    d.kv([("Paziente:", "Salvatore Russo"), ("Nato il:", "02/01/1950"), ("C.F.:", "RSSSVT50A02C351K"),
          ("Inviato da:", "Dr.ssa Agata Leone (MMG)")], lw=70)
    d.title("Anamnesi", 10)
    d.para("Cardiopatia ischemica post-infartuale (IMA anteriore 2019, PTCA + stent IVA). Scompenso cardiaco a "
           "frazione di eiezione ridotta (FE 32%). Fibrillazione atriale permanente. Diabete mellito tipo 2 in "
           "terapia orale. Pregressa polmonite 2023, risolta. Nega sincopi. Padre deceduto per ictus.")
    d.cond("Cardiopatia ischemica post-infartuale", "active", None, ["ischaemic heart disease"])
    d.cond("Scompenso cardiaco a frazione di eiezione ridotta", "active", None, ["heart failure with reduced EF"])
    d.cond("Fibrillazione atriale permanente", "active", None, ["atrial fibrillation"])
    d.cond("Diabete mellito tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.no("conditions", "polmonite", "historical")
    d.no("conditions", "sincopi", "negated")
    d.no("conditions", "ictus", "family")
    d.para("Allergie: acido acetilsalicilico (broncospasmo). Nessuna allergia a mezzi di contrasto.")
    d.alg("acido acetilsalicilico", "broncospasmo")
    d.no("allergies", "mezzi di contrasto", "negated")
    d.title("Esame obiettivo", 10)
    d.para("PA 118/72 mmHg, FC 74 bpm aritmica, SpO2 95% in aria ambiente, peso 81 kg. Lievi edemi declivi.")
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, "bpm")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "81", 81.0, None, "kg")
    d.title("Esami ematochimici del " + d.d("2025-05-06"), 10)
    tab = labrows(d, [
        ("NT-proBNP", [], "2.140", "pg/mL", "< 450", None, 450.0, "< 450", "H", 2140.0),
        ("Creatinina", ["Creatinine"], "1,31", "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, "H"),
        ("Potassio", ["Potassium"], "4,8", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("Sodio", ["Sodium"], "134", "mmol/L", "136 – 145", 136.0, 145.0, None, "L"),
    ], "2025-05-06")
    d.table(["Esame", "Valore", "Unità", "Riferimento", ""], tab, [2.5, 1.2, 1.2, 1.6, 0.4])
    d.title("Terapia in atto e modifiche", 10)
    d.table(["Farmaco", "Dose", "Posologia", "Note"], [
        ["Sacubitril/valsartan (Entresto)", "49/51 mg", "1 cp x 2/die", "aumentato da 24/26 mg"],
        ["Bisoprololo", "5 mg", "1 cp/die", ""],
        ["Dapagliflozin", "10 mg", "1 cp/die", ""],
        ["Spironolattone", "25 mg", "1 cp/die", ""],
        ["Furosemide", "25 mg", "1 cp/die", ""],
        ["Apixaban", "5 mg", "1 cp x 2/die", ""],
        ["Metformina", "850 mg", "1 cp x 2/die", ""],
        ["Ramipril", "5 mg", "1 cp/die", "sospeso (passaggio a Entresto)"]], [2.8, 1, 1.4, 2.4])
    d.med("Sacubitril/valsartan", "Entresto", "49/51", "mg", None, "1 cp x 2/die", "changed")
    d.med("Bisoprololo", None, "5", "mg", None, "1 cp/die")
    d.med("Dapagliflozin", None, "10", "mg", None, "1 cp/die")
    d.med("Spironolattone", None, "25", "mg", None, "1 cp/die")
    d.med("Furosemide", None, "25", "mg", None, "1 cp/die")
    d.med("Apixaban", None, "5", "mg", None, "1 cp x 2/die")
    d.med("Metformina", None, "850", "mg", None, "1 cp x 2/die")
    d.med("Ramipril", None, "5", "mg", None, "1 cp/die", "stopped")
    d.no("medications", "Ramipril", "stopped")
    d.para("Conclusioni: scompenso in classe NYHA II, compenso emodinamico discreto. Se FE invariata all'ecocardiogramma "
           "di controllo, valutare impianto di ICD. Si programma vaccinazione antinfluenzale in autunno.")
    d.no("immunizations", "vaccinazione antinfluenzale", "due")
    d.para("Prossimo controllo tra 3 mesi con ecocardiogramma.")
    d.signature("Dott. Giuseppe Lo Presti", "Dirigente medico, Cardiologia", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Wallis and Futuna
@document
def d10():
    d = Doc(10, "wallis_futuna_visitor_discharge_note", "Wallis and Futuna", "discharge_summary",
            "discharge note for a visiting patient (entry/exit labs, handwritten addendum)", "d/m/Y", lang="French",
            comma=True)
    d.letterhead("Agence de Santé de Wallis et Futuna – Hôpital de Sia", [
        "BP 4G, 98600 Mata-Utu, Wallis", "Service de médecine – Tél. (681) 72 07 00"],
        right=["COMPTE RENDU DE SORTIE", "Patient de passage"], color=(0.05, 0.35, 0.5))
    d.kv([("Patient :", "M. Pierre-Yves LE GALL"), ("Né le :", "08/06/1957"),
          ("Domicile :", "Brest (Finistère), en séjour"), ("Séjour :", "du 14/02/2025 au 19/02/2025")], lw=75)
    d.para("Motif d'hospitalisation : érysipèle de la jambe droite avec fièvre à 39,4 °C.")
    d.cond("érysipèle de la jambe droite", "active", None, ["cellulitis of right leg", "erysipelas"])
    d.para("Antécédents : diabète de type 2, hypertension artérielle, insuffisance veineuse chronique. "
           "Appendicectomie dans l'enfance. Pas d'antécédent de thrombose veineuse.")
    d.cond("diabète de type 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("hypertension artérielle", "active", None, ["hypertension"])
    d.cond("insuffisance veineuse chronique", "active", None, ["chronic venous insufficiency"])
    d.no("conditions", "Appendicectomie", "historical")
    d.no("conditions", "thrombose veineuse", "negated")
    d.para("Allergie : amoxicilline (urticaire généralisée).")
    d.alg("amoxicilline", "urticaire généralisée")
    d.para("Évolution : traitement par clindamycine IV pendant 48 h puis relais per os ; apyrexie dès J3. Doppler "
           "veineux : pas de thrombose. Intertrigo inter-orteils traité.")
    d.no("medications", "clindamycine IV", "other", "ward-only IV course")
    d.cond("Intertrigo inter-orteils", "active", None, ["tinea pedis"])
    d.title("Biologie", 10)
    tab = cumul(d, [
        ("CRP", [], "mg/L", "< 5", None, 5.0, "< 5", ["186 H", "41 H"]),
        ("Leucocytes", ["White cell count"], "G/L", "4,0 – 10,0", 4.0, 10.0, None, ["15,8 H", "8,2"]),
        ("Créatinine", ["Creatinine"], "µmol/L", "60 – 110", 60.0, 110.0, None, ["118 H", "94"]),
        ("Glycémie", ["Glucose"], "mmol/L", "4,1 – 5,9", 4.1, 5.9, None, ["12,4 H", "7,9 H"]),
    ], ["2025-02-14", "2025-02-18"])
    d.table(["Examen", "Entrée " + d.d("2025-02-14"), "Sortie " + d.d("2025-02-18"), "Unité", "Normes"], tab,
            [2, 1.4, 1.4, 1, 1.2])
    d.para("Constantes de sortie : TA 134/78 mmHg, pouls 72/min, T 36,8 °C.")
    d.vit("blood_pressure", "134/78", 134.0, 78.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.title("Traitement de sortie", 10)
    d.bullets(["Pristinamycine 1 g per os 3 fois par jour, jusqu'au 24/02/2025 inclus",
               "Metformine 1000 mg matin et soir (inchangé)", "Périndopril 4 mg le matin (inchangé)",
               "Éconazole crème 1 application/jour entre les orteils pendant 3 semaines",
               "Bas de contention classe 2 après guérison"])
    d.med("Pristinamycine", None, "1", "g", "per os", "3 fois par jour", "new")
    d.med("Metformine", None, "1000", "mg", None, "matin et soir")
    d.med("Périndopril", None, "4", "mg", None, "le matin")
    d.med("Éconazole crème", None, None, None, None, "1 application/jour", "new")
    d.para("Vaccin antitétanique (dTP) fait le 14/02/2025 aux urgences.")
    d.imm("dTP", "2025-02-14", None, None, None, amb=False)
    d.signature("Dr Sione Tauhala", "Médecin, service de médecine")
    d.hand_line("Ajout :", "hémocultures du 14/02 stériles ; glycémie à revoir par MT à Brest", 10.5)
    return d


# ---------------------------------------------------------------------------- 11 Kansas
@document
def d11():
    d = Doc(11, "kansas_rheumatology_letter", "United States (Kansas)", "medical_record",
            "specialist consultation letter (rheumatology, two-date lab table)", "m/d/Y", size=letter)
    d.letterhead("Prairie Rheumatology Associates", [
        "3244 SW Wanamaker Rd, Topeka, KS 66614", "Phone (785) 555-0148  Fax (785) 555-0149"],
        right=["CONSULTATION NOTE", "Date of visit: 04/22/2025"], color=(0.3, 0.1, 0.4))
    d.para("Dr. Kimberly Haas, Family Medicine, Emporia, KS 66801")
    d.para("RE: Dolores M. Schroeder   DOB 11/30/1964   MRN PRA-20817", font="B")
    d.para("Dear Dr. Haas, thank you for referring Mrs. Schroeder for evaluation of symmetric small-joint "
           "polyarthritis of four months' duration. She reports morning stiffness of about 90 minutes. She denies "
           "rash, oral ulcers or dry eyes.")
    d.no("conditions", "oral ulcers", "negated")
    d.no("conditions", "dry eyes", "negated")
    d.title("Assessment", 10)
    d.bullets(["Seropositive rheumatoid arthritis (M05.79), newly diagnosed",
               "Hypothyroidism (E03.9), on replacement", "Osteopenia (M85.80) on DXA 2023",
               "Gastroesophageal reflux disease (K21.9)", "History of left breast cancer 2012, treated, no recurrence"])
    d.cond("Seropositive rheumatoid arthritis", "active", "M05.79", ["rheumatoid arthritis"])
    d.cond("Hypothyroidism", "active", "E03.9")
    d.cond("Osteopenia", "active", "M85.80")
    d.cond("Gastroesophageal reflux disease", "active", "K21.9", ["GERD"])
    d.no("conditions", "breast cancer", "historical")
    d.para("Family history: mother with lupus; sister with psoriasis.")
    d.no("conditions", "lupus", "family")
    d.no("conditions", "psoriasis", "family")
    d.title("Allergies", 10)
    d.para("Sulfa drugs (Stevens-Johnson syndrome, severe); codeine (nausea); adhesive tape (skin irritation).")
    d.alg("Sulfa drugs", "Stevens-Johnson syndrome", "severe")
    d.alg("codeine", "nausea")
    d.alg("adhesive tape", "skin irritation")
    d.title("Examination", 10)
    d.para("BP 128/80 mmHg, HR 76 bpm, Temp 98.2 °F, Wt 172 lb, Ht 5 ft 5 in. Synovitis of MCP 2-3 bilaterally and "
           "both wrists; 8 tender and 6 swollen joints.")
    d.vit("blood_pressure", "128/80", 128.0, 80.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "bpm")
    d.vit("temperature", "98.2", 98.2, None, "°F")
    d.vit("weight", "172", 172.0, None, "lb")
    d.title("Laboratory results", 10)
    tab = prevcol(d, [
        ("Rheumatoid factor", ["RF"], "IU/mL", "<14", None, 14.0, "<14", "88 H", "64 H"),
        ("Anti-CCP antibody", ["Cyclic citrullinated peptide antibody"], "U/mL", "<20", None, 20.0, "<20", "212 H", "—"),
        ("ESR", ["Erythrocyte sedimentation rate"], "mm/h", "0-30", 0.0, 30.0, None, "46 H", "38 H"),
        ("CRP", ["C-reactive protein"], "mg/L", "<10.0", None, 10.0, "<10.0", "18.2 H", "12.6 H"),
        ("ALT", ["Alanine aminotransferase"], "U/L", "7-35", 7.0, 35.0, None, "24", "22"),
        ("Creatinine", [], "mg/dL", "0.57-1.00", 0.57, 1.0, None, "0.81", "0.78"),
        ("TSH", [], "mIU/L", "0.45-4.50", 0.45, 4.5, None, "2.10", "3.02"),
        ("Hemoglobin", ["Haemoglobin"], "g/dL", "11.6-15.9", 11.6, 15.9, None, "11.4 L", "11.9"),
    ], "2025-01-09", "2025-04-15")
    d.table(["Test", "04/15/2025", "Units", "Reference", "01/09/2025"], tab, [2.6, 1.2, 1, 1.2, 1.2])
    d.title("Medications", 10)
    d.table(["Medication", "Instructions", "Status"], [
        ["Levothyroxine 88 mcg tablet", "1 tablet by mouth daily", "continue"],
        ["Omeprazole 20 mg capsule", "1 capsule by mouth daily", "continue"],
        ["Calcium carbonate/vitamin D3 600 mg/400 IU", "1 tablet by mouth twice daily", "continue"],
        ["Naproxen 500 mg tablet", "1 tablet twice daily with food", "discontinue"],
        ["Methotrexate 2.5 mg tablet", "6 tablets (15 mg) by mouth once weekly on Mondays", "start"],
        ["Folic acid 1 mg tablet", "1 tablet daily except Mondays", "start"],
        ["Prednisone 5 mg tablet", "2 tablets daily x 2 weeks, then 1 daily x 2 weeks, then stop", "start"]],
        [2.8, 3.2, 1])
    d.med("Levothyroxine", None, "88", "mcg", "by mouth", "daily")
    d.med("Omeprazole", None, "20", "mg", "by mouth", "daily")
    d.med("Calcium carbonate/vitamin D3", None, "600 mg/400 IU", None, "by mouth", "twice daily")
    d.med("Naproxen", None, "500", "mg", None, "twice daily", "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.med("Methotrexate", None, "15", "mg", "by mouth", "once weekly", "new")
    d.med("Folic acid", None, "1", "mg", None, "daily except Mondays", "new")
    d.med("Prednisone", None, "5", "mg", None, None, "new")
    d.title("Plan", 10)
    d.para("Hepatitis B and C serologies and a chest X-ray are pending before methotrexate is escalated. If there is "
           "an inadequate response at 3 months, consider adding hydroxychloroquine. Her influenza vaccine was given "
           "here today (Fluzone High-Dose, lot UJ712AC). Shingrix dose 1 is due; she declined the pneumococcal "
           "vaccine today.")
    d.no("labs", "Hepatitis B", "other", "pending")
    d.no("medications", "hydroxychloroquine", "planned", "conditional next step")
    d.imm("influenza vaccine", "2025-04-22", None, "UJ712AC", "Fluzone High-Dose", amb=False)
    d.no("immunizations", "Shingrix", "due")
    d.no("immunizations", "pneumococcal", "other", "declined")
    d.para("Follow-up in 6 weeks with CBC and liver panel. Sincerely,")
    d.signature("Rachel Okonkwo, MD", "Rheumatology", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Mississippi
@document
def d12():
    d = Doc(12, "mississippi_nephrology_referral", "United States (Mississippi)", "medical_record",
            "referral letter (nephrology, handwritten addendum)", "m/d/Y", size=letter)
    d.letterhead("Delta Family Health Clinic", [
        "412 Highway 82 W, Greenville, MS 38701", "Tel (662) 555-0190"], right=["REFERRAL", "Nephrology"],
        color=(0.1, 0.35, 0.25))
    d.para("To: Nephrology Clinic, University of Mississippi Medical Center, Jackson, MS")
    d.para("Date: " + d.d("2025-03-18"))
    d.para("Patient: Willie J. Jackson   DOB 07/04/1958   Medicaid ID 880214337", font="B")
    d.para("Reason: CKD stage 4 with worsening proteinuria and anemia. Please evaluate for renal replacement planning.")
    d.title("Active problems", 10)
    d.bullets(["Chronic kidney disease stage 4 (N18.4)", "Type 2 diabetes mellitus with nephropathy (E11.21)",
               "Essential hypertension (I10)", "Anemia in CKD (D63.1)", "Peripheral neuropathy (G62.9)"])
    d.cond("Chronic kidney disease stage 4", "active", "N18.4", ["CKD"])
    d.cond("Type 2 diabetes mellitus with nephropathy", "active", "E11.21")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Anemia in CKD", "active", "D63.1")
    d.cond("Peripheral neuropathy", "active", "G62.9")
    d.para("Past history: right toe osteomyelitis 2021, resolved after surgery. "
           "No history of kidney stones. Father with end-stage renal disease on dialysis.")
    d.no("conditions", "osteomyelitis", "historical")
    d.no("conditions", "kidney stones", "negated")
    d.no("conditions", "end-stage renal disease", "family")
    d.title("Current medications", 10)
    d.table(["Medication", "Dose / directions"], [
        ["Insulin glargine (Basaglar)", "22 units subcut at bedtime"],
        ["Insulin lispro", "sliding scale with meals"],
        ["Carvedilol", "12.5 mg by mouth twice daily"],
        ["Nifedipine ER", "60 mg by mouth daily"],
        ["Sodium bicarbonate", "650 mg by mouth twice daily"],
        ["Gabapentin", "100 mg by mouth at bedtime (reduced from 300 mg for kidney function)"],
        ["Glipizide", "5 mg daily - STOPPED 02/2025 (hypoglycemia)"],
        ["Losartan", "50 mg daily - ON HOLD since 03/03/2025 (potassium 6.1)"]], [2.5, 4.5])
    d.med("Insulin glargine", "Basaglar", "22", "units", "subcut", "at bedtime")
    d.med("Insulin lispro", None, None, None, None, "sliding scale with meals")
    d.med("Carvedilol", None, "12.5", "mg", "by mouth", "twice daily")
    d.med("Nifedipine ER", None, "60", "mg", "by mouth", "daily")
    d.med("Sodium bicarbonate", None, "650", "mg", "by mouth", "twice daily")
    d.med("Gabapentin", None, "100", "mg", "by mouth", "at bedtime", "changed")
    d.med("Glipizide", None, "5", "mg", None, "daily", "stopped")
    d.no("medications", "Glipizide", "stopped")
    d.med("Losartan", None, "50", "mg", None, "daily", "held")
    d.no("medications", "Losartan", "stopped", "on hold")
    d.title("Allergies", 10)
    d.para("Lisinopril - angioedema. Shellfish - hives. No known latex allergy.")
    d.alg("Lisinopril", "angioedema")
    d.alg("Shellfish", "hives")
    d.no("allergies", "latex", "negated")
    d.title("Recent results (03/11/2025)", 10)
    tab = labrows(d, [
        ("Creatinine", [], "2.9", "mg/dL", "0.7-1.3", 0.7, 1.3, None, "H"),
        ("eGFR", [], "22", "mL/min/1.73m2", ">60", 60.0, None, ">60", "L"),
        ("Potassium", [], "5.4", "mmol/L", "3.5-5.1", 3.5, 5.1, None, "H"),
        ("Bicarbonate", [], "19", "mmol/L", "22-29", 22.0, 29.0, None, "L"),
        ("Hemoglobin", ["Haemoglobin"], "9.2", "g/dL", "13.5-17.5", 13.5, 17.5, None, "L"),
        ("Urine albumin/creatinine ratio", ["UACR"], "1,840", "mg/g", "<30", None, 30.0, "<30", "H", 1840.0),
        ("Hemoglobin A1c", ["HbA1c"], "7.8", "%", "<5.7", None, 5.7, "<5.7", "H"),
    ], "2025-03-11")
    d.table(["Test", "Result", "Units", "Reference", "Flag"], tab, [2.6, 1, 1.2, 1.2, 0.6])
    d.para("Vitals today: BP 162/94 mmHg, pulse 68, weight 231 lb, SpO2 97% RA.")
    d.vit("blood_pressure", "162/94", 162.0, 94.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, None)
    d.vit("weight", "231", 231.0, None, "lb")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.para("Question: would you recommend starting an SGLT2 inhibitor or finerenone at this eGFR?")
    d.no("medications", "finerenone", "planned", "question to specialist")
    d.signature("Tamara Bell, FNP-C", "Family Nurse Practitioner")
    d.hand_line("Addendum 03/20/2025:", "Ferritin 64 ng/mL (nl 30-400), iron sat 14% - low", 10.5)
    d.lab("Ferritin", "64", "ng/mL", 30.0, 400.0, None, "normal", "2025-03-20")
    d.lab("iron sat", "14", "%", None, None, None, None, "2025-03-20", ["Transferrin saturation"])
    return d


# ---------------------------------------------------------------------------- 13 Corsica
@document
def d13():
    d = Doc(13, "corsica_discharge_summary", "Corsica (France)", "discharge_summary",
            "hospital discharge report (entry/exit lab table, patient leaflet)", "d/m/Y", lang="French", comma=True)
    d.letterhead("Centre Hospitalier de Bastia", [
        "Route Impériale, 20600 Bastia – Service de Pneumologie", "Secrétariat 04 95 59 11 11"],
        right=["COMPTE RENDU D'HOSPITALISATION", "UF 2214"], color=(0.1, 0.25, 0.5))
    d.kv([("Patiente :", "Mme Marie-Dominique SANTONI"), ("Née le :", "25/09/1949"),
          ("Entrée :", "03/03/2025"), ("Sortie :", "10/03/2025"), ("Médecin traitant :", "Dr Paul Casanova, Corte")],
         lw=100)
    d.title("Diagnostic principal", 10)
    d.para("Embolie pulmonaire bilatérale sans retentissement ventriculaire droit, provoquée (alitement après "
           "fracture de cheville).")
    d.cond("Embolie pulmonaire bilatérale", "active", None, ["pulmonary embolism"])
    d.title("Antécédents", 10)
    d.bullets(["Fracture de la cheville gauche (janvier 2025), ostéosynthèse", "Hypothyroïdie substituée",
               "Fibrillation auriculaire : non (ECG en rythme sinusal)", "Cancer du sein 2005 en rémission",
               "Mère : thrombose veineuse profonde"])
    d.cond("Fracture de la cheville gauche", "active", None, ["ankle fracture"])
    d.cond("Hypothyroïdie", "active", None, ["hypothyroidism"])
    d.no("conditions", "Fibrillation auriculaire", "negated")
    d.no("conditions", "Cancer du sein", "historical")
    d.no("conditions", "thrombose veineuse profonde", "family")
    d.para("Allergies : iode (érythème), sparadrap. Pas d'allergie aux pénicillines.")
    d.alg("iode", "érythème")
    d.alg("sparadrap")
    d.no("allergies", "pénicillines", "negated")
    d.title("Évolution", 10)
    d.para("Anticoagulation initiale par énoxaparine sous-cutanée pendant 48 h puis relais par apixaban. Oxygène 2 L/min "
           "les deux premiers jours. Insuffisance rénale aiguë fonctionnelle à l'entrée, résolue à J3 après "
           "hydratation. Angioscanner : pas de néoplasie visible.")
    d.no("medications", "énoxaparine", "other", "ward-only")
    d.no("conditions", "Insuffisance rénale aiguë", "historical", "resolved during stay")
    d.no("conditions", "néoplasie", "negated")
    tab = cumul(d, [
        ("D-dimères", ["D-dimer"], "ng/mL", "< 500", None, 500.0, "< 500", ["3 420 H", "—"]),
        ("Troponine Ths", ["Troponin"], "ng/L", "< 14", None, 14.0, "< 14", ["11", "—"]),
        ("Créatinine", ["Creatinine"], "µmol/L", "45 – 90", 45.0, 90.0, None, ["124 H", "78"]),
        ("Hémoglobine", ["Haemoglobin"], "g/dL", "12,0 – 16,0", 12.0, 16.0, None, ["12,8", "12,1"]),
        ("Plaquettes", ["Platelets"], "G/L", "150 – 400", 150.0, 400.0, None, ["212", "256"]),
        ("TSH", [], "mUI/L", "0,40 – 4,00", 0.4, 4.0, None, ["3,1", "—"]),
    ], ["2025-03-03", "2025-03-09"])
    for l in d.labs:
        if l["test_name"] == "D-dimères":
            l["value_numeric"] = 3420.0
    d.table(["Examen", "Entrée " + d.d("2025-03-03"), "Sortie " + d.d("2025-03-09"), "Unité", "Normes"], tab,
            [2, 1.4, 1.4, 1, 1.2])
    d.para("Examen de sortie : TA 126/74 mmHg, FC 82/min, SpO2 96 % en air ambiant, poids 67 kg.")
    d.vit("blood_pressure", "126/74", 126.0, 74.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "67", 67.0, None, "kg")
    d.title("Traitement de sortie", 10)
    d.table(["Médicament", "Posologie", "Commentaire"], [
        ["Apixaban (Eliquis) 5 mg", "1 cp matin et soir", "nouveau, durée 3 mois minimum"],
        ["Lévothyroxine (Levothyrox) 75 µg", "1 cp le matin à jeun", "inchangé"],
        ["Paracétamol 1 g", "si douleur, max 3 g/j", "inchangé"],
        ["Kétoprofène 100 mg", "—", "arrêté (interaction / risque hémorragique)"]], [2.6, 2, 2.6])
    d.med("Apixaban", "Eliquis", "5", "mg", None, "1 cp matin et soir", "new")
    d.med("Lévothyroxine", "Levothyrox", "75", "µg", None, "1 cp le matin à jeun")
    d.med("Paracétamol", None, "1", "g", None, "si douleur, max 3 g/j")
    d.med("Kétoprofène", None, "100", "mg", None, None, "stopped")
    d.no("medications", "Kétoprofène", "stopped")
    d.para("Vaccination antigrippale faite en novembre 2024 (médecin traitant). Vaccin pneumococcique : non à jour, à "
           "prévoir.")
    d.no("immunizations", "Vaccin pneumococcique", "due")
    d.newpage()
    d.title("FICHE D'INFORMATION PATIENT – Votre traitement anticoagulant", 11)
    d.para("Ne prenez jamais d'aspirine ni d'ibuprofène sans avis médical. Signalez tout saignement. Les "
           "anticoagulants peuvent provoquer une hémorragie digestive ; en cas de selles noires, consultez.")
    d.no("medications", "aspirine", "leaflet")
    d.no("medications", "ibuprofène", "leaflet")
    d.no("conditions", "hémorragie digestive", "leaflet")
    d.signature("Dr Laetitia Mattei", "Praticien hospitalier, Pneumologie", hand=False)
    return d


# ---------------------------------------------------------------------------- 14 Andalusia
@document
def d14():
    d = Doc(14, "andalusia_hospital_discharge", "Andalusia (Spain)", "discharge_summary",
            "hospital discharge report (heart failure, handwritten additions)", "d/m/Y", lang="Spanish", comma=True)
    d.letterhead("Hospital Universitario Virgen Macarena", [
        "Servicio Andaluz de Salud – UGC Medicina Interna", "Avda. Dr. Fedriani 3, 41009 Sevilla"],
        right=["INFORME DE ALTA", "Nº episodio 2025-118342"], color=(0.0, 0.45, 0.25))
    d.kv([("Paciente:", "Rocío Márquez Delgado"), ("F. nacimiento:", "17/12/1944"), ("NUHSA:", "AN0712204451"),
          ("Ingreso:", "21/01/2025"), ("Alta:", "28/01/2025")], lw=95)
    d.para("Motivo de ingreso: disnea progresiva y edemas en miembros inferiores.")
    d.title("Juicio clínico", 10)
    d.bullets(["Insuficiencia cardiaca descompensada con FEVI preservada", "Fibrilación auricular paroxística",
               "Enfermedad renal crónica estadio 3a", "Infección respiratoria de vías bajas (resuelta)",
               "Descartado tromboembolismo pulmonar"])
    d.cond("Insuficiencia cardiaca descompensada con FEVI preservada", "active", None, ["heart failure"])
    d.cond("Fibrilación auricular paroxística", "active", None, ["atrial fibrillation"])
    d.cond("Enfermedad renal crónica estadio 3a", "active", None, ["chronic kidney disease"])
    d.no("conditions", "Infección respiratoria de vías bajas", "historical", "resolved")
    d.no("conditions", "tromboembolismo pulmonar", "negated", "ruled out")
    d.para("Antecedentes: HTA, diabetes tipo 2, artrosis de rodillas. Intervenida de cataratas (2019). "
           "Alergia a contrastes yodados (urticaria). Hermana con cáncer de colon.")
    d.cond("HTA", "active", None, ["hypertension"])
    d.cond("diabetes tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("artrosis de rodillas", "active", None, ["knee osteoarthritis"])
    d.no("conditions", "cataratas", "historical")
    d.alg("contrastes yodados", "urticaria")
    d.no("conditions", "cáncer de colon", "family")
    d.para("Evolución: furosemida intravenosa 40 mg/12 h y ceftriaxona IV 5 días con buena respuesta; pérdida de 5 kg.")
    d.no("medications", "furosemida intravenosa", "other", "ward-only")
    d.no("medications", "ceftriaxona IV", "other", "ward-only")
    tab = cumul(d, [
        ("NT-proBNP", [], "pg/mL", "< 450", None, 450.0, "< 450", ["6.820 (A)", "2.310 (A)"]),
        ("Creatinina", ["Creatinine"], "mg/dL", "0,50 – 0,90", 0.5, 0.9, None, ["1,34 (A)", "1,21 (A)"]),
        ("Potasio", ["Potassium"], "mEq/L", "3,5 – 5,1", 3.5, 5.1, None, ["4,2", "3,9"]),
        ("Hemoglobina", ["Haemoglobin"], "g/dL", "12,0 – 15,5", 12.0, 15.5, None, ["11,2 (B)", "11,6 (B)"]),
    ], ["2025-01-21", "2025-01-27"])
    for l in d.labs:
        if l["test_name"] == "NT-proBNP":
            l["value_numeric"] = float(l["value_text"].replace(".", ""))
    d.table(["Determinación", "Ingreso " + d.d("2025-01-21"), "Alta " + d.d("2025-01-27"), "Unidades",
             "Referencia"], tab, [2, 1.4, 1.4, 1, 1.2])
    d.para("(A) alto, (B) bajo. Constantes al alta: TA 128/70 mmHg, FC 76 lpm, SatO2 95 %, peso 68 kg.", 8.5)
    d.vit("blood_pressure", "128/70", 128.0, 70.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "lpm")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "68", 68.0, None, "kg")
    d.title("Tratamiento al alta", 10)
    d.table(["Fármaco", "Pauta", "Observaciones"], [
        ["Furosemida 40 mg", "1-1-0", "aumentada (antes 40 mg 1-0-0)"],
        ["Empagliflozina 10 mg", "1-0-0", "nuevo"],
        ["Apixabán 2,5 mg", "1-0-1", "nuevo"],
        ["Bisoprolol 2,5 mg", "1-0-0", "sin cambios"],
        ["Linagliptina 5 mg", "1-0-0", "sin cambios"],
        ["Ibuprofeno 600 mg", "—", "SUSPENDER"]], [2.4, 1.2, 3])
    d.med("Furosemida", None, "40", "mg", None, "1-1-0", "changed")
    d.med("Empagliflozina", None, "10", "mg", None, "1-0-0", "new")
    d.med("Apixabán", None, "2,5", "mg", None, "1-0-1", "new")
    d.med("Bisoprolol", None, "2,5", "mg", None, "1-0-0")
    d.med("Linagliptina", None, "5", "mg", None, "1-0-0")
    d.med("Ibuprofeno", None, "600", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofeno", "stopped")
    d.signature("Dr. Antonio Jiménez Ruiz", "FEA Medicina Interna")
    d.hand_line("Nota:", "Vacuna gripe administrada en planta 24/01/2025 (lote AFL3392)", 10.5)
    d.imm("Vacuna gripe", "2025-01-24", None, "AFL3392", None, amb=False)
    d.hand_line("", "Control en consulta de IC en 2 semanas. Iniciar espironolactona si K < 5", 10.5)
    d.no("medications", "espironolactona", "planned", "conditional")
    return d


# ---------------------------------------------------------------------------- 15 Arkansas
@document
def d15():
    d = Doc(15, "arkansas_pneumonia_discharge_scan", "United States (Arkansas)", "discharge_summary",
            "discharge summary (2 pages, scanned, handwritten notes)", "m/d/Y", ext="pdf", size=letter,
            scan={"dpi": 150, "angle": 1.5})
    d.letterhead("Ozark Regional Medical Center", [
        "1800 N Walton Blvd, Bentonville, AR 72712", "Hospitalist Service  (479) 555-0122"],
        right=["DISCHARGE SUMMARY", "Acct 8820114"], color=(0.2, 0.2, 0.2))
    d.kv([("Patient:", "Harold E. Whitfield"), ("DOB:", "02/14/1947"), ("Admitted:", "05/02/2025"),
          ("Discharged:", "05/07/2025"), ("Attending:", "Priya Raman, MD"), ("PCP:", "Dr. Lee Hampton")], lw=70)
    d.title("Discharge diagnoses", 10)
    d.bullets(["Community-acquired pneumonia, right lower lobe (J18.1)", "COPD with acute exacerbation (J44.1)",
               "Hypertension (I10)", "Benign prostatic hyperplasia (N40.0)",
               "Acute hypoxic respiratory failure - resolved", "Sepsis ruled out"])
    d.cond("Community-acquired pneumonia, right lower lobe", "active", "J18.1", ["pneumonia"])
    d.cond("COPD with acute exacerbation", "active", "J44.1", ["COPD"])
    d.cond("Hypertension", "active", "I10")
    d.cond("Benign prostatic hyperplasia", "active", "N40.0", ["BPH"])
    d.no("conditions", "Acute hypoxic respiratory failure", "historical", "resolved during stay")
    d.no("conditions", "Sepsis", "negated", "ruled out")
    d.title("Hospital course", 10)
    d.para("Presented with fever, productive cough and SpO2 86% on room air. Treated with IV ceftriaxone and "
           "azithromycin, nebulized ipratropium-albuterol and IV methylprednisolone, weaned from 4 L oxygen to room "
           "air by day 4. Blood cultures no growth. Former smoker, quit 2010. Brother had lung cancer.")
    d.no("medications", "IV ceftriaxone", "other", "inpatient only")
    d.no("medications", "IV methylprednisolone", "other", "inpatient only")
    d.no("conditions", "lung cancer", "family")
    d.title("Allergies", 10)
    d.para("Penicillin (rash), morphine (itching, mild).")
    d.alg("Penicillin", "rash")
    d.alg("morphine", "itching", "mild")
    d.title("Labs", 10)
    tab = cumul(d, [
        ("WBC", ["White cell count"], "K/uL", "4.0-10.5", 4.0, 10.5, None, ["16.4 H", "9.1"]),
        ("Hemoglobin", ["Haemoglobin"], "g/dL", "13.0-17.0", 13.0, 17.0, None, ["13.8", "13.1"]),
        ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, ["131 L", "137"]),
        ("Creatinine", [], "mg/dL", "0.7-1.3", 0.7, 1.3, None, ["1.4 H", "1.0"]),
        ("Procalcitonin", [], "ng/mL", "<0.50", None, 0.5, "<0.50", ["2.8 H", "0.4"]),
    ], ["2025-05-02", "2025-05-06"])
    d.table(["Test", "05/02/2025", "05/06/2025", "Units", "Ref range"], tab, [2, 1.3, 1.3, 1, 1.2])
    d.newpage()
    d.title("Discharge vitals", 10)
    d.para("BP 132/78, HR 84, RR 18, Temp 98.4 F, SpO2 93% on room air.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("respiratory_rate", "18", 18.0, None, None)
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("oxygen_saturation", "93", 93.0, None, "%")
    d.title("Discharge medications", 10)
    d.table(["Medication", "Directions", "Change"], [
        ["Cefpodoxime 200 mg tablet", "1 tab by mouth twice daily x 3 more days", "NEW"],
        ["Prednisone 40 mg", "daily x 2 more days then stop", "NEW"],
        ["Tiotropium (Spiriva Respimat) 2.5 mcg", "2 puffs inhaled daily", "NEW"],
        ["Albuterol HFA 90 mcg", "2 puffs every 4 h as needed", "continue"],
        ["Amlodipine 5 mg", "1 tab daily", "continue"],
        ["Tamsulosin 0.4 mg", "1 cap at bedtime", "continue"],
        ["Hydrochlorothiazide 25 mg", "-", "STOP (low sodium)"]], [2.8, 3, 1.2])
    d.med("Cefpodoxime", None, "200", "mg", "by mouth", "twice daily", "new")
    d.med("Prednisone", None, "40", "mg", None, "daily", "new")
    d.med("Tiotropium", "Spiriva Respimat", "2.5", "mcg", "inhaled", "daily", "new")
    d.med("Albuterol HFA", None, "90", "mcg", None, "every 4 h as needed")
    d.med("Amlodipine", None, "5", "mg", None, "daily")
    d.med("Tamsulosin", None, "0.4", "mg", None, "at bedtime")
    d.med("Hydrochlorothiazide", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Hydrochlorothiazide", "stopped")
    d.para("Immunizations: Pneumococcal PCV20 (Prevnar 20) given 05/06/2025 prior to discharge. RSV vaccine "
           "recommended at PCP follow-up.")
    d.imm("Pneumococcal PCV20", "2025-05-06", None, None, "Prevnar 20", amb=False)
    d.no("immunizations", "RSV vaccine", "due")
    d.signature("Priya Raman, MD", "Hospitalist", hand=False)
    d.hand_line("Note:", "pt also takes OTC loratadine 10 mg daily - ok to continue", 10.5)
    d.med("loratadine", None, "10", "mg", None, "daily")
    d.hand_line("", "F/u CXR in 6 wks to confirm resolution. PR", 10.5)
    return d


# ---------------------------------------------------------------------------- 16 Mali
@document
def d16():
    d = Doc(16, "mali_child_vaccination_card_scan", "Mali", "immunization_record",
            "child health card vaccination page (handwritten, scanned)", "d/m/Y", ext="png",
            scan={"dpi": 160, "angle": 2.2}, lang="French", comma=True)
    d.letterhead("République du Mali – Carnet de Santé de l'Enfant", [
        "Programme Élargi de Vaccination (PEV)", "CSCom de Sikoro, Commune I, Bamako"], color=(0.1, 0.45, 0.2))
    d.kv([("Nom et prénom :", Hand("KEITA Awa")), ("Date de naissance :", Hand("03/01/2024")),
          ("Mère :", Hand("Fatoumata Diarra")), ("N° :", Hand("CS-SIK-24-0031"))], lw=110)
    rows = [
        ("BCG", "2024-01-04", "Naissance", None, "0723B"),
        ("VPO 0", "2024-01-04", "Naissance", None, "PV1140"),
        ("Penta 1 (DTC-HepB-Hib)", "2024-02-15", "1re dose", 1, "PE2291"),
        ("VPO 1", "2024-02-15", "1re dose", 1, "PV1177"),
        ("PCV13 1", "2024-02-15", "1re dose", 1, "PN5510"),
        ("Rota 1", "2024-02-15", "1re dose", 1, "RT0934"),
        ("Penta 2 (DTC-HepB-Hib)", "2024-03-14", "2e dose", 2, "PE2318"),
        ("PCV13 2", "2024-03-14", "2e dose", 2, "PN5561"),
        ("Rota 2", "2024-03-14", "2e dose", 2, "RT0988"),
        ("Penta 3 (DTC-HepB-Hib)", "2024-04-25", "3e dose", 3, "PE2402"),
        ("VPI", "2024-04-25", "dose unique", None, "IP7720"),
        ("RR 1 (rougeole-rubéole)", "2024-10-10", "1re dose", 1, "MR3319"),
        ("VAA (fièvre jaune)", "2024-10-10", "dose unique", None, "YF8812"),
        ("Men A (MenAfriVac)", "2024-10-10", "dose unique", None, "MA0417"),
    ]
    tab = []
    for vac, iso, dose, n, lot in rows:
        tab.append([vac, Hand(d.d(iso)), dose, Hand(lot)])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("CALENDRIER VACCINAL", 11)
    d.table(["Vaccin", "Date", "Dose", "N° de lot"], tab, [3, 1.5, 1.2, 1.5], size=8.6)
    d.title("Observations", 10)
    d.hand_line("", "RR 2 : prévu à 15 mois (avril 2025)", 10.5)
    d.hand_line("", "Paludisme (R21) : 1re dose reportée - rupture de stock", 10.5)
    d.no("immunizations", "RR 2", "due")
    d.no("immunizations", "Paludisme (R21)", "other", "postponed, not given")
    d.title("Poids", 10)
    d.table(["Date", "Poids (kg)"], [[Hand(d.d("2024-10-10")), Hand("8,1")]], [1.6, 1.2], size=8.6)
    d.vit("weight", "8,1", 8.1, None, "kg")
    d.para("Vitamine A : 100 000 UI le 10/10/2024. Gardez ce carnet et présentez-le à chaque visite.", 8)
    d.no("medications", "Vitamine A", "other", "single dose at clinic")
    return d


# ---------------------------------------------------------------------------- 17 Balearic Islands
@document
def d17():
    d = Doc(17, "balearic_islands_vaccination_registry", "Balearic Islands (Spain)", "immunization_record",
            "regional vaccination registry print-out (adult, pending / declined / not indicated)", "d/m/Y",
            lang="Catalan", comma=True)
    d.letterhead("IB-Salut – Servei de Salut de les Illes Balears", [
        "Registre Autonòmic de Vacunacions (RAV)", "Centre de Salut Son Pisà, Palma"],
        right=["CERTIFICAT DE VACUNACIÓ", "Imprès: 12/05/2025"], color=(0.15, 0.3, 0.6))
    d.kv([("Nom:", "Bartomeu Riera Oliver"), ("Data de naixement:", "09/03/1953"), ("CIP:", "RIOL530309001"),
          ("Centre:", "CS Son Pisà")], lw=105)
    d.title("Vacunes administrades", 10)
    rows = [
        ("Td (tètanus-diftèria)", "Diftavax", "V1123", "2015-06-02", "Record", None),
        ("Hepatitis A", "Havrix 1440", "AHAVB512", "2019-07-01", "Dosi 1", 1),
        ("Hepatitis A", "Havrix 1440", "AHAVC087", "2020-01-20", "Dosi 2", 2),
        ("Pneumocòccica conjugada (VNC20)", "Prevenar 20", "LK8821", "2023-10-17", "Única", None),
        ("Herpes zòster (HZ/su)", "Shingrix", "AHZVB604", "2024-03-05", "Dosi 1", 1),
        ("Herpes zòster (HZ/su)", "Shingrix", "AHZVB711", "2024-05-14", "Dosi 2", 2),
        ("Grip", "Efluelda", "W7G31", "2024-10-22", "Anual", None),
        ("COVID-19", "Comirnaty JN.1", "HH4077", "2024-10-22", "Record", None),
    ]
    tab = []
    for vac, brand, lot, iso, dose, n in rows:
        tab.append([d.d(iso), vac, brand, lot, dose])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.table(["Data", "Vacuna", "Nom comercial", "Lot", "Dosi"], tab, [1.2, 2.6, 1.6, 1.1, 0.9])
    d.title("Vacunes pendents / no administrades", 10)
    d.table(["Vacuna", "Estat", "Observacions"], [
        ["Virus respiratori sincicial (VRS)", "Pendent", "indicada ≥ 75 anys – citar 2028"],
        ["Hepatitis B", "No indicada", "anti-HBs positiu (immunitat)"],
        ["Triple vírica", "No indicada", "nascut abans de 1970"],
        ["Grip 2025-2026", "Rebutjada pel pacient", "registrat 12/05/2025"]], [2.6, 1.6, 3])
    d.no("immunizations", "Virus respiratori sincicial", "due")
    d.no("immunizations", "Hepatitis B", "other", "not indicated, immune")
    d.no("immunizations", "Triple vírica", "other", "not indicated")
    d.para("Nota: la vacuna antigripal de la temporada 2025-2026 ha estat rebutjada; la dosi de la temporada "
           "anterior consta com a administrada.", 8)
    d.para("Aquest certificat té validesa sense signatura. Dades del RAV a 12/05/2025.", 8)
    return d


# ---------------------------------------------------------------------------- 18 South Dakota
@document
def d18():
    d = Doc(18, "south_dakota_siis_immunization_record", "United States (South Dakota)", "immunization_record",
            "state immunization registry print (adult, contraindication, forecast)", "m/d/Y", size=letter)
    d.letterhead("South Dakota Immunization Information System (SDIIS)", [
        "South Dakota Department of Health, 600 E Capitol Ave, Pierre, SD 57501"],
        right=["OFFICIAL IMMUNIZATION RECORD", "Printed 06/03/2025"], color=(0.1, 0.2, 0.45))
    d.kv([("Client:", "Lakota R. Two Bulls"), ("DOB:", "08/19/1990"), ("Client ID:", "SD-7730215"),
          ("Provider:", "Rapid City Family Clinic")], lw=70)
    d.title("Immunization History", 10)
    rows = [
        ("Hep B, adult", "Heplisav-B", "A4K77", "2022-02-11", "1", 1),
        ("Hep B, adult", "Heplisav-B", "A4K92", "2022-03-14", "2", 2),
        ("Tdap", "Boostrix", "7T3PZ", "2023-08-30", "Booster", None),
        ("HPV9", "Gardasil 9", "Z011823", "2008-09-02", "3", 3),
        ("Influenza, seasonal, injectable", "Flucelvax", "407771", "2024-10-08", "", None),
        ("COVID-19, mRNA", "Spikevax 2024-2025", "3046982", "2024-10-08", "", None),
        ("MMR", "M-M-R II", "X013502", "1991-09-10", "1", 1),
        ("MMR", "M-M-R II", "Y002811", "1995-08-22", "2", 2),
    ]
    tab = []
    for vac, brand, lot, iso, dose, n in rows:
        tab.append([vac, d.d(iso), dose, brand, lot])
        d.imm(vac, iso, n, lot, brand, amb=False)
    d.table(["Vaccine", "Date Given", "Dose #", "Trade Name", "Lot"], tab, [2.6, 1.2, 0.8, 1.6, 1.2])
    d.title("Contraindications / Exemptions", 10)
    d.table(["Vaccine", "Reason", "Recorded"], [
        ["Varicella", "Immunity: history of varicella disease (1996)", "03/14/2022"],
        ["Meningococcal B", "Patient refusal", "03/14/2022"]], [2, 4, 1.2])
    d.no("immunizations", "Varicella", "other", "immune")
    d.no("conditions", "varicella disease", "historical")
    d.no("immunizations", "Meningococcal B", "other", "refusal")
    d.title("Recommended (forecast)", 10)
    d.table(["Vaccine", "Status", "Earliest date"], [
        ["Td/Tdap", "Not yet due", "08/30/2033"],
        ["Influenza", "Due", "09/01/2025"],
        ["Pneumococcal (PCV20)", "Not recommended by age", "-"]], [2.5, 2, 1.5])
    d.no("immunizations", "Pneumococcal (PCV20)", "other", "not indicated")
    d.para("Dates are shown MM/DD/YYYY. This record is an official copy from SDIIS.", 8)
    return d


# ---------------------------------------------------------------------------- 19 Java
@document
def d19():
    d = Doc(19, "java_prescription_scan", "Indonesia (Central Java)", "prescription",
            "outpatient prescription (chronic disease, handwritten, scanned)", "d-m-Y", ext="jpg",
            scan={"dpi": 170, "angle": -1.3}, lang="Indonesian", comma=True)
    d.letterhead("dr. Hendra Wijaya, Sp.PD", [
        "Spesialis Penyakit Dalam – Praktik Pribadi", "Jl. Pandanaran No. 88, Semarang, Jawa Tengah",
        "SIP 503/0412/DKK/2023"], right=["RESEP", "Telp. (024) 555 1420"], color=(0.2, 0.2, 0.5))
    d.kv([("Tanggal:", Hand("15-05-2025")), ("Nama pasien:", Hand("Ny. Sri Rahayu")),
          ("Umur:", Hand("61 th")), ("BB:", Hand("72 kg"))], lw=80)
    d.vit("weight", "72", 72.0, None, "kg")
    d.hand_line("Diagnosa:", "DM tipe 2, Hipertensi, Dislipidemia", 11)
    d.cond("DM tipe 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hipertensi", "active", None, ["hypertension"])
    d.cond("Dislipidemia", "active", None, ["dyslipidaemia"])
    d.hand_line("Alergi:", "Amoksisilin (gatal-gatal)", 11)
    d.alg("Amoksisilin", "gatal-gatal")
    d.hand_line("TD:", "148/86 mmHg    GDS 212 mg/dL", 11)
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.lab("GDS", "212", "mg/dL", None, None, None, None, "2025-05-15", ["Random blood glucose"])
    d.gap(6)
    d.hand_line("R/", "Metformin 500 mg  No. LX   S 2 dd 1 tab", 12)
    d.hand_line("R/", "Glimepiride 2 mg  No. XXX   S 1 dd 1 tab pagi", 12)
    d.hand_line("R/", "Amlodipin 10 mg  No. XXX   S 1 dd 1 tab", 12)
    d.hand_line("R/", "Simvastatin 20 mg  No. XXX   S 1 dd 1 tab malam", 12)
    d.med("Metformin", None, "500", "mg", None, "2 dd 1 tab")
    d.med("Glimepiride", None, "2", "mg", None, "1 dd 1 tab pagi")
    d.med("Amlodipin", None, "10", "mg", None, "1 dd 1 tab")
    d.med("Simvastatin", None, "20", "mg", None, "1 dd 1 tab malam")
    d.hand_line("Catatan:", "Captopril stop (batuk kering) - diganti Amlodipin", 10.5)
    d.med("Captopril", None, None, None, None, None, "stopped")
    d.no("medications", "Captopril", "stopped")
    d.hand_line("", "Kontrol 1 bulan, cek HbA1c", 10.5)
    d.signature("dr. Hendra Wijaya, Sp.PD", "Dokter Spesialis Penyakit Dalam")
    return d


# ---------------------------------------------------------------------------- 20 Saxony
@document
def d20():
    d = Doc(20, "saxony_medikationsplan", "Saxony (Germany)", "prescription",
            "federal medication plan (Bundeseinheitlicher Medikationsplan) with dosing times, stopped items",
            "d.m.Y", lang="German", comma=True)
    d.letterhead("Medikationsplan", [
        "ausgedruckt von: Hausarztpraxis Dipl.-Med. Uta Körner, Bautzner Str. 41, 01099 Dresden",
        "Tel. 0351 555 2290"], right=["Seite 1 von 1", "ausgedruckt am: 02.06.2025"], color=(0.0, 0.0, 0.0))
    d.kv([("für:", "Gerhard Lehmann"), ("geb. am:", "16.04.1941")], lw=90)
    d.kv([("Gewicht:", "79 kg"), ("Allergien/Unv.:", "Metamizol (Agranulozytose), Pflaster (Hautreizung)")],
         cols=1, lw=90)
    d.alg("Metamizol", "Agranulozytose")
    d.alg("Pflaster", "Hautreizung")
    d.vit("weight", "79", 79.0, None, "kg")
    d.table(["Wirkstoff", "Handelsname", "Stärke", "Form", "Mo", "Mi", "Ab", "zN", "Einheit", "Hinweise", "Grund"], [
        ["Ramipril", "Ramipril-ratiopharm", "5 mg", "Tabl", "1", "0", "0", "0", "Stück", "", "Bluthochdruck"],
        ["Metoprololsuccinat", "Beloc-Zok", "47,5 mg", "RetTabl", "1", "0", "1", "0", "Stück", "", "Herz"],
        ["Atorvastatin", "Sortis", "20 mg", "Tabl", "0", "0", "1", "0", "Stück", "", "Cholesterin"],
        ["Apixaban", "Eliquis", "2,5 mg", "Tabl", "1", "0", "1", "0", "Stück", "", "Vorhofflimmern"],
        ["Pantoprazol", "Pantozol", "20 mg", "Tabl", "1", "0", "0", "0", "Stück", "vor dem Frühstück", "Magenschutz"],
        ["Tamsulosin", "Alna Ocas", "0,4 mg", "RetTabl", "0", "0", "0", "1", "Stück", "", "Prostata"],
        ["Colecalciferol", "Dekristol", "20.000 I.E.", "Kaps", "", "", "", "", "", "1x wöchentlich (So)", "Vitamin D"],
    ], [1.6, 1.5, 0.9, 0.8, 0.35, 0.35, 0.35, 0.35, 0.7, 1.4, 1.2], size=7.2)
    d.med("Ramipril", "Ramipril-ratiopharm", "5", "mg", None, "1-0-0-0")
    d.med("Metoprololsuccinat", "Beloc-Zok", "47,5", "mg", None, "1-0-1-0")
    d.med("Atorvastatin", "Sortis", "20", "mg", None, "0-0-1-0")
    d.med("Apixaban", "Eliquis", "2,5", "mg", None, "1-0-1-0")
    d.med("Pantoprazol", "Pantozol", "20", "mg", None, "1-0-0-0")
    d.med("Tamsulosin", "Alna Ocas", "0,4", "mg", None, "0-0-0-1")
    d.med("Colecalciferol", "Dekristol", "20.000", "I.E.", None, "1x wöchentlich")
    for m in d.meds:
        if m["frequency"] and "-" in m["frequency"]:
            m["frequency"] = None
    d.title("Bedarfsmedikation", 9.5)
    d.table(["Wirkstoff", "Handelsname", "Stärke", "Form", "Dosierung", "Hinweise", "Grund"], [
        ["Paracetamol", "ben-u-ron", "500 mg", "Tabl", "1-2 Tabl bei Bedarf", "max. 4x täglich", "Schmerzen"]],
        [1.6, 1.5, 0.9, 0.8, 1.6, 1.4, 1.2], size=7.2)
    d.med("Paracetamol", "ben-u-ron", "500", "mg", None, "bei Bedarf")
    d.title("Abgesetzte Medikamente (nicht mehr einnehmen)", 9.5)
    d.table(["Wirkstoff", "Stärke", "abgesetzt am", "Grund"], [
        ["Phenprocoumon (Marcumar)", "3 mg", d.d("2025-03-11"), "Umstellung auf Apixaban"],
        ["Ibuprofen", "400 mg", d.d("2025-03-11"), "Blutungsrisiko"]], [2.4, 1, 1.2, 2.4], size=7.6)
    d.med("Phenprocoumon", "Marcumar", "3", "mg", None, None, "stopped")
    d.no("medications", "Phenprocoumon", "stopped")
    d.med("Ibuprofen", None, "400", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofen", "stopped")
    d.para("Geplant: Beginn mit Empagliflozin 10 mg nach Kontrolle der Nierenwerte (Termin 16.06.2025).", 8.5)
    d.no("medications", "Empagliflozin", "planned")
    d.para("Mo = morgens, Mi = mittags, Ab = abends, zN = zur Nacht. Bitte bringen Sie diesen Plan zu jedem "
           "Arzt- und Apothekenbesuch mit.", 7.5)
    return d


# ---------------------------------------------------------------------------- 21 Navarre
@document
def d21():
    d = Doc(21, "navarre_preanaesthesia_form", "Navarre (Spain)", "medical_record",
            "pre-anaesthesia questionnaire (crossed boxes, handwritten)", "d/m/Y", lang="Spanish", comma=True)
    d.letterhead("Hospital Universitario de Navarra", [
        "Servicio Navarro de Salud – Osasunbidea", "Servicio de Anestesiología, C/ Irunlarrea 3, 31008 Pamplona"],
        right=["CUESTIONARIO PREANESTÉSICO", "Consulta de preanestesia"], color=(0.5, 0.0, 0.1))
    d.kv([("Nombre:", Hand("Goñi Aldaz, María Pilar")), ("F. nacimiento:", Hand("28/02/1958")),
          ("Intervención:", Hand("prótesis total de rodilla dcha. (gonartrosis)")), ("Fecha:", Hand("08/04/2025"))],
         cols=1, lw=110)
    d.cond("gonartrosis", "active", None, ["knee osteoarthritis"])
    d.para("Marque con una X lo que corresponda.", 8.5)
    d.title("Enfermedades", 10)
    d.checks([
        ("Hipertensión arterial", "Y", "desde 2010"),
        ("Diabetes", "Y", "tipo 2, con pastillas"),
        ("Enfermedad del corazón", "N", ""),
        ("Asma / EPOC", "N", ""),
        ("Hipotiroidismo / tiroides", "Y", "hipotiroidismo"),
        ("Enfermedad del riñón", "N", ""),
        ("Epilepsia", "N", ""),
        ("Trombosis / embolia", None, "TVP 2016 tras fractura, curada"),
        ("Problemas con anestesias previas", "N", ""),
    ], qw=0.46, labels=("Sí", "No", "Detalles"), cross=True)
    d.cond("Hipertensión arterial", "active", None, ["hypertension"])
    d.cond("Diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.cond("hipotiroidismo", "active", None, ["hypothyroidism"])
    for n in ("Enfermedad del corazón", "Asma / EPOC", "Enfermedad del riñón", "Epilepsia",
              "Problemas con anestesias previas"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "TVP", "historical", "resolved")
    d.title("Alergias", 10)
    d.checks([
        ("Alergia a medicamentos", "Y", "codeína - vómitos; contrastes yodados - urticaria"),
        ("Alergia al látex", "N", ""),
        ("Alergia a alimentos", "N", ""),
    ], qw=0.46, labels=("Sí", "No", "Detalles"), cross=True)
    d.alg("codeína", "vómitos")
    d.alg("contrastes yodados", "urticaria")
    d.no("allergies", "látex", "checkbox_no")
    d.no("allergies", "alimentos", "checkbox_no")
    d.title("Medicación habitual", 10)
    d.hand_line("1.", "Metformina 850 mg 1-0-1")
    d.hand_line("2.", "Levotiroxina 75 mcg 1-0-0")
    d.hand_line("3.", "Valsartán 160 mg 1-0-0 - seguir tomando")
    d.hand_line("4.", "Sintrom 4 mg - suspendido 5 días antes, pauta heparina")
    d.med("Metformina", None, "850", "mg", None, "1-0-1")
    d.med("Levotiroxina", None, "75", "mcg", None, "1-0-0")
    d.med("Valsartán", None, "160", "mg", None, "1-0-0")
    d.med("Sintrom", "Sintrom", "4", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["acenocoumarol"]
    d.no("medications", "Sintrom", "stopped", "held before surgery")
    d.title("A rellenar por el anestesista", 10)
    d.kv([("Peso:", Hand("82 kg")), ("Talla:", Hand("158 cm")), ("TA:", Hand("142/80 mmHg")),
          ("FC:", Hand("72 lpm")), ("SpO2:", Hand("97 %")), ("ASA:", Hand("II"))], cols=3, lw=48)
    d.vit("weight", "82", 82.0, None, "kg")
    d.vit("height", "158", 158.0, None, "cm")
    d.vit("blood_pressure", "142/80", 142.0, 80.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "lpm")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.hand_line("Preop. " + d.d("2025-04-01") + ":", "Hb 13,1 g/dL  creatinina 0,82 mg/dL  glucosa 134 mg/dL", 10.5)
    d.lab("Hb", "13,1", "g/dL", None, None, None, None, "2025-04-01", ["Haemoglobin"])
    d.lab("creatinina", "0,82", "mg/dL", None, None, None, None, "2025-04-01", ["Creatinine"])
    d.lab("glucosa", "134", "mg/dL", None, None, None, None, "2025-04-01", ["Glucose"])
    d.signature("Dr. Iñigo Etxarri", "Médico anestesiólogo")
    return d


# ---------------------------------------------------------------------------- 22 Connecticut
@document
def d22():
    d = Doc(22, "connecticut_new_patient_questionnaire", "United States (Connecticut)", "medical_record",
            "new patient health questionnaire (2 pages, tick boxes, handwritten)", "m/d/Y", size=letter)
    d.letterhead("Shoreline Internal Medicine", [
        "150 Boston Post Rd, Old Saybrook, CT 06475", "Phone (860) 555-0177"],
        right=["NEW PATIENT HEALTH HISTORY", "Please complete before your visit"], color=(0.1, 0.3, 0.4))
    d.kv([("Name:", Hand("Eleanor P. Marsh")), ("DOB:", Hand("10/02/1955")),
          ("Today's date:", Hand("02/26/2025")), ("Previous doctor:", Hand("Dr. Fein, Providence RI"))], lw=85)
    d.title("Medical conditions - have you ever been told you have:", 10)
    d.checks([
        ("High blood pressure", "Y", "since 2012"),
        ("Diabetes", "N", ""),
        ("High cholesterol", "Y", ""),
        ("Heart attack / heart disease", "N", ""),
        ("Asthma or COPD", "N", ""),
        ("Osteoporosis", "Y", "DEXA 2023"),
        ("Depression / anxiety", "Y", "anxiety - stable"),
        ("Cancer", None, "skin - basal cell 2019, removed"),
        ("Stroke", "N", ""),
        ("Thyroid disease", "N", ""),
    ], qw=0.5)
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.cond("High cholesterol", "active", None, ["hyperlipidaemia"])
    d.cond("Osteoporosis", "active")
    d.cond("anxiety", "active")
    for n in ("Diabetes", "Heart attack / heart disease", "Asthma or COPD", "Stroke", "Thyroid disease"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "basal cell", "historical", "removed 2019")
    d.title("Allergies (medicine, food, other) and reaction", 10)
    d.hand_line("1.", "Erythromycin - stomach upset")
    d.hand_line("2.", "Peanuts - throat swelling (carries EpiPen)")
    d.hand_line("3.", "Cats - sneezing")
    d.hand_line("4.", "Ciprofloxacin - tendon pain")
    d.alg("Erythromycin", "stomach upset")
    d.alg("Peanuts", "throat swelling")
    d.alg("Cats", "sneezing")
    d.alg("Ciprofloxacin", "tendon pain")
    d.newpage()
    d.title("Current medications (name, strength, how often)", 10)
    d.hand_line("", "Losartan 50 mg once a day")
    d.hand_line("", "Rosuvastatin 10 mg at night")
    d.hand_line("", "Alendronate 70 mg once a week (Sundays)")
    d.hand_line("", "Sertraline 50 mg daily")
    d.hand_line("", "EpiPen 0.3 mg as needed")
    d.hand_line("", "Stopped: Hydroxyzine 25 mg - made me drowsy")
    d.med("Losartan", None, "50", "mg", None, "once a day")
    d.med("Rosuvastatin", None, "10", "mg", None, "at night")
    d.med("Alendronate", None, "70", "mg", None, "once a week")
    d.med("Sertraline", None, "50", "mg", None, "daily")
    d.med("EpiPen", "EpiPen", "0.3", "mg", None, "as needed")
    d.meds[-1]["aliases"] = ["epinephrine auto-injector"]
    d.med("Hydroxyzine", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Hydroxyzine", "stopped")
    d.title("Family history", 10)
    fam_grid(d, [("Heart disease", {"Father"}), ("Breast cancer", {"Mother", "Sibling"}), ("Diabetes", set()),
                 ("Alzheimer's disease", {"Grandparent"})])
    d.no("conditions", "Heart disease", "family")
    d.no("conditions", "Breast cancer", "family")
    d.no("conditions", "Alzheimer's disease", "family")
    d.title("Vaccines - date of last dose if known", 10)
    d.kv([("Flu shot:", Hand("10/15/2024")), ("Shingrix:", Hand("2 doses - 2022")),
          ("Pneumonia vaccine:", Hand("never had")), ("COVID booster:", Hand("09/30/2024"))], lw=95)
    d.imm("Flu shot", "2024-10-15", None, None, None, amb=False)
    d.imm("COVID booster", "2024-09-30", None, None, None, amb=False)
    d.no("immunizations", "Pneumonia vaccine", "other", "never had")
    d.title("Office use (MA)", 10)
    d.kv([("BP:", Hand("136/82")), ("Pulse:", Hand("70")), ("Wt:", Hand("141 lb")), ("Ht:", Hand("5'4\""))],
         cols=4, lw=40)
    d.vit("blood_pressure", "136/82", 136.0, 82.0, None)
    d.vit("heart_rate", "70", 70.0, None, None)
    d.vit("weight", "141", 141.0, None, "lb")
    return d


# ---------------------------------------------------------------------------- 23 Oklahoma
@document
def d23():
    d = Doc(23, "oklahoma_ccda_ccd", "United States (Oklahoma)", "medical_record",
            "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)", "m/d/Y", size=letter)
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(None, [
        ["Patient", "Darnell K. Bighorse", "Contact info", "1207 N Cherokee Ave, Tahlequah, OK 74464, US"],
        ["Date of birth", "June 3, 1968", "Sex", "Male"],
        ["Patient IDs", "MRN 77104523 (2.16.840.1.113883.3.8812)", "Language", "English"],
        ["Document Id", "a41c-77e0-9b12 (2.16.840.1.113883.19.5.99)", "Created", "March 27, 2025, 14:05 -0500"],
        ["Author", "Megan Sixkiller, DO, Green Country Family Medicine", "Custodian", "Green Country Health"],
        ["Documentation of", "Care provision, 03/25/2025", "Encounter", "Office visit 03/25/2025"]],
        [1.4, 2.8, 1.2, 2.8], size=7.6, head_fill=None)
    d.run_header = "Darnell K. Bighorse - Continuity of Care Document - created March 27, 2025"
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(["Substance", "Reaction", "Severity", "Status"], [
        ["Trimethoprim / Sulfamethoxazole", "Rash", "Moderate", "Active"],
        ["Bee venom", "Anaphylaxis", "Severe", "Active"],
        ["Atorvastatin", "Myalgia", "Mild", "Active"],
        ["Amoxicillin", "Rash", "Mild", "Inactive - tolerated 2022 (refuted)"]], [2.4, 1.6, 1, 2.2], size=8)
    d.alg("Trimethoprim / Sulfamethoxazole", "Rash", "Moderate")
    d.alg("Bee venom", "Anaphylaxis", "Severe")
    d.alg("Atorvastatin", "Myalgia", "Mild")
    d.no("allergies", "Amoxicillin", "negated", "refuted")
    ccda_section(d, "Medications", "medications")
    d.table(["Medication", "Sig", "Start", "Status"], [
        ["Semaglutide 1 MG/DOSE Pen Injector [Ozempic]", "1 mg subcutaneously once weekly", "03/2025", "Active"],
        ["Metformin 1000 MG Oral Tablet", "1000 mg by mouth twice daily", "2016", "Active"],
        ["Lisinopril 20 MG Oral Tablet", "20 mg by mouth daily", "2018", "Active"],
        ["Pravastatin 40 MG Oral Tablet", "40 mg by mouth at bedtime", "2023", "Active"],
        ["Epinephrine 0.3 MG/0.3ML Auto-Injector", "0.3 mg IM as needed for anaphylaxis", "2020", "Active"],
        ["Sitagliptin 100 MG Oral Tablet", "100 mg by mouth daily", "2021", "Discontinued 03/25/2025"]],
        [3.2, 2.6, 0.8, 1.4], size=8)
    d.med("Semaglutide", "Ozempic", "1", "mg", "subcutaneously", "once weekly", "new")
    d.med("Metformin", None, "1000", "mg", "by mouth", "twice daily")
    d.med("Lisinopril", None, "20", "mg", "by mouth", "daily")
    d.med("Pravastatin", None, "40", "mg", "by mouth", "at bedtime")
    d.med("Epinephrine", None, "0.3", "mg", "IM", "as needed for anaphylaxis")
    d.med("Sitagliptin", None, "100", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Sitagliptin", "stopped")
    ccda_section(d, "Problem List", "problems")
    d.table(["Problem", "SNOMED CT", "Status", "Onset"], [
        ["Type 2 diabetes mellitus", "44054006", "Active", "2016"],
        ["Essential hypertension", "59621000", "Active", "2018"],
        ["Obesity", "414916001", "Active", "2016"],
        ["Obstructive sleep apnea", "78275009", "Active", "2022"],
        ["Right ankle sprain", "44465007", "Resolved", "2024"]], [3, 1.4, 1, 1], size=8)
    d.cond("Type 2 diabetes mellitus", "active")
    d.cond("Essential hypertension", "active")
    d.cond("Obesity", "active")
    d.cond("Obstructive sleep apnea", "active")
    d.no("conditions", "ankle sprain", "historical")
    ccda_section(d, "Results", "results")
    d.table(["Test", "Value", "Units", "Reference range", "Interpretation", "Date"], [
        ["Hemoglobin A1c", "8.6", "%", "4.0-5.6", "High", "03/25/2025"],
        ["Glucose", "171", "mg/dL", "70-99", "High", "03/25/2025"],
        ["Creatinine", "0.98", "mg/dL", "0.76-1.27", "Normal", "03/25/2025"],
        ["Microalbumin/Creatinine Ratio", "42", "mg/g", "0-29", "High", "03/25/2025"],
        ["LDL Cholesterol", "96", "mg/dL", "0-99", "Normal", "03/25/2025"]], [2.6, 0.8, 0.8, 1.2, 1.1, 1.1], size=8)
    for t, v, u, lo, hi, f, al in [("Hemoglobin A1c", "8.6", "%", 4.0, 5.6, "high", ["HbA1c"]),
                                   ("Glucose", "171", "mg/dL", 70.0, 99.0, "high", []),
                                   ("Creatinine", "0.98", "mg/dL", 0.76, 1.27, "normal", []),
                                   ("Microalbumin/Creatinine Ratio", "42", "mg/g", 0.0, 29.0, "high", ["UACR"]),
                                   ("LDL Cholesterol", "96", "mg/dL", 0.0, 99.0, "normal", [])]:
        d.lab(t, v, u, lo, hi, None, f, "2025-03-25", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(["Date", "BP", "Heart rate", "Resp rate", "Weight", "Height", "BMI"], [
        ["03/25/2025", "138/86 mm[Hg]", "82 /min", "16 /min", "248 [lb_av]", "70 [in_i]", "35.6 kg/m2"]],
        [1.2, 1.3, 1, 1, 1.1, 1, 1], size=8)
    d.vit("blood_pressure", "138/86", 138.0, 86.0, "mm[Hg]")
    d.vit("heart_rate", "82", 82.0, None, "/min")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("weight", "248", 248.0, None, "[lb_av]")
    d.vit("height", "70", 70.0, None, "[in_i]")
    d.vit("bmi", "35.6", 35.6, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(["Vaccine", "Date", "Status", "Lot"], [
        ["Influenza, seasonal, injectable, preservative free", "10/04/2024", "Completed", "FL2290A"],
        ["Tdap", "06/12/2019", "Completed", "J7K44"],
        ["Zoster recombinant (Shingrix)", "-", "Declined", "-"]], [3.2, 1.2, 1.2, 1.2], size=8)
    d.imm("Influenza, seasonal, injectable, preservative free", "2024-10-04", None, "FL2290A", None)
    d.imm("Tdap", "2019-06-12", None, "J7K44", None)
    d.no("immunizations", "Zoster recombinant", "other", "declined")
    ccda_section(d, "Plan of Treatment", "plan")
    d.para("Started semaglutide; sitagliptin discontinued. Diabetic eye exam referral. Consider CPAP adherence review. "
           "Hepatitis C screening ordered, result pending.", 8.5)
    d.no("labs", "Hepatitis C screening", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 24 Benin
@document
def d24():
    d = Doc(24, "benin_ed_triage_scan", "Benin", "medical_record",
            "emergency triage sheet (tick boxes, handwritten, scanned)", "d/m/Y", ext="pdf",
            scan={"dpi": 155, "angle": -2.6, "blur": 0.8}, lang="French", comma=True)
    d.letterhead("CNHU Hubert Koutoukou Maga – Service des Urgences", [
        "Avenue Jean-Paul II, 01 BP 386 Cotonou, République du Bénin", "Accueil urgences +229 21 30 01 55"],
        right=["FICHE DE TRI", "Infirmier d'accueil"], color=(0.0, 0.4, 0.2))
    d.kv([("Nom :", Hand("HOUNKPATIN Romaric")), ("Âge :", Hand("34 ans")),
          ("Arrivée :", Hand("19/03/2025  22h15")), ("Mode :", Hand("taxi-moto, accompagné"))], lw=62)
    d.hand_line("Motif :", "fièvre 40 °C depuis 3 jours, céphalées, vomissements", 10.5)
    d.title("Constantes à l'arrivée", 10)
    d.table(["TA (mmHg)", "Pouls (/min)", "FR (/min)", "T° (°C)", "SpO2 (%)", "Poids (kg)"], [
        [Hand("102/64"), Hand("118"), Hand("24"), Hand("39,8"), Hand("97"), Hand("70")]],
        [1.3, 1, 1, 1, 1, 1], size=8.6)
    d.vit("blood_pressure", "102/64", 102.0, 64.0, "mmHg")
    d.vit("heart_rate", "118", 118.0, None, "/min")
    d.vit("respiratory_rate", "24", 24.0, None, "/min")
    d.vit("temperature", "39,8", 39.8, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "70", 70.0, None, "kg")
    d.table(["TDR paludisme", "Glycémie capillaire (g/L)", "Hémoglobine (HemoCue)"],
            [[Hand("positif"), Hand("0,98"), Hand("12,6 g/dL")]], [1.5, 1.8, 1.8], size=8.6)
    d.lab("TDR paludisme", "positif", None, None, None, None, "abnormal", "2025-03-19", ["Malaria rapid test"], num=None)
    d.lab("Glycémie capillaire", "0,98", "g/L", None, None, None, None, "2025-03-19", ["Capillary glucose"])
    d.lab("Hémoglobine", "12,6", "g/dL", None, None, None, None, "2025-03-19", ["Haemoglobin"])
    d.title("Antécédents", 10)
    d.checks([
        ("Drépanocytose", "N", ""),
        ("Diabète", "N", ""),
        ("HTA", "N", ""),
        ("VIH", "N", ""),
        ("Ulcère gastrique", "Y", "sous oméprazole"),
        ("Asthme", "Y", "crises rares"),
    ], qw=0.45, labels=("Oui", "Non", "Précisions"))
    d.cond("Ulcère gastrique", "active", None, ["peptic ulcer"])
    d.cond("Asthme", "active", None, ["asthma"])
    for n in ("Drépanocytose", "Diabète", "HTA", "VIH"):
        d.no("conditions", n, "checkbox_no")
    d.checks([("Allergie connue", "Y", "quinine - bourdonnements, éruption")], qw=0.45,
             labels=("Oui", "Non", "Laquelle"))
    d.alg("quinine", "éruption")
    d.hand_line("Traitement habituel :", "Oméprazole 20 mg/j, Salbutamol spray si besoin", 10.5)
    d.med("Oméprazole", None, "20", "mg", None, "/j")
    d.med("Salbutamol spray", None, None, None, None, "si besoin")
    d.title("Évaluation IOA", 10)
    d.hand_line("", "Paludisme grave probable ? Raideur de nuque absente. Méningite à éliminer", 10)
    d.cond("Paludisme", "active", None, ["malaria"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "Méningite", "other", "to be ruled out")
    d.kv([("Niveau de tri :", Hand("2 - urgent")), ("Orientation :", Hand("box médecine"))], lw=80)
    d.title("Actes IOA", 10)
    d.hand_line("22h25", "Paracétamol 1 g IV", 10.5)
    d.hand_line("22h30", "Artésunate 2,4 mg/kg IV (Dr Adjovi)", 10.5)
    d.no("medications", "Paracétamol", "other", "single dose in the ED")
    d.no("medications", "Artésunate", "other", "single dose in the ED")
    d.hand_line("IOA :", "S. Dossou, IDE", 10.5)
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
    rels.append("make_heldout22.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout22.py"))
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
    base = "/tmp/heldout22_work/determinism"
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
          "end of 2.17.0's round, never opened before.")


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
    L = ["# Held-out extraction test set 22", "", STATUS, "",
         "## How it was made", "",
         f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
         f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
         f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
         "decimal commas, thousands separators, date styles and abbreviations; the rest in English. All content "
         "and truth rows are written by hand in `make_heldout22.py` (no generator of clinical content). The "
         "rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick boxes, scan "
         "simulation, self-checks, manifest, --check and --determinism) was copied from "
         "`bench/heldout21/make_heldout21.py` with `cp` and adapted (set number, paths, seeds, status line); the "
         "self-check bounds were kept, and the only additions to the machinery are a helper for previous-result "
         "columns, flag-map entries for the German and Turkish flag marks, and reading space-separated thousands "
         "in table cells; the document content is new. Six documents are scans: pages "
         f"rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} degrees, "
         "blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or image-only PDF. "
         "Handwriting is an oblique DejaVu font drawn character by character with jitter; tick boxes (ticks or "
         "crosses) are vector strokes. Randomness comes only from generators seeded with fixed strings.",
         "", "The author read only `pipeline/clinical/schema.py`, set 21's README, build script and one truth "
         "file (`truth/01_serbia_cumulative_lab.json`, for format), plus the file names of earlier sets' docs/ "
         "(to pick unused places). No other file in the repository was "
         "opened; the pipeline, extractor and scorer were not read or run on these documents, no OCR was run, and "
         "git was not run. The build's self-check compares each truth string with the strings drawn and, for "
         "documents that are not scans, with the PDF text layer read by pypdfium2; the author also looked at "
         "renderings of three pages (made with pypdfium2 under /tmp/heldout22_work) and fixed one layout "
         "overlap; the other pages were not inspected by eye. `truth/drawn/*.txt` records the strings drawn "
         "into each document.", "",
         "Build: `python make_heldout22.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
         "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
         "`--determinism` (two builds under /tmp/heldout22_work must give identical manifests).", "",
         "## Truth conventions", "",
         "Same conventions as set 21 (set 20's list and set 21's additions), restated here; this set's additions "
         "follow at the end:", "",
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
         "Set 21's additions (kept):", "",
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
         "Additions in this set:", "",
         "- Flag marks in their own column: German \"+\"/\"\u2212\" (legend \"oberhalb/unterhalb des "
         "Referenzbereichs\") and Turkish \"Yüksek\"/\"Düşük\" -> high/low.",
         "- A positive rapid test printed without a reference (\"TDR paludisme: positif\") -> abnormal, as for "
         "other positive qualitative results; `value_numeric` null.",
         "- A handwritten addendum value with a printed range and a flag word (\"PTH 14,2 pmol/L (ref 1,6-6,9) - "
         "verhoogd\") takes that range and flag; one with a flag word but no limit (\"iron sat 14% - low\") has "
         "flag null, as in set 21.",
         "- Space-separated thousands inside table cells (\"3 420\", \"96 000\") are read as thousands; "
         "`value_text` keeps the printed form.",
         "- An allergy listed as inactive / refuted in a C-CDA is a must_not row (why \"negated\").",
         "- A birth dose (\"Naissance\", \"VPO 0\") has `dose_number` null; a vaccine planned for a later "
         "season (\"in autunno\") is why \"due\"; a dose postponed for stock-out is why \"other\".",
         "- In a medication plan with one column per time of day (Mo/Mi/Ab/zN), `frequency` is null, since the "
         "pattern is not printed as one string; a printed interval (\"1x wöchentlich\") is kept.",
         "- A diagnosis flagged as probable on a triage sheet but supported by a positive test printed on the same "
         "sheet is a scored condition marked `optional`.",
         "- A single dose given at a clinic visit that is not a vaccine (vitamin A) is a must_not row (why "
         "\"other\").", "",
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
