#!/usr/bin/env python3
"""Generator for held-out evaluation set 10 (synthetic clinical documents + truth).

Usage:
    python make_heldout10.py            # (re)write docs/, truth/, MANIFEST.sha256, README.md
    python make_heldout10.py --check    # regenerate in a temp dir, compare with MANIFEST.sha256
    python make_heldout10.py --png DIR  # also render every output page to PNG in DIR

Deterministic: reportlab invariant=1, fixed seeds, no clock reads.
Every person, identifier, address, phone number and lot number is invented.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from xml.sax.saxutils import escape as _xesc

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
VITAL_KINDS = {"blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi"}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
DOC_TYPES = {"lab_result", "prescription", "discharge_summary", "immunization_record",
             "medical_record", "other"}
LAB_FLAGS = {"normal", "high", "low", "critical", "abnormal"}
WHY = {"negated", "family", "historical", "planned", "due", "stopped", "other", "checkbox_no",
       "leaflet", "not_clinical"}

BASE_KEYS = {
    "medications": ("name", "brand", "dose", "unit", "route", "frequency", "status"),
    "labs": ("test_name", "value_text", "value_numeric", "unit", "reference_low", "reference_high",
             "reference_text", "flag", "date"),
    "vitals": ("kind", "value_text", "value_numeric", "value_secondary", "unit"),
    "allergies": ("substance", "reaction", "severity"),
    "conditions": ("name", "status", "icd10_code"),
    "immunizations": ("vaccine", "administered_on", "dose_number", "lot_number", "brand", "date_ambiguous"),
}
#: optional keys the truth format allows per category (working notes on other rows are dropped)
EXTRA_KEYS = {
    "medications": ("status_also_ok", "aliases", "optional", "note"),
    "labs": ("aliases", "optional"), "vitals": ("also_ok", "optional"),
    "allergies": ("aliases", "optional"), "conditions": ("aliases", "optional"),
    "immunizations": ("aliases", "optional"),
}

PEN = "#1b2f7a"  # ink colour of handwritten entries


def esc(s):
    return _xesc(str(s))


def hw(s, font="Helvetica-Oblique", color=PEN):
    """'Handwritten' entry (oblique, pen colour)."""
    return f'<font name="{font}" color="{color}">{esc(s)}</font>'


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def fd(iso, style):
    """Format an ISO date in a national style."""
    y, m, d = (int(x) for x in iso.split("-"))
    return {
        "dmy/": f"{d:02d}/{m:02d}/{y}", "dmy-": f"{d:02d}-{m:02d}-{y}", "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmy2/": f"{d:02d}/{m:02d}/{y % 100:02d}", "mdy/": f"{m:02d}/{d:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}", "d Mon Y": f"{d:02d} {MONTHS[m-1]} {y}",
        "d-Mon-Y": f"{d:02d}-{MONTHS[m-1]}-{y}", "Month d, Y": f"{MONTHS_L[m-1]} {d}, {y}",
        "d Month Y": f"{d} {MONTHS_L[m-1]} {y}",
    }[style]


def _num(s):
    try:
        return float(str(s).replace(",", ""))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------------------
def S(font="Helvetica", size=9, lead=None, align=0, bold=False, color=colors.black, space=2,
      indent=0):
    if bold:
        font = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
                "Courier": "Courier-Bold"}.get(font, font)
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.22,
                          alignment=align, textColor=color, spaceAfter=space, leftIndent=indent)


# --------------------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------------------
class Doc:
    def __init__(self, nn, cc, slug, *, country, kind, doctype, service_date, date_style,
                 pages, scan=None, pagesize=A4, margins=(18 * mm, 18 * mm, 20 * mm, 18 * mm),
                 numeric_dates=True, order_stated=False, font="Helvetica", size=9,
                 header=None, page_label=True, seed=0, scan_params=None):
        assert doctype in DOC_TYPES
        self.nn, self.cc, self.slug = nn, cc, slug
        self.ext = "jpg" if scan == "jpg" else "pdf"
        self.stem = f"{nn:02d}_{cc}_{slug}"
        self.country, self.kind, self.doctype = country, kind, doctype
        self.service_date, self.date_style, self.pages = service_date, date_style, pages
        self.scan, self.pagesize, self.margins = scan, pagesize, margins
        self.numeric_dates, self.order_stated = numeric_dates, order_stated
        self.font, self.size = font, size
        self.header = header  # callable(canvas, doc, pageno, W, H) or None
        self.page_label = page_label
        self.seed = seed
        self.scan_params = scan_params or {}
        self.story = []
        self.rows = {c: [] for c in CATS}
        self.must_not = []
        self.notes = []

    # ---- story helpers --------------------------------------------------------------
    def st(self, **kw):
        kw.setdefault("font", self.font)
        kw.setdefault("size", self.size)
        return S(**kw)

    def p(self, text, **kw):
        self.story.append(Paragraph(text, self.st(**kw)))

    def h(self, text, size=None, **kw):
        kw.setdefault("bold", True)
        kw.setdefault("space", 3)
        self.story.append(Spacer(1, 3))
        self.story.append(Paragraph(text, self.st(size=size or self.size + 1.5, **kw)))

    def sp(self, h=4):
        self.story.append(Spacer(1, h))

    def pb(self):
        self.story.append(PageBreak())

    def add(self, flowable):
        self.story.append(flowable)

    def tbl(self, data, widths, grid="grid", fs=None, font=None, head=1, bg="#e6e6e6",
            pad=2, valign="TOP", markup=False, extra=None, keep=False, align=None):
        fs = fs or self.size - 0.5
        font = font or self.font
        cs = S(font=font, size=fs, space=0)
        hs = S(font=font, size=fs, bold=True, space=0)
        out = []
        for r, row in enumerate(data):
            cells = []
            for c in row:
                if isinstance(c, str):
                    txt = c if markup else esc(c)
                    cells.append(Paragraph(txt, hs if r < head else cs))
                else:
                    cells.append(c)
            out.append(cells)
        t = Table(out, colWidths=widths, repeatRows=head if head else 0, hAlign=align or "LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), valign),
                 ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
                 ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
                 ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        if grid == "grid":
            style += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555"))]
        elif grid == "lines":
            style += [("LINEBELOW", (0, 0), (-1, head - 1 if head else 0), 0.8, colors.black),
                      ("LINEBELOW", (0, head), (-1, -1), 0.25, colors.HexColor("#999999"))]
        elif grid == "box":
            style += [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                      ("LINEBELOW", (0, 0), (-1, head - 1 if head else 0), 0.8, colors.black)]
        if head and bg:
            style += [("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor(bg))]
        if extra:
            style += extra
        t.setStyle(TableStyle(style))
        self.story.append(KeepTogether([t]) if keep else t)
        return t

    # ---- truth helpers --------------------------------------------------------------
    def med(self, name, dose, unit, route, freq, status, brand=None, **kw):
        assert status in MED_STATUS, status
        r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
             "frequency": freq, "status": status}
        r.update(kw)
        self.rows["medications"].append(r)
        return r

    def lab(self, test, vt, unit, lo, hi, date, ref=None, flag="auto", num="auto", **kw):
        if num == "auto":
            num = _num(vt)
        if flag == "auto":
            flag = None
            if num is not None and (lo is not None or hi is not None):
                if lo is not None and num < lo:
                    flag = "low"
                elif hi is not None and num > hi:
                    flag = "high"
                else:
                    flag = "normal"
        r = {"test_name": test, "value_text": vt, "value_numeric": num, "unit": unit,
             "reference_low": lo, "reference_high": hi, "reference_text": ref, "flag": flag,
             "date": date}
        r.update(kw)
        self.rows["labs"].append(r)
        return r

    def vit(self, kind, vt, unit, num="auto", sec=None, **kw):
        assert kind in VITAL_KINDS, kind
        if kind == "blood_pressure" and num == "auto":
            a, b = vt.split("/")
            num, sec = float(a), float(b)
        elif num == "auto":
            num = _num(vt)
        r = {"kind": kind, "value_text": vt, "value_numeric": num, "value_secondary": sec,
             "unit": unit}
        r.update(kw)
        self.rows["vitals"].append(r)
        return r

    def alg(self, substance, reaction=None, severity=None, **kw):
        r = {"substance": substance, "reaction": reaction, "severity": severity}
        r.update(kw)
        self.rows["allergies"].append(r)
        return r

    def cond(self, name, status="active", icd=None, **kw):
        r = {"name": name, "status": status, "icd10_code": icd}
        r.update(kw)
        self.rows["conditions"].append(r)
        return r

    def imm(self, vaccine, date, dose=None, lot=None, brand=None, **kw):
        amb = False
        if date and self.numeric_dates and not self.order_stated:
            y, m, d = (int(x) for x in date.split("-"))
            amb = d <= 12 and m <= 12
        r = {"vaccine": vaccine, "administered_on": date, "dose_number": dose,
             "lot_number": lot, "brand": brand, "date_ambiguous": amb}
        r.update(kw)
        self.rows["immunizations"].append(r)
        return r

    def no(self, cat, name, why, note=None):
        assert cat in CATS and why in WHY, (cat, why)
        r = {"category": cat, "name": name, "why": why}
        if note:
            r["note"] = note
        self.must_not.append(r)

    def d(self, iso):
        return fd(iso, self.date_style)

    # ---- output ---------------------------------------------------------------------
    def truth(self, page_count, text_layer):
        t = {"file": f"docs/{self.stem}.{self.ext}", "synthetic": True, "text_layer": text_layer,
             "page_count": page_count, "document_type": self.doctype, "country": self.country,
             "kind": self.kind, "service_date": self.service_date}
        for c in CATS:
            rows = []
            for r in self.rows[c]:
                r = {k: v for k, v in r.items() if k in BASE_KEYS[c] or k in EXTRA_KEYS[c]}
                assert set(BASE_KEYS[c]) <= set(r), (c, r)
                rows.append(r)
            t[c] = rows
        t["must_not"] = self.must_not
        return t


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------
def build_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    W, H = doc.pagesize
    l, r, t, b = doc.margins
    if doc.header is not None and hasattr(doc.header, "height"):
        t = max(t, doc.header.height + 5 * mm)

    def on_page(canv, bd):
        canv.saveState()
        n = canv.getPageNumber()
        if doc.header:
            doc.header(canv, doc, n, W, H)
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.black)
        canv.drawCentredString(W / 2, 8 * mm, FOOTER)
        if doc.page_label:
            canv.drawRightString(W - r, 8 * mm, f"Page {n} of {doc.pages}")
        canv.restoreState()

    bd = BaseDocTemplate(buf, pagesize=doc.pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                         bottomMargin=b, invariant=1, title=doc.stem, author="synthetic",
                         creator="make_heldout10", producer="make_heldout10", subject="")
    frame = Frame(l, b, W - l - r, H - t - b, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    bd.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    bd.build(list(doc.story))
    return buf.getvalue()


def pdf_pages_text(data: bytes):
    pdf = pdfium.PdfDocument(data)
    out = []
    for i in range(len(pdf)):
        pg = pdf[i]
        tp = pg.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        pg.close()
    pdf.close()
    return out


def render_pages(data: bytes, dpi):
    pdf = pdfium.PdfDocument(data)
    imgs = []
    for i in range(len(pdf)):
        pg = pdf[i]
        bm = pg.render(scale=dpi / 72.0)
        imgs.append(bm.to_pil().convert("RGB"))
        pg.close()
    pdf.close()
    return imgs


def degrade(img, seed, angle, blur=0.9, noise=7.0, speck=0.00025, light=0.22, tint=None,
            quality=62, gray=False):
    rng = np.random.RandomState(seed)
    img = img.convert("L") if gray else img.convert("RGB")
    fill = 255 if gray else (255, 255, 255)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    if a.ndim == 2:
        a = a[:, :, None]
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.5)
    lm = 1.0 - light * (((xx / w) - cx) ** 2 + ((yy / h) - cy) ** 2) / 0.5
    a = a * lm[:, :, None]
    if tint is not None and a.shape[2] == 3:
        a = a * np.array(tint, dtype=np.float32)[None, None, :]
    a = a + rng.normal(0, noise, (h, w, 1)).astype(np.float32)
    n = int(h * w * speck)
    ys, xs = rng.randint(0, h - 2, n), rng.randint(0, w - 2, n)
    vals = rng.uniform(30, 140, n)
    for dy in (0, 1):
        for dx in (0, 1):
            a[ys + dy, xs + dx, :] = np.minimum(a[ys + dy, xs + dx, :], vals[:, None])
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a[:, :, 0] if a.shape[2] == 1 else a)
    b = io.BytesIO()
    out.save(b, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    return b.getvalue(), out.size, out.mode


def images_to_pdf(pages, dpi):
    """Minimal image-only PDF writer: one DCT image per page, no text, no fonts."""
    objs = []  # list of bytes bodies; object number = index + 1
    objs.append(None)  # 1 catalog
    objs.append(None)  # 2 pages
    kids = []
    for jpg, (w, h), mode in pages:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        cs = "/DeviceGray" if mode == "L" else "/DeviceRGB"
        img_no = len(objs) + 1
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                    % (w, h, cs.encode(), len(jpg)) + jpg + b"\nendstream")
        content = b"q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (pw, ph)
        c_no = len(objs) + 1
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        p_no = len(objs) + 1
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] "
                    b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                    % (pw, ph, img_no, c_no))
        kids.append(p_no)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count %d >>" % len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, x))
    return out.getvalue()


# --------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("\ufffe", "").replace("\x02", "")).strip().lower()


def truth_strings(t):
    out = []
    fields = {
        "medications": ("name", "brand", "dose", "unit", "route", "frequency"),
        "labs": ("test_name", "value_text", "unit", "reference_text"),
        "vitals": ("value_text", "unit"),
        "allergies": ("substance", "reaction", "severity"),
        "conditions": ("name", "icd10_code"),
        "immunizations": ("vaccine", "lot_number", "brand"),
    }
    for c, fs in fields.items():
        for r in t[c]:
            for f in fs:
                if r.get(f) is not None:
                    out.append((c, f, r[f]))
    for r in t["must_not"]:
        out.append(("must_not", "name", r["name"]))
    return out


def check_doc(doc, t, pages_text, final_bytes):
    errs = []
    full = norm(" ".join(pages_text))
    for c, f, v in truth_strings(t):
        if norm(v) not in full:
            errs.append(f"{doc.stem}: {c}.{f} {v!r} not in text")
    if len(pages_text) != doc.pages:
        errs.append(f"{doc.stem}: page count {len(pages_text)} != {doc.pages}")
    for i, pt in enumerate(pages_text):
        if norm(FOOTER) not in norm(pt):
            errs.append(f"{doc.stem}: footer missing on page {i+1}")
    # flags agree with ranges
    for r in t["labs"]:
        f, v, lo, hi = r["flag"], r["value_numeric"], r["reference_low"], r["reference_high"]
        assert f is None or f in LAB_FLAGS
        if v is not None:
            assert _num(r["value_text"]) == v, r
        if f in ("high", "low", "normal", "critical"):
            if v is None:
                errs.append(f"{doc.stem}: flag without numeric {r}")
                continue
            below = lo is not None and v < lo
            above = hi is not None and v > hi
            ok = {"high": above, "low": below, "normal": not (above or below),
                  "critical": above or below}[f]
            if not ok:
                errs.append(f"{doc.stem}: flag disagrees {r}")
    # must_not vs true rows
    keys = {"medications": ("name", "brand"), "labs": ("test_name",), "vitals": ("kind",),
            "allergies": ("substance",), "conditions": ("name",),
            "immunizations": ("vaccine", "brand")}
    for m in t["must_not"]:
        for r in t[m["category"]]:
            if m["category"] == "medications" and r["status"] in ("stopped", "completed"):
                continue
            for k in keys[m["category"]]:
                if r.get(k) and norm(r[k]) == norm(m["name"]):
                    errs.append(f"{doc.stem}: must_not equals true row {m['name']}")
    for r in t["medications"]:
        if r["status"] in ("stopped", "completed"):
            if not any(m["category"] == "medications" and m["why"] == "stopped"
                       for m in t["must_not"]):
                errs.append(f"{doc.stem}: stopped med without must_not {r['name']}")
    for r in t["vitals"]:
        assert r["kind"] in VITAL_KINDS
    # image-only
    if doc.scan:
        if doc.ext == "pdf":
            if b"/Font" in final_bytes:
                errs.append(f"{doc.stem}: image-only PDF contains a font")
            if any(x.strip() for x in pdf_pages_text(final_bytes)):
                errs.append(f"{doc.stem}: image-only PDF has text")
            if len(pdf_pages_text(final_bytes)) != doc.pages:
                errs.append(f"{doc.stem}: scanned page count mismatch")
        else:
            assert doc.pages == 1 and final_bytes[:3] == b"\xff\xd8\xff"
    else:
        # the final PDF is the text-layer PDF
        if len(pdf_pages_text(final_bytes)) != doc.pages:
            errs.append(f"{doc.stem}: page count {len(pdf_pages_text(final_bytes))} != {doc.pages}")
    return errs


# --------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------
DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


def std_header(title_lines, right_lines=(), rule=True, font="Helvetica-Bold", size=11,
               top_offset=12 * mm, color=colors.black, only_first=False, small_after=None):
    def _h(canv, doc, n, W, H):
        l, r = doc.margins[0], doc.margins[1]
        if only_first and n > 1:
            if small_after:
                canv.setFont("Helvetica", 7.5)
                canv.drawString(l, H - 10 * mm, small_after)
                canv.line(l, H - 11.5 * mm, W - r, H - 11.5 * mm)
            return
        y = H - top_offset
        canv.setFillColor(color)
        for i, tl in enumerate(title_lines):
            canv.setFont(font if i == 0 else "Helvetica", size if i == 0 else 8)
            canv.drawString(l, y, tl)
            y -= (size + 2) if i == 0 else 10
        y2 = H - top_offset - size - 2
        canv.setFont("Helvetica", 8)
        for rl in right_lines:
            canv.drawRightString(W - r, y2, rl)
            y2 -= 10
        if rule:
            canv.setStrokeColor(color)
            canv.line(l, min(y, y2) + 4, W - r, min(y, y2) + 4)
    # distance from the page top to the rule, so the body frame can start below it
    _h.height = top_offset + size + 2 + 10 * max(len(title_lines) - 1, len(right_lines)) - 4
    return _h


# ======================================================================================
# 01 Malta - cumulative biochemistry report (ruled grid, 3 date columns, H/L flags)
# ======================================================================================
@document
def doc01():
    D = Doc(1, "mt", "cumulative_biochem", country="Malta",
            kind="Hospital pathology cumulative biochemistry report, three date columns, ruled grid",
            doctype="lab_result", service_date="2025-02-24", date_style="dmy/", pages=1,
            order_stated=True, size=8.5,
            header=std_header(["ST. ELMO GENERAL HOSPITAL - DEPARTMENT OF PATHOLOGY (CLINICAL CHEMISTRY)",
                               "Triq il-Prova 00, Msida MSD 0000, Malta   Tel +356 2000 0000"],
                              ["CUMULATIVE REPORT", "Dates shown as DD/MM/YYYY"]))
    D.notes += ["Cumulative report: one row per result per date column; blank cells give no row.",
                "Flag letter H/L printed after the value; value_text excludes the flag.",
                "CRP '<3' is censored: value_numeric null and flag null."]
    D.tbl([["Patient", "CAMILLERI, Rosaria Anna (SYNTHETIC)", "ID card", "0000123(M)"],
           ["Date of birth", "07/09/1951", "Sex", "F"],
           ["Requesting unit", "Medical Ward 2 / Renal OPD", "Consultant", "Dr M. Borg-Testa"]],
          [32 * mm, 62 * mm, 25 * mm, 55 * mm], grid="box", head=0, bg=None)
    D.sp(6)
    dates = ["2025-01-14", "2025-02-03", "2025-02-24"]
    tests = [
        ("Sodium", "mmol/L", 135, 145, "135 - 145", ["138", "134", "136"]),
        ("Potassium", "mmol/L", 3.5, 5.1, "3.5 - 5.1", ["5.4", "4.9", "4.6"]),
        ("Urea", "mmol/L", 2.5, 7.8, "2.5 - 7.8", ["9.1", "8.4", "7.2"]),
        ("Creatinine", "umol/L", 59, 104, "59 - 104", ["131", "124", "112"]),
        ("eGFR (CKD-EPI 2021)", "mL/min/1.73m2", 60, None, ">60", ["47", "50", "57"]),
        ("Bilirubin (total)", "umol/L", 0, 21, "0 - 21", ["12", "9", ""]),
        ("ALT", "U/L", 0, 41, "0 - 41", ["38", "29", ""]),
        ("Alkaline phosphatase", "U/L", 40, 129, "40 - 129", ["141", "133", ""]),
        ("Gamma GT", "U/L", 8, 61, "8 - 61", ["96", "", ""]),
        ("Albumin", "g/L", 35, 52, "35 - 52", ["33", "36", "38"]),
        ("C-reactive protein", "mg/L", 0, 5, "0 - 5", ["48", "11", "<3"]),
    ]
    aliases = {"eGFR (CKD-EPI 2021)": ["eGFR"], "Gamma GT": ["GGT"],
               "C-reactive protein": ["CRP"], "Bilirubin (total)": ["Total bilirubin"],
               "Alkaline phosphatase": ["ALP"]}
    rows = [["Test", "Units", "Ref. range"] + [D.d(x) for x in dates]]
    rows.append(["", "", "Lab no."] + ["C25/000141", "C25/000588", "C25/001027"])
    for name, unit, lo, hi, ref, vals in tests:
        cells = []
        for dt, v in zip(dates, vals):
            if not v:
                cells.append("")
                continue
            kw = {"aliases": aliases[name]} if name in aliases else {}
            r = D.lab(name, v, unit, lo, hi, dt, ref=ref, **kw)
            fl = {"high": " H", "low": " L"}.get(r["flag"], "")
            cells.append(v + fl)
        rows.append([name, unit, ref] + cells)
    D.tbl(rows, [46 * mm, 27 * mm, 22 * mm, 27 * mm, 27 * mm, 27 * mm], head=2,
          extra=[("ALIGN", (3, 0), (-1, -1), "CENTER")])
    D.sp(6)
    D.p("<b>Comments</b>")
    D.p("03/02/2025: Potassium on 14/01/2025 repeated on a fresh non-haemolysed sample - see column 2.")
    D.p("24/02/2025: HbA1c: test requested - no sample received. Please re-request if still required.")
    D.no("labs", "HbA1c", "other", "requested but no sample received")
    D.p("Results outside the reference range are flagged H (high) or L (low). eGFR is not valid "
        "in acute kidney injury, pregnancy or extremes of muscle mass.")
    D.sp(8)
    D.p("Authorised by: Clinical Scientist (Biochemistry), 24/02/2025 16:42. "
        "Report status: FINAL. Cumulative view: last 3 episodes.")
    D.p("Unit legend: Renal OPD = Renal Outpatients (Nephrology); Diabetes and Endocrine Centre results are "
        "not included in this view.", size=7.5)
    D.no("conditions", "Diabetes", "not_clinical", "unit name 'Diabetes and Endocrine Centre'")
    return D


# ======================================================================================
# 02 Kenya - medical ward discharge summary (in-hospital vs discharge medicines)
# ======================================================================================
@document
def doc02():
    D = Doc(2, "ke", "ward_discharge", country="Kenya",
            kind="County referral hospital medical-ward discharge summary with in-hospital and discharge medicines",
            doctype="discharge_summary", service_date="2025-03-15", date_style="dmy/", pages=2,
            order_stated=True, size=9,
            header=std_header(["KIAMBU HILLS COUNTY REFERRAL HOSPITAL",
                               "Department of Internal Medicine - P.O. Box 00000-00100, Kenya - Tel +254 700 000 000"],
                              ["DISCHARGE SUMMARY", "(all dates DD/MM/YYYY)"]))
    D.notes += ["Admission fever/SpO2 in prose are optional vitals; discharge vitals are scored.",
                "Ceftriaxone and azithromycin: completed in-hospital courses (row completed + must_not).",
                "Soluble insulin sliding scale used only in hospital: must_not other."]
    D.tbl([["Patient name", "Wanjiru Achieng MUTUA (SYNTHETIC)", "IP No.", "IP-000417"],
           ["Age / Sex", "56 years / F", "NHIF/SHA No.", "000000000"],
           ["Date of admission", "09/03/2025", "Date of discharge", "15/03/2025"],
           ["Ward", "Female Medical Ward 4", "Consultant", "Dr. J. Otieno-Test"]],
          [34 * mm, 62 * mm, 32 * mm, 46 * mm], grid="grid", head=0, bg=None)
    D.h("Final diagnoses")
    D.p("1. Community-acquired pneumonia, right lower lobe<br/>2. Type 2 diabetes mellitus - newly diagnosed this admission"
        "<br/>3. HIV infection on ART - virally suppressed<br/>4. Hypertension")
    D.cond("Community-acquired pneumonia", aliases=["pneumonia"])
    D.cond("Type 2 diabetes mellitus")
    D.cond("HIV infection")
    D.cond("Hypertension")
    D.h("Past medical history")
    D.p("Pulmonary tuberculosis in 2016 - completed 6 months of treatment, declared cured. Hypertension since 2019. "
        "HIV diagnosed 2014, on first-line ART. Family history: mother had breast cancer.")
    D.no("conditions", "Pulmonary tuberculosis", "historical")
    D.no("conditions", "breast cancer", "family")
    D.h("Allergies")
    D.p("Co-trimoxazole - generalised maculopapular rash (2016). No known food allergies.")
    D.alg("Co-trimoxazole", "generalised maculopapular rash")
    D.h("History and course in hospital")
    D.p("Presented with a 5-day history of productive cough, right-sided pleuritic pain and fever. She denies haemoptysis "
        "and night sweats. On arrival she was febrile at 38.9 &deg;C and hypoxic with SpO2 89% on room air. "
        "Chest X-ray showed right lower lobe consolidation. She was started on IV ceftriaxone and oral azithromycin "
        "and given oxygen by nasal prongs, weaned off by day 3. Random blood sugar was 18.6 mmol/L with HbA1c 9.4%; "
        "she was managed on a soluble insulin sliding scale while inpatient and then started on metformin. "
        "Hydrochlorothiazide was withheld because of poor oral intake and a risk of dehydration.")
    D.vit("temperature", "38.9", "°C", optional=True, note="admission value in prose")
    D.vit("oxygen_saturation", "89", "%", optional=True, note="admission value in prose")
    D.no("conditions", "haemoptysis", "negated")
    D.no("conditions", "night sweats", "negated")
    D.h("Investigations (09/03/2025)")
    dt = "2025-03-09"
    labs = [("White cell count", "16.2", "x10^9/L", 4.0, 11.0, "4.0 - 11.0"),
            ("Haemoglobin", "11.4", "g/dL", 12.0, 16.0, "12.0 - 16.0"),
            ("Platelets", "412", "x10^9/L", 150, 400, "150 - 400"),
            ("Random blood sugar", "18.6", "mmol/L", 3.9, 7.8, "3.9 - 7.8"),
            ("HbA1c", "9.4", "%", 4.0, 6.0, "4.0 - 6.0"),
            ("Creatinine", "88", "umol/L", 45, 90, "45 - 90"),
            ("CD4 count", "512", "cells/uL", 500, 1500, "500 - 1500"),
            ("HIV viral load", "<50", "copies/mL", None, None, None)]
    rows = [["Test", "Result", "Unit", "Reference", "Flag"]]
    for n, v, u, lo, hi, ref in labs:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref,
                  **({"aliases": ["WBC"]} if n == "White cell count" else {}))
        rows.append([n, v, u, ref or "-", {"high": "HIGH", "low": "LOW"}.get(r["flag"], "")])
    D.tbl(rows, [50 * mm, 22 * mm, 26 * mm, 30 * mm, 18 * mm], grid="lines")
    D.p("Blood cultures: no growth at 48 hours. Sputum GeneXpert MTB/RIF: MTB not detected.")
    D.no("labs", "GeneXpert MTB/RIF", "negated", "MTB not detected - qualitative negative, not a result row")
    D.pb()
    D.h("Medicines given in hospital")
    D.tbl([["Medicine", "Dose / route", "Duration", "Comment"],
           ["Ceftriaxone", "2 g IV once daily", "09/03 - 13/03/2025", "Course completed (5 days)"],
           ["Azithromycin", "500 mg PO once daily", "09/03 - 11/03/2025", "Course completed (3 days)"],
           ["Soluble insulin sliding scale", "SC per protocol", "09/03 - 12/03/2025", "Inpatient only"],
           ["Oxygen", "2 L/min nasal prongs", "09/03 - 11/03/2025", "Weaned"]],
          [48 * mm, 40 * mm, 38 * mm, 48 * mm])
    D.med("ceftriaxone", "2", "g", "IV", "once daily", "completed")
    D.med("azithromycin", "500", "mg", "PO", "once daily", "completed")
    D.no("medications", "Ceftriaxone", "stopped", "completed inpatient course")
    D.no("medications", "Azithromycin", "stopped", "completed inpatient course")
    D.no("medications", "Soluble insulin sliding scale", "other", "inpatient only")
    D.h("Discharge medicines")
    D.tbl([["Medicine", "Dose", "Route", "Frequency", "Status / instructions"],
           ["Amoxicillin-clavulanate", "625 mg", "PO", "TDS", "NEW - 2 more days to complete 7 days"],
           ["Metformin", "500 mg", "PO", "BD", "NEW - with meals"],
           ["Tenofovir/Lamivudine/Dolutegravir (TLD)", "300/300/50 mg", "PO", "OD", "Continue"],
           ["Amlodipine", "5 mg", "PO", "OD", "Continue"],
           ["Paracetamol", "1 g", "PO", "TDS PRN", "NEW - for pain/fever"],
           ["Hydrochlorothiazide", "25 mg", "PO", "OD", "WITHHELD - review at clinic"]],
          [62 * mm, 26 * mm, 14 * mm, 20 * mm, 52 * mm])
    D.med("amoxicillin-clavulanate", "625", "mg", "PO", "TDS", "new",
          aliases=["co-amoxiclav", "amoxicillin/clavulanic acid"])
    D.med("metformin", "500", "mg", "PO", "BD", "new")
    D.med("tenofovir/lamivudine/dolutegravir", "300/300/50", "mg", "PO", "OD", "active", aliases=["TLD"])
    D.med("amlodipine", "5", "mg", "PO", "OD", "active")
    D.med("paracetamol", "1", "g", "PO", "TDS PRN", "new")
    D.med("hydrochlorothiazide", "25", "mg", "PO", "OD", "held")
    D.h("Condition at discharge")
    D.tbl([["BP", "Pulse", "Temp", "Resp. rate", "SpO2 (room air)"],
           ["134/82 mmHg", "88 /min", "36.8 °C", "18 /min", "96 %"]],
          [34 * mm] * 5, grid="grid")
    D.vit("blood_pressure", "134/82", "mmHg")
    D.vit("heart_rate", "88", "/min")
    D.vit("temperature", "36.8", "°C")
    D.vit("respiratory_rate", "18", "/min")
    D.vit("oxygen_saturation", "96", "%")
    D.h("Plan")
    D.p("1. Review at Medical Outpatient / Diabetes clinic in 2 weeks with fasting blood sugar.<br/>"
        "2. Consider starting atorvastatin at clinic review.<br/>"
        "3. Continue ART at the Comprehensive Care Centre; next viral load due 09/2025.<br/>"
        "4. Repeat chest X-ray in 6 weeks.")
    D.no("medications", "atorvastatin", "planned")
    D.no("labs", "fasting blood sugar", "planned")
    D.sp(10)
    D.p("Signed: Dr. K. Njoroge-Test, Medical Officer (Internal Medicine) ............  15/03/2025")
    return D

# ======================================================================================
# 03 Singapore - patient-portal export (chronic disease summary)
# ======================================================================================
@document
def doc03():
    def hdr(canv, doc, n, W, H):
        canv.setFillColor(colors.HexColor("#0b5563"))
        canv.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(15 * mm, H - 10 * mm, "MyCare Records - Patient Portal")
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(W - 15 * mm, H - 10 * mm, "Exported health summary | Tampines Vale Polyclinic (fictional)")
    D = Doc(3, "sg", "portal_export", country="Singapore",
            kind="Patient-portal export of a polyclinic chronic-disease summary (results, medicines, vaccinations)",
            doctype="medical_record", service_date="2025-02-12", date_style="d Mon Y", pages=2,
            numeric_dates=False, size=8.5, header=hdr, margins=(15 * mm, 15 * mm, 24 * mm, 18 * mm))
    D.notes += ["Portal export; dates DD Mon YYYY (unambiguous).",
                "Glipizide shown under 'Past medicines' as stopped: row stopped + must_not.",
                "Health-education tiles (heart attack/stroke signs) are leaflet must_not.",
                "Eye screening 'no diabetic retinopathy' is a negated must_not."]
    D.p("<b>Name:</b> TAN Mei Ling Grace (SYNTHETIC) &nbsp; <b>NRIC:</b> S0000000Z (test) &nbsp; "
        "<b>Date of birth:</b> 03 Nov 1962 &nbsp; <b>Exported:</b> 14 Feb 2025")
    D.h("My conditions")
    D.tbl([["Condition", "Since", "Care team"],
           ["Type 2 diabetes mellitus", "2016", "Chronic Disease Management"],
           ["Hyperlipidaemia", "2016", "Chronic Disease Management"],
           ["Hypertension", "2019", "Chronic Disease Management"]],
          [70 * mm, 25 * mm, 70 * mm], grid="lines")
    D.cond("Type 2 diabetes mellitus")
    D.cond("Hyperlipidaemia")
    D.cond("Hypertension")
    D.h("My allergies")
    D.p("Aspirin - angioedema (recorded 08 Aug 2017)")
    D.alg("Aspirin", "angioedema")
    D.h("My medicines (current)")
    D.tbl([["Medicine", "How to take", "Last dispensed"],
           ["Metformin 850 mg tablet", "1 tablet twice a day after meals", "12 Feb 2025"],
           ["Empagliflozin (Jardiance) 10 mg tablet", "1 tablet every morning - NEW", "12 Feb 2025"],
           ["Atorvastatin 20 mg tablet", "1 tablet every night", "12 Feb 2025"],
           ["Losartan 50 mg tablet", "1 tablet every morning", "12 Feb 2025"]],
          [75 * mm, 60 * mm, 30 * mm], grid="lines")
    D.med("metformin", "850", "mg", None, "1 tablet twice a day after meals", "active")
    D.med("empagliflozin", "10", "mg", None, "1 tablet every morning", "new", brand="Jardiance",
          status_also_ok=["active"])
    D.med("atorvastatin", "20", "mg", None, "1 tablet every night", "active")
    D.med("losartan", "50", "mg", None, "1 tablet every morning", "active")
    D.h("Past medicines", size=9)
    D.p("Glipizide 5 mg tablet, 1 tablet every morning - stopped on 12 Feb 2025 (low blood sugar episodes).")
    D.med("glipizide", "5", "mg", None, "1 tablet every morning", "stopped")
    D.no("medications", "Glipizide", "stopped")
    D.h("My vital signs (12 Feb 2025)")
    D.tbl([["Blood pressure", "Weight", "Height", "Body mass index"],
           ["128/76 mmHg", "78.2 kg", "170 cm", "27.1 kg/m2"]], [40 * mm] * 4, grid="grid")
    D.vit("blood_pressure", "128/76", "mmHg")
    D.vit("weight", "78.2", "kg")
    D.vit("height", "170", "cm")
    D.vit("bmi", "27.1", "kg/m2")
    D.pb()
    D.h("My test results")
    dts = ["2024-06-05", "2024-10-09", "2025-02-12"]
    rows = [["Test", "Reference"] + [D.d(x) for x in dts]]
    for v, dt in zip(["7.9", "7.4", "6.9"], dts):
        D.lab("HbA1c", v, "%", 4.0, 6.0, dt, ref="4.0 - 6.0")
    rows.append(["HbA1c (%)", "4.0 - 6.0", "7.9 (High)", "7.4 (High)", "6.9 (High)"])
    for v, dt in zip(["72", "76"], dts[1:]):
        D.lab("Creatinine", v, "umol/L", 45, 84, dt, ref="45 - 84")
    rows.append(["Creatinine (umol/L)", "45 - 84", "", "72 (Normal)", "76 (Normal)"])
    for v, dt in zip(["82", "77"], dts[1:]):
        D.lab("eGFR", v, "mL/min/1.73m2", 90, None, dt, ref="> 90")
    rows.append(["eGFR (mL/min/1.73m2)", "> 90", "", "82 (Low)", "77 (Low)"])
    D.tbl(rows, [52 * mm, 26 * mm, 29 * mm, 29 * mm, 29 * mm], grid="grid")
    D.sp(5)
    D.p("<b>Lipid panel - 12 Feb 2025</b>")
    lip = [("Total cholesterol", "4.3", 0, 5.2, "< 5.2"), ("LDL cholesterol", "2.4", None, 2.6, "< 2.6"),
           ("HDL cholesterol", "1.1", 1.0, None, "> 1.0"), ("Triglycerides", "1.9", None, 1.7, "< 1.7")]
    rows = [["Test", "Result", "Unit", "Target / reference", "Status"]]
    for n, v, lo, hi, ref in lip:
        lo2 = None if lo == 0 else lo
        r = D.lab(n, v, "mmol/L", lo2, hi, "2025-02-12", ref=ref)
        rows.append([n, v, "mmol/L", ref, {"high": "Above range", "low": "Below range"}.get(r["flag"], "Within range")])
    D.lab("Urine albumin-creatinine ratio", "4.8", "mg/mmol", None, 3.0, "2025-02-12", ref="< 3.0",
          aliases=["Urine ACR", "uACR"])
    rows.append(["Urine albumin-creatinine ratio", "4.8", "mg/mmol", "< 3.0", "Above range"])
    D.tbl(rows, [55 * mm, 20 * mm, 22 * mm, 35 * mm, 30 * mm], grid="lines")
    D.h("Screening")
    D.p("Diabetic eye screening (09 Oct 2024): no diabetic retinopathy. Diabetic foot screening (09 Oct 2024): low risk.")
    D.no("conditions", "diabetic retinopathy", "negated")
    D.h("My vaccinations")
    D.tbl([["Vaccine", "Date given", "Place"],
           ["Influenza (Vaxigrip Tetra)", "09 Oct 2024", "Tampines Vale Polyclinic"],
           ["Pneumococcal conjugate (PCV20)", "05 Jun 2024", "Tampines Vale Polyclinic"],
           ["Recombinant zoster (Shingrix)", "Not yet taken - recommended for age 50 and above", ""]],
          [70 * mm, 60 * mm, 40 * mm], grid="lines")
    D.imm("Influenza", "2024-10-09", brand="Vaxigrip Tetra")
    D.imm("Pneumococcal conjugate (PCV20)", "2024-06-05", aliases=["PCV20"])
    D.no("immunizations", "Recombinant zoster (Shingrix)", "due", "not yet taken")
    D.sp(8)
    D.tbl([["Health tip: Know the signs of a heart attack and stroke - chest pain, sudden weakness, slurred speech. "
            "Call 995 immediately. Keep your HbA1c below 7% to protect your kidneys, eyes and feet."]],
          [175 * mm], grid="box", head=0, bg=None, extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef6f7"))])
    D.no("conditions", "heart attack", "leaflet")
    D.no("conditions", "stroke", "leaflet")
    return D


# ======================================================================================
# 04 New Zealand - community pharmacy medication profile and dispensing history
# ======================================================================================
@document
def doc04():
    D = Doc(4, "nz", "pharmacy_profile", country="New Zealand",
            kind="Community pharmacy medication profile with ceased items, ADRs, pharmacist-given vaccines and dispensing history",
            doctype="prescription", service_date="2025-01-20", date_style="dmy/", pages=2,
            size=8.5, font="Courier",
            header=std_header(["HARBOURVIEW COMMUNITY PHARMACY (fictional)",
                               "00 Test Street, Whanganui 0000, New Zealand - Ph (06) 000 0000"],
                              ["MEDICATION PROFILE REPORT", "Printed 20/01/2025"]))
    D.notes += ["Dates DD/MM/YYYY (NZ) not stated in the document; vaccine dates are not both <=12.",
                "Candesartan started 10/09/2024 shown as current: active (new also accepted).",
                "Allopurinol dose increased: changed.",
                "Prednisone and amoxicillin courses completed: rows completed + must_not.",
                "Shingrix dose 2 due: must_not."]
    D.p("Patient: HEMI-TEST, Aroha Mere (SYNTHETIC)   NHI: ZZZ0000   DOB: 14/08/1957")
    D.p("Prescriber: Dr P. Whitcombe-Test (GP)   Funded: Yes   Blister pack: Weekly")
    D.h("ADVERSE REACTIONS / ALLERGIES")
    D.tbl([["Agent", "Reaction", "Type"],
           ["Codeine", "nausea and vomiting", "Intolerance"],
           ["Cilazapril", "persistent dry cough", "Adverse reaction (ACE inhibitor)"]],
          [45 * mm, 60 * mm, 65 * mm], grid="lines", font="Courier")
    D.alg("Codeine", "nausea and vomiting")
    D.alg("Cilazapril", "persistent dry cough")
    D.h("CURRENT MEDICINES")
    cur = [["Medicine", "Strength", "Directions", "Started", "Note"],
           ["Candesartan", "8 mg", "ONE daily", "10/09/2024", "replaces cilazapril"],
           ["Metoprolol succinate (Betaloc CR)", "47.5 mg", "ONE daily", "03/03/2021", ""],
           ["Atorvastatin", "40 mg", "ONE at night", "03/03/2021", ""],
           ["Aspirin", "100 mg", "ONE daily", "03/03/2021", ""],
           ["Allopurinol", "300 mg", "ONE daily", "19/11/2024", "dose increased from 200 mg"],
           ["Colchicine", "500 mcg", "ONE or TWO as needed for gout flare", "19/11/2024", "max 6 per flare"],
           ["Omeprazole", "20 mg", "ONE daily", "22/06/2022", ""],
           ["Paracetamol", "1 g", "TWO 500 mg tablets up to FOUR times daily as needed", "22/06/2022", ""],
           ["Cholecalciferol", "1.25 mg", "ONE monthly", "15/05/2023", "Vitamin D"]]
    D.tbl(cur, [52 * mm, 18 * mm, 50 * mm, 22 * mm, 34 * mm], grid="lines", font="Courier", fs=7.5)
    D.med("candesartan", "8", "mg", None, "ONE daily", "active", status_also_ok=["new"])
    D.med("metoprolol succinate", "47.5", "mg", None, "ONE daily", "active", brand="Betaloc CR")
    D.med("atorvastatin", "40", "mg", None, "ONE at night", "active")
    D.med("aspirin", "100", "mg", None, "ONE daily", "active")
    D.med("allopurinol", "300", "mg", None, "ONE daily", "changed")
    D.med("colchicine", "500", "mcg", None, "ONE or TWO as needed for gout flare", "active")
    D.med("omeprazole", "20", "mg", None, "ONE daily", "active")
    D.med("paracetamol", "1", "g", None, "up to FOUR times daily as needed", "active")
    D.med("cholecalciferol", "1.25", "mg", None, "ONE monthly", "active", aliases=["vitamin D"])
    D.h("CEASED / COMPLETED")
    D.tbl([["Medicine", "Strength", "Directions", "Stopped", "Reason"],
           ["Cilazapril", "2.5 mg", "ONE daily", "10/09/2024", "Ceased - cough"],
           ["Prednisone", "20 mg", "ONE daily for 5 days", "28/11/2024", "Course completed"],
           ["Amoxicillin", "500 mg", "ONE three times daily for 7 days", "30/12/2024", "Course completed"]],
          [40 * mm, 18 * mm, 56 * mm, 24 * mm, 38 * mm], grid="lines", font="Courier", fs=7.5)
    D.med("cilazapril", "2.5", "mg", None, "ONE daily", "stopped")
    D.med("prednisone", "20", "mg", None, "ONE daily for 5 days", "completed")
    D.med("amoxicillin", "500", "mg", None, "ONE three times daily for 7 days", "completed")
    D.no("medications", "Cilazapril", "stopped")
    D.no("medications", "Prednisone", "stopped", "completed course")
    D.no("medications", "Amoxicillin", "stopped", "completed course")
    D.h("VACCINATIONS GIVEN AT THIS PHARMACY")
    D.tbl([["Date", "Vaccine", "Batch", "Site", "Vaccinator"],
           ["22/04/2024", "Influenza (Influvac Tetra)", "TSTFLU0042", "L deltoid", "J. Pharmacist-Test"],
           ["18/10/2024", "Zoster recombinant (Shingrix) dose 1", "TSTSHX0007", "R deltoid", "J. Pharmacist-Test"]],
          [24 * mm, 62 * mm, 28 * mm, 22 * mm, 40 * mm], grid="lines", font="Courier", fs=7.5)
    D.imm("Influenza", "2024-04-22", lot="TSTFLU0042", brand="Influvac Tetra")
    D.imm("Zoster recombinant (Shingrix)", "2024-10-18", dose=1, lot="TSTSHX0007", brand="Shingrix")
    D.p("Shingrix dose 2 due from 18/12/2024 - patient reminded 20/01/2025.")
    D.no("immunizations", "Shingrix dose 2", "due")
    D.pb()
    D.h("DISPENSING HISTORY (last 90 days)")
    hist = [["Date", "Rx no.", "Item", "Qty", "Rpt"],
            ["20/01/2025", "0000981", "Candesartan 8 mg tab", "30", "2 of 3"],
            ["20/01/2025", "0000982", "Metoprolol succinate 47.5 mg tab", "30", "2 of 3"],
            ["20/01/2025", "0000983", "Atorvastatin 40 mg tab", "30", "2 of 3"],
            ["20/01/2025", "0000984", "Allopurinol 300 mg tab", "30", "2 of 3"],
            ["30/12/2024", "0000977", "Amoxicillin 500 mg cap", "21", "0 of 0"],
            ["19/12/2024", "0000951", "Candesartan 8 mg tab", "30", "1 of 3"],
            ["19/12/2024", "0000952", "Omeprazole 20 mg cap", "90", "1 of 1"],
            ["28/11/2024", "0000930", "Prednisone 20 mg tab", "5", "0 of 0"],
            ["19/11/2024", "0000921", "Allopurinol 300 mg tab", "30", "1 of 3"],
            ["19/11/2024", "0000922", "Colchicine 500 mcg tab", "12", "0 of 0"],
            ["15/11/2024", "0000915", "Cholecalciferol 1.25 mg cap", "3", "1 of 1"]]
    D.tbl(hist, [24 * mm, 22 * mm, 80 * mm, 14 * mm, 20 * mm], grid="none", font="Courier", fs=7.5,
          extra=[("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)])
    D.sp(6)
    D.p("Pharmacist counselling note 20/01/2025: reminded that colchicine is for flares only. "
        "Advised to avoid ibuprofen and other NSAIDs with gout and heart medicines.")
    D.no("medications", "ibuprofen", "other", "advice only")
    D.p("Checked by: Registered Pharmacist (Reg. No. 00000)")
    return D


# ======================================================================================
# 05 Ireland - antenatal hand-held record (scan, image-only PDF, 2 pages)
# ======================================================================================
@document
def doc05():
    D = Doc(5, "ie", "antenatal_record", country="Ireland",
            kind="Maternity hand-held antenatal record: booking history, booking bloods and visit chart (scanned)",
            doctype="medical_record", service_date="2025-03-24", date_style="dmy/", pages=2,
            scan="pdf", seed=5, size=9,
            scan_params=dict(dpi=170, angle=-1.3, quality=60, gray=True, blur=0.7),
            header=std_header(["NATIONAL MATERNITY HAND-HELD RECORD",
                               "Cois Abhann University Maternity Unit (fictional), Ireland"],
                              ["Please bring to every visit"]))
    D.notes += ["Scanned image-only PDF. Dates DD/MM/YYYY (not stated).",
                "Three antenatal visits: each BP and weight is a vitals row; FHR (fetal) is must_not.",
                "Booking bloods qualitative results kept as lab rows with flag null.",
                "Aspirin 'to start at 12 weeks' is planned (must_not); pertussis due and COVID declined must_not."]
    D.tbl([["Name", hw("Siobhan Marie KELLEHER-TEST (SYNTHETIC)"), "Hospital no.", hw("M000412")],
           ["DOB", hw("21/06/1991"), "G / P", hw("G2 P1")],
           ["LMP", hw("11/11/2024"), "EDD (dating scan)", hw("18/08/2025")],
           ["Booking visit", hw("27/01/2025"), "Consultant", hw("Dr A. Nic Test")]],
          [28 * mm, 70 * mm, 32 * mm, 44 * mm], grid="grid", head=0, bg=None, markup=True)
    D.h("Medical / surgical history")
    D.tbl([["Condition", "Yes/No", "Details"],
           ["Thyroid disease", hw("Yes"), hw("Hypothyroidism since 2018 - on levothyroxine")],
           ["Asthma", hw("Yes"), hw("childhood only - resolved, no inhalers since age 12")],
           ["Diabetes", hw("No"), hw("Gestational diabetes in previous pregnancy (2021) - diet controlled, resolved")],
           ["Previous surgery", hw("Yes"), hw("Caesarean section 2021 (fetal distress)")],
           ["Mental health", hw("No"), ""],
           ["Family history", "", hw("Father - type 2 diabetes")]],
          [38 * mm, 20 * mm, 116 * mm], grid="grid", markup=True)
    D.cond("Hypothyroidism")
    D.no("conditions", "Asthma", "historical", "childhood, resolved")
    D.no("conditions", "Gestational diabetes", "historical")
    D.no("conditions", "Caesarean section", "historical")
    D.no("conditions", "Mental health", "checkbox_no")
    D.no("conditions", "type 2 diabetes", "family")
    D.h("Allergies")
    D.p("Latex - " + hw("contact dermatitis (gloves)"))
    D.alg("Latex", "contact dermatitis")
    D.h("Medications")
    D.p("1. Folic acid 5 mg once daily " + hw("(high BMI)") + "<br/>2. Levothyroxine 75 micrograms once daily "
        + hw("- increased from 50 micrograms at booking") + "<br/>3. Aspirin 150 mg at night "
        + hw("- to start at 12 weeks (pre-eclampsia prophylaxis)"))
    D.med("folic acid", "5", "mg", None, "once daily", "active")
    D.med("levothyroxine", "75", "micrograms", None, "once daily", "changed", aliases=["levothyroxine sodium"])
    D.no("medications", "Aspirin", "planned", "to start at 12 weeks")
    D.h("Booking bloods (27/01/2025)")
    bd = "2025-01-27"
    rows = [["Test", "Result", "Reference"]]
    for n, v, u, lo, hi, ref in [("Haemoglobin", "12.1", "g/dL", 11.0, 14.0, "11.0-14.0"),
                                 ("Platelets", "238", "x10^9/L", 150, 400, "150-400"),
                                 ("TSH", "2.1", "mIU/L", 0.4, 2.5, "0.4-2.5"),
                                 ("Free T4", "14.2", "pmol/L", 12.0, 22.0, "12.0-22.0")]:
        D.lab(n, v, u, lo, hi, bd, ref=ref)
        rows.append([n, hw(f"{v} {u}"), ref])
    for n, v in [("Blood group", "O Rh D positive"), ("Antibody screen", "Negative"),
                 ("Rubella IgG", "Immune"), ("Hepatitis B sAg", "Not detected"),
                 ("HIV", "Not detected"), ("Syphilis", "Not detected")]:
        D.lab(n, v, None, None, None, bd)
        rows.append([n, hw(v), ""])
    D.tbl(rows, [50 * mm, 60 * mm, 40 * mm], grid="grid", markup=True)
    D.pb()
    D.h("Vaccinations in pregnancy")
    D.tbl([["Vaccine", "Date", "Batch", "Comment"],
           ["Influenza (seasonal)", hw("27/01/2025"), hw("TSTIE0031"), hw("given L arm")],
           ["Pertussis (Tdap)", "", "", hw("Due 16-36 weeks - offer at next visit")],
           ["COVID-19 booster", "", "", hw("Declined")]],
          [45 * mm, 30 * mm, 30 * mm, 70 * mm], grid="grid", markup=True)
    D.imm("Influenza (seasonal)", "2025-01-27", lot="TSTIE0031")
    D.no("immunizations", "Pertussis (Tdap)", "due")
    D.no("immunizations", "COVID-19 booster", "due", "declined")
    D.h("Antenatal visits")
    D.p("Height at booking: " + hw("165 cm") + " &nbsp;&nbsp; BMI at booking: " + hw("31.2 kg/m2"))
    D.vit("height", "165", "cm")
    D.vit("bmi", "31.2", "kg/m2")
    vis = [("27/01/2025", "11+0", "118/72", "84.9", "Nil", "-", "-"),
           ("24/02/2025", "15+0", "122/76", "85.6", "Nil", "-", "152"),
           ("24/03/2025", "19+0", "126/80", "86.8", "Trace", "19", "148")]
    rows = [["Date", "Gest.", "BP (mmHg)", "Weight (kg)", "Urine protein", "SFH (cm)", "FHR", "Sign."]]
    for dt, g, bp, wt, ur, sfh, fhr in vis:
        rows.append([hw(dt), hw(g), hw(bp), hw(wt), hw(ur), hw(sfh), hw(fhr), hw("MW")])
        D.vit("blood_pressure", bp, "mmHg")
        D.vit("weight", wt, "kg")
    D.tbl(rows, [24 * mm, 16 * mm, 24 * mm, 24 * mm, 26 * mm, 20 * mm, 16 * mm, 16 * mm], grid="grid", markup=True)
    D.no("vitals", "FHR", "other", "fetal heart rate, not the patient's")
    D.sp(6)
    D.p("Plan: " + hw("Anomaly scan at 20-22 weeks. GTT at 24-28 weeks (previous GDM). Repeat TSH in 4 weeks."))
    D.no("labs", "GTT", "planned")
    D.p("Midwife: " + hw("M. Walsh-Test RM") + " &nbsp; Next visit: " + hw("21/04/2025"))
    return D

# ======================================================================================
# 06 South Africa - Road-to-Health booklet immunisation and growth page (JPEG photo)
# ======================================================================================
@document
def doc06():
    D = Doc(6, "za", "road_to_health", country="South Africa",
            kind="Child Road-to-Health booklet page: immunisation record, vitamin A and growth (photographed)",
            doctype="immunization_record", service_date="2025-01-06", date_style="dmy/", pages=1,
            scan="jpg", seed=6, size=8.5, pagesize=A5, margins=(10 * mm, 10 * mm, 20 * mm, 16 * mm),
            scan_params=dict(dpi=200, angle=2.1, quality=58, tint=(1.0, 0.97, 0.88), blur=0.9, light=0.3),
            header=std_header(["ROAD TO HEALTH BOOK - IMMUNISATIONS",
                               "Child: Lwazi Sipho NDLOVU-TEST (SYNTHETIC)  DOB 03/04/2024"], size=10, top_offset=9 * mm))
    D.notes += ["Dates printed dd/mm/yyyy without the order being stated: date_ambiguous true where day and month <= 12.",
                "Measles 2 and Hexavalent 4 are scheduled but not given: must_not due.",
                "Vitamin A given once in clinic: must_not other."]
    given = [("Birth", "BCG", None, "2024-04-03", "TSTBCG001"), ("Birth", "OPV 0", 0, "2024-04-03", "TSTOPV010"),
             ("6 weeks", "OPV 1", 1, "2024-05-15", "TSTOPV022"),
             ("6 weeks", "Hexavalent (DTaP-IPV-Hib-HepB) 1", 1, "2024-05-15", "TSTHEX105"),
             ("6 weeks", "Rotavirus (RV) 1", 1, "2024-05-15", "TSTROT031"),
             ("6 weeks", "PCV 1", 1, "2024-05-15", "TSTPCV044"),
             ("10 weeks", "Hexavalent (DTaP-IPV-Hib-HepB) 2", 2, "2024-06-12", "TSTHEX117"),
             ("14 weeks", "Hexavalent (DTaP-IPV-Hib-HepB) 3", 3, "2024-07-10", "TSTHEX129"),
             ("14 weeks", "Rotavirus (RV) 2", 2, "2024-07-10", "TSTROT048"),
             ("14 weeks", "PCV 2", 2, "2024-07-10", "TSTPCV052"),
             ("6 months", "Measles 1", 1, "2024-10-07", "TSTMEA006"),
             ("9 months", "PCV 3", 3, "2025-01-06", "TSTPCV071")]
    rows = [["Age", "Vaccine", "Date given", "Batch no.", "Sign"]]
    for age, vac, dose, dt, lot in given:
        rows.append([age, vac, hw(D.d(dt)), hw(lot), hw("s.n.")])
        base = vac.rsplit(" ", 1)[0] if dose else vac
        D.imm(vac, dt, dose=dose, lot=lot, aliases=[base])
    rows.append(["12 months", "Measles 2", hw("due 03/04/2025"), "", ""])
    rows.append(["18 months", "Hexavalent (DTaP-IPV-Hib-HepB) 4", "", "", ""])
    D.tbl(rows, [17 * mm, 50 * mm, 23 * mm, 23 * mm, 12 * mm], grid="grid", markup=True, fs=7.5, pad=1.5)
    D.no("immunizations", "Measles 2", "due")
    D.no("immunizations", "Hexavalent (DTaP-IPV-Hib-HepB) 4", "due")
    D.sp(4)
    D.p("<b>Vitamin A</b> 100 000 IU given: " + hw("07/10/2024") + " &nbsp; 200 000 IU at 12 months: " + hw("due"), size=8)
    D.no("medications", "Vitamin A", "other", "single dose given in clinic")
    D.p("<b>Growth (9 months visit, 06/01/2025)</b> &nbsp; Weight: " + hw("8.4 kg") + " &nbsp; Length: " + hw("71 cm")
        + " &nbsp; Head circumference: " + hw("44 cm"), size=8)
    D.vit("weight", "8.4", "kg")
    D.vit("height", "71", "cm", note="length")
    D.p("Clinic: " + hw("Mthatha Test Clinic") + " &nbsp; Next visit: " + hw("12 months"), size=8)
    return D


# ======================================================================================
# 07 Jamaica - emergency department note (sickle cell crisis)
# ======================================================================================
@document
def doc07():
    D = Doc(7, "jm", "ed_note", country="Jamaica",
            kind="Accident & Emergency department note: triage, ED treatment, labs, disposition",
            doctype="medical_record", service_date="2025-02-08", date_style="dmy/", pages=2,
            size=9, font="Times-Roman",
            header=std_header(["PORT ROYAL ROAD REGIONAL HOSPITAL (fictional)",
                               "Accident & Emergency Department - Kingston, Jamaica W.I. - Tel (876) 000-0000"],
                              ["A&E CLINICAL RECORD"], font="Times-Bold"))
    D.notes += ["ED one-off treatments (morphine, normal saline, paracetamol, oxygen) are must_not other.",
                "Re-assessment vitals after analgesia are optional; triage vitals scored.",
                "Ibuprofen: patient advised to stop - row stopped + must_not."]
    D.p("<b>Patient:</b> Devon Andre CAMPBELL-TEST (SYNTHETIC) &nbsp; <b>MRN:</b> PRR-000-4411 &nbsp; "
        "<b>Age:</b> 24 y M &nbsp; <b>Date:</b> 08/02/2025 &nbsp; <b>Time seen:</b> 02:35")
    D.h("Triage (02:10) - Triage category 2")
    D.tbl([["BP (mmHg)", "HR (bpm)", "RR (/min)", "Temp", "SpO2", "Weight", "Pain"],
           ["118/72", "112", "22", "37.9 °C", "95% RA", "62 kg", "9/10"]],
          [24 * mm] * 7, grid="grid", font="Times-Roman")
    D.vit("blood_pressure", "118/72", "mmHg")
    D.vit("heart_rate", "112", "bpm")
    D.vit("respiratory_rate", "22", "/min")
    D.vit("temperature", "37.9", "°C")
    D.vit("oxygen_saturation", "95", "%")
    D.vit("weight", "62", "kg")
    D.h("History")
    D.p("Known sickle cell disease (HbSS), presents with 2 days of severe lower back and bilateral thigh pain typical of "
        "his usual crises. No fever at home. He denies chest pain, cough or shortness of breath. No priapism. "
        "Previous admissions: acute chest syndrome 2019 (ICU), resolved. Last crisis 6 months ago.")
    D.no("conditions", "chest pain", "negated")
    D.no("conditions", "shortness of breath", "negated")
    D.no("conditions", "priapism", "negated")
    D.no("conditions", "acute chest syndrome", "historical")
    D.p("<b>Regular medication:</b> Folic acid 5 mg daily; Hydroxyurea 1000 mg once daily (admits missing doses); "
        "Ibuprofen 400 mg three times daily as needed (over the counter).")
    D.med("folic acid", "5", "mg", None, "daily", "active")
    D.med("hydroxyurea", "1000", "mg", None, "once daily", "active", aliases=["hydroxycarbamide"])
    D.med("ibuprofen", "400", "mg", None, "three times daily as needed", "stopped")
    D.p("<b>Allergies:</b> Tramadol - seizure (2021).")
    D.alg("Tramadol", "seizure")
    D.h("Examination")
    D.p("Alert, in obvious pain. Mild scleral icterus. Chest clear, no crepitations. Abdomen soft, spleen not palpable. "
        "No focal neurology.")
    D.h("ED treatment")
    D.tbl([["Time", "Treatment", "Given by"],
           ["02:40", "Morphine 5 mg IV stat", "RN"],
           ["02:45", "Normal saline 0.9% 1 L IV over 4 hours", "RN"],
           ["02:45", "Paracetamol 1 g PO stat", "RN"],
           ["03:20", "Morphine 2.5 mg IV (repeat)", "RN"],
           ["03:25", "Oxygen 2 L/min via nasal cannula", "RN"]],
          [20 * mm, 110 * mm, 30 * mm], grid="lines", font="Times-Roman")
    D.no("medications", "Morphine", "other", "given in ED")
    D.no("medications", "Normal saline", "other", "given in ED")
    D.no("medications", "Paracetamol", "other", "given in ED")
    D.no("medications", "Oxygen", "other", "given in ED")
    D.p("Re-assessment 06:30: pain 5/10, HR 94 bpm, SpO2 98% on 2 L/min.")
    D.vit("heart_rate", "94", "bpm", optional=True, note="re-assessment")
    D.vit("oxygen_saturation", "98", "%", optional=True, note="re-assessment on oxygen")
    D.pb()
    D.h("Investigations (08/02/2025)")
    dt = "2025-02-08"
    rows = [["Test", "Result", "Units", "Ref. range", ""]]
    for n, v, u, lo, hi, ref in [("Haemoglobin", "6.8", "g/dL", 13.0, 17.0, "13.0-17.0"),
                                 ("Reticulocytes", "9.2", "%", 0.5, 2.5, "0.5-2.5"),
                                 ("WBC", "14.8", "x10^9/L", 4.0, 11.0, "4.0-11.0"),
                                 ("Platelets", "388", "x10^9/L", 150, 450, "150-450"),
                                 ("LDH", "612", "U/L", 125, 220, "125-220"),
                                 ("Total bilirubin", "58", "umol/L", 3, 21, "3-21"),
                                 ("Creatinine", "62", "umol/L", 62, 106, "62-106")]:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref)
        rows.append([n, v, u, ref, {"high": "H", "low": "L"}.get(r["flag"], "")])
    D.tbl(rows, [45 * mm, 22 * mm, 25 * mm, 28 * mm, 10 * mm], grid="lines", font="Times-Roman")
    D.p("Chest X-ray: no new infiltrate. Blood cultures sent - pending.")
    D.no("labs", "Blood cultures", "other", "pending")
    D.h("Impression")
    D.p("1. Sickle cell disease (HbSS)<br/>2. Acute vaso-occlusive (painful) crisis<br/>"
        "3. Anaemia - Hb below baseline (usual 8.0 g/dL)")
    D.cond("Sickle cell disease (HbSS)", aliases=["sickle cell disease", "HbSS"])
    D.cond("Acute vaso-occlusive (painful) crisis", aliases=["vaso-occlusive crisis", "painful crisis"])
    D.cond("Anaemia", optional=True)
    D.h("Disposition / plan")
    D.p("Admit to Medical Ward 3 under Dr L. Brown-Test. Morphine PCA to be considered if pain uncontrolled. "
        "Incentive spirometry. Continue folic acid and hydroxyurea. Stop ibuprofen - NSAIDs to be avoided. "
        "Exchange transfusion if signs of acute chest syndrome develop.")
    D.no("medications", "Ibuprofen", "stopped")
    D.no("medications", "Morphine PCA", "planned")
    D.sp(8)
    D.p("Emergency Physician: Dr N. Ellis-Test &nbsp;&nbsp; Signature: ____________ &nbsp;&nbsp; 08/02/2025 07:10")
    return D


# ======================================================================================
# 08 India - cardiology discharge summary (NSTEMI, PCI)
# ======================================================================================
@document
def doc08():
    D = Doc(8, "in", "cardiology_discharge", country="India",
            kind="Private hospital cardiology discharge summary after PCI (Indian prescription conventions 1-0-1, lakh/cumm)",
            doctype="discharge_summary", service_date="2025-02-06", date_style="dmy-", pages=2,
            size=8.5,
            header=std_header(["SHREE ARUNODAYA HEART & MULTISPECIALITY HOSPITAL (fictional)",
                               "Plot 00, Test Nagar, Pune 411000, Maharashtra - Ph +91 20 0000 0000 - NABH (test)"],
                              ["DISCHARGE SUMMARY - CARDIOLOGY"], color=colors.HexColor("#7a1010")))
    D.notes += ["Dates DD-MM-YYYY (not stated). Frequency written as 1-0-1 style kept as printed.",
                "Platelet count 2.4 lakh/cumm kept in printed unit.",
                "Glimepiride and telmisartan stopped at discharge; fondaparinux in-hospital course completed.",
                "Loading/stat doses (morphine, nitroglycerin) are must_not other."]
    D.tbl([["Patient", "Mr. Rajesh Vasant KULKARNI-TEST (SYNTHETIC)", "UHID", "AH-00000-417"],
           ["Age/Sex", "58 Y / Male", "IPD No.", "IP/25/000213"],
           ["DOA", "02-02-2025", "DOD", "06-02-2025"],
           ["Consultant", "Dr. S. Deshpande-Test, DM (Cardiology)", "Ward", "CCU / Cardiac ward"]],
          [22 * mm, 75 * mm, 22 * mm, 55 * mm], grid="grid", head=0, bg=None)
    D.h("Final diagnosis")
    D.p("1. Acute coronary syndrome - NSTEMI<br/>2. Coronary artery disease - single vessel disease (LAD), "
        "s/p PCI with DES to proximal LAD (03-02-2025)<br/>3. Type 2 diabetes mellitus<br/>4. Systemic hypertension<br/>"
        "5. Dyslipidaemia")
    D.cond("NSTEMI", aliases=["Acute coronary syndrome", "non-ST elevation myocardial infarction"])
    D.cond("Coronary artery disease")
    D.cond("Type 2 diabetes mellitus")
    D.cond("Systemic hypertension", aliases=["hypertension"])
    D.cond("Dyslipidaemia")
    D.h("Presenting complaints and history")
    D.p("Retrosternal chest pain of 3 hours duration, radiating to left arm, with sweating. Known diabetic for 8 years and "
        "hypertensive for 5 years on oral medication. No h/o stroke. No h/o bronchial asthma. Family history: father - "
        "myocardial infarction at 52 years. Ex-smoker (quit 2015).")
    D.no("conditions", "stroke", "negated")
    D.no("conditions", "bronchial asthma", "negated")
    D.no("conditions", "myocardial infarction", "family")
    D.h("Investigations")
    rows = [["Test", "02-02-2025", "03-02-2025", "Units", "Bio. ref. interval"]]
    spec = [("Hs-Troponin I", ["1240", "860"], "ng/L", None, 26, "< 26"),
            ("CK-MB", ["48", ""], "U/L", 0, 25, "0 - 25"),
            ("Haemoglobin", ["13.2", ""], "g/dL", 13.0, 17.0, "13.0 - 17.0"),
            ("Total leucocyte count (TLC)", ["9800", ""], "/cumm", 4000, 11000, "4000 - 11000"),
            ("Platelet count", ["2.4", ""], "lakh/cumm", 1.5, 4.5, "1.5 - 4.5"),
            ("Serum creatinine", ["1.1", "1.0"], "mg/dL", 0.7, 1.3, "0.7 - 1.3"),
            ("Fasting blood sugar", ["", "168"], "mg/dL", 70, 110, "70 - 110"),
            ("HbA1c", ["8.1", ""], "%", 4.0, 5.6, "4.0 - 5.6"),
            ("LDL cholesterol", ["", "142"], "mg/dL", None, 100, "< 100"),
            ("Triglycerides", ["", "210"], "mg/dL", None, 150, "< 150"),
            ("Serum sodium", ["137", ""], "mEq/L", 135, 145, "135 - 145"),
            ("Serum potassium", ["4.2", ""], "mEq/L", 3.5, 5.1, "3.5 - 5.1")]
    al = {"Hs-Troponin I": ["Troponin I"], "Total leucocyte count (TLC)": ["TLC", "WBC"],
          "Platelet count": ["Platelets"], "Serum creatinine": ["Creatinine"], "Serum sodium": ["Sodium"],
          "Serum potassium": ["Potassium"], "Fasting blood sugar": ["FBS"]}
    for n, vals, u, lo, hi, ref in spec:
        cells = []
        for v, dt in zip(vals, ["2025-02-02", "2025-02-03"]):
            if v:
                r = D.lab(n, v, u, lo, hi, dt, ref=ref, **({"aliases": al[n]} if n in al else {}))
                cells.append(v + {"high": " (H)", "low": " (L)"}.get(r["flag"], ""))
            else:
                cells.append("")
        rows.append([n] + cells + [u, ref])
    D.tbl(rows, [55 * mm, 26 * mm, 26 * mm, 24 * mm, 40 * mm], grid="grid", fs=8)
    D.p("2D Echo (02-02-2025): regional wall motion abnormality in LAD territory, LVEF 45%, no MR. "
        "Coronary angiography (03-02-2025): 90% proximal LAD stenosis; LCX and RCA normal.")
    D.h("Course in hospital")
    D.p("Received loading doses of antiplatelets in the emergency room. Inj. Morphine 2 mg IV stat and Tab. Nitroglycerin "
        "0.4 mg sublingual stat were given for chest pain. Inj. Fondaparinux 2.5 mg SC once daily was given for 3 days "
        "(02-02-2025 to 04-02-2025) and then stopped. PCI with one drug-eluting stent to proximal LAD done on 03-02-2025 "
        "via right radial route, uneventful. Tab. Glimepiride and Tab. Telmisartan (home medicines) were stopped.")
    D.no("medications", "Inj. Morphine", "other", "stat dose")
    D.no("medications", "Nitroglycerin", "other", "stat dose")
    D.med("fondaparinux", "2.5", "mg", "SC", "once daily", "completed")
    D.no("medications", "Inj. Fondaparinux", "stopped", "inpatient course")
    D.pb()
    D.h("Medicines on discharge")
    rx = [["Sr", "Medicine", "Dose", "Frequency", "Duration / remarks"],
          ["1", "Tab. Ecosprin (Aspirin)", "75 mg", "0-1-0", "After lunch - lifelong"],
          ["2", "Tab. Brilinta (Ticagrelor)", "90 mg", "1-0-1", "12 months - do not stop"],
          ["3", "Tab. Atorva (Atorvastatin)", "80 mg", "0-0-1", "After dinner"],
          ["4", "Tab. Met XL (Metoprolol succinate)", "25 mg", "1-0-0", "Continue"],
          ["5", "Tab. Cardace (Ramipril)", "2.5 mg", "1-0-0", "New"],
          ["6", "Tab. Glycomet (Metformin)", "500 mg", "1-0-1", "Continue (home medicine)"],
          ["7", "Tab. Pan (Pantoprazole)", "40 mg", "1-0-0", "Before breakfast"],
          ["8", "Tab. Sorbitrate (Isosorbide dinitrate)", "5 mg", "SOS", "Sublingual for chest pain"]]
    D.tbl(rx, [10 * mm, 62 * mm, 18 * mm, 22 * mm, 58 * mm], grid="grid")
    D.med("aspirin", "75", "mg", None, "0-1-0", "new", brand="Ecosprin", status_also_ok=["active"])
    D.med("ticagrelor", "90", "mg", None, "1-0-1", "new", brand="Brilinta", status_also_ok=["active"])
    D.med("atorvastatin", "80", "mg", None, "0-0-1", "new", brand="Atorva", status_also_ok=["active"])
    D.med("metoprolol succinate", "25", "mg", None, "1-0-0", "new", brand="Met XL", status_also_ok=["active"])
    D.med("ramipril", "2.5", "mg", None, "1-0-0", "new", brand="Cardace")
    D.med("metformin", "500", "mg", None, "1-0-1", "active", brand="Glycomet")
    D.med("pantoprazole", "40", "mg", None, "1-0-0", "new", brand="Pan", status_also_ok=["active"])
    D.med("isosorbide dinitrate", "5", "mg", "Sublingual", "SOS", "new", brand="Sorbitrate", status_also_ok=["active"])
    D.p("<b>Stopped:</b> Tab. Amaryl (Glimepiride) 2 mg 1-0-0 - STOPPED (risk of hypoglycaemia); "
        "Tab. Telma (Telmisartan) 40 mg 1-0-0 - STOPPED (changed to Ramipril).")
    D.med("glimepiride", "2", "mg", None, "1-0-0", "stopped", brand="Amaryl")
    D.med("telmisartan", "40", "mg", None, "1-0-0", "stopped", brand="Telma")
    D.no("medications", "Glimepiride", "stopped")
    D.no("medications", "Telmisartan", "stopped")
    D.h("Condition at discharge")
    D.p("Stable, chest pain free. Pulse: 72/min, BP: 118/70 mmHg, RR: 16/min, SpO2: 98% on room air. Radial site healthy.")
    D.vit("heart_rate", "72", "/min")
    D.vit("blood_pressure", "118/70", "mmHg")
    D.vit("respiratory_rate", "16", "/min")
    D.vit("oxygen_saturation", "98", "%")
    D.h("Advice")
    D.p("Low salt, low fat diabetic diet. Cardiac rehabilitation programme. Review in Cardiology OPD after 7 days with "
        "ECG. Repeat lipid profile after 6 weeks. In case of chest pain, breathlessness, sweating or giddiness report to "
        "emergency immediately.")
    D.no("labs", "lipid profile", "planned")
    D.sp(8)
    D.p("Dr. S. Deshpande-Test, DM (Cardiology) &nbsp;&nbsp; Reg. No. 000000 &nbsp;&nbsp; Interventional Cardiologist")
    return D

# ======================================================================================
# 09 Canada - nephrology consultation letter (prose + small lab table)
# ======================================================================================
@document
def doc09():
    D = Doc(9, "ca", "nephrology_letter", country="Canada",
            kind="Nephrology consultation letter to family physician, prose with embedded two-date lab table",
            doctype="medical_record", service_date="2025-01-14", date_style="iso", pages=2,
            order_stated=True, size=9.5, font="Times-Roman",
            header=std_header(["Lakeshore Regional Kidney Program (fictional)",
                               "000 Test Avenue, Suite 000, Kingston ON K0K 0K0 - Tel 613-555-0100 - Fax 613-555-0199"],
                              [], font="Times-Bold", size=12, only_first=True,
                              small_after="Re: Margaret Joan O'SULLIVAN-TEST - OHIP 0000-000-000-XX - 2025-01-14"))
    D.notes += ["Dates ISO YYYY-MM-DD. Two-column lab table (2024-07-02 and 2025-01-08) gives one row per cell.",
                "Ramipril held, furosemide dose increased (changed), metformin and ibuprofen stopped (rows + must_not).",
                "Calcitriol 'to start' and IV iron 'to be arranged' are planned must_not; hepatitis B vaccine series due."]
    D.p("2025-01-14")
    D.p("Dr. Helen Tremblay-Test, Family Medicine<br/>Test Family Health Team, Kingston ON")
    D.p("<b>Re: Margaret Joan O'SULLIVAN-TEST (SYNTHETIC), DOB 1949-03-22, OHIP 0000-000-000-XX</b>")
    D.p("Dear Dr. Tremblay-Test,")
    D.p("Thank you for asking me to see Mrs. O'Sullivan-Test, a 75-year-old woman with progressive chronic kidney "
        "disease. I saw her in the Kidney Clinic today with her daughter.")
    D.p("<b>Impression:</b> Chronic kidney disease stage G4A3, most likely diabetic nephropathy, with anemia of CKD, "
        "secondary hyperparathyroidism, hyperkalemia and metabolic acidosis. Her other problems include type 2 diabetes "
        "(insulin-treated), hypertension and gout. She had kidney stones remotely (2009) with no recurrence.")
    D.cond("Chronic kidney disease stage G4A3", aliases=["chronic kidney disease", "CKD"])
    D.cond("Diabetic nephropathy")
    D.cond("Anemia of CKD", aliases=["anemia"])
    D.cond("Secondary hyperparathyroidism")
    D.cond("Hyperkalemia")
    D.cond("Metabolic acidosis")
    D.cond("Type 2 diabetes", aliases=["type 2 diabetes mellitus"])
    D.cond("Hypertension")
    D.cond("Gout")
    D.no("conditions", "kidney stones", "historical")
    D.p("She has no uremic symptoms; specifically she denies pruritus, nausea or loss of appetite. Her brother is on "
        "hemodialysis for polycystic kidney disease; her own ultrasound shows no cysts. She reports a sulfa allergy "
        "(hives). On examination her blood pressure was 146/88 mmHg (seated, automated) and weight 91.4 kg. "
        "There was mild bilateral pitting edema to the mid-shin.")
    D.no("conditions", "pruritus", "negated")
    D.no("conditions", "nausea", "negated")
    D.no("conditions", "polycystic kidney disease", "family")
    D.alg("Sulfa", "hives", aliases=["sulfonamides"])
    D.vit("blood_pressure", "146/88", "mmHg")
    D.vit("weight", "91.4", "kg")
    D.p("<b>Laboratory results</b>")
    rows = [["Test", "2024-07-02", "2025-01-08", "Units", "Reference"]]
    spec = [("Creatinine", ["214", "248"], "umol/L", 50, 100, "50 - 100"),
            ("eGFR", ["25", "21"], "mL/min/1.73 m2", 60, None, "> 60"),
            ("Hemoglobin", ["104", "96"], "g/L", 120, 160, "120 - 160"),
            ("Potassium", ["5.2", "5.6"], "mmol/L", 3.5, 5.0, "3.5 - 5.0"),
            ("Urea", ["", "18.2"], "mmol/L", 2.5, 8.0, "2.5 - 8.0"),
            ("Bicarbonate", ["", "19"], "mmol/L", 22, 29, "22 - 29"),
            ("Ferritin", ["", "88"], "ug/L", 30, 400, "30 - 400"),
            ("Transferrin saturation", ["", "16"], "%", 20, 50, "20 - 50"),
            ("PTH", ["", "24.5"], "pmol/L", 1.6, 6.9, "1.6 - 6.9"),
            ("Phosphate", ["", "1.71"], "mmol/L", 0.80, 1.45, "0.80 - 1.45"),
            ("Calcium (total)", ["", "2.21"], "mmol/L", 2.10, 2.55, "2.10 - 2.55"),
            ("Albumin", ["", "36"], "g/L", 35, 50, "35 - 50"),
            ("Urine albumin/creatinine ratio", ["", "112"], "mg/mmol", None, 2.0, "< 2.0")]
    al = {"Hemoglobin": ["Haemoglobin", "Hb"], "Transferrin saturation": ["TSAT"],
          "Urine albumin/creatinine ratio": ["ACR", "urine ACR"], "PTH": ["parathyroid hormone"]}
    for n, vals, u, lo, hi, ref in spec:
        cells = []
        for v, dt in zip(vals, ["2024-07-02", "2025-01-08"]):
            if v:
                r = D.lab(n, v, u, lo, hi, dt, ref=ref, **({"aliases": al[n]} if n in al else {}))
                cells.append(v + {"high": " H", "low": " L"}.get(r["flag"], ""))
            else:
                cells.append("")
        rows.append([n] + cells + [u, ref])
    D.tbl(rows, [55 * mm, 24 * mm, 24 * mm, 30 * mm, 28 * mm], grid="lines", font="Times-Roman", fs=9)
    D.pb()
    D.p("<b>Current medications (as reviewed today):</b> insulin glargine 24 units subcutaneously at bedtime; "
        "dapagliflozin 10 mg daily; amlodipine 10 mg daily; ramipril 10 mg daily; furosemide 40 mg daily; "
        "allopurinol 100 mg daily; metformin 500 mg twice daily.")
    D.p("<b>Recommendations:</b>")
    D.p("1. Hold ramipril 10 mg daily while potassium is above 5.5 mmol/L; recheck electrolytes in 1 week.<br/>"
        "2. Increase furosemide from 40 mg daily to 40 mg twice daily for edema and potassium.<br/>"
        "3. Start sodium bicarbonate 500 mg three times daily.<br/>"
        "4. Start patiromer (Veltassa) 8.4 g once daily, separated from other medications by 3 hours.<br/>"
        "5. Metformin has been discontinued given eGFR below 30.<br/>"
        "6. Continue insulin glargine, dapagliflozin 10 mg daily, amlodipine and allopurinol 100 mg daily.<br/>"
        "7. She had been taking over-the-counter ibuprofen 200 mg as needed for knee pain, which she has now stopped; "
        "please continue to avoid NSAIDs.")
    D.med("insulin glargine", "24", "units", "subcutaneously", "at bedtime", "active")
    D.med("dapagliflozin", "10", "mg", None, "daily", "active")
    D.med("amlodipine", "10", "mg", None, "daily", "active")
    D.med("ramipril", "10", "mg", None, "daily", "held")
    D.med("furosemide", "40", "mg", None, "twice daily", "changed")
    D.med("allopurinol", "100", "mg", None, "daily", "active")
    D.med("sodium bicarbonate", "500", "mg", None, "three times daily", "new")
    D.med("patiromer", "8.4", "g", None, "once daily", "new", brand="Veltassa")
    D.med("metformin", "500", "mg", None, "twice daily", "stopped")
    D.med("ibuprofen", "200", "mg", None, "as needed", "stopped")
    D.no("medications", "Metformin", "stopped")
    D.no("medications", "ibuprofen", "stopped")
    D.p("8. Once phosphate is controlled, I would plan to start calcitriol 0.25 mcg daily. "
        "Iron sucrose 200 mg IV x 5 doses will be arranged through our clinic.<br/>"
        "9. She has not had hepatitis B vaccination; please arrange the series (Engerix-B 40 mcg) in preparation for "
        "possible dialysis. Her influenza vaccine is up to date (October 2024, given at your office).")
    D.no("medications", "calcitriol", "planned")
    D.no("medications", "Iron sucrose", "planned")
    D.no("immunizations", "Engerix-B", "due")
    D.imm("Influenza", None, optional=True, note="month/year only, given elsewhere")
    D.p("We discussed kidney replacement options including home dialysis and conservative care; she will attend "
        "the Kidney Education session. I will see her again in 6 weeks with repeat bloodwork.")
    D.sp(6)
    D.p("Yours sincerely,<br/><br/>Dr. Arjun Mehta-Test, MD FRCPC<br/>Nephrology, Lakeshore Regional Kidney Program")
    D.p("cc: patient", size=8)
    return D


# ======================================================================================
# 10 USA - C-CDA continuity of care document rendered by a stylesheet
# ======================================================================================
@document
def doc10():
    def hdr(canv, doc, n, W, H):
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(15 * mm, H - 9 * mm, "Continuity of Care Document - CAUSEWAY FAMILY MEDICINE ASSOCIATES (fictional)")
        canv.drawRightString(W - 15 * mm, H - 9 * mm, "Document Id: 2.16.840.1.000000.0.0.0000")
        canv.line(15 * mm, H - 11 * mm, W - 15 * mm, H - 11 * mm)
    D = Doc(10, "us", "ccda_ccd", country="United States",
            kind="C-CDA Continuity of Care Document rendered by a CDA stylesheet (sectioned tables)",
            doctype="medical_record", service_date="2024-12-10", date_style="mdy/", pages=2,
            size=8.5, header=hdr, margins=(15 * mm, 15 * mm, 16 * mm, 16 * mm), pagesize=letter)
    D.notes += ["Dates MM/DD/YYYY without the order being stated: vaccine dates with day and month <= 12 marked ambiguous.",
                "Medication table Status column: Discontinued / Completed rows are stopped / completed + must_not.",
                "Resolved problem (acute bronchitis) must_not historical; family history section must_not family.",
                "Temperature in F and weight/height in lb/in with metric also_ok."]
    D.p("<b>Continuity of Care Document</b>", size=15, align=1)
    D.tbl([["Patient", "Darlene R. HOLLOWAY-TEST (SYNTHETIC)", "Contact info", "000 Test Ln, Dayton, OH 45400  Tel: (555) 010-0000"],
           ["Date of birth", "04/17/1967", "Sex", "Female"],
           ["Patient-ID", "MRN 0000073 (2.16.840.1.000000.1)", "Document created", "12/10/2024"],
           ["Author", "Karen L. Whitfield-Test, MD", "Encounter", "Office visit 12/10/2024"]],
          [25 * mm, 65 * mm, 28 * mm, 68 * mm], grid="box", head=0, bg=None, fs=7.5,
          extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#dde6f2")),
                 ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#dde6f2"))])
    hs = dict(size=11, color=colors.HexColor("#1f3a68"))
    D.h("Allergies, Adverse Reactions, Alerts", **hs)
    D.tbl([["Substance", "Reaction", "Severity", "Status"],
           ["Penicillin G", "Hives", "Moderate", "Active"],
           ["Shellfish", "Anaphylaxis", "Severe", "Active"],
           ["Lisinopril", "Angioedema", "Severe", "Active"]],
          [50 * mm, 50 * mm, 40 * mm, 40 * mm], grid="grid", bg="#c7d3e6")
    D.alg("Penicillin G", "Hives", "Moderate", aliases=["penicillin"])
    D.alg("Shellfish", "Anaphylaxis", "Severe")
    D.alg("Lisinopril", "Angioedema", "Severe")
    D.h("Medications", **hs)
    meds = [["Medication", "Directions", "Start Date", "Status"],
            ["losartan 50 MG Oral Tablet", "Take 1 tablet by mouth once daily", "08/22/2023", "Active"],
            ["metformin 1000 MG Extended Release Oral Tablet", "Take 1 tablet by mouth daily with evening meal", "03/02/2019", "Active"],
            ["atorvastatin 40 MG Oral Tablet", "Take 1 tablet by mouth daily", "03/02/2019", "Active"],
            ["albuterol 90 MCG/ACTUAT Metered Dose Inhaler", "Inhale 2 puffs every 4-6 hours as needed for wheezing", "01/11/2021", "Active"],
            ["fluticasone propionate / salmeterol 250 MCG / 50 MCG Dry Powder Inhaler [Advair Diskus]", "Inhale 1 puff twice daily", "01/11/2021", "Active"],
            ["cetirizine 10 MG Oral Tablet", "Take 1 tablet by mouth daily", "05/14/2022", "Active"],
            ["lisinopril 20 MG Oral Tablet", "Take 1 tablet by mouth daily", "03/02/2019", "Discontinued 08/22/2023 (angioedema)"],
            ["azithromycin 250 MG Oral Tablet", "500 mg day 1 then 250 mg daily days 2-5", "11/18/2024", "Completed"],
            ["prednisone 20 MG Oral Tablet", "Take 2 tablets (40 mg) by mouth daily for 5 days", "11/18/2024", "Completed"]]
    D.tbl(meds, [72 * mm, 60 * mm, 22 * mm, 32 * mm], grid="grid", bg="#c7d3e6", fs=7.5)
    D.med("losartan", "50", "MG", "by mouth", "once daily", "active")
    D.med("metformin", "1000", "MG", "by mouth", "daily with evening meal", "active", aliases=["metformin ER"])
    D.med("atorvastatin", "40", "MG", "by mouth", "daily", "active")
    D.med("albuterol", "90", "MCG/ACTUAT", None, "every 4-6 hours as needed for wheezing", "active",
          aliases=["salbutamol"])
    D.med("fluticasone propionate / salmeterol", "250", "MCG", None, "twice daily", "active", brand="Advair Diskus",
          aliases=["fluticasone-salmeterol", "fluticasone/salmeterol"], note="250 mcg fluticasone / 50 mcg salmeterol")
    D.med("cetirizine", "10", "MG", "by mouth", "daily", "active")
    D.med("lisinopril", "20", "MG", "by mouth", "daily", "stopped")
    D.med("azithromycin", "250", "MG", None, None, "completed")
    D.med("prednisone", "20", "MG", "by mouth", "daily for 5 days", "completed", note="40 mg daily = 2 x 20 mg tablets")
    D.no("medications", "lisinopril 20 MG Oral Tablet", "stopped")
    D.no("medications", "azithromycin 250 MG Oral Tablet", "stopped", "completed course")
    D.no("medications", "prednisone 20 MG Oral Tablet", "stopped", "completed course")
    D.h("Problems", **hs)
    D.tbl([["Problem", "ICD-10", "Onset", "Status"],
           ["Moderate persistent asthma", "J45.40", "06/2009", "Active"],
           ["Type 2 diabetes mellitus without complications", "E11.9", "03/2019", "Active"],
           ["Essential (primary) hypertension", "I10", "03/2019", "Active"],
           ["Hyperlipidemia, unspecified", "E78.5", "03/2019", "Active"],
           ["Obstructive sleep apnea", "G47.33", "10/2022", "Active"],
           ["Acute bronchitis, unspecified", "J20.9", "11/2024", "Resolved"]],
          [85 * mm, 25 * mm, 30 * mm, 40 * mm], grid="grid", bg="#c7d3e6")
    D.cond("Moderate persistent asthma", icd="J45.40", aliases=["asthma"])
    D.cond("Type 2 diabetes mellitus without complications", icd="E11.9", aliases=["type 2 diabetes mellitus"])
    D.cond("Essential (primary) hypertension", icd="I10", aliases=["hypertension", "essential hypertension"])
    D.cond("Hyperlipidemia, unspecified", icd="E78.5", aliases=["hyperlipidemia"])
    D.cond("Obstructive sleep apnea", icd="G47.33")
    D.no("conditions", "Acute bronchitis, unspecified", "historical", "resolved")
    D.h("Results", **hs)
    dt = "2024-12-10"
    rows = [["Test", "Result", "Units", "Reference Range", "Interpretation", "Date"]]
    for n, v, u, lo, hi, ref in [("Glucose [Mass/volume] in Serum or Plasma", "142", "mg/dL", 70, 99, "70-99"),
                                 ("Hemoglobin A1c/Hemoglobin.total in Blood", "7.2", "%", 4.0, 5.6, "4.0-5.6"),
                                 ("Cholesterol in LDL [Mass/volume] in Serum or Plasma", "96", "mg/dL", 0, 99, "0-99"),
                                 ("Creatinine [Mass/volume] in Serum or Plasma", "0.94", "mg/dL", 0.57, 1.00, "0.57-1.00"),
                                 ("eGFR (CKD-EPI 2021)", "78", "mL/min/1.73m2", 59, None, ">59"),
                                 ("Alanine aminotransferase [Enzymatic activity/volume]", "22", "U/L", 0, 32, "0-32"),
                                 ("Thyrotropin [Units/volume] in Serum or Plasma", "1.820", "uIU/mL", 0.450, 4.500, "0.450-4.500"),
                                 ("Microalbumin/Creatinine [Mass Ratio] in Urine", "18", "mg/g creat", 0, 29, "0-29")]:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref)
        rows.append([n, v, u, ref, {"high": "High", "low": "Low"}.get(r["flag"], "Normal"), D.d(dt)])
    D.tbl(rows, [70 * mm, 16 * mm, 24 * mm, 26 * mm, 24 * mm, 22 * mm], grid="grid", bg="#c7d3e6", fs=7.5)
    D.h("Vital Signs", **hs)
    D.tbl([["Date", "BP", "Pulse", "Temp", "Resp", "SpO2", "Height", "Weight", "BMI"],
           ["12/10/2024", "138/86 mm[Hg]", "76 /min", "98.4 [degF]", "16 /min", "97 %", "65 [in_i]", "215 [lb_av]", "35.8 kg/m2"]],
          [20 * mm, 24 * mm, 16 * mm, 20 * mm, 16 * mm, 14 * mm, 20 * mm, 22 * mm, 22 * mm], grid="grid", bg="#c7d3e6", fs=7.5)
    D.vit("blood_pressure", "138/86", "mm[Hg]", also_ok=[{"value_numeric": 138, "unit": "mmHg"}])
    D.vit("heart_rate", "76", "/min")
    D.vit("temperature", "98.4", "[degF]", also_ok=[{"value_numeric": 36.9, "unit": "°C"}, {"value_numeric": 98.4, "unit": "°F"}])
    D.vit("respiratory_rate", "16", "/min")
    D.vit("oxygen_saturation", "97", "%")
    D.vit("height", "65", "[in_i]", also_ok=[{"value_numeric": 165.1, "unit": "cm"}, {"value_numeric": 65, "unit": "in"}])
    D.vit("weight", "215", "[lb_av]", also_ok=[{"value_numeric": 97.5, "unit": "kg"}, {"value_numeric": 215, "unit": "lb"}])
    D.vit("bmi", "35.8", "kg/m2")
    D.h("Immunizations", **hs)
    D.tbl([["Vaccine", "Date", "Lot", "Manufacturer / product", "Status"],
           ["Influenza, seasonal, injectable, preservative free", "10/03/2024", "TSTFL0003", "Fluarix Quadrivalent", "Completed"],
           ["COVID-19, mRNA, LNP-S, PF, 2024-2025 formula", "09/20/2024", "TSTCV0020", "Spikevax", "Completed"],
           ["Pneumococcal conjugate PCV 20, polysaccharide CRM197", "11/02/2023", "TSTPN0011", "Prevnar 20", "Completed"],
           ["Tdap", "06/14/2019", "TSTTD0614", "Boostrix", "Completed"],
           ["Zoster vaccine recombinant, adjuvanted", "", "", "Shingrix", "Not done - due"],
           ["Hepatitis B vaccine, adult", "", "", "", "Refused by patient"]],
          [70 * mm, 20 * mm, 22 * mm, 40 * mm, 32 * mm], grid="grid", bg="#c7d3e6", fs=7.5)
    D.imm("Influenza, seasonal, injectable, preservative free", "2024-10-03", lot="TSTFL0003", brand="Fluarix Quadrivalent",
          aliases=["influenza"])
    D.imm("COVID-19, mRNA, LNP-S, PF, 2024-2025 formula", "2024-09-20", lot="TSTCV0020", brand="Spikevax",
          aliases=["COVID-19"])
    D.imm("Pneumococcal conjugate PCV 20, polysaccharide CRM197", "2023-11-02", lot="TSTPN0011", brand="Prevnar 20",
          aliases=["PCV20"])
    D.imm("Tdap", "2019-06-14", lot="TSTTD0614", brand="Boostrix")
    D.no("immunizations", "Zoster vaccine recombinant, adjuvanted", "due")
    D.no("immunizations", "Hepatitis B vaccine, adult", "due", "refused")
    D.h("Family History", **hs)
    D.tbl([["Relative", "Condition", "Age at onset"], ["Mother", "Breast cancer", "61"],
           ["Father", "Coronary artery disease", "58"]], [40 * mm, 80 * mm, 40 * mm], grid="grid", bg="#c7d3e6")
    D.no("conditions", "Breast cancer", "family")
    D.no("conditions", "Coronary artery disease", "family")
    D.h("Social History", **hs)
    D.p("Tobacco smoking status: Never smoker. Alcohol: 1-2 drinks per week.")
    D.h("Plan of Treatment", **hs)
    D.p("Consider GLP-1 receptor agonist (semaglutide) for glycemic control and weight at next visit. "
        "Repeat HbA1c in 3 months. CPAP adherence review with sleep medicine. Shingrix recommended.")
    D.no("medications", "semaglutide", "planned")
    D.no("labs", "Repeat HbA1c", "planned")
    return D

# ======================================================================================
# 11 Australia - GP practice-software clinical summary
# ======================================================================================
@document
def doc11():
    D = Doc(11, "au", "gp_health_summary", country="Australia",
            kind="General-practice software health summary printout (current/ceased meds, past history, immunisations)",
            doctype="medical_record", service_date="2025-02-03", date_style="dmy/", pages=2, size=8.5,
            header=std_header(["Wattle Creek Medical Centre (fictional)",
                               "00 Test Road, Bendigo VIC 3550 - Ph (03) 5550 0000 - Fax (03) 5550 0001"],
                              ["Patient Health Summary", "Printed 03/02/2025 by Dr R. Nguyen-Test"]))
    D.notes += ["Dates DD/MM/YYYY, order not stated: vaccine dates with day and month <= 12 marked ambiguous.",
                "Sertraline dose increased: changed. Ceased medications section: rows stopped + must_not.",
                "Inactive past history items are must_not historical; recall list items must_not due/planned.",
                "Older BP reading (10/11/2024) optional."]
    D.tbl([["Name:", "Mrs Beverley Anne FITZGERALD-TEST (SYNTHETIC)", "DOB:", "12/12/1950"],
           ["Address:", "0 Example Court, Bendigo VIC 3550", "Medicare No:", "0000 00000 0"],
           ["Phone:", "0400 000 000", "Record No:", "000417"]],
          [20 * mm, 80 * mm, 25 * mm, 45 * mm], grid="none", head=0, bg=None)
    D.h("Allergies / Adverse reactions")
    D.tbl([["Item", "Reaction", "Severity"], ["Codeine", "Vomiting", "Moderate"], ["Trimethoprim", "Rash", "Mild"]],
          [60 * mm, 60 * mm, 40 * mm], grid="lines")
    D.alg("Codeine", "Vomiting", "Moderate")
    D.alg("Trimethoprim", "Rash", "Mild")
    D.h("Current medications")
    D.tbl([["Medication", "Dose", "Directions", "Last script"],
           ["Coversyl (Perindopril arginine)", "5mg", "1 daily", "03/02/2025"],
           ["Rosuvastatin", "10mg", "1 at night", "03/02/2025"],
           ["Esomeprazole", "20mg", "1 daily", "10/11/2024"],
           ["Sertraline", "100mg", "1 in the morning (dose increased 03/02/2025)", "03/02/2025"],
           ["Prolia (Denosumab)", "60mg/mL", "Inject 60mg subcutaneously every 6 months", "05/08/2024"],
           ["Cholecalciferol", "25mcg (1000IU)", "1 daily", "10/11/2024"],
           ["Ventolin CFC-Free inhaler (Salbutamol)", "100mcg/dose", "2 puffs when required", "10/11/2024"]],
          [60 * mm, 28 * mm, 62 * mm, 24 * mm], grid="lines")
    D.med("perindopril arginine", "5", "mg", None, "1 daily", "active", brand="Coversyl", aliases=["perindopril"])
    D.med("rosuvastatin", "10", "mg", None, "1 at night", "active")
    D.med("esomeprazole", "20", "mg", None, "1 daily", "active")
    D.med("sertraline", "100", "mg", None, "1 in the morning", "changed")
    D.med("denosumab", "60", "mg", "subcutaneously", "every 6 months", "active", brand="Prolia")
    D.med("cholecalciferol", "1000", "IU", None, "1 daily", "active", note="printed 25mcg (1000IU)")
    D.med("salbutamol", "100", "mcg", None, "2 puffs when required", "active", brand="Ventolin")
    D.h("Ceased medications")
    D.tbl([["Medication", "Dose", "Date ceased", "Reason"],
           ["Meloxicam", "7.5mg", "14/11/2024", "Reflux"],
           ["Citalopram", "20mg", "22/03/2023", "Changed to sertraline"]],
          [60 * mm, 28 * mm, 30 * mm, 56 * mm], grid="lines")
    D.med("meloxicam", "7.5", "mg", None, None, "stopped")
    D.med("citalopram", "20", "mg", None, None, "stopped")
    D.no("medications", "Meloxicam", "stopped")
    D.no("medications", "Citalopram", "stopped")
    D.h("Past history")
    D.tbl([["Date", "Condition", "Status"],
           ["2016", "Osteoporosis", "Active"], ["2011", "Depression", "Active"],
           ["2009", "Gastro-oesophageal reflux disease", "Active"], ["2005", "Hypertension", "Active"],
           ["1990", "Asthma - mild intermittent", "Active"],
           ["2019", "Fractured left wrist (Colles)", "Inactive"], ["2008", "Hysterectomy (fibroids)", "Inactive"]],
          [25 * mm, 100 * mm, 40 * mm], grid="lines")
    D.cond("Osteoporosis")
    D.cond("Depression")
    D.cond("Gastro-oesophageal reflux disease", aliases=["GORD"])
    D.cond("Hypertension")
    D.cond("Asthma - mild intermittent", aliases=["asthma"])
    D.no("conditions", "Fractured left wrist (Colles)", "historical")
    D.no("conditions", "Hysterectomy (fibroids)", "historical")
    D.pb()
    D.h("Immunisations")
    D.tbl([["Date", "Vaccine", "Dose", "Batch"],
           ["15/04/2024", "Fluad Quad (Influenza)", "", "TSTAU0415"],
           ["02/10/2024", "Comirnaty (COVID-19)", "", "TSTAU1002"],
           ["05/08/2024", "Shingrix (Zoster)", "1", "TSTAU0805"],
           ["07/11/2024", "Shingrix (Zoster)", "2", "TSTAU1107"],
           ["11/03/2022", "Prevenar 13 (Pneumococcal)", "", "TSTAU0311"],
           ["23/06/2018", "Boostrix (dTpa)", "", "TSTAU0623"]],
          [28 * mm, 70 * mm, 15 * mm, 35 * mm], grid="lines")
    D.imm("Fluad Quad (Influenza)", "2024-04-15", lot="TSTAU0415", brand="Fluad Quad", aliases=["influenza"])
    D.imm("Comirnaty (COVID-19)", "2024-10-02", lot="TSTAU1002", brand="Comirnaty", aliases=["COVID-19"])
    D.imm("Shingrix (Zoster)", "2024-08-05", dose=1, lot="TSTAU0805", brand="Shingrix", aliases=["zoster"])
    D.imm("Shingrix (Zoster)", "2024-11-07", dose=2, lot="TSTAU1107", brand="Shingrix", aliases=["zoster"])
    D.imm("Prevenar 13 (Pneumococcal)", "2022-03-11", lot="TSTAU0311", brand="Prevenar 13", aliases=["pneumococcal"])
    D.imm("Boostrix (dTpa)", "2018-06-23", lot="TSTAU0623", brand="Boostrix", aliases=["dTpa"])
    D.h("Measurements")
    D.tbl([["Date", "BP (mmHg)", "Weight", "Height", "BMI (kg/m2)"],
           ["03/02/2025", "132/78", "64 kg", "158 cm", "25.6"],
           ["10/11/2024", "141/86", "", "", ""]], [28 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], grid="lines")
    D.vit("blood_pressure", "132/78", "mmHg")
    D.vit("weight", "64", "kg")
    D.vit("height", "158", "cm")
    D.vit("bmi", "25.6", "kg/m2")
    D.vit("blood_pressure", "141/86", "mmHg", optional=True, note="older reading")
    D.h("Family history")
    D.p("Mother: hip fracture age 78, dementia. Father: bowel cancer age 70.")
    D.no("conditions", "hip fracture", "family")
    D.no("conditions", "dementia", "family")
    D.no("conditions", "bowel cancer", "family")
    D.h("Recalls / reminders")
    D.tbl([["Due", "Reason"], ["04/2025", "Influenza vaccine 2025"], ["05/2025", "National Bowel Cancer Screening - iFOBT kit"],
           ["08/2025", "Prolia injection and DEXA scan"], ["02/2026", "Mammogram"]], [30 * mm, 120 * mm], grid="lines")
    D.no("immunizations", "Influenza vaccine 2025", "due")
    D.no("labs", "iFOBT", "planned")
    D.h("Social history")
    D.p("Ex-smoker (quit 1995, 15 pack-years). Alcohol 2 standard drinks/week. Lives with husband, independent.")
    return D


# ======================================================================================
# 12 Scotland (UK) - NEWS2 observation chart (scan, image-only PDF, landscape)
# ======================================================================================
@document
def doc12():
    D = Doc(12, "gb", "news2_obs_chart", country="United Kingdom (Scotland)",
            kind="NEWS2 nursing observation chart with four handwritten observation sets (scanned)",
            doctype="medical_record", service_date="2025-03-02", date_style="dmy2/", pages=1,
            scan="pdf", seed=12, size=8, pagesize=landscape(A4), margins=(12 * mm, 12 * mm, 20 * mm, 16 * mm),
            scan_params=dict(dpi=160, angle=1.6, quality=55, gray=True, blur=1.0, noise=8.0, light=0.28),
            header=std_header(["NHS TEST HEALTH BOARD - NEWS2 OBSERVATION CHART (fictional board)",
                               "Ward 7B, Queen Margaret Test Hospital, Dunfermline"],
                              ["Patient: Alasdair James McTEST (SYNTHETIC)  CHI 0000000000", "DOB 05/11/1948  Weight 72.4 kg"],
                              top_offset=10 * mm))
    D.notes += ["Each observation column is one set: every value is a vitals row (kinds repeat across columns).",
                "Capillary glucose values are lab rows (no range printed). 'New confusion: No' is checkbox_no.",
                "Dates DD/MM/YY; vitals carry no dates."]
    D.vit("weight", "72.4", "kg")
    cols = [("02/03/25", "06:00"), ("02/03/25", "10:00"), ("02/03/25", "14:00"), ("02/03/25", "18:00")]
    rr = ["24", "22", "20", "18"]
    spo2 = ["93", "94", "95", "96"]
    o2 = ["2 L NC", "2 L NC", "Air", "Air"]
    sbp = ["104/62", "110/66", "118/70", "122/74"]
    hr = ["108", "102", "94", "88"]
    conc = ["A", "A", "A", "A"]
    temp = ["38.4", "37.9", "37.4", "37.1"]
    news = ["7", "5", "2", "1"]
    bm = ["9.8", "", "7.6", ""]
    rows = [["Parameter", "Date / time"] + [f"{d} {t}" for d, t in cols]]
    rows.append(["A+B", "Respirations (per min)"] + [hw(x) for x in rr])
    rows.append(["", "SpO2 Scale 1 (%)"] + [hw(x) for x in spo2])
    rows.append(["", "Air or oxygen?"] + [hw(x) for x in o2])
    rows.append(["C", "Blood pressure (mmHg)"] + [hw(x) for x in sbp])
    rows.append(["", "Pulse (beats/min)"] + [hw(x) for x in hr])
    rows.append(["D", "Consciousness (ACVPU)"] + [hw(x) for x in conc])
    rows.append(["", "New confusion"] + [hw("No")] * 4)
    rows.append(["E", "Temperature (°C)"] + [hw(x) for x in temp])
    rows.append(["", "NEWS2 TOTAL"] + [hw(x) for x in news])
    rows.append(["", "Capillary glucose (mmol/L)"] + [hw(x) for x in bm])
    rows.append(["", "Monitoring frequency"] + [hw(x) for x in ["1 hrly", "4 hrly", "4 hrly", "6 hrly"]])
    rows.append(["", "Escalation / initials"] + [hw(x) for x in ["FY1 informed - KM", "KM", "LD", "LD"]])
    for i in range(4):
        D.vit("respiratory_rate", rr[i], "per min")
        D.vit("oxygen_saturation", spo2[i], "%")
        D.vit("blood_pressure", sbp[i], "mmHg")
        D.vit("heart_rate", hr[i], "beats/min")
        D.vit("temperature", temp[i], "°C")
    D.lab("Capillary glucose", "9.8", "mmol/L", None, None, "2025-03-02", aliases=["blood glucose", "BM"])
    D.lab("Capillary glucose", "7.6", "mmol/L", None, None, "2025-03-02", aliases=["blood glucose", "BM"])
    D.no("conditions", "New confusion", "checkbox_no")
    D.tbl(rows, [14 * mm, 55 * mm, 48 * mm, 48 * mm, 48 * mm, 48 * mm], grid="grid", markup=True, fs=9, pad=3.5)
    D.sp(6)
    D.p("Sepsis screen (06:00): " + hw("negative - source chest? no red flags") + ". &nbsp; Oxygen prescribed: "
        + hw("target 94-98%") + ". &nbsp; NEWS2 5-6 = urgent ward-based response; 7 or more = emergency response.", size=8.5)
    D.no("conditions", "Sepsis", "negated")
    D.p("Key: NC = nasal cannula; A = alert. Signature of nurse in charge: " + hw("L. Dunbar-Test RN"), size=8.5)
    return D


# ======================================================================================
# 13 Philippines - pre-employment medical examination form (JPEG photo, tick boxes)
# ======================================================================================
@document
def doc13():
    D = Doc(13, "ph", "pre_employment_exam", country="Philippines",
            kind="DOH-style pre-employment medical examination form with Yes/No tick boxes and lab results (photographed)",
            doctype="medical_record", service_date="2025-01-22", date_style="mdy/", pages=1,
            scan="jpg", seed=13, size=9, margins=(12 * mm, 12 * mm, 20 * mm, 15 * mm),
            scan_params=dict(dpi=180, angle=-1.9, quality=60, tint=(1.0, 0.98, 0.93), blur=0.8, light=0.25),
            header=std_header(["MABUHAY TEST DIAGNOSTIC & MEDICAL CLINIC (fictional) - Quezon City",
                               "Pre-Employment Medical Examination (PEME) - Tel (02) 8000 0000"], size=10,
                              top_offset=9 * mm))
    D.notes += ["Tick-box 'No' items are checkbox_no must_not; 'Yes' hypertension is an active condition.",
                "Dengue fever 2019 past hospitalisation is historical.", "Dates MM/DD/YYYY as used in the Philippines."]
    D.tbl([["Name: Maria Cristina DELA CRUZ-TEST (SYNTHETIC)", "Age/Sex: 34 / F", "Date: 01/22/2025"],
           ["Company: Test Logistics Corp.", "Position: Warehouse supervisor", "PEME No.: 0000-0417"]],
          [85 * mm, 45 * mm, 55 * mm], grid="box", head=0, bg=None)
    D.p("<b>I. MEDICAL HISTORY</b> (check appropriate box)")
    X, O = hw("[X]"), "[ ]"
    items = [("Asthma", 0), ("Tuberculosis", 0), ("Diabetes mellitus", 0), ("Hypertension", 1), ("Heart disease", 0),
             ("Epilepsy / seizures", 0), ("Hepatitis", 0), ("Kidney disease", 0), ("Mental illness", 0), ("Cancer", 0)]
    rows = [["Condition", "Yes", "No", "Condition", "Yes", "No"]]
    for i in range(0, len(items), 2):
        r = []
        for n, y in items[i:i + 2]:
            r += [n, X if y else O, O if y else X]
        rows.append(r)
    D.tbl(rows, [50 * mm, 12 * mm, 12 * mm, 50 * mm, 12 * mm, 12 * mm], grid="grid", markup=True, fs=9, pad=2.5)
    for n, y in items:
        if y:
            D.cond(n)
        else:
            D.no("conditions", n, "checkbox_no")
    D.p("Previous hospitalization: " + hw("Dengue fever, 2019 - recovered") + ". &nbsp; Current medications: "
        + hw("Amlodipine 5 mg once daily") + ". &nbsp; Allergies: [ ] None " + X + " Yes, specify: " + hw("Seafood (hives)"))
    D.no("conditions", "Dengue fever", "historical")
    D.med("amlodipine", "5", "mg", None, "once daily", "active")
    D.alg("Seafood", "hives")
    D.p("<b>II. PHYSICAL EXAMINATION</b>")
    D.tbl([["Height", "Weight", "BMI", "BP", "Pulse rate", "Resp. rate", "Temp"],
           [hw("162 cm"), hw("59 kg"), hw("22.5 kg/m2"), hw("120/80 mmHg"), hw("76 bpm"), hw("18 cpm"), hw("36.5 °C")]],
          [26 * mm] * 7, grid="grid", markup=True, fs=9, pad=2.5)
    D.vit("height", "162", "cm")
    D.vit("weight", "59", "kg")
    D.vit("bmi", "22.5", "kg/m2")
    D.vit("blood_pressure", "120/80", "mmHg")
    D.vit("heart_rate", "76", "bpm")
    D.vit("respiratory_rate", "18", "cpm")
    D.vit("temperature", "36.5", "°C")
    D.p("Visual acuity: OD 20/20, OS 20/25 (uncorrected). Skin, HEENT, chest/lungs, heart, abdomen, extremities: "
        "normal findings.")
    D.p("<b>III. LABORATORY AND DIAGNOSTIC (01/21/2025)</b>")
    dt = "2025-01-21"
    rows = [["Test", "Result", "Normal values"]]
    for n, v, u, lo, hi, ref in [("Hemoglobin", "128", "g/L", 120, 160, "120-160 g/L"),
                                 ("Hematocrit", "0.39", "L/L", 0.37, 0.47, "0.37-0.47"),
                                 ("WBC count", "7.2", "x10^9/L", 5.0, 10.0, "5.0-10.0 x10^9/L"),
                                 ("Platelet count", "265", "x10^9/L", 150, 400, "150-400 x10^9/L")]:
        D.lab(n, v, u, lo, hi, dt, ref=ref)
        rows.append([n, hw(f"{v} {u}"), ref])
    for n, v in [("Urinalysis - protein", "Negative"), ("Urinalysis - sugar", "Negative"),
                 ("HBsAg screening", "Non-reactive")]:
        D.lab(n, v, None, None, None, dt)
        rows.append([n, hw(v), ""])
    D.tbl(rows, [60 * mm, 50 * mm, 50 * mm], grid="grid", markup=True, fs=9, pad=2.5)
    D.p("Chest X-ray (PA): " + hw("No significant chest findings") + ". &nbsp; Drug test: " + hw("Negative")
        + ". &nbsp; Fecalysis: " + hw("no ova or parasites seen") + ". &nbsp; ECG: " + hw("normal sinus rhythm"))
    D.no("labs", "Drug test", "other", "screening, not a clinical result row")
    D.p("<b>IV. CLASSIFICATION:</b> " + hw("[X] Class B - Fit to work with minor condition (controlled hypertension)")
        + "<br/>Examining physician: " + hw("Dr. R. Santos-Test") + ", Lic. No. 0000000")
    return D

# ======================================================================================
# 14 Hong Kong - allergy specialist clinic report
# ======================================================================================
@document
def doc14():
    D = Doc(14, "hk", "allergy_report", country="Hong Kong SAR",
            kind="Private allergy specialist report: skin prick tests, specific IgE, drug challenge de-labelling",
            doctype="medical_record", service_date="2025-03-05", date_style="dmy/", pages=2,
            order_stated=True, size=9,
            header=std_header(["Victoria Harbour Allergy & Immunology Centre (fictional)",
                               "Room 0000, 00/F Test Tower, 00 Queen's Road Central, Hong Kong - Tel (852) 0000 0000"],
                              ["SPECIALIST REPORT", "Dates: dd/mm/yyyy"]))
    D.notes += ["Skin prick test wheal sizes are optional lab rows; specific IgE and tryptase are scored.",
                "Amoxicillin tolerated on oral challenge (de-labelled) and cashew tolerated: must_not negated allergies.",
                "Cetirizine replaced by bilastine: cetirizine stopped + must_not. SLIT 'to consider' planned.",
                "No personal asthma (brother has asthma): must_not. Anaphylaxis in action-plan text: leaflet."]
    D.p("<b>Patient:</b> CHAN Wing Yan Vivian (SYNTHETIC) &nbsp; <b>HKID:</b> Z000000(0) &nbsp; <b>DOB:</b> 14/02/1996 "
        "&nbsp; <b>Date of assessment:</b> 05/03/2025 &nbsp; <b>Referred by:</b> Dr K. Leung-Test (family medicine)")
    D.h("Reason for referral")
    D.p("Throat tightness, lip swelling and wheeze 10 minutes after eating satay sauce (January 2025), treated in the "
        "emergency department with intramuscular adrenaline. Also a childhood label of 'penicillin allergy' "
        "(rash age 4) and urticaria with facial swelling after ibuprofen in 2022.")
    D.no("medications", "intramuscular adrenaline", "other", "given once in ED")
    D.h("Background")
    D.p("Perennial nasal blockage and sneezing for several years. Atopic dermatitis in childhood, resolved by age 10. "
        "No personal history of asthma; her brother has asthma. Eats cashew and almond regularly without reaction.")
    D.cond("Persistent allergic rhinitis", aliases=["allergic rhinitis"])
    D.no("conditions", "Atopic dermatitis", "historical")
    D.no("conditions", "asthma", "negated", "personal history negated; brother affected")
    D.no("allergies", "cashew", "negated")
    D.h("Skin prick tests (05/03/2025)")
    spt = [("Dermatophagoides pteronyssinus", "8"), ("Dermatophagoides farinae", "7"), ("Cat dander", "0"),
           ("Peanut", "9"), ("Histamine 10 mg/mL (positive control)", "6"), ("Saline (negative control)", "0")]
    rows = [["Allergen", "Wheal (mm)", "Interpretation"]]
    for n, v in spt:
        interp = "Positive" if int(v) >= 3 and "control" not in n else ("Valid" if "control" in n else "Negative")
        rows.append([n, v, interp])
        D.lab(n, v, "mm", None, None, "2025-03-05", optional=True, note="skin prick wheal")
    D.tbl(rows, [80 * mm, 25 * mm, 40 * mm], grid="lines")
    D.h("Blood tests (drawn 05/03/2025)")
    rows = [["Test", "Result", "Units", "Reference"]]
    for n, v, u, lo, hi, ref in [("Specific IgE - Peanut (f13)", "18.4", "kUA/L", None, 0.35, "<0.35"),
                                 ("Specific IgE - Ara h 2 (f423)", "12.1", "kUA/L", None, 0.35, "<0.35"),
                                 ("Specific IgE - Ara h 8 (f352)", "0.21", "kUA/L", None, 0.35, "<0.35"),
                                 ("Specific IgE - D. pteronyssinus (d1)", "24.6", "kUA/L", None, 0.35, "<0.35"),
                                 ("Specific IgE - Cat dander (e1)", "0.12", "kUA/L", None, 0.35, "<0.35"),
                                 ("Total IgE", "486", "kU/L", None, 100, "<100"),
                                 ("Serum tryptase (baseline)", "4.2", "ug/L", None, 11.4, "<11.4")]:
        r = D.lab(n, v, u, lo, hi, "2025-03-05", ref=ref)
        rows.append([n, v + (" (H)" if r["flag"] == "high" else ""), u, ref])
    D.tbl(rows, [80 * mm, 25 * mm, 25 * mm, 30 * mm], grid="lines")
    D.h("Drug provocation test (05/03/2025)")
    D.p("Graded oral challenge with amoxicillin 50 mg then 500 mg, observed 2 hours, plus a 3-day extended course at "
        "home: no reaction. Conclusion: NOT allergic to amoxicillin / penicillins - label removed.")
    D.no("allergies", "amoxicillin", "negated", "de-labelled after challenge")
    D.no("allergies", "penicillins", "negated")
    D.pb()
    D.h("Diagnoses")
    D.p("1. IgE-mediated peanut allergy with anaphylaxis (Ara h 2 sensitised)<br/>"
        "2. Persistent allergic rhinitis - house dust mite<br/>"
        "3. NSAID hypersensitivity (ibuprofen - urticaria/angioedema)<br/>"
        "4. Penicillin allergy label removed")
    D.alg("Peanut", "anaphylaxis", None, aliases=["peanuts"])
    D.alg("House dust mite", "rhinitis", aliases=["Dermatophagoides pteronyssinus"])
    D.alg("Ibuprofen", "urticaria/angioedema", aliases=["NSAIDs"])
    D.h("Management")
    D.tbl([["Medicine", "Instructions", "Status"],
           ["Adrenaline auto-injector (EpiPen) 0.3 mg", "0.3 mg IM into outer thigh as needed for anaphylaxis; carry 2", "New"],
           ["Mometasone furoate nasal spray (Nasonex) 50 mcg", "2 sprays each nostril once daily", "Continue"],
           ["Bilastine 20 mg", "1 tablet once daily", "New - replaces cetirizine"],
           ["Cetirizine 10 mg", "-", "Stop"]],
          [70 * mm, 75 * mm, 35 * mm], grid="lines")
    D.med("adrenaline", "0.3", "mg", "IM", "as needed for anaphylaxis", "new", brand="EpiPen", aliases=["epinephrine"])
    D.med("mometasone furoate", "50", "mcg", None, "2 sprays each nostril once daily", "active", brand="Nasonex")
    D.med("bilastine", "20", "mg", None, "1 tablet once daily", "new")
    D.med("cetirizine", "10", "mg", None, None, "stopped")
    D.no("medications", "Cetirizine", "stopped")
    D.p("House dust mite sublingual immunotherapy (Acarizax) - to consider if rhinitis persists after 3 months. "
        "Paracetamol may be used for pain or fever; celecoxib could be trialled under supervision if needed.")
    D.no("medications", "Acarizax", "planned")
    D.no("medications", "celecoxib", "planned")
    D.h("Anaphylaxis action plan (given to patient)")
    D.p("Signs of anaphylaxis: difficult or noisy breathing, swelling of tongue, swelling or tightness in throat, "
        "wheeze or persistent cough, persistent dizziness or collapse. Give adrenaline auto-injector, call 999, "
        "lie flat. Always carry your auto-injector and this plan.", size=8.5)
    D.no("conditions", "Anaphylaxis", "leaflet")
    D.sp(8)
    D.p("Dr. Ho Ka Man-Test, FHKCP FHKAM (Medicine), Specialist in Immunology & Allergy")
    return D


# ======================================================================================
# 15 Nigeria - private laboratory report (JPEG photo, unruled)
# ======================================================================================
@document
def doc15():
    D = Doc(15, "ng", "lab_report_photo", country="Nigeria",
            kind="Private diagnostic laboratory report, unruled columns: haematology, malaria, Widal, chemistry (photographed)",
            doctype="lab_result", service_date="2025-02-17", date_style="dmy/", pages=1,
            scan="jpg", seed=15, size=8.5, font="Courier", margins=(14 * mm, 14 * mm, 24 * mm, 16 * mm),
            scan_params=dict(dpi=180, angle=1.2, quality=57, tint=(1.0, 0.99, 0.92), blur=0.85, light=0.3),
            header=std_header(["LAGOON CITY DIAGNOSTICS LTD (fictional)",
                               "00 Test Crescent, Ikeja, Lagos - Tel 0800 000 0000 - MLSCN Reg. 00000"],
                              ["LABORATORY REPORT"], font="Courier-Bold"))
    D.notes += ["Unruled Courier layout; flag column H/L; qualitative malaria, Widal, genotype and G6PD rows.",
                "Widal titres kept as printed (value_numeric null, flag null).",
                "Date DD/MM/YYYY (not stated); no vaccine dates."]
    D.p("PATIENT: ADEYEMI-TEST, Folasade Grace (SYNTHETIC)   AGE/SEX: 29 Y / F   LAB NO: LCD/25/000417")
    D.p("REFERRED BY: Dr. O. Bello-Test, Test Family Clinic   COLLECTED: 17/02/2025 09:12   REPORTED: 17/02/2025 15:40")
    dt = "2025-02-17"
    sp = dict(grid="none", font="Courier", fs=8.5, pad=1.2)
    def block(title, items):
        D.h(title, size=9.5, font="Courier")
        rows = [["TEST", "RESULT", "FLAG", "UNITS", "REF. RANGE"]]
        for n, v, u, lo, hi, ref in items:
            r = D.lab(n, v, u, lo, hi, dt, ref=ref)
            rows.append([n, v, {"high": "H", "low": "L"}.get(r["flag"], ""), u or "", ref or ""])
        D.tbl(rows, [62 * mm, 26 * mm, 12 * mm, 26 * mm, 34 * mm], extra=[("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)], **sp)
    block("HAEMATOLOGY", [("Haemoglobin", "10.8", "g/dL", 12.0, 16.0, "12.0 - 16.0"),
                          ("Packed cell volume (PCV)", "33", "%", 36, 46, "36 - 46"),
                          ("White blood cells", "5.6", "x10^9/L", 4.0, 11.0, "4.0 - 11.0"),
                          ("Neutrophils", "48", "%", 40, 75, "40 - 75"),
                          ("Lymphocytes", "44", "%", 20, 45, "20 - 45"),
                          ("Platelets", "156", "x10^9/L", 150, 400, "150 - 400"),
                          ("MCV", "74", "fL", 80, 100, "80 - 100"),
                          ("ESR (Westergren)", "42", "mm/hr", 0, 20, "0 - 20")])
    D.h("PARASITOLOGY / SEROLOGY", size=9.5, font="Courier")
    rows = [["TEST", "RESULT", "", "", ""]]
    for n, v, fl in [("Malaria parasite (thick film)", "Plasmodium falciparum seen (++)", "abnormal"),
                     ("Widal - S. typhi O", "1:80", None), ("Widal - S. typhi H", "1:40", None),
                     ("Haemoglobin genotype", "AS", None), ("G6PD screen", "Normal (not deficient)", None)]:
        D.lab(n, v, None, None, None, dt, flag=fl)
        rows.append([n, v, "", "", ""])
    D.tbl(rows, [62 * mm, 70 * mm, 4 * mm, 4 * mm, 20 * mm], extra=[("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)], **sp)
    block("CHEMISTRY", [("Fasting blood sugar", "5.2", "mmol/L", 3.9, 6.1, "3.9 - 6.1"),
                        ("Sodium", "136", "mmol/L", 135, 145, "135 - 145"),
                        ("Potassium", "3.9", "mmol/L", 3.5, 5.0, "3.5 - 5.0"),
                        ("Chloride", "101", "mmol/L", 98, 107, "98 - 107"),
                        ("Bicarbonate", "24", "mmol/L", 22, 29, "22 - 29"),
                        ("Urea", "4.1", "mmol/L", 2.5, 7.1, "2.5 - 7.1"),
                        ("Creatinine", "78", "umol/L", 53, 97, "53 - 97")])
    D.sp(4)
    D.p("COMMENT: Microcytic anaemia with malaria parasitaemia. Repeat FBC 2 weeks after antimalarial therapy advised. "
        "Widal titres not diagnostic on a single sample; blood culture recommended if typhoid suspected. "
        "HIV screening: not requested.")
    D.no("labs", "Repeat FBC", "planned")
    D.no("labs", "blood culture", "planned")
    D.no("labs", "HIV screening", "other", "not requested")
    D.p("Medical Laboratory Scientist: ____ A. Okafor-Test, AMLS     Pathologist: Dr. E. Nwosu-Test, FMCPath")
    return D


# ======================================================================================
# 16 Trinidad and Tobago - travel clinic record
# ======================================================================================
@document
def doc16():
    D = Doc(16, "tt", "travel_clinic", country="Trinidad and Tobago",
            kind="Travel medicine clinic pre-travel assessment: vaccines given/declined/due, malaria prophylaxis, advice sheet",
            doctype="immunization_record", service_date="2025-02-11", date_style="dmy/", pages=2,
            order_stated=True, size=9,
            header=std_header(["SAVANNAH TRAVEL HEALTH CLINIC (fictional)",
                               "00 Test Street, Port of Spain, Trinidad & Tobago - Tel (868) 000-0000"],
                              ["PRE-TRAVEL CONSULTATION", "Date format: DD/MM/YYYY"]))
    D.notes += ["Vaccines given today are rows; rabies dose 2 and hepatitis A dose 2 due, cholera and influenza declined: must_not.",
                "Malarone and standby azithromycin prescribed today: new (azithromycin standby optional).",
                "Mefloquine 'not suitable' is must_not other; depression in remission historical; egg allergy 'No' checkbox_no.",
                "Advice sheet disease names (malaria, dengue) are leaflet must_not."]
    D.tbl([["Traveller", "Keisha Anne RAMPERSAD-TEST (SYNTHETIC)", "DOB", "30/09/1990"],
           ["Destination", "Ghana (Accra, Kumasi, rural Ashanti), 4 weeks", "Departure", "28/02/2025"],
           ["Purpose", "Volunteer teaching; rural stay", "Clinic no.", "TR-000417"]],
          [26 * mm, 88 * mm, 22 * mm, 38 * mm], grid="grid", head=0, bg=None)
    D.h("Health questionnaire")
    X = "[X]"
    D.tbl([["Question", "Yes", "No", "Details"],
           ["Any allergies to medicines?", X, "[ ]", "Sulfonamide antibiotics - rash"],
           ["Egg allergy?", "[ ]", X, ""],
           ["Current medicines?", X, "[ ]", "Microgynon 30 (levonorgestrel/ethinylestradiol) 1 tablet daily"],
           ["History of depression or seizures?", X, "[ ]", "Depression 2019 - in remission, no treatment since 2021"],
           ["Pregnant or planning pregnancy?", "[ ]", X, "Urine hCG today: Negative"],
           ["Weakened immune system?", "[ ]", X, ""]],
          [62 * mm, 12 * mm, 12 * mm, 88 * mm], grid="grid")
    D.alg("Sulfonamide antibiotics", "rash")
    D.no("allergies", "Egg", "checkbox_no")
    D.med("levonorgestrel/ethinylestradiol", None, None, None, "1 tablet daily", "active", brand="Microgynon 30")
    D.no("conditions", "Depression", "historical", "in remission, no treatment")
    D.no("conditions", "Weakened immune system", "checkbox_no")
    D.lab("Urine hCG", "Negative", None, None, None, "2025-02-11", aliases=["pregnancy test"])
    D.p("Weight 68 kg. BP 118/76 mmHg.")
    D.vit("weight", "68", "kg")
    D.vit("blood_pressure", "118/76", "mmHg")
    D.h("Vaccines administered today (11/02/2025)")
    D.tbl([["Vaccine", "Product", "Dose", "Lot no.", "Site"],
           ["Yellow fever", "Stamaril", "single", "TSTYF0011", "L deltoid SC"],
           ["Typhoid Vi polysaccharide", "Typhim Vi", "single", "TSTTY0012", "R deltoid IM"],
           ["Hepatitis A", "Havrix 1440", "1 of 2", "TSTHA0013", "L deltoid IM"],
           ["Meningococcal ACWY conjugate", "Menveo", "single", "TSTMN0014", "R deltoid IM"],
           ["Rabies pre-exposure", "Verorab", "1 of 2", "TSTRB0015", "L deltoid IM"]],
          [55 * mm, 32 * mm, 18 * mm, 30 * mm, 35 * mm], grid="grid")
    D.imm("Yellow fever", "2025-02-11", lot="TSTYF0011", brand="Stamaril")
    D.imm("Typhoid Vi polysaccharide", "2025-02-11", lot="TSTTY0012", brand="Typhim Vi", aliases=["typhoid"])
    D.imm("Hepatitis A", "2025-02-11", dose=1, lot="TSTHA0013", brand="Havrix 1440")
    D.imm("Meningococcal ACWY conjugate", "2025-02-11", lot="TSTMN0014", brand="Menveo", aliases=["MenACWY"])
    D.imm("Rabies pre-exposure", "2025-02-11", dose=1, lot="TSTRB0015", brand="Verorab", aliases=["rabies"])
    D.h("Vaccines due / declined")
    D.p("Rabies dose 2: due 18/02/2025 (before departure). Hepatitis A booster: due in 6-12 months. "
        "Cholera vaccine (Dukoral): offered, declined. Seasonal influenza vaccine: declined. "
        "MMR: 2 doses documented in childhood (card seen), no action.")
    D.no("immunizations", "Rabies dose 2", "due")
    D.no("immunizations", "Hepatitis A booster", "due")
    D.no("immunizations", "Cholera vaccine (Dukoral)", "due", "declined")
    D.no("immunizations", "Seasonal influenza vaccine", "due", "declined")
    D.pb()
    D.h("Prescriptions issued")
    D.p("1. Atovaquone-proguanil (Malarone) 250 mg/100 mg tablets: 1 tablet daily with food, start 2 days before "
        "entering Ghana, continue during stay and for 7 days after leaving. Qty 37.<br/>"
        "2. Azithromycin 500 mg tablets: standby treatment for severe travellers' diarrhoea - 1 tablet daily for up to "
        "3 days if needed. Qty 3.")
    D.med("atovaquone-proguanil", "250 mg/100 mg", None, None, "1 tablet daily", "new", brand="Malarone",
          aliases=["atovaquone/proguanil"])
    D.med("azithromycin", "500", "mg", None, "1 tablet daily for up to 3 days if needed", "new", optional=True,
          note="standby supply")
    D.p("Mefloquine: not suitable (history of depression). Doxycycline: not preferred (photosensitivity concerns).")
    D.no("medications", "Mefloquine", "other", "contraindicated, not prescribed")
    D.no("medications", "Doxycycline", "other", "not prescribed")
    D.h("Advice sheet given - Staying healthy in West Africa")
    D.p("Malaria: fever, chills, headache or flu-like illness during or up to a year after travel need urgent testing. "
        "Dengue and other mosquito-borne infections: use DEET 30-50% repellent, long sleeves, permethrin-treated nets. "
        "Yellow fever certificate (ICVP) must be carried; valid from 10 days after vaccination. Food and water: "
        "boil it, cook it, peel it or forget it. Avoid contact with dogs and bats (rabies).", size=8.5)
    D.no("conditions", "Malaria", "leaflet")
    D.no("conditions", "Dengue", "leaflet")
    D.sp(8)
    D.p("Travel health nurse: R. Maharaj-Test RN &nbsp;&nbsp; Physician: Dr S. Ali-Test &nbsp;&nbsp; Next: 18/02/2025")
    return D

# ======================================================================================
# 17 Fiji - NCD (diabetes/hypertension) clinic follow-up card
# ======================================================================================
@document
def doc17():
    D = Doc(17, "fj", "ncd_clinic_card", country="Fiji",
            kind="Health-centre NCD (diabetes and hypertension) follow-up card with visit grid and handwritten entries",
            doctype="medical_record", service_date="2025-01-16", date_style="dmy2/", pages=1, size=8.5,
            header=std_header(["MINISTRY OF HEALTH & MEDICAL SERVICES (test form) - NCD CLINIC CARD",
                               "Nausori Test Health Centre, Fiji"], ["Card no. NCD-000417"]))
    D.notes += ["Three visits: each BP/weight a vitals row, each FBS a lab row (DD/MM/YY, order not stated).",
                "Nifedipine stopped (ankle swelling) + must_not; amlodipine new; glibenclamide increased (changed).",
                "Healed foot ulcer historical; 'Chest pain: No' checkbox_no."]
    D.tbl([["Name", hw("Losana VUNIWAQA-TEST (SYNTHETIC)"), "Sex/Age", hw("F / 61")],
           ["Village", hw("Test village, Tailevu"), "Phone", hw("000 0000")],
           ["Diagnosis", hw("Type 2 diabetes (2012); Hypertension (2015)"), "Height", hw("156 cm")]],
          [22 * mm, 90 * mm, 22 * mm, 40 * mm], grid="grid", head=0, bg=None, markup=True)
    D.cond("Type 2 diabetes")
    D.cond("Hypertension")
    D.vit("height", "156", "cm")
    D.p("Past history: " + hw("R big toe diabetic foot ulcer 2023 - healed") + ". Allergies: " + hw("NKA")
        + ". Smoking: " + hw("No") + ". Kava: " + hw("occasional"))
    D.no("conditions", "diabetic foot ulcer", "historical")
    D.h("Follow-up visits")
    vis = [("2024-07-18", "156/94", "82.0", "11.2"), ("2024-10-17", "148/90", "81.3", "9.6"),
           ("2025-01-16", "138/84", "80.1", "8.4")]
    rows = [["Date", "BP (mmHg)", "Wt (kg)", "FBS (mmol/L)", "Chest pain", "Feet", "Medicines / changes", "Sign"]]
    meds_txt = ["Metformin 1 g BD, Glibenclamide 5 mg mane, Nifedipine retard 20 mg BD, Aspirin 100 mg daily, Simvastatin 20 mg nocte",
                "Nifedipine STOPPED (ankle swelling). Start Amlodipine 5 mg daily. Others same",
                "Glibenclamide increase to 10 mg mane. Continue others"]
    for (dt, bp, wt, fbs), mt in zip(vis, meds_txt):
        rows.append([hw(D.d(dt)), hw(bp), hw(wt), hw(fbs), hw("No"), hw("sens. OK"), hw(mt), hw("SN")])
        D.vit("blood_pressure", bp, "mmHg")
        D.vit("weight", wt, "kg")
        D.lab("FBS", fbs, "mmol/L", None, None, dt, aliases=["fasting blood sugar"])
    D.tbl(rows, [17 * mm, 18 * mm, 14 * mm, 17 * mm, 15 * mm, 16 * mm, 65 * mm, 11 * mm], grid="grid", markup=True, fs=8)
    D.no("conditions", "Chest pain", "checkbox_no")
    D.med("metformin", "1", "g", None, "BD", "active")
    D.med("glibenclamide", "10", "mg", None, "mane", "changed")
    D.med("nifedipine retard", "20", "mg", None, "BD", "stopped", aliases=["nifedipine"])
    D.no("medications", "Nifedipine", "stopped")
    D.med("amlodipine", "5", "mg", None, "daily", "new", status_also_ok=["active"])
    D.med("aspirin", "100", "mg", None, "daily", "active")
    D.med("simvastatin", "20", "mg", None, "nocte", "active")
    D.h("Annual checks")
    D.p("HbA1c (" + hw("16/01/25") + "): " + hw("8.1 %") + " &nbsp; Creatinine: " + hw("92 umol/L")
        + " &nbsp; Urine protein: " + hw("trace") + " &nbsp; Eye review: " + hw("referred to eye clinic CWM - due"))
    D.lab("HbA1c", "8.1", "%", None, None, "2025-01-16")
    D.lab("Creatinine", "92", "umol/L", None, None, "2025-01-16")
    D.lab("Urine protein", "trace", None, None, None, "2025-01-16")
    D.p("Health education given: " + hw("diet (less salt, sugar, fat), walking 30 min daily, foot care."), size=8)
    D.p("Next visit: " + hw("17/04/25") + " &nbsp; Nurse practitioner: " + hw("S. Naivalu-Test"))
    return D


# ======================================================================================
# 18 United Arab Emirates - oncology clinic note
# ======================================================================================
@document
def doc18():
    D = Doc(18, "ae", "oncology_clinic_note", country="United Arab Emirates",
            kind="Oncology outpatient note during adjuvant HER2-directed therapy: treatment history, held/stopped/new drugs",
            doctype="medical_record", service_date="2025-02-19", date_style="d-Mon-Y", pages=2,
            numeric_dates=False, size=9,
            header=std_header(["AL NOOR TEST CANCER CENTRE (fictional) - Medical Oncology",
                               "PO Box 00000, Abu Dhabi, United Arab Emirates - Tel +971 2 000 0000"],
                              ["OUTPATIENT CLINIC NOTE"], color=colors.HexColor("#004d40")))
    D.notes += ["Dates DD-Mon-YYYY (unambiguous).",
                "Docetaxel and carboplatin completed (rows completed + must_not); pertuzumab and ondansetron stopped.",
                "Pregabalin held; letrozole new; zoledronic acid planned (must_not).",
                "Trastuzumab given today in clinic continues as an active regimen drug (row, no must_not).",
                "BRCA testing negative is a negated lab must_not; mother's ovarian cancer family."]
    D.tbl([["Patient", "Fatima Noor AL-TESTI (SYNTHETIC)", "MRN", "ANC-0000417"],
           ["DOB", "09-Jul-1979 (45 y)", "Visit date", "19-Feb-2025"],
           ["Oncologist", "Dr. Layla Haddad-Test", "Visit type", "Follow-up, cycle 12 HER2 therapy"]],
          [25 * mm, 70 * mm, 25 * mm, 54 * mm], grid="grid", head=0, bg=None)
    D.h("Diagnosis")
    D.p("Left breast invasive ductal carcinoma, ER positive / PR positive / HER2 positive (IHC 3+), pT2 N1 M0, "
        "diagnosed 12-Mar-2024. Neoadjuvant TCHP x 6 cycles (completed 08-Aug-2024), left mastectomy and axillary "
        "clearance 10-Sep-2024 (residual disease), adjuvant radiotherapy completed 30-Nov-2024.")
    D.cond("Left breast invasive ductal carcinoma", aliases=["breast cancer", "invasive ductal carcinoma"])
    D.h("Other problems")
    D.p("1. Chemotherapy-induced peripheral neuropathy, grade 1 (feet)<br/>2. Hypothyroidism (on replacement)<br/>"
        "3. Past: appendicectomy 2004. Family: mother - ovarian cancer at 55. Germline BRCA1/2 testing: negative.")
    D.cond("Chemotherapy-induced peripheral neuropathy", aliases=["peripheral neuropathy"])
    D.cond("Hypothyroidism")
    D.no("conditions", "appendicectomy", "historical")
    D.no("conditions", "ovarian cancer", "family")
    D.no("labs", "Germline BRCA1/2 testing", "negated")
    D.h("Systemic therapy history")
    D.tbl([["Drug", "Dose / schedule", "Period", "Status"],
           ["Docetaxel", "75 mg/m2 IV every 3 weeks", "Apr-Aug 2024 (6 cycles)", "Completed"],
           ["Carboplatin", "AUC 6 IV every 3 weeks", "Apr-Aug 2024 (6 cycles)", "Completed"],
           ["Pertuzumab", "420 mg IV every 3 weeks", "Apr-Aug 2024", "Stopped after cycle 6 (diarrhoea)"],
           ["Trastuzumab SC (Herceptin SC)", "600 mg SC every 3 weeks", "from Apr 2024, cycle 12 of 18 today", "Continue"],
           ["Ondansetron", "8 mg PO as needed", "Apr-Aug 2024", "Stopped - no longer required"]],
          [50 * mm, 48 * mm, 42 * mm, 38 * mm], grid="grid", bg="#d7ece8")
    D.med("docetaxel", "75", "mg/m2", "IV", "every 3 weeks", "completed")
    D.med("carboplatin", "AUC 6", None, "IV", "every 3 weeks", "completed")
    D.med("pertuzumab", "420", "mg", "IV", "every 3 weeks", "stopped")
    D.med("trastuzumab", "600", "mg", "SC", "every 3 weeks", "active", brand="Herceptin SC")
    D.med("ondansetron", "8", "mg", "PO", "as needed", "stopped")
    D.no("medications", "Docetaxel", "stopped", "completed")
    D.no("medications", "Carboplatin", "stopped", "completed")
    D.no("medications", "Pertuzumab", "stopped")
    D.no("medications", "Ondansetron", "stopped")
    D.h("Today")
    D.p("Feels well, ECOG 0. Mild numbness of toes, stable. Dizziness since pregabalin dose increase. "
        "No bone pain, no cough. Allergy: iodinated contrast media - urticaria.")
    D.no("conditions", "bone pain", "negated")
    D.alg("iodinated contrast media", "urticaria")
    D.p("Vitals: BP 124/78 mmHg, HR 82 bpm, Temp 36.6 °C, Weight 66.5 kg. Echo 12-Feb-2025: LVEF 58% (baseline 62%).")
    D.vit("blood_pressure", "124/78", "mmHg")
    D.vit("heart_rate", "82", "bpm")
    D.vit("temperature", "36.6", "°C")
    D.vit("weight", "66.5", "kg")
    D.pb()
    D.h("Laboratory results")
    rows = [["Test", "19-Feb-2025", "Units", "Normal range"]]
    dt = "2025-02-19"
    for n, v, u, lo, hi, ref in [("Haemoglobin", "11.6", "g/dL", 12.0, 15.5, "12.0-15.5"),
                                 ("WBC", "4.1", "x10^9/L", 4.0, 10.0, "4.0-10.0"),
                                 ("Absolute neutrophil count", "2.2", "x10^9/L", 2.0, 7.5, "2.0-7.5"),
                                 ("Platelets", "212", "x10^9/L", 150, 410, "150-410"),
                                 ("ALT", "34", "U/L", 0, 33, "0-33"),
                                 ("AST", "29", "U/L", 0, 32, "0-32"),
                                 ("Creatinine", "68", "umol/L", 45, 84, "45-84"),
                                 ("TSH", "3.1", "mIU/L", 0.27, 4.2, "0.27-4.2"),
                                 ("CA 15-3", "18", "U/mL", None, 31, "<31")]:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref)
        rows.append([n, v + {"high": " H", "low": " L"}.get(r["flag"], ""), u, ref])
    D.tbl(rows, [60 * mm, 30 * mm, 30 * mm, 35 * mm], grid="lines")
    D.p("Previous CA 15-3 on 20-Nov-2024: 21 U/mL.")
    D.lab("CA 15-3", "21", "U/mL", None, 31, "2024-11-20", ref="<31")
    D.h("Current medications and plan")
    D.p("1. Trastuzumab SC 600 mg given today (cycle 12); continue every 3 weeks to complete 18 cycles.<br/>"
        "2. START letrozole 2.5 mg orally once daily from today.<br/>"
        "3. Continue goserelin (Zoladex) 3.6 mg SC every 28 days - next due 05-Mar-2025.<br/>"
        "4. Continue levothyroxine 50 mcg once daily.<br/>"
        "5. HOLD pregabalin 75 mg twice daily because of dizziness; review in 3 weeks.<br/>"
        "6. Zoledronic acid 4 mg IV every 6 months - to start after dental review.<br/>"
        "7. Repeat echocardiogram in 3 months.")
    D.med("letrozole", "2.5", "mg", "orally", "once daily", "new")
    D.med("goserelin", "3.6", "mg", "SC", "every 28 days", "active", brand="Zoladex")
    D.med("levothyroxine", "50", "mcg", None, "once daily", "active")
    D.med("pregabalin", "75", "mg", None, "twice daily", "held")
    D.no("medications", "Zoledronic acid", "planned")
    D.sp(8)
    D.p("Dr. Layla Haddad-Test, Consultant Medical Oncologist - DHA/DOH licence 00000000 (test)")
    return D

# ======================================================================================
# 19 Pakistan - psychiatry outpatient follow-up letter
# ======================================================================================
@document
def doc19():
    D = Doc(19, "pk", "psychiatry_followup", country="Pakistan",
            kind="Psychiatry outpatient follow-up letter (bipolar disorder on lithium) with lithium/thyroid monitoring",
            doctype="medical_record", service_date="2025-01-21", date_style="dmy/", pages=1, size=9.5,
            font="Times-Roman",
            header=std_header(["Department of Psychiatry & Behavioural Sciences",
                               "Ravi Test Teaching Hospital (fictional), 00 Test Road, Lahore - Ph +92 42 0000 0000"],
                              ["Outpatient Clinic"], font="Times-Bold"))
    D.notes += ["Dates DD/MM/YYYY (not stated; no vaccines). Two lithium levels on different dates are separate rows.",
                "Quetiapine and olanzapine stopped (rows + must_not); levothyroxine newly started.",
                "Negated suicidal ideation/psychotic symptoms, past postpartum psychosis, father's schizophrenia are must_not.",
                "Haloperidol acute dystonia recorded as an allergy/adverse reaction row."]
    D.p("21/01/2025")
    D.p("To: Dr. Sana Qureshi-Test, General Practitioner, Test Family Clinic, Gulberg, Lahore")
    D.p("<b>Re: Mrs. Ayesha Tariq MALIK-TEST (SYNTHETIC), 36 years, MR No. PSY-000417</b>")
    D.p("Dear Dr. Qureshi-Test,")
    D.p("I reviewed Mrs. Malik-Test in the mood disorders clinic today. She has <b>bipolar affective disorder type I</b>, "
        "currently euthymic, with her last manic episode in March 2023. She also has <b>lithium-induced hypothyroidism</b>, "
        "newly diagnosed on today's results. She had an episode of postpartum psychosis in 2016 which resolved fully. "
        "There is no suicidal ideation and no psychotic symptoms at present. Her father had schizophrenia.")
    D.cond("Bipolar affective disorder type I", aliases=["bipolar disorder"])
    D.cond("Lithium-induced hypothyroidism", aliases=["hypothyroidism"])
    D.no("conditions", "postpartum psychosis", "historical")
    D.no("conditions", "suicidal ideation", "negated")
    D.no("conditions", "psychotic symptoms", "negated")
    D.no("conditions", "schizophrenia", "family")
    D.p("<b>Investigations:</b>")
    rows = [["Test", "Date", "Result", "Reference"]]
    for n, v, u, lo, hi, ref, dt in [("Serum lithium (12 h post-dose)", "1.12", "mmol/L", 0.6, 1.0, "0.6 - 1.0", "2024-10-14"),
                                     ("Serum lithium (12 h post-dose)", "0.72", "mmol/L", 0.6, 1.0, "0.6 - 1.0", "2025-01-20"),
                                     ("TSH", "7.8", "mIU/L", 0.4, 4.0, "0.4 - 4.0", "2025-01-20"),
                                     ("Free T4", "11.2", "pmol/L", 12, 22, "12 - 22", "2025-01-20"),
                                     ("Serum creatinine", "0.9", "mg/dL", 0.6, 1.1, "0.6 - 1.1", "2025-01-20"),
                                     ("Serum sodium", "139", "mmol/L", 135, 145, "135 - 145", "2025-01-20"),
                                     ("Serum calcium", "9.6", "mg/dL", 8.5, 10.5, "8.5 - 10.5", "2025-01-20")]:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref, **({"aliases": ["lithium level", "serum lithium"]} if "lithium" in n else {}))
        rows.append([n, D.d(dt), f"{v} {u}" + {"high": " (high)", "low": " (low)"}.get(r["flag"], ""), ref])
    D.tbl(rows, [60 * mm, 25 * mm, 40 * mm, 30 * mm], grid="lines", font="Times-Roman", fs=9)
    D.p("Weight 74 kg, BMI 27.2 kg/m2, BP 122/80 mmHg. Fine tremor of the hands.")
    D.vit("weight", "74", "kg")
    D.vit("bmi", "27.2", "kg/m2")
    D.vit("blood_pressure", "122/80", "mmHg")
    D.p("<b>Medication:</b> The lithium dose was reduced in October 2024 after the high level and she is now on lithium "
        "carbonate (Priadel) 800 mg at night. Quetiapine 25 mg at night has been tapered and stopped. Olanzapine 5 mg "
        "was discontinued in 2023 because of weight gain. Propranolol 10 mg twice daily continues for tremor. "
        "I have started levothyroxine 25 mcg once daily before breakfast.")
    D.med("lithium carbonate", "800", "mg", None, "at night", "changed", brand="Priadel", status_also_ok=["active"])
    D.med("quetiapine", "25", "mg", None, "at night", "stopped")
    D.med("olanzapine", "5", "mg", None, None, "stopped")
    D.med("propranolol", "10", "mg", None, "twice daily", "active")
    D.med("levothyroxine", "25", "mcg", None, "once daily before breakfast", "new")
    D.no("medications", "Quetiapine", "stopped")
    D.no("medications", "Olanzapine", "stopped")
    D.p("<b>Adverse drug reaction:</b> haloperidol - acute dystonia (2016). Please avoid NSAIDs and thiazides with "
        "lithium.")
    D.alg("Haloperidol", "acute dystonia")
    D.no("medications", "NSAIDs", "other", "advice")
    D.p("<b>Plan:</b> repeat lithium level, TSH and creatinine in 3 months; psychoeducation and mood charting "
        "continued. Contraception counselling: she is aware of the teratogenic risk of lithium.")
    D.no("labs", "repeat lithium level", "planned")
    D.p("Yours sincerely,<br/>Dr. Imran Shah-Test, FCPS (Psychiatry), Associate Professor")
    return D


# ======================================================================================
# 20 Uganda - paediatric ward discharge (severe malaria)
# ======================================================================================
@document
def doc20():
    D = Doc(20, "ug", "paediatric_discharge", country="Uganda",
            kind="Regional referral hospital paediatric ward discharge form (severe malaria, transfusion)",
            doctype="discharge_summary", service_date="2025-03-08", date_style="dmy/", pages=2, size=9,
            header=std_header(["MPOLOGOMA REGIONAL REFERRAL HOSPITAL (fictional) - PAEDIATRIC WARD",
                               "P.O. Box 0000, Tororo, Uganda - Tel +256 000 000000"], ["DISCHARGE FORM"]))
    D.notes += ["Dates DD/MM/YYYY (not stated). Three haemoglobin values on three dates are separate rows.",
                "IV artesunate course completed (row + must_not); transfusion, phenobarbital and albendazole single doses must_not.",
                "Iron 'to start at review' planned; measles dose 2 due; sickle cell screen negative (must_not negated).",
                "RUTF optional (nutrition product)."]
    D.tbl([["Child's name", "Okello Brian WASSWA-TEST (SYNTHETIC)", "IP No.", "PAED/25/0417"],
           ["Age / Sex", "3 years / M", "Weight on admission", "10.8 kg"],
           ["Admitted", "04/03/2025", "Discharged", "08/03/2025"],
           ["Caretaker", "Mother - Test Auma", "Tel", "0700 000000"]],
          [30 * mm, 70 * mm, 36 * mm, 38 * mm], grid="grid", head=0, bg=None)
    D.h("Diagnoses")
    D.p("1. Severe falciparum malaria with prostration and one convulsion<br/>2. Severe anaemia secondary to malaria "
        "(transfused)<br/>3. Moderate acute malnutrition (MUAC 12.1 cm)")
    D.cond("Severe falciparum malaria", aliases=["severe malaria"])
    D.cond("Severe anaemia", aliases=["anaemia"])
    D.cond("Moderate acute malnutrition")
    D.h("Investigations")
    rows = [["Date", "Test", "Result", "Normal"]]
    for dt, n, v, u, lo, hi, ref, fl in [
            ("2025-03-04", "Haemoglobin", "4.2", "g/dL", 10.5, 13.5, "10.5-13.5", "critical"),
            ("2025-03-04", "mRDT (malaria)", "Positive", None, None, None, None, "abnormal"),
            ("2025-03-04", "Blood smear", "P. falciparum ++++", None, None, None, None, "abnormal"),
            ("2025-03-04", "Random blood sugar", "3.1", "mmol/L", 3.3, 7.8, "3.3-7.8", "auto"),
            ("2025-03-04", "WBC", "13.2", "x10^9/L", 5.0, 12.0, "5.0-12.0", "auto"),
            ("2025-03-04", "Platelets", "88", "x10^9/L", 150, 450, "150-450", "auto"),
            ("2025-03-05", "Haemoglobin", "8.9", "g/dL", 10.5, 13.5, "10.5-13.5", "auto"),
            ("2025-03-08", "Haemoglobin", "9.6", "g/dL", 10.5, 13.5, "10.5-13.5", "auto"),
            ("2025-03-05", "Sickling test", "Negative (HbAA)", None, None, None, None, None)]:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref, flag=fl)
        mark = {"critical": " (CRITICAL)", "high": " H", "low": " L", "abnormal": ""}.get(r["flag"], "")
        rows.append([D.d(dt), n, v + (f" {u}" if u else "") + mark, ref or ""])
    D.tbl(rows, [24 * mm, 45 * mm, 55 * mm, 30 * mm], grid="grid")
    D.p("Sickling test negative - no sickle cell disease.")
    D.no("conditions", "sickle cell disease", "negated", "sickling test negative")
    D.h("Treatment given on the ward")
    D.p("IV artesunate 3 mg/kg (32 mg) at 0, 12 and 24 hours, then daily - 4 doses, completed 06/03/2025. "
        "Whole blood transfusion 20 mL/kg on 04/03/2025. Phenobarbital 15 mg/kg IV once for convulsion. "
        "Albendazole 400 mg single dose given 07/03/2025. Paracetamol for fever.")
    D.med("artesunate", "32", "mg", "IV", None, "completed", note="3 mg/kg")
    D.no("medications", "IV artesunate", "stopped", "completed")
    D.no("medications", "Whole blood transfusion", "other")
    D.no("medications", "Phenobarbital", "other", "single dose")
    D.no("medications", "Albendazole", "other", "single dose")
    D.pb()
    D.h("Condition at discharge")
    D.tbl([["Temp", "Pulse", "Resp. rate", "SpO2", "Weight"],
           ["36.7 °C", "118 /min", "28 /min", "98 %", "11.2 kg"]], [32 * mm] * 5, grid="grid")
    D.vit("temperature", "36.7", "°C")
    D.vit("heart_rate", "118", "/min")
    D.vit("respiratory_rate", "28", "/min")
    D.vit("oxygen_saturation", "98", "%")
    D.vit("weight", "11.2", "kg")
    D.h("Discharge medicines")
    D.tbl([["Medicine", "Dose", "How often", "Duration"],
           ["Artemether-lumefantrine (Coartem) 20/120 mg", "2 tablets", "twice daily", "3 days (complete course)"],
           ["Folic acid", "5 mg", "once daily", "1 month"],
           ["Paracetamol syrup 120 mg/5 mL", "250 mg", "every 6 hours if fever", "3 days"],
           ["RUTF (Plumpy'Nut)", "1 sachet", "three times daily", "until review at OTC"]],
          [68 * mm, 25 * mm, 40 * mm, 42 * mm], grid="grid")
    D.med("artemether-lumefantrine", "20/120", "mg", None, "twice daily", "new", brand="Coartem",
          aliases=["artemether/lumefantrine"], note="2 tablets")
    D.med("folic acid", "5", "mg", None, "once daily", "new")
    D.med("paracetamol", "250", "mg", None, "every 6 hours if fever", "new")
    D.med("RUTF", "1", "sachet", None, "three times daily", "new", brand="Plumpy'Nut", optional=True,
          note="therapeutic food")
    D.h("Follow-up")
    D.p("Review at the paediatric clinic on 22/03/2025 with repeat haemoglobin. Ferrous sulphate to start at review "
        "after completion of antimalarial treatment. Immunisation card checked: up to date for age; measles second "
        "dose due at 18 months was missed - give at next visit. Sleep under an insecticide-treated net every night.")
    D.no("medications", "Ferrous sulphate", "planned")
    D.no("immunizations", "measles second dose", "due")
    D.no("labs", "repeat haemoglobin", "planned")
    D.sp(6)
    D.p("Discharging clinician: Dr. P. Ochieng-Test, MBChB MMed (Paed) &nbsp;&nbsp; Signature ........")
    return D

# ======================================================================================
# 21 Barbados - school entry health form (scan, image-only PDF, 2 pages)
# ======================================================================================
@document
def doc21():
    D = Doc(21, "bb", "school_health_form", country="Barbados",
            kind="Secondary-school entry health form: parent questionnaire with tick boxes, immunisation history, school nurse exam (scanned)",
            doctype="immunization_record", service_date="2025-01-09", date_style="dmy/", pages=2,
            scan="pdf", seed=21, size=9,
            scan_params=dict(dpi=165, angle=0.9, quality=60, gray=False, tint=(1.0, 0.99, 0.95), blur=0.75, light=0.2),
            header=std_header(["MINISTRY OF HEALTH AND WELLNESS (test form) - SCHOOL HEALTH SERVICE",
                               "Secondary School Entry Health Record - Bridgetown Test Polyclinic, Barbados"],
                              ["Form SH-11 (test)"]))
    D.notes += ["Dates dd/mm/yyyy without stated order: date_ambiguous where day and month <= 12.",
                "Tick-box 'No' conditions are checkbox_no; asthma and eczema ticked Yes are active.",
                "HPV dose 2 due, varicella not given, influenza declined: must_not due."]
    D.tbl([["Student", hw("Jaden Akeem BRATHWAITE-TEST (SYNTHETIC)"), "DOB", hw("19/08/2013")],
           ["School", hw("Test Secondary School, St. Michael"), "Form", hw("1")],
           ["Parent/guardian", hw("Mrs. T. Brathwaite-Test"), "Tel", hw("(246) 000-0000")]],
          [30 * mm, 82 * mm, 20 * mm, 42 * mm], grid="grid", head=0, bg=None, markup=True)
    D.h("Part A - Parent questionnaire: Does your child have, or has your child ever had:")
    X, O = hw("[X]"), "[ ]"
    items = [("Asthma", 1, "uses blue inhaler, last attack Sept 2024"), ("Eczema", 1, "mild, flares in dry season"),
             ("Epilepsy / fits", 0, ""), ("Diabetes", 0, ""), ("Heart condition", 0, ""),
             ("Sickle cell disease", 0, "trait? - not known"), ("Hearing problems", 0, ""), ("Wears glasses", 1, "")]
    rows = [["Condition", "Yes", "No", "Details"]]
    for n, y, det in items:
        rows.append([n, X if y else O, O if y else X, hw(det) if det else ""])
    D.tbl(rows, [50 * mm, 14 * mm, 14 * mm, 96 * mm], grid="grid", markup=True)
    D.cond("Asthma")
    D.cond("Eczema")
    for n in ("Epilepsy / fits", "Diabetes", "Heart condition", "Sickle cell disease", "Hearing problems"):
        D.no("conditions", n, "checkbox_no")
    D.p("Allergies: " + X + " Yes " + O + " No &nbsp; If yes: " + hw("Peanuts - hives and lip swelling; Penicillin - rash"))
    D.alg("Peanuts", "hives and lip swelling", aliases=["peanut"])
    D.alg("Penicillin", "rash")
    D.p("Medicines taken regularly: " + hw("Salbutamol inhaler (Ventolin) 100 mcg 2 puffs when needed; "
                                          "Beclometasone inhaler 100 mcg 2 puffs twice daily"))
    D.med("salbutamol", "100", "mcg", None, "2 puffs when needed", "active", brand="Ventolin")
    D.med("beclometasone", "100", "mcg", None, "2 puffs twice daily", "active")
    D.p("Parent signature: " + hw("T. Brathwaite-Test") + " &nbsp; Date: " + hw("06/01/2025"))
    D.pb()
    D.h("Part B - Immunisation history (copied from child health card by nurse)")
    vac = [("Pentavalent (DTP-HepB-Hib)", 1, "2013-10-21", "TSTBB0101"),
           ("Pentavalent (DTP-HepB-Hib)", 2, "2013-12-02", "TSTBB0102"),
           ("Pentavalent (DTP-HepB-Hib)", 3, "2014-01-13", "TSTBB0103"),
           ("MMR", 1, "2014-09-08", "TSTBB0201"), ("MMR", 2, "2017-10-05", "TSTBB0202"),
           ("DTP booster (pre-school)", 5, "2017-10-05", "TSTBB0301")]
    rows = [["Vaccine", "Dose", "Date", "Batch"]]
    for v, dn, dt, lot in vac:
        rows.append([v, str(dn), hw(D.d(dt)), hw(lot)])
        D.imm(v, dt, dose=dn, lot=lot)
    D.tbl(rows, [70 * mm, 16 * mm, 40 * mm, 40 * mm], grid="grid", markup=True)
    D.h("Part C - Given at school visit (09/01/2025)")
    D.tbl([["Vaccine", "Dose", "Date", "Batch", "Nurse"],
           ["Tdap (Boostrix)", "adolescent booster", hw("09/01/2025"), hw("TSTBB0401"), hw("N.G.")],
           ["HPV (Gardasil 9)", "1", hw("09/01/2025"), hw("TSTBB0501"), hw("N.G.")],
           ["HPV (Gardasil 9) dose 2", "-", hw("due 09/07/2025"), "", ""],
           ["Varicella", "-", hw("not given - no vaccine record"), "", ""],
           ["Influenza", "-", hw("declined by parent"), "", ""]],
          [50 * mm, 32 * mm, 46 * mm, 30 * mm, 16 * mm], grid="grid", markup=True)
    D.imm("Tdap (Boostrix)", "2025-01-09", lot="TSTBB0401", brand="Boostrix", aliases=["Tdap"])
    D.imm("HPV (Gardasil 9)", "2025-01-09", dose=1, lot="TSTBB0501", brand="Gardasil 9", aliases=["HPV"])
    D.no("immunizations", "HPV (Gardasil 9) dose 2", "due")
    D.no("immunizations", "Varicella", "due", "not given")
    D.no("immunizations", "Influenza", "due", "declined")
    D.h("Part D - School nurse examination (09/01/2025)")
    D.p("Height: " + hw("148 cm") + " &nbsp; Weight: " + hw("41 kg") + " &nbsp; BMI: " + hw("18.7 kg/m2")
        + " &nbsp; BP: " + hw("104/66 mmHg") + "<br/>Vision (Snellen): " + hw("R 6/6, L 6/9 with glasses")
        + " &nbsp; Hearing: " + hw("passed") + " &nbsp; Dental: " + hw("2 caries - refer dental clinic"))
    D.vit("height", "148", "cm")
    D.vit("weight", "41", "kg")
    D.vit("bmi", "18.7", "kg/m2")
    D.vit("blood_pressure", "104/66", "mmHg")
    D.p("Asthma action plan on file: " + hw("Yes") + ". Inhaler kept at school office: " + hw("Yes")
        + ". Peanut-free table advised.")
    D.p("School nurse: " + hw("N. Greaves-Test RN") + " &nbsp; Signature: " + hw("NGreaves"))
    return D


# ======================================================================================
# 22 Sri Lanka - GP referral form to endocrinology
# ======================================================================================
@document
def doc22():
    D = Doc(22, "lk", "endocrine_referral", country="Sri Lanka",
            kind="GP referral form to endocrinology clinic (resistant hypertension with hypokalaemia)",
            doctype="other", service_date="2025-02-14", date_style="dmy.", pages=1, size=9,
            header=std_header(["REFERRAL FORM - Kelani Test Family Medical Centre (fictional)",
                               "No. 00, Test Mawatha, Colombo 00, Sri Lanka - Tel +94 11 000 0000"],
                              ["To: Endocrinology Clinic"]))
    D.notes += ["Dates DD.MM.YYYY (not stated; no vaccines).",
                "Suspected primary hyperaldosteronism ('?') is hypothetical: must_not other.",
                "Hydrochlorothiazide stopped (row + must_not); spironolactone not started (planned); ARR pending (planned).",
                "Home BP readings optional; clinic BP scored."]
    D.tbl([["Patient", "Mr. Nuwan Chaminda PERERA-TEST (SYNTHETIC)", "Age/Sex", "47 / M"],
           ["NIC", "000000000V (test)", "Date", "14.02.2025"],
           ["Referred to", "Consultant Endocrinologist, Test Teaching Hospital", "Urgency", "Soon (within 4 weeks)"]],
          [26 * mm, 90 * mm, 22 * mm, 36 * mm], grid="grid", head=0, bg=None)
    D.h("Reason for referral")
    D.p("Resistant hypertension on three agents with persistent hypokalaemia - ?primary hyperaldosteronism. "
        "Kindly evaluate and advise.")
    D.no("conditions", "?primary hyperaldosteronism", "other", "suspected, not confirmed")
    D.h("Problem list")
    D.p("1. Resistant hypertension (since 2020)<br/>2. Hypokalaemia<br/>3. Type 2 diabetes mellitus (2018)<br/>"
        "4. Dyslipidaemia<br/>No symptoms suggestive of Cushing's syndrome. Family history: mother - hypertension; "
        "father - stroke at 60.")
    D.cond("Resistant hypertension", aliases=["hypertension"])
    D.cond("Hypokalaemia")
    D.cond("Type 2 diabetes mellitus")
    D.cond("Dyslipidaemia")
    D.no("conditions", "Cushing's syndrome", "negated")
    D.no("conditions", "stroke", "family")
    D.h("Examination")
    D.p("Clinic BP 168/102 mmHg (mean of 3 seated readings), pulse 78/min regular, weight 82 kg. "
        "Home BP log: 158/98, 162/100 mmHg.")
    D.vit("blood_pressure", "168/102", "mmHg")
    D.vit("heart_rate", "78", "/min")
    D.vit("weight", "82", "kg")
    D.vit("blood_pressure", "158/98", "mmHg", optional=True, note="home reading")
    D.vit("blood_pressure", "162/100", "mmHg", optional=True, note="home reading")
    D.h("Investigations")
    rows = [["Date", "Test", "Result", "Reference"]]
    for dt, n, v, u, lo, hi, ref in [("2025-01-28", "Serum potassium", "3.1", "mmol/L", 3.5, 5.1, "3.5-5.1"),
                                     ("2025-02-12", "Serum potassium", "2.9", "mmol/L", 3.5, 5.1, "3.5-5.1"),
                                     ("2025-02-12", "Serum sodium", "143", "mmol/L", 135, 145, "135-145"),
                                     ("2025-02-12", "Serum bicarbonate", "31", "mmol/L", 22, 29, "22-29"),
                                     ("2025-02-12", "Serum creatinine", "0.98", "mg/dL", 0.7, 1.3, "0.7-1.3"),
                                     ("2025-02-12", "Fasting blood sugar", "142", "mg/dL", 70, 110, "70-110"),
                                     ("2025-02-12", "HbA1c", "7.6", "%", 4.0, 6.0, "4.0-6.0")]:
        r = D.lab(n, v, u, lo, hi, dt, ref=ref)
        rows.append([D.d(dt), n, f"{v} {u}" + {"high": " H", "low": " L"}.get(r["flag"], ""), ref])
    D.tbl(rows, [25 * mm, 55 * mm, 40 * mm, 30 * mm], grid="grid")
    D.p("Plasma aldosterone/renin ratio: sample sent 12.02.2025 - pending. ECG: LVH by voltage criteria.")
    D.no("labs", "Plasma aldosterone/renin ratio", "planned", "pending")
    D.h("Current medications")
    D.p("Losartan 100 mg once daily; Amlodipine 10 mg once daily; Metformin 500 mg twice daily; Atorvastatin 20 mg "
        "at night. Hydrochlorothiazide 25 mg daily - STOPPED on 12.02.2025 because of hypokalaemia. Started "
        "potassium chloride (Slow-K) 600 mg 2 tablets twice daily and prazosin 1 mg twice daily on 12.02.2025. "
        "Spironolactone not started pending aldosterone/renin result.")
    D.med("losartan", "100", "mg", None, "once daily", "active")
    D.med("amlodipine", "10", "mg", None, "once daily", "active")
    D.med("metformin", "500", "mg", None, "twice daily", "active")
    D.med("atorvastatin", "20", "mg", None, "at night", "active")
    D.med("hydrochlorothiazide", "25", "mg", None, "daily", "stopped")
    D.med("potassium chloride", "600", "mg", None, "2 tablets twice daily", "new", brand="Slow-K")
    D.med("prazosin", "1", "mg", None, "twice daily", "new")
    D.no("medications", "Hydrochlorothiazide", "stopped")
    D.no("medications", "Spironolactone", "planned")
    D.p("Allergies: no known drug allergies.")
    D.sp(8)
    D.p("Referring doctor: Dr. D. Wickramasinghe-Test, MBBS, MD (Family Medicine) &nbsp; SLMC Reg. 00000 &nbsp; "
        "Signature & stamp ............")
    return D


# ==== MAIN ====
def generate(outdir, png_dir=None, verbose=True):
    docs_dir = os.path.join(outdir, "docs")
    truth_dir = os.path.join(outdir, "truth")
    os.makedirs(docs_dir, exist_ok=True)
    os.makedirs(truth_dir, exist_ok=True)
    errs, metas = [], []
    for fn in DOCS:
        doc = fn()
        pdf = build_pdf(doc)
        pages_text = pdf_pages_text(pdf)
        if doc.scan:
            sp = dict(dpi=170, angle=1.0, quality=62, gray=False, tint=None, blur=0.8,
                      noise=7.0, speck=0.00025, light=0.22)
            sp.update(doc.scan_params)
            assert abs(sp["angle"]) <= 2.5 and 150 <= sp["dpi"] <= 200
            imgs = render_pages(pdf, sp["dpi"])
            outs = []
            for i, im in enumerate(imgs):
                ang = sp["angle"] * (1 if i % 2 == 0 else -0.6)
                outs.append(degrade(im, doc.seed * 100 + i + 7, ang, blur=sp["blur"],
                                    noise=sp["noise"], speck=sp["speck"], light=sp["light"],
                                    tint=sp["tint"], quality=sp["quality"], gray=sp["gray"]))
            if doc.ext == "jpg":
                assert len(outs) == 1, doc.stem
                final = outs[0][0]
            else:
                final = images_to_pdf(outs, sp["dpi"])
        else:
            final = pdf
        t = doc.truth(len(pages_text), text_layer=not doc.scan)
        errs += check_doc(doc, t, pages_text, final)
        with open(os.path.join(docs_dir, f"{doc.stem}.{doc.ext}"), "wb") as f:
            f.write(final)
        with open(os.path.join(truth_dir, f"{doc.stem}.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(t, indent=2, ensure_ascii=False) + "\n")
        if png_dir:
            os.makedirs(png_dir, exist_ok=True)
            if doc.ext == "jpg":
                Image.open(io.BytesIO(final)).save(os.path.join(png_dir, f"{doc.stem}_p1.png"))
            else:
                for i, im in enumerate(render_pages(final, 110)):
                    im.save(os.path.join(png_dir, f"{doc.stem}_p{i+1}.png"))
        metas.append((doc, t))
    # cross-document checks
    stems = [d.stem for d, _ in metas]
    assert len(set(stems)) == len(stems) == 22, len(stems)
    countries = {d.country for d, _ in metas}
    assert len(countries) >= 15, countries
    assert sum(1 for d, _ in metas if d.scan) == 6
    if errs:
        for e in errs:
            print("CHECK:", e, file=sys.stderr)
        raise SystemExit(2)
    return metas


def manifest_lines(outdir):
    lines = []
    for sub in ("docs", "truth"):
        for name in sorted(os.listdir(os.path.join(outdir, sub))):
            p = os.path.join(outdir, sub, name)
            with open(p, "rb") as f:
                lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {sub}/{name}")
    return sorted(lines, key=lambda s: s.split("  ", 1)[1])


def stats(metas):
    tot = {c: 0 for c in CATS}
    opt = 0
    mn = 0
    pages = 0
    for d, t in metas:
        pages += t["page_count"]
        mn += len(t["must_not"])
        for c in CATS:
            for r in t[c]:
                if r.get("optional"):
                    opt += 1
                else:
                    tot[c] += 1
    return tot, opt, mn, pages


def write_readme(outdir, metas):
    tot, opt, mn, pages = stats(metas)
    L = ["# Held-out evaluation set 10", "",
         "Synthetic, English-language clinical documents for an independent measurement of the",
         "clinical-document extractor. Every person, identifier, address, phone number and lot",
         "number is invented; every page carries the footer "
         f"\"{FOOTER}\".", "",
         "Generated by `make_heldout10.py` (deterministic; `--check` verifies against MANIFEST.sha256).",
         "Truth rows follow the conventions of the brief: rows are current facts a careful",
         "clinician would record; stopped/completed medicines are rows with that status plus a",
         "must_not row; one-off doses given in hospital/clinic are must_not only; due/declined",
         "vaccines are must_not; optional rows count neither way.", "",
         f"Totals: {len(metas)} documents, {len({d.country for d, _ in metas})} countries, "
         f"{pages} pages, {sum(1 for d, _ in metas if d.scan)} scans; scored rows "
         + ", ".join(f"{c} {tot[c]}" for c in CATS)
         + f" (total {sum(tot.values())}); optional {opt}; must_not {mn}.", "",
         "| # | file | country | kind | type | text layer | pages | date style | scored | must_not |",
         "|---|------|---------|------|------|-----------|-------|------------|--------|----------|"]
    for d, t in metas:
        sc = sum(1 for c in CATS for r in t[c] if not r.get("optional"))
        L.append(f"| {d.nn:02d} | {t['file']} | {d.country} | {d.kind} | {d.doctype} | "
                 f"{'yes' if t['text_layer'] else 'no (' + ('JPEG' if d.ext == 'jpg' else 'image-only PDF') + ')'}"
                 f" | {t['page_count']} | {STYLE_DESC[d.date_style]}"
                 f"{'; order stated in document' if d.order_stated else ('; order not stated' if d.numeric_dates else '')}"
                 f" | {sc} | {len(t['must_not'])} |")
    L += ["", "## Judgement calls per document", ""]
    for d, t in metas:
        L.append(f"### {d.stem}")
        for n in d.notes:
            L.append(f"- {n}")
        if d.scan:
            L.append("- Scan: rasterised from a text PDF, rotated <= 2.5 degrees, blurred, noise, "
                     "speckles, uneven light, JPEG-compressed.")
        L.append("")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


STYLE_DESC = {"dmy/": "DD/MM/YYYY", "dmy-": "DD-MM-YYYY", "dmy.": "DD.MM.YYYY",
              "dmy2/": "DD/MM/YY", "mdy/": "MM/DD/YYYY", "iso": "YYYY-MM-DD (ISO)",
              "d Mon Y": "DD Mon YYYY", "d-Mon-Y": "DD-Mon-YYYY", "Month d, Y": "Month D, YYYY",
              "d Month Y": "D Month YYYY"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--png", default=None)
    a = ap.parse_args()
    if a.check:
        tmp = tempfile.mkdtemp(prefix="heldout10_check_")
        try:
            generate(tmp)
            new = manifest_lines(tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        with open(os.path.join(HERE, "MANIFEST.sha256"), encoding="utf-8") as f:
            old = [x for x in f.read().splitlines() if x.strip()]
        disk = manifest_lines(HERE)
        if new != old or disk != old:
            print("MISMATCH: regenerated files differ from MANIFEST.sha256", file=sys.stderr)
            for x in sorted(set(new) ^ set(old)):
                print("  ", x, file=sys.stderr)
            for x in sorted(set(disk) ^ set(old)):
                print("  disk:", x, file=sys.stderr)
            raise SystemExit(1)
        print(f"OK: {len(new)} files match MANIFEST.sha256")
        return
    for sub in ("docs", "truth"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    metas = generate(HERE, png_dir=a.png)
    with open(os.path.join(HERE, "MANIFEST.sha256"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest_lines(HERE)) + "\n")
    write_readme(HERE, metas)
    tot, opt, mn, pages = stats(metas)
    print(f"docs {len(metas)} pages {pages} scored {tot} total {sum(tot.values())} "
          f"optional {opt} must_not {mn}")


if __name__ == "__main__":
    main()
