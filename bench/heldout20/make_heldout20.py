#!/usr/bin/env python
"""Build held-out extraction test set 20 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout20.py                 build into this folder (keeps an existing README)
    python make_heldout20.py --check         verify MANIFEST.sha256
    python make_heldout20.py --determinism   build twice under /tmp/heldout20_work, compare
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
        self.rng = random.Random("heldout20-hand-" + self.stem)
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
        c.setTitle(f"Held-out 20 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout20.py")
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


# ---------------------------------------------------------------------------- 01 Slovakia
@document
def d01():
    d = Doc(1, "slovakia_cumulative_lab", "Slovakia", "lab_result", "lab report (cumulative, 3 dates, newest first)",
            "d. m. Y", lang="Slovak", comma=True)
    d.letterhead("Nemocnica Horný Liptov, a.s.", [
        "Oddelenie laboratórnej medicíny, Štúrova 1488/36, 031 01 Liptovský Mikuláš, Slovenská republika",
        "Tel. +421 44 555 2190   IČO 36 725 114   Akreditované SNAS reg. č. M-118"],
        right=["KUMULATÍVNY VÝSLEDKOVÝ LIST", "Tlač: 21. 5. 2025 07:15"])
    d.kv([("Pacient:", "HORVÁTH Ondrej"), ("Rodné číslo:", "521108/4417"),
          ("Poisťovňa:", "25 (VšZP)"), ("Odosielajúci lekár:", "MUDr. Katarína Baláž"),
          ("Pracovisko:", "Nefrologická ambulancia"), ("Dg.:", "N18.3, E11.9")])
    dates = ["2025-05-20", "2025-02-18", "2024-11-12"]
    rows = [
        ("Glukóza", ["Glucose"], "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, ["6,1 H", "6,8 H", "7,4 H"]),
        ("Urea", ["Urea"], "mmol/l", "2,8 – 8,1", 2.8, 8.1, None, ["9,4 H", "8,8 H", "7,6"]),
        ("Kreatinín", ["Creatinine"], "µmol/l", "62 – 106", 62.0, 106.0, None, ["142 H", "131 H", "118 H"]),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", ["44 L", "49 L", "56 L"]),
        ("Draslík", ["Potassium", "K"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["5,6 H", "5,2 H", "4,8"]),
        ("Hemoglobín", ["Haemoglobin"], "g/l", "135 – 175", 135.0, 175.0, None, ["121 L", "126 L", "133 L"]),
    ]
    d.title("Biochémia a hematológia – kumulatívny prehľad (najnovší odber vľavo)", 10.5)
    d.para("Legenda: H – hodnota nad referenčným rozsahom, L – hodnota pod referenčným rozsahom, "
           "— nevyšetrené.", 8)
    tab = cumul(d, rows, dates)
    tab = [[r[0], r[4], r[5], r[1], r[2], r[3]] for r in tab]
    d.table(["Vyšetrenie", "Jednotka", "Ref. rozsah", d.d(dates[0]), d.d(dates[1]), d.d(dates[2])], tab,
            [2.5, 1.5, 1.4, 1.3, 1.3, 1.3])
    d.title("Nedokončené požiadavky", 10)
    d.table(["Vyšetrenie", "Odber", "Stav"],
            [["Glykovaný hemoglobín (HbA1c)", d.d(dates[0]), "výsledok bude doplnený"],
             ["Parathormón (PTH)", d.d(dates[0]), "odoslané do externého laboratória"]], [3, 1.5, 3])
    d.no("labs", "Glykovaný hemoglobín (HbA1c)", "other", "pending")
    d.no("labs", "Parathormón (PTH)", "other", "pending")
    d.para("Poznámka: eGFR vypočítané podľa CKD-EPI 2021. Vzorka z " + d.d(dates[1]) + " mierne lipemická.", 8)
    d.para("Výsledky overil: RNDr. Peter Slanina, vedúci laboratória. Za správnosť: Mgr. Zuzana Hrušková.", 8)
    return d


# ---------------------------------------------------------------------------- 02 Moldova
@document
def d02():
    d = Doc(2, "moldova_lab_previous", "Moldova", "lab_result", "lab report (previous-result column, haematology + iron)",
            "d.m.Y", lang="Romanian", comma=True)
    d.letterhead("Centrul de Diagnostic Medical „Nistru”", [
        "bd. Ștefan cel Mare și Sfânt 152, MD-2012 Chișinău, Republica Moldova",
        "Tel. +373 22 555 407   Licența AMDM nr. 0471   Laborator acreditat ISO 15189"],
        right=["REZULTATELE INVESTIGAȚIILOR", "Nr. probă 0304-1187"])
    d.kv([("Pacient:", "CEBAN Natalia"), ("IDNP:", "2003012457819"), ("Vârsta / sex:", "41 ani / F"),
          ("Medic de familie:", "dr. Vasile Rusu"), ("Data recoltării:", "04.03.2025 07:50"),
          ("Data eliberării:", "04.03.2025 15:20")])
    cur, prev = "2025-03-04", "2024-12-10"
    U, D = "↑", "↓"
    sections = [
        ("HEMOLEUCOGRAMA", [
            ("Hemoglobina (HGB)", ["Haemoglobin"], "g/l", "120 – 150", 120.0, 150.0, None, ["104 " + D, "96 " + D]),
            ("Hematocrit (HCT)", ["Haematocrit"], "%", "36 – 46", 36.0, 46.0, None, ["33,1 " + D, "30,4 " + D]),
            ("Volumul eritrocitar mediu (VEM)", ["MCV"], "fl", "80 – 98", 80.0, 98.0, None, ["76 " + D, "72 " + D]),
            ("Leucocite (WBC)", ["White blood cells"], "×10⁹/l", "4,0 – 9,0", 4.0, 9.0, None, ["6,3", "5,8"]),
            ("Trombocite (PLT)", ["Platelets"], "×10⁹/l", "180 – 320", 180.0, 320.0, None, ["354 " + U, "388 " + U])]),
        ("BIOCHIMIE", [
            ("Fier seric", ["Serum iron"], "µmol/l", "9,0 – 30,4", 9.0, 30.4, None, ["7,2 " + D, "4,9 " + D]),
            ("Feritina", ["Ferritin"], "ng/ml", "13 – 150", 13.0, 150.0, None, ["11 " + D, "6 " + D]),
            ("TSH", ["Thyroid stimulating hormone"], "mUI/l", "0,4 – 4,0", 0.4, 4.0, None, ["2,8", "—"])]),
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
        d.table(["Investigația", "Rezultat", "Unități", "Valori de referință", "Rezultat precedent " + d.d(prev)],
                tab, [3.2, 1.3, 1.1, 1.8, 2.2])
    d.para("↑ peste limita superioară, ↓ sub limita inferioară. — nu s-a efectuat.", 8)
    d.title("În lucru", 10)
    d.para("Vitamina B12 și acid folic – probele au fost trimise la laboratorul partener, rezultatul va fi "
           "comunicat ulterior.", 9)
    d.no("labs", "Vitamina B12", "other", "pending")
    d.no("labs", "acid folic", "other", "pending")
    d.para("Medic de laborator: dr. Elena Popa. Rezultatele se interpretează de medicul curant.", 8)
    return d


# ---------------------------------------------------------------------------- 03 Cape Verde
@document
def d03():
    d = Doc(3, "cape_verde_lab_serology_scan", "Cape Verde", "lab_result",
            "lab report (haemogram, chemistry, serology; thousands points; scanned)", "d/m/Y", ext="jpg",
            scan={"dpi": 165, "angle": 1.8, "blur": 0.8}, lang="Portuguese", comma=True)
    d.letterhead("Clínica Médica Monte Cara – Laboratório de Análises", [
        "Rua de Lisboa 41, Mindelo, São Vicente, República de Cabo Verde",
        "Tel. +238 231 55 80   Director técnico: Dr. Armindo Lopes Fortes"], color=(0.45, 0.1, 0.1))
    d.kv([("Utente:", "Nelson Tavares Delgado"), ("Idade / sexo:", "38 anos / M"),
          ("Requisição:", "25-0227-044"), ("Médico:", "Dra. Filomena Brito"),
          ("Colheita:", "27/02/2025 08:05"), ("Relatório:", "28/02/2025")])
    iso = "2025-02-27"
    d.para("(A) valor acima do intervalo de referência   (B) valor abaixo do intervalo de referência", 8)
    d.title("HEMOGRAMA", 10.5)
    rows = [
        ("Eritrócitos", ["Red blood cells"], "4,21", "x10⁶/mm³", "4,50 – 5,90", 4.5, 5.9, None, "(B)"),
        ("Hemoglobina", ["Haemoglobin"], "11,8", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, "(B)"),
        ("Hematócrito", ["Haematocrit"], "36,2", "%", "40 – 50", 40.0, 50.0, None, "(B)"),
        ("Leucócitos", ["White blood cells"], "3.900", "/mm³", "4.000 – 10.000", 4000.0, 10000.0, None, "(B)", 3900.0),
        ("Neutrófilos", ["Neutrophils"], "1.560", "/mm³", "1.800 – 7.500", 1800.0, 7500.0, None, "(B)", 1560.0),
        ("Plaquetas", ["Platelets"], "98.000", "/mm³", "150.000 – 400.000", 150000.0, 400000.0, None, "(B)", 98000.0),
    ]
    tab = labrows(d, rows, iso)
    d.table(["Análise", "Resultado", "Unidade", "Valores de referência", ""], [[r[0], r[1] + " " + r[4], r[2], r[3], ""] for r in tab],
            [2.4, 1.4, 1.2, 2.2, 0.3], grid=False)
    d.title("BIOQUÍMICA", 10.5)
    rows = [
        ("Glicose", ["Glucose"], "92", "mg/dL", "70 – 99", 70.0, 99.0, None, ""),
        ("Creatinina", ["Creatinine"], "0,9", "mg/dL", "0,7 – 1,3", 0.7, 1.3, None, ""),
        ("ALT (TGP)", ["ALT"], "68", "U/L", "< 41", None, 41.0, "< 41", "(A)"),
        ("AST (TGO)", ["AST"], "74", "U/L", "< 40", None, 40.0, "< 40", "(A)"),
    ]
    tab = labrows(d, rows, iso)
    d.table(None, [[r[0], r[1] + " " + r[4], r[2], r[3], ""] for r in tab], [2.4, 1.4, 1.2, 2.2, 0.3], grid=False)
    d.title("SEROLOGIA / PARASITOLOGIA", 10.5)
    rows = [
        ("VIH 1/2 (Ag p24 + Ac)", ["HIV 1/2 antigen/antibody"], "Não reativo", None, "Não reativo", None, None, "Não reativo", ""),
        ("AgHBs", ["Hepatitis B surface antigen", "HBsAg"], "Reativo", None, "Não reativo", None, None, "Não reativo", "ALTERADO"),
        ("VDRL", ["VDRL", "syphilis"], "Não reativo", None, "Não reativo", None, None, "Não reativo", ""),
        ("Pesquisa de Plasmodium (gota espessa)", ["Malaria thick film"], "Negativo", None, "Negativo", None, None,
         "Negativo", ""),
    ]
    tab = labrows(d, rows, iso)
    d.table(None, [[r[0], r[1], "", r[3], ""] for r in tab], [2.4, 1.4, 1.2, 2.2, 0.3], grid=False)
    d.para("Nota: AgHBs reativo confirmado por segunda técnica. Carga viral VHB (ADN) – amostra enviada ao "
           "laboratório de referência na Praia, resultado pendente.", 8.5)
    d.no("labs", "Carga viral VHB", "other", "pending")
    d.para("Validado por: Dra. Ivone Lima, Farmacêutica-Analista", 8)
    return d


# ---------------------------------------------------------------------------- 04 El Salvador
@document
def d04():
    d = Doc(4, "el_salvador_urinalysis_pending", "El Salvador", "lab_result",
            "lab report (urinalysis EGO, haemogram, thousands commas, pending tests)", "d/m/Y",
            size=letter, lang="Spanish", comma=False)
    d.letterhead("LABORATORIO CLÍNICO SAN MIGUEL ARCÁNGEL", [
        "4a. Calle Poniente #512, Barrio San Francisco, San Miguel, El Salvador",
        "Tel. (503) 2661-5520   Inscrito en la Junta de Vigilancia de la Profesión en Laboratorio Clínico No. 1187"],
        right=["INFORME DE RESULTADOS", "Orden No. 06-0931"], color=(0.0, 0.3, 0.55))
    d.kv([("Paciente:", "Marta Alicia Romero de Chicas"), ("Edad:", "34 años   Sexo: F"),
          ("Médico:", "Dr. José Roberto Argueta"), ("Fecha de toma:", "09/06/2025 07:40"),
          ("Procedencia:", "Consulta externa"), ("Fecha de reporte:", "09/06/2025 13:05")])
    iso = "2025-06-09"
    hdr = ["Prueba", "Resultado", "Unidades", "Valor de referencia", "Indicador"]
    w = [2.8, 1.4, 1.1, 2.0, 1.1]
    d.title("HEMATOLOGÍA", 10.5)
    rows = [
        ("Glóbulos blancos", ["White blood cells", "WBC"], "11,450", "/mm³", "5,000 - 10,000", 5000.0, 10000.0, None, "ALTO"),
        ("Hemoglobina", ["Haemoglobin"], "13.2", "g/dL", "12.0 - 16.0", 12.0, 16.0, None, ""),
        ("Plaquetas", ["Platelets"], "312,000", "/mm³", "150,000 - 450,000", 150000.0, 450000.0, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("EXAMEN GENERAL DE ORINA", 10.5)
    d.para("Examen físico-químico", 9, "B")
    rows = [
        ("Densidad", ["Specific gravity"], "1.025", None, "1.005 - 1.030", 1.005, 1.03, None, ""),
        ("pH", ["Urine pH"], "6.0", None, "5.0 - 7.0", 5.0, 7.0, None, ""),
        ("Proteínas", ["Urine protein"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
        ("Glucosa", ["Urine glucose"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
        ("Sangre oculta", ["Urine blood"], "Positivo ++", None, "Negativo", None, None, "Negativo", "ALTERADO"),
        ("Nitritos", ["Nitrite"], "Positivo", None, "Negativo", None, None, "Negativo", "ALTERADO"),
        ("Esterasa leucocitaria", ["Leukocyte esterase"], "Positivo +++", None, "Negativo", None, None, "Negativo",
         "ALTERADO"),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.para("Examen microscópico (sedimento urinario)", 9, "B")
    rows = [
        ("Leucocitos", ["Urine white cells"], "25-30", "/campo", "0 - 5", 0.0, 5.0, None, "ALTO", None),
        ("Hematíes", ["Urine red cells"], "8-10", "/campo", "0 - 2", 0.0, 2.0, None, "ALTO", None),
        ("Bacterias", ["Bacteria"], "Abundantes", None, "Escasas", None, None, "Escasas", "ALTERADO"),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.para("Cilindros: no se observan. Cristales: no se observan.", 8.5)
    d.title("QUÍMICA SANGUÍNEA", 10.5)
    rows = [
        ("Glucosa en ayunas", ["Fasting glucose"], "104", "mg/dL", "70 - 100", 70.0, 100.0, None, "ALTO"),
        ("Creatinina", ["Creatinine"], "0.82", "mg/dL", "0.50 - 1.10", 0.5, 1.1, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), w)
    d.title("PRUEBAS EN PROCESO", 10)
    d.table(["Prueba", "Estado"], [["Urocultivo con antibiograma", "En proceso – resultado en 72 horas"],
                                   ["Hemoglobina glicosilada (HbA1c)", "Pendiente"]], [3, 4])
    d.no("labs", "Urocultivo", "other", "pending")
    d.no("labs", "Hemoglobina glicosilada (HbA1c)", "other", "pending")
    d.para("Lic. Karla Beatriz Funes – Licenciada en Laboratorio Clínico, JVPLC No. 2204", 8)
    return d


# ---------------------------------------------------------------------------- 05 Slovenia
@document
def d05():
    d = Doc(5, "slovenia_lab_flagcol", "Slovenia", "lab_result", "lab report (single date, flag column)", "d.m.Y",
            lang="Slovenian", comma=True)
    d.letterhead("Zdravstveni dom Kranjska Gora – Laboratorij", [
        "Koroška cesta 2, 4280 Kranjska Gora, Slovenija   Tel. +386 4 555 87 10",
        "Vodja laboratorija: Maja Zupan, mag. farm., spec. med. biokem."], color=(0.1, 0.35, 0.2))
    d.kv([("Bolnik:", "NOVAK Irena"), ("Datum rojstva:", "14.03.1962"), ("ZZZS št.:", "048 221 915"),
          ("Napotni zdravnik:", "Tomaž Kranjc, dr. med."), ("Odvzem:", "15.04.2025 07:20"),
          ("Izvid izdan:", "15.04.2025 12:48")], lw=88)
    iso = "2025-04-15"
    U, D = "↑", "↓"
    rows = [
        ("S-Glukoza (na tešče)", ["Fasting glucose"], "6,4", "mmol/L", "3,6 – 6,1", 3.6, 6.1, None, U),
        ("B-HbA1c", ["HbA1c"], "6,3", "%", "4,0 – 6,0", 4.0, 6.0, None, U),
        ("S-Holesterol", ["Total cholesterol"], "6,8", "mmol/L", "< 5,0", None, 5.0, "< 5,0", U),
        ("S-HDL holesterol", ["HDL cholesterol"], "1,02", "mmol/L", "> 1,2", 1.2, None, "> 1,2", D),
        ("S-LDL holesterol", ["LDL cholesterol"], "4,6", "mmol/L", "< 3,0", None, 3.0, "< 3,0", U),
        ("S-Trigliceridi", ["Triglycerides"], "2,6", "mmol/L", "< 1,7", None, 1.7, "< 1,7", U),
        ("S-Kreatinin", ["Creatinine"], "71", "µmol/L", "44 – 80", 44.0, 80.0, None, ""),
        ("oGF (CKD-EPI)", ["eGFR"], "> 90", "mL/min/1,73 m2", "> 60", 60.0, None, "> 60", "", None),
        ("S-ALT", ["ALT"], "0,62", "µkat/L", "< 0,56", None, 0.56, "< 0,56", U),
        ("S-TSH", ["TSH"], "5,8", "mE/L", "0,35 – 4,94", 0.35, 4.94, None, U),
        ("S-prosti T4", ["Free T4"], "11,2", "pmol/L", "9,0 – 19,0", 9.0, 19.0, None, ""),
        ("S-CRP", ["C-reactive protein"], "< 5", "mg/L", "< 5", None, 5.0, "< 5", "", None),
    ]
    tab = labrows(d, rows, iso)
    d.title("BIOKEMIJSKE PREISKAVE", 10.5)
    d.table(["Preiskava", "Rezultat", "Enota", "Referenčne vrednosti", "Ocena"], tab, [3, 1.2, 1.6, 1.9, 0.9])
    d.para("Ocena: ↑ nad referenčnim območjem, ↓ pod referenčnim območjem.", 8)
    d.title("Preiskave v delu", 10)
    d.para("S-Vitamin D (25-OH) – vzorec poslan v referenčni laboratorij, izvid bo poslan naknadno.", 9)
    d.no("labs", "S-Vitamin D (25-OH)", "other", "pending")
    d.para("Izvid pregledala in odobrila: Maja Zupan, mag. farm., spec. med. biokem.", 8)
    return d


# ---------------------------------------------------------------------------- 06 Lithuania
@document
def d06():
    d = Doc(6, "lithuania_oncology_lab_trend_scan", "Lithuania", "lab_result",
            "lab summary (units in the header, dates as rows, scanned)", "Y-m-d", ext="pdf",
            scan={"dpi": 160, "angle": -2.1}, lang="Lithuanian", comma=True)
    d.letterhead("VšĮ Panevėžio regioninė ligoninė", [
        "Onkologijos ir chemoterapijos skyrius, Smėlynės g. 25, LT-35144 Panevėžys, Lietuva",
        "Tel. +370 45 555 218"], right=["LABORATORINIŲ TYRIMŲ", "SUVESTINĖ"])
    d.kv([("Pacientė:", "Rasa JANKAUSKIENĖ"), ("Gimimo data:", "1967-08-22"),
          ("Ligos istorija:", "Nr. 2025/0113"), ("Gydytoja:", "gyd. onkologė chemoterapeutė Aušra Petrauskienė")],
         cols=1, lw=110)
    d.para("Tyrimai prieš kiekvieną chemoterapijos ciklą. Normos nurodytos antraštėje; ↑ virš normos, ↓ žemiau normos.", 8.5)
    cols = [("Hemoglobinas", ["Haemoglobin"], "g/l", "120–150", 120.0, 150.0, None),
            ("Leukocitai", ["White blood cells"], "×10⁹/l", "4,0–9,0", 4.0, 9.0, None),
            ("Trombocitai", ["Platelets"], "×10⁹/l", "150–400", 150.0, 400.0, None),
            ("Kreatininas", ["Creatinine"], "µmol/l", "45–84", 45.0, 84.0, None)]
    data = [("2025-01-07", ["128", "6,8", "264", "68"]),
            ("2025-01-28", ["119 ↓", "4,2", "198", "72"]),
            ("2025-02-18", ["112 ↓", "3,1 ↓", "142 ↓", "79"]),
            ("2025-03-11", ["108 ↓", "3,6 ↓", "171", "88 ↑"])]
    hdr = ["Data"] + [f"{n} ({u}) N: {r}" for n, _a, u, r, *_ in cols]
    tab = []
    for iso, cells in data:
        tab.append([d.d(iso)] + cells)
        for (n, al, u, r, lo, hi, rt), cell in zip(cols, cells):
            v, f = _sp(cell)
            d.lab(n, v, u, lo, hi, rt, f or "normal", iso, al)
    d.table(hdr, tab, [1.3, 1.4, 1.4, 1.4, 1.4], size=8.4)
    d.para("Feritinas (2025-03-11) – tiriama, atsakymas bus pateiktas vėliau.", 9)
    d.no("labs", "Feritinas", "other", "pending")
    d.para("Kitas ciklas numatytas 2025-04-01, jei neutrofilai ≥ 1,5 ×10⁹/l.", 9)
    d.signature("Aušra Petrauskienė", "Gydytoja onkologė chemoterapeutė", hand=False)
    return d


# ---------------------------------------------------------------------------- 07 South Tyrol
@document
def d07():
    d = Doc(7, "south_tyrol_lab_bilingual", "Italy (South Tyrol)", "lab_result",
            "lab report (bilingual German/Italian test names, flag column)", "d.m.Y", lang="German/Italian", comma=True)
    d.letterhead("Krankenhaus Meran · Ospedale di Merano", [
        "Labor für Klinische Pathologie · Laboratorio di Patologia Clinica",
        "Rossinistraße 5 / Via Rossini 5, 39012 Meran / Merano (BZ), Italien / Italia"],
        right=["BEFUND · REFERTO", "Nr. 25-148833"], color=(0.5, 0.1, 0.2))
    d.kv([("Patient / Paziente:", "PICHLER Josef"), ("Geb. / Nato il:", "03.12.1949"),
          ("Station / Reparto:", "Innere Medizin / Medicina interna"), ("Entnahme / Prelievo:", "27.05.2025 06:30"),
          ("Anforderer / Richiedente:", "Dr. Verena Gruber"), ("St.-Nr. / Cod. fisc.:", "PCHJSF49T03F132K")],
         cols=1, lw=150)
    iso = "2025-05-27"
    rows = [
        ("Quick", ["Prothrombin time (Quick)", "Tempo di Quick"], "38", "%", "70 – 120", 70.0, 120.0, None, "L"),
        ("INR", ["INR"], "2,1", None, "0,8 – 1,2", 0.8, 1.2, None, "H"),
        ("aPTT", ["aPTT", "PTT"], "34", "s", "25 – 37", 25.0, 37.0, None, ""),
        ("GOT / AST", ["AST"], "58", "U/l", "< 35", None, 35.0, "< 35", "H"),
        ("GPT / ALT", ["ALT"], "71", "U/l", "< 35", None, 35.0, "< 35", "H"),
        ("Gamma-GT", ["GGT", "Gamma-glutamiltransferasi"], "142", "U/l", "< 38", None, 38.0, "< 38", "H"),
        ("Alkalische Phosphatase", ["Fosfatasi alcalina", "Alkaline phosphatase"], "118", "U/l", "35 – 104", 35.0,
         104.0, None, "H"),
        ("Bilirubin gesamt", ["Bilirubina totale", "Total bilirubin"], "1,4", "mg/dl", "0,3 – 1,2", 0.3, 1.2, None, "H"),
        ("Albumin", ["Albumina"], "3,4", "g/dl", "3,5 – 5,2", 3.5, 5.2, None, "L"),
        ("Cholinesterase", ["Colinesterasi"], "4.820", "U/l", "5.320 – 12.920", 5320.0, 12920.0, None, "L", 4820.0),
    ]
    it = {"Quick": "Tempo di Quick", "INR": "INR", "aPTT": "aPTT", "Fibrinogen": "Fibrinogeno", "GOT / AST": "GOT / AST",
          "GPT / ALT": "GPT / ALT", "Gamma-GT": "Gamma-GT", "Alkalische Phosphatase": "Fosfatasi alcalina",
          "Bilirubin gesamt": "Bilirubina totale", "Albumin": "Albumina", "Cholinesterase": "Colinesterasi",
          "Ammoniak": "Ammoniaca"}
    tab = labrows(d, rows, iso)
    tab = [[r[0] + (" / " + it[r[0]] if it[r[0]] != r[0] else ""), r[1], r[2] or "", r[3], r[4]] for r in tab]
    d.title("Gerinnung · Coagulazione  –  Klinische Chemie · Chimica clinica", 10.5)
    d.table(["Untersuchung / Esame", "Ergebnis / Risultato", "Einheit / Unità", "Referenz / Riferimento",
             "Flag"], tab, [3.4, 1.5, 1.2, 1.7, 0.6])
    d.para("H = erhöht / elevato   L = erniedrigt / basso.", 8)
    d.para("In Bearbeitung / In corso: Hepatitis-E-Serologie / Sierologia epatite E – Nachbefund folgt / "
           "referto successivo.", 8.5)
    d.no("labs", "Hepatitis-E-Serologie", "other", "pending")
    d.para("Validiert von / Validato da: Dr. Stefan Oberhofer, Facharzt für Labormedizin / specialista in medicina "
           "di laboratorio", 8)
    return d


# ---------------------------------------------------------------------------- 08 Åland
@document
def d08():
    d = Doc(8, "aland_referral_letter", "Åland Islands", "medical_record", "referral letter (handwritten addendum)",
            "j.n.Y", lang="Swedish", comma=True)
    d.letterhead("Ålands hälso- och sjukvård", [
        "Hälsocentralen Mariehamn, Doktorsvägen 1, AX-22100 Mariehamn, Åland",
        "Tfn +358 18 555 300   Fax +358 18 555 309"], right=["REMISS", "Gastroenterologi"])
    d.para("Till: Åbo universitetscentralsjukhus (ÅUCS)\nGastroenterologiska polikliniken\nPB 52, 20521 Åbo")
    d.para("Mariehamn " + d.d("2025-05-14"))
    d.para("Patient: Karin Eriksson, f. 3.9.1958, personbeteckning 030958-148T, Ålandsvägen 27, Mariehamn", font="B")
    d.para("Frågeställning: Utredning av järnbristanemi – gastroskopi och koloskopi önskas. Misstänkt celiaki "
           "eller ockult GI-blödning?")
    d.no("conditions", "celiaki", "other", "suspected")
    d.no("conditions", "ockult GI-blödning", "other", "suspected")
    d.para("Anamnes: 66-årig kvinna med sedan i vintras tilltagande trötthet och ansträngningsdyspné. Inga synliga "
           "blödningar, ingen viktnedgång. Hon står på Eliquis sedan 2022 för förmaksflimmer.")
    d.title("Diagnoser", 10)
    d.bullets(["Järnbristanemi, D50.9", "Typ 2-diabetes, E11.9", "Hypotyreos, E03.9",
               "Paroxysmalt förmaksflimmer, I48.0", "Tidigare: kolecystektomi 2009"])
    d.cond("Järnbristanemi", "active", "D50.9", ["iron deficiency anaemia"])
    d.cond("Typ 2-diabetes", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Hypotyreos", "active", "E03.9", ["hypothyroidism"])
    d.cond("Paroxysmalt förmaksflimmer", "active", "I48.0", ["paroxysmal atrial fibrillation"])
    d.no("conditions", "kolecystektomi", "historical", "past surgery")
    d.title("Aktuella läkemedel", 10)
    d.table(["Preparat", "Styrka", "Dosering", "Anm."], [
        ["Levaxin (levotyroxin)", "100 mikrog", "1 x 1", ""],
        ["Metformin", "500 mg", "1 x 2", ""],
        ["Eliquis (apixaban)", "5 mg", "1 x 2", ""],
        ["Duroferon (järn)", "100 mg", "1 x 2", "insatt " + d.d("2025-05-02")],
        ["Omeprazol", "20 mg", "1 x 1", "utsatt i mars 2025"]], [2.6, 1.3, 1.2, 2.4])
    d.med("levotyroxin", "Levaxin", "100", "mikrog", None, "1 x 1")
    d.med("Metformin", None, "500", "mg", None, "1 x 2")
    d.med("apixaban", "Eliquis", "5", "mg", None, "1 x 2")
    d.med("järn", "Duroferon", "100", "mg", None, "1 x 2", "new")
    d.med("Omeprazol", None, "20", "mg", None, "1 x 1", "stopped")
    d.no("medications", "Omeprazol", "stopped")
    d.title("Överkänslighet", 10)
    d.para("Sulfa (exantem). Björkpollen (rinit). Ingen överkänslighet mot latex.")
    d.alg("Sulfa", "exantem")
    d.alg("Björkpollen", "rinit")
    d.no("allergies", "latex", "negated")
    d.title("Status och prover", 10)
    d.para("Blodtryck 132/78 mmHg, puls 76/min oregelbunden, vikt 68 kg, längd 165 cm. Blek men opåverkad. "
           "Buk mjuk, oöm. Prover " + d.d("2025-05-06") + ": Hb 98 g/l, MCV 74 fl, ferritin 6 µg/l, TSH 2,1 mU/l.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("weight", "68", 68.0, None, "kg")
    d.vit("height", "165", 165.0, None, "cm")
    iso = "2025-05-06"
    d.lab("Hb", "98", "g/l", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("MCV", "74", "fl", None, None, None, None, iso)
    d.lab("ferritin", "6", "µg/l", None, None, None, None, iso, ["Ferritin"])
    d.lab("TSH", "2,1", "mU/l", None, None, None, None, iso)
    d.para("Hereditet: mor hade tjocktarmscancer vid 64 års ålder, syster har typ 1-diabetes.")
    d.no("conditions", "tjocktarmscancer", "family")
    d.no("conditions", "typ 1-diabetes", "family")
    d.para("Tacksam för bedömning och endoskopisk utredning. Eliquis bör pausas enligt er instruktion inför ingreppen.")
    d.para("Med vänlig hälsning")
    d.signature("Mikael Sundström", "Leg. läkare, specialist i allmänmedicin")
    d.hand_line("Tillägg " + d.d("2025-05-16") + ":", "F-Hb (iFOBT) 145 µg/g - positivt", 10.5)
    d.lab("F-Hb (iFOBT)", "145", "µg/g", None, None, None, None, "2025-05-16", ["Faecal haemoglobin", "FIT"])
    return d


# ---------------------------------------------------------------------------- 09 Bosnia and Herzegovina
@document
def d09():
    d = Doc(9, "bosnia_cardiology_letter", "Bosnia and Herzegovina", "medical_record",
            "specialist finding and opinion (cardiology)", "d.m.Y.", lang="Bosnian", comma=True)
    d.letterhead("JU Opća bolnica Travnik", [
        "Internistička služba – Kardiološka ambulanta", "Kalibunar bb, 72270 Travnik, Bosna i Hercegovina   "
        "Tel. +387 30 555 120"], right=["NALAZ I MIŠLJENJE", "SPECIJALISTE"], font="SB", color=(0.1, 0.1, 0.35))
    d.kv([("Pacijent:", "Hasan Mujić"), ("Datum rođenja:", "12.07.1958."), ("JMBG:", "1207958170011"),
          ("Datum pregleda:", d.d("2025-03-18")), ("Uputio:", "dr. Amra Begić, porodična medicina"),
          ("Broj protokola:", "K-2025/0688")])
    d.title("Anamneza", 10)
    d.para("Pacijent dolazi na kontrolu hronične srčane slabosti. Dispneja pri umjerenom naporu (NYHA II), bez "
           "ortopneje. Negira bol u grudima i sinkope. Ne boluje od HOBP. Otac: nagla srčana smrt u 52. godini.")
    d.no("conditions", "HOBP", "negated")
    d.no("conditions", "nagla srčana smrt", "family")
    d.para("Alergije: jodni kontrastni mediji (urtikarija), penicilin (otok lica).")
    d.alg("jodni kontrastni mediji", "urtikarija")
    d.alg("penicilin", "otok lica")
    d.title("Status", 10)
    d.para("TA 125/80 mmHg, puls 72/min, aritmičan, SpO2 96 %, TT 84 kg. Pretibijalno diskretni edemi. "
           "Ehokardiografija: dilatirana LK, EF 30 %, umjerena mitralna regurgitacija.")
    d.vit("blood_pressure", "125/80", 125.0, 80.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "84", 84.0, None, "kg")
    d.para("Laboratorija od " + d.d("2025-03-10") + ": NT-proBNP 2150 pg/ml, kreatinin 112 µmol/l, kalij 5,1 mmol/l, "
           "HbA1c 7,4 %.")
    iso = "2025-03-10"
    d.lab("NT-proBNP", "2150", "pg/ml", None, None, None, None, iso)
    d.lab("kreatinin", "112", "µmol/l", None, None, None, None, iso, ["Creatinine"])
    d.lab("kalij", "5,1", "mmol/l", None, None, None, None, iso, ["Potassium"])
    d.lab("HbA1c", "7,4", "%", None, None, None, None, iso)
    d.title("Dijagnoze", 10)
    d.table(["Dijagnoza", "MKB-10"], [
        ["Hronična srčana slabost sa sniženom ejekcionom frakcijom", "I50.2"],
        ["Arterijska hipertenzija", "I10"],
        ["Permanentna fibrilacija atrija", "I48.2"],
        ["Šećerna bolest tip 2", "E11.9"],
        ["Stanje nakon holecistektomije (2015.)", "Z90.4"]], [5, 1])
    d.cond("Hronična srčana slabost sa sniženom ejekcionom frakcijom", "active", "I50.2", ["heart failure with reduced ejection fraction"])
    d.cond("Arterijska hipertenzija", "active", "I10", ["hypertension"])
    d.cond("Permanentna fibrilacija atrija", "active", "I48.2", ["permanent atrial fibrillation"])
    d.cond("Šećerna bolest tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.no("conditions", "holecistektomije", "historical", "past surgery")
    d.title("Preporučena terapija", 10)
    d.table(["Lijek", "Doza", "Način uzimanja", "Napomena"], [
        ["Entresto (sakubitril/valsartan)", "49/51 mg", "2x1 tbl.", "NOVO – početi 36 h nakon zadnje doze ramiprila"],
        ["Concor (bisoprolol)", "5 mg", "1x1 tbl. ujutro", "nastaviti"],
        ["Furosemid", "40 mg", "1x1 tbl. ujutro", "nastaviti"],
        ["Verospiron (spironolakton)", "25 mg", "1x1 tbl.", "nastaviti"],
        ["Eliquis (apiksaban)", "5 mg", "2x1 tbl.", "nastaviti"],
        ["Forxiga (dapagliflozin)", "10 mg", "1x1 tbl.", "NOVO"],
        ["Ramipril", "5 mg", "1x1 tbl.", "UKINUTI"]], [2.8, 1.1, 1.5, 3])
    d.med("sakubitril/valsartan", "Entresto", "49/51", "mg", None, "2x1", "new")
    d.med("bisoprolol", "Concor", "5", "mg", None, "1x1", "active")
    d.med("Furosemid", None, "40", "mg", None, "1x1", "active")
    d.med("spironolakton", "Verospiron", "25", "mg", None, "1x1", "active")
    d.med("apiksaban", "Eliquis", "5", "mg", None, "2x1", "active")
    d.med("dapagliflozin", "Forxiga", "10", "mg", None, "1x1", "new")
    d.med("Ramipril", None, "5", "mg", None, "1x1", "stopped")
    d.no("medications", "Ramipril", "stopped")
    d.para("Ukoliko frekvencija u miru ostane iznad 70/min, razmotriti uvođenje ivabradina. Kontrola kalija i "
           "kreatinina za 2 sedmice. Kontrolni pregled za 3 mjeseca.")
    d.no("medications", "ivabradin", "planned")
    d.signature("Prim. dr. Edin Hadžić", "specijalista interne medicine – kardiolog", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Svalbard
@document
def d10():
    d = Doc(10, "svalbard_visitor_discharge_letter", "Svalbard", "medical_record",
            "discharge letter for a visiting patient (handwritten addendum)", "d.m.Y", lang="Norwegian", comma=True)
    d.letterhead("Longyearbyen sykehus", [
        "Universitetssykehuset Nord-Norge HF, Postboks 30, 9171 Longyearbyen, Svalbard",
        "Sentralbord +47 79 02 42 00"], right=["EPIKRISE", "Tilreisende pasient"], color=(0.0, 0.25, 0.45))
    d.para("Til: Fastlege Ingrid Hansen, Storgata 88 legesenter, 9008 Tromsø\nKopi: pasienten")
    d.kv([("Pasient:", "Ole Martin Berg"), ("Født:", "02.04.1971"), ("Innlagt:", d.d("2025-09-10")),
          ("Utskrevet:", d.d("2025-09-13"))])
    d.para("Pasienten er på besøk i Longyearbyen og ble innlagt med feber, hoste og tungpust. Røntgen thorax viste "
           "infiltrat i høyre underlapp. Han fikk Benzylpenicillin 1,2 g x 4 i.v. i to døgn og oksygen på "
           "nesekateter første døgn, med god effekt. Overgikk til peroral behandling " + d.d("2025-09-12") + ".")
    d.no("medications", "Benzylpenicillin", "other", "given on the ward")
    d.no("medications", "oksygen", "other", "given on the ward")
    d.title("Diagnoser", 10)
    d.bullets(["Samfunnservervet pneumoni, høyre underlapp (J18.9)", "Astma (J45.9)", "Hypotyreose (E03.9)",
               "Tidligere spontan pneumotoraks 1995, ingen residiv"])
    d.cond("Samfunnservervet pneumoni", "active", "J18.9", ["community-acquired pneumonia"])
    d.cond("Astma", "active", "J45.9", ["asthma"])
    d.cond("Hypotyreose", "active", "E03.9", ["hypothyroidism"])
    d.no("conditions", "pneumotoraks", "historical")
    d.title("Allergier", 10)
    d.para("Peanøtter – anafylaksi (bruker EpiPen). Ikke allergisk mot penicillin; tålte behandlingen godt.")
    d.alg("Peanøtter", "anafylaksi")
    d.no("allergies", "penicillin", "negated")
    d.title("Prøvesvar", 10)
    d.para("CRP 148 mg/L ved innleggelse (" + d.d("2025-09-10") + "), 42 mg/L ved utskrivning (" + d.d("2025-09-13") +
           "). Leukocytter 14,2 x10^9/L ved innleggelse.")
    d.lab("CRP", "148", "mg/L", None, None, None, None, "2025-09-10")
    d.lab("CRP", "42", "mg/L", None, None, None, None, "2025-09-13")
    d.lab("Leukocytter", "14,2", "x10^9/L", None, None, None, None, "2025-09-10", ["White blood cells"])
    d.title("Status ved utskrivning", 10)
    d.para("BT 128/76 mmHg, puls 78/min, temp 37,1 °C, SpO2 95 % på romluft, respirasjonsfrekvens 16/min.")
    d.vit("blood_pressure", "128/76", 128.0, 76.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("temperature", "37,1", 37.1, None, "°C")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.title("Medisiner ved utskrivning", 10)
    d.table(["Legemiddel", "Dose", "Dosering", "Merknad"], [
        ["Apocillin (fenoksymetylpenicillin)", "1 g", "x 4 p.o.", "ny – t.o.m. " + d.d("2025-09-18")],
        ["Symbicort Turbuhaler (budesonid/formoterol)", "160/4,5 µg", "2 inh. x 2", "uendret"],
        ["Ventoline (salbutamol)", "0,1 mg/dose", "1–2 inh. ved behov", "uendret"],
        ["Levaxin (levotyroksin)", "75 µg", "x 1", "uendret"],
        ["EpiPen (adrenalin)", "0,3 mg", "i.m. ved behov", "uendret"]], [3.2, 1.2, 1.6, 2])
    d.med("fenoksymetylpenicillin", "Apocillin", "1", "g", "p.o.", "x 4", "new")
    d.med("budesonid/formoterol", "Symbicort", "160/4,5", "µg", None, "2 inh. x 2")
    d.med("salbutamol", "Ventoline", "0,1", "mg", None, "ved behov")
    d.med("levotyroksin", "Levaxin", "75", "µg", None, "x 1")
    d.med("adrenalin", "EpiPen", "0,3", "mg", "i.m.", "ved behov")
    d.para("Familieanamnese: mor har KOLS. Røyker ikke.")
    d.no("conditions", "KOLS", "family")
    d.title("Videre plan", 10)
    d.para("Kontroll hos fastlege om 1 uke og røntgen thorax om 6 uker. Pneumokokkvaksine og årlig influensavaksine "
           "anbefales – ikke gitt her.")
    d.no("immunizations", "Pneumokokkvaksine", "due")
    d.no("immunizations", "influensavaksine", "due")
    d.signature("Anders Lie", "Lege i spesialisering, indremedisin")
    d.hand_line("Tillegg:", "blodkulturer negative (svar " + d.d("2025-09-12") + ")", 10.5)
    d.lab("blodkulturer", "negative", None, None, None, None, None, "2025-09-12", ["Blood culture"], num=None)
    return d


# ---------------------------------------------------------------------------- 11 Hawaii
@document
def d11():
    d = Doc(11, "hawaii_nephrology_letter", "United States (Hawaii)", "medical_record",
            "specialist consultation letter (nephrology, two-date lab table)", "m/d/Y", size=letter)
    d.letterhead("Kaiāulu Kidney Care", [
        "Nephrology & Hypertension", "1380 Lusitana St, Suite 704, Honolulu, HI 96813   Tel (808) 555-0147   "
        "Fax (808) 555-0148"], color=(0.0, 0.35, 0.35))
    d.para(d.d("2025-04-22"))
    d.para("Leilani Kahale, MD\nWaipahu Family Medicine\n94-239 Waipahu Depot St, Waipahu, HI 96797")
    d.para("RE: Dennis Nakamura   DOB 08/14/1954   MRN 7730-1182", font="B")
    d.para("Dear Dr. Kahale,")
    d.para("Thank you for asking me to see Mr. Nakamura in follow-up for progressive chronic kidney disease. He reports "
           "ankle swelling in the evenings and occasional cramps. He has been taking over-the-counter ibuprofen for "
           "knee pain several times a week. Renal ultrasound on 03/28/2025 showed small echogenic kidneys and no "
           "hydronephrosis. He had a kidney stone in 2008 that passed spontaneously. His mother required dialysis "
           "for polycystic kidney disease.")
    d.no("conditions", "hydronephrosis", "negated")
    d.no("conditions", "kidney stone", "historical")
    d.no("conditions", "polycystic kidney disease", "family")
    d.para("Allergies: sulfa antibiotics (rash); shellfish (hives).")
    d.alg("sulfa antibiotics", "rash")
    d.alg("shellfish", "hives")
    d.para("Exam: BP 152/88 mmHg, HR 76 bpm, weight 198 lb. 1+ pitting edema to mid-shin bilaterally.")
    d.vit("blood_pressure", "152/88", 152.0, 88.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "bpm")
    d.vit("weight", "198", 198.0, None, "lb")
    d.title("Laboratory results", 10.5)
    dates = ["2025-01-15", "2025-04-15"]
    rows = [
        ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["2.41 H", "2.78 H"]),
        ("eGFR (CKD-EPI 2021)", ["eGFR"], "mL/min/1.73m2", ">=60", 60.0, None, ">=60", ["28 L", "24 L"]),
        ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["5.4 H", "5.8 H"]),
        ("Hemoglobin", [], "g/dL", "13.5-17.5", 13.5, 17.5, None, ["10.8 L", "10.1 L"]),
        ("Urine albumin/creatinine ratio", ["UACR"], "mg/g", "<30", None, 30.0, "<30", ["820 H", "1,140 H"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test] + cells + [unit, ref])
        for iso, cell in zip(dates, cells):
            if cell == "—":
                continue
            v, f = _sp(cell)
            num = float(v.replace(",", ""))
            d.lab(test, v, unit, lo, hi, rt, FLAGMAP[f] if False else ({"H": "high", "L": "low"}.get(cell.split()[-1], "normal")),
                  iso, al, num=num)
    d.table(["Test", d.d(dates[0]), d.d(dates[1]), "Units", "Reference"], tab, [3, 1.3, 1.3, 1.4, 1.2], size=8.5)
    d.title("Assessment", 10.5)
    d.bullets(["Chronic kidney disease stage 4 (N18.4), most consistent with diabetic nephropathy; eGFR declining.",
               "Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22).",
               "Hypertension (I10), above goal.", "Hyperkalemia (E87.5).", "Anemia in chronic kidney disease (D63.1).",
               "Gout (M10.9), no flare since 2023."])
    d.cond("Chronic kidney disease stage 4", "active", "N18.4", ["CKD stage 4"])
    d.cond("Type 2 diabetes mellitus with diabetic chronic kidney disease", "active", "E11.22")
    d.cond("Hypertension", "active", "I10")
    d.cond("Hyperkalemia", "active", "E87.5")
    d.cond("Anemia in chronic kidney disease", "active", "D63.1")
    d.cond("Gout", "active", "M10.9")
    d.title("Medication recommendations", 10.5)
    d.table(["Medication", "Instructions", "Change"], [
        ["Amlodipine 10 mg tablet", "10 mg by mouth daily", "continue"],
        ["Furosemide 40 mg tablet", "40 mg by mouth twice daily", "increased from once daily"],
        ["Insulin glargine (Lantus SoloStar) 100 units/mL", "22 units subcutaneously at bedtime", "continue"],
        ["Allopurinol 100 mg tablet", "100 mg by mouth daily", "reduced from 300 mg"],
        ["Sodium bicarbonate 650 mg tablet", "650 mg by mouth twice daily", "new"],
        ["Patiromer (Veltassa) 8.4 g packet", "8.4 g by mouth daily with food", "new"],
        ["Losartan 100 mg tablet", "hold until potassium < 5.0 mmol/L", "on hold"],
        ["Ibuprofen (OTC)", "stop - avoid all NSAIDs", "stopped"]], [3.2, 3.2, 2])
    d.med("Amlodipine", None, "10", "mg", "by mouth", "daily")
    d.med("Furosemide", None, "40", "mg", "by mouth", "twice daily", "changed")
    d.med("Insulin glargine", "Lantus SoloStar", "22", "units", "subcutaneously", "at bedtime")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily", "changed")
    d.med("Sodium bicarbonate", None, "650", "mg", "by mouth", "twice daily", "new")
    d.med("Patiromer", "Veltassa", "8.4", "g", "by mouth", "daily", "new")
    d.med("Losartan", None, "100", "mg", None, None, "held")
    d.med("Ibuprofen", None, None, None, None, None, "stopped")
    d.no("medications", "Losartan", "stopped", "held")
    d.no("medications", "Ibuprofen", "stopped")
    d.title("Plan", 10.5)
    d.bullets(["Repeat BMP in 1 week after the losartan hold and patiromer start.",
               "If hemoglobin falls below 10 g/dL, will start epoetin alfa after iron studies.",
               "Hepatitis B vaccine series recommended in anticipation of dialysis - please administer at your office.",
               "Referral for kidney replacement therapy education; return to clinic in 8 weeks."])
    d.no("medications", "epoetin alfa", "planned")
    d.no("immunizations", "Hepatitis B vaccine", "due")
    d.para("Sincerely,")
    d.signature("Keoni Alapaʻi, MD", "Nephrology, Kaiāulu Kidney Care", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Montana
@document
def d12():
    d = Doc(12, "montana_pulmonology_referral", "United States (Montana)", "medical_record",
            "referral letter (pulmonology)", "m/d/Y", size=letter)
    d.letterhead("Big Sky Family Medicine", ["2240 Grand Ave, Billings, MT 59102", "Phone (406) 555-0133   "
                 "Fax (406) 555-0134   NPI 1457390021"], font="SB", color=(0.25, 0.2, 0.05))
    d.kv([("Date:", d.d("2025-02-11")), ("To:", "Yellowstone Pulmonary & Sleep"),
          ("Patient:", "Wade T. Hollister"), ("DOB:", "05/30/1968"), ("Urgency:", "Routine - within 4 weeks"),
          ("Insurance:", "BCBS Montana")])
    d.title("Reason for referral", 10.5)
    d.para("55-year-old rancher with 5 months of dry cough and exertional dyspnea despite step-up asthma therapy. "
           "CT chest 01/29/2025 shows patchy ground-glass opacities in the upper lobes. I am concerned about "
           "hypersensitivity pneumonitis (moldy hay exposure). He denies hemoptysis, fever or weight loss. "
           "Never smoker.")
    d.no("conditions", "hypersensitivity pneumonitis", "other", "suspected")
    d.no("conditions", "hemoptysis", "negated")
    d.title("Past medical history", 10.5)
    d.table(["Problem", "Status"], [
        ["Asthma, moderate persistent (J45.40)", "active"],
        ["Gastroesophageal reflux disease (K21.9)", "active"],
        ["Obstructive sleep apnea on CPAP (G47.33)", "active"],
        ["Obesity (E66.9)", "active"],
        ["Community-acquired pneumonia, 2019", "resolved"]], [5, 1.5], grid=False)
    d.cond("Asthma, moderate persistent", "active", "J45.40", ["asthma"])
    d.cond("Gastroesophageal reflux disease", "active", "K21.9", ["GERD"])
    d.cond("Obstructive sleep apnea", "active", "G47.33", ["OSA"])
    d.cond("Obesity", "active", "E66.9")
    d.no("conditions", "Community-acquired pneumonia", "historical", "resolved")
    d.para("Family history: brother with sarcoidosis. No family history of asthma.")
    d.no("conditions", "sarcoidosis", "family")
    d.title("Current medications", 10.5)
    d.bullets(["Advair Diskus (fluticasone/salmeterol) 250/50 mcg, 1 inhalation twice daily",
               "Albuterol HFA 90 mcg, 2 puffs every 4 hours as needed",
               "Montelukast 10 mg by mouth at bedtime", "Pantoprazole 40 mg by mouth daily",
               "Prednisone 40 mg daily, 10-day course completed 01/28/2025"])
    d.med("fluticasone/salmeterol", "Advair Diskus", "250/50", "mcg", None, "twice daily")
    d.med("Albuterol", None, "90", "mcg", None, "every 4 hours as needed")
    d.med("Montelukast", None, "10", "mg", "by mouth", "at bedtime")
    d.med("Pantoprazole", None, "40", "mg", "by mouth", "daily")
    d.med("Prednisone", None, "40", "mg", None, "daily", "completed")
    d.no("medications", "Prednisone", "stopped", "course completed")
    d.para("Allergies: aspirin (bronchospasm); cat dander (rhinitis).")
    d.alg("aspirin", "bronchospasm")
    d.alg("cat dander", "rhinitis")
    d.title("Exam and data", 10.5)
    d.para("BP 136/84, HR 92, SpO2 92% on room air, weight 241 lb, height 73 in. Fine late "
           "inspiratory crackles at both apices. Spirometry 02/04/2025: FEV1/FVC 0.74, FEV1 71% predicted.")
    d.vit("blood_pressure", "136/84", 136.0, 84.0, None)
    d.vit("heart_rate", "92", 92.0, None, None)
    d.vit("oxygen_saturation", "92", 92.0, None, "%")
    d.vit("weight", "241", 241.0, None, "lb")
    d.vit("height", "73", 73.0, None, "in")
    d.table(["Lab (01/30/2025)", "Result", "Reference", "Flag"], [
        ["Eosinophils, absolute", "620 cells/µL", "0-500", "H"],
        ["IgE, total", "410 IU/mL", "<100", "H"]], [3, 1.6, 1.4, 0.8])
    d.lab("Eosinophils, absolute", "620", "cells/µL", 0.0, 500.0, None, "high", "2025-01-30", ["Eosinophils"])
    d.lab("IgE, total", "410", "IU/mL", None, 100.0, "<100", "high", "2025-01-30", ["Total IgE"])
    d.para("Immunizations: influenza vaccine 10/08/2024; COVID-19 vaccine (2024-2025 formula) 10/08/2024. "
           "PCV20 not yet received - due, I will offer it at his next visit.")
    d.imm("influenza vaccine", "2024-10-08", None, None, None, amb=_amb(d.style, "2024-10-08"))
    d.imm("COVID-19 vaccine (2024-2025 formula)", "2024-10-08", None, None, None, amb=_amb(d.style, "2024-10-08"))
    d.no("immunizations", "PCV20", "due")
    d.para("Questions: Is this hypersensitivity pneumonitis versus eosinophilic asthma? Would he benefit from a "
           "biologic such as dupilumab? Thank you for seeing him.")
    d.no("medications", "dupilumab", "planned", "question to specialist")
    d.signature("Carla M. Jensen, DO", "Family Medicine", hand=False)
    return d


# ---------------------------------------------------------------------------- 13 Réunion
@document
def d13():
    d = Doc(13, "reunion_discharge_summary", "Réunion", "discharge_summary",
            "hospital discharge report (3 pages, entry/exit lab table, patient leaflet)", "d/m/Y",
            lang="French", comma=True)
    d.letterhead("Centre Hospitalier Ouest Réunion", [
        "Service de Médecine Polyvalente – Pr. A. Grondin", "Route du Grand Pourpier, 97460 Saint-Paul, La Réunion   "
        "Tél. 02 62 55 40 00   Secrétariat 02 62 55 41 18"], right=["COMPTE RENDU", "D'HOSPITALISATION"],
        font="SB", color=(0.05, 0.3, 0.25))
    d.run_header = "CH Ouest Réunion – M. HOARAU Jean-Claude, né le 17/06/1963 – CRH du " + d.d("2025-02-12")
    d.para("Saint-Paul, le " + d.d("2025-02-12") + "\nDr Sandrine Payet, médecin traitant, 12 rue du Lagon, 97436 Saint-Leu")
    d.kv([("Patient :", "M. HOARAU Jean-Claude"), ("Né le :", "17/06/1963"), ("Entrée :", d.d("2025-02-03")),
          ("Sortie :", d.d("2025-02-12")), ("IPP :", "974 220 318"), ("Médecin :", "Dr Mélanie Técher")], lw=70)
    d.title("Motif d'hospitalisation", 10.5)
    d.para("Fièvre à 39,5 °C, myalgies diffuses et ictère apparus quatre jours après une partie de pêche en rivière "
           "(Rivière des Galets), chez un patient diabétique de type 2.")
    d.title("Antécédents", 10.5)
    d.para("Médicaux : hypertension artérielle depuis 2010 ; diabète de type 2 non insulinotraité ; goutte "
           "(dernière crise en 2023) ; tuberculose pulmonaire traitée en 1998, guérie.")
    d.para("Chirurgicaux : cholécystectomie en 2012.")
    d.para("Familiaux : père décédé d'une cardiopathie ischémique ; frère suivi pour insuffisance rénale chronique "
           "dialysée.")
    d.no("conditions", "tuberculose pulmonaire", "historical", "treated, cured")
    d.no("conditions", "cholécystectomie", "historical", "past surgery")
    d.no("conditions", "cardiopathie ischémique", "family")
    d.no("conditions", "insuffisance rénale chronique", "family")
    d.para("Allergies : iode (œdème de Quincke en 2016). Pas d'allergie connue aux bêta-lactamines.")
    d.alg("iode", "œdème de Quincke")
    d.no("allergies", "bêta-lactamines", "negated")
    d.para("Traitement habituel à l'entrée : metformine 1000 mg matin et soir, ramipril 10 mg le matin, allopurinol "
           "200 mg le soir, atorvastatine 20 mg le soir.")
    d.title("Histoire de la maladie et examen d'entrée", 10.5)
    d.para("Le patient consulte aux urgences le " + d.d("2025-02-03") + " pour une fièvre évoluant depuis 72 heures, "
           "associée à des myalgies intenses des mollets, des céphalées et des urines foncées. À l'entrée : "
           "température 39,4 °C, pression artérielle 98/60 mmHg, fréquence cardiaque 112/min, SpO2 94 % en air "
           "ambiant. Ictère cutanéo-muqueux franc, hémorragie conjonctivale bilatérale, hépatomégalie sensible. "
           "Pas de signe méningé. Auscultation pulmonaire : quelques crépitants des bases, sans hémoptysie.")
    d.para("La radiographie thoracique montre un discret infiltrat interstitiel bilatéral. Le scanner thoracique "
           "réalisé le " + d.d("2025-02-04") + " ne retrouve pas d'hémorragie intra-alvéolaire. L'échographie "
           "rénale montre des reins de taille normale, sans dilatation des cavités pyélocalicielles.")
    d.no("conditions", "hémorragie intra-alvéolaire", "negated")
    d.title("Biologie", 10.5)
    dates = ["2025-02-03", "2025-02-11"]
    U, D = "↑", "↓"
    rows = [
        ("Créatinine", ["Creatinine"], "µmol/L", "59 – 104", 59.0, 104.0, None, ["412 " + U, "118 " + U]),
        ("Hémoglobine", ["Haemoglobin"], "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ["12,1 " + D, "10,9 " + D]),
        ("Plaquettes", ["Platelets"], "G/L", "150 – 400", 150.0, 400.0, None, ["48 " + D, "212"]),
        ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["286 " + U, "24 " + U]),
        ("Bilirubine totale", ["Total bilirubin"], "µmol/L", "< 21", None, 21.0, "< 21", ["98 " + U, "32 " + U]),
        ("ALAT", ["ALT"], "UI/L", "< 40", None, 40.0, "< 40", ["86 " + U, "52 " + U]),
        ("CPK", ["Creatine kinase"], "UI/L", "< 190", None, 190.0, "< 190", ["3 450 " + U, "210 " + U]),
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
        ["PCR Leptospira (sang)", "Positif", "Négatif"],
        ["Antigène NS1 dengue", "Négatif", "Négatif"]], [3.5, 2, 2])
    d.lab("PCR Leptospira (sang)", "Positif", None, None, None, "Négatif", "abnormal", dates[0], ["Leptospira PCR"], num=None)
    d.lab("Antigène NS1 dengue", "Négatif", None, None, None, "Négatif", "normal", dates[0], ["Dengue NS1 antigen"], num=None)
    d.title("Évolution", 10.5)
    d.para("Une antibiothérapie par ceftriaxone 1 g/j IV a été administrée pendant 7 jours, associée à une "
           "hydratation IV par sérum physiologique. L'évolution a été favorable : apyrexie dès J3, reprise d'une "
           "diurèse satisfaisante sans recours à l'hémodialyse, régression progressive de l'ictère. La "
           "metformine a été suspendue dès l'entrée en raison de l'insuffisance rénale aiguë ; le ramipril a été "
           "arrêté et remplacé par l'amlodipine. La posologie de l'allopurinol a été réduite à 100 mg/j. "
           "Relais per os par amoxicilline pour compléter 10 jours d'antibiothérapie.")
    d.no("medications", "ceftriaxone", "other", "given on the ward")
    d.no("medications", "sérum physiologique", "other", "IV fluids on the ward")
    d.title("Diagnostics de sortie", 10.5)
    d.bullets(["Leptospirose ictéro-hémorragique (A27.0), confirmée par PCR",
               "Insuffisance rénale aiguë (N17.9), en voie de résolution",
               "Hypertension artérielle (I10)", "Diabète de type 2 (E11.9)", "Goutte (M10.9)"])
    d.cond("Leptospirose ictéro-hémorragique", "active", "A27.0", ["leptospirosis"])
    d.cond("Insuffisance rénale aiguë", "active", "N17.9", ["acute kidney injury"])
    d.cond("Hypertension artérielle", "active", "I10", ["hypertension"])
    d.cond("Diabète de type 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Goutte", "active", "M10.9", ["gout"])
    d.title("Examen de sortie", 10.5)
    d.para("PA 132/78 mmHg, FC 74/min, température 36,8 °C, SpO2 98 % en air ambiant, poids 81 kg.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, "/min")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "81", 81.0, None, "kg")
    d.title("Traitement de sortie", 10.5)
    d.table(["Médicament", "Posologie", "Statut"], [
        ["Amoxicilline 1 g comprimé", "1 cp matin, midi et soir jusqu'au " + d.d("2025-02-15"), "nouveau"],
        ["Amlodipine 5 mg", "1 cp le matin", "nouveau"],
        ["Allopurinol 100 mg", "1 cp le soir", "modifié (200 → 100 mg)"],
        ["Atorvastatine 20 mg", "1 cp le soir", "poursuivi"],
        ["Metformine 1000 mg", "suspendue jusqu'au contrôle de la créatinine", "suspendu"],
        ["Ramipril 10 mg", "arrêté", "arrêté"]], [2.6, 3.4, 1.8])
    d.med("Amoxicilline", None, "1", "g", None, "matin, midi et soir", "new")
    d.med("Amlodipine", None, "5", "mg", None, "le matin", "new")
    d.med("Allopurinol", None, "100", "mg", None, "le soir", "changed")
    d.med("Atorvastatine", None, "20", "mg", None, "le soir", "active")
    d.med("Metformine", None, "1000", "mg", None, None, "held")
    d.med("Ramipril", None, "10", "mg", None, None, "stopped")
    d.no("medications", "Metformine", "stopped", "held")
    d.no("medications", "Ramipril", "stopped")
    d.title("Suivi", 10.5)
    d.para("Contrôle créatinine, NFS et bilan hépatique dans 7 jours au laboratoire de ville. Reprise de la metformine "
           "à discuter si le DFG est supérieur à 45 mL/min. Consultation de néphrologie dans un mois (Dr Fontaine).")
    d.signature("Dr Mélanie Técher", "Praticien hospitalier, Médecine Polyvalente", hand=False)
    d.newpage()
    d.title("INFORMATIONS AU PATIENT – LA LEPTOSPIROSE", 11)
    d.para("La leptospirose est une maladie transmise par l'urine des rats et d'autres animaux, présente dans l'eau "
           "douce et la boue. Pour vous protéger : portez des bottes et des gants lors des travaux dans la boue ou "
           "au jardin, évitez la baignade en eau douce après de fortes pluies, couvrez toute plaie.")
    d.para("En cas de fièvre dans les semaines qui viennent, consultez rapidement : à La Réunion, pensez aussi à la "
           "dengue et au chikungunya, qui donnent des symptômes proches.")
    d.no("conditions", "dengue", "leaflet")
    d.no("conditions", "chikungunya", "leaflet")
    d.para("Un vaccin contre la leptospirose existe pour certaines professions exposées (égoutiers, agriculteurs) ; "
           "il n'est pas indiqué dans votre cas.")
    d.no("immunizations", "vaccin contre la leptospirose", "other", "not indicated")
    d.para("Buvez suffisamment (1,5 L par jour) et évitez les anti-inflammatoires (ibuprofène, kétoprofène) "
           "sans avis médical tant que la fonction rénale n'est pas normalisée.", 9.5)
    d.no("medications", "ibuprofène", "leaflet")
    return d


# ---------------------------------------------------------------------------- 14 Cuba
@document
def d14():
    d = Doc(14, "cuba_hospital_discharge", "Cuba", "discharge_summary",
            "hospital discharge sheet (handwritten additions)", "d/m/Y", lang="Spanish", comma=True)
    d.letterhead("Hospital Provincial Clínico-Quirúrgico «Camilo Cienfuegos»", [
        "Servicio de Cardiología – Sala 4B", "Calle Bartolomé Masó No. 128, Sancti Spíritus, Cuba   Tel. (41) 55 2740"],
        font="SB", color=(0.3, 0.05, 0.05))
    d.title("HOJA DE EGRESO HOSPITALARIO", 12, "B", "c")
    d.table(None, [
        ["Paciente:", "Rafael Ernesto Pérez Companioni", "HC:", "448812"],
        ["Edad:", "67 años", "Sexo:", "M"],
        ["Ingreso:", d.d("2025-07-02"), "Egreso:", d.d("2025-07-08")],
        ["Médico de asistencia:", "Dra. Yanet Rodríguez Marín", "Consultorio:", "No. 17, Policlínico Norte"]],
        [1.6, 3, 1.2, 2.2], size=8.6)
    d.title("Antecedentes", 10.5)
    d.para("APP: Hipertensión arterial hace 15 años. Diabetes mellitus tipo 2 hace 8 años. Dislipidemia. Exfumador "
           "desde 2020. Niega asma bronquial. Apendicectomía a los 20 años.")
    d.para("APF: Padre con enfermedad cerebrovascular.")
    d.para("Alergias medicamentosas: Penicilina (rash cutáneo).")
    d.no("conditions", "asma bronquial", "negated")
    d.no("conditions", "Apendicectomía", "historical", "past surgery")
    d.no("conditions", "enfermedad cerebrovascular", "family")
    d.alg("Penicilina", "rash cutáneo")
    d.title("Resumen de la evolución", 10.5)
    d.para("Ingresa por dolor precordial opresivo en reposo de 20 minutos de duración. ECG con infradesnivel del ST de "
           "1 mm en V4-V6. Troponinas I seriadas negativas, por lo que se descartó infarto agudo de miocardio. "
           "Recibió en sala heparina sódica 5 000 UI SC c/12 h y morfina 3 mg IV en una ocasión. Evolución "
           "favorable, sin nuevos episodios de dolor desde el 04/07.")
    d.no("conditions", "infarto agudo de miocardio", "negated", "ruled out")
    d.no("medications", "heparina sódica", "other", "given on the ward")
    d.no("medications", "morfina", "other", "single dose on the ward")
    d.para("Complementarios (" + d.d("2025-07-03") + "): Hb 128 g/L, glicemia 8,4 mmol/L, colesterol total 6,2 mmol/L, "
           "creatinina 98 µmol/L, troponina I negativa (x2).")
    iso = "2025-07-03"
    d.lab("Hb", "128", "g/L", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("glicemia", "8,4", "mmol/L", None, None, None, None, iso, ["Glucose"])
    d.lab("colesterol total", "6,2", "mmol/L", None, None, None, None, iso, ["Total cholesterol"])
    d.lab("creatinina", "98", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.lab("troponina I", "negativa", None, None, None, None, None, iso, ["Troponin I"], num=None)
    d.title("Diagnósticos al egreso", 10.5)
    d.bullets(["Angina inestable (I20.0)", "Hipertensión arterial (I10)", "Diabetes mellitus tipo 2 (E11.9)",
               "Dislipidemia (E78.5)"])
    d.cond("Angina inestable", "active", "I20.0", ["unstable angina"])
    d.cond("Hipertensión arterial", "active", "I10", ["hypertension"])
    d.cond("Diabetes mellitus tipo 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Dislipidemia", "active", "E78.5", ["dyslipidaemia"])
    d.para("Signos vitales al egreso: TA 130/80 mmHg, FC 68 lpm, FR 16 rpm, temperatura 36,5 °C.")
    d.vit("blood_pressure", "130/80", 130.0, 80.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "lpm")
    d.vit("respiratory_rate", "16", 16.0, None, "rpm")
    d.vit("temperature", "36,5", 36.5, None, "°C")
    d.title("Tratamiento al egreso", 10.5)
    d.table(["Medicamento", "Dosis", "Indicación"], [
        ["ASA (ácido acetilsalicílico) 125 mg", "1 tableta diaria", "continuar"],
        ["Atorvastatina 20 mg", "1 tableta en la noche", "nuevo"],
        ["Enalapril 20 mg", "1 tableta c/12 h", "aumentado (antes 20 mg diario)"],
        ["Atenolol 50 mg", "1 tableta diaria", "continuar"],
        ["Nitroglicerina 0,5 mg", "1 tableta sublingual si dolor", "nuevo"],
        ["Metformina 850 mg", "1 tableta c/12 h", "continuar"],
        ["Hidroclorotiazida 25 mg", "—", "suspendida"]], [3, 2.6, 2.4])
    d.med("ASA", None, "125", "mg", None, "1 tableta diaria", "active")
    d.meds[-1]["aliases"] = ["aspirin", "ácido acetilsalicílico"]
    d.med("Atorvastatina", None, "20", "mg", None, "en la noche", "new")
    d.med("Enalapril", None, "20", "mg", None, "c/12 h", "changed")
    d.med("Atenolol", None, "50", "mg", None, "1 tableta diaria", "active")
    d.med("Nitroglicerina", None, "0,5", "mg", "sublingual", "si dolor", "new")
    d.med("Metformina", None, "850", "mg", None, "c/12 h", "active")
    d.med("Hidroclorotiazida", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Hidroclorotiazida", "stopped")
    d.para("Pendiente coronariografía en el Cardiocentro de Santa Clara; se valorará añadir clopidogrel según "
           "resultado. Dieta hiposódica y para diabético. Reposo relativo 2 semanas.")
    d.no("medications", "clopidogrel", "planned")
    d.signature("Dra. Yanet Rodríguez Marín", "Especialista de 1er grado en Cardiología")
    d.hand_line("Nota:", "Alérgico también a la dipirona (metamizol) - edema palpebral", 10.5)
    d.alg("dipirona", "edema palpebral")
    d.hand_line("", "Turno consulta cardiología 22/07/2025", 10.5)
    return d


# ---------------------------------------------------------------------------- 15 Nebraska
@document
def d15():
    d = Doc(15, "nebraska_hip_fracture_discharge_scan", "United States (Nebraska)", "discharge_summary",
            "discharge summary (2 pages, scanned, handwritten notes)", "m/d/Y", ext="pdf",
            scan={"dpi": 150, "angle": 1.2, "blur": 0.75}, size=letter)
    d.letterhead("Platte Valley Regional Medical Center", [
        "Hospital Medicine Service   1200 W 39th St, Kearney, NE 68845   (308) 555-0160"],
        right=["DISCHARGE SUMMARY"], color=(0.15, 0.15, 0.15))
    d.run_header = "Sorensen, Evelyn R.   MRN 00562291   Discharge Summary"
    d.kv([("Patient:", "Evelyn R. Sorensen"), ("DOB:", "11/03/1940"), ("Admitted:", d.d("2025-03-14")),
          ("Discharged:", d.d("2025-03-20")), ("Attending:", "Mark Vetter, MD"), ("Disposition:", "Skilled nursing facility")])
    d.title("Diagnoses", 10.5)
    d.bullets(["Principal: Closed displaced fracture of right femoral neck (S72.031A), s/p right hip hemiarthroplasty "
               + d.d("2025-03-15"),
               "Osteoporosis (M81.0)", "Hyponatremia (E87.1), improving", "Hypertension (I10)",
               "Hypothyroidism (E03.9)", "Mild Alzheimer dementia (G30.9)",
               "Postoperative delirium, resolved by hospital day 4"])
    d.cond("Closed displaced fracture of right femoral neck", "active", "S72.031A", ["hip fracture"])
    d.cond("Osteoporosis", "active", "M81.0")
    d.cond("Hyponatremia", "active", "E87.1")
    d.cond("Hypertension", "active", "I10")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.cond("Mild Alzheimer dementia", "active", "G30.9", ["Alzheimer disease"])
    d.no("conditions", "Postoperative delirium", "historical", "resolved")
    d.title("Hospital course", 10.5)
    d.para("84-year-old woman who fell at home from standing while getting up at night. No head strike; CT head "
           "negative for intracranial hemorrhage. Right hip hemiarthroplasty on " + d.d("2025-03-15") + " with "
           "perioperative cefazolin and tranexamic acid. Postoperative delirium resolved with non-drug measures. "
           "Sodium was 128 on admission, attributed to hydrochlorothiazide, which was stopped; sodium improved with "
           "fluid restriction. Zolpidem was discontinued because of fall risk. Family history: daughter with breast "
           "cancer. Pneumococcal vaccine was offered and declined by the patient.")
    d.no("conditions", "intracranial hemorrhage", "negated")
    d.no("medications", "cefazolin", "other", "perioperative")
    d.no("medications", "tranexamic acid", "other", "perioperative")
    d.no("conditions", "breast cancer", "family")
    d.no("immunizations", "Pneumococcal vaccine", "other", "declined")
    d.para("Allergies: Codeine (nausea); Latex (contact dermatitis).")
    d.alg("Codeine", "nausea")
    d.alg("Latex", "contact dermatitis")
    d.title("Laboratory", 10.5)
    dates = ["2025-03-14", "2025-03-20"]
    rows = [
        ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, ["128 L", "133 L"]),
        ("Creatinine", [], "mg/dL", "0.50-1.00", 0.5, 1.0, None, ["0.94", "0.88"]),
        ("Hemoglobin", [], "g/dL", "12.0-15.5", 12.0, 15.5, None, ["11.6 L", "9.4 L"]),
        ("25-OH vitamin D", ["Vitamin D"], "ng/mL", "30-100", 30.0, 100.0, None, ["14 L", "—"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, unit or "", ref] + cells)
        for iso, cell in zip(dates, cells):
            if cell == "—":
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.table(["Test", "Units", "Ref range", "Admit " + d.d(dates[0]), "Discharge " + d.d(dates[1])], tab,
            [2.4, 1.2, 1.3, 1.5, 1.6])
    d.newpage()
    d.title("Discharge vital signs", 10.5)
    d.table(["BP", "HR", "Temp", "RR", "SpO2"], [["128/70 mmHg", "82 /min", "98.2 F", "16 /min", "95 % RA"]],
            [1.4, 1, 1, 1, 1])
    d.vit("blood_pressure", "128/70", 128.0, 70.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "/min")
    d.vit("temperature", "98.2", 98.2, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.hand_line("Discharge wt:", "61.2 kg (bed scale)", 11)
    d.vit("weight", "61.2", 61.2, None, "kg")
    d.title("Discharge medications", 10.5)
    d.table(["Medication", "Sig", "Status"], [
        ["Levothyroxine 88 mcg tablet", "88 mcg by mouth daily before breakfast", "CONTINUE"],
        ["Metoprolol succinate ER 25 mg", "25 mg by mouth daily", "CONTINUE"],
        ["Donepezil 5 mg tablet", "5 mg by mouth at bedtime", "CONTINUE"],
        ["Enoxaparin 40 mg/0.4 mL syringe", "40 mg subcutaneous daily for 28 days", "NEW"],
        ["Acetaminophen 500 mg tablet", "1000 mg by mouth every 8 hours", "NEW"],
        ["Oxycodone 5 mg tablet", "2.5 mg by mouth every 6 hours as needed for severe pain", "NEW"],
        ["Caltrate 600+D3 (calcium carbonate-vitamin D3)", "1 tablet by mouth twice daily", "NEW"],
        ["Hydrochlorothiazide 25 mg tablet", "-", "STOP (hyponatremia)"],
        ["Zolpidem 5 mg tablet", "-", "STOP (fall risk)"]], [3.2, 3.4, 1.4])
    d.med("Levothyroxine", None, "88", "mcg", "by mouth", "daily")
    d.med("Metoprolol succinate", None, "25", "mg", "by mouth", "daily")
    d.med("Donepezil", None, "5", "mg", "by mouth", "at bedtime")
    d.med("Enoxaparin", None, "40", "mg", "subcutaneous", "daily", "new")
    d.med("Acetaminophen", None, "1000", "mg", "by mouth", "every 8 hours", "new")
    d.med("Oxycodone", None, "2.5", "mg", "by mouth", "every 6 hours as needed", "new")
    d.med("calcium carbonate-vitamin D3", "Caltrate 600+D3", None, None, "by mouth", "twice daily", "new")
    d.med("Hydrochlorothiazide", None, "25", "mg", None, None, "stopped")
    d.med("Zolpidem", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Hydrochlorothiazide", "stopped")
    d.no("medications", "Zolpidem", "stopped")
    d.title("Follow-up and instructions", 10.5)
    d.bullets(["Weight bearing as tolerated, right leg; posterior hip precautions for 6 weeks.",
               "Orthopedics (Dr. Lindqvist) in 2 weeks for wound check and staple removal.",
               "Start alendronate 70 mg weekly at the orthopedic follow-up once vitamin D is repleted.",
               "BMP in 1 week at the facility."])
    d.no("medications", "alendronate", "planned")
    d.signature("Mark Vetter, MD", "Hospitalist")
    d.hand_line("", "PT/OT: walker, 2 assist for transfers", 10.5)
    return d


# ---------------------------------------------------------------------------- 16 Nicaragua
@document
def d16():
    d = Doc(16, "nicaragua_child_vaccination_card_scan", "Nicaragua", "immunization_record",
            "child vaccination card (dose columns, handwritten, scanned)", "d-m-Y", ext="png",
            scan={"dpi": 160, "angle": -1.4}, lang="Spanish", comma=True)
    d.letterhead("Ministerio de Salud – MINSA Nicaragua", [
        "Programa Nacional de Inmunizaciones – SILAIS León", "Centro de Salud Perla María Norori, León"],
        color=(0.0, 0.2, 0.5))
    d.title("TARJETA DE VACUNACIÓN INFANTIL", 12, "B", "c")
    d.kv([("Nombre:", Hand("Dayana Isabel Téllez Ruiz")), ("Fecha de nacimiento:", Hand("14-08-2023")),
          ("Madre / tutor:", Hand("Karla Ruiz Espinoza")), ("Expediente:", Hand("LN-23-4471"))], lw=110)
    vac = [
        ("BCG", "BCG", ["2023-08-14"]),
        ("Hepatitis B (recién nacido)", "Hepatitis B", ["2023-08-14"]),
        ("Pentavalente (DPT-HB-Hib)", "Pentavalente", ["2023-10-16", "2023-12-18", "2024-02-19"]),
        ("Antipolio (IPV / bOPV)", "Antipolio", ["2023-10-16", "2023-12-18", "2024-02-19"]),
        ("Rotavirus", "Rotavirus", ["2023-10-16", "2023-12-18"]),
        ("Neumococo conjugada", "Neumococo conjugada", ["2023-10-16", "2023-12-18", None, "2024-08-20"]),
        ("SRP (sarampión, rubéola, paperas)", "SRP", ["2024-08-20"]),
        ("Influenza pediátrica", "Influenza pediátrica", ["2024-05-07"]),
    ]
    tab = []
    for label, name, dates in vac:
        cells = [Hand(d.d(x)) if x else "" for x in dates] + [""] * (4 - len(dates))
        tab.append([label] + cells)
        for k, x in enumerate(dates):
            if x:
                n = None if len([y for y in dates if y]) == 1 else len([y for y in dates[:k + 1] if y])
                d.imm(name, x, n, None, None, amb=_amb(d.style, x))
    tab.append(["DPT (refuerzo 18 meses)", "", "", "", Hand("cita 02-2025")])
    tab.append(["Hepatitis A", Hand("madre no acepta"), "", "", ""])
    d.table(["Vacuna", "1ª dosis", "2ª dosis", "3ª dosis", "Refuerzo"], tab, [3.2, 1.5, 1.5, 1.5, 1.5], size=8.6)
    d.no("immunizations", "DPT", "due")
    d.no("immunizations", "Hepatitis A", "other", "declined")
    d.title("Vigilancia del crecimiento y desarrollo", 10)
    d.table(["Fecha", "Peso (kg)", "Talla (cm)", "Observaciones"],
            [[Hand("20-08-2024"), Hand("10,2"), Hand("78"), Hand("buen desarrollo, lactancia")]], [1.6, 1.2, 1.2, 3.5],
            size=8.6)
    d.vit("weight", "10,2", 10.2, None, "kg")
    d.vit("height", "78", 78.0, None, "cm")
    d.para("Presente esta tarjeta en cada visita. La vacunación es gratuita en todas las unidades de salud del MINSA.", 8)
    d.hand_line("Vacunador(a):", "Enf. Rosa Amanda Pichardo")
    return d


# ---------------------------------------------------------------------------- 17 Latvia
@document
def d17():
    d = Doc(17, "latvia_travel_vaccination_record", "Latvia", "immunization_record",
            "travel vaccination record (next-dose column, handwritten)", "d.m.Y.", lang="Latvian", comma=True)
    d.letterhead("Ceļotāju veselības centrs „Vakcīnu punkts”", [
        "Brīvības iela 68, Rīga, LV-1011, Latvija   Tālr. +371 67 555 214",
        "Dzeltenā drudža vakcinācijas centrs Nr. LV-03"], color=(0.45, 0.05, 0.15))
    d.title("CEĻOTĀJA VAKCINĀCIJAS KARTE", 12, "B", "c")
    d.kv([("Vārds, uzvārds:", "Jānis Ozoliņš"), ("Dzimšanas datums:", "21.11.1985."),
          ("Personas kods:", "211185-11402"), ("Ceļojuma mērķis:", Hand("Kenija, Tanzānija – jūlijs"))], lw=105)
    d.para("Alerģijas: penicilīns (nātrene). Alerģija pret olu olbaltumu – nav (Stamaril drīkst ievadīt).")
    d.alg("penicilīns", "nātrene")
    d.no("allergies", "olu olbaltumu", "negated")
    rows = [
        ("Dzeltenais drudzis", "Stamaril", "T3F271V", "2025-06-03", "vienreizēja", None, "mūža aizsardzība"),
        ("A hepatīts", "Havrix 1440", "AHAVC881AA", "2025-06-03", "1.", 1, Hand("pēc 6–12 mēn.")),
        ("Vēdertīfs", "Typhim Vi", "V2C114", "2025-06-03", "vienreizēja", None, Hand("pēc 3 gadiem")),
        ("Trakumsērga", "Verorab", "W1K093", "2025-06-03", "1.", 1, ""),
        ("Trakumsērga", "Verorab", "W1K093", "2025-06-10", "2.", 2, "pirmsekspozīcijas kurss pabeigts"),
        ("Difterija, stingumkrampji, garais klepus", "Boostrix", "AC37B562AB", "2025-06-10", "balstdeva", None,
         Hand("2035")),
    ]
    tab = []
    for vac, brand, lot, iso, dose, n, nxt in rows:
        tab.append([vac, brand, Hand(lot), Hand(d.d(iso)), dose, nxt])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.table(["Vakcīna", "Preparāts", "Sērija", "Datums", "Deva", "Nākamā deva"], tab, [2.6, 1.4, 1.6, 1.4, 1.1, 2])
    d.hand_line("Iepriekš:", "Ērču encefalīts (FSME-Immun) 3. deva 14.05.2019. - pēc sertifikāta", 10.5)
    d.imm("Ērču encefalīts", "2019-05-14", 3, None, "FSME-Immun", amb=False)
    d.title("Piezīmes", 10)
    d.table(["Vakcīna", "Lēmums"], [
        ["Holēra (Dukoral)", "nav indicēta"],
        ["Meningokoku ACWY", Hand("pacients atteicās")]], [3, 4])
    d.no("immunizations", "Holēra", "other", "not indicated")
    d.no("immunizations", "Meningokoku ACWY", "other", "declined")
    d.para("Malārijas profilakse: Malarone (atovakvons/proguanils) 250/100 mg 1 tablete dienā, sākt 1 dienu pirms "
           "izbraukšanas un turpināt 7 dienas pēc atgriešanās. Izrakstīta recepte.")
    d.med("atovakvons/proguanils", "Malarone", "250/100", "mg", None, "1 tablete dienā", "new", optional=True)
    d.signature("Dr. Ilze Kalniņa", "Ārste, ceļotāju medicīna")
    return d


# ---------------------------------------------------------------------------- 18 Idaho
@document
def d18():
    d = Doc(18, "idaho_iris_immunization_record", "United States (Idaho)", "immunization_record",
            "state immunization registry print (adolescent, forecast)", "m/d/Y", size=letter)
    d.text(d.x0, d.y, "IDAHO DEPARTMENT OF HEALTH AND WELFARE", "B", 9, (0.2, 0.2, 0.2))
    d.text(d.x1, d.y, "Printed 06/30/2025 10:22 MT", "R", 8, (0.3, 0.3, 0.3), "r")
    d.y -= 14
    d.title("Idaho Immunization Reminder Information System (IRIS) - Official Immunization Record", 11.5)
    d.rule()
    d.kv([("Name:", "YATES, BROOKLYN MARIE"), ("DOB:", "02/19/2009"), ("Gender:", "F"),
          ("IRIS ID:", "ID-0048817263"), ("Parent/Guardian:", "YATES, AMANDA"), ("Report:", "Doses given age 10 and older")],
         lw=100)
    rows = [
        ("Tdap", "Tdap (Boostrix)", "115", "2020-03-02", None, "7H3C9", "St. Luke's Children's Clinic - Boise"),
        ("HPV", "HPV9 (Gardasil 9)", "165", "2020-03-02", 1, "R022841", "St. Luke's Children's Clinic - Boise"),
        ("HPV", "HPV9 (Gardasil 9)", "165", "2020-09-14", 2, "R031177", "St. Luke's Children's Clinic - Boise"),
        ("Meningococcal ACWY", "MenACWY-D (Menactra)", "114", "2020-03-02", 1, "U6912AA", "St. Luke's Children's Clinic - Boise"),
        ("Influenza", "Influenza, injectable, quadrivalent", "150", "2022-10-12", None, "UJ771AA", "Walgreens #11482"),
        ("Influenza", "Influenza, injectable, quadrivalent", "150", "2023-10-05", None, "UK228AB", "Walgreens #11482"),
        ("Influenza", "Influenza, injectable, trivalent", "140", "2024-10-17", None, "3N7F2", "Central District Health"),
        ("COVID-19", "COVID-19 mRNA 2024-2025 (Comirnaty)", "312", "2024-09-27", None, "LP6621", "Central District Health"),
        ("Meningococcal ACWY", "MenACWY-TT (MenQuadfi)", "203", "2025-06-18", 2, "UT0841AA", "Treasure Valley Pediatrics"),
        ("Meningococcal B", "MenB-4C (Bexsero)", "163", "2025-06-18", 1, "AMB719A", "Treasure Valley Pediatrics"),
    ]
    tab = []
    for grp, vac, cvx, iso, n, lot, prov in rows:
        tab.append([grp, vac, cvx, d.d(iso), str(n) if n else "", lot, prov])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("Immunization History", 10.5)
    d.table(["Vaccine Group", "Vaccine", "CVX", "Date Admin", "Dose", "Lot", "Provider / Clinic"], tab,
            [1.5, 2.4, 0.6, 1.2, 0.6, 1.1, 2.4], size=7.8, head_fill=(0.9, 0.9, 0.9))
    d.title("Exemptions / Immunity", 10.5)
    d.table(["Vaccine Group", "Reason", "Date recorded"], [
        ["Varicella", "Immunity: history of varicella disease (chickenpox 2014)", "04/11/2016"]], [1.5, 4.5, 1.5], size=8)
    d.no("immunizations", "Varicella", "other", "immune by disease")
    d.no("conditions", "chickenpox", "historical")
    d.title("Recommended Vaccinations (forecast)", 10.5)
    d.table(["Vaccine Group", "Dose", "Earliest date", "Due date", "Status"], [
        ["Meningococcal B", "2", "07/18/2025", "12/18/2025", "Not yet due"],
        ["Hepatitis A", "1", "02/19/2010", "02/19/2010", "Overdue - no doses recorded"],
        ["Influenza", "2025-2026", "08/01/2025", "10/31/2025", "Upcoming"]], [1.8, 0.9, 1.3, 1.3, 2.4], size=8)
    d.no("immunizations", "Hepatitis A", "due")
    d.para("This record is an official copy of immunizations reported to IRIS. Childhood doses (before age 10) are not "
           "shown on this report; request a full history from your provider. Questions: 1-888-555-0171.", 7.8)
    return d


# ---------------------------------------------------------------------------- 19 São Tomé
@document
def d19():
    d = Doc(19, "sao_tome_prescription_scan", "São Tomé and Príncipe", "prescription",
            "outpatient prescription (brand names, handwritten, scanned)", "d/m/Y", ext="jpg",
            scan={"dpi": 175, "angle": -2.6, "blur": 0.85}, size=(420, 595), lang="Portuguese", comma=True)
    d.x0, d.x1 = 30, d.W - 30
    d.letterhead("Hospital Dr. Ayres de Menezes", [
        "Consulta Externa de Medicina", "Av. Marginal 12 de Julho, São Tomé", "República Democrática de São Tomé e Príncipe"],
        size=12, color=(0.0, 0.3, 0.15))
    d.title("RECEITA MÉDICA", 11, "B", "c")
    d.hand_line("Nome:", "Edmilson Neto da Trindade", 11)
    d.hand_line("Idade:", "29 anos    Peso: 62 kg    Data: 08/04/2025", 10.5)
    d.hand_line("T. ax.:", "38,6 °C    TA 110/70 mmHg", 10.5)
    d.vit("weight", "62", 62.0, None, "kg")
    d.vit("temperature", "38,6", 38.6, None, "°C")
    d.vit("blood_pressure", "110/70", 110.0, 70.0, "mmHg")
    d.hand_line("Dx:", "Paludismo a P. falciparum (TDR +)", 10.5)
    d.hand_line("", "Gastrite", 10.5)
    d.cond("Paludismo", "active", None, ["malaria", "Plasmodium falciparum malaria"])
    d.cond("Gastrite", "active", None, ["gastritis"])
    d.hand_line("Lab.:", "TDR malária: positivo", 10.5)
    d.lab("TDR malária", "positivo", None, None, None, None, "abnormal", "2025-04-08", ["Malaria rapid diagnostic test"], num=None)
    d.hand_line("Alergia:", "Fansidar (sulfadoxina-pirimetamina) - reação cutânea", 10)
    d.alg("Fansidar", "reação cutânea")
    d.gap(4)
    d.text(d.x0, d.y, "Rp/", "SB", 14)
    d.y -= 20
    for s in ["1) Coartem 20/120 mg - 4 comp. 2x/dia, 3 dias",
              "2) Ben-u-ron 500 mg - 2 comp. de 8/8 h se febre",
              "3) Omeprazol 20 mg - 1 cáps. em jejum, 30 dias",
              "4) Buscopan 10 mg - 1 comp. 3x/dia se dor"]:
        d.hand_line("", s, 10.5)
    d.med("Coartem", "Coartem", "20/120", "mg", None, "2x/dia", "new")
    d.med("Ben-u-ron", "Ben-u-ron", "500", "mg", None, "de 8/8 h se febre", "new")
    d.med("Omeprazol", None, "20", "mg", None, "em jejum", "new")
    d.med("Buscopan", "Buscopan", "10", "mg", None, "3x/dia se dor", "new")
    d.hand_line("", "Suspender Ibuprofeno", 11)
    d.med("Ibuprofeno", None, None, None, None, None, "stopped")
    d.no("medications", "Ibuprofeno", "stopped")
    d.hand_line("", "Voltar se vómitos persistentes (artesunato IV)", 10)
    d.no("medications", "artesunato", "planned", "only if vomiting")
    d.signature("Dr. Aurélio Bragança", "Médico - Consulta Externa")
    return d


# ---------------------------------------------------------------------------- 20 Bonaire
@document
def d20():
    d = Doc(20, "bonaire_medication_schedule", "Bonaire (Caribbean Netherlands)", "prescription",
            "pharmacy medication overview with administration times (current and stopped, brand names)", "d-m-Y",
            lang="Dutch", comma=True)
    d.letterhead("Botika Kralendijk – Apotheek", [
        "Kaya Grandi 31, Kralendijk, Bonaire, Caribisch Nederland   Tel. +599 717 5550",
        "Apotheker: drs. M. (Marloes) de Windt"], right=["MEDICATIEOVERZICHT", "met toedienschema"],
        color=(0.1, 0.3, 0.5))
    d.kv([("Patiënt:", "Mw. R. (Rosalinda) Martis"), ("Geboortedatum:", "09-02-1949"),
          ("Huisarts:", "Dr. P. Thode (Playa)"), ("Afdrukdatum:", d.d("2025-03-03"))], lw=95)
    d.title("Aandoeningen en contra-indicaties (bekend bij de apotheek)", 10)
    d.para("Diabetes mellitus type 2 · Hypertensie · Astma · Verminderde nierfunctie (eGFR 45)")
    d.cond("Diabetes mellitus type 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hypertensie", "active", None, ["hypertension"])
    d.cond("Astma", "active", None, ["asthma"])
    d.cond("Verminderde nierfunctie", "active", None, ["chronic kidney disease", "reduced kidney function"])
    d.title("Overgevoeligheden / intoleranties", 10)
    d.para("Penicilline – huiduitslag (allergie) · Codeïne – ernstige obstipatie (intolerantie)")
    d.alg("Penicilline", "huiduitslag")
    d.alg("Codeïne", "ernstige obstipatie")
    d.title("Actuele medicatie", 10)
    X = "1"
    d.table(["Geneesmiddel (merk)", "Sterkte", "Gebruik", "08:00", "13:00", "18:00", "22:00", "Sinds"], [
        ["Metformine (Glucophage)", "500 mg", "2x per dag 1 tablet", X, "", X, "", "10-01-2025 (was 850 mg)"],
        ["Gliclazide (Diamicron MR)", "30 mg", "1x per dag 1 tablet bij het ontbijt", X, "", "", "", "05-2021"],
        ["Amlodipine (Norvasc)", "5 mg", "1x per dag 1 tablet", X, "", "", "", "03-2019"],
        ["Losartan", "50 mg", "1x per dag 1 tablet", X, "", "", "", "03-2019"],
        ["Atorvastatine (Lipitor)", "20 mg", "1x per dag 1 tablet 's avonds", "", "", "", X, "10-01-2025"],
        ["Symbicort Turbuhaler", "200/6 µg", "2x per dag 1 inhalatie", X, "", "", X, "2017"],
        ["Salbutamol (Ventolin)", "100 µg", "zo nodig 2 pufjes", "", "", "", "", "2017"]],
        [2.5, 1, 2.6, 0.6, 0.6, 0.6, 0.6, 1.6], size=8)
    d.med("Metformine", "Glucophage", "500", "mg", None, "2x per dag 1 tablet", "changed")
    d.med("Gliclazide", "Diamicron MR", "30", "mg", None, "1x per dag 1 tablet", "active")
    d.med("Amlodipine", "Norvasc", "5", "mg", None, "1x per dag 1 tablet", "active")
    d.med("Losartan", None, "50", "mg", None, "1x per dag 1 tablet", "active")
    d.med("Atorvastatine", "Lipitor", "20", "mg", None, "1x per dag 1 tablet 's avonds", "new")
    d.med("Symbicort", "Symbicort Turbuhaler", "200/6", "µg", None, "2x per dag 1 inhalatie", "active")
    d.med("Salbutamol", "Ventolin", "100", "µg", None, "zo nodig", "active")
    d.title("Gestopte medicatie (laatste 6 maanden)", 10)
    d.table(["Geneesmiddel", "Sterkte", "Gestopt op", "Reden"], [
        ["Simvastatine", "40 mg", "10-01-2025", "overgezet op atorvastatine"],
        ["Naproxen (Aleve)", "250 mg", "15-02-2025", "nierfunctie, huisarts"],
        ["Prednisolon", "30 mg", "20-02-2025", "kuur van 5 dagen afgerond (astma-aanval)"]], [2.4, 1, 1.4, 3.6], size=8.3)
    d.med("Simvastatine", None, "40", "mg", None, None, "stopped")
    d.med("Naproxen", "Aleve", "250", "mg", None, None, "stopped")
    d.med("Prednisolon", None, "30", "mg", None, None, "completed")
    d.no("medications", "Simvastatine", "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.no("medications", "Prednisolon", "stopped", "course completed")
    d.para("Notitie huisarts (" + d.d("2025-02-15") + "): bij HbA1c boven 64 mmol/mol starten met insuline glargine "
           "overwegen.", 8.5)
    d.no("medications", "insuline glargine", "planned")
    d.para("Neem dit overzicht mee naar elk bezoek aan arts, ziekenhuis of tandarts. Vragen? Bel de apotheek.", 8)
    return d


# ---------------------------------------------------------------------------- 21 Ticino
@document
def d21():
    d = Doc(21, "ticino_preanaesthesia_form", "Switzerland (Ticino)", "medical_record",
            "pre-anaesthesia questionnaire (tick boxes, handwritten)", "d.m.Y", lang="Italian")
    d.letterhead("Ospedale Regionale di Locarno – La Carità", [
        "Servizio di Anestesiologia, Via all'Ospedale 1, 6600 Locarno, Svizzera   Tel. +41 91 555 60 00"],
        right=["QUESTIONARIO", "PRE-ANESTESIOLOGICO"], color=(0.6, 0.0, 0.1))
    d.kv([("Cognome e nome:", Hand("Bernasconi Luca")), ("Nato il:", Hand("11.09.1958"))], lw=105)
    d.kv([("Intervento previsto:", Hand("protesi ginocchio dx (gonartrosi)")), ("Data:", Hand("23.06.2025"))],
         cols=1, lw=105)
    d.cond("gonartrosi", "active", None, ["osteoarthritis of the knee"])
    d.para("La preghiamo di rispondere a tutte le domande barrando la casella corrispondente.", 8.5)
    d.title("Malattie attuali o passate", 10)
    d.checks([
        ("Pressione alta (ipertensione)", "Y", "da 10 anni"),
        ("Diabete", "N", ""),
        ("Asma o BPCO", "Y", "asma allergica"),
        ("Malattie di cuore (infarto, angina, aritmie)", "N", ""),
        ("Ictus o TIA", "N", ""),
        ("Malattie della tiroide", "Y", "ipotiroidismo"),
        ("Reflusso gastro-esofageo / ernia iatale", "Y", ""),
        ("Apnee notturne", "N", ""),
        ("Epatite o malattie del fegato", None, "epatite A da bambino, guarita"),
        ("Malattie renali", "N", ""),
        ("Precedenti anestesie con problemi", "N", "meniscectomia 2015 senza problemi"),
        ("Parenti con complicazioni da anestesia (ipertermia maligna)", "N", ""),
    ], qw=0.46, labels=("Sì", "No", "Dettagli"))
    d.cond("Pressione alta (ipertensione)", "active", None, ["hypertension"])
    d.cond("asma allergica", "active", None, ["allergic asthma"])
    d.cond("ipotiroidismo", "active", None, ["hypothyroidism"])
    d.cond("Reflusso gastro-esofageo", "active", None, ["GERD"])
    for n in ("Diabete", "Malattie di cuore", "Ictus o TIA", "Apnee notturne", "Malattie renali", "ipertermia maligna"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "epatite A", "historical", "resolved")
    d.no("conditions", "meniscectomia", "historical", "past surgery")
    d.title("Allergie", 10)
    d.checks([
        ("Allergia a farmaci", "Y", "diclofenac (FANS) - orticaria"),
        ("Allergia al lattice", "N", ""),
        ("Allergie alimentari", "Y", "kiwi - prurito in bocca"),
    ], qw=0.46, labels=("Sì", "No", "Dettagli"))
    d.alg("diclofenac", "orticaria")
    d.alg("kiwi", "prurito in bocca")
    d.no("allergies", "lattice", "checkbox_no")
    d.title("Farmaci che assume regolarmente", 10)
    d.hand_line("1.", "Eutirox 75 mcg al mattino a digiuno")
    d.hand_line("2.", "CoDiovan 160/12.5 mg 1 cp al mattino")
    d.hand_line("3.", "Seretide Diskus 250 1 inal. 2 volte al giorno")
    d.hand_line("4.", "Pantozol 40 mg 1 cp la sera")
    d.hand_line("5.", "Aspirina cardio 100 mg - sospesa dal 13.06.2025 (chirurgo)")
    d.med("Eutirox", "Eutirox", "75", "mcg", None, "al mattino")
    d.med("CoDiovan", "CoDiovan", "160/12.5", "mg", None, "al mattino")
    d.med("Seretide Diskus", "Seretide Diskus", "250", None, None, "2 volte al giorno")
    d.med("Pantozol", "Pantozol", "40", "mg", None, "la sera")
    d.med("Aspirina cardio", "Aspirina cardio", "100", "mg", None, None, "held")
    d.no("medications", "Aspirina cardio", "stopped", "held before surgery")
    d.title("Riservato all'anestesista", 10)
    d.kv([("Peso:", Hand("92 kg")), ("Altezza:", Hand("178 cm")), ("BMI:", Hand("29.0")),
          ("PA:", Hand("142/86 mmHg")), ("FC:", Hand("68/min")), ("SpO2:", Hand("97 %"))], cols=3, lw=52)
    d.vit("weight", "92", 92.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.vit("bmi", "29.0", 29.0, None, None)
    d.vit("blood_pressure", "142/86", 142.0, 86.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.hand_line("ASA:", "II   Mallampati II - anestesia spinale proposta", 10.5)
    d.signature("Dr.ssa Chiara Rusconi", "Medico anestesista")
    return d


# ---------------------------------------------------------------------------- 22 Utah
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


@document
def d22():
    d = Doc(22, "utah_new_patient_intake_form", "United States (Utah)", "medical_record",
            "new-patient health history form (2 pages, tick boxes, handwritten)", "m/d/Y", size=letter)
    d.letterhead("Wasatch Family Health", ["455 E 400 S, Suite 210, Salt Lake City, UT 84111   (801) 555-0129"],
                 right=["NEW PATIENT", "HEALTH HISTORY"], color=(0.1, 0.25, 0.45))
    d.kv([("Name:", Hand("Megan J. Christensen")), ("Date of birth:", Hand("07/22/1987")),
          ("Today's date:", Hand("01/13/2025")), ("Pharmacy:", Hand("Smith's - 9th & 9th"))], lw=100)
    d.title("Personal medical history - have you ever had:", 10)
    d.checks([
        ("High blood pressure", "N", ""),
        ("Diabetes", "N", ""),
        ("Asthma", "Y", "since childhood"),
        ("Thyroid disease", "Y", "Hashimoto's"),
        ("Depression / anxiety", "Y", "anxiety"),
        ("Migraine headaches", "Y", "with aura"),
        ("Heart disease", "N", ""),
        ("Kidney disease", "N", ""),
        ("Blood clots (DVT / PE)", "N", ""),
        ("Cancer", None, "skin - basal cell 2021, removed"),
    ], qw=0.45)
    d.cond("Asthma", "active", None)
    d.cond("Hashimoto's", "active", None, ["Hashimoto thyroiditis", "hypothyroidism"])
    d.cond("anxiety", "active", None, ["anxiety disorder"])
    d.cond("Migraine", "active", None, ["migraine with aura"])
    for n in ("High blood pressure", "Diabetes", "Heart disease", "Kidney disease", "Blood clots"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "basal cell", "historical", "removed 2021")
    d.title("Family history - tick every relative who has had:", 10)
    fam_grid(d, [("Heart attack or stroke before 60", ()), ("High cholesterol", ("Father",)),
                 ("Type 2 diabetes", ("Father", "Grandparent")), ("Breast or ovarian cancer", ("Mother",)),
                 ("Colon cancer", ()), ("Mental illness", ())])
    d.hand_line("Details:", "Mom breast cancer at 52 (doing well)", 10.5)
    d.no("conditions", "High cholesterol", "family")
    d.no("conditions", "Type 2 diabetes", "family")
    d.no("conditions", "Breast or ovarian cancer", "family")
    d.newpage()
    d.title("Current medications (include over-the-counter and supplements)", 10)
    d.hand_line("1.", "Levothyroxine 75 mcg every morning")
    d.hand_line("2.", "Sertraline 50 mg daily")
    d.hand_line("3.", "Sumatriptan 50 mg as needed for migraine")
    d.hand_line("4.", "Albuterol inhaler 2 puffs as needed")
    d.hand_line("5.", "Sprintec (birth control) - stopped 06/2024, migraines")
    d.med("Levothyroxine", None, "75", "mcg", None, "every morning")
    d.med("Sertraline", None, "50", "mg", None, "daily")
    d.med("Sumatriptan", None, "50", "mg", None, "as needed")
    d.med("Albuterol", None, None, None, None, "as needed")
    d.med("Sprintec", "Sprintec", None, None, None, None, "stopped")
    d.no("medications", "Sprintec", "stopped")
    d.title("Allergies (medicines, foods, latex)", 10)
    d.checks([("Latex allergy", "N", "")], qw=0.45)
    d.no("allergies", "Latex", "checkbox_no")
    d.hand_line("1.", "Amoxicillin - rash")
    d.hand_line("2.", "Sulfa (Bactrim) - hives")
    d.hand_line("3.", "Peanuts - throat swelling")
    d.alg("Amoxicillin", "rash")
    d.alg("Sulfa", "hives")
    d.alg("Peanuts", "throat swelling")
    d.title("Vaccines you remember getting", 10)
    d.hand_line("", "Tdap 03/15/2021 (pregnancy)")
    d.hand_line("", "Flu shot 10/04/2024 at pharmacy")
    d.hand_line("", "HPV - never had it")
    d.imm("Tdap", "2021-03-15", None, None, None, amb=_amb(d.style, "2021-03-15"))
    d.imm("Flu shot", "2024-10-04", None, None, None, amb=_amb(d.style, "2024-10-04"))
    d.no("immunizations", "HPV", "other", "never received")
    d.title("Office use only", 10)
    d.kv([("Height:", Hand("66 in")), ("Weight:", Hand("148 lb")), ("BP:", Hand("118/76"))], cols=3, lw=50)
    d.vit("height", "66", 66.0, None, "in")
    d.vit("weight", "148", 148.0, None, "lb")
    d.vit("blood_pressure", "118/76", 118.0, 76.0, None)
    d.hand_line("Reviewed by:", "T. Nielsen, MA", 10.5)
    return d


# ---------------------------------------------------------------------------- 23 Tennessee
def ccda_section(d, title, anchor):
    d.ensure(75)
    d.gap(4)
    d.text(d.x0, d.y, title, "B", 11, (0.1, 0.2, 0.55))
    d.text(d.x1, d.y, "#" + anchor, "R", 7, (0.4, 0.4, 0.6), "r")
    d.y -= 5
    d.line(d.x0, d.y, d.x1, d.y, 0.5, 0.6)
    d.y -= 12


@document
def d23():
    d = Doc(23, "tennessee_ccda_ccd", "United States (Tennessee)", "medical_record",
            "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)", "m/d/Y", size=letter)
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(None, [
        ["Patient", "Loretta Jean Whitfield", "Contact info", "2207 Belmont Blvd, Nashville, TN 37212, US  tel:+1-615-555-0182"],
        ["Date of birth", "April 2, 1956", "Sex", "Female"],
        ["Patient IDs", "MRN 3318842 (2.16.840.1.113883.3.7715)", "Language", "English"],
        ["Document Id", "c0a1-77f2-4be9 (2.16.840.1.113883.19.5.99)", "Created", "February 24, 2025, 16:02 -0600"],
        ["Author", "Samuel Okafor, MD, Cumberland Internal Medicine & Rheumatology", "Custodian", "Cumberland Health Partners"],
        ["Documentation of", "Care provision, 02/20/2025", "Encounter", "Office visit 02/20/2025"]],
        [1.4, 2.8, 1.2, 2.8], size=7.6, head_fill=None)
    d.run_header = "Loretta Jean Whitfield - Continuity of Care Document - created February 24, 2025"
    d.para("Table of Contents:  Allergies and Intolerances · Medications · Problem List · Results · Vital Signs · "
           "Immunizations · Plan of Treatment · Social History", 8.3)
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(["Substance", "Reaction", "Severity", "Status", "Onset"], [
        ["Sulfonamide antibiotics", "Rash", "Mild", "Active", "1998"],
        ["Morphine", "Itching", "Mild", "Active", "2016"],
        ["Walnut", "Angioedema", "Severe", "Active", "2009"]], [2.4, 1.8, 1, 1, 1], size=8)
    d.alg("Sulfonamide antibiotics", "Rash", "Mild")
    d.alg("Morphine", "Itching", "Mild")
    d.alg("Walnut", "Angioedema", "Severe")
    ccda_section(d, "Medications", "medications")
    d.table(["Medication", "Sig", "Start", "Status"], [
        ["Methotrexate 2.5 MG Oral Tablet", "6 tablets (15 mg) by mouth once weekly on Mondays", "03/2021", "Active"],
        ["Folic Acid 1 MG Oral Tablet", "1 mg by mouth daily", "03/2021", "Active"],
        ["Hydroxychloroquine Sulfate 200 MG Oral Tablet", "200 mg by mouth twice daily", "06/2020", "Active"],
        ["Levothyroxine Sodium 0.05 MG Oral Tablet", "50 mcg by mouth daily", "2012", "Active"],
        ["Escitalopram 10 MG Oral Tablet", "10 mg by mouth daily", "2019", "Active"],
        ["Prednisone 5 MG Oral Tablet", "5 mg by mouth daily", "11/2024", "Completed 01/10/2025"],
        ["Meloxicam 15 MG Oral Tablet", "15 mg by mouth daily", "2022", "Discontinued 12/02/2024"]], [3.1, 3, 0.9, 1.5],
        size=8)
    d.med("Methotrexate", None, "15", "mg", "by mouth", "once weekly")
    d.med("Folic Acid", None, "1", "mg", "by mouth", "daily")
    d.med("Hydroxychloroquine", None, "200", "mg", "by mouth", "twice daily")
    d.med("Levothyroxine", None, "50", "mcg", "by mouth", "daily")
    d.med("Escitalopram", None, "10", "mg", "by mouth", "daily")
    d.med("Prednisone", None, "5", "mg", "by mouth", "daily", "completed")
    d.med("Meloxicam", None, "15", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Prednisone", "stopped", "completed")
    d.no("medications", "Meloxicam", "stopped")
    ccda_section(d, "Problem List", "problems")
    d.table(["Problem", "Code", "Status", "Onset"], [
        ["Rheumatoid arthritis with rheumatoid factor, multiple sites", "SNOMED 239791005 / ICD-10 M05.79", "Active", "2020"],
        ["Hypothyroidism", "ICD-10 E03.9", "Active", "2012"],
        ["Major depressive disorder, recurrent, mild", "ICD-10 F33.0", "Active", "2019"],
        ["Osteopenia", "ICD-10 M85.80", "Active", "2023"],
        ["Herpes zoster", "ICD-10 B02.9", "Resolved", "08/2022"]], [3.4, 2.4, 0.9, 0.9], size=8)
    d.cond("Rheumatoid arthritis with rheumatoid factor, multiple sites", "active", "M05.79", ["rheumatoid arthritis"])
    d.cond("Hypothyroidism", "active", "E03.9")
    d.cond("Major depressive disorder, recurrent, mild", "active", "F33.0", ["depression"])
    d.cond("Osteopenia", "active", "M85.80")
    d.no("conditions", "Herpes zoster", "historical", "resolved")
    ccda_section(d, "Results", "results")
    iso = "2025-02-20"
    rows = [
        ("Hemoglobin", "12.1", "g/dL", "12.0-15.5", 12.0, 15.5, None, "Normal"),
        ("ALT", "48", "U/L", "7-35", 7.0, 35.0, None, "High"),
        ("Creatinine", "0.82", "mg/dL", "0.57-1.00", 0.57, 1.0, None, "Normal"),
        ("Sedimentation rate (ESR)", "34", "mm/h", "0-30", 0.0, 30.0, None, "High"),
        ("C-reactive protein", "12.4", "mg/L", "0.0-10.0", 0.0, 10.0, None, "High"),
        ("TSH", "2.8", "uIU/mL", "0.45-4.50", 0.45, 4.5, None, "Normal"),
    ]
    tab = []
    for test, v, u, ref, lo, hi, rt, interp in rows:
        tab.append([test, v, u, ref, interp, d.d(iso)])
        d.lab(test, v, u, lo, hi, rt, interp.lower(), iso)
    tab.append(["Vitamin D, 25-hydroxy", "", "", "", "Pending", d.d(iso)])
    d.table(["Test", "Value", "Units", "Reference range", "Interpretation", "Date"], tab, [2.6, 0.8, 1.1, 1.3, 1.2, 1.1],
            size=8)
    d.no("labs", "Vitamin D, 25-hydroxy", "other", "pending")
    ccda_section(d, "Vital Signs", "vitals")
    d.table(["Date", "BP", "Pulse", "Temp", "SpO2", "Weight", "BMI"], [
        ["02/20/2025", "126/78 mm[Hg]", "70 /min", "36.9 Cel", "98 %", "68.5 kg", "26.1 kg/m2"]],
        [1.1, 1.3, 0.9, 0.9, 0.7, 0.9, 1.1], size=8)
    d.vit("blood_pressure", "126/78", 126.0, 78.0, "mm[Hg]")
    d.vit("heart_rate", "70", 70.0, None, "/min")
    d.vit("temperature", "36.9", 36.9, None, "Cel")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "68.5", 68.5, None, "kg")
    d.vit("bmi", "26.1", 26.1, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(["Vaccine", "Date", "Lot", "Status"], [
        ["Zoster vaccine recombinant, adjuvanted (Shingrix)", "09/10/2024", "3K92T", "Completed"],
        ["Pneumococcal conjugate vaccine, 20-valent (PCV20)", "09/10/2024", "LL4417", "Completed"],
        ["Influenza, seasonal, injectable, preservative free", "10/01/2024", "UP301AC", "Completed"],
        ["Zoster vaccine recombinant, adjuvanted (Shingrix)", "11/12/2024", "3M27T", "Completed"],
        ["Respiratory syncytial virus vaccine (RSVPreF3)", "", "", "Refused - patient decision"]], [3.8, 1.1, 1, 1.8],
        size=8)
    d.imm("Zoster vaccine recombinant, adjuvanted", "2024-09-10", 1, "3K92T", "Shingrix", amb=_amb(d.style, "2024-09-10"))
    d.imm("Pneumococcal conjugate vaccine, 20-valent", "2024-09-10", None, "LL4417", None, amb=_amb(d.style, "2024-09-10"))
    d.imm("Influenza, seasonal, injectable, preservative free", "2024-10-01", None, "UP301AC", None,
          amb=_amb(d.style, "2024-10-01"))
    d.imm("Zoster vaccine recombinant, adjuvanted", "2024-11-12", 2, "3M27T", "Shingrix", amb=_amb(d.style, "2024-11-12"))
    d.no("immunizations", "Respiratory syncytial virus vaccine", "other", "refused")
    ccda_section(d, "Plan of Treatment", "plan")
    d.table(["Planned activity", "Date", "Status"], [
        ["Adalimumab 40 mg every 2 weeks - start if disease activity persists (prior authorization submitted)",
         "03/2025", "Proposed"],
        ["DXA bone density scan", "02/2026", "Scheduled"],
        ["Repeat CBC, CMP every 3 months on methotrexate", "05/2025", "Ordered"]], [4.8, 1, 1.2], size=8)
    d.no("medications", "Adalimumab", "planned")
    ccda_section(d, "Social History", "social")
    d.table(["Element", "Value", "Date"], [["Tobacco smoking status", "Former smoker", "02/20/2025"],
                                           ["Sex assigned at birth", "Female", "04/02/1956"]], [2.5, 2.5, 1.5], size=8)
    return d


# ---------------------------------------------------------------------------- 24 Martinique
@document
def d24():
    d = Doc(24, "martinique_ed_triage_scan", "Martinique", "medical_record",
            "emergency triage sheet (tick boxes, handwritten, scanned)", "d/m/Y", ext="pdf",
            scan={"dpi": 155, "angle": 2.7, "blur": 0.8}, lang="French", comma=True)
    d.letterhead("CHU de Martinique – Urgences adultes", [
        "Site Pierre Zobda-Quitman, CS 90632, 97261 Fort-de-France Cedex, Martinique",
        "Accueil urgences 05 96 55 20 00"], right=["FICHE DE TRI", "IOA"], color=(0.55, 0.1, 0.0))
    d.kv([("Nom :", Hand("RAPON Josette")), ("Née le :", Hand("05/03/1958")),
          ("Arrivée :", Hand("17/08/2025  14h35")), ("Mode :", Hand("SAMU / pompiers"))], lw=62)
    d.hand_line("Motif :", "malaise + hyperglycémie, polyurie depuis 3 j, brûlures mictionnelles", 10.5)
    d.title("Paramètres vitaux à l'accueil", 10)
    d.table(["PA (mmHg)", "FC (/min)", "FR (/min)", "T° (°C)", "SpO2 (%)", "Poids (kg)", "EVA"], [
        [Hand("165/95"), Hand("112"), Hand("24"), Hand("38,4"), Hand("94 AA"), Hand("78"), Hand("3/10")]],
        [1.3, 1, 1, 1, 1, 1, 0.8], size=8.6)
    d.vit("blood_pressure", "165/95", 165.0, 95.0, "mmHg")
    d.vit("heart_rate", "112", 112.0, None, "/min")
    d.vit("respiratory_rate", "24", 24.0, None, "/min")
    d.vit("temperature", "38,4", 38.4, None, "°C")
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.vit("weight", "78", 78.0, None, "kg")
    d.table(["Glycémie capillaire (g/L)", "Cétonémie capillaire (mmol/L)"], [
        [Hand("3,45"), Hand("0,4")]], [2, 2], size=8.6)
    iso = "2025-08-17"
    d.lab("Glycémie capillaire", "3,45", "g/L", None, None, None, None, iso, ["Capillary glucose"])
    d.lab("Cétonémie capillaire", "0,4", "mmol/L", None, None, None, None, iso, ["Capillary ketones"])
    d.title("Antécédents", 10)
    d.checks([
        ("Diabète", "Y", "type 2"),
        ("Hypertension artérielle", "Y", ""),
        ("Cardiopathie", "N", ""),
        ("Asthme / BPCO", "N", ""),
        ("Drépanocytose", "N", ""),
        ("AVC", "Y", "2019, sans séquelle"),
    ], qw=0.45, labels=("Oui", "Non", "Précisions"))
    d.cond("Diabète", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hypertension artérielle", "active", None, ["hypertension"])
    d.no("conditions", "Cardiopathie", "checkbox_no")
    d.no("conditions", "Asthme / BPCO", "checkbox_no")
    d.no("conditions", "Drépanocytose", "checkbox_no")
    d.no("conditions", "AVC", "historical", "2019, no sequelae")
    d.checks([("Allergie connue", "Y", "Augmentin - éruption cutanée")], qw=0.45, labels=("Oui", "Non", "Laquelle"))
    d.alg("Augmentin", "éruption cutanée")
    d.hand_line("Traitement habituel :", "Metformine 850 x3/j, Januvia 100 mg, Coversyl 5 mg", 10.5)
    d.med("Metformine", None, "850", None, None, "x3/j")
    d.med("Januvia", "Januvia", "100", "mg", None, None)
    d.med("Coversyl", "Coversyl", "5", "mg", None, None)
    d.title("Évaluation IOA", 10)
    d.hand_line("", "Pas de douleur thoracique. Susp. pyélonéphrite ?", 10.5)
    d.no("conditions", "douleur thoracique", "negated")
    d.no("conditions", "pyélonéphrite", "other", "suspected")
    d.kv([("Tri FRENCH :", Hand("3")), ("Orientation :", Hand("box 4 - circuit long"))], lw=75)
    d.title("Actes / traitements IOA", 10)
    d.hand_line("14h50", "Paracétamol 1 g PO donné", 10.5)
    d.hand_line("15h05", "Novorapid 6 UI SC (avis Dr Jean-Louis)", 10.5)
    d.no("medications", "Paracétamol", "other", "single dose in the ED")
    d.no("medications", "Novorapid", "other", "single dose in the ED")
    d.hand_line("IOA :", "C. Marie-Sainte, IDE", 10.5)
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
    rels.append("make_heldout20.py")
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
    if sum(1 for i in info if i["doc"].lang != "English") < 14:
        errs.append("need 14 local-language documents")
    if len({i["doc"].country for i in info}) != 24:
        errs.append("countries repeat")
    if not 110 <= mn <= 130:
        errs.append(f"{mn} must_not rows (want about 110-130)")
    for i in info:
        if i["doc"].scan and not 0.8 <= abs(i["doc"].scan["angle"]) <= 3.0:
            errs.append(f"{i['doc'].stem}: scan angle outside 0.8-3")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)
    if os.path.abspath(outdir) != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout20.py"))
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
    base = "/tmp/heldout20_work/determinism"
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


STATUS = ("**Status:** held out. Commissioned before 2.15.0's rules changed, frozen unscored; scored blind at the "
          "end of 2.15.0's round, never opened before.")


def make_readme(info, tot, mn):
    why, langs = {}, {}
    for i in info:
        langs[i["doc"].lang] = langs.get(i["doc"].lang, 0) + 1
        for x in i["truth"]["must_not"]:
            why[x["why"]] = why.get(x["why"], 0) + 1
    local = [i for i in info if i["doc"].lang != "English"]
    L = ["# Held-out extraction test set 20", "", STATUS, "",
         "## How it was made", "",
         f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
         f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
         f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
         "decimal commas, date styles and abbreviations; the rest in English. All content and truth rows are "
         "written by hand in `make_heldout20.py` (no generator of clinical content). The rendering machinery "
         "(reportlab drawing with `invariant=1`, handwriting-like font, tick boxes, scan simulation, manifest, "
         "--check and --determinism) is reused from `bench/heldout19/make_heldout19.py`; the document content "
         "is new. Six documents are scans: pages rendered with pypdfium2 at 150-175 dpi, rotated 1.2-2.7 "
         "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
         "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
         "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
         "strings.",
         "", "The author read only `pipeline/clinical/schema.py` and set 19's README, build script and one "
         "truth file (for format), plus the file names of earlier sets' docs/ (to pick unused places); the "
         "pipeline, extractor and scorer were not read or run on these documents, and no OCR was run. "
         "`truth/drawn/*.txt` records the strings drawn into each document.", "",
         "Build: `python make_heldout20.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
         "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
         "`--determinism` (two builds under /tmp/heldout20_work must give identical manifests).", "",
         "## Truth conventions", "",
         "Same conventions as set 19:", "",
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
         "- Names are kept as printed, in the document's language (e.g. Kreatinín, Glucoza, Metformine); an "
         "English name is given in `aliases` where it helps. Values printed with a decimal comma keep the "
         "comma in `value_text` (\"5,4\"); `value_numeric` is the number (5.4). Thousands points "
         "(\"45.000 /mL\") are read as thousands.",
         "- Local flag marks map the same way: \u2191/\u2193 and (H)/(L) -> high/low, (A)/(B) (alto/bajo) -> "
         "high/low, \"Alto\" -> high, \"Alterado\" and positive qualitative results -> abnormal.",
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
         "way (at most 1 per document).", "",
         "Additions in this set:", "",
         "- Thousands separators of every local style are read as thousands: points (\"3.900 /mm³\", "
         "\"4.820 U/l\"), commas in English and Salvadoran Spanish documents (\"11,450 /mm³\", \"1,140 mg/g\") and "
         "a space in French (\"3 450 UI/L\"); `value_text` keeps the printed form.",
         "- Flag words in their own column map like marks: ALTO/BAJO -> high/low, ALTERADO -> abnormal; "
         "(A)/(B) in a Portuguese report mean alto/baixo -> high/low; \u2191/\u2193 in a flag column -> high/low.",
         "- Qualitative results with a printed reference: \"Não reativo\"/\"Negativo\" matching the reference -> "
         "normal; \"Reativo\"/\"Positivo\" -> abnormal. A handwritten positive rapid test without a reference "
         "(malaria RDT) is flagged abnormal (positive qualitative); a negative result in prose without a "
         "reference has flag null. Range-valued microscopy counts (\"25-30 /campo\") keep `value_numeric` null.",
         "- Bilingual test names (South Tyrol): `test_name` is the German name as printed first, the Italian "
         "name is in `aliases`.",
         "- A vaccine not needed because of immunity from past disease (registry exemption) is a must_not row "
         "(why \"other\"), and the past disease a must_not condition (why \"historical\").",
         "- A medicine named only as a question to the specialist or as a conditional next step (\"consider X if "
         "...\") is a must_not row with why \"planned\".",
         "- A medicine held before surgery or suspended until a control result is a row with status \"held\" "
         "and a must_not row (why \"stopped\").", "",
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
