#!/usr/bin/env python
"""Build held-out extraction test set 23 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout23.py                 build into this folder (keeps an existing README)
    python make_heldout23.py --check         verify MANIFEST.sha256
    python make_heldout23.py --determinism   build twice under /tmp/heldout23_work, compare
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
        self.rng = random.Random("heldout23-hand-" + self.stem)
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
        c.setTitle(f"Held-out 23 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout23.py")
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
        int(hashlib.sha256(("heldout23-scan-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# ---------------------------------------------------------------------------- 01 Bornholm
@document
def d01():
    d = Doc(
        1,
        "bornholm_cumulative_lab",
        "Bornholm (Denmark)",
        "lab_result",
        "lab report (cumulative, 3 dates, newest first, critical value)",
        "d.m.Y",
        lang="Danish",
        comma=True,
    )
    d.letterhead(
        "Bornholms Hospital – Klinisk Biokemisk Afdeling",
        ["Ullasvej 8, 3700 Rønne – Region Hovedstaden", "Laboratoriets vagttelefon 3863 1120"],
        right=["KUMULERET SVARUDSKRIFT", "Udskrevet: 23.04.2025 08:15"],
        size=12,
        color=(0.55, 0.1, 0.15),
    )
    d.kv(
        [
            ("Patient:", "Birthe Kirstine Kofoed"),
            ("CPR-nr.:", "140352-1486"),
            ("Rekvirent:", "Lægehuset i Nexø (A. Munch)"),
            ("Afsnit:", "Almen praksis"),
        ],
        lw=70,
    )
    d.para(
        "H / L: over / under referenceinterval. HH / LL: kritisk værdi (telefoneret til rekvirent). "
        "— : ikke analyseret. Nyeste prøve står til venstre.",
        8,
    )
    dates = ["2025-04-22", "2025-03-04", "2025-01-28"]
    rows = [
        (
            "P-Natrium",
            ["Sodium"],
            "mmol/L",
            "137 – 144",
            137.0,
            144.0,
            None,
            ["134 L", "128 L", "122 LL"],
        ),
        ("P-Kalium", ["Potassium"], "mmol/L", "3,5 – 4,4", 3.5, 4.4, None, ["4,1", "3,4 L", "3,9"]),
        (
            "P-Osmolalitet",
            ["Serum osmolality"],
            "mosmol/kg",
            "280 – 295",
            280.0,
            295.0,
            None,
            ["277 L", "266 L", "258 L"],
        ),
        (
            "P-Kreatinin",
            ["Creatinine"],
            "µmol/L",
            "45 – 90",
            45.0,
            90.0,
            None,
            ["84", "93 H", "78"],
        ),
        ("eGFR", [], "mL/min/1,73 m²", "> 60", 60.0, None, "> 60", ["62", "55 L", "68"]),
        (
            "B-Hæmoglobin",
            ["Haemoglobin"],
            "mmol/L",
            "7,3 – 9,5",
            7.3,
            9.5,
            None,
            ["7,1 L", "7,0 L", "7,4"],
        ),
        (
            "B-Leukocytter",
            ["White cell count"],
            "×10⁹/L",
            "3,5 – 8,8",
            3.5,
            8.8,
            None,
            ["6,2", "7,9", "5,4"],
        ),
        (
            "B-Trombocytter",
            ["Platelets"],
            "×10⁹/L",
            "165 – 390",
            165.0,
            390.0,
            None,
            ["212", "240", "198"],
        ),
        ("P-Albumin", ["Albumin"], "g/L", "36 – 45", 36.0, 45.0, None, ["37", "—", "35 L"]),
        (
            "P-C-reaktivt protein (CRP)",
            ["CRP"],
            "mg/L",
            "< 8",
            None,
            8.0,
            "< 8",
            ["4", "12 H", "6"],
        ),
        (
            "P-Thyrotropin (TSH)",
            ["TSH"],
            "mIU/L",
            "0,30 – 4,00",
            0.3,
            4.0,
            None,
            ["5,6 H", "—", "7,9 H"],
        ),
    ]
    d.title("Klinisk biokemi – kumuleret oversigt", 10.5)
    tab = cumul(d, rows, dates)
    tab = [[r[0], r[4], r[5], r[1], r[2], r[3]] for r in tab]
    d.table(
        ["Analyse", "Enhed", "Ref.-interval", d.d(dates[0]), d.d(dates[1]), d.d(dates[2])],
        tab,
        [2.6, 1.3, 1.3, 1.1, 1.1, 1.1],
    )
    d.para(
        "Kommentar "
        + d.d(dates[2])
        + ": kritisk lav P-Natrium (122 mmol/L) telefoneret til læge A. Munch "
        "kl. 10:42.",
        8.5,
    )
    d.title("Ikke afsluttede analyser", 10)
    d.table(
        ["Analyse", "Prøve taget", "Status"],
        [
            ["P-Kortisol", d.d(dates[0]), "svar følger"],
            ["P-Copeptin", d.d(dates[0]), "sendt til Rigshospitalet, Klinisk Biokemi"],
        ],
        [2.5, 1.5, 3.5],
    )
    d.no("labs", "P-Kortisol", "other", "pending")
    d.no("labs", "P-Copeptin", "other", "pending")
    d.para("Godkendt af: Overlæge Signe Dam Holm, speciallæge i klinisk biokemi.", 8)
    return d


# ---------------------------------------------------------------------------- 02 Silesia
@document
def d02():
    d = Doc(
        2,
        "silesia_lab_previous",
        "Silesia (Poland)",
        "lab_result",
        "lab report (previous-result column, arrow flags, ISO dates)",
        "Y-m-d",
        lang="Polish",
        comma=True,
    )
    d.letterhead(
        "Szpital Specjalistyczny nr 2 w Bytomiu",
        [
            "Zakład Diagnostyki Laboratoryjnej, ul. Stefana Batorego 15, 41-902 Bytom",
            "tel. 32 786 14 60",
        ],
        right=["SPRAWOZDANIE Z BADAŃ", "Nr zlecenia: 250512/0447"],
        color=(0.6, 0.05, 0.1),
    )
    d.kv(
        [
            ("Pacjent:", "Zbigniew Kowalczyk"),
            ("PESEL:", "58071204513"),
            ("Zlecający:", "lek. A. Nowak, POZ Bytom"),
            ("Data pobrania:", "2025-05-12 07:35"),
        ],
        lw=85,
    )
    d.para(
        "\u2191 / \u2193 – wynik powyżej / poniżej zakresu referencyjnego. Wynik poprzedni z dnia 2025-01-20.",
        8,
    )
    rows = [
        ("Glukoza", ["Glucose"], "mg/dl", "70 – 99", 70.0, 99.0, None, "142 \u2191", "158 \u2191"),
        (
            "Hemoglobina glikowana (HbA1c)",
            ["HbA1c"],
            "%",
            "4,0 – 6,0",
            4.0,
            6.0,
            None,
            "7,4 \u2191",
            "8,1 \u2191",
        ),
        ("Kreatynina", ["Creatinine"], "mg/dl", "0,70 – 1,20", 0.7, 1.2, None, "1,05", "0,98"),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", "74", "81"),
        (
            "Cholesterol całkowity",
            ["Total cholesterol"],
            "mg/dl",
            "< 190",
            None,
            190.0,
            "< 190",
            "168",
            "231 \u2191",
        ),
        (
            "Cholesterol LDL",
            ["LDL cholesterol"],
            "mg/dl",
            "< 115",
            None,
            115.0,
            "< 115",
            "88",
            "149 \u2191",
        ),
        (
            "Triglicerydy",
            ["Triglycerides"],
            "mg/dl",
            "< 150",
            None,
            150.0,
            "< 150",
            "212 \u2191",
            "265 \u2191",
        ),
        (
            "AlAT",
            ["Alanine aminotransferase"],
            "U/l",
            "< 41",
            None,
            41.0,
            "< 41",
            "58 \u2191",
            "49 \u2191",
        ),
        ("AspAT", ["Aspartate aminotransferase"], "U/l", "< 40", None, 40.0, "< 40", "36", "33"),
        ("GGTP", ["GGT"], "U/l", "< 60", None, 60.0, "< 60", "72 \u2191", "—"),
        ("Kwas moczowy", ["Uric acid"], "mg/dl", "3,4 – 7,0", 3.4, 7.0, None, "6,8", "7,6 \u2191"),
        ("Potas", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, "4,6", "4,4"),
    ]
    d.title("Biochemia – surowica", 10.5)
    tab = prevcol(d, rows, "2025-01-20", "2025-05-12")
    d.table(
        [
            "Badanie",
            "Wynik " + d.d("2025-05-12"),
            "Jednostka",
            "Zakres ref.",
            "Wynik poprzedni " + d.d("2025-01-20"),
        ],
        tab,
        [2.6, 1.5, 1.3, 1.4, 1.7],
    )
    d.para(
        "Uwagi: surowica lekko lipemiczna. 25-OH witamina D3 – badanie w trakcie realizacji, wynik zostanie "
        "dołączony osobno.",
        8.5,
    )
    d.no("labs", "25-OH witamina D3", "other", "pending")
    d.para("Autoryzował: mgr Ewa Wróbel, diagnosta laboratoryjny (nr PWZDL 08812)", 8)
    return d


# ---------------------------------------------------------------------------- 03 Minas Gerais
@document
def d03():
    d = Doc(
        3,
        "minas_gerais_urinalysis_scan",
        "Minas Gerais (Brazil)",
        "lab_result",
        "lab report (glucose, HbA1c, urine routine and sediment; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": -1.6},
        lang="Portuguese",
        comma=True,
    )
    d.letterhead(
        "Santa Casa de Misericórdia de Juiz de Fora",
        [
            "Laboratório de Análises Clínicas – Av. Barão do Rio Branco 3353, Passos",
            "36021-630 Juiz de Fora – MG",
        ],
        right=["LAUDO DE EXAMES", "Protocolo 25-041877"],
        color=(0.05, 0.3, 0.5),
    )
    d.kv(
        [
            ("Paciente:", "Rosângela Aparecida de Souza"),
            ("Nascimento:", "08/09/1971"),
            ("Solicitante:", "Dr. Thiago Rezende (CRM-MG 61204)"),
            ("Coleta:", "07/05/2025 07:10"),
        ],
        lw=78,
    )
    iso = "2025-05-07"
    d.para(
        "ALTO: acima do valor de referência. ALTERADO: resultado diferente do valor de referência.",
        8,
    )
    d.title("BIOQUÍMICA – SORO / SANGUE TOTAL", 10)
    tab = labrows(
        d,
        [
            (
                "Glicose em jejum",
                ["Fasting glucose"],
                "248",
                "mg/dL",
                "70 a 99",
                70.0,
                99.0,
                None,
                "ALTO",
            ),
            (
                "Hemoglobina glicada (HbA1c)",
                ["HbA1c"],
                "10,2",
                "%",
                "4,0 a 5,6",
                4.0,
                5.6,
                None,
                "ALTO",
            ),
            ("Creatinina", ["Creatinine"], "0,92", "mg/dL", "0,50 a 1,10", 0.5, 1.1, None, ""),
            ("Ureia", ["Urea"], "34", "mg/dL", "15 a 45", 15.0, 45.0, None, ""),
        ],
        iso,
    )
    d.table(
        ["Exame", "Resultado", "Unidade", "Valor de referência", ""], tab, [2.6, 1.1, 1.0, 1.8, 0.9]
    )
    d.title("URINA TIPO I (EAS) – exame físico-químico", 10)
    tab = labrows(
        d,
        [
            (
                "Densidade",
                ["Specific gravity"],
                "1.020",
                None,
                "1.005 a 1.030",
                1.005,
                1.03,
                None,
                "",
                1.02,
            ),
            ("pH", ["Urine pH"], "6,0", None, "5,0 a 7,0", 5.0, 7.0, None, ""),
            (
                "Proteínas",
                ["Urine protein"],
                "++",
                None,
                "Negativo",
                None,
                None,
                "Negativo",
                "ALTERADO",
                None,
            ),
            (
                "Glicose (urina)",
                ["Urine glucose"],
                "+++",
                None,
                "Negativo",
                None,
                None,
                "Negativo",
                "ALTERADO",
                None,
            ),
            (
                "Corpos cetônicos",
                ["Urine ketones"],
                "Negativo",
                None,
                "Negativo",
                None,
                None,
                "Negativo",
                "",
                None,
            ),
            (
                "Nitrito",
                ["Nitrite"],
                "Negativo",
                None,
                "Negativo",
                None,
                None,
                "Negativo",
                "",
                None,
            ),
        ],
        iso,
    )
    d.table(
        ["Exame", "Resultado", "Unidade", "Valor de referência", ""], tab, [2.6, 1.1, 1.0, 1.8, 0.9]
    )
    d.title("SEDIMENTOSCOPIA", 10)
    tab = labrows(
        d,
        [
            (
                "Leucócitos (sedimento)",
                ["Urine white cells"],
                "2 a 4",
                "/campo",
                "até 5",
                None,
                5.0,
                "até 5",
                "",
                None,
            ),
            (
                "Hemácias (sedimento)",
                ["Urine red cells"],
                "1 a 2",
                "/campo",
                "até 3",
                None,
                3.0,
                "até 3",
                "",
                None,
            ),
        ],
        iso,
    )
    d.table(
        ["Exame", "Resultado", "Unidade", "Valor de referência", ""], tab, [2.6, 1.1, 1.0, 1.8, 0.9]
    )
    d.title("URINA – AMOSTRA ISOLADA", 10)
    tab = labrows(
        d,
        [
            (
                "Relação albumina/creatinina",
                ["UACR", "Urine albumin/creatinine ratio"],
                "86",
                "mg/g",
                "< 30",
                None,
                30.0,
                "< 30",
                "ALTO",
            ),
        ],
        iso,
    )
    d.table(
        ["Exame", "Resultado", "Unidade", "Valor de referência", ""], tab, [2.6, 1.1, 1.0, 1.8, 0.9]
    )
    d.para(
        "Peptídeo C: amostra em análise no laboratório de apoio, resultado em 5 dias úteis.", 8.5
    )
    d.no("labs", "Peptídeo C", "other", "pending")
    d.para("Bioquímica responsável: Dra. Patrícia Valadares – CRF-MG 14420", 8)
    return d


# ---------------------------------------------------------------------------- 04 Burkina Faso
@document
def d04():
    d = Doc(
        4,
        "burkina_faso_lab_pending",
        "Burkina Faso",
        "lab_result",
        "lab report (ARV follow-up: blood count, CD4, biochemistry, serology; thousands spaces; pending tests)",
        "d/m/Y",
        lang="French",
        comma=True,
    )
    d.letterhead(
        "Centre Hospitalier Universitaire Yalgado Ouédraogo",
        [
            "Laboratoire de Biologie Médicale – 03 BP 7022 Ouagadougou 03, Burkina Faso",
            "Tél. +226 25 31 16 55",
        ],
        right=["RÉSULTATS D'ANALYSES", "N° 25/03/2291"],
        size=11.5,
        color=(0.0, 0.35, 0.15),
    )
    d.kv(
        [
            ("Patient :", "SAWADOGO Issouf"),
            ("Âge / Sexe :", "46 ans / M"),
            ("Service :", "Hôpital de jour – suivi ARV"),
            ("Prélèvement :", "18/03/2025 à 07h45"),
        ],
        lw=80,
    )
    iso = "2025-03-18"
    d.para(
        "H : valeur supérieure aux valeurs de référence ; B : valeur inférieure aux valeurs de référence.",
        8,
    )
    d.title("HÉMATOLOGIE ET IMMUNOLOGIE", 10)
    tab = labrows(
        d,
        [
            ("Hémoglobine", ["Haemoglobin"], "11,2", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, "B"),
            ("VGM", ["MCV"], "102", "fL", "80 – 100", 80.0, 100.0, None, "H"),
            (
                "Leucocytes",
                ["White cell count"],
                "3 800",
                "/mm³",
                "4 000 – 10 000",
                4000.0,
                10000.0,
                None,
                "B",
                3800.0,
            ),
            (
                "Plaquettes",
                ["Platelets"],
                "187 000",
                "/mm³",
                "150 000 – 400 000",
                150000.0,
                400000.0,
                None,
                "",
                187000.0,
            ),
            (
                "Lymphocytes T CD4",
                ["CD4 count"],
                "412",
                "cellules/µL",
                "500 – 1 500",
                500.0,
                1500.0,
                None,
                "B",
            ),
        ],
        iso,
    )
    d.table(
        ["Analyse", "Résultat", "Unité", "Valeurs de référence", ""], tab, [2.4, 1.2, 1.1, 2.0, 0.4]
    )
    d.title("BIOCHIMIE", 10)
    tab = labrows(
        d,
        [
            ("Créatininémie", ["Creatinine"], "11,8", "mg/L", "7 – 13", 7.0, 13.0, None, ""),
            ("ALAT (TGP)", ["ALT"], "52", "UI/L", "< 40", None, 40.0, "< 40", "H"),
            ("ASAT (TGO)", ["AST"], "37", "UI/L", "< 40", None, 40.0, "< 40", ""),
            (
                "Glycémie à jeun",
                ["Fasting glucose"],
                "1,02",
                "g/L",
                "0,70 – 1,10",
                0.7,
                1.1,
                None,
                "",
            ),
            (
                "Cholestérol total",
                ["Total cholesterol"],
                "2,34",
                "g/L",
                "< 2,00",
                None,
                2.0,
                "< 2,00",
                "H",
            ),
            ("Triglycérides", ["Triglycerides"], "1,86", "g/L", "< 1,50", None, 1.5, "< 1,50", "H"),
        ],
        iso,
    )
    d.table(
        ["Analyse", "Résultat", "Unité", "Valeurs de référence", ""], tab, [2.4, 1.2, 1.1, 2.0, 0.4]
    )
    d.title("SÉROLOGIE", 10)
    tab = labrows(
        d,
        [
            (
                "Antigène HBs",
                ["Hepatitis B surface antigen"],
                "Négatif",
                None,
                "Négatif",
                None,
                None,
                "Négatif",
                "",
                None,
            ),
            (
                "Anticorps anti-VHC",
                ["Hepatitis C antibody"],
                "Négatif",
                None,
                "Négatif",
                None,
                None,
                "Négatif",
                "",
                None,
            ),
        ],
        iso,
    )
    d.table(
        ["Analyse", "Résultat", "Unité", "Valeurs de référence", ""], tab, [2.4, 1.2, 1.1, 2.0, 0.4]
    )
    d.title("Analyses en cours", 10)
    d.table(
        ["Analyse", "Statut"],
        [
            ["Charge virale VIH-1", "en cours – résultat sous 15 jours"],
            ["Antigène cryptococcique (CrAg)", "échantillon transmis au LNR"],
        ],
        [3, 3],
    )
    d.no("labs", "Charge virale VIH-1", "other", "pending")
    d.no("labs", "Antigène cryptococcique", "other", "pending")
    d.para("Le biologiste : Dr Aminata Compaoré, pharmacien biologiste.", 8)
    return d


# ---------------------------------------------------------------------------- 05 Da Nang
@document
def d05():
    d = Doc(
        5,
        "da_nang_lab_flagcol",
        "Da Nang (Vietnam)",
        "lab_result",
        "lab report (single date, flag column words)",
        "d/m/Y",
        lang="Vietnamese",
    )
    d.letterhead(
        "BỆNH VIỆN ĐÀ NẴNG",
        [
            "Khoa Xét nghiệm – 124 Hải Phòng, Thạch Thang, Hải Châu, TP. Đà Nẵng",
            "ĐT: 0236 3821 118",
        ],
        right=["PHIẾU KẾT QUẢ XÉT NGHIỆM", "Số phiếu: XN-250509-0316"],
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Họ và tên:", "NGUYỄN VĂN HÙNG"),
            ("Năm sinh:", "1962 – Nam"),
            ("Khoa/Phòng:", "Phòng khám Nội tiết"),
            ("BS chỉ định:", "BS. Trần Thị Mai"),
            ("Lấy mẫu lúc:", "07:20 09/05/2025"),
            ("Mẫu bệnh phẩm:", "Huyết thanh"),
        ],
        lw=95,
    )
    iso = "2025-05-09"
    d.title("XÉT NGHIỆM SINH HÓA MÁU", 10.5)
    tab = labrows(
        d,
        [
            ("Glucose", ["Fasting glucose"], "7.8", "mmol/L", "3.9 – 6.4", 3.9, 6.4, None, "Cao"),
            ("HbA1c", ["Glycated haemoglobin"], "8.2", "%", "4.0 – 6.0", 4.0, 6.0, None, "Cao"),
            ("Ure", ["Urea"], "6.1", "mmol/L", "2.5 – 7.5", 2.5, 7.5, None, ""),
            ("Creatinin", ["Creatinine"], "98", "µmol/L", "62 – 120", 62.0, 120.0, None, ""),
            ("Acid Uric", ["Uric acid"], "512", "µmol/L", "202 – 416", 202.0, 416.0, None, "Cao"),
            (
                "AST (GOT)",
                ["Aspartate aminotransferase"],
                "31",
                "U/L",
                "≤ 37",
                None,
                37.0,
                "≤ 37",
                "",
            ),
            (
                "ALT (GPT)",
                ["Alanine aminotransferase"],
                "45",
                "U/L",
                "≤ 40",
                None,
                40.0,
                "≤ 40",
                "Cao",
            ),
            (
                "Cholesterol toàn phần",
                ["Total cholesterol"],
                "6.2",
                "mmol/L",
                "3.9 – 5.2",
                3.9,
                5.2,
                None,
                "Cao",
            ),
            (
                "Triglycerid",
                ["Triglycerides"],
                "3.4",
                "mmol/L",
                "0.46 – 1.88",
                0.46,
                1.88,
                None,
                "Cao",
            ),
            (
                "HDL-C",
                ["HDL cholesterol"],
                "0.82",
                "mmol/L",
                "≥ 0.9",
                0.9,
                None,
                "≥ 0.9",
                "Th\u1ea5p",
            ),
            ("LDL-C", ["LDL cholesterol"], "3.9", "mmol/L", "≤ 3.4", None, 3.4, "≤ 3.4", "Cao"),
            ("Natri", ["Sodium"], "139", "mmol/L", "135 – 145", 135.0, 145.0, None, ""),
            ("Kali", ["Potassium"], "3.3", "mmol/L", "3.5 – 5.0", 3.5, 5.0, None, "Th\u1ea5p"),
        ],
        iso,
    )
    d.table(
        ["Tên xét nghiệm", "Kết quả", "Đơn vị", "Trị số bình thường", "Đánh giá"],
        tab,
        [2.6, 1.1, 1.1, 1.7, 1.0],
    )
    d.para("Đánh giá: Cao = cao hơn trị số bình thường; Thấp = thấp hơn trị số bình thường.", 8)
    d.para("Microalbumin niệu: mẫu nước tiểu đang được phân tích, sẽ trả kết quả sau.", 8.5)
    d.no("labs", "Microalbumin niệu", "other", "pending")
    d.para("Trưởng khoa Xét nghiệm: ThS. BS. Lê Quang Vinh", 8)
    return d


# ---------------------------------------------------------------------------- 06 New South Wales
@document
def d06():
    d = Doc(
        6,
        "new_south_wales_tacrolimus_monitoring_scan",
        "Australia (New South Wales)",
        "lab_result",
        "cumulative pathology (dates as rows, units and ranges in the header, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 2.3},
    )
    d.letterhead(
        "NSW Health Pathology",
        [
            "Royal Prince Alfred Hospital, Missenden Rd, Camperdown NSW 2050",
            "Client services 1300 742 872",
        ],
        right=["CUMULATIVE REPORT", "Renal transplant monitoring"],
        color=(0.0, 0.3, 0.35),
    )
    d.kv(
        [
            ("Patient:", "TRAN, Michael Duc"),
            ("DOB:", "11/09/1979"),
            ("MRN:", "RPA 3391027"),
            ("Requested by:", "Dr S. Pillai (Renal Transplant)"),
        ],
        lw=80,
    )
    cols = [
        ("Tacrolimus", ["Tacrolimus trough level"], "ug/L", "5.0-8.0", 5.0, 8.0),
        ("Creat", ["Creatinine"], "umol/L", "60-110", 60.0, 110.0),
        ("eGFR", [], "mL/min/1.73m2", ">60", 60.0, None),
        ("K", ["Potassium"], "mmol/L", "3.5-5.2", 3.5, 5.2),
        ("Mg", ["Magnesium"], "mmol/L", "0.70-1.10", 0.7, 1.1),
        ("Hb", ["Haemoglobin"], "g/L", "130-180", 130.0, 180.0),
        ("WCC", ["White cell count"], "x10^9/L", "4.0-11.0", 4.0, 11.0),
    ]
    data = [
        ("2025-02-03", ["11.4 H", "148 H", "45 L", "5.6 H", "0.62 L", "118 L", "9.8"]),
        ("2025-02-17", ["8.9 H", "131 H", "55 L", "5.3 H", "0.66 L", "121 L", "8.1"]),
        ("2025-03-10", ["6.8", "118 H", "62", "4.9", "0.71", "126 L", "7.4"]),
        ("2025-04-07", ["5.9", "112 H", "66", "4.6", "0.74", "129 L", "6.9"]),
    ]
    hdr = ["Collected"] + [f"{c[0]}\n{c[2]}\n({c[3]})" for c in cols]
    tab = []
    for iso, cells in data:
        tab.append([d.d(iso)] + cells)
        for (name, al, unit, ref, lo, hi), cell in zip(cols, cells):
            v, f = _sp(cell)
            d.lab(name, v, unit, lo, hi, ref if ref[0] in "<>" else None, f or "normal", iso, al)
    d.table(hdr, tab, [1.4, 1.2, 1, 1.2, 1, 1, 1, 1])
    d.para(
        "H = above reference interval, L = below reference interval. Tacrolimus: 12-hour trough, target range "
        "as requested by the transplant unit.",
        8,
    )
    d.para(
        "Comment 03/02/2025: Tacrolimus above target range; results phoned to Renal Transplant registrar 13:05.",
        8.5,
    )
    d.para(
        "CMV PCR (plasma) collected 07/04/2025: referred to ICPMR Westmead, result to follow.", 8.5
    )
    d.no("labs", "CMV PCR", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 07 Zanzibar
@document
def d07():
    d = Doc(
        7,
        "zanzibar_antenatal_lab",
        "Zanzibar (Tanzania)",
        "lab_result",
        "antenatal clinic lab results (blood count, infection screening, glucose, urine; flag words)",
        "d/m/Y",
        lang="Swahili",
    )
    d.letterhead(
        "Hospitali ya Rufaa Mnazi Mmoja",
        ["Wizara ya Afya Zanzibar – Maabara Kuu", "S.L.P. 672, Zanzibar, Tanzania"],
        right=["MATOKEO YA MAABARA", "Kliniki ya Wajawazito (RCH)"],
        color=(0.0, 0.4, 0.35),
    )
    d.kv(
        [
            ("Jina la mteja:", "Mwanaisha Salum Juma"),
            ("Umri:", "miaka 24"),
            ("Umri wa mimba:", "wiki 16"),
            ("Tarehe ya sampuli:", "14/04/2025"),
            ("Namba ya kadi:", "RCH-MM-25-0418"),
            ("Mhudumu:", "Muuguzi Zuhura Ali"),
        ],
        lw=100,
    )
    iso = "2025-04-14"
    d.para("Juu = juu ya kiwango cha kawaida; Chini = chini ya kiwango cha kawaida.", 8)
    d.title("DAMU (HEMATOLOJIA)", 10)
    tab = labrows(
        d,
        [
            (
                "Hemoglobini (Hb)",
                ["Haemoglobin"],
                "9.4",
                "g/dL",
                "11.0 – 15.0",
                11.0,
                15.0,
                None,
                "Chini",
            ),
            (
                "Chembechembe nyeupe (WBC)",
                ["White cell count"],
                "8.4",
                "×10⁹/L",
                "4.0 – 11.0",
                4.0,
                11.0,
                None,
                "",
            ),
            (
                "Chembe sahani (Platelets)",
                ["Platelets"],
                "168",
                "×10⁹/L",
                "150 – 400",
                150.0,
                400.0,
                None,
                "",
            ),
            ("Kundi la damu", ["Blood group"], "B Rh chanya", None, "", None, None, None, "", None),
        ],
        iso,
    )
    d.table(
        ["Kipimo", "Matokeo", "Kizio", "Kiwango cha kawaida", "Tathmini"],
        tab,
        [2.6, 1.3, 1.1, 1.6, 0.9],
    )
    d.title("VIPIMO VYA MAAMBUKIZI", 10)
    tab = labrows(
        d,
        [
            (
                "Kaswende (RPR)",
                ["Syphilis RPR"],
                "Hasi",
                None,
                "Hasi",
                None,
                None,
                "Hasi",
                "",
                None,
            ),
            ("VVU (HIV 1/2)", ["HIV antibody"], "Hasi", None, "Hasi", None, None, "Hasi", "", None),
            (
                "Homa ya ini B (HBsAg)",
                ["Hepatitis B surface antigen"],
                "Hasi",
                None,
                "Hasi",
                None,
                None,
                "Hasi",
                "",
                None,
            ),
            (
                "Malaria (mRDT)",
                ["Malaria rapid test"],
                "Chanya",
                None,
                "Hasi",
                None,
                None,
                "Hasi",
                "",
                None,
            ),
        ],
        iso,
    )
    d.labs[-1]["flag"] = "abnormal"
    d.table(
        ["Kipimo", "Matokeo", "Kizio", "Kiwango cha kawaida", "Tathmini"],
        tab,
        [2.6, 1.3, 1.1, 1.6, 0.9],
    )
    d.title("SUKARI NA MKOJO", 10)
    tab = labrows(
        d,
        [
            (
                "Sukari ya damu (RBG)",
                ["Random blood glucose"],
                "5.2",
                "mmol/L",
                "3.9 – 7.8",
                3.9,
                7.8,
                None,
                "",
            ),
            (
                "Protini kwenye mkojo",
                ["Urine protein"],
                "Hasi",
                None,
                "Hasi",
                None,
                None,
                "Hasi",
                "",
                None,
            ),
            (
                "Sukari kwenye mkojo",
                ["Urine glucose"],
                "Hasi",
                None,
                "Hasi",
                None,
                None,
                "Hasi",
                "",
                None,
            ),
        ],
        iso,
    )
    d.table(
        ["Kipimo", "Matokeo", "Kizio", "Kiwango cha kawaida", "Tathmini"],
        tab,
        [2.6, 1.3, 1.1, 1.6, 0.9],
    )
    d.title("Vipimo vinavyosubiriwa", 10)
    d.table(
        ["Kipimo", "Hali"],
        [
            ["Selimundu (sickle cell screening)", "Inasubiriwa"],
            ["Utamaduni wa mkojo (urine culture)", "Inasubiriwa – majibu baada ya saa 72"],
        ],
        [3, 3],
    )
    d.no("labs", "Selimundu", "other", "pending")
    d.no("labs", "Utamaduni wa mkojo", "other", "pending")
    d.para("Matokeo ya malaria yamewasilishwa kwa mhudumu wa kliniki siku hiyo hiyo.", 8.5)
    d.para("Mtaalamu wa maabara: Bw. Khamis Haji Mussa", 8)
    return d


# ---------------------------------------------------------------------------- 08 Northern Cape
@document
def d08():
    d = Doc(
        8,
        "northern_cape_internal_medicine_referral",
        "Northern Cape (South Africa)",
        "medical_record",
        "GP referral letter to internal medicine (handwritten addendum)",
        "Y/m/d",
        lang="Afrikaans",
        comma=True,
    )
    d.letterhead(
        "Dr. J.P. Steyn – Huisarts",
        [
            "Mediese Sentrum Upington, Schröderstraat 41, Upington 8801",
            "Tel. 054 332 1187   Praktyknr. 0412345",
        ],
        right=["VERWYSINGSBRIEF"],
        color=(0.45, 0.25, 0.05),
    )
    d.para(
        "Aan: Dr. A. Pretorius, Interne Geneeskunde, Robert Mangaliso Sobukwe Hospitaal, Kimberley"
    )
    d.para("Datum: " + d.d("2025-03-12"))
    d.para("Pasiënt: Mev. Hester Maria van Wyk, geb. 1957/08/23, ID-nr. 5708230123087", font="B")
    d.para(
        "Geagte kollega, hiermee verwys ek mev. Van Wyk vir evaluering van nuwe atriale fibrillasie met 'n "
        "vinnige ventrikulêre respons en vermoedelike hipertireose. Sy kla van hartkloppings, hitte-intoleransie en "
        "6 kg gewigsverlies oor twee maande. Geen borspyn of sinkopee nie."
    )
    d.cond("atriale fibrillasie", "active", None, ["atrial fibrillation"])
    d.no("conditions", "hipertireose", "other", "suspected")
    d.no("conditions", "borspyn", "negated")
    d.no("conditions", "sinkopee", "negated")
    d.title("Probleemlys", 10)
    d.bullets(
        [
            "Hipertensie (I10)",
            "Tipe 2-diabetes mellitus (E11.9)",
            "Osteoartritis van albei knieë (M17.0)",
            "Depressie (F32.9), stabiel op behandeling",
            "Longtuberkulose 1998, volledig behandel",
            "Histerektomie 2004",
        ]
    )
    d.cond("Hipertensie", "active", "I10", ["hypertension"])
    d.cond("Tipe 2-diabetes mellitus", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Osteoartritis van albei knieë", "active", "M17.0", ["knee osteoarthritis"])
    d.cond("Depressie", "active", "F32.9", ["depression"])
    d.no("conditions", "Longtuberkulose", "historical", "treated 1998")
    d.no("conditions", "Histerektomie", "historical", "past surgery")
    d.title("Huidige medikasie", 10)
    d.table(
        ["Medikasie", "Dosis", "Gebruik", "Opmerking"],
        [
            ["Enalapril", "10 mg", "2x daagliks", ""],
            ["Metformien", "850 mg", "2x daagliks saam met ete", ""],
            ["Hidrochlorotiasied", "12,5 mg", "1x daagliks soggens", ""],
            ["Fluoksetien", "20 mg", "1x daagliks soggens", ""],
            ["Bisoprolol", "2,5 mg", "1x daagliks", "begin op " + d.d("2025-03-10")],
            ["Ibuprofen", "400 mg", "3x daagliks", "gestaak op " + d.d("2025-03-10")],
        ],
        [2.2, 1, 2.2, 2.2],
    )
    d.med("Enalapril", None, "10", "mg", None, "2x daagliks")
    d.med("Metformien", None, "850", "mg", None, "2x daagliks saam met ete")
    d.med("Hidrochlorotiasied", None, "12,5", "mg", None, "1x daagliks soggens")
    d.med("Fluoksetien", None, "20", "mg", None, "1x daagliks soggens")
    d.med("Bisoprolol", None, "2,5", "mg", None, "1x daagliks", "new")
    d.med("Ibuprofen", None, "400", "mg", None, "3x daagliks", "stopped")
    d.no("medications", "Ibuprofen", "stopped")
    d.title("Allergieë", 10)
    d.para(
        "Penisillien – anafilaksie (ernstig); kodeïen – naarheid. Geen bekende voedselallergieë nie."
    )
    d.alg("Penisillien", "anafilaksie", "ernstig")
    d.alg("kodeïen", "naarheid")
    d.no("allergies", "voedselallergieë", "negated")
    d.title("Ondersoek en bloedtoetse", 10)
    d.para(
        "BD 148/92 mmHg, pols 128/min onreëlmatig, temperatuur 36,9 °C, gewig 61 kg. Fyn tremor van die hande. "
        "Bloedtoetse ("
        + d.d("2025-03-10")
        + "): TSH 0,02 mIU/L, vry T4 38,5 pmol/L, kreatinien 84 µmol/L, "
        "kalium 3,6 mmol/L, HbA1c 7,1 %."
    )
    d.vit("blood_pressure", "148/92", 148.0, 92.0, "mmHg")
    d.vit("heart_rate", "128", 128.0, None, "/min")
    d.vit("temperature", "36,9", 36.9, None, "°C")
    d.vit("weight", "61", 61.0, None, "kg")
    iso = "2025-03-10"
    d.lab("TSH", "0,02", "mIU/L", None, None, None, None, iso)
    d.lab("vry T4", "38,5", "pmol/L", None, None, None, None, iso, ["Free T4"])
    d.lab("kreatinien", "84", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.lab("kalium", "3,6", "mmol/L", None, None, None, None, iso, ["Potassium"])
    d.lab("HbA1c", "7,1", "%", None, None, None, None, iso)
    d.para("Familiegeskiedenis: suster met skildklierkanker; vader oorlede aan 'n beroerte op 71.")
    d.no("conditions", "skildklierkanker", "family")
    d.no("conditions", "beroerte", "family")
    d.para("Antikoagulasie is nog nie begin nie. Sal u asseblief besluit oor warfarien of 'n NOAC?")
    d.no("medications", "warfarien", "planned", "question to specialist")
    d.para("Vriendelike groete,")
    d.signature("Dr. J.P. Steyn", "Huisarts, MBChB (Stell)")
    d.hand_line("Bylae " + d.d("2025-03-13") + ":", "Hb 11,8 g/dL (verw. 12,0-15,5) - laag", 10.5)
    d.lab("Hb", "11,8", "g/dL", 12.0, 15.5, None, "low", "2025-03-13", ["Haemoglobin"])
    d.hand_line("", "TRAb-uitslag nog uitstaande", 10.5)
    d.no("labs", "TRAb", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 09 Aosta Valley
@document
def d09():
    d = Doc(
        9,
        "aosta_valley_diabetology_report",
        "Aosta Valley (Italy)",
        "medical_record",
        "specialist report (diabetology follow-up, lab table, patient advice)",
        "d/m/Y",
        lang="Italian",
        comma=True,
    )
    d.letterhead(
        "Azienda USL della Valle d'Aosta",
        [
            'S.C. Malattie Endocrine e Diabetologia – Ospedale Regionale "U. Parini"',
            "Viale Ginevra 3, 11100 Aosta",
        ],
        right=["REFERTO DI VISITA DIABETOLOGICA", "Data: 14/05/2025"],
        color=(0.1, 0.2, 0.5),
    )
    d.kv(
        [
            ("Paziente:", "Ferruccio Chabod"),
            ("Nato il:", "14/11/1955"),
            ("C.F.:", "CHBFRC55S14A326T"),
            ("Inviato da:", "Dr. Luca Vuillermoz (MMG)"),
        ],
        lw=70,
    )
    d.title("Anamnesi", 10)
    d.para(
        "Diabete mellito tipo 2 noto dal 2008, in terapia orale. Ipertensione arteriosa. Retinopatia diabetica "
        "non proliferante (ultimo fundus 2024). Steatosi epatica all'ecografia. Pregresso intervento di ernia "
        "inguinale destra (2012). Nega episodi ipoglicemici. Fratello deceduto per infarto miocardico a 61 anni."
    )
    d.cond("Diabete mellito tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Ipertensione arteriosa", "active", None, ["hypertension"])
    d.cond(
        "Retinopatia diabetica non proliferante",
        "active",
        None,
        ["non-proliferative diabetic retinopathy"],
    )
    d.cond("Steatosi epatica", "active", None, ["hepatic steatosis"])
    d.no("conditions", "ernia inguinale", "historical", "past surgery")
    d.no("conditions", "episodi ipoglicemici", "negated")
    d.no("conditions", "infarto miocardico", "family")
    d.para(
        "Allergie: penicillina (orticaria), cerotti in tessuto (dermatite da contatto). Nessuna allergia "
        "alimentare nota."
    )
    d.alg("penicillina", "orticaria")
    d.alg("cerotti in tessuto", "dermatite da contatto")
    d.no("allergies", "allergia alimentare", "negated")
    d.title("Esame obiettivo", 10)
    d.para(
        "PA 142/84 mmHg, FC 70 bpm ritmica, peso 92 kg, altezza 176 cm, BMI 29,7 kg/m². Polsi pedidii presenti, "
        "monofilamento normale bilateralmente."
    )
    d.vit("blood_pressure", "142/84", 142.0, 84.0, "mmHg")
    d.vit("heart_rate", "70", 70.0, None, "bpm")
    d.vit("weight", "92", 92.0, None, "kg")
    d.vit("height", "176", 176.0, None, "cm")
    d.vit("bmi", "29,7", 29.7, None, "kg/m²")
    d.title("Esami ematochimici del " + d.d("2025-05-08"), 10)
    tab = labrows(
        d,
        [
            (
                "Glicemia a digiuno",
                ["Fasting glucose"],
                "156",
                "mg/dL",
                "70 – 100",
                70.0,
                100.0,
                None,
                "H",
            ),
            (
                "Emoglobina glicata (HbA1c)",
                ["HbA1c"],
                "63",
                "mmol/mol",
                "20 – 42",
                20.0,
                42.0,
                None,
                "H",
            ),
            ("Creatinina", ["Creatinine"], "1,12", "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, ""),
            ("eGFR (CKD-EPI)", ["eGFR"], "68", "mL/min/1,73m²", "> 60", 60.0, None, "> 60", ""),
            ("Albuminuria/creatininuria", ["UACR"], "46", "mg/g", "< 30", None, 30.0, "< 30", "H"),
            (
                "Colesterolo LDL",
                ["LDL cholesterol"],
                "108",
                "mg/dL",
                "< 70",
                None,
                70.0,
                "< 70",
                "H",
            ),
            ("Trigliceridi", ["Triglycerides"], "178", "mg/dL", "< 150", None, 150.0, "< 150", "H"),
        ],
        "2025-05-08",
    )
    d.table(["Esame", "Valore", "Unità", "Riferimento", ""], tab, [2.6, 1.1, 1.3, 1.4, 0.4])
    d.title("Terapia", 10)
    d.table(
        ["Farmaco", "Dose", "Posologia", "Note"],
        [
            ["Metformina", "1000 mg", "1 cp x 2/die ai pasti", "invariata"],
            [
                "Semaglutide (Ozempic)",
                "0,25 mg",
                "1 iniezione s.c. alla settimana",
                "nuova, da oggi; poi 0,5 mg",
            ],
            ["Gliclazide RM", "30 mg", "1 cp/die", "sospesa (rischio ipoglicemie)"],
            ["Ramipril", "5 mg", "1 cp/die", "invariato"],
            ["Amlodipina", "5 mg", "1 cp/die", "invariata"],
            ["Atorvastatina", "40 mg", "1 cp/die la sera", "aumentata da 20 mg"],
            ["Acido acetilsalicilico (Cardioaspirin)", "100 mg", "1 cp/die", "invariato"],
        ],
        [2.8, 1, 2.2, 2.4],
    )
    d.med("Metformina", None, "1000", "mg", None, "1 cp x 2/die ai pasti")
    d.med("Semaglutide", "Ozempic", "0,25", "mg", "s.c.", "1 iniezione s.c. alla settimana", "new")
    d.med("Gliclazide", None, "30", "mg", None, "1 cp/die", "stopped")
    d.no("medications", "Gliclazide", "stopped")
    d.med("Ramipril", None, "5", "mg", None, "1 cp/die")
    d.med("Amlodipina", None, "5", "mg", None, "1 cp/die")
    d.med("Atorvastatina", None, "40", "mg", None, "1 cp/die la sera", "changed")
    d.med("Acido acetilsalicilico", "Cardioaspirin", "100", "mg", None, "1 cp/die")
    d.title("Conclusioni", 10)
    d.para(
        "Compenso glicemico non a target. Avviato semaglutide, sospesa la sulfonilurea. Se HbA1c ancora > 53 "
        "mmol/mol al prossimo controllo, valutare insulina basale. Si prenota vaccinazione anti-pneumococcica "
        "presso il Servizio Vaccinazioni di Aosta. Visita oculistica annuale."
    )
    d.no("medications", "insulina basale", "planned", "conditional next step")
    d.no("immunizations", "vaccinazione anti-pneumococcica", "due")
    d.title("Consigli per il paziente", 10)
    d.para(
        "Ozempic può dare nausea nelle prime settimane. In caso di dolore addominale forte e persistente "
        "sospenda il farmaco e contatti il medico (rischio di pancreatite). Non assuma antinfiammatori come "
        "ibuprofene senza consultare il medico.",
        9,
    )
    d.no("conditions", "pancreatite", "leaflet")
    d.no("medications", "ibuprofene", "leaflet")
    d.para("Prossimo controllo tra 3 mesi con HbA1c e profilo lipidico.")
    d.signature("Dott.ssa Chantal Bionaz", "Dirigente medico, Diabetologia", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Saint Barthélemy
@document
def d10():
    d = Doc(
        10,
        "saint_barthelemy_visitor_discharge_note",
        "Saint Barthélemy",
        "discharge_summary",
        "discharge note for a visiting patient (entry/exit labs, handwritten addendum)",
        "d/m/Y",
        lang="French",
        comma=True,
    )
    d.letterhead(
        "Hôpital de Bruyn – Saint-Barthélemy",
        [
            "Rue de l'Hôpital, Gustavia, 97133 Saint-Barthélemy",
            "Service de médecine – Tél. 05 90 27 60 35",
        ],
        right=["COMPTE RENDU DE SORTIE", "Patient de passage"],
        color=(0.1, 0.3, 0.45),
    )
    d.kv(
        [
            ("Patient :", "M. Jean-Luc MOREAU"),
            ("Né le :", "03/07/1961"),
            ("Domicile :", "Villeurbanne (Rhône), en vacances"),
            ("Séjour :", "du 27/02/2025 au 03/03/2025"),
        ],
        lw=75,
    )
    d.para(
        "Motif d'hospitalisation : douleur lombaire droite fébrile. Diagnostic : pyélonéphrite aiguë droite "
        "obstructive sur lithiase urétérale droite de 5 mm (scanner du 27/02)."
    )
    d.cond("pyélonéphrite aiguë droite", "active", None, ["acute pyelonephritis"])
    d.cond("lithiase urétérale droite", "active", None, ["ureteric stone"])
    d.para(
        "Antécédents : goutte, hypertension artérielle. Pancréatite aiguë biliaire en 2016 (cholécystectomie). "
        "Pas de diabète connu."
    )
    d.cond("goutte", "active", None, ["gout"])
    d.cond("hypertension artérielle", "active", None, ["hypertension"])
    d.no("conditions", "Pancréatite aiguë biliaire", "historical")
    d.no("conditions", "diabète", "negated")
    d.para("Allergies : tramadol (vomissements incoercibles), pansements adhésifs (eczéma).")
    d.alg("tramadol", "vomissements incoercibles")
    d.alg("pansements adhésifs", "eczéma")
    d.para(
        "Évolution : ceftriaxone IV 1 g/j et kétoprofène IV, montée de sonde JJ droite le 27/02. Apyrexie à J2. "
        "ECBU : E. coli multisensible."
    )
    d.no("medications", "ceftriaxone IV", "other", "ward-only IV course")
    d.no("medications", "kétoprofène IV", "other", "ward-only")
    d.title("Biologie", 10)
    tab = cumul(
        d,
        [
            ("CRP", [], "mg/L", "< 5", None, 5.0, "< 5", ["142 H", "38 H"]),
            (
                "Leucocytes",
                ["White cell count"],
                "G/L",
                "4,0 – 10,0",
                4.0,
                10.0,
                None,
                ["16,2 H", "9,1"],
            ),
            (
                "Créatinine",
                ["Creatinine"],
                "µmol/L",
                "59 – 104",
                59.0,
                104.0,
                None,
                ["148 H", "96"],
            ),
            ("Potassium", [], "mmol/L", "3,5 – 5,0", 3.5, 5.0, None, ["4,4", "4,1"]),
        ],
        ["2025-02-27", "2025-03-02"],
    )
    d.table(
        ["Examen", "Entrée " + d.d("2025-02-27"), "Sortie " + d.d("2025-03-02"), "Unité", "Normes"],
        tab,
        [2, 1.4, 1.4, 1, 1.2],
    )
    d.para("Constantes de sortie : TA 128/76 mmHg, pouls 68/min, T 37,1 °C.")
    d.vit("blood_pressure", "128/76", 128.0, 76.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "/min")
    d.vit("temperature", "37,1", 37.1, None, "°C")
    d.title("Traitement de sortie", 10)
    d.bullets(
        [
            "Céfixime 200 mg per os matin et soir, jusqu'au 10/03/2025 inclus",
            "Tamsulosine 0,4 mg 1 gélule le soir jusqu'à l'ablation de la sonde JJ",
            "Paracétamol 1 g toutes les 6 heures si douleur",
            "Allopurinol 200 mg 1 comprimé par jour (inchangé)",
            "Losartan 50 mg 1 comprimé le matin (inchangé)",
            "Diclofénac 50 mg : arrêté (fonction rénale)",
        ]
    )
    d.med("Céfixime", None, "200", "mg", "per os", "matin et soir", "new")
    d.med("Tamsulosine", None, "0,4", "mg", None, "le soir", "new")
    d.med("Paracétamol", None, "1", "g", None, "toutes les 6 heures si douleur")
    d.med("Allopurinol", None, "200", "mg", None, "1 comprimé par jour")
    d.med("Losartan", None, "50", "mg", None, "le matin")
    d.med("Diclofénac", None, "50", "mg", None, None, "stopped")
    d.no("medications", "Diclofénac", "stopped")
    d.para(
        "Ablation de la sonde JJ et urétéroscopie à programmer par l'urologue à Lyon dans 4 à 6 semaines."
    )
    d.signature("Dr Hélène Lédée", "Médecin, service de médecine")
    d.hand_line(
        "Ajout " + d.d("2025-03-04") + " :", "uricémie 512 µmol/L – à revoir par le MT", 10.5
    )
    d.lab("uricémie", "512", "µmol/L", None, None, None, None, "2025-03-04", ["Uric acid"])
    return d


# ---------------------------------------------------------------------------- 11 Virginia
@document
def d11():
    d = Doc(
        11,
        "virginia_hematology_letter",
        "United States (Virginia)",
        "medical_record",
        "specialist consultation letter (hematology, two-date lab table)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Blue Ridge Hematology & Oncology",
        [
            "1906 Belleview Ave SE, Suite 300, Roanoke, VA 24014",
            "Phone (540) 555-0163  Fax (540) 555-0164",
        ],
        right=["CONSULTATION NOTE", "Date of visit: 05/20/2025"],
        color=(0.45, 0.05, 0.2),
    )
    d.para("Dr. Karen Whitlock, Internal Medicine, Salem, VA 24153")
    d.para("RE: Shirley A. Caldwell   DOB 05/17/1949   MRN BRH-55120", font="B")
    d.para(
        "Dear Dr. Whitlock, thank you for asking me to see Mrs. Caldwell for microcytic anemia and a small "
        "monoclonal protein found on work-up. She reports fatigue and exertional dyspnea for about six months. "
        "She denies melena, hematochezia or weight loss."
    )
    d.no("conditions", "melena", "negated")
    d.no("conditions", "hematochezia", "negated")
    d.title("Assessment", 10)
    d.bullets(
        [
            "Iron deficiency anemia (D50.9), source not yet identified",
            "Monoclonal gammopathy of undetermined significance, IgG kappa (D47.2)",
            "Chronic kidney disease stage 3b (N18.32)",
            "Permanent atrial fibrillation (I48.21), on apixaban",
            "Essential hypertension (I10)",
            "History of tubular adenoma of the colon, removed at colonoscopy 2021",
        ]
    )
    d.cond("Iron deficiency anemia", "active", "D50.9", ["iron deficiency anaemia"])
    d.cond("Monoclonal gammopathy of undetermined significance", "active", "D47.2", ["MGUS"])
    d.cond("Chronic kidney disease stage 3b", "active", "N18.32", ["CKD"])
    d.cond("Permanent atrial fibrillation", "active", "I48.21", ["atrial fibrillation"])
    d.cond("Essential hypertension", "active", "I10", ["hypertension"])
    d.no("conditions", "tubular adenoma of the colon", "historical")
    d.para(
        "Family history: brother with multiple myeloma, diagnosed at 70; mother had pernicious anemia."
    )
    d.no("conditions", "multiple myeloma", "family")
    d.no("conditions", "pernicious anemia", "family")
    d.title("Allergies", 10)
    d.para("Iodinated contrast (hives, moderate); doxycycline (photosensitivity rash).")
    d.alg("Iodinated contrast", "hives", "moderate")
    d.alg("doxycycline", "photosensitivity rash")
    d.title("Examination", 10)
    d.para(
        "BP 134/72 mmHg, HR 82 bpm irregular, Temp 97.9 °F, SpO2 97% on room air, Wt 148 lb. Conjunctival pallor. "
        "No lymphadenopathy or splenomegaly."
    )
    d.vit("blood_pressure", "134/72", 134.0, 72.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "bpm")
    d.vit("temperature", "97.9", 97.9, None, "°F")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "148", 148.0, None, "lb")
    d.no("conditions", "splenomegaly", "negated")
    d.title("Laboratory results", 10)
    tab = prevcol(
        d,
        [
            (
                "Hemoglobin",
                ["Haemoglobin"],
                "g/dL",
                "11.6-15.9",
                11.6,
                15.9,
                None,
                "9.6 L",
                "10.4 L",
            ),
            ("MCV", ["Mean corpuscular volume"], "fL", "79-97", 79.0, 97.0, None, "74 L", "78 L"),
            ("Platelets", [], "x10E3/uL", "150-450", 150.0, 450.0, None, "468 H", "412"),
            ("Ferritin", [], "ng/mL", "15-150", 15.0, 150.0, None, "9 L", "14 L"),
            (
                "Iron saturation",
                ["Transferrin saturation"],
                "%",
                "15-55",
                15.0,
                55.0,
                None,
                "7 L",
                "—",
            ),
            ("Vitamin B12", [], "pg/mL", "232-1245", 232.0, 1245.0, None, "318", "—"),
            (
                "M-protein (SPEP)",
                ["Monoclonal protein"],
                "g/dL",
                "Not observed",
                None,
                None,
                "Not observed",
                "0.4",
                "0.3",
            ),
            (
                "Kappa/lambda free light chain ratio",
                ["FLC ratio"],
                "",
                "0.26-1.65",
                0.26,
                1.65,
                None,
                "1.42",
                "1.38",
            ),
            ("Creatinine", [], "mg/dL", "0.57-1.00", 0.57, 1.0, None, "1.41 H", "1.33 H"),
            ("eGFR", [], "mL/min/1.73", ">59", 59.0, None, ">59", "38 L", "41 L"),
        ],
        "2025-02-11",
        "2025-05-13",
    )
    for l in d.labs:
        if l["test_name"] == "M-protein (SPEP)":
            l["flag"] = "abnormal"
        if l["unit"] == "":
            l["unit"] = None
    d.table(
        ["Test", "05/13/2025", "Units", "Reference", "02/11/2025"], tab, [2.8, 1.1, 1.1, 1.2, 1.1]
    )
    d.para(
        "M-protein: IgG kappa band on immunofixation; a measurable M-protein is abnormal (reference: not "
        "observed).",
        8.5,
    )
    d.title("Medications", 10)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Apixaban 5 mg tablet", "1 tablet by mouth twice daily", "continue"],
            ["Metoprolol succinate ER 50 mg", "1 tablet by mouth daily", "continue"],
            ["Amlodipine 5 mg tablet", "1 tablet by mouth daily", "continue"],
            ["Pantoprazole 40 mg tablet", "reduce to 20 mg by mouth daily", "dose reduced"],
            [
                "Ferrous sulfate 325 mg tablet",
                "1 tablet daily",
                "discontinue (nausea, no response)",
            ],
            ["Aspirin 81 mg", "daily", "discontinue (on apixaban)"],
        ],
        [2.8, 2.8, 1.8],
    )
    d.med("Apixaban", None, "5", "mg", "by mouth", "twice daily")
    d.med("Metoprolol succinate ER", None, "50", "mg", "by mouth", "daily")
    d.med("Amlodipine", None, "5", "mg", "by mouth", "daily")
    d.med("Pantoprazole", None, "20", "mg", "by mouth", "daily", "changed")
    d.med("Ferrous sulfate", None, "325", "mg", None, "daily", "stopped")
    d.no("medications", "Ferrous sulfate", "stopped")
    d.med("Aspirin", None, "81", "mg", None, "daily", "stopped")
    d.no("medications", "Aspirin", "stopped")
    d.title("Plan", 10)
    d.para(
        "1. Intravenous iron: ferric carboxymaltose (Injectafer) 750 mg x 2 doses one week apart is being scheduled "
        "at our infusion center; not yet given."
    )
    d.no("medications", "ferric carboxymaltose", "planned")
    d.para(
        "2. GI referral for EGD and colonoscopy, given the prior adenoma and iron deficiency on anticoagulation."
    )
    d.para(
        "3. MGUS: low-risk features. Serum immunofixation repeat and urine protein electrophoresis were sent today; "
        "results pending. Skeletal survey not required at this time."
    )
    d.no("labs", "urine protein electrophoresis", "other", "pending")
    d.para(
        "4. Immunizations: she received her 2024-2025 COVID-19 vaccine (Moderna Spikevax) at her pharmacy on "
        "10/21/2024. She is due for the high-dose influenza vaccine this fall and declined the RSV vaccine today."
    )
    d.imm("COVID-19 vaccine", "2024-10-21", None, None, "Spikevax", amb=False)
    d.no("immunizations", "high-dose influenza vaccine", "due")
    d.no("immunizations", "RSV vaccine", "other", "declined")
    d.para(
        "Follow-up in 8 weeks with CBC, ferritin and iron studies. Thank you for this referral. Sincerely,"
    )
    d.signature("Anand Raghavan, MD", "Hematology and Medical Oncology", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Nevada
@document
def d12():
    d = Doc(
        12,
        "nevada_cardiology_referral",
        "United States (Nevada)",
        "medical_record",
        "referral letter (cardiology, handwritten addendum)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Sierra Family Medicine",
        ["645 Sierra Rose Dr, Suite 104, Reno, NV 89511", "Tel (775) 555-0131  Fax (775) 555-0132"],
        right=["REFERRAL", "Cardiology"],
        color=(0.55, 0.3, 0.0),
    )
    d.para("To: Cardiology Clinic, Renown Institute for Heart & Vascular Health, Reno, NV")
    d.para("Date: " + d.d("2025-03-31"))
    d.para("Patient: Gabriel R. Montoya   DOB 12/03/1961   Member ID NVH-44718220", font="B")
    d.para(
        "Reason for referral: two months of exertional chest pressure relieved by rest, concerning for stable "
        "angina; please evaluate for suspected coronary artery disease (stress imaging vs. angiography). No "
        "syncope, no orthopnea, no leg swelling."
    )
    d.no("conditions", "coronary artery disease", "other", "suspected")
    d.no("conditions", "syncope", "negated")
    d.no("conditions", "orthopnea", "negated")
    d.title("Active problems", 10)
    d.bullets(
        [
            "Essential hypertension (I10)",
            "Mixed hyperlipidemia (E78.2)",
            "Type 2 diabetes mellitus with hyperglycemia (E11.65)",
            "Nicotine dependence, cigarettes (F17.210)",
            "Obstructive sleep apnea on CPAP (G47.33)",
        ]
    )
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Mixed hyperlipidemia", "active", "E78.2")
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65", ["type 2 diabetes"])
    d.cond("Nicotine dependence, cigarettes", "active", "F17.210", ["tobacco use"])
    d.cond("Obstructive sleep apnea", "active", "G47.33", ["OSA"])
    d.para(
        "Past history: kidney stone 2015, passed spontaneously. Family history: father had a myocardial "
        "infarction at 52; brother died of sudden cardiac death at 48."
    )
    d.no("conditions", "kidney stone", "historical")
    d.no("conditions", "myocardial infarction", "family")
    d.no("conditions", "sudden cardiac death", "family")
    d.title("Current medications", 10)
    d.table(
        ["Medication", "Dose / directions"],
        [
            ["Lisinopril", "40 mg by mouth daily"],
            ["Atorvastatin", "80 mg by mouth at bedtime (increased from 40 mg on 03/31/2025)"],
            ["Metformin ER", "1000 mg by mouth twice daily with meals"],
            ["Empagliflozin (Jardiance)", "25 mg by mouth daily"],
            ["Aspirin", "81 mg by mouth daily (started 03/31/2025)"],
            [
                "Nitroglycerin",
                "0.4 mg sublingual every 5 min as needed for chest pain, max 3 doses (new)",
            ],
            ["Nicotine patch", "21 mg/24 hr, apply 1 patch daily (new)"],
            ["Naproxen", "500 mg twice daily - STOPPED 03/31/2025"],
        ],
        [2.3, 4.7],
    )
    d.med("Lisinopril", None, "40", "mg", "by mouth", "daily")
    d.med("Atorvastatin", None, "80", "mg", "by mouth", "at bedtime", "changed")
    d.med("Metformin ER", None, "1000", "mg", "by mouth", "twice daily with meals")
    d.med("Empagliflozin", "Jardiance", "25", "mg", "by mouth", "daily")
    d.med("Aspirin", None, "81", "mg", "by mouth", "daily", "new")
    d.med(
        "Nitroglycerin",
        None,
        "0.4",
        "mg",
        "sublingual",
        "every 5 min as needed for chest pain",
        "new",
    )
    d.med("Nicotine patch", None, "21", "mg/24 hr", None, "daily", "new")
    d.med("Naproxen", None, "500", "mg", None, "twice daily", "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.title("Allergies", 10)
    d.para("Morphine - hives. Sulfamethoxazole-trimethoprim - rash. No known latex allergy.")
    d.alg("Morphine", "hives")
    d.alg("Sulfamethoxazole-trimethoprim", "rash")
    d.no("allergies", "latex", "negated")
    d.title("Recent results (03/28/2025)", 10)
    tab = labrows(
        d,
        [
            ("Total cholesterol", [], "244", "mg/dL", "<200", None, 200.0, "<200", "H"),
            ("LDL cholesterol", [], "162", "mg/dL", "<100", None, 100.0, "<100", "H"),
            ("HDL cholesterol", [], "34", "mg/dL", ">39", 39.0, None, ">39", "L"),
            ("Triglycerides", [], "238", "mg/dL", "<150", None, 150.0, "<150", "H"),
            ("Hemoglobin A1c", ["HbA1c"], "8.1", "%", "<5.7", None, 5.7, "<5.7", "H"),
            ("Creatinine", [], "1.02", "mg/dL", "0.76-1.27", 0.76, 1.27, None, ""),
            ("Potassium", [], "4.4", "mmol/L", "3.5-5.2", 3.5, 5.2, None, ""),
            (
                "hs-Troponin I",
                ["High-sensitivity troponin I"],
                "4",
                "ng/L",
                "<20",
                None,
                20.0,
                "<20",
                "",
            ),
        ],
        "2025-03-28",
    )
    d.table(["Test", "Result", "Units", "Reference", "Flag"], tab, [2.6, 1, 1.2, 1.2, 0.6])
    d.para(
        "Vitals today: BP 152/96 mmHg, pulse 88, weight 224 lb, height 70 in, BMI 32.1. ECG: sinus rhythm, "
        "no acute ST changes."
    )
    d.vit("blood_pressure", "152/96", 152.0, 96.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, None)
    d.vit("weight", "224", 224.0, None, "lb")
    d.vit("height", "70", 70.0, None, "in")
    d.vit("bmi", "32.1", 32.1, None, None)
    d.para("Question: if LDL stays above goal on maximal atorvastatin, would you add ezetimibe?")
    d.no("medications", "ezetimibe", "planned", "question to specialist")
    d.signature("Alicia Navarro, PA-C", "Physician Assistant, Family Medicine")
    d.hand_line("Addendum " + d.d("2025-04-02") + ":", "Lp(a) 148 nmol/L (nl <75) - high", 10.5)
    d.lab("Lp(a)", "148", "nmol/L", None, 75.0, "<75", "high", "2025-04-02", ["Lipoprotein(a)"])
    d.hand_line("", "Pt asks to be seen at the Carson City office if possible. AN", 10.5)
    return d


# ---------------------------------------------------------------------------- 13 Gotland
@document
def d13():
    d = Doc(
        13,
        "gotland_stroke_discharge_summary",
        "Gotland (Sweden)",
        "discharge_summary",
        "hospital discharge summary (stroke unit, admission/discharge labs, patient leaflet)",
        "Y-m-d",
        lang="Swedish",
        comma=True,
    )
    d.letterhead(
        "Region Gotland – Visby lasarett",
        [
            "Medicinkliniken, avdelning 5 (strokeenhet)",
            "Sjukhusområdet, 621 84 Visby, tel. 0498-26 80 00",
        ],
        right=["EPIKRIS", "Utskrivningsmeddelande"],
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Patient:", "Ingrid Maria Karlsson"),
            ("Personnummer:", "19470611-2384"),
            ("Inskriven:", "2025-02-03"),
            ("Utskriven:", "2025-02-09"),
            ("Fast läkare:", "Erik Lindqvist, Hemse vårdcentral"),
        ],
        lw=95,
    )
    d.title("Diagnoser", 10)
    d.bullets(
        [
            "Cerebral infarkt i vänster mediaterritorium (I63.4)",
            "Förmaksflimmer, nyupptäckt (I48.9)",
            "Hypertoni (I10)",
            "Hypotyreos (E03.9)",
        ]
    )
    d.cond("Cerebral infarkt i vänster mediaterritorium", "active", "I63.4", ["ischaemic stroke"])
    d.cond("Förmaksflimmer", "active", "I48.9", ["atrial fibrillation"])
    d.cond("Hypertoni", "active", "I10", ["hypertension"])
    d.cond("Hypotyreos", "active", "E03.9", ["hypothyroidism"])
    d.title("Anamnes och vårdförlopp", 10)
    d.para(
        "77-årig kvinna som insjuknade på morgonen med högersidig svaghet och afasi. Trombolys gavs ej på grund "
        "av oklar debuttid. Tidigare höftfraktur höger 2018, opererad. Ingen känd diabetes. Modern hade demens."
    )
    d.no("conditions", "höftfraktur", "historical")
    d.no("conditions", "diabetes", "negated")
    d.no("conditions", "demens", "family")
    d.para(
        "Under vårdtiden trombosprofylax med inj. Fragmin 5000 E s.c. dagligen. Snabb förbättring av kraft och "
        "tal. Hjärtinfarkt uteslöts (troponin T normalt). Telemetri visade förmaksflimmer."
    )
    d.no("medications", "Fragmin", "other", "ward-only")
    d.no("conditions", "Hjärtinfarkt", "negated", "ruled out")
    d.para("Överkänslighet: ciprofloxacin (hudutslag), häftplåster (klåda).")
    d.alg("ciprofloxacin", "hudutslag")
    d.alg("häftplåster", "klåda")
    d.title("Laboratorieprover (H = över referensintervallet)", 10)
    tab = cumul(
        d,
        [
            ("Hb", ["Haemoglobin"], "g/L", "117 – 153", 117.0, 153.0, None, ["128", "124"]),
            ("LPK", ["White cell count"], "×10⁹/L", "3,5 – 8,8", 3.5, 8.8, None, ["9,4 H", "7,1"]),
            ("Kreatinin", ["Creatinine"], "µmol/L", "45 – 90", 45.0, 90.0, None, ["96 H", "82"]),
            ("Natrium", ["Sodium"], "mmol/L", "137 – 145", 137.0, 145.0, None, ["139", "141"]),
            ("Kalium", ["Potassium"], "mmol/L", "3,5 – 4,6", 3.5, 4.6, None, ["3,8", "4,2"]),
            ("Troponin T", [], "ng/L", "< 15", None, 15.0, "< 15", ["11", "—"]),
            (
                "LDL-kolesterol",
                ["LDL cholesterol"],
                "mmol/L",
                "< 3,0",
                None,
                3.0,
                "< 3,0",
                ["3,9 H", "—"],
            ),
            ("HbA1c", [], "mmol/mol", "27 – 42", 27.0, 42.0, None, ["44 H", "—"]),
            ("TSH", [], "mIU/L", "0,4 – 4,0", 0.4, 4.0, None, ["1,9", "—"]),
        ],
        ["2025-02-03", "2025-02-08"],
    )
    d.table(
        [
            "Analys",
            "Inkomst " + d.d("2025-02-03"),
            "Utskrivning " + d.d("2025-02-08"),
            "Enhet",
            "Ref.",
        ],
        tab,
        [2, 1.5, 1.6, 1, 1.2],
    )
    d.para(
        "Status vid utskrivning: BT 138/82 mmHg, puls 72/min oregelbunden, SpO2 96 %, temp 36,7 °C, vikt 64 kg."
    )
    d.vit("blood_pressure", "138/82", 138.0, 82.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("temperature", "36,7", 36.7, None, "°C")
    d.vit("weight", "64", 64.0, None, "kg")
    d.run_header = (
        "Epikris – Ingrid Maria Karlsson, 19470611-2384 – Visby lasarett, Medicinkliniken"
    )
    d.newpage()
    d.title("Läkemedel vid utskrivning", 10)
    d.table(
        ["Läkemedel", "Dosering", "Kommentar"],
        [
            ["Eliquis (apixaban) tablett 5 mg", "1 tablett 2 gånger dagligen", "ny"],
            ["Atorvastatin tablett 40 mg", "1 tablett till kvällen", "ny"],
            ["Seloken ZOC (metoprolol) depottablett 50 mg", "1 tablett på morgonen", "ny"],
            ["Enalapril tablett 10 mg", "1 tablett dagligen", "oförändrad"],
            [
                "Levaxin (levotyroxin) tablett 100 mikrog",
                "1 tablett på morgonen fastande",
                "oförändrad",
            ],
            ["Alvedon (paracetamol) 1 g", "vid behov, högst 3 gånger per dygn", "oförändrad"],
            ["Trombyl tablett 75 mg", "—", "utsatt, ersatt av Eliquis"],
        ],
        [3.2, 2.6, 1.8],
    )
    d.med("apixaban", "Eliquis", "5", "mg", None, "1 tablett 2 gånger dagligen", "new")
    d.med("Atorvastatin", None, "40", "mg", None, "1 tablett till kvällen", "new")
    d.med("metoprolol", "Seloken ZOC", "50", "mg", None, "1 tablett på morgonen", "new")
    d.med("Enalapril", None, "10", "mg", None, "1 tablett dagligen")
    d.med("levotyroxin", "Levaxin", "100", "mikrog", None, "1 tablett på morgonen fastande")
    d.med("paracetamol", "Alvedon", "1", "g", None, "vid behov, högst 3 gånger per dygn")
    d.med("Trombyl", "Trombyl", "75", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.no("medications", "Trombyl", "stopped")
    d.para(
        "Vaccination: pneumokockvaccin (Prevenar 20) givet på avdelningen "
        + d.d("2025-02-07")
        + ". Influensavaccination rekommenderas inför hösten via vårdcentralen. Återbesök "
        "strokemottagningen om 3 månader."
    )
    d.imm("pneumokockvaccin", "2025-02-07", None, None, "Prevenar 20", amb=False)
    d.no("immunizations", "Influensavaccination", "due")
    d.signature("Anna Gardell", "Överläkare, Medicinkliniken", hand=False)
    d.run_header = None
    d.newpage()
    d.title("PATIENTINFORMATION – till dig som haft en stroke och har förmaksflimmer", 11)
    d.para(
        "Eliquis minskar risken för en ny stroke men ökar risken för blödning. Ta inte värktabletter som Ipren "
        "(ibuprofen) eller Treo (acetylsalicylsyra) utan att först fråga läkare eller apotek."
    )
    d.para("Sök vård direkt vid svart avföring, som kan vara tecken på magblödning.")
    d.para("Du får inte köra bil under den första månaden efter din stroke.")
    d.para(
        "Ring 112 vid plötslig sned mun, talsvårigheter eller svaghet i arm eller ben – även om besvären går över."
    )
    d.no("medications", "Ipren", "leaflet")
    d.no("medications", "Treo", "leaflet")
    d.no("conditions", "magblödning", "leaflet")
    return d


# ---------------------------------------------------------------------------- 14 Cluj
@document
def d14():
    d = Doc(
        14,
        "cluj_hospital_discharge_letter",
        "Cluj (Romania)",
        "discharge_summary",
        "hospital discharge letter (cirrhosis, handwritten additions, patient advice page)",
        "d.m.Y",
        lang="Romanian",
        comma=True,
    )
    d.letterhead(
        "Spitalul Clinic Județean de Urgență Cluj",
        ["Clinica Medicală I – Gastroenterologie", "Str. Clinicilor nr. 3-5, 400006 Cluj-Napoca"],
        right=["SCRISOARE MEDICALĂ", "Nr. FO 2025/18842"],
        size=12.5,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Pacient:", "Pop Viorica"),
            ("Data nașterii:", "14.03.1956"),
            ("CNP:", "2560314120037"),
            ("Internare:", "17.03.2025"),
            ("Externare:", "24.03.2025"),
            ("Medic de familie:", "Dr. Ioana Mureșan"),
        ],
        lw=95,
    )
    d.title("Diagnostice la externare", 10)
    d.bullets(
        [
            "Ciroză hepatică etanolică, clasa Child-Pugh B, decompensată vascular (ascită gradul 2) – K70.3",
            "Varice esofagiene gradul II, fără semne de sângerare – I85.9",
            "Diabet zaharat tip 2 insulinonecesitant – E11.9",
            "Trombocitopenie secundară hipersplenismului – D69.6",
            "Encefalopatie hepatică gradul I – remisă",
        ]
    )
    d.cond("Ciroză hepatică etanolică", "active", "K70.3", ["alcoholic cirrhosis"])
    d.cond("Varice esofagiene gradul II", "active", "I85.9", ["oesophageal varices"])
    d.cond("Diabet zaharat tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Trombocitopenie", "active", "D69.6", ["thrombocytopenia"])
    d.no("conditions", "Encefalopatie hepatică", "historical", "resolved during stay")
    d.title("Anamneză și evoluție", 10)
    d.para(
        "Pacientă în vârstă de 69 de ani, consum cronic de alcool (abstinentă de 6 luni), internată pentru "
        "creșterea în volum a abdomenului și confuzie ușoară. Tatăl a decedat de cancer gastric. Alergie la "
        "Algocalmin (metamizol) – edem Quincke."
    )
    d.no("conditions", "cancer gastric", "family")
    d.alg("Algocalmin", "edem Quincke")
    d.para(
        "S-a efectuat paracenteză evacuatorie (4 L) cu administrare de albumină umană 20% i.v. și ceftriaxonă i.v. "
        "5 zile. Ecografic fără leziuni focale hepatice; carcinom hepatocelular exclus."
    )
    d.no("medications", "albumină umană", "other", "ward-only")
    d.no("medications", "ceftriaxonă", "other", "ward-only")
    d.no("conditions", "carcinom hepatocelular", "negated")
    tab = cumul(
        d,
        [
            (
                "Hemoglobină",
                ["Haemoglobin"],
                "g/dL",
                "12,0 – 15,5",
                12.0,
                15.5,
                None,
                ["10,8 \u2193", "11,2 \u2193"],
            ),
            (
                "Trombocite",
                ["Platelets"],
                "×10³/µL",
                "150 – 400",
                150.0,
                400.0,
                None,
                ["78 \u2193", "92 \u2193"],
            ),
            (
                "Bilirubină totală",
                ["Total bilirubin"],
                "mg/dL",
                "0,3 – 1,2",
                0.3,
                1.2,
                None,
                ["3,4 \u2191", "2,1 \u2191"],
            ),
            (
                "Albumină serică",
                ["Albumin"],
                "g/dL",
                "3,5 – 5,2",
                3.5,
                5.2,
                None,
                ["2,6 \u2193", "2,9 \u2193"],
            ),
            ("INR", [], "", "0,8 – 1,2", 0.8, 1.2, None, ["1,6 \u2191", "1,5 \u2191"]),
            (
                "Sodiu",
                ["Sodium"],
                "mmol/L",
                "136 – 145",
                136.0,
                145.0,
                None,
                ["131 \u2193", "134 \u2193"],
            ),
            ("Creatinină", ["Creatinine"], "mg/dL", "0,5 – 0,9", 0.5, 0.9, None, ["0,84", "0,79"]),
            ("Amoniac", ["Ammonia"], "µmol/L", "11 – 51", 11.0, 51.0, None, ["88 \u2191", "—"]),
        ],
        ["2025-03-17", "2025-03-23"],
    )
    for l in d.labs:
        if l["unit"] == "":
            l["unit"] = None
    d.table(
        [
            "Analiză",
            "Internare " + d.d("2025-03-17"),
            "Externare " + d.d("2025-03-23"),
            "U.M.",
            "Interval de referință",
        ],
        tab,
        [2, 1.4, 1.4, 1, 1.4],
    )
    d.para("\u2191 / \u2193 = peste / sub limitele de referință.", 8)
    d.para("La externare: TA 112/68 mmHg, AV 76/min, SpO2 97%, greutate 71 kg (după paracenteză).")
    d.vit("blood_pressure", "112/68", 112.0, 68.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "71", 71.0, None, "kg")
    d.title("Tratament recomandat la externare", 10)
    d.table(
        ["Medicament", "Doză", "Administrare", "Observații"],
        [
            ["Spironolactonă", "100 mg", "1-0-0", "nou"],
            ["Furosemid", "40 mg", "1-0-0", "nou"],
            ["Propranolol", "20 mg", "1-0-1", "nou"],
            ["Lactuloză sirop", "15 ml", "de 3 ori pe zi", "2-3 scaune moi pe zi"],
            ["Rifaximină", "550 mg", "1-0-1", "nou"],
            ["Insulină glargin (Toujeo)", "14 UI", "seara, s.c.", "nou"],
            ["Metformin", "1000 mg", "—", "se oprește (ciroză decompensată)"],
        ],
        [2.4, 1, 1.6, 2.6],
    )
    d.med("Spironolactonă", None, "100", "mg", None, "1-0-0", "new")
    d.med("Furosemid", None, "40", "mg", None, "1-0-0", "new")
    d.med("Propranolol", None, "20", "mg", None, "1-0-1", "new")
    d.med("Lactuloză sirop", None, "15", "ml", None, "de 3 ori pe zi")
    d.med("Rifaximină", None, "550", "mg", None, "1-0-1", "new")
    d.med("Insulină glargin", "Toujeo", "14", "UI", "s.c.", "seara", "new")
    d.med("Metformin", None, "1000", "mg", None, None, "stopped")
    d.no("medications", "Metformin", "stopped")
    d.signature("Dr. Radu Moldovan", "Medic primar gastroenterologie")
    d.hand_line("Notă:", "AFP " + d.d("2025-03-21") + ": 4,2 ng/mL (N < 7)", 10.5)
    d.lab("AFP", "4,2", "ng/mL", None, 7.0, "< 7", "normal", "2025-03-21", ["Alpha-fetoprotein"])
    d.hand_line("", "Vaccinare antipneumococică și anti-hepatită B – la medicul de familie", 10.5)
    d.no("immunizations", "antipneumococică", "due")
    d.no("immunizations", "anti-hepatită B", "due")
    d.newpage()
    d.title("RECOMANDĂRI PENTRU PACIENT", 11)
    d.bullets(
        [
            "Dietă hiposodată: maximum 5 g de sare pe zi. Alcoolul este interzis complet.",
            "Cântăriți-vă zilnic; anunțați medicul dacă luați peste 2 kg într-o săptămână.",
            "Nu luați antiinflamatoare (de exemplu ibuprofen) – pot afecta rinichii și pot provoca sângerări.",
            "Prezentați-vă de urgență dacă aveți febră și dureri abdominale (posibilă peritonită bacteriană "
            "spontană), scaune negre sau stare de confuzie.",
        ]
    )
    d.no("medications", "ibuprofen", "leaflet")
    d.no("conditions", "peritonită bacteriană spontană", "leaflet")
    d.para(
        "Control la 4 săptămâni în Ambulatoriul de Gastroenterologie, cu hemoleucogramă, ionogramă și creatinină."
    )
    return d


# ---------------------------------------------------------------------------- 15 Alabama
@document
def d15():
    d = Doc(
        15,
        "alabama_nstemi_discharge_scan",
        "United States (Alabama)",
        "discharge_summary",
        "discharge summary (NSTEMI, 2 pages, scanned, handwritten notes)",
        "m/d/Y",
        ext="pdf",
        size=letter,
        scan={"dpi": 150, "angle": -1.4},
    )
    d.letterhead(
        "Black Warrior Regional Medical Center",
        [
            "2201 University Blvd, Tuscaloosa, AL 35401",
            "Cardiology / Hospital Medicine  (205) 555-0187",
        ],
        right=["DISCHARGE SUMMARY", "Acct 6610392"],
        color=(0.2, 0.2, 0.2),
    )
    d.kv(
        [
            ("Patient:", "Bobby Ray Cunningham"),
            ("DOB:", "09/22/1955"),
            ("Admitted:", "04/10/2025"),
            ("Discharged:", "04/14/2025"),
            ("Attending:", "Marcus Ellison, MD"),
            ("PCP:", "Dr. Jolene Pruitt"),
        ],
        lw=70,
    )
    d.title("Discharge diagnoses", 10)
    d.bullets(
        [
            "Non-ST elevation myocardial infarction (I21.4)",
            "Coronary artery disease, drug-eluting stent to proximal LAD 04/11/2025 (I25.10)",
            "Hypertension (I10)",
            "Hyperlipidemia (E78.5)",
            "Type 2 diabetes mellitus (E11.9)",
            "Contrast-associated acute kidney injury - resolved",
        ]
    )
    d.cond("Non-ST elevation myocardial infarction", "active", "I21.4", ["NSTEMI"])
    d.cond("Coronary artery disease", "active", "I25.10", ["CAD"])
    d.cond("Hypertension", "active", "I10")
    d.cond("Hyperlipidemia", "active", "E78.5")
    d.cond("Type 2 diabetes mellitus", "active", "E11.9")
    d.no("conditions", "acute kidney injury", "historical", "resolved during stay")
    d.title("Hospital course", 10)
    d.para(
        "Presented with 3 hours of substernal chest pressure. Troponin elevated, ECG with lateral ST depression. "
        "Treated with a heparin drip and IV nitroglycerin, loaded with aspirin and ticagrelor. Cath 04/11: 90% "
        "proximal LAD stenosis, one drug-eluting stent. Echo: EF 50%, no clinical heart failure. Former smoker, "
        "quit 2009. Mother had a stroke at 74."
    )
    d.no("medications", "heparin drip", "other", "inpatient only")
    d.no("medications", "IV nitroglycerin", "other", "inpatient only")
    d.no("conditions", "heart failure", "negated")
    d.no("conditions", "stroke", "family")
    d.title("Allergies", 10)
    d.para("Codeine (nausea); lisinopril (cough).")
    d.alg("Codeine", "nausea")
    d.alg("lisinopril", "cough")
    d.title("Labs", 10)
    tab = cumul(
        d,
        [
            (
                "Troponin I, high sensitivity",
                ["hs-Troponin I"],
                "ng/L",
                "<20",
                None,
                20.0,
                "<20",
                ["1,240 H", "212 H"],
            ),
            ("LDL cholesterol", [], "mg/dL", "<100", None, 100.0, "<100", ["168 H", "—"]),
            ("Hemoglobin A1c", ["HbA1c"], "%", "<5.7", None, 5.7, "<5.7", ["7.6 H", "—"]),
            ("Creatinine", [], "mg/dL", "0.7-1.3", 0.7, 1.3, None, ["1.6 H", "1.1"]),
            ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["4.0", "4.3"]),
            (
                "Hemoglobin",
                ["Haemoglobin"],
                "g/dL",
                "13.0-17.0",
                13.0,
                17.0,
                None,
                ["14.2", "13.4"],
            ),
        ],
        ["2025-04-10", "2025-04-13"],
    )
    for l in d.labs:
        if l["value_text"] == "1,240":
            l["value_numeric"] = 1240.0
    d.table(
        ["Test", "04/10/2025", "04/13/2025", "Units", "Ref range"], tab, [2.4, 1.2, 1.2, 1, 1.2]
    )
    d.newpage()
    d.title("Discharge vitals", 10)
    d.para("BP 124/74, HR 64, RR 16, Temp 98.1 F, SpO2 97% on room air.")
    d.vit("blood_pressure", "124/74", 124.0, 74.0, None)
    d.vit("heart_rate", "64", 64.0, None, None)
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("temperature", "98.1", 98.1, None, "F")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.title("Discharge medications", 10)
    d.table(
        ["Medication", "Directions", "Change"],
        [
            ["Aspirin 81 mg chewable", "1 tab by mouth daily", "NEW"],
            ["Ticagrelor (Brilinta) 90 mg", "1 tab by mouth twice daily for 12 months", "NEW"],
            ["Atorvastatin 80 mg", "1 tab by mouth at bedtime", "NEW"],
            ["Metoprolol succinate 25 mg", "1 tab by mouth daily", "NEW"],
            [
                "Nitroglycerin 0.4 mg SL",
                "1 tab under tongue every 5 min as needed for chest pain",
                "NEW",
            ],
            ["Pantoprazole 40 mg", "1 tab by mouth daily", "NEW"],
            ["Losartan 25 mg", "1 tab by mouth daily", "continue"],
            ["Metformin 500 mg", "HOLD - resume 04/16/2025 (48 h after contrast)", "held"],
            ["Simvastatin 20 mg", "-", "STOP (replaced by atorvastatin)"],
        ],
        [2.6, 3.4, 1.4],
    )
    d.med("Aspirin", None, "81", "mg", "by mouth", "daily", "new")
    d.med("Ticagrelor", "Brilinta", "90", "mg", "by mouth", "twice daily", "new")
    d.med("Atorvastatin", None, "80", "mg", "by mouth", "at bedtime", "new")
    d.med("Metoprolol succinate", None, "25", "mg", "by mouth", "daily", "new")
    d.med(
        "Nitroglycerin",
        None,
        "0.4",
        "mg",
        "under tongue",
        "every 5 min as needed for chest pain",
        "new",
    )
    d.med("Pantoprazole", None, "40", "mg", "by mouth", "daily", "new")
    d.med("Losartan", None, "25", "mg", "by mouth", "daily")
    d.med("Metformin", None, "500", "mg", None, None, "held")
    d.no("medications", "Metformin", "stopped", "held after contrast")
    d.med("Simvastatin", None, "20", "mg", None, None, "stopped")
    d.no("medications", "Simvastatin", "stopped")
    d.para("Follow-up: cardiology clinic in 2 weeks; cardiac rehabilitation referral placed.")
    d.signature("Marcus Ellison, MD", "Attending physician", hand=False)
    d.hand_line("Note:", "Prevnar 20 given 04/13/2025 on the floor, lot LX3391", 10.5)
    d.imm("Prevnar 20", "2025-04-13", None, "LX3391", None, amb=False)
    d.hand_line("", "also takes OTC fish oil 1000 mg daily - ok to continue", 10.5)
    d.med("fish oil", None, "1000", "mg", None, "daily")
    d.hand_line("", "Pt asked about ED meds: NO sildenafil w/ nitro. ME", 10.5)
    d.no("medications", "sildenafil", "other", "contraindication note, not prescribed")
    return d


# ---------------------------------------------------------------------------- 16 South Sulawesi
@document
def d16():
    d = Doc(
        16,
        "south_sulawesi_child_immunisation_book_scan",
        "South Sulawesi (Indonesia)",
        "immunization_record",
        "maternal and child health book immunisation page (handwritten, scanned)",
        "d-m-Y",
        ext="png",
        scan={"dpi": 160, "angle": 1.9},
        lang="Indonesian",
        comma=True,
    )
    d.letterhead(
        "Buku Kesehatan Ibu dan Anak (KIA)",
        [
            "Kementerian Kesehatan Republik Indonesia",
            "Puskesmas Kassi-Kassi, Kota Makassar, Sulawesi Selatan",
        ],
        color=(0.55, 0.15, 0.35),
    )
    d.kv(
        [
            ("Nama anak:", Hand("Muh. Rizky Aditya")),
            ("Tanggal lahir:", Hand("12-06-2024")),
            ("Nama ibu:", Hand("Nurhayati")),
            ("No. register:", Hand("KK-24-0617")),
        ],
        lw=95,
    )
    rows = [
        ("HB-0 (Hepatitis B < 24 jam)", "2024-06-12", None, "HB4021"),
        ("BCG", "2024-07-03", None, "BC1187"),
        ("Polio tetes 1", "2024-07-03", 1, "OP5530"),
        ("DPT-HB-Hib 1", "2024-08-14", 1, "PT2291"),
        ("Polio tetes 2", "2024-08-14", 2, "OP5561"),
        ("PCV 1", "2024-08-14", 1, "PC0904"),
        ("Rotavirus 1", "2024-08-14", 1, "RV3312"),
        ("DPT-HB-Hib 2", "2024-09-11", 2, "PT2318"),
        ("Polio tetes 3", "2024-09-11", 3, "OP5602"),
        ("PCV 2", "2024-09-11", 2, "PC0951"),
        ("Rotavirus 2", "2024-09-11", 2, "RV3340"),
        ("DPT-HB-Hib 3", "2024-10-16", 3, "PT2402"),
        ("Polio tetes 4", "2024-10-16", 4, "OP5688"),
        ("IPV 1 (Polio suntik)", "2024-10-16", 1, "IP7731"),
        ("Rotavirus 3", "2024-10-16", 3, "RV3377"),
        ("Campak-Rubela (MR) 1", "2025-03-12", 1, "MR1209"),
    ]
    tab = []
    for vac, iso, n, lot in rows:
        tab.append([vac, Hand(d.d(iso)), Hand(lot), Hand("✓ bd. Sri")])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("CATATAN PEMBERIAN IMUNISASI ANAK", 11)
    d.table(
        ["Jenis vaksin", "Tanggal diberikan", "No. batch", "Paraf"],
        tab,
        [3, 1.6, 1.3, 1.3],
        size=8.6,
    )
    d.title("Catatan petugas", 10)
    d.hand_line("", "PCV 3 : jadwal umur 12 bulan (Juni 2025)", 10.5)
    d.hand_line("", "IPV 2 : ditunda – anak demam 38,6 °C", 10.5)
    d.no("immunizations", "PCV 3", "due")
    d.no("immunizations", "IPV 2", "other", "postponed, not given")
    d.hand_line("12-03-2025:", "BB 8,9 kg.  Kapsul Vitamin A biru 100.000 IU", 10.5)
    d.vit("weight", "8,9", 8.9, None, "kg")
    d.no("medications", "Vitamin A", "other", "single dose at clinic")
    d.para("Bawa buku KIA setiap kali ke Posyandu atau Puskesmas.", 8)
    return d


# ---------------------------------------------------------------------------- 17 Valencia
@document
def d17():
    d = Doc(
        17,
        "valencia_vaccination_registry",
        "Valencian Community (Spain)",
        "immunization_record",
        "regional vaccination registry print-out (adult, pending / declined / not indicated)",
        "d/m/Y",
        lang="Valencian (Catalan)",
        comma=True,
    )
    d.letterhead(
        "Generalitat Valenciana – Conselleria de Sanitat",
        [
            "Sistema d'Informació Vacunal (SIV)",
            "Centre de Salut Benimaclet – C/ Arquitecte Arnau s/n, 46020 València",
        ],
        right=["CERTIFICAT DE VACUNACIONS", "Imprés: 06/05/2025"],
        size=12.5,
        color=(0.6, 0.1, 0.1),
    )
    d.kv(
        [
            ("Nom:", "Amparo Ferrer Llopis"),
            ("Data de naixement:", "02/11/1967"),
            ("SIP:", "11847731"),
            ("Centre:", "CS Benimaclet"),
        ],
        lw=105,
    )
    d.title("Vacunes administrades", 10)
    rows = [
        ("Hepatitis B", "Engerix-B 20", "ENG2201A", "2002-01-15", "1a dosi", 1),
        ("Hepatitis B", "Engerix-B 20", "ENG2214B", "2002-02-19", "2a dosi", 2),
        ("Hepatitis B", "Engerix-B 20", "ENG2290C", "2002-07-22", "3a dosi", 3),
        ("Tètanus-diftèria (Td)", "Diftavax", "T0921", "2009-04-02", "Record", None),
        ("Hepatitis A", "Vaqta 50", "VQ8812", "2018-05-10", "1a dosi", 1),
        ("Hepatitis A", "Vaqta 50", "VQ9034", "2018-11-14", "2a dosi", 2),
        ("Tètanus-diftèria-tos ferina (dTpa)", "Triaxis", "C5514AA", "2019-03-18", "Record", None),
        ("COVID-19", "Comirnaty Omicron XBB.1.5", "HG7723", "2023-11-06", "Record", None),
        ("Grip", "Vaxigrip Tetra", "X3F41", "2024-10-28", "Anual", None),
    ]
    tab = []
    for vac, brand, lot, iso, dose, n in rows:
        tab.append([d.d(iso), vac, brand, lot, dose])
        d.imm(vac, iso, n, lot, brand, amb=_amb(d.style, iso))
    d.table(["Data", "Vacuna", "Nom comercial", "Lot", "Dosi"], tab, [1.1, 2.8, 2.0, 1.1, 0.9])
    d.title("Vacunes pendents / no administrades", 10)
    d.table(
        ["Vacuna", "Estat", "Observacions"],
        [
            [
                "Pneumocòccica conjugada (VNC20)",
                "Pendent",
                "indicada a partir dels 60 anys – citar 2027",
            ],
            ["Herpes zòster (HZ/su)", "Rebutjada", "registrat 06/05/2025"],
            ["Triple vírica (XRP)", "No indicada", "immunitat: xarampió passat en la infància"],
            ["Grip 2025-2026", "Pendent", "campanya d'octubre 2025"],
        ],
        [2.6, 1.3, 3.3],
    )
    d.no("immunizations", "Pneumocòccica conjugada", "due")
    d.no("immunizations", "Herpes zòster", "other", "declined")
    d.no("immunizations", "Triple vírica", "other", "not indicated, immune")
    d.no("conditions", "xarampió", "historical", "childhood measles")
    d.para("Aquest certificat té validesa sense signatura. Dades del SIV a 06/05/2025.", 8)
    return d


# ---------------------------------------------------------------------------- 18 Michigan
@document
def d18():
    d = Doc(
        18,
        "michigan_mcir_immunization_record",
        "United States (Michigan)",
        "immunization_record",
        "state immunization registry print (adult, exemptions, forecast)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Michigan Care Improvement Registry (MCIR)",
        ["Michigan Department of Health & Human Services, 333 S Grand Ave, Lansing, MI 48933"],
        right=["OFFICIAL IMMUNIZATION RECORD", "Printed 05/27/2025"],
        size=12.5,
        color=(0.0, 0.2, 0.4),
    )
    d.kv(
        [
            ("Client:", "Rosa M. Delgado"),
            ("DOB:", "03/30/1971"),
            ("MCIR ID:", "MI-20487731"),
            ("Provider:", "Grand Rapids Community Health"),
        ],
        lw=70,
    )
    d.title("Immunization History", 10)
    rows = [
        ("Hep B, adult", "Engerix-B", "AHBVB411", "2005-01-11", "1", 1),
        ("Hep B, adult", "Engerix-B", "AHBVB452", "2005-02-15", "2", 2),
        ("Hep B, adult", "Engerix-B", "AHBVB517", "2005-07-19", "3", 3),
        ("Td, adult", "Tenivac", "U2817AA", "2008-06-17", "Booster", None),
        ("Tdap", "Adacel", "C5102AA", "2016-09-08", "Booster", None),
        ("Zoster recombinant", "Shingrix", "2R7TL", "2022-02-03", "1", 1),
        ("Zoster recombinant", "Shingrix", "3K9XC", "2022-05-12", "2", 2),
        ("COVID-19, mRNA, 2024-25", "Comirnaty", "LR7410", "2024-10-02", "", None),
        ("Influenza, IIV4, preservative free", "Fluarix", "3D77R", "2024-10-02", "", None),
    ]
    tab = []
    for vac, brand, lot, iso, dose, n in rows:
        tab.append([vac, d.d(iso), dose, brand, lot])
        d.imm(vac, iso, n, lot, brand, amb=False)
    d.table(
        ["Vaccine", "Date Given", "Dose #", "Trade Name", "Lot"], tab, [2.8, 1.2, 0.8, 1.5, 1.2]
    )
    d.title("Exemptions / Evidence of Immunity", 10)
    d.table(
        ["Vaccine", "Reason", "Recorded"],
        [
            ["MMR", "Evidence of immunity: measles and rubella IgG positive (lab)", "01/11/2005"],
            ["Hepatitis A", "Patient refusal", "09/08/2016"],
        ],
        [1.6, 4.4, 1.2],
    )
    d.no("immunizations", "MMR", "other", "immune")
    d.no("immunizations", "Hepatitis A", "other", "refusal")
    d.title("Vaccines Recommended (forecast)", 10)
    d.table(
        ["Vaccine", "Status", "Recommended date"],
        [
            ["Pneumococcal conjugate (PCV20/PCV21)", "DUE NOW", "10/23/2024"],
            ["Influenza", "Due", "08/01/2025"],
            ["Td/Tdap", "Not yet due", "09/08/2026"],
        ],
        [3, 1.8, 1.6],
    )
    d.no("immunizations", "Pneumococcal conjugate", "due")
    d.para(
        "All dates are shown MM/DD/YYYY. This is an official record from the Michigan Care Improvement Registry.",
        8,
    )
    return d


# ---------------------------------------------------------------------------- 19 Oaxaca
@document
def d19():
    d = Doc(
        19,
        "oaxaca_prescription_scan",
        "Oaxaca (Mexico)",
        "prescription",
        "outpatient prescription (internal medicine, handwritten, scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 165, "angle": 2.7},
        lang="Spanish",
    )
    d.letterhead(
        "Dra. Citlali Hernández Ruiz",
        [
            "Médica Cirujana – Especialista en Medicina Interna",
            "Céd. Prof. 7845123  Céd. Esp. 10452218",
            "Consultorio: Macedonio Alcalá 402, Centro, Oaxaca de Juárez, Oax.",
        ],
        right=["RECETA MÉDICA", "Tel. 951 514 2287"],
        color=(0.35, 0.1, 0.4),
    )
    d.kv(
        [
            ("Fecha:", Hand("22/04/2025")),
            ("Paciente:", Hand("Eusebio Martínez López")),
            ("Edad:", Hand("58 años")),
            ("Peso:", Hand("79 kg")),
            ("Talla:", Hand("1.66 m")),
            ("T/A:", Hand("150/95")),
            ("FC:", Hand("84 lpm")),
            ("Temp:", Hand("36.5 °C")),
        ],
        lw=62,
    )
    d.vit("weight", "79", 79.0, None, "kg")
    d.vit("height", "1.66", 1.66, None, "m")
    d.vit("blood_pressure", "150/95", 150.0, 95.0, None)
    d.vit("heart_rate", "84", 84.0, None, "lpm")
    d.vit("temperature", "36.5", 36.5, None, "°C")
    d.hand_line("Dx:", "DM2 descontrolada, HAS, gastritis crónica", 11)
    d.cond("DM2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("HAS", "active", None, ["hypertension", "hipertensión arterial sistémica"])
    d.cond("gastritis crónica", "active", None, ["chronic gastritis"])
    d.hand_line("Alergias:", "Penicilina (ronchas)", 11)
    d.alg("Penicilina", "ronchas")
    d.hand_line("Glucosa capilar:", "238 mg/dL.  Niega hipoglucemias.", 11)
    d.lab(
        "Glucosa capilar",
        "238",
        "mg/dL",
        None,
        None,
        None,
        None,
        "2025-04-22",
        ["Capillary glucose"],
    )
    d.no("conditions", "hipoglucemias", "negated")
    d.gap(6)
    d.hand_line("Rp.", "1. Metformina 850 mg – 1 tab c/12 h con alimentos", 12)
    d.hand_line("", "2. Dapagliflozina 10 mg – 1 tab c/24 h (iniciar)", 12)
    d.hand_line("", "3. Losartán 50 mg – 1 tab c/12 h", 12)
    d.hand_line("", "4. Omeprazol 20 mg – 1 cáps en ayunas x 30 días", 12)
    d.med("Metformina", None, "850", "mg", None, "c/12 h con alimentos")
    d.med("Dapagliflozina", None, "10", "mg", None, "c/24 h", "new")
    d.med("Losartán", None, "50", "mg", None, "c/12 h")
    d.med("Omeprazol", None, "20", "mg", None, "en ayunas")
    d.hand_line("Indicaciones:", "Suspender nifedipino (edema de tobillos)", 10.5)
    d.med("nifedipino", None, None, None, None, None, "stopped")
    d.no("medications", "nifedipino", "stopped")
    d.hand_line("", "Si T/A sigue > 140/90 agregar amlodipino 5 mg", 10.5)
    d.no("medications", "amlodipino", "planned", "conditional next step")
    d.hand_line("", "Dieta para diabético. Cita en 1 mes con HbA1c y perfil de lípidos.", 10.5)
    d.signature("Dra. Citlali Hernández Ruiz", "Medicina Interna")
    return d


# ---------------------------------------------------------------------------- 20 Friesland
@document
def d20():
    d = Doc(
        20,
        "friesland_pharmacy_medication_overview",
        "Friesland (Netherlands)",
        "prescription",
        "community pharmacy medication overview (current, stopped, temporarily stopped, planned)",
        "d-m-Y",
        lang="Dutch",
        comma=True,
    )
    d.letterhead(
        "Apotheek De Wâldpyk",
        ["Zuiderstraat 12, 9231 ET Surhuisterveen", "Tel. 0512 36 18 40 – AGB 06012345"],
        right=["MEDICATIEOVERZICHT", "Afgedrukt: 03-06-2025"],
        color=(0.0, 0.35, 0.3),
    )
    d.kv(
        [
            ("Patiënt:", "Dhr. S. (Sjoerd) de Vries"),
            ("Geboortedatum:", "17-01-1945"),
            ("Huisarts:", "T. Hoekstra"),
            ("BSN:", "183302917"),
        ],
        lw=95,
    )
    d.title("Overgevoeligheden, intoleranties en contra-indicaties", 10)
    d.table(
        ["Soort", "Omschrijving", "Reactie / waarde", "Geregistreerd"],
        [
            ["Overgevoeligheid", "Penicillines", "huiduitslag", "12-03-2011"],
            ["Intolerantie", "Codeïne", "ernstige obstipatie", "08-09-2020"],
            ["Nierfunctie", "eGFR", "44 ml/min/1,73m² (gemeten 10-04-2025)", "10-04-2025"],
        ],
        [1.6, 1.8, 3, 1.2],
    )
    d.alg("Penicillines", "huiduitslag")
    d.alg("Codeïne", "ernstige obstipatie")
    d.lab("eGFR", "44", "ml/min/1,73m²", None, None, None, None, "2025-04-10")
    d.title("Actuele medicatie", 10)
    d.table(
        ["Geneesmiddel", "Gebruik", "Start", "Voorschrijver"],
        [
            [
                "METOPROLOLSUCCINAAT TABLET MGA 47,5MG",
                "1 x per dag 1 tablet",
                "14-02-2019",
                "Hoekstra",
            ],
            [
                "PERINDOPRIL TERT-BUTYLAMINE TABLET 4MG",
                "1 x per dag 1 tablet",
                "14-02-2019",
                "Hoekstra",
            ],
            [
                "ROSUVASTATINE TABLET 10MG",
                "1 x per dag 1 tablet 's avonds",
                "02-05-2021",
                "Hoekstra",
            ],
            [
                "XARELTO TABLET FILMOMHULD 15MG (rivaroxaban)",
                "1 x per dag 1 tablet bij de maaltijd",
                "02-05-2025",
                "cardioloog Wiersma",
            ],
            [
                "METFORMINE TABLET 500MG",
                "2 x per dag 1 tablet (gewijzigd 10-04-2025, was 2 x per dag 2 tabletten)",
                "10-04-2025",
                "Hoekstra",
            ],
            [
                "SPIRIVA RESPIMAT INHALATIEVLOEISTOF 2,5UG/DO (tiotropium)",
                "1 x per dag 2 inhalaties",
                "21-11-2022",
                "longarts Bakker",
            ],
            [
                "SALBUTAMOL AEROSOL 100UG/DO",
                "zo nodig 1-2 inhalaties, max 4 x per dag",
                "21-11-2022",
                "longarts Bakker",
            ],
            [
                "MOVICOLON POEDER V DRANK (macrogol/elektrolyten)",
                "zo nodig 1 sachet per dag",
                "08-09-2020",
                "Hoekstra",
            ],
            ["COLECALCIFEROL DRANK 25.000IE/ML", "1 x per maand 1 ampul", "15-01-2024", "Hoekstra"],
        ],
        [3.2, 2.8, 1.1, 1.3],
        size=7.8,
    )
    d.med("Metoprololsuccinaat", None, "47,5", "mg", None, "1 x per dag 1 tablet")
    d.med("Perindopril", None, "4", "mg", None, "1 x per dag 1 tablet")
    d.med("Rosuvastatine", None, "10", "mg", None, "1 x per dag 1 tablet 's avonds")
    d.med("rivaroxaban", "Xarelto", "15", "mg", None, "1 x per dag 1 tablet bij de maaltijd")
    d.med("Metformine", None, "500", "mg", None, "2 x per dag 1 tablet", "changed")
    d.med("tiotropium", "Spiriva Respimat", "2,5", "UG/DO", None, "1 x per dag 2 inhalaties")
    d.med("Salbutamol", None, "100", "UG/DO", None, "zo nodig 1-2 inhalaties, max 4 x per dag")
    d.med("macrogol/elektrolyten", "Movicolon", None, None, None, "zo nodig 1 sachet per dag")
    d.med("Colecalciferol", None, "25.000", "IE/ML", None, "1 x per maand 1 ampul")
    d.title("Gestopte medicatie", 10)
    d.table(
        ["Geneesmiddel", "Gestopt op", "Reden"],
        [
            ["GLICLAZIDE TABLET MGA 30MG", "14-04-2025", "hypoglykemieën"],
            ["NAPROXEN TABLET 500MG", "02-05-2025", "interactie met Xarelto"],
            [
                "SPIRONOLACTON TABLET 25MG",
                "10-04-2025",
                "tijdelijk gestopt tot controle kalium (advies huisarts)",
            ],
        ],
        [3.2, 1.2, 3.6],
        size=7.8,
    )
    d.med("Gliclazide", None, "30", "mg", None, None, "stopped")
    d.no("medications", "Gliclazide", "stopped")
    d.med("Naproxen", None, "500", "mg", None, None, "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.med("Spironolacton", None, "25", "mg", None, None, "held")
    d.no("medications", "Spironolacton", "stopped", "temporarily stopped")
    d.title("Afspraken", 10)
    d.para(
        "Start na tandartscontrole: ALENDRONINEZUUR TABLET 70MG, 1 x per week (advies reumatoloog). "
        "Griepvaccinatie najaar 2025 via de huisarts.",
        8.8,
    )
    d.no("medications", "Alendroninezuur", "planned", "after dental check")
    d.no("immunizations", "Griepvaccinatie", "due")
    d.para(
        "Neem dit overzicht mee naar elk bezoek aan arts, specialist of ziekenhuis. Controleer of het klopt met "
        "wat u gebruikt.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 21 Thuringia
@document
def d21():
    d = Doc(
        21,
        "thuringia_preanaesthesia_form",
        "Thuringia (Germany)",
        "medical_record",
        "pre-anaesthesia questionnaire (crossed boxes, handwritten)",
        "d.m.Y",
        lang="German",
        comma=True,
    )
    d.letterhead(
        "Universitätsklinikum Jena",
        [
            "Klinik für Anästhesiologie und Intensivmedizin",
            "Am Klinikum 1, 07747 Jena – Prämedikationsambulanz",
        ],
        right=["ANAMNESEBOGEN", "zur Narkosevorbereitung (Erwachsene)"],
        color=(0.1, 0.25, 0.45),
    )
    d.kv(
        [
            ("Name, Vorname:", Hand("Schulze, Manfred")),
            ("Geburtsdatum:", Hand("09.10.1953")),
            ("Geplanter Eingriff:", Hand("lap. Cholezystektomie bei Cholezystolithiasis")),
            ("Datum:", Hand("14.05.2025")),
        ],
        cols=1,
        lw=110,
    )
    d.cond("Cholezystolithiasis", "active", None, ["gallstones"])
    d.para("Bitte kreuzen Sie an und ergänzen Sie Einzelheiten.", 8.5)
    d.title("Vorerkrankungen", 10)
    d.checks(
        [
            ("Bluthochdruck", "Y", "seit ca. 15 Jahren"),
            ("Herzinfarkt / Angina pectoris", "N", ""),
            ("Herzrhythmusstörungen", "Y", "Vorhofflimmern"),
            ("Herzschwäche", "N", ""),
            ("Asthma / chronische Bronchitis / COPD", "Y", "COPD, Raucher"),
            ("Zuckerkrankheit (Diabetes)", "N", ""),
            ("Nierenerkrankung", "N", ""),
            ("Schlaganfall", None, "TIA 2019, keine Folgen"),
            (
                "Narkosezwischenfälle (auch bei Blutsverwandten)",
                "Y",
                "Bruder: maligne Hyperthermie 1998",
            ),
        ],
        qw=0.46,
        labels=("ja", "nein", "Erläuterungen"),
        cross=True,
    )
    d.cond("Bluthochdruck", "active", None, ["hypertension"])
    d.cond("Vorhofflimmern", "active", None, ["atrial fibrillation"])
    d.cond("COPD", "active")
    for n in (
        "Herzinfarkt / Angina pectoris",
        "Herzschwäche",
        "Zuckerkrankheit",
        "Nierenerkrankung",
    ):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "TIA", "historical")
    d.no("conditions", "maligne Hyperthermie", "family", "brother")
    d.title("Allergien", 10)
    d.checks(
        [
            ("Medikamentenallergie", "Y", "Clindamycin – Hautausschlag"),
            ("Jod / Röntgenkontrastmittel", "Y", "Quaddeln 2017"),
            ("Latexallergie", "N", ""),
            ("Nahrungsmittelallergie", "N", ""),
        ],
        qw=0.46,
        labels=("ja", "nein", "Erläuterungen"),
        cross=True,
    )
    d.alg("Clindamycin", "Hautausschlag")
    d.alg("Röntgenkontrastmittel", "Quaddeln")
    d.no("allergies", "Latexallergie", "checkbox_no")
    d.no("allergies", "Nahrungsmittelallergie", "checkbox_no")
    d.title("Regelmäßig eingenommene Medikamente", 10)
    d.hand_line("1.", "Candesartan 16 mg 1-0-0")
    d.hand_line("2.", "Bisoprolol 5 mg 1-0-0")
    d.hand_line("3.", "Lixiana (Edoxaban) 60 mg 1-0-0 – 48 h vor OP pausieren")
    d.hand_line("4.", "Spiriva Respimat 2 Hübe morgens")
    d.hand_line("5.", "Salbutamol Spray bei Bedarf")
    d.hand_line("6.", "Pantoprazol 40 mg 1-0-0")
    d.med("Candesartan", None, "16", "mg", None, "1-0-0")
    d.med("Bisoprolol", None, "5", "mg", None, "1-0-0")
    d.med("Edoxaban", "Lixiana", "60", "mg", None, "1-0-0", "held")
    d.no("medications", "Edoxaban", "stopped", "held before surgery")
    d.med("Spiriva Respimat", "Spiriva Respimat", None, None, None, "2 Hübe morgens")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.med("Salbutamol Spray", None, None, None, None, "bei Bedarf")
    d.med("Pantoprazol", None, "40", "mg", None, "1-0-0")
    d.title("Vom Anästhesisten auszufüllen", 10)
    d.kv(
        [
            ("Gewicht:", Hand("94 kg")),
            ("Größe:", Hand("178 cm")),
            ("RR:", Hand("146/88 mmHg")),
            ("Puls:", Hand("78/min arrh.")),
            ("SpO2:", Hand("94 %")),
            ("ASA:", Hand("III")),
        ],
        cols=3,
        lw=50,
    )
    d.vit("weight", "94", 94.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.vit("blood_pressure", "146/88", 146.0, 88.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.hand_line(
        "Labor " + d.d("2025-05-12") + ":",
        "Hb 14,6 g/dl  Kreatinin 1,1 mg/dl  Kalium 4,2 mmol/l  INR 1,1",
        10.5,
    )
    iso = "2025-05-12"
    d.lab("Hb", "14,6", "g/dl", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Kreatinin", "1,1", "mg/dl", None, None, None, None, iso, ["Creatinine"])
    d.lab("Kalium", "4,2", "mmol/l", None, None, None, None, iso, ["Potassium"])
    d.lab("INR", "1,1", None, None, None, None, None, iso)
    d.signature("Dr. med. Katrin Vogel", "Fachärztin für Anästhesiologie")
    return d


# ---------------------------------------------------------------------------- 22 Cornwall
@document
def d22():
    d = Doc(
        22,
        "cornwall_new_patient_questionnaire",
        "England (Cornwall)",
        "medical_record",
        "GP new patient health questionnaire (2 pages, tick boxes, handwritten)",
        "d/m/Y",
    )
    d.letterhead(
        "Trelawny Surgery",
        [
            "14 Chapel Street, Penzance, Cornwall TR18 4AQ",
            "Tel 01736 555 014   NHS Cornwall and Isles of Scilly ICB",
        ],
        right=["NEW PATIENT HEALTH QUESTIONNAIRE", "Please complete and return to reception"],
        color=(0.0, 0.35, 0.6),
    )
    d.kv(
        [
            ("Name:", Hand("Morwenna J. Pascoe")),
            ("Date of birth:", Hand("14/05/1983")),
            ("Date completed:", Hand("19/05/2025")),
            ("Previous GP:", Hand("Redruth Health Centre")),
        ],
        lw=90,
    )
    d.title("Do you have, or have you had, any of the following?", 10)
    d.checks(
        [
            ("Asthma", "Y", "mild - inhalers"),
            ("Diabetes", "N", ""),
            ("Epilepsy", "N", ""),
            ("High blood pressure", "N", ""),
            ("Heart problems (angina, heart attack)", "N", ""),
            ("Thyroid problems", "Y", "underactive thyroid since 2016"),
            ("Depression / anxiety / mental health", "Y", "postnatal depression 2019 - recovered"),
            ("Migraine", "Y", "with aura, 2-3 a month"),
            ("Stroke / TIA", "N", ""),
        ],
        qw=0.5,
    )
    d.cond("Asthma", "active")
    d.cond("underactive thyroid", "active", None, ["hypothyroidism"])
    d.cond("Migraine", "active", None, ["migraine with aura"])
    for n in ("Diabetes", "Epilepsy", "High blood pressure", "Heart problems", "Stroke / TIA"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "postnatal depression", "historical", "recovered")
    d.title("Allergies - medicines, foods, other (and what happens)", 10)
    d.hand_line("1.", "Penicillin - swollen lips")
    d.hand_line("2.", "Elastoplast plasters - rash")
    d.hand_line("3.", "Kiwi fruit - itchy mouth")
    d.hand_line("4.", "Grass pollen - hay fever")
    d.alg("Penicillin", "swollen lips")
    d.alg("Elastoplast plasters", "rash")
    d.alg("Kiwi fruit", "itchy mouth")
    d.alg("Grass pollen", "hay fever")
    d.title("Lifestyle", 10)
    d.kv(
        [
            ("Smoking:", Hand("ex-smoker, stopped 2018")),
            ("Alcohol (units/week):", Hand("6")),
            ("Exercise:", Hand("walk dog daily")),
            ("Occupation:", Hand("teaching assistant")),
        ],
        lw=110,
    )
    d.newpage()
    d.title("Medicines you take regularly (name, strength, how often)", 10)
    d.hand_line("", "Levothyroxine 75 micrograms once daily")
    d.hand_line("", "Clenil Modulite 100 mcg 2 puffs twice a day")
    d.hand_line("", "Salbutamol inhaler 2 puffs when needed")
    d.hand_line("", "Sumatriptan 50 mg at start of migraine, max 2 in 24 h")
    d.hand_line("", "Cerazette 75 mcg (pill) daily")
    d.hand_line("", "Stopped: Propranolol 40 mg - made me too tired")
    d.med("Levothyroxine", None, "75", "micrograms", None, "once daily")
    d.med("Clenil Modulite", "Clenil Modulite", "100", "mcg", None, "2 puffs twice a day")
    d.meds[-1]["aliases"] = ["beclometasone"]
    d.med("Salbutamol", None, None, None, None, "2 puffs when needed")
    d.med("Sumatriptan", None, "50", "mg", None, "at start of migraine, max 2 in 24 h")
    d.med("Cerazette", "Cerazette", "75", "mcg", None, "daily")
    d.meds[-1]["aliases"] = ["desogestrel"]
    d.med("Propranolol", None, "40", "mg", None, None, "stopped")
    d.no("medications", "Propranolol", "stopped")
    d.title("Family history - please tick", 10)
    fam_grid(
        d,
        [
            ("Heart disease under 60", {"Father"}),
            ("Breast or ovarian cancer", {"Mother"}),
            ("Bowel cancer", set()),
            ("Glaucoma", set()),
        ],
    )
    d.no("conditions", "Heart disease under 60", "family")
    d.no("conditions", "Breast or ovarian cancer", "family")
    d.title("Vaccinations - date of last dose if known", 10)
    d.kv(
        [
            ("Flu jab:", Hand("17/10/2024 (Boots)")),
            ("Tetanus booster:", Hand("03/06/2011")),
            ("Pneumonia vaccine:", Hand("never had")),
        ],
        lw=112,
    )
    d.imm("Flu jab", "2024-10-17", None, None, None, amb=False)
    d.imm("Tetanus booster", "2011-06-03", None, None, None, amb=True)
    d.no("immunizations", "Pneumonia vaccine", "other", "never had")
    d.title("For practice use (HCA new patient check)", 10)
    d.kv(
        [
            ("BP:", Hand("118/76")),
            ("Pulse:", Hand("66")),
            ("Weight:", Hand("68 kg")),
            ("Height:", Hand("165 cm")),
            ("BMI:", Hand("25.0")),
        ],
        cols=3,
        lw=45,
    )
    d.vit("blood_pressure", "118/76", 118.0, 76.0, None)
    d.vit("heart_rate", "66", 66.0, None, None)
    d.vit("weight", "68", 68.0, None, "kg")
    d.vit("height", "165", 165.0, None, "cm")
    d.vit("bmi", "25.0", 25.0, None, None)
    return d


# ---------------------------------------------------------------------------- 23 Missouri
@document
def d23():
    d = Doc(
        23,
        "missouri_ccda_ccd",
        "United States (Missouri)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)",
        "m/d/Y",
        size=letter,
    )
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            [
                "Patient",
                "Evelyn R. Hargrove",
                "Contact info",
                "2210 S Kimbrough Ave, Springfield, MO 65807, US",
            ],
            ["Date of birth", "September 9, 1957", "Sex", "Female"],
            ["Patient IDs", "MRN 60331874 (2.16.840.1.113883.3.5521)", "Language", "English"],
            [
                "Document Id",
                "7f3e-19c2-a8d0 (2.16.840.1.113883.19.5.99)",
                "Created",
                "May 6, 2025, 09:12 -0500",
            ],
            [
                "Author",
                "Thomas Whitaker, MD, Ozark Mountain Primary Care",
                "Custodian",
                "Ozark Mountain Health",
            ],
            [
                "Documentation of",
                "Care provision, 05/05/2025",
                "Encounter",
                "Office visit 05/05/2025",
            ],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = "Evelyn R. Hargrove - Continuity of Care Document - created May 6, 2025"
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Penicillin G", "Hives", "Moderate", "Active"],
            ["Shellfish", "Throat tightness", "Severe", "Active"],
            ["Codeine", "Vomiting", "Mild", "Active"],
            ["Lisinopril", "Cough", "Mild", "Inactive - entered in error"],
        ],
        [2.4, 1.8, 1, 2.2],
        size=8,
    )
    d.alg("Penicillin G", "Hives", "Moderate")
    d.alg("Shellfish", "Throat tightness", "Severe")
    d.alg("Codeine", "Vomiting", "Mild")
    d.no("allergies", "Lisinopril", "negated", "entered in error")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            [
                "Levothyroxine Sodium 112 MCG Oral Tablet",
                "112 mcg by mouth daily before breakfast",
                "2015",
                "Active",
            ],
            ["Losartan Potassium 100 MG Oral Tablet", "100 mg by mouth daily", "2019", "Active"],
            [
                "Hydrochlorothiazide 12.5 MG Oral Capsule",
                "12.5 mg by mouth daily",
                "2019",
                "Active",
            ],
            [
                "Insulin Glargine 100 UNT/ML Pen Injector [Lantus SoloStar]",
                "28 units subcutaneously at bedtime",
                "2023",
                "Active",
            ],
            [
                "Metformin 500 MG 24HR Extended Release Oral Tablet",
                "1000 mg by mouth with evening meal",
                "2012",
                "Active",
            ],
            ["Atorvastatin 40 MG Oral Tablet", "40 mg by mouth daily", "2018", "Active"],
            ["Gabapentin 300 MG Oral Capsule", "300 mg by mouth at bedtime", "2024", "Active"],
            [
                "Glipizide 5 MG Oral Tablet",
                "5 mg by mouth daily",
                "2016",
                "Discontinued 02/14/2025",
            ],
        ],
        [3.3, 2.6, 0.7, 1.4],
        size=8,
    )
    d.med("Levothyroxine", None, "112", "mcg", "by mouth", "daily before breakfast")
    d.med("Losartan", None, "100", "mg", "by mouth", "daily")
    d.med("Hydrochlorothiazide", None, "12.5", "mg", "by mouth", "daily")
    d.med("Insulin Glargine", "Lantus SoloStar", "28", "units", "subcutaneously", "at bedtime")
    d.med("Metformin", None, "1000", "mg", "by mouth", "with evening meal")
    d.med("Atorvastatin", None, "40", "mg", "by mouth", "daily")
    d.med("Gabapentin", None, "300", "mg", "by mouth", "at bedtime")
    d.med("Glipizide", None, "5", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Glipizide", "stopped")
    ccda_section(d, "Problem List", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", "Active", "2012"],
            ["Essential hypertension", "I10", "Active", "2019"],
            ["Hypothyroidism", "E03.9", "Active", "2015"],
            ["Mixed hyperlipidemia", "E78.2", "Active", "2018"],
            ["Chronic kidney disease stage 3a", "N18.31", "Active", "2023"],
            ["Cellulitis of left lower leg", "L03.116", "Resolved", "2024"],
        ],
        [3.4, 1.2, 1, 1],
        size=8,
    )
    d.cond("Type 2 diabetes mellitus with diabetic polyneuropathy", "active", "E11.42")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.cond("Mixed hyperlipidemia", "active", "E78.2")
    d.cond("Chronic kidney disease stage 3a", "active", "N18.31")
    d.no("conditions", "Cellulitis of left lower leg", "historical")
    ccda_section(d, "Results", "results")
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [
            ["Hemoglobin A1c", "9.1", "%", "4.0-5.6", "High", "05/05/2025"],
            ["Glucose", "212", "mg/dL", "70-99", "High", "05/05/2025"],
            ["Creatinine", "1.18", "mg/dL", "0.57-1.00", "High", "05/05/2025"],
            ["eGFR", "49", "mL/min/1.73m2", ">59", "Low", "05/05/2025"],
            ["Potassium", "4.8", "mmol/L", "3.5-5.2", "Normal", "05/05/2025"],
            ["TSH", "6.2", "uIU/mL", "0.450-4.500", "High", "05/05/2025"],
            ["LDL Cholesterol", "88", "mg/dL", "0-99", "Normal", "05/05/2025"],
        ],
        [2.4, 0.8, 1.2, 1.2, 1.1, 1.1],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, al in [
        ("Hemoglobin A1c", "9.1", "%", 4.0, 5.6, None, "high", ["HbA1c"]),
        ("Glucose", "212", "mg/dL", 70.0, 99.0, None, "high", []),
        ("Creatinine", "1.18", "mg/dL", 0.57, 1.0, None, "high", []),
        ("eGFR", "49", "mL/min/1.73m2", 59.0, None, ">59", "low", []),
        ("Potassium", "4.8", "mmol/L", 3.5, 5.2, None, "normal", []),
        ("TSH", "6.2", "uIU/mL", 0.45, 4.5, None, "high", []),
        ("LDL Cholesterol", "88", "mg/dL", 0.0, 99.0, None, "normal", []),
    ]:
        d.lab(t, v, u, lo, hi, rt, f, "2025-05-05", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "Weight", "Height", "BMI"],
        [
            [
                "05/05/2025",
                "146/88 mm[Hg]",
                "78 /min",
                "16 /min",
                "97.8 [degF]",
                "196 [lb_av]",
                "64 [in_i]",
                "33.6 kg/m2",
            ]
        ],
        [1.2, 1.3, 1, 1, 1.1, 1.1, 1, 1],
        size=8,
    )
    d.vit("blood_pressure", "146/88", 146.0, 88.0, "mm[Hg]")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "97.8", 97.8, None, "[degF]")
    d.vit("weight", "196", 196.0, None, "[lb_av]")
    d.vit("height", "64", 64.0, None, "[in_i]")
    d.vit("bmi", "33.6", 33.6, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, high-dose, quadrivalent", "10/14/2024", "Completed", "UT8412"],
            ["Pneumococcal conjugate PCV20", "11/02/2023", "Completed", "LL4522"],
            ["Tdap", "08/19/2020", "Completed", "3TD71"],
            ["RSV vaccine, adjuvanted (Arexvy)", "-", "Declined", "-"],
        ],
        [3.2, 1.2, 1.2, 1.2],
        size=8,
    )
    d.imm("Influenza, high-dose, quadrivalent", "2024-10-14", None, "UT8412", None)
    d.imm("Pneumococcal conjugate PCV20", "2023-11-02", None, "LL4522", None)
    d.imm("Tdap", "2020-08-19", None, "3TD71", None)
    d.no("immunizations", "RSV vaccine", "other", "declined")
    ccda_section(d, "Family History", "familyhistory")
    d.table(
        ["Relative", "Condition", "Age at onset"],
        [["Mother", "Breast cancer", "62"], ["Father", "Coronary artery disease", "58"]],
        [1.5, 3, 1.5],
        size=8,
    )
    d.no("conditions", "Breast cancer", "family")
    d.no("conditions", "Coronary artery disease", "family")
    ccda_section(d, "Social History", "social")
    d.para("Tobacco use: never smoker. Alcohol: none.", 8.5)
    ccda_section(d, "Plan of Treatment", "plan")
    d.para(
        "Glipizide discontinued 02/14/2025 because of hypoglycemia. Hepatitis C antibody screening ordered, result "
        "pending. Consider tirzepatide if A1c remains above 9% at the next visit. Diabetic foot exam and retinal "
        "screening referral.",
        8.5,
    )
    d.no("labs", "Hepatitis C antibody screening", "other", "pending")
    d.no("medications", "tirzepatide", "planned", "conditional next step")
    return d


# ---------------------------------------------------------------------------- 24 Mendoza
@document
def d24():
    d = Doc(
        24,
        "mendoza_ed_triage_scan",
        "Mendoza (Argentina)",
        "medical_record",
        "emergency triage sheet (tick boxes, handwritten, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": -2.4, "blur": 0.8},
        lang="Spanish",
        comma=True,
    )
    d.letterhead(
        "Hospital Central de Mendoza – Guardia Central",
        [
            "Av. Leandro N. Alem y Av. Salta s/n, 5500 Ciudad de Mendoza",
            "Ministerio de Salud y Deportes – Gobierno de Mendoza",
        ],
        right=["HOJA DE TRIAGE", "Enfermería de clasificación"],
        size=12.5,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Apellido y nombre:", Hand("GUTIÉRREZ, Mirta Susana")),
            ("Edad:", Hand("67 años")),
            ("Ingreso:", Hand("08/02/2025  03:40")),
            ("DNI:", Hand("12.456.789")),
        ],
        lw=100,
    )
    d.hand_line(
        "Motivo de consulta:", "dolor en hipocondrio derecho, fiebre, vómitos, ictericia", 10.5
    )
    d.title("Signos vitales al ingreso", 10)
    d.table(
        ["TA (mmHg)", "FC (lpm)", "FR (rpm)", "T° (°C)", "SatO2 (%)", "Peso (kg)"],
        [[Hand("96/58"), Hand("112"), Hand("22"), Hand("38,9"), Hand("95"), Hand("74")]],
        [1.3, 1, 1, 1, 1, 1],
        size=8.6,
    )
    d.vit("blood_pressure", "96/58", 96.0, 58.0, "mmHg")
    d.vit("heart_rate", "112", 112.0, None, "lpm")
    d.vit("respiratory_rate", "22", 22.0, None, "rpm")
    d.vit("temperature", "38,9", 38.9, None, "°C")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "74", 74.0, None, "kg")
    d.table(
        ["Glucemia capilar (mg/dL)", "Lactato (mmol/L)", "Glasgow"],
        [[Hand("168"), Hand("2,8"), Hand("15/15")]],
        [1.8, 1.6, 1.2],
        size=8.6,
    )
    d.lab(
        "Glucemia capilar",
        "168",
        "mg/dL",
        None,
        None,
        None,
        None,
        "2025-02-08",
        ["Capillary glucose"],
    )
    d.lab("Lactato", "2,8", "mmol/L", None, None, None, None, "2025-02-08", ["Lactate"])
    d.title("Antecedentes", 10)
    d.checks(
        [
            ("Diabetes", "Y", "tipo 2, insulina"),
            ("Hipertensión arterial", "Y", ""),
            ("Cardiopatía", "N", ""),
            ("EPOC / Asma", "N", ""),
            ("Cirugías previas", None, "colecistectomía 2012"),
            ("Anticoagulantes", "N", ""),
        ],
        qw=0.45,
        labels=("Sí", "No", "Detalle"),
    )
    d.cond("Diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hipertensión arterial", "active", None, ["hypertension"])
    d.no("conditions", "Cardiopatía", "checkbox_no")
    d.no("conditions", "EPOC / Asma", "checkbox_no")
    d.no("medications", "Anticoagulantes", "checkbox_no")
    d.no("conditions", "colecistectomía", "historical", "past surgery")
    d.checks(
        [
            ("Alergia a medicamentos", "Y", "dipirona – edema de glotis"),
            ("Alergia al yodo / contraste", "N", ""),
        ],
        qw=0.45,
        labels=("Sí", "No", "¿Cuál?"),
    )
    d.alg("dipirona", "edema de glotis")
    d.no("allergies", "yodo", "checkbox_no")
    d.hand_line(
        "Medicación habitual:",
        "Insulina NPH 24 UI antes del desayuno, Metformina 850 mg c/12 h,",
        10.5,
    )
    d.hand_line("", "Enalapril 10 mg c/12 h, Atenolol 50 mg/día", 10.5)
    d.med("Insulina NPH", None, "24", "UI", None, "antes del desayuno")
    d.med("Metformina", None, "850", "mg", None, "c/12 h")
    d.med("Enalapril", None, "10", "mg", None, "c/12 h")
    d.med("Atenolol", None, "50", "mg", None, "/día")
    d.title("Clasificación", 10)
    d.hand_line("", "Colangitis aguda probable. Nivel NARANJA (Manchester 2) – box 3", 10.5)
    d.no("conditions", "Colangitis aguda", "other", "probable, triage")
    d.title("Indicaciones en triage", 10)
    d.hand_line("03:55", "Ceftriaxona 2 g EV (Dr. Funes)", 10.5)
    d.hand_line("03:55", "Ondansetrón 8 mg EV", 10.5)
    d.no("medications", "Ceftriaxona", "other", "single dose in the ED")
    d.no("medications", "Ondansetrón", "other", "single dose in the ED")
    d.hand_line("Enf.:", "Lic. Paola Godoy", 10.5)
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
    rels.append("make_heldout23.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout23.py"))
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
    base = "/tmp/heldout23_work/determinism"
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
    "**Status:** held out. Commissioned before 2.17.0's rules changed, frozen unscored; scored blind at the "
    "end of 2.18.0's round, never opened before."
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
        "# Held-out extraction test set 23",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas, thousands separators, date styles, flag words and abbreviations; the rest in English. "
        "All content and truth rows are written by hand in `make_heldout23.py` (no generator of clinical "
        "content). The rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick "
        "boxes, scan simulation, self-checks, manifest, --check and --determinism) was copied from "
        "`bench/heldout22/make_heldout22.py` with `cp` and adapted (set number, paths, seeds, status line, "
        "README text); the self-check bounds were kept, and the only additions to the machinery are flag-map "
        'entries for the French "B", Vietnamese and Swahili flag words; the helpers for previous-result and '
        "cumulative columns were reused as they were. The document content is new. Six documents are scans: "
        f"pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
        "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings.",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 22's README, build script and one truth "
        "file (`bench/heldout22/truth/01_galicia_cumulative_lab.json`, for format), plus the file names of "
        "earlier sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). While the script was being "
        "written it was reformatted in place by a repository-wide `ruff format` run from outside this task, and "
        "`bench/heldout23` was then added to ruff's exclude list; to understand that change the author listed "
        "the repository's top-level directory and read the ruff section of `pyproject.toml` (tool settings "
        "only) and checked the process list. No other file in the repository was opened; the pipeline, extractor and scorer were not read "
        "or run on these documents, no OCR was run, and git was not run. The script was given one uniform "
        "`ruff format` pass (line length 100) before the manifest was made. The build's self-check compares "
        "each truth string with the strings drawn and, for documents that are not scans, with the PDF text "
        "layer read by pypdfium2. The author looked at renderings of every page before scan simulation (made "
        "with pypdfium2 under /tmp/heldout23_work) and fixed layout overlaps in four documents (letterheads "
        "and header fields), one column heading and one page split; of the scanned outputs only document 19 was looked at. "
        "`truth/drawn/*.txt` records the strings drawn into each document.",
        "",
        "Build: `python make_heldout23.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout23_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 22 (set 20's list, set 21's and set 22's additions), restated here; this set's "
        "additions follow at the end:",
        "",
    ]
    L += BASE_CONVENTIONS + ["", "Set 21's additions (kept):", ""] + SET21_ADDITIONS
    L += ["", "Set 22's additions (kept):", ""] + SET22_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET23_ADDITIONS
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
