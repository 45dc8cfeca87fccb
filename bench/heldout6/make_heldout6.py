#!/usr/bin/env python3
"""Deterministic generator for held-out extraction set 6 (docpipe).

Written only from pipeline/clinical/schema.py and the brief; the author has not seen
the extractor.  Every document is one function that draws its pages from tuples and
builds its truth from the same tuples.

    python make_heldout6.py            # (re)generate docs/, truth/, MANIFEST.sha256, README.md
    python make_heldout6.py --check    # verify MANIFEST.sha256 only (exit 1 on mismatch/unlisted)
    python make_heldout6.py --table    # print the documents table from truth/
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
import reportlab  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
WHY = {"negated", "family", "historical", "planned", "due", "stopped", "checkbox_no", "leaflet",
       "not_clinical", "other"}
DOCTYPES = {"lab_result", "prescription", "discharge_summary", "immunization_record",
            "medical_record", "other"}
MED_STATUS = {"active", "new", "changed", "stopped", "held", "completed"}
FLAGS = {"normal", "high", "low", "critical", "abnormal", None}
VKINDS = {"blood_pressure", "heart_rate", "temperature", "respiratory_rate", "oxygen_saturation",
          "weight", "height", "bmi"}

# handwriting-like font shipped with reportlab (Calligrapher, Type 1, embedded)
_RLF = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
_face = pdfmetrics.EmbeddedType1Face(os.path.join(_RLF, "callig15.afm"), os.path.join(_RLF, "callig15.pfb"))
pdfmetrics.registerTypeFace(_face)
pdfmetrics.registerFont(pdfmetrics.Font("Hand", _face.name, "WinAnsiEncoding"))


# ----------------------------------------------------------------------------- truth rows
def M(name, brand, dose, unit, route, freq, status="active", **kw):
    d = dict(name=name, brand=brand, dose=dose, unit=unit, route=route, frequency=freq, status=status)
    d.update(kw)
    return d


def L(test, vt, num, unit, lo, hi, rt, flag, date, **kw):
    d = dict(test_name=test, value_text=vt, value_numeric=num, unit=unit, reference_low=lo,
             reference_high=hi, reference_text=rt, flag=flag, date=date)
    d.update(kw)
    return d


def V(kind, vt, num, sec, unit, **kw):
    d = dict(kind=kind, value_text=vt, value_numeric=num, value_secondary=sec, unit=unit)
    d.update(kw)
    return d


def A(sub, reac=None, sev=None, **kw):
    d = dict(substance=sub, reaction=reac, severity=sev)
    d.update(kw)
    return d


def C(name, status="active", icd=None, **kw):
    d = dict(name=name, status=status, icd10_code=icd)
    d.update(kw)
    return d


def I(vac, date, dose=None, lot=None, brand=None, amb=False, **kw):  # noqa: E743
    d = dict(vaccine=vac, administered_on=date, dose_number=dose, lot_number=lot, brand=brand,
             date_ambiguous=amb)
    d.update(kw)
    return d


def N(cat, name, why, note=None):
    d = dict(category=cat, name=name, why=why)
    if note:
        d["note"] = note
    return d


def flag_of(v, lo, hi, crit_lo=None, crit_hi=None):
    """The flag a value earns against its range (strict bounds)."""
    if crit_lo is not None and v < crit_lo:
        return "critical"
    if crit_hi is not None and v > crit_hi:
        return "critical"
    if lo is not None and v < lo:
        return "low"
    if hi is not None and v > hi:
        return "high"
    return "normal"


FLAG_MARK = {"normal": "", "high": "H", "low": "L", "critical": "C", "abnormal": "*", None: ""}


def num(s):
    """Numeric value of a printed result, or None for words / censored values."""
    t = s.replace(",", "").strip()
    return float(t) if re.fullmatch(r"-?\d+(\.\d+)?", t) else None


# ----------------------------------------------------------------------------- drawing
def S(name="b", font="Helvetica", size=9, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, **kw)


def P(text, style=None):
    return Paragraph(text, style or S())


def E(text):
    return escape(text)


def tbl(rows, widths, ruled=True, head=1, size=8, font="Helvetica", bold="Helvetica-Bold",
        wrap=True, pad=2, shade_head=True, extra=()):
    st = S("c", font, size)
    sth = S("h", bold, size)
    data = []
    for i, r in enumerate(rows):
        out = []
        for c in r:
            if isinstance(c, str) and wrap:
                out.append(Paragraph(E(c), sth if i < head else st))
            else:
                out.append(c)
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=head)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif head:
        cmds.append(("LINEBELOW", (0, head - 1), (-1, head - 1), 0.8, colors.black))
    if head and shade_head:
        cmds.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.Color(0.88, 0.88, 0.88)))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def build_flow(story, header=None, pagesize=A4, margins=(18, 18, 22, 20), title="synthetic"):
    """Platypus document; header(c, pageno) drawn on every page plus the synthetic footer."""
    buf = io.BytesIO()

    def onpage(c, d):
        c.saveState()
        if header:
            header(c, c.getPageNumber())
        c.setFont("Helvetica", 7)
        c.drawCentredString(pagesize[0] / 2, 8 * mm, FOOTER)
        c.restoreState()

    lm, rm, tm, bm = margins
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=lm * mm, rightMargin=rm * mm,
                            topMargin=tm * mm, bottomMargin=bm * mm, invariant=1, title=title,
                            author="synthetic", creator="make_heldout6", subject="synthetic")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


def build_canvas(pages, pagesize=A4, title="synthetic"):
    """pages: list of callables f(c, w, h) drawing one page each; footer added."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic")
    w, h = pagesize
    for f in pages:
        f(c, w, h)
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, 8 * mm, FOOTER)
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(pdf_bytes):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    n = len(pdf)
    pdf.close()
    return out, n


