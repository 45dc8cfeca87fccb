#!/usr/bin/env python
"""Build held-out extraction test set 29 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout29.py                 build into this folder (keeps an existing README)
    python make_heldout29.py --check         verify MANIFEST.sha256
    python make_heldout29.py --determinism   build twice under /tmp/heldout29_work, compare
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
        self.rng = random.Random("ho29-nib-wobble-seed-q-" + self.stem)
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
        c.setTitle(f"Held-out 29 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout29.py")
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
        int(hashlib.sha256(("ho29-copier-grain-seed-q-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# Set 29 flag marks (legends printed on the reports): Catalan "Alt"/"Baix" and "Anòmal" in a flag column.
FLAGMAP.update({"Alt": "high", "Baix": "low", "Anòmal": "abnormal"})


# @@DOCS_START@@

# ---------------------------------------------------------------------------- 01 Kaunas
@document
def d01():
    d = Doc(
        1,
        "kaunas_cumulative_lab",
        "Kaunas (Lithuania)",
        "lab_result",
        "lab report (cumulative, 3 dates, oldest first, \u2191 / \u2193 marks and a critical \u2191\u2191, space "
        "thousands, ISO dates, pending and haemolysed samples)",
        "Y-m-d",
        lang="Lithuanian",
        comma=True,
    )
    d.letterhead(
        "Kauno laboratorinės diagnostikos centras",
        ["Savanorių pr. 284, LT-50127 Kaunas", "Tel. (8 37) 32 66 10, el. p. lab@kldc.lt"],
        right=["KUMULIATYVINIS ATSAKYMAS", "Užsakymo Nr. 25-1007-0932"],
        size=12.5,
        color=(0.45, 0.1, 0.15),
    )
    d.kv(
        [
            ("Pacientas:", "Vytautas Petrauskas"),
            ("Gimimo data:", "1952-09-30"),
            ("Siuntęs gydytojas:", "gyd. Rasa Jankauskienė, Šilainių poliklinika"),
            ("Draudimas:", "PSD (Kauno TLK)"),
        ],
        cols=1,
        lw=110,
    )
    d.para(
        "\u2191 / \u2193 – virš / žemiau referentinių ribų; \u2191\u2191 – kritinė reikšmė, pranešta gydytojui "
        "telefonu. — – netirta. Seniausias mėginys kairėje.",
        8,
    )
    dates = ["2025-03-18", "2025-06-17", "2025-10-07"]
    U, D = "\u2191", "\u2193"
    rows = [
        ("Hemoglobinas", ["Haemoglobin"], "g/l", "130 – 170", 130.0, 170.0, None, ["128 " + D, "124 " + D, "131"]),
        ("Leukocitai", ["White cell count"], "×10⁹/l", "4,0 – 9,8", 4.0, 9.8, None, ["6,9", "7,4", "6,2"]),
        ("Trombocitai", ["Platelets"], "×10⁹/l", "140 – 450", 140.0, 450.0, None, ["214", "198", "226"]),
        ("Gliukozė nevalgius", ["Fasting glucose"], "mmol/l", "4,2 – 6,1", 4.2, 6.1, None, ["7,8 " + U, "8,4 " + U, "6,9 " + U]),
        ("HbA1c", ["Glycated haemoglobin"], "%", "4,0 – 6,0", 4.0, 6.0, None, ["7,6 " + U, "—", "7,1 " + U]),
        ("Kreatininas", ["Creatinine"], "µmol/l", "64 – 104", 64.0, 104.0, None, ["118 " + U, "142 " + U, "126 " + U]),
        ("GFG (CKD-EPI)", ["eGFR"], "ml/min/1,73 m²", "> 60", 60.0, None, "> 60", ["54 " + D, "43 " + D, "49 " + D]),
        ("Kalis", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["4,9", "6,4 " + U + U, "5,0"]),
        ("Natris", ["Sodium"], "mmol/l", "136 – 145", 136.0, 145.0, None, ["139", "136", "138"]),
        ("Šlapalas", ["Urea"], "mmol/l", "2,8 – 7,2", 2.8, 7.2, None, ["8,1 " + U, "11,6 " + U, "8,9 " + U]),
        ("MTL cholesterolis", ["LDL cholesterol"], "mmol/l", "< 1,8", None, 1.8, "< 1,8", ["2,6 " + U, "—", "1,7"]),
        ("Trigliceridai", ["Triglycerides"], "mmol/l", "< 1,7", None, 1.7, "< 1,7", ["2,1 " + U, "—", "1,5"]),
        ("NT-proBNP", [], "ng/l", "< 125", None, 125.0, "< 125", ["1 240 " + U, "2 080 " + U, "—"]),
        ("CRB", ["C-reactive protein"], "mg/l", "< 5", None, 5.0, "< 5", ["3,2", "12,4 " + U, "2,1"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "NT-proBNP", " ")  # space thousands ("1 240")
    d.title("Hematologija ir klinikinė chemija – kumuliatyvinė lentelė", 10.5)
    d.table(
        ["Tyrimas"] + dates + ["Vienetai", "Referentinės ribos"],
        tab,
        [2.1, 1.1, 1.1, 1.1, 1.2, 1.3],
    )
    d.para(
        "2025-06-17: kalis 6,4 mmol/l – kritinė reikšmė, mėginys be hemolizės; pranešta gyd. R. Jankauskienei "
        "10:45 val.",
        8.5,
    )
    d.para(
        "2025-10-07: Vitaminas D (25-OH) – tyrimas atliekamas, atsakymas bus pateiktas vėliau. Parathormonas – "
        "mėginys hemolizuotas, netirta; prašome pakartoti.",
        8.5,
    )
    d.no("labs", "Vitaminas D (25-OH)", "other", "in progress")
    d.no("labs", "Parathormonas", "other", "haemolysed sample, not analysed")
    d.para("Atsakymą patvirtino: laboratorinės medicinos gydytoja Dalia Kazlauskienė", 8)
    return d


# ---------------------------------------------------------------------------- 02 Podravje
@document
def d02():
    d = Doc(
        2,
        "podravje_lab_previous",
        "Podravje (Slovenia, Maribor)",
        "lab_result",
        "lab report (previous-result column, \u2191 / \u2193 written after the value, enzymes in µkat/L, pending, "
        "sent-out and missing samples)",
        "d. m. Y",
        lang="Slovenian",
        comma=True,
    )
    d.letterhead(
        "Zdravstveni dom Maribor – Laboratorij",
        ["Ulica talcev 9, 2000 Maribor", "Tel. 02 228 62 30"],
        right=["IZVID LABORATORIJSKIH PREISKAV", "Št. vzorca 25-14102-0617"],
        size=12.5,
        color=(0.1, 0.3, 0.45),
    )
    d.kv(
        [
            ("Pacientka:", "Mojca Kranjc"),
            ("Datum rojstva:", "2. 8. 1978"),
            ("Napotni zdravnik:", "Andrej Potočnik, dr. med., spec. druž. med."),
            ("Odvzem:", "14. 10. 2025 ob 7.40"),
        ],
        cols=1,
        lw=104,
    )
    d.para("\u2191 / \u2193 – nad / pod referenčnim območjem. Prejšnji izvid: 8. 4. 2025.", 8)
    U, D = "\u2191", "\u2193"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "g/L", "120 – 157", 120.0, 157.0, None, "104 " + D, "118 " + D),
        ("Eritrociti", ["Red cell count"], "10¹²/L", "3,86 – 5,08", 3.86, 5.08, None, "3,92", "4,08"),
        ("MCV", ["Mean corpuscular volume"], "fL", "83 – 97", 83.0, 97.0, None, "76 " + D, "81 " + D),
        ("Levkociti", ["White cell count"], "10⁹/L", "4,0 – 10,0", 4.0, 10.0, None, "5,8", "6,1"),
        ("Trombociti", ["Platelets"], "10⁹/L", "140 – 340", 140.0, 340.0, None, "362 " + U, "318"),
        ("Feritin", ["Ferritin"], "µg/L", "15 – 150", 15.0, 150.0, None, "6 " + D, "14 " + D),
        ("Glukoza na tešče", ["Fasting glucose"], "mmol/L", "3,6 – 6,1", 3.6, 6.1, None, "5,4", "5,2"),
        ("Kreatinin", ["Creatinine"], "µmol/L", "44 – 80", 44.0, 80.0, None, "68", "71"),
        ("eGFR (CKD-EPI)", ["eGFR"], "mL/min/1,73 m²", "> 60", 60.0, None, "> 60", "94", "91"),
        ("Kalij", ["Potassium"], "mmol/L", "3,8 – 5,5", 3.8, 5.5, None, "4,2", "4,4"),
        ("ALT", ["Alanine aminotransferase"], "µkat/L", "< 0,56", None, 0.56, "< 0,56", "0,31", "0,28"),
        ("TSH", ["Thyroid stimulating hormone"], "mIU/L", "0,35 – 4,94", 0.35, 4.94, None, "6,82 " + U, "3,10"),
        ("prosti T4", ["Free thyroxine"], "pmol/L", "9,0 – 19,0", 9.0, 19.0, None, "10,4", "12,6"),
        ("LDL holesterol", ["LDL cholesterol"], "mmol/L", "< 3,0", None, 3.0, "< 3,0", "3,4 " + U, "—"),
        ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", "2", "—"),
    ]
    cur, prev = "2025-10-14", "2025-04-08"
    d.title("Hematologija in klinična kemija", 10.5)
    d.table(
        ["Preiskava", "Rezultat " + d.d(cur), "Enota", "Referenčne vrednosti", "Prejšnji " + d.d(prev)],
        prevcol(d, rows, prev, cur),
        [2.2, 1.6, 1.3, 1.5, 1.6],
    )
    d.title("Nedokončane preiskave", 10)
    d.table(
        ["Preiskava", "Stanje"],
        [
            ["Vitamin B12", "v delu"],
            ["Folna kislina", "vzorec poslan v UKC Maribor"],
            ["Protitelesa proti TPO", "vzorec ni bil prejet"],
        ],
        [3, 4],
    )
    d.no("labs", "Vitamin B12", "other", "in progress")
    d.no("labs", "Folna kislina", "other", "sent out")
    d.no("labs", "Protitelesa proti TPO", "other", "no sample received")
    d.para("Izvid odobrila: mag. Tanja Horvat, spec. med. biokem.", 8)
    return d


# ---------------------------------------------------------------------------- 03 Rio Grande do Sul
@document
def d03():
    d = Doc(
        3,
        "rio_grande_do_sul_urinalysis_scan",
        "Rio Grande do Sul (Brazil, Caxias do Sul)",
        "lab_result",
        "lab report (serum chemistry, short blood count with thousands points, EQU urinalysis with sediment per mL, "
        "\u2191 / \u2193 / * flags, diagnosis on the request, culture in progress; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": 1.9},
        lang="Portuguese (Brazil)",
        comma=True,
    )
    d.letterhead(
        "Laboratório Serra Gaúcha",
        ["Análises Clínicas – Rua Sinimbu, 1820, Centro, Caxias do Sul/RS – CEP 95020-002", "Fone (54) 3221-4470"],
        right=["LAUDO DE EXAMES", "Protocolo 1013-25877"],
        size=13,
        color=(0.05, 0.35, 0.2),
    )
    d.kv(
        [
            ("Paciente:", "Ivone Terezinha Bertoldi Zanella"),
            ("Idade / Sexo:", "67 anos / F"),
            ("Médico solicitante:", "Dr. Gustavo Pellenz – CRM/RS 28417"),
            ("Data da coleta:", "13/10/2025 07:50"),
            ("Indicação clínica:", "Diabetes mellitus tipo 2; pielonefrite?"),
        ],
        cols=1,
        lw=112,
    )
    d.cond("Diabetes mellitus tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "pielonefrite", "other", "queried on the request")
    d.para("\u2191 / \u2193 – acima / abaixo do valor de referência. * – resultado alterado.", 8)
    iso = "2025-10-13"
    U, D = "\u2191", "\u2193"
    d.title("BIOQUÍMICA E HEMOGRAMA", 10)
    rows = [
        ("Creatinina", ["Creatinine"], "1,38", "mg/dL", "0,50 – 1,10", 0.5, 1.1, None, U),
        ("Ureia", ["Urea"], "64", "mg/dL", "15 – 40", 15.0, 40.0, None, U),
        ("Glicose", ["Glucose"], "212", "mg/dL", "70 – 99", 70.0, 99.0, None, U),
        ("Potássio", ["Potassium"], "4,8", "mEq/L", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("Proteína C reativa", ["C-reactive protein"], "96,4", "mg/L", "< 5,0", None, 5.0, "< 5,0", U),
        ("Hemoglobina", ["Haemoglobin"], "11,9", "g/dL", "12,0 – 16,0", 12.0, 16.0, None, D),
        ("Leucócitos", ["White cell count"], "15.800", "/mm³", "4.000 – 11.000", 4000.0, 11000.0, None, U, 15800.0),
    ]
    d.table(["Exame", "Resultado", "Unidade", "Valor de referência", ""], labrows(d, rows, iso), [2.6, 1.2, 1.1, 1.7, 0.4])
    d.title("EQU – EXAME QUALITATIVO DE URINA", 10)
    rows = [
        ("Cor", ["Urine colour"], "Amarelo citrino", None, "Amarelo citrino", None, None, "Amarelo citrino", "", None),
        ("Aspecto", ["Urine appearance"], "Turvo", None, "Límpido", None, None, "Límpido", "*", None),
        ("Densidade", ["Urine specific gravity"], "1.015", None, "1.005 – 1.030", 1.005, 1.03, None, "", 1.015),
        ("pH", ["Urine pH"], "6,5", None, "5,0 – 7,5", 5.0, 7.5, None, ""),
        ("Proteínas", ["Urine protein"], "Traços", None, "Negativo", None, None, "Negativo", "*", None),
        ("Glicose", ["Urine glucose"], "++", None, "Negativo", None, None, "Negativo", "*", None),
        ("Corpos cetônicos", ["Urine ketones"], "Negativo", None, "Negativo", None, None, "Negativo", "", None),
        ("Sangue oculto", ["Urine blood"], "+", None, "Negativo", None, None, "Negativo", "*", None),
        ("Nitrito", ["Urine nitrite"], "Positivo", None, "Negativo", None, None, "Negativo", "*", None),
        ("Urobilinogênio", ["Urobilinogen"], "Normal", None, "Normal", None, None, "Normal", "", None),
    ]
    d.table(["Parâmetro", "Resultado", "Unidade", "Valor de referência", ""], labrows(d, rows, iso), [2.6, 1.2, 1.1, 1.7, 0.4])
    d.title("SEDIMENTOSCOPIA", 10)
    rows = [
        ("Leucócitos", ["Urine white cells"], "62.000", "/mL", "até 10.000 /mL", None, 10000.0, "até 10.000 /mL", U, 62000.0),
        ("Hemácias", ["Urine red cells"], "14.000", "/mL", "até 10.000 /mL", None, 10000.0, "até 10.000 /mL", U, 14000.0),
        ("Células epiteliais", ["Urine epithelial cells"], "Raras", None, "Raras", None, None, "Raras", "", None),
        ("Bactérias", ["Urine bacteria"], "Numerosas", None, "Ausentes", None, None, "Ausentes", "*", None),
        ("Piócitos em grumos", ["Urine white cell clumps"], "Presentes", None, "Ausentes", None, None, "Ausentes", "*", None),
        ("Cilindros", ["Urine casts"], "Ausentes", None, "Ausentes", None, None, "Ausentes", "", None),
    ]
    d.table(["Elemento", "Resultado", "Unidade", "Valor de referência", ""], labrows(d, rows, iso), [2.6, 1.2, 1.1, 1.7, 0.4])
    d.para("Urocultura com antibiograma: em andamento – resultado previsto em 72 horas.", 8.5)
    d.no("labs", "Urocultura", "other", "in progress")
    d.para("Responsável técnica: Dra. Luciana Dall'Agnol Bertotto – CRF/RS 9.214", 8)
    return d


# ---------------------------------------------------------------------------- 04 Vlore
@document
def d04():
    d = Doc(
        4,
        "vlore_lab_pending",
        "Vlorë County (Albania)",
        "lab_result",
        "lab report (single date, flag column H / L with an Albanian legend, thousands points, diagnosis and a queried "
        "diagnosis on the request, pending, sent-out and haemolysed tests)",
        "d.m.Y",
        lang="Albanian",
        comma=True,
    )
    d.letterhead(
        "Spitali Rajonal Vlorë",
        ["Laboratori Klinik – Biokimik, Lagjja Pavarësia, 9401 Vlorë", "Tel. 033 224 511"],
        right=["FLETË ANALIZASH", "Nr. 25/8841"],
        size=13,
        color=(0.55, 0.1, 0.1),
    )
    d.kv(
        [
            ("Pacienti:", "Arben Hoxha"),
            ("Mosha / Gjinia:", "61 vjeç / M"),
            ("Mjeku kërkues:", "Dr. Elona Dervishi, Qendra Shëndetësore Nr. 2 Vlorë"),
            ("Data e marrjes:", "16.10.2025 08:10"),
            ("Diagnoza në kërkesë:", "Diabet mellitus tip 2 (E11); cirrozë hepatike?"),
        ],
        cols=1,
        lw=118,
    )
    d.cond("Diabet mellitus tip 2", "active", "E11", ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "cirrozë hepatike", "other", "queried on the request")
    d.para("H – mbi vlerat e referencës; L – nën vlerat e referencës.", 8)
    iso = "2025-10-16"
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "13,1", "g/dL", "13,5 – 17,5", 13.5, 17.5, None, "L"),
        ("Leukocitet", ["White cell count"], "6,4", "x10³/µL", "4,0 – 10,0", 4.0, 10.0, None, ""),
        ("Trombocitet", ["Platelets"], "118.000", "/µL", "150.000 – 400.000", 150000.0, 400000.0, None, "L", 118000.0),
        ("Glukoza esëll", ["Fasting glucose"], "168", "mg/dL", "70 – 100", 70.0, 100.0, None, "H"),
        ("HbA1c", ["Glycated haemoglobin"], "8,2", "%", "4,0 – 6,0", 4.0, 6.0, None, "H"),
        ("Ureja", ["Urea"], "38", "mg/dL", "15 – 45", 15.0, 45.0, None, ""),
        ("Kreatinina", ["Creatinine"], "1,04", "mg/dL", "0,70 – 1,30", 0.7, 1.3, None, ""),
        ("ALT (GPT)", ["Alanine aminotransferase"], "74", "U/L", "< 41", None, 41.0, "< 41", "H"),
        ("AST (GOT)", ["Aspartate aminotransferase"], "92", "U/L", "< 40", None, 40.0, "< 40", "H"),
        ("GGT", ["Gamma-glutamyl transferase"], "186", "U/L", "10 – 71", 10.0, 71.0, None, "H"),
        ("Bilirubina totale", ["Total bilirubin"], "1,9", "mg/dL", "0,2 – 1,2", 0.2, 1.2, None, "H"),
        ("Albumina", ["Albumin"], "3,2", "g/dL", "3,5 – 5,2", 3.5, 5.2, None, "L"),
        ("Kolesteroli total", ["Total cholesterol"], "168", "mg/dL", "< 200", None, 200.0, "< 200", ""),
        ("Trigliceridet", ["Triglycerides"], "142", "mg/dL", "< 150", None, 150.0, "< 150", ""),
        ("Kaliumi", ["Potassium"], "4,3", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("INR", [], "1,38", None, "0,8 – 1,2", 0.8, 1.2, None, "H"),
    ]
    d.title("Hematologji – Biokimi – Koagulim", 10.5)
    d.table(["Analiza", "Rezultati", "Njësia", "Vlerat e referencës", "Flamuri"], labrows(d, rows, iso), [2.4, 1.1, 1.1, 1.8, 0.8])
    d.title("Analiza të papërfunduara", 10)
    d.table(
        ["Analiza", "Statusi"],
        [
            ["HBsAg", "në proces"],
            ["Anti-HCV", "dërguar në laboratorin e QSUT, Tiranë"],
            ["Alfa-fetoproteina (AFP)", "mostra e hemolizuar – të përsëritet marrja"],
        ],
        [3, 4],
    )
    d.no("labs", "HBsAg", "other", "in progress")
    d.no("labs", "Anti-HCV", "other", "sent out")
    d.no("labs", "Alfa-fetoproteina (AFP)", "other", "haemolysed sample")
    d.para("Biokimisti përgjegjës: Dr. Mirela Çela        Teknike laboratori: Valbona Muka", 8)
    return d


# ---------------------------------------------------------------------------- 05 Lleida
@document
def d05():
    d = Doc(
        5,
        "lleida_lab_flagcol",
        "Lleida (Catalonia, Spain)",
        "lab_result",
        "lab report (single date, flag column Alt / Baix / Anòmal, rheumatology work-up with pre-treatment "
        "serology, queried diagnosis on the request, pending and sent-out tests)",
        "d/m/Y",
        lang="Catalan",
        comma=True,
    )
    d.letterhead(
        "Hospital Universitari Arnau de Vilanova",
        ["Laboratori Clínic ICS Lleida – Av. Alcalde Rovira Roure, 80, 25198 Lleida", "Tel. 973 70 52 00"],
        right=["INFORME DE RESULTATS", "Petició 25-LL-118204"],
        size=12.5,
        color=(0.5, 0.15, 0.1),
    )
    d.kv(
        [
            ("Pacient:", "Montserrat Farré i Solé"),
            ("Data de naixement:", "22/05/1968"),
            ("Metge sol·licitant:", "Dr. Jordi Pujol Vilalta – Reumatologia (CCEE)"),
            ("Data d'extracció:", "21/10/2025 08:35"),
            ("Orientació diagnòstica:", "artritis reumatoide?"),
        ],
        cols=1,
        lw=124,
    )
    d.no("conditions", "artritis reumatoide", "other", "queried on the request")
    d.para(
        "Alt / Baix: per sobre / per sota de l'interval de referència. Anòmal: resultat qualitatiu diferent del de "
        "referència.",
        8,
    )
    iso = "2025-10-21"
    hdr = ["Prova", "Resultat", "Unitats", "Interval de referència", "Indicador"]
    wd = [2.8, 1.0, 1.1, 1.95, 0.9]
    d.title("HEMATOLOGIA", 10)
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "11,2", "g/dL", "12,0 – 15,5", 12.0, 15.5, None, "Baix"),
        ("Volum corpuscular mitjà (VCM)", ["Mean corpuscular volume"], "84", "fL", "80 – 100", 80.0, 100.0, None, ""),
        ("Leucòcits", ["White cell count"], "9,6", "x10³/µL", "3,9 – 10,2", 3.9, 10.2, None, ""),
        ("Plaquetes", ["Platelets"], "468", "x10³/µL", "150 – 400", 150.0, 400.0, None, "Alt"),
        ("Velocitat de sedimentació (VSG)", ["Erythrocyte sedimentation rate"], "58", "mm/h", "< 20", None, 20.0, "< 20", "Alt"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("BIOQUÍMICA", 10)
    rows = [
        ("Proteïna C reactiva (PCR)", ["C-reactive protein"], "24,6", "mg/L", "< 5,0", None, 5.0, "< 5,0", "Alt"),
        ("Creatinina", ["Creatinine"], "0,72", "mg/dL", "0,50 – 0,90", 0.5, 0.9, None, ""),
        ("ALT", ["Alanine aminotransferase"], "22", "U/L", "< 35", None, 35.0, "< 35", ""),
        ("Àcid úric", ["Uric acid"], "4,1", "mg/dL", "2,4 – 5,7", 2.4, 5.7, None, ""),
        ("Ferritina", ["Ferritin"], "212", "ng/mL", "15 – 150", 15.0, 150.0, None, "Alt"),
        ("25-hidroxivitamina D", ["Vitamin D"], "18", "ng/mL", "30 – 100", 30.0, 100.0, None, "Baix"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("IMMUNOLOGIA", 10)
    rows = [
        ("Factor reumatoide", ["Rheumatoid factor"], "86", "UI/mL", "< 14", None, 14.0, "< 14", "Alt"),
        ("Anticossos anti-CCP", ["Anti-cyclic citrullinated peptide antibodies"], "Positiu", None, "Negatiu", None, None, "Negatiu", "Anòmal", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("SEROLOGIA PRETRACTAMENT", 10)
    rows = [
        ("Antigen de superfície VHB (HBsAg)", ["Hepatitis B surface antigen"], "Negatiu", None, "Negatiu", None, None, "Negatiu", "", None),
        ("Anticossos anti-HBc", ["Hepatitis B core antibody"], "Negatiu", None, "Negatiu", None, None, "Negatiu", "", None),
        ("Anticossos anti-VHC", ["Hepatitis C antibody"], "Negatiu", None, "Negatiu", None, None, "Negatiu", "", None),
        ("IGRA (QuantiFERON-TB Gold Plus)", ["Interferon-gamma release assay"], "Negatiu", None, "Negatiu", None, None, "Negatiu", "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("PROVES PENDENTS", 10)
    d.table(
        ["Prova", "Estat"],
        [
            ["Anticossos antinuclears (ANA)", "pendent"],
            ["HLA-B27", "enviat a laboratori de referència (Hospital de Bellvitge)"],
        ],
        [3, 4],
    )
    d.no("labs", "Anticossos antinuclears (ANA)", "other", "pending")
    d.no("labs", "HLA-B27", "other", "sent out")
    d.para("Validat per: Dra. Núria Serra Companys, facultativa especialista en Anàlisis Clíniques", 8)
    return d


# ---------------------------------------------------------------------------- 06 Dumfries and Galloway
@document
def d06():
    d = Doc(
        6,
        "dumfries_galloway_sulfasalazine_monitoring_scan",
        "Scotland (Dumfries and Galloway)",
        "lab_result",
        "cumulative blood monitoring for sulfasalazine (dates as rows, units and ranges in the header, queried "
        "diagnosis in a comment, added-on and clotted samples, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": -2.1},
    )
    d.letterhead(
        "NHS Dumfries and Galloway",
        ["Laboratory Medicine – Dumfries and Galloway Royal Infirmary", "Cargenbridge, Dumfries DG2 8RX",
         "Duty biochemist 01387 246 246"],
        right=["CUMULATIVE REPORT", "DMARD monitoring: sulfasalazine"],
        size=12,
        color=(0.1, 0.2, 0.5),
    )
    d.kv(
        [
            ("Patient:", "McMILLAN, Agnes Margaret"),
            ("CHI No:", "1704521183"),
            ("DOB:", "17/04/1952"),
            ("Requested by:", "Dr F. McCall (Rheumatology)"),
        ],
        lw=80,
    )
    cols = [
        ("Hb", ["Haemoglobin"], "g/L", "115-165", 115.0, 165.0),
        ("WBC", ["White cell count"], "x10^9/L", "4.0-11.0", 4.0, 11.0),
        ("Neutrophils", [], "x10^9/L", "2.0-7.5", 2.0, 7.5),
        ("Platelets", [], "x10^9/L", "150-400", 150.0, 400.0),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<40", None, 40.0),
        ("Creatinine", [], "umol/L", "45-90", 45.0, 90.0),
    ]
    data = [
        ("2025-05-06", ["128", "6.8", "4.1", "312", "18", "71"]),
        ("2025-06-03", ["126", "5.2", "3.0", "298", "24", "74"]),
        ("2025-07-08", ["124", "4.1", "2.2", "276", "46 H", "76"]),
        ("2025-08-26", ["121", "3.4 L", "1.6 L", "264", "52 H", "-"]),
        ("2025-10-14", ["125", "4.6", "2.6", "-", "31", "73"]),
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
    d.table(hdr, tab, [1.3, 1.0, 1.1, 1.2, 1.1, 1.0, 1.1], size=8)
    d.para("H = above reference range, L = below reference range. - = not requested on this date.", 8)
    d.para(
        "Comment 26/08/2025: WBC and neutrophils low, ALT raised - ?sulfasalazine-induced neutropenia; please "
        "discuss with the rheumatology team and repeat in 2 weeks.",
        8.5,
    )
    d.no("conditions", "sulfasalazine-induced neutropenia", "other", "queried in a lab comment")
    d.para(
        "14/10/2025: Serum folate added on by telephone request - to follow. ESR - sample clotted, not analysed "
        "(please repeat).",
        8.5,
    )
    d.no("labs", "Serum folate", "other", "added on, to follow")
    d.no("labs", "ESR", "other", "clotted sample, not analysed")
    d.para("Authorised: Dr K. Maxwell, Consultant Clinical Scientist", 8)
    return d


# ---------------------------------------------------------------------------- 07 Sarawak
@document
def d07():
    d = Doc(
        7,
        "sarawak_antenatal_record",
        "Sarawak (Malaysia, Kuching)",
        "medical_record",
        "antenatal record at a government health clinic (booking blood results with a Tinggi / Rendah / * flag "
        "column, glucose tolerance test, handwritten visit notes with a vaccine given, new and continued "
        "supplements, planned tests and a conditional medicine)",
        "d/m/Y",
        lang="Malay",
    )
    d.letterhead(
        "Klinik Kesihatan Jalan Masjid",
        ["Jabatan Kesihatan Negeri Sarawak – Jalan Masjid, 93400 Kuching", "Tel. 082-24 1836"],
        right=["REKOD ANTENATAL", "Keputusan makmal & catatan lawatan"],
        size=13,
        color=(0.45, 0.1, 0.4),
    )
    d.kv(
        [
            ("Nama ibu:", "Magdalene anak Jimbun"),
            ("No. K/P:", "960314-13-5528"),
            ("Umur:", "29 tahun"),
            ("Obstetrik:", "G3P2, POA 28 minggu"),
            ("Tarikh lawatan:", "24/10/2025"),
            ("Alahan:", "Penisilin (ruam)"),
        ],
        lw=88,
    )
    d.alg("Penisilin", "ruam")
    d.para("Tinggi / Rendah: melebihi / di bawah julat rujukan. *: keputusan tidak normal.", 8)
    iso = "2025-10-17"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "9.6", "g/dL", "11.0 – 15.0", 11.0, 15.0, None, "Rendah"),
        ("MCV", ["Mean corpuscular volume"], "74", "fL", "80 – 100", 80.0, 100.0, None, "Rendah"),
        ("Platelet", ["Platelets"], "246", "x10⁹/L", "150 – 400", 150.0, 400.0, None, ""),
        ("Kumpulan darah / Rhesus", ["Blood group"], "O Rh positif", None, "", None, None, None, "", None),
        ("VDRL", ["Syphilis serology"], "Tidak reaktif", None, "Tidak reaktif", None, None, "Tidak reaktif", "", None),
        ("HIV (ujian pantas)", ["HIV rapid test"], "Tidak reaktif", None, "Tidak reaktif", None, None, "Tidak reaktif", "", None),
        ("HBsAg", ["Hepatitis B surface antigen"], "Tidak reaktif", None, "Tidak reaktif", None, None, "Tidak reaktif", "", None),
        ("MOGTT – puasa", ["Oral glucose tolerance test, fasting"], "5.6", "mmol/L", "< 5.1", None, 5.1, "< 5.1", "Tinggi"),
        ("MOGTT – 2 jam", ["Oral glucose tolerance test, 2 hours"], "8.9", "mmol/L", "< 7.8", None, 7.8, "< 7.8", "Tinggi"),
        ("Albumin urin", ["Urine protein"], "Surih", None, "Negatif", None, None, "Negatif", "*", None),
        ("Gula urin", ["Urine glucose"], "Negatif", None, "Negatif", None, None, "Negatif", "", None),
    ]
    d.title("Ujian makmal – tarikh ambil darah " + d.d(iso), 10.5)
    d.table(["Ujian", "Keputusan", "Unit", "Julat rujukan", "Bendera"], labrows(d, rows, iso), [2.6, 1.4, 1.0, 1.6, 0.9])
    d.title("Catatan lawatan (jururawat kesihatan)", 10.5)
    d.hand_line("TD:", "116/74 mmHg   Nadi: 88/min   Berat: 61.5 kg", 10.5)
    d.vit("blood_pressure", "116/74", 116.0, 74.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "/min")
    d.vit("weight", "61.5", 61.5, None, "kg")
    d.hand_line("", "Tinggi fundus 27 cm, DJJ 148/min. Tiada pendarahan, tiada sakit perut.", 10.5)
    d.no("conditions", "pendarahan", "negated")
    d.hand_line("Diagnosis:", "Diabetes mellitus semasa hamil (GDM) – kawalan diet;", 10.5)
    d.hand_line("", "Anemia dalam kehamilan", 10.5)
    d.cond("Diabetes mellitus semasa hamil", "active", None, ["gestational diabetes mellitus"])
    d.cond("Anemia dalam kehamilan", "active", None, ["anaemia in pregnancy"])
    d.hand_line("Imunisasi:", "ATT dos ke-2 diberi hari ini (lot TT25-0917)", 10.5)
    d.imm("ATT", "2025-10-24", 2, "TT25-0917", None)
    d.imms[-1]["aliases"] = ["tetanus toxoid vaccine"]
    d.hand_line("", "Vaksin influenza ditawarkan – ibu menolak", 10.5)
    d.no("immunizations", "Vaksin influenza", "other", "offered, declined")
    d.hand_line("Ubat:", "Tab. Ferrous fumarate 200 mg 1 tds – mula hari ini (90 biji)", 10.5)
    d.hand_line("", "Tab. Folic acid 5 mg od – diteruskan", 10.5)
    d.med("Ferrous fumarate", None, "200", "mg", None, "1 tds", "new")
    d.med("Folic acid", None, "5", "mg", None, "od")
    d.hand_line("Pelan:", "Profil gula darah (BSP) dalam 2 minggu; Metformin akan", 10.5)
    d.hand_line("", "dimulakan jika gula tidak terkawal dengan diet.", 10.5)
    d.no("labs", "Profil gula darah (BSP)", "planned", "in 2 weeks")
    d.no("medications", "Metformin", "planned", "conditional")
    d.hand_line("Sejarah keluarga:", "ibu – darah tinggi", 10.5)
    d.no("conditions", "darah tinggi", "family", "mother")
    d.hand_line("Jururawat:", "Sr. Christina Lim", 10.5)
    return d


# ---------------------------------------------------------------------------- 08 Selfoss
@document
def d08():
    d = Doc(
        8,
        "selfoss_nephrology_referral",
        "South Iceland (Selfoss)",
        "medical_record",
        "GP referral letter to nephrology (Icelandic; ICD-10 diagnoses, medicines table with changed, paused and "
        "stopped drugs, lab table with an H / L column, handwritten addendum)",
        "j.n.Y",
        lang="Icelandic",
        comma=True,
    )
    d.letterhead(
        "Heilbrigðisstofnun Suðurlands",
        ["Heilsugæslan Selfossi, Árvegi, 800 Selfoss", "Sími 432 2000"],
        right=["TILVÍSUN", "Nýrnalækningar – ekki bráð"],
        color=(0.05, 0.25, 0.5),
    )
    d.kv(
        [
            ("Viðtakandi:", "Landspítali, göngudeild nýrnalækninga, Hringbraut"),
            ("Dagsetning:", "22.10.2025"),
            ("Sjúklingur:", "Guðrún Sigurðardóttir"),
            ("Kennitala:", "140351-2289"),
            ("Tilvísandi læknir:", "Sigurður Ólafsson, sérfræðingur í heimilislækningum"),
        ],
        cols=1,
        lw=104,
    )
    d.title("Ástæða tilvísunar", 10)
    d.para(
        "Góðan dag. Ég bið um mat og eftirfylgd hjá nýrnalækni fyrir 74 ára konu með versnandi nýrnastarfsemi "
        "síðustu 12 mánuði (eGFR lækkað úr 52 í 34) og hækkað kalíum í síðustu mælingum. Hún hefur hvorki bjúg á "
        "fótum né mæði. Blóðþrýstingur hefur verið illa stjórnaður í heimamælingum (150–160/85). "
        "Nýrnaslagæðaþrengsli? Ég hef hætt íbúfeni og gert hlé á losartani."
    )
    d.no("conditions", "bjúg", "negated")
    d.no("conditions", "Nýrnaslagæðaþrengsli", "other", "suspected")
    d.title("Greiningar", 10)
    d.bullets(
        [
            "N18.3 Langvinnur nýrnasjúkdómur, stig 3b",
            "E11.2 Sykursýki af tegund 2 með nýrnakvillum",
            "I10 Háþrýstingur",
            "I48.9 Gáttatif",
            "M10.9 Þvagsýrugigt",
        ]
    )
    d.cond("Langvinnur nýrnasjúkdómur, stig 3b", "active", "N18.3", ["chronic kidney disease stage 3b"])
    d.cond("Sykursýki af tegund 2 með nýrnakvillum", "active", "E11.2", ["type 2 diabetes mellitus with kidney complications"])
    d.cond("Háþrýstingur", "active", "I10", ["hypertension"])
    d.cond("Gáttatif", "active", "I48.9", ["atrial fibrillation"])
    d.cond("Þvagsýrugigt", "active", "M10.9", ["gout"])
    d.para(
        "Fyrri saga: brjóstakrabbamein vinstra megin 2012, fleygskurður og geislameðferð, talin læknuð. "
        "Fjölskyldusaga: móðir var í blóðskilun vegna nýrnabilunar. Ofnæmi: penisillín (útbrot), kódein (ógleði og "
        "uppköst)."
    )
    d.no("conditions", "brjóstakrabbamein", "historical", "2012, treated")
    d.no("conditions", "nýrnabilun", "family", "mother")
    d.alg("penisillín", "útbrot")
    d.alg("kódein", "ógleði og uppköst")
    d.title("Lyf", 10)
    d.table(
        ["Lyf", "Skammtur", "Athugasemd"],
        [
            ["Metformin Actavis 500 mg", "1 x 2", "skammtur minnkaður 1.10.2025 (var 1000 mg x 2)"],
            ["Jardiance 10 mg", "1 x 1", ""],
            ["Amlodipin 10 mg", "1 x 1", ""],
            ["Losartan Actavis 50 mg", "—", "hlé frá 15.10.2025 þar til kalíum hefur verið endurmælt"],
            ["Eliquis 2,5 mg", "1 x 2", ""],
            ["Allopurinol Actavis 100 mg", "1 x 1", ""],
            ["Furix 40 mg", "1 x 1 að morgni", ""],
            ["Paratabs 500 mg", "2 töflur eftir þörfum, mest 4 sinnum á sólarhring", ""],
            ["Íbúfen 400 mg", "—", "hætt 1.10.2025 (nýrnastarfsemi)"],
        ],
        [2.4, 2.4, 3.2],
    )
    d.med("Metformin Actavis", None, "500", "mg", None, "1 x 2", "changed", optional=True)
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1 x 1")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Amlodipin", None, "10", "mg", None, "1 x 1")
    d.med("Losartan Actavis", None, "50", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["losartan"]
    d.med("Eliquis", "Eliquis", "2,5", "mg", None, "1 x 2")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Allopurinol Actavis", None, "100", "mg", None, "1 x 1")
    d.meds[-1]["aliases"] = ["allopurinol"]
    d.med("Furix", "Furix", "40", "mg", None, "1 x 1 að morgni")
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Paratabs", "Paratabs", "500", "mg", None, "eftir þörfum, mest 4 sinnum á sólarhring")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Íbúfen", "Íbúfen", "400", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.no("medications", "Losartan Actavis", "stopped", "paused until potassium is rechecked")
    d.no("medications", "Íbúfen", "stopped", "stopped 1.10.2025")
    d.run_header = "Guðrún Sigurðardóttir – kt. 140351-2289 – tilvísun á nýrnalækningar 22.10.2025"
    iso = "2025-10-15"
    d.title("Rannsóknir " + d.d(iso), 10)
    rows = [
        ("Kreatínín", ["Creatinine"], "138", "µmól/L", "45 – 90", 45.0, 90.0, None, "H"),
        ("eGFR", [], "34", "mL/mín/1,73m²", "> 60", 60.0, None, "> 60", "L"),
        ("Kalíum", ["Potassium"], "5,8", "mmól/L", "3,5 – 5,0", 3.5, 5.0, None, "H"),
        ("Natríum", ["Sodium"], "139", "mmól/L", "137 – 145", 137.0, 145.0, None, ""),
        ("Þvagefni", ["Urea"], "14,2", "mmól/L", "3,2 – 8,2", 3.2, 8.2, None, "H"),
        ("Blóðrauði", ["Haemoglobin"], "114", "g/L", "118 – 152", 118.0, 152.0, None, "L"),
        ("HbA1c", [], "58", "mmól/mól", "20 – 42", 20.0, 42.0, None, "H"),
        ("Albúmín/kreatínín í þvagi", ["Urine albumin/creatinine ratio"], "68", "mg/mmól", "< 3", None, 3.0, "< 3", "H"),
        ("Bíkarbónat", ["Bicarbonate"], "20", "mmól/L", "22 – 29", 22.0, 29.0, None, "L"),
        ("PTH", ["Parathyroid hormone"], "14,8", "pmól/L", "1,6 – 6,9", 1.6, 6.9, None, "H"),
        ("Kalsíum", ["Calcium"], "2,31", "mmól/L", "2,15 – 2,55", 2.15, 2.55, None, ""),
        ("Fosfat", ["Phosphate"], "1,52", "mmól/L", "0,80 – 1,50", 0.8, 1.5, None, "H"),
        ("Þvagsýra", ["Uric acid"], "412", "µmól/L", "155 – 350", 155.0, 350.0, None, "H"),
    ]
    d.table(["Rannsókn", "Niðurstaða", "Eining", "Viðmiðunarmörk", ""], labrows(d, rows, iso), [2.4, 1.1, 1.3, 1.5, 0.4])
    d.para("H / L = yfir / undir viðmiðunarmörkum.", 7.5)
    d.para("Skoðun: blóðþrýstingur 148/82 mmHg, púls 72/mín óreglulegur, þyngd 71 kg, hæð 162 cm.")
    d.vit("blood_pressure", "148/82", 148.0, 82.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/mín")
    d.vit("weight", "71", 71.0, None, "kg")
    d.vit("height", "162", 162.0, None, "cm")
    d.para(
        "Bólusetningar: inflúensubólusetning gefin " + d.d("2025-10-06") + ". Pneumókokkabólusetning (Prevenar 20) "
        "ráðlögð, ekki enn gefin. Ef kalíum helst hátt þrátt fyrir hlé á losartani mætti íhuga Lokelma. "
        "Vinsamlegast metið einnig hvort halda eigi áfram með Jardiance."
    )
    d.imm("inflúensubólusetning", "2025-10-06", None, None, None, amb=_amb(d.style, "2025-10-06"))
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.no("immunizations", "Pneumókokkabólusetning", "due")
    d.no("medications", "Lokelma", "planned", "conditional")
    d.signature("Sigurður Ólafsson", "Sérfræðingur í heimilislækningum")
    d.ensure(60)
    d.gap(6)
    d.title("Viðbót (handskrifuð)", 9.5)
    d.hand_line(d.d("2025-10-24") + ":", "Kalíum endurmælt 5,1 mmól/L (viðm. 3,5–5,0) – hækkað", 10.5)
    d.lab("Kalíum", "5,1", "mmól/L", 3.5, 5.0, None, "high", "2025-10-24", ["Potassium"])
    return d


# ---------------------------------------------------------------------------- 09 Banska Bystrica
@document
def d09():
    d = Doc(
        9,
        "banska_bystrica_cardiology_report",
        "Banská Bystrica Region (Slovakia)",
        "medical_record",
        "specialist report (cardiology outpatient findings, new atrial fibrillation, lab table with \u2191 marks, "
        "enzymes in µkat/l and eGF in ml/s, new, changed and stopped medicines, patient advice, planned tests)",
        "d.m.Y",
        lang="Slovak",
        comma=True,
    )
    d.letterhead(
        "Kardiologická ambulancia – MUDr. Peter Kováč, PhD.",
        ["Poliklinika Sever, Tajovského 11, 974 01 Banská Bystrica", "Tel. 048 441 2270"],
        right=["LEKÁRSKA SPRÁVA", "Kardiologické vyšetrenie"],
        size=12.5,
        color=(0.45, 0.05, 0.1),
    )
    d.kv(
        [
            ("Pacient:", "Ján Baláž"),
            ("Dátum narodenia:", "05.11.1957"),
            ("Rodné číslo:", "571105/4123"),
            ("Poisťovňa:", "VšZP (25)"),
            ("Odosielajúci lekár:", "MUDr. Zuzana Hudecová, VLD"),
            ("Dátum vyšetrenia:", "23.10.2025"),
        ],
        lw=100,
    )
    d.title("Anamnéza", 10)
    d.para(
        "OA: artériová hypertenzia od r. 2009, DM 2. typu na PAD, hypercholesterolémia. Pneumónia 2022, vyliečená "
        "bez následkov. RA: otec zomrel náhle v 58 rokoch – náhla srdcová smrť, matka – CMP v 71 rokoch. "
        "Alergia: penicilín – urtikária. Abúzus: nefajčiar, alkohol príležitostne."
    )
    d.no("conditions", "Pneumónia", "historical", "2022, resolved")
    d.no("conditions", "náhla srdcová smrť", "family", "father")
    d.no("conditions", "CMP", "family", "mother")
    d.alg("penicilín", "urtikária")
    d.para(
        "Subj.: 3 týždne epizódy búšenia srdca, najmä večer, bez bolesti na hrudníku a bez synkopy. Praktická "
        "lekárka zachytila na EKG nepravidelný rytmus."
    )
    d.no("conditions", "synkopy", "negated")
    d.para(
        "Obj.: TK 152/88 mmHg, TF 96/min nepravidelná, hmotnosť 94 kg, výška 178 cm, BMI 29,7. Dýchanie čisté, "
        "srdcová akcia nepravidelná, ozvy ohraničené, DK bez opuchov."
    )
    d.vit("blood_pressure", "152/88", 152.0, 88.0, "mmHg")
    d.vit("heart_rate", "96", 96.0, None, "/min")
    d.vit("weight", "94", 94.0, None, "kg")
    d.vit("height", "178", 178.0, None, "cm")
    d.vit("bmi", "29,7", 29.7, None, None)
    d.para(
        "EKG: fibrilácia predsiení s odpoveďou komôr 90–100/min, bez akútnych zmien ST-T. ECHO: ĽK nedilatovaná, "
        "EF ĽK 55 %, ľavá predsieň 46 mm, bez významnej chlopňovej chyby."
    )
    iso = "2025-10-20"
    U = "\u2191"
    d.title("Laboratórne výsledky z " + d.d(iso), 10)
    rows = [
        ("Hemoglobín", ["Haemoglobin"], "148", "g/l", "135 – 175", 135.0, 175.0, None, ""),
        ("Kreatinín", ["Creatinine"], "96", "µmol/l", "62 – 106", 62.0, 106.0, None, ""),
        ("eGF (CKD-EPI)", ["eGFR"], "1,21", "ml/s/1,73 m²", "> 1,00", 1.0, None, "> 1,00", ""),
        ("Kálium", ["Potassium"], "4,6", "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("Nátrium", ["Sodium"], "140", "mmol/l", "136 – 145", 136.0, 145.0, None, ""),
        ("TSH", ["Thyroid stimulating hormone"], "1,84", "mIU/l", "0,27 – 4,20", 0.27, 4.2, None, ""),
        ("Glukóza", ["Glucose"], "7,9", "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, U),
        ("HbA1c (IFCC)", ["Glycated haemoglobin"], "57", "mmol/mol", "20 – 42", 20.0, 42.0, None, U),
        ("Celkový cholesterol", ["Total cholesterol"], "5,8", "mmol/l", "< 5,0", None, 5.0, "< 5,0", U),
        ("LDL-cholesterol", ["LDL cholesterol"], "3,6", "mmol/l", "< 1,8", None, 1.8, "< 1,8", U),
        ("NT-proBNP", [], "684", "pg/ml", "< 125", None, 125.0, "< 125", U),
        ("ALT", ["Alanine aminotransferase"], "0,52", "µkat/l", "< 0,85", None, 0.85, "< 0,85", ""),
    ]
    d.table(["Vyšetrenie", "Výsledok", "Jednotka", "Referenčné hodnoty", ""], labrows(d, rows, iso), [2.4, 1.1, 1.3, 1.6, 0.4])
    d.run_header = "Ján Baláž, RČ 571105/4123 – kardiologické vyšetrenie 23.10.2025"
    d.title("Záver", 10)
    d.bullets(
        [
            "I48.0 Paroxyzmálna fibrilácia predsiení, novozistená, CHA2DS2-VASc 3 b.",
            "I10 Artériová hypertenzia, nedostatočne kontrolovaná",
            "E11.9 Diabetes mellitus 2. typu na PAD",
            "E78.0 Hypercholesterolémia",
        ]
    )
    d.cond("Paroxyzmálna fibrilácia predsiení", "active", "I48.0", ["paroxysmal atrial fibrillation"])
    d.cond("Artériová hypertenzia", "active", "I10", ["hypertension"])
    d.cond("Diabetes mellitus 2. typu", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Hypercholesterolémia", "active", "E78.0", ["hypercholesterolaemia"])
    d.title("Odporúčaná liečba", 10)
    d.table(
        ["Liek", "Dávkovanie", "Poznámka"],
        [
            ["Eliquis 5 mg", "1-0-1", "nový – antikoagulácia"],
            ["Concor 5 mg", "1-0-0", "zvýšená dávka (predtým 2,5 mg)"],
            ["Lozap 100 mg", "1-0-0", "zvýšená dávka (predtým 50 mg)"],
            ["Sortis 40 mg", "0-0-1", "pokračovať"],
            ["Siofor 1000 mg", "1-0-1", "pokračovať"],
            ["Nolpaza 20 mg", "1-0-0", "pokračovať"],
            ["Anopyrin 100 mg", "—", "vysadiť (začatá antikoagulácia)"],
        ],
        [2.2, 1.4, 3.4],
    )
    d.med("Eliquis", "Eliquis", "5", "mg", None, "1-0-1", "new")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Concor", "Concor", "5", "mg", None, "1-0-0", "changed")
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Lozap", "Lozap", "100", "mg", None, "1-0-0", "changed")
    d.meds[-1]["aliases"] = ["losartan"]
    d.med("Sortis", "Sortis", "40", "mg", None, "0-0-1")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Siofor", "Siofor", "1000", "mg", None, "1-0-1")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Nolpaza", "Nolpaza", "20", "mg", None, "1-0-0")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.med("Anopyrin", "Anopyrin", "100", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.no("medications", "Anopyrin", "stopped", "anticoagulation started")
    d.title("Odporúčania pre pacienta", 10)
    d.para(
        "Počas liečby Eliquisom neužívajte bez porady s lekárom lieky proti bolesti typu ibuprofén alebo "
        "diklofenak. Pri krvácaní z nosa, ďasien alebo pri čiernej stolici vyhľadajte lekára. Obmedzte soľ a "
        "alkohol, denne si merajte krvný tlak."
    )
    d.no("medications", "ibuprofén", "leaflet")
    d.title("Plán", 10)
    d.para(
        "Kontrola o 3 mesiace: lipidový profil, obličkové parametre, 24-hodinový Holter EKG. Pri pretrvávaní "
        "symptómov zvážiť elektrickú kardioverziu. Očkovanie proti chrípke odporúčané v novembri u VLD."
    )
    d.no("labs", "lipidový profil", "planned", "in 3 months")
    d.no("immunizations", "Očkovanie proti chrípke", "due")
    d.signature("MUDr. Peter Kováč, PhD.", "kardiológ", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Ourense
@document
def d10():
    d = Doc(
        10,
        "ourense_pilgrim_discharge_note",
        "Ourense (Galicia, Spain)",
        "discharge_summary",
        "discharge note for a visiting pilgrim (cellulitis; admission/discharge labs with arrows, ward-only doses, "
        "tetanus booster on the ward, held medicine, handwritten addendum with a culture result)",
        "d/m/Y",
        lang="Galician",
        comma=True,
    )
    d.letterhead(
        "Complexo Hospitalario Universitario de Ourense",
        ["Servizo de Medicina Interna – Rúa Ramón Puga Noguerol, 54, 32005 Ourense", "Tel. 988 38 55 00"],
        right=["INFORME DE ALTA", "Episodio 25-4471902"],
        size=12.5,
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Paciente:", "Siobhán Murphy"),
            ("Idade:", "63 anos"),
            ("Ingreso:", "11/10/2025"),
            ("Alta:", "15/10/2025"),
            ("Procedencia:", "peregrina, Camiño Sanabrés"),
            ("Residencia:", "Cork (Irlanda)"),
        ],
        lw=78,
    )
    d.title("Motivo de ingreso", 10)
    d.para("Dor, rubor e flictenas no membro inferior esquerdo desde hai 3 días, con febre de 38,7 ºC.")
    d.title("Antecedentes", 10)
    d.para(
        "Alerxias: sulfamidas (urticaria), látex (dermatite de contacto). Diabetes mellitus tipo 2 en tratamento "
        "con metformina. Hipertensión arterial. Hipotiroidismo. Apendicectomía na infancia. Antecedentes "
        "familiares: nai con cancro de mama."
    )
    d.alg("sulfamidas", "urticaria")
    d.alg("látex", "dermatite de contacto")
    d.no("conditions", "cancro de mama", "family", "mother")
    d.title("Evolución", 10)
    d.para(
        "Tratada con cefazolina IV e clindamicina IV durante 4 días, con boa resposta clínica. Heparina de baixo "
        "peso molecular profiláctica durante o ingreso. Descartouse trombose venosa profunda por eco-doppler. "
        "Insuficiencia renal aguda prerrenal ao ingreso, resolta ao terceiro día con soroterapia. Administrouse "
        "vacina antitetánica (dose de reforzo, Diftavax) o " + d.d("2025-10-11") + "."
    )
    d.no("medications", "cefazolina", "other", "IV on the ward")
    d.no("medications", "clindamicina", "other", "IV on the ward")
    d.no("medications", "Heparina de baixo peso molecular", "other", "prophylaxis on the ward")
    d.no("conditions", "trombose venosa profunda", "negated")
    d.no("conditions", "Insuficiencia renal aguda", "historical", "resolved by day 3")
    d.imm("vacina antitetánica", "2025-10-11", None, None, "Diftavax", amb=_amb(d.style, "2025-10-11"))
    d.imms[-1]["aliases"] = ["tetanus-diphtheria vaccine (Td)"]
    U, D = "\u2191", "\u2193"
    dates = ["2025-10-11", "2025-10-15"]
    tab = cumul(
        d,
        [
            ("Leucocitos", ["White cell count"], "x10³/µL", "4,0 – 11,0", 4.0, 11.0, None, ["16,8 " + U, "8,2"]),
            ("Neutrófilos", ["Neutrophils"], "x10³/µL", "2,0 – 7,5", 2.0, 7.5, None, ["14,1 " + U, "5,6"]),
            ("Hemoglobina", ["Haemoglobin"], "g/dL", "12,0 – 16,0", 12.0, 16.0, None, ["13,2", "12,4"]),
            ("Proteína C reactiva", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["186 " + U, "32 " + U]),
            ("Creatinina", ["Creatinine"], "mg/dL", "0,50 – 0,95", 0.5, 0.95, None, ["1,46 " + U, "0,88"]),
            ("Glicosa", ["Glucose"], "mg/dL", "70 – 110", 70.0, 110.0, None, ["248 " + U, "162 " + U]),
            ("Sodio", ["Sodium"], "mmol/L", "135 – 145", 135.0, 145.0, None, ["134 " + D, "138"]),
            ("Potasio", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ["4,9", "4,2"]),
            ("Lactato", ["Lactate"], "mmol/L", "0,5 – 2,2", 0.5, 2.2, None, ["2,8 " + U, "—"]),
            ("HbA1c", ["Glycated haemoglobin"], "%", "4,0 – 6,0", 4.0, 6.0, None, ["8,6 " + U, "—"]),
        ],
        dates,
    )
    d.title("Analíticas", 10)
    d.table(
        ["Determinación", "Ingreso " + d.d(dates[0]), "Alta " + d.d(dates[1]), "Unidades", "Referencia"],
        tab,
        [2.2, 1.4, 1.4, 1.1, 1.3],
    )
    d.para("\u2191 / \u2193: por riba / por debaixo do intervalo de referencia. Hemocultivos (" + d.d(dates[0]) + "): negativos.", 8.5)
    d.lab("Hemocultivos", "negativos", None, None, None, None, None, dates[0], ["Blood cultures"], num=None)
    d.title("Diagnósticos", 10)
    d.bullets(
        [
            "Celulite do membro inferior esquerdo",
            "Diabetes mellitus tipo 2 con mal control metabólico",
            "Hipertensión arterial",
            "Hipotiroidismo",
        ]
    )
    d.cond("Celulite do membro inferior esquerdo", "active", None, ["cellulitis of the left lower limb"])
    d.cond("Diabetes mellitus tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hipertensión arterial", "active", None, ["hypertension"])
    d.cond("Hipotiroidismo", "active", None, ["hypothyroidism"])
    d.para("Constantes ao alta: TA 132/78 mmHg, FC 78 lpm, Tª 36,6 ºC, SatO2 97 %.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "lpm")
    d.vit("temperature", "36,6", 36.6, None, "ºC")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.run_header = "Siobhán Murphy – informe de alta de Medicina Interna, CHU de Ourense – " + d.d("2025-10-15")
    d.newpage()
    d.title("Tratamento ao alta", 10)
    d.table(
        ["Medicamento", "Pauta", "Observacións"],
        [
            ["Amoxicilina/ácido clavulánico 875/125 mg", "1 comprimido cada 8 horas durante 7 días", "novo"],
            ["Sitagliptina 100 mg", "1 comprimido ao día", "novo"],
            ["Metformina 850 mg", "—", "suspendida ata control da función renal polo seu médico"],
            ["Enalapril 10 mg", "1 comprimido ao día", "continuar"],
            ["Eutirox 75 mcg", "1 comprimido en xaxún", "continuar"],
            ["Paracetamol 1 g", "se dor, como máximo cada 8 horas", "continuar"],
        ],
        [2.8, 2.6, 2.6],
    )
    d.med("Amoxicilina/ácido clavulánico", None, "875/125", "mg", None, "cada 8 horas durante 7 días", "new")
    d.med("Sitagliptina", None, "100", "mg", None, "1 comprimido ao día", "new")
    d.med("Metformina", None, "850", "mg", None, None, "held")
    d.med("Enalapril", None, "10", "mg", None, "1 comprimido ao día")
    d.med("Eutirox", "Eutirox", "75", "mcg", None, "en xaxún")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Paracetamol", None, "1", "g", None, "se dor, como máximo cada 8 horas")
    d.no("medications", "Metformina", "stopped", "suspended until a renal function check")
    d.signature("Dra. Uxía Rodríguez Outeiriño", "Facultativa especialista, Medicina Interna", hand=False)
    d.ensure(50)
    d.gap(4)
    d.title("Notas engadidas á man", 9.5)
    d.hand_line(d.d("2025-10-15") + ":", "Cultivo do exsudado da flictena: Streptococcus pyogenes", 10.5)
    d.hand_line("", "Non tomar ibuprofeno (función renal). Revisión no seu GP en Irlanda.", 10.5)
    d.lab("Cultivo do exsudado da flictena", "Streptococcus pyogenes", None, None, None, None, None, "2025-10-15", ["Wound culture"], num=None)
    d.no("medications", "ibuprofeno", "other", "do not take")
    return d


# ---------------------------------------------------------------------------- 11 Pune
@document
def d11():
    d = Doc(
        11,
        "pune_hepatology_letter",
        "India (Maharashtra, Pune)",
        "medical_record",
        "specialist consultation letter (gastroenterology / hepatology, fatty liver with fibrosis; two-date lab "
        "table with Indian lakh separators, viral markers with references, Indian brand names, new, changed and "
        "stopped medicines, vaccine dose given in clinic)",
        "d/m/Y",
    )
    d.letterhead(
        "Sahyadri Liver & Digestive Care",
        ["Dr. Aniruddha Kulkarni, MD, DM (Gastroenterology)",
         "3rd Floor, Shree Plaza, Karve Road, Erandwane, Pune 411004 - Ph 020 2545 8811"],
        right=["CONSULTATION LETTER", "Reg. No. MMC 2009/04/1187"],
        size=13,
        color=(0.0, 0.35, 0.35),
    )
    d.kv(
        [
            ("To:", "Dr. Meenal Deshpande, MBBS, Deshpande Clinic, Kothrud"),
            ("Date:", "27/10/2025"),
            ("Patient:", "Mr. Rajesh Patil, 52 years, Male"),
            ("UHID:", "SLDC-25-06614"),
        ],
        cols=1,
        lw=70,
    )
    d.para(
        "Dear Dr. Deshpande, thank you for referring Mr. Patil, a 52-year-old businessman with type 2 diabetes, for "
        "persistently raised liver enzymes and a fatty liver on ultrasound. He is asymptomatic. He drinks alcohol "
        "occasionally (1-2 pegs on weekends) and I have advised complete abstinence. He was treated for typhoid "
        "fever in 2009. His father died of alcohol-related cirrhosis. Allergies: sulfa drugs (rash), shellfish "
        "(hives)."
    )
    d.no("conditions", "typhoid fever", "historical", "2009")
    d.no("conditions", "cirrhosis", "family", "father")
    d.alg("sulfa drugs", "rash")
    d.alg("shellfish", "hives")
    d.para(
        "On examination: BP 138/86 mmHg, pulse 82/min, weight 88 kg, height 168 cm, BMI 31.2 kg/m². No stigmata of "
        "chronic liver disease. Transient elastography today is in keeping with advanced fibrosis. Upper GI "
        "endoscopy (20/10/2025): no oesophageal varices."
    )
    d.vit("blood_pressure", "138/86", 138.0, 86.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "/min")
    d.vit("weight", "88", 88.0, None, "kg")
    d.vit("height", "168", 168.0, None, "cm")
    d.vit("bmi", "31.2", 31.2, None, "kg/m²")
    d.no("conditions", "oesophageal varices", "negated")
    d.title("Investigations", 10.5)
    dates = ["2025-08-12", "2025-10-24"]
    tab = cumul(
        d,
        [
            ("SGPT (ALT)", ["Alanine aminotransferase"], "U/L", "7 - 45", 7.0, 45.0, None, ["96 H", "74 H"]),
            ("SGOT (AST)", ["Aspartate aminotransferase"], "U/L", "10 - 40", 10.0, 40.0, None, ["68 H", "52 H"]),
            ("GGT", ["Gamma-glutamyl transferase"], "U/L", "10 - 60", 10.0, 60.0, None, ["112 H", "88 H"]),
            ("Total bilirubin", [], "mg/dL", "0.2 - 1.2", 0.2, 1.2, None, ["0.9", "0.8"]),
            ("Albumin", [], "g/dL", "3.5 - 5.0", 3.5, 5.0, None, ["4.1", "4.2"]),
            ("Platelet count", ["Platelets"], "/cumm", "1,50,000 - 4,10,000", 150000.0, 410000.0, None, ["1,42,000 L", "1,38,000 L"]),
            ("HbA1c", ["Glycated haemoglobin"], "%", "4.0 - 5.6", 4.0, 5.6, None, ["8.6 H", "7.9 H"]),
        ],
        dates,
    )
    d.table(["Test", d.d(dates[0]), d.d(dates[1]), "Units", "Bio. ref. interval"], tab, [2.2, 1.2, 1.2, 1.0, 1.6])
    d.para("H / L: above / below the biological reference interval.", 8)
    rows = [
        ("HBsAg", ["Hepatitis B surface antigen"], "Non-reactive", None, "Non-reactive", None, None, "Non-reactive", "", None),
        ("Anti-HCV", ["Hepatitis C antibody"], "Non-reactive", None, "Non-reactive", None, None, "Non-reactive", "", None),
        ("Anti-HAV IgG", ["Hepatitis A IgG"], "Reactive", None, "Reactive = immune", None, None, "Reactive = immune", "", None),
    ]
    d.title("Viral markers (" + d.d(dates[1]) + ")", 10)
    d.table(["Test", "Result", "Units", "Reference", ""], labrows(d, rows, dates[1]), [2.2, 1.4, 0.8, 1.8, 0.4])
    d.run_header = "Mr. Rajesh Patil - UHID SLDC-25-06614 - consultation 27/10/2025"
    d.newpage()
    d.title("Impression", 10.5)
    d.bullets(
        [
            "Metabolic dysfunction-associated steatotic liver disease (MASLD) with advanced fibrosis (F3)",
            "Type 2 diabetes mellitus, suboptimally controlled",
            "Obesity",
            "Asymptomatic gallstones",
            "Hypertension",
        ]
    )
    d.cond("Metabolic dysfunction-associated steatotic liver disease (MASLD) with advanced fibrosis", "active", None, ["MASLD"])
    d.cond("Type 2 diabetes mellitus", "active")
    d.cond("Obesity", "active")
    d.cond("Asymptomatic gallstones", "active", None, ["cholelithiasis"])
    d.cond("Hypertension", "active")
    d.title("Medications", 10.5)
    d.table(
        ["Medicine", "Dose / timing", "Advice"],
        [
            ["Jalra-M 50/500 (vildagliptin + metformin)", "1 tablet twice daily after meals", "Continue"],
            ["Glimisave 1 (glimepiride 1 mg)", "1 tablet before breakfast", "Dose reduced from 2 mg (early-morning sugars 60-70)"],
            ["Rybelsus 3 mg (oral semaglutide)", "3 mg once daily on empty stomach x 30 days, then 7 mg", "New"],
            ["Olmesar 20 (olmesartan)", "1 tablet once daily", "Continue"],
            ["Rosuvas 10 (rosuvastatin)", "1 tablet at night", "Continue - safe in fatty liver"],
            ["Ecosprin 75 (aspirin)", "1 tablet after lunch", "Continue"],
            ["Udiliv 300 (ursodeoxycholic acid)", "1 tablet twice daily", "New"],
            ["Pan 40 (pantoprazole)", "-", "Stop - no ongoing indication"],
        ],
        [3.0, 2.8, 2.4],
    )
    d.med("Jalra-M", "Jalra-M", "50/500", None, None, "twice daily after meals")
    d.meds[-1]["aliases"] = ["vildagliptin/metformin"]
    d.med("Glimisave", "Glimisave", "1", "mg", None, "before breakfast", "changed")
    d.meds[-1]["aliases"] = ["glimepiride"]
    d.med("Rybelsus", "Rybelsus", "3", "mg", None, "once daily on empty stomach", "new")
    d.meds[-1]["aliases"] = ["semaglutide"]
    d.med("Olmesar", "Olmesar", "20", None, None, "once daily")
    d.meds[-1]["aliases"] = ["olmesartan"]
    d.med("Rosuvas", "Rosuvas", "10", None, None, "at night")
    d.meds[-1]["aliases"] = ["rosuvastatin"]
    d.med("Ecosprin", "Ecosprin", "75", None, None, "after lunch")
    d.meds[-1]["aliases"] = ["aspirin"]
    d.med("Udiliv", "Udiliv", "300", None, None, "twice daily", "new")
    d.meds[-1]["aliases"] = ["ursodeoxycholic acid"]
    d.med("Pan 40", "Pan 40", "40", None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.no("medications", "Pan 40", "stopped", "no ongoing indication")
    d.title("Plan", 10.5)
    d.para(
        "Hepatitis B vaccine dose 1 given today (Engerix-B 20 mcg, lot AHBVC842BA); doses 2 and 3 due at 1 and 6 "
        "months. Hepatitis A vaccine is not needed as he is immune. Weight reduction of 7-10% with diet and "
        "brisk walking. Repeat LFT and HbA1c after 3 months with a lipid profile. If the SGPT does not improve by "
        "6 months, we may consider adding saroglitazar (Lipaglyn 4 mg). Surveillance ultrasound every 6 months."
    )
    d.imm("Hepatitis B vaccine", "2025-10-27", 1, "AHBVC842BA", "Engerix-B")
    d.no("immunizations", "Hepatitis A vaccine", "other", "not needed, immune")
    d.no("labs", "lipid profile", "planned", "after 3 months")
    d.no("medications", "saroglitazar", "planned", "conditional")
    d.para("With warm regards,")
    d.signature("Dr. Aniruddha Kulkarni", "Consultant Gastroenterologist & Hepatologist", hand=False)
    return d


# ---------------------------------------------------------------------------- 12 Canterbury
@document
def d12():
    d = Doc(
        12,
        "canterbury_respiratory_referral",
        "New Zealand (Canterbury, Christchurch)",
        "medical_record",
        "GP referral letter (respiratory; completed steroid and antibiotic courses, question to the specialist, "
        "lab table with flags, pending tests answered in a handwritten addendum)",
        "d/m/Y",
    )
    d.letterhead(
        "Hornby Family Health",
        ["14 Chapel Street, Hornby, Christchurch 8042", "Ph 03 349 7711 - Fax 03 349 7712"],
        right=["REFERRAL", "Respiratory Service, Christchurch Hospital"],
        size=13,
        color=(0.0, 0.3, 0.35),
    )
    d.kv(
        [
            ("To:", "Respiratory Physicians, Te Whatu Ora Waitaha Canterbury"),
            ("Date:", "28/10/2025"),
            ("Patient:", "Mr Dennis Arthur Hollis"),
            ("NHI:", "ZKP4821"),
            ("DOB:", "09/02/1959"),
            ("From:", "Dr Hannah Whitcombe (GP)"),
        ],
        cols=1,
        lw=60,
    )
    d.para(
        "Dear colleagues, I would be grateful if you could see Dennis, a 66-year-old retired truck driver with COPD "
        "who has had three exacerbations needing oral steroids in the last 12 months. He has a daily productive "
        "cough with purulent sputum. CT chest in September showed bibasal bronchial wall thickening, ?early "
        "bronchiectasis. No haemoptysis. Ex-smoker, 45 pack-years, quit 2019."
    )
    d.no("conditions", "bronchiectasis", "other", "queried on CT")
    d.no("conditions", "haemoptysis", "negated")
    d.title("Problems", 10.5)
    d.bullets(
        [
            "COPD (GOLD 3; FEV1 42% predicted, 2023)",
            "Hypertension",
            "Type 2 diabetes - diet controlled",
            "Osteoporosis",
            "Past: prostate cancer 2016 - radical prostatectomy, PSA undetectable since",
        ]
    )
    d.cond("COPD", "active", None, ["chronic obstructive pulmonary disease"])
    d.cond("Hypertension", "active")
    d.cond("Type 2 diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Osteoporosis", "active")
    d.no("conditions", "prostate cancer", "historical", "2016, prostatectomy")
    d.title("Medications", 10.5)
    d.bullets(
        [
            "Trelegy Ellipta 100/62.5/25 mcg - 1 inhalation daily",
            "Ventolin 100 mcg - 2 puffs as required",
            "Cilazapril 2.5 mg daily",
            "Metoprolol succinate (Betaloc CR) 47.5 mg daily",
            "Alendronate 70 mg weekly",
            "Cholecalciferol 1.25 mg monthly",
            "Prednisone 40 mg daily x 5 days - completed 12/10/2025",
            "Doxycycline 100 mg daily - course completed 14/10/2025",
        ]
    )
    d.med("Trelegy Ellipta", "Trelegy Ellipta", "100/62.5/25", "mcg", None, "1 inhalation daily")
    d.meds[-1]["aliases"] = ["fluticasone furoate/umeclidinium/vilanterol"]
    d.med("Ventolin", "Ventolin", "100", "mcg", None, "2 puffs as required")
    d.meds[-1]["aliases"] = ["salbutamol"]
    d.med("Cilazapril", None, "2.5", "mg", None, "daily")
    d.med("Metoprolol succinate", "Betaloc CR", "47.5", "mg", None, "daily")
    d.med("Alendronate", None, "70", "mg", None, "weekly")
    d.med("Cholecalciferol", None, "1.25", "mg", None, "monthly")
    d.med("Prednisone", None, "40", "mg", None, "daily x 5 days", "completed")
    d.med("Doxycycline", None, "100", "mg", None, "daily", "completed")
    d.no("medications", "Prednisone", "stopped", "course completed 12/10/2025")
    d.no("medications", "Doxycycline", "stopped", "course completed 14/10/2025")
    d.para("Allergies / intolerances: amoxicillin - rash; tiotropium - urinary retention.")
    d.alg("amoxicillin", "rash")
    d.alg("tiotropium", "urinary retention")
    d.para(
        "Today: BP 142/84, HR 88, RR 20, SpO2 92% on room air, weight 78 kg, BMI 25.8. Influenza vaccine given "
        + d.d("2025-04-22") + " and COVID-19 booster " + d.d("2025-05-12") + "; Pneumovax 23 not yet given."
    )
    d.vit("blood_pressure", "142/84", 142.0, 84.0, None)
    d.vit("heart_rate", "88", 88.0, None, None)
    d.vit("respiratory_rate", "20", 20.0, None, None)
    d.vit("oxygen_saturation", "92", 92.0, None, "%")
    d.vit("weight", "78", 78.0, None, "kg")
    d.vit("bmi", "25.8", 25.8, None, None)
    d.imm("Influenza vaccine", "2025-04-22", None, None, None, amb=_amb(d.style, "2025-04-22"))
    d.imm("COVID-19 booster", "2025-05-12", None, None, None, amb=_amb(d.style, "2025-05-12"))
    d.no("immunizations", "Pneumovax 23", "due")
    iso = "2025-10-20"
    d.run_header = "Dennis Arthur Hollis - NHI ZKP4821 - referral to Respiratory Service 28/10/2025"
    d.newpage()
    d.title("Recent results (" + d.d(iso) + ")", 10.5)
    rows = [
        ("Haemoglobin", [], "148", "g/L", "130 - 175", 130.0, 175.0, None, ""),
        ("WBC", ["White cell count"], "9.8", "x10^9/L", "4.0 - 11.0", 4.0, 11.0, None, ""),
        ("Eosinophils", [], "0.42", "x10^9/L", "0.0 - 0.4", 0.0, 0.4, None, "H"),
        ("CRP", ["C-reactive protein"], "8", "mg/L", "<5", None, 5.0, "<5", "H"),
        ("Creatinine", [], "94", "umol/L", "60 - 105", 60.0, 105.0, None, ""),
        ("eGFR", [], "72", "mL/min/1.73m2", ">60", 60.0, None, ">60", ""),
        ("HbA1c", [], "49", "mmol/mol", "<41", None, 41.0, "<41", "H"),
    ]
    d.table(["Test", "Result", "Units", "Range", ""], labrows(d, rows, iso), [2.2, 1, 1.3, 1.3, 0.4])
    d.para(
        "Sputum culture and alpha-1 antitrypsin level were sent on " + d.d(iso) + "; results awaited at the time "
        "of writing. Would long-term azithromycin prophylaxis be appropriate for him? He would also like to know "
        "whether he is eligible for pulmonary rehabilitation."
    )
    d.no("medications", "azithromycin", "planned", "question to the specialist")
    d.signature("Dr Hannah Whitcombe", "General Practitioner, MCNZ 41872", hand=False)
    d.ensure(60)
    d.gap(4)
    d.title("Added by hand " + d.d("2025-10-30"), 9.5)
    d.hand_line("", "Sputum culture: Haemophilus influenzae (amoxicillin resistant)", 10.5)
    d.hand_line("", "A1AT 1.4 g/L (nl 1.1-2.1)  - HW", 10.5)
    d.lab("Sputum culture", "Haemophilus influenzae", None, None, None, None, None, iso, ["Sputum culture"], num=None)
    d.lab("A1AT", "1.4", "g/L", 1.1, 2.1, None, "normal", iso, ["Alpha-1 antitrypsin"])
    return d


# ---------------------------------------------------------------------------- 13 Iasi
@document
def d13():
    d = Doc(
        13,
        "iasi_pneumonia_discharge_summary",
        "Iași County (Romania)",
        "discharge_summary",
        "hospital discharge letter (community-acquired pneumonia; 3 pages, admission/discharge labs with arrows, "
        "urinary antigens, ward-only doses, new, changed, held and stopped medicines, patient advice page)",
        "d.m.Y",
        lang="Romanian",
        comma=True,
    )
    d.letterhead(
        "Spitalul Clinic Județean de Urgență „Sf. Spiridon” Iași",
        ["Clinica Medicală II – Bd. Independenței nr. 1, 700111 Iași", "Tel. 0232 240 822"],
        right=["SCRISOARE MEDICALĂ", "FO nr. 48217 / 2025"],
        size=12,
        color=(0.1, 0.2, 0.45),
    )
    d.kv(
        [
            ("Pacient:", "Constantin Rusu"),
            ("Vârsta:", "77 ani"),
            ("Internat:", "20.10.2025"),
            ("Externat:", "29.10.2025"),
            ("Medic curant:", "Dr. Ioana Moraru"),
            ("Medic de familie:", "Dr. Vasile Ciobanu"),
        ],
        lw=92,
    )
    d.title("Diagnostice la externare", 10.5)
    d.bullets(
        [
            "J18.1 Pneumonie acută comunitară lob inferior drept",
            "J44.9 BPOC GOLD 3, grup E",
            "I48.2 Fibrilație atrială permanentă",
            "E11.9 Diabet zaharat tip 2 insulinotratat",
            "N18.3 Boală cronică de rinichi stadiul 3a",
            "Insuficiență renală acută prerenală – remisă",
        ]
    )
    d.cond("Pneumonie acută comunitară lob inferior drept", "active", "J18.1", ["community-acquired pneumonia"])
    d.cond("BPOC GOLD 3, grup E", "active", "J44.9", ["COPD"])
    d.cond("Fibrilație atrială permanentă", "active", "I48.2", ["permanent atrial fibrillation"])
    d.cond("Diabet zaharat tip 2 insulinotratat", "active", "E11.9", ["type 2 diabetes mellitus, insulin-treated"])
    d.cond("Boală cronică de rinichi stadiul 3a", "active", "N18.3", ["chronic kidney disease stage 3a"])
    d.no("conditions", "Insuficiență renală acută prerenală", "historical", "resolved")
    d.title("Anamneză", 10.5)
    d.para(
        "Pacient în vârstă de 77 ani, fost fumător (40 pachete-an, a renunțat în 2015), se internează pentru febră "
        "39 °C, tuse productivă cu expectorație purulentă, dispnee de efort și junghi toracic drept, debutate în urmă "
        "cu 4 zile. Neagă hemoptizii. APP: TBC pulmonar 1972, tratat, vindecat. AHC: tatăl – neoplasm pulmonar. "
        "Alergii: ciprofloxacină (tendinită), substanță de contrast iodată (urticarie)."
    )
    d.no("conditions", "hemoptizii", "negated")
    d.no("conditions", "TBC pulmonar", "historical", "1972, treated")
    d.no("conditions", "neoplasm pulmonar", "family", "father")
    d.alg("ciprofloxacină", "tendinită")
    d.alg("substanță de contrast iodată", "urticarie")
    d.title("Evoluție și tratament în spital", 10.5)
    d.para(
        "A primit ceftriaxonă 2 g/zi i.v. și claritromicină 500 mg x 2/zi i.v. timp de 7 zile, aerosoli cu "
        "salbutamol, oxigenoterapie pe canulă nazală 2 l/min și insulină rapidă conform glicemiilor. Metforminul a "
        "fost oprit la internare. Evoluție favorabilă, afebril din ziua a 3-a, fără necesar de oxigen din ziua a "
        "6-a. Creatinina a scăzut spre valoarea anterioară după rehidratare."
    )
    d.no("medications", "ceftriaxonă", "other", "IV on the ward")
    d.no("medications", "claritromicină", "other", "IV on the ward")
    d.no("medications", "insulină rapidă", "other", "sliding scale on the ward")
    d.run_header = "Constantin Rusu – Scrisoare medicală, Clinica Medicală II, externat 29.10.2025"
    U, D = "\u2191", "\u2193"
    dates = ["2025-10-20", "2025-10-28"]
    tab = cumul(
        d,
        [
            ("Leucocite", ["White cell count"], "x10³/µL", "4,0 – 10,0", 4.0, 10.0, None, ["18,6 " + U, "8,9"]),
            ("Hemoglobină", ["Haemoglobin"], "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ["13,1", "12,6 " + D]),
            ("Proteina C reactivă", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["214 " + U, "18 " + U]),
            ("Procalcitonină", ["Procalcitonin"], "ng/mL", "< 0,5", None, 0.5, "< 0,5", ["4,2 " + U, "—"]),
            ("Uree", ["Urea"], "mg/dL", "17 – 49", 17.0, 49.0, None, ["82 " + U, "48"]),
            ("Creatinină", ["Creatinine"], "mg/dL", "0,70 – 1,20", 0.7, 1.2, None, ["1,86 " + U, "1,24 " + U]),
            ("Glicemie", ["Glucose"], "mg/dL", "70 – 110", 70.0, 110.0, None, ["286 " + U, "142 " + U]),
            ("Potasiu", ["Potassium"], "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ["5,3 " + U, "4,4"]),
            ("HbA1c", ["Glycated haemoglobin"], "%", "4,0 – 6,0", 4.0, 6.0, None, ["8,9 " + U, "—"]),
        ],
        dates,
    )
    d.title("Investigații paraclinice", 10.5)
    d.table(
        ["Analiză", "Internare " + d.d(dates[0]), "Externare " + d.d(dates[1]), "U.M.", "Interval de referință"],
        tab,
        [2.2, 1.4, 1.4, 1.0, 1.5],
    )
    d.para("\u2191 / \u2193 – peste / sub intervalul de referință.", 8)
    d.para(
        "Antigen urinar pneumococ (" + d.d("2025-10-21") + "): pozitiv. Antigen urinar Legionella: negativ. "
        "Radiografie toracică: opacitate de tip alveolar în lobul inferior drept."
    )
    d.lab("Antigen urinar pneumococ", "pozitiv", None, None, None, None, "abnormal", "2025-10-21", ["Pneumococcal urinary antigen"], num=None)
    d.lab("Antigen urinar Legionella", "negativ", None, None, None, None, None, "2025-10-21", ["Legionella urinary antigen"], num=None)
    d.title("Starea la externare", 10.5)
    d.para("Ameliorat. TA 128/76 mmHg, AV 74/min neregulat, FR 18/min, T 36,7 °C, SpO2 94% aa, G 71 kg.")
    d.vit("blood_pressure", "128/76", 128.0, 76.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, "/min")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("temperature", "36,7", 36.7, None, "°C")
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.vit("weight", "71", 71.0, None, "kg")
    d.ensure(175)
    d.title("Tratament recomandat la externare", 10.5)
    d.table(
        ["Medicament", "Doză / mod de administrare", "Observații"],
        [
            ["Augmentin 875/125 mg", "1 cp la 12 ore, încă 5 zile", "nou"],
            ["Eliquis 5 mg", "1 cp x 2/zi", "continuă"],
            ["Concor 5 mg", "1 cp dimineața", "continuă"],
            ["Trimbow 87/5/9 µg", "2 pufuri x 2/zi", "nou (înlocuiește Seretide)"],
            ["Lantus 100 UI/ml", "18 UI seara, s.c.", "doză modificată (anterior 14 UI)"],
            ["Atoris 20 mg", "1 cp seara", "continuă"],
            ["Metformin 1000 mg", "1 cp x 2/zi", "se reia după controlul creatininei la medicul de familie"],
            ["Furosemid 40 mg", "—", "oprit (deshidratare)"],
            ["Seretide Diskus 50/500", "—", "oprit – înlocuit cu Trimbow"],
        ],
        [2.4, 2.4, 3.2],
    )
    d.med("Augmentin", "Augmentin", "875/125", "mg", None, "la 12 ore, încă 5 zile", "new")
    d.meds[-1]["aliases"] = ["amoxicillin/clavulanic acid"]
    d.med("Eliquis", "Eliquis", "5", "mg", None, "1 cp x 2/zi")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Concor", "Concor", "5", "mg", None, "dimineața")
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Trimbow", "Trimbow", "87/5/9", "µg", None, "2 pufuri x 2/zi", "new")
    d.meds[-1]["aliases"] = ["beclometasone/formoterol/glycopyrronium"]
    d.med("Lantus", "Lantus", "18", "UI", "s.c.", "seara", "changed")
    d.meds[-1]["aliases"] = ["insulin glargine"]
    d.med("Atoris", "Atoris", "20", "mg", None, "seara")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Metformin", None, "1000", "mg", None, "1 cp x 2/zi", "held")
    d.med("Furosemid", None, "40", "mg", None, None, "stopped")
    d.med("Seretide Diskus", "Seretide Diskus", "50/500", None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["salmeterol/fluticasone"]
    d.no("medications", "Metformin", "stopped", "resume after creatinine check")
    d.no("medications", "Furosemid", "stopped")
    d.no("medications", "Seretide Diskus", "stopped", "replaced by Trimbow")
    d.title("Recomandări la externare", 10.5)
    d.bullets(
        [
            "Control la medicul de familie peste 7 zile (creatinină, glicemii); reluarea metforminului numai după "
            "acest control.",
            "Radiografie toracică de control peste 6 săptămâni.",
            "Vaccinare antipneumococică și antigripală recomandate la medicul de familie după vindecare.",
            "Control pneumologic în ambulatoriu peste 1 lună, cu spirometrie.",
        ]
    )
    d.no("immunizations", "Vaccinare antipneumococică", "due")
    d.no("immunizations", "antigripală", "due")
    d.signature("Dr. Ioana Moraru", "Medic primar medicină internă, cod parafă A41227", hand=False)
    d.newpage()
    d.title("Informații pentru pacient", 10.5)
    d.para(
        "Luați antibioticul până la capăt, chiar dacă vă simțiți bine. Evitați antiinflamatoarele nesteroidiene "
        "(ibuprofen, diclofenac, nimesulid), care pot afecta rinichii și cresc riscul de sângerare împreună cu "
        "Eliquis. Beți 1,5–2 litri de lichide pe zi. Prezentați-vă de urgență dacă reapare febra, dacă aveți "
        "dificultăți de respirație sau scaune negre."
    )
    d.para(
        "Inhalatorul se folosește de două ori pe zi, dimineața și seara; clătiți gura cu apă după fiecare "
        "utilizare. Măsurați glicemia dimineața și seara și notați valorile pentru medicul de familie. Nu "
        "întrerupeți singur tratamentul anticoagulant. Evitați fumatul pasiv și efortul intens până la controlul "
        "pneumologic."
    )
    d.no("medications", "ibuprofen", "leaflet", "patient information section")
    return d


# ---------------------------------------------------------------------------- 14 Sumadija
@document
def d14():
    d = Doc(
        14,
        "sumadija_hospital_discharge_letter",
        "Šumadija District (Serbia, Kragujevac)",
        "discharge_summary",
        "hospital discharge letter (pulmonary embolism; admission/discharge labs with arrows, ward-only "
        "anticoagulant, new anticoagulant with a loading phase, stopped contraceptive, handwritten additions)",
        "d.m.Y.",
        lang="Serbian (Latin)",
        comma=True,
    )
    d.letterhead(
        "Univerzitetski klinički centar Kragujevac",
        ["Klinika za internu medicinu – Odeljenje pulmologije", "Zmaj Jovina 30, 34000 Kragujevac – tel. 034 505 050"],
        right=["OTPUSNA LISTA", "Istorija bolesti br. 11873/2025"],
        size=12.5,
        color=(0.1, 0.15, 0.45),
    )
    d.kv(
        [
            ("Pacijentkinja:", "Jelena Marković"),
            ("Datum rođenja:", "14.03.1987."),
            ("Prijem:", "02.10.2025."),
            ("Otpust:", "09.10.2025."),
            ("Izabrani lekar:", "dr Milan Stojanović, Dom zdravlja Kragujevac"),
        ],
        cols=1,
        lw=100,
    )
    d.title("Otpusne dijagnoze", 10.5)
    d.bullets(
        [
            "I26.9 Plućna tromboembolija, bez akutnog plućnog srca",
            "I80.2 Duboka venska tromboza leve potkolenice",
            "E66.0 Gojaznost",
            "F41.1 Generalizovani anksiozni poremećaj",
        ]
    )
    d.cond("Plućna tromboembolija", "active", "I26.9", ["pulmonary embolism"])
    d.cond("Duboka venska tromboza leve potkolenice", "active", "I80.2", ["deep vein thrombosis of the left lower leg"])
    d.cond("Gojaznost", "active", "E66.0", ["obesity"])
    d.cond("Generalizovani anksiozni poremećaj", "active", "F41.1", ["generalised anxiety disorder"])
    d.title("Anamneza", 10.5)
    d.para(
        "Pacijentkinja stara 38 godina primljena zbog naglo nastalog gušenja i bola u grudima pri udisaju, tri dana "
        "nakon leta iz Toronta (11 sati). Šest godina koristi oralnu kontracepciju (Yasmin). Negira hemoptizije. "
        "Lična anamneza: prelom leve tibije 2019. godine, zarastao. Porodična anamneza: majka – moždani udar u 45. "
        "godini. Alergije: penicilin (osip po koži), metamizol (Analgin) – angioedem."
    )
    d.no("conditions", "hemoptizije", "negated")
    d.no("conditions", "prelom leve tibije", "historical", "2019, healed")
    d.no("conditions", "moždani udar", "family", "mother")
    d.alg("penicilin", "osip po koži")
    d.alg("metamizol", "angioedem")
    d.title("Tok lečenja", 10.5)
    d.para(
        "CT angiografija pluća: tromboembolija segmentnih grana obostrano. Ehokardiografija: bez znakova "
        "opterećenja desne komore. Kolor dopler vena nogu: tromboza vv. tibiales posteriores levo. Lečena "
        "niskomolekularnim heparinom (Fraxiparine 0,6 ml s.c. na 12 h) pet dana, zatim prevedena na rivaroksaban. "
        "Oralna kontracepcija je trajno obustavljena."
    )
    d.no("medications", "Fraxiparine", "other", "given on the ward")
    U, D = "\u2191", "\u2193"
    dates = ["2025-10-02", "2025-10-09"]
    tab = cumul(
        d,
        [
            ("D-dimer", [], "mg/L FEU", "< 0,50", None, 0.5, "< 0,50", ["4,86 " + U, "1,92 " + U]),
            ("Troponin I hs", ["High-sensitivity troponin I"], "ng/L", "< 16", None, 16.0, "< 16", ["38 " + U, "9"]),
            ("NT-proBNP", [], "pg/mL", "< 125", None, 125.0, "< 125", ["412 " + U, "—"]),
            ("Leukociti", ["White cell count"], "x10⁹/L", "4,0 – 10,0", 4.0, 10.0, None, ["11,2 " + U, "7,4"]),
            ("Hemoglobin", ["Haemoglobin"], "g/L", "120 – 160", 120.0, 160.0, None, ["128", "122"]),
            ("Trombociti", ["Platelets"], "x10⁹/L", "150 – 400", 150.0, 400.0, None, ["254", "318"]),
            ("CRP", ["C-reactive protein"], "mg/L", "< 5,0", None, 5.0, "< 5,0", ["24,8 " + U, "6,1 " + U]),
            ("Kreatinin", ["Creatinine"], "µmol/L", "45 – 84", 45.0, 84.0, None, ["68", "64"]),
            ("PT (INR)", ["INR"], None, "0,80 – 1,20", 0.8, 1.2, None, ["1,02", "—"]),
        ],
        dates,
    )
    d.title("Laboratorijski nalazi", 10.5)
    d.table(
        ["Analiza", "Prijem " + d.d(dates[0]), "Otpust " + d.d(dates[1]), "Jedinica", "Referentne vrednosti"],
        tab,
        [2.0, 1.4, 1.4, 1.1, 1.6],
    )
    d.para("\u2191 / \u2193 – iznad / ispod referentnih vrednosti.", 8)
    d.run_header = "Jelena Marković, 14.03.1987. – otpusna lista, Klinika za internu medicinu UKC Kragujevac"
    d.para("Na otpustu: TA 118/76 mmHg, puls 82/min, SpO2 97 %, TT 86 kg, TV 166 cm, BMI 31,2 kg/m².")
    d.vit("blood_pressure", "118/76", 118.0, 76.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "86", 86.0, None, "kg")
    d.vit("height", "166", 166.0, None, "cm")
    d.vit("bmi", "31,2", 31.2, None, "kg/m²")
    d.newpage()
    d.title("Terapija na otpustu", 10.5)
    d.table(
        ["Lek", "Doziranje", "Napomena"],
        [
            ["Xarelto 15 mg", "2 x 1 tbl. uz obrok tokom 21 dana (do 30.10.2025.), zatim Xarelto 20 mg 1 x 1", "novo"],
            ["Sertralin 50 mg", "1 x 1 ujutru", "nastaviti"],
            ["Pantoprazol 20 mg", "1 x 1 pre doručka", "nastaviti"],
            ["Paracetamol 500 mg", "po potrebi, najviše 3 x 2 tbl. dnevno", "nastaviti"],
            ["Yasmin", "—", "trajno obustavljen (estrogen)"],
        ],
        [2.0, 3.8, 2.2],
    )
    d.med("Xarelto", "Xarelto", "15", "mg", None, "2 x 1 tbl. uz obrok", "new")
    d.meds[-1]["aliases"] = ["rivaroxaban"]
    d.med("Sertralin", None, "50", "mg", None, "1 x 1 ujutru")
    d.med("Pantoprazol", None, "20", "mg", None, "1 x 1 pre doručka")
    d.med("Paracetamol", None, "500", "mg", None, "po potrebi, najviše 3 x 2 tbl. dnevno")
    d.med("Yasmin", "Yasmin", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["drospirenone/ethinylestradiol"]
    d.no("medications", "Yasmin", "stopped", "permanently stopped")
    d.para(
        "Ne uzimati Brufen, Aspirin ni druge nesteroidne antiinflamatorne lekove uz Xarelto. Nositi "
        "kompresivnu čarapu II klase na levoj nozi. Kontrola kod pulmologa za 3 meseca."
    )
    d.no("medications", "Brufen", "other", "do not take")
    d.no("medications", "Aspirin", "other", "do not take")
    d.signature("dr Dragana Nikolić", "specijalista interne medicine – pulmolog", hand=False)
    d.ensure(70)
    d.title("Dopisano rukom", 9.5)
    d.hand_line(d.d("2025-10-09") + ":", "Kalijum 3,3 mmol/L (3,5–5,1) – snižen", 10.5)
    d.hand_line("", "Vakcina protiv gripa (Vaxigrip Tetra) data " + d.d("2025-10-08"), 10.5)
    d.hand_line("", "Skrining na trombofiliju – za 3 meseca, posle prekida terapije", 10.5)
    d.lab("Kalijum", "3,3", "mmol/L", 3.5, 5.1, None, "low", "2025-10-09", ["Potassium"])
    d.imm("Vakcina protiv gripa", "2025-10-08", None, None, "Vaxigrip Tetra", amb=_amb(d.style, "2025-10-08"))
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.no("labs", "Skrining na trombofiliju", "planned", "in 3 months")
    return d


# ---------------------------------------------------------------------------- 15 Memphis
@document
def d15():
    d = Doc(
        15,
        "memphis_pancreatitis_discharge_scan",
        "United States (Tennessee, Memphis)",
        "discharge_summary",
        "discharge summary (hypertriglyceridaemia-induced acute pancreatitis, 2 pages, English thousands commas, "
        "ward-only infusions, held and stopped medicines, declined vaccine, scanned, handwritten notes)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": 1.5},
        size=letter,
    )
    d.letterhead(
        "Mid-South Regional Medical Center",
        ["Department of Medicine - Hospitalist Service", "1265 Union Ave, Memphis, TN 38104"],
        right=["DISCHARGE SUMMARY", "Acct 7710-22458"],
        color=(0.3, 0.1, 0.3),
    )
    d.kv(
        [
            ("Patient:", "Marcus D. Whitfield"),
            ("DOB:", "06/22/1979"),
            ("Admitted:", "10/18/2025"),
            ("Discharged:", "10/23/2025"),
            ("Attending:", "Laura Chen, MD"),
            ("PCP:", "Midtown Community Health Center"),
        ],
        lw=72,
    )
    d.title("Diagnoses", 10.5)
    d.bullets(
        [
            "Acute pancreatitis due to hypertriglyceridemia (K85.80)",
            "Hypertriglyceridemia (E78.1)",
            "Type 2 diabetes mellitus with hyperglycemia (E11.65)",
            "Alcohol use disorder, mild (F10.10)",
            "Hypertension (I10)",
            "Acute kidney injury - resolved",
        ]
    )
    d.cond("Acute pancreatitis due to hypertriglyceridemia", "active", "K85.80")
    d.cond("Hypertriglyceridemia", "active", "E78.1")
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65")
    d.cond("Alcohol use disorder, mild", "active", "F10.10")
    d.cond("Hypertension", "active", "I10")
    d.no("conditions", "Acute kidney injury", "historical", "resolved")
    d.title("Hospital course", 10.5)
    d.para(
        "46-year-old man admitted with severe epigastric pain radiating to the back, nausea and vomiting. Lipase and "
        "triglycerides markedly raised on admission. CT abdomen: interstitial edematous pancreatitis without "
        "necrosis. Treated with aggressive IV lactated Ringer's, IV hydromorphone for pain and an insulin infusion "
        "to lower triglycerides, which fell below 500 mg/dL by day 4. No gallstones on ultrasound. Diet advanced on "
        "day 3. His father had a myocardial infarction at 50."
    )
    d.no("medications", "lactated Ringer's", "other", "IV fluids on the ward")
    d.no("medications", "hydromorphone", "other", "IV on the ward")
    d.no("medications", "insulin infusion", "other", "on the ward")
    d.no("conditions", "gallstones", "negated")
    d.no("conditions", "myocardial infarction", "family", "father")
    d.para("Allergies: penicillin (hives); lisinopril (angioedema).")
    d.alg("penicillin", "hives")
    d.alg("lisinopril", "angioedema")
    d.title("Labs", 10.5)
    tab = cumul(
        d,
        [
            ("Lipase", [], "U/L", "13-60", 13.0, 60.0, None, ["2,840 H", "184 H"]),
            ("Triglycerides", [], "mg/dL", "<150", None, 150.0, "<150", ["3,120 H", "486 H"]),
            ("Glucose", [], "mg/dL", "70-99", 70.0, 99.0, None, ["348 H", "162 H"]),
            ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["1.62 H", "1.04"]),
            ("Calcium", [], "mg/dL", "8.6-10.3", 8.6, 10.3, None, ["8.1 L", "8.9"]),
            ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, ["128 L", "136"]),
            ("WBC", ["White cell count"], "x10^3/uL", "4.0-10.5", 4.0, 10.5, None, ["14.2 H", "8.6"]),
            ("Hemoglobin A1c", ["HbA1c"], "%", "4.8-5.6", 4.8, 5.6, None, ["10.4 H", "\u2014"]),
        ],
        ["2025-10-18", "2025-10-23"],
    )
    d.table(["Test", d.d("2025-10-18"), d.d("2025-10-23"), "Units", "Ref range"], tab, [2.2, 1.2, 1.2, 1, 1.2])
    d.para("Vitals at discharge: BP 134/82, HR 84, T 98.4 F, RR 16, SpO2 98% on room air, weight 231 lb.")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "231", 231.0, None, "lb")
    d.run_header = "Whitfield, Marcus D. - DOB 06/22/1979 - Discharge summary 10/23/2025"
    d.newpage()
    d.title("Discharge medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Fenofibrate 145 mg tablet", "145 mg by mouth daily", "NEW"],
            ["Vascepa (icosapent ethyl) 1 g capsule", "2 g by mouth twice daily with meals", "NEW"],
            ["Basaglar KwikPen (insulin glargine) 100 units/mL", "20 units subcutaneously at bedtime", "NEW"],
            ["Pantoprazole 40 mg", "40 mg by mouth daily x 4 weeks", "NEW"],
            ["Oxycodone 5 mg", "5 mg by mouth every 6 hours as needed for pain, #12", "NEW"],
            ["Amlodipine 10 mg", "10 mg by mouth daily", "Continue"],
            ["Metformin ER 500 mg", "500 mg by mouth with evening meal - HOLD until BMP on 10/27/2025", "HOLD"],
            ["Hydrochlorothiazide 25 mg", "-", "STOP (raises triglycerides)"],
        ],
        [3.2, 3.4, 1.4],
    )
    d.med("Fenofibrate", None, "145", "mg", "by mouth", "daily", "new")
    d.med("Vascepa", "Vascepa", "2", "g", "by mouth", "twice daily with meals", "new")
    d.meds[-1]["aliases"] = ["icosapent ethyl"]
    d.med("Basaglar KwikPen", "Basaglar KwikPen", "20", "units", "subcutaneously", "at bedtime", "new")
    d.meds[-1]["aliases"] = ["insulin glargine"]
    d.med("Pantoprazole", None, "40", "mg", "by mouth", "daily x 4 weeks", "new")
    d.med("Oxycodone", None, "5", "mg", "by mouth", "every 6 hours as needed for pain", "new")
    d.med("Amlodipine", None, "10", "mg", "by mouth", "daily")
    d.med("Metformin ER", None, "500", "mg", "by mouth", "with evening meal", "held")
    d.med("Hydrochlorothiazide", None, "25", "mg", None, None, "stopped")
    d.no("medications", "Metformin ER", "stopped", "held until BMP 10/27/2025")
    d.no("medications", "Hydrochlorothiazide", "stopped")
    d.title("Immunizations", 10.5)
    d.para("Influenza vaccine (Flucelvax) given 10/22/2025, lot 412887. Tdap offered - patient declined.")
    d.imm("Influenza vaccine", "2025-10-22", None, "412887", "Flucelvax")
    d.no("immunizations", "Tdap", "other", "declined")
    d.title("Follow-up", 10.5)
    d.para(
        "PCP in 1 week with BMP and fasting lipids. Alcohol cessation counseling given; referred to the outpatient "
        "recovery program. Return for worsening abdominal pain, vomiting or fever."
    )
    d.signature("Laura Chen, MD", "Hospitalist", hand=False)
    d.gap(6)
    d.title("Notes", 10)
    d.hand_line(d.d("2025-10-23") + ":", "Phos 2.1 (nl 2.5-4.5) - low, recheck w/ BMP", 11)
    d.hand_line("", "start naltrexone 50 mg PO daily - discussed w/ pt, agrees", 11)
    d.lab("Phos", "2.1", None, 2.5, 4.5, None, "low", "2025-10-23", ["Phosphorus"])
    d.med("naltrexone", None, "50", "mg", "PO", "daily", "new")
    return d


# ---------------------------------------------------------------------------- 16 Hai Phong
@document
def d16():
    d = Doc(
        16,
        "hai_phong_child_vaccination_card_scan",
        "Hải Phòng (Vietnam)",
        "immunization_record",
        "child vaccination book (expanded programme and paid-service vaccines, day/month/year, handwritten, "
        "vitamin A dose, postponed and declined vaccines, next-dose reminder; scanned)",
        "d/m/Y",
        ext="png",
        scan={"dpi": 160, "angle": -1.4},
        lang="Vietnamese",
        comma=True,
    )
    d.letterhead(
        "SỔ THEO DÕI TIÊM CHỦNG CỦA TRẺ",
        ["Chương trình Tiêm chủng mở rộng (TCMR) và tiêm chủng dịch vụ",
         "Trạm Y tế phường Dư Hàng Kênh, quận Lê Chân, thành phố Hải Phòng"],
        color=(0.6, 0.1, 0.1),
    )
    d.kv(
        [
            ("Họ và tên trẻ:", Hand("Nguyễn Minh Khang")),
            ("Ngày sinh:", Hand("05/03/2024")),
            ("Họ tên mẹ:", Hand("Trần Thị Thu Hà")),
            ("Mã số tiêm chủng:", Hand("HP-LC-24-0318")),
        ],
        cols=1,
        lw=120,
    )
    rows = [
        ("Viêm gan B sơ sinh (trong 24 giờ)", "", "2024-03-05", None, "HB24015"),
        ("BCG (Lao)", "", "2024-03-12", None, "BCG0324"),
        ("DPT-VGB-Hib", "mũi 1", "2024-05-06", 1, "QF24A17"),
        ("Bại liệt uống (OPV)", "lần 1", "2024-05-06", 1, "OPV2405"),
        ("Rota (Rotarix) – dịch vụ", "liều 1", "2024-05-06", 1, "AROLC812"),
        ("DPT-VGB-Hib", "mũi 2", "2024-06-04", 2, "QF24A31"),
        ("Bại liệt uống (OPV)", "lần 2", "2024-06-04", 2, "OPV2406"),
        ("Rota (Rotarix) – dịch vụ", "liều 2", "2024-06-04", 2, "AROLC857"),
        ("DPT-VGB-Hib", "mũi 3", "2024-07-08", 3, "QF24B02"),
        ("Bại liệt uống (OPV)", "lần 3", "2024-07-08", 3, "OPV2407"),
        ("Bại liệt tiêm (IPV)", "mũi 1", "2024-08-05", 1, "IPV2408"),
        ("Sởi", "mũi 1", "2024-12-09", 1, "MV24112"),
        ("Bại liệt tiêm (IPV)", "mũi 2", "2024-12-09", 2, "IPV2412"),
        ("Viêm não Nhật Bản", "mũi 1", "2025-03-10", 1, "JEV2502"),
        ("Viêm não Nhật Bản", "mũi 2", "2025-03-24", 2, "JEV2502"),
        ("Sởi – Rubella (MR)", "", "2025-09-08", None, "MR25077"),
        ("DPT nhắc lại", "", "2025-09-08", None, "DPT2508"),
    ]
    tab = []
    for vac, dose, iso, n, lot in rows:
        tab.append([vac, Hand(dose) if dose else "", Hand(d.d(iso)), Hand(lot), Hand("Hương")])
        name = (vac + " " + dose).strip() if dose else vac
        if vac.startswith("Rota (Rotarix)"):
            d.imm("Rota", iso, n, lot, "Rotarix", amb=_amb(d.style, iso))
            d.imms[-1]["aliases"] = ["rotavirus vaccine"]
        else:
            d.imm(vac, iso, n, lot, None, amb=_amb(d.style, iso))
            if dose:
                d.imms[-1]["aliases"] = [name]
    d.title("LỊCH SỬ TIÊM CHỦNG", 11)
    d.table(
        ["Vắc xin", "Mũi / lần", "Ngày tiêm (ngày/tháng/năm)", "Số lô", "Người tiêm"],
        tab,
        [2.8, 0.9, 1.9, 1.2, 1.0],
        size=8.2,
    )
    d.title("Ghi chú của cán bộ y tế", 10)
    d.hand_line("01/06/2025:", "Uống vitamin A 200.000 UI (ngày vi chất dinh dưỡng)", 10.5)
    d.hand_line("08/09/2025:", "Cân nặng 11,2 kg, chiều cao 81 cm", 10.5)
    d.hand_line("22/09/2025:", "Thủy đậu (Varivax): hoãn tiêm – trẻ đang sốt", 10.5)
    d.hand_line("", "Cúm: gia đình chưa đồng ý tiêm", 10.5)
    d.hand_line("", "Hẹn tiêm tiếp: Viêm não Nhật Bản mũi 3 lúc 24 tháng (03/2026)", 10.5)
    d.no("medications", "vitamin A", "other", "single dose on micronutrient day")
    d.vit("weight", "11,2", 11.2, None, "kg")
    d.vit("height", "81", 81.0, None, "cm")
    d.no("immunizations", "Thủy đậu", "other", "postponed, child febrile")
    d.no("immunizations", "Cúm", "other", "family declined")
    d.hand_line("Cán bộ tiêm chủng:", "Phạm Thị Hương", 10.5)
    return d


# ---------------------------------------------------------------------------- 17 Innsbruck
@document
def d17():
    d = Doc(
        17,
        "innsbruck_e_impfpass_vaccination_record",
        "Tyrol (Austria, Innsbruck)",
        "immunization_record",
        "electronic vaccination record print (e-Impfpass: tick-borne encephalitis course and booster, Teilimpfung / "
        "Auffrischung / Einzeldosis wording, antibody titre, not-needed and declined vaccines, recommendations)",
        "d.m.Y",
        lang="German (Austria)",
        comma=True,
    )
    d.letterhead(
        "e-Impfpass – Impfübersicht",
        ["ELGA – Elektronische Gesundheitsakte, Ausdruck für die Bürgerin",
         "Gedruckt am 03.11.2025, Ordination Dr. Thomas Pichler, Allgemeinmedizin, Innrain 42, 6020 Innsbruck"],
        right=["AUSDRUCK", "Seite für Patientenakte"],
        size=13,
        color=(0.6, 0.05, 0.1),
    )
    d.kv(
        [
            ("Name:", "Brigitte Hofer"),
            ("Geburtsdatum:", "19.07.1964"),
            ("SV-Nummer:", "4412 190764"),
            ("Wohnort:", "Hall in Tirol"),
        ],
        lw=90,
    )
    rows = [
        ("FSME-Immun 0,5 ml", "FSME", "1. Teilimpfung", "2019-03-14", 1, "VNR4A021"),
        ("FSME-Immun 0,5 ml", "FSME", "2. Teilimpfung", "2019-04-11", 2, "VNR4A021"),
        ("FSME-Immun 0,5 ml", "FSME", "3. Teilimpfung", "2020-03-20", 3, "VNR5C114"),
        ("FSME-Immun 0,5 ml", "FSME", "Auffrischung", "2023-04-17", None, "VNR8F207"),
        ("Havrix 1440", "Hepatitis A", "1. Dosis", "2008-06-02", 1, "AHAVB412"),
        ("Havrix 1440", "Hepatitis A", "2. Dosis", "2008-12-15", 2, "AHAVB588"),
        ("Boostrix Polio", "Diphtherie, Tetanus, Pertussis, Polio", "Auffrischung", "2022-05-09", None, "AC20B339"),
        ("Shingrix", "Herpes zoster", "1. Dosis", "2024-10-12", 1, "AZOS214B"),
        ("Shingrix", "Herpes zoster", "2. Dosis", "2025-01-14", 2, "AZOS281C"),
        ("Prevenar 20", "Pneumokokken", "Einzeldosis", "2025-01-14", None, "LK9032"),
        ("Vaxigrip Tetra", "Influenza", "Saisonimpfung 2024/25", "2024-10-21", None, "X3E471V"),
        ("Comirnaty JN.1", "COVID-19", "Auffrischung", "2024-10-21", None, "HK7251"),
    ]
    tab = []
    for brand, prot, dose, iso, n, lot in rows:
        tab.append([brand, prot, dose, d.d(iso), lot])
        d.imm(prot, iso, n, lot, brand.replace(" 0,5 ml", ""), amb=_amb(d.style, iso))
        if prot == "FSME":
            d.imms[-1]["aliases"] = ["tick-borne encephalitis vaccine"]
    d.title("Verabreichte Impfungen", 10.5)
    d.table(["Impfstoff (Handelsname)", "Schutz gegen", "Dosis", "Datum", "Charge"], tab, [2.2, 2.6, 1.7, 1.1, 1.1], size=8.2)
    d.title("Titerbestimmungen", 10.5)
    d.table(
        ["Untersuchung", "Ergebnis", "Referenz", "Datum"],
        [["Anti-HBs", "212 IU/l", "≥ 10 IU/l = Schutz", d.d("2024-10-12")]],
        [2.2, 1.4, 2.4, 1.2],
        size=8.2,
    )
    d.lab("Anti-HBs", "212", "IU/l", 10.0, None, "≥ 10 IU/l = Schutz", "normal", "2024-10-12", ["Hepatitis B surface antibody"])
    d.title("Weitere Einträge", 10.5)
    d.table(
        ["Impfung", "Status", "Bemerkung"],
        [
            ["Hepatitis B", "keine Impfung erforderlich", "Schutz durch Titer nachgewiesen"],
            ["Masern-Mumps-Röteln (MMR)", "nicht erforderlich", "Masern durchgemacht (1970)"],
            ["RSV (Arexvy)", "empfohlen ab 60 Jahren", "von der Patientin abgelehnt (03.11.2025)"],
        ],
        [2.4, 2.0, 3.6],
        size=8.2,
    )
    d.no("immunizations", "Hepatitis B", "other", "not needed, titre protective")
    d.no("immunizations", "Masern-Mumps-Röteln (MMR)", "other", "not needed, past measles")
    d.no("conditions", "Masern durchgemacht", "historical", "1970")
    d.no("immunizations", "RSV (Arexvy)", "other", "declined")
    d.title("Impfempfehlungen", 10.5)
    d.bullets(
        [
            "FSME: nächste Auffrischung fällig 04/2028",
            "Influenza: Saisonimpfung 2025/26 empfohlen",
            "Diphtherie-Tetanus-Pertussis-Polio: nächste Auffrischung 2032",
        ],
        size=8.8,
    )
    d.para(
        "Dieser Ausdruck gibt die im e-Impfpass gespeicherten Daten wieder. Für die Richtigkeit der Einträge ist die "
        "jeweils impfende Stelle verantwortlich.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 18 Denver
@document
def d18():
    d = Doc(
        18,
        "denver_ciis_immunization_record",
        "United States (Colorado, Denver)",
        "immunization_record",
        "state immunization information system print (adolescent sports clearance: childhood and adolescent "
        "doses, seasonal dose, exemption, declined and due vaccines, forecast)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Colorado Immunization Information System (CIIS)",
        ["Official Immunization Record - Colorado Department of Public Health and Environment",
         "Printed by Denver Health Webb Center for Primary Care, 301 W 6th Ave, Denver, CO 80204"],
        right=["IMMUNIZATION RECORD", "Printed 10/29/2025"],
        size=12.5,
        color=(0.05, 0.25, 0.5),
    )
    d.kv(
        [
            ("Patient:", "Sofia Elena Martinez"),
            ("DOB:", "04/11/2009"),
            ("Sex:", "F"),
            ("CIIS ID:", "4410298837"),
            ("Parent/guardian:", "Rosa Martinez"),
            ("Purpose:", "High school sports clearance"),
        ],
        lw=92,
    )
    rows = [
        ("Hep B", "Hep B, ped/adol (Engerix-B)", "2009-04-11", "1", 1, "AHBVB018AA"),
        ("Hep B", "Hep B, ped/adol (Engerix-B)", "2009-05-14", "2", 2, "AHBVB022AA"),
        ("Hep B", "Hep B, ped/adol (Engerix-B)", "2009-10-20", "3", 3, "AHBVB061BA"),
        ("DTaP", "DTaP (Daptacel)", "2009-06-15", "1", 1, "C3188AA"),
        ("DTaP", "DTaP (Daptacel)", "2009-08-17", "2", 2, "C3210AA"),
        ("DTaP", "DTaP (Daptacel)", "2009-10-20", "3", 3, "C3244BA"),
        ("DTaP", "DTaP (Daptacel)", "2010-07-12", "4", 4, "C3391AA"),
        ("DTaP", "DTaP (Daptacel)", "2013-05-02", "5", 5, "C4120AA"),
        ("Polio", "IPV (IPOL)", "2009-06-15", "1", 1, "E1401"),
        ("Polio", "IPV (IPOL)", "2009-08-17", "2", 2, "E1418"),
        ("Polio", "IPV (IPOL)", "2010-04-19", "3", 3, "E1502"),
        ("Polio", "IPV (IPOL)", "2013-05-02", "4", 4, "E2287"),
        ("MMR", "MMR (M-M-R II)", "2010-04-19", "1", 1, "0871Y"),
        ("MMR", "MMR (M-M-R II)", "2013-05-02", "2", 2, "1523Z"),
        ("Varicella", "Varicella (Varivax)", "2010-04-19", "1", 1, "0922Y"),
        ("Varicella", "Varicella (Varivax)", "2013-05-02", "2", 2, "1601Z"),
        ("Tdap", "Tdap (Boostrix)", "2020-08-06", "1", 1, "XT94C"),
        ("Meningococcal", "MenACWY (Menveo)", "2020-08-06", "1", 1, "M20071"),
        ("Meningococcal", "MenACWY (Menveo)", "2025-10-14", "2", 2, "M25338"),
        ("HPV", "HPV9 (Gardasil 9)", "2020-08-06", "1", 1, "U014558"),
        ("HPV", "HPV9 (Gardasil 9)", "2021-03-11", "2", 2, "U019902"),
        ("Influenza", "Influenza, quadrivalent, PF (Fluarix)", "2025-10-14", "Seasonal", None, "F7K33"),
    ]
    tab = []
    for grp, vac, iso, dose, n, lot in rows:
        tab.append([grp, vac, d.d(iso), dose, lot])
        m = re.match(r"^(.*?) \((.*)\)$", vac)
        d.imm(m.group(1), iso, n, lot, m.group(2))
    d.title("Vaccines administered", 10.5)
    d.table(["Vaccine group", "Vaccine (trade name)", "Date given", "Dose", "Lot"], tab, [1.4, 3.2, 1.2, 0.9, 1.2], size=7.6)
    d.title("Exemptions, refusals and history", 10.5)
    d.table(
        ["Vaccine", "Status", "Date recorded"],
        [
            ["Hep A", "Personal belief exemption on file", "08/06/2020"],
            ["COVID-19", "Parent declined", "10/14/2025"],
        ],
        [2, 3.5, 1.5],
        size=8,
    )
    d.no("immunizations", "Hep A", "other", "personal belief exemption")
    d.no("immunizations", "COVID-19", "other", "parent declined")
    d.title("Forecast (as of 10/29/2025)", 10.5)
    d.table(
        ["Vaccine", "Status", "Recommended date"],
        [
            ["MenB", "Due now (age 16-18, shared clinical decision-making)", "10/29/2025"],
            ["Influenza", "Next dose 2026-27 season", "09/01/2026"],
            ["MenACWY", "Complete", "-"],
        ],
        [2, 3.5, 1.5],
        size=8,
    )
    d.no("immunizations", "MenB", "due")
    d.para(
        "This record was generated from CIIS and is valid for school and child care entry in Colorado. Doses given "
        "outside Colorado appear only if reported by the provider.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 19 Lankaran
@document
def d19():
    d = Doc(
        19,
        "lankaran_prescription_scan",
        "Lankaran (Azerbaijan)",
        "prescription",
        "district hospital internal-medicine visit note and prescription (Rp., handwritten, new, changed and "
        "stopped medicines, tests requested for the next visit; scanned)",
        "d.m.Y",
        ext="jpg",
        scan={"dpi": 165, "angle": 2.4},
        lang="Azerbaijani",
        comma=True,
    )
    d.letterhead(
        "Lənkəran Rayon Mərkəzi Xəstəxanası",
        ["Terapevtik şöbə – ambulator qəbul", "H. Əliyev prospekti 51, Lənkəran AZ4200 – tel. (025) 255 31 48"],
        right=["MÜAYİNƏ VƏRƏQİ VƏ RESEPT", "Qəbul № 2025/7714"],
        size=13,
        color=(0.0, 0.35, 0.45),
    )
    d.kv(
        [
            ("Xəstə:", Hand("Rəşad Məmmədov")),
            ("Yaşı:", Hand("58")),
            ("Tarix:", Hand("27.10.2025")),
            ("Ünvan:", Hand("Lənkəran, Liman küç. 12")),
        ],
        lw=60,
    )
    d.hand_line("Şikayətlər:", "baş ağrısı, başgicəllənmə, ağız quruluğu", 10.5)
    d.hand_line("Anamnez:", "hipertoniya 8 il, şəkərli diabet 5 il; mədə xorası 2019 (müalicə olunub)", 10.5)
    d.no("conditions", "mədə xorası", "historical", "2019, treated")
    d.hand_line("Allergiya:", "penisillin – səpgi", 10.5)
    d.alg("penisillin", "səpgi")
    d.hand_line("Ailə anamnezi:", "anası – insult", 10.5)
    d.no("conditions", "insult", "family", "mother")
    d.hand_line("Obyektiv:", "AT 164/98 mm c.s., nəbz 88 vur/dəq, çəki 86 kq, boy 1,72 m", 10.5)
    d.vit("blood_pressure", "164/98", 164.0, 98.0, "mm c.s.")
    d.vit("heart_rate", "88", 88.0, None, "vur/dəq")
    d.vit("weight", "86", 86.0, None, "kq")
    d.vit("height", "1,72", 1.72, None, "m")
    iso = "2025-10-25"
    d.hand_line("Analizlər (" + d.d(iso) + "):", "qanda qlükoza (ac qarına) 9,6 mmol/l; xolesterin 6,4 mmol/l", 10.5)
    d.lab("qanda qlükoza (ac qarına)", "9,6", "mmol/l", None, None, None, None, iso, ["Fasting glucose"])
    d.lab("xolesterin", "6,4", "mmol/l", None, None, None, None, iso, ["Total cholesterol"])
    d.hand_line("Diaqnoz:", "Arterial hipertenziya II dərəcə; Şəkərli diabet, tip 2 – subkompensasiya", 10.5)
    d.cond("Arterial hipertenziya II dərəcə", "active", None, ["hypertension grade 2"])
    d.cond("Şəkərli diabet, tip 2", "active", None, ["type 2 diabetes mellitus"])
    d.gap(4)
    d.title("Rp.", 12)
    d.hand_line("1)", "Lorista 50 mg – 1 həb gündə 1 dəfə səhər (yeni)", 11)
    d.hand_line("2)", "Diabeton MR 60 mg – 1 həb səhər yeməkdən əvvəl (doza artırıldı, əvvəl 30 mg)", 11)
    d.hand_line("3)", "Qlükofaj 1000 mg – 1 həb gündə 2 dəfə (davam)", 11)
    d.hand_line("4)", "Kardiomaqnil 75 mg – axşam 1 həb (davam)", 11)
    d.hand_line("5)", "Omez 20 mg – səhər ac qarına, 14 gün (yeni)", 11)
    d.hand_line("", "Kaptopril – dayandırıldı (quru öskürək)", 11)
    d.hand_line("", "Nimesil istifadə etməyin!", 11)
    d.med("Lorista", "Lorista", "50", "mg", None, "gündə 1 dəfə səhər", "new")
    d.meds[-1]["aliases"] = ["losartan"]
    d.med("Diabeton MR", "Diabeton MR", "60", "mg", None, "səhər yeməkdən əvvəl", "changed")
    d.meds[-1]["aliases"] = ["gliclazide"]
    d.med("Qlükofaj", "Qlükofaj", "1000", "mg", None, "gündə 2 dəfə")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Kardiomaqnil", "Kardiomaqnil", "75", "mg", None, "axşam")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid/magnesium hydroxide"]
    d.med("Omez", "Omez", "20", "mg", None, "səhər ac qarına, 14 gün", "new")
    d.meds[-1]["aliases"] = ["omeprazole"]
    d.med("Kaptopril", None, None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["captopril"]
    d.no("medications", "Kaptopril", "stopped", "dry cough")
    d.no("medications", "Nimesil", "other", "do not use")
    d.hand_line("Növbəti qəbul:", "1 aydan sonra – HbA1c, kreatinin, sidik analizi ilə", 10.5)
    d.no("labs", "HbA1c", "planned", "at the next visit in 1 month")
    d.hand_line("Həkim-terapevt:", "Dr. Səbinə Quliyeva", 10.5)
    return d


# ---------------------------------------------------------------------------- 20 Vidzeme
@document
def d20():
    d = Doc(
        20,
        "vidzeme_medication_list",
        "Vidzeme (Latvia, Valmiera)",
        "prescription",
        "GP practice medication list for the patient (time-of-day columns, purpose column, changed, paused, new and "
        "stopped medicines, allergies, planned start)",
        "d.m.Y.",
        lang="Latvian",
        comma=True,
    )
    d.letterhead(
        "Ģimenes ārsta prakse – Dr. Inese Bērziņa",
        ["Rīgas iela 33, Valmiera, LV-4201", "Tālr. 64 22 15 87"],
        right=["PACIENTA ZĀĻU SARAKSTS", "Sagatavots 24.10.2025."],
        size=12.5,
        color=(0.5, 0.1, 0.15),
    )
    d.kv(
        [
            ("Pacients:", "Aivars Ozoliņš"),
            ("Dzimšanas datums:", "02.02.1949."),
            ("Personas kods:", "020249-11283"),
            ("Alerģijas:", "aspirīns (bronhu spazmas), sulfonamīdi (izsitumi)"),
        ],
        cols=1,
        lw=110,
    )
    d.alg("aspirīns", "bronhu spazmas")
    d.alg("sulfonamīdi", "izsitumi")
    d.para("Lietojiet zāles tikai saskaņā ar šo sarakstu. Ņemiet sarakstu līdzi uz katru vizīti pie ārsta.", 8.5)
    d.title("Pastāvīgi lietojamās zāles", 10.5)
    d.table(
        ["Zāles (stiprums)", "Rītā", "Dienā", "Vakarā", "Naktī", "Lietošanas mērķis", "Piezīmes"],
        [
            ["Concor 5 mg", "1", "–", "–", "–", "sirdsdarbības regulēšanai", ""],
            ["Eliquis 5 mg", "1", "–", "1", "–", "asins šķidrināšanai", ""],
            ["Torvacard 40 mg", "–", "–", "1", "–", "holesterīna samazināšanai", "deva mainīta 10.10.2025. (iepriekš 20 mg)"],
            ["Furosemid 40 mg", "1", "–", "–", "–", "tūsku mazināšanai", ""],
            ["Veroshpiron 25 mg", "–", "–", "–", "–", "tūsku mazināšanai", "uz laiku pārtraukts līdz kālija kontrolei"],
            ["Jardiance 10 mg", "1", "–", "–", "–", "sirds un nieru aizsardzībai", "jauns, no 24.10.2025."],
            ["Nolpaza 20 mg", "1", "–", "–", "–", "kuņģa aizsardzībai", ""],
        ],
        [1.9, 0.55, 0.55, 0.6, 0.55, 2.0, 2.3],
        size=8,
    )
    d.med("Concor", "Concor", "5", "mg", None, None)
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Eliquis", "Eliquis", "5", "mg", None, None)
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Torvacard", "Torvacard", "40", "mg", None, None, "changed")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Furosemid", None, "40", "mg", None, None)
    d.med("Veroshpiron", "Veroshpiron", "25", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["spironolactone"]
    d.med("Jardiance", "Jardiance", "10", "mg", None, None, "new")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Nolpaza", "Nolpaza", "20", "mg", None, None)
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.no("medications", "Veroshpiron", "stopped", "paused until potassium check")
    d.title("Pēc vajadzības", 10.5)
    d.table(
        ["Zāles (stiprums)", "Devas un biežums", "Lietošanas mērķis"],
        [["Paracetamol 500 mg", "1–2 tabletes pēc vajadzības, ne vairāk kā 4 reizes dienā", "sāpju gadījumā"]],
        [1.9, 3.6, 2.6],
        size=8,
    )
    d.med("Paracetamol", None, "500", "mg", None, "pēc vajadzības, ne vairāk kā 4 reizes dienā")
    d.title("Pārtrauktās zāles", 10.5)
    d.table(
        ["Zāles (stiprums)", "Pārtraukts", "Iemesls"],
        [["Digoxin 0,25 mg", "10.10.2025.", "bradikardija (pulss 44/min)"]],
        [1.9, 1.6, 4.6],
        size=8,
    )
    d.med("Digoxin", None, "0,25", "mg", None, None, "stopped")
    d.no("medications", "Digoxin", "stopped", "stopped 10.10.2025")
    d.no("conditions", "bradikardija", "historical", "reason for stopping")
    d.title("Plānots", 10.5)
    d.para("Plānots uzsākt: Entresto 24/26 mg 2 reizes dienā pēc kardiologa konsultācijas (novembrī).", 9)
    d.no("medications", "Entresto", "planned", "after cardiology review")
    d.signature("Dr. Inese Bērziņa", "ģimenes ārste", hand=False)
    return d


# ---------------------------------------------------------------------------- 21 Western Cape
@document
def d21():
    d = Doc(
        21,
        "western_cape_preanaesthesia_form",
        "Western Cape (South Africa, Worcester)",
        "medical_record",
        "pre-anaesthetic questionnaire in Afrikaans (tick boxes ja / nee, handwritten medicines with held and "
        "stopped drugs, anaesthetist's section with vitals and bloods)",
        "Y-m-d",
        lang="Afrikaans",
        comma=True,
    )
    d.letterhead(
        "Worcester Mediese Hospitaal",
        ["Narkose- en teaterdienste – Durbanstraat 67, Worcester 6850", "Tel. 023 348 1500"],
        right=["PRE-ANESTETIESE VRAELYS", "Voltooi asseblief voor opname"],
        color=(0.15, 0.3, 0.15),
    )
    d.kv(
        [
            ("Naam:", Hand("Hendrik Johannes van der Merwe")),
            ("Geboortedatum:", Hand("1958-06-14")),
            ("Beplande operasie:", Hand("Totale knievervanging links (osteoartritis)")),
            ("Datum:", Hand("2025-11-03")),
            ("Mediese fonds:", Hand("GEMS Emerald")),
        ],
        cols=1,
        lw=116,
    )
    d.cond("osteoartritis", "active", None, ["osteoarthritis of the knee"])
    d.para("Merk die regte blokkie en gee besonderhede waar nodig.", 8.5)
    d.title("Het u, of het u al ooit gehad:", 10)
    d.checks(
        [
            ("Hoë bloeddruk", "Y", "sedert 2012"),
            ("Hartaanval / angina", "N", ""),
            ("Onreëlmatige hartklop", "Y", "atriale fibrillasie"),
            ("Suikersiekte", "Y", "tipe 2, pille"),
            ("Beroerte", "Y", "2017, geen nagevolge"),
            ("Slaapapnee", "Y", "gebruik CPAP"),
            ("Probleme met narkose (ook by familie)", "Y", "ma: ernstige naarheid na narkose"),
        ],
        qw=0.42,
        labels=("Ja", "Nee", "Besonderhede"),
    )
    d.cond("Hoë bloeddruk", "active", None, ["hypertension"])
    d.cond("atriale fibrillasie", "active", None, ["atrial fibrillation"])
    d.cond("Suikersiekte", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Slaapapnee", "active", None, ["obstructive sleep apnoea"])
    d.no("conditions", "Hartaanval / angina", "checkbox_no")
    d.no("conditions", "Beroerte", "historical", "2017, no sequelae")
    d.no("conditions", "ernstige naarheid na narkose", "family", "mother")
    d.title("Allergieë", 10)
    d.checks(
        [
            ("Medisyne", "Y", "kodeïen – uitslag"),
            ("Pleister / latex", "Y", "pleister – jeuk"),
        ],
        qw=0.42,
        labels=("Ja", "Nee", "Wat en watter reaksie?"),
    )
    d.alg("kodeïen", "uitslag")
    d.alg("pleister", "jeuk")
    d.title("Medisyne wat u gereeld gebruik (naam, sterkte, dosis)", 10)
    d.hand_line("1.", "Warfarin 5 mg daagliks – stop 5 dae voor operasie")
    d.hand_line("2.", "Metformin 850 mg 2x daagliks – nie op dag van operasie nie")
    d.hand_line("3.", "Amlodipien 5 mg soggens – gebruik soos gewoonlik")
    d.hand_line("4.", "Lipitor 20 mg saans")
    d.hand_line("5.", "Purata 10 mg saans indien nodig")
    d.hand_line("Gestaak:", "Ecotrin 81 mg – maagbloeding 2023")
    d.med("Warfarin", None, "5", "mg", None, "daagliks", "held")
    d.med("Metformin", None, "850", "mg", None, "2x daagliks", "held")
    d.med("Amlodipien", None, "5", "mg", None, "soggens")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Lipitor", "Lipitor", "20", "mg", None, "saans")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Purata", "Purata", "10", "mg", None, "saans indien nodig")
    d.meds[-1]["aliases"] = ["oxazepam"]
    d.med("Ecotrin", "Ecotrin", "81", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["aspirin"]
    d.no("medications", "Warfarin", "stopped", "stop 5 days before surgery")
    d.no("medications", "Metformin", "stopped", "not on the day of surgery")
    d.no("medications", "Ecotrin", "stopped")
    d.no("conditions", "maagbloeding", "historical", "2023, reason for stopping")
    d.title("Vir die narkotiseur", 10)
    d.kv(
        [
            ("BD:", Hand("138/84 mmHg")),
            ("Pols:", Hand("68 onreëlm.")),
            ("SpO2:", Hand("96 %")),
            ("Gewig:", Hand("88 kg")),
            ("Lengte:", Hand("1,72 m")),
            ("LMI:", Hand("29,7")),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, None)
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "88", 88.0, None, "kg")
    d.vit("height", "1,72", 1.72, None, "m")
    d.vit("bmi", "29,7", 29.7, None, None)
    iso = "2025-10-28"
    d.hand_line("Bloed " + d.d(iso) + ":", "Hb 14,1 g/dL   INR 2,4   Kreatinien 92 µmol/L", 10.5)
    d.lab("Hb", "14,1", "g/dL", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("INR", "2,4", None, None, None, None, None, iso)
    d.lab("Kreatinien", "92", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.hand_line("ASA-klas:", "3 – spinale narkose beplan; INR herhaal op dag van opname", 10.5)
    d.signature("Dr. Annelie Steyn", "Narkotiseur")
    return d


# ---------------------------------------------------------------------------- 22 Cork
@document
def d22():
    d = Doc(
        22,
        "cork_new_patient_questionnaire",
        "Ireland (County Cork, Douglas)",
        "medical_record",
        "new patient registration questionnaire at a general practice (2 pages, tick boxes, family-history grid, "
        "handwritten, practice nurse's section)",
        "d/m/Y",
    )
    d.letterhead(
        "Douglas Family Practice",
        ["Unit 4, Douglas Village Medical Centre, Douglas, Cork T12 X2E8", "Tel 021 489 1122"],
        right=["NEW PATIENT REGISTRATION", "Health questionnaire"],
        size=13,
        color=(0.0, 0.4, 0.25),
    )
    d.kv(
        [
            ("Name:", Hand("Aoife Máire O'Sullivan")),
            ("Date of birth:", Hand("12/03/1986")),
            ("Date:", Hand("04/11/2025")),
            ("PPS No:", Hand("7654321TA")),
            ("Previous GP:", Hand("Dr. Walsh, Ennis")),
            ("Mobile:", Hand("087 123 4567")),
        ],
        lw=76,
    )
    d.title("Do you have, or have you ever had:", 10)
    d.checks(
        [
            ("Asthma", "Y", "childhood only, none since age 14"),
            ("Underactive thyroid", "Y", "on Eltroxin since 2018"),
            ("Coeliac disease", "Y", "diagnosed 2016, gluten-free diet"),
            ("Migraine", "Y", "migraine with aura"),
            ("Diabetes", "N", ""),
            ("Depression / anxiety", "Y", "postnatal depression 2019 - resolved"),
        ],
        qw=0.40,
    )
    d.no("conditions", "Asthma", "historical", "childhood only")
    d.cond("Underactive thyroid", "active", None, ["hypothyroidism"])
    d.cond("Coeliac disease", "active")
    d.cond("migraine with aura", "active")
    d.no("conditions", "Diabetes", "checkbox_no")
    d.no("conditions", "postnatal depression", "historical", "2019, resolved")
    d.title("Allergies (what happened?)", 10)
    d.hand_line("1.", "Penicillin - swelling of lips", 10.5)
    d.hand_line("2.", "Elastoplast - itchy rash", 10.5)
    d.alg("Penicillin", "swelling of lips")
    d.alg("Elastoplast", "itchy rash")
    d.title("Medicines you take now (including the pill, inhalers, vitamins)", 10)
    d.hand_line("1.", "Eltroxin 75 mcg - every morning", 10.5)
    d.hand_line("2.", "Cerazette 75 mcg - 1 daily", 10.5)
    d.hand_line("3.", "Sumatriptan 50 mg - 1 at start of migraine, max 2 a day", 10.5)
    d.hand_line("4.", "Vitamin D3 1000 IU daily", 10.5)
    d.hand_line("Stopped:", "Microgynon 30 - stopped 2023 (migraine with aura)", 10.5)
    d.med("Eltroxin", "Eltroxin", "75", "mcg", None, "every morning")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Cerazette", "Cerazette", "75", "mcg", None, "1 daily")
    d.meds[-1]["aliases"] = ["desogestrel"]
    d.med("Sumatriptan", None, "50", "mg", None, "1 at start of migraine, max 2 a day")
    d.med("Vitamin D3", None, "1000", "IU", None, "daily")
    d.meds[-1]["aliases"] = ["cholecalciferol"]
    d.med("Microgynon 30", "Microgynon 30", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["levonorgestrel/ethinylestradiol"]
    d.no("medications", "Microgynon 30", "stopped", "stopped 2023")
    d.run_header = "Aoife Máire O'Sullivan - DOB 12/03/1986 - New patient questionnaire 04/11/2025"
    d.newpage()
    d.title("Family history - tick all that apply", 10)
    fam_grid(
        d,
        [
            ("Heart attack before 60", ("Father",)),
            ("Breast cancer", ("Mother",)),
            ("Stroke", ()),
            ("Bowel cancer", ()),
        ],
    )
    d.no("conditions", "Heart attack before 60", "family", "father")
    d.no("conditions", "Breast cancer", "family", "mother")
    d.title("Vaccinations", 10)
    d.checks(
        [
            ("Flu vaccine this season", "Y", "pharmacy, 14/10/2025"),
            ("COVID-19 booster", "Y", "autumn 2023, date not known"),
            ("Tetanus in the last 10 years", "N", ""),
        ],
        qw=0.40,
    )
    d.imm("Flu vaccine", "2025-10-14", None, None, None, amb=_amb(d.style, "2025-10-14"))
    d.imm("COVID-19 booster", None, None, None, None)
    d.no("immunizations", "Tetanus", "checkbox_no")
    d.title("Lifestyle", 10)
    d.checks(
        [
            ("Do you smoke?", "N", "never"),
            ("Alcohol", "Y", "6-8 units a week"),
            ("Regular exercise", "Y", "walking, Pilates"),
        ],
        qw=0.40,
    )
    d.title("For practice nurse use", 10)
    d.kv(
        [
            ("BP:", Hand("118/74")),
            ("Pulse:", Hand("72")),
            ("Weight:", Hand("64 kg")),
            ("Height:", Hand("1.68 m")),
            ("BMI:", Hand("22.7")),
            ("", ""),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "118/74", 118.0, 74.0, None)
    d.vit("heart_rate", "72", 72.0, None, None)
    d.vit("weight", "64", 64.0, None, "kg")
    d.vit("height", "1.68", 1.68, None, "m")
    d.vit("bmi", "22.7", 22.7, None, None)
    d.hand_line("CervicalCheck:", "last smear 2022, next due 2027", 10.5)
    d.hand_line("Nurse:", "Siobhán Kelleher RGN", 10.5)
    return d


# ---------------------------------------------------------------------------- 23 Detroit
@document
def d23():
    d = Doc(
        23,
        "detroit_ccda_ccd",
        "United States (Michigan, Detroit)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering, UCUM units, on-hold, completed and discontinued "
        "medicines, resolved allergy, refused vaccine)",
        "m/d/Y",
        size=letter,
    )
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Darnell K. Washington", "Contact info", "2241 Lothrop Rd, Detroit, MI 48206, US"],
            ["Date of birth", "March 3, 1962", "Sex", "Male"],
            ["Patient IDs", "MRN 55120937 (2.16.840.1.113883.3.7204)", "Language", "English"],
            ["Document Id", "8f2d-41c0-b7e3 (2.16.840.1.113883.19.5.99)", "Created", "October 30, 2025, 16:05 -0400"],
            ["Author", "Amina Haddad, MD, Dearborn Internal Medicine", "Custodian", "Great Lakes Health Network"],
            ["Documentation of", "Care provision, 10/28/2025", "Encounter", "Office visit 10/28/2025"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = "Darnell K. Washington - Continuity of Care Document - created October 30, 2025"
    ccda_section(d, "Allergies, Adverse Reactions, Alerts", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Sulfamethoxazole / trimethoprim", "Stevens-Johnson syndrome", "Severe", "Active"],
            ["Shellfish", "Urticaria", "Moderate", "Active"],
            ["Penicillin G", "Rash", "Mild", "Inactive - resolved (tolerated amoxicillin 2022)"],
        ],
        [2.4, 1.9, 0.9, 2.8],
        size=8,
    )
    d.alg("Sulfamethoxazole / trimethoprim", "Stevens-Johnson syndrome", "Severe")
    d.alg("Shellfish", "Urticaria", "Moderate")
    d.no("allergies", "Penicillin G", "negated", "inactive, resolved")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Carvedilol 12.5 MG Oral Tablet", "12.5 mg by mouth twice daily", "2023", "Active"],
            ["Sacubitril 49 MG / Valsartan 51 MG Oral Tablet [Entresto]", "1 tablet by mouth twice daily", "06/2025", "Active"],
            ["Spironolactone 25 MG Oral Tablet", "25 mg by mouth daily", "2023", "On hold (potassium 5.6 on 10/28/2025)"],
            ["Dapagliflozin 10 MG Oral Tablet [Farxiga]", "10 mg by mouth daily", "2024", "Active"],
            ["Furosemide 40 MG Oral Tablet", "40 mg by mouth every morning", "2023", "Active"],
            ["Atorvastatin 40 MG Oral Tablet", "40 mg by mouth at bedtime", "2019", "Active"],
            ["Allopurinol 100 MG Oral Tablet", "100 mg by mouth daily", "2021", "Active"],
            ["Colchicine 0.6 MG Oral Tablet", "0.6 mg by mouth twice daily x 5 days", "10/2025", "Completed 10/12/2025"],
            ["Lisinopril 10 MG Oral Tablet", "10 mg by mouth daily", "2023", "Discontinued 06/02/2025 (switched to Entresto)"],
        ],
        [3.3, 2.4, 0.8, 1.9],
        size=8,
    )
    d.med("Carvedilol", None, "12.5", "mg", "by mouth", "twice daily")
    d.med("Entresto", "Entresto", None, None, "by mouth", "twice daily")
    d.meds[-1]["aliases"] = ["sacubitril/valsartan"]
    d.med("Spironolactone", None, "25", "mg", "by mouth", "daily", "held")
    d.med("Dapagliflozin", "Farxiga", "10", "mg", "by mouth", "daily")
    d.med("Furosemide", None, "40", "mg", "by mouth", "every morning")
    d.med("Atorvastatin", None, "40", "mg", "by mouth", "at bedtime")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily")
    d.med("Colchicine", None, "0.6", "mg", "by mouth", "twice daily x 5 days", "completed")
    d.med("Lisinopril", None, "10", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Spironolactone", "stopped", "on hold, hyperkalaemia")
    d.no("medications", "Colchicine", "stopped", "course completed 10/12/2025")
    d.no("medications", "Lisinopril", "stopped", "switched to Entresto")
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Chronic systolic (congestive) heart failure", "I50.22", "Active", "2023"],
            ["Essential (primary) hypertension", "I10", "Active", "2009"],
            ["Type 2 diabetes mellitus without complications", "E11.9", "Active", "2016"],
            ["Chronic kidney disease, stage 3a", "N18.31", "Active", "2024"],
            ["Gout, unspecified", "M10.9", "Active", "2021"],
            ["Pneumonia, unspecified organism", "J18.9", "Resolved", "02/2025"],
        ],
        [3.9, 1.1, 1, 0.9],
        size=8,
    )
    d.cond("Chronic systolic (congestive) heart failure", "active", "I50.22")
    d.cond("Essential (primary) hypertension", "active", "I10")
    d.cond("Type 2 diabetes mellitus without complications", "active", "E11.9")
    d.cond("Chronic kidney disease, stage 3a", "active", "N18.31")
    d.cond("Gout, unspecified", "active", "M10.9")
    d.no("conditions", "Pneumonia, unspecified organism", "historical", "resolved")
    d.ensure(190)
    ccda_section(d, "Results", "results")
    res = [
        ("Potassium", "5.6", "mmol/L", 3.5, 5.2, None, "high", "3.5-5.2", "High", []),
        ("Sodium", "137", "mmol/L", 134.0, 144.0, None, "normal", "134-144", "Normal", []),
        ("Creatinine", "1.38", "mg/dL", 0.76, 1.27, None, "high", "0.76-1.27", "High", []),
        ("eGFR", "57", "mL/min/{1.73_m2}", 59.0, None, ">59", "low", ">59", "Low", []),
        ("NT-proBNP", "1,840", "pg/mL", 0.0, 210.0, None, "high", "0-210", "High", []),
        ("Uric acid", "6.8", "mg/dL", 3.8, 8.4, None, "normal", "3.8-8.4", "Normal", []),
        ("Hemoglobin A1c", "6.9", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", ["HbA1c"]),
        ("Magnesium", "2.0", "mg/dL", 1.6, 2.3, None, "normal", "1.6-2.3", "Normal", []),
    ]
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [[t, v, u, rr, it, "10/28/2025"] for t, v, u, lo, hi, rt, f, rr, it, al in res],
        [2.3, 0.8, 1.4, 1.2, 1.1, 1.1],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, rr, it, al in res:
        d.lab(t, v, u, lo, hi, rt, f, "2025-10-28", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["10/28/2025", "118/72 mm[Hg]", "66 /min", "16 /min", "36.7 Cel", "96 %", "98.4 kg", "180 cm", "30.4 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.0, 0.7, 1.0, 0.9, 1.0],
        size=7.8,
    )
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mm[Hg]")
    d.vit("heart_rate", "66", 66.0, None, "/min")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "36.7", 36.7, None, "Cel")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "98.4", 98.4, None, "kg")
    d.vit("height", "180", 180.0, None, "cm")
    d.vit("bmi", "30.4", 30.4, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, injectable, trivalent, preservative free (Afluria)", "10/28/2025", "Completed", "P100433"],
            ["COVID-19 vaccine, mRNA, 2025-2026 formula (Comirnaty)", "10/28/2025", "Completed", "LP8812"],
            ["Pneumococcal conjugate vaccine 20-valent (Prevnar 20)", "01/15/2025", "Completed", "LK4471"],
            ["Hepatitis B vaccine, adjuvanted (Heplisav-B) dose 2", "02/12/2025", "Completed", "HB3920"],
            ["Hepatitis B vaccine, adjuvanted (Heplisav-B) dose 1", "01/15/2025", "Completed", "HB3871"],
            ["Zoster vaccine recombinant (Shingrix) dose 2", "06/10/2024", "Completed", "Z7K22"],
            ["Zoster vaccine recombinant (Shingrix) dose 1", "03/04/2024", "Completed", "Z6P90"],
            ["Respiratory syncytial virus vaccine (Arexvy)", "-", "Not done - patient refused", "-"],
        ],
        [3.6, 1.1, 2.1, 1],
        size=8,
    )
    d.imm("Influenza, injectable, trivalent, preservative free", "2025-10-28", None, "P100433", "Afluria")
    d.imm("COVID-19 vaccine, mRNA, 2025-2026 formula", "2025-10-28", None, "LP8812", "Comirnaty")
    d.imm("Pneumococcal conjugate vaccine 20-valent", "2025-01-15", None, "LK4471", "Prevnar 20")
    d.imm("Hepatitis B vaccine, adjuvanted", "2025-02-12", 2, "HB3920", "Heplisav-B")
    d.imm("Hepatitis B vaccine, adjuvanted", "2025-01-15", 1, "HB3871", "Heplisav-B")
    d.imm("Shingrix", "2024-06-10", 2, "Z7K22", None)
    d.imm("Shingrix", "2024-03-04", 1, "Z6P90", None)
    d.no("immunizations", "Respiratory syncytial virus vaccine", "other", "refused")
    ccda_section(d, "Family History", "familyhistory")
    d.table(
        ["Relative", "Condition", "Age at onset"],
        [["Mother", "Breast cancer", "58"], ["Father", "Unknown", "-"]],
        [1.5, 3, 1.5],
        size=8,
    )
    d.no("conditions", "Breast cancer", "family", "mother")
    ccda_section(d, "Social History", "social")
    d.para("Tobacco use: never smoker. Alcohol: none. Retired Ford assembly-line worker; lives with his wife.", 8.5)
    ccda_section(d, "Plan of Treatment", "plan")
    d.para(
        "Repeat BMP in 1 week; restart spironolactone at 12.5 mg daily if potassium is below 5.0. If edema persists, "
        "consider switching furosemide to torsemide. Cardiology referral for ICD evaluation (EF 30% on echo "
        "09/2025).",
        8.5,
    )
    d.no("medications", "torsemide", "planned", "conditional")
    return d


# ---------------------------------------------------------------------------- 24 Samarkand
@document
def d24():
    d = Doc(
        24,
        "samarkand_ed_triage_scan",
        "Samarkand Region (Uzbekistan)",
        "medical_record",
        "emergency department triage sheet (ESI triage, tick boxes, capillary glucose and rapid troponin, doses "
        "given in the department, handwritten, scanned)",
        "d.m.Y",
        ext="pdf",
        scan={"dpi": 150, "angle": -2.6, "blur": 0.8},
        lang="Uzbek",
        comma=True,
    )
    d.letterhead(
        "RShTYoIM Samarqand filiali",
        ["Respublika shoshilinch tibbiy yordam ilmiy markazi – Qabul-shoshilinch bo'limi",
         "Samarqand sh., Rudakiy ko'chasi 70 – tel. (66) 233 15 40"],
        right=["TRIAJ VARAQASI", "Shoshilinch qabul"],
        size=11.5,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Bemor:", Hand("Olimjon Karimov")),
            ("Yoshi:", Hand("63 yosh")),
            ("Kelgan vaqti:", Hand("02.11.2025 07:40")),
            ("Kasallik tarixi №:", Hand("SH-25-21874")),
        ],
        lw=92,
    )
    d.hand_line("Shikoyatlari:", "2 soatdan beri to'sh orqasida siquvchi og'riq, chap qo'lga", 10.5)
    d.hand_line("", "tarqaladi, sovuq ter, ko'ngil aynishi", 10.5)
    d.title("Hayotiy ko'rsatkichlar", 10)
    d.table(
        ["AQB (mm sim. ust.)", "Puls (zarba/daq)", "Nafas soni (/daq)", "Harorat (°C)", "SpO2 (%)", "Glyukoza (mmol/l)"],
        [[Hand("168/102"), Hand("104"), Hand("22"), Hand("36,8"), Hand("94"), Hand("14,6")]],
        [1.2, 1.1, 1.1, 0.9, 0.8, 1.1],
        size=8.2,
    )
    iso = "2025-11-02"
    d.vit("blood_pressure", "168/102", 168.0, 102.0, "mm sim. ust.")
    d.vit("heart_rate", "104", 104.0, None, "zarba/daq")
    d.vit("respiratory_rate", "22", 22.0, None, "/daq")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.lab("Glyukoza", "14,6", "mmol/l", None, None, None, None, iso, ["Capillary glucose"])
    d.title("Anamnez", 10)
    d.checks(
        [
            ("Arterial gipertenziya", "Y", "10 yildan beri"),
            ("Qandli diabet", "Y", "2-tur, tabletkada"),
            ("Yurak ishemik kasalligi", "N", ""),
            ("Insult", "Y", "2021, asoratsiz"),
            ("Dori allergiyasi", "Y", "penitsillin – toshma"),
        ],
        qw=0.42,
        labels=("Ha", "Yo'q", "Izoh"),
    )
    d.cond("Arterial gipertenziya", "active", None, ["hypertension"])
    d.cond("Qandli diabet", "active", None, ["type 2 diabetes mellitus"])
    d.no("conditions", "Yurak ishemik kasalligi", "checkbox_no")
    d.no("conditions", "Insult", "historical", "2021, no sequelae")
    d.alg("penitsillin", "toshma")
    d.hand_line("Dorilar:", "Enap 10 mg ertalab; Metformin 1000 mg kuniga 2 mahal;", 10.5)
    d.hand_line("", "Amlodipin – to'xtatilgan (oyoq shishi)", 10.5)
    d.med("Enap", "Enap", "10", "mg", None, "ertalab")
    d.meds[-1]["aliases"] = ["enalapril"]
    d.med("Metformin", None, "1000", "mg", None, "kuniga 2 mahal")
    d.med("Amlodipin", None, None, None, None, None, "stopped")
    d.no("medications", "Amlodipin", "stopped", "ankle swelling")
    d.title("Tezkor tekshiruvlar", 10)
    d.hand_line("", "EKG: V4–V6 da ST segment depressiyasi", 10.5)
    d.hand_line("", "Troponin I (tezkor test): musbat", 10.5)
    d.lab("Troponin I (tezkor test)", "musbat", None, None, None, None, "abnormal", iso, ["Troponin I rapid test"], num=None)
    d.title("Triaj", 10)
    d.hand_line("Toifa:", "ESI 2 – zudlik bilan kardiologga", 10.5)
    d.hand_line("Baholash:", "O'tkir koronar sindrom (troponin +), ST ko'tarilishisiz;", 10.5)
    d.hand_line("", "aorta disseksiyasi?", 10.5)
    d.cond("O'tkir koronar sindrom", "active", None, ["acute coronary syndrome"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "aorta disseksiyasi", "other", "queried at triage")
    d.hand_line("07:50", "Aspirin 300 mg chaynatildi; Nitroglitserin 0,5 mg til ostiga", 10.5)
    d.no("medications", "Aspirin", "other", "single dose in the ED")
    d.no("medications", "Nitroglitserin", "other", "single dose in the ED")
    d.hand_line("Triaj hamshirasi:", "Dilnoza Rahimova", 10.5)
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
    rels.append("make_heldout29.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout29.py"))
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
    base = "/tmp/heldout29_work/determinism"
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
    "**Status:** held out. Commissioned when 2.23.0's round opened (while 2.23.0's rules were being written, by a "
    "helper that never saw them), frozen unscored; to be scored blind at the end of 2.24.0's round, never opened "
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


SET29_ADDITIONS = [
    '- Flag marks (legends printed): Catalan "Alt"/"Baix" in a flag column -> high/low and "Anòmal" on a '
    'qualitative result that does not match the reference ("Positiu" against "Negatiu") -> abnormal; Lithuanian '
    '"\u2191"/"\u2193" written after the value in cumulative cells -> high/low and "\u2191\u2191" explained in the '
    'legend as a critical value ("kritinė reikšmė, pranešta gydytojui") -> critical; Slovene, Slovak, Galician, '
    'Romanian and Serbian arrows -> high/low; Albanian, Icelandic, Scottish, New Zealand and Indian "H"/"L" -> '
    'high/low; Malay "Tinggi"/"Rendah" in an antenatal record -> high/low; Brazilian and Malay "*" ("resultado '
    'alterado", "keputusan tidak normal") on qualitative urine results that do not match the reference -> '
    "abnormal, `value_numeric` null.",
    '- Thousands separators: Indian lakh grouping ("1,42,000", "1,38,000", "1,50,000 - 4,10,000" /cumm) is read '
    'as thousands (142000); Brazilian and Albanian thousands points ("15.800", "62.000", "até 10.000 /mL", '
    '"118.000", "150.000 – 400.000"), a Lithuanian space ("1 240", "2 080") and English commas in a US discharge '
    'summary and a C-CDA ("2,840", "3,120", "1,840") likewise; `value_text` keeps the printed form. A specific '
    'gravity printed "1.015" in a Brazilian decimal-comma report is 1.015. A Vietnamese "200.000 UI" vitamin A dose '
    "is a must_not row only.",
    '- Units are kept as printed, including "×10⁹/l", "10¹²/L", "10⁹/L", "µkat/L" and "µkat/l" for Slovene and '
    'Slovak enzymes, "ml/s/1,73 m²", "mEq/L", "/mm³", "/mL", "/µL", "x10³/µL", "/cumm", Icelandic "µmól/L", '
    '"mmól/L", "mmól/mól", "mg/mmól" and "/mín", "mg/L FEU", "IU/l", Azerbaijani "mm c.s.", "vur/dəq" and "kq", '
    'Uzbek "mm sim. ust.", "zarba/daq" and "/daq", Galician "lpm" and "ºC", and UCUM "Cel" and '
    '"mL/min/{1.73_m2}" in a C-CDA. A lab value printed without a unit (INR, PT (INR)) has `unit` null.',
    '- Date styles added: Lithuanian ISO "2025-10-07" and Afrikaans ISO "2025-11-03" (never ambiguous), Slovene '
    '"14. 10. 2025", Icelandic "6.10.2025" (j.n.Y), Serbian and Latvian "09.10.2025." (trailing point), '
    'Vietnamese and Malay "24/10/2025"; `date_ambiguous` follows the mechanical rule of sets 22-28. A '
    'questionnaire vaccine answered without a date ("autumn 2023, date not known") is a row with '
    "`administered_on` null.",
    '- Diagnoses on a lab request: a printed diagnosis ("Diabetes mellitus tipo 2", "Diabet mellitus tip 2 (E11)") '
    'is a scored condition marked `optional`; a queried one ("pielonefrite?", "cirrozë hepatike?", "artritis '
    'reumatoide?") or one queried in a lab comment ("?sulfasalazine-induced neutropenia") is a must_not row (why '
    '"other").',
    '- Tests not resulted -> must_not lab rows (why "other"): "tyrimas atliekamas", "mėginys hemolizuotas, '
    'netirta", "v delu", "vzorec poslan v UKC Maribor", "vzorec ni bil prejet", "em andamento", "në proces", '
    '"dërguar në laboratorin e QSUT", "mostra e hemolizuar", "pendent", "enviat a laboratori de referència", '
    '"added on by telephone request - to follow" and "sample clotted, not analysed". Tests to be done later '
    '("Profil gula darah (BSP) dalam 2 minggu", "lipidový profil" in 3 months, "lipid profile" after 3 months, '
    '"Skrining na trombofiliju – za 3 meseca", "HbA1c" at the next visit) are why "planned".',
    '- Qualitative results with a printed reference: "Non-reactive", "Tidak reaktif" and "Negatiu" matching the '
    'reference -> normal; "Anti-HAV IgG Reactive" against "Reactive = immune" and "Anti-HBs 212 IU/l" against '
    '"≥ 10 IU/l = Schutz" -> normal, and the vaccine they make unnecessary ("Hepatitis A vaccine is not needed", '
    '"Hepatitis B – keine Impfung erforderlich") is a must_not row (why "other"); "O Rh positif" without a '
    "reference -> flag null.",
    '- Results in prose or handwriting without a reference keep flag null ("Hemocultivos: negativos", "Antigen '
    'urinar Legionella: negativ", culture organisms such as "Streptococcus pyogenes" and "Haemophilus influenzae", '
    'point-of-care glucose, a fasting glucose and cholesterol written on a prescription); positive ones without a '
    'reference ("Antigen urinar pneumococ: pozitiv", "Troponin I (tezkor test): musbat") -> abnormal; both with '
    '`value_numeric` null. Handwritten values with a printed limit and a flag word take that limit and flag '
    '("Kalíum endurmælt 5,1 mmól/L (viðm. 3,5–5,0) – hækkað" -> high, "Kalijum 3,3 mmol/L (3,5–5,1) – snižen" and '
    '"Phos 2.1 (nl 2.5-4.5) - low" -> low); "A1AT 1.4 g/L (nl 1.1-2.1)" -> normal. Tests the letter says were sent '
    "and whose results are written in a handwritten addendum are lab rows dated on the day the samples were sent.",
    '- Medicine status words: "skammtur minnkaður 1.10.2025" (reduced before the letter) -> changed, marked '
    '`optional`; "zvýšená dávka", "Dose reduced from 2 mg", "doza artırıldı", "doză modificată" and "deva mainīta" '
    '-> changed; "hlé frá ... þar til kalíum hefur verið endurmælt", "suspendida ata control da función renal", '
    '"se reia după controlul creatininei", "HOLD until BMP", "uz laiku pārtraukts līdz kālija kontrolei", "On hold '
    '(potassium 5.6 ...)" in a C-CDA, "stop 5 dae voor operasie" and "nie op dag van operasie nie" -> held; "hætt", '
    '"vysadiť", "Stop - no ongoing indication", "oprit", "trajno obustavljen", "STOP", "dayandırıldı", '
    '"pārtraukts", "Gestaak", "Discontinued", "stopped 2023" and "to\'xtatilgan" -> stopped; "completed '
    '12/10/2025", "course completed" and "Completed 10/12/2025" -> completed; "nový", "nou", "novo", "NEW", "New", '
    '"yeni", "jauns" and "mula hari ini" -> new; "diteruskan", "continuar", "pokračovať", "continuă", "Continue", '
    '"davam", "nastaviti" and "gebruik soos gewoonlik" -> active. Each stopped, held or completed row has its '
    'must_not row (why "stopped"). Stop reasons naming a past event ("bradikardija (pulss 44/min)", "maagbloeding '
    '2023") -> must_not condition (why "historical").',
    '- Ward-only and ED-only doses stay must_not (why "other"): IV cefazolin and clindamycin, prophylactic low '
    "molecular weight heparin, IV ceftriaxone and clarithromycin, rapid insulin by glucose values, Fraxiparine on "
    "the ward before the switch to an oral anticoagulant, IV lactated Ringer's, IV hydromorphone, an insulin "
    "infusion, aspirin chewed and sublingual nitroglycerin at triage, and a vitamin A dose on a micronutrient "
    'day. "Ne uzimati Brufen, Aspirin ..." (two rows), "Non tomar ibuprofeno" and "Nimesil istifadə etməyin" -> '
    'why "other"; NSAIDs named only in patient advice ("ibuprofén" under "Odporúčania pre pacienta", "ibuprofen" '
    'under "Informații pentru pacient") -> why "leaflet".',
    '- Conditional or questioned medicines ("mætti íhuga Lokelma", "we may consider adding saroglitazar", '
    '"Metformin akan dimulakan jika ...", "Would long-term azithromycin prophylaxis be appropriate?", "consider '
    'switching furosemide to torsemide") and "Plānots uzsākt: Entresto" -> why "planned". A referral asking the '
    'specialist whether to continue a medicine ("metið einnig hvort halda eigi áfram með Jardiance") leaves it '
    "active.",
    '- Vaccines: a tetanus booster given on the ward to a visiting pilgrim ("dose de reforzo", Diftavax) and a '
    'dose given in a hospital and noted by hand have `dose_number` null; "ATT dos ke-2" keeps 2; a hepatitis B dose '
    '1 given in clinic is a row and the "doses 2 and 3 due" forecast is not. Vietnamese "mũi 1-3", "lần 1-3" and '
    '"liều 1/2" keep their numbers; "Viêm gan B sơ sinh", "BCG (Lao)", "Sởi – Rubella (MR)" and "DPT nhắc lại" '
    'have `dose_number` null; "hoãn tiêm – trẻ đang sốt" and "gia đình chưa đồng ý tiêm" -> why "other"; a '
    'next-dose reminder for a vaccine in the record is not a row. Austrian e-Impfpass: "1./2./3. Teilimpfung" and '
    '"1./2. Dosis" keep their numbers, "Auffrischung", "Einzeldosis" and "Saisonimpfung" have `dose_number` null; '
    '"nicht erforderlich – Masern durchgemacht (1970)" -> must_not vaccine (why "other") plus a must_not condition '
    '"Masern durchgemacht" (why "historical"); "abgelehnt" -> why "other"; recommendations for vaccines given in '
    'the record are not rows. US registry: "Personal belief exemption on file" and "Parent declined" -> why '
    '"other"; MenB "Due now" (never given) -> why "due"; "Seasonal" has `dose_number` null; a Tdap printed with '
    'dose "1" keeps 1. A C-CDA "Not done - patient refused" -> why "other" and an allergy "Inactive - resolved" -> '
    'why "negated". "Vaccinare antipneumococică și antigripală recomandate" gives two rows (why "due"); '
    '"Očkovanie proti chrípke odporúčané", "Pneumókokkabólusetning ... ekki enn gefin" and "Pneumovax 23 not yet '
    'given" -> why "due"; "Vaksin influenza ditawarkan – ibu menolak" and "Tdap offered - patient declined" -> why '
    '"other".',
    '- Vitals: Icelandic "blóðþrýstingur"/"púls"; Slovak "TK"/"TF"; Galician "TA"/"FC"/"Tª"/"SatO2"; Romanian '
    '"TA"/"AV"/"FR"/"G"; Serbian "TA"/"TT"/"TV"; Azerbaijani "AT"/"nəbz"/"çəki"/"boy"; Afrikaans '
    '"BD"/"Pols"/"Gewig"/"Lengte"/"LMI"; Uzbek "AQB"/"Puls"/"Nafas soni"/"Harorat"; Malay "TD"/"Nadi"/"Berat". '
    'Heights printed in metres ("boy 1,72 m", "Lengte 1,72 m", "Height 1.68 m") keep metres. Fundal height '
    '("Tinggi fundus") and fetal heart rate ("DJJ") are not vitals of the patient.',
    '- Form answers: "Probleme met narkose (ook by familie): Ja – ma: ernstige naarheid na narkose" -> why '
    '"family"; a tick whose detail names the condition ("atriale fibrillasie", "migraine with aura") gives the '
    'detail; a tick with a describing detail ("Suikersiekte: tipe 2, pille", "Slaapapnee: gebruik CPAP", "Qandli '
    'diabet: 2-tur, tabletkada", "Underactive thyroid: on Eltroxin since 2018", "Coeliac disease: diagnosed 2016, '
    'gluten-free diet") gives the printed label; a past problem ("Beroerte: 2017, geen nagevolge", "Insult: 2021, '
    'asoratsiz", "Asthma: childhood only, none since age 14", "postnatal depression 2019 - resolved") -> why '
    '"historical"; conditions and vaccines ticked No -> why "checkbox_no"; family-grid ticks -> why "family".',
    '- Triage: "O\'tkir koronar sindrom (troponin +)" supported by the positive rapid troponin on the same sheet is '
    'a scored condition marked `optional`; "aorta disseksiyasi?" -> why "other".',
    '- A medication list with "Rītā / Dienā / Vakarā / Naktī" columns has `frequency` null; its "Lietošanas '
    'mērķis" column gives only purposes and no condition rows; an as-needed line keeps its printed interval. '
    'Indian brand names printed with the generic in brackets ("Jalra-M 50/500 (vildagliptin + metformin)", '
    '"Olmesar 20 (olmesartan)") keep the brand as the name with the generic in `aliases`; a strength printed only '
    'inside the brand ("Olmesar 20") gives `dose` with `unit` null. A C-CDA combination with two strengths '
    '("Sacubitril 49 MG / Valsartan 51 MG Oral Tablet [Entresto]") is named by the bracketed brand with `dose` '
    "null, as for two-strength combinations before.",
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
        "# Held-out extraction test set 29",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas, thousands separators, date styles, flag words, abbreviations, drug brand names and "
        "clinical idioms; the rest in English (Scotland, New Zealand, Ireland, India and three United States "
        "cities). Languages chosen partly because earlier sets used them rarely or never. All content and truth "
        "rows are written by hand in `make_heldout29.py` (no generator of clinical content). The rendering "
        "machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick boxes, scan simulation, "
        "self-checks, manifest, --check and --determinism) was copied from `bench/heldout28/make_heldout28.py` "
        "with `cp` and adapted (set number, paths, seed strings, status line, README text); the self-check bounds "
        'were kept. The only addition to the machinery is a flag-map entry for the Catalan "Alt"/"Baix"/"Anòmal" '
        "flag words; the helpers for previous-result and cumulative columns, `_thousands`, the family-history "
        "grid and the C-CDA section heading were reused as they were. All document content of set 28 was removed "
        "and replaced with new content. Six documents are "
        f"scans: pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; tick "
        "boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings (new seed strings for this set).",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 28's README (`bench/heldout28/README.md`), build "
        "script (`bench/heldout28/make_heldout28.py`) and one truth file "
        "(`bench/heldout28/truth/01_hesse_cumulative_lab.json`, for format), plus the file names of earlier "
        "sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository was opened "
        "(not adapters/, tests/, docs/, pipeline/ apart from the schema, other sets' scripts or truth, or "
        "bench/heldout_score.py); the pipeline, extractor and scorer were not read or run on these documents, no "
        "OCR was run, ruff was not run, and git was not run. The build's self-check compares each truth string "
        "with the strings drawn and, for documents that are not scans, with the PDF text layer read by pypdfium2. "
        "The author looked at renderings of every page before scan simulation (made with pypdfium2 by a scratch "
        "script under /tmp/heldout29_work, which also ran the per-document self-check) and fixed a letterhead "
        "address and a letterhead name running into the right-hand header, a header label running into its "
        "value, a lab table heading cell running up to the column border, a registry print that spilled one "
        "forecast row and its footnote onto a second page, a medicines table split with one row on a second page "
        "that had no running header, two medicines tables split across pages (each moved whole onto the next "
        "page), a discharge letter whose first page was left half empty, a handwritten addendum standing alone on "
        "a second page without a running header, and the last line of a paragraph left alone on a second page; "
        "the per-document self-check also caught a C-CDA combination medicine whose truth name was not printed as "
        "such (the brand printed in brackets is now the name, with the generics in `aliases`). While looking at "
        "the pages the author also removed a few printed values that no truth row covered (elastography readings, "
        "a waist measurement, an endoscopy finding, a remark on a rubella antibody and a past smear result), so "
        "that every clinical fact printed is either a row or a must_not row. No scanned output was looked at. "
        "`truth/drawn/*.txt` records the strings drawn into each document.",
        "",
        "Build: `python make_heldout29.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout29_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 28 (set 20's list, set 21's, set 22's, set 23's, set 24's, set 25's, set 26's, "
        "set 27's and set 28's additions), restated here; this set's additions follow at the end:",
        "",
    ]
    L += BASE_CONVENTIONS + ["", "Set 21's additions (kept):", ""] + SET21_ADDITIONS
    L += ["", "Set 22's additions (kept):", ""] + SET22_ADDITIONS
    L += ["", "Set 23's additions (kept):", ""] + SET23_ADDITIONS
    L += ["", "Set 24's additions (kept):", ""] + SET24_ADDITIONS
    L += ["", "Set 25's additions (kept):", ""] + SET25_ADDITIONS
    L += ["", "Set 26's additions (kept):", ""] + SET26_ADDITIONS
    L += ["", "Set 27's additions (kept):", ""] + SET27_ADDITIONS
    L += ["", "Set 28's additions (kept):", ""] + SET28_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET29_ADDITIONS
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
