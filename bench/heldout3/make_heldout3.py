#!/usr/bin/env python3
"""Deterministic generator for held-out extraction set 3 (docpipe bench/heldout3).

Every document is SYNTHETIC: invented people, ids, addresses and phone numbers
(test ranges), and every page carries the footer
"SYNTHETIC TEST DOCUMENT - not a real patient".

Each ``dNN`` function draws its pages from tuples and builds its truth rows from
the same tuples.  After drawing, every truth string is asserted to occur in the
document text (for scans: in the PDF before rasterising); scans are asserted to
have no text layer.

Usage:
    python make_heldout3.py           # (re)write docs/, truth/, MANIFEST.sha256
    python make_heldout3.py --check   # verify MANIFEST.sha256 only (exit 1 on mismatch)
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FOOT = "SYNTHETIC TEST DOCUMENT - not a real patient"
_FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"),
               ("SI", "DejaVuSans-Oblique.ttf"), ("M", "DejaVuSansMono.ttf"),
               ("MB", "DejaVuSansMono-Bold.ttf"), ("R", "DejaVuSerif.ttf"),
               ("RB", "DejaVuSerif-Bold.ttf"), ("RI", "DejaVuSerif-Italic.ttf"),
               ("C", "DejaVuSansCondensed.ttf"), ("CB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _FD + _f))

DOC_TYPES = {"lab_result", "prescription", "discharge_summary", "immunization_record",
             "medical_record", "other"}
LAB_FLAGS = {"normal", "high", "low", "critical", "abnormal", None}
VITAL_KINDS = {"blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi"}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
MN_WHY = {"negated", "stopped", "checkbox_no", "planned", "family", "due", "not_clinical",
          "leaflet", "historical", "other"}
MN_CAT = {"medications", "labs", "vitals", "allergies", "conditions", "immunizations"}


# ----------------------------------------------------------------------------- drawing
class Doc:
    """A thin page-flow wrapper over a reportlab canvas."""

    def __init__(self, pagesize=A4, header=None, margin=42, footer_extra=None, foot_font="S"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle("Synthetic test document")
        self.c.setAuthor("docpipe bench heldout3 (synthetic)")
        self.W, self.H = pagesize
        self.m = margin
        self.header = header
        self.footer_extra = footer_extra
        self.foot_font = foot_font
        self.page = 0
        self.start_page()

    # pages
    def start_page(self):
        self.page += 1
        self.y = self.H - self.m
        if self.header:
            self.header(self)

    def footer(self):
        c = self.c
        c.setFillGray(0.15)
        c.setFont(self.foot_font, 7.5)
        c.drawCentredString(self.W / 2, 20, FOOT)
        if self.footer_extra:
            self.footer_extra(self)
        c.setFillGray(0)

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.start_page()

    def ensure(self, h):
        if self.y - h < 48:
            self.new_page()

    def finish(self) -> bytes:
        self.footer()
        self.c.save()
        return self.buf.getvalue()

    # text
    def t(self, x, s, f="S", sz=9, y=None, align="l", gray=0):
        c = self.c
        c.setFont(f, sz)
        c.setFillGray(gray)
        yy = self.y if y is None else y
        if align == "r":
            c.drawRightString(x, yy, s)
        elif align == "c":
            c.drawCentredString(x, yy, s)
        else:
            c.drawString(x, yy, s)
        c.setFillGray(0)

    def line(self, s, x=None, f="S", sz=9, lead=None, align="l", gray=0):
        lead = lead or sz * 1.35
        self.ensure(lead)
        self.t(self.m if x is None else x, s, f, sz, align=align, gray=gray)
        self.y -= lead

    def lines(self, items, **kw):
        for s in items:
            self.line(s, **kw)

    def para(self, s, x=None, w=None, f="S", sz=9, lead=None, after=4):
        x = self.m if x is None else x
        w = w or (self.W - self.m - x)
        lead = lead or sz * 1.38
        for ln in simpleSplit(s, f, sz, w):
            self.ensure(lead)
            self.t(x, ln, f, sz)
            self.y -= lead
        self.y -= after

    def gap(self, dy=6):
        self.y -= dy

    def rule(self, x0=None, x1=None, w=0.6, gray=0, dy=0):
        c = self.c
        c.setLineWidth(w)
        c.setStrokeGray(gray)
        c.line(self.m if x0 is None else x0, self.y + dy, (self.W - self.m) if x1 is None else x1,
               self.y + dy)
        c.setStrokeGray(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillGray(0)

    def heading(self, s, f="SB", sz=10.5, bar=None, after=3):
        self.ensure(sz * 2.4)
        self.y -= 3
        if bar is not None:
            self.rect(self.m, self.y - 3.5, self.W - 2 * self.m, sz + 5, fill=bar, stroke=False)
        self.t(self.m + (3 if bar is not None else 0), s, f, sz)
        self.y -= sz * 1.45 + after

    def table(self, cols, rows, head=None, sz=8.5, f="S", hf="SB", rules="h", lead=None,
              pad=2.5, head_fill=None, sect_f="SB", gray_rule=0.55):
        """cols: [(x, width, align)]; rows: lists of cells, or a str (section row)."""
        lead = lead or sz * 1.3
        x0 = cols[0][0] - pad
        x1 = cols[-1][0] + cols[-1][1] + pad

        def draw_row(cells, font, fill=None):
            wrapped = [simpleSplit(str(cl), font, sz, max(w - 2, 5)) or [""]
                       for cl, (x, w, a) in zip(cells, cols)]
            h = max(len(wl) for wl in wrapped) * lead + pad
            self.ensure(h + 4)
            top = self.y + 0.73 * sz + pad / 2 + 1.5
            if fill is not None:
                self.rect(x0, top - h, x1 - x0, h, fill=fill, stroke=False)
            for wl, (x, w, a) in zip(wrapped, cols):
                yy = self.y
                for ln in wl:
                    if a == "r":
                        self.t(x + w, ln, font, sz, y=yy, align="r")
                    elif a == "c":
                        self.t(x + w / 2, ln, font, sz, y=yy, align="c")
                    else:
                        self.t(x, ln, font, sz, y=yy)
                    yy -= lead
            if rules == "grid":
                c = self.c
                c.setLineWidth(0.5)
                c.rect(x0, top - h, x1 - x0, h)
                for (x, w, a) in cols[1:]:
                    c.line(x - pad, top - h, x - pad, top)
            self.y -= h
            if rules == "h":
                self.rule(x0, x1, w=0.4, gray=gray_rule, dy=(lead + pad + 0.49 * sz) / 2)
            return h

        if head:
            self.ensure(lead * 4 + 12)
            draw_row(head, hf, head_fill)
            if rules in ("h", "head"):
                self.rule(x0, x1, w=0.8, dy=(lead + pad + 0.49 * sz) / 2)
        for r in rows:
            if isinstance(r, str):
                self.ensure(lead * 2 + 4)
                self.y -= 2
                self.t(cols[0][0], r, sect_f, sz)
                self.y -= lead + 1
                continue
            if self.y - lead * 2 < 48 and head:
                self.new_page()
                draw_row(head, hf, head_fill)
                if rules in ("h", "head"):
                    self.rule(x0, x1, w=0.8, dy=(lead + pad + 0.49 * sz) / 2)
            draw_row(r, f)
        self.y -= 3


def cb(checked: bool) -> str:
    return "[X]" if checked else "[ ]"


# ----------------------------------------------------------------------------- truth
FLAG_WORD = {"": "normal", "H": "high", "L": "low", "HH": "critical", "LL": "critical",
             "A": "abnormal", "*": "abnormal", "C": "critical", "N": "normal",
             "High": "high", "Low": "low", "Normal": "normal", "Abnormal": "abnormal"}
NUM = re.compile(r"^-?\d+(?:\.\d+)?$")


def num(s):
    s = str(s).strip().replace(",", "")
    return float(s) if NUM.match(s) else None


def parse_ref(ref):
    if ref is None:
        return None, None
    r = ref.strip().strip("()[]").strip()
    m = re.match(r"^(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)$", r)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.match(r"^(?:<|<=|≤|less than|up to)\s*(-?\d+(?:\.\d+)?)$", r, re.I)
    if m:
        return None, float(m.group(1))
    m = re.match(r"^(?:>|>=|≥|greater than)\s*(-?\d+(?:\.\d+)?)$", r, re.I)
    if m:
        return float(m.group(1)), None
    return None, None


class Truth:
    def __init__(self, stem, ext, country, kind, document_type, service_date, text_layer=True):
        self.stem, self.ext = stem, ext
        self.meta = dict(country=country, kind=kind, document_type=document_type,
                         service_date=service_date, text_layer=text_layer)
        self.medications, self.labs, self.vitals = [], [], []
        self.allergies, self.conditions, self.immunizations, self.must_not = [], [], [], []

    @staticmethod
    def _extra(row, kw):
        for k, v in kw.items():
            if v is not None:
                row[k] = v
        return row

    def med(self, name, dose, unit, frequency, status="active", brand=None, route="oral", **kw):
        row = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
               "frequency": frequency, "status": status}
        return self.medications.append(self._extra(row, kw))

    def lab(self, test_name, value_text, unit, reference_text, flag, date, **kw):
        lo, hi = parse_ref(reference_text)
        row = {"test_name": test_name, "value_text": value_text,
               "value_numeric": num(value_text), "unit": unit, "reference_low": lo,
               "reference_high": hi, "reference_text": reference_text,
               "flag": FLAG_WORD[flag] if flag is not None else None, "date": date}
        return self.labs.append(self._extra(row, kw))

    def vit(self, kind, value_text, unit, **kw):
        if kind == "blood_pressure":
            a, b = value_text.split("/")
            n1, n2 = float(a), float(b)
        else:
            n1, n2 = num(value_text), None
        row = {"kind": kind, "value_text": value_text,
               "value_numeric": int(n1) if n1 is not None and n1 == int(n1) else n1,
               "value_secondary": int(n2) if n2 is not None and n2 == int(n2) else n2,
               "unit": unit}
        return self.vitals.append(self._extra(row, kw))

    def alg(self, substance, reaction=None, severity=None, **kw):
        return self.allergies.append(self._extra(
            {"substance": substance, "reaction": reaction, "severity": severity}, kw))

    def cond(self, name, status="active", icd10_code=None, **kw):
        return self.conditions.append(self._extra(
            {"name": name, "status": status, "icd10_code": icd10_code}, kw))

    def imm(self, vaccine, administered_on, dose_number=None, lot_number=None, **kw):
        return self.immunizations.append(self._extra(
            {"vaccine": vaccine, "administered_on": administered_on, "dose_number": dose_number,
             "lot_number": lot_number}, kw))

    def mn(self, category, name, why, note=None):
        row = {"category": category, "name": name, "why": why}
        if note:
            row["note"] = note
        self.must_not.append(row)

    def as_json(self, page_count):
        m = self.meta
        return {"file": f"docs/{self.stem}.{self.ext}", "synthetic": True,
                "text_layer": m["text_layer"], "page_count": page_count,
                "document_type": m["document_type"], "country": m["country"], "kind": m["kind"],
                "service_date": m["service_date"], "medications": self.medications,
                "labs": self.labs, "vitals": self.vitals, "allergies": self.allergies,
                "conditions": self.conditions, "immunizations": self.immunizations,
                "must_not": self.must_not}


# ----------------------------------------------------------------------------- checks
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _ord(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    yy, mo, mon = y % 100, MONTH[m - 1], MON[m - 1]
    f = {iso, f"{y}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}"}
    for dd in (f"{d:02d}", f"{d}"):
        for mm in (f"{m:02d}", f"{m}"):
            for yr in (f"{y}", f"{yy:02d}"):
                for sep in "/-.":
                    f.add(f"{dd}{sep}{mm}{sep}{yr}")
                    f.add(f"{mm}{sep}{dd}{sep}{yr}")
        for yr in (f"{y}", f"{yy:02d}"):
            for mn in (mon, mo, "Sept" if m == 9 else mon):
                f.add(f"{dd}-{mn}-{yr}")
                f.add(f"{dd} {mn} {yr}")
                f.add(f"{dd}/{mn}/{yr}")
                f.add(f"{dd}{mn}{yr}")
        for mn in (mon, mo):
            f.add(f"{mn} {dd}, {y}")
    f.add(f"{_ord(d)} {mo} {y}")
    f.add(f"{_ord(d)} {mo}, {y}")
    return f


def norm(s):
    s = s.replace("\u03bc", "\u00b5").replace("\u00a0", " ").replace("\u2011", "-")
    s = s.replace("\r", "\n").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s.lower()).strip()


def occurs(needle, hay_norm):
    n = norm(str(needle))
    if not n:
        return True
    pat = r"\s*".join(re.escape(tok) for tok in n.split(" "))
    pre = r"(?<![a-z0-9])" if n[0].isalnum() else ""
    post = r"(?![a-z0-9])" if n[-1].isalnum() else ""
    return re.search(pre + pat + post, hay_norm) is not None


def pdf_text(pdf_bytes):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    n = len(pdf)
    pdf.close()
    return "\n".join(out), n


def check_truth(tr: Truth, text: str):
    hay = norm(text)
    problems = []

    def need(v, what):
        if v is None:
            return
        if not occurs(v, hay):
            problems.append(f"{what}: {v!r}")

    def need_date(iso, what):
        if iso is None:
            return
        if not any(occurs(f, hay) for f in date_forms(iso)):
            problems.append(f"{what} date {iso}")

    m = tr.meta
    assert m["document_type"] in DOC_TYPES, m
    assert FOOT.lower() in hay, "footer missing"
    need_date(m["service_date"], "service_date")
    for r in tr.medications:
        assert r["status"] in MED_STATUS, r
        if "/" in r["name"] and not occurs(r["name"], hay):
            for part in r["name"].split("/"):  # fixed-dose combination printed as "A x mg + B y mg"
                need(part, "med name part")
        else:
            need(r["name"], "med name")
        for k in ("brand", "dose", "unit", "frequency", "concentration"):
            need(r.get(k), "med " + k)
        for a in r.get("aliases", []):
            need(a, "med alias")
        for s in r.get("status_also_ok", []):
            assert s in MED_STATUS, r
    for r in tr.labs:
        assert r["flag"] in LAB_FLAGS, r
        for k in ("test_name", "value_text", "unit", "reference_text"):
            need(r.get(k), "lab " + k)
        need_date(r.get("date"), "lab " + r["test_name"])
        v, lo, hi, fl = r["value_numeric"], r["reference_low"], r["reference_high"], r["flag"]
        if v is not None and fl in ("high", "low", "normal") and (lo is not None or hi is not None):
            exp = "high" if hi is not None and v > hi else "low" if lo is not None and v < lo else "normal"
            if exp != fl:
                problems.append(f"lab flag {r['test_name']} {v} {lo}-{hi} flag {fl} expected {exp}")
    for r in tr.vitals:
        assert r["kind"] in VITAL_KINDS, r
        need(r["value_text"], "vital value")
        need(r["unit"], "vital unit")
        if "also_ok" in r:
            need(r["also_ok"].get("unit"), "vital also_ok unit")
        need_date(r.get("date"), "vital")
    for r in tr.allergies:
        for k in ("substance", "reaction", "severity"):
            need(r.get(k), "allergy " + k)
    for r in tr.conditions:
        need(r["name"], "condition")
        need(r.get("icd10_code"), "icd10")
        for a in r.get("aliases", []):
            need(a, "condition alias")
    for r in tr.immunizations:
        for k in ("vaccine", "brand", "lot_number"):
            need(r.get(k), "imm " + k)
        need_date(r["administered_on"], "imm " + r["vaccine"])
    for r in tr.must_not:
        assert r["category"] in MN_CAT and r["why"] in MN_WHY, r
        need(r["name"], "must_not")
    if problems:
        raise AssertionError(f"{tr.stem}: truth strings not in document:\n  " + "\n  ".join(problems))


# ----------------------------------------------------------------------------- scans
def scanify(pdf_bytes, seed, angle, as_pdf):
    """Rasterise at 200 dpi greyscale, grey paper, noise, blur, rotate; JPEG q45."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    jpegs = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        a = np.asarray(img).astype(np.float32) / 255.0
        h, w = a.shape
        rng = np.random.default_rng(seed * 100 + i)
        yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        paper = 226 + 9 * np.sin(2.1 * xx + 1.3 * yy + seed) + 5 * yy
        ink = a * paper + (1 - a) * 28
        ink += rng.normal(0, 8.5, ink.shape).astype(np.float32)
        out = Image.fromarray(np.clip(ink, 0, 255).astype(np.uint8), "L")
        out = out.filter(ImageFilter.GaussianBlur(0.75))
        ang = angle[i] if isinstance(angle, (list, tuple)) else angle
        out = out.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=178)
        b = io.BytesIO()
        out.save(b, "JPEG", quality=45)
        jpegs.append((b.getvalue(), out.size))
    pdf.close()
    if not as_pdf:
        assert len(jpegs) == 1
        return jpegs[0][0], 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle("Scanned document")
    for data, (w, h) in jpegs:
        pw, ph = w * 72 / 200, h * 72 / 200
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue(), len(jpegs)


# ============================================================================= documents
# ---- 01 England: single-date haematology/biochemistry/iron/coag report (flag column)
def d01():
    date = "2026-01-14"
    tr = Truth("01_gb_lab_fbc_iron", "pdf", "GB-ENG", "lab report, single date, flag column",
               "lab_result", date)

    def hdr(d):
        d.t(d.m, "Northfield General Hospital NHS Foundation Trust", "SB", 12)
        d.t(d.W - d.m, "Blood Sciences - Pathology", "S", 9, align="r")
        d.y -= 14
        d.t(d.m, "Pathology Laboratory, Kestrel Lane, Northfield NF9 9ZX   Tel 01632 960418", "S", 8)
        d.y -= 8
        d.rule(w=1)
        d.y -= 14
    d = Doc(A4, hdr)
    left = [("Patient", "HALLORAN, Bridget Anne"), ("NHS No", "999 214 7763"),
            ("DOB", "03/09/1961 (64y)  F"), ("Hospital No", "NF4471920")]
    right = [("Collected", "14/01/2026 08:42"), ("Received", "14/01/2026 10:15"),
             ("Reported", "15/01/2026 13:02"), ("Requested by", "Dr P Okafor, Elmstead Surgery")]
    for (a, b), (c2, e) in zip(left, right):
        d.t(d.m, a, "SB", 8.5); d.t(d.m + 70, b, "S", 8.5)
        d.t(300, c2, "SB", 8.5); d.t(370, e, "S", 8.5)
        d.y -= 12
    d.t(d.m, "Lab No", "SB", 8.5); d.t(d.m + 70, "26N0114-0387", "S", 8.5)
    d.t(300, "Clinical", "SB", 8.5); d.t(370, "Tired all the time. ?anaemia", "S", 8.5)
    d.y -= 18
    sections = [
        ("FULL BLOOD COUNT", [
            ("Haemoglobin", "108", "L", "g/L", "115-165"),
            ("White cell count", "11.6", "H", "x10^9/L", "4.0-11.0"),
            ("Platelets", "412", "H", "x10^9/L", "150-400"),
            ("Red cell count", "4.21", "", "x10^12/L", "3.80-5.80"),
            ("Haematocrit", "0.336", "L", "L/L", "0.370-0.470"),
            ("MCV", "76", "L", "fL", "80-100"),
            ("MCH", "25.6", "L", "pg", "27.0-32.0"),
            ("RDW", "16.8", "H", "%", "11.5-15.0"),
            ("Neutrophils", "8.4", "H", "x10^9/L", "2.0-7.5"),
            ("Lymphocytes", "2.2", "", "x10^9/L", "1.0-4.0"),
            ("Monocytes", "0.7", "", "x10^9/L", "0.2-1.0"),
            ("Eosinophils", "0.25", "", "x10^9/L", "0.02-0.50"),
            ("Basophils", "0.05", "", "x10^9/L", "0.00-0.10"),
            ("Reticulocytes", "38", "", "x10^9/L", "20-100"),
            ("ESR", "31", "H", "mm/hr", "1-20")]),
        ("HAEMATINICS", [
            ("Ferritin", "7", "L", "µg/L", "13-150"),
            ("Serum iron", "5", "L", "µmol/L", "10-30"),
            ("Transferrin saturation", "6", "L", "%", "20-50"),
            ("Vitamin B12", "298", "", "ng/L", "197-771"),
            ("Serum folate", "3.1", "L", "µg/L", "3.9-26.8")]),
        ("RENAL / BONE / LIVER", [
            ("Sodium", "139", "", "mmol/L", "133-146"),
            ("Potassium", "4.4", "", "mmol/L", "3.5-5.3"),
            ("Urea", "5.9", "", "mmol/L", "2.5-7.8"),
            ("Creatinine", "71", "", "µmol/L", "45-84"),
            ("eGFR (CKD-EPI)", ">90", "", "mL/min/1.73m2", "> 60"),
            ("Adjusted calcium", "2.36", "", "mmol/L", "2.20-2.60"),
            ("Phosphate", "1.05", "", "mmol/L", "0.80-1.50"),
            ("Magnesium", "0.69", "L", "mmol/L", "0.70-1.00"),
            ("Bilirubin", "9", "", "µmol/L", "< 21"),
            ("ALT", "22", "", "U/L", "< 33"),
            ("Alkaline phosphatase", "96", "", "U/L", "30-130"),
            ("GGT", "19", "", "U/L", "< 38"),
            ("Albumin", "38", "", "g/L", "35-50"),
            ("C-reactive protein", "14", "H", "mg/L", "< 5")]),
        ("COAGULATION", [
            ("INR", "1.1", "", None, "0.8-1.2"),
            ("APTT", "31.4", "", "s", "25.0-36.5")]),
    ]
    cols = [(d.m, 170, "l"), (d.m + 175, 55, "r"), (d.m + 240, 30, "c"), (d.m + 285, 90, "l"),
            (d.m + 385, 120, "l")]
    rows = []
    for sect, items in sections:
        rows.append(sect)
        for name, val, fl, unit, ref in items:
            rows.append([name, val, fl, unit or "", ref])
            tr.lab(name, val, unit, ref, fl, date)
    d.table(cols, rows, head=["Test", "Result", "Flag", "Units", "Reference range"], sz=8.5,
            rules="h", lead=10.4)
    d.gap(4)
    d.para("Comment: Microcytic hypochromic indices with low ferritin, consistent with iron "
           "deficiency. Suggest coeliac serology and review of GI symptoms if not already "
           "done. Reference ranges apply to adult females. Results authorised by "
           "Dr K Lindqvist, Consultant Haematologist.", sz=8.5)
    tr.mn("labs", "coeliac serology", "planned", "suggested in the lab comment, not resulted")
    return d.finish(), tr