def scanify(pdf_bytes, seed, angle, as_jpeg, quality, dpi=200):
    """Rasterise (grey), add shading, noise and blur, rotate; JPEG bytes or image-only PDF bytes."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(seed)
    jpgs, sizes = [], []
    for i in range(len(pdf)):
        page = pdf[i]
        sizes.append(page.get_size())
        im = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        a = np.asarray(im, dtype=np.float32)
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        shade = 0.93 - 0.10 * (xx / w) - 0.07 * ((yy / h - 0.35) ** 2) + 0.03 * np.sin(yy / h * 5 + seed)
        a = a * shade + 12 * (1 - shade) * 0 + rng.normal(0, 8.0, a.shape)
        speck = rng.random(a.shape) < 0.0008
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.6))
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=205)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        jpgs.append((b.getvalue(), im.size))
    pdf.close()
    if as_jpeg:
        assert len(jpgs) == 1
        return jpgs[0][0]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for (jb, (iw, ih)), (pw, ph) in zip(jpgs, sizes):
        c.setPageSize((pw, ph))
        sc = min(pw / iw, ph / ih)
        c.drawImage(ImageReader(io.BytesIO(jb)), (pw - iw * sc) / 2, (ph - ih * sc) / 2, iw * sc, ih * sc)
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- checks
def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")).strip().lower()


CHECK_FIELDS = {
    "medications": ("name", "brand", "dose", "unit", "route", "frequency", "concentration"),
    "labs": ("test_name", "value_text", "unit", "reference_text", "specimen"),
    "vitals": ("value_text", "unit"),
    "allergies": ("substance", "reaction", "severity"),
    "conditions": ("name", "icd10_code"),
    "immunizations": ("vaccine", "lot_number", "brand"),
}


def check_truth(t, text):
    tx = norm(text)

    def has(s, where):
        assert isinstance(s, str), (where, s)
        n = norm(s)
        assert n in tx, f"{t['file']}: {where}: {s!r} not in text"

    assert t["document_type"] in DOCTYPES
    for cat in CATS:
        for r in t[cat]:
            for f in CHECK_FIELDS[cat]:
                if r.get(f) is not None:
                    has(r[f], f"{cat}.{f}")
            for a in r.get("aliases", []) or []:
                has(a, f"{cat}.aliases")
            if cat == "medications":
                assert r["status"] in MED_STATUS, r
                for s in r.get("status_also_ok", []):
                    assert s in MED_STATUS
            if cat == "labs":
                assert r["flag"] in FLAGS, r
                assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"] or "") or r["date"] is None
                vn = r["value_numeric"]
                pv = num(r["value_text"])
                assert pv == vn, (t["file"], r)
                if vn is not None and (r["reference_low"] is not None or r["reference_high"] is not None):
                    exp = flag_of(vn, r["reference_low"], r["reference_high"])
                    assert r["flag"] == exp or (r["flag"] == "critical" and exp != "normal"), (t["file"], r, exp)
            if cat == "vitals":
                assert r["kind"] in VKINDS, r
                if r["value_numeric"] is not None:
                    assert norm(r["value_text"]).startswith(re.sub(r"\.0$", "", str(r["value_numeric"])).lower()) or \
                        str(r["value_numeric"]) in r["value_text"] or r["kind"] == "height", (t["file"], r)
            if cat == "immunizations":
                d = r["administered_on"]
                assert d is None or re.fullmatch(r"202[4-6]-\d\d-\d\d", d), r
    for r in t["must_not"]:
        assert r["why"] in WHY, r
        has(r["name"], "must_not.name")
        same = [x for x in t[r["category"]] if norm(x.get("name") or x.get("test_name") or x.get("substance")
                                                       or x.get("vaccine") or "") == norm(r["name"])]
        if r["category"] == "medications" and r["why"] == "stopped":
            # brief: stopped/completed medicines are rows with that status AND get a must_not row
            assert same and all(x["status"] in ("stopped", "completed") for x in same), (t["file"], r)
        else:
            assert not same, (t["file"], "must_not collides", r)
    assert FOOTER.lower() in tx


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def finish(meta, pdf_bytes, scan=None, **cats):
    """Check truth against the PDF text, write docs/ and truth/ files.  scan=(seed, angle, 'jpg'|'pdf', q)."""
    texts, npages = pdf_text(pdf_bytes)
    for i, tpg in enumerate(texts):
        assert FOOTER.lower() in norm(tpg), (meta["file"], "footer missing on page", i + 1)
    base = meta["file"]
    if scan:
        seed, angle, kind, q = scan
        out = scanify(pdf_bytes, seed, angle, kind == "jpg", q)
        base = base + "." + kind
        if kind == "pdf":
            tt, n2 = pdf_text(out)
            assert n2 == npages and not "".join(tt).strip(), "image-only PDF has a text layer"
        text_layer = False
    else:
        out = pdf_bytes
        base = base + ".pdf"
        text_layer = True
    t = dict(file="docs/" + base, synthetic=True, text_layer=text_layer, page_count=npages,
             document_type=meta["document_type"], country=meta["country"], kind=meta["kind"],
             service_date=meta["service_date"])
    for c in CATS:
        t[c] = list(cats.get(c, []))
    t["must_not"] = list(cats.get("must_not", []))
    check_truth(t, "\n".join(texts))
    with open(os.path.join(HERE, "docs", base), "wb") as f:
        f.write(out)
    stem = os.path.splitext(base)[0]
    with open(os.path.join(HERE, "truth", stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return t


def meta(nn, cc, short, country, kind, doctype, service_date):
    return dict(file=f"{nn:02d}_{cc}_{short}", country=country, kind=kind, document_type=doctype,
                service_date=service_date)


# ============================================================================= documents
# ---------------------------------------------------------------- 01 Pakistan cumulative lab
@doc
def d01():
    m = meta(1, "pk", "lahore_cumulative_lab", "Pakistan", "cumulative lab report, ruled, 3 date columns",
             "lab_result", "2025-07-22")
    dates = (("14-01-2025", "2025-01-14"), ("15-04-2025", "2025-04-15"), ("22-07-2025", "2025-07-22"))
    tests = (
        ("HAEMATOLOGY", None),
        ("Haemoglobin", "g/dL", 13.0, 17.0, "13.0 - 17.0", ("12.4", "12.9", "13.6")),
        ("Total Leucocyte Count (TLC)", "x10E9/L", 4.0, 11.0, "4.0 - 11.0", ("7.8", "8.4", "6.9")),
        ("Platelet Count", "x10E9/L", 150, 400, "150 - 400", ("212", "198", "240")),
        ("MCV", "fL", 80, 100, "80 - 100", ("78.6", "81.2", "83.0")),
        ("Erythrocyte Sedimentation Rate (Westergren)", "mm/1st hr", None, 15, "0 - 15", ("22", "--", "12")),
        ("DIABETIC PROFILE", None),
        ("Fasting Blood Sugar", "mg/dL", 70, 100, "70 - 100", ("148", "132", "118")),
        ("Glycated Haemoglobin (HbA1c)", "%", 4.0, 5.6, "4.0 - 5.6", ("8.1", "7.4", "6.9")),
        ("RENAL FUNCTION TESTS", None),
        ("Blood Urea", "mg/dL", 15, 45, "15 - 45", ("38", "41", "36")),
        ("Serum Creatinine", "mg/dL", 0.7, 1.3, "0.7 - 1.3", ("1.2", "1.4", "1.3")),
        ("eGFR (CKD-EPI 2021)", "mL/min/1.73m2", 60, None, "> 60", ("66", "55", "61")),
        ("Serum Sodium", "mmol/L", 135, 145, "135 - 145", ("139", "136", "141")),
        ("Serum Potassium", "mmol/L", 3.5, 5.1, "3.5 - 5.1", ("4.6", "5.4", "4.8")),
        ("Serum Uric Acid", "mg/dL", 3.5, 7.2, "3.5 - 7.2", ("7.9", "6.8", "6.1")),
        ("Urine Albumin/Creatinine Ratio", "mg/g", None, 30, "< 30", ("45", "38", "26")),
        ("LIVER FUNCTION TESTS", None),
        ("ALT (SGPT)", "U/L", None, 41, "Up to 41", ("34", "52", "39")),
        ("Alkaline Phosphatase", "U/L", 40, 129, "40 - 129", ("96", "104", "91")),
        ("Total Bilirubin", "mg/dL", 0.1, 1.2, "0.1 - 1.2", ("0.6", "0.8", "0.7")),
        ("LIPID PROFILE", None),
        ("Total Cholesterol", "mg/dL", None, 200, "< 200", ("228", "196", "181")),
        ("Triglycerides", "mg/dL", None, 150, "< 150", ("210", "172", "139")),
        ("HDL Cholesterol", "mg/dL", 40, None, "> 40", ("36", "38", "42")),
        ("LDL Cholesterol (calculated)", "mg/dL", None, 100, "< 100", ("146", "124", "108")),
        ("THYROID", None),
        ("TSH", "uIU/mL", 0.4, 4.0, "0.4 - 4.0", ("2.1", "--", "--")),
    )
    rows = [["Test", *[d for d, _ in dates], "Units", "Reference Range"]]
    labs = []
    sect_rows = []
    for t in tests:
        if t[1] is None:
            sect_rows.append(len(rows))
            rows.append([t[0], "", "", "", "", ""])
            continue
        name, unit, lo, hi, rt, vals = t
        cells = []
        for (dp, iso), v in zip(dates, vals):
            if v == "--":
                cells.append("--")
                continue
            fl = flag_of(float(v), lo, hi)
            cells.append(f"{v} {FLAG_MARK[fl]}".strip())
            labs.append(L(name, v, float(v), unit, lo, hi, rt, fl, iso, specimen="Serum" if unit in ("mg/dL", "mmol/L", "U/L") and "Urine" not in name else None))
        rows.append([name, *cells, unit, rt])
    for r in labs:
        if r.get("specimen") is None:
            r.pop("specimen", None)
    extra = [("SPAN", (0, i), (-1, i)) for i in sect_rows] + \
        [("BACKGROUND", (0, i), (-1, i), colors.Color(0.94, 0.94, 0.94)) for i in sect_rows]
    t = tbl(rows, [62 * mm, 22 * mm, 22 * mm, 22 * mm, 26 * mm, 26 * mm], size=9.5, pad=6, extra=extra)

    def header(c, pg):
        w, h = A4
        c.setFont("Helvetica-Bold", 14)
        c.drawString(18 * mm, h - 14 * mm, "RAVI DIAGNOSTIC & PATHOLOGY LABORATORY")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, h - 19 * mm, "42-B Jail Road, Lahore  |  Ph: 042-0000-1234  |  PNAC accredited (synthetic)")
        c.setFont("Helvetica", 8.5)
        c.drawString(18 * mm, h - 27 * mm, "Patient: Mr. Tariq Mehmood Butt      Age/Sex: 58 Y / M      MR#: RDL-24-118273")
        c.drawString(18 * mm, h - 32 * mm, "Referred by: Dr. Sadia Rehman (FCPS Medicine)      Report: CUMULATIVE      Printed: 23-07-2025")
        c.line(18 * mm, h - 35 * mm, w - 18 * mm, h - 35 * mm)
        c.drawRightString(w - 18 * mm, 13 * mm, f"Page {pg}")

    st = S(size=8.5)
    story = [P("<b>CUMULATIVE REPORT</b> (dates are sample collection dates, DD-MM-YYYY; H = High, L = Low)", st),
             Spacer(1, 4), t, Spacer(1, 8),
             P("<b>HbA1c interpretation (ADA):</b> Normal &lt; 5.7 %  |  Prediabetes 5.7 - 6.4 %  |  Diabetes &gt;= 6.5 %", st),
             Spacer(1, 4),
             P("Comments: Improving glycaemic control over the three samples. Kindly correlate clinically.", st),
             Spacer(1, 16),
             P("Dr. Farah Naz, MBBS, FCPS (Chemical Pathology) - Consultant Pathologist", st),
             P("This is a computer generated report and does not require signature.", S(size=7))]
    pdf = build_flow(story, header, margins=(18, 18, 40, 20))
    must = [N("conditions", "Prediabetes", "other", "HbA1c interpretation legend, not a diagnosis"),
            N("conditions", "Diabetes", "other", "legend text")]
    return finish(m, pdf, labs=labs, must_not=must)



# ---------------------------------------------------------------- 02 Nigeria single-date lab (scan)
@doc
def d02():
    m = meta(2, "ng", "lagos_lab_scan", "Nigeria", "single-date lab report, unruled, flag column, scanned JPEG",
             "lab_result", "2025-05-16")
    iso = "2025-05-16"
    # (test, result, unit, lo, hi, printed reference, flag for qualitative results)
    secs = (
        ("HAEMATOLOGY", (
            ("Haemoglobin (Hb)", "10.2", "g/dL", 12.0, 16.0, "12.0 - 16.0", None),
            ("Packed Cell Volume (PCV)", "31", "%", 36, 46, "36 - 46", None),
            ("White Blood Cell Count", "12.8", "x10^9/L", 4.0, 11.0, "4.0 - 11.0", None),
            ("Neutrophils", "78", "%", 40, 75, "40 - 75", None),
            ("Lymphocytes", "18", "%", 20, 45, "20 - 45", None),
            ("Platelets", "165", "x10^9/L", 150, 400, "150 - 400", None),
        )),
        ("PARASITOLOGY / SEROLOGY", (
            ("Malaria Parasite (thick film)", "Not seen", None, None, None, "Not seen", "normal"),
            ("Salmonella typhi O (Widal)", "1/80", None, None, None, "< 1/160", "normal"),
            ("HIV 1 & 2 Screening", "Non-reactive", None, None, None, "Non-reactive", "normal"),
            ("HBsAg", "Non-reactive", None, None, None, "Non-reactive", "normal"),
            ("VDRL", "Non-reactive", None, None, None, "Non-reactive", "normal"),
        )),
        ("CHEMISTRY", (
            ("Random Blood Sugar", "6.1", "mmol/L", 3.9, 7.8, "3.9 - 7.8", None),
            ("Serum Creatinine", "97", "umol/L", 53, 97.5, "53 - 97.5", None),
        )),
        ("URINALYSIS (Dipstick)", (
            ("Appearance", "Cloudy", None, None, None, "Clear", "abnormal"),
            ("Protein", "Trace", None, None, None, "Negative", "abnormal"),
            ("Glucose", "Negative", None, None, None, "Negative", "normal"),
            ("Ketones", "Negative", None, None, None, "Negative", "normal"),
            ("Blood", "1+", None, None, None, "Negative", "abnormal"),
            ("Nitrite", "Positive", None, None, None, "Negative", "abnormal"),
            ("Leucocyte esterase", "2+", None, None, None, "Negative", "abnormal"),
            ("pH", "6.0", None, 5.0, 8.0, "5.0 - 8.0", None),
            ("Specific gravity", "1.020", None, 1.005, 1.030, "1.005 - 1.030", None),
        )),
        ("URINE MICROSCOPY", (
            ("Pus cells", "10-12", "/hpf", None, None, "0 - 5", "high"),
            ("Red blood cells", "2-4", "/hpf", None, None, "0 - 2", "high"),
        )),
    )
    rows = [["INVESTIGATION", "RESULT", "FLAG", "UNIT", "REFERENCE"]]
    labs, sect = [], []
    for title, tests in secs:
        sect.append(len(rows))
        rows.append([title, "", "", "", ""])
        for name, v, unit, lo, hi, rt, qf in tests:
            n = num(v)
            fl = flag_of(n, lo, hi) if (n is not None and qf is None) else qf
            rows.append([name, v, FLAG_MARK[fl], unit or "", rt])
            r = L(name, v, n, unit, lo, hi, rt, fl, iso)
            if title.startswith("URIN"):
                r["specimen"] = "Urine"
            if name == "Pus cells" or name == "Red blood cells":
                r["reference_high"] = 5 if name == "Pus cells" else 2
                r["reference_low"] = 0
                r["note"] = "range count; value_numeric null"
            labs.append(r)
    extra = [("FONTNAME", (0, i), (0, i), "Helvetica-Bold") for i in sect]
    t = tbl(rows, [62 * mm, 28 * mm, 14 * mm, 24 * mm, 40 * mm], ruled=False, size=8.5, wrap=False, pad=1.6,
            extra=extra)

    def header(c, pg):
        w, h = A4
        c.setFont("Times-Bold", 15)
        c.drawCentredString(w / 2, h - 15 * mm, "EKO ATLANTIC MEDICAL LABORATORY SERVICES LTD")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(w / 2, h - 20 * mm, "14 Broad Street, Lagos Island, Lagos  |  Tel: 0700 000 0000  |  MLSCN Reg. (synthetic)")
        c.setLineWidth(1.2)
        c.line(18 * mm, h - 23 * mm, w - 18 * mm, h - 23 * mm)

    st = S(size=8.5)
    story = [
        P("<b>Name:</b> Mrs. Chiamaka Okonkwo-Adeyemi &nbsp;&nbsp; <b>Age:</b> 34 yrs &nbsp;&nbsp; <b>Sex:</b> F &nbsp;&nbsp; <b>Lab No:</b> EAM/25/04417", st),
        P("<b>Requesting clinician:</b> Dr. B. Adewale, Marina Family Clinic &nbsp;&nbsp; <b>Clinical details:</b> fever, dysuria ? UTI ? Malaria", st),
        P("<b>Collected:</b> 16/05/2025 08:40 &nbsp;&nbsp; <b>Reported:</b> 16/05/2025 15:10 &nbsp;&nbsp; <b>Specimen:</b> Blood (EDTA, plain), mid-stream urine", st),
        Spacer(1, 6), t, Spacer(1, 6),
        P("<b>Haemoglobin genotype:</b> sample insufficient - please send fresh EDTA sample.", st),
        P("<b>Urine culture:</b> in progress, report to follow in 48 hrs.", st),
        Spacer(1, 10),
        P("Checked by: A. Balogun (MLS) &nbsp;&nbsp;&nbsp; Approved: Dr. I. Etim, Consultant Haematologist", st),
    ]
    pdf = build_flow(story, header, margins=(18, 18, 28, 18))
    must = [N("labs", "Haemoglobin genotype", "other", "not resulted: sample insufficient"),
            N("labs", "Urine culture", "other", "pending"),
            N("conditions", "Malaria", "planned", "'? Malaria' clinical query on request"),
            N("conditions", "UTI", "planned", "'? UTI' clinical query on request")]
    return finish(m, pdf, scan=(202, 1.3, "jpg", 55), labs=labs, must_not=must)


# ---------------------------------------------------------------- 03 Canada (Manitoba) fixed-width cumulative
@doc
def d03():
    m = meta(3, "ca", "manitoba_fixedwidth_lab", "Canada (Manitoba)",
             "fixed-width cumulative lab print-out, 2 date columns, 2 pages", "lab_result", "2025-11-03")
    dates = ("2025-08-12", "2025-11-03")
    groups = (
        ("HEMATOLOGY", (
            ("WBC", "x10E9/L", 4.0, 11.0, "4.0-11.0", ("5.6", "6.1")),
            ("RBC", "x10E12/L", 4.50, 6.00, "4.50-6.00", ("4.21", "4.35")),
            ("HGB", "g/L", 135, 175, "135-175", ("128", "131")),
            ("HCT", "L/L", 0.400, 0.520, "0.400-0.520", ("0.385", "0.392")),
            ("PLT", "x10E9/L", 150, 400, "150-400", ("288", "301")),
        )),
        ("CHEMISTRY", (
            ("SODIUM", "mmol/L", 135, 145, "135-145", ("138", "140")),
            ("POTASSIUM", "mmol/L", 3.5, 5.0, "3.5-5.0", ("4.2", "3.3")),
            ("CHLORIDE", "mmol/L", 98, 107, "98-107", ("101", "99")),
            ("TOTAL CO2", "mmol/L", 22, 29, "22-29", ("25", "27")),
            ("GLUCOSE FASTING", "mmol/L", 3.6, 6.0, "3.6-6.0", ("6.8", "7.2")),
            ("CREATININE", "umol/L", 60, 110, "60-110", ("118", "124")),
            ("EGFR", "mL/min/1.73m2", 60, None, ">60", ("58", "54")),
            ("HEMOGLOBIN A1C", "%", 4.0, 6.0, "4.0-6.0", ("7.6", "7.1")),
            ("ALT", "U/L", None, 50, "<50", ("22", "25")),
            ("ALK PHOS", "U/L", 40, 129, "40-129", ("88", "95")),
            ("BILIRUBIN TOTAL", "umol/L", None, 21, "<21", ("9", "11")),
            ("ALBUMIN", "g/L", 35, 50, "35-50", ("41", "39")),
        )),
        ("LIPIDS (FASTING)", (
            ("CHOLESTEROL", "mmol/L", None, 5.20, "<5.20", ("4.85", "")),
            ("TRIGLYCERIDES", "mmol/L", None, 1.70, "<1.70", ("2.10", "")),
            ("HDL CHOLESTEROL", "mmol/L", 1.00, None, ">1.00", ("0.92", "")),
            ("LDL CHOL (CALC)", "mmol/L", None, 2.00, "<2.00", ("2.61", "")),
        )),
        ("ENDOCRINE", (
            ("TSH", "mU/L", 0.32, 4.00, "0.32-4.00", ("", "1.84")),
        )),
        ("URINE", (
            ("ALBUMIN/CREAT RATIO", "mg/mmol", None, 2.0, "<2.0", ("3.4", "4.1")),
        )),
    )
    head = ["RED RIVER REGIONAL LABORATORY - CUMULATIVE REPORT            WINNIPEG MB",
            "PATIENT: GAUTHIER, MARC-ANDRE      PHIN: 000 111 222   DOB: 1961-02-19  SEX: M",
            "ORDERING: DR. K. SINCLAIR, ST. VITAL MEDICAL CLINIC    COPY TO: PATIENT CHART",
            "-" * 84,
            "TEST                    2025-08-12    2025-11-03    UNITS          REF RANGE",
            "                        COLL 0815     COLL 0750",
            "-" * 84]
    body, labs = [], []
    for gname, tests in groups:
        body.append("")
        body.append(f"*** {gname} ***")
        for name, unit, lo, hi, rt, vals in tests:
            cells = []
            for d, v in zip(dates, vals):
                if not v:
                    cells.append("")
                    continue
                fl = flag_of(float(v), lo, hi)
                cells.append(f"{v} {FLAG_MARK[fl]}".rstrip())
                labs.append(L(name, v, float(v), unit, lo, hi, rt, fl, d,
                              specimen="URINE" if gname == "URINE" else None))
            body.append(f"{name:<24}{cells[0]:<14}{cells[1]:<14}{unit:<15}{rt}")
    for r in labs:
        if r["specimen"] is None:
            r.pop("specimen")
    body += ["",
             "  COMMENT: EGFR <60 FOR MORE THAN 3 MONTHS IS CONSISTENT WITH",
             "           CHRONIC KIDNEY DISEASE. INTERPRET WITH ACR.",
             "  TEST CANCELLED: VITAMIN B12 - SPECIMEN NOT RECEIVED.",
             "",
             "H=HIGH  L=LOW  *=ABNORMAL  C=CRITICAL",
             "*** END OF CUMULATIVE REPORT ***"]
    per = 22
    chunks = [body[:per], body[per:]]

    def mk(i, lines):
        def draw(c, w, h):
            c.setFont("Courier", 8.6)
            y = h - 18 * mm
            for ln in head:
                c.drawString(14 * mm, y, ln)
                y -= 11
            if i:
                c.drawString(14 * mm, y, "(CONTINUED FROM PREVIOUS PAGE)")
                y -= 11
            for ln in lines:
                c.drawString(14 * mm, y, ln)
                y -= 11.5
            c.drawString(14 * mm, 16 * mm, f"PRINTED 2025-11-04 06:02   RRRL-LIS v7.2                         PAGE {i + 1} OF 2")
        return draw

    pdf = build_canvas([mk(i, ch) for i, ch in enumerate(chunks)], pagesize=letter)
    must = [N("conditions", "chronic kidney disease", "other", "interpretive comment, not a diagnosis"),
            N("labs", "VITAMIN B12", "other", "test cancelled")]
    return finish(m, pdf, labs=labs, must_not=must)


# ---------------------------------------------------------------- 04 Malaysia lab, ruled, wrapping cells
@doc
def d04():
    m = meta(4, "my", "kl_lab_dualunits", "Malaysia", "single-date lab report, ruled, wrapping comment cells, dual units",
             "lab_result", "2025-03-12")
    iso = "2025-03-12"
    tests = (
        ("Glucose, Fasting (Plasma)", "7.4", "mmol/L", 3.9, 6.0, "3.9 - 6.0", None, ""),
        ("HbA1c (NGSP/DCCT)", "7.2", "%", 4.0, 6.0, "4.0 - 6.0", None, "Target for most adults with diabetes < 7.0 %"),
        ("HbA1c (IFCC)", "55", "mmol/mol", 20, 42, "20 - 42", None, ""),
        ("Total Cholesterol", "5.9", "mmol/L", None, 5.2, "< 5.2", None, ""),
        ("HDL Cholesterol", "1.1", "mmol/L", 1.0, None, "> 1.0", None, ""),
        ("LDL Cholesterol (direct)", "3.8", "mmol/L", None, 2.6, "< 2.6", None,
         "Treatment target depends on cardiovascular risk category; see Malaysian CPG"),
        ("Triglycerides", "2.3", "mmol/L", None, 1.7, "< 1.7", None, ""),
        ("Urea", "5.1", "mmol/L", 2.8, 7.2, "2.8 - 7.2", None, ""),
        ("Creatinine", "86", "µmol/L", 45, 84, "45 - 84", None, ""),
        ("eGFR (CKD-EPI)", "68", "mL/min/1.73 m²", 90, None, "> 90", None, "Mildly decreased (G2)"),
        ("Uric Acid", "0.39", "mmol/L", 0.14, 0.34, "0.14 - 0.34", None, ""),
        ("ALT", "19", "U/L", None, 33, "< 33", None, ""),
        ("AST", "21", "U/L", None, 32, "< 32", None, ""),
        ("Gamma GT", "48", "U/L", 6, 42, "6 - 42", None, ""),
        ("TSH", "3.1", "mIU/L", 0.27, 4.20, "0.27 - 4.20", None, ""),
        ("Free T4", "14.2", "pmol/L", 12.0, 22.0, "12.0 - 22.0", None, ""),
        ("Urine Microalbumin : Creatinine Ratio", "3.6", "mg/mmol", None, 2.5, "< 2.5", None,
         "Moderately increased albuminuria; repeat in 3-6 months to confirm"),
        ("Hepatitis B Surface Antigen", "Non Reactive", None, None, None, "Non Reactive", "normal", ""),
        ("Anti-HCV", "Non Reactive", None, None, None, "Non Reactive", "normal", ""),
    )
    rows = [["Test", "Result", "Flag", "Unit", "Reference Interval", "Comment"]]
    labs = []
    for name, v, unit, lo, hi, rt, qf, com in tests:
        n = num(v)
        fl = flag_of(n, lo, hi) if qf is None else qf
        rows.append([name, v, FLAG_MARK[fl], unit or "", rt, com])
        r = L(name, v, n, unit, lo, hi, rt, fl, iso)
        if "Urine" in name:
            r["specimen"] = "Urine"
        labs.append(r)
    t = tbl(rows, [46 * mm, 17 * mm, 10 * mm, 24 * mm, 25 * mm, 52 * mm], size=8.2, pad=3)

    def header(c, pg):
        w, h = A4
        c.setFillColor(colors.Color(0.1, 0.3, 0.5))
        c.rect(0, h - 24 * mm, w, 24 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(16 * mm, h - 12 * mm, "MAKMAL PATOLOGI SERI PETALING SDN BHD")
        c.setFont("Helvetica", 8)
        c.drawString(16 * mm, h - 18 * mm, "Pathology Laboratory | Jalan Klang Lama, 58000 Kuala Lumpur | Tel: 03-0000 1234 | SAMM No. 000 (synthetic)")
        c.setFillColor(colors.black)

    st = S(size=8.5)
    info = tbl([["Patient Name", "TAN MEI LING", "Lab No.", "MP2503-118842"],
                ["NRIC", "XXXXXX-XX-1234", "Collected", "12-Mar-2025 08:05"],
                ["Age / Sex", "49 Y / Female", "Reported", "12-Mar-2025 16:40"],
                ["Doctor", "Dr. Lim Wei Jie (Klinik Keluarga Damansara)", "Specimen", "Fasting blood; spot urine"]],
               [26 * mm, 62 * mm, 24 * mm, 62 * mm], ruled=False, head=0, size=8.2)
    story = [info, Spacer(1, 6), P("<b>FINAL REPORT - CHEMICAL PATHOLOGY</b>", S(size=10)), Spacer(1, 3), t,
             Spacer(1, 6),
             P("25-OH Vitamin D (total): <b>Pending</b> - referred to reference laboratory, report to follow.", st),
             P("Flags: H = above reference interval, L = below reference interval.", st), Spacer(1, 10),
             P("Validated by: Dr. Nurul Huda binti Ismail, Chemical Pathologist", st)]
    pdf = build_flow(story, header, margins=(16, 16, 30, 18))
    must = [N("labs", "25-OH Vitamin D", "other", "pending, no result")]
    return finish(m, pdf, labs=labs, must_not=must)



# ---------------------------------------------------------------- 05 Kenya HIV-clinic cumulative lab (image-only PDF, 2 pages)
@doc
def d05():
    m = meta(5, "ke", "mombasa_art_cumulative_scan", "Kenya",
             "cumulative lab summary from an HIV care clinic, 2 pages, scanned image-only PDF", "lab_result",
             "2025-08-04")
    dates = (("03/02/2025", "2025-02-03"), ("05/05/2025", "2025-05-05"), ("04/08/2025", "2025-08-04"))
    tests = (
        ("HIV-1 Viral Load", "copies/mL", None, 1000, "< 1000", ("1,240", "< 50", "Target Not Detected"),
         (None, "normal", "normal")),
        ("CD4 count", "cells/uL", 500, 1500, "500 - 1500", ("412", "488", "530"), None),
        ("Haemoglobin", "g/dL", 11.5, 15.5, "11.5 - 15.5", ("10.8", "11.9", "12.3"), None),
        ("Creatinine", "umol/L", 45, 90, "45 - 90", ("76", "81", "84"), None),
        ("ALT", "U/L", 7, 40, "7 - 40", ("28", "31", "26"), None),
        ("Fasting Blood Sugar", "mmol/L", 3.9, 6.1, "3.9 - 6.1", ("5.2", "5.8", "6.4"), None),
        ("Total Cholesterol", "mmol/L", None, 5.2, "< 5.2", ("5.6", "", "5.1"), None),
        ("Serum CrAg (LFA)", None, None, None, "Negative", ("Negative", "", ""), ("normal",)),
        ("Urine TB-LAM", None, None, None, "Negative", ("Negative", "", ""), ("normal",)),
        ("HBsAg", None, None, None, "Negative", ("", "Negative", ""), (None, "normal")),
        ("Urine protein (dipstick)", None, None, None, "Negative", ("", "", "Trace"), (None, None, "abnormal")),
        ("Pregnancy test (urine hCG)", None, None, None, "Negative", ("Negative", "", "Negative"), ("normal", None, "normal")),
    )
    rows = [["Test", "Unit", "Ref. range", *[d for d, _ in dates]]]
    labs = []
    for name, unit, lo, hi, rt, vals, qfl in tests:
        cells = []
        for k, ((dp, iso), v) in enumerate(zip(dates, vals)):
            if not v:
                cells.append("-")
                continue
            n = num(v)
            if n is not None:
                fl = flag_of(n, lo, hi)
            else:
                fl = qfl[k]
            cells.append(f"{v} {FLAG_MARK[fl]}".strip())
            r = L(name, v, n, unit, lo, hi, rt, fl, iso)
            if v == "< 50":
                r["note"] = "below limit of quantification; value_numeric null"
            if name.startswith("Urine"):
                r["specimen"] = "Urine"
            labs.append(r)
        rows.append([name, unit or "", rt, *cells])
    # page 1 carries the first 7 tests; the table continues on page 2
    t1 = tbl(rows[:8], [44 * mm, 20 * mm, 24 * mm, 28 * mm, 28 * mm, 30 * mm], size=9, pad=5)
    t2 = tbl([rows[0]] + rows[8:], [44 * mm, 20 * mm, 24 * mm, 28 * mm, 28 * mm, 30 * mm], size=9, pad=5)
    st = S(size=9)

    def header(c, pg):
        w, h = A4
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18 * mm, h - 14 * mm, "COAST COMPREHENSIVE CARE CLINIC - LABORATORY")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, h - 19 * mm, "Mombasa County | P.O. Box 00000-80100 | Tel: 0700 000 000 | MFL code 00000 (synthetic)")
        c.drawString(18 * mm, h - 25 * mm, "Client: Amina Wanjiru Hassan   CCC No: 11111-00042   Sex: F   Age: 36")
        c.drawRightString(w - 18 * mm, h - 25 * mm, f"Page {pg} of 2")
        c.line(18 * mm, h - 27 * mm, w - 18 * mm, h - 27 * mm)

    from reportlab.platypus import PageBreak
    story = [P("<b>CUMULATIVE LABORATORY SUMMARY</b> (dates DD/MM/YYYY)", S(size=10)), Spacer(1, 5),
             P("Current regimen: TDF/3TC/DTG (tenofovir/lamivudine/dolutegravir) 300/300/50 mg one tablet once daily (since 2023).", st),
             P("Previous regimen: TDF/3TC/EFV, switched in 2023 because of vivid dreams.", st), Spacer(1, 6),
             t1, Spacer(1, 4), P("<i>continued overleaf</i>", st), PageBreak(),
             P("<i>Cumulative summary (continued)</i>", st), Spacer(1, 4), t2, Spacer(1, 10),
             P("VL interpretation: &lt; 50 copies/mL = LDL (suppressed); 50 - 999 = low-level viraemia; "
               "&gt;= 1000 = unsuppressed, enhanced adherence counselling required.", st), Spacer(1, 4),
             P("Next viral load due: 02/2026. Next CD4: not required if VL suppressed.", st), Spacer(1, 14),
             P("Lab technologist: J. Otieno &nbsp;&nbsp; Clinician: Dr. M. Kariuki", st)]
    pdf = build_flow(story, header, margins=(18, 18, 32, 20))
    meds = [M("tenofovir/lamivudine/dolutegravir", None, "300/300/50", "mg", None, "once daily", "active",
              aliases=["TDF/3TC/DTG"], optional=True, note="regimen line on a lab summary")]
    must = [N("medications", "TDF/3TC/EFV", "historical", "previous regimen"),
            N("labs", "Next viral load", "due")]
    return finish(m, pdf, scan=(505, -1.8, "pdf", 50), medications=meds, labs=labs, must_not=must)



def letter_header(lines_first, cont_line, logo=None):
    def header(c, pg):
        w, h = A4
        if pg == 1:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(20 * mm, h - 15 * mm, lines_first[0])
            c.setFont("Helvetica", 8)
            y = h - 20 * mm
            for ln in lines_first[1:]:
                c.drawString(20 * mm, y, ln)
                y -= 10
            if logo:
                c.setFont("Helvetica-Bold", 16)
                c.drawRightString(w - 20 * mm, h - 16 * mm, logo)
        else:
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, h - 14 * mm, cont_line)
            c.drawRightString(w - 20 * mm, h - 14 * mm, f"Page {pg}")
            c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
    return header


def hand(c, x, y, text, size=17, seed=0, color=(0.05, 0.1, 0.4)):
    """Draw text word by word in the handwriting-like font with a small deterministic wobble."""
    rng = np.random.default_rng(seed)
    c.setFillColor(colors.Color(*color))
    c.setFont("Hand", size)
    for wd in text.split(" "):
        if not wd:
            x += size * 0.35
            continue
        c.drawString(x, y + float(rng.uniform(-1.2, 1.2)), wd)
        x += pdfmetrics.stringWidth(wd, "Hand", size) + size * float(rng.uniform(0.33, 0.45))
    c.setFillColor(colors.black)
    return x


# ---------------------------------------------------------------- 06 Scotland diabetes clinic letter (2 pages)
@doc
def d06():
    m = meta(6, "sct", "diabetes_clinic_letter", "United Kingdom (Scotland)",
             "specialist diabetes clinic letter to GP, prose, 2 pages", "medical_record", "2025-03-14")
    st = S(size=10.5, leading=15)
    meds_t = (  # (line printed, truth)
        ("Metformin 1 g twice daily",
         M("metformin", None, "1", "g", None, "twice daily", "active")),
        ("Empagliflozin 10 mg once daily - NEW, started today",
         M("empagliflozin", None, "10", "mg", None, "once daily", "new")),
        ("Ramipril 10 mg once daily - dose INCREASED from 5 mg",
         M("ramipril", None, "10", "mg", None, "once daily", "changed")),
        ("Atorvastatin 40 mg at night",
         M("atorvastatin", None, "40", "mg", None, "at night", "active")),
        ("Gliclazide 80 mg twice daily - STOPPED (recurrent hypoglycaemia)",
         M("gliclazide", None, "80", "mg", None, "twice daily", "stopped")),
    )
    diag = (("Type 2 diabetes mellitus (diagnosed 2016)", C("Type 2 diabetes mellitus", "active")),
            ("Hypertension", C("Hypertension", "active")),
            ("Background diabetic retinopathy (R1M0), both eyes", C("Background diabetic retinopathy", "active")),
            ("Non-alcoholic fatty liver disease", C("Non-alcoholic fatty liver disease", "active")),
            ("Laparoscopic cholecystectomy 2012 for gallstones", C("gallstones", "resolved", status_also_ok=["history"], optional=True)))
    story = [
        P("Dr A. MacLeod<br/>Tayview Medical Practice<br/>12 Perth Road<br/>Dundee DD0 0AA", st), Spacer(1, 8),
        P("Clinic date: 14/03/2025 &nbsp;&nbsp;&nbsp; Typed: 18th March 2025", st), Spacer(1, 6),
        P("<b>Re: Mr Callum Fraser Docherty, DOB 02/09/1968, CHI 0209680000</b><br/>23 Harbour View, Broughty Ferry", st),
        Spacer(1, 8),
        P("<b>Diagnoses:</b>", st)] + [P(f"{i + 1}. {E(t)}", st) for i, (t, _) in enumerate(diag)] + [
        Spacer(1, 6), P("<b>Current medication:</b>", st)] + [P(f"&bull; {E(t)}", st) for t, _ in meds_t] + [
        Spacer(1, 6),
        P("<b>Allergies:</b> Penicillin - widespread rash (1990s)", st), Spacer(1, 8),
        P("Dear Dr MacLeod,", st), Spacer(1, 4),
        P("Thank you for asking me to see Mr Docherty again. He reports three episodes of symptomatic "
          "hypoglycaemia in the past two months, all in the late afternoon, and I have therefore stopped his "
          "gliclazide. He denies chest pain or breathlessness on exertion and there are no symptoms of "
          "peripheral neuropathy. He has no history of pancreatitis. He has lost 2 kg since his last visit.", st),
        Spacer(1, 4),
        P("On examination his blood pressure was 148/86 mmHg, pulse 78 bpm, weight 96.4 kg and BMI "
          "32.1 kg/m2. Foot pulses were palpable and monofilament sensation was intact.", st), Spacer(1, 4),
        P("His HbA1c today was 68 mmol/mol, improved from 74 mmol/mol on 10/10/2024. Urine ACR was "
          "4.2 mg/mmol (normal &lt;3.0), eGFR 72 mL/min/1.73m2 and total cholesterol 4.1 mmol/L.", st),
        Spacer(1, 4),
        P("His father died of a myocardial infarction aged 61 and his sister has coeliac disease. He is an "
          "ex-smoker (stopped 2015) and drinks around 10 units a week.", st), Spacer(1, 4),
        P("<b>Plan:</b> I have started empagliflozin 10 mg once daily and increased ramipril to 10 mg once "
          "daily given the albuminuria. Please check U&amp;Es in two weeks. If his HbA1c remains above "
          "target at review I would consider adding semaglutide. He is not taking aspirin and I would not "
          "start it for primary prevention. We will arrange a liver ultrasound to rule out cirrhosis. "
          "He had his influenza vaccine at the practice on 02/10/2024; he declined the COVID-19 booster "
          "offered today.", st), Spacer(1, 4),
        P("We discussed hypoglycaemia awareness and the DVLA guidance for Group 1 drivers; as he has had no "
          "severe episodes he may continue to drive, checking his glucose before driving while the sulphonylurea "
          "washes out. His last retinal screening (November 2024) showed background changes only and he remains "
          "on annual recall. I have also referred him to the structured education course.", st), Spacer(1, 4),
        P("I will review him in the diabetes clinic in four months.", st), Spacer(1, 10),
        P("Yours sincerely,", st), Spacer(1, 16),
        P("Dr Eilidh Robertson<br/>Consultant Physician, Diabetes &amp; Endocrinology", st), Spacer(1, 8),
        P("cc: Mr C. Docherty (patient)", st)]
    hdr = letter_header(["Strathmore Royal Infirmary", "Diabetes & Endocrine Clinic, Level 4, Dundee DD0 9ZZ",
                         "Tel 01382 000 000  |  Secretary: ext 0000  |  NHS Scotland (synthetic)"],
                        "Mr Callum Fraser Docherty  CHI 0209680000  -  clinic letter 14/03/2025 (continued)", "NHS")
    pdf = build_flow(story, hdr, margins=(20, 20, 40, 20))
    meds = [t for _, t in meds_t]
    labs = [L("HbA1c", "68", 68.0, "mmol/mol", None, None, None, None, "2025-03-14"),
            L("HbA1c", "74", 74.0, "mmol/mol", None, None, None, None, "2024-10-10"),
            L("Urine ACR", "4.2", 4.2, "mg/mmol", None, 3.0, "<3.0", "high", "2025-03-14", specimen="Urine"),
            L("eGFR", "72", 72.0, "mL/min/1.73m2", None, None, None, None, "2025-03-14"),
            L("total cholesterol", "4.1", 4.1, "mmol/L", None, None, None, None, "2025-03-14")]
    vitals = [V("blood_pressure", "148/86", 148, 86, "mmHg"), V("heart_rate", "78", 78, None, "bpm"),
              V("weight", "96.4", 96.4, None, "kg"), V("bmi", "32.1", 32.1, None, "kg/m2")]
    must = [N("medications", "semaglutide", "planned", "'would consider adding'"),
            N("medications", "aspirin", "negated", "not taking, will not start"),
            N("conditions", "chest pain", "negated"), N("conditions", "peripheral neuropathy", "negated"),
            N("conditions", "pancreatitis", "negated"),
            N("conditions", "myocardial infarction", "family"), N("conditions", "coeliac disease", "family"),
            N("conditions", "cirrhosis", "planned", "ultrasound to rule out"),
            N("immunizations", "COVID-19 booster", "negated", "declined"),
            N("medications", "gliclazide", "stopped")]
    return finish(m, pdf, medications=meds, labs=labs, vitals=vitals,
                  allergies=[A("Penicillin", "widespread rash")], conditions=[t for _, t in diag],
                  immunizations=[I("influenza vaccine", "2024-10-02")], must_not=must)


# ---------------------------------------------------------------- 07 Ghana handwritten referral (scan)
@doc
def d07():
    m = meta(7, "gh", "handwritten_referral_scan", "Ghana", "handwritten referral note on printed letterhead, scanned JPEG",
             "medical_record", "2025-02-12")
    lines = (
        "Date: 12/02/2025",
        "Dear Doctor,",
        "Re: Mrs Akosua Mensah, 47 yrs, F.  OPD No. KGH/0451/25",
        "Kindly see this woman who presented with headache and",
        "dizziness x 2/52. Known hypertensive x 5 yrs.",
        "Current meds: Tab Nifedipine 20mg bd",
        "        Tab Hydrochlorothiazide 25mg dly",
        "She stopped Methyldopa in Jan due to dizziness.",
        "O/E: BP 178/104 mmHg,  PR 92/min,  Wt 84kg",
        "No chest pain, no blurred vision. Not diabetic.",
        "RBS 6.4 mmol/l.  Urine protein 1+",
        "Allergy: Chloroquine (itching)",
        "Family hx: mother had a stroke.",
        "Imp: Uncontrolled hypertension",
        "Kindly review and manage. Thank you.",
        "Dr K. Owusu (MO)",
    )

    def page(c, w, h):
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(w / 2, h - 18 * mm, "GHANA HEALTH SERVICE (synthetic)")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 24 * mm, "KONONGO GOVERNMENT HOSPITAL - OUT-PATIENT DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 29 * mm, "P.O. Box 00, Konongo, Ashanti Region  |  Tel: 030 000 0000")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(20 * mm, h - 40 * mm, "REFERRAL FORM")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, h - 47 * mm, "To: The Physician Specialist, Medical OPD, Ashanti Regional Hospital, Kumasi")
        # ruled lines
        c.setStrokeColor(colors.Color(0.6, 0.6, 0.8))
        y0 = h - 58 * mm
        for k in range(len(lines) + 2):
            c.line(18 * mm, y0 - k * 11 * mm - 4, w - 18 * mm, y0 - k * 11 * mm - 4)
        c.setFillColor(colors.Color(0.05, 0.1, 0.4))
        for k, ln in enumerate(lines):
            hand(c, 22 * mm + (k % 3) * 1.2, y0 - k * 11 * mm, ln, 17, seed=70 + k)
        c.setFillColor(colors.black)
        # rubber stamp
        c.saveState()
        c.translate(w - 62 * mm, 45 * mm)
        c.rotate(8)
        c.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        c.setLineWidth(2)
        c.roundRect(0, 0, 48 * mm, 20 * mm, 4)
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.Color(0.35, 0.35, 0.35))
        c.drawCentredString(24 * mm, 13 * mm, "KONONGO GOVT. HOSPITAL")
        c.drawCentredString(24 * mm, 7 * mm, "O.P.D.  12 FEB 2025")
        c.restoreState()

    pdf = build_canvas([page])
    meds = [M("nifedipine", None, "20", "mg", None, "bd", "active"),
            M("hydrochlorothiazide", None, "25", "mg", None, "dly", "active"),
            M("methyldopa", None, None, None, None, None, "stopped")]
    must = [N("medications", "Methyldopa", "stopped"), N("conditions", "chest pain", "negated"),
            N("conditions", "blurred vision", "negated"), N("conditions", "diabetic", "negated", "'Not diabetic'"),
            N("conditions", "stroke", "family")]
    return finish(m, pdf, scan=(707, 2.1, "jpg", 45), medications=meds,
                  labs=[L("RBS", "6.4", 6.4, "mmol/l", None, None, None, None, "2025-02-12"),
                        L("Urine protein", "1+", None, None, None, None, None, None, "2025-02-12", specimen="Urine")],
                  vitals=[V("blood_pressure", "178/104", 178, 104, "mmHg"), V("heart_rate", "92", 92, None, "/min"),
                          V("weight", "84", 84, None, "kg")],
                  allergies=[A("Chloroquine", "itching")],
                  conditions=[C("hypertension", "active", aliases=["Uncontrolled hypertension", "hypertensive"]),
                              C("headache", "active", optional=True), C("dizziness", "active", optional=True)],
                  must_not=must)



# ---------------------------------------------------------------- 08 US (Texas) emergency department note
@doc
def d08():
    m = meta(8, "us", "texas_ed_note", "United States (Texas)", "emergency department provider note, prose + lists + results table",
             "medical_record", "2025-09-14")
    st = S(size=9.5, leading=12.5)
    h2 = S(size=10, font="Helvetica-Bold", spaceBefore=6, spaceAfter=2)
    ed_given = (  # hospital-only medicines (ED course), not discharge meds
        ("ketorolac", "ketorolac 15 mg IV x1 at 14:05"),
        ("metoclopramide", "metoclopramide 10 mg IV x1"),
        ("morphine", "morphine 4 mg IV x1 at 15:10 for breakthrough pain"),
        ("normal saline", "normal saline 1 L IV bolus"),
    )
    rx = (("tamsulosin 0.4 mg PO daily x 14 days", M("tamsulosin", None, "0.4", "mg", "PO", "daily", "new")),
          ("ondansetron ODT 4 mg PO q8h PRN nausea", M("ondansetron", None, "4", "mg", "PO", "q8h PRN", "new", aliases=["ondansetron ODT"])),
          ("oxycodone-acetaminophen 5/325 mg 1 tab PO q6h PRN severe pain (#12, no refills)",
           M("oxycodone-acetaminophen", None, "5/325", "mg", "PO", "q6h PRN", "new")),
          ("acetaminophen 1000 mg PO q8h PRN mild pain", M("acetaminophen", None, "1000", "mg", "PO", "q8h PRN", "new")))
    home = (("levothyroxine 75 mcg PO daily", M("levothyroxine", None, "75", "mcg", "PO", "daily", "active")),
            ("omeprazole 20 mg PO daily", M("omeprazole", None, "20", "mg", "PO", "daily", "active")),
            ("ibuprofen 400 mg PO PRN - patient told to STOP while on this plan (renal colic w/ hydronephrosis)",
             M("ibuprofen", None, "400", "mg", "PO", "PRN", "stopped", status_also_ok=["held"])))
    story = [
        P("<b>EMERGENCY DEPARTMENT PROVIDER NOTE</b>", S(size=12, font="Helvetica-Bold")),
        P("Patient: HERNANDEZ, Luis A &nbsp;&nbsp; MRN: 000-55-1187 &nbsp;&nbsp; DOB: 04/11/1983 &nbsp;&nbsp; "
          "Arrival: 09/14/2025 13:22 &nbsp;&nbsp; Attending: Rachel Whitfield, MD", st),
        P("<b>Chief complaint:</b> right flank pain x 6 hours", h2),
        P("<b>HPI:</b> 41 y/o M with history of nephrolithiasis (2021, passed spontaneously), hypothyroidism and GERD "
          "presents with sudden-onset colicky right flank pain radiating to the groin, with nausea and one episode of "
          "emesis. He denies fever, chills, dysuria or gross hematuria. No prior urologic surgery. Took ibuprofen "
          "400 mg at home with partial relief.", st),
        P("<b>Past medical history:</b> nephrolithiasis; hypothyroidism; GERD.", st),
        P("<b>Past surgical history:</b> laparoscopic appendectomy (2010).", st),
        P("<b>Family history:</b> father with kidney stones; mother with breast cancer.", st),
        P("<b>Social history:</b> never smoker, occasional alcohol, works as an electrician.", st),
        P("<b>ROS:</b> Negative for fever, chest pain, shortness of breath, diarrhea. All other systems reviewed and negative.", st),
        P("<b>Allergies:</b> Sulfa antibiotics (hives); codeine (nausea/vomiting - intolerance).", st),
        P("<b>Home medications:</b>", h2)] + [P("- " + E(t), st) for t, _ in home] + [
        P("<b>Vitals (triage 13:30):</b> BP 152/94 | HR 104 | Temp 98.9 °F (37.2 °C) | RR 18 | SpO2 98% on room air | Wt 82 kg", h2),
        P("<b>Exam:</b> uncomfortable, writhing; right CVA tenderness; abdomen soft, non-tender, no peritoneal signs.", st),
        P("<b>Results:</b>", h2),
        tbl([["Test", "Result", "Ref range", "Flag"],
             ["WBC", "11.2 K/uL", "4.0-10.5", "H"],
             ["Hemoglobin", "15.1 g/dL", "13.5-17.5", ""],
             ["Creatinine", "1.1 mg/dL", "0.6-1.2", ""],
             ["Potassium", "4.0 mmol/L", "3.5-5.1", ""],
             ["Lipase", "32 U/L", "13-60", ""],
             ["UA blood", "Large", "Negative", "A"],
             ["UA nitrite", "Negative", "Negative", ""],
             ["UA leukocyte esterase", "Negative", "Negative", ""],
             ["UA RBC", ">50 /hpf", "0-2", "H"]],
            [50 * mm, 30 * mm, 30 * mm, 14 * mm], ruled=False, size=9),
        P("CT abdomen/pelvis without contrast: 5 mm obstructing calculus at the right ureterovesical junction with mild "
          "right hydronephrosis. No other acute findings.", st),
        P("<b>ED course:</b> Given " + "; ".join(t for _, t in ed_given) + ". Pain improved from 9/10 to 3/10; "
          "tolerating PO. Repeat vitals 16:40: BP 134/82, HR 88.", st),
        P("<b>Assessment:</b> Right ureterolithiasis (5 mm, UVJ) with mild hydronephrosis (N20.1). Pyelonephritis is "
          "ruled out clinically - afebrile, UA without nitrite or leukocyte esterase.", st),
        P("<b>Plan / Discharge prescriptions:</b>", h2)] + [P("- " + E(t), st) for t, _ in rx] + [
        P("Strain urine. Avoid NSAIDs until seen by urology. Follow up with Urology (Dr. Nguyen) within 1 week; "
          "consider ureteroscopy if the stone does not pass. Return precautions given for fever, intractable vomiting "
          "or uncontrolled pain.", st), Spacer(1, 8),
        P("Electronically signed by Rachel Whitfield, MD 09/14/2025 17:02", st)]

    def header(c, pg):
        w, h = letter
        c.setFont("Helvetica-Bold", 9)
        c.drawString(18 * mm, h - 12 * mm, "Gulf Coast Bayview Medical Center - ED | Corpus Christi, TX")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 18 * mm, h - 12 * mm, f"HERNANDEZ, Luis A  MRN 000-55-1187   Page {pg}")
        c.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)

    pdf = build_flow(story, header, pagesize=letter, margins=(18, 18, 20, 18))
    d = "2025-09-14"
    labs = [L("WBC", "11.2", 11.2, "K/uL", 4.0, 10.5, "4.0-10.5", "high", d),
            L("Hemoglobin", "15.1", 15.1, "g/dL", 13.5, 17.5, "13.5-17.5", "normal", d),
            L("Creatinine", "1.1", 1.1, "mg/dL", 0.6, 1.2, "0.6-1.2", "normal", d),
            L("Potassium", "4.0", 4.0, "mmol/L", 3.5, 5.1, "3.5-5.1", "normal", d),
            L("Lipase", "32", 32.0, "U/L", 13, 60, "13-60", "normal", d),
            L("UA blood", "Large", None, None, None, None, "Negative", "abnormal", d, specimen="Urine"),
            L("UA nitrite", "Negative", None, None, None, None, "Negative", "normal", d),
            L("UA leukocyte esterase", "Negative", None, None, None, None, "Negative", "normal", d),
            L("UA RBC", ">50", None, "/hpf", 0, 2, "0-2", "high", d, note="censored value")]
    vitals = [V("blood_pressure", "152/94", 152, 94, None, time="13:30", optional=False),
              V("heart_rate", "104", 104, None, None, time="13:30"),
              V("temperature", "98.9", 98.9, None, "°F", also_ok=[{"value_numeric": 37.2, "value_secondary": None, "unit": "°C"}]),
              V("respiratory_rate", "18", 18, None, None), V("oxygen_saturation", "98%", 98, None, "%"),
              V("weight", "82", 82, None, "kg"),
              V("blood_pressure", "134/82", 134, 82, None, time="16:40"), V("heart_rate", "88", 88, None, None, time="16:40")]
    for v in vitals:
        v.pop("optional", None)
    conds = [C("Right ureterolithiasis", "active", "N20.1", aliases=["ureterolithiasis"]),
             C("hydronephrosis", "active", optional=True),
             C("nephrolithiasis", "history", status_also_ok=["resolved", "active"]),
             C("hypothyroidism", "active"), C("GERD", "active"),
             C("appendectomy", "history", optional=True)]
    must = [N("medications", n, "other", "given in the ED only") for n, _ in ed_given] + [
        N("medications", "ibuprofen", "stopped"),
        N("medications", "NSAIDs", "other", "'avoid NSAIDs' advice"),
        N("conditions", "fever", "negated"), N("conditions", "dysuria", "negated"),
        N("conditions", "gross hematuria", "negated"), N("conditions", "Pyelonephritis", "negated", "ruled out"),
        N("conditions", "kidney stones", "family"), N("conditions", "breast cancer", "family"),
        N("conditions", "shortness of breath", "negated"), N("conditions", "chest pain", "negated"),
        N("conditions", "diarrhea", "negated")]
    return finish(m, pdf, medications=[t for _, t in home] + [t for _, t in rx], labs=labs, vitals=vitals,
                  allergies=[A("Sulfa antibiotics", "hives"), A("codeine", "nausea/vomiting")],
                  conditions=conds, must_not=must)


# ---------------------------------------------------------------- 09 New Zealand GP progress note
@doc
def d09():
    m = meta(9, "nz", "gp_progress_note", "New Zealand", "general-practice consultation note (SOAP) from a PMS print",
             "medical_record", "2025-07-22")
    st = S(size=9, leading=11.5, font="Helvetica")
    b = S(size=9, leading=11.5, font="Helvetica-Bold")
    story = [
        tbl([["Patient", "Wiremu HEMI TAKERE", "NHI", "ZZZ0041"],
             ["DOB", "17/05/1972 (53y) Male", "Provider", "Dr Sophie Tan (GP)"],
             ["Consult date", "22/07/2025 10:40", "Practice", "Kaiwharawhara Health Centre, Wellington"]],
            [28 * mm, 62 * mm, 24 * mm, 60 * mm], ruled=True, head=0, size=8.5),
        Spacer(1, 6),
        P("ALERTS / ALLERGIES: Aspirin - bronchospasm (severe) | Penicillin - nil known reaction, tolerated amoxicillin 2023", b),
        Spacer(1, 6),
        P("<b>S:</b> 3/7 hx of hot, swollen, painful L 1st MTP joint, woke with it. Similar episode 2024. "
          "No fever or rigors. No trauma. Asthma well controlled on Seretide, using reliever once a week. "
          "Mood stable on sertraline, sleeping OK. Had prednisone for a gout flare in 2023 with good effect.", st),
        Spacer(1, 3),
        P("<b>O:</b> BP 132/84, HR 80 reg, T 36.9, SpO2 97% RA, Wt 102 kg. L 1st MTP erythematous, warm, exquisitely "
          "tender. No tophi. Chest clear.", st), Spacer(1, 3),
        P("Labs 15/07/2025: Urate 0.52 mmol/L (ref 0.20-0.42) H; Creatinine 88 umol/L (60-105); eGFR &gt;90; "
          "HbA1c 39 mmol/mol (&lt;41).", st), Spacer(1, 3),
        P("<b>A:</b> 1. Acute gout L 1st MTP. 2. Asthma - stable. 3. Depression - stable. 4. Hypertension.", st),
        Spacer(1, 3),
        P("<b>P:</b>", st),
        P("- Colchicine 0.5 mg bd for 3 days, then stop. NSAIDs avoided given aspirin-sensitive asthma.", st),
        P("- Allopurinol 100 mg daily - CONTINUE through the flare; to increase to 200 mg once settled, recheck urate 4/52.", st),
        P("- Bendroflumethiazide 2.5 mg mane - WITHHELD (may worsen gout). BP to be rechecked 2/52; consider "
          "switching to losartan.", st),
        P("- Continue sertraline 100 mg mane, Seretide (fluticasone/salmeterol) 250/25 2 puffs bd, "
          "salbutamol 100 mcg 1-2 puffs prn.", st),
        P("- Influenza vaccine given today: Influvac Tetra 0.5 mL IM L deltoid, batch T4521B. Obs 20 min, no reaction.", st),
        P("- Shingrix due (age &gt;50): discussed, will consider at next visit.", st),
        P("- FHx: father type 2 diabetes. No FHx of renal disease.", st),
        Spacer(1, 10),
        P("Recall set: BP check 05/08/2025; urate 19/08/2025.", st),
        P("Printed from practice management system 22/07/2025 11:02 by STAN", S(size=7)),
    ]
    pdf = build_flow(story, None, margins=(18, 18, 18, 20))
    d = "2025-07-15"
    meds = [M("colchicine", None, "0.5", "mg", None, "bd", "new"),
            M("allopurinol", None, "100", "mg", None, "daily", "active"),
            M("bendroflumethiazide", None, "2.5", "mg", None, "mane", "held"),
            M("sertraline", None, "100", "mg", None, "mane", "active"),
            M("fluticasone/salmeterol", "Seretide", "250/25", None, None, "bd", "active", note="2 puffs"),
            M("salbutamol", None, "100", "mcg", None, "prn", "active")]
    labs = [L("Urate", "0.52", 0.52, "mmol/L", 0.20, 0.42, "0.20-0.42", "high", d),
            L("Creatinine", "88", 88.0, "umol/L", 60, 105, "60-105", "normal", d),
            L("eGFR", ">90", None, None, None, None, None, None, d, optional=True),
            L("HbA1c", "39", 39.0, "mmol/mol", None, 41, "<41", "normal", d)]
    vitals = [V("blood_pressure", "132/84", 132, 84, None), V("heart_rate", "80", 80, None, None),
              V("temperature", "36.9", 36.9, None, None), V("oxygen_saturation", "97%", 97, None, "%"),
              V("weight", "102", 102, None, "kg")]
    conds = [C("Acute gout", "active", aliases=["gout"]), C("Asthma", "active"), C("Depression", "active"),
             C("Hypertension", "active")]
    must = [N("medications", "prednisone", "historical", "2023 course"),
            N("medications", "NSAIDs", "other", "avoided"),
            N("medications", "losartan", "planned", "consider switching"),
            N("immunizations", "Shingrix", "due"),
            N("conditions", "fever", "negated"), N("conditions", "type 2 diabetes", "family"),
            N("conditions", "renal disease", "negated"),
            N("allergies", "Penicillin", "negated", "tolerated; no reaction")]
    return finish(m, pdf, medications=meds, labs=labs, vitals=vitals,
                  allergies=[A("Aspirin", "bronchospasm", "severe")], conditions=conds,
                  immunizations=[I("Influenza vaccine", "2025-07-22", None, "T4521B", "Influvac Tetra")],
                  must_not=must)


# ---------------------------------------------------------------- 10 Ireland cardiology clinic letter (2 pages)
@doc
def d10():
    m = meta(10, "ie", "cardiology_letter", "Ireland", "cardiology outpatient letter, prose, 2 pages",
             "medical_record", "2025-11-03")
    st = S(size=10.5, leading=14.5, font="Times-Roman")
    b = S(size=10.5, leading=14.5, font="Times-Bold")
    meds_t = (
        ("Apixaban 5 mg twice daily", M("apixaban", None, "5", "mg", None, "twice daily", "active")),
        ("Bisoprolol 5 mg once daily (increased from 2.5 mg)", M("bisoprolol", None, "5", "mg", None, "once daily", "changed")),
        ("Sacubitril/valsartan (Entresto) 49/51 mg twice daily - NEW, replaces ramipril",
         M("sacubitril/valsartan", "Entresto", "49/51", "mg", None, "twice daily", "new")),
        ("Dapagliflozin 10 mg once daily", M("dapagliflozin", None, "10", "mg", None, "once daily", "active")),
        ("Furosemide 20 mg in the morning (reduced from 40 mg)", M("furosemide", None, "20", "mg", None, "in the morning", "changed")),
        ("Atorvastatin 80 mg at night", M("atorvastatin", None, "80", "mg", None, "at night", "active")),
        ("Ramipril 5 mg once daily - STOPPED 36 hours before starting Entresto",
         M("ramipril", None, "5", "mg", None, "once daily", "stopped")),
    )
    story = [
        P("Dr Siobhán Ní Bhriain<br/>Main Street Family Practice<br/>Ballinasloe, Co. Galway H00 X000", st), Spacer(1, 8),
        P("3rd November 2025", st), Spacer(1, 6),
        P("<b>RE: Mr Pádraig Ó Conaill, DOB 14/06/1957, MRN 0044172</b><br/>Clinic attended 3rd November 2025", st),
        Spacer(1, 8),
        P("<b>Diagnoses</b>", b),
        P("1. Heart failure with reduced ejection fraction (LVEF 35%) - I50.2", st),
        P("2. Persistent atrial fibrillation - I48.1, CHA2DS2-VASc 4", st),
        P("3. Ischaemic heart disease - anterior STEMI treated with primary PCI to LAD, March 2019", st),
        P("4. Type 2 diabetes mellitus, diet and SGLT2 inhibitor", st),
        Spacer(1, 6),
        P("<b>Medications on leaving clinic</b>", b)] + [P("&bull; " + E(t), st) for t, _ in meds_t] + [
        Spacer(1, 6),
        P("<b>Allergies:</b> NKDA", st), Spacer(1, 8),
        P("Dear Dr Ní Bhriain,", st), Spacer(1, 4),
        P("I reviewed Mr Ó Conaill today following his admission in September with decompensated heart failure. He is "
          "much improved, now NYHA class II. He denies orthopnoea, paroxysmal nocturnal dyspnoea or syncope, and "
          "there has been no bleeding on apixaban. He was previously on amiodarone, discontinued in 2023 because of "
          "thyroid dysfunction, and his rhythm has been rate-controlled since.", st), Spacer(1, 4),
        P("Today his blood pressure was 118/72 mmHg, heart rate 68 bpm (irregular) and weight 81.2 kg, down from "
          "86 kg at discharge. There was mild ankle oedema only. His echocardiogram on 14/10/2025 showed an LVEF of 35%.", st),
        Spacer(1, 4),
        P("Bloods on 27/10/2025: NT-proBNP 1,850 pg/mL (reference &lt;125), potassium 4.9 mmol/L (3.5-5.3), creatinine "
          "101 µmol/L (59-104), sodium 137 mmol/L (133-146) and haemoglobin 13.8 g/dL (13.0-17.0).", st), Spacer(1, 4),
        P("As his blood pressure allows, I have switched ramipril to sacubitril/valsartan 49/51 mg twice daily after a "
          "36-hour washout, increased bisoprolol to 5 mg daily and reduced furosemide to 20 mg each morning. I have not "
          "started digoxin as his rate is controlled. If his LVEF remains at or below 35% after three months of optimal "
          "therapy we will consider an ICD, and I would like to rule out cardiac amyloidosis given the wall thickness.", st),
        Spacer(1, 4),
        P("His brother had a sudden cardiac death at 48; there is no other family history of cardiomyopathy. He is "
          "up to date with influenza vaccination (given 06/10/2025 at the practice) and would benefit from the "
          "pneumococcal vaccine, which is due.", st), Spacer(1, 4),
        P("Please repeat renal profile and potassium in one to two weeks. I will see him again in three months with a "
          "repeat echocardiogram.", st), Spacer(1, 10),
        P("Is mise le meas,", st), Spacer(1, 16),
        P("Dr Conor Fitzgerald MD FRCPI<br/>Consultant Cardiologist, University Hospital Shannonside (synthetic)", st)]
    hdr = letter_header(["University Hospital Shannonside - Department of Cardiology",
                         "Outpatients Block B, Limerick V00 0000  |  Tel 061 000 000  |  HSE (synthetic)"],
                        "Mr Pádraig Ó Conaill  MRN 0044172  Cardiology OPD 3rd November 2025", None)
    pdf = build_flow(story, hdr, margins=(22, 22, 32, 20))
    d = "2025-10-27"
    labs = [L("NT-proBNP", "1,850", 1850.0, "pg/mL", None, 125, "<125", "high", d),
            L("potassium", "4.9", 4.9, "mmol/L", 3.5, 5.3, "3.5-5.3", "normal", d),
            L("creatinine", "101", 101.0, "µmol/L", 59, 104, "59-104", "normal", d),
            L("sodium", "137", 137.0, "mmol/L", 133, 146, "133-146", "normal", d),
            L("haemoglobin", "13.8", 13.8, "g/dL", 13.0, 17.0, "13.0-17.0", "normal", d),
            L("LVEF", "35%", None, None, None, None, None, None, "2025-10-14", optional=True, note="echo measurement")]
    vitals = [V("blood_pressure", "118/72", 118, 72, "mmHg"), V("heart_rate", "68", 68, None, "bpm"),
              V("weight", "81.2", 81.2, None, "kg")]
    conds = [C("Heart failure with reduced ejection fraction", "active", "I50.2"),
             C("Persistent atrial fibrillation", "active", "I48.1"),
             C("Ischaemic heart disease", "active", aliases=["anterior STEMI"]),
             C("Type 2 diabetes mellitus", "active")]
    must = [N("medications", "Ramipril", "stopped"), N("medications", "amiodarone", "historical"),
            N("medications", "digoxin", "negated"), N("conditions", "orthopnoea", "negated"),
            N("conditions", "syncope", "negated"), N("conditions", "paroxysmal nocturnal dyspnoea", "negated"),
            N("conditions", "cardiac amyloidosis", "planned", "rule out"),
            N("conditions", "sudden cardiac death", "family"), N("conditions", "cardiomyopathy", "negated"),
            N("immunizations", "pneumococcal vaccine", "due"), N("allergies", "NKDA", "negated"),
            N("conditions", "thyroid dysfunction", "historical", "reason amiodarone stopped in 2023")]
    return finish(m, pdf, medications=[t for _, t in meds_t], labs=labs, vitals=vitals, conditions=conds,
                  immunizations=[I("influenza vaccination", "2025-10-06")], must_not=must)



# ---------------------------------------------------------------- 11 US (Ohio) C-CDA rendered summary (3 pages)
@doc
def d11():
    m = meta(11, "us", "ohio_ccda_summary", "United States (Ohio)",
             "C-CDA Continuity of Care Document rendered to PDF, section tables, repeating header", "medical_record",
             "2025-06-10")
    st = S(size=8.5)
    h2 = S(size=10.5, font="Helvetica-Bold", spaceBefore=8, spaceAfter=3, textColor=colors.Color(0.1, 0.2, 0.5))
    W = [40 * mm, 34 * mm, 30 * mm, 30 * mm, 40 * mm]
    allergies_t = (
        ("Peanut", "Anaphylaxis", "Severe", "Active", "Jan 12, 2019", A("Peanut", "Anaphylaxis", "Severe")),
        ("Lisinopril", "Angioedema", "Severe", "Active", "Aug 02, 2024", A("Lisinopril", "Angioedema", "Severe")),
        ("Latex", "Contact dermatitis", "Mild", "Active", "2016", A("Latex", "Contact dermatitis", "Mild")),
        ("Amoxicillin", "Rash", "Mild", "Inactive - resolved (tolerated oral challenge Feb 2025)", "2008", None),
    )
    meds_t = (
        ("losartan 50 mg oral tablet", "Take 1 tablet by mouth once daily", "Aug 05, 2024", "Active",
         M("losartan", None, "50", "mg", "by mouth", "once daily", "active")),
        ("amlodipine 5 mg oral tablet", "Take 1 tablet by mouth once daily", "Jan 20, 2025", "Active",
         M("amlodipine", None, "5", "mg", "by mouth", "once daily", "active")),
        ("insulin glargine 100 unit/mL (Lantus SoloStar) pen", "Inject 22 units under the skin at bedtime", "Mar 04, 2025", "Active",
         M("insulin glargine", "Lantus SoloStar", "22", "units", "under the skin", "at bedtime", "active",
           concentration="100 unit/mL")),
        ("metformin ER 500 mg tablet", "Take 2 tablets by mouth with evening meal", "2021", "Active",
         M("metformin", None, "500", "mg", "by mouth", "with evening meal", "active", aliases=["metformin ER"],
           note="2 tablets per dose")),
        ("EpiPen 0.3 mg/0.3 mL auto-injector (epinephrine)", "Inject 0.3 mg into the thigh as needed for anaphylaxis", "2019", "Active",
         M("epinephrine", "EpiPen", "0.3", "mg", "into the thigh", "as needed", "active")),
        ("azithromycin 250 mg tablet (Z-Pak)", "2 tabs day 1, then 1 tab daily x 4 days", "Apr 14, 2025", "Completed",
         M("azithromycin", "Z-Pak", "250", "mg", None, "1 tab daily x 4 days", "completed")),
        ("lisinopril 20 mg tablet", "Take 1 tablet by mouth daily", "2019", "Discontinued Aug 02, 2024 (angioedema)",
         M("lisinopril", None, "20", "mg", "by mouth", "daily", "stopped")),
    )
    probs_t = (
        ("Type 2 diabetes mellitus with hyperglycemia", "E11.65", "Active", "2021",
         C("Type 2 diabetes mellitus with hyperglycemia", "active", "E11.65")),
        ("Essential (primary) hypertension", "I10", "Active", "2018", C("Essential (primary) hypertension", "active", "I10")),
        ("Obstructive sleep apnea", "G47.33", "Active", "2022", C("Obstructive sleep apnea", "active", "G47.33")),
        ("Community acquired pneumonia", "J18.9", "Resolved", "Apr 14, 2025",
         C("Community acquired pneumonia", "resolved", "J18.9")),
        ("Angioedema due to ACE inhibitor", "T78.3XXA", "Resolved", "Aug 02, 2024",
         C("Angioedema due to ACE inhibitor", "resolved", "T78.3XXA")),
    )
    res_dates = (("Mar 04, 2025", "2025-03-04"), ("Jun 10, 2025", "2025-06-10"))
    res_t = (
        ("Hemoglobin A1c", "%", 4.0, 5.6, "4.0-5.6", ("9.2", "7.8")),
        ("Glucose", "mg/dL", 70, 99, "70-99", ("212", "151")),
        ("Creatinine", "mg/dL", 0.57, 1.00, "0.57-1.00", ("0.82", "0.88")),
        ("eGFR", "mL/min/1.73m2", 59, None, ">59", ("88", "84")),
        ("Potassium", "mmol/L", 3.5, 5.2, "3.5-5.2", ("4.4", "4.7")),
        ("Sodium", "mmol/L", 134, 144, "134-144", ("138", "139")),
        ("LDL Cholesterol Calc", "mg/dL", None, 100, "<100", ("131", "96")),
        ("Triglycerides", "mg/dL", None, 150, "<150", ("188", "142")),
        ("Microalbumin/Creatinine Ratio, Urine", "mg/g creat", None, 30, "<30", ("41", "")),
    )
    vit_dates = (("Mar 04, 2025", "2025-03-04"), ("Jun 10, 2025", "2025-06-10"))
    vit_t = (
        ("Blood pressure", "mm[Hg]", ("146/90", "132/80"), "blood_pressure"),
        ("Heart rate", "/min", ("82", "76"), "heart_rate"),
        ("Body temperature", "[degF]", ("98.4", "98.1"), "temperature"),
        ("Respiratory rate", "/min", ("16", "14"), "respiratory_rate"),
        ("Oxygen saturation", "%", ("97", "98"), "oxygen_saturation"),
        ("Body weight", "[lb_av]", ("231", "224"), "weight"),
        ("Body height", "[in_i]", ("65", "65"), "height"),
        ("BMI", "kg/m2", ("38.4", "37.3"), "bmi"),
    )
    imm_t = (
        ("Influenza, seasonal, injectable, preservative free", "Oct 08, 2024", "Completed", "FL2024-3381", "Fluzone High-Dose",
         I("Influenza, seasonal, injectable, preservative free", "2024-10-08", None, "FL2024-3381", "Fluzone High-Dose")),
        ("COVID-19, mRNA, LNP-S, bivalent or updated", "Oct 08, 2024", "Completed", "EW0199", "Comirnaty",
         I("COVID-19, mRNA, LNP-S, bivalent or updated", "2024-10-08", None, "EW0199", "Comirnaty")),
        ("Hepatitis B, adult (Heplisav-B) dose 1", "Mar 04, 2025", "Completed", "HB52X7", "Heplisav-B",
         I("Hepatitis B, adult", "2025-03-04", 1, "HB52X7", "Heplisav-B")),
        ("Hepatitis B, adult (Heplisav-B) dose 2", "Apr 08, 2025", "Completed", "HB61K2", "Heplisav-B",
         I("Hepatitis B, adult", "2025-04-08", 2, "HB61K2", "Heplisav-B")),
        ("Zoster recombinant (Shingrix)", "Jun 10, 2025", "Not given - patient refusal", "", "", None),
    )
    story = [P("<b>Continuity of Care Document</b>", S(size=14, font="Helvetica-Bold")),
             tbl([["Patient", "Denise M. Kowalczyk", "Date of birth", "Jul 22, 1966"],
                  ["Sex", "Female", "Patient IDs", "000482211 (Buckeye Health Partners)"],
                  ["Document created", "Jun 10, 2025", "Author", "Marcus Bell, DO - Buckeye Health Partners Internal Medicine, Toledo, OH"],
                  ["Encounter", "Office visit Jun 10, 2025", "Custodian", "Buckeye Health Partners (synthetic)"]],
                 [28 * mm, 50 * mm, 28 * mm, 68 * mm], ruled=True, head=0, size=8),
             P("Allergies, Adverse Reactions, Alerts", h2),
             tbl([["Substance", "Reaction", "Severity", "Status", "Onset"]] + [list(r[:5]) for r in allergies_t], W, size=8),
             P("Medications", h2),
             tbl([["Medication", "Instructions", "Start date", "Status"]] + [list(r[:4]) for r in meds_t],
                 [56 * mm, 62 * mm, 22 * mm, 34 * mm], size=8),
             P("Problems", h2),
             tbl([["Problem", "ICD-10", "Status", "Onset"]] + [list(r[:4]) for r in probs_t],
                 [80 * mm, 26 * mm, 30 * mm, 38 * mm], size=8),
             P("Results", h2),
             P("Comprehensive metabolic panel / Lipid panel / HbA1c - Quest-style reference lab (synthetic)", st),
             tbl([["Test", "Unit", "Ref range", *[d for d, _ in res_dates], "Flag (latest)"]] +
                 [[n, u, rt, *(v or "-" for v in vals),
                   FLAG_MARK[flag_of(float([v for v in vals if v][-1]), lo, hi)]]
                  for n, u, lo, hi, rt, vals in res_t],
                 [52 * mm, 24 * mm, 24 * mm, 26 * mm, 26 * mm, 22 * mm], size=8),
             P("Vital Signs", h2),
             tbl([["Vital", "Unit", *[d for d, _ in vit_dates]]] + [[n, u, *vals] for n, u, vals, _ in vit_t],
                 [50 * mm, 30 * mm, 40 * mm, 40 * mm], size=8),
             P("Immunizations", h2),
             tbl([["Vaccine", "Date", "Status", "Lot", "Product"]] + [list(r[:5]) for r in imm_t],
                 [62 * mm, 26 * mm, 36 * mm, 24 * mm, 26 * mm], size=8),
             P("Social History", h2),
             tbl([["Observation", "Value", "Date"], ["Tobacco smoking status", "Former smoker (quit 2012)", "Jun 10, 2025"],
                  ["Alcohol use", "Occasional (1-2 drinks/month)", "Jun 10, 2025"]], [60 * mm, 70 * mm, 40 * mm], size=8),
             P("Family History", h2),
             tbl([["Relative", "Condition", "Age at onset"], ["Father", "Coronary artery disease", "58"],
                  ["Mother", "Colon cancer", "71"], ["Sister", "Rheumatoid arthritis", "45"]],
                 [40 * mm, 80 * mm, 40 * mm], size=8),
             P("Plan of Care", h2),
             tbl([["Planned item", "Type", "Due / scheduled"],
                  ["Colonoscopy (screening, family history)", "Procedure", "Sep 2025"],
                  ["Pneumococcal conjugate vaccine (PCV20)", "Immunization", "Due now"],
                  ["Diabetic eye exam", "Referral", "Overdue"],
                  ["Repeat Hemoglobin A1c", "Lab", "Sep 10, 2025"],
                  ["Start semaglutide if A1c above goal at next visit", "Medication (proposed)", "Sep 2025"]],
                 [90 * mm, 40 * mm, 44 * mm], size=8)]

    def header(c, pg):
        w, h = letter
        c.setFont("Helvetica", 7.5)
        c.drawString(16 * mm, h - 10 * mm, "Continuity of Care Document  |  Kowalczyk, Denise M.  |  DOB Jul 22, 1966  |  MRN 000482211")
        c.drawRightString(w - 16 * mm, h - 10 * mm, f"Page {pg}")
        c.line(16 * mm, h - 12 * mm, w - 16 * mm, h - 12 * mm)
        c.drawString(16 * mm, 13 * mm, "Rendered from HL7 C-CDA R2.1 by Buckeye Health Partners portal (synthetic) - Jun 10, 2025 16:20")

    pdf = build_flow(story, header, pagesize=letter, margins=(16, 16, 18, 22))
    labs = []
    for n, u, lo, hi, rt, vals in res_t:
        for (dp, iso), v in zip(res_dates, vals):
            if v:
                r = L(n, v, float(v), u, lo, hi, rt, flag_of(float(v), lo, hi), iso)
                if dp == res_dates[0][0]:
                    r["note"] = "earlier column: the document's flag column covers only the latest value"
                labs.append(r)
    vitals = []
    for n, u, vals, kind in vit_t:
        for (dp, iso), v in zip(vit_dates, vals):
            if kind == "blood_pressure":
                a, b = v.split("/")
                vitals.append(V(kind, v, float(a), float(b), u, date=iso))
            else:
                vitals.append(V(kind, v, float(v), None, u, date=iso))
    must = [N("allergies", "Amoxicillin", "historical", "inactive/resolved allergy"),
            N("medications", "azithromycin", "stopped", "completed course"),
            N("medications", "lisinopril", "stopped"),
            N("medications", "semaglutide", "planned"),
            N("immunizations", "Zoster recombinant (Shingrix)", "negated", "refused"),
            N("immunizations", "Pneumococcal conjugate vaccine (PCV20)", "due"),
            N("conditions", "Coronary artery disease", "family"), N("conditions", "Colon cancer", "family"),
            N("conditions", "Rheumatoid arthritis", "family"),
            N("labs", "Repeat Hemoglobin A1c", "planned")]
    return finish(m, pdf, medications=[r[-1] for r in meds_t], labs=labs, vitals=vitals,
                  allergies=[r[-1] for r in allergies_t if r[-1]], conditions=[r[-1] for r in probs_t],
                  immunizations=[r[-1] for r in imm_t if r[-1]], must_not=must)



# ---------------------------------------------------------------- 12 US (Washington) Epic-style After Visit Summary
@doc
def d12():
    m = meta(12, "us", "washington_avs", "United States (Washington)",
             "Epic-style After Visit Summary with START/CHANGE/CONTINUE/STOP lists, 2 pages", "medical_record",
             "2025-10-21")
    st = S(size=9, leading=11.5)
    h2 = S(size=11, font="Helvetica-Bold", spaceBefore=8, spaceAfter=3)
    h3 = S(size=9.5, font="Helvetica-Bold", spaceBefore=5, spaceAfter=2)
    start = (("amoxicillin-clavulanate 875-125 mg tablet", "Take 1 tablet by mouth 2 times a day for 7 days.",
              M("amoxicillin-clavulanate", None, "875-125", "mg", "by mouth", "2 times a day", "new")),
             ("fluticasone propionate 50 mcg/actuation nasal spray (FLONASE)", "Use 2 sprays in each nostril daily.",
              M("fluticasone propionate", "FLONASE", "50", "mcg", "nostril", "daily", "new", note="2 sprays each nostril")))
    change = (("hydrochlorothiazide 25 mg tablet", "Take 1 tablet by mouth daily. What changed: dose increased from 12.5 mg",
               M("hydrochlorothiazide", None, "25", "mg", "by mouth", "daily", "changed")),)
    cont = (("sertraline 50 mg tablet (ZOLOFT)", "Take 1 tablet by mouth daily.",
             M("sertraline", "ZOLOFT", "50", "mg", "by mouth", "daily", "active")),
            ("levonorgestrel-ethinyl estradiol 0.15-30 mg-mcg tablet", "Take 1 tablet by mouth daily.",
             M("levonorgestrel-ethinyl estradiol", None, "0.15-30", "mg-mcg", "by mouth", "daily", "active")),
            ("cetirizine 10 mg tablet (ZYRTEC)", "Take 10 mg by mouth daily as needed for allergies.",
             M("cetirizine", "ZYRTEC", "10", "mg", "by mouth", "daily as needed", "active")))
    stop = (("pseudoephedrine 120 mg 12 hr tablet (SUDAFED 12 HOUR)", "",
             M("pseudoephedrine", "SUDAFED 12 HOUR", "120", "mg", None, None, "stopped")),
            ("oxymetazoline 0.05 % nasal spray (AFRIN)", "",
             M("oxymetazoline", "AFRIN", None, None, None, None, "stopped", concentration="0.05 %")))

    def medblock(title, items):
        out = [P(title, h3)]
        for n, sig, _ in items:
            out.append(P("<b>" + E(n) + "</b>" + ("<br/>" + E(sig) if sig else ""), st))
            out.append(Spacer(1, 2))
        return out

    story = [P("<b>AFTER VISIT SUMMARY</b>", S(size=15, font="Helvetica-Bold")),
             P("Jessica R. Lindqvist &nbsp; | &nbsp; MRN: 70011345 &nbsp; | &nbsp; 10/21/2025 9:20 AM &nbsp; | &nbsp; "
               "Evergreen Sound Primary Care - Tacoma, WA &nbsp; | &nbsp; Provider: Aaron Park, PA-C", st),
             P("Instructions from Aaron Park, PA-C", h2),
             P("You were seen today for sinus infection. Rest, drink fluids, saline rinses twice a day. Call us if you have "
               "fever over 102 °F, swelling around the eye or a severe headache.", st),
             P("Today's Visit", h2),
             P("<b>Diagnoses:</b> Acute maxillary sinusitis, unspecified (J01.00); Essential hypertension (I10); "
               "Seasonal allergic rhinitis (J30.2)", st),
             P("<b>Vitals:</b> Blood Pressure 148/92 &nbsp; Pulse 88 &nbsp; Temperature 100.1 °F (37.8 °C) (Oral) &nbsp; "
               "Height 5' 6\" (1.676 m) &nbsp; Weight 154 lb (69.9 kg) &nbsp; SpO2 98% &nbsp; BMI 24.86 kg/m²", st),
             P("<b>Immunizations given today:</b> Influenza Vaccine Quad PF 6mo+ (Fluarix) - 0.5 mL IM, Lot 7KX3R, "
               "Left deltoid.", st),
             P("<b>Lab tests ordered today:</b> Lipid panel; TSH. Results will be released to MyChart.", st),
             P("What's Next", h2),
             P("Follow-up visit in 2 weeks (11/04/2025) for blood pressure recheck.", st),
             P("Your Medication List", h2),
             P("Review your medications carefully and bring this list to every visit.", st)] + \
        medblock("START taking:", start) + medblock("CHANGE how you take:", change) + \
        medblock("CONTINUE these medications which have NOT CHANGED:", cont) + \
        medblock("STOP taking these medications:", stop) + [
             P("Allergies as of 10/21/2025", h2), P("Not on File", st),
             P("Health Maintenance", h2),
             tbl([["Topic", "Due date", "Status"],
                  ["Tdap Vaccine", "01/14/2024", "Overdue"],
                  ["COVID-19 Vaccine (2025-26 season)", "09/01/2025", "Due"],
                  ["Cervical Cancer Screening (Pap + HPV)", "06/30/2026", "Not due"],
                  ["Hepatitis C Screening", "--", "Addressed"],
                  ["Influenza Vaccine", "--", "Completed 10/21/2025"]],
                 [80 * mm, 40 * mm, 44 * mm], ruled=False, size=8.5),
             P("Patient Education", h2),
             P("Amoxicillin-clavulanate may cause diarrhea. Do not take if you have had a severe allergic reaction to "
               "penicillin. Pseudoephedrine and decongestant sprays can raise blood pressure; avoid them.", st)]

    def header(c, pg):
        w, h = letter
        c.setFont("Helvetica", 7.5)
        c.drawString(16 * mm, h - 10 * mm, "Jessica R. Lindqvist   MRN: 70011345   Visit date: 10/21/2025")
        c.drawRightString(w - 16 * mm, h - 10 * mm, "Evergreen Sound Health (synthetic)")
        c.drawString(16 * mm, 13 * mm, "Printed at 10/21/2025 10:02 AM")
        c.drawRightString(w - 16 * mm, 13 * mm, f"Page {pg}")

    pdf = build_flow(story, header, pagesize=letter, margins=(18, 18, 18, 22))
    vitals = [V("blood_pressure", "148/92", 148, 92, None), V("heart_rate", "88", 88, None, None),
              V("temperature", "100.1", 100.1, None, "°F", also_ok=[{"value_numeric": 37.8, "value_secondary": None, "unit": "°C"}]),
              V("height", "5' 6\"", 66, None, "in", also_ok=[{"value_numeric": 1.676, "value_secondary": None, "unit": "m"}],
                note="5 ft 6 in = 66 in"),
              V("weight", "154", 154, None, "lb", also_ok=[{"value_numeric": 69.9, "value_secondary": None, "unit": "kg"}]),
              V("oxygen_saturation", "98%", 98, None, "%"), V("bmi", "24.86", 24.86, None, "kg/m²")]
    for v in vitals:
        if v["unit"] == "in":
            v["unit"] = None
    conds = [C("Acute maxillary sinusitis, unspecified", "active", "J01.00", aliases=["sinus infection"]),
             C("Essential hypertension", "active", "I10"), C("Seasonal allergic rhinitis", "active", "J30.2")]
    must = [N("medications", "pseudoephedrine", "stopped"), N("medications", "oxymetazoline", "stopped"),
            N("immunizations", "Tdap Vaccine", "due"), N("immunizations", "COVID-19 Vaccine (2025-26 season)", "due"),
            N("labs", "Lipid panel", "planned", "ordered, no result"), N("labs", "TSH", "planned", "ordered"),
            N("allergies", "penicillin", "leaflet", "education text"), N("allergies", "Not on File", "not_clinical"),
            N("conditions", "Hepatitis C", "other", "screening topic"),
            N("conditions", "severe headache", "other", "return advice")]
    return finish(m, pdf, medications=[r[-1] for r in start + change + cont + stop], vitals=vitals,
                  conditions=conds,
                  immunizations=[I("Influenza Vaccine Quad PF 6mo+", "2025-10-21", None, "7KX3R", "Fluarix")],
                  must_not=must)


# ---------------------------------------------------------------- 13 UAE patient-portal export, two-column
@doc
def d13():
    m = meta(13, "ae", "dubai_portal_export", "United Arab Emirates (Dubai)",
             "patient-portal health summary export, two-column layout", "medical_record", "2025-12-08")
    from reportlab.platypus import Frame, PageTemplate, BaseDocTemplate, FrameBreak
    st = S(size=8.5, leading=10.8)
    h2 = S(size=10, font="Helvetica-Bold", spaceBefore=7, spaceAfter=3, textColor=colors.Color(0.0, 0.35, 0.35))
    probs = (("Hypothyroidism (Hashimoto)", "Active", "since 2019", C("Hypothyroidism (Hashimoto)", "active")),
             ("Gestational diabetes", "Resolved", "2022", C("Gestational diabetes", "resolved", status_also_ok=["history"])),
             ("Iron deficiency anaemia", "Active", "18/06/2025", C("Iron deficiency anaemia", "active")),
             ("Migraine without aura", "Active", "2015", C("Migraine without aura", "active")))
    meds = (("Levothyroxine (Euthyrox) 100 mcg tablet", "1 tablet every morning before breakfast",
             M("levothyroxine", "Euthyrox", "100", "mcg", None, "every morning before breakfast", "active")),
            ("Ferrous fumarate 322 mg tablet", "1 tablet once daily with orange juice",
             M("ferrous fumarate", None, "322", "mg", None, "once daily", "active")),
            ("Sumatriptan 50 mg tablet", "1 tablet at migraine onset, may repeat after 2 hours; max 4/day",
             M("sumatriptan", None, "50", "mg", None, "at migraine onset", "active")),
            ("Vitamin D3 (cholecalciferol) 50,000 IU capsule", "1 capsule weekly x 8 weeks",
             M("cholecalciferol", None, "50,000", "IU", None, "weekly", "active", aliases=["Vitamin D3"])))
    past = (("Metformin 500 mg", "Stopped 11/2022 (after delivery)", M("metformin", None, "500", "mg", None, None, "stopped")),
            ("Propranolol 40 mg", "Stopped 03/2025 - fatigue", M("propranolol", None, "40", "mg", None, None, "stopped")))
    imms = (("Influenza (Vaxigrip Tetra)", "02/10/2025", "Given", I("Influenza", "2025-10-02", None, None, "Vaxigrip Tetra")),
            ("Tdap (Boostrix)", "15/01/2024", "Given", I("Tdap", "2024-01-15", None, None, "Boostrix")),
            ("Hepatitis B - dose 3", "20/05/2024", "Given", I("Hepatitis B", "2024-05-20", 3)),
            ("HPV (Gardasil 9)", "-", "Declined", None))
    vit = (("Blood pressure", "112/70 mmHg", V("blood_pressure", "112/70", 112, 70, "mmHg")),
           ("Pulse", "72 bpm", V("heart_rate", "72", 72, None, "bpm")),
           ("Weight", "63.5 kg", V("weight", "63.5", 63.5, None, "kg")),
           ("Height", "162 cm", V("height", "162", 162, None, "cm")),
           ("BMI", "24.2", V("bmi", "24.2", 24.2, None, None)),
           ("Temperature", "36.7 °C", V("temperature", "36.7", 36.7, None, "°C")))
    labs_t = (("Haemoglobin", "10.9", "g/dL", 12.0, 15.5, "12.0 - 15.5"),
              ("Ferritin", "9", "ng/mL", 15, 150, "15 - 150"),
              ("TSH", "2.45", "mIU/L", 0.27, 4.2, "0.27 - 4.2"),
              ("Free T4", "16.1", "pmol/L", 12, 22, "12 - 22"),
              ("25-OH Vitamin D", "14", "ng/mL", 30, 100, "30 - 100"),
              ("HbA1c", "5.4", "%", None, 5.7, "< 5.7"))
    left = [P("Personal details", h2),
            P("Name: Reem Khalid Al Mansoori<br/>Portal ID: P-000-7781<br/>Date of birth: 09/04/1991<br/>"
              "Gender: Female<br/>Emirates ID: 784-0000-0000000-0<br/>Primary clinic: Al Safa Family Health Centre, Dubai", st),
            P("Allergies", h2), P("No known allergies", st),
            P("Health problems", h2)] + \
        [P(f"<b>{E(a)}</b> - {E(b)} ({E(c)})", st) for a, b, c, _ in probs] + [
            P("Immunisations", h2),
            tbl([["Vaccine", "Date", "Status"]] + [[a, b, c] for a, b, c, _ in imms], [40 * mm, 20 * mm, 20 * mm],
                ruled=False, size=8),
            P("Upcoming / reminders", h2),
            P("Cervical screening - due 01/2026<br/>HbA1c (annual, previous GDM) - due 06/2026<br/>"
              "Influenza vaccine 2026 - due 10/2026", st)]
    right = [P("Current medications", h2)] + \
        [P(f"<b>{E(a)}</b><br/>{E(b)}", st) for a, b, _ in meds] + [
            P("Past medications", h2)] + [P(f"{E(a)} - {E(b)}", st) for a, b, _ in past] + [
            P("Latest vital signs (08/12/2025)", h2),
            tbl([[a, b] for a, b, _ in vit], [40 * mm, 40 * mm], ruled=False, head=0, size=8.5),
            P("Recent results (collected 01/12/2025)", h2),
            tbl([["Test", "Result", "Range"]] + [[n, f"{v} {u}" + (" " + FLAG_MARK[flag_of(float(v), lo, hi)]
                                                                   if flag_of(float(v), lo, hi) != "normal" else ""), rt]
                                              for n, v, u, lo, hi, rt in labs_t], [28 * mm, 28 * mm, 24 * mm],
                ruled=False, size=8)]
    buf = io.BytesIO()
    w, h = A4

    def onpage(c, d):
        c.saveState()
        c.setFillColor(colors.Color(0.0, 0.35, 0.35))
        c.rect(0, h - 20 * mm, w, 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(15 * mm, h - 11 * mm, "Al Safa Family Health Centre - My Health Summary")
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, h - 16 * mm, "Exported from the patient portal on 08/12/2025 21:14 (Gulf Standard Time) - all dates DD/MM/YYYY")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, 8 * mm, FOOTER)
        c.drawRightString(w - 15 * mm, 13 * mm, f"Page {c.getPageNumber()}")
        c.line(w / 2, 22 * mm, w / 2, h - 24 * mm)
        c.restoreState()

    fl = Frame(15 * mm, 20 * mm, w / 2 - 19 * mm, h - 44 * mm, id="l")
    fr = Frame(w / 2 + 4 * mm, 20 * mm, w / 2 - 19 * mm, h - 44 * mm, id="r")
    d = BaseDocTemplate(buf, pagesize=A4, invariant=1, title="synthetic", author="synthetic")
    d.addPageTemplates([PageTemplate(id="two", frames=[fl, fr], onPage=onpage)])
    d.build(left + [FrameBreak()] + right)
    pdf = buf.getvalue()
    labs = [L(n, v, float(v), u, lo, hi, rt, flag_of(float(v), lo, hi), "2025-12-01") for n, v, u, lo, hi, rt in labs_t]
    must = [N("medications", "Metformin", "stopped"), N("medications", "Propranolol", "stopped"),
            N("immunizations", "HPV (Gardasil 9)", "negated", "declined"),
            N("immunizations", "Influenza vaccine 2026", "due"), N("labs", "HbA1c (annual, previous GDM)", "due"),
            N("labs", "Cervical screening", "due"), N("allergies", "No known allergies", "negated")]
    return finish(m, pdf, medications=[r[-1] for r in meds + past], labs=labs, vitals=[r[-1] for r in vit],
                  conditions=[r[-1] for r in probs], immunizations=[r[-1] for r in imms if r[-1]], must_not=must)



# ---------------------------------------------------------------- 14 Philippines discharge summary (2 pages, table over break)
@doc
def d14():
    m = meta(14, "ph", "cebu_discharge_summary", "Philippines",
             "hospital discharge summary with medication reconciliation table spanning a page break", "discharge_summary",
             "2025-08-19")
    st = S(size=9, leading=11.8)
    h2 = S(size=10, font="Helvetica-Bold", spaceBefore=7, spaceAfter=3)
    dx = (("Community-acquired pneumonia, moderate risk (CAP-MR), right lower lobe", "J18.9",
           C("Community-acquired pneumonia, moderate risk", "active", "J18.9", aliases=["CAP-MR"],
             status_also_ok=["resolved"])),
          ("Type 2 diabetes mellitus, poorly controlled", "E11.65", C("Type 2 diabetes mellitus", "active", "E11.65")),
          ("Hypertension, stage 2", "I10", C("Hypertension", "active", "I10")),
          ("Hypoglycemia secondary to glibenclamide (resolved)", "E16.0",
           C("Hypoglycemia secondary to glibenclamide", "resolved", "E16.0")))
    hosp = (("Ceftriaxone 2 g IV every 24 hours", "08/14 - 08/18/2025", "ceftriaxone"),
            ("Azithromycin 500 mg IV once daily", "08/14 - 08/16/2025", "azithromycin"),
            ("Insulin regular (human) per sliding scale SC", "08/14 - 08/19/2025", "insulin regular"),
            ("Paracetamol 1 g IV every 6 hours PRN fever", "08/14 - 08/16/2025", "Paracetamol"),
            ("Enoxaparin 40 mg SC once daily (DVT prophylaxis)", "08/14 - 08/19/2025", "enoxaparin"),
            ("Nebulized salbutamol 2.5 mg every 6 hours", "08/14 - 08/17/2025", "salbutamol"))
    medrows = (  # (status word, drug, dose, route, frequency, remarks, truth)
        ("NEW", "Cefuroxime axetil (Zinnat) 500 mg tablet", "500 mg", "PO", "BID", "for 5 more days, until 08/24/2025",
         M("cefuroxime axetil", "Zinnat", "500", "mg", "PO", "BID", "new")),
        ("NEW", "Insulin glargine 100 units/mL", "14 units", "SC", "at bedtime", "titrate per SMBG; see diabetes educator",
         M("insulin glargine", None, "14", "units", "SC", "at bedtime", "new", concentration="100 units/mL")),
        ("NEW", "Acetylcysteine 600 mg effervescent tablet", "600 mg", "PO", "OD", "dissolve in water; 7 days",
         M("acetylcysteine", None, "600", "mg", "PO", "OD", "new")),
        ("CHANGED", "Metformin 500 mg tablet", "1,000 mg", "PO", "BID with meals", "dose increased from 500 mg BID",
         M("metformin", None, "1,000", "mg", "PO", "BID with meals", "changed")),
        ("CHANGED", "Amlodipine 10 mg tablet", "10 mg", "PO", "OD", "increased from 5 mg OD",
         M("amlodipine", None, "10", "mg", "PO", "OD", "changed")),
        ("CONTINUED", "Losartan 50 mg tablet", "50 mg", "PO", "OD", "no change",
         M("losartan", None, "50", "mg", "PO", "OD", "active")),
        ("CONTINUED", "Atorvastatin 20 mg tablet", "20 mg", "PO", "OD at bedtime", "no change",
         M("atorvastatin", None, "20", "mg", "PO", "OD at bedtime", "active")),
        ("STOPPED", "Glibenclamide 5 mg tablet", "5 mg", "PO", "OD", "STOP - caused hypoglycemia on admission",
         M("glibenclamide", None, "5", "mg", "PO", "OD", "stopped")),
        ("STOPPED", "Hydrochlorothiazide 12.5 mg tablet", "12.5 mg", "PO", "OD", "STOP - hyponatremia",
         M("hydrochlorothiazide", None, "12.5", "mg", "PO", "OD", "stopped")),
    )
    for r in medrows:
        t = r[-1]
        t["dose"] = r[2].split(" ")[0]
    dates = (("08/14/2025", "2025-08-14"), ("08/18/2025", "2025-08-18"))
    labs_t = (("WBC", "x10^9/L", 4.5, 11.0, "4.5 - 11.0", ("15.2", "8.9")),
              ("Neutrophils", "%", 50, 70, "50 - 70", ("86", "68")),
              ("Hemoglobin", "g/L", 120, 160, "120 - 160", ("131", "126")),
              ("Sodium", "mmol/L", 135, 145, "135 - 145", ("129", "136")),
              ("Potassium", "mmol/L", 3.5, 5.0, "3.5 - 5.0", ("3.4", "4.1")),
              ("Creatinine", "umol/L", 53, 115, "53 - 115", ("124", "98")),
              ("CRP", "mg/L", None, 10, "< 10", ("148", "22")),
              ("FBS", "mmol/L", 3.9, 6.1, "3.9 - 6.1", ("2.8", "7.9")),
              ("HbA1c", "%", None, 5.7, "< 5.7", ("9.6", "")),
              ("Procalcitonin", "ng/mL", None, 0.5, "< 0.5", ("1.8", "")))
    labs = []
    lrows = [["Test", "Unit", "Reference", *[d for d, _ in dates]]]
    for n, u, lo, hi, rt, vals in labs_t:
        cells = []
        for (dp, iso), v in zip(dates, vals):
            if not v:
                cells.append("")
                continue
            fl = flag_of(float(v), lo, hi, crit_lo=3.0 if n == "FBS" else None)
            cells.append(f"{v} {'LL' if fl == 'critical' else FLAG_MARK[fl]}".strip())
            labs.append(L(n, v, float(v), u, lo, hi, rt, fl, iso))
        lrows.append([n, u, rt, *cells])
    story = [
        P("<b>DISCHARGE SUMMARY</b>", S(size=13, font="Helvetica-Bold", alignment=1)),
        tbl([["Patient", "DELA CRUZ, Roberto Macaraeg", "Hospital No.", "VSMC-2025-041187"],
             ["Age / Sex", "62 / M", "Ward / Bed", "Medical Ward 3 / Bed 12"],
             ["Admitted", "08/14/2025 21:40", "Discharged", "08/19/2025 11:00"],
             ["Attending", "Dr. Maria Teresa Villanueva, FPCP", "PhilHealth", "PIN 00-000000000-0 (synthetic)"]],
            [24 * mm, 64 * mm, 26 * mm, 60 * mm], head=0, size=8.2),
        P("Final Diagnoses", h2)] + [P(f"{i + 1}. {E(a)} ({E(b)})", st) for i, (a, b, _) in enumerate(dx)] + [
        P("Brief History and Hospital Course", h2),
        P("62-year-old male, known hypertensive and diabetic, admitted for 4 days of productive cough, fever up to 39.2 °C "
          "and dyspnea, with capillary blood glucose of 2.8 mmol/L on arrival while taking glibenclamide. No hemoptysis, "
          "no weight loss. Chest x-ray showed right lower lobe consolidation. Pulmonary tuberculosis was ruled out: "
          "sputum GeneXpert MTB/RIF not detected. Treated with IV antibiotics with clinical improvement; afebrile since "
          "hospital day 3 and shifted to oral cefuroxime on 08/18/2025.", st),
        P("<b>Allergies:</b> NKDA. &nbsp; <b>Smoking:</b> 30 pack-years, quit 2019.", st),
        P("Medications Given in Hospital (not for home use)", h2),
        tbl([["Medication", "Dates given"]] + [[a, b] for a, b, _ in hosp], [110 * mm, 60 * mm], size=8.2),
        P("Laboratory Results (admission vs pre-discharge)", h2),
        tbl(lrows, [42 * mm, 24 * mm, 30 * mm, 36 * mm, 36 * mm], size=8.2),
        P("Flags: H high, L low, LL critical low.", S(size=7.5)),
        P("Vital Signs on Discharge (08/19/2025 08:00)", h2),
        P("BP 130/80 mmHg &nbsp; HR 84 bpm &nbsp; RR 20 cpm &nbsp; Temp 36.8 °C &nbsp; O2 sat 96% at room air &nbsp; Wt 71 kg", st),
        P("Home Medications - Reconciliation", h2),
        tbl([["Status", "Medication", "Dose", "Route", "Frequency", "Remarks"]] + [list(r[:6]) for r in medrows],
            [22 * mm, 48 * mm, 18 * mm, 14 * mm, 26 * mm, 46 * mm], size=8.2, pad=5),
        P("Instructions and Follow-up", h2),
        P("Follow up at OPD Internal Medicine clinic on 08/26/2025 with repeat CBC and serum sodium. Repeat chest x-ray "
          "after 6 weeks. Pneumococcal (PCV13) and influenza vaccination advised at follow-up. Monitor blood glucose "
          "twice daily. Return to ER for difficulty of breathing, chest pain or blood sugar below 4 mmol/L.", st),
        Spacer(1, 10),
        P("Prepared by: Dr. Jose Miguel Santos (Resident) &nbsp;&nbsp; Noted by: Dr. Maria Teresa Villanueva, FPCP", st)]

    def header(c, pg):
        w, h = A4
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 12 * mm, "VISAYAS SEASIDE MEDICAL CENTER")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(w / 2, h - 16 * mm, "Osmeña Blvd., Cebu City 6000  |  (032) 000-0000  |  synthetic")
        c.drawString(18 * mm, h - 21 * mm, "DELA CRUZ, Roberto M.  |  VSMC-2025-041187")
        c.drawRightString(w - 18 * mm, h - 21 * mm, f"Page {pg}")
        c.line(18 * mm, h - 22.5 * mm, w - 18 * mm, h - 22.5 * mm)

    pdf = build_flow(story, header, margins=(18, 18, 27, 20))
    vitals = [V("blood_pressure", "130/80", 130, 80, "mmHg"), V("heart_rate", "84", 84, None, "bpm"),
              V("respiratory_rate", "20", 20, None, "cpm"), V("temperature", "36.8", 36.8, None, "°C"),
              V("oxygen_saturation", "96%", 96, None, "%"), V("weight", "71", 71, None, "kg")]
    must = [N("medications", n, "other", "hospital-only medicine") for _, _, n in hosp] + [
        N("medications", "Glibenclamide", "stopped"), N("medications", "Hydrochlorothiazide", "stopped"),
        N("conditions", "Pulmonary tuberculosis", "negated", "ruled out"), N("conditions", "hemoptysis", "negated"),
        N("conditions", "weight loss", "negated"), N("immunizations", "Pneumococcal (PCV13)", "planned"),
        N("immunizations", "influenza vaccination", "planned"),
        N("allergies", "NKDA", "negated")]
    return finish(m, pdf, medications=[r[-1] for r in medrows], labs=labs, vitals=vitals,
                  conditions=[r[-1] for r in dx], must_not=must)



# ---------------------------------------------------------------- 15 Wales discharge summary (scan, image-only PDF, 2 pages)
@doc
def d15():
    m = meta(15, "wls", "discharge_scan", "United Kingdom (Wales)",
             "electronic discharge summary (TTO), printed and scanned, image-only PDF, 2 pages", "discharge_summary",
             "2025-01-24")
    st = S(size=9.5, leading=12.5)
    h2 = S(size=10, font="Helvetica-Bold", spaceBefore=6, spaceAfter=3)
    meds = (  # drug, dose, route, freq, status, comment, truth
        ("Nitrofurantoin MR", "100 mg", "Oral", "twice a day", "NEW", "3 more days then stop (course ends 27/01/2025)",
         M("nitrofurantoin", None, "100", "mg", "Oral", "twice a day", "new", aliases=["Nitrofurantoin MR"])),
        ("Paracetamol", "1 g", "Oral", "four times a day when required", "UNCHANGED", "",
         M("paracetamol", None, "1", "g", "Oral", "four times a day when required", "active")),
        ("Donepezil", "10 mg", "Oral", "at night", "UNCHANGED", "",
         M("donepezil", None, "10", "mg", "Oral", "at night", "active")),
        ("Alendronic acid", "70 mg", "Oral", "once weekly (Sundays)", "UNCHANGED", "",
         M("alendronic acid", None, "70", "mg", "Oral", "once weekly (Sundays)", "active")),
        ("Adcal-D3 (calcium carbonate / colecalciferol)", "1.5 g / 400 unit", "Oral", "twice a day", "UNCHANGED", "",
         M("calcium carbonate / colecalciferol", "Adcal-D3", "1.5 g / 400 unit", None, "Oral", "twice a day", "active")),
        ("Amlodipine", "2.5 mg", "Oral", "once a day", "CHANGED", "reduced from 5 mg - postural drop",
         M("amlodipine", None, "2.5", "mg", "Oral", "once a day", "changed")),
        ("Ramipril", "5 mg", "Oral", "once a day", "WITHHELD", "AKI - GP to restart if U&E stable at 1 week",
         M("ramipril", None, "5", "mg", "Oral", "once a day", "held")),
        ("Furosemide", "40 mg", "Oral", "in the morning", "STOPPED", "no evidence of fluid overload",
         M("furosemide", None, "40", "mg", "Oral", "in the morning", "stopped")),
    )
    for r in meds:
        if r[1] != "1.5 g / 400 unit":
            r[-1]["dose"] = r[1].split(" ")[0]
    inpt = (("Gentamicin", "IV", "single dose 18/01/2025"), ("Sodium chloride 0.9%", "IV infusion", "18/01 - 20/01/2025"),
            ("Co-amoxiclav", "IV", "18/01 - 21/01/2025"), ("Enoxaparin", "subcutaneous", "18/01 - 24/01/2025"))
    dates = (("18/01/2025", "2025-01-18"), ("23/01/2025", "2025-01-23"))
    lt = (("Creatinine", "umol/L", 45, 84, "45-84", ("186", "112")),
          ("eGFR", "mL/min/1.73m2", 60, None, ">60", ("22", "41")),
          ("Urea", "mmol/L", 2.5, 7.8, "2.5-7.8", ("14.2", "8.1")),
          ("Sodium", "mmol/L", 133, 146, "133-146", ("131", "137")),
          ("Potassium", "mmol/L", 3.5, 5.3, "3.5-5.3", ("5.6", "4.5")),
          ("CRP", "mg/L", None, 5, "<5", ("96", "18")),
          ("WCC", "x10^9/L", 4.0, 11.0, "4.0-11.0", ("13.4", "7.9")))
    labs, lrows = [], [["Test", "Units", "Range", *[d for d, _ in dates]]]
    for n, u, lo, hi, rt, vals in lt:
        cells = []
        for (dp, iso), v in zip(dates, vals):
            fl = flag_of(float(v), lo, hi)
            cells.append(f"{v} {FLAG_MARK[fl]}".strip())
            labs.append(L(n, v, float(v), u, lo, hi, rt, fl, iso))
        lrows.append([n, u, rt, *cells])
    story = [
        P("<b>DISCHARGE SUMMARY / TTO</b>", S(size=13, font="Helvetica-Bold")),
        tbl([["Patient", "Mrs Gwenllian Mair PRITCHARD", "NHS No.", "000 000 4417"],
             ["DOB", "11/03/1939 (85y)", "Hospital No.", "K0045512"],
             ["Admitted", "18/01/2025 via ED", "Discharged", "24/01/2025 to own home with POC x2"],
             ["Ward", "Ward 7 (Care of the Elderly)", "Consultant", "Dr Rhys Llewellyn"],
             ["GP", "Dr H. Morgan, Glan Conwy Surgery", "Discharging clinician", "Dr Ffion Jenkins (FY2)"]],
            [24 * mm, 60 * mm, 30 * mm, 60 * mm], head=0, size=8.5),
        P("Diagnoses", h2),
        P("Primary: Acute kidney injury stage 2 (resolving) secondary to urinary tract infection and dehydration.", st),
        P("Secondary: Mechanical fall at home - no head injury, no fracture on hip x-ray.", st),
        P("Co-morbidities: Alzheimer's disease (mild); osteoporosis; hypertension; previous left Colles' fracture 2019.", st),
        P("Allergies / ADRs", h2),
        P("Trimethoprim - rash (2021).  Codeine - confusion.", st),
        P("Clinical summary", h2),
        P("Found on the floor by carers, long lie of about 4 hours. Confused on arrival (baseline MMSE 24/30), dry, "
          "with dysuria and a positive urine dipstick. Treated with IV fluids and IV antibiotics; renal function improved "
          "as shown. Urine culture grew E. coli sensitive to nitrofurantoin. Physiotherapy and OT assessed - mobile with "
          "frame. No chest pain or palpitations; ECG sinus rhythm. Lying/standing BP 142/78 then 118/70 mmHg.", st),
        P("Observations on discharge (24/01/2025): BP 136/74, pulse 76, temp 36.6, resp rate 16, SpO2 95% on air.", st),
        P("Results", h2),
        tbl(lrows, [36 * mm, 32 * mm, 26 * mm, 32 * mm, 32 * mm], size=8.5),
        P("Medicines given during admission only", h2),
        tbl([["Medicine", "Route", "Dates"]] + [list(r) for r in inpt], [70 * mm, 40 * mm, 50 * mm], size=8.5),
        P("Medicines on discharge", h2),
        tbl([["Drug", "Dose", "Route", "Frequency", "Status", "Comment"]] + [list(r[:6]) for r in meds],
            [44 * mm, 24 * mm, 14 * mm, 30 * mm, 22 * mm, 40 * mm], size=8.2, pad=4),
        P("Actions for GP", h2),
        P("1. U&amp;E in 1 week; restart ramipril if creatinine stable. 2. Consider DEXA review - on alendronic acid since "
          "2019 (drug holiday to be considered at 5 years). 3. Memory clinic follow-up already arranged.", st),
        Spacer(1, 8), P("Pharmacist check: L. Hughes 24/01/2025 10:15", st)]

    def header(c, pg):
        w, h = A4
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18 * mm, h - 12 * mm, "Bwrdd Iechyd Prifysgol - Ysbyty Cwm Clwyd / Cwm Clwyd Hospital (synthetic)")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, h - 16 * mm, "PRITCHARD, Gwenllian Mair  NHS No 000 000 4417")
        c.drawRightString(w - 18 * mm, h - 16 * mm, f"Page {pg} of 2")
        c.line(18 * mm, h - 18 * mm, w - 18 * mm, h - 18 * mm)

    pdf = build_flow(story, header, margins=(18, 18, 24, 18))
    vitals = [V("blood_pressure", "136/74", 136, 74, None, date="2025-01-24"), V("heart_rate", "76", 76, None, None),
              V("temperature", "36.6", 36.6, None, None), V("respiratory_rate", "16", 16, None, None),
              V("oxygen_saturation", "95%", 95, None, "%"),
              V("blood_pressure", "142/78", 142, 78, "mmHg", optional=True, note="lying"),
              V("blood_pressure", "118/70", 118, 70, "mmHg", optional=True, note="standing")]
    conds = [C("Acute kidney injury stage 2", "active", aliases=["Acute kidney injury"], status_also_ok=["resolved"]),
             C("urinary tract infection", "active"), C("dehydration", "active", optional=True),
             C("Mechanical fall", "active", optional=True),
             C("Alzheimer's disease", "active"), C("osteoporosis", "active"), C("hypertension", "active"),
             C("Colles' fracture", "history", status_also_ok=["resolved"])]
    must = [N("medications", n, "other", "admission only") for n, _, _ in inpt] + [
        N("medications", "Furosemide", "stopped"), N("conditions", "head injury", "negated"),
        N("conditions", "chest pain", "negated"), N("conditions", "palpitations", "negated"),
        N("labs", "U&E in 1 week", "planned")]
    return finish(m, pdf, scan=(1515, 0.9, "pdf", 48), medications=[r[-1] for r in meds], labs=labs, vitals=vitals,
                  allergies=[A("Trimethoprim", "rash"), A("Codeine", "confusion")], conditions=conds, must_not=must)



def amb(dmy):
    """True when a printed numeric D/M date has day and month both <= 12 and different."""
    d, mth = int(dmy[:2]), int(dmy[3:5])
    return d <= 12 and mth <= 12 and d != mth


def iso_dmy(dmy):
    return f"{dmy[6:10]}-{dmy[3:5]}-{dmy[:2]}"


# ---------------------------------------------------------------- 16 Fiji child health record (handwritten entries, scan)
@doc
def d16():
    m = meta(16, "fj", "child_health_card_scan", "Fiji",
             "child health & immunisation card, printed grid with handwritten entries, scanned JPEG",
             "immunization_record", "2025-03-07")
    # (printed vaccine, printed age, hand date, hand batch, dose number, truth vaccine name)
    rows = (
        ("BCG", "Birth", "06/03/2024", "B2311-4", 1),
        ("Hepatitis B (birth dose)", "Birth", "05/03/2024", "HB0917", 1),
        ("Pentavalent (DTwP-HepB-Hib) 1", "6 weeks", "16/04/2024", "PV4471A", 1),
        ("OPV 1", "6 weeks", "16/04/2024", "OP228", 1),
        ("PCV10 1", "6 weeks", "16/04/2024", "PN3390", 1),
        ("Rotavirus 1", "6 weeks", "16/04/2024", "RV118", 1),
        ("Pentavalent (DTwP-HepB-Hib) 2", "10 weeks", "14/05/2024", "PV4471A", 2),
        ("OPV 2", "10 weeks", "14/05/2024", "OP228", 2),
        ("PCV10 2", "10 weeks", "14/05/2024", "PN3390", 2),
        ("Rotavirus 2", "10 weeks", "14/05/2024", "RV121", 2),
        ("Pentavalent (DTwP-HepB-Hib) 3", "14 weeks", "11/06/2024", "PV5102", 3),
        ("OPV 3", "14 weeks", "11/06/2024", "OP301", 3),
        ("PCV10 3", "14 weeks", "11/06/2024", "PN3512", 3),
        ("IPV", "14 weeks", "11/06/2024", "IP0442", 1),
        ("MR 1 (measles-rubella)", "12 months", "07/03/2025", "MR7720", 1),
        ("MR 2 (measles-rubella)", "18 months", "", "", 2),
        ("DTP booster", "18 months", "", "", 4),
    )
    growth = (("05/03/2024", "3.2"), ("16/04/2024", "4.9"), ("14/05/2024", "5.8"), ("11/06/2024", "6.5"),
              ("07/03/2025", "9.1"))

    def page(c, w, h):
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(w / 2, h - 16 * mm, "MINISTRY OF HEALTH AND MEDICAL SERVICES - FIJI (synthetic)")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 22 * mm, "CHILD HEALTH RECORD - IMMUNISATION")
        c.setFont("Helvetica", 9)
        c.drawString(18 * mm, h - 32 * mm, "Child's name:")
        c.drawString(18 * mm, h - 40 * mm, "Date of birth:")
        c.drawString(110 * mm, h - 40 * mm, "Sex:")
        c.drawString(18 * mm, h - 48 * mm, "Health facility:")
        hand(c, 45 * mm, h - 32 * mm, "Litia Naivalu Tuilagi", 16, seed=1)
        hand(c, 45 * mm, h - 40 * mm, "05/03/2024", 16, seed=2)
        hand(c, 120 * mm, h - 40 * mm, "F", 16, seed=3)
        hand(c, 48 * mm, h - 48 * mm, "Lautoka HC - Natabua", 16, seed=4)
        # grid
        x = [15 * mm, 78 * mm, 102 * mm, 136 * mm, 166 * mm, 195 * mm]
        top = h - 56 * mm
        rh = 8.6 * mm
        c.setFont("Helvetica-Bold", 8.5)
        for xi, t in zip(x, ("Vaccine", "Due age", "Date given", "Batch No.", "Given by")):
            c.drawString(xi + 2, top - 6 * mm, t)
        n = len(rows) + 1
        for k in range(n + 1):
            c.line(x[0], top - k * rh, x[-1], top - k * rh)
        for xi in x:
            c.line(xi, top, xi, top - n * rh)
        for k, (vac, age, dt, lot, dn) in enumerate(rows):
            y = top - (k + 1) * rh - 6 * mm
            c.setFont("Helvetica", 8.5)
            c.drawString(x[0] + 2, y, vac)
            c.drawString(x[1] + 2, y, age)
            if dt:
                hand(c, x[2] + 3, y - 1, dt, 16.5, seed=10 + k)
                hand(c, x[3] + 3, y - 1, lot, 14, seed=40 + k)
                hand(c, x[4] + 3, y - 1, "SN Rara" if k % 2 else "Nurse Vula", 13, seed=70 + k)
        gy = top - n * rh - 12 * mm
        c.setFont("Helvetica-Bold", 9)
        c.drawString(18 * mm, gy, "GROWTH MONITORING")
        c.setFont("Helvetica", 8.5)
        c.drawString(18 * mm, gy - 7 * mm, "Date")
        c.drawString(18 * mm, gy - 15 * mm, "Weight (kg)")
        for k, (dt, wt) in enumerate(growth):
            hand(c, 40 * mm + k * 31 * mm, gy - 7 * mm, dt, 15, seed=100 + k)
            hand(c, 46 * mm + k * 31 * mm, gy - 16 * mm, wt, 19, seed=120 + k)
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 16 * mm, "Bring this card to every clinic visit. Next MR 2 and DTP booster due at 18 months.")

    pdf = build_canvas([page])
    imms, must = [], []
    for vac, age, dt, lot, dn in rows:
        if dt:
            imms.append(I(vac, iso_dmy(dt), dn, lot, None, amb(dt)))
        else:
            must.append(N("immunizations", vac, "due", "blank row, due at 18 months"))
    vitals = [V("weight", wt, float(wt), None, "kg", date=iso_dmy(dt)) for dt, wt in growth]
    return finish(m, pdf, scan=(1616, -2.3, "jpg", 52), vitals=vitals, immunizations=imms, must_not=must)


# ---------------------------------------------------------------- 17 Jamaica adult immunisation history
@doc
def d17():
    m = meta(17, "jm", "adult_immunisation_history", "Jamaica",
             "adult immunisation history print-out with given, declined and due vaccines", "immunization_record",
             "2025-10-08")
    st = S(size=9)
    h2 = S(size=10.5, font="Helvetica-Bold", spaceBefore=8, spaceAfter=3)
    given = (  # vaccine, product, dose, date, lot, site, truth
        ("Hepatitis B", "Engerix-B 20 mcg", "1", "12-Jan-2024", "AHBVC512AA", "L deltoid", I("Hepatitis B", "2024-01-12", 1, "AHBVC512AA", "Engerix-B")),
        ("Hepatitis B", "Engerix-B 20 mcg", "2", "13-Feb-2024", "AHBVC512AA", "L deltoid", I("Hepatitis B", "2024-02-13", 2, "AHBVC512AA", "Engerix-B")),
        ("Hepatitis B", "Engerix-B 20 mcg", "3", "15-Jul-2024", "AHBVC618BC", "R deltoid", I("Hepatitis B", "2024-07-15", 3, "AHBVC618BC", "Engerix-B")),
        ("COVID-19 (updated)", "Comirnaty", "booster", "20-Mar-2024", "HH7702", "L deltoid", I("COVID-19 (updated)", "2024-03-20", None, "HH7702", "Comirnaty")),
        ("Yellow fever", "Stamaril", "1", "02-May-2024", "X3A451V", "L upper arm", I("Yellow fever", "2024-05-02", 1, "X3A451V", "Stamaril")),
        ("Typhoid Vi polysaccharide", "Typhim Vi", "1", "02-May-2024", "T2B119", "R deltoid", I("Typhoid Vi polysaccharide", "2024-05-02", 1, "T2B119", "Typhim Vi")),
        ("Hepatitis A", "Havrix 1440", "1", "02-May-2024", "AHAVB771A", "R deltoid", I("Hepatitis A", "2024-05-02", 1, "AHAVB771A", "Havrix 1440")),
        ("Hepatitis A", "Havrix 1440", "2", "05-Nov-2024", "AHAVB802C", "L deltoid", I("Hepatitis A", "2024-11-05", 2, "AHAVB802C", "Havrix 1440")),
        ("Influenza (seasonal)", "Vaxigrip Tetra", "-", "10-Oct-2024", "V4L201", "L deltoid", I("Influenza (seasonal)", "2024-10-10", None, "V4L201", "Vaxigrip Tetra")),
        ("Tetanus-diphtheria (Td)", "Td-pur", "booster", "04-Mar-2025", "TD0339", "L deltoid", I("Tetanus-diphtheria (Td)", "2025-03-04", None, "TD0339", "Td-pur")),
        ("Influenza (seasonal)", "Vaxigrip Tetra", "-", "08-Oct-2025", "V5M088", "R deltoid", I("Influenza (seasonal)", "2025-10-08", None, "V5M088", "Vaxigrip Tetra")),
    )
    not_given = (("HPV (9-valent)", "Declined by patient 12-Aug-2025 - information leaflet given", "negated"),
                 ("Pneumococcal polysaccharide (PPSV23)", "Due - recommended (diabetes)", "due"),
                 ("Recombinant zoster (RZV)", "Due at age 50 (Mar-2026)", "due"),
                 ("Influenza 2026-27", "Due Oct-2026", "due"))
    story = [
        P("<b>MINISTRY OF HEALTH &amp; WELLNESS - JAMAICA (synthetic)</b>", S(size=12, font="Helvetica-Bold", alignment=1)),
        P("South East Regional Health Authority - Comprehensive Health Centre, Kingston", S(size=9, alignment=1)),
        P("<b>ADULT IMMUNIZATION HISTORY</b>", S(size=12, font="Helvetica-Bold", alignment=1, spaceBefore=6)),
        tbl([["Name", "Marcia Yvonne CAMPBELL-REID", "Date of birth", "21-Mar-1976"],
             ["Health record no.", "KSA-0092217", "Printed", "08-Oct-2025"],
             ["Risk groups", "Diabetes mellitus type 2; travel (2024)", "Pregnant", "No"]],
            [32 * mm, 62 * mm, 28 * mm, 52 * mm], head=0, size=8.5),
        P("Screening before vaccination", h2),
        P("Fever today: [ ] Yes [X] No &nbsp;&nbsp; Allergy to eggs: [ ] Yes [X] No &nbsp;&nbsp; "
          "Allergy to latex: [ ] Yes [X] No &nbsp;&nbsp; Previous severe reaction to a vaccine: [ ] Yes [X] No", st),
        P("Known allergies: Penicillin (hives)", st),
        P("Vaccines administered", h2),
        tbl([["Vaccine", "Product", "Dose", "Date given", "Lot no.", "Site"]] + [list(r[:6]) for r in given],
            [44 * mm, 32 * mm, 16 * mm, 26 * mm, 28 * mm, 26 * mm], size=8.3),
        P("Vaccines not given / due", h2),
        tbl([["Vaccine", "Status"]] + [[a, b] for a, b, _ in not_given], [70 * mm, 104 * mm], size=8.3),
        P("Other", h2),
        P("Tuberculin skin test (Mantoux) read 10-Mar-2025: 0 mm induration - Negative.", st),
        Spacer(1, 10), P("Vaccinator: Nurse P. Grant, RN &nbsp;&nbsp; Verified: Dr. O. Thompson, Medical Officer (Health)", st)]

    def header(c, pg):
        w, h = A4
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 18 * mm, h - 10 * mm, f"CAMPBELL-REID, Marcia Y. | KSA-0092217 | page {pg}")

    pdf = build_flow(story, header, margins=(18, 18, 16, 18))
    must = [N("immunizations", a, why, b) for a, b, why in not_given] + [
        N("allergies", "eggs", "checkbox_no"), N("allergies", "latex", "checkbox_no"), N("conditions", "Fever", "checkbox_no")]
    return finish(m, pdf, labs=[L("Tuberculin skin test (Mantoux)", "0", 0.0, "mm", None, None, "Negative", "normal", "2025-03-10",
                                  note="0 mm induration = Negative (printed interpretation)")],
                  allergies=[A("Penicillin", "hives")], conditions=[C("Diabetes mellitus type 2", "active")],
                  immunizations=[r[-1] for r in given], must_not=must)



# ---------------------------------------------------------------- 18 Bangladesh pharmacy dispensing history with leaflets
@doc
def d18():
    m = meta(18, "bd", "dhaka_pharmacy_history", "Bangladesh",
             "retail pharmacy medication profile / dispensing history with leaflet excerpts", "prescription",
             "2025-09-02")
    st = S(size=8.5, leading=10.8)
    h2 = S(size=10, font="Helvetica-Bold", spaceBefore=7, spaceAfter=3)
    disp = (  # date, brand (generic) strength, qty, directions, prescriber
        ("04-03-2025", "Osartil 50 (Losartan Potassium 50 mg)", "30", "1+0+0 before breakfast", "Dr. R. Karim"),
        ("04-03-2025", "Comet XR 500 (Metformin HCl ER 500 mg)", "60", "0+0+2 after dinner", "Dr. R. Karim"),
        ("04-03-2025", "Camlodin 5 (Amlodipine 5 mg)", "30", "0+0+1", "Dr. R. Karim"),
        ("02-04-2025", "Osartil 50 (Losartan Potassium 50 mg)", "30", "1+0+0 before breakfast", "Dr. R. Karim"),
        ("02-04-2025", "Seclo 20 (Omeprazole 20 mg capsule)", "28", "1+0+1 30 min before meal", "Dr. F. Hossain"),
        ("18-05-2025", "Azithrocin 500 (Azithromycin 500 mg)", "3", "1+0+0 for 3 days - course complete", "Dr. F. Hossain"),
        ("18-05-2025", "Napa Extend (Paracetamol 665 mg ER)", "20", "1+0+1 after meal when needed for pain", "Dr. F. Hossain"),
        ("10-06-2025", "Rosuva 10 (Rosuvastatin 10 mg)", "30", "0+0+1 at night", "Dr. R. Karim"),
        ("10-06-2025", "Osartil 50 (Losartan Potassium 50 mg)", "30", "1+0+0 before breakfast", "Dr. R. Karim"),
        ("10-06-2025", "Comet XR 500 (Metformin HCl ER 500 mg)", "60", "0+0+2 after dinner", "Dr. R. Karim"),
        ("02-09-2025", "Fexo 120 (Fexofenadine 120 mg)", "10", "0+0+1 for 10 days", "Dr. N. Akter"),
        ("02-09-2025", "Seclo 20 (Omeprazole 20 mg capsule)", "28", "1+0+1 30 min before meal", "Dr. F. Hossain"),
    )
    meds = [M("losartan potassium", "Osartil 50", "50", "mg", None, "1+0+0", "active", aliases=["Losartan"]),
            M("metformin", "Comet XR 500", "500", "mg", None, "0+0+2", "active", aliases=["Metformin HCl ER"],
              note="0+0+2 = two 500 mg tablets after dinner"),
            M("amlodipine", "Camlodin 5", "5", "mg", None, "0+0+1", "stopped"),
            M("omeprazole", "Seclo 20", "20", "mg", None, "1+0+1", "active"),
            M("azithromycin", "Azithrocin 500", "500", "mg", None, "1+0+0", "completed"),
            M("paracetamol", "Napa Extend", "665", "mg", None, "1+0+1", "active", note="when needed"),
            M("rosuvastatin", "Rosuva 10", "10", "mg", None, "0+0+1", "active"),
            M("fexofenadine", "Fexo 120", "120", "mg", None, "0+0+1", "active", status_also_ok=["new"])]
    story = [
        P("<b>GREEN ROAD MODEL PHARMACY</b>", S(size=14, font="Helvetica-Bold")),
        P("House 00, Road 0, Dhanmondi, Dhaka-1205 &nbsp;|&nbsp; DGDA Drug Licence No. 000000 (synthetic) &nbsp;|&nbsp; "
          "Hotline 0960 000 0000", st),
        P("<b>PATIENT MEDICATION PROFILE &amp; DISPENSING HISTORY</b> (01-03-2025 to 02-09-2025)", h2),
        tbl([["Customer", "Md. Abdur Rahim Chowdhury", "Customer ID", "GRMP-C-10428"],
             ["Age / Sex", "61 / M", "Mobile", "01700-000000"],
             ["Conditions on file", "Type 2 Diabetes; Hypertension; Acid reflux (GERD)", "Allergy on file", "Sulphonamides - skin rash"]],
            [30 * mm, 62 * mm, 28 * mm, 54 * mm], head=0, size=8.3),
        Spacer(1, 6),
        tbl([["Date", "Product (generic, strength)", "Qty", "Directions (Sig)", "Prescriber"]] + [list(r) for r in disp],
            [20 * mm, 62 * mm, 10 * mm, 52 * mm, 30 * mm], size=8.2),
        Spacer(1, 4),
        P("<b>Note:</b> Camlodin 5 (amlodipine) discontinued by prescriber on 10-06-2025 (ankle swelling). "
          "Azithrocin course completed 20-05-2025.", st),
        P("Patient information - leaflet extracts (printed with each dispense)", h2),
        P("<b>Osartil (losartan potassium):</b> Do not take Osartil if you are allergic to losartan or any of the other "
          "ingredients, or if you are more than 3 months pregnant. Tell your doctor if you have kidney disease or liver "
          "disease. Possible side effects: dizziness, high potassium.", st),
        P("<b>Seclo (omeprazole):</b> Do not use if you are hypersensitive to benzimidazoles. Long-term use may lower "
          "magnesium levels; tell your doctor if you have osteoporosis.", st),
        P("<b>Comet XR (metformin):</b> Take with food. Stop and contact a doctor if you develop symptoms of lactic "
          "acidosis (muscle pain, fast breathing). Not for use in severe renal impairment.", st),
        P("<b>Napa Extend (paracetamol):</b> Do not exceed 6 tablets in 24 hours. Do not use with other paracetamol-containing products.", st),
        Spacer(1, 10),
        P("Dispensed by: Registered Pharmacist (Grade A) S. Das, Reg. No. A-0000 &nbsp;&nbsp; Printed 02-09-2025 19:45", st)]

    pdf = build_flow(story, None, margins=(16, 16, 16, 18))
    must = [N("medications", "amlodipine", "stopped"), N("medications", "azithromycin", "stopped", "course completed"),
            N("allergies", "losartan", "leaflet"), N("allergies", "benzimidazoles", "leaflet"),
            N("conditions", "kidney disease", "leaflet"), N("conditions", "liver disease", "leaflet"),
            N("conditions", "pregnant", "leaflet"), N("conditions", "lactic acidosis", "leaflet"),
            N("conditions", "osteoporosis", "leaflet"), N("conditions", "severe renal impairment", "leaflet"),
            N("conditions", "ankle swelling", "historical", "reason amlodipine was stopped"),
            N("conditions", "dizziness", "leaflet")]
    return finish(m, pdf, medications=meds,
                  allergies=[A("Sulphonamides", "skin rash")],
                  conditions=[C("Type 2 Diabetes", "active"), C("Hypertension", "active"),
                              C("Acid reflux (GERD)", "active", aliases=["GERD"])],
                  must_not=must)



# ---------------------------------------------------------------- 19 Uganda antenatal card (checkboxes + handwriting, scan)
@doc
def d19():
    m = meta(19, "ug", "antenatal_card_scan", "Uganda",
             "antenatal care card, checkbox history + handwritten visit grid, scanned JPEG", "medical_record",
             "2025-06-13")
    hist = (("Diabetes", False), ("Hypertension", False), ("Asthma", True), ("Sickle cell disease", False),
            ("Tuberculosis", False), ("Heart disease", False))
    fam = (("Twins", True), ("Diabetes", False), ("Hypertension", True))
    visits = (("14/03/2025", "10", "110/70", "61", "-", "-", "Nil"),
              ("13/06/2025", "23", "118/76", "64", "22", "144", "Nil"))
    tests = (("Hb", "10.8 g/dL", "14/03/2025"), ("HIV", "NR (non-reactive)", "14/03/2025"),
             ("Syphilis (RPR)", "Non-reactive", "14/03/2025"), ("Malaria RDT", "Negative", "13/06/2025"),
             ("Blood group", "O Rh positive", "14/03/2025"))

    def box(c, x, y, on):
        c.rect(x, y - 1, 8, 8)
        if on:
            c.setFont("Hand", 14)
            c.setFillColor(colors.Color(0.05, 0.1, 0.4))
            c.drawString(x + 0.5, y - 0.5, "X")
            c.setFillColor(colors.black)

    def page(c, w, h):
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(w / 2, h - 15 * mm, "THE REPUBLIC OF UGANDA - MINISTRY OF HEALTH (synthetic)")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 21 * mm, "MATERNAL HEALTH CARD - ANTENATAL CARE (ANC)")
        c.setFont("Helvetica", 9)
        lab = (("Name:", "Nakato Sarah Mirembe", 18, 32), ("ANC No:", "ANC/118/2025", 120, 32),
               ("Age:", "27", 18, 40), ("Gravida:", "3", 55, 40), ("Para:", "2", 85, 40),
               ("LNMP:", "02/01/2025", 110, 40), ("EDD:", "09/10/2025", 155, 40),
               ("Health unit:", "Kawempe HC IV, Kampala", 18, 48))
        for k, (l, v, x, y) in enumerate(lab):
            c.setFont("Helvetica", 9)
            c.drawString(x * mm, h - y * mm, l)
            hand(c, x * mm + pdfmetrics.stringWidth(l, "Helvetica", 9) + 6, h - y * mm, v, 15, seed=200 + k)
        y = h - 60 * mm
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(18 * mm, y, "MEDICAL HISTORY (tick)")
        c.drawString(110 * mm, y, "FAMILY HISTORY (tick)")
        c.setFont("Helvetica", 9)
        for k, (n, on) in enumerate(hist):
            yy = y - (k + 1) * 7 * mm
            c.drawString(18 * mm, yy, n)
            c.drawString(58 * mm, yy, "Yes")
            box(c, 65 * mm, yy, on)
            c.setFont("Helvetica", 9)
            c.drawString(75 * mm, yy, "No")
            box(c, 81 * mm, yy, not on)
            c.setFont("Helvetica", 9)
        for k, (n, on) in enumerate(fam):
            yy = y - (k + 1) * 7 * mm
            c.drawString(110 * mm, yy, n)
            c.drawString(145 * mm, yy, "Yes")
            box(c, 152 * mm, yy, on)
            c.setFont("Helvetica", 9)
            c.drawString(162 * mm, yy, "No")
            box(c, 168 * mm, yy, not on)
            c.setFont("Helvetica", 9)
        yy = y - 4 * 7 * mm
        c.drawString(110 * mm, yy, "Known drug allergy:")
        c.drawString(145 * mm, yy, "Yes")
        box(c, 152 * mm, yy, False)
        c.setFont("Helvetica", 9)
        c.drawString(162 * mm, yy, "No")
        box(c, 168 * mm, yy, True)
        c.setFont("Helvetica", 9)
        c.drawString(110 * mm, yy - 7 * mm, "If yes, specify: ____________")
        # visit grid
        top = h - 120 * mm
        cols = ("Date", "GA (wks)", "BP (mmHg)", "Wt (kg)", "Fundal ht (cm)", "FHR (bpm)", "Urine protein")
        xs = [15, 42, 62, 88, 108, 135, 158, 195]
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(18 * mm, top + 4 * mm, "ANTENATAL VISITS")
        for i, t in enumerate(cols):
            c.drawString(xs[i] * mm + 2, top - 6 * mm, t)
        for k in range(5):
            c.line(xs[0] * mm, top - k * 10 * mm, xs[-1] * mm, top - k * 10 * mm)
        for x in xs:
            c.line(x * mm, top, x * mm, top - 40 * mm)
        for r, vis in enumerate(visits):
            for i, v in enumerate(vis):
                hand(c, xs[i] * mm + 3, top - (r + 1) * 10 * mm - 7 * mm, v, 15, seed=300 + r * 10 + i)
        # tests
        ty = top - 52 * mm
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(18 * mm, ty, "INVESTIGATIONS")
        for k, (n, v, d) in enumerate(tests):
            c.setFont("Helvetica", 9)
            c.drawString(18 * mm, ty - (k + 1) * 8 * mm, n + ":")
            hand(c, 52 * mm, ty - (k + 1) * 8 * mm, v, 15, seed=400 + k)
            c.setFont("Helvetica", 8)
            c.drawString(110 * mm, ty - (k + 1) * 8 * mm, "Date:")
            hand(c, 120 * mm, ty - (k + 1) * 8 * mm, d, 14, seed=420 + k)
        # treatment / immunisation
        iy = ty - 52 * mm
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(18 * mm, iy, "TETANUS-DIPHTHERIA (Td)")
        c.drawString(110 * mm, iy, "TREATMENTS GIVEN")
        c.setFont("Helvetica", 9)
        c.drawString(18 * mm, iy - 8 * mm, "Td1:")
        hand(c, 30 * mm, iy - 8 * mm, "14/03/2025", 15, seed=501)
        c.setFont("Helvetica", 9)
        c.drawString(18 * mm, iy - 16 * mm, "Td2:")
        hand(c, 30 * mm, iy - 16 * mm, "13/06/2025", 15, seed=502)
        c.setFont("Helvetica", 9)
        c.drawString(18 * mm, iy - 24 * mm, "Td3:")
        c.drawString(30 * mm, iy - 24 * mm, "(due 6 months after Td2)")
        c.setFont("Helvetica", 9)
        tr = (("Iron/Folic acid (FeFo):", "1 tab daily, 30 tabs"), ("IPTp-SP dose 1:", "3 tabs DOT 13/06/2025"),
              ("Mebendazole:", "500mg stat 13/06/2025"), ("Salbutamol inhaler:", "2 puffs prn"))
        for k, (a, b) in enumerate(tr):
            c.setFont("Helvetica", 9)
            c.drawString(110 * mm, iy - (k + 1) * 8 * mm, a)
            hand(c, 148 * mm, iy - (k + 1) * 8 * mm, b, 13, seed=600 + k)
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, 18 * mm, "Next visit: 11/07/2025.  Danger signs explained: bleeding, severe headache, swelling, fever.")
        # stamp
        c.saveState()
        c.translate(w - 70 * mm, 24 * mm)
        c.rotate(-6)
        c.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
        c.setLineWidth(2)
        c.circle(15 * mm, 0, 13 * mm)
        c.setFont("Helvetica-Bold", 7)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawCentredString(15 * mm, 2 * mm, "KAWEMPE HC IV")
        c.drawCentredString(15 * mm, -3 * mm, "ANC CLINIC")
        c.restoreState()

    pdf = build_canvas([page])
    vitals = []
    for d, ga, bp, wt, fh, fhr, up in visits:
        a, b = bp.split("/")
        vitals.append(V("blood_pressure", bp, float(a), float(b), "mmHg", date=iso_dmy(d)))
        vitals.append(V("weight", wt, float(wt), None, "kg", date=iso_dmy(d)))
    labs = [L("Hb", "10.8", 10.8, "g/dL", None, None, None, None, "2025-03-14"),
            L("HIV", "NR (non-reactive)", None, None, None, None, None, "normal", "2025-03-14"),
            L("Syphilis (RPR)", "Non-reactive", None, None, None, None, None, "normal", "2025-03-14"),
            L("Malaria RDT", "Negative", None, None, None, None, None, "normal", "2025-06-13"),
            L("Blood group", "O Rh positive", None, None, None, None, None, None, "2025-03-14", optional=True),
            L("Urine protein", "Nil", None, None, None, None, None, None, "2025-03-14", specimen=None, optional=True),
            L("Urine protein", "Nil", None, None, None, None, None, None, "2025-06-13", specimen=None, optional=True)]
    for r in labs:
        if r.get("specimen", 0) is None:
            r.pop("specimen")
    meds = [M("Iron/Folic acid", None, None, None, None, "1 tab daily", "active", aliases=["FeFo"],
              note="ferrous salt + folic acid combination; printed as 'Iron/Folic acid (FeFo)'"),
            M("Salbutamol", None, None, None, None, "2 puffs prn", "active"),
            M("IPTp-SP", None, None, None, None, None, "completed", optional=True,
              note="sulfadoxine-pyrimethamine given once in clinic (DOT)"),
            M("Mebendazole", None, "500", "mg", None, "stat", "completed", optional=True)]
    must = [N("conditions", n, "checkbox_no") for n, on in hist if not on] + [
        N("allergies", "Known drug allergy", "checkbox_no"),
        N("conditions", "Twins", "family"), N("immunizations", "Td3", "due"),
        N("conditions", "severe headache", "other", "danger-sign education")]
    # Hypertension is both a 'No' in her history and a 'Yes' in family history; Diabetes 'No' in both.
    imms = [I("Td", "2025-03-14", 1, aliases=["Td1"]), I("Td", "2025-06-13", 2, aliases=["Td2"])]
    return finish(m, pdf, scan=(1919, 1.6, "jpg", 58), medications=meds, labs=labs, vitals=vitals,
                  conditions=[C("Asthma", "active")],
                  immunizations=imms, must_not=must)



# ---------------------------------------------------------------- 20 Qatar allergy clinic letter with intake checklist
@doc
def d20():
    m = meta(20, "qa", "allergy_clinic_letter", "Qatar",
             "paediatric/adolescent allergy clinic letter with skin-prick table and intake checklist", "medical_record",
             "2025-10-05")
    st = S(size=9.5, leading=12.8)
    h2 = S(size=10, font="Helvetica-Bold", spaceBefore=7, spaceAfter=3)
    spt = (("Peanut", "9", "Positive"), ("Cashew", "6", "Positive"), ("Almond", "0", "Negative"),
           ("Hazelnut", "1", "Negative"), ("D. pteronyssinus (house dust mite)", "7", "Positive"),
           ("Cat dander", "0", "Negative"), ("Histamine (positive control)", "6", "-"), ("Saline (negative control)", "0", "-"))
    ige = (("Total IgE", "640", "kU/L", None, 100, "< 100"),
           ("Specific IgE - Peanut (f13)", "24.6", "kUA/L", None, 0.35, "< 0.35"),
           ("Specific IgE - Ara h 2 (f423)", "8.90", "kUA/L", None, 0.35, "< 0.35"),
           ("Specific IgE - Cashew (f202)", "3.10", "kUA/L", None, 0.35, "< 0.35"),
           ("Specific IgE - Almond (f20)", "0.12", "kUA/L", None, 0.35, "< 0.35"),
           ("Specific IgE - D. pteronyssinus (d1)", "18.2", "kUA/L", None, 0.35, "< 0.35"))
    intake = (("Eczema now", False), ("Eczema in infancy", True), ("Asthma", True), ("Hay fever / rhinitis", True),
              ("Food allergy", True), ("Drug allergy", False), ("Insect sting allergy", False))
    story = [
        P("<b>To:</b> Dr. Aisha Al-Kuwari, Al Wakra Family Medicine Clinic", st),
        P("<b>Date of clinic:</b> 5 Oct 2025 &nbsp;&nbsp; <b>Letter typed:</b> 7 Oct 2025", st),
        P("<b>Patient:</b> Omar Yousef Haddad &nbsp; <b>DOB:</b> 14 Feb 2010 (15 y) &nbsp; <b>HC No:</b> HMC-000-55231", st),
        Spacer(1, 6),
        P("Pre-clinic questionnaire (completed by parent)", h2),
        tbl([["Condition", "Yes", "No"]] + [[n, "[X]" if on else "[ ]", "[ ]" if on else "[X]"] for n, on in intake],
            [70 * mm, 18 * mm, 18 * mm], size=8.5),
        P("Assessment", h2),
        P("Omar was seen with his mother. He had an anaphylactic reaction to a peanut-containing biscuit in June 2025 "
          "(lip and tongue swelling, wheeze, vomiting) treated with IM adrenaline in the emergency department. He also "
          "reports generalised urticaria within minutes of eating cashew in 2023. He eats almond and hazelnut regularly "
          "without any reaction. He has perennial rhinitis with sneezing and nasal blockage, worse at home. He had "
          "eczema as an infant which has completely resolved. His asthma is mild and controlled. He was labelled "
          "penicillin-allergic as a toddler; this label was removed after a negative oral amoxicillin challenge on "
          "12/08/2025. His mother has hay fever; no family history of food allergy.", st),
        P("Skin prick tests (5 Oct 2025)", h2),
        tbl([["Allergen", "Wheal (mm)", "Interpretation"]] + [list(r) for r in spt], [80 * mm, 30 * mm, 40 * mm], size=8.5),
        P("Serum IgE (sample 5 Oct 2025)", h2),
        tbl([["Test", "Result", "Units", "Reference"]] +
            [[n, v + (" H" if flag_of(float(v), lo, hi) == "high" else ""), u, rt] for n, v, u, lo, hi, rt in ige],
            [80 * mm, 26 * mm, 26 * mm, 30 * mm], size=8.5),
        P("Weight 58 kg, height 168 cm. Peak flow 420 L/min. SpO2 99%.", st),
        P("Diagnoses", h2),
        P("1. Peanut allergy with anaphylaxis (IgE-mediated, Ara h 2 sensitised)<br/>2. Cashew allergy (urticaria)<br/>"
          "3. Allergic rhinitis - house dust mite<br/>4. Mild persistent asthma<br/>5. Atopic eczema in infancy - resolved", st),
        P("Allergy record (to be updated in the national record)", h2),
        tbl([["Allergen", "Reaction", "Severity"], ["Peanut", "Anaphylaxis", "Severe"], ["Cashew", "Urticaria", "Moderate"],
             ["House dust mite", "Rhinitis", "Mild"]], [60 * mm, 50 * mm, 40 * mm], size=8.5),
        P("Plan and medication", h2),
        P("- Adrenaline auto-injector (EpiPen) 0.3 mg IM to outer thigh for anaphylaxis; two devices prescribed, school "
          "plan completed.<br/>"
          "- Cetirizine 10 mg orally once daily when required.<br/>"
          "- Mometasone furoate nasal spray 50 mcg, 2 sprays each nostril once daily - NEW.<br/>"
          "- Budesonide/formoterol (Symbicort) 160/4.5 mcg 1 puff as needed (anti-inflammatory reliever) - continue.<br/>"
          "- Montelukast 10 mg at night - STOPPED (no benefit, sleep disturbance).<br/>"
          "- Avoid peanut and cashew; other tree nuts tolerated may continue. Consider house dust mite sublingual "
          "immunotherapy if rhinitis persists after 3 months of nasal steroid. Peanut oral immunotherapy was discussed "
          "but not started.", st),
        Spacer(1, 8),
        P("Dr. Layla Mansour, Consultant Allergist &amp; Clinical Immunologist<br/>Allergy &amp; Immunology Clinic, Doha", st)]

    def header(c, pg):
        w, h = A4
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18 * mm, h - 14 * mm, "DOHA BAY SPECIALTY HOSPITAL - ALLERGY & IMMUNOLOGY")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, h - 19 * mm, "PO Box 0000, Doha, State of Qatar | Tel +974 0000 0000 | synthetic")
        c.drawRightString(w - 18 * mm, h - 19 * mm, f"Page {pg}")
        c.line(18 * mm, h - 21 * mm, w - 18 * mm, h - 21 * mm)

    pdf = build_flow(story, header, margins=(18, 18, 26, 18))
    d = "2025-10-05"
    labs = [L(n, v, float(v), u, lo, hi, rt, flag_of(float(v), lo, hi), d) for n, v, u, lo, hi, rt in ige]
    labs += [L(a, wh, float(wh), "mm", None, None, None,
               None, d, optional=True, note="skin prick wheal; interpretation " + it)
             for a, wh, it in spt[:6]]
    meds = [M("adrenaline", "EpiPen", "0.3", "mg", "IM", None, "active", aliases=["Adrenaline auto-injector"]),
            M("cetirizine", None, "10", "mg", "orally", "once daily when required", "active"),
            M("mometasone furoate", None, "50", "mcg", None, "once daily", "new", note="2 sprays each nostril"),
            M("budesonide/formoterol", "Symbicort", "160/4.5", "mcg", None, "as needed", "active"),
            M("montelukast", None, "10", "mg", None, "at night", "stopped")]
    vitals = [V("weight", "58", 58, None, "kg"), V("height", "168", 168, None, "cm"),
              V("oxygen_saturation", "99%", 99, None, "%")]
    allergies = [A("Peanut", "Anaphylaxis", "Severe"), A("Cashew", "Urticaria", "Moderate"),
                 A("House dust mite", "Rhinitis", "Mild")]
    conds = [C("Peanut allergy with anaphylaxis", "active"), C("Cashew allergy", "active"),
             C("Allergic rhinitis", "active"), C("Mild persistent asthma", "active", aliases=["asthma"]),
             C("Atopic eczema in infancy", "resolved", status_also_ok=["history"])]
    must = [N("allergies", "almond", "negated", "tolerated"), N("allergies", "hazelnut", "negated", "tolerated"),
            N("allergies", "Cat dander", "negated", "negative skin test"),
            N("allergies", "penicillin", "historical", "label removed after challenge"),
            N("allergies", "amoxicillin", "negated", "negative challenge"),
            N("allergies", "Drug allergy", "checkbox_no"), N("allergies", "Insect sting allergy", "checkbox_no"),
            N("conditions", "Eczema now", "checkbox_no"),
            N("conditions", "hay fever", "family"),
            N("medications", "montelukast", "stopped"),
            N("medications", "house dust mite sublingual immunotherapy", "planned"),
            N("medications", "Peanut oral immunotherapy", "planned", "discussed, not started")]
    return finish(m, pdf, medications=meds, labs=labs, vitals=vitals, allergies=allergies, conditions=conds,
                  must_not=must)



# ============================================================================= manifest, table, README
def manifest_lines():
    out = []
    for sub in ("docs", "truth"):
        for fn in sorted(os.listdir(os.path.join(HERE, sub))):
            with open(os.path.join(HERE, sub, fn), "rb") as f:
                out.append(f"{hashlib.sha256(f.read()).hexdigest()}  {sub}/{fn}")
    return out


def check_manifest():
    path = os.path.join(HERE, "MANIFEST.sha256")
    if not os.path.exists(path):
        print("MANIFEST.sha256 missing")
        return 1
    want = {}
    for ln in open(path, encoding="utf-8").read().splitlines():
        if ln.strip():
            h, rel = ln.split("  ", 1)
            want[rel] = h
    bad = 0
    for rel, h in want.items():
        p = os.path.join(HERE, rel)
        if not os.path.exists(p):
            print("MISSING", rel)
            bad += 1
            continue
        with open(p, "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != h:
                print("MISMATCH", rel)
                bad += 1
    for sub in ("docs", "truth"):
        for fn in sorted(os.listdir(os.path.join(HERE, sub))):
            if f"{sub}/{fn}" not in want:
                print("UNLISTED", f"{sub}/{fn}")
                bad += 1
    print("OK" if not bad else f"{bad} problem(s)", f"({len(want)} files listed)")
    return 1 if bad else 0


def load_truths():
    out = []
    for fn in sorted(os.listdir(os.path.join(HERE, "truth"))):
        with open(os.path.join(HERE, "truth", fn), encoding="utf-8") as f:
            out.append(json.load(f))
    return out


ABBR = {"medications": "med", "labs": "lab", "vitals": "vit", "allergies": "alg", "conditions": "cond",
        "immunizations": "imm"}


def table_md(truths):
    hdr = "| file | country | kind | document_type | pages | text layer | " + " | ".join(ABBR[c] for c in CATS) + \
          " | optional | must_not (by reason) |"
    lines = [hdr, "|" + "---|" * (hdr.count("|") - 1)]
    tot = {c: 0 for c in CATS}
    topt = tmn = 0
    why_tot = {}
    for t in truths:
        cnt = {c: sum(1 for r in t[c] if not r.get("optional")) for c in CATS}
        opt = sum(1 for c in CATS for r in t[c] if r.get("optional"))
        why = {}
        for r in t["must_not"]:
            why[r["why"]] = why.get(r["why"], 0) + 1
            why_tot[r["why"]] = why_tot.get(r["why"], 0) + 1
        for c in CATS:
            tot[c] += cnt[c]
        topt += opt
        tmn += len(t["must_not"])
        ws = ", ".join(f"{k} {v}" for k, v in sorted(why.items()))
        lines.append(f"| {t['file']} | {t['country']} | {t['kind']} | {t['document_type']} | {t['page_count']} | "
                     f"{'yes' if t['text_layer'] else 'no'} | " + " | ".join(str(cnt[c]) for c in CATS) +
                     f" | {opt} | {len(t['must_not'])} ({ws}) |")
    ws = ", ".join(f"{k} {v}" for k, v in sorted(why_tot.items()))
    lines.append(f"| **total** ({len(truths)} docs) | | | | {sum(t['page_count'] for t in truths)} | "
                 f"{sum(1 for t in truths if not t['text_layer'])} scans | " + " | ".join(str(tot[c]) for c in CATS) +
                 f" | {topt} | {tmn} ({ws}) |")
    lines.append("")
    lines.append(f"Scored rows: {sum(tot.values())}; optional rows: {topt}; must_not rows: {tmn}.")
    return "\n".join(lines)


README_HEAD = """# Held-out extraction set 6

