#!/usr/bin/env python
"""Build held-out extraction test set 31 (24 synthetic documents + hand-written truth).

All document content and all truth rows below are written by hand. Randomness is used
only for the look of handwriting and scans, from random.Random / numpy generators seeded
with fixed strings. Usage:
    python make_heldout31.py                 build into this folder (keeps an existing README)
    python make_heldout31.py --check         verify MANIFEST.sha256
    python make_heldout31.py --determinism   build twice under /tmp/heldout31_work, compare
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
        self.rng = random.Random("ho31-inkwell-wobble-seed-q-" + self.stem)
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
        c.setTitle(f"Held-out 31 document {self.num:02d}")
        c.setAuthor("synthetic")
        c.setCreator("make_heldout31.py")
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
        int(hashlib.sha256(("ho31-scanner-grain-seed-q-" + doc.stem).encode()).hexdigest()[:8], 16)
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


# @@DOCS_START@@

# ---------------------------------------------------------------------------- 01 Kosice
@document
def d01():
    d = Doc(
        1,
        "kosice_cumulative_lab",
        "Košice Region (Slovakia)",
        "lab_result",
        "lab report (cumulative, 3 dates, oldest first, zvýš. / zníž. after the value and a critical !!, "
        "diagnosis on the request, sent-out and insufficient samples)",
        "d.m.Y",
        lang="Slovak",
        comma=True,
    )
    d.letterhead(
        "Východoslovenské laboratóriá, a.s.",
        ["Trieda SNP 1, 040 11 Košice", "tel. 055/640 22 18, www.vsl-kosice.sk"],
        right=["KUMULATÍVNY VÝSLEDKOVÝ LIST", "Žiadanka č. 26011300457"],
        size=12.5,
        color=(0.1, 0.3, 0.2),
    )
    d.kv(
        [
            ("Pacient:", "Milan Horňák"),
            ("Rodné číslo:", "560912/6218"),
            ("Poisťovňa:", "25 VšZP"),
            ("Odosielajúci lekár:", "MUDr. Zuzana Kováčová, diabetologická ambulancia, Košice-Sever"),
            ("Diagnóza:", "E11.2 Diabetes mellitus 2. typu s obličkovými komplikáciami"),
            ("Odber:", "13.01.2026 07:40"),
        ],
        cols=1,
        lw=120,
    )
    d.cond("Diabetes mellitus 2. typu s obličkovými komplikáciami", "active", "E11.2",
           ["type 2 diabetes mellitus with kidney complications"])
    d.conds[-1]["optional"] = True
    d.para(
        "zvýš. – hodnota nad referenčným intervalom; zníž. – hodnota pod referenčným intervalom; !! – kritická "
        "hodnota, telefonicky hlásená ošetrujúcemu lekárovi. Stĺpce zoradené od najstaršieho odberu; — nevyšetrené.",
        8,
    )
    dates = ["2025-06-17", "2025-10-07", "2026-01-13"]
    rows = [
        ("Hemoglobín", ["Haemoglobin"], "g/l", "135 – 175", 135.0, 175.0, None, ["128 zníž.", "131 zníž.", "137"]),
        ("Leukocyty", ["White cell count"], "×10⁹/l", "4,0 – 10,0", 4.0, 10.0, None, ["6,1", "7,4", "5,8"]),
        ("Trombocyty", ["Platelets"], "×10⁹/l", "150 – 400", 150.0, 400.0, None, ["212", "—", "198"]),
        ("Glukóza", ["Glucose"], "mmol/l", "3,9 – 5,6", 3.9, 5.6, None, ["7,8 zvýš.", "8,4 zvýš.", "6,9 zvýš."]),
        ("HbA1c (IFCC)", ["Glycated haemoglobin"], "mmol/mol", "20 – 42", 20.0, 42.0, None,
         ["68 zvýš.", "61 zvýš.", "54 zvýš."]),
        ("Urea", ["Urea"], "mmol/l", "2,8 – 8,1", 2.8, 8.1, None, ["9,6 zvýš.", "11,2 zvýš.", "12,8 zvýš."]),
        ("Kreatinín", ["Creatinine"], "µmol/l", "62 – 106", 62.0, 106.0, None, ["134 zvýš.", "152 zvýš.", "171 zvýš."]),
        ("eGFR (CKD-EPI)", ["eGFR"], "ml/s/1,73m²", "> 1,0", 1.0, None, "> 1,0", ["0,74 zníž.", "0,64 zníž.", "0,55 zníž."]),
        ("Draslík", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["4,9", "5,4 zvýš.", "6,4 !!"]),
        ("Sodík", ["Sodium"], "mmol/l", "136 – 145", 136.0, 145.0, None, ["139", "137", "135 zníž."]),
        ("Kyselina močová", ["Uric acid"], "µmol/l", "202 – 417", 202.0, 417.0, None, ["448 zvýš.", "—", "486 zvýš."]),
        ("Albumín/kreatinín v moči", ["Urine albumin/creatinine ratio"], "mg/mmol", "< 3,0", None, 3.0, "< 3,0",
         ["12,4 zvýš.", "—", "28,6 zvýš."]),
        ("Cholesterol celkový", ["Total cholesterol"], "mmol/l", "< 5,2", None, 5.2, "< 5,2", ["4,6", "—", "3,9"]),
    ]
    tab = cumul(d, rows, dates)
    d.title("Hematológia, klinická biochémia – kumulatívny prehľad", 10.5)
    d.table(
        ["Vyšetrenie"] + [d.d(x) for x in dates] + ["Jednotka", "Ref. interval"],
        tab,
        [2.3, 1.1, 1.1, 1.1, 1.2, 1.2],
        size=8,
    )
    d.para(
        "Kritická hodnota: draslík 6,4 mmol/l (" + d.d("2026-01-13") + ", 10:42) – hlásené telefonicky MUDr. "
        "Kováčovej, hodnota overená opakovaným meraním z tej istej vzorky, bez hemolýzy.",
        8.5,
    )
    d.title("Nedokončené vyšetrenia", 10)
    d.table(
        ["Vyšetrenie", "Stav"],
        [
            ["Parathormón (PTH)", "vzorka odoslaná do referenčného laboratória, výsledok bude doplnený"],
            ["Kyselina listová", "nedostatočné množstvo materiálu – nevyšetrené, prosíme o nový odber"],
        ],
        [2.2, 5],
        size=8.2,
    )
    d.no("labs", "Parathormón (PTH)", "other", "sent to a reference laboratory")
    d.no("labs", "Kyselina listová", "other", "insufficient sample")
    d.para("Výsledky uvoľnila: RNDr. Eva Timková, PhD., vedúca laboratória klinickej biochémie", 8)
    return d


# ---------------------------------------------------------------------------- 02 Constanta
@document
def d02():
    d = Doc(
        2,
        "constanta_lab_previous",
        "Constanța County (Romania)",
        "lab_result",
        "lab report (previous-result column, ▲ / ▼ after the value, thousands points, diagnosis and a queried "
        "diagnosis on the request, work in progress and sent-out tests)",
        "d.m.Y",
        lang="Romanian",
        comma=True,
    )
    d.letterhead(
        "TOMIS LAB – Laborator de Analize Medicale",
        ["Bd. Mamaia nr. 177, Constanța 900527", "Tel. 0241 612 480 – RENAR LM 1044"],
        right=["BULETIN DE ANALIZE", "Nr. cerere 2601190316"],
        size=12.5,
        color=(0.0, 0.25, 0.55),
    )
    d.kv(
        [
            ("Nume pacient:", "Ionela Dumitrescu"),
            ("CNP:", "2870412134519"),
            ("Vârsta:", "38 ani"),
            ("Medic trimițător:", "Dr. Cristian Anghel – medicină de familie"),
            ("Data recoltării:", "19.01.2026"),
            ("Diagnostic:", "E03.9 Hipotiroidism; anemie feriprivă?"),
        ],
        lw=106,
    )
    d.cond("Hipotiroidism", "active", "E03.9", ["hypothyroidism"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "anemie feriprivă", "other", "queried on the request")
    d.para(
        "▲ – valoare peste intervalul biologic de referință; ▼ – valoare sub intervalul biologic de referință. "
        "Rezultatul anterior provine din buletinul nr. 2509220871 din 22.09.2025.",
        8,
    )
    cur, prev = "2026-01-19", "2025-09-22"
    rows = [
        ("Hemoglobină", ["Haemoglobin"], "g/dL", "12,0 – 15,5", 12.0, 15.5, None, "11,2 ▼", "11,8 ▼"),
        ("Hematocrit", ["Haematocrit"], "%", "36 – 46", 36.0, 46.0, None, "34,1 ▼", "35,6 ▼"),
        ("VEM", ["Mean corpuscular volume"], "fL", "80 – 98", 80.0, 98.0, None, "76 ▼", "78 ▼"),
        ("Leucocite", ["White cell count"], "/µL", "4.000 – 10.000", 4000.0, 10000.0, None, "6.840", "7.120"),
        ("Trombocite", ["Platelets"], "/µL", "150.000 – 450.000", 150000.0, 450000.0, None, "312.000", "298.000"),
        ("Sideremie", ["Serum iron"], "µg/dL", "37 – 145", 37.0, 145.0, None, "28 ▼", "41"),
        ("Feritină", ["Ferritin"], "ng/mL", "13 – 150", 13.0, 150.0, None, "9 ▼", "—"),
        ("TSH", ["Thyroid stimulating hormone"], "µUI/mL", "0,35 – 4,94", 0.35, 4.94, None, "6,82 ▲", "5,94 ▲"),
        ("FT4", ["Free thyroxine"], "pmol/L", "9,0 – 19,0", 9.0, 19.0, None, "10,4", "11,2"),
        ("Anticorpi anti-TPO", ["Anti-thyroid peroxidase antibodies"], "UI/mL", "< 5,6", None, 5.6, "< 5,6", "186 ▲", "—"),
        ("Glicemie", ["Glucose"], "mg/dL", "70 – 105", 70.0, 105.0, None, "94", "101"),
        ("Colesterol total", ["Total cholesterol"], "mg/dL", "< 200", None, 200.0, "< 200", "232 ▲", "248 ▲"),
        ("LDL colesterol", ["LDL cholesterol"], "mg/dL", "< 130", None, 130.0, "< 130", "154 ▲", "166 ▲"),
        ("Creatinină serică", ["Creatinine"], "mg/dL", "0,51 – 0,95", 0.51, 0.95, None, "0,78", "0,74"),
        ("Vitamina B12", ["Vitamin B12"], "pg/mL", "197 – 771", 197.0, 771.0, None, "412", "—"),
    ]
    tab = prevcol(d, rows, prev, cur)
    _thousands(d, "Leucocite", ".")
    _thousands(d, "Trombocite", ".")
    d.title("HEMATOLOGIE – BIOCHIMIE – IMUNOLOGIE", 10.5)
    d.table(
        ["Analiza", "Rezultat " + d.d(cur), "U.M.", "Interval biologic de referință", "Rezultat anterior"],
        tab,
        [2.3, 1.4, 0.9, 2.0, 1.4],
        size=8.2,
    )
    d.para(
        "Analize în curs: Vitamina D (25-OH) – în lucru, rezultatul va fi transmis ulterior. Anticorpi "
        "anti-tiroglobulină – probă trimisă la laboratorul central din București.",
        8.5,
    )
    d.no("labs", "Vitamina D (25-OH)", "other", "in progress")
    d.no("labs", "Anticorpi anti-tiroglobulină", "other", "sent out")
    d.para("Validat: Biolog principal Mihaela Stan; Medic de laborator Dr. Andrei Popa", 8)
    return d


# ---------------------------------------------------------------------------- 03 Parana
@document
def d03():
    d = Doc(
        3,
        "parana_urinalysis_scan",
        "Paraná (Brazil, Curitiba)",
        "lab_result",
        "lab report (biochemistry, blood count with thousands points, urina tipo I with sediment per mL, (A) / (B) "
        "and * flags, diagnosis code and a queried diagnosis on the request, culture in progress, clotted sample; "
        "scanned)",
        "d/m/Y",
        ext="jpg",
        scan={"dpi": 160, "angle": 1.6},
        lang="Portuguese (Brazil)",
        comma=True,
    )
    d.letterhead(
        "Laboratório Araucária de Análises Clínicas",
        ["Rua XV de Novembro, 1288 – Centro, Curitiba – PR, CEP 80060-000", "Fone (41) 3322-7140 – CNES 6631851"],
        right=["LAUDO DE EXAMES", "Protocolo 0108-26-55713"],
        size=12.5,
        color=(0.0, 0.4, 0.3),
    )
    d.kv(
        [
            ("Paciente:", "Luciana Aparecida Kowalski"),
            ("Idade:", "61 anos – Feminino"),
            ("Médico solicitante:", "Dr. Felipe Gonçalves Rocha – CRM-PR 28114"),
            ("Data da coleta:", "08/01/2026 07:20"),
            ("CID:", "E11 – Diabetes mellitus tipo 2"),
            ("Hipótese diagnóstica:", "pielonefrite aguda?"),
        ],
        cols=1,
        lw=120,
    )
    d.cond("Diabetes mellitus tipo 2", "active", "E11", ["type 2 diabetes mellitus"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "pielonefrite aguda", "other", "queried on the request")
    d.para("(A) acima do valor de referência;  (B) abaixo do valor de referência;  * resultado diferente do valor "
           "de referência.", 8)
    iso = "2026-01-08"
    hdr = ["Exame", "Resultado", "Unidade", "Valores de referência", ""]
    wd = [2.6, 1.3, 1.0, 1.9, 0.6]
    d.title("BIOQUÍMICA", 10)
    rows = [
        ("Glicose", ["Glucose"], "112", "mg/dL", "70 a 99", 70.0, 99.0, None, "(A)"),
        ("Ureia", ["Urea"], "38", "mg/dL", "15 a 45", 15.0, 45.0, None, ""),
        ("Creatinina", ["Creatinine"], "0,92", "mg/dL", "0,50 a 1,10", 0.5, 1.1, None, ""),
        ("Potássio", ["Potassium"], "3,3", "mEq/L", "3,5 a 5,1", 3.5, 5.1, None, "(B)"),
        ("Proteína C reativa", ["C-reactive protein"], "4,8", "mg/dL", "inferior a 0,5", None, 0.5, "inferior a 0,5", "(A)"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.title("HEMOGRAMA", 10)
    rows = [
        ("Leucócitos", ["White cell count"], "13.900", "/mm³", "4.000 a 11.000", 4000.0, 11000.0, None, "(A)", 13900.0),
        ("Segmentados", ["Neutrophils"], "78", "%", "40 a 70", 40.0, 70.0, None, "(A)"),
        ("Hemoglobina", ["Haemoglobin"], "13,1", "g/dL", "12,0 a 16,0", 12.0, 16.0, None, ""),
        ("Plaquetas", ["Platelets"], "264.000", "/mm³", "150.000 a 450.000", 150000.0, 450000.0, None, "", 264000.0),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.title("URINA TIPO I (EAS)", 10)
    d.text(d.x0, d.y, "Caracteres físicos e exame químico", "B", 8.5)
    d.y -= 12
    rows = [
        ("Cor", ["Urine colour"], "Amarelo citrino", None, "Amarelo citrino", None, None, "Amarelo citrino", "", None),
        ("Aspecto", ["Urine appearance"], "Turvo", None, "Límpido", None, None, "Límpido", "*", None),
        ("Densidade", ["Urine specific gravity"], "1,020", None, "1,005 a 1,030", 1.005, 1.03, None, "", 1.02),
        ("pH", ["Urine pH"], "6,5", None, "5,0 a 7,5", 5.0, 7.5, None, ""),
        ("Proteínas", ["Urine protein"], "Traços", None, "Negativo", None, None, "Negativo", "*", None),
        ("Glicose", ["Urine glucose"], "Negativo", None, "Negativo", None, None, "Negativo", "", None),
        ("Hemoglobina", ["Urine blood"], "++", None, "Negativo", None, None, "Negativo", "*", None),
        ("Nitrito", ["Urine nitrite"], "Positivo", None, "Negativo", None, None, "Negativo", "*", None),
        ("Leucócito esterase", ["Urine leukocyte esterase"], "+++", None, "Negativo", None, None, "Negativo", "*", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.text(d.x0, d.y, "Sedimentoscopia (quantitativa)", "B", 8.5)
    d.y -= 12
    rows = [
        ("Leucócitos", ["Urine white cells"], "45.000", "/mL", "até 10.000 /mL", None, 10000.0, "até 10.000 /mL", "(A)",
         45000.0),
        ("Hemácias", ["Urine red cells"], "8.000", "/mL", "até 10.000 /mL", None, 10000.0, "até 10.000 /mL", "", 8000.0),
        ("Bactérias", ["Urine bacteria"], "Numerosas", None, "Ausentes", None, None, "Ausentes", "*", None),
        ("Cilindros", ["Urine casts"], "Ausentes", None, "Ausentes", None, None, "Ausentes", "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=7.6)
    d.para(
        "Urocultura com antibiograma: em andamento – liberação prevista em 72 horas. Hemoglobina glicada (HbA1c): "
        "amostra coagulada, solicitada nova coleta.",
        8.5,
    )
    d.no("labs", "Urocultura", "other", "in progress")
    d.no("labs", "Hemoglobina glicada (HbA1c)", "other", "clotted sample")
    d.para("Responsável técnica: Dra. Mariana Lopes Vieira – CRF-PR 19420. Liberado em 08/01/2026 16:05.", 8)
    return d


# ---------------------------------------------------------------------------- 04 Conakry
@document
def d04():
    d = Doc(
        4,
        "conakry_lab_pending",
        "Conakry (Guinea)",
        "lab_result",
        "lab report (single date, Interprétation column Augmenté / Diminué / Anormal with a legend, space thousands, "
        "malaria smear and rapid test, hepatitis B antigen, queried diagnosis in the clinical information, sent-out, "
        "in-progress and unlabelled samples)",
        "d/m/Y",
        lang="French (Guinea)",
        comma=True,
    )
    d.letterhead(
        "Laboratoire d'Analyses Biomédicales Kaloum",
        ["Avenue de la République, Kaloum – Conakry", "Tél. +224 622 41 87 03"],
        right=["COMPTE RENDU D'ANALYSES", "Dossier n° LBK-26-0211"],
        size=12.5,
        color=(0.5, 0.2, 0.0),
    )
    d.kv(
        [
            ("Patient :", "Mamadou Saliou Diallo"),
            ("Âge / Sexe :", "34 ans / M"),
            ("Prescripteur :", "Dr Fatoumata Camara – Clinique Ambroise Paré"),
            ("Prélèvement :", "21/01/2026 à 08 h 15"),
        ],
        lw=96,
    )
    d.para(
        "Renseignements cliniques : fièvre depuis 4 jours, ictère conjonctival ; paludisme grave ? ; hépatite B "
        "chronique connue, non suivie.",
        8.8,
    )
    d.no("conditions", "paludisme grave", "other", "queried in the clinical information")
    d.cond("hépatite B chronique", "active", None, ["chronic hepatitis B"])
    d.conds[-1]["optional"] = True
    d.para("Interprétation : Augmenté / Diminué = en dehors des valeurs de référence ; Anormal = résultat qualitatif "
           "anormal.", 8)
    iso = "2026-01-21"
    hdr = ["Analyse", "Résultat", "Unité", "Valeurs de référence", "Interprétation"]
    wd = [2.5, 1.3, 1.2, 1.6, 1.2]
    d.title("HÉMATOLOGIE – NFS", 10)
    rows = [
        ("Globules blancs", ["White cell count"], "3,2", "10³/µL", "4,0 – 10,0", 4.0, 10.0, None, "Diminué"),
        ("Hémoglobine", ["Haemoglobin"], "8,9", "g/dL", "13,0 – 17,0", 13.0, 17.0, None, "Diminué"),
        ("VGM", ["Mean corpuscular volume"], "68", "fL", "80 – 100", 80.0, 100.0, None, "Diminué"),
        ("Plaquettes", ["Platelets"], "98", "10³/µL", "150 – 400", 150.0, 400.0, None, "Diminué"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("PARASITOLOGIE", 10)
    rows = [
        ("Goutte épaisse", ["Malaria thick smear"], "Positive", None, "Négative", None, None, "Négative", "Anormal", None),
        ("Densité parasitaire (P. falciparum)", ["Malaria parasite density"], "12 400", "parasites/µL", "", None, None,
         None, "", 12400.0),
        ("TDR paludisme (HRP2)", ["Malaria rapid test"], "Positif", None, "Négatif", None, None, "Négatif", "Anormal", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("BIOCHIMIE", 10)
    rows = [
        ("Glycémie à jeun", ["Glucose"], "0,94", "g/L", "0,70 – 1,10", 0.7, 1.1, None, ""),
        ("Créatinine", ["Creatinine"], "11,2", "mg/L", "7 – 13", 7.0, 13.0, None, ""),
        ("ALAT (GPT)", ["Alanine aminotransferase"], "64", "UI/L", "< 40", None, 40.0, "< 40", "Augmenté"),
        ("ASAT (GOT)", ["Aspartate aminotransferase"], "52", "UI/L", "< 40", None, 40.0, "< 40", "Augmenté"),
        ("Bilirubine totale", ["Total bilirubin"], "24", "mg/L", "< 12", None, 12.0, "< 12", "Augmenté"),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("SÉROLOGIE", 10)
    rows = [
        ("Antigène HBs", ["Hepatitis B surface antigen"], "Positif", None, "Négatif", None, None, "Négatif", "Anormal",
         None),
        ("Sérologie VIH 1+2 (Determine)", ["HIV test"], "Négatif", None, "Négatif", None, None, "Négatif", "", None),
    ]
    d.table(hdr, labrows(d, rows, iso), wd, size=8)
    d.title("Analyses non rendues", 10)
    d.table(
        ["Analyse", "Observation"],
        [
            ["Charge virale VHB", "prélèvement envoyé à l'Institut Pasteur de Guinée – résultat en attente"],
            ["Hémoculture", "en cours d'incubation"],
            ["Groupage sanguin ABO-Rhésus", "tube non étiqueté – non réalisé, merci de reprélever"],
        ],
        [2.4, 5],
        size=8,
    )
    d.no("labs", "Charge virale VHB", "other", "sent out")
    d.no("labs", "Hémoculture", "other", "in progress")
    d.no("labs", "Groupage sanguin ABO-Rhésus", "other", "unlabelled tube, not done")
    d.para("Biologiste responsable : Dr Aïssatou Bah, pharmacien biologiste", 8)
    return d


# ---------------------------------------------------------------------------- 05 Celje
@document
def d05():
    d = Doc(
        5,
        "celje_lab_flagcol",
        "Savinjska Region (Slovenia, Celje)",
        "lab_result",
        "lab report (single date, flag column V / N with a legend, µkat/L enzymes, rheumatology serology, clinical "
        "details and a queried diagnosis on the request, sent-out and haemolysed samples)",
        "d. m. Y",
        lang="Slovenian",
        comma=True,
    )
    d.letterhead(
        "Splošna bolnišnica Celje – Oddelek za laboratorijsko diagnostiko",
        ["Oblakova ulica 5, 3000 Celje", "tel. 03 423 30 00"],
        right=["LABORATORIJSKI IZVID", "Št. naročila 26-0115-2231"],
        size=11.5,
        color=(0.15, 0.2, 0.5),
    )
    d.kv(
        [
            ("Ime in priimek:", "Marjeta Kovačič"),
            ("Datum rojstva:", "3. 8. 1969"),
            ("ZZZS št.:", "018 442 971"),
            ("Napotni zdravnik:", "Tina Zupan, dr. med., ZD Celje"),
            ("Odvzem:", "15. 1. 2026 ob 7.35"),
        ],
        lw=104,
    )
    d.para("Klinični podatki: poliartritis malih sklepov rok, jutranja okorelost 1 uro; revmatoidni artritis?", 8.8)
    d.cond("poliartritis malih sklepov rok", "active", None, ["polyarthritis of the small joints of the hands"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "revmatoidni artritis", "other", "queried on the request")
    d.para("Oznaka: V – vrednost nad referenčnim območjem, N – vrednost pod referenčnim območjem.", 8)
    iso = "2026-01-15"
    hdr = ["Preiskava", "Rezultat", "Enota", "Referenčno območje", "Oznaka"]
    wd = [2.6, 1.1, 1.3, 1.7, 0.8]
    rows = [
        ("Levkociti", ["White cell count"], "11,8", "×10⁹/L", "4,0 – 10,0", 4.0, 10.0, None, "V"),
        ("Eritrociti", ["Red cell count"], "4,21", "×10¹²/L", "3,86 – 5,08", 3.86, 5.08, None, ""),
        ("Hemoglobin", ["Haemoglobin"], "118", "g/L", "121 – 157", 121.0, 157.0, None, "N"),
        ("Trombociti", ["Platelets"], "402", "×10⁹/L", "150 – 410", 150.0, 410.0, None, ""),
        ("Sedimentacija eritrocitov", ["Erythrocyte sedimentation rate"], "46", "mm/h", "< 20", None, 20.0, "< 20", "V"),
        ("CRP", ["C-reactive protein"], "48", "mg/L", "< 5", None, 5.0, "< 5", "V"),
        ("Glukoza", ["Glucose"], "5,4", "mmol/L", "3,6 – 6,1", 3.6, 6.1, None, ""),
        ("Kreatinin", ["Creatinine"], "64", "µmol/L", "44 – 80", 44.0, 80.0, None, ""),
        ("AST", ["Aspartate aminotransferase"], "0,38", "µkat/L", "< 0,52", None, 0.52, "< 0,52", ""),
        ("ALT", ["Alanine aminotransferase"], "0,61", "µkat/L", "< 0,56", None, 0.56, "< 0,56", "V"),
        ("Alkalna fosfataza", ["Alkaline phosphatase"], "1,92", "µkat/L", "0,58 – 1,74", 0.58, 1.74, None, "V"),
        ("Feritin", ["Ferritin"], "14", "µg/L", "15 – 150", 15.0, 150.0, None, "N"),
        ("Železo", ["Serum iron"], "7,2", "µmol/L", "9,0 – 30,4", 9.0, 30.4, None, "N"),
        ("Revmatoidni faktor", ["Rheumatoid factor"], "48", "kIU/L", "< 14", None, 14.0, "< 14", "V"),
        ("Anti-CCP", ["Anti-cyclic citrullinated peptide antibodies"], "212", "U/mL", "< 17", None, 17.0, "< 17", "V"),
        ("ANA (IIF, HEp-2)", ["Antinuclear antibodies"], "negativno", None, "negativno", None, None, "negativno", "",
         None),
    ]
    tab = labrows(d, rows, iso)
    d.title("Hematologija", 10)
    d.table(hdr, tab[:4], wd, size=8.2)
    d.title("Biokemija", 10)
    d.table(hdr, tab[4:13], wd, size=8.2)
    d.title("Imunologija", 10)
    d.table(hdr, tab[13:], wd, size=8.2)
    d.title("Nedokončane preiskave", 10)
    d.para("Anti-MCV – vzorec poslan v UKC Ljubljana, izvid bo poslan naknadno. Sečna kislina – vzorec hemoliziran, "
           "ni določeno.", 8.5)
    d.no("labs", "Anti-MCV", "other", "sent out")
    d.no("labs", "Sečna kislina", "other", "haemolysed sample")
    d.para("Izvid odobrila: mag. Petra Krajnc, spec. med. biokem.", 8)
    return d


# ---------------------------------------------------------------------------- 06 Highland
@document
def d06():
    d = Doc(
        6,
        "highland_ciclosporin_monitoring_scan",
        "Scotland (NHS Highland, Inverness)",
        "lab_result",
        "cumulative blood monitoring for ciclosporin (dates as rows, units and ranges in two header rows, H / L after "
        "the value, clinical details on the request, queried drug toxicity in a comment, level sent out and an "
        "insufficient sample, GP's handwritten note with a dose change and a planned repeat test; scanned)",
        "d/m/Y",
        ext="pdf",
        scan={"dpi": 155, "angle": 1.8},
    )
    d.letterhead(
        "NHS Highland – Raigmore Hospital Laboratories",
        ["Old Perth Road, Inverness IV2 3UJ", "Clinical Biochemistry / Haematology – tel 01463 704000"],
        right=["SHARED CARE DRUG MONITORING", "Cumulative report"],
        size=12.5,
        color=(0.1, 0.1, 0.45),
    )
    d.kv(
        [
            ("Patient:", "FRASER, Catriona Isobel"),
            ("CHI:", "1104785562"),
            ("DOB:", "11/04/1978"),
            ("Requested by:", "Dr E. MacLeod, Culloden Medical Practice"),
            ("Clinical details:", "Severe plaque psoriasis on ciclosporin 150 mg bd (dermatology shared care)"),
        ],
        cols=1,
        lw=96,
    )
    d.cond("Severe plaque psoriasis", "active", None, ["psoriasis"])
    d.conds[-1]["optional"] = True
    d.para("H / L = above / below the reference range. Results listed oldest first. Ciclosporin trough: take sample "
           "12 h post dose, before the morning dose.", 8)
    dates = ["2025-09-02", "2025-09-30", "2025-10-28", "2025-12-02", "2026-01-13"]
    tests = [
        ("Creatinine", ["Creatinine"], "µmol/L", "45-84", 45.0, 84.0, None, ["68", "74", "81", "92 H", "97 H"]),
        ("eGFR", ["eGFR"], "mL/min/1.73m²", ">60", 60.0, None, ">60", [">90", "86", "78", "66", "61"]),
        ("Potassium", ["Potassium"], "mmol/L", "3.5-5.3", 3.5, 5.3, None, ["4.2", "4.5", "4.8", "5.1", "5.5 H"]),
        ("Magnesium", ["Magnesium"], "mmol/L", "0.70-1.00", 0.7, 1.0, None, ["0.82", "0.78", "0.74", "0.69 L", "0.66 L"]),
        ("ALT", ["Alanine aminotransferase"], "U/L", "<33", None, 33.0, "<33", ["21", "24", "19", "28", "26"]),
        ("Ciclosporin trough", ["Ciclosporin level"], "µg/L", "100-200", 100.0, 200.0, None,
         ["142", "188", "236 H", "171", "see note"]),
    ]
    head1 = ["Date"] + [t[0] for t in tests]
    head2 = ["units / range"] + [f"{t[2]} ({t[3]})" for t in tests]
    body = [head2]
    for k, iso in enumerate(dates):
        row = [d.d(iso)]
        for test, al, unit, ref, lo, hi, rt, cells in tests:
            cell = cells[k]
            row.append(cell)
            if cell == "see note":
                continue
            v, f = _sp(cell)
            d.lab(test, v, unit, lo, hi, rt, f or "normal", iso, al)
        body.append(row)
    d.title("Cumulative results", 10.5)
    d.table(head1, body, [1.3, 1.2, 1.3, 1.1, 1.1, 0.9, 1.3], size=8)
    d.title("Comments", 10)
    d.para(
        d.d("2026-01-13") + ": Ciclosporin trough – sample referred to Aberdeen Royal Infirmary (Toxicology), result "
        "to follow. Urate requested – insufficient sample, not tested. Creatinine has risen >30% from the "
        "pre-treatment baseline: ?ciclosporin nephrotoxicity – please discuss dose with dermatology. "
        "Mild hyperkalaemia and low magnesium also noted.",
        8.8,
    )
    d.no("labs", "Ciclosporin trough", "other", "latest sample referred out, to follow")
    d.no("labs", "Urate", "other", "insufficient sample")
    d.no("conditions", "ciclosporin nephrotoxicity", "other", "queried in the comment")
    d.para("Authorised: Dr Iain Munro, Consultant Clinical Biochemist", 8)
    d.gap(10)
    d.hand_line("GP:", "Seen 14/01 - derm advise ciclosporin reduced to 100 mg bd.", 11)
    d.hand_line("", "Repeat U&E in 2/52. Pt informed by phone. EM", 11)
    d.med("Ciclosporin", None, "100", "mg", None, "bd", "changed")
    d.meds[-1]["aliases"] = ["cyclosporine"]
    d.no("labs", "U&E", "planned", "repeat in 2 weeks")
    return d


# ---------------------------------------------------------------------------- 07 East Kalimantan
@document
def d07():
    d = Doc(
        7,
        "east_kalimantan_antenatal_record",
        "East Kalimantan (Indonesia, Samarinda)",
        "medical_record",
        "antenatal record at a community health centre (booking results with a Tinggi / Rendah / * flag column, "
        "triple-elimination screening, handwritten visit notes with a tetanus-diphtheria dose given, new medicines "
        "handed out, planned test and supplement, declined vaccine, family history)",
        "d-m-Y",
        lang="Indonesian",
        comma=True,
    )
    d.letterhead(
        "UPTD Puskesmas Sempaja",
        ["Dinas Kesehatan Kota Samarinda – Jl. Pramuka No. 7, Samarinda", "Telp. (0541) 741 220"],
        right=["KARTU IBU HAMIL", "Pelayanan Antenatal Terpadu"],
        size=13,
        color=(0.6, 0.1, 0.3),
    )
    d.kv(
        [
            ("Nama ibu:", "Siti Rahmawati"),
            ("Umur:", "29 tahun"),
            ("G / P / A:", "G3 P1 A1"),
            ("HPHT:", "21-08-2025"),
            ("Tgl. kunjungan:", "19-01-2026"),
            ("Alergi obat:", "Amoksisilin (gatal-gatal, bengkak bibir)"),
        ],
        lw=92,
    )
    d.alg("Amoksisilin", "gatal-gatal, bengkak bibir")
    d.para("Ket.: Tinggi / Rendah = di atas / di bawah nilai rujukan; * = hasil tidak normal.", 8)
    iso = "2025-12-15"
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "10,2", "g/dL", "11,0 – 14,0", 11.0, 14.0, None, "Rendah"),
        ("Golongan darah", ["Blood group"], "O Rh (+)", None, "", None, None, None, "", None),
        ("Gula darah sewaktu", ["Random blood glucose"], "148", "mg/dL", "< 140", None, 140.0, "< 140", "Tinggi"),
        ("Protein urine", ["Urine protein"], "Negatif", None, "Negatif", None, None, "Negatif", "", None),
        ("HIV (tes cepat)", ["HIV test"], "Non reaktif", None, "Non reaktif", None, None, "Non reaktif", "", None),
        ("Sifilis (TP rapid)", ["Syphilis serology"], "Non reaktif", None, "Non reaktif", None, None, "Non reaktif", "",
         None),
        ("HBsAg", ["Hepatitis B surface antigen"], "Reaktif", None, "Non reaktif", None, None, "Non reaktif", "*", None),
    ]
    d.title("Hasil laboratorium – tanggal periksa " + d.d(iso), 10.5)
    d.table(["Pemeriksaan", "Hasil", "Satuan", "Nilai rujukan", "Ket."], labrows(d, rows, iso),
            [2.6, 1.3, 1.0, 1.6, 0.9])
    d.title("Catatan kunjungan hari ini (bidan)", 10.5)
    d.hand_line("UK:", "21 minggu   TFU 20 cm   DJJ 146 x/mnt", 10.5)
    d.hand_line("TD:", "118/76 mmHg   Nadi 88 x/mnt   BB 61,5 kg   TB 154 cm", 10.5)
    d.vit("blood_pressure", "118/76", 118.0, 76.0, "mmHg")
    d.vit("heart_rate", "88", 88.0, None, "x/mnt")
    d.vit("weight", "61,5", 61.5, None, "kg")
    d.vit("height", "154", 154.0, None, "cm")
    d.hand_line("", "Tidak ada perdarahan, tidak ada bengkak kaki.", 10.5)
    d.no("conditions", "perdarahan", "negated")
    d.hand_line("Diagnosis:", "Anemia ringan dalam kehamilan; Hepatitis B (HBsAg reaktif)", 10.5)
    d.cond("Anemia ringan dalam kehamilan", "active", None, ["mild anaemia in pregnancy"])
    d.cond("Hepatitis B", "active", None, ["hepatitis B infection"])
    d.hand_line("Imunisasi:", "Td 2 diberikan hari ini (batch 4021224); Td 1 tgl 15-12-2025", 10.5)
    d.imm("Td", "2026-01-19", 2, "4021224", None, amb=_amb(d.style, "2026-01-19"))
    d.imms[-1]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.imm("Td", "2025-12-15", 1, None, None, amb=_amb(d.style, "2025-12-15"))
    d.imms[-1]["aliases"] = ["tetanus-diphtheria vaccine"]
    d.hand_line("", "Vaksin influenza ditawarkan – ibu belum bersedia", 10.5)
    d.no("immunizations", "Vaksin influenza", "other", "offered, declined")
    d.hand_line("Terapi:", "Tablet Tambah Darah (Fe 60 mg + asam folat 0,4 mg) 1x1 – diberikan 30 tab", 10.5)
    d.hand_line("", "Kalk (kalsium laktat 500 mg) 1x1 – diberikan 30 tab", 10.5)
    d.med("Tablet Tambah Darah", None, None, None, None, "1x1", "new")
    d.meds[-1]["aliases"] = ["iron and folic acid"]
    d.med("Kalk", None, "500", "mg", None, "1x1", "new")
    d.meds[-1]["aliases"] = ["calcium lactate"]
    d.hand_line("Rencana:", "TTGO 75 g pada UK 24–28 minggu; rujuk ke RSUD A.W. Sjahranie (poli", 10.5)
    d.hand_line("", "penyakit dalam) untuk HBV; HBIg + HB-0 untuk bayi saat lahir.", 10.5)
    d.no("labs", "TTGO 75 g", "planned", "at 24-28 weeks")
    d.no("medications", "HBIg", "planned", "for the baby at birth")
    d.no("immunizations", "HB-0", "due", "for the baby at birth")
    d.hand_line("Riwayat keluarga:", "ayah – diabetes melitus, ibu – hipertensi", 10.5)
    d.no("conditions", "diabetes melitus", "family", "father")
    d.no("conditions", "hipertensi", "family", "mother")
    d.hand_line("Bidan:", "Nur Aisyah, Amd.Keb.", 10.5)
    return d


# ---------------------------------------------------------------------------- 08 Aarhus
@document
def d08():
    d = Doc(
        8,
        "aarhus_endocrinology_referral",
        "Central Denmark Region (Aarhus)",
        "medical_record",
        "GP referral letter to endocrinology (Danish; hypercalcaemia with suspected primary hyperparathyroidism, "
        "FMK medicines table with stopped, paused and new drugs, two-strength combinations, two-date lab table with "
        "↑ / ↓, question to the specialist, vaccine given and one recommended)",
        "d.m.Y",
        lang="Danish",
        comma=True,
    )
    d.letterhead(
        "Lægerne Frederiksbjerg",
        ["Jægergårdsgade 64, 8000 Aarhus C", "Tlf. 86 12 44 90 – Ydernr. 042871"],
        right=["HENVISNING", "Sendt elektronisk (MedCom REF01) 14.01.2026"],
        size=13,
        color=(0.55, 0.1, 0.1),
    )
    d.kv(
        [
            ("Til:", "Endokrinologisk Ambulatorium, Aarhus Universitetshospital"),
            ("Vedr.:", "Birthe Lykke Mortensen, CPR 120358-1846"),
            ("Henvisningsdiagnose:", "DE835C Hypercalcæmi"),
            ("Prioritet:", "Hurtig udredning"),
        ],
        cols=1,
        lw=120,
    )
    d.cond("Hypercalcæmi", "active", None, ["hypercalcaemia"])
    d.title("Henvisningsårsag", 10.5)
    d.para(
        "67-årig kvinde, der ved årskontrol fandtes med forhøjet calcium, bekræftet ved gentagen måling og med "
        "forhøjet PTH. Mistanke om primær hyperparathyreoidisme. Klager over træthed, tørst og obstipation, ingen "
        "knoglesmerter. Hun tager ikke D-vitamin i høje doser."
    )
    d.no("conditions", "primær hyperparathyreoidisme", "other", "suspected")
    d.title("Tidligere og aktuelle sygdomme", 10.5)
    d.bullets(
        [
            "Essentiel hypertension (siden 2015)",
            "Type 2-diabetes (siden 2018), tabletbehandlet",
            "Osteoporose – DXA 2024: T-score −2,9 i lænderyg",
            "Nyresten venstre side 2019 – afgået spontant, ingen siden",
            "Mammacancer højre side 2012 – opereret og strålebehandlet, recidivfri",
        ]
    )
    d.cond("Essentiel hypertension", "active", None, ["hypertension"])
    d.cond("Type 2-diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Osteoporose", "active", None, ["osteoporosis"])
    d.no("conditions", "Nyresten", "historical", "2019, passed")
    d.no("conditions", "Mammacancer", "historical", "2012, treated, no recurrence")
    d.para("Disposition: mor havde svær osteoporose med hoftebrud som 70-årig.", 9)
    d.no("conditions", "osteoporose", "family", "mother")
    d.title("Aktuel medicin (FMK, udskrevet 14.01.2026)", 10.5)
    d.table(
        ["Præparat", "Styrke", "Dosering", "Anvendelse", "Bemærkning"],
        [
            ["Hjertemagnyl", "75 mg", "1 tablet dagligt", "blodfortyndende", ""],
            ["Losartan \"Krka\"", "100 mg", "1 tablet dagligt", "mod forhøjet blodtryk", ""],
            ["Amlodipin \"Teva\"", "5 mg", "1 tablet dagligt", "mod forhøjet blodtryk", "ny 08.01.2026"],
            ["Centyl med kaliumklorid", "2,5 mg + 573 mg", "1 tablet om morgenen", "vanddrivende",
             "seponeret 08.01.2026 pga. hypercalcæmi"],
            ["Glucophage", "500 mg", "2 tabletter 2 gange dagligt", "mod sukkersyge", ""],
            ["Atorvastatin \"Actavis\"", "40 mg", "1 tablet til natten", "mod forhøjet kolesterol", ""],
            ["Alendronat \"Teva\"", "70 mg", "1 tablet 1 gang ugentligt", "mod knogleskørhed", ""],
            ["Unikalk Forte", "400 mg + 19 mikrog", "1 tablet 2 gange dagligt", "kalk og D-vitamin",
             "pauseret indtil calcium er afklaret"],
            ["Pamol", "500 mg", "2 tabletter efter behov, højst 4 gange dagligt", "mod smerter", ""],
        ],
        [1.9, 1.3, 2.1, 1.6, 1.9],
        size=7.8,
    )
    d.med("Hjertemagnyl", "Hjertemagnyl", "75", "mg", None, "1 tablet dagligt")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.med("Losartan", None, "100", "mg", None, "1 tablet dagligt")
    d.med("Amlodipin", None, "5", "mg", None, "1 tablet dagligt", "new")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Centyl med kaliumklorid", "Centyl med kaliumklorid", None, None, None, "1 tablet om morgenen", "stopped")
    d.meds[-1]["aliases"] = ["bendroflumethiazide/potassium chloride"]
    d.med("Glucophage", "Glucophage", "500", "mg", None, "2 tabletter 2 gange dagligt")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Atorvastatin", None, "40", "mg", None, "1 tablet til natten")
    d.med("Alendronat", None, "70", "mg", None, "1 tablet 1 gang ugentligt")
    d.meds[-1]["aliases"] = ["alendronic acid"]
    d.med("Unikalk Forte", "Unikalk Forte", None, None, None, "1 tablet 2 gange dagligt", "held")
    d.meds[-1]["aliases"] = ["calcium carbonate/colecalciferol"]
    d.med("Pamol", "Pamol", "500", "mg", None, "2 tabletter efter behov, højst 4 gange dagligt")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.no("medications", "Centyl med kaliumklorid", "stopped", "stopped 08.01.2026")
    d.no("medications", "Unikalk Forte", "stopped", "paused until calcium clarified")
    d.title("Allergi / intolerans", 10.5)
    d.para("Penicillin – udslæt (2004). Codein – kraftig kvalme og opkastning (intolerans).")
    d.alg("Penicillin", "udslæt")
    d.alg("Codein", "kraftig kvalme og opkastning")
    d.title("Objektivt (08.01.2026)", 10.5)
    d.para("BT 148/86 mmHg, puls 72 regelmæssig, vægt 64 kg, højde 161 cm. Ingen struma palperes.")
    d.vit("blood_pressure", "148/86", 148.0, 86.0, "mmHg")
    d.vit("heart_rate", "72", 72.0, None, None)
    d.vit("weight", "64", 64.0, None, "kg")
    d.vit("height", "161", 161.0, None, "cm")
    d.title("Laboratoriesvar", 10.5)
    d.para("↑ / ↓ = over / under referenceintervallet.", 8)
    cur, prev = "2026-01-08", "2025-12-11"
    rows = [
        ("P-Calcium (albuminkorrigeret)", ["Adjusted calcium"], "mmol/l", "2,15 – 2,51", 2.15, 2.51, None, "2,78 ↑", "2,71 ↑"),
        ("P-Calcium-ion (frit)", ["Ionised calcium"], "mmol/l", "1,18 – 1,32", 1.18, 1.32, None, "1,46 ↑", "—"),
        ("P-Parathyrin", ["Parathyroid hormone"], "pmol/l", "1,6 – 6,9", 1.6, 6.9, None, "11,8 ↑", "—"),
        ("P-Phosphat", ["Phosphate"], "mmol/l", "0,76 – 1,41", 0.76, 1.41, None, "0,72 ↓", "0,79"),
        ("P-Kreatinin", ["Creatinine"], "µmol/l", "45 – 90", 45.0, 90.0, None, "78", "81"),
        ("eGFR", ["eGFR"], "ml/min/1,73m²", "> 60", 60.0, None, "> 60", "68", "65"),
        ("P-Kalium", ["Potassium"], "mmol/l", "3,5 – 4,4", 3.5, 4.4, None, "4,1", "3,6"),
        ("P-25-Hydroxy-Vitamin D", ["25-hydroxyvitamin D"], "nmol/l", "50 – 160", 50.0, 160.0, None, "48 ↓", "—"),
        ("P-Basisk fosfatase", ["Alkaline phosphatase"], "U/l", "35 – 105", 35.0, 105.0, None, "112 ↑", "—"),
        ("B-Hæmoglobin A1c", ["HbA1c"], "mmol/mol", "< 48", None, 48.0, "< 48", "51 ↑", "—"),
    ]
    d.table(
        ["Analyse", d.d(cur), "Enhed", "Reference", d.d(prev)],
        prevcol(d, rows, prev, cur),
        [2.7, 1.0, 1.2, 1.2, 1.0],
        size=8,
    )
    d.title("Vaccinationer", 10.5)
    d.para(
        "Influenzavaccine givet i klinikken " + d.d("2025-10-10") + ". Pneumokokvaccine (PPV23) er anbefalet, men "
        "endnu ikke givet."
    )
    d.imm("Influenzavaccine", "2025-10-10", None, None, None, amb=_amb(d.style, "2025-10-10"))
    d.no("immunizations", "Pneumokokvaccine (PPV23)", "due", "recommended, not yet given")
    d.title("Spørgsmål til ambulatoriet", 10.5)
    d.para(
        "Vurdering med henblik på parathyreoidektomi. Bør cinacalcet overvejes, hvis hun ikke er "
        "operationskandidat? Skal alendronat fortsætte under udredningen?"
    )
    d.no("medications", "cinacalcet", "planned", "question to the specialist")
    d.para("Med venlig hilsen")
    d.signature("Mette Skovgaard", "Praktiserende læge, speciallæge i almen medicin", hand=False)
    return d


# ---------------------------------------------------------------------------- 09 Troms
@document
def d09():
    d = Doc(
        9,
        "troms_heart_failure_clinic_note",
        "Troms (Norway, Tromsø)",
        "medical_record",
        "outpatient cardiology note (Norwegian; atrial fibrillation and heart failure, diagnoses with ICD-10 codes, "
        "lab table with an H / L column and a space thousands value, increased, new and stopped medicines, "
        "two-strength combination, IV iron given in clinic, conditional medicine, patient advice, recommended "
        "vaccine)",
        "d.m.Y",
        lang="Norwegian",
        comma=True,
    )
    d.letterhead(
        "Universitetssykehuset Nord-Norge HF",
        ["Hjertemedisinsk poliklinikk, Tromsø – Sykehusvegen 38, 9019 Tromsø", "Sentralbord 77 62 60 00"],
        right=["POLIKLINISK NOTAT", "Epikrise til fastlege"],
        size=13,
        color=(0.0, 0.3, 0.45),
    )
    d.kv(
        [
            ("Pasient:", "Odd Arne Johansen"),
            ("Fødselsnr.:", "140353 48215"),
            ("Konsultasjon:", "22.01.2026"),
            ("Fastlege:", "Dr. Ingrid Hansen, Kvaløysletta legekontor"),
        ],
        lw=92,
    )
    d.title("Diagnoser", 10.5)
    d.table(
        None,
        [
            ["I48.1", "Persisterende atrieflimmer"],
            ["I50.1", "Hjertesvikt med lett redusert ejeksjonsfraksjon (HFmrEF)"],
            ["E11.9", "Diabetes mellitus type 2"],
            ["N18.3", "Kronisk nyresykdom stadium 3"],
            ["D50.9", "Jernmangel"],
        ],
        [0.9, 6],
        size=8.6,
        head_fill=None,
        grid=False,
    )
    d.cond("Persisterende atrieflimmer", "active", "I48.1", ["persistent atrial fibrillation"])
    d.cond("Hjertesvikt med lett redusert ejeksjonsfraksjon (HFmrEF)", "active", "I50.1",
           ["heart failure with mildly reduced ejection fraction"])
    d.cond("Diabetes mellitus type 2", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Kronisk nyresykdom stadium 3", "active", "N18.3", ["chronic kidney disease stage 3"])
    d.cond("Jernmangel", "active", "D50.9", ["iron deficiency"])
    d.title("Anamnese", 10.5)
    d.para(
        "72 år gammel mann, tidligere NSTEMI 2021 behandlet med PCI mot RCA. Kontroll etter oppstart av "
        "hjertesviktbehandling. Lett tungpustet i bakker (NYHA II), ingen brystsmerter. Bror døde av plutselig "
        "hjertedød 58 år gammel. Ekkokardiografi i dag: EF ca. 45 %, lett dilatert venstre atrium."
    )
    d.no("conditions", "NSTEMI", "historical", "2021, PCI")
    d.no("conditions", "plutselig hjertedød", "family", "brother")
    d.title("Funn", 10.5)
    d.para("BT 132/78 mmHg. Puls 84, uregelmessig. SpO2 96 %. Vekt 91,4 kg. Ingen perifere ødemer, ingen "
           "halsvenestuvning.")
    d.vit("blood_pressure", "132/78", 132.0, 78.0, "mmHg")
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("weight", "91,4", 91.4, None, "kg")
    d.no("conditions", "perifere ødemer", "negated")
    iso = "2026-01-20"
    d.title("Blodprøver " + d.d(iso), 10.5)
    rows = [
        ("Hemoglobin", ["Haemoglobin"], "13,4", "g/dL", "13,4 – 17,0", 13.4, 17.0, None, ""),
        ("Kreatinin", ["Creatinine"], "118", "µmol/L", "60 – 105", 60.0, 105.0, None, "H"),
        ("eGFR", ["eGFR"], "52", "mL/min/1,73m²", "> 60", 60.0, None, "> 60", "L"),
        ("Natrium", ["Sodium"], "139", "mmol/L", "137 – 145", 137.0, 145.0, None, ""),
        ("Kalium", ["Potassium"], "4,9", "mmol/L", "3,5 – 5,0", 3.5, 5.0, None, ""),
        ("NT-proBNP", [], "1 840", "ng/L", "< 300", None, 300.0, "< 300", "H", 1840.0),
        ("TSH", ["Thyroid stimulating hormone"], "2,1", "mIE/L", "0,4 – 4,5", 0.4, 4.5, None, ""),
        ("HbA1c", [], "54", "mmol/mol", "< 48", None, 48.0, "< 48", "H"),
        ("Ferritin", [], "38", "µg/L", "30 – 400", 30.0, 400.0, None, ""),
        ("Transferrinmetning", ["Transferrin saturation"], "14", "%", "15 – 45", 15.0, 45.0, None, "L"),
    ]
    d.table(["Analyse", "Resultat", "Enhet", "Referanse", "H/L"], labrows(d, rows, iso), [2.4, 1.1, 1.3, 1.4, 0.6],
            size=8.2)
    d.title("Vurdering og tiltak", 10.5)
    d.para(
        "Stabil HFmrEF, frekvensen noe høy. Jernmangel uten anemi: Ferinject 1000 mg i.v. gitt på poliklinikken i "
        "dag. Ramipril er seponert og erstattet av Entresto etter 36 timers pause. Selo-Zok økes. Vurdere "
        "spironolakton ved neste kontroll dersom kalium tillater det."
    )
    d.no("medications", "Ferinject", "other", "single IV dose in clinic")
    d.no("medications", "spironolakton", "planned", "to consider at the next visit")
    d.title("Legemiddelliste etter konsultasjonen", 10.5)
    d.table(
        ["Legemiddel", "Dosering", "Endring"],
        [
            ["Eliquis (apiksaban) tbl 5 mg", "1 x 2", "uendret"],
            ["Selo-Zok (metoprolol) depottbl 95 mg", "1 x 1", "økt dose (tidligere 47,5 mg)"],
            ["Entresto tbl 49 mg/51 mg", "1 x 2", "ny"],
            ["Ramipril kaps 5 mg", "—", "seponert"],
            ["Furix (furosemid) tbl 40 mg", "1 x 1 morgen", "uendret"],
            ["Jardiance (empagliflozin) tbl 10 mg", "1 x 1", "uendret"],
            ["Metformin tbl 500 mg", "1 x 2", "uendret"],
            ["Atorvastatin tbl 80 mg", "1 x 1 kveld", "uendret"],
        ],
        [3.4, 1.6, 2.6],
        size=8.2,
    )
    d.med("Eliquis", "Eliquis", "5", "mg", None, "1 x 2")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Selo-Zok", "Selo-Zok", "95", "mg", None, "1 x 1", "changed")
    d.meds[-1]["aliases"] = ["metoprolol"]
    d.med("Entresto", "Entresto", None, None, None, "1 x 2", "new")
    d.meds[-1]["aliases"] = ["sacubitril/valsartan"]
    d.med("Ramipril", None, "5", "mg", None, None, "stopped")
    d.med("Furix", "Furix", "40", "mg", None, "1 x 1 morgen")
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("Jardiance", "Jardiance", "10", "mg", None, "1 x 1")
    d.meds[-1]["aliases"] = ["empagliflozin"]
    d.med("Metformin", None, "500", "mg", None, "1 x 2")
    d.med("Atorvastatin", None, "80", "mg", None, "1 x 1 kveld")
    d.no("medications", "Ramipril", "stopped", "replaced by Entresto")
    d.para("Overfølsomhet: jodholdig kontrastmiddel – elveblest (2021).")
    d.alg("jodholdig kontrastmiddel", "elveblest")
    d.para(
        "Vaksiner: influensavaksine satt hos fastlege " + d.d("2025-10-14") + ". Pneumokokkvaksine (Prevenar 20) "
        "anbefales – ikke satt ennå."
    )
    d.imm("influensavaksine", "2025-10-14", None, None, None, amb=_amb(d.style, "2025-10-14"))
    d.no("immunizations", "Pneumokokkvaksine (Prevenar 20)", "due", "recommended, not yet given")
    d.title("Råd til pasienten", 10.5)
    d.para(
        "Vei deg daglig og kontakt legen ved vektøkning over 2 kg på tre dager. Unngå betennelsesdempende "
        "smertestillende som ibuprofen (Ibux) og diklofenak (Voltaren).",
        9,
    )
    d.no("medications", "ibuprofen", "leaflet", "advice: avoid (Ibux)")
    d.no("medications", "diklofenak", "leaflet", "advice: avoid (Voltaren)")
    d.para("Ny kontroll om 3 måneder med blodprøver og EKG.")
    d.signature("Kristian Berg", "Overlege, spesialist i hjertesykdommer", hand=False)
    return d


# ---------------------------------------------------------------------------- 10 Black Forest
@document
def d10():
    d = Doc(
        10,
        "black_forest_visitor_discharge_letter",
        "Baden-Württemberg (Germany, Black Forest)",
        "discharge_summary",
        "discharge letter for a visiting hiker (German; acute cholecystitis with laparoscopic cholecystectomy, "
        "admission / discharge labs with H / L, blood cultures, histology pending, ward-only doses, resolved kidney "
        "injury, discharge medicines in Mo / Mi / Ab / Na columns with a paused and a stopped drug)",
        "d.m.Y",
        lang="German (Germany)",
        comma=True,
    )
    d.letterhead(
        "Klinikum Hochschwarzwald",
        ["Klinik für Allgemein- und Viszeralchirurgie", "Jostalstraße 12, 79822 Titisee-Neustadt – Tel. 07651 29-0"],
        right=["ENTLASSUNGSBRIEF", "Fall-Nr. 26004187"],
        size=13,
        color=(0.1, 0.35, 0.2),
    )
    d.kv(
        [
            ("Patient:", "Pieter van der Meulen, geb. 02.05.1967"),
            ("Wohnort:", "Zwolle (Niederlande) – Urlaubsgast"),
            ("Aufnahme:", "07.01.2026 (Notaufnahme)"),
            ("Entlassung:", "12.01.2026"),
        ],
        cols=1,
        lw=80,
    )
    d.para("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege, wir berichten über Ihren Patienten, der sich "
           "während eines Wanderurlaubs in unserer stationären Behandlung befand.")
    d.title("Diagnosen", 10.5)
    d.bullets(
        [
            "K80.0 Akute Cholezystitis bei Cholezystolithiasis – laparoskopische Cholezystektomie am 09.01.2026",
            "Prärenales akutes Nierenversagen (AKIN 1) bei Exsikkose – unter Volumengabe bei Entlassung normalisiert",
        ]
    )
    d.cond("Akute Cholezystitis bei Cholezystolithiasis", "active", "K80.0", ["acute cholecystitis with gallstones"])
    d.no("conditions", "Prärenales akutes Nierenversagen", "historical", "resolved by discharge")
    d.title("Nebendiagnosen", 10.5)
    d.para("Arterielle Hypertonie; Diabetes mellitus Typ 2; Hypercholesterinämie.")
    d.cond("Arterielle Hypertonie", "active", None, ["hypertension"])
    d.cond("Diabetes mellitus Typ 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Hypercholesterinämie", "active", None, ["hypercholesterolaemia"])
    d.para("Allergien / Unverträglichkeiten: Sulfonamide (Exanthem), Pflaster (Kontaktdermatitis).")
    d.alg("Sulfonamide", "Exanthem")
    d.alg("Pflaster", "Kontaktdermatitis")
    d.title("Verlauf", 10.5)
    d.para(
        "Aufnahme mit seit 2 Tagen bestehenden rechtsseitigen Oberbauchschmerzen und Fieber. Sonographisch "
        "verdickte, dreigeschichtete Gallenblasenwand mit Konkrementen; in der MRCP kein Hinweis auf eine "
        "Choledocholithiasis. Kalkulierte antibiotische Therapie mit Piperacillin/Tazobactam 4,5 g i.v. 3x täglich "
        "(07.–10.01.), Analgesie mit Piritramid i.v. bei Bedarf. Am 09.01.2026 komplikationslose laparoskopische "
        "Cholezystektomie. Das prärenale Nierenversagen besserte sich unter Flüssigkeitsgabe. Die Vormedikation "
        "mit Ibuprofen wurde abgesetzt. Oralisierung der Antibiose mit Amoxicillin/Clavulansäure."
    )
    d.no("conditions", "Choledocholithiasis", "negated")
    d.no("medications", "Piperacillin/Tazobactam", "other", "IV on the ward")
    d.no("medications", "Piritramid", "other", "IV on the ward")
    d.title("Laborwerte", 10.5)
    d.para("H / L = oberhalb / unterhalb des Referenzbereichs.", 8)
    d1, d2 = "2026-01-07", "2026-01-12"
    rows = [
        ("Leukozyten", ["White cell count"], "G/l", "3,9 – 10,2", 3.9, 10.2, None, ["16,4 H", "8,2"]),
        ("Hämoglobin", ["Haemoglobin"], "g/dl", "13,5 – 17,5", 13.5, 17.5, None, ["14,6", "12,9 L"]),
        ("CRP", ["C-reactive protein"], "mg/l", "< 5", None, 5.0, "< 5", ["186 H", "42 H"]),
        ("Kreatinin", ["Creatinine"], "mg/dl", "0,7 – 1,2", 0.7, 1.2, None, ["1,48 H", "0,98"]),
        ("Kalium", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["3,4 L", "4,1"]),
        ("Bilirubin gesamt", ["Total bilirubin"], "mg/dl", "< 1,2", None, 1.2, "< 1,2", ["1,9 H", "0,8"]),
        ("GOT (AST)", ["Aspartate aminotransferase"], "U/l", "< 50", None, 50.0, "< 50", ["68 H", "31"]),
        ("GPT (ALT)", ["Alanine aminotransferase"], "U/l", "< 50", None, 50.0, "< 50", ["92 H", "48"]),
        ("Lipase", [], "U/l", "13 – 60", 13.0, 60.0, None, ["44", "—"]),
    ]
    d.table(
        ["Parameter", "Aufnahme " + d.d(d1), "Entlassung " + d.d(d2), "Einheit", "Referenz"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.2, 1.6, 1.6, 1.0, 1.2],
        size=8.2,
    )
    cumul(d, rows, [d1, d2])
    d.para("Blutkulturen (2 Paare, " + d.d(d1) + "): kein Wachstum nach 5 Tagen. Histologie (Gallenblase): "
           "ausstehend, Befund wird nachgereicht.", 9)
    d.lab("Blutkulturen", "kein Wachstum nach 5 Tagen", None, None, None, None, None, d1, ["Blood cultures"], num=None)
    d.no("labs", "Histologie", "other", "pending")
    d.title("Befund bei Entlassung", 10.5)
    d.para("RR 128/78 mmHg, Puls 76/min, Temperatur 36,8 °C, SpO2 97 %. Wunden reizlos, Abdomen weich.")
    d.vit("blood_pressure", "128/78", 128.0, 78.0, "mmHg")
    d.vit("heart_rate", "76", 76.0, None, "/min")
    d.vit("temperature", "36,8", 36.8, None, "°C")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.title("Medikation bei Entlassung", 10.5)
    d.table(
        ["Wirkstoff / Präparat", "Stärke", "Mo", "Mi", "Ab", "Na", "Hinweis"],
        [
            ["Amoxicillin/Clavulansäure", "875/125 mg", "1", "0", "1", "0", "bis einschl. 14.01.2026"],
            ["Enoxaparin (Clexane)", "40 mg s.c.", "0", "0", "1", "0", "bis einschl. 16.01.2026"],
            ["Pantoprazol", "20 mg", "1", "0", "0", "0", "neu"],
            ["Amlodipin", "5 mg", "1", "0", "0", "0", ""],
            ["Atorvastatin", "20 mg", "0", "0", "1", "0", ""],
            ["Metformin", "1000 mg", "1", "0", "1", "0", "wieder angesetzt"],
            ["Candesartan", "16 mg", "—", "—", "—", "—", "pausiert bis Kreatininkontrolle"],
            ["Reserve: Metamizol (Novalgin)", "500 mg", "", "", "", "", "bei Bedarf bis 4x täglich"],
            ["Ibuprofen (Vormedikation)", "400 mg", "—", "—", "—", "—", "abgesetzt"],
        ],
        [2.6, 1.1, 0.4, 0.4, 0.4, 0.4, 2.3],
        size=8,
    )
    d.med("Amoxicillin/Clavulansäure", None, None, None, None, None, "new")
    d.meds[-1]["aliases"] = ["co-amoxiclav"]
    d.med("Enoxaparin", "Clexane", "40", "mg", "s.c.", None, "new")
    d.med("Pantoprazol", None, "20", "mg", None, None, "new")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.med("Amlodipin", None, "5", "mg", None, None)
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Atorvastatin", None, "20", "mg", None, None)
    d.med("Metformin", None, "1000", "mg", None, None)
    d.med("Candesartan", None, "16", "mg", None, None, "held")
    d.med("Metamizol", "Novalgin", "500", "mg", None, "bei Bedarf bis 4x täglich", "new")
    d.meds[-1]["aliases"] = ["metamizole"]
    d.med("Ibuprofen", None, "400", "mg", None, None, "stopped")
    d.no("medications", "Candesartan", "stopped", "paused until creatinine check")
    d.no("medications", "Ibuprofen", "stopped", "stopped in hospital")
    d.para("Wir bitten um Kontrolle der Nierenwerte durch den Hausarzt in den Niederlanden. Fäden entfallen "
           "(resorbierbares Nahtmaterial).")
    d.no("labs", "Nierenwerte", "planned", "check by the GP")
    d.para("Mit freundlichen kollegialen Grüßen")
    d.signature("Dr. med. Johannes Albiez", "Oberarzt, Allgemein- und Viszeralchirurgie", hand=False)
    return d


# ---------------------------------------------------------------------------- 11 Hyderabad
@document
def d11():
    d = Doc(
        11,
        "hyderabad_gastroenterology_letter",
        "India (Telangana, Hyderabad)",
        "medical_record",
        "specialist consultation letter (gastroenterology; ulcerative colitis flare, two-date lab table with lakh "
        "grouping and thousands commas, Indian brand names with strengths inside the brand, changed, new and "
        "stopped medicines, IV iron in day care, conditional biologics, vaccine given in clinic, handwritten "
        "addendum)",
        "d/m/Y",
    )
    d.letterhead(
        "Deccan Gastro & Liver Centre",
        ["Road No. 12, Banjara Hills, Hyderabad 500034, Telangana", "Ph: 040-2335 8812 | OP Reg. No. DGLC/26/00918"],
        right=["CONSULTATION NOTE", "Date: 16/01/2026"],
        size=13,
        color=(0.45, 0.15, 0.05),
    )
    d.para("To: Dr. K. Srinivas Reddy, MD (General Medicine), Kukatpally")
    d.para("Re: Mrs. Lakshmi Priya Naidu, 34 years, Female – UHID DG-0044721", font="B")
    d.para(
        "Thank you for referring this lady with a flare of her ulcerative colitis. She reports 6-7 loose stools a "
        "day with blood for three weeks. Colonoscopy on 18/11/2025 showed left-sided ulcerative colitis (E2), Mayo "
        "endoscopic score 2. She has no history of uveitis. She had pulmonary tuberculosis in 2017 and completed "
        "ATT. Her father has Crohn's disease."
    )
    d.no("conditions", "uveitis", "negated")
    d.no("conditions", "pulmonary tuberculosis", "historical", "2017, treated")
    d.no("conditions", "Crohn's disease", "family", "father")
    d.title("Diagnosis", 10.5)
    d.bullets(
        [
            "Ulcerative colitis – left-sided (E2), moderately active",
            "Iron deficiency anaemia",
            "Vitamin D deficiency",
            "Hypothyroidism – on thyroxine",
        ]
    )
    d.cond("Ulcerative colitis", "active", None)
    d.cond("Iron deficiency anaemia", "active", None)
    d.cond("Vitamin D deficiency", "active", None)
    d.cond("Hypothyroidism", "active", None)
    d.para("Allergies: Sulfasalazine – skin rash and fever (2022); Ciprofloxacin – itching.")
    d.alg("Sulfasalazine", "skin rash and fever")
    d.alg("Ciprofloxacin", "itching")
    d.para("Examination: BP 112/70 mmHg, pulse 92/min, weight 48.5 kg, height 158 cm. Abdomen soft, mild left iliac "
           "fossa tenderness.")
    d.vit("blood_pressure", "112/70", 112.0, 70.0, "mmHg")
    d.vit("heart_rate", "92", 92.0, None, "/min")
    d.vit("weight", "48.5", 48.5, None, "kg")
    d.vit("height", "158", 158.0, None, "cm")
    d1, d2 = "2025-11-18", "2026-01-16"
    rows = [
        ("Haemoglobin", [], "g/dL", "12.0 - 15.0", 12.0, 15.0, None, ["9.8 L", "11.2 L"]),
        ("Total leucocyte count", ["White cell count"], "cells/cumm", "4,000 - 11,000", 4000.0, 11000.0, None,
         ["11,800 H", "8,400"]),
        ("Platelet count", ["Platelets"], "/cumm", "1,50,000 - 4,10,000", 150000.0, 410000.0, None,
         ["4,62,000 H", "3,85,000"]),
        ("ESR", ["Erythrocyte sedimentation rate"], "mm/hr", "0 - 20", 0.0, 20.0, None, ["48 H", "22 H"]),
        ("CRP", ["C-reactive protein"], "mg/L", "< 5.0", None, 5.0, "< 5.0", ["36.4 H", "8.2 H"]),
        ("Serum albumin", ["Albumin"], "g/dL", "3.5 - 5.2", 3.5, 5.2, None, ["3.1 L", "3.8"]),
        ("Serum ferritin", ["Ferritin"], "ng/mL", "13 - 150", 13.0, 150.0, None, ["11 L", "24"]),
        ("Faecal calprotectin", [], "µg/g", "< 50", None, 50.0, "< 50", ["1,240 H", "310 H"]),
        ("25-OH Vitamin D", ["25-hydroxyvitamin D"], "ng/mL", "30 - 100", 30.0, 100.0, None, ["14.2 L", "—"]),
    ]
    d.title("Investigations", 10.5)
    d.table(
        ["Test", d.d(d1), d.d(d2), "Units", "Bio. ref. interval"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.4, 1.2, 1.2, 1.1, 1.6],
        size=8.2,
    )
    cumul(d, rows, [d1, d2])
    d.title("Treatment advised", 10.5)
    d.table(
        ["Medicine", "Dose / frequency", "Remarks"],
        [
            ["Tab. Mesacol OD 1.2 g", "2 tabs once daily after breakfast", "increased from 1 tab"],
            ["Mesacol Enema 1 g/100 mL", "at bedtime x 4 weeks", "new"],
            ["Tab. Wysolone 20", "2 tabs once daily, reduce by 5 mg every week", "new"],
            ["Tab. Azoran 50", "1 tab once daily after dinner", "new"],
            ["Tab. Shelcal 500", "1 tab twice daily", "new"],
            ["Uprise-D3 60000 IU sachet", "once weekly x 8 weeks", "new"],
            ["Tab. Pan 40", "1 tab before breakfast", "continue"],
            ["Tab. Thyronorm 50 mcg", "1 tab empty stomach", "continue"],
            ["Tab. Orofer XT", "—", "stopped (gastric intolerance)"],
        ],
        [2.5, 3.0, 2.2],
        size=8.2,
    )
    d.med("Mesacol OD", "Mesacol OD", "1.2", "g", None, "2 tabs once daily after breakfast", "changed")
    d.meds[-1]["aliases"] = ["mesalamine"]
    d.med("Mesacol Enema", "Mesacol Enema", "1", "g", None, "at bedtime x 4 weeks", "new")
    d.meds[-1]["aliases"] = ["mesalamine enema"]
    d.med("Wysolone 20", "Wysolone", "20", None, None, "2 tabs once daily, reduce by 5 mg every week", "new")
    d.meds[-1]["aliases"] = ["prednisolone"]
    d.med("Azoran 50", "Azoran", "50", None, None, "1 tab once daily after dinner", "new")
    d.meds[-1]["aliases"] = ["azathioprine"]
    d.med("Shelcal 500", "Shelcal", "500", None, None, "1 tab twice daily", "new")
    d.meds[-1]["aliases"] = ["calcium carbonate/vitamin D3"]
    d.med("Uprise-D3", "Uprise-D3", "60000", "IU", None, "once weekly x 8 weeks", "new")
    d.meds[-1]["aliases"] = ["cholecalciferol"]
    d.med("Pan 40", "Pan", "40", None, None, "1 tab before breakfast")
    d.meds[-1]["aliases"] = ["pantoprazole"]
    d.med("Thyronorm", "Thyronorm", "50", "mcg", None, "1 tab empty stomach")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Orofer XT", "Orofer XT", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["ferrous ascorbate/folic acid"]
    d.no("medications", "Orofer XT", "stopped", "gastric intolerance")
    d.para(
        "Inj. ferric carboxymaltose 1000 mg IV was given today in day care. Hepatitis B vaccine (Engerix-B) dose 1 "
        "given today, batch AHBVC842AA; doses 2 and 3 at 1 and 6 months. Pneumococcal vaccine (PCV13) is "
        "recommended before any biologic. If there is no response to steroids in 2 weeks, we may "
        "consider tofacitinib or vedolizumab."
    )
    d.no("medications", "ferric carboxymaltose", "other", "single IV dose in day care")
    d.imm("Hepatitis B vaccine", "2026-01-16", 1, "AHBVC842AA", "Engerix-B")
    d.no("immunizations", "Pneumococcal vaccine (PCV13)", "due", "recommended")
    d.no("medications", "tofacitinib", "planned", "conditional")
    d.no("medications", "vedolizumab", "planned", "conditional")
    d.para("Review after 2 weeks with reports.")
    d.signature("Dr. Ravi Teja Kondapalli", "MD, DM (Gastroenterology), Consultant Gastroenterologist")
    d.hand_line("Addendum 16/01:", "Stool C. difficile toxin A/B - negative. HBsAg - non-reactive.", 10.5)
    d.hand_line("", "TPMT genotype sent to Bengaluru - awaited.", 10.5)
    d.lab("Stool C. difficile toxin A/B", "negative", None, None, None, None, None, d2, ["Clostridioides difficile toxin"],
          num=None)
    d.lab("HBsAg", "non-reactive", None, None, None, None, None, d2, ["Hepatitis B surface antigen"], num=None)
    d.no("labs", "TPMT genotype", "other", "sent out, awaited")
    return d


# ---------------------------------------------------------------------------- 12 Milwaukee
@document
def d12():
    d = Doc(
        12,
        "milwaukee_after_visit_summary",
        "United States (Wisconsin, Milwaukee)",
        "medical_record",
        "EHR print-out (after visit summary: page header and print footer on every page, vitals as label / value "
        "pairs, one medication table with a status column including new, changed, stopped and on-hold drugs, vaccines "
        "given today, results with High / Low words, health maintenance with due, declined and completed items)",
        "m/d/Y",
        size=letter,
    )
    hdr = "Deborah A. Kowalczyk | MRN 55102873 | DOB 03/09/1958 | Visit 01/27/2026"
    d.text(d.x0, d.y, hdr, "R", 7.5, (0.3, 0.3, 0.3))
    d.line(d.x0, d.y - 4, d.x1, d.y - 4, 0.4, 0.5)
    d.y -= 22
    d.run_header = hdr
    d.run_footer = "Printed 01/27/2026 11:52 AM - Lakeshore Internal Medicine Bay View - MyChart: mychart.example.org"
    d.letterhead(
        "After Visit Summary",
        ["Lakeshore Internal Medicine - Bay View", "2600 S Kinnickinnic Ave, Milwaukee, WI 53207 - (414) 555-0143"],
        right=["Deborah A. Kowalczyk", "01/27/2026 10:15 AM", "Provider: Samuel Okafor, MD"],
        size=15,
        color=(0.15, 0.15, 0.15),
    )
    d.para("Reason for visit: Follow-up (asthma, thyroid); Knee pain. You were seen by Samuel Okafor, MD.", 9)
    d.title("Vitals", 11)
    d.kv(
        [
            ("BP", "128/84"),
            ("Pulse", "78"),
            ("Temp", "97.7 °F (Temporal)"),
            ("Resp", "18"),
            ("SpO2", "95%"),
            ("Weight", "183 lb"),
            ("Height", "5' 4\" (1.626 m)"),
            ("BMI", "31.41 kg/m²"),
        ],
        cols=4,
        lw=38,
        size=8.2,
    )
    d.vit("blood_pressure", "128/84", 128.0, 84.0, None)
    d.vit("heart_rate", "78", 78.0, None, None)
    d.vit("temperature", "97.7", 97.7, None, "°F")
    d.vit("respiratory_rate", "18", 18.0, None, None)
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "183", 183.0, None, "lb")
    d.vit("height", "1.626", 1.626, None, "m")
    d.vit("bmi", "31.41", 31.41, None, "kg/m²")
    d.title("Today's Diagnoses", 11)
    d.bullets(
        [
            "Moderate persistent asthma without complication (J45.40)",
            "Hypothyroidism, unspecified (E03.9)",
            "Gout, unspecified (M10.9)",
            "Gastroesophageal reflux disease without esophagitis (K21.9)",
            "Prediabetes (R73.03)",
        ],
        size=9,
    )
    d.cond("Moderate persistent asthma without complication", "active", "J45.40")
    d.cond("Hypothyroidism, unspecified", "active", "E03.9")
    d.cond("Gout, unspecified", "active", "M10.9")
    d.cond("Gastroesophageal reflux disease without esophagitis", "active", "K21.9")
    d.cond("Prediabetes", "active", "R73.03")
    d.title("Your Medication List as of 01/27/2026", 11)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["montelukast (SINGULAIR) 10 mg tablet", "Take 1 tablet (10 mg) by mouth at bedtime.", "NEW"],
            ["levothyroxine (SYNTHROID) 100 mcg tablet", "Take 1 tablet (100 mcg) by mouth every morning before "
             "breakfast.", "CHANGED - was 88 mcg"],
            ["budesonide-formoterol (SYMBICORT) 160-4.5 mcg/actuation inhaler", "Inhale 2 puffs 2 times daily. "
             "Rinse mouth after use.", "Continue"],
            ["albuterol (PROAIR HFA) 90 mcg/actuation inhaler", "Inhale 2 puffs every 4 hours as needed for "
             "wheezing.", "Continue"],
            ["allopurinol (ZYLOPRIM) 300 mg tablet", "Take 1 tablet (300 mg) by mouth daily.", "Continue"],
            ["famotidine (PEPCID) 20 mg tablet", "Take 1 tablet (20 mg) by mouth 2 times daily.", "Continue"],
            ["meloxicam (MOBIC) 7.5 mg tablet", "Do not take until your kidney labs are rechecked.", "ON HOLD"],
            ["omeprazole (PRILOSEC) 40 mg capsule", "Reason: switched to famotidine.", "STOP taking"],
        ],
        [3.3, 3.3, 1.4],
        size=8,
    )
    d.med("montelukast", "SINGULAIR", "10", "mg", "by mouth", "at bedtime", "new")
    d.med("levothyroxine", "SYNTHROID", "100", "mcg", "by mouth", "every morning before breakfast", "changed")
    d.med("budesonide-formoterol", "SYMBICORT", None, None, None, "2 times daily")
    d.med("albuterol", "PROAIR HFA", "90", "mcg/actuation", None, "every 4 hours as needed for wheezing")
    d.med("allopurinol", "ZYLOPRIM", "300", "mg", "by mouth", "daily")
    d.med("famotidine", "PEPCID", "20", "mg", "by mouth", "2 times daily")
    d.med("meloxicam", "MOBIC", "7.5", "mg", None, None, "held")
    d.med("omeprazole", "PRILOSEC", "40", "mg", None, None, "stopped")
    d.no("medications", "meloxicam", "stopped", "on hold until kidney labs")
    d.no("medications", "omeprazole", "stopped", "switched to famotidine")
    d.title("Allergies as of 01/27/2026", 11)
    d.table(
        ["Allergen", "Reactions", "Severity"],
        [["Sulfa (Sulfonamide Antibiotics)", "Hives", "High"], ["Aspirin", "Wheezing", "Medium"],
         ["Shellfish-derived Products", "Swelling", "High"]],
        [3, 3, 1.5],
        size=8.2,
    )
    d.alg("Sulfa (Sulfonamide Antibiotics)", "Hives", "High")
    d.alg("Aspirin", "Wheezing", "Medium")
    d.alg("Shellfish-derived Products", "Swelling", "High")
    d.title("Immunizations given today", 11)
    d.table(
        ["Vaccine", "Dose", "Site", "Lot", "Given"],
        [
            ["Influenza, trivalent, PF (FLUCELVAX)", "0.5 mL", "L deltoid IM", "A2K901", "01/27/2026"],
            ["Pneumococcal conjugate 21-valent (CAPVAXIVE)", "0.5 mL", "R deltoid IM", "Y013552", "01/27/2026"],
        ],
        [3.3, 0.7, 1.3, 1.0, 1.1],
        size=8.2,
    )
    d.imm("Influenza, trivalent, PF", "2026-01-27", None, "A2K901", "FLUCELVAX")
    d.imm("Pneumococcal conjugate 21-valent", "2026-01-27", None, "Y013552", "CAPVAXIVE")
    d.ensure(160)
    d.title("Results from this visit (collected 01/27/2026 10:41 AM)", 11)
    res = [
        ("TSH", "5.92", "uIU/mL", 0.45, 4.5, None, "high", "0.450 - 4.500", "High", ["Thyroid stimulating hormone"]),
        ("Free T4", "0.98", "ng/dL", 0.82, 1.77, None, "normal", "0.82 - 1.77", "", ["Free thyroxine"]),
        ("Uric Acid", "5.4", "mg/dL", 3.0, 7.2, None, "normal", "3.0 - 7.2", "", []),
        ("Creatinine", "1.12", "mg/dL", 0.57, 1.0, None, "high", "0.57 - 1.00", "High", []),
        ("eGFR", "53", "mL/min/1.73", 59.0, None, ">59", "low", ">59", "Low", []),
        ("Hemoglobin A1c", "6.1", "%", 4.8, 5.6, None, "high", "4.8 - 5.6", "High", ["HbA1c"]),
        ("Eosinophils (Absolute)", "0.6", "x10E3/uL", 0.0, 0.4, None, "high", "0.0 - 0.4", "High",
         ["Eosinophil count"]),
    ]
    d.table(
        ["Component", "Value", "Units", "Reference Range", "Flag"],
        [[t, v, u, rr, fl] for t, v, u, lo, hi, rt, f, rr, fl, al in res],
        [2.6, 0.9, 1.2, 1.5, 0.8],
        size=8.2,
    )
    for t, v, u, lo, hi, rt, f, rr, fl, al in res:
        d.lab(t, v, u, lo, hi, rt, f, "2026-01-27", al)
    d.title("Health Maintenance", 11)
    d.table(
        ["Topic", "Due", "Status"],
        [
            ["Breast Cancer Screening (Mammogram)", "11/02/2025", "Overdue"],
            ["Colorectal Cancer Screening (FIT-DNA)", "03/02/2026", "Due soon"],
            ["Hepatitis C Screening", "01/27/2026", "Due - no record on file"],
            ["Zoster Vaccine (Shingrix) 1 of 2", "01/27/2026", "Due now"],
            ["RSV Vaccine (Age 50-74, high risk)", "-", "Patient declined 01/27/2026"],
            ["Pneumococcal Vaccine 50+ Years", "-", "Completed 01/27/2026"],
            ["Influenza Vaccine (2025-2026)", "-", "Completed 01/27/2026"],
            ["DEXA Bone Density Scan", "03/09/2023", "Overdue"],
        ],
        [3.6, 1.2, 2.7],
        size=8.2,
    )
    d.no("labs", "Colorectal Cancer Screening (FIT-DNA)", "due", "health maintenance")
    d.no("labs", "Hepatitis C Screening", "due", "health maintenance")
    d.no("immunizations", "Zoster Vaccine (Shingrix)", "due", "health maintenance")
    d.no("immunizations", "RSV Vaccine", "other", "declined")
    d.title("Instructions from Samuel Okafor, MD", 11)
    d.para(
        "Your thyroid dose is increased to 100 mcg. Keep taking Symbicort every day, even when you feel well. Do not "
        "take ibuprofen (Advil) or naproxen (Aleve) for your knee. Come back to "
        "the lab in 2 weeks for a basic metabolic panel (BMP) before we decide about the meloxicam.",
        9,
    )
    d.no("medications", "ibuprofen", "other", "do not take")
    d.no("medications", "naproxen", "other", "do not take")
    d.no("labs", "basic metabolic panel (BMP)", "planned", "in 2 weeks")
    d.para("Next appointment: 04/28/2026 9:30 AM with Samuel Okafor, MD.", 9)
    return d


# ---------------------------------------------------------------------------- 13 Asturias
@document
def d13():
    d = Doc(
        13,
        "asturias_ulcer_bleed_discharge_report",
        "Asturias (Spain, Oviedo)",
        "discharge_summary",
        "hospital discharge report (informe de alta; duodenal ulcer bleed with H. pylori, serial results in date "
        "columns with ↑ / ↓ and thousands points, transfusion and IV infusion on the ward, held anticoagulant, "
        "changed, new and stopped medicines, multi-strength combination, medicines not to take, planned tests)",
        "d/m/Y",
        lang="Spanish (Spain)",
        comma=True,
    )
    d.letterhead(
        "Hospital Universitario Central de Asturias",
        ["Servicio de Aparato Digestivo – Avda. de Roma s/n, 33011 Oviedo", "Tel. 985 10 80 00"],
        right=["INFORME DE ALTA", "NHC 1188203 – Episodio 26-00342"],
        size=12.5,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Paciente:", "José Manuel Fernández Álvarez"),
            ("Edad:", "71 años"),
            ("Fecha de ingreso:", "11/01/2026"),
            ("Fecha de alta:", "16/01/2026"),
            ("Médico responsable:", "Dra. Covadonga Suárez Menéndez"),
        ],
        cols=1,
        lw=108,
    )
    d.title("Motivo de ingreso", 10.5)
    d.para("Melenas de 48 horas de evolución y mareo al incorporarse.")
    d.title("Antecedentes personales", 10.5)
    d.para(
        "Alergias: metamizol (urticaria) y contraste yodado (reacción cutánea leve). Hipertensión arterial. Diabetes "
        "mellitus tipo 2. Fibrilación auricular paroxística anticoagulada con Sintrom. Cardiopatía isquémica: IAM "
        "inferior en 2019 tratado con stent. Colecistectomía laparoscópica en 2010. Antecedentes familiares: padre "
        "fallecido por cáncer gástrico."
    )
    d.alg("metamizol", "urticaria")
    d.alg("contraste yodado", "reacción cutánea leve")
    d.cond("Hipertensión arterial", "active", None, ["hypertension"])
    d.cond("Diabetes mellitus tipo 2", "active", None, ["type 2 diabetes mellitus"])
    d.cond("Fibrilación auricular paroxística", "active", None, ["paroxysmal atrial fibrillation"])
    d.no("conditions", "IAM inferior", "historical", "2019")
    d.no("conditions", "Colecistectomía", "historical", "2010")
    d.no("conditions", "cáncer gástrico", "family", "father")
    d.title("Evolución", 10.5)
    d.para(
        "Gastroscopia urgente: úlcera en cara anterior de bulbo duodenal con vaso visible (Forrest IIa), tratada con "
        "adrenalina y dos hemoclips; sin signos de perforación. Recibió 2 concentrados de hematíes y perfusión de "
        "pantoprazol IV durante 72 horas. Sin nuevos episodios de "
        "sangrado. Test rápido de ureasa en biopsia antral positivo."
    )
    d.no("conditions", "perforación", "negated")
    d.no("medications", "concentrados de hematíes", "other", "transfusion on the ward")
    d.no("medications", "pantoprazol IV", "other", "infusion on the ward")
    d.title("Evolución analítica", 10.5)
    d.para("↑ / ↓: valor por encima / por debajo del intervalo de referencia.", 8)
    dates = ["2026-01-11", "2026-01-12", "2026-01-14", "2026-01-16"]
    rows = [
        ("Hemoglobina", ["Haemoglobin"], "g/dL", "13,0 – 17,0", 13.0, 17.0, None, ["7,9 ↓", "8,6 ↓", "9,4 ↓", "10,1 ↓"]),
        ("Urea", ["Urea"], "mg/dL", "15 – 45", 15.0, 45.0, None, ["98 ↑", "64 ↑", "42", "38"]),
        ("Plaquetas", ["Platelets"], "/µL", "150.000 – 400.000", 150000.0, 400000.0, None,
         ["198.000", "—", "212.000", "234.000"]),
        ("INR", [], None, "0,8 – 1,2", 0.8, 1.2, None, ["2,8 ↑", "1,3 ↑", "1,1", "—"]),
        ("Ferritina", ["Ferritin"], "ng/mL", "30 – 400", 30.0, 400.0, None, ["—", "18 ↓", "—", "—"]),
    ]
    tab = cumul(d, rows, dates)
    _thousands(d, "Plaquetas", ".")
    d.table(["Determinación"] + [d.d(x) for x in dates] + ["Unidades", "Referencia"], tab,
            [1.6, 1.0, 1.0, 1.0, 1.0, 0.8, 1.5], size=8)
    d.lab("Test rápido de ureasa", "positivo", None, None, None, None, "abnormal", "2026-01-11",
          ["Helicobacter pylori rapid urease test"], num=None)
    d.title("Diagnósticos al alta", 10.5)
    d.bullets(
        [
            "Hemorragia digestiva alta secundaria a úlcera duodenal Forrest IIa",
            "Infección por Helicobacter pylori",
            "Anemia posthemorrágica aguda",
        ]
    )
    d.cond("Hemorragia digestiva alta secundaria a úlcera duodenal Forrest IIa", "active", None,
           ["upper gastrointestinal bleeding from duodenal ulcer"])
    d.cond("Infección por Helicobacter pylori", "active", None, ["Helicobacter pylori infection"])
    d.cond("Anemia posthemorrágica aguda", "active", None, ["acute posthaemorrhagic anaemia"])
    d.title("Exploración al alta", 10.5)
    d.para("TA 124/72 mmHg, FC 68 lpm, Tª 36,4 ºC, SatO2 98 % basal. Abdomen blando, no doloroso.")
    d.vit("blood_pressure", "124/72", 124.0, 72.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "lpm")
    d.vit("temperature", "36,4", 36.4, None, "ºC")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.title("Tratamiento al alta", 10.5)
    d.table(
        ["Medicamento", "Pauta", "Observaciones"],
        [
            ["Omeprazol 40 mg cápsulas", "1 cada 12 horas durante 8 semanas", "antes tomaba 20 mg al día"],
            ["Pylera 140 mg/125 mg/125 mg cápsulas", "3 cápsulas cada 6 horas durante 10 días", "NUEVO – con "
             "omeprazol"],
            ["Ferbisol 100 mg cápsulas", "1 al día en ayunas", "NUEVO"],
            ["Bisoprolol 2,5 mg", "1 comprimido cada 24 horas", "continuar"],
            ["Enalapril 10 mg", "1 comprimido cada 24 horas", "continuar"],
            ["Metformina 850 mg", "1 comprimido cada 12 horas", "continuar"],
            ["Atorvastatina 40 mg", "1 comprimido por la noche", "continuar"],
            ["Sintrom 4 mg", "—", "SUSPENDIDO hasta revisión en Hematología el 23/01/2026"],
            ["Ibuprofeno 600 mg (automedicación)", "—", "SUSPENDER definitivamente"],
        ],
        [2.8, 2.6, 2.6],
        size=8,
    )
    d.med("Omeprazol", None, "40", "mg", None, "1 cada 12 horas durante 8 semanas", "changed")
    d.meds[-1]["aliases"] = ["omeprazole"]
    d.med("Pylera", "Pylera", None, None, None, "3 cápsulas cada 6 horas durante 10 días", "new")
    d.meds[-1]["aliases"] = ["bismuth subcitrate potassium/metronidazole/tetracycline"]
    d.med("Ferbisol", "Ferbisol", "100", "mg", None, "1 al día en ayunas", "new")
    d.meds[-1]["aliases"] = ["ferrous sulfate"]
    d.med("Bisoprolol", None, "2,5", "mg", None, "1 comprimido cada 24 horas")
    d.med("Enalapril", None, "10", "mg", None, "1 comprimido cada 24 horas")
    d.med("Metformina", None, "850", "mg", None, "1 comprimido cada 12 horas")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Atorvastatina", None, "40", "mg", None, "1 comprimido por la noche")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Sintrom", "Sintrom", "4", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["acenocoumarol"]
    d.med("Ibuprofeno", None, "600", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.no("medications", "Sintrom", "stopped", "suspended until haematology review")
    d.no("medications", "Ibuprofeno", "stopped", "stop permanently")
    d.ensure(70)
    d.title("Recomendaciones", 10.5)
    d.para(
        "No tomar antiinflamatorios como el ibuprofeno. Hemograma de control en su centro de "
        "salud en una semana. Test de aliento con urea C13 cuatro semanas después de terminar el tratamiento "
        "erradicador. Acudir a Urgencias si presenta de nuevo heces negras o vómitos con sangre."
    )
    d.no("labs", "Hemograma", "planned", "in one week")
    d.no("labs", "Test de aliento con urea C13", "planned", "after eradication")
    d.signature("Dra. Covadonga Suárez Menéndez", "FEA Aparato Digestivo – Col. 33/09876", hand=False)
    return d


# ---------------------------------------------------------------------------- 14 Klaipeda
@document
def d14():
    d = Doc(
        14,
        "klaipeda_pulmonary_embolism_discharge",
        "Klaipėda County (Lithuania)",
        "discharge_summary",
        "hospital discharge extract (forma 027/a; pulmonary embolism with deep vein thrombosis, admission / discharge "
        "labs with ↑ / ↓ and a space thousands value, ward-only anticoagulant, new anticoagulant, stopped "
        "contraceptive, medicine not to take, planned thrombophilia tests)",
        "Y-m-d",
        lang="Lithuanian",
        comma=True,
    )
    d.letterhead(
        "VšĮ Klaipėdos universitetinė ligoninė",
        ["Vidaus ligų klinika – Liepojos g. 41, LT-92288 Klaipėda", "Tel. (8 46) 39 6500"],
        right=["IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ", "Forma Nr. 027/a"],
        size=12,
        color=(0.45, 0.25, 0.0),
    )
    d.kv(
        [
            ("Pacientė:", "Rasa Petrauskienė"),
            ("Gimimo data:", "1981-06-23"),
            ("Ligos istorijos Nr.:", "2026/00417"),
            ("Gydyta:", "2026-01-09 – 2026-01-15"),
            ("Siuntė:", "Šeimos gydytoja J. Jurkienė, Klaipėdos Debreceno šeimos medicinos centras"),
        ],
        cols=1,
        lw=118,
    )
    d.title("Diagnozės", 10.5)
    d.table(
        ["TLK-10-AM", "Diagnozė"],
        [
            ["I26.9", "Plaučių arterijos tromboembolija be ūminės plautinės širdies"],
            ["I80.2", "Kairės blauzdos giliųjų venų trombozė"],
            ["I10", "Arterinė hipertenzija"],
            ["E03.9", "Hipotirozė"],
            ["E66.0", "Nutukimas"],
        ],
        [1.0, 6],
        size=8.5,
    )
    d.cond("Plaučių arterijos tromboembolija be ūminės plautinės širdies", "active", "I26.9", ["pulmonary embolism"])
    d.cond("Kairės blauzdos giliųjų venų trombozė", "active", "I80.2", ["deep vein thrombosis of the left calf"])
    d.cond("Arterinė hipertenzija", "active", "I10", ["hypertension"])
    d.cond("Hipotirozė", "active", "E03.9", ["hypothyroidism"])
    d.cond("Nutukimas", "active", "E66.0", ["obesity"])
    d.title("Anamnezė", 10.5)
    d.para(
        "44 metų pacientė atvyko dėl 3 dienas trunkančio dusulio ir kairės blauzdos skausmo. Hemoptizės nebuvo. "
        "2018 m. – kairės kojos čiurnos lūžis, gydytas gipsu. Vartojo kombinuotus geriamuosius kontraceptikus "
        "(Yasmin). Motinai – giliųjų venų trombozė. Alergija: penicilinas (dilgėlinė), lateksas (kontaktinis "
        "dermatitas)."
    )
    d.no("conditions", "Hemoptizė", "negated")
    d.no("conditions", "kairės kojos čiurnos lūžis", "historical", "2018")
    d.no("conditions", "giliųjų venų trombozė", "family", "mother")
    d.alg("penicilinas", "dilgėlinė")
    d.alg("lateksas", "kontaktinis dermatitas")
    d.title("Tyrimai", 10.5)
    d.para("KT angiografija: abipusė segmentinių plaučių arterijų tromboembolija, dešiniojo skilvelio perkrovos "
           "požymių nėra. ↑ / ↓ – virš / žemiau referentinių ribų.", 9)
    d1, d2 = "2026-01-09", "2026-01-15"
    rows = [
        ("D-dimerai", ["D-dimer"], "mg/l FEU", "< 0,5", None, 0.5, "< 0,5", ["4,82 ↑", "—"]),
        ("Troponinas I (didelio jautrumo)", ["High-sensitivity troponin I"], "ng/l", "< 16", None, 16.0, "< 16",
         ["38 ↑", "6"]),
        ("NT-proBNP", [], "ng/l", "< 125", None, 125.0, "< 125", ["1 120 ↑", "310 ↑"]),
        ("Hemoglobinas", ["Haemoglobin"], "g/l", "120 – 155", 120.0, 155.0, None, ["128", "121"]),
        ("Trombocitai", ["Platelets"], "×10⁹/l", "150 – 400", 150.0, 400.0, None, ["214", "268"]),
        ("Kreatininas", ["Creatinine"], "µmol/l", "45 – 84", 45.0, 84.0, None, ["82", "76"]),
        ("CRB", ["C-reactive protein"], "mg/l", "< 5", None, 5.0, "< 5", ["24,6 ↑", "6,1 ↑"]),
        ("Kalis", ["Potassium"], "mmol/l", "3,5 – 5,1", 3.5, 5.1, None, ["4,2", "4,4"]),
        ("TTH", ["Thyroid stimulating hormone"], "mU/l", "0,4 – 4,0", 0.4, 4.0, None, ["3,1", "—"]),
    ]
    d.table(
        ["Tyrimas", d.d(d1), d.d(d2), "Vienetai", "Norma"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.6, 1.1, 1.1, 1.1, 1.1],
        size=8.2,
    )
    cumul(d, rows, [d1, d2])
    _thousands(d, "NT-proBNP", " ")
    d.title("Gydymas skyriuje", 10.5)
    d.para("Enoksaparinas (Clexane) 80 mg po oda 2 k./d. 2026-01-09 – 2026-01-11, vėliau pereita prie apiksabano. "
           "Deguonies terapija pirmas 2 paras. Kontraceptikų vartojimas nutrauktas.")
    d.no("medications", "Enoksaparinas", "other", "on the ward before the switch")
    d.title("Būklė išrašant", 10.5)
    d.para("AKS 128/80 mmHg, ŠSD 78 k./min, KD 16 k./min, SpO2 96 %, t° 36,6 °C. Dusulio ramybėje nėra.")
    d.vit("blood_pressure", "128/80", 128.0, 80.0, "mmHg")
    d.vit("heart_rate", "78", 78.0, None, "k./min")
    d.vit("respiratory_rate", "16", 16.0, None, "k./min")
    d.vit("oxygen_saturation", "96", 96.0, None, "%")
    d.vit("temperature", "36,6", 36.6, None, "°C")
    d.title("Rekomendacijos", 10.5)
    d.table(
        ["Vaistas", "Dozė ir vartojimas", "Pastaba"],
        [
            ["Eliquis (apiksabanas) 5 mg", "1 tab. 2 k./d.", "naujas; pradinė dozė 10 mg 2 k./d. baigta"],
            ["Lisinoprilis 10 mg", "1 tab. 1 k./d. ryte", "tęsti"],
            ["Amlodipinas 5 mg", "1 tab. 1 k./d.", "tęsti"],
            ["Euthyrox 75 µg", "1 tab. ryte nevalgius", "tęsti"],
            ["Paracetamolis 500 mg", "pagal poreikį, iki 3 k./d.", "tęsti"],
            ["Yasmin (drospirenonas / etinilestradiolis)", "—", "NUTRAUKTA – nevartoti"],
        ],
        [2.9, 2.2, 2.9],
        size=8.2,
    )
    d.med("Eliquis", "Eliquis", "5", "mg", None, "1 tab. 2 k./d.", "new")
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("Lisinoprilis", None, "10", "mg", None, "1 tab. 1 k./d. ryte")
    d.meds[-1]["aliases"] = ["lisinopril"]
    d.med("Amlodipinas", None, "5", "mg", None, "1 tab. 1 k./d.")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Euthyrox", "Euthyrox", "75", "µg", None, "1 tab. ryte nevalgius")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Paracetamolis", None, "500", "mg", None, "pagal poreikį, iki 3 k./d.")
    d.meds[-1]["aliases"] = ["paracetamol"]
    d.med("Yasmin", "Yasmin", None, None, None, None, "stopped")
    d.meds[-1]["aliases"] = ["drospirenone/ethinylestradiol"]
    d.no("medications", "Yasmin", "stopped", "stopped after the embolism")
    d.para(
        "Antikoaguliacinis gydymas ne trumpiau kaip 3 mėnesius. Nevartoti ibuprofeno ir kitų NVNU kartu su "
        "apiksabanu. Trombofilijos tyrimai – po 3 mėnesių, baigus gydymą. Kontrolė pas šeimos gydytoją po 2 "
        "savaičių."
    )
    d.no("medications", "ibuprofeno", "other", "do not take")
    d.no("labs", "Trombofilijos tyrimai", "planned", "after 3 months")
    d.signature("Gyd. Tomas Stankevičius", "Vidaus ligų gydytojas", hand=False)
    return d


# ---------------------------------------------------------------------------- 15 Louisville
@document
def d15():
    d = Doc(
        15,
        "louisville_cellulitis_discharge_scan",
        "United States (Kentucky, Louisville)",
        "discharge_summary",
        "discharge summary (left leg cellulitis with sepsis, 2 pages, admission / discharge labs with H / L, cultures, "
        "ward-only antibiotics, new, held and stopped medicines, vaccine given before discharge, declined vaccine, "
        "handwritten notes, scanned)",
        "m/d/Y",
        ext="pdf",
        scan={"dpi": 150, "angle": -1.4},
        size=letter,
    )
    d.letterhead(
        "Ohio Valley Medical Center",
        ["Hospital Medicine Service", "4400 Preston Hwy, Louisville, KY 40213 - (502) 555-0190"],
        right=["DISCHARGE SUMMARY", "Acct 7720451 - MRN 00981246"],
        size=14,
        color=(0.1, 0.1, 0.4),
    )
    d.kv(
        [
            ("Patient:", "Raymond E. Cothran"),
            ("DOB:", "07/22/1966"),
            ("Admitted:", "01/05/2026"),
            ("Discharged:", "01/09/2026"),
            ("Attending:", "Priya Raman, MD"),
            ("PCP:", "Gregory Hale, MD"),
        ],
        lw=70,
    )
    d.run_header = "COTHRAN, RAYMOND E. - MRN 00981246 - Discharge Summary - Ohio Valley Medical Center"
    d.title("Discharge Diagnoses", 10.5)
    d.bullets(
        [
            "Cellulitis of left lower extremity (MSSA)",
            "Sepsis due to MSSA cellulitis - resolved",
            "Type 2 diabetes mellitus with hyperglycemia",
            "Chronic kidney disease, stage 3a",
            "Tinea pedis (portal of entry)",
            "Essential hypertension",
        ]
    )
    d.cond("Cellulitis of left lower extremity", "active", None)
    d.no("conditions", "Sepsis", "historical", "resolved")
    d.cond("Type 2 diabetes mellitus with hyperglycemia", "active", None)
    d.cond("Chronic kidney disease, stage 3a", "active", None)
    d.cond("Tinea pedis", "active", None)
    d.cond("Essential hypertension", "active", None)
    d.para("Allergies: Penicillin (hives - tolerated cefazolin this admission); Morphine (itching).")
    d.alg("Penicillin", "hives")
    d.alg("Morphine", "itching")
    d.title("Hospital Course", 10.5)
    d.para(
        "59-year-old man admitted with 3 days of spreading erythema of the left leg, fever to 102.6 F and "
        "tachycardia, meeting sepsis criteria. MRI of the left foot showed no evidence of osteomyelitis. He was "
        "treated with IV vancomycin, narrowed to IV cefazolin once wound culture grew MSSA. Glucose was managed with "
        "basal-bolus insulin; he will go home on glargine. Metformin was held for the creatinine rise, and glipizide "
        "was stopped because of hypoglycemia risk with insulin."
    )
    d.no("conditions", "osteomyelitis", "negated")
    d.no("medications", "vancomycin", "other", "IV on the ward")
    d.no("medications", "cefazolin", "other", "IV on the ward")
    d1, d2 = "2026-01-05", "2026-01-09"
    rows = [
        ("WBC", ["White cell count"], "K/uL", "4.0-10.5", 4.0, 10.5, None, ["18.6 H", "9.2"]),
        ("Hemoglobin", [], "g/dL", "13.5-17.5", 13.5, 17.5, None, ["13.8", "12.9 L"]),
        ("Platelets", [], "K/uL", "150-400", 150.0, 400.0, None, ["412 H", "356"]),
        ("Glucose", [], "mg/dL", "70-99", 70.0, 99.0, None, ["348 H", "162 H"]),
        ("BUN", ["Blood urea nitrogen"], "mg/dL", "7-25", 7.0, 25.0, None, ["32 H", "22"]),
        ("Creatinine", [], "mg/dL", "0.70-1.30", 0.7, 1.3, None, ["1.68 H", "1.31 H"]),
        ("Sodium", [], "mmol/L", "135-145", 135.0, 145.0, None, ["131 L", "137"]),
        ("Lactate", ["Lactic acid"], "mmol/L", "0.5-2.0", 0.5, 2.0, None, ["3.4 H", "-"]),
        ("Procalcitonin", [], "ng/mL", "<0.50", None, 0.5, "<0.50", ["2.80 H", "-"]),
        ("Hemoglobin A1c", ["HbA1c"], "%", "4.0-5.6", 4.0, 5.6, None, ["11.2 H", "-"]),
    ]
    d.title("Labs", 10.5)
    d.table(
        ["Test", "Admission " + d.d(d1), "Discharge " + d.d(d2), "Units", "Ref range"],
        [[r[0], r[7][0], r[7][1], r[2], r[3]] for r in rows],
        [2.0, 1.5, 1.5, 1.0, 1.2],
        size=8.2,
    )
    cumul(d, rows, [d1, d2])
    d.para("Blood cultures x2 (" + d.d(d1) + "): no growth at 5 days. Wound culture (" + d.d(d1) + "): "
           "methicillin-sensitive Staphylococcus aureus (MSSA).", 9)
    d.lab("Blood cultures", "no growth at 5 days", None, None, None, None, None, d1, [], num=None)
    d.lab("Wound culture", "methicillin-sensitive Staphylococcus aureus (MSSA)", None, None, None, None, None, d1, [],
          num=None)
    d.title("Vitals at Discharge", 10.5)
    d.para("BP 134/82 | HR 84 | Temp 98.4 F | RR 16 | SpO2 97% on room air")
    d.vit("blood_pressure", "134/82", 134.0, 82.0, None)
    d.vit("heart_rate", "84", 84.0, None, None)
    d.vit("temperature", "98.4", 98.4, None, "F")
    d.vit("respiratory_rate", "16", 16.0, None, None)
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.title("Discharge Medications", 10.5)
    d.table(
        ["Medication", "Instructions", "Status"],
        [
            ["cephalexin 500 mg capsule", "500 mg PO four times daily x 7 days (last dose 01/16/2026)", "NEW"],
            ["insulin glargine (Lantus) 100 units/mL pen", "20 units subcut at bedtime", "NEW"],
            ["acetaminophen 650 mg ER tablet", "650 mg PO every 6 hours as needed for pain", "NEW"],
            ["lisinopril 20 mg tablet", "20 mg PO daily", "CONTINUE"],
            ["atorvastatin 40 mg tablet", "40 mg PO nightly", "CONTINUE"],
            ["metformin 1000 mg tablet", "1000 mg PO twice daily", "HOLD until BMP 01/13/2026"],
            ["glipizide 10 mg tablet", "-", "STOP"],
        ],
        [2.9, 3.3, 1.8],
        size=8.2,
    )
    d.med("cephalexin", None, "500", "mg", "PO", "four times daily x 7 days", "new")
    d.med("insulin glargine", "Lantus", "20", "units", "subcut", "at bedtime", "new")
    d.med("acetaminophen", None, "650", "mg", "PO", "every 6 hours as needed for pain", "new")
    d.med("lisinopril", None, "20", "mg", "PO", "daily")
    d.med("atorvastatin", None, "40", "mg", "PO", "nightly")
    d.med("metformin", None, "1000", "mg", "PO", "twice daily", "held")
    d.med("glipizide", None, "10", "mg", None, None, "stopped")
    d.no("medications", "metformin", "stopped", "held until BMP")
    d.no("medications", "glipizide", "stopped", "stopped")
    d.title("Immunizations", 10.5)
    d.para("Pneumococcal 20-valent conjugate vaccine (Prevnar 20) given " + d.d("2026-01-08") + " prior to discharge, "
           "lot MK4471. Influenza vaccine offered - patient declined.")
    d.imm("Pneumococcal 20-valent conjugate vaccine", "2026-01-08", None, "MK4471", "Prevnar 20")
    d.no("immunizations", "Influenza vaccine", "other", "declined")
    d.title("Follow-up", 10.5)
    d.para("PCP Gregory Hale, MD on 01/13/2026 with a basic metabolic panel. Podiatry clinic in 2 weeks.")
    d.no("labs", "basic metabolic panel", "planned", "at PCP follow-up")
    d.signature("Priya Raman, MD", "Hospitalist")
    d.hand_line("RN note:", "Pt taught insulin pen, return demo OK. Glucose log given.", 10.5)
    d.hand_line("", "Leg marked - redness receding. Clotrimazole cream to toes BID - new.", 10.5)
    d.med("Clotrimazole cream", None, None, None, None, "BID", "new")
    d.meds[-1]["aliases"] = ["clotrimazole"]
    return d


# ---------------------------------------------------------------------------- 16 Johor
@document
def d16():
    d = Doc(
        16,
        "johor_child_immunisation_record_scan",
        "Johor (Malaysia, Johor Bahru)",
        "immunization_record",
        "child health record (immunisation page, day/month/year stated, birth doses, numbered hexavalent, PCV and MMR "
        "doses, handwritten dates and growth, haemoglobin without a reference, iron syrup prescribed, dewormer given, "
        "vaccine outside the programme and a declined vaccine, next appointments; scanned)",
        "d/m/Y",
        ext="png",
        scan={"dpi": 160, "angle": -2.1},
        lang="Malay",
    )
    d.letterhead(
        "REKOD KESIHATAN BAYI DAN KANAK-KANAK",
        ["Kementerian Kesihatan Malaysia", "Klinik Kesihatan Larkin, Johor Bahru"],
        right=["Buku Rekod Kesihatan", "(0 – 6 tahun)"],
        size=13,
        color=(0.0, 0.25, 0.55),
    )
    d.kv(
        [
            ("Nama:", Hand("Nur Aleesya binti Hafiz")),
            ("Jantina:", Hand("Perempuan")),
            ("Tarikh lahir:", Hand("03/11/2024")),
            ("No. MyKid:", Hand("241103-01-0572")),
            ("Nama ibu:", Hand("Siti Nurhaliza bt Omar")),
            ("Alahan:", Hand("Tiada")),
        ],
        lw=86,
    )
    d.para("Semua tarikh ditulis: hari/bulan/tahun.", 8.5, "B")
    rows = [
        ("BCG", "Lahir", "2024-11-03", None, "BCG"),
        ("Hepatitis B dos 1", "Lahir", "2024-11-03", 1, "Hepatitis B"),
        ("DTaP-IPV-Hib-HepB (heksavalen) dos 1", "2 bulan", "2025-01-06", 1, "DTaP-IPV-Hib-HepB (heksavalen)"),
        ("DTaP-IPV-Hib-HepB (heksavalen) dos 2", "3 bulan", "2025-02-03", 2, "DTaP-IPV-Hib-HepB (heksavalen)"),
        ("PCV dos 1", "4 bulan", "2025-03-10", 1, "PCV"),
        ("DTaP-IPV-Hib-HepB (heksavalen) dos 3", "5 bulan", "2025-04-14", 3, "DTaP-IPV-Hib-HepB (heksavalen)"),
        ("PCV dos 2", "6 bulan", "2025-05-05", 2, "PCV"),
        ("MMR dos 1", "9 bulan", "2025-08-11", 1, "MMR"),
        ("MMR dos 2", "12 bulan", "2025-11-17", 2, "MMR"),
    ]
    tab = []
    for vac, age, iso, n, name in rows:
        tab.append([vac, age, Hand(d.d(iso)), ""])
        d.imm(name, iso, n, None, None, amb=_amb(d.style, iso))
    tab.append(["PCV dos 3 (penggalak)", "15 bulan", "", Hand("09/02/2026")])
    tab.append(["DTaP-IPV-Hib (dos 4)", "18 bulan", "", Hand("04/05/2026")])
    tab.append(["Rotavirus", "—", Hand("tidak dalam program kebangsaan"), ""])
    tab.append(["Influenza (tambahan)", "—", Hand("ditawarkan – ibu bapa menolak"), ""])
    d.title("IMUNISASI", 10.5)
    d.table(["Vaksin", "Umur", "Tarikh diberi", "Temujanji"], tab, [3.0, 1.1, 2.3, 1.4], size=8.2)
    d.no("immunizations", "Rotavirus", "other", "not in the national programme")
    d.no("immunizations", "Influenza (tambahan)", "other", "offered, parents declined")
    d.title("Lawatan hari ini", 10.5)
    d.hand_line("Tarikh:", d.d("2026-01-19") + "   Umur: 14 bulan", 10.5)
    d.hand_line("Berat:", "9.6 kg   Panjang: 76 cm   Lilitan kepala: 46 cm", 10.5)
    d.vit("weight", "9.6", 9.6, None, "kg")
    d.vit("height", "76", 76.0, None, "cm")
    d.hand_line("Hb:", "10.3 g/dL (ujian pantas)", 10.5)
    d.lab("Hb", "10.3", "g/dL", None, None, None, None, "2026-01-19", ["Haemoglobin"])
    d.hand_line("Diagnosis:", "Anemia ringan; ekzema atopik di pipi", 10.5)
    d.cond("Anemia ringan", "active", None, ["mild anaemia"])
    d.cond("ekzema atopik", "active", None, ["atopic eczema"])
    d.hand_line("Rawatan:", "Sirap ferum 2.5 ml sehari sekali x 1 bulan (baru)", 10.5)
    d.med("Sirap ferum", None, "2.5", "ml", None, "sehari sekali x 1 bulan", "new")
    d.meds[-1]["aliases"] = ["iron syrup"]
    d.hand_line("", "Albendazole 200 mg dos tunggal – diberi di klinik hari ini", 10.5)
    d.no("medications", "Albendazole", "other", "single dose at the clinic")
    d.hand_line("Jururawat:", "SN Farah Wahida", 10.5)
    return d


# ---------------------------------------------------------------------------- 17 Reykjavik
@document
def d17():
    d = Doc(
        17,
        "reykjavik_vaccination_registry",
        "Capital Region (Iceland, Reykjavík)",
        "immunization_record",
        "national vaccination registry print (travel and adult vaccines, numbered, booster, single and seasonal "
        "doses, two antibody results with an immunity reference, contraindicated, not-needed, recommended and "
        "declined vaccines)",
        "j.n.Y",
        lang="Icelandic",
        comma=True,
    )
    d.letterhead(
        "Embætti landlæknis – Sóttvarnalæknir",
        ["Bólusetningagrunnur – útprentun úr Heilsuveru", "Katrínartúni 2, 105 Reykjavík"],
        right=["BÓLUSETNINGASKRÁ", "Prentað 20.1.2026"],
        size=12.5,
        color=(0.0, 0.25, 0.5),
    )
    d.kv(
        [
            ("Nafn:", "Gunnar Þór Sigurðsson"),
            ("Kennitala:", "140873-3319"),
            ("Heilsugæsla:", "Heilsugæslan Hlíðum"),
        ],
        lw=84,
    )
    d.title("Skráðar bólusetningar", 10.5)
    rows = [
        ("Twinrix Adult", "Lifrarbólga A og B", "1. skammtur", "2025-03-04", "AHABC812AA", 1, "Lifrarbólga A og B"),
        ("Rabipur", "Hundaæði", "1. skammtur", "2025-03-04", "5221R3", 1, "Hundaæði"),
        ("Typhim Vi", "Taugaveiki", "stakur skammtur", "2025-03-04", "X3C241", None, "Taugaveiki"),
        ("Rabipur", "Hundaæði", "2. skammtur", "2025-03-11", "5221R3", 2, "Hundaæði"),
        ("Twinrix Adult", "Lifrarbólga A og B", "2. skammtur", "2025-04-02", "AHABC812AA", 2, "Lifrarbólga A og B"),
        ("Twinrix Adult", "Lifrarbólga A og B", "3. skammtur", "2025-09-18", "AHABC977AB", 3, "Lifrarbólga A og B"),
        ("Boostrix", "Barnaveiki, stífkrampi, kíghósti", "örvunarskammtur", "2024-05-07", "AC37B512", None,
         "Barnaveiki, stífkrampi, kíghósti"),
        ("Vaxigrip Tetra", "Inflúensa", "árstíðabundin 2025/26", "2025-10-21", "X2F63", None, "Inflúensa"),
        ("Comirnaty LP.8.1", "COVID-19", "örvunarskammtur", "2025-10-21", "HG4417", None, "COVID-19"),
    ]
    tab = []
    for brand, dis, dose, iso, lot, n, name in rows:
        tab.append([brand, dis, dose, d.d(iso), lot])
        d.imm(brand, iso, n, lot, brand, amb=_amb(d.style, iso))
        d.imms[-1]["aliases"] = [name]
    d.table(["Bóluefni", "Sjúkdómur", "Skammtur", "Dags.", "Lotunúmer"], tab, [1.7, 2.6, 1.7, 1.0, 1.2], size=8.2)
    d.title("Ekki gefið / ráðleggingar", 10.5)
    d.table(
        ["Bóluefni", "Sjúkdómur", "Athugasemd"],
        [
            ["Stamaril", "Gulusótt", "Ekki gefið – frábending (ónæmisbælandi meðferð)"],
            ["Priorix", "Mislingar, hettusótt, rauðir hundar", "Ekki þörf – hefur fengið mislinga (staðfest með "
             "mótefnamælingu)"],
            ["Shingrix", "Ristill", "Ráðlagt – ekki gefið enn"],
            ["Prevenar 20", "Pneumókokkar", "Boðið – einstaklingur afþakkaði"],
        ],
        [1.5, 2.6, 4.0],
        size=8.2,
    )
    d.no("immunizations", "Stamaril", "other", "contraindicated")
    d.no("immunizations", "Priorix", "other", "not needed, had measles")
    d.no("conditions", "hefur fengið mislinga", "historical", "past measles")
    d.no("immunizations", "Shingrix", "due", "recommended, not yet given")
    d.no("immunizations", "Prevenar 20", "other", "declined")
    d.title("Mótefnamælingar", 10.5)
    d.table(
        ["Mæling", "Niðurstaða", "Viðmið", "Dags."],
        [
            ["Mislingamótefni IgG", "Jákvætt", "Jákvætt = ónæmi", d.d("2025-02-12")],
            ["Anti-HBs", "340 IU/L", "≥ 10 IU/L = vernd", d.d("2025-11-03")],
        ],
        [2.5, 1.5, 2.2, 1.2],
        size=8.2,
    )
    d.lab("Mislingamótefni IgG", "Jákvætt", None, None, None, "Jákvætt = ónæmi", "normal", "2025-02-12",
          ["Measles IgG"], num=None)
    d.lab("Anti-HBs", "340", "IU/L", 10.0, None, "≥ 10 IU/L = vernd", "normal", "2025-11-03",
          ["Hepatitis B surface antibody"])
    d.para("Bólusetningar skráðar af: Heilsugæslan Hlíðum og Ferðavernd – göngudeild sóttvarna. Dagsetningar eru "
           "skráðar sem dagur.mánuður.ár.", 8)
    return d


# ---------------------------------------------------------------------------- 18 Sacramento
@document
def d18():
    d = Doc(
        18,
        "sacramento_cair_immunization_record",
        "United States (California, Sacramento)",
        "immunization_record",
        "state immunization registry print (CAIR2 patient immunization record for a 12-year-old: vaccine groups as "
        "rows with dose dates in numbered columns, seasonal dose, adolescent doses given the same day, forecast with "
        "a dose due for a vaccine in the record, not-yet-due and declined vaccines)",
        "m/d/Y",
        size=letter,
    )
    d.letterhead(
        "California Immunization Registry (CAIR2)",
        ["Patient Immunization Record - Official copy", "Printed by: Oak Park Pediatrics, Sacramento, CA 95817"],
        right=["Printed 01/23/2026", "CAIR ID 11874552"],
        size=13,
        color=(0.0, 0.3, 0.5),
    )
    d.kv(
        [
            ("Patient:", "MENDOZA, SOFIA RENEE"),
            ("DOB:", "03/15/2013"),
            ("Gender:", "F"),
            ("Mother's first name:", "Adriana"),
            ("CAIR ID:", "11874552"),
            ("Exemption on file:", "None"),
        ],
        lw=116,
    )
    d.para("All dates are month/day/year.", 8.5, "B")
    groups = [
        ("DTaP", [("DTaP", "05/20/2013"), ("DTaP", "07/22/2013"), ("DTaP", "09/23/2013"),
                  ("DTaP", "06/16/2014"), ("DTaP", "04/05/2018")]),
        ("Tdap/Td", [("Tdap", "09/02/2025")]),
        ("Polio", [("IPV", "05/20/2013"), ("IPV", "07/22/2013"), ("IPV", "03/17/2014"), ("IPV", "04/05/2018")]),
        ("Hep B", [("HepB", "03/16/2013"), ("HepB", "05/20/2013"), ("HepB", "03/17/2014")]),
        ("Hib", [("Hib (PRP-OMP)", "05/20/2013"), ("Hib (PRP-OMP)", "07/22/2013"), ("Hib (PRP-OMP)", "06/16/2014")]),
        ("MMR", [("MMR", "03/17/2014"), ("MMR", "04/05/2018")]),
        ("Varicella", [("VAR", "03/17/2014"), ("VAR", "04/05/2018")]),
        ("Hep A", [("HepA", "03/17/2014"), ("HepA", "09/15/2014")]),
        ("HPV", [("HPV9", "09/02/2025")]),
        ("Meningococcal ACWY", [("MenACWY-CRM", "09/02/2025")]),
    ]
    tab = []
    for grp, doses in groups:
        cells = [grp]
        counter = {}
        for vac, us in doses:
            m, dd, y = us.split("/")
            iso = f"{y}-{m}-{dd}"
            cells.append(f"{vac} {us}")
            counter[vac] = counter.get(vac, 0) + 1
            d.imm(vac, iso, counter[vac])
        cells += [""] * (6 - len(cells))
        tab.append(cells)
    d.title("Immunization History", 10.5)
    d.table(["Vaccine group", "Dose 1", "Dose 2", "Dose 3", "Dose 4", "Dose 5"], tab,
            [1.6, 1.3, 1.3, 1.3, 1.3, 1.3], size=7.4)
    d.table(["Vaccine group", "Vaccine", "Date given", "Dose"],
            [["Influenza", "Influenza, IIV4 PF (Flucelvax)", "10/08/2025", "Seasonal"]], [1.6, 3.0, 1.3, 1.3], size=7.8)
    d.imm("Influenza, IIV4 PF", "2025-10-08", None, None, "Flucelvax")
    d.title("Recommendations (forecast as of 01/23/2026)", 10.5)
    d.table(
        ["Vaccine group", "Status", "Recommended date"],
        [
            ["HPV", "Dose 2 due", "03/02/2026"],
            ["Meningococcal ACWY", "Dose 2 not yet due (age 16)", "03/15/2029"],
            ["Meningococcal B", "Not yet due (age 16, shared clinical decision)", "03/15/2029"],
            ["COVID-19 (2025-2026)", "Parent declined 10/08/2025", "-"],
            ["Influenza", "Complete for season", "-"],
        ],
        [1.9, 3.6, 1.6],
        size=7.8,
    )
    d.no("immunizations", "Meningococcal B", "due", "not yet due, age 16")
    d.no("immunizations", "COVID-19 (2025-2026)", "other", "parent declined")
    d.para("This record is valid for school and child care entry in California (7th grade Tdap requirement met "
           "09/02/2025). Source: CAIR2 and provider-reported doses.", 8)
    return d


# ---------------------------------------------------------------------------- 19 Konya
@document
def d19():
    d = Doc(
        19,
        "konya_prescription_scan",
        "Konya Province (Türkiye)",
        "prescription",
        "family health centre e-prescription print with handwritten visit notes (Turkish; diagnoses with ICD-10 "
        "codes, brand names in capitals, increased and new medicines, stopped medicine with its reason, painkillers "
        "not to take, handwritten vitals and results without references, test for the next visit; scanned)",
        "d.m.Y",
        ext="jpg",
        scan={"dpi": 160, "angle": 2.3},
        lang="Turkish",
        comma=True,
    )
    d.letterhead(
        "T.C. Sağlık Bakanlığı – Meram 7 Nolu Aile Sağlığı Merkezi",
        ["Yenice Mah. Hacı Şaban Cad. No: 18, 42090 Meram / Konya", "Tel: 0332 351 24 60"],
        right=["E-REÇETE", "Reçete No: 3K8V2LQ"],
        size=11.5,
        color=(0.6, 0.05, 0.05),
    )
    d.kv(
        [
            ("Hasta:", "Mehmet Ali Yıldız"),
            ("T.C. Kimlik No:", "3841*****52"),
            ("Tarih:", "14.01.2026"),
            ("Hekim:", "Dr. Zeynep Aksoy – Aile Hekimi"),
            ("Reçete türü:", "Normal"),
            ("Protokol:", "2026/0188"),
        ],
        lw=92,
    )
    d.title("Tanı", 10.5)
    d.table(
        None,
        [
            ["I10", "Esansiyel (primer) hipertansiyon"],
            ["E11.9", "Tip 2 diabetes mellitus, komplikasyonsuz"],
            ["E78.5", "Hiperlipidemi"],
        ],
        [0.8, 6],
        size=8.6,
        head_fill=None,
        grid=False,
    )
    d.cond("Esansiyel (primer) hipertansiyon", "active", "I10", ["essential hypertension"])
    d.cond("Tip 2 diabetes mellitus, komplikasyonsuz", "active", "E11.9", ["type 2 diabetes mellitus"])
    d.cond("Hiperlipidemi", "active", "E78.5", ["hyperlipidaemia"])
    d.title("İlaçlar", 10.5)
    d.table(
        ["İlaç adı", "Doz", "Kullanım şekli", "Periyot", "Kutu", "Açıklama"],
        [
            ["BELOC ZOK 50 MG 20 TABLET", "1x1", "Ağızdan", "Günde", "2", ""],
            ["GLIFOR 1000 MG 100 FILM TABLET", "2x1", "Ağızdan", "Günde", "1", "tok karnına"],
            ["DIAMICRON MR 60 MG 30 TABLET", "1x1", "Ağızdan", "Günde", "1", "doz artırıldı (önceki 30 mg)"],
            ["ATOR 20 MG 90 FILM TABLET", "1x1", "Ağızdan", "Günde", "1", "yeni – akşam"],
            ["CORASPIN 100 MG 30 TABLET", "1x1", "Ağızdan", "Günde", "3", "öğle yemeğinden sonra"],
        ],
        [3.0, 0.6, 1.0, 0.8, 0.6, 2.3],
        size=7.8,
    )
    d.med("BELOC ZOK", "BELOC ZOK", "50", "MG", "Ağızdan", "1x1")
    d.meds[-1]["aliases"] = ["metoprolol succinate"]
    d.med("GLIFOR", "GLIFOR", "1000", "MG", "Ağızdan", "2x1")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("DIAMICRON MR", "DIAMICRON MR", "60", "MG", "Ağızdan", "1x1", "changed")
    d.meds[-1]["aliases"] = ["gliclazide"]
    d.med("ATOR", "ATOR", "20", "MG", "Ağızdan", "1x1", "new")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("CORASPIN", "CORASPIN", "100", "MG", "Ağızdan", "1x1")
    d.meds[-1]["aliases"] = ["acetylsalicylic acid"]
    d.title("Muayene notu (el yazısı)", 10.5)
    d.hand_line("TA:", "150/90 mmHg   Nabız: 64/dk   Kilo: 92 kg   Boy: 1,74 m", 10.5)
    d.vit("blood_pressure", "150/90", 150.0, 90.0, "mmHg")
    d.vit("heart_rate", "64", 64.0, None, "/dk")
    d.vit("weight", "92", 92.0, None, "kg")
    d.vit("height", "1,74", 1.74, None, "m")
    d.hand_line("Tahlil " + d.d("2026-01-12") + ":", "AKŞ 168 mg/dl, HbA1c %8,1, LDL 162 mg/dl, Kreatinin 0,9", 10.5)
    iso = "2026-01-12"
    d.lab("AKŞ", "168", "mg/dl", None, None, None, None, iso, ["Fasting blood glucose"])
    d.lab("HbA1c", "8,1", "%", None, None, None, None, iso)
    d.lab("LDL", "162", "mg/dl", None, None, None, None, iso, ["LDL cholesterol"])
    d.lab("Kreatinin", "0,9", None, None, None, None, None, iso, ["Creatinine"])
    d.hand_line("Alerji:", "Penisilin (döküntü)", 10.5)
    d.alg("Penisilin", "döküntü")
    d.hand_line("Not:", "Dideral 40 mg kesildi – bradikardi (nabız 48) nedeniyle, Beloc Zok'a geçildi.", 10.5)
    d.med("Dideral", "Dideral", "40", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["propranolol"]
    d.no("medications", "Dideral", "stopped", "stopped for bradycardia")
    d.no("conditions", "bradikardi", "historical", "reason for stopping Dideral")
    d.hand_line("", "Apranax, Arveles gibi ağrı kesicileri kullanmayınız.", 10.5)
    d.no("medications", "Apranax", "other", "do not take")
    d.no("medications", "Arveles", "other", "do not take")
    d.hand_line("Kontrol:", "1 ay sonra; idrarda mikroalbümin istenecek.", 10.5)
    d.no("labs", "mikroalbümin", "planned", "at the next visit")
    d.hand_line("", "Dr. Z. Aksoy", 12)
    return d


# ---------------------------------------------------------------------------- 20 Tarragona
@document
def d20():
    d = Doc(
        20,
        "tarragona_medication_plan",
        "Tarragona (Catalonia, Spain)",
        "prescription",
        "primary care medication plan print (Catalan; Esmorzar / Dinar / Sopar / Nit columns, as-needed and "
        "fortnightly lines, temporarily suspended and withdrawn medicines with reasons, planned start, allergies, "
        "active problems, registered potassium and eGFR, nurse's handwritten review note)",
        "d/m/Y",
        lang="Catalan",
        comma=True,
    )
    d.letterhead(
        "CAP Tarragona-2 Sant Pere i Sant Pau",
        ["Institut Català de la Salut – Carrer de Pere Martell, 23, 43005 Tarragona", "Tel. 977 24 10 20"],
        right=["PLA DE MEDICACIÓ", "Imprès el 21/01/2026"],
        size=11.5,
        color=(0.55, 0.0, 0.1),
    )
    d.kv(
        [
            ("Pacient:", "Montserrat Vidal Ferré"),
            ("CIP:", "VIFE0470215003"),
            ("Data de naixement:", "15/02/1947"),
            ("Metge/essa:", "Dr. Jordi Sabaté Pons"),
        ],
        lw=112,
    )
    side_by_side(
        d,
        lambda: (d.title("Problemes de salut actius", 10), d.bullets(
            ["Insuficiència cardíaca", "Fibril·lació auricular", "Malaltia renal crònica estadi 4", "Osteoporosi"],
            size=8.8)),
        lambda: (d.title("Al·lèrgies i intoleràncies", 10), d.bullets(
            ["Penicil·lines – angioedema", "Contrast iodat – erupció cutània"], size=8.8)),
        need=90,
    )
    d.cond("Insuficiència cardíaca", "active", None, ["heart failure"])
    d.cond("Fibril·lació auricular", "active", None, ["atrial fibrillation"])
    d.cond("Malaltia renal crònica estadi 4", "active", None, ["chronic kidney disease stage 4"])
    d.cond("Osteoporosi", "active", None, ["osteoporosis"])
    d.alg("Penicil·lines", "angioedema")
    d.alg("Contrast iodat", "erupció cutània")
    d.title("Medicació activa", 10.5)
    d.table(
        ["Medicament", "Esmorzar", "Dinar", "Sopar", "Nit", "Observacions"],
        [
            ["ELIQUIS 2,5 mg comprimits", "1", "", "1", "", "anticoagulant"],
            ["FUROSEMIDA CINFA 40 mg comprimits", "1", "", "", "", ""],
            ["BISOPROLOL 5 mg comprimits", "1", "", "", "", ""],
            ["OMEPRAZOL 20 mg càpsules", "1", "", "", "", "protector d'estómac"],
            ["LORAZEPAM 1 mg comprimits", "", "", "", "1", ""],
            ["HIDROFEROL 0,266 mg càpsules", "", "", "", "", "1 càpsula cada 15 dies"],
            ["PARACETAMOL 1 g comprimits", "", "", "", "", "si cal, màxim 3 al dia"],
        ],
        [3.1, 0.9, 0.7, 0.7, 0.6, 2.3],
        size=8,
    )
    d.med("ELIQUIS", "ELIQUIS", "2,5", "mg", None, None)
    d.meds[-1]["aliases"] = ["apixaban"]
    d.med("FUROSEMIDA", None, "40", "mg", None, None)
    d.meds[-1]["aliases"] = ["furosemide"]
    d.med("BISOPROLOL", None, "5", "mg", None, None)
    d.med("OMEPRAZOL", None, "20", "mg", None, None)
    d.meds[-1]["aliases"] = ["omeprazole"]
    d.med("LORAZEPAM", None, "1", "mg", None, None)
    d.med("HIDROFEROL", "HIDROFEROL", "0,266", "mg", None, "1 càpsula cada 15 dies")
    d.meds[-1]["aliases"] = ["calcifediol"]
    d.med("PARACETAMOL", None, "1", "g", None, "si cal, màxim 3 al dia")
    d.title("Medicació suspesa", 10.5)
    d.table(
        ["Medicament", "Estat", "Motiu"],
        [
            ["ESPIRONOLACTONA 25 mg comprimits", "Temporalment suspès fins al control de potassi",
             "hiperpotassèmia"],
            ["METFORMINA 850 mg comprimits", "Suspès el 10/12/2025", "FG < 30"],
            ["SIMVASTATINA 20 mg comprimits", "Suspès el 05/09/2025", "miàlgies"],
        ],
        [2.8, 3.0, 1.8],
        size=8,
    )
    d.med("ESPIRONOLACTONA", None, "25", "mg", None, None, "held")
    d.meds[-1]["aliases"] = ["spironolactone"]
    d.med("METFORMINA", None, "850", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("SIMVASTATINA", None, "20", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["simvastatin"]
    d.no("medications", "ESPIRONOLACTONA", "stopped", "temporarily suspended until potassium check")
    d.no("medications", "METFORMINA", "stopped", "suspended 10/12/2025")
    d.no("medications", "SIMVASTATINA", "stopped", "suspended for myalgia")
    d.no("conditions", "miàlgies", "historical", "reason for stopping simvastatin")
    d.title("Pendent d'iniciar", 10.5)
    d.para("FORXIGA 10 mg: iniciar després de la revisió a Nefrologia (Hospital Joan XXIII).")
    d.no("medications", "FORXIGA", "planned", "after the nephrology review")
    d.title("Dades registrades", 10.5)
    iso = "2026-01-08"
    d.para("Potassi: 5,7 mmol/L (" + d.d(iso) + ").   FG (CKD-EPI): 27 ml/min/1,73 m² (" + d.d(iso) + ").")
    d.lab("Potassi", "5,7", "mmol/L", None, None, None, None, iso, ["Potassium"])
    d.lab("FG (CKD-EPI)", "27", "ml/min/1,73 m²", None, None, None, None, iso, ["eGFR"])
    d.para("Porti sempre aquest full a les visites i a la farmàcia. Revisió de la medicació: cada 6 mesos.", 8)
    d.hand_line("Revisat amb la pacient:", "inf. Laia Roig – 21/01/2026", 11)
    return d


# ---------------------------------------------------------------------------- 21 Coimbra
@document
def d21():
    d = Doc(
        21,
        "coimbra_preanaesthesia_questionnaire",
        "Coimbra District (Portugal)",
        "medical_record",
        "pre-anaesthesia questionnaire in European Portuguese (tick boxes sim / não marked with ticks, handwritten "
        "medicines with held and stopped drugs, tetanus vaccine without an exact date, anaesthetist's section with "
        "vitals and bloods)",
        "d/m/Y",
        lang="Portuguese (Portugal)",
        comma=True,
    )
    d.letterhead(
        "Unidade Local de Saúde de Coimbra",
        ["Serviço de Anestesiologia – Praceta Prof. Mota Pinto, 3004-561 Coimbra", "Tel. 239 400 400"],
        right=["CONSULTA DE ANESTESIA", "Questionário pré-anestésico"],
        size=13,
        color=(0.0, 0.35, 0.35),
    )
    d.kv(
        [
            ("Nome:", Hand("António Manuel Ferreira Lopes")),
            ("Data de nascimento:", Hand("08/06/1959")),
            ("N.º de utente:", Hand("283 441 905")),
            ("Cirurgia proposta:", Hand("Artroplastia total do joelho esquerdo (gonartrose)")),
            ("Data da consulta:", Hand("20/01/2026")),
        ],
        cols=1,
        lw=124,
    )
    d.cond("gonartrose", "active", None, ["osteoarthritis of the knee"])
    d.para("Assinale com uma cruz ou um visto a resposta certa e explique quando necessário.", 8.5)
    d.title("Tem ou já teve alguma destas doenças?", 10)
    d.checks(
        [
            ("Hipertensão arterial (tensão alta)", "Y", "há 10 anos"),
            ("Doença do coração (enfarte, angina, arritmia)", "Y", "fibrilhação auricular"),
            ("Asma / bronquite / DPOC", "N", ""),
            ("Diabetes", "Y", "tipo 2, comprimidos e caneta"),
            ("Doença renal", "N", ""),
            ("Apneia do sono", "Y", "usa CPAP"),
            ("AVC / trombose cerebral", "Y", "2017, sem sequelas"),
            ("Problemas com anestesias (o próprio ou familiares)", "Y", "mãe: náuseas e vómitos graves"),
        ],
        qw=0.46,
        labels=("Sim", "Não", "Observações"),
    )
    d.cond("Hipertensão arterial", "active", None, ["hypertension"])
    d.cond("fibrilhação auricular", "active", None, ["atrial fibrillation"])
    d.no("conditions", "Asma / bronquite / DPOC", "checkbox_no")
    d.cond("Diabetes", "active", None, ["type 2 diabetes mellitus"])
    d.no("conditions", "Doença renal", "checkbox_no")
    d.cond("Apneia do sono", "active", None, ["sleep apnoea"])
    d.no("conditions", "AVC", "historical", "2017, no sequelae")
    d.no("conditions", "náuseas e vómitos graves", "family", "mother, after anaesthesia")
    d.title("Alergias", 10)
    d.checks(
        [("A medicamentos ou produtos (iodo, adesivos…)", "Y", "iodo – inchaço da cara"), ("Ao látex", "N", "")],
        qw=0.46,
        labels=("Sim", "Não", "Qual? Que reação?"),
    )
    d.alg("iodo", "inchaço da cara")
    d.no("allergies", "látex", "checkbox_no")
    d.title("Medicamentos que toma (nome, dose, quantas vezes por dia)", 10)
    d.hand_line("1.", "Xarelto 20 mg 1 ao jantar – suspender 3 dias antes", 10.5)
    d.hand_line("2.", "Risidon 1000 mg 2x/dia – não tomar no dia da cirurgia", 10.5)
    d.hand_line("3.", "Coversyl 5 mg 1 de manhã", 10.5)
    d.hand_line("4.", "Bisoprolol 5 mg 1 de manhã – não suspender", 10.5)
    d.hand_line("5.", "Atorvastatina 20 mg 1 ao deitar", 10.5)
    d.hand_line("6.", "Victoza 1,2 mg 1x/dia (caneta)", 10.5)
    d.hand_line("Deixou de tomar:", "Aspirina 100 mg – parou em 2023 (passou para Xarelto)", 10.5)
    d.med("Xarelto", "Xarelto", "20", "mg", None, "1 ao jantar", "held")
    d.meds[-1]["aliases"] = ["rivaroxaban"]
    d.med("Risidon", "Risidon", "1000", "mg", None, "2x/dia", "held")
    d.meds[-1]["aliases"] = ["metformin"]
    d.med("Coversyl", "Coversyl", "5", "mg", None, "1 de manhã")
    d.meds[-1]["aliases"] = ["perindopril"]
    d.med("Bisoprolol", None, "5", "mg", None, "1 de manhã")
    d.med("Atorvastatina", None, "20", "mg", None, "1 ao deitar")
    d.meds[-1]["aliases"] = ["atorvastatin"]
    d.med("Victoza", "Victoza", "1,2", "mg", None, "1x/dia")
    d.meds[-1]["aliases"] = ["liraglutide"]
    d.med("Aspirina", None, "100", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["aspirin"]
    d.no("medications", "Xarelto", "stopped", "stop 3 days before surgery")
    d.no("medications", "Risidon", "stopped", "not on the day of surgery")
    d.no("medications", "Aspirina", "stopped", "stopped 2023")
    d.checks([("Vacina do tétano nos últimos 10 anos", "Y", "2021 – não sabe a data")],
             qw=0.46, labels=("Sim", "Não", ""))
    d.imm("Vacina do tétano", None, None, None, None)
    d.imms[-1]["aliases"] = ["tetanus vaccine"]
    d.title("A preencher pelo anestesista", 10)
    d.kv(
        [
            ("TA:", Hand("142/84 mmHg")),
            ("FC:", Hand("68 bpm")),
            ("SpO2:", Hand("95 %")),
            ("Peso:", Hand("96 kg")),
            ("Altura:", Hand("1,72 m")),
            ("IMC:", Hand("32,4")),
        ],
        cols=3,
        lw=46,
    )
    d.vit("blood_pressure", "142/84", 142.0, 84.0, "mmHg")
    d.vit("heart_rate", "68", 68.0, None, "bpm")
    d.vit("oxygen_saturation", "95", 95.0, None, "%")
    d.vit("weight", "96", 96.0, None, "kg")
    d.vit("height", "1,72", 1.72, None, "m")
    d.vit("bmi", "32,4", 32.4, None, None)
    iso = "2026-01-13"
    d.hand_line("Análises " + d.d(iso) + ":", "Hb 14,1 g/dl  Plaquetas 212 x10⁹/L  INR 1,1", 10.5)
    d.hand_line("", "Creatinina 1,02 mg/dl  Glicemia 138 mg/dl", 10.5)
    d.lab("Hb", "14,1", "g/dl", None, None, None, None, iso, ["Haemoglobin"])
    d.lab("Plaquetas", "212", "x10⁹/L", None, None, None, None, iso, ["Platelets"])
    d.lab("INR", "1,1", None, None, None, None, None, iso)
    d.lab("Creatinina", "1,02", "mg/dl", None, None, None, None, iso, ["Creatinine"])
    d.lab("Glicemia", "138", "mg/dl", None, None, None, None, iso, ["Glucose"])
    d.hand_line("ASA:", "III – bloqueio do canal adutor + raquianestesia", 10.5)
    d.hand_line("Anestesista:", "Dra. Inês Carvalho", 10.5)
    return d


# ---------------------------------------------------------------------------- 22 Galway
@document
def d22():
    d = Doc(
        22,
        "galway_new_patient_questionnaire",
        "Ireland (County Galway)",
        "medical_record",
        "new patient health questionnaire completed online and printed (typed ☒ / ☐ answers, typed family-history "
        "grid, medicines table with a stopped drug, flu vaccine without an exact date, handwritten practice nurse's "
        "section with vitals and a screening test due)",
        "d/m/Y",
    )
    d.letterhead(
        "Claddagh Family Practice",
        ["Fr. Griffin Road, Galway H91 E2X4", "Tel 091 583 210 – GMS / private patients"],
        right=["NEW PATIENT REGISTRATION", "Health questionnaire – submitted 12/01/2026 19:40"],
        size=13,
        color=(0.0, 0.4, 0.2),
    )
    d.kv(
        [
            ("Name:", "Aoife Bernadette Ní Fhlatharta"),
            ("Date of birth:", "27/09/1990"),
            ("PPSN:", "7712908QA"),
            ("Previous GP:", "Dr M. Keane, Castlebar, Co. Mayo"),
        ],
        cols=1,
        lw=96,
    )
    d.run_header = "Aoife B. Ní Fhlatharta - DOB 27/09/1990 - new patient questionnaire (online form)"
    d.title("1. Have you ever been told you have:", 10)
    typed_checks(
        d,
        [
            ("High blood pressure", "N", ""),
            ("Asthma", "Y", "Since childhood - uses inhalers"),
            ("Diabetes", "N", ""),
            ("Underactive thyroid", "Y", "On Eltroxin since 2020"),
            ("Depression / anxiety", "Y", "Postnatal depression 2021 - resolved, no treatment now"),
            ("Migraine", "Y", "Migraine with aura, about twice a month"),
            ("Irritable bowel syndrome (IBS)", "Y", "Mostly diarrhoea, managed with diet"),
        ],
    )
    d.no("conditions", "High blood pressure", "checkbox_no")
    d.cond("Asthma", "active")
    d.no("conditions", "Diabetes", "checkbox_no")
    d.cond("Underactive thyroid", "active", None, ["hypothyroidism"])
    d.no("conditions", "Postnatal depression", "historical", "2021, resolved")
    d.cond("Migraine with aura", "active")
    d.cond("Irritable bowel syndrome (IBS)", "active")
    d.title("2. Allergies", 10)
    typed_checks(
        d,
        [
            ("Allergy to any medicine or dressing?", "Y", "Penicillin - rash; Elastoplast - skin blisters"),
        ],
    )
    d.alg("Penicillin", "rash")
    d.alg("Elastoplast", "skin blisters")
    d.title("3. Medicines you take now (name, strength, how often)", 10)
    d.table(
        ["Medicine", "Strength", "How often"],
        [
            ["Symbicort Turbohaler", "200/6", "1 puff twice a day"],
            ["Ventolin inhaler", "100mcg", "2 puffs when needed"],
            ["Eltroxin", "75mcg", "One every morning"],
            ["Cerazette", "75 microgram", "One daily, no break"],
            ["Sumatriptan", "50mg", "One at start of migraine, can repeat after 2 hrs"],
            ["Amitriptyline - STOPPED Oct 2025 (too drowsy)", "10mg", "-"],
        ],
        [3.4, 1.3, 3.3],
        size=8.4,
    )
    d.med("Symbicort Turbohaler", "Symbicort", None, None, None, "1 puff twice a day")
    d.meds[-1]["aliases"] = ["budesonide/formoterol"]
    d.med("Ventolin", "Ventolin", "100", "mcg", None, "2 puffs when needed")
    d.meds[-1]["aliases"] = ["salbutamol"]
    d.med("Eltroxin", "Eltroxin", "75", "mcg", None, "One every morning")
    d.meds[-1]["aliases"] = ["levothyroxine"]
    d.med("Cerazette", "Cerazette", "75", "microgram", None, "One daily, no break")
    d.meds[-1]["aliases"] = ["desogestrel"]
    d.med("Sumatriptan", None, "50", "mg", None, "One at start of migraine, can repeat after 2 hrs")
    d.med("Amitriptyline", None, "10", "mg", None, None, "stopped")
    d.no("medications", "Amitriptyline", "stopped", "stopped Oct 2025")
    d.title("4. Vaccines", 10)
    typed_checks(
        d,
        [
            ("Flu vaccine this season", "Y", "October 2025 at the pharmacy, exact date not known"),
            ("COVID-19 booster in the last 12 months", "N", ""),
        ],
    )
    d.imm("Flu vaccine", None, None, None, None)
    d.imms[-1]["aliases"] = ["influenza vaccine"]
    d.no("immunizations", "COVID-19 booster", "checkbox_no")
    d.title("5. Family history (tick all that apply)", 10)
    d.table(
        ["Condition", "Mother", "Father", "Brother/Sister", "Grandparent"],
        [
            ["Heart disease before 60", "\u2610", "\u2612", "\u2610", "\u2610"],
            ["Breast or ovarian cancer", "\u2612", "\u2610", "\u2610", "\u2610"],
            ["Stroke", "\u2610", "\u2610", "\u2610", "\u2610"],
        ],
        [2.8, 1.0, 1.0, 1.3, 1.3],
        size=8.6,
    )
    d.no("conditions", "Heart disease before 60", "family", "father")
    d.no("conditions", "Breast or ovarian cancer", "family", "mother")
    d.newpage()
    d.title("For practice use – new patient check (practice nurse)", 10)
    d.hand_line("Date:", "15/01/2026", 10.5)
    d.hand_line("BP:", "118/74   Pulse 70   Wt 64.2 kg   Ht 1.68 m   BMI 22.7", 10.5)
    d.vit("blood_pressure", "118/74", 118.0, 74.0, None)
    d.vit("heart_rate", "70", 70.0, None, None)
    d.vit("weight", "64.2", 64.2, None, "kg")
    d.vit("height", "1.68", 1.68, None, "m")
    d.vit("bmi", "22.7", 22.7, None, None)
    d.hand_line("Notes:", "Asthma review done, inhaler technique OK. CervicalCheck", 10.5)
    d.hand_line("", "screening test due - booked 10/02/2026.", 10.5)
    d.no("labs", "CervicalCheck screening test", "due", "booked")
    d.hand_line("PN:", "Siobhán Mannion RGN", 10.5)
    return d


# ---------------------------------------------------------------------------- 23 Nashville
@document
def d23():
    d = Doc(
        23,
        "nashville_ccda_ccd",
        "United States (Tennessee, Nashville)",
        "medical_record",
        "EHR print-out (C-CDA CCD, HL7 stylesheet rendering with page header and print footer on every page, UCUM "
        "units, on-hold, completed and discontinued medicines, refuted allergy, refused vaccine, results on two "
        "dates, plan of treatment with a planned test and health maintenance items due)",
        "m/d/Y",
        size=letter,
    )
    d.run_footer = "Rendered from C-CDA R2.1 CCD - document 0b7f-41c9-a3e2 - printed 01/22/2026 07:58"
    hdr = "Curtis L. Whitfield - DOB 05/30/1961 - MRN 48120377 - Continuity of Care Document"
    d.text(d.x0, d.y, hdr, "R", 7.5, (0.3, 0.3, 0.3))
    d.line(d.x0, d.y - 4, d.x1, d.y - 4, 0.4, 0.5)
    d.y -= 24
    d.title("Continuity of Care Document", 16, "B", "c")
    d.table(
        None,
        [
            ["Patient", "Curtis L. Whitfield", "Contact info", "2218 Belmont Blvd, Nashville, TN 37212, US"],
            ["Date of birth", "May 30, 1961", "Sex", "Male"],
            ["Patient IDs", "MRN 48120377 (2.16.840.1.113883.3.7701)", "Language", "English"],
            ["Author", "Renee Castellano, MD, Music Row Primary Care", "Custodian", "Cumberland Health Partners"],
            ["Documentation of", "Care provision, 01/21/2026", "Encounter", "Office visit 01/21/2026"],
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
            ["Type 2 diabetes mellitus without complications", "E11.9", "Active", "2016"],
            ["Essential (primary) hypertension", "I10", "Active", "2012"],
            ["Idiopathic gout, right ankle and foot", "M10.071", "Active", "2023"],
            ["Hyponatremia", "E87.1", "Active", "01/2026"],
            ["Obesity, class 2", "E66.812", "Active", "2019"],
            ["Allergic rhinitis due to pollen", "J30.1", "Active", "2005"],
            ["Acute gout flare, right first MTP joint", "M10.071", "Resolved", "01/2026"],
        ],
        [3.9, 1.1, 1.0, 0.9],
        size=8,
    )
    d.cond("Type 2 diabetes mellitus without complications", "active", "E11.9")
    d.cond("Essential (primary) hypertension", "active", "I10")
    d.cond("Idiopathic gout, right ankle and foot", "active", "M10.071")
    d.cond("Hyponatremia", "active", "E87.1")
    d.cond("Obesity, class 2", "active", "E66.812")
    d.cond("Allergic rhinitis due to pollen", "active", "J30.1")
    d.no("conditions", "Acute gout flare, right first MTP joint", "historical", "resolved")
    ccda_section(d, "Allergies and Intolerances", "allergies")
    d.table(
        ["Substance", "Reaction", "Severity", "Status"],
        [
            ["Peanut (food)", "Anaphylaxis", "Severe", "Active"],
            ["Atorvastatin", "Myalgia", "Mild", "Active"],
            ["Amoxicillin", "Rash", "Mild", "Inactive - refuted (tolerated 2024)"],
        ],
        [2.4, 1.9, 0.9, 2.8],
        size=8,
    )
    d.alg("Peanut (food)", "Anaphylaxis", "Severe")
    d.alg("Atorvastatin", "Myalgia", "Mild")
    d.no("allergies", "Amoxicillin", "negated", "inactive, refuted")
    ccda_section(d, "Medications", "medications")
    d.table(
        ["Medication", "Sig", "Start", "Status"],
        [
            ["Rosuvastatin Calcium 10 MG Oral Tablet", "10 mg by mouth nightly", "2022", "Active"],
            ["Losartan Potassium 100 MG Oral Tablet", "100 mg by mouth daily", "2018", "Active"],
            ["Hydrochlorothiazide 25 MG Oral Tablet", "25 mg by mouth daily", "2018",
             "On hold (sodium 129 - recheck 01/28/2026)"],
            ["Tirzepatide 5 MG/0.5ML Pen Injector [Mounjaro]", "5 mg subcutaneously once weekly", "11/2025", "Active"],
            ["Metformin Hydrochloride 1000 MG Extended Release Oral Tablet", "1000 mg by mouth daily with supper",
             "2016", "Active"],
            ["Allopurinol 100 MG Oral Tablet", "100 mg by mouth daily", "01/21/2026", "Active"],
            ["Fluticasone Propionate 50 MCG/ACTUAT Nasal Spray", "2 sprays in each nostril daily", "2019", "Active"],
            ["Colchicine 0.6 MG Oral Tablet", "0.6 mg by mouth twice daily x 7 days", "01/03/2026",
             "Completed 01/10/2026"],
            ["Glipizide 5 MG Oral Tablet", "5 mg by mouth daily", "2019", "Discontinued 11/2025 (replaced by "
             "tirzepatide)"],
        ],
        [3.2, 2.3, 1.0, 1.9],
        size=8,
    )
    d.med("Rosuvastatin Calcium", None, "10", "mg", "by mouth", "nightly")
    d.med("Losartan Potassium", None, "100", "mg", "by mouth", "daily")
    d.med("Hydrochlorothiazide", None, "25", "mg", "by mouth", "daily", "held")
    d.med("Tirzepatide", "Mounjaro", "5", "mg", "subcutaneously", "once weekly")
    d.med("Metformin Hydrochloride", None, "1000", "mg", "by mouth", "daily with supper")
    d.med("Allopurinol", None, "100", "mg", "by mouth", "daily")
    d.med("Fluticasone Propionate", None, "50", "MCG/ACTUAT", None, "2 sprays in each nostril daily")
    d.med("Colchicine", None, "0.6", "mg", "by mouth", "twice daily x 7 days", "completed")
    d.med("Glipizide", None, "5", "mg", "by mouth", "daily", "stopped")
    d.no("medications", "Hydrochlorothiazide", "stopped", "on hold, sodium 129")
    d.no("medications", "Colchicine", "stopped", "course completed 01/10/2026")
    d.no("medications", "Glipizide", "stopped", "discontinued 11/2025")
    d.ensure(200)
    ccda_section(d, "Results", "results")
    res = [
        ("Sodium", "129", "mmol/L", 135.0, 145.0, None, "low", "135-145", "Low", "01/21/2026", []),
        ("Potassium", "3.6", "mmol/L", 3.5, 5.2, None, "normal", "3.5-5.2", "Normal", "01/21/2026", []),
        ("Creatinine", "1.05", "mg/dL", 0.76, 1.27, None, "normal", "0.76-1.27", "Normal", "01/21/2026", []),
        ("eGFR", "78", "mL/min/{1.73_m2}", 59.0, None, ">59", "normal", ">59", "Normal", "01/21/2026", []),
        ("Glucose", "142", "mg/dL", 70.0, 99.0, None, "high", "70-99", "High", "01/21/2026", []),
        ("Uric acid", "8.9", "mg/dL", 3.8, 8.4, None, "high", "3.8-8.4", "High", "01/21/2026", []),
        ("Hemoglobin A1c", "7.1", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", "01/21/2026", ["HbA1c"]),
        ("Hemoglobin A1c", "7.8", "%", 4.8, 5.6, None, "high", "4.8-5.6", "High", "10/20/2025", ["HbA1c"]),
        ("LDL Cholesterol", "88", "mg/dL", 0.0, 99.0, None, "normal", "0-99", "Normal", "10/20/2025",
         ["LDL cholesterol"]),
        ("Albumin/Creatinine Ratio, Urine", "22", "mg/g{creat}", 0.0, 29.0, None, "normal", "0-29", "Normal",
         "10/20/2025", ["Urine albumin/creatinine ratio"]),
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
        [["01/21/2026", "138/88 mm[Hg]", "72 /min", "16 /min", "36.7 Cel", "97 %", "112.4 kg", "180 cm",
          "34.7 kg/m2"]],
        [1.2, 1.3, 0.9, 0.9, 1.0, 0.7, 1.0, 0.9, 1.0],
        size=7.8,
    )
    d.vit("blood_pressure", "138/88", 138.0, 88.0, "mm[Hg]")
    d.vit("heart_rate", "72", 72.0, None, "/min")
    d.vit("respiratory_rate", "16", 16.0, None, "/min")
    d.vit("temperature", "36.7", 36.7, None, "Cel")
    d.vit("oxygen_saturation", "97", 97.0, None, "%")
    d.vit("weight", "112.4", 112.4, None, "kg")
    d.vit("height", "180", 180.0, None, "cm")
    d.vit("bmi", "34.7", 34.7, None, "kg/m2")
    ccda_section(d, "Immunizations", "immunizations")
    d.table(
        ["Vaccine", "Date", "Status", "Lot"],
        [
            ["Influenza, recombinant, trivalent, PF (Flublok)", "10/02/2025", "Completed", "FB2577"],
            ["COVID-19 vaccine, mRNA, 2025-2026 formula (Comirnaty)", "10/02/2025", "Completed", "LR8812"],
            ["Pneumococcal conjugate vaccine 20-valent (Prevnar 20)", "-", "Not done - patient refused", "-"],
            ["Zoster vaccine recombinant (Shingrix) dose 1", "06/11/2025", "Completed", "Z9B22"],
            ["Tdap (Adacel)", "08/19/2021", "Completed", "C5871AA"],
        ],
        [3.6, 1.1, 2.1, 1],
        size=8,
    )
    d.imm("Influenza, recombinant, trivalent, PF", "2025-10-02", None, "FB2577", "Flublok")
    d.imm("COVID-19 vaccine, mRNA, 2025-2026 formula", "2025-10-02", None, "LR8812", "Comirnaty")
    d.no("immunizations", "Pneumococcal conjugate vaccine 20-valent", "other", "refused")
    d.imm("Zoster vaccine recombinant", "2025-06-11", 1, "Z9B22", "Shingrix")
    d.imm("Tdap", "2021-08-19", None, "C5871AA", "Adacel")
    ccda_section(d, "Family History", "familyhistory")
    d.table(["Relative", "Condition", "Age at onset"],
            [["Mother", "Type 2 diabetes mellitus", "55"], ["Father", "Unknown", "-"]],
            [1.5, 3, 1.5], size=8)
    d.no("conditions", "Type 2 diabetes mellitus", "family", "mother")
    ccda_section(d, "Plan of Treatment", "plan")
    d.table(
        ["Planned item", "Type", "Due"],
        [
            ["Basic metabolic panel (sodium recheck)", "Lab order", "01/28/2026"],
            ["Zoster vaccine recombinant (Shingrix) dose 2", "Health maintenance", "Overdue since 10/2025"],
            ["Hepatitis B vaccine (Heplisav-B), diabetes", "Health maintenance", "Due now"],
            ["Low-dose CT lung cancer screening", "Health maintenance", "Due 03/2026"],
            ["Diabetic foot exam", "Health maintenance", "Completed 01/21/2026"],
        ],
        [4.0, 1.8, 1.8],
        size=8,
    )
    d.no("labs", "Basic metabolic panel", "planned", "01/28/2026")
    d.no("immunizations", "Hepatitis B vaccine (Heplisav-B)", "due", "health maintenance")
    return d


# ---------------------------------------------------------------------------- 24 Nis
@document
def d24():
    d = Doc(
        24,
        "nis_ed_triage_scan",
        "Nišava District (Serbia, Niš)",
        "medical_record",
        "emergency department triage sheet (Serbian, Latin script; tick boxes da / ne marked with crosses, "
        "capillary glucose and urine dipstick without references, doses given at triage, stopped medicine, probable "
        "diagnosis supported by the dipstick and a queried one, handwritten, scanned)",
        "d.m.Y.",
        ext="pdf",
        scan={"dpi": 150, "angle": 1.1, "blur": 0.8},
        lang="Serbian (Latin)",
        comma=True,
    )
    d.letterhead(
        "Univerzitetski klinički centar Niš",
        ["Urgentni centar – Bulevar dr Zorana Đinđića 48, 18000 Niš", "tel. 018 506 906"],
        right=["TRIJAŽNA LISTA", "Prijem u urgentni centar"],
        size=13,
        color=(0.1, 0.2, 0.45),
    )
    d.kv(
        [
            ("Ime i prezime:", Hand("Dragan Stojanović")),
            ("Godine:", Hand("46")),
            ("LBO:", Hand("10384420917")),
            ("Dolazak:", Hand("21.01.2026. 03:40")),
        ],
        lw=88,
    )
    d.hand_line("Tegobe:", "jak bol u desnoj slabini sa širenjem u prepone od 01h, muka, povraćao 2x", 10.5)
    d.title("Vitalni parametri", 10)
    d.table(
        ["TA (mmHg)", "Puls (/min)", "DF (/min)", "Temp. (°C)", "SpO2 (%)", "ŠUK (mmol/L)"],
        [[Hand("165/95"), Hand("102"), Hand("20"), Hand("37,2"), Hand("98"), Hand("6,4")]],
        [1.1, 1.1, 1.0, 1.0, 1.0, 1.1],
        size=8.2,
    )
    iso = "2026-01-21"
    d.vit("blood_pressure", "165/95", 165.0, 95.0, "mmHg")
    d.vit("heart_rate", "102", 102.0, None, "/min")
    d.vit("respiratory_rate", "20", 20.0, None, "/min")
    d.vit("temperature", "37,2", 37.2, None, "°C")
    d.vit("oxygen_saturation", "98", 98.0, None, "%")
    d.lab("ŠUK", "6,4", "mmol/L", None, None, None, None, iso, ["Capillary glucose"])
    d.title("Anamneza", 10)
    d.checks(
        [
            ("Hipertenzija", "Y", "ne pije redovno terapiju"),
            ("Šećerna bolest", "N", ""),
            ("Kamen u bubregu ranije", "Y", "2019, izmokrio spontano"),
            ("Alergija na lekove", "Y", "penicilin – osip"),
            ("Antikoagulantna terapija", "N", ""),
        ],
        qw=0.42,
        labels=("Da", "Ne", "Napomena"),
        cross=True,
    )
    d.cond("Hipertenzija", "active", None, ["hypertension"])
    d.no("conditions", "Šećerna bolest", "checkbox_no")
    d.no("conditions", "Kamen u bubregu", "historical", "2019, passed")
    d.alg("penicilin", "osip")
    d.no("medications", "Antikoagulantna terapija", "checkbox_no")
    d.hand_line("Terapija:", "Enalapril 10 mg 1x1, Amlodipin 5 mg 1x1;", 10.5)
    d.hand_line("", "Brufen 400 mg – prestao pre mesec dana (bolovi u želucu)", 10.5)
    d.med("Enalapril", None, "10", "mg", None, "1x1")
    d.med("Amlodipin", None, "5", "mg", None, "1x1")
    d.meds[-1]["aliases"] = ["amlodipine"]
    d.med("Brufen", "Brufen", "400", "mg", None, None, "stopped")
    d.meds[-1]["aliases"] = ["ibuprofen"]
    d.no("medications", "Brufen", "stopped", "stopped a month ago")
    d.title("Urin – test traka", 10)
    d.hand_line("", "eritrociti +++, leukociti negativno, nitriti negativni", 10.5)
    d.lab("eritrociti", "+++", None, None, None, None, "abnormal", iso, ["Urine blood"], num=None)
    d.lab("leukociti", "negativno", None, None, None, None, None, iso, ["Urine leukocytes"], num=None)
    d.lab("nitriti", "negativni", None, None, None, None, None, iso, ["Urine nitrite"], num=None)
    d.title("Trijaža", 10)
    d.hand_line("Kategorija:", "ŽUTA (3) – pregled lekara u roku od 60 min", 10.5)
    d.hand_line("Procena:", "Bubrežna kolika desno, verovatno (eritrociti u urinu +++);", 10.5)
    d.hand_line("", "apendicitis? – hirurg konsultovan", 10.5)
    d.cond("Bubrežna kolika desno", "active", None, ["right renal colic"])
    d.conds[-1]["optional"] = True
    d.no("conditions", "apendicitis", "other", "queried at triage")
    d.hand_line("03:52", "Diklofenak 75 mg i.m.; Metoklopramid 10 mg i.v.", 10.5)
    d.no("medications", "Diklofenak", "other", "single IM dose at triage")
    d.no("medications", "Metoklopramid", "other", "single IV dose at triage")
    d.hand_line("Trijažna sestra:", "Jelena Petković", 10.5)
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
    rels.append("make_heldout31.py")
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
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_heldout31.py"))
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
    base = "/tmp/heldout31_work/determinism"
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
    "**Status:** held out. Commissioned while 2.25.0's round was open (by a helper that never saw the extractor's "
    "rules), frozen unscored; to be scored blind at the end of 2.26.0's round, never opened before."
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
        "# Held-out extraction test set 31",
        "",
        STATUS,
        "",
        "## How it was made",
        "",
        f"24 synthetic medical documents, one per country / territory / state / health system not used in any "
        f"earlier set's file names, {len(local)} of them wholly or mostly in the local language "
        f"({', '.join(sorted({i['doc'].lang for i in local}))}; Latin script only) with local test names, units, "
        "decimal commas and points, thousands separators (points, spaces, commas and Indian lakh grouping), date "
        "styles, flag words and marks, abbreviations, drug brand names, frequency words and clinical idioms; the rest "
        "in English (Scotland, India, Ireland and four United States cities). The languages were chosen among those "
        "not listed in set 30's README (Portuguese appears in its Brazilian and European varieties, where set 30 had "
        "Mozambique). All content and truth rows are written by hand in `make_heldout31.py` (no generator of "
        "clinical content). The rendering machinery (reportlab drawing with `invariant=1`, handwriting-like font, "
        "tick boxes, typed ☒ / ☐ answers, scan simulation, self-checks, manifest, --check and --determinism) was "
        "copied from `bench/heldout30/make_heldout30.py` with `cp` and adapted (set number, paths, seed strings, "
        "status line, README text); the self-check bounds were kept, except that the must_not total is now checked "
        "against 120-150 (set 30: 115-140). Additions to the machinery: flag-map entries for the Slovak "
        "\"zvýš.\"/\"zníž.\" and \"!!\", Romanian \"▲\"/\"▼\", Guinean French \"Augmenté\"/\"Diminué\" and Slovene "
        "\"V\"/\"N\" flag marks, and a `side_by_side` helper that prints two blocks next to each other (used for the "
        "problem and allergy lists of a medication plan). The helpers for previous-result and cumulative columns, "
        "`_thousands`, `typed_checks`, the drawn tick boxes (ticks or crosses), the per-page patient header and print "
        "footer of EHR print-outs and the C-CDA section heading were reused as they were. All document content of set "
        "30 was removed and replaced with new content. Six documents are "
        f"scans: pages rendered with pypdfium2 at {dpis[0]}-{dpis[-1]} dpi, rotated {angs[0]:.1f}-{angs[-1]:.1f} "
        "degrees, blurred, toned to paper, unevenly lit and given mild noise, then saved as JPG, PNG or "
        "image-only PDF. Handwriting is an oblique DejaVu font drawn character by character with jitter; drawn "
        "tick boxes (ticks or crosses) are vector strokes. Randomness comes only from generators seeded with fixed "
        "strings (new seed strings for this set).",
        "",
        "The author read only `pipeline/clinical/schema.py`, set 30's README (`bench/heldout30/README.md`), build "
        "script (`bench/heldout30/make_heldout30.py`) and one truth file "
        "(`bench/heldout30/truth/01_poznan_cumulative_lab.json`, for format), plus the file names of earlier "
        "sets' docs/ (`ls bench/heldout*/docs`, to pick unused places). No other file in the repository was opened "
        "(not adapters/, tests/, docs/, pipeline/ apart from the schema, other sets' scripts or truth, or "
        "bench/heldout_score.py); the pipeline, extractor and scorer were not read or run on these documents, no "
        "OCR was run, ruff and pytest were not run, and git was not run. The build's self-check compares each "
        "truth string with the strings drawn and, for documents that are not scans, with the PDF text layer read "
        "by pypdfium2. The author looked at renderings of every page before scan simulation (made with pypdfium2 "
        "by a scratch script under /tmp/heldout31_work, which also ran the per-document self-check) and fixed a "
        "vitals value running into the next label of an after visit summary, a patient name running into the next "
        "label of a discharge report, a registry label running into its value, a letterhead name running into the "
        "right-hand heading, a section heading left alone at the foot of a page, a practice nurse's section whose "
        "last line spilled alone onto a second page (the section now starts its own page, as on the paper form) and "
        "a C-CDA start date running into the status column. While looking at the pages the author also removed "
        "printed values that no truth row covered (a pre-treatment baseline creatinine in a lab comment and a body "
        "mass index inside a diagnosis), added must_not rows for a vaccine and an immunoglobulin planned for the "
        "baby at birth and for a kidney-function check by the GP, and shortened a few advice and history sentences "
        "to keep the must_not total within bounds, so that every clinical fact printed is either a row or a "
        "must_not row. No scanned output was looked at. `truth/drawn/*.txt` records the strings drawn into each "
        "document.",
        "",
        "Build: `python make_heldout31.py` (keeps an existing README; `--write-readme` rewrites it), `--check` "
        "(verifies MANIFEST.sha256, which covers docs/, truth/ and the script but not this README), "
        "`--determinism` (two builds under /tmp/heldout31_work must give identical manifests).",
        "",
        "## Truth conventions",
        "",
        "Same conventions as set 30 (set 20's list, set 21's, set 22's, set 23's, set 24's, set 25's, set 26's, "
        "set 27's, set 28's, set 29's and set 30's additions), restated here; this set's additions follow at the end:",
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
    L += ["", "Additions in this set:", ""] + SET31_ADDITIONS
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