# ---- 02 US Texas: Cerner cumulative chemistry, 3 date columns, flag after value, 2 pages
def d02():
    dates = [("2025-09-02", "09/02/2025"), ("2025-12-04", "12/04/2025"), ("2026-03-10", "03/10/2026")]
    tr = Truth("02_us_lab_cumulative_cerner", "pdf", "US-TX",
               "cumulative lab flowsheet, 3 date columns, flag after value", "lab_result",
               dates[-1][0])

    def hdr(d):
        d.t(d.m, "Lone Star Regional Medical Center", "SB", 11)
        d.t(d.W - d.m, "Cerner PowerChart - Flowsheet: Laboratory", "S", 8, align="r")
        d.y -= 12
        d.t(d.m, "GUTIERREZ, RAMON E    MRN: 00731948    FIN: 5520913377    DOB: 07/19/1958    Age: 67 years    Sex: Male",
            "S", 8)
        d.y -= 10
        d.t(d.m, "Attending: Weiss, Carolyn MD    Location: Internal Medicine Clinic, 4100 Mesquite Blvd, Amarillo, TX 79199    (806) 555-0147",
            "S", 7.5)
        d.y -= 6
        d.rule(w=0.9)
        d.y -= 14

    def fx(d):
        d.t(d.m, "Printed 03/11/2026 by: CLINIC, PRINT", "S", 7, y=32)
        d.t(d.W - d.m, f"Page {d.page}", "S", 7, y=32, align="r")
    d = Doc(LETTER, hdr, footer_extra=fx, margin=36)
    groups = [
        ("Chemistry", [
            ("Glucose Lvl", "mg/dL", "70-99", ["142 H", "156 H", "131 H"]),
            ("BUN", "mg/dL", "7-20", ["18", "24 H", "21 H"]),
            ("Creatinine Lvl", "mg/dL", "0.70-1.30", ["1.12", "1.41 H", "1.28"]),
            ("eGFR CKD-EPI", "mL/min/1.73m2", ">60", [">60", "54 L", "61"]),
            ("Sodium Lvl", "mmol/L", "136-145", ["139", "134 L", "138"]),
            ("Potassium Lvl", "mmol/L", "3.5-5.1", ["4.3", "5.4 H", "4.8"]),
            ("Chloride Lvl", "mmol/L", "98-107", ["103", "101", "104"]),
            ("CO2", "mmol/L", "22-29", ["25", "21 L", "24"]),
            ("Calcium Lvl", "mg/dL", "8.5-10.2", ["9.4", "9.1", "9.6"]),
            ("Magnesium Lvl", "mg/dL", "1.7-2.2", ["", "1.6 L", "1.9"]),
            ("Phosphorus Lvl", "mg/dL", "2.5-4.5", ["", "4.7 H", "3.9"]),
            ("Uric Acid Lvl", "mg/dL", "3.5-7.2", ["8.1 H", "", "7.0"])]),
        ("Hepatic Function", [
            ("Bilirubin Total", "mg/dL", "0.2-1.2", ["0.6", "0.7", "0.5"]),
            ("Bilirubin Direct", "mg/dL", "0.0-0.3", ["0.1", "0.2", "0.1"]),
            ("AST", "U/L", "10-40", ["31", "44 H", "29"]),
            ("ALT", "U/L", "7-56", ["38", "61 H", "35"]),
            ("Alk Phos", "U/L", "40-129", ["88", "93", "90"]),
            ("GGT", "U/L", "8-61", ["", "72 H", "55"]),
            ("Albumin Lvl", "g/dL", "3.5-5.0", ["4.2", "3.9", "4.1"]),
            ("Protein Total", "g/dL", "6.4-8.3", ["7.1", "6.9", "7.2"])]),
        ("Pancreatic / Muscle", [
            ("Amylase Lvl", "U/L", "28-100", ["", "64", ""]),
            ("Lipase Lvl", "U/L", "13-60", ["", "41", ""]),
            ("CK Total", "U/L", "39-308", ["", "355 H", "201"]),
            ("LDH", "U/L", "140-280", ["", "232", ""])]),
        ("Cardiac", [
            ("Troponin I HS", "ng/L", "<34", ["", "<3", "4"]),
            ("NT-proBNP", "pg/mL", "<125", ["", "388 H", "142 H"])]),
        ("Endocrine / Tumor Markers", [
            ("Hemoglobin A1c", "%", "4.0-5.6", ["7.4 H", "7.9 H", "7.2 H"]),
            ("TSH", "mIU/L", "0.40-4.50", ["2.10", "", "2.35"]),
            ("PSA Total", "ng/mL", "0.0-4.0", ["3.1", "", "4.6 H"])]),
    ]
    cols = [(36, 130, "l"), (170, 80, "r"), (258, 80, "r"), (346, 80, "r"), (440, 60, "l"),
            (505, 72, "l")]
    head = ["Result", dates[0][1] + " 07:55", dates[1][1] + " 14:20", dates[2][1] + " 08:10",
            "Ref Range", "Units"]
    rows = []
    for g, items in groups:
        rows.append(g)
        for name, unit, ref, vals in items:
            rows.append([name] + vals + [ref, unit])
            for (iso, _), v in zip(dates, vals):
                if not v:
                    continue
                parts = v.split()
                vt, fl = parts[0], (parts[1] if len(parts) > 1 else "")
                tr.lab(name, vt, unit, ref, fl, iso)
    d.table(cols, rows, head=head, sz=8.3, rules="h", lead=10.6, head_fill=0.88)
    d.gap(6)
    d.para("Legend: H = High, L = Low, C = Critical. Blank cells: test not performed on that "
           "date. Hemoglobin A1c reported as % (NGSP).", sz=7.5)
    return d.finish(), tr


# ---- 03 Canada Ontario: haematology + biochemistry + urinalysis, single date
def d03():
    date = "2026-02-05"
    tr = Truth("03_ca_lab_haem_chem_urine", "pdf", "CA-ON",
               "lab report: haematology + biochemistry + urinalysis", "lab_result", date)

    def hdr(d):
        d.rect(d.m, d.y - 8, d.W - 2 * d.m, 26, fill=0.9, stroke=False)
        d.t(d.m + 6, "TRILLIUM COMMUNITY LABORATORIES", "SB", 12, y=d.y)
        d.t(d.W - d.m - 6, "Final Report", "SB", 10, y=d.y, align="r")
        d.y -= 30
        d.t(d.m, "Licensed Medical Laboratory - 2280 Maple Grove Rd, Kingsford ON K9Z 9Z9 - (613) 555-0182",
            "S", 7.5)
        d.y -= 16
    d = Doc(A4, hdr)
    info = [("Patient:", "MacAULAY, Denise R", "Health Card:", "9999 123 456 - ZZ"),
            ("DOB:", "1974-06-22   Sex: F", "Collected:", "05-Feb-2026 09:12"),
            ("Ordering MD:", "Dr. Aiden Tremblay (CPSO 99871)", "Reported:", "05-Feb-2026 17:48"),
            ("Copy to:", "Dr. L. Ferreira", "Accession:", "TCL-26-0205-11873")]
    for a, b, c2, e in info:
        d.t(d.m, a, "SB", 8.5); d.t(d.m + 72, b, "S", 8.5)
        d.t(310, c2, "SB", 8.5); d.t(380, e, "S", 8.5)
        d.y -= 12
    d.y -= 6
    cols = [(d.m + 4, 160, "l"), (d.m + 170, 60, "r"), (d.m + 240, 28, "c"),
            (d.m + 280, 100, "l"), (d.m + 385, 118, "l")]
    head = ["Test", "Result", "Flag", "Reference Interval", "Units"]
    sections = [
        ("HEMATOLOGY", "blood", [
            ("Hemoglobin", "141", "", "120-160", "g/L"),
            ("WBC", "6.8", "", "4.0-11.0", "x10E9/L"),
            ("RBC", "4.66", "", "4.00-5.10", "x10E12/L"),
            ("Hematocrit", "0.42", "", "0.36-0.46", "L/L"),
            ("MCV", "90", "", "80-100", "fL"),
            ("Platelet Count", "263", "", "150-400", "x10E9/L"),
            ("Neutrophils", "4.1", "", "2.0-7.5", "x10E9/L"),
            ("Lymphocytes", "1.9", "", "1.0-3.5", "x10E9/L"),
            ("Monocytes", "0.5", "", "0.2-1.0", "x10E9/L"),
            ("Eosinophils", "0.2", "", "0.0-0.5", "x10E9/L"),
            ("Basophils", "0.1", "", "0.0-0.2", "x10E9/L")]),
        ("CHEMISTRY", "blood", [
            ("Glucose Fasting", "7.6", "H", "3.6-6.0", "mmol/L"),
            ("Hemoglobin A1C", "0.071", "H", "< 0.060", "fraction"),
            ("Creatinine", "98", "H", "50-95", "umol/L"),
            ("eGFR", "59", "L", "> 60", "mL/min/1.73m2"),
            ("Sodium", "140", "", "135-145", "mmol/L"),
            ("Potassium", "4.7", "", "3.5-5.0", "mmol/L"),
            ("Urate", "402", "H", "140-360", "umol/L"),
            ("ALT", "47", "H", "< 36", "U/L"),
            ("Cholesterol", "5.82", "", "", "mmol/L"),
            ("Triglycerides", "2.41", "H", "< 1.70", "mmol/L"),
            ("HDL Cholesterol", "1.08", "L", "> 1.29", "mmol/L"),
            ("LDL Cholesterol", "3.64", "H", "< 3.50", "mmol/L"),
            ("Vitamin B12", "186", "L", "> 220", "pmol/L"),
            ("25-Hydroxy Vitamin D", "61", "L", "75-250", "nmol/L"),
            ("TSH", "3.42", "", "0.32-4.00", "mIU/L")]),
        ("URINALYSIS (random urine)", "urine", [
            ("Colour", "Yellow", "", "", ""),
            ("Appearance", "Clear", "", "", ""),
            ("Specific Gravity", "1.024", "", "1.005-1.030", ""),
            ("pH", "6.0", "", "5.0-8.0", ""),
            ("Glucose", "Trace", "A", "Negative", ""),
            ("Protein", "Negative", "", "Negative", ""),
            ("Blood", "Negative", "", "Negative", ""),
            ("Leukocytes", "Negative", "", "Negative", ""),
            ("Nitrite", "Negative", "", "Negative", ""),
            ("Albumin/Creatinine Ratio", "3.9", "H", "< 2.0", "mg/mmol")]),
    ]
    rows = []
    for sect, spec, items in sections:
        rows.append(sect)
        for name, val, fl, ref, unit in items:
            rows.append([name, val, fl, ref, unit])
            kw = {"specimen": "urine"} if spec == "urine" else {}
            if name == "Cholesterol":
                kw["note"] = "no interval printed; Canadian target-based lipid reporting"
            tr.lab(name, val, unit or None, ref or None, fl, date, **kw)
    d.table(cols, rows, head=head, sz=8.4, rules=None, lead=10.8)
    d.gap(4)
    d.para("Lipid targets: see Canadian Cardiovascular Society guideline. A1C reported as a "
           "fraction (0.071 = 7.1%). eGFR calculated by CKD-EPI 2021 (race-free). "
           "Urine albumin/creatinine ratio >= 2.0 mg/mmol suggests albuminuria; repeat to "
           "confirm.", sz=7.8)
    return d.finish(), tr


# ---- 04 Australia Queensland: HbA1c / lipid / thyroid / vitamin D panel (SCAN, jpg)
def d04():
    date = "2026-02-17"
    tr = Truth("04_au_lab_diabetes_panel_scan", "jpg", "AU-QLD",
               "scanned lab report: HbA1c, lipids, thyroid", "lab_result", date,
               text_layer=False)
    d = Doc(A4, None)
    d.t(d.m, "SUNSHINE COAST PATHOLOGY", "RB", 15); d.y -= 14
    d.t(d.m, "NATA Accredited Laboratory 9999  |  12 Mooloolah Esplanade, Caloundra QLD 4599  |  (07) 5550 1234", "R", 8)
    d.y -= 8; d.rule(w=1.2); d.y -= 16
    info = [("Patient", "FITZGERALD, Connor James", "Lab Ref", "SCP26-048812"),
            ("DOB / Sex", "11/05/1969  M", "Collected", "17/02/2026 07:35 (fasting)"),
            ("Medicare", "9999 99991 1", "Reported", "17/02/2026 15:20"),
            ("Referring Dr", "Dr Hannah Lowe, Buderim", "Copy to", "-")]
    for a, b, c2, e in info:
        d.t(d.m, a, "RB", 9); d.t(d.m + 80, b, "R", 9)
        d.t(320, c2, "RB", 9); d.t(385, e, "R", 9)
        d.y -= 13
    d.t(d.m, "Clinical notes", "RB", 9); d.t(d.m + 80, "Annual review", "R", 9); d.y -= 20
    items = [
        ("GLYCATED HAEMOGLOBIN", "blood", [
            ("HbA1c (IFCC)", "64", "H", "mmol/mol", "20-42"),
            ("HbA1c (DCCT)", "8.0", "H", "%", "4.0-6.0")]),
        ("FASTING LIPIDS / GLUCOSE", "blood", [
            ("Glucose (fasting)", "8.4", "H", "mmol/L", "3.0-5.4"),
            ("Cholesterol", "5.9", "H", "mmol/L", "< 5.5"),
            ("Triglyceride", "2.3", "H", "mmol/L", "< 2.0"),
            ("HDL Cholesterol", "0.94", "L", "mmol/L", "> 1.00"),
            ("LDL Cholesterol", "3.9", "H", "mmol/L", "< 3.5"),
            ("Non-HDL Cholesterol", "5.0", "H", "mmol/L", "< 4.0"),
            ("Chol/HDL ratio", "6.3", "H", None, "< 4.5")]),
        ("THYROID FUNCTION", "blood", [
            ("TSH", "5.6", "H", "mIU/L", "0.50-4.00"),
            ("Free T4", "11.8", "", "pmol/L", "10.0-20.0"),
            ("Free T3", "4.2", "", "pmol/L", "3.5-6.5")]),
        ("OTHER", "blood", [
            ("25-OH Vitamin D", "41", "L", "nmol/L", "> 50"),
            ("Cortisol (AM)", "412", "", "nmol/L", "140-690")]),
        ("URINE", "urine", [
            ("Urine Albumin/Creat ratio", "4.1", "H", "mg/mmol", "< 2.5")]),
    ]
    cols = [(d.m + 4, 170, "l"), (d.m + 180, 50, "r"), (d.m + 240, 30, "c"),
            (d.m + 280, 80, "l"), (d.m + 370, 120, "l")]
    rows = []
    for sect, spec, its in items:
        rows.append(sect)
        for name, val, fl, unit, ref in its:
            rows.append([name, val, fl, unit or "", ref])
            tr.lab(name, val, unit, ref, fl, date, **({"specimen": "urine"} if spec == "urine" else {}))
    d.table(cols, rows, head=["TEST", "RESULT", "FLAG", "UNITS", "REFERENCE"], sz=9.5,
            f="R", hf="RB", sect_f="RB", rules="head", lead=13)
    d.gap(6)
    d.para("Comment: HbA1c above target (<= 53 mmol/mol / 7.0% for most adults with diabetes). "
           "Previous HbA1c 58 mmol/mol (September 2025). Elevated TSH with normal FT4 - "
           "suggest repeat TFTs with thyroid antibodies in 6-8 weeks.", f="R", sz=9)
    tr.lab("HbA1c (IFCC)", "58", "mmol/mol", None, None, None, optional=True,
           note="previous result, month only (September 2025), printed in the comment")
    tr.mn("labs", "thyroid antibodies", "planned", "suggested repeat, not resulted")
    d.gap(10)
    d.t(d.m, "Authorised: Dr R. Santos, Chemical Pathologist", "RI", 8.5)
    return d.finish(), tr


# ---- 05 Malaysia: fixed-width LIS print-out, cumulative 2 dates, flag after value, 2 pages
def d05():
    dates = [("2025-11-18", "18/11/25"), ("2026-01-20", "20/01/26")]
    tr = Truth("05_my_lab_cumulative_fixedwidth", "pdf", "MY",
               "fixed-width cumulative lab print-out, 2 date columns", "lab_result", dates[-1][0])

    def hdr(d):
        for s in ["HOSPITAL PERMAI SELATAN, JOHOR            JABATAN PATOLOGI / DEPARTMENT OF PATHOLOGY",
                  "CUMULATIVE LABORATORY REPORT                               LIS v7.2   Tel: 07-555 0163",
                  "-" * 92,
                  "NAME : TAN WEI MING                        MRN : HPS-0982217     WARD/CLINIC: KLINIK PAKAR PERUBATAN",
                  "IC NO: 990101-99-9999  AGE: 58Y  SEX: M    DR  : DR NURUL AINA BT HASHIM",
                  "-" * 92]:
            d.t(d.m, s, "M", 7.6)
            d.y -= 10
        d.y -= 4

    def fx(d):
        d.t(d.W - d.m, f"PAGE {d.page} OF 2", "M", 7.6, y=32, align="r")
    d = Doc(A4, hdr, footer_extra=fx, margin=38, foot_font="M")
    groups = [
        ("HAEMATOLOGY", [
            ("HAEMOGLOBIN", "g/dL", "13.0 - 17.0", ["12.4 L", "12.9 L"]),
            ("TOTAL WBC", "x10^9/L", "4.0 - 10.0", ["7.9", "8.3"]),
            ("PLATELET", "x10^9/L", "150 - 410", ["228", "245"]),
            ("HAEMATOCRIT", "%", "40 - 50", ["38.1 L", "39.6 L"]),
            ("MCV", "fL", "83 - 101", ["88", "87"]),
            ("NEUTROPHIL", "%", "40 - 80", ["66", "61"]),
            ("LYMPHOCYTE", "%", "20 - 40", ["24", "29"]),
            ("MONOCYTE", "%", "2 - 10", ["7", "6"]),
            ("EOSINOPHIL", "%", "1 - 6", ["3", "4"]),
            ("ESR", "mm/hr", "0 - 15", ["22 H", "18 H"]),
            ("PT", "sec", "11.0 - 13.5", ["12.1", "12.4"]),
            ("INR", "", "0.8 - 1.2", ["1.05", "1.08"]),
            ("APTT", "sec", "26.0 - 38.0", ["33.2", "34.0"])]),
        ("RENAL PROFILE", [
            ("UREA", "mmol/L", "2.8 - 7.2", ["8.9 H", "9.6 H"]),
            ("SODIUM", "mmol/L", "136 - 145", ["137", "135 L"]),
            ("POTASSIUM", "mmol/L", "3.5 - 5.1", ["5.0", "5.6 H"]),
            ("CHLORIDE", "mmol/L", "98 - 107", ["102", "101"]),
            ("CREATININE", "umol/L", "64 - 104", ["148 H", "171 H"]),
            ("eGFR", "mL/min/1.73m2", "> 60", ["45 L", "38 L"]),
            ("URIC ACID", "umol/L", "202 - 417", ["455 H", "476 H"]),
            ("PHOSPHATE", "mmol/L", "0.81 - 1.45", ["1.32", "1.51 H"]),
            ("MAGNESIUM", "mmol/L", "0.66 - 1.07", ["0.84", "0.79"]),
            ("CALCIUM", "mmol/L", "2.15 - 2.50", ["2.31", "2.24"])]),
        ("LIVER FUNCTION TEST", [
            ("TOTAL PROTEIN", "g/L", "64 - 83", ["72", "70"]),
            ("ALBUMIN", "g/L", "35 - 50", ["38", "36"]),
            ("TOTAL BILIRUBIN", "umol/L", "3.4 - 20.5", ["11.2", "9.8"]),
            ("ALT", "U/L", "0 - 55", ["34", "29"]),
            ("AST", "U/L", "5 - 34", ["28", "25"]),
            ("ALP", "U/L", "40 - 150", ["102", "98"]),
            ("GGT", "U/L", "12 - 64", ["71 H", "58"])]),
        ("LIPID PROFILE (FASTING)", [
            ("TOTAL CHOLESTEROL", "mmol/L", "< 5.2", ["5.6 H", "4.6"]),
            ("TRIGLYCERIDE", "mmol/L", "< 1.7", ["2.2 H", "1.8 H"]),
            ("HDL-C", "mmol/L", "> 1.0", ["0.98 L", "1.04"]),
            ("LDL-C", "mmol/L", "< 2.6", ["3.6 H", "2.7 H"])]),
        ("DIABETES / OTHERS", [
            ("FASTING BLOOD SUGAR", "mmol/L", "3.9 - 6.1", ["7.9 H", "7.1 H"]),
            ("HbA1c", "%", "4.0 - 6.0", ["8.3 H", "7.6 H"]),
            ("HbA1c (IFCC)", "mmol/mol", "20 - 42", ["67 H", "60 H"]),
            ("SERUM IRON", "umol/L", "11.6 - 31.3", ["", "13.1"]),
            ("TIBC", "umol/L", "44.8 - 80.6", ["", "58.2"]),
            ("FERRITIN", "ug/L", "22 - 275", ["", "96"]),
            ("AMYLASE", "U/L", "25 - 125", ["", "88"])]),
    ]

    def fw(name, v1, v2, unit, ref):
        return f"{name:<22}{v1:>10}    {v2:>10}    {unit:<15}{ref}"
    head = fw("TEST", dates[0][1], dates[1][1], "UNIT", "REF. RANGE")
    first = True
    for g, items in groups:
        if g == "LIPID PROFILE (FASTING)":
            d.new_page()
            first = True
        if first:
            d.line(head, f="MB", sz=7.8, lead=10)
            d.line("-" * 92, f="M", sz=7.6, lead=10)
            first = False
        d.line(f"** {g} **", f="MB", sz=7.8, lead=11)
        for name, unit, ref, vals in items:
            d.line(fw(name, vals[0], vals[1], unit, ref), f="M", sz=7.8, lead=10.5)
            for (iso, _), v in zip(dates, vals):
                if v:
                    p = v.split()
                    tr.lab(name, p[0], unit or None, ref, p[1] if len(p) > 1 else "", iso)
        d.gap(5)
    d.line("-" * 92, f="M", sz=7.6)
    d.lines(["H = ABOVE REFERENCE RANGE   L = BELOW REFERENCE RANGE",
             "REMARK (20/01/26): RISING CREATININE AND POTASSIUM. PLS CORRELATE CLINICALLY.",
             "VALIDATED BY: PEGAWAI SAINS (PATOLOGI) - ROSLAN B. ISMAIL   *** END OF REPORT ***"],
            f="M", sz=7.6, lead=10)
    return d.finish(), tr


