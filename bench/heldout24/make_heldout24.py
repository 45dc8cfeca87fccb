#!/usr/bin/env python
"""Build held-out extraction test set 24 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout24.py                 build into this folder (keeps an existing README)
    python make_heldout24.py --check         verify MANIFEST.sha256
    python make_heldout24.py --determinism   build twice under /tmp/heldout24_work, compare
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
for _n, _f in [
    ("R", "DejaVuSans.ttf"),
    ("B", "DejaVuSans-Bold.ttf"),
    ("I", "DejaVuSans-Oblique.ttf"),
    ("S", "DejaVuSerif.ttf"),
    ("SB", "DejaVuSerif-Bold.ttf"),
    ("SI", "DejaVuSerif-Italic.ttf"),
    ("M", "DejaVuSansMono.ttf"),
    ("MB", "DejaVuSansMono-Bold.ttf"),
    ("H", "DejaVuSansCondensed-Oblique.ttf"),
    ("HS", "DejaVuSerif-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))

DOCUMENT_TYPES = {
    "lab_result",
    "prescription",
    "discharge_summary",
    "immunization_record",
    "medical_record",
    "other",
}
VITAL_KINDS = {
    "blood_pressure",
    "heart_rate",
    "temperature",
    "respiratory_rate",
    "oxygen_saturation",
    "weight",
    "height",
    "bmi",
}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
WHYS = {
    "negated",
    "family",
    "historical",
    "planned",
    "due",
    "stopped",
    "checkbox_no",
    "leaflet",
    "other",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(iso, style):
    y, m, d = (int(p) for p in iso.split("-"))
    return {
        "m/d/Y": f"{m:02d}/{d:02d}/{y}",
        "d/m/Y": f"{d:02d}/{m:02d}/{y}",
        "d-M-Y": f"{d:02d}-{MONTHS[m - 1][:3]}-{y}",
        "j F Y": f"{d} {MONTHS[m - 1]} {y}",
        "d.m.Y": f"{d:02d}.{m:02d}.{y}",
        "Y-m-d": f"{y}-{m:02d}-{d:02d}",
        "Y/m/d": f"{y}/{m:02d}/{d:02d}",
        "Y.m.d": f"{y}.{m:02d}.{d:02d}.",
        "d-m-Y": f"{d:02d}-{m:02d}-{y}",
        "d. m. Y": f"{d}. {m}. {y}",
        "j.n.Y": f"{d}.{m}.{y}",
        "d.m.Y.": f"{d:02d}.{m:02d}.{y}.",
    }[style]


class Hand(str):
    """A cell / value written by hand."""


class Doc:
    def __init__(
        self,
        num,
        slug,
        country,
        dtype,
        kind,
        style,
        ext="pdf",
        scan=None,
        size=A4,
        lang="English",
        comma=False,
    ):
        self.num, self.slug, self.country, self.dtype, self.kind = num, slug, country, dtype, kind
        self.lang, self.comma = lang, comma
        self.style, self.ext, self.scan, self.size = style, ext, scan, size
        self.stem = f"{num:02d}_{slug}"
        self.W, self.Hh = size
        self.pages = [[]]
        self.y = self.Hh - 50
        self.drawn = []
        self.hand_used = False
        self.rng = random.Random("heldout24-hand-" + self.stem)
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
            for j, (k, v) in enumerate(pairs[i : i + cols]):
                x = self.x0 + j * colw
                self.text(x, self.y, k, "B", size)
                if isinstance(v, Hand):
                    self.hand_text(x + lw, self.y, v, size + 2)
                    self.line(x + lw, self.y - 2, x + colw - 8, self.y - 2, 0.3, 0.5)
                elif v:
                    self.text(x + lw, self.y, v, "R", size)
            self.y -= size * 1.55
        self.y -= 3

    def table(
        self,
        headers,
        rows,
        widths,
        size=8.3,
        head_fill=(0.85, 0.88, 0.92),
        fonts=None,
        grid=True,
        pad=3,
    ):
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
        xq, xy, xn, xd = (
            self.x0,
            self.x0 + total * qw,
            self.x0 + total * qw + 34,
            self.x0 + total * qw + 70,
        )
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
        r = {
            "name": name,
            "brand": brand,
            "dose": dose,
            "unit": unit,
            "route": route,
            "frequency": freq,
            "status": status,
        }
        if optional:
            r["optional"] = True
        self.meds.append(r)

    def lab(self, test, vt, unit, lo, hi, rtext, flag, iso, aliases=(), num="auto"):
        if num == "auto":
            try:
                num = float(vt.replace(",", ".")) if self.comma else float(vt.replace(",", ""))
            except ValueError:
                num = None
        self.labs.append(
            {
                "test_name": test,
                "value_text": vt,
                "value_numeric": num,
                "unit": unit,
                "reference_low": lo,
                "reference_high": hi,
                "reference_text": rtext,
                "flag": flag,
                "date": iso,
                "aliases": list(aliases),
            }
        )

    def vit(self, kind, vt, num, sec, unit):
        self.vitals.append(
            {
                "kind": kind,
                "value_text": vt,
                "value_numeric": num,
                "value_secondary": sec,
                "unit": unit,
            }
        )

    def alg(self, sub, reaction=None, severity=None):
        self.allergies.append({"substance": sub, "reaction": reaction, "severity": severity})

    def cond(self, name, status="active", icd=None, aliases=()):
        self.conds.append(
            {"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)}
        )

    def imm(self, vaccine, iso, dose=None, lot=None, brand=None, amb=None):
        if amb is None:
            amb = False
        self.imms.append(
            {
                "vaccine": vaccine,
                "administered_on": iso,
                "dose_number": dose,
                "lot_number": lot,
                "brand": brand,
                "date_ambiguous": amb,
            }
        )

    def no(self, cat, name, why, note=""):
        self.mn.append({"category": cat, "name": name, "why": why, "note": note})

    def truth(self):
        return {
            "file": f"docs/{self.stem}.{self.ext}",
            "country": self.country,
            "document_type": self.dtype,
            "medications": self.meds,
            "labs": self.labs,
            "vitals": self.vitals,
            "allergies": self.allergies,
            "conditions": self.conds,
            "immunizations": self.imms,
            "must_not": self.mn,
        }

    # ---- rendering
    def render_pdf(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=self.size, invariant=1)
        c.setTitle(f"Held-out 24 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout24.py")
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
    rng = np.random.default_rng(
        int(hashlib.sha256(("heldout24-scan-" + doc.stem).encode()).hexdigest()[:8], 16)
    )
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
            if not any(
                x["category"] == "medications"
                and x["name"].lower() == m["name"].lower()
                and x["why"] == "stopped"
                for x in t["must_not"]
            ):
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
        if x["category"] not in (
            "medications",
            "labs",
            "vitals",
            "allergies",
            "conditions",
            "immunizations",
        ):
            errs.append(f"bad category {x}")
        present(x["name"], "must_not")
    opt = sum(
        1
        for cat in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
        for r in t[cat]
        if r.get("optional")
    )
    nrows = sum(
        len(t[cat])
        for cat in ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
    )
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
    m = {
        "H": "high",
        "L": "low",
        "HH": "critical",
        "LL": "critical",
        "A": "abnormal",
        "*": "abnormal",
        "CRIT": "critical",
    }
    if code:
        return m[code]
    return "normal" if has_ref else None


def _split(cell):
    m = re.match(r"^([<>]?[0-9.]+)\s*(HH|LL|H|L)?$", cell)
    return m.group(1), m.group(2)


FLAGMAP = {
    "H": "high",
    "L": "low",
    "HH": "critical",
    "LL": "critical",
    "A": "abnormal",
    "*": "abnormal",
    "\u2191": "high",
    "\u2193": "low",
    "\u2191\u2191": "critical",
    "\u2193\u2193": "critical",
    "(H)": "high",
    "(L)": "low",
    "(A)": "high",
    "(B)": "low",
}


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
    return (
        style in ("d/m/Y", "m/d/Y", "d.m.Y", "d-m-Y", "j.n.Y", "d.m.Y.")
        and m <= 12
        and dd <= 12
        and m != dd
    )


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


# Set 23 flag marks: French "B" (bas), Vietnamese "Cao"/"Thấp", Swahili "Juu"/"Chini" (legends printed).
FLAGMAP.update({"B": "low", "Cao": "high", "Th\u1ea5p": "low", "Juu": "high", "Chini": "low"})


# Set 24 flag marks: Malay "Tinggi"/"Rendah" and "POS" (positive); legends printed on the reports.
FLAGMAP.update({"Tinggi": "high", "Rendah": "low", "POS": "abnormal"})


# ---------------------------------------------------------------------------- 01 North Karelia
@document
def d01():
    d = Doc(
        1,
        "north_karelia_cumulative_lab",
        "North Karelia (Finland)",
        "lab_result",
        "lab report (cumulative, 3 dates, oldest first, critical value, pending test)",
        "j.n.Y",
        lang="Finnish",
        comma=True,
    )
    d.letterhead(
        "Siun sote – Pohjois-Karjalan hyvinvointialue",
        ["Laboratoriopalvelut, Tikkamäentie 16, 80210 Joensuu", "Laboratorion asiakaspalvelu 013 330 2400"],
        right=["KUMULATIIVINEN TULOSTE", "Tulostettu 30.4.2025 klo 8.42"],
        size=12,
        color=(0.1, 0.3, 0.2),
    )
    d.kv(
        [
            ("Potilas:", "Hiltunen, Aino Marjatta"),
            ("Henkilötunnus:", "070449-318K"),
            ("Tilaaja:", "Lääk. J. Turunen"),
            ("Yksikkö:", "Lieksan terveysasema"),
        ],
        lw=82,
    )
    d.para(
        "H / L: viitealueen ylä- / alapuolella. HH / LL: kriittinen tulos, ilmoitettu puhelimitse tilaajalle. "
        "– : ei tutkittu. Vanhin näyte vasemmalla.",
        8,
    )
    dates = ["2025-01-14", "2025-03-04", "2025-04-29"]
    rows = [
        ("B-Hb", ["Haemoglobin"], "g/l", "117 – 155", 117.0, 155.0, None, ["104 L", "109 L", "118"]),
        ("B-MCV", ["Mean corpuscular volume"], "fl", "82 – 98", 82.0, 98.0, None, ["76 L", "79 L", "84"]),
        ("B-Leuk", ["White cell count"], "E9/l", "3,4 – 8,2", 3.4, 8.2, None, ["6,1", "5,8", "7,0"]),
        ("B-Trom", ["Platelets"], "E9/l", "150 – 360", 150.0, 360.0, None, ["402 H", "371 H", "298"]),
        ("P-Ferrit", ["Ferritin"], "µg/l", "15 – 125", 15.0, 125.0, None, ["6 L", "14 L", "31"]),
        ("P-Na", ["Sodium"], "mmol/l", "137 – 145", 137.0, 145.0, None, ["139", "136 L", "140"]),
        ("P-K", ["Potassium"], "mmol/l", "3,3 – 4,9", 3.3, 4.9, None, ["4,1", "2,8 LL", "3,9"]),
        ("P-Krea", ["Creatinine"], "µmol/l", "50 – 90", 50.0, 90.0, None, ["71", "88", "74"]),
        ("P-TSH", ["Thyroid stimulating hormone"], "mU/l", "0,27 – 4,2", 0.27, 4.2, None, ["7,9 H", "5,1 H", "2,6"]),
        ("P-T4V", ["Free thyroxine"], "pmol/l", "12 – 22", 12.0, 22.0, None, ["10,4 L", "13,2", "15,8"]),
        ("P-CRP", ["C-reactive protein"], "mg/l", "< 10", None, 10.0, "< 10", ["3", "—", "2"]),
    ]
    tab = cumul(d, rows, dates)
    d.title("Kliininen kemia ja hematologia", 10.5)
    d.table(
        ["Tutkimus"] + [d.d(x) + " klo 7.50" for x in dates] + ["Yksikkö", "Viitealue"],
        tab,
        [1.8, 1.35, 1.35, 1.35, 1.0, 1.3],
    )
    d.para(
        "4.3.2025: P-K 2,8 mmol/l ilmoitettu puhelimitse lääkärille klo 10.15 (hoitaja M. Kettunen). "
        "P-B12-TC (aktiivinen B12-vitamiini) näytteestä 29.4.2025 – tulos valmistuu myöhemmin. "
        "Keliakiavasta-aineet (tTG-IgA) lähetetty HUS Diagnostiikkakeskukseen, tulos tulossa.",
        8.5,
    )
    d.no("labs", "P-B12-TC", "other", "pending")
    d.no("labs", "tTG-IgA", "other", "pending")
    d.para("Hyväksyjä: sairaalakemisti T. Räsänen", 8)
    return d


# ---------------------------------------------------------------------------- 02 Moravia
@document
def d02():
    d = Doc(
        2,
        "moravia_lab_previous",
        "Moravia (Czechia)",
        "lab_result",
        "lab report (previous-result column, arrow flags, µkat/l and ml/s units)",
        "d. m. Y",
        lang="Czech",
        comma=True,
    )
    d.letterhead(
        "Fakultní nemocnice Olomouc",
        ["Oddělení klinické biochemie, Zdravotníků 248/7, 779 00 Olomouc", "tel. 588 442 111"],
        right=["VÝSLEDKY LABORATORNÍHO VYŠETŘENÍ", "Číslo žádanky: 25-118403"],
        color=(0.15, 0.2, 0.5),
    )
    d.kv(
        [
            ("Pacient:", "Jaroslav Dvořák"),
            ("Rodné číslo:", "550318/042"),
            ("Odesílající lékař:", "MUDr. L. Horáková, praktický lékař, Prostějov"),
            ("Odběr:", "12. 5. 2025 7:20"),
        ],
        cols=1,
        lw=110,
    )
    d.para("\u2191 / \u2193 – hodnota nad / pod referenčním rozmezím. Předchozí výsledek ze dne 3. 2. 2025.", 8)
    rows = [
        ("S-Glukóza", ["Glucose"], "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, "7,8 \u2191", "8,6 \u2191"),
        ("B-HbA1c (IFCC)", ["HbA1c"], "mmol/mol", "20 – 42", 20.0, 42.0, None, "58 \u2191", "66 \u2191"),
        ("S-Urea", ["Urea"], "mmol/l", "2,8 – 8,0", 2.8, 8.0, None, "7,1", "6,4"),
        ("S-Kreatinin", ["Creatinine"], "µmol/l", "64 – 104", 64.0, 104.0, None, "121 \u2191", "109 \u2191"),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/s/1,73m²", "> 1,00", 1.0, None, "> 1,00", "0,88 \u2193", "0,97 \u2193"),
        ("S-Kyselina močová", ["Uric acid"], "µmol/l", "202 – 417", 202.0, 417.0, None, "455 \u2191", "398"),
        ("S-Cholesterol", ["Total cholesterol"], "mmol/l", "< 5,0", None, 5.0, "< 5,0", "4,2", "5,9 \u2191"),
        ("S-LDL cholesterol", ["LDL cholesterol"], "mmol/l", "< 3,0", None, 3.0, "< 3,0", "2,1", "3,7 \u2191"),
        ("S-Triacylglyceroly", ["Triglycerides"], "mmol/l", "0,45 – 1,70", 0.45, 1.7, None, "2,34 \u2191", "2,91 \u2191"),
        ("S-ALT", ["Alanine aminotransferase"], "µkat/l", "0,10 – 0,78", 0.1, 0.78, None, "0,64", "0,92 \u2191"),
        ("S-GMT", ["GGT"], "µkat/l", "0,14 – 0,84", 0.14, 0.84, None, "1,12 \u2191", "—"),
        ("S-Draslík", ["Potassium"], "mmol/l", "3,8 – 5,0", 3.8, 5.0, None, "5,3 \u2191", "4,7"),
        ("U-Albumin/kreatinin", ["Urine albumin/creatinine ratio"], "g/mol", "< 3,0", None, 3.0, "< 3,0", "8,4 \u2191", "—"),
    ]
    d.title("Klinická biochemie – sérum, krev, moč", 10.5)
    tab = prevcol(d, rows, "2025-02-03", "2025-05-12")
    d.table(
        ["Vyšetření", "Výsledek " + d.d("2025-05-12"), "Jednotka", "Ref. meze", "Předchozí " + d.d("2025-02-03")],
        tab,
        [2.6, 1.5, 1.3, 1.4, 1.6],
    )
    d.para(
        "Poznámka: S-25-OH vitamin D – vyšetření probíhá, výsledek bude doplněn do NIS. "
        "Vzorek mírně hemolytický, draslík interpretovat s opatrností.",
        8.5,
    )
    d.no("labs", "S-25-OH vitamin D", "other", "pending")
    d.para("Schválil: Ing. Petra Vaňková, klinický biochemik", 8)
    return d


# ---------------------------------------------------------------------------- 03 Azuay
@document
def d03():
    d = Doc(
        3,
        "azuay_urinalysis_scan",
        "Azuay (Ecuador)",
        "lab_result",
        "lab report (blood chemistry, EMO urine routine and sediment, flag column; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": 1.7},
        lang="Spanish",
        comma=True,
    )
    d.letterhead(
        "Hospital Vicente Corral Moscoso",
        ["Servicio de Laboratorio Clínico – Av. 12 de Abril y Av. El Paraíso, Cuenca", "Ministerio de Salud Pública del Ecuador"],
        right=["INFORME DE RESULTADOS", "Orden N° 0427-3381"],
        size=12.5,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Paciente:", "Zhunio Quizhpi, Rosa Elvira"),
            ("Cédula:", "0103458827"),
            ("Edad:", "58 años"),
            ("Fecha de toma:", "22/04/2025"),
            ("Servicio:", "Consulta externa – Medicina interna"),
            ("Médico:", "Dr. P. Vintimilla"),
        ],
        lw=80,
    )
    iso = "2025-04-22"
    d.title("QUÍMICA SANGUÍNEA", 10)
    rows = [
        ("Glucosa basal", ["Fasting glucose"], "128", "mg/dL", "70 – 100", 70.0, 100.0, None, "ALTO"),
        ("Urea", [], "38", "mg/dL", "15 – 45", 15.0, 45.0, None, ""),
        ("Creatinina", ["Creatinine"], "1,32", "mg/dL", "0,50 – 1,10", 0.5, 1.1, None, "ALTO"),
        ("Ácido úrico", ["Uric acid"], "5,1", "mg/dL", "2,4 – 5,7", 2.4, 5.7, None, ""),
    ]
    d.table(["Examen", "Resultado", "Unidad", "Valor de referencia", "Estado"], labrows(d, rows, iso), [2.4, 1.2, 1, 1.6, 1])
    d.title("EMO – ELEMENTAL Y MICROSCÓPICO DE ORINA", 10)
    rows = [
        ("Aspecto", [], "Turbio", None, "Transparente", None, None, "Transparente", "ALTERADO"),
        ("Densidad", ["Specific gravity"], "1.025", None, "1.005 – 1.030", 1.005, 1.03, None, "", 1.025),
        ("pH", [], "6,0", None, "5,0 – 7,0", 5.0, 7.0, None, ""),
        ("Proteínas", ["Urine protein"], "++", None, "Negativo", None, None, "Negativo", "ALTERADO"),
        ("Glucosa", ["Urine glucose"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
        ("Nitritos", ["Nitrite"], "Positivo", None, "Negativo", None, None, "Negativo", "ALTERADO"),
        ("Leucocitos (tira)", ["Leukocyte esterase"], "+++", None, "Negativo", None, None, "Negativo", "ALTERADO"),
        ("Sangre", ["Urine blood"], "+", None, "Negativo", None, None, "Negativo", "ALTERADO"),
        ("Leucocitos", ["Urine white cells"], "25 – 30", "/campo", "0 – 5", 0.0, 5.0, None, "ALTERADO", None),
        ("Hematíes", ["Urine red cells"], "5 – 8", "/campo", "0 – 3", 0.0, 3.0, None, "ALTERADO", None),
        ("Bacterias", ["Bacteria"], "Abundantes", None, "Escasas", None, None, "Escasas", "ALTERADO"),
    ]
    d.table(["Parámetro", "Resultado", "Unidad", "Valor de referencia", "Estado"], labrows(d, rows, iso), [2.4, 1.2, 1, 1.6, 1])
    d.para(
        "Urocultivo con antibiograma: sembrado el 22/04/2025, resultado en 48 – 72 horas. "
        "Hemoglobina glicosilada (HbA1c): muestra remitida a laboratorio de referencia, pendiente.",
        8.5,
    )
    d.no("labs", "Urocultivo", "other", "pending")
    d.no("labs", "Hemoglobina glicosilada", "other", "pending")
    d.para("Validado por: Lcda. Mónica Ordóñez, Tecnóloga Médica – Reg. MSP 1034-15-2278", 8)
    return d


# ---------------------------------------------------------------------------- 04 Gabon
@document
def d04():
    d = Doc(
        4,
        "gabon_lab_pending",
        "Gabon",
        "lab_result",
        "lab report (hepatitis B follow-up: blood count, biochemistry in g/L and mg/L, serology; thousands spaces; pending tests)",
        "d/m/Y",
        lang="French",
        comma=True,
    )
    d.letterhead(
        "Centre Hospitalier Universitaire de Libreville",
        ["Laboratoire d'Analyses Médicales – BP 2228 Libreville", "Tél. (+241) 01 76 14 68"],
        right=["COMPTE RENDU D'ANALYSES", "Dossier n° LBV-25-06128"],
        color=(0.1, 0.4, 0.2),
    )
    d.kv(
        [
            ("Patient :", "M. NZE OBAME Landry"),
            ("Âge :", "41 ans"),
            ("Prescripteur :", "Dr E. Mba Ndong (hépato-gastro)"),
            ("Prélevé le :", "17/03/2025 à 08h10"),
        ],
        lw=78,
    )
    d.para("H : supérieur aux valeurs usuelles ; B : inférieur aux valeurs usuelles.", 8)
    iso = "2025-03-17"
    d.title("HÉMATOLOGIE – NUMÉRATION FORMULE SANGUINE", 10)
    rows = [
        ("Hémoglobine", ["Haemoglobin"], "12,6", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, "B"),
        ("Leucocytes", ["White cell count"], "5 400", "/mm³", "4 000 – 10 000", 4000.0, 10000.0, None, "", 5400.0),
        ("Neutrophiles", ["Neutrophils"], "2 150", "/mm³", "1 500 – 7 000", 1500.0, 7000.0, None, "", 2150.0),
        ("Plaquettes", ["Platelets"], "138 000", "/mm³", "150 000 – 400 000", 150000.0, 400000.0, None, "B", 138000.0),
    ]
    d.table(["Analyse", "Résultat", "Unité", "Valeurs usuelles", ""], labrows(d, rows, iso), [2.2, 1.2, 1, 1.8, 0.5])
    d.title("BIOCHIMIE", 10)
    rows = [
        ("Glycémie à jeun", ["Fasting glucose"], "0,94", "g/L", "0,70 – 1,10", 0.7, 1.1, None, ""),
        ("Créatininémie", ["Creatinine"], "9,8", "mg/L", "7 – 13", 7.0, 13.0, None, ""),
        ("ASAT (TGO)", ["Aspartate aminotransferase"], "58", "UI/L", "< 40", None, 40.0, "< 40", "H"),
        ("ALAT (TGP)", ["Alanine aminotransferase"], "74", "UI/L", "< 41", None, 41.0, "< 41", "H"),
        ("Bilirubine totale", ["Total bilirubin"], "11", "mg/L", "< 12", None, 12.0, "< 12", ""),
        ("Albuminémie", ["Albumin"], "36", "g/L", "35 – 50", 35.0, 50.0, None, ""),
    ]
    d.table(["Analyse", "Résultat", "Unité", "Valeurs usuelles", ""], labrows(d, rows, iso), [2.2, 1.2, 1, 1.8, 0.5])
    d.title("SÉROLOGIE", 10)
    rows = [
        ("Antigène HBs", ["HBsAg"], "Positif", None, "Négatif", None, None, "Négatif", "POS"),
        ("Antigène HBe", ["HBeAg"], "Négatif", None, "Négatif", None, None, "Négatif", ""),
        ("Sérologie VIH 1+2", ["HIV 1/2 antibody"], "Négatif", None, "Négatif", None, None, "Négatif", ""),
        ("Anticorps anti-VHC", ["Hepatitis C antibody"], "Négatif", None, "Négatif", None, None, "Négatif", ""),
    ]
    d.table(["Analyse", "Résultat", "Unité", "Valeurs usuelles", ""], labrows(d, rows, iso), [2.2, 1.2, 1, 1.8, 0.5])
    d.para("POS : résultat positif.", 7.5)
    d.para(
        "Charge virale ADN du VHB : prélèvement transmis au laboratoire de référence (CIRMF Franceville), "
        "résultat en attente. Alpha-fœtoprotéine : en cours.",
        8.5,
    )
    d.no("labs", "Charge virale ADN du VHB", "other", "pending")
    d.no("labs", "Alpha-fœtoprotéine", "other", "pending")
    d.para("Biologiste responsable : Dr A. Moussavou", 8)
    return d


# ---------------------------------------------------------------------------- 05 Sabah
@document
def d05():
    d = Doc(
        5,
        "sabah_lab_flagcol",
        "Sabah (Malaysia)",
        "lab_result",
        "lab report (single date, flag column words Tinggi / Rendah)",
        "d/m/Y",
        lang="Malay",
    )
    d.letterhead(
        "Klinik Kesihatan Luyang",
        ["Jalan Lintas, 88300 Kota Kinabalu, Sabah", "Kementerian Kesihatan Malaysia"],
        right=["LAPORAN KEPUTUSAN MAKMAL", "No. Makmal: KKL/25/07741"],
        color=(0.05, 0.3, 0.45),
    )
    d.kv(
        [
            ("Nama pesakit:", "Jainal bin Mohd Saman"),
            ("No. K/P:", "680914-12-5537"),
            ("Tarikh sampel:", "09/04/2025"),
            ("Doktor:", "Dr. Chong Wei Ling (Klinik NCD)"),
        ],
        lw=85,
    )
    d.para("Tanda: Tinggi = melebihi julat rujukan; Rendah = di bawah julat rujukan.", 8)
    iso = "2025-04-09"
    rows = [
        ("Glukosa Plasma Puasa", ["Fasting plasma glucose"], "9.4", "mmol/L", "3.9 – 6.0", 3.9, 6.0, None, "Tinggi"),
        ("HbA1c", [], "8.6", "%", "4.0 – 6.0", 4.0, 6.0, None, "Tinggi"),
        ("Hemoglobin", ["Haemoglobin"], "13.9", "g/dL", "13.0 – 17.0", 13.0, 17.0, None, ""),
        ("Urea Serum", ["Urea"], "6.8", "mmol/L", "2.5 – 7.1", 2.5, 7.1, None, ""),
        ("Kreatinin Serum", ["Creatinine"], "112", "µmol/L", "62 – 106", 62.0, 106.0, None, "Tinggi"),
        ("Natrium", ["Sodium"], "133", "mmol/L", "135 – 145", 135.0, 145.0, None, "Rendah"),
        ("Kalium", ["Potassium"], "4.5", "mmol/L", "3.5 – 5.1", 3.5, 5.1, None, ""),
        ("Kolesterol Jumlah", ["Total cholesterol"], "6.1", "mmol/L", "< 5.2", None, 5.2, "< 5.2", "Tinggi"),
        ("Kolesterol HDL", ["HDL cholesterol"], "0.86", "mmol/L", "> 1.0", 1.0, None, "> 1.0", "Rendah"),
        ("Kolesterol LDL", ["LDL cholesterol"], "4.1", "mmol/L", "< 2.6", None, 2.6, "< 2.6", "Tinggi"),
        ("Trigliserida", ["Triglycerides"], "2.4", "mmol/L", "< 1.7", None, 1.7, "< 1.7", "Tinggi"),
        ("ALT", ["Alanine aminotransferase"], "29", "U/L", "< 45", None, 45.0, "< 45", ""),
        ("Mikroalbumin Urin", ["Urine microalbumin"], "42", "mg/L", "< 20", None, 20.0, "< 20", "Tinggi"),
    ]
    d.table(["Ujian", "Keputusan", "Unit", "Julat rujukan", "Tanda"], labrows(d, rows, iso), [2.5, 1.1, 1.1, 1.5, 1])
    d.para("Catatan: Ujian TSH dihantar ke Hospital Queen Elizabeth – keputusan belum diterima.", 8.5)
    d.no("labs", "TSH", "other", "pending")
    d.para("Disahkan oleh: Pegawai Sains (Patologi) Nur Aisyah binti Rahman", 8)
    return d


# ---------------------------------------------------------------------------- 06 Victoria
@document
def d06():
    d = Doc(
        6,
        "victoria_warfarin_inr_monitoring_scan",
        "Australia (Victoria)",
        "lab_result",
        "cumulative pathology (dates as rows, units and ranges in the header, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": -2.1},
    )
    d.letterhead(
        "Dorevitch Pathology",
        ["Ballarat Laboratory, 1 Drummond St North, Ballarat VIC 3350", "Doctor enquiries 03 5320 4444"],
        right=["CUMULATIVE REPORT", "Anticoagulation monitoring"],
        color=(0.3, 0.1, 0.4),
    )
    d.kv(
        [
            ("Patient:", "McKENZIE, Douglas Ian"),
            ("DOB:", "02/08/1946"),
            ("Lab ref:", "BAL 25-880412"),
            ("Requested by:", "Dr R. Abeysekera (GP, Sebastopol)"),
        ],
        lw=80,
    )
    cols = [
        ("INR", ["International normalised ratio"], None, "2.0-3.0", 2.0, 3.0),
        ("Hb", ["Haemoglobin"], "g/L", "130-175", 130.0, 175.0),
        ("Plt", ["Platelets"], "x10^9/L", "150-400", 150.0, 400.0),
        ("Creat", ["Creatinine"], "umol/L", "60-110", 60.0, 110.0),
        ("eGFR", [], "mL/min/1.73m2", ">60", 60.0, None),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<40", None, 40.0),
    ]
    data = [
        ("2025-01-06", ["4.6 H", "128 L", "212", "104", "58 L", "22"]),
        ("2025-01-13", ["3.4 H", "131", "220", "99", "62", "25"]),
        ("2025-01-27", ["2.6", "133", "231", "101", "61", "19"]),
        ("2025-02-24", ["1.7 L", "136", "226", "96", "66", "21"]),
        ("2025-03-24", ["2.4", "134", "218", "108", "57 L", "24"]),
    ]
    hdr = ["Collected"] + [f"{c[0]}\n{c[2] or ''}\n({c[3]})" for c in cols]
    tab = []
    for iso, cells in data:
        tab.append([d.d(iso)] + cells)
        for (name, al, unit, ref, lo, hi), cell in zip(cols, cells):
            v, f = _sp(cell)
            d.lab(name, v, unit, lo, hi, ref if ref[0] in "<>" else None, f or "normal", iso, al)
    d.table(hdr, tab, [1.4, 1, 1, 1, 1, 1.2, 1])
    d.para(
        "H = above reference interval, L = below reference interval. INR range shown is the therapeutic range "
        "for atrial fibrillation requested on the form.",
        8,
    )
    d.para(
        "Comment 06/01/2025: INR 4.6 phoned to Dr Abeysekera's practice 14:20 (reception, K. Lowe).",
        8.5,
    )
    d.para(
        "Factor V Leiden / prothrombin gene mutation (collected 24/03/2025): referred to Melbourne Pathology, "
        "result to follow.",
        8.5,
    )
    d.no("labs", "Factor V Leiden", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 07 Nampula
@document
def d07():
    d = Doc(
        7,
        "nampula_antenatal_lab",
        "Nampula (Mozambique)",
        "lab_result",
        "antenatal clinic lab results (blood count, rapid tests, glucose, urine; (A)/(B) flags)",
        "d/m/Y",
        lang="Portuguese",
        comma=True,
    )
    d.letterhead(
        "Hospital Central de Nampula",
        ["Laboratório de Análises Clínicas – Consulta Pré-Natal (SMI)", "Av. Paulo Samuel Kankhomba, Nampula"],
        right=["RESULTADOS LABORATORIAIS", "Ficha pré-natal n.º 2025/0388"],
        color=(0.55, 0.25, 0.05),
    )
    d.kv(
        [
            ("Utente:", "Amina Ossufo Momade"),
            ("Idade:", "24 anos"),
            ("Idade gestacional:", "19 semanas"),
            ("Data da colheita:", "05/05/2025"),
        ],
        lw=95,
    )
    d.para("(A) acima do valor de referência; (B) abaixo do valor de referência.", 8)
    iso = "2025-05-05"
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "9,4", "g/dL", "11,0 – 14,0", 11.0, 14.0, None, "(B)"),
        ("Hematócrito", ["Haematocrit"], "29", "%", "33 – 42", 33.0, 42.0, None, "(B)"),
        ("Plaquetas", ["Platelets"], "246", "x10³/µL", "150 – 400", 150.0, 400.0, None, ""),
        ("Glicemia", ["Glucose"], "4,6", "mmol/L", "3,3 – 5,5", 3.3, 5.5, None, ""),
        ("Grupo sanguíneo e Rh", ["Blood group"], "O Rh positivo", None, "", None, None, None, ""),
        ("Teste rápido de HIV", ["HIV rapid test"], "Não reactivo", None, "Não reactivo", None, None, "Não reactivo", ""),
        ("Teste rápido de sífilis", ["Syphilis rapid test"], "Reactivo", None, "Não reactivo", None, None, "Não reactivo", "*"),
        ("AgHBs (teste rápido)", ["HBsAg"], "Não reactivo", None, "Não reactivo", None, None, "Não reactivo", ""),
        ("Urina – proteínas (tira)", ["Urine protein"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
        ("Urina – glicose (tira)", ["Urine glucose"], "Negativo", None, "Negativo", None, None, "Negativo", ""),
    ]
    d.table(["Análise", "Resultado", "Unidade", "Referência", ""], labrows(d, rows, iso), [2.5, 1.4, 1, 1.5, 0.5])
    d.para("* resultado alterado.", 7.5)
    d.para("Teste rápido de malária (TDR): positivo.", 9)
    d.lab("Teste rápido de malária (TDR)", "positivo", None, None, None, None, "abnormal", iso, ["Malaria rapid diagnostic test"])
    d.title("Conduta (enfermeira de SMI)", 10)
    d.para(
        "Penicilina benzatina 2,4 MUI IM – 1.ª dose administrada hoje na consulta; parceiro convocado. "
        "TIP com SP (sulfadoxina-pirimetamina) 3 comprimidos dose observada. Urocultura pedida, resultado pendente. "
        "Vacina antitetânica (VAT) em falta – marcar na próxima consulta.",
        8.8,
    )
    d.no("medications", "Penicilina benzatina", "other", "single dose at clinic")
    d.no("medications", "sulfadoxina-pirimetamina", "other", "single observed dose")
    d.no("labs", "Urocultura", "other", "pending")
    d.no("immunizations", "VAT", "due")
    d.para("Técnica de laboratório: Celeste Mucavele", 8)
    return d


# ---------------------------------------------------------------------------- 08 Saaremaa
@document
def d08():
    d = Doc(
        8,
        "saaremaa_internal_medicine_referral",
        "Saaremaa (Estonia)",
        "medical_record",
        "GP referral letter to internal medicine (handwritten addendum)",
        "d.m.Y",
        lang="Estonian",
        comma=True,
    )
    d.letterhead(
        "Kuressaare Perearstikeskus OÜ",
        ["Aia 25, 93815 Kuressaare, Saaremaa", "tel. 453 3320 – registratuur@kuressaareperearst.ee"],
        right=["SAATEKIRI", "eriarsti konsultatsioonile"],
        color=(0.0, 0.35, 0.55),
    )
    d.kv(
        [
            ("Patsient:", "Toomas Saar"),
            ("Isikukood:", "35804122718"),
            ("Kuupäev:", "16.04.2025"),
            ("Saaja:", "Kuressaare Haigla, sisehaiguste osakond"),
        ],
        cols=1,
        lw=80,
    )
    d.para(
        "Lugupeetud kolleeg! Suunan Teie vastuvõtule 66-aastase mehe, kellel viimase poole aasta jooksul "
        "neerufunktsioon langenud ja tekkinud aneemia. Kaebab väsimust ja jalgade turset õhtuti. "
        "Õhupuudust ega valu rinnus ei ole, südamepuudulikkuse tunnuseid ei leia."
    )
    d.no("conditions", "südamepuudulikkuse", "negated")
    d.title("Diagnoosid", 10)
    d.bullets(
        [
            "N18.3 Krooniline neeruhaigus, 3. staadium",
            "E11.9 II tüüpi suhkurtõbi",
            "I10 Essentsiaalne hüpertensioon",
            "M10.9 Podagra",
            "D63.8 Aneemia kroonilise haiguse korral",
        ]
    )
    d.cond("Krooniline neeruhaigus, 3. staadium", "active", "N18.3", ["chronic kidney disease stage 3"])
    d.cond("II tüüpi suhkurtõbi", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Essentsiaalne hüpertensioon", "active", "I10", ["hypertension"])
    d.cond("Podagra", "active", "M10.9", ["gout"])
    d.cond("Aneemia kroonilise haiguse korral", "active", "D63.8", ["anaemia of chronic disease"])
    d.para(
        "Anamneesis: 2019 kopsupõletik, paranenud. Isal oli neeruvähk. Ravimiallergia: penitsilliin (urtikaaria)."
    )
    d.no("conditions", "kopsupõletik", "historical")
    d.no("conditions", "neeruvähk", "family")
    d.alg("penitsilliin", "urtikaaria")
    d.title("Praegune ravi", 10)
    d.table(
        ["Ravim", "Annus", "Manustamine"],
        [
            ["Metformiin", "500 mg", "2 korda päevas (annus vähendatud 11.03.2025)"],
            ["Amlodipiin", "10 mg", "1 kord päevas"],
            ["Losartaan", "50 mg", "1 kord päevas"],
            ["Allopurinool", "100 mg", "1 kord päevas"],
            ["Atorvastatiin", "20 mg", "õhtul"],
            ["Ibuprofeen", "400 mg", "lõpetatud 11.03.2025 (neerufunktsiooni tõttu)"],
        ],
        [2, 1.2, 3.5],
    )
    d.med("Metformiin", None, "500", "mg", None, "2 korda päevas", "changed", optional=True)
    d.med("Amlodipiin", None, "10", "mg", None, "1 kord päevas")
    d.med("Losartaan", None, "50", "mg", None, "1 kord päevas")
    d.med("Allopurinool", None, "100", "mg", None, "1 kord päevas")
    d.med("Atorvastatiin", None, "20", "mg", None, "õhtul")
    d.med("Ibuprofeen", None, "400", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofeen", "stopped")
    d.title("Analüüsid " + d.d("2025-04-14"), 10)
    iso = "2025-04-14"
    rows = [
        ("Hemoglobiin", ["Haemoglobin"], "104", "g/l", "134 – 170", 134.0, 170.0, None, "L"),
        ("Kreatiniin", ["Creatinine"], "168", "µmol/l", "64 – 104", 64.0, 104.0, None, "H"),
        ("eGFR", [], "36", "ml/min/1,73m²", "> 60", 60.0, None, "> 60", "L"),
        ("Kaalium", ["Potassium"], "5,4", "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, "H"),
        ("HbA1c", [], "7,4", "%", "4,0 – 6,0", 4.0, 6.0, None, "H"),
        ("Kusihape", ["Uric acid"], "402", "µmol/l", "210 – 420", 210.0, 420.0, None, ""),
    ]
    d.table(["Analüüs", "Tulemus", "Ühik", "Referents", ""], labrows(d, rows, iso), [2, 1, 1.3, 1.4, 0.5])
    d.para("Objektiivselt: RR 152/90 mmHg, pulss 76 x/min, kaal 94 kg, pikkus 178 cm, KMI 29,7.")
    d.vit("blood_pressure", "152/90", 152.0, 90.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "x/min")
    d.vit("weight", "94", 94.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.vit("bmi", "29,7", 29.7, None, None)
    d.para(
        "Küsimused konsultandile: kas alustada SGLT2 inhibiitoriga (dapagliflosiin)? Kas aneemia vajab "
        "erütropoetiini? Palun hinnata ka neeru ultraheli vajadust."
    )
    d.no("medications", "dapagliflosiin", "planned", "question to specialist")
    d.no("medications", "erütropoetiini", "planned", "question to specialist")
    d.title("Lisa (käsitsi)", 9.5)
    d.hand_line(d.d("2025-04-15") + ":", "PTH 12,8 pmol/l (ref 1,6–6,9) – kõrgenenud", 10.5)
    d.hand_line("", "Ferritiin 19 µg/l – madal", 10.5)
    d.lab("PTH", "12,8", "pmol/l", 1.6, 6.9, None, "high", "2025-04-15", ["Parathyroid hormone"])
    d.lab("Ferritiin", "19", "µg/l", None, None, None, None, "2025-04-15", ["Ferritin"])
    d.signature("Dr. Kadri Rebane", "perearst, Kuressaare Perearstikeskus")
    return d


# ---------------------------------------------------------------------------- 09 Istria
@document
def d09():
    d = Doc(
        9,
        "istria_cardiology_report",
        "Istria (Croatia)",
        "medical_record",
        "specialist report (cardiology outpatient, lab table, patient advice)",
        "d.m.Y.",
        lang="Croatian",
        comma=True,
    )
    d.letterhead(
        "Opća bolnica Pula",
        ["Djelatnost za interne bolesti – Kardiološka poliklinika", "Santoriova 24a, 52100 Pula"],
        right=["NALAZ I MIŠLJENJE", "specijalista kardiologa"],
        color=(0.6, 0.1, 0.1),
    )
    d.kv(
        [
            ("Bolesnik:", "Mario Radolović"),
            ("MBO:", "172504936"),
            ("Datum pregleda:", "24.03.2025."),
            ("Uputio:", "dr. S. Buršić, obiteljska medicina"),
        ],
        lw=90,
    )
    d.title("Dijagnoze", 10)
    d.bullets(
        [
            "I50.0 Kronično srčano zatajivanje sa sniženom ejekcijskom frakcijom (EF 32 %)",
            "I25.5 Ishemijska kardiomiopatija",
            "I10 Arterijska hipertenzija",
            "E11.9 Šećerna bolest tip 2",
        ]
    )
    d.cond("Kronično srčano zatajivanje sa sniženom ejekcijskom frakcijom", "active", "I50.0", ["heart failure with reduced ejection fraction"])
    d.cond("Ishemijska kardiomiopatija", "active", "I25.5", ["ischaemic cardiomyopathy"])
    d.cond("Arterijska hipertenzija", "active", "I10", ["hypertension"])
    d.cond("Šećerna bolest tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.title("Anamneza i status", 10)
    d.para(
        "Bolesnik (71 g.) dolazi na kontrolu. Preboljeli infarkt miokarda prednje stijenke 2021., tada PCI LAD. "
        "Sada bez anginoznih tegoba, dispneja kod većeg napora (NYHA II). Otac umro od iznenadne srčane smrti u 58. godini. "
        "Alergija na jodni kontrast (urtikarija)."
    )
    d.no("conditions", "infarkt miokarda", "historical")
    d.no("conditions", "anginoznih tegoba", "negated")
    d.no("conditions", "iznenadne srčane smrti", "family")
    d.alg("jodni kontrast", "urtikarija")
    d.para("RR 118/72 mmHg, puls 64/min, ritmičan, TM 88 kg, SpO2 97 %. Bez edema potkoljenica.")
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mmHg")
    d.vit("heart_rate", "64", 64.0, None, "/min")
    d.vit("weight", "88", 88.0, None, "kg")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.no("conditions", "edema potkoljenica", "negated")
    d.title("Laboratorijski nalazi " + d.d("2025-03-20"), 10)
    iso = "2025-03-20"
    rows = [
        ("NT-proBNP", [], "1.840", "pg/mL", "< 125", None, 125.0, "< 125", "\u2191", 1840.0),
        ("Kreatinin", ["Creatinine"], "112", "µmol/L", "64 – 104", 64.0, 104.0, None, "\u2191"),
        ("Kalij", ["Potassium"], "4,9", "mmol/L", "3,9 – 5,1", 3.9, 5.1, None, ""),
        ("Natrij", ["Sodium"], "138", "mmol/L", "137 – 146", 137.0, 146.0, None, ""),
        ("Hemoglobin", ["Haemoglobin"], "131", "g/L", "138 – 175", 138.0, 175.0, None, "\u2193"),
        ("HbA1c", [], "6,9", "%", "< 6,0", None, 6.0, "< 6,0", "\u2191"),
    ]
    d.table(["Pretraga", "Rezultat", "Jedinica", "Ref. interval", ""], labrows(d, rows, iso), [2, 1, 1, 1.5, 0.5])
    d.title("Terapija", 10)
    d.table(
        ["Lijek", "Doza", "Uzimanje", "Napomena"],
        [
            ["Entresto (sakubitril/valsartan)", "49/51 mg", "2 x 1 tbl.", "nastavlja"],
            ["Bisoprolol", "5 mg", "1 x 1 tbl. ujutro", "nastavlja"],
            ["Spironolakton", "25 mg", "1 x 1 tbl.", "nastavlja"],
            ["Forxiga (dapagliflozin)", "10 mg", "1 x 1 tbl.", "nastavlja"],
            ["Furosemid", "40 mg", "1 x 1 tbl. ujutro", "doza smanjena s 80 mg"],
            ["Atorvastatin", "40 mg", "navečer", "nastavlja"],
            ["Andol (acetilsalicilna kiselina)", "100 mg", "1 x 1 tbl.", "nastavlja"],
            ["Ramipril", "5 mg", "—", "ukinut (zamijenjen Entrestom)"],
        ],
        [2.8, 1, 1.6, 2.2],
    )
    d.med("sakubitril/valsartan", "Entresto", "49/51", "mg", None, "2 x 1 tbl.")
    d.med("Bisoprolol", None, "5", "mg", None, "1 x 1 tbl. ujutro")
    d.med("Spironolakton", None, "25", "mg", None, "1 x 1 tbl.")
    d.med("dapagliflozin", "Forxiga", "10", "mg", None, "1 x 1 tbl.")
    d.med("Furosemid", None, "40", "mg", None, "1 x 1 tbl. ujutro", "changed")
    d.med("Atorvastatin", None, "40", "mg", None, "navečer")
    d.med("acetilsalicilna kiselina", "Andol", "100", "mg", None, "1 x 1 tbl.")
    d.med("Ramipril", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Ramipril", "stopped")
    d.para(
        "Mišljenje: ako frekvencija u mirovanju ostane iznad 70/min, razmotriti uvođenje ivabradina. "
        "Kontrola za 3 mjeseca s UZV srca."
    )
    d.no("medications", "ivabradina", "planned", "conditional next step")
    d.title("Preporuke bolesniku", 10)
    d.para(
        "Svakodnevno se važite; javite se liječniku ako dobijete više od 2 kg u tri dana. Ne uzimajte lijekove protiv "
        "bolova poput ibuprofena (Brufen) ili diklofenaka bez savjeta liječnika. Ograničite sol i tekućinu. "
        "Kod vrtoglavice ili nesvjestice moguća je dehidracija – javite se liječniku.",
        8.8,
    )
    d.no("medications", "Brufen", "leaflet")
    d.no("medications", "diklofenaka", "leaflet")
    d.no("conditions", "dehidracija", "leaflet")
    d.signature("doc. dr. sc. Ivana Benčić, dr. med.", "specijalist interne medicine, kardiolog", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Lofoten
@document
def d10():
    d = Doc(
        10,
        "lofoten_visitor_discharge_note",
        "Lofoten (Norway)",
        "discharge_summary",
        "discharge note for a visiting patient (admission/discharge labs, handwritten addendum)",
        "d.m.Y",
        lang="Norwegian",
        comma=True,
    )
    d.letterhead(
        "Nordlandssykehuset Lofoten",
        ["Medisinsk avdeling, Gravdal – 8372 Gravdal", "Sentralbord 75 06 50 00"],
        right=["EPIKRISE", "Til pasientens fastlege i hjemlandet"],
        color=(0.0, 0.25, 0.45),
    )
    d.kv(
        [
            ("Pasient:", "Hans-Jürgen Becker"),
            ("Fødselsdato:", "19.07.1952"),
            ("Innlagt:", "02.06.2025"),
            ("Utskrevet:", "07.06.2025"),
            ("Bosted:", "Bielefeld, Tyskland (turist)"),
            ("Forsikring:", "EHIC 80276 004518"),
        ],
        lw=80,
    )
    d.title("Diagnoser", 10)
    d.bullets(
        [
            "J18.1 Lobær pneumoni, venstre underlapp",
            "J44.9 Kronisk obstruktiv lungesykdom (KOLS)",
            "I10 Essensiell hypertensjon",
        ]
    )
    d.cond("Lobær pneumoni, venstre underlapp", "active", "J18.1", ["lobar pneumonia"])
    d.cond("Kronisk obstruktiv lungesykdom", "active", "J44.9", ["COPD"])
    d.cond("Essensiell hypertensjon", "active", "I10", ["hypertension"])
    d.title("Forløp", 10)
    d.para(
        "72 år gammel turist innlagt med feber, hoste og økende tung pust. CT thorax uten tegn til lungeemboli. "
        "Behandlet med klindamycin 600 mg x 3 intravenøst i 4 døgn pga. penicillinallergi (anafylaksi 2009), "
        "deretter overgang til peroral behandling. Initial hyponatremi (Na 128) korrigert etter seponering av "
        "tiazid og væskerestriksjon. Han får pneumokokkvaksine anbefalt etter hjemkomst."
    )
    d.no("conditions", "lungeemboli", "negated")
    d.no("medications", "klindamycin", "other", "IV on the ward")
    d.alg("penicillin", "anafylaksi")
    d.no("conditions", "hyponatremi", "historical", "corrected during stay")
    d.no("immunizations", "pneumokokkvaksine", "due")
    d.title("Blodprøver", 10)
    tab = cumul(
        d,
        [
            ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["186 H", "34 H"]),
            ("Leukocytter", ["White cell count"], "10⁹/L", "3,5 – 10,0", 3.5, 10.0, None, ["15,8 H", "8,4"]),
            ("Hemoglobin", ["Haemoglobin"], "g/dL", "13,4 – 17,0", 13.4, 17.0, None, ["13,9", "13,1 L"]),
            ("Natrium", ["Sodium"], "mmol/L", "137 – 145", 137.0, 145.0, None, ["128 L", "137"]),
            ("Kalium", ["Potassium"], "mmol/L", "3,5 – 4,4", 3.5, 4.4, None, ["3,4 L", "4,0"]),
            ("Kreatinin", ["Creatinine"], "µmol/L", "60 – 105", 60.0, 105.0, None, ["118 H", "92"]),
        ],
        ["2025-06-02", "2025-06-07"],
    )
    d.table(["Analyse", "Innkomst " + d.d("2025-06-02"), "Utreise " + d.d("2025-06-07"), "Enhet", "Ref."], tab, [2, 1.6, 1.6, 1, 1.2])
    d.para("Ved utskrivning: BT 134/78 mmHg, puls 78, SpO2 94 % på romluft, temp 36,8 °C.")
    d.vit("blood_pressure", "134/78", 134.0, 78.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, None)
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.title("Medikamenter ved utreise", 10)
    d.bullets(
        [
            "Doksysyklin 100 mg x 1 peroralt i 5 dager til (ny)",
            "Ramipril 5 mg x 1 (uendret)",
            "Spiriva 18 mikrog inhalasjon x 1 (uendret)",
            "Paracetamol 1 g ved behov, maks 4 g/døgn",
            "Hydroklortiazid 12,5 mg: holdes inntil ny natriumkontroll hos fastlege",
        ]
    )
    d.med("Doksysyklin", None, "100", "mg", "peroralt", "x 1", "new")
    d.med("Ramipril", None, "5", "mg", None, "x 1")
    d.med("Spiriva", "Spiriva", "18", "mikrog", "inhalasjon", "x 1")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.med("Paracetamol", None, "1", "g", None, "ved behov")
    d.med("Hydroklortiazid", None, "12,5", "mg", None, None, "held")
    d.no("medications", "Hydroklortiazid", "stopped", "held until sodium check")
    d.signature("Lege Sigrid Eliassen", "LIS-lege, Medisinsk avdeling", hand=False)
    d.title("Tillegg (håndskrevet)", 9.5)
    d.hand_line(d.d("2025-06-06") + ":", "Legionella-antigen i urin: negativ", 10.5)
    d.hand_line("", "Pneumokokk-antigen i urin: positiv", 10.5)
    d.lab("Legionella-antigen i urin", "negativ", None, None, None, None, None, "2025-06-06", ["Legionella urinary antigen"])
    d.lab("Pneumokokk-antigen i urin", "positiv", None, None, None, None, "abnormal", "2025-06-06", ["Pneumococcal urinary antigen"])
    return d


# ---------------------------------------------------------------------------- 11 North Carolina
@document
def d11():
    d = Doc(
        11,
        "north_carolina_pulmonology_letter",
        "United States (North Carolina)",
        "medical_record",
        "specialist consultation letter (pulmonology, two-date lab table)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Piedmont Pulmonary & Sleep Associates",
        ["1900 S Hawthorne Rd, Suite 410, Winston-Salem, NC 27103", "Phone (336) 716-2400  Fax (336) 716-2411"],
        right=["CONSULTATION NOTE", "Date of service: 04/08/2025"],
        color=(0.1, 0.25, 0.5),
    )
    d.kv(
        [
            ("Patient:", "Latoya Denise Frazier"),
            ("DOB:", "11/23/1979"),
            ("MRN:", "PPS-0048812"),
            ("Referring:", "Kevin Osei, MD (Family Medicine)"),
        ],
        lw=70,
    )
    d.para("Dear Dr. Osei,")
    d.para(
        "Thank you for referring Ms. Frazier, a 45-year-old woman with asthma since childhood, for evaluation of "
        "poorly controlled symptoms. She has needed three prednisone bursts in the past 12 months, the last one a "
        "5-day taper completed on 03/20/2025. She has nasal polyps and reports wheezing and flushing after aspirin. "
        "Childhood eczema resolved in her teens. She has never smoked and has no history of tuberculosis. Her mother "
        "has type 2 diabetes and her sister has lupus."
    )
    d.no("medications", "prednisone", "stopped", "burst completed")
    d.med("prednisone", None, None, None, None, None, "completed")
    d.no("conditions", "eczema", "historical")
    d.no("conditions", "tuberculosis", "negated")
    d.no("conditions", "type 2 diabetes", "family", "mother")
    d.no("conditions", "lupus", "family", "sister")
    d.title("Assessment", 10.5)
    d.bullets(
        [
            "Severe persistent asthma, eosinophilic phenotype (J45.50)",
            "Aspirin-exacerbated respiratory disease with chronic rhinosinusitis with nasal polyps (J33.9)",
            "Obstructive sleep apnea on CPAP (G47.33)",
            "Gastroesophageal reflux disease (K21.9)",
            "Class II obesity (E66.9)",
        ]
    )
    d.cond("Severe persistent asthma, eosinophilic phenotype", "active", "J45.50")
    d.cond("chronic rhinosinusitis with nasal polyps", "active", "J33.9")
    d.cond("Obstructive sleep apnea", "active", "G47.33")
    d.cond("Gastroesophageal reflux disease", "active", "K21.9")
    d.cond("Class II obesity", "active", "E66.9")
    d.title("Allergies", 10.5)
    d.para("Aspirin and NSAIDs (bronchospasm, flushing); sulfamethoxazole-trimethoprim (rash); cat dander (rhinitis).")
    d.alg("Aspirin", "bronchospasm")
    d.alg("sulfamethoxazole-trimethoprim", "rash")
    d.alg("cat dander", "rhinitis")
    d.title("Vital signs", 10.5)
    d.para("BP 132/84 mmHg, HR 88 bpm, RR 18/min, SpO2 95% on room air, weight 231 lb, height 66 in, BMI 37.3 kg/m2.")
    d.vit("blood_pressure", "132/84", 132.0, 84.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "bpm")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "231", 231.0, None, "lb")
    d.vit("height", "66", 66.0, None, "in")
    d.vit("bmi", "37.3", 37.3, None, "kg/m2")
    d.title("Laboratory data", 10.5)
    tab = cumul(
        d,
        [
            ("WBC", ["White blood cell count"], "x10^3/uL", "4.0-10.5", 4.0, 10.5, None, ["8.9", "7.6"]),
            ("Eosinophils, absolute", ["Eosinophil count"], "x10^3/uL", "0.0-0.5", 0.0, 0.5, None, ["0.68 H", "0.52 H"]),
            ("Hemoglobin", [], "g/dL", "11.6-15.9", 11.6, 15.9, None, ["13.8", "14.1"]),
            ("IgE, total", ["Total IgE"], "IU/mL", "6-495", 6.0, 495.0, None, ["612 H", "\u2014"]),
            ("Alpha-1 antitrypsin", [], "mg/dL", "101-187", 101.0, 187.0, None, ["\u2014", "138"]),
        ],
        ["2025-01-15", "2025-04-08"],
    )
    d.table(["Test", "01/15/2025", "04/08/2025", "Units", "Reference"], tab, [2.4, 1.2, 1.2, 1.2, 1.2])
    d.para("Aspergillus fumigatus specific IgE was sent today and is pending.", 9)
    d.no("labs", "Aspergillus fumigatus specific IgE", "other", "pending")
    d.title("Current medications", 10.5)
    d.bullets(
        [
            "Breo Ellipta (fluticasone furoate/vilanterol) 200/25 mcg, 1 inhalation once daily - increased from 100/25 today",
            "Spiriva Respimat (tiotropium) 2.5 mcg, 2 inhalations once daily - new today",
            "Albuterol HFA 90 mcg, 2 puffs every 4-6 hours as needed",
            "Montelukast 10 mg by mouth at bedtime",
            "Fluticasone propionate nasal spray 50 mcg, 2 sprays each nostril daily",
            "Omeprazole 20 mg by mouth daily before breakfast",
            "Symbicort 160/4.5 - discontinued in January (replaced by Breo)",
        ]
    )
    d.med("fluticasone furoate/vilanterol", "Breo Ellipta", "200/25", "mcg", None, "once daily", "changed")
    d.med("tiotropium", "Spiriva Respimat", "2.5", "mcg", None, "once daily", "new")
    d.med("Albuterol HFA", None, "90", "mcg", None, "every 4-6 hours as needed")
    d.med("Montelukast", None, "10", "mg", "by mouth", "at bedtime")
    d.med("Fluticasone propionate nasal spray", None, "50", "mcg", None, "daily")
    d.med("Omeprazole", None, "20", "mg", "by mouth", "daily before breakfast")
    d.med("Symbicort", "Symbicort", None, None, None, None, "stopped")
    d.no("medications", "Symbicort", "stopped")
    d.title("Plan", 10.5)
    d.para(
        "1. Step up inhaled therapy as above and check inhaler technique at every visit. 2. Given eosinophils above "
        "300 and AERD, we will start Dupixent (dupilumab) 300 mg every 2 weeks once prior authorization is approved. "
        "3. If polyps remain obstructive, consider ENT referral for revision surgery. 4. Continue CPAP nightly. "
        "5. Influenza vaccine was given at her pharmacy on 10/12/2024. She is due for PCV20 and RSV vaccine; "
        "we will give both at the next visit."
    )
    d.no("medications", "Dupixent", "planned")
    d.imm("Influenza vaccine", "2024-10-12", None, None, None)
    d.no("immunizations", "PCV20", "due")
    d.no("immunizations", "RSV vaccine", "due")
    d.para("Follow-up in 8 weeks with spirometry and FeNO.")
    d.para("Sincerely,")
    d.signature("Rachel Whitfield, MD", "Pulmonary and Critical Care Medicine", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Pennsylvania
@document
def d12():
    d = Doc(
        12,
        "pennsylvania_gastroenterology_referral",
        "United States (Pennsylvania)",
        "medical_record",
        "referral letter (gastroenterology, handwritten addendum)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Susquehanna Valley Family Practice",
        ["225 Market St, Lewisburg, PA 17837", "Tel (570) 524-3300  Fax (570) 524-3310"],
        right=["REFERRAL", "Gastroenterology - routine/soon"],
        color=(0.2, 0.3, 0.15),
    )
    d.kv(
        [
            ("To:", "Evangelical GI Associates"),
            ("Date:", "04/02/2025"),
            ("Patient:", "Dorothy M. Reinhart"),
            ("DOB:", "06/14/1951"),
        ],
        lw=60,
    )
    d.para("Dear colleague,")
    d.para(
        "I am referring Mrs. Reinhart, 73, for colonoscopy and EGD. Routine labs showed new iron deficiency anemia "
        "and her FIT was positive. She denies weight loss, abdominal pain or change in bowel habit. She had a "
        "colonoscopy in 2014 with two tubular adenomas removed and was lost to follow-up. Her brother was diagnosed "
        "with colon cancer at 52."
    )
    d.no("conditions", "weight loss", "negated")
    d.no("conditions", "tubular adenomas", "historical")
    d.no("conditions", "colon cancer", "family")
    d.title("Problem list", 10.5)
    d.bullets(
        [
            "Iron deficiency anemia (D50.9)",
            "Type 2 diabetes mellitus without complications (E11.9)",
            "Hypothyroidism (E03.9)",
            "Paroxysmal atrial fibrillation (I48.0)",
            "Primary osteoarthritis of both knees (M17.0)",
        ]
    )
    d.cond("Iron deficiency anemia", "active", "D50.9")
    d.cond("Type 2 diabetes mellitus without complications", "active", "E11.9")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.cond("Paroxysmal atrial fibrillation", "active", "I48.0")
    d.cond("Primary osteoarthritis of both knees", "active", "M17.0")
    d.title("Medications", 10.5)
    d.table(
        ["Medication", "Dose", "Directions", "Note"],
        [
            ["Apixaban (Eliquis)", "5 mg", "twice daily", "please advise on peri-procedure hold"],
            ["Metformin", "1000 mg", "twice daily with meals", ""],
            ["Levothyroxine", "88 mcg", "daily", ""],
            ["Metoprolol succinate ER", "50 mg", "daily", ""],
            ["Ferrous sulfate", "325 mg", "every other day", "started 03/31/2025"],
            ["Naproxen", "500 mg", "-", "STOPPED 03/31/2025"],
        ],
        [2.4, 1, 1.8, 2.4],
    )
    d.med("Apixaban", "Eliquis", "5", "mg", None, "twice daily")
    d.med("Metformin", None, "1000", "mg", None, "twice daily with meals")
    d.med("Levothyroxine", None, "88", "mcg", None, "daily")
    d.med("Metoprolol succinate ER", None, "50", "mg", None, "daily")
    d.med("Ferrous sulfate", None, "325", "mg", None, "every other day", "new")
    d.med("Naproxen", None, "500", "mg", None, None, "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.para("Allergies: morphine (itching), adhesive tape (blisters).")
    d.alg("morphine", "itching")
    d.alg("adhesive tape", "blisters")
    d.para("Today: BP 128/76, pulse 72 irregular, weight 172 lb, BMI 29.5.")
    d.vit("blood_pressure", "128/76", 128.0, 76.0, None)
    d.vit("heart_rate", "72", 72.0, None, None)
    d.vit("weight", "172", 172.0, None, "lb")
    d.vit("bmi", "29.5", 29.5, None, None)
    d.title("Recent results (03/28/2025)", 10.5)
    iso = "2025-03-28"
    rows = [
        ("Hemoglobin", [], "9.6", "g/dL", "12.0-15.5", 12.0, 15.5, None, "L"),
        ("MCV", ["Mean corpuscular volume"], "71", "fL", "80-100", 80.0, 100.0, None, "L"),
        ("Platelets", [], "418", "K/uL", "150-400", 150.0, 400.0, None, "H"),
        ("Ferritin", [], "5", "ng/mL", "15-150", 15.0, 150.0, None, "L"),
        ("Creatinine", [], "0.92", "mg/dL", "0.57-1.00", 0.57, 1.0, None, ""),
        ("Hemoglobin A1c", ["HbA1c"], "7.1", "%", "4.0-5.6", 4.0, 5.6, None, "H"),
        ("FIT (fecal immunochemical test)", ["Fecal immunochemical test"], "POSITIVE", None, "Negative", None, None, "Negative", "A"),
    ]
    d.table(["Test", "Result", "Units", "Reference", "Flag"], labrows(d, rows, iso), [2.6, 1, 1, 1.3, 0.6])
    d.para(
        "If endoscopy is unrevealing, I would consider IV iron (Injectafer) rather than continuing oral iron. "
        "Please let me know when she should hold Eliquis before the procedure."
    )
    d.no("medications", "Injectafer", "planned", "conditional")
    d.signature("Brian K. Hollenbach, DO", "Family Medicine")
    d.ensure(90)
    d.title("Addendum", 10)
    d.hand_line(d.d("2025-04-03"), "TSH 2.3 (nl 0.4-4.5)", 11)
    d.hand_line("", "celiac Ab (tTG-IgA) neg", 11)
    d.hand_line("", "Pt had COVID booster 03/12/2025 at Rite Aid - lot FK7741", 11)
    d.lab("TSH", "2.3", None, 0.4, 4.5, None, "normal", "2025-04-03")
    d.lab("tTG-IgA", "neg", None, None, None, None, None, "2025-04-03", ["celiac antibody"])
    d.imm("COVID booster", "2025-03-12", None, "FK7741", None)
    return d


# ---------------------------------------------------------------------------- 13 Presov
@document
def d13():
    d = Doc(
        13,
        "presov_discharge_summary",
        "Prešov Region (Slovakia)",
        "discharge_summary",
        "hospital discharge summary (urosepsis, admission/discharge labs, held medicines, patient leaflet page)",
        "d.m.Y",
        lang="Slovak",
        comma=True,
    )
    d.letterhead(
        "Fakultná nemocnica J. A. Reimana Prešov",
        ["I. interná klinika, Hollého 14, 081 81 Prešov", "tel. 051 701 1111"],
        right=["PREPÚŠŤACIA SPRÁVA", "Č. chorobopisu 2025/08714"],
        color=(0.05, 0.25, 0.55),
    )
    d.kv(
        [
            ("Pacientka:", "Mária Kollárová"),
            ("Rodné číslo:", "485614/123"),
            ("Prijatá:", "03.03.2025"),
            ("Prepustená:", "10.03.2025"),
            ("Ošetrujúci lekár:", "MUDr. Peter Hudák"),
            ("Všeob. lekár:", "MUDr. Z. Čurillová, Sabinov"),
        ],
        lw=95,
    )
    d.title("Diagnózy", 10)
    d.bullets(
        [
            "N10 Akútna pyelonefritída vpravo s urosepsou (E. coli)",
            "E11.9 Diabetes mellitus 2. typu, dekompenzovaný",
            "I10 Artériová hypertenzia",
            "E03.9 Hypotyreóza substituovaná",
            "N17.9 Akútne poškodenie obličiek – upravené",
        ]
    )
    d.cond("Akútna pyelonefritída vpravo s urosepsou", "active", "N10", ["acute pyelonephritis"])
    d.cond("Diabetes mellitus 2. typu", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Artériová hypertenzia", "active", "I10", ["hypertension"])
    d.cond("Hypotyreóza", "active", "E03.9", ["hypothyroidism"])
    d.no("conditions", "Akútne poškodenie obličiek", "historical", "resolved during stay")
    d.title("Anamnéza", 10)
    d.para(
        "76-ročná pacientka prijatá pre horúčky do 39,4 °C, zimnicu a bolesti v pravej bedrovej oblasti. "
        "V anamnéze cholecystektómia 2008. Sestra liečená pre karcinóm prsníka. Alergia: sulfonamidy (exantém), "
        "náplasť (kontaktná dermatitída). Nefajčí."
    )
    d.no("conditions", "cholecystektómia", "historical")
    d.no("conditions", "karcinóm prsníka", "family")
    d.alg("sulfonamidy", "exantém")
    d.alg("náplasť", "kontaktná dermatitída")
    d.title("Priebeh hospitalizácie", 10)
    d.para(
        "Liečená ceftriaxónom 2 g i.v. denne 6 dní a infúziami fyziologického roztoku, podľa citlivosti prechod na "
        "perorálny cefuroxím. Pre akútne poškodenie obličiek dočasne vysadený metformín a ramipril; kreatinín sa "
        "upravil. Hyperglykémie korigované inzulínom, nastavená bazálna inzulínoterapia. Urolitiáza sonograficky "
        "vylúčená. Očkovanie proti chrípke pacientka odmietla."
    )
    d.no("medications", "ceftriaxónom", "other", "IV on the ward")
    d.no("medications", "fyziologického roztoku", "other", "IV fluids on the ward")
    d.no("conditions", "Urolitiáza", "negated", "ruled out")
    d.no("immunizations", "Očkovanie proti chrípke", "other", "declined")
    d.title("Laboratórne výsledky", 10)
    tab = cumul(
        d,
        [
            ("CRP", ["C-reactive protein"], "mg/l", "0 – 5", 0.0, 5.0, None, ["214 H", "28 H"]),
            ("Prokalcitonín", ["Procalcitonin"], "µg/l", "< 0,5", None, 0.5, "< 0,5", ["6,8 H", "\u2014"]),
            ("Leukocyty", ["White cell count"], "10⁹/l", "4,0 – 10,0", 4.0, 10.0, None, ["18,4 H", "8,9"]),
            ("Hemoglobín", ["Haemoglobin"], "g/l", "120 – 160", 120.0, 160.0, None, ["124", "116 L"]),
            ("Kreatinín", ["Creatinine"], "µmol/l", "44 – 80", 44.0, 80.0, None, ["186 H", "92 H"]),
            ("Draslík", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["5,6 H", "4,4"]),
            ("Glykémia", ["Glucose"], "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, ["16,8 H", "7,4 H"]),
            ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, ["9,2 H", "\u2014"]),
        ],
        ["2025-03-03", "2025-03-09"],
    )
    d.table(["Vyšetrenie", "Príjem " + d.d("2025-03-03"), "Kontrola " + d.d("2025-03-09"), "Jednotka", "Ref. hodnoty"], tab, [2, 1.5, 1.6, 1, 1.3])
    d.para("Stav pri prepustení: TK 128/76 mmHg, P 74/min, TT 36,6 °C, SpO2 97 %, hmotnosť 71 kg.")
    d.vit("blood_pressure", "128/76", 128.0, 76.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, "/min")
    d.vit("temperature", "36,6", 36.6, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "71", 71.0, None, "kg")
    d.run_header = "Prepúšťacia správa – Mária Kollárová, 485614/123 – FNsP J. A. Reimana Prešov, I. interná klinika"
    d.newpage()
    d.title("Odporúčaná liečba", 10)
    d.table(
        ["Liek", "Dávkovanie", "Poznámka"],
        [
            ["Cefuroxim 500 mg tbl.", "1 – 0 – 1", "ešte 7 dní, potom ukončiť"],
            ["Toujeo (inzulín glargín) 300 j./ml", "14 j. s.c. večer", "nové"],
            ["Euthyrox (levotyroxín) 75 µg", "1 – 0 – 0 nalačno", "bez zmeny"],
            ["Amlodipín 5 mg", "1 – 0 – 0", "nové"],
            ["Atorvastatín 20 mg", "0 – 0 – 1", "bez zmeny"],
            ["Paracetamol 500 mg", "pri bolesti, max. 3 g/deň", "bez zmeny"],
            ["Metformín 1000 mg", "— (vysadený)", "znovu nasadiť po kontrole kreatinínu u VLD"],
            ["Ramipril 5 mg", "— (vysadený)", "znovu zvážiť podľa TK a obličkových funkcií"],
        ],
        [2.8, 2, 2.8],
    )
    d.med("Cefuroxim", None, "500", "mg", None, "1 – 0 – 1", "new")
    d.med("inzulín glargín", "Toujeo", "14", "j.", "s.c.", "večer", "new")
    d.med("levotyroxín", "Euthyrox", "75", "µg", None, "1 – 0 – 0 nalačno")
    d.med("Amlodipín", None, "5", "mg", None, "1 – 0 – 0", "new")
    d.med("Atorvastatín", None, "20", "mg", None, "0 – 0 – 1")
    d.med("Paracetamol", None, "500", "mg", None, "pri bolesti, max. 3 g/deň")
    d.med("Metformín", None, "1000", "mg", None, None, "held")
    d.med("Ramipril", None, "5", "mg", None, None, "held")
    d.no("medications", "Metformín", "stopped", "held until creatinine check")
    d.no("medications", "Ramipril", "stopped", "held")
    d.para(
        "Kontrola u všeobecného lekára do 7 dní (kreatinín, draslík, glykemický profil). Edukácia o aplikácii inzulínu "
        "a selfmonitoringu glykémie vykonaná, glukomer vydaný. Diabetologická ambulancia o 4 týždne."
    )
    d.signature("MUDr. Peter Hudák", "sekundárny lekár, I. interná klinika", hand=False)
    d.signature("doc. MUDr. Ján Fedorko, PhD.", "prednosta kliniky", hand=False)
    d.run_header = None
    d.newpage()
    d.title("POUČENIE PRE PACIENTA – Inzulín a cukrovka doma", 11.5)
    d.para(
        "Hypoglykémia (nízka hladina cukru) sa prejavuje potením, trasom a hladom. Zjedzte ihneď 3 – 4 kocky cukru "
        "a po 15 minútach si zmerajte glykémiu. Ak máte predpísaný glukagón (GlucaGen), naučte ho používať aj rodinu."
    )
    d.para(
        "Každý deň si prezerajte chodidlá – drobné poranenia môžu viesť k diabetickej nohe. Nepoužívajte bez porady "
        "s lekárom lieky proti bolesti typu ibuprofén, ktoré môžu poškodiť obličky."
    )
    d.para("Pri horúčke, vracaní alebo nemožnosti jesť kontaktujte svojho lekára – dávku inzulínu môže byť potrebné upraviť.")
    d.no("conditions", "Hypoglykémia", "leaflet")
    d.no("medications", "GlucaGen", "leaflet")
    d.no("conditions", "diabetickej nohe", "leaflet")
    d.no("medications", "ibuprofén", "leaflet")
    return d


# ---------------------------------------------------------------------------- 14 Baranya
@document
def d14():
    d = Doc(
        14,
        "baranya_hospital_discharge_letter",
        "Baranya (Hungary)",
        "discharge_summary",
        "hospital discharge letter (pulmonary embolism, handwritten additions, patient advice page)",
        "Y.m.d",
        lang="Hungarian",
        comma=True,
    )
    d.letterhead(
        "Pécsi Tudományegyetem Klinikai Központ",
        ["I. sz. Belgyógyászati Klinika, 7624 Pécs, Ifjúság útja 13.", "Telefon: +36 72 536 000"],
        right=["ZÁRÓJELENTÉS", "Törzsszám: 2025/031877"],
        color=(0.25, 0.15, 0.45),
    )
    d.kv(
        [
            ("Beteg neve:", "Horváthné Kiss Erika"),
            ("TAJ:", "044 518 927"),
            ("Felvétel:", "2025.02.11."),
            ("Távozás:", "2025.02.17."),
        ],
        lw=80,
    )
    d.title("Diagnózisok", 10)
    d.bullets(
        [
            "I26.9 Tüdőembólia, akut cor pulmonale nélkül",
            "I80.2 Bal alsó végtagi mélyvénás trombózis",
            "E66.0 Elhízás",
            "I10 Hypertonia essentialis",
        ]
    )
    d.cond("Tüdőembólia", "active", "I26.9", ["pulmonary embolism"])
    d.cond("Bal alsó végtagi mélyvénás trombózis", "active", "I80.2", ["deep vein thrombosis"])
    d.cond("Elhízás", "active", "E66.0", ["obesity"])
    d.cond("Hypertonia essentialis", "active", "I10", ["hypertension"])
    d.title("Anamnézis, kórlefolyás", 10)
    d.para(
        "38 éves nőbeteg, 5 napja fennálló nehézlégzés és bal lábszárduzzanat miatt vettük fel. Hormonális "
        "fogamzásgátlót (Yasmin) szedett, ezt elhagyattuk. 2019-ben appendectomia. Édesanyjának emlőrákja volt. "
        "Gyógyszerérzékenység: penicillin (csalánkiütés). CT angiográfia mindkét oldali szegmentális embóliát "
        "igazolt, jobb kamrai terhelés nélkül. Malignus betegségre utaló eltérést nem találtunk. Osztályunkon "
        "Fraxiparine 0,6 ml s.c. naponta kétszer, majd apixabán kezelésre állítottuk át."
    )
    d.med("Yasmin", "Yasmin", None, None, None, None, "stopped")
    d.no("medications", "Yasmin", "stopped")
    d.no("conditions", "appendectomia", "historical")
    d.no("conditions", "emlőrákja", "family")
    d.alg("penicillin", "csalánkiütés")
    d.no("conditions", "Malignus betegségre", "negated")
    d.no("medications", "Fraxiparine", "other", "ward only")
    d.title("Laboratóriumi leletek", 10)
    tab = cumul(
        d,
        [
            ("D-dimer", [], "mg/l FEU", "< 0,50", None, 0.5, "< 0,50", ["4,82 \u2191", "\u2014"]),
            ("hs-Troponin T", ["High-sensitivity troponin T"], "ng/l", "< 14", None, 14.0, "< 14", ["18 \u2191", "9"]),
            ("NT-proBNP", [], "pg/ml", "< 125", None, 125.0, "< 125", ["640 \u2191", "\u2014"]),
            ("Hemoglobin", ["Haemoglobin"], "g/l", "120 – 155", 120.0, 155.0, None, ["138", "131"]),
            ("Thrombocyta", ["Platelets"], "G/l", "150 – 400", 150.0, 400.0, None, ["212", "248"]),
            ("Kreatinin", ["Creatinine"], "µmol/l", "49 – 90", 49.0, 90.0, None, ["76", "71"]),
            ("CRP", ["C-reactive protein"], "mg/l", "< 5", None, 5.0, "< 5", ["22 \u2191", "6 \u2191"]),
        ],
        ["2025-02-11", "2025-02-16"],
    )
    d.table(["Vizsgálat", d.d("2025-02-11"), d.d("2025-02-16"), "Egység", "Referencia"], tab, [2, 1.4, 1.4, 1.1, 1.3])
    d.para("\u2191 a referenciatartomány feletti érték.", 7.5)
    d.para("Távozáskor: RR 126/80 Hgmm, pulzus 84/perc, SpO2 96 %, testhőmérséklet 36,5 °C.")
    d.vit("blood_pressure", "126/80", 126.0, 80.0, "Hgmm")
    d.vit("heart_rate", "84", 84.0, None, "/perc")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("temperature", "36,5", 36.5, None, "°C")
    d.title("Javasolt terápia", 10)
    d.bullets(
        [
            "Eliquis (apixabán) 5 mg tabletta: 2 x 2 tabletta 2025.02.20-ig, majd 2 x 1 tabletta legalább 3 hónapig",
            "Enap (enalapril) 10 mg: 1 x 1 tabletta reggel",
            "Nolpaza (pantoprazol) 40 mg: 1 x 1 tabletta reggel étkezés előtt",
            "Kompressziós harisnya (II. kompressziós osztály) bal alsó végtagra",
        ]
    )
    d.med("apixabán", "Eliquis", "5", "mg", None, None, "new")
    d.med("enalapril", "Enap", "10", "mg", None, "1 x 1 tabletta reggel")
    d.med("pantoprazol", "Nolpaza", "40", "mg", None, "1 x 1 tabletta reggel étkezés előtt")
    d.para("Kontroll: véralvadási szakrendelés 3 hónap múlva.")
    d.title("Kézzel írt kiegészítés", 9.5)
    d.hand_line("", "Thrombophilia vizsgálat: antikoaguláció után, kb. 3 hónap múlva", 10.5)
    d.hand_line("", "Testsúly távozáskor 96 kg", 10.5)
    d.hand_line("", "Hormonális fogamzásgátló a továbbiakban ellenjavallt!", 10.5)
    d.no("labs", "Thrombophilia vizsgálat", "planned")
    d.vit("weight", "96", 96.0, None, "kg")
    d.signature("Dr. Varga Eszter", "klinikai szakorvos, I. sz. Belgyógyászati Klinika")
    d.newpage()
    d.title("TANÁCSOK A BETEG RÉSZÉRE – véralvadásgátló kezelés", 11.5)
    d.para(
        "Az Eliquis tablettát minden nap ugyanabban az időben vegye be, egyetlen adagot se hagyjon ki. "
        "Ne szedjen aszpirint vagy ibuprofent (pl. Advil) orvosi javaslat nélkül, mert ezek növelik a vérzés kockázatát."
    )
    d.para(
        "Azonnal forduljon orvoshoz fekete széklet, véres vizelet vagy erős fejfájás esetén – ezek "
        "gyomorvérzés vagy agyvérzés jelei lehetnek."
    )
    d.para("Hosszú utazás során óránként mozgassa meg a lábát és igyon elegendő folyadékot.")
    d.no("medications", "aszpirint", "leaflet")
    d.no("medications", "Advil", "leaflet")
    d.no("conditions", "gyomorvérzés", "leaflet")
    d.no("conditions", "agyvérzés", "leaflet")
    return d


# ---------------------------------------------------------------------------- 15 Maryland
@document
def d15():
    d = Doc(
        15,
        "maryland_sickle_cell_discharge_scan",
        "United States (Maryland)",
        "discharge_summary",
        "discharge summary (sickle cell crisis, 2 pages, scanned, handwritten notes)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": 1.5},
        size=letter,
    )
    d.letterhead(
        "Chesapeake Regional Medical Center",
        ["Department of Medicine - Adult Sickle Cell Service", "3100 Wyman Park Dr, Baltimore, MD 21211"],
        right=["DISCHARGE SUMMARY", "Acct 44-0918273"],
        color=(0.35, 0.05, 0.1),
    )
    d.kv(
        [
            ("Patient:", "Marcus A. Whitlock"),
            ("DOB:", "03/30/1998"),
            ("Admitted:", "05/14/2025"),
            ("Discharged:", "05/20/2025"),
            ("Attending:", "Nia Adeyemi, MD"),
            ("PCP:", "Druid Hill Health Center"),
        ],
        lw=72,
    )
    d.title("Diagnoses", 10.5)
    d.bullets(
        [
            "Sickle cell disease (HbSS) with vaso-occlusive crisis (D57.00)",
            "Acute chest syndrome - resolved by hospital day 4",
            "Avascular necrosis of right femoral head (M87.051)",
            "Major depressive disorder, single episode (F32.9)",
        ]
    )
    d.cond("Sickle cell disease (HbSS) with vaso-occlusive crisis", "active", "D57.00")
    d.no("conditions", "Acute chest syndrome", "historical", "resolved during stay")
    d.cond("Avascular necrosis of right femoral head", "active", "M87.051")
    d.cond("Major depressive disorder, single episode", "active", "F32.9")
    d.title("Hospital course", 10.5)
    d.para(
        "27-year-old man with HbSS admitted with severe back and chest pain. Pain controlled with hydromorphone PCA "
        "and IV ketorolac for 72 hours. On day 2 he developed fever, hypoxia and a new left lower lobe infiltrate "
        "consistent with acute chest syndrome; treated with IV ceftriaxone and azithromycin and transfused 2 units "
        "of packed red cells. MRI spine showed no osteomyelitis. Mother has sickle cell trait."
    )
    for n in ("hydromorphone PCA", "ketorolac", "ceftriaxone", "packed red cells"):
        d.no("medications", n, "other", "inpatient only")
    d.no("conditions", "osteomyelitis", "negated")
    d.no("conditions", "sickle cell trait", "family")
    d.para("Allergies: meperidine (seizure), vancomycin (red man syndrome).")
    d.alg("meperidine", "seizure")
    d.alg("vancomycin", "red man syndrome")
    d.title("Labs", 10.5)
    tab = cumul(
        d,
        [
            ("Hemoglobin", [], "g/dL", "13.5-17.5", 13.5, 17.5, None, ["6.4 L", "7.9 L"]),
            ("Reticulocytes", ["Reticulocyte count"], "%", "0.5-2.5", 0.5, 2.5, None, ["14.2 H", "9.8 H"]),
            ("WBC", ["White blood cell count"], "K/uL", "4.5-11.0", 4.5, 11.0, None, ["16.3 H", "10.2"]),
            ("LDH", ["Lactate dehydrogenase"], "U/L", "120-246", 120.0, 246.0, None, ["612 H", "388 H"]),
            ("Bilirubin, total", ["Total bilirubin"], "mg/dL", "0.2-1.2", 0.2, 1.2, None, ["4.1 H", "2.6 H"]),
            ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["0.68 L", "0.71"]),
            ("Hemoglobin S", ["HbS"], "%", "0", None, None, "0", ["\u2014", "62.4 H"]),
        ],
        ["2025-05-14", "2025-05-19"],
    )
    d.table(["Test", "05/14/2025", "05/19/2025", "Units", "Ref range"], tab, [2.2, 1.2, 1.2, 1, 1.2])
    d.para("Vitals at discharge: BP 118/70, HR 92, T 98.9 F, RR 18, SpO2 96% RA.")
    d.vit("blood_pressure", "118/70", 118.0, 70.0, None)
    d.vit("heart_rate", "92", 92.0, None, None)
    d.vit("temperature", "98.9", 98.9, None, "F")
    d.vit("respiratory_rate", "18", 18.0, None, None)
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.run_header = "Whitlock, Marcus A. - DOB 03/30/1998 - Discharge summary 05/20/2025"
    d.newpage()
    d.title("Discharge medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Hydroxyurea 500 mg capsule", "1500 mg by mouth daily", "CHANGED - dose increased from 1000 mg"],
            ["Folic acid 1 mg tablet", "1 mg by mouth daily", "Continue"],
            ["Oxycodone 5 mg tablet", "5 mg by mouth every 6 hours as needed for pain, max 5 days", "NEW"],
            ["Amoxicillin-clavulanate 875/125 mg", "1 tablet by mouth twice daily for 3 more days", "NEW"],
            ["Sertraline 50 mg tablet", "50 mg by mouth daily", "Continue"],
            ["Ibuprofen 600 mg", "-", "STOP"],
        ],
        [2.6, 3.4, 2],
    )
    d.med("Hydroxyurea", None, "1500", "mg", "by mouth", "daily", "changed")
    d.med("Folic acid", None, "1", "mg", "by mouth", "daily")
    d.med("Oxycodone", None, "5", "mg", "by mouth", "every 6 hours as needed for pain", "new")
    d.med("Amoxicillin-clavulanate", None, "875/125", "mg", "by mouth", "twice daily", "new")
    d.med("Sertraline", None, "50", "mg", "by mouth", "daily")
    d.med("Ibuprofen", None, "600", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofen", "stopped")
    d.title("Immunizations", 10.5)
    d.para(
        "Meningococcal B vaccine (Bexsero) dose 2 given 05/19/2025, lot BX2207. PPSV23 booster due 2026. "
        "Influenza vaccine for 2025-26 season when available."
    )
    d.imm("Meningococcal B vaccine", "2025-05-19", 2, "BX2207", "Bexsero")
    d.no("immunizations", "PPSV23", "due")
    d.no("immunizations", "Influenza vaccine", "due")
    d.title("Follow-up", 10.5)
    d.para("Adult Sickle Cell Clinic in 1 week with CBC and retic. Orthopedics for hip AVN. Consider crizanlizumab if crises recur.")
    d.no("medications", "crizanlizumab", "planned", "conditional")
    d.signature("Nia Adeyemi, MD", "Attending, Hematology", hand=False)
    d.title("Notes", 10)
    d.hand_line("", "NO NSAIDs at home - AKI risk, pt aware", 11)
    d.hand_line("", "d/c weight 68 kg", 11)
    d.hand_line(d.d("2025-05-19") + ":", "ferritin 1,240 ng/mL (nl 30-400) - high, chelation eval", 11)
    d.vit("weight", "68", 68.0, None, "kg")
    d.lab("ferritin", "1,240", "ng/mL", 30.0, 400.0, None, "high", "2025-05-19", num=1240.0)
    return d


# ---------------------------------------------------------------------------- 16 Samogitia
@document
def d16():
    d = Doc(
        16,
        "samogitia_child_vaccination_card_scan",
        "Samogitia (Lithuania)",
        "immunization_record",
        "child vaccination card (form 063/a, handwritten, scanned)",
        "Y-m-d",
        ext="png",
        scan={"dpi": 160, "angle": -1.8},
        lang="Lithuanian",
        comma=True,
    )
    d.letterhead(
        "Vaiko profilaktinių skiepijimų kortelė",
        ["Forma Nr. 063/a – Telšių pirminės sveikatos priežiūros centras", "Respublikos g. 30, Telšiai"],
        color=(0.1, 0.35, 0.2),
    )
    d.kv(
        [
            ("Vaiko vardas, pavardė:", Hand("Gabija Jonauskaitė")),
            ("Gimimo data:", Hand("2023-09-18")),
            ("Gydytojas:", Hand("V. Budrienė")),
            ("Kortelės Nr.:", Hand("T-23-1147")),
        ],
        lw=122,
    )
    rows = [
        ("Hepatito B (gimimo dozė)", "2023-09-18", None, "HB30417", "Engerix-B"),
        ("BCG (tuberkuliozės)", "2023-09-20", None, "BCG1102", None),
        ("DTaP-IPV-Hib-HepB 1 dozė", "2023-11-20", 1, "HX4418", "Hexyon"),
        ("Pneumokokinė (PCV) 1 dozė", "2023-11-20", 1, "PV7730", None),
        ("Rotavirusinė 1 dozė", "2023-11-20", 1, "RT2251", None),
        ("Meningokokinė B 1 dozė", "2023-11-27", 1, "MB0912", "Bexsero"),
        ("DTaP-IPV-Hib-HepB 2 dozė", "2024-01-22", 2, "HX4502", "Hexyon"),
        ("Pneumokokinė (PCV) 2 dozė", "2024-01-22", 2, "PV7788", None),
        ("Rotavirusinė 2 dozė", "2024-01-22", 2, "RT2290", None),
        ("Meningokokinė B 2 dozė", "2024-01-29", 2, "MB0964", "Bexsero"),
        ("DTaP-IPV-Hib-HepB 3 dozė", "2024-03-25", 3, "HX4611", "Hexyon"),
        ("Pneumokokinė (PCV) 3 dozė", "2024-10-07", 3, "PV8015", None),
        ("MMR 1 dozė (tymai, epideminis parotitas, raudonukė)", "2024-10-07", 1, "MR5521", "Priorix"),
        ("Meningokokinė B 3 dozė", "2024-11-04", 3, "MB1120", "Bexsero"),
    ]
    tab = []
    for vac, iso, n, lot, br in rows:
        tab.append([vac, Hand(d.d(iso)), Hand(br or "—"), Hand(lot), Hand("VB")])
        d.imm(vac, iso, n, lot, br, amb=_amb(d.style, iso))
    d.title("SKIEPIJIMAI", 11)
    d.table(["Vakcina / dozė", "Data", "Preparatas", "Serija", "Parašas"], tab, [3.2, 1.3, 1.2, 1.1, 0.8], size=8.4)
    d.title("Pastabos", 10)
    d.hand_line("", "DTaP-IPV-Hib-HepB 4 dozė – 18 mėn. (2025-03)", 10.5)
    d.hand_line("", "Gripo vakcina – tėvai atsisakė (2024-11-04)", 10.5)
    d.hand_line("", "Vėjaraupių vakcina – neskiepyta, persirgo vėjaraupiais 2024-06", 10.5)
    d.no("immunizations", "DTaP-IPV-Hib-HepB 4 dozė", "due")
    d.no("immunizations", "Gripo vakcina", "other", "parents declined")
    d.no("immunizations", "Vėjaraupių vakcina", "other", "not given, had the disease")
    d.no("conditions", "vėjaraupiais", "historical")
    d.hand_line("2024-10-07:", "svoris 9,6 kg, ūgis 76 cm", 10.5)
    d.vit("weight", "9,6", 9.6, None, "kg")
    d.vit("height", "76", 76.0, None, "cm")
    return d


# ---------------------------------------------------------------------------- 17 Latgale
@document
def d17():
    d = Doc(
        17,
        "latgale_vaccination_registry",
        "Latgale (Latvia)",
        "immunization_record",
        "national e-health vaccination registry print-out (adult, planned / declined / not indicated)",
        "d.m.Y.",
        lang="Latvian",
        comma=True,
    )
    d.letterhead(
        "E-veselība – Vakcinācijas ieraksti",
        ["Nacionālais veselības dienests, Rīga", "Izdruka sagatavota ģimenes ārsta praksē, Daugavpils"],
        right=["VAKCINĀCIJAS PASE", "Izdrukāts 06.05.2025."],
        color=(0.5, 0.1, 0.15),
    )
    d.kv(
        [
            ("Pacients:", "Valentīna Ivanova"),
            ("Personas kods:", "120461-10527"),
            ("Ģimenes ārsts:", "Dr. I. Kudiņa"),
            ("Dzimšanas gads:", "1961"),
        ],
        lw=95,
    )
    rows = [
        ("Ērču encefalīts, 1. deva", "2021-04-08", 1, "EN1183", "Encepur"),
        ("Ērču encefalīts, 2. deva", "2021-05-10", 2, "EN1190", "Encepur"),
        ("Ērču encefalīts, 3. deva", "2022-04-21", 3, "EN1322", "Encepur"),
        ("Ērču encefalīts, balstdeva", "2025-04-14", None, "EN1876", "Encepur"),
        ("Difterija, stingumkrampji (Td), balstdeva", "2019-09-02", None, "TD6604", None),
        ("Pneimokoku infekcija (PCV20), vienreizēja", "2024-03-11", None, "PN2209", "Prevenar 20"),
        ("Gripa, sezona 2024/2025", "2024-10-15", None, "FL7742", "Vaxigrip Tetra"),
        ("COVID-19 (JN.1)", "2024-11-05", None, "CV0915", "Comirnaty"),
        ("Dzeltenais drudzis", "2016-01-20", None, "YF3378", "Stamaril"),
    ]
    tab = []
    for vac, iso, n, lot, br in rows:
        tab.append([vac, d.d(iso), br or "—", lot, "Veikta"])
        d.imm(vac, iso, n, lot, br, amb=_amb(d.style, iso))
    d.title("Veiktās vakcinācijas", 10.5)
    d.table(["Vakcīna / deva", "Datums", "Preparāts", "Sērija", "Statuss"], tab, [3.2, 1.2, 1.4, 1, 1])
    d.title("Plānotās un neveiktās vakcinācijas", 10.5)
    d.table(
        ["Vakcīna", "Statuss", "Piezīme"],
        [
            ["Jostas roze (Shingrix), 1. deva", "Ieplānota", "pieraksts 26.05.2025."],
            ["B hepatīts", "Nav indicēta", "imunitāte apstiprināta (anti-HBs 142 mSV/ml)"],
            ["Masalas", "Nav nepieciešama", "pārslimotas masalas bērnībā"],
            ["RSV vakcīna", "Atteikums", "pacients atteicās 15.10.2024."],
        ],
        [2.6, 1.4, 3.4],
    )
    d.no("immunizations", "Jostas roze (Shingrix)", "due")
    d.no("immunizations", "B hepatīts", "other", "not indicated, immune")
    d.no("immunizations", "Masalas", "other", "not needed, had disease")
    d.no("conditions", "masalas", "historical")
    d.no("immunizations", "RSV vakcīna", "other", "declined")
    d.para(
        "Dati no Nacionālā vakcinācijas reģistra. Izdruka nav derīga ceļošanai bez ārsta paraksta un zīmoga.", 8
    )
    return d


# ---------------------------------------------------------------------------- 18 Massachusetts
@document
def d18():
    d = Doc(
        18,
        "massachusetts_miis_immunization_record",
        "United States (Massachusetts)",
        "immunization_record",
        "state immunization registry print (college entry, exemptions, forecast)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Massachusetts Immunization Information System (MIIS)",
        ["Massachusetts Department of Public Health - Immunization Division", "250 Washington St, Boston, MA 02108"],
        right=["OFFICIAL RECORD", "Printed 07/22/2025"],
        size=10.5,
        color=(0.1, 0.2, 0.4),
    )
    d.kv(
        [
            ("Name:", "Sofia Marie Pereira"),
            ("DOB:", "02/11/2007"),
            ("MIIS ID:", "MA-77120345"),
            ("Purpose:", "College entry (UMass Amherst)"),
        ],
        lw=60,
    )
    rows = [
        ("Hep B", "02/12/2007", "2007-02-12", 1, "Engerix-B", "AHBVB118"),
        ("Hep B", "04/16/2007", "2007-04-16", 2, "Engerix-B", "AHBVB204"),
        ("Hep B", "08/20/2007", "2007-08-20", 3, "Engerix-B", "AHBVB377"),
        ("MMR", "02/25/2008", "2008-02-25", 1, "M-M-R II", "0458X"),
        ("MMR", "03/10/2011", "2011-03-10", 2, "M-M-R II", "1127Y"),
        ("Varicella", "02/25/2008", "2008-02-25", 1, "Varivax", "0672X"),
        ("Varicella", "03/10/2011", "2011-03-10", 2, "Varivax", "1390Y"),
        ("Tdap", "03/02/2018", "2018-03-02", None, "Boostrix", "AC52B041"),
        ("MenACWY", "03/02/2018", "2018-03-02", 1, "Menveo", "M18071"),
        ("MenACWY", "06/05/2023", "2023-06-05", 2, "MenQuadfi", "UJ805AA"),
        ("HPV9", "03/02/2018", "2018-03-02", 1, "Gardasil 9", "R019436"),
        ("HPV9", "09/14/2018", "2018-09-14", 2, "Gardasil 9", "R024117"),
        ("Influenza, injectable, quadrivalent", "10/08/2024", "2024-10-08", None, "Flulaval", "KG3311"),
    ]
    tab = []
    for vac, dt, iso, n, br, lot in rows:
        tab.append([vac, dt, str(n) if n else "Booster" if vac == "Tdap" else "-", br, lot, "Worcester Pediatrics"])
        d.imm(vac, iso, n, lot, br)
    d.title("Immunization history", 10.5)
    d.table(["Vaccine", "Date given", "Dose", "Trade name", "Lot", "Provider"], tab, [2.4, 1.1, 0.7, 1.3, 1.1, 1.8], size=8)
    d.title("Exemptions / refusals", 10.5)
    d.table(
        ["Vaccine", "Type", "Date"],
        [
            ["Hepatitis A", "Parent refusal - personal belief", "05/02/2012"],
            ["MenB", "Shared clinical decision - not given", "06/05/2023"],
        ],
        [2, 3.5, 1.4],
    )
    d.no("immunizations", "Hepatitis A", "other", "refused")
    d.no("immunizations", "MenB", "other", "not given")
    d.title("Forecast (ACIP schedule)", 10.5)
    d.table(
        ["Vaccine", "Status", "Earliest date", "Due date"],
        [
            ["COVID-19 2024-2025", "Due now", "07/22/2025", "07/22/2025"],
            ["Influenza 2025-2026", "Not yet due", "08/01/2025", "10/31/2025"],
            ["Td/Tdap booster", "Not yet due", "03/02/2028", "03/02/2028"],
        ],
        [2.4, 1.5, 1.5, 1.5],
    )
    d.no("immunizations", "COVID-19", "due")
    d.para(
        "Meets Massachusetts college immunization requirements (Hep B x3, MMR x2, varicella x2, Tdap, MenACWY). "
        "This record was generated from the MIIS and is valid without signature.",
        8.5,
    )
    return d


# ---------------------------------------------------------------------------- 19 Calabria
@document
def d19():
    d = Doc(
        19,
        "calabria_prescription_scan",
        "Calabria (Italy)",
        "prescription",
        "general practice prescription and visit note (handwritten, scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 165, "angle": -2.6},
        lang="Italian",
        comma=True,
    )
    d.letterhead(
        "Dott. Francesco Bruno",
        ["Medico di Medicina Generale – ASP di Cosenza", "Via Panebianco 112, 87100 Cosenza – tel. 0984 391 224"],
        right=["Cod. reg. 18.77.0412", "Ricevo: lun-ven 9-12"],
        font="SB",
        size=14,
        color=(0.1, 0.1, 0.35),
    )
    d.kv(
        [
            ("Sig.ra:", Hand("Caruso Giuseppina")),
            ("Data:", Hand("11/02/2025")),
            ("Età:", Hand("68 aa")),
            ("C.F.:", Hand("CRSGPP56R58D086K")),
        ],
        lw=55,
    )
    d.hand_line("Diagnosi:", "Bronchite acuta (J20.9) in BPCO (J44.9). Ipertensione arteriosa.", 10.5)
    d.cond("Bronchite acuta", "active", "J20.9", ["acute bronchitis"])
    d.cond("BPCO", "active", "J44.9", ["COPD"])
    d.cond("Ipertensione arteriosa", "active", None, ["hypertension"])
    d.hand_line("Allergie:", "cefalosporine (orticaria), nichel (dermatite)", 10.5)
    d.alg("cefalosporine", "orticaria")
    d.alg("nichel", "dermatite")
    d.hand_line("E.O.:", "PA 145/85  FC 92  T 38,2 °C  SpO2 94 %", 10.5)
    d.vit("blood_pressure", "145/85", 145.0, 85.0, None)
    d.vit("heart_rate", "92", 92.0, None, None)
    d.vit("temperature", "38,2", 38.2, None, "°C")
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.gap(4)
    d.text(d.x0, d.y, "Rp/", "SB", 16)
    d.y -= 22
    d.hand_line("1)", "Klacid (claritromicina) 500 mg cpr – 1 cpr ogni 12 ore per 7 giorni", 11)
    d.hand_line("2)", "Tachipirina 1000 mg – 1 cpr al bisogno, max 3 al dì", 11)
    d.hand_line("3)", "Trimbow 87/5/9 mcg – 2 inalazioni mattina e sera", 11)
    d.hand_line("4)", "Fluimucil 600 mg bustine – 1 al giorno per 10 giorni", 11)
    d.med("claritromicina", "Klacid", "500", "mg", None, "ogni 12 ore per 7 giorni", "new")
    d.med("Tachipirina", "Tachipirina", "1000", "mg", None, "al bisogno, max 3 al dì", "new")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Trimbow", "Trimbow", "87/5/9", "mcg", None, "mattina e sera", "new")
    d.med("Fluimucil", "Fluimucil", "600", "mg", None, "1 al giorno per 10 giorni", "new")
    d.meds[-1]["aliases"] = ["acetylcysteine"]
    d.gap(4)
    d.hand_line("Terapia in atto:", "Olmesartan 20 mg 1 cp/die, Cardioaspirin 100 mg 1 cp/die,", 10.5)
    d.hand_line("", "Torvast 20 mg 1 cp la sera", 10.5)
    d.med("Olmesartan", None, "20", "mg", None, "1 cp/die")
    d.med("Cardioaspirin", "Cardioaspirin", "100", "mg", None, "1 cp/die")
    d.med("Torvast", "Torvast", "20", "mg", None, "la sera")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.hand_line("N.B.:", "sospende Foster (sostituito da Trimbow). Non prendere Brufen.", 10.5)
    d.med("Foster", "Foster", None, None, None, None, "stopped")
    d.no("medications", "Foster", "stopped")
    d.no("medications", "Brufen", "other", "told not to take")
    d.hand_line("", "Se non migliora in 72 h: Rx torace. Vaccino antinfluenzale in autunno.", 10.5)
    d.no("immunizations", "Vaccino antinfluenzale", "due")
    d.gap(10)
    d.hand_text(d.x1 - 170, d.y, "F. Bruno", 16, (0.05, 0.05, 0.3))
    d.y -= 14
    d.text(d.x1 - 170, d.y, "Timbro e firma del medico", "R", 8)
    d.y -= 14
    return d


# ---------------------------------------------------------------------------- 20 West Flanders
@document
def d20():
    d = Doc(
        20,
        "west_flanders_medication_schedule",
        "West Flanders (Belgium)",
        "prescription",
        "shared medication schedule (time-of-day columns, stopped, temporarily stopped, to start)",
        "d/m/Y",
        lang="Dutch",
        comma=True,
    )
    d.letterhead(
        "Medicatieschema",
        ["Gedeeld via Vitalink – Huisartsenpraktijk De Linde, Kortrijksestraat 88, 8800 Roeselare", "Dr. Wouter Vandenbussche – tel. 051 22 45 10"],
        right=["Afgedrukt op 14/05/2025", "Versie 23"],
        color=(0.0, 0.35, 0.35),
    )
    d.kv(
        [
            ("Patiënt:", "Godelieve Vanhoutte"),
            ("Rijksregisternr.:", "41.07.23-218.36"),
            ("Geboortedatum:", "23/07/1941"),
            ("Apotheek:", "Apotheek Sint-Michiel, Roeselare"),
        ],
        lw=90,
    )
    d.title("Relevante aandoeningen", 10)
    d.para("Voorkamerfibrillatie – Osteoporose – Diabetes mellitus type 2 – Chronische nierinsufficiëntie (eGFR 41 ml/min op 02/05/2025)")
    d.cond("Voorkamerfibrillatie", "active", None, ["atrial fibrillation"])
    d.cond("Osteoporose", "active", None, ["osteoporosis"])
    d.cond("Diabetes mellitus type 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Chronische nierinsufficiëntie", "active", None, ["chronic kidney disease"])
    d.lab("eGFR", "41", "ml/min", None, None, None, None, "2025-05-02")
    d.title("Allergieën en intoleranties", 10)
    d.para("Penicilline – huiduitslag (allergie).  Tramadol – hevige misselijkheid (intolerantie).")
    d.alg("Penicilline", "huiduitslag")
    d.alg("Tramadol", "hevige misselijkheid")
    d.title("Actuele medicatie", 10)
    d.table(
        ["Geneesmiddel", "Ontbijt", "Middag", "Avond", "Slapengaan", "Opmerking"],
        [
            ["Eliquis 2,5 mg filmomhulde tablet", "1", "", "1", "", "antistolling"],
            ["Bisoprolol EG 2,5 mg tablet", "1", "", "", "", ""],
            ["Gliclazide Sandoz 30 mg tablet met gereguleerde afgifte", "1", "", "", "", "bij het ontbijt"],
            ["Furosemide Sandoz 40 mg tablet", "1", "", "", "", ""],
            ["Alendronate Teva 70 mg tablet", "", "", "", "", "1x per week op maandag, nuchter"],
            ["Steovit Forte 1000 mg/880 IE kauwtablet", "", "", "1", "", ""],
            ["Durogesic 12 µg/u pleister", "", "", "", "", "om de 3 dagen vervangen"],
            ["Paracetamol 1 g tablet", "", "", "", "", "max. 3 x per dag indien nodig"],
        ],
        [3.2, 0.8, 0.8, 0.8, 1, 2.2],
        size=8,
    )
    d.med("Eliquis", "Eliquis", "2,5", "mg", None, None)
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Bisoprolol", None, "2,5", "mg", None, None)
    d.med("Gliclazide", None, "30", "mg", None, None)
    d.med("Furosemide", None, "40", "mg", None, None)
    d.med("Alendronate", None, "70", "mg", None, "1x per week op maandag, nuchter")
    d.med("Steovit Forte", "Steovit Forte", "1000 mg/880 IE", None, None, None)
    d.meds[-1]["aliases"] = ["calcium carbonate/colecalciferol"]
    d.med("Durogesic", "Durogesic", "12", "µg/u", None, "om de 3 dagen vervangen")
    d.meds[-1]["aliases"] = ["fentanyl"]
    d.med("Paracetamol", None, "1", "g", None, "max. 3 x per dag indien nodig")
    d.title("Tijdelijk gestopt", 10)
    d.table(
        ["Geneesmiddel", "Sinds", "Reden"],
        [["Metformine Sandoz 850 mg tablet (1-0-1)", "02/05/2025", "tijdelijk gestopt tot nierfunctiecontrole"]],
        [3.2, 1.2, 3.4],
        size=8,
    )
    d.med("Metformine", None, "850", "mg", None, None, "held")
    d.no("medications", "Metformine", "stopped", "held until kidney check")
    d.title("Gestopte geneesmiddelen", 10)
    d.table(
        ["Geneesmiddel", "Gestopt op", "Reden"],
        [
            ["Zolpidem Mylan 10 mg tablet", "20/03/2025", "valrisico"],
            ["Omeprazol 20 mg capsule", "20/03/2025", "geen indicatie meer"],
        ],
        [3.2, 1.2, 3.4],
        size=8,
    )
    d.med("Zolpidem", None, "10", "mg", None, None, "stopped")
    d.med("Omeprazol", None, "20", "mg", None, None, "stopped")
    d.no("medications", "Zolpidem", "stopped")
    d.no("medications", "Omeprazol", "stopped")
    d.title("Te starten", 10)
    d.para("Prolia (denosumab) 60 mg s.c. om de 6 maanden – starten na tandartscontrole, alendronaat dan stoppen.", 8.8)
    d.no("medications", "Prolia", "planned")
    d.para("Dit schema vervangt alle vorige versies. Breng het mee bij elk bezoek aan arts, apotheker of ziekenhuis.", 7.5)
    return d


# ---------------------------------------------------------------------------- 21 Graubunden
@document
def d21():
    d = Doc(
        21,
        "graubunden_preanaesthesia_form",
        "Graubünden (Switzerland)",
        "medical_record",
        "pre-anaesthesia questionnaire (crossed boxes, handwritten)",
        "d.m.Y",
        lang="German",
        comma=True,
    )
    d.letterhead(
        "Kantonsspital Graubünden",
        ["Institut für Anästhesiologie", "Loëstrasse 170, 7000 Chur – Anästhesie-Sprechstunde"],
        right=["PATIENTENFRAGEBOGEN", "zur Anästhesie"],
        color=(0.55, 0.05, 0.1),
    )
    d.kv(
        [
            ("Name, Vorname:", Hand("Cavelti, Reto")),
            ("Geburtsdatum:", Hand("21.02.1957")),
            ("Geplante Operation:", Hand("Knie-TEP rechts bei Gonarthrose")),
            ("Datum:", Hand("03.06.2025")),
        ],
        cols=1,
        lw=115,
    )
    d.cond("Gonarthrose", "active", None, ["knee osteoarthritis"])
    d.para("Bitte zutreffendes ankreuzen und Angaben ergänzen.", 8.5)
    d.title("Gesundheitszustand", 10)
    d.checks(
        [
            ("Hoher Blutdruck", "Y", "seit 2015"),
            ("Herzinfarkt, Angina pectoris", "N", ""),
            ("Herzrhythmusstörungen", "Y", "Vorhofflimmern, Xarelto"),
            ("Asthma / Lungenerkrankung", "N", ""),
            ("Schlafapnoe", "Y", "CPAP jede Nacht"),
            ("Zuckerkrankheit", "Y", "Typ 2, Tabletten"),
            ("Nieren- oder Lebererkrankung", "N", ""),
            ("Schilddrüsenerkrankung", "Y", "Unterfunktion"),
            ("Frühere Operationen", None, "Leistenhernie 2010"),
            ("Probleme mit Narkosen (auch in der Familie)", "Y", "Mutter: Cholinesterase-Mangel"),
        ],
        qw=0.46,
        labels=("ja", "nein", "Angaben"),
        cross=True,
    )
    d.cond("Hoher Blutdruck", "active", None, ["hypertension"])
    d.cond("Vorhofflimmern", "active", None, ["atrial fibrillation"])
    d.cond("Schlafapnoe", "active", None, ["sleep apnoea"])
    d.cond("Zuckerkrankheit", "active", None, ["diabetes mellitus"])
    d.cond("Unterfunktion", "active", None, ["hypothyroidism"])
    for n in ("Herzinfarkt, Angina pectoris", "Asthma / Lungenerkrankung", "Nieren- oder Lebererkrankung"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "Leistenhernie", "historical", "past surgery")
    d.no("conditions", "Cholinesterase-Mangel", "family", "mother")
    d.title("Allergien", 10)
    d.checks(
        [
            ("Medikamente", "Y", "Cotrimoxazol – Hautausschlag"),
            ("Pflaster / Desinfektionsmittel", "Y", "Chlorhexidin – Rötung"),
            ("Latex", "N", ""),
            ("Nahrungsmittel", "N", ""),
        ],
        qw=0.46,
        labels=("ja", "nein", "Angaben"),
        cross=True,
    )
    d.alg("Cotrimoxazol", "Hautausschlag")
    d.alg("Chlorhexidin", "Rötung")
    d.no("allergies", "Latex", "checkbox_no")
    d.no("allergies", "Nahrungsmittel", "checkbox_no")
    d.title("Medikamente (Name, Dosis, Einnahme)", 10)
    d.hand_line("1.", "Xarelto 20 mg 0-0-1 (3 Tage vor OP stoppen)")
    d.hand_line("2.", "Jardiance 10 mg 1-0-0 (3 Tage vor OP pausieren)")
    d.hand_line("3.", "Metformin 1000 mg 1-0-1")
    d.hand_line("4.", "Lisinopril 10 mg 1-0-0")
    d.hand_line("5.", "Eltroxin 75 µg 1-0-0 nüchtern")
    d.med("Xarelto", "Xarelto", "20", "mg", None, "0-0-1", "held")
    d.meds[-1]["aliases"] = ["rivaroxaban"]
    d.no("medications", "Xarelto", "stopped", "held before surgery")
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1-0-0", "held")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.no("medications", "Jardiance", "stopped", "held before surgery")
    d.med("Metformin", None, "1000", "mg", None, "1-0-1")
    d.med("Lisinopril", None, "10", "mg", None, "1-0-0")
    d.med("Eltroxin", "Eltroxin", "75", "µg", None, "1-0-0 nüchtern")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.title("Durch Anästhesie auszufüllen", 10)
    d.kv(
        [
            ("Gewicht:", Hand("102 kg")),
            ("Grösse:", Hand("176 cm")),
            ("BD:", Hand("138/84 mmHg")),
            ("Puls:", Hand("71/min")),
            ("SpO2:", Hand("96 %")),
            ("ASA:", Hand("III")),
        ],
        cols=3,
        lw=50,
    )
    d.vit("weight", "102", 102.0, None, "kg")
    d.vit("height", "176", 176.0, None, "cm")
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mmHg")
    d.vit("heart_rate", "71", 71.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.hand_line("Labor " + d.d("2025-05-28") + ":", "Hb 13,9 g/dl  Krea 94 µmol/l  HbA1c 7,2 %  Kalium 4,5", 10.5)
    iso = "2025-05-28"
    d.lab("Hb", "13,9", "g/dl", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Krea", "94", "µmol/l", None, None, None, None, iso, ["Creatinine"])
    d.lab("HbA1c", "7,2", "%", None, None, None, None, iso)
    d.lab("Kalium", "4,5", None, None, None, None, None, iso, ["Potassium"])
    d.signature("Dr. med. Seraina Casutt", "Oberärztin Anästhesiologie")
    return d


# ---------------------------------------------------------------------------- 22 British Columbia
@document
def d22():
    d = Doc(
        22,
        "british_columbia_new_patient_intake_form",
        "Canada (British Columbia)",
        "medical_record",
        "family practice new patient intake form (2 pages, tick boxes, handwritten)",
        "Y-m-d",
    )
    d.letterhead(
        "Kootenay Lake Family Practice",
        ["518 Vernon St, Nelson, BC V1L 4E5", "Tel 250-352-6611  Fax 250-352-6612"],
        right=["NEW PATIENT INTAKE", "Please complete both pages"],
        color=(0.1, 0.35, 0.3),
    )
    d.kv(
        [
            ("Name:", Hand("Priya Deshpande-Morrison")),
            ("Date of birth:", Hand("1984-08-02")),
            ("PHN:", Hand("9876 543 210")),
            ("Today's date:", Hand("2025-01-21")),
        ],
        lw=85,
    )
    d.title("Do you have, or have you had, any of the following?", 10)
    d.checks(
        [
            ("High blood pressure", "N", ""),
            ("Diabetes", "N", ""),
            ("Asthma or COPD", "Y", "asthma since age 10"),
            ("Thyroid disease", "Y", "Hashimoto's - on Synthroid"),
            ("Migraine", "Y", "with aura, ~2/month"),
            ("Depression / anxiety", "Y", "generalized anxiety disorder"),
            ("Heart disease", "N", ""),
            ("Blood clots (DVT/PE)", "N", ""),
            ("Cancer", "N", ""),
            ("Kidney stones", None, "2016 - passed, none since"),
        ],
        qw=0.5,
    )
    d.cond("asthma", "active", None, ["Asthma"])
    d.cond("Hashimoto's", "active", None, ["Hashimoto thyroiditis", "hypothyroidism"])
    d.cond("Migraine", "active", None, ["migraine with aura"])
    d.cond("generalized anxiety disorder", "active")
    for n in ("High blood pressure", "Diabetes", "Heart disease", "Blood clots (DVT/PE)", "Cancer"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "Kidney stones", "historical")
    d.title("Surgeries / hospital stays", 10)
    d.hand_line("", "C-section 2015, laparoscopic appendectomy 2009", 10.5)
    d.no("conditions", "appendectomy", "historical")
    d.title("Allergies (medicine, food, other) and reaction", 10)
    d.hand_line("1.", "Codeine - vomiting", 10.5)
    d.hand_line("2.", "Peanuts - throat swelling (carries EpiPen)", 10.5)
    d.hand_line("3.", "Ciprofloxacin - hives", 10.5)
    d.alg("Codeine", "vomiting")
    d.alg("Peanuts", "throat swelling")
    d.alg("Ciprofloxacin", "hives")
    d.title("Current medications (include vitamins and puffers)", 10)
    d.hand_line("1.", "Synthroid 100 mcg once daily", 10.5)
    d.hand_line("2.", "Symbicort 200/6 - 1 puff twice daily + as needed", 10.5)
    d.hand_line("3.", "Sertraline 100 mg daily", 10.5)
    d.hand_line("4.", "Rizatriptan 10 mg at migraine onset, max 2/day", 10.5)
    d.hand_line("5.", "EpiPen 0.3 mg as needed", 10.5)
    d.hand_line("6.", "Vitamin D 1000 IU daily", 10.5)
    d.med("Synthroid", "Synthroid", "100", "mcg", None, "once daily")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Symbicort", "Symbicort", "200/6", None, None, "1 puff twice daily + as needed")
    d.med("Sertraline", None, "100", "mg", None, "daily")
    d.med("Rizatriptan", None, "10", "mg", None, "at migraine onset, max 2/day")
    d.med("EpiPen", "EpiPen", "0.3", "mg", None, "as needed")
    d.med("Vitamin D", None, "1000", "IU", None, "daily")
    d.hand_line("Stopped:", "combined birth control pill - stopped 2024 (migraine with aura)", 10.5)
    d.med("combined birth control pill", None, None, None, None, None, "stopped")
    d.no("medications", "combined birth control pill", "stopped")
    d.newpage()
    d.title("Family history - tick all that apply", 10)
    fam_grid(
        d,
        [
            ("Heart attack before 60", ("Father",)),
            ("Type 2 diabetes", ("Mother", "Grandparent")),
            ("Breast or ovarian cancer", ()),
            ("Osteoporosis", ("Mother",)),
            ("Stroke", ()),
        ],
    )
    d.no("conditions", "Heart attack before 60", "family")
    d.no("conditions", "Type 2 diabetes", "family")
    d.no("conditions", "Osteoporosis", "family")
    d.title("Immunizations", 10)
    d.checks(
        [
            ("Tetanus booster in the last 10 years", "Y", "Tdap 2015-03-09 (pregnancy)"),
            ("Flu shot this season", "Y", "2024-10-22 at pharmacy"),
            ("Hepatitis B series", "N", "never had"),
            ("COVID-19 vaccine", "Y", "last dose 2023-11-06"),
        ],
        qw=0.5,
    )
    d.imm("Tdap", "2015-03-09", None, None, None)
    d.imm("Flu shot", "2024-10-22", None, None, None)
    d.imm("COVID-19 vaccine", "2023-11-06", None, None, None)
    d.no("immunizations", "Hepatitis B series", "other", "never had")
    d.title("Lifestyle", 10)
    d.checks(
        [
            ("Do you smoke or vape?", "N", ""),
            ("Alcohol more than 10 drinks/week?", "N", "2-3/week"),
            ("Regular exercise?", "Y", "hiking, yoga"),
        ],
        qw=0.5,
    )
    d.title("Office use - MOA", 10)
    d.kv(
        [
            ("BP:", Hand("122/78")),
            ("Pulse:", Hand("68")),
            ("Weight:", Hand("64.5 kg")),
            ("Height:", Hand("163 cm")),
            ("BMI:", Hand("24.3")),
            ("Initials:", Hand("JT")),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "122/78", 122.0, 78.0, None)
    d.vit("heart_rate", "68", 68.0, None, None)
    d.vit("weight", "64.5", 64.5, None, "kg")
    d.vit("height", "163", 163.0, None, "cm")
    d.vit("bmi", "24.3", 24.3, None, None)
    return d


# ---------------------------------------------------------------------------- 23 Indiana
@document
def d23():
    d = Doc(
        23,
        "indiana_ccda_ccd",
        "United States (Indiana)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)",
        "m/d/Y",
        size=letter,
    )
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Gerald W. Hoffmeyer", "Contact info", "4127 N Delaware St, Indianapolis, IN 46205, US"],
            ["Date of birth", "January 17, 1950", "Sex", "Male"],
            ["Patient IDs", "MRN 20877143 (2.16.840.1.113883.3.6104)", "Language", "English"],
            ["Document Id", "b42c-77e1-0f9a (2.16.840.1.113883.19.5.99)", "Created", "March 19, 2025, 15:40 -0400"],
            ["Author", "Angela Ruiz, MD, Broad Ripple Internal Medicine", "Custodian", "Hoosier Health Partners"],
            ["Documentation of", "Care provision, 03/18/2025", "Encounter", "Office visit 03/18/2025"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = "Gerald W. Hoffmeyer - Continuity of Care Document - created March 19, 2025"
    ccda_section(d, "Allergies, Adverse Reactions, Alerts", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Sulfa (sulfonamide antibiotics)", "Stevens-Johnson syndrome", "Severe", "Active"],
            ["Bee venom", "Anaphylaxis", "Severe", "Active"],
            ["Atorvastatin", "Myalgia", "Mild", "Active"],
            ["Amoxicillin", "Rash", "Mild", "Inactive - refuted (tolerated 2023)"],
        ],
        [2.4, 2, 1, 2.2],
        size=8,
    )
    d.alg("Sulfa", "Stevens-Johnson syndrome", "Severe")
    d.alg("Bee venom", "Anaphylaxis", "Severe")
    d.alg("Atorvastatin", "Myalgia", "Mild")
    d.no("allergies", "Amoxicillin", "negated", "refuted")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Rosuvastatin 10 MG Oral Tablet", "10 mg by mouth at bedtime", "2022", "Active"],
            ["Tamsulosin 0.4 MG Oral Capsule", "0.4 mg by mouth daily after dinner", "2020", "Active"],
            ["Carvedilol 12.5 MG Oral Tablet", "12.5 mg by mouth twice daily", "2021", "Active"],
            ["Valsartan 160 MG Oral Tablet", "160 mg by mouth daily", "2021", "Active"],
            ["Clopidogrel 75 MG Oral Tablet", "75 mg by mouth daily", "2021", "Active"],
            ["Semaglutide 1 MG/DOSE Pen Injector [Ozempic]", "1 mg subcutaneously once weekly", "2024", "Active"],
            ["Insulin Aspart 100 UNT/ML Pen [NovoLog FlexPen]", "6 units subcutaneously with meals", "2023", "Active"],
            ["Allopurinol 100 MG Oral Tablet", "100 mg by mouth daily", "2019", "Discontinued 01/06/2025"],
        ],
        [3.3, 2.6, 0.7, 1.4],
        size=8,
    )
    d.med("Rosuvastatin", None, "10", "mg", "by mouth", "at bedtime")
    d.med("Tamsulosin", None, "0.4", "mg", "by mouth", "daily after dinner")
    d.med("Carvedilol", None, "12.5", "mg", "by mouth", "twice daily")
    d.med("Valsartan", None, "160", "mg", "by mouth", "daily")
    d.med("Clopidogrel", None, "75", "mg", "by mouth", "daily")
    d.med("Semaglutide", "Ozempic", "1", "mg", "subcutaneously", "once weekly")
    d.med("Insulin Aspart", "NovoLog FlexPen", "6", "units", "subcutaneously", "with meals")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Allopurinol", "stopped")
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Type 2 diabetes mellitus with diabetic chronic kidney disease", "E11.22", "Active", "2008"],
            ["Coronary artery disease of native coronary artery", "I25.10", "Active", "2021"],
            ["Benign prostatic hyperplasia with lower urinary tract symptoms", "N40.1", "Active", "2020"],
            ["Chronic kidney disease, stage 3b", "N18.32", "Active", "2023"],
            ["Gout", "M10.9", "Resolved", "2019"],
        ],
        [3.4, 1.2, 1, 1],
        size=8,
    )
    d.cond("Type 2 diabetes mellitus with diabetic chronic kidney disease", "active", "E11.22")
    d.cond("Coronary artery disease of native coronary artery", "active", "I25.10")
    d.cond("Benign prostatic hyperplasia with lower urinary tract symptoms", "active", "N40.1")
    d.cond("Chronic kidney disease, stage 3b", "active", "N18.32")
    d.no("conditions", "Gout", "historical")
    ccda_section(d, "Results", "results")
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [
            ["Hemoglobin A1c", "7.8", "%", "4.0-5.6", "High", "03/18/2025"],
            ["Creatinine", "1.62", "mg/dL", "0.76-1.27", "High", "03/18/2025"],
            ["eGFR", "44", "mL/min/1.73m2", ">59", "Low", "03/18/2025"],
            ["Albumin/Creatinine Ratio, Urine", "186", "mg/g", "0-29", "High", "03/18/2025"],
            ["Potassium", "5.0", "mmol/L", "3.5-5.2", "Normal", "03/18/2025"],
            ["LDL Cholesterol", "64", "mg/dL", "0-99", "Normal", "03/18/2025"],
            ["PSA, total", "3.1", "ng/mL", "0.0-4.0", "Normal", "03/18/2025"],
        ],
        [2.4, 0.8, 1.2, 1.2, 1.1, 1.1],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, al in [
        ("Hemoglobin A1c", "7.8", "%", 4.0, 5.6, None, "high", ["HbA1c"]),
        ("Creatinine", "1.62", "mg/dL", 0.76, 1.27, None, "high", []),
        ("eGFR", "44", "mL/min/1.73m2", 59.0, None, ">59", "low", []),
        ("Albumin/Creatinine Ratio, Urine", "186", "mg/g", 0.0, 29.0, None, "high", ["UACR"]),
        ("Potassium", "5.0", "mmol/L", 3.5, 5.2, None, "normal", []),
        ("LDL Cholesterol", "64", "mg/dL", 0.0, 99.0, None, "normal", []),
        ("PSA, total", "3.1", "ng/mL", 0.0, 4.0, None, "normal", ["Prostate specific antigen"]),
    ]:
        d.lab(t, v, u, lo, hi, rt, f, "2025-03-18", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "Weight", "Height", "BMI"],
        [["03/18/2025", "138/76 mm[Hg]", "64 /min", "14 /min", "98.1 [degF]", "214 [lb_av]", "70 [in_i]", "30.7 kg/m2"]],
        [1.2, 1.3, 1, 1, 1.1, 1.1, 1, 1],
        size=8,
    )
    d.vit("blood_pressure", "138/76", 138.0, 76.0, "mm[Hg]")
    d.vit("heart_rate", "64", 64.0, None, "/min")
    d.vit("respiratory_rate", "14", 14.0, None, "/min")
    d.vit("temperature", "98.1", 98.1, None, "[degF]")
    d.vit("weight", "214", 214.0, None, "[lb_av]")
    d.vit("height", "70", 70.0, None, "[in_i]")
    d.vit("bmi", "30.7", 30.7, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Zoster vaccine recombinant, adjuvanted (Shingrix) dose 2", "09/30/2024", "Completed", "7K3P2"],
            ["Zoster vaccine recombinant, adjuvanted (Shingrix) dose 1", "06/24/2024", "Completed", "6Z9L8"],
            ["Influenza, adjuvanted, trivalent", "10/21/2024", "Completed", "FA6628"],
            ["Respiratory syncytial virus vaccine (Abrysvo)", "-", "Refused", "-"],
            ["Hepatitis B, adult (Heplisav-B)", "-", "Not done - immune (anti-HBs positive)", "-"],
        ],
        [3.2, 1.1, 1.9, 0.9],
        size=8,
    )
    d.imm("Shingrix", "2024-09-30", 2, "7K3P2", None)
    d.imm("Shingrix", "2024-06-24", 1, "6Z9L8", None)
    d.imm("Influenza, adjuvanted, trivalent", "2024-10-21", None, "FA6628", None)
    d.no("immunizations", "Respiratory syncytial virus vaccine", "other", "refused")
    d.no("immunizations", "Hepatitis B, adult", "other", "immune")
    ccda_section(d, "Family History", "familyhistory")
    d.table(
        ["Relative", "Condition", "Age at onset"],
        [["Father", "Abdominal aortic aneurysm", "71"], ["Brother", "Prostate cancer", "66"]],
        [1.5, 3, 1.5],
        size=8,
    )
    d.no("conditions", "Abdominal aortic aneurysm", "family")
    d.no("conditions", "Prostate cancer", "family")
    ccda_section(d, "Social History", "social")
    d.para("Tobacco use: former smoker, quit 1995 (20 pack-years). Alcohol: occasional.", 8.5)
    ccda_section(d, "Plan of Treatment", "plan")
    d.para(
        "Allopurinol discontinued 01/06/2025 (no gout flares for 5 years). Abdominal aortic aneurysm screening "
        "ultrasound ordered. Urine microalbumin repeat in 3 months. Start finerenone 10 mg daily if potassium "
        "remains at or below 5.0 on repeat testing. Lipid panel pending from outside lab.",
        8.5,
    )
    d.no("medications", "finerenone", "planned", "conditional")
    d.no("labs", "Lipid panel", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 24 Algarve
@document
def d24():
    d = Doc(
        24,
        "algarve_ed_triage_scan",
        "Algarve (Portugal)",
        "medical_record",
        "emergency department Manchester triage sheet (tick boxes, handwritten, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 2.2, "blur": 0.8},
        lang="Portuguese",
        comma=True,
    )
    d.letterhead(
        "Unidade Local de Saúde do Algarve – Hospital de Faro",
        ["Serviço de Urgência Polivalente", "Rua Leão Penedo, 8000-386 Faro"],
        right=["TRIAGEM DE PRIORIDADES", "Sistema de Manchester"],
        size=12,
        color=(0.0, 0.3, 0.45),
    )
    d.kv(
        [
            ("Nome:", Hand("Joaquim Manuel Guerreiro")),
            ("Idade:", Hand("79 anos")),
            ("Entrada:", Hand("27/01/2025  22:15")),
            ("N.º utente SNS:", Hand("231 448 906")),
        ],
        lw=90,
    )
    d.hand_line("Queixa principal:", "falta de ar progressiva desde ontem, ortopneia, tosse com expetoração rosada", 10.5)
    d.kv(
        [
            ("Fluxograma:", Hand("Dispneia no adulto")),
            ("Discriminador:", Hand("SpO2 baixa / esforço resp.")),
        ],
        lw=80,
    )
    d.title("Sinais vitais", 10)
    d.table(
        ["TA (mmHg)", "FC (bpm)", "FR (cpm)", "Temp. (°C)", "SpO2 (%)", "Glicémia capilar (mg/dL)"],
        [[Hand("178/96"), Hand("108"), Hand("28"), Hand("36,4"), Hand("86"), Hand("162")]],
        [1.2, 1, 1, 1, 1, 1.6],
        size=8.6,
    )
    d.vit("blood_pressure", "178/96", 178.0, 96.0, "mmHg")
    d.vit("heart_rate", "108", 108.0, None, "bpm")
    d.vit("respiratory_rate", "28", 28.0, None, "cpm")
    d.vit("temperature", "36,4", 36.4, None, "°C")
    d.vit("oxygen_saturation", "86", 86.0, None, "%")
    d.lab("Glicémia capilar", "162", "mg/dL", None, None, None, None, "2025-01-27", ["Capillary glucose"])
    d.hand_line("INR (POC):", "2,6", 10.5)
    d.lab("INR (POC)", "2,6", None, None, None, None, None, "2025-01-27", ["INR"])
    d.title("Antecedentes pessoais", 10)
    d.checks(
        [
            ("Hipertensão arterial", "Y", ""),
            ("Diabetes", "N", ""),
            ("Cardiopatia isquémica", "Y", "enfarte 2020, stent"),
            ("Insuficiência cardíaca", "Y", ""),
            ("Fibrilhação auricular", "Y", "hipocoagulado"),
            ("DPOC / Asma", "N", ""),
            ("Doença renal crónica", "N", ""),
        ],
        qw=0.45,
        labels=("Sim", "Não", "Observações"),
    )
    d.cond("Hipertensão arterial", "active", None, ["hypertension"])
    d.cond("Cardiopatia isquémica", "active", None, ["ischaemic heart disease"])
    d.cond("Insuficiência cardíaca", "active", None, ["heart failure"])
    d.cond("Fibrilhação auricular", "active", None, ["atrial fibrillation"])
    for n in ("Diabetes", "DPOC / Asma", "Doença renal crónica"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "enfarte", "historical", "2020")
    d.checks(
        [
            ("Alergias medicamentosas", "Y", "AAS – angioedema; metamizol – urticária"),
            ("Alergia a contraste iodado", "N", ""),
        ],
        qw=0.45,
        labels=("Sim", "Não", "Quais?"),
    )
    d.alg("AAS", "angioedema")
    d.alg("metamizol", "urticária")
    d.no("allergies", "contraste iodado", "checkbox_no")
    d.hand_line("Medicação habitual:", "Varfarina 5 mg conforme esquema, Clopidogrel 75 mg 1x/dia,", 10.5)
    d.hand_line("", "Furosemida 40 mg 1x/dia, Bisoprolol 2,5 mg 1x/dia, Sacubitril/valsartan 24/26 mg 2x/dia", 10.5)
    d.med("Varfarina", None, "5", "mg", None, "conforme esquema")
    d.med("Clopidogrel", None, "75", "mg", None, "1x/dia")
    d.med("Furosemida", None, "40", "mg", None, "1x/dia")
    d.med("Bisoprolol", None, "2,5", "mg", None, "1x/dia")
    d.med("Sacubitril/valsartan", None, "24/26", "mg", None, "2x/dia")
    d.title("Prioridade", 10)
    d.hand_line("", "LARANJA (muito urgente) – sala de emergência. Provável edema agudo do pulmão.", 10.5)
    d.no("conditions", "edema agudo do pulmão", "other", "probable, triage")
    d.title("Atuação na triagem", 10)
    d.hand_line("22:25", "O2 por máscara 6 L/min; Nitroglicerina 0,4 mg SL", 10.5)
    d.hand_line("22:30", "Captopril 25 mg SL (Dr.ª Pires)", 10.5)
    d.no("medications", "Nitroglicerina", "other", "single dose in the ED")
    d.no("medications", "Captopril", "other", "single dose in the ED")
    d.hand_line("Enf.:", "Enf.ª Catarina Sousa", 10.5)
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
    rels.append("make_heldout24.py")
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
        with open(
            os.path.join(outdir, "truth", "drawn", f"{doc.stem}.txt"), "w", encoding="utf-8"
        ) as f:
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout24.py"))
    lines = manifest_lines(outdir)
    with open(os.path.join(outdir, "MANIFEST.sha256"), "w") as f:
        f.write("\n".join(lines) + "\n")
    rp = os.path.join(outdir, "README.md")
    if readme == "write" or (readme == "keep" and not os.path.exists(rp)):
        with open(rp, "w", encoding="utf-8") as f:
            f.write(make_readme(info, tot, mn))
    print(
        f"built {len(info)} documents, {sum(i['pages'] for i in info)} pages, "
        f"{sum(tot.values())} scored rows {tot}, {mn} must_not; manifest {len(lines)} entries"
    )
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
    base = "/tmp/heldout24_work/determinism"
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


STATUS = (
    "**Status:** held out. Commissioned at the end of 2.17.0's round, before any 2.18.0 rule changed, frozen "
    "unscored; scored blind at the end of 2.19.0's round, never opened before."
)

BASE_CONVENTIONS = [
    "- A row is a current fact that a careful clinician would enter in the record from this "
    "document. Lab rows carry the collection date of their column or row, one row per value per "
    "date. Previous-result columns and cumulative columns therefore give rows with their own dates.",
    '- `flag`: the printed flag (H/L -> high/low, HH/LL or "critical" -> critical, '
    "reactive/positive -> abnormal). If no flag is printed and a reference is printed, the flag is "
    '"normal". With no reference it is null.',
    "- Stopped, held and completed medicines are rows with that status AND a must_not row (why "
    '"stopped"). One-off doses given in a clinic, ED or ward are must_not rows only (why "other").',
    "- Due, planned, declined or not-indicated vaccines, and negated, family, planned, ruled-out or "
    "suspected conditions and allergies, are must_not rows only. A resolved past problem is a "
    'must_not row with why "historical". Declined or not-indicated vaccines, pending results and '
    'suspected diagnoses use why "other". Conditions or medicines named only in patient leaflet / '
    'advice text use why "leaflet". Items ticked "No" on a form use why "checkbox_no". '
    'Planned/to-start medicines use why "planned".',
    "- Names are kept as printed, in the document's language (e.g. Kreatinin, Qlükoza, Metformina); an "
    "English name is given in `aliases` where it helps. Values printed with a decimal comma keep the "
    'comma in `value_text` ("5,4"); `value_numeric` is the number (5.4). Thousands points '
    '("45.000 /mL") are read as thousands.',
    "- Local flag marks map the same way: \u2191/\u2193 and (H)/(L) -> high/low, (A)/(B) (alto/bajo, "
    'acima/abaixo) -> high/low, "Alto" -> high, "Alterado" and positive qualitative results -> abnormal.',
    "- Courses given only on the ward or in the ED (e.g. IV antibiotics, fluids, a single IV dose) are "
    'must_not rows (why "other"), not medication rows. A vaccine given at the visit is an '
    "immunisation row.",
    "- A due / declined / not-indicated vaccine is recorded as a must_not row only when that vaccine "
    "was not also given in the same document, so a must_not name never names a scored vaccine.",
    "- Vitals are the ones recorded for the visit (at discharge for discharge summaries); lab rows "
    "printed in prose without a reference have flag null.",
    "- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart "
    "from the document alone.",
    "- must_not `why` is one of: negated, family, historical, planned, due, stopped, checkbox_no, "
    "leaflet, other.",
    '- A row may carry `"optional": true` when a careful clinician could reasonably go either '
    "way (at most 1 per document).",
    "- Thousands separators of every local style are read as thousands (points, commas in English "
    "documents, a space in French); `value_text` keeps the printed form.",
    "- Qualitative results with a printed reference: a result matching the reference -> normal; "
    '"Reativo"/"Positif" and the like -> abnormal. A negative result in prose without a reference has '
    "flag null. Range-valued microscopy counts keep `value_numeric` null.",
    '- A vaccine not needed because of immunity (registry exemption) is a must_not row (why "other"); a '
    'past disease named as the reason is a must_not condition (why "historical").',
    '- A medicine named only as a question to the specialist or as a conditional next step ("consider X '
    'if ...") is a must_not row with why "planned".',
    '- A medicine held before surgery or suspended until a control result is a row with status "held" '
    'and a must_not row (why "stopped").',
]

SET21_ADDITIONS = [
    '- Flag words in their own column: Albanian "Lartë"/"Ulët" and Uzbek "Yuqori"/"Past" -> high/low; '
    '"*" explained in the legend as an abnormal result -> abnormal.',
    '- Urine dipstick grades ("++", "+++") and titres ("Reativo 1:8") against a negative reference -> '
    'abnormal, `value_numeric` null; a haemoglobin electrophoresis "Hb AS" against "Hb AA" -> abnormal; a '
    "blood group printed without a reference -> flag null.",
    '- A handwritten addendum value with a printed normal limit ("AFP 3.1 ng/mL (nl <8.3)") takes that '
    'reference (flag normal); one without a limit ("Anti-TPO 412 IU/mL - pozitiv") has flag null, as for '
    "prose values.",
    '- Registry "presumptive immunity (born before 1957)" and a recorded refusal are must_not rows (why '
    '"other"); no condition row, since no disease is named.',
    '- Doses printed as booster / "rappel" / "Record" / "Anual" / single ("unique", "Única") have '
    "`dose_number` null; numbered doses (1re/2e, 1a/2a/3a, Dose 1/2) keep their number.",
    '- A medicine to be deferred until after a procedure ("defer X until after surgery") is a must_not row '
    'with why "planned"; a medicine the form says to keep taking before surgery ("seguir tomando") is '
    "active.",
    "- A problem marked as resolved during the stay (e.g. acute kidney injury resolved by day 3) is a "
    'must_not row with why "historical"; a probable diagnosis on a triage sheet is why "other".',
]

SET22_ADDITIONS = [
    '- Flag marks in their own column: German "+"/"\u2212" (legend "oberhalb/unterhalb des '
    'Referenzbereichs") and Turkish "Yüksek"/"Düşük" -> high/low.',
    '- A positive rapid test printed without a reference ("TDR paludisme: positif") -> abnormal, as for '
    "other positive qualitative results; `value_numeric` null.",
    '- A handwritten addendum value with a printed range and a flag word ("PTH 14,2 pmol/L (ref 1,6-6,9) - '
    'verhoogd") takes that range and flag; one with a flag word but no limit ("iron sat 14% - low") has '
    "flag null, as in set 21.",
    '- Space-separated thousands inside table cells ("3 420", "96 000") are read as thousands; '
    "`value_text` keeps the printed form.",
    '- An allergy listed as inactive / refuted in a C-CDA is a must_not row (why "negated").',
    '- A birth dose ("Naissance", "VPO 0") has `dose_number` null; a vaccine planned for a later '
    'season ("in autunno") is why "due"; a dose postponed for stock-out is why "other".',
    "- In a medication plan with one column per time of day (Mo/Mi/Ab/zN), `frequency` is null, since the "
    'pattern is not printed as one string; a printed interval ("1x wöchentlich") is kept.',
    "- A diagnosis flagged as probable on a triage sheet but supported by a positive test printed on the same "
    "sheet is a scored condition marked `optional`.",
    "- A single dose given at a clinic visit that is not a vaccine (vitamin A) is a must_not row (why "
    '"other").',
]

SET23_ADDITIONS = [
    '- Flag marks: French "H"/"B" (haut/bas, legend printed), Vietnamese "Cao"/"Thấp" and Swahili '
    '"Juu"/"Chini" in a flag column -> high/low. Portuguese "ALTO" -> high and "ALTERADO" -> abnormal '
    'in a flag column, as "Alto"/"Alterado" before.',
    "- A cumulative report with the newest sample on the left gives each value the date of its own column; "
    '"LL"/"HH" explained in the legend as a critical value -> critical.',
    '- A specific gravity printed "1.020" in a decimal-comma document is 1.02 (`value_numeric` 1.02), not a '
    'thousands value; `value_text` keeps "1.020".',
    '- Swahili "Hasi"/"Chanya" are negative/positive: "Chanya" against a "Hasi" reference -> abnormal, '
    '"Hasi" against "Hasi" -> normal; a blood group without a reference has flag null.',
    '- A measurable monoclonal protein against the reference "Not observed" -> abnormal, with its '
    "`value_numeric`; a ratio printed without a unit has `unit` null.",
    '- Units are kept as printed, including haemoglobin in mmol/L, "UG/DO", "IE/ML" and UCUM-style '
    'brackets in a C-CDA ("[lb_av]").',
    '- A community-pharmacy medication overview: medicines under "Gestopte medicatie" are stopped; one '
    'marked "tijdelijk gestopt tot controle" is held; "start na tandartscontrole" is planned (must_not '
    'only); a registered intolerance ("Codeïne - ernstige obstipatie") is an allergy row; a registered '
    "kidney-function value (eGFR) is a lab row with flag null.",
    '- A medicine held after contrast with a resume date ("HOLD - resume 04/16/2025") is a row with status '
    '"held" and a must_not row (why "stopped").',
    '- A handwritten note naming a medicine the patient must not take ("NO sildenafil w/ nitro") is a '
    'must_not row (why "other"); it is not a medication row.',
    '- A form question that covers relatives ("Narkosezwischenfälle (auch bei Blutsverwandten)") answered '
    '"ja" for a brother is a must_not condition (why "family"); a medicine class ticked "No" '
    '("Anticoagulantes") is a must_not medication (why "checkbox_no").',
    '- Medicines and conditions named only in a patient-advice section inside a letter ("Consigli per il '
    'paziente", "Recomandări pentru pacient") use why "leaflet", as for a separate leaflet page.',
    '- A C-CDA allergy "Inactive - entered in error" is a must_not row (why "negated"); a C-CDA family '
    'history section gives must_not rows (why "family").',
    '- A vaccine dose postponed because the child had fever is why "other"; a questionnaire answer "never '
    'had" for a vaccine is why "other".',
    "- As in set 22, `date_ambiguous` is set by a mechanical rule for day-month date styles (day and month "
    "both 12 or less and different), even where other dates on the page show the order; US documents and "
    "ISO-style dates are never ambiguous.",
]


SET24_ADDITIONS = [
    '- Flag words: Malay "Tinggi"/"Rendah" in a flag column -> high/low (legend printed); "POS" explained in the '
    'legend as a positive result -> abnormal; Portuguese "Reactivo" against "Não reactivo" -> abnormal, "Não reactivo" '
    "against the same reference -> normal.",
    "- Units are kept as printed, including µkat/l for enzymes, eGFR in ml/s/1,73m², glucose in g/L and creatinine "
    "in mg/L. A cumulative report with the oldest sample on the left gives each value its own column date; dates "
    'printed without leading zeros ("4.3.2025"), as "12. 5. 2025" or as "2025.02.11." are read as such.',
    '- A dose reduced before the visit ("annus vähendatud") gives status "changed", marked `optional`; a medicine '
    'the referral asks the specialist about holding ("please advise on peri-procedure hold") stays active.',
    '- A completed steroid burst named in the history is a row with status "completed" and a must_not row (why '
    '"stopped"); a medicine listed as stopped on an intake form ("Stopped: ...") is a row with status "stopped" '
    "and a must_not row.",
    '- A test planned for later ("Thrombophilia vizsgálat ... 3 hónap múlva") is a must_not lab row with why '
    '"planned"; tests sent out or awaited are why "other", as before.',
    '- A vaccine not given because the person had the disease ("persirgo vėjaraupiais", "pārslimotas masalas") '
    'is a must_not row (why "other") plus a must_not condition (why "historical"); "balstdeva", "vienreizēja", '
    '"gimimo dozė" and "Booster" have `dose_number` null; a forecast line for a vaccine given in the same record is '
    "not a must_not row.",
    '- A handwritten note telling the patient not to take a medicine ("Non prendere Brufen") is a must_not row '
    '(why "other"), as in set 23; a family-history grid tick gives a must_not condition (why "family").',
    '- A handwritten value with a printed limit and a flag word ("ferritin 1,240 ng/mL (nl 30-400) - high") takes '
    "that range and flag; the English thousands comma in it is read as thousands.",
]


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
    L = [
        "# Held-out extraction test set 24",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas, thousands separators, date styles, flag words and abbreviations; the rest in English. "
        "All content and truth rows are written by hand in `make_heldout24.py` (no generator of clinical "
        "content). The rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick "
        "boxes, scan simulation, self-checks, manifest, --check and --determinism) was copied from "
        "`bench/heldout23/make_heldout23.py` with `cp` and adapted (set number, paths, seeds, status line, "
        "README text); the self-check bounds were kept, and the only additions to the machinery are flag-map "
        'entries for the Malay "Tinggi"/"Rendah" flag words and the "POS" mark; the helpers for previous-result '
        "and cumulative columns were reused as they were. The document content is new. Six documents are scans: "
        f"pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
        "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings.",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 23's README, build script and one truth "
        "file (`bench/heldout23/truth/01_bornholm_cumulative_lab.json`, for format), plus the file names of "
        "earlier sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository "
        "was opened; the pipeline, extractor and scorer were not read or run on these documents, no OCR was run, "
        "ruff was not run, and git was not run. The build's self-check compares each truth string with the "
        "strings drawn and, for documents that are not scans, with the PDF text layer read by pypdfium2. The "
        "author looked at renderings of every page before scan simulation (made with pypdfium2 under "
        "/tmp/heldout24_work) and fixed layout overlaps in four documents (header fields and one letterhead), one "
        "handwritten form entry running past the page edge and one orphaned heading; no scanned output was looked "
        "at. `truth/drawn/*.txt` records the strings drawn into each document.",
        "",
        "Build: `python make_heldout24.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout24_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 23 (set 20's list, set 21's, set 22's and set 23's additions), restated here; "
        "this set's additions follow at the end:",
        "",
    ]
    L += BASE_CONVENTIONS + ["", "Set 21's additions (kept):", ""] + SET21_ADDITIONS
    L += ["", "Set 22's additions (kept):", ""] + SET22_ADDITIONS
    L += ["", "Set 23's additions (kept):", ""] + SET23_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET24_ADDITIONS
    L += [
        "",
        "## Totals",
        "",
        f"- Documents: {len(info)}; pages: {sum(i['pages'] for i in info)}; scans: "
        f"{sum(1 for i in info if i['doc'].scan)}; with handwriting: "
        f"{sum(1 for i in info if i['doc'].hand_used)}",
        "- Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())),
        f"- Scored rows: {sum(tot.values())} ("
        + ", ".join(f"{k} {v}" for k, v in tot.items())
        + ")",
        f"- must_not rows: {mn} (" + ", ".join(f"{k} {v}" for k, v in sorted(why.items())) + ")",
        "",
        "## Documents",
        "",
        "| # | file | country | language | document_type | kind | pages | scan | handwritten | date style | rows "
        "| must_not |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for i in info:
        d, t = i["doc"], i["truth"]
        rows = sum(len(t[c]) for c in CATS)
        scan = (
            f"{d.ext.upper()} {d.scan['dpi']} dpi, {d.scan['angle']:+.1f} deg" if d.scan else "no"
        )
        L.append(
            f"| {d.num} | {t['file']} | {d.country} | {d.lang} | {d.dtype} | {d.kind} | {i['pages']} | "
            f"{scan} | {'yes' if d.hand_used else 'no'} | {d.style} | {rows} | {len(t['must_not'])} |"
        )
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--check" in args:
        check()
    elif "--determinism" in args:
        determinism()
    else:
        build(HERE, readme="write" if "--write-readme" in args else "keep")
