#!/usr/bin/env python
"""Build held-out extraction test set 33 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout33.py                 build into this folder (keeps an existing README)
    python make_heldout33.py --check         verify MANIFEST.sha256
    python make_heldout33.py --determinism   build twice under /tmp/heldout33_work, compare
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
        self.rng = random.Random("ho33-inkwell-wobble-seed-k-" + self.stem)
        self.run_header = None
        self.run_footer = None
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
        c.setTitle(f"Held-out 33 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout33.py")
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            for f in ops:
                f(c)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont("R", 7)
            c.drawString(self.x0, 28, FOOTER)
            c.drawRightString(self.x1, 28, f"Page {i + 1} of {n}")
            if self.run_footer:
                # a system print footer on every page (EHR print-outs), above the synthetic-document footer
                c.setFont("R", 6.8)
                c.drawString(self.x0, 40, self.run_footer)
                c.drawRightString(self.x1, 40, f"{i + 1}/{n}")
            c.showPage()
        for i in range(n):
            self.drawn.append(FOOTER)
            self.drawn.append(f"Page {i + 1} of {n}")
            if self.run_footer:
                self.drawn.append(self.run_footer)
                self.drawn.append(f"{i + 1}/{n}")
        c.save()
        return buf.getvalue()


# ----------------------------------------------------------------------------- scans
def scanify(pdf_bytes, doc, out_path):
    """Render pages, rotate, blur, tone, uneven light, noise. Returns the image PDF / image."""
    sc = doc.scan
    pdf = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(
        int(hashlib.sha256(("ho33-platen-grain-seed-k-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# Set 30 flag marks (legends printed on the reports): French "Élevé"/"Bas" (Chad) and Filipino "Mataas"/"Mababa"
# in a flag column.
FLAGMAP.update({"Élevé": "high", "Bas": "low", "Mataas": "high", "Mababa": "low"})


def typed_checks(d, rows, labels=("Yes", "No"), qw=0.46, size=8.8):
    """Form answers filled in on a computer and printed: typed ☒ / ☐ characters, typed details (no strokes).
    rows: (question, 'Y' / 'N' / None, detail)."""
    on, off = "\u2612", "\u2610"
    total = d.x1 - d.x0
    for q, ans, det in rows:
        lines = d.wrap(q, "R", size, total * qw - 8)
        h = len(lines) * size * 1.3 + 4
        d.ensure(h)
        yy = d.y
        for ln in lines:
            d.text(d.x0, yy, ln, "R", size)
            yy -= size * 1.3
        xa = d.x0 + total * qw
        d.text(xa, d.y, (on if ans == "Y" else off) + " " + labels[0], "R", size)
        d.text(xa + 46, d.y, (on if ans == "N" else off) + " " + labels[1], "R", size)
        if det:
            dl = d.wrap(det, "R", size, total * (1 - qw) - 100)
            for k, ln in enumerate(dl):
                d.text(xa + 96, d.y - k * size * 1.3, ln, "R", size)
            h = max(h, len(dl) * size * 1.3 + 4)
        d.y -= h
    d.y -= 6


# Set 31 flag marks (legends printed on the reports): Slovak "zvýš."/"zníž." written after the value in cumulative
# cells and "!!" (kritická hodnota), Romanian "▲"/"▼" after the value in a previous-result table, Guinean French
# "Augmenté"/"Diminué" in an "Interprétation" column, Slovene "V"/"N" (visoko / nizko) in a flag column.
FLAGMAP.update(
    {
        "zvýš.": "high",
        "zníž.": "low",
        "!!": "critical",
        "\u25b2": "high",
        "\u25bc": "low",
        "Augmenté": "high",
        "Diminué": "low",
        "V": "high",
        "N": "low",
    }
)


def side_by_side(d, draw_left, draw_right, split=0.5, gap=14, need=120):
    """Two blocks printed next to each other (e.g. two small tables). Each callable draws with d's flow layout
    inside its half; the flow continues below the taller one. Both halves must fit on the current page."""
    d.ensure(need)
    x0, x1, top, npg = d.x0, d.x1, d.y, len(d.pages)
    mid = x0 + (x1 - x0) * split
    d.x1 = mid - gap / 2
    draw_left()
    yl = d.y
    d.x0, d.x1, d.y = mid + gap / 2, x1, top
    draw_right()
    yr = d.y
    assert len(d.pages) == npg, "side_by_side block ran over a page"
    d.x0, d.x1 = x0, x1
    d.y = min(yl, yr)


# Set 32 flag marks (legends printed on the reports): Dutch "hoog"/"laag" written after the value, Galician "Baixo"
# in a flag column ("Alto" was mapped in set 28).
FLAGMAP.update({"hoog": "high", "laag": "low", "Baixo": "low"})


# Set 33 flag marks (legends printed on the reports): Turkmen "ýokary"/"pes" written after the value, Malagasy
# "Ambony"/"Ambany"/"Tsy ara-dalàna", Luxembourgish "héich"/"déif", Somali "Sare"/"Hoose" and Xhosa
# "Phezulu"/"Phantsi" in a flag column, Irish "ard"/"íseal" and Samoan "maualuga"/"maualalo" after the value.
FLAGMAP.update(
    {
        "ýokary": "high",
        "pes": "low",
        "Ambony": "high",
        "Ambany": "low",
        "Tsy ara-dalàna": "abnormal",
        "héich": "high",
        "déif": "low",
        "Sare": "high",
        "Hoose": "low",
        "ard": "high",
        "íseal": "low",
        "Phezulu": "high",
        "Phantsi": "low",
        "maualuga": "high",
        "maualalo": "low",
    }
)


# @@DOCS_START@@

# ---------------------------------------------------------------------------- 01 Torshavn
@document
def d01():
    d = Doc(
        1,
        "torshavn_cumulative_lab",
        "Faroe Islands (Tórshavn)",
        "lab_result",
        "lab report (cumulative, 4 dates, oldest first, H / L after the value and a critical LL, INR without a unit, "
        "diagnosis and a suspected diagnosis on the request, sent-out and haemolysed samples)",
        "d.m.Y",
        lang="Faroese",
        comma=True,
    )
    d.letterhead(
        "Landssjúkrahúsið – Klinisk kemisk deild",
        ["J.C. Svabos gøta 41–49, FO-100 Tórshavn", "Telefon 30 45 00 – Blóðtøka: Medisinska ambulatoriið"],
        right=["SAMANLAGT ÚRSLIT", "Umbøn nr. 2603040218"],
        size=12.5,
        color=(0.1, 0.25, 0.5),
    )
    d.kv(
        [
            ("Sjúklingur:", "Jógvan Dam Joensen"),
            ("P-tal:", "120358-117"),
            ("Umbiðjari:", "Rannvá Nolsøe, yvirlækni – Medisinska deild, Landssjúkrahúsið"),
            ("Sjúkdómsgreining:", "K70.3 Alkoholisk livrarcirrosa; grunur um HCC (hepatocellulert karsinom)"),
            ("Roynd tikin:", "04.03.2026 kl. 08:10 – blóðroynd úr æð"),
        ],
        cols=1,
        lw=100,
    )
    d.cond("Alkoholisk livrarcirrosa", "active", "K70.3", ["alcoholic cirrhosis of liver"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "HCC", "other", "suspected on the request")
    d.para(
        "Frágreiðing: H / L – omanfyri / niðanfyri viðmiðunarøkið; LL – kritiskt lágt virði, boðað umbiðjara í "
        "telefon. Elsta úrslit er til vinstru; — ikki kannað.",
        8,
    )
    dates = ["2025-09-15", "2025-12-08", "2026-02-02", "2026-03-04"]
    rows = [
        ("Hæmoglobin", ["Haemoglobin"], "mmol/l", "8,3 – 10,5", 8.3, 10.5, None, ["8,1 L", "7,9 L", "7,6 L", "7,4 L"]),
        ("Trombocyttar", ["Platelets"], "×10⁹/l", "145 – 390", 145.0, 390.0, None, ["112 L", "98 L", "91 L", "86 L"]),
        ("INR", [], None, "0,9 – 1,2", 0.9, 1.2, None, ["1,4 H", "1,5 H", "1,6 H", "1,7 H"]),
        ("Bilirubin", ["Total bilirubin"], "µmol/l", "5 – 25", 5.0, 25.0, None, ["38 H", "44 H", "52 H", "61 H"]),
        ("Albumin", [], "g/l", "36 – 48", 36.0, 48.0, None, ["33 L", "31 L", "30 L", "28 L"]),
        ("Natrium", ["Sodium"], "mmol/l", "137 – 145", 137.0, 145.0, None, ["134 L", "133 L", "131 L", "119 LL"]),
        ("Kreatinin", ["Creatinine"], "µmol/l", "60 – 105", 60.0, 105.0, None, ["78", "84", "92", "118 H"]),
        ("Alfa-føtoprotein (AFP)", ["Alpha-fetoprotein"], "µg/l", "< 7", None, 7.0, "< 7", ["—", "—", "6", "9 H"]),
    ]
    tab = cumul(d, rows, dates)
    d.title("Blóðkanningar – samanlagt yvirlit", 10.5)
    d.table(
        ["Kanning"] + [d.d(x) for x in dates] + ["Eind", "Viðmiðunarøki"],
        tab,
        [2.2, 1.0, 1.0, 1.0, 1.0, 0.9, 1.2],
        size=7.9,
    )
    d.para(
        "KRITISKT VIRÐI: Natrium 119 mmol/l (roynd frá " + d.d("2026-03-04") + ") – váttað við endurtikinni kanning "
        "av somu roynd; boðað yvirlækna R. Nolsøe í telefon kl. 09:47 (móttikið av sjúkrarøktarfrøðingi).",
        8.5,
    )
    d.title("Ikki liðugar kanningar", 10)
    d.table(
        ["Kanning", "Støða"],
        [
            ["Hepatitt B og C (serologi)", "sent til Rigshospitalið, Keypmannahavn – úrslitið verður sent seinni"],
            ["Ammoniak", "roynd hemolyserað – ikki kannað, nýggj roynd umbiðin"],
        ],
        [2.2, 5],
        size=8.2,
    )
    d.no("labs", "Hepatitt B og C (serologi)", "other", "sent to Copenhagen, result to follow")
    d.no("labs", "Ammoniak", "other", "haemolysed sample, not done")
    d.para("Góðkent: Sólja Hansen, lívfrøðingur. Prentað " + d.d("2026-03-04") + " kl. 13:25.", 8)
    return d

# ---------------------------------------------------------------------------- 02 Dashoguz
@document
def d02():
    d = Doc(
        2,
        "dashoguz_lab_previous",
        "Daşoguz Region (Turkmenistan)",
        "lab_result",
        "lab report (current and previous result columns with ýokary / pes written after the value, two groups, "
        "diagnosis and a queried diagnosis on the request, an unfinished test and a urine sample not received)",
        "d.m.Y",
        lang="Turkmen",
        comma=True,
    )
    d.letterhead(
        "Daşoguz welaýat köpugurly hassahanasy",
        ["Kliniki-diagnostiki barlaghanasy – Türkmenbaşy şaýoly, 5, Daşoguz şäheri", "Tel.: (322) 5-41-18"],
        right=["BARLAGLARYŇ NETIJELERI", "Nusga № 26-03-0517"],
        size=12.5,
        color=(0.0, 0.35, 0.2),
    )
    cur, prev = "2026-03-05", "2025-12-04"
    d.kv(
        [
            ("Näsag:", "Ogulgerek Annagulyýewa"),
            ("Doglan ýyly:", "1967"),
            ("Bölüm:", "Endokrinologiýa kabineti"),
            ("Ugradan lukman:", "G. Baýramowa"),
        ],
        lw=100,
    )
    d.kv(
        [
            ("Diagnoz:", "E11.9 Şeker diabeti, 2-nji görnüşi; gipotireoz?"),
            ("Nusga alnan wagty:", "05.03.2026, 08:20 (açlykda)"),
        ],
        cols=1,
        lw=110,
    )
    d.cond("Şeker diabeti, 2-nji görnüşi", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "gipotireoz", "other", "queried on the request")
    d.para(
        "Bellik: ýokary / pes – netije kadaly ululykdan ýokary / pes. Öňki netije " + d.d(prev) + " senesinde "
        "alnan nusga boýunça; — barlanmadyk.",
        8,
    )
    hdr = ["Barlag", "Netije " + d.d(cur), "Ölçeg birligi", "Kadaly ululyk", "Öňki netije " + d.d(prev)]
    wd = [2.6, 1.4, 1.2, 1.3, 1.5]
    d.title("Ganyň umumy derňewi", 10)
    rows = [
        ("Gemoglobin", ["Haemoglobin"], "g/l", "120 – 160", 120.0, 160.0, None, "118 pes", "124"),
        ("Leýkositler", ["White cell count"], "×10⁹/l", "4,0 – 9,0", 4.0, 9.0, None, "7,2", "6,8"),
        ("Trombositler", ["Platelets"], "×10⁹/l", "180 – 320", 180.0, 320.0, None, "246", "231"),
        ("EÇT", ["Erythrocyte sedimentation rate"], "mm/sag", "2 – 15", 2.0, 15.0, None, "24 ýokary", "18 ýokary"),
    ]
    d.table(hdr, prevcol(d, rows, prev, cur), wd, size=8.2)
    d.title("Biohimiki barlag", 10)
    rows = [
        ("Glýukoza (açlykda)", ["Fasting glucose"], "mmol/l", "3,9 – 5,9", 3.9, 5.9, None, "9,4 ýokary", "8,7 ýokary"),
        ("Glikirlenen gemoglobin (HbA1c)", ["HbA1c"], "%", "4,0 – 6,0", 4.0, 6.0, None, "8,6 ýokary", "8,1 ýokary"),
        ("Kreatinin", ["Creatinine"], "mkmol/l", "53 – 97", 53.0, 97.0, None, "88", "81"),
        ("Mocewina", ["Urea"], "mmol/l", "2,5 – 8,3", 2.5, 8.3, None, "6,9", "6,1"),
        ("Umumy holesterin", ["Total cholesterol"], "mmol/l", "< 5,2", None, 5.2, "< 5,2", "6,4 ýokary", "6,9 ýokary"),
        ("Trigliseridler", ["Triglycerides"], "mmol/l", "< 1,7", None, 1.7, "< 1,7", "2,3 ýokary", "2,6 ýokary"),
        ("ALT", ["Alanine aminotransferase"], "U/l", "< 40", None, 40.0, "< 40", "31", "28"),
        ("Umumy bilirubin", ["Total bilirubin"], "mkmol/l", "3,4 – 20,5", 3.4, 20.5, None, "12,1", "10,8"),
        ("Kaliý", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, "4,4", "—"),
    ]
    d.table(hdr, prevcol(d, rows, prev, cur), wd, size=8.2)
    d.title("Tamamlanmadyk barlaglar", 10)
    d.table(
        ["Barlag", "Ýagdaýy"],
        [
            ["TTG (tireotrop gormon)", "barlag dowam edýär – netije soňra berler"],
            ["Peşewde mikroalbumin", "peşew nusgasy barlaghana gelmedi"],
        ],
        [2.4, 5],
        size=8.2,
    )
    d.no("labs", "TTG (tireotrop gormon)", "other", "in progress")
    d.no("labs", "Peşewde mikroalbumin", "other", "urine sample not received")
    d.para("Barlaghana lukmany: A. Orazowa. Tassyklanan wagty: " + d.d(cur) + ", 12:40.", 8)
    return d

# ---------------------------------------------------------------------------- 03 Huye
@document
def d03():
    d = Doc(
        3,
        "huye_urinalysis_scan",
        "Southern Province (Rwanda, Huye)",
        "lab_result",
        "lab report in Kinyarwanda with French test terms (blood chemistry, 10-parameter urine dipstick with grades "
        "and words, urine microscopy per high-power field, ↑ / ↓ and * flags with a legend, diagnosis and a queried "
        "diagnosis on the request, culture in progress and an insufficient sample; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": 1.6},
        lang="Kinyarwanda",
    )
    d.letterhead(
        "IBITARO BYA KAMINUZA BYA BUTARE (CHUB)",
        ["Serivisi ya Laboratwari – Huye, Intara y'Amajyepfo", "Agasanduku k'iposita 254 Huye"],
        right=["IBISUBIZO BY'ISUZUMA", "No. LAB-2603-1184"],
        size=12,
        color=(0.0, 0.35, 0.55),
    )
    d.kv(
        [
            ("Amazina:", "Habimana Jean Damascène"),
            ("Imyaka / Igitsina:", "58 – Gabo"),
            ("Serivisi:", "Médecine interne"),
            ("Yafashwe ku wa:", "09/03/2026 08:15"),
        ],
        lw=100,
    )
    d.kv(
        [
            ("Muganga wasabye:", "Dr. Uwase Claudine"),
            ("Isuzuma ry'ibanze:", "Umuvuduko ukabije w'amaraso (I10); indwara y'inzira z'inkari?"),
        ],
        cols=1,
        lw=114,
    )
    d.cond("Umuvuduko ukabije w'amaraso", "active", "I10", ["hypertension"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "indwara y'inzira z'inkari", "other", "queried on the request")
    d.para(
        "Ibisobanuro: ↑ / ↓ – hejuru / munsi y'agaciro gasanzwe;  * – igisubizo kidasanzwe (isuzuma ritari imibare).",
        8,
    )
    iso = "2026-03-09"
    hdr = ["Ikizamini", "Igisubizo", "Igipimo", "Agaciro gasanzwe", ""]
    wd = [2.8, 1.2, 1.0, 1.8, 0.5]
    d.title("AMARASO (biochimie)", 10)
    rows = [
        ("Hémoglobine", ["Haemoglobin"], "12.1", "g/dL", "13.0 – 17.0", 13.0, 17.0, None, "↓"),
        ("Glucose", ["Glucose"], "102", "mg/dL", "70 – 110", 70.0, 110.0, None, ""),
        ("Urée", ["Urea"], "52", "mg/dL", "15 – 45", 15.0, 45.0, None, "↑"),
        ("Créatinine", ["Creatinine"], "1.6", "mg/dL", "0.7 – 1.3", 0.7, 1.3, None, "↑"),
        ("Potassium (K+)", ["Potassium"], "4.8", "mmol/L", "3.5 – 5.1", 3.5, 5.1, None, ""),
        ("CRP", ["C-reactive protein"], "38", "mg/L", "< 6", None, 6.0, "< 6", "↑"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.8)
    d.title("ISUZUMA RY'INKARI (agapapuro / bandelette)", 10)
    neg = "Ntibirimo"
    rows = [
        ("Isura (aspect)", ["Urine appearance"], "Turbide", None, "Claire", None, None, "Claire", "*", None),
        ("Uburemere (densité)", ["Urine specific gravity"], "1.020", None, "1.005 – 1.030", 1.005, 1.03, None, "",
         1.02),
        ("pH", ["Urine pH"], "6.0", None, "5.0 – 8.0", 5.0, 8.0, None, ""),
        ("Poroteyine", ["Urine protein"], "++", None, neg, None, None, neg, "*", None),
        ("Isukari (glucose)", ["Urine glucose"], neg, None, neg, None, None, neg, "", None),
        ("Nitrite", ["Urine nitrite"], "Birimo", None, neg, None, None, neg, "*", None),
        ("Leucocytes", ["Urine leukocyte esterase"], "+++", None, neg, None, None, neg, "*", None),
        ("Amaraso (sang)", ["Urine blood"], "+", None, neg, None, None, neg, "*", None),
        ("Cétones", ["Urine ketones"], neg, None, neg, None, None, neg, "", None),
        ("Bilirubine", ["Urine bilirubin"], neg, None, neg, None, None, neg, "", None),
        ("Urobilinogène", ["Urobilinogen"], "Normal", None, "Normal", None, None, "Normal", "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.8)
    d.title("IBYAGARAGAYE KURI MIKOROSIKOPE (x40)", 10)
    rows = [
        ("Uturemangingo twera (leucocytes)", ["Urine white cells (microscopy)"], "20-30", "/HPF", "0 – 5", 0.0, 5.0,
         None, "↑", None),
        ("Uturemangingo dutukura (hématies)", ["Urine red cells (microscopy)"], "5-8", "/HPF", "0 – 3", 0.0, 3.0,
         None, "↑", None),
        ("Bagiteri", ["Urine bacteria"], "Nyinshi", None, neg, None, None, neg, "*", None),
        ("Cylindres", ["Urine casts"], neg, None, neg, None, None, neg, "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.8)
    d.para(
        "Umuco w'inkari (ECBU) n'antibiogramme: biracyakorwa – igisubizo kizaboneka nyuma y'amasaha 48–72. "
        "HbA1c: icyitegererezo ntigihagije – ntibyakozwe, musabe ikindi.",
        8.5,
    )
    d.no("labs", "Umuco w'inkari (ECBU)", "other", "culture in progress")
    d.no("labs", "HbA1c", "other", "insufficient sample, not done")
    d.para("Uwakoze isuzuma: Mukamana Alice (technicienne) – Uwemeje: Dr. Niyonzima Eric. " + d.d(iso) + " 11:20.",
           8)
    return d

# ---------------------------------------------------------------------------- 04 Toamasina
@document
def d04():
    d = Doc(
        4,
        "toamasina_lab_pending",
        "Atsinanana Region (Madagascar, Toamasina)",
        "lab_result",
        "lab report in Malagasy with French test names (blood count with space thousands, chemistry in g/l and mg/l, "
        "Ambony / Ambany / Tsy ara-dalàna in a flag column with a legend, positive malaria smear and rapid test, "
        "parasite density and blood group without references, diagnosis and a queried diagnosis in the clinical "
        "details, culture in progress, a sent-out serology and a sample not received)",
        "d/m/Y",
        lang="Malagasy",
        comma=True,
    )
    d.letterhead(
        "CHU Analankininina – Toamasina",
        ["Laboratoara fitiliana – Sampana Biolojia", "BP 302, Toamasina 501"],
        right=["VOKATRY NY FITILIANA", "Laharana: 26-0311-042"],
        size=12.5,
        color=(0.45, 0.1, 0.1),
    )
    iso = "2026-03-11"
    d.kv(
        [
            ("Anarana:", "Rasoanirina Hanitra Vololona"),
            ("Taona:", "34 taona – Vavy"),
            ("Sampana:", "Fitsaboana anatiny"),
            ("Daty nakana:", "11/03/2026, 07:40"),
        ],
        lw=80,
    )
    d.kv(
        [
            ("Dokotera nangataka:", "Dr. Randrianarisoa Fidy"),
            ("Fanazavana ara-pitsaboana:", "Diabeta karazana 2 (E11); tazomoka mahery vaika?"),
        ],
        cols=1,
        lw=156,
    )
    d.cond("Diabeta karazana 2", "active", "E11", ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "tazomoka mahery vaika", "other", "queried severe malaria")
    d.para(
        "Fanamarihana: Ambony / Ambany – ambonin'ny / ambanin'ny sanda ara-dalàna; Tsy ara-dalàna – vokatra tsy "
        "mety (positif).",
        8,
    )
    hdr = ["Fitiliana", "Vokatra", "Singa", "Sanda ara-dalàna", "Fanamarihana"]
    wd = [2.5, 1.2, 1.1, 1.8, 1.3]
    d.title("HEMATOLOJIA (NFS)", 10)
    rows = [
        ("Hémoglobine", ["Haemoglobin"], "9,6", "g/dl", "12,0 – 16,0", 12.0, 16.0, None, "Ambany"),
        ("Hématocrite", ["Haematocrit"], "29", "%", "36 – 46", 36.0, 46.0, None, "Ambany"),
        ("Leucocytes", ["White cell count"], "12 400", "/mm³", "4 000 – 10 000", 4000.0, 10000.0, None, "Ambony",
         12400.0),
        ("Plaquettes", ["Platelets"], "88 000", "/mm³", "150 000 – 400 000", 150000.0, 400000.0, None, "Ambany",
         88000.0),
        ("Taux de prothrombine (TP)", ["Prothrombin ratio"], "64", "%", "70 – 100", 70.0, 100.0, None, "Ambany"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.9)
    d.title("BIOKIMIA", 10)
    rows = [
        ("Glycémie", ["Glucose"], "0,92", "g/l", "0,70 – 1,10", 0.7, 1.1, None, ""),
        ("Urée", ["Urea"], "0,52", "g/l", "0,15 – 0,45", 0.15, 0.45, None, "Ambony"),
        ("Créatininémie", ["Creatinine"], "14", "mg/l", "6 – 12", 6.0, 12.0, None, "Ambony"),
        ("Natrémie", ["Sodium"], "132", "mmol/l", "135 – 145", 135.0, 145.0, None, "Ambany"),
        ("Kaliémie", ["Potassium"], "3,9", "mmol/l", "3,5 – 5,0", 3.5, 5.0, None, ""),
        ("Bilirubine totale", ["Total bilirubin"], "21", "mg/l", "< 10", None, 10.0, "< 10", "Ambony"),
        ("ASAT", ["Aspartate aminotransferase"], "48", "UI/l", "< 35", None, 35.0, "< 35", "Ambony"),
        ("CRP", ["C-reactive protein"], "96", "mg/l", "< 6", None, 6.0, "< 6", "Ambony"),
        ("Procalcitonine", ["Procalcitonin"], "4,2", "ng/ml", "< 0,5", None, 0.5, "< 0,5", "Ambony"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.9)
    d.title("PARASITOLOJIA", 10)
    rows = [
        ("Goutte épaisse (GE)", ["Malaria thick smear"], "Positive", None, "Négative", None, None, "Négative",
         "Tsy ara-dalàna", None),
        ("Densité parasitaire", ["Malaria parasite density"], "18 600", "parasites/µl", "", None, None, None, "",
         18600.0),
        ("TDR paludisme", ["Malaria rapid diagnostic test"], "Positif", None, "Négatif", None, None, "Négatif",
         "Tsy ara-dalàna", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.9)
    d.para("Karazana hita: Plasmodium falciparum (trophozoïtes).", 8.5)
    d.title("SEROLOJIA / IMMUNO-HEMATOLOJIA", 10)
    rows = [
        ("Antigène HBs", ["Hepatitis B surface antigen"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("Groupe sanguin", ["Blood group"], "O Rhésus positif", None, "", None, None, None, "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.9)
    d.title("Vokatra mbola andrasana", 10)
    d.table(
        ["Fitiliana", "Toe-javatra"],
        [
            ["Hémoculture", "eo am-pambolena – vokatra afaka 48–72 ora"],
            ["Sérologie dengue (NS1 / IgM)", "nalefa any amin'ny Institut Pasteur de Madagascar – mbola andrasana"],
            ["ECBU", "tsy tonga tao amin'ny laboratoara ny santionany"],
        ],
        [2.4, 5],
        size=8.2,
    )
    d.no("labs", "Hémoculture", "other", "culture in progress")
    d.no("labs", "Sérologie dengue (NS1 / IgM)", "other", "sent to Institut Pasteur, awaited")
    d.no("labs", "ECBU", "other", "sample not received")
    d.para("Biolojista: Dr. Rakotomalala Voahangy – Nankatoavina " + d.d(iso) + ", 14:05.", 8)
    return d

# ---------------------------------------------------------------------------- 05 Esch-sur-Alzette
@document
def d05():
    d = Doc(
        5,
        "esch_sur_alzette_lab_flagcol",
        "Luxembourg (Esch-sur-Alzette)",
        "lab_result",
        "lab report in Luxembourgish (single date, héich / déif in a Markéierung column with a legend, lipid, liver, "
        "iron, hormone and vitamin results, a thousands point in a ferritin, diagnosis and a queried diagnosis in the "
        "clinical information, a sent-out genotype and a haemolysed sample)",
        "d/m/Y",
        lang="Luxembourgish",
        comma=True,
    )
    d.letterhead(
        "Minett Labo – Medezinesch Analysen",
        ["14, rue de l'Alzette, L-4011 Esch-Uelzecht", "Tel. 54 88 20-1 – Prouwenhuelen am Labo an doheem"],
        right=["ANALYSERESULTATER", "Dossier Nr. 260312-0388"],
        size=12.5,
        color=(0.0, 0.3, 0.5),
    )
    iso = "2026-03-12"
    d.kv(
        [
            ("Patient:", "Marc Hoffmann"),
            ("Gebuer:", "17/08/1961"),
            ("Prouf geholl:", "12/03/2026, 07:50"),
            ("Nüchter:", "jo (12 Stonnen)"),
        ],
        lw=80,
    )
    d.kv(
        [
            ("Uerdnenden Dokter:", "Dr. Claude Wagner, Allgemengmedezin, Diddeleng"),
            ("Klinesch Informatioun:", "E78.2 Gemëschte Hyperlipidämie; Hämochromatos?"),
        ],
        cols=1,
        lw=124,
    )
    d.cond("Gemëschte Hyperlipidämie", "active", "E78.2", ["mixed hyperlipidaemia"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "Hämochromatos", "other", "queried on the request")
    d.para("Markéierung: héich / déif = iwwer / ënner dem Referenzberäich.", 8)
    hdr = ["Analys", "Resultat", "Eenheet", "Referenzberäich", "Markéierung"]
    wd = [2.6, 1.1, 1.3, 1.6, 1.2]
    d.title("Hämatologie", 10)
    rows = [("Hämoglobin", ["Haemoglobin"], "15,8", "g/dl", "13,5 – 17,5", 13.5, 17.5, None, "")]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("Klinesch Chimie", 10)
    rows = [
        ("Glukos (nüchter)", ["Fasting glucose"], "104", "mg/dl", "70 – 99", 70.0, 99.0, None, "héich"),
        ("HbA1c", [], "5,9", "%", "4,0 – 5,6", 4.0, 5.6, None, "héich"),
        ("Kreatinin", ["Creatinine"], "1,02", "mg/dl", "0,70 – 1,20", 0.7, 1.2, None, ""),
        ("eGFR (CKD-EPI)", ["eGFR"], "78", "ml/min/1,73m²", "> 90", 90.0, None, "> 90", "déif"),
        ("Harnsaier", ["Uric acid"], "7,8", "mg/dl", "3,4 – 7,0", 3.4, 7.0, None, "héich"),
        ("Gamma-GT", ["Gamma-glutamyl transferase"], "94", "U/l", "< 60", None, 60.0, "< 60", "héich"),
        ("ALAT (GPT)", ["Alanine aminotransferase"], "41", "U/l", "< 50", None, 50.0, "< 50", ""),
        ("Gesamtcholesterin", ["Total cholesterol"], "242", "mg/dl", "< 190", None, 190.0, "< 190", "héich"),
        ("LDL-Cholesterin", ["LDL cholesterol"], "168", "mg/dl", "< 115", None, 115.0, "< 115", "héich"),
        ("HDL-Cholesterin", ["HDL cholesterol"], "38", "mg/dl", "> 45", 45.0, None, "> 45", "déif"),
        ("Triglyzeriden", ["Triglycerides"], "186", "mg/dl", "< 150", None, 150.0, "< 150", "héich"),
        ("CRP", ["C-reactive protein"], "3,1", "mg/l", "< 5", None, 5.0, "< 5", ""),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("Eisestoffwiessel", 10)
    rows = [
        ("Eisen", ["Iron"], "198", "µg/dl", "65 – 175", 65.0, 175.0, None, "héich"),
        ("Ferritin", [], "1.120", "µg/l", "30 – 400", 30.0, 400.0, None, "héich", 1120.0),
        ("Transferrinsättigung", ["Transferrin saturation"], "58", "%", "20 – 45", 20.0, 45.0, None, "héich"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("Hormonen a Vitaminnen", 10)
    rows = [
        ("TSH", ["Thyroid stimulating hormone"], "2,14", "mU/l", "0,27 – 4,20", 0.27, 4.2, None, ""),
        ("Vitamin D (25-OH)", ["25-hydroxyvitamin D"], "18", "ng/ml", "30 – 100", 30.0, 100.0, None, "déif"),
        ("PSA (total)", ["Prostate-specific antigen"], "1,8", "ng/ml", "< 4,0", None, 4.0, "< 4,0", ""),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("Net ofgeschloss Analysen", 10)
    d.table(
        ["Analys", "Status"],
        [
            ["HFE-Genotypiséierung", "geschéckt an de Laboratoire national de santé (LNS) – Resultat follegt"],
            ["Lipoprotein(a)", "Prouf hemolyséiert – net gemooss, w.e.g. nei ofhuelen"],
        ],
        [2.4, 5],
        size=8.2,
    )
    d.no("labs", "HFE-Genotypiséierung", "other", "sent to the LNS, result to follow")
    d.no("labs", "Lipoprotein(a)", "other", "haemolysed sample, not measured")
    d.para("Validéiert: Dr. Anne Schmit, Biologist. Gedréckt den " + d.d(iso) + " um 15:10.", 8)
    return d

# ---------------------------------------------------------------------------- 06 Antrim
@document
def d06():
    d = Doc(
        6,
        "antrim_lithium_monitoring_scan",
        "Northern Ireland (County Antrim, Antrim)",
        "lab_result",
        "cumulative blood monitoring for lithium (4 dates as columns, newest first, H / L after the value, clinical "
        "details on the request, queried hypothyroidism and an NSAID warning in a comment, an added-on test to follow, "
        "GP's handwritten note with a dose change, a new medicine and a planned repeat test; scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": -2.1},
    )
    d.letterhead(
        "Northern Health and Social Care Trust",
        ["Clinical Biochemistry – Antrim Area Hospital, 45 Bush Road, Antrim BT41 2RL", "Duty biochemist: ext. 2417"],
        right=["CUMULATIVE REPORT", "Lithium monitoring"],
        size=13,
        color=(0.1, 0.2, 0.45),
    )
    d.kv(
        [
            ("Patient:", "McCLEAN, Siobhan Mary"),
            ("H&C No:", "645 118 2093"),
            ("DOB:", "22/04/1974"),
            ("Copy to:", "CMHT Ballymena"),
        ],
        lw=64,
    )
    d.kv(
        [
            ("Requested by:", "Dr K. Devlin, Ballymena Health Centre"),
            ("Clinical details:", "Bipolar affective disorder on Priadel 800 mg nocte – 3-monthly lithium monitoring"),
        ],
        cols=1,
        lw=92,
    )
    d.cond("Bipolar affective disorder", "active", None)
    d.conds[-1]["optional"] = True
    d.para("H / L = above / below the reference range. Most recent result on the left. Lithium samples should be "
           "taken 12 hours after the last dose.", 8)
    dates = ["2026-03-09", "2026-02-25", "2025-12-10", "2025-09-10"]
    rows = [
        ("Lithium", [], "mmol/L", "0.4-1.0", 0.4, 1.0, None, ["1.18 H", "0.94", "0.71", "0.62"]),
        ("Sodium", [], "mmol/L", "133-146", 133.0, 146.0, None, ["136", "138", "139", "140"]),
        ("Creatinine", [], "umol/L", "45-84", 45.0, 84.0, None, ["112 H", "96 H", "88 H", "81"]),
        ("eGFR", [], "mL/min/1.73m2", ">90", 90.0, None, ">90", ["48 L", "58 L", "64 L", "71 L"]),
        ("Adjusted calcium", ["Calcium"], "mmol/L", "2.20-2.60", 2.2, 2.6, None, ["2.66 H", "2.55", "2.48", "2.41"]),
        ("TSH", ["Thyroid stimulating hormone"], "mU/L", "0.30-4.20", 0.3, 4.2, None, ["6.9 H", "5.6 H", "—", "2.8"]),
        ("Free T4", ["Free thyroxine"], "pmol/L", "12.0-22.0", 12.0, 22.0, None, ["11.2 L", "12.4", "—", "14.8"]),
    ]
    tab = cumul(d, rows, dates)
    d.title("Results", 10.5)
    d.table(
        ["Test"] + [d.d(x) for x in dates] + ["Units", "Ref. range"],
        tab,
        [1.6, 1.1, 1.1, 1.1, 1.1, 1.2, 1.0],
        size=7.9,
    )
    d.title("Comments", 10)
    d.para(
        d.d("2026-03-09") + ": Lithium 1.18 mmol/L is above the usual target range – please confirm the timing of the "
        "sample and review the dose. Rising TSH with a low free T4: ?lithium-induced hypothyroidism. Creatinine rising "
        "over 6 months. Please avoid ibuprofen and other NSAIDs while on lithium. PTH – added on, result to follow.",
        8.8,
    )
    d.no("conditions", "lithium-induced hypothyroidism", "other", "queried in the comment")
    d.no("medications", "ibuprofen", "other", "advised to avoid")
    d.no("labs", "PTH", "other", "added on, to follow")
    d.para("Authorised by: Dr Ruth Gilmore, Consultant Chemical Pathologist. Printed " + d.d("2026-03-09") + " 17:05.",
           8)
    d.gap(14)
    d.hand_line("GP:", "10/3 - d/w psychiatry (Dr Quinn): reduce Priadel to 600 mg nocte.", 11)
    d.hand_line("", "Start levothyroxine 25 mcg od. Repeat lithium + U&E in 1/52. KD", 11)
    d.med("Priadel", "Priadel", "600", "mg", None, "nocte", "changed")
    d.meds[-1]["aliases"] = ["lithium carbonate"]
    d.med("levothyroxine", None, "25", "mcg", None, "od", "new")
    d.no("labs", "U&E", "planned", "repeat in 1 week")
    return d

# ---------------------------------------------------------------------------- 07 Hargeisa
@document
def d07():
    d = Doc(
        7,
        "hargeisa_antenatal_card",
        "Somaliland (Somalia, Hargeisa)",
        "medical_record",
        "antenatal care card in Somali (date format stated, booking results with Hoose in a Calaamad column and a "
        "legend, Taban results matching the reference, blood group without a reference, handwritten visit notes with "
        "vitals and a HemoCue haemoglobin, Td doses 1 and 2, new medicines, a dewormer swallowed at the clinic, planned "
        "test, past pregnancy hypertension, family history, negated bleeding)",
        "d/m/Y",
        lang="Somali",
    )
    d.letterhead(
        "ISBITAALKA GUUD EE HARGEYSA",
        ["Qaybta Daryeelka Hooyada iyo Dhallaanka (MCH)", "Wasaaradda Horumarinta Caafimaadka – Hargeysa"],
        right=["KAADHKA DARYEELKA UURKA", "(ANC) Lambar 2026/0418"],
        size=13,
        color=(0.0, 0.35, 0.6),
    )
    d.kv(
        [
            ("Magaca hooyada:", Hand("Hodan Cabdi Warsame")),
            ("Da'da:", Hand("27 sano")),
            ("Uurka / dhalmada:", Hand("G3 P2")),
            ("Caadadii u dambeysay (LMP):", Hand("02/09/2025")),
            ("Taariikhda dhalmada la filayo:", Hand("09/06/2026")),
        ],
        cols=1,
        lw=168,
    )
    d.para("Taariikhaha oo dhan waxaa lagu qoraa: maalin/bil/sannad.", 8)
    d.title("Taariikhda caafimaadka", 10.5)
    d.kv(
        [
            ("Xasaasiyad:", Hand("Penicillin – finan iyo cuncun")),
            ("Cudurro hore:", Hand("Dhiig-kar uurkii 2023 – hadda ma jiro")),
            ("Taariikhda qoyska:", Hand("hooyadeed – sonkorow")),
            ("Dhalmooyinkii hore:", Hand("2 dhalmo caadi ah (2021, 2023)")),
        ],
        cols=1,
        lw=120,
    )
    d.alg("Penicillin", "finan iyo cuncun")
    d.no("conditions", "Dhiig-kar uurkii", "historical", "pregnancy hypertension 2023, not present now")
    d.no("conditions", "sonkorow", "family", "mother")
    booking = "2025-11-18"
    d.title("Baaritaannada booqashada koowaad (" + d.d(booking) + ")", 10.5)
    d.para("Calaamad: Hoose / Sare – ka hooseeya / ka sarreeya qiyaasta caadiga ah. Taban = negative, Togan = "
           "positive.", 8)
    neg = "Taban"
    rows = [
        ("Hemoglobin (Hb)", ["Haemoglobin"], "9.8", "g/dL", "11.0 – 14.0", 11.0, 14.0, None, "Hoose"),
        ("Kooxda dhiigga", ["Blood group"], "A Rh+", None, "", None, None, None, "", None),
        ("HIV (baaritaan degdeg ah)", ["HIV rapid test"], neg, None, neg, None, None, neg, "", None),
        ("Syphilis (RPR)", [], neg, None, neg, None, None, neg, "", None),
        ("HBsAg", ["Hepatitis B surface antigen"], neg, None, neg, None, None, neg, "", None),
        ("Hepatitis C (anti-HCV)", [], neg, None, neg, None, None, neg, "", None),
        ("Sonkorta dhiigga (RBS)", ["Random blood glucose"], "96", "mg/dL", "70 – 140", 70.0, 140.0, None, ""),
        ("Kaadi – borotiin", ["Urine protein"], neg, None, neg, None, None, neg, "", None),
        ("Kaadi – sonkor", ["Urine glucose"], neg, None, neg, None, None, neg, "", None),
        ("Kaadi – unugyada cad", ["Urine leukocytes"], neg, None, neg, None, None, neg, "", None),
    ]
    d.table(
        ["Baaritaan", "Natiijo", "Cabbir", "Qiyaasta caadiga ah", "Calaamad"],
        labrows(d, rows, booking),
        [2.6, 1.2, 0.9, 1.7, 1.0],
        size=8.1,
    )
    d.title("Tallaalka Td (teetanada iyo gawracatada)", 10.5)
    today = "2026-03-12"
    d.table(
        ["Qiyaas", "Taariikh", "Xusuus"],
        [["Td 1", Hand(d.d(booking)), ""], ["Td 2", Hand(d.d(today)), Hand("maanta la siiyay")]],
        [1.2, 2, 3],
        size=8.4,
    )
    d.imm("Td", booking, 1, None, None, amb=_amb(d.style, booking))
    d.imm("Td", today, 2, None, None, amb=_amb(d.style, today))
    d.imms[0]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.imms[1]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.title("Booqashada maanta – " + d.d(today) + " (uur 27 toddobaad)", 10.5)
    d.hand_line("BP:", "110/70 mmHg    Garaaca wadnaha: 88/daq", 10.5)
    d.hand_line("Heerkulka:", "36.7 °C    Miisaanka: 61 kg", 10.5)
    d.vit("blood_pressure", "110/70", 110.0, 70.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "/daq")
    d.vit("temperature", "36.7", 36.7, None, "°C")
    d.vit("weight", "61", 61.0, None, "kg")
    d.hand_line("Dhererka ilmo-galeenka:", "27 cm    Garaaca wadnaha ilmaha: 142/daq", 10.5)
    d.hand_line("Hb (HemoCue):", "9.6 g/dL", 10.5)
    d.lab("Hb (HemoCue)", "9.6", "g/dL", None, None, None, None, today, ["Haemoglobin"])
    d.hand_line("Cabashada:", "wax cabasho ah ma jirto. Ma jirto dhiig-bax.", 10.5)
    d.no("conditions", "dhiig-bax", "negated", "no bleeding")
    d.hand_line("Qiimeyn:", "Dhiig-yari uurka", 10.5)
    d.cond("Dhiig-yari uurka", "active", None, ["anaemia in pregnancy"])
    d.hand_line("Daawo:", "IFA (Ferrous sulphate 200 mg + Folic acid 0.4 mg) – 1 kiniin", 10.5)
    d.hand_line("", "maalintii, 30 kiniin la siiyay", 10.5)
    d.med("IFA", None, None, None, None, "1 kiniin maalintii", "new")
    d.meds[-1]["aliases"] = ["ferrous sulphate + folic acid"]
    d.hand_line("", "Calcium carbonate 500 mg – 1 kiniin 2 jeer maalintii", 10.5)
    d.med("Calcium carbonate", None, "500", "mg", None, "1 kiniin 2 jeer maalintii", "new")
    d.hand_line("", "Mebendazole 500 mg – hal mar, maanta la liqay", 10.5)
    d.no("medications", "Mebendazole", "other", "single dose swallowed at the clinic")
    d.hand_line("Qorshaha:", "OGTT booqashada xigta (28 toddobaad). Soo noqo 26/03/2026.", 10.5)
    d.no("labs", "OGTT", "planned", "next visit")
    d.hand_line("Umulisada:", "Sahra Maxamed Jaamac", 10.5)
    return d

# ---------------------------------------------------------------------------- 08 Connemara
@document
def d08():
    d = Doc(
        8,
        "connemara_internal_medicine_referral",
        "County Galway Gaeltacht (Ireland, An Spidéal)",
        "medical_record",
        "GP referral letter in Irish to a hospital hypertension clinic (resistant hypertension with low potassium, "
        "ICPC-2 coded problem list with an inactive problem, medicines with new and stopped drugs, allergies and an "
        "intolerance, two-date blood table with ard / íseal after the value, a sent-out test, vitals, vaccine given "
        "and one recommended, family history, negations, questions to the specialist)",
        "d/m/Y",
        lang="Irish",
    )
    d.letterhead(
        "Ionad Sláinte an Spidéil",
        ["An Spidéal, Co. na Gaillimhe", "Guthán: 091 553 118 – Facs: 091 553 119"],
        right=["Dr Nuala Ní Chonghaile", "Dochtúir Ginearálta, MICGP"],
        size=14,
        color=(0.0, 0.4, 0.25),
    )
    d.para("Chuig: An Clinic Brú Fola, Roinn an Leighis Ghinearálta, Ospidéal na hOllscoile, Gaillimh")
    d.para("Dáta: " + d.d("2026-03-06"))
    d.kv(
        [
            ("Othar:", "Peadar Ó Flatharta"),
            ("Dáta breithe:", "14/07/1968"),
            ("Seoladh:", "Baile na hAbhann"),
            ("Uimh. MRN:", "GUH 2291047"),
        ],
        lw=80,
    )
    d.para("A Dhochtúir, a chara,")
    d.para(
        "Ba mhaith liom an tUasal Ó Flatharta a atreorú chugat le haghaidh measúnaithe ar bhrú fola ard nach bhfuil "
        "faoi smacht in ainneoin ceithre chógas (féach freisin na torthaí potaisiam thíos). Léirigh "
        "monatóireacht 24 uair (ABPM) i mí "
        "Feabhra go raibh an brú fola ard i gcónaí, de lá agus d'oíche. Glacann sé a chuid cógas go rialta. Níl aon "
        "éidéime ar na cosa agus níl aon chomhartha go bhfuil galar Cushing air."
    )
    d.no("conditions", "éidéime", "negated", "no leg oedema")
    d.no("conditions", "galar Cushing", "negated", "no features of Cushing's disease")
    d.title("Liosta fadhbanna (ICPC-2)", 10.5)
    d.table(
        ["Cód", "Fadhb", "Ó", "Stádas"],
        [
            ["K86", "Brú fola ard", "2015", "gníomhach"],
            ["T90", "Diaibéiteas de chineál 2", "2019", "gníomhach"],
            ["T93", "Hipearlipidéime", "2019", "gníomhach"],
            ["T82", "Murtall", "2019", "gníomhach"],
            ["K75", "Taom croí – stent", "2019", "neamhghníomhach"],
        ],
        [0.7, 3.6, 0.8, 1.5],
        size=8.4,
    )
    d.cond("Brú fola ard", "active", None, ["hypertension"])
    d.cond("Diaibéiteas de chineál 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hipearlipidéime", "active", None, ["hyperlipidaemia"])
    d.cond("Murtall", "active", None, ["obesity"])
    d.no("conditions", "Taom croí", "historical", "2019, stent, inactive")
    d.title("Cógais reatha", 10.5)
    d.table(
        ["Cógas", "Dáileog", "Minicíocht", "Nóta"],
        [
            ["Amlodipine", "10 mg", "uair sa lá", ""],
            ["Ramipril", "10 mg", "uair sa lá", ""],
            ["Doxazosin", "4 mg", "uair sa lá", "nua – tosaithe 10/02/2026"],
            ["Metformin", "1 g", "dhá uair sa lá", ""],
            ["Atorvastatin", "40 mg", "san oíche", ""],
            ["Aspirin", "75 mg", "uair sa lá", ""],
            ["Slow-K", "600 mg", "2 thaibléad, dhá uair sa lá", "nua – tosaithe 20/02/2026"],
            ["Indapamide", "2.5 mg", "—", "stoptha 02/2026 (féach potaisiam thíos)"],
        ],
        [1.8, 1.0, 2.2, 2.8],
        size=8.4,
    )
    d.med("Amlodipine", None, "10", "mg", None, "uair sa lá")
    d.med("Ramipril", None, "10", "mg", None, "uair sa lá")
    d.med("Doxazosin", None, "4", "mg", None, "uair sa lá", "new")
    d.med("Metformin", None, "1", "g", None, "dhá uair sa lá")
    d.med("Atorvastatin", None, "40", "mg", None, "san oíche")
    d.med("Aspirin", None, "75", "mg", None, "uair sa lá")
    d.med("Slow-K", "Slow-K", "600", "mg", None, "2 thaibléad, dhá uair sa lá", "new")
    d.meds[-1]["aliases"] = ["potassium chloride"]
    d.med("Indapamide", None, "2.5", "mg", None, None, "stopped")
    d.no("medications", "Indapamide", "stopped", "stopped 02/2026 because of low potassium")
    d.title("Ailléirgí", 10.5)
    d.bullets(["Peinicillin – gríos craicinn", "Codeine – masmas agus urlacan (éadulaingt)"])
    d.alg("Peinicillin", "gríos craicinn")
    d.alg("Codeine", "masmas agus urlacan")
    d.title("Torthaí fola", 10.5)
    d.para("ard / íseal – os cionn / faoi bhun an raoin thagartha.", 8)
    d1, d2 = "2025-11-20", "2026-02-24"
    rows = [
        ("Sóidiam", ["Sodium"], "mmol/L", "135 – 145", 135.0, 145.0, None, ["144", "146 ard"]),
        ("Potaisiam", ["Potassium"], "mmol/L", "3.5 – 5.3", 3.5, 5.3, None, ["3.4 íseal", "3.1 íseal"]),
        ("Craitinín", ["Creatinine"], "µmol/L", "59 – 104", 59.0, 104.0, None, ["82", "86"]),
        ("eGFR", [], "mL/min/1.73m²", "> 60", 60.0, None, "> 60", ["88", "84"]),
        ("HbA1c", [], "mmol/mol", "< 48", None, 48.0, "< 48", ["58 ard", "55 ard"]),
        ("Colaistéaról LDL", ["LDL cholesterol"], "mmol/L", "< 1.8", None, 1.8, "< 1.8", ["—", "2.4 ard"]),
    ]
    d.table(
        ["Tástáil", d.d(d1), d.d(d2), "Aonad", "Raon tagartha"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.2, 1.2, 1.2, 1.3, 1.3],
        size=8.4,
    )
    cumul(d, rows, [d1, d2])
    d.para("Tá tástáil aldastarón/rinín (ARR) seolta chuig Ospidéal Beaumont – níl na torthaí ar fáil fós.")
    d.no("labs", "aldastarón/rinín (ARR)", "other", "sent to Beaumont, awaited")
    d.title("Comharthaí beatha (" + d.d("2026-03-06") + ")", 10.5)
    d.para("Brú fola 168/102 mmHg (ina shuí), cuisle 76/nóim, meáchan 98 kg, BMI 33.1.")
    d.vit("blood_pressure", "168/102", 168.0, 102.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/nóim")
    d.vit("weight", "98", 98.0, None, "kg")
    d.vit("bmi", "33.1", 33.1, None, None)
    d.title("Vacsaíní agus stair teaghlaigh", 10.5)
    d.para(
        "Vacsaín fliú tugtha 14/10/2025. Vacsaín niúmacocach (PPV23) molta – níor tugadh fós. Fuair a athair stróc "
        "ag 58 bliain d'aois."
    )
    d.imm("Vacsaín fliú", "2025-10-14", None, None, None, amb=_amb(d.style, "2025-10-14"))
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.no("immunizations", "Vacsaín niúmacocach (PPV23)", "due", "recommended, not yet given")
    d.no("conditions", "stróc", "family", "father at 58")
    d.title("Ceisteanna", 10.5)
    d.bullets(
        [
            "An bhféadfadh gur hipearaildastarónachas príomhúil atá i gceist?",
            "Ar cheart spironolactone a thosú anois, nó fanacht le torthaí an ARR?",
        ]
    )
    d.no("conditions", "hipearaildastarónachas príomhúil", "other", "question to the specialist")
    d.no("medications", "spironolactone", "planned", "question to the specialist")
    d.para("Go raibh míle maith agat as é a fheiceáil.")
    d.signature("Dr Nuala Ní Chonghaile", "Dochtúir Ginearálta – Ionad Sláinte an Spidéil", hand=False)
    return d

# ---------------------------------------------------------------------------- 09 Mthatha
@document
def d09():
    d = Doc(
        9,
        "mthatha_diabetes_clinic_report",
        "Eastern Cape (South Africa, Mthatha)",
        "medical_record",
        "diabetes clinic report in isiXhosa (diagnoses with ICD-10 codes and a healed foot ulcer, vitals with a height "
        "in metres, single-date lab table with Phezulu / Phantsi in a flag column, continued, increased, new and "
        "stopped medicines, a medicine to be considered later, allergies, flu vaccine given and a pneumococcal vaccine "
        "recommended, family history, negated retinopathy, planned lipogram)",
        "Y/m/d",
        lang="Xhosa",
        comma=True,
    )
    d.letterhead(
        "Nelson Mandela Academic Hospital",
        ["Ikliniki yeSifo seSwekile – Sisson Street, Mthatha, 5099", "Ikliniki: ngoLwesibini nangoLwesine"],
        right=["INGXELO YEKLINIKI", "Inombolo: NMAH 0448213"],
        size=14,
        color=(0.2, 0.3, 0.1),
    )
    visit, coll = "2026-03-10", "2026-03-03"
    d.kv(
        [
            ("Igama:", "Nomvula Mqhayi"),
            ("Umhla wokuzalwa:", "1963/05/21"),
            ("Umhla wotyelelo:", d.d(visit)),
            ("Ugqirha:", "Dr S. Jola"),
        ],
        lw=100,
    )
    d.para(
        "UNkosikazi Mqhayi ubonwe namhlanje kwikliniki ukuze kulandelwe unyango lwakhe. Uthi uziva engcono kodwa "
        "unentlungu evuthayo ezinyaweni ebusuku. Akukho retinopathy kuvavanyo lwamehlo lwango-2025/11."
    )
    d.no("conditions", "retinopathy", "negated", "eye screening 2025/11")
    d.title("Uxilongo", 10.5)
    d.table(
        ["ICD-10", "Isifo"],
        [
            ["E11.4", "Isifo seswekile sohlobo lwesi-2 esinengxaki yemithambo-luvo"],
            ["I10", "Uxinzelelo lwegazi oluphezulu"],
            ["N18.3", "Isifo sezintso esinganyangekiyo, inqanaba 3a"],
            ["E78.5", "Amanqatha aphezulu egazini"],
            ["—", "Isilonda onyaweni lwasekhohlo (2023) – siphilile"],
        ],
        [0.9, 6],
        size=8.5,
    )
    d.cond("Isifo seswekile sohlobo lwesi-2 esinengxaki yemithambo-luvo", "active", "E11.4",
           ["type 2 diabetes mellitus with neuropathy"])
    d.cond("Uxinzelelo lwegazi oluphezulu", "active", "I10", ["hypertension"])
    d.cond("Isifo sezintso esinganyangekiyo, inqanaba 3a", "active", "N18.3", ["chronic kidney disease stage 3a"])
    d.cond("Amanqatha aphezulu egazini", "active", "E78.5", ["hyperlipidaemia"])
    d.no("conditions", "Isilonda onyaweni lwasekhohlo", "historical", "2023, healed")
    d.title("Iimpawu zobomi", 10.5)
    d.para("Uxinzelelo lwegazi: 148/86 mmHg; ukubetha kwentliziyo: 82/ngomzuzu; ubunzima: 94 kg; ubude: 1,68 m; "
           "BMI: 33,3.")
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.vit("heart_rate", "82", 82.0, None, "/ngomzuzu")
    d.vit("weight", "94", 94.0, None, "kg")
    d.vit("height", "1,68", 1.68, None, "m")
    d.vit("bmi", "33,3", 33.3, None, None)
    d.title("Iziphumo zegazi (" + d.d(coll) + ")", 10.5)
    d.para("Phezulu / Phantsi – ngaphezulu / ngaphantsi koluhlu oluqhelekileyo.", 8)
    rows = [
        ("HbA1c", [], "9,2", "%", "< 7,0", None, 7.0, "< 7,0", "Phezulu"),
        ("Iglukosi (ngaphambi kokutya)", ["Fasting glucose"], "11,8", "mmol/L", "3,9 – 5,5", 3.9, 5.5, None,
         "Phezulu"),
        ("Creatinine", [], "112", "µmol/L", "49 – 90", 49.0, 90.0, None, "Phezulu"),
        ("eGFR", [], "52", "ml/min/1,73m²", "> 60", 60.0, None, "> 60", "Phantsi"),
        ("Potassium", [], "4,9", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("Total cholesterol", [], "5,8", "mmol/L", "< 5,0", None, 5.0, "< 5,0", "Phezulu"),
        ("LDL cholesterol", [], "3,4", "mmol/L", "< 1,8", None, 1.8, "< 1,8", "Phezulu"),
        ("UACR", ["Urine albumin/creatinine ratio"], "28,4", "mg/mmol", "< 3,0", None, 3.0, "< 3,0", "Phezulu"),
        ("Haemoglobin", [], "12,4", "g/dL", "12,0 – 15,0", 12.0, 15.0, None, ""),
    ]
    d.table(
        ["Uvavanyo", "Isiphumo", "Iyunithi", "Uluhlu oluqhelekileyo", ""],
        labrows(d, rows, coll),
        [2.6, 1.1, 1.3, 1.8, 0.9],
        size=8.2,
    )
    d.title("Amayeza", 10.5)
    d.table(
        ["Iyeza", "Idosi", "Ixesha", "Inqaku"],
        [
            ["Metformin", "850 mg", "kabini ngemini", "iyaqhubeka"],
            ["Gliclazide MR", "60 mg", "kanye ngemini ekuseni", "idosi inyusiwe (ngaphambili 30 mg)"],
            ["Insulin glargine (Lantus)", "10 units", "ebusuku", "intsha – iqalwe namhlanje"],
            ["Enalapril", "20 mg", "kanye ngemini", "iyaqhubeka"],
            ["Amlodipine", "10 mg", "kanye ngemini", "iyaqhubeka"],
            ["Atorvastatin", "40 mg", "ebusuku", "intsha (endaweni ye-simvastatin)"],
            ["Simvastatin", "20 mg", "—", "iyekiwe"],
            ["Amitriptyline", "25 mg", "ebusuku", "iyaqhubeka"],
        ],
        [2.2, 1.0, 1.8, 2.8],
        size=8.3,
    )
    d.med("Metformin", None, "850", "mg", None, "kabini ngemini")
    d.med("Gliclazide MR", None, "60", "mg", None, "kanye ngemini ekuseni", "changed")
    d.med("Insulin glargine", "Lantus", "10", "units", None, "ebusuku", "new")
    d.med("Enalapril", None, "20", "mg", None, "kanye ngemini")
    d.med("Amlodipine", None, "10", "mg", None, "kanye ngemini")
    d.med("Atorvastatin", None, "40", "mg", None, "ebusuku", "new")
    d.med("Simvastatin", None, "20", "mg", None, None, "stopped")
    d.med("Amitriptyline", None, "25", "mg", None, "ebusuku")
    d.no("medications", "Simvastatin", "stopped", "replaced by atorvastatin")
    d.para("Dapagliflozin (Forxiga) 10 mg – kuza kuqwalaselwa kutyelelo olulandelayo ukuba i-eGFR izinzile.")
    d.no("medications", "Dapagliflozin", "planned", "to be considered at the next visit")
    d.title("Iialeji, izitofu kunye nembali yosapho", 10.5)
    d.bullets(
        [
            "Ialeji: Co-trimoxazole (Bactrim) – ukuqhuma kolusu; Ibuprofen – ukudumba kobuso.",
            "Isitofu somkhuhlane (Vaxigrip Tetra) sinikiwe namhlanje. Isitofu se-pneumococcal (PCV) sicetyisiwe – "
            "asikanikwa.",
            "Imbali yosapho: umhlaza webele (umama).",
        ]
    )
    d.alg("Co-trimoxazole", "ukuqhuma kolusu")
    d.alg("Ibuprofen", "ukudumba kobuso")
    d.imm("Isitofu somkhuhlane", visit, None, None, "Vaxigrip Tetra")
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.no("immunizations", "Isitofu se-pneumococcal (PCV)", "due", "recommended, not given")
    d.no("conditions", "umhlaza webele", "family", "mother")
    d.title("Isicwangciso", 10.5)
    d.para("ILipogram kwiinyanga ezi-3. Ukubuya kwikliniki: " + d.d("2026-06-09") + ".")
    d.no("labs", "Lipogram", "planned", "in 3 months")
    d.signature("Dr S. Jola", "Ugqirha weKliniki yeSifo seSwekile", hand=True)
    return d

# ---------------------------------------------------------------------------- 10 Upolu
@document
def d10():
    d = Doc(
        10,
        "upolu_visitor_discharge_summary",
        "Samoa (Upolu, Apia)",
        "discharge_summary",
        "discharge summary in Samoan for a visitor from New Zealand (cellulitis after a coral cut, newly found "
        "diabetes, resolved acute kidney injury, admission / discharge labs with maualuga / maualalo after the value, "
        "wound swab without a reference, IV antibiotic on the ward, tetanus booster in the emergency department, new, "
        "continued and held medicines, a medicine not to take, negated abscess, planned control test)",
        "d/m/Y",
        lang="Samoan",
    )
    d.letterhead(
        "Falema'i Tupua Tamasese Mea'ole",
        ["Matagaluega o le Soifua Maloloina – Moto'otua, Apia", "Uarota o Gasegase Lautele (Medical Ward)"],
        right=["FA'AMATALAGA O LE TU'UINA ATU", "Numera 26/0771"],
        size=13.5,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Igoa:", "Tavita Leiataua Fuimaono"),
            ("Aso fanau:", "03/11/1979"),
            ("Nofo i:", "Otara, Aukilani (Niu Sila)"),
            ("Foma'i:", "Dr. Sina Tuilagi"),
            ("Aso na ulufale ai:", "07/03/2026"),
            ("Aso na tu'u atu ai:", "12/03/2026"),
        ],
        lw=100,
    )
    d.title("Ma'i na maua", 10.5)
    d.bullets(
        [
            "Cellulitis o le vae taumatau",
            "Ma'i suka (type 2 diabetes) – fa'ato'a maua",
            "Toto maualuga (hypertension)",
            "Fa'aletonu o fatuga'o (AKI) – ua toe lelei",
        ]
    )
    d.cond("Cellulitis o le vae taumatau", "active", None, ["cellulitis of right leg"])
    d.cond("Ma'i suka", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Toto maualuga", "active", None, ["hypertension"])
    d.no("conditions", "Fa'aletonu o fatuga'o (AKI)", "historical", "resolved during the stay")
    d.title("Fa'amatalaga o le togafitiga", 10.5)
    d.para(
        "O se tagata malaga mai Niu Sila. Na manu'a lona vae taumatau i le 'amu a'o aau i Lalomanu i le 03/03/2026. "
        "Na maua le ADT Booster (tetanus) i le Matagaluega o Fa'alavelave Fa'afuase'i i le 07/03/2026. Na tu'uina "
        "atu Cefazolin IV 2 g fa'atolu i le aso mo aso e 4, ona sui lea i le Flucloxacillin i le gutu. Leai se "
        "fa'ailoga o se abscess i le ultrasound. Na taofi le Losartan ona o le fa'aletonu o fatuga'o, ua toe lelei."
    )
    d.imm("ADT Booster", "2026-03-07", None, None, "ADT Booster", amb=_amb(d.style, "2026-03-07"))
    d.imms[-1]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.no("medications", "Cefazolin", "other", "IV on the ward")
    d.no("conditions", "abscess", "negated", "none on ultrasound")
    d.title("Su'esu'ega toto", 10.5)
    d.para("maualuga / maualalo – i luga / i lalo o le tulaga masani.", 8)
    d1, d2 = "2026-03-07", "2026-03-11"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "g/L", "130 – 170", 130.0, 170.0, None, ["142", "136"]),
        ("WBC", ["White cell count"], "×10⁹/L", "4.0 – 11.0", 4.0, 11.0, None, ["16.8 maualuga", "9.2"]),
        ("CRP", ["C-reactive protein"], "mg/L", "< 5", None, 5.0, "< 5", ["148 maualuga", "36 maualuga"]),
        ("Creatinine", [], "µmol/L", "60 – 110", 60.0, 110.0, None, ["124 maualuga", "92"]),
        ("Kulukose", ["Glucose"], "mmol/L", "3.9 – 7.8", 3.9, 7.8, None, ["14.2 maualuga", "9.6 maualuga"]),
        ("Sodium", [], "mmol/L", "135 – 145", 135.0, 145.0, None, ["133 maualalo", "138"]),
        ("HbA1c", [], "%", "< 6.0", None, 6.0, "< 6.0", ["8.9 maualuga", "—"]),
    ]
    d.table(
        ["Su'esu'ega", "Ulufale " + d.d(d1), "A'o le'i alu " + d.d(d2), "Iunite", "Tulaga masani"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [1.6, 1.6, 1.7, 1.0, 1.2],
        size=8.2,
    )
    cumul(d, rows, [d1, d2])
    d.para("Su'esu'ega o le manu'a (wound swab, " + d.d(d1) + "): Staphylococcus aureus (MSSA).")
    d.lab("Su'esu'ega o le manu'a", "Staphylococcus aureus (MSSA)", None, None, None, None, None, d1,
          ["Wound swab culture"], num=None)
    d.title("Tulaga a'o tu'u atu", 10.5)
    d.para("Mamafa o le toto: 132/84 mmHg; tata o le fatu: 78/min; vevela: 36.8 °C; SpO2: 98 %.")
    d.vit("blood_pressure", "132/84", 132.0, 84.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("temperature", "36.8", 36.8, None, "°C")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.para("Allergy: Sulfa – mageso; Figota (shellfish) – fulafula laugutu.")
    d.alg("Sulfa", "mageso")
    d.alg("Figota", "fulafula laugutu")
    d.title("Vailaau e ave i le fale", 10.5)
    d.table(
        ["Vailaau", "Fua", "Taimi", "Fa'amatalaga"],
        [
            ["Flucloxacillin", "500 mg", "fa'afa i le aso mo aso e 5", "fou"],
            ["Metformin", "500 mg", "fa'alua i le aso", "fou"],
            ["Paracetamol", "1 g", "pe a mana'omia (maualuga 4 i le aso)", "fou"],
            ["Amlodipine", "5 mg", "fa'atasi i le aso", "fa'aauau"],
            ["Losartan", "50 mg", "—", "taofi le taimi nei se'ia siaki fatuga'o i Niu Sila"],
        ],
        [1.6, 0.9, 2.4, 2.8],
        size=8.3,
    )
    d.med("Flucloxacillin", None, "500", "mg", None, "fa'afa i le aso mo aso e 5", "new")
    d.med("Metformin", None, "500", "mg", None, "fa'alua i le aso", "new")
    d.med("Paracetamol", None, "1", "g", None, "pe a mana'omia (maualuga 4 i le aso)", "new")
    d.med("Amlodipine", None, "5", "mg", None, "fa'atasi i le aso")
    d.med("Losartan", None, "50", "mg", None, None, "held")
    d.no("medications", "Losartan", "stopped", "held until kidney check in New Zealand")
    d.para("Aua ne'i inu Ibuprofen. Toe siaki le U&E i le GP i Aukilani i le vaiaso e 1.")
    d.no("medications", "Ibuprofen", "other", "not to take")
    d.no("labs", "U&E", "planned", "GP in one week")
    d.signature("Dr. Sina Tuilagi", "Foma'i – Uarota o Gasegase Lautele", hand=False)
    return d

# ---------------------------------------------------------------------------- 11 Regina
@document
def d11():
    d = Doc(
        11,
        "regina_endocrinology_letter",
        "Saskatchewan (Canada, Regina)",
        "medical_record",
        "endocrinology clinic letter to the family physician (type 1 diabetes with impaired hypoglycaemia awareness; "
        "numbered diagnoses with a past DKA, vitals in prose, two-date blood table with H / L after the value and ISO "
        "dates, reduced, new, continued and stopped medicines, conditional insulin switch, planned test, vaccine given "
        "and one recommended, family history, negated neuropathy)",
        "Y-m-d",
    )
    d.letterhead(
        "Regina General Hospital",
        ["Endocrinology & Metabolism Clinic – 1440 14th Avenue, Regina, SK S4P 0W5",
         "Tel 306-766-4421 · Fax 306-766-4422"],
        right=["Dr. Priya Raghunathan, MD, FRCPC", "Endocrinology"],
        size=12.5,
        color=(0.1, 0.2, 0.5),
    )
    visit = "2026-03-06"
    d.para("Date: " + d.d(visit))
    d.para("To: Dr. Mark Olafson, Family Physician, Harbour Landing Medical Clinic, Regina SK")
    d.para("Re: Kayla Desjarlais – DOB 1991-08-17 – HSN 918 442 107", font="B")
    d.para(
        "Thank you for asking me to see Ms. Desjarlais again regarding her type 1 diabetes. She reports two to three "
        "episodes of hypoglycaemia a week, several of which she did not feel coming on, and one overnight episode in "
        "February that needed glucagon from her partner."
    )
    d.title("Diagnoses", 10.5)
    for ln in [
        "1. Type 1 diabetes mellitus (diagnosed 1998), on multiple daily injections",
        "2. Impaired awareness of hypoglycaemia",
        "3. Primary hypothyroidism (Hashimoto's thyroiditis)",
        "4. Mild non-proliferative diabetic retinopathy",
        "5. Diabetic ketoacidosis in 2021 (ICU admission), no recurrence since",
    ]:
        d.para(ln, indent=8)
    d.cond("Type 1 diabetes mellitus", "active", None)
    d.cond("Impaired awareness of hypoglycaemia", "active", None)
    d.cond("Primary hypothyroidism", "active", None, ["Hashimoto's thyroiditis"])
    d.cond("Mild non-proliferative diabetic retinopathy", "active", None)
    d.no("conditions", "Diabetic ketoacidosis", "historical", "2021, no recurrence")
    d.title("Examination", 10.5)
    d.para(
        "Blood pressure 124/78 mmHg, heart rate 72 bpm, weight 68.4 kg, height 170 cm, BMI 23.7 kg/m². Monofilament "
        "sensation was intact in both feet and there was no evidence of peripheral neuropathy."
    )
    d.vit("blood_pressure", "124/78", 124.0, 78.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "bpm")
    d.vit("weight", "68.4", 68.4, None, "kg")
    d.vit("height", "170", 170.0, None, "cm")
    d.vit("bmi", "23.7", 23.7, None, "kg/m²")
    d.no("conditions", "peripheral neuropathy", "negated", "monofilament intact")
    d.title("Investigations", 10.5)
    d1, d2 = "2025-11-18", "2026-03-02"
    rows = [
        ("HbA1c", [], "%", "4.0-6.0", 4.0, 6.0, None, ["8.4 H", "7.9 H"]),
        ("Creatinine", [], "umol/L", "50-95", 50.0, 95.0, None, ["71", "74"]),
        ("eGFR", [], "mL/min/1.73m2", ">60", 60.0, None, ">60", ["104", "98"]),
        ("Urine albumin:creatinine ratio", ["Urine ACR"], "mg/mmol", "<2.0", None, 2.0, "<2.0", ["1.4", "2.6 H"]),
        ("TSH", ["Thyroid stimulating hormone"], "mIU/L", "0.32-5.04", 0.32, 5.04, None, ["6.8 H", "3.1"]),
        ("Free T4", ["Free thyroxine"], "pmol/L", "9.0-19.0", 9.0, 19.0, None, ["10.2", "13.6"]),
        ("LDL cholesterol", [], "mmol/L", "<2.0", None, 2.0, "<2.0", ["2.7 H", "2.2 H"]),
        ("Tissue transglutaminase IgA", ["tTG-IgA"], "U/mL", "<7", None, 7.0, "<7", ["—", "2"]),
    ]
    d.table(
        ["Test", d.d(d1), d.d(d2), "Units", "Reference"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.6, 1.1, 1.1, 1.2, 1.0],
        size=8.4,
    )
    cumul(d, rows, [d1, d2])
    d.para("H / L = above / below the reference interval.", 8)
    d.title("Medications", 10.5)
    d.table(
        ["Medication", "Dose / directions", "Status"],
        [
            ["Insulin glargine (Basaglar)", "22 units at bedtime", "Reduced today from 26 units"],
            ["Insulin aspart (NovoRapid)", "6 units with meals", "Continue"],
            ["Levothyroxine (Synthroid)", "100 mcg daily", "No change"],
            ["Ramipril", "2.5 mg daily", "New – started today"],
            ["Rosuvastatin", "10 mg daily", "Continue"],
            ["Glucagon nasal powder (Baqsimi)", "3 mg as needed for severe hypoglycaemia", "New"],
            ["Metoprolol", "25 mg twice daily", "Stopped – may blunt hypoglycaemia warning symptoms"],
        ],
        [2.4, 2.6, 2.8],
        size=8.4,
    )
    d.med("Insulin glargine", "Basaglar", "22", "units", None, "at bedtime", "changed")
    d.med("Insulin aspart", "NovoRapid", "6", "units", None, "with meals")
    d.med("Levothyroxine", "Synthroid", "100", "mcg", None, "daily")
    d.med("Ramipril", None, "2.5", "mg", None, "daily", "new")
    d.med("Rosuvastatin", None, "10", "mg", None, "daily")
    d.med("Glucagon nasal powder", "Baqsimi", "3", "mg", None, "as needed for severe hypoglycaemia", "new")
    d.med("Metoprolol", None, "25", "mg", None, "twice daily", "stopped")
    d.no("medications", "Metoprolol", "stopped", "may blunt hypoglycaemia warning symptoms")
    d.para("Allergies: sulfa drugs (hives); adhesive dressings (skin blistering).")
    d.alg("sulfa drugs", "hives")
    d.alg("adhesive dressings", "skin blistering")
    d.title("Plan", 10.5)
    d.para(
        "She received an influenza vaccine (Influvac Tetra) in clinic today. Pneumococcal conjugate vaccine (Pneu-C-20) "
        "is recommended because of her diabetes and has not yet been given. Her sister has coeliac disease, so I "
        "checked a tTG, which is negative. If her hypoglycaemia awareness does not improve, we may consider switching "
        "insulin glargine to insulin degludec (Tresiba). Please repeat thyroid function tests in 3 months. I will see "
        "her again in 4 months with a sensor download."
    )
    d.imm("influenza vaccine", visit, None, None, "Influvac Tetra")
    d.no("immunizations", "Pneumococcal conjugate vaccine (Pneu-C-20)", "due", "recommended, not yet given")
    d.no("conditions", "coeliac disease", "family", "sister")
    d.no("medications", "insulin degludec", "planned", "conditional switch")
    d.no("labs", "thyroid function tests", "planned", "in 3 months")
    d.signature("Dr. Priya Raghunathan", "Consultant Endocrinologist", hand=True)
    return d

# ---------------------------------------------------------------------------- 12 Albuquerque
@document
def d12():
    d = Doc(
        12,
        "albuquerque_ccda_progress_note",
        "United States (New Mexico, Albuquerque)",
        "medical_record",
        "EHR print-out (C-CDA Progress Note rendering with patient header and print footer on every page, UCUM units, "
        "resolved problem, allergy entered in error, completed, on-hold and discontinued medicines, a two-strength "
        "combination, results on two dates, vitals table, vaccine given today with a not-yet-due second dose and one "
        "due, family history, assessment and plan with a planned test and a planned medicine)",
        "m/d/Y",
        size=letter,
    )
    d.run_footer = "C-CDA R2.1 Progress Note - rendered 03/12/2026 16:40 - doc id 2b8f-91d3-4c07"
    hdr = "Rosalind Begay - DOB 04/02/1961 - MRN 55021836 - Progress Note"
    d.text(d.x0, d.y, hdr, "R", 7.5, (0.3, 0.3, 0.3))
    d.line(d.x0, d.y - 4, d.x1, d.y - 4, 0.4, 0.5)
    d.y -= 24
    d.title("Progress Note", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Rosalind Begay", "Contact info", "2318 Coors Blvd NW, Albuquerque, NM 87120, US"],
            ["Date of birth", "April 2, 1961", "Sex", "Female"],
            ["Patient IDs", "MRN 55021836 (2.16.840.1.113883.3.6104)", "Language", "English"],
            ["Author", "Daniel Archuleta, MD, Rio Grande Rheumatology & Internal Medicine", "Custodian",
             "High Desert Health Network"],
            ["Documentation of", "Office visit, 03/11/2026", "Encounter", "Established patient, 03/11/2026"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = hdr
    ccda_section(d, "Reason for Visit", "reason")
    d.para("Follow-up of rheumatoid arthritis and osteoporosis; medication review.", 9)
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
             "M05.79", "Active", "2014"],
            ["Essential (primary) hypertension", "I10", "Active", "2012"],
            ["Age-related osteoporosis without current pathological fracture", "M81.0", "Active", "2020"],
            ["Gastro-esophageal reflux disease without esophagitis", "K21.9", "Active", "2018"],
            ["Prediabetes", "R73.03", "Active", "2024"],
            ["Herpes zoster without complication", "B02.9", "Resolved", "08/2024"],
        ],
        [4.1, 1.1, 1.0, 0.9],
        size=8,
    )
    d.cond("Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
           "active", "M05.79", ["seropositive rheumatoid arthritis"])
    d.cond("Essential (primary) hypertension", "active", "I10")
    d.cond("Age-related osteoporosis without current pathological fracture", "active", "M81.0")
    d.cond("Gastro-esophageal reflux disease without esophagitis", "active", "K21.9", ["GERD"])
    d.cond("Prediabetes", "active", "R73.03")
    d.no("conditions", "Herpes zoster without complication", "historical", "resolved")
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Sulfasalazine", "Rash", "Moderate", "Active"],
            ["Latex", "Contact dermatitis", "Mild", "Active"],
            ["Codeine", "Nausea", "Mild", "Inactive - entered in error"],
        ],
        [2.2, 1.9, 0.9, 3.0],
        size=8,
    )
    d.alg("Sulfasalazine", "Rash", "Moderate")
    d.alg("Latex", "Contact dermatitis", "Mild")
    d.no("allergies", "Codeine", "negated", "inactive, entered in error")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Leflunomide 20 MG Oral Tablet [Arava]", "20 mg by mouth daily", "2019", "Active"],
            ["Hydroxychloroquine Sulfate 200 MG Oral Tablet [Plaquenil]", "200 mg by mouth twice daily", "2014",
             "Active"],
            ["Lisinopril 20 MG Oral Tablet", "20 mg by mouth daily", "2012", "Active"],
            ["Omeprazole 20 MG Delayed Release Oral Capsule", "20 mg by mouth daily before breakfast", "2018",
             "Active"],
            ["Calcium Carbonate 600 MG / Cholecalciferol 400 UNT Oral Tablet", "1 tablet by mouth twice daily",
             "2020", "Active"],
            ["Prednisone 5 MG Oral Tablet", "5 mg by mouth daily (flare taper)", "02/10/2026",
             "Completed 03/01/2026"],
            ["Ibuprofen 600 MG Oral Tablet", "600 mg by mouth three times daily as needed", "2015",
             "On hold (creatinine rise 12/2025)"],
            ["Alendronate Sodium 70 MG Oral Tablet", "70 mg by mouth weekly", "2020",
             "Discontinued 02/2026 (drug holiday after 5 years)"],
        ],
        [3.2, 2.4, 0.9, 1.9],
        size=7.9,
    )
    d.med("Leflunomide", "Arava", "20", "mg", "by mouth", "daily")
    d.med("Hydroxychloroquine Sulfate", "Plaquenil", "200", "mg", "by mouth", "twice daily")
    d.med("Lisinopril", None, "20", "mg", "by mouth", "daily")
    d.med("Omeprazole", None, "20", "mg", "by mouth", "daily before breakfast")
    d.med("Calcium Carbonate", None, None, None, "by mouth", "twice daily")
    d.meds[-1]["aliases"] = ["calcium carbonate / cholecalciferol"]
    d.med("Prednisone", None, "5", "mg", "by mouth", "daily", "completed")
    d.med("Ibuprofen", None, "600", "mg", "by mouth", "three times daily as needed", "held")
    d.med("Alendronate Sodium", None, "70", "mg", "by mouth", "weekly", "stopped")
    d.no("medications", "Prednisone", "stopped", "taper completed 03/01/2026")
    d.no("medications", "Ibuprofen", "stopped", "on hold")
    d.no("medications", "Alendronate Sodium", "stopped", "discontinued, drug holiday")
    d.ensure(230)
    ccda_section(d, "Results", "results")
    res = [
        ("WBC", "6.2", "10*3/uL", 3.4, 10.8, None, "normal", "3.4-10.8", "Normal", "03/11/2026", ["White cell count"]),
        ("Hemoglobin", "12.6", "g/dL", 11.1, 15.9, None, "normal", "11.1-15.9", "Normal", "03/11/2026", []),
        ("Platelets", "288", "10*3/uL", 150.0, 450.0, None, "normal", "150-450", "Normal", "03/11/2026", []),
        ("ALT", "38", "U/L", 0.0, 32.0, None, "high", "0-32", "High", "03/11/2026", ["Alanine aminotransferase"]),
        ("ALT", "24", "U/L", 0.0, 32.0, None, "normal", "0-32", "Normal", "12/09/2025", ["Alanine aminotransferase"]),
        ("AST", "29", "U/L", 0.0, 40.0, None, "normal", "0-40", "Normal", "03/11/2026", ["Aspartate aminotransferase"]),
        ("Creatinine", "0.98", "mg/dL", 0.57, 1.0, None, "normal", "0.57-1.00", "Normal", "03/11/2026", []),
        ("Creatinine", "1.12", "mg/dL", 0.57, 1.0, None, "high", "0.57-1.00", "High", "12/09/2025", []),
        ("eGFR", "62", "mL/min/{1.73_m2}", 59.0, None, ">59", "normal", ">59", "Normal", "03/11/2026", []),
        ("C reactive protein", "14.2", "mg/L", 0.0, 10.0, None, "high", "0.0-10.0", "High", "03/11/2026", ["CRP"]),
        ("C reactive protein", "22.8", "mg/L", 0.0, 10.0, None, "high", "0.0-10.0", "High", "12/09/2025", ["CRP"]),
        ("Hemoglobin A1c", "6.1", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", "03/11/2026", ["HbA1c"]),
        ("25-Hydroxyvitamin D", "27", "ng/mL", 30.0, 100.0, None, "low", "30.0-100.0", "Low", "03/11/2026",
         ["Vitamin D"]),
    ]
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [[t, v, u, rr, it, dt] for t, v, u, lo, hi, rt, f, rr, it, dt, al in res],
        [2.5, 0.7, 1.4, 1.1, 1.1, 1.0],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, rr, it, dt, al in res:
        m, dd, y = dt.split("/")
        d.lab(t, v, u, lo, hi, rt, f, f"{y}-{m}-{dd}", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["03/11/2026", "138/84 mm[Hg]", "76 /min", "16 /min", "36.7 Cel", "98 %", "74.8 kg", "165 cm",
          "27.5 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.0, 0.7, 1.0, 0.9, 1.0],
        size=7.8,
    )
    d.vit("blood_pressure", "138/84", 138.0, 84.0, "mm[Hg]")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "36.7", 36.7, None, "Cel")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.vit("weight", "74.8", 74.8, None, "kg")
    d.vit("height", "165", 165.0, None, "cm")
    d.vit("bmi", "27.5", 27.5, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, trivalent, adjuvanted (Fluad)", "10/14/2025", "Completed", "FL2291"],
            ["Zoster vaccine recombinant, adjuvanted (Shingrix) dose 1", "03/11/2026", "Completed", "SX4D27"],
            ["Zoster vaccine recombinant, adjuvanted (Shingrix) dose 2", "-", "Not due yet (05/2026)", "-"],
            ["Hepatitis B vaccine, adjuvanted (Heplisav-B)", "-", "Due - no record on file", "-"],
        ],
        [3.6, 1.1, 2.1, 1],
        size=8,
    )
    d.imm("Influenza, trivalent, adjuvanted", "2025-10-14", None, "FL2291", "Fluad")
    d.imm("Zoster vaccine recombinant, adjuvanted", "2026-03-11", 1, "SX4D27", "Shingrix")
    d.no("immunizations", "Hepatitis B vaccine, adjuvanted (Heplisav-B)", "due", "no record on file")
    ccda_section(d, "Family History", "familyhistory")
    d.table(["Relative", "Condition", "Age at onset"], [["Father", "Colon cancer", "66"], ["Mother", "None known",
                                                                                           "-"]],
            [1.5, 3, 1.5], size=8)
    d.no("conditions", "Colon cancer", "family", "father")
    ccda_section(d, "Social History", "social")
    d.para("Never smoker. No alcohol. Retired school teacher; walks 30 minutes most days.", 9)
    ccda_section(d, "Assessment and Plan", "plan")
    d.para(
        "Rheumatoid arthritis: low disease activity on leflunomide and hydroxychloroquine; prednisone taper completed. "
        "Mild ALT rise – repeat CMP in 8 weeks. Osteoporosis: alendronate stopped for a drug holiday; plan to "
        "start denosumab (Prolia) after dental review. Keep ibuprofen on hold. Shingrix dose 2 in May 2026.",
        9,
    )
    d.no("labs", "CMP", "planned", "in 8 weeks")
    d.no("medications", "denosumab", "planned", "after dental review")
    return d

# ---------------------------------------------------------------------------- 13 Ulundi
@document
def d13():
    d = Doc(
        13,
        "ulundi_tb_hiv_discharge_summary",
        "KwaZulu-Natal (South Africa, Ulundi)",
        "discharge_summary",
        "hospital discharge summary in isiZulu (pulmonary TB with advanced HIV, resolved hyponatraemia and oral thrush, "
        "admission / discharge labs with H / L, GeneXpert, CD4 with a reference, viral load with a space thousands and "
        "cryptococcal antigen without references, sputum culture awaited, ward-only antibiotic and antifungal, fixed-dose "
        "TB combination and other new medicines, antiretroviral therapy to start later, an intolerance, negated "
        "meningitis, planned liver tests)",
        "Y/m/d",
        lang="Zulu",
    )
    d.letterhead(
        "Isibhedlela saseNkonjeni",
        ["Iwadi Yabesilisa (Male Medical Ward) – Private Bag X502, Ulundi, 3838", "KwaZulu-Natal Department of Health"],
        right=["ISIFINYEZO SOKUPHUMA", "Inombolo: NKJ 26-0394"],
        size=14,
        color=(0.35, 0.2, 0.0),
    )
    adm, dis = "2026-02-24", "2026-03-09"
    d.kv(
        [
            ("Igama lesiguli:", "Mandla Zungu"),
            ("Iminyaka:", "41"),
            ("Usuku lokungena:", d.d(adm)),
            ("Usuku lokuphuma:", d.d(dis)),
            ("Udokotela:", "Dr T. Ndlovu"),
            ("Umtholampilo:", "Ulundi Gateway Clinic"),
        ],
        lw=108,
    )
    d.title("Ukuxilongwa", 10.5)
    d.bullets(
        [
            "Isifo sofuba samaphaphu (pulmonary TB) – GeneXpert MTB itholakele, i-rifampicin ayimelani",
            "Igciwane lesandulela-ngculazi (HIV) – i-CD4 ephansi, akakaqali ama-ARV",
            "Ukuntuleka kwegazi (anaemia)",
            "Ukwehla kwe-sodium (hyponatraemia) – kulungisiwe",
            "Ukhunta emlonyeni (oral thrush) – kwelashiwe, kuphelile",
        ]
    )
    d.cond("Isifo sofuba samaphaphu", "active", None, ["pulmonary tuberculosis"])
    d.cond("Igciwane lesandulela-ngculazi (HIV)", "active", None, ["HIV infection"])
    d.cond("Ukuntuleka kwegazi", "active", None, ["anaemia"])
    d.no("conditions", "Ukwehla kwe-sodium (hyponatraemia)", "historical", "corrected")
    d.no("conditions", "Ukhunta emlonyeni (oral thrush)", "historical", "treated, resolved")
    d.title("Umlando nokwelashwa", 10.5)
    d.para(
        "Ungene ekhwehlela izinyanga ezi-2, enomkhuhlane futhi elahlekelwe isisindo. Welashwe nge-ceftriaxone IV "
        "izinsuku ezi-5 ekuqaleni, nange-fluconazole ngomlomo izinsuku ezi-7 ngenxa yokhunta emlonyeni – kuqediwe "
        "esibhedlela. Akukho zimpawu ze-meningitis. Ukungezwani nemithi: Efavirenz – amaphupho amabi nesiyezi (2019)."
    )
    d.no("medications", "ceftriaxone", "other", "IV on the ward")
    d.no("medications", "fluconazole", "other", "course completed in hospital")
    d.no("conditions", "meningitis", "negated", "no signs")
    d.alg("Efavirenz", "amaphupho amabi nesiyezi")
    d.title("Imiphumela yegazi", 10.5)
    d.para("H / L – ngaphezulu / ngaphansi kwebanga elijwayelekile.", 8)
    d2 = "2026-03-08"
    rows = [
        ("Haemoglobin", [], "g/dL", "13.0-17.0", 13.0, 17.0, None, ["8.9 L", "9.4 L"]),
        ("WCC", ["White cell count"], "×10⁹/L", "4.0-10.0", 4.0, 10.0, None, ["3.2 L", "4.1"]),
        ("Platelets", [], "×10⁹/L", "186-454", 186.0, 454.0, None, ["412", "388"]),
        ("Sodium", [], "mmol/L", "136-145", 136.0, 145.0, None, ["126 L", "134 L"]),
        ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["3.8", "4.2"]),
        ("Creatinine", [], "µmol/L", "64-104", 64.0, 104.0, None, ["98", "86"]),
        ("ALT", ["Alanine aminotransferase"], "U/L", "10-40", 10.0, 40.0, None, ["32", "44 H"]),
        ("CRP", ["C-reactive protein"], "mg/L", "<10", None, 10.0, "<10", ["186 H", "64 H"]),
    ]
    d.table(
        ["Uhlolo", "Ekungeneni " + d.d(adm), "Ngaphambi kokuphuma " + d.d(d2), "Iyunithi", "Ibanga"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [1.6, 1.7, 2.0, 1.1, 1.1],
        size=8.2,
    )
    cumul(d, rows, [adm, d2])
    d3 = "2026-02-25"
    d.title("Eminye imiphumela (" + d.d(d3) + ")", 10)
    d.table(
        ["Uhlolo", "Umphumela", "Ibanga"],
        [
            ["GeneXpert MTB/RIF Ultra (isikhwehlela)", "MTB detected; RIF resistance not detected", ""],
            ["CD4 count", "86 cells/µL  L", "500-2010"],
            ["HIV viral load", "184 000 copies/mL", ""],
            ["Serum CrAg", "Negative", ""],
            ["Sputum culture & DST", "kusalindelwe imiphumela", ""],
        ],
        [2.8, 3.2, 1.3],
        size=8.2,
    )
    d.lab("GeneXpert MTB/RIF Ultra", "MTB detected", None, None, None, None, "abnormal", d3, ["Xpert MTB/RIF"],
          num=None)
    d.lab("CD4 count", "86", "cells/µL", 500.0, 2010.0, None, "low", d3, ["CD4"])
    d.lab("HIV viral load", "184 000", "copies/mL", None, None, None, None, d3, [], num=184000.0)
    d.lab("Serum CrAg", "Negative", None, None, None, None, None, d3, ["Cryptococcal antigen"], num=None)
    d.no("labs", "Sputum culture & DST", "other", "results awaited")
    d.title("Isimo lapho ephuma", 10.5)
    d.para("BP 108/68 mmHg, pulse 92/min, temp 37.1 °C, RR 20/min, SpO2 95 % (room air), isisindo 48 kg.")
    d.vit("blood_pressure", "108/68", 108.0, 68.0, "mmHg")
    d.vit("heart_rate", "92", 92.0, None, "/min")
    d.vit("temperature", "37.1", 37.1, None, "°C")
    d.vit("respiratory_rate", "20", 20.0, None, "/min")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "48", 48.0, None, "kg")
    d.title("Imithi yokuphuma", 10.5)
    d.table(
        ["Umuthi", "Umthamo", "Kangaki", "Amanothi"],
        [
            ["Rifafour e-275 (RHZE)", "3 amaphilisi", "ekuseni nsuku zonke", "okusha"],
            ["Pyridoxine", "25 mg", "nsuku zonke", "okusha"],
            ["Co-trimoxazole", "960 mg", "nsuku zonke", "okusha"],
            ["Ferrous sulphate", "200 mg", "kathathu ngosuku", "okusha"],
            ["TLD (tenofovir/lamivudine/dolutegravir)", "1 iphilisi", "ebusuku",
             "izoqalwa emtholampilo emva kwamasonto ama-2 okwelashwa kwe-TB"],
        ],
        [2.6, 1.1, 1.6, 2.6],
        size=8.2,
    )
    d.med("Rifafour e-275", "Rifafour e-275", None, None, None, "ekuseni nsuku zonke", "new")
    d.meds[-1]["aliases"] = ["rifampicin/isoniazid/pyrazinamide/ethambutol"]
    d.med("Pyridoxine", None, "25", "mg", None, "nsuku zonke", "new")
    d.med("Co-trimoxazole", None, "960", "mg", None, "nsuku zonke", "new")
    d.med("Ferrous sulphate", None, "200", "mg", None, "kathathu ngosuku", "new")
    d.no("medications", "TLD", "planned", "to start at the clinic after 2 weeks of TB treatment")
    d.para("Ukuhlolwa kwe-LFT emtholampilo ezinsukwini eziyi-14. Ukubuyela esibhedlela uma kukhona ukuphelelwa "
           "umoya noma ukuphuzi kwamehlo.", 9)
    d.no("labs", "LFT", "planned", "in 14 days")
    d.signature("Dr T. Ndlovu", "Udokotela – Iwadi Yabesilisa", hand=False)
    return d

# ---------------------------------------------------------------------------- 14 Ibadan
@document
def d14():
    d = Doc(
        14,
        "ibadan_stroke_discharge_letter",
        "Oyo State (Nigeria, Ibadan)",
        "discharge_summary",
        "hospital discharge letter in Yoruba (ischaemic stroke, hypertension and diabetes, resolved aspiration "
        "pneumonia, no bleed on CT, admission / discharge labs with ↑ / ↓ after the value and PCV, ward-only "
        "antibiotic and heparin, new, continued, increased and stopped medicines with a stop reason naming a past "
        "event, allergies, family history, planned lipid test)",
        "d/m/Y",
        lang="Yoruba",
    )
    d.letterhead(
        "Ile-Iwosan Ẹkọṣẹ ti Yunifasiti, Ibadan",
        ["Ẹka Itọju Ọpọlọ (Neurology Ward) – Queen Elizabeth Road, Ibadan", "Ipinlẹ Ọyọ"],
        right=["LẸTA ITUSILẸ", "Nọmba: UCH/N/26/0512"],
        size=13.5,
        color=(0.0, 0.35, 0.15),
    )
    adm, dis = "2026-02-24", "2026-03-06"
    d.para("Si: Dokita Alabojuto, Ile-iwosan Alabọde Oke-Ado, Ibadan")
    d.kv(
        [
            ("Orukọ alaisan:", "Adewale Ogunleye"),
            ("Ọjọ ori:", "64"),
            ("Ọjọ ti o wọle:", d.d(adm)),
            ("Ọjọ ti o jade:", d.d(dis)),
            ("Dokita:", "Dr. F. O. Akinyemi"),
            ("Nọmba ile-iwosan:", "UCH 771204"),
        ],
        lw=100,
    )
    d.title("Ayẹwo arun", 10.5)
    d.bullets(
        [
            "Rọparọsẹ (ischaemic stroke) – apa ọtun ara",
            "Ẹjẹ riru (hypertension)",
            "Itọ ṣuga iru keji (type 2 diabetes)",
            "Arun ẹdọforo (aspiration pneumonia) – o ti san",
        ]
    )
    d.cond("Rọparọsẹ", "active", None, ["ischaemic stroke"])
    d.cond("Ẹjẹ riru", "active", None, ["hypertension"])
    d.cond("Itọ ṣuga iru keji", "active", None, ["type 2 diabetes mellitus"])
    d.no("conditions", "Arun ẹdọforo (aspiration pneumonia)", "historical", "resolved")
    d.title("Itan aisan ati itọju", 10.5)
    d.para(
        "Alaisan wa si ile-iwosan pẹlu ailera apa ọtun ara ati iṣoro ọrọ sisọ. CT ọpọlọ fihan infarct; ko si ẹjẹ ninu "
        "ọpọlọ. A fun un ni ceftriaxone IV fun ọjọ meje fun arun ẹdọforo, ati abẹrẹ enoxaparin nigba ti o wa ni "
        "ile-iwosan. A da glibenclamide duro nitori ṣuga kekere (hypoglycaemia) lẹẹmeji ni ile-iwosan."
    )
    d.no("conditions", "ẹjẹ ninu ọpọlọ", "negated", "no bleed on CT")
    d.no("medications", "ceftriaxone", "other", "IV on the ward")
    d.no("medications", "enoxaparin", "other", "on the ward")
    d.no("conditions", "ṣuga kekere (hypoglycaemia)", "historical", "episodes on the ward, reason for stopping")
    d.title("Ayẹwo ẹjẹ", 10.5)
    d.para("↑ / ↓ – o ga ju / o kere ju iwọn deede.", 8)
    d2 = "2026-03-05"
    rows = [
        ("PCV", ["Haematocrit"], "%", "40 – 52", 40.0, 52.0, None, ["38 ↓", "36 ↓"]),
        ("WBC", ["White cell count"], "×10⁹/L", "4.0 – 11.0", 4.0, 11.0, None, ["13.2 ↑", "8.4"]),
        ("Platelets", [], "×10⁹/L", "150 – 400", 150.0, 400.0, None, ["256", "274"]),
        ("Sodium", [], "mmol/L", "135 – 145", 135.0, 145.0, None, ["138", "140"]),
        ("Potassium", [], "mmol/L", "3.5 – 5.0", 3.5, 5.0, None, ["3.3 ↓", "4.1"]),
        ("Urea", [], "mmol/L", "2.5 – 7.1", 2.5, 7.1, None, ["9.8 ↑", "6.2"]),
        ("Creatinine", [], "µmol/L", "62 – 115", 62.0, 115.0, None, ["124 ↑", "98"]),
        ("FBS", ["Fasting blood sugar"], "mmol/L", "3.9 – 6.1", 3.9, 6.1, None, ["12.4 ↑", "8.2 ↑"]),
        ("Total cholesterol", [], "mmol/L", "< 5.2", None, 5.2, "< 5.2", ["6.3 ↑", "—"]),
        ("LDL cholesterol", [], "mmol/L", "< 3.4", None, 3.4, "< 3.4", ["4.4 ↑", "—"]),
        ("HbA1c", [], "%", "< 6.5", None, 6.5, "< 6.5", ["9.1 ↑", "—"]),
    ]
    d.table(
        ["Ayẹwo", "Nigba ti o wọle " + d.d(adm), "Ki o to jade " + d.d(d2), "Ẹyọ", "Iwọn deede"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [1.7, 1.9, 1.8, 1.0, 1.1],
        size=8.2,
    )
    cumul(d, rows, [adm, d2])
    d.title("Ipo alaisan nigba ti o jade", 10.5)
    d.para("BP: 148/88 mmHg; iṣan-ọkan: 80/min; iwọn ooru ara: 36.6 °C; mimi: 18/min.")
    d.vit("blood_pressure", "148/88", 148.0, 88.0, "mmHg")
    d.vit("heart_rate", "80", 80.0, None, "/min")
    d.vit("temperature", "36.6", 36.6, None, "°C")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.para("Aleji: Chloroquine – ara yiyun; ẹpa (groundnut) – ara wiwu.")
    d.alg("Chloroquine", "ara yiyun")
    d.alg("ẹpa", "ara wiwu")
    d.title("Oogun ti yoo maa lo", 10.5)
    d.table(
        ["Oogun", "Iwọn", "Igba", "Akiyesi"],
        [
            ["Aspirin", "75 mg", "lẹẹkan lojumọ", "tuntun"],
            ["Atorvastatin", "40 mg", "lalẹ", "tuntun"],
            ["Amlodipine", "10 mg", "lẹẹkan lojumọ", "tẹsiwaju"],
            ["Lisinopril", "10 mg", "lẹẹkan lojumọ", "iwọn ti pọ si (tẹlẹ 5 mg)"],
            ["Metformin", "1000 mg", "lẹẹmeji lojumọ", "tẹsiwaju"],
            ["Omeprazole", "20 mg", "lẹẹkan lojumọ", "tuntun"],
            ["Glibenclamide", "5 mg", "—", "a ti da duro"],
        ],
        [2.0, 1.0, 1.8, 3.0],
        size=8.3,
    )
    d.med("Aspirin", None, "75", "mg", None, "lẹẹkan lojumọ", "new")
    d.med("Atorvastatin", None, "40", "mg", None, "lalẹ", "new")
    d.med("Amlodipine", None, "10", "mg", None, "lẹẹkan lojumọ")
    d.med("Lisinopril", None, "10", "mg", None, "lẹẹkan lojumọ", "changed")
    d.med("Metformin", None, "1000", "mg", None, "lẹẹmeji lojumọ")
    d.med("Omeprazole", None, "20", "mg", None, "lẹẹkan lojumọ", "new")
    d.med("Glibenclamide", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Glibenclamide", "stopped", "stopped for hypoglycaemia")
    d.para("Itan ẹbi: ẹgbọn rẹ obinrin ni aarun jẹjẹrẹ ọmu.")
    d.no("conditions", "aarun jẹjẹrẹ ọmu", "family", "elder sister")
    d.para("Eto: ayẹwo ọra ẹjẹ (lipid profile) lẹhin oṣu mẹta; itọju ara (physiotherapy) lọsọọsẹ; ipade ni ile-iwosan "
           "ọpọlọ lẹhin ọsẹ mẹrin.")
    d.no("labs", "lipid profile", "planned", "after 3 months")
    d.signature("Dr. F. O. Akinyemi", "Onisegun Agba – Ẹka Itọju Ọpọlọ", hand=False)
    return d

# ---------------------------------------------------------------------------- 15 Salt Lake City
@document
def d15():
    d = Doc(
        15,
        "salt_lake_city_atrial_fibrillation_discharge_scan",
        "United States (Utah, Salt Lake City)",
        "discharge_summary",
        "discharge summary (new atrial fibrillation with rapid ventricular response and new heart failure with reduced "
        "ejection fraction, resolved respiratory failure, 2 pages, admission / discharge labs with H / L and English "
        "thousands commas, ward-only infusions, negated pulmonary embolism, new, changed, continued and stopped "
        "medicines with a two-strength combination, vaccine given before discharge, declined vaccine, handwritten "
        "notes with a planned test; scanned)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": 1.4},
        size=letter,
    )
    d.letterhead(
        "Wasatch Valley Medical Center",
        ["Department of Hospital Medicine – 1200 E 3900 S, Salt Lake City, UT 84124", "Phone (801) 555-0142"],
        right=["DISCHARGE SUMMARY", "Acct 7714-20931"],
        size=14,
        color=(0.3, 0.1, 0.35),
    )
    adm, dis = "2026-03-07", "2026-03-12"
    d.kv(
        [
            ("Patient:", "Gary L. Haroldsen"),
            ("DOB:", "11/23/1954"),
            ("MRN:", "WV-4481902"),
            ("Attending:", "Melissa Orton, MD"),
            ("Admitted:", d.d(adm)),
            ("Discharged:", d.d(dis)),
        ],
        lw=70,
    )
    d.kv([("PCP:", "Alan Brinkerhoff, MD – Sugar House Family Medicine")], cols=1, lw=70)
    d.title("Diagnoses", 10.5)
    d.para("Principal: Atrial fibrillation with rapid ventricular response, new onset", indent=6)
    d.para("Secondary: Heart failure with reduced ejection fraction, newly diagnosed; Essential hypertension; "
           "Obstructive sleep apnea on CPAP; Acute hypoxic respiratory failure - resolved", indent=6)
    d.cond("Atrial fibrillation with rapid ventricular response", "active", None, ["atrial fibrillation"])
    d.cond("Heart failure with reduced ejection fraction", "active", None, ["HFrEF"])
    d.cond("Essential hypertension", "active", None)
    d.cond("Obstructive sleep apnea", "active", None)
    d.no("conditions", "Acute hypoxic respiratory failure", "historical", "resolved during the stay")
    d.title("Hospital Course", 10.5)
    d.para(
        "70-year-old man who presented with 3 days of palpitations and dyspnea; heart rate 158 in atrial fibrillation. "
        "Rate controlled with a diltiazem drip, then oral metoprolol. A heparin infusion was started and transitioned "
        "to apixaban. Diuresed with IV diuretics (net -5.2 L); required 4 L oxygen for 48 hours, now on room air. CTA "
        "chest showed no evidence of pulmonary embolism. Echo: LVEF 30%, moderately dilated left atrium. TSH normal."
    )
    d.no("medications", "diltiazem", "other", "IV drip on the ward")
    d.no("medications", "heparin", "other", "infusion on the ward")
    d.no("conditions", "pulmonary embolism", "negated", "CTA negative")
    d.title("Laboratory Data", 10.5)
    d2 = "2026-03-11"
    rows = [
        ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, ["134 L", "137"]),
        ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, ["3.4 L", "4.3"]),
        ("BUN", ["Urea nitrogen"], "mg/dL", "8-23", 8.0, 23.0, None, ["28 H", "24 H"]),
        ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["1.42 H", "1.18"]),
        ("Magnesium", [], "mg/dL", "1.7-2.4", 1.7, 2.4, None, ["1.6 L", "2.1"]),
        ("Hemoglobin", [], "g/dL", "13.5-17.5", 13.5, 17.5, None, ["14.1", "13.6"]),
        ("WBC", ["White cell count"], "K/uL", "4.0-11.0", 4.0, 11.0, None, ["9.8", "7.2"]),
        ("NT-proBNP", [], "pg/mL", "<450", None, 450.0, "<450", ["4,820 H", "2,150 H"]),
        ("Troponin I, high-sensitivity", ["hs-troponin I"], "ng/L", "<20", None, 20.0, "<20", ["22 H", "—"]),
        ("TSH", ["Thyroid stimulating hormone"], "mIU/L", "0.45-4.50", 0.45, 4.5, None, ["2.10", "—"]),
    ]
    d.table(
        ["Test", "Admission " + d.d(adm), "Pre-discharge " + d.d(d2), "Units", "Ref range"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.3, 1.6, 1.6, 1.0, 1.1],
        size=8.3,
    )
    cumul(d, rows, [adm, d2])
    _thousands(d, "NT-proBNP", ",")
    d.para("H / L = above / below reference range.", 8)
    d.title("Condition at Discharge", 10.5)
    d.para("BP 118/72 mmHg, HR 84 bpm (irregular), RR 16 /min, Temp 98.2 °F, SpO2 96% on room air, weight 211 lb "
           "(admission 222 lb). Ambulating independently.")
    d.vit("blood_pressure", "118/72", 118.0, 72.0, "mmHg")
    d.vit("heart_rate", "84", 84.0, None, "bpm")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "98.2", 98.2, None, "°F")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "211", 211.0, None, "lb")
    d.para("Allergies: Iodinated contrast media - hives (premedicated for CTA); Sulfa antibiotics - rash.")
    d.alg("Iodinated contrast media", "hives")
    d.alg("Sulfa antibiotics", "rash")
    d.title("Discharge Medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["apixaban (ELIQUIS) 5 mg tablet", "Take 1 tablet by mouth 2 times daily", "NEW"],
            ["metoprolol succinate (TOPROL XL) 100 mg 24 hr tablet", "Take 1 tablet by mouth daily",
             "CHANGED - was 25 mg daily"],
            ["furosemide (LASIX) 40 mg tablet", "Take 1 tablet by mouth daily", "NEW"],
            ["sacubitril-valsartan (ENTRESTO) 24-26 mg tablet",
             "Take 1 tablet by mouth 2 times daily, starting 03/13/2026 (36 hours after the last lisinopril dose)",
             "NEW"],
            ["atorvastatin (LIPITOR) 20 mg tablet", "Take 1 tablet by mouth at bedtime", "CONTINUE"],
            ["lisinopril 20 mg tablet", "-", "STOP taking (replaced by Entresto)"],
            ["hydrochlorothiazide 25 mg tablet", "-", "STOP taking"],
            ["aspirin 81 mg EC tablet", "-", "STOP taking (now on apixaban)"],
        ],
        [2.9, 3.0, 1.9],
        size=8.1,
    )
    d.med("apixaban", "ELIQUIS", "5", "mg", "by mouth", "2 times daily", "new")
    d.med("metoprolol succinate", "TOPROL XL", "100", "mg", "by mouth", "daily", "changed")
    d.med("furosemide", "LASIX", "40", "mg", "by mouth", "daily", "new")
    d.med("sacubitril-valsartan", "ENTRESTO", None, None, "by mouth", "2 times daily", "new")
    d.med("atorvastatin", "LIPITOR", "20", "mg", "by mouth", "at bedtime")
    d.med("lisinopril", None, "20", "mg", None, None, "stopped")
    d.med("hydrochlorothiazide", None, "25", "mg", None, None, "stopped")
    d.med("aspirin", None, "81", "mg", None, None, "stopped")
    d.no("medications", "lisinopril", "stopped", "replaced by Entresto")
    d.no("medications", "hydrochlorothiazide", "stopped", "STOP taking")
    d.no("medications", "aspirin", "stopped", "now on apixaban")
    d.title("Immunizations", 10.5)
    d.para("Influenza vaccine (Flucelvax) given 03/11/2026 prior to discharge. Pneumococcal vaccine (PCV20) offered - "
           "patient declined.")
    d.imm("Influenza vaccine", "2026-03-11", None, None, "Flucelvax")
    d.no("immunizations", "Pneumococcal vaccine (PCV20)", "other", "offered, declined")
    d.title("Follow-up", 10.5)
    d.para("Cardiology clinic (Dr. R. Shah) 03/20/2026. Primary care within 1 week. Continue CPAP nightly.")
    d.gap(8)
    d.hand_line("Notes:", "BMP + Mg at PCP in 1 wk - pt aware.", 11)
    d.hand_line("", "Written AF / HF education given, daily weights. M.O.", 11)
    d.no("labs", "BMP", "planned", "at PCP in 1 week")
    d.signature("Melissa Orton, MD", "Hospitalist, Wasatch Valley Medical Center", hand=True)
    return d

# ---------------------------------------------------------------------------- 16 Bohol
@document
def d16():
    d = Doc(
        16,
        "bohol_child_vaccination_card_scan",
        "Bohol (Philippines, Dauis)",
        "immunization_record",
        "child vaccination card in Cebuano (month/day/year dates, birth doses, doses in numbered columns, handwritten "
        "dates, measles vaccine and IPV given today, vaccine out of stock and one the parents have not agreed to, "
        "today's visit with growth and temperature, diarrhoea without dehydration, new medicines, vitamin A given; "
        "scanned)",
        "m/d/Y",
        ext="png",
        scan={"dpi": 160, "angle": -2.3},
        lang="Cebuano",
    )
    d.letterhead(
        "KARD SA BAKUNA SA BATA",
        ["Rural Health Unit – Dauis, Bohol", "Department of Health – Expanded Program on Immunization"],
        right=["Ang bata nga nabakunahan,", "protektado!"],
        size=13.5,
        color=(0.0, 0.4, 0.35),
    )
    d.kv(
        [
            ("Ngalan sa bata:", Hand("Jhon Lloyd C. Bernales")),
            ("Sekso:", Hand("Lalaki")),
            ("Petsa sa pagkatawo:", Hand("06/14/2025")),
            ("Ngalan sa inahan:", Hand("Maricel C. Bernales")),
            ("Barangay:", Hand("Poblacion, Dauis")),
        ],
        cols=1,
        lw=128,
    )
    today = "2026-03-16"
    groups = [
        ("BCG", "Tuberculosis", [("2025-06-14", None)]),
        ("Hepatitis B (sa pagkatawo)", "Hepatitis B", [("2025-06-14", None)]),
        ("Pentavalent (DPT-HepB-Hib)", "Diphtheria, tetanus, pertussis, Hep B, Hib",
         [("2025-07-26", 1), ("2025-08-23", 2), ("2025-09-27", 3)]),
        ("OPV (Oral Polio)", "Polio", [("2025-07-26", 1), ("2025-08-23", 2), ("2025-09-27", 3)]),
        ("IPV", "Polio", [("2025-09-27", 1), (today, 2)]),
        ("PCV", "Pulmonya, meningitis", [("2025-07-26", 1), ("2025-08-23", 2), ("2025-09-27", 3)]),
        ("MMR", "Tipdas, beke, rubella", [(today, 1)]),
    ]
    tab = []
    for vac, dis, doses in groups:
        cells = [vac]
        for iso, n in doses:
            cells.append(Hand(d.d(iso)))
            d.imm(vac, iso, n, None, None, amb=_amb(d.style, iso))
        cells += [""] * (4 - len(cells))
        cells.append(dis)
        tab.append(cells)
    d.imms[1]["aliases"] = ["Hepatitis B birth dose"]
    d.title("MGA BAKUNA", 10.5)
    d.table(["Bakuna", "1", "2", "3", "Sakit nga malikayan"], tab, [2.6, 1.25, 1.25, 1.25, 2.2], size=8)
    d.hand_line("Rotavirus:", "walay suplay sa RHU", 10.5)
    d.hand_line("Flu vaccine:", "wala pa mouyon ang ginikanan", 10.5)
    d.no("immunizations", "Rotavirus", "other", "out of stock")
    d.no("immunizations", "Flu vaccine", "other", "parents have not agreed")
    d.title("Konsulta karon", 10.5)
    d.hand_line("Petsa:", d.d(today) + "   Edad: 9 ka bulan", 10.5)
    d.hand_line("Gibug-aton:", "8.2 kg   Gitas-on: 70 cm   Temp: 37.2 °C", 10.5)
    d.vit("weight", "8.2", 8.2, None, "kg")
    d.vit("height", "70", 70.0, None, "cm")
    d.vit("temperature", "37.2", 37.2, None, "°C")
    d.hand_line("Dx:", "Acute gastroenteritis nga walay dehydration", 10.5)
    d.cond("Acute gastroenteritis", "active")
    d.no("conditions", "dehydration", "negated", "walay = without")
    d.hand_line("Tambal:", "Oresol – 1 sachet sa 1 litro nga tubig, human sa matag kalibanga", 10.5)
    d.med("Oresol", None, None, None, None, "human sa matag kalibanga", "new")
    d.meds[-1]["aliases"] = ["oral rehydration salts"]
    d.hand_line("", "Zinc sulfate syrup 20 mg/5 mL – 5 mL kada adlaw sulod sa 14 ka adlaw", 10.5)
    d.med("Zinc sulfate syrup", None, "5", "mL", None, "kada adlaw sulod sa 14 ka adlaw", "new")
    d.hand_line("", "Vitamin A 100,000 IU – gihatag karon", 10.5)
    d.no("medications", "Vitamin A", "other", "single dose given at the clinic")
    d.hand_line("Sunod nga bisita:", "12 ka bulan (MMR 2)", 10.5)
    d.hand_line("Nars:", "Gemma T. Lumactod, RN", 10.5)
    return d

# ---------------------------------------------------------------------------- 17 Rotorua
@document
def d17():
    d = Doc(
        17,
        "rotorua_immunisation_register_print",
        "Bay of Plenty (New Zealand, Rotorua)",
        "immunization_record",
        "immunisation register print in te reo Māori (adult travel and programme vaccines by brand with numbered, "
        "booster, single and seasonal doses, contraindicated, not-needed, declined and recommended vaccines, two "
        "serology results with an immunity reference)",
        "d/m/Y",
        lang="Māori",
    )
    d.letterhead(
        "Te Whatu Ora – Rēhita Ārai Mate ā-Motu",
        ["Tānga mai i te Rēhita Ārai Mate (NIR) – Te Whare Hauora o Rotorua", "1143 Pukaki Street, Rotorua 3010"],
        right=["TUHINGA ĀRAI MATE", "I tāngia 13/03/2026"],
        size=13,
        color=(0.55, 0.1, 0.1),
    )
    d.kv(
        [
            ("Ingoa:", "Wiremu Rāwiri Te Kani"),
            ("Rā whānau:", "19/05/1973"),
            ("Nama NHI:", "ZRT7741"),
            ("Kaiwhakarato:", "Nēhi Mereana Tipene"),
        ],
        lw=90,
    )
    d.title("Ngā kano ārai mate kua hoatu", 10.5)
    rows = [
        ("2019-08-21", "Boostrix", "Tetanus, diphtheria, pertussis", "horopeta whakakaha", "AC37B512", None),
        ("2021-03-04", "Engerix-B", "Hepatitis B", "horopeta 1", "AHBVC611", 1),
        ("2021-04-08", "Engerix-B", "Hepatitis B", "horopeta 2", "AHBVC611", 2),
        ("2021-09-07", "Engerix-B", "Hepatitis B", "horopeta 3", "AHBVD042", 3),
        ("2023-06-12", "Typhim Vi", "Typhoid", "horopeta kotahi anake", "W1J381", None),
        ("2023-06-12", "Verorab", "Rabies", "horopeta 1", "X2A47", 1),
        ("2023-06-19", "Verorab", "Rabies", "horopeta 2", "X2A47", 2),
        ("2024-02-10", "Shingrix", "Shingles", "horopeta 1", "ZS5T2", 1),
        ("2024-05-14", "Shingrix", "Shingles", "horopeta 2", "ZS7K9", 2),
        ("2025-04-11", "Influvac Tetra", "Rewharewha (influenza)", "horopeta o te wā 2025", "U24G03", None),
        ("2025-09-18", "Comirnaty", "COVID-19", "horopeta whakakaha", "HX6612", None),
        ("2025-11-20", "Pneumovax 23", "Pneumococcal", "horopeta kotahi anake", "Y018331", None),
    ]
    tab = []
    for iso, brand, dis, dose, lot, n in rows:
        tab.append([d.d(iso), brand, dis, dose, lot])
        d.imm(brand, iso, n, lot, brand, amb=_amb(d.style, iso))
        d.imms[-1]["aliases"] = [dis]
    d.table(["Rā", "Kano ārai mate", "Mate", "Horopeta", "Nama rōpū"], tab, [1.1, 1.6, 2.3, 1.9, 1.1], size=8.2)
    d.title("Kāore i hoatu / e tūtohutia ana", 10.5)
    d.table(
        ["Kano ārai mate", "Mate", "Tūnga"],
        [
            ["Stamaril", "Kirikā kōwhai (yellow fever)", "Kāore i hoatu – kāore e tika ana (rongoā whakaiti ārai mate)"],
            ["Priorix", "Karawaka, repe hūare, rubella",
             "Kāore e hiahiatia – kua pāngia e te karawaka (kua whakatūturutia e te toto)"],
            ["Havrix", "Hepatitis A", "Kāore e hiahiatia – he ārai mate tōna (anti-HAV tōrunga)"],
            ["Arexvy", "RSV", "I tāpaetia – i whakakāhoretia e te tūroro"],
            ["Prevenar 20", "Pneumococcal", "E tūtohutia ana – kāore anō kia hoatu"],
        ],
        [1.5, 2.2, 4.3],
        size=8.2,
    )
    d.no("immunizations", "Stamaril", "other", "contraindicated")
    d.no("immunizations", "Priorix", "other", "not needed, had measles")
    d.no("conditions", "kua pāngia e te karawaka", "historical", "past measles")
    d.no("immunizations", "Havrix", "other", "not needed, immune")
    d.no("immunizations", "Arexvy", "other", "offered, declined")
    d.no("immunizations", "Prevenar 20", "due", "recommended, not yet given")
    d.title("Whakamātautau toto", 10.5)
    d.table(
        ["Whakamātautau", "Hua", "Tohutoro", "Rā"],
        [
            ["Anti-HBs", "142 IU/L", "≥ 10 IU/L = e tiakina ana", d.d("2021-10-15")],
            ["Hepatitis A IgG (anti-HAV)", "Tōrunga", "Tōrunga = e tiakina ana", d.d("2025-11-20")],
        ],
        [2.2, 1.3, 2.6, 1.2],
        size=8.2,
    )
    d.lab("Anti-HBs", "142", "IU/L", 10.0, None, "≥ 10 IU/L = e tiakina ana", "normal", "2021-10-15",
          ["Hepatitis B surface antibody"])
    d.lab("Hepatitis A IgG (anti-HAV)", "Tōrunga", None, None, None, "Tōrunga = e tiakina ana", "normal",
          "2025-11-20", ["Hepatitis A IgG"], num=None)
    d.para("Tōrunga = positive. He tānga tēnei nō te Rēhita Ārai Mate ā-Motu; kāore he hainatanga e hiahiatia ana.",
           8)
    return d

# ---------------------------------------------------------------------------- 18 Portland
@document
def d18():
    d = Doc(
        18,
        "portland_alert_iis_immunization_record",
        "United States (Oregon, Portland)",
        "immunization_record",
        "state immunization registry print (ALERT IIS official record for a 12-year-old: one row per dose with a "
        "dose-number column, seasonal dose, childhood blood lead result, forecast with an overdue dose and a not-yet-due "
        "dose for vaccines in the record, a vaccine never given not yet due, declined and not-indicated vaccines)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Oregon ALERT Immunization Information System",
        ["Oregon Health Authority – Public Health Division", "Official Immunization Record – printed 03/13/2026"],
        right=["CERTIFICATE OF IMMUNIZATION", "Rose City Pediatrics, Portland"],
        size=13,
        color=(0.0, 0.3, 0.3),
    )
    d.kv(
        [
            ("Patient:", "Maya J. Thornton"),
            ("DOB:", "02/09/2014"),
            ("ALERT ID:", "OR-5512098"),
            ("Sex:", "F"),
        ],
        lw=70,
    )
    d.para("All dates are MM/DD/YYYY.", 8)
    rows = [
        ("DTaP", "Infanrix", "04/10/2014", "1"), ("DTaP", "Infanrix", "06/12/2014", "2"),
        ("DTaP", "Infanrix", "08/14/2014", "3"), ("DTaP", "Infanrix", "05/20/2015", "4"),
        ("DTaP", "Infanrix", "03/02/2018", "5"),
        ("Polio", "IPOL", "04/10/2014", "1"), ("Polio", "IPOL", "06/12/2014", "2"),
        ("Polio", "IPOL", "11/18/2014", "3"), ("Polio", "IPOL", "03/02/2018", "4"),
        ("Hep B", "Engerix-B", "02/10/2014", "1"), ("Hep B", "Engerix-B", "04/10/2014", "2"),
        ("Hep B", "Engerix-B", "08/14/2014", "3"),
        ("Hib", "ActHIB", "04/10/2014", "1"),
        ("MMR", "M-M-R II", "02/12/2015", "1"), ("MMR", "M-M-R II", "03/02/2018", "2"),
        ("Varicella", "Varivax", "02/12/2015", "1"), ("Varicella", "Varivax", "03/02/2018", "2"),
        ("Hep A", "Havrix", "02/12/2015", "1"), ("Hep A", "Havrix", "08/20/2015", "2"),
        ("Tdap", "Boostrix", "03/10/2025", "1"),
        ("HPV", "Gardasil 9", "03/10/2025", "1"),
        ("MenACWY", "MenQuadfi", "03/10/2025", "1"),
        ("Influenza", "Flulaval", "10/21/2025", "Seasonal"),
    ]
    d.title("Immunizations received", 10.5)
    d.table(
        ["Vaccine group", "Trade name", "Date given", "Dose #", "Provider"],
        [[g, t, dt, n, "Rose City Pediatrics"] for g, t, dt, n in rows],
        [1.5, 1.5, 1.2, 0.9, 2.2],
        size=8,
    )
    for g, t, dt, n in rows:
        m, dd, y = dt.split("/")
        d.imm(g, f"{y}-{m}-{dd}", int(n) if n.isdigit() else None, None, t)
    d.title("Vaccine forecast", 10.5)
    d.table(
        ["Vaccine", "Status", "Recommended date"],
        [
            ["HPV dose 2", "Overdue", "09/10/2025"],
            ["MenACWY dose 2", "Not yet due", "at age 16"],
            ["Meningococcal B", "Not yet due (age 16 - shared decision)", "-"],
            ["Hib", "Complete - no further doses needed after age 5", "-"],
            ["COVID-19", "Parent declined", "-"],
            ["Dengue (Dengvaxia)", "Not indicated - non-endemic area", "-"],
        ],
        [2.2, 3.6, 1.6],
        size=8,
    )
    d.no("immunizations", "Meningococcal B", "due", "not yet due, never given")
    d.no("immunizations", "COVID-19", "other", "parent declined")
    d.no("immunizations", "Dengue (Dengvaxia)", "other", "not indicated")
    d.title("Screening", 10.5)
    d.table(
        ["Test", "Result", "Units", "Reference", "Date"],
        [["Blood lead, capillary", "2.1", "ug/dL", "< 3.5", "03/14/2015"]],
        [2.4, 1.0, 1.0, 1.2, 1.2],
        size=8,
    )
    d.lab("Blood lead, capillary", "2.1", "ug/dL", None, 3.5, "< 3.5", "normal", "2015-03-14", ["Blood lead"])
    d.para("This record is an official Oregon certificate of immunization for school and child care. Verified by "
           "J. Alvarez, MA, Rose City Pediatrics.", 8)
    return d

# ---------------------------------------------------------------------------- 19 Kano
@document
def d19():
    d = Doc(
        19,
        "kano_prescription_scan",
        "Kano State (Nigeria, Kano)",
        "prescription",
        "outpatient prescription with handwritten visit notes in Hausa (diagnoses with ICD-10 codes, brand names with "
        "strengths, H. pylori triple therapy, increased, continued, new and stopped medicines, a two-strength "
        "combination, handwritten vitals and results without references, allergy, family history, painkillers not to "
        "take, tests for the next visit; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": -1.8},
        lang="Hausa",
    )
    d.letterhead(
        "Asibitin Kwararru na Murtala Muhammad",
        ["Sashen Marasa Lafiya na Waje (OPD) – Titin Kofar Mata, Kano", "Jihar Kano"],
        right=["TAKARDAR MAGANI", "Lamba: MMSH/OPD/26/3318"],
        size=13.5,
        color=(0.0, 0.4, 0.2),
    )
    visit = "2026-03-13"
    d.kv(
        [
            ("Sunan mara lafiya:", Hand("Sani Abdullahi Danjuma")),
            ("Shekaru / Jinsi:", Hand("52 – Namiji")),
            ("Kwanan wata:", Hand(d.d(visit))),
            ("Likita:", Hand("Dr. Hauwa Bello")),
        ],
        cols=1,
        lw=120,
    )
    d.hand_line("Alamomin jiki:", "BP 156/94 mmHg   Bugun zuciya 84/min   Nauyi 78 kg", 10.5)
    d.vit("blood_pressure", "156/94", 156.0, 94.0, "mmHg")
    d.vit("heart_rate", "84", 84.0, None, "/min")
    d.vit("weight", "78", 78.0, None, "kg")
    d.hand_line("Binciken cuta:", "Gyambon ciki (peptic ulcer, K27.9) – H. pylori tabbatacce", 10.5)
    d.hand_line("", "Hawan jini (I10)", 10.5)
    d.cond("Gyambon ciki", "active", "K27.9", ["peptic ulcer"])
    d.cond("Hawan jini", "active", "I10", ["hypertension"])
    d.hand_line("Sakamakon gwaji:", "H. pylori stool antigen: Positive   Hb 11.8 g/dL   FBS 5.4 mmol/L", 10.5)
    d.lab("H. pylori stool antigen", "Positive", None, None, None, None, "abnormal", visit, ["Helicobacter pylori"],
          num=None)
    d.lab("Hb", "11.8", "g/dL", None, None, None, None, visit, ["Haemoglobin"])
    d.lab("FBS", "5.4", "mmol/L", None, None, None, None, visit, ["Fasting blood sugar"])
    d.hand_line("Allergy:", "Metronidazole (Flagyl) – amai", 10.5)
    d.alg("Metronidazole", "amai")
    d.hand_line("Tarihin iyali:", "mahaifinsa yana da ciwon suga", 10.5)
    d.no("conditions", "ciwon suga", "family", "father")
    d.gap(6)
    d.text(d.x0, d.y, "Rx", "SB", 20, (0.1, 0.1, 0.1))
    d.y -= 24
    for ln in [
        "1. Amoxil 1 g – sau biyu a rana × kwana 14",
        "2. Klacid 500 mg – sau biyu a rana × kwana 14",
        "3. Losec 20 mg – sau biyu a rana × kwana 14",
        "4. Amlodipine 10 mg – sau daya a rana (an ƙara daga 5 mg)",
        "5. Moduretic 5/50 mg – sau daya a rana (a ci gaba)",
        "6. Emzor Paracetamol 500 mg – kwaya 2 idan ana bukata, har sau 3 a rana",
    ]:
        d.hand_line("", ln, 11)
    d.med("Amoxil", "Amoxil", "1", "g", None, "sau biyu a rana × kwana 14", "new")
    d.meds[-1]["aliases"] = ["amoxicillin"]
    d.med("Klacid", "Klacid", "500", "mg", None, "sau biyu a rana × kwana 14", "new")
    d.meds[-1]["aliases"] = ["clarithromycin"]
    d.med("Losec", "Losec", "20", "mg", None, "sau biyu a rana × kwana 14", "new")
    d.meds[-1]["aliases"] = ["omeprazole"]
    d.med("Amlodipine", None, "10", "mg", None, "sau daya a rana", "changed")
    d.med("Moduretic", "Moduretic", None, None, None, "sau daya a rana")
    d.meds[-1]["aliases"] = ["amiloride/hydrochlorothiazide"]
    d.med("Emzor Paracetamol", None, "500", "mg", None, "kwaya 2 idan ana bukata, har sau 3 a rana", "new")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.hand_line("A daina:", "Voltaren (diclofenac) 50 mg", 11)
    d.med("Voltaren", "Voltaren", "50", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["diclofenac"]
    d.no("medications", "Voltaren", "stopped", "stopped (ulcer)")
    d.hand_line("", "Kada ka sha magungunan rage ciwo kamar ibuprofen ko aspirin.", 11)
    d.no("medications", "ibuprofen", "other", "not to take")
    d.no("medications", "aspirin", "other", "not to take")
    d.hand_line("Ziyara ta gaba:", "bayan makonni 4 – urea breath test bayan kammala", 10.5)
    d.hand_line("", "magani; urea, electrolytes da creatinine.", 10.5)
    d.no("labs", "urea breath test", "planned", "after completing treatment")
    d.no("labs", "electrolytes", "planned", "next visit")
    d.gap(10)
    d.signature("Dr. Hauwa Bello", "Likita – Sashen OPD (MDCN 48812)", hand=True)
    return d

# ---------------------------------------------------------------------------- 20 Sleman
@document
def d20():
    d = Doc(
        20,
        "sleman_medication_list",
        "Special Region of Yogyakarta (Indonesia, Sleman)",
        "prescription",
        "health-centre medication list print in Javanese (diagnoses with ICD-10 codes and allergies side by side, "
        "Esuk / Awan / Sore / Bengi columns, purpose column, new, held and stopped medicines with a stop reason naming a "
        "past event, as-needed lines, a medicine to start later, a painkiller not to take, registered results, "
        "nurse's handwritten note with a vaccine)",
        "d-m-Y",
        lang="Javanese",
        comma=True,
    )
    d.letterhead(
        "Puskesmas Depok III – Kabupaten Sleman",
        ["Jl. Ringroad Utara, Maguwoharjo, Depok, Sleman, DIY 55282", "Poli Penyakit Dalem / Prolanis"],
        right=["DHAPTAR OBAT PASIEN", "Kaprint: 09-03-2026"],
        size=13,
        color=(0.35, 0.2, 0.05),
    )
    d.kv(
        [
            ("Asma:", "Bapak Suparman Hadiwiyono"),
            ("Yuswa:", "74 taun"),
            ("No. RM:", "DP3-012884"),
            ("Dokter:", "dr. Retno Wulandari"),
        ],
        lw=60,
    )

    def left():
        d.title("Diagnosa", 10)
        d.table(
            ["ICD-10", "Diagnosa"],
            [
                ["I50.0", "Gagal jantung kongestif"],
                ["I48.9", "Fibrilasi atrium"],
                ["I10", "Tekanan getih dhuwur (hipertensi)"],
                ["N18.3", "Lara ginjel kronis stadium 3"],
            ],
            [0.8, 3.2],
            size=8,
        )

    def right():
        d.title("Alergi / ora cocok obat", 10)
        d.table(
            ["Obat", "Reaksi"],
            [["Allopurinol", "bintul-bintul lan gatel"], ["Kaptopril", "watuk garing (ora cocok)"]],
            [1.4, 2.4],
            size=8,
        )

    side_by_side(d, left, right, split=0.55)
    d.cond("Gagal jantung kongestif", "active", "I50.0", ["congestive heart failure"])
    d.cond("Fibrilasi atrium", "active", "I48.9", ["atrial fibrillation"])
    d.cond("Tekanan getih dhuwur", "active", "I10", ["hypertension"])
    d.cond("Lara ginjel kronis stadium 3", "active", "N18.3", ["chronic kidney disease stage 3"])
    d.alg("Allopurinol", "bintul-bintul lan gatel")
    d.alg("Kaptopril", "watuk garing")
    d.title("Obat ingkang dipunagem", 10.5)
    d.table(
        ["Jeneng obat", "Dosis", "Esuk", "Awan", "Sore", "Bengi", "Kagem napa", "Katrangan"],
        [
            ["Simarc-2 (warfarin)", "2 mg", "–", "–", "–", "1", "ngencerake getih", ""],
            ["Bisoprolol (Concor)", "2,5 mg", "1", "–", "–", "–", "detak jantung", ""],
            ["Furosemid", "40 mg", "1", "–", "–", "–", "mbucal toya", ""],
            ["Spironolakton", "25 mg", "1", "–", "–", "–", "jantung", "anyar 09-03-2026"],
            ["Atorvastatin", "20 mg", "–", "–", "–", "1", "kolesterol", ""],
            ["Kandesartan", "8 mg", "–", "–", "–", "–", "tekanan getih",
             "dipun kendelaken rumiyin ngantos priksa kalium"],
            ["Digoksin", "0,25 mg", "–", "–", "–", "–", "detak jantung",
             "dipun kendelaken – mual lan bradikardi (nadi 48)"],
        ],
        [1.9, 0.8, 0.5, 0.5, 0.5, 0.55, 1.3, 2.3],
        size=7.8,
    )
    d.med("Simarc-2", "Simarc-2", "2", "mg", None, None)
    d.meds[-1]["aliases"] = ["warfarin"]
    d.med("Bisoprolol", "Concor", "2,5", "mg", None, None)
    d.med("Furosemid", None, "40", "mg", None, None)
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Spironolakton", None, "25", "mg", None, None, "new")
    d.meds[-1]["aliases"] = ["spironolactone"]
    d.med("Atorvastatin", None, "20", "mg", None, None)
    d.med("Kandesartan", None, "8", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["candesartan"]
    d.med("Digoksin", None, "0,25", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["digoxin"]
    d.no("medications", "Kandesartan", "stopped", "held until potassium check")
    d.no("medications", "Digoksin", "stopped", "stopped for nausea and bradycardia")
    d.no("conditions", "bradikardi", "historical", "reason for stopping digoxin")
    d.title("Yen perlu", 10)
    d.bullets(
        [
            "Kolkisin 0,5 mg – yen lara asam urat kumat, maks. 3 kaping sedinten",
            "Parasetamol 500 mg – yen perlu, maks. 3 kaping sedinten",
        ],
        size=9,
    )
    d.med("Kolkisin", None, "0,5", "mg", None, "yen lara asam urat kumat, maks. 3 kaping sedinten")
    d.meds[-1]["aliases"] = ["colchicine"]
    d.med("Parasetamol", None, "500", "mg", None, "yen perlu, maks. 3 kaping sedinten")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.para("Badhe dipunwiwiti: Dapagliflozin (Forxiga) 10 mg – sasampunipun priksa ginjel wulan ngajeng.", 9)
    d.no("medications", "Dapagliflozin", "planned", "to start after kidney check next month")
    d.para("Sampun ngunjuk obat nyeri kados ibuprofen utawi jamu tanpa pitakon dhateng dokter.", 9)
    d.no("medications", "ibuprofen", "other", "not to take")
    res = "2026-03-06"
    d.title("Asil laboratorium (" + d.d(res) + ")", 10)
    d.para("INR 2,4    Kalium 5,4 mmol/L    Natrium 137 mmol/L    eGFR 38 ml/mnt/1,73 m²", 9)
    d.lab("INR", "2,4", None, None, None, None, None, res)
    d.lab("Kalium", "5,4", "mmol/L", None, None, None, None, res, ["Potassium"])
    d.lab("Natrium", "137", "mmol/L", None, None, None, None, res, ["Sodium"])
    d.lab("eGFR", "38", "ml/mnt/1,73 m²", None, None, None, None, res)
    d.gap(8)
    d.hand_line("Cathetan perawat:", "Vaksin influenza (Vaxigrip Tetra) sampun dipunparingaken", 10.5)
    d.hand_line("", "09-03-2026 – ssk. Rini", 10.5)
    d.imm("Vaksin influenza", "2026-03-09", None, None, "Vaxigrip Tetra", amb=_amb(d.style, "2026-03-09"))
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    return d

# ---------------------------------------------------------------------------- 21 Francistown
@document
def d21():
    d = Doc(
        21,
        "francistown_preanaesthesia_form",
        "North-East District (Botswana, Francistown)",
        "medical_record",
        "pre-anaesthesia questionnaire in Setswana (Ee / Nnyaa boxes with ticks and handwritten details, indication of "
        "the planned knee replacement, past TB, a relative's anaesthetic complication, handwritten medicines with held, "
        "continued and stopped drugs, tetanus vaccine without an exact date, anaesthetist's section with vitals and "
        "bloods without references)",
        "d/m/Y",
        lang="Setswana",
    )
    d.letterhead(
        "Sepetlele sa Nyangabgwe – Francistown",
        ["Lefapha la Anaesthesia le Theatre – Private Bag 3, Francistown", "Mogala: 241 1000"],
        right=["FOROMO YA DIPOTSO", "PELE GA KARO"],
        size=13,
        color=(0.1, 0.3, 0.5),
    )
    d.kv(
        [
            ("Leina:", Hand("Boitumelo Kgosietsile")),
            ("Letsatsi la matsalo:", Hand("12/07/1959")),
            ("Nomoro ya molwetse:", Hand("NRH 552901")),
            ("Karo e e rulaganeng:", Hand("Go fetola lengole la moja – osteoarthritis ya lengole")),
            ("Letsatsi:", Hand("16/03/2026")),
        ],
        cols=1,
        lw=128,
    )
    d.cond("osteoarthritis ya lengole", "active", None, ["osteoarthritis of knee"])
    d.para("Tsweetswee tshwaya lebokose le le maleba, o bo o kwala dintlha fa go tlhokega.", 8.5)
    d.title("Malwetse", 10)
    d.checks(
        [
            ("Kgatelelo e e kwa godimo ya madi", "Y", "dingwaga di le 10, ke nwa dipilisi"),
            ("Bolwetse jwa pelo", "Y", "atrial fibrillation"),
            ("Sukiri (diabetes)", "Y", "mofuta 2, dipilisi"),
            ("Asema / bolwetse jwa makgwafo", "N", ""),
            ("Bolwetse jwa diphio", "N", ""),
            ("TB (mafatlha)", "Y", "2015 – ke alafilwe, ke fodile"),
            ("HIV", "Y", "ke nwa ARV (TLD) sentle"),
            ("Mathata ka anaesthesia (wena kgotsa ba losika)", "Y", "kgaitsadi: malignant hyperthermia"),
        ],
        qw=0.46,
        labels=("Ee", "Nnyaa", "Dintlha"),
    )
    d.cond("Kgatelelo e e kwa godimo ya madi", "active", None, ["hypertension"])
    d.cond("atrial fibrillation", "active", None)
    d.cond("Sukiri", "active", None, ["diabetes mellitus"])
    d.no("conditions", "Asema / bolwetse jwa makgwafo", "checkbox_no")
    d.no("conditions", "Bolwetse jwa diphio", "checkbox_no")
    d.no("conditions", "TB", "historical", "2015, treated and cured")
    d.cond("HIV", "active", None)
    d.no("conditions", "malignant hyperthermia", "family", "sister")
    d.title("Dikotsi tsa melemo le dijo (allergy)", 10)
    d.checks(
        [
            ("Melemo", "Y", "Penicillin – rash le go ruruga"),
            ("Dijo", "Y", "ditlhapi – go ruruga molomo"),
            ("Latex (rabara)", "N", ""),
        ],
        qw=0.46,
        labels=("Ee", "Nnyaa", "Eng? Go diragala eng?"),
    )
    d.alg("Penicillin", "rash le go ruruga")
    d.alg("ditlhapi", "go ruruga molomo")
    d.no("allergies", "Latex (rabara)", "checkbox_no")
    d.title("Melemo e o e nwang ka metlha (leina, selekanyo, gangwe kae)", 10)
    d.hand_line("1.", "Warfarin 5 mg bosigo – emisa malatsi a 5 pele ga karo", 10.5)
    d.hand_line("2.", "Metformin 850 mg 2x ka letsatsi – o se ka wa e nwa ka letsatsi la karo", 10.5)
    d.hand_line("3.", "Amlodipine 10 mg mo mosong – tswelela", 10.5)
    d.hand_line("4.", "Bisoprolol 5 mg mo mosong – tswelela", 10.5)
    d.hand_line("5.", "TLD 1 pilisi bosigo – tswelela", 10.5)
    d.hand_line("Ke emisitse:", "Ibuprofen 400 mg (2025)", 10.5)
    d.med("Warfarin", None, "5", "mg", None, "bosigo", "held")
    d.med("Metformin", None, "850", "mg", None, "2x ka letsatsi", "held")
    d.med("Amlodipine", None, "10", "mg", None, "mo mosong")
    d.med("Bisoprolol", None, "5", "mg", None, "mo mosong")
    d.med("TLD", None, None, None, None, "bosigo")
    d.meds[-1]["aliases"] = ["tenofovir/lamivudine/dolutegravir"]
    d.med("Ibuprofen", None, "400", "mg", None, None, "stopped")
    d.no("medications", "Warfarin", "stopped", "stop 5 days before surgery")
    d.no("medications", "Metformin", "stopped", "not on the day of surgery")
    d.no("medications", "Ibuprofen", "stopped", "stopped 2025")
    d.checks(
        [
            ("Moento wa tetanus mo dingwageng di le 10", "Y", "2023, ga ke itse letsatsi"),
            ("Moento wa COVID-19 mo ngwageng o o fetileng", "N", ""),
        ],
        qw=0.46,
        labels=("Ee", "Nnyaa", ""),
    )
    d.imm("Moento wa tetanus", None, None, None, None)
    d.imms[-1]["aliases"] = ["tetanus vaccine"]
    d.no("immunizations", "Moento wa COVID-19", "checkbox_no")
    d.title("Go tlatswa ke ngaka ya anaesthesia", 10)
    d.kv(
        [
            ("BP:", Hand("142/84 mmHg")),
            ("Pulse:", Hand("76/min")),
            ("SpO2:", Hand("97 %")),
            ("Boima:", Hand("88 kg")),
            ("Boleele:", Hand("162 cm")),
            ("BMI:", Hand("33.5")),
        ],
        cols=3,
        lw=56,
    )
    d.vit("blood_pressure", "142/84", 142.0, 84.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "88", 88.0, None, "kg")
    d.vit("height", "162", 162.0, None, "cm")
    d.vit("bmi", "33.5", 33.5, None, None)
    iso = "2026-03-10"
    d.hand_line("Madi " + d.d(iso) + ":", "Hb 12.9 g/dL  Plt 268 ×10⁹/L  INR 2.6  Creat 96 µmol/L", 10.5)
    d.hand_line("", "K 4.4 mmol/L  Glucose 7.8 mmol/L  VL < 50 copies/mL", 10.5)
    d.lab("Hb", "12.9", "g/dL", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Plt", "268", "×10⁹/L", None, None, None, None, iso, ["Platelets"])
    d.lab("INR", "2.6", None, None, None, None, None, iso)
    d.lab("Creat", "96", "µmol/L", None, None, None, None, iso, ["Creatinine"])
    d.lab("K", "4.4", "mmol/L", None, None, None, None, iso, ["Potassium"])
    d.lab("Glucose", "7.8", "mmol/L", None, None, None, None, iso)
    d.lab("VL", "< 50", "copies/mL", None, None, None, None, iso, ["HIV viral load"], num=None)
    d.hand_line("ASA:", "III – spinal anaesthesia e e rulaganwa", 10.5)
    d.hand_line("Ngaka:", "Dr. O. Sebego", 10.5)
    return d

# ---------------------------------------------------------------------------- 22 Douglas
@document
def d22():
    d = Doc(
        22,
        "douglas_new_patient_questionnaire",
        "Isle of Man (Douglas)",
        "medical_record",
        "new patient questionnaire completed online and printed (typed ☒ / ☐ answers with details, page header, "
        "medicines table with a stopped drug, allergies, flu vaccine without an exact date and two typed shingles "
        "doses, typed family-history grid, handwritten practice nurse's section with vitals and a planned blood test)",
        "d/m/Y",
    )
    d.letterhead(
        "Kensington Group Practice",
        ["Manx Care – Primary Care Services", "Kensington Road, Douglas, Isle of Man IM1 3PF"],
        right=["NEW PATIENT QUESTIONNAIRE", "Submitted online 02/03/2026"],
        size=14,
        color=(0.55, 0.0, 0.1),
    )
    d.run_header = "New patient questionnaire – Fiona Margaret Kerruish – DOB 28/01/1970"
    d.title("About you", 10.5)
    d.kv(
        [
            ("Name:", "Fiona Margaret Kerruish"),
            ("Date of birth:", "28/01/1970"),
            ("Previous GP:", "Abbeymead Surgery, Gloucester"),
            ("Occupation:", "Bank clerk"),
        ],
        lw=80,
    )
    d.title("Your medical history", 10.5)
    d.para("Please tick Yes or No and give details.", 8.5)
    typed_checks(
        d,
        [
            ("High blood pressure", "Y", "Diagnosed 2020, on amlodipine"),
            ("Diabetes", "N", ""),
            ("Heart disease / angina", "N", ""),
            ("Thyroid problems", "Y", "Hypothyroidism since 2017"),
            ("Depression / anxiety", "Y", "Depression - on sertraline, feeling much better"),
            ("Kidney stones", "Y", "2018 - passed on its own, none since"),
            ("Skin conditions", "Y", "Plaque psoriasis - elbows and scalp, uses creams"),
            ("Arthritis", "Y", "Osteoarthritis - both knees"),
        ],
    )
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.no("conditions", "Diabetes", "checkbox_no")
    d.no("conditions", "Heart disease / angina", "checkbox_no")
    d.cond("Hypothyroidism", "active", None)
    d.cond("Depression", "active", None)
    d.no("conditions", "Kidney stones", "historical", "2018, passed, none since")
    d.cond("Plaque psoriasis", "active", None)
    d.cond("Osteoarthritis", "active", None)
    d.title("Medicines you take", 10.5)
    d.table(
        ["Medicine", "Dose", "How often", "Notes"],
        [
            ["Amlodipine", "5 mg", "once daily", ""],
            ["Levothyroxine", "75 micrograms", "once daily before breakfast", ""],
            ["Sertraline", "100 mg", "once daily", ""],
            ["Dovobet gel", "-", "once daily to plaques when flaring", ""],
            ["Paracetamol", "1 g", "up to 4 times a day when needed", "for knees"],
            ["Naproxen", "500 mg", "-", "Stopped January 2026 on GP advice"],
        ],
        [1.6, 1.2, 2.6, 2.4],
        size=8.4,
    )
    d.med("Amlodipine", None, "5", "mg", None, "once daily")
    d.med("Levothyroxine", None, "75", "micrograms", None, "once daily before breakfast")
    d.med("Sertraline", None, "100", "mg", None, "once daily")
    d.med("Dovobet gel", "Dovobet", None, None, None, "once daily to plaques when flaring")
    d.meds[-1]["aliases"] = ["calcipotriol/betamethasone"]
    d.med("Paracetamol", None, "1", "g", None, "up to 4 times a day when needed")
    d.med("Naproxen", None, "500", "mg", None, None, "stopped")
    d.no("medications", "Naproxen", "stopped", "stopped January 2026")
    d.title("Allergies", 10.5)
    typed_checks(d, [("Do you have any allergies?", "Y", "Penicillin - swollen face and lips (1998); "
                                                       "Elastoplast - blisters")])
    d.alg("Penicillin", "swollen face and lips")
    d.alg("Elastoplast", "blisters")
    d.title("Vaccinations", 10.5)
    typed_checks(
        d,
        [
            ("Flu vaccine this winter", "Y", "Yes - October 2025 at Boots pharmacy, exact date not known"),
            ("Shingles vaccine", "Y", "Shingrix - 18/11/2024 and 20/01/2025"),
            ("COVID-19 vaccine in the last 12 months", "N", ""),
        ],
    )
    d.imm("Flu vaccine", None, None, None, None)
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.imm("Shingrix", "2024-11-18", 1, None, "Shingrix", amb=_amb(d.style, "2024-11-18"))
    d.imm("Shingrix", "2025-01-20", 2, None, "Shingrix", amb=_amb(d.style, "2025-01-20"))
    d.imms[-2]["aliases"] = ["shingles vaccine"]
    d.imms[-1]["aliases"] = ["shingles vaccine"]
    d.no("immunizations", "COVID-19 vaccine", "checkbox_no")
    d.title("Family history (tick the relative)", 10.5)
    rels = ["Mother", "Father", "Brother / sister"]
    total = d.x1 - d.x0
    d.ensure(80)
    d.text(d.x0, d.y, "Condition", "B", 8.8)
    for k, r in enumerate(rels):
        d.text(d.x0 + total * 0.42 + k * 90, d.y, r, "B", 8.8)
    d.y -= 14
    for cond, who in [("Heart disease", "Father"), ("Bowel cancer", "Mother"), ("Diabetes", None),
                      ("Stroke", None)]:
        d.text(d.x0, d.y, cond, "R", 8.8)
        for k, r in enumerate(rels):
            d.text(d.x0 + total * 0.42 + k * 90, d.y, "\u2612" if r == who else "\u2610", "R", 9)
        d.y -= 13
    d.gap(6)
    d.no("conditions", "Heart disease", "family", "father")
    d.no("conditions", "Bowel cancer", "family", "mother")
    d.ensure(110)
    d.title("For practice use – new patient health check", 10.5)
    d.hand_line("BP:", "142/88 mmHg    Pulse: 72 reg", 11)
    d.hand_line("Wt:", "84.6 kg    Ht: 1.71 m    BMI: 28.9", 11)
    d.vit("blood_pressure", "142/88", 142.0, 88.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, None)
    d.vit("weight", "84.6", 84.6, None, "kg")
    d.vit("height", "1.71", 1.71, None, "m")
    d.vit("bmi", "28.9", 28.9, None, None)
    d.hand_line("Bloods:", "fasting lipid profile booked 24/03/2026", 11)
    d.no("labs", "fasting lipid profile", "planned", "booked 24/03/2026")
    d.hand_line("", "S. Cain, Practice Nurse, 05/03/2026", 11)
    return d

# ---------------------------------------------------------------------------- 23 Anchorage
@document
def d23():
    d = Doc(
        23,
        "anchorage_ccda_ccd",
        "United States (Alaska, Anchorage)",
        "medical_record",
        "EHR print-out (C-CDA CCD rendering with patient header and print footer on every page, UCUM units, resolved "
        "problem, refuted allergy, completed and discontinued medicines, a two-strength inhaler, results on two dates, "
        "vitals table, vaccine given at the visit and one refused, family history, plan of treatment with a lab order "
        "and a screening test due)",
        "m/d/Y",
        size=letter,
    )
    d.run_footer = "C-CDA R2.1 Continuity of Care Document - rendered 03/13/2026 09:05 - doc id 5d0a-17e2-8b64"
    hdr = "Jolene Marie Kashevaroff - DOB 07/30/1984 - MRN 80144327 - Continuity of Care Document"
    d.text(d.x0, d.y, hdr, "R", 7.5, (0.3, 0.3, 0.3))
    d.line(d.x0, d.y - 4, d.x1, d.y - 4, 0.4, 0.5)
    d.y -= 24
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Jolene Marie Kashevaroff", "Contact info", "6120 Debarr Rd, Anchorage, AK 99504, US"],
            ["Date of birth", "July 30, 1984", "Sex", "Female"],
            ["Patient IDs", "MRN 80144327 (2.16.840.1.113883.3.7731)", "Language", "English"],
            ["Author", "Erik Lindgren, MD, Chugach Family Medicine", "Custodian", "Northern Lights Health"],
            ["Documentation of", "Care provision, 03/10/2026", "Encounter", "Office visit 03/10/2026"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = hdr
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Moderate persistent asthma, uncomplicated", "J45.40", "Active", "2009"],
            ["Major depressive disorder, recurrent, moderate", "F33.1", "Active", "2016"],
            ["Hypothyroidism, unspecified", "E03.9", "Active", "2019"],
            ["Obesity, unspecified", "E66.9", "Active", "2018"],
            ["Iron deficiency anemia secondary to chronic blood loss", "D50.0", "Active", "11/2025"],
            ["Acute bronchitis, unspecified", "J20.9", "Resolved", "02/2026"],
        ],
        [4.1, 1.1, 1.0, 0.9],
        size=8,
    )
    d.cond("Moderate persistent asthma, uncomplicated", "active", "J45.40", ["asthma"])
    d.cond("Major depressive disorder, recurrent, moderate", "active", "F33.1")
    d.cond("Hypothyroidism, unspecified", "active", "E03.9")
    d.cond("Obesity, unspecified", "active", "E66.9")
    d.cond("Iron deficiency anemia secondary to chronic blood loss", "active", "D50.0")
    d.no("conditions", "Acute bronchitis, unspecified", "historical", "resolved")
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Aspirin", "Wheezing", "Moderate", "Active"],
            ["Shellfish", "Hives", "Moderate", "Active"],
            ["Amoxicillin", "Rash", "Mild", "Inactive - refuted (tolerated amoxicillin 2024)"],
        ],
        [2.2, 1.9, 0.9, 3.0],
        size=8,
    )
    d.alg("Aspirin", "Wheezing", "Moderate")
    d.alg("Shellfish", "Hives", "Moderate")
    d.no("allergies", "Amoxicillin", "negated", "inactive, refuted")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Budesonide / Formoterol 160-4.5 MCG/ACTUAT Metered Dose Inhaler [Symbicort]",
             "2 puffs inhaled twice daily", "2019", "Active"],
            ["Albuterol 90 MCG/ACTUAT Metered Dose Inhaler [ProAir HFA]", "2 puffs inhaled every 4 hours as needed",
             "2009", "Active"],
            ["Montelukast 10 MG Oral Tablet [Singulair]", "10 mg by mouth at bedtime", "2019", "Active"],
            ["Bupropion Hydrochloride 300 MG Extended Release Oral Tablet [Wellbutrin XL]",
             "300 mg by mouth every morning", "01/2026", "Active"],
            ["Levothyroxine Sodium 112 MCG Oral Tablet [Synthroid]", "112 mcg by mouth daily before breakfast",
             "2019", "Active"],
            ["Ferrous Sulfate 325 MG Oral Tablet", "325 mg by mouth every other day", "11/2025", "Active"],
            ["Prednisone 40 MG Oral Tablet", "40 mg by mouth daily x 5 days", "02/28/2026", "Completed 03/04/2026"],
            ["Sertraline 100 MG Oral Tablet", "100 mg by mouth daily", "2016",
             "Discontinued 01/2026 (switched to bupropion)"],
        ],
        [3.3, 2.3, 0.9, 1.9],
        size=7.9,
    )
    d.med("Budesonide / Formoterol", "Symbicort", None, None, "inhaled", "twice daily")
    d.med("Albuterol", "ProAir HFA", "90", "MCG/ACTUAT", "inhaled", "every 4 hours as needed")
    d.med("Montelukast", "Singulair", "10", "mg", "by mouth", "at bedtime")
    d.med("Bupropion Hydrochloride", "Wellbutrin XL", "300", "mg", "by mouth", "every morning")
    d.med("Levothyroxine Sodium", "Synthroid", "112", "mcg", "by mouth", "daily before breakfast")
    d.med("Ferrous Sulfate", None, "325", "mg", "by mouth", "every other day")
    d.med("Prednisone", None, "40", "mg", "by mouth", "daily x 5 days", "completed")
    d.med("Sertraline", None, "100", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Prednisone", "stopped", "course completed 03/04/2026")
    d.no("medications", "Sertraline", "stopped", "discontinued, switched to bupropion")
    d.ensure(200)
    ccda_section(d, "Results", "results")
    res = [
        ("Hemoglobin", "11.4", "g/dL", 11.1, 15.9, None, "normal", "11.1-15.9", "Normal", "03/10/2026", []),
        ("Hemoglobin", "10.1", "g/dL", 11.1, 15.9, None, "low", "11.1-15.9", "Low", "12/02/2025", []),
        ("Ferritin", "22", "ng/mL", 15.0, 150.0, None, "normal", "15-150", "Normal", "03/10/2026", []),
        ("Ferritin", "6", "ng/mL", 15.0, 150.0, None, "low", "15-150", "Low", "12/02/2025", []),
        ("MCV", "79", "fL", 79.0, 97.0, None, "normal", "79-97", "Normal", "03/10/2026", ["Mean corpuscular volume"]),
        ("TSH", "2.4", "u[IU]/mL", 0.45, 4.5, None, "normal", "0.450-4.500", "Normal", "03/10/2026",
         ["Thyroid stimulating hormone"]),
        ("TSH", "6.1", "u[IU]/mL", 0.45, 4.5, None, "high", "0.450-4.500", "High", "12/02/2025",
         ["Thyroid stimulating hormone"]),
        ("Eosinophils (absolute)", "0.6", "10*3/uL", 0.0, 0.4, None, "high", "0.0-0.4", "High", "03/10/2026",
         ["Eosinophil count"]),
        ("Hemoglobin A1c", "5.9", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", "03/10/2026", ["HbA1c"]),
    ]
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [[t, v, u, rr, it, dt] for t, v, u, lo, hi, rt, f, rr, it, dt, al in res],
        [2.5, 0.7, 1.4, 1.1, 1.1, 1.0],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, rr, it, dt, al in res:
        m, dd, y = dt.split("/")
        d.lab(t, v, u, lo, hi, rt, f, f"{y}-{m}-{dd}", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["03/10/2026", "126/80 mm[Hg]", "82 /min", "18 /min", "36.8 Cel", "96 %", "98.4 kg", "163 cm",
          "37.0 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.0, 0.7, 1.0, 0.9, 1.0],
        size=7.8,
    )
    d.vit("blood_pressure", "126/80", 126.0, 80.0, "mm[Hg]")
    d.vit("heart_rate", "82", 82.0, None, "/min")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("temperature", "36.8", 36.8, None, "Cel")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "98.4", 98.4, None, "kg")
    d.vit("height", "163", 163.0, None, "cm")
    d.vit("bmi", "37.0", 37.0, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, seasonal, injectable, preservative free (Fluarix)", "10/06/2025", "Completed", "FX4471"],
            ["COVID-19 vaccine, mRNA, 2025-2026 formula (Spikevax)", "09/22/2025", "Completed", "MD0934"],
            ["Pneumococcal conjugate vaccine 20-valent (Prevnar 20)", "03/10/2026", "Completed", "LM2207"],
            ["Tdap (Adacel)", "06/14/2021", "Completed", "C5912AA"],
            ["Hepatitis B vaccine, adjuvanted (Heplisav-B)", "-", "Not done - patient refused", "-"],
        ],
        [3.6, 1.1, 2.1, 1],
        size=8,
    )
    d.imm("Influenza, seasonal, injectable, preservative free", "2025-10-06", None, "FX4471", "Fluarix")
    d.imm("COVID-19 vaccine, mRNA, 2025-2026 formula", "2025-09-22", None, "MD0934", "Spikevax")
    d.imm("Pneumococcal conjugate vaccine 20-valent", "2026-03-10", None, "LM2207", "Prevnar 20")
    d.imm("Tdap", "2021-06-14", None, "C5912AA", "Adacel")
    d.no("immunizations", "Hepatitis B vaccine, adjuvanted (Heplisav-B)", "other", "refused")
    ccda_section(d, "Family History", "familyhistory")
    d.table(["Relative", "Condition", "Age at onset"],
            [["Father", "Type 2 diabetes mellitus", "52"], ["Mother", "None known", "-"]],
            [1.5, 3, 1.5], size=8)
    d.no("conditions", "Type 2 diabetes mellitus", "family", "father")
    ccda_section(d, "Plan of Treatment", "plan")
    d.table(
        ["Planned item", "Type", "Due"],
        [
            ["Complete blood count (CBC)", "Lab order", "06/10/2026"],
            ["Cervical cancer screening (HPV test)", "Health maintenance", "Due now"],
            ["Asthma action plan review", "Care plan", "06/2026"],
            ["Gynecology referral", "Referral", "Scheduled 04/02/2026"],
        ],
        [4.0, 1.8, 1.8],
        size=8,
    )
    d.no("labs", "Complete blood count (CBC)", "planned", "lab order 06/10/2026")
    d.no("labs", "Cervical cancer screening (HPV test)", "due", "health maintenance")
    return d

# ---------------------------------------------------------------------------- 24 Maseru
@document
def d24():
    d = Doc(
        24,
        "maseru_ed_triage_scan",
        "Maseru District (Lesotho, Maseru)",
        "medical_record",
        "emergency department triage sheet in Sesotho (acute severe asthma, vitals grid with a capillary glucose, E / "
        "Che boxes marked with crosses, past TB, aspirin allergy, a self-stopped inhaler, doses given at triage, "
        "queried pneumonia, handwritten; scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": 2.4},
        lang="Sesotho",
    )
    d.letterhead(
        "Sepetlele sa Queen 'Mamohato Memorial",
        ["Lefapha la Tšohanyetso (Emergency Department) – Maseru", "South African Triage Scale (SATS)"],
        right=["FOROMO EA TRIAGE", "No. QMMH-ED 26/2281"],
        size=13,
        color=(0.5, 0.15, 0.0),
    )
    d.kv(
        [
            ("Lebitso:", Hand("'Mathabo Mokhothu")),
            ("Lilemo / Bong:", Hand("34 – E motšehali")),
            ("Letsatsi / Nako:", Hand("17/03/2026 – 02:40")),
            ("Maemo a SATS:", Hand("Orange (TEWS 6)")),
            ("Tletlebo:", Hand("ho hema ka thata matsatsi a 2, ho feheloa, khohlela")),
        ],
        cols=1,
        lw=104,
    )
    d.title("Lipontšo tsa bophelo", 10)
    d.table(
        ["BP (mmHg)", "Pulse (/min)", "RR (/min)", "Temp", "SpO2", "HGT", "Boima"],
        [[Hand("132/80"), Hand("118"), Hand("30"), Hand("37.9 °C"), Hand("88 %"), Hand("6.8 mmol/L"),
          Hand("58 kg")]],
        [1.2, 1.1, 1.0, 1.0, 0.9, 1.2, 0.9],
        size=8.4,
    )
    d.vit("blood_pressure", "132/80", 132.0, 80.0, "mmHg")
    d.vit("heart_rate", "118", 118.0, None, "/min")
    d.vit("respiratory_rate", "30", 30.0, None, "/min")
    d.vit("temperature", "37.9", 37.9, None, "°C")
    d.vit("oxygen_saturation", "88", 88.0, None, "%")
    d.vit("weight", "58", 58.0, None, "kg")
    d.lab("HGT", "6.8", "mmol/L", None, None, None, None, "2026-03-17", ["Capillary glucose"])
    d.title("Nalane ea bophelo", 10)
    d.checks(
        [
            ("Asma", "Y", "ho tloha bongoaneng"),
            ("Lefu la tsoekere", "N", ""),
            ("Khatello e phahameng ea mali", "N", ""),
            ("HIV", "Y", "o noa TLD"),
            ("TB", "Y", "2021 – o phekotsoe, o folile"),
            ("Allergy ea meriana", "Y", "Aspirin – ho hema ka thata"),
        ],
        qw=0.46,
        labels=("E", "Che", "Lintlha"),
        cross=True,
    )
    d.cond("Asma", "active", None, ["asthma"])
    d.no("conditions", "Lefu la tsoekere", "checkbox_no")
    d.no("conditions", "Khatello e phahameng ea mali", "checkbox_no")
    d.cond("HIV", "active", None)
    d.no("conditions", "TB", "historical", "2021, treated, cured")
    d.alg("Aspirin", "ho hema ka thata")
    d.hand_line("Meriana:", "Salbutamol inhaler ha ho hlokahala;  TLD 1 pilisi bosiu", 10.5)
    d.hand_line("", "Beclomethasone inhaler – o emisitse khoeling e fetileng (e felile)", 10.5)
    d.med("Salbutamol", None, None, None, None, "ha ho hlokahala")
    d.med("TLD", None, None, None, None, "bosiu")
    d.meds[-1]["aliases"] = ["tenofovir/lamivudine/dolutegravir"]
    d.med("Beclomethasone", None, None, None, None, None, "stopped")
    d.no("medications", "Beclomethasone", "stopped", "stopped last month, ran out")
    d.hand_line("Tlhahlobo:", "Asma e matla (acute severe asthma); pneumonia?", 10.5)
    d.cond("Asma e matla", "active", None, ["acute severe asthma exacerbation"])
    d.no("conditions", "pneumonia", "other", "queried")
    d.hand_line("Kalafo:", "Atrovent (ipratropium) neb x3 le salbutamol neb;", 10.5)
    d.hand_line("", "Hydrocortisone 200 mg IV; O2 ka mask 6 L/min", 10.5)
    d.no("medications", "ipratropium", "other", "nebulised at triage")
    d.no("medications", "Hydrocortisone", "other", "IV at triage")
    d.hand_line("Sebaka:", "Resus 2 – ngaka e bitsitsoe 02:45", 10.5)
    d.hand_line("Mooki oa triage:", "Sr. L. Ramakau", 10.5)
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
    rels.append("make_heldout33.py")
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
    if not 120 <= mn <= 150:
        errs.append(f"{mn} must_not rows (want about 120-150)")
    for i in info:
        if i["doc"].scan and not 0.8 <= abs(i["doc"].scan["angle"]) <= 3.0:
            errs.append(f"{i['doc'].stem}: scan angle outside 0.8-3")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)
    if os.path.abspath(outdir) != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout33.py"))
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
    base = "/tmp/heldout33_work/determinism"
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
    "**Status:** held out. Commissioned while 2.27.0's round was open (by a helper that never saw the extractor's "
    "rules), frozen unscored; to be scored blind at the end of 2.28.0's round, never opened before."
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


SET30_ADDITIONS = [
    '- Flag marks (legends printed): Polish "H"/"L" written after the value in cumulative cells -> high/low and '
    '"LL" explained in the legend as a critical value ("wartość krytyczna, zgłoszono telefonicznie") -> critical; '
    'Czech "H"/"L" after the value in a previous-result table; French (Chad) "Élevé"/"Bas" in an "Interprétation" '
    'column -> high/low and "Anormal" on a positive smear or rapid test -> abnormal; Mexican "ALTO" -> high and "*" '
    '("Resultado diferente al de referencia") on qualitative urine results that do not match the reference -> '
    'abnormal, `value_numeric` null; Croatian "↑"/"↓" in an "Oznaka" column; Filipino "Mataas"/"Mababa" in a flag '
    'column -> high/low; Belgian "+"/"−" in a flag column ("boven / onder de referentiewaarde") -> high/low; '
    'Italian "↑"/"↓"; Swiss, Finnish, Colombian, Indian, New Zealand and US "H"/"L" -> high/low. A Finnish flag '
    "printed in its own narrow column to the right of each date column belongs to that date's value.",
    '- Thousands separators: the Swiss apostrophe ("CK 1\'240 U/l") is read as thousands (1240); spaces in Polish '
    'and Chadian cells and ranges ("4 870", "11 800", "64 000", "150 000 – 400 000", "86 400 trophozoïtes/µl") and '
    'in a handwritten Belgian count ("Plaquettes 245 000/mm³"), points in Colombian and Italian cells ("2.900", '
    '"38.000", "150.000 – 450.000", "NT-proBNP 1.460") and commas in Mexican, Indian and US cells ("12,400", '
    '"8,600", "1,012") likewise; `value_text` keeps the printed form. In the Swiss German report the decimal '
    'separator is a point ("Leukozyten 11.2 G/l" is 11.2); a Mexican specific gravity "1.025" is 1.025.',
    '- Units are kept as printed, including "tys/µl", "10^9/l", "ml/s/1,73m²", "µkat/l", "mmol/mol", "E9/l", '
    '"G/l", "L/L", "/mm³", "/campo", "/hpf", "cells/cumm", "kUA/L", "trophozoïtes/µl", "cópias/ml", "mg/g creat", '
    'UCUM "mg/g{creat}", "u[IU]/mL", "mL/min/{1.73_m2}", "mm[Hg]" and "[degF]" in a C-CDA, "°F" and "lb" in an '
    'after visit summary, Hungarian "Hgmm", Colombian "lpm"/"rpm" and Italian "bpm". A haematocrit printed as a '
    'fraction without a unit ("0.30") has `unit` null. A height printed in feet and inches with the metric value '
    'in brackets ("5\' 10" (1.778 m)") takes the metric value (1.778 m).',
    '- Date styles added: Polish, Swiss, Estonian and Italian day-first dates, Czech and Finnish "5.11.2025" '
    '(j.n.Y), Croatian "07.11.2025.", Hungarian "2025.11.08." and Swedish ISO dates (never ambiguous). Some '
    'documents state their date format ("Petsa: buwan/araw/taon" on a Philippine prenatal record, "Tarehe zote '
    'ziandikwe: siku/mwezi/mwaka" on a Tanzanian child card, "All dates are shown as MM/DD/YYYY" on a US '
    "registry print); `date_ambiguous` still follows the mechanical rule of sets 22-29 (a Philippine month/day/year "
    "date is not a US document, as in set 25), and US documents are never ambiguous.",
    '- Diagnoses on a lab request: a printed diagnosis or clinical detail ("I50 Niewydolność serca", "E11.9 '
    'Diabetes mellitus 2. typu", "Diabetes mellitus tipo 2", "I48 Fibrilacija atrija", "SLE with lupus nephritis '
    'class IV") is a scored condition marked `optional`; a queried one ("paludisme grave ?") or one to be ruled out '
    '("descartar pielonefritis") is why "other", as is a queried diagnosis in a lab comment ("?mycophenolate-related '
    'lymphopenia").',
    '- Tests not resulted -> must_not lab rows (why "other"): "w trakcie oznaczania", "materiał hemolizowany, '
    'oznaczenie niewykonane", "výsledek bude doplněn", "vzorek odeslán do FN Plzeň-Lochotín", "vzorek moči '
    'nedodán", "en proceso", "muestra insuficiente", "en cours d\'incubation", "échantillon envoyé", "échantillon '
    'hémolysé – non réalisé", "u obradi", "uzorak poslan u KBC Split", "neodgovarajući uzorak", "referred to '
    'LabPLUS - to follow" and "insufficient sample, not tested". Tests to be done later ("75g OGTT sa 11/17/2025", '
    '"Blutbild-Kontrolle in 1 Woche", "Hemograma de control en 48 horas", "PVK ... kontrolliin 10.11.2025", "BMP" '
    'at follow-up, "fasting lipid panel ... before your next visit", "HbA1c e creatinina para a próxima consulta") '
    'are why "planned"; a control test named with a scored test ("PVK, krea ja kalium") is recorded under the name '
    "that is not scored (PVK).",
    '- Health maintenance lists in EHR print-outs: a screening test due or overdue ("Colorectal Cancer Screening '
    '(FIT)", "stool DNA test (Cologuard)") is a must_not lab row with why "due"; a vaccine "Due today - patient '
    'deferred", "Due - no record on file" or "Due now" is why "due", and "Patient declined" is why "other"; a '
    '"Not due yet" line for a vaccine given in the same record (Shingrix dose 2) and a "Completed" test with its '
    "next due date are not rows; items outside the six categories (eye exam, referral) give no rows. A registry "
    'forecast "Not yet due (age 11)" for a vaccine never given (Tdap) is why "due", as in set 26.',
    '- Qualitative results with a printed reference: "Positive (+++)" thick smear, "Positif" malaria rapid test and '
    'dengue "Positivo" NS1 / IgM against "Négative"/"Négatif"/"Negativo" -> abnormal, `value_numeric` null; '
    'matching negatives ("Négatif", "Non-reactive", "negatief", "Negativo") -> normal; "O Rhésus positif" and '
    '"B Rh (+)" without a reference -> flag null; a rheumatoid factor "< 10" against "< 14" -> normal with '
    '`value_numeric` null. Urine microscopy ranges keep `value_numeric` null: "25-30 /campo" with "ALTO" and "10-15 '
    '/hpf" with "Mataas" -> high, "2-4 /campo" within "0 – 5 /campo" -> normal.',
    '- Results without a reference keep flag null: a malaria parasite density ("86 400 trophozoïtes/µl", '
    '`value_numeric` 86400), culture results ("Escherichia coli", "Escherichia coli and Bacteroides fragilis", "no '
    'growth at 5 days"; `value_text` is the result, `value_numeric` null), an HIV viral load "< 50 cópias/ml" '
    "(`value_numeric` null), capillary glucose, handwritten pre-anaesthetic bloods, a haemoglobin on a child card, a "
    'registered potassium on a medication list ("P-Kalium 5,3 mmol/L") and "SARS-CoV-2 gyorsteszt: negatív". A '
    'positive rapid test without a reference ("Influenza A gyorsteszt: pozitív") -> abnormal; the diagnosis it '
    'supports on the same triage sheet is a scored condition marked `optional`, and "tüdőgyulladás?" is why "other".',
    '- Medicine status words: "nieuw", "nuovo", "neu", "UUSI", "NOVO", "nuevo", "NEW", "new" and an after visit '
    'summary\'s "START taking these medications" -> new; "dose aumentata (prima 1,25 mg x 2)", "increased from '
    'Foracort 200", "aumentar de 5 para 10 mg" and "CHANGE how you take these medications ... (was 20 mg)" -> '
    'changed; "gestopt", "sospendere", "SUSPENDER", "LOPETETTU", "STOP", "stop", "STOPPED", "Discontinued", '
    '"Utsatta läkemedel", "elhagyva", "Arrêté" and "STOP taking these medications" -> stopped; "pausiert bis '
    'Blutdruck ...", "TAUOLLA ... asti", "suspendido hasta control de presión arterial", "HOLD until 11/06/2025", '
    '"HOLD until follow-up BMP", "On hold (eGFR 38 ...)", "pausad tills kalium kontrollerats", "arrêter 3 jours '
    'avant l\'opération" and "pas le jour de l\'opération" -> held; "completed 28/10/2025" and "Completed '
    '10/20/2025" -> completed. Each stopped, held or completed row has its must_not row (why "stopped"). A stop '
    'reason naming a past event ("low blood sugar episodes (hypoglycemia)") -> must_not condition (why "historical").',
    '- Medicine names and doses: a discharge table with "Mo / Mi / Ab / Na" columns has `frequency` null, and a '
    '"Reserve" line keeps its printed limit ("max. 4x täglich"). Two-strength combinations ("Entresto 24 mg/26 mg", '
    '"Steovit Forte 1000 mg/880 IE", "Calcichew-D3 500 mg/400 IE", "Co-Diovan 160/12,5 mg", "Augmentin 875-125 '
    'mg", "Montair LC (montelukast 10 mg + levocetirizine 5 mg)") and a fixed-dose antiretroviral ("TLD '
    '(tenofovir/lamivudina/dolutegravir)") have `dose` null; a strength printed only inside an Indian brand '
    '("Foracort 400", "Pan 40", "Deriphyllin Retard 150", "Wysolone 10") gives `dose` with `unit` null, as in set '
    '29. US after-visit-summary lines ("semaglutide (OZEMPIC) 0.25 mg/dose ...") are named by the generic, with '
    "the capitalised brand in `brand`.",
    '- Ward-only, ED-only and clinic one-off doses stay must_not (why "other"): perioperative cefazolin and '
    "morphine on the ward, IV lactated Ringer's and IV omeprazole, IV ceftriaxone, IV piperacillin-tazobactam, "
    "sliding-scale insulin lispro, a single oral KCl dose (handwritten), nebulised Ventolin and Atrovent and IV "
    'Solu-Medrol at triage, and vitamin A and albendazole given at a child clinic. "No tomar ibuprofeno ni '
    'naproxeno" and "Não usar Ibuprofeno nem Diclofenac" give two rows each (why "other"); an NSAID named only in '
    'patient advice ("ibuprofene (Moment, Brufen)") is why "leaflet". Medicines handed out or started at an '
    'antenatal visit ("ibinigay 30 tab", "sinimulan ngayon") are status "new".',
    '- Conditional, questioned or later medicines are why "planned": "da valutare l\'aggiunta di spironolattone", '
    '"Is methotrexaat als corticosparend middel aangewezen?", "we may consider dupilumab", "Jardiance ... insättes '
    'efter kontroll av njurfunktion" and "Calcium carbonate ... sisimulan sa susunod na bisita".',
    '- Vaccines: a tetanus booster given in the emergency department to a visiting skier (Boostrix) and a flu '
    'vaccine given on a Finnish ward are rows with `dose_number` null; "Td 2 – ibinigay ngayon" keeps dose 2 and '
    'the earlier "Td 1" is a row with dose 1. Tanzanian child card: "BCG" and "Polio (OPV) 0" at birth and "IPV" '
    'without a number have `dose_number` null, "Polio (OPV) 1-3", "DTP-HepB-Hib 1-3", "PCV13 1-3", "Rota 1/2" and '
    '"Surua-Rubella 1 (MR 1)" keep their numbers; the MR 2 return date is not a row; "Chanjo ya malaria: haipatikani '
    'kituoni" -> why "other". Estonian registry: "1./2./3. annus" keep their numbers, "tõhustusannus" and "hooaeg '
    '2024/25" have `dose_number` null; "ei ole vajalik – põdenud leetreid lapsena" -> must_not vaccine (why '
    '"other") plus must_not condition "põdenud leetreid" (why "historical"); "soovitatud – patsient keeldus" -> why '
    '"other"; "planeeritud" -> why "due". US certificate of immunization: series numbers kept, "Seasonal" null, '
    '"Not given - series not started before age 15 weeks" and "Parent declined" -> why "other". Vaccines '
    'recommended but not given in letters ("nog niet gegeven", "si consigliano", "suositellaan", "recommended - '
    'at the next visit") -> why "due"; "inalok, tumanggi ang pasyente", "offered - patient declined" and a C-CDA '
    '"Not done - patient refused" -> why "other". A questionnaire answer "Tetanus in the last 10 years: Yes - 2019, '
    'exact date not known" is a row with `administered_on` null; vaccines answered "No" (typed or ticked) -> why '
    '"checkbox_no".',
    '- Vitals: Hungarian "RR (Hgmm)" is the blood pressure, "Légzésszám" the respiratory rate and "VC" (capillary '
    'glucose) a lab row; Italian "PA"/"FC", Colombian "PA"/"FC"/"FR"/"T"/"SatO2", Swiss "BD", Finnish '
    '"RR"/"syke"/"lämpö", Belgian French "TA"/"FC"/"IMC" and Filipino "BP"/"Timbang"/"Taas" are read as such; a '
    'child\'s "Uzito"/"Urefu" on a clinic card are weight and height. Fundal height and fetal heart tones ("Fundic '
    'ht.", "FHT") are not vitals of the patient; blood pressures, temperatures and haemoglobins quoted in the '
    "hospital course of a discharge letter are not discharge vitals.",
    "- Form answers: typed ☒ / ☐ answers on a questionnaire completed online are read as ticks, and a typed "
    'family-history grid ☒ gives a must_not condition (why "family"); a detail naming the condition '
    '("fibrillation auriculaire", "BPCO, ancien fumeur" -> "BPCO", "Anxiety - seeing NHS Talking Therapies" -> '
    '"Anxiety") gives the detail; a describing or empty detail ("Diabète: type 2, comprimés", "High blood pressure: '
    'Diagnosed 2021, on ramipril", "Gout: Last flare March 2025", "Cukorbetegség: 2-es típus, tabletta", "Magas '
    'vérnyomás") gives the printed label; a past problem ("AVC / AIT: AIT en 2020, sans séquelles" -> "AIT", '
    '"Epilepsy / seizures: Childhood seizures, none since age 9", "Kidney stones: 2019 - passed, none since") -> '
    'why "historical"; "Problème lors d\'une anesthésie (vous ou votre famille): père : réveil très difficile" -> '
    'why "family"; conditions answered "Non"/"Nem"/"No" -> why "checkbox_no".',
    '- Prose negations and history: "geen aanwijzingen voor reuzecelarteritis", "Non edemi declivi", "kein Hinweis '
    'auf ein Kompartmentsyndrom", "There is no history of anaphylaxis", "Walang pagdurugo" and "se descarta '
    'leptospirosis (IgM negativa)" -> why "negated". Problems resolved during the stay ("Munuaisvaurio korjautui", '
    '"Acute kidney injury, prerenal - resolved", a C-CDA problem with status "Resolved") and past events ("dengue '
    'clásico en 2010", "IMA anteriore nel 2018", "Longembolie 2019 ... 6 maanden behandeld", "Cholezystektomie '
    '2015 bei Cholezystolithiasis") -> why "historical". An intolerance listed with allergies ("Intolerantie: '
    'codeïne (braken)") is an allergy row; a C-CDA allergy "Inactive - refuted" -> why "negated".',
]


SET31_ADDITIONS = [
    '- Flag marks (legends printed): Slovak "zvýš."/"zníž." written after the value in cumulative cells -> high/low '
    'and "!!" explained in the legend as a critical value ("kritická hodnota, telefonicky hlásená") -> critical; '
    'Romanian "▲"/"▼" written after the value in a previous-result table -> high/low; Guinean French '
    '"Augmenté"/"Diminué" in an "Interprétation" column -> high/low and "Anormal" on a positive smear, rapid test or '
    'hepatitis B antigen -> abnormal; Slovene "V"/"N" (visoko / nizko) in an "Oznaka" column -> high/low; Brazilian '
    '"(A)"/"(B)" -> high/low and "*" ("resultado diferente do valor de referência") on qualitative urine results that '
    'do not match the reference -> abnormal, `value_numeric` null; Indonesian "Rendah"/"Tinggi" and "*" ("hasil '
    'tidak normal") in a "Ket." column; Danish, Spanish and Lithuanian "↑"/"↓" after the value; Scottish, German, '
    'Indian and US "H"/"L" after the value; Norwegian "H"/"L" in a column; US "High"/"Low" words in a flag or '
    '"Interpretation" column -> high/low. A value at the printed lower limit with no flag ("Hemoglobin 13,4", '
    '"13,4 – 17,0") is normal.',
    '- Thousands separators: Romanian, Brazilian and Spanish points in cells and ranges ("6.840", "312.000", '
    '"4.000 – 10.000", "13.900", "45.000 /mL", "até 10.000 /mL", "198.000", "150.000 – 400.000"), spaces in Guinean, '
    'Norwegian and Lithuanian cells ("12 400 parasites/µL", "NT-proBNP 1 840", "1 120"), Indian lakh grouping '
    '("4,62,000", "1,50,000 - 4,10,000") and English commas ("11,800", "4,000 - 11,000", "Faecal calprotectin 1,240") '
    'are read as thousands; `value_text` keeps the printed form. A Brazilian specific gravity "1,020" is 1.02.',
    '- Units are kept as printed, including "×10⁹/l", "×10¹²/L", "ml/s/1,73m²", "mg/mmol", "µUI/mL", "/µL", '
    '"/mm³", "mEq/L", "10³/µL", "parasites/µL", Guinean glucose in "g/L" and creatinine and bilirubin in "mg/L", '
    'Slovene "µkat/L" and "kIU/L", "mL/min/1.73m²", "mIE/L", "ng/l", "mg/l FEU", "G/l", "cells/cumm", "/cumm", '
    '"µg/g", "x10E3/uL", "x10⁹/L", UCUM "mL/min/{1.73_m2}", "mg/g{creat}", "mm[Hg]", "Cel" and "kg/m2" in a C-CDA, '
    '"MCG/ACTUAT" and "mcg/actuation" for inhaler and nasal-spray strengths, Turkish "MG" in capitals, and vital '
    'units "x/mnt", "k./min", "/dk", "lpm", "ºC" and "bpm". A lab value without a unit (INR, a handwritten '
    '"Kreatinin 0,9") has `unit` null.',
    '- Date styles added: Slovak, Romanian, Danish, Norwegian, German and Turkish "13.01.2026", Slovene "15. 1. 2026", '
    'Indonesian "19-01-2026", Serbian "21.01.2026." (trailing point), Lithuanian ISO dates (never ambiguous) and '
    'Icelandic "4.3.2025" (j.n.Y). Some documents state their format ("Dagsetningar eru skráðar sem '
    'dagur.mánuður.ár", "Semua tarikh ditulis: hari/bulan/tahun", "All dates are month/day/year"); `date_ambiguous` '
    'still follows the mechanical rule of sets 22-30 (day and month both 12 or less and different, day-month styles '
    'only), and US documents are never ambiguous.',
    '- Diagnoses on a lab request or in its clinical details: a printed diagnosis ("E11.2 Diabetes mellitus 2. typu '
    's obličkovými komplikáciami", "E03.9 Hipotiroidism", "E11 – Diabetes mellitus tipo 2", "hépatite B chronique '
    'connue", "poliartritis malih sklepov rok", "Severe plaque psoriasis on ciclosporin") is a scored condition '
    'marked `optional`; a queried one ("anemie feriprivă?", "pielonefrite aguda?", "paludisme grave ?", '
    '"revmatoidni artritis?") or one queried in a lab comment ("?ciclosporin nephrotoxicity") is why "other". A '
    'Danish SKS code ("DE835C Hypercalcæmi") is not an ICD-10 code as printed: the condition has `icd10_code` null.',
    '- Tests not resulted -> must_not lab rows (why "other"): "vzorka odoslaná do referenčného laboratória", '
    '"nedostatočné množstvo materiálu", "în lucru", "probă trimisă la laboratorul central", "em andamento", "amostra '
    'coagulada", "envoyé à l\'Institut Pasteur de Guinée – résultat en attente", "en cours d\'incubation", "tube non '
    'étiqueté – non réalisé", "vzorec poslan v UKC Ljubljana", "vzorec hemoliziran", "referred to Aberdeen Royal '
    'Infirmary ... to follow" (the latest cell of a cumulative table reads "see note"), "insufficient sample, not '
    'tested", "Histologie ... ausstehend" and "TPMT genotype sent ... awaited". Tests to be done later are why '
    '"planned": "TTGO 75 g pada UK 24–28 minggu", "Kontrolle der Nierenwerte durch den Hausarzt", "Hemograma de '
    'control", "Test de aliento con urea C13", "Trombofilijos tyrimai – po 3 mėnesių", "basic metabolic panel (BMP)" '
    'at follow-up, "idrarda mikroalbümin istenecek" and a C-CDA "Lab order" for a basic metabolic panel.',
    '- Qualitative results: "Positive"/"Positif" malaria smear and rapid test and "Antigène HBs Positif" against '
    '"Négative"/"Négatif", Indonesian "HBsAg Reaktif" against "Non reaktif" marked "*" -> abnormal; matching '
    'negatives ("Négatif", "Non reaktif", "Negatif", "ANA negativno") -> normal; "O Rh (+)" without a reference -> '
    'flag null. An Icelandic "Mislingamótefni IgG Jákvætt" against "Jákvætt = ónæmi" and "Anti-HBs 340 IU/L" against '
    '"≥ 10 IU/L = vernd" -> normal (the latter with `reference_low` 10).',
    '- Results without a reference keep flag null: a malaria parasite density ("12 400 parasites/µL", `value_numeric` '
    '12400), culture results ("kein Wachstum nach 5 Tagen", "no growth at 5 days", "methicillin-sensitive '
    'Staphylococcus aureus (MSSA)"; `value_numeric` null), handwritten "Stool C. difficile toxin A/B - negative" and '
    '"HBsAg - non-reactive", handwritten pre-anaesthetic bloods, handwritten Turkish results ("AKŞ 168 mg/dl", '
    '"HbA1c %8,1" -> `value_text` "8,1", unit "%"), a child-card haemoglobin, registered values on a medication plan '
    '("Potassi: 5,7 mmol/L", "FG (CKD-EPI): 27 ml/min/1,73 m²"), capillary glucose ("ŠUK 6,4 mmol/L") and negative '
    'dipstick words ("leukociti negativno", "nitriti negativni"). Positive ones without a reference ("eritrociti '
    '+++", "Test rápido de ureasa ... positivo") -> abnormal, `value_numeric` null; the probable diagnosis the '
    'dipstick supports on a triage sheet ("Bubrežna kolika desno, verovatno (eritrociti u urinu +++)") is a scored '
    'condition marked `optional`, and "apendicitis?" is why "other".',
    '- Medicine status words: "ny 08.01.2026", "ny", "neu", "new", "NEW", "NUEVO", "naujas", "yeni", "(baru)", '
    '"diberikan 30 tab" and a nurse\'s handwritten "- new" -> new; "økt dose (tidligere 47,5 mg)", "increased from 1 '
    'tab", "CHANGED - was 88 mcg", "antes tomaba 20 mg al día" and "doz artırıldı (önceki 30 mg)" -> changed; '
    '"seponeret ... pga. hypercalcæmi", "seponert", "abgesetzt", "stopped (gastric intolerance)", "STOP taking", '
    '"SUSPENDER definitivamente", "NUTRAUKTA – nevartoti", "STOP", "kesildi", "Suspès el ...", "parou em 2023", '
    '"STOPPED Oct 2025", "Discontinued 11/2025" and "prestao pre mesec dana" -> stopped; "pauseret indtil calcium er '
    'afklaret", "pausiert bis Kreatininkontrolle", "ON HOLD", "SUSPENDIDO hasta revisión en Hematología", "HOLD until '
    'BMP 01/13/2026", "Temporalment suspès fins al control de potassi", "suspender 3 dias antes", "não tomar no dia '
    'da cirurgia" and a C-CDA "On hold (sodium 129 ...)" -> held; a C-CDA "Completed 01/10/2026" -> completed; '
    '"uendret", "tęsti", "continuar", "continue", "CONTINUE", "wieder angesetzt" and "não suspender" -> active. Each '
    'stopped, held or completed row has its must_not row (why "stopped"). Stop reasons naming a past event '
    '("bradikardi (nabız 48)", "miàlgies") -> must_not condition (why "historical"). A referral asking whether to '
    'continue a medicine ("Skal alendronat fortsætte under udredningen?") leaves it active. A GP\'s handwritten '
    'note on a monitoring report ("derm advise ciclosporin reduced to 100 mg bd") is a medication row with status '
    '"changed"; its "Repeat U&E in 2/52" is why "planned".',
    '- Medicine names and doses: the name printed first is the name, a bracketed name goes to `brand` or `aliases` '
    '("Eliquis (apiksaban)", "Selo-Zok (metoprolol)", "Metamizol (Novalgin)", "Enoxaparin (Clexane)"); Turkish '
    'e-prescription lines ("BELOC ZOK 50 MG 20 TABLET") are named by the brand as printed with dose and unit "MG". '
    'Combinations printed with two or more strengths ("Centyl med kaliumklorid 2,5 mg + 573 mg", "Unikalk Forte 400 '
    'mg + 19 mikrog", "Entresto 49 mg/51 mg", "Amoxicillin/Clavulansäure 875/125 mg", "Pylera 140 mg/125 mg/125 mg", '
    '"SYMBICORT 160-4.5 mcg/actuation", "Symbicort Turbohaler 200/6", "Tablet Tambah Darah (Fe 60 mg + asam folat '
    '0,4 mg)") and products printed without a strength have `dose` null. A strength printed only inside an Indian '
    'brand ("Wysolone 20", "Azoran 50", "Shelcal 500", "Pan 40") gives `dose` with `unit` null; "Mesacol OD 1.2 g" '
    'gives 1.2 g. Plans with time-of-day columns ("Mo / Mi / Ab / Na", "Esmorzar / Dinar / Sopar / Nit") have '
    '`frequency` null; printed intervals are kept ("bei Bedarf bis 4x täglich", "1 càpsula cada 15 dies", "si cal, '
    'màxim 3 al dia"). "Anvendelse" / purpose columns give no condition rows.',
    '- Ward-only, clinic and triage one-off doses stay must_not (why "other"): IV piperacillin-tazobactam and '
    'piritramid, enoxaparin on the ward before the switch to apixaban, IV vancomycin and cefazolin, a red-cell '
    'transfusion ("concentrados de hematíes") and an IV pantoprazole infusion, IV iron in clinic or day care '
    '("Ferinject 1000 mg i.v.", "ferric carboxymaltose 1000 mg IV"), albendazole at a child clinic, and diclofenac IM '
    'and metoclopramide IV at triage. "Nevartoti ibuprofeno", "Apranax, Arveles gibi ağrı kesicileri '
    'kullanmayınız" and "Do not take ibuprofen (Advil) or naproxen (Aleve)" -> why "other" (one row per medicine); '
    '"No tomar antiinflamatorios como el ibuprofeno" adds no row where ibuprofen is already a stopped row; NSAIDs '
    'named only in a "Råd til pasienten" section ("ibuprofen (Ibux)", "diklofenak (Voltaren)") -> why "leaflet". '
    'Conditional or later medicines are why "planned": "Bør cinacalcet overvejes ...?", "Vurdere spironolakton ved '
    'neste kontroll", "we may consider tofacitinib or vedolizumab", "FORXIGA 10 mg: iniciar després de la revisió" '
    'and "HBIg ... untuk bayi saat lahir" (for the baby at birth).',
    '- Vaccines: a flu vaccine "givet i klinikken" or "satt hos fastlege" is a row with `dose_number` null; '
    '"Pneumokokvaccine (PPV23) ... endnu ikke givet", "Pneumokokkvaksine (Prevenar 20) anbefales – ikke satt ennå" '
    'and "Pneumococcal vaccine (PCV13) is recommended" -> why "due"; the baby\'s HB-0 dose planned at birth -> why '
    '"due"; "Td 2 diberikan hari ini" keeps 2 and the earlier "Td 1" is a row with 1; "Engerix-B dose 1 given '
    'today" is a row with 1 and its "doses 2 and 3" forecast is not; offered and declined vaccines ("ditawarkan – ibu '
    'belum bersedia", "offered - patient declined", "Patient declined", "Parent declined", "Not done - patient '
    'refused", "Boðið – einstaklingur afþakkaði", "ibu bapa menolak") -> why "other". Malaysian child record: "BCG" '
    'null, "Hepatitis B dos 1", "heksavalen dos 1-3", "PCV dos 1/2" and "MMR dos 1/2" keep their numbers; '
    '"Temujanji" (next appointment) lines are not rows; "Rotavirus – tidak dalam program kebangsaan" -> why "other". '
    'Icelandic registry: vaccines are named by the "Bóluefni" column (brand) with the disease in `aliases`; "1./2./3. '
    'skammtur" keep their numbers, "stakur skammtur", "örvunarskammtur" and "árstíðabundin 2025/26" are null; "Ekki '
    'gefið – frábending" -> why "other"; "Ekki þörf – hefur fengið mislinga" -> must_not vaccine (why "other") plus '
    'must_not condition "hefur fengið mislinga" (why "historical"); "Ráðlagt – ekki gefið enn" -> why "due". US '
    'registry with dose columns: the column gives the dose number (Tdap in its own group keeps 1), "Seasonal" is '
    'null, forecasts for vaccines in the record ("HPV Dose 2 due", "MenACWY Dose 2 not yet due") are not rows, '
    '"Meningococcal B – Not yet due (age 16 ...)" -> why "due". After visit summary and C-CDA: vaccines given that day '
    'are rows, "Due now" (Shingrix never given, Heplisav-B) -> why "due", "Completed" and "Overdue" lines for vaccines '
    'in the record are not rows. Questionnaire answers "Sim – 2021, não sabe a data" and "Yes - October 2025 ..., '
    'exact date not known" are rows with `administered_on` null; "COVID-19 booster in the last 12 months: No" -> why '
    '"checkbox_no".',
    '- Vitals: Indonesian "TD"/"Nadi"/"BB"/"TB"; Danish "BT"/"puls"/"vægt"/"højde"; Norwegian "BT"/"Puls"/"SpO2"/'
    '"Vekt"; German "RR"/"Puls"/"Temperatur"; Spanish "TA"/"FC"/"Tª"/"SatO2"; Lithuanian "AKS"/"ŠSD"/"KD"/"t°"; '
    'Turkish "TA"/"Nabız"/"Kilo"/"Boy" ("1,74 m" keeps metres); Portuguese "TA"/"FC"/"SpO2"/"Peso"/"Altura"/"IMC"; '
    'Malay "Berat"/"Panjang" (length is the height; "Lilitan kepala", head circumference, is not a vital); Serbian '
    '"TA"/"Puls"/"DF" (respiratory rate)/"Temp.", with "ŠUK" (capillary glucose) a lab row. Fundal height ("TFU") and '
    'fetal heart rate ("DJJ") are not vitals; a fever quoted in a hospital course and a pulse quoted as the reason '
    'for stopping a drug are not visit vitals. After-visit-summary vitals printed as label / value pairs take the '
    'metric height in brackets ("5\' 4" (1.626 m)").',
    '- Form answers: ticks or crosses "Sim"/"Da" with a describing detail ("Diabetes: tipo 2, comprimidos e caneta", '
    '"Hipertenzija: ne pije redovno terapiju", "Underactive thyroid: On Eltroxin since 2020") give the printed '
    'label; a detail that names the condition ("fibrilhação auricular", "Migraine with aura, about twice a month") '
    'gives the detail; a past problem ("AVC ...: 2017, sem sequelas", "Kamen u bubregu ranije: 2019, izmokrio '
    'spontano", "Postnatal depression 2021 - resolved") -> why "historical"; "Problemas com anestesias (o próprio ou '
    'familiares): mãe: náuseas e vómitos graves" -> why "family"; "Ao látex: Não" -> must_not allergy (why '
    '"checkbox_no"); "Antikoagulantna terapija: Ne" -> must_not medication (why "checkbox_no"); typed family-grid ☒ '
    '-> why "family".',
    '- Prose negations and history: "Tidak ada perdarahan", "Ingen perifere ødemer", "kein Hinweis auf eine '
    'Choledocholithiasis", "no history of uveitis", "sin signos de perforación", "Hemoptizės nebuvo" and "no evidence '
    'of osteomyelitis" -> why "negated". Past events ("tidligere NSTEMI 2021", "IAM inferior en 2019", '
    '"Colecistectomía laparoscópica en 2010", "pulmonary tuberculosis in 2017 and completed ATT", "Nyresten ... 2019 '
    '– afgået spontant", "Mammacancer ... 2012 ... recidivfri", "2018 m. – kairės kojos čiurnos lūžis") and problems '
    'resolved during the stay ("Prärenales akutes Nierenversagen ... bei Entlassung normalisiert", "Sepsis ... - '
    'resolved", a C-CDA problem "Resolved") -> why "historical"; "Mistanke om primær hyperparathyreoidisme" -> why '
    '"other". Intolerances listed with allergies ("Codein – kraftig kvalme og opkastning (intolerans)", a C-CDA '
    '"Atorvastatin – Myalgia") are allergy rows; a C-CDA allergy "Inactive - refuted" -> why "negated".',
    '- Health maintenance lists: "Colorectal Cancer Screening (FIT-DNA) – Due soon" and "Hepatitis C Screening – Due '
    '- no record on file" -> must_not labs (why "due"); imaging and examinations (mammogram, DEXA, low-dose CT, '
    'diabetic foot exam) give no rows.',
]


SET32_ADDITIONS = [
    '- Flag marks (legends printed): Polish "↑"/"↓" written after the value in cumulative cells with the newest '
    'sample on the left, and "↑↑" explained in the legend as a critical value ("wartość krytyczna, zgłoszono '
    'telefonicznie") -> critical; Czech "↑"/"↓" in a "Příznak" column for the current result and written after the '
    'value in the previous-result column (each value keeps its own column date); Vietnamese "↑"/"↓" and "*" ("kết quả '
    'bất thường") in a flag column; Galician "Alto"/"Baixo" -> high/low and "Anormal" on qualitative results in a '
    'flag column; Croatian "H"/"L" in an "Oznaka" column; Dutch "hoog"/"laag" written after the value; Swahili "Chini" '
    'in an "Alama" column -> low; Italian, Latvian and Albanian "↑"/"↓" after the value; New Zealand, Finnish, English '
    'and US "H"/"L" after the value; US "High"/"Low"/"Normal" words in an "Interpretation" column; Swedish "L" ("under '
    'skyddsnivå") beside an antibody result -> low. A value at the printed lower limit with no flag (Croatian '
    '"Hemoglobin 119", "119 – 157") is normal.',
    '- Thousands separators: Polish and Latvian spaces in cells ("1 240", "6 840", "2 150") and Galician, Italian and '
    'Albanian points in cells and ranges ("1.250 /µL", "NT-proBNP 1.870", "312.000", "150.000 – 400.000") are read as '
    'thousands; `value_text` keeps the printed form. A Vietnamese specific gravity "1.025" in a decimal-point report is '
    '1.025.',
    '- Units are kept as printed, including "mg/g", "ml/min/1,73m²", "µkat/l", "10⁹/l", "×10³/µL", "/µL", "Leu/µL", '
    '"Ery/µL", "/VT40", "x10^9/L", "10^9/L", "E9/l", "L/L" for a haematocrit, "ug/L", "umol/L", "ug/dL", "IE/L", '
    '"mikrog", Azerbaijani "mq", "mm c.s.", "vur/dəq" and "kq", Hungarian "Hgmm", "G/l" and "E" (insulin units), '
    'Swahili "/dak", Latvian "x/min", US "br/min" and "units", and in a C-CDA "10*3/uL", "UNT", "MCG", "MCG/ACTUAT", '
    '"mL/min/{1.73_m2}", "mm[Hg]", "Cel" and "kg/m2". A cerebrospinal fluid / blood glucose ratio and an INR printed '
    'without a unit have `unit` null.',
    '- Date styles added: Polish, Czech, Albanian, Estonian and Azerbaijani "10.02.2026", Croatian, Latvian and Bosnian '
    '"09.02.2026." (trailing point), Dutch "03-02-2026", Finnish "2.2.2026" (j.n.Y), New Zealand "17-Feb-2026", '
    'Hungarian "2026.02.05.", Swedish ISO dates, a Philippine child record printed month/day/year without a stated '
    'format, a Tanzanian card stating "Tarehe zote: siku/mwezi/mwaka" and a US registry stating "All dates are '
    'MM/DD/YYYY". `date_ambiguous` follows the mechanical rule of sets 22-31 (day and month both 12 or less and '
    'different; day-month styles and non-US month/day/year documents only): "10/02/2026", "03/11/2025", '
    '"11/05/2024", "08/12/2025" and "11/10/2025" are ambiguous, "2.2.2026" (day equal to month), month-name, ISO and '
    'US dates are not.',
    '- Diagnoses on a lab request or in its clinical details: a printed diagnosis ("N18.4 Przewlekła choroba nerek, '
    'stadium 4", "K76.0 Steatóza jater", "Đái tháo đường type 2 (E11)", "Diabetes mellitus tipo 2", "E05.0 '
    'Tireotoksikoza s difuznom gušom", "Crohn\'s disease on mercaptopurine ...") is a scored condition marked '
    '`optional`; a queried one ("niedokrwistość nerkopochodna?", "hemochromatóza?", "Viêm bể thận cấp?", '
    '"celijakija?"), a suspected one ("sospeita de meninxite bacteriana") and one queried in a lab comment ("?early '
    'myelosuppression") are why "other".',
    '- Tests not resulted -> must_not lab rows (why "other"): "materiał przekazany do laboratorium zewnętrznego", '
    '"próbka lipemiczna – oznaczenie niewykonane", "stanovení probíhá", "vzorek odeslán do Laboratoře lékařské '
    'genetiky", "đang nuôi cấy", "mẫu máu bị đông", "en curso", "en incubación", "mostra enviada ao laboratorio de '
    'referencia", "rezultat slijedi naknadno", "lipemičan uzorak, nije određeno", "sent to Canterbury Health '
    'Laboratories, result to follow", "sample not received" and a histology "në pritje". Tests to be done later are why '
    '"planned": "FBC weekly x 4", "Repeat FBC in 6 weeks", "Controllo di creatinina ed elettroliti" (recorded under the '
    'unscored name "elettroliti"), "Kaliumkontrolli", "Elektrolīti un kreatinīns – kontrole" ("Elektrolīti"), '
    '"Hemogrami i kontrollit", "OGTT" at the next antenatal visit, "lipid profili" and "sidikdə mikroalbumin" in 2 '
    'weeks, a handwritten "BMP" at the PCP, a basic metabolic panel (BMP) in 4 weeks and a C-CDA "Lab order".',
    '- Qualitative results with a printed reference: cerebrospinal fluid "Turbio" against "Claro" and pneumococcal '
    'antigens "Positivo" against "Negativo" marked "Anormal", Vietnamese nitrite "Dương tính" and bacteria "Nhiều" '
    'against "Âm tính" / "Không có" marked "*" -> abnormal, `value_numeric` null; matching results ("Âm tính", "Không '
    'có", "Hasi", "Positiv" against "Positiv = immun") -> normal; Vietnamese sediment ranges ("20-25 /VT40" against '
    '"0 – 2" with "↑") -> high with `value_numeric` null; "B Rh chanya" without a reference -> flag null. A Swedish '
    '"Anti-HBs 8 IE/L" against "≥ 10 IE/L = skydd" with "L" -> low (`reference_low` 10), and the hepatitis B vaccine '
    'recommended because of it ("Engerix-B – Rekommenderas") is why "due". A capillary blood lead level with a printed '
    'limit on a US registry print is a lab row (normal).',
    '- Results without a reference keep flag null: a Gram stain ("Diplococos grampositivos"), a cerebrospinal fluid '
    'neutrophil percentage, cultures naming an organism ("Escherichia coli" in peritoneal fluid, urine and blood; '
    '`value_numeric` null), a handwritten HemoCue haemoglobin, a handwritten JAK2 allele burden in a letter addendum '
    '(dated on the day of the sample it names), handwritten Azerbaijani results ("HbA1c 8,3 %" -> `value_text` "8,3", '
    'unit "%"), handwritten pre-anaesthetic bloods, registered values on a medication list (INR, K, eGFR) and a '
    'capillary glucose ("ŠUK 7,2 mmol/L"). A positive malaria rapid test written by hand without a reference ("Malaria '
    '(mRDT): Chanya") -> abnormal, `value_numeric` null.',
    '- Medicine status words: "nieuw, gestart ...", "nuovo", "UUSI", "jauns", "e re", "yeni", "NEW", "imeanzishwa '
    'leo", tablets handed out at an antenatal visit ("amepewa vidonge 30") and syrups prescribed at a child visit -> '
    'new; "dose aumentata (prima 2,5 mg)", "deva mainīta (iepriekš 2,5 mg)", "doza artırılıb (əvvəl 30 mq)", '
    '"increased today from 500 mg once daily", "CHANGED - was 1,000 mg 2 times daily" and a GP\'s handwritten "reduce '
    'mercaptopurine to 50 mg daily" -> changed; "gestopt ... i.v.m. ...", "sospesa", "LOPETETTU", "pārtraukts", '
    '"dayandırılıb", "lõpetatud", "stopped by the GP in December 2025", "STOP taking", "STOP", "STOPPED Dec 2025", '
    '"Már nem szedi ... 2024 óta" and "OBUSTAVLJEN" -> stopped; "sospendere 48 ore prima della TAVI", "uz laiku '
    'pārtraukts līdz nieru funkcijas kontrolei", "peatatud kuni kaaliumi kontrollini", "a műtét előtt 2 nappal '
    'elhagyni", "a műtét napján nem szedheti", "Hold until after your colonoscopy", "HOLD" (until creatinine is '
    'rechecked, until the follow-up BMP) and a C-CDA "On hold (dental extraction ...)" -> held; a C-CDA "Completed '
    '02/01/2026" -> completed; "ennallaan", "turpināt", "vazhdon", "davam", "No change", "CONTINUE" and "ne hagyja '
    'el!" -> active. Each stopped, held or completed row has its must_not row (why "stopped"). Stop reasons naming a '
    'past event ("hypoglykemieën", "dry cough", "low blood sugars", "burun qanaması", "bradükardia") -> must_not '
    'condition (why "historical"). A referral asking whether a medicine can be continued around a procedure ("Kan de '
    'apixaban rondom de scopieën worden doorgebruikt?") leaves it active.',
    '- Medicine names and doses: a generic with the brand in brackets ("Enoksapariini (Klexane)", "Torasemīds '
    '(Trifas)") is named by the generic with the brand in `brand`; a brand with the generic in brackets ("Eliquis '
    '(apixaban)", "Clexane (enoksaparinë)", "Augmentin (amoksicilinë + acid klavulanik)") is named by the brand; '
    'Azerbaijani brands ("Lozap 50 mq", "Qlükofaj 1000 mq") and Estonian capitals ("MARFARIN", "EUTHYROX") are named '
    'as printed, and branded generics ("FUROSEMIDE SOPHARMA", "PARACETAMOL KRKA", "DIGOXIN") have `brand` null. '
    'Combinations printed with two strengths ("Calci-Chew D3 500 mg/800 IE", "Augmentin 875/125 mg", "Symbicort '
    '160/4,5 mcg", "Lisonorm 10 mg/5 mg", "CALCIGEN D 600 mg/400 RÜ", "ALu (artemether-lumefantrine 20/120 mg)") and '
    '"FEFO (feri + foliki)" have `dose` null. A medication list with "Hommikul / Lõunal / Õhtul / Ööseks" columns has '
    '`frequency` null, printed intervals are kept ("1 kord nädalas", "vajadusel ööseks", "vajadusel kuni 3 korda '
    'päevas") and its "Näidustus" column gives no condition rows. Children\'s drops and syrups take the measured '
    'volume as the dose ("1.2 mL", "2.5 mL"); insulin doses keep their units ("24 units", "18 units", "20 E"). C-CDA '
    'lines are named by the generic with the bracketed brand in `brand`.',
    '- Ward-only, clinic and triage doses stay must_not (why "other"): IV furosemide on the ward ("furosemīdu i.v."), '
    'IV ceftriaxone and metronidazole, IV ceftriaxone and normal saline boluses, perioperative cefuroxime and '
    'oxycodone on the ward, mebendazole swallowed at an antenatal visit, vitamin A at a child visit, and adrenaline IM, '
    'methylprednisolone IV and clemastine IV at triage. "Mos përdorni ibuprofen", "Diklofenak, ibuprofen kimi '
    'ağrıkəsiciləri qəbul etməyin" (two rows), "Do not take naproxen (Aleve)" and "Please do not prescribe iron '
    'supplements" -> why "other"; NSAIDs named only in patient advice ("ketoprofene (Oki)" under "Raccomandazioni per '
    'la paziente", "ibuprofēns (Nurofen)" under "Ieteikumi pacientam") -> why "leaflet". Conditional, questioned or '
    'later medicines are why "planned": "Zou een ijzerinfuus (Ferinject) de voorkeur hebben ...?", "Da valutare '
    'l\'aggiunta di dapagliflozin", "we may consider ruxolitinib", "JARDIANCE 10 mg – alustada pärast kardioloogi '
    'vastuvõttu", an IPTp dose postponed to the next antenatal visit ("SP (IPTp) dozi ya 2 ... itatolewa hudhurio '
    'lijalo") and "Albendazole 200 mg sa susunod na bisita".',
    '- Vaccines given at the visit, on the ward or in the ED are rows: "Td dozi ya 2 imetolewa leo" keeps 2 and the '
    'earlier "Td dozi ya 1" is a row with 1; a tetanus booster (diTeBooster) given in a Finnish emergency department, '
    'Prevnar 20 given before discharge and Tdap (BOOSTRIX) given at the visit of an after-visit summary have '
    '`dose_number` null; '
    '"HEPLISAV-B - dose 1 of 2" keeps 1 and its "Not due yet" forecast is not a row. Philippine child record: the '
    'numbered column gives the dose number, BCG and the hepatitis B birth dose are null, "Rotavirus: walang suplay sa '
    'RHU" and "Flu vaccine: tumanggi ang magulang" -> why "other". Swedish register: vaccines are named by the brand '
    'in the "Vaccin" column with the disease in `aliases`; "dos 1/2/3" keep their numbers, "påfyllnadsdos", '
    '"säsongsdos 2025/26" and "engångsdos" are null; a booster recommended for a vaccine in the record ("FSME-Immun '
    'dos 4") is not a row; "Ej given – kontraindicerad" and "Erbjuden – avböjd" -> why "other"; "Behövs ej – har haft '
    'mässling" -> must_not vaccine (why "other") plus must_not condition "har haft mässling" (why "historical"). US '
    'registry with a "Dose #" column: the column gives the dose number, "Seasonal" is null, "Next dose due" for a '
    'vaccine in the record is not a row, "Overdue - no doses recorded" (hepatitis A) and "Not yet due (age 11)" '
    '(MenACWY) -> why "due", "Parent declined" and "Not given - past maximum age" -> why "other". Letters and '
    'summaries: "Pneumokokkenvaccinatie: uitgenodigd, nog niet gegeven", "Si consiglia vaccinazione '
    'anti-pneumococcica" and "gripas vakcīna un pneimokoku vakcīna (PCV20) – vēl nav saņemtas" (two rows) -> why '
    '"due"; "Influenza vaccine offered - patient declined" -> why "other". Health maintenance: "Pneumococcal Vaccine '
    '(PCV20/21) – Due - no record on file" and a C-CDA "Zoster vaccine recombinant (Shingrix) dose 1 – Due now" -> why '
    '"due"; "Zoster Vaccine (Shingrix) – Patient declined" and a C-CDA "Not done - patient refused" -> why "other"; '
    '"Urine Microalbumin/Creatinine Ratio – Due now" and a practice nurse\'s "Cervical Screening Test due" -> must_not '
    'labs (why "due"); a scheduled colonoscopy, eye examination, low-dose CT, DEXA scan and a rehabilitation referral '
    'give no rows. Questionnaire answers "Tetanusz elleni oltás ...: Igen – 2022, pontos dátum nem tudom" and "Flu '
    'vaccine this year: Yes - April 2025 ..., exact date not known" are rows with `administered_on` null; a typed '
    'date ("16/08/2017 - during pregnancy") is kept; "COVID-19 vaccine in the last 12 months: No" -> why '
    '"checkbox_no".',
    '- Vitals: Swahili "BP"/"Mapigo ya moyo"/"Joto"/"Uzito"/"Urefu" (the fetal heart rate "Mapigo ya moyo wa mtoto" '
    'and fundal height "Kimo cha mimba" are not vitals of the patient); Dutch "RR"/"pols"/"gewicht" (an earlier weight '
    'in brackets is not a row); Italian "PA"/"FC"/"SpO2"/"peso"/"altezza" ("1,58 m" keeps metres); Finnish '
    '"RR"/"syke"/"lämpö"; Latvian "AS"/"SF"/"SpO2"/"svars" (the admission weight in brackets is not a row); Albanian '
    '"TA"/"pulsi"/"temperatura"; Azerbaijani "AT"/"nəbz"/"çəki"/"boy" ("1,62 m" keeps metres); Hungarian '
    '"RR"/"Pulzus"/"Testsúly"/"Testmagasság"/"BMI"; Bosnian "TA"/"Puls"/"DF"/"Temp."/"SpO2", with "ŠUK" a lab row; '
    'Filipino "Timbang"/"Taas"/"Temp"; US after-visit-summary label / value pairs take the metric height in brackets '
    '("5\' 9" (1.753 m)"). Echocardiographic measurements (ejection fraction, gradient, valve area) give no rows.',
    '- Form answers: crosses or typed ☒ "Igen"/"Da"/"Yes" with a describing detail give the printed label ("Magas '
    'vérnyomás: 15 éve, tablettát szedek", "Cukorbetegség: 2-es típus, inzulin is", "High blood pressure: Diagnosed '
    '2019, on Micardis", "Endometriosis: Laparoscopy 2015, still has period pain", "Astma: Ventolin po potrebi"); a '
    'detail that names the condition gives the detail ("pitvarfibrilláció", "pajzsmirigy-alulműködés", "Asthma - '
    'mild, puffer in winter" -> "Asthma", "Generalised anxiety disorder - sees a psychologist" -> "Generalised anxiety '
    'disorder"); a past problem ("Stroke / TIA: 2018, maradványtünet nélkül", "Gestational diabetes 2017 only - '
    'resolved after birth", "BCC removed from nose 2022, all clear since") -> why "historical"; a relative\'s '
    'anaesthetic complication ("bátyám: malignus hipertermia") -> why "family"; conditions and a latex allergy answered '
    '"Nem"/"Ne"/"No" -> why "checkbox_no"; an earlier allergic reaction answered "Da" ("ubod ose 2015 – otok ruke") is '
    'an allergy row; the indication of the planned operation ("epekövesség") is a condition row.',
    '- Prose negations and history: "Geen melaena", "nega sincope", "Syvä laskimotukos poissuljettu", "Absces '
    'intraabdominal: përjashtohet", "no splenomegaly", "no renal abscess" and "Hakuna kutokwa damu ukeni" -> why '
    '"negated". Past events ("Acuut myocardinfarct ... 2016, inactief", "ictus ischemico nel 2019", "2020. gadā '
    'pārciests miokarda infarkts", "pneumoni në vitin 2022", "deep vein thrombosis 2019 ... no recurrence") and '
    'problems resolved during the stay ("Hypokalemia – korjautui", "Hiponatriēmija – koriģēta", "Sepsis due to '
    'Escherichia coli - resolved", "Acute kidney injury, prerenal - resolved", a C-CDA problem "Resolved") -> why '
    '"historical". Relatives\' conditions in prose, on a card or in a family-history section ("coloncarcinoom", '
    '"infarto miocardico", "kancer i gjirit", "essential thrombocythaemia", "kisukari", "Bowel cancer", "Emphysema") -> '
    'why "family". "Ik denk aan een maligniteit in de tractus digestivus" and a triage "edem larinksa?" -> why "other". '
    'An anaphylaxis assessed on a triage sheet is a scored condition, the drug that caused it an allergy row as well as '
    'a stopped medicine; a C-CDA allergy "Inactive - refuted" -> why "negated".',
]


SET33_ADDITIONS = [
    '- Flag marks (legends printed): Faroese "H"/"L" written after the value in cumulative cells with the oldest '
    'sample on the left and "LL" explained in the legend as a critical value ("kritiskt lágt virði, boðað umbiðjara '
    'í telefon") -> critical; Turkmen "ýokary"/"pes" written after the value in the current and previous-result '
    'columns (each value keeps its own column date); Kinyarwanda "↑"/"↓" and "*" ("igisubizo kidasanzwe") in a flag '
    'column; Malagasy "Ambony"/"Ambany" -> high/low and "Tsy ara-dalàna" on a positive smear or rapid test -> '
    'abnormal in a "Fanamarihana" column; Luxembourgish "héich"/"déif" in a "Markéierung" column; Somali "Hoose" in '
    'a "Calaamad" column; Xhosa "Phezulu"/"Phantsi" in a flag column; Irish "ard"/"íseal" and Samoan '
    '"maualuga"/"maualalo" written after the value; "↑"/"↓" after the value in a Yoruba discharge letter; Northern '
    'Irish, Canadian, South African (isiZulu) and US "H"/"L" after the value; a CD4 count printed with "L" and a range '
    '-> low; US "High"/"Low"/"Normal" in a C-CDA "Interpretation" column. A value at the printed lower limit with no '
    'flag ("MCV 79", "79-97") is normal.',
    '- Thousands separators: Malagasy spaces in cells and ranges ("12 400", "88 000", "4 000 – 10 000", '
    '"150 000 – 400 000", "18 600 parasites/µl"), a space in an isiZulu discharge summary ("184 000 copies/mL"), a '
    'Luxembourgish point ("Ferritin 1.120") and English commas in a US discharge summary ("NT-proBNP 4,820", "2,150") '
    'are read as thousands; `value_text` keeps the printed form. A Kinyarwanda specific gravity "1.020" in a '
    'decimal-point report is 1.02.',
    '- Units are kept as printed, including haemoglobin in "mmol/l" (Faroese), "×10⁹/l", "×10⁹/L", "mkmol/l", '
    '"mm/sag", Malagasy chemistry in "g/l" and "mg/l", "/mm³", "parasites/µl", "/HPF", "mU/l", "µg/l", '
    '"ml/min/1,73m²", "umol/L", "mL/min/1.73m2", "mg/mmol", "cells/µL", "copies/mL", "K/uL", "ug/dL", "IU/L", '
    '"micrograms", insulin "units", vital units "/daq" (Somali), "/nóim" (Irish), "/ngomzuzu" (isiXhosa), "bpm", '
    '"°F", "lb" and "kg/m²", and in C-CDA print-outs "10*3/uL", "u[IU]/mL", "mL/min/{1.73_m2}", "MCG/ACTUAT", '
    '"mm[Hg]", "Cel" and "kg/m2". An INR and a BMI printed without a unit have `unit` null.',
    '- Date styles added: Faroese and Turkmen "04.03.2026" (d.m.Y); Luxembourgish, Rwandan, Malagasy, Somali, Irish, '
    'Samoan, Nigerian, Botswanan, Lesotho, Northern Irish, Manx and New Zealand "12/03/2026" (d/m/Y); South African '
    '"2026/03/10" (Y/m/d, never ambiguous); Javanese "09-03-2026"; Canadian ISO dates (never ambiguous); a Cebuano '
    'child card printed month/day/year without a stated format (a non-US document, so the mechanical rule applies); a '
    'Somali card stating "Taariikhaha oo dhan ...: maalin/bil/sannad" and a US registry stating "All dates are '
    'MM/DD/YYYY". `date_ambiguous` follows the mechanical rule of sets 22-32 (day and month both 12 or less and '
    'different; day-month styles and non-US month/day/year documents only): "12/03/2026", "07/03/2026", "09-03-2026", '
    '"04/03/2021", "08/04/2021", "07/09/2021", "12/06/2023", "10/02/2024" and "11/04/2025" are ambiguous; dates with '
    'a day above 12, ISO, Y/m/d and US dates are not.',
    '- Diagnoses on a lab request or in its clinical details: a printed diagnosis ("K70.3 Alkoholisk livrarcirrosa", '
    '"E11.9 Şeker diabeti, 2-nji görnüşi", "Umuvuduko ukabije w\'amaraso (I10)", "Diabeta karazana 2 (E11)", "E78.2 '
    'Gemëschte Hyperlipidämie", "Bipolar affective disorder on Priadel ...") is a scored condition marked `optional`; '
    'a suspected or queried one ("grunur um HCC", "gipotireoz?", "indwara y\'inzira z\'inkari?", "tazomoka mahery '
    'vaika?", "Hämochromatos?") and one queried in a lab comment ("?lithium-induced hypothyroidism") are why "other".',
    '- Tests not resulted -> must_not lab rows (why "other"): "sent til Rigshospitalið ... úrslitið verður sent '
    'seinni", "roynd hemolyserað – ikki kannað", "barlag dowam edýär – netije soňra berler", "peşew nusgasy '
    'barlaghana gelmedi", "biracyakorwa – igisubizo kizaboneka nyuma y\'amasaha 48–72", "icyitegererezo ntigihagije – '
    'ntibyakozwe", "eo am-pambolena", "nalefa any amin\'ny Institut Pasteur de Madagascar – mbola andrasana", "tsy '
    'tonga ... ny santionany", "geschéckt an de Laboratoire national de santé (LNS) – Resultat follegt", "Prouf '
    'hemolyséiert – net gemooss", "PTH – added on, result to follow", an aldosterone/renin ratio "seolta chuig '
    'Ospidéal Beaumont" and "Sputum culture & DST – kusalindelwe imiphumela". Tests to be done later are why '
    '"planned": "Repeat lithium + U&E in 1/52" and "Toe siaki le U&E" (recorded under the unscored name "U&E"), "OGTT '
    'booqashada xigta", "thyroid function tests in 3 months", "ILipogram kwiinyanga ezi-3", "repeat CMP in 8 weeks", '
    '"Ukuhlolwa kwe-LFT", "ayẹwo ọra ẹjẹ (lipid profile) lẹhin oṣu mẹta", a handwritten "BMP + Mg at PCP" (recorded '
    'under "BMP"), "urea breath test" and "urea, electrolytes da creatinine" at the next visit (recorded under '
    '"electrolytes"), a practice nurse\'s "fasting lipid profile booked" and a C-CDA "Lab order" for a complete blood '
    'count. A C-CDA "Cervical cancer screening (HPV test) – Due now" is why "due".',
    '- Qualitative results with a printed reference: Kinyarwanda urine results not matching the reference ("Turbide" '
    'against "Claire", "++", "+++", "+", "Birimo" and "Nyinshi" against "Ntibirimo") marked "*" -> abnormal, '
    '`value_numeric` null, and matching ones ("Ntibirimo", "Normal") -> normal; urine microscopy ranges "20-30 /HPF" '
    'and "5-8 /HPF" with "↑" -> high, `value_numeric` null; Malagasy "Positive" thick smear and "Positif" rapid test '
    'against "Négative"/"Négatif" marked "Tsy ara-dalàna" -> abnormal and "Antigène HBs Négatif" -> normal; Somali '
    '"Taban" against "Taban" -> normal; a Māori register "Hepatitis A IgG (anti-HAV) Tōrunga" against "Tōrunga = e '
    'tiakina ana" and "Anti-HBs 142 IU/L" against "≥ 10 IU/L = e tiakina ana" -> normal (the latter with '
    '`reference_low` 10), and the hepatitis A vaccine they make unnecessary ("Havrix – Kāore e hiahiatia – he ārai '
    'mate tōna") is why "other"; a US registry blood lead "2.1 ug/dL" against "< 3.5" -> normal. Blood groups without '
    'a reference ("O Rhésus positif", "A Rh+") have flag null.',
    '- Results without a reference keep flag null: a malaria parasite density ("18 600 parasites/µl", `value_numeric` '
    '18600), a wound swab culture ("Staphylococcus aureus (MSSA)"), an HIV viral load ("184 000 copies/mL", '
    '`value_numeric` 184000; a handwritten "VL < 50 copies/mL", `value_numeric` null), a serum cryptococcal antigen '
    '"Negative", a HemoCue haemoglobin on an antenatal card, handwritten results on a prescription ("Hb 11.8 g/dL", '
    '"FBS 5.4 mmol/L"), handwritten pre-anaesthetic bloods, registered values on a medication list (INR, Kalium, '
    'Natrium, eGFR) and a triage capillary glucose ("HGT 6.8 mmol/L"). Positive results without a reference '
    '("GeneXpert MTB/RIF Ultra: MTB detected", "H. pylori stool antigen: Positive") -> abnormal, `value_numeric` null.',
    '- Medicine status words: "nua – tosaithe ...", "intsha", "fou", "okusha", "tuntun", "anyar 09-03-2026", "New", '
    '"NEW", "New – started today", tablets handed out at an antenatal visit ("30 kiniin la siiyay"), syrups and salts '
    'prescribed at a child visit and a prescription\'s H. pylori triple therapy -> new; "idosi inyusiwe (ngaphambili '
    '30 mg)", "iwọn ti pọ si (tẹlẹ 5 mg)", "an ƙara daga 5 mg", "Reduced today from 26 units", "CHANGED - was 25 mg '
    'daily" and a GP\'s handwritten "reduce Priadel to 600 mg nocte" -> changed; "stoptha 02/2026", "iyekiwe", "a ti '
    'da duro", "A daina:", "dipun kendelaken – ...", "Stopped – may blunt hypoglycaemia warning symptoms", "STOP '
    'taking", "Discontinued 02/2026", "Ke emisitse: ... (2025)", "o emisitse khoeling e fetileng (e felile)" and '
    '"Stopped January 2026 on GP advice" -> stopped; "taofi le taimi nei se\'ia siaki fatuga\'o", "dipun kendelaken '
    'rumiyin ngantos priksa kalium", "emisa malatsi a 5 pele ga karo", "o se ka wa e nwa ka letsatsi la karo" and a '
    'C-CDA "On hold (...)" -> held; C-CDA "Completed ..." -> completed; "iyaqhubeka", "fa\'aauau", "tẹsiwaju", "a ci '
    'gaba", "tswelela", "Continue", "No change" and "CONTINUE" -> active. Each stopped, held or completed row has its '
    'must_not row (why "stopped"). Stop reasons naming a past event ("ṣuga kekere (hypoglycaemia)", "bradikardi (nadi '
    '48)") -> must_not condition (why "historical").',
    '- Medicine names and doses: a brand with the generic in brackets ("Simarc-2 (warfarin)") is named by the brand; a '
    'generic with the brand in brackets ("Bisoprolol (Concor)", "Insulin glargine (Lantus)") by the generic with the '
    'brand in `brand`; Nigerian brands written alone ("Amoxil", "Klacid", "Losec", "Moduretic", "Voltaren") are the '
    'names with the generic in `aliases`, and a branded generic ("Emzor Paracetamol") has `brand` null. Fixed-dose '
    'and two-strength products ("Rifafour e-275 (RHZE)", "TLD", "IFA (Ferrous sulphate 200 mg + Folic acid 0.4 mg)", '
    '"Moduretic 5/50 mg", "sacubitril-valsartan (ENTRESTO) 24-26 mg", "Calcium Carbonate 600 MG / Cholecalciferol 400 '
    'UNT", "Budesonide / Formoterol 160-4.5 MCG/ACTUAT") and products without a strength ("Dovobet gel", "Oresol", '
    '"Salbutamol inhaler") have `dose` null. A medication list with "Esuk / Awan / Sore / Bengi" columns has '
    '`frequency` null and its "Kagem napa" (purpose) column gives no condition rows; as-needed lines keep their '
    'printed interval. A child\'s syrup takes the measured volume as the dose ("5 mL"); insulin doses keep "units". '
    'US discharge lines ("apixaban (ELIQUIS) 5 mg tablet") and C-CDA lines are named by the generic with the '
    'bracketed brand in `brand`.',
    '- Ward-only, clinic and triage doses stay must_not (why "other"): IV cefazolin, IV ceftriaxone, an oral '
    'fluconazole course completed in hospital, enoxaparin on the ward, a diltiazem drip and a heparin infusion, '
    'mebendazole swallowed at an antenatal visit, vitamin A at a child visit, and ipratropium nebulisers and IV '
    'hydrocortisone at triage (a salbutamol nebuliser given at triage adds no row where salbutamol is an active '
    'medicine). "Please avoid ibuprofen and other NSAIDs", "Aua ne\'i inu Ibuprofen", "Kada ka sha ... ibuprofen ko '
    'aspirin" (two rows) and "Sampun ngunjuk obat nyeri kados ibuprofen" -> why "other". Conditional, questioned or '
    'later medicines are why "planned": "Ar cheart spironolactone a thosú ...?", "Dapagliflozin (Forxiga) 10 mg – kuza '
    'kuqwalaselwa ...", "we may consider switching insulin glargine to insulin degludec", "TLD ... izoqalwa '
    'emtholampilo emva kwamasonto ama-2", "plan to start denosumab (Prolia) after dental review" and "Badhe '
    'dipunwiwiti: Dapagliflozin (Forxiga)".',
    '- Vaccines given at the visit, on the ward or in the emergency department are rows: "Td 2 – maanta la siiyay" '
    'keeps 2 and the earlier "Td 1" is a row with 1; a tetanus booster (ADT Booster) given in an emergency department '
    'and flu vaccines given in clinic or noted by a nurse have `dose_number` null; a C-CDA "Shingrix dose 1" is a row '
    'with 1 and its "dose 2 – Not due yet" line is not. Cebuano child card: the numbered column gives the dose '
    'number, BCG and the hepatitis B birth dose are null, MMR 1 and IPV 2 given today are rows, "Rotavirus: walay '
    'suplay sa RHU" and "Flu vaccine: wala pa mouyon ang ginikanan" -> why "other", and the next-visit line (MMR 2) '
    'is not a row. Māori register: vaccines are named by the brand in the "Kano ārai mate" column with the disease in '
    '`aliases`; "horopeta 1/2/3" keep their numbers, "horopeta whakakaha", "horopeta kotahi anake" and "horopeta o te '
    'wā 2025" are null; "Kāore i hoatu – kāore e tika ana" and "I tāpaetia – i whakakāhoretia" -> why "other"; '
    '"Kāore e hiahiatia – kua pāngia e te karawaka" -> must_not vaccine (why "other") plus must_not condition "kua '
    'pāngia e te karawaka" (why "historical"); "E tūtohutia ana – kāore anō kia hoatu" -> why "due". US registry with '
    'a "Dose #" column: the column gives the dose number, "Seasonal" is null, "Overdue" and "Not yet due" forecasts '
    'and a "Complete" line for vaccines in the record are not rows, "Meningococcal B – Not yet due (age 16 ...)" -> '
    'why "due", "Parent declined" and "Not indicated" -> why "other". Letters: "Vacsaín niúmacocach (PPV23) molta – '
    'níor tugadh fós", "Isitofu se-pneumococcal (PCV) sicetyisiwe – asikanikwa", "Pneu-C-20 ... has not yet been '
    'given" and a C-CDA "Due - no record on file" -> why "due"; "Pneumococcal vaccine (PCV20) offered - patient '
    'declined" and a C-CDA "Not done - patient refused" -> why "other". Questionnaire answers "Moento wa tetanus ...: '
    'Ee – 2023, ga ke itse letsatsi" and "Flu vaccine this winter: Yes - October 2025 ..., exact date not known" are '
    'rows with `administered_on` null; a typed "Shingrix - 18/11/2024 and 20/01/2025" gives two rows (doses 1 and '
    '2); COVID-19 vaccines answered "Nnyaa"/"No" -> why "checkbox_no".',
    '- Vitals: Somali "BP"/"Garaaca wadnaha"/"Heerkulka"/"Miisaanka" (fundal height "Dhererka ilmo-galeenka" and the '
    'fetal heart rate "Garaaca wadnaha ilmaha" are not vitals of the patient); Irish "Brú fola"/"cuisle"/"meáchan"/'
    '"BMI"; isiXhosa "Uxinzelelo lwegazi"/"ukubetha kwentliziyo"/"ubunzima"/"ubude" ("1,68 m" keeps metres); Samoan '
    '"Mamafa o le toto"/"tata o le fatu"/"vevela"; isiZulu "isisindo" (weight); Yoruba "iṣan-ọkan"/"iwọn ooru ara"/'
    '"mimi"; Hausa "Bugun zuciya"/"Nauyi"; Cebuano "Gibug-aton"/"Gitas-on"/"Temp"; Setswana "Boima"/"Boleele"; '
    'Sesotho "Boima" in a triage grid whose "HGT" (capillary glucose) is a lab row; a Manx practice nurse\'s "Ht: '
    '1.71 m" keeps metres and "Pulse: 72 reg" has `unit` null; US discharge vitals in "°F" and "lb" (the admission '
    'weight in brackets is not a row); Canadian vitals in prose. An echocardiographic ejection fraction gives no row.',
    '- Form answers: ticks "Ee"/"Nnyaa", crosses "E"/"Che" and typed ☒ "Yes"/"No"; a describing detail gives the '
    'printed label ("Kgatelelo e e kwa godimo ya madi: dingwaga di le 10, ke nwa dipilisi", "Sukiri (diabetes): mofuta '
    '2, dipilisi" -> "Sukiri", "HIV: ke nwa ARV (TLD) sentle", "Asma: ho tloha bongoaneng", "High blood pressure: '
    'Diagnosed 2020, on amlodipine"); a detail naming the condition gives the detail ("Bolwetse jwa pelo: atrial '
    'fibrillation", "Thyroid problems: Hypothyroidism since 2017" -> "Hypothyroidism", "Depression - on sertraline, '
    '..." -> "Depression", "Plaque psoriasis - elbows and scalp, uses creams" -> "Plaque psoriasis", "Osteoarthritis - '
    'both knees" -> "Osteoarthritis"); a past problem ("TB (mafatlha): 2015 – ke alafilwe, ke fodile", "TB: 2021 – o '
    'phekotsoe, o folile", "Kidney stones: 2018 - passed on its own, none since") -> why "historical"; a relative\'s '
    'anaesthetic complication ("kgaitsadi: malignant hyperthermia") -> why "family"; conditions and a latex allergy '
    'answered "Nnyaa"/"Che"/"No" -> why "checkbox_no"; a food allergy answered "Ee" ("Dijo: ditlhapi – go ruruga '
    'molomo") is an allergy row; the indication of the planned operation ("osteoarthritis ya lengole") is a condition '
    'row; typed family-grid ☒ -> why "family".',
    '- Prose negations and history: "Níl aon éidéime ar na cosa", "níl aon chomhartha go bhfuil galar Cushing air", '
    '"Akukho retinopathy", "Leai se fa\'ailoga o se abscess", "Akukho zimpawu ze-meningitis", "ko si ẹjẹ ninu ọpọlọ", '
    '"no evidence of pulmonary embolism", "no evidence of peripheral neuropathy", "Ma jirto dhiig-bax" and "walay '
    'dehydration" -> why "negated". Past events ("Taom croí – stent, 2019, neamhghníomhach", "Isilonda onyaweni '
    'lwasekhohlo (2023) – siphilile", "Dhiig-kar uurkii 2023 – hadda ma jiro", "Diabetic ketoacidosis in 2021 ... no '
    'recurrence since") and problems resolved during the stay ("Fa\'aletonu o fatuga\'o (AKI) – ua toe lelei", '
    '"hyponatraemia – kulungisiwe", "oral thrush – kwelashiwe, kuphelile", "Arun ẹdọforo (aspiration pneumonia) – o '
    'ti san", "Acute hypoxic respiratory failure - resolved", a C-CDA problem "Resolved") -> why "historical". '
    'Relatives\' conditions ("hooyadeed – sonkorow", "Fuair a athair stróc", "umhlaza webele (umama)", "ẹgbọn rẹ '
    'obinrin ni aarun jẹjẹrẹ ọmu", "mahaifinsa yana da ciwon suga", "Her sister has coeliac disease", C-CDA family '
    'history) -> why "family". "An bhféadfadh gur hipearaildastarónachas príomhúil atá i gceist?" and a triage '
    '"pneumonia?" -> why "other". Intolerances listed with allergies ("Codeine – masmas agus urlacan (éadulaingt)", '
    '"Kaptopril – watuk garing (ora cocok)", "Efavirenz – amaphupho amabi nesiyezi") are allergy rows; C-CDA '
    'allergies "Inactive - entered in error" and "Inactive - refuted" -> why "negated".',
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
        "# Held-out extraction test set 33",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas and points, thousands separators (points and spaces in local documents, commas in English "
        "ones), date styles, flag words and marks, abbreviations, drug brand names, frequency words and clinical "
        "idioms (with the English or French technical terms that clinicians in several of these countries mix in); the "
        "rest in English (Northern Ireland, Saskatchewan, the Isle of Man and four United States cities). All "
        f"{len(local)} local languages were chosen among those that neither set 32 nor the earlier sets quoted in its "
        "README use, and outside the languages being worked on in the current round (Albanian, Azerbaijani, Turkish, "
        "Bosnian, Croatian, Serbian, Slovenian, Czech, Slovak, Dutch, Estonian, Filipino, Finnish, Galician, "
        "Portuguese, Spanish, Hungarian, Italian, Latvian, Polish, Swahili, Swedish, Danish, Norwegian, Vietnamese), so "
        "every language appears once; Cebuano was used for the Philippine child card instead of Filipino. Two of the "
        "English documents are C-CDA-style EHR print-outs rendered as PDFs (a Progress Note and a Continuity of Care "
        "Document). All content and truth rows are written by hand in `make_heldout33.py` (no generator of clinical "
        "content). The rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, tick boxes, "
        "typed ☒ / ☐ answers, scan simulation, self-checks, manifest, --check and --determinism) was copied from "
        "`bench/heldout32/make_heldout32.py` with `cp` and adapted (set number, paths, seed strings, status line, "
        "README text); the self-check bounds were kept as in set 32 (8-40 scored rows per document, at most one "
        "optional row per document, must_not total 120-150). Additions to the machinery: flag-map entries for the "
        "Turkmen, Malagasy, Luxembourgish, Somali, Irish, Xhosa and Samoan flag words. The helpers for cumulative and "
        "previous-result columns, `_thousands`, `typed_checks`, `side_by_side` (used here for a Javanese diagnosis and "
        "allergy list), the drawn tick boxes (ticks or crosses), the per-page patient header and print footer of EHR "
        "print-outs and the C-CDA section heading were reused as they were. All document content of set 32 was removed "
        f"and replaced with new content. Six documents are scans: pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} "
        f"dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} degrees, blurred, toned to paper, unevenly lit and given mild "
        "noise, then saved as JPG, PNG or image-only PDF. Handwriting is an oblique DejaVu font drawn character by "
        "character with jitter; drawn tick boxes (ticks or crosses) are vector strokes. Randomness comes only from "
        "generators seeded with fixed strings (new seed strings for this set).",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 32's README (`bench/heldout32/README.md`), build "
        "script (`bench/heldout32/make_heldout32.py`) and one truth file "
        "(`bench/heldout32/truth/01_lodz_cumulative_lab.json`, for format), plus the file names of earlier "
        "sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository was opened "
        "(not adapters/, tests/, docs/, pipeline/ apart from the schema, other sets' scripts or truth, or "
        "bench/*.py); the pipeline, extractor and scorer were not read or run on these documents, no OCR was run, "
        "ruff and pytest were not run, and git was not run. The build's self-check compares each truth string with "
        "the strings drawn and, for documents that are not scans, with the PDF text layer read by pypdfium2. The "
        "author looked at renderings of the pages before scan simulation (made with pypdfium2 by a scratch script "
        "under /tmp/heldout33_work, which also ran the per-document self-check and printed the truth rows for review) "
        "and fixed header labels running into their values (Rwandan, Malagasy and Turkmen lab reports, an isiZulu "
        "discharge summary), a letterhead running into the physician's name (Regina letter) and a practice nurse's "
        "section split over two pages (Manx questionnaire); must_not names that did not appear as printed were fixed by "
        "rewording the text (an Irish lenited form, an isiXhosa family-history line). While looking at the pages and "
        "the truth the author also removed printed facts that no row covered (a symptom in the clinical details of a "
        "lab request, a symptom on an antenatal card, the indication written beside a new medicine, a low potassium "
        "named as a problem in a referral's opening, a planned INR recheck in an anaesthetist's note, the reason for a "
        "referral in a C-CDA plan, a second planned test in a C-CDA assessment), so that every clinical fact printed is "
        "either a row or a must_not row. No scanned output was looked at. `truth/drawn/*.txt` records the strings "
        "drawn into each document.",
        "",
        "Build: `python make_heldout33.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout33_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 32 (set 20's list, set 21's, set 22's, set 23's, set 24's, set 25's, set 26's, "
        "set 27's, set 28's, set 29's, set 30's, set 31's and set 32's additions), restated here; this set's additions "
        "follow at the end:",
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
    L += ["", "Set 29's additions (kept):", ""] + SET29_ADDITIONS
    L += ["", "Set 30's additions (kept):", ""] + SET30_ADDITIONS
    L += ["", "Set 31's additions (kept):", ""] + SET31_ADDITIONS
    L += ["", "Set 32's additions (kept):", ""] + SET32_ADDITIONS
    L += ["", "Additions in this set:", ""] + SET33_ADDITIONS
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