# ---- 06 Nigeria: single-date chemistry + haematology, no rules, (a - b) ranges, flag after value
def d06():
    date = "2026-03-12"
    tr = Truth("06_ng_lab_chemistry_norules", "pdf", "NG",
               "lab report without rules, ranges in parentheses, flag after value",
               "lab_result", date)
    d = Doc(A4, None, margin=46)
    d.t(d.W / 2, "LAGOON CITY DIAGNOSTICS LTD", "RB", 15, align="c"); d.y -= 14
    d.t(d.W / 2, "Medical Laboratory Services - 14B Marina Crescent, Lagos Island, Lagos  |  0700 555 0148",
        "R", 8, align="c"); d.y -= 10
    d.t(d.W / 2, "MLSCN Reg. No. ZZ/9999", "R", 8, align="c"); d.y -= 20
    d.t(d.m, "Name:  Mrs. Adaeze Okonkwo-Bello", "R", 9.5); d.t(330, "Lab No:  LCD/26/03/4471", "R", 9.5); d.y -= 13
    d.t(d.m, "Age/Sex:  52 yrs / Female", "R", 9.5); d.t(330, "Date Collected:  12/03/2026", "R", 9.5); d.y -= 13
    d.t(d.m, "Referred by:  Dr. T. Adeyemi (Ikoyi Medical Clinic)", "R", 9.5); d.t(330, "Date Reported:  13/03/2026", "R", 9.5); d.y -= 13
    d.t(d.m, "Specimen:  Blood (fasting)", "R", 9.5); d.y -= 22
    sections = [
        ("CLINICAL CHEMISTRY", [
            ("Fasting Blood Sugar", "118", "H", "mg/dL", "(70 - 110)"),
            ("Urea", "41", "H", "mg/dL", "(15 - 40)"),
            ("Creatinine", "1.3", "H", "mg/dL", "(0.5 - 1.1)"),
            ("Sodium", "141", "", "mmol/L", "(135 - 145)"),
            ("Potassium", "3.3", "L", "mmol/L", "(3.5 - 5.1)"),
            ("Chloride", "99", "", "mmol/L", "(96 - 106)"),
            ("Bicarbonate", "27", "", "mmol/L", "(22 - 29)"),
            ("Uric Acid", "6.9", "H", "mg/dL", "(2.4 - 6.0)"),
            ("Total Cholesterol", "231", "H", "mg/dL", "(< 200)"),
            ("Triglycerides", "164", "H", "mg/dL", "(< 150)"),
            ("HDL-Cholesterol", "44", "L", "mg/dL", "(> 50)"),
            ("LDL-Cholesterol", "154", "H", "mg/dL", "(< 130)"),
            ("Total Bilirubin", "0.8", "", "mg/dL", "(0.2 - 1.2)"),
            ("Conjugated Bilirubin", "0.2", "", "mg/dL", "(0.0 - 0.3)"),
            ("AST (SGOT)", "27", "", "U/L", "(0 - 35)"),
            ("ALT (SGPT)", "31", "", "U/L", "(0 - 35)"),
            ("Alkaline Phosphatase", "118", "", "U/L", "(44 - 147)"),
            ("Total Protein", "7.4", "", "g/dL", "(6.0 - 8.3)"),
            ("Albumin", "4.0", "", "g/dL", "(3.5 - 5.2)"),
            ("Calcium", "9.2", "", "mg/dL", "(8.6 - 10.3)")]),
        ("HAEMATOLOGY", [
            ("Haemoglobin", "11.4", "L", "g/dL", "(12.0 - 16.0)"),
            ("PCV", "34", "L", "%", "(36 - 46)"),
            ("WBC", "5.2", "", "x10^9/L", "(4.0 - 11.0)"),
            ("Platelets", "198", "", "x10^9/L", "(150 - 450)"),
            ("ESR (Westergren)", "28", "H", "mm/hr", "(0 - 20)"),
            ("Sickling test", "Negative", "", None, None),
            ("Genotype", "AS", "", None, None)]),
        ("SEROLOGY / OTHERS", [
            ("C-Reactive Protein", "9.6", "H", "mg/L", "(0 - 6)"),
            ("TSH", "1.84", "", "mIU/L", "(0.35 - 4.94)")]),
    ]
    for sect, items in sections:
        d.line(sect, f="RB", sz=10, lead=15)
        for name, val, fl, unit, ref in items:
            d.t(d.m + 8, name, "R", 9.5)
            d.t(d.m + 190, (val + (" " + fl if fl else "")), "R", 9.5)
            d.t(d.m + 260, unit or "", "R", 9.5)
            d.t(d.m + 350, ref or "", "R", 9.5)
            d.y -= 12.8
            if name in ("Sickling test", "Genotype"):
                tr.lab(name, val, None, None, None, date,
                       note="qualitative, no range; flag null" if name == "Genotype" else None)
            else:
                tr.lab(name, val, unit, ref, fl, date)
        d.y -= 8
    d.para("Comment: Mild hypokalaemia. Results flagged H (high) / L (low) against adult "
           "reference intervals shown in brackets.", f="RI", sz=9)
    d.gap(16)
    d.t(d.m, "____________________", "R", 9); d.y -= 11
    d.t(d.m, "Medical Laboratory Scientist: O. Nnaji, AMLSCN", "R", 9)
    return d.finish(), tr


# ---- 07 Northern Ireland: GP referral letter to rheumatology (prose + lists)
def d07():
    date = "2026-02-23"
    tr = Truth("07_gb_letter_gp_referral", "pdf", "GB-NIR", "GP referral letter",
               "medical_record", date)
    d = Doc(A4, None, margin=56)
    d.t(d.W - d.m, "Glenmore Road Medical Practice", "RB", 11, align="r"); d.y -= 12
    for s in ["41 Glenmore Road, Lisnagarvey BT99 9ZQ", "Tel 028 9649 6120   Fax 028 9649 6121",
              "Practice code Z99999"]:
        d.t(d.W - d.m, s, "R", 8.5, align="r"); d.y -= 10.5
    d.y -= 6
    d.lines(["Dr M. Kearney", "Consultant Rheumatologist", "Rheumatology Outpatients",
             "Lagan Bridge Hospital"], f="R", sz=9.5, lead=12)
    d.gap(8)
    d.line("23 February 2026", f="R", sz=9.5)
    d.gap(6)
    d.line("Re: Mrs Siobhan Maguire   DOB 14/07/1967   H&C No 999 603 2214", f="RB", sz=9.5)
    d.line("    9 Orchard Close, Lisnagarvey BT99 9ZR", f="R", sz=9.5)
    d.gap(6)
    P = lambda s: d.para(s, f="R", sz=9.5, after=6)
    P("Dear Dr Kearney,")
    P("Thank you for seeing this 58-year-old lady with a four-month history of painful, "
      "swollen small joints of both hands and early-morning stiffness lasting about two "
      "hours. On examination today she had synovitis of the 2nd and 3rd MCP joints "
      "bilaterally and the right wrist. She denies any rash or psoriasis, and there is no "
      "history of inflammatory bowel disease or uveitis. She denies fever or weight loss.")
    P("Her bloods last week showed CRP 27 mg/L, ESR 41 mm/hr and a positive rheumatoid "
      "factor; anti-CCP antibody was 212 U/mL. Haemoglobin was 121 g/L. I would be grateful "
      "if you could rule out rheumatoid arthritis and advise on management.")
    tr.lab("CRP", "27", "mg/L", None, None, None, optional=True, note="prose, 'last week', no date")
    tr.lab("ESR", "41", "mm/hr", None, None, None, optional=True, note="prose, no date")
    tr.lab("anti-CCP antibody", "212", "U/mL", None, None, None, optional=True, note="prose, no date")
    tr.lab("Haemoglobin", "121", "g/L", None, None, None, optional=True, note="prose, no date")
    tr.lab("rheumatoid factor", "positive", None, None, None, None, optional=True,
           note="qualitative, prose")
    tr.mn("conditions", "psoriasis", "negated")
    tr.mn("conditions", "inflammatory bowel disease", "negated")
    tr.mn("conditions", "uveitis", "negated")
    tr.mn("conditions", "rheumatoid arthritis", "planned", "'rule out' - not a diagnosis yet")
    P("I stopped her naproxen a fortnight ago because of dyspepsia and she now takes "
      "paracetamol 1 g up to four times a day as required. I have started lansoprazole 30 mg "
      "once daily. I have not started any steroid, so as not to cloud your assessment; "
      "please consider methotrexate or hydroxychloroquine if you feel appropriate.")
    d.line("Past medical history", f="RB", sz=9.5)
    pmh = [("Hypothyroidism (2009)", "Hypothyroidism", "active", {}),
           ("Essential hypertension", "Essential hypertension", "active", {"aliases": ["hypertension"]}),
           ("TIA 2021 - no residual deficit", "TIA", "history", {"aliases": ["transient ischaemic attack"]}),
           ("Laparoscopic cholecystectomy 2015", "Laparoscopic cholecystectomy", "history", {"optional": True})]
    for printed, name, st, kw in pmh:
        d.line("  - " + printed, f="R", sz=9.5, lead=12)
        tr.cond(name, st, **kw)
    d.line("  (TIA = transient ischaemic attack; hypertension diagnosed 2016)", f="RI", sz=8.5, lead=12)
    d.gap(4)
    d.line("Current medication", f="RB", sz=9.5)
    meds = [("Levothyroxine", "100", "micrograms", "once daily", "active", None),
            ("Amlodipine", "5", "mg", "once daily", "active", None),
            ("Clopidogrel", "75", "mg", "once daily", "active", None),
            ("Lansoprazole", "30", "mg", "once daily", "new", "started 16/02/2026"),
            ("Paracetamol", "1", "g", "up to four times a day as required", "active", None)]
    for n, dose, u, fq, st, extra in meds:
        d.line(f"  {n} {dose} {u} {fq}" + (f" ({extra})" if extra else ""), f="R", sz=9.5, lead=12)
        kw = {"status_also_ok": ["active"]} if st == "new" else {}
        tr.med(n, dose, u, fq, st, **kw)
    d.line("  Naproxen 500 mg twice daily - STOPPED 09/02/2026 (dyspepsia)", f="R", sz=9.5, lead=12)
    tr.med("Naproxen", "500", "mg", "twice daily", "stopped")
    tr.mn("medications", "Naproxen", "stopped")
    tr.cond("dyspepsia", "active", optional=True, note="reason naproxen was stopped")
    tr.mn("medications", "methotrexate", "planned", "'please consider'")
    tr.mn("medications", "hydroxychloroquine", "planned", "'please consider'")
    tr.mn("medications", "steroid", "negated", "'I have not started any steroid'")
    d.gap(4)
    d.line("Allergies", f="RB", sz=9.5)
    d.line("  Penicillin - urticarial rash;  Codeine - vomiting", f="R", sz=9.5, lead=12)
    tr.alg("Penicillin", "urticarial rash")
    tr.alg("Codeine", "vomiting")
    d.gap(4)
    P("Family history: her mother had rheumatoid arthritis and her sister has coeliac "
      "disease. Social: retired classroom assistant, never smoked, drinks 4 units a week.")
    tr.mn("conditions", "coeliac disease", "family")
    tr.mn("conditions", "rheumatoid arthritis", "family", "mother")
    P("Today her blood pressure was 138/84 mmHg, pulse 76 and weight 68.5 kg.")
    tr.vit("blood_pressure", "138/84", "mmHg")
    tr.vit("heart_rate", "76", None, note="'pulse 76', no unit printed")
    tr.vit("weight", "68.5", "kg")
    P("Many thanks for your help.")
    P("Yours sincerely,")
    d.gap(10)
    d.line("Dr Colm Devlin MB BCh BAO MRCGP", f="RB", sz=9.5)
    d.line("General Practitioner", f="R", sz=9.5)
    return d.finish(), tr


# ---- 08 Ireland: cardiology clinic letter, 2 pages (SCAN, image-only PDF)
def d08():
    date = "2026-01-29"
    tr = Truth("08_ie_letter_cardiology_scan", "pdf", "IE",
               "scanned specialist clinic letter, 2 pages", "medical_record", date,
               text_layer=False)

    def hdr(d):
        if d.page == 1:
            d.t(d.m, "ST BRENDAN'S UNIVERSITY HOSPITAL", "SB", 13); d.y -= 13
            d.t(d.m, "Department of Cardiology  -  Newcastle Road, Galway H91 ZZ99  -  Tel 091 555 0130", "S", 8.5)
            d.y -= 8; d.rule(w=1); d.y -= 18
        else:
            d.t(d.m, "Re: Patrick Ó Flaherty   MRN SBH2288410   DOB 02/12/1954   (continued)", "S", 8.5)
            d.y -= 8; d.rule(w=0.5); d.y -= 16
    d = Doc(A4, hdr, margin=58, footer_extra=lambda d: d.t(d.W - d.m, f"Page {d.page} of 2", "S", 8, y=32, align="r"))
    d.line("Clinic date: 29/01/2026          Dictated: 29/01/2026          Typed: 03/02/2026", sz=9)
    d.gap(6)
    d.lines(["Dr Aoife Brennan", "Claddagh Medical Centre", "Galway"], sz=10, lead=12.5)
    d.gap(8)
    d.line("Re: Patrick Ó Flaherty, DOB 02/12/1954, MRN SBH2288410", f="SB", sz=10)
    d.gap(4)
    P = lambda s: d.para(s, sz=10, after=7)
    P("Dear Dr Brennan,")
    P("I reviewed Patrick in the cardiology clinic today.")
    d.line("Diagnoses:", f="SB", sz=10)
    dx = [("Paroxysmal atrial fibrillation", "active", {"aliases": ["PAF"]}),
          ("Hypertension", "active", {}),
          ("Type 2 diabetes mellitus", "active", {}),
          ("Pulmonary embolism 2017", "history", {})]
    for i, (n, st, kw) in enumerate(dx, 1):
        d.line(f"  {i}. {n}" + (" (PAF)" if i == 1 else ""), sz=10, lead=13)
        tr.cond(n.replace(" 2017", ""), st, **kw)
    d.gap(6)
    P("Patrick was referred with palpitations. His 7-day Holter showed paroxysmal atrial "
      "fibrillation with a burden of about 9% and rates up to 140 bpm. His CHA2DS2-VASc score "
      "is 3. He denies chest pain and there is no history of syncope or stroke. He had a "
      "provoked pulmonary embolism after knee surgery in 2017 and completed six months of "
      "warfarin at that time.")
    tr.mn("conditions", "syncope", "negated")
    tr.mn("conditions", "stroke", "negated")
    tr.mn("medications", "warfarin", "historical", "completed six months in 2017")
    P("On examination his pulse was 84 and irregular, blood pressure 146/88 mmHg. Weight "
      "94 kg, BMI 30.7 kg/m2. Heart sounds normal with no murmurs; chest clear.")
    tr.vit("heart_rate", "84", None, note="'pulse was 84', no unit printed")
    tr.vit("blood_pressure", "146/88", "mmHg")
    tr.vit("weight", "94", "kg")
    tr.vit("bmi", "30.7", "kg/m2")
    P("Recent bloods: potassium 4.5 mmol/L, creatinine 92 µmol/L, HbA1c 61 mmol/mol and TSH "
      "1.7 mU/L (all taken 22/01/2026).")
    for n, v, u in [("potassium", "4.5", "mmol/L"), ("creatinine", "92", "µmol/L"),
                    ("HbA1c", "61", "mmol/mol"), ("TSH", "1.7", "mU/L")]:
        tr.lab(n, v, u, None, None, "2026-01-22")
    P("Family history: his father had a myocardial infarction aged 52 and his brother has "
      "hypertrophic cardiomyopathy.")
    tr.mn("conditions", "myocardial infarction", "family")
    tr.mn("conditions", "hypertrophic cardiomyopathy", "family")
    d.new_page()
    d.line("Medications on review:", f="SB", sz=10)
    meds = [("Apixaban", "5", "mg", "twice daily", "new", "NEW - started today"),
            ("Bisoprolol", "5", "mg", "once daily", "changed", "increased from 2.5 mg"),
            ("Ramipril", "5", "mg", "once daily", "active", "unchanged"),
            ("Metformin", "1", "g", "twice daily", "active", "unchanged"),
            ("Atorvastatin", "40", "mg", "at night", "active", "unchanged")]
    for n, dose, u, fq, st, rem in meds:
        d.line(f"  - {n} {dose} {u} {fq} ({rem})", sz=10, lead=13)
        tr.med(n, dose, u, fq, st, **({"status_also_ok": ["active"]} if st == "new" else {}))
    d.line("  - Aspirin 75 mg once daily: STOPPED today (now anticoagulated)", sz=10, lead=13)
    tr.med("Aspirin", "75", "mg", "once daily", "stopped")
    tr.mn("medications", "Aspirin", "stopped")
    d.gap(6)
    d.line("Allergies: Latex (contact dermatitis)", sz=10)
    tr.alg("Latex", "contact dermatitis")
    d.gap(4)
    d.line("Plan:", f="SB", sz=10)
    for s in ["1. Transthoracic echocardiogram to rule out structural heart disease.",
              "2. Consider flecainide (pill-in-the-pocket) if symptoms persist despite rate control.",
              "3. Repeat renal function in 3 months on apixaban.",
              "4. Review in clinic in 4 months with a repeat Holter."]:
        d.para(s, x=d.m + 10, sz=10, after=2)
    tr.mn("medications", "flecainide", "planned", "'consider'")
    tr.mn("conditions", "structural heart disease", "planned", "'rule out'")
    d.gap(6)
    P("I have explained the bleeding risks of apixaban and he is happy to proceed. He does "
      "not need to take aspirin any more.")
    P("Yours sincerely,")
    d.gap(14)
    d.line("Dr Eoin Gallagher MD MRCPI", f="SB", sz=10)
    d.line("Consultant Cardiologist", sz=10)
    d.line("cc: Patient", sz=9)
    return d.finish(), tr


