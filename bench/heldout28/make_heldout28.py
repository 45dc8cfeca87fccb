#!/usr/bin/env python
"""Build held-out extraction test set 28 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout28.py                 build into this folder (keeps an existing README)
    python make_heldout28.py --check         verify MANIFEST.sha256
    python make_heldout28.py --determinism   build twice under /tmp/heldout28_work, compare
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
        self.rng = random.Random("ho28-pen-jitter-seed-k-" + self.stem)
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
        c.setTitle(f"Held-out 28 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout28.py")
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
        int(hashlib.sha256(("ho28-flatbed-noise-seed-k-" + doc.stem).encode()).hexdigest()[:8], 16)
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
FLAGMAP.update(
    {"paaugst.": "high", "pazem.": "low", "povišen": "high", "snižen": "low", "ANORMAL": "abnormal"}
)
FLAGMAP.update({"Lartë": "high", "Ulët": "low"})


# Set 27 flag marks: Azerbaijani "Yüksək"/"Aşağı" and Welsh "Uchel"/"Isel" in a flag column
# (legends printed on the reports).
FLAGMAP.update({"Yüksək": "high", "Aşağı": "low", "Uchel": "high", "Isel": "low"})


def _thousands(d, test, sep):
    """Cells printed with a thousands separator ("1.240", "3 120"): value_numeric is the whole number."""
    for r in d.labs:
        if r["test_name"] == test and sep in r["value_text"]:
            r["value_numeric"] = float(r["value_text"].replace(sep, ""))


# Set 28 flag marks (legends printed on the reports): German "++"/"\u2212\u2212" (kritischer Wert) written after
# the value in cumulative cells, Hungarian "magas"/"alacsony" and Honduran "Alto"/"Bajo"/"Anormal" in a flag column.
FLAGMAP.update(
    {
        "++": "critical",
        "\u2212\u2212": "critical",
        "magas": "high",
        "alacsony": "low",
        "Alto": "high",
        "Bajo": "low",
        "Anormal": "abnormal",
    }
)


# ---------------------------------------------------------------------------- 01 Hesse
@document
def d01():
    d = Doc(
        1,
        "hesse_cumulative_lab",
        "Hesse (Germany)",
        "lab_result",
        "lab report (cumulative, 3 dates, oldest first, + / \u2212 and critical ++ marks, thousands point, pending and "
        "insufficient samples)",
        "d.m.Y",
        lang="German",
        comma=True,
    )
    d.letterhead(
        "MVZ Labor Mittelhessen",
        ["Fachärzte für Laboratoriumsmedizin – Frankfurter Straße 51, 35392 Gießen", "Tel. 0641 9 44 87-0"],
        right=["KUMULATIVBEFUND", "Auftrag 25-0819-4471"],
        size=13,
        color=(0.1, 0.25, 0.5),
    )
    d.kv(
        [
            ("Patientin:", "Hofmann, Ursula"),
            ("Geb.-Datum:", "14.02.1951"),
            ("Einsender:", "Dr. med. Markus Weber, Hausarztpraxis Wetzlar"),
            ("Kasse:", "AOK Hessen"),
        ],
        cols=1,
        lw=84,
    )
    d.para(
        "+ / \u2212 : oberhalb / unterhalb des Referenzbereichs. ++ / \u2212\u2212 : kritischer Wert, telefonisch "
        "mitgeteilt. — : nicht angefordert. Älteste Probe links.",
        8,
    )
    dates = ["2025-02-12", "2025-05-20", "2025-08-19"]
    M = "\u2212"
    rows = [
        ("Hämoglobin", ["Haemoglobin"], "g/dl", "12,0 – 15,5", 12.0, 15.5, None, ["11,4 " + M, "11,9 " + M, "12,6"]),
        ("Leukozyten", ["White cell count"], "Tsd/µl", "3,9 – 10,2", 3.9, 10.2, None, ["7,2", "6,8", "8,1"]),
        ("Thrombozyten", ["Platelets"], "Tsd/µl", "150 – 370", 150.0, 370.0, None, ["312", "298", "305"]),
        ("Natrium", ["Sodium"], "mmol/l", "136 – 145", 136.0, 145.0, None, ["139", "141", "138"]),
        ("Kalium", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["5,4 +", "6,3 ++", "4,8"]),
        ("Kreatinin", ["Creatinine"], "mg/dl", "0,50 – 0,95", 0.5, 0.95, None, ["1,32 +", "1,58 +", "1,29 +"]),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", ["40 " + M, "32 " + M, "41 " + M]),
        ("Glukose (nüchtern)", ["Fasting glucose"], "mg/dl", "70 – 99", 70.0, 99.0, None, ["118 +", "—", "109 +"]),
        ("HbA1c", [], "%", "< 5,7", None, 5.7, "< 5,7", ["6,9 +", "—", "7,2 +"]),
        ("Cholesterin gesamt", ["Total cholesterol"], "mg/dl", "< 200", None, 200.0, "< 200", ["224 +", "—", "186"]),
        ("LDL-Cholesterin", ["LDL cholesterol"], "mg/dl", "< 116", None, 116.0, "< 116", ["148 +", "—", "97"]),
        ("TSH basal", ["Thyroid stimulating hormone"], "mU/l", "0,27 – 4,20", 0.27, 4.2, None, ["—", "3,10", "—"]),
        ("NT-proBNP", [], "pg/ml", "< 300", None, 300.0, "< 300", ["1.180 +", "2.460 +", "—"]),
        ("CRP", ["C-reactive protein"], "mg/dl", "< 0,5", None, 0.5, "< 0,5", ["0,3", "1,8 +", "0,4"]),
        ("Harnsäure", ["Uric acid"], "mg/dl", "2,4 – 5,7", 2.4, 5.7, None, ["7,8 +", "—", "6,1 +"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "NT-proBNP", ".")  # German thousands point ("1.180")
    d.title("Klinische Chemie und Hämatologie – kumulativ", 10.5)
    d.table(
        ["Untersuchung"] + [d.d(x) for x in dates] + ["Einheit", "Referenzbereich"],
        tab,
        [2.0, 1.1, 1.1, 1.1, 1.2, 1.3],
    )
    d.para(
        "20.05.2025: Kalium 6,3 mmol/l – kritischer Wert, Probe hämolysefrei, telefonisch an Dr. Weber "
        "übermittelt um 11:20 Uhr (entgegengenommen von Frau Schäfer, MFA).",
        8.5,
    )
    d.para(
        "19.08.2025: 25-OH-Vitamin D – Nachforderung, Befund folgt. PTH intakt – Probenmaterial nicht ausreichend, "
        "bitte erneut einsenden.",
        8.5,
    )
    d.no("labs", "25-OH-Vitamin D", "other", "pending (added on)")
    d.no("labs", "PTH intakt", "other", "insufficient sample")
    d.para("Technische Validation: J. Becker, MTL        Medizinische Validation: Dr. med. Sabine Krüger", 8)
    return d


# ---------------------------------------------------------------------------- 02 Utrecht
@document
def d02():
    d = Doc(
        2,
        "utrecht_lab_previous",
        "Utrecht (Netherlands)",
        "lab_result",
        "lab report (previous-result column, H / L written after the value, Hb in mmol/l, pending, sent-out and "
        "missing samples)",
        "d-m-Y",
        lang="Dutch",
        comma=True,
    )
    d.letterhead(
        "Huisartsenlaboratorium Midden-Nederland",
        ["Vondellaan 12, 3521 GH Utrecht", "Uitslagentelefoon 030 294 17 00"],
        right=["UITSLAGENOVERZICHT", "Labnummer 25.08.12-3381"],
        size=12.5,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Patiënt:", "mevr. J.M. van den Berg"),
            ("Geboortedatum:", "03-07-1962"),
            ("Aanvrager:", "J. de Vries, huisarts, Gezondheidscentrum Overvecht"),
            ("Afname:", "12-08-2025 08:05"),
        ],
        cols=1,
        lw=104,
    )
    d.para("H / L = boven / onder het referentiegebied. Vorige uitslag: 04-02-2025.", 8)
    rows = [
        ("Hemoglobine (Hb)", ["Haemoglobin"], "mmol/l", "7,5 – 10,0", 7.5, 10.0, None, "7,1 L", "7,6"),
        ("MCV", ["Mean corpuscular volume"], "fl", "80 – 100", 80.0, 100.0, None, "78 L", "82"),
        ("Leukocyten", ["White cell count"], "10^9/l", "4,0 – 10,0", 4.0, 10.0, None, "6,3", "5,9"),
        ("Trombocyten", ["Platelets"], "10^9/l", "150 – 400", 150.0, 400.0, None, "322", "301"),
        ("Ferritine", ["Ferritin"], "µg/l", "20 – 200", 20.0, 200.0, None, "11 L", "24"),
        ("Kalium", ["Potassium"], "mmol/l", "3,5 – 5,0", 3.5, 5.0, None, "4,4", "4,1"),
        ("Kreatinine", ["Creatinine"], "µmol/l", "49 – 90", 49.0, 90.0, None, "71", "68"),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", "82", "86"),
        ("Glucose nuchter", ["Fasting glucose"], "mmol/l", "4,0 – 6,0", 4.0, 6.0, None, "6,4 H", "6,1 H"),
        ("HbA1c", [], "mmol/mol", "20 – 42", 20.0, 42.0, None, "45 H", "43 H"),
        ("Cholesterol totaal", ["Total cholesterol"], "mmol/l", "< 5,0", None, 5.0, "< 5,0", "6,2 H", "6,5 H"),
        ("LDL-cholesterol", ["LDL cholesterol"], "mmol/l", "< 3,0", None, 3.0, "< 3,0", "4,1 H", "4,4 H"),
        ("ALAT", ["Alanine aminotransferase"], "U/l", "< 34", None, 34.0, "< 34", "29", "31"),
        ("TSH", ["Thyroid stimulating hormone"], "mU/l", "0,4 – 4,0", 0.4, 4.0, None, "2,1", "—"),
    ]
    cur, prev = "2025-08-12", "2025-02-04"
    d.title("Hematologie en klinische chemie", 10.5)
    d.table(
        ["Bepaling", "Uitslag " + d.d(cur), "Eenheid", "Referentie", "Vorige " + d.d(prev)],
        prevcol(d, rows, prev, cur),
        [2.3, 1.5, 1.3, 1.4, 1.5],
    )
    d.title("Nog niet afgerond", 10)
    d.table(
        ["Bepaling", "Status"],
        [
            ["Vitamine B12", "volgt"],
            ["Coeliakieserologie (anti-tTG IgA)", "doorgestuurd naar UMC Utrecht"],
            ["Albumine/kreatinine-ratio (urine)", "geen materiaal ontvangen"],
        ],
        [3, 4],
    )
    d.no("labs", "Vitamine B12", "other", "pending")
    d.no("labs", "Coeliakieserologie (anti-tTG IgA)", "other", "sent out")
    d.no("labs", "Albumine/kreatinine-ratio", "other", "no sample received")
    d.para("Geautoriseerd door: dr. M.A. Hendriks, klinisch chemicus", 8)
    return d


# ---------------------------------------------------------------------------- 03 Porto
@document
def d03():
    d = Doc(
        3,
        "porto_urinalysis_scan",
        "Porto (Portugal)",
        "lab_result",
        "lab report (serum chemistry, urina tipo II dipstick and sediment, \u2191 / \u2193 / * flags, diagnosis on the "
        "request, culture pending; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": -1.8},
        lang="Portuguese (Portugal)",
        comma=True,
    )
    d.letterhead(
        "Hospital de Santo António",
        ["Serviço de Patologia Clínica – Largo Prof. Abel Salazar, 4099-001 Porto", "Telefone 222 077 500"],
        right=["RELATÓRIO DE ANÁLISES", "Episódio 25-091733"],
        size=13,
        color=(0.1, 0.3, 0.35),
    )
    d.kv(
        [
            ("Utente:", "Maria da Conceição Pereira Lopes"),
            ("Idade / Sexo:", "58 anos / F"),
            ("Médico requisitante:", "Dr. Rui Tavares, USF Ramalde"),
            ("Colheita:", "09/09/2025 08:20"),
            ("Informação clínica:", "DRC estadio 3a; litíase renal?"),
        ],
        cols=1,
        lw=112,
    )
    d.cond("DRC estadio 3a", "active", None, ["chronic kidney disease stage 3a"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "litíase renal", "other", "queried on the request")
    d.para("\u2191 / \u2193 – acima / abaixo do intervalo de referência. * – resultado alterado.", 8)
    iso = "2025-09-09"
    U, D = "\u2191", "\u2193"
    d.title("BIOQUÍMICA", 10)
    rows = [
        ("Creatinina", ["Creatinine"], "1,18", "mg/dL", "0,51 – 0,95", 0.51, 0.95, None, U),
        ("Ureia", ["Urea"], "52", "mg/dL", "17 – 43", 17.0, 43.0, None, U),
        ("TFG estimada (CKD-EPI)", ["eGFR"], "49", "mL/min/1,73m²", "≥ 60", 60.0, None, "≥ 60", D),
        ("Sódio", ["Sodium"], "138", "mmol/L", "136 – 145", 136.0, 145.0, None, ""),
        ("Potássio", ["Potassium"], "4,6", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("Proteína C reativa", ["C-reactive protein"], "2,84", "mg/dL", "< 0,50", None, 0.5, "< 0,50", U),
    ]
    d.table(["Análise", "Resultado", "Unidades", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.2, 1.2, 1.6, 0.4])
    d.title("URINA TIPO II – EXAME SUMÁRIO (TIRA-TESTE)", 10)
    rows = [
        ("Aspeto", ["Urine appearance"], "Turvo", None, "Límpido", None, None, "Límpido", "*", None),
        ("Densidade", ["Urine specific gravity"], "1,025", None, "1,005 – 1,030", 1.005, 1.03, None, ""),
        ("pH", ["Urine pH"], "6,0", None, "5,0 – 8,0", 5.0, 8.0, None, ""),
        ("Proteínas", ["Urine protein"], "Vestígios", None, "Negativo", None, None, "Negativo", "*", None),
        ("Glicose", ["Urine glucose"], "Normal", None, "Normal", None, None, "Normal", "", None),
        ("Corpos cetónicos", ["Urine ketones"], "Negativo", None, "Negativo", None, None, "Negativo", "", None),
        ("Urobilinogénio", ["Urobilinogen"], "Normal", None, "Normal", None, None, "Normal", "", None),
        ("Sangue", ["Urine blood"], "++", None, "Negativo", None, None, "Negativo", "*", None),
        ("Nitritos", ["Urine nitrite"], "Positivo", None, "Negativo", None, None, "Negativo", "*", None),
        ("Leucócitos (esterase)", ["Urine leukocyte esterase"], "+++", None, "Negativo", None, None, "Negativo", "*", None),
    ]
    d.table(["Parâmetro", "Resultado", "Unidades", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.2, 1.2, 1.6, 0.4])
    d.title("SEDIMENTO URINÁRIO", 10)
    rows = [
        ("Leucócitos", ["Urine white cells, microscopy"], "40-50", "/campo", "0 – 5", 0.0, 5.0, None, U, None),
        ("Eritrócitos", ["Urine red cells, microscopy"], "10-15", "/campo", "0 – 3", 0.0, 3.0, None, U, None),
        ("Células epiteliais", ["Urine epithelial cells"], "Raras", None, "Raras", None, None, "Raras", "", None),
        ("Bactérias", ["Urine bacteria"], "Abundantes", None, "Ausentes", None, None, "Ausentes", "*", None),
        ("Cilindros", ["Urine casts"], "Ausentes", None, "Ausentes", None, None, "Ausentes", "", None),
    ]
    d.table(["Elemento", "Resultado", "Unidades", "Valores de referência", ""], labrows(d, rows, iso), [2.6, 1.2, 1.2, 1.6, 0.4])
    d.para("Urocultura com TSA: em curso, resultado disponível dentro de 48 horas.", 8.5)
    d.no("labs", "Urocultura", "other", "in progress")
    d.para("Validado por: Dra. Helena Moreira Sousa, especialista em Patologia Clínica", 8)
    return d


# ---------------------------------------------------------------------------- 04 Szeged
@document
def d04():
    d = Doc(
        4,
        "szeged_lab_pending",
        "Csongrád-Csanád County (Hungary, Szeged)",
        "lab_result",
        "lab report (single date, G/l and T/l counts, flag column magas / alacsony, diagnosis on the request, "
        "pending, sent-out and haemolysed tests)",
        "Y.m.d",
        lang="Hungarian",
        comma=True,
    )
    d.letterhead(
        "Szegedi Tudományegyetem",
        [
            "Szent-Györgyi Albert Klinikai Központ – Laboratóriumi Medicina Intézet",
            "6725 Szeged, Semmelweis u. 6. – Tel.: (62) 545-155",
        ],
        right=["LABORATÓRIUMI LELET", "Kérés: 2509030117"],
        size=13,
        color=(0.35, 0.1, 0.15),
    )
    d.kv(
        [
            ("Név:", "Tóth Istvánné"),
            ("Születési idő:", "1961.04.27."),
            ("TAJ szám:", "045 667 892"),
            ("Beküldő orvos:", "dr. Szabó Péter háziorvos, Hódmezővásárhely"),
            ("Mintavétel:", "2025.09.03. 07:45"),
            ("Klinikai adatok:", "I10 Magasvérnyomás-betegség; rheumatoid arthritis?"),
        ],
        cols=1,
        lw=100,
    )
    d.cond("Magasvérnyomás-betegség", "active", "I10", ["hypertension"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "rheumatoid arthritis", "other", "queried on the request")
    d.para("magas / alacsony – az eredmény a referenciatartomány felett / alatt van.", 8)
    iso = "2025-09-03"
    d.title("Hematológia", 10)
    rows = [
        ("Fehérvérsejtszám (WBC)", ["White cell count"], "11,8", "G/l", "4,0 – 10,0", 4.0, 10.0, None, "magas"),
        ("Vörösvérsejtszám (RBC)", ["Red cell count"], "4,51", "T/l", "4,20 – 5,40", 4.2, 5.4, None, ""),
        ("Hemoglobin", ["Haemoglobin"], "118", "g/l", "120 – 160", 120.0, 160.0, None, "alacsony"),
        ("Hematokrit", ["Haematocrit"], "0,36", "l/l", "0,37 – 0,47", 0.37, 0.47, None, "alacsony"),
        ("Thrombocytaszám", ["Platelets"], "412", "G/l", "150 – 400", 150.0, 400.0, None, "magas"),
        ("Süllyedés (We)", ["Erythrocyte sedimentation rate"], "48", "mm/h", "< 20", None, 20.0, "< 20", "magas"),
    ]
    d.table(["Vizsgálat", "Eredmény", "Mértékegység", "Referencia", "Jelzés"], labrows(d, rows, iso), [2.6, 1.1, 1.2, 1.5, 1])
    d.title("Klinikai kémia és immunológia", 10)
    rows = [
        ("Glükóz", ["Glucose"], "5,4", "mmol/l", "3,9 – 6,0", 3.9, 6.0, None, ""),
        ("Karbamid", ["Urea"], "6,1", "mmol/l", "2,8 – 7,2", 2.8, 7.2, None, ""),
        ("Kreatinin", ["Creatinine"], "79", "µmol/l", "45 – 84", 45.0, 84.0, None, ""),
        ("eGFR (CKD-EPI)", ["eGFR"], "68", "ml/perc/1,73m²", "> 60", 60.0, None, "> 60", ""),
        ("Nátrium", ["Sodium"], "140", "mmol/l", "136 – 145", 136.0, 145.0, None, ""),
        ("Kálium", ["Potassium"], "4,2", "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("GOT (AST)", ["Aspartate aminotransferase"], "24", "U/l", "< 32", None, 32.0, "< 32", ""),
        ("GPT (ALT)", ["Alanine aminotransferase"], "29", "U/l", "< 33", None, 33.0, "< 33", ""),
        ("Alkalikus foszfatáz", ["Alkaline phosphatase"], "142", "U/l", "35 – 104", 35.0, 104.0, None, "magas"),
        ("CRP", ["C-reactive protein"], "38,6", "mg/l", "< 5,0", None, 5.0, "< 5,0", "magas"),
        ("Reumatoid faktor (RF)", ["Rheumatoid factor"], "46", "NE/ml", "< 14", None, 14.0, "< 14", "magas"),
    ]
    d.table(["Vizsgálat", "Eredmény", "Mértékegység", "Referencia", "Jelzés"], labrows(d, rows, iso), [2.6, 1.1, 1.2, 1.5, 1])
    d.title("Folyamatban lévő vizsgálatok", 10)
    d.table(
        ["Vizsgálat", "Állapot"],
        [
            ["Anti-CCP", "folyamatban"],
            ["ANA (IIF)", "külső laboratóriumba továbbítva"],
            ["Húgysav", "a minta hemolizált, nem értékelhető"],
        ],
        [2.6, 4.4],
    )
    d.no("labs", "Anti-CCP", "other", "in progress")
    d.no("labs", "ANA (IIF)", "other", "sent to an outside laboratory")
    d.no("labs", "Húgysav", "other", "haemolysed")
    d.para("A leletet hitelesítette: dr. Kovács Judit, laboratóriumi szakorvos", 8)
    return d


# ---------------------------------------------------------------------------- 05 Honduras
@document
def d05():
    d = Doc(
        5,
        "honduras_lab_flagcol",
        "Honduras (Tegucigalpa)",
        "lab_result",
        "lab report (single date, decimal point, flag column Alto / Bajo / Anormal, presumptive diagnosis on the "
        "request, dengue serology, sent-out and in-process tests)",
        "d/m/Y",
        lang="Spanish (Honduras)",
    )
    d.letterhead(
        "Hospital Escuela",
        ["Laboratorio Clínico Central – Bulevar Suyapa, Tegucigalpa, M.D.C.", "Tel. (504) 2232-2322"],
        right=["RESULTADOS DE LABORATORIO", "Orden No. 250814-0932"],
        size=14,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Paciente:", "María Fernanda Zelaya Ortiz"),
            ("Edad / Sexo:", "34 años / F"),
            ("Médico:", "Dr. Óscar Murillo – Consulta Externa, Medicina Interna"),
            ("Fecha de toma:", "14/08/2025 07:30"),
            ("Dx presuntivo:", "Síndrome febril agudo; descartar leptospirosis"),
        ],
        cols=1,
        lw=96,
    )
    d.cond("Síndrome febril agudo", "active", None, ["acute febrile illness"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "leptospirosis", "other", "to be ruled out")
    d.para(
        "Alto / Bajo: por encima / por debajo del valor de referencia. Anormal: resultado cualitativo fuera de lo "
        "esperado.",
        8,
    )
    iso = "2025-08-14"
    d.title("HEMATOLOGÍA", 10)
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "11.2", "g/dL", "12.0 - 16.0", 12.0, 16.0, None, "Bajo"),
        ("Hematocrito", ["Haematocrit"], "34.1", "%", "36.0 - 46.0", 36.0, 46.0, None, "Bajo"),
        ("Leucocitos", ["White cell count"], "3.1", "x10³/µL", "4.5 - 10.5", 4.5, 10.5, None, "Bajo"),
        ("Neutrófilos", ["Neutrophils %"], "38", "%", "50 - 70", 50.0, 70.0, None, "Bajo"),
        ("Linfocitos", ["Lymphocytes %"], "52", "%", "20 - 40", 20.0, 40.0, None, "Alto"),
        ("Plaquetas", ["Platelets"], "88", "x10³/µL", "150 - 450", 150.0, 450.0, None, "Bajo"),
    ]
    d.table(["Examen", "Resultado", "Unidades", "Valor de referencia", "Observación"], labrows(d, rows, iso), [2.5, 1.1, 1.1, 1.6, 1.1])
    d.title("QUÍMICA CLÍNICA", 10)
    rows = [
        ("Glucosa", ["Glucose"], "92", "mg/dL", "70 - 110", 70.0, 110.0, None, ""),
        ("Creatinina", ["Creatinine"], "0.8", "mg/dL", "0.6 - 1.2", 0.6, 1.2, None, ""),
        ("AST (TGO)", ["Aspartate aminotransferase"], "128", "U/L", "0 - 40", 0.0, 40.0, None, "Alto"),
        ("ALT (TGP)", ["Alanine aminotransferase"], "96", "U/L", "0 - 41", 0.0, 41.0, None, "Alto"),
        ("Albúmina", ["Albumin"], "3.3", "g/dL", "3.5 - 5.0", 3.5, 5.0, None, "Bajo"),
    ]
    d.table(["Examen", "Resultado", "Unidades", "Valor de referencia", "Observación"], labrows(d, rows, iso), [2.5, 1.1, 1.1, 1.6, 1.1])
    d.title("INMUNOLOGÍA", 10)
    rows = [
        ("Dengue NS1 (antígeno)", ["Dengue NS1 antigen"], "Positivo", None, "Negativo", None, None, "Negativo", "Anormal", None),
        ("Dengue IgM", ["Dengue IgM antibody"], "Negativo", None, "Negativo", None, None, "Negativo", "", None),
        ("Prueba de embarazo (hCG en orina)", ["Urine hCG"], "Negativo", None, "Negativo", None, None, "Negativo", "", None),
    ]
    d.table(["Examen", "Resultado", "Unidades", "Valor de referencia", "Observación"], labrows(d, rows, iso), [2.5, 1.1, 1.1, 1.6, 1.1])
    d.para(
        "Leptospira IgM: muestra enviada al Laboratorio Nacional de Vigilancia, resultado pendiente. Hemocultivo: en "
        "proceso, reporte preliminar en 48 horas.",
        8.5,
    )
    d.no("labs", "Leptospira IgM", "other", "sent to the national laboratory, pending")
    d.no("labs", "Hemocultivo", "other", "in process")
    d.para("Resultados validados por: Lic. Karla Maradiaga, Microbióloga y Química Clínica", 8)
    return d


# ---------------------------------------------------------------------------- 06 Northumberland
@document
def d06():
    d = Doc(
        6,
        "northumberland_amiodarone_monitoring_scan",
        "England (Northumberland)",
        "lab_result",
        "cumulative blood monitoring for amiodarone (dates as rows, units and ranges in the header, queried "
        "diagnosis in a comment, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 2.2},
    )
    d.letterhead(
        "Northumbria Healthcare NHS Foundation Trust",
        ["Blood Sciences – Wansbeck General Hospital, Woodhorn Lane, Ashington NE63 9JJ", "Duty biochemist 01670 564 040"],
        right=["CUMULATIVE REPORT", "Drug monitoring: amiodarone"],
        size=12,
        color=(0.1, 0.2, 0.5),
    )
    d.kv(
        [
            ("Patient:", "ARMSTRONG, George William"),
            ("NHS No:", "485 772 1093"),
            ("DOB:", "03/09/1948"),
            ("Requested by:", "Dr P. Charlton (Cardiology)"),
        ],
        lw=80,
    )
    cols = [
        ("TSH", ["Thyroid stimulating hormone"], "mU/L", "0.35-5.50", 0.35, 5.5),
        ("Free T4", ["Free thyroxine"], "pmol/L", "12.0-22.0", 12.0, 22.0),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<45", None, 45.0),
        ("ALP", ["Alkaline phosphatase"], "U/L", "30-130", 30.0, 130.0),
        ("Bilirubin", [], "umol/L", "<21", None, 21.0),
        ("Potassium", [], "mmol/L", "3.5-5.3", 3.5, 5.3),
    ]
    data = [
        ("2024-11-14", ["2.10", "16.2", "22", "88", "9", "4.3"]),
        ("2025-02-13", ["3.84", "17.9", "31", "92", "11", "4.6"]),
        ("2025-05-15", ["7.92 H", "15.0", "58 H", "101", "8", "4.1"]),
        ("2025-07-10", ["12.40 H", "11.2 L", "49 H", "-", "-", "4.4"]),
        ("2025-08-21", ["9.65 H", "12.8", "41", "97", "10", "3.4 L"]),
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
    d.table(hdr, tab, [1.3, 1.1, 1.1, 1, 1, 1.1, 1.1], size=8)
    d.para("H = above reference range, L = below reference range. - = not requested on this date.", 8)
    d.para(
        "Comment 10/07/2025: TSH raised with low free T4 - ?amiodarone-induced hypothyroidism; suggest discussion "
        "with the cardiology team before any change to therapy.",
        8.5,
    )
    d.no("conditions", "amiodarone-induced hypothyroidism", "other", "queried in a lab comment")
    d.para(
        "21/08/2025: Free T3 added on by telephone request - to follow. Digoxin level - sample taken 2 hours after "
        "the dose, not analysed (please send a pre-dose sample).",
        8.5,
    )
    d.no("labs", "Free T3", "other", "added on, to follow")
    d.no("labs", "Digoxin level", "other", "not analysed")
    return d


# ---------------------------------------------------------------------------- 07 Togo
@document
def d07():
    d = Doc(
        7,
        "togo_antenatal_lab",
        "Togo (Lomé)",
        "lab_result",
        "antenatal lab results at a university hospital CPN clinic (blood count with space thousands, blood group, "
        "Hb electrophoresis, serologies with immunity references, urine dipstick; H / B / * flags; midwife's notes "
        "with a vaccine, a directly observed dose and planned medicines)",
        "d/m/Y",
        lang="French",
        comma=True,
    )
    d.letterhead(
        "CHU Sylvanus Olympio",
        ["Laboratoire de biologie médicale – Consultation prénatale (CPN)", "Boulevard du 13 Janvier, BP 57, Lomé – Tél. 22 21 25 01"],
        right=["BILAN PRÉNATAL", "CPN 2 – 2e trimestre"],
        size=13,
        color=(0.0, 0.35, 0.25),
    )
    d.kv(
        [
            ("Patiente:", "Mme Akossiwa Agbeko"),
            ("Âge:", "26 ans"),
            ("Grossesse:", "G2P1 – 22 SA"),
            ("Date:", "05/09/2025"),
        ],
        lw=70,
    )
    d.para("H / B : au-dessus / au-dessous des valeurs de référence. * : résultat anormal.", 8)
    iso = "2025-09-05"
    rows = [
        ("Hémoglobine", ["Haemoglobin"], "9,6", "g/dL", "11,0 – 15,0", 11.0, 15.0, None, "B"),
        ("Hématocrite", ["Haematocrit"], "29,4", "%", "33 – 45", 33.0, 45.0, None, "B"),
        ("VGM", ["Mean corpuscular volume"], "76", "fL", "80 – 100", 80.0, 100.0, None, "B"),
        ("Leucocytes", ["White cell count"], "7 800", "/mm³", "4 000 – 10 000", 4000.0, 10000.0, None, "", 7800.0),
        ("Plaquettes", ["Platelets"], "231 000", "/mm³", "150 000 – 400 000", 150000.0, 400000.0, None, "", 231000.0),
        ("Groupe sanguin / Rhésus", ["Blood group"], "B Rh+", None, "", None, None, None, "", None),
        ("Électrophorèse de l'hémoglobine", ["Haemoglobin electrophoresis"], "AS", None, "AA", None, None, "AA", "*", None),
        ("Glycémie à jeun", ["Fasting glucose"], "0,84", "g/L", "0,70 – 0,92", 0.7, 0.92, None, ""),
        ("Sérologie VIH (test rapide)", ["HIV rapid test"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("TPHA / VDRL", ["Syphilis serology"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("Antigène HBs", ["HBsAg"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("Toxoplasmose IgG", ["Toxoplasma IgG"], "Positif", None, "Positif = immunisée", None, None, "Positif = immunisée", "", None),
        ("Rubéole IgG", ["Rubella IgG"], "Positif", None, "Positif = immunisée", None, None, "Positif = immunisée", "", None),
        ("Goutte épaisse (paludisme)", ["Malaria thick smear"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("Albumine urinaire (bandelette)", ["Urine protein"], "Traces", None, "Négatif", None, None, "Négatif", "*", None),
        ("Glucose urinaire (bandelette)", ["Urine glucose"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
    ]
    d.table(["Examen", "Résultat", "Unité", "Valeurs de référence", ""], labrows(d, rows, iso), [2.9, 1.1, 0.9, 1.9, 0.4])
    d.title("Observations de la sage-femme", 10)
    d.para(
        "TA 110/70 mmHg, poids 64 kg, hauteur utérine 21 cm, BCF 144 batt/min. Pas de métrorragies ni de "
        "contractions. VAT 2 faite ce jour (lot 24T117). TPI-SP dose 1 (3 cp) prise sous observation directe à la "
        "CPN. Remis : fer + acide folique 200/0,4 mg, 1 cp par jour (30 cp), et une MILDA. Mébendazole 500 mg prévu "
        "au prochain rendez-vous dans 3 semaines. Antécédents familiaux : diabète de type 2 chez la mère. ECBU : "
        "résultat en attente.",
        8.8,
    )
    d.vit("blood_pressure", "110/70", 110.0, 70.0, "mmHg")
    d.vit("weight", "64", 64.0, None, "kg")
    d.imm("VAT", iso, 2, "24T117", None, amb=_amb(d.style, iso))
    d.imms[-1]["aliases"] = ["tetanus toxoid vaccine"]
    d.med("fer + acide folique", None, "200/0,4", "mg", None, "1 cp par jour", "new")
    d.meds[-1]["aliases"] = ["iron and folic acid"]
    d.no("conditions", "métrorragies", "negated")
    d.no("medications", "TPI-SP", "other", "single dose taken under direct observation at the clinic")
    d.no("medications", "Mébendazole", "planned", "next visit")
    d.no("conditions", "diabète de type 2", "family", "mother")
    d.no("labs", "ECBU", "other", "pending")
    d.para("Biologiste : Dr Kossi Amegah        Sage-femme : Mme Abla Mensah", 8)
    return d


# ---------------------------------------------------------------------------- 08 South Ostrobothnia
@document
def d08():
    d = Doc(
        8,
        "ostrobothnia_internal_medicine_referral",
        "South Ostrobothnia (Finland)",
        "medical_record",
        "GP referral letter to internal medicine (Finnish; ICD-10 diagnoses, medicines table with held and stopped "
        "drugs, lab table with specimen prefixes, handwritten addendum)",
        "j.n.Y",
        lang="Finnish",
        comma=True,
    )
    d.letterhead(
        "Seinäjoen terveyskeskus",
        ["Kauhavan terveysasema, Kauppatie 109, 62200 Kauhava", "Ajanvaraus 06 415 4111"],
        right=["LÄHETE", "Sisätautien poliklinikka – ei kiireellinen"],
        color=(0.05, 0.25, 0.5),
    )
    d.kv(
        [
            ("Vastaanottaja:", "Seinäjoen keskussairaala, sisätautien poliklinikka"),
            ("Päiväys:", "3.9.2025"),
            ("Potilas:", "Matti Antero Mäkelä"),
            ("Henkilötunnus:", "120458-127T"),
            ("Lähettävä lääkäri:", "LL Noora Hietala, yleislääketieteen erikoislääkäri"),
        ],
        cols=1,
        lw=104,
    )
    d.title("Lähetteen syy", 10)
    d.para(
        "Pyydän arviota ja jatkotutkimuksia 67-vuotiaalle miehelle, jolla on todettu raudanpuuteanemia ja noin 6 kg:n "
        "painonlasku puolessa vuodessa. Ei mustia ulosteita eikä näkyvää verenvuotoa. Vatsa on ollut löysällä noin "
        "kolme kuukautta. Keliakia? Gastroskopia ja kolonoskopia olisivat mielestäni aiheelliset."
    )
    d.no("conditions", "mustia ulosteita", "negated")
    d.no("conditions", "Keliakia", "other", "suspected")
    d.title("Diagnoosit", 10)
    d.bullets(
        [
            "D50.9 Raudanpuuteanemia",
            "E11.9 Tyypin 2 diabetes",
            "I10 Verenpainetauti",
            "I25.1 Sepelvaltimotauti",
            "G47.3 Uniapnea (CPAP-hoito)",
        ]
    )
    d.cond("Raudanpuuteanemia", "active", "D50.9", ["iron deficiency anaemia"])
    d.cond("Tyypin 2 diabetes", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Verenpainetauti", "active", "I10", ["hypertension"])
    d.cond("Sepelvaltimotauti", "active", "I25.1", ["coronary artery disease"])
    d.cond("Uniapnea", "active", "G47.3", ["sleep apnoea"])
    d.para(
        "Aiemmat sairaudet: keuhkoembolia 2016, hoidettu, antikoagulaatio lopetettu 2017. Suvussa: isällä "
        "paksusuolisyöpä 70-vuotiaana. Allergiat: penisilliini (nokkosihottuma), sulfa (ihottuma)."
    )
    d.no("conditions", "keuhkoembolia", "historical", "2016, treated")
    d.no("conditions", "paksusuolisyöpä", "family", "father")
    d.alg("penisilliini", "nokkosihottuma")
    d.alg("sulfa", "ihottuma")
    d.title("Lääkitys", 10)
    d.table(
        ["Lääke", "Annostus", "Huomautus"],
        [
            ["Metforem 1 g", "1 x 2", ""],
            ["Januvia 100 mg", "1 x 1", ""],
            ["Amlodipin 10 mg", "1 x 1", ""],
            ["Losatrix 100 mg", "1 x 1", ""],
            ["Atorvastatin 40 mg", "1 x 1 illalla", ""],
            ["Obsidan 100 mg", "1 x 1", "rautalääke"],
            ["Primaspan 100 mg", "—", "tauolla 1.9.2025 alkaen (anemia)"],
            ["Burana 400 mg", "—", "lopetettu 1.9.2025 (anemia)"],
        ],
        [2.4, 1.8, 3.4],
    )
    d.med("Metforem", "Metforem", "1", "g", None, "1 x 2")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Januvia", "Januvia", "100", "mg", None, "1 x 1")
    d.meds[-1]["aliases"] = ["sitagliptin"]
    d.med("Amlodipin", None, "10", "mg", None, "1 x 1")
    d.med("Losatrix", "Losatrix", "100", "mg", None, "1 x 1")
    d.meds[-1]["aliases"] = ["losartan"]
    d.med("Atorvastatin", None, "40", "mg", None, "1 x 1 illalla")
    d.med("Obsidan", "Obsidan", "100", "mg", None, "1 x 1")
    d.meds[-1]["aliases"] = ["ferrous sulfate"]
    d.med("Primaspan", "Primaspan", "100", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.med("Burana", "Burana", "400", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.no("medications", "Primaspan", "stopped", "paused because of anaemia")
    d.no("medications", "Burana", "stopped")
    d.run_header = "Matti Antero Mäkelä – 120458-127T – lähete sisätautien poliklinikalle 3.9.2025"
    iso = "2025-08-27"
    d.title("Laboratoriotulokset " + d.d(iso), 10)
    rows = [
        ("B -Hb", ["Haemoglobin"], "102", "g/l", "134 – 167", 134.0, 167.0, None, "L"),
        ("E -MCV", ["Mean corpuscular volume"], "74", "fl", "82 – 98", 82.0, 98.0, None, "L"),
        ("P -Ferrit", ["Ferritin"], "8", "µg/l", "30 – 300", 30.0, 300.0, None, "L"),
        ("B -Leuk", ["White cell count"], "6,1", "E9/l", "3,4 – 8,2", 3.4, 8.2, None, ""),
        ("B -Trom", ["Platelets"], "412", "E9/l", "150 – 360", 150.0, 360.0, None, "H"),
        ("P -Krea", ["Creatinine"], "88", "µmol/l", "60 – 100", 60.0, 100.0, None, ""),
        ("P -K", ["Potassium"], "4,4", "mmol/l", "3,3 – 4,9", 3.3, 4.9, None, ""),
        ("P -Na", ["Sodium"], "139", "mmol/l", "137 – 145", 137.0, 145.0, None, ""),
        ("B -HbA1c", ["HbA1c"], "54", "mmol/mol", "20 – 42", 20.0, 42.0, None, "H"),
        ("P -CRP", ["C-reactive protein"], "4", "mg/l", "< 10", None, 10.0, "< 10", ""),
        ("P -TSH", ["Thyroid stimulating hormone"], "1,9", "mU/l", "0,5 – 3,6", 0.5, 3.6, None, ""),
    ]
    d.table(["Tutkimus", "Tulos", "Yksikkö", "Viitealue", ""], labrows(d, rows, iso), [2, 1, 1.1, 1.5, 0.5])
    d.para("H / L = viitealueen ylä- / alapuolella.", 7.5)
    d.para("Status: RR 136/78 mmHg, syke 78/min, paino 79 kg (helmikuussa 85 kg), pituus 178 cm.")
    d.vit("blood_pressure", "136/78", 136.0, 78.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("weight", "79", 79.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.para(
        "Rokotukset: influenssarokote annettu " + d.d("2024-10-14") + ". Pneumokokkirokote (Pneumovax) on suositeltu, "
        "ei vielä annettu. Jos ferritiini ei nouse suun kautta otettavalla raudalla, harkitaan rautainfuusiota "
        "(Ferinject)."
    )
    d.imm("influenssarokote", "2024-10-14", None, None, None, amb=_amb(d.style, "2024-10-14"))
    d.no("immunizations", "Pneumokokkirokote", "due")
    d.no("medications", "Ferinject", "planned", "conditional")
    d.signature("Noora Hietala", "LL, yleislääketieteen erikoislääkäri")
    d.ensure(60)
    d.gap(6)
    d.title("Lisäys (käsin kirjoitettu)", 9.5)
    d.hand_line(d.d("2025-09-05") + ":", "tTG-IgA 86 U/ml (viite < 7) – koholla", 10.5)
    d.hand_line("", "F -Hb (ulosteen veri) positiivinen", 10.5)
    d.lab("tTG-IgA", "86", "U/ml", None, 7.0, "< 7", "high", "2025-09-05", ["tissue transglutaminase IgA"])
    d.lab("F -Hb", "positiivinen", None, None, None, None, "abnormal", "2025-09-05", ["faecal occult blood"], num=None)
    return d


# ---------------------------------------------------------------------------- 09 Olomouc
@document
def d09():
    d = Doc(
        9,
        "olomouc_cardiology_report",
        "Olomouc Region (Czechia)",
        "medical_record",
        "specialist report (cardiology outpatient findings, lab table with a space thousands and eGFR in ml/s, new, "
        "changed and stopped medicines, patient advice)",
        "d.m.Y",
        lang="Czech",
        comma=True,
    )
    d.letterhead(
        "Fakultní nemocnice Olomouc",
        ["I. interní klinika – kardiologická, kardiologická ambulance", "I. P. Pavlova 185/6, 779 00 Olomouc"],
        right=["AMBULANTNÍ ZPRÁVA", "Kardiologické vyšetření"],
        color=(0.1, 0.2, 0.5),
    )
    d.kv(
        [
            ("Pacient:", "Jaroslav Dvořák"),
            ("Datum narození:", "11.03.1953"),
            ("Datum vyšetření:", "02.09.2025"),
            ("Odesílající lékař:", "MUDr. Petra Novotná, praktický lékař, Prostějov"),
        ],
        cols=1,
        lw=104,
    )
    d.title("Diagnózy", 10)
    d.bullets(
        [
            "I50.2 Chronické srdeční selhání se sníženou ejekční frakcí, NYHA II",
            "I25.5 Ischemická kardiomyopatie",
            "E11.9 Diabetes mellitus 2. typu",
            "N18.3 Chronické onemocnění ledvin, stadium 3",
            "E78.0 Hypercholesterolemie",
        ]
    )
    d.cond("Chronické srdeční selhání se sníženou ejekční frakcí", "active", "I50.2", ["heart failure with reduced ejection fraction"])
    d.cond("Ischemická kardiomyopatie", "active", "I25.5", ["ischaemic cardiomyopathy"])
    d.cond("Diabetes mellitus 2. typu", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Chronické onemocnění ledvin, stadium 3", "active", "N18.3", ["chronic kidney disease stage 3"])
    d.cond("Hypercholesterolemie", "active", "E78.0", ["hypercholesterolaemia"])
    d.title("Anamnéza", 10)
    d.para(
        "72letý pacient sledovaný pro ischemickou kardiomyopatii. V roce 2019 prodělal akutní infarkt myokardu spodní "
        "stěny, řešen PCI RCA. Nyní mírná námahová dušnost, večer otoky kotníků. Bolesti na hrudi neguje. Otec zemřel "
        "náhle v 58 letech na infarkt myokardu. Alergie: sulfonamidy (exantém), jodová kontrastní látka (kopřivka)."
    )
    d.no("conditions", "akutní infarkt myokardu", "historical", "2019, treated with PCI")
    d.no("conditions", "Bolesti na hrudi", "negated")
    d.no("conditions", "infarkt myokardu", "family", "father")
    d.alg("sulfonamidy", "exantém")
    d.alg("jodová kontrastní látka", "kopřivka")
    d.title("Objektivně", 10)
    d.para("TK 118/72 mmHg, TF 64/min, SpO2 96 %, hmotnost 86 kg, výška 176 cm, BMI 27,8. ECHO: EF LK 32 %, dilatace LK.")
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mmHg")
    d.vit("heart_rate", "64", 64.0, None, "/min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "86", 86.0, None, "kg")
    d.vit("height", "176", 176.0, None, "cm")
    d.vit("bmi", "27,8", 27.8, None, None)
    d.run_header = "Jaroslav Dvořák, nar. 11.03.1953 – ambulantní zpráva 02.09.2025"
    iso = "2025-08-28"
    U, D = "\u2191", "\u2193"
    d.title("Laboratoř " + d.d(iso), 10)
    rows = [
        ("NT-proBNP", [], "2 340", "ng/l", "< 125", None, 125.0, "< 125", U, 2340.0),
        ("Kreatinin", ["Creatinine"], "142", "µmol/l", "62 – 106", 62.0, 106.0, None, U),
        ("eGFR (CKD-EPI)", ["eGFR"], "0,72", "ml/s/1,73m²", "> 1,00", 1.0, None, "> 1,00", D),
        ("Draslík", ["Potassium"], "5,0", "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("Sodík", ["Sodium"], "137", "mmol/l", "136 – 145", 136.0, 145.0, None, ""),
        ("Hemoglobin", ["Haemoglobin"], "129", "g/l", "135 – 175", 135.0, 175.0, None, D),
        ("HbA1c", [], "58", "mmol/mol", "20 – 42", 20.0, 42.0, None, U),
        ("LDL cholesterol", ["LDL cholesterol"], "2,1", "mmol/l", "< 1,4", None, 1.4, "< 1,4", U),
        ("Kyselina močová", ["Uric acid"], "468", "µmol/l", "202 – 417", 202.0, 417.0, None, U),
        ("TSH", ["Thyroid stimulating hormone"], "2,9", "mIU/l", "0,27 – 4,20", 0.27, 4.2, None, ""),
    ]
    d.table(["Vyšetření", "Výsledek", "Jednotka", "Referenční meze", ""], labrows(d, rows, iso), [2.2, 1, 1.3, 1.6, 0.5], size=7.9)
    d.para("\u2191 / \u2193 – nad / pod referenčními mezemi.", 7.5)
    d.title("Terapie", 10)
    d.table(
        ["Lék", "Dávkování", "Poznámka"],
        [
            ["Entresto 49/51 mg", "1-0-1", "nově (místo Tritace)"],
            ["Tritace 5 mg", "—", "vysazen (přechod na Entresto po 36 h pauze)"],
            ["Jardiance 10 mg", "1-0-0", "nově"],
            ["Concor Cor 5 mg", "1-0-0", "zvýšená dávka (dříve 2,5 mg)"],
            ["Verospiron 25 mg", "1-0-0", "pokračuje"],
            ["Furon 40 mg", "1-0-0", "snížená dávka (dříve 1-1-0)"],
            ["Sortis 80 mg", "0-0-1", "pokračuje"],
            ["Anopyrin 100 mg", "0-1-0", "pokračuje"],
            ["Metformin Teva 1000 mg", "1-0-1", "pokračuje"],
        ],
        [2.6, 1.1, 3.6],
        size=7.9,
    )
    d.med("Entresto", "Entresto", "49/51", "mg", None, "1-0-1", "new")
    d.meds[-1]["aliases"] = ["sacubitril/valsartan"]
    d.med("Tritace", "Tritace", "5", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ramipril"]
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1-0-0", "new")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Concor Cor", "Concor Cor", "5", "mg", None, "1-0-0", "changed")
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Verospiron", "Verospiron", "25", "mg", None, "1-0-0")
    d.meds[-1]["aliases"] = ["spironolactone"]
    d.med("Furon", "Furon", "40", "mg", None, "1-0-0", "changed")
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Sortis", "Sortis", "80", "mg", None, "0-0-1")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Anopyrin", "Anopyrin", "100", "mg", None, "0-1-0")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.med("Metformin", "Metformin Teva", "1000", "mg", None, "1-0-1")
    d.no("medications", "Tritace", "stopped", "switched to Entresto")
    d.title("Závěr a doporučení", 10)
    d.para(
        "Titrace Entresta podle TK a renálních funkcí. Kontrola za 6 týdnů. Pokud EF LK zůstane ≤ 35 % i po 3 měsících "
        "optimální léčby, zvážit implantaci ICD. Doporučeno očkování proti chřipce a očkování proti pneumokokům u "
        "praktického lékaře."
    )
    d.no("immunizations", "očkování proti chřipce", "due")
    d.no("immunizations", "očkování proti pneumokokům", "due")
    d.title("Poučení pacienta", 10)
    d.para(
        "Nepoužívejte volně prodejné léky proti bolesti typu ibuprofen (Ibalgin, Nurofen) – zhoršují srdeční selhání "
        "i funkci ledvin. Denně se važte; při vzestupu hmotnosti o více než 2 kg za 3 dny kontaktujte lékaře.",
        8.8,
    )
    d.no("medications", "ibuprofen", "leaflet", "Ibalgin, Nurofen")
    d.para("MUDr. Tomáš Procházka, Ph.D., kardiolog", 8.8, "B")
    return d


# ---------------------------------------------------------------------------- 10 Dubrovnik
@document
def d10():
    d = Doc(
        10,
        "dubrovnik_visitor_discharge_note",
        "Dubrovnik-Neretva County (Croatia)",
        "discharge_summary",
        "discharge note for a visiting patient (pyelonephritis; admission/discharge labs with arrows, urine culture, "
        "ward-only doses, held medicine, handwritten addendum)",
        "d.m.Y.",
        lang="Croatian",
        comma=True,
    )
    d.letterhead(
        "Opća bolnica Dubrovnik",
        ["Služba za internu medicinu – Odjel nefrologije", "Dr. Roka Mišetića 2, 20000 Dubrovnik"],
        right=["OTPUSNO PISMO", "Strani osiguranik (EKZO)"],
        color=(0.05, 0.3, 0.5),
    )
    d.kv(
        [
            ("Pacijent:", "Gerhard Steiner"),
            ("Datum rođenja:", "22.06.1957."),
            ("Osiguranje:", "Austrija – europska kartica zdravstvenog osiguranja"),
            ("Hospitalizacija:", "01.09.2025. – 05.09.2025."),
        ],
        cols=1,
        lw=96,
    )
    d.title("Dijagnoze", 10)
    d.bullets(
        [
            "N10 Akutni pijelonefritis desno",
            "E11.9 Šećerna bolest tip 2",
            "I10 Esencijalna hipertenzija",
            "N17.9 Akutno oštećenje bubrega – oporavljeno do otpusta",
        ],
        9,
    )
    d.cond("Akutni pijelonefritis desno", "active", "N10", ["acute pyelonephritis"])
    d.cond("Šećerna bolest tip 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Esencijalna hipertenzija", "active", "I10", ["essential hypertension"])
    d.no("conditions", "Akutno oštećenje bubrega", "historical", "recovered before discharge")
    d.title("Anamneza i tijek liječenja", 10)
    d.para(
        "Turist iz Austrije, 68 godina, primljen zbog febriliteta do 39,6 °C, tresavice i bolova u desnoj lumbalnoj "
        "regiji. Pri prijemu hipotenzivan, laktat povišen. Liječen ceftriaksonom 2 g i.v. jednom dnevno, uz "
        "nadoknadu tekućine; glikemija korigirana inzulinom (Actrapid) prema shemi. UZV bubrega: bez znakova "
        "opstrukcije, hidronefroza isključena. Otac je bolovao od karcinoma prostate. Alergija: ciprofloksacin "
        "(tendinitis).",
        9,
    )
    d.no("medications", "ceftriakson", "other", "IV on the ward")
    d.no("medications", "Actrapid", "other", "sliding-scale insulin on the ward")
    d.no("conditions", "hidronefroza", "negated")
    d.no("conditions", "karcinoma prostate", "family", "father")
    d.alg("ciprofloksacin", "tendinitis")
    dates = ["2025-09-01", "2025-09-05"]
    U, D = "\u2191", "\u2193"
    rows = [
        ("Leukociti", ["White cell count"], "x10⁹/L", "3,4 – 9,7", 3.4, 9.7, None, ["18,6 " + U, "8,2"]),
        ("Hemoglobin", ["Haemoglobin"], "g/L", "138 – 175", 138.0, 175.0, None, ["141", "128 " + D]),
        ("Trombociti", ["Platelets"], "x10⁹/L", "158 – 424", 158.0, 424.0, None, ["142 " + D, "226"]),
        ("CRP", ["C-reactive protein"], "mg/L", "< 5,0", None, 5.0, "< 5,0", ["246,8 " + U, "38,4 " + U]),
        ("Prokalcitonin", ["Procalcitonin"], "µg/L", "< 0,5", None, 0.5, "< 0,5", ["8,2 " + U, "—"]),
        ("Kreatinin", ["Creatinine"], "µmol/L", "64 – 104", 64.0, 104.0, None, ["168 " + U, "96"]),
        ("Ureja", ["Urea"], "mmol/L", "2,8 – 8,3", 2.8, 8.3, None, ["14,2 " + U, "6,9"]),
        ("Kalij", ["Potassium"], "mmol/L", "3,9 – 5,1", 3.9, 5.1, None, ["3,6 " + D, "4,3"]),
        ("Natrij", ["Sodium"], "mmol/L", "137 – 146", 137.0, 146.0, None, ["134 " + D, "139"]),
        ("Glukoza", ["Glucose"], "mmol/L", "4,4 – 6,4", 4.4, 6.4, None, ["12,8 " + U, "7,9 " + U]),
        ("Laktat", ["Lactate"], "mmol/L", "0,5 – 2,2", 0.5, 2.2, None, ["3,4 " + U, "—"]),
    ]
    tab = cumul(d, rows, dates)
    d.title("Laboratorijski nalazi", 10)
    d.table(["Pretraga", "Prijem " + d.d(dates[0]), "Otpust " + d.d(dates[1]), "Jedinica", "Ref. interval"], tab, [2, 1.4, 1.4, 1, 1.2], size=7.6)
    d.para(
        "\u2191 / \u2193 – iznad / ispod referentnog intervala. Urinokultura (" + d.d("2025-09-01") + "): E. coli > "
        "10^5 CFU/mL, osjetljiva na cefalosporine.",
        9,
    )
    d.lab("Urinokultura", "E. coli", None, None, None, None, None, "2025-09-01", ["Urine culture"], num=None)
    d.para("Pri otpustu: RR 132/78 mmHg, puls 76/min, T 36,6 °C, SpO2 97 %.", 9)
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("temperature", "36,6", 36.6, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.title("Terapija pri otpustu", 10)
    d.table(
        ["Lijek", "Doziranje", "Napomena"],
        [
            ["Zinnat (cefuroksim aksetil) 500 mg", "2 x 1 tbl, još 7 dana", "novo"],
            ["Metformin 1000 mg", "2 x 1 tbl", "ponovno uveden " + d.d("2025-09-04")],
            ["Amlodipin 10 mg", "1 x 1 tbl", "nastaviti"],
            ["Ramipril 5 mg", "—", "privremeno obustaviti do kontrole kreatinina"],
            ["Paracetamol 500 mg", "1–2 tbl po potrebi, najviše 3 x dnevno", "novo"],
        ],
        [2.6, 2.5, 2.9],
        size=7.6,
    )
    d.med("cefuroksim aksetil", "Zinnat", "500", "mg", None, "2 x 1 tbl", "new")
    d.med("Metformin", None, "1000", "mg", None, "2 x 1 tbl")
    d.med("Amlodipin", None, "10", "mg", None, "1 x 1 tbl")
    d.med("Ramipril", None, "5", "mg", None, None, "held")
    d.med("Paracetamol", None, "500", "mg", None, "po potrebi, najviše 3 x dnevno", "new")
    d.no("medications", "Ramipril", "stopped", "paused until creatinine check")
    d.para(
        "Preporuke: kontrola kreatinina i kalija kod obiteljskog liječnika u Austriji za 7 dana. Ne uzimati ibuprofen "
        "ni druge nesteroidne protuupalne lijekove.",
        9,
    )
    d.no("medications", "ibuprofen", "other", "told not to take")
    d.run_header = "Gerhard Steiner – otpusno pismo " + d.d("2025-09-05")
    d.signature("dr. Ivana Radić", "specijalist nefrologije")
    d.hand_line("Dodatak:", "Hemokultura (01.09.): sterilna nakon 5 dana", 10.5)
    d.lab("Hemokultura", "sterilna", None, None, None, None, None, "2025-09-01", ["Blood culture"], num=None)
    return d


# ---------------------------------------------------------------------------- 11 Tucson
@document
def d11():
    d = Doc(
        11,
        "tucson_infectious_disease_letter",
        "United States (Arizona, Tucson)",
        "medical_record",
        "specialist consultation letter (infectious diseases, Valley fever; two-date lab table with serology and "
        "titres, held medicine, vaccines given in clinic)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Sonoran Desert Infectious Disease Associates",
        ["1601 N Campbell Ave, Suite 300, Tucson, AZ 85719", "Phone (520) 555-0142 - Fax (520) 555-0143"],
        right=["CONSULTATION LETTER", "Infectious Diseases"],
        size=12.5,
        color=(0.55, 0.25, 0.05),
    )
    d.kv(
        [
            ("Date:", "09/04/2025"),
            ("To:", "Linda Chavez, MD - El Rio Health, Tucson"),
            ("Re:", "Rosa M. Delgado, DOB 02/11/1967, MRN 00418822"),
        ],
        cols=1,
        lw=50,
    )
    d.para("Dear Dr. Chavez,")
    d.para(
        "Thank you for asking me to see Ms. Delgado again for follow-up of her primary pulmonary coccidioidomycosis "
        "(Valley fever), diagnosed in July after three weeks of cough, fevers and night sweats. The erythema nodosum "
        "on both shins has resolved. She has no headache, and there is no evidence of coccidioidal meningitis. Her "
        "brother had disseminated coccidioidomycosis in 2014. Chest CT on 08/29/2025 shows a shrinking 2 cm "
        "right-lower-lobe nodule without cavitation."
    )
    d.no("conditions", "erythema nodosum", "historical", "resolved")
    d.no("conditions", "coccidioidal meningitis", "negated")
    d.no("conditions", "disseminated coccidioidomycosis", "family", "brother")
    d.title("Problem list", 10.5)
    d.bullets(
        [
            "Primary pulmonary coccidioidomycosis (B38.0)",
            "Rheumatoid arthritis (M06.9)",
            "Type 2 diabetes mellitus (E11.9)",
            "Hypothyroidism (E03.9)",
        ]
    )
    d.cond("Primary pulmonary coccidioidomycosis", "active", "B38.0", ["Valley fever"])
    d.cond("Rheumatoid arthritis", "active", "M06.9")
    d.cond("Type 2 diabetes mellitus", "active", "E11.9")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.para("Allergies: sulfamethoxazole-trimethoprim (Stevens-Johnson syndrome); amoxicillin (rash).")
    d.alg("sulfamethoxazole-trimethoprim", "Stevens-Johnson syndrome")
    d.alg("amoxicillin", "rash")
    dates = ["2025-07-22", "2025-09-02"]
    tab = cumul(
        d,
        [
            ("CRP", ["C-reactive protein"], "mg/L", "<10", None, 10.0, "<10", ["48 H", "12 H"]),
            ("ESR", ["Erythrocyte sedimentation rate"], "mm/h", "0-30", 0.0, 30.0, None, ["62 H", "34 H"]),
            ("WBC", ["White cell count"], "x10^3/uL", "4.5-11.0", 4.5, 11.0, None, ["9.8", "7.2"]),
            ("Eosinophils, absolute", ["Eosinophil count"], "x10^3/uL", "0.0-0.5", 0.0, 0.5, None, ["0.9 H", "0.4"]),
            ("ALT", ["Alanine aminotransferase"], "U/L", "7-35", 7.0, 35.0, None, ["28", "64 H"]),
            ("Creatinine", [], "mg/dL", "0.50-1.10", 0.5, 1.1, None, ["0.82", "0.86"]),
            ("Hemoglobin A1c", ["HbA1c"], "%", "4.0-5.6", 4.0, 5.6, None, ["7.6 H", "\u2014"]),
        ],
        dates,
    )
    qual = [
        ("Coccidioides IgM (EIA)", ["Coccidioides IgM antibody"], "Positive", "Negative", "Negative"),
        ("Coccidioides IgG (EIA)", ["Coccidioides IgG antibody"], "Positive", "Positive", "Negative"),
        ("Coccidioides complement fixation titer", ["Coccidioides CF antibody titer"], "1:16", "1:8", "<1:2"),
    ]
    for name, al, a, b, ref in qual:
        tab.append([name, a, b, "", ref])
        for iso, v in zip(dates, (a, b)):
            flag = "normal" if v == ref else "abnormal"
            d.lab(name, v, None, None, None, ref, flag, iso, al, num=None)
    d.title("Laboratory results", 10.5)
    d.table(["Test", d.d(dates[0]), d.d(dates[1]), "Units", "Reference"], tab, [2.8, 1.1, 1.1, 1, 1], size=8.2)
    d.para("H = above the reference range.", 7.5)
    d.para("Today: BP 124/78, HR 82, temperature 98.4 F, SpO2 95% on room air, weight 162 lb.")
    d.vit("blood_pressure", "124/78", 124.0, 78.0, None)
    d.vit("heart_rate", "82", 82.0, None, None)
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "162", 162.0, None, "lb")
    d.run_header = "Rosa M. Delgado - DOB 02/11/1967 - ID consultation 09/04/2025"
    d.title("Current medications", 10.5)
    d.table(
        ["Medication", "Directions", "Comment"],
        [
            ["Fluconazole 400 mg tablet", "400 mg by mouth daily", "continue; started 07/24/2025"],
            ["Methotrexate 2.5 mg tablets", "15 mg by mouth once weekly", "HOLD until cocci controlled (per rheumatology)"],
            ["Folic acid 1 mg", "1 mg by mouth daily", "continue"],
            ["Hydroxychloroquine 200 mg", "200 mg by mouth twice daily", "continue"],
            ["Metformin ER 500 mg", "1000 mg by mouth with supper", "continue"],
            ["Levothyroxine 88 mcg", "88 mcg by mouth daily", "continue"],
        ],
        [2.4, 2.4, 3],
        size=8.4,
    )
    d.med("Fluconazole", None, "400", "mg", "by mouth", "daily")
    d.med("Methotrexate", None, "15", "mg", "by mouth", "once weekly", "held")
    d.med("Folic acid", None, "1", "mg", "by mouth", "daily")
    d.med("Hydroxychloroquine", None, "200", "mg", "by mouth", "twice daily")
    d.med("Metformin ER", None, "1000", "mg", "by mouth", "with supper")
    d.med("Levothyroxine", None, "88", "mcg", "by mouth", "daily")
    d.no("medications", "Methotrexate", "stopped", "on hold until infection controlled")
    d.ensure(70)
    d.title("Assessment and plan", 10.5)
    d.para(
        "Clinically and serologically improving: the IgM has become negative and the CF titer has fallen from 1:16 to "
        "1:8. The mild ALT rise is likely fluconazole-related; I would continue the same dose for now, for a total of "
        "at least 6 months, with repeat CF titer and liver tests in 6 weeks. If the CF titer rises, consider switching "
        "to itraconazole. Methotrexate remains on hold; please do not restart it until I see her again."
    )
    d.no("medications", "itraconazole", "planned", "conditional")
    d.para(
        "In clinic today she received Shingrix dose 1 (lot 7G2KM) and PCV20 (Prevnar 20, lot LP3391). She declined "
        "the 2025-2026 COVID-19 vaccine."
    )
    d.imm("Shingrix", "2025-09-04", 1, "7G2KM", None)
    d.imms[-1]["aliases"] = ["zoster vaccine recombinant"]
    d.imm("PCV20", "2025-09-04", None, "LP3391", "Prevnar 20")
    d.no("immunizations", "COVID-19 vaccine", "other", "declined")
    d.para("Sincerely,")
    d.signature("Daniel Yazzie-Ortiz, MD", "Infectious Diseases", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Halifax
@document
def d12():
    d = Doc(
        12,
        "halifax_neurology_referral",
        "Canada (Nova Scotia, Halifax)",
        "medical_record",
        "GP referral letter (neurology; lab table with flag column, stopped medicine, question to the specialist, "
        "handwritten addendum)",
        "Y-m-d",
        size=letter,
    )
    d.letterhead(
        "Spryfield Family Practice",
        ["16 Dentith Road, Halifax, NS B3R 2H9", "Tel 902-555-0176 - Fax 902-555-0177"],
        right=["REFERRAL", "Neurology - semi-urgent"],
        color=(0.0, 0.3, 0.3),
    )
    d.kv(
        [
            ("To:", "Neurology Clinic, QEII Health Sciences Centre, Halifax"),
            ("Date:", "2025-09-10"),
            ("Patient:", "Aisling O'Neill"),
            ("DOB:", "1994-03-18"),
            ("Health card:", "NS 0041 552 718"),
        ],
        cols=1,
        lw=76,
    )
    d.para("Dear colleague,")
    d.para(
        "I would be grateful if you could see this 31-year-old teacher with three weeks of numbness and tingling in "
        "the left leg. In June 2025 she had left optic neuritis, treated in hospital with IV methylprednisolone; her "
        "vision has since recovered. MRI brain on 2025-08-28 shows several periventricular and juxtacortical T2 "
        "lesions, and I am concerned about possible multiple sclerosis. She has no bladder symptoms and no history "
        "of seizures. Her mother has systemic lupus erythematosus."
    )
    d.no("conditions", "optic neuritis", "historical", "June 2025, recovered")
    d.no("medications", "methylprednisolone", "other", "IV in hospital")
    d.no("conditions", "multiple sclerosis", "other", "suspected")
    d.no("conditions", "seizures", "negated")
    d.no("conditions", "systemic lupus erythematosus", "family", "mother")
    d.para(
        "Past medical history: migraine without aura; asthma, mild intermittent; generalized anxiety disorder; iron "
        "deficiency (2025)."
    )
    d.cond("Migraine without aura", "active")
    d.cond("Asthma, mild intermittent", "active")
    d.cond("Generalized anxiety disorder", "active")
    d.cond("Iron deficiency", "active")
    d.para("Allergies: penicillin - hives; latex - contact dermatitis.")
    d.alg("penicillin", "hives")
    d.alg("latex", "contact dermatitis")
    d.title("Medications", 10.5)
    d.bullets(
        [
            "Rizatriptan 10 mg - 1 tablet at onset of migraine, may repeat once",
            "Salbutamol 100 mcg inhaler - 2 puffs every 4-6 h as needed",
            "Sertraline 50 mg - once daily",
            "Ferrous gluconate 300 mg - once daily",
            "Yaz (drospirenone/ethinyl estradiol) - 1 tablet daily",
            "Topiramate 25 mg - stopped July 2025 (word-finding difficulty)",
        ]
    )
    d.med("Rizatriptan", None, "10", "mg", None, "at onset of migraine, may repeat once")
    d.med("Salbutamol", None, "100", "mcg", None, "every 4-6 h as needed")
    d.med("Sertraline", None, "50", "mg", None, "once daily")
    d.med("Ferrous gluconate", None, "300", "mg", None, "once daily")
    d.med("Yaz", "Yaz", None, None, None, "1 tablet daily")
    d.meds[-1]["aliases"] = ["drospirenone/ethinyl estradiol"]
    d.med("Topiramate", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Topiramate", "stopped", "word-finding difficulty")
    iso = "2025-08-14"
    d.title("Blood tests " + d.d(iso), 10.5)
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "118", "g/L", "120-160", 120.0, 160.0, None, "L"),
        ("Ferritin", [], "9", "ug/L", "15-200", 15.0, 200.0, None, "L"),
        ("Vitamin B12", [], "412", "pmol/L", "138-652", 138.0, 652.0, None, ""),
        ("TSH", ["Thyroid stimulating hormone"], "2.2", "mIU/L", "0.35-5.00", 0.35, 5.0, None, ""),
        ("25-OH Vitamin D", ["25-hydroxyvitamin D"], "48", "nmol/L", "75-250", 75.0, 250.0, None, "L"),
        ("CRP", ["C-reactive protein"], "3", "mg/L", "<8", None, 8.0, "<8", ""),
        ("Creatinine", [], "64", "umol/L", "50-90", 50.0, 90.0, None, ""),
        ("ALT", ["Alanine aminotransferase"], "21", "U/L", "<36", None, 36.0, "<36", ""),
    ]
    d.table(["Test", "Result", "Units", "Reference", "Flag"], labrows(d, rows, iso), [2.4, 1, 1, 1.3, 0.7], size=7.8)
    d.para("Aquaporin-4 and MOG antibodies were sent to the Toronto reference laboratory on 2025-08-14.")
    d.para("Today: BP 112/70, HR 74, weight 63 kg, BMI 22.8. She received a Tdap booster (Adacel) in the office today.")
    d.vit("blood_pressure", "112/70", 112.0, 70.0, None)
    d.vit("heart_rate", "74", 74.0, None, None)
    d.vit("weight", "63", 63.0, None, "kg")
    d.vit("bmi", "22.8", 22.8, None, None)
    d.imm("Tdap", "2025-09-10", None, None, "Adacel")
    d.para(
        "If MS is confirmed, would she be a candidate for ocrelizumab? Please also advise whether Yaz should "
        "continue. Many thanks for seeing her."
    )
    d.no("medications", "ocrelizumab", "planned", "question to the specialist")
    d.signature("Dr. Colin MacDonald", "Family Physician, Spryfield Family Practice")
    d.title("Addendum (handwritten)", 9.5)
    d.hand_line(d.d("2025-09-12") + ":", "AQP4-IgG negative", 10.5)
    d.hand_line("", "MOG-IgG still pending", 10.5)
    d.lab("AQP4-IgG", "negative", None, None, None, None, None, "2025-08-14", ["Aquaporin-4 antibody"], num=None)
    d.no("labs", "MOG-IgG", "other", "pending")
    return d


# ---------------------------------------------------------------------------- 13 Malopolska
@document
def d13():
    d = Doc(
        13,
        "malopolska_discharge_summary",
        "Lesser Poland Voivodeship (Poland, Kraków)",
        "discharge_summary",
        "hospital discharge summary (heart failure exacerbation; admission/discharge labs with arrows and space "
        "thousands, ward-only doses, held, changed and stopped medicines, patient information page)",
        "d.m.Y",
        lang="Polish",
        comma=True,
    )
    d.letterhead(
        "Szpital Uniwersytecki w Krakowie",
        ["Oddział Kliniczny Chorób Wewnętrznych i Geriatrii", "ul. Jakubowskiego 2, 30-688 Kraków – tel. 12 400 10 00"],
        right=["KARTA INFORMACYJNA", "LECZENIA SZPITALNEGO"],
        color=(0.1, 0.2, 0.45),
    )
    d.kv(
        [
            ("Pacjentka:", "Zofia Nowak"),
            ("PESEL:", "47050212345"),
            ("Okres hospitalizacji:", "18.08.2025 – 26.08.2025"),
            ("Lekarz prowadzący:", "lek. Anna Wójcik"),
        ],
        cols=1,
        lw=116,
    )
    d.title("Rozpoznanie główne", 10)
    d.bullets(["I50.0 Zaostrzenie przewlekłej niewydolności serca"])
    d.cond("Zaostrzenie przewlekłej niewydolności serca", "active", "I50.0", ["acute on chronic heart failure"])
    d.title("Rozpoznania współistniejące", 10)
    d.bullets(
        [
            "I48.0 Migotanie przedsionków napadowe",
            "E11.9 Cukrzyca typu 2",
            "N18.3 Przewlekła choroba nerek, stadium 3b",
            "D50.9 Niedokrwistość z niedoboru żelaza",
            "E87.5 Hiperkaliemia – ustąpiła w trakcie hospitalizacji",
        ]
    )
    d.cond("Migotanie przedsionków napadowe", "active", "I48.0", ["paroxysmal atrial fibrillation"])
    d.cond("Cukrzyca typu 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Przewlekła choroba nerek, stadium 3b", "active", "N18.3", ["chronic kidney disease stage 3b"])
    d.cond("Niedokrwistość z niedoboru żelaza", "active", "D50.9", ["iron deficiency anaemia"])
    d.no("conditions", "Hiperkaliemia", "historical", "resolved during the stay")
    d.title("Epikryza", 10)
    d.para(
        "Pacjentka 78-letnia przyjęta z powodu narastającej duszności, obrzęków kończyn dolnych i przyrostu masy "
        "ciała o 5 kg. Zatorowość płucna – wykluczona w angio-TK. Leczona dożylnie diuretykiem pętlowym z dobrym "
        "efektem. Hiperkaliemia przy przyjęciu (potas 5,8 mmol/l) – podano wlew glukozy z insuliną, ustąpiła. Z "
        "powodu niedoboru żelaza podano jednorazowo Ferinject 1000 mg i.v. W wywiadzie rodzinnym: matka – udar "
        "mózgu. Uczulenia: metamizol (pokrzywka), jodowe środki kontrastowe (duszność)."
    )
    d.no("conditions", "Zatorowość płucna", "negated")
    d.no("medications", "wlew glukozy z insuliną", "other", "given on the ward")
    d.no("medications", "Ferinject", "other", "single IV dose on the ward")
    d.no("conditions", "udar mózgu", "family", "mother")
    d.alg("metamizol", "pokrzywka")
    d.alg("jodowe środki kontrastowe", "duszność")
    dates = ["2025-08-18", "2025-08-26"]
    U, D = "\u2191", "\u2193"
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "g/dl", "12,0 – 16,0", 12.0, 16.0, None, ["9,8 " + D, "10,4 " + D]),
        ("MCV", ["Mean corpuscular volume"], "fl", "80 – 100", 80.0, 100.0, None, ["76 " + D, "77 " + D]),
        ("Ferrytyna", ["Ferritin"], "ng/ml", "13 – 150", 13.0, 150.0, None, ["12 " + D, "—"]),
        ("Sód", ["Sodium"], "mmol/l", "135 – 145", 135.0, 145.0, None, ["132 " + D, "137"]),
        ("Potas", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["5,8 " + U, "4,6"]),
        ("Kreatynina", ["Creatinine"], "mg/dl", "0,50 – 0,90", 0.5, 0.9, None, ["1,62 " + U, "1,38 " + U]),
        ("eGFR", [], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", ["31 " + D, "38 " + D]),
        ("NT-proBNP", [], "pg/ml", "< 125", None, 125.0, "< 125", ["6 840 " + U, "2 910 " + U]),
        ("CRP", ["C-reactive protein"], "mg/l", "< 5", None, 5.0, "< 5", ["12,4 " + U, "6,1 " + U]),
        ("Glukoza", ["Glucose"], "mg/dl", "70 – 99", 70.0, 99.0, None, ["168 " + U, "124 " + U]),
        ("HbA1c", [], "%", "4,0 – 6,0", 4.0, 6.0, None, ["7,4 " + U, "—"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "NT-proBNP", " ")  # Polish space thousands ("6 840")
    d.title("Wyniki badań laboratoryjnych", 10)
    d.table(["Badanie", "Przyjęcie " + d.d(dates[0]), "Wypis " + d.d(dates[1]), "Jednostka", "Norma"], tab, [1.9, 1.5, 1.5, 1.2, 1.2], size=8)
    d.para("\u2191 / \u2193 – powyżej / poniżej normy.", 7.5)
    d.para("Stan przy wypisie: RR 124/72 mmHg, tętno 78/min (niemiarowe), SpO2 95 %, masa ciała 71 kg.")
    d.vit("blood_pressure", "124/72", 124.0, 72.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "71", 71.0, None, "kg")
    d.run_header = "Zofia Nowak, PESEL 47050212345 – karta informacyjna, wypis 26.08.2025"
    d.ensure(200)  # keep the medicines table on one page
    d.title("Zalecenia – leki", 10)
    d.table(
        ["Lek", "Dawkowanie", "Uwagi"],
        [
            ["Furosemidum 40 mg", "1-1-0", "dawka zwiększona (poprzednio 1-0-0)"],
            ["Bisoprolol 5 mg", "1-0-0", "bez zmian"],
            ["Xarelto 15 mg", "0-1-0", "bez zmian"],
            ["Jardiance 10 mg", "1-0-0", "nowy lek"],
            ["Metformax 500 mg", "1-0-1", "bez zmian"],
            ["Polprazol 20 mg", "1-0-0", "bez zmian"],
            ["Eplerenon 25 mg", "—", "wstrzymać do kontroli potasu"],
            ["Ramipril 2,5 mg", "—", "odstawiony (hiperkaliemia, pogorszenie funkcji nerek)"],
        ],
        [2.4, 1.3, 4.3],
        size=8.4,
    )
    d.med("Furosemidum", None, "40", "mg", None, "1-1-0", "changed")
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Bisoprolol", None, "5", "mg", None, "1-0-0")
    d.med("Xarelto", "Xarelto", "15", "mg", None, "0-1-0")
    d.meds[-1]["aliases"] = ["rivaroxaban"]
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1-0-0", "new")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Metformax", "Metformax", "500", "mg", None, "1-0-1")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Polprazol", "Polprazol", "20", "mg", None, "1-0-0")
    d.meds[-1]["aliases"] = ["omeprazole"]
    d.med("Eplerenon", None, "25", "mg", None, None, "held")
    d.med("Ramipril", None, "2,5", "mg", None, None, "stopped")
    d.no("medications", "Eplerenon", "stopped", "held until potassium check")
    d.no("medications", "Ramipril", "stopped")
    d.title("Zalecenia", 10)
    d.para(
        "Codzienna kontrola masy ciała. Kontrola w POZ za 7 dni z oznaczeniem potasu i kreatyniny. Kontrola w Poradni "
        "Kardiologicznej za 3 miesiące. Szczepienie przeciw grypie zalecane w październiku."
    )
    d.no("immunizations", "Szczepienie przeciw grypie", "due", "October")
    d.signature("lek. Anna Wójcik", "specjalista chorób wewnętrznych", hand=False)
    d.newpage()
    d.title("Informacja dla pacjenta – niewydolność serca", 11)
    d.bullets(
        [
            "Codziennie rano, po oddaniu moczu, proszę się zważyć. Przyrost masy ciała o więcej niż 2 kg w ciągu 3 dni "
            "należy zgłosić lekarzowi.",
            "Proszę ograniczyć sól i nie pić więcej niż 1,5 litra płynów na dobę, jeśli lekarz nie zalecił inaczej.",
            "Proszę unikać leków przeciwbólowych z grupy NLPZ, np. ibuprofenu (Ibuprom, Nurofen) – mogą nasilać "
            "obrzęki i pogarszać czynność nerek.",
            "W razie nasilenia duszności, bólu w klatce piersiowej lub omdlenia proszę wezwać pogotowie (tel. 112).",
        ]
    )
    d.no("medications", "ibuprofen", "leaflet", "Ibuprom, Nurofen")
    return d


# ---------------------------------------------------------------------------- 14 Veneto
@document
def d14():
    d = Doc(
        14,
        "veneto_hospital_discharge_letter",
        "Veneto (Italy, Mestre)",
        "discharge_summary",
        "hospital discharge letter (upper GI bleed; cumulative labs with thousands points over 3 dates, ward-only "
        "doses, held anticoagulant, handwritten additions, advice page)",
        "d/m/Y",
        lang="Italian",
        comma=True,
    )
    d.letterhead(
        "Ospedale dell'Angelo – Mestre",
        ["Azienda ULSS 3 Serenissima – U.O.C. Medicina Generale", "Via Paccagnella 11, 30174 Mestre (VE)"],
        right=["LETTERA DI DIMISSIONE", "Reparto Medicina 2"],
        size=13,
        color=(0.45, 0.1, 0.1),
    )
    d.kv(
        [
            ("Paziente:", "Bruno Zanetti"),
            ("Nato il:", "17/06/1944"),
            ("Ricovero:", "02/09/2025 – 09/09/2025"),
            ("Medico curante:", "Dott. Paolo Scarpa, MMG Mestre"),
        ],
        cols=1,
        lw=96,
    )
    d.title("Diagnosi di dimissione", 10)
    d.bullets(
        [
            "Emorragia digestiva superiore da ulcera duodenale (Forrest IIb), trattata endoscopicamente",
            "Infezione da Helicobacter pylori",
            "Anemia post-emorragica",
            "Fibrillazione atriale permanente",
            "Ipertensione arteriosa",
        ]
    )
    d.cond("Emorragia digestiva superiore da ulcera duodenale", "active", None, ["upper GI bleed from duodenal ulcer"])
    d.cond("Infezione da Helicobacter pylori", "active", None, ["Helicobacter pylori infection"])
    d.cond("Anemia post-emorragica", "active", None, ["post-haemorrhagic anaemia"])
    d.cond("Fibrillazione atriale permanente", "active", None, ["permanent atrial fibrillation"])
    d.cond("Ipertensione arteriosa", "active", None, ["hypertension"])
    d.title("Anamnesi e decorso", 10)
    d.para(
        "Pregresso ictus ischemico (2020) senza esiti. Allergie: penicillina (eritema), mezzo di contrasto iodato "
        "(orticaria). Ricoverato per melena e astenia, in terapia con Coumadin (INR 3,1 all'ingresso). Trasfuse 2 "
        "unità di emazie concentrate; infusione continua di esomeprazolo e.v. per 72 ore. EGDS del 03/09/2025: ulcera "
        "bulbare Forrest IIb, trattata con clip. Test rapido all'ureasi (biopsia antrale): positivo. Decorso "
        "successivo regolare, senza ulteriori episodi di sanguinamento."
    )
    d.no("conditions", "ictus ischemico", "historical", "2020, no sequelae")
    d.no("medications", "emazie concentrate", "other", "transfused on the ward")
    d.no("medications", "esomeprazolo", "other", "IV infusion on the ward")
    d.alg("penicillina", "eritema")
    d.alg("mezzo di contrasto iodato", "orticaria")
    d.lab("Test rapido all'ureasi", "positivo", None, None, None, None, "abnormal", "2025-09-03", ["Helicobacter pylori rapid urease test"], num=None)
    dates = ["2025-09-02", "2025-09-05", "2025-09-09"]
    rows = [
        ("Emoglobina", ["Haemoglobin"], "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ["7,4 L", "8,6 L", "9,8 L"]),
        ("Piastrine", ["Platelets"], "/mm³", "150.000 – 400.000", 150000.0, 400000.0, None, ["162.000", "148.000 L", "211.000"]),
        ("Leucociti", ["White cell count"], "/mm³", "4.000 – 10.000", 4000.0, 10000.0, None, ["11.200 H", "8.400", "7.100"]),
        ("Urea", [], "mg/dL", "15 – 50", 15.0, 50.0, None, ["112 H", "64 H", "41"]),
        ("Creatinina", ["Creatinine"], "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, ["1,34 H", "1,12", "1,05"]),
        ("INR", [], None, "0,80 – 1,20", 0.8, 1.2, None, ["3,1 H", "1,4 H", "1,1"]),
        ("Potassio", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ["4,9", "—", "4,2"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "Piastrine", ".")  # Italian thousands points
    _thousands(d, "Leucociti", ".")
    d.title("Esami di laboratorio", 10)
    d.table(["Esame"] + [d.d(x) for x in dates] + ["Unità", "Valori di riferimento"], tab, [1.6, 1.1, 1.1, 1.1, 0.9, 1.7], size=8)
    d.para("H / L = valore superiore / inferiore all'intervallo di riferimento.", 7.5)
    d.para("Parametri alla dimissione: PA 132/76 mmHg, FC 72 bpm (aritmica), SpO2 97 %, TC 36,4 °C.")
    d.vit("blood_pressure", "132/76", 132.0, 76.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "bpm")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("temperature", "36,4", 36.4, None, "°C")
    d.run_header = "Bruno Zanetti, nato il 17/06/1944 – lettera di dimissione 09/09/2025"
    d.title("Terapia alla dimissione", 10)
    d.table(
        ["Farmaco", "Posologia", "Note"],
        [
            ["Pantoprazolo 40 mg cpr", "1 cpr x 2/die prima dei pasti per 8 settimane", "nuovo"],
            ["Pylera cps", "3 cps x 4/die per 10 giorni (con pantoprazolo)", "nuovo – eradicazione H. pylori"],
            ["Ferrograd 105 mg cpr", "1 cpr/die lontano dai pasti", "nuovo"],
            ["Bisoprololo 2,5 mg cpr", "1 cpr/die", "invariato"],
            ["Amlodipina 5 mg cpr", "1 cpr/die", "invariato"],
            ["Coumadin 5 mg cpr", "—", "sospeso fino al controllo del 23/09/2025"],
        ],
        [1.9, 3.3, 2.8],
        size=8.2,
    )
    d.med("Pantoprazolo", None, "40", "mg", None, "1 cpr x 2/die prima dei pasti per 8 settimane", "new")
    d.med("Pylera", "Pylera", None, None, None, "3 cps x 4/die per 10 giorni", "new")
    d.meds[-1]["aliases"] = ["bismuth subcitrate potassium/metronidazole/tetracycline"]
    d.med("Ferrograd", "Ferrograd", "105", "mg", None, "1 cpr/die lontano dai pasti", "new")
    d.meds[-1]["aliases"] = ["ferrous sulfate"]
    d.med("Bisoprololo", None, "2,5", "mg", None, "1 cpr/die")
    d.med("Amlodipina", None, "5", "mg", None, "1 cpr/die")
    d.med("Coumadin", "Coumadin", "5", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["warfarin"]
    d.no("medications", "Coumadin", "stopped", "suspended until the outpatient review")
    d.signature("Dott.ssa Chiara Bellin", "Dirigente medico, Medicina Generale")
    d.title("Note aggiunte a mano", 9.5)
    d.hand_line("", "Istologia (biopsie antrali): in corso – esito al controllo", 10.5)
    d.hand_line("", "Emocromo di controllo tra 7 giorni c/o MMG", 10.5)
    d.no("labs", "Istologia", "other", "in progress")
    d.no("labs", "Emocromo", "planned", "in 7 days")
    d.newpage()
    d.title("Consigli per il paziente", 11)
    d.bullets(
        [
            "Assuma il pantoprazolo mezz'ora prima di colazione e di cena.",
            "Eviti i farmaci antinfiammatori (FANS) come l'ibuprofene (Brufen, Moment): possono causare una nuova "
            "emorragia.",
            "Le feci possono diventare scure durante la terapia con Pylera e con il ferro. Se compaiono feci nere e "
            "molli, vomito con sangue o forte debolezza, si rechi subito al Pronto Soccorso.",
            "Non riprenda il Coumadin prima del controllo del 23/09/2025.",
        ]
    )
    d.no("medications", "ibuprofene", "leaflet", "Brufen, Moment")
    return d


# ---------------------------------------------------------------------------- 15 Pittsburgh
@document
def d15():
    d = Doc(
        15,
        "pittsburgh_cholangitis_discharge_scan",
        "United States (Pennsylvania, Pittsburgh)",
        "discharge_summary",
        "discharge summary (acute cholangitis with sepsis, 2 pages, blood culture, held anticoagulant, scanned, "
        "handwritten notes)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": -1.4},
        size=letter,
    )
    d.letterhead(
        "Three Rivers University Hospital",
        ["Division of Hospital Medicine", "3400 Forbes Ave, Pittsburgh, PA 15213"],
        right=["DISCHARGE SUMMARY", "Acct 5521-08834"],
        color=(0.15, 0.15, 0.4),
    )
    d.kv(
        [
            ("Patient:", "Walter J. Kowalczyk"),
            ("DOB:", "04/19/1949"),
            ("Admitted:", "08/10/2025"),
            ("Discharged:", "08/15/2025"),
            ("Attending:", "Priya Raman, MD"),
            ("PCP:", "Squirrel Hill Family Medicine"),
        ],
        lw=72,
    )
    d.title("Diagnoses", 10.5)
    d.bullets(
        [
            "Acute cholangitis due to choledocholithiasis, s/p ERCP with sphincterotomy and stone extraction (K80.33)",
            "Sepsis due to Klebsiella pneumoniae - resolved",
            "Chronic kidney disease stage 3a (N18.31)",
            "Paroxysmal atrial fibrillation (I48.0)",
            "Hyperlipidemia (E78.5)",
            "Gout (M10.9)",
        ]
    )
    d.cond("Acute cholangitis due to choledocholithiasis", "active", "K80.33")
    d.cond("Chronic kidney disease stage 3a", "active", "N18.31")
    d.cond("Paroxysmal atrial fibrillation", "active", "I48.0")
    d.cond("Hyperlipidemia", "active", "E78.5")
    d.cond("Gout", "active", "M10.9")
    d.no("conditions", "Sepsis", "historical", "resolved")
    d.title("Hospital course", 10.5)
    d.para(
        "76-year-old man admitted with fever, rigors, jaundice and right upper quadrant pain, septic on arrival. "
        "Treated with IV piperacillin-tazobactam. Apixaban was held; ERCP on 08/11/2025 with sphincterotomy and "
        "extraction of two common bile duct stones. Blood cultures grew Klebsiella pneumoniae (pan-sensitive). "
        "Ultrasound showed no liver abscess. His mother had pancreatic cancer. Laparoscopic cholecystectomy is planned "
        "with general surgery in 6 weeks."
    )
    d.no("medications", "piperacillin-tazobactam", "other", "IV on the ward")
    d.no("conditions", "liver abscess", "negated")
    d.no("conditions", "pancreatic cancer", "family", "mother")
    d.lab("Blood cultures", "Klebsiella pneumoniae", None, None, None, None, None, "2025-08-10", ["Blood culture"], num=None)
    d.para("Allergies: sulfa drugs (rash); morphine (itching).")
    d.alg("sulfa drugs", "rash")
    d.alg("morphine", "itching")
    d.title("Labs", 10.5)
    tab = cumul(
        d,
        [
            ("WBC", ["White cell count"], "x10^3/uL", "4.0-10.5", 4.0, 10.5, None, ["18.9 H", "9.1"]),
            ("Total bilirubin", [], "mg/dL", "0.2-1.2", 0.2, 1.2, None, ["4.8 H", "1.3 H"]),
            ("Alkaline phosphatase", [], "U/L", "40-129", 40.0, 129.0, None, ["412 H", "228 H"]),
            ("ALT", ["Alanine aminotransferase"], "U/L", "7-52", 7.0, 52.0, None, ["286 H", "98 H"]),
            ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["1.72 H", "1.21"]),
            ("Lactate", [], "mmol/L", "0.5-2.0", 0.5, 2.0, None, ["3.6 H", "\u2014"]),
            ("Procalcitonin", [], "ng/mL", "<0.50", None, 0.5, "<0.50", ["12.40 H", "\u2014"]),
            ("INR", [], None, "0.9-1.1", 0.9, 1.1, None, ["1.6 H", "1.2 H"]),
        ],
        ["2025-08-10", "2025-08-15"],
    )
    d.table(["Test", d.d("2025-08-10"), d.d("2025-08-15"), "Units", "Ref range"], tab, [2.2, 1.2, 1.2, 1, 1.2])
    d.para("Vitals at discharge: BP 128/74, HR 76 (irregular), T 98.2 F, RR 16, SpO2 97% on room air, weight 201 lb.")
    d.vit("blood_pressure", "128/74", 128.0, 74.0, None)
    d.vit("heart_rate", "76", 76.0, None, None)
    d.vit("temperature", "98.2", 98.2, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "201", 201.0, None, "lb")
    d.run_header = "Kowalczyk, Walter J. - DOB 04/19/1949 - Discharge summary 08/15/2025"
    d.newpage()
    d.title("Discharge medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Amoxicillin-clavulanate 875-125 mg tablet", "1 tablet by mouth twice daily x 5 more days", "NEW"],
            ["Eliquis (apixaban) 5 mg", "5 mg by mouth twice daily - HOLD until 08/18/2025, then resume", "HOLD"],
            ["Metoprolol succinate ER 50 mg", "50 mg by mouth daily", "Continue"],
            ["Atorvastatin 40 mg", "40 mg by mouth at bedtime", "Continue"],
            ["Allopurinol 100 mg", "100 mg by mouth daily", "Continue"],
            ["Acetaminophen 325 mg", "650 mg by mouth every 6 hours as needed", "Continue"],
            ["Lisinopril 10 mg", "-", "STOP (kidney function)"],
        ],
        [3, 3.4, 1.6],
    )
    d.med("Amoxicillin-clavulanate", None, "875-125", "mg", "by mouth", "twice daily", "new")
    d.med("Eliquis", "Eliquis", "5", "mg", "by mouth", "twice daily", "held")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Metoprolol succinate ER", None, "50", "mg", "by mouth", "daily")
    d.med("Atorvastatin", None, "40", "mg", "by mouth", "at bedtime")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily")
    d.med("Acetaminophen", None, "650", "mg", "by mouth", "every 6 hours as needed")
    d.med("Lisinopril", None, "10", "mg", None, None, "stopped")
    d.no("medications", "Eliquis", "stopped", "held until 08/18/2025")
    d.no("medications", "Lisinopril", "stopped")
    d.title("Immunizations", 10.5)
    d.para(
        "PCV20 (Prevnar 20) given 08/14/2025, lot HK7732. Influenza vaccine not yet available on the ward - to be given "
        "at the PCP office this fall."
    )
    d.imm("PCV20", "2025-08-14", None, "HK7732", "Prevnar 20")
    d.no("immunizations", "Influenza vaccine", "due")
    d.title("Follow-up", 10.5)
    d.para(
        "PCP within 1 week with CBC and liver panel. General surgery clinic in 6 weeks for laparoscopic "
        "cholecystectomy. Return for fever, jaundice or abdominal pain."
    )
    d.signature("Priya Raman, MD", "Hospitalist", hand=False)
    d.gap(6)
    d.title("Notes", 10)
    d.hand_line(d.d("2025-08-15") + ":", "Mg 1.6 (nl 1.7-2.4) - low", 11)
    d.hand_line("", "start Mag-Ox 400 mg PO daily x 2 wks", 11)
    d.lab("Mg", "1.6", None, 1.7, 2.4, None, "low", "2025-08-15", ["Magnesium"])
    d.med("Mag-Ox", "Mag-Ox", "400", "mg", "PO", "daily x 2 wks", "new")
    d.meds[-1]["aliases"] = ["magnesium oxide"]
    return d


# ---------------------------------------------------------------------------- 16 Lombok
@document
def d16():
    d = Doc(
        16,
        "lombok_child_immunisation_card_scan",
        "West Nusa Tenggara (Indonesia, Lombok)",
        "immunization_record",
        "child immunisation record (Buku KIA page, day-month-year, handwritten, vitamin A and not-available vaccines, "
        "diarrhoea treatment; scanned)",
        "d-m-Y",
        ext="png",
        scan={"dpi": 160, "angle": 1.6},
        lang="Indonesian",
        comma=True,
    )
    d.letterhead(
        "Buku Kesehatan Ibu dan Anak (KIA)",
        ["Catatan Imunisasi Anak – Kementerian Kesehatan Republik Indonesia",
         "Puskesmas Cakranegara, Jl. Gora No. 14, Kota Mataram, Nusa Tenggara Barat"],
        color=(0.1, 0.4, 0.5),
    )
    d.kv(
        [
            ("Nama anak :", Hand("Baiq Aulia Ramadhani")),
            ("Tanggal lahir :", Hand("14-03-2024")),
            ("Nama ibu :", Hand("Baiq Nurul Hidayati")),
            ("No. register :", Hand("CKR-2403-118")),
        ],
        cols=1,
        lw=110,
    )
    rows = [
        ("HB-0 (< 24 jam)", "2024-03-14", None, "HB2311A"),
        ("BCG", "2024-04-02", None, "BCG0224"),
        ("Polio tetes 1", "2024-04-02", 1, "BOP1187"),
        ("DPT-HB-Hib 1", "2024-05-14", 1, "PTV0412"),
        ("Polio tetes 2", "2024-05-14", 2, "BOP1203"),
        ("PCV 1", "2024-05-14", 1, "PC2240"),
        ("Rotavirus (RV) 1", "2024-05-14", 1, "RV0301"),
        ("DPT-HB-Hib 2", "2024-06-18", 2, "PTV0455"),
        ("Polio tetes 3", "2024-06-18", 3, "BOP1219"),
        ("PCV 2", "2024-06-18", 2, "PC2261"),
        ("Rotavirus (RV) 2", "2024-06-18", 2, "RV0318"),
        ("DPT-HB-Hib 3", "2024-07-16", 3, "PTV0471"),
        ("Polio tetes 4", "2024-07-16", 4, "BOP1240"),
        ("IPV 1", "2024-07-16", 1, "IPV0907"),
        ("Rotavirus (RV) 3", "2024-07-16", 3, "RV0344"),
        ("Campak-Rubela (MR) 1", "2024-12-17", 1, "MR1129"),
        ("IPV 2", "2024-12-17", 2, "IPV0962"),
    ]
    tab = []
    for vac, iso, n, lot in rows:
        tab.append([vac, Hand(d.d(iso)), Hand(lot), Hand("Sri")])
        d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
    d.title("IMUNISASI DASAR DAN LANJUTAN", 11)
    d.table(["Jenis vaksin", "Tanggal pemberian (tgl-bln-thn)", "No. batch", "Paraf"], tab, [2.6, 2.2, 1.4, 0.8], size=8.2)
    d.title("Catatan petugas", 10)
    d.hand_line("16-09-2024 :", "Vitamin A biru (100.000 IU) diberikan", 10.5)
    d.hand_line("", "JE : tidak diberikan – program hanya di Bali", 10.5)
    d.hand_line("", "Varisela : tidak tersedia di Puskesmas", 10.5)
    d.hand_line("17-03-2025 :", "BB 9,1 kg, PB 74 cm", 10.5)
    d.hand_line("17-03-2025 :", "Diare akut tanpa dehidrasi – Oralit 50-100 ml tiap BAB,", 10.5)
    d.hand_line("", "Zinc 10 mg 1x sehari selama 10 hari", 10.5)
    d.hand_line("", "Jadwal berikut: DPT-HB-Hib lanjutan & MR lanjutan umur 18 bulan (14-09-2025)", 10.5)
    d.no("medications", "Vitamin A", "other", "single dose given at the clinic")
    d.no("immunizations", "JE", "other", "not available outside Bali")
    d.no("immunizations", "Varisela", "other", "not available at the clinic")
    d.vit("weight", "9,1", 9.1, None, "kg")
    d.vit("height", "74", 74.0, None, "cm")
    d.cond("Diare akut tanpa dehidrasi", "active", None, ["acute diarrhoea without dehydration"])
    d.med("Oralit", "Oralit", "50-100", "ml", None, "tiap BAB", "new")
    d.meds[-1]["aliases"] = ["oral rehydration salts"]
    d.med("Zinc", None, "10", "mg", None, "1x sehari selama 10 hari", "new")
    d.hand_line("Petugas :", "Sri Wahyuni, A.Md.Keb.", 10.5)
    return d


# ---------------------------------------------------------------------------- 17 Rogaland
@document
def d17():
    d = Doc(
        17,
        "rogaland_sysvak_vaccination_registry",
        "Rogaland (Norway, Stavanger)",
        "immunization_record",
        "national vaccination registry print (SYSVAK, adult travel and seasonal vaccines, antibody result, "
        "contraindicated, not needed, recommended and booked vaccines)",
        "d.m.Y",
        lang="Norwegian (Bokmål)",
        comma=True,
    )
    d.letterhead(
        "Nasjonalt vaksinasjonsregister SYSVAK",
        ["Folkehelseinstituttet – utskrift av vaksinasjonsoversikt", "Skrevet ut av Stavanger legesenter, Klubbgata 5, 4013 Stavanger"],
        right=["VAKSINASJONSKORT", "Utskrevet 08.09.2025"],
        size=12,
        color=(0.55, 0.1, 0.15),
    )
    d.kv(
        [
            ("Navn:", "Siri Løvås Eide"),
            ("Fødselsnummer:", "230679 48213"),
            ("Fastlege:", "Håkon Tveit"),
            ("Kommune:", "Stavanger"),
        ],
        lw=98,
    )
    rows = [
        ("Difteri, stivkrampe, kikhoste og poliomyelitt", "2016-05-14", None, "Boostrix Polio", "AC37B104", "Oppfriskningsdose"),
        ("Hepatitt A", "2018-02-03", 1, "Havrix 1440", "AHAVB871", "1. dose"),
        ("Tyfoidfeber", "2018-02-03", None, "Typhim Vi", "T2K118", "Enkeltdose"),
        ("Hepatitt A", "2018-08-10", 2, "Havrix 1440", "AHAVB902", "2. dose"),
        ("Rabies", "2023-01-02", 1, "Rabies-Imovax", "S1R447", "1. dose"),
        ("Japansk encefalitt", "2023-01-02", 1, "Ixiaro", "JEV22-118", "1. dose"),
        ("Rabies", "2023-01-09", 2, "Rabies-Imovax", "S1R452", "2. dose"),
        ("Japansk encefalitt", "2023-01-30", 2, "Ixiaro", "JEV22-131", "2. dose"),
        ("Influensa", "2024-10-22", None, "Vaxigrip Tetra", "X4J119", "Sesongdose"),
        ("Covid-19", "2024-10-22", None, "Comirnaty KP.2", "LK9911", "Sesongdose"),
    ]
    tab = []
    for vac, iso, n, br, lot, dose in rows:
        tab.append([vac, d.d(iso), br, lot, dose])
        d.imm(vac, iso, n, lot, br, amb=_amb(d.style, iso))
    d.title("Registrerte vaksinasjoner", 10.5)
    d.table(["Vaksine mot", "Dato", "Preparat", "Batchnr.", "Dose"], tab, [3.6, 1.1, 1.5, 1.2, 1.6], size=8.2)
    d.title("Registrerte antistoffundersøkelser", 10.5)
    d.table(
        ["Analyse", "Resultat", "Referanse", "Dato"],
        [["Meslinger IgG", "Positiv", "Positiv = immun", d.d("2025-03-12")]],
        [2.4, 1.4, 2.4, 1.4],
        size=8.2,
    )
    d.lab("Meslinger IgG", "Positiv", None, None, None, "Positiv = immun", "normal", "2025-03-12", ["Measles IgG antibody"], num=None)
    d.title("Vaksiner som ikke er gitt / merknader fra fastlege", 10.5)
    d.table(
        ["Vaksine", "Merknad"],
        [
            ["Gulfeber", "Ikke gitt – kontraindisert (immundempende behandling)"],
            ["MMR", "Ikke nødvendig – har gjennomgått meslinger i barndommen, serologisk immun"],
            ["Pneumokokk (Prevenar 20)", "Anbefalt på grunn av immundempende behandling – ikke satt ennå"],
            ["Herpes zoster (Shingrix)", "Time avtalt 11.11.2025"],
        ],
        [2.4, 5.2],
        size=8.2,
    )
    d.no("immunizations", "Gulfeber", "other", "contraindicated")
    d.no("immunizations", "MMR", "other", "not needed, immune after measles")
    d.no("conditions", "gjennomgått meslinger", "historical", "childhood measles")
    d.no("immunizations", "Pneumokokk (Prevenar 20)", "due", "recommended, not yet given")
    d.no("immunizations", "Herpes zoster (Shingrix)", "due", "appointment booked")
    d.para(
        "Oversikten viser vaksinasjoner som er meldt til SYSVAK. Vaksiner gitt i utlandet eller før registeret ble "
        "utvidet, kan mangle. Kontakt fastlegen ved spørsmål.",
        8,
    )
    return d


# ---------------------------------------------------------------------------- 18 San Diego
@document
def d18():
    d = Doc(
        18,
        "san_diego_sdir_immunization_record",
        "United States (California, San Diego County)",
        "immunization_record",
        "county immunization registry print (nursing-school clearance: childhood and adolescent doses, booster, "
        "titers, TB screen, disease history, not-indicated vaccines, forecast)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "San Diego Immunization Registry (SDIR)",
        ["County of San Diego Health and Human Services Agency - Immunization Unit", "3851 Rosecrans St, San Diego, CA 92110"],
        right=["IMMUNIZATION RECORD", "Printed 08/25/2025"],
        size=11.5,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Name:", "Marisol T. Reyes"),
            ("DOB:", "06/02/2004"),
            ("Registry ID:", "SDIR-2004-118273"),
            ("Purpose:", "Clinical clearance - School of Nursing"),
        ],
        lw=70,
    )
    rows = [
        ("Hep B", "2004-06-03", 1, "Engerix-B", "EB2213"),
        ("Hep B", "2004-08-05", 2, "Engerix-B", "EB2290"),
        ("Hep B", "2004-12-09", 3, "Engerix-B", "EB2417"),
        ("MMR", "2005-06-10", 1, "M-M-R II", "0772P"),
        ("Hep A", "2005-06-10", 1, "Havrix", "AHAV614"),
        ("Hep A", "2006-01-12", 2, "Havrix", "AHAV702"),
        ("MMR", "2008-07-15", 2, "M-M-R II", "1149R"),
        ("HPV9", "2016-08-10", 1, "Gardasil 9", "N022611"),
        ("MenACWY", "2016-08-10", 1, "Menactra", "U5520AA"),
        ("HPV9", "2017-02-14", 2, "Gardasil 9", "N031180"),
        ("MenACWY", "2020-08-24", 2, "MenQuadfi", "UT7731"),
        ("Influenza, injectable, quadrivalent", "2024-10-14", None, "Flucelvax", "FC3319"),
        ("COVID-19, mRNA, 2024-2025", "2024-10-14", None, "Spikevax", "MX8024"),
        ("Tdap", "2025-08-05", None, "Adacel", "C5842AA"),
        ("Hep B", "2025-08-05", None, "Heplisav-B", "HB4471"),
    ]
    tab = []
    for vac, iso, n, br, lot in rows:
        dose = str(n) if n else ("Booster" if br == "Heplisav-B" else "-")
        tab.append([vac, d.d(iso), dose, br, lot])
        d.imm(vac, iso, n, lot, br)
    d.title("Immunization history", 10.5)
    d.table(["Vaccine", "Date given", "Dose", "Trade name", "Lot"], tab, [2.8, 1.1, 0.8, 1.4, 1.1], size=7.9)
    d.title("Titers and screening", 10.5)
    d.table(
        ["Test", "Result", "Reference", "Interpretation", "Date"],
        [
            ["Hepatitis B surface antibody", "4.1 mIU/mL", ">=10 mIU/mL", "L - non-immune, booster given", "07/22/2025"],
            ["Measles IgG", "Positive", "Positive = immune", "Immune", "07/22/2025"],
            ["Varicella IgG", "Positive", "Positive = immune", "Immune", "07/22/2025"],
            ["QuantiFERON-TB Gold Plus", "Negative", "Negative", "", "07/22/2025"],
        ],
        [2.4, 1.1, 1.4, 2.1, 1],
        size=7.9,
    )
    iso = "2025-07-22"
    d.lab("Hepatitis B surface antibody", "4.1", "mIU/mL", 10.0, None, ">=10 mIU/mL", "low", iso, ["anti-HBs"])
    d.lab("Measles IgG", "Positive", None, None, None, "Positive = immune", "normal", iso, num=None)
    d.lab("Varicella IgG", "Positive", None, None, None, "Positive = immune", "normal", iso, num=None)
    d.lab("QuantiFERON-TB Gold Plus", "Negative", None, None, None, "Negative", "normal", iso, ["interferon-gamma release assay"], num=None)
    d.title("Exemptions / vaccines not given", 10.5)
    d.table(
        ["Vaccine", "Reason", "Date"],
        [
            ["Varicella", "History of varicella disease (2009), provider verified - vaccine not needed", "07/22/2025"],
            ["MenB", "Not indicated", "08/05/2025"],
            ["Mpox (JYNNEOS)", "Not indicated - no risk factors", "08/05/2025"],
        ],
        [1.6, 4.6, 1.1],
        size=7.9,
    )
    d.no("immunizations", "Varicella", "other", "disease history, vaccine not needed")
    d.no("conditions", "varicella disease", "historical", "2009")
    d.no("immunizations", "MenB", "other", "not indicated")
    d.no("immunizations", "Mpox (JYNNEOS)", "other", "not indicated")
    d.title("Forecast (ACIP schedule)", 10.5)
    d.table(
        ["Vaccine", "Status", "Due date"],
        [["Influenza 2025-2026", "Due", "09/01/2025"], ["COVID-19 2025-2026", "Due", "09/15/2025"]],
        [2.6, 1.5, 1.5],
        size=7.9,
    )
    d.para("Official record of the San Diego Immunization Registry. Valid without signature.", 8)
    return d


# ---------------------------------------------------------------------------- 19 Izmir
@document
def d19():
    d = Doc(
        19,
        "izmir_prescription_scan",
        "İzmir (Turkey)",
        "prescription",
        "private internal-medicine visit note and prescription (Rp/, handwritten, scanned)",
        "d.m.Y",
        ext="jpg",
        scan={"dpi": 165, "angle": 2.3},
        lang="Turkish",
        comma=True,
    )
    d.letterhead(
        "Uzm. Dr. Ayşe Yılmaz Kaya",
        ["İç Hastalıkları Uzmanı – Dip. Tescil No: 84217",
         "Kıbrıs Şehitleri Cad. No: 112/4, Alsancak – Konak / İZMİR – Tel: (0232) 463 18 27"],
        right=["Muayenehane", "Randevu ile hasta kabul edilir"],
        font="SB",
        size=14,
        color=(0.35, 0.05, 0.2),
    )
    d.kv(
        [
            ("Hasta adı:", Hand("Mehmet Öztürk")),
            ("Tarih:", Hand("12.09.2025")),
            ("Yaş:", Hand("58")),
            ("Kurum:", Hand("SGK")),
        ],
        lw=62,
    )
    iso = "2025-09-12"
    d.hand_line("Bulgular:", "TA 150/90 mmHg  Nb 88/dk  Ateş 36,7 °C", 10.5)
    d.hand_line("", "Kilo 92 kg  Boy 1,68 m  VKİ 32,6", 10.5)
    d.vit("blood_pressure", "150/90", 150.0, 90.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "/dk")
    d.vit("temperature", "36,7", 36.7, None, "°C")
    d.vit("weight", "92", 92.0, None, "kg")
    d.vit("height", "1,68", 1.68, None, "m")
    d.vit("bmi", "32,6", 32.6, None, None)
    d.hand_line("Tetkik:", "AKŞ (parmak) 186 mg/dL", 10.5)
    d.hand_line("", "HbA1c %8,4 (N < 5,7) – yüksek", 10.5)
    d.lab("AKŞ", "186", "mg/dL", None, None, None, None, iso, ["Fasting capillary glucose"])
    d.lab("HbA1c", "8,4", "%", None, 5.7, "< 5,7", "high", iso)
    d.hand_line("Tanı:", "Tip 2 DM (E11.9), Esansiyel HT (I10),", 10.5)
    d.hand_line("", "Hiperlipidemi (E78.5), Sağ diz osteoartriti (M17.1)", 10.5)
    d.cond("Tip 2 DM", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Esansiyel HT", "active", "I10", ["essential hypertension"])
    d.cond("Hiperlipidemi", "active", "E78.5", ["hyperlipidaemia"])
    d.cond("Sağ diz osteoartriti", "active", "M17.1", ["osteoarthritis of the right knee"])
    d.hand_line("Alerji:", "Penisilin – kaşıntı; Novalgin – ürtiker", 10.5)
    d.alg("Penisilin", "kaşıntı")
    d.alg("Novalgin", "ürtiker")
    d.allergies[-1]["aliases"] = ["metamizole"]
    d.gap(4)
    d.text(d.x0, d.y, "Rp/", "SB", 14)
    d.y -= 20
    d.hand_line("1.", "Jardiance 10 mg 30 tb – S: 1x1 sabah (yeni)", 11)
    d.hand_line("2.", "Coversyl Plus 10/2,5 mg – S: 1x1 (doz artırıldı, önce 5/1,25)", 11)
    d.hand_line("3.", "Lipitor 20 mg 30 tb – S: 1x1 akşam", 11)
    d.hand_line("4.", "Parol 500 mg – S: 3x1 gerektiğinde (diz ağrısı)", 11)
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1x1 sabah", "new")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Coversyl Plus", "Coversyl Plus", "10/2,5", "mg", None, "1x1", "changed")
    d.meds[-1]["aliases"] = ["perindopril/indapamide"]
    d.med("Lipitor", "Lipitor", "20", "mg", None, "1x1 akşam", "new")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Parol", "Parol", "500", "mg", None, "3x1 gerektiğinde", "new")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.gap(4)
    d.hand_line("Devam:", "Glifor 1000 mg – S: 2x1 tok", 10.5)
    d.hand_line("Kesildi:", "Diamicron MR 60 mg (hipoglisemi atakları)", 10.5)
    d.med("Glifor", "Glifor", "1000", "mg", None, "2x1 tok")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Diamicron MR", "Diamicron MR", "60", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["gliclazide"]
    d.no("medications", "Diamicron MR", "stopped", "stopped for hypoglycaemia")
    d.no("conditions", "hipoglisemi atakları", "historical", "reason for stopping")
    d.hand_line("Not:", "Majezik ve diğer ağrı kesicileri kendiniz kullanmayınız.", 10.5)
    d.no("medications", "Majezik", "other", "told not to take")
    d.hand_line("Kontrol:", "3 ay sonra lipid profili ve mikroalbüminüri ile", 10.5)
    d.hand_line("", "Grip aşısı – Ekim ayında aile hekiminde", 10.5)
    d.no("labs", "lipid profili", "planned", "in 3 months")
    d.no("labs", "mikroalbüminüri", "planned", "in 3 months")
    d.no("immunizations", "Grip aşısı", "due", "October")
    d.gap(10)
    d.hand_text(d.x1 - 170, d.y, "A. Y. Kaya", 16, (0.05, 0.05, 0.3))
    d.y -= 14
    d.text(d.x1 - 170, d.y, "İmza / Kaşe", "R", 8)
    d.y -= 14
    return d


# ---------------------------------------------------------------------------- 20 Roskilde
@document
def d20():
    d = Doc(
        20,
        "roskilde_fmk_medication_list",
        "Region Zealand (Denmark, Roskilde)",
        "prescription",
        "shared medication record print (Fælles Medicinkort: current, as-needed, temporary, paused and discontinued "
        "medicines, allergies, planned start)",
        "d.m.Y",
        lang="Danish",
        comma=True,
    )
    d.letterhead(
        "Fælles Medicinkort (FMK)",
        ["Udskrift fra Lægehuset Roskilde Bymidte, Algade 31, 4000 Roskilde", "Medicinafstemt af egen læge 10.09.2025"],
        right=["MEDICINKORT", "Udskrevet 10.09.2025 kl. 14:02"],
        color=(0.6, 0.05, 0.1),
    )
    d.kv(
        [
            ("Navn:", "Henning Bech Sørensen"),
            ("CPR-nr.:", "040344-1237"),
            ("Alder:", "81 år"),
            ("Egen læge:", "Mette Damgaard"),
        ],
        lw=72,
    )
    d.title("CAVE / allergier", 10)
    d.para("Codein – kvalme og forstoppelse. Sulfonamider – udslæt.")
    d.alg("Codein", "kvalme og forstoppelse")
    d.alg("Sulfonamider", "udslæt")
    hdr = ["Præparat", "Styrke", "Dosering", "Anvendelse", "Bemærkning"]
    w = [2.1, 1.2, 2.3, 2.2, 2.1]
    d.title("Aktuelle ordinationer", 10)
    d.table(
        hdr,
        [
            ["Eliquis (apixaban)", "5 mg", "1 tablet 2 gange daglig", "blodfortyndende", ""],
            ["Bisoprolol", "2,5 mg", "1 tablet morgen", "pulsregulerende", ""],
            ["Furix (furosemid)", "40 mg", "1 tablet morgen", "vanddrivende", "dosis ændret 20.08.2025 (før 20 mg)"],
            ["Atorvastatin", "40 mg", "1 tablet aften", "kolesterolsænkende", ""],
            ["Glucophage (metformin)", "500 mg", "1 tablet 2 gange daglig", "blodsukkersænkende", ""],
            ["Alendronat", "70 mg", "1 tablet 1 gang ugentligt (mandag)", "knoglestyrkende", ""],
            ["Unikalk Forte", "400 mg/19 mikrog", "1 tablet 2 gange daglig", "kalk og D-vitamin", ""],
            ["Tamsulosin", "0,4 mg", "1 kapsel daglig", "mod vandladningsbesvær", ""],
        ],
        w,
        size=7.8,
    )
    d.med("apixaban", "Eliquis", "5", "mg", None, "1 tablet 2 gange daglig")
    d.med("Bisoprolol", None, "2,5", "mg", None, "1 tablet morgen")
    d.med("furosemid", "Furix", "40", "mg", None, "1 tablet morgen", "changed", optional=True)
    d.med("Atorvastatin", None, "40", "mg", None, "1 tablet aften")
    d.med("metformin", "Glucophage", "500", "mg", None, "1 tablet 2 gange daglig")
    d.med("Alendronat", None, "70", "mg", None, "1 tablet 1 gang ugentligt (mandag)")
    d.med("Unikalk Forte", "Unikalk Forte", None, None, None, "1 tablet 2 gange daglig")
    d.meds[-1]["aliases"] = ["calcium carbonate/colecalciferol"]
    d.med("Tamsulosin", None, "0,4", "mg", None, "1 kapsel daglig")
    d.title("Efter behov (PN)", 10)
    d.table(hdr, [["Panodil (paracetamol)", "500 mg", "2 tabletter højst 3 gange daglig", "smertestillende", ""]], w, size=8)
    d.med("paracetamol", "Panodil", "500", "mg", None, "højst 3 gange daglig")
    d.title("Midlertidige ordinationer", 10)
    d.table(
        hdr,
        [["Amoxicillin", "750 mg", "1 tablet 3 gange daglig i 7 dage", "mod infektion", "start 08.09.2025, slut 14.09.2025"]],
        w,
        size=8,
    )
    d.med("Amoxicillin", None, "750", "mg", None, "1 tablet 3 gange daglig i 7 dage")
    d.title("Pauserede ordinationer", 10)
    d.table(
        hdr,
        [["Losartan", "50 mg", "1 tablet daglig", "blodtrykssænkende", "pauseret til 15.09.2025 (lavt blodtryk, svimmelhed)"]],
        w,
        size=8,
    )
    d.med("Losartan", None, "50", "mg", None, "1 tablet daglig", "held")
    d.no("medications", "Losartan", "stopped", "paused until 15.09.2025")
    d.title("Seponerede ordinationer (seneste 90 dage)", 10)
    d.table(
        ["Præparat", "Styrke", "Seponeret", "Årsag"],
        [
            ["Ibuprofen", "400 mg", "20.08.2025", "nedsat nyrefunktion"],
            ["Zopiclon", "7,5 mg", "02.07.2025", "faldtendens"],
        ],
        [2.2, 1.3, 1.6, 4.6],
        size=8,
    )
    d.med("Ibuprofen", None, "400", "mg", None, None, "stopped")
    d.med("Zopiclon", None, "7,5", "mg", None, None, "stopped")
    d.no("medications", "Ibuprofen", "stopped")
    d.no("medications", "Zopiclon", "stopped")
    d.title("Planlagt", 10)
    d.para("Opstart af Forxiga (dapagliflozin) 10 mg efter kontrol hos nefrolog 29.09.2025.", 9)
    d.no("medications", "Forxiga", "planned", "after nephrology review")
    d.para(
        "Medicinkortet er opdateret via Fælles Medicinkort. Kontakt egen læge eller apoteket ved spørgsmål til "
        "medicinen.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 21 Vasterbotten
@document
def d21():
    d = Doc(
        21,
        "vasterbotten_preanaesthesia_form",
        "Västerbotten (Sweden, Umeå)",
        "medical_record",
        "pre-anaesthesia health declaration (boxes crossed ja / nej, handwritten, anaesthetist's section)",
        "Y-m-d",
        lang="Swedish",
        comma=True,
    )
    d.letterhead(
        "Norrlands universitetssjukhus",
        ["Anestesi- och operationscentrum – preoperativ mottagning", "901 85 Umeå – tel. 090-785 00 00"],
        right=["HÄLSODEKLARATION", "inför anestesi och operation"],
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Namn:", Hand("Per-Olof Lindgren")),
            ("Personnummer:", Hand("19560812-4431")),
            ("Planerad operation:", Hand("Total höftledsplastik höger (coxartros)")),
            ("Datum:", Hand("2025-09-15")),
        ],
        cols=1,
        lw=120,
    )
    d.cond("coxartros", "active", None, ["osteoarthritis of the hip"])
    d.para("Kryssa i rätt ruta och skriv en kommentar vid behov.", 8.5)
    d.title("Sjukdomar", 10)
    d.checks(
        [
            ("Högt blodtryck", "Y", "sedan 2010"),
            ("Hjärtinfarkt / kärlkramp", "N", ""),
            ("Förmaksflimmer eller annan rytmrubbning", "Y", "förmaksflimmer"),
            ("Astma / KOL", "Y", "KOL, lindrig"),
            ("Diabetes", "Y", "typ 2, tabletter"),
            ("Stroke / TIA", "Y", "TIA 2018, inga kvarstående besvär"),
            ("Problem vid tidigare narkos (även hos släktingar)", "Y", "bror: malign hypertermi"),
        ],
        qw=0.42,
        labels=("Ja", "Nej", "Kommentar"),
        cross=True,
    )
    d.cond("Högt blodtryck", "active", None, ["hypertension"])
    d.cond("förmaksflimmer", "active", None, ["atrial fibrillation"])
    d.cond("KOL", "active", None, ["chronic obstructive pulmonary disease"])
    d.cond("Diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.no("conditions", "Hjärtinfarkt / kärlkramp", "checkbox_no")
    d.no("conditions", "TIA", "historical", "2018, no residual symptoms")
    d.no("conditions", "malign hypertermi", "family", "brother")
    d.title("Allergier / överkänslighet", 10)
    d.checks(
        [
            ("Läkemedel", "Y", "penicillin – nässelutslag"),
            ("Latex", "N", ""),
            ("Födoämnen", "Y", "jordnötter – svullna läppar"),
        ],
        qw=0.42,
        labels=("Ja", "Nej", "Vad och vilken reaktion?"),
        cross=True,
    )
    d.alg("penicillin", "nässelutslag")
    d.alg("jordnötter", "svullna läppar")
    d.no("allergies", "Latex", "checkbox_no")
    d.title("Läkemedel som du tar regelbundet (namn, styrka, dos)", 10)
    d.hand_line("1.", "Eliquis 5 mg 1x2 – uppehåll 2 dygn före op")
    d.hand_line("2.", "Metformin 500 mg 1x2 – tas ej op-dagen")
    d.hand_line("3.", "Enalapril 10 mg 1x1 – tas ej op-dagen")
    d.hand_line("4.", "Amlodipin 5 mg 1x1 – tas som vanligt")
    d.hand_line("5.", "Spiriva Respimat 2,5 mikrog 2 inh x 1")
    d.hand_line("6.", "Alvedon 1 g vid behov, högst 3 g/dygn")
    d.hand_line("Utsatt:", "Simvastatin 20 mg – muskelvärk (2024)")
    d.med("Eliquis", "Eliquis", "5", "mg", None, "1x2", "held")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Metformin", None, "500", "mg", None, "1x2", "held")
    d.med("Enalapril", None, "10", "mg", None, "1x1", "held")
    d.med("Amlodipin", None, "5", "mg", None, "1x1")
    d.med("Spiriva Respimat", "Spiriva Respimat", "2,5", "mikrog", None, "2 inh x 1")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.med("Alvedon", "Alvedon", "1", "g", None, "vid behov, högst 3 g/dygn")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Simvastatin", None, "20", "mg", None, None, "stopped")
    d.no("medications", "Eliquis", "stopped", "paused 2 days before surgery")
    d.no("medications", "Metformin", "stopped", "not on the day of surgery")
    d.no("medications", "Enalapril", "stopped", "not on the day of surgery")
    d.no("medications", "Simvastatin", "stopped", "muscle pain 2024")
    d.title("Fylls i av anestesiolog", 10)
    d.kv(
        [
            ("Vikt:", Hand("94 kg")),
            ("Längd:", Hand("181 cm")),
            ("BMI:", Hand("28,7")),
            ("BT:", Hand("148/86 mmHg")),
            ("Puls:", Hand("72 oregelb.")),
            ("SpO2:", Hand("95 %")),
        ],
        cols=3,
        lw=46,
    )
    d.vit("weight", "94", 94.0, None, "kg")
    d.vit("height", "181", 181.0, None, "cm")
    d.vit("bmi", "28,7", 28.7, None, None)
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, None)
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    iso = "2025-09-08"
    d.hand_line("Prover " + d.d(iso) + ":", "Hb 142 g/L  Krea 96 µmol/L  K 4,3 mmol/L  PK(INR) 1,1", 10.5)
    d.lab("Hb", "142", "g/L", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Krea", "96", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.lab("K", "4,3", "mmol/L", None, None, None, None, iso, ["Potassium"])
    d.lab("PK(INR)", "1,1", None, None, None, None, None, iso, ["INR"])
    d.hand_line("ASA-klass:", "3 – spinalanestesi planeras", 10.5)
    d.signature("Karin Holmström", "Överläkare, anestesi och intensivvård")
    return d


# ---------------------------------------------------------------------------- 22 KwaZulu-Natal
@document
def d22():
    d = Doc(
        22,
        "kwazulu_natal_new_patient_questionnaire",
        "South Africa (KwaZulu-Natal, Umhlanga)",
        "medical_record",
        "new patient questionnaire at a family practice (2 pages, tick boxes, family-history grid, handwritten, "
        "nurse's section with point-of-care and HIV results)",
        "Y/m/d",
    )
    d.letterhead(
        "Umhlanga Family Medical Centre",
        ["Suite 12, Gateway Medical Centre, 2 Palm Boulevard, Umhlanga Ridge 4319", "Tel 031 555 0190"],
        right=["NEW PATIENT QUESTIONNAIRE", "Please complete in block letters"],
        size=13,
        color=(0.0, 0.35, 0.3),
    )
    d.kv(
        [
            ("Name:", Hand("Thandeka Nomvula Dlamini")),
            ("Date of birth:", Hand("1978/11/03")),
            ("Date:", Hand("2025/09/16")),
            ("Medical aid:", Hand("Discovery KeyCare")),
            ("ID number:", Hand("781103 0512 084")),
            ("Cell:", Hand("082 555 4471")),
        ],
        lw=76,
    )
    d.title("Do you have, or have you ever had:", 10)
    d.checks(
        [
            ("High blood pressure", "Y", "since 2015"),
            ("Asthma", "Y", "since childhood - pump in winter"),
            ("Tuberculosis (TB)", "Y", "2017 - 6 months treatment, cured"),
            ("HIV", "Y", "on ARVs since 2012"),
            ("Heart disease", "N", ""),
            ("Epilepsy / fits", "N", ""),
            ("Depression or anxiety", "Y", "depression - on tablets"),
        ],
        qw=0.40,
    )
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.cond("Asthma", "active")
    d.cond("HIV", "active", None, ["HIV infection"])
    d.cond("depression", "active")
    d.no("conditions", "Tuberculosis (TB)", "historical", "2017, treated and cured")
    d.no("conditions", "Heart disease", "checkbox_no")
    d.no("conditions", "Epilepsy / fits", "checkbox_no")
    d.title("Allergies (what happened?)", 10)
    d.hand_line("1.", "Cotrimoxazole (Bactrim) - bad skin rash", 10.5)
    d.hand_line("2.", "Bee stings - swelling", 10.5)
    d.alg("Cotrimoxazole", "bad skin rash")
    d.alg("Bee stings", "swelling")
    d.title("Medicines you take now", 10)
    d.hand_line("1.", "TLD (tenofovir/lamivudine/dolutegravir) - 1 at night", 10.5)
    d.hand_line("2.", "Amlodipine 10 mg - 1 in the morning", 10.5)
    d.hand_line("3.", "Hydrochlorothiazide 12.5 mg - 1 in the morning", 10.5)
    d.hand_line("4.", "Fluoxetine 20 mg - 1 in the morning", 10.5)
    d.hand_line("5.", "Symbicord 160/4.5 - 2 puffs twice a day in winter", 10.5)
    d.hand_line("Stopped:", "Atroiza - changed to TLD in 2020", 10.5)
    d.med("TLD", None, None, None, None, "1 at night")
    d.meds[-1]["aliases"] = ["tenofovir/lamivudine/dolutegravir"]
    d.med("Amlodipine", None, "10", "mg", None, "1 in the morning")
    d.med("Hydrochlorothiazide", None, "12.5", "mg", None, "1 in the morning")
    d.med("Fluoxetine", None, "20", "mg", None, "1 in the morning")
    d.med("Symbicord", "Symbicord", "160/4.5", None, None, "twice a day in winter")
    d.meds[-1]["aliases"] = ["budesonide/formoterol"]
    d.med("Atroiza", "Atroiza", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["efavirenz/emtricitabine/tenofovir"]
    d.no("medications", "Atroiza", "stopped", "switched to TLD 2020")
    d.run_header = "Thandeka N. Dlamini - DOB 1978/11/03 - New patient questionnaire 2025/09/16"
    d.newpage()
    d.title("Family history - tick all that apply", 10)
    fam_grid(
        d,
        [
            ("Diabetes", ("Mother",)),
            ("Stroke", ("Father",)),
            ("Cancer (any)", ()),
            ("Heart attack before 60", ()),
        ],
    )
    d.no("conditions", "Diabetes", "family", "mother")
    d.no("conditions", "Stroke", "family", "father")
    d.title("Vaccinations", 10)
    d.checks(
        [
            ("Flu vaccine this year", "Y", "2025/04/22 - Clicks pharmacy"),
            ("COVID-19 vaccine", "Y", "J&J single dose 2021/08/19"),
            ("Tetanus in the last 10 years", "N", ""),
            ("Hepatitis B vaccine", "N", "not sure"),
        ],
        qw=0.40,
    )
    d.imm("Flu vaccine", "2025-04-22", None, None, None)
    d.imm("COVID-19 vaccine", "2021-08-19", None, None, "J&J")
    d.imms[-1]["aliases"] = ["Janssen COVID-19 vaccine"]
    d.no("immunizations", "Tetanus", "checkbox_no")
    d.no("immunizations", "Hepatitis B vaccine", "checkbox_no")
    d.title("Lifestyle", 10)
    d.checks(
        [
            ("Do you smoke?", "N", "never"),
            ("Alcohol", "Y", "socially, weekends"),
            ("Exercise 3 times a week", "N", ""),
        ],
        qw=0.40,
    )
    d.title("For nurse use", 10)
    d.kv(
        [
            ("BP:", Hand("146/92")),
            ("Pulse:", Hand("84")),
            ("Weight:", Hand("96 kg")),
            ("Height:", Hand("1.64 m")),
            ("BMI:", Hand("35.7")),
            ("", ""),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "146/92", 146.0, 92.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("weight", "96", 96.0, None, "kg")
    d.vit("height", "1.64", 1.64, None, "m")
    d.vit("bmi", "35.7", 35.7, None, None)
    d.hand_line("Finger-prick glucose:", "9.8 mmol/L (random)", 10.5)
    d.hand_line("Last viral load (2025/06/10):", "< 50 copies/mL", 10.5)
    d.hand_line("CD4 (2025/06/10):", "612 cells/µL", 10.5)
    d.lab("Finger-prick glucose", "9.8", "mmol/L", None, None, None, None, "2025-09-16", ["Capillary glucose"])
    d.lab("viral load", "< 50", "copies/mL", None, None, None, None, "2025-06-10", ["HIV-1 RNA"], num=None)
    d.lab("CD4", "612", "cells/µL", None, None, None, None, "2025-06-10", ["CD4 count"])
    d.hand_line("Nurse:", "S. Naidoo (RN)", 10.5)
    return d


# ---------------------------------------------------------------------------- 23 Boston
@document
def d23():
    d = Doc(
        23,
        "boston_ccda_ccd",
        "United States (Massachusetts, Boston)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering, UCUM units)",
        "m/d/Y",
        size=letter,
    )
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Thomas J. Sullivan", "Contact info", "18 Adams St, Dorchester, MA 02122, US"],
            ["Date of birth", "November 2, 1955", "Sex", "Male"],
            ["Patient IDs", "MRN 73018846 (2.16.840.1.113883.3.4410)", "Language", "English"],
            ["Document Id", "c41e-0977-5ab2 (2.16.840.1.113883.19.5.99)", "Created", "September 3, 2025, 10:12 -0400"],
            ["Author", "Grace Liu, MD, Back Bay Primary Care Associates", "Custodian", "Commonwealth Health Network"],
            ["Documentation of", "Care provision, 09/02/2025", "Encounter", "Office visit 09/02/2025"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = "Thomas J. Sullivan - Continuity of Care Document - created September 3, 2025"
    ccda_section(d, "Allergies, Adverse Reactions, Alerts", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Peanut", "Anaphylaxis", "Severe", "Active"],
            ["Ciprofloxacin", "Tendinitis", "Moderate", "Active"],
            ["Iodinated contrast media", "Hives", "Mild", "Inactive - refuted (tolerated CT contrast 2023)"],
        ],
        [2.2, 1.6, 1, 3],
        size=8,
    )
    d.alg("Peanut", "Anaphylaxis", "Severe")
    d.alg("Ciprofloxacin", "Tendinitis", "Moderate")
    d.no("allergies", "Iodinated contrast media", "negated", "refuted")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Metoprolol succinate 50 MG Extended Release Oral Tablet", "50 mg by mouth daily", "04/2024", "Active"],
            ["Atorvastatin 80 MG Oral Tablet", "80 mg by mouth at bedtime", "04/2024", "Active"],
            ["Aspirin 81 MG Delayed Release Oral Tablet", "81 mg by mouth daily", "04/2024", "Active"],
            ["Clopidogrel 75 MG Oral Tablet", "75 mg by mouth daily", "04/2024", "Completed 04/30/2025"],
            ["Empagliflozin 10 MG Oral Tablet [Jardiance]", "10 mg by mouth daily", "2023", "Active"],
            ["Insulin glargine 100 UNT/ML Injectable Solution [Lantus]", "24 units subcutaneously at bedtime", "2021", "Active"],
            ["Tamsulosin 0.4 MG Oral Capsule", "0.4 mg by mouth daily", "2022", "Active"],
            ["Nitroglycerin 0.4 MG Sublingual Tablet", "0.4 mg under the tongue as needed for chest pain", "04/2024", "Active"],
            ["Sildenafil 50 MG Oral Tablet", "50 mg by mouth as needed", "2020", "Discontinued 03/10/2025 (nitrate use)"],
        ],
        [3.3, 2.6, 0.8, 1.5],
        size=8,
    )
    d.med("Metoprolol succinate", None, "50", "mg", "by mouth", "daily")
    d.med("Atorvastatin", None, "80", "mg", "by mouth", "at bedtime")
    d.med("Aspirin", None, "81", "mg", "by mouth", "daily")
    d.med("Clopidogrel", None, "75", "mg", "by mouth", "daily", "completed")
    d.med("Empagliflozin", "Jardiance", "10", "mg", "by mouth", "daily")
    d.med("Insulin glargine", "Lantus", "24", "units", "subcutaneously", "at bedtime")
    d.med("Tamsulosin", None, "0.4", "mg", "by mouth", "daily")
    d.med("Nitroglycerin", None, "0.4", "mg", "under the tongue", "as needed for chest pain")
    d.med("Sildenafil", None, "50", "mg", "by mouth", "as needed", "stopped")
    d.no("medications", "Clopidogrel", "stopped", "12-month course completed")
    d.no("medications", "Sildenafil", "stopped", "discontinued, nitrate use")
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Coronary artery disease of native coronary artery without angina pectoris", "I25.10", "Active", "04/2024"],
            ["Type 2 diabetes mellitus with hyperglycemia", "E11.65", "Active", "2014"],
            ["Benign prostatic hyperplasia without lower urinary tract symptoms", "N40.0", "Active", "2022"],
            ["Mixed hyperlipidemia", "E78.2", "Active", "2014"],
            ["Obesity, class 1", "E66.811", "Active", "2019"],
            ["Non-ST elevation myocardial infarction", "I21.4", "Resolved", "04/2024"],
        ],
        [3.9, 1.1, 1, 0.9],
        size=8,
    )
    d.cond("Coronary artery disease of native coronary artery without angina pectoris", "active", "I25.10")
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65")
    d.cond("Benign prostatic hyperplasia without lower urinary tract symptoms", "active", "N40.0")
    d.cond("Mixed hyperlipidemia", "active", "E78.2")
    d.cond("Obesity, class 1", "active", "E66.811")
    d.no("conditions", "Non-ST elevation myocardial infarction", "historical", "resolved")
    d.ensure(200)
    ccda_section(d, "Results", "results")
    res = [
        ("LDL cholesterol", "62", "mg/dL", None, 100.0, "<100", "normal", "<100", "Normal", ["LDL-C"]),
        ("Hemoglobin A1c", "7.8", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", ["HbA1c"]),
        ("Creatinine", "1.21", "mg/dL", 0.76, 1.27, None, "normal", "0.76-1.27", "Normal", []),
        ("eGFR", "63", "mL/min/{1.73_m2}", 59.0, None, ">59", "normal", ">59", "Normal", []),
        ("Potassium", "4.7", "mmol/L", 3.5, 5.2, None, "normal", "3.5-5.2", "Normal", []),
        ("PSA", "5.8", "ng/mL", 0.0, 4.0, None, "high", "0.0-4.0", "High", ["Prostate specific antigen"]),
        ("Hemoglobin", "13.1", "g/dL", 13.0, 17.7, None, "normal", "13.0-17.7", "Normal", ["Haemoglobin"]),
        ("Albumin/creatinine ratio, urine", "48", "mg/g", 0.0, 29.0, None, "high", "0-29", "High", ["Urine albumin/creatinine ratio"]),
    ]
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [[t, v, u, rr, it, "09/02/2025"] for t, v, u, lo, hi, rt, f, rr, it, al in res],
        [2.5, 0.7, 1.3, 1.2, 1.1, 1.1],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, rr, it, al in res:
        d.lab(t, v, u, lo, hi, rt, f, "2025-09-02", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["09/02/2025", "134/78 mm[Hg]", "64 /min", "14 /min", "98.2 [degF]", "97 %", "224 [lb_av]", "70 [in_i]", "32.1 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.1, 0.7, 1.1, 1, 1],
        size=7.8,
    )
    d.vit("blood_pressure", "134/78", 134.0, 78.0, "mm[Hg]")
    d.vit("heart_rate", "64", 64.0, None, "/min")
    d.vit("respiratory_rate", "14", 14.0, None, "/min")
    d.vit("temperature", "98.2", 98.2, None, "[degF]")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "224", 224.0, None, "[lb_av]")
    d.vit("height", "70", 70.0, None, "[in_i]")
    d.vit("bmi", "32.1", 32.1, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, high-dose, quadrivalent (Fluzone High-Dose)", "09/30/2024", "Completed", "UT8822LA"],
            ["COVID-19 vaccine, mRNA, 2024-2025 formula (Spikevax)", "09/30/2024", "Completed", "3045821"],
            ["Respiratory syncytial virus vaccine (Abrysvo)", "10/15/2024", "Completed", "LF5590"],
            ["Pneumococcal conjugate vaccine 21-valent (Capvaxive)", "03/14/2025", "Completed", "Y018443"],
            ["Zoster vaccine recombinant (Shingrix) dose 2", "02/12/2024", "Completed", "ZS9K31"],
            ["Zoster vaccine recombinant (Shingrix) dose 1", "11/06/2023", "Completed", "ZS8P07"],
            ["Hepatitis B vaccine", "-", "Not done - immune (anti-HBs positive)", "-"],
        ],
        [3.5, 1.1, 2.2, 1],
        size=8,
    )
    d.imm("Influenza, high-dose, quadrivalent", "2024-09-30", None, "UT8822LA", "Fluzone High-Dose")
    d.imm("COVID-19 vaccine, mRNA, 2024-2025 formula", "2024-09-30", None, "3045821", "Spikevax")
    d.imm("Respiratory syncytial virus vaccine", "2024-10-15", None, "LF5590", "Abrysvo")
    d.imm("Pneumococcal conjugate vaccine 21-valent", "2025-03-14", None, "Y018443", "Capvaxive")
    d.imm("Shingrix", "2024-02-12", 2, "ZS9K31", None)
    d.imm("Shingrix", "2023-11-06", 1, "ZS8P07", None)
    d.no("immunizations", "Hepatitis B vaccine", "other", "not done, immune")
    ccda_section(d, "Family History", "familyhistory")
    d.table(
        ["Relative", "Condition", "Age at onset"],
        [["Father", "Myocardial infarction", "52"], ["Brother", "Prostate cancer", "61"]],
        [1.5, 3, 1.5],
        size=8,
    )
    d.no("conditions", "Myocardial infarction", "family", "father")
    d.no("conditions", "Prostate cancer", "family", "brother")
    ccda_section(d, "Social History", "social")
    d.para("Tobacco use: former smoker, quit 2010. Alcohol: 2 drinks per week. Retired MBTA bus driver.", 8.5)
    ccda_section(d, "Plan of Treatment", "plan")
    d.para(
        "Urology referral for the raised PSA. Clopidogrel completed after 12 months of dual antiplatelet therapy; "
        "continue aspirin. If the A1c remains above 7.5% at the next visit, consider adding semaglutide.",
        8.5,
    )
    d.no("medications", "semaglutide", "planned", "conditional")
    return d


# ---------------------------------------------------------------------------- 24 Parnu
@document
def d24():
    d = Doc(
        24,
        "parnu_ed_triage_scan",
        "Pärnu County (Estonia)",
        "medical_record",
        "emergency department triage sheet (ESI triage, tick boxes, point-of-care CRP and influenza test, "
        "handwritten, scanned)",
        "d.m.Y",
        ext="pdf",
        scan={"dpi": 150, "angle": -2.5, "blur": 0.8},
        lang="Estonian",
        comma=True,
    )
    d.letterhead(
        "Pärnu Haigla",
        ["Erakorralise meditsiini osakond (EMO)", "Ristiku 1, 80010 Pärnu – tel. 447 3300"],
        right=["TRIAAŽILEHT", "EMO vastuvõtt"],
        size=13,
        color=(0.0, 0.3, 0.45),
    )
    d.kv(
        [
            ("Patsient:", Hand("Aino Tamm")),
            ("Vanus:", Hand("79 a.")),
            ("Saabus:", Hand("21.09.2025 09:20")),
            ("Haigusloo nr:", Hand("EMO-25-11472")),
        ],
        lw=84,
    )
    d.hand_line("Kaebused:", "3 päeva köha, palavik kuni 39 °C, õhupuudus;", 10.5)
    d.hand_line("", "täna hommikul segane, tõi kiirabi", 10.5)
    d.title("Elulised näitajad", 10)
    d.table(
        ["RR (mmHg)", "Pulss (x/min)", "Hingamissagedus (x/min)", "T (°C)", "SpO2 (%)", "Glükoos (mmol/l)"],
        [[Hand("98/58"), Hand("118"), Hand("28"), Hand("38,9"), Hand("86"), Hand("7,8")]],
        [1, 1, 1.5, 0.8, 0.8, 1.2],
        size=8.4,
    )
    iso = "2025-09-21"
    d.vit("blood_pressure", "98/58", 98.0, 58.0, "mmHg")
    d.vit("heart_rate", "118", 118.0, None, "x/min")
    d.vit("respiratory_rate", "28", 28.0, None, "x/min")
    d.vit("temperature", "38,9", 38.9, None, "°C")
    d.vit("oxygen_saturation", "86", 86.0, None, "%")
    d.lab("Glükoos", "7,8", "mmol/l", None, None, None, None, iso, ["Capillary glucose"])
    d.title("Anamnees", 10)
    d.checks(
        [
            ("Arteriaalne hüpertensioon", "Y", "aastast 2008"),
            ("Südamepuudulikkus", "Y", ""),
            ("Suhkurtõbi", "N", ""),
            ("KOK / astma", "N", ""),
            ("Insult", "Y", "2019, jääknähtudeta"),
            ("Ravimiallergia", "Y", "penitsilliin – lööve"),
        ],
        qw=0.42,
        labels=("Jah", "Ei", "Märkused"),
    )
    d.cond("Arteriaalne hüpertensioon", "active", None, ["hypertension"])
    d.cond("Südamepuudulikkus", "active", None, ["heart failure"])
    d.no("conditions", "Suhkurtõbi", "checkbox_no")
    d.no("conditions", "KOK / astma", "checkbox_no")
    d.no("conditions", "Insult", "historical", "2019, no residual deficit")
    d.alg("penitsilliin", "lööve")
    d.hand_line("Ravimid:", "Furosemiid 40 mg hommikul; Bisoprolol 5 mg hommikul;", 10.5)
    d.hand_line("", "Eliquis 2,5 mg 2 x päevas; Atorvastatiin 20 mg õhtul", 10.5)
    d.hand_line("", "Ramipriil – lõpetatud 2024 (köha)", 10.5)
    d.med("Furosemiid", None, "40", "mg", None, "hommikul")
    d.med("Bisoprolol", None, "5", "mg", None, "hommikul")
    d.med("Eliquis", "Eliquis", "2,5", "mg", None, "2 x päevas")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Atorvastatiin", None, "20", "mg", None, "õhtul")
    d.med("Ramipriil", None, None, None, None, None, "stopped")
    d.no("medications", "Ramipriil", "stopped", "stopped 2024 (cough)")
    d.title("Kiiranalüüsid", 10)
    d.hand_line("", "CRP (kiirtest) 186 mg/l", 10.5)
    d.hand_line("", "Gripi kiirtest A: positiivne", 10.5)
    d.hand_line("", "Gripi kiirtest B: negatiivne", 10.5)
    d.lab("CRP (kiirtest)", "186", "mg/l", None, None, None, None, iso, ["C-reactive protein, point of care"])
    d.lab("Gripi kiirtest A", "positiivne", None, None, None, None, "abnormal", iso, ["Influenza A rapid test"], num=None)
    d.lab("Gripi kiirtest B", "negatiivne", None, None, None, None, None, iso, ["Influenza B rapid test"], num=None)
    d.title("Triaaž", 10)
    d.hand_line("Kategooria:", "ESI 2 – kohe arstile; O2 maskiga 5 l/min", 10.5)
    d.hand_line("Hinnang:", "Gripp A (kiirtest +), kopsupõletik?", 10.5)
    d.cond("Gripp A", "active", None, ["influenza A"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "kopsupõletik", "other", "suspected at triage")
    d.hand_line("09:35", "Paratsetamool 1 g i/v", 10.5)
    d.no("medications", "Paratsetamool", "other", "single IV dose in the ED")
    d.hand_line("Triaažiõde:", "Kadri Saar", 10.5)
    return d


# @@DOCS_END@@


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
    rels.append("make_heldout28.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout28.py"))
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
    base = "/tmp/heldout28_work/determinism"
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
    "**Status:** held out. Commissioned when 2.21.0's round closed (while 2.22.0's rules were being written, by a "
    "helper that never saw them), frozen unscored; to be scored blind at the end of 2.23.0's round, never opened "
    "before."
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


SET27_ADDITIONS = [
    '- Flag words in a flag column (legends printed): Azerbaijani "Yüksək"/"Aşağı" and Welsh "Uchel"/"Isel" -> '
    'high/low. Icelandic "LL"/"HH" explained in the legend as an urgent value ("bráðagildi, hringt í beiðanda") -> '
    'critical. Arrows written after the value in a Polish previous-result table ("11,2 \u2193") -> high/low.',
    '- Thousands separators: Icelandic, Slovene, Romanian and Italian thousands points ("1.240", "1.420", "68.000", '
    '"150.000 – 400.000", "PLT 198.000/mm³"), a Czech space ("3 120") and English commas in a US table ("1,240") are '
    "read as thousands; `value_text` keeps the printed form. A specific gravity printed \"1,020\" in a decimal-comma "
    "document is 1.02.",
    '- Units are kept as printed, including "tys/µl", "mmól/L", "µmól/L", "q/l", "mkmol/l", "Leu/µL", "Ery/µL", '
    '"/VT40", "IE/l", "mikrog", "k./min", the Welsh "y funud" (per minute) after a pulse, and UCUM "Cel" for '
    "temperature in a C-CDA.",
    '- Vietnamese dipstick values printed as numbers against a "< n" reference with "H" ("Bạch cầu (LEU) 500 Leu/µL", '
    '"< 10") -> high with their `value_numeric`; "Dương tính" nitrite and "(++)" crystals against "Âm tính" marked '
    '"*" -> abnormal, `value_numeric` null; a sediment range "15-20 /VT40" with "H" -> high, `value_numeric` null.',
    '- A diagnosis on a lab request followed by a question mark ("tireotoksikoz?") is a suspected diagnosis -> '
    'must_not (why "other"), as "TD ..." in set 25; the printed diagnosis beside it is a scored condition marked '
    "`optional`.",
    '- Tests listed as unfinished ("Neukončené vyšetrenia": "čaká sa na výsledok", "vzorka odoslaná do referenčného '
    'laboratória"), haemolysed samples ("blóðrofið og ekki mælt", "hemolizə uğrayıb", "mẫu bị vỡ hồng cầu") and a '
    'sample that "leaked in transit, not analysed" -> must_not lab rows (why "other").',
    "- Welsh text is scored in the form printed, including mutated forms where they occur; a handwritten "
    'stimulation-test value with a lower limit ("Cortisol 30 mun ar ôl Synacthen 398 nmol/L (nl >450) – isel") '
    "takes that limit as `reference_low` and flag low.",
    '- At a Tanzanian antenatal visit (decimal point, Swahili): Td "dozi ya 1" given that day -> immunisation row '
    'dose 1; malaria rapid test "Chanya" against "Hasi" marked "*" -> abnormal; an antimalarial prescribed that day '
    'and iron-folate tablets handed out -> medication rows with status "new"; SP (IPTp) and mebendazole "hudhurio '
    'lijalo" (next visit) -> must_not (why "planned"); "O, Rh hasi" without a reference -> flag null.',
    '- Dose increases printed in a medicines table ("povečan odmerek (prej 2,5 mg)", "doză crescută de la 50 mg", '
    '"aumentar para 2 comp.") give status "changed" (not optional); "ukinjen", "utsatt", "oprit", "Suspender", '
    '"STOP" -> stopped; "pausad tills njurfunktionen kontrollerats", "přerušit do kontroly renálních funkcí", '
    '"HOLD until prednisone finished", "Mellombels stoppa", "sospendere 7 giorni prima" and "non fare il giorno '
    "dell'intervento\" -> held; a medicine \"återinsatt\" (restarted) before discharge is active. Each stopped, held "
    'or completed row has its must_not row (why "stopped"), as before.',
    '- Slovene "RR 142/86 mmHg" is the blood pressure and "ITM" the BMI; Lithuanian "AKS", "ŠSD" and "KD" are blood '
    "pressure, heart rate and respiratory rate. Slovene \"oGF (CKD-EPI)\" is kept as the eGFR test name.",
    '- Ward-only and ED-only doses stay must_not (why "other"): insulin "enligt glukosschema", IV benzylpenicillin, '
    'IV ceftriaxone and methylprednisolone, albumin given with a paracentesis, an antibiotic course "completed in '
    'hospital", magnesium sulfate IV x1 in the ED (handwritten), 40 % glucose IV at triage. A tetanus booster given in '
    "the ED to a visiting patient is an immunisation row (`dose_number` null).",
    '- A child card dose printed with a number ("Hepatitis B dos 1" at birth, "Heksavalen ... dos 3") keeps that '
    'number; a vaccine "tidak diberi – hanya untuk Sarawak" (not indicated) and one the mother refused -> why '
    '"other"; a haemoglobin written on the card without a reference -> flag null; iron syrup prescribed there -> '
    'status "new"; a dewormer "pada umur 2 tahun" -> why "planned".',
    '- Danish registry lines: "Planlagt" second dose of a vaccine given in the same record -> no row; "Fravalgt" '
    '(declined) -> why "other"; "Ikke relevant" because of past measles -> must_not vaccine (why "other") plus a '
    'must_not condition "har haft mæslinger" (why "historical"); "Ikke relevant" for age -> why "other"; "Anti-HBs '
    '148 IE/l" against "≥ 10 IE/l = beskyttet" -> lab row, flag normal. Danish dates "21-04-2017" follow the '
    "mechanical `date_ambiguous` rule.",
    '- US registry lines: "Shared clinical decision - not given" and "Not indicated" -> why "other"; forecasts for '
    "vaccines given in the same record (HPV9 dose 2, MenACWY dose 2, influenza) are not rows.",
    '- A prescription\'s "Solicito: HbA1c e perfil lipídico" (tests requested for the next visit) -> must_not labs '
    '(why "planned"); "Não usar diclofenaco" -> why "other"; a capillary glucose "HGT" without a reference -> flag '
    'null; "Altura 1,70 m" keeps metres (1.7).',
    '- A medicines list with "Morgon / Middag / Kveld / Natt" columns has `frequency` null; an as-needed interval '
    '("inntil 3 gonger i døgnet") is kept; a stop reason naming a past event ("fall i heimen") -> must_not condition '
    '(why "historical"); "Skal startast" -> why "planned".',
    '- Form answers: a relative\'s anaesthetic problem ("madre: nausea/vomito post-op grave") -> why "family"; a '
    'tick "Sì" with no detail ("Reflusso gastroesofageo") gives the printed label as the condition; a detail naming '
    'the condition ("IRC stadio 3", "fatty liver on scan 2024") gives the detail; "childhood only, none since age 12" '
    'and "2020 - passed, none since" -> why "historical"; "Tetanus (TT) in the last 10 years: No" -> why '
    '"checkbox_no". Indian brand names printed without a generic ("Telma 40", "Rozavel 10", "Glycomet GP 1") are '
    "the medication names, with the generic in `aliases`; \"dose 3 on 14/03/2015\" keeps dose 3.",
    '- A triage sheet\'s hypoglycaemia supported by the capillary glucose on the same sheet is a scored condition '
    'marked `optional`; "Įtariamas insultas" (suspected stroke) -> why "other"; "Insultas anksčiau: Taip – 2021 m., '
    'be liekamųjų reiškinių" -> why "historical".',
    '- Date styles added: Icelandic "13.5.2025" (as Finnish "j.n.Y"), Slovene "9. 4. 2025", Danish "21-04-2017"; '
    "Swedish and Lithuanian ISO dates are never ambiguous.",
]


SET28_ADDITIONS = [
    '- Flag marks (legends printed): German "+"/"\u2212" written after the value in cumulative cells -> high/low and '
    '"++"/"\u2212\u2212" ("kritischer Wert, telefonisch mitgeteilt") -> critical; Hungarian "magas"/"alacsony" and '
    'Honduran "Alto"/"Bajo" in a flag column -> high/low, Honduran "Anormal" on a positive qualitative result -> '
    'abnormal; Dutch and Italian "H"/"L" written after the value and Finnish "H"/"L" in a flag column -> high/low; '
    'Portuguese, Czech, Croatian and Polish "\u2191"/"\u2193" -> high/low, and Portuguese "*" ("resultado alterado") on '
    "qualitative urine results that do not match the reference -> abnormal, `value_numeric` null.",
    '- Thousands separators: German and Italian thousands points ("1.180", "162.000", "11.200", "150.000 – 400.000"), '
    'spaces in Polish, Czech and Togolese cells and ranges ("6 840", "2 340", "7 800", "231 000", "4 000 – 10 000") '
    'are read as thousands; `value_text` keeps the printed form. A specific gravity printed "1,025" in a decimal-comma '
    "document is 1.025.",
    '- Units are kept as printed, including "Tsd/µl", "G/l", "T/l", "l/l", "ml/perc/1,73m²", "E9/l", "ml/s/1,73m²", '
    '"/campo", "/mm³", "x10³/µL", "NE/ml", "mikrog", "x/min", "/dk", and UCUM "mm[Hg]", "[degF]", "[lb_av]", '
    '"[in_i]" and "mL/min/{1.73_m2}" in a C-CDA. Haemoglobin in mmol/l (Dutch) and CRP in mg/dl (German, '
    "Portuguese) stay as printed. A lab value without a unit (INR) has `unit` null.",
    "- Date styles added: Hungarian \"2025.09.03.\", Croatian \"05.09.2025.\", Dutch and Indonesian \"12-08-2025\", "
    'Finnish "3.9.2025", South African "2025/09/16" and Canadian ISO "2025-09-10" (the last two never ambiguous); '
    "`date_ambiguous` follows the mechanical rule of sets 22-27.",
    '- Diagnoses on a lab request: a printed diagnosis ("DRC estadio 3a", "I10 Magasvérnyomás-betegség", "Dx '
    'presuntivo: Síndrome febril agudo") is a scored condition marked `optional`; a queried one ("litíase renal?", '
    '"rheumatoid arthritis?") or one to be ruled out ("descartar leptospirosis") is a must_not row (why "other"). A '
    'queried diagnosis in a lab comment ("?amiodarone-induced hypothyroidism") is why "other" likewise.',
    '- Tests not resulted -> must_not lab rows (why "other"): "Nachforderung, Befund folgt", "Probenmaterial nicht '
    'ausreichend", "volgt", "doorgestuurd naar UMC Utrecht", "geen materiaal ontvangen", "folyamatban", "külső '
    'laboratóriumba továbbítva", "a minta hemolizált", "enviado al Laboratorio Nacional", "en proceso", "em curso", '
    '"résultat en attente", "added on - to follow", a drug level "not analysed" because of sampling time, '
    '"still pending" and "Istologia: in corso". A test to be repeated later ("Emocromo di controllo tra 7 giorni", '
    '"3 ay sonra lipid profili ve mikroalbüminüri") is why "planned".',
    '- Serology with an immunity reference ("Toxoplasmose IgG Positif", "Rubéole IgG Positif" against "Positif = '
    'immunisée"; "Meslinger IgG Positiv" against "Positiv = immun"; "Measles IgG"/"Varicella IgG Positive" against '
    '"Positive = immune") -> flag normal; haemoglobin electrophoresis "AS" against "AA" marked "*" -> abnormal; urine '
    '"Traces" against "Négatif" marked "*" -> abnormal; "B Rh+" without a reference -> flag null; an interferon-gamma '
    'release assay "Negative" against "Negative" -> normal; "Hepatitis B surface antibody 4.1 mIU/mL" against '
    '">=10 mIU/mL" with "L" -> low.',
    '- Titres and qualitative results in a two-date table: "Coccidioides complement fixation titer 1:16" against '
    '"<1:2" -> abnormal with `value_numeric` null; IgM/IgG "Positive" against "Negative" -> abnormal, "Negative" -> '
    "normal; each value carries its own column date.",
    '- Results without a reference keep flag null: culture results naming an organism ("Urinokultura: E. coli", '
    '"Blood cultures grew Klebsiella pneumoniae"; `value_text` is the organism) or "sterilna", handwritten "AQP4-IgG '
    'negative", point-of-care CRP and glucose, "Gripi kiirtest B: negatiivne", an HIV viral load "< 50 copies/mL" '
    '(`value_numeric` null) and a CD4 count. Positive qualitative results without a reference ("F -Hb positiivinen", '
    '"Test rapido all\'ureasi: positivo", "Gripi kiirtest A: positiivne") -> abnormal, `value_numeric` null.',
    '- Handwritten values with a printed limit and a flag word take that limit and flag: "tTG-IgA 86 U/ml (viite < 7) – '
    'koholla" -> high, "Mg 1.6 (nl 1.7-2.4) - low" -> low, Turkish "HbA1c %8,4 (N < 5,7) – yüksek" -> high with '
    '`value_text` "8,4" and unit "%".',
    '- At a Togolese antenatal visit: "VAT 2 faite ce jour" -> immunisation row with dose 2; "TPI-SP dose 1 prise sous '
    'observation directe à la CPN" is a one-off dose given at the clinic -> must_not (why "other"); iron-folic acid '
    'handed out -> status "new"; "Mébendazole ... prévu au prochain rendez-vous" -> why "planned"; the fetal heart rate '
    '("BCF") and uterine height are not vitals of the patient.',
    '- Medicine status words: "tauolla ... alkaen", "privremeno obustaviti do kontrole kreatinina", "wstrzymać do '
    'kontroli potasu", "sospeso fino al controllo", "HOLD until 08/18/2025, then resume", "HOLD until cocci '
    'controlled", "pauseret til 15.09.2025", "uppehåll 2 dygn före op" and "tas ej op-dagen" -> held; "lopetettu", '
    '"vysazen (přechod na Entresto)", "odstawiony", "STOP", "Kesildi", "Seponeret", "Utsatt", "Discontinued", '
    '"lõpetatud" and "Stopped: ... changed to TLD" -> stopped; "Completed 04/30/2025" in a C-CDA -> completed; '
    '"zvýšená dávka", "snížená dávka", "dawka zwiększona" and "doz artırıldı" -> changed; "dosis ændret 20.08.2025" '
    'on a medication card printed later -> changed, marked `optional`; "nově", "nowy lek", "nuovo", "novo", "yeni", '
    '"NEW" -> new; "ponovno uveden" (restarted), "Devam", "tas som vanligt" and a current "Midlertidig ordination" -> '
    'active; "Planlagt opstart" -> why "planned". Each stopped, held or completed row has its must_not row (why '
    '"stopped"). A stop reason naming a past event ("hipoglisemi atakları") -> must_not condition (why "historical").',
    '- Ward-only and ED-only doses stay must_not (why "other"): IV piperacillin-tazobactam, IV ceftriaxone, '
    'sliding-scale insulin, a glucose-insulin infusion, a single IV Ferinject dose, a red-cell transfusion ("emazie '
    'concentrate"), an IV esomeprazole infusion, IV methylprednisolone given in hospital before a referral, IV '
    'paracetamol at triage, and a vitamin A dose given at a child clinic. "Ne uzimati ibuprofen" and "Majezik ... '
    'kullanmayınız" -> why "other"; ibuprofen named only in a patient-information section (Czech, Polish, Italian; '
    'Polish genitive "ibuprofenu") -> why "leaflet", name "ibuprofen"/"ibuprofene".',
    '- Vitals: Czech "TK" and "TF", Swedish "BT", Turkish "TA", "Nb" (/dk) and "VKİ" are blood pressure, heart rate '
    'and BMI; "RR" in Finnish, Croatian, Polish and Estonian documents is the blood pressure and the Estonian '
    'respiratory rate is "Hingamissagedus". Heights printed in metres ("Boy 1,68 m", "Height 1.64 m") keep metres. '
    'An earlier weight quoted in brackets ("helmikuussa 85 kg") is not a row.',
    '- Child card (Indonesian Buku KIA): "HB-0 (< 24 jam)" has `dose_number` null; "Polio tetes 1-4", "DPT-HB-Hib 1-3", '
    '"PCV 1/2", "Rotavirus (RV) 1-3", "IPV 1/2" and "Campak-Rubela (MR) 1" keep their numbers; "JE: tidak diberikan '
    '– program hanya di Bali" and "Varisela: tidak tersedia di Puskesmas" -> why "other"; a "Jadwal berikut" forecast '
    'for vaccines given in the same record is not a row; oral rehydration salts and zinc prescribed for diarrhoea -> '
    'status "new".',
    '- Norwegian SYSVAK print: "Oppfriskningsdose", "Enkeltdose" and "Sesongdose" have `dose_number` null, "1. dose"/"2. '
    'dose" keep their number; "Ikke gitt – kontraindisert" -> why "other"; "Ikke nødvendig – har gjennomgått '
    'meslinger" -> must_not vaccine (why "other") plus must_not condition "gjennomgått meslinger" (why "historical"); '
    '"Anbefalt ... ikke satt ennå" and "Time avtalt" -> why "due".',
    '- US registry and C-CDA: a Hep B "Booster" (Heplisav-B) has `dose_number` null; "History of varicella disease ... '
    'vaccine not needed" -> must_not vaccine (why "other") plus must_not condition (why "historical"); "Not '
    'indicated" -> why "other"; "Not done - immune (anti-HBs positive)" -> why "other"; an allergy "Inactive - '
    'refuted" -> why "negated"; forecasts for vaccines given in the same record are not rows.',
    '- Form answers: "Problem vid tidigare narkos (även hos släktingar): Ja – bror: malign hypertermi" -> why "family"; '
    'a tick whose detail names the condition ("förmaksflimmer", "KOL, lindrig" -> "KOL", "depression - on tablets" -> '
    '"depression") gives the detail; a tick with a describing or empty detail ("Diabetes: Ja – typ 2, tabletter", '
    '"HIV: on ARVs", "Südamepuudulikkus") gives the printed label; a past problem ("TIA 2018, inga kvarstående besvär", '
    '"Tuberculosis (TB): 2017 ... cured", "Insult: 2019, jääknähtudeta") -> why "historical"; vaccines ticked No '
    '("Tetanus in the last 10 years", "Hepatitis B vaccine: No - not sure") -> why "checkbox_no"; "J&J single dose" '
    "has `dose_number` null.",
    '- Triage: "Gripp A (kiirtest +)" supported by the positive rapid test on the same sheet is a scored condition '
    'marked `optional`; "kopsupõletik?" -> why "other".',
    '- Medication cards and lists whose "Anvendelse" column gives only a purpose ("blodfortyndende", "vanddrivende") '
    "give no condition rows; a calcium/vitamin D combination printed with two strengths has `dose` null.",
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
        "# Held-out extraction test set 28",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas, thousands separators, date styles, flag words, abbreviations, drug brand names and "
        "clinical idioms; the rest in English. All content and truth rows are written by hand in "
        "`make_heldout28.py` (no generator of clinical content). The rendering machinery (reportlab drawing with "
        "`invariant=1`, handwriting-like font, tick boxes, scan simulation, self-checks, manifest, --check and "
        "--determinism) was copied from `bench/heldout27/make_heldout27.py` with `cp` and adapted (set number, "
        "paths, seed strings, status line, README text); the self-check bounds were kept. The only addition to "
        'the machinery is a flag-map entry for the German "++"/"\u2212\u2212" (kritischer Wert), Hungarian '
        '"magas"/"alacsony" and Honduran "Alto"/"Bajo"/"Anormal" flag words; the helpers for previous-result and '
        "cumulative columns, `_thousands`, the family-history grid and the C-CDA section heading were reused as "
        "they were. All document content of set 27 was removed and replaced with new content. Six documents are "
        f"scans: pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
        "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings (new seed strings for this set).",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 27's README (`bench/heldout27/README.md`), build "
        "script (`bench/heldout27/make_heldout27.py`) and one truth file "
        "(`bench/heldout27/truth/01_akureyri_cumulative_lab.json`, for format), plus the file names of earlier "
        "sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository was opened "
        "(not adapters/, tests/, docs/, pipeline/ apart from the schema, or bench/heldout_score.py); the pipeline, "
        "extractor and scorer were not read or run on these documents, no OCR was run, ruff was not run, and git "
        "was not run. The build's self-check compares each truth string with the strings drawn and, for documents "
        "that are not scans, with the PDF text layer read by pypdfium2. The author looked at renderings of every "
        "page before scan simulation (made with pypdfium2 by a scratch script under /tmp/heldout28_work, which "
        "also ran the per-document self-check) and fixed a letterhead name running into the right-hand header, "
        "two header labels running into their values, table cells whose long words ran into the neighbouring "
        "column on a registry print and a medication card, a second page without a running header, a "
        "signature with a handwritten addendum and a handwritten-notes block that each spilled onto a page of "
        "their own, a handwritten addendum standing alone on a second page without a running header, a section "
        "heading left alone at the foot of a page, and a medicines table split with two rows on the next page; "
        "the per-document self-check also caught a discharge letter whose endoscopy date was printed without "
        "the year, so the rapid urease test row had no printed date, and the date was written in full. No "
        "scanned output was looked at. `truth/drawn/*.txt` records the strings drawn into each document.",
        "",
        "Build: `python make_heldout28.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout28_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 27 (set 20's list, set 21's, set 22's, set 23's, set 24's, set 25's, set 26's "
        "and set 27's additions), restated here; this set's additions follow at the end:",
        "",
    ]
    L += BASE_CONVENTIONS + ["", "Set 21's additions (kept):", ""] + SET21_ADDITIONS
    L += ["", "Set 22's additions (kept):", ""] + SET22_ADDITIONS
    L += ["", "Set 23's additions (kept):", ""] + SET23_ADDITIONS
    L += ["", "Set 24's additions (kept):", ""] + SET24_ADDITIONS
    L += ["", "Set 25's additions (kept):", ""] + SET25_ADDITIONS
    L += ["", "Set 26's additions (kept):", ""] + SET26_ADDITIONS
    L += ["", "Set 27's additions (kept):", ""] + SET27_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET28_ADDITIONS
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
