#!/usr/bin/env python
"""Build held-out extraction test set 30 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout30.py                 build into this folder (keeps an existing README)
    python make_heldout30.py --check         verify MANIFEST.sha256
    python make_heldout30.py --determinism   build twice under /tmp/heldout30_work, compare
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
        self.rng = random.Random("ho30-quill-drift-seed-k-" + self.stem)
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
        c.setTitle(f"Held-out 30 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout30.py")
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
        int(hashlib.sha256(("ho30-flatbed-speck-seed-k-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# @@DOCS_START@@

# ---------------------------------------------------------------------------- 01 Poznan
@document
def d01():
    d = Doc(
        1,
        "poznan_cumulative_lab",
        "Poznań (Wielkopolska, Poland)",
        "lab_result",
        "lab report (cumulative, 3 dates, newest first, H / L after the value and a critical LL, space thousands, "
        "diagnosis on the referral, pending and haemolysed samples)",
        "d.m.Y",
        lang="Polish",
        comma=True,
    )
    d.letterhead(
        "Laboratorium Medyczne Wielkopolska Diagnostyka",
        ["ul. Grunwaldzka 112, 60-313 Poznań", "tel. 61 852 40 17, lab@wlkp-diagnostyka.pl"],
        right=["WYNIKI SKUMULOWANE", "Zlecenie nr 2511/04/0388"],
        size=12,
        color=(0.55, 0.05, 0.15),
    )
    d.kv(
        [
            ("Pacjent:", "Zdzisław Nowicki"),
            ("PESEL:", "51031408735"),
            ("Data urodzenia:", "14.03.1951"),
            ("Lekarz kierujący:", "lek. Anna Wiśniewska, POZ Poznań-Jeżyce"),
            ("Rozpoznanie na skierowaniu:", "I50 Niewydolność serca"),
        ],
        cols=1,
        lw=168,
    )
    d.cond("Niewydolność serca", "active", "I50", ["heart failure"])
    d.conds[-1]["optional"] = True
    d.para(
        "H / L – wynik powyżej / poniżej zakresu referencyjnego; HH / LL – wartość krytyczna, zgłoszono "
        "telefonicznie lekarzowi kierującemu. Najnowszy wynik w pierwszej kolumnie. — nie zlecono.",
        8,
    )
    d.gap(4)
    dates = ["2025-11-04", "2025-08-12", "2025-05-20"]
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "g/dl", "13,5 – 18,0", 13.5, 18.0, None, ["12,9 L", "13,4 L", "13,8"]),
        ("Leukocyty", ["White cell count"], "tys/µl", "4,0 – 10,0", 4.0, 10.0, None, ["7,2", "6,8", "8,1"]),
        ("Płytki krwi", ["Platelets"], "tys/µl", "150 – 400", 150.0, 400.0, None, ["188", "201", "176"]),
        ("Sód", ["Sodium"], "mmol/l", "135 – 145", 135.0, 145.0, None, ["124 LL", "133 L", "137"]),
        ("Potas", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["5,3 H", "4,7", "4,4"]),
        ("Kreatynina", ["Creatinine"], "mg/dl", "0,70 – 1,20", 0.7, 1.2, None, ["1,62 H", "1,41 H", "1,28 H"]),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", ["42 L", "50 L", "56 L"]),
        ("Mocznik", ["Urea"], "mg/dl", "17 – 43", 17.0, 43.0, None, ["78 H", "61 H", "52 H"]),
        ("Kwas moczowy", ["Uric acid"], "mg/dl", "3,5 – 7,2", 3.5, 7.2, None, ["9,4 H", "—", "8,1 H"]),
        ("NT-proBNP", [], "pg/ml", "< 125", None, 125.0, "< 125", ["4 870 H", "2 960 H", "1 780 H"]),
        ("Glukoza", ["Glucose"], "mg/dl", "70 – 99", 70.0, 99.0, None, ["112 H", "104 H", "98"]),
        ("ALT", ["Alanine aminotransferase"], "U/l", "< 41", None, 41.0, "< 41", ["22", "25", "—"]),
        ("TSH", ["Thyroid stimulating hormone"], "µIU/ml", "0,27 – 4,20", 0.27, 4.2, None, ["2,14", "—", "1,88"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "NT-proBNP", " ")
    d.title("Hematologia i biochemia – zestawienie wyników", 10.5)
    d.table(
        ["Badanie"] + [d.d(x) for x in dates] + ["Jednostka", "Zakres ref."],
        tab,
        [2.0, 1.1, 1.1, 1.1, 1.2, 1.3],
    )
    d.para(
        d.d("2025-11-04") + ", godz. 09:12: sód 124 mmol/l – wartość krytyczna, przekazano telefonicznie "
        "lek. A. Wiśniewskiej (przyjęła informację).",
        8.5,
    )
    d.para(
        "Badania niezakończone (" + d.d("2025-11-04") + "): Magnez – w trakcie oznaczania, wynik zostanie "
        "dosłany. Ferrytyna – materiał hemolizowany, oznaczenie niewykonane; prosimy o ponowne pobranie.",
        8.5,
    )
    d.no("labs", "Magnez", "other", "in progress")
    d.no("labs", "Ferrytyna", "other", "haemolysed sample, not analysed")
    d.para("Autoryzował: mgr Katarzyna Lewandowska, specjalista laboratoryjnej diagnostyki medycznej", 8)
    return d


# ---------------------------------------------------------------------------- 02 Plzen
@document
def d02():
    d = Doc(
        2,
        "plzen_lab_previous",
        "Plzeň Region (Czechia)",
        "lab_result",
        "lab report (previous-result column, H / L after the value, specimen prefixes S_ / B_, enzymes in µkat/l, "
        "eGFR in ml/s, diagnosis on the request, pending, sent-out and missing samples)",
        "j.n.Y",
        lang="Czech",
        comma=True,
    )
    d.letterhead(
        "Laboratoře Západočeské s.r.o.",
        ["Klatovská třída 1780/42, 301 00 Plzeň", "tel. 377 211 540, IČO 26374891"],
        right=["VÝSLEDKOVÝ LIST", "Žádanka č. 2511050214"],
        size=12.5,
        color=(0.1, 0.25, 0.5),
    )
    d.kv(
        [
            ("Pacient:", "Jaroslava Benešová"),
            ("Rodné číslo:", "665218/0412"),
            ("Pojišťovna:", "111 VZP"),
            ("Odesílající lékař:", "MUDr. Petr Šimánek, praktický lékař, Plzeň-Bory"),
            ("Diagnóza:", "E11.9 Diabetes mellitus 2. typu"),
            ("Odběr:", "5.11.2025 7:25"),
        ],
        cols=1,
        lw=112,
    )
    d.cond("Diabetes mellitus 2. typu", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.para("H – nad referenčním rozmezím, L – pod referenčním rozmezím. Předchozí výsledek z 17.6.2025.", 8)
    cur, prev = "2025-11-05", "2025-06-17"
    rows = [
        ("B_Hemoglobin", ["Haemoglobin"], "g/l", "120 – 160", 120.0, 160.0, None, "131", "126"),
        ("B_Leukocyty", ["White cell count"], "10^9/l", "4,0 – 10,0", 4.0, 10.0, None, "8,9", "—"),
        ("B_Trombocyty", ["Platelets"], "10^9/l", "150 – 400", 150.0, 400.0, None, "244", "—"),
        ("S_Glukóza", ["Glucose"], "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, "8,7 H", "9,9 H"),
        ("B_HbA1c (IFCC)", ["Glycated haemoglobin"], "mmol/mol", "20 – 42", 20.0, 42.0, None, "61 H", "74 H"),
        ("S_Kreatinin", ["Creatinine"], "µmol/l", "49 – 90", 49.0, 90.0, None, "82", "77"),
        ("S_eGFR (CKD-EPI)", ["eGFR"], "ml/s/1,73m²", "> 1,00", 1.0, None, "> 1,00", "1,21", "1,30"),
        ("S_Na", ["Sodium"], "mmol/l", "136 – 145", 136.0, 145.0, None, "140", "139"),
        ("S_K", ["Potassium"], "mmol/l", "3,8 – 5,0", 3.8, 5.0, None, "4,6", "4,3"),
        ("S_ALT", ["Alanine aminotransferase"], "µkat/l", "0,10 – 0,60", 0.1, 0.6, None, "1,24 H", "1,58 H"),
        ("S_AST", ["Aspartate aminotransferase"], "µkat/l", "0,10 – 0,60", 0.1, 0.6, None, "0,86 H", "1,02 H"),
        ("S_GMT", ["Gamma-glutamyl transferase"], "µkat/l", "0,14 – 0,68", 0.14, 0.68, None, "1,92 H", "2,40 H"),
        ("S_Cholesterol", ["Total cholesterol"], "mmol/l", "2,9 – 5,0", 2.9, 5.0, None, "4,1", "5,8 H"),
        ("S_Triacylglyceroly", ["Triglycerides"], "mmol/l", "0,45 – 1,70", 0.45, 1.7, None, "2,3 H", "3,1 H"),
        ("S_HDL cholesterol", ["HDL cholesterol"], "mmol/l", "1,20 – 2,70", 1.2, 2.7, None, "1,02 L", "0,94 L"),
        ("S_LDL cholesterol", ["LDL cholesterol"], "mmol/l", "1,20 – 3,00", 1.2, 3.0, None, "2,05", "3,45 H"),
    ]
    d.title("Hematologie a klinická biochemie", 10.5)
    d.table(
        ["Vyšetření", "Výsledek " + d.d(cur), "Jednotky", "Ref. meze", "Předchozí " + d.d(prev)],
        prevcol(d, rows, prev, cur),
        [2.3, 1.5, 1.2, 1.4, 1.6],
    )
    d.title("Neukončená vyšetření", 10)
    d.table(
        ["Vyšetření", "Stav"],
        [
            ["S_25-OH vitamin D", "výsledek bude doplněn"],
            ["S_Feritin", "vzorek odeslán do FN Plzeň-Lochotín"],
            ["U_Albumin/kreatinin", "vzorek moči nedodán"],
        ],
        [3, 4],
    )
    d.no("labs", "S_25-OH vitamin D", "other", "result to follow")
    d.no("labs", "S_Feritin", "other", "sent out")
    d.no("labs", "U_Albumin/kreatinin", "other", "urine sample not received")
    d.para("Výsledky uvolnil: Ing. Tomáš Kříž, klinický biochemik", 8)
    return d


# ---------------------------------------------------------------------------- 03 Nuevo Leon
@document
def d03():
    d = Doc(
        3,
        "nuevo_leon_urinalysis_scan",
        "Nuevo León (Mexico, Monterrey)",
        "lab_result",
        "lab report (blood chemistry, short blood count with thousands commas, examen general de orina with "
        "sediment per field, ALTO / BAJO / * flags, diagnosis and a rule-out on the request, culture in progress; "
        "scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": -1.7},
        lang="Spanish (Mexico)",
    )
    d.letterhead(
        "Laboratorio Clínico del Norte",
        ["Av. Constitución 2140 Ote., Col. Centro, Monterrey, N.L., C.P. 64000", "Tel. (81) 8343 2290"],
        right=["RESULTADOS", "Folio LCN-251106-0741"],
        size=13,
        color=(0.05, 0.3, 0.5),
    )
    d.kv(
        [
            ("Paciente:", "María Guadalupe Treviño Garza"),
            ("Edad / Sexo:", "54 años / Femenino"),
            ("Médico:", "Dr. Rogelio Cantú Salinas – Ced. Prof. 4418273"),
            ("Fecha de toma:", "06/11/2025 08:05"),
            ("Diagnóstico:", "Diabetes mellitus tipo 2; descartar pielonefritis"),
        ],
        cols=1,
        lw=104,
    )
    d.cond("Diabetes mellitus tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "pielonefritis", "other", "to be ruled out")
    d.para("ALTO / BAJO: fuera del intervalo de referencia.   * Resultado diferente al de referencia.", 8)
    iso = "2025-11-06"
    hdr = ["Estudio", "Resultado", "Unidades", "Valores de referencia", ""]
    wd = [2.6, 1.3, 1.1, 1.8, 0.7]
    d.title("QUÍMICA SANGUÍNEA", 10)
    rows = [
        ("Glucosa", ["Glucose"], "248", "mg/dL", "70 – 100", 70.0, 100.0, None, "ALTO"),
        ("Urea", ["Urea"], "48", "mg/dL", "15 – 45", 15.0, 45.0, None, "ALTO"),
        ("BUN", ["Blood urea nitrogen"], "22.4", "mg/dL", "7 – 20", 7.0, 20.0, None, "ALTO"),
        ("Creatinina", ["Creatinine"], "1.18", "mg/dL", "0.60 – 1.10", 0.6, 1.1, None, "ALTO"),
        ("Ácido úrico", ["Uric acid"], "5.2", "mg/dL", "2.4 – 5.7", 2.4, 5.7, None, ""),
        ("Hemoglobina glucosilada (HbA1c)", ["HbA1c"], "9.1", "%", "4.0 – 5.6", 4.0, 5.6, None, "ALTO"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.title("BIOMETRÍA HEMÁTICA", 10)
    rows = [
        ("Leucocitos", ["White cell count"], "12,400", "/µL", "4,500 – 11,000", 4500.0, 11000.0, None, "ALTO", 12400.0),
        ("Neutrófilos", ["Neutrophils"], "81", "%", "40 – 70", 40.0, 70.0, None, "ALTO"),
        ("Hemoglobina", ["Haemoglobin"], "12.6", "g/dL", "12.0 – 16.0", 12.0, 16.0, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.title("EXAMEN GENERAL DE ORINA", 10)
    d.text(d.x0, d.y, "Examen físico-químico (tira reactiva)", "B", 8.5)
    d.y -= 12
    rows = [
        ("Color", ["Urine colour"], "Ámbar", None, "Amarillo", None, None, "Amarillo", "*", None),
        ("Aspecto", ["Urine appearance"], "Turbio", None, "Transparente", None, None, "Transparente", "*", None),
        ("Densidad", ["Urine specific gravity"], "1.025", None, "1.005 – 1.030", 1.005, 1.03, None, "", 1.025),
        ("pH", ["Urine pH"], "6.0", None, "5.0 – 8.0", 5.0, 8.0, None, ""),
        ("Glucosa", ["Urine glucose"], "3+", None, "Negativo", None, None, "Negativo", "*", None),
        ("Proteínas", ["Urine protein"], "Trazas", None, "Negativo", None, None, "Negativo", "*", None),
        ("Cetonas", ["Urine ketones"], "Negativo", None, "Negativo", None, None, "Negativo", "", None),
        ("Sangre", ["Urine blood"], "1+", None, "Negativo", None, None, "Negativo", "*", None),
        ("Nitritos", ["Urine nitrite"], "Positivo", None, "Negativo", None, None, "Negativo", "*", None),
        ("Esterasa leucocitaria", ["Urine leukocyte esterase"], "2+", None, "Negativo", None, None, "Negativo", "*", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.text(d.x0, d.y, "Sedimento urinario (microscopía)", "B", 8.5)
    d.y -= 12
    rows = [
        ("Leucocitos", ["Urine white cells"], "25-30", "/campo", "0 – 5 /campo", 0.0, 5.0, None, "ALTO", None),
        ("Eritrocitos", ["Urine red cells"], "2-4", "/campo", "0 – 5 /campo", 0.0, 5.0, None, "", None),
        ("Bacterias", ["Urine bacteria"], "Abundantes", None, "Escasas", None, None, "Escasas", "*", None),
        ("Cilindros", ["Urine casts"], "No se observan", None, "No se observan", None, None, "No se observan", "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.para(
        "Urocultivo con antibiograma: en proceso, resultado en 48–72 h. Microalbuminuria: muestra insuficiente, "
        "favor de enviar nueva muestra.",
        8.5,
    )
    d.no("labs", "Urocultivo", "other", "in progress")
    d.no("labs", "Microalbuminuria", "other", "insufficient sample")
    d.para("Q.F.B. Alejandra Villarreal Leal – Responsable sanitario, Ced. Prof. 2987331", 8)
    return d


# ---------------------------------------------------------------------------- 04 Chad
@document
def d04():
    d = Doc(
        4,
        "chad_ndjamena_lab_pending",
        "N'Djamena (Chad)",
        "lab_result",
        "lab report (single date, flag column Élevé / Bas / Anormal with a legend, space thousands, malaria "
        "smear and rapid test, queried diagnosis in the clinical information, pending, sent-out and haemolysed "
        "tests)",
        "d/m/Y",
        lang="French (Chad)",
        comma=True,
    )
    d.letterhead(
        "Hôpital de la Renaissance – N'Djamena",
        ["Laboratoire de Biologie Médicale – Quartier Toukra, N'Djamena, République du Tchad",
         "Tél. (+235) 22 52 61 00"],
        right=["COMPTE RENDU D'ANALYSES", "N° d'ordre : LBM-25-11-00917"],
        size=12,
        color=(0.1, 0.3, 0.2),
    )
    d.kv(
        [
            ("Patient :", "Mahamat Abakar Idriss"),
            ("Âge / Sexe :", "34 ans / M"),
            ("Service demandeur :", "Médecine interne – Dr Fatimé Haroun"),
            ("Date de prélèvement :", "03/11/2025 à 09 h 40"),
            ("Renseignements cliniques :", "Fièvre depuis 5 jours, ictère – paludisme grave ?"),
        ],
        cols=1,
        lw=150,
    )
    d.no("conditions", "paludisme grave", "other", "queried in the clinical information")
    d.para(
        "Interprétation : Élevé / Bas = au-dessus / au-dessous des valeurs usuelles ; Anormal = résultat "
        "qualitatif différent de la valeur usuelle.",
        8,
    )
    d.gap(3)
    iso = "2025-11-03"
    hdr = ["Analyse", "Résultat", "Unité", "Valeurs usuelles", "Interprétation"]
    wd = [2.5, 1.4, 1.3, 1.8, 1.35]
    d.title("HÉMATOLOGIE – NFS", 10)
    rows = [
        ("Hémoglobine", ["Haemoglobin"], "9,8", "g/dl", "13,0 – 17,0", 13.0, 17.0, None, "Bas"),
        ("Globules blancs", ["White cell count"], "11 800", "/mm³", "4 000 – 10 000", 4000.0, 10000.0, None, "Élevé", 11800.0),
        ("Plaquettes", ["Platelets"], "64 000", "/mm³", "150 000 – 400 000", 150000.0, 400000.0, None, "Bas", 64000.0),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("PARASITOLOGIE", 10)
    rows = [
        ("Goutte épaisse", ["Malaria thick smear"], "Positive (+++)", None, "Négative", None, None, "Négative", "Anormal", None),
        ("TDR paludisme (HRP2)", ["Malaria rapid diagnostic test"], "Positif", None, "Négatif", None, None, "Négatif", "Anormal", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.para(
        "Espèce : Plasmodium falciparum, formes trophozoïtes. Densité parasitaire : 86 400 trophozoïtes/µl.",
        8.5,
    )
    d.lab("Densité parasitaire", "86 400", "trophozoïtes/µl", None, None, None, None, iso, ["Malaria parasite density"], num=86400.0)
    d.title("BIOCHIMIE", 10)
    rows = [
        ("Glycémie à jeun", ["Fasting glucose"], "0,92", "g/l", "0,70 – 1,10", 0.7, 1.1, None, ""),
        ("Créatininémie", ["Creatinine"], "14,2", "mg/l", "7 – 13", 7.0, 13.0, None, "Élevé"),
        ("Urée", ["Urea"], "0,58", "g/l", "0,15 – 0,45", 0.15, 0.45, None, "Élevé"),
        ("Bilirubine totale", ["Total bilirubin"], "38", "mg/l", "< 10", None, 10.0, "< 10", "Élevé"),
        ("ASAT (TGO)", ["Aspartate aminotransferase"], "86", "UI/l", "< 40", None, 40.0, "< 40", "Élevé"),
        ("ALAT (TGP)", ["Alanine aminotransferase"], "64", "UI/l", "< 41", None, 41.0, "< 41", "Élevé"),
        ("CRP", ["C-reactive protein"], "96", "mg/l", "< 6", None, 6.0, "< 6", "Élevé"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("SÉROLOGIE – IMMUNO-HÉMATOLOGIE", 10)
    rows = [
        ("Sérologie VIH (Determine)", ["HIV rapid test"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("Antigène HBs", ["Hepatitis B surface antigen"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
        ("Groupe sanguin ABO / Rhésus", ["Blood group"], "O Rhésus positif", None, "", None, None, None, "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("ANALYSES EN ATTENTE", 10)
    d.table(
        ["Analyse", "Observation"],
        [
            ["Hémoculture", "en cours d'incubation – résultat sous 5 jours"],
            ["Sérologie hépatite E", "échantillon envoyé à l'Hôpital Général de Référence Nationale"],
            ["Ionogramme sanguin", "échantillon hémolysé – non réalisé, à reprélever"],
        ],
        [2.5, 5],
    )
    d.no("labs", "Hémoculture", "other", "in progress")
    d.no("labs", "Sérologie hépatite E", "other", "sent out")
    d.no("labs", "Ionogramme sanguin", "other", "haemolysed sample")
    d.para("Le biologiste : Dr Ousmane Djibrine Mahamat – résultats validés le " + d.d(iso) + " à 14 h 05", 8)
    return d


# ---------------------------------------------------------------------------- 05 Zadar
@document
def d05():
    d = Doc(
        5,
        "zadar_lab_flagcol",
        "Zadar County (Croatia)",
        "lab_result",
        "lab report (single date, flag column with ↑ / ↓ and a legend, coagulation on warfarin, haematocrit as a "
        "fraction, diagnosis on the request, pending, sent-out and unsuitable samples)",
        "d.m.Y.",
        lang="Croatian",
        comma=True,
    )
    d.letterhead(
        "Opća bolnica Zadar",
        ["Služba za laboratorijsku dijagnostiku – Bože Peričića 5, 23000 Zadar", "tel. 023 505 505"],
        right=["NALAZ", "Broj uzorka 2511-3307"],
        size=13,
        color=(0.1, 0.15, 0.45),
    )
    d.kv(
        [
            ("Pacijent:", "Ante Perić"),
            ("Datum rođenja:", "09.02.1953."),
            ("MBO:", "104582219"),
            ("Uputna dijagnoza:", "I48 Fibrilacija atrija"),
            ("Uputio:", "dr. med. Ivana Kovačević, obiteljska medicina, Bibinje"),
            ("Datum uzorkovanja:", "07.11.2025. u 07:30"),
        ],
        cols=1,
        lw=118,
    )
    d.cond("Fibrilacija atrija", "active", "I48", ["atrial fibrillation"])
    d.conds[-1]["optional"] = True
    d.para("Oznaka: ↑ iznad referentnog intervala, ↓ ispod referentnog intervala.", 8)
    d.gap(3)
    iso = "2025-11-07"
    hdr = ["Pretraga", "Rezultat", "Jedinica", "Ref. interval", "Oznaka"]
    wd = [2.6, 1.1, 1.4, 1.6, 0.8]
    d.title("HEMATOLOGIJA – KOMPLETNA KRVNA SLIKA", 10)
    rows = [
        ("Leukociti", ["White cell count"], "6,8", "×10⁹/L", "3,4 – 9,7", 3.4, 9.7, None, ""),
        ("Eritrociti", ["Red cell count"], "4,21", "×10¹²/L", "4,34 – 5,72", 4.34, 5.72, None, "↓"),
        ("Hemoglobin", ["Haemoglobin"], "128", "g/L", "138 – 175", 138.0, 175.0, None, "↓"),
        ("Hematokrit", ["Haematocrit"], "0,392", "L/L", "0,415 – 0,530", 0.415, 0.53, None, "↓"),
        ("Trombociti", ["Platelets"], "212", "×10⁹/L", "158 – 424", 158.0, 424.0, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("KOAGULACIJA", 10)
    rows = [
        ("PV (INR)", ["Prothrombin time INR"], "3,6", None, "2,0 – 3,0 (terapijski)", 2.0, 3.0, None, "↑"),
        ("APTV", ["Activated partial thromboplastin time"], "38", "s", "23 – 35", 23.0, 35.0, None, "↑"),
        ("Fibrinogen", [], "3,4", "g/L", "1,8 – 3,5", 1.8, 3.5, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("BIOKEMIJA", 10)
    rows = [
        ("Glukoza (GUK)", ["Glucose"], "6,2", "mmol/L", "4,4 – 6,4", 4.4, 6.4, None, ""),
        ("Ureja", ["Urea"], "9,8", "mmol/L", "2,8 – 8,3", 2.8, 8.3, None, "↑"),
        ("Kreatinin", ["Creatinine"], "118", "µmol/L", "64 – 104", 64.0, 104.0, None, "↑"),
        ("eGFR", [], "52", "mL/min/1,73 m²", "> 60", 60.0, None, "> 60", "↓"),
        ("Natrij", ["Sodium"], "138", "mmol/L", "137 – 146", 137.0, 146.0, None, ""),
        ("Kalij", ["Potassium"], "5,4", "mmol/L", "3,9 – 5,1", 3.9, 5.1, None, "↑"),
        ("AST", ["Aspartate aminotransferase"], "24", "U/L", "8 – 30", 8.0, 30.0, None, ""),
        ("ALT", ["Alanine aminotransferase"], "19", "U/L", "10 – 36", 10.0, 36.0, None, ""),
        ("CRP", ["C-reactive protein"], "4,1", "mg/L", "< 5,0", None, 5.0, "< 5,0", ""),
        ("TSH", ["Thyroid stimulating hormone"], "3,12", "mIU/L", "0,35 – 4,94", 0.35, 4.94, None, ""),
    ]
    d.table(hdr, labrows(d, rows, iso), wd)
    d.title("Pretrage u tijeku", 10)
    d.table(
        ["Pretraga", "Status"],
        [
            ["Digoksin", "u obradi"],
            ["Homocistein", "uzorak poslan u KBC Split"],
            ["Lupus antikoagulant", "neodgovarajući uzorak (nedovoljno napunjena epruveta) – ponoviti"],
        ],
        [2.5, 5],
    )
    d.no("labs", "Digoksin", "other", "in progress")
    d.no("labs", "Homocistein", "other", "sent out")
    d.no("labs", "Lupus antikoagulant", "other", "unsuitable sample")
    d.para("Nalaz odobrio: mr. sc. Marko Jurić, spec. med. biokemije i lab. medicine", 8)
    return d


# ---------------------------------------------------------------------------- 06 Taranaki
@document
def d06():
    d = Doc(
        6,
        "taranaki_mycophenolate_monitoring_scan",
        "New Zealand (Taranaki, New Plymouth)",
        "lab_result",
        "cumulative blood monitoring for mycophenolate (dates as rows, units and ranges in the header, clinical "
        "details on the request, queried diagnosis in a comment, referred-out and insufficient samples, scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 2.2},
    )
    d.letterhead(
        "Taranaki Community Laboratory",
        ["Te Whatu Ora Taranaki – 23 David Street, Westown, New Plymouth 4310", "Phone 06 753 6139"],
        right=["CUMULATIVE REPORT", "Drug monitoring: mycophenolate"],
        size=12.5,
        color=(0.0, 0.3, 0.35),
    )
    d.kv(
        [
            ("Patient:", "TIPENE, Hana Mereana"),
            ("NHI:", "ZRT4417"),
            ("DOB:", "23/08/1989"),
            ("Requested by:", "Dr M. Fielding (Renal)"),
            ("Clinical details:", "SLE with lupus nephritis class IV"),
        ],
        cols=1,
        lw=96,
    )
    d.cond("SLE with lupus nephritis class IV", "active", None, ["systemic lupus erythematosus", "lupus nephritis"])
    d.conds[-1]["optional"] = True
    cols = [
        ("Hb", ["Haemoglobin"], "g/L", "115-155", 115.0, 155.0),
        ("WBC", ["White cell count"], "x10^9/L", "4.0-11.0", 4.0, 11.0),
        ("Neutrophils", [], "x10^9/L", "1.9-7.5", 1.9, 7.5),
        ("Lymphocytes", [], "x10^9/L", "1.0-4.0", 1.0, 4.0),
        ("Platelets", [], "x10^9/L", "150-400", 150.0, 400.0),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<35", None, 35.0),
        ("Creatinine", [], "umol/L", "45-90", 45.0, 90.0),
    ]
    data = [
        ("2025-06-24", ["109 L", "5.9", "4.2", "1.1", "268", "21", "96 H"]),
        ("2025-08-05", ["112 L", "4.8", "3.6", "0.8 L", "251", "26", "88"]),
        ("2025-09-16", ["116", "4.2", "3.3", "0.6 L", "244", "-", "84"]),
        ("2025-10-28", ["118", "3.8 L", "2.9", "0.5 L", "-", "19", "81"]),
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
    d.table(hdr, tab, [1.3, 0.9, 1.0, 1.15, 1.15, 1.0, 0.9, 1.0], size=8)
    d.para("H = above reference range, L = below reference range. - = not tested on this date.", 8)
    d.para(
        "Comment 28/10/2025: progressive lymphopenia, WBC now low - ?mycophenolate-related lymphopenia; "
        "results phoned to the renal nurse specialist. Suggest repeat FBC in 2 weeks.",
        8.5,
    )
    d.no("conditions", "mycophenolate-related lymphopenia", "other", "queried in a lab comment")
    d.para(
        "28/10/2025: CMV PCR referred to LabPLUS, Auckland City Hospital - to follow. Complement C3/C4 - "
        "insufficient sample, not tested.",
        8.5,
    )
    d.no("labs", "CMV PCR", "other", "referred out, to follow")
    d.no("labs", "Complement C3/C4", "other", "insufficient sample")
    d.para("Authorised: Dr R. Aperahama, Chemical Pathologist", 8)
    return d


# ---------------------------------------------------------------------------- 07 Laguna
@document
def d07():
    d = Doc(
        7,
        "laguna_prenatal_record",
        "Laguna (Philippines, Los Baños)",
        "medical_record",
        "prenatal record at a rural health unit (month/day/year stated in the header, booking results with a "
        "Mataas / Mababa flag column, handwritten visit notes with a tetanus-diphtheria dose given, new medicines "
        "handed out, planned test and supplement, declined vaccine)",
        "m/d/Y",
        lang="Filipino",
    )
    d.letterhead(
        "Rural Health Unit II – Los Baños, Laguna",
        ["Municipal Health Office, Brgy. Batong Malake, Los Baños, Laguna 4030", "Tel. (049) 536-2814"],
        right=["TALAAN NG PRENATAL", "Petsa: buwan/araw/taon"],
        size=12.5,
        color=(0.1, 0.35, 0.15),
    )
    d.kv(
        [
            ("Pangalan:", "Maricel D. Villanueva"),
            ("Edad:", "26 taong gulang"),
            ("G / P:", "G2P1 (1001)"),
            ("Huling regla (LMP):", "05/19/2025"),
            ("Petsa ng bisita:", "11/03/2025"),
            ("Alerhiya:", "Sulfa (pamamantal)"),
        ],
        lw=108,
    )
    d.alg("Sulfa", "pamamantal")
    d.para("Mataas / Mababa – lampas / kulang sa normal na saklaw (reference range).", 8)
    d.gap(3)
    iso = "2025-10-27"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "98", "g/L", "120 – 160", 120.0, 160.0, None, "Mababa"),
        ("Hematocrit", ["Haematocrit"], "0.30", None, "0.37 – 0.47", 0.37, 0.47, None, "Mababa"),
        ("WBC", ["White cell count"], "9.8", "x10⁹/L", "5.0 – 10.0", 5.0, 10.0, None, ""),
        ("Platelet", ["Platelets"], "265", "x10⁹/L", "150 – 400", 150.0, 400.0, None, ""),
        ("Blood type", ["Blood group"], "B Rh (+)", None, "", None, None, None, "", None),
        ("HBsAg screening", ["Hepatitis B surface antigen"], "Non-reactive", None, "Non-reactive", None, None, "Non-reactive", "", None),
        ("Syphilis (RPR)", ["Syphilis serology"], "Non-reactive", None, "Non-reactive", None, None, "Non-reactive", "", None),
        ("HIV screening", ["HIV test"], "Non-reactive", None, "Non-reactive", None, None, "Non-reactive", "", None),
        ("FBS", ["Fasting blood sugar"], "4.9", "mmol/L", "< 5.1", None, 5.1, "< 5.1", ""),
        ("Urinalysis – pus cells", ["Urine white cells"], "10-15", "/hpf", "0 – 5 /hpf", 0.0, 5.0, None, "Mataas", None),
        ("Urinalysis – protein", ["Urine protein"], "Negative", None, "Negative", None, None, "Negative", "", None),
        ("Urinalysis – sugar", ["Urine glucose"], "Negative", None, "Negative", None, None, "Negative", "", None),
    ]
    d.title("Mga resulta ng laboratoryo – kinuha noong " + d.d(iso), 10.5)
    d.table(["Pagsusuri", "Resulta", "Unit", "Normal na saklaw", "Tanda"], labrows(d, rows, iso), [2.6, 1.3, 1.0, 1.6, 0.9])
    d.title("Tala ng bisita (midwife)", 10.5)
    d.hand_line("AOG:", "24 linggo   Fundic ht. 23 cm   FHT 144/min", 10.5)
    d.hand_line("BP:", "110/70 mmHg   Timbang: 58 kg   Taas: 1.52 m", 10.5)
    d.vit("blood_pressure", "110/70", 110.0, 70.0, "mmHg")
    d.vit("weight", "58", 58.0, None, "kg")
    d.vit("height", "1.52", 1.52, None, "m")
    d.hand_line("", "Walang pagdurugo o pananakit ng tiyan. Medyo hilo paminsan-minsan.", 10.5)
    d.no("conditions", "pagdurugo", "negated")
    d.hand_line("Dx:", "Anemya sa pagbubuntis; UTI (impeksyon sa daanan ng ihi)", 10.5)
    d.cond("Anemya sa pagbubuntis", "active", None, ["anaemia in pregnancy"])
    d.cond("UTI (impeksyon sa daanan ng ihi)", "active", None, ["urinary tract infection"])
    d.hand_line("Bakuna:", "Td 2 – ibinigay ngayon (lot TD5521K); Td 1 noong 09/29/2025", 10.5)
    d.imm("Td", "2025-11-03", 2, "TD5521K", None, amb=_amb(d.style, "2025-11-03"))
    d.imms[-1]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.imm("Td", "2025-09-29", 1, None, None, amb=_amb(d.style, "2025-09-29"))
    d.imms[-1]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.hand_line("", "Flu vaccine – inalok, tumanggi ang pasyente", 10.5)
    d.no("immunizations", "Flu vaccine", "other", "offered, declined")
    d.hand_line("Gamot:", "Ferrous sulfate + folic acid 1 tab araw-araw – ibinigay 30 tab", 10.5)
    d.hand_line("", "Cefalexin 500 mg 1 cap 4x isang araw x 7 araw – sinimulan ngayon", 10.5)
    d.med("Ferrous sulfate + folic acid", None, None, None, None, "1 tab araw-araw", "new")
    d.med("Cefalexin", None, "500", "mg", None, "1 cap 4x isang araw x 7 araw", "new")
    d.meds[-1]["aliases"] = ["cephalexin"]
    d.hand_line("Plano:", "75g OGTT sa 11/17/2025; Calcium carbonate 500 mg – sisimulan", 10.5)
    d.hand_line("", "sa susunod na bisita. Balik sa 12/01/2025.", 10.5)
    d.no("labs", "75g OGTT", "planned", "booked for 11/17/2025")
    d.no("medications", "Calcium carbonate", "planned", "from the next visit")
    d.hand_line("Family hx:", "Nanay – diabetes", 10.5)
    d.no("conditions", "diabetes", "family", "mother")
    d.hand_line("Midwife:", "Rosalinda M. Bautista, RM", 10.5)
    return d


# ---------------------------------------------------------------------------- 08 Ghent
@document
def d08():
    d = Doc(
        8,
        "ghent_rheumatology_referral",
        "East Flanders (Belgium, Ghent)",
        "medical_record",
        "GP referral letter to rheumatology (Dutch (Belgium); suspected polymyalgia rheumatica, medicines table "
        "with Belgian brands, new and stopped drugs, lab table with a + / − flag column, question to the "
        "specialist)",
        "d/m/Y",
        lang="Dutch (Belgium)",
        comma=True,
    )
    d.letterhead(
        "Huisartsenpraktijk De Leie",
        ["Dr. Sofie Claeys – Dr. Pieter Verhaeghe, huisartsen", "Coupure Links 214, 9000 Gent – tel. 09 225 43 18"],
        right=["VERWIJSBRIEF", "Gent, 05/11/2025"],
        size=13,
        color=(0.0, 0.3, 0.45),
    )
    d.kv(
        [
            ("Aan:", "Dienst Reumatologie, AZ Leiekant Gent – dr. E. De Smet"),
            ("Betreft:", "Dhr. Marc Van den Broeck, °12/05/1954"),
            ("Rijksregisternr.:", "54.05.12-231.48"),
        ],
        cols=1,
        lw=100,
    )
    d.para("Beste collega,")
    d.para(
        "Graag verwijs ik u deze 71-jarige patiënt door wegens sinds september toenemende pijn en ochtendstijfheid "
        "(ongeveer twee uur) van beide schouders en heupen, met duidelijk verhoogde ontstekingsparameters. Klinisch "
        "denk ik aan een polymyalgia rheumatica, maar graag uw bevestiging. Er zijn geen aanwijzingen voor "
        "reuzecelarteritis: geen hoofdpijn, geen visusstoornissen, geen kaakclaudicatio. Sinds 28/10/2025 neemt "
        "hij Medrol 16 mg, met duidelijke verbetering van de stijfheid."
    )
    d.no("conditions", "polymyalgia rheumatica", "other", "suspected, confirmation requested")
    d.no("conditions", "reuzecelarteritis", "negated")
    d.title("Antecedenten", 10)
    d.bullets(
        [
            "Arteriële hypertensie",
            "Diabetes mellitus type 2, op orale therapie",
            "Hypercholesterolemie",
            "Osteoporose (DEXA 2023)",
            "Benigne prostaathyperplasie",
            "Longembolie 2019 na knieprothese rechts – 6 maanden behandeld, sindsdien geen recidief",
        ]
    )
    d.cond("Arteriële hypertensie", "active", None, ["hypertension"])
    d.cond("Diabetes mellitus type 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hypercholesterolemie", "active", None, ["hypercholesterolaemia"])
    d.cond("Osteoporose", "active", None, ["osteoporosis"])
    d.cond("Benigne prostaathyperplasie", "active", None, ["benign prostatic hyperplasia"])
    d.no("conditions", "Longembolie", "historical", "2019, treated")
    d.para("Allergieën: penicilline (urticaria). Intolerantie: codeïne (braken). Familiaal: zus heeft "
           "reumatoïde artritis.")
    d.alg("penicilline", "urticaria")
    d.alg("codeïne", "braken")
    d.no("conditions", "reumatoïde artritis", "family", "sister")
    d.title("Actuele medicatie", 10)
    d.table(
        ["Geneesmiddel", "Dosering", "Opmerking"],
        [
            ["Coversyl 5 mg", "1x/dag 's morgens", ""],
            ["Amlor 5 mg", "1x/dag", ""],
            ["Metformax 850 mg", "2x/dag bij de maaltijd", ""],
            ["Crestor 10 mg", "1x/dag 's avonds", ""],
            ["Tamsulosine Sandoz 0,4 mg", "1x/dag 's avonds", ""],
            ["Medrol 16 mg", "1x/dag 's morgens", "nieuw sinds 28/10/2025"],
            ["Pantomed 20 mg", "1x/dag nuchter", "nieuw, maagbescherming bij Medrol"],
            ["Steovit Forte 1000 mg/880 IE", "1 kauwtablet/dag", "nieuw"],
            ["Dafalgan Forte 1 g", "max. 3x/dag bij pijn", ""],
            ["Brufen 600 mg", "—", "gestopt op 28/10/2025 (maagklachten, nierfunctie)"],
        ],
        [2.6, 2.2, 3.2],
    )
    d.med("Coversyl", "Coversyl", "5", "mg", None, "1x/dag 's morgens")
    d.meds[-1]["aliases"] = ["perindopril"]
    d.med("Amlor", "Amlor", "5", "mg", None, "1x/dag")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Metformax", "Metformax", "850", "mg", None, "2x/dag bij de maaltijd")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Crestor", "Crestor", "10", "mg", None, "1x/dag 's avonds")
    d.meds[-1]["aliases"] = ["rosuvastatin"]
    d.med("Tamsulosine Sandoz", None, "0,4", "mg", None, "1x/dag 's avonds")
    d.meds[-1]["aliases"] = ["tamsulosin"]
    d.med("Medrol", "Medrol", "16", "mg", None, "1x/dag 's morgens", "new")
    d.meds[-1]["aliases"] = ["methylprednisolone"]
    d.med("Pantomed", "Pantomed", "20", "mg", None, "1x/dag nuchter", "new")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.med("Steovit Forte", "Steovit Forte", None, None, None, "1 kauwtablet/dag", "new")
    d.meds[-1]["aliases"] = ["calcium carbonate/colecalciferol"]
    d.med("Dafalgan Forte", "Dafalgan Forte", "1", "g", None, "max. 3x/dag bij pijn")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Brufen", "Brufen", "600", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.no("medications", "Brufen", "stopped", "stopped 28/10/2025")
    d.run_header = "Dhr. Marc Van den Broeck – °12/05/1954 – verwijsbrief reumatologie 05/11/2025"
    iso = "2025-10-27"
    d.title("Labo " + d.d(iso) + " (vóór start Medrol)", 10)
    rows = [
        ("Sedimentatie", ["Erythrocyte sedimentation rate"], "64", "mm/u", "< 20", None, 20.0, "< 20", "+"),
        ("CRP", ["C-reactive protein"], "48,2", "mg/l", "< 5,0", None, 5.0, "< 5,0", "+"),
        ("Hemoglobine", ["Haemoglobin"], "12,4", "g/dl", "13,0 – 17,0", 13.0, 17.0, None, "\u2212"),
        ("Leukocyten", ["White cell count"], "9,1", "10³/µl", "4,0 – 10,0", 4.0, 10.0, None, ""),
        ("Trombocyten", ["Platelets"], "412", "10³/µl", "150 – 400", 150.0, 400.0, None, "+"),
        ("Creatinine", [], "1,08", "mg/dl", "0,70 – 1,20", 0.7, 1.2, None, ""),
        ("eGFR (CKD-EPI)", ["eGFR"], "68", "ml/min/1,73m²", "> 60", 60.0, None, "> 60", ""),
        ("CK", ["Creatine kinase"], "42", "U/l", "< 190", None, 190.0, "< 190", ""),
        ("TSH", ["Thyroid stimulating hormone"], "1,92", "mU/l", "0,27 – 4,20", 0.27, 4.2, None, ""),
        ("HbA1c", [], "6,9", "%", "4,0 – 6,0", 4.0, 6.0, None, "+"),
        ("Reumafactor", ["Rheumatoid factor"], "< 10", "IU/ml", "< 14", None, 14.0, "< 14", "", None),
        ("Anti-CCP", ["Anti-cyclic citrullinated peptide antibodies"], "negatief", None, "negatief", None, None, "negatief", "", None),
    ]
    d.table(["Bepaling", "Resultaat", "Eenheid", "Referentie", ""], labrows(d, rows, iso), [2.4, 1.2, 1.3, 1.5, 0.4])
    d.para("+ = boven de referentiewaarde, \u2212 = onder de referentiewaarde.", 7.5)
    d.para("Klinisch onderzoek: bloeddruk 142/84 mmHg, pols 76/min regelmatig, gewicht 81 kg. Pijnlijke, beperkte "
           "actieve abductie van beide schouders; geen synovitis van de kleine gewrichten.")
    d.vit("blood_pressure", "142/84", 142.0, 84.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("weight", "81", 81.0, None, "kg")
    d.para(
        "Vaccinatie: griepvaccin (Vaxigrip Tetra) toegediend op 14/10/2025. Pneumokokkenvaccin (Prevenar 20) nog "
        "niet gegeven; graag vóór een eventuele langdurige immunosuppressie."
    )
    d.imm("griepvaccin", "2025-10-14", None, None, "Vaxigrip Tetra", amb=_amb(d.style, "2025-10-14"))
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.no("immunizations", "Pneumokokkenvaccin", "due", "not yet given")
    d.para(
        "Mijn vragen: bevestigt u de diagnose, en welk afbouwschema van de corticoïden stelt u voor? Is "
        "methotrexaat als corticosparend middel aangewezen, gezien de diabetes en de osteoporose?"
    )
    d.no("medications", "methotrexaat", "planned", "question to the specialist")
    d.para("Met collegiale groeten,")
    d.signature("Dr. Sofie Claeys", "Huisarts – RIZIV 1-23456-78-004")
    return d


# ---------------------------------------------------------------------------- 09 Perugia
@document
def d09():
    d = Doc(
        9,
        "perugia_heart_failure_clinic_report",
        "Umbria (Italy, Perugia)",
        "medical_record",
        "specialist report (heart-failure clinic visit, lab table with ↑ / ↓ and an Italian thousands point, "
        "changed, new and stopped medicines, two-strength combination, conditional medicine, patient advice, "
        "recommended vaccines)",
        "d/m/Y",
        lang="Italian",
        comma=True,
    )
    d.letterhead(
        "Azienda Ospedaliera di Perugia",
        ["S.C. Cardiologia e Fisiopatologia Cardiovascolare – Ambulatorio Scompenso Cardiaco",
         "Piazzale Giorgio Menghini 1, 06129 Perugia – tel. 075 578 2210"],
        right=["REFERTO DI VISITA", "CARDIOLOGICA"],
        size=12.5,
        color=(0.5, 0.1, 0.1),
    )
    d.kv(
        [
            ("Paziente:", "Giuseppe Bartolini"),
            ("Nato il:", "03/04/1949"),
            ("Codice fiscale:", "BRTGPP49D03G478K"),
            ("Data visita:", "10/11/2025"),
            ("Inviato da:", "Dott.ssa Laura Migliorati, MMG Ponte San Giovanni"),
        ],
        cols=1,
        lw=100,
    )
    d.title("Anamnesi", 10)
    d.para(
        "Cardiopatia ischemica cronica: IMA anteriore nel 2018 trattato con PTCA e stent su IVA. Ipertensione "
        "arteriosa da circa 20 anni. Diabete mellito tipo 2 in terapia orale. Insufficienza renale cronica stadio "
        "3a. BPCO lieve, ex fumatore dal 2018. Anamnesi familiare: padre deceduto per morte improvvisa a 52 anni. "
        "Allergie: mezzo di contrasto iodato (orticaria)."
    )
    d.cond("Cardiopatia ischemica cronica", "active", None, ["chronic ischaemic heart disease"])
    d.no("conditions", "IMA anteriore", "historical", "2018")
    d.cond("Ipertensione arteriosa", "active", None, ["hypertension"])
    d.cond("Diabete mellito tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Insufficienza renale cronica stadio 3a", "active", None, ["chronic kidney disease stage 3a"])
    d.cond("BPCO", "active", None, ["chronic obstructive pulmonary disease"])
    d.no("conditions", "morte improvvisa", "family", "father")
    d.alg("mezzo di contrasto iodato", "orticaria")
    d.para(
        "Riferisce dispnea per sforzi moderati (2 piani di scale), non ortopnea. Nelle ultime settimane lieve "
        "incremento ponderale."
    )
    d.title("Esame obiettivo", 10)
    d.para(
        "PA 132/78 mmHg, FC 68 bpm ritmica, SpO2 96% in aria ambiente, peso 84 kg, altezza 172 cm, BMI 28,4. "
        "Toni cardiaci validi, soffio sistolico 2/6 al focolaio mitralico. MV ridotto alle basi, non rantoli. Non "
        "edemi declivi."
    )
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "bpm")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "84", 84.0, None, "kg")
    d.vit("height", "172", 172.0, None, "cm")
    d.vit("bmi", "28,4", 28.4, None, None)
    d.no("conditions", "edemi declivi", "negated")
    d.para(
        "ECG: ritmo sinusale, BBSx completo (QRS 148 ms). Ecocardiogramma: ventricolo sinistro dilatato, "
        "ipocinesia anteriore e apicale, FE 35%, insufficienza mitralica moderata funzionale."
    )
    iso = "2025-10-28"
    d.title("Esami ematochimici del " + d.d(iso), 10)
    rows = [
        ("Emoglobina", ["Haemoglobin"], "13,1", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ""),
        ("Creatinina", ["Creatinine"], "1,34", "mg/dL", "0,67 – 1,17", 0.67, 1.17, None, "↑"),
        ("eGFR (CKD-EPI)", ["eGFR"], "52", "mL/min/1,73m²", "> 60", 60.0, None, "> 60", "↓"),
        ("Sodio", ["Sodium"], "139", "mmol/L", "136 – 145", 136.0, 145.0, None, ""),
        ("Potassio", ["Potassium"], "4,8", "mmol/L", "3,5 – 5,1", 3.5, 5.1, None, ""),
        ("NT-proBNP", [], "1.460", "pg/mL", "< 450", None, 450.0, "< 450", "↑", 1460.0),
        ("Colesterolo LDL", ["LDL cholesterol"], "82", "mg/dL", "< 55", None, 55.0, "< 55", "↑"),
        ("Emoglobina glicata (HbA1c)", ["HbA1c"], "51", "mmol/mol", "20 – 42", 20.0, 42.0, None, "↑"),
        ("Acido urico", ["Uric acid"], "7,9", "mg/dL", "3,4 – 7,0", 3.4, 7.0, None, "↑"),
        ("TSH", ["Thyroid stimulating hormone"], "2,3", "mUI/L", "0,27 – 4,20", 0.27, 4.2, None, ""),
    ]
    d.table(["Esame", "Risultato", "Unità", "Valori di riferimento", ""], labrows(d, rows, iso), [2.6, 1.1, 1.3, 1.7, 0.4])
    d.para("↑ / ↓ = valore superiore / inferiore all'intervallo di riferimento.", 7.5)
    d.run_header = "Bartolini Giuseppe – nato il 03/04/1949 – visita cardiologica del 10/11/2025"
    d.title("Conclusioni", 10)
    d.para(
        "Scompenso cardiaco cronico a frazione d'eiezione ridotta (HFrEF), NYHA II, in paziente con cardiopatia "
        "ischemica post-infartuale. Compenso emodinamico discreto; si ottimizza la terapia."
    )
    d.cond("Scompenso cardiaco cronico a frazione d'eiezione ridotta (HFrEF)", "active", None, ["heart failure with reduced ejection fraction"])
    d.title("Terapia consigliata", 10)
    d.table(
        ["Farmaco", "Posologia", "Note"],
        [
            ["Congescor 2,5 mg", "1 cp mattino e sera", "dose aumentata (prima 1,25 mg x 2)"],
            ["Entresto 24 mg/26 mg", "1 cp x 2/die", "nuovo: iniziare 36 ore dopo l'ultima dose di ramipril"],
            ["Ramipril 5 mg", "—", "sospendere"],
            ["Jardiance 10 mg", "1 cp/die al mattino", "nuovo"],
            ["Lasix 25 mg", "1 cp al mattino", "invariato"],
            ["Cardioaspirin 100 mg", "1 cp/die a pranzo", "invariato"],
            ["Torvast 80 mg", "1 cp la sera", "invariato"],
            ["Metformina 500 mg", "1 cp x 2 ai pasti", "invariato"],
            ["Spiriva Respimat 2,5 mcg", "2 erogazioni/die", "invariato"],
        ],
        [2.4, 2.2, 3.4],
    )
    d.med("Congescor", "Congescor", "2,5", "mg", None, "1 cp mattino e sera", "changed")
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Entresto", "Entresto", None, None, None, "1 cp x 2/die", "new")
    d.meds[-1]["aliases"] = ["sacubitril/valsartan"]
    d.med("Ramipril", None, "5", "mg", None, None, "stopped")
    d.no("medications", "Ramipril", "stopped", "switch to Entresto")
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1 cp/die al mattino", "new")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Lasix", "Lasix", "25", "mg", None, "1 cp al mattino")
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Cardioaspirin", "Cardioaspirin", "100", "mg", None, "1 cp/die a pranzo")
    d.meds[-1]["aliases"] = ["aspirin"]
    d.med("Torvast", "Torvast", "80", "mg", None, "1 cp la sera")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Metformina", None, "500", "mg", None, "1 cp x 2 ai pasti")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Spiriva Respimat", "Spiriva Respimat", "2,5", "mcg", None, "2 erogazioni/die")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.para(
        "Al prossimo controllo, se potassio < 5,0 mmol/L, da valutare l'aggiunta di spironolattone 25 mg. Si "
        "consigliano vaccinazione antinfluenzale e anti-pneumococcica presso il MMG. Controllo in ambulatorio "
        "scompenso tra 6 settimane con ecocardiogramma."
    )
    d.no("medications", "spironolattone", "planned", "conditional")
    d.no("immunizations", "vaccinazione antinfluenzale", "due", "recommended")
    d.no("immunizations", "anti-pneumococcica", "due", "recommended")
    d.title("Consigli per il paziente", 10)
    d.bullets(
        [
            "Pesarsi ogni mattina; se aumento > 2 kg in 3 giorni contattare l'ambulatorio.",
            "Dieta iposodica, liquidi circa 1,5 litri al giorno.",
            "Evitare antinfiammatori come ibuprofene (Moment, Brufen) senza parere medico.",
        ],
        size=9,
    )
    d.no("medications", "ibuprofene", "leaflet", "Moment, Brufen")
    d.signature("Dott. Andrea Ceccarelli", "Dirigente Medico – S.C. Cardiologia")
    return d


# ---------------------------------------------------------------------------- 10 Valais
@document
def d10():
    d = Doc(
        10,
        "valais_visitor_discharge_report",
        "Valais (Switzerland, Visp)",
        "discharge_summary",
        "discharge report for a visiting skier (Swiss German; tibial plateau fracture, admission / discharge labs "
        "with H / L, Swiss decimal point and apostrophe thousands, ward-only doses, tetanus booster in the "
        "emergency department, discharge medicines in morning / noon / evening / night columns, held medicine)",
        "d.m.Y",
        lang="German (Switzerland)",
    )
    d.letterhead(
        "Spitalzentrum Oberwallis – Spital Visp",
        ["Klinik für Orthopädie und Traumatologie", "Pflanzettastrasse 8, 3930 Visp – Tel. 027 970 33 33"],
        right=["AUSTRITTSBERICHT", "Fall-Nr. 25-118402"],
        size=12.5,
        color=(0.6, 0.05, 0.05),
    )
    d.kv(
        [
            ("Patientin:", "Frau Sabine Hartmann, geb. 21.09.1968"),
            ("Wohnort:", "Freiburg im Breisgau (D), Feriengast in Zermatt"),
            ("Eintritt / Austritt:", "29.10.2025 / 06.11.2025"),
            ("Hausärztin:", "Dr. med. Julia Brenner, Freiburg i. Br."),
        ],
        cols=1,
        lw=108,
    )
    d.title("Diagnosen", 10)
    d.bullets(
        [
            "Tibiakopffraktur rechts (Schatzker II), ICD-10 S82.1 – Skiunfall am 29.10.2025, Theodulgletscher; "
            "offene Reposition und Plattenosteosynthese am 30.10.2025",
            "Postoperative Blutungsanämie",
        ]
    )
    d.cond("Tibiakopffraktur rechts (Schatzker II)", "active", "S82.1", ["fracture of the right tibial plateau"])
    d.cond("Postoperative Blutungsanämie", "active", None, ["postoperative anaemia"])
    d.title("Nebendiagnosen", 10)
    d.bullets(["Arterielle Hypertonie", "Hypothyreose bei Hashimoto-Thyreoiditis",
               "St. n. laparoskopischer Cholezystektomie 2015 bei Cholezystolithiasis"])
    d.cond("Arterielle Hypertonie", "active", None, ["hypertension"])
    d.cond("Hypothyreose bei Hashimoto-Thyreoiditis", "active", None, ["hypothyroidism"])
    d.no("conditions", "Cholezystolithiasis", "historical", "cholecystectomy 2015")
    d.para("Allergien / Unverträglichkeiten: Sulfonamide (Exanthem), Heftpflaster (Juckreiz).")
    d.alg("Sulfonamide", "Exanthem")
    d.alg("Heftpflaster", "Juckreiz")
    d.title("Verlauf", 10)
    d.para(
        "Die 57-jährige Patientin wurde nach einem Sturz beim Skifahren mit der Air Zermatt zugewiesen. Auf der "
        "Notfallstation Tetanus-Auffrischimpfung (Boostrix, Ch.-B. AC37B291A) am 29.10.2025. Klinisch kein Hinweis "
        "auf ein Kompartmentsyndrom. Am 30.10.2025 komplikationslose Osteosynthese; perioperative Prophylaxe mit "
        "Cefazolin 2 g i.v., in den ersten 48 Stunden zusätzlich Morphin s.c. nach Bedarf. Postoperativ Abfall des "
        "Hämoglobins bis 98 g/l, hämodynamisch stabil, keine Transfusion nötig. Wegen Blutdruckwerten um 100/60 "
        "mmHg wurde Candesartan pausiert. Mobilisation an Gehstöcken mit Teilbelastung 15 kg."
    )
    d.imm("Tetanus-Auffrischimpfung", "2025-10-29", None, "AC37B291A", "Boostrix", amb=_amb(d.style, "2025-10-29"))
    d.imms[-1]["aliases"] = ["Tdap vaccine"]
    d.no("conditions", "Kompartmentsyndrom", "negated")
    d.no("medications", "Cefazolin", "other", "perioperative, in hospital only")
    d.no("medications", "Morphin", "other", "on the ward only")
    d.run_header = "Hartmann Sabine, 21.09.1968 – Austrittsbericht Orthopädie Visp vom 06.11.2025"
    d1, d2 = "2025-10-29", "2025-11-05"
    labs = [
        ("Hämoglobin", ["Haemoglobin"], "g/l", "120 – 160", 120.0, 160.0, "132", "98 L"),
        ("Leukozyten", ["White cell count"], "G/l", "3.5 – 10.0", 3.5, 10.0, "11.2 H", "7.4"),
        ("Thrombozyten", ["Platelets"], "G/l", "150 – 450", 150.0, 450.0, "248", "312"),
        ("CRP", ["C-reactive protein"], "mg/l", "< 5", None, 5.0, "3", "48 H"),
        ("Kreatinin", ["Creatinine"], "µmol/l", "44 – 80", 44.0, 80.0, "68", "71"),
        ("Natrium", ["Sodium"], "mmol/l", "135 – 145", 135.0, 145.0, "139", "136"),
        ("Kalium", ["Potassium"], "mmol/l", "3.5 – 5.0", 3.5, 5.0, "4.1", "3.9"),
        ("CK", ["Creatine kinase"], "U/l", "< 170", None, 170.0, "1'240 H", "—"),
        ("INR", [], None, "0.8 – 1.2", 0.8, 1.2, "1.0", "—"),
    ]
    tab = []
    for name, al, unit, ref, lo, hi, c1, c2 in labs:
        tab.append([name, c1, c2, unit or "", ref])
        for iso, cell in ((d1, c1), (d2, c2)):
            if cell == "—":
                continue
            parts = cell.split(" ")
            v = parts[0]
            f = FLAGMAP[parts[1]] if len(parts) > 1 else "normal"
            num = float(v.replace("'", ""))
            d.lab(name, v, unit, lo, hi, ref if ref[0] in "<>" else None, f, iso, al, num=num)
    d.title("Labor", 10)
    d.table(["Analyse", "Eintritt " + d.d(d1), "Austritt " + d.d(d2), "Einheit", "Referenz"], tab, [2.2, 1.5, 1.5, 1.0, 1.4])
    d.para("H / L = über / unter dem Referenzbereich.", 7.5)
    d.para("Befund bei Austritt: BD 134/82 mmHg, Puls 78/min, Temp. 36.9 °C, SpO2 97 % (Raumluft), Gewicht 86 kg, "
           "Grösse 166 cm. Wunde reizlos, Fusspulse tastbar.")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "/min")
    d.vit("temperature", "36.9", 36.9, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "86", 86.0, None, "kg")
    d.vit("height", "166", 166.0, None, "cm")
    d.title("Medikamente bei Austritt", 10)
    d.table(
        ["Medikament", "Mo", "Mi", "Ab", "Na", "Bemerkung"],
        [
            ["Clexane 40 mg s.c.", "0", "0", "1", "0", "neu; bis 6 Wochen postoperativ (bis 11.12.2025)"],
            ["Dafalgan 1 g", "1", "1", "1", "1", "neu"],
            ["Irfen 400 mg", "1", "1", "1", "0", "neu; für 7 Tage"],
            ["Pantozol 40 mg", "1", "0", "0", "0", "neu; solange Irfen"],
            ["Oxynorm 5 mg", "", "", "", "", "neu; Reserve bei starken Schmerzen, max. 4x täglich"],
            ["Eltroxin 100 µg", "1", "0", "0", "0", "wie bisher"],
            ["Candesartan Sandoz 8 mg", "–", "–", "–", "–", "pausiert bis Blutdruck wieder > 120 mmHg systolisch"],
        ],
        [2.3, 0.4, 0.4, 0.4, 0.4, 3.4],
    )
    d.med("Clexane", "Clexane", "40", "mg", "s.c.", None, "new")
    d.meds[-1]["aliases"] = ["enoxaparin"]
    d.med("Dafalgan", "Dafalgan", "1", "g", None, None, "new")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Irfen", "Irfen", "400", "mg", None, None, "new")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.med("Pantozol", "Pantozol", "40", "mg", None, None, "new")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.med("Oxynorm", "Oxynorm", "5", "mg", None, "max. 4x täglich", "new")
    d.meds[-1]["aliases"] = ["oxycodone"]
    d.med("Eltroxin", "Eltroxin", "100", "µg", None, None)
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Candesartan Sandoz", None, "8", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["candesartan"]
    d.no("medications", "Candesartan Sandoz", "stopped", "paused until blood pressure recovers")
    d.title("Procedere", 10)
    d.bullets(
        [
            "Weiterbehandlung durch die Hausärztin in Freiburg; Blutbild-Kontrolle in 1 Woche.",
            "Fadenentfernung am 13.11.2025; Röntgenkontrolle nach 6 Wochen.",
            "Teilbelastung 15 kg für 6 Wochen, Thromboseprophylaxe bis Vollbelastung.",
        ]
    )
    d.no("labs", "Blutbild", "planned", "in 1 week")
    d.signature("Dr. med. Lukas Imboden", "Oberarzt Orthopädie und Traumatologie")
    return d


# ---------------------------------------------------------------------------- 11 Bengaluru
@document
def d11():
    d = Doc(
        11,
        "bengaluru_allergy_asthma_letter",
        "India (Karnataka, Bengaluru)",
        "medical_record",
        "specialist consultation letter (allergy and asthma clinic; drug and food allergies, two-date lab table with "
        "English thousands commas, specific IgE, Indian brand names with strengths inside the brand, changed, new, "
        "stopped and completed medicines, vaccine given in clinic)",
        "d/m/Y",
    )
    d.letterhead(
        "Sahyadri Chest & Allergy Centre",
        ["No. 41, 11th Main Road, 4th Block, Jayanagar, Bengaluru 560011", "Ph: 080-2663 4127 | KMC Reg. 48217"],
        right=["Dr. Vinay K. Hegde", "MD (Pulm.), Fellowship in Allergy"],
        size=13,
        color=(0.15, 0.25, 0.55),
    )
    d.kv(
        [
            ("Date:", "07/11/2025"),
            ("To:", "Dr. Ramesh Gowda, MBBS, Gowda Family Clinic, Basavanagudi"),
            ("Re:", "Mrs. Kavitha Narayanaswamy, 42 y / F, UHID SCA-25-06631"),
        ],
        cols=1,
        lw=50,
    )
    d.para("Dear Dr. Gowda,")
    d.para(
        "Thank you for referring Mrs. Kavitha, who has had asthma since childhood with worsening over the last two "
        "years, nasal blockage and loss of smell. In 2023 she had severe wheeze within an hour of taking Combiflam, "
        "and again after Disprin. She also reports lip swelling and urticaria after eating prawns, and a rash with "
        "Septran in 2019. There is no history of anaphylaxis. She completed a short course of Wysolone 10 (5 days) "
        "on 28/10/2025 for an exacerbation. Her mother has asthma."
    )
    d.no("conditions", "anaphylaxis", "negated")
    d.no("conditions", "asthma", "family", "mother")
    d.title("Allergies", 10)
    d.bullets(
        [
            "Aspirin and other NSAIDs (Combiflam, Disprin, Brufen) – severe bronchospasm",
            "Prawns – lip swelling, urticaria",
            "Cotrimoxazole (Septran) – maculopapular rash",
        ]
    )
    d.alg("Aspirin and other NSAIDs", "severe bronchospasm")
    d.alg("Prawns", "lip swelling, urticaria")
    d.alg("Cotrimoxazole", "maculopapular rash")
    d.title("Examination", 10)
    d.para(
        "BP 124/80 mmHg, pulse 88/min, RR 18/min, SpO2 97% on room air, weight 64 kg, height 158 cm. Bilateral "
        "scattered rhonchi; bilateral nasal polyps on anterior rhinoscopy. Spirometry: moderate obstruction with "
        "significant bronchodilator reversibility."
    )
    d.vit("blood_pressure", "124/80", 124.0, 80.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "/min")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "64", 64.0, None, "kg")
    d.vit("height", "158", 158.0, None, "cm")
    d1, d0 = "2025-10-18", "2025-03-12"
    d.title("Investigations", 10)
    rows = [
        ("Haemoglobin", [], "g/dL", "12.0 - 15.0", 12.0, 15.0, None, "12.1", "11.8 L"),
        ("Total WBC count", ["White cell count"], "cells/cumm", "4,000 - 11,000", 4000.0, 11000.0, None, "8,600", "9,200"),
        ("Eosinophils", [], "%", "1 - 6", 1.0, 6.0, None, "9 H", "11 H"),
        ("Absolute eosinophil count", [], "cells/cumm", "40 - 440", 40.0, 440.0, None, "774 H", "1,012 H"),
        ("TSH", ["Thyroid stimulating hormone"], "µIU/mL", "0.35 - 5.50", 0.35, 5.5, None, "3.2", "4.1"),
        ("Total IgE", ["Immunoglobulin E"], "IU/mL", "< 100", None, 100.0, "< 100", "486 H", "-"),
        ("Specific IgE – shrimp (f24)", [], "kUA/L", "< 0.35", None, 0.35, "< 0.35", "8.4 H", "-"),
        ("Specific IgE – D. pteronyssinus (d1)", ["House dust mite specific IgE"], "kUA/L", "< 0.35", None, 0.35, "< 0.35", "12.6 H", "-"),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, c1, c0 in rows:
        tab.append([test, c1, c0, unit, ref])
        for iso, cell in ((d1, c1), (d0, c0)):
            if cell == "-":
                continue
            v, f = (cell.split(" ") + [None])[:2]
            d.lab(test, v, unit, lo, hi, rt, FLAGMAP[f] if f else "normal", iso, al, num=float(v.replace(",", "")))
    d.table(["Test", d.d(d1), d.d(d0), "Units", "Ref. range"], tab, [2.8, 1.0, 1.0, 1.1, 1.3], size=8.2)
    d.para("H / L – above / below reference range.", 7.5)
    d.run_header = "Mrs. Kavitha Narayanaswamy – UHID SCA-25-06631 – consultation 07/11/2025"
    d.title("Impression", 10)
    d.bullets(
        [
            "Bronchial asthma – moderate persistent, partly controlled",
            "NSAID-exacerbated respiratory disease (N-ERD)",
            "Chronic rhinosinusitis with nasal polyps",
            "Allergic rhinitis (house dust mite)",
            "Hypothyroidism – on treatment",
        ]
    )
    d.cond("Bronchial asthma", "active", None, ["asthma"])
    d.cond("NSAID-exacerbated respiratory disease (N-ERD)", "active", None, ["aspirin-exacerbated respiratory disease"])
    d.cond("Chronic rhinosinusitis with nasal polyps", "active")
    d.cond("Allergic rhinitis", "active")
    d.cond("Hypothyroidism", "active")
    d.title("Treatment advised", 10)
    d.table(
        ["Medicine", "Dose / directions", "Remarks"],
        [
            ["Foracort 400 Rotacap (formoterol + budesonide)", "1 cap inhaled twice daily", "increased from Foracort 200"],
            ["Montair LC (montelukast 10 mg + levocetirizine 5 mg)", "1 tab at night", "continue"],
            ["Nasonex nasal spray (mometasone)", "2 sprays each nostril once daily", "new"],
            ["Levolin inhaler (levosalbutamol)", "2 puffs when required", "continue"],
            ["Thyronorm 50 mcg", "once daily before breakfast", "continue"],
            ["Pan 40 (pantoprazole)", "once daily before breakfast", "continue"],
            ["Deriphyllin Retard 150", "—", "stop"],
            ["Wysolone 10", "5-day course", "completed 28/10/2025"],
        ],
        [3.4, 2.4, 2.2],
        size=8.3,
    )
    d.med("Foracort 400 Rotacap", "Foracort", "400", None, "inhaled", "twice daily", "changed")
    d.meds[-1]["aliases"] = ["formoterol/budesonide"]
    d.med("Montair LC", "Montair LC", None, None, None, "1 tab at night")
    d.meds[-1]["aliases"] = ["montelukast/levocetirizine"]
    d.med("Nasonex nasal spray", "Nasonex", None, None, None, "2 sprays each nostril once daily", "new")
    d.meds[-1]["aliases"] = ["mometasone"]
    d.med("Levolin inhaler", "Levolin", None, None, None, "2 puffs when required")
    d.meds[-1]["aliases"] = ["levosalbutamol"]
    d.med("Thyronorm", "Thyronorm", "50", "mcg", None, "once daily before breakfast")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Pan 40", "Pan 40", "40", None, None, "once daily before breakfast")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.med("Deriphyllin Retard 150", "Deriphyllin Retard", "150", None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["theophylline/etofylline"]
    d.med("Wysolone 10", "Wysolone", "10", None, None, None, "completed")
    d.meds[-1]["aliases"] = ["prednisolone"]
    d.no("medications", "Deriphyllin Retard 150", "stopped")
    d.no("medications", "Wysolone 10", "stopped", "course completed 28/10/2025")
    d.para(
        "Influenza vaccine (Vaxigrip Tetra 0.5 mL IM) given in the clinic today, 07/11/2025, batch X4F219. "
        "Pneumococcal vaccine (Prevenar 20) recommended – she prefers to take it at the next visit. If asthma "
        "remains uncontrolled after 3 months on this regimen with good inhaler technique, we may consider "
        "dupilumab. Review in 6 weeks with repeat spirometry."
    )
    d.imm("Influenza vaccine", "2025-11-07", None, "X4F219", "Vaxigrip Tetra", amb=_amb(d.style, "2025-11-07"))
    d.no("immunizations", "Pneumococcal vaccine", "due", "next visit")
    d.no("medications", "dupilumab", "planned", "conditional")
    d.para("With warm regards,")
    d.signature("Dr. Vinay K. Hegde", "Consultant Pulmonologist & Allergist")
    return d


# ---------------------------------------------------------------------------- 12 Atlanta
@document
def d12():
    d = Doc(
        12,
        "atlanta_after_visit_summary",
        "United States (Georgia, Atlanta)",
        "medical_record",
        "EHR print-out (after visit summary: page header and print footer on every page, START / CHANGE / CONTINUE "
        "/ STOP medication sections, vaccines given today, lab results, health maintenance with due, overdue and "
        "declined items)",
        "m/d/Y",
        size=letter,
    )
    hdr = "Terrence L. Jackson | MRN 20418867 | DOB 08/14/1967 | Visit 11/06/2025"
    d.text(d.x0, d.y, hdr, "R", 7.5, (0.3, 0.3, 0.3))
    d.line(d.x0, d.y - 4, d.x1, d.y - 4, 0.4, 0.5)
    d.y -= 22
    d.run_header = hdr
    d.run_footer = "Printed 11/06/2025 4:12 PM by Alicia Moreno, MD - Peachtree Primary Care Midtown"
    d.letterhead(
        "AFTER VISIT SUMMARY",
        ["Peachtree Primary Care - Midtown", "1100 Peachtree St NE, Suite 300, Atlanta, GA 30309 - 404-555-0187"],
        right=["Terrence L. Jackson", "11/06/2025 9:40 AM"],
        size=15,
        color=(0.1, 0.1, 0.1),
    )
    d.para("Thank you for visiting. Below is a summary of today's visit with Alicia Moreno, MD (Internal Medicine). "
           "Reason for visit: Diabetes follow-up; Hypertension.", 9)
    d.title("Today's Vitals", 11)
    d.table(
        None,
        [
            ["Blood Pressure", "146/92", "Pulse", "82", "Temperature", "98.2 °F (Oral)", "Respiration", "16"],
            ["SpO2", "97%", "Weight", "231 lb", "Height", "5' 10\" (1.778 m)", "BMI", "33.15 kg/m²"],
        ],
        [1.3, 0.8, 0.7, 0.6, 1.1, 1.5, 1.0, 1.0],
        size=8,
        head_fill=None,
    )
    d.vit("blood_pressure", "146/92", 146.0, 92.0, None)
    d.vit("heart_rate", "82", 82.0, None, None)
    d.vit("temperature", "98.2", 98.2, None, "°F")
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "231", 231.0, None, "lb")
    d.vit("height", "1.778", 1.778, None, "m")
    d.vit("bmi", "33.15", 33.15, None, "kg/m²")
    d.title("Diagnoses for this visit", 11)
    d.bullets(
        [
            "Type 2 diabetes mellitus with hyperglycemia (E11.65)",
            "Essential hypertension (I10)",
            "Mixed hyperlipidemia (E78.2)",
            "Obstructive sleep apnea (G47.33)",
        ],
        size=9,
    )
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Mixed hyperlipidemia", "active", "E78.2")
    d.cond("Obstructive sleep apnea", "active", "G47.33")
    d.title("Your Medication List as of 11/06/2025", 11)
    d.text(d.x0, d.y, "START taking these medications", "B", 9, (0.0, 0.45, 0.15))
    d.y -= 13
    d.table(None, [["semaglutide (OZEMPIC) 0.25 mg/dose (2 mg/3 mL) pen injector",
                    "Inject 0.25 mg under the skin once a week for 4 weeks, then 0.5 mg once a week."]],
            [3.2, 4.2], size=8.2, head_fill=None, grid=False)
    d.med("semaglutide", "OZEMPIC", "0.25", "mg", "under the skin", "once a week", "new")
    d.text(d.x0, d.y, "CHANGE how you take these medications", "B", 9, (0.7, 0.4, 0.0))
    d.y -= 13
    d.table(None, [["lisinopril (ZESTRIL) 40 mg tablet", "Take 1 tablet (40 mg) by mouth daily. What changed: "
                    "medication strength, how much to take (was 20 mg)"]],
            [3.2, 4.2], size=8.2, head_fill=None, grid=False)
    d.med("lisinopril", "ZESTRIL", "40", "mg", "by mouth", "daily", "changed")
    d.text(d.x0, d.y, "CONTINUE these medications which have NOT CHANGED", "B", 9, (0.1, 0.2, 0.5))
    d.y -= 13
    d.table(
        None,
        [
            ["metformin (GLUCOPHAGE) 1000 mg tablet", "Take 1 tablet by mouth 2 times daily with meals."],
            ["amlodipine (NORVASC) 10 mg tablet", "Take 1 tablet by mouth daily."],
            ["atorvastatin (LIPITOR) 40 mg tablet", "Take 1 tablet by mouth at bedtime."],
            ["aspirin 81 mg EC tablet", "Take 81 mg by mouth daily."],
        ],
        [3.2, 4.2], size=8.2, head_fill=None, grid=False,
    )
    d.med("metformin", "GLUCOPHAGE", "1000", "mg", "by mouth", "2 times daily with meals")
    d.med("amlodipine", "NORVASC", "10", "mg", "by mouth", "daily")
    d.med("atorvastatin", "LIPITOR", "40", "mg", "by mouth", "at bedtime")
    d.med("aspirin", None, "81", "mg", "by mouth", "daily")
    d.text(d.x0, d.y, "STOP taking these medications", "B", 9, (0.7, 0.05, 0.05))
    d.y -= 13
    d.table(None, [["glipizide (GLUCOTROL) 5 mg tablet", "Reason: low blood sugar episodes (hypoglycemia)"]],
            [3.2, 4.2], size=8.2, head_fill=None, grid=False)
    d.med("glipizide", "GLUCOTROL", "5", "mg", None, None, "stopped")
    d.no("medications", "glipizide", "stopped", "hypoglycaemia")
    d.no("conditions", "hypoglycemia", "historical", "reason for stopping glipizide")
    d.title("Allergies as of 11/06/2025", 11)
    d.table(
        ["Allergen", "Reactions", "Severity"],
        [["Codeine", "Nausea And Vomiting", "Medium"], ["Latex", "Hives", "Low"], ["Penicillins", "Rash", "Low"]],
        [2.5, 3, 2],
        size=8.2,
    )
    d.alg("Codeine", "Nausea And Vomiting", "Medium")
    d.alg("Latex", "Hives", "Low")
    d.alg("Penicillins", "Rash", "Low")
    d.title("Immunizations Administered on Date of Encounter - 11/06/2025", 11)
    d.table(
        ["Name", "Dose", "Route / Site", "Lot"],
        [
            ["Influenza, seasonal, trivalent, PF (FLUZONE)", "0.5 mL", "Intramuscular / Left deltoid", "UT8472JA"],
            ["Zoster vaccine recombinant (SHINGRIX) - dose 1 of 2", "0.5 mL", "Intramuscular / Right deltoid", "7Y4R2"],
        ],
        [3.6, 0.8, 2.2, 1],
        size=8.2,
    )
    d.imm("Influenza, seasonal, trivalent, PF", "2025-11-06", None, "UT8472JA", "FLUZONE")
    d.imm("Zoster vaccine recombinant", "2025-11-06", 1, "7Y4R2", "SHINGRIX")
    d.ensure(150)
    d.title("Lab Results - collected 11/06/2025", 11)
    res = [
        ("Hemoglobin A1C", "8.9", "%", 4.0, 5.6, None, "high", "4.0 - 5.6", "H", ["HbA1c"]),
        ("Glucose", "212", "mg/dL", 70.0, 99.0, None, "high", "70 - 99", "H", []),
        ("Creatinine", "1.02", "mg/dL", 0.76, 1.27, None, "normal", "0.76 - 1.27", "", []),
        ("eGFR", "86", "mL/min/1.73", 59.0, None, ">59", "normal", ">59", "", []),
        ("Potassium", "4.4", "mmol/L", 3.5, 5.2, None, "normal", "3.5 - 5.2", "", []),
        ("LDL Cholesterol Calc", "118", "mg/dL", 0.0, 99.0, None, "high", "0 - 99", "H", ["LDL cholesterol"]),
        ("Triglycerides", "244", "mg/dL", 0.0, 149.0, None, "high", "0 - 149", "H", []),
        ("Microalbumin/Creatinine Ratio, Urine", "46", "mg/g creat", 0.0, 29.0, None, "high", "0 - 29", "H", ["Urine albumin/creatinine ratio"]),
    ]
    d.table(
        ["Component", "Your Value", "Standard Range", "Flag"],
        [[t, f"{v} {u}", rr, fl] for t, v, u, lo, hi, rt, f, rr, fl, al in res],
        [3.4, 1.7, 1.6, 0.6],
        size=8.2,
    )
    for t, v, u, lo, hi, rt, f, rr, fl, al in res:
        d.lab(t, v, u, lo, hi, rt, f, "2025-11-06", al)
    d.title("Health Maintenance", 11)
    d.table(
        ["Topic", "Due Date", "Status"],
        [
            ["Colorectal Cancer Screening (FIT)", "08/14/2017", "Overdue"],
            ["Pneumococcal Vaccine: 50+ Years (PCV20)", "11/06/2025", "Due today - patient deferred"],
            ["Tdap/Td Vaccine", "11/06/2025", "Due - no record on file"],
            ["Zoster Vaccine (Shingrix) - dose 2", "01/01/2026", "Not due yet"],
            ["Hemoglobin A1C", "02/06/2026", "Completed 11/06/2025"],
            ["COVID-19 Vaccine (2025-2026)", "-", "Patient declined 11/06/2025"],
            ["Diabetic Eye Exam", "11/06/2025", "Due - referral placed"],
        ],
        [3.4, 1.3, 2.8],
        size=8.2,
    )
    d.no("labs", "Colorectal Cancer Screening (FIT)", "due", "overdue")
    d.no("immunizations", "Pneumococcal Vaccine", "due", "deferred")
    d.no("immunizations", "Tdap/Td Vaccine", "due")
    d.no("immunizations", "COVID-19 Vaccine", "other", "declined")
    d.title("Instructions from Alicia Moreno, MD", 11)
    d.para(
        "Start Ozempic at 0.25 mg weekly for 4 weeks, then increase to 0.5 mg. Stop glipizide. Check your blood sugar "
        "every morning and bring your log. Use your CPAP every night. Come back in 3 months; have a fasting lipid "
        "panel drawn 1 week before your next visit.",
        9,
    )
    d.no("labs", "lipid panel", "planned", "before the next visit")
    d.para("Next appointment: 02/05/2026 10:20 AM with Alicia Moreno, MD.", 9)
    return d


# ---------------------------------------------------------------------------- 13 Antioquia
@document
def d13():
    d = Doc(
        13,
        "antioquia_dengue_epicrisis",
        "Antioquia (Colombia, Medellín)",
        "discharge_summary",
        "hospital discharge summary (epicrisis; dengue with warning signs, serial blood counts in date columns "
        "with thousands points, serology, ward-only treatment, held medicine, medicines not to take, planned "
        "control count)",
        "d/m/Y",
        lang="Spanish (Colombia)",
        comma=True,
    )
    d.letterhead(
        "Clínica Universitaria del Valle de Aburrá",
        ["Calle 78B N.º 69-240, Medellín, Antioquia – PBX (604) 445 9000", "Servicio de Medicina Interna – Hospitalización piso 5"],
        right=["EPICRISIS", "Historia clínica 43512887"],
        size=12.5,
        color=(0.0, 0.35, 0.3),
    )
    d.kv(
        [
            ("Paciente:", "Luz Marina Restrepo Ochoa"),
            ("Documento:", "CC 43.512.887"),
            ("Edad:", "47 años"),
            ("EPS:", "Savia Salud EPS"),
            ("Ingreso:", "02/11/2025 14:30"),
            ("Egreso:", "07/11/2025 11:00"),
        ],
        lw=70,
    )
    d.title("Motivo de consulta y enfermedad actual", 10)
    d.para(
        "Cuadro de 4 días de fiebre cuantificada hasta 39,5 °C, mialgias, cefalea retroocular, dolor abdominal y "
        "vómito en tres ocasiones. Antecedente de dengue clásico en 2010. Antecedentes personales: hipertensión "
        "arterial en manejo con losartán y amlodipino, hipotiroidismo. Alergias: sulfas (brote generalizado)."
    )
    d.no("conditions", "dengue clásico", "historical", "2010")
    d.alg("sulfas", "brote generalizado")
    d.title("Evolución", 10)
    d.para(
        "Ingresa con signos de alarma (dolor abdominal intenso, vómito persistente) y trombocitopenia. Se inicia "
        "hidratación con lactato de Ringer IV en bolos y luego mantenimiento, y omeprazol IV. En el día 2 presenta "
        "hemoconcentración (hematocrito 48 %) y caída de plaquetas hasta 38.000/mm³, sin sangrado. Se suspende el "
        "losartán por presión arterial de 90/60 mmHg. IgM para leptospira negativa, con lo que se descarta "
        "leptospirosis. Evoluciona favorablemente, tolera vía oral, afebril desde hace 48 horas."
    )
    d.no("medications", "lactato de Ringer", "other", "IV on the ward")
    d.no("medications", "omeprazol", "other", "IV on the ward")
    d.no("conditions", "leptospirosis", "negated", "ruled out, IgM negative")
    d.run_header = "Restrepo Ochoa Luz Marina – CC 43.512.887 – Epicrisis Medicina Interna – egreso 07/11/2025"
    dates = ["2025-11-02", "2025-11-04", "2025-11-07"]
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "g/dL", "12,0 – 16,0", 12.0, 16.0, None, ["14,8", "15,9", "13,2"]),
        ("Hematocrito", ["Haematocrit"], "%", "36 – 46", 36.0, 46.0, None, ["44", "48 H", "40"]),
        ("Leucocitos", ["White cell count"], "/mm³", "4.500 – 11.000", 4500.0, 11000.0, None, ["2.900 L", "3.400 L", "5.600"]),
        ("Plaquetas", ["Platelets"], "/mm³", "150.000 – 450.000", 150000.0, 450000.0, None, ["86.000 L", "38.000 L", "112.000 L"]),
        ("AST", ["Aspartate aminotransferase"], "U/L", "< 40", None, 40.0, "< 40", ["96 H", "188 H", "74 H"]),
        ("ALT", ["Alanine aminotransferase"], "U/L", "< 41", None, 41.0, "< 41", ["72 H", "154 H", "98 H"]),
        ("Albúmina", ["Albumin"], "g/dL", "3,5 – 5,2", 3.5, 5.2, None, ["—", "3,1 L", "—"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "Leucocitos", ".")
    _thousands(d, "Plaquetas", ".")
    d.title("Paraclínicos", 10)
    d.table(["Examen"] + [d.d(x) for x in dates] + ["Unidad", "Referencia"], tab, [1.9, 1.1, 1.1, 1.1, 0.9, 1.7])
    d.para("H / L: por encima / por debajo del valor de referencia.", 7.5)
    iso = dates[0]
    d.table(
        ["Serología (" + d.d(iso) + ")", "Resultado", "Referencia"],
        [["Antígeno NS1 dengue", "Positivo", "Negativo"], ["IgM dengue", "Positivo", "Negativo"],
         ["IgM Leptospira", "Negativo", "Negativo"]],
        [3, 2, 2],
    )
    d.lab("Antígeno NS1 dengue", "Positivo", None, None, None, "Negativo", "abnormal", iso, ["Dengue NS1 antigen"], num=None)
    d.lab("IgM dengue", "Positivo", None, None, None, "Negativo", "abnormal", iso, ["Dengue IgM"], num=None)
    d.lab("IgM Leptospira", "Negativo", None, None, None, "Negativo", "normal", iso, ["Leptospira IgM"], num=None)
    d.title("Diagnósticos de egreso", 10)
    d.bullets(["A97.1 Dengue con signos de alarma", "I10 Hipertensión arterial esencial", "E03.9 Hipotiroidismo, no especificado"])
    d.cond("Dengue con signos de alarma", "active", "A97.1", ["dengue with warning signs"])
    d.cond("Hipertensión arterial esencial", "active", "I10", ["hypertension"])
    d.cond("Hipotiroidismo, no especificado", "active", "E03.9", ["hypothyroidism"])
    d.title("Condiciones al egreso", 10)
    d.para("PA 128/80 mmHg, FC 76 lpm, FR 16 rpm, T 36,6 °C, SatO2 97 % al aire ambiente, peso 62 kg. Alerta, "
           "hidratada, sin sangrado activo.")
    d.vit("blood_pressure", "128/80", 128.0, 80.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "lpm")
    d.vit("respiratory_rate", "16", 16.0, None, "rpm")
    d.vit("temperature", "36,6", 36.6, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "62", 62.0, None, "kg")
    d.title("Plan de manejo ambulatorio", 10)
    d.table(
        ["Medicamento", "Indicación", "Observación"],
        [
            ["Acetaminofén (Dolex) 500 mg", "2 tabletas cada 6 horas si fiebre o dolor (máx. 4 g/día)", "nuevo"],
            ["Sales de rehidratación oral", "tomar 2 litros al día", "nuevo"],
            ["Levotiroxina (Eutirox) 75 mcg", "1 tableta en ayunas", "continuar"],
            ["Amlodipino 5 mg", "1 tableta cada día", "continuar"],
            ["Losartán 50 mg", "—", "suspendido hasta control de presión arterial en 1 semana"],
        ],
        [2.5, 3.2, 2.5],
    )
    d.med("Acetaminofén", "Dolex", "500", "mg", None, "2 tabletas cada 6 horas si fiebre o dolor", "new")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Sales de rehidratación oral", None, None, None, None, "tomar 2 litros al día", "new")
    d.meds[-1]["aliases"] = ["oral rehydration salts"]
    d.med("Levotiroxina", "Eutirox", "75", "mcg", None, "1 tableta en ayunas")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Amlodipino", None, "5", "mg", None, "1 tableta cada día")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Losartán", None, "50", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["losartan"]
    d.no("medications", "Losartán", "stopped", "held until blood pressure control")
    d.para(
        "No tomar ibuprofeno ni naproxeno (riesgo de sangrado). Hemograma de control en 48 horas en su IPS. Consultar "
        "por urgencias si presenta sangrado, dolor abdominal intenso, vómito persistente o somnolencia."
    )
    d.no("medications", "ibuprofeno", "other", "do not take")
    d.no("medications", "naproxeno", "other", "do not take")
    d.no("labs", "Hemograma de control", "planned", "in 48 hours")
    d.signature("Dr. Santiago Mejía Gaviria", "Médico internista – RM 05-2847-12")
    return d


# ---------------------------------------------------------------------------- 14 Pirkanmaa
@document
def d14():
    d = Doc(
        14,
        "pirkanmaa_urosepsis_discharge_letter",
        "Pirkanmaa (Finland, Tampere)",
        "discharge_summary",
        "hospital discharge letter (epikriisi; pyelonephritis with E. coli bacteraemia, admission / discharge "
        "labs with specimen prefixes and an H / L column, cultures, ward-only antibiotic, vaccine given on the "
        "ward, new, paused and stopped medicines)",
        "j.n.Y",
        lang="Finnish",
        comma=True,
    )
    d.letterhead(
        "Pirkanmaan hyvinvointialue",
        ["Sisätautien vuodeosasto 7B, Hatanpään sairaala", "Hatanpäänkatu 24, 33900 Tampere – puh. 03 311 611"],
        right=["EPIKRIISI", "Lähete jatkohoitoon"],
        size=12.5,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Potilas:", "Raija Hannele Virtanen"),
            ("Henkilötunnus:", "140952-348F"),
            ("Hoitojakso:", "1.11.2025 – 6.11.2025"),
            ("Jatkohoito:", "Hervannan terveysasema, omalääkäri"),
        ],
        cols=1,
        lw=100,
    )
    d.title("Diagnoosit", 10)
    d.bullets(
        [
            "N10 Akuutti pyelonefriitti",
            "A41.5 E. coli -bakteremia",
            "E11.9 Tyypin 2 diabetes",
            "I10 Verenpainetauti",
            "I48.9 Eteisvärinä",
        ]
    )
    d.cond("Akuutti pyelonefriitti", "active", "N10", ["acute pyelonephritis"])
    d.cond("E. coli -bakteremia", "active", "A41.5", ["E. coli bacteraemia"])
    d.cond("Tyypin 2 diabetes", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Verenpainetauti", "active", "I10", ["hypertension"])
    d.cond("Eteisvärinä", "active", "I48.9", ["atrial fibrillation"])
    d.para("Lääkeaineallergiat: trimetopriimi (urtikaria).")
    d.alg("trimetopriimi", "urtikaria")
    d.title("Hoidon kulku", 10)
    d.para(
        "73-vuotias nainen tuli päivystykseen kuumeen (39,2 °C), vilunväristysten ja oikean kyljen kivun vuoksi. "
        "Tulovaiheessa todettiin tulehdusarvojen nousu ja akuutti munuaisvaurio (krea 168). Aloitettiin "
        "keftriaksoni 2 g x 1 i.v. ja nestehoito. Veri- ja virtsaviljelyssä kasvoi E. coli, herkkä kefaleksiinille. "
        "Munuaisvaurio korjautui nesteytyksellä kolmanteen hoitopäivään mennessä. Metformiini ja ramipriili on "
        "pidetty tauolla. Burana lopetettu pysyvästi munuaisvaurion vuoksi. Osastolla annettiin kausi-influenssarokote "
        "(Vaxigrip, erä W3K442) 5.11.2025."
    )
    d.no("conditions", "akuutti munuaisvaurio", "historical", "resolved by day 3")
    d.no("medications", "keftriaksoni", "other", "IV on the ward")
    d.imm("kausi-influenssarokote", "2025-11-05", None, "W3K442", "Vaxigrip", amb=_amb(d.style, "2025-11-05"))
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.run_header = "Virtanen Raija Hannele 140952-348F – epikriisi, sisätautien vuodeosasto 7B, 6.11.2025"
    d1, d2 = "2025-11-01", "2025-11-05"
    rows = [
        ("B -Hb", ["Haemoglobin"], "g/l", "117 – 155", 117.0, 155.0, None, "124", "112 L"),
        ("B -Leuk", ["White cell count"], "E9/l", "3,4 – 8,2", 3.4, 8.2, None, "18,6 H", "7,9"),
        ("B -Trom", ["Platelets"], "E9/l", "150 – 360", 150.0, 360.0, None, "142 L", "218"),
        ("P -CRP", ["C-reactive protein"], "mg/l", "< 3", None, 3.0, "< 3", "212 H", "38 H"),
        ("P -Krea", ["Creatinine"], "µmol/l", "50 – 90", 50.0, 90.0, None, "168 H", "84"),
        ("P -K", ["Potassium"], "mmol/l", "3,3 – 4,9", 3.3, 4.9, None, "5,2 H", "4,1"),
        ("P -Na", ["Sodium"], "mmol/l", "137 – 145", 137.0, 145.0, None, "133 L", "139"),
        ("P -Laktaatti", ["Lactate"], "mmol/l", "0,5 – 2,2", 0.5, 2.2, None, "3,4 H", "—"),
        ("B -HbA1c", ["HbA1c"], "mmol/mol", "20 – 42", 20.0, 42.0, None, "62 H", "—"),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, c1, c2 in rows:
        v1, f1 = (c1.split(" ") + [""])[:2]
        v2, f2 = (c2.split(" ") + [""])[:2]
        tab.append([test, v1, f1, v2, f2, unit, ref])
        for iso, v, f in ((d1, v1, f1), (d2, v2, f2)):
            if v == "—":
                continue
            d.lab(test, v, unit, lo, hi, rt, FLAGMAP[f] if f else "normal", iso, al)
    d.title("Laboratoriotutkimukset", 10)
    d.table(
        ["Tutkimus", d.d(d1), "", d.d(d2), "", "Yksikkö", "Viitearvo"],
        tab,
        [1.8, 1.1, 0.4, 1.1, 0.4, 1.1, 1.4],
    )
    d.para("H = viitealueen yläpuolella, L = viitealueen alapuolella.", 7.5)
    d.para(
        "Veriviljely " + d.d(d1) + ": Escherichia coli (2/2 pulloa). Virtsan bakteeriviljely " + d.d(d1) + ": "
        "Escherichia coli > 10^5 mikrobia/ml. Molemmat herkkiä kefaleksiinille ja mesillinaamille."
    )
    d.lab("Veriviljely", "Escherichia coli", None, None, None, None, None, d1, ["Blood culture"], num=None)
    d.lab("Virtsan bakteeriviljely", "Escherichia coli", None, None, None, None, None, d1, ["Urine culture"], num=None)
    d.para("Kotiutuessa: RR 138/76 mmHg, syke 72/min epäsäännöllinen, lämpö 36,8 °C, SpO2 96 %. Yleisvointi hyvä.")
    d.vit("blood_pressure", "138/76", 138.0, 76.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.title("Lääkitys kotiutuessa", 10)
    d.table(
        ["Lääke", "Annostus", "Huomautus"],
        [
            ["Kefexin 500 mg tabl.", "1 x 3", "UUSI – 14.11.2025 asti"],
            ["Eliquis 5 mg tabl.", "1 x 2", "jatkuu"],
            ["Bisoprolol Sandoz 5 mg tabl.", "1 x 1 aamulla", "jatkuu"],
            ["Panadol 1 g tabl.", "1 x 3 tarvittaessa", "jatkuu"],
            ["Metformin Krka 1 g tabl.", "1 x 2", "TAUOLLA 10.11.2025 asti, aloitetaan jos krea normaali"],
            ["Ramipril Actavis 5 mg tabl.", "1 x 1", "TAUOLLA kunnes kreatiniini ja verenpaine tarkistettu"],
            ["Burana 400 mg tabl.", "—", "LOPETETTU (munuaisvaurio)"],
        ],
        [2.5, 1.7, 3.8],
    )
    d.med("Kefexin", "Kefexin", "500", "mg", None, "1 x 3", "new")
    d.meds[-1]["aliases"] = ["cefalexin"]
    d.med("Eliquis", "Eliquis", "5", "mg", None, "1 x 2")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Bisoprolol Sandoz", None, "5", "mg", None, "1 x 1 aamulla")
    d.meds[-1]["aliases"] = ["bisoprolol"]
    d.med("Panadol", "Panadol", "1", "g", None, "1 x 3 tarvittaessa")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Metformin Krka", None, "1", "g", None, "1 x 2", "held")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Ramipril Actavis", None, "5", "mg", None, "1 x 1", "held")
    d.meds[-1]["aliases"] = ["ramipril"]
    d.med("Burana", "Burana", "400", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.no("medications", "Metformin Krka", "stopped", "paused until 10.11.2025")
    d.no("medications", "Ramipril Actavis", "stopped", "paused until creatinine checked")
    d.no("medications", "Burana", "stopped", "kidney injury")
    d.title("Jatkohoito-ohjeet", 10)
    d.para(
        "PVK, krea ja kalium kontrolliin terveysasemalla 10.11.2025. Pneumokokkirokotusta suositellaan "
        "terveysasemalla, kun infektio on parantunut."
    )
    d.no("labs", "PVK", "planned", "control with creatinine and potassium 10.11.2025")
    d.no("immunizations", "Pneumokokkirokotus", "due", "recommended")
    d.signature("Mikko Laaksonen", "LL, sisätautien erikoislääkäri")
    return d


# ---------------------------------------------------------------------------- 15 Baltimore
@document
def d15():
    d = Doc(
        15,
        "baltimore_diverticulitis_discharge_scan",
        "United States (Maryland, Baltimore)",
        "discharge_summary",
        "discharge summary (sigmoid diverticulitis with abscess, 2 pages, admission / discharge labs, cultures, "
        "ward-only antibiotic, insulin and potassium, held and stopped medicines, two-strength combination, "
        "vaccine given before discharge, declined vaccine, handwritten notes, scanned)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": 1.6},
        size=letter,
    )
    d.letterhead(
        "Chesapeake General Hospital",
        ["Department of Medicine - 3400 N. Charles Street, Baltimore, MD 21218", "Health Information Management 410-555-0143"],
        right=["DISCHARGE SUMMARY", "Acct 7730518824"],
        size=13,
        color=(0.1, 0.1, 0.35),
    )
    d.kv(
        [
            ("Patient:", "WHITFIELD, Gloria A."),
            ("MRN:", "00491276"),
            ("DOB:", "02/17/1958"),
            ("Attending:", "Kwame Osei, MD"),
            ("Admitted:", "10/30/2025"),
            ("Discharged:", "11/04/2025"),
            ("PCP:", "Linh Nguyen, MD"),
            ("Disposition:", "Home"),
        ],
        lw=70,
    )
    d.title("Diagnoses", 10)
    d.bullets(
        [
            "Principal: Acute sigmoid diverticulitis with 3.2 cm pericolic abscess (K57.20)",
            "Type 2 diabetes mellitus (E11.9)",
            "Essential hypertension (I10)",
            "Hypothyroidism (E03.9)",
            "Acute kidney injury, prerenal - resolved",
        ]
    )
    d.cond("Acute sigmoid diverticulitis with 3.2 cm pericolic abscess", "active", "K57.20", ["diverticulitis"])
    d.cond("Type 2 diabetes mellitus", "active", "E11.9")
    d.cond("Essential hypertension", "active", "I10")
    d.cond("Hypothyroidism", "active", "E03.9")
    d.no("conditions", "Acute kidney injury", "historical", "resolved")
    d.para("Allergies: Sulfa drugs (hives); morphine (itching).")
    d.alg("Sulfa drugs", "hives")
    d.alg("morphine", "itching")
    d.title("Hospital Course", 10)
    d.para(
        "67-year-old woman presented with 3 days of left lower quadrant pain and fever to 101.8 F. CT abdomen/pelvis "
        "showed acute sigmoid diverticulitis with a 3.2 cm pericolic abscess. She was treated with IV "
        "piperacillin-tazobactam and underwent CT-guided percutaneous drainage on 10/31/2025; the drain was "
        "removed on 11/03/2025. Blood glucose was managed with insulin lispro sliding scale while inpatient. "
        "Creatinine peaked at 1.62 on admission and normalized with IV fluids. Metformin and lisinopril were held. "
        "She tolerated a regular diet and was transitioned to oral antibiotics on 11/03/2025."
    )
    d.no("medications", "piperacillin-tazobactam", "other", "IV inpatient")
    d.no("medications", "insulin lispro", "other", "sliding scale inpatient")
    d1, d2 = "2025-10-30", "2025-11-04"
    rows = [
        ("WBC", ["White cell count"], "K/uL", "4.0-10.5", 4.0, 10.5, None, "18.4 H", "9.6"),
        ("Hemoglobin", [], "g/dL", "12.0-15.5", 12.0, 15.5, None, "11.2 L", "10.8 L"),
        ("Platelets", [], "K/uL", "150-400", 150.0, 400.0, None, "412 H", "386"),
        ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, "133 L", "138"),
        ("Potassium", [], "mmol/L", "3.5-5.1", 3.5, 5.1, None, "3.4 L", "4.0"),
        ("Creatinine", [], "mg/dL", "0.57-1.00", 0.57, 1.0, None, "1.62 H", "0.94"),
        ("Glucose", [], "mg/dL", "70-99", 70.0, 99.0, None, "248 H", "146 H"),
        ("C-reactive protein", ["CRP"], "mg/L", "<10.0", None, 10.0, "<10.0", "142.0 H", "38.5 H"),
        ("Hemoglobin A1c", ["HbA1c"], "%", "4.8-5.6", 4.8, 5.6, None, "7.8 H", "-"),
    ]
    tab = []
    for test, al, unit, ref, lo, hi, rt, c1, c2 in rows:
        tab.append([test, c1, c2, unit, ref])
        for iso, cell in ((d1, c1), (d2, c2)):
            if cell == "-":
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
    d.title("Laboratory Data", 10)
    d.table(["Test", "Admission " + d.d(d1), "Discharge " + d.d(d2), "Units", "Ref range"], tab, [2.3, 1.5, 1.5, 1.0, 1.2], size=8.2)
    d.para("Blood cultures x2 (" + d.d(d1) + "): no growth at 5 days. Abscess fluid culture (10/31/2025): Escherichia "
           "coli and Bacteroides fragilis, both susceptible to amoxicillin-clavulanate.", 9)
    d.lab("Blood cultures", "no growth at 5 days", None, None, None, None, None, d1, [], num=None)
    d.lab("Abscess fluid culture", "Escherichia coli and Bacteroides fragilis", None, None, None, None, None, "2025-10-31", [], num=None)
    d.run_header = "WHITFIELD, Gloria A. - MRN 00491276 - Discharge Summary 11/04/2025"
    d.title("Discharge Vital Signs", 10)
    d.para("BP 128/74 mmHg, HR 78, Temp 98.4 F, RR 16, SpO2 97% on room air.", 9)
    d.vit("blood_pressure", "128/74", 128.0, 74.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, None)
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.title("Discharge Medications", 10)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["Amoxicillin-clavulanate (Augmentin) 875-125 mg tablet", "1 tablet by mouth twice daily through 11/13/2025", "NEW"],
            ["Acetaminophen 325 mg tablet", "650 mg by mouth every 6 hours as needed for pain", "NEW"],
            ["Levothyroxine 88 mcg tablet", "88 mcg by mouth daily before breakfast", "CONTINUE"],
            ["Atorvastatin 20 mg tablet", "20 mg by mouth nightly", "CONTINUE"],
            ["Metformin 1000 mg tablet", "1000 mg by mouth twice daily", "HOLD until 11/06/2025"],
            ["Lisinopril 20 mg tablet", "20 mg by mouth daily", "HOLD until follow-up BMP"],
            ["Ibuprofen 200 mg tablet", "400-600 mg as needed", "STOP"],
        ],
        [3.3, 3.1, 1.6],
        size=8.2,
    )
    d.med("Augmentin", "Augmentin", None, None, "by mouth", "twice daily through 11/13/2025", "new")
    d.meds[-1]["aliases"] = ["amoxicillin-clavulanate"]
    d.med("Acetaminophen", None, "650", "mg", "by mouth", "every 6 hours as needed for pain", "new")
    d.med("Levothyroxine", None, "88", "mcg", "by mouth", "daily before breakfast")
    d.med("Atorvastatin", None, "20", "mg", "by mouth", "nightly")
    d.med("Metformin", None, "1000", "mg", "by mouth", "twice daily", "held")
    d.med("Lisinopril", None, "20", "mg", "by mouth", "daily", "held")
    d.med("Ibuprofen", None, None, None, None, None, "stopped")
    d.no("medications", "Metformin", "stopped", "hold until 11/06/2025")
    d.no("medications", "Lisinopril", "stopped", "hold until follow-up BMP")
    d.no("medications", "Ibuprofen", "stopped")
    d.title("Immunizations", 10)
    d.para("Pneumococcal 20-valent conjugate vaccine (Prevnar 20) given 11/03/2025 prior to discharge, lot LL8830. "
           "Influenza vaccine offered - patient declined.", 9)
    d.imm("Pneumococcal 20-valent conjugate vaccine", "2025-11-03", None, "LL8830", "Prevnar 20")
    d.no("immunizations", "Influenza vaccine", "other", "declined")
    d.title("Follow-up", 10)
    d.bullets(["PCP within 1 week; outpatient colonoscopy in 6-8 weeks after resolution.",
               "Return for fever, worsening abdominal pain, vomiting or inability to take antibiotics."], size=9)
    d.signature("Kwame Osei, MD", "Attending Physician, Hospital Medicine")
    d.ensure(60)
    d.hand_line("Nurse note:", "K 3.4 on admit -> KCl 40 mEq PO x1 given 10/31", 10.5)
    d.no("medications", "KCl", "other", "single dose inpatient")
    d.hand_line("", "f/u PCP Dr. Nguyen 11/10 - BMP then, resume lisinopril if ok", 10.5)
    d.no("labs", "BMP", "planned", "at follow-up 11/10")
    return d


# ---------------------------------------------------------------------------- 16 Dodoma
@document
def d16():
    d = Doc(
        16,
        "dodoma_child_clinic_card_scan",
        "Dodoma Region (Tanzania)",
        "immunization_record",
        "child health clinic card (RCH card, day/month/year stated on the card, birth doses, numbered series, IPV "
        "without a number, handwritten dates and growth, haemoglobin without a reference, vitamin A and dewormer "
        "given at the clinic, vaccine not available, next-dose date; scanned)",
        "d/m/Y",
        ext="png",
        scan={"dpi": 160, "angle": 1.3},
        lang="Swahili",
    )
    d.letterhead(
        "KADI YA KLINIKI YA MTOTO",
        ["Jamhuri ya Muungano wa Tanzania – Wizara ya Afya", "Huduma ya Afya ya Uzazi na Mtoto (RCH 1)"],
        right=["Zahanati ya Makole", "Jiji la Dodoma"],
        size=14,
        color=(0.0, 0.35, 0.1),
    )
    d.kv(
        [
            ("Jina la mtoto:", Hand("Neema J. Mwakalinga")),
            ("Jinsia:", Hand("Ke")),
            ("Tarehe ya kuzaliwa:", Hand("14/09/2024")),
            ("Uzito wa kuzaliwa:", Hand("3.1 kg")),
            ("Jina la mama:", Hand("Rehema Juma")),
            ("Namba ya kadi:", Hand("MK/24/0917")),
        ],
        lw=100,
    )
    d.para("Tarehe zote ziandikwe: siku/mwezi/mwaka.", 8.5, "B")
    rows = [
        ("BCG", "Wakati wa kuzaliwa", "2024-09-14", None),
        ("Polio (OPV) 0", "Wakati wa kuzaliwa", "2024-09-14", None),
        ("Polio (OPV) 1", "Wiki 6", "2024-10-26", 1),
        ("DTP-HepB-Hib 1", "Wiki 6", "2024-10-26", 1),
        ("PCV13 1", "Wiki 6", "2024-10-26", 1),
        ("Rota 1", "Wiki 6", "2024-10-26", 1),
        ("Polio (OPV) 2", "Wiki 10", "2024-11-23", 2),
        ("DTP-HepB-Hib 2", "Wiki 10", "2024-11-23", 2),
        ("PCV13 2", "Wiki 10", "2024-11-23", 2),
        ("Rota 2", "Wiki 10", "2024-11-23", 2),
        ("Polio (OPV) 3", "Wiki 14", "2025-01-04", 3),
        ("DTP-HepB-Hib 3", "Wiki 14", "2025-01-04", 3),
        ("PCV13 3", "Wiki 14", "2025-01-04", 3),
        ("IPV", "Wiki 14", "2025-01-04", None),
        ("Surua-Rubella 1 (MR 1)", "Miezi 9", "2025-06-16", 1),
    ]
    tab = []
    for vac, age, iso, n in rows:
        tab.append([vac, age, Hand(d.d(iso)), ""])
        name = re.sub(r" [0-3]( \(MR 1\))?$", "", vac)
        d.imm(name, iso, n, None, None, amb=_amb(d.style, iso))
    tab.append(["Surua-Rubella 2 (MR 2)", "Miezi 18", "", Hand("14/03/2026")])
    tab.append(["Chanjo ya malaria", "—", Hand("haipatikani kituoni"), ""])
    d.title("CHANJO (kinga)", 10.5)
    d.table(["Chanjo", "Umri", "Tarehe aliyopewa", "Tarehe ya kurudi"], tab, [2.4, 1.6, 2.0, 1.6], size=8.2)
    d.no("immunizations", "Chanjo ya malaria", "other", "not available at the clinic")
    d.title("Vitamini A na dawa ya minyoo", 10.5)
    d.table(
        ["Huduma", "Umri", "Tarehe"],
        [["Vitamini A 100,000 IU", "Miezi 6", Hand(d.d("2025-03-16"))],
         ["Albendazole 200 mg", "Miezi 12+", Hand(d.d("2025-11-03"))]],
        [3, 2, 2],
        size=8.2,
    )
    d.no("medications", "Vitamini A", "other", "single dose at the clinic")
    d.no("medications", "Albendazole", "other", "single dose at the clinic")
    d.title("Mahudhurio ya leo", 10.5)
    d.hand_line("Tarehe:", d.d("2025-11-03") + "   Umri: miezi 13", 10.5)
    d.hand_line("Uzito:", "9.1 kg   Urefu: 74 cm", 10.5)
    d.vit("weight", "9.1", 9.1, None, "kg")
    d.vit("height", "74", 74.0, None, "cm")
    d.hand_line("Hb:", "10.2 g/dL  (kipimo cha haraka)", 10.5)
    d.lab("Hb", "10.2", "g/dL", None, None, None, None, "2025-11-03", ["Haemoglobin"])
    d.hand_line("Maelezo:", "Mtoto anaendelea vizuri, ananyonya na kula. Rudi 14/03/2026 kwa MR 2.", 10.5)
    d.hand_line("Mhudumu:", "Sr. Upendo Mollel", 10.5)
    return d


# ---------------------------------------------------------------------------- 17 Viljandi
@document
def d17():
    d = Doc(
        17,
        "viljandi_immunisation_registry",
        "Viljandi County (Estonia)",
        "immunization_record",
        "national health information system print of immunisations (tick-borne encephalitis and hepatitis A+B "
        "courses, booster and seasonal doses, antibody titre, not-needed, declined and planned vaccines)",
        "d.m.Y",
        lang="Estonian",
        comma=True,
    )
    d.letterhead(
        "Tervise infosüsteem – immuniseerimiste ülevaade",
        ["Väljatrükk perearstikeskusest: Viljandi Perearstikeskus, Jakobsoni 2a, 71004 Viljandi",
         "Trükitud 11.11.2025, perearst dr Kadri Saar"],
        right=["VÄLJAVÕTE", "Patsiendi koopia"],
        size=12,
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Nimi:", "Tõnu Kask"),
            ("Isikukood:", "36304150213"),
            ("Sünniaeg:", "15.04.1963"),
            ("Elukoht:", "Viljandi vald"),
        ],
        lw=90,
    )
    rows = [
        ("Puukentsefaliit", "Encepur Adults", "1. annus", "2019-04-03", 1, "A287C"),
        ("Puukentsefaliit", "Encepur Adults", "2. annus", "2019-05-02", 2, "A287C"),
        ("Puukentsefaliit", "Encepur Adults", "3. annus", "2020-04-14", 3, "B114A"),
        ("Puukentsefaliit", "Encepur Adults", "tõhustusannus", "2023-04-20", None, "D062B"),
        ("Difteeria, teetanus, läkaköha", "Boostrix", "tõhustusannus", "2021-05-12", None, "AC37B118"),
        ("Hepatiit A ja B", "Twinrix Adult", "1. annus", "2024-01-09", 1, "AHABB712"),
        ("Hepatiit A ja B", "Twinrix Adult", "2. annus", "2024-02-08", 2, "AHABB712"),
        ("Hepatiit A ja B", "Twinrix Adult", "3. annus", "2024-07-10", 3, "AHABC106"),
        ("COVID-19", "Comirnaty JN.1", "tõhustusannus", "2024-10-10", None, "HK4418"),
        ("Gripp", "Vaxigrip Tetra", "hooaeg 2024/25", "2024-10-22", None, "X2D551"),
        ("Gripp", "Vaxigrip", "hooaeg 2025/26", "2025-11-05", None, "Y1A207"),
    ]
    tab = []
    for prot, brand, dose, iso, n, lot in rows:
        tab.append([prot, brand, dose, d.d(iso), lot])
        d.imm(prot, iso, n, lot, brand, amb=_amb(d.style, iso))
        d.imms[-1]["aliases"] = {
            "Puukentsefaliit": ["tick-borne encephalitis vaccine"],
            "Difteeria, teetanus, läkaköha": ["Tdap vaccine"],
            "Hepatiit A ja B": ["hepatitis A and B vaccine"],
            "Gripp": ["influenza vaccine"],
        }.get(prot, [])
    d.title("Tehtud vaktsineerimised", 10.5)
    d.table(["Haigus, mille vastu", "Vaktsiin", "Annus", "Kuupäev", "Partii"], tab, [2.6, 1.7, 1.4, 1.1, 1.1], size=8.2)
    d.title("Antikehade määramine", 10.5)
    d.table(
        ["Analüüs", "Tulemus", "Viide", "Kuupäev"],
        [["Anti-HBs", "86 mIU/ml", "≥ 10 mIU/ml = kaitse", d.d("2024-08-14")]],
        [2, 1.5, 2.5, 1.2],
        size=8.2,
    )
    d.lab("Anti-HBs", "86", "mIU/ml", 10.0, None, "≥ 10 mIU/ml = kaitse", "normal", "2024-08-14", ["Hepatitis B surface antibody"])
    d.title("Muud kanded", 10.5)
    d.table(
        ["Vaktsineerimine", "Staatus", "Märkus"],
        [
            ["Leetrid, mumps, punetised (MMR)", "ei ole vajalik", "põdenud leetreid lapsena"],
            ["Vöötohatis (Shingrix)", "soovitatud", "patsient keeldus 05.11.2025"],
            ["Pneumokokk (Prevenar 20)", "planeeritud", "aeg broneeritud 12.2025"],
        ],
        [2.6, 1.6, 3.0],
        size=8.2,
    )
    d.no("immunizations", "Leetrid, mumps, punetised (MMR)", "other", "not needed, past measles")
    d.no("conditions", "põdenud leetreid", "historical", "childhood measles")
    d.no("immunizations", "Vöötohatis (Shingrix)", "other", "declined")
    d.no("immunizations", "Pneumokokk (Prevenar 20)", "due", "planned 12.2025")
    d.para(
        "Väljatrükk sisaldab tervise infosüsteemi edastatud andmeid. Puukentsefaliidi järgmine tõhustusannus on "
        "soovitatav 2026. aastal.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 18 Seattle
@document
def d18():
    d = Doc(
        18,
        "seattle_wa_iis_certificate_of_immunization",
        "United States (Washington, Seattle)",
        "immunization_record",
        "state immunization information system print (Certificate of Immunization Status for kindergarten entry, "
        "month/day/year stated, childhood series by vaccine group, seasonal dose, vaccine not given because of age, "
        "declined vaccine, forecast)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "Washington State Immunization Information System",
        ["Certificate of Immunization Status (CIS) - Washington State Department of Health",
         "Printed by Rainier Valley Pediatrics, 4400 S Othello St, Seattle, WA 98118"],
        right=["CIS PRINT", "Printed 11/07/2025"],
        size=12,
        color=(0.0, 0.3, 0.35),
    )
    d.kv(
        [
            ("Child:", "Mateo J. Nguyen-Alvarez"),
            ("Date of birth:", "03/02/2020"),
            ("Sex:", "M"),
            ("WAIIS ID:", "8802714459"),
            ("Parent/guardian:", "Thu Nguyen"),
            ("School:", "Kindergarten 2025-26"),
        ],
        lw=92,
    )
    d.para("All dates are shown as MM/DD/YYYY.", 8.5, "B")
    rows = [
        ("Hepatitis B", "HepB (Engerix-B)", ["2020-03-02", "2020-04-06", "2020-09-08"], ["1", "2", "3"]),
        ("DTaP", "DTaP (Daptacel)", ["2020-05-04", "2020-07-06", "2020-09-08", "2021-06-07", "2024-03-18"], ["1", "2", "3", "4", "5"]),
        ("Hib", "Hib (ActHIB)", ["2020-05-04", "2020-07-06", "2021-06-07"], ["1", "2", "3"]),
        ("Polio", "IPV (IPOL)", ["2020-05-04", "2020-07-06", "2020-09-08", "2024-03-18"], ["1", "2", "3", "4"]),
        ("Pneumococcal", "PCV13 (Prevnar 13)", ["2020-05-04", "2020-07-06", "2020-09-08", "2021-03-08"], ["1", "2", "3", "4"]),
        ("MMR", "MMR (M-M-R II)", ["2021-03-08", "2024-03-18"], ["1", "2"]),
        ("Varicella", "Varicella (Varivax)", ["2021-03-08", "2024-03-18"], ["1", "2"]),
        ("Hepatitis A", "HepA (Havrix)", ["2021-03-08", "2021-09-13"], ["1", "2"]),
        ("Influenza", "Influenza, trivalent, PF (Fluarix)", ["2025-10-21"], ["Seasonal"]),
    ]
    tab = []
    for grp, vac, isos, doses in rows:
        m = re.match(r"^(.*?) \((.*)\)$", vac)
        for k, (iso, dose) in enumerate(zip(isos, doses)):
            tab.append([grp if k == 0 else "", vac, d.d(iso), dose])
            d.imm(m.group(1), iso, int(dose) if dose.isdigit() else None, None, m.group(2))
    d.title("Vaccines administered", 10.5)
    d.table(["Vaccine group", "Vaccine (trade name)", "Date given", "Dose"], tab, [1.6, 3.2, 1.3, 1.0], size=7.2, pad=1.5)
    d.title("Exemptions, contraindications and refusals", 10.5)
    d.table(
        ["Vaccine", "Status", "Date recorded"],
        [
            ["Rotavirus", "Not given - series not started before age 15 weeks (age limit)", "07/06/2020"],
            ["COVID-19", "Parent declined", "10/21/2025"],
        ],
        [1.6, 4.2, 1.3],
        size=8,
    )
    d.no("immunizations", "Rotavirus", "other", "not given, age limit")
    d.no("immunizations", "COVID-19", "other", "parent declined")
    d.run_header = "Mateo J. Nguyen-Alvarez - DOB 03/02/2020 - WAIIS ID 8802714459 - CIS printed 11/07/2025"
    d.title("Forecast (as of 11/07/2025)", 10.5)
    d.table(
        ["Vaccine", "Status", "Recommended date"],
        [["Influenza", "Next dose 2026-27 season", "09/01/2026"], ["Tdap", "Not yet due (age 11)", "03/02/2031"],
         ["DTaP, IPV, MMR, Varicella, HepB, HepA, Hib, PCV", "Complete for school entry", "-"]],
        [2.6, 3.2, 1.3],
        size=8,
    )
    d.no("immunizations", "Tdap", "due", "not yet due, age 11")
    d.para(
        "Immunization status: COMPLETE for kindergarten entry (WAC 246-105). This certificate was generated from "
        "WAIIS and may be used in place of a paper CIS.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 19 Sofala
@document
def d19():
    d = Doc(
        19,
        "sofala_prescription_scan",
        "Sofala Province (Mozambique, Beira)",
        "prescription",
        "outpatient visit note and prescription (Rp., handwritten, antiretroviral combination, new, increased and "
        "stopped medicines, capillary glucose and viral load without references, tests requested for the next "
        "visit; scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": -2.3},
        lang="Portuguese (Mozambique)",
        comma=True,
    )
    d.letterhead(
        "Hospital Central da Beira",
        ["Serviço de Medicina – Consulta Externa de Doenças Crónicas", "Av. Eduardo Mondlane, Beira – Sofala"],
        right=["RECEITA MÉDICA", "República de Moçambique – MISAU"],
        size=13,
        color=(0.1, 0.2, 0.45),
    )
    d.kv(
        [
            ("Nome:", Hand("Armando Fernando Macuácua")),
            ("Idade:", Hand("56 anos")),
            ("NID:", Hand("0701/2011/00418")),
            ("Data:", Hand("04/11/2025")),
        ],
        lw=60,
    )
    d.hand_line("Dx:", "HTA + DM tipo 2 + HIV (em TARV desde 2016)", 11)
    d.cond("HTA", "active", None, ["hypertension"])
    d.cond("DM tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("HIV (em TARV desde 2016)", "active", None, ["HIV infection"])
    d.hand_line("Alergia:", "Penicilina (edema da face)", 11)
    d.alg("Penicilina", "edema da face")
    d.hand_line("TA:", "162/98 mmHg   Peso: 78 kg   Glicemia capilar: 186 mg/dl", 11)
    d.vit("blood_pressure", "162/98", 162.0, 98.0, "mmHg")
    d.vit("weight", "78", 78.0, None, "kg")
    iso = "2025-11-04"
    d.lab("Glicemia capilar", "186", "mg/dl", None, None, None, None, iso, ["Capillary glucose"])
    d.hand_line("CV", d.d("2025-08-12") + ": indetectável (< 50 cópias/ml)", 11)
    d.lab("CV", "< 50", "cópias/ml", None, None, None, None, "2025-08-12", ["HIV viral load"], num=None)
    d.hand_line("Queixa:", "tosse seca desde que começou o enalapril", 11)
    d.gap(4)
    d.text(d.x0, d.y, "Rp.", "SB", 14)
    d.y -= 22
    d.hand_line("1)", "Amlodipina 10 mg – 1 comp. de manhã (aumentar de 5 para 10 mg)", 11)
    d.hand_line("2)", "Losartan 50 mg – 1 comp./dia – NOVO", 11)
    d.hand_line("3)", "Enalapril 20 mg – SUSPENDER (tosse)", 11)
    d.hand_line("4)", "Metformina 850 mg – 1 comp. 2x/dia às refeições", 11)
    d.hand_line("5)", "TLD (tenofovir/lamivudina/dolutegravir) – 1 comp. à noite – continuar", 11)
    d.hand_line("6)", "Cotrimoxazol 960 mg – 1 comp./dia – continuar", 11)
    d.med("Amlodipina", None, "10", "mg", None, "1 comp. de manhã", "changed")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Losartan", None, "50", "mg", None, "1 comp./dia", "new")
    d.med("Enalapril", None, "20", "mg", None, None, "stopped")
    d.no("medications", "Enalapril", "stopped", "dry cough")
    d.med("Metformina", None, "850", "mg", None, "1 comp. 2x/dia às refeições")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("TLD", None, None, None, None, "1 comp. à noite")
    d.meds[-1]["aliases"] = ["tenofovir/lamivudine/dolutegravir"]
    d.med("Cotrimoxazol", None, "960", "mg", None, "1 comp./dia")
    d.meds[-1]["aliases"] = ["co-trimoxazole"]
    d.gap(6)
    d.hand_line("", "Não usar Ibuprofeno nem Diclofenac para dores.", 11)
    d.no("medications", "Ibuprofeno", "other", "do not use")
    d.no("medications", "Diclofenac", "other", "do not use")
    d.hand_line("Pedido:", "HbA1c e creatinina para a próxima consulta (02/12/2025)", 11)
    d.no("labs", "HbA1c", "planned", "next visit")
    d.no("labs", "creatinina", "planned", "next visit")
    d.gap(10)
    d.signature("Dra. Celeste Nhantumbo", "Médica de Clínica Geral – Carteira OrMM 3318")
    return d


# ---------------------------------------------------------------------------- 20 Varmland
@document
def d20():
    d = Doc(
        20,
        "varmland_lakemedelslista",
        "Värmland (Sweden, Karlstad)",
        "prescription",
        "primary care medication list print (standing and as-needed prescriptions, purpose column, paused and "
        "withdrawn medicines with reasons, planned start, hypersensitivities, registered potassium value)",
        "Y-m-d",
        lang="Swedish",
        comma=True,
    )
    d.letterhead(
        "Region Värmland – Vårdcentralen Herrhagen",
        ["Drottninggatan 45, 652 25 Karlstad", "Tel. 054-61 40 00"],
        right=["LÄKEMEDELSLISTA", "Utskriven 2025-11-10"],
        size=12.5,
        color=(0.0, 0.3, 0.25),
    )
    d.kv(
        [
            ("Patient:", "Göran Nilsson"),
            ("Personnummer:", "19450612-5371"),
            ("Ansvarig läkare:", "Distriktsläkare Anna Lindqvist"),
            ("Dosdispensering:", "Nej"),
        ],
        lw=100,
    )
    d.title("Överkänslighet", 10)
    d.table(
        ["Substans", "Reaktion", "Registrerad"],
        [["Penicillin", "urtikaria", "2008-05-20"], ["Kodein", "kraftig förstoppning", "2019-11-04"]],
        [2.5, 3, 1.5],
        size=8.4,
    )
    d.alg("Penicillin", "urtikaria")
    d.alg("Kodein", "kraftig förstoppning")
    d.title("Stående ordinationer", 10)
    d.table(
        ["Läkemedel", "Dosering", "Ändamål", "Insatt"],
        [
            ["Waran tablett 2,5 mg", "enligt ordination från AK-mottagningen", "mot blodpropp", "2019-03-04"],
            ["Metoprolol Sandoz depottablett 50 mg", "1 tablett på morgonen", "för hjärtat", "2019-03-04"],
            ["Furix tablett 40 mg", "1 tablett på morgonen", "vätskedrivande", "2021-02-15"],
            ["Atorvastatin Krka tablett 20 mg", "1 tablett till kvällen", "blodfetter", "2019-03-20"],
            ["Omeprazol Krka enterokapsel 20 mg", "1 kapsel på morgonen", "magskydd", "2022-08-30"],
            ["Alendronat Mylan tablett 70 mg", "1 tablett 1 gång per vecka (söndag)", "benskörhet", "2023-01-12"],
            ["Calcichew-D3 tuggtablett 500 mg/400 IE", "1 tablett 2 gånger dagligen", "benskörhet", "2023-01-12"],
        ],
        [2.9, 2.6, 1.4, 1.0],
        size=8.2,
    )
    d.med("Waran", "Waran", "2,5", "mg", None, "enligt ordination från AK-mottagningen")
    d.meds[-1]["aliases"] = ["warfarin"]
    d.med("Metoprolol Sandoz", None, "50", "mg", None, "1 tablett på morgonen")
    d.meds[-1]["aliases"] = ["metoprolol"]
    d.med("Furix", "Furix", "40", "mg", None, "1 tablett på morgonen")
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Atorvastatin Krka", None, "20", "mg", None, "1 tablett till kvällen")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Omeprazol Krka", None, "20", "mg", None, "1 kapsel på morgonen")
    d.meds[-1]["aliases"] = ["omeprazole"]
    d.med("Alendronat Mylan", None, "70", "mg", None, "1 tablett 1 gång per vecka (söndag)")
    d.meds[-1]["aliases"] = ["alendronic acid"]
    d.med("Calcichew-D3", "Calcichew-D3", None, None, None, "1 tablett 2 gånger dagligen")
    d.meds[-1]["aliases"] = ["calcium carbonate/colecalciferol"]
    d.title("Vid behovsordinationer", 10)
    d.table(
        ["Läkemedel", "Dosering", "Ändamål", "Insatt"],
        [
            ["Alvedon tablett 1 g", "1 tablett vid behov, högst 3 gånger per dygn", "smärta", "2021-02-15"],
            ["Oxascand tablett 5 mg", "1 tablett vid behov till natten", "sömn", "2024-06-03"],
        ],
        [2.9, 2.6, 1.4, 1.0],
        size=8.2,
    )
    d.med("Alvedon", "Alvedon", "1", "g", None, "1 tablett vid behov, högst 3 gånger per dygn")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Oxascand", "Oxascand", "5", "mg", None, "1 tablett vid behov till natten")
    d.meds[-1]["aliases"] = ["oxazepam"]
    d.title("Pausade läkemedel", 10)
    d.table(
        ["Läkemedel", "Pausad", "Orsak"],
        [["Kaleorid depottablett 750 mg, 1 tablett 2 gånger dagligen", "2025-11-05",
          "pausad tills kalium kontrollerats (P-Kalium 5,3 mmol/L 2025-11-05)"]],
        [3.2, 1.1, 3.6],
        size=8.2,
    )
    d.med("Kaleorid", "Kaleorid", "750", "mg", None, "1 tablett 2 gånger dagligen", "held")
    d.meds[-1]["aliases"] = ["potassium chloride"]
    d.no("medications", "Kaleorid", "stopped", "paused until potassium checked")
    d.lab("P-Kalium", "5,3", "mmol/L", None, None, None, None, "2025-11-05", ["Potassium"])
    d.title("Utsatta läkemedel (senaste 6 månaderna)", 10)
    d.table(
        ["Läkemedel", "Utsatt", "Orsak"],
        [["Digoxin BioPhausia tablett 0,13 mg", "2025-09-18", "högt digoxinvärde, illamående"]],
        [3.2, 1.1, 3.6],
        size=8.2,
    )
    d.med("Digoxin BioPhausia", None, "0,13", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["digoxin"]
    d.no("medications", "Digoxin BioPhausia", "stopped", "withdrawn 2025-09-18")
    d.title("Planerade läkemedel", 10)
    d.para("Jardiance 10 mg, 1 tablett på morgonen – insättes efter kontroll av njurfunktion och kalium.", 9)
    d.no("medications", "Jardiance", "planned", "after kidney function check")
    d.para(
        "Läkemedelslistan är en utskrift ur journalsystemet. Ta med listan vid besök på sjukhus, apotek och "
        "tandvård. Kontakta vårdcentralen om något inte stämmer.",
        7.5,
    )
    return d


# ---------------------------------------------------------------------------- 21 Liege
@document
def d21():
    d = Doc(
        21,
        "liege_preanaesthesia_questionnaire",
        "Liège Province (Belgium)",
        "medical_record",
        "pre-anaesthesia questionnaire in French (tick boxes oui / non marked with crosses, handwritten medicines "
        "with held and stopped drugs, two-strength combination, anaesthetist's section with vitals and bloods)",
        "d/m/Y",
        lang="French (Belgium)",
        comma=True,
    )
    d.letterhead(
        "CHR de la Citadelle – Liège",
        ["Service d'Anesthésie-Réanimation – Boulevard du 12ème de Ligne 1, 4000 Liège", "Tél. 04 321 61 11"],
        right=["QUESTIONNAIRE PRÉ-ANESTHÉSIQUE", "À compléter avant la consultation"],
        size=12.5,
        color=(0.35, 0.1, 0.35),
    )
    d.kv(
        [
            ("Nom :", Hand("Lambert Jean-Luc")),
            ("Date de naissance :", Hand("23/07/1956")),
            ("Intervention prévue :", Hand("Prothèse totale de hanche droite (coxarthrose)")),
            ("Date de consultation :", Hand("10/11/2025")),
            ("Mutuelle :", Hand("Solidaris")),
        ],
        cols=1,
        lw=124,
    )
    d.cond("coxarthrose", "active", None, ["osteoarthritis of the hip"])
    d.para("Cochez la case correspondante et précisez si nécessaire.", 8.5)
    d.title("Avez-vous ou avez-vous eu :", 10)
    d.checks(
        [
            ("Hypertension artérielle", "Y", "depuis 2012"),
            ("Infarctus / angine de poitrine", "N", ""),
            ("Trouble du rythme cardiaque", "Y", "fibrillation auriculaire"),
            ("Asthme / BPCO", "Y", "BPCO, ancien fumeur"),
            ("Diabète", "Y", "type 2, comprimés"),
            ("Apnées du sommeil", "N", ""),
            ("AVC / AIT", "Y", "AIT en 2020, sans séquelles"),
            ("Problème lors d'une anesthésie (vous ou votre famille)", "Y", "père : réveil très difficile"),
        ],
        qw=0.44,
        labels=("Oui", "Non", "Précisions"),
        cross=True,
    )
    d.cond("Hypertension artérielle", "active", None, ["hypertension"])
    d.cond("fibrillation auriculaire", "active", None, ["atrial fibrillation"])
    d.cond("BPCO", "active", None, ["chronic obstructive pulmonary disease"])
    d.cond("Diabète", "active", None, ["type 2 diabetes mellitus"])
    d.no("conditions", "Infarctus / angine de poitrine", "checkbox_no")
    d.no("conditions", "Apnées du sommeil", "checkbox_no")
    d.no("conditions", "AIT", "historical", "2020, no sequelae")
    d.no("conditions", "réveil très difficile", "family", "father")
    d.title("Allergies", 10)
    d.checks(
        [("Médicaments", "Y", "pénicilline : œdème de Quincke"), ("Latex", "Y", "urticaire")],
        qw=0.44,
        labels=("Oui", "Non", "Lesquelles ? Quelle réaction ?"),
        cross=True,
    )
    d.alg("pénicilline", "œdème de Quincke")
    d.alg("Latex", "urticaire")
    d.title("Médicaments pris actuellement (nom, dosage, nombre par jour)", 10)
    d.hand_line("1.", "Xarelto 20 mg 1x/jour le soir – arrêter 3 jours avant l'opération")
    d.hand_line("2.", "Glucophage 850 mg 2x/jour – pas le jour de l'opération")
    d.hand_line("3.", "Co-Diovan 160/12,5 mg 1x/jour le matin")
    d.hand_line("4.", "Spiriva Respimat 2 bouffées 1x/jour")
    d.hand_line("5.", "Atorvastatine 40 mg le soir")
    d.hand_line("6.", "Lormetazepam 1 mg au coucher si besoin")
    d.hand_line("Arrêté :", "Asaflow 80 mg – arrêté en 2024 (remplacé par Xarelto)")
    d.med("Xarelto", "Xarelto", "20", "mg", None, "1x/jour le soir", "held")
    d.meds[-1]["aliases"] = ["rivaroxaban"]
    d.med("Glucophage", "Glucophage", "850", "mg", None, "2x/jour", "held")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Co-Diovan", "Co-Diovan", None, None, None, "1x/jour le matin")
    d.meds[-1]["aliases"] = ["valsartan/hydrochlorothiazide"]
    d.med("Spiriva Respimat", "Spiriva Respimat", None, None, None, "2 bouffées 1x/jour")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.med("Atorvastatine", None, "40", "mg", None, "le soir")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Lormetazepam", None, "1", "mg", None, "au coucher si besoin")
    d.med("Asaflow", "Asaflow", "80", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["aspirin"]
    d.no("medications", "Xarelto", "stopped", "stop 3 days before surgery")
    d.no("medications", "Glucophage", "stopped", "not on the day of surgery")
    d.no("medications", "Asaflow", "stopped", "stopped 2024")
    d.checks([("Vaccin antitétanique dans les 10 dernières années", "N", "ne sait pas")],
             qw=0.44, labels=("Oui", "Non", ""), cross=True)
    d.no("immunizations", "Vaccin antitétanique", "checkbox_no")
    d.title("Réservé à l'anesthésiste", 10)
    d.kv(
        [
            ("TA :", Hand("148/86 mmHg")),
            ("FC :", Hand("74 irrég.")),
            ("SpO2 :", Hand("94 %")),
            ("Poids :", Hand("92 kg")),
            ("Taille :", Hand("1,76 m")),
            ("IMC :", Hand("29,7")),
        ],
        cols=3,
        lw=46,
    )
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.vit("heart_rate", "74", 74.0, None, None)
    d.vit("oxygen_saturation", "94", 94.0, None, "%")
    d.vit("weight", "92", 92.0, None, "kg")
    d.vit("height", "1,76", 1.76, None, "m")
    d.vit("bmi", "29,7", 29.7, None, None)
    iso = "2025-11-03"
    d.hand_line("Biologie du " + d.d(iso) + " :", "Hb 14,2 g/dl  Plaquettes 245 000/mm³", 10.5)
    d.hand_line("", "Créatinine 1,06 mg/dl  HbA1c 7,2 %", 10.5)
    d.lab("Hb", "14,2", "g/dl", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Plaquettes", "245 000", "/mm³", None, None, None, None, iso, ["Platelets"], num=245000.0)
    d.lab("Créatinine", "1,06", "mg/dl", None, None, None, None, iso, ["Creatinine"])
    d.lab("HbA1c", "7,2", "%", None, None, None, None, iso)
    d.hand_line("ASA :", "3 – rachianesthésie envisagée; relais Xarelto selon protocole", 10.5)
    d.hand_line("Anesthésiste :", "Dr Nathalie Dumont", 10.5)
    return d


# ---------------------------------------------------------------------------- 22 Lincolnshire
@document
def d22():
    d = Doc(
        22,
        "lincolnshire_online_registration_questionnaire",
        "England (Lincolnshire, Lincoln)",
        "medical_record",
        "new patient health questionnaire completed online and printed (typed ☒ / ☐ answers, typed family-history "
        "grid, medicines with a stopped drug, vaccines without exact dates, handwritten practice nurse's section)",
        "d/m/Y",
    )
    d.letterhead(
        "Minster Medical Practice",
        ["Cabourne Court, Cabourne Avenue, Lincoln LN2 2JP", "Tel 01522 568 838"],
        right=["NEW PATIENT HEALTH QUESTIONNAIRE", "Submitted online 09/11/2025 21:14"],
        size=13,
        color=(0.0, 0.3, 0.55),
    )
    d.kv(
        [
            ("Name:", "Daniel James Whitaker"),
            ("Date of birth:", "07/02/1979"),
            ("NHS number:", "485 221 7730"),
            ("Previous practice:", "Bridge Street Surgery, Leicester"),
        ],
        lw=96,
    )
    d.title("1. Medical conditions - have you ever been diagnosed with:", 10)
    typed_checks(
        d,
        [
            ("High blood pressure", "Y", "Diagnosed 2021, on ramipril"),
            ("Asthma / COPD", "N", ""),
            ("Diabetes", "N", ""),
            ("Epilepsy / seizures", "Y", "Childhood seizures, none since age 9, no medication"),
            ("Mental health condition", "Y", "Anxiety - seeing NHS Talking Therapies"),
            ("Gout", "Y", "Last flare March 2025, on allopurinol"),
            ("Kidney stones", "Y", "2019 - passed, none since"),
        ],
    )
    d.cond("High blood pressure", "active", None, ["hypertension"])
    d.no("conditions", "Asthma / COPD", "checkbox_no")
    d.no("conditions", "Diabetes", "checkbox_no")
    d.no("conditions", "Epilepsy / seizures", "historical", "childhood only")
    d.cond("Anxiety", "active")
    d.cond("Gout", "active")
    d.no("conditions", "Kidney stones", "historical", "2019, passed")
    d.title("2. Allergies", 10)
    typed_checks(d, [("Do you have any allergies?", "Y", "Penicillin - rash; Peanuts - throat swelling (carries EpiPen)")])
    d.alg("Penicillin", "rash")
    d.alg("Peanuts", "throat swelling")
    d.title("3. Current medication (name, strength, how often)", 10)
    d.table(
        ["Medicine", "Strength", "How often"],
        [
            ["Ramipril capsules", "5mg", "One daily"],
            ["Allopurinol tablets", "300mg", "One each morning"],
            ["Sertraline tablets", "50mg", "One daily"],
            ["EpiPen auto-injector", "0.3mg", "If needed for allergic reaction"],
            ["Naproxen tablets - STOPPED Aug 2025 (stomach pain)", "500mg", "-"],
        ],
        [3.6, 1.2, 3.2],
        size=8.4,
    )
    d.med("Ramipril", None, "5", "mg", None, "One daily")
    d.med("Allopurinol", None, "300", "mg", None, "One each morning")
    d.med("Sertraline", None, "50", "mg", None, "One daily")
    d.med("EpiPen", "EpiPen", "0.3", "mg", None, "If needed for allergic reaction")
    d.meds[-1]["aliases"] = ["adrenaline auto-injector"]
    d.med("Naproxen", None, "500", "mg", None, None, "stopped")
    d.no("medications", "Naproxen", "stopped", "stopped Aug 2025")
    d.title("4. Family history", 10)
    d.table(
        ["Condition", "Mother", "Father", "Brother/Sister"],
        [
            ["Heart disease before 60", "\u2610", "\u2612", "\u2610"],
            ["Diabetes", "\u2612", "\u2610", "\u2610"],
            ["Cancer", "\u2610", "\u2610", "\u2610"],
        ],
        [3.2, 1.2, 1.2, 1.6],
        size=8.6,
    )
    d.no("conditions", "Heart disease before 60", "family", "father")
    d.no("conditions", "Diabetes", "family", "mother")
    d.title("5. Vaccinations", 10)
    typed_checks(
        d,
        [
            ("Flu vaccine this winter", "Y", "Boots pharmacy, 02/10/2025"),
            ("COVID-19 booster autumn 2025", "N", ""),
            ("Tetanus in the last 10 years", "Y", "2019 at A&E after a cut, exact date not known"),
        ],
    )
    d.imm("Flu vaccine", "2025-10-02", None, None, None, amb=_amb(d.style, "2025-10-02"))
    d.imm("Tetanus", None, None, None, None)
    d.no("immunizations", "COVID-19 booster", "checkbox_no")
    d.title("6. Lifestyle", 10)
    typed_checks(
        d,
        [("Do you smoke?", "N", "Ex-smoker, stopped 2015"), ("Do you drink alcohol?", "Y", "About 10 units a week")],
    )
    d.run_header = "Daniel James Whitaker - DOB 07/02/1979 - NHS 485 221 7730 - new patient questionnaire"
    d.ensure(110)
    d.title("For practice use - new patient check", 10)
    d.kv(
        [
            ("BP:", Hand("138/88")),
            ("Pulse:", Hand("70 reg")),
            ("Weight:", Hand("96 kg")),
            ("Height:", Hand("1.82 m")),
            ("BMI:", Hand("29.0")),
            ("", ""),
        ],
        cols=3,
        lw=50,
    )
    d.vit("blood_pressure", "138/88", 138.0, 88.0, None)
    d.vit("heart_rate", "70", 70.0, None, None)
    d.vit("weight", "96", 96.0, None, "kg")
    d.vit("height", "1.82", 1.82, None, "m")
    d.vit("bmi", "29.0", 29.0, None, None)
    d.hand_line("HCA:", "Karen Sowerby - 12/11/2025", 10.5)
    return d


# ---------------------------------------------------------------------------- 23 Cleveland
@document
def d23():
    d = Doc(
        23,
        "cleveland_ccda_ccd",
        "United States (Ohio, Cleveland)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering with page header and print footer on every page, UCUM "
        "units, on-hold, completed and discontinued medicines, refuted allergy, refused vaccine, health maintenance "
        "items due in the plan of treatment)",
        "m/d/Y",
        size=letter,
    )
    d.run_footer = "Rendered from C-CDA R2.1 CCD - document 5c1e-77a2-90bd - printed 11/12/2025 08:31"
    hdr = "Harold W. Kowalski - DOB 09/23/1951 - MRN 30772154 - Continuity of Care Document"
    d.text(d.x0, d.y, hdr, "R", 7.5, (0.3, 0.3, 0.3))
    d.line(d.x0, d.y - 4, d.x1, d.y - 4, 0.4, 0.5)
    d.y -= 24
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Harold W. Kowalski", "Contact info", "1874 Lee Rd, Cleveland Heights, OH 44118, US"],
            ["Date of birth", "September 23, 1951", "Sex", "Male"],
            ["Patient IDs", "MRN 30772154 (2.16.840.1.113883.3.4417)", "Language", "English, Polish"],
            ["Author", "Teresa Lindqvist, DO, Lakeshore Family Medicine", "Custodian", "Cuyahoga Valley Health Partners"],
            ["Documentation of", "Care provision, 11/10/2025", "Encounter", "Office visit 11/10/2025"],
        ],
        [1.4, 2.8, 1.2, 2.8],
        size=7.6,
        head_fill=None,
    )
    d.run_header = hdr
    ccda_section(d, "Allergies, Adverse Reactions, Alerts", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Penicillin V", "Anaphylaxis", "Severe", "Active"],
            ["Lisinopril", "Angioedema", "Severe", "Active"],
            ["Iodinated contrast media", "Hives", "Moderate", "Active"],
            ["Sulfamethoxazole", "Rash", "Mild", "Inactive - refuted (tolerated 2023)"],
        ],
        [2.4, 1.9, 0.9, 2.8],
        size=8,
    )
    d.alg("Penicillin V", "Anaphylaxis", "Severe")
    d.alg("Lisinopril", "Angioedema", "Severe")
    d.alg("Iodinated contrast media", "Hives", "Moderate")
    d.no("allergies", "Sulfamethoxazole", "negated", "inactive, refuted")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Metoprolol Succinate 50 MG Extended Release Oral Tablet", "50 mg by mouth daily", "2022", "Active"],
            ["Apixaban 5 MG Oral Tablet [Eliquis]", "5 mg by mouth twice daily", "08/2025", "Active"],
            ["Losartan Potassium 50 MG Oral Tablet", "50 mg by mouth daily", "2021", "Active"],
            ["Levothyroxine Sodium 0.1 MG Oral Tablet", "100 mcg by mouth daily before breakfast", "10/2025", "Active"],
            ["Tamsulosin 0.4 MG Oral Capsule", "0.4 mg by mouth at bedtime", "2020", "Active"],
            ["Insulin Glargine 100 UNT/ML Pen Injector [Lantus]", "22 units subcutaneously at bedtime", "2023", "Active"],
            ["Metformin 500 MG Oral Tablet", "500 mg by mouth twice daily", "2015", "On hold (eGFR 38 - nephrology review)"],
            ["Prednisone 20 MG Oral Tablet", "40 mg by mouth daily x 5 days", "10/2025", "Completed 10/20/2025"],
            ["Amiodarone 200 MG Oral Tablet", "200 mg by mouth daily", "2023", "Discontinued 08/2025 (hypothyroidism)"],
        ],
        [3.3, 2.4, 0.8, 1.9],
        size=8,
    )
    d.med("Metoprolol Succinate", None, "50", "mg", "by mouth", "daily")
    d.med("Apixaban", "Eliquis", "5", "mg", "by mouth", "twice daily")
    d.med("Losartan Potassium", None, "50", "mg", "by mouth", "daily")
    d.med("Levothyroxine Sodium", None, "100", "mcg", "by mouth", "daily before breakfast")
    d.med("Tamsulosin", None, "0.4", "mg", "by mouth", "at bedtime")
    d.med("Insulin Glargine", "Lantus", "22", "units", "subcutaneously", "at bedtime")
    d.med("Metformin", None, "500", "mg", "by mouth", "twice daily", "held")
    d.med("Prednisone", None, "40", "mg", "by mouth", "daily x 5 days", "completed")
    d.med("Amiodarone", None, "200", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Metformin", "stopped", "on hold, eGFR 38")
    d.no("medications", "Prednisone", "stopped", "course completed 10/20/2025")
    d.no("medications", "Amiodarone", "stopped", "discontinued 08/2025")
    ccda_section(d, "Problems", "problems")
    d.table(
        ["Problem", "ICD-10-CM", "Status", "Onset"],
        [
            ["Paroxysmal atrial fibrillation", "I48.0", "Active", "2023"],
            ["Type 2 diabetes mellitus with diabetic chronic kidney disease", "E11.22", "Active", "2015"],
            ["Chronic kidney disease, stage 3b", "N18.32", "Active", "2024"],
            ["Hypothyroidism, unspecified", "E03.9", "Active", "08/2025"],
            ["Benign prostatic hyperplasia without lower urinary tract symptoms", "N40.0", "Active", "2020"],
            ["Chronic obstructive pulmonary disease, unspecified", "J44.9", "Active", "2019"],
            ["Chronic obstructive pulmonary disease with (acute) exacerbation", "J44.1", "Resolved", "10/2025"],
        ],
        [3.9, 1.1, 1, 0.9],
        size=8,
    )
    d.cond("Paroxysmal atrial fibrillation", "active", "I48.0")
    d.cond("Type 2 diabetes mellitus with diabetic chronic kidney disease", "active", "E11.22")
    d.cond("Chronic kidney disease, stage 3b", "active", "N18.32")
    d.cond("Hypothyroidism, unspecified", "active", "E03.9")
    d.cond("Benign prostatic hyperplasia without lower urinary tract symptoms", "active", "N40.0")
    d.cond("Chronic obstructive pulmonary disease, unspecified", "active", "J44.9")
    d.no("conditions", "Chronic obstructive pulmonary disease with (acute) exacerbation", "historical", "resolved")
    d.ensure(190)
    ccda_section(d, "Results", "results")
    res = [
        ("Creatinine", "1.78", "mg/dL", 0.76, 1.27, None, "high", "0.76-1.27", "High", []),
        ("eGFR", "38", "mL/min/{1.73_m2}", 59.0, None, ">59", "low", ">59", "Low", []),
        ("Potassium", "4.9", "mmol/L", 3.5, 5.2, None, "normal", "3.5-5.2", "Normal", []),
        ("Sodium", "139", "mmol/L", 134.0, 144.0, None, "normal", "134-144", "Normal", []),
        ("Hemoglobin A1c", "7.4", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", ["HbA1c"]),
        ("TSH", "6.8", "u[IU]/mL", 0.45, 4.5, None, "high", "0.450-4.500", "High", ["Thyroid stimulating hormone"]),
        ("Hemoglobin", "12.6", "g/dL", 13.0, 17.7, None, "low", "13.0-17.7", "Low", []),
        ("Albumin/Creatinine Ratio, Urine", "312", "mg/g{creat}", 0.0, 29.0, None, "high", "0-29", "High", ["Urine albumin/creatinine ratio"]),
    ]
    d.table(
        ["Test", "Value", "Units", "Reference range", "Interpretation", "Date"],
        [[t, v, u, rr, it, "11/10/2025"] for t, v, u, lo, hi, rt, f, rr, it, al in res],
        [2.5, 0.7, 1.4, 1.1, 1.1, 1.0],
        size=8,
    )
    for t, v, u, lo, hi, rt, f, rr, it, al in res:
        d.lab(t, v, u, lo, hi, rt, f, "2025-11-10", al)
    ccda_section(d, "Vital Signs", "vitals")
    d.table(
        ["Date", "BP", "Heart rate", "Resp rate", "Temp", "SpO2", "Weight", "Height", "BMI"],
        [["11/10/2025", "138/76 mm[Hg]", "64 /min", "18 /min", "97.9 [degF]", "95 %", "86.2 kg", "175 cm", "28.1 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.1, 0.7, 1.0, 0.9, 1.0],
        size=7.8,
    )
    d.vit("blood_pressure", "138/76", 138.0, 76.0, "mm[Hg]")
    d.vit("heart_rate", "64", 64.0, None, "/min")
    d.vit("respiratory_rate", "18", 18.0, None, "/min")
    d.vit("temperature", "97.9", 97.9, None, "[degF]")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "86.2", 86.2, None, "kg")
    d.vit("height", "175", 175.0, None, "cm")
    d.vit("bmi", "28.1", 28.1, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, high-dose, trivalent, PF (Fluzone High-Dose)", "10/14/2025", "Completed", "UJ7731AA"],
            ["COVID-19 vaccine, mRNA, 2025-2026 formula (Spikevax)", "-", "Not done - patient refused", "-"],
            ["Pneumococcal conjugate vaccine 20-valent (Prevnar 20)", "11/12/2024", "Completed", "LM2209"],
            ["Zoster vaccine recombinant (Shingrix) dose 2", "07/16/2024", "Completed", "Z8C41"],
            ["Zoster vaccine recombinant (Shingrix) dose 1", "03/15/2024", "Completed", "Z7A18"],
            ["Tdap (Boostrix)", "05/02/2019", "Completed", "AC52B063"],
        ],
        [3.6, 1.1, 2.1, 1],
        size=8,
    )
    d.imm("Influenza, high-dose, trivalent, PF", "2025-10-14", None, "UJ7731AA", "Fluzone High-Dose")
    d.no("immunizations", "COVID-19 vaccine, mRNA, 2025-2026 formula", "other", "refused")
    d.imm("Pneumococcal conjugate vaccine 20-valent", "2024-11-12", None, "LM2209", "Prevnar 20")
    d.imm("Zoster vaccine recombinant", "2024-07-16", 2, "Z8C41", "Shingrix")
    d.imm("Zoster vaccine recombinant", "2024-03-15", 1, "Z7A18", "Shingrix")
    d.imm("Tdap", "2019-05-02", None, "AC52B063", "Boostrix")
    ccda_section(d, "Family History", "familyhistory")
    d.table(["Relative", "Condition", "Age at onset"], [["Father", "Colon cancer", "68"], ["Mother", "Unknown", "-"]],
            [1.5, 3, 1.5], size=8)
    d.no("conditions", "Colon cancer", "family", "father")
    ccda_section(d, "Plan of Treatment", "plan")
    d.table(
        ["Planned item", "Type", "Due"],
        [
            ["Nephrology referral (CKD 3b, albuminuria)", "Referral", "11/2025"],
            ["Colorectal cancer screening - stool DNA test (Cologuard)", "Health maintenance", "Due 12/01/2025"],
            ["Diabetic retinal exam", "Health maintenance", "Overdue since 06/2025"],
            ["RSV vaccine, adjuvanted (Arexvy), age 75+", "Health maintenance", "Due now"],
        ],
        [4.0, 1.8, 1.8],
        size=8,
    )
    d.no("labs", "stool DNA test (Cologuard)", "due", "health maintenance")
    d.no("immunizations", "RSV vaccine, adjuvanted (Arexvy)", "due", "health maintenance")
    return d


# ---------------------------------------------------------------------------- 24 Gyor
@document
def d24():
    d = Doc(
        24,
        "gyor_ed_triage_scan",
        "Győr-Moson-Sopron County (Hungary, Győr)",
        "medical_record",
        "emergency department triage sheet (Manchester triage, tick boxes igen / nem, capillary glucose and rapid "
        "influenza / SARS-CoV-2 tests, doses given at triage, stopped medicine, handwritten, scanned)",
        "Y.m.d",
        ext="pdf",
        scan={"dpi": 150, "angle": -1.9, "blur": 0.8},
        lang="Hungarian",
        comma=True,
    )
    d.letterhead(
        "Győri Városi Kórház",
        ["Sürgősségi Betegellátó Osztály (SBO)", "9024 Győr, Vasvári Pál u. 2–4. – tel. 96/507-900"],
        right=["TRIÁZS LAP", "Sürgősségi felvétel"],
        size=13,
        color=(0.45, 0.05, 0.1),
    )
    d.kv(
        [
            ("Beteg neve:", Hand("Horváth Lajos")),
            ("Életkor:", Hand("71 év")),
            ("TAJ:", Hand("045 118 632")),
            ("Érkezés:", Hand("2025.11.08. 06:50")),
        ],
        lw=84,
    )
    d.hand_line("Panasz:", "2 napja fokozódó nehézlégzés, láz, köhögés sárga köpettel", 10.5)
    d.title("Vitális paraméterek", 10)
    d.table(
        ["RR (Hgmm)", "Pulzus (/min)", "Légzésszám (/min)", "Testhő (°C)", "SpO2 (%)", "VC (mmol/l)"],
        [[Hand("152/88"), Hand("108"), Hand("26"), Hand("38,6"), Hand("88 szobalev."), Hand("9,8")]],
        [1.1, 1.1, 1.3, 1.0, 1.2, 1.0],
        size=8.2,
    )
    iso = "2025-11-08"
    d.vit("blood_pressure", "152/88", 152.0, 88.0, "Hgmm")
    d.vit("heart_rate", "108", 108.0, None, "/min")
    d.vit("respiratory_rate", "26", 26.0, None, "/min")
    d.vit("temperature", "38,6", 38.6, None, "°C")
    d.vit("oxygen_saturation", "88", 88.0, None, "%")
    d.lab("VC", "9,8", "mmol/l", None, None, None, None, iso, ["Capillary glucose"])
    d.title("Anamnézis", 10)
    d.checks(
        [
            ("COPD", "Y", "otthoni oxigén nincs"),
            ("Szívelégtelenség", "N", ""),
            ("Cukorbetegség", "Y", "2-es típus, tabletta"),
            ("Magas vérnyomás", "Y", ""),
            ("Gyógyszerallergia", "Y", "penicillin – csalánkiütés"),
        ],
        qw=0.42,
        labels=("Igen", "Nem", "Megjegyzés"),
    )
    d.cond("COPD", "active", None, ["chronic obstructive pulmonary disease"])
    d.no("conditions", "Szívelégtelenség", "checkbox_no")
    d.cond("Cukorbetegség", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Magas vérnyomás", "active", None, ["hypertension"])
    d.alg("penicillin", "csalánkiütés")
    d.hand_line("Gyógyszerei:", "Berodual spray 2x2 puff; Spiriva 1x1; Metformin 1000 mg 2x1;", 10.5)
    d.hand_line("", "Diaprel MR 60 mg 1x1; Theospirex – elhagyva (szívdobogás)", 10.5)
    d.med("Berodual spray", "Berodual", None, None, None, "2x2 puff")
    d.meds[-1]["aliases"] = ["fenoterol/ipratropium"]
    d.med("Spiriva", "Spiriva", None, None, None, "1x1")
    d.meds[-1]["aliases"] = ["tiotropium"]
    d.med("Metformin", None, "1000", "mg", None, "2x1")
    d.med("Diaprel MR", "Diaprel MR", "60", "mg", None, "1x1")
    d.meds[-1]["aliases"] = ["gliclazide"]
    d.med("Theospirex", "Theospirex", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["theophylline"]
    d.no("medications", "Theospirex", "stopped", "palpitations")
    d.title("Gyorstesztek", 10)
    d.hand_line("", "Influenza A gyorsteszt: pozitív   SARS-CoV-2 gyorsteszt: negatív", 10.5)
    d.lab("Influenza A gyorsteszt", "pozitív", None, None, None, None, "abnormal", iso, ["Influenza A rapid test"], num=None)
    d.lab("SARS-CoV-2 gyorsteszt", "negatív", None, None, None, None, None, iso, ["SARS-CoV-2 rapid test"], num=None)
    d.title("Triázs", 10)
    d.hand_line("Kategória:", "MTS narancs (2) – 10 percen belül orvosi vizsgálat", 10.5)
    d.hand_line("Értékelés:", "COPD akut exacerbáció, Influenza A (gyorsteszt +);", 10.5)
    d.hand_line("", "tüdőgyulladás? – mellkasröntgen kérve", 10.5)
    d.cond("Influenza A", "active", None, ["influenza A infection"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "tüdőgyulladás", "other", "queried at triage")
    d.hand_line("07:02", "Ventolin + Atrovent porlasztás; Solu-Medrol 40 mg iv.", 10.5)
    d.no("medications", "Ventolin", "other", "nebulised at triage")
    d.no("medications", "Atrovent", "other", "nebulised at triage")
    d.no("medications", "Solu-Medrol", "other", "single IV dose at triage")
    d.hand_line("Triázs ápoló:", "Kovács Edit", 10.5)
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
    rels.append("make_heldout30.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout30.py"))
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
    base = "/tmp/heldout30_work/determinism"
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
    "**Status:** held out. Commissioned when 2.24.0's round was closing (by a helper that never saw the extractor's "
    "rules), frozen unscored; to be scored blind at the end of 2.25.0's round, never opened before."
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
        "# Held-out extraction test set 30",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas and points, thousands separators (spaces, points, commas and the Swiss apostrophe), date "
        "styles, flag words, abbreviations, drug brand names, frequency words and clinical idioms; the rest in "
        "English (New Zealand, India, England and four United States cities). The languages were chosen among "
        "those not listed in set 29's README. All content and truth rows are written by hand in "
        "`make_heldout30.py` (no generator of clinical content). The rendering machinery (reportlab drawing with "
        "`invariant=1`, handwriting-like font, tick boxes, scan simulation, self-checks, manifest, --check and "
        "--determinism) was copied from `bench/heldout29/make_heldout29.py` with `cp` and adapted (set number, "
        "paths, seed strings, status line, README text); the self-check bounds were kept. Additions to the "
        'machinery: flag-map entries for the French (Chad) "Élevé"/"Bas" and Filipino "Mataas"/"Mababa" flag '
        "words, a `typed_checks` helper that prints typed ☒ / ☐ answers (a questionnaire completed online and "
        "printed) as text rather than strokes, and an optional per-page print footer (`run_footer`) used by the "
        "two English EHR print-outs (an after visit summary and a C-CDA CCD), which also carry a patient header on "
        "every page. The helpers for previous-result and cumulative columns, `_thousands`, the drawn tick boxes "
        "(ticks or crosses) and the C-CDA section heading were reused as they were. All document content of set "
        "29 was removed and replaced with new content. Six documents are "
        f"scans: pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; drawn "
        "tick boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings (new seed strings for this set).",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 29's README (`bench/heldout29/README.md`), build "
        "script (`bench/heldout29/make_heldout29.py`) and one truth file "
        "(`bench/heldout29/truth/01_kaunas_cumulative_lab.json`, for format), plus the file names of earlier "
        "sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository was opened "
        "(not adapters/, tests/, docs/, pipeline/ apart from the schema, other sets' scripts or truth, or "
        "bench/heldout_score.py); the pipeline, extractor and scorer were not read or run on these documents, no "
        "OCR was run, ruff and pytest were not run, and git was not run. The build's self-check compares each "
        "truth string with the strings drawn and, for documents that are not scans, with the PDF text layer read "
        "by pypdfium2. The author looked at renderings of every page before scan simulation (made with pypdfium2 "
        "by a scratch script under /tmp/heldout30_work, which also ran the per-document self-check) and fixed a "
        "header label running into its value, a lab table flag heading overflowing its column, a one-page scanned "
        "lab report that spilled onto a second page (smaller table type), a handwritten name running into the next "
        "label on a child card, a stray dash in a diagnosis list, an anaesthetist's signature standing alone on a "
        "second page (now a handwritten name line), a registry print that spilled its last forecast row onto a "
        "second page (tighter table), and a C-CDA whose first page lacked the patient header of the later pages. "
        "While looking at the pages the author also removed printed values that no truth row covered (spirometry "
        "figures, an ECG heart rate that would have competed with the examination pulse, and a planned recheck of "
        "a test that is scored in the same document), added must_not rows for a negated diagnosis and a "
        "never-given vaccine's not-yet-due forecast that had been printed without a row, and corrected a "
        "mistyped word, so that every clinical fact printed is either a row or a must_not row. No scanned output "
        "was looked at. `truth/drawn/*.txt` records the strings drawn into each document.",
        "",
        "Build: `python make_heldout30.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout30_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 29 (set 20's list, set 21's, set 22's, set 23's, set 24's, set 25's, set 26's, "
        "set 27's, set 28's and set 29's additions), restated here; this set's additions follow at the end:",
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
    L += ["", "Additions in this set:", ""] + SET30_ADDITIONS
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