# ---- 09 US Massachusetts: athenahealth progress note (ROS negatives, plan, held drug)
def d09():
    date = "2026-01-27"
    tr = Truth("09_us_note_athena_progress", "pdf", "US-MA",
               "progress note (athenahealth print)", "medical_record", date)

    def hdr(d):
        d.t(d.m, "Quabbin Valley Primary Care", "SB", 11)
        d.t(d.W - d.m, "athenaOne - Encounter Summary", "S", 8, align="r"); d.y -= 11
        d.t(d.m, "WHITAKER, Janelle M   DOB: 04/30/1971   Patient ID: 2047719   Encounter: 01/27/2026", "S", 8)
        d.y -= 6; d.rule(w=0.8); d.y -= 14
    d = Doc(LETTER, hdr, margin=40,
            footer_extra=lambda d: d.t(d.W - d.m, f"Page {d.page}", "S", 7.5, y=32, align="r"))
    d.line("Provider: Gregory Lin, MD    Location: 18 Elm Street, Belchertown, MA 01099    Phone: (413) 555-0126", sz=8.5)
    d.gap(4)
    H = lambda s: d.heading(s, "SB", 10, bar=0.9, after=2)
    P = lambda s: d.para(s, sz=9, after=4)
    H("Chief Complaint")
    P("Follow-up of blood pressure and snoring.")
    H("HPI")
    P("54 y/o female presents for follow-up of hypertension. Home BP readings 140s-150s/90s. "
      "She reports loud snoring and daytime fatigue; husband has noticed pauses in breathing. "
      "She stopped taking chlorthalidone 2 weeks ago because of leg cramps. Denies chest pain, "
      "shortness of breath or palpitations.")
    H("ROS")
    P("Constitutional: denies fever, chills, weight loss. Respiratory: no cough, no wheeze. "
      "Neuro: denies headaches or vision changes. Psych: no depression.")
    tr.mn("conditions", "depression", "negated")
    H("Medical History")
    P("Hypertension (2018). Hyperlipidemia. Gestational diabetes (2004, resolved). "
      "No history of asthma or COPD.")
    tr.mn("conditions", "asthma", "negated")
    tr.mn("conditions", "COPD", "negated")
    H("Surgical History")
    P("Appendectomy (1989). Cesarean section x2.")
    tr.cond("Appendectomy", "history", optional=True)
    tr.cond("Cesarean section", "history", optional=True)
    H("Family History")
    P("Mother: breast cancer (age 61), type 2 diabetes. Father: colon cancer, deceased 74. "
      "Brother: obstructive sleep apnea.")
    for n in ["breast cancer", "type 2 diabetes", "colon cancer"]:
        tr.mn("conditions", n, "family")
    H("Social History")
    P("Never smoker. Alcohol: 2-3 drinks/week. Works as a school bus dispatcher.")
    H("Medications")
    meds = [("lisinopril", "Tablet", "20", "mg", "1 tab(s) orally once a day", "Taking", "changed"),
            ("atorvastatin", "Tablet", "20", "mg", "1 tab(s) orally once a day (at bedtime)", "Taking", "active"),
            ("chlorthalidone", "Tablet", "25", "mg", "1 tab(s) orally once a day", "Not-Taking", "held"),
            ("cetirizine", "Tablet", "10", "mg", "1 tab(s) orally once a day, as needed", "Taking", "active")]
    cols = [(d.m + 2, 150, "l"), (d.m + 158, 200, "l"), (d.m + 365, 70, "l"), (d.m + 440, 85, "l")]
    d.table(cols, [[f"{n} {dose} {u} {form.lower()}", sig, stat,
                    {"changed": "dose increased", "held": "on hold"}.get(st, "")]
                   for n, form, dose, u, sig, stat, st in meds],
            head=["Medication", "Sig", "Status", "Note"], sz=8.5, rules="h", lead=10.5)
    for n, form, dose, u, sig, stat, st in meds:
        kw = {}
        if st == "changed":
            kw = {"status_also_ok": ["active"], "note": "increased from 10 mg today (see plan)"}
        if st == "held":
            kw = {"status_also_ok": ["stopped"], "note": "patient stopped; plan says hold"}
        tr.med(n, dose, u, sig, st, **kw)
    H("Allergies")
    P("Sulfa (Sulfonamide Antibiotics): hives.   Shellfish: throat swelling (severe).")
    tr.alg("Sulfa", "hives", aliases=["Sulfonamide Antibiotics"])
    tr.alg("Shellfish", "throat swelling", "severe")
    H("Vitals")
    vit = [("BP", "152/94", "mmHg", "blood_pressure", {}),
           ("Pulse", "82", "bpm", "heart_rate", {}),
           ("Temp", "98.2", "F", "temperature", {}),
           ("RR", "16", "/min", "respiratory_rate", {}),
           ("SpO2", "96", "%", "oxygen_saturation", {}),
           ("Ht", "165.1", "cm", "height", {}),
           ("Wt", "98.9", "kg", "weight", {"also_ok": {"value_numeric": 218, "unit": "lbs"}}),
           ("BMI", "36.28", "kg/m2", "bmi", {})]
    P("   ".join(f"{a}: {v} {u}" + (" (218 lbs)" if a == "Wt" else "") for a, v, u, k, kw in vit))
    for a, v, u, k, kw in vit:
        tr.vit(k, v, u, **kw)
    H("Physical Exam")
    P("General: well appearing, obese. Neck: circumference 41 cm. CV: RRR, no murmur. "
      "Lungs: clear bilaterally. Ext: no edema.")
    tr.cond("obese", "active", optional=True, note="exam finding")
    H("Assessment / Plan")
    plan = [("Essential hypertension", "I10", "active",
             "Uncontrolled. Increase lisinopril from 10 mg to 20 mg daily. Hold chlorthalidone "
             "given cramps; check BMP and magnesium in 2 weeks."),
            ("Snoring", "R06.83", "active",
             "Rule out obstructive sleep apnea - refer for home sleep apnea test."),
            ("Hyperlipidemia, unspecified", "E78.5", "active",
             "Continue atorvastatin. Fasting lipid panel next visit."),
            ("Encounter for immunization", "Z23", "active",
             "Influenza vaccine, quadrivalent (Flucelvax) 0.5 mL IM left deltoid given today, "
             "lot 3K41T7, exp 06/30/2026.")]
    for i, (dx, code, st, txt) in enumerate(plan, 1):
        d.ensure(30)
        d.line(f"{i}. {dx} - {code}", f="SB", sz=9)
        d.para(txt, x=d.m + 12, sz=9, after=3)
        if code != "Z23":
            tr.cond(dx, st, code, **({"aliases": ["Hypertension"]} if code == "I10" else {}))
    tr.mn("conditions", "obstructive sleep apnea", "planned", "'rule out'; brother has OSA (family)")
    tr.mn("labs", "lipid panel", "planned", "next visit")
    tr.mn("labs", "magnesium", "planned", "check in 2 weeks")
    tr.imm("Influenza vaccine, quadrivalent", date, None, "3K41T7", brand="Flucelvax")
    tr.cond("Gestational diabetes", "resolved", status_also_ok=["history"],
            note="2004, resolved: a past diagnosis, never current")
    P("Follow up in 4 weeks. Electronically signed by Gregory Lin, MD on 01/27/2026 16:42.")
    return d.finish(), tr


# ---- 10 Kenya: medical outpatient (diabetes / HIV) clinic note in prose
def d10():
    date = "2026-03-14"
    tr = Truth("10_ke_note_diabetes_clinic", "pdf", "KE", "outpatient clinic note, prose",
               "medical_record", date)
    d = Doc(A4, None, margin=54)
    d.t(d.W / 2, "KARURA HILLS HOSPITAL", "SB", 14, align="c"); d.y -= 13
    d.t(d.W / 2, "Medical Outpatient Clinic (MOPC)  -  P.O. Box 99999-00100, Nairobi  -  Tel 0700 555 0177",
        "S", 8.5, align="c"); d.y -= 8
    d.rule(w=1); d.y -= 16
    rows = [("Patient:", "Wanjiru Kamau (Mrs)", "OP No:", "KHH/OP/26/11942"),
            ("Age/Sex:", "49 years, F", "Date:", "14th March 2026"),
            ("Clinician:", "Dr. Otieno Achieng, Physician", "Visit:", "Review")]
    for a, b, c2, e in rows:
        d.t(d.m, a, "SB", 9.5); d.t(d.m + 62, b, "S", 9.5)
        d.t(330, c2, "SB", 9.5); d.t(380, e, "S", 9.5); d.y -= 13
    d.gap(8)
    P = lambda s: d.para(s, sz=9.5, after=7)
    P("Known type 2 diabetic for 8 years and hypertensive for 5 years, also living with HIV "
      "since 2014, on follow-up at the CCC. She comes for routine review. She reports "
      "two episodes of hypoglycaemia last month, both in the early morning. No history of "
      "tuberculosis. She denies polyuria, chest pain or leg swelling.")
    tr.cond("Type 2 diabetes mellitus", "active", aliases=["type 2 diabetic"])
    tr.cond("Hypertension", "active", aliases=["hypertensive"])
    tr.cond("HIV infection", "active", aliases=["HIV"])
    tr.cond("hypoglycaemia", "active", optional=True, note="two episodes last month")
    tr.mn("conditions", "tuberculosis", "negated")
    P("Current medication: she is on metformin 1 g twice daily, glibenclamide 5 mg in the "
      "morning, amlodipine 10 mg once daily and losartan 50 mg once daily. ART: "
      "tenofovir/lamivudine/dolutegravir (TLD) 300/300/50 mg one tablet once daily, with good "
      "adherence. She also takes atorvastatin 20 mg at night.")
    P("Family history: her mother died of a stroke and her father had prostate cancer.")
    tr.mn("conditions", "stroke", "family")
    tr.mn("conditions", "prostate cancer", "family")
    P("On examination: BP 148/92 mmHg, pulse 80 b/min, weight 81 kg, height 160 cm, BMI "
      "31.6, temperature 36.5 °C. Feet: monofilament sensation intact bilaterally.")
    for k, v, u in [("blood_pressure", "148/92", "mmHg"), ("heart_rate", "80", "b/min"),
                    ("weight", "81", "kg"), ("height", "160", "cm"), ("bmi", "31.6", None),
                    ("temperature", "36.5", "°C")]:
        tr.vit(k, v, u)
    P("Investigations today: HbA1c 8.6%, FBS 9.4 mmol/L, creatinine 104 µmol/L (eGFR 56), "
      "urine ACR 6.2 mg/mmol. Last viral load (October 2025) <50 copies/mL.")
    for n, v, u, kw in [("HbA1c", "8.6", "%", {}), ("FBS", "9.4", "mmol/L", {}),
                        ("creatinine", "104", "µmol/L", {}), ("eGFR", "56", None, {}),
                        ("urine ACR", "6.2", "mg/mmol", {"specimen": "urine"})]:
        tr.lab(n, v, u, None, None, date, **kw)
    tr.lab("viral load", "<50", "copies/mL", None, None, None, optional=True,
           note="October 2025, month only")
    d.line("Impression:", f="SB", sz=9.5)
    for s in ["1. Type 2 diabetes mellitus - suboptimal control, recurrent hypoglycaemia on sulphonylurea",
              "2. Hypertension - not at target",
              "3. Early diabetic kidney disease (albuminuria)",
              "4. HIV infection - virally suppressed on TLD"]:
        d.para(s, x=d.m + 10, sz=9.5, after=1)
    tr.cond("diabetic kidney disease", "active")
    d.gap(6)
    d.line("Plan:", f="SB", sz=9.5)
    plan = ["Stop glibenclamide (hypoglycaemia).",
            "Start gliclazide MR 30 mg once daily with breakfast.",
            "Continue metformin, amlodipine, losartan, TLD and atorvastatin at the same doses.",
            "Consider insulin if HbA1c remains above 9% at next review.",
            "Refer for retinal screening; repeat urine ACR in 3 months.",
            "Review in 8 weeks with FBS and HbA1c."]
    for s in plan:
        d.para("- " + s, x=d.m + 10, sz=9.5, after=1)
    meds = [("metformin", "1", "g", "twice daily", "active", None),
            ("glibenclamide", "5", "mg", "in the morning", "stopped", None),
            ("gliclazide", "30", "mg", "once daily with breakfast", "new", "MR"),
            ("amlodipine", "10", "mg", "once daily", "active", None),
            ("losartan", "50", "mg", "once daily", "active", None),
            ("tenofovir/lamivudine/dolutegravir", "300/300/50", "mg", "once daily", "active", "TLD"),
            ("atorvastatin", "20", "mg", "at night", "active", None)]
    for n, dose, u, fq, st, extra in meds:
        kw = {}
        if extra == "TLD":
            kw = {"aliases": ["TLD"]}
        if st == "new":
            kw = {"status_also_ok": ["active"], "note": "modified-release (MR)"}
        tr.med(n, dose, u, fq, st, **kw)
    tr.mn("medications", "glibenclamide", "stopped")
    tr.mn("medications", "insulin", "planned", "'consider insulin'")
    d.gap(10)
    d.line("Dr. Otieno Achieng, MBChB, MMed (Int Med)   KMPDC Reg. No. Z9999", f="S", sz=9)
    return d.finish(), tr


# ---- 11 US Wisconsin: Epic MyChart After Visit Summary, 2 pages, repeating header
def d11():
    date = "2026-02-09"
    tr = Truth("11_us_ehr_epic_avs", "pdf", "US-WI", "Epic MyChart After Visit Summary",
               "medical_record", date)

    def hdr(d):
        d.rect(d.m, d.y - 6, d.W - 2 * d.m, 20, fill=0.85, stroke=False)
        d.t(d.m + 6, "After Visit Summary", "SB", 10, y=d.y)
        d.t(d.W - d.m - 6, "Marcus T. Ellison    MRN: 88120457    DOB: 10/3/1949    Visit: 2/9/2026",
            "S", 8, y=d.y, align="r")
        d.y -= 28

    def fx(d):
        d.t(d.m, "Epic MyChart  -  Printed 2/9/2026 3:05 PM  -  Driftless Valley Clinic, La Crosse WI  (608) 555-0193",
            "S", 7, y=32)
        d.t(d.W - d.m, f"Page {d.page} of 2", "S", 7, y=32, align="r")
    d = Doc(LETTER, hdr, footer_extra=fx, margin=40)
    d.line("Marcus T. Ellison", f="SB", sz=15, lead=19)
    d.line("Today's Visit: 2/9/2026  with Rachel Novak, PA-C  -  Driftless Valley Clinic Family Medicine",
           sz=9)
    d.line("Reason for Visit: Diabetes follow-up", sz=9)
    d.gap(4)
    d.heading("Diagnoses", "SB", 10.5)
    dx = [("Type 2 diabetes mellitus with hyperglycemia", "E11.65"),
          ("Stage 3a chronic kidney disease", "N18.31"),
          ("Gout", "M10.9")]
    for n, code in dx:
        d.line(f"  {n} ({code})", sz=9, lead=11.5)
        tr.cond(n, "active", code)
    d.gap(4)
    d.heading("Vitals", "SB", 10.5)
    vit = [("Blood Pressure", "134/78", "blood_pressure", None, {"note": "no unit printed (mmHg)"}),
           ("Pulse", "68", "heart_rate", None, {}),
           ("Temperature", "97.9", "temperature", "°F",
            {"also_ok": {"value_numeric": 36.6, "unit": "°C"}}),
           ("Weight", "91.5", "weight", "kg", {"also_ok": {"value_numeric": 201.8, "unit": "lb"}}),
           ("SpO2", "98", "oxygen_saturation", "%", {}),
           ("BMI", "29.80", "bmi", "kg/m²", {})]
    shown = {"Blood Pressure": "134/78", "Pulse": "68", "Temperature": "97.9 °F (36.6 °C)",
             "Weight": "201 lb 12.8 oz (91.5 kg)", "SpO2": "98%", "BMI": "29.80 kg/m²"}
    cols = [(d.m + 4, 90, "l"), (d.m + 98, 140, "l"), (d.m + 260, 90, "l"), (d.m + 354, 140, "l")]
    items = [(a, shown[a]) for a, *_ in vit]
    d.table(cols, [[items[i][0], items[i][1], items[i + 1][0], items[i + 1][1]] for i in range(0, 6, 2)],
            sz=9, rules=None, lead=11.5)
    for a, v, k, u, kw in vit:
        tr.vit(k, v, u, **kw)
    d.heading("Your Medication List", "SB", 10.5)
    d.para("Review your updated medication list below. This list is accurate as of 2/9/2026 3:05 PM.",
           sz=8.5)
    groups = [
        ("START taking:", [("empagliflozin", "JARDIANCE", "10", "mg", "tablet",
                            "Take 1 tablet (10 mg total) by mouth daily.", "new", {})]),
        ("CHANGE how you take:", [("insulin glargine", "LANTUS SOLOSTAR", "18", "Units",
                                   "100 unit/mL injection pen",
                                   "Inject 18 Units into the skin nightly. (Previously 22 Units)",
                                   "changed", {"concentration": "100 unit/mL", "route": "subcutaneous"})]),
        ("CONTINUE these medications which have NOT CHANGED:", [
            ("metformin", "GLUCOPHAGE", "500", "mg", "tablet",
             "Take 1 tablet (500 mg total) by mouth 2 times daily with meals.", "active",
             {"aliases": ["metFORMIN"]}),
            ("lisinopril", "PRINIVIL,ZESTRIL", "10", "mg", "tablet", "Take 1 tablet (10 mg total) by mouth daily.", "active", {}),
            ("atorvastatin", "LIPITOR", "40", "mg", "tablet", "Take 1 tablet (40 mg total) by mouth nightly.", "active", {}),
            ("allopurinol", "ZYLOPRIM", "100", "mg", "tablet", "Take 1 tablet (100 mg total) by mouth daily.", "active", {}),
            ("colchicine", "COLCRYS", "0.6", "mg", "tablet",
             "Take 1 tablet (0.6 mg total) by mouth daily as needed (gout flare).", "active", {})]),
        ("STOP taking these medications:", [("glipiZIDE", "GLUCOTROL", "5", "mg", "tablet",
                                             "Take 1 tablet (5 mg total) by mouth daily before breakfast.",
                                             "stopped", {})]),
    ]
    for g, meds in groups:
        d.ensure(40)
        d.line(g, f="SB", sz=9.5, lead=12)
        for n, b, dose, u, form, sig, st, kw in meds:
            d.line(f"    {n} ({b}) {dose if form == 'tablet' else ''}{' ' + u if form == 'tablet' else ''} {form}".replace("  ", " "),
                   f="SB", sz=8.8, lead=11)
            d.para(sig, x=d.m + 24, sz=8.8, after=3)
            name = "glipizide" if n == "glipiZIDE" else n
            kw = dict(kw)
            route = kw.pop("route", "oral")
            if name == "glipizide":
                kw["aliases"] = ["glipiZIDE"]
            if st == "new":
                kw["status_also_ok"] = ["active"]
            freq = {"new": "daily", "changed": "nightly"}.get(st)
            if freq is None:
                freq = {"metformin": "2 times daily with meals", "atorvastatin": "nightly",
                        "colchicine": "daily as needed", "glipizide": "daily before breakfast"}.get(name, "daily")
            tr.med(name, dose, u, freq, st, brand=b.split(",")[0], route=route, **kw)
    tr.mn("medications", "glipiZIDE", "stopped")
    d.heading("Allergies as of 2/9/2026", "SB", 10.5)
    for s, r in [("Ciprofloxacin", "Tendon Pain"), ("Iodinated Contrast Media", "Hives")]:
        d.line(f"    {s}    Reactions: {r}", sz=9, lead=11.5)
        tr.alg(s, r)
    d.new_page()
    d.heading("Immunizations Administered on Date of Encounter - 2/9/2026", "SB", 10.5)
    d.line("    Pneumococcal Conjugate Vaccine 20-valent (PREVNAR 20)   Dose: 0.5 mL   Route: IM   Site: Left deltoid   Lot: LX9921",
           sz=8.5, lead=11.5)
    tr.imm("Pneumococcal Conjugate Vaccine 20-valent", date, None, "LX9921", brand="PREVNAR 20",
           date_ambiguous=True, note="2/9/2026 read as US month/day")
    d.gap(4)
    d.heading("Lab Results from Today's Visit", "SB", 10.5)
    labs = [("Hemoglobin A1C", "8.1", "%", "4.8 - 5.6", "High"),
            ("Glucose", "182", "mg/dL", "70 - 99", "High"),
            ("Creatinine", "1.38", "mg/dL", "0.76 - 1.27", "High"),
            ("eGFR", "52", "mL/min/1.73", ">59", "Low"),
            ("Potassium", "4.9", "mmol/L", "3.5 - 5.2", ""),
            ("Uric Acid", "6.4", "mg/dL", "3.8 - 8.4", ""),
            ("Microalbumin/Creatinine Ratio, Urine", "48", "mg/g creat", "0 - 29", "High")]
    cols = [(d.m + 4, 190, "l"), (d.m + 200, 70, "r"), (d.m + 280, 80, "l"), (d.m + 365, 80, "l"),
            (d.m + 450, 60, "l")]
    d.table(cols, [[n, v, u, r, f] for n, v, u, r, f in labs],
            head=["Component", "Your Value", "Units", "Standard Range", "Flag"], sz=8.8, rules="h")
    for n, v, u, r, f in labs:
        tr.lab(n, v, u, r, f, date, **({"specimen": "urine"} if "Urine" in n else {}))
    d.heading("Your Problem List", "SB", 10.5)
    for n, st in [("Type 2 diabetes mellitus with hyperglycemia", None),
                  ("Stage 3a chronic kidney disease", None), ("Gout", None),
                  ("Essential hypertension", "active"), ("History of kidney stones", "history")]:
        d.line("    " + n, sz=9, lead=11.5)
        if st:
            tr.cond(n, st, **({"aliases": ["kidney stones"]} if st == "history" else {}))
    d.gap(4)
    d.heading("Health Maintenance - Due Soon or Overdue", "SB", 10.5)
    for s in ["Zoster Vaccines (1 of 2) - Overdue", "COVID-19 Vaccine (2025-26 season) - Due",
              "Diabetic Eye Exam - Due 3/1/2026", "Colorectal Cancer Screening - Due 5/14/2026"]:
        d.line("    " + s, sz=9, lead=11.5)
    tr.mn("immunizations", "Zoster Vaccines", "due")
    tr.mn("immunizations", "COVID-19 Vaccine", "due")
    d.gap(4)
    d.heading("Patient Instructions", "SB", 10.5)
    d.para("Start Jardiance once every morning; drink plenty of fluids. Lower your Lantus to "
           "18 units at bedtime and check your sugar before breakfast. Stop glipizide. "
           "Avoid NSAIDs such as ibuprofen (Advil, Motrin) or naproxen (Aleve) because they can "
           "harm your kidneys and trigger gout - use acetaminophen (Tylenol) for pain instead. "
           "We talked about adding semaglutide (Ozempic) at your next visit if your A1C is "
           "still above 7%.", sz=9)
    tr.mn("medications", "ibuprofen", "other", "'avoid NSAIDs' advice")
    tr.mn("medications", "naproxen", "other", "'avoid NSAIDs' advice")
    tr.mn("medications", "semaglutide", "planned", "discussed for next visit")
    tr.med("acetaminophen", None, None, "for pain", "active", brand="Tylenol", optional=True,
           note="advice 'use acetaminophen (Tylenol) for pain'; not on the medication list")
    d.heading("Upcoming Appointments", "SB", 10.5)
    d.line("    Mon 5/11/2026 9:20 AM   Lab - Driftless Valley Clinic", sz=9, lead=11.5)
    d.line("    Mon 5/18/2026 10:00 AM  Office Visit with Rachel Novak, PA-C", sz=9, lead=11.5)
    return d.finish(), tr


