#!/usr/bin/env python3
"""Held-out extraction test set 12: deterministic generator and self-checks.

Usage:
    python make_heldout12.py          # rebuild docs/, truth/, MANIFEST.sha256, README.md; run checks
    python make_heldout12.py --check  # verify MANIFEST.sha256 only

Everything in these documents is invented (synthetic test data).
Determinism: reportlab invariant=1, random.Random(string seeds), numpy seeded from those, no clock.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import shutil
import sys

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
SEED = "heldout12"

_FONTS = {
    "Sans": "DejaVuSans.ttf", "SansB": "DejaVuSans-Bold.ttf", "SansI": "DejaVuSans-Oblique.ttf",
    "Cond": "DejaVuSansCondensed.ttf", "CondB": "DejaVuSansCondensed-Bold.ttf",
    "Serif": "DejaVuSerif.ttf", "SerifB": "DejaVuSerif-Bold.ttf", "SerifI": "DejaVuSerif-Italic.ttf",
    "Mono": "DejaVuSansMono.ttf", "MonoB": "DejaVuSansMono-Bold.ttf",
    "Hand": "DejaVuSansCondensed-Oblique.ttf", "Hand2": "DejaVuSerifCondensed-Italic.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONT_DIR, _f)))

# ---- vocabulary (mirrors pipeline/clinical/schema.py; verified against it when present) ----
DOCUMENT_TYPES = ["lab_result", "prescription", "discharge_summary", "immunization_record",
                  "medical_record", "other"]
VITAL_KINDS = ["blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi"]
MED_STATUSES = ["active", "new", "changed", "stopped", "held", "completed"]
LAB_FLAGS = ["normal", "high", "low", "critical", "abnormal"]
WHY = ["negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet", "other"]
CATEGORIES = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]

# ---- dates ----
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _ymd(iso):
    y, m, d = iso.split("-")
    return int(y), int(m), int(d)


DATE_STYLES = {
    "DD/MM/YYYY": lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
    "MM/DD/YYYY": lambda y, m, d: f"{m:02d}/{d:02d}/{y}",
    "YYYY-MM-DD": lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    "YYYY/MM/DD": lambda y, m, d: f"{y}/{m:02d}/{d:02d}",
    "DD-Mon-YYYY": lambda y, m, d: f"{d:02d}-{MON[m - 1]}-{y}",
    "DD.MM.YYYY": lambda y, m, d: f"{d:02d}.{m:02d}.{y}",
    "DD-MM-YYYY": lambda y, m, d: f"{d:02d}-{m:02d}-{y}",
    "D Month YYYY": lambda y, m, d: f"{d} {MONTH[m - 1]} {y}",
    "DD Mon YYYY": lambda y, m, d: f"{d:02d} {MON[m - 1]} {y}",
    "Mon D, YYYY": lambda y, m, d: f"{MON[m - 1]} {d}, {y}",
}


def fmt_date(iso, style):
    return DATE_STYLES[style](*_ymd(iso))


# ---- truth row helpers ----
def M(name, dose, unit, freq, status="active", brand=None, route="oral", optional=False):
    r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
         "frequency": freq, "status": status}
    if optional:
        r["optional"] = True
    return r


def V(kind, value_text, unit, optional=False):
    if kind == "blood_pressure":
        a, b = value_text.split("/")
        r = {"kind": kind, "value_text": value_text, "value_numeric": float(a),
             "value_secondary": float(b), "unit": unit}
    else:
        r = {"kind": kind, "value_text": value_text, "value_numeric": float(value_text),
             "value_secondary": None, "unit": unit}
    if optional:
        r["optional"] = True
    return r


def A(substance, reaction=None, severity=None, optional=False):
    r = {"substance": substance, "reaction": reaction, "severity": severity}
    if optional:
        r["optional"] = True
    return r


def C(name, status="active", icd=None, aliases=(), optional=False):
    r = {"name": name, "status": status, "icd10_code": icd, "aliases": list(aliases)}
    if optional:
        r["optional"] = True
    return r


def I(vaccine, date, dose=None, lot=None, brand=None, amb=False, optional=False):
    r = {"vaccine": vaccine, "administered_on": date, "dose_number": dose, "lot_number": lot,
         "brand": brand, "date_ambiguous": amb}
    if optional:
        r["optional"] = True
    return r


def N(category, name, why, note=None):
    return {"category": category, "name": name, "why": why, "note": note}


def _num(s):
    try:
        return float(s.replace(",", ""))
    except (ValueError, AttributeError):
        return None


def parse_ref(ref):
    """'3.5 - 5.1' -> (3.5, 5.1, None); '<5.2' -> (None, 5.2, '<5.2'); 'Negative' -> (None, None, 'Negative')."""
    if ref is None or ref == "":
        return None, None, None
    m = re.fullmatch(r"\s*([0-9.]+)\s*-\s*([0-9.]+)\s*", ref)
    if m:
        return float(m.group(1)), float(m.group(2)), None
    m = re.fullmatch(r"\s*(<|<=|≤)\s*([0-9.]+)\s*", ref)
    if m:
        return None, float(m.group(2)), ref
    m = re.fullmatch(r"\s*(>|>=|≥)\s*([0-9.]+)\s*", ref)
    if m:
        return float(m.group(2)), None, ref
    return None, None, ref


def lab_row(name, value, unit, ref, date, aliases=(), flag="auto", optional=False):
    """Truth lab row. flag='auto' computes from numeric value and reference (what the document prints)."""
    lo, hi, rt = parse_ref(ref)
    vn = _num(value.lstrip("<>"))
    if value[:1] in "<>":
        vn = None if flag == "auto" else vn
    if flag == "auto":
        if vn is None:
            fl = None if ref is None else "normal"
        elif lo is None and hi is None:
            fl = None
        elif lo is not None and vn < lo:
            fl = "low"
        elif hi is not None and vn > hi:
            fl = "high"
        else:
            fl = "normal"
    else:
        fl = flag
    r = {"test_name": name, "value_text": value, "value_numeric": vn, "unit": unit,
         "reference_low": lo, "reference_high": hi, "reference_text": rt, "flag": fl,
         "date": date, "aliases": list(aliases)}
    if optional:
        r["optional"] = True
    return r


PRINT_FLAG = {"high": "H", "low": "L", "critical": "HH", "abnormal": "A", "normal": "", None: ""}


def print_flag(row):
    f = row["flag"]
    if f == "critical":
        lo = row["reference_low"]
        return "LL" if (lo is not None and row["value_numeric"] is not None
                        and row["value_numeric"] < lo) else "HH"
    return PRINT_FLAG[f]


# ---- document model: pages of drawing ops, with every written string recorded ----
class Doc:
    def __init__(self, stem, country, document_type, kind, date_style, pagesize=A4,
                 scan=None, handwritten=False, header=None, margin=48, bottom=62):
        self.stem, self.country, self.document_type, self.kind = stem, country, document_type, kind
        self.date_style, self.pagesize, self.scan, self.handwritten = date_style, pagesize, scan, handwritten
        self.W, self.H = pagesize
        self.margin, self.bottom = margin, bottom
        self.header = header
        self.rng = random.Random(f"{SEED}:{stem}")
        self.pages, self.page_text = [], []
        self.footer_left = ""
        self.truth = {c: [] for c in CATEGORIES}
        self.truth["must_not"] = []
        self.new_page()

    # truth
    def add(self, category, *rows):
        self.truth[category].extend(rows)

    def d(self, iso):
        return fmt_date(iso, self.date_style)

    # pages
    def new_page(self):
        self.pages.append([])
        self.page_text.append([])
        self.y = self.H - self.margin
        if self.header:
            self.header(self)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()
            return True
        return False

    def space(self, h=6):
        self.y -= h

    def _rec(self, s):
        self.page_text[-1].append(s)

    # primitives
    def text(self, x, y, s, font="Sans", size=9, align="left", color=(0, 0, 0)):
        self.pages[-1].append(("text", x, y, s, font, size, align, color))
        self._rec(s)

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.pages[-1].append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.5, fill=None, stroke=(0, 0, 0)):
        self.pages[-1].append(("rect", x, y, w, h, lw, fill, stroke))

    def hand(self, x, y, s, size=11, color=(0.08, 0.12, 0.42), font="Hand"):
        """Handwriting-like text: slanted font drawn character by character with jitter."""
        chars, cx = [], x
        base_rot = self.rng.uniform(-1.5, 1.5)
        for ch in s:
            sz = size * self.rng.uniform(0.93, 1.07)
            dy = self.rng.uniform(-0.7, 0.7)
            rot = base_rot + self.rng.uniform(-4, 4)
            chars.append((cx, y + dy, ch, sz, rot))
            cx += pdfmetrics.stringWidth(ch, font, sz) * self.rng.uniform(0.97, 1.10)
        self.pages[-1].append(("hand", chars, font, color))
        self._rec(s)
        return cx

    def tick(self, x, y, size=8, mark=True, color=(0.08, 0.12, 0.42)):
        """Checkbox with optional hand-drawn X."""
        self.rect(x, y, size, size, lw=0.7)
        if mark:
            j = [self.rng.uniform(-1.2, 1.2) for _ in range(4)]
            self.line(x + 1 + j[0], y + 1 + j[1], x + size - 1 + j[2], y + size - 1 + j[3], 1.2, color)
            self.line(x + 1 + j[1], y + size - 1 + j[0], x + size - 1 + j[3], y + 1 + j[2], 1.2, color)

    # flow helpers
    def wrap(self, s, font, size, width):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, font="Serif", size=10, lead=None, x=None, width=None, after=5):
        x = self.margin if x is None else x
        width = (self.W - self.margin - x) if width is None else width
        lead = lead or size * 1.35
        for ln in self.wrap(s, font, size, width):
            self.need(lead)
            self.y -= lead
            self.text(x, self.y, ln, font, size)
        self.y -= after

    def heading(self, s, font="SansB", size=10.5, after=3, rule=False):
        self.need(size * 2.4)
        self.y -= size * 1.5
        self.text(self.margin, self.y, s, font, size)
        if rule:
            self.line(self.margin, self.y - 3, self.W - self.margin, self.y - 3, 0.6)
        self.y -= after

    def kv(self, pairs, x=None, widths=(98, 170), size=9, lead=12.5, cols=2):
        """Label/value pairs laid out in `cols` columns."""
        x = self.margin if x is None else x
        colw = (self.W - self.margin - x) / cols
        for i in range(0, len(pairs), cols):
            self.need(lead)
            self.y -= lead
            for j, (k, v) in enumerate(pairs[i:i + cols]):
                cx = x + j * colw
                self.text(cx, self.y, k, "SansB", size)
                self.text(cx + widths[0], self.y, v, "Sans", size)

    def table(self, cols, rows, size=8.5, font="Sans", hfont="SansB", x0=None, rowh=None,
              grid=True, header=True, shade=(0.88, 0.9, 0.93), advance=True, bold_rows=()):
        """cols: [(title, width)]; rows: list of lists of str (a str row = full-width section label)."""
        x0 = self.margin if x0 is None else x0
        rowh = rowh or size * 1.75
        tw = sum(w for _, w in cols)
        y = self.y

        def draw_header(y):
            if not header:
                return y
            self.rect(x0, y - rowh, tw, rowh, lw=0.5 if grid else 0, fill=shade,
                      stroke=(0, 0, 0) if grid else None)
            cx = x0
            for t, w in cols:
                self.text(cx + 3, y - rowh + rowh * 0.32, t, hfont, size)
                cx += w
            return y - rowh

        y = draw_header(y)
        for ri, row in enumerate(rows):
            if y - rowh < self.bottom:
                self.new_page()
                y = draw_header(self.y)
            if isinstance(row, str):
                self.text(x0 + 3, y - rowh + rowh * 0.32, row, hfont, size)
                if grid:
                    self.rect(x0, y - rowh, tw, rowh, lw=0.4)
                y -= rowh
                continue
            cx = x0
            f = hfont if ri in bold_rows else font
            for (t, w), cell in zip(cols, row):
                if cell:
                    self.text(cx + 3, y - rowh + rowh * 0.32, cell, f, size)
                if grid:
                    self.rect(cx, y - rowh, w, rowh, lw=0.4)
                cx += w
            if not grid:
                self.line(x0, y - rowh, x0 + tw, y - rowh, 0.2, (0.6, 0.6, 0.6))
            y -= rowh
        if advance:
            self.y = y - 4
        return y

    def all_text(self):
        return "\n".join("\n".join(p) for p in self.page_text)

    def truth_json(self, ext):
        t = {"file": f"docs/{self.stem}.{ext}", "country": self.country,
             "document_type": self.document_type}
        t.update({k: self.truth[k] for k in CATEGORIES})
        t["must_not"] = self.truth["must_not"]
        return t


# ---- rendering ----
def _draw_ops(c, ops):
    for op in ops:
        if op[0] == "text":
            _, x, y, s, font, size, align, color = op
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            if align == "right":
                c.drawRightString(x, y, s)
            elif align == "center":
                c.drawCentredString(x, y, s)
            else:
                c.drawString(x, y, s)
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, color = op
            c.setStrokeColorRGB(*color)
            c.setLineWidth(w)
            c.line(x1, y1, x2, y2)
        elif op[0] == "rect":
            _, x, y, w, h, lw, fill, stroke = op
            if fill:
                c.setFillColorRGB(*fill)
            if stroke:
                c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        elif op[0] == "hand":
            _, chars, font, color = op
            c.setFillColorRGB(*color)
            for x, y, ch, sz, rot in chars:
                c.saveState()
                c.translate(x, y)
                c.rotate(rot)
                c.setFont(font, sz)
                c.drawString(0, 0, ch)
                c.restoreState()
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def render_pdf_bytes(doc):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc.pagesize, invariant=1, pageCompression=1)
    c.setTitle(doc.stem)
    c.setAuthor("heldout12 synthetic generator")
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages):
        _draw_ops(c, ops)
        c.setFont("Sans", 7)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.drawString(doc.margin, 28, FOOTER)
        c.drawRightString(doc.W - doc.margin, 28, f"Page {i + 1} of {n}")
        if doc.footer_left:
            c.drawString(doc.margin, 38, doc.footer_left)
        c.showPage()
    c.save()
    # the footer strings are part of the written text of every page
    for i in range(n):
        extra = [FOOTER, f"Page {i + 1} of {n}"] + ([doc.footer_left] if doc.footer_left else [])
        for s in extra:
            if s not in doc.page_text[i][-3:]:
                doc.page_text[i].append(s)
    return buf.getvalue()


def scan_images(doc, pdf_bytes):
    """Rasterise, rotate 0.5-2.5 degrees, blur and add noise like a phone/flatbed scan."""
    import pypdfium2 as pdfium
    rng = random.Random(f"{SEED}:scan:{doc.stem}")
    dpi = rng.choice([150, 160, 175, 200])
    pdf = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        page.close()
        ang = rng.uniform(0.5, 2.5) * rng.choice([-1, 1])
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=246)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
        arr = np.asarray(img).astype(np.float32)
        nrng = np.random.default_rng(rng.randrange(2 ** 32))
        arr = arr * rng.uniform(0.9, 0.97) + rng.uniform(6, 16)  # slightly grey paper
        arr += nrng.normal(0, rng.uniform(5, 9), arr.shape)
        h, w = arr.shape
        arr += np.linspace(0, rng.uniform(4, 12), w)[None, :]  # uneven lighting
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        imgs.append(img)
    pdf.close()
    return imgs, dpi


def write_doc(doc, outdir):
    pdf_bytes = render_pdf_bytes(doc)
    if doc.scan is None:
        ext = "pdf"
        with open(os.path.join(outdir, f"{doc.stem}.pdf"), "wb") as f:
            f.write(pdf_bytes)
        return ext, None
    imgs, dpi = scan_images(doc, pdf_bytes)
    if doc.scan in ("jpg", "png"):
        assert len(imgs) == 1
        ext = doc.scan
        path = os.path.join(outdir, f"{doc.stem}.{ext}")
        if ext == "jpg":
            imgs[0].save(path, "JPEG", quality=82, dpi=(dpi, dpi), optimize=False)
        else:
            imgs[0].save(path, "PNG", dpi=(dpi, dpi), optimize=False)
        return ext, dpi
    # image-only PDF
    ext = "pdf"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc.pagesize, invariant=1)
    for img in imgs:
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=80)
        jb.seek(0)
        c.drawImage(ImageReader(Image.open(jb)), 0, 0, width=doc.W, height=doc.H)
        c.showPage()
    c.save()
    with open(os.path.join(outdir, f"{doc.stem}.pdf"), "wb") as f:
        f.write(buf.getvalue())
    return ext, dpi


# ---- shared header styles ----
def banner_header(org, sub, title, patient_line, color=(0.1, 0.25, 0.45), font="SansB", right=None):
    def h(doc):
        m = doc.margin
        doc.rect(m, doc.H - m - 30, doc.W - 2 * m, 30, lw=0, fill=color, stroke=None)
        doc.text(m + 8, doc.H - m - 13, org, font, 12, color=(1, 1, 1))
        doc.text(m + 8, doc.H - m - 25, sub, "Sans", 7.5, color=(1, 1, 1))
        if right:
            doc.text(doc.W - m - 8, doc.H - m - 13, right, "Sans", 8, align="right", color=(1, 1, 1))
        doc.text(m, doc.H - m - 48, title, "SansB", 11)
        doc.text(m, doc.H - m - 62, patient_line, "Sans", 8)
        doc.line(m, doc.H - m - 68, doc.W - m, doc.H - m - 68, 0.8)
        doc.y = doc.H - m - 74
    return h


def plain_header(lines, rule=True, font="SerifB", size=12):
    def h(doc):
        m = doc.margin
        y = doc.H - m - size
        for i, s in enumerate(lines):
            if i == 0:
                doc.text(doc.W / 2, y, s, font, size, align="center")
                y -= size + 3
            else:
                doc.text(doc.W / 2, y, s, "Sans", 8, align="center")
                y -= 10.5
        if rule:
            doc.line(m, y + 3, doc.W - m, y + 3, 0.8)
        doc.y = y - 4
    return h


# =====================================================================================
# Documents 01-07: laboratory reports
# =====================================================================================
def lab_cells(r):
    return r["value_text"], print_flag(r)


def doc01():
    d = Doc("01_nigeria_lab_report", "Nigeria", "lab_result", "lab report (single date, units column)",
            "DD/MM/YYYY",
            header=banner_header("IKEJA MEDIPATH DIAGNOSTIC LABORATORY (fictional)",
                                 "Plot 0 Test Close, Ikeja, Lagos  |  Tel +234 000 000 0000  |  MLSCN Reg. No. 000000",
                                 "LABORATORY REPORT", "Patient: Adaeze N. OKORO   Sex: F   Age: 41 yrs   Lab No: IMD-000417   Hosp No: 000-2231",
                                 color=(0.12, 0.38, 0.22)))
    dt = "2025-03-14"
    d.kv([("Referring doctor:", "Dr. T. Balogun (GOPD)"), ("Collected:", d.d(dt) + " 08:12"),
          ("Clinical info:", "Fever x 5/7, ?Typhoid fever"), ("Reported:", d.d("2025-03-15") + " 11:40")],
         widths=(98, 150))
    d.space(8)
    cols = [("Investigation", 170), ("Result", 70), ("Flag", 36), ("Units", 74), ("Reference range", 150)]
    fbc = [lab_row("Haemoglobin", "10.8", "g/dL", "12.0 - 16.0", dt, ["Hb", "Hemoglobin"]),
           lab_row("Packed cell volume", "33", "%", "36 - 46", dt, ["PCV", "Haematocrit"]),
           lab_row("White blood cell count", "11.8", "x10^9/L", "4.0 - 11.0", dt, ["WBC", "Total WBC"]),
           lab_row("Neutrophils", "72", "%", "40 - 75", dt, ["Neutrophil %"]),
           lab_row("Lymphocytes", "22", "%", "20 - 45", dt, ["Lymphocyte %"]),
           lab_row("Platelet count", "312", "x10^9/L", "150 - 400", dt, ["Platelets", "PLT"]),
           lab_row("MCV", "74", "fL", "80 - 100", dt, ["Mean corpuscular volume"]),
           lab_row("ESR (Westergren)", "38", "mm/hr", "0 - 20", dt, ["ESR", "Erythrocyte sedimentation rate"])]
    chem = [lab_row("Sodium", "136", "mmol/L", "135 - 145", dt, ["Na", "Na+"]),
            lab_row("Potassium", "3.3", "mmol/L", "3.5 - 5.1", dt, ["K", "K+"]),
            lab_row("Chloride", "101", "mmol/L", "98 - 107", dt, ["Cl"]),
            lab_row("Bicarbonate", "24", "mmol/L", "22 - 29", dt, ["HCO3"]),
            lab_row("Urea", "6.8", "mmol/L", "2.5 - 7.1", dt, ["BUN"]),
            lab_row("Creatinine", "98", "µmol/L", "53 - 97", dt, ["Serum creatinine"]),
            lab_row("Fasting blood glucose", "6.4", "mmol/L", "3.9 - 5.5", dt, ["FBS", "Fasting glucose"]),
            lab_row("Uric acid", "412", "µmol/L", "155 - 428", dt, ["Urate"])]
    para = [lab_row("Malaria parasite (thick film)", "Not seen", None, "Not seen", dt, ["Malaria parasites", "MP"])]
    # fill the reference column from the truth rows
    rows = ["HAEMATOLOGY - FULL BLOOD COUNT"]
    refs = ["12.0 - 16.0", "36 - 46", "4.0 - 11.0", "40 - 75", "20 - 45", "150 - 400", "80 - 100", "0 - 20",
            "135 - 145", "3.5 - 5.1", "98 - 107", "22 - 29", "2.5 - 7.1", "53 - 97", "3.9 - 5.5", "155 - 428"]
    for r, ref in zip(fbc, refs[:8]):
        rows.append([r["test_name"], r["value_text"], print_flag(r), r["unit"], ref])
    rows.append("CLINICAL CHEMISTRY - ELECTROLYTES, UREA & CREATININE / GLUCOSE")
    for r, ref in zip(chem, refs[8:]):
        rows.append([r["test_name"], r["value_text"], print_flag(r), r["unit"], ref])
    rows.append("PARASITOLOGY")
    rows.append([para[0]["test_name"], "Not seen", "", "", "Not seen"])
    rows.append("SEROLOGY / MICROBIOLOGY")
    rows.append(["Widal test", "Pending", "", "", "See comment"])
    rows.append(["Blood culture", "In progress", "", "", "Final report 72 h"])
    rows.append(["Hepatitis B surface antigen", "Not done", "", "", "Sample haemolysed"])
    d.table(cols, rows, size=8.5)
    d.add("labs", *fbc, *chem, *para)
    d.space(6)
    d.para("Comment: Widal test result to follow; Widal alone is not diagnostic. Blood culture in progress - "
           "preliminary report will be telephoned to the ward. Hepatitis B surface antigen not done: sample haemolysed, "
           "please repeat sample.", "Sans", 8.5)
    d.space(14)
    d.text(d.margin, d.y, "Validated by: O. Adeyemi, MLS (fictional)     Consultant Pathologist: Dr. F. Ilori (fictional)", "Sans", 8.5)
    d.add("must_not",
          N("labs", "Widal test", "other", "pending"),
          N("labs", "Blood culture", "other", "in progress, no result"),
          N("labs", "Hepatitis B surface antigen", "other", "not done, repeat sample"),
          N("conditions", "Typhoid fever", "other", "suspected (?) in clinical info"))
    return d


def doc02():
    hdr = banner_header("SOUTHERN DISTRICT COMMUNITY PATHOLOGY (fictional)",
                        "Te Whatu Ora test region  |  0 Example Street, Invercargill  |  Ph 03 000 0000",
                        "CUMULATIVE REPORT", "Patient: HENARE, Wiremu James   NHI: ZZZ0016   DOB: 07-Jun-1958   Sex: M   Requester: Dr K. Patel (GP, fictional)",
                        color=(0.18, 0.18, 0.42))
    d = Doc("02_new_zealand_cumulative_labs", "New Zealand", "lab_result", "cumulative lab report (3 date columns)",
            "DD-Mon-YYYY", header=hdr)
    dates = ["2024-08-05", "2024-11-11", "2025-02-17"]
    spec1 = [  # name, unit, ref, values, aliases
        ("Sodium", "mmol/L", "135 - 145", ["141", "139", "137"], ["Na"]),
        ("Potassium", "mmol/L", "3.5 - 5.2", ["4.6", "5.0", "5.6"], ["K"]),
        ("Creatinine", "umol/L", "60 - 105", ["112", "121", "134"], ["Creat"]),
        ("eGFR", "mL/min/1.73m2", ">60", ["58", "53", "47"], ["Estimated GFR"]),
        ("Urea", "mmol/L", "3.2 - 7.7", ["7.1", "8.0", "9.4"], []),
        ("ALT", "U/L", "< 45", ["31", "28", "35"], ["Alanine aminotransferase"]),
        ("Alk Phos", "U/L", "40 - 120", ["88", "92", "97"], ["Alkaline phosphatase", "ALP"]),
        ("Albumin", "g/L", "35 - 50", ["41", "39", "36"], []),
    ]
    spec2 = [
        ("HbA1c", "mmol/mol", "< 41", ["64", "59", "55"], ["Haemoglobin A1c", "Glycated haemoglobin"]),
        ("Cholesterol", "mmol/L", "< 5.0", [None, "5.6", "4.3"], ["Total cholesterol"]),
        ("HDL Cholesterol", "mmol/L", "> 1.0", [None, "0.9", "1.0"], ["HDL"]),
        ("LDL Cholesterol", "mmol/L", "< 2.0", [None, "3.6", "2.5"], ["LDL"]),
        ("Triglyceride", "mmol/L", "< 1.7", [None, "2.4", "1.8"], ["Triglycerides", "TG"]),
        ("Urine Albumin/Creatinine ratio", "mg/mmol", "< 3.5", [None, "6.2", "8.9"], ["ACR", "Urine ACR"]),
    ]

    def block(title, spec):
        cols = [("Test", 150), ("Units", 76)] + [(d.d(x), 78) for x in dates] + [("Ref range", 70)]
        rows = [title]
        for name, unit, ref, vals, al in spec:
            cells = [name, unit]
            for dt, v in zip(dates, vals):
                if v is None:
                    cells.append("-")
                    continue
                r = lab_row(name, v, unit, ref, dt, al)
                d.add("labs", r)
                f = print_flag(r)
                cells.append(v + (" " + f if f else ""))
            cells.append(ref)
            rows.append(cells)
        d.table(cols, rows, size=8.3)

    d.text(d.margin, d.y - 10, "Collected dates shown at the head of each column. H = above, L = below reference range.", "Sans", 8)
    d.y -= 18
    block("RENAL FUNCTION / LIVER FUNCTION", spec1)
    d.space(6)
    d.para("Comment (" + d.d(dates[2]) + "): Potassium rising; eGFR declining on serial results. Suggest repeat renal "
           "function in 2 weeks. Haemolysis index: nil.", "Sans", 8.5)
    d.new_page()
    block("DIABETES / LIPIDS / URINE", spec2)
    d.space(6)
    d.para("Cardiovascular risk comment: LDL target < 2.0 mmol/L for people with established cardiovascular disease "
           "or diabetes with renal disease.", "Sans", 8.5)
    d.para("Tests requested on " + d.d(dates[2]) + " still in progress: Urine culture (specimen received, result to follow). "
           "Next HbA1c due in 3 months - please do not repeat before " + d.d("2025-05-17") + ".", "Sans", 8.5)
    d.space(8)
    d.text(d.margin, d.y, "Authorised: Dr A. Whitcombe, Chemical Pathologist (fictional)", "Sans", 8.5)
    d.add("must_not",
          N("labs", "Urine culture", "other", "in progress"),
          N("labs", "Next HbA1c", "planned", "future test"))
    return d


def doc03():
    hdr = banner_header("PROTEA PATHOLOGY PARTNERS (fictional) - Private Laboratory",
                        "Practice No. 0000000  |  0 Test Avenue, Rosebank, Johannesburg  |  Tel 011 000 0000",
                        "PATHOLOGY REPORT", "Patient: NAIDOO, Priya (Mrs)   ID: 0000000000000   DOB: 1972/09/23   Medical aid: TESTMED 000000   Ref Dr: S. Dlamini (fictional)",
                        color=(0.45, 0.12, 0.16))
    d = Doc("03_south_africa_lab_report", "South Africa", "lab_result", "lab report with previous-result column",
            "YYYY/MM/DD", header=hdr)
    cur, prev = "2025/04/09", "2024/10/02"
    ci, pi = "2025-04-09", "2024-10-02"
    d.kv([("Date collected:", cur), ("Lab ref:", "PPP-00-000912"), ("Previous:", prev), ("Reported:", "2025/04/10")],
         widths=(82, 150))
    d.space(8)
    spec = [
        ("TSH", "mIU/L", "0.27 - 4.20", "5.91", "3.85", ["Thyroid stimulating hormone", "Thyrotropin"]),
        ("Free T4", "pmol/L", "12.0 - 22.0", "11.2", "13.4", ["FT4", "Free thyroxine"]),
        ("Ferritin", "ug/L", "13 - 150", "9", "21", []),
        ("Vitamin B12", "pmol/L", "145 - 569", "231", "264", ["Cobalamin", "B12"]),
        ("Folate (serum)", "nmol/L", "> 8.8", "14.1", None, ["Folate", "Serum folate"]),
        ("C-reactive protein", "mg/L", "< 5", "3", "12", ["CRP"]),
        ("HbA1c", "%", "4.0 - 6.0", "6.3", "6.1", ["Glycated haemoglobin"]),
        ("Total cholesterol", "mmol/L", "< 5.0", "5.4", "6.2", ["Cholesterol"]),
        ("ALT", "U/L", "7 - 35", "24", "29", ["Alanine aminotransferase"]),
        ("GGT", "U/L", "< 40", "33", "47", ["Gamma-glutamyl transferase", "Gamma GT"]),
    ]
    cols = [("Test", 140), ("Result", 62), ("Flag", 32), ("Units", 58), ("Reference", 88), ("Previous " + prev, 119)]
    rows = []
    for name, unit, ref, v, pv, al in spec:
        r = lab_row(name, v, unit, ref, ci, al)
        d.add("labs", r)
        pcell = "-"
        if pv is not None:
            p = lab_row(name, pv, unit, ref, pi, al)
            d.add("labs", p)
            pf = print_flag(p)
            pcell = pv + (" " + pf if pf else "")
        rows.append([name, v, print_flag(r), unit, ref, pcell])
    rows.append(["25-OH Vitamin D", "To follow", "", "nmol/L", "75 - 250", "-"])
    rows.append(["HIV ELISA", "Not tested", "", "", "", "-"])
    d.table(cols, rows, size=8.5)
    d.space(6)
    d.para("Comments: 25-OH Vitamin D referred to reference laboratory - result to follow. HIV ELISA not tested: "
           "patient declined consent at collection. Low ferritin consistent with iron deficiency; suggest iron studies "
           "and review. Raised TSH with low-normal FT4: repeat thyroid function in 6 weeks.", "Sans", 8.5)
    d.space(10)
    d.text(d.margin, d.y, "Electronically authorised by Dr M. van der Merwe, Pathologist (fictional)", "Sans", 8.5)
    d.add("must_not",
          N("labs", "25-OH Vitamin D", "other", "to follow"),
          N("labs", "HIV ELISA", "other", "not tested, declined"),
          N("labs", "repeat thyroid function", "planned", "planned repeat"),
          N("conditions", "iron deficiency", "other", "lab comment, not a diagnosis"))
    return d


def doc04():
    hdr = plain_header(["HOSPITAL SERI KENANGA (fictional) - JABATAN PATOLOGI",
                        "Kementerian Kesihatan test facility  |  Jalan Contoh 0, 00000 Kuala Lumpur  |  Tel 03-0000 0000",
                        "LAPORAN MAKMAL / LABORATORY REPORT"])
    d = Doc("04_malaysia_lab_report", "Malaysia", "lab_result", "urinalysis plus chemistry (units attached to value)",
            "DD/MM/YYYY", header=hdr)
    dt = "2025-01-22"
    d.kv([("Nama / Name:", "SITI AMINAH BINTI ABDULLAH"), ("No. K/P:", "000000-00-0000"),
          ("MRN:", "KN00048211"), ("Wad/Klinik:", "Klinik Pakar Perubatan"), ("Klinikal:", "Dysuria, ?UTI"),
          ("Tarikh ambil / Collected:", d.d(dt)), ("Doktor:", "Dr. Lim Wei Jie (fictional)")], widths=(118, 150))
    d.space(8)
    cols = [("Test", 170), ("Result", 120), ("Flag", 40), ("Reference interval", 160)]
    ua = [("pH", "6.0", None, "5.0 - 8.0", "auto", []),
          ("Specific gravity", "1.025", None, "1.005 - 1.030", "auto", ["SG"]),
          ("Protein", "1+", None, "Negative", "abnormal", ["Urine protein"]),
          ("Glucose", "Negative", None, "Negative", "normal", ["Urine glucose"]),
          ("Ketones", "Negative", None, "Negative", "normal", []),
          ("Blood", "Trace", None, "Negative", "abnormal", ["Haemoglobin (urine)"]),
          ("Leucocytes", "Negative", None, "Negative", "normal", ["Leukocyte esterase"]),
          ("Nitrite", "Negative", None, "Negative", "normal", [])]
    ch = [("Urea", "8.9", "mmol/L", "2.8 - 7.2", "auto", ["Blood urea"]),
          ("Creatinine", "142", "µmol/L", "62 - 106", "auto", ["Serum creatinine"]),
          ("Sodium", "139", "mmol/L", "136 - 145", "auto", ["Na"]),
          ("Potassium", "5.4", "mmol/L", "3.5 - 5.1", "auto", ["K"]),
          ("eGFR (CKD-EPI)", "46", "mL/min/1.73m²", ">60", "auto", ["eGFR"]),
          ("Fasting plasma glucose", "7.8", "mmol/L", "3.9 - 6.0", "auto", ["FPG", "Fasting glucose"]),
          ("Albumin", "38", "g/L", "35 - 50", "auto", []),
          ("Total protein", "72", "g/L", "64 - 83", "auto", [])]
    rows = ["URINE FEME (URINALYSIS)"]
    for name, v, u, ref, fl, al in ua:
        r = lab_row(name, v, u, ref, dt, al, flag=fl)
        d.add("labs", r)
        rows.append([name, v, print_flag(r), ref])
    rows.append("KIMIA KLINIKAL / CLINICAL CHEMISTRY")
    for name, v, u, ref, fl, al in ch:
        r = lab_row(name, v, u, ref, dt, al, flag=fl)
        d.add("labs", r)
        rows.append([name, f"{v} {u}", print_flag(r), f"{ref} {u}"])
    rows.append(["Urine culture & sensitivity", "Pending", "", ""])
    d.table(cols, rows, size=8.5)
    d.space(4)
    d.text(d.margin, d.y - 8, "Flag: H = high, L = low, A = abnormal.", "Sans", 8)
    d.y -= 22
    d.para("Catatan / Note: Urine culture & sensitivity pending - report will be issued separately.", "Sans", 8.5)
    d.space(14)
    d.text(d.margin, d.y, "Disahkan oleh / Verified by: Pegawai Sains (Patologi) - N. Rahman (fictional)", "Sans", 8.5)
    d.add("must_not", N("labs", "Urine culture & sensitivity", "other", "pending"),
          N("conditions", "UTI", "other", "suspected (?)"))
    return d


def doc05():
    hdr = banner_header("FRASER CREEK COMMUNITY LABORATORY (fictional)",
                        "0 Sample Way, Surrey, BC  V0V 0V0  |  604-000-0000  |  Provincial test site",
                        "CHEMISTRY REPORT - LIPID PANEL AND HbA1c",
                        "Patient: MACLEOD, Jennifer A   PHN: 9000 000 042   DOB: 1966-02-11   Sex: F   Ordering: Dr. R. Sandhu (fictional)",
                        color=(0.05, 0.3, 0.4))
    d = Doc("05_canada_bc_lipid_hba1c", "Canada (British Columbia)", "lab_result", "lipid and HbA1c panel",
            "YYYY-MM-DD", pagesize=letter, header=hdr)
    dt = "2025-05-06"
    d.kv([("Collected:", d.d(dt) + " 07:55 (fasting 12 h)"), ("Accession:", "FC-25-0000731"),
          ("Received:", d.d(dt) + " 09:10"), ("Reported:", "2025-05-06 15:42")], widths=(70, 170))
    d.space(8)
    spec = [("Cholesterol, Total", "5.84", "mmol/L", "< 5.20", ["Total cholesterol"]),
            ("HDL Cholesterol", "1.02", "mmol/L", "> 1.00", ["HDL"]),
            ("LDL Cholesterol (calc)", "3.91", "mmol/L", "< 3.50", ["LDL", "LDL cholesterol"]),
            ("Triglycerides", "2.06", "mmol/L", "< 1.70", ["TG"]),
            ("Non-HDL Cholesterol", "4.82", "mmol/L", "< 4.20", ["Non-HDL"]),
            ("Cholesterol/HDL Ratio", "5.7", None, "< 5.0", ["TC/HDL ratio"]),
            ("Hemoglobin A1c", "7.1", "%", "4.0 - 6.0", ["HbA1c", "Haemoglobin A1c"]),
            ("Glucose, Fasting", "7.4", "mmol/L", "3.6 - 6.0", ["Fasting glucose"]),
            ("Creatinine", "88", "umol/L", "50 - 100", [])]
    cols = [("Test", 180), ("Result", 70), ("Flag", 40), ("Units", 70), ("Reference Range", 156)]
    rows = []
    for name, v, u, ref, al in spec:
        r = lab_row(name, v, u, ref, dt, al)
        d.add("labs", r)
        rows.append([name, v, print_flag(r), u or "", ref])
    rows.append(["Apolipoprotein B", "PENDING", "", "g/L", "< 0.90"])
    d.table(cols, rows, size=9)
    d.space(6)
    d.para("Interpretive comment: Fasting specimen. Apolipoprotein B to follow. Lipoprotein(a) not performed - not "
           "requested.", "Sans", 8.5)
    d.para("Guideline note (CCS dyslipidemia guidance, general text): consider familial hypercholesterolemia if LDL "
           "is 5.0 mmol/L or higher. HbA1c 6.5% or higher is consistent with diabetes when confirmed by repeat testing.",
           "SansI", 8)
    d.space(10)
    d.text(d.margin, d.y, "Medical Biochemist: Dr. E. Fortin (fictional)   Results verified electronically.", "Sans", 8.5)
    d.add("must_not",
          N("labs", "Apolipoprotein B", "other", "pending"),
          N("labs", "Lipoprotein(a)", "other", "not performed"),
          N("conditions", "familial hypercholesterolemia", "leaflet", "general guideline text"),
          N("conditions", "diabetes", "leaflet", "general guideline text"))
    return d


def doc06():
    hdr = plain_header(["LANKA CARE MEDICAL LABORATORIES (PVT) LTD (fictional)",
                        "No. 0, Test Mawatha, Kandy  |  Tel 081 000 0000  |  SLMC Reg. Lab 0000",
                        "LABORATORY REPORT"])
    d = Doc("06_sri_lanka_lab_report", "Sri Lanka", "lab_result", "two side-by-side panels",
            "DD-MM-YYYY", scan="jpg", header=hdr)
    dt = "2025-06-03"
    d.kv([("Name:", "Mr. K. A. Dilshan Perera"), ("Ref. No:", "LC/25/000588"), ("Age / Sex:", "34 Y / Male"),
          ("Date:", d.d(dt)), ("Referred by:", "Dr. N. Wickramasinghe (fictional)"), ("Specimen:", "Blood (EDTA / Serum)")],
         widths=(74, 170))
    d.text(d.margin, d.y - 12, "Clinical details: Fever 3 days, ?Dengue fever", "Sans", 8.5)
    d.y -= 20
    left = [("WBC", "6.9", "10^3/uL", "4.0 - 11.0", ["White cell count", "Total WBC"]),
            ("Neutrophils", "58", "%", "40 - 75", []),
            ("Lymphocytes", "31", "%", "20 - 45", []),
            ("Eosinophils", "7", "%", "1 - 6", []),
            ("Haemoglobin", "12.9", "g/dL", "13.0 - 17.0", ["Hb"]),
            ("RBC", "4.62", "10^6/uL", "4.5 - 5.9", ["Red cell count"]),
            ("PCV", "39.5", "%", "40 - 52", ["Haematocrit", "HCT"]),
            ("MCV", "85.5", "fL", "80 - 100", []),
            ("Platelets", "98", "10^3/uL", "150 - 450", ["Platelet count"])]
    right = [("FBS", "98", "mg/dL", "70 - 110", ["Fasting blood sugar", "Fasting glucose"]),
             ("SGOT (AST)", "56", "U/L", "< 40", ["AST"]),
             ("SGPT (ALT)", "71", "U/L", "< 41", ["ALT"]),
             ("S. Creatinine", "0.9", "mg/dL", "0.7 - 1.3", ["Creatinine"]),
             ("T. Bilirubin", "1.1", "mg/dL", "0.2 - 1.2", ["Total bilirubin"]),
             ("S. Sodium", "137", "mmol/L", "135 - 145", ["Sodium"]),
             ("S. Potassium", "4.1", "mmol/L", "3.5 - 5.1", ["Potassium"]),
             ("CRP", "18", "mg/L", "< 6", ["C-reactive protein"])]
    ytop = d.y
    for x0, title, spec in ((d.margin, "FULL BLOOD COUNT", left), (d.margin + 256, "BIOCHEMISTRY", right)):
        d.y = ytop
        d.text(x0, d.y - 10, title, "SansB", 9)
        d.y -= 14
        rows = []
        for name, v, u, ref, al in spec:
            r = lab_row(name, v, u, ref, dt, al)
            d.add("labs", r)
            f = print_flag(r)
            rows.append([name, v + (" " + f if f else ""), u, ref])
        cols = [("Test", 70), ("Result", 46), ("Unit", 50), ("Ref.", 76)] if x0 == d.margin else \
               [("Test", 76), ("Result", 46), ("Unit", 44), ("Ref.", 76)]
        d.table(cols, rows, size=7.8, x0=x0, advance=False)
    d.y = ytop - 14 - 7.8 * 1.75 * 10 - 12
    ns1 = lab_row("Dengue NS1 antigen", "POSITIVE", None, "Negative", dt, ["NS1 antigen", "Dengue NS1"], flag="abnormal")
    d.add("labs", ns1)
    d.text(d.margin, d.y, "SEROLOGY", "SansB", 9)
    d.y -= 6
    d.table([("Test", 170), ("Result", 110), ("Reference", 110), ("Remark", 109)],
            [["Dengue NS1 antigen", "POSITIVE", "Negative", "Reactive"],
             ["Dengue IgM / IgG", "Pending", "", "to follow"]], size=8.3)
    d.para("Note: Low platelet count confirmed on smear. Dengue IgM / IgG antibody result pending - will be "
           "reported on request. Please correlate clinically.", "Sans", 8.5)
    d.space(14)
    d.text(d.margin, d.y, "MLT: S. Herath      Consultant Haematologist: Dr. R. Jayasuriya (fictional)", "Sans", 8.5)
    d.add("must_not",
          N("labs", "Dengue IgM / IgG", "other", "pending"),
          N("conditions", "Dengue fever", "other", "suspected (?) in clinical details"))
    return d


def doc07():
    hdr = banner_header("CARMEL VALLEY COMMUNITY LABORATORY (fictional)",
                        "0 HaTest St., Haifa  |  Tel 04-000-0000  |  Health-fund test branch 000",
                        "LABORATORY RESULTS", "Patient: Cohen, Noa   ID: 000000018   DOB: 19.11.1987   Sex: F   Physician: Dr. Y. Mizrahi (fictional)",
                        color=(0.0, 0.28, 0.55))
    d = Doc("07_israel_lab_report", "Israel", "lab_result", "single-date table, units in own column",
            "DD.MM.YYYY", header=hdr)
    dt = "2025-02-27"
    d.kv([("Sample date:", d.d(dt) + " 08:30"), ("Order no.:", "CV-0000-4471"), ("Clinic:", "Family medicine, Neve Sha'anan branch"), ("Clinical info:", "Fatigue, r/o coeliac disease"),
          ("Printed:", "28.02.2025")], widths=(70, 175))
    d.space(8)
    spec = [("TSH", "6.82", "mIU/L", "0.35 - 4.94", ["Thyroid stimulating hormone"]),
            ("Free T4", "10.9", "pmol/L", "9.0 - 19.0", ["FT4", "Free thyroxine"]),
            ("Iron", "7", "umol/L", "10 - 30", ["Serum iron"]),
            ("Transferrin", "3.6", "g/L", "2.0 - 3.6", []),
            ("Ferritin", "6", "ng/mL", "10 - 120", []),
            ("Vitamin B12", "245", "pg/mL", "187 - 883", ["B12", "Cobalamin"]),
            ("Folic acid", "5.2", "ng/mL", "3.1 - 20.5", ["Folate"]),
            ("Vitamin D (25-OH)", "18", "ng/mL", "30 - 100", ["25-OH vitamin D", "Vitamin D"]),
            ("Hemoglobin", "10.9", "g/dL", "12.0 - 16.0", ["Hb", "Haemoglobin"]),
            ("MCV", "76.2", "fL", "80 - 100", []),
            ("Glucose", "88", "mg/dL", "70 - 100", ["Fasting glucose"]),
            ("Calcium", "9.4", "mg/dL", "8.6 - 10.3", ["Ca"])]
    cols = [("Test", 150), ("Result", 70), ("", 34), ("Units", 70), ("Normal range", 100), ("Status", 75)]
    rows = []
    for name, v, u, ref, al in spec:
        r = lab_row(name, v, u, ref, dt, al)
        d.add("labs", r)
        rows.append([name, v, print_flag(r), u, ref, "Final"])
    rows.append(["Anti-TPO", "", "", "IU/mL", "0 - 34", "In process"])
    d.table(cols, rows, size=8.8)
    d.space(6)
    d.para("Anti-TPO in process - results will be sent to the physician when available. H = high, L = low.", "Sans", 8.5)
    d.space(10)
    d.text(d.margin, d.y, "Laboratory director: Dr. E. Levi (fictional)", "Sans", 8.5)
    d.add("must_not", N("labs", "Anti-TPO", "other", "in process"),
          N("conditions", "coeliac disease", "other", "to rule out"))
    return d


# =====================================================================================
# Documents 08-13: letters and notes
# =====================================================================================
def letterhead(org, lines):
    def h(doc):
        m = doc.margin
        doc.text(m, doc.H - m - 14, org, "SerifB", 13)
        y = doc.H - m - 27
        for s in lines:
            doc.text(m, y, s, "Sans", 8)
            y -= 10
        doc.line(m, y + 4, doc.W - m, y + 4, 0.6)
        doc.y = y - 4
    return h


def doc08():
    d = Doc("08_scotland_gp_referral", "Scotland (NHS Scotland)", "medical_record", "GP referral letter",
            "DD/MM/YYYY", header=letterhead("Glenburn Medical Practice (fictional)",
                                            ["0 Test Road, Paisley PA0 0ZZ  |  Tel 0141 000 0000  |  Practice code 00000",
                                             "NHS Greater Glasgow and Clyde test area"]))
    d.y -= 8
    for s in ["Consultant Rheumatologist", "Rheumatology Outpatients, Royal Alexandra Test Hospital (fictional)"]:
        d.y -= 12
        d.text(d.margin, d.y, s, "Serif", 10)
    d.text(d.W - d.margin, d.y, "Date: " + d.d("2025-05-12"), "Serif", 10, align="right")
    d.y -= 22
    d.text(d.margin, d.y, "Re: Mrs Morag FERGUSON   DOB 03/08/1961   CHI 0308610000", "SerifB", 10)
    d.y -= 13
    d.text(d.margin, d.y, "0 Sample Crescent, Paisley PA0 0YY   Tel 07000 000000", "Serif", 10)
    d.y -= 8
    d.text(d.margin, d.y - 14, "Dear Colleague,", "Serif", 10)
    d.y -= 20
    P = d.para
    P("I would be grateful if you could see this 63-year-old lady with a four-month history of painful, swollen "
      "small joints of both hands and early morning stiffness lasting about an hour. I suspect an inflammatory "
      "arthritis, possibly rheumatoid arthritis.")
    P("Her past medical history includes essential hypertension, type 2 diabetes mellitus and hypothyroidism. "
      "She had a right Colles' fracture in 2019, which healed well, and a cholecystectomy in 2012 for gallstones.")
    P("Current medication: ramipril 5 mg once daily, metformin 500 mg twice daily, levothyroxine 75 micrograms each "
      "morning and co-codamol 30/500, 2 tablets four times a day when required. Naproxen 500 mg twice daily was "
      "stopped last month because of dyspepsia and she was started on omeprazole 20 mg once daily.")
    P("She is allergic to penicillin (rash). She denies mouth ulcers or dry eyes and there is no history of psoriasis. "
      "Her mother had rheumatoid arthritis.")
    P("On examination today: BP 138/82 mmHg, pulse 78/min regular, weight 71.4 kg, height 1.62 m, BMI 27.2. "
      "There is synovitis of the MCP joints of both hands.")
    P("Bloods on 02/05/2025: CRP 24 mg/L, ESR 41 mm/hr, rheumatoid factor positive; anti-CCP antibodies pending.")
    P("If she cannot be seen within four weeks I plan to start prednisolone 10 mg once daily as a bridge. "
      "Many thanks for your help.")
    d.y -= 10
    for s in ["Yours sincerely,", "", "Dr Alasdair Reid (fictional)", "General Practitioner"]:
        d.y -= 13
        if s:
            d.text(d.margin, d.y, s, "Serif", 10)
    lab = "2025-05-02"
    d.add("medications",
          M("ramipril", "5", "mg", "once daily"),
          M("metformin", "500", "mg", "twice daily"),
          M("levothyroxine", "75", "micrograms", "each morning"),
          M("co-codamol", "2", "tablets", "four times a day when required", brand=None),
          M("naproxen", "500", "mg", "twice daily", status="stopped"),
          M("omeprazole", "20", "mg", "once daily", status="new"))
    d.add("allergies", A("penicillin", "rash"))
    d.add("conditions",
          C("Essential hypertension", aliases=["Hypertension"]),
          C("Type 2 diabetes mellitus", aliases=["Type 2 diabetes"]),
          C("Hypothyroidism"))
    d.add("vitals", V("blood_pressure", "138/82", "mmHg"), V("heart_rate", "78", "/min"),
          V("weight", "71.4", "kg"), V("height", "1.62", "m"), V("bmi", "27.2", "kg/m2"))
    d.add("labs",
          lab_row("CRP", "24", "mg/L", None, lab, ["C-reactive protein"]),
          lab_row("ESR", "41", "mm/hr", None, lab, ["Erythrocyte sedimentation rate"]),
          lab_row("Rheumatoid factor", "positive", None, None, lab, ["RF"], flag="abnormal"))
    d.add("must_not",
          N("conditions", "rheumatoid arthritis", "other", "suspected"),
          N("conditions", "Her mother had rheumatoid arthritis", "family"),
          N("conditions", "Colles' fracture", "historical", "healed"),
          N("conditions", "gallstones", "historical", "cholecystectomy 2012"),
          N("conditions", "psoriasis", "negated"),
          N("conditions", "mouth ulcers", "negated"),
          N("medications", "Naproxen", "stopped"),
          N("medications", "prednisolone", "planned", "to start if not seen"),
          N("labs", "anti-CCP", "other", "pending"))
    return d


def doc09():
    d = Doc("09_wales_clinic_letter", "Wales (NHS Wales)", "medical_record", "specialist clinic letter to GP",
            "D Month YYYY", header=letterhead("Ysbyty Cwm Prawf (fictional) - Cardiology Department",
                                              ["Bwrdd Iechyd Prifysgol (test health board)  |  Heol Prawf, Bangor LL00 0ZZ",
                                               "Tel 01248 000000  |  Secretary ext. 0000"]))
    dt = "2025-05-14"
    d.kv([("Clinic date:", d.d(dt)), ("Typed:", d.d("2025-05-16")), ("Patient:", "Mrs Eleri PRITCHARD"),
          ("NHS No:", "000 000 0071"), ("DOB:", "22/01/1949"), ("Hospital No:", "C0000482")], widths=(80, 150))
    d.y -= 10
    d.text(d.margin, d.y - 12, "Dr G. Hughes (fictional), Meddygfa Prawf Surgery, Bangor", "Serif", 10)
    d.y -= 30
    d.heading("Diagnoses", "SerifB", 10.5)
    for s in ["1. Paroxysmal atrial fibrillation", "2. Heart failure with mildly reduced ejection fraction (LVEF 45%)",
              "3. Chronic kidney disease stage 3a"]:
        d.y -= 13
        d.text(d.margin + 10, d.y, s, "Serif", 10)
    d.y -= 6
    d.heading("Medication on leaving clinic", "SerifB", 10.5)
    for s in ["Apixaban 5 mg twice daily (NEW - replaces warfarin)",
              "Bisoprolol 5 mg once daily (CHANGED - increased from 2.5 mg)",
              "Ramipril 2.5 mg once daily", "Furosemide 40 mg each morning", "Atorvastatin 20 mg at night"]:
        d.y -= 13
        d.text(d.margin + 10, d.y, s, "Serif", 10)
    d.y -= 8
    d.text(d.margin, d.y - 12, "Dear Dr Hughes,", "Serif", 10)
    d.y -= 18
    P = d.para
    P("I reviewed Mrs Pritchard in the cardiology clinic today. Her palpitations are less frequent and she denies chest "
      "pain or syncope. Because her INR control has been poor, warfarin was stopped and replaced by apixaban 5 mg twice "
      "daily; the first dose is to be taken when her INR falls below 2. Her bisoprolol has been increased to 5 mg once daily.")
    P("On examination her BP was 128/74 mmHg, heart rate 66 bpm and irregular, SpO2 97% on air, weight 82.6 kg and "
      "BMI 31.4. There were mild ankle oedema and no signs of decompensation.")
    P("Bloods taken on " + d.d("2025-04-28") + " showed NT-proBNP 1240 ng/L, eGFR 52 mL/min/1.73m2 and potassium "
      "4.8 mmol/L.")
    P("She had a transient ischaemic attack in 2021 with full recovery. She has no known drug allergies. Her father died of "
      "a myocardial infarction aged 58.")
    P("Plan: please repeat U&Es in 2 weeks. We discussed dapagliflozin 10 mg once daily and will start it if her eGFR "
      "remains above 25 at the next review. I will see her again in 3 months with a repeat echocardiogram.")
    d.y -= 8
    for s in ["Yn gywir / Yours sincerely,", "", "Dr Rhys Llewellyn (fictional)", "Consultant Cardiologist"]:
        d.y -= 13
        if s:
            d.text(d.margin, d.y, s, "Serif", 10)
    d.add("conditions",
          C("Paroxysmal atrial fibrillation", icd=None, aliases=["Atrial fibrillation"]),
          C("Heart failure with mildly reduced ejection fraction", aliases=["Heart failure"]),
          C("Chronic kidney disease stage 3a", aliases=["Chronic kidney disease", "CKD stage 3a"]))
    d.add("medications",
          M("apixaban", "5", "mg", "twice daily", status="new"),
          M("bisoprolol", "5", "mg", "once daily", status="changed"),
          M("ramipril", "2.5", "mg", "once daily"),
          M("furosemide", "40", "mg", "each morning"),
          M("atorvastatin", "20", "mg", "at night"),
          M("warfarin", None, None, None, status="stopped"))
    d.add("vitals", V("blood_pressure", "128/74", "mmHg"), V("heart_rate", "66", "bpm"),
          V("oxygen_saturation", "97", "%"), V("weight", "82.6", "kg"), V("bmi", "31.4", "kg/m2"))
    lab = "2025-04-28"
    d.add("labs",
          lab_row("NT-proBNP", "1240", "ng/L", None, lab, ["N-terminal pro B-type natriuretic peptide"]),
          lab_row("eGFR", "52", "mL/min/1.73m2", None, lab, ["Estimated GFR"]),
          lab_row("Potassium", "4.8", "mmol/L", None, lab, ["K"]))
    d.add("must_not",
          N("medications", "warfarin", "stopped", "replaced by apixaban"),
          N("medications", "dapagliflozin", "planned", "start if eGFR above 25"),
          N("conditions", "chest pain", "negated"),
          N("conditions", "syncope", "negated"),
          N("conditions", "transient ischaemic attack", "historical", "2021, full recovery"),
          N("conditions", "myocardial infarction", "family", "father"),
          N("allergies", "drug allergies", "negated", "no known drug allergies"),
          N("labs", "U&Es", "planned", "repeat in 2 weeks"))
    return d


def doc10():
    hdr = banner_header("RIVERSIDE BASE HOSPITAL (fictional)",
                        "NSW Health test local health district  |  0 Hospital Rd, Test NSW 2000  |  Ph (02) 0000 0000",
                        "DISCHARGE SUMMARY",
                        "Patient: KOWALSKI, Graham Peter   MRN 0000291   DOB 14/10/1950   Medicare 0000 00000 0   Ward 4B Respiratory",
                        color=(0.0, 0.33, 0.52))
    d = Doc("10_australia_discharge_letter", "Australia (NSW state hospital)", "discharge_summary",
            "discharge letter", "DD/MM/YYYY", header=hdr)
    a, b = "2025-03-03", "2025-03-08"
    d.kv([("Admitted:", d.d(a)), ("Discharged:", d.d(b)), ("Consultant:", "Dr S. Nguyen (Respiratory)"),
          ("GP:", "Dr L. Fitzgerald, Test Street Medical")], widths=(70, 170))
    d.heading("Principal diagnosis", rule=True)
    d.para("Community-acquired pneumonia, right lower lobe.")
    d.heading("Comorbidities", rule=True)
    d.para("Chronic obstructive pulmonary disease (COPD); type 2 diabetes mellitus; gout.")
    d.heading("Complications", rule=True)
    d.para("Acute kidney injury on admission (creatinine 148) - resolved with IV fluids by day 3.")
    d.heading("Alerts / Allergies", rule=True)
    d.para("Trimethoprim-sulfamethoxazole (Bactrim) - rash.  Codeine - nausea and vomiting.")
    d.heading("Hospital course", rule=True)
    d.para("Mr Kowalski presented with 4 days of productive cough, fever and breathlessness. Chest X-ray showed right "
           "lower lobe consolidation. He was treated with IV ceftriaxone 1 g daily and azithromycin 500 mg daily, "
           "stepped down to oral therapy on day 3. He received a single dose of furosemide 40 mg IV on day 1 for fluid "
           "overload. Blood cultures showed no growth at 5 days; sputum culture is still pending. His gliclazide was "
           "ceased after two hypoglycaemic episodes, and perindopril was withheld because of the acute kidney injury.")
    d.heading("Observations on discharge", rule=True)
    d.para("T 36.8 °C, HR 84, BP 132/78, RR 18, SpO2 94% on room air, weight 96.5 kg.")
    d.heading("Results", rule=True)
    spec = [("CRP", "mg/L", "< 5", "186", "42", ["C-reactive protein"]),
            ("White cell count", "x10^9/L", "4.0 - 11.0", "15.8", "9.1", ["WCC", "WBC"]),
            ("Creatinine", "umol/L", "60 - 110", "148", "96", []),
            ("Haemoglobin", "g/L", "130 - 180", "131", "124", ["Hb"])]
    rows = []
    for name, u, ref, v1, v2, al in spec:
        r1, r2 = lab_row(name, v1, u, ref, a, al), lab_row(name, v2, u, ref, b, al)
        d.add("labs", r1, r2)
        f1, f2 = print_flag(r1), print_flag(r2)
        rows.append([name, u, ref, v1 + (" " + f1 if f1 else ""), v2 + (" " + f2 if f2 else "")])
    d.table([("Test", 150), ("Units", 70), ("Ref", 80), (d.d(a), 100), (d.d(b), 99)], rows, size=8.8)
    d.new_page()
    d.heading("Discharge medications", rule=True)
    meds = [("Augmentin Duo Forte 875/125 (amoxicillin/clavulanic acid)", "1 tablet", "twice daily", "NEW - 2 more days then stop"),
            ("Prednisolone 25 mg", "1 tablet", "mane", "NEW - 3 more days then stop"),
            ("Spiriva (tiotropium) 18 microgram", "1 capsule inhaled", "mane", "Unchanged"),
            ("Ventolin (salbutamol) 100 microgram MDI", "2 puffs", "4-hourly prn", "Unchanged"),
            ("Diabex XR (metformin) 1000 mg", "1 tablet", "nocte", "Unchanged"),
            ("Allopurinol 300 mg", "1 tablet", "mane", "Unchanged"),
            ("Pantoprazole 40 mg", "1 tablet", "mane", "NEW - while on prednisolone"),
            ("Perindopril 5 mg", "-", "-", "WITHHELD - GP to review after repeat UEC"),
            ("Diamicron MR (gliclazide) 60 mg", "-", "-", "CEASED - hypoglycaemia")]
    d.table([("Medicine", 250), ("Dose", 80), ("Frequency", 70), ("Status / comment", 99)],
            [[m, dd, f, s] for m, dd, f, s in meds], size=7.9)
    d.add("medications",
          M("amoxicillin/clavulanic acid", "875/125", "mg", "twice daily", status="new", brand="Augmentin Duo Forte"),
          M("prednisolone", "25", "mg", "mane", status="new"),
          M("tiotropium", "18", "microgram", "mane", brand="Spiriva", route="inhaled"),
          M("salbutamol", "2", "puffs", "4-hourly prn", brand="Ventolin", route="inhaled"),
          M("metformin", "1000", "mg", "nocte", brand="Diabex XR"),
          M("allopurinol", "300", "mg", "mane"),
          M("pantoprazole", "40", "mg", "mane", status="new"),
          M("perindopril", "5", "mg", None, status="held"),
          M("gliclazide", "60", "mg", None, status="stopped", brand="Diamicron MR"))
    d.heading("Immunisation", rule=True)
    d.para("Influenza vaccine (Fluad Quad) offered on the ward - declined by patient. Pneumococcal vaccine "
           "(Prevenar 13) is due - please give at GP follow-up.")
    d.heading("Follow-up / GP actions", rule=True)
    d.para("1. GP review in 1 week with repeat UEC; restart perindopril if creatinine stable. 2. Repeat chest X-ray in "
           "6 weeks to confirm resolution. 3. Sputum culture result to be followed up by the ward team.")
    d.space(10)
    d.text(d.margin, d.y, "Discharging doctor: Dr J. Okafor, Resident Medical Officer (fictional)   " + d.d(b), "Sans", 8.5)
    d.add("conditions",
          C("Community-acquired pneumonia", aliases=["Pneumonia"]),
          C("Chronic obstructive pulmonary disease", aliases=["COPD"]),
          C("Type 2 diabetes mellitus", aliases=["type 2 diabetes"]),
          C("Gout"))
    d.add("allergies", A("Trimethoprim-sulfamethoxazole", "rash"), A("Codeine", "nausea and vomiting"))
    d.add("vitals", V("temperature", "36.8", "°C"), V("heart_rate", "84", "bpm"), V("blood_pressure", "132/78", "mmHg"),
          V("respiratory_rate", "18", "/min"), V("oxygen_saturation", "94", "%"), V("weight", "96.5", "kg"))
    d.add("labs", lab_row("Blood cultures", "no growth at 5 days", None, None, a, ["Blood culture"], optional=True))
    d.add("must_not",
          N("conditions", "Acute kidney injury", "historical", "resolved during admission"),
          N("labs", "sputum culture", "other", "pending"),
          N("medications", "ceftriaxone", "other", "inpatient doses"),
          N("medications", "azithromycin", "other", "inpatient doses"),
          N("medications", "furosemide", "other", "single IV dose"),
          N("medications", "gliclazide", "stopped", "ceased"),
          N("medications", "perindopril", "stopped", "withheld"),
          N("immunizations", "Fluad Quad", "other", "declined"),
          N("immunizations", "Prevenar 13", "due"),
          N("labs", "repeat UEC", "planned"))
    return d


def doc11():
    hdr = banner_header("AL NOOR TEST MEDICAL CITY (fictional) - EMERGENCY DEPARTMENT",
                        "Riyadh, Kingdom of Saudi Arabia  |  Tel +966 00 000 0000  |  Test facility ID 00000",
                        "EMERGENCY DEPARTMENT PHYSICIAN NOTE",
                        "Patient: Faisal Abdullah AL-HARBI   MRN 000-00-4410   DOB 02/09/1979   Sex M   Nationality: Saudi",
                        color=(0.0, 0.4, 0.3))
    d = Doc("11_saudi_arabia_ed_note", "Saudi Arabia", "medical_record", "emergency department note",
            "DD/MM/YYYY", header=hdr)
    dt = "2025-01-19"
    d.kv([("Arrival:", d.d(dt) + " 21:14"), ("Triage:", "CTAS 2"), ("Physician:", "Dr. H. Al-Qahtani (fictional)"),
          ("Disposition:", "Discharged home 02:40")], widths=(66, 170))
    d.heading("Chief complaint")
    d.para("Chest pain for 2 hours.", "Sans", 9.5)
    d.heading("History of present illness")
    d.para("45-year-old man with type 2 diabetes mellitus and dyslipidemia presenting with 2 hours of left-sided chest "
           "tightness, worse on movement and on pressing the chest wall, after lifting heavy boxes. He denies shortness "
           "of breath, fever or cough. No history of ischemic heart disease. His brother had coronary artery disease "
           "needing bypass surgery at 50. Non-smoker.", "Sans", 9.5)
    d.para("Home medications: metformin 850 mg BID, Januvia (sitagliptin) 100 mg daily, rosuvastatin 10 mg at night "
           "and omeprazole 20 mg daily as needed. Allergies: aspirin (angioedema).", "Sans", 9.5)
    d.heading("Triage vital signs")
    d.table([("BP", 80), ("HR", 60), ("Temp", 70), ("RR", 60), ("SpO2", 70), ("Weight", 70)],
            [["156/94 mmHg", "98 /min", "36.9 °C", "20 /min", "98% RA", "88 kg"]], size=9)
    d.heading("Investigations")
    spec = [("hs-Troponin T (0 h)", "9", "ng/L", "< 14", ["hs-Troponin T", "Troponin T"]),
            ("hs-Troponin T (3 h)", "11", "ng/L", "< 14", ["hs-Troponin T", "Troponin T"]),
            ("Glucose (random)", "14.2", "mmol/L", "3.9 - 7.8", ["Glucose", "Random glucose"]),
            ("Potassium", "4.2", "mmol/L", "3.5 - 5.1", ["K"]),
            ("Creatinine", "84", "umol/L", "62 - 115", []),
            ("Hemoglobin", "14.8", "g/dL", "13.5 - 17.5", ["Hb"])]
    rows = []
    for name, v, u, ref, al in spec:
        r = lab_row(name, v, u, ref, dt, al)
        d.add("labs", r)
        rows.append([name, v, print_flag(r), u, ref])
    d.table([("Test", 170), ("Result", 70), ("Flag", 40), ("Unit", 70), ("Reference", 149)], rows, size=8.8)
    d.para("ECG: sinus rhythm 96/min, no acute ST changes. Chest X-ray: no acute findings.", "Sans", 9.5)
    d.heading("ED treatment")
    d.para("Nitroglycerin 0.4 mg sublingual x1 and IV paracetamol 1 g given in the department. Aspirin not given "
           "(documented allergy).", "Sans", 9.5)
    d.heading("Assessment and plan")
    d.para("Diagnosis: musculoskeletal chest wall pain. Acute coronary syndrome ruled out by two negative troponins. "
           "Hyperglycemia on background of type 2 diabetes mellitus. Discharge on ibuprofen 400 mg TID with food as needed "
           "for 5 days. Continue home medications. Primary care follow-up within 1 week: HbA1c to be checked and outpatient "
           "exercise stress test to be arranged. Return if pain worsens or shortness of breath.", "Sans", 9.5)
    d.add("medications",
          M("metformin", "850", "mg", "BID"),
          M("sitagliptin", "100", "mg", "daily", brand="Januvia"),
          M("rosuvastatin", "10", "mg", "at night"),
          M("omeprazole", "20", "mg", "daily as needed"),
          M("ibuprofen", "400", "mg", "TID as needed", status="new"))
    d.add("allergies", A("aspirin", "angioedema"))
    d.add("vitals", V("blood_pressure", "156/94", "mmHg"), V("heart_rate", "98", "/min"), V("temperature", "36.9", "°C"),
          V("respiratory_rate", "20", "/min"), V("oxygen_saturation", "98", "%"), V("weight", "88", "kg"))
    d.add("conditions",
          C("Type 2 diabetes mellitus", aliases=["Type 2 diabetes"]),
          C("Dyslipidemia", aliases=["Dyslipidaemia", "Hyperlipidemia"]),
          C("Musculoskeletal chest wall pain", aliases=["Chest wall pain"]))
    d.add("must_not",
          N("conditions", "Acute coronary syndrome", "negated", "ruled out"),
          N("conditions", "ischemic heart disease", "negated"),
          N("conditions", "coronary artery disease", "family", "brother"),
          N("conditions", "shortness of breath", "negated"),
          N("conditions", "fever", "negated"),
          N("medications", "Nitroglycerin", "other", "given once in ED"),
          N("medications", "IV paracetamol", "other", "given once in ED"),
          N("medications", "Aspirin", "other", "not given, allergy"),
          N("labs", "HbA1c", "planned"))
    return d


def doc12():
    hdr = letterhead("Agios Test Health Centre (fictional) - Personal Doctor Practice",
                     ["GeSY test practice  |  0 Odos Dokimis, 3000 Limassol, Cyprus  |  Tel 25 000000"])
    d = Doc("12_cyprus_telephone_note", "Cyprus", "medical_record", "telephone consultation note",
            "DD/MM/YYYY", scan="pdf", header=hdr)
    dt = "2025-04-07"
    d.text(d.margin, d.y - 14, "TELEPHONE CONSULTATION NOTE", "SansB", 12)
    d.y -= 22
    d.kv([("Date / time:", d.d(dt) + " 10:25"), ("Clinician:", "Dr. M. Christodoulou (fictional)"),
          ("Patient:", "Andreas GEORGIOU"), ("DOB:", "11/03/1970"), ("Beneficiary ID:", "0000000"),
          ("Contact:", "mobile, identity confirmed")], widths=(86, 160))
    d.y -= 8
    P = lambda s: d.para(s, "Sans", 9.5)
    P("Reason for call: review of home blood pressure readings and asthma control.")
    P("S: Patient reports home BP average 148/92 over the last week (validated upper-arm monitor), weight 94 kg on own "
      "scales. No headaches. Asthma stable: no nocturnal symptoms, denies wheeze, using reliever about once a week.")
    P("Known problems: hypertension (since 2016), asthma. Family history: mother with type 2 diabetes.")
    P("Allergies: NSAIDs - bronchospasm.")
    P("Current medicines: amlodipine 5 mg once daily, Seretide 250/50 one puff twice daily, Ventolin inhaler 2 puffs when "
      "needed. He stopped Co-Diovan (valsartan/hydrochlorothiazide) last year because of dizziness.")
    P("Recent bloods 28/03/2025: potassium 4.4 mmol/L, creatinine 0.9 mg/dL, total cholesterol 212 mg/dL.")
    P("A/P: BP above target on home readings. Increase amlodipine to 10 mg once daily - new prescription sent "
      "electronically. Repeat home BP diary for 2 weeks then phone review. Influenza vaccine due in October. Will "
      "refer for spirometry if symptoms worsen.")
    lab = "2025-03-28"
    d.add("vitals", V("blood_pressure", "148/92", "mmHg"), V("weight", "94", "kg"))
    d.add("conditions", C("Hypertension"), C("Asthma"))
    d.add("allergies", A("NSAIDs", "bronchospasm"))
    d.add("medications",
          M("amlodipine", "10", "mg", "once daily", status="changed"),
          M("fluticasone/salmeterol", "250/50", "mcg", "twice daily", brand="Seretide", route="inhaled"),
          M("salbutamol", "2", "puffs", "when needed", brand="Ventolin", route="inhaled"),
          M("valsartan/hydrochlorothiazide", None, None, None, status="stopped", brand="Co-Diovan"))
    d.add("labs",
          lab_row("Potassium", "4.4", "mmol/L", None, lab, ["K"]),
          lab_row("Creatinine", "0.9", "mg/dL", None, lab, []),
          lab_row("Total cholesterol", "212", "mg/dL", None, lab, ["Cholesterol"]))
    d.add("must_not",
          N("medications", "Co-Diovan", "stopped", "stopped last year"),
          N("conditions", "wheeze", "negated"),
          N("conditions", "type 2 diabetes", "family", "mother"),
          N("immunizations", "Influenza vaccine", "due", "due in October"))
    return d


def doc13():
    hdr = letterhead("Garrison Physiotherapy & Rehabilitation Clinic (fictional)",
                     ["0 Test Hill, Bridgetown, St. Michael, Barbados  |  Tel (246) 000-0000"])
    d = Doc("13_barbados_physio_note", "Barbados", "medical_record", "physiotherapy initial assessment (handwritten fields)",
            "DD/MM/YYYY", handwritten=True, header=hdr)
    dt = "2025-02-21"
    d.text(d.margin, d.y - 14, "PHYSIOTHERAPY INITIAL ASSESSMENT", "SansB", 12)
    d.y -= 20

    def field(label, value, lw=120, size=11.5, gap=22):
        d.y -= gap
        d.text(d.margin, d.y, label, "SansB", 9)
        d.line(d.margin + lw - 4, d.y - 3, d.W - d.margin, d.y - 3, 0.4, (0.5, 0.5, 0.5))
        if value:
            d.hand(d.margin + lw, d.y, value, size)

    field("Date:", d.d(dt))
    field("Patient name:", "Marcia Clarke   DOB 04/07/1968")
    field("Referred by:", "Dr P. Greaves (GP)")
    field("Diagnosis / reason:", "Left knee osteoarthritis")
    field("Past history:", "Hypertension, obesity. R ankle fracture 2015 - healed")
    field("Medications:", "Amlodipine 10 mg od, Voltaren Emulgel apply tds,")
    field("", "Paracetamol 1 g qid prn. Ibuprofen tabs stopped by GP (BP)")
    field("Allergies:", "Sulfa - rash")
    d.y -= 26
    d.text(d.margin, d.y, "Observations", "SansB", 10)
    labels = [("BP", "146/88"), ("HR", "76"), ("SpO2 %", "98"), ("Wt kg", "102"), ("Ht cm", "165"), ("BMI", "37.5")]
    x = d.margin
    d.y -= 24
    for lab, val in labels:
        d.rect(x, d.y - 8, 78, 26, lw=0.5)
        d.text(x + 3, d.y + 10, lab, "Sans", 7)
        d.hand(x + 10, d.y - 3, val, 12)
        x += 82
    d.y -= 22
    d.heading("Subjective / objective (typed)")
    d.para("Pain 6/10 left knee, worse on stairs and after standing. Morning stiffness 15 minutes. Denies night pain or "
           "weight loss. ROM L knee 5-110 degrees, crepitus, quadriceps weakness 4/5. Gait antalgic.", "Sans", 9.5)
    d.heading("Plan")
    d.para("Strengthening programme, walking aid advice, review in 2 weeks; consider hydrotherapy.", "Sans", 9.5)
    d.heading("Patient advice leaflet given: Knee osteoarthritis - staying active", size=9.5)
    d.para("Leaflet text: Regular exercise and weight loss help knee pain. Paracetamol and anti-inflammatory gels may "
           "help; ask your pharmacist before trying supplements such as glucosamine.", "SansI", 8.5)
    d.space(12)
    d.text(d.margin, d.y, "Physiotherapist:", "SansB", 9)
    d.hand(d.margin + 90, d.y, "K. Babb MCSP", 12)
    d.add("conditions",
          C("Left knee osteoarthritis", aliases=["Osteoarthritis of knee", "Knee osteoarthritis"]),
          C("Hypertension"), C("Obesity"))
    d.add("medications",
          M("amlodipine", "10", "mg", "od"),
          M("diclofenac", None, None, "tds", brand="Voltaren Emulgel", route="topical"),
          M("paracetamol", "1", "g", "qid prn"),
          M("ibuprofen", None, None, None, status="stopped"))
    d.add("allergies", A("Sulfa", "rash"))
    d.add("vitals", V("blood_pressure", "146/88", "mmHg"), V("heart_rate", "76", "bpm"),
          V("oxygen_saturation", "98", "%"), V("weight", "102", "kg"), V("height", "165", "cm"),
          V("bmi", "37.5", "kg/m2"))
    d.add("must_not",
          N("conditions", "ankle fracture", "historical", "2015, healed"),
          N("conditions", "weight loss", "negated"),
          N("medications", "glucosamine", "leaflet"),
          N("medications", "Ibuprofen", "stopped", "stopped by GP"))
    return d


# =====================================================================================
# Documents 14-17: EHR print-outs
# =====================================================================================
def doc14():
    hdr = banner_header("LAKESIDE STATE HEALTH SYSTEM (fictional)",
                        "Continuity of Care Document (C-CDA R2.1 CCD) - human-readable rendering  |  0 Test Blvd, Columbus, OH 00000",
                        "CONTINUITY OF CARE DOCUMENT",
                        "Patient: DAWSON, Robert James   MRN 000004417   DOB 07/22/1957   Sex: Male   PCP: Dr. Karen Liu, MD (fictional)",
                        color=(0.2, 0.2, 0.2), right="Generated 02/10/2025")
    d = Doc("14_usa_ccda_ccd", "United States (state health system)", "medical_record",
            "C-CDA continuity of care document", "MM/DD/YYYY", pagesize=letter, header=hdr)
    d.kv([("Author:", "Lakeside Family Medicine"), ("Encounter:", "Office visit 02/03/2025"),
          ("Custodian:", "Lakeside State Health System"), ("Document ID:", "0000-CCD-77120")], widths=(70, 190))
    d.heading("Problems", rule=True)
    d.table([("Problem", 230), ("Status", 60), ("Onset", 80), ("ICD-10-CM", 80), ("Source", 66)],
            [["Essential hypertension", "Active", "03/2012", "I10", "PCP"],
             ["Type 2 diabetes mellitus without complications", "Active", "06/2015", "E11.9", "PCP"],
             ["Hyperlipidemia, unspecified", "Active", "06/2015", "E78.5", "PCP"],
             ["Obstructive sleep apnea", "Active", "2019", "G47.33", "Sleep Med"],
             ["Chronic low back pain", "Active", "2021", "M54.50", "PCP"],
             ["Acute bronchitis", "Resolved", "01/2024", "J20.9", "Urgent Care"],
             ["Colon polyp (removed at colonoscopy)", "Resolved", "2020", "K63.5", "GI"]], size=8.3)
    d.heading("Medications", rule=True)
    d.table([("Medication", 175), ("Sig", 130), ("Status", 64), ("Start", 62), ("End", 85)],
            [["Lisinopril 20 MG Oral Tablet", "1 tab by mouth daily", "Active", "03/14/2012", ""],
             ["Metformin 1000 MG Oral Tablet", "1 tab by mouth BID", "Active", "06/30/2015", ""],
             ["Atorvastatin 40 MG Oral Tablet", "1 tab by mouth at bedtime", "Active", "06/30/2015", ""],
             ["Jardiance 10 MG (empagliflozin)", "1 tab by mouth daily", "Active", "02/03/2025", ""],
             ["Gabapentin 300 MG Oral Capsule", "1 cap by mouth TID", "Active", "08/11/2021", ""],
             ["Fluticasone 50 MCG/ACT Nasal Spray", "2 sprays each nostril daily", "Active", "04/02/2023", ""],
             ["Glipizide 5 MG Oral Tablet", "1 tab by mouth daily", "Discontinued", "09/01/2019", "02/03/2025"],
             ["Amoxicillin 500 MG Oral Capsule", "1 cap by mouth TID x 7 days", "Completed", "01/13/2024", "01/20/2024"]],
            size=8)
    d.heading("Allergies and Intolerances", rule=True)
    d.table([("Substance", 170), ("Reaction", 150), ("Severity", 90), ("Status", 106)],
            [["Sulfonamide antibiotics", "Hives", "Moderate", "Active"],
             ["Shellfish", "Anaphylaxis", "Severe", "Active"],
             ["Latex", "Contact dermatitis", "Mild", "Active"]], size=8.3)
    d.new_page()
    d.heading("Immunizations", rule=True)
    imm = [("Influenza, high-dose quadrivalent", "Fluzone High-Dose Quadrivalent", "10/03/2024", "ZZ00001", "Completed"),
           ("COVID-19 mRNA 2024-2025", "Spikevax", "10/03/2024", "000A24Z", "Completed"),
           ("Pneumococcal conjugate PCV20", "Prevnar 20", "11/09/2023", "ZZ2000P", "Completed"),
           ("Zoster recombinant, dose 1", "Shingrix", "02/15/2024", "0SHX001", "Completed"),
           ("Zoster recombinant, dose 2", "Shingrix", "06/20/2024", "0SHX002", "Completed"),
           ("Tdap", "Boostrix", "05/18/2021", "0000BX1", "Completed"),
           ("Hepatitis B, adult", "Heplisav-B", "", "", "Not given - patient refused")]
    d.table([("Vaccine", 170), ("Product", 150), ("Date", 66), ("Lot", 60), ("Status", 70)],
            [list(r) for r in imm], size=8)
    d.heading("Results", rule=True)
    rd = "2025-02-03"
    spec = [("Hemoglobin A1c", "7.4", "%", "4.0 - 5.6", ["HbA1c"]),
            ("Glucose", "152", "mg/dL", "70 - 99", []),
            ("Creatinine", "1.1", "mg/dL", "0.7 - 1.3", []),
            ("eGFR", "72", "mL/min/1.73m2", ">60", ["Estimated GFR"]),
            ("LDL Cholesterol", "88", "mg/dL", "< 100", ["LDL"]),
            ("Potassium", "4.6", "mmol/L", "3.5 - 5.1", ["K"]),
            ("Microalbumin/Creatinine Ratio, Urine", "42", "mg/g", "< 30", ["Urine albumin/creatinine ratio", "UACR"])]
    rows = []
    for name, v, u, ref, al in spec:
        r = lab_row(name, v, u, ref, rd, al)
        d.add("labs", r)
        rows.append([name, v, u, ref, print_flag(r), d.d(rd)])
    d.table([("Test", 180), ("Value", 55), ("Units", 85), ("Ref Range", 80), ("Flag", 40), ("Date", 76)], rows, size=8)
    d.para("Result interpretation: H = above reference range. Pending: none.", "Sans", 8)
    d.new_page()
    d.heading("Vital Signs (" + d.d(rd) + ")", rule=True)
    d.table([("Measure", 170), ("Value", 120), ("Units", 100), ("Date", 126)],
            [["Blood Pressure", "138/84", "mm[Hg]", d.d(rd)], ["Heart Rate", "72", "/min", d.d(rd)],
             ["Body Temperature", "98.2", "[degF]", d.d(rd)], ["Respiratory Rate", "16", "/min", d.d(rd)],
             ["Oxygen Saturation", "96", "%", d.d(rd)], ["Body Weight", "231", "[lb_av]", d.d(rd)],
             ["Body Height", "70", "[in_i]", d.d(rd)], ["BMI", "33.1", "kg/m2", d.d(rd)]], size=8.5)
    d.heading("Family History", rule=True)
    d.table([("Relative", 120), ("Condition", 250), ("Age at onset", 146)],
            [["Father", "Myocardial infarction", "61"], ["Mother", "Breast cancer", "70"]], size=8.5)
    d.heading("Social History", rule=True)
    d.para("Former smoker (quit 2010, 20 pack-years). Alcohol: 2 drinks per week.", "Sans", 9)
    d.heading("Plan of Care", rule=True)
    d.table([("Planned item", 260), ("Type", 110), ("Due", 146)],
            [["Repeat Hemoglobin A1c", "Lab order", "05/2025"],
             ["Diabetic retinal exam", "Referral", "03/2025"],
             ["Influenza vaccine 2025-2026 season", "Immunization", "09/2025"],
             ["Follow-up office visit", "Encounter", "05/05/2025"]], size=8.5)
    d.add("conditions",
          C("Essential hypertension", icd="I10", aliases=["Hypertension"]),
          C("Type 2 diabetes mellitus without complications", icd="E11.9", aliases=["Type 2 diabetes mellitus"]),
          C("Hyperlipidemia, unspecified", icd="E78.5", aliases=["Hyperlipidemia"]),
          C("Obstructive sleep apnea", icd="G47.33"),
          C("Chronic low back pain", icd="M54.50"))
    d.add("medications",
          M("lisinopril", "20", "MG", "daily"),
          M("metformin", "1000", "MG", "BID"),
          M("atorvastatin", "40", "MG", "at bedtime"),
          M("empagliflozin", "10", "MG", "daily", brand="Jardiance"),
          M("gabapentin", "300", "MG", "TID"),
          M("fluticasone", "2", "sprays", "each nostril daily", route="nasal"),
          M("glipizide", "5", "MG", "daily", status="stopped"),
          M("amoxicillin", "500", "MG", "TID", status="completed"))
    d.add("allergies", A("Sulfonamide antibiotics", "Hives", "Moderate"), A("Shellfish", "Anaphylaxis", "Severe"),
          A("Latex", "Contact dermatitis", "Mild"))
    d.add("immunizations",
          I("Influenza, high-dose quadrivalent", "2024-10-03", None, "ZZ00001", "Fluzone High-Dose Quadrivalent"),
          I("COVID-19 mRNA 2024-2025", "2024-10-03", None, "000A24Z", "Spikevax"),
          I("Pneumococcal conjugate PCV20", "2023-11-09", None, "ZZ2000P", "Prevnar 20"),
          I("Zoster recombinant", "2024-02-15", 1, "0SHX001", "Shingrix"),
          I("Zoster recombinant", "2024-06-20", 2, "0SHX002", "Shingrix"),
          I("Tdap", "2021-05-18", None, "0000BX1", "Boostrix"))
    d.add("vitals", V("blood_pressure", "138/84", "mmHg"), V("heart_rate", "72", "/min"),
          V("temperature", "98.2", "degF"), V("respiratory_rate", "16", "/min"), V("oxygen_saturation", "96", "%"),
          V("weight", "231", "lb"), V("height", "70", "in"), V("bmi", "33.1", "kg/m2"))
    d.add("must_not",
          N("conditions", "Acute bronchitis", "historical", "resolved"),
          N("conditions", "Colon polyp", "historical", "resolved, removed"),
          N("medications", "Glipizide", "stopped", "discontinued"),
          N("medications", "Amoxicillin", "stopped", "course completed"),
          N("immunizations", "Heplisav-B", "other", "refused"),
          N("immunizations", "Influenza vaccine 2025-2026 season", "due"),
          N("conditions", "Myocardial infarction", "family", "father"),
          N("conditions", "Breast cancer", "family", "mother"),
          N("labs", "Repeat Hemoglobin A1c", "planned"))
    return d


def doc15():
    hdr = banner_header("MyHealth Portal - Nassau Test Medical Centre (fictional)",
                        "Patient portal print view  |  0 Test Street, Nassau, N.P., The Bahamas  |  (242) 000-0000",
                        "MY HEALTH SUMMARY",
                        "Signed in as: Lorraine E. Ferguson-Rolle   Record # 00-031874   Date of birth: Jun 9, 1971",
                        color=(0.0, 0.45, 0.55))
    d = Doc("15_bahamas_portal_summary", "Bahamas", "medical_record", "patient-portal summary", "Mon D, YYYY",
            pagesize=letter, header=hdr)
    vd, ld = "2025-03-04", "2025-02-25"

    def card(title):
        d.space(4)
        d.need(40)
        d.rect(d.margin, d.y - 16, d.W - 2 * d.margin, 16, lw=0, fill=(0.88, 0.95, 0.96), stroke=None)
        d.text(d.margin + 6, d.y - 11.5, title, "SansB", 9.5)
        d.y -= 18

    def items(lst, size=9):
        for s in lst:
            d.y -= 13
            d.text(d.margin + 10, d.y, "\u2022 " + s, "Sans", size)
        d.y -= 4

    card("My health issues")
    items(["Hypertension - since Aug 2016", "Prediabetes - since Feb 2024", "Iron deficiency anemia - since Feb 2025"])
    card("My medications")
    items(["Losartan 50 mg tablet - take 1 tablet by mouth once a day",
           "Hydrochlorothiazide 12.5 mg capsule - take 1 capsule once a day in the morning",
           "Ferrous sulfate 325 mg tablet - take 1 tablet twice a day with food (started " + d.d(ld) + ")",
           "Cetirizine 10 mg tablet - take 1 tablet at bedtime as needed for allergies",
           "Stopped: Amlodipine 5 mg tablet - stopped " + d.d("2024-10-02") + " (ankle swelling)"])
    card("Allergies")
    items(["Ibuprofen - hives", "Peanuts - swelling of lips"])
    card("Recent vitals (" + d.d(vd) + ")")
    items(["Blood pressure 134/86", "Pulse 80", "Weight 78.2 kg", "BMI 29.4"])
    card("Test results (collected " + d.d(ld) + ")")
    spec = [("Hemoglobin", "11.4", "g/dL", "12.0 - 15.5", ["Hb", "Haemoglobin"]),
            ("Ferritin", "11", "ng/mL", "15 - 150", []),
            ("Hemoglobin A1c", "6.0", "%", "4.0 - 5.6", ["HbA1c"]),
            ("Glucose, fasting", "108", "mg/dL", "70 - 99", ["Fasting glucose"]),
            ("Creatinine", "0.8", "mg/dL", "0.6 - 1.1", [])]
    rows = []
    for name, v, u, ref, al in spec:
        r = lab_row(name, v, u, ref, ld, al)
        d.add("labs", r)
        f = print_flag(r)
        rows.append([name, v + " " + u, ref + " " + u, {"H": "High", "L": "Low", "": "Normal"}[f]])
    rows.append(["Vitamin D, 25-hydroxy", "Pending", "30 - 100 ng/mL", ""])
    d.table([("Test", 170), ("Your value", 110), ("Standard range", 130), ("", 106)], rows, size=8.8, grid=False)
    card("Immunizations")
    items(["Influenza (Vaxigrip Tetra) - " + d.d("2024-10-21") + " - lot Z0000AA",
           "Tdap (Adacel) - " + d.d("2019-06-05") + " - lot 000ADZ",
           "HPV vaccine - not indicated (age)"])
    card("Upcoming care")
    items(["COVID-19 booster - due now", "Mammogram - due Jul 2025", "Follow-up visit with Dr. T. Knowles - " + d.d("2025-04-08")])
    card("Health library (suggested reading)")
    items(["Managing high blood pressure at home", "Type 2 diabetes: how to lower your risk",
           "Iron-rich foods and taking iron tablets"], size=8.5)
    d.add("conditions", C("Hypertension"), C("Prediabetes"), C("Iron deficiency anemia", aliases=["Iron deficiency anaemia"]))
    d.add("medications",
          M("losartan", "50", "mg", "once a day"),
          M("hydrochlorothiazide", "12.5", "mg", "once a day in the morning"),
          M("ferrous sulfate", "325", "mg", "twice a day with food", status="new"),
          M("cetirizine", "10", "mg", "at bedtime as needed"),
          M("amlodipine", "5", "mg", None, status="stopped"))
    d.add("allergies", A("Ibuprofen", "hives"), A("Peanuts", "swelling of lips"))
    d.add("vitals", V("blood_pressure", "134/86", "mmHg"), V("heart_rate", "80", "bpm"),
          V("weight", "78.2", "kg"), V("bmi", "29.4", "kg/m2"))
    d.add("immunizations", I("Influenza", "2024-10-21", None, "Z0000AA", "Vaxigrip Tetra"),
          I("Tdap", "2019-06-05", None, "000ADZ", "Adacel"))
    d.add("must_not",
          N("medications", "Amlodipine", "stopped"),
          N("immunizations", "HPV vaccine", "other", "not indicated"),
          N("immunizations", "COVID-19 booster", "due"),
          N("labs", "Vitamin D, 25-hydroxy", "other", "pending"),
          N("conditions", "Type 2 diabetes", "leaflet", "health library title"))
    return d


def doc16():
    hdr = banner_header("Ballytest Health Centre (fictional) - Patient Summary",
                        "GP clinical system print  |  0 Test Road, Belfast BT0 0ZZ  |  Tel 028 9000 0000",
                        "PROBLEMS, MEDICATION AND ALERTS",
                        "Mrs Niamh O'NEILL   DOB 21 Apr 1976   H&C No. 000 000 0027   Usual GP: Dr C. McAllister (fictional)",
                        color=(0.25, 0.15, 0.4), right="Printed 12 Mar 2025")
    d = Doc("16_northern_ireland_problem_med_list", "Northern Ireland (HSC)", "medical_record",
            "problem and medication list (active/inactive)", "DD Mon YYYY", header=hdr)
    d.heading("ALERTS / ALLERGIES", rule=True)
    d.table([("Date", 80), ("Allergy / adverse reaction", 220), ("Reaction", 199)],
            [[d.d("2009-05-02"), "Codeine", "Vomiting"], [d.d("2014-08-19"), "Adhesive plaster", "Skin blistering"]], size=8.5)
    d.heading("ACTIVE PROBLEMS", rule=True)
    act = [("2001-09-10", "Asthma"), ("2010-06-14", "Migraine without aura"), ("2015-03-03", "Coeliac disease"),
           ("2017-11-21", "Hypothyroidism"), ("2022-02-07", "Depression"), ("2023-05-30", "Osteopenia")]
    d.table([("Date", 80), ("Problem", 420)], [[d.d(a), b] for a, b in act], size=8.5)
    d.heading("PAST / INACTIVE PROBLEMS", rule=True)
    d.table([("Date", 80), ("Problem", 300), ("Status", 120)],
            [[d.d("2006-01-12"), "Postnatal depression", "Resolved"],
             [d.d("2012-12-18"), "Fracture of left wrist", "Resolved"],
             [d.d("2015-03-03"), "Iron deficiency anaemia", "Resolved"]], size=8.5)
    d.heading("REPEAT MEDICATION (ACTIVE)", rule=True)
    rep = [("Sertraline 100mg tablets", "One tablet daily", "28 tablet"),
           ("Levothyroxine sodium 100microgram tablets", "One each morning before breakfast", "56 tablet"),
           ("Clenil Modulite 100micrograms/dose inhaler", "Two puffs twice daily", "1 x 200 dose"),
           ("Salamol 100micrograms/dose inhaler", "Two puffs when required", "1 x 200 dose"),
           ("Sumatriptan 50mg tablets", "One at onset, may repeat after 2 hours", "6 tablet"),
           ("Adcal-D3 chewable tablets", "One tablet twice daily", "112 tablet"),
           ("Alendronic acid 70mg tablets", "One tablet weekly, same day each week", "4 tablet")]
    d.table([("Drug", 220), ("Dosage", 200), ("Quantity", 80)], [list(r) for r in rep], size=8.3)
    d.heading("DISCONTINUED MEDICATION (INACTIVE)", rule=True)
    d.table([("Drug", 200), ("Stopped", 80), ("Reason", 220)],
            [["Citalopram 20mg tablets", d.d("2023-02-03"), "Switched to sertraline"],
             ["Propranolol 40mg tablets", d.d("2024-10-10"), "Migraine prophylaxis no longer needed"],
             ["Loratadine 10mg tablets", d.d("2024-06-20"), "Course completed"]], size=8.3)
    d.heading("RECENT VALUES", rule=True)
    vd = "2025-03-12"
    lt = "2025-02-20"
    spec = [("TSH", "2.1", "mU/L", "0.3 - 4.2", ["Thyroid stimulating hormone"]),
            ("Free T4", "15.2", "pmol/L", "12 - 22", ["FT4"]),
            ("Tissue transglutaminase IgA", "1.2", "U/mL", "< 7", ["tTG IgA", "Anti-tTG"])]
    rows = [[d.d(vd), "Blood pressure", "118/76 mmHg", ""], [d.d(vd), "Weight", "58.3 kg", ""],
            [d.d(vd), "Body mass index", "21.9", ""]]
    for name, v, u, ref, al in spec:
        r = lab_row(name, v, u, ref, lt, al)
        d.add("labs", r)
        rows.append([d.d(lt), name, f"{v} {u}", f"({ref}) {print_flag(r)}".strip()])
    d.table([("Date", 80), ("Item", 190), ("Value", 120), ("Range / flag", 110)], rows, size=8.3)
    d.heading("IMMUNISATIONS (LAST 12 MONTHS)", rule=True)
    d.table([("Date", 80), ("Vaccination", 220), ("Batch", 90), ("Comment", 110)],
            [[d.d("2024-10-10"), "Influenza vaccine (QIVe)", "FLU0002", "Given"],
             [d.d("2024-10-10"), "COVID-19 autumn booster", "", "Declined"]], size=8.3)
    d.heading("FAMILY HISTORY", rule=True)
    d.para("Mother - breast cancer (age 58).", "Sans", 8.5)
    d.add("allergies", A("Codeine", "Vomiting"), A("Adhesive plaster", "Skin blistering"))
    d.add("conditions", *[C(b) for _, b in act[:1]],
          C("Migraine without aura", aliases=["Migraine"]), C("Coeliac disease"), C("Hypothyroidism"),
          C("Depression"), C("Osteopenia"))
    d.add("medications",
          M("sertraline", "100", "mg", "One tablet daily"),
          M("levothyroxine", "100", "microgram", "One each morning before breakfast"),
          M("beclometasone", "100", "micrograms/dose", "Two puffs twice daily", brand="Clenil Modulite", route="inhaled"),
          M("salbutamol", "100", "micrograms/dose", "Two puffs when required", brand="Salamol", route="inhaled"),
          M("sumatriptan", "50", "mg", "One at onset, may repeat after 2 hours"),
          M("calcium carbonate/colecalciferol", None, None, "One tablet twice daily", brand="Adcal-D3"),
          M("alendronic acid", "70", "mg", "One tablet weekly"),
          M("citalopram", "20", "mg", None, status="stopped"),
          M("propranolol", "40", "mg", None, status="stopped"),
          M("loratadine", "10", "mg", None, status="completed"))
    d.add("vitals", V("blood_pressure", "118/76", "mmHg"), V("weight", "58.3", "kg"), V("bmi", "21.9", "kg/m2"))
    d.add("immunizations", I("Influenza vaccine (QIVe)", "2024-10-10", None, "FLU0002", None))
    d.add("must_not",
          N("conditions", "Postnatal depression", "historical"),
          N("conditions", "Fracture of left wrist", "historical"),
          N("conditions", "Iron deficiency anaemia", "historical"),
          N("medications", "Citalopram", "stopped"),
          N("medications", "Propranolol", "stopped"),
          N("medications", "Loratadine", "stopped", "course completed"),
          N("immunizations", "COVID-19 autumn booster", "other", "declined"),
          N("conditions", "breast cancer", "family", "mother"))
    return d


def doc17():
    hdr = banner_header("NAIROBI TEST HOSPITAL (fictional) - PHARMACY DEPARTMENT",
                        "Private hospital  |  P.O. Box 00000-00100, Nairobi  |  Tel +254 700 000 000",
                        "MEDICATION RECONCILIATION - DISCHARGE",
                        "Patient: Joseph Kamau MWANGI   IP No: 000-2291   DOB: 03/05/1962   Ward: Medical 2   Consultant: Dr. W. Otieno (fictional)",
                        color=(0.5, 0.1, 0.1))
    d = Doc("17_kenya_med_reconciliation", "Kenya (private hospital)", "medical_record",
            "hospital medication reconciliation", "DD/MM/YYYY", header=hdr)
    a, b, ld = "2025-02-10", "2025-02-15", "2025-02-12"
    d.kv([("Admitted:", d.d(a)), ("Discharge:", d.d(b)), ("Weight / height:", "84 kg / 171 cm"),
          ("Source of list:", "Patient, wife, own medicines")], widths=(96, 150))
    d.kv([("Admission obs:", "BP 162/98 mmHg, HR 104, Temp 38.4 °C")], widths=(96, 300), cols=1)
    d.heading("Diagnoses")
    d.para("Right diabetic foot ulcer with cellulitis (cellulitis resolved on IV antibiotics); type 2 diabetes mellitus, "
           "poorly controlled; hypertension; chronic kidney disease stage 3b.", "Sans", 9)
    d.heading("Allergies / intolerances")
    d.para("Co-trimoxazole - Stevens-Johnson syndrome (severe). Ciprofloxacin - rash.", "Sans", 9)
    d.heading("Relevant results (" + d.d(ld) + ")")
    labs = [lab_row("Creatinine", "168", "µmol/L", "64 - 104", ld, []),
            lab_row("eGFR", "41", "mL/min/1.73m²", ">60", ld, ["Estimated GFR"]),
            lab_row("Random blood sugar", "16.8", "mmol/L", "3.9 - 7.8", ld, ["RBS", "Random glucose"])]
    d.table([("Test", 150), ("Result", 110), ("Flag", 40), ("Reference", 199)],
            [[r["test_name"], f"{r['value_text']} {r['unit']}", print_flag(r),
              {"Creatinine": "64 - 104", "eGFR": ">60", "Random blood sugar": "3.9 - 7.8"}[r["test_name"]]] for r in labs],
            size=8.5)
    d.add("labs", *labs)
    d.heading("Section A - Pre-admission medicines")
    pre = [("Metformin 1 g", "BD", "CHANGED", "Reduce to metformin 500 mg BD (eGFR 41)"),
           ("Glibenclamide 5 mg", "OD", "STOP", "Hypoglycaemia risk in CKD"),
           ("Amlodipine 10 mg", "OD", "CONTINUE", ""),
           ("Losartan 50 mg", "OD", "CONTINUE", "Check K+ in 1 week"),
           ("Atenolol 50 mg", "OD", "STOP", "Replaced by carvedilol"),
           ("Aspirin 75 mg", "OD", "CONTINUE", ""),
           ("Atorvastatin 40 mg", "nocte", "CONTINUE", ""),
           ("Moringa leaf capsules (herbal)", "BD", "STOP", "Patient advised to stop")]
    d.table([("Medicine / strength", 160), ("Freq.", 50), ("Action", 70), ("Comment", 219)],
            [list(r) for r in pre], size=8.5)
    d.new_page()
    d.heading("Section B - New medicines started this admission (continue at home)")
    new = [("Insulin glargine (Lantus) 100 units/mL", "14 units SC", "nocte", "NEW"),
           ("Carvedilol 6.25 mg", "1 tab", "BD", "NEW"),
           ("Augmentin 625 mg (amoxicillin/clavulanic acid)", "1 tab", "TDS x 7 days", "NEW"),
           ("Paracetamol 1 g", "2 x 500 mg tabs", "TDS prn", "NEW"),
           ("Pregabalin 75 mg", "1 cap", "nocte", "NEW")]
    d.table([("Medicine / strength", 220), ("Dose", 90), ("Frequency", 100), ("Action", 89)],
            [list(r) for r in new], size=8.5)
    d.heading("Section C - Inpatient-only medicines (NOT for discharge)")
    d.table([("Medicine", 220), ("Details", 279)],
            [["Piperacillin-tazobactam 4.5 g IV", "q8h " + d.d("2025-02-10") + " to " + d.d("2025-02-14") + " - stopped"],
             ["Enoxaparin 40 mg SC", "daily while admitted - stopped at discharge"],
             ["Actrapid (soluble insulin)", "sliding scale - stopped"]], size=8.5)
    d.heading("Counselling")
    d.para("Patient and wife counselled on insulin technique, hypoglycaemia symptoms and sick-day rules. Avoid "
           "over-the-counter NSAIDs such as diclofenac because of kidney disease. Review at diabetes clinic in 2 weeks; "
           "repeat HbA1c in 3 months.", "Sans", 9)
    d.space(12)
    d.text(d.margin, d.y, "Reconciled by: Clinical pharmacist M. Njeri (fictional)   Checked by: Dr. A. Kiprono   Date: " + d.d(b), "Sans", 8.5)
    d.add("conditions",
          C("Right diabetic foot ulcer", aliases=["Diabetic foot ulcer"]),
          C("Type 2 diabetes mellitus", aliases=["type 2 diabetes"]),
          C("Hypertension"), C("Chronic kidney disease stage 3b", aliases=["Chronic kidney disease"]))
    d.add("allergies", A("Co-trimoxazole", "Stevens-Johnson syndrome", "severe"), A("Ciprofloxacin", "rash"))
    d.add("vitals", V("weight", "84", "kg"), V("height", "171", "cm"),
          V("blood_pressure", "162/98", "mmHg"), V("heart_rate", "104", "bpm"),
          V("temperature", "38.4", "°C"))
    d.add("medications",
          M("metformin", "500", "mg", "BD", status="changed"),
          M("glibenclamide", "5", "mg", "OD", status="stopped"),
          M("amlodipine", "10", "mg", "OD"),
          M("losartan", "50", "mg", "OD"),
          M("atenolol", "50", "mg", "OD", status="stopped"),
          M("aspirin", "75", "mg", "OD"),
          M("atorvastatin", "40", "mg", "nocte"),
          M("moringa", None, None, "BD", status="stopped", route="oral", optional=True),
          M("insulin glargine", "14", "units", "nocte", status="new", brand="Lantus", route="subcutaneous"),
          M("carvedilol", "6.25", "mg", "BD", status="new"),
          M("amoxicillin/clavulanic acid", "625", "mg", "TDS", status="new", brand="Augmentin"),
          M("paracetamol", "1", "g", "TDS prn", status="new"),
          M("pregabalin", "75", "mg", "nocte", status="new"))
    d.add("must_not",
          N("medications", "Glibenclamide", "stopped"),
          N("medications", "Atenolol", "stopped", "replaced by carvedilol"),
          N("medications", "Moringa", "stopped", "herbal, advised to stop"),
          N("medications", "Piperacillin-tazobactam", "other", "inpatient only"),
          N("medications", "Enoxaparin", "other", "inpatient only"),
          N("medications", "Actrapid", "other", "inpatient only"),
          N("medications", "diclofenac", "leaflet", "counselling advice: avoid"),
          N("conditions", "cellulitis", "historical", "resolved on IV antibiotics"),
          N("labs", "repeat HbA1c", "planned"))
    return d


# =====================================================================================
# Documents 18-20: medication documents
# =====================================================================================
def doc18():
    hdr = banner_header("ADUM TEST PHARMACY LTD (fictional)",
                        "Community pharmacy  |  0 Test Road, Adum, Kumasi, Ghana  |  Tel 0322 000 000  |  Pharmacy Council Lic. 00000",
                        "PATIENT DISPENSING HISTORY",
                        "Patient: Kwame ASANTE-BOATENG   DOB: 17/08/1958   NHIS No: 00000000   Tel: 024 000 0000",
                        color=(0.55, 0.35, 0.0))
    d = Doc("18_ghana_pharmacy_dispensing", "Ghana", "prescription", "pharmacy dispensing history",
            "DD/MM/YYYY", header=hdr)
    d.kv([("Period:", d.d("2024-12-01") + " to " + d.d("2025-03-31")), ("Printed:", d.d("2025-04-02")),
          ("ALLERGY ALERT:", "Sulphonamides"), ("Pharmacist:", "E. Owusu, MPSGH (fictional)")], widths=(92, 150))
    d.space(8)
    rows = []
    disp = [
        ("2024-12-12", "Coartem 80/480 (artemether/lumefantrine)", "6 tabs", "1 tab twice daily for 3 days", "Dr. A. Mensah", "Course completed"),
        ("2025-01-06", "Amlodipine 10 mg tablets", "30", "1 tab daily", "Dr. A. Mensah", ""),
        ("2025-01-06", "Metformin 500 mg tablets", "60", "1 tab bd with meals", "Dr. A. Mensah", ""),
        ("2025-01-06", "Amaryl (glimepiride) 2 mg tablets", "30", "1 tab daily before breakfast", "Dr. A. Mensah", ""),
        ("2025-01-06", "Atorvastatin 20 mg tablets", "30", "1 tab nocte", "Dr. A. Mensah", ""),
        ("2025-01-20", "Ciprofloxacin 500 mg tablets", "10", "1 tab bd x 5 days", "Dr. K. Frimpong", "Course completed"),
        ("2025-02-05", "Amlodipine 10 mg tablets", "30", "1 tab daily", "Repeat", ""),
        ("2025-02-05", "Metformin 500 mg tablets", "60", "1 tab bd with meals", "Repeat", ""),
        ("2025-02-05", "Amaryl (glimepiride) 2 mg tablets", "30", "1 tab daily before breakfast", "Repeat", ""),
        ("2025-02-05", "Atorvastatin 20 mg tablets", "30", "1 tab nocte", "Repeat", ""),
        ("2025-02-05", "Aspirin 75 mg tablets (Cardiprin)", "30", "1 tab daily after food", "Dr. A. Mensah", "New"),
        ("2025-03-07", "Amlodipine 10 mg tablets", "30", "1 tab daily", "Repeat", ""),
        ("2025-03-07", "Metformin 500 mg tablets", "60", "1 tab bd with meals", "Repeat", ""),
        ("2025-03-07", "Amaryl (glimepiride) 2 mg tablets", "30", "1 tab daily before breakfast", "Repeat", ""),
        ("2025-03-07", "Atorvastatin 20 mg tablets", "30", "1 tab nocte", "Repeat", ""),
        ("2025-03-07", "Aspirin 75 mg tablets (Cardiprin)", "30", "1 tab daily after food", "Repeat", ""),
        ("2025-03-07", "Omeprazole 20 mg capsules", "30", "1 cap daily before breakfast", "Dr. A. Mensah", "New"),
        ("2025-03-07", "Paracetamol 500 mg tablets (OTC)", "24", "2 tabs tds prn", "OTC sale", ""),
        ("2025-03-07", "Sitagliptin 50 mg tablets", "0", "1 tab daily", "Dr. A. Mensah", "NOT DISPENSED - out of stock"),
    ]
    for dt, item, q, dirs, pres, note in disp:
        rows.append([d.d(dt), item, q, dirs, pres, note])
    d.table([("Date", 58), ("Item", 178), ("Qty", 28), ("Directions", 130), ("Prescriber", 62), ("Note", 43)],
            rows, size=7.3)
    d.space(4)
    d.para("Note: Sitagliptin 50 mg not dispensed (out of stock) - patient to return or obtain elsewhere. Coartem and "
           "ciprofloxacin were short courses, now completed.", "Sans", 8.5)
    d.add("allergies", A("Sulphonamides"))
    d.add("medications",
          M("amlodipine", "10", "mg", "daily"),
          M("metformin", "500", "mg", "bd with meals"),
          M("glimepiride", "2", "mg", "daily before breakfast", brand="Amaryl"),
          M("atorvastatin", "20", "mg", "nocte"),
          M("aspirin", "75", "mg", "daily after food", brand="Cardiprin"),
          M("omeprazole", "20", "mg", "daily before breakfast"),
          M("paracetamol", "2", "tabs", "tds prn", optional=True),
          M("artemether/lumefantrine", "80/480", "mg", "twice daily", status="completed", brand="Coartem"),
          M("ciprofloxacin", "500", "mg", "bd", status="completed"))
    d.add("must_not",
          N("medications", "Coartem", "stopped", "course completed"),
          N("medications", "Ciprofloxacin", "stopped", "course completed"),
          N("medications", "Sitagliptin", "other", "not dispensed"))
    return d


def doc19():
    def hdr(doc):
        m = doc.margin
        doc.text(m, doc.H - m - 14, "Dr. Ahmed S. Test-Mahmoud (fictional)", "SerifB", 14)
        doc.text(m, doc.H - m - 28, "Consultant of Internal Medicine - MBBCh, MD (Test University)", "Serif", 9)
        doc.text(m, doc.H - m - 40, "Clinic: 0 Test Street, Heliopolis, Cairo  |  Tel 02 0000 0000  |  Mobile 010 0000 0000", "Sans", 8)
        doc.line(m, doc.H - m - 48, doc.W - m, doc.H - m - 48, 1.2)
        doc.y = doc.H - m - 56
    d = Doc("19_egypt_prescription", "Egypt", "prescription", "handwritten private clinic prescription",
            "DD/MM/YYYY", scan="jpg", handwritten=True, header=hdr)
    dt = "2025-03-23"
    H = d.hand
    y = d.y - 18
    d.text(d.margin, y, "Name:", "SansB", 9); H(d.margin + 40, y, "Mahmoud Ibrahim Hassan", 13)
    d.text(d.W - 190, y, "Date:", "SansB", 9); H(d.W - 158, y, d.d(dt), 13)
    y -= 22
    d.text(d.margin, y, "Age:", "SansB", 9); H(d.margin + 40, y, "57 y", 13)
    d.text(d.margin + 130, y, "BP:", "SansB", 9); H(d.margin + 155, y, "130/85", 13)
    d.text(d.margin + 250, y, "Wt:", "SansB", 9); H(d.margin + 275, y, "92 kg", 13)
    y -= 26
    H(d.margin, y, "Dx: Acute sinusitis.  Known HTN, DM", 13)
    y -= 20
    H(d.margin, y, "Allergy: none known", 12)
    y -= 34
    d.text(d.margin, y, "Rx", "SerifB", 24)
    y -= 30
    lines = ["1- Augmentin 1 g tab  -  1 tab every 12 h x 7 days",
             "2- Panadol Extra  -  2 tabs when needed (max 8/day)",
             "3- Concor 5 mg  -  1 tab once daily (morning)",
             "4- Glucophage 1000 mg  -  1 tab twice daily after meals",
             "5- Nexium 40 mg  -  1 cap before breakfast",
             "Stop Aldomet",
             "Next visit after 1 week with FBS & HbA1c"]
    for s in lines:
        H(d.margin + 14, y, s, 13.5)
        y -= 30
    y -= 20
    d.text(d.W - 200, y, "Signature:", "SansB", 9)
    H(d.W - 145, y, "A. Test-M.", 14)
    d.y = y - 20
    d.add("medications",
          M("amoxicillin/clavulanic acid", "1", "g", "every 12 h", brand="Augmentin"),
          M("paracetamol/caffeine", "2", "tabs", "when needed", brand="Panadol Extra"),
          M("bisoprolol", "5", "mg", "once daily (morning)", brand="Concor"),
          M("metformin", "1000", "mg", "twice daily after meals", brand="Glucophage"),
          M("esomeprazole", "40", "mg", "before breakfast", brand="Nexium"),
          M("methyldopa", None, None, None, status="stopped", brand="Aldomet"))
    d.add("conditions", C("Acute sinusitis"), C("Hypertension", aliases=["HTN"]),
          C("Diabetes mellitus", aliases=["DM"]))
    d.add("vitals", V("blood_pressure", "130/85", "mmHg"), V("weight", "92", "kg"))
    d.add("must_not",
          N("medications", "Aldomet", "stopped"),
          N("labs", "HbA1c", "planned", "next visit"),
          N("labs", "FBS", "planned", "next visit"),
          N("allergies", "none known", "negated"))
    return d


def doc20():
    L = (A4[1], A4[0])
    hdr = plain_header(["EVENTIDE TEST HOME FOR THE AGED (fictional) - MEDICATION ADMINISTRATION RECORD",
                        "0 Test Road, Hillside, Bulawayo, Zimbabwe  |  Tel 029 000 0000  |  Supplying pharmacy: Test Pharmacy, Bulawayo",
                        ], font="SansB", size=11)
    d = Doc("20_zimbabwe_care_home_chart", "Zimbabwe", "prescription", "care-home medication administration chart",
            "DD/MM/YYYY", pagesize=L, scan="png", handwritten=True, header=hdr, margin=36, bottom=50)
    d.kv([("Resident:", "Mrs Tendai MOYO   DOB 09/09/1937"), ("Room:", "14"),
          ("Month:", "March 2025 (days 1-14)"), ("GP:", "Dr. P. Ncube (fictional)"),
          ("Diagnoses:", "Congestive cardiac failure; Type 2 diabetes mellitus; Epilepsy; Alzheimer's dementia")],
         widths=(60, 300), cols=2, size=8.5, lead=12)
    d.kv([("ALLERGIES:", "Erythromycin (vomiting)"),
          ("Obs " + d.d("2025-03-01") + ":", "BP 124/70   Pulse 68   Temp 36.4   Weight 61.5 kg")], widths=(96, 300), cols=2, size=8.5)
    d.space(6)
    meds = [("Enalapril 10 mg tab", "1 tab PO", "08:00", "once daily", "all"),
            ("Furosemide 40 mg tab", "1 tab PO", "08:00", "once daily", "all"),
            ("Metformin 850 mg tab", "1 tab PO", "08:00 / 18:00", "twice daily", "all"),
            ("Simvastatin 20 mg tab", "1 tab PO", "20:00", "at night", "all"),
            ("Tegretol (carbamazepine) 200 mg", "1 tab PO", "08:00 / 20:00", "twice daily", "all"),
            ("Donepezil 5 mg tab", "1 tab PO", "20:00", "at night", "all"),
            ("Paracetamol 500 mg tab", "2 tabs PO", "PRN", "max 4 doses / 24 h", "prn"),
            ("Amoxicillin 500 mg cap", "1 cap PO", "TDS", "TDS x 5 days - COMPLETED 07/03", "course"),
            ("Aspirin 75 mg tab", "1 tab PO", "08:00", "DISCONTINUED 05/03/2025 by GP", "stop")]
    cols = [("Medicine", 145), ("Dose/route", 52), ("Time", 64), ("Directions", 167)] + [(str(i), 22) for i in range(1, 15)]
    x0 = d.margin
    rows = [[m, dr, t, di] + [""] * 14 for m, dr, t, di, _ in meds]
    ytop = d.y
    d.table(cols, rows, size=7.2, rowh=22)
    # handwritten initials in the day grid
    rowh = 22
    gx = x0 + 145 + 52 + 64 + 167
    for ri, (_, _, _, _, kind) in enumerate(meds):
        yy = ytop - rowh * (ri + 2) + 7
        for day in range(1, 15):
            if kind == "prn" and day not in (2, 6, 11):
                continue
            if kind == "course" and not 3 <= day <= 7:
                continue
            if kind == "stop" and day > 4:
                if day == 5:
                    d.hand(gx + (day - 1) * 22 + 2, yy, "D/C", 7.5, color=(0.6, 0.05, 0.05))
                continue
            mark = "R" if (ri == 3 and day == 9) else d.rng.choice(["TM", "NS", "RC"])
            d.hand(gx + (day - 1) * 22 + 3, yy, mark, 8.5)
    d.space(4)
    d.para("Codes: R = refused, H = hospital, D/C = discontinued. Once-only: Lorazepam 1 mg PO given 02/03/2025 at 22:10 "
           "for agitation (stat dose).", "Sans", 8)
    d.add("medications",
          M("enalapril", "10", "mg", "once daily"),
          M("furosemide", "40", "mg", "once daily"),
          M("metformin", "850", "mg", "twice daily"),
          M("simvastatin", "20", "mg", "at night"),
          M("carbamazepine", "200", "mg", "twice daily", brand="Tegretol"),
          M("donepezil", "5", "mg", "at night"),
          M("paracetamol", "2", "tabs", "PRN"),
          M("amoxicillin", "500", "mg", "TDS", status="completed"),
          M("aspirin", "75", "mg", "once daily", status="stopped"))
    d.add("conditions", C("Congestive cardiac failure", aliases=["Heart failure"]),
          C("Type 2 diabetes mellitus"), C("Epilepsy"), C("Alzheimer's dementia", aliases=["Alzheimer's disease"]))
    d.add("allergies", A("Erythromycin", "vomiting"))
    d.add("vitals", V("blood_pressure", "124/70", "mmHg"), V("heart_rate", "68", "bpm"),
          V("temperature", "36.4", "°C"), V("weight", "61.5", "kg"))
    d.add("must_not",
          N("medications", "Amoxicillin", "stopped", "course completed"),
          N("medications", "Aspirin", "stopped", "discontinued"),
          N("medications", "Lorazepam", "other", "once-only dose"))
    return d


# =====================================================================================
# Documents 21-23: immunisation documents; 24: tick-box form
# =====================================================================================
def doc21():
    hdr = plain_header(["THE REPUBLIC OF UGANDA - MINISTRY OF HEALTH",
                        "CHILD HEALTH CARD - IMMUNISATION RECORD (test replica)",
                        "Uganda National Expanded Programme on Immunisation (UNEPI)"], font="SansB", size=12)
    d = Doc("21_uganda_child_immunisation_card", "Uganda", "immunization_record", "child immunisation card (handwritten)",
            "DD/MM/YYYY", scan="png", handwritten=True, header=hdr)
    H = d.hand
    y = d.y - 16
    for lab, val, x in [("Child's name:", "NAKATO Sarah", 0), ("Sex:", "F", 330)]:
        d.text(d.margin + x, y, lab, "SansB", 9); H(d.margin + x + 80, y, val, 12)
    y -= 20
    for lab, val, x in [("Date of birth:", "14/02/2024", 0), ("Child No:", "0000/24", 330)]:
        d.text(d.margin + x, y, lab, "SansB", 9); H(d.margin + x + 80, y, val, 12)
    y -= 20
    for lab, val, x in [("Mother:", "Namutebi Grace", 0), ("Health unit:", "Test HC III, Mukono", 250)]:
        d.text(d.margin + x, y, lab, "SansB", 9); H(d.margin + x + 80 if x == 0 else d.margin + x + 62, y, val, 12)
    d.y = y - 12
    given = [("BCG", None, "BCG", "2024-02-14", "BZ0012"),
             ("Polio (OPV) 0", 0, "OPV", "2024-02-14", "PZ0101"),
             ("Polio (OPV) 1", 1, "OPV", "2024-03-28", "PZ0102"),
             ("DPT-HepB-Hib 1", 1, "DPT-HepB-Hib", "2024-03-28", "DZ0201"),
             ("PCV 1", 1, "PCV", "2024-03-28", "CZ0301"),
             ("Rotavirus 1", 1, "Rotavirus", "2024-03-28", "RZ0401"),
             ("Polio (OPV) 2", 2, "OPV", "2024-04-25", "PZ0103"),
             ("DPT-HepB-Hib 2", 2, "DPT-HepB-Hib", "2024-04-25", "DZ0202"),
             ("PCV 2", 2, "PCV", "2024-04-25", "CZ0302"),
             ("Rotavirus 2", 2, "Rotavirus", "2024-04-25", "RZ0402"),
             ("Polio (OPV) 3", 3, "OPV", "2024-05-23", "PZ0104"),
             ("DPT-HepB-Hib 3", 3, "DPT-HepB-Hib", "2024-05-23", "DZ0203"),
             ("PCV 3", 3, "PCV", "2024-05-23", "CZ0303"),
             ("IPV", 1, "IPV", "2024-05-23", "IZ0501"),
             ("Measles-Rubella 1", 1, "Measles-Rubella", "2024-11-18", "MZ0601"),
             ("Yellow fever", None, "Yellow fever", "2024-11-18", "YZ0701")]
    due = [("Measles-Rubella 2", "18 months", "14/08/2025"), ("Malaria vaccine 1", "as scheduled", "")]
    cols = [("Vaccine / dose", 140), ("Age due", 70), ("Date given", 100), ("Batch No.", 90), ("Next visit", 99)]
    ages = {"BCG": "At birth", "Polio (OPV) 0": "At birth"}
    rows = []
    for lab, *_ in given:
        n = lab[-1]
        age = ages.get(lab, {"1": "6 weeks", "2": "10 weeks", "3": "14 weeks"}.get(n, "14 weeks"))
        if "Measles" in lab or "Yellow" in lab:
            age = "9 months"
        rows.append([lab, age, "", "", ""])
    for lab, age, _ in due:
        rows.append([lab, age, "", "", ""])
    ytop = d.y
    rowh = 19
    d.table(cols, rows, size=8.3, rowh=rowh)
    nextv = {"2024-02-14": "28/03/2024", "2024-03-28": "25/04/2024", "2024-04-25": "23/05/2024",
             "2024-05-23": "14/11/2024", "2024-11-18": "14/08/2025"}
    x = d.margin
    for i, (lab, dose, vac, dt, lot) in enumerate(given):
        yy = ytop - rowh * (i + 2) + 5
        H(x + 213, yy, d.d(dt), 10.5)
        H(x + 313, yy, lot, 10)
        if i in (0, 5, 9, 13, 15):
            H(x + 403, yy, nextv[dt], 10)
        d.add("immunizations", I(vac, dt, dose, lot, None))
    d.y -= 4
    d.text(d.margin, d.y - 10, "Growth: weight at 9 months", "SansB", 9)
    H(d.margin + 150, d.y - 10, "8.4 kg", 11)
    d.y -= 30
    d.para("Bring this card every time you visit a health facility. Vitamin A and deworming are recorded on page 3.",
           "SansI", 8.5)
    d.add("vitals", V("weight", "8.4", "kg", optional=True))
    d.add("must_not",
          N("immunizations", "Measles-Rubella 2", "due", "due 14/08/2025"),
          N("immunizations", "Malaria vaccine 1", "due"))
    return d


def doc22():
    hdr = banner_header("DHAKA TEST TRAVEL & VACCINATION CLINIC (fictional)",
                        "House 0, Road 0, Gulshan, Dhaka 1212, Bangladesh  |  +880 0000 000000",
                        "ADULT VACCINATION / TRAVEL HEALTH RECORD",
                        "Name: Md. Rafiqul ISLAM   Year of birth: 1985   Passport: ZZ0000000   Client ID: TC-000318",
                        color=(0.0, 0.42, 0.25))
    d = Doc("22_bangladesh_travel_vaccination_record", "Bangladesh", "immunization_record",
            "adult / travel vaccination record (handwritten entries)", "DD/MM/YYYY", handwritten=True, header=hdr)
    d.para("Entries are written by the vaccinating nurse at each visit. Destination: work posting (construction), "
           "Middle East and East Africa.", "Sans", 9)
    ent = [("Typhoid conjugate", "Typbar-TCV", "2024-03-05", None, "ZT0001"),
           ("Hepatitis A", "Havrix 1440", "2024-03-05", 1, "ZH0101"),
           ("Hepatitis A", "Havrix 1440", "2024-10-09", 2, "ZH0102"),
           ("Hepatitis B", "Engerix-B", "2024-03-05", 1, "ZB0201"),
           ("Hepatitis B", "Engerix-B", "2024-04-04", 2, "ZB0202"),
           ("Hepatitis B", "Engerix-B", "2024-09-10", 3, "ZB0203"),
           ("Meningococcal ACWY", "Menactra", "2024-06-02", None, "ZM0301"),
           ("Rabies (pre-exposure)", "Rabipur", "2024-07-01", 1, "ZR0401"),
           ("Rabies (pre-exposure)", "Rabipur", "2024-07-08", 2, "ZR0402"),
           ("Tetanus-diphtheria (Td)", "Td-VAC", "2024-11-11", None, "ZD0501"),
           ("COVID-19", "Comirnaty", "2023-12-12", None, "ZC0601")]
    cols = [("Vaccine", 140), ("Brand", 85), ("Dose", 40), ("Date", 90), ("Batch", 70), ("Sign / stamp", 74)]
    rowh = 22
    ytop = d.y - 4
    d.y = ytop
    d.table(cols, [[v, "", "", "", "", ""] for v, *_ in ent] +
            [["Yellow fever", "", "", "", "", ""], ["Cholera (oral)", "", "", "", "", ""]], size=8.3, rowh=rowh)
    x = d.margin
    for i, (vac, brand, dt, dose, lot) in enumerate(ent):
        yy = ytop - rowh * (i + 2) + 7
        H = d.hand
        H(x + 143, yy, brand, 10)
        if dose:
            H(x + 232, yy, str(dose), 10)
        H(x + 268, yy, d.d(dt), 10)
        H(x + 358, yy, lot, 10)
        H(x + 430, yy, d.rng.choice(["RK", "S.A.", "MB"]), 10)
        y, m, dd = _ymd(dt)
        d.add("immunizations", I(vac, dt, dose, lot, brand, amb=(dd <= 12 and m <= 12 and dd != m)))
    i = len(ent)
    d.hand(x + 143, ytop - rowh * (i + 2) + 7, "Not given - not indicated for itinerary", 9.5)
    d.hand(x + 143, ytop - rowh * (i + 3) + 7, "Planned before next trip (Dukoral)", 9.5)
    d.space(8)
    d.para("Advice given: food and water precautions, malaria prevention for East Africa (discuss antimalarial "
           "tablets with your doctor before travel), animal bite first aid.", "SansI", 8.5)
    d.add("must_not",
          N("immunizations", "Yellow fever", "other", "not indicated"),
          N("immunizations", "Cholera (oral)", "planned", "planned before next trip"),
          N("medications", "antimalarial tablets", "leaflet", "travel advice"))
    return d


def doc23():
    hdr = plain_header(["TEST TEACHING HOSPITAL (fictional) - OCCUPATIONAL HEALTH UNIT",
                        "Maharajgunj test campus, Kathmandu, Nepal  |  Tel 01-0000000",
                        "CERTIFICATE OF VACCINATION FOR EMPLOYMENT"], font="SerifB", size=13)
    d = Doc("23_nepal_employment_vaccination_certificate", "Nepal", "immunization_record",
            "employment vaccination certificate with next-dose due dates", "YYYY-MM-DD", header=hdr)
    d.kv([("Employee:", "Sita Kumari SHRESTHA"), ("Staff ID:", "HR-000231"), ("Post:", "Staff Nurse, Emergency"),
          ("Date of issue:", d.d("2025-01-15"))], widths=(80, 160))
    d.space(6)
    d.para("This is to certify that the above employee has received the following vaccines as required for "
           "healthcare workers:", "Serif", 10)
    given = [("Hepatitis B", "Genevac-B", 1, "2024-01-08", "GB00101"),
             ("Hepatitis B", "Genevac-B", 2, "2024-02-08", "GB00102"),
             ("Hepatitis B", "Genevac-B", 3, "2024-07-08", "GB00103"),
             ("Tetanus-diphtheria (Td)", "Tdvac", None, "2024-01-08", "TD00201"),
             ("MMR", "Tresivac", None, "2024-01-08", "MR00301"),
             ("Varicella", "Varivax", 1, "2024-01-08", "VZ00401"),
             ("Varicella", "Varivax", 2, "2024-02-08", "VZ00402"),
             ("Typhoid conjugate", "Typbar-TCV", None, "2024-03-15", "TY00501"),
             ("COVID-19", "Covishield", 1, "2021-03-10", "CV00601"),
             ("COVID-19", "Covishield", 2, "2021-06-02", "CV00602"),
             ("Influenza (seasonal)", "Vaxigrip Tetra", None, "2024-10-20", "FL00701")]
    nxt = {("Tetanus-diphtheria (Td)", None): "Booster due 2034-01-08",
           ("Influenza (seasonal)", None): "Next dose due 2025-10-01"}
    rows = []
    for vac, br, dose, dt, lot in given:
        rows.append([vac, br, str(dose) if dose else "-", d.d(dt), lot, nxt.get((vac, dose), "")])
        d.add("immunizations", I(vac, dt, dose, lot, br))
    rows.append(["Hepatitis B booster", "-", "-", "-", "-", "Not required (anti-HBs > 10)"])
    rows.append(["Rabies pre-exposure", "-", "-", "-", "-", "Planned before ED posting"])
    d.table([("Vaccine", 130), ("Brand", 82), ("Dose", 34), ("Date given", 70), ("Batch", 62), ("Next dose / remarks", 121)],
            rows, size=8.2)
    d.heading("Serology", "SerifB", 10.5)
    sd = "2024-08-20"
    hbs = lab_row("Anti-HBs", "112", "mIU/mL", "> 10", sd, ["Hepatitis B surface antibody", "Anti-HBs titre"])
    d.add("labs", hbs)
    d.table([("Test", 170), ("Date", 80), ("Result", 80), ("Protective level", 169)],
            [["Anti-HBs titre", d.d(sd), "112 mIU/mL", "> 10 mIU/mL"],
             ["Tuberculin skin test (Mantoux)", d.d("2025-01-13"), "Awaiting reading", "-"]], size=8.5)
    d.space(10)
    d.text(d.margin, d.y, "Occupational Health Physician: Dr. B. Adhikari (fictional)     Seal: [OHU test seal]", "Serif", 9.5)
    d.add("must_not",
          N("immunizations", "Td", "due", "booster due 2034"),
          N("immunizations", "Influenza (seasonal)", "due", "next dose due 2025-10-01"),
          N("immunizations", "Hepatitis B booster", "other", "not required"),
          N("immunizations", "Rabies pre-exposure", "planned"),
          N("labs", "Tuberculin skin test", "other", "awaiting reading"))
    return d


def doc24():
    hdr = plain_header(["MINISTRY OF HEALTH & MEDICAL SERVICES (test form)",
                        "Republic of Fiji  |  PRE-EMPLOYMENT MEDICAL EXAMINATION FORM  |  Form PE-0 (fictional)"],
                       font="SansB", size=12)
    d = Doc("24_fiji_pre_employment_form", "Fiji", "other", "pre-employment medical form with tick boxes",
            "DD/MM/YYYY", scan="pdf", handwritten=True, header=hdr)
    H = d.hand
    y = d.y - 16
    for lab, val in [("Applicant name:", "Ratu Josaia Vunibola"), ("Date of birth:", "02/11/1989"),
                     ("Employer:", "Test Resorts Ltd, Nadi"), ("Date of examination:", d.d("2025-04-16"))]:
        d.text(d.margin, y, lab, "SansB", 9)
        H(d.margin + 120, y, val, 12)
        d.line(d.margin + 116, y - 3, d.W - d.margin, y - 3, 0.3, (0.5, 0.5, 0.5))
        y -= 19
    y -= 4
    d.text(d.margin, y, "PART A - APPLICANT'S DECLARATION. Have you ever had or been treated for:", "SansB", 9.5)
    y -= 8
    qs = [("High blood pressure", True, "on tablets since 2020"), ("Diabetes", False, ""),
          ("Asthma", True, "inhaler"), ("Epilepsy / seizures", False, ""), ("Tuberculosis", False, ""),
          ("Heart disease", False, ""), ("Hepatitis", False, ""), ("Mental illness", False, ""),
          ("Back injury", True, "2018 - fully recovered"), ("Allergy to any medicine", True, "Penicillin - swelling")]
    d.text(d.margin + 230, y - 10, "Yes", "SansB", 8)
    d.text(d.margin + 265, y - 10, "No", "SansB", 8)
    d.text(d.margin + 300, y - 10, "Details", "SansB", 8)
    y -= 12
    for q, yes, det in qs:
        y -= 17
        d.text(d.margin + 6, y, q, "Sans", 9)
        d.tick(d.margin + 231, y - 1, 8, mark=yes)
        d.tick(d.margin + 264, y - 1, 8, mark=not yes)
        if det:
            H(d.margin + 300, y, det, 10.5)
    y -= 22
    d.text(d.margin, y, "Current medicines:", "SansB", 9)
    H(d.margin + 110, y, "Losartan 50 mg daily; Symbicort 200/6 2 puffs bd", 11)
    y -= 24
    d.text(d.margin, y, "PART B - EXAMINATION (to be completed by the medical officer)", "SansB", 9.5)
    y -= 8
    boxes = [("Height (cm)", "172"), ("Weight (kg)", "88"), ("BMI", "29.7"), ("BP (mmHg)", "136/84"), ("Pulse (/min)", "74"),
             ("Vision", "6/6  6/6")]
    x = d.margin
    for lab, val in boxes:
        d.rect(x, y - 34, 80, 30, lw=0.6)
        d.text(x + 3, y - 12, lab, "Sans", 7)
        H(x + 10, y - 28, val, 11.5)
        x += 84
    y -= 52
    d.text(d.margin, y, "Urinalysis (dipstick):  Protein", "Sans", 9); H(d.margin + 150, y, "Nil", 11)
    d.text(d.margin + 200, y, "Glucose", "Sans", 9); H(d.margin + 245, y, "Nil", 11)
    y -= 22
    d.text(d.margin, y, "Immunisations:  Tetanus (Td) date", "Sans", 9); H(d.margin + 170, y, "15/06/2022", 11)
    d.text(d.margin + 260, y, "Hepatitis B (3rd dose) date", "Sans", 9); H(d.margin + 390, y, "20/09/2019", 11)
    y -= 24
    d.text(d.margin, y, "Fit for employment:", "SansB", 9)
    d.text(d.margin + 110, y, "Yes", "Sans", 9); d.tick(d.margin + 130, y - 1, 8, True)
    d.text(d.margin + 160, y, "No", "Sans", 9); d.tick(d.margin + 178, y - 1, 8, False)
    d.text(d.margin + 215, y, "Medical officer:", "SansB", 9); H(d.margin + 300, y, "Dr. L. Tuisawau", 11.5)
    d.y = y - 10
    ed = "2025-04-16"
    d.add("conditions", C("High blood pressure", aliases=["Hypertension"]), C("Asthma"))
    d.add("allergies", A("Penicillin", "swelling"))
    d.add("medications", M("losartan", "50", "mg", "daily"),
          M("budesonide/formoterol", "200/6", "mcg", "bd", brand="Symbicort", route="inhaled"))
    d.add("vitals", V("height", "172", "cm"), V("weight", "88", "kg"), V("bmi", "29.7", "kg/m2"),
          V("blood_pressure", "136/84", "mmHg"), V("heart_rate", "74", "/min"))
    d.add("labs", lab_row("Urine protein", "Nil", None, None, ed, ["Protein"]),
          lab_row("Urine glucose", "Nil", None, None, ed, ["Glucose"]))
    d.add("immunizations", I("Tetanus (Td)", "2022-06-15", None, None, None),
          I("Hepatitis B", "2019-09-20", 3, None, None))
    d.add("must_not", *[N("conditions", q, "checkbox_no", "ticked No") for q, yes, _ in qs if not yes],
          N("conditions", "Back injury", "historical", "2018, recovered"))
    return d


# =====================================================================================
# Build, self-checks, manifest, README
# =====================================================================================
def all_docs():
    fns = [globals()[f"doc{i:02d}"] for i in range(1, 25) if f"doc{i:02d}" in globals()]
    return [fn() for fn in fns]


def _norm(s):
    s = s.replace("\u03bc", "\u00b5").replace("\u2212", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", "", s).lower()


def check_schema_vocab():
    """When the pipeline's schema.py is reachable, confirm the vocabulary constants match it."""
    p = os.path.normpath(os.path.join(HERE, "..", "..", "pipeline", "clinical", "schema.py"))
    if not os.path.exists(p):
        return "schema.py not found; embedded vocabulary used"
    src = open(p, encoding="utf-8").read()

    def lit(name):
        m = re.search(name + r"\s*=\s*Literal\[(.*?)\]", src, re.S)
        return re.findall(r'"([^"]+)"', m.group(1))
    assert lit("DocumentType") == DOCUMENT_TYPES, "DocumentType drift"
    assert lit("VitalKind") == VITAL_KINDS, "VitalKind drift"
    assert lit("MedicationStatus") == MED_STATUSES, "MedicationStatus drift"
    assert lit("LabFlag") == LAB_FLAGS, "LabFlag drift"
    return "vocabulary matches schema.py"


