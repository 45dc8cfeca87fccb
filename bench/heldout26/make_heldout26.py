#!/usr/bin/env python
"""Build held-out extraction test set 26 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout26.py                 build into this folder (keeps an existing README)
    python make_heldout26.py --check         verify MANIFEST.sha256
    python make_heldout26.py --determinism   build twice under /tmp/heldout26_work, compare
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
        self.rng = random.Random("heldout26-hand-v1-" + self.stem)
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
        c.setTitle(f"Held-out 26 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout26.py")
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
        int(hashlib.sha256(("heldout26-scan-v1-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# Set 25 flag marks: Romanian "Crescut"/"Scăzut" and Afrikaans "Hoog"/"Laag" (legends printed on the reports).
FLAGMAP.update({"Crescut": "high", "Scăzut": "low", "Hoog": "high", "Laag": "low"})


# Set 26 flag marks: Latvian "paaugst."/"pazem.", Croatian "povišen"/"snižen" and Turkish "ANORMAL"
# (legends printed on the reports).
# Albanian "Lartë"/"Ulët" (set 21 convention) written after the value in cumulative cells.
FLAGMAP.update({"paaugst.": "high", "pazem.": "low", "povišen": "high", "snižen": "low", "ANORMAL": "abnormal"})
FLAGMAP.update({"Lartë": "high", "Ulët": "low"})


# ---------------------------------------------------------------------------- 01 Tartu
@document
def d01():
    d = Doc(
        1,
        "tartu_cumulative_lab",
        "Tartu County (Estonia)",
        "lab_result",
        "lab report (cumulative, 3 dates, oldest first, critical value, space thousands, pending and unprocessed tests)",
        "d.m.Y",
        lang="Estonian",
        comma=True,
    )
    d.letterhead(
        "Tartu Ülikooli Kliinikum",
        ["Ühendlabor, L. Puusepa 8, 50406 Tartu", "Labori infotelefon 731 9310"],
        right=["KUMULATIIVNE VASTUS", "Väljastatud: 21.05.2025 09:04"],
        size=12.5,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Patsient:", "Maie Tamm"),
            ("Isikukood:", "45203142718"),
            ("Saatja:", "dr Kadri Lepik"),
            ("Asutus:", "Elva Perearstikeskus"),
        ],
        lw=70,
    )
    d.para(
        "\u2191 / \u2193 – tulemus üle / alla referentsvahemiku. \u2191\u2191 / \u2193\u2193 – kriitiline väärtus, "
        "teatatud telefoni teel saatnud arstile. – : ei määratud. Vanim proov vasakul.",
        8,
    )
    dates = ["2024-11-12", "2025-02-18", "2025-05-20"]
    rows = [
        ("Hemoglobiin", ["Haemoglobin"], "g/L", "117 – 153", 117.0, 153.0, None, ["124", "109 \u2193", "113 \u2193"]),
        ("Leukotsüüdid", ["White cell count"], "E9/L", "3,5 – 8,8", 3.5, 8.8, None, ["6,2", "9,4 \u2191", "7,1"]),
        ("Trombotsüüdid", ["Platelets"], "E9/L", "145 – 390", 145.0, 390.0, None, ["231", "262", "244"]),
        ("Naatrium", ["Sodium"], "mmol/L", "136 – 145", 136.0, 145.0, None, ["139", "134 \u2193", "137"]),
        ("Kaalium", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ["4,8", "6,7 \u2191\u2191", "5,0"]),
        ("Kreatiniin", ["Creatinine"], "µmol/L", "45 – 84", 45.0, 84.0, None, ["112 \u2191", "168 \u2191", "121 \u2191"]),
        ("eGFR (CKD-EPI)", ["eGFR"], "mL/min/1,73m²", "> 60", 60.0, None, "> 60", ["41 \u2193", "25 \u2193", "37 \u2193"]),
        ("Uurea", ["Urea"], "mmol/L", "3,2 – 8,2", 3.2, 8.2, None, ["9,8 \u2191", "17,4 \u2191", "11,0 \u2191"]),
        ("Glükoos (paastu)", ["Fasting glucose"], "mmol/L", "4,1 – 6,0", 4.1, 6.0, None, ["6,4 \u2191", "—", "5,9"]),
        ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, ["6,6 \u2191", "—", "6,4 \u2191"]),
        ("CRV", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["3", "38 \u2191", "4"]),
        ("NT-proBNP", [], "ng/L", "< 125", None, 125.0, "< 125", ["1 150 \u2191", "2 480 \u2191", "1 320 \u2191"]),
        ("TSH", ["Thyroid stimulating hormone"], "mIU/L", "0,27 – 4,2", 0.27, 4.2, None, ["—", "—", "3,12"]),
    ]
    tab = cumul(d, rows, dates)
    for r in d.labs:  # space as thousands separator ("2 480")
        if " " in r["value_text"]:
            r["value_numeric"] = float(r["value_text"].replace(" ", ""))
    d.title("Kliiniline keemia ja hematoloogia – tulemuste koondtabel", 10.5)
    d.table(
        ["Analüüs"] + [d.d(x) for x in dates] + ["Ühik", "Referents"],
        tab,
        [1.9, 1.2, 1.2, 1.2, 1.3, 1.2],
    )
    d.para(
        "18.02.2025: Kaalium 6,7 mmol/L – kriitiline väärtus, teatatud telefoni teel dr K. Lepikule kell 11.20 "
        "(võttis vastu õde M. Saar).",
        8.5,
    )
    d.para(
        "20.05.2025: D-vitamiin (25-OH) – analüüs töös, vastus järgneb. Uriini mikroalbumiin – "
        "proov saabus märgistamata, ei analüüsitud; palun saata uus proov.",
        8.5,
    )
    d.no("labs", "D-vitamiin (25-OH)", "other", "pending")
    d.no("labs", "Uriini mikroalbumiin", "other", "not processed")
    d.para("Vastuse kinnitas: Liina Kask, laborispetsialist", 8)
    return d


# ---------------------------------------------------------------------------- 02 Kurzeme
@document
def d02():
    d = Doc(
        2,
        "kurzeme_lab_previous",
        "Kurzeme (Latvia)",
        "lab_result",
        "lab report (previous-result column, flag abbreviations paaugst. / pazem., trailing-dot dates)",
        "d.m.Y.",
        lang="Latvian",
        comma=True,
    )
    d.letterhead(
        "SIA Liepājas reģionālā slimnīca",
        ["Klīniskā laboratorija, Slimnīcas iela 25, Liepāja, LV-3414", "Tālr. 63 403 150"],
        right=["LABORATORISKO IZMEKLĒJUMU REZULTĀTI", "Pasūtījuma Nr. 25-041967"],
        size=12,
        color=(0.45, 0.05, 0.15),
    )
    d.kv(
        [
            ("Pacients:", "Jānis Bērziņš"),
            ("Personas kods:", "150961-10457"),
            ("Nosūtītājs:", "ģimenes ārste Inga Kalniņa, Kuldīga"),
            ("Parauga ņemšana:", "24.04.2025. plkst. 08:15"),
        ],
        cols=1,
        lw=110,
    )
    d.para(
        "paaugst. / pazem. – rezultāts virs / zem references intervāla. Iepriekšējais rezultāts: 14.01.2025.",
        8,
    )
    rows = [
        ("Hemoglobīns", ["Haemoglobin"], "g/L", "130 – 170", 130.0, 170.0, None, "142", "139"),
        ("Leikocīti", ["White cell count"], "10^9/L", "4,0 – 9,8", 4.0, 9.8, None, "8,1", "7,6"),
        ("Glikoze (tukšā dūšā)", ["Fasting glucose"], "mmol/L", "3,9 – 5,6", 3.9, 5.6, None, "7,2 paaugst.", "8,0 paaugst."),
        ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, "7,0 paaugst.", "7,6 paaugst."),
        ("Kreatinīns", ["Creatinine"], "µmol/L", "64 – 104", 64.0, 104.0, None, "96", "91"),
        ("eGFR", [], "mL/min/1,73m²", "> 60", 60.0, None, "> 60", "74", "79"),
        ("Urīnskābe", ["Uric acid"], "µmol/L", "208 – 428", 208.0, 428.0, None, "512 paaugst.", "561 paaugst."),
        ("Kopējais holesterīns", ["Total cholesterol"], "mmol/L", "< 5,0", None, 5.0, "< 5,0", "4,6", "5,9 paaugst."),
        ("ZBL holesterīns", ["LDL cholesterol"], "mmol/L", "< 1,8", None, 1.8, "< 1,8", "2,4 paaugst.", "3,7 paaugst."),
        ("ABL holesterīns", ["HDL cholesterol"], "mmol/L", "> 1,0", 1.0, None, "> 1,0", "0,92 pazem.", "0,95 pazem."),
        ("Triglicerīdi", ["Triglycerides"], "mmol/L", "< 1,7", None, 1.7, "< 1,7", "2,1 paaugst.", "2,6 paaugst."),
        ("ALAT", ["Alanine aminotransferase"], "U/L", "< 41", None, 41.0, "< 41", "38", "44 paaugst."),
        ("Kālijs", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, "4,4", "—"),
        ("Feritīns", ["Ferritin"], "µg/L", "30 – 400", 30.0, 400.0, None, "—", "186"),
    ]
    d.title("Klīniskā ķīmija un hematoloģija", 10.5)
    tab = prevcol(d, rows, "2025-01-14", "2025-04-24")
    d.table(
        ["Izmeklējums", "Rezultāts " + d.d("2025-04-24"), "Mērvienība", "References intervāls", "Iepriekš " + d.d("2025-01-14")],
        tab,
        [2.2, 1.8, 1.4, 1.5, 1.8],
    )
    d.para(
        "Piezīme: PSA – izmeklējums procesā, rezultāts tiks nosūtīts papildus. Vitamīns B12 – paraugs "
        "nosūtīts uz Centrālo laboratoriju Rīgā, rezultāts sekos.",
        8.5,
    )
    d.no("labs", "PSA", "other", "pending")
    d.no("labs", "Vitamīns B12", "other", "sent out, pending")
    d.para("Rezultātus apstiprināja: Dace Ozola, klīniskās laboratorijas speciāliste", 8)
    return d


# ---------------------------------------------------------------------------- 03 Trabzon
@document
def d03():
    d = Doc(
        3,
        "trabzon_urinalysis_scan",
        "Trabzon (Turkey)",
        "lab_result",
        "lab report (blood count and chemistry, dipstick and microscopic urinalysis, flag column YÜKSEK / DÜŞÜK / ANORMAL; scanned)",
        "d.m.Y",
        ext="jpg",
        scan={"dpi": 160, "angle": 1.7},
        lang="Turkish",
        comma=True,
    )
    d.letterhead(
        "T.C. Sağlık Bakanlığı – Trabzon Kanuni EAH",
        ["Kanuni Eğitim ve Araştırma Hastanesi – Tıbbi Biyokimya Laboratuvarı", "Kalkınma Mah. Kanuni Cad., 61290 Ortahisar/Trabzon"],
        right=["TAHLİL SONUÇ RAPORU", "Protokol No: 2025-118427"],
        size=12,
        color=(0.55, 0.05, 0.05),
    )
    d.kv(
        [
            ("Hasta adı:", "Hatice Kalkan"),
            ("Yaş / Cinsiyet:", "34 / Kadın"),
            ("Numune alma:", "11.03.2025 08:42"),
            ("İsteyen birim:", "Acil Servis"),
        ],
        lw=92,
    )
    d.kv(
        [
            ("İsteyen hekim:", "Dr. Emre Şahin"),
            ("Tanı:", "N30.0 Akut sistit; ön tanı: piyelonefrit?"),
        ],
        cols=1,
        lw=92,
    )
    d.cond("Akut sistit", "active", "N30.0", ["acute cystitis"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "piyelonefrit", "other", "suspected, on the lab request")
    d.para(
        "YÜKSEK / DÜŞÜK: referans aralığının üstünde / altında. ANORMAL: referans dışı kalitatif sonuç.",
        8,
    )
    iso = "2025-03-11"
    d.title("HEMOGRAM – BİYOKİMYA", 10)
    rows = [
        ("Lökosit (WBC)", ["White cell count"], "12,3", "10^3/µL", "4,5 – 11,0", 4.5, 11.0, None, "YÜKSEK"),
        ("Glukoz (açlık)", ["Fasting glucose"], "98", "mg/dL", "74 – 106", 74.0, 106.0, None, ""),
        ("Üre", ["Urea"], "36", "mg/dL", "17 – 43", 17.0, 43.0, None, ""),
        ("Kreatinin", ["Creatinine"], "0,82", "mg/dL", "0,51 – 0,95", 0.51, 0.95, None, ""),
        ("CRP", ["C-reactive protein"], "18,4", "mg/L", "0 – 5", 0.0, 5.0, None, "YÜKSEK"),
    ]
    d.table(["Test adı", "Sonuç", "Birim", "Referans aralığı", "Durum"], labrows(d, rows, iso), [2.6, 1.1, 1, 1.6, 1])
    d.title("TAM İDRAR TETKİKİ (STRİP + MİKROSKOPİ)", 10)
    rows = [
        ("Görünüm", ["Urine appearance"], "Bulanık", None, "Berrak", None, None, "Berrak", "ANORMAL"),
        ("Dansite", ["Specific gravity"], "1,025", None, "1,005 – 1,030", 1.005, 1.03, None, ""),
        ("pH", [], "6,0", None, "5,0 – 8,0", 5.0, 8.0, None, ""),
        ("Protein", ["Urine protein"], "Negatif", None, "Negatif", None, None, "Negatif", ""),
        ("Glukoz (idrar)", ["Urine glucose"], "Negatif", None, "Negatif", None, None, "Negatif", ""),
        ("Keton", ["Urine ketones"], "Negatif", None, "Negatif", None, None, "Negatif", ""),
        ("Bilirubin", ["Urine bilirubin"], "Negatif", None, "Negatif", None, None, "Negatif", ""),
        ("Ürobilinojen", ["Urobilinogen"], "Normal", None, "Normal", None, None, "Normal", ""),
        ("Nitrit", ["Urine nitrite"], "Pozitif", None, "Negatif", None, None, "Negatif", "ANORMAL"),
        ("Lökosit esteraz", ["Leukocyte esterase"], "3+", None, "Negatif", None, None, "Negatif", "ANORMAL"),
        ("Kan (strip)", ["Urine blood"], "1+", None, "Negatif", None, None, "Negatif", "ANORMAL"),
        ("Lökosit (mikroskopi)", ["Urine white cells"], "25-30", "/HPF", "0 – 5", 0.0, 5.0, None, "YÜKSEK", None),
        ("Eritrosit (mikroskopi)", ["Urine red cells"], "3-5", "/HPF", "0 – 2", 0.0, 2.0, None, "YÜKSEK", None),
        ("Bakteri", ["Urine bacteria"], "Bol", None, "Yok", None, None, "Yok", "ANORMAL"),
    ]
    d.table(["Parametre", "Sonuç", "Birim", "Referans aralığı", "Durum"], labrows(d, rows, iso), [2.6, 1.1, 1, 1.6, 1])
    d.para(
        "İdrar kültürü: 11.03.2025 tarihinde ekim yapıldı, sonuç 48 – 72 saat içinde raporlanacaktır.",
        8.5,
    )
    d.no("labs", "İdrar kültürü", "other", "pending")
    d.para("Çalışan: Bio. Zeynep Aydın        Onaylayan: Uzm. Dr. Murat Koç (Tıbbi Biyokimya)", 8)
    return d


# ---------------------------------------------------------------------------- 04 Luanda
@document
def d04():
    d = Doc(
        4,
        "luanda_lab_pending",
        "Luanda (Angola)",
        "lab_result",
        "lab report (blood count with thousands points, malaria smear and rapid test, chemistry, serology; pending and not-done tests)",
        "d/m/Y",
        lang="Portuguese",
        comma=True,
    )
    d.letterhead(
        "Hospital Américo Boavida",
        ["Laboratório de Análises Clínicas – Rua Ngola Kiluanje, Luanda", "Tel. +244 222 381 210"],
        right=["BOLETIM DE ANÁLISES", "Requisição n.º 2025/06-3318"],
        size=13,
        color=(0.55, 0.1, 0.0),
    )
    d.kv(
        [
            ("Doente:", "Domingas Manuel Kiala"),
            ("Idade / Sexo:", "27 anos / F"),
            ("Serviço:", "Medicina – Consulta externa"),
            ("Médico:", "Dr. Adão Sebastião"),
            ("Data da colheita:", "09/06/2025"),
            ("Processo n.º:", "HAB-118274"),
        ],
        lw=96,
    )
    d.para("(A) acima do valor de referência; (B) abaixo do valor de referência; * resultado anormal.", 8)
    iso = "2025-06-09"
    d.title("HEMATOLOGIA", 10)
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "9,6", "g/dL", "12,0 – 16,0", 12.0, 16.0, None, "(B)"),
        ("Hematócrito", ["Haematocrit"], "29", "%", "36 – 46", 36.0, 46.0, None, "(B)"),
        ("Leucócitos", ["White cell count"], "4.200", "/mm³", "4.000 – 10.000", 4000.0, 10000.0, None, "", 4200.0),
        ("Plaquetas", ["Platelets"], "98.000", "/mm³", "150.000 – 400.000", 150000.0, 400000.0, None, "(B)", 98000.0),
        ("Grupo sanguíneo e factor Rh", ["Blood group"], "O Rh positivo", None, "", None, None, None, ""),
    ]
    d.table(["Análise", "Resultado", "Unidade", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.3, 1, 1.7, 0.5])
    d.title("PARASITOLOGIA", 10)
    rows = [
        ("Pesquisa de hematozoários (gota espessa)", ["Malaria thick smear"], "Positivo (++)", None, "Negativo", None, None, "Negativo", "*"),
        ("Teste rápido de malária (TDR)", ["Malaria rapid test"], "Positivo", None, "Negativo", None, None, "Negativo", "*"),
    ]
    d.table(["Análise", "Resultado", "Unidade", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.3, 1, 1.7, 0.5])
    d.para("Espécie identificada: Plasmodium falciparum (formas em anel).", 8.5)
    d.title("BIOQUÍMICA", 10)
    rows = [
        ("Glicose", ["Glucose"], "92", "mg/dL", "70 – 110", 70.0, 110.0, None, ""),
        ("Ureia", ["Urea"], "48", "mg/dL", "15 – 45", 15.0, 45.0, None, "(A)"),
        ("Creatinina", ["Creatinine"], "1,3", "mg/dL", "0,6 – 1,1", 0.6, 1.1, None, "(A)"),
        ("TGO (AST)", ["Aspartate aminotransferase"], "38", "U/L", "< 35", None, 35.0, "< 35", "(A)"),
        ("TGP (ALT)", ["Alanine aminotransferase"], "29", "U/L", "< 35", None, 35.0, "< 35", ""),
        ("Bilirrubina total", ["Total bilirubin"], "2,4", "mg/dL", "0,2 – 1,2", 0.2, 1.2, None, "(A)"),
    ]
    d.table(["Análise", "Resultado", "Unidade", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.3, 1, 1.7, 0.5])
    d.title("SEROLOGIA", 10)
    rows = [
        ("Teste rápido VIH 1/2", ["HIV rapid test"], "Não reactivo", None, "Não reactivo", None, None, "Não reactivo", ""),
        ("AgHBs", ["HBsAg"], "Não reactivo", None, "Não reactivo", None, None, "Não reactivo", ""),
        ("VDRL", ["Syphilis VDRL"], "Não reactivo", None, "Não reactivo", None, None, "Não reactivo", ""),
    ]
    d.table(["Análise", "Resultado", "Unidade", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.3, 1, 1.7, 0.5])
    d.para(
        "Hemocultura: em curso, resultado definitivo dentro de 5 dias. Serologia de dengue (NS1/IgM): amostra "
        "enviada ao INIS, aguarda resultado. G6PD: não realizado por falta de reagente.",
        8.5,
    )
    d.no("labs", "Hemocultura", "other", "pending")
    d.no("labs", "Serologia de dengue", "other", "sent out, pending")
    d.no("labs", "G6PD", "other", "not done, no reagent")
    d.para("Técnico: Evaristo Neto        Validado por: Dra. Luzia Cahanda, patologista clínica", 8)
    return d


# ---------------------------------------------------------------------------- 05 Slavonia
@document
def d05():
    d = Doc(
        5,
        "slavonia_lab_flagcol",
        "Slavonia (Croatia)",
        "lab_result",
        "lab report (single date, flag column words povišen / snižen, pending anti-TPO, sample not received)",
        "d.m.Y.",
        lang="Croatian",
        comma=True,
    )
    d.letterhead(
        "KBC Osijek",
        ["Klinički zavod za laboratorijsku dijagnostiku", "J. Huttlera 4, 31000 Osijek – tel. 031 511 511"],
        right=["NALAZ LABORATORIJSKIH PRETRAGA", "Br. uzorka: 2505-07-1183"],
        size=13,
        color=(0.05, 0.2, 0.5),
    )
    d.kv(
        [
            ("Pacijent:", "Marija Kovačević"),
            ("MBO:", "184396027"),
            ("Uputio:", "dr. med. Ivan Horvat, Đakovo"),
            ("Uzorkovano:", "07.05.2025. u 07:50"),
        ],
        lw=80,
    )
    d.para("povišen / snižen – vrijednost iznad / ispod referentnog intervala.", 8)
    iso = "2025-05-07"
    rows = [
        ("Eritrociti", ["Red cell count"], "3,71", "x10^12/L", "3,86 – 5,08", 3.86, 5.08, None, "snižen"),
        ("Hemoglobin", ["Haemoglobin"], "98", "g/L", "119 – 157", 119.0, 157.0, None, "snižen"),
        ("Hematokrit", ["Haematocrit"], "0,318", "L/L", "0,356 – 0,470", 0.356, 0.47, None, "snižen"),
        ("MCV", ["Mean corpuscular volume"], "74,2", "fL", "83,0 – 97,2", 83.0, 97.2, None, "snižen"),
        ("Leukociti", ["White cell count"], "5,6", "x10^9/L", "3,4 – 9,7", 3.4, 9.7, None, ""),
        ("Trombociti", ["Platelets"], "452", "x10^9/L", "158 – 424", 158.0, 424.0, None, "povišen"),
        ("Željezo", ["Serum iron"], "4", "µmol/L", "8 – 30", 8.0, 30.0, None, "snižen"),
        ("Feritin", ["Ferritin"], "5", "µg/L", "10 – 120", 10.0, 120.0, None, "snižen"),
        ("Vitamin B12", [], "214", "pmol/L", "138 – 652", 138.0, 652.0, None, ""),
        ("TSH", ["Thyroid stimulating hormone"], "6,82", "mIU/L", "0,35 – 4,94", 0.35, 4.94, None, "povišen"),
        ("fT4", ["Free thyroxine"], "10,4", "pmol/L", "9,0 – 19,0", 9.0, 19.0, None, ""),
        ("Glukoza", ["Glucose"], "5,1", "mmol/L", "4,4 – 6,4", 4.4, 6.4, None, ""),
        ("Kreatinin", ["Creatinine"], "66", "µmol/L", "49 – 90", 49.0, 90.0, None, ""),
        ("CRP", ["C-reactive protein"], "2,1", "mg/L", "< 5,0", None, 5.0, "< 5,0", ""),
    ]
    d.title("Hematologija i klinička kemija", 10.5)
    d.table(
        ["Pretraga", "Rezultat", "Jedinica", "Referentni interval", "Oznaka"],
        labrows(d, rows, iso),
        [2.4, 1, 1.1, 1.7, 1],
    )
    d.para(
        "Anti-TPO protutijela – pretraga u radu, nalaz slijedi. Test na okultno krvarenje u stolici (FOBT) – "
        "uzorak nije dostavljen u laboratorij.",
        8.5,
    )
    d.no("labs", "Anti-TPO protutijela", "other", "pending")
    d.no("labs", "okultno krvarenje u stolici", "other", "sample not received")
    d.para("Nalaz odobrio: dr. sc. Vesna Matić, spec. med. biokemije i lab. medicine", 8)
    return d


# ---------------------------------------------------------------------------- 06 Waikato
@document
def d06():
    d = Doc(
        6,
        "waikato_azathioprine_monitoring_scan",
        "New Zealand (Waikato)",
        "lab_result",
        "cumulative blood monitoring for azathioprine (dates as rows, units and ranges in the header, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": -2.2},
    )
    d.letterhead(
        "Waikato Community Pathology",
        ["Pembroke Street Laboratory, Hamilton 3204", "Results line 07 858 0795"],
        right=["CUMULATIVE REPORT", "Drug monitoring: azathioprine"],
        size=12,
        color=(0.1, 0.35, 0.3),
    )
    d.kv(
        [
            ("Patient:", "TIPENE, Mereana Grace"),
            ("DOB:", "22/07/1990"),
            ("NHI:", "ZKT4821"),
            ("Requested by:", "Dr R. Singh (Gastroenterology)"),
        ],
        lw=80,
    )
    cols = [
        ("WBC", ["White cell count"], "x10^9/L", "4.0-11.0", 4.0, 11.0),
        ("Neutrophils", ["Neutrophil count"], "x10^9/L", "1.9-7.5", 1.9, 7.5),
        ("Lymphocytes", ["Lymphocyte count"], "x10^9/L", "1.0-4.0", 1.0, 4.0),
        ("Platelets", [], "x10^9/L", "150-400", 150.0, 400.0),
        ("MCV", ["Mean corpuscular volume"], "fL", "80-99", 80.0, 99.0),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<40", None, 40.0),
        ("Creatinine", [], "umol/L", "45-90", 45.0, 90.0),
    ]
    data = [
        ("2025-01-13", ["7.9", "5.2", "1.9", "388", "88", "21", "64"]),
        ("2025-01-27", ["6.4", "4.1", "1.4", "352", "90", "26", "-"]),
        ("2025-02-10", ["3.6 L", "1.7 L", "0.8 L", "301", "94", "47 H", "68"]),
        ("2025-02-24", ["4.4", "2.6", "1.0", "322", "96", "33", "-"]),
        ("2025-03-24", ["5.1", "3.1", "1.1", "340", "101 H", "29", "66"]),
    ]
    hdr = ["Collected"] + [f"{c[0]}\n{c[2]}\n({c[3]})" for c in cols]
    tab = []
    for iso, cells in data:
        tab.append([d.d(iso)] + cells)
        for (name, al, unit, ref, lo, hi), cell in zip(cols, cells):
            if cell == "-":
                continue
            v, f = _sp(cell)
            d.lab(name, v, unit, lo, hi, ref if ref[0] in "<>" else None, f or "normal", iso, al)
    d.table(hdr, tab, [1.3, 1, 1.1, 1.1, 1, 0.9, 0.9, 1.1], size=8)
    d.para("H = above reference range, L = below reference range. - = not requested on this date.", 8)
    d.para(
        "Comment 10/02/2025: neutrophils 1.7 and lymphocytes 0.8 - phoned to the IBD nurse (K. Walker) 14:20. "
        "Repeat FBC in 2 weeks as per shared-care protocol.",
        8.5,
    )
    d.para(
        "24/03/2025: thiopurine metabolites (6-TGN / 6-MMP) referred to Canterbury Health Laboratories - "
        "to follow. Hepatitis B serology requested but no sample received.",
        8.5,
    )
    d.no("labs", "thiopurine metabolites", "other", "sent out, pending")
    d.no("labs", "Hepatitis B serology", "other", "no sample received")
    return d


# ---------------------------------------------------------------------------- 07 West Sumatra
@document
def d07():
    d = Doc(
        7,
        "west_sumatra_antenatal_lab",
        "West Sumatra (Indonesia)",
        "lab_result",
        "antenatal lab results at a community health centre (blood count with thousands points, blood group, "
        "serology, urine; Tinggi / Rendah flags; midwife's notes)",
        "d-m-Y",
        lang="Indonesian",
        comma=True,
    )
    d.letterhead(
        "UPTD Puskesmas Andalas – Kota Padang",
        ["Laboratorium Puskesmas, Jl. Andalas No. 12, Padang Timur, Sumatera Barat", "Telp. (0751) 27 415"],
        right=["HASIL PEMERIKSAAN LABORATORIUM", "ANC Terpadu – kunjungan K1"],
        size=12,
        color=(0.0, 0.4, 0.3),
    )
    d.kv(
        [
            ("Nama pasien:", "Rahmi Yulianti"),
            ("Umur:", "24 tahun"),
            ("Usia kehamilan:", "14 minggu (G1P0A0)"),
            ("Tanggal periksa:", "14-04-2025"),
        ],
        lw=100,
    )
    d.para("Tinggi / Rendah – di atas / di bawah nilai rujukan. * hasil abnormal.", 8)
    iso = "2025-04-14"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "9,8", "g/dL", "11,0 – 15,0", 11.0, 15.0, None, "Rendah"),
        ("Hematokrit", ["Haematocrit"], "30", "%", "33 – 45", 33.0, 45.0, None, "Rendah"),
        ("Leukosit", ["White cell count"], "9.800", "/µL", "5.000 – 10.000", 5000.0, 10000.0, None, "", 9800.0),
        ("Trombosit", ["Platelets"], "245.000", "/µL", "150.000 – 450.000", 150000.0, 450000.0, None, "", 245000.0),
        ("Golongan darah / Rhesus", ["Blood group"], "B / Positif", None, "", None, None, None, ""),
        ("Gula darah sewaktu", ["Random glucose"], "96", "mg/dL", "< 200", None, 200.0, "< 200", ""),
        ("Protein urin", ["Urine protein"], "+1", None, "Negatif", None, None, "Negatif", "*", None),
        ("Reduksi urin", ["Urine glucose"], "Negatif", None, "Negatif", None, None, "Negatif", ""),
        ("HBsAg", [], "Non reaktif", None, "Non reaktif", None, None, "Non reaktif", ""),
        ("HIV (tes cepat)", ["HIV rapid test"], "Non reaktif", None, "Non reaktif", None, None, "Non reaktif", ""),
        ("Sifilis (TP rapid)", ["Syphilis rapid test"], "Non reaktif", None, "Non reaktif", None, None, "Non reaktif", ""),
    ]
    d.table(["Pemeriksaan", "Hasil", "Satuan", "Nilai rujukan", "Ket."], labrows(d, rows, iso), [2.8, 1.3, 0.9, 1.6, 0.8])
    d.title("Catatan bidan", 10)
    d.para(
        "TD 110/70 mmHg, BB 52 kg, TB 152 cm, LILA 24 cm. Imunisasi Td ke-2 diberikan hari ini di lengan kiri, "
        "no. batch 2408TD117. Tablet tambah darah (Fe) 60 mg + asam folat 0,4 mg, 1x sehari malam hari, "
        "diberikan 30 tablet. Kalsium 500 mg mulai usia kehamilan 20 minggu. Pemeriksaan TTGO direncanakan pada "
        "usia kehamilan 24 – 28 minggu karena ibu kandung pasien menderita diabetes melitus.",
        8.8,
    )
    d.vit("blood_pressure", "110/70", 110.0, 70.0, "mmHg")
    d.vit("weight", "52", 52.0, None, "kg")
    d.vit("height", "152", 152.0, None, "cm")
    d.imm("Imunisasi Td", iso, 2, "2408TD117", None)
    d.med("Tablet tambah darah (Fe)", None, "60", "mg", None, "1x sehari malam hari", "new")
    d.meds[-1]["aliases"] = ["iron tablets", "ferrous sulfate"]
    d.no("medications", "Kalsium", "planned", "from 20 weeks")
    d.no("labs", "TTGO", "planned")
    d.no("conditions", "diabetes melitus", "family", "mother")
    d.para("Analis kesehatan: Fitri Handayani, A.Md.AK        Bidan: Desi Rahmawati, S.Tr.Keb", 8)
    return d


# ---------------------------------------------------------------------------- 08 Trondelag
@document
def d08():
    d = Doc(
        8,
        "trondelag_internal_medicine_referral",
        "Trøndelag (Norway)",
        "medical_record",
        "GP referral letter to internal medicine (ICPC-2 diagnoses, lab table, handwritten addendum)",
        "d.m.Y",
        lang="Norwegian",
        comma=True,
    )
    d.letterhead(
        "Røros legekontor",
        ["Bergmannsgata 11, 7374 Røros", "Sentralbord 72 41 95 00"],
        right=["HENVISNING", "til medisinsk poliklinikk"],
        color=(0.3, 0.1, 0.35),
    )
    d.kv(
        [
            ("Pasient:", "Astrid Haugen"),
            ("Fødselsnr.:", "110957 48213"),
            ("Dato:", "12.03.2025"),
            ("Mottaker:", "St. Olavs hospital, Medisinsk klinikk, gastroenterologisk poliklinikk"),
        ],
        cols=1,
        lw=78,
    )
    d.para(
        "Henvisningsgrunn: jernmangelanemi og vekttap. 67 år gammel kvinne med ufrivillig vekttap på 6 kg siste "
        "fire måneder og økende slapphet. Hun har ikke sett blod i avføringen. Spørsmål om malignitet i mage-tarmkanalen – ber om gastroskopi og koloskopi."
    )
    d.no("conditions", "blod i avføringen", "negated")
    d.no("conditions", "malignitet i mage-tarmkanalen", "other", "suspected")
    d.title("Diagnoser (ICPC-2)", 10)
    d.bullets(
        [
            "B80 Jernmangelanemi",
            "T07 Vekttap",
            "T90 Diabetes type 2",
            "K86 Hypertensjon ukomplisert",
            "K78 Atrieflimmer",
            "L88 Revmatoid artritt",
        ]
    )
    d.cond("Jernmangelanemi", "active", None, ["iron deficiency anaemia"])
    d.cond("Vekttap", "active", None, ["weight loss"])
    d.cond("Diabetes type 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hypertensjon ukomplisert", "active", None, ["hypertension"])
    d.cond("Atrieflimmer", "active", None, ["atrial fibrillation"])
    d.cond("Revmatoid artritt", "active", None, ["rheumatoid arthritis"])
    d.para(
        "Tidligere: Helicobacter pylori-infeksjon 2016, eradikert. Bror fikk "
        "tykktarmskreft 61 år gammel. CAVE: penicillin (elveblest), trimetoprim-sulfa (utslett)."
    )
    d.no("conditions", "Helicobacter pylori-infeksjon", "historical", "eradicated 2016")
    d.no("conditions", "tykktarmskreft", "family", "brother")
    d.alg("penicillin", "elveblest")
    d.alg("trimetoprim-sulfa", "utslett")
    d.title("Faste legemidler", 10)
    d.table(
        ["Legemiddel", "Styrke", "Dosering", "Merknad"],
        [
            ["Eliquis (apiksaban)", "5 mg", "1 x 2", ""],
            ["Metformin", "500 mg", "2 x 2", ""],
            ["Amlodipin", "5 mg", "1 x 1", ""],
            ["Metotreksat", "2,5 mg", "6 tabletter 1 gang i uken (fredag)", "= 15 mg/uke"],
            ["Folsyre", "1 mg", "1 x 1, ikke fredag", ""],
            ["Duroferon (jern)", "100 mg", "1 x 2", "startet 05.03.2025"],
            ["Naproxen", "250 mg", "—", "seponert 05.03.2025"],
            ["Prednisolon", "5 mg", "—", "nedtrappingskur avsluttet 01.02.2025"],
        ],
        [2.3, 1, 2.6, 2.3],
    )
    d.med("apiksaban", "Eliquis", "5", "mg", None, "1 x 2")
    d.med("Metformin", None, "500", "mg", None, "2 x 2")
    d.med("Amlodipin", None, "5", "mg", None, "1 x 1")
    d.med("Metotreksat", None, "2,5", "mg", None, "1 gang i uken (fredag)")
    d.med("Folsyre", None, "1", "mg", None, "1 x 1, ikke fredag")
    d.med("Duroferon", "Duroferon", "100", "mg", None, "1 x 2", "new")
    d.meds[-1]["aliases"] = ["ferrous sulfate", "iron"]
    d.med("Naproxen", None, "250", "mg", None, None, "stopped")
    d.med("Prednisolon", None, "5", "mg", None, None, "completed")
    d.no("medications", "Naproxen", "stopped")
    d.no("medications", "Prednisolon", "stopped", "taper completed")
    d.run_header = "Henvisning – Astrid Haugen, fødselsnr. 110957 48213 – Røros legekontor, 12.03.2025"
    d.title("Blodprøver " + d.d("2025-03-10"), 10)
    iso = "2025-03-10"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "9,4", "g/dL", "11,7 – 15,3", 11.7, 15.3, None, "L"),
        ("MCV", ["Mean corpuscular volume"], "71", "fL", "82 – 98", 82.0, 98.0, None, "L"),
        ("Ferritin", [], "6", "µg/L", "15 – 200", 15.0, 200.0, None, "L"),
        ("Trombocytter", ["Platelets"], "468", "x10^9/L", "145 – 390", 145.0, 390.0, None, "H"),
        ("CRP", ["C-reactive protein"], "8", "mg/L", "< 5", None, 5.0, "< 5", "H"),
        ("Kreatinin", ["Creatinine"], "78", "µmol/L", "45 – 90", 45.0, 90.0, None, ""),
        ("eGFR", [], "68", "mL/min/1,73m²", "> 60", 60.0, None, "> 60", ""),
        ("HbA1c", [], "52", "mmol/mol", "20 – 42", 20.0, 42.0, None, "H"),
        ("iFOBT (blod i avføring)", ["Faecal immunochemical test"], "Positiv", None, "Negativ", None, None, "Negativ", "*"),
    ]
    d.table(["Analyse", "Resultat", "Enhet", "Referanse", ""], labrows(d, rows, iso), [2.3, 1, 1.3, 1.3, 0.5])
    d.para("H / L = over / under referanseområdet; * = avvikende resultat.", 7.5)
    d.para("Klinisk: BT 138/76, puls 88 uregelmessig, vekt 61 kg, høyde 165 cm.")
    d.vit("blood_pressure", "138/76", 138.0, 76.0, None)
    d.vit("heart_rate", "88", 88.0, None, None)
    d.vit("weight", "61", 61.0, None, "kg")
    d.vit("height", "165", 165.0, None, "cm")
    d.para(
        "Vaksiner: influensavaksine og Prevenar 20 gitt her " + d.d("2024-10-14") + "."
    )
    d.imm("influensavaksine", "2024-10-14", None, None, None)
    d.imm("Prevenar 20", "2024-10-14", None, None, None)
    d.para(
        "Spørsmål: Hvor lenge bør Eliquis pauses før koloskopi? Bør hun få intravenøst jern (Ferinject) "
        "dersom tablettene ikke tolereres?"
    )
    d.no("medications", "Ferinject", "planned", "question to specialist")
    d.signature("Dr. Ola Brekken", "fastlege, Røros legekontor", hand=False)
    d.ensure(70)
    d.title("Tillegg (håndskrevet)", 9.5)
    d.hand_line(d.d("2025-03-13") + ":", "Transferrinmetning 6 % (ref 15–57) – lav", 10.5)
    d.hand_line("", "Cøliakiserologi (anti-tTG IgA) sendt – svar ikke kommet", 10.5)
    d.lab("Transferrinmetning", "6", "%", 15.0, 57.0, None, "low", "2025-03-13", ["Transferrin saturation"])
    d.no("labs", "Cøliakiserologi", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 09 Tuzla
@document
def d09():
    d = Doc(
        9,
        "tuzla_cardiology_report",
        "Tuzla Canton (Bosnia and Herzegovina)",
        "medical_record",
        "specialist report (cardiology outpatient findings, lab table, held and switched medicines, advice to the patient)",
        "d.m.Y",
        lang="Bosnian",
        comma=True,
    )
    d.letterhead(
        "Univerzitetski klinički centar Tuzla",
        ["Klinika za interne bolesti – Odjeljenje kardiologije", "Trnovac bb, 75000 Tuzla"],
        right=["SPECIJALISTIČKI NALAZ", "Kardiološka ambulanta"],
        color=(0.1, 0.2, 0.5),
    )
    d.kv(
        [
            ("Pacijent:", "Safet Hodžić"),
            ("JMBG:", "0403956181234"),
            ("Datum:", "17.04.2025"),
            ("Uputio:", "dr. Amra Mujić, Dom zdravlja Živinice"),
        ],
        lw=70,
    )
    d.title("Dijagnoze", 10)
    d.bullets(
        [
            "I50.2 Sistolna srčana insuficijencija (EF 32 %)",
            "I25.1 Aterosklerotska bolest srca",
            "I10 Arterijska hipertenzija",
            "E11.9 Dijabetes melitus tip 2",
            "N18.3 Hronična bubrežna bolest, stadij 3",
        ]
    )
    d.cond("Sistolna srčana insuficijencija", "active", "I50.2", ["heart failure with reduced ejection fraction"])
    d.cond("Aterosklerotska bolest srca", "active", "I25.1", ["atherosclerotic heart disease"])
    d.cond("Arterijska hipertenzija", "active", "I10", ["hypertension"])
    d.cond("Dijabetes melitus tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Hronična bubrežna bolest, stadij 3", "active", "N18.3", ["chronic kidney disease stage 3"])
    d.title("Anamneza i status", 10)
    d.para(
        "Pacijent star 69 godina, 2022. godine preležao anteriorni infarkt miokarda (PCI LAD). Danas navodi "
        "zaduhu pri penjanju uz stepenice. Negira bol u grudima. Otac umro od iznenadne srčane smrti u "
        "58. godini. Alergije: jodni kontrast (urtikarija), penicilin (osip)."
    )
    d.no("conditions", "infarkt miokarda", "historical", "2022")
    d.no("conditions", "bol u grudima", "negated")
    d.no("conditions", "iznenadne srčane smrti", "family", "father")
    d.alg("jodni kontrast", "urtikarija")
    d.alg("penicilin", "osip")
    d.para("TA 118/72 mmHg, puls 64/min ritmičan, SpO2 96 %, tjelesna težina 86 kg, visina 178 cm.")
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mmHg")
    d.vit("heart_rate", "64", 64.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "86", 86.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.title("Laboratorijski nalazi " + d.d("2025-04-15"), 10)
    iso = "2025-04-15"
    rows = [
        ("NT-proBNP", [], "1 860", "pg/mL", "< 125", None, 125.0, "< 125", "\u2191", 1860.0),
        ("Kreatinin", ["Creatinine"], "128", "µmol/L", "62 – 106", 62.0, 106.0, None, "\u2191"),
        ("eGFR", [], "49", "mL/min/1,73m²", "> 60", 60.0, None, "> 60", "\u2193"),
        ("Kalij", ["Potassium"], "5,3", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, "\u2191"),
        ("Natrij", ["Sodium"], "138", "mmol/L", "136 – 145", 136.0, 145.0, None, ""),
        ("Hemoglobin", ["Haemoglobin"], "141", "g/L", "130 – 170", 130.0, 170.0, None, ""),
        ("HbA1c", [], "7,2", "%", "4,0 – 6,0", 4.0, 6.0, None, "\u2191"),
        ("LDL holesterol", ["LDL cholesterol"], "1,6", "mmol/L", "< 1,4", None, 1.4, "< 1,4", "\u2191"),
    ]
    d.table(["Analiza", "Rezultat", "Jedinica", "Referentne vrijednosti", ""], labrows(d, rows, iso), [2, 1, 1.3, 1.6, 0.5], size=7.8)
    d.para("\u2191 / \u2193 – iznad / ispod referentnih vrijednosti.", 7.5)
    d.title("Terapija", 10)
    d.table(
        ["Lijek", "Doza", "Režim", "Napomena"],
        [
            ["Entresto (sakubitril/valsartan)", "49/51 mg", "2x1", "novo (36 h nakon posljednje doze ramiprila)"],
            ["Ramipril", "5 mg", "—", "ukinut – prelazak na Entresto"],
            ["Bisoprolol", "5 mg", "1x1 ujutro", "povećano s 2,5 mg"],
            ["Spironolakton", "25 mg", "—", "privremeno obustaviti do kontrole kalija"],
            ["Forxiga (dapagliflozin)", "10 mg", "1x1", "nastaviti"],
            ["Furosemid", "40 mg", "1x1 ujutro", "nastaviti"],
            ["Aspirin protect", "100 mg", "1x1", "nastaviti"],
            ["Atorvastatin", "80 mg", "1x1 uveče", "nastaviti"],
            ["Metformin", "1000 mg", "2x1", "nastaviti"],
        ],
        [2.6, 1, 1.3, 3.1],
        size=7.8,
    )
    d.med("sakubitril/valsartan", "Entresto", "49/51", "mg", None, "2x1", "new")
    d.med("Ramipril", None, "5", "mg", None, None, "stopped")
    d.med("Bisoprolol", None, "5", "mg", None, "1x1 ujutro", "changed")
    d.med("Spironolakton", None, "25", "mg", None, None, "held")
    d.med("dapagliflozin", "Forxiga", "10", "mg", None, "1x1")
    d.med("Furosemid", None, "40", "mg", None, "1x1 ujutro")
    d.med("Aspirin protect", "Aspirin protect", "100", "mg", None, "1x1")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.med("Atorvastatin", None, "80", "mg", None, "1x1 uveče")
    d.med("Metformin", None, "1000", "mg", None, "2x1")
    d.no("medications", "Ramipril", "stopped", "switched to Entresto")
    d.no("medications", "Spironolakton", "stopped", "held until potassium check")
    d.title("Zaključak i preporuke", 10)
    d.para(
        "Kontrola kalija i kreatinina za 7 dana kod porodičnog ljekara. Ukoliko LDL ostane iznad 1,4 mmol/L, "
        "razmotriti dodavanje ezetimiba. Preporučena vakcinacija protiv gripe u jesen."
    )
    d.no("medications", "ezetimiba", "planned", "conditional")
    d.no("immunizations", "vakcinacija protiv gripe", "due")
    d.title("Savjeti za pacijenta", 10)
    d.para(
        "Ne uzimajte lijekove protiv bolova kao što je diklofenak (Voltaren), jer mogu pogoršati rad bubrega i "
        "srca.",
        8.8,
    )
    d.no("medications", "diklofenak", "leaflet", "Voltaren")
    d.para("Prim. dr. Emina Softić, specijalista interne medicine – kardiolog", 8.8, "B")
    return d


# ---------------------------------------------------------------------------- 10 Lapland
@document
def d10():
    d = Doc(
        10,
        "lapland_visitor_discharge_note",
        "Lapland (Finland)",
        "discharge_summary",
        "discharge note for a visiting patient (Finnish specimen-prefixed test names, admission/discharge labs, "
        "held, stopped and completed medicines, handwritten addendum)",
        "j.n.Y",
        lang="Finnish",
        comma=True,
    )
    d.letterhead(
        "Lapin keskussairaala",
        ["Lapin hyvinvointialue – Sisätautien vuodeosasto 3B", "Ounasrinteentie 22, 96400 Rovaniemi"],
        right=["EPIKRIISI", "Potilaan kotimaan hoitavalle lääkärille"],
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Potilas:", "Thomas Becker"),
            ("Syntymäaika:", "12.6.1961"),
            ("Tulopäivä:", "3.2.2025"),
            ("Lähtöpäivä:", "8.2.2025"),
            ("Kotipaikka:", "Köln, Saksa"),
            ("Vakuutus:", "EHIC 80276 0041 93"),
        ],
        lw=82,
    )
    d.title("Diagnoosit", 10)
    d.bullets(
        [
            "I26.9 Keuhkoembolia",
            "I80.2 Vasemman säären syvä laskimotukos",
            "I10 Verenpainetauti",
            "M10.0 Kihti",
            "E86 Kuivuma – korjautunut",
        ]
    )
    d.cond("Keuhkoembolia", "active", "I26.9", ["pulmonary embolism"])
    d.cond("Vasemman säären syvä laskimotukos", "active", "I80.2", ["deep vein thrombosis of the left leg"])
    d.cond("Verenpainetauti", "active", "I10", ["hypertension"])
    d.cond("Kihti", "active", "M10.0", ["gout"])
    d.no("conditions", "Kuivuma", "historical", "resolved during stay")
    d.title("Hoidon kulku", 10)
    d.para(
        "63-vuotias saksalainen mies hiihtolomalla Levillä. Tuli päivystykseen hengenahdistuksen ja vasemman "
        "pohkeen turvotuksen vuoksi pitkän lennon jälkeen. TT-angiografiassa molemminpuolinen keuhkoembolia ilman "
        "oikean kammion kuormitusta. Hoidettu osastolla enoksapariinilla (Klexane) 3 vrk, minkä jälkeen siirretty "
        "apiksabaaniin. Isällä aivoinfarkti 70-vuotiaana. Jäykkäkouristus-kurkkumätärokote "
        "(dT) annettu tehosteena 4.2.2025, erä 24DT0311 (edellinen yli 10 vuotta sitten). "
        "Allergiat: amoksisilliini (nokkosihottuma), lateksi (ihottuma)."
    )
    d.no("medications", "enoksapariinilla", "other", "on the ward only")
    d.no("conditions", "aivoinfarkti", "family", "father")
    d.imm("Jäykkäkouristus-kurkkumätärokote (dT)", "2025-02-04", None, "24DT0311", None, amb=_amb(d.style, "2025-02-04"))
    d.alg("amoksisilliini", "nokkosihottuma")
    d.alg("lateksi", "ihottuma")
    d.title("Laboratoriotutkimukset", 10)
    tab = cumul(
        d,
        [
            ("P -D-dimeeri", ["D-dimer"], "mg/l FEU", "< 0,5", None, 0.5, "< 0,5", ["4,8 H", "—"]),
            ("P -TnT", ["Troponin T"], "ng/l", "< 15", None, 15.0, "< 15", ["24 H", "—"]),
            ("P -CRP", ["C-reactive protein"], "mg/l", "< 10", None, 10.0, "< 10", ["36 H", "12 H"]),
            ("B -Hb", ["Haemoglobin"], "g/l", "134 – 167", 134.0, 167.0, None, ["152", "141"]),
            ("B -Trom", ["Platelets"], "E9/l", "150 – 360", 150.0, 360.0, None, ["188", "214"]),
            ("P -Krea", ["Creatinine"], "µmol/l", "60 – 100", 60.0, 100.0, None, ["118 H", "86"]),
            ("P -Na", ["Sodium"], "mmol/l", "137 – 145", 137.0, 145.0, None, ["139", "140"]),
            ("P -K", ["Potassium"], "mmol/l", "3,3 – 4,9", 3.3, 4.9, None, ["4,1", "4,3"]),
            ("P -Uraat", ["Uric acid"], "µmol/l", "230 – 480", 230.0, 480.0, None, ["552 H", "—"]),
        ],
        ["2025-02-03", "2025-02-08"],
    )
    d.table(
        ["Tutkimus", "Tulo " + d.d("2025-02-03"), "Lähtö " + d.d("2025-02-08"), "Yksikkö", "Viitearvo"],
        tab,
        [1.6, 1.5, 1.5, 1.2, 1.3],
    )
    d.para("H = viitearvon yläpuolella.", 7.5)
    d.para("Lähtötilanne: RR 134/82 mmHg, syke 78/min, SpO2 96 %, lämpö 36,8 °C, hengitystaajuus 16/min.")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.title("Lääkitys kotiutuessa", 10)
    d.bullets(
        [
            "Eliquis (apiksabaani) 5 mg: 2 tabl. x 2 10.2.2025 asti, sen jälkeen 1 tabl. x 2 vähintään 3 kk (uusi)",
            "Amlodipiini 5 mg x 1 (ennallaan)",
            "Allopurinoli 300 mg x 1 (ennallaan)",
            "Parasetamoli 1 g x 3 tarvittaessa",
            "Losartaani 50 mg x 1: tauolla, kunnes kreatiniini on tarkistettu kotimaassa",
            "Ibuprofeeni 400 mg: lopetettu (vuotoriski antikoagulaation aikana)",
            "Kolkisiini 0,5 mg x 2: kihtikohtauksen kuuri päättynyt 6.2.2025",
        ]
    )
    d.med("apiksabaani", "Eliquis", "5", "mg", None, None, "new")
    d.med("Amlodipiini", None, "5", "mg", None, "x 1")
    d.med("Allopurinoli", None, "300", "mg", None, "x 1")
    d.med("Parasetamoli", None, "1", "g", None, "x 3 tarvittaessa")
    d.med("Losartaani", None, "50", "mg", None, None, "held")
    d.med("Ibuprofeeni", None, "400", "mg", None, None, "stopped")
    d.med("Kolkisiini", None, "0,5", "mg", None, None, "completed")
    d.no("medications", "Losartaani", "stopped", "held until creatinine check")
    d.no("medications", "Ibuprofeeni", "stopped")
    d.no("medications", "Kolkisiini", "stopped", "course completed")
    d.signature("LL Sanna Kivelä", "erikoistuva lääkäri, sisätaudit", hand=False)
    d.ensure(60)
    d.title("Lisäys (käsin kirjoitettu)", 9.5)
    d.hand_line(d.d("2025-02-07") + ":", "LDL 3,9 mmol/l (tav. < 3,0) – koholla", 10.5)
    d.hand_line("", "Trombofiliatutkimukset kotimaassa 3 kk kuluttua, ei akuuttivaiheessa", 10.5)
    d.lab("LDL", "3,9", "mmol/l", None, 3.0, "< 3,0", "high", "2025-02-07", ["LDL cholesterol"])
    d.no("labs", "Trombofiliatutkimukset", "planned")
    return d


# ---------------------------------------------------------------------------- 11 Kerala
@document
def d11():
    d = Doc(
        11,
        "kerala_endocrinology_letter",
        "India (Kerala)",
        "medical_record",
        "specialist consultation letter (endocrinology, two-date lab table, Indian brand names)",
        "d/m/Y",
    )
    d.letterhead(
        "Malabar Institute of Diabetes & Endocrinology",
        ["Mavoor Road, Kozhikode, Kerala 673004", "Ph 0495 272 4410  |  mide.kozhikode@example.in"],
        right=["ENDOCRINOLOGY CONSULTATION", "OP No. MIDE/25/04412"],
        size=12.5,
        color=(0.35, 0.1, 0.4),
    )
    d.kv(
        [
            ("Patient:", "Mr. Abdul Rasheed K.P."),
            ("Age / Sex:", "54 / M"),
            ("Date:", "18/03/2025"),
            ("Referred by:", "Dr. Lakshmi Menon, Feroke"),
        ],
        lw=72,
    )
    d.para("Dear Dr. Menon,")
    d.para(
        "Thank you for referring Mr. Rasheed, a 54-year-old Gulf returnee with type 2 diabetes since 2011 and poor "
        "control on oral agents. He denies chest pain. His father died of a myocardial infarction at 60. He had pulmonary "
        "tuberculosis in 2008 and completed treatment. He reports two episodes of hypoglycaemia in January on "
        "glimepiride 4 mg. Non-smoker, no alcohol."
    )
    d.no("conditions", "chest pain", "negated")
    d.no("conditions", "myocardial infarction", "family", "father")
    d.no("conditions", "pulmonary tuberculosis", "historical", "treated 2008")
    d.no("conditions", "hypoglycaemia", "historical", "past episodes, reason for dose reduction")
    d.title("Assessment", 10.5)
    d.bullets(
        [
            "Type 2 diabetes mellitus with hyperglycaemia (E11.65)",
            "Diabetic peripheral neuropathy (E11.42)",
            "Primary hypothyroidism (E03.9)",
            "Dyslipidaemia (E78.5)",
            "Non-alcoholic fatty liver disease (K76.0)",
            "Essential hypertension (I10)",
        ]
    )
    d.cond("Type 2 diabetes mellitus with hyperglycaemia", "active", "E11.65")
    d.cond("Diabetic peripheral neuropathy", "active", "E11.42")
    d.cond("Primary hypothyroidism", "active", "E03.9")
    d.cond("Dyslipidaemia", "active", "E78.5")
    d.cond("Non-alcoholic fatty liver disease", "active", "K76.0")
    d.cond("Essential hypertension", "active", "I10")
    d.para("Allergies: co-trimoxazole (rash); diclofenac (facial swelling).")
    d.alg("co-trimoxazole", "rash")
    d.alg("diclofenac", "facial swelling")
    d.title("Examination", 10.5)
    d.para(
        "BP 142/88 mmHg, pulse 86/min, weight 84 kg, height 168 cm, BMI 29.8 kg/m². Reduced monofilament "
        "sensation over both forefeet; foot pulses well felt."
    )
    d.vit("blood_pressure", "142/88", 142.0, 88.0, "mmHg")
    d.vit("heart_rate", "86", 86.0, None, "/min")
    d.vit("weight", "84", 84.0, None, "kg")
    d.vit("height", "168", 168.0, None, "cm")
    d.vit("bmi", "29.8", 29.8, None, "kg/m²")
    d.title("Investigations", 10.5)
    tab = cumul(
        d,
        [
            ("Fasting blood sugar", ["Fasting glucose"], "mg/dL", "70-100", 70.0, 100.0, None, ["186 H", "164 H"]),
            ("HbA1c", [], "%", "4.0-5.6", 4.0, 5.6, None, ["9.4 H", "8.8 H"]),
            ("Serum creatinine", ["Creatinine"], "mg/dL", "0.7-1.3", 0.7, 1.3, None, ["1.1", "1.2"]),
            ("Urine albumin/creatinine ratio", ["Urine ACR"], "mg/g", "<30", None, 30.0, "<30", ["48 H", "\u2014"]),
            ("TSH", ["Thyroid stimulating hormone"], "µIU/mL", "0.4-4.5", 0.4, 4.5, None, ["7.9 H", "3.2"]),
            ("LDL cholesterol", [], "mg/dL", "<100", None, 100.0, "<100", ["142 H", "96"]),
            ("SGPT (ALT)", ["Alanine aminotransferase"], "U/L", "<45", None, 45.0, "<45", ["62 H", "51 H"]),
            ("Vitamin B12", [], "pg/mL", "211-911", 211.0, 911.0, None, ["\u2014", "168 L"]),
        ],
        ["2024-12-06", "2025-03-15"],
    )
    d.table(["Test", "06/12/2024", "15/03/2025", "Units", "Reference"], tab, [2.4, 1.2, 1.2, 1, 1.2])
    d.title("Treatment advised", 10.5)
    d.table(
        ["Medicine", "Dose / timing", "Remarks"],
        [
            ["Tab. Glycomet SR 1000 (metformin)", "1-0-1 after food", "continue"],
            ["Tab. Amaryl 2 mg (glimepiride)", "1-0-0 before breakfast", "reduced from 4 mg"],
            ["Tab. Jardiance 10 mg (empagliflozin)", "1-0-0", "new"],
            ["Inj. Basalog (insulin glargine)", "10 units s.c. at bedtime", "new - titrate by 2 units every 3 days"],
            ["Tab. Thyronorm 50 mcg (levothyroxine)", "1-0-0 empty stomach", "continue"],
            ["Tab. Telma 40 (telmisartan)", "1-0-0", "continue"],
            ["Tab. Rosuvas 10 (rosuvastatin)", "0-0-1", "continue"],
            ["Cap. Pregabalin 75 mg", "0-0-1", "continue"],
            ["Tab. Methylcobalamin 1500 mcg", "once daily", "new"],
            ["Tab. Voglibose 0.3 mg", "-", "stopped (bloating)"],
        ],
        [3.2, 2.2, 2.6],
        size=8.2,
    )
    d.med("metformin", "Glycomet SR 1000", "1000", None, None, "1-0-1 after food")
    d.med("glimepiride", "Amaryl", "2", "mg", None, "1-0-0 before breakfast", "changed")
    d.med("empagliflozin", "Jardiance", "10", "mg", None, "1-0-0", "new")
    d.med("insulin glargine", "Basalog", "10", "units", "s.c.", "at bedtime", "new")
    d.med("levothyroxine", "Thyronorm", "50", "mcg", None, "1-0-0 empty stomach")
    d.med("telmisartan", "Telma 40", "40", None, None, "1-0-0")
    d.med("rosuvastatin", "Rosuvas 10", "10", None, None, "0-0-1")
    d.med("Pregabalin", None, "75", "mg", None, "0-0-1")
    d.med("Methylcobalamin", None, "1500", "mcg", None, "once daily", "new")
    d.med("Voglibose", None, "0.3", "mg", None, None, "stopped")
    d.no("medications", "Voglibose", "stopped")
    d.run_header = "Abdul Rasheed K.P. - OP No. MIDE/25/04412 - Endocrinology consultation 18/03/2025"
    d.ensure(140)
    d.title("Plan", 10.5)
    d.para(
        "Influenza vaccine (Vaxigrip Tetra) given in clinic today, lot V3K218. Pneumococcal vaccination advised at "
        "the next visit. If HbA1c remains above 8% at review, we will consider adding semaglutide."
    )
    d.imm("Influenza vaccine", "2025-03-18", None, "V3K218", "Vaxigrip Tetra")
    d.no("immunizations", "Pneumococcal vaccination", "due")
    d.no("medications", "semaglutide", "planned", "conditional")
    d.para("Review in 6 weeks with home glucose readings. With regards,")
    d.signature("Dr. Suresh Nambiar, DM (Endocrinology)", "Consultant Endocrinologist", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Yorkshire
@document
def d12():
    d = Doc(
        12,
        "yorkshire_respiratory_referral",
        "England (North Yorkshire)",
        "medical_record",
        "GP referral letter (respiratory medicine, lab table, handwritten addendum)",
        "d/m/Y",
    )
    d.letterhead(
        "Dales Medical Practice",
        ["14 Keighley Road, Skipton, North Yorkshire BD23 2NB", "Tel 01756 792 400   nhs.net secure email"],
        right=["REFERRAL", "Respiratory medicine - routine"],
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("To:", "Respiratory Outpatients, Airedale General Hospital"),
            ("Date:", "07/04/2025"),
            ("Patient:", "Mrs Janet Holroyd"),
            ("DOB:", "23/11/1956"),
            ("NHS No:", "612 448 9031"),
            ("Usual GP:", "Dr Priya Raman"),
        ],
        cols=1,
        lw=70,
    )
    d.para("Dear Respiratory Team,")
    d.para(
        "I would be grateful if you could see Mrs Holroyd, 68, with a five-month history of progressive exertional "
        "breathlessness and a dry cough. She has had no haemoptysis. There are fine bibasal crackles and she "
        "desaturates on walking. Chest X-ray (24/03/2025): reticular shadowing at both bases. Spirometry suggests a restrictive pattern. I wonder about interstitial lung disease. She "
        "worked in a textile mill for 25 years. Her sister has rheumatoid arthritis. She had a DVT after her hip "
        "replacement in 2019, treated for six months."
    )
    d.no("conditions", "haemoptysis", "negated")
    d.no("conditions", "interstitial lung disease", "other", "suspected")
    d.no("conditions", "rheumatoid arthritis", "family", "sister")
    d.no("conditions", "DVT", "historical", "2019")
    d.title("Active problems", 10.5)
    d.bullets(
        [
            "Hypertension (2010)",
            "Gastro-oesophageal reflux disease",
            "Osteoarthritis - left hip replaced 2019",
            "Hypothyroidism",
            "Raynaud's phenomenon",
        ]
    )
    d.cond("Hypertension", "active")
    d.cond("Gastro-oesophageal reflux disease", "active")
    d.cond("Osteoarthritis", "active")
    d.cond("Hypothyroidism", "active")
    d.cond("Raynaud's phenomenon", "active")
    d.title("Current medication", 10.5)
    d.bullets(
        [
            "Amlodipine 10 mg once daily",
            "Levothyroxine 100 micrograms once daily",
            "Omeprazole 20 mg once daily",
            "Alendronic acid 70 mg once weekly",
            "Co-codamol 30/500 two tablets up to four times a day when required",
            "Salbutamol 100 micrograms/dose inhaler two puffs when required",
            "Nitrofurantoin 50 mg at night (UTI prophylaxis) - STOPPED 24/03/2025, possible lung toxicity",
        ]
    )
    d.med("Amlodipine", None, "10", "mg", None, "once daily")
    d.med("Levothyroxine", None, "100", "micrograms", None, "once daily")
    d.med("Omeprazole", None, "20", "mg", None, "once daily")
    d.med("Alendronic acid", None, "70", "mg", None, "once weekly")
    d.med("Co-codamol", None, "30/500", None, None, "up to four times a day when required")
    d.med("Salbutamol", None, "100", "micrograms/dose", None, "two puffs when required")
    d.med("Nitrofurantoin", None, "50", "mg", None, None, "stopped")
    d.no("medications", "Nitrofurantoin", "stopped")
    d.para("Allergies: penicillin (anaphylaxis); clarithromycin (rash).")
    d.alg("penicillin", "anaphylaxis")
    d.alg("clarithromycin", "rash")
    d.para("Today: BP 136/82, HR 92, RR 20, SpO2 93% at rest on air, weight 64 kg.")
    d.vit("blood_pressure", "136/82", 136.0, 82.0, None)
    d.vit("heart_rate", "92", 92.0, None, None)
    d.vit("respiratory_rate", "20", 20.0, None, None)
    d.vit("oxygen_saturation", "93", 93.0, None, "%")
    d.vit("weight", "64", 64.0, None, "kg")
    d.run_header = "Mrs Janet Holroyd - NHS No 612 448 9031 - respiratory referral 07/04/2025"
    d.title("Bloods 01/04/2025", 10.5)
    iso = "2025-04-01"
    rows = [
        ("Haemoglobin", [], "128", "g/L", "115-165", 115.0, 165.0, None, ""),
        ("White cell count", [], "8.9", "x10^9/L", "4.0-11.0", 4.0, 11.0, None, ""),
        ("CRP", ["C-reactive protein"], "7", "mg/L", "<5", None, 5.0, "<5", "H"),
        ("ESR", ["Erythrocyte sedimentation rate"], "34", "mm/hr", "1-30", 1.0, 30.0, None, "H"),
        ("Creatinine", [], "68", "umol/L", "45-84", 45.0, 84.0, None, ""),
        ("eGFR", [], "78", "mL/min/1.73m2", ">60", 60.0, None, ">60", ""),
        ("TSH", ["Thyroid stimulating hormone"], "2.4", "mU/L", "0.27-4.2", 0.27, 4.2, None, ""),
        ("NT-proBNP", [], "210", "ng/L", "<400", None, 400.0, "<400", ""),
        ("ANA", ["Antinuclear antibody"], "Positive 1:320 speckled", None, "Negative", None, None, "Negative", "A", None),
    ]
    d.table(["Test", "Result", "Units", "Reference", "Flag"], labrows(d, rows, iso), [2.2, 1.8, 1.1, 1.1, 0.6])
    d.para("Flags: H high, L low, A abnormal. Rheumatoid factor and ENA screen sent on the same sample.", 8.5)
    d.para(
        "Immunisations: influenza and COVID-19 vaccines given here on 08/10/2024; Pneumovax 23 on 15/06/2021. "
        "Not yet eligible for the RSV vaccine (age)."
    )
    for v, iso_v in (("influenza", "2024-10-08"), ("COVID-19", "2024-10-08"), ("Pneumovax 23", "2021-06-15")):
        d.imm(v, iso_v, None, None, None, amb=_amb(d.style, iso_v))
    d.no("immunizations", "RSV vaccine", "other", "not eligible")
    d.para(
        "Would she be a candidate for antifibrotic treatment such as nintedanib if this proves to be fibrotic lung "
        "disease? Thank you for seeing her."
    )
    d.no("medications", "nintedanib", "planned", "question to specialist")
    d.para("Yours sincerely,")
    d.signature("Dr Priya Raman", "GP Partner, Dales Medical Practice")
    d.ensure(70)
    d.title("Addendum", 10)
    d.hand_line(d.d("2025-04-10"), "RF 18 IU/mL (nl <14) - raised", 11)
    d.hand_line("", "ENA screen negative", 11)
    d.lab("RF", "18", "IU/mL", None, 14.0, "<14", "high", "2025-04-10", ["Rheumatoid factor"])
    d.lab("ENA screen", "negative", None, None, None, None, None, "2025-04-10", ["Extractable nuclear antigens"])
    return d


# ---------------------------------------------------------------------------- 13 Hajdu-Bihar
@document
def d13():
    d = Doc(
        13,
        "hajdu_bihar_discharge_summary",
        "Hajdú-Bihar County (Hungary)",
        "discharge_summary",
        "hospital discharge summary (urosepsis, admission/discharge labs, cultures, held and stopped medicines, patient leaflet page)",
        "Y.m.d",
        lang="Hungarian",
        comma=True,
    )
    d.letterhead(
        "Debreceni Egyetem Klinikai Központ",
        ["Belgyógyászati Klinika, Nagyerdei krt. 98, 4032 Debrecen", "Telefon: +36 52 411 717"],
        right=["ZÁRÓJELENTÉS", "Esetszám: 2025/004187"],
        color=(0.4, 0.15, 0.05),
    )
    d.kv(
        [
            ("Beteg neve:", "Szabó Erzsébet"),
            ("TAJ szám:", "045 318 726"),
            ("Felvétel:", "2025.01.20."),
            ("Távozás:", "2025.01.28."),
            ("Kezelőorvos:", "Dr. Nagy Péter"),
            ("Háziorvos:", "Dr. Tóth Anna, Hajdúszoboszló"),
        ],
        lw=88,
    )
    d.title("Diagnózisok (BNO-10)", 10)
    d.bullets(
        [
            "N10 Akut pyelonephritis",
            "A41.5 Gram-negatív sepsis (E. coli)",
            "N17.9 Akut veseelégtelenség – rendeződött",
            "E11.9 2-es típusú diabetes mellitus",
            "I10 Esszenciális hypertonia",
            "E66.0 Elhízás",
        ]
    )
    d.cond("Akut pyelonephritis", "active", "N10", ["acute pyelonephritis"])
    d.cond("Gram-negatív sepsis", "active", "A41.5", ["gram-negative sepsis"])
    d.no("conditions", "Akut veseelégtelenség", "historical", "resolved during stay")
    d.cond("2-es típusú diabetes mellitus", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Esszenciális hypertonia", "active", "I10", ["essential hypertension"])
    d.cond("Elhízás", "active", "E66.0", ["obesity"])
    d.title("Anamnézis", 10)
    d.para(
        "72 éves nőbeteg, lázzal, hidegrázással és jobb oldali deréktáji fájdalommal vették fel. 2018-ban "
        "cholecystectomia történt. Édesanyja emlőrák miatt hunyt el. Gyógyszerérzékenység: "
        "ciprofloxacin (csalánkiütés), metamizol (bőrkiütés)."
    )
    d.no("conditions", "cholecystectomia", "historical", "2018")
    d.no("conditions", "emlőrák", "family", "mother")
    d.alg("ciprofloxacin", "csalánkiütés")
    d.alg("metamizol", "bőrkiütés")
    d.title("Kórlefolyás", 10)
    d.para(
        "Hemokultúrából és vizeletből E. coli tenyészett. Intravénás ceftriaxon 2 g naponta 5 napig, majd "
        "szájon át cefuroxim. Folyadékpótlás mellett a vesefunkció rendeződött. A metformint felfüggesztettük. "
        "Hasi UH: pangás nem látható."
    )
    d.no("medications", "ceftriaxon", "other", "IV on the ward")
    d.title("Laboratóriumi eredmények", 10)
    tab = cumul(
        d,
        [
            ("CRP", ["C-reactive protein"], "mg/L", "0 – 5", 0.0, 5.0, None, ["248 H", "18 H"]),
            ("Prokalcitonin", ["Procalcitonin"], "ng/mL", "< 0,5", None, 0.5, "< 0,5", ["12,4 H", "—"]),
            ("Fehérvérsejtszám", ["White cell count"], "G/L", "4,0 – 10,0", 4.0, 10.0, None, ["19,6 H", "8,2"]),
            ("Hemoglobin", ["Haemoglobin"], "g/L", "120 – 160", 120.0, 160.0, None, ["118 L", "112 L"]),
            ("Thrombocytaszám", ["Platelets"], "G/L", "150 – 400", 150.0, 400.0, None, ["142 L", "268"]),
            ("Kreatinin", ["Creatinine"], "µmol/L", "45 – 84", 45.0, 84.0, None, ["186 H", "92 H"]),
            ("eGFR", [], "mL/min/1,73m²", "> 60", 60.0, None, "> 60", ["24 L", "53 L"]),
            ("Kálium", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ["5,4 H", "4,2"]),
            ("Glükóz", ["Glucose"], "mmol/L", "3,9 – 6,0", 3.9, 6.0, None, ["16,8 H", "8,4 H"]),
            ("Laktát", ["Lactate"], "mmol/L", "0,5 – 2,2", 0.5, 2.2, None, ["3,9 H", "—"]),
        ],
        ["2025-01-20", "2025-01-27"],
    )
    d.table(
        ["Vizsgálat", "Felvétel " + d.d("2025-01-20"), "Kontroll " + d.d("2025-01-27"), "Egység", "Referencia"],
        tab,
        [1.9, 1.6, 1.6, 1.2, 1.2],
    )
    d.para("H / L – a referenciatartomány felett / alatt.", 7.5)
    d.para("Mikrobiológia (" + d.d("2025-01-20") + "): Hemokultúra: E. coli (ESBL negatív). Vizelettenyésztés: E. coli > 10^5 CFU/ml.")
    d.lab("Hemokultúra", "E. coli (ESBL negatív)", None, None, None, None, None, "2025-01-20", ["Blood culture"])
    d.lab("Vizelettenyésztés", "E. coli > 10^5 CFU/ml", None, None, None, None, None, "2025-01-20", ["Urine culture"], num=None)
    d.para("Távozáskor: RR 132/78 Hgmm, pulzus 76/perc, testhőmérséklet 36,6 °C, SpO2 97 %, légzésszám 16/perc.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "Hgmm")
    d.vit("heart_rate", "76", 76.0, None, "/perc")
    d.vit("temperature", "36,6", 36.6, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("respiratory_rate", "16", 16.0, None, "/perc")
    d.run_header = "Zárójelentés – Szabó Erzsébet, TAJ 045 318 726 – DE KK Belgyógyászati Klinika"
    d.newpage()
    d.title("Javasolt terápia", 10)
    d.table(
        ["Gyógyszer", "Adagolás", "Megjegyzés"],
        [
            ["Zinnat 500 mg (cefuroxim) tabletta", "2x1, még 5 napig", "új"],
            ["Toujeo (glargin inzulin) 300 E/ml", "12 E este sc.", "új"],
            ["Amlodipin 10 mg tabletta", "1x1 reggel", "változatlan"],
            ["Atorvastatin 20 mg tabletta", "1x1 este", "változatlan"],
            ["Paracetamol 500 mg tabletta", "szükség szerint, max. 3x2", "változatlan"],
            ["Prestarium Neo 5 mg (perindopril)", "— (szüneteltetve)", "a vesefunkció kontrolljáig"],
            ["Metformin 1000 mg tabletta", "— (felfüggesztve)", "háziorvosi kontroll után visszaállítható"],
            ["Cataflam 50 mg (diclofenac)", "—", "elhagyandó (vesekárosodás)"],
        ],
        [3, 2.3, 2.7],
    )
    d.med("cefuroxim", "Zinnat", "500", "mg", None, "2x1, még 5 napig", "new")
    d.med("glargin inzulin", "Toujeo", "12", "E", "sc.", "este", "new")
    d.med("Amlodipin", None, "10", "mg", None, "1x1 reggel")
    d.med("Atorvastatin", None, "20", "mg", None, "1x1 este")
    d.med("Paracetamol", None, "500", "mg", None, "szükség szerint, max. 3x2")
    d.med("perindopril", "Prestarium Neo", "5", "mg", None, None, "held")
    d.med("Metformin", None, "1000", "mg", None, None, "held")
    d.med("diclofenac", "Cataflam", "50", "mg", None, None, "stopped")
    d.no("medications", "perindopril", "stopped", "held until kidney function check")
    d.no("medications", "Metformin", "stopped", "held until GP check")
    d.no("medications", "diclofenac", "stopped")
    d.para(
        "Kontroll: háziorvosnál 5 napon belül (vesefunkció, vércukor). Diabetológiai gondozás. Influenza elleni oltást felajánlottunk – a beteg "
        "elutasította."
    )
    d.no("immunizations", "Influenza elleni oltás", "other", "declined")
    d.signature("Dr. Nagy Péter", "rezidens orvos, Belgyógyászati Klinika", hand=False)
    d.signature("Prof. Dr. Kiss Gábor", "klinikaigazgató", hand=False)
    d.run_header = None
    d.newpage()
    d.title("BETEGTÁJÉKOZTATÓ – Húgyúti fertőzések megelőzése", 11.5)
    d.para(
        "Fogyasszon naponta legalább 2 liter folyadékot, és ne tartsa vissza a vizeletét. A vércukor jó beállítása "
        "csökkenti a fertőzések kockázatát."
    )
    d.para(
        "Orvosi megbeszélés nélkül ne szedjen nem szteroid gyulladáscsökkentőt, például ibuprofent (Algoflex), mert "
        "ronthatja a vesefunkciót."
    )
    d.para("Ha láz, hidegrázás vagy deréktáji fájdalom jelentkezik, haladéktalanul forduljon orvoshoz.")
    d.no("medications", "ibuprofen", "leaflet", "Algoflex")
    return d


# ---------------------------------------------------------------------------- 14 Shkoder
@document
def d14():
    d = Doc(
        14,
        "shkoder_hospital_discharge_letter",
        "Shkodër County (Albania)",
        "discharge_summary",
        "hospital discharge letter (cardioembolic stroke, Lartë / Ulët flags in cumulative cells, handwritten additions, patient advice page)",
        "d.m.Y",
        lang="Albanian",
        comma=True,
    )
    d.letterhead(
        "Spitali Rajonal Shkodër",
        ["Shërbimi i Neurologjisë, Lagjja Skënderbeg, Shkodër 4001", "Tel. 022 240 114"],
        right=["EPIKRIZË", "Fletë daljeje nga spitali"],
        color=(0.55, 0.05, 0.05),
    )
    d.kv(
        [
            ("Pacienti:", "Gjergj Marku"),
            ("Nr. personal:", "H50318072K"),
            ("Data e shtrimit:", "02.04.2025"),
            ("Data e daljes:", "11.04.2025"),
        ],
        lw=96,
    )
    d.title("Diagnoza", 10)
    d.bullets(
        [
            "I63.4 Infarkt cerebral nga emboli (hemisfera e majtë)",
            "I48.0 Fibrilacion atrial paroksizmal",
            "I10 Hipertension arterial",
            "E78.0 Hiperkolesterolemi",
            "J69.0 Pneumoni aspirative – e shëruar",
        ]
    )
    d.cond("Infarkt cerebral nga emboli", "active", "I63.4", ["cardioembolic ischaemic stroke"])
    d.cond("Fibrilacion atrial paroksizmal", "active", "I48.0", ["paroxysmal atrial fibrillation"])
    d.cond("Hipertension arterial", "active", "I10", ["hypertension"])
    d.cond("Hiperkolesterolemi", "active", "E78.0", ["hypercholesterolaemia"])
    d.no("conditions", "Pneumoni aspirative", "historical", "resolved during stay")
    d.title("Anamneza dhe ecuria", 10)
    d.para(
        "Pacient 71 vjeç, u shtrua me dobësi të dorës dhe këmbës së djathtë dhe vështirësi në të folur. CT e "
        "trurit: pa hemorragji. Fibrilacioni atrial u zbulua gjatë monitorimit. Babai ka vdekur nga infarkti i "
        "miokardit. Në repart mori "
        "ceftriakson i.v. 7 ditë dhe enoksaparinë s.c. Alergji: penicilinë (urtikarie), jod (skuqje)."
    )
    d.no("conditions", "hemorragji", "negated")
    d.no("conditions", "infarkti i miokardit", "family", "father")
    d.no("medications", "ceftriakson", "other", "IV on the ward")
    d.no("medications", "enoksaparinë", "other", "on the ward only")
    d.alg("penicilinë", "urtikarie")
    d.alg("jod", "skuqje")
    d.title("Analizat laboratorike", 10)
    tab = cumul(
        d,
        [
            ("Glicemia", ["Glucose"], "mmol/L", "3,9 – 6,1", 3.9, 6.1, None, ["7,4 Lartë", "5,8"]),
            ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, ["5,9", "—"]),
            ("Kolesterol total", ["Total cholesterol"], "mmol/L", "< 5,2", None, 5.2, "< 5,2", ["6,6 Lartë", "—"]),
            ("LDL-kolesterol", ["LDL cholesterol"], "mmol/L", "< 1,8", None, 1.8, "< 1,8", ["4,3 Lartë", "3,1 Lartë"]),
            ("Kreatinina", ["Creatinine"], "µmol/L", "62 – 106", 62.0, 106.0, None, ["98", "91"]),
            ("Leukocite", ["White cell count"], "10^9/L", "4,0 – 10,0", 4.0, 10.0, None, ["12,8 Lartë", "7,4"]),
            ("Hemoglobina", ["Haemoglobin"], "g/L", "130 – 170", 130.0, 170.0, None, ["138", "131"]),
            ("Natrium", ["Sodium"], "mmol/L", "136 – 145", 136.0, 145.0, None, ["134 Ulët", "139"]),
            ("TSH", ["Thyroid stimulating hormone"], "mIU/L", "0,4 – 4,0", 0.4, 4.0, None, ["1,9", "—"]),
            ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["64 Lartë", "8 Lartë"]),
        ],
        ["2025-04-02", "2025-04-10"],
    )
    d.table(["Analiza", d.d("2025-04-02"), d.d("2025-04-10"), "Njësia", "Vlerat normale"], tab, [2, 1.4, 1.4, 1, 1.3])
    d.para("Lartë / Ulët – mbi / nën vlerat normale.", 7.5)
    d.para("Në dalje: TA 136/80 mmHg, pulsi 72/min, SpO2 96 %, temperatura 36,7 °C.")
    d.vit("blood_pressure", "136/80", 136.0, 80.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("temperature", "36,7", 36.7, None, "°C")
    d.title("Mjekimi në shtëpi", 10)
    d.bullets(
        [
            "Eliquis (apiksaban) 5 mg – 1 tabletë 2 herë në ditë (e re)",
            "Atorvastatinë 80 mg – 1 tabletë në mbrëmje (e re)",
            "Bisoprolol 5 mg – 1 tabletë në mëngjes (e re)",
            "Amlodipinë 5 mg – 1 tabletë në ditë (vazhdon)",
            "Omeprazol 20 mg – 1 kapsulë në mëngjes (vazhdon)",
            "Aspirinë 100 mg – e ndërprerë, zëvendësuar me apiksaban",
        ]
    )
    d.med("apiksaban", "Eliquis", "5", "mg", None, "2 herë në ditë", "new")
    d.med("Atorvastatinë", None, "80", "mg", None, "në mbrëmje", "new")
    d.med("Bisoprolol", None, "5", "mg", None, "në mëngjes", "new")
    d.med("Amlodipinë", None, "5", "mg", None, "1 tabletë në ditë")
    d.med("Omeprazol", None, "20", "mg", None, "në mëngjes")
    d.med("Aspirinë", None, "100", "mg", None, None, "stopped")
    d.no("medications", "Aspirinë", "stopped")
    d.title("Shënime me dorë", 9.5)
    d.hand_line("", "Pesha në dalje 79 kg", 10.5)
    d.hand_line("", "Fizioterapi 3 herë në javë", 10.5)
    d.hand_line("", "Kontroll lipidesh pas 6 javësh te mjeku i familjes", 10.5)
    d.vit("weight", "79", 79.0, None, "kg")
    d.no("labs", "lipidesh", "planned")
    d.signature("Dr. Mimoza Kola", "mjeke neurologe, Shërbimi i Neurologjisë")
    d.newpage()
    d.title("KËSHILLA PËR PACIENTIN – pas iktusit", 11.5)
    d.para(
        "Merrni Eliquis çdo ditë, në të njëjtën orë, pa e ndërprerë vetë. Mos merrni ibuprofen (Brufen) pa këshillën "
        "e mjekut, sepse rrit rrezikun e gjakderdhjes."
    )
    d.para(
        "Nëse shfaqet papritur dobësi e fytyrës ose e krahut, ose vështirësi në të folur, telefononi menjëherë 127."
    )
    d.no("medications", "ibuprofen", "leaflet", "Brufen")
    d.no("conditions", "gjakderdhjes", "leaflet")
    return d


# ---------------------------------------------------------------------------- 15 Florida
@document
def d15():
    d = Doc(
        15,
        "florida_heart_failure_discharge_scan",
        "United States (Florida)",
        "discharge_summary",
        "discharge summary (acute decompensated heart failure, 2 pages, scanned, handwritten notes)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": 1.4},
        size=letter,
    )
    d.letterhead(
        "Suncoast Bay Hospital",
        ["Department of Medicine - Hospitalist Service", "1800 Bayshore Blvd, Sarasota, FL 34236"],
        right=["DISCHARGE SUMMARY", "Acct 88-4410279"],
        color=(0.0, 0.35, 0.45),
    )
    d.kv(
        [
            ("Patient:", "Dorothy M. Whitfield"),
            ("DOB:", "03/22/1944"),
            ("Admitted:", "03/03/2025"),
            ("Discharged:", "03/08/2025"),
            ("Attending:", "Luis Ferrer, MD"),
            ("PCP:", "Gulf Gate Family Practice"),
        ],
        lw=72,
    )
    d.title("Diagnoses", 10.5)
    d.bullets(
        [
            "Acute on chronic heart failure with reduced ejection fraction (I50.23)",
            "Hyponatremia - resolved",
            "Permanent atrial fibrillation (I48.21)",
            "Chronic kidney disease stage 3b (N18.32)",
            "Type 2 diabetes mellitus without complications (E11.9)",
            "Hypothyroidism (E03.9)",
            "Gout (M10.9)",
        ]
    )
    d.cond("Acute on chronic heart failure with reduced ejection fraction", "active", "I50.23")
    d.no("conditions", "Hyponatremia", "historical", "resolved during stay")
    d.cond("Permanent atrial fibrillation", "active", "I48.21")
    d.cond("Chronic kidney disease stage 3b", "active", "N18.32")
    d.cond("Type 2 diabetes mellitus without complications", "active", "E11.9")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.cond("Gout", "active", "M10.9")
    d.title("Hospital course", 10.5)
    d.para(
        "80-year-old woman with HFrEF (EF 25-30%) admitted with an 8-lb weight gain and orthopnea after running "
        "out of her diuretic. Diuresed with a bumetanide infusion for 48 hours, net negative 6.2 L. Troponin was "
        "low-level and flat, with no evidence of acute coronary syndrome. Repeat echo showed an unchanged EF. "
        "Her brother has a pacemaker for heart block."
    )
    d.no("medications", "bumetanide infusion", "other", "inpatient only")
    d.no("conditions", "acute coronary syndrome", "negated")
    d.no("conditions", "heart block", "family", "brother")
    d.para("Allergies: sulfa antibiotics (hives); morphine (confusion).")
    d.alg("sulfa antibiotics", "hives")
    d.alg("morphine", "confusion")
    d.title("Labs", 10.5)
    tab = cumul(
        d,
        [
            ("BNP", ["B-type natriuretic peptide"], "pg/mL", "<100", None, 100.0, "<100", ["2,460 H", "890 H"]),
            ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, ["129 L", "134 L"]),
            ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["3.2 L", "4.4"]),
            ("Creatinine", [], "mg/dL", "0.57-1.00", 0.57, 1.0, None, ["1.62 H", "1.48 H"]),
            ("Magnesium", [], "mg/dL", "1.7-2.2", 1.7, 2.2, None, ["1.5 L", "2.0"]),
            ("Hemoglobin", [], "g/dL", "11.6-15.0", 11.6, 15.0, None, ["11.2 L", "10.9 L"]),
            ("Troponin I, high sensitivity", ["hs-troponin I"], "ng/L", "<14", None, 14.0, "<14", ["19 H", "\u2014"]),
        ],
        ["2025-03-03", "2025-03-08"],
    )
    d.table(["Test", "03/03/2025", "03/08/2025", "Units", "Ref range"], tab, [2.2, 1.2, 1.2, 1, 1.2])
    d.para("Vitals at discharge: BP 112/64, HR 78 irregular, T 97.8 F, RR 18, SpO2 95% RA, dry weight 142 lb.")
    d.vit("blood_pressure", "112/64", 112.0, 64.0, None)
    d.vit("heart_rate", "78", 78.0, None, None)
    d.vit("temperature", "97.8", 97.8, None, "F")
    d.vit("respiratory_rate", "18", 18.0, None, None)
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "142", 142.0, None, "lb")
    d.run_header = "Whitfield, Dorothy M. - DOB 03/22/1944 - Discharge summary 03/08/2025"
    d.newpage()
    d.title("Discharge medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Torsemide 20 mg tablet", "40 mg by mouth once daily", "NEW (replaces furosemide)"],
            ["Potassium chloride ER 20 mEq tablet", "20 mEq by mouth daily for 5 days", "NEW"],
            ["Sacubitril-valsartan (Entresto) 24-26 mg", "1 tablet by mouth twice daily", "Continue"],
            ["Metoprolol succinate ER 50 mg", "50 mg by mouth daily", "Continue"],
            ["Apixaban (Eliquis) 2.5 mg", "2.5 mg by mouth twice daily", "Continue"],
            ["Levothyroxine 88 mcg", "88 mcg by mouth daily before breakfast", "Continue"],
            ["Allopurinol 100 mg", "100 mg by mouth daily", "Continue"],
            ["Spironolactone 25 mg", "-", "HOLD until BMP on 03/12/2025"],
            ["Furosemide 40 mg", "-", "STOP"],
            ["Glipizide 5 mg", "-", "STOP (hypoglycemia risk with CKD)"],
        ],
        [3, 3, 2.2],
    )
    d.med("Torsemide", None, "40", "mg", "by mouth", "once daily", "new")
    d.med("Potassium chloride ER", None, "20", "mEq", "by mouth", "daily for 5 days", "new")
    d.med("Sacubitril-valsartan", "Entresto", "24-26", "mg", "by mouth", "twice daily")
    d.med("Metoprolol succinate ER", None, "50", "mg", "by mouth", "daily")
    d.med("Apixaban", "Eliquis", "2.5", "mg", "by mouth", "twice daily")
    d.med("Levothyroxine", None, "88", "mcg", "by mouth", "daily before breakfast")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily")
    d.med("Spironolactone", None, "25", "mg", None, None, "held")
    d.med("Furosemide", None, "40", "mg", None, None, "stopped")
    d.med("Glipizide", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Spironolactone", "stopped", "held until BMP")
    d.no("medications", "Furosemide", "stopped")
    d.no("medications", "Glipizide", "stopped")
    d.title("Immunizations", 10.5)
    d.para("Pneumococcal conjugate vaccine (PCV20) given 03/07/2025, lot PF4471. RSV vaccine recommended at PCP follow-up.")
    d.imm("Pneumococcal conjugate vaccine (PCV20)", "2025-03-07", None, "PF4471", None)
    d.no("immunizations", "RSV vaccine", "due")
    d.title("Follow-up", 10.5)
    d.para(
        "PCP within 7 days with BMP on 03/12/2025; heart failure clinic in 2 weeks. Daily weights; call if gain of "
        "more than 3 lb in a day. Consider dapagliflozin at heart failure clinic once kidney function is stable. "
        "Sodium restriction 2 g/day."
    )
    d.no("medications", "dapagliflozin", "planned", "conditional")
    d.signature("Luis Ferrer, MD", "Hospitalist", hand=False)
    d.gap(6)
    d.title("Notes", 10)
    d.hand_line(d.d("2025-03-06") + ":", "Ferritin 38 ng/mL (nl 30-400)", 11)
    d.hand_line("", "TSAT 14% - low", 11)
    d.hand_line("", "Venofer 200 mg IV x1 given 3/7 on the floor", 11)
    d.lab("Ferritin", "38", "ng/mL", 30.0, 400.0, None, "normal", "2025-03-06")
    d.lab("TSAT", "14", "%", None, None, None, None, "2025-03-06", ["Transferrin saturation"])
    d.no("medications", "Venofer", "other", "single IV dose on the ward")
    return d


# ---------------------------------------------------------------------------- 16 Cap-Haitien
@document
def d16():
    d = Doc(
        16,
        "cap_haitien_child_vaccination_card_scan",
        "Nord department (Haiti)",
        "immunization_record",
        "child vaccination card (EPI health centre card, day/month/year, handwritten, scanned)",
        "d/m/Y",
        ext="png",
        scan={"dpi": 160, "angle": -1.8},
        lang="French",
    )
    d.letterhead(
        "Carte de vaccination de l'enfant",
        ["Ministère de la Santé Publique et de la Population – Programme Élargi de Vaccination (PEV)",
         "Centre de santé Fort-Saint-Michel, Cap-Haïtien, département du Nord"],
        color=(0.0, 0.25, 0.55),
    )
    d.kv(
        [
            ("Nom de l'enfant :", Hand("Jean-Baptiste Widlène")),
            ("Date de naissance :", Hand("14/02/2024")),
            ("Nom de la mère :", Hand("Marie-Claude Jean-Baptiste")),
            ("N° de dossier :", Hand("FSM-24-0517")),
        ],
        cols=1,
        lw=130,
    )
    rows = [
        ("BCG (naissance)", "2024-02-14", None, "BCG0224"),
        ("VPO 0 (naissance)", "2024-02-14", None, "PO1180"),
        ("Penta 1 (DTC-HepB-Hib)", "2024-03-27", 1, "PT4412"),
        ("VPO 1", "2024-03-27", 1, "PO1233"),
        ("Pneumo 1 (PCV13)", "2024-03-27", 1, "PN7710"),
        ("Penta 2 (DTC-HepB-Hib)", "2024-05-08", 2, "PT4490"),
        ("VPO 2", "2024-05-08", 2, "PO1279"),
        ("Pneumo 2 (PCV13)", "2024-05-08", 2, "PN7755"),
        ("Penta 3 (DTC-HepB-Hib)", "2024-06-12", 3, "PT4531"),
        ("VPO 3", "2024-06-12", 3, "PO1301"),
        ("VPI", "2024-06-12", None, "IP0902"),
        ("Pneumo 3 (PCV13)", "2024-06-12", 3, "PN7801"),
        ("RR 1 (rougeole-rubéole)", "2024-11-19", 1, "RR3318"),
    ]
    tab = []
    for vac, iso, n, lot in rows:
        tab.append([vac, Hand(d.d(iso)), Hand(lot), Hand("MJ")])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("VACCINS REÇUS", 11)
    d.table(["Vaccin / dose", "Date (jour/mois/année)", "N° de lot", "Visa"], tab, [3.4, 1.9, 1.3, 0.8], size=8.4)
    d.title("Observations", 10)
    d.hand_line("", "Rotavirus : rupture de stock le 27/03 et le 08/05, non donné", 10.5)
    d.hand_line("", "Vaccin contre la grippe : refusé par la mère", 10.5)
    d.hand_line("19/11/2024 :", "Vitamine A 100 000 UI donnée", 10.5)
    d.hand_line("19/11/2024 :", "poids 7,9 kg, taille 69 cm", 10.5)
    d.hand_line("", "Déparasitage (albendazole) à 12 mois", 10.5)
    d.no("immunizations", "Rotavirus", "other", "out of stock")
    d.no("immunizations", "Vaccin contre la grippe", "other", "mother declined")
    d.no("medications", "Vitamine A", "other", "single dose at the health centre")
    d.no("medications", "albendazole", "planned", "at 12 months")
    d.vit("weight", "7,9", 7.9, None, "kg")
    d.vit("height", "69", 69.0, None, "cm")
    d.hand_line("Vaccinatrice :", "Marthe Joseph, infirmière", 10.5)
    return d


# ---------------------------------------------------------------------------- 17 Lugo
@document
def d17():
    d = Doc(
        17,
        "lugo_vaccination_registry",
        "Lugo (Galicia)",
        "immunization_record",
        "regional vaccination registry print-out (adult; serology, not indicated, immune, refused, scheduled)",
        "d/m/Y",
        lang="Galician",
    )
    d.letterhead(
        "Servizo Galego de Saúde – Rexistro Galego de Vacinacións",
        ["Centro de Saúde Lugo-Residencia, Área Sanitaria de Lugo, A Mariña e Monforte de Lemos",
         "Rúa Dr. Ochoa s/n, 27004 Lugo"],
        right=["INFORME DE VACINACIÓN", "Data de impresión: 02/04/2025"],
        size=11,
        color=(0.0, 0.3, 0.6),
    )
    d.kv(
        [
            ("Paciente:", "Manuel Vázquez Castro"),
            ("TIS:", "VZCS580612LU"),
            ("Ano de nacemento:", "1958"),
            ("Médica de familia:", "Uxía Fernández Rei"),
        ],
        lw=112,
    )
    rows = [
        ("Tétanos-difteria (Td), dose de recordo", "2019-05-12", None, "TD5521", "diTeBooster"),
        ("Hepatite B, 1ª dose", "2021-02-03", 1, "HB7120", "Engerix-B"),
        ("Hepatite B, 2ª dose", "2021-03-03", 2, "HB7188", "Engerix-B"),
        ("Hepatite B, 3ª dose", "2021-08-04", 3, "HB7402", "Engerix-B"),
        ("Pneumococo (VNC20), dose única", "2024-10-21", None, "PN6630", "Prevenar 20"),
        ("Gripe, campaña 2024-2025", "2024-10-21", None, "GR1187", "Vaxigrip"),
        ("COVID-19 (JN.1)", "2024-10-21", None, "CV5541", "Comirnaty"),
        ("Herpes zóster (HZ/su), 1ª dose", "2025-01-17", 1, "ZS1044", "Shingrix"),
        ("Herpes zóster (HZ/su), 2ª dose", "2025-03-25", 2, "ZS1190", "Shingrix"),
    ]
    tab = []
    for vac, iso, n, lot, br in rows:
        tab.append([vac, d.d(iso), br, lot, "Administrada"])
        d.imm(vac, iso, n, lot, br, amb=_amb(d.style, iso))
    d.title("Vacinas administradas", 10.5)
    d.table(["Vacina / dose", "Data", "Preparado", "Lote", "Estado"], tab, [3.2, 1.1, 1.3, 1, 1.1], size=8.2)
    d.title("Seroloxías rexistradas", 10.5)
    d.table(
        ["Proba", "Resultado", "Referencia", "Data"],
        [["Sarampelo IgG", "Positiva", "Positiva = inmune", d.d("2016-10-10")]],
        [2.6, 1.4, 2, 1.2],
        size=8.2,
    )
    d.lab("Sarampelo IgG", "Positiva", None, None, None, "Positiva = inmune", "normal", "2016-10-10", ["Measles IgG"])
    d.title("Vacinas non administradas ou programadas", 10.5)
    d.table(
        ["Vacina", "Situación", "Observacións"],
        [
            ["Hepatite A", "Non indicada", "sen factores de risco nin viaxes previstas"],
            ["Varicela", "Non precisa", "pasou a varicela na infancia"],
            ["Triple vírica", "Non precisa", "inmune por seroloxía (2016)"],
            ["Virus respiratorio sincitial (VRS)", "Rexeitada", "o paciente rexeitouna o 21/10/2024"],
            ["Gripe, campaña 2025-2026", "Programada", "outubro de 2025"],
        ],
        [2.8, 1.4, 3.4],
        size=8.2,
    )
    d.no("immunizations", "Hepatite A", "other", "not indicated")
    d.no("immunizations", "Varicela", "other", "not needed, had the disease")
    d.no("conditions", "pasou a varicela", "historical")
    d.no("immunizations", "Triple vírica", "other", "immune by serology")
    d.no("immunizations", "Virus respiratorio sincitial (VRS)", "other", "refused")
    d.para(
        "Datos procedentes do Rexistro Galego de Vacinacións. Este informe non substitúe o Certificado "
        "Internacional de Vacinación para viaxes.",
        8,
    )
    return d


# ---------------------------------------------------------------------------- 18 New York
@document
def d18():
    d = Doc(
        18,
        "new_york_nysiis_immunization_record",
        "United States (New York)",
        "immunization_record",
        "state immunization registry print (school entry: childhood series, disease history, refusal, forecast, lead test)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "New York State Immunization Information System (NYSIIS)",
        ["New York State Department of Health - Bureau of Immunization", "Corning Tower, Empire State Plaza, Albany, NY 12237"],
        right=["IMMUNIZATION HISTORY REPORT", "Printed 08/12/2025"],
        size=10.5,
        color=(0.05, 0.2, 0.45),
    )
    d.kv(
        [
            ("Name:", "Mateo J. Castellano"),
            ("DOB:", "09/14/2019"),
            ("NYSIIS ID:", "NY-0088314529"),
            ("Purpose:", "School entry (Kindergarten 2025-26)"),
        ],
        lw=62,
    )
    rows = [
        ("Hep B", "2019-09-15", 1, "Engerix-B", "3F7K2"),
        ("Hep B", "2019-10-18", 2, "Engerix-B", "4J2M8"),
        ("Hep B", "2020-03-20", 3, "Engerix-B", "5P1R4"),
        ("DTaP", "2019-11-15", 1, "Infanrix", "AC14B337"),
        ("DTaP", "2020-01-17", 2, "Infanrix", "AC14B402"),
        ("DTaP", "2020-03-20", 3, "Infanrix", "AC14B455"),
        ("DTaP", "2020-12-18", 4, "Infanrix", "AC14C018"),
        ("DTaP", "2023-09-26", 5, "Infanrix", "AC14D771"),
        ("IPV", "2019-11-15", 1, "IPOL", "UJ341AA"),
        ("IPV", "2020-01-17", 2, "IPOL", "UJ355AB"),
        ("IPV", "2020-09-21", 3, "IPOL", "UK102AA"),
        ("IPV", "2023-09-26", 4, "IPOL", "UL218AC"),
        ("Hib (PRP-OMP)", "2019-11-15", 1, "PedvaxHIB", "T018772"),
        ("Hib (PRP-OMP)", "2020-01-17", 2, "PedvaxHIB", "T019040"),
        ("Hib (PRP-OMP)", "2020-12-18", 3, "PedvaxHIB", "T021316"),
        ("PCV13", "2019-11-15", 1, "Prevnar 13", "EX8841"),
        ("PCV13", "2020-01-17", 2, "Prevnar 13", "EX9012"),
        ("PCV13", "2020-03-20", 3, "Prevnar 13", "EY0376"),
        ("PCV13", "2020-12-18", 4, "Prevnar 13", "EY2294"),
        ("MMR", "2020-09-21", 1, "M-M-R II", "U014385"),
        ("MMR", "2023-09-26", 2, "M-M-R II", "W004127"),
        ("Hep A", "2020-09-21", 1, "Havrix", "AHAVB711"),
        ("Hep A", "2021-04-05", 2, "Havrix", "AHAVB890"),
        ("Influenza, injectable, quadrivalent", "2024-10-12", None, "Fluarix", "4LB38"),
    ]
    tab = []
    for vac, iso, n, br, lot in rows:
        tab.append([vac, d.d(iso), str(n) if n else "-", br, lot])
        d.imm(vac, iso, n, lot, br)
    d.title("Immunization history", 10.5)
    d.table(["Vaccine", "Date given", "Dose", "Trade name", "Lot"], tab, [2.6, 1.1, 0.6, 1.4, 1.2], size=7.8)
    d.title("Disease history / exemptions", 10.5)
    d.table(
        ["Vaccine", "Type", "Date"],
        [
            ["Varicella", "History of varicella disease, verified by provider - vaccine not needed", "04/11/2022"],
            ["COVID-19", "Parent declined", "10/12/2024"],
        ],
        [1.6, 4.4, 1.2],
        size=8,
    )
    d.no("immunizations", "Varicella", "other", "had the disease")
    d.no("conditions", "varicella disease", "historical")
    d.no("immunizations", "COVID-19", "other", "parent declined")
    d.title("Forecast (ACIP schedule)", 10.5)
    d.table(
        ["Vaccine", "Status", "Earliest date", "Due date"],
        [
            ["Influenza 2025-2026", "Not yet due", "08/01/2025", "10/31/2025"],
            ["MenACWY", "Not yet due", "09/14/2030", "09/14/2030"],
        ],
        [2.4, 1.5, 1.5, 1.5],
        size=8,
    )
    d.no("immunizations", "MenACWY", "due", "at 11 years")
    d.title("Other school-entry data", 10.5)
    d.table(
        ["Test", "Result", "Reference", "Date"],
        [["Blood lead level (venous)", "2.1 ug/dL", "<3.5", "09/21/2020"]],
        [2.8, 1.4, 1.2, 1.2],
        size=8,
    )
    d.lab("Blood lead level (venous)", "2.1", "ug/dL", None, 3.5, "<3.5", "normal", "2020-09-21", ["Blood lead"])
    d.para(
        "This report meets New York State school immunization requirements for kindergarten entry (PHL 2164). "
        "Generated from NYSIIS; valid without signature.",
        8.5,
    )
    return d


# ---------------------------------------------------------------------------- 19 Jalisco
@document
def d19():
    d = Doc(
        19,
        "jalisco_prescription_scan",
        "Jalisco (Mexico)",
        "prescription",
        "private practice visit note and prescription (handwritten, scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 165, "angle": -2.0},
        lang="Spanish",
    )
    d.letterhead(
        "Dr. Alejandro Ramírez Orozco",
        ["Medicina Interna – Cédula Profesional 4582193 – Cédula de Especialidad 7731046",
         "Av. Chapultepec Sur 480, int. 305, Col. Americana, Guadalajara, Jal. – Tel. 33 3615 2290"],
        right=["Universidad de Guadalajara", "Consulta previa cita"],
        font="SB",
        size=14,
        color=(0.1, 0.2, 0.45),
    )
    d.kv(
        [
            ("Paciente:", Hand("María Guadalupe Hernández Ríos")),
            ("Fecha:", Hand("24/02/2025")),
            ("Edad:", Hand("58 años")),
            ("Exp.:", Hand("HR-1187")),
        ],
        lw=62,
    )
    d.hand_line("Signos vitales:", "T/A 138/86 mmHg  FC 92 lpm  Temp 38.4 °C", 10.5)
    d.hand_line("", "Peso 74 kg  Talla 1.58 m", 10.5)
    d.vit("blood_pressure", "138/86", 138.0, 86.0, "mmHg")
    d.vit("heart_rate", "92", 92.0, None, "lpm")
    d.vit("temperature", "38.4", 38.4, None, "°C")
    d.vit("weight", "74", 74.0, None, "kg")
    d.vit("height", "1.58", 1.58, None, "m")
    d.hand_line("Glucosa capilar:", "186 mg/dL", 10.5)
    d.lab("Glucosa capilar", "186", "mg/dL", None, None, None, None, "2025-02-24", ["Capillary glucose"])
    d.hand_line("Dx:", "Faringoamigdalitis aguda (J03.9). DM tipo 2 (E11.9).", 10.5)
    d.hand_line("", "Hipertensión arterial sistémica (I10).", 10.5)
    d.cond("Faringoamigdalitis aguda", "active", "J03.9", ["acute tonsillopharyngitis"])
    d.cond("DM tipo 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Hipertensión arterial sistémica", "active", "I10", ["hypertension"])
    d.hand_line("Alergias:", "sulfas (ronchas), metamizol (hinchazón de labios)", 10.5)
    d.alg("sulfas", "ronchas")
    d.alg("metamizol", "hinchazón de labios")
    d.gap(4)
    d.text(d.x0, d.y, "Rx", "SB", 16)
    d.y -= 22
    d.hand_line("1.", "Amoxicilina/ácido clavulánico 875/125 mg – 1 tab c/12 h por 7 días", 11)
    d.hand_line("2.", "Paracetamol 500 mg – 1 tab c/8 h en caso de fiebre o dolor", 11)
    d.hand_line("3.", "Benzonatato 100 mg perlas – 1 c/8 h por 5 días", 11)
    d.med("Amoxicilina/ácido clavulánico", None, "875/125", "mg", None, "c/12 h por 7 días", "new")
    d.med("Paracetamol", None, "500", "mg", None, "c/8 h en caso de fiebre o dolor", "new")
    d.med("Benzonatato", None, "100", "mg", None, "c/8 h por 5 días", "new")
    d.gap(4)
    d.hand_line("Continuar:", "Metformina 850 mg c/12 h, Losartán 50 mg c/24 h,", 10.5)
    d.hand_line("", "Atorvastatina 20 mg c/24 h (noche)", 10.5)
    d.med("Metformina", None, "850", "mg", None, "c/12 h")
    d.med("Losartán", None, "50", "mg", None, "c/24 h")
    d.med("Atorvastatina", None, "20", "mg", None, "c/24 h (noche)")
    d.hand_line("Indicaciones:", "Suspender Naproxeno (Flanax). No automedicarse con ketorolaco.", 10.5)
    d.med("Naproxeno", "Flanax", None, None, None, None, "stopped")
    d.no("medications", "Naproxeno", "stopped")
    d.no("medications", "ketorolaco", "other", "told not to take")
    d.hand_line("", "Si no mejora en 72 h: cultivo faríngeo. Vacuna contra influenza en su UMF.", 10.5)
    d.no("labs", "cultivo faríngeo", "planned", "if no improvement")
    d.no("immunizations", "Vacuna contra influenza", "due")
    d.gap(10)
    d.hand_text(d.x1 - 170, d.y, "A. Ramírez O.", 16, (0.05, 0.05, 0.3))
    d.y -= 14
    d.text(d.x1 - 170, d.y, "Firma del médico", "R", 8)
    d.y -= 14
    return d


# ---------------------------------------------------------------------------- 20 Antwerp
@document
def d20():
    d = Doc(
        20,
        "antwerp_medication_schedule",
        "Antwerp Province (Flanders, Belgium)",
        "prescription",
        "pharmacy medication schedule (time-of-day columns, temporarily stopped, stopped, to start)",
        "d/m/Y",
        lang="Dutch (Flemish)",
        comma=True,
    )
    d.letterhead(
        "Medicatieschema",
        ["Apotheek De Meir – Meir 44, 2000 Antwerpen – tel. 03 231 44 18", "Gedeeld via Vitalink – huisarts: Dr. Koen Janssens, Berchem"],
        right=["Afgedrukt: 16/05/2025", "Versie 12"],
        color=(0.0, 0.35, 0.35),
    )
    d.kv(
        [
            ("Patiënt:", "Maria Peeters"),
            ("Rijksregisternr.:", "41.03.12-214.58"),
            ("Geboortedatum:", "12/03/1941"),
            ("Vaste apotheek:", "Apotheek De Meir"),
        ],
        lw=100,
    )
    d.title("Aandoeningen en nierfunctie", 10)
    d.para(
        "Voorkamerfibrillatie – Hartfalen – Diabetes type 2 – Osteoporose. "
        "Labo 05/05/2025: eGFR 41 ml/min/1,73m²; kalium 4,9 mmol/l."
    )
    d.cond("Voorkamerfibrillatie", "active", None, ["atrial fibrillation"])
    d.cond("Hartfalen", "active", None, ["heart failure"])
    d.cond("Diabetes type 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Osteoporose", "active", None, ["osteoporosis"])
    d.lab("eGFR", "41", "ml/min/1,73m²", None, None, None, None, "2025-05-05")
    d.lab("kalium", "4,9", "mmol/l", None, None, None, None, "2025-05-05", ["Potassium"])
    d.title("Allergieën en intoleranties", 10)
    d.para("Penicilline – huiduitslag (allergie).  Tramadol – verwardheid (intolerantie).")
    d.alg("Penicilline", "huiduitslag")
    d.alg("Tramadol", "verwardheid")
    d.title("Actuele medicatie", 10)
    d.table(
        ["Geneesmiddel", "Ontbijt", "Middag", "Avond", "Slapengaan", "Opmerking"],
        [
            ["Eliquis 2,5 mg (apixaban) filmomhulde tablet", "1", "", "1", "", ""],
            ["Bisoprolol 2,5 mg tablet", "1", "", "", "", ""],
            ["Lasix 40 mg (furosemide) tablet", "1", "1", "", "", "niet na 14 uur"],
            ["Metformine 500 mg tablet", "1", "", "1", "", "bij de maaltijd"],
            ["Jardiance 10 mg (empagliflozine) tablet", "1", "", "", "", ""],
            ["Steovit D3 1000 mg/880 IE kauwtablet", "", "", "1", "", ""],
            ["Alendronaat 70 mg tablet", "", "", "", "", "1x per week, zondag, nuchter"],
            ["Paracetamol 1 g tablet", "", "", "", "", "zo nodig, max. 3x per dag"],
        ],
        [3.2, 0.8, 0.8, 0.8, 1, 2.2],
        size=8,
    )
    d.med("apixaban", "Eliquis", "2,5", "mg", None, None)
    d.med("Bisoprolol", None, "2,5", "mg", None, None)
    d.med("furosemide", "Lasix", "40", "mg", None, None)
    d.med("Metformine", None, "500", "mg", None, None)
    d.med("empagliflozine", "Jardiance", "10", "mg", None, None)
    d.med("Steovit D3", "Steovit D3", None, None, None, None)
    d.meds[-1]["aliases"] = ["calcium carbonate/colecalciferol"]
    d.med("Alendronaat", None, "70", "mg", None, "1x per week")
    d.med("Paracetamol", None, "1", "g", None, "zo nodig, max. 3x per dag")
    d.title("Tijdelijk gestopt", 10)
    d.table(
        ["Geneesmiddel", "Sinds", "Reden"],
        [["Allopurinol 100 mg tablet (0-0-1-0)", "05/05/2025", "tijdelijk gestopt tot controle nierfunctie in juni"]],
        [3.2, 1.2, 3.4],
        size=8,
    )
    d.med("Allopurinol", None, "100", "mg", None, None, "held")
    d.no("medications", "Allopurinol", "stopped", "held until kidney check")
    d.title("Gestopte medicatie", 10)
    d.table(
        ["Geneesmiddel", "Gestopt op", "Reden"],
        [
            ["Glimepiride 2 mg tablet", "10/03/2025", "hypoglykemie in februari"],
            ["Diclofenac 75 mg tablet", "10/03/2025", "nierfunctie"],
        ],
        [3.2, 1.2, 3.4],
        size=8,
    )
    d.med("Glimepiride", None, "2", "mg", None, None, "stopped")
    d.med("Diclofenac", None, "75", "mg", None, None, "stopped")
    d.no("medications", "Glimepiride", "stopped")
    d.no("medications", "Diclofenac", "stopped")
    d.no("conditions", "hypoglykemie", "historical", "past episode, reason for stopping")
    d.title("Nog te starten", 10)
    d.para("Prolia 60 mg (denosumab) – start na controle van de vitamine D-spiegel (Dr. Janssens).", 8.8)
    d.no("medications", "Prolia", "planned")
    d.para(
        "Dit schema vervangt alle vorige versies. Neem het mee naar elke arts, apotheker of ziekenhuisopname.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 21 Styria
@document
def d21():
    d = Doc(
        21,
        "styria_preanaesthesia_form",
        "Styria (Austria)",
        "medical_record",
        "pre-anaesthesia questionnaire (ticked boxes ja / nein, handwritten, anaesthetist's section)",
        "d.m.Y",
        lang="German (Austrian)",
        comma=True,
    )
    d.letterhead(
        "LKH-Univ. Klinikum Graz",
        ["Universitätsklinik für Anästhesiologie und Intensivmedizin", "Auenbruggerplatz 5, 8036 Graz"],
        right=["ANÄSTHESIE-FRAGEBOGEN", "Präoperative Ambulanz"],
        size=12.5,
        color=(0.0, 0.3, 0.2),
    )
    d.kv(
        [
            ("Name:", Hand("Johann Pichler")),
            ("Geburtsdatum:", Hand("03.08.1952")),
            ("Geplanter Eingriff:", Hand("Hüft-TEP rechts bei Coxarthrose")),
            ("Datum:", Hand("14.05.2025")),
        ],
        cols=1,
        lw=120,
    )
    d.cond("Coxarthrose", "active", None, ["osteoarthritis of the hip"])
    d.para("Bitte kreuzen Sie Zutreffendes an und ergänzen Sie die Angaben.", 8.5)
    d.title("Vorerkrankungen", 10)
    d.checks(
        [
            ("Bluthochdruck", "Y", "seit 2008"),
            ("Herzinfarkt / Angina pectoris", "N", ""),
            ("Herzrhythmusstörungen", "Y", "Vorhofflimmern"),
            ("Zuckerkrankheit (Diabetes)", "Y", "Typ 2, Tabletten"),
            ("Lungenerkrankung (Asthma, COPD)", "N", ""),
            ("Schlafapnoe", "Y", "CPAP-Gerät nachts"),
            ("Leber: Gelbsucht, Hepatitis", "Y", "Hepatitis A 1975, ausgeheilt"),
            ("Nierenerkrankung", "N", ""),
            ("Narkosezwischenfälle (auch bei Blutsverwandten)", "Y", "Bruder: Pseudocholinesterasemangel"),
        ],
        qw=0.42,
        labels=("ja", "nein", "Anmerkungen"),
    )
    d.cond("Bluthochdruck", "active", None, ["hypertension"])
    d.cond("Vorhofflimmern", "active", None, ["atrial fibrillation"])
    d.cond("Zuckerkrankheit", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Schlafapnoe", "active", None, ["sleep apnoea"])
    for n in (
        "Herzinfarkt / Angina pectoris",
        "Lungenerkrankung (Asthma, COPD)",
        "Nierenerkrankung",
    ):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "Hepatitis A", "historical", "1975, resolved")
    d.no("conditions", "Pseudocholinesterasemangel", "family", "brother")
    d.title("Allergien / Unverträglichkeiten", 10)
    d.checks(
        [
            ("Medikamente", "Y", "Metamizol (Novalgin) – Hautausschlag"),
            ("Pflaster / Latex", "N", ""),
            ("Nahrungsmittel", "Y", "Erdnüsse – Atemnot"),
        ],
        qw=0.42,
        labels=("ja", "nein", "Anmerkungen"),
    )
    d.alg("Metamizol", "Hautausschlag")
    d.alg("Erdnüsse", "Atemnot")
    d.no("allergies", "Pflaster / Latex", "checkbox_no")
    d.title("Regelmäßig eingenommene Medikamente (Name, Stärke, Einnahme)", 10)
    d.hand_line("1.", "Lixiana 60 mg 1-0-0 (3 Tage vor OP pausieren)")
    d.hand_line("2.", "Concor 5 mg 1-0-0 (weiter, auch am OP-Tag)")
    d.hand_line("3.", "Co-Diovan 160/12,5 mg 1-0-0 (am OP-Tag nicht nehmen)")
    d.hand_line("4.", "Janumet 50/1000 mg 1-0-1")
    d.hand_line("5.", "Mexalen 500 mg bei Bedarf")
    d.hand_line("Abgesetzt:", "Thrombo ASS 100 mg – seit 2023 nicht mehr")
    d.med("Lixiana", "Lixiana", "60", "mg", None, "1-0-0", "held")
    d.meds[-1]["aliases"] = ["edoxaban"]
    d.no("medications", "Lixiana", "stopped", "paused 3 days before surgery")
    d.med("Concor", "Concor", "5", "mg", None, "1-0-0")
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Co-Diovan", "Co-Diovan", "160/12,5", "mg", None, "1-0-0", "held")
    d.meds[-1]["aliases"] = ["valsartan/hydrochlorothiazide"]
    d.no("medications", "Co-Diovan", "stopped", "not on the day of surgery")
    d.med("Janumet", "Janumet", "50/1000", "mg", None, "1-0-1")
    d.meds[-1]["aliases"] = ["sitagliptin/metformin"]
    d.med("Mexalen", "Mexalen", "500", "mg", None, "bei Bedarf")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Thrombo ASS", "Thrombo ASS", "100", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.no("medications", "Thrombo ASS", "stopped")
    d.title("Vom Anästhesisten auszufüllen", 10)
    d.kv(
        [
            ("Gewicht:", Hand("96 kg")),
            ("Größe:", Hand("176 cm")),
            ("RR:", Hand("152/90 mmHg")),
            ("HF:", Hand("68/min")),
            ("SpO2:", Hand("95 %")),
            ("ASA:", Hand("III")),
        ],
        cols=3,
        lw=46,
    )
    d.vit("weight", "96", 96.0, None, "kg")
    d.vit("height", "176", 176.0, None, "cm")
    d.vit("blood_pressure", "152/90", 152.0, 90.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "/min")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    iso = "2025-05-08"
    d.hand_line("Labor " + d.d(iso) + ":", "Hb 14,1 g/dl  Thrombozyten 212 G/l  INR 1,1", 10.5)
    d.hand_line("", "Kreatinin 1,12 mg/dl  HbA1c 7,4 %", 10.5)
    d.lab("Hb", "14,1", "g/dl", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Thrombozyten", "212", "G/l", None, None, None, None, iso, ["Platelets"])
    d.lab("INR", "1,1", None, None, None, None, None, iso)
    d.lab("Kreatinin", "1,12", "mg/dl", None, None, None, None, iso, ["Creatinine"])
    d.lab("HbA1c", "7,4", "%", None, None, None, None, iso)
    d.signature("OÄ Dr.in Birgit Url", "Fachärztin für Anästhesiologie und Intensivmedizin")
    return d


# ---------------------------------------------------------------------------- 22 Otago
@document
def d22():
    d = Doc(
        22,
        "otago_new_patient_enrolment_form",
        "New Zealand (Otago)",
        "medical_record",
        "general practice enrolment and health questionnaire (2 pages, tick boxes, family-history grid, handwritten)",
        "d/m/Y",
    )
    d.letterhead(
        "Caversham Medical Centre",
        ["1 Hillside Road, South Dunedin 9012", "Ph 03 455 2880   reception@cavershammc.example.nz"],
        right=["ENROLMENT & HEALTH QUESTIONNAIRE", "Please complete both pages"],
        color=(0.05, 0.3, 0.45),
    )
    d.kv(
        [
            ("Name:", Hand("Liam Aperahama Walsh")),
            ("Date of birth:", Hand("29/06/1979")),
            ("NHI:", Hand("ZRM8831")),
            ("Previous practice:", Hand("Te Awamutu Medical")),
            ("Today's date:", Hand("12/05/2025")),
            ("Phone:", Hand("021 448 901")),
        ],
        lw=100,
    )
    d.title("Have you ever had any of these conditions?", 10)
    d.checks(
        [
            ("Heart disease", "N", ""),
            ("High blood pressure", "Y", "since 2019"),
            ("Diabetes / high blood sugar", "Y", "pre-diabetes, diet only"),
            ("Asthma / COPD", "Y", "asthma since childhood"),
            ("Anxiety / depression", "Y", "anxiety - on sertraline"),
            ("Epilepsy / seizures", "N", ""),
            ("Cancer", "Y", "melanoma 2016, excised, all clear"),
            ("Gout", "Y", "gout, last flare Nov 2024"),
        ],
        qw=0.40,
    )
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.cond("pre-diabetes", "active", None, ["prediabetes"])
    d.cond("asthma", "active")
    d.cond("anxiety", "active")
    d.cond("gout", "active")
    for n in ("Heart disease", "Epilepsy / seizures"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "melanoma", "historical", "excised 2016")
    d.title("Operations / hospital admissions", 10)
    d.hand_line("", "Appendicectomy 1998, ACL repair R knee 2012", 10.5)
    d.no("conditions", "Appendicectomy", "historical")
    d.title("Allergies and what happened", 10)
    d.hand_line("1.", "Codeine - vomiting", 10.5)
    d.hand_line("2.", "Bee stings - anaphylaxis (carries EpiPen)", 10.5)
    d.hand_line("3.", "Amoxicillin - rash", 10.5)
    d.alg("Codeine", "vomiting")
    d.alg("Bee stings", "anaphylaxis")
    d.alg("Amoxicillin", "rash")
    d.title("Medicines you take now (include inhalers and as-needed)", 10)
    d.hand_line("1.", "Sertraline 100 mg once a day", 10.5)
    d.hand_line("2.", "Cilazapril 2.5 mg once a day", 10.5)
    d.hand_line("3.", "Allopurinol 300 mg once a day", 10.5)
    d.hand_line("4.", "Symbicort 200/6 two puffs twice a day", 10.5)
    d.hand_line("5.", "Colchicine 0.5 mg when gout flares", 10.5)
    d.hand_line("6.", "EpiPen 0.3 mg if stung", 10.5)
    d.hand_line("Stopped:", "Naproxen 500 mg - stopped Feb 2025 (BP)", 10.5)
    d.med("Sertraline", None, "100", "mg", None, "once a day")
    d.med("Cilazapril", None, "2.5", "mg", None, "once a day")
    d.med("Allopurinol", None, "300", "mg", None, "once a day")
    d.med("Symbicort", "Symbicort", "200/6", None, None, "twice a day")
    d.meds[-1]["aliases"] = ["budesonide/formoterol"]
    d.med("Colchicine", None, "0.5", "mg", None, "when gout flares")
    d.med("EpiPen", "EpiPen", "0.3", "mg", None, "if stung")
    d.meds[-1]["aliases"] = ["adrenaline"]
    d.med("Naproxen", None, "500", "mg", None, None, "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.newpage()
    d.title("Family history - tick all that apply", 10)
    fam_grid(
        d,
        [
            ("Heart disease before 60", ("Father",)),
            ("Stroke", ("Mother",)),
            ("Breast cancer", ()),
            ("Bowel cancer", ()),
            ("Kidney disease", ()),
        ],
    )
    d.no("conditions", "Heart disease before 60", "family")
    d.no("conditions", "Stroke", "family")
    d.title("Immunisations", 10)
    d.checks(
        [
            ("Flu vaccine this year", "Y", "05/04/2025 at pharmacy"),
            ("COVID-19 vaccine", "Y", "booster 14/12/2023"),
            ("Tetanus in the last 10 years", "Y", "17/08/2021 (dog bite)"),
            ("Shingles vaccine (Shingrix)", "N", ""),
        ],
        qw=0.40,
    )
    for v, iso in (("Flu vaccine", "2025-04-05"), ("COVID-19 vaccine", "2023-12-14"), ("Tetanus", "2021-08-17")):
        d.imm(v, iso, None, None, None, amb=_amb(d.style, iso))
    d.no("immunizations", "Shingles vaccine (Shingrix)", "checkbox_no")
    d.title("Lifestyle", 10)
    d.checks(
        [
            ("Do you smoke?", "N", "quit 2015"),
            ("Do you drink alcohol?", "Y", "weekends, about 8 a week"),
            ("Regular exercise?", "Y", "cycling"),
        ],
        qw=0.40,
    )
    d.title("Practice use only", 10)
    d.kv(
        [
            ("BP:", Hand("144/92")),
            ("Pulse:", Hand("80")),
            ("Weight:", Hand("102 kg")),
            ("Height:", Hand("181 cm")),
            ("BMI:", Hand("31.1")),
            ("Nurse:", Hand("KT")),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "144/92", 144.0, 92.0, None)
    d.vit("heart_rate", "80", 80.0, None, None)
    d.vit("weight", "102", 102.0, None, "kg")
    d.vit("height", "181", 181.0, None, "cm")
    d.vit("bmi", "31.1", 31.1, None, None)
    return d


# ---------------------------------------------------------------------------- 23 District of Columbia
@document
def d23():
    d = Doc(
        23,
        "district_of_columbia_ccda_ccd",
        "United States (District of Columbia)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)",
        "m/d/Y",
        size=letter,
    )
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Reginald T. Ambrose", "Contact info", "1420 Irving St NW, Washington, DC 20010, US"],
            ["Date of birth", "February 11, 1956", "Sex", "Male"],
            ["Patient IDs", "MRN 30077125 (2.16.840.1.113883.3.4410)", "Language", "English"],
            ["Document Id", "c4d1-09ab-7e22 (2.16.840.1.113883.19.5.99)", "Created", "May 6, 2025, 14:22 -0400"],
            ["Author", "Naomi Feldman, MD, Capitol Hill Internal Medicine", "Custodian", "Potomac Community Health System"],
            ["Documentation of", "Care provision, 05/05/2025", "Encounter", "Office visit 05/05/2025"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = "Reginald T. Ambrose - Continuity of Care Document - created May 6, 2025"
    ccda_section(d, "Allergies, Adverse Reactions, Alerts", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Lisinopril", "Angioedema", "Severe", "Active"],
            ["Peanut", "Anaphylaxis", "Severe", "Active"],
            ["Sulfamethoxazole / Trimethoprim", "Hives", "Moderate", "Active"],
            ["Penicillin", "Rash", "Mild", "Inactive - refuted (tolerated amoxicillin 2023)"],
        ],
        [2.4, 1.6, 1, 2.8],
        size=8,
    )
    d.alg("Lisinopril", "Angioedema", "Severe")
    d.alg("Peanut", "Anaphylaxis", "Severe")
    d.alg("Sulfamethoxazole / Trimethoprim", "Hives", "Moderate")
    d.no("allergies", "Penicillin", "negated", "refuted")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Metformin Hydrochloride 500 MG Extended Release Oral Tablet", "1000 mg by mouth daily with dinner", "2017", "Active"],
            ["Insulin Glargine 100 UNT/ML Pen Injector [Lantus]", "22 units subcutaneously at bedtime", "2021", "Active"],
            ["Amlodipine 10 MG Oral Tablet", "10 mg by mouth daily", "2015", "Active"],
            ["Chlorthalidone 25 MG Oral Tablet", "25 mg by mouth daily", "2019", "Active"],
            ["Rosuvastatin 20 MG Oral Tablet", "20 mg by mouth daily", "2018", "Active"],
            ["Tamsulosin 0.4 MG Oral Capsule", "0.4 mg by mouth at bedtime", "2022", "Active"],
            ["Semaglutide 1 MG/DOSE Pen Injector [Ozempic]", "1 mg subcutaneously once weekly", "2023", "On hold since 04/28/2025"],
            ["Ibuprofen 600 MG Oral Tablet", "600 mg by mouth every 8 hours as needed", "2022", "Discontinued 03/10/2025"],
        ],
        [3.3, 2.6, 0.7, 1.4],
        size=8,
    )
    d.med("Metformin Hydrochloride", None, "1000", "mg", "by mouth", "daily with dinner")
    d.med("Insulin Glargine", "Lantus", "22", "units", "subcutaneously", "at bedtime")
    d.med("Amlodipine", None, "10", "mg", "by mouth", "daily")
    d.med("Chlorthalidone", None, "25", "mg", "by mouth", "daily")
    d.med("Rosuvastatin", None, "20", "mg", "by mouth", "daily")
    d.med("Tamsulosin", None, "0.4", "mg", "by mouth", "at bedtime")
    d.med("Semaglutide", "Ozempic", "1", "mg", "subcutaneously", "once weekly", "held")
    d.med("Ibuprofen", None, "600", "mg", "by mouth", "every 8 hours as needed", "stopped")
    d.no("medications", "Semaglutide", "stopped", "on hold")
    d.no("medications", "Ibuprofen", "stopped")
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Type 2 diabetes mellitus with diabetic chronic kidney disease", "E11.22", "Active", "2017"],
            ["Chronic kidney disease, stage 3a", "N18.31", "Active", "2022"],
            ["Essential hypertension", "I10", "Active", "2010"],
            ["Benign prostatic hyperplasia with lower urinary tract symptoms", "N40.1", "Active", "2022"],
            ["Obesity, unspecified", "E66.9", "Active", "2015"],
            ["Acute gout of right foot", "M10.071", "Resolved", "2024"],
        ],
        [3.6, 1.1, 1, 0.9],
        size=8,
    )
    d.cond("Type 2 diabetes mellitus with diabetic chronic kidney disease", "active", "E11.22")
    d.cond("Chronic kidney disease, stage 3a", "active", "N18.31")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Benign prostatic hyperplasia with lower urinary tract symptoms", "active", "N40.1")
    d.cond("Obesity, unspecified", "active", "E66.9")
    d.no("conditions", "Acute gout of right foot", "historical")
    d.ensure(200)
    ccda_section(d, "Results", "results")
    res = [
        ("Hemoglobin A1c", "8.1", "%", 4.0, 5.6, None, "high", "4.0-5.6", "High", ["HbA1c"]),
        ("Glucose", "168", "mg/dL", 70.0, 99.0, None, "high", "70-99", "High", []),
        ("Creatinine", "1.52", "mg/dL", 0.76, 1.27, None, "high", "0.76-1.27", "High", []),
        ("eGFR", "49", "mL/min/1.73m2", 59.0, None, ">59", "low", ">59", "Low", []),
        ("Potassium", "4.8", "mmol/L", 3.5, 5.2, None, "normal", "3.5-5.2", "Normal", []),
        ("Albumin/Creatinine Ratio, Urine", "142", "mg/g creat", 0.0, 29.0, None, "high", "0-29", "High", ["Urine ACR"]),
        ("LDL Cholesterol Calc", "88", "mg/dL", 0.0, 99.0, None, "normal", "0-99", "Normal", ["LDL cholesterol"]),
        ("PSA", "2.9", "ng/mL", 0.0, 4.0, None, "normal", "0.0-4.0", "Normal", ["Prostate specific antigen"]),
    ]
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [[t, v, u, rr, it, "05/05/2025"] for t, v, u, lo, hi, rt, f, rr, it, al in res],
        [2.4, 0.8, 1.2, 1.2, 1.1, 1.1],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, rr, it, al in res:
        d.lab(t, v, u, lo, hi, rt, f, "2025-05-05", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["05/05/2025", "138/84 mm[Hg]", "76 /min", "14 /min", "98.2 [degF]", "97 %", "231 [lb_av]", "70 [in_i]", "33.1 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.1, 0.7, 1.1, 1, 1],
        size=7.8,
    )
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mm[Hg]")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("respiratory_rate", "14", 14.0, None, "/min")
    d.vit("temperature", "98.2", 98.2, None, "[degF]")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "231", 231.0, None, "[lb_av]")
    d.vit("height", "70", 70.0, None, "[in_i]")
    d.vit("bmi", "33.1", 33.1, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Hepatitis B vaccine, adjuvanted (Heplisav-B) dose 2", "03/10/2025", "Completed", "HB2K551"],
            ["Hepatitis B vaccine, adjuvanted (Heplisav-B) dose 1", "02/10/2025", "Completed", "HB2K519"],
            ["Pneumococcal conjugate vaccine 21-valent (Capvaxive)", "01/14/2025", "Completed", "X017553"],
            ["Influenza, high-dose, trivalent", "10/15/2024", "Completed", "UT810AB"],
            ["COVID-19 vaccine, mRNA, 2024-2025 formula (Spikevax)", "10/15/2024", "Completed", "3045821"],
            ["Respiratory syncytial virus vaccine (Abrysvo)", "-", "Not done - patient declined", "-"],
            ["Zoster vaccine recombinant (Shingrix)", "-", "Due", "-"],
        ],
        [3.4, 1.1, 1.8, 0.9],
        size=8,
    )
    d.imm("Heplisav-B", "2025-03-10", 2, "HB2K551", None)
    d.imm("Heplisav-B", "2025-02-10", 1, "HB2K519", None)
    d.imm("Pneumococcal conjugate vaccine 21-valent", "2025-01-14", None, "X017553", "Capvaxive")
    d.imm("Influenza, high-dose, trivalent", "2024-10-15", None, "UT810AB", None)
    d.imm("COVID-19 vaccine, mRNA, 2024-2025 formula", "2024-10-15", None, "3045821", "Spikevax")
    d.no("immunizations", "Respiratory syncytial virus vaccine", "other", "declined")
    d.no("immunizations", "Shingrix", "due")
    ccda_section(d, "Family History", "familyhistory")
    d.table(
        ["Relative", "Condition", "Age at onset"],
        [["Father", "Prostate cancer", "68"], ["Brother", "End-stage renal disease", "60"]],
        [1.5, 3, 1.5],
        size=8,
    )
    d.no("conditions", "Prostate cancer", "family")
    d.no("conditions", "End-stage renal disease", "family")
    ccda_section(d, "Social History", "social")
    d.para("Tobacco use: former smoker, quit 2008. Alcohol: occasional. Retired federal employee, lives with his wife.", 8.5)
    ccda_section(d, "Plan of Treatment", "plan")
    d.para(
        "Semaglutide on hold since 04/28/2025 pending GI clinic review. "
        "Ibuprofen discontinued 03/10/2025 (kidney function). Repeat BMP in 2 weeks; if eGFR is stable, start "
        "dapagliflozin 10 mg daily. Shingrix dose 1 at the next visit.",
        8.5,
    )
    d.no("medications", "dapagliflozin", "planned", "conditional")
    return d


# ---------------------------------------------------------------------------- 24 Cusco
@document
def d24():
    d = Doc(
        24,
        "cusco_ed_triage_scan",
        "Cusco (Peru)",
        "medical_record",
        "emergency department triage sheet (priority I-IV, tick boxes, rapid tests, handwritten, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 2.3, "blur": 0.8},
        lang="Spanish",
        comma=True,
    )
    d.letterhead(
        "Hospital Regional del Cusco",
        ["Servicio de Emergencia – Tópico de Triaje", "Av. de la Cultura s/n, Cusco"],
        right=["HOJA DE TRIAJE", "Prioridad I – IV (NTS MINSA)"],
        size=12.5,
        color=(0.5, 0.1, 0.1),
    )
    d.kv(
        [
            ("Paciente:", Hand("QUISPE MAMANI, Eusebia")),
            ("Edad:", Hand("68 años")),
            ("Llegada:", Hand("16/03/2025  22:15")),
            ("N° HC:", Hand("CU-0284417")),
        ],
        lw=70,
    )
    d.hand_line("Motivo:", "dificultad para respirar hace 3 días, tos con flema, fiebre", 10.5)
    d.hand_line("", "vive en Pisac (2 970 msnm), llega con su hijo en taxi", 10.5)
    d.title("Funciones vitales", 10)
    d.table(
        ["PA (mmHg)", "FC (x min)", "FR (x min)", "T° (°C)", "SatO2 (%)", "Glucosa capilar (mg/dL)"],
        [[Hand("150/94"), Hand("108"), Hand("28"), Hand("38,6"), Hand("82"), Hand("212")]],
        [1.1, 1, 1, 1, 1, 1.7],
        size=8.6,
    )
    d.vit("blood_pressure", "150/94", 150.0, 94.0, "mmHg")
    d.vit("heart_rate", "108", 108.0, None, "x min")
    d.vit("respiratory_rate", "28", 28.0, None, "x min")
    d.vit("temperature", "38,6", 38.6, None, "°C")
    d.vit("oxygen_saturation", "82", 82.0, None, "%")
    iso = "2025-03-16"
    d.lab("Glucosa capilar", "212", "mg/dL", None, None, None, None, iso, ["Capillary glucose"])
    d.hand_line("HemoCue:", "Hb 17,8 g/dL", 10.5)
    d.hand_line("Pruebas rápidas:", "antígeno COVID-19 negativa; influenza A positiva", 10.5)
    d.lab("HemoCue", "17,8", "g/dL", None, None, None, None, iso, ["Point-of-care haemoglobin"])
    d.lab("antígeno COVID-19", "negativa", None, None, None, None, None, iso, ["COVID-19 antigen test"])
    d.lab("influenza A", "positiva", None, None, None, None, "abnormal", iso, ["Influenza A rapid test"])
    d.title("Antecedentes", 10)
    d.checks(
        [
            ("Hipertensión arterial", "Y", "desde 2015"),
            ("Diabetes", "Y", "tipo 2, con metformina"),
            ("Asma / EPOC", "Y", "EPOC (cocina con leña)"),
            ("Cardiopatía", "N", ""),
            ("Tuberculosis", "Y", "TBC pulmonar 2009, ya tratada"),
            ("Enfermedad renal", "N", ""),
        ],
        qw=0.42,
        labels=("Sí", "No", "Detalle"),
    )
    d.cond("Hipertensión arterial", "active", None, ["hypertension"])
    d.cond("Diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.cond("EPOC", "active", None, ["chronic obstructive pulmonary disease"])
    for n in ("Cardiopatía", "Enfermedad renal"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "TBC pulmonar", "historical", "2009, treated")
    d.checks(
        [
            ("Alergia a medicamentos", "Y", "penicilina – ronchas"),
            ("Alergia a alimentos", "N", ""),
        ],
        qw=0.42,
        labels=("Sí", "No", "¿Cuáles?"),
    )
    d.alg("penicilina", "ronchas")
    d.no("allergies", "Alergia a alimentos", "checkbox_no")
    d.hand_line("Medicación habitual:", "Metformina 850 mg c/12 h, Enalapril 10 mg c/12 h,", 10.5)
    d.hand_line("", "Salbutamol inhalador 2 puff c/6 h si falta el aire", 10.5)
    d.hand_line("", "Glibenclamida 5 mg – la dejó hace 1 año", 10.5)
    d.med("Metformina", None, "850", "mg", None, "c/12 h")
    d.med("Enalapril", None, "10", "mg", None, "c/12 h")
    d.med("Salbutamol", None, None, None, None, "c/6 h si falta el aire")
    d.med("Glibenclamida", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Glibenclamida", "stopped")
    d.title("Clasificación", 10)
    d.hand_line("", "Prioridad II. Influenza A (prueba rápida +).", 10.5)
    d.hand_line("", "Neumonía adquirida en la comunidad probable – evaluación médica inmediata", 10.5)
    d.cond("Influenza A", "active", None, ["influenza A"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "Neumonía adquirida en la comunidad", "other", "probable, triage")
    d.title("Acciones en triaje", 10)
    d.hand_line("22:30", "Paracetamol 1 g VO (indicación Dr. Huamán)", 10.5)
    d.hand_line("22:35", "Nebulización con bromuro de ipratropio", 10.5)
    d.no("medications", "Paracetamol", "other", "single dose in the ED")
    d.no("medications", "bromuro de ipratropio", "other", "single dose in the ED")
    d.hand_line("Enfermera de triaje:", "Lic. Enf. Rosa Huillca", 10.5)
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
    rels.append("make_heldout26.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout26.py"))
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
    base = "/tmp/heldout26_work/determinism"
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
    "**Status:** held out. Commissioned at the start of 2.19.0's round (before any 2.19.0 rule changed), frozen "
    "unscored; scored blind at the end of 2.21.0's round, never opened before."
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


SET25_ADDITIONS = [
    '- Flag words in their own column: Romanian "Crescut"/"Scăzut" and Afrikaans "Hoog"/"Laag" -> high/low '
    '(legends printed). A "*" explained in the legend as an abnormal result marks qualitative urine results that '
    'do not match a negative reference (Vietnamese "Dương tính", "Vết", "2+", "3+" against "Âm tính"; Afrikaans '
    '"Spore" against "Negatief") -> abnormal, `value_numeric` null; "Âm tính" or "Bình thường" matching the '
    "reference -> normal.",
    "- A diagnosis printed on a lab request is a scored condition marked `optional`; one marked as suspected there "
    '("TD nhiễm trùng tiểu", TD = theo dõi) is a must_not row (why "other").',
    '- A specimen that was not processed ("sample haemolysed, repeat requested") is a must_not lab row (why '
    '"other"), as for pending tests.',
    '- Antibody results printed on an immunisation registry ("Anti-HBs 86 mIU/mL", reference ">=10"; "Varicella '
    'IgG Positive" against "Positive = immune") are lab rows with that reference and flag normal. A registry line '
    '"Presumed immune - childhood doses given outside the US" is a must_not row (why "other"); an "Overdue" '
    "forecast for a vaccine given in the same record is not a must_not row.",
    "- At an antenatal visit a vaccine given that day (tetanus toxoid, 1st dose) is an immunisation row with "
    'dose 1; anti-D immunoglobulin "at 28 weeks" is a must_not medication (why "planned"); a glucose tolerance '
    'test planned for later is a must_not lab (why "planned"); an Rh-negative blood group without a reference '
    "has flag null.",
    '- Dose words: Basque "oroigarria" (booster) and "dosi bakarra" (single dose) give `dose_number` null; '
    '"1. dosia" keeps its number. Y/m/d dates ("2024/10/28") are never ambiguous.',
    '- A Philippine child card printed month/day/year (column header "buwan/araw/taon") is not a US document: '
    "`date_ambiguous` follows the mechanical rule (day and month both 12 or less and different).",
    '- A form condition ticked "Yes" whose detail names only a resolved or past problem ("postnatal depression '
    '2009 - resolved", "AVC ischémique 2019, sans séquelle") gives a must_not row (why "historical") and no scored '
    'condition; a tick "Yes" with a current detail gives the detail as the condition ("Alzheimer débutant", '
    '"hipotiroïdisme"), and a past part of the same detail ("hipertiroïdisme 2015") is why "historical".',
    '- A vaccine ticked "No" on an intake form ("Tetanus in the last 10 years: No - not sure") is why '
    '"checkbox_no" (a questionnaire answer "never had" stays why "other").',
    '- A medicine not to be taken on the day of surgery ("no prendre el dia de la intervenció") is status "held" '
    'plus a must_not row (why "stopped"); one marked "no suspendre" is active. A medicine "paused until '
    'gastroscopy" ("pauseret indtil gastroskopi") or "On hold" in a C-CDA is held likewise.',
    '- A reason for stopping that names a past event ("zokkor baxx (ipogliċemija)") gives a must_not condition '
    '(why "historical").',
    '- An antiviral course completed on the ward before discharge ("Tamiflu ... avslutad") and insulin given on '
    'the ward only are must_not rows (why "other"), as for IV courses.',
    '- Positive dipstick words on a triage sheet without a reference ("BU : nitrites positifs, leucocytes '
    'positifs") -> abnormal, `value_numeric` null; the probable diagnosis they support ("Infection urinaire '
    'probable (BU +)") is a scored condition marked `optional`, as in set 22; a suspected fracture on the same '
    'sheet is why "other".',
    '- A thousands point in a handwritten count ("Plaquetes 236.000/µl") and English thousands commas in '
    'cumulative cells ("2,840", "1,122") are read as thousands.',
    '- A leaflet or advice must_not row names the generic printed next to the brand ("ibuprofen (Ipren)" -> '
    '"ibuprofen"; the brand is in the note).',
]


SET26_ADDITIONS = [
    '- Flag words (legends printed): Latvian "paaugst."/"pazem." written after the value in a previous-result '
    'table and Albanian "Lartë"/"Ulët" written after the value in cumulative cells -> high/low; Croatian '
    '"povišen"/"snižen" in a flag column -> high/low; Turkish "ANORMAL" on qualitative urine results that do not '
    'match the printed reference ("Bulanık" against "Berrak", "Bol" bacteria against "Yok", "Pozitif" nitrite, '
    '"3+" leukocyte esterase against "Negatif") -> abnormal, `value_numeric` null; Estonian "\u2191\u2191" explained '
    "in the legend as a critical value -> critical.",
    '- Space thousands inside cumulative and flag-column cells ("1 150", "2 480", "1 860") and thousands points '
    'in Portuguese and Indonesian cells and ranges ("98.000", "245.000", "4.000 – 10.000") are read as thousands; '
    '`value_text` keeps the printed form. A specific gravity printed "1,025" in a decimal-comma document is 1.025.',
    '- Urine microscopy ranges with a flag word ("Lökosit 25-30 /HPF ... YÜKSEK") -> high, `value_numeric` null. '
    'A malaria thick smear "Positivo (++)" and a malaria rapid test "Positivo" against "Negativo", marked "*" '
    "(legend: abnormal result) -> abnormal, `value_numeric` null; the species line under them is not a row. "
    'A faecal immunochemical test "Positiv" against "Negativ" marked "*" in a GP letter -> abnormal.',
    '- A test "not done for lack of reagent" ("G6PD: não realizado por falta de reagente"), a sample that was '
    '"not received" or arrived unlabelled and was not analysed -> must_not lab rows (why "other"), as for '
    "pending tests.",
    '- Test names are kept as printed, including Finnish specimen prefixes ("P -Krea", "B -Hb", "P -D-dimeeri"). '
    '"RR 134/82 mmHg" in Finnish, Hungarian and Austrian documents is the blood pressure (Riva-Rocci), not a '
    'respiratory rate; the respiratory rate there is printed as "hengitystaajuus" / "légzésszám".',
    '- Diagnoses coded with ICPC-2 in a Norwegian GP letter ("K86 Hypertensjon ukomplisert") are scored '
    "conditions with `icd10_code` null, since ICPC-2 codes are not ICD-10 codes.",
    '- A medicine replaced by another ("Ramipril – ukinut, prelazak na Entresto") is a stopped row plus a must_not '
    'row (why "stopped"); "privremeno obustaviti do kontrole kalija", "tauolla, kunnes kreatiniini on '
    'tarkistettu", "szüneteltetve", "tijdelijk gestopt tot controle nierfunctie", "3 Tage vor OP pausieren" and '
    '"am OP-Tag nicht nehmen" are held likewise. A short course recorded as finished ("kihtikohtauksen kuuri '
    'päättynyt", "nedtrappingskur avsluttet") is a row with status "completed" and a must_not row (why "stopped").',
    '- A form condition ticked "Yes" whose detail only describes it ("Zuckerkrankheit (Diabetes): ja – Typ 2, '
    'Tabletten"; "Diabetes: Sí – tipo 2, con metformina") gives the printed label as the condition; a detail that '
    'names a condition ("Vorhofflimmern", "EPOC", "pre-diabetes", "anxiety") gives the detail, as in set 25.',
    '- A vaccine never given because of stock-out on a child card ("Rotavirus : rupture de stock ..., non donné") '
    'is why "other"; "VPI" printed without a number has `dose_number` null; "Imunisasi Td ke-2" keeps dose 2. '
    'A tetanus booster given on the ward to a visiting patient ("annettu tehosteena") is an immunisation row with '
    "`dose_number` null.",
    '- Registry lines: a provider-verified disease history ("History of varicella disease ... vaccine not needed") '
    'is a must_not vaccine row (why "other") plus a must_not condition (why "historical"); a serology printed '
    'with an immunity reference ("Sarampelo IgG Positiva", "Positiva = inmune") is a lab row with flag normal and '
    'the vaccine it makes unnecessary ("Triple vírica – Non precisa") is a must_not row (why "other"); "dose de '
    'recordo" and "dose única" have `dose_number` null, "1ª dose" keeps its number; a "Not yet due" forecast for a '
    'vaccine never given (MenACWY at 11 years) is why "due". A blood lead level printed with a reference on a '
    "school-entry registry print is a lab row.",
    '- At an antenatal visit iron-folate tablets handed out that day ("diberikan 30 tablet") are a medication row '
    'with status "new"; a supplement "mulai usia kehamilan 20 minggu" is a must_not medication (why "planned").',
    '- Tests the letter says were sent whose results are written in a handwritten addendum ("RF 18 IU/mL (nl <14) - '
    'raised", "ENA screen negative") are lab rows (limit and flag word -> that reference and flag; a negative result '
    "without a reference -> flag null), not pending rows. Culture results naming an organism without a reference "
    '("Hemokultúra: E. coli (ESBL negatív)") are lab rows with flag null and `value_numeric` null.',
    '- An IV dose given on the ward and written only in handwritten notes ("Venofer 200 mg IV x1 given 3/7 on the '
    'floor") is a must_not row (why "other"), as for other ward-only doses.',
    '- A positive rapid test on a triage sheet without a reference ("influenza A positiva") -> abnormal; the '
    'diagnosis it supports ("Influenza A (prueba rápida +)") is a scored condition marked `optional`, and a '
    'probable diagnosis without a supporting test on the sheet ("Neumonía ... probable") is why "other".',
    '- Heights printed in metres ("Talla 1.58 m") keep that unit (`value_numeric` 1.58). Date styles added: '
    'Finnish "3.2.2025" (day.month without zeros), Hungarian "2025.01.20.", Latvian and Croatian "24.04.2025." and '
    'Indonesian "14-04-2025"; `date_ambiguous` follows the mechanical rule of sets 22-25.',
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
        "# Held-out extraction test set 26",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas, thousands separators, date styles, flag words and abbreviations; the rest in English. "
        "All content and truth rows are written by hand in `make_heldout26.py` (no generator of clinical "
        "content). The rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick "
        "boxes, scan simulation, self-checks, manifest, --check and --determinism) was copied from "
        "`bench/heldout25/make_heldout25.py` with `cp` and adapted (set number, paths, seeds, status line, "
        "README text); the self-check bounds were kept, and the only addition to the machinery is a flag-map "
        'entry for the Latvian "paaugst."/"pazem.", Croatian "povišen"/"snižen", Turkish "ANORMAL" and Albanian '
        '"Lartë"/"Ulët" flag words; the helpers for previous-result and cumulative columns were reused as they '
        "were (one document sets `value_numeric` for its space-separated thousands after calling the cumulative "
        "helper). All document content of set 25 was removed and replaced with new content. Six documents are "
        "scans: "
        f"pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
        "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings (new seed strings for this set).",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 25's README, build script "
        "(`bench/heldout25/make_heldout25.py`) and one truth file "
        "(`bench/heldout25/truth/01_pomerania_cumulative_lab.json`, for format), plus the file names of "
        "earlier sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository "
        "was opened; the pipeline, extractor and scorer were not read or run on these documents, no OCR was run, "
        "ruff was not run, and git was not run. The build's self-check compares each truth string with the "
        "strings drawn and, for documents that are not scans, with the PDF text layer read by pypdfium2. The "
        "author looked at renderings of every page before scan simulation (made with pypdfium2 under "
        "/tmp/heldout26_work) and fixed a cardiology report whose last line and signature spilled onto a second "
        "page, a letter's plan split from its signature over two pages, a second page without a running header, "
        "a header label running into its value, and handwritten form entries reaching the page edge in two "
        "documents; while doing so it also reworded or removed phrases that would have been untracked traps (a "
        "negated examination finding, an echo finding, a ward injury, a current symptom in a C-CDA plan, a "
        "forecast vaccine name close to a given one), removed 25 trap phrases together with their must_not rows to "
        "bring the must_not total within the kept self-check bound (115-140), and removed or renamed two more whose "
        "names overlapped a scored row (a ward-only insulin beside a scored insulin, a urine test whose name "
        "contained a scored test name). No scanned output was looked at. `truth/drawn/*.txt` records the strings drawn into each document.",
        "",
        "Build: `python make_heldout26.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout26_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 25 (set 20's list, set 21's, set 22's, set 23's, set 24's and set 25's "
        "additions), restated here; this set's additions follow at the end:",
        "",
    ]
    L += BASE_CONVENTIONS + ["", "Set 21's additions (kept):", ""] + SET21_ADDITIONS
    L += ["", "Set 22's additions (kept):", ""] + SET22_ADDITIONS
    L += ["", "Set 23's additions (kept):", ""] + SET23_ADDITIONS
    L += ["", "Set 24's additions (kept):", ""] + SET24_ADDITIONS
    L += ["", "Set 25's additions (kept):", ""] + SET25_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET26_ADDITIONS
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