# ---- 12 US Ohio: C-CDA continuity of care document rendered with the HL7 stylesheet, 3 pages
def d12():
    date = "2026-03-03"
    tr = Truth("12_us_ehr_ccda_ccd", "pdf", "US-OH",
               "C-CDA CCD rendered with the HL7 stylesheet (browser print)", "medical_record", date)

    def hdr(d):
        d.t(d.m, "3/3/26, 10:14 AM", "S", 7.5)
        d.t(d.W / 2, "Continuity of Care Document - Harold B. Kessler (MRN 4410-2293)", "S", 7.5, align="c")
        d.y -= 22

    def fx(d):
        d.t(d.m, "file:///C:/Users/Public/Downloads/CCD_Kessler_20260303.xml", "S", 7, y=32)
        d.t(d.W - d.m, f"{d.page}/3", "S", 7, y=32, align="r")
    d = Doc(LETTER, hdr, footer_extra=fx, margin=38)
    d.t(d.W / 2, "Continuity of Care Document", "SB", 16, align="c"); d.y -= 24
    info = [("Patient", "Harold B. Kessler"), ("Date of birth", "November 21, 1946"),
            ("Sex", "Male"), ("Race / Ethnicity", "White / Not Hispanic or Latino"),
            ("Contact info", "Primary Home: 2275 Sandusky Ave, Marion, OH 43399, US  Tel: (740) 555-0164"),
            ("Patient IDs", "4410-2293 2.16.840.1.113883.3.9999.1"),
            ("Document Id", "ccd-9f2c1e77-0451 2.16.840.1.113883.3.9999.2"),
            ("Document Created:", "March 3, 2026, 10:02:15 -0500"),
            ("Author", "Jennifer Okoro, MD, Heartland Internal Medicine - Buckeye Health Partners EHR"),
            ("Custodian", "Buckeye Health Partners, 600 Harding Way, Marion, OH 43399")]
    cols = [(d.m + 4, 110, "l"), (d.m + 120, 410, "l")]
    d.table(cols, [[a, b] for a, b in info], sz=8.5, rules="grid", lead=10.5, f="S")
    d.gap(4)
    d.line("Table of Contents", f="SB", sz=10)
    toc = ["Allergies, Adverse Reactions, Alerts", "Medications", "Problems", "Immunizations",
           "Results", "Vital Signs", "Social History", "Plan of Care", "Encounters", "Insurance Providers",
           "Care Team"]
    for s in toc:
        d.line("    - " + s, sz=8.5, lead=10.5, gray=0.2)
    H = lambda s: d.heading(s, "SB", 11.5, after=2)
    GH = 0.85
    H("Allergies, Adverse Reactions, Alerts")
    alg = [("Penicillin G", "Anaphylaxis", "Severe", "Active"),
           ("Peanut (food)", "Hives", "Moderate", "Active")]
    cols = [(d.m + 4, 150, "l"), (d.m + 160, 130, "l"), (d.m + 296, 100, "l"), (d.m + 402, 120, "l")]
    d.table(cols, [list(a) for a in alg], head=["Substance", "Reaction", "Severity", "Status"],
            rules="grid", head_fill=GH, sz=8.5)
    for s, r, sev, st in alg:
        tr.alg(s, r, sev)
    H("Medications")
    meds = [("Metoprolol succinate ER", "50", "MG", "Oral Tablet", "Take 1 tablet by mouth once daily", "05/12/2022", "Active", "active"),
            ("Apixaban", "5", "MG", "Oral Tablet", "Take 1 tablet by mouth twice daily", "05/12/2022", "Active", "active"),
            ("Furosemide", "20", "MG", "Oral Tablet", "Take 1 tablet by mouth every morning", "01/08/2024", "Active", "active"),
            ("Tamsulosin", "0.4", "MG", "Oral Capsule", "Take 1 capsule by mouth at bedtime", "09/19/2023", "Active", "active"),
            ("Levothyroxine", "25", "MCG", "Oral Tablet", "Take 1 tablet by mouth daily before breakfast", "02/24/2026", "Active", "new"),
            ("Amiodarone", "200", "MG", "Oral Tablet", "Take 1 tablet by mouth daily", "05/12/2022", "Discontinued (02/24/2026)", "stopped"),
            ("Azithromycin", "250", "MG", "Oral Tablet", "2 tablets day 1, then 1 tablet daily x 4 days", "12/02/2025", "Completed (12/06/2025)", "completed")]
    cols = [(d.m + 4, 150, "l"), (d.m + 160, 190, "l"), (d.m + 356, 70, "l"), (d.m + 432, 100, "l")]
    d.table(cols, [[f"{n} {dose} {u} {form}", sig, start, st] for n, dose, u, form, sig, start, st, _ in meds],
            head=["Medication", "Directions", "Start Date", "Status"], rules="grid", head_fill=GH, sz=8.3)
    freq = {"Metoprolol succinate ER": "once daily", "Apixaban": "twice daily",
            "Furosemide": "every morning", "Tamsulosin": "at bedtime",
            "Levothyroxine": "daily before breakfast", "Amiodarone": "daily",
            "Azithromycin": "1 tablet daily x 4 days"}
    for n, dose, u, form, sig, start, st, s2 in meds:
        kw = {"status_also_ok": ["new"]} if s2 == "active" and n == "Levothyroxine" else {}
        if n == "Levothyroxine":
            s2, kw = "active", {"status_also_ok": ["new"], "note": "started 02/24/2026, status Active"}
        tr.med(n, dose, u, freq[n], s2, **kw)
    tr.mn("medications", "Amiodarone", "stopped")
    tr.mn("medications", "Azithromycin", "historical", "completed course")
    H("Problems")
    probs = [("Atrial fibrillation", "I48.91", "Active", "05/2022", "active"),
             ("Chronic systolic (congestive) heart failure", "I50.22", "Active", "01/2024", "active"),
             ("Benign prostatic hyperplasia", "N40.0", "Active", "2019", "active"),
             ("Hypothyroidism due to amiodarone", "E03.2", "Active", "02/2026", "active"),
             ("Community acquired pneumonia", "J18.9", "Resolved", "12/2025", "resolved")]
    cols = [(d.m + 4, 230, "l"), (d.m + 240, 80, "l"), (d.m + 326, 90, "l"), (d.m + 422, 100, "l")]
    d.table(cols, [[n, c, s, o] for n, c, s, o, _ in probs],
            head=["Problem", "ICD-10-CM", "Status", "Onset"], rules="grid", head_fill=GH, sz=8.5)
    for n, c, s, o, st in probs:
        tr.cond(n, st, c, **({"status_also_ok": ["history"]} if st == "resolved" else {}))
    H("Immunizations")
    imms = [("Influenza, high-dose, quadrivalent", "Oct 14, 2025", "2025-10-14", "Completed", "UT7788AA"),
            ("COVID-19 mRNA vaccine, 2025-2026 formula", "Sep 30, 2025", "2025-09-30", "Completed", "FN4410"),
            ("Zoster recombinant (Shingrix)", "Jun 15, 2021", "2021-06-15", "Completed", "7XK3P"),
            ("Zoster recombinant (Shingrix)", "Mar 10, 2021", "2021-03-10", "Completed", "4TR2M"),
            ("Tdap", "Jun 2, 2019", "2019-06-02", "Completed", "AC52B041DA"),
            ("Hepatitis B vaccine, adult", "Nov 4, 2025", None, "Refused - patient decision", "")]
    cols = [(d.m + 4, 220, "l"), (d.m + 230, 90, "l"), (d.m + 326, 130, "l"), (d.m + 462, 70, "l")]
    d.table(cols, [[v, ds, st, lot] for v, ds, iso, st, lot in imms],
            head=["Vaccine", "Date", "Status", "Lot Number"], rules="grid", head_fill=GH, sz=8.5)
    for v, ds, iso, st, lot in imms:
        if iso:
            tr.imm(v.replace(" (Shingrix)", ""), iso, None, lot,
                   **({"brand": "Shingrix"} if "Shingrix" in v else {}))
    tr.mn("immunizations", "Hepatitis B vaccine", "negated", "refused")
    H("Results")
    d.line("Basic metabolic / thyroid / CBC panel - collected Feb 24, 2026 08:31", f="SB", sz=8.5)
    labs = [("NT-proBNP", "1240", "pg/mL", "<450", "H"),
            ("Sodium", "137", "mmol/L", "135-145", "N"),
            ("Potassium", "4.1", "mmol/L", "3.5-5.1", "N"),
            ("Creatinine", "1.21", "mg/dL", "0.70-1.30", "N"),
            ("TSH", "6.2", "mIU/L", "0.45-4.50", "H"),
            ("Free T4", "1.0", "ng/dL", "0.8-1.8", "N"),
            ("Hemoglobin", "13.1", "g/dL", "13.5-17.5", "L"),
            ("Platelets", "188", "10*3/uL", "150-400", "N")]
    cols = [(d.m + 4, 160, "l"), (d.m + 170, 70, "l"), (d.m + 246, 80, "l"), (d.m + 332, 100, "l"),
            (d.m + 438, 90, "l")]
    d.table(cols, [list(l) for l in labs], head=["Test", "Result", "Units", "Reference Range", "Interpretation"],
            rules="grid", head_fill=GH, sz=8.5)
    for n, v, u, r, f in labs:
        tr.lab(n, v, u, r, f, "2026-02-24")
    H("Vital Signs")
    vs = [("Mar 3, 2026", "2026-03-03", "128/74", "62", "16", "97.7", "186.4", "70", "26.7", "97"),
          ("Feb 24, 2026", "2026-02-24", "136/80", "71", "18", "98.1", "189.0", "70", "27.1", "96")]
    cols = [(d.m + 4, 70, "l"), (d.m + 80, 60, "l"), (d.m + 146, 55, "l"), (d.m + 207, 50, "l"),
            (d.m + 263, 55, "l"), (d.m + 324, 60, "l"), (d.m + 390, 55, "l"), (d.m + 451, 45, "l"),
            (d.m + 502, 35, "l")]
    d.table(cols, [list(v[:1]) + list(v[2:]) for v in vs],
            head=["Date", "BP (mm[Hg])", "Heart rate (/min)", "Resp rate (/min)", "Temp ([degF])",
                  "Weight ([lb_av])", "Height ([in_i])", "BMI (kg/m2)", "SpO2 (%)"],
            rules="grid", head_fill=GH, sz=8)
    for _, iso, bp, hr, rr, t, wt, ht, bmi, sp in vs:
        req = {} if iso == date else {"optional": True, "note": "earlier visit"}
        tr.vit("blood_pressure", bp, "mm[Hg]", date=iso, **req)
        tr.vit("heart_rate", hr, "/min", date=iso, **req)
        tr.vit("respiratory_rate", rr, "/min", date=iso, **req)
        tr.vit("temperature", t, "[degF]", date=iso, **req)
        tr.vit("weight", wt, "[lb_av]", date=iso, **req)
        tr.vit("height", ht, "[in_i]", date=iso, **req)
        tr.vit("bmi", bmi, "kg/m2", date=iso, **req)
        tr.vit("oxygen_saturation", sp, "%", date=iso, **req)
    H("Social History")
    d.table([(d.m + 4, 200, "l"), (d.m + 210, 200, "l")],
            [["Tobacco smoking status", "Former smoker (quit 1998)"], ["Alcohol use", "Occasional"]],
            head=["Social History Element", "Description"], rules="grid", head_fill=GH, sz=8.5)
    H("Plan of Care")
    poc = [("Pneumococcal conjugate vaccine (PCV20)", "Scheduled", "Apr 7, 2026"),
           ("Transthoracic echocardiogram", "Ordered", "Mar 2026"),
           ("Thyroid function panel (repeat)", "Planned", "Apr 7, 2026"),
           ("Cardiology follow-up - Dr. S. Patel", "Scheduled", "Apr 14, 2026")]
    d.table([(d.m + 4, 260, "l"), (d.m + 270, 100, "l"), (d.m + 376, 120, "l")], [list(p) for p in poc],
            head=["Planned Activity", "Status", "Planned Date"], rules="grid", head_fill=GH, sz=8.5)
    tr.mn("immunizations", "Pneumococcal conjugate vaccine", "planned", "scheduled Apr 7, 2026")
    tr.mn("labs", "Thyroid function panel", "planned")
    H("Encounters")
    d.table([(d.m + 4, 150, "l"), (d.m + 160, 150, "l"), (d.m + 316, 120, "l"), (d.m + 442, 90, "l")],
            [["Office Visit", "Jennifer Okoro, MD", "Heartland Internal Medicine", "Mar 3, 2026"],
             ["Office Visit", "Jennifer Okoro, MD", "Heartland Internal Medicine", "Feb 24, 2026"]],
            head=["Encounter", "Performer", "Location", "Date"], rules="grid", head_fill=GH, sz=8.5)
    H("Insurance Providers")
    d.table([(d.m + 4, 170, "l"), (d.m + 180, 150, "l"), (d.m + 336, 150, "l")],
            [["Medicare Part B", "Member ID 9ZZ9-ZZ9-ZZ99", "Primary"],
             ["Buckeye Senior Supplement Plan G", "BSP-00412877", "Secondary"]],
            head=["Payer", "Policy / Member", "Priority"], rules="grid", head_fill=GH, sz=8.5)
    H("Care Team")
    d.table([(d.m + 4, 170, "l"), (d.m + 180, 150, "l"), (d.m + 336, 190, "l")],
            [["Jennifer Okoro, MD", "Primary care physician", "(740) 555-0171"],
             ["Sanjay Patel, MD", "Cardiologist", "(740) 555-0178"]],
            head=["Member", "Role", "Contact"], rules="grid", head_fill=GH, sz=8.5)
    return d.finish(), tr


# ---- 13 US New Jersey: eClinicalWorks / healow patient portal export, 2 pages
def d13():
    date = "2025-12-12"
    tr = Truth("13_us_ehr_ecw_portal_export", "pdf", "US-NJ",
               "patient portal health record export (eClinicalWorks/healow)", "medical_record", date)

    def hdr(d):
        d.t(d.m, "healow - Patient Health Record Export", "SB", 9.5)
        d.t(d.W - d.m, "Pine Barrens Family Health, 310 Route 70, Medford NJ 08099  (609) 555-0135", "S", 7.5, align="r")
        d.y -= 11
        d.t(d.m, "Patient: RAMAN, PRIYA   |   DOB: 08/22/1988   |   Sex: F   |   Acct #: 30917   |   Exported: 12/15/2025 21:47",
            "S", 7.8)
        d.y -= 5; d.rule(w=0.7, gray=0.3); d.y -= 14

    def fx(d):
        d.t(d.W - d.m, f"Page {d.page} of 2", "S", 7, y=32, align="r")
        d.t(d.m, "Generated by eClinicalWorks V12 patient portal", "S", 7, y=32)
    d = Doc(LETTER, hdr, footer_extra=fx, margin=40)
    H = lambda s: d.heading(s, "SB", 10, bar=0.88, after=3)
    H("Last Encounter")
    d.line("12/12/2025  Office Visit - Annual physical / asthma follow-up - Provider: Deborah Kwan, DO", sz=8.8)
    d.gap(3)
    H("Problem List")
    probs = [("Mild persistent asthma, uncomplicated", "J45.30"),
             ("Hypothyroidism, unspecified", "E03.9"),
             ("Iron deficiency anemia", "D50.9"),
             ("Migraine without aura, not intractable", "G43.009")]
    cols = [(d.m + 4, 330, "l"), (d.m + 340, 90, "l"), (d.m + 436, 80, "l")]
    d.table(cols, [[n, c, "Active"] for n, c in probs], head=["Problem", "ICD-10", "Status"],
            sz=8.5, rules="h")
    for n, c in probs:
        tr.cond(n, "active", c)
    H("Current Medications")
    meds = [("budesonide/formoterol", "Symbicort", "160/4.5", "mcg", "inhaler",
             "2 puffs twice a day", "Taking", "active", {"route": "inhaled"}),
            ("albuterol sulfate HFA", "ProAir HFA", "90", "mcg", "inhaler",
             "2 puffs every 4-6 hours as needed for wheezing", "Taking", "active",
             {"route": "inhaled", "aliases": ["albuterol"]}),
            ("levothyroxine sodium", "Synthroid", "75", "mcg", "tablet",
             "1 tablet once a day in the morning on an empty stomach", "Taking", "active", {}),
            ("ferrous sulfate", None, "325", "mg", "tablet", "1 tablet once a day with orange juice",
             "Taking", "active", {}),
            ("sumatriptan succinate", "Imitrex", "50", "mg", "tablet",
             "1 tablet at onset of migraine, may repeat after 2 hours; max 2/day", "Taking", "active", {}),
            ("sertraline HCl", "Zoloft", "50", "mg", "tablet", "1 tablet once a day",
             "Discontinued 09/16/2025", "stopped", {})]
    cols = [(d.m + 4, 190, "l"), (d.m + 200, 220, "l"), (d.m + 426, 100, "l")]
    d.table(cols, [[f"{n} {dose} {u} {form}" + (f" ({b})" if b else ""), sig, st]
                   for n, b, dose, u, form, sig, st, s2, kw in meds],
            head=["Medication", "Sig", "Status"], sz=8.5, rules="h")
    for n, b, dose, u, form, sig, st, s2, kw in meds:
        kw = dict(kw)
        route = kw.pop("route", "oral")
        tr.med(n, dose, u, sig, s2, brand=b, route=route, **kw)
    tr.mn("medications", "sertraline HCl", "stopped")
    H("Allergies")
    d.table([(d.m + 4, 150, "l"), (d.m + 160, 150, "l"), (d.m + 316, 100, "l")],
            [["amoxicillin", "rash", "mild"], ["cat dander", "sneezing, itchy eyes", "mild"]],
            head=["Allergen", "Reaction", "Severity"], sz=8.5, rules="h")
    tr.alg("amoxicillin", "rash", "mild")
    tr.alg("cat dander", "sneezing, itchy eyes", "mild")
    H("Vitals History")
    vh = [("06/03/2025", "2025-06-03", "118/76", "74", "98.0", "142", "24.4", "98"),
          ("09/16/2025", "2025-09-16", "122/78", "80", "98.4", "139", "23.9", "99"),
          ("12/12/2025", "2025-12-12", "116/72", "70", "97.8", "137.4", "23.6", "99")]
    cols = [(d.m + 4, 70, "l"), (d.m + 80, 70, "l"), (d.m + 156, 60, "l"), (d.m + 222, 60, "l"),
            (d.m + 288, 70, "l"), (d.m + 364, 50, "l"), (d.m + 420, 60, "l")]
    d.table(cols, [[v[0]] + list(v[2:]) for v in vh],
            head=["Date", "BP (mmHg)", "HR (/min)", "Temp (F)", "Wt (lbs)", "BMI", "SpO2 (%)"],
            sz=8.5, rules="h")
    for ds, iso, bp, hr, t, wt, bmi, sp in vh:
        req = {} if iso == date else {"optional": True, "note": "earlier visit"}
        tr.vit("blood_pressure", bp, "mmHg", date=iso, **req)
        tr.vit("heart_rate", hr, "/min", date=iso, **req)
        tr.vit("temperature", t, "F", date=iso, **req)
        tr.vit("weight", wt, "lbs", date=iso, **req)
        tr.vit("bmi", bmi, None, date=iso, **req)
        tr.vit("oxygen_saturation", sp, "%", date=iso, **req)
    d.new_page()
    H("Lab Results")
    dts = [("2025-09-16", "09/16/2025"), ("2025-12-12", "12/12/2025")]
    labs = [("Hemoglobin", "g/dL", "11.7-15.5", ["10.6 L", "12.1"]),
            ("Hematocrit", "%", "35.0-45.0", ["33.1 L", "37.4"]),
            ("MCV", "fL", "80-100", ["77 L", "82"]),
            ("Ferritin", "ng/mL", "16-154", ["9 L", "31"]),
            ("Iron, Total", "mcg/dL", "40-190", ["32 L", "71"]),
            ("TIBC", "mcg/dL", "250-450", ["468 H", "402"]),
            ("TSH", "uIU/mL", "0.450-4.500", ["5.210 H", "2.870"]),
            ("Free T4", "ng/dL", "0.82-1.77", ["1.05", "1.21"]),
            ("Vitamin D, 25-Hydroxy", "ng/mL", "30.0-100.0", ["", "18.6 L"]),
            ("Folate (Folic Acid), Serum", "ng/mL", ">3.0", ["", "11.4"]),
            ("Vitamin B12", "pg/mL", "232-1245", ["", "486"])]
    cols = [(d.m + 4, 170, "l"), (d.m + 180, 80, "r"), (d.m + 270, 80, "r"), (d.m + 364, 70, "l"),
            (d.m + 440, 90, "l")]
    d.table(cols, [[n] + v + [u, r] for n, u, r, v in labs],
            head=["Test", dts[0][1], dts[1][1], "Units", "Ref Range"], sz=8.5, rules="h")
    for n, u, r, vals in labs:
        for (iso, _), v in zip(dts, vals):
            if v:
                p = v.split()
                tr.lab(n, p[0], u, r, p[1] if len(p) > 1 else "", iso)
    H("Immunizations")
    imms = [("Tdap (Boostrix)", "12/12/2025", "2025-12-12", "Given", "Left deltoid", "7HX9K", "Tdap", "Boostrix"),
            ("Influenza, quadrivalent (Fluarix)", "10/01/2025", "2025-10-01", "Given", "Right deltoid", "FX3319", "Influenza, quadrivalent", "Fluarix"),
            ("COVID-19 mRNA (Spikevax 2025-2026)", "10/01/2025", "2025-10-01", "Given", "Left deltoid", "MD0921A", "COVID-19 mRNA", "Spikevax"),
            ("HPV 9-valent (Gardasil 9)", "03/14/2016", "2016-03-14", "Given", "", "", "HPV 9-valent", "Gardasil 9"),
            ("Hepatitis B (Heplisav-B)", "12/12/2025", None, "Declined", "", "", None, None)]
    cols = [(d.m + 4, 190, "l"), (d.m + 200, 70, "l"), (d.m + 276, 60, "l"), (d.m + 342, 90, "l"),
            (d.m + 438, 80, "l")]
    d.table(cols, [[a, b, s, site, lot] for a, b, iso, s, site, lot, v, br in imms],
            head=["Vaccine", "Date", "Status", "Site", "Lot #"], sz=8.5, rules="h")
    for a, b, iso, s, site, lot, v, br in imms:
        if iso:
            tr.imm(v, iso, None, lot or None, brand=br,
                   **({"date_ambiguous": True} if iso == "2025-10-01" else {}))
    tr.mn("immunizations", "Hepatitis B", "negated", "declined")
    H("Health Reminders")
    for s in ["Cervical cancer screening (Pap/HPV) - due 04/2026",
              "Influenza vaccine 2026-2027 season - due 09/2026"]:
        d.line("  - " + s, sz=8.8, lead=11)
    tr.mn("immunizations", "Influenza vaccine 2026-2027", "due")
    H("Encounter Note Excerpt (12/12/2025)")
    d.para("Assessment: asthma well controlled on Symbicort; no ED visits or oral steroid bursts "
           "this year. Iron deficiency improving on ferrous sulfate - recheck CBC and ferritin in "
           "3 months. Vitamin D low: start vitamin D3 2000 IU once daily. Denies depressive "
           "symptoms since stopping sertraline. Tdap given today.", sz=8.8)
    tr.mn("medications", "oral steroid", "negated", "'no ... oral steroid bursts this year'")
    tr.mn("conditions", "depressive symptoms", "negated")
    tr.med("vitamin D3", "2000", "IU", "once daily", "new", optional=True,
           status_also_ok=["active"], note="cholecalciferol; started in the note excerpt")
    return d.finish(), tr