Twenty synthetic English-language medical documents with hand-written truth, for an honest
evaluation of the docpipe document-to-clinical-data extractor. **The set was written only from
`pipeline/clinical/schema.py` and the brief**; its author did not read the extractor, its rules,
its tests, the other benchmark sets or the samples, and ran no scorer or extractor.
Every page carries the footer "SYNTHETIC TEST DOCUMENT - not a real patient"; all people,
identifiers, addresses and telephone numbers are invented (test ranges / zero-filled).

## Regenerate / verify

    /work/main/.venv/bin/python bench/heldout6/make_heldout6.py           # rewrite docs/, truth/, MANIFEST, README
    /work/main/.venv/bin/python bench/heldout6/make_heldout6.py --check   # verify MANIFEST.sha256 only
    /work/main/.venv/bin/python bench/heldout6/make_heldout6.py --table   # print the documents table

The generator is deterministic (reportlab `invariant=1`, fixed numpy seeds, no clock reads);
two runs were compared byte for byte. Each document is one function: the tuples that draw its pages
also build its truth. While generating, the script asserts that every truth string (names, doses,
units, routes, frequencies, values, ranges, reactions, lots, brands, aliases, must-not names) occurs in
the PDF text layer (case/whitespace-insensitive; for scans, on the PDF before rasterising), that every
numeric lab flag agrees with value vs range, that every page has the synthetic footer, that image-only
PDFs have no text layer, and that no must-not name collides with a true row of the same category
(except the brief's stopped/completed medicine rows, which are deliberately both).

## Documents
"""

README_TAIL = """
Column key: med/lab/vit/alg/cond/imm = scored (non-optional) rows per category.

## Date styles used

* DD-MM-YYYY: 01 Pakistan, 18 Bangladesh
* DD/MM/YYYY: 02 Nigeria, 05 Kenya, 06 Scotland (plus "18th March 2025"), 07 Ghana (handwritten), 09 New Zealand,
  13 UAE (stated as DD/MM/YYYY), 15 Wales, 16 Fiji (handwritten, order not stated), 19 Uganda (handwritten)
* ISO YYYY-MM-DD: 03 Manitoba fixed-width print-out
* DD-Mon-YYYY: 04 Malaysia ("12-Mar-2025"), 17 Jamaica ("04-Mar-2025")
* MM/DD/YYYY: 08 Texas, 12 Washington, 14 Philippines
* "Mon DD, YYYY": 11 Ohio C-CDA ("Mar 04, 2025")
* long form: 10 Ireland ("3rd November 2025", with DD/MM/YYYY inside the prose), 20 Qatar ("5 Oct 2025")

## Judgement calls

* Values are kept exactly as printed (`value_text` "1,240", "< 50", "NR (non-reactive)", dose "1,000", "5/325",
  "875-125"); `value_numeric` is null for words, censored values ("< 50", ">50", ">90") and counts printed as
  ranges ("10-12" pus cells), which still carry the document's flag.
* A flag is given wherever the document gives a range or an interpretation; it is null for results quoted in
  prose or on hand-written cards without a range. Flags are computed from value vs range with strict bounds, so
  every printed H/L agrees with the truth; FBS 2.8 mmol/L in 14 is "critical" (printed LL, below 3.0).
  In 11 the printed flag column covers only the latest date; earlier values get the flag their range implies.
* Cumulative tables give one row per value per date column; blank / "--" cells give no row.
* Stopped and completed medicines are rows with status stopped/completed and also must_not rows (why
  "stopped"); withheld medicines (ramipril in 15, bendroflumethiazide in 09) are rows with status "held" and no
  must_not. The home ibuprofen in 08 ("told to STOP while on this plan") is "stopped" with "held" also accepted.
* Hospital-only medicines (ED doses in 08, "medicines given in hospital" tables in 14 and 15) are must_not
  (why "other"), never rows.
* Health-maintenance and reminder items, ordered-but-unresulted tests, pending/cancelled tests and declined
  vaccines are must_not (due / planned / other / negated with a note saying "declined").
* Allergy negatives ("NKDA", "No known allergies", "Not on File", "[X] No" checkboxes, tolerated foods, a
  de-labelled penicillin allergy, leaflet "do not take if allergic to ...") are must_not allergies.
* Fiji card (16): the card does not state the date order, so dates with day and month both <= 12 and different
  are `date_ambiguous: true`; the truth still reads them day-first as is usual in Fiji.
* Height printed as 5' 6" (12) is given as 66 with unit null and the metric value in `also_ok`.
* Optional rows: regimen line on the Kenyan lab summary, echo LVEF, skin-prick wheal sizes, eGFR ">90",
  blood group and urine "Nil" on the ANC card, single clinic doses (IPTp-SP, mebendazole), lying/standing BPs,
  symptoms named in a referral (headache, dizziness), and procedures/past history expressed as diagnoses.
* Handwriting uses reportlab's bundled Calligrapher Type 1 font, drawn word by word with a small wobble; it is
  legible to a person but deliberately hard for OCR (the digits are old-style).

## Checks made

* Generator assertions listed above, run on every generation.
* Every page of every document was rendered to PNG (scans from the final JPEG / image-only PDF); all pages
  except the prose continuation pages of 06 and 10 were viewed and read against the truth (those two are
  covered by the text assertions). Fixes made after viewing: handwriting word spacing and ruled lines
  striking through the writing (07), page flow so the cumulative tables continue over the page break
  (01, 03), a font left set to the handwriting face (19), an overlapping running header (08), larger
  handwritten digits (16), extra negated ROS items added to 08's must_not.
* Two consecutive full runs produced identical MANIFEST.sha256 files; `--check` passes.
"""


def write_readme_and_manifest():
    with open(os.path.join(HERE, "MANIFEST.sha256"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest_lines()) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n" + table_md(load_truths()) + "\n" + README_TAIL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    if a.check:
        sys.exit(check_manifest())
    if a.table:
        print(table_md(load_truths()))
        return
    if not a.only:
        for sub in ("docs", "truth"):
            os.makedirs(os.path.join(HERE, sub), exist_ok=True)
            for fn in os.listdir(os.path.join(HERE, sub)):
                os.remove(os.path.join(HERE, sub, fn))
    for fn in DOCS:
        if a.only and fn.__name__ != a.only:
            continue
        t = fn()
        print(t["file"], {c: len(t[c]) for c in CATS}, "must_not", len(t["must_not"]))
    if not a.only:
        assert len(DOCS) == 20
        write_readme_and_manifest()
        print(table_md(load_truths()).splitlines()[-1])


if __name__ == "__main__":
    main()