FIELDS = {
    "medications": ["name", "brand", "dose", "unit", "route", "frequency", "status"],
    "labs": ["test_name", "value_text", "value_numeric", "unit", "reference_low", "reference_high",
             "reference_text", "flag", "date", "aliases"],
    "vitals": ["kind", "value_text", "value_numeric", "value_secondary", "unit"],
    "allergies": ["substance", "reaction", "severity"],
    "conditions": ["name", "status", "icd10_code", "aliases"],
    "immunizations": ["vaccine", "administered_on", "dose_number", "lot_number", "brand", "date_ambiguous"],
    "must_not": ["category", "name", "why", "note"],
}


def check_doc(doc, truth, root, errors):
    def err(msg):
        errors.append(f"{doc.stem}: {msg}")

    path = os.path.join(root, truth["file"])
    if not os.path.exists(path):
        err("document file missing")
    if truth["document_type"] not in DOCUMENT_TYPES:
        err("bad document_type")
    hay = _norm(doc.all_text())
    if _norm(FOOTER) not in hay:
        err("footer missing")
    for i, pt in enumerate(doc.page_text):
        if FOOTER not in pt:
            err(f"footer missing on page {i + 1}")
    layer = None
    if doc.scan is None:
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        layer = _norm("\n".join(parts))
        if _norm(FOOTER) not in layer:
            err("footer missing from text layer")

    def present(s, what):
        if s is None or s == "":
            return
        n = _norm(str(s))
        if n not in hay:
            err(f"{what} {s!r} not in written text")
        elif layer is not None and n not in layer:
            err(f"{what} {s!r} not in PDF text layer")

    def any_present(names, what):
        names = [x for x in names if x]
        if not any(_norm(x) in hay for x in names):
            err(f"{what} {names!r} not in written text")
        elif layer is not None and not any(_norm(x) in layer for x in names):
            err(f"{what} {names!r} not in PDF text layer")

    ds = doc.date_style
    for cat in CATEGORIES + ["must_not"]:
        for r in truth[cat]:
            extra = set(r) - set(FIELDS[cat]) - {"optional"}
            missing = set(FIELDS[cat]) - set(r)
            if extra or missing:
                err(f"{cat} row fields extra={extra} missing={missing}")
    for r in truth["medications"]:
        if r["status"] not in MED_STATUSES:
            err(f"bad med status {r['status']}")
        any_present([r["name"], r["brand"]], "medication")
        present(r["dose"], "dose")
        if r["status"] in ("stopped", "held", "completed"):
            if not any(m["category"] == "medications" and m["why"] == "stopped" and
                       (_norm(m["name"]) in (_norm(r["name"]), _norm(r["brand"] or "")))
                       for m in truth["must_not"]):
                err(f"{r['status']} medication {r['name']} lacks a must_not 'stopped' row")
    for r in truth["labs"]:
        if r["flag"] not in LAB_FLAGS + [None]:
            err(f"bad flag {r['flag']}")
        any_present([r["test_name"]] + r["aliases"], "lab name")
        present(r["value_text"], "lab value")
        present(fmt_date(r["date"], ds), "lab date")
        if r["value_numeric"] is not None and r["value_numeric"] != _num(r["value_text"]):
            err(f"lab numeric mismatch {r['test_name']}")
    for r in truth["vitals"]:
        if r["kind"] not in VITAL_KINDS:
            err(f"bad vital kind {r['kind']}")
        present(r["value_text"], "vital")
    for r in truth["allergies"]:
        present(r["substance"], "allergy")
        present(r["reaction"], "allergy reaction")
    for r in truth["conditions"]:
        any_present([r["name"]] + r["aliases"], "condition")
    for r in truth["immunizations"]:
        any_present([r["vaccine"], r["brand"]], "vaccine")
        present(r["lot_number"], "lot")
        if r["administered_on"]:
            present(fmt_date(r["administered_on"], ds), "immunization date")
    for r in truth["must_not"]:
        if r["why"] not in WHY:
            err(f"bad why {r['why']}")
        if r["category"] not in CATEGORIES:
            err(f"bad category {r['category']}")
        present(r["name"], "must_not")