# ---- 14 Australia Victoria: discharge summary with medication changes table, 2 pages
def d14():
    date = "2026-03-06"
    tr = Truth("14_au_discharge_pneumonia_aki", "pdf", "AU-VIC",
               "hospital discharge summary with medication changes table", "discharge_summary", date)

    def hdr(d):
        d.t(d.m, "YARRA BEND HEALTH", "SB", 12)
        d.t(d.W - d.m, "DISCHARGE SUMMARY", "SB", 11, align="r"); d.y -= 12
        d.t(d.m, "General Medicine Unit B  -  88 Merri Parade, Northcote VIC 3099  -  (03) 7010 4455", "S", 8); d.y -= 11
        d.t(d.m, "Patient: Dimitrios PAPADOPOULOS   UR: 7730184   DOB: 9/08/1950   Medicare: 9999 88887 1",
            "SB", 8.5)
        d.y -= 5; d.rule(w=1); d.y -= 14
    d = Doc(A4, hdr, margin=44,
            footer_extra=lambda d: d.t(d.W - d.m, f"Page {d.page} of 2", "S", 7.5, y=32, align="r"))
    info = [("Admitted", "2/03/2026 21:40 via ED", "Discharged", "6/03/2026 11:15"),
            ("Consultant", "Dr Felicity Wong (General Medicine)", "Discharged to", "Home"),
            ("GP", "Dr Samir Haddad, Westgarth Family Clinic", "Author", "Dr Liam O'Connor (HMO2)")]
    for a, b, c2, e in info:
        d.t(d.m, a, "SB", 8.5); d.t(d.m + 70, b, "S", 8.5); d.t(320, c2, "SB", 8.5); d.t(390, e, "S", 8.5)
        d.y -= 12
    d.gap(4)
    H = lambda s: d.heading(s, "SB", 10, bar=0.88, after=3)
    H("Diagnoses")
    dx = [("Principal", "Community-acquired pneumonia (right lower lobe)", "active", {"aliases": ["Community-acquired pneumonia"]}),
          ("Secondary", "Acute kidney injury (pre-renal), resolving", "active", {"aliases": ["Acute kidney injury", "AKI"]}),
          ("Comorbidity", "Type 2 diabetes mellitus", "active", {}),
          ("Comorbidity", "Heart failure with preserved ejection fraction", "active", {"aliases": ["HFpEF"]}),
          ("Comorbidity", "Osteoarthritis, both knees", "active", {}),
          ("Past history", "Right inguinal hernia repair (2012)", "history", {"optional": True})]
    for a, n, st, kw in dx:
        d.t(d.m + 4, a, "SI", 8.8); d.t(d.m + 90, n, "S", 8.8); d.y -= 11.5
        tr.cond(n.split(" (")[0] if "hernia" in n else n, st, **kw)
    d.line("  (HFpEF = heart failure with preserved ejection fraction; AKI = acute kidney injury)", f="SI", sz=8)
    H("Clinical Summary")
    d.para("75-year-old man presented with 3 days of productive cough, fever and reduced oral "
           "intake. CXR: right lower lobe consolidation. CURB-65 score 2. Creatinine 182 µmol/L on "
           "admission (baseline 95). Treated with IV ceftriaxone 1 g daily and oral "
           "azithromycin 500 mg daily for 3 days, IV fluids (Hartmann's), and antiemetic "
           "ondansetron 4 mg as required. Metformin, perindopril and frusemide were withheld "
           "on admission because of AKI. Renal function improved (creatinine 118 µmol/L on "
           "4/03/2026). Diclofenac (taken over the counter for knee pain) was ceased. Switched to oral "
           "amoxicillin-clavulanate on 5/03/2026 to complete 7 days in total.", sz=8.8)
    for n, note in [("ceftriaxone", "IV antibiotic given on the ward"),
                    ("azithromycin", "inpatient course, 3 days, completed in hospital"),
                    ("Hartmann's", "IV fluids on the ward"),
                    ("ondansetron", "ward antiemetic")]:
        tr.mn("medications", n, "other", note)
    H("Medication Changes")
    meds = [("Amoxicillin-clavulanate (Augmentin Duo Forte)", "875/125 mg", "twice daily (bd)",
             "NEW", "Until 8/03/2026 then stop", "amoxicillin-clavulanate", "Augmentin Duo Forte", "875/125", "mg", "new"),
            ("Paracetamol (Panadol Osteo)", "1330 mg", "three times daily (tds)", "NEW",
             "For knee pain instead of diclofenac", "paracetamol", "Panadol Osteo", "1330", "mg", "new"),
            ("Furosemide (frusemide)", "20 mg", "mane", "CHANGED", "Reduced from 40 mg mane",
             "furosemide", None, "20", "mg", "changed"),
            ("Metformin XR", "1000 mg", "with evening meal", "WITHHELD",
             "Withhold until GP review of renal function", "metformin", None, "1000", "mg", "held"),
            ("Perindopril", "5 mg", "daily", "WITHHELD", "Restart when creatinine < 100",
             "perindopril", None, "5", "mg", "held"),
            ("Diclofenac (Voltaren Rapid)", "25 mg", "up to tds prn", "STOPPED",
             "AKI - avoid NSAIDs", "diclofenac", "Voltaren Rapid", "25", "mg", "stopped"),
            ("Atorvastatin", "40 mg", "nocte", "UNCHANGED", "", "atorvastatin", None, "40", "mg", "active"),
            ("Pantoprazole", "40 mg", "mane", "UNCHANGED", "", "pantoprazole", None, "40", "mg", "active"),
            ("Empagliflozin (Jardiance)", "10 mg", "mane", "WITHHELD",
             "Sick-day rule; restart when eating and drinking normally", "empagliflozin",
             "Jardiance", "10", "mg", "held")]
    cols = [(d.m + 3, 150, "l"), (d.m + 158, 60, "l"), (d.m + 222, 85, "l"), (d.m + 312, 62, "l"),
            (d.m + 378, 130, "l")]
    d.table(cols, [[a, b, c2, s, note] for a, b, c2, s, note, *_ in meds],
            head=["Medication", "Dose", "Frequency", "Status", "Comment"], sz=8.3, rules="grid",
            head_fill=0.88, lead=10)
    for a, b, c2, s, note, gen, brand, dose, u, st in meds:
        kw = {}
        if gen == "furosemide":
            kw["aliases"] = ["frusemide"]
        if gen == "metformin":
            kw["aliases"] = ["Metformin XR"]
        if st == "new":
            kw["status_also_ok"] = ["active"]
        tr.med(gen, dose, u, c2, st, brand=brand, **kw)
    tr.mn("medications", "diclofenac", "stopped")
    tr.mn("medications", "NSAIDs", "other", "'avoid NSAIDs' advice")
    d.new_page()
    H("Allergies / Adverse Drug Reactions")
    d.line("  Trimethoprim - widespread maculopapular rash (2019), moderate", sz=8.8)
    tr.alg("Trimethoprim", "widespread maculopapular rash", "moderate")
    H("Investigations")
    dts = [("2026-03-02", "2/03/26"), ("2026-03-04", "4/03/26"), ("2026-03-06", "6/03/26")]
    labs = [("Creatinine", "µmol/L", "60-110", ["182 H", "118 H", "104"]),
            ("eGFR", "mL/min/1.73m2", "> 60", ["31 L", "52 L", "61"]),
            ("Urea", "mmol/L", "3.0-8.0", ["16.4 H", "10.2 H", "7.6"]),
            ("Potassium", "mmol/L", "3.5-5.2", ["5.4 H", "4.6", "4.4"]),
            ("Sodium", "mmol/L", "135-145", ["133 L", "137", "139"]),
            ("CRP", "mg/L", "< 5", ["214 H", "96 H", "41 H"]),
            ("WCC", "x10^9/L", "4.0-11.0", ["15.8 H", "10.9", "8.7"]),
            ("Haemoglobin", "g/L", "130-180", ["128 L", "121 L", "124 L"]),
            ("Lactate", "mmol/L", "0.5-2.0", ["2.6 H", "", ""]),
            ("Procalcitonin", "µg/L", "< 0.50", ["3.12 H", "", ""])]
    cols = [(d.m + 3, 120, "l"), (d.m + 128, 70, "r"), (d.m + 203, 70, "r"), (d.m + 278, 70, "r"),
            (d.m + 360, 60, "l"), (d.m + 425, 90, "l")]
    d.table(cols, [[n] + v + [r, u] for n, u, r, v in labs],
            head=["Test", dts[0][1], dts[1][1], dts[2][1], "Range", "Units"], sz=8.5, rules="h")
    for n, u, r, vals in labs:
        for (iso, _), v in zip(dts, vals):
            if v:
                p = v.split()
                tr.lab(n, p[0], u, r, p[1] if len(p) > 1 else "", iso)
    d.line("  Blood cultures x2: no growth at 5 days. Urinary pneumococcal antigen positive.", sz=8.5)
    tr.lab("Urinary pneumococcal antigen", "positive", None, None, None, None, optional=True,
           specimen="urine", note="qualitative, prose")
    H("Observations")
    d.line("  On admission (2/03/26): T 38.6 °C, HR 108, BP 104/62, RR 24, SpO2 91% on room air, weight 88.2 kg", sz=8.5)
    d.line("  On discharge (6/03/26): T 36.7 °C, HR 78, BP 128/74, RR 16, SpO2 96% on room air, weight 86.9 kg", sz=8.5)
    for when, iso, vals in [("adm", "2026-03-02", [("temperature", "38.6", "°C"), ("heart_rate", "108", None),
                                                   ("blood_pressure", "104/62", None), ("respiratory_rate", "24", None),
                                                   ("oxygen_saturation", "91", "%"), ("weight", "88.2", "kg")]),
                            ("dis", "2026-03-06", [("temperature", "36.7", "°C"), ("heart_rate", "78", None),
                                                   ("blood_pressure", "128/74", None), ("respiratory_rate", "16", None),
                                                   ("oxygen_saturation", "96", "%"), ("weight", "86.9", "kg")])]:
        for k, v, u in vals:
            tr.vit(k, v, u, date=iso, **({"optional": True, "note": "admission observation"} if when == "adm" else {}))
    H("Follow-up / Actions for GP")
    for s in ["1. Repeat UEC in 1 week (by 13/03/2026); restart perindopril when creatinine < 100 µmol/L.",
              "2. Consider restarting metformin XR and empagliflozin once renal function stable.",
              "3. Repeat chest X-ray in 6 weeks to confirm resolution.",
              "4. Pneumococcal vaccine (Prevenar 13) recommended after recovery - not given during admission.",
              "5. Avoid NSAIDs long term given CKD risk; consider referral to orthopaedics for knee OA."]:
        d.para(s, x=d.m + 6, sz=8.6, after=2)
    tr.mn("immunizations", "Pneumococcal vaccine", "planned", "recommended after recovery, not given")
    d.gap(8)
    d.line("Electronically signed: Dr Liam O'Connor, HMO2, for Dr Felicity Wong   6/03/2026 10:52", f="SI", sz=8.5)
    return d.finish(), tr


# ---- 15 Hong Kong: discharge summary, COPD exacerbation, 2 pages (SCAN, image-only PDF)
def d15():
    date = "2026-03-07"
    tr = Truth("15_hk_discharge_copd_scan", "pdf", "HK",
               "scanned discharge summary, 2 pages", "discharge_summary", date, text_layer=False)

    def hdr(d):
        d.t(d.m, "LION ROCK DISTRICT HOSPITAL", "SB", 12)
        d.t(d.W - d.m, "Department of Medicine & Geriatrics", "S", 8.5, align="r"); d.y -= 12
        d.t(d.m, "DISCHARGE SUMMARY", "SB", 10.5); d.y -= 12
        d.t(d.m, "Name: CHEUNG Kwok Wai    HKID: Z999999(9)    Sex/Age: M/71    Hosp No: HN26009931    Ward: 7B",
            "S", 8.5)
        d.y -= 5; d.rule(w=0.9); d.y -= 14
    d = Doc(A4, hdr, margin=46,
            footer_extra=lambda d: d.t(d.W - d.m, f"Page {d.page} / 2", "S", 8, y=32, align="r"))
    d.line("Date of Admission: 02/03/2026        Date of Discharge: 07/03/2026        Specialty: MED", sz=9)
    d.line("Attending: Dr. LAU Man Kit (Consultant)     Discharged to: Home with daughter     Tel (852) 5550 0139", sz=9)
    d.gap(4)
    H = lambda s: d.heading(s, "SB", 10, after=2)
    H("Diagnosis")
    dx = [("1. Acute exacerbation of chronic obstructive pulmonary disease", "Acute exacerbation of chronic obstructive pulmonary disease", "active", {"aliases": ["AECOPD"]}),
          ("2. Chronic obstructive pulmonary disease (COPD), GOLD E", "Chronic obstructive pulmonary disease", "active", {"aliases": ["COPD"]}),
          ("3. Hypertension", "Hypertension", "active", {}),
          ("4. Gout", "Gout", "active", {}),
          ("5. Old pulmonary tuberculosis (treated 1988)", "pulmonary tuberculosis", "history", {"aliases": ["Old pulmonary tuberculosis"]})]
    for p, n, st, kw in dx:
        d.line("  " + p, sz=9, lead=11.5)
        tr.cond(n, st, **kw)
    H("Progress in Hospital")
    d.para("Admitted with 4 days of increasing dyspnoea and purulent sputum (AECOPD). SpO2 86% on "
           "room air on arrival. Given nebulised salbutamol and ipratropium, IV hydrocortisone "
           "100 mg q6h and IV amoxicillin-clavulanate 1.2 g q8h, then stepped down to oral "
           "prednisolone and amoxicillin-clavulanate. NIV not required. No history of asthma. "
           "Chest X-ray: hyperinflation, no consolidation. Sputum culture pending at discharge. "
           "Home amlodipine increased as BP persistently 150-160 systolic. Colchicine stopped "
           "(no gout flare for >1 year; interacts with clarithromycin if given).", sz=8.8)
    for n, note in [("ipratropium", "nebulised on the ward"), ("hydrocortisone", "IV on the ward")]:
        tr.mn("medications", n, "other", note)
    tr.mn("conditions", "asthma", "negated")
    tr.mn("medications", "clarithromycin", "other", "hypothetical ('if given')")
    H("Investigations")
    labs = [("WBC", "13.4", "x10^9/L", "3.7-9.2"), ("Neutrophil", "11.2", "x10^9/L", "1.7-5.8"),
            ("Haemoglobin", "14.1", "g/dL", "13.4-17.1"), ("Platelet", "302", "x10^9/L", "145-370"),
            ("CRP", "5.8", "mg/dL", "<0.76"), ("Sodium", "138", "mmol/L", "136-145"),
            ("Potassium", "3.3", "mmol/L", "3.5-5.1"), ("Urea", "6.1", "mmol/L", "2.9-8.0"),
            ("Creatinine", "89", "umol/L", "67-109"), ("Glucose (random)", "9.8", "mmol/L", "3.9-7.7"),
            ("Urate", "0.46", "mmol/L", "0.21-0.43")]
    cols = [(d.m + 6, 150, "l"), (d.m + 160, 60, "r"), (d.m + 230, 70, "l"), (d.m + 310, 90, "l")]
    d.line("  Blood tests on admission 02/03/2026:", f="SI", sz=8.8)
    d.table(cols, [list(l) for l in labs], head=["Test", "Result", "Unit", "Ref. range"], sz=8.6,
            rules="head")
    for n, v, u, r in labs:
        tr.lab(n, v, u, r, None, "2026-03-02")
    d.line("  ABG (room air, 02/03/2026): pH 7.36, pCO2 6.4 kPa, pO2 7.1 kPa, HCO3 27 mmol/L.", sz=8.6)
    for n, v, u in [("pH", "7.36", None), ("pCO2", "6.4", "kPa"), ("pO2", "7.1", "kPa"), ("HCO3", "27", "mmol/L")]:
        tr.lab(n, v, u, None, None, "2026-03-02", optional=True, note="arterial blood gas, prose")
    d.new_page()
    H("Drugs on Discharge")
    meds = [("Prednisolone", "30 mg", "daily", "2 days", "NEW (complete 7-day course)", "prednisolone", None, "30", "mg", "new", "oral"),
            ("Amoxicillin-clavulanate (Augmentin)", "625 mg", "TDS", "2 days", "NEW (complete 7 days)", "amoxicillin-clavulanate", "Augmentin", "625", "mg", "new", "oral"),
            ("Fluticasone/salmeterol (Seretide Accuhaler)", "500/50 mcg", "1 puff BD", "-", "CONTINUE", "fluticasone/salmeterol", "Seretide", "500/50", "mcg", "active", "inhaled"),
            ("Tiotropium (Spiriva HandiHaler)", "18 mcg", "1 cap inh daily", "-", "CONTINUE", "tiotropium", "Spiriva", "18", "mcg", "active", "inhaled"),
            ("Salbutamol MDI", "100 mcg", "2 puffs Q4H PRN", "-", "CONTINUE", "salbutamol", None, "100", "mcg", "active", "inhaled"),
            ("Amlodipine", "10 mg", "daily", "-", "CHANGED (from 5 mg)", "amlodipine", None, "10", "mg", "changed", "oral"),
            ("Allopurinol", "100 mg", "daily", "-", "CONTINUE", "allopurinol", None, "100", "mg", "active", "oral"),
            ("Colchicine", "0.5 mg", "daily", "-", "STOPPED", "colchicine", None, "0.5", "mg", "stopped", "oral")]
    cols = [(d.m + 4, 175, "l"), (d.m + 184, 62, "l"), (d.m + 250, 85, "l"), (d.m + 340, 45, "l"),
            (d.m + 390, 120, "l")]
    d.table(cols, [[a, b, c2, du, s] for a, b, c2, du, s, *_ in meds],
            head=["Drug", "Dosage", "Frequency", "Duration", "Remarks"], sz=8.6, rules="grid",
            head_fill=0.9)
    for a, b, c2, du, s, gen, brand, dose, u, st, route in meds:
        kw = {"status_also_ok": ["active"]} if st == "new" else {}
        tr.med(gen, dose, u, c2, st, brand=brand, route=route, **kw)
    tr.mn("medications", "Colchicine", "stopped")
    H("Drug Allergy")
    d.line("  Aspirin - bronchospasm (severe)        Allergy record checked: [X] Yes  [ ] No", sz=9)
    tr.alg("Aspirin", "bronchospasm", "severe")
    H("Condition on Discharge")
    d.line("  Afebrile, T 36.8 °C, BP 138/82 mmHg, P 84/min, RR 18/min, SpO2 94% (room air).", sz=9)
    for k, v, u in [("temperature", "36.8", "°C"), ("blood_pressure", "138/82", "mmHg"),
                    ("heart_rate", "84", "/min"), ("respiratory_rate", "18", "/min"),
                    ("oxygen_saturation", "94", "%")]:
        tr.vit(k, v, u)
    H("Follow-up Plan")
    for s in ["- SOPD (Medical) in 6 weeks; GOPC in 2 weeks for BP and potassium check.",
              "- Pulmonary rehabilitation referral made.",
              "- Influenza vaccination advised at GOPC (not given this admission); pneumococcal "
              "vaccine status to be checked.",
              "- Smoking: ex-smoker, quit 2015. Family history: nil significant."]:
        d.para(s, x=d.m + 6, sz=9, after=2)
    tr.mn("immunizations", "Influenza vaccination", "planned", "advised at GOPC, not given")
    d.gap(10)
    d.line("Dr. HO Wing Sze, Medical Officer (for Consultant)        Date: 07/03/2026", sz=9)
    return d.finish(), tr


