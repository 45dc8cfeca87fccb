#!/usr/bin/env python
"""Build held-out extraction test set 25 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout25.py                 build into this folder (keeps an existing README)
    python make_heldout25.py --check         verify MANIFEST.sha256
    python make_heldout25.py --determinism   build twice under /tmp/heldout25_work, compare
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
        self.rng = random.Random("heldout25-hand-" + self.stem)
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
        c.setTitle(f"Held-out 25 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout25.py")
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
        int(hashlib.sha256(("heldout25-scan-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# ---------------------------------------------------------------------------- 01 Pomerania
@document
def d01():
    d = Doc(
        1,
        "pomerania_cumulative_lab",
        "Pomerania (Poland)",
        "lab_result",
        "lab report (cumulative, 3 dates, newest first, critical value, pending tests)",
        "d.m.Y",
        lang="Polish",
        comma=True,
    )
    d.letterhead(
        "Uniwersyteckie Centrum Kliniczne w Gdańsku",
        ["Centralne Laboratorium, ul. Dębinki 7, 80-952 Gdańsk", "Informacja laboratoryjna: 58 584 41 10"],
        right=["WYNIKI SKUMULOWANE", "Wydruk: 14.05.2025 godz. 08:12"],
        size=12.5,
        color=(0.45, 0.1, 0.15),
    )
    d.kv(
        [
            ("Pacjent:", "Kowalewska Danuta"),
            ("PESEL:", "52071804826"),
            ("Zlecający:", "lek. Marek Szymański"),
            ("Jednostka:", "Przychodnia Rodzinna Kartuzy"),
        ],
        lw=72,
    )
    d.para(
        "H / L – wynik powyżej / poniżej zakresu referencyjnego. HH / LL – wartość krytyczna, zgłoszona telefonicznie "
        "lekarzowi zlecającemu. – : nie oznaczano. Najnowszy wynik w pierwszej kolumnie.",
        8,
    )
    dates = ["2025-05-13", "2025-03-18", "2025-01-21"]
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "g/dl", "12,0 – 16,0", 12.0, 16.0, None, ["11,2 L", "10,6 L", "11,8 L"]),
        ("Leukocyty", ["White cell count"], "tys/µl", "4,0 – 10,0", 4.0, 10.0, None, ["6,8", "7,4", "5,9"]),
        ("Płytki krwi", ["Platelets"], "tys/µl", "150 – 400", 150.0, 400.0, None, ["224", "198", "241"]),
        ("Sód", ["Sodium"], "mmol/l", "136 – 145", 136.0, 145.0, None, ["131 L", "124 LL", "134 L"]),
        ("Potas", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["4,6", "5,3 H", "4,2"]),
        ("Kreatynina", ["Creatinine"], "mg/dl", "0,50 – 0,90", 0.5, 0.9, None, ["1,18 H", "1,42 H", "1,09 H"]),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", ["46 L", "37 L", "51 L"]),
        ("Mocznik", ["Urea"], "mg/dl", "17 – 43", 17.0, 43.0, None, ["52 H", "68 H", "44 H"]),
        ("NT-proBNP", [], "pg/ml", "< 125", None, 125.0, "< 125", ["980 H", "2140 H", "1460 H"]),
        ("ALT", ["Alanine aminotransferase"], "U/l", "< 35", None, 35.0, "< 35", ["28", "31", "24"]),
        ("TSH", ["Thyroid stimulating hormone"], "µIU/ml", "0,27 – 4,20", 0.27, 4.2, None, ["2,14", "—", "3,05"]),
        ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, ["7,1 H", "—", "7,6 H"]),
        ("CRP", ["C-reactive protein"], "mg/l", "< 5,0", None, 5.0, "< 5,0", ["3,2", "12,4 H", "4,1"]),
    ]
    tab = cumul(d, rows, dates)
    d.title("Biochemia i hematologia – zestawienie wyników", 10.5)
    d.table(
        ["Badanie"] + [d.d(x) for x in dates] + ["Jednostka", "Zakres ref."],
        tab,
        [1.9, 1.2, 1.2, 1.2, 1.3, 1.3],
    )
    d.para(
        "18.03.2025: Sód 124 mmol/l – wynik krytyczny zgłoszony telefonicznie lek. M. Szymańskiemu o godz. 10:40 "
        "(przyjęła: pielęgn. A. Hinz).",
        8.5,
    )
    d.para(
        "Przeciwciała anty-TPO (materiał z 13.05.2025) – badanie w toku, wynik zostanie dołączony. "
        "Witamina B12 – materiał przekazany do laboratorium zewnętrznego, oczekuje na wynik.",
        8.5,
    )
    d.no("labs", "Przeciwciała anty-TPO", "other", "pending")
    d.no("labs", "Witamina B12", "other", "pending")
    d.para("Autoryzował: mgr Katarzyna Wiśniewska, diagnosta laboratoryjny", 8)
    return d


# ---------------------------------------------------------------------------- 02 Gorenjska
@document
def d02():
    d = Doc(
        2,
        "gorenjska_lab_previous",
        "Gorenjska (Slovenia)",
        "lab_result",
        "lab report (previous-result column, arrow flags, µkat/L enzymes)",
        "d. m. Y",
        lang="Slovenian",
        comma=True,
    )
    d.letterhead(
        "Zdravstveni dom Kranj",
        ["Osnovno zdravstvo Gorenjske – Laboratorij", "Gosposvetska ulica 10, 4000 Kranj – tel. 04 208 20 00"],
        right=["IZVID LABORATORIJSKIH PREISKAV", "Št. naročila: 2504-11872"],
        size=12,
        color=(0.05, 0.3, 0.5),
    )
    d.kv(
        [
            ("Bolnik:", "Janez Kern"),
            ("Št. zavarovane osebe:", "018374592"),
            ("Napotni zdravnik:", "Maja Zupan, dr. med., spec. družinske medicine"),
            ("Odvzem:", "22. 4. 2025 ob 7.40"),
        ],
        cols=1,
        lw=120,
    )
    d.para("\u2191 / \u2193 – vrednost nad / pod referenčnim območjem. Prejšnji izvid z dne 14. 1. 2025.", 8)
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "g/L", "135 – 175", 135.0, 175.0, None, "141", "138"),
        ("Levkociti", ["White cell count"], "10^9/L", "4,0 – 10,0", 4.0, 10.0, None, "7,2", "6,9"),
        ("Glukoza (na tešče)", ["Fasting glucose"], "mmol/L", "3,6 – 6,1", 3.6, 6.1, None, "6,8 \u2191", "7,4 \u2191"),
        ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, "6,4 \u2191", "6,9 \u2191"),
        ("Kreatinin", ["Creatinine"], "µmol/L", "62 – 106", 62.0, 106.0, None, "98", "94"),
        ("oGF (CKD-EPI)", ["eGFR"], "mL/min/1,73 m²", "> 60", 60.0, None, "> 60", "71", "76"),
        ("Holesterol", ["Total cholesterol"], "mmol/L", "< 5,0", None, 5.0, "< 5,0", "5,8 \u2191", "6,6 \u2191"),
        ("LDL holesterol", ["LDL cholesterol"], "mmol/L", "< 3,0", None, 3.0, "< 3,0", "3,6 \u2191", "4,3 \u2191"),
        ("HDL holesterol", ["HDL cholesterol"], "mmol/L", "> 1,0", 1.0, None, "> 1,0", "1,12", "0,98 \u2193"),
        ("Trigliceridi", ["Triglycerides"], "mmol/L", "< 1,7", None, 1.7, "< 1,7", "1,9 \u2191", "2,4 \u2191"),
        ("AST", ["Aspartate aminotransferase"], "µkat/L", "< 0,58", None, 0.58, "< 0,58", "0,41", "0,47"),
        ("ALT", ["Alanine aminotransferase"], "µkat/L", "< 0,74", None, 0.74, "< 0,74", "0,83 \u2191", "0,95 \u2191"),
        ("Sečna kislina", ["Uric acid"], "µmol/L", "202 – 417", 202.0, 417.0, None, "388", "—"),
        ("TSH", ["Thyroid stimulating hormone"], "mIU/L", "0,35 – 4,94", 0.35, 4.94, None, "—", "1,84"),
    ]
    d.title("Hematologija in klinična kemija", 10.5)
    tab = prevcol(d, rows, "2025-01-14", "2025-04-22")
    d.table(
        ["Preiskava", "Rezultat " + d.d("2025-04-22"), "Enota", "Ref. območje", "Prejšnji " + d.d("2025-01-14")],
        tab,
        [2.2, 1.8, 1.4, 1.4, 1.8],
    )
    d.para(
        "Opomba: Vitamin D (25-OH) – preiskava v delu, rezultat bo sporočen naknadno. "
        "PSA – vzorec poslan v laboratorij Splošne bolnišnice Jesenice, izvid sledi.",
        8.5,
    )
    d.no("labs", "Vitamin D (25-OH)", "other", "pending")
    d.no("labs", "PSA", "other", "pending")
    d.para("Izvid odobril: Tina Kavčič, mag. lab. biomed., spec. med. biokem.", 8)
    return d


# ---------------------------------------------------------------------------- 03 Can Tho
@document
def d03():
    d = Doc(
        3,
        "can_tho_urinalysis_scan",
        "Can Tho (Vietnam)",
        "lab_result",
        "lab report (blood chemistry, 10-parameter urinalysis, flag column Cao / Thấp and *; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": -1.6},
        lang="Vietnamese",
    )
    d.letterhead(
        "Bệnh viện Đa khoa Trung ương Cần Thơ",
        ["Khoa Xét nghiệm – 315 Nguyễn Văn Linh, P. An Khánh, Q. Ninh Kiều, TP. Cần Thơ", "ĐT: 0292 3 820 071"],
        right=["PHIẾU KẾT QUẢ XÉT NGHIỆM", "Mã phiếu: XN-250318-0442"],
        size=12,
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Họ tên:", "Nguyễn Thị Hồng Nhung"),
            ("Tuổi / Giới:", "47 / Nữ"),
            ("Ngày lấy mẫu:", "18/03/2025 07:25"),
            ("Khoa chỉ định:", "Khám Nội tiết"),
        ],
        lw=92,
    )
    d.kv(
        [
            ("Bác sĩ chỉ định:", "BS. Trần Văn Phúc"),
            ("Chẩn đoán:", "Đái tháo đường típ 2 / TD nhiễm trùng tiểu"),
        ],
        cols=1,
        lw=92,
    )
    d.cond("Đái tháo đường típ 2", "active", None, ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "nhiễm trùng tiểu", "other", "TD = suspected, on the lab request")
    d.para("Cao / Thấp: cao hơn / thấp hơn trị số tham chiếu. * : kết quả bất thường.", 8)
    iso = "2025-03-18"
    d.title("SINH HÓA MÁU", 10)
    rows = [
        ("Glucose", ["Fasting glucose"], "11.2", "mmol/L", "3.9 – 6.4", 3.9, 6.4, None, "Cao"),
        ("HbA1c", [], "9.1", "%", "4.0 – 6.0", 4.0, 6.0, None, "Cao"),
        ("Ure", ["Urea"], "5.1", "mmol/L", "2.5 – 7.5", 2.5, 7.5, None, ""),
        ("Creatinin", ["Creatinine"], "88", "µmol/L", "53 – 97", 53.0, 97.0, None, ""),
        ("AST (GOT)", ["Aspartate aminotransferase"], "24", "U/L", "< 37", None, 37.0, "< 37", ""),
        ("ALT (GPT)", ["Alanine aminotransferase"], "46", "U/L", "< 40", None, 40.0, "< 40", "Cao"),
    ]
    d.table(["Tên xét nghiệm", "Kết quả", "Đơn vị", "Trị số tham chiếu", "Ghi chú"], labrows(d, rows, iso), [2.6, 1.1, 1, 1.6, 0.9])
    d.title("TỔNG PHÂN TÍCH NƯỚC TIỂU (10 THÔNG SỐ)", 10)
    rows = [
        ("Tỷ trọng (SG)", ["Specific gravity"], "1.030", None, "1.015 – 1.025", 1.015, 1.025, None, "Cao"),
        ("pH", [], "6.0", None, "4.8 – 7.4", 4.8, 7.4, None, ""),
        ("Bạch cầu (LEU)", ["Leukocyte esterase"], "3+", None, "Âm tính", None, None, "Âm tính", "*"),
        ("Nitrit (NIT)", ["Nitrite"], "Dương tính", None, "Âm tính", None, None, "Âm tính", "*"),
        ("Protein (PRO)", ["Urine protein"], "Vết", None, "Âm tính", None, None, "Âm tính", "*"),
        ("Glucose (GLU)", ["Urine glucose"], "2+", None, "Âm tính", None, None, "Âm tính", "*"),
        ("Thể ceton (KET)", ["Urine ketones"], "Âm tính", None, "Âm tính", None, None, "Âm tính", ""),
        ("Hồng cầu (BLD)", ["Urine blood"], "Âm tính", None, "Âm tính", None, None, "Âm tính", ""),
        ("Bilirubin (BIL)", ["Urine bilirubin"], "Âm tính", None, "Âm tính", None, None, "Âm tính", ""),
        ("Urobilinogen (UBG)", [], "Bình thường", None, "Bình thường", None, None, "Bình thường", ""),
    ]
    d.table(["Thông số", "Kết quả", "Đơn vị", "Trị số tham chiếu", "Ghi chú"], labrows(d, rows, iso), [2.6, 1.1, 1, 1.6, 0.9])
    d.para(
        "Cấy nước tiểu + kháng sinh đồ: mẫu đã gửi Khoa Vi sinh ngày 18/03/2025, đang chờ kết quả (48 – 72 giờ).",
        8.5,
    )
    d.no("labs", "Cấy nước tiểu", "other", "pending")
    d.para("Người thực hiện: KTV. Lê Thị Mỹ Duyên        Trưởng khoa: ThS. BS. Huỳnh Minh Tâm", 8)
    return d


# ---------------------------------------------------------------------------- 04 Mwanza
@document
def d04():
    d = Doc(
        4,
        "mwanza_lab_pending",
        "Mwanza (Tanzania)",
        "lab_result",
        "lab report (HIV clinic follow-up: blood count, chemistry, CD4, rapid tests; pending viral load and GeneXpert)",
        "d/m/Y",
        lang="Swahili",
    )
    d.letterhead(
        "Hospitali ya Rufaa ya Kanda Bugando",
        ["Maabara Kuu – S.L.P. 1370, Mwanza", "Simu: +255 28 250 0513"],
        right=["TAARIFA YA MAJIBU YA MAABARA", "Na. ya Maabara: BMC/25/04417"],
        color=(0.1, 0.35, 0.15),
    )
    d.kv(
        [
            ("Jina la mgonjwa:", "Neema Joseph Masanja"),
            ("Umri / Jinsia:", "miaka 36 / Ke"),
            ("Kliniki:", "CTC (Kliniki ya VVU)"),
            ("Daktari:", "Dkt. E. Mwakyusa"),
            ("Tarehe ya sampuli:", "07/04/2025"),
            ("Namba ya CTC:", "18-04-0102-003317"),
        ],
        lw=104,
    )
    d.para("H = juu ya kiwango cha kawaida; L = chini ya kiwango cha kawaida.", 8)
    iso = "2025-04-07"
    d.title("HEMATOLOJIA (FBP)", 10)
    rows = [
        ("Hemoglobini", ["Haemoglobin"], "10.8", "g/dL", "12.0 – 15.5", 12.0, 15.5, None, "L"),
        ("Seli nyeupe za damu (WBC)", ["White cell count"], "4.2", "x10³/µL", "4.0 – 10.0", 4.0, 10.0, None, ""),
        ("Chembe sahani (PLT)", ["Platelets"], "168", "x10³/µL", "150 – 400", 150.0, 400.0, None, ""),
        ("MCV", ["Mean corpuscular volume"], "104", "fL", "80 – 100", 80.0, 100.0, None, "H"),
    ]
    d.table(["Kipimo", "Jibu", "Kizio", "Kiwango cha kawaida", "Alama"], labrows(d, rows, iso), [2.6, 1, 1.1, 1.6, 0.7])
    d.title("KEMIA YA DAMU", 10)
    rows = [
        ("Kreatinini", ["Creatinine"], "72", "µmol/L", "45 – 84", 45.0, 84.0, None, ""),
        ("Urea", [], "4.1", "mmol/L", "2.5 – 7.5", 2.5, 7.5, None, ""),
        ("ALT", ["Alanine aminotransferase"], "41", "U/L", "< 35", None, 35.0, "< 35", "H"),
        ("Sukari ya damu (bila kula)", ["Fasting glucose"], "5.2", "mmol/L", "3.9 – 5.6", 3.9, 5.6, None, ""),
        ("Kolesteroli jumla", ["Total cholesterol"], "5.9", "mmol/L", "< 5.2", None, 5.2, "< 5.2", "H"),
    ]
    d.table(["Kipimo", "Jibu", "Kizio", "Kiwango cha kawaida", "Alama"], labrows(d, rows, iso), [2.6, 1, 1.1, 1.6, 0.7])
    d.title("KINGA NA VIPIMO VYA HARAKA", 10)
    rows = [
        ("CD4", ["CD4 count"], "412", "seli/µL", "500 – 1,500", 500.0, 1500.0, None, "L"),
        ("Kaswende (RPR)", ["Syphilis RPR"], "Hasi", None, "Hasi", None, None, "Hasi", ""),
        ("HBsAg", [], "Hasi", None, "Hasi", None, None, "Hasi", ""),
        ("CrAg (antijeni ya kriptokokasi)", ["Cryptococcal antigen"], "Hasi", None, "Hasi", None, None, "Hasi", ""),
    ]
    d.table(["Kipimo", "Jibu", "Kizio", "Kiwango cha kawaida", "Alama"], labrows(d, rows, iso), [2.6, 1, 1.1, 1.6, 0.7])
    d.para(
        "Kiwango cha virusi vya UKIMWI (HIV viral load): sampuli imetumwa Maabara ya Kanda, majibu bado hayajapokelewa. "
        "Kipimo cha TB kwa makohozi (GeneXpert MTB/RIF): majibu yanasubiriwa.",
        8.5,
    )
    d.no("labs", "HIV viral load", "other", "pending")
    d.no("labs", "GeneXpert MTB/RIF", "other", "pending")
    d.para("Mtaalamu wa maabara: Rehema Mollel (MLT)        Amethibitisha: Dkt. P. Mshana", 8)
    return d


# ---------------------------------------------------------------------------- 05 Banat
@document
def d05():
    d = Doc(
        5,
        "banat_lab_flagcol",
        "Banat (Romania)",
        "lab_result",
        "lab report (single date, flag column words Crescut / Scăzut, pending PSA)",
        "d.m.Y",
        lang="Romanian",
        comma=True,
    )
    d.letterhead(
        "SCJU „Pius Brînzeu” Timișoara",
        ["Spitalul Clinic Județean de Urgență – Laboratorul de analize medicale", "Bd. Liviu Rebreanu nr. 156, Timișoara – Tel. 0256 486 804"],
        right=["BULETIN DE ANALIZE MEDICALE", "Nr. cerere: 25-047731"],
        size=11.5,
        color=(0.1, 0.2, 0.5),
    )
    d.kv(
        [
            ("Nume pacient:", "POPESCU Ioan"),
            ("CNP:", "1580912354418"),
            ("Medic trimițător:", "Dr. Andreea Mihuț (MF, Lugoj)"),
            ("Data recoltării:", "15.04.2025 08:05"),
        ],
        lw=92,
    )
    d.para("Crescut / Scăzut – valoare peste / sub intervalul biologic de referință.", 8)
    iso = "2025-04-15"
    rows = [
        ("Hemoglobină", ["Haemoglobin"], "15,8", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ""),
        ("Glicemie", ["Glucose"], "131", "mg/dL", "74 – 106", 74.0, 106.0, None, "Crescut"),
        ("Hemoglobină glicată (HbA1c)", ["HbA1c"], "6,9", "%", "4,0 – 5,6", 4.0, 5.6, None, "Crescut"),
        ("Colesterol total", ["Total cholesterol"], "236", "mg/dL", "< 200", None, 200.0, "< 200", "Crescut"),
        ("LDL colesterol", ["LDL cholesterol"], "158", "mg/dL", "< 100", None, 100.0, "< 100", "Crescut"),
        ("HDL colesterol", ["HDL cholesterol"], "38", "mg/dL", "> 40", 40.0, None, "> 40", "Scăzut"),
        ("Trigliceride", ["Triglycerides"], "201", "mg/dL", "< 150", None, 150.0, "< 150", "Crescut"),
        ("Uree serică", ["Urea"], "39", "mg/dL", "17 – 43", 17.0, 43.0, None, ""),
        ("Creatinină serică", ["Creatinine"], "1,08", "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, ""),
        ("Acid uric", ["Uric acid"], "8,1", "mg/dL", "3,4 – 7,0", 3.4, 7.0, None, "Crescut"),
        ("TGP (ALT)", ["Alanine aminotransferase"], "52", "U/L", "< 41", None, 41.0, "< 41", "Crescut"),
        ("TGO (AST)", ["Aspartate aminotransferase"], "33", "U/L", "< 40", None, 40.0, "< 40", ""),
        ("GGT", ["Gamma-glutamyl transferase"], "94", "U/L", "10 – 71", 10.0, 71.0, None, "Crescut"),
        ("Sideremie", ["Serum iron"], "71", "µg/dL", "59 – 158", 59.0, 158.0, None, ""),
    ]
    d.title("Biochimie – Hematologie", 10.5)
    d.table(
        ["Analiză", "Rezultat", "U.M.", "Interval biologic de referință", "Interpretare"],
        labrows(d, rows, iso),
        [2.6, 1, 0.9, 2, 1.1],
    )
    d.para("PSA total – probă în lucru, rezultatul va fi comunicat ulterior.", 8.5)
    d.no("labs", "PSA total", "other", "pending")
    d.para(
        "Rezultatele se referă numai la proba analizată. Validat: Dr. Cristina Stoian, medic primar medicină de laborator.",
        8,
    )
    return d


# ---------------------------------------------------------------------------- 06 Cumbria
@document
def d06():
    d = Doc(
        6,
        "cumbria_clozapine_monitoring_scan",
        "England (Cumbria)",
        "lab_result",
        "cumulative pathology for clozapine monitoring (dates as rows, units and ranges in the header, scanned)",
        "d-M-Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 2.4},
    )
    d.letterhead(
        "North Cumbria Integrated Care NHS Foundation Trust",
        ["Pathology Department, Cumberland Infirmary, Newtown Road, Carlisle CA2 7HY", "Results enquiries 01228 814 862"],
        right=["CUMULATIVE REPORT", "Clozapine monitoring"],
        size=12,
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Patient:", "ARMSTRONG, Kieran Paul"),
            ("DOB:", "14-Sep-1988"),
            ("NHS No:", "485 772 9013"),
            ("Requested by:", "Carlisle CMHT (Dr H. Nwosu)"),
        ],
        lw=80,
    )
    cols = [
        ("WBC", ["White cell count"], "x10^9/L", "4.0-11.0", 4.0, 11.0),
        ("Neutrophils", ["Neutrophil count"], "x10^9/L", "2.0-7.5", 2.0, 7.5),
        ("Hb", ["Haemoglobin"], "g/L", "130-180", 130.0, 180.0),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<40", None, 40.0),
        ("Clozapine", ["Clozapine level"], "ug/L", "350-600", 350.0, 600.0),
    ]
    data = [
        ("2025-02-03", ["6.8", "4.1", "142", "24", "-"]),
        ("2025-02-10", ["5.9", "3.2", "139", "31", "-"]),
        ("2025-02-17", ["4.6", "2.1", "141", "58 H", "210 L"]),
        ("2025-02-24", ["3.4 L", "1.6 L", "137", "64 H", "-"]),
        ("2025-03-24", ["4.9", "2.7", "140", "37", "420"]),
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
    d.table(hdr, tab, [1.4, 1, 1.1, 1, 1, 1.1])
    d.para("H = above reference range, L = below reference range. - = not requested.", 8)
    d.para(
        "Comment 24-Feb-2025: neutrophils 1.6 - AMBER result. Phoned to CMHT clozapine clinic 11:05 (S. Bell); "
        "twice-weekly FBC until GREEN. Result uploaded to the clozapine patient monitoring service.",
        8.5,
    )
    d.para(
        "24-Mar-2025: lipid profile not processed - sample haemolysed, repeat requested. Troponin I "
        "(myocarditis screen) on this sample: to follow.",
        8.5,
    )
    d.no("labs", "lipid profile", "other", "not processed")
    d.no("labs", "Troponin I", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 07 Free State
@document
def d07():
    d = Doc(
        7,
        "free_state_antenatal_lab",
        "Free State (South Africa)",
        "lab_result",
        "antenatal clinic lab results (blood count, blood group, serology, urine; Hoog / Laag flags; clinic actions)",
        "Y/m/d",
        lang="Afrikaans",
        comma=True,
    )
    d.letterhead(
        "Pelonomi Streekhospitaal – Voorgeboortekliniek",
        ["Laboratorium: Universitas, Logeman-straat, Bloemfontein 9301", "Tel. 051 405 1911"],
        right=["LABORATORIUMUITSLAE", "Voorgeboortelike besoek 1"],
        color=(0.5, 0.25, 0.05),
    )
    d.kv(
        [
            ("Pasiënt:", "Mariska van der Merwe"),
            ("Ouderdom:", "29 jaar"),
            ("Swangerskapsduur:", "16 weke"),
            ("Datum versamel:", "2025/02/19"),
        ],
        lw=112,
    )
    d.para("Hoog / Laag – bo / onder die verwysingswaardes. * – abnormale uitslag.", 8)
    iso = "2025-02-19"
    rows = [
        ("Hemoglobien", ["Haemoglobin"], "10,4", "g/dL", "11,0 – 14,0", 11.0, 14.0, None, "Laag"),
        ("Hematokrit", ["Haematocrit"], "31", "%", "33 – 42", 33.0, 42.0, None, "Laag"),
        ("Witseltelling", ["White cell count"], "8,6", "x10⁹/L", "4,0 – 11,0", 4.0, 11.0, None, ""),
        ("Plaatjies", ["Platelets"], "212", "x10⁹/L", "150 – 400", 150.0, 400.0, None, ""),
        ("Bloedgroep en Rhesus", ["Blood group"], "A Rh-negatief", None, "", None, None, None, ""),
        ("Teenliggaamsifting (indirekte Coombs)", ["Antibody screen"], "Negatief", None, "Negatief", None, None, "Negatief", ""),
        ("Sifilis (RPR)", ["Syphilis RPR"], "Nie-reaktief", None, "Nie-reaktief", None, None, "Nie-reaktief", ""),
        ("MIV-sneltoets", ["HIV rapid test"], "Nie-reaktief", None, "Nie-reaktief", None, None, "Nie-reaktief", ""),
        ("Hepatitis B-oppervlakte-antigeen", ["HBsAg"], "Negatief", None, "Negatief", None, None, "Negatief", ""),
        ("Rubella IgG", [], "48", "IE/ml", "> 10", 10.0, None, "> 10", ""),
        ("Glukose (ewekansig)", ["Random glucose"], "5,1", "mmol/L", "3,5 – 7,8", 3.5, 7.8, None, ""),
        ("Urine: proteïen (peilstok)", ["Urine protein"], "Spore", None, "Negatief", None, None, "Negatief", "*"),
        ("Urine: glukose (peilstok)", ["Urine glucose"], "Negatief", None, "Negatief", None, None, "Negatief", ""),
    ]
    d.table(["Toets", "Uitslag", "Eenheid", "Verwysing", "Vlag"], labrows(d, rows, iso), [2.8, 1.3, 0.9, 1.4, 0.7])
    d.title("Kliniekaantekening (vroedvrou)", 10)
    d.para(
        "Tetanus-toksoïed (TT) 1ste dosis vandag toegedien, lot TT24-0917. Rh-negatief: Anti-D-immunoglobulien "
        "sal by 28 weke gegee word. Griepentstof aangebied – pasiënt het geweier. Urinekultuur gestuur, uitslag "
        "hangende. Glukosetoleransietoets (OGTT) beplan vir 26 weke.",
        8.8,
    )
    d.imm("Tetanus-toksoïed", iso, 1, "TT24-0917", None)
    d.no("medications", "Anti-D-immunoglobulien", "planned")
    d.no("immunizations", "Griepentstof", "other", "declined")
    d.no("labs", "Urinekultuur", "other", "pending")
    d.no("labs", "Glukosetoleransietoets", "planned")
    d.para("Mediese tegnoloog: J. Botha        Vroedvrou: Sr. L. Mokoena", 8)
    return d


# ---------------------------------------------------------------------------- 08 Westfjords
@document
def d08():
    d = Doc(
        8,
        "westfjords_internal_medicine_referral",
        "Westfjords (Iceland)",
        "medical_record",
        "GP referral letter to internal medicine (handwritten addendum)",
        "d.m.Y",
        lang="Icelandic",
        comma=True,
    )
    d.letterhead(
        "Heilbrigðisstofnun Vestfjarða",
        ["Heilsugæslan Ísafirði, Torfnesi, 400 Ísafjörður", "sími 450 4500"],
        right=["TILVÍSUN", "til sérfræðings í lyflækningum"],
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Sjúklingur:", "Guðrún Sigurðardóttir"),
            ("Kennitala:", "120358-4129"),
            ("Dagsetning:", "08.04.2025"),
            ("Viðtakandi:", "Landspítali, göngudeild lyflækninga, Hringbraut"),
        ],
        cols=1,
        lw=80,
    )
    d.para(
        "Ágæti kollegi. Vísa til ykkar 67 ára konu með versnandi mæði við áreynslu og bjúg á ökklum síðustu tvo "
        "mánuði. Hún neitar brjóstverk. Röntgenmynd af lungum sýnir engin merki um lungnabólgu. "
        "Grunur um hjartabilun með varðveittu útfallsbroti – óska eftir mati og hjartaómun."
    )
    d.no("conditions", "brjóstverk", "negated")
    d.no("conditions", "lungnabólgu", "negated")
    d.no("conditions", "hjartabilun", "other", "suspected")
    d.title("Greiningar", 10)
    d.bullets(
        [
            "I48.0 Gáttatif, kastabundið",
            "I10 Háþrýstingur",
            "E03.9 Vanstarfsemi skjaldkirtils",
            "M81.0 Beinþynning",
            "N18.3 Langvinnur nýrnasjúkdómur, stig 3",
        ]
    )
    d.cond("Gáttatif, kastabundið", "active", "I48.0", ["paroxysmal atrial fibrillation"])
    d.cond("Háþrýstingur", "active", "I10", ["hypertension"])
    d.cond("Vanstarfsemi skjaldkirtils", "active", "E03.9", ["hypothyroidism"])
    d.cond("Beinþynning", "active", "M81.0", ["osteoporosis"])
    d.cond("Langvinnur nýrnasjúkdómur, stig 3", "active", "N18.3", ["chronic kidney disease stage 3"])
    d.para(
        "Fyrri saga: brjóstakrabbamein 2012, meðhöndlað með skurðaðgerð og geislum, engin endurkoma. "
        "Bróðir hennar greindist með hjartavöðvakvilla 55 ára. Ofnæmi: súlfalyf (útbrot), joðskuggaefni (ofsakláði)."
    )
    d.no("conditions", "brjóstakrabbamein", "historical")
    d.no("conditions", "hjartavöðvakvilla", "family")
    d.alg("súlfalyf", "útbrot")
    d.alg("joðskuggaefni", "ofsakláði")
    d.title("Lyf", 10)
    d.table(
        ["Lyf", "Styrkur", "Notkun"],
        [
            ["Eliquis (apixaban)", "5 mg", "1 tafla tvisvar á dag"],
            ["Seloken ZOC (metóprólól)", "50 mg", "1 tafla að morgni"],
            ["Enalapril", "10 mg", "1 tafla á dag"],
            ["Levaxin (levótýroxín)", "100 míkróg", "1 tafla fastandi að morgni"],
            ["Alendronat", "70 mg", "1 tafla einu sinni í viku"],
            ["Fúrósemíð", "40 mg", "1 tafla að morgni – nýtt frá 01.04.2025"],
            ["Íbúfen", "400 mg", "hætt 01.04.2025 (nýrnastarfsemi)"],
        ],
        [2.4, 1.2, 3.6],
    )
    d.med("apixaban", "Eliquis", "5", "mg", None, "tvisvar á dag")
    d.med("metóprólól", "Seloken ZOC", "50", "mg", None, "að morgni")
    d.med("Enalapril", None, "10", "mg", None, "1 tafla á dag")
    d.med("levótýroxín", "Levaxin", "100", "míkróg", None, "fastandi að morgni")
    d.med("Alendronat", None, "70", "mg", None, "einu sinni í viku")
    d.med("Fúrósemíð", None, "40", "mg", None, "að morgni", "new")
    d.med("Íbúfen", None, "400", "mg", None, None, "stopped")
    d.no("medications", "Íbúfen", "stopped")
    d.title("Rannsóknir " + d.d("2025-04-04"), 10)
    iso = "2025-04-04"
    rows = [
        ("NT-proBNP", [], "1840", "ng/L", "< 300", None, 300.0, "< 300", "H"),
        ("Hemóglóbín", ["Haemoglobin"], "124", "g/L", "118 – 152", 118.0, 152.0, None, ""),
        ("Kreatínín", ["Creatinine"], "104", "µmól/L", "50 – 90", 50.0, 90.0, None, "H"),
        ("eGFR", [], "47", "mL/mín/1,73m²", "> 60", 60.0, None, "> 60", "L"),
        ("Kalíum", ["Potassium"], "4,1", "mmól/L", "3,5 – 4,8", 3.5, 4.8, None, ""),
        ("Natríum", ["Sodium"], "136", "mmól/L", "137 – 145", 137.0, 145.0, None, "L"),
        ("TSH", ["Thyroid stimulating hormone"], "5,6", "mU/L", "0,3 – 4,2", 0.3, 4.2, None, "H"),
    ]
    d.table(["Rannsókn", "Niðurstaða", "Eining", "Viðmið", ""], labrows(d, rows, iso), [2, 1.1, 1.4, 1.2, 0.5])
    d.para("Skoðun: BÞ 148/86 mmHg, púls 92 óreglulegur, SpO2 94 %, þyngd 78 kg, hæð 164 cm.")
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.vit("heart_rate", "92", 92.0, None, None)
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.vit("weight", "78", 78.0, None, "kg")
    d.vit("height", "164", 164.0, None, "cm")
    d.para(
        "Spurningar: Er ástæða til að hefja SGLT2-hemil (empagliflozin)? Þarf að endurmeta skammt af Levaxin "
        "miðað við TSH?"
    )
    d.no("medications", "empagliflozin", "planned", "question to specialist")
    d.signature("Dr. Halldór Jónsson", "heimilislæknir, Heilsugæslan Ísafirði", hand=False)
    d.ensure(70)
    d.title("Viðbót (handskrifuð)", 9.5)
    d.hand_line(d.d("2025-04-09") + ":", "Ferritín 11 µg/L (viðm. 15–150) – lágt", 10.5)
    d.hand_line("", "D-vítamín 38 nmól/L – lágt", 10.5)
    d.lab("Ferritín", "11", "µg/L", 15.0, 150.0, None, "low", "2025-04-09", ["Ferritin"])
    d.lab("D-vítamín", "38", "nmól/L", None, None, None, None, "2025-04-09", ["25-hydroxyvitamin D"])
    return d


# ---------------------------------------------------------------------------- 09 Funen
@document
def d09():
    d = Doc(
        9,
        "funen_cardiology_report",
        "Funen (Denmark)",
        "medical_record",
        "specialist report (cardiology outpatient note, lab table, advice to the patient)",
        "d-m-Y",
        lang="Danish",
        comma=True,
    )
    d.letterhead(
        "Odense Universitetshospital",
        ["Hjertemedicinsk Ambulatorium B", "J.B. Winsløws Vej 4, 5000 Odense C"],
        right=["AMBULANT NOTAT", "Kardiologisk kontrol"],
        color=(0.05, 0.2, 0.45),
    )
    d.kv(
        [
            ("Patient:", "Jens Peter Kristensen"),
            ("CPR-nr.:", "110349-2317"),
            ("Dato:", "12-03-2025"),
            ("Henvist af:", "Læge Mette Holm, Svendborg"),
        ],
        lw=70,
    )
    d.title("Diagnoser", 10)
    d.bullets(
        [
            "I25.1 Iskæmisk hjertesygdom",
            "I48.1 Persisterende atrieflimren",
            "E78.0 Hyperkolesterolæmi",
            "I10 Essentiel hypertension",
        ]
    )
    d.cond("Iskæmisk hjertesygdom", "active", "I25.1", ["ischaemic heart disease"])
    d.cond("Persisterende atrieflimren", "active", "I48.1", ["persistent atrial fibrillation"])
    d.cond("Hyperkolesterolæmi", "active", "E78.0", ["hypercholesterolaemia"])
    d.cond("Essentiel hypertension", "active", "I10", ["hypertension"])
    d.title("Anamnese og objektivt", 10)
    d.para(
        "75-årig mand, NSTEMI i februar 2024 behandlet med PCI af RCA. Ingen angina siden. "
        "Let åndenød ved trappegang. Bror død af aortadissektion som 68-årig. Kendt allergi over for penicillin "
        "(udslæt)."
    )
    d.no("conditions", "NSTEMI", "historical")
    d.no("conditions", "angina", "negated")
    d.no("conditions", "aortadissektion", "family")
    d.alg("penicillin", "udslæt")
    d.para("BT 132/78 mmHg, puls 68 uregelmæssig, vægt 84 kg, SAT 96 %.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, None)
    d.vit("weight", "84", 84.0, None, "kg")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.title("Blodprøver " + d.d("2025-03-10"), 10)
    iso = "2025-03-10"
    rows = [
        ("Hæmoglobin", ["Haemoglobin"], "8,0", "mmol/L", "8,3 – 10,5", 8.3, 10.5, None, "\u2193"),
        ("Kreatinin", ["Creatinine"], "118", "µmol/L", "60 – 105", 60.0, 105.0, None, "\u2191"),
        ("eGFR", [], "52", "mL/min/1,73 m²", "> 60", 60.0, None, "> 60", "\u2193"),
        ("Kalium", ["Potassium"], "4,4", "mmol/L", "3,5 – 4,6", 3.5, 4.6, None, ""),
        ("Natrium", ["Sodium"], "139", "mmol/L", "137 – 144", 137.0, 144.0, None, ""),
        ("LDL-kolesterol", ["LDL cholesterol"], "1,9", "mmol/L", "< 1,4", None, 1.4, "< 1,4", "\u2191"),
        ("HbA1c", [], "41", "mmol/mol", "< 48", None, 48.0, "< 48", ""),
    ]
    d.table(["Analyse", "Resultat", "Enhed", "Referenceinterval", ""], labrows(d, rows, iso), [2, 1, 1.3, 1.5, 0.5])
    d.title("Medicin", 10)
    d.table(
        ["Præparat", "Styrke", "Dosering", "Bemærkning"],
        [
            ["Eliquis (apixaban)", "5 mg", "1 tablet 2 gange dagligt", "fortsætter"],
            ["Bisoprolol", "5 mg", "1 tablet dagligt", "øget fra 2,5 mg i dag"],
            ["Atorvastatin", "80 mg", "1 tablet til natten", "fortsætter"],
            ["Ezetimib", "10 mg", "1 tablet dagligt", "ny i dag"],
            ["Amlodipin", "5 mg", "1 tablet dagligt", "fortsætter"],
            ["Pantoprazol", "20 mg", "1 tablet dagligt", "pauseret indtil gastroskopi"],
            ["Clopidogrel", "75 mg", "—", "seponeret 01-03-2025 (12 mdr. efter PCI)"],
        ],
        [2.4, 0.9, 2, 2.6],
    )
    d.med("apixaban", "Eliquis", "5", "mg", None, "2 gange dagligt")
    d.med("Bisoprolol", None, "5", "mg", None, "1 tablet dagligt", "changed")
    d.med("Atorvastatin", None, "80", "mg", None, "til natten")
    d.med("Ezetimib", None, "10", "mg", None, "1 tablet dagligt", "new")
    d.med("Amlodipin", None, "5", "mg", None, "1 tablet dagligt")
    d.med("Pantoprazol", None, "20", "mg", None, None, "held")
    d.med("Clopidogrel", None, "75", "mg", None, None, "stopped")
    d.no("medications", "Pantoprazol", "stopped", "paused until gastroscopy")
    d.no("medications", "Clopidogrel", "stopped")
    d.title("Vurdering og plan", 10)
    d.para(
        "Stabil iskæmisk hjertesygdom, frekvenskontrol af atrieflimren sufficient. LDL over målet: ezetimib "
        "tillægges. Er LDL fortsat over 1,4 om 3 måneder, overvejes PCSK9-hæmmer (Repatha). Hæmoglobin let "
        "nedsat – gastroskopi bestilt. Ekkokardiografi om 6 måneder."
    )
    d.no("medications", "Repatha", "planned", "conditional")
    d.title("Råd til dig som patient", 10)
    d.para(
        "Undgå smertestillende medicin som ibuprofen (Ipren), da det øger risikoen for blødning og kan forværre "
        "hjertesvigt. Søg læge, hvis du får sort afføring eller bliver svimmel.",
        8.8,
    )
    d.no("medications", "ibuprofen", "leaflet", "Ipren")
    d.no("conditions", "hjertesvigt", "leaflet")
    d.signature("Anne Marie Lund, overlæge", "Hjertemedicinsk Afdeling B, OUH", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Dalarna
@document
def d10():
    d = Doc(
        10,
        "dalarna_visitor_discharge_note",
        "Dalarna (Sweden)",
        "discharge_summary",
        "discharge note for a visiting patient (admission/discharge labs, held medicine, handwritten addendum)",
        "Y-m-d",
        lang="Swedish",
        comma=True,
    )
    d.letterhead(
        "Region Dalarna – Mora lasarett",
        ["Medicinkliniken, avdelning 31, Lasarettsvägen 35, 792 85 Mora", "Växel 0250-49 30 00"],
        right=["EPIKRIS", "Till patientens husläkare i hemlandet"],
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Patient:", "Pieter de Vries"),
            ("Födelsedatum:", "1958-11-02"),
            ("Inskriven:", "2025-02-14"),
            ("Utskriven:", "2025-02-19"),
            ("Hemort:", "Utrecht, Nederländerna"),
            ("Försäkring:", "EHIC 80528 0019 44"),
        ],
        lw=82,
    )
    d.title("Diagnoser", 10)
    d.bullets(
        [
            "J10.0 Influensa A med pneumoni",
            "E11.9 Diabetes mellitus typ 2",
            "I48.9 Förmaksflimmer",
            "N17.9 Akut njursvikt – återställd",
        ]
    )
    d.cond("Influensa A med pneumoni", "active", "J10.0", ["influenza A with pneumonia"])
    d.cond("Diabetes mellitus typ 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Förmaksflimmer", "active", "I48.9", ["atrial fibrillation"])
    d.no("conditions", "Akut njursvikt", "historical", "resolved during stay")
    d.title("Förlopp", 10)
    d.para(
        "66-årig holländsk man på skidsemester i Sälen, inkommer med feber, hosta och tilltagande andfåddhet. "
        "Influensa A påvisad med PCR, lungröntgen visar pneumoni i höger underlob. Behandlad med Tamiflu 75 mg x 2 "
        "(avslutad 2025-02-18) samt bensylpenicillin 3 g x 3 intravenöst i tre dygn, därefter peroral "
        "fortsättning. Ingen misstanke om lungemboli. Vid ankomst akut njursvikt, som hävdes med vätska; metformin "
        "har gjorts uppehåll med. Allergi: jordnötter (anafylaxi)."
    )
    d.no("medications", "Tamiflu", "other", "course completed on the ward")
    d.no("medications", "bensylpenicillin", "other", "IV on the ward")
    d.no("conditions", "lungemboli", "negated")
    d.alg("jordnötter", "anafylaxi")
    d.title("Laboratorieprover", 10)
    tab = cumul(
        d,
        [
            ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["148 H", "22 H"]),
            ("LPK", ["White cell count"], "x10⁹/L", "3,5 – 8,8", 3.5, 8.8, None, ["11,6 H", "7,2"]),
            ("Hb", ["Haemoglobin"], "g/L", "134 – 170", 134.0, 170.0, None, ["141", "132 L"]),
            ("Natrium", ["Sodium"], "mmol/L", "137 – 145", 137.0, 145.0, None, ["133 L", "138"]),
            ("Kreatinin", ["Creatinine"], "µmol/L", "60 – 105", 60.0, 105.0, None, ["168 H", "98"]),
            ("Glukos", ["Glucose"], "mmol/L", "4,0 – 6,0", 4.0, 6.0, None, ["14,2 H", "8,1 H"]),
        ],
        ["2025-02-14", "2025-02-19"],
    )
    d.table(
        ["Analys", "Inskrivning " + d.d("2025-02-14"), "Utskrivning " + d.d("2025-02-19"), "Enhet", "Referens"],
        tab,
        [1.6, 1.7, 1.7, 1.1, 1.3],
    )
    d.para("Vid utskrivning: BT 128/74 mmHg, puls 76, andningsfrekvens 16, saturation 95 %, temp 37,1 °C.")
    d.vit("blood_pressure", "128/74", 128.0, 74.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, None)
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("temperature", "37,1", 37.1, None, "°C")
    d.title("Läkemedel vid utskrivning", 10)
    d.bullets(
        [
            "Amoxicillin 750 mg x 3 peroralt i ytterligare 5 dagar (ny)",
            "Lantus (insulin glargin) 10 E subkutant till kvällen (ny)",
            "Metoprolol 50 mg x 1 (oförändrad)",
            "Eliquis (apixaban) 5 mg x 2 (oförändrad)",
            "Paracetamol 1 g vid behov, högst 4 g/dygn",
            "Metformin 1000 mg x 2: uppehåll tills kreatinin kontrollerats hos husläkaren",
        ]
    )
    d.med("Amoxicillin", None, "750", "mg", "peroralt", "x 3", "new")
    d.med("insulin glargin", "Lantus", "10", "E", "subkutant", "till kvällen", "new")
    d.med("Metoprolol", None, "50", "mg", None, "x 1")
    d.med("apixaban", "Eliquis", "5", "mg", None, "x 2")
    d.med("Paracetamol", None, "1", "g", None, "vid behov")
    d.med("Metformin", None, "1000", "mg", None, None, "held")
    d.no("medications", "Metformin", "stopped", "held until creatinine check")
    d.para("Vaccination mot pneumokocker rekommenderas efter hemkomst.")
    d.no("immunizations", "Vaccination mot pneumokocker", "due")
    d.signature("Leg. läkare Karin Dahlström", "ST-läkare, Medicinkliniken Mora", hand=False)
    d.title("Tillägg (handskrivet)", 9.5)
    d.hand_line(d.d("2025-02-18") + ":", "Blododling x 2: negativ", 10.5)
    d.hand_line("", "NT-proBNP 412 ng/L (ref < 300) – förhöjt", 10.5)
    d.lab("Blododling", "negativ", None, None, None, None, None, "2025-02-18", ["Blood culture"])
    d.lab("NT-proBNP", "412", "ng/L", None, 300.0, "< 300", "high", "2025-02-18")
    return d


# ---------------------------------------------------------------------------- 11 South Carolina
@document
def d11():
    d = Doc(
        11,
        "south_carolina_neurology_letter",
        "United States (South Carolina)",
        "medical_record",
        "specialist consultation letter (neurology, two-date lab table)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Lowcountry Neurology Associates",
        ["1480 Ashley River Rd, Suite 300, Charleston, SC 29407", "Phone (843) 556-7100  Fax (843) 556-7109"],
        right=["NEUROLOGY CONSULTATION", "Date of service: 03/12/2025"],
        color=(0.25, 0.1, 0.45),
    )
    d.kv(
        [
            ("Patient:", "Raymond E. Gadsden"),
            ("DOB:", "07/02/1961"),
            ("MRN:", "LNA-220418"),
            ("Referring:", "Tamika Brown, MD (Internal Medicine)"),
        ],
        lw=70,
    )
    d.para("Dear Dr. Brown,")
    d.para(
        "Thank you for referring Mr. Gadsden, a 63-year-old right-handed man, for evaluation of transient right-hand "
        "weakness and word-finding difficulty lasting about 20 minutes on 02/26/2025, consistent with a left "
        "hemispheric TIA. There was no headache and no loss of consciousness. He had a left ankle fracture in 2018 "
        "that healed without problems. His father had a stroke at 70 and his mother had Alzheimer's dementia. He quit "
        "smoking in 2010 (30 pack-years)."
    )
    d.no("conditions", "headache", "negated")
    d.no("conditions", "ankle fracture", "historical")
    d.no("conditions", "stroke", "family", "father")
    d.no("conditions", "Alzheimer's dementia", "family", "mother")
    d.title("Assessment", 10.5)
    d.bullets(
        [
            "Transient ischemic attack, left hemisphere (G45.9)",
            "Symptomatic left internal carotid artery stenosis, 50-69% (I65.22)",
            "Essential hypertension (I10)",
            "Hyperlipidemia (E78.5)",
            "Type 2 diabetes mellitus (E11.9)",
            "Peripheral neuropathy (G62.9)",
        ]
    )
    d.cond("Transient ischemic attack, left hemisphere", "active", "G45.9")
    d.cond("Symptomatic left internal carotid artery stenosis", "active", "I65.22")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Hyperlipidemia", "active", "E78.5")
    d.cond("Type 2 diabetes mellitus", "active", "E11.9")
    d.cond("Peripheral neuropathy", "active", "G62.9")
    d.title("Allergies", 10.5)
    d.para("Lisinopril (angioedema); codeine (nausea); shellfish (hives).")
    d.alg("Lisinopril", "angioedema")
    d.alg("codeine", "nausea")
    d.alg("shellfish", "hives")
    d.title("Examination", 10.5)
    d.para(
        "BP 146/88 mmHg (left arm), HR 74 bpm regular, RR 16/min, SpO2 98% on room air, weight 198 lb, height 70 in, "
        "BMI 28.4 kg/m2. Alert, speech fluent today. Strength 5/5 throughout, reflexes symmetric, reduced "
        "vibration sense at both ankles. Left carotid bruit."
    )
    d.vit("blood_pressure", "146/88", 146.0, 88.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, "bpm")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "198", 198.0, None, "lb")
    d.vit("height", "70", 70.0, None, "in")
    d.vit("bmi", "28.4", 28.4, None, "kg/m2")
    d.title("Laboratory data", 10.5)
    tab = cumul(
        d,
        [
            ("LDL cholesterol", [], "mg/dL", "<100", None, 100.0, "<100", ["142 H", "118 H"]),
            ("Hemoglobin A1c", ["HbA1c"], "%", "4.0-5.6", 4.0, 5.6, None, ["7.4 H", "\u2014"]),
            ("Glucose", [], "mg/dL", "70-99", 70.0, 99.0, None, ["168 H", "121 H"]),
            ("Creatinine", [], "mg/dL", "0.74-1.35", 0.74, 1.35, None, ["1.02", "0.98"]),
            ("Vitamin B12", [], "pg/mL", "232-1245", 232.0, 1245.0, None, ["\u2014", "198 L"]),
            ("TSH", ["Thyroid stimulating hormone"], "uIU/mL", "0.45-4.50", 0.45, 4.5, None, ["\u2014", "2.10"]),
        ],
        ["2025-02-26", "2025-03-12"],
    )
    d.table(["Test", "02/26/2025 (ED)", "03/12/2025", "Units", "Reference"], tab, [2.2, 1.3, 1.2, 1.1, 1.2])
    d.para("Lipoprotein(a) was drawn today and is pending. CT angiography of the neck (02/26/2025): 60% left ICA stenosis.", 9)
    d.no("labs", "Lipoprotein(a)", "other", "pending")
    d.title("Current medications", 10.5)
    d.bullets(
        [
            "Aspirin 81 mg by mouth daily - new since 02/26/2025",
            "Clopidogrel 75 mg by mouth daily for 21 days, then stop - started 02/26/2025",
            "Atorvastatin 80 mg by mouth at bedtime - increased from 20 mg",
            "Amlodipine 10 mg by mouth daily",
            "Losartan 50 mg by mouth daily",
            "Metformin 1000 mg by mouth twice daily",
            "Gabapentin 300 mg by mouth at bedtime",
            "Meloxicam 15 mg - stopped 02/26/2025",
        ]
    )
    d.med("Aspirin", None, "81", "mg", "by mouth", "daily", "new")
    d.med("Clopidogrel", None, "75", "mg", "by mouth", "daily for 21 days", "new")
    d.med("Atorvastatin", None, "80", "mg", "by mouth", "at bedtime", "changed")
    d.med("Amlodipine", None, "10", "mg", "by mouth", "daily")
    d.med("Losartan", None, "50", "mg", "by mouth", "daily")
    d.med("Metformin", None, "1000", "mg", "by mouth", "twice daily")
    d.med("Gabapentin", None, "300", "mg", "by mouth", "at bedtime")
    d.med("Meloxicam", None, "15", "mg", None, None, "stopped")
    d.no("medications", "Meloxicam", "stopped")
    d.run_header = "Raymond E. Gadsden - DOB 07/02/1961 - Neurology consultation 03/12/2025"
    d.ensure(120)
    d.title("Plan", 10.5)
    d.para(
        "1. Referral to vascular surgery for carotid endarterectomy evaluation within 2 weeks. 2. MRI brain with and "
        "without contrast and a 30-day ambulatory cardiac monitor have been ordered. 3. If vitamin B12 remains low on "
        "repeat testing, start cyanocobalamin 1000 mcg daily. 4. Blood pressure goal below 130/80 after "
        "revascularization. 5. He received the influenza vaccine at CVS on 10/04/2024; pneumococcal vaccine (PCV20) "
        "is due and can be given by your office."
    )
    d.no("medications", "cyanocobalamin", "planned", "conditional")
    d.imm("influenza vaccine", "2024-10-04", None, None, None)
    d.no("immunizations", "PCV20", "due")
    d.para("He was advised not to drive for one month. I will see him again after the vascular surgery review.")
    d.para("Sincerely,")
    d.signature("Caroline Beaufort, MD", "Vascular Neurology", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 West Virginia
@document
def d12():
    d = Doc(
        12,
        "west_virginia_urology_referral",
        "United States (West Virginia)",
        "medical_record",
        "referral letter (urology, handwritten addendum)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Greenbrier Valley Family Medicine",
        ["1100 Maplewood Ave, Ronceverte, WV 24970", "Tel (304) 647-5120  Fax (304) 647-5128"],
        right=["REFERRAL", "Urology - urgent (2 weeks)"],
        color=(0.15, 0.3, 0.2),
    )
    d.kv(
        [
            ("To:", "Mountain State Urology, Beckley"),
            ("Date:", "05/06/2025"),
            ("Patient:", "Harold J. Persinger"),
            ("DOB:", "10/19/1948"),
        ],
        lw=60,
    )
    d.para("Dear colleague,")
    d.para(
        "I am referring Mr. Persinger, 76, with painless visible hematuria for two weeks. He has no flank pain or "
        "dysuria. He is a retired coal miner who smoked 40 pack-years and quit in 2005. He had a TURP in 2016 for "
        "BPH with good result. His brother was treated for bladder cancer."
    )
    d.no("conditions", "flank pain", "negated")
    d.no("conditions", "TURP", "historical")
    d.no("conditions", "bladder cancer", "family")
    d.title("Problem list", 10.5)
    d.bullets(
        [
            "Gross hematuria (R31.0)",
            "Chronic obstructive pulmonary disease (J44.9)",
            "Coal workers' pneumoconiosis (J60)",
            "Permanent atrial fibrillation (I48.21)",
            "Chronic kidney disease stage 3a (N18.31)",
            "Benign prostatic hyperplasia (N40.0)",
        ]
    )
    d.cond("Gross hematuria", "active", "R31.0")
    d.cond("Chronic obstructive pulmonary disease", "active", "J44.9")
    d.cond("Coal workers' pneumoconiosis", "active", "J60")
    d.cond("Permanent atrial fibrillation", "active", "I48.21")
    d.cond("Chronic kidney disease stage 3a", "active", "N18.31")
    d.cond("Benign prostatic hyperplasia", "active", "N40.0")
    d.title("Medications", 10.5)
    d.table(
        ["Medication", "Dose", "Directions", "Note"],
        [
            ["Warfarin (Coumadin)", "5 mg", "daily except 2.5 mg Mon/Fri", "INR goal 2-3; please advise on hold for cystoscopy"],
            ["Tiotropium (Spiriva HandiHaler)", "18 mcg", "1 capsule inhaled daily", ""],
            ["Albuterol HFA", "90 mcg", "2 puffs every 6 hours as needed", ""],
            ["Tamsulosin", "0.4 mg", "daily at bedtime", ""],
            ["Diltiazem ER", "180 mg", "daily", ""],
            ["Finasteride", "5 mg", "-", "STOPPED 04/2025 (patient preference)"],
        ],
        [2.4, 0.8, 2.2, 2.6],
    )
    d.med("Warfarin", "Coumadin", "5", "mg", None, "daily except 2.5 mg Mon/Fri")
    d.med("Tiotropium", "Spiriva HandiHaler", "18", "mcg", "inhaled", "daily")
    d.med("Albuterol HFA", None, "90", "mcg", None, "every 6 hours as needed")
    d.med("Tamsulosin", None, "0.4", "mg", None, "daily at bedtime")
    d.med("Diltiazem ER", None, "180", "mg", None, "daily")
    d.med("Finasteride", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Finasteride", "stopped")
    d.para("Allergies: iodinated contrast (hives) - needs premedication; latex (rash).")
    d.alg("iodinated contrast", "hives")
    d.alg("latex", "rash")
    d.para("Today: BP 138/82, pulse 84 irregular, weight 181 lb, SpO2 93% on room air.")
    d.vit("blood_pressure", "138/82", 138.0, 82.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("weight", "181", 181.0, None, "lb")
    d.vit("oxygen_saturation", "93", 93.0, None, "%")
    d.title("Recent results (04/29/2025)", 10.5)
    iso = "2025-04-29"
    rows = [
        ("RBC, urine", ["Urine red cells"], "40-60", "/hpf", "0-2", 0.0, 2.0, None, "H", None),
        ("Hemoglobin", [], "12.1", "g/dL", "13.2-16.6", 13.2, 16.6, None, "L"),
        ("Creatinine", [], "1.48", "mg/dL", "0.76-1.27", 0.76, 1.27, None, "H"),
        ("eGFR", [], "48", "mL/min/1.73m2", ">59", 59.0, None, ">59", "L"),
        ("PSA, total", ["Prostate specific antigen"], "3.2", "ng/mL", "0.0-4.0", 0.0, 4.0, None, ""),
        ("INR", ["International normalised ratio"], "2.6", None, "2.0-3.0", 2.0, 3.0, None, ""),
        ("Urine culture", [], "No growth", None, "", None, None, None, ""),
    ]
    d.table(["Test", "Result", "Units", "Reference", "Flag"], labrows(d, rows, iso), [2.4, 1.1, 1.2, 1.2, 0.6])
    d.para(
        "Please let me know how long warfarin should be held before cystoscopy; if you prefer bridging, I can "
        "arrange enoxaparin from our office."
    )
    d.no("medications", "enoxaparin", "planned", "conditional")
    d.signature("Wendy L. Bostic, MD", "Family Medicine")
    d.ensure(90)
    d.title("Addendum", 10)
    d.hand_line(d.d("2025-05-08"), "Hgb recheck 11.8 (nl 13.2-16.6) - low", 11)
    d.hand_line("", "Urine cytology sent - result pending", 11)
    d.hand_line("", "Prevnar 20 given today, lot LT4419, L deltoid", 11)
    d.lab("Hgb", "11.8", None, 13.2, 16.6, None, "low", "2025-05-08", ["Hemoglobin"])
    d.no("labs", "Urine cytology", "other", "pending")
    d.imm("Prevnar 20", "2025-05-08", None, "LT4419", None)
    return d


# ---------------------------------------------------------------------------- 13 South Bohemia
@document
def d13():
    d = Doc(
        13,
        "south_bohemia_discharge_summary",
        "South Bohemian Region (Czechia)",
        "discharge_summary",
        "hospital discharge summary (COPD exacerbation, admission/discharge labs, stopped and held medicines, patient leaflet page)",
        "d.m.Y",
        lang="Czech",
        comma=True,
    )
    d.letterhead(
        "Nemocnice České Budějovice, a.s.",
        ["Interní oddělení, B. Němcové 585/54, 370 01 České Budějovice", "tel. 387 871 111"],
        right=["PROPOUŠTĚCÍ ZPRÁVA", "Č. hospitalizace 2025/012247"],
        color=(0.05, 0.3, 0.45),
    )
    d.kv(
        [
            ("Pacient:", "Václav Novotný"),
            ("Rodné číslo:", "471105/118"),
            ("Přijat:", "07.01.2025"),
            ("Propuštěn:", "15.01.2025"),
            ("Ošetřující lékař:", "MUDr. Lucie Marešová"),
            ("Praktický lékař:", "MUDr. K. Brabec, Tábor"),
        ],
        lw=102,
    )
    d.title("Diagnózy", 10)
    d.bullets(
        [
            "J44.1 CHOPN s akutní exacerbací",
            "J96.0 Akutní respirační insuficience – zvládnutá",
            "I50.0 Chronické srdeční selhání",
            "E11.9 Diabetes mellitus 2. typu na PAD",
            "N40 Benigní hyperplazie prostaty",
        ]
    )
    d.cond("CHOPN s akutní exacerbací", "active", "J44.1", ["COPD with acute exacerbation"])
    d.no("conditions", "Akutní respirační insuficience", "historical", "resolved during stay")
    d.cond("Chronické srdeční selhání", "active", "I50.0", ["chronic heart failure"])
    d.cond("Diabetes mellitus 2. typu", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Benigní hyperplazie prostaty", "active", "N40", ["benign prostatic hyperplasia"])
    d.title("Anamnéza", 10)
    d.para(
        "78letý muž, kuřák (50 balíčkoroků), přijat pro progredující dušnost a kašel s purulentní expektorací. "
        "V anamnéze TBC plic 1968, vyléčená. Otec zemřel na karcinom plic. Alergie: ciprofloxacin (kopřivka), "
        "penicilin (otok rtů)."
    )
    d.no("conditions", "TBC plic", "historical")
    d.no("conditions", "karcinom plic", "family")
    d.alg("ciprofloxacin", "kopřivka")
    d.alg("penicilin", "otok rtů")
    d.title("Průběh hospitalizace", 10)
    d.para(
        "Léčen oxygenoterapií, nebulizacemi bronchodilatancií, methylprednisolonem 40 mg i.v. po dobu 5 dnů "
        "a doxycyklinem p.o. Pro hyperglykémie po kortikoidech přechodně inzulin dle "
        "glykémií, gliklazid přerušen. Dechová rehabilitace. Očkování proti pneumokokům pacient odmítl."
    )
    d.no("medications", "methylprednisolonem", "other", "IV on the ward")
    d.no("medications", "doxycyklinem", "other", "course on the ward")
    d.no("medications", "inzulin", "other", "on the ward only")
    d.no("immunizations", "Očkování proti pneumokokům", "other", "declined")
    d.title("Laboratorní výsledky", 10)
    tab = cumul(
        d,
        [
            ("CRP", ["C-reactive protein"], "mg/l", "0 – 5", 0.0, 5.0, None, ["86 H", "9 H"]),
            ("Leukocyty", ["White cell count"], "10⁹/l", "4,0 – 10,0", 4.0, 10.0, None, ["13,8 H", "9,6"]),
            ("Hemoglobin", ["Haemoglobin"], "g/l", "135 – 175", 135.0, 175.0, None, ["158", "149"]),
            ("Glukóza", ["Glucose"], "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, ["12,4 H", "7,9 H"]),
            ("Kreatinin", ["Creatinine"], "µmol/l", "64 – 104", 64.0, 104.0, None, ["112 H", "96"]),
            ("Draslík", ["Potassium"], "mmol/l", "3,8 – 5,0", 3.8, 5.0, None, ["3,6 L", "4,3"]),
            ("NT-proBNP", [], "ng/l", "< 300", None, 300.0, "< 300", ["2140 H", "\u2014"]),
            ("pCO2 (arteriální)", ["Arterial pCO2"], "kPa", "4,7 – 6,0", 4.7, 6.0, None, ["6,9 H", "5,8"]),
        ],
        ["2025-01-07", "2025-01-14"],
    )
    d.table(
        ["Vyšetření", "Příjem " + d.d("2025-01-07"), "Kontrola " + d.d("2025-01-14"), "Jednotka", "Ref. meze"],
        tab,
        [2, 1.6, 1.7, 1, 1.2],
    )
    d.para("Stav při propuštění: TK 134/82 mmHg, P 88/min, SpO2 92 % bez O2, DF 18/min, TT 36,7 °C.")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "/min")
    d.vit("oxygen_saturation", "92", 92.0, None, "%")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("temperature", "36,7", 36.7, None, "°C")
    d.run_header = "Propouštěcí zpráva – Václav Novotný, RČ 471105/118 – Nemocnice České Budějovice, interní oddělení"
    d.newpage()
    d.title("Doporučená terapie", 10)
    d.table(
        ["Lék", "Dávkování", "Poznámka"],
        [
            ["Trimbow 87/5/9 µg inh.", "2 vdechy 2x denně", "nově"],
            ["Prednison 20 mg tbl.", "1-0-0 ještě 3 dny, pak vysadit", "nově"],
            ["Ventolin 100 µg inh.", "při dušnosti, max. 6x denně", "beze změny"],
            ["Furon 40 mg (furosemid)", "1-0-0", "beze změny"],
            ["Concor 5 mg (bisoprolol)", "1-0-0", "beze změny"],
            ["Metformin 850 mg", "1-0-1", "beze změny"],
            ["Omnic Tocas 0,4 mg (tamsulosin)", "0-0-1", "beze změny"],
            ["Berodual inh.", "—", "vysazen, nahrazen přípravkem Trimbow"],
            ["Gliklazid 60 mg", "— (přerušen)", "do kontroly glykémií u PL"],
        ],
        [2.8, 2.4, 2.6],
    )
    d.med("Trimbow", "Trimbow", "87/5/9", "µg", "inh.", "2 vdechy 2x denně", "new")
    d.meds[-1]["aliases"] = ["beclometasone/formoterol/glycopyrronium"]
    d.med("Prednison", None, "20", "mg", None, "1-0-0 ještě 3 dny", "new")
    d.med("Ventolin", "Ventolin", "100", "µg", "inh.", "při dušnosti, max. 6x denně")
    d.meds[-1]["aliases"] = ["salbutamol"]
    d.med("furosemid", "Furon", "40", "mg", None, "1-0-0")
    d.med("bisoprolol", "Concor", "5", "mg", None, "1-0-0")
    d.med("Metformin", None, "850", "mg", None, "1-0-1")
    d.med("tamsulosin", "Omnic Tocas", "0,4", "mg", None, "0-0-1")
    d.med("Berodual", "Berodual", None, None, "inh.", None, "stopped")
    d.med("Gliklazid", None, "60", "mg", None, None, "held")
    d.no("medications", "Berodual", "stopped")
    d.no("medications", "Gliklazid", "stopped", "held until glucose check")
    d.para(
        "Kontrola u praktického lékaře do 7 dnů (glykémie, draslík). Kontrola v plicní ambulanci za 6 týdnů se "
        "spirometrií. Očkování proti chřipce doporučeno na podzim."
    )
    d.no("immunizations", "Očkování proti chřipce", "due")
    d.signature("MUDr. Lucie Marešová", "sekundární lékař, interní oddělení", hand=False)
    d.signature("prim. MUDr. Tomáš Hořejší", "primář interního oddělení", hand=False)
    d.run_header = None
    d.newpage()
    d.title("POUČENÍ PRO PACIENTA – CHOPN a inhalační léčba", 11.5)
    d.para(
        "Inhalátor používejte pravidelně, i když se cítíte dobře. Po každé inhalaci si vypláchněte ústa vodou, "
        "aby nevznikla kvasinková infekce dutiny ústní (moučnivka)."
    )
    d.para(
        "Bez porady s lékařem neužívejte léky na spaní ani uklidnění, například diazepam, které mohou zhoršit "
        "dýchání. Nekuřte – kouření je hlavní příčinou zhoršování nemoci."
    )
    d.para("Při zhoršení dušnosti, horečce nebo změně barvy vykašlávaného hlenu kontaktujte svého lékaře.")
    d.no("conditions", "moučnivka", "leaflet")
    d.no("medications", "diazepam", "leaflet")
    return d


# ---------------------------------------------------------------------------- 14 Aukstaitija
@document
def d14():
    d = Doc(
        14,
        "aukstaitija_hospital_discharge_letter",
        "Aukštaitija (Lithuania)",
        "discharge_summary",
        "hospital discharge letter (NSTEMI, handwritten additions, patient advice page)",
        "Y-m-d",
        lang="Lithuanian",
        comma=True,
    )
    d.letterhead(
        "Respublikinė Panevėžio ligoninė",
        ["Kardiologijos skyrius, Smėlynės g. 25, LT-35144 Panevėžys", "Tel. (8 45) 50 70 00"],
        right=["IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ", "Forma Nr. 027/a"],
        color=(0.5, 0.1, 0.1),
    )
    d.kv(
        [
            ("Pacientas:", "Algirdas Petrauskas"),
            ("Asmens kodas:", "35703141122"),
            ("Atvyko:", "2025-03-03"),
            ("Išvyko:", "2025-03-10"),
        ],
        lw=92,
    )
    d.title("Diagnozės", 10)
    d.bullets(
        [
            "I21.4 Ūminis miokardo infarktas be ST pakilimo (NSTEMI)",
            "I11.9 Hipertenzinė širdies liga",
            "E78.0 Hipercholesterolemija",
            "E11.9 Cukrinis diabetas, 2 tipas",
        ]
    )
    d.cond("Ūminis miokardo infarktas be ST pakilimo", "active", "I21.4", ["NSTEMI"])
    d.cond("Hipertenzinė širdies liga", "active", "I11.9", ["hypertensive heart disease"])
    d.cond("Hipercholesterolemija", "active", "E78.0", ["hypercholesterolaemia"])
    d.cond("Cukrinis diabetas, 2 tipas", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.title("Anamnezė ir gydymo eiga", 10)
    d.para(
        "67 m. vyras atvyko dėl krūtinės skausmo ramybėje. Koronarografija: dešiniosios vainikinės arterijos stenozė "
        "90 %, atlikta PKI su vaistus išskiriančiu stentu. Plaučių embolija 2019 m., gydyta, be pasekmių. Motinai – "
        "insultas. Skyriuje skirta heparino infuzija i.v. Kairiojo skilvelio išstūmimo frakcija "
        "52 %. Alergijos: morfinas (vėmimas), penicilinas (dilgėlinė)."
    )
    d.no("conditions", "Plaučių embolija", "historical")
    d.no("conditions", "insultas", "family")
    d.no("medications", "heparino", "other", "IV on the ward")
    d.alg("morfinas", "vėmimas")
    d.alg("penicilinas", "dilgėlinė")
    d.title("Laboratoriniai tyrimai", 10)
    tab = cumul(
        d,
        [
            ("Troponinas I (hs)", ["High-sensitivity troponin I"], "ng/l", "< 26", None, 26.0, "< 26", ["1840 \u2191", "312 \u2191"]),
            ("Cholesterolis", ["Total cholesterol"], "mmol/l", "< 5,2", None, 5.2, "< 5,2", ["6,4 \u2191", "\u2014"]),
            ("MTL cholesterolis", ["LDL cholesterol"], "mmol/l", "< 1,4", None, 1.4, "< 1,4", ["4,1 \u2191", "\u2014"]),
            ("Hemoglobinas", ["Haemoglobin"], "g/l", "128 – 160", 128.0, 160.0, None, ["146", "139"]),
            ("Kreatininas", ["Creatinine"], "µmol/l", "62 – 106", 62.0, 106.0, None, ["94", "101"]),
            ("Kalis", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["4,0", "4,6"]),
            ("Gliukozė", ["Glucose"], "mmol/l", "3,9 – 6,1", 3.9, 6.1, None, ["9,8 \u2191", "6,9 \u2191"]),
        ],
        ["2025-03-03", "2025-03-09"],
    )
    d.table(["Tyrimas", d.d("2025-03-03"), d.d("2025-03-09"), "Vienetai", "Norma"], tab, [2, 1.3, 1.3, 1, 1.2])
    d.para("\u2191 – virš normos ribų.", 7.5)
    d.para("Išvykstant: AKS 124/76 mmHg, ŠSD 62 k./min, SpO2 97 %, temperatūra 36,6 °C.")
    d.vit("blood_pressure", "124/76", 124.0, 76.0, "mmHg")
    d.vit("heart_rate", "62", 62.0, None, "k./min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("temperature", "36,6", 36.6, None, "°C")
    d.title("Rekomenduojamas gydymas", 10)
    d.bullets(
        [
            "Brilique (tikagreloras) 90 mg: 1 tab. 2 k./d. 12 mėn. (naujas)",
            "Acetilsalicilo rūgštis 75 mg: 1 tab. 1 k./d. (naujas)",
            "Atorvastatinas 80 mg: 1 tab. vakare (naujas)",
            "Bisoprololis 5 mg: 1 tab. ryte",
            "Ramiprilis 5 mg: 1 tab. 1 k./d.",
            "Metforminas 1000 mg: 1 tab. 2 k./d.",
            "Diklofenakas – vartojimą nutraukti",
        ]
    )
    d.med("tikagreloras", "Brilique", "90", "mg", None, "2 k./d.", "new")
    d.med("Acetilsalicilo rūgštis", None, "75", "mg", None, "1 k./d.", "new")
    d.med("Atorvastatinas", None, "80", "mg", None, "vakare", "new")
    d.med("Bisoprololis", None, "5", "mg", None, "ryte")
    d.med("Ramiprilis", None, "5", "mg", None, "1 k./d.")
    d.med("Metforminas", None, "1000", "mg", None, "2 k./d.")
    d.med("Diklofenakas", None, None, None, None, None, "stopped")
    d.no("medications", "Diklofenakas", "stopped")
    d.title("Ranka įrašyta", 9.5)
    d.hand_line("", "Kontrolinė lipidograma po 6 sav. pas šeimos gydytoją", 10.5)
    d.hand_line("", "Svoris išvykstant 88 kg", 10.5)
    d.hand_line("", "Kardiologo konsultacija po 1 mėn.", 10.5)
    d.no("labs", "lipidograma", "planned")
    d.vit("weight", "88", 88.0, None, "kg")
    d.signature("Gyd. kardiologė Rasa Kazlauskienė", "Kardiologijos skyrius")
    d.newpage()
    d.title("PATARIMAI PACIENTUI – po miokardo infarkto", 11.5)
    d.para(
        "Nenutraukite Brilique vartojimo be kardiologo žinios – gali susidaryti stento trombozė. Venkite "
        "nesteroidinių vaistų nuo uždegimo, pvz., ibuprofeno (Ibumetin), nes jie didina kraujavimo riziką."
    )
    d.para(
        "Jei atsiranda juodos išmatos ar vėmimas krauju, nedelsdami kreipkitės – tai gali būti kraujavimas iš "
        "virškinamojo trakto. Krūtinės skausmui – nitroglicerinas po liežuviu; jei skausmas nepraeina per 5 min., "
        "kvieskite 112."
    )
    d.no("conditions", "stento trombozė", "leaflet")
    d.no("medications", "ibuprofeno", "leaflet", "Ibumetin")
    d.no("conditions", "kraujavimas iš virškinamojo trakto", "leaflet")
    d.no("medications", "nitroglicerinas", "leaflet")
    return d


# ---------------------------------------------------------------------------- 15 California
@document
def d15():
    d = Doc(
        15,
        "california_dka_discharge_scan",
        "United States (California)",
        "discharge_summary",
        "discharge summary (DKA and hypertriglyceridemic pancreatitis, 2 pages, scanned, handwritten notes)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": -1.3},
        size=letter,
    )
    d.letterhead(
        "Central Valley Community Hospital",
        ["Department of Medicine - Hospitalist Service", "2823 Fresno St, Fresno, CA 93721"],
        right=["DISCHARGE SUMMARY", "Acct 71-2209384"],
        color=(0.1, 0.3, 0.35),
    )
    d.kv(
        [
            ("Patient:", "Guadalupe R. Mendoza"),
            ("DOB:", "08/14/1971"),
            ("Admitted:", "02/10/2025"),
            ("Discharged:", "02/13/2025"),
            ("Attending:", "Samuel Okafor, MD"),
            ("PCP:", "Clinica Sierra Vista"),
        ],
        lw=72,
    )
    d.title("Diagnoses", 10.5)
    d.bullets(
        [
            "Diabetic ketoacidosis - resolved hospital day 2",
            "Type 2 diabetes mellitus with hyperglycemia (E11.65)",
            "Acute pancreatitis, hypertriglyceridemia-induced (K85.80)",
            "Hypertriglyceridemia (E78.1)",
            "Essential hypertension (I10)",
            "Hepatic steatosis (K76.0)",
        ]
    )
    d.no("conditions", "Diabetic ketoacidosis", "historical", "resolved during stay")
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65")
    d.cond("Acute pancreatitis, hypertriglyceridemia-induced", "active", "K85.80")
    d.cond("Hypertriglyceridemia", "active", "E78.1")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Hepatic steatosis", "active", "K76.0")
    d.title("Hospital course", 10.5)
    d.para(
        "53-year-old woman with type 2 diabetes on metformin and empagliflozin, admitted with abdominal pain, "
        "vomiting and glucose 612. Treated in the step-down unit with an insulin infusion and "
        "electrolyte replacement; anion gap closed on day 2 and she was moved to basal-bolus insulin. Lipase and "
        "triglycerides were markedly elevated; CT abdomen showed interstitial pancreatitis without necrosis and no "
        "gallstones. Her sister has type 1 diabetes."
    )
    d.no("medications", "insulin infusion", "other", "inpatient only")
    d.no("conditions", "gallstones", "negated")
    d.no("conditions", "type 1 diabetes", "family", "sister")
    d.para("Allergies: sulfa drugs (rash); lisinopril (cough).")
    d.alg("sulfa drugs", "rash")
    d.alg("lisinopril", "cough")
    d.title("Labs", 10.5)
    tab = cumul(
        d,
        [
            ("Glucose", [], "mg/dL", "70-99", 70.0, 99.0, None, ["612 H", "184 H"]),
            ("Anion gap", [], "mmol/L", "4-12", 4.0, 12.0, None, ["26 H", "10"]),
            ("Bicarbonate", [], "mmol/L", "22-29", 22.0, 29.0, None, ["9 L", "23"]),
            ("Beta-hydroxybutyrate", [], "mmol/L", "<0.4", None, 0.4, "<0.4", ["6.8 H", "0.3"]),
            ("Triglycerides", [], "mg/dL", "<150", None, 150.0, "<150", ["2,840 H", "612 H"]),
            ("Lipase", [], "U/L", "13-60", 13.0, 60.0, None, ["1,122 H", "212 H"]),
            ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["5.6 H", "3.9"]),
            ("Hemoglobin A1c", ["HbA1c"], "%", "4.0-5.6", 4.0, 5.6, None, ["13.2 H", "\u2014"]),
        ],
        ["2025-02-10", "2025-02-13"],
    )
    d.table(["Test", "02/10/2025", "02/13/2025", "Units", "Ref range"], tab, [2.2, 1.2, 1.2, 1, 1.2])
    d.para("Vitals at discharge: BP 132/80, HR 84, T 98.4 F, RR 16, SpO2 98% RA, weight 172 lb.")
    d.vit("blood_pressure", "132/80", 132.0, 80.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "172", 172.0, None, "lb")
    d.run_header = "Mendoza, Guadalupe R. - DOB 08/14/1971 - Discharge summary 02/13/2025"
    d.newpage()
    d.title("Discharge medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Insulin glargine (Lantus SoloStar) 100 units/mL", "24 units subcutaneously at bedtime", "NEW"],
            ["Insulin lispro (Humalog KwikPen) 100 units/mL", "6 units subcutaneously with meals", "NEW"],
            ["Fenofibrate 145 mg tablet", "145 mg by mouth daily", "NEW"],
            ["Omega-3 acid ethyl esters 1 g capsule", "2 g by mouth twice daily", "NEW"],
            ["Losartan 50 mg tablet", "50 mg by mouth daily", "Continue"],
            ["Metformin 1000 mg tablet", "-", "HOLD until PCP visit (kidney function)"],
            ["Empagliflozin (Jardiance) 25 mg", "-", "STOP - do not restart (DKA)"],
        ],
        [3, 3, 2.2],
    )
    d.med("Insulin glargine", "Lantus SoloStar", "24", "units", "subcutaneously", "at bedtime", "new")
    d.med("Insulin lispro", "Humalog KwikPen", "6", "units", "subcutaneously", "with meals", "new")
    d.med("Fenofibrate", None, "145", "mg", "by mouth", "daily", "new")
    d.med("Omega-3 acid ethyl esters", None, "2", "g", "by mouth", "twice daily", "new")
    d.med("Losartan", None, "50", "mg", "by mouth", "daily")
    d.med("Metformin", None, "1000", "mg", None, None, "held")
    d.med("Empagliflozin", "Jardiance", "25", "mg", None, None, "stopped")
    d.no("medications", "Metformin", "stopped", "held until PCP visit")
    d.no("medications", "Empagliflozin", "stopped")
    d.title("Immunizations", 10.5)
    d.para(
        "Influenza vaccine (Flucelvax) given 02/12/2025, lot 3P7741. Pneumococcal vaccine (PCV20) recommended at PCP "
        "follow-up. Hepatitis B series offered - patient declined."
    )
    d.imm("Influenza vaccine", "2025-02-12", None, "3P7741", "Flucelvax")
    d.no("immunizations", "PCV20", "due")
    d.no("immunizations", "Hepatitis B series", "other", "declined")
    d.title("Follow-up", 10.5)
    d.para(
        "PCP (Clinica Sierra Vista) in 1 week with BMP and fasting lipids. Diabetes education completed. Consider "
        "icosapent ethyl if triglycerides remain above 500 mg/dL despite fenofibrate. No alcohol."
    )
    d.no("medications", "icosapent ethyl", "planned", "conditional")
    d.signature("Samuel Okafor, MD", "Hospitalist", hand=False)
    d.gap(6)
    d.title("Notes", 10)
    d.hand_line("", "Diabetes educator saw pt 2/12 - teach-back OK, glucometer given", 11)
    d.hand_line(d.d("2025-02-12") + ":", "C-peptide 1.9 ng/mL (nl 1.1-4.4)", 11)
    d.hand_line("", "GAD-65 antibody sent - pending", 11)
    d.lab("C-peptide", "1.9", "ng/mL", 1.1, 4.4, None, "normal", "2025-02-12")
    d.no("labs", "GAD-65 antibody", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 16 Batangas
@document
def d16():
    d = Doc(
        16,
        "batangas_child_vaccination_card_scan",
        "Batangas (Philippines)",
        "immunization_record",
        "child vaccination record (barangay health station card, month/day/year, handwritten, scanned)",
        "m/d/Y",
        ext="png",
        scan={"dpi": 160, "angle": 1.9},
        lang="Tagalog",
    )
    d.letterhead(
        "Talaan ng Pagbabakuna ng Bata",
        ["Kagawaran ng Kalusugan – Rural Health Unit ng Rosario, Batangas", "Barangay Health Station, Brgy. San Roque"],
        color=(0.0, 0.35, 0.5),
    )
    d.kv(
        [
            ("Pangalan ng bata:", Hand("Althea Mae D. Macalindong")),
            ("Petsa ng kapanganakan:", Hand("03/25/2024")),
            ("Pangalan ng ina:", Hand("Rowena D. Macalindong")),
            ("Family Serial No.:", Hand("RSR-2024-0388")),
        ],
        cols=1,
        lw=140,
    )
    rows = [
        ("BCG", "2024-03-25", None, "BCG2311"),
        ("Hepatitis B (sa loob ng 24 oras)", "2024-03-25", None, "HB0942"),
        ("Pentavalent (DPT-HepB-Hib) 1", "2024-05-06", 1, "PV1187"),
        ("OPV 1", "2024-05-06", 1, "OP3305"),
        ("PCV 1", "2024-05-06", 1, "PC5521"),
        ("Pentavalent (DPT-HepB-Hib) 2", "2024-06-10", 2, "PV1240"),
        ("OPV 2", "2024-06-10", 2, "OP3388"),
        ("PCV 2", "2024-06-10", 2, "PC5590"),
        ("Pentavalent (DPT-HepB-Hib) 3", "2024-07-15", 3, "PV1302"),
        ("OPV 3", "2024-07-15", 3, "OP3412"),
        ("IPV 1", "2024-07-15", 1, "IP0716"),
        ("PCV 3", "2024-07-15", 3, "PC5637"),
        ("IPV 2", "2024-12-27", 2, "IP0831"),
        ("MR 1 (Measles-Rubella)", "2024-12-27", 1, "MR2209"),
    ]
    tab = []
    for vac, iso, n, lot in rows:
        tab.append([vac, Hand(d.d(iso)), Hand(lot), Hand("RN")])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("MGA BAKUNANG NATANGGAP", 11)
    d.table(["Bakuna / dosis", "Petsa (buwan/araw/taon)", "Lot No.", "Lagda"], tab, [3.4, 1.9, 1.3, 0.8], size=8.4)
    d.title("Mga Tala", 10)
    d.hand_line("", "Rotavirus – walang stock, hindi nabigyan (05/06/2024)", 10.5)
    d.hand_line("", "Bakuna kontra trangkaso – tumanggi ang magulang", 10.5)
    d.hand_line("", "JE (Japanese encephalitis) – sa 12 buwan", 10.5)
    d.hand_line("12/27/2024:", "Vitamin A 100,000 IU binigay", 10.5)
    d.hand_line("12/27/2024:", "timbang 8.1 kg, haba 70 cm", 10.5)
    d.no("immunizations", "Rotavirus", "other", "out of stock")
    d.no("immunizations", "Bakuna kontra trangkaso", "other", "parent declined")
    d.no("immunizations", "JE (Japanese encephalitis)", "due")
    d.no("medications", "Vitamin A", "other", "single dose at the health station")
    d.vit("weight", "8.1", 8.1, None, "kg")
    d.vit("height", "70", 70.0, None, "cm")
    d.hand_line("Health worker:", "Rosalie Manalo, RN (PHN)", 10.5)
    return d


# ---------------------------------------------------------------------------- 17 Gipuzkoa
@document
def d17():
    d = Doc(
        17,
        "gipuzkoa_vaccination_registry",
        "Gipuzkoa (Basque Country)",
        "immunization_record",
        "regional vaccination registry print-out (adult; scheduled, refused, not indicated, immune)",
        "Y/m/d",
        lang="Basque",
    )
    d.letterhead(
        "Osakidetza – Euskadiko Txertaketa Erregistroa",
        ["Lehen Mailako Arreta – Zarautzeko osasun-zentroa", "Gipuzkoako Erakunde Sanitario Integratua"],
        right=["TXERTAKETA-ZIURTAGIRIA", "Inprimatze-data: 2025/04/22"],
        size=12,
        color=(0.55, 0.1, 0.1),
    )
    d.kv(
        [
            ("Pazientea:", "Miren Etxeberria Arrieta"),
            ("TIS zk.:", "ETAR 620318 GI"),
            ("Jaiotze-urtea:", "1962"),
            ("Familia-medikua:", "Iñaki Zubizarreta"),
        ],
        lw=95,
    )
    rows = [
        ("Tetanosa-difteria (Td), oroigarria", "2018-05-14", None, "TD8817", None),
        ("B hepatitisa, 1. dosia", "2020-01-13", 1, "HB2231", "Engerix-B"),
        ("B hepatitisa, 2. dosia", "2020-02-17", 2, "HB2290", "Engerix-B"),
        ("B hepatitisa, 3. dosia", "2020-07-20", 3, "HB2518", "Engerix-B"),
        ("COVID-19 (XBB.1.5)", "2023-11-06", None, "CV3377", "Comirnaty"),
        ("Pneumokokoa (VNC20), dosi bakarra", "2024-10-28", None, "PN5572", "Prevenar 20"),
        ("Gripea, 2024-2025 denboraldia", "2024-10-28", None, "FL9014", "Flucelvax"),
        ("COVID-19 (JN.1)", "2024-10-28", None, "CV4120", "Comirnaty"),
        ("Herpes zosterra (HZ/su), 1. dosia", "2025-02-03", 1, "SZ0412", "Shingrix"),
    ]
    tab = []
    for vac, iso, n, lot, br in rows:
        tab.append([vac, d.d(iso), br or "—", lot, "Emana"])
        d.imm(vac, iso, n, lot, br, amb=_amb(d.style, iso))
    d.title("Emandako txertoak", 10.5)
    d.table(["Txertoa / dosia", "Data", "Prestakina", "Sorta", "Egoera"], tab, [3.2, 1.1, 1.3, 1, 0.9])
    d.title("Programatutako edo eman gabeko txertoak", 10.5)
    d.table(
        ["Txertoa", "Egoera", "Oharra"],
        [
            ["Herpes zosterra (HZ/su), 2. dosia", "Programatua", "hitzordua 2025/04/28"],
            ["A hepatitisa", "Ez dago adierazita", "bidaiarik ez, arrisku-faktorerik ez"],
            ["Barizela", "Ez da behar", "barizela pasatua haurtzaroan"],
            ["RSV txertoa", "Uko egina", "pazienteak uko egin dio 2024/10/28"],
            ["Gripea, 2025-2026 denboraldia", "Programatua", "urrian"],
        ],
        [2.8, 1.5, 3.2],
    )
    d.no("immunizations", "A hepatitisa", "other", "not indicated")
    d.no("immunizations", "Barizela", "other", "not needed, had the disease")
    d.no("conditions", "barizela pasatua", "historical")
    d.no("immunizations", "RSV txertoa", "other", "refused")
    d.para(
        "Euskadiko Txertaketa Erregistroko datuak. Ziurtagiri hau ez da baliozkoa nazioarteko bidaietarako "
        "osasun-langilearen sinadurarik eta zigilurik gabe.",
        8,
    )
    return d


# ---------------------------------------------------------------------------- 18 New Jersey
@document
def d18():
    d = Doc(
        18,
        "new_jersey_njiis_immunization_record",
        "United States (New Jersey)",
        "immunization_record",
        "state immunization registry print (nursing program clearance, titer, refusal, forecast)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "New Jersey Immunization Information System (NJIIS)",
        ["New Jersey Department of Health - Vaccine Preventable Disease Program", "PO Box 369, Trenton, NJ 08625-0369"],
        right=["OFFICIAL IMMUNIZATION RECORD", "Printed 08/05/2025"],
        size=10.5,
        color=(0.1, 0.25, 0.45),
    )
    d.kv(
        [
            ("Name:", "Jasmine T. Okonkwo"),
            ("DOB:", "05/19/2003"),
            ("NJIIS ID:", "NJ-40558172"),
            ("Purpose:", "Nursing program clinical clearance"),
        ],
        lw=60,
    )
    rows = [
        ("Hep B", "2003-05-20", 1, "Recombivax HB", "0671N"),
        ("Hep B", "2003-07-01", 2, "Recombivax HB", "0815N"),
        ("Hep B", "2003-11-18", 3, "Recombivax HB", "1287N"),
        ("MMR", "2004-06-02", 1, "M-M-R II", "0933P"),
        ("MMR", "2008-05-21", 2, "M-M-R II", "1761U"),
        ("Varicella", "2004-06-02", 1, "Varivax", "0418P"),
        ("Tdap", "2014-06-10", None, "Adacel", "C4513AA"),
        ("HPV9", "2014-06-10", 1, "Gardasil 9", "K008825"),
        ("HPV9", "2014-12-15", 2, "Gardasil 9", "K013390"),
        ("MenACWY", "2014-06-10", 1, "Menactra", "U4878AA"),
        ("MenACWY", "2019-08-01", 2, "Menveo", "M19044"),
        ("Influenza, injectable", "2024-09-26", None, "Afluria", "P100277"),
        ("COVID-19, mRNA", "2024-10-02", None, "Spikevax", "AS3301B"),
    ]
    tab = []
    for vac, iso, n, br, lot in rows:
        tab.append([vac, d.d(iso), str(n) if n else ("Booster" if vac == "Tdap" else "-"), br, lot, "NJ provider"])
        d.imm(vac, iso, n, lot, br)
    d.title("Immunization history", 10.5)
    d.table(["Vaccine", "Date given", "Dose", "Trade name", "Lot", "Source"], tab, [2.3, 1.1, 0.7, 1.4, 1.1, 1.3], size=8)
    d.title("Titers / evidence of immunity", 10.5)
    d.table(
        ["Test", "Result", "Reference", "Date", "Interpretation"],
        [
            ["Anti-HBs (hepatitis B surface antibody)", "86 mIU/mL", ">=10", "03/11/2025", "Immune"],
            ["Varicella IgG", "Positive", "Positive = immune", "03/11/2025", "Immune (second dose not required)"],
        ],
        [2.6, 1.1, 1.2, 1, 2],
        size=8,
    )
    d.lab("Anti-HBs", "86", "mIU/mL", 10.0, None, ">=10", "normal", "2025-03-11", ["Hepatitis B surface antibody"])
    d.lab("Varicella IgG", "Positive", None, None, None, "Positive = immune", "normal", "2025-03-11")
    d.title("Exemptions / refusals", 10.5)
    d.table(
        ["Vaccine", "Type", "Date"],
        [
            ["Hepatitis A", "Refusal - personal", "04/02/2015"],
            ["Polio (IPV)", "Presumed immune - childhood doses given outside the US, record not available", "06/02/2004"],
        ],
        [1.8, 4.2, 1.2],
        size=8,
    )
    d.no("immunizations", "Hepatitis A", "other", "refused")
    d.no("immunizations", "Polio (IPV)", "other", "presumed immune")
    d.title("Forecast (ACIP schedule)", 10.5)
    d.table(
        ["Vaccine", "Status", "Earliest date", "Due date"],
        [
            ["Influenza 2025-2026", "Not yet due", "08/15/2025", "10/31/2025"],
            ["COVID-19 2025-2026", "Not yet due", "09/15/2025", "10/31/2025"],
            ["Td/Tdap booster", "Overdue", "06/10/2024", "06/10/2024"],
        ],
        [2.4, 1.5, 1.5, 1.5],
        size=8,
    )
    d.para(
        "TB screening (QuantiFERON-TB Gold Plus) drawn 08/01/2025 at the student health center: result pending. "
        "This record was generated from the NJIIS and is valid without signature.",
        8.5,
    )
    d.no("labs", "QuantiFERON-TB Gold Plus", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 19 Vojvodina
@document
def d19():
    d = Doc(
        19,
        "vojvodina_prescription_scan",
        "Vojvodina (Serbia)",
        "prescription",
        "general practice visit note and prescription (handwritten, scanned)",
        "d.m.Y.",
        ext="jpg",
        scan={"dpi": 165, "angle": 2.1},
        lang="Serbian",
        comma=True,
    )
    d.letterhead(
        "Dr Milica Jovanović",
        ["Specijalista opšte medicine – Ordinacija „Zdravlje plus”", "Zmaj Jovina 14, 21000 Novi Sad – tel. 021 452 318"],
        right=["Radno vreme: pon-pet 8-14", "PIB 108774512"],
        font="SB",
        size=14,
        color=(0.1, 0.15, 0.4),
    )
    d.kv(
        [
            ("Pacijent:", Hand("Stevan Petrović")),
            ("Datum:", Hand("18.03.2025.")),
            ("God. rođenja:", Hand("1959")),
            ("LBO:", Hand("10384726519")),
        ],
        lw=72,
    )
    d.hand_line("Dijagnoza:", "Akutni sinuzitis (J01.9). Hipertenzija (I10). Dijabetes tip 2 (E11.9).", 10.5)
    d.cond("Akutni sinuzitis", "active", "J01.9", ["acute sinusitis"])
    d.cond("Hipertenzija", "active", "I10", ["hypertension"])
    d.cond("Dijabetes tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.hand_line("Alergije:", "penicilin (osip), ambrozija (rinitis)", 10.5)
    d.alg("penicilin", "osip")
    d.alg("ambrozija", "rinitis")
    d.hand_line("Status:", "TA 150/90  puls 84  TT 37,8 °C  SpO2 97 %", 10.5)
    d.vit("blood_pressure", "150/90", 150.0, 90.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("temperature", "37,8", 37.8, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.hand_line("Šećer u krvi (ujutru):", "8,4 mmol/L", 10.5)
    d.lab("Šećer u krvi", "8,4", "mmol/L", None, None, None, None, "2025-03-18", ["Blood glucose"])
    d.gap(4)
    d.text(d.x0, d.y, "Rp/", "SB", 16)
    d.y -= 22
    d.hand_line("1)", "Hemomycin (azitromicin) 500 mg – 1 tbl. dnevno 3 dana", 11)
    d.hand_line("2)", "Febricet (paracetamol) 500 mg – po potrebi, najviše 4x dnevno", 11)
    d.hand_line("3)", "Nasonex 50 mcg sprej – 2 udaha u svaku nozdrvu 1x dnevno", 11)
    d.med("azitromicin", "Hemomycin", "500", "mg", None, "dnevno 3 dana", "new")
    d.med("paracetamol", "Febricet", "500", "mg", None, "po potrebi, najviše 4x dnevno", "new")
    d.med("Nasonex", "Nasonex", "50", "mcg", None, "1x dnevno", "new")
    d.meds[-1]["aliases"] = ["mometasone"]
    d.gap(4)
    d.hand_line("Redovna terapija:", "Enalapril 10 mg 2x1, Metformin 850 mg 2x1,", 10.5)
    d.hand_line("", "Amlodipin 5 mg 1x1", 10.5)
    d.med("Enalapril", None, "10", "mg", None, "2x1")
    d.med("Metformin", None, "850", "mg", None, "2x1")
    d.med("Amlodipin", None, "5", "mg", None, "1x1")
    d.hand_line("Napomena:", "Prekinuti Diklofen (bolovi u stomaku). Ne uzimati Aspirin.", 10.5)
    d.med("Diklofen", "Diklofen", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["diclofenac"]
    d.no("medications", "Diklofen", "stopped")
    d.no("medications", "Aspirin", "other", "told not to take")
    d.hand_line("", "Kontrola za 7 dana; ako nije bolje – RTG sinusa. Vakcina protiv gripa u oktobru.", 10.5)
    d.no("immunizations", "Vakcina protiv gripa", "due")
    d.gap(10)
    d.hand_text(d.x1 - 170, d.y, "M. Jovanović", 16, (0.05, 0.05, 0.3))
    d.y -= 14
    d.text(d.x1 - 170, d.y, "Potpis i pečat lekara", "R", 8)
    d.y -= 14
    return d


# ---------------------------------------------------------------------------- 20 Gozo
@document
def d20():
    d = Doc(
        20,
        "gozo_medication_schedule",
        "Gozo (Malta)",
        "prescription",
        "pharmacy medication schedule (time-of-day columns, temporarily stopped, stopped, to start)",
        "d/m/Y",
        lang="Maltese",
    )
    d.letterhead(
        "Skeda tal-Mediċini",
        ["Pharmacy of Your Choice (POYC) – Spiżerija San Ġorġ, Triq ir-Repubblika, Victoria, Għawdex", "Tabib tal-familja: Dr. Joseph Camilleri – tel. 2155 6123"],
        right=["Stampata: 14/05/2025", "Verżjoni 7"],
        color=(0.55, 0.05, 0.1),
    )
    d.kv(
        [
            ("Pazjent:", "Carmela Attard"),
            ("Karta tal-Identità:", "0412354G"),
            ("Data tat-twelid:", "02/04/1944"),
            ("Spiżerija:", "Spiżerija San Ġorġ"),
        ],
        lw=108,
    )
    d.title("Kundizzjonijiet", 10)
    d.para(
        "Pressjoni għolja – Dijabete tip 2 – Insuffiċjenza tal-qalb – Glawkoma. "
        "Testijiet tad-demm 02/05/2025: eGFR 48 ml/min; Potassju 5.6 mmol/L."
    )
    d.cond("Pressjoni għolja", "active", None, ["hypertension"])
    d.cond("Dijabete tip 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Insuffiċjenza tal-qalb", "active", None, ["heart failure"])
    d.cond("Glawkoma", "active", None, ["glaucoma"])
    d.lab("eGFR", "48", "ml/min", None, None, None, None, "2025-05-02")
    d.lab("Potassju", "5.6", "mmol/L", None, None, None, None, "2025-05-02", ["Potassium"])
    d.title("Allerġiji u intolleranzi", 10)
    d.para("Penicillin – raxx (allerġija).  Morfina – dardir qawwi (intolleranza).")
    d.alg("Penicillin", "raxx")
    d.alg("Morfina", "dardir qawwi")
    d.title("Mediċini attwali", 10)
    d.table(
        ["Mediċina", "Filgħodu", "Nofsinhar", "Filgħaxija", "Qabel torqod", "Noti"],
        [
            ["Bisoprolol 2.5 mg pillola", "1", "", "", "", ""],
            ["Ramipril 5 mg kapsula", "1", "", "", "", ""],
            ["Furosemide 40 mg pillola", "1", "1", "", "", "tiħux wara s-2 p.m."],
            ["Metformin 500 mg pillola", "1", "", "1", "", "mal-ikel"],
            ["Atorvastatin 20 mg pillola", "", "", "", "1", ""],
            ["Latanoprost 50 mcg/ml qtar għall-għajnejn", "", "", "", "1", "qatra waħda f'kull għajn"],
            ["Alendronic acid 70 mg pillola", "", "", "", "", "darba fil-ġimgħa, it-Tnejn, fuq stonku vojt"],
            ["Paracetamol 1 g pillola", "", "", "", "", "meta jkun hemm bżonn, massimu 3 darbiet kuljum"],
        ],
        [3.1, 0.9, 0.9, 0.9, 1, 2.4],
        size=8,
    )
    d.med("Bisoprolol", None, "2.5", "mg", None, None)
    d.med("Ramipril", None, "5", "mg", None, None)
    d.med("Furosemide", None, "40", "mg", None, None)
    d.med("Metformin", None, "500", "mg", None, None)
    d.med("Atorvastatin", None, "20", "mg", None, None)
    d.med("Latanoprost", None, "50", "mcg/ml", None, None)
    d.med("Alendronic acid", None, "70", "mg", None, "darba fil-ġimgħa")
    d.med("Paracetamol", None, "1", "g", None, "meta jkun hemm bżonn")
    d.title("Imwaqqfa temporanjament", 10)
    d.table(
        ["Mediċina", "Minn", "Raġuni"],
        [["Spironolactone 25 mg pillola (1-0-0-0)", "02/05/2025", "sakemm jiġi ċċekkjat il-potassju mill-ġdid"]],
        [3.2, 1.2, 3.4],
        size=8,
    )
    d.med("Spironolactone", None, "25", "mg", None, None, "held")
    d.no("medications", "Spironolactone", "stopped", "held until potassium recheck")
    d.title("Mediċini mwaqqfa", 10)
    d.table(
        ["Mediċina", "Imwaqqfa fl-", "Raġuni"],
        [
            ["Gliclazide 80 mg pillola", "20/03/2025", "zokkor baxx (ipogliċemija) fi Frar"],
            ["Diclofenac 50 mg pillola", "20/03/2025", "problemi tal-kliewi"],
        ],
        [3.2, 1.2, 3.4],
        size=8,
    )
    d.med("Gliclazide", None, "80", "mg", None, None, "stopped")
    d.med("Diclofenac", None, "50", "mg", None, None, "stopped")
    d.no("medications", "Gliclazide", "stopped")
    d.no("medications", "Diclofenac", "stopped")
    d.no("conditions", "ipogliċemija", "historical", "past episode, reason for stopping")
    d.title("Biex tibda", 10)
    d.para("Jardiance (empagliflozin) 10 mg – tibda wara l-kontroll tad-demm tal-kliewi (Dr. Camilleri).", 8.8)
    d.no("medications", "Jardiance", "planned")
    d.para(
        "Din l-iskeda tieħu post il-verżjonijiet ta' qabel. Ġibha miegħek kull meta tara tabib, spiżjar jew "
        "tmur l-isptar.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 21 Girona
@document
def d21():
    d = Doc(
        21,
        "girona_preanaesthesia_form",
        "Girona (Catalonia)",
        "medical_record",
        "pre-anaesthesia questionnaire (crossed boxes, handwritten)",
        "d/m/Y",
        lang="Catalan",
        comma=True,
    )
    d.letterhead(
        "Hospital Universitari de Girona Doctor Josep Trueta",
        ["Servei d'Anestesiologia, Reanimació i Tractament del Dolor", "Av. de França, s/n, 17007 Girona"],
        right=["QÜESTIONARI PREANESTÈSIC", "Consulta d'anestèsia"],
        size=12,
        color=(0.45, 0.1, 0.3),
    )
    d.kv(
        [
            ("Nom i cognoms:", Hand("Montserrat Puigdemont Vila")),
            ("Data de naixement:", Hand("14/09/1955")),
            ("Intervenció prevista:", Hand("Colecistectomia laparoscòpica per colelitiasi")),
            ("Data:", Hand("22/05/2025")),
        ],
        cols=1,
        lw=120,
    )
    d.cond("colelitiasi", "active", None, ["cholelithiasis"])
    d.para("Marqueu amb una creu la resposta i completeu les dades.", 8.5)
    d.title("Estat de salut", 10)
    d.checks(
        [
            ("Hipertensió arterial", "Y", "des de 2012"),
            ("Infart, angina de pit", "N", ""),
            ("Asma / MPOC", "Y", "asma, inhalador"),
            ("Diabetis", "N", ""),
            ("Malaltia renal o hepàtica", "N", ""),
            ("Malaltia de la tiroide", "Y", "hipertiroïdisme 2015, ara hipotiroïdisme"),
            ("Reflux gastroesofàgic", "Y", ""),
            ("Operacions anteriors", None, "cesària 1988, pròtesi de maluc 2019"),
            ("Problemes amb l'anestèsia (també en familiars)", "Y", "germana: hipertèrmia maligna"),
        ],
        qw=0.42,
        labels=("Sí", "No", "Observacions"),
        cross=True,
    )
    d.cond("Hipertensió arterial", "active", None, ["hypertension"])
    d.cond("asma", "active", None, ["asthma"])
    d.cond("hipotiroïdisme", "active", None, ["hypothyroidism"])
    d.cond("Reflux gastroesofàgic", "active", None, ["gastro-oesophageal reflux disease"])
    for n in ("Infart, angina de pit", "Diabetis", "Malaltia renal o hepàtica"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "hipertiroïdisme", "historical", "treated 2015")
    d.no("conditions", "pròtesi de maluc", "historical", "past surgery")
    d.no("conditions", "hipertèrmia maligna", "family", "sister")
    d.title("Al·lèrgies", 10)
    d.checks(
        [
            ("Medicaments", "Y", "metamizol (Nolotil) – urticària"),
            ("Làtex", "Y", "picor i vermellor"),
            ("Aliments", "N", ""),
            ("Esparadrap / antisèptics", "N", ""),
        ],
        qw=0.42,
        labels=("Sí", "No", "Observacions"),
        cross=True,
    )
    d.alg("metamizol", "urticària")
    d.alg("Làtex", "picor i vermellor")
    d.no("allergies", "Aliments", "checkbox_no")
    d.no("allergies", "Esparadrap / antisèptics", "checkbox_no")
    d.title("Medicació habitual (nom, dosi, presa)", 10)
    d.hand_line("1.", "Adiro 100 mg 0-1-0 (no suspendre)")
    d.hand_line("2.", "Enalapril 20 mg 1-0-0 (no prendre el dia de la intervenció)")
    d.hand_line("3.", "Eutirox 75 mcg 1-0-0 en dejú")
    d.hand_line("4.", "Symbicort 160/4,5 – 2 inhalacions cada 12 h")
    d.hand_line("5.", "Omeprazol 20 mg 1-0-0")
    d.hand_line("Deixat:", "Ibuprofèn 600 mg – ja no el pren des de fa 1 mes")
    d.med("Adiro", "Adiro", "100", "mg", None, "0-1-0")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.med("Enalapril", None, "20", "mg", None, "1-0-0", "held")
    d.no("medications", "Enalapril", "stopped", "not on the day of surgery")
    d.med("Eutirox", "Eutirox", "75", "mcg", None, "1-0-0 en dejú")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Symbicort", "Symbicort", "160/4,5", None, None, "cada 12 h")
    d.med("Omeprazol", None, "20", "mg", None, "1-0-0")
    d.med("Ibuprofèn", None, "600", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofèn", "stopped")
    d.title("A omplir per l'anestesiòleg", 10)
    d.kv(
        [
            ("Pes:", Hand("71 kg")),
            ("Talla:", Hand("158 cm")),
            ("TA:", Hand("146/88 mmHg")),
            ("FC:", Hand("76 lpm")),
            ("SpO2:", Hand("97 %")),
            ("ASA:", Hand("II")),
        ],
        cols=3,
        lw=42,
    )
    d.vit("weight", "71", 71.0, None, "kg")
    d.vit("height", "158", 158.0, None, "cm")
    d.vit("blood_pressure", "146/88", 146.0, 88.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "lpm")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.hand_line("Analítica " + d.d("2025-05-15") + ":", "Hb 12,8 g/dl  Plaquetes 236.000/µl  INR 1,0", 10.5)
    d.hand_line("", "Creatinina 0,84 mg/dl", 10.5)
    iso = "2025-05-15"
    d.lab("Hb", "12,8", "g/dl", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Plaquetes", "236.000", "/µl", None, None, None, None, iso, ["Platelets"], num=236000.0)
    d.lab("INR", "1,0", None, None, None, None, None, iso)
    d.lab("Creatinina", "0,84", "mg/dl", None, None, None, None, iso, ["Creatinine"])
    d.signature("Dra. Núria Serra i Camps", "Metgessa adjunta, Anestesiologia")
    return d


# ---------------------------------------------------------------------------- 22 Donegal
@document
def d22():
    d = Doc(
        22,
        "donegal_new_patient_registration_form",
        "Ireland (County Donegal)",
        "medical_record",
        "general practice new patient registration form (2 pages, tick boxes, handwritten)",
        "d/m/Y",
    )
    d.letterhead(
        "Inishowen Medical Centre",
        ["Main Street, Buncrana, Co. Donegal F93 V6K2", "Tel 074 936 1234  Email reception@inishowenmc.ie"],
        right=["NEW PATIENT REGISTRATION", "Please complete both pages"],
        color=(0.0, 0.4, 0.25),
    )
    d.kv(
        [
            ("Name:", Hand("Siobhán Ní Dhomhnaill")),
            ("Date of birth:", Hand("17/02/1979")),
            ("PPSN:", Hand("7754321KA")),
            ("Medical card no.:", Hand("D-0458-219")),
            ("Today's date:", Hand("03/03/2025")),
            ("Previous GP:", Hand("Dr Kelly, Letterkenny")),
        ],
        lw=98,
    )
    d.title("Have you ever been diagnosed with any of the following?", 10)
    d.checks(
        [
            ("High blood pressure", "Y", "on tablets since 2020"),
            ("Diabetes", "N", ""),
            ("Asthma / COPD", "N", ""),
            ("Coeliac disease", "Y", "since 2011, gluten-free"),
            ("Underactive / overactive thyroid", "N", ""),
            ("Depression / anxiety", "Y", "postnatal depression 2009 - resolved"),
            ("Cancer", "Y", "basal cell carcinoma nose 2021, excised"),
            ("Iron deficiency / anaemia", "Y", "iron deficiency anaemia (coeliac)"),
            ("Arthritis / joint disease", "Y", "psoriatic arthritis"),
        ],
        qw=0.42,
    )
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.cond("Coeliac disease", "active")
    d.cond("iron deficiency anaemia", "active")
    d.cond("psoriatic arthritis", "active")
    for n in ("Diabetes", "Asthma / COPD", "Underactive / overactive thyroid"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "postnatal depression", "historical", "resolved")
    d.no("conditions", "basal cell carcinoma", "historical", "excised")
    d.title("Operations / hospital stays", 10)
    d.hand_line("", "Tonsillectomy 1986, laparoscopic cholecystectomy 2017", 10.5)
    d.no("conditions", "cholecystectomy", "historical")
    d.title("Allergies (medicine, food, other) and reaction", 10)
    d.hand_line("1.", "Penicillin - swollen face", 10.5)
    d.hand_line("2.", "Elastoplast - blisters", 10.5)
    d.hand_line("3.", "Trimethoprim - rash", 10.5)
    d.alg("Penicillin", "swollen face")
    d.alg("Elastoplast", "blisters")
    d.alg("Trimethoprim", "rash")
    d.title("Current medication (include inhalers, injections, vitamins)", 10)
    d.hand_line("1.", "Methotrexate 15 mg once weekly (Mondays)", 10.5)
    d.hand_line("2.", "Folic acid 5 mg once weekly (Thursdays)", 10.5)
    d.hand_line("3.", "Amlodipine 5 mg once daily", 10.5)
    d.hand_line("4.", "Galfer (ferrous fumarate) 305 mg once daily", 10.5)
    d.hand_line("5.", "Cerazette 75 mcg once daily", 10.5)
    d.hand_line("Stopped:", "Naproxen 500 mg - stopped Jan 2025 (blood pressure)", 10.5)
    d.med("Methotrexate", None, "15", "mg", None, "once weekly (Mondays)")
    d.med("Folic acid", None, "5", "mg", None, "once weekly (Thursdays)")
    d.med("Amlodipine", None, "5", "mg", None, "once daily")
    d.med("ferrous fumarate", "Galfer", "305", "mg", None, "once daily")
    d.med("Cerazette", "Cerazette", "75", "mcg", None, "once daily")
    d.meds[-1]["aliases"] = ["desogestrel"]
    d.med("Naproxen", None, "500", "mg", None, None, "stopped")
    d.no("medications", "Naproxen", "stopped")
    d.newpage()
    d.title("Family history - tick all that apply", 10)
    fam_grid(
        d,
        [
            ("Heart attack before 60", ("Father",)),
            ("Bowel cancer", ("Grandparent",)),
            ("Thyroid disease", ()),
            ("Stroke", ()),
            ("Breast cancer", ()),
        ],
    )
    d.no("conditions", "Heart attack before 60", "family")
    d.no("conditions", "Bowel cancer", "family")
    d.title("Vaccinations", 10)
    d.checks(
        [
            ("Flu vaccine this season", "Y", "15/10/2024 at pharmacy"),
            ("COVID-19 vaccine", "Y", "booster 15/10/2024"),
            ("Tetanus in the last 10 years", "N", "not sure"),
            ("Shingles vaccine (Shingrix)", "N", "GP to advise - on methotrexate"),
        ],
        qw=0.42,
    )
    d.imm("Flu vaccine", "2024-10-15", None, None, None)
    d.imm("COVID-19 vaccine", "2024-10-15", None, None, None)
    d.no("immunizations", "Tetanus", "checkbox_no")
    d.no("immunizations", "Shingles vaccine (Shingrix)", "checkbox_no")
    d.title("Lifestyle", 10)
    d.checks(
        [
            ("Do you smoke?", "N", "gave up 2009"),
            ("Alcohol more than 11 standard drinks a week?", "N", "about 6"),
            ("Regular exercise?", "Y", "walking, sea swimming"),
        ],
        qw=0.42,
    )
    d.title("Practice use only", 10)
    d.kv(
        [
            ("BP:", Hand("142/88")),
            ("Pulse:", Hand("76")),
            ("Weight:", Hand("69 kg")),
            ("Height:", Hand("165 cm")),
            ("BMI:", Hand("25.3")),
            ("Nurse:", Hand("AMcG")),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "142/88", 142.0, 88.0, None)
    d.vit("heart_rate", "76", 76.0, None, None)
    d.vit("weight", "69", 69.0, None, "kg")
    d.vit("height", "165", 165.0, None, "cm")
    d.vit("bmi", "25.3", 25.3, None, None)
    return d


# ---------------------------------------------------------------------------- 23 Illinois
@document
def d23():
    d = Doc(
        23,
        "illinois_ccda_ccd",
        "United States (Illinois)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering)",
        "m/d/Y",
        size=letter,
    )
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Dolores A. Kowalczyk", "Contact info", "3318 N Harding Ave, Chicago, IL 60618, US"],
            ["Date of birth", "September 4, 1947", "Sex", "Female"],
            ["Patient IDs", "MRN 55810293 (2.16.840.1.113883.3.7781)", "Language", "English, Polish"],
            ["Document Id", "7e10-c3a2-55bd (2.16.840.1.113883.19.5.99)", "Created", "April 23, 2025, 09:12 -0500"],
            ["Author", "Vikram Patel, MD, Lincoln Park Primary Care", "Custodian", "Lakeshore Health Network"],
            ["Documentation of", "Care provision, 04/22/2025", "Encounter", "Office visit 04/22/2025"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = "Dolores A. Kowalczyk - Continuity of Care Document - created April 23, 2025"
    ccda_section(d, "Allergies, Adverse Reactions, Alerts", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Penicillin G", "Anaphylaxis", "Severe", "Active"],
            ["Codeine", "Nausea and vomiting", "Moderate", "Active"],
            ["Iodinated contrast media", "Hives", "Moderate", "Active"],
            ["Latex", "Contact dermatitis", "Mild", "Inactive - entered in error"],
        ],
        [2.4, 2, 1, 2.2],
        size=8,
    )
    d.alg("Penicillin G", "Anaphylaxis", "Severe")
    d.alg("Codeine", "Nausea and vomiting", "Moderate")
    d.alg("Iodinated contrast media", "Hives", "Moderate")
    d.no("allergies", "Latex", "negated", "entered in error")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Levothyroxine Sodium 75 MCG Oral Tablet", "75 mcg by mouth daily before breakfast", "2010", "Active"],
            ["Lisinopril 20 MG Oral Tablet", "20 mg by mouth daily", "2016", "Active"],
            ["Hydrochlorothiazide 12.5 MG Oral Capsule", "12.5 mg by mouth daily", "2019", "Active"],
            ["Apixaban 2.5 MG Oral Tablet [Eliquis]", "2.5 mg by mouth twice daily", "2022", "Active"],
            ["Donepezil 5 MG Oral Tablet", "5 mg by mouth at bedtime", "2024", "Active"],
            ["Alendronate 70 MG Oral Tablet", "70 mg by mouth once weekly", "2021", "Active"],
            ["Omeprazole 20 MG Delayed Release Oral Capsule", "20 mg by mouth daily", "2018", "On hold since 04/01/2025"],
            ["Meloxicam 7.5 MG Oral Tablet", "7.5 mg by mouth daily", "2023", "Discontinued 02/14/2025"],
        ],
        [3.3, 2.6, 0.7, 1.4],
        size=8,
    )
    d.med("Levothyroxine Sodium", None, "75", "mcg", "by mouth", "daily before breakfast")
    d.med("Lisinopril", None, "20", "mg", "by mouth", "daily")
    d.med("Hydrochlorothiazide", None, "12.5", "mg", "by mouth", "daily")
    d.med("Apixaban", "Eliquis", "2.5", "mg", "by mouth", "twice daily")
    d.med("Donepezil", None, "5", "mg", "by mouth", "at bedtime")
    d.med("Alendronate", None, "70", "mg", "by mouth", "once weekly")
    d.med("Omeprazole", None, "20", "mg", "by mouth", "daily", "held")
    d.med("Meloxicam", None, "7.5", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Omeprazole", "stopped", "on hold")
    d.no("medications", "Meloxicam", "stopped")
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Essential hypertension", "I10", "Active", "2005"],
            ["Hypothyroidism, unspecified", "E03.9", "Active", "2010"],
            ["Paroxysmal atrial fibrillation", "I48.0", "Active", "2022"],
            ["Age-related osteoporosis without current pathological fracture", "M81.0", "Active", "2021"],
            ["Mild cognitive impairment of uncertain or unknown etiology", "G31.84", "Active", "2024"],
            ["Clostridioides difficile colitis", "A04.72", "Resolved", "2025"],
        ],
        [3.6, 1.1, 1, 0.9],
        size=8,
    )
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Hypothyroidism, unspecified", "active", "E03.9")
    d.cond("Paroxysmal atrial fibrillation", "active", "I48.0")
    d.cond("Age-related osteoporosis without current pathological fracture", "active", "M81.0")
    d.cond("Mild cognitive impairment of uncertain or unknown etiology", "active", "G31.84")
    d.no("conditions", "Clostridioides difficile colitis", "historical")
    d.ensure(200)
    ccda_section(d, "Results", "results")
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [
            ["TSH", "3.8", "uIU/mL", "0.45-4.50", "Normal", "04/22/2025"],
            ["Sodium", "131", "mmol/L", "135-145", "Low", "04/22/2025"],
            ["Potassium", "3.4", "mmol/L", "3.5-5.1", "Low", "04/22/2025"],
            ["Creatinine", "1.08", "mg/dL", "0.57-1.00", "High", "04/22/2025"],
            ["eGFR", "52", "mL/min/1.73m2", ">59", "Low", "04/22/2025"],
            ["Vitamin D, 25-Hydroxy", "24", "ng/mL", "30-100", "Low", "04/22/2025"],
            ["Hemoglobin", "11.9", "g/dL", "11.1-15.9", "Normal", "04/22/2025"],
            ["Vitamin B12", "412", "pg/mL", "232-1245", "Normal", "04/22/2025"],
        ],
        [2.4, 0.8, 1.2, 1.2, 1.1, 1.1],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, al in [
        ("TSH", "3.8", "uIU/mL", 0.45, 4.5, None, "normal", ["Thyroid stimulating hormone"]),
        ("Sodium", "131", "mmol/L", 135.0, 145.0, None, "low", []),
        ("Potassium", "3.4", "mmol/L", 3.5, 5.1, None, "low", []),
        ("Creatinine", "1.08", "mg/dL", 0.57, 1.0, None, "high", []),
        ("eGFR", "52", "mL/min/1.73m2", 59.0, None, ">59", "low", []),
        ("Vitamin D, 25-Hydroxy", "24", "ng/mL", 30.0, 100.0, None, "low", ["25-hydroxyvitamin D"]),
        ("Hemoglobin", "11.9", "g/dL", 11.1, 15.9, None, "normal", []),
        ("Vitamin B12", "412", "pg/mL", 232.0, 1245.0, None, "normal", []),
    ]:
        d.lab(t, v, u, lo, hi, rt, f, "2025-04-22", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["04/22/2025", "148/82 mm[Hg]", "70 /min", "16 /min", "97.9 [degF]", "96 %", "132 [lb_av]", "62 [in_i]", "24.1 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.1, 0.7, 1.1, 1, 1],
        size=7.8,
    )
    d.vit("blood_pressure", "148/82", 148.0, 82.0, "mm[Hg]")
    d.vit("heart_rate", "70", 70.0, None, "/min")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "97.9", 97.9, None, "[degF]")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "132", 132.0, None, "[lb_av]")
    d.vit("height", "62", 62.0, None, "[in_i]")
    d.vit("bmi", "24.1", 24.1, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, high-dose, trivalent", "10/09/2024", "Completed", "UJ772AC"],
            ["COVID-19 vaccine, mRNA, 2024-2025 formula (Comirnaty)", "10/09/2024", "Completed", "LP0344"],
            ["Pneumococcal conjugate vaccine 20-valent (Prevnar 20)", "11/15/2023", "Completed", "LK9087"],
            ["Zoster vaccine recombinant (Shingrix) dose 2", "08/14/2023", "Completed", "9R2T5"],
            ["Zoster vaccine recombinant (Shingrix) dose 1", "03/03/2023", "Completed", "8M4K1"],
            ["Respiratory syncytial virus vaccine (Arexvy)", "-", "Not done - patient declined", "-"],
            ["Tetanus, diphtheria, acellular pertussis (Tdap)", "-", "Due", "-"],
        ],
        [3.4, 1.1, 1.8, 0.9],
        size=8,
    )
    d.imm("Influenza, high-dose, trivalent", "2024-10-09", None, "UJ772AC", None)
    d.imm("COVID-19 vaccine, mRNA, 2024-2025 formula", "2024-10-09", None, "LP0344", "Comirnaty")
    d.imm("Pneumococcal conjugate vaccine 20-valent", "2023-11-15", None, "LK9087", "Prevnar 20")
    d.imm("Shingrix", "2023-08-14", 2, "9R2T5", None)
    d.imm("Shingrix", "2023-03-03", 1, "8M4K1", None)
    d.no("immunizations", "Respiratory syncytial virus vaccine", "other", "declined")
    d.no("immunizations", "Tdap", "due")
    ccda_section(d, "Family History", "familyhistory")
    d.table(
        ["Relative", "Condition", "Age at onset"],
        [["Mother", "Alzheimer disease", "80"], ["Sister", "Breast cancer", "62"]],
        [1.5, 3, 1.5],
        size=8,
    )
    d.no("conditions", "Alzheimer disease", "family")
    d.no("conditions", "Breast cancer", "family")
    ccda_section(d, "Social History", "social")
    d.para("Tobacco use: never smoker. Alcohol: none. Lives with her daughter.", 8.5)
    ccda_section(d, "Plan of Treatment", "plan")
    d.para(
        "Sodium 131 and potassium 3.4 on hydrochlorothiazide: repeat basic metabolic panel in 1 week; if sodium "
        "remains below 133, switch hydrochlorothiazide to amlodipine 5 mg daily. Omeprazole on hold since the "
        "C. difficile infection, GI review pending. Meloxicam discontinued 02/14/2025 (kidney function). "
        "DEXA scan ordered.",
        8.5,
    )
    d.no("medications", "amlodipine", "planned", "conditional")
    return d


# ---------------------------------------------------------------------------- 24 Brittany
@document
def d24():
    d = Doc(
        24,
        "brittany_ed_triage_scan",
        "Brittany (France)",
        "medical_record",
        "emergency department nurse triage sheet (FRENCH scale, tick boxes, handwritten, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": -2.3, "blur": 0.8},
        lang="French",
        comma=True,
    )
    d.letterhead(
        "CHU de Brest – Hôpital de la Cavale Blanche",
        ["Service des Urgences adultes", "Boulevard Tanguy Prigent, 29200 Brest"],
        right=["FICHE D'ACCUEIL IOA", "Tri FRENCH (niveaux 1 à 5)"],
        size=12,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Nom :", Hand("LE GALL Yvonne")),
            ("Âge :", Hand("82 ans")),
            ("Arrivée :", Hand("09/02/2025  03:40")),
            ("N° IPP :", Hand("29 0417 338")),
        ],
        lw=70,
    )
    d.hand_line("Motif :", "chute à domicile, douleur hanche gauche, ne peut se relever", 10.5)
    d.hand_line("", "confusion selon la fille depuis 2 jours, brûlures mictionnelles", 10.5)
    d.kv(
        [
            ("Mode d'arrivée :", Hand("VSAV (pompiers)")),
            ("Douleur EVA :", Hand("8/10")),
        ],
        lw=85,
    )
    d.title("Paramètres vitaux", 10)
    d.table(
        ["PA (mmHg)", "FC (/min)", "FR (/min)", "T° (°C)", "SpO2 (%)", "Glycémie capillaire (g/L)"],
        [[Hand("96/58"), Hand("112"), Hand("22"), Hand("38,3"), Hand("93"), Hand("1,42")]],
        [1.1, 1, 1, 1, 1, 1.7],
        size=8.6,
    )
    d.vit("blood_pressure", "96/58", 96.0, 58.0, "mmHg")
    d.vit("heart_rate", "112", 112.0, None, "/min")
    d.vit("respiratory_rate", "22", 22.0, None, "/min")
    d.vit("temperature", "38,3", 38.3, None, "°C")
    d.vit("oxygen_saturation", "93", 93.0, None, "%")
    iso = "2025-02-09"
    d.lab("Glycémie capillaire", "1,42", "g/L", None, None, None, None, iso, ["Capillary glucose"])
    d.hand_line("HémoCue :", "10,9 g/dL", 10.5)
    d.hand_line("BU :", "nitrites positifs, leucocytes positifs", 10.5)
    d.lab("HémoCue", "10,9", "g/dL", None, None, None, None, iso, ["Point-of-care haemoglobin"])
    d.lab("nitrites", "positifs", None, None, None, None, "abnormal", iso, ["Urine nitrite"])
    d.lab("leucocytes", "positifs", None, None, None, None, "abnormal", iso, ["Urine leukocyte esterase"])
    d.title("Antécédents", 10)
    d.checks(
        [
            ("HTA", "Y", ""),
            ("Diabète", "Y", "type 2, ADO"),
            ("Cardiopathie / insuffisance cardiaque", "N", ""),
            ("AVC", "Y", "AVC ischémique 2019, sans séquelle"),
            ("Démence / troubles cognitifs", "Y", "Alzheimer débutant"),
            ("BPCO / asthme", "N", ""),
            ("Ostéoporose", "Y", "fracture poignet 2021"),
        ],
        qw=0.45,
        labels=("Oui", "Non", "Précisions"),
    )
    d.cond("HTA", "active", None, ["hypertension"])
    d.cond("Diabète", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Alzheimer débutant", "active", None, ["Alzheimer disease"])
    d.cond("Ostéoporose", "active", None, ["osteoporosis"])
    for n in ("Cardiopathie / insuffisance cardiaque", "BPCO / asthme"):
        d.no("conditions", n, "checkbox_no")
    d.no("conditions", "AVC ischémique", "historical", "2019")
    d.no("conditions", "fracture poignet", "historical", "2021")
    d.checks(
        [
            ("Allergies médicamenteuses", "Y", "pénicilline – œdème de Quincke"),
            ("Autres intolérances médicamenteuses", "Y", "tramadol – vomissements"),
            ("Allergie à l'iode / aux produits de contraste", "N", ""),
        ],
        qw=0.45,
        labels=("Oui", "Non", "Lesquelles ?"),
    )
    d.alg("pénicilline", "œdème de Quincke")
    d.alg("tramadol", "vomissements")
    d.no("allergies", "produits de contraste", "checkbox_no")
    d.hand_line("Traitement habituel :", "Kardégic 75 mg 1/j, Metformine 850 mg 2/j,", 10.5)
    d.hand_line("", "Amlodipine 5 mg 1/j, Donépézil 10 mg le soir, Alendronate 70 mg 1/sem.", 10.5)
    d.hand_line("", "Zopiclone 7,5 mg – arrêté par le médecin traitant en janvier", 10.5)
    d.med("Kardégic", "Kardégic", "75", "mg", None, "1/j")
    d.meds[-1]["aliases"] = ["aspirin"]
    d.med("Metformine", None, "850", "mg", None, "2/j")
    d.med("Amlodipine", None, "5", "mg", None, "1/j")
    d.med("Donépézil", None, "10", "mg", None, "le soir")
    d.med("Alendronate", None, "70", "mg", None, "1/sem.")
    d.med("Zopiclone", None, "7,5", "mg", None, None, "stopped")
    d.no("medications", "Zopiclone", "stopped")
    d.title("Tri", 10)
    d.hand_line("", "Tri 2 – box 4. Suspicion de fracture du col du fémur gauche.", 10.5)
    d.hand_line("", "Infection urinaire probable (BU +), sepsis ? – avis médical immédiat", 10.5)
    d.no("conditions", "fracture du col du fémur", "other", "suspected, triage")
    d.cond("Infection urinaire", "active", None, ["urinary tract infection"])
    d.conds[-1]["optional"] = True
    d.title("Actions IOA", 10)
    d.hand_line("03:55", "Paracétamol 1 g IV (prescription Dr Le Bihan)", 10.5)
    d.hand_line("04:05", "Morphine 2 mg IV titration, ECG fait, bilan sanguin prélevé", 10.5)
    d.no("medications", "Paracétamol", "other", "single dose in the ED")
    d.no("medications", "Morphine", "other", "single dose in the ED")
    d.hand_line("IOA :", "IDE Gwenaëlle Kerouédan", 10.5)
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
    rels.append("make_heldout25.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout25.py"))
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
    base = "/tmp/heldout25_work/determinism"
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
    "**Status:** held out. Commissioned at the start of 2.18.0's round (before any 2.18.0 rule changed), frozen "
    "unscored; scored blind at the end of 2.20.0's round, never opened before."
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
        "# Held-out extraction test set 25",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas, thousands separators, date styles, flag words and abbreviations; the rest in English. "
        "All content and truth rows are written by hand in `make_heldout25.py` (no generator of clinical "
        "content). The rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick "
        "boxes, scan simulation, self-checks, manifest, --check and --determinism) was copied from "
        "`bench/heldout24/make_heldout24.py` with `cp` and adapted (set number, paths, seeds, status line, "
        "README text); the self-check bounds were kept, and the only addition to the machinery is a flag-map "
        'entry for the Romanian "Crescut"/"Scăzut" and Afrikaans "Hoog"/"Laag" flag words; the helpers for '
        "previous-result and cumulative columns were reused as they were. All document content of set 24 was "
        "removed and replaced with new content. Six documents are scans: "
        f"pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
        "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings.",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 24's README, build script "
        "(`bench/heldout24/make_heldout24.py`) and one truth file "
        "(`bench/heldout24/truth/01_north_karelia_cumulative_lab.json`, for format), plus the file names of "
        "earlier sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository "
        "was opened; the pipeline, extractor and scorer were not read or run on these documents, no OCR was run, "
        "ruff was not run, and git was not run. The build's self-check compares each truth string with the "
        "strings drawn and, for documents that are not scans, with the PDF text layer read by pypdfium2. The "
        "author looked at renderings of every page before scan simulation (made with pypdfium2 under "
        "/tmp/heldout25_work) and fixed two letterheads running into the right-hand header, header fields "
        "overlapping or running past the edge in eight documents, handwritten form entries running past the page "
        "edge in three, a handwritten addendum split over two pages, and a letter's plan and a C-CDA results table "
        "split over two pages; while doing so it also reworded or removed a few phrases that would have been "
        "untracked traps (a negated finding, a test named as pending without a row, a vaguely planned "
        "supplement). No scanned output was looked at. `truth/drawn/*.txt` records the strings drawn into each "
        "document.",
        "",
        "Build: `python make_heldout25.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout25_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 24 (set 20's list, set 21's, set 22's, set 23's and set 24's additions), restated "
        "here; this set's additions follow at the end:",
        "",
    ]
    L += BASE_CONVENTIONS + ["", "Set 21's additions (kept):", ""] + SET21_ADDITIONS
    L += ["", "Set 22's additions (kept):", ""] + SET22_ADDITIONS
    L += ["", "Set 23's additions (kept):", ""] + SET23_ADDITIONS
    L += ["", "Set 24's additions (kept):", ""] + SET24_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET25_ADDITIONS
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