def manifest_lines(root):
    files = []
    for sub in ("docs", "truth"):
        for fn in sorted(os.listdir(os.path.join(root, sub))):
            files.append(f"{sub}/{fn}")
    files.append("make_heldout12.py")
    out = []
    for rel in files:
        with open(os.path.join(root, rel), "rb") as f:
            out.append(f"{hashlib.sha256(f.read()).hexdigest()}  {rel}")
    return out


def verify_manifest(root):
    p = os.path.join(root, "MANIFEST.sha256")
    if not os.path.exists(p):
        print("MANIFEST.sha256 missing")
        return False
    want = open(p, encoding="utf-8").read().strip().splitlines()
    ok = True
    for line in want:
        h, rel = line.split("  ", 1)
        fp = os.path.join(root, rel)
        if not os.path.exists(fp):
            print("missing", rel)
            ok = False
            continue
        if hashlib.sha256(open(fp, "rb").read()).hexdigest() != h:
            print("changed", rel)
            ok = False
    listed = {ln.split("  ", 1)[1] for ln in want}
    for sub in ("docs", "truth"):
        for fn in os.listdir(os.path.join(root, sub)):
            if f"{sub}/{fn}" not in listed:
                print("unlisted", f"{sub}/{fn}")
                ok = False
    print("manifest OK" if ok else "manifest FAILED", f"({len(want)} files)")
    return ok