# ---- 16 New Zealand: child immunisation history (PMS print), given / due / declined
def d16():
    tr = Truth("16_nz_immunisation_child", "pdf", "NZ",
               "child immunisation history print-out (given, due, declined)",
               "immunization_record", None)
    d = Doc(A4, None, margin=40)
    d.t(d.m, "Tui Valley Medical Centre", "SB", 13); d.y -= 12
    d.t(d.m, "22 Kowhai Street, Te Awamutu 3899   Ph 07 555 0152", "S", 8.5); d.y -= 16
    d.t(d.m, "IMMUNISATION HISTORY", "SB", 11); d.t(d.W - d.m, "Printed 20/03/2026", "S", 8.5, align="r"); d.y -= 14
    for a, b in [("Patient:", "Mia TAWHIRI-JENSEN      NHI: ZZZ0016      DOB: 14/03/2022      Sex: F"),
                 ("Caregiver:", "Hana Tawhiri (mother)      Outreach Immunisation: not required"),
                 ("Date format:", "dd/mm/yyyy")]:
        d.t(d.m, a, "SB", 8.8); d.t(d.m + 72, b, "S", 8.8); d.y -= 12
    d.gap(6)
    rows = [  # date, schedule, vaccine, brand, batch, expiry, site, status, dose, ambiguous
        ("25/04/2022", "2022-04-25", "6 weeks", "DTaP-IPV-HepB/Hib", "Infanrix-hexa", "A21CE338A", "11/2023", "L thigh", "Given", 1, False),
        ("25/04/2022", "2022-04-25", "6 weeks", "PCV10", "Synflorix", "ASPNB812AZ", "06/2023", "R thigh", "Given", 1, False),
        ("25/04/2022", "2022-04-25", "6 weeks", "Rotavirus", "Rotarix", "AROLB594AC", "03/2023", "Oral", "Given", 1, False),
        ("10/06/2022", "2022-06-10", "3 months", "DTaP-IPV-HepB/Hib", "Infanrix-hexa", "A21CE412B", "02/2024", "L thigh", "Given", 2, True),
        ("10/06/2022", "2022-06-10", "3 months", "Rotavirus", "Rotarix", "AROLB611AB", "05/2023", "Oral", "Given", 2, True),
        ("05/08/2022", "2022-08-05", "5 months", "DTaP-IPV-HepB/Hib", "Infanrix-hexa", "A21CE507A", "04/2024", "L thigh", "Given", 3, True),
        ("05/08/2022", "2022-08-05", "5 months", "PCV10", "Synflorix", "ASPNC034AA", "10/2023", "R thigh", "Given", 2, True),
        ("14/03/2023", "2023-03-14", "12 months", "MMR", "Priorix", "A69CG221A", "09/2024", "L thigh", "Given", 1, False),
        ("14/03/2023", "2023-03-14", "12 months", "PCV13", "Prevenar 13", "HE9174", "12/2024", "R thigh", "Given", 3, False),
        ("12/06/2023", "2023-06-12", "15 months", "Hib", "Act-HIB", "W1C803M", "01/2025", "L deltoid", "Given", 4, True),
        ("12/06/2023", "2023-06-12", "15 months", "MMR", "Priorix", "A69CG298B", "11/2024", "R deltoid", "Given", 2, True),
        ("12/06/2023", "2023-06-12", "15 months", "Varicella", "Varilrix", "A70CB115A", "08/2024", "L thigh", "Given", 1, True),
    ]
    other = [
        ("22/05/2024", None, "Seasonal", "Influenza", "Influvac Tetra", "", "", "", "Declined - parent choice", None, False),
        ("", None, "4 years", "DTaP-IPV", "Infanrix-IPV", "", "", "", "Due 14/03/2026 - OVERDUE", None, False),
        ("", None, "4 years", "Varicella (2nd dose)", "Varivax", "", "", "", "Due 14/03/2026", None, False),
    ]
    cols = [(d.m + 2, 56, "l"), (d.m + 62, 50, "l"), (d.m + 116, 92, "l"), (d.m + 212, 72, "l"),
            (d.m + 288, 66, "l"), (d.m + 358, 40, "l"), (d.m + 402, 46, "l"), (d.m + 452, 60, "l")]
    d.table(cols, [[a, b, c2, br, bt, ex, si, st] for a, iso, b, c2, br, bt, ex, si, st, n, amb in rows + other],
            head=["Date", "Schedule", "Vaccine", "Brand", "Batch", "Expiry", "Site", "Status"],
            sz=7.8, rules="h", lead=9.6)
    for a, iso, b, c2, br, bt, ex, si, st, n, amb in rows:
        # the print-out states "Date format: dd/mm/yyyy", so no date here is ambiguous
        tr.imm(c2, iso, n, bt, brand=br)
    tr.mn("immunizations", "Influenza", "negated", "declined by parent")
    tr.mn("immunizations", "Infanrix-IPV", "due", "4-year DTaP-IPV dose overdue (brand used: "
          "'DTaP-IPV' would also match the given DTaP-IPV-HepB/Hib rows)")
    tr.mn("immunizations", "Varivax", "due", "second varicella dose (brand used, see above)")
    d.gap(8)
    d.heading("Antenatal (recorded on the child's file)", "SB", 9.5)
    d.line("  10/01/2022  Tdap (Boostrix) given to MOTHER at 28 weeks' gestation - batch AC37B254AB", sz=8.5)
    tr.mn("immunizations", "Boostrix", "other", "given to the child's mother in pregnancy")
    d.gap(6)
    d.heading("Notes", "SB", 9.5)
    d.para("Recall letter sent 01/03/2026 for 4-year vaccinations. Mother advised that the "
           "4-year DTaP-IPV and second varicella dose can be given at the next visit. No "
           "adverse events following immunisation recorded. Allergies: nil known.", sz=8.5)
    d.gap(4)
    d.line("Immunisation status (National Immunisation Register): Up to date to 15 months; 4 year event due.",
           f="SI", sz=8.5)
    return d.finish(), tr


# ---- 17 Jamaica: adult immunization record (student health), checkboxes, given/due/declined
def d17():
    tr = Truth("17_jm_immunization_adult_record", "pdf", "JM",
               "adult immunization record with checkboxes (student health)",
               "immunization_record", None)
    d = Doc(LETTER, None, margin=44)
    d.t(d.W / 2, "MINISTRY OF HEALTH & WELLNESS - SOUTH EAST REGIONAL HEALTH AUTHORITY", "SB", 9.5, align="c"); d.y -= 13
    d.t(d.W / 2, "LIGUANEA PLAINS HEALTH CENTRE  -  Immunization Record (Adult / Student Health)", "SB", 11, align="c"); d.y -= 12
    d.t(d.W / 2, "14 Hope Pasture Road, Kingston 99, Jamaica W.I.   Tel: (876) 555-0119", "S", 8.5, align="c"); d.y -= 10
    d.rule(w=1); d.y -= 16
    L, R = d.m, 318
    for a, b in [(("Name:", "Shanice A. Morrison-Clarke"), ("Record No:", "LPHC-A-22471")),
                 (("Date of Birth:", "19-Jun-2003"), ("Programme:", "BSc Nursing (Year 2)")),
                 (("TRN:", "999-999-119"), ("Employer/School:", "Mona School of Nursing"))]:
        d.t(L, a[0], "SB", 9); d.t(L + 78, a[1], "S", 9)
        d.t(R, b[0], "SB", 9); d.t(R + 90, b[1], "S", 9); d.y -= 13
    d.gap(4)
    d.line("Pregnant?  [ ] Yes  [X] No        Consent obtained for today's vaccines:  [X] Yes  [ ] No", sz=9)
    d.line("Any previous reaction to a vaccine?  [ ] Yes  [X] No        Egg allergy?  [ ] Yes  [X] No", sz=9)
    tr.mn("allergies", "Egg", "checkbox_no")
    d.gap(6)
    given = [("Hepatitis B", "Engerix-B", 1, "03-Sep-2024", "2024-09-03", "AHBVC771AD", "L deltoid", "N. Grant RN"),
             ("Hepatitis B", "Engerix-B", 2, "08-Oct-2024", "2024-10-08", "AHBVC771AD", "L deltoid", "N. Grant RN"),
             ("Hepatitis B", "Engerix-B", 3, "11-Mar-2025", "2025-03-11", "AHBVD019AA", "R deltoid", "P. Lewis RN"),
             ("Tdap", "Adacel", 1, "03-Sep-2024", "2024-09-03", "C5742AA", "R deltoid", "N. Grant RN"),
             ("MMR", "M-M-R II", 1, "15-Jul-2004", "2004-07-15", "", "", "Child health record"),
             ("MMR", "M-M-R II", 2, "21-Jun-2007", "2007-06-21", "", "", "Child health record"),
             ("COVID-19 (mRNA)", "Pfizer-BioNTech Comirnaty", 1, "12-Aug-2021", "2021-08-12", "FF2589", "L deltoid", "NCC"),
             ("COVID-19 (mRNA)", "Pfizer-BioNTech Comirnaty", 2, "02-Sep-2021", "2021-09-02", "FE6975", "L deltoid", "NCC"),
             ("Influenza (2025-26)", "Vaxigrip Tetra", None, "14-Oct-2025", "2025-10-14", "X3B41V", "R deltoid", "P. Lewis RN"),
             ("Yellow fever", "Stamaril", None, "22-Jan-2019", "2019-01-22", "S4F287V", "L arm", "Travel clinic")]
    d.heading("A. Vaccines administered", "SB", 10)
    cols = [(d.m + 2, 92, "l"), (d.m + 98, 110, "l"), (d.m + 212, 30, "c"), (d.m + 246, 66, "l"),
            (d.m + 316, 72, "l"), (d.m + 392, 56, "l"), (d.m + 452, 80, "l")]
    d.table(cols, [[v, b, str(n) if n else "-", ds, lot or "-", site or "-", by] for v, b, n, ds, iso, lot, site, by in given],
            head=["Vaccine", "Brand", "Dose", "Date", "Lot No.", "Site", "Given by"], sz=8.2,
            rules="grid", head_fill=0.9, lead=10)
    for v, b, n, ds, iso, lot, site, by in given:
        kw = {}
        if by == "Child health record":
            kw = {"note": "transcribed from child health record"}
        tr.imm(v, iso, n, lot or None, brand=b, **kw)
    d.gap(4)
    d.heading("B. Serology", "SB", 10)
    d.line("  Anti-HBs (22-Apr-2025): 148 mIU/mL  (immune: > 10)     Varicella IgG (22-Apr-2025): Positive (immune)", sz=8.8)
    tr.lab("Anti-HBs", "148", "mIU/mL", "> 10", None, "2025-04-22")
    tr.lab("Varicella IgG", "Positive", None, None, None, "2025-04-22")
    d.gap(4)
    d.heading("C. Vaccines due / not given", "SB", 10)
    rows = [("Hepatitis A", "[ ] Given  [X] Due  [ ] Declined", "Due before community placement (Apr 2026)"),
            ("HPV (Gardasil 9)", "[ ] Given  [ ] Due  [X] Declined", "Declined by student 14-Oct-2025; information leaflet given"),
            ("Varicella", "[ ] Given  [ ] Due  [ ] Declined", "Not required - immune by serology"),
            ("Typhoid (Typhim Vi)", "[ ] Given  [X] Due  [ ] Declined", "Recommended before rural placement")]
    cols = [(d.m + 2, 110, "l"), (d.m + 118, 170, "l"), (d.m + 294, 230, "l")]
    d.table(cols, [list(r) for r in rows], head=["Vaccine", "Status", "Comment"], sz=8.5,
            rules="grid", head_fill=0.9)
    tr.mn("immunizations", "Hepatitis A", "due")
    tr.mn("immunizations", "HPV", "negated", "declined")
    tr.mn("immunizations", "Varicella", "other", "not required - immune by serology")
    tr.mn("immunizations", "Typhoid", "due", "recommended, not given")
    d.gap(6)
    d.heading("D. Health notes", "SB", 10)
    d.line("  Known allergies:  [X] Yes  [ ] No   -  Sulphonamides (rash)", sz=8.8)
    tr.alg("Sulphonamides", "rash")
    d.line("  Chronic conditions:  [X] Asthma   [ ] Diabetes   [ ] Sickle cell disease   [ ] HIV", sz=8.8)
    tr.cond("Asthma", "active")
    for n in ["Diabetes", "Sickle cell disease", "HIV"]:
        tr.mn("conditions", n, "checkbox_no")
    d.gap(14)
    d.line("Certified by: ______________________   Nurse Patricia Lewis, RN/RM      Date: 14-Oct-2025", sz=9)
    d.line("Next appointment: 10-Apr-2026 (Hepatitis A dose 1)", sz=9)
    return d.finish(), tr


# ---- 18 Canada BC: community pharmacy patient medication profile (brands, sig abbreviations, leaflet)
def d18():
    tr = Truth("18_ca_pharmacy_profile", "pdf", "CA-BC",
               "community pharmacy medication profile with leaflet text", "prescription", None)

    def hdr(d):
        d.t(d.m, "KITSILANO FAMILY PHARMACY", "MB", 11)
        d.t(d.W - d.m, "PATIENT MEDICATION PROFILE", "MB", 10, align="r"); d.y -= 11
        d.t(d.m, "2210 West 5th Ave, Vancouver BC V9Z 9Z9   Tel 604-555-0188   Pharmacist: J. Nakamura, R.Ph.", "M", 7.5); d.y -= 10
        d.t(d.m, "Patient: LEBLANC, GERALDINE M   PHN: 9999 888 777   DOB: 1952-02-11   Profile date: 2026-03-18", "M", 7.5)
        d.y -= 5; d.rule(w=0.8); d.y -= 13
    d = Doc(LETTER, hdr, margin=36, foot_font="M",
            footer_extra=lambda d: d.t(d.W - d.m, f"Page {d.page}", "M", 7, y=32, align="r"))
    d.line("ALLERGIES / INTOLERANCES:  SULFAMETHOXAZOLE (HIVES)   -   ACE INHIBITORS (COUGH, INTOLERANCE)", f="MB", sz=8)
    tr.alg("SULFAMETHOXAZOLE", "HIVES")
    tr.alg("ACE INHIBITORS", "COUGH", note="intolerance")
    d.line("CONDITIONS ON FILE:  TYPE 2 DIABETES; HYPOTHYROIDISM; ASTHMA; NEUROPATHIC PAIN", f="M", sz=8)
    for n in ["TYPE 2 DIABETES", "HYPOTHYROIDISM", "ASTHMA", "NEUROPATHIC PAIN"]:
        tr.cond(n, "active")
    d.gap(4)
    d.line("ACTIVE PRESCRIPTIONS", f="MB", sz=9)
    meds = [  # rx, last fill, drug line, sig, qty, prescriber, status; truth
        ("4471023", "2026-03-02", "JARDIANCE 10 MG TAB (EMPAGLIFLOZIN) DIN 99999901", "TAKE 1 TABLET MANE", "90", "DR S. CHAN",
         ("empagliflozin", "JARDIANCE", "10", "MG", "MANE", "active", "oral", {})),
        ("4471024", "2026-03-02", "METFORMIN 500 MG TAB (APO-METFORMIN) DIN 99999902", "TAKE 1 TABLET BD WITH MEALS", "180", "DR S. CHAN",
         ("metformin", "APO-METFORMIN", "500", "MG", "BD WITH MEALS", "active", "oral", {})),
        ("4470988", "2026-02-14", "SYNTHROID 88 MCG TAB (LEVOTHYROXINE) DIN 99999903", "TAKE 1 TABLET DAILY BEFORE BREAKFAST", "90", "DR S. CHAN",
         ("levothyroxine", "SYNTHROID", "88", "MCG", "DAILY BEFORE BREAKFAST", "active", "oral", {})),
        ("4471101", "2026-03-02", "LANTUS SOLOSTAR 100 UNITS/ML PEN (INSULIN GLARGINE)", "INJECT 22 UNITS SC AT NIGHT", "15 ML", "DR S. CHAN",
         ("insulin glargine", "LANTUS SOLOSTAR", "22", "UNITS", "AT NIGHT", "active", "subcutaneous",
          {"concentration": "100 UNITS/ML"})),
        ("4469917", "2026-01-20", "CRESTOR 10 MG TAB (ROSUVASTATIN) DIN 99999904", "TAKE 1 TABLET NOCTE", "90", "DR S. CHAN",
         ("rosuvastatin", "CRESTOR", "10", "MG", "NOCTE", "active", "oral", {})),
        ("4470501", "2026-02-03", "LYRICA 75 MG CAP (PREGABALIN) DIN 99999905", "TAKE 1 CAPSULE TDS", "270", "DR M. OSEI",
         ("pregabalin", "LYRICA", "75", "MG", "TDS", "active", "oral", {})),
        ("4470777", "2026-02-20", "VENTOLIN HFA 100 MCG INH (SALBUTAMOL)", "INHALE 1-2 PUFFS QID PRN SHORTNESS OF BREATH", "1", "DR S. CHAN",
         ("salbutamol", "VENTOLIN HFA", "100", "MCG", "QID PRN", "active", "inhaled", {"aliases": ["albuterol"]})),
        ("4470778", "2026-02-20", "FLOVENT HFA 125 MCG INH (FLUTICASONE PROPIONATE)", "INHALE 2 PUFFS BD. RINSE MOUTH AFTER USE", "1", "DR S. CHAN",
         ("fluticasone propionate", "FLOVENT HFA", "125", "MCG", "BD", "active", "inhaled", {})),
        ("4470612", "2026-02-10", "TYLENOL ARTHRITIS 650 MG ER TAB (ACETAMINOPHEN)", "TAKE 1 TABLET Q8H PRN PAIN, MAX 3 TABS/DAY", "100", "OTC-PHARMACIST",
         ("acetaminophen", "TYLENOL ARTHRITIS", "650", "MG", "Q8H PRN", "active", "oral", {})),
    ]
    cols = [(d.m + 2, 50, "l"), (d.m + 56, 62, "l"), (d.m + 122, 180, "l"), (d.m + 306, 140, "l"),
            (d.m + 450, 34, "r"), (d.m + 490, 64, "l")]
    head = ["RX#", "LAST FILL", "DRUG / STRENGTH", "SIG", "QTY", "PRESCRIBER"]
    d.table(cols, [[a, b, c2, s, q, p] for a, b, c2, s, q, p, _ in meds], head=head, f="M", hf="MB",
            sz=7.6, rules="h", lead=9.4)
    for *_, (n, br, dose, u, fq, st, route, kw) in meds:
        tr.med(n, dose, u, fq, st, brand=br, route=route, **kw)
    d.line("(Ventolin = salbutamol, known as albuterol in the US.)", f="M", sz=7.2)
    d.gap(4)
    d.line("INACTIVE / DISCONTINUED", f="MB", sz=9)
    inactive = [
        ("4468230", "2025-11-05", "APO-AMOXI 500 MG CAP (AMOXICILLIN)", "TAKE 1 CAPSULE TDS X 7 DAYS", "21", "COMPLETED",
         ("amoxicillin", "APO-AMOXI", "500", "MG", "TDS X 7 DAYS", "completed", "historical")),
        ("4466102", "2025-09-12", "COVERSYL 4 MG TAB (PERINDOPRIL)", "TAKE 1 TABLET DAILY", "90", "D/C 2025-10-01 COUGH",
         ("perindopril", "COVERSYL", "4", "MG", "DAILY", "stopped", "stopped")),
        ("4467719", "2025-10-01", "GLICLAZIDE MR 30 MG TAB (DIAMICRON MR)", "TAKE 1 TABLET MANE", "90", "D/C 2026-03-02",
         ("gliclazide", "DIAMICRON MR", "30", "MG", "MANE", "stopped", "stopped")),
    ]
    cols2 = [(d.m + 2, 50, "l"), (d.m + 56, 62, "l"), (d.m + 122, 180, "l"), (d.m + 306, 140, "l"),
             (d.m + 450, 34, "r"), (d.m + 490, 64, "l")]
    d.table(cols2, [[a, b, c2, s, q, st] for a, b, c2, s, q, st, _ in inactive],
            head=["RX#", "LAST FILL", "DRUG / STRENGTH", "SIG", "QTY", "STATUS"], f="M", hf="MB",
            sz=7.6, rules="h", lead=9.4)
    for *_, (n, br, dose, u, fq, st, why) in inactive:
        tr.med(n, dose, u, fq, st, brand=br)
        tr.mn("medications", n, why, "completed course" if st == "completed" else "discontinued")
    d.gap(4)
    d.line("IMMUNIZATIONS GIVEN AT THIS PHARMACY", f="MB", sz=9)
    imms = [("2025-10-21", "INFLUENZA (FLUZONE HIGH-DOSE)", "Influenza", "FLUZONE HIGH-DOSE", "UJ704AB"),
            ("2025-10-21", "COVID-19 (COMIRNATY LP.8.1)", "COVID-19", "COMIRNATY", "LH6217"),
            ("2024-11-30", "RSV (AREXVY)", "RSV", "AREXVY", "KT229")]
    d.table([(d.m + 2, 70, "l"), (d.m + 76, 220, "l"), (d.m + 300, 90, "l")],
            [[a, b, "LOT " + lot] for a, b, v, br, lot in imms], f="M", hf="MB", sz=7.6, rules=None,
            head=["DATE", "VACCINE", "LOT"], lead=9.4)
    for a, b, v, br, lot in imms:
        tr.imm(v, a, None, lot, brand=br)
    d.gap(6)
    d.line("PATIENT INFORMATION - JARDIANCE (EMPAGLIFLOZIN)", f="MB", sz=8.5)
    d.para("Do not take JARDIANCE if you are allergic to empagliflozin or any of the other "
           "ingredients. Tell your doctor if you have kidney problems or liver problems, or a "
           "history of urinary tract infections. Stop taking and seek help if you develop signs "
           "of ketoacidosis (nausea, vomiting, stomach pain, trouble breathing). Common side "
           "effects: genital yeast infections, increased urination.", f="M", sz=7.6)
    tr.mn("allergies", "empagliflozin", "leaflet")
    tr.mn("conditions", "kidney problems", "leaflet")
    tr.mn("conditions", "liver problems", "leaflet")
    tr.mn("conditions", "ketoacidosis", "leaflet")
    tr.mn("conditions", "genital yeast infections", "leaflet")
    d.line("Sig codes: MANE = morning, NOCTE = at night, BD = twice daily, TDS = three times daily, QID = four times daily, PRN = as needed.",
           f="M", sz=7)
    return d.finish(), tr


