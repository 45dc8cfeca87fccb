#!/usr/bin/env python
"""Build held-out extraction test set 19 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout19.py                 build into this folder (keeps an existing README)
    python make_heldout19.py --check         verify MANIFEST.sha256
    python make_heldout19.py --determinism   build twice under /tmp/heldout19_work, compare
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
        self.rng = random.Random("heldout19-hand-" + self.stem)
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
        c.setTitle(f"Held-out 19 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout19.py")
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


@document
def d01():
    d = Doc(1, "czechia_cumulative_lab", "Czechia", "lab_result", "lab report (cumulative, 3 dates)", "d.m.Y",
            lang="Czech", comma=True)
    d.letterhead("Oblastn\u00ed nemocnice Podhor\u00e1\u010d\u00ed a.s.", [
        "Odd\u011blen\u00ed klinick\u00e9 biochemie, Nemocni\u010dn\u00ed 14, 586 01 Jihlava, \u010cesk\u00e1 republika",
        "Tel. +420 567 155 402   I\u010cP 48 112 907   Akreditovan\u00e1 laborato\u0159 \u010cIA \u010d. 8217"],
        right=["KUMULATIVN\u00cd N\u00c1LEZ", "Vyti\u0161t\u011bno 07.05.2025 06:42"])
    d.kv([("Pacient:", "NOVOTN\u00c1 Jarmila"), ("Rodn\u00e9 \u010d\u00edslo:", "585314/0172"),
          ("Poji\u0161\u0165ovna:", "111 (V\u0160ZP)"), ("Ordinuj\u00edc\u00ed:", "MUDr. Petr Dvo\u0159\u00e1k"),
          ("Odd\u011blen\u00ed:", "Diabetologick\u00e1 ambulance"), ("Diagn\u00f3za:", "E11.9")])
    dates = ["2025-01-14", "2025-03-11", "2025-05-06"]
    U, D = "\u2191", "\u2193"
    rows = [
        ("Gluk\u00f3za", ["Glucose"], "mmol/l", "3,9 \u2013 5,6", 3.9, 5.6, None, ["7,8 " + U, "7,1 " + U, "6,4 " + U]),
        ("Urea", ["Urea"], "mmol/l", "2,8 \u2013 8,1", 2.8, 8.1, None, ["6,2", "7,0", "6,5"]),
        ("Kreatinin", ["Creatinine"], "\u00b5mol/l", "49 \u2013 90", 49.0, 90.0, None, ["104 " + U, "98 " + U, "91 " + U]),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/s/1,73m2", ">1,5", 1.5, None, ">1,5", ["0,88 " + D, "0,94 " + D, "1,02 " + D]),
        ("Drasl\u00edk", ["Potassium", "K"], "mmol/l", "3,5 \u2013 5,1", 3.5, 5.1, None, ["4,6", "5,4 " + U, "4,9"]),
        ("Natrium", ["Sodium", "Na"], "mmol/l", "136 \u2013 145", 136.0, 145.0, None, ["139", "141", "138"]),
        ("ALT", ["Alanine aminotransferase"], "\u00b5kat/l", "0,10 \u2013 0,60", 0.1, 0.6, None, ["0,82 " + U, "0,71 " + U, "0,55"]),
        ("GMT", ["GGT", "gamma-glutamyltransferase"], "\u00b5kat/l", "0,14 \u2013 0,68", 0.14, 0.68, None,
         ["1,24 " + U, "1,02 " + U, "0,88 " + U]),
        ("Cholesterol", ["Total cholesterol"], "mmol/l", "2,9 \u2013 5,0", 2.9, 5.0, None, ["6,4 " + U, "5,2 " + U, "4,6"]),
        ("Hemoglobin", ["Haemoglobin"], "g/l", "120 \u2013 160", 120.0, 160.0, None, ["118 " + D, "124", "127"]),
    ]
    d.title("Biochemie a hematologie \u2013 kumulativn\u00ed p\u0159ehled", 11)
    d.para("Vysv\u011btlivky: \u2191 hodnota nad referen\u010dn\u00ed mez\u00ed, \u2193 hodnota pod referen\u010dn\u00ed mez\u00ed. "
           "Odb\u011bry se\u0159azeny od nejstar\u0161\u00edho.", 8)
    tab = cumul(d, rows, dates)
    d.table(["Vy\u0161et\u0159en\u00ed", "Odb\u011br " + d.d(dates[0]), "Odb\u011br " + d.d(dates[1]),
             "Odb\u011br " + d.d(dates[2]), "Jednotka", "Ref. meze"], tab, [2.6, 1.5, 1.5, 1.5, 1.4, 1.4])
    d.title("Neuzav\u0159en\u00e9 \u017e\u00e1danky", 10)
    d.table(["Vy\u0161et\u0159en\u00ed", "Odb\u011br", "Stav"],
            [["HbA1c (IFCC)", d.d(dates[2]), "v\u00fdsledek bude dopln\u011bn"],
             ["Vitamin D (25-OH)", d.d(dates[2]), "odesl\u00e1no do spolupracuj\u00edc\u00ed laborato\u0159e"]], [3, 1.5, 3])
    d.no("labs", "HbA1c", "other", "pending")
    d.no("labs", "Vitamin D (25-OH)", "other", "pending")
    d.para("Pozn\u00e1mka: eGFR vypo\u010dteno dle CKD-EPI 2021, uvedeno v ml/s/1,73m2. Vzorek 11.03.2025 m\u00edrn\u011b hemolytick\u00fd.", 8)
    d.para("Vyd\u00e1no: Mgr. Hana Kr\u00e1lov\u00e1, odborn\u00fd pracovn\u00edk v laboratorn\u00edch metod\u00e1ch. "
           "Garant: MUDr. Ji\u0159\u00ed Proch\u00e1zka, Ph.D.", 8)
    return d


@document
def d02():
    d = Doc(2, "romania_lab_previous", "Romania", "lab_result", "lab report (previous-result column)", "d.m.Y",
            lang="Romanian", comma=True)
    d.letterhead("Laboratorul Clinic Transilvania Med", [
        "Str. Nicolae B\u0103lcescu nr. 27, 550159 Sibiu, Rom\u00e2nia",
        "Tel. +40 269 555 318   Acreditat RENAR LM 1184   Cod fiscal RO 30917744"],
        right=["BULETIN DE ANALIZE MEDICALE", "Nr. cerere 250422-0917"])
    d.kv([("Nume:", "POPESCU Gheorghe"), ("CNP:", "1620817320145"), ("V\u00e2rsta/Sex:", "62 ani / M"),
          ("Medic trim.:", "Dr. Ioana Moldovan"), ("Recoltat:", "22.04.2025 08:10"), ("Validat:", "22.04.2025 14:55")])
    cur, prev = "2025-04-22", "2024-10-15"
    rows = [
        ("Glicemie", ["Glucose"], "mg/dl", "70 - 100", 70.0, 100.0, None, ["126 (H)", "118 (H)"]),
        ("Hemoglobin\u0103 glicat\u0103 (HbA1c)", ["HbA1c"], "%", "4,0 - 5,6", 4.0, 5.6, None, ["6,9 (H)", "7,4 (H)"]),
        ("Colesterol total", ["Total cholesterol"], "mg/dl", "< 200", None, 200.0, "< 200", ["214 (H)", "238 (H)"]),
        ("LDL colesterol", ["LDL cholesterol"], "mg/dl", "< 100", None, 100.0, "< 100", ["132 (H)", "156 (H)"]),
        ("HDL colesterol", ["HDL cholesterol"], "mg/dl", "> 40", 40.0, None, "> 40", ["44", "39 (L)"]),
        ("Trigliceride", ["Triglycerides"], "mg/dl", "< 150", None, 150.0, "< 150", ["168 (H)", "190 (H)"]),
        ("Creatinin\u0103 seric\u0103", ["Creatinine"], "mg/dl", "0,67 - 1,17", 0.67, 1.17, None, ["1,02", "0,98"]),
        ("Acid uric", ["Uric acid"], "mg/dl", "3,4 - 7,0", 3.4, 7.0, None, ["7,8 (H)", "8,3 (H)"]),
        ("TGP (ALT)", ["ALT"], "U/L", "< 41", None, 41.0, "< 41", ["38", "45 (H)"]),
        ("TSH", ["Thyroid stimulating hormone"], "\u00b5UI/ml", "0,27 - 4,20", 0.27, 4.2, None, ["2,15", "\u2014"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, cells[0], unit, ref, cells[1]])
        for iso, cell in zip((cur, prev), cells):
            if cell == "\u2014":
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.title("BIOCHIMIE", 11)
    d.table(["Analiza", "Rezultat", "UM", "Interval biologic de referin\u021b\u0103",
             "Rezultat anterior (" + d.d(prev) + ")"], tab, [3, 1.3, 1, 2, 2])
    d.para("(H) valoare peste limita superioar\u0103; (L) valoare sub limita inferioar\u0103.", 8)
    d.title("\u00cen lucru", 10)
    d.para("Vitamina B12 \u2013 rezultatul va fi comunicat ulterior (probe trimise la laboratorul partener).", 9)
    d.no("labs", "Vitamina B12", "other", "pending")
    d.para("Interpretarea rezultatelor se face exclusiv de c\u0103tre medicul curant. Medic de laborator: "
           "Dr. Andreea Stoica, medic primar medicin\u0103 de laborator.", 8)
    return d


@document
def d03():
    d = Doc(3, "brazil_urinalysis_scan", "Brazil", "lab_result", "lab report (urinalysis + chemistry, scanned)",
            "d/m/Y", ext="jpg", scan={"dpi": 170, "angle": -1.6}, lang="Portuguese", comma=True)
    d.letterhead("Laborat\u00f3rio de An\u00e1lises Cl\u00ednicas Arauc\u00e1ria", [
        "Rua XV de Novembro, 1290 - Centro, Curitiba - PR, CEP 80060-000, Brasil",
        "Tel. (41) 3555-0192   CNES 2718455   Resp. T\u00e9cnico: Dr. Marcelo Koch - CRF-PR 14.882"])
    d.kv([("Paciente:", "Ana Cl\u00e1udia Ferreira Lima"), ("Idade:", "34 anos  Sexo: F"),
          ("M\u00e9dico:", "Dra. Juliana Prado - CRM-PR 30117"), ("Conv\u00eanio:", "SUS"),
          ("Coleta:", "18/02/2025 07:35"), ("Libera\u00e7\u00e3o:", "18/02/2025 16:20")])
    iso = "2025-02-18"
    d.title("EXAME DE URINA TIPO I (EAS)", 11)
    d.para("Material: urina (jato m\u00e9dio, primeira da manh\u00e3). M\u00e9todo: tira reagente e microscopia.", 8)
    d.table(["Exame", "Resultado", "Sinaliza\u00e7\u00e3o", "Valor de refer\u00eancia"], [
        ["Densidade", "1,025", "", "1,005 a 1,030"],
        ["pH", "5,5", "", "5,0 a 7,0"],
        ["Prote\u00ednas", "Tra\u00e7os", "Alterado", "Ausente"],
        ["Glicose", "Ausente", "", "Ausente"],
        ["Nitrito", "Positivo", "Alterado", "Negativo"],
        ["Leuc\u00f3citos", "45.000 /mL", "Alto", "at\u00e9 10.000 /mL"],
        ["Hem\u00e1cias", "8.000 /mL", "", "at\u00e9 10.000 /mL"],
        ["Bact\u00e9rias", "Numerosas", "Alterado", "Ausentes"],
    ], [2.2, 1.8, 1.3, 2.2])
    d.lab("Densidade", "1,025", None, 1.005, 1.03, None, "normal", iso, ["Specific gravity"])
    d.lab("pH", "5,5", None, 5.0, 7.0, None, "normal", iso, ["Urine pH"])
    d.lab("Prote\u00ednas", "Tra\u00e7os", None, None, None, "Ausente", "abnormal", iso, ["Urine protein"])
    d.lab("Glicose", "Ausente", None, None, None, "Ausente", "normal", iso, ["Urine glucose"])
    d.lab("Nitrito", "Positivo", None, None, None, "Negativo", "abnormal", iso, ["Nitrite"])
    d.lab("Leuc\u00f3citos", "45.000", "/mL", None, 10000.0, "at\u00e9 10.000 /mL", "high", iso,
          ["Urine leukocytes", "WBC"], num=45000.0)
    d.lab("Hem\u00e1cias", "8.000", "/mL", None, 10000.0, "at\u00e9 10.000 /mL", "normal", iso,
          ["Urine red cells", "RBC"], num=8000.0)
    d.lab("Bact\u00e9rias", "Numerosas", None, None, None, "Ausentes", "abnormal", iso, ["Bacteria"])
    d.title("BIOQU\u00cdMICA", 11)
    d.table(["Exame", "Resultado", "Sinaliza\u00e7\u00e3o", "Valor de refer\u00eancia"], [
        ["Creatinina", "0,9 mg/dL", "", "0,6 a 1,1 mg/dL"],
        ["Ureia", "32 mg/dL", "", "15 a 45 mg/dL"],
        ["Prote\u00edna C reativa (PCR)", "18,4 mg/L", "Alto", "inferior a 5,0 mg/L"]], [2.2, 1.8, 1.3, 2.2])
    d.lab("Creatinina", "0,9", "mg/dL", 0.6, 1.1, None, "normal", iso, ["Creatinine"])
    d.lab("Ureia", "32", "mg/dL", 15.0, 45.0, None, "normal", iso, ["Urea"])
    d.lab("Prote\u00edna C reativa (PCR)", "18,4", "mg/L", None, 5.0, "inferior a 5,0 mg/L", "high", iso, ["CRP"])
    d.title("EM ANDAMENTO", 10)
    d.para("Urocultura com antibiograma: material em incuba\u00e7\u00e3o, resultado previsto em 72 horas.", 9)
    d.no("labs", "Urocultura com antibiograma", "other", "pending")
    d.para("Libera\u00e7\u00e3o eletr\u00f4nica. Assinado digitalmente por Dra. Fernanda Wolff - CRF-PR 20.415.", 8)
    return d


@document
def d04():
    d = Doc(4, "colombia_lab_pending", "Colombia", "lab_result", "lab report (attached flags, pending tests)",
            "d/m/Y", lang="Spanish")
    d.letterhead("Laboratorio Cl\u00ednico Aburr\u00e1 IPS", [
        "Carrera 43A # 14-109, El Poblado, Medell\u00edn, Antioquia, Colombia",
        "Tel. (604) 555 7720   NIT 900.418.226-5   Habilitaci\u00f3n REPS 050010221801"])
    d.kv([("Paciente:", "Valentina Restrepo G\u00f3mez"), ("Documento:", "CC 1.037.582.440"),
          ("Edad:", "29 a\u00f1os  Sexo: F"), ("EPS:", "Sura EPS"), ("M\u00e9dico:", "Dr. Andr\u00e9s Zuluaga"),
          ("Fecha toma:", "03/06/2025 07:20")])
    iso = "2025-06-03"
    d.title("HEMATOLOG\u00cdA Y QU\u00cdMICA CL\u00cdNICA", 11)
    d.para("Convenciones: (A) valor alto, (B) valor bajo respecto al intervalo biol\u00f3gico de referencia.", 8)
    rows = [
        ("Hemoglobina", ["Hemoglobin"], "g/dL", "12.0 - 16.0", 12.0, 16.0, None, "11.2 (B)"),
        ("Hematocrito", ["Hematocrit"], "%", "36.0 - 46.0", 36.0, 46.0, None, "34.5 (B)"),
        ("Volumen corpuscular medio (VCM)", ["MCV"], "fL", "80 - 100", 80.0, 100.0, None, "74 (B)"),
        ("Recuento de leucocitos", ["WBC"], "x10^3/\u00b5L", "4.5 - 11.0", 4.5, 11.0, None, "7.8"),
        ("Recuento de plaquetas", ["Platelets"], "x10^3/\u00b5L", "150 - 450", 150.0, 450.0, None, "310"),
        ("Ferritina", ["Ferritin"], "ng/mL", "15 - 150", 15.0, 150.0, None, "8 (B)"),
        ("TSH", ["Thyroid stimulating hormone"], "\u00b5UI/mL", "0.40 - 4.00", 0.4, 4.0, None, "3.10"),
        ("Creatinina", ["Creatinine"], "mg/dL", "0.50 - 1.10", 0.5, 1.1, None, "0.78"),
        ("Glucosa en ayunas", ["Fasting glucose"], "mg/dL", "70 - 100", 70.0, 100.0, None, "88"),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cell in rows:
        tab.append([test, cell + " " + unit, ref])
        v, f = _sp(cell)
        d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.table(["Examen", "Resultado", "Intervalo de referencia"], tab, [3.2, 2, 2])
    d.title("PENDIENTES", 10)
    d.table(["Examen", "Estado"], [
        ["Vitamina B12", "Pendiente - se reportar\u00e1 en 48 horas"],
        ["Anticuerpos anti-transglutaminasa tisular IgA", "En proceso - remitido a laboratorio de referencia"]], [3.2, 4])
    d.no("labs", "Vitamina B12", "other", "pending")
    d.no("labs", "Anticuerpos anti-transglutaminasa tisular IgA", "other", "pending")
    d.para("Bacteri\u00f3loga responsable: Laura Cardona Mej\u00eda, T.P. 43.118. Resultados validados electr\u00f3nicamente.", 8)
    return d


@document
def d05():
    d = Doc(5, "hungary_lab_flagcol", "Hungary", "lab_result", "lab report (flags in their own column)", "Y.m.d",
            lang="Hungarian", comma=True)
    d.letterhead("Baranya V\u00e1rmegyei Rendel\u0151int\u00e9zet \u2013 K\u00f6zponti Laborat\u00f3rium", [
        "7624 P\u00e9cs, Szigeti \u00fat 61., Magyarorsz\u00e1g",
        "Tel.: +36 72 555 410   NEAK int\u00e9zm\u00e9nyk\u00f3d: 0211"],
        right=["LELET", "Nyomtatva: 2025.03.27. 15:02"])
    d.kv([("N\u00e9v:", "Horv\u00e1th L\u00e1szl\u00f3"), ("TAJ:", "048 221 963"), ("Sz\u00fcl. d\u00e1tum:", "1951.09.02."),
          ("Bek\u00fcld\u0151:", "Dr. Kiss Andrea, nefrol\u00f3gia"), ("Mintav\u00e9tel:", "2025.03.27. 07:45"),
          ("Minta:", "sz\u00e9rum, EDTA-v\u00e9r")])
    iso = "2025-03-27"
    U, D = "\u2191", "\u2193"
    rows = [
        ("Gl\u00fck\u00f3z", ["Glucose"], "5,4", "mmol/l", "", "3,6 - 6,0", 3.6, 6.0, None),
        ("Karbamid", ["Urea"], "9,8", "mmol/l", U, "2,8 - 7,2", 2.8, 7.2, None),
        ("Kreatinin", ["Creatinine"], "142", "\u00b5mol/l", U, "62 - 106", 62.0, 106.0, None),
        ("eGFR (CKD-EPI)", ["eGFR"], "46", "ml/perc/1,73m2", D, ">60", 60.0, None, ">60"),
        ("N\u00e1trium", ["Sodium"], "134", "mmol/l", D, "136 - 145", 136.0, 145.0, None),
        ("K\u00e1lium", ["Potassium"], "5,6", "mmol/l", U, "3,5 - 5,1", 3.5, 5.1, None),
        ("Magn\u00e9zium", ["Magnesium"], "0,62", "mmol/l", D, "0,66 - 1,07", 0.66, 1.07, None),
        ("H\u00fagysav", ["Uric acid"], "498", "\u00b5mol/l", U, "202 - 417", 202.0, 417.0, None),
        ("CRP", ["C-reactive protein"], "3,2", "mg/l", "", "<5,0", None, 5.0, "<5,0"),
        ("NT-proBNP", ["NT-proBNP"], "1840", "ng/l", U, "<125", None, 125.0, "<125"),
        ("Hemoglobin", ["Haemoglobin"], "118", "g/l", D, "130 - 170", 130.0, 170.0, None),
    ]
    tab = []
    for test, al, v, unit, fl, ref, lo, hi, rt in rows:
        tab.append([test, v, unit, fl, ref])
        d.lab(test, v, unit, lo, hi, rt, FLAGMAP[fl] if fl else "normal", iso, al)
    d.title("Klinikai k\u00e9mia \u00e9s hematol\u00f3gia", 11)
    d.table(["Vizsg\u00e1lat", "Eredm\u00e9ny", "M\u00e9rt\u00e9kegys\u00e9g", "Jelz\u00e9s", "Referencia tartom\u00e1ny"],
            tab, [3, 1.3, 1.8, 0.9, 2])
    d.para("Jelz\u00e9s: \u2191 a referencia tartom\u00e1ny felett, \u2193 a referencia tartom\u00e1ny alatt.", 8)
    d.para("Folyamatban: Vizelet \u00fcled\u00e9k vizsg\u00e1lat \u2013 az eredm\u00e9nyt k\u00e9s\u0151bb k\u00fcldj\u00fck.", 9)
    d.no("labs", "Vizelet \u00fcled\u00e9k", "other", "pending")
    d.para("Valid\u00e1lta: Dr. Szab\u00f3 Ildik\u00f3 laborat\u00f3riumi szakorvos.", 8)
    return d


@document
def d06():
    d = Doc(6, "alberta_lab_units_header_scan", "Canada (Alberta)", "lab_result",
            "lab report (units in the header, dates as rows, scanned)", "Y-m-d",
            scan={"dpi": 160, "angle": 2.2}, size=letter)
    d.letterhead("Prairie Foothills Regional Hospital - Laboratory Services", [
        "4620 50 Street, Red Deer, AB T4N 1X2, Canada",
        "Tel +1 403 555 0118   Alberta Health Services partner laboratory"],
        right=["CUMULATIVE INPATIENT REPORT", "Printed 2025-05-16 15:10"])
    d.kv([("Patient:", "WHITEHORSE, Dale R."), ("ULI:", "9876-54321"), ("DOB:", "1958-11-30  M"),
          ("Unit:", "4 South Medicine"), ("Attending:", "Dr. K. Olafson"), ("Visit:", "IP 25-0041187")])
    dates = ["2025-05-12", "2025-05-14", "2025-05-16"]
    tests = [("Hgb", ["Hemoglobin"], "g/L", 120.0, 160.0, "120-160"),
             ("WBC", ["White blood cell count"], "x10E9/L", 4.0, 11.0, "4.0-11.0"),
             ("Plt", ["Platelets"], "x10E9/L", 150.0, 400.0, "150-400"),
             ("Na", ["Sodium"], "mmol/L", 133.0, 145.0, "133-145"),
             ("K", ["Potassium"], "mmol/L", 3.5, 5.0, "3.5-5.0"),
             ("Creat", ["Creatinine"], "umol/L", 50.0, 100.0, "50-100")]
    grid = [["98 L", "14.6 H", "412 H", "129 L", "3.2 L", "168 H"],
            ["103 L", "11.9 H", "388", "132 L", "3.8", "131 H"],
            ["109 L", "8.7", "341", "136", "4.1", "104 H"]]
    tab = []
    for iso, cells in zip(dates, grid):
        tab.append([d.d(iso) + " 06:00"] + cells)
        for (t, al, unit, lo, hi, _r), cell in zip(tests, cells):
            v, f = _sp(cell)
            d.lab(t, v, unit, lo, hi, None, f or "normal", iso, al)
    tab.append(["Reference"] + [t[5] for t in tests])
    d.title("Hematology / Chemistry", 11)
    d.table(["Collected"] + [f"{t[0]} ({t[2]})" for t in tests], tab, [1.8, 1, 1.2, 1.2, 1.2, 1.2, 1.2])
    d.para("H = high, L = low. Units are given in the column headings.", 8)
    d.para("Blood culture x2 (collected 2025-05-12): no growth to date at 96 h - final report to follow.", 8.5)
    d.no("labs", "Blood culture", "other", "pending, no final result")
    d.para("Verified: T. Nakamura, MLT. Medical microbiologist on call: Dr. S. Brandt.", 8)
    return d


@document
def d07():
    d = Doc(7, "luxembourg_lab_single", "Luxembourg", "lab_result", "lab report (single date, flag column)",
            "d/m/Y", lang="French", comma=True)
    d.letterhead("Laboratoire d'Analyses M\u00e9dicales Moselle-Alzette", [
        "12, route d'Esch, L-1470 Luxembourg, Grand-Duch\u00e9 de Luxembourg",
        "T\u00e9l. +352 26 55 48 10   Agr\u00e9ment Minist\u00e8re de la Sant\u00e9 n\u00b0 LAM-0427"])
    d.kv([("Patient(e):", "SCHMIT Marc"), ("Matricule CNS:", "1967 0412 048"), ("N\u00e9(e) le:", "12/04/1967"),
          ("Prescripteur:", "Dr Claude Weber"), ("Pr\u00e9l\u00e8vement:", "12/03/2025 07:55"),
          ("Dossier:", "250312-1184")])
    iso = "2025-03-12"
    rows = [
        ("H\u00e9moglobine", ["Hemoglobin"], "14,1", "g/dl", "", "13,0 - 17,0", 13.0, 17.0, None),
        ("Leucocytes", ["WBC"], "6,8", "G/l", "", "4,0 - 10,0", 4.0, 10.0, None),
        ("Plaquettes", ["Platelets"], "212", "G/l", "", "150 - 400", 150.0, 400.0, None),
        ("Glyc\u00e9mie \u00e0 jeun", ["Fasting glucose"], "1,18", "g/l", "H", "0,70 - 1,10", 0.7, 1.1, None),
        ("H\u00e9moglobine glyqu\u00e9e (HbA1c)", ["HbA1c"], "6,3", "%", "H", "4,0 - 6,0", 4.0, 6.0, None),
        ("Cr\u00e9atinine", ["Creatinine"], "9,8", "mg/l", "", "7,0 - 12,0", 7.0, 12.0, None),
        ("Cholest\u00e9rol LDL (calcul\u00e9)", ["LDL cholesterol"], "1,62", "g/l", "H", "< 1,16", None, 1.16, "< 1,16"),
        ("TSH", ["Thyroid stimulating hormone"], "1,90", "mUI/l", "", "0,27 - 4,20", 0.27, 4.2, None),
        ("PSA total", ["Prostate specific antigen"], "5,6", "ng/ml", "H", "< 4,0", None, 4.0, "< 4,0"),
        ("Ferritine", ["Ferritin"], "320", "\u00b5g/l", "", "30 - 400", 30.0, 400.0, None),
        ("Vitamine D (25-OH)", ["25-hydroxyvitamin D"], "18", "ng/ml", "L", "30 - 100", 30.0, 100.0, None),
    ]
    tab = []
    for test, al, v, unit, fl, ref, lo, hi, rt in rows:
        tab.append([test, v, unit, fl, ref])
        d.lab(test, v, unit, lo, hi, rt, FLAGMAP[fl] if fl else "normal", iso, al)
    d.title("H\u00e9matologie - Biochimie - Hormonologie", 11)
    d.table(["Analyse", "R\u00e9sultat", "Unit\u00e9", "Flag", "Valeurs de r\u00e9f\u00e9rence"], tab, [3.2, 1.2, 1.1, 0.8, 2])
    d.para("H : sup\u00e9rieur \u00e0 la valeur de r\u00e9f\u00e9rence ; L : inf\u00e9rieur \u00e0 la valeur de r\u00e9f\u00e9rence.", 8)
    d.para("Commentaire : PSA \u00e0 contr\u00f4ler dans 6 semaines ; PSA libre en cours de dosage, r\u00e9sultat \u00e0 suivre.", 8.5)
    d.no("labs", "PSA libre", "other", "pending")
    d.para("Biologiste responsable : Dr Anne Hoffmann. Compte rendu valid\u00e9 le 12/03/2025.", 8)
    return d


@document
def d08():
    d = Doc(8, "liechtenstein_referral_letter", "Liechtenstein", "medical_record",
            "referral letter (handwritten addendum)", "d.m.Y", lang="German")
    d.letterhead("Hausarztpraxis Dr. med. Lukas Frommelt", [
        "Facharzt f\u00fcr Allgemeine Innere Medizin FMH",
        "\u00c4ulestrasse 38, 9490 Vaduz, F\u00fcrstentum Liechtenstein   Tel. +423 232 55 71   Fax +423 232 55 72"])
    d.para("Landesspital Liechtenstein\nPneumologische Sprechstunde\nz. H. Frau Dr. med. Sabine Vogt\nHeiligkreuz 25, 9490 Vaduz")
    d.para("Vaduz, " + d.d("2025-04-09"))
    d.para("\u00dcberweisung: Herr Anton Marxer, geb. 17.02.1956, Heiligkreuz 4, 9494 Schaan, OKP-Nr. 756.4411.2093.18",
           font="B")
    d.para("Sehr geehrte Frau Kollegin,")
    d.para("ich \u00fcberweise Ihnen obgenannten Patienten zur pneumologischen Abkl\u00e4rung bei zunehmender "
           "Belastungsdyspnoe und n\u00e4chtlichen Atemaussetzern, die die Ehefrau beobachtet. Es besteht der "
           "Verdacht auf ein obstruktives Schlafapnoe-Syndrom. Kein Asthma bronchiale in der Vorgeschichte. "
           "Die COPD-Exazerbation Anfang April wurde mit einer Prednison-Sto\u00dftherapie behandelt.")
    d.no("conditions", "obstruktives Schlafapnoe-Syndrom", "other", "suspected, referral question")
    d.no("conditions", "Asthma bronchiale", "negated")
    d.title("Diagnosen", 10)
    d.bullets(["Chronisch obstruktive Lungenerkrankung (COPD GOLD 2, Gruppe E), J44.9",
               "Arterielle Hypertonie, I10", "Diabetes mellitus Typ 2, nicht insulinpflichtig, E11.9",
               "Paroxysmales Vorhofflimmern, CHA2DS2-VASc 3, I48.0", "St. n. Appendektomie 1988"])
    d.cond("Chronisch obstruktive Lungenerkrankung", "active", "J44.9", ["COPD", "chronic obstructive pulmonary disease"])
    d.cond("Arterielle Hypertonie", "active", "I10", ["hypertension"])
    d.cond("Diabetes mellitus Typ 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Paroxysmales Vorhofflimmern", "active", "I48.0", ["paroxysmal atrial fibrillation"])
    d.no("conditions", "Appendektomie", "historical", "past surgery")
    d.title("Aktuelle Medikation", 10)
    d.table(["Pr\u00e4parat", "Wirkstoff", "St\u00e4rke", "Dosierung", "Applikation"], [
        ["Spiriva Respimat", "Tiotropium", "2.5 \u00b5g/Hub", "2 H\u00fcbe 1x t\u00e4glich", "inhalativ"],
        ["Ventolin Dosieraerosol", "Salbutamol", "100 \u00b5g/Hub", "1-2 H\u00fcbe bei Bedarf", "inhalativ"],
        ["Metformin Mepha", "Metformin", "1000 mg", "1-0-1", "p.o."],
        ["Eliquis", "Apixaban", "5 mg", "1-0-1", "p.o."],
        ["Amlodipin Sandoz", "Amlodipin", "5 mg", "1-0-0", "p.o."],
        ["Prednison Streuli", "Prednison", "40 mg", "1-0-0, 02.04.-06.04.2025, abgeschlossen", "p.o."]],
        [2.2, 1.6, 1.3, 2.6, 1.2])
    d.med("Tiotropium", "Spiriva Respimat", "2.5", "\u00b5g", "inhalativ", "1x t\u00e4glich")
    d.med("Salbutamol", "Ventolin", "100", "\u00b5g", "inhalativ", "bei Bedarf")
    d.med("Metformin", None, "1000", "mg", "p.o.", "1-0-1")
    d.med("Apixaban", "Eliquis", "5", "mg", "p.o.", "1-0-1")
    d.med("Amlodipin", None, "5", "mg", "p.o.", "1-0-0")
    d.med("Prednison", None, "40", "mg", "p.o.", "1-0-0", "completed")
    d.no("medications", "Prednison", "stopped", "course completed")
    d.title("Allergien / Unvertr\u00e4glichkeiten", 10)
    d.para("Penicillin (Urtikaria, 1994). Hausstaubmilbe (Rhinitis). Keine Unvertr\u00e4glichkeit auf jodhaltiges Kontrastmittel.")
    d.alg("Penicillin", "Urtikaria")
    d.alg("Hausstaubmilbe", "Rhinitis")
    d.no("allergies", "jodhaltiges Kontrastmittel", "negated")
    d.title("Befunde", 10)
    d.para("BD 148/86 mmHg, Puls 88/min unregelm\u00e4ssig, SpO2 92 % bei Raumluft, Gewicht 96 kg, Gr\u00f6sse 178 cm. "
           "Labor vom " + d.d("2025-04-03") + ": HbA1c 7.2 %, Kreatinin 88 \u00b5mol/l.")
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "/min")
    d.vit("oxygen_saturation", "92", 92.0, None, "%")
    d.vit("weight", "96", 96.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.lab("HbA1c", "7.2", "%", None, None, None, None, "2025-04-03")
    d.lab("Kreatinin", "88", "\u00b5mol/l", None, None, None, None, "2025-04-03", ["Creatinine"])
    d.para("Familienanamnese: Vater verstorben an Lungenkarzinom mit 71 Jahren.")
    d.no("conditions", "Lungenkarzinom", "family")
    d.para("F\u00fcr die Abkl\u00e4rung (Lungenfunktion, Polygraphie) danke ich Ihnen bestens.")
    d.para("Mit freundlichen kollegialen Gr\u00fcssen")
    d.signature("Dr. med. Lukas Frommelt", "Facharzt f\u00fcr Allgemeine Innere Medizin")
    d.hand_line("Nachtrag:", "raucht weiter ca. 20 Zig./Tag - Nikotinersatz bitte besprechen", 10.5)
    d.no("medications", "Nikotinersatz", "planned")
    return d


@document
def d09():
    d = Doc(9, "san_marino_cardiology_letter", "San Marino", "medical_record", "specialist letter (cardiology)",
            "d/m/Y", lang="Italian", comma=True)
    d.letterhead("Ospedale di Stato - U.O.C. Cardiologia", [
        "Istituto per la Sicurezza Sociale, Via Scialoja 20, 47893 Borgo Maggiore, Repubblica di San Marino",
        "Tel. +378 0549 994 555   Ambulatorio di cardiologia: luned\u00ec-venerd\u00ec 8-14"])
    d.para("Al Medico curante Dott.ssa Chiara Gasperoni - Centro Sanitario di Serravalle")
    d.para("San Marino, " + d.d("2025-05-20"))
    d.para("Oggetto: visita cardiologica di controllo - Sig. Marino Guidi, nato il 03/11/1954, ISS n. 0117730",
           font="B")
    d.para("Gentile Collega, ho rivisto in data odierna il Sig. Guidi. Il paziente nega dolore toracico, "
           "dispnea da sforzo e palpitazioni; nessuna sincope. Buona tolleranza alla terapia.")
    d.no("conditions", "dolore toracico", "negated")
    d.no("conditions", "sincope", "negated")
    d.title("Diagnosi", 10)
    d.bullets(["Cardiopatia ischemica cronica - esiti di STEMI inferiore trattato con PTCA + stent medicato su CDx (03/2024)",
               "Ipertensione arteriosa", "Dislipidemia", "Malattia renale cronica stadio 3a",
               "Pregressa fibrillazione atriale post-operatoria (2019), risolta, non recidive"])
    d.cond("Cardiopatia ischemica cronica", "active", None, ["chronic ischaemic heart disease"])
    d.cond("Ipertensione arteriosa", "active", None, ["hypertension"])
    d.cond("Dislipidemia", "active", None, ["dyslipidaemia"])
    d.cond("Malattia renale cronica stadio 3a", "active", None, ["chronic kidney disease stage 3a"])
    d.no("conditions", "fibrillazione atriale post-operatoria", "historical", "resolved")
    d.para("Anamnesi familiare: madre con diabete mellito tipo 2; padre deceduto per ictus.")
    d.no("conditions", "diabete mellito tipo 2", "family")
    d.no("conditions", "ictus", "family")
    d.para("Allergie: mezzi di contrasto iodati (orticaria generalizzata); FANS (broncospasmo).")
    d.alg("mezzi di contrasto iodati", "orticaria generalizzata")
    d.alg("FANS", "broncospasmo")
    d.para("Esame obiettivo: PA 132/78 mmHg, FC 62 bpm ritmica, peso 81 kg. Toni validi, pause libere.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "62", 62.0, None, "bpm")
    d.vit("weight", "81", 81.0, None, "kg")
    d.para("Esami del " + d.d("2025-05-12") + ": colesterolo LDL 68 mg/dl, creatinina 1,32 mg/dl, potassio 4,7 mmol/l.")
    d.lab("colesterolo LDL", "68", "mg/dl", None, None, None, None, "2025-05-12", ["LDL cholesterol"])
    d.lab("creatinina", "1,32", "mg/dl", None, None, None, None, "2025-05-12", ["creatinine"])
    d.lab("potassio", "4,7", "mmol/l", None, None, None, None, "2025-05-12", ["potassium"])
    d.title("Terapia consigliata", 10)
    d.table(["Farmaco", "Posologia", "Note"], [
        ["Cardioaspirin (acido acetilsalicilico) 100 mg", "1 cp/die dopo pranzo", "proseguire"],
        ["Brilique (ticagrelor) 90 mg", "1 cp x 2/die", "SOSPENDERE: completati 12 mesi di DAPT"],
        ["Bisoprololo 2,5 mg", "1 cp/die al mattino", "proseguire"],
        ["Ramipril 5 mg", "1 cp/die", "proseguire"],
        ["Atorvastatina 80 mg", "1 cp la sera", "proseguire"],
        ["Ezetimibe 10 mg", "1 cp/die", "NUOVO - LDL non a target (< 55 mg/dl)"]], [3.2, 2, 2.8])
    d.med("acido acetilsalicilico", "Cardioaspirin", "100", "mg", None, "1 cp/die")
    d.med("ticagrelor", "Brilique", "90", "mg", None, "1 cp x 2/die", "completed")
    d.no("medications", "ticagrelor", "stopped", "DAPT completed")
    d.med("Bisoprololo", None, "2,5", "mg", None, "1 cp/die")
    d.med("Ramipril", None, "5", "mg", None, "1 cp/die")
    d.med("Atorvastatina", None, "80", "mg", None, "1 cp la sera")
    d.med("Ezetimibe", None, "10", "mg", None, "1 cp/die", "new")
    d.para("Se al prossimo controllo il colesterolo LDL non fosse a target si valuter\u00e0 un inibitore di PCSK9. "
           "Controllo ecocardiografico fra 6 mesi.")
    d.no("medications", "inibitore di PCSK9", "planned")
    d.para("Cordiali saluti,")
    d.signature("Dott. Stefano Casadei", "Dirigente medico, U.O.C. Cardiologia", hand=False)
    return d


@document
def d10():
    d = Doc(10, "faroe_islands_visitor_letter", "Faroe Islands", "medical_record",
            "clinic letter for a visitor (handwritten addendum)", "j F Y")
    d.letterhead("T\u00f3rshavn Harbour Medical Centre", [
        "Undir Bryggjubakka 9, FO-100 T\u00f3rshavn, Faroe Islands",
        "Tel +298 35 55 10   Out-of-hours doctor (L\u00e6knavaktin) 1870"])
    d.para(d.d("2025-07-14"))
    d.para("To the patient's general practitioner (Hausarzt) in Hamburg, Germany - letter given to the patient", font="I")
    d.para("Re: Mr Jonas Petersen-Kruse, born 2 March 1979, visiting on a cruise (MS Nordlys, cabin 6112)", font="B")
    d.para("Dear Colleague,")
    d.para("I saw Mr Petersen-Kruse today with a two-day history of a red, hot and swollen left shin after a graze. "
           "My diagnosis is cellulitis of the left lower leg. Deep vein thrombosis was ruled out on point-of-care "
           "ultrasound. He has no history of heart disease.")
    d.cond("Cellulitis of the left lower leg", "active", None, ["cellulitis"])
    d.no("conditions", "Deep vein thrombosis", "other", "ruled out")
    d.no("conditions", "heart disease", "negated")
    d.para("His background is type 1 diabetes mellitus (since age 14, on basal-bolus insulin), coeliac disease and "
           "Hashimoto's thyroiditis. He had a provoked DVT of the right leg in 2016, fully treated, with no recurrence.")
    d.cond("type 1 diabetes mellitus", "active", None, ["T1DM"])
    d.cond("coeliac disease", "active", None, ["celiac disease"])
    d.cond("Hashimoto's thyroiditis", "active", None, ["autoimmune hypothyroidism"])
    d.no("conditions", "provoked DVT of the right leg", "historical")
    d.para("On examination: temperature 38.1 \u00b0C, pulse 96 bpm, BP 124/76 mmHg, SpO2 98 % on air. "
           "Bloods today: CRP 86 mg/L (ref <5), WBC 13.2 x10^9/L (ref 4.0-10.0), random glucose 14.8 mmol/L.")
    d.vit("temperature", "38.1", 38.1, None, "\u00b0C")
    d.vit("heart_rate", "96", 96.0, None, "bpm")
    d.vit("blood_pressure", "124/76", 124.0, 76.0, "mmHg")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.lab("CRP", "86", "mg/L", None, 5.0, "<5", "high", "2025-07-14", ["C-reactive protein"])
    d.lab("WBC", "13.2", "x10^9/L", 4.0, 10.0, None, "high", "2025-07-14", ["white cell count"])
    d.lab("random glucose", "14.8", "mmol/L", None, None, None, None, "2025-07-14", ["glucose"])
    d.para("He was given one dose of cefazolin 2 g intravenously in the clinic, and a tetanus booster "
           "(Boostrix, dTpa, batch AC52B418AA) as his last dose was over ten years ago.")
    d.no("medications", "cefazolin", "other", "one-off dose in clinic")
    d.imm("tetanus booster", "2025-07-14", None, "AC52B418AA", "Boostrix")
    d.title("Medication on leaving", 10)
    d.bullets(["Flucloxacillin 500 mg orally four times daily for 7 days - NEW, started today",
               "Insulin glargine (Lantus) 22 units subcutaneously at night",
               "Insulin aspart (NovoRapid) subcutaneously with meals, by carbohydrate ratio",
               "Levothyroxine 75 micrograms orally once daily"])
    d.med("Flucloxacillin", None, "500", "mg", "orally", "four times daily", "new")
    d.med("Insulin glargine", "Lantus", "22", "units", "subcutaneously", "at night")
    d.med("Insulin aspart", "NovoRapid", None, None, "subcutaneously", "with meals")
    d.med("Levothyroxine", None, "75", "micrograms", "orally", "once daily")
    d.para("Allergies: clarithromycin (widespread rash); Elastoplast adhesive dressings (blistering).")
    d.alg("clarithromycin", "widespread rash")
    d.alg("Elastoplast adhesive dressings", "blistering")
    d.para("Please review in 48-72 hours. If the redness spreads beyond the marked line he should seek urgent care.")
    d.para("Kind regards,")
    d.signature("Dr Mar\u00edn Joensen", "General practitioner, T\u00f3rshavn Harbour Medical Centre")
    d.hand_line("PS", "wound swab sent - result pending, will e-mail", 10.5)
    d.no("labs", "wound swab", "other", "pending")
    return d


@document
def d11():
    d = Doc(11, "minnesota_rheumatology_letter", "United States (Minnesota)", "medical_record",
            "specialist consultation letter (rheumatology)", "m/d/Y", size=letter)
    d.letterhead("North Star Arthritis & Rheumatology, PA", [
        "2200 W Superior St, Suite 410, Duluth, MN 55806, USA",
        "Tel +1 218 555 0174   Fax +1 218 555 0175"])
    d.para(d.d("2025-05-06"))
    d.para("Kristin Lindqvist, MD\nLake Superior Family Medicine, 1501 London Rd, Duluth, MN 55812")
    d.para("RE: Heidi A. Bergstrom   DOB 08/21/1978   MRN NSR-55108", font="B")
    d.para("Dear Dr. Lindqvist,")
    d.para("Thank you for asking me to see Ms. Bergstrom for swollen fingers and heel pain. History, examination "
           "and imaging support psoriatic arthritis with dactylitis of the right 2nd toe and left 3rd finger. "
           "Gout was considered but ruled out: no crystals on aspiration of the left 3rd PIP. She has never had "
           "uveitis. Her brother has ankylosing spondylitis.")
    d.no("conditions", "Gout", "other", "ruled out")
    d.no("conditions", "uveitis", "negated")
    d.no("conditions", "ankylosing spondylitis", "family")
    d.title("Assessment", 10)
    d.bullets(["Psoriatic arthritis (L40.50)", "Plaque psoriasis (L40.0)", "Obesity, class II (E66.9)",
               "Nonalcoholic fatty liver disease (K76.0)"])
    d.cond("Psoriatic arthritis", "active", "L40.50")
    d.cond("Plaque psoriasis", "active", "L40.0")
    d.cond("Obesity, class II", "active", "E66.9", ["obesity"])
    d.cond("Nonalcoholic fatty liver disease", "active", "K76.0", ["NAFLD"])
    d.title("Medications", 10)
    d.bullets(["Methotrexate 15 mg PO weekly (Saturdays) - continue",
               "Folic acid 1 mg PO daily - continue",
               "Naproxen 500 mg PO BID - HOLD until creatinine is rechecked",
               "Prednisone 10 mg PO daily - taper completed 03/2025",
               "Celecoxib 200 mg daily - stopped 2023 (dyspepsia)"])
    d.med("Methotrexate", None, "15", "mg", "PO", "weekly")
    d.med("Folic acid", None, "1", "mg", "PO", "daily")
    d.med("Naproxen", None, "500", "mg", "PO", "BID", "held")
    d.no("medications", "Naproxen", "stopped", "held")
    d.med("Prednisone", None, "10", "mg", "PO", "daily", "completed")
    d.no("medications", "Prednisone", "stopped", "taper completed")
    d.med("Celecoxib", None, "200", "mg", None, "daily", "stopped")
    d.no("medications", "Celecoxib", "stopped")
    d.para("Plan: start adalimumab (Humira) 40 mg SC every other week once insurance approval is received.")
    d.no("medications", "adalimumab", "planned")
    d.para("Allergies: sulfasalazine (drug rash with eosinophilia); latex (contact dermatitis).")
    d.alg("sulfasalazine", "drug rash with eosinophilia")
    d.alg("latex", "contact dermatitis")
    d.title("Results (collected " + d.d("2025-04-29") + ")", 10)
    d.table(["Test", "Result", "Flag", "Reference"], [
        ["ESR", "34 mm/hr", "H", "0-20"], ["CRP", "12.4 mg/L", "H", "<10.0"], ["ALT", "28 U/L", "", "7-40"],
        ["Creatinine", "1.08 mg/dL", "H", "0.59-1.04"], ["QuantiFERON-TB Gold Plus", "Negative", "", "Negative"],
        ["HLA-B27", "Pending", "", ""]], [3, 2, 1, 2])
    iso = "2025-04-29"
    d.lab("ESR", "34", "mm/hr", 0.0, 20.0, None, "high", iso)
    d.lab("CRP", "12.4", "mg/L", None, 10.0, "<10.0", "high", iso)
    d.lab("ALT", "28", "U/L", 7.0, 40.0, None, "normal", iso)
    d.lab("Creatinine", "1.08", "mg/dL", 0.59, 1.04, None, "high", iso)
    d.lab("QuantiFERON-TB Gold Plus", "Negative", None, None, None, "Negative", "normal", iso)
    d.no("labs", "HLA-B27", "other", "pending")
    d.para("Vitals today: BP 136/82 mmHg, weight 104.3 kg, BMI 37.8 kg/m2.")
    d.vit("blood_pressure", "136/82", 136.0, 82.0, "mmHg")
    d.vit("weight", "104.3", 104.3, None, "kg")
    d.vit("bmi", "37.8", 37.8, None, "kg/m2")
    d.para("Vaccines before biologic therapy: she received Shingrix dose 1 and Prevnar 20 on 02/11/2025; "
           "hepatitis A vaccine is due before her trip. Hepatitis B vaccination was declined.")
    d.imm("Shingrix (zoster recombinant)", "2025-02-11", 1, None, "Shingrix")
    d.imms[-1]["vaccine"] = "Shingrix"
    d.imm("Pneumococcal conjugate PCV20", "2025-02-11", None, None, "Prevnar 20")
    d.imms[-1]["vaccine"] = "Prevnar 20"
    d.no("immunizations", "hepatitis A vaccine", "due")
    d.no("immunizations", "Hepatitis B", "other", "declined")
    d.para("Sincerely,")
    d.signature("Erik J. Halvorsen, MD", "Rheumatology", hand=False)
    return d


@document
def d12():
    d = Doc(12, "paraguay_discharge_summary", "Paraguay", "discharge_summary",
            "discharge summary (3 pages, medication-changes table)", "d/m/Y", lang="Spanish", comma=True)
    d.letterhead("Hospital General Santa Luc\u00eda del Paraguay", [
        "Servicio de Cl\u00ednica M\u00e9dica - Avda. Mariscal L\u00f3pez 2480, Asunci\u00f3n, Paraguay",
        "Tel. +595 21 555 840   Registro MSPyBS N\u00b0 01-0447"], right=["EPICRISIS", "RESUMEN DE ALTA"])
    d.run_header = "Epicrisis - BENÍTEZ ORTIZ, Ram\u00f3n - Historia Cl\u00ednica 448.201"
    d.kv([("Paciente:", "BEN\u00cdTEZ ORTIZ, Ram\u00f3n"), ("C.I.:", "1.884.302"), ("Edad:", "71 a\u00f1os  Sexo: M"),
          ("Historia Cl\u00ednica:", "448.201"), ("Ingreso:", "02/03/2025 21:40"), ("Egreso:", "09/03/2025 11:00"),
          ("Sala:", "Cl\u00ednica M\u00e9dica II, cama 14"), ("M\u00e9dico tratante:", "Dra. Liz Caballero")])
    d.title("Motivo de ingreso", 10)
    d.para("Disnea progresiva de una semana de evoluci\u00f3n hasta hacerse de reposo, ortopnea, edema de miembros "
           "inferiores, fiebre y tos con expectoraci\u00f3n purulenta de 3 d\u00edas.")
    d.title("Diagn\u00f3sticos de egreso", 10)
    d.bullets(["Insuficiencia card\u00edaca con fracci\u00f3n de eyecci\u00f3n reducida (FEVI 30 %), descompensada (I50.2)",
               "Neumon\u00eda adquirida en la comunidad, l\u00f3bulo inferior derecho (J18.9)",
               "Fibrilaci\u00f3n auricular permanente (I48.2)", "Diabetes mellitus tipo 2 (E11.9)",
               "Enfermedad renal cr\u00f3nica estadio 3b (N18.3)", "Hipotiroidismo (E03.9)",
               "Lesi\u00f3n renal aguda prerrenal, resuelta durante la internaci\u00f3n"])
    d.cond("Insuficiencia card\u00edaca con fracci\u00f3n de eyecci\u00f3n reducida", "active", "I50.2", ["heart failure with reduced ejection fraction"])
    d.cond("Neumon\u00eda adquirida en la comunidad", "active", "J18.9", ["community-acquired pneumonia"])
    d.cond("Fibrilaci\u00f3n auricular permanente", "active", "I48.2", ["permanent atrial fibrillation"])
    d.cond("Diabetes mellitus tipo 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Enfermedad renal cr\u00f3nica estadio 3b", "active", "N18.3", ["chronic kidney disease stage 3b"])
    d.cond("Hipotiroidismo", "active", "E03.9", ["hypothyroidism"])
    d.no("conditions", "Lesi\u00f3n renal aguda prerrenal", "historical", "resolved during admission")
    d.title("Antecedentes", 10)
    d.para("Personales: hipertensi\u00f3n arterial de larga data, hoy normotenso con la medicaci\u00f3n de insuficiencia card\u00edaca. "
           "Niega tabaquismo. Familiares: hermano fallecido por cardiopat\u00eda isqu\u00e9mica a los 60 a\u00f1os; madre con "
           "c\u00e1ncer de colon.")
    d.cond("hipertensi\u00f3n arterial", "active", None, ["hypertension"])
    d.no("conditions", "cardiopat\u00eda isqu\u00e9mica", "family")
    d.no("conditions", "c\u00e1ncer de colon", "family")
    d.para("Alergias: dipirona (metamizol) - agranulocitosis en 2015; cotrimoxazol - exantema. Niega alergia al l\u00e1tex.")
    d.alg("dipirona", "agranulocitosis")
    d.alg("cotrimoxazol", "exantema")
    d.no("allergies", "l\u00e1tex", "negated")
    d.title("Evoluci\u00f3n", 10)
    d.para("Ingres\u00f3 taquic\u00e1rdico, con respuesta ventricular r\u00e1pida, hipox\u00e9mico y con crepitantes bibasales a "
           "predominio derecho. La radiograf\u00eda de t\u00f3rax mostr\u00f3 cardiomegalia, redistribuci\u00f3n de flujo y "
           "consolidaci\u00f3n basal derecha. Se inici\u00f3 oxigenoterapia por c\u00e1nula nasal, furosemida endovenosa en bolos "
           "y ceftriaxona 2 g EV al d\u00eda (recibi\u00f3 5 d\u00edas en sala) m\u00e1s claritromicina por 3 d\u00edas. Recibi\u00f3 adem\u00e1s una "
           "dosis \u00fanica de digoxina 0,25 mg EV por respuesta ventricular r\u00e1pida.")
    d.no("medications", "ceftriaxona", "other", "inpatient-only course")
    d.no("medications", "digoxina", "other", "one-off dose on the ward")
    d.para("Se descart\u00f3 tromboembolismo pulmonar por angiotomograf\u00eda. El ecocardiograma transtor\u00e1cico del 04/03/2025 "
           "inform\u00f3 FEVI 30 %, dilataci\u00f3n biauricular e insuficiencia mitral moderada funcional. Present\u00f3 lesi\u00f3n renal "
           "aguda que mejor\u00f3 con el ajuste de diur\u00e9ticos y la suspensi\u00f3n transitoria de "
           "metformina. Evolucion\u00f3 afebril desde el tercer d\u00eda, con descenso de la PCR y mejor\u00eda de la disnea. "
           "Descenso de peso total de 4,6 kg.")
    d.no("conditions", "tromboembolismo pulmonar", "other", "ruled out")
    d.para("Se ajust\u00f3 el tratamiento de la insuficiencia card\u00edaca seg\u00fan gu\u00edas: se suspende enalapril y, tras 36 horas "
           "de lavado, se inicia sacubitrilo/valsart\u00e1n a dosis baja; se agrega dapagliflozina. Se reduce apixab\u00e1n a "
           "2,5 mg cada 12 horas por edad, peso y funci\u00f3n renal. La glucemia se control\u00f3 con insulina correctora "
           "durante la internaci\u00f3n, que no se indica al alta.")
    d.title("Laboratorio", 10)
    adm, dis = "2025-03-02", "2025-03-09"
    rows = [
        ("Hemoglobina", ["Hemoglobin"], "g/dL", "12,0 - 16,0", 12.0, 16.0, None, ["11,4 (B)", "11,0 (B)"]),
        ("Leucocitos", ["WBC"], "x10\u00b3/mm\u00b3", "4,5 - 11,0", 4.5, 11.0, None, ["15,8 (A)", "8,2"]),
        ("Creatinina", ["Creatinine"], "mg/dL", "0,6 - 1,2", 0.6, 1.2, None, ["2,1 (A)", "1,4 (A)"]),
        ("Sodio", ["Sodium"], "mEq/L", "135 - 145", 135.0, 145.0, None, ["131 (B)", "137"]),
        ("Potasio", ["Potassium"], "mEq/L", "3,5 - 5,0", 3.5, 5.0, None, ["5,3 (A)", "4,4"]),
        ("NT-proBNP", ["NT-proBNP"], "pg/mL", "< 450", None, 450.0, "< 450", ["6850 (A)", "2140 (A)"]),
        ("Prote\u00edna C reactiva (PCR)", ["CRP"], "mg/L", "< 5", None, 5.0, "< 5", ["142 (A)", "24 (A)"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, cells[0], cells[1], unit, ref])
        for iso, cell in zip((adm, dis), cells):
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.table(["Determinaci\u00f3n", "Ingreso " + d.d(adm), "Alta " + d.d(dis), "Unidad", "Valor de referencia"],
            tab, [3, 1.8, 1.8, 1.3, 1.8])
    d.para("(A) alto, (B) bajo. Hemocultivos x2: sin desarrollo. Ant\u00edgeno urinario de neumococo: negativo.", 8)
    d.title("Signos vitales al alta", 10)
    d.kv([("PA:", "118/70 mmHg"), ("FC:", "78 lpm"), ("FR:", "18 rpm"), ("Temperatura:", "36,6 \u00b0C"),
          ("SatO2:", "95 % aire ambiente"), ("Peso:", "71,4 kg")], cols=2)
    d.vit("blood_pressure", "118/70", 118.0, 70.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "lpm")
    d.vit("respiratory_rate", "18", 18.0, None, "rpm")
    d.vit("temperature", "36,6", 36.6, None, "\u00b0C")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "71,4", 71.4, None, "kg")
    d.title("Conciliaci\u00f3n de la medicaci\u00f3n al alta", 10)
    d.table(["Medicamento", "Dosis", "V\u00eda", "Frecuencia", "Estado"], [
        ["Sacubitrilo/valsart\u00e1n (Entresto)", "24/26 mg", "VO", "cada 12 horas", "NUEVO"],
        ["Dapagliflozina (Forxiga)", "10 mg", "VO", "una vez al d\u00eda", "NUEVO"],
        ["Amoxicilina/\u00e1cido clavul\u00e1nico", "875/125 mg", "VO", "cada 12 horas por 3 d\u00edas m\u00e1s", "NUEVO"],
        ["Furosemida", "40 mg", "VO", "cada 12 horas", "MODIFICADO (antes 40 mg al d\u00eda)"],
        ["Apixab\u00e1n (Eliquis)", "2,5 mg", "VO", "cada 12 horas", "MODIFICADO (antes 5 mg)"],
        ["Bisoprolol", "5 mg", "VO", "una vez al d\u00eda", "SIN CAMBIOS"],
        ["Levotiroxina", "75 mcg", "VO", "en ayunas", "SIN CAMBIOS"],
        ["Enalapril", "10 mg", "VO", "cada 12 horas", "SUSPENDIDO (reemplazado por sacubitrilo/valsart\u00e1n)"],
        ["Metformina", "850 mg", "VO", "cada 12 horas", "EN PAUSA hasta control de funci\u00f3n renal"]],
        [3, 1.3, 0.7, 2, 2.8])
    d.med("Sacubitrilo/valsart\u00e1n", "Entresto", "24/26", "mg", "VO", "cada 12 horas", "new")
    d.med("Dapagliflozina", "Forxiga", "10", "mg", "VO", "una vez al d\u00eda", "new")
    d.med("Amoxicilina/\u00e1cido clavul\u00e1nico", None, "875/125", "mg", "VO", "cada 12 horas", "new")
    d.med("Furosemida", None, "40", "mg", "VO", "cada 12 horas", "changed")
    d.med("Apixab\u00e1n", "Eliquis", "2,5", "mg", "VO", "cada 12 horas", "changed")
    d.med("Bisoprolol", None, "5", "mg", "VO", "una vez al d\u00eda", "active")
    d.med("Levotiroxina", None, "75", "mcg", "VO", "en ayunas", "active")
    d.med("Enalapril", None, "10", "mg", "VO", "cada 12 horas", "stopped")
    d.no("medications", "Enalapril", "stopped")
    d.med("Metformina", None, "850", "mg", "VO", "cada 12 horas", "held")
    d.no("medications", "Metformina", "stopped", "held")
    d.newpage()
    d.title("Indicaciones y recomendaciones al alta (informaci\u00f3n para el paciente)", 10)
    d.bullets(["Pesarse todas las ma\u00f1anas; si aumenta m\u00e1s de 2 kg en 3 d\u00edas, consultar.",
               "Dieta hipos\u00f3dica (menos de 2 g de sal al d\u00eda) y restricci\u00f3n h\u00eddrica a 1,5 litros.",
               "No tome antiinflamatorios como ibuprofeno o diclofenaco: empeoran la insuficiencia card\u00edaca "
               "y la funci\u00f3n de los ri\u00f1ones.",
               "Signos de alarma: falta de aire en reposo, dolor de pecho, desmayo, sangrado o fiebre persistente.",
               "Vacunas pendientes: antigripal y antineumoc\u00f3cica, a aplicar en su Unidad de Salud Familiar."])
    d.no("medications", "ibuprofeno", "leaflet")
    d.no("medications", "diclofenaco", "leaflet")
    d.no("immunizations", "antigripal", "due")
    d.no("immunizations", "antineumoc\u00f3cica", "due")
    d.title("Seguimiento", 10)
    d.para("Control en consultorio de insuficiencia card\u00edaca en 7 d\u00edas con creatinina y potasio. Se evaluar\u00e1 "
           "reiniciar metformina seg\u00fan funci\u00f3n renal y titular sacubitrilo/valsart\u00e1n. Ecocardiograma de control "
           "en 3 meses. Se discutir\u00e1 cierre de orejuela si hubiera sangrado con anticoagulaci\u00f3n.")
    d.para("Estado al alta: estable, afebril, deambula sin ayuda, disnea de grandes esfuerzos (NYHA II).")
    d.signature("Dra. Liz Caballero", "M\u00e9dica internista - Reg. Prof. 7.214", hand=False)
    d.para("Conforme: Dr. Hugo Villalba, Jefe de Sala de Cl\u00ednica M\u00e9dica.", 8.5)
    return d


@document
def d13():
    d = Doc(13, "new_caledonia_discharge", "New Caledonia", "discharge_summary",
            "discharge letter (handwritten addition)", "d/m/Y", lang="French", comma=True)
    d.letterhead("Centre Hospitalier du Nord - Service de M\u00e9decine", [
        "BP 12, 98850 Koumac, Nouvelle-Cal\u00e9donie   T\u00e9l. +687 47 55 80   Secr\u00e9tariat : +687 47 55 82"], right=["COMPTE RENDU", "D'HOSPITALISATION"])
    d.kv([("Patient :", "Monsieur WAHEO Jean-Baptiste"), ("N\u00e9 le :", "14/06/1972"),
          ("N\u00b0 CAFAT :", "0 472 115 9"), ("S\u00e9jour :", "du 02/02/2025 au 08/02/2025"),
          ("M\u00e9decin traitant :", "Dr Mathilde Tein, Poum"), ("R\u00e9dig\u00e9 par :", "Dr Yann Le Goff")])
    d.para("Motif : fi\u00e8vre, myalgies, ict\u00e8re et oligurie apr\u00e8s travaux dans un champ de taros inond\u00e9.")
    d.title("Diagnostic principal", 10)
    d.para("Leptospirose ict\u00e9rique avec insuffisance r\u00e9nale aigu\u00eb et thrombop\u00e9nie (A27.0), "
           "PCR Leptospira sanguine positive.")
    d.cond("Leptospirose ict\u00e9rique", "active", "A27.0", ["leptospirosis"])
    d.para("S\u00e9rologie et antig\u00e8ne NS1 de la dengue n\u00e9gatifs : pas de dengue.")
    d.no("conditions", "dengue", "other", "ruled out")
    d.title("Ant\u00e9c\u00e9dents", 10)
    d.bullets(["Hypertension art\u00e9rielle", "Goutte (derni\u00e8re crise en 2023)", "Ob\u00e9sit\u00e9 (IMC 34)",
               "Paludisme en 2010 lors d'un s\u00e9jour au Vanuatu, gu\u00e9ri", "Pas de diab\u00e8te connu"])
    d.cond("Hypertension art\u00e9rielle", "active", None, ["hypertension"])
    d.cond("Goutte", "active", None, ["gout"])
    d.cond("Ob\u00e9sit\u00e9", "active", None, ["obesity"])
    d.no("conditions", "Paludisme", "historical")
    d.no("conditions", "diab\u00e8te", "negated")
    d.para("Allergie : aspirine (\u0153d\u00e8me de Quincke en 2008). Pas d'allergie \u00e0 la p\u00e9nicilline "
           "(amoxicilline bien tol\u00e9r\u00e9e).")
    d.alg("aspirine", "\u0153d\u00e8me de Quincke")
    d.no("allergies", "p\u00e9nicilline", "negated")
    d.title("Biologie", 10)
    adm, dis = "2025-02-02", "2025-02-08"
    rows = [
        ("Cr\u00e9atinine", ["Creatinine"], "\u00b5mol/L", "60 - 110", 60.0, 110.0, None, ["312 H", "124 H"]),
        ("Bilirubine totale", ["Total bilirubin"], "\u00b5mol/L", "< 17", None, 17.0, "< 17", ["98 H", "41 H"]),
        ("Plaquettes", ["Platelets"], "G/L", "150 - 400", 150.0, 400.0, None, ["42 L", "168"]),
        ("CPK", ["Creatine kinase"], "UI/L", "< 190", None, 190.0, "< 190", ["2450 H", "380 H"]),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, cells in rows:
        tab.append([test, cells[0], cells[1], unit, ref])
        for iso, cell in zip((adm, dis), cells):
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    tab.append(["PCR Leptospira (sang)", "positive", "", "", "n\u00e9gative"])
    d.lab("PCR Leptospira (sang)", "positive", None, None, None, "n\u00e9gative", "abnormal", adm, ["Leptospira PCR"])
    d.table(["Examen", "Entr\u00e9e " + d.d(adm), "Sortie " + d.d(dis), "Unit\u00e9", "Normes"], tab, [2.6, 1.6, 1.6, 1, 1.4])
    d.title("\u00c9volution", 10)
    d.para("Traitement par ceftriaxone 1 g/j IV pendant 5 jours, remplissage prudent, reprise de la diur\u00e8se d\u00e8s J3 "
           "sans recours \u00e0 la dialyse. "
           "La colchicine, prise depuis 2023, est arr\u00eat\u00e9e d\u00e9finitivement (insuffisance r\u00e9nale, crises rares). "
           "L'allopurinol a \u00e9t\u00e9 suspendu pendant le s\u00e9jour.")
    d.no("medications", "ceftriaxone", "other", "inpatient-only course")
    d.para("Constantes \u00e0 la sortie : TA 134/82 mmHg, FC 72/min, T 36,8 \u00b0C, poids 102 kg.")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("temperature", "36,8", 36.8, None, "\u00b0C")
    d.vit("weight", "102", 102.0, None, "kg")
    d.title("Traitement de sortie", 10)
    d.table(["M\u00e9dicament", "Posologie", "Remarque"], [
        ["Amoxicilline 1 g", "1 cp x 3/j per os pendant 5 jours", "nouveau (relais de la ceftriaxone)"],
        ["Amlodipine 10 mg", "1 cp/j le matin", "poursuivi"],
        ["Parac\u00e9tamol 1 g", "1 cp si douleur, max 3/j", "poursuivi"],
        ["Allopurinol 100 mg", "1 cp/j", "SUSPENDU - \u00e0 reprendre dans 2 semaines selon la cr\u00e9atinine"],
        ["Colchicine 1 mg", "1/2 cp/j", "ARR\u00caT\u00c9"],
        [Hand("Om\u00e9prazole 20 mg"), Hand("1 g\u00e9l/j x 1 mois"), Hand("ajout")]], [2.4, 2.6, 3])
    d.med("Amoxicilline", None, "1", "g", "per os", "x 3/j", "new")
    d.med("Amlodipine", None, "10", "mg", None, "1 cp/j")
    d.med("Parac\u00e9tamol", None, "1", "g", None, "max 3/j")
    d.med("Allopurinol", None, "100", "mg", None, "1 cp/j", "held")
    d.no("medications", "Allopurinol", "stopped", "held")
    d.med("Colchicine", None, "1", "mg", None, "1/2 cp/j", "stopped")
    d.no("medications", "Colchicine", "stopped")
    d.med("Om\u00e9prazole", None, "20", "mg", None, "1 g\u00e9l/j", "new")
    d.para("Suivi : consultation au dispensaire de Poum \u00e0 J7 avec cr\u00e9atinine et plaquettes.")
    d.signature("Dr Yann Le Goff", "Praticien hospitalier, m\u00e9decine polyvalente", hand=False)
    return d


@document
def d14():
    d = Doc(14, "greenland_discharge_scan", "Greenland", "discharge_summary",
            "discharge summary (2 pages, scanned, handwritten notes)", "d.m.Y",
            scan={"dpi": 150, "angle": -2.4})
    d.letterhead("Dronning Ingrids Hospital - Medical Department", [
        "Postboks 1001, 3900 Nuuk, Greenland   Tel +299 34 55 00",
        "English-language summary prepared for the patient's physician abroad"], right=["DISCHARGE SUMMARY"])
    d.run_header = "Discharge summary - Henrik Aasland, born 11.08.1969 - page continues"
    d.kv([("Patient:", "Henrik Aasland"), ("Born:", "11.08.1969"), ("Nationality:", "Norway (research expedition)"),
          ("Admitted:", "01.09.2025"), ("Discharged:", "05.09.2025"), ("Consultant:", "Dr. Nivi Lynge")])
    d.title("Diagnoses", 10)
    d.bullets(["Bleeding duodenal ulcer, Forrest IIa, treated endoscopically (K26.4)",
               "Helicobacter pylori infection (B96.81)", "Iron deficiency anaemia due to blood loss (D50.0)",
               "Essential hypertension (I10)"])
    d.cond("Bleeding duodenal ulcer", "active", "K26.4", ["duodenal ulcer haemorrhage"])
    d.cond("Helicobacter pylori infection", "active", "B96.81", ["H. pylori"])
    d.cond("Iron deficiency anaemia", "active", "D50.0")
    d.cond("Essential hypertension", "active", "I10", ["hypertension"])
    d.para("No oesophageal varices were seen at gastroscopy. Past history: pulmonary tuberculosis in 2009, fully "
           "treated, no sequelae. His father had gastric cancer.")
    d.no("conditions", "oesophageal varices", "negated")
    d.no("conditions", "pulmonary tuberculosis", "historical")
    d.no("conditions", "gastric cancer", "family")
    d.title("Course in hospital", 10)
    d.para("Mr Aasland was flown in from a field station after two episodes of melaena and a syncope-like episode. "
           "On arrival he was hypotensive and tachycardic. He had been taking ibuprofen 400 mg three times daily for "
           "knee pain for three weeks, with aspirin 75 mg daily for primary prevention. He received two units of red "
           "cells and a proton pump inhibitor infusion for 72 hours. Gastroscopy on 01.09.2025 showed a 12 mm "
           "duodenal bulb ulcer with a visible vessel, treated with a single adrenaline 1:10,000 injection and clips. There was no "
           "re-bleeding. H. pylori stool antigen was positive and eradication therapy was started.")
    d.no("medications", "adrenaline", "other", "one-off dose during endoscopy")
    d.para("Losartan was held on admission because of hypotension and has not yet been restarted; amlodipine was "
           "continued from day 3. Aspirin has been stopped permanently (no indication). Ibuprofen is stopped and "
           "he should avoid all NSAIDs.")
    d.title("Results", 10)
    d.table(["Test", "Date", "Result", "Unit", "Reference"], [
        ["Haemoglobin", "01.09.2025", "71 L", "g/L", "134-170"],
        ["Haemoglobin", "05.09.2025", "96 L", "g/L", "134-170"],
        ["Urea", "01.09.2025", "14.2 H", "mmol/L", "3.2-8.1"],
        ["Ferritin", "02.09.2025", "9 L", "\u00b5g/L", "30-400"],
        ["H. pylori stool antigen", "02.09.2025", "Positive", "", "Negative"]], [3, 1.4, 1.2, 1, 1.4])
    d.lab("Haemoglobin", "71", "g/L", 134.0, 170.0, None, "low", "2025-09-01", ["Hb"])
    d.lab("Haemoglobin", "96", "g/L", 134.0, 170.0, None, "low", "2025-09-05", ["Hb"])
    d.lab("Urea", "14.2", "mmol/L", 3.2, 8.1, None, "high", "2025-09-01")
    d.lab("Ferritin", "9", "\u00b5g/L", 30.0, 400.0, None, "low", "2025-09-02")
    d.lab("H. pylori stool antigen", "Positive", None, None, None, "Negative", "abnormal", "2025-09-02")
    d.para("Allergies / intolerances: codeine (vomiting); ciprofloxacin (tendon pain).")
    d.alg("codeine", "vomiting")
    d.alg("ciprofloxacin", "tendon pain")
    d.title("Medication changes", 10)
    d.table(["Medicine", "Dose / frequency", "Status", "Comment"], [
        ["Pantoprazole", "40 mg orally twice daily", "NEW", "8 weeks, then once daily"],
        ["Amoxicillin", "1 g orally twice daily", "NEW", "14 days (H. pylori eradication)"],
        ["Clarithromycin", "500 mg orally twice daily", "NEW", "14 days (H. pylori eradication)"],
        ["Ferrous sulfate", "200 mg orally once daily", "NEW", "3 months"],
        ["Amlodipine", "5 mg orally once daily", "UNCHANGED", ""],
        ["Losartan", "50 mg orally once daily", "HELD", Hand("restart if BP > 140")],
        ["Aspirin", "75 mg orally once daily", "STOPPED", "no indication"],
        ["Ibuprofen", "400 mg three times daily", "STOPPED", "avoid all NSAIDs"]], [2, 2.8, 1.3, 2.9])
    d.med("Pantoprazole", None, "40", "mg", "orally", "twice daily", "new")
    d.med("Amoxicillin", None, "1", "g", "orally", "twice daily", "new")
    d.med("Clarithromycin", None, "500", "mg", "orally", "twice daily", "new")
    d.med("Ferrous sulfate", None, "200", "mg", "orally", "once daily", "new")
    d.med("Amlodipine", None, "5", "mg", "orally", "once daily", "active")
    d.med("Losartan", None, "50", "mg", "orally", "once daily", "held")
    d.no("medications", "Losartan", "stopped", "held")
    d.med("Aspirin", None, "75", "mg", "orally", "once daily", "stopped")
    d.no("medications", "Aspirin", "stopped")
    d.med("Ibuprofen", None, "400", "mg", None, "three times daily", "stopped")
    d.no("medications", "Ibuprofen", "stopped")
    d.para("Observations at discharge: BP 128/78 mmHg, pulse 74/min, temperature 36.7 \u00b0C.")
    d.vit("blood_pressure", "128/78", 128.0, 78.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, "/min")
    d.vit("temperature", "36.7", 36.7, None, "\u00b0C")
    d.title("Follow-up", 10)
    d.para("Repeat gastroscopy in 8 weeks to confirm ulcer healing. Urea breath test at least 4 weeks after the end "
           "of eradication therapy and 2 weeks off PPI. Please recheck haemoglobin within one week of his return.")
    d.signature("Dr. Nivi Lynge", "Consultant physician, Medical Department")
    d.hand_line("Note:", "Hb 96 at d/c - fit to fly per SAS medical, 06.09", 10.5)
    return d


def _amb(style, iso):
    y, m, dd = (int(p) for p in iso.split("-"))
    return style in ("d/m/Y", "m/d/Y", "d.m.Y", "d-m-Y") and m <= 12 and dd <= 12 and m != dd


@document
def d15():
    d = Doc(15, "bolivia_child_card_scan", "Bolivia", "immunization_record",
            "child health card (handwritten, scanned)", "d/m/Y", ext="png", scan={"dpi": 160, "angle": 1.3},
            lang="Spanish", comma=True)
    d.letterhead("Estado Plurinacional de Bolivia - Ministerio de Salud y Deportes", [
        "Programa Ampliado de Inmunizaci\u00f3n (PAI) - Centro de Salud Villa Copacabana, La Paz",
        "Tel. (2) 2 555 318   Red de Salud N\u00b0 3 Norte Central"])
    d.title("CARNET DE SALUD INFANTIL - REGISTRO DE VACUNAS", 11)
    d.kv([("Nombre:", Hand("Mateo Quispe Mamani")), ("Fecha de nac.:", Hand("10/05/2023")),
          ("Madre:", Hand("Rosa Mamani Condori")), ("Establecimiento:", Hand("C.S. Villa Copacabana"))])
    rows = [
        ("BCG (dosis \u00fanica)", "BCG", None, "2023-05-10", "B230411"),
        ("Pentavalente 1\u00aa", "Pentavalente", 1, "2023-07-12", "PV3318A"),
        ("Pentavalente 2\u00aa", "Pentavalente", 2, "2023-09-13", "PV3318A"),
        ("Pentavalente 3\u00aa", "Pentavalente", 3, "2023-11-15", "PV3402C"),
        ("Antipolio (IPV) 1\u00aa", "Antipolio (IPV)", 1, "2023-07-12", "IP7720"),
        ("Antipolio (IPV) 2\u00aa", "Antipolio (IPV)", 2, "2023-09-13", "IP7720"),
        ("Rotavirus 1\u00aa", "Rotavirus", 1, "2023-07-12", "RT1195"),
        ("Rotavirus 2\u00aa", "Rotavirus", 2, "2023-09-13", "RT1195"),
        ("Antineumoc\u00f3cica 1\u00aa", "Antineumoc\u00f3cica", 1, "2023-07-12", "NM5521"),
        ("Antineumoc\u00f3cica 2\u00aa", "Antineumoc\u00f3cica", 2, "2023-09-13", "NM5530"),
        ("SRP 1\u00aa (sarampi\u00f3n, rub\u00e9ola, parotiditis)", "SRP", 1, "2024-05-14", "SR0917"),
        ("Antiamar\u00edlica (fiebre amarilla)", "Antiamar\u00edlica", None, "2024-05-14", "FA2290"),
    ]
    tab = []
    for label, vac, n, iso, lot in rows:
        tab.append([label, Hand(d.d(iso)), Hand(lot), ""])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    tab.append(["Varicela (15 meses)", "", "", Hand("pr\u00f3xima 08/2024")])
    tab.append(["Influenza pedi\u00e1trica", "", "", Hand("madre no acepta")])
    d.table(["Vacuna / dosis", "Fecha", "Lote", "Observaciones / pr\u00f3xima cita"], tab, [3.3, 1.5, 1.3, 2.2], size=8.5)
    d.no("immunizations", "Varicela", "due")
    d.no("immunizations", "Influenza pedi\u00e1trica", "other", "declined")
    d.title("Control de crecimiento", 10)
    d.table(["Fecha", "Peso (kg)", "Talla (cm)", "Observaciones"],
            [[Hand("14/05/2024"), Hand("9,8"), Hand("76"), Hand("buen estado general")]], [1.6, 1.2, 1.2, 3.5], size=8.5)
    d.vit("weight", "9,8", 9.8, None, "kg")
    d.vit("height", "76", 76.0, None, "cm")
    d.para("Traiga este carnet en cada visita al establecimiento de salud. Las vacunas son gratuitas.", 8)
    d.hand_line("Responsable:", "Lic. Enf. Teresa Choque")
    return d


@document
def d16():
    d = Doc(16, "curacao_travel_vaccination_record", "Cura\u00e7ao", "immunization_record",
            "adult travel vaccination record (next-dose column, handwritten)", "d-M-Y")
    d.letterhead("Cura\u00e7ao Travel Health & Vaccination Clinic", [
        "Schottegatweg Oost 186, Willemstad, Cura\u00e7ao   Tel +599 9 555 7240",
        "Designated yellow fever vaccination centre"])
    d.title("TRAVEL VACCINATION RECORD", 11)
    d.kv([("Name:", "Sharline M. Martina"), ("Date of birth:", "22-Sep-1990"),
          ("Destination:", Hand("Ghana, Togo, Benin")), ("Departure:", Hand("14-Mar-2025"))])
    d.kv([("Medical conditions:", Hand("mild asthma")), ("Medication:", Hand("Ventolin (salbutamol) 100 mcg 2 puffs as needed")),
          ("Allergies:", Hand("neomycin - contact rash")), ("Pregnant:", Hand("no"))], cols=1, lw=110)
    d.cond("asthma", "active", None, ["mild asthma"])
    d.med("salbutamol", "Ventolin", "100", "mcg", None, "as needed")
    d.alg("neomycin", "contact rash")
    rows = [
        ("Hepatitis A", "Havrix 1440", 1, "2025-02-03", "AHAVC812BA", "booster 03-Aug-2025"),
        ("Typhoid (Vi polysaccharide)", "Typhim Vi", None, "2025-02-03", "X3K551V", "3 years"),
        ("Yellow fever", "Stamaril", None, "2025-02-03", "W8B462", "lifelong"),
        ("Rabies (pre-exposure) #1", "Verorab", 1, "2025-02-03", "V1R209", "#2 on 10-Feb-2025"),
        ("Rabies (pre-exposure) #2", "Verorab", 2, "2025-02-10", "V1R209", "complete"),
        ("Japanese encephalitis #1", "Ixiaro", 1, "2025-02-03", "JEV24A88", "#2 due 03-Mar-2025"),
        ("Tdap", "Boostrix", None, "2025-02-10", "AC52B502BC", "10 years"),
    ]
    tab = []
    for label, brand, n, iso, lot, nxt in rows:
        tab.append([label, Hand(d.d(iso)), Hand(brand), Hand(lot), Hand(nxt)])
        vac = label.split(" #")[0]
        d.imm(vac, iso, n, lot, brand)
    tab.append(["Cholera (oral)", "", "", "", Hand("not indicated")])
    tab.append(["Meningococcal ACWY", "", "", "", Hand("due - booked 03-Mar-2025")])
    d.table(["Vaccine", "Date given", "Product", "Batch", "Next dose"], tab, [2.6, 1.4, 1.5, 1.5, 2], size=8.5)
    d.no("immunizations", "Meningococcal ACWY", "due")
    d.no("immunizations", "Cholera", "other", "not indicated")
    d.title("Malaria prevention", 10)
    d.para("Atovaquone/proguanil (Malarone) 250/100 mg: one tablet daily, to start 1-2 days before entering the "
           "malarious area and continue for 7 days after leaving.")
    d.no("medications", "Malarone", "planned", "to start before travel")
    d.para("Leaflet: protect against mosquito bites (DEET 30-50 %, nets). Seek care for any fever: malaria and "
           "dengue can occur even with prophylaxis.", 8)
    d.no("conditions", "malaria", "leaflet")
    d.no("conditions", "dengue", "leaflet")
    d.hand_line("Nurse / doctor:", "J. Rosaria, travel nurse")
    return d


@document
def d17():
    d = Doc(17, "andorra_vaccination_certificate", "Andorra", "immunization_record",
            "vaccination certificate", "d/m/Y", lang="Catalan")
    d.letterhead("Servei de Vacunacions - Centre de Salut d'Escaldes-Engordany", [
        "Av. Carlemany 58, AD700 Escaldes-Engordany, Principat d'Andorra",
        "Tel. +376 855 430   Registre nacional de vacunacions"], right=["CERTIFICAT DE VACUNACI\u00d3",
                                                                    "Vaccination certificate"])
    d.kv([("Nom i cognoms:", "Montserrat Pujol Rossell"), ("Data de naixement:", "03/07/1958"),
          ("N\u00fam. CASS:", "A-118.204-K"), ("Data d'emissi\u00f3:", "20/01/2025")])
    d.para("Es certifica que la persona indicada ha rebut les vacunes seg\u00fcents, segons el registre nacional:")
    rows = [
        ("Hepatitis B", "Engerix-B", 1, "2019-02-04", "AHBVB391AB"),
        ("Hepatitis B", "Engerix-B", 2, "2019-03-06", "AHBVB391AB"),
        ("Hepatitis B", "Engerix-B", 3, "2019-08-05", "AHBVB412AC"),
        ("Dift\u00e8ria-t\u00e8tanus (Td)", "diTeBooster", None, "2020-10-22", "T20558"),
        ("Grip", "Vaxigrip Tetra", None, "2024-11-10", "X2F114V"),
        ("COVID-19", "Comirnaty JN.1", None, "2024-11-10", "HB7791"),
        ("Pneumoc\u00f2ccica conjugada 20-valent", "Prevenar 20", None, "2024-12-03", "LR2106"),
        ("Herpes z\u00f2ster recombinant", "Shingrix", 1, "2024-12-03", "ZS8839B"),
    ]
    tab = []
    for vac, brand, n, iso, lot in rows:
        tab.append([vac, brand, str(n) + "a" if n else "\u2014", d.d(iso), lot])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.table(["Vacuna", "Nom comercial", "Dosi", "Data", "Lot"], tab, [3, 2, 0.8, 1.4, 1.6])
    d.title("Vacunes pendents o no administrades", 10)
    d.table(["Vacuna", "Situaci\u00f3"], [
        ["Virus respiratori sincicial (VRS)", "pendent - prevista el 03/02/2025"],
        ["Virus del papil\u00b7loma hum\u00e0 (VPH)", "no indicada per edat"]], [3.5, 4])
    d.no("immunizations", "Virus respiratori sincicial", "due")
    d.no("immunizations", "Virus del papil\u00b7loma hum\u00e0", "other", "not indicated")
    d.para("Observacions: sense reaccions adverses registrades. Al\u00b7l\u00e8rgies: cap al\u00b7l\u00e8rgia coneguda.", 9)
    d.no("allergies", "cap al\u00b7l\u00e8rgia coneguda", "negated", "no known allergies")
    d.signature("Infermera Laia Casal Ribera", "Servei de Vacunacions", hand=False)
    return d


@document
def d18():
    d = Doc(18, "wisconsin_iis_immunization_record", "United States (Wisconsin)", "immunization_record",
            "state immunization registry history (adult)", "m/d/Y", size=letter)
    d.letterhead("Wisconsin Immunization Registry - Immunization History Report", [
        "Printed by: Driftless Family Clinic, 310 Main St, Viroqua, WI 54665, USA",
        "Official record - printed 04/02/2025 by provider organization 40912"], size=12)
    d.kv([("Client:", "OLSON, Gerald T."), ("DOB:", "03/15/1954"), ("Client ID:", "8830412"),
          ("Gender:", "Male"), ("Address:", "E7702 County Rd B, Westby, WI"), ("Phone:", "(608) 555-0143")])
    rows = [
        ("Tdap", "Adacel", None, "2016-06-05", "C5209AA", "Driftless Family Clinic"),
        ("Pneumococcal Conjugate PCV20", "Prevnar 20", None, "2022-04-18", "GD4471", "Driftless Family Clinic"),
        ("Zoster Recombinant", "Shingrix", 1, "2022-04-18", "7N9Z2", "Driftless Family Clinic"),
        ("Zoster Recombinant", "Shingrix", 2, "2022-07-20", "L3F74", "Westby Pharmacy"),
        ("Influenza, high-dose", "Fluzone High-Dose", None, "2023-10-03", "UT8114KA", "Westby Pharmacy"),
        ("COVID-19 mRNA 2023-2024", "Spikevax", None, "2023-10-03", "3036519", "Westby Pharmacy"),
        ("RSV, adjuvanted", "Arexvy", None, "2023-11-14", "XR94P", "Westby Pharmacy"),
        ("Influenza, high-dose", "Fluzone High-Dose", None, "2024-09-27", "UT8390LA", "Driftless Family Clinic"),
        ("COVID-19 mRNA 2024-2025", "Spikevax", None, "2024-09-27", "3046623", "Driftless Family Clinic"),
    ]
    tab = []
    for vac, brand, n, iso, lot, prov in rows:
        tab.append([vac, brand, str(n) if n else "", d.d(iso), lot, prov])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.title("Immunization History", 11)
    d.table(["Vaccine", "Trade name", "Dose", "Date administered", "Lot", "Administered by"], tab,
            [2.6, 1.6, 0.6, 1.5, 1.1, 2])
    d.title("Recommended Vaccines (based on ACIP schedule)", 10)
    d.table(["Vaccine", "Earliest date", "Recommended date", "Status"], [
        ["Hepatitis A (travel)", "04/02/2025", "04/02/2025", "Due now"],
        ["Meningococcal ACWY (travel)", "04/02/2025", "04/02/2025", "Due now"]], [3, 1.5, 1.5, 1.5])
    d.no("immunizations", "Hepatitis A", "due")
    d.no("immunizations", "Meningococcal ACWY", "due")
    d.para("Contraindications / precautions on file: none recorded. Refusals: Hepatitis B series - declined "
           "(02/2022).", 8.5)
    d.no("immunizations", "Hepatitis B series", "other", "declined")
    d.para("This report reflects data submitted to the registry and may not include every dose given.", 7.5)
    return d


@document
def d19():
    d = Doc(19, "venezuela_prescription_scan", "Venezuela", "prescription",
            "prescription (r\u00e9cipe + indicaciones, brand names, handwritten, scanned)", "d/m/Y",
            ext="jpg", scan={"dpi": 180, "angle": -0.9}, lang="Spanish")
    d.letterhead("Cl\u00ednica Santa Sof\u00eda - Consulta de Medicina Interna", [
        "Av. Principal de Santa Sof\u00eda, Torre M\u00e9dica piso 3, cons. 31, Caracas 1061, Venezuela",
        "Dr. Rafael Ur\u00edbarri Pe\u00f1a - Internista - MPPS 45.112 - CM 21.880 - Tel. (0212) 555 4471"])
    d.kv([("Paciente:", Hand("Carmen Elena Rond\u00f3n")), ("C.I.:", Hand("V-8.449.120")),
          ("Edad:", Hand("63 a\u00f1os")), ("Fecha:", Hand("21/03/2025"))])
    d.hand_line("TA:", "152/94 mmHg     Peso: 82 kg", 11)
    d.vit("blood_pressure", "152/94", 152.0, 94.0, "mmHg")
    d.vit("weight", "82", 82.0, None, "kg")
    d.hand_line("Dx:", "HTA estadio 2 / DM tipo 2 / Dislipidemia", 11)
    d.cond("HTA estadio 2", "active", None, ["hypertension stage 2"])
    d.cond("DM tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Dislipidemia", "active", None, ["dyslipidaemia"])
    d.hand_line("Alergias:", "al\u00e9rgica a la penicilina (edema de labios)", 11)
    d.alg("penicilina", "edema de labios")
    d.title("R\u00c9CIPE", 12)
    d.table(["Medicamento", "Presentaci\u00f3n", "Cantidad"], [
        [Hand("Cozaar (losart\u00e1n) 50 mg"), Hand("tabletas"), Hand("# 60")],
        [Hand("Glucophage XR (metformina) 750 mg"), Hand("tabletas"), Hand("# 60")],
        [Hand("Crestor (rosuvastatina) 10 mg"), Hand("tabletas"), Hand("# 30")],
        [Hand("Jardiance (empagliflozina) 10 mg"), Hand("tabletas"), Hand("# 30")]], [4.5, 1.5, 1], size=9, grid=False)
    d.title("INDICACIONES", 12)
    d.table(["Medicamento", "C\u00f3mo tomarlo"], [
        [Hand("Cozaar 50 mg"), Hand("1 tab VO c/12 h")],
        [Hand("Glucophage XR 750 mg"), Hand("2 tab VO con la cena")],
        [Hand("Crestor 10 mg"), Hand("1 tab VO en la noche")],
        [Hand("Jardiance 10 mg"), Hand("1 tab VO en la ma\u00f1ana - INICIAR")],
        [Hand("Hidroclorotiazida 25 mg"), Hand("SUSPENDER")]], [2.8, 4.2], size=9, grid=False)
    d.med("losart\u00e1n", "Cozaar", "50", "mg", "VO", "c/12 h")
    d.med("metformina", "Glucophage XR", "750", "mg", "VO", "con la cena")
    d.med("rosuvastatina", "Crestor", "10", "mg", "VO", "en la noche")
    d.med("empagliflozina", "Jardiance", "10", "mg", "VO", "en la ma\u00f1ana", "new")
    d.med("Hidroclorotiazida", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Hidroclorotiazida", "stopped")
    d.hand_line("", "Control en 6 semanas con glicemia, HbA1c, perfil lip\u00eddico y creatinina", 10.5)
    d.hand_line("", "Dr. R. Ur\u00edbarri", 14)
    return d


@document
def d20():
    d = Doc(20, "aruba_medication_list", "Aruba", "prescription",
            "pharmacy medication overview (current and stopped, brand names)", "d-m-Y", lang="Dutch", comma=True)
    d.letterhead("Botica Paradera - Apotheek", [
        "Avenida Milio Croes 41, Oranjestad, Aruba   Tel. +297 582 5507",
        "Apotheker: drs. M. (Marisol) Croes"], right=["MEDICATIEOVERZICHT", "Afgedrukt 18-03-2025"])
    d.kv([("Pati\u00ebnt:", "Dhr. R.A. (Ricardo) Kock"), ("Geboortedatum:", "09-11-1947"),
          ("AZV-nummer:", "A-0218843"), ("Huisarts:", "Dr. E. Tromp, Santa Cruz"),
          ("Specialist:", "Dr. L. Arends, cardioloog HOH"), ("Gewicht:", "")])
    d.title("Actuele medicatie", 10)
    d.table(["Geneesmiddel (merk)", "Werkzame stof", "Sterkte", "Gebruik", "Sinds"], [
        ["Selokeen ZOC", "metoprololsuccinaat", "47,5 mg", "1x daags 1 tablet, oraal", "04-2022"],
        ["Sintrom mitis", "acenocoumarol", "1 mg", "volgens schema trombosedienst, oraal", "04-2022"],
        ["Lipitor", "atorvastatine", "40 mg", "1x daags 1 tablet 's avonds, oraal", "01-2020"],
        ["Losec", "omeprazol", "20 mg", "1x daags 1 capsule, oraal", "06-2023"],
        ["Lasix", "furosemide", "40 mg", "1x daags 1 tablet 's ochtends, oraal - GEWIJZIGD (was 20 mg)", "12-02-2025"],
        ["Thyrax Duotab", "levothyroxine", "0,1 mg", "1x daags 1 tablet nuchter, oraal", "2015"]],
        [1.8, 2, 1, 3.6, 1.1])
    d.med("metoprololsuccinaat", "Selokeen ZOC", "47,5", "mg", "oraal", "1x daags 1 tablet")
    d.med("acenocoumarol", "Sintrom mitis", "1", "mg", "oraal", "volgens schema trombosedienst")
    d.med("atorvastatine", "Lipitor", "40", "mg", "oraal", "1x daags 1 tablet 's avonds")
    d.med("omeprazol", "Losec", "20", "mg", "oraal", "1x daags 1 capsule")
    d.med("furosemide", "Lasix", "40", "mg", "oraal", "1x daags 1 tablet 's ochtends", "changed")
    d.med("levothyroxine", "Thyrax Duotab", "0,1", "mg", "oraal", "1x daags 1 tablet nuchter")
    d.title("Gestopte medicatie", 10)
    d.table(["Geneesmiddel (merk)", "Werkzame stof", "Sterkte", "Gebruik", "Gestopt", "Reden"], [
        ["Lanoxin", "digoxine", "0,125 mg", "1x daags 1 tablet", "12-02-2025", "op advies cardioloog"],
        ["Voltaren", "diclofenac", "50 mg", "2x daags 1 tablet", "03-01-2025", "maagklachten, interactie"],
        ["Prednisolon PCH", "prednisolon", "30 mg", "1x daags, kuur 5 dagen", "20-01-2025", "kuur afgerond"]],
        [1.6, 1.6, 1, 2, 1.2, 2])
    d.med("digoxine", "Lanoxin", "0,125", "mg", None, "1x daags 1 tablet", "stopped")
    d.no("medications", "digoxine", "stopped")
    d.med("diclofenac", "Voltaren", "50", "mg", None, "2x daags 1 tablet", "stopped")
    d.no("medications", "diclofenac", "stopped")
    d.med("prednisolon", None, "30", "mg", None, "1x daags", "completed")
    d.no("medications", "prednisolon", "stopped", "course completed")
    d.title("Overgevoeligheden en intoleranties", 10)
    d.table(["Stof", "Soort", "Reactie", "Geregistreerd"], [
        ["sulfonamiden", "allergie", "huiduitslag", "2011"],
        ["code\u00efne", "intolerantie", "ernstige obstipatie", "2019"]], [2, 1.5, 2.5, 1.5])
    d.alg("sulfonamiden", "huiduitslag")
    d.alg("code\u00efne", "ernstige obstipatie")
    d.title("Contra-indicaties en aandoeningen (medicatiebewaking)", 10)
    d.table(["Aandoening", "Bron"], [["Hartfalen", "cardioloog HOH"], ["Atriumfibrilleren", "cardioloog HOH"],
                                    ["Hypothyreo\u00efdie", "huisarts"], ["Verminderde nierfunctie (eGFR 38)", "lab 02-2025"]],
            [4, 3])
    d.cond("Hartfalen", "active", None, ["heart failure"])
    d.cond("Atriumfibrilleren", "active", None, ["atrial fibrillation"])
    d.cond("Hypothyreo\u00efdie", "active", None, ["hypothyroidism"])
    d.cond("Verminderde nierfunctie", "active", None, ["chronic kidney disease", "reduced renal function"])
    d.para("Bijsluiterinformatie Sintrom: gebruik geen pijnstillers zoals ibuprofen of naproxen zonder overleg; "
           "waarschuw bij bloedingen. Paracetamol mag wel.", 8)
    d.no("medications", "ibuprofen", "leaflet")
    d.no("medications", "naproxen", "leaflet")
    d.para("Dit overzicht is opgesteld op basis van de afleveringen van deze apotheek. Controleer samen met de "
           "pati\u00ebnt of het volledig is.", 7.5)
    return d


@document
def d21():
    d = Doc(21, "tahiti_preop_form", "French Polynesia (Tahiti)", "medical_record",
            "pre-anaesthetic questionnaire (tick boxes, handwritten)", "d/m/Y", lang="French")
    d.letterhead("Clinique Te Ao - Consultation d'anesth\u00e9sie", [
        "Rue du Commandant Destremau, BP 1640, 98713 Papeete, Tahiti, Polyn\u00e9sie fran\u00e7aise",
        "T\u00e9l. +689 40 55 77 00"], right=["QUESTIONNAIRE", "PR\u00c9-ANESTH\u00c9SIQUE"])
    d.kv([("Nom :", Hand("TEMAURI Hinano")), ("Date de naissance :", Hand("02/04/1969")),
          ("Intervention :", Hand("cure de hernie ombilicale")), ("Date pr\u00e9vue :", Hand("24/06/2025"))])
    d.title("Vos ant\u00e9c\u00e9dents (cochez la case)", 10)
    d.checks([
        ("Hypertension art\u00e9rielle", "Y", "depuis 2015"),
        ("Diab\u00e8te", "Y", "type 2"),
        ("Asthme ou bronchite chronique", "N", ""),
        ("Maladie du c\u0153ur (infarctus, angine de poitrine)", "N", ""),
        ("Apn\u00e9e du sommeil", "Y", "appareill\u00e9e (PPC)"),
        ("Reflux gastro-\u0153sophagien", "Y", ""),
        ("Trouble de la coagulation", "N", ""),
        ("H\u00e9patite, jaunisse", None, "h\u00e9patite B gu\u00e9rie en 2001"),
        ("Anesth\u00e9sie ant\u00e9rieure avec probl\u00e8me", "N", "chol\u00e9cystectomie 2018, RAS"),
    ], qw=0.42, labels=("Oui", "Non", "Pr\u00e9cisions"), cross=True)
    d.cond("Hypertension art\u00e9rielle", "active", None, ["hypertension"])
    d.cond("Diab\u00e8te", "active", None, ["diabetes mellitus", "type 2 diabetes"])
    d.cond("Apn\u00e9e du sommeil", "active", None, ["sleep apnoea"])
    d.cond("Reflux gastro-\u0153sophagien", "active", None, ["GERD"])
    d.no("conditions", "Asthme", "checkbox_no")
    d.no("conditions", "Maladie du c\u0153ur", "checkbox_no")
    d.no("conditions", "Trouble de la coagulation", "checkbox_no")
    d.no("conditions", "h\u00e9patite B", "historical", "resolved")
    d.no("conditions", "chol\u00e9cystectomie", "historical", "past surgery")
    d.title("Allergies", 10)
    d.checks([
        ("Allergie \u00e0 un m\u00e9dicament", "Y", "p\u00e9nicilline - urticaire"),
        ("Allergie au latex", "N", ""),
        ("Allergie alimentaire", None, "crustac\u00e9s - gonflement des l\u00e8vres"),
        ("Intol\u00e9rance \u00e0 un m\u00e9dicament", "Y", "tramadol - vomissements"),
    ], qw=0.42, labels=("Oui", "Non", "Pr\u00e9cisions"), cross=True)
    d.alg("p\u00e9nicilline", "urticaire")
    d.alg("crustac\u00e9s", "gonflement des l\u00e8vres")
    d.alg("tramadol", "vomissements")
    d.no("allergies", "latex", "checkbox_no")
    d.title("Vos m\u00e9dicaments actuels", 10)
    d.hand_line("1.", "Metformine 1000 mg matin et soir")
    d.hand_line("2.", "Amlodipine 5 mg le matin")
    d.hand_line("3.", "Inexium 20 mg le soir")
    d.hand_line("4.", "Kard\u00e9gic 75 mg - arr\u00eat\u00e9 le 02/06/2025 (cardiologue)")
    d.med("Metformine", None, "1000", "mg", None, "matin et soir")
    d.med("Amlodipine", None, "5", "mg", None, "le matin")
    d.med("\u00e9som\u00e9prazole", "Inexium", "20", "mg", None, "le soir")
    d.meds[-1]["name"] = "Inexium"
    d.med("Kard\u00e9gic", "Kard\u00e9gic", "75", "mg", None, None, "stopped")
    d.no("medications", "Kard\u00e9gic", "stopped")
    d.title("R\u00e9serv\u00e9 au m\u00e9decin anesth\u00e9siste", 10)
    d.kv([("Poids :", "98 kg"), ("Taille :", "172 cm"), ("IMC :", "33,1 kg/m2"), ("TA :", "138/84 mmHg"),
          ("ASA :", "2"), ("Mallampati :", "3")], cols=3)
    d.vit("weight", "98", 98.0, None, "kg")
    d.vit("height", "172", 172.0, None, "cm")
    d.vit("bmi", "33,1", 33.1, None, "kg/m2")
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mmHg")
    d.para("Consignes : je\u00fbne 6 heures pour les solides ; ne pas prendre la metformine le matin de l'intervention.", 8.5)
    d.signature("Dr Teva Lenoir", "M\u00e9decin anesth\u00e9siste-r\u00e9animateur")
    return d


@document
def d22():
    d = Doc(22, "ontario_intake_form", "Canada (Ontario)", "medical_record",
            "new-patient health questionnaire (tick boxes, handwritten)", "Y-m-d", size=letter)
    d.letterhead("Bay of Quinte Family Health Team", [
        "265 Dundas St E, Belleville, ON K8N 1E7, Canada   Tel +1 613 555 0186",
        "New patient health questionnaire - please complete before your first visit"])
    d.kv([("Name:", Hand("Melissa Duchene")), ("Date of birth:", Hand("1973-02-17")),
          ("OHIP:", Hand("4471-228-913-JK")), ("Date:", Hand("2025-06-11"))])
    d.title("Your medical history", 10)
    d.checks([
        ("High blood pressure", "Y", "since 2019"),
        ("Diabetes", "N", ""),
        ("Heart disease", "N", ""),
        ("Asthma / COPD", "Y", "asthma since childhood"),
        ("Depression / anxiety", "Y", "depression"),
        ("Thyroid problems", None, "hypothyroid"),
        ("Kidney disease", "N", ""),
        ("Cancer", None, "basal cell skin cancer removed 2020"),
        ("Migraine", "Y", ""),
    ], qw=0.42)
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.cond("asthma", "active")
    d.cond("depression", "active")
    d.cond("hypothyroid", "active", None, ["hypothyroidism"])
    d.cond("Migraine", "active")
    d.no("conditions", "Diabetes", "checkbox_no")
    d.no("conditions", "Heart disease", "checkbox_no")
    d.no("conditions", "Kidney disease", "checkbox_no")
    d.no("conditions", "basal cell skin cancer", "historical", "removed 2020")
    d.title("Allergies", 10)
    d.checks([
        ("Medication allergy", "Y", "amoxicillin - hives"),
        ("Food allergy", "Y", "peanuts - anaphylaxis"),
        ("Latex allergy", "N", ""),
        ("Insect stings", None, "wasp sting - large local swelling"),
    ], qw=0.42)
    d.alg("amoxicillin", "hives")
    d.alg("peanuts", "anaphylaxis")
    d.alg("wasp sting", "large local swelling")
    d.no("allergies", "Latex", "checkbox_no")
    d.title("Family history", 10)
    d.checks([("Heart disease", "Y", "father - heart attack at 58"), ("Diabetes", "Y", "mother"),
              ("Breast cancer", "N", "")], qw=0.42)
    d.no("conditions", "heart attack", "family")
    d.no("conditions", "Diabetes", "family", "mother")
    d.no("conditions", "Breast cancer", "checkbox_no")
    d.title("Medications you take now", 10)
    d.hand_line("", "sertraline 100 mg once daily")
    d.hand_line("", "levothyroxine 50 mcg every morning")
    d.hand_line("", "amlodipine 5 mg once daily")
    d.hand_line("", "salbutamol inhaler 2 puffs as needed")
    d.hand_line("", "EpiPen 0.3 mg as needed")
    d.hand_line("Stopped:", "citalopram 20 mg - stopped last year")
    d.med("sertraline", None, "100", "mg", None, "once daily")
    d.med("levothyroxine", None, "50", "mcg", None, "every morning")
    d.med("amlodipine", None, "5", "mg", None, "once daily")
    d.med("salbutamol", None, None, None, None, "as needed")
    d.med("epinephrine auto-injector", "EpiPen", "0.3", "mg", None, "as needed")
    d.meds[-1]["name"] = "EpiPen"
    d.med("citalopram", None, "20", "mg", None, None, "stopped")
    d.no("medications", "citalopram", "stopped")
    d.title("Vaccines", 10)
    d.hand_line("Flu shot:", "2024-10-15 (pharmacy)")
    d.hand_line("COVID booster:", "2024-10-15 (pharmacy)")
    d.hand_line("Shingles vaccine:", "not had yet")
    d.imm("Flu shot", "2024-10-15")
    d.imm("COVID booster", "2024-10-15")
    d.no("immunizations", "Shingles vaccine", "other", "not given")
    d.title("Office use - nurse", 10)
    d.kv([("BP:", "128/82 mmHg"), ("Height:", "165 cm"), ("Weight:", "71 kg")], cols=3)
    d.vit("blood_pressure", "128/82", 128.0, 82.0, "mmHg")
    d.vit("height", "165", 165.0, None, "cm")
    d.vit("weight", "71", 71.0, None, "kg")
    return d


@document
def d23():
    d = Doc(23, "oregon_ccda_ccd", "United States (Oregon)", "medical_record",
            "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)", "m/d/Y", size=letter)
    d.title("Continuity of Care Document", 15, "B", "c")
    d.table(None, [
        ["Patient", "Thomas E. Lindgren", "Contact info", "4418 NE Alberta St, Portland, OR 97211, USA  tel:+1-503-555-0191"],
        ["Date of birth", "January 9, 1961", "Sex", "Male"],
        ["Race", "White", "Ethnicity", "Not Hispanic or Latino"],
        ["Patient IDs", "0048821-3 (2.16.840.1.113883.3.9911)", "Language", "en-US"],
        ["Document Id", "8a0f-52c1-9e77 (2.16.840.1.113883.19.5)", "Document Created", "March 12, 2025, 09:14 -0700"],
        ["Author", "Priya Raman, MD, Willamette Primary Care", "Custodian", "Willamette Valley Health Partners"]],
        [1.3, 2.6, 1.3, 2.8], size=7.8)
    d.run_header = "Continuity of Care Document - Thomas E. Lindgren - DOB January 9, 1961"
    d.title("Table of Contents", 10)
    d.para("Allergies, Adverse Reactions, Alerts - Medications - Problems - Results - Vital Signs - Immunizations - "
           "Plan of Treatment", 8.5)
    d.title("Allergies, Adverse Reactions, Alerts", 10.5)
    d.table(["Substance", "Reaction", "Severity", "Status"], [
        ["Penicillin G", "Hives", "Moderate", "Active"],
        ["Sulfamethoxazole-trimethoprim", "Stevens-Johnson syndrome", "Severe", "Active"],
        ["Bee venom", "Anaphylaxis", "Severe", "Active"]], [2.6, 2.4, 1.2, 1.2])
    d.alg("Penicillin G", "Hives", "Moderate")
    d.alg("Sulfamethoxazole-trimethoprim", "Stevens-Johnson syndrome", "Severe")
    d.alg("Bee venom", "Anaphylaxis", "Severe")
    d.title("Medications", 10.5)
    d.table(["Medication", "Directions", "Start Date", "Status"], [
        ["Insulin glargine 100 unit/mL pen (Basaglar KwikPen)", "18 units subcutaneous at bedtime", "06/14/2023", "Active"],
        ["Empagliflozin 10 mg oral tablet (Jardiance)", "10 mg by mouth daily", "11/02/2024", "Active"],
        ["Atorvastatin 40 mg oral tablet", "40 mg by mouth daily", "02/20/2019", "Active"],
        ["Lisinopril 20 mg oral tablet", "20 mg by mouth daily", "02/20/2019", "Active"],
        ["Omeprazole 20 mg delayed release capsule", "20 mg by mouth daily before breakfast", "08/08/2021", "Active"],
        ["Metformin 1000 mg oral tablet", "1000 mg by mouth twice daily", "02/20/2019", "Discontinued 11/02/2024"]],
        [3.4, 2.6, 1.1, 1.5])
    d.med("Insulin glargine", "Basaglar KwikPen", "18", "units", "subcutaneous", "at bedtime")
    d.med("Empagliflozin", "Jardiance", "10", "mg", "by mouth", "daily")
    d.med("Atorvastatin", None, "40", "mg", "by mouth", "daily")
    d.med("Lisinopril", None, "20", "mg", "by mouth", "daily")
    d.med("Omeprazole", None, "20", "mg", "by mouth", "daily")
    d.med("Metformin", None, "1000", "mg", "by mouth", "twice daily", "stopped")
    d.no("medications", "Metformin", "stopped")
    d.title("Problems", 10.5)
    d.table(["Condition", "Code", "Status", "Onset"], [
        ["Type 2 diabetes mellitus with diabetic chronic kidney disease", "ICD-10 E11.22", "Active", "2019"],
        ["Chronic kidney disease, stage 3a", "ICD-10 N18.31", "Active", "2024"],
        ["Hyperlipidemia", "ICD-10 E78.5", "Active", "2019"],
        ["Gastroesophageal reflux disease", "ICD-10 K21.9", "Active", "2021"],
        ["Acute bronchitis", "ICD-10 J20.9", "Resolved", "01/2025"]], [3.8, 1.4, 1, 1])
    d.cond("Type 2 diabetes mellitus with diabetic chronic kidney disease", "active", "E11.22")
    d.cond("Chronic kidney disease, stage 3a", "active", "N18.31")
    d.cond("Hyperlipidemia", "active", "E78.5")
    d.cond("Gastroesophageal reflux disease", "active", "K21.9", ["GERD"])
    d.no("conditions", "Acute bronchitis", "historical", "resolved")
    d.title("Results", 10.5)
    iso = "2025-03-10"
    d.table(["Test", "Result", "Units", "Reference range", "Interpretation", "Date"], [
        ["Glucose", "162", "mg/dL", "70-99", "High", "03/10/2025"],
        ["Creatinine", "1.38", "mg/dL", "0.70-1.30", "High", "03/10/2025"],
        ["eGFR (CKD-EPI 2021)", "52", "mL/min/1.73m2", ">=60", "Low", "03/10/2025"],
        ["Potassium", "4.9", "mmol/L", "3.5-5.1", "Normal", "03/10/2025"],
        ["Hemoglobin A1c", "8.1", "%", "<5.7", "High", "03/10/2025"],
        ["Urine albumin/creatinine ratio", "", "", "", "Pending", "03/10/2025"]], [2.6, 0.8, 1.4, 1.3, 1.2, 1.1])
    d.lab("Glucose", "162", "mg/dL", 70.0, 99.0, None, "high", iso)
    d.lab("Creatinine", "1.38", "mg/dL", 0.7, 1.3, None, "high", iso)
    d.lab("eGFR (CKD-EPI 2021)", "52", "mL/min/1.73m2", 60.0, None, ">=60", "low", iso, ["eGFR"])
    d.lab("Potassium", "4.9", "mmol/L", 3.5, 5.1, None, "normal", iso)
    d.lab("Hemoglobin A1c", "8.1", "%", None, 5.7, "<5.7", "high", iso, ["HbA1c"])
    d.no("labs", "Urine albumin/creatinine ratio", "other", "pending")
    d.title("Vital Signs", 10.5)
    d.table(["Date", "BP", "Pulse", "Temp", "Resp", "SpO2", "Weight", "BMI"], [
        ["03/10/2025", "134/80 mmHg", "72 /min", "97.9 [degF]", "16 /min", "97 %", "212 [lb_av]", "31.3 kg/m2"]],
        [1.2, 1.2, 0.9, 1.1, 0.9, 0.8, 1.1, 1.1])
    d.vit("blood_pressure", "134/80", 134.0, 80.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("temperature", "97.9", 97.9, None, "[degF]")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "212", 212.0, None, "[lb_av]")
    d.vit("bmi", "31.3", 31.3, None, "kg/m2")
    d.title("Immunizations", 10.5)
    d.table(["Vaccine", "Date", "Lot", "Status"], [
        ["Influenza, seasonal, injectable, preservative free", "10/21/2024", "FL4420KB", "Completed"],
        ["Pneumococcal conjugate PCV20", "03/10/2025", "LT0993", "Completed"],
        ["Hepatitis B, adult", "", "", "Refused"]], [3.6, 1.2, 1.2, 1.2])
    d.imm("Influenza, seasonal, injectable, preservative free", "2024-10-21", None, "FL4420KB", None, amb=False)
    d.imm("Pneumococcal conjugate PCV20", "2025-03-10", None, "LT0993", None, amb=_amb(d.style, "2025-03-10"))
    d.no("immunizations", "Hepatitis B, adult", "other", "refused")
    d.title("Plan of Treatment", 10.5)
    d.table(["Planned item", "Date", "Status"], [
        ["Referral to nephrology", "04/2025", "Requested"],
        ["Semaglutide - start if HbA1c remains above 8 % at next visit", "06/2025", "Proposed"],
        ["Diabetic retinal exam", "05/2025", "Scheduled"]], [4.4, 1.2, 1.4])
    d.no("medications", "Semaglutide", "planned")
    return d


@document
def d24():
    d = Doc(24, "guatemala_ed_triage_scan", "Guatemala", "medical_record",
            "emergency triage sheet (handwritten, scanned)", "d/m/Y", scan={"dpi": 150, "angle": 2.8},
            lang="Spanish", comma=True)
    d.letterhead("Hospital Regional de Occidente - Servicio de Emergencia", [
        "0 Avenida 12-50 zona 8, Quetzaltenango, Guatemala   Tel. (502) 7755 5120",
        "HOJA DE TRIAJE Y ATENCI\u00d3N INICIAL"])
    d.kv([("Nombre:", Hand("Mar\u00eda Concepci\u00f3n Xiloj T.")), ("Edad:", Hand("58 a\u00f1os")),
          ("DPI:", Hand("2547 88103 0901")), ("Fecha / hora:", Hand("17/08/2025  02:40"))])
    d.hand_line("Motivo de consulta:", "dolor epig\u00e1strico irradiado a espalda, v\u00f3mitos x 6, desde ayer")
    d.title("Signos vitales (triaje)", 10)
    d.table(["PA (mmHg)", "FC (lpm)", "FR (rpm)", "T (\u00b0C)", "SatO2 (%)", "Peso (kg)", "Glucometr\u00eda (mg/dL)"],
            [[Hand("102/64"), Hand("112"), Hand("22"), Hand("38,2"), Hand("94"), Hand("68"), Hand("248")]],
            [1.1, 1, 1, 0.9, 1, 1, 1.5], size=8.3)
    d.vit("blood_pressure", "102/64", 102.0, 64.0, "mmHg")
    d.vit("heart_rate", "112", 112.0, None, "lpm")
    d.vit("respiratory_rate", "22", 22.0, None, "rpm")
    d.vit("temperature", "38,2", 38.2, None, "\u00b0C")
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.vit("weight", "68", 68.0, None, "kg")
    d.lab("Glucometr\u00eda", "248", "mg/dL", None, None, None, None, "2025-08-17", ["capillary glucose"])
    d.hand_line("Clasificaci\u00f3n:", "NARANJA (nivel 2)")
    d.title("Antecedentes", 10)
    d.hand_line("M\u00e9dicos:", "DM2 hace 10 a\u00f1os, HTA, colelitiasis (USG 2024)")
    d.hand_line("", "niega cardiopat\u00eda, niega ERC")
    d.cond("DM2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("HTA", "active", None, ["hypertension"])
    d.cond("colelitiasis", "active", None, ["gallstones", "cholelithiasis"])
    d.no("conditions", "cardiopat\u00eda", "negated")
    d.no("conditions", "ERC", "negated")
    d.hand_line("Quir\u00fargicos:", "ces\u00e1rea 1994")
    d.no("conditions", "ces\u00e1rea", "historical", "past surgery")
    d.hand_line("Alergias:", "sulfas (ronchas); AINES (broncoespasmo)")
    d.alg("sulfas", "ronchas")
    d.alg("AINES", "broncoespasmo")
    d.hand_line("Medicamentos:", "metformina 850 mg c/12h, enalapril 10 mg c/12h")
    d.hand_line("", "glibenclamida 5 mg - la dej\u00f3 hace 2 meses")
    d.med("metformina", None, "850", "mg", None, "c/12h")
    d.med("enalapril", None, "10", "mg", None, "c/12h")
    d.med("glibenclamida", None, "5", "mg", None, None, "stopped")
    d.no("medications", "glibenclamida", "stopped")
    d.title("Impresi\u00f3n cl\u00ednica", 10)
    d.hand_line("1.", "Pancreatitis aguda biliar probable")
    d.hand_line("2.", "Colecistitis aguda a descartar")
    d.hand_line("3.", "Deshidrataci\u00f3n moderada")
    d.hand_line("4.", "Cetoacidosis descartada (gases y cetonas normales)")
    d.cond("Deshidrataci\u00f3n moderada", "active", None, ["dehydration"])
    d.no("conditions", "Pancreatitis aguda biliar", "other", "probable, not confirmed")
    d.no("conditions", "Colecistitis aguda", "other", "to be ruled out")
    d.no("conditions", "Cetoacidosis", "other", "ruled out")
    d.title("Plan / \u00f3rdenes", 10)
    d.hand_line("", "NPO. Sol. Hartmann 1000 mL IV en 1 h")
    d.hand_line("", "Metoclopramida 10 mg IV STAT, tramadol 50 mg IV dosis \u00fanica")
    d.hand_line("", "Lipasa, hematolog\u00eda, qu\u00edmica, PFH: pendientes. USG abdominal")
    d.no("medications", "Metoclopramida", "other", "one-off dose in ED")
    d.no("medications", "tramadol", "other", "one-off dose in ED")
    d.no("medications", "Hartmann", "other", "ED fluids")
    d.no("labs", "Lipasa", "other", "pending")
    d.hand_line("M\u00e9dico:", "Dr. E. Tzul - residente II medicina interna")
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
    rels.append("make_heldout19.py")
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
    if sum(1 for i in info if i["doc"].lang != "English") < 8:
        errs.append("need 8 local-language documents")
    if len({i["doc"].country for i in info}) != 24:
        errs.append("countries repeat")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)
    if os.path.abspath(outdir) != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout19.py"))
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
    base = "/tmp/heldout19_work/determinism"
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
    why, langs = {}, {}
    for i in info:
        langs[i["doc"].lang] = langs.get(i["doc"].lang, 0) + 1
        for x in i["truth"]["must_not"]:
            why[x["why"]] = why.get(x["why"], 0) + 1
    L = ["# Held-out extraction test set 19", "",
         "**Status:** held out. Written and frozen (unscored) before the next rule changes.", "",
         "## How it was made", "",
         f"24 synthetic medical documents, one per country / health system not used by an earlier set, "
         f"{sum(1 for i in info if i['doc'].lang != 'English')} of them wholly or mostly in the local language "
         f"({', '.join(sorted({i['doc'].lang for i in info if i['doc'].lang != 'English'}))}) with local test "
         "names, units, decimal commas, date styles and abbreviations; the rest in English. All content and "
         "truth rows are written by hand in `make_heldout19.py` (no generator of clinical content). The "
         "rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick boxes, scan "
         "simulation, manifest, --check and --determinism) is reused from `bench/heldout17/make_heldout17.py`. "
         "Six documents are scans: pages rendered with pypdfium2 at 150-180 dpi, rotated 0.9-2.8 degrees, "
         "blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or image-only PDF. "
         "Handwriting is an oblique DejaVu font drawn character by character with jitter; tick boxes (ticks "
         "or crosses) are vector strokes. Randomness comes only from generators seeded with fixed strings.",
         "", "The author read only `pipeline/clinical/schema.py` and set 17's README, build script and one "
         "truth file (for format); the pipeline, extractor and scorer were not run on these documents, and "
         "no OCR was run. `truth/drawn/*.txt` records the strings drawn into each document.", "",
         "Build: `python make_heldout19.py` (keeps an existing README), `--check` (verifies "
         "MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
         "`--determinism` (two builds under /tmp/heldout19_work must give identical manifests).", "",
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
         "- Names are kept as printed, in the document's language (e.g. Kreatinin, Glicemie, Furosemida); an "
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