def build(root):
    for sub in ("docs", "truth"):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    docs, meta, errors = all_docs(), [], []
    for doc in docs:
        ext, dpi = write_doc(doc, os.path.join(root, "docs"))
        t = doc.truth_json(ext)
        with open(os.path.join(root, "truth", doc.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write("\n")
        meta.append((doc, t, ext, dpi))
    for doc, t, ext, dpi in meta:
        t2 = json.load(open(os.path.join(root, "truth", doc.stem + ".json"), encoding="utf-8"))
        assert t2 == t
        check_doc(doc, t2, root, errors)
    return meta, errors


def totals(meta):
    tot = {c: 0 for c in CATEGORIES}
    opt, why = 0, {w: 0 for w in WHY}
    for _, t, _, _ in meta:
        for c in CATEGORIES:
            tot[c] += len(t[c])
            opt += sum(1 for r in t[c] if r.get("optional"))
        for r in t["must_not"]:
            why[r["why"]] += 1
    return tot, opt, why


README_CONVENTIONS = """- A row is a current fact that a careful clinician would enter in the record from this
  document. Lab rows carry the collection date of their column or row, one row per value per
  date. Previous-result columns and cumulative columns therefore give rows with their own
  dates.
- `flag`: the printed flag (H/L -> high/low, HH/LL or "critical" -> critical,
  reactive/positive -> abnormal). If no flag is printed and a reference is printed, the flag
  is "normal". With no reference it is null.
- Stopped, held and completed medicines are rows with that status AND a must_not row
  (why "stopped"). One-off doses given in a clinic, ED or ward are must_not rows only (why
  "other").
- Due, planned, declined or not-indicated vaccines, and negated, family, planned, ruled-out
  or suspected conditions and allergies, are must_not rows only. A resolved past problem is
  a must_not row with why "historical". Declined or not-indicated vaccines, pending results
  and suspected diagnoses use why "other". Conditions or medicines named only in patient
  leaflet / advice text use why "leaflet". Items ticked "No" on a form use why
  "checkbox_no".
- `date_ambiguous: true` marks immunisation dates whose day and month cannot be told apart
  from the document alone."""


def write_readme(root, meta):
    tot, opt, why = totals(meta)
    pages = sum(len(doc.pages) for doc, _, _, _ in meta)
    scans = [(doc, ext) for doc, _, ext, _ in meta if doc.scan]
    fmt_counts = {}
    for doc, ext in scans:
        k = "image-only PDF" if doc.scan == "pdf" else doc.scan.upper()
        fmt_counts[k] = fmt_counts.get(k, 0) + 1
    scored = sum(tot.values())
    L = ["**Status:** held out. Written and frozen (unscored).", "",
         "# Held-out extraction test set 12", "",
         "## How it was made", "",
         "Written independently of the extraction pipeline: the only repository file consulted was",
         "`pipeline/clinical/schema.py` (output vocabulary). `make_heldout12.py` draws every document",
         "with reportlab (`invariant=1`, DejaVu fonts) from hand-written content, seeded with",
         "`random.Random` string seeds (no clock). Handwriting-like entries are a slanted DejaVu font drawn",
         "character by character with size, baseline and angle jitter. Scans are rendered with pypdfium2",
         "at 150-200 dpi, rotated 0.5-2.5 degrees, blurred, given paper tone, uneven lighting and noise,",
         "and saved as JPG, PNG or an image-only PDF (no text layer). The truth JSON is written from the",
         "same data that is drawn. All people, ids, addresses, phone numbers, clinics and lot numbers are",
         "invented; every page carries the footer `SYNTHETIC TEST DOCUMENT - not a real patient`.", "",
         "`python make_heldout12.py` rebuilds docs/, truth/, MANIFEST.sha256 and this README and runs the",
         "self-checks (truth parses and uses schema vocabulary; every key value, name and date in its",
         "printed style appears in the text written into the document and, for digital PDFs, in the",
         "pypdfium2 text layer; every must_not name appears; stopped/held/completed medicines have a",
         "must_not row; a second build gives an identical manifest). `python make_heldout12.py --check`",
         "verifies the manifest only.", "",
         "## Truth conventions", "", README_CONVENTIONS, "",
         "## Totals", "",
         f"- Documents: {len(meta)}; pages: {pages}; countries / health systems: {len({d.country for d, _, _, _ in meta})}",
         f"- Scans without a text layer: {len(scans)} (" + ", ".join(f"{k}: {v}" for k, v in sorted(fmt_counts.items())) + ")",
         f"- Documents with handwriting-like entries: {sum(1 for d, _, _, _ in meta if d.handwritten)}",
         f"- Scored rows: {scored} (" + ", ".join(f"{c}: {tot[c]}" for c in CATEGORIES) + f"); optional rows: {opt}",
         f"- must_not rows: {sum(why.values())} (" + ", ".join(f"{w}: {n}" for w, n in why.items() if n) + ")",
         "", "## Documents", "",
         "| # | file | country | document_type | kind | pages | scan | handwritten | date style | rows | must_not |",
         "|---|------|---------|---------------|------|-------|------|-------------|------------|------|----------|"]
    for i, (doc, t, ext, dpi) in enumerate(meta, 1):
        rows = sum(len(t[c]) for c in CATEGORIES)
        scan = "no" if not doc.scan else ("image-only PDF" if doc.scan == "pdf" else doc.scan.upper()) + f" {dpi} dpi"
        L.append(f"| {i} | {t['file']} | {doc.country} | {doc.document_type} | {doc.kind} | {len(doc.pages)} | "
                 f"{scan} | {'yes' if doc.handwritten else 'no'} | {doc.date_style} | {rows} | {len(t['must_not'])} |")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    root = HERE
    if "--check" in sys.argv:
        sys.exit(0 if verify_manifest(root) else 1)
    print(check_schema_vocab())
    meta, errors = build(root)
    m1 = manifest_lines(root)
    meta2, errors2 = build(root)
    m2 = manifest_lines(root)
    same = m1 == m2
    with open(os.path.join(root, "MANIFEST.sha256"), "w", encoding="utf-8") as f:
        f.write("\n".join(m2) + "\n")
    write_readme(root, meta2)
    tot, opt, why = totals(meta2)
    print("documents", len(meta2), "pages", sum(len(d.pages) for d, _, _, _ in meta2))
    print("rows", tot, "total", sum(tot.values()), "optional", opt)
    print("must_not", why, "total", sum(why.values()))
    for e in errors2:
        print("CHECK FAILED:", e)
    print("self-checks:", "PASSED" if not errors2 else f"FAILED ({len(errors2)})")
    print("determinism (two builds, identical manifest):", "PASSED" if same else "FAILED")
    if not same:
        for a, b in zip(m1, m2):
            if a != b:
                print("  differs:", b.split("  ", 1)[1])
    verify_manifest(root)
    sys.exit(0 if (not errors2 and same) else 1)


if __name__ == "__main__":
    main()