# ---- 19 Pakistan: OPD prescription slip, two columns (SCAN, jpg)
def d19():
    date = "2026-03-05"
    tr = Truth("19_pk_opd_prescription_scan", "jpg", "PK",
               "scanned OPD prescription slip, two columns", "prescription", date, text_layer=False)
    d = Doc(A4, None, margin=40)
    d.t(d.W / 2, "MARGALLA FAMILY CLINIC & DIAGNOSTIC CENTRE", "SB", 14, align="c"); d.y -= 14
    d.t(d.W / 2, "Plot 9, F-99 Markaz, Islamabad  |  Ph: 051-555-0142  |  Timings: 5 pm - 10 pm", "S", 8.5, align="c"); d.y -= 12
    d.t(d.W / 2, "Dr. Sana Iqbal  MBBS, FCPS (Medicine)  -  PMDC Reg. 99999-P", "SB", 9.5, align="c"); d.y -= 8
    d.rule(w=1.2); d.y -= 15
    d.t(d.m, "Name: Mr. Faisal Mehmood", "S", 10); d.t(250, "Age/Sex: 46 Y / M", "S", 10)
    d.t(d.W - d.m, "Date: 05-03-2026", "S", 10, align="r"); d.y -= 13
    d.t(d.m, "MR #: MFC-26-1187", "S", 10); d.t(250, "Contact: 0300-5550147", "S", 10); d.y -= 8
    d.rule(w=0.6); d.y -= 4
    top = d.y
    split = 200
    d.c.setLineWidth(0.6)
    d.c.line(split, top, split, 120)
    # left column
    d.y = top - 14
    L = d.m
    d.t(L, "Vitals", "SB", 10); d.y -= 14
    vit = [("B.P", "150/95", "mmHg", "blood_pressure"), ("Pulse", "88", "/min", "heart_rate"),
           ("Temp", "100.2", "°F", "temperature"), ("SpO2", "97", "%", "oxygen_saturation"),
           ("Wt", "82", "kg", "weight")]
    for a, v, u, k in vit:
        d.t(L, f"{a}: {v} {u}" if u != "%" else f"{a}: {v}{u}", "S", 9.5); d.y -= 13
        tr.vit(k, v, u)
    d.t(L, "RBS (glucometer): 168 mg/dL", "S", 9.5); d.y -= 18
    tr.lab("RBS (glucometer)", "168", "mg/dL", None, None, date, optional=True, note="point-of-care")
    d.t(L, "C/O", "SB", 10); d.y -= 13
    for s in ["Sore throat, fever", "x 3 days", "Painful swallowing"]:
        d.t(L, s, "S", 9.5); d.y -= 12
    d.y -= 6
    d.t(L, "O/E", "SB", 10); d.y -= 13
    for s in ["Tonsils enlarged with", "exudate. Chest clear."]:
        d.t(L, s, "S", 9.5); d.y -= 12
    d.y -= 6
    d.t(L, "Diagnosis", "SB", 10); d.y -= 13
    for s in ["Acute tonsillitis", "K/C Hypertension", "K/C Type 2 DM"]:
        d.t(L, s, "S", 9.5); d.y -= 12
    tr.cond("Acute tonsillitis", "active")
    tr.cond("Hypertension", "active")
    tr.cond("Type 2 DM", "active")
    d.y -= 6
    d.t(L, "Allergy: NKDA", "S", 9.5); d.y -= 18
    d.t(L, "Investigations:", "SB", 10); d.y -= 13
    for s in ["CBC, CRP", "HbA1c, Serum creatinine"]:
        d.t(L, s, "S", 9.5); d.y -= 12
    for n in ["CBC", "CRP", "HbA1c", "Serum creatinine"]:
        tr.mn("labs", n, "planned", "investigations advised")
    # right column
    d.y = top - 16
    R = split + 16
    d.t(R, "Rx", "RB", 20); d.y -= 24
    rx = [("1.", "Tab. Augmentin 625 mg", "1 tab BD x 5 days (after meals)",
           ("amoxicillin/clavulanate", "Augmentin", "625", "mg", "BD x 5 days", "new"), "(amoxicillin/clavulanate)"),
          ("2.", "Tab. Panadol 500 mg", "1 tab TDS SOS for fever / pain",
           ("paracetamol", "Panadol", "500", "mg", "TDS SOS", "new"), "(paracetamol)"),
          ("3.", "Tab. Amaryl M", "1 tab BD before meals - continue",
           ("glimepiride/metformin", "Amaryl M", None, None, "BD before meals", "active"),
           "(Glimepiride 2 mg + Metformin 500 mg)"),
          ("4.", "Tab. Concor 5 mg", "1 tab OD (morning) - continue",
           ("bisoprolol", "Concor", "5", "mg", "OD", "active"), "(bisoprolol)"),
          ("5.", "Tab. Famotidine 20 mg", "1 tab BD x 5 days",
           ("famotidine", None, "20", "mg", "BD x 5 days", "new"), ""),
          ("6.", "Betadine gargle", "Gargle TDS",
           ("povidone-iodine", "Betadine", None, None, "TDS", "new"), "(povidone-iodine)")]
    for num_, drug, sig, t, gen in rx:
        d.t(R, num_, "S", 10.5); d.t(R + 16, drug, "SB", 10.5); d.y -= 13
        if gen:
            d.t(R + 16, gen, "S", 9.5); d.y -= 12
        d.t(R + 30, sig, "S", 10); d.y -= 19
        n, br, dose, u, fq, st = t
        kw = {"status_also_ok": ["active"]} if st == "new" else {}
        if br == "Amaryl M":
            kw["note"] = "fixed-dose combination: glimepiride 2 mg + metformin 500 mg"
        if n == "povidone-iodine":
            kw.update(optional=True, route="topical (gargle)")
        route = kw.pop("route", "oral")
        tr.med(n, dose, u, fq, st, brand=br, route=route, **kw)
    d.y -= 4
    d.t(R, "STOP Tab. Brufen (ibuprofen) 400 mg.", "SB", 10); d.y -= 14
    tr.med("ibuprofen", "400", "mg", None, "stopped", brand="Brufen")
    tr.mn("medications", "ibuprofen", "stopped")
    d.t(R, "Avoid NSAIDs / painkillers without advice.", "S", 10); d.y -= 14
    tr.mn("medications", "NSAIDs", "other", "'avoid NSAIDs' advice")
    d.t(R, "Warm saline gargles, plenty of fluids.", "S", 10); d.y -= 14
    d.t(R, "Follow-up after 5 days with reports.", "S", 10); d.y -= 30
    d.t(d.W - d.m, "Signature / Stamp", "SI", 9, align="r")
    return d.finish(), tr


# ---- 20 UAE: day-surgery pre-operative nursing assessment form with checkboxes
def d20():
    date = "2026-02-19"
    tr = Truth("20_ae_form_preop_checkbox", "pdf", "AE",
               "pre-operative assessment form with checkboxes", "medical_record", date)
    d = Doc(A4, None, margin=42)
    d.t(d.m, "AL SAFA DAY SURGERY CENTRE", "SB", 13)
    d.t(d.W - d.m, "Form NUR-PRE-04 rev.3", "S", 7.5, align="r"); d.y -= 12
    d.t(d.m, "Jumeirah Road, Dubai, United Arab Emirates  -  Tel +971 4 555 0124", "S", 8.5); d.y -= 14
    d.t(d.m, "PRE-OPERATIVE NURSING ASSESSMENT", "SB", 11); d.y -= 6
    d.rule(w=1); d.y -= 14
    for a, b, c2, e in [("Patient:", "Omar Khalid Al Suwaidi", "MRN:", "ASD-0049173"),
                        ("DOB / Age:", "07/11/1972 (53 y)", "Emirates ID:", "784-1972-9999999-9"),
                        ("Assessment date:", "19/02/2026 08:20", "Surgeon:", "Dr Rania Haddad"),
                        ("Planned procedure:", "Lap. right inguinal hernia repair", "Surgery date:", "26/02/2026")]:
        d.t(d.m, a, "SB", 8.8); d.t(d.m + 100, b, "S", 8.8); d.t(335, c2, "SB", 8.8); d.t(412, e, "S", 8.8); d.y -= 12
    tr.cond("right inguinal hernia", "active", note="reason for the planned repair")
    d.gap(6)
    d.heading("Section 1 - Vital Signs", "SB", 9.5, bar=0.88)
    vit = [("Blood pressure", "136/84", "mmHg", "blood_pressure"), ("Heart rate", "76", "bpm", "heart_rate"),
           ("Temperature", "36.9", "°C", "temperature"), ("Resp. rate", "16", "/min", "respiratory_rate"),
           ("SpO2", "98", "%", "oxygen_saturation"), ("Weight", "92", "kg", "weight"),
           ("Height", "176", "cm", "height"), ("BMI", "29.7", "kg/m2", "bmi")]
    cols = [(d.m + 4, 80, "l"), (d.m + 88, 80, "l"), (d.m + 176, 80, "l"), (d.m + 260, 80, "l"),
            (d.m + 348, 80, "l"), (d.m + 432, 80, "l")]
    cells = [f"{a}: {v} {u}" for a, v, u, k in vit]
    d.table([(d.m + 4, 120, "l"), (d.m + 130, 120, "l"), (d.m + 256, 120, "l"), (d.m + 382, 120, "l")],
            [cells[0:4], cells[4:8]], sz=8.6, rules="grid")
    for a, v, u, k in vit:
        tr.vit(k, v, u)
    d.heading("Section 2 - Allergy Assessment", "SB", 9.5, bar=0.88)
    tr.mn("allergies", "Allergy Assessment", "not_clinical", "section heading")
    alg = [("Penicillin", "X", "", "", "Anaphylaxis (2009)", "Severe"),
           ("Latex", "", "X", "", "", ""),
           ("Iodine / contrast media", "", "", "X", "Not known - never received", ""),
           ("Shellfish", "X", "", "", "Hives", "Mild"),
           ("Adhesive tape / plaster", "", "X", "", "", ""),
           ("Eggs", "", "X", "", "", "")]
    cols = [(d.m + 4, 130, "l"), (d.m + 140, 40, "c"), (d.m + 184, 40, "c"), (d.m + 228, 50, "c"),
            (d.m + 284, 140, "l"), (d.m + 430, 70, "l")]
    d.table(cols, [[s, f"[{y or ' '}]", f"[{n or ' '}]", f"[{u or ' '}]", r, sev] for s, y, n, u, r, sev in alg],
            head=["Substance", "Yes", "No", "Unknown", "Reaction", "Severity"], sz=8.6, rules="grid",
            head_fill=0.93)
    for s, y, n, u, r, sev in alg:
        if y:
            tr.alg(s, r.replace(" (2009)", ""), sev)
        elif n:
            tr.mn("allergies", s, "checkbox_no")
        else:
            tr.mn("allergies", s, "other", "ticked Unknown")
    d.line("Allergy band applied:  [X] Yes  [ ] No        Assessed by: Staff Nurse Maria Santos (DHA-N-99871)", sz=8.6)
    tr.mn("allergies", "Maria Santos", "not_clinical", "nurse's name")
    d.gap(2)
    d.heading("Section 3 - Medical History", "SB", 9.5, bar=0.88)
    known = [("Diabetes", True), ("Hypertension", True), ("Asthma", False), ("Epilepsy", False),
             ("Heart disease", False), ("Obstructive sleep apnoea", True), ("Bleeding disorder", False)]
    d.para("Known conditions:  " + "   ".join(f"{cb(t)} {n}" for n, t in known), sz=8.6)
    for n, t in known:
        if t:
            tr.cond(n, "active")
        else:
            tr.mn("conditions", n, "checkbox_no")
    d.line("Previous anaesthetic problems:  [ ] Yes  [X] No     Family history of malignant hyperthermia:  [ ] Yes  [X] No", sz=8.6)
    tr.mn("conditions", "malignant hyperthermia", "checkbox_no", "family history question answered No")
    d.line("Previous surgery: Appendicectomy (1994).     Smoker:  [ ] Yes  [X] No   (ex-smoker, quit 2015)", sz=8.6)
    tr.cond("Appendicectomy", "history", optional=True)
    d.heading("Section 4 - Current Medications", "SB", 9.5, bar=0.88)
    meds = [("Metformin", "Glucophage", "850", "mg", "BD", "Omit on morning of surgery", "active", {"status_also_ok": ["held"]}),
            ("Sitagliptin", "Januvia", "100", "mg", "OD", "Continue", "active", {}),
            ("Amlodipine", "Norvasc", "5", "mg", "OD", "Continue, take with sip of water", "active", {}),
            ("Aspirin", "Aspirin Protect", "81", "mg", "OD", "HOLD from 19/02/2026 (7 days pre-op)", "held", {}),
            ("Atorvastatin", "Lipitor", "20", "mg", "at night", "Continue", "active", {})]
    cols = [(d.m + 4, 150, "l"), (d.m + 160, 60, "l"), (d.m + 224, 60, "l"), (d.m + 290, 210, "l")]
    d.table(cols, [[f"{n} ({b})", f"{dose} {u}", fq, ins] for n, b, dose, u, fq, ins, st, kw in meds],
            head=["Medication (brand)", "Dose", "Frequency", "Pre-op instruction"], sz=8.6, rules="grid",
            head_fill=0.93)
    for n, b, dose, u, fq, ins, st, kw in meds:
        tr.med(n, dose, u, fq, st, brand=b, **kw)
    d.line("CPAP machine to be brought on day of surgery.  Herbal supplements:  [ ] Yes  [X] No", sz=8.6)
    d.heading("Section 5 - Pre-operative Investigations (16/02/2026)", "SB", 9.5, bar=0.88)
    labs = [("Haemoglobin", "14.6", "g/dL", "13.0-17.0", ""), ("WBC", "7.2", "x10^9/L", "4.0-11.0", ""),
            ("Platelets", "254", "x10^9/L", "150-400", ""), ("INR", "1.0", None, "0.8-1.2", ""),
            ("Glucose (random)", "9.1", "mmol/L", "3.9-7.8", "H"), ("HbA1c", "7.2", "%", "< 6.5", "H"),
            ("Creatinine", "88", "µmol/L", "62-106", ""), ("Potassium", "4.2", "mmol/L", "3.5-5.1", "")]
    cols = [(d.m + 4, 140, "l"), (d.m + 150, 60, "r"), (d.m + 220, 70, "l"), (d.m + 296, 90, "l"),
            (d.m + 392, 40, "c")]
    d.table(cols, [[n, v, u or "", r, f] for n, v, u, r, f in labs],
            head=["Test", "Result", "Unit", "Reference", "Flag"], sz=8.6, rules="h")
    for n, v, u, r, f in labs:
        tr.lab(n, v, u, r, f, "2026-02-16")
    d.line("ECG: sinus rhythm, rate 74.  Fit for day surgery:  [X] Yes  [ ] No  (anaesthetist to review HbA1c)", sz=8.6)
    return d.finish(), tr


# ============================================================================= build
DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17,
        d18, d19, d20]
#: (seed, rotation degrees per page) for the four scans
SCANS = {"04": (4, 1.6), "08": (8, [-1.1, 2.3]), "15": (15, [0.9, -1.8]), "19": (19, -2.6)}
#: documents whose header/footer prints a page total
EXPECT_PAGES = {"05": 2, "08": 2, "11": 2, "12": 3, "13": 2, "14": 2, "15": 2}


def build_all():
    out = []
    for fn in DOCS:
        pdf, tr = fn()
        text, n = pdf_text(pdf)
        check_truth(tr, text)
        nn = tr.stem[:2]
        if nn in EXPECT_PAGES:
            assert n == EXPECT_PAGES[nn], (tr.stem, n)
        if nn in SCANS:
            seed, ang = SCANS[nn]
            data, n2 = scanify(pdf, seed, ang, as_pdf=(tr.ext == "pdf"))
            assert n2 == n
            if tr.ext == "pdf":
                t2, n3 = pdf_text(data)
                assert n3 == n and not t2.strip(), f"{tr.stem}: scan has a text layer"
            assert not tr.meta["text_layer"]
        else:
            assert tr.ext == "pdf" and tr.meta["text_layer"]
            data = pdf
        out.append((tr, data, n))
    return out


def manifest_lines():
    lines = []
    for sub in ("docs", "truth"):
        for p in sorted((HERE / sub).iterdir()):
            if p.is_file():
                lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {sub}/{p.name}")
    return sorted(lines, key=lambda l: l.split("  ", 1)[1])


def check_manifest() -> int:
    mf = HERE / "MANIFEST.sha256"
    if not mf.exists():
        print("MANIFEST.sha256 missing")
        return 1
    want = {}
    for ln in mf.read_text().splitlines():
        if ln.strip():
            h, name = ln.split("  ", 1)
            want[name] = h
    bad = 0
    have = {}
    for sub in ("docs", "truth"):
        d = HERE / sub
        if d.is_dir():
            for p in sorted(d.iterdir()):
                if p.is_file():
                    have[f"{sub}/{p.name}"] = hashlib.sha256(p.read_bytes()).hexdigest()
    for name, h in sorted(want.items()):
        if name not in have:
            print("missing:", name); bad += 1
        elif have[name] != h:
            print("mismatch:", name); bad += 1
    for name in sorted(set(have) - set(want)):
        print("unlisted:", name); bad += 1
    print(f"{len(want)} listed, {len(have)} present, {bad} problem(s)")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify MANIFEST.sha256 only")
    args = ap.parse_args()
    if args.check:
        sys.exit(check_manifest())
    built = build_all()
    for sub in ("docs", "truth"):
        (HERE / sub).mkdir(exist_ok=True)
        for p in (HERE / sub).iterdir():
            if p.is_file():
                p.unlink()
    for tr, data, n in built:
        (HERE / "docs" / f"{tr.stem}.{tr.ext}").write_bytes(data)
        (HERE / "truth" / f"{tr.stem}.json").write_text(
            json.dumps(tr.as_json(n), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "MANIFEST.sha256").write_text("\n".join(manifest_lines()) + "\n")
    print(f"wrote {len(built)} documents")


if __name__ == "__main__":
    main()
