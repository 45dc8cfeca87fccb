"""Generate held-out extraction set 4 (bench/heldout4/): 20 synthetic medical documents + truth.

Deterministic: reportlab invariant=1, fixed seeds (9400+), no clock reads.
Each document function draws its pages from the same tuples that become its truth rows.

    .venv/bin/python bench/heldout4/make_heldout4.py            # (re)generate docs/, truth/, MANIFEST
    .venv/bin/python bench/heldout4/make_heldout4.py --check    # verify MANIFEST.sha256 only
    .venv/bin/python bench/heldout4/make_heldout4.py --table    # print the README summary table
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TRUTH = HERE / "truth"
MANIFEST = HERE / "MANIFEST.sha256"
FOOT = "SYNTHETIC TEST DOCUMENT - not a real patient"

# --------------------------------------------------------------------------------------
# drawing helpers
# --------------------------------------------------------------------------------------

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def wrap(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = []
    for part in str(s).split("\n"):
        words, cur = part.split(" "), ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out or [""]


class Doc:
    def __init__(self, size=None, header=None, margin=50, font="Helvetica", foot_extra=""):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.size = size or A4
        self.W, self.H = self.size
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=self.size, invariant=1)
        self.c.setTitle("Synthetic test document")
        self.header, self.m, self.font, self.foot_extra = header, margin, font, foot_extra
        self.page = 1
        self._start()

    def _start(self):
        self.y = self.H - 45
        if self.header:
            self.header(self)

    def _footer(self):
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0)
        c.drawCentredString(self.W / 2, 22, FOOT)
        c.drawRightString(self.W - self.m, 22, f"Page {self.page}")
        if self.foot_extra:
            c.drawString(self.m, 22, self.foot_extra)

    def newpage(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self._start()

    def need(self, h):
        if self.y - h < 48:
            self.newpage()

    def f(self, bold=False, font=None):
        font = font or self.font
        return BOLD.get(font, font) if bold else font

    def at(self, x, y, s, size=9, bold=False, font=None, align="l"):
        self.c.setFont(self.f(bold, font), size)
        if align == "r":
            self.c.drawRightString(x, y, s)
        elif align == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def text(self, s, x=None, size=9, bold=False, font=None, lead=None, align="l"):
        lead = lead or size * 1.35
        self.need(lead)
        xx = x if x is not None else self.m
        if align == "c":
            xx = self.W / 2
        self.at(xx, self.y, s, size, bold, font, align)
        self.y -= lead

    def para(self, s, x=None, width=None, size=9, bold=False, font=None, lead=None, after=4):
        x = x if x is not None else self.m
        width = width or (self.W - self.m - x)
        lead = lead or size * 1.35
        for ln in wrap(s, self.f(bold, font), size, width):
            self.text(ln, x, size, bold, font, lead)
        self.y -= after

    def rule(self, x1=None, x2=None, w=0.6, gray=0, after=6):
        self.c.setLineWidth(w)
        self.c.setStrokeGray(gray)
        self.c.line(x1 if x1 is not None else self.m, self.y + 2, x2 if x2 is not None else self.W - self.m, self.y + 2)
        self.c.setStrokeGray(0)
        self.y -= after

    def gap(self, h=6):
        self.y -= h

    def table(self, headers, rows, widths, x=None, size=8.5, rules="grid", bold=None, font=None,
              hfill=None, pad=3):
        """Draw a table; cells wrap; a page break repeats the header row.
        rules: "grid" (all lines), "lines" (rule under header and at end), None."""
        x = x if x is not None else self.m
        font = font or self.font
        lead = size * 1.25
        bold = bold or (lambda r, c: False)

        def row_lines(cells, isb):
            return [wrap(str(v), self.f(isb(ci), font), size, widths[ci] - 2 * pad) for ci, v in enumerate(cells)]

        def draw_row(cells, isb, is_header=False):
            lines = row_lines(cells, isb)
            h = max(len(l) for l in lines) * lead + 2 * pad - 1
            if self.y - h < 48:
                self.newpage()
                if headers and not is_header:
                    draw_row(headers, lambda c: True, True)
            top = self.y + lead - 1
            if is_header and hfill is not None:
                self.c.setFillGray(hfill)
                self.c.rect(x, top - h, sum(widths), h, stroke=0, fill=1)
                self.c.setFillGray(0)
            cx = x
            for ci, ls in enumerate(lines):
                yy = self.y - pad + 1
                for ln in ls:
                    self.at(cx + pad, yy, ln, size, isb(ci), font)
                    yy -= lead
                cx += widths[ci]
            self.c.setLineWidth(0.5)
            if rules == "grid":
                self.c.rect(x, top - h, sum(widths), h, stroke=1, fill=0)
                cx = x
                for w in widths[:-1]:
                    cx += w
                    self.c.line(cx, top, cx, top - h)
            elif rules == "lines" and is_header:
                self.c.line(x, top - h, x + sum(widths), top - h)
            self.y -= h

        if headers:
            draw_row(headers, lambda c: True, True)
        for ri, r in enumerate(rows):
            draw_row(r, lambda c, ri=ri: bold(ri, c))
        if rules == "lines":
            self.c.line(x, self.y + lead - 1, x + sum(widths), self.y + lead - 1)
        self.y -= 4

    def finish(self):
        self._footer()
        self.c.save()
        return self.buf.getvalue()


# --------------------------------------------------------------------------------------
# truth helpers
# --------------------------------------------------------------------------------------

NUM = re.compile(r"-?\d+(?:\.\d+)?")
FLAGS = {"": "normal", "H": "high", "L": "low", "A": "abnormal", "HH": "critical", "LL": "critical",
         "C": "critical", "High": "high", "Low": "low", "Normal": "normal", "Abnormal": "abnormal",
         None: None}


def num(s):
    s2 = s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s or "") else s
    return float(s2) if s2 is not None and NUM.fullmatch(s2.strip()) else None


def parse_ref(r):
    if not r:
        return None, None
    s = r.strip().strip("()").strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(?:-|to)\s*(-?\d+(?:\.\d+)?)", s)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(r"(?:<|<=|up to)\s*(\d+(?:\.\d+)?)", s)
    if m:
        return None, float(m.group(1))
    m = re.fullmatch(r"(?:>|>=)\s*(\d+(?:\.\d+)?)", s)
    if m:
        return float(m.group(1)), None
    return None, None


def iso(d):
    return d.isoformat() if d else None


def med(name, dose, unit, route, freq, status, brand=None, **kw):
    r = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route, "frequency": freq,
         "status": status}
    if status == "new" and "status_also_ok" not in kw:
        kw["status_also_ok"] = ["active"]
    r.update(kw)
    return r


def lab(test, vt, unit, ref, flag, d, **kw):
    lo, hi = parse_ref(ref)
    r = {"test_name": test, "value_text": vt, "value_numeric": num(vt), "unit": unit, "reference_low": lo,
         "reference_high": hi, "reference_text": ref, "flag": FLAGS[flag] if flag in FLAGS else flag,
         "date": iso(d)}
    r.update(kw)
    return r


def vit(kind, vt, n, sec=None, unit=None, **kw):
    r = {"kind": kind, "value_text": vt, "value_numeric": n, "value_secondary": sec, "unit": unit}
    r.update(kw)
    return r


def alg(sub, reaction=None, severity=None, **kw):
    r = {"substance": sub, "reaction": reaction, "severity": severity}
    r.update(kw)
    return r


def cond(name, status="active", icd=None, **kw):
    r = {"name": name, "status": status, "icd10_code": icd}
    r.update(kw)
    return r


def imm(vaccine, d, dose=None, lot=None, ambig=False, **kw):
    """ambig=True for documents printing numeric day/month dates without stating the order."""
    r = {"vaccine": vaccine, "administered_on": iso(d), "dose_number": dose, "lot_number": lot}
    if ambig and d and d.day <= 12 and d.month <= 12 and d.day != d.month:
        r["date_ambiguous"] = True
    r.update(kw)
    return r


def mn(cat, name, why, note=None):
    r = {"category": cat, "name": name, "why": why}
    if note:
        r["note"] = note
    return r


def D(y, m, d):
    return date(y, m, d)


def fmt_dates(d, styles):
    out = []
    for st in styles:
        out.append(d.strftime(st))
    return out


# --------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()


def occurs(needle, hay):
    n = norm(needle)
    if not n:
        return True
    pre = r"(?<![a-z0-9])" if n[0].isalnum() else ""
    post = r"(?![a-z0-9])" if n[-1].isalnum() else ""
    return re.search(pre + re.escape(n) + post, hay) is not None


def pdf_text(pdf_bytes):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    parts = []
    for i in range(len(pdf)):
        parts.append(pdf[i].get_textpage().get_text_bounded())
    n = len(pdf)
    pdf.close()
    return "\n".join(parts), n


def check_truth(stem, truth, text, date_styles):
    hay = norm(text)
    errs = []

    def need(s, what):
        if s is None or s == "":
            return
        if not occurs(s, hay):
            errs.append(f"{what}: {s!r}")

    def need_date(iso_s, what):
        if not iso_s:
            return
        d = date.fromisoformat(iso_s)
        if not any(occurs(x, hay) for x in fmt_dates(d, date_styles)):
            errs.append(f"{what} date {iso_s} not printed in styles {date_styles}")

    if FOOT.lower() not in hay:
        errs.append("footer missing")
    need_date(truth["service_date"], "service_date")
    for m in truth["medications"]:
        for part in re.split(r"\s\+\s", m["name"]):
            need(part, "med name")
        need(m.get("brand"), "med brand")
        for a in m.get("aliases", []):
            need(a, "med alias")
        need(m["dose"], f"dose of {m['name']}")
        need(m["unit"], f"unit of {m['name']}")
        need(m["frequency"], f"frequency of {m['name']}")
        need(m.get("concentration"), "concentration")
    for l in truth["labs"]:
        need(l["test_name"], "lab name")
        need(l["value_text"], f"value of {l['test_name']}")
        need(l["unit"], f"unit of {l['test_name']}")
        need(l["reference_text"], f"ref of {l['test_name']}")
        need_date(l["date"], f"lab {l['test_name']}")
        lo, hi, v, fl = l["reference_low"], l["reference_high"], l["value_numeric"], l["flag"]
        if v is not None and fl in ("normal", "high", "low") and (lo is not None or hi is not None):
            exp = "high" if (hi is not None and v > hi) else "low" if (lo is not None and v < lo) else "normal"
            if exp != fl:
                errs.append(f"flag of {l['test_name']} {v} is {fl}, range says {exp}")
        if fl is None and truth.get("_flag_policy") == "table":
            errs.append(f"null flag in flagged table: {l['test_name']}")
    for v in truth["vitals"]:
        need(v["value_text"], f"vital {v['kind']}")
        need(v["unit"], f"vital unit {v['kind']}")
        for k, val in v.get("also_ok", {}).items():
            if isinstance(val, str):
                need(val, "vital also_ok")
        need_date(v.get("date"), "vital")
        need(v.get("time"), "vital time")
    for a in truth["allergies"]:
        need(a["substance"], "allergy")
        need(a["reaction"], "reaction")
        need(a["severity"], "severity")
    for c in truth["conditions"]:
        need(c["name"], "condition")
        need(c["icd10_code"], "icd10")
        for a in c.get("aliases", []):
            need(a, "condition alias")
    for i in truth["immunizations"]:
        need(i["vaccine"], "vaccine")
        need(i.get("brand"), "vaccine brand")
        need(i["lot_number"], "lot")
        need_date(i["administered_on"], f"imm {i['vaccine']}")
    for r in truth["must_not"]:
        need(r["name"], f"must_not {r['category']}")
    if errs:
        raise AssertionError(f"{stem}: " + "; ".join(errs))


# --------------------------------------------------------------------------------------
# scans
# --------------------------------------------------------------------------------------


def scanify(pdf_bytes, seed, angle):
    """Rasterise at 200 dpi greyscale, grey paper, noise, blur, rotate; return JPEG bytes per page."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        a = np.asarray(img, dtype=np.float32)
        a = 28.0 + a * (226.0 - 28.0) / 255.0
        h, w = a.shape
        yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
        xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
        a -= 9.0 * (yy ** 2 + 0.5 * xx ** 2)
        a += rng.normal(0, 7.0, a.shape).astype(np.float32)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        im = im.filter(ImageFilter.GaussianBlur(0.75))
        im = im.rotate(angle if i % 2 == 0 else -angle * 0.7, resample=Image.BICUBIC, expand=False, fillcolor=214)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=45)
        out.append((b.getvalue(), pdf[i].get_size()))
    pdf.close()
    return out


def image_pdf(pages):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pages[0][1], invariant=1)
    for jpg, (w, h) in pages:
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# registry / emit
# --------------------------------------------------------------------------------------

REG = []


def document(nn, cc, kind, dtype, country, kinddesc, styles, scan=None):
    """scan: None, ("jpg", seed, angle) or ("pdf", seed, angle)."""

    def deco(fn):
        REG.append(dict(nn=nn, cc=cc, kind=kind, dtype=dtype, country=country, kinddesc=kinddesc,
                        styles=styles, scan=scan, fn=fn))
        return fn

    return deco


def emit(spec):
    stem = f"{spec['nn']:02d}_{spec['cc']}_{spec['kind']}"
    pdf_bytes, t = spec["fn"]()
    text, npages = pdf_text(pdf_bytes)
    ext = "pdf"
    scan = spec["scan"]
    truth = {"file": None, "synthetic": True, "text_layer": scan is None, "page_count": npages,
             "document_type": spec["dtype"], "country": spec["country"], "kind": spec["kinddesc"],
             "service_date": iso(t.get("service_date")),
             "medications": t.get("medications", []), "labs": t.get("labs", []), "vitals": t.get("vitals", []),
             "allergies": t.get("allergies", []), "conditions": t.get("conditions", []),
             "immunizations": t.get("immunizations", []), "must_not": t.get("must_not", [])}
    if t.get("flag_policy"):
        truth["_flag_policy"] = t["flag_policy"]
    check_truth(stem, truth, text, spec["styles"])
    truth.pop("_flag_policy", None)
    if scan:
        kind, seed, angle = scan
        pages = scanify(pdf_bytes, seed, angle)
        if kind == "jpg":
            assert len(pages) == 1
            data, ext = pages[0][0], "jpg"
        else:
            data = image_pdf(pages)
            t2, n2 = pdf_text(data)
            assert n2 == npages and t2.strip() == "", f"{stem}: scan PDF has a text layer"
    else:
        data = pdf_bytes
    truth["file"] = f"docs/{stem}.{ext}"
    (DOCS / f"{stem}.{ext}").write_bytes(data)
    (TRUTH / f"{stem}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return stem


def manifest_lines():
    lines = []
    for p in sorted(list(DOCS.glob("*")) + list(TRUTH.glob("*")), key=lambda p: p.relative_to(HERE).as_posix()):
        if p.is_file():
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(HERE).as_posix()}")
    return lines


def check_manifest():
    want = {}
    for ln in MANIFEST.read_text().splitlines():
        h, name = ln.split("  ", 1)
        want[name] = h
    bad = 0
    have = {ln.split("  ", 1)[1]: ln.split("  ", 1)[0] for ln in manifest_lines()}
    for name, h in sorted(have.items()):
        if name not in want:
            print("UNLISTED", name)
            bad = 1
        elif want[name] != h:
            print("MISMATCH", name)
            bad = 1
    for name in sorted(set(want) - set(have)):
        print("MISSING", name)
        bad = 1
    print("MANIFEST ok" if not bad else "MANIFEST FAILED")
    return bad


def summary_table():
    rows = ["| # | file | country | kind | document_type | pages | text layer | meds | labs | vitals | allergies | conditions | immunizations | optional | must_not (by reason) |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    tot = {}
    for p in sorted(TRUTH.glob("*.json")):
        t = json.loads(p.read_text())
        cats = ["medications", "labs", "vitals", "allergies", "conditions", "immunizations"]
        opt = sum(1 for c in cats for r in t[c] if r.get("optional"))
        why = {}
        for r in t["must_not"]:
            why[r["why"]] = why.get(r["why"], 0) + 1
            tot["mn_" + r["why"]] = tot.get("mn_" + r["why"], 0) + 1
        for c in cats:
            tot[c] = tot.get(c, 0) + len(t[c])
        tot["optional"] = tot.get("optional", 0) + opt
        rows.append(f"| {p.stem[:2]} | {t['file']} | {t['country']} | {t['kind']} | {t['document_type']} | {t['page_count']} | "
                    f"{'yes' if t['text_layer'] else 'no (scan)'} | " + " | ".join(str(len(t[c])) for c in cats)
                    + f" | {opt} | {len(t['must_not'])} (" + ", ".join(f"{k} {v}" for k, v in sorted(why.items())) + ") |")
    print("\n".join(rows))
    print()
    print("totals:", json.dumps(tot, sort_keys=True))


# ======================================================================================
# 01 Scotland - haematology + biochemistry + urine, single date, flag column
# ======================================================================================

@document(1, "sc", "lab_haem_biochem_urine", "lab_result", "United Kingdom (Scotland)",
          "lab report: haematology, biochemistry, urine (flag column)", ["%d/%m/%Y"])
def doc01():
    dt = D(2026, 10, 14)
    d = Doc()
    d.text("NHS GLENCAIRN", size=13, bold=True)
    d.text("Strathmore Royal Infirmary - Department of Laboratory Medicine", size=10)
    d.text("Blackford Road, Perth PH9 5ZX     Tel 01632 960118", size=8.5)
    d.rule()
    info = [("Patient", "DRUMMOND, Morag Elspeth"), ("CHI", "070358 5551"), ("DOB", "07/03/1958  (F)"),
            ("Requested by", "Dr F Lindsay, Kilbrannan Medical Practice"), ("Lab No", "SR26-448127"),
            ("Collected", "14/10/2026 09:12"), ("Received", "14/10/2026 11:40"), ("Reported", "14/10/2026 16:05")]
    for i, (k, v) in enumerate(info):
        x = d.m if i % 2 == 0 else d.m + 260
        d.at(x, d.y, k + ":", 8.5, True)
        d.at(x + 72, d.y, v, 8.5)
        if i % 2 == 1:
            d.y -= 12
    d.gap(6)
    haem = [("Haemoglobin", "112", "g/L", "115-165", "L"), ("White cell count", "11.8", "x10^9/L", "4.0-11.0", "H"),
            ("Platelets", "412", "x10^9/L", "150-400", "H"), ("MCV", "79", "fL", "80-100", "L"),
            ("Neutrophils", "8.9", "x10^9/L", "2.0-7.5", "H"), ("Lymphocytes", "1.9", "x10^9/L", "1.0-4.0", ""),
            ("Monocytes", "0.7", "x10^9/L", "0.2-0.8", ""), ("Eosinophils", "0.2", "x10^9/L", "0.0-0.4", ""),
            ("Reticulocytes", "62", "x10^9/L", "50-100", ""), ("ESR", "38", "mm/hr", "1-20", "H")]
    bio = [("Sodium", "136", "mmol/L", "133-146", ""), ("Potassium", "5.6", "mmol/L", "3.5-5.3", "H"),
           ("Urea", "9.8", "mmol/L", "2.5-7.8", "H"), ("Creatinine", "128", "\u00b5mol/L", "45-90", "H"),
           ("eGFR", "38", "mL/min/1.73m2", "> 60", "L"), ("Adjusted calcium", "2.41", "mmol/L", "2.20-2.60", ""),
           ("Phosphate", "1.12", "mmol/L", "0.80-1.50", ""), ("Magnesium", "0.68", "mmol/L", "0.70-1.00", "L"),
           ("Urate", "0.47", "mmol/L", "0.14-0.36", "H"), ("C-reactive protein", "46", "mg/L", "< 5", "H"),
           ("Creatine kinase", "88", "U/L", "25-200", ""), ("Gamma GT", "61", "U/L", "6-42", "H"),
           ("Ferritin", "14", "\u00b5g/L", "15-300", "L")]
    urine = [("Urine albumin:creatinine ratio", "8.4", "mg/mmol", "< 3.0", "H"),
             ("Urine protein (dipstick, lab)", "Negative", "", "Negative", ""),
             ("Urine blood (dipstick, lab)", "Trace", "", "Negative", "A")]
    W = [190, 70, 90, 100, 45]
    labs = []
    for title, rows, spec in (("HAEMATOLOGY", haem, None), ("CLINICAL BIOCHEMISTRY", bio, None),
                              ("URINE (random specimen)", urine, "urine")):
        d.text(title, size=10, bold=True)
        d.table(["Test", "Result", "Units", "Reference range", "Flag"], [list(r) for r in rows], W, size=8.5,
                hfill=0.88, bold=lambda r, c, rows=rows: c in (1, 4) and rows[r][4] != "")
        for n, v, u, ref, fl in rows:
            kw = {"specimen": spec} if spec else {}
            labs.append(lab(n, v, u or None, ref, fl, dt, **kw))
        d.gap(4)
    d.text("Comments", size=9.5, bold=True)
    d.para("Vitamin B12 and folate not analysed - insufficient sample, please repeat. eGFR by CKD-EPI; "
           "interpret with caution in acute illness. Results phoned to practice 14/10/2026 15:50 (potassium).", size=8.5)
    d.text("Authorised by: Dr E. Macrae, Consultant Clinical Biochemist", size=8.5)
    return d.finish(), dict(service_date=dt, labs=labs, flag_policy="table", must_not=[
        mn("labs", "Vitamin B12", "other", "not analysed - insufficient sample"),
        mn("labs", "folate", "other", "not analysed - insufficient sample")])


# ======================================================================================
# 02 South Africa - cumulative 3 date columns, flag after value (SCAN, jpg)
# ======================================================================================

@document(2, "za", "lab_cumulative_scan", "lab_result", "South Africa",
          "lab report: cumulative diabetes/renal/lipid, 3 date columns (scan)", ["%Y/%m/%d"],
          scan=("jpg", 9402, 1.6))
def doc02():
    dates = [D(2026, 3, 2), D(2026, 6, 8), D(2026, 9, 14)]
    d = Doc()
    d.text("HIGHVELD PATHOLOGY LABORATORIES", size=13, bold=True)
    d.text("Practice no. 5550118  -  14 Protea Lane, Rivonia, Johannesburg  -  Tel 010 555 0143", size=8.5)
    d.rule()
    d.text("Patient: MOKOENA, Thandeka Naledi      Sex: F      Age: 57 y      Ref: HPL-26-0914-5531", size=9)
    d.text("Doctor: Dr S. Govender, Sandton Family Practice        Medical aid: ACME Health 5550 2231", size=9)
    d.text("CUMULATIVE REPORT - collection dates shown as YYYY/MM/DD", size=9, bold=True)
    d.gap(4)
    rows = [
        ("HbA1c (NGSP)", "%", "4.0-6.0", ["8.6 H", "7.9 H", "7.1 H"], None),
        ("HbA1c (IFCC)", "mmol/mol", "20-42", ["70 H", "63 H", "54 H"], None),
        ("Glucose (fasting)", "mmol/L", "3.9-5.5", ["9.4 H", "8.1 H", "6.9 H"], None),
        ("Creatinine", "\u00b5mol/L", "49-90", ["84", "92 H", "109 H"], None),
        ("eGFR (CKD-EPI)", "mL/min/1.73m2", "> 60", ["71", "63", "51 L"], None),
        ("Sodium", "mmol/L", "136-145", ["139", "141", "137"], None),
        ("Potassium", "mmol/L", "3.5-5.1", ["4.4", "4.9", "5.4 H"], None),
        ("Total cholesterol", "mmol/L", "< 5.0", ["6.1 H", "5.2 H", "4.6"], None),
        ("LDL cholesterol", "mmol/L", "< 3.0", ["3.9 H", "3.1 H", "2.4"], None),
        ("HDL cholesterol", "mmol/L", "> 1.2", ["1.02 L", "1.08 L", "1.21"], None),
        ("Triglycerides", "mmol/L", "< 1.7", ["2.4 H", "2.0 H", "1.6"], None),
        ("ALT", "U/L", "7-35", ["24", "--", "31"], None),
        ("TSH", "mIU/L", "0.27-4.20", ["--", "2.84", "--"], None),
        ("Urine albumin/creatinine ratio", "mg/mmol", "< 3.0", ["2.1", "--", "4.6 H"], "urine"),
    ]
    hdr = ["Test", "Units"] + [x.strftime("%Y/%m/%d") for x in dates] + ["Ref. range"]
    d.table(hdr, [[n, u] + vals + [ref] for n, u, ref, vals, s in rows], [150, 80, 68, 68, 68, 70], size=8.5,
            rules="lines")
    labs = []
    for n, u, ref, vals, spec in rows:
        for dt, cell in zip(dates, vals):
            if cell == "--":
                continue
            v, _, fl = cell.partition(" ")
            kw = {"specimen": spec} if spec else {}
            labs.append(lab(n, v, u, ref, fl, dt, **kw))
    d.gap(6)
    d.para("Comment: Progressive improvement in glycaemic control. Rising creatinine with falling eGFR and new "
           "albuminuria - suggest repeat UACR in 3 months. -- = not requested.", size=8.5)
    d.text("Electronically authorised: Dr P. Naidoo (Pathologist)   2026/09/15", size=8.5)
    return d.finish(), dict(service_date=dates[-1], labs=labs, flag_policy="table")


# ======================================================================================
# 03 India - HbA1c / lipid / thyroid panel, abnormal values in bold only (flag null)
# ======================================================================================

@document(3, "in", "lab_diabetes_lipid_thyroid", "lab_result", "India",
          "lab report: HbA1c, lipid, thyroid, vitamins (bold-only abnormals)", ["%d/%m/%Y"])
def doc03():
    dt = D(2026, 9, 19)
    d = Doc()
    d.text("KAVERI DIAGNOSTIC CENTRE", size=14, bold=True, align="c")
    d.text("NABL-style accredited laboratory (synthetic)  |  No. 48, 4th Cross, Jayanagar, Bengaluru 560041", size=8, align="c")
    d.rule()
    left = [("Patient Name", "Mr. RAKESH VENKATESH IYER"), ("Age / Sex", "54 Y / Male"), ("Ref. By", "Dr. S. Hegde, MD")]
    right = [("Sample ID", "KDC/26/091937"), ("Collected On", "19/09/2026 08:40"), ("Reported On", "19/09/2026 14:12")]
    for (a, b), (c2, e) in zip(left, right):
        d.at(d.m, d.y, a, 8.5, True); d.at(d.m + 80, d.y, ": " + b, 8.5)
        d.at(d.m + 290, d.y, c2, 8.5, True); d.at(d.m + 370, d.y, ": " + e, 8.5)
        d.y -= 12
    d.rule(after=10)
    panels = [
        ("GLYCATED HAEMOGLOBIN (HbA1c) - EDTA whole blood, HPLC", [
            ("HbA1c", "8.4", "%", "4.0-5.6", True),
            ("Estimated Average Glucose (eAG)", "194", "mg/dL", None, False),
            ("Fasting Plasma Glucose", "162", "mg/dL", "70-100", True)]),
        ("LIPID PROFILE - Serum", [
            ("Total Cholesterol", "228", "mg/dL", "< 200", True),
            ("Triglycerides", "212", "mg/dL", "< 150", True),
            ("HDL Cholesterol", "38", "mg/dL", "> 40", True),
            ("LDL Cholesterol (Direct)", "146", "mg/dL", "< 100", True),
            ("VLDL Cholesterol", "42", "mg/dL", "< 30", True),
            ("Non-HDL Cholesterol", "190", "mg/dL", "< 130", True),
            ("Total Cholesterol / HDL Ratio", "6.0", None, "< 5.0", True)]),
        ("THYROID PROFILE - Serum, CLIA", [
            ("TSH (Ultrasensitive)", "6.82", "\u00b5IU/mL", "0.35-5.50", True),
            ("Free T4", "0.92", "ng/dL", "0.89-1.76", False),
            ("Free T3", "2.9", "pg/mL", "2.3-4.2", False)]),
        ("VITAMINS AND RENAL - Serum", [
            ("25-OH Vitamin D (Total)", "14.6", "ng/mL", "30-100", True),
            ("Vitamin B12", "182", "pg/mL", "211-911", True),
            ("Serum Creatinine", "0.94", "mg/dL", "0.70-1.30", False)]),
    ]
    labs = []
    for title, rows in panels:
        d.text(title, size=9.5, bold=True)
        d.table(["Investigation", "Observed Value", "Unit", "Biological Reference Interval"],
                [[n, v, u or "", ref or "-"] for n, v, u, ref, b in rows], [190, 90, 70, 150], size=8.5, rules=None,
                bold=lambda r, c, rows=rows: c == 1 and rows[r][4])
        for n, v, u, ref, b in rows:
            labs.append(lab(n, v, u, ref, None, dt))
        d.gap(4)
    d.para("Interpretation (HbA1c, ADA): Non-diabetic < 5.7 %; Pre-diabetes 5.7 - 6.4 %; Diabetes >= 6.5 %. "
           "Values outside the biological reference interval are printed in bold.", size=8)
    d.text("*** End of Report ***", size=8.5, align="c")
    d.text("Dr. Anitha Raghavan, MD (Pathology)  -  Consultant Pathologist", size=8.5)
    return d.finish(), dict(service_date=dt, labs=labs)


# ======================================================================================
# 04 US Florida - Epic lab results print-out, single date, flag column, 2 pages
# ======================================================================================

def _hdr04(d):
    d.at(d.m, d.H - 32, "DUARTE, ROLANDO M   |   MRN: 55501872   |   DOB: 04/19/1957   |   Male", 8.5, True)
    d.at(d.W - d.m, d.H - 32, "Coral Bay Health - Epic Results Print", 8, align="r")
    d.c.line(d.m, d.H - 37, d.W - d.m, d.H - 37)
    d.y = d.H - 56


@document(4, "us", "lab_epic_results", "lab_result", "United States (Florida)",
          "lab report: Epic results print-out, CMP/CBC/lipids/cardiac/PSA", ["%m/%d/%Y"])
def doc04():
    from reportlab.lib.pagesizes import letter
    dt = D(2026, 10, 6)
    d = Doc(size=letter, header=_hdr04)
    d.text("Lab Results", size=15, bold=True)
    d.text("Coral Bay Health Outpatient Laboratory, 2200 Seagrape Blvd, Sarasota, FL 34236  (941) 555-0163", size=8.5)
    d.text("Ordering provider: Alicia Trevino, MD (Internal Medicine)     Collected: 10/06/2026 7:42 AM     "
           "Resulted: 10/06/2026 2:15 PM", size=8.5)
    d.gap(6)
    panels = [
        ("COMPREHENSIVE METABOLIC PANEL", [
            ("Glucose", "118", "mg/dL", "70 - 99", "H"), ("BUN", "22", "mg/dL", "7 - 20", "H"),
            ("Creatinine", "1.34", "mg/dL", "0.74 - 1.35", ""), ("eGFR", "58", "mL/min/1.73m2", ">60", "L"),
            ("Sodium", "140", "mmol/L", "136 - 145", ""), ("Potassium", "4.2", "mmol/L", "3.5 - 5.1", ""),
            ("Chloride", "104", "mmol/L", "98 - 107", ""), ("CO2", "25", "mmol/L", "21 - 32", ""),
            ("Calcium", "9.1", "mg/dL", "8.5 - 10.1", ""), ("Protein, Total", "7.0", "g/dL", "6.4 - 8.2", ""),
            ("Albumin", "3.9", "g/dL", "3.4 - 5.0", ""), ("Bilirubin, Total", "0.8", "mg/dL", "0.2 - 1.0", ""),
            ("Bilirubin, Direct", "0.2", "mg/dL", "0.0 - 0.3", ""), ("ALT", "44", "U/L", "12 - 78", ""),
            ("AST", "31", "U/L", "15 - 37", ""), ("Alkaline Phosphatase", "96", "U/L", "45 - 117", "")]),
        ("MAGNESIUM / PHOSPHORUS / URIC ACID / CK", [
            ("Magnesium", "2.0", "mg/dL", "1.6 - 2.6", ""), ("Phosphorus", "3.4", "mg/dL", "2.5 - 4.9", ""),
            ("Uric Acid", "8.1", "mg/dL", "3.5 - 7.2", "H"), ("CK, Total", "210", "U/L", "39 - 308", "")]),
        ("LIPID PANEL", [
            ("Cholesterol, Total", "212", "mg/dL", "<200", "H"), ("Triglycerides", "164", "mg/dL", "<150", "H"),
            ("HDL Cholesterol", "41", "mg/dL", ">39", ""), ("LDL Cholesterol, Calculated", "138", "mg/dL", "<100", "H")]),
        ("HEMOGLOBIN A1C", [("Hemoglobin A1c", "6.9", "%", "4.0 - 5.6", "H")]),
        ("CBC WITHOUT DIFFERENTIAL", [
            ("WBC", "6.8", "K/uL", "4.8 - 10.8", ""), ("Hemoglobin", "13.1", "g/dL", "14.0 - 18.0", "L"),
            ("Hematocrit", "39.8", "%", "42.0 - 52.0", "L"), ("Platelets", "221", "K/uL", "130 - 400", "")]),
        ("THYROID / PSA / CARDIAC", [
            ("TSH", "1.92", "uIU/mL", "0.36 - 3.74", ""), ("PSA, Total", "5.8", "ng/mL", "0.0 - 4.0", "H"),
            ("Troponin I, High Sensitivity", "6", "ng/L", "<34", ""), ("NT-proBNP", "612", "pg/mL", "<125", "H")]),
        ("MICROALBUMIN / CREATININE RATIO, RANDOM URINE", [
            ("Microalbumin/Creatinine Ratio", "42", "mg/g", "<30", "H")]),
    ]
    labs = []
    for title, rows in panels:
        d.need(60)
        d.text(title, size=9.5, bold=True)
        d.table(["Component", "Your Value", "Flag", "Standard Range", "Units"],
                [[n, v, {"H": "High", "L": "Low", "": ""}[f], ref, u] for n, v, u, ref, f in rows],
                [175, 70, 50, 100, 110], size=8.5, rules="lines")
        for n, v, u, ref, f in rows:
            kw = {"specimen": "urine"} if "Urine" in title.title() or "URINE" in title else {}
            labs.append(lab(n, v, u, ref, {"H": "High", "L": "Low", "": ""}[f] or "", dt, **kw))
        d.gap(2)
    d.para("Result comments: PSA elevated compared with 3.9 ng/mL one year ago; please discuss with your provider. "
           "This is a print of results released to MyChart. Abnormal results are flagged High/Low.", size=8.5)
    labs.append(lab("PSA, Total", "3.9", "ng/mL", None, None, None, optional=True, note="previous, one year ago"))
    return d.finish(), dict(service_date=dt, labs=labs, must_not=[])


# ======================================================================================
# 05 Australia NSW - cumulative 4 columns, flag after value, ranges in parentheses, 2 pages
# ======================================================================================

def _hdr05(d):
    d.at(d.m, d.H - 32, "KOWALCZYK, Beatrice Anne   DOB 11/02/1959   F   MRN HSP-5550921", 8.5, True)
    d.at(d.W - d.m, d.H - 32, "Harbourside Pathology NSW - Cumulative", 8, align="r")
    d.c.line(d.m, d.H - 37, d.W - d.m, d.H - 37)
    d.y = d.H - 56


@document(5, "au", "lab_cumulative_iron", "lab_result", "Australia (New South Wales)",
          "lab report: cumulative FBC, iron studies, chemistry, 4 date columns", ["%d/%m/%y"])
def doc05():
    dates = [D(2026, 2, 3), D(2026, 5, 12), D(2026, 8, 18), D(2026, 10, 27)]
    d = Doc(header=_hdr05)
    d.text("HARBOURSIDE PATHOLOGY", size=14, bold=True)
    d.text("Lab 5, 120 Pittwater Rd, Brookvale NSW 2100   Ph (02) 5550 1187   APA 5550", size=8.5)
    d.text("Referring doctor: Dr Hamish Oyelaran, Dee Why Family Medical   Copy to: Dr L. Tran (Haematology)", size=8.5)
    d.text("Collection dates are DD/MM/YY. H = above, L = below reference interval.", size=8.5)
    d.gap(4)
    haem = [
        ("Haemoglobin", "g/L", "(115 - 160)", ["108 L", "112 L", "121", "126"]),
        ("MCV", "fL", "(80 - 100)", ["76 L", "78 L", "83", "86"]),
        ("Platelets", "x10^9/L", "(150 - 400)", ["389", "402 H", "355", "310"]),
        ("White cell count", "x10^9/L", "(4.0 - 11.0)", ["7.1", "6.4", "8.2", "6.9"]),
        ("ESR", "mm/h", "(< 30)", ["34 H", "28", "22", "18"]),
        ("INR", "", "(0.9 - 1.2)", ["1.0", "--", "--", "1.1"]),
        ("APTT", "secs", "(25 - 38)", ["29", "--", "--", "31"]),
    ]
    chem = [
        ("Sodium", "mmol/L", "(135 - 145)", ["138", "140", "137", "139"]),
        ("Potassium", "mmol/L", "(3.5 - 5.2)", ["4.1", "4.6", "5.3 H", "4.8"]),
        ("Creatinine", "umol/L", "(45 - 90)", ["82", "86", "91 H", "88"]),
        ("eGFR", "mL/min/1.73m2", "(> 59)", ["64", "61", "54 L", "57 L"]),
        ("C-Reactive Protein", "mg/L", "(< 5)", ["9 H", "4", "3", "2"]),
        ("LD", "U/L", "(120 - 250)", ["198", "--", "--", "205"]),
        ("Ferritin", "ug/L", "(30 - 500)", ["12 L", "18 L", "46", "71"]),
        ("Iron", "umol/L", "(10 - 30)", ["6 L", "8 L", "13", "15"]),
        ("Transferrin", "g/L", "(2.0 - 3.6)", ["3.9 H", "3.7 H", "3.2", "3.0"]),
        ("Transferrin saturation", "%", "(15 - 45)", ["8 L", "11 L", "19", "23"]),
        ("Vitamin B12", "pmol/L", "(150 - 700)", ["212", "--", "--", "265"]),
        ("Serum folate", "nmol/L", "(> 7.0)", ["14.2", "--", "--", "16.8"]),
        ("25-OH Vitamin D", "nmol/L", "(50 - 140)", ["41 L", "--", "68", "--"]),
    ]
    hdr = ["Test", "Units"] + [x.strftime("%d/%m/%y") for x in dates] + ["Ref. interval"]
    W = [120, 78, 56, 56, 56, 56, 78]
    labs = []

    def block(title, rows):
        d.text(title, size=10, bold=True)
        d.table(hdr, [[n, u] + v + [r] for n, u, r, v in rows], W, size=8.5, rules=None)
        for n, u, r, vals in rows:
            for dt, cell in zip(dates, vals):
                if cell == "--":
                    continue
                v, _, fl = cell.partition(" ")
                labs.append(lab(n, v, u or None, r, fl, dt))

    block("HAEMATOLOGY / COAGULATION", haem)
    d.para("Comment (27/10/26): Iron deficiency anaemia resolving; haemoglobin and iron indices now within "
           "reference intervals. -- = not tested.", size=8.5)
    d.newpage()
    block("BIOCHEMISTRY / IRON STUDIES / VITAMINS", chem)
    d.para("Comment: Mild renal impairment stable. Vitamin D replete on last testing.", size=8.5)
    d.text("Report authorised by Dr M. Castellano, FRCPA   27/10/26 17:32", size=8.5)
    return d.finish(), dict(service_date=dates[-1], labs=labs, flag_policy="table")


# ======================================================================================
# 06 Ghana - FBC with differential, coagulation, LFT, pancreas; no ruling; flag column
# ======================================================================================

@document(6, "gh", "lab_fbc_lft", "lab_result", "Ghana",
          "lab report: FBC + differential, coagulation, LFT, LDH/amylase/lipase, cortisol (unruled)",
          ["%d/%m/%Y"])
def doc06():
    dt = D(2026, 9, 22)
    d = Doc(font="Courier")
    d.text("KORLE HEIGHTS MEDICAL LABORATORY", size=12, bold=True)
    d.text("Plot 7, Ring Road Central, Accra   Tel: 030 255 5014", size=8.5)
    d.text("-" * 86, size=8)
    d.text("Name  : KWABENA OWUSU-ANSAH          Age/Sex: 45 / M      Lab No: KHML-26-22107", size=8.5)
    d.text("Doctor: Dr. E. Adjei-Boateng         Ward/OPD: Medical OPD", size=8.5)
    d.text("Date collected: 22/09/2026 10:05     Date reported: 22/09/2026 15:30", size=8.5)
    d.text("-" * 86, size=8)
    sections = [
        ("FULL BLOOD COUNT", [
            ("Haemoglobin", "10.4", "g/dL", "13.0-17.0", "L"), ("RBC", "3.9", "x10^12/L", "4.5-5.5", "L"),
            ("Haematocrit (PCV)", "31.2", "%", "40-50", "L"), ("MCV", "82", "fL", "80-100", ""),
            ("MCH", "26.7", "pg", "27-32", "L"), ("WBC", "3.2", "x10^9/L", "4.0-10.0", "L"),
            ("Neutrophils %", "38.5", "%", "40-75", "L"), ("Lymphocytes %", "49.0", "%", "20-40", "H"),
            ("Monocytes %", "8.2", "%", "2-10", ""), ("Eosinophils %", "3.8", "%", "1-6", ""),
            ("Basophils %", "0.5", "%", "0-1", ""), ("Neutrophils (absolute)", "1.23", "x10^9/L", "2.0-7.0", "L"),
            ("Lymphocytes (absolute)", "1.57", "x10^9/L", "1.0-3.0", ""), ("Platelets", "132", "x10^9/L", "150-400", "L"),
            ("Reticulocyte count", "2.8", "%", "0.5-2.5", "H")]),
        ("COAGULATION", [
            ("Prothrombin time", "13.8", "sec", "11.0-14.0", ""), ("INR", "1.1", "", "0.8-1.2", ""),
            ("APTT", "34", "sec", "25-37", "")]),
        ("LIVER FUNCTION / PANCREAS / OTHERS", [
            ("Total bilirubin", "28", "\u00b5mol/L", "3-21", "H"), ("Direct bilirubin", "9", "\u00b5mol/L", "0-5", "H"),
            ("Indirect bilirubin", "19", "\u00b5mol/L", "3-16", "H"), ("ALT (SGPT)", "52", "U/L", "10-45", "H"),
            ("AST (SGOT)", "61", "U/L", "10-40", "H"), ("ALP", "118", "U/L", "40-129", ""),
            ("GGT", "88", "U/L", "10-71", "H"), ("Total protein", "79", "g/L", "64-83", ""),
            ("Albumin", "36", "g/L", "35-52", ""), ("LDH", "284", "U/L", "135-225", "H"),
            ("Amylase", "64", "U/L", "28-100", ""), ("Lipase", "41", "U/L", "13-60", ""),
            ("Cortisol (09:00)", "412", "nmol/L", "166-507", "")]),
    ]
    labs = []
    for title, rows in sections:
        d.text(title, size=9.5, bold=True)
        d.table(["TEST", "RESULT", "FLAG", "UNITS", "REF. RANGE"], [[n, v, f, u, r] for n, v, u, r, f in rows],
                [165, 65, 40, 75, 95], size=8.5, rules=None)
        for n, v, u, r, f in rows:
            labs.append(lab(n, v, u or None, r, f, dt))
    d.text("-" * 86, size=8)
    d.para("Blood film: mild normocytic picture with relative lymphocytosis. Kindly correlate clinically.", size=8.5,
           font="Courier")
    d.text("Checked by: B. Asante (Biomedical Scientist)    Verified: Dr. N. Darko (Haematologist)", size=8.5)
    return d.finish(), dict(service_date=dt, labs=labs, flag_policy="table")


# ======================================================================================
# 07 Wales - GP referral letter (prose), 2 pages
# ======================================================================================

@document(7, "wl", "gp_referral_letter", "medical_record", "United Kingdom (Wales)",
          "GP referral letter to cardiology (prose, negatives, family history, plans)", ["%-d %B %Y", "%d/%m/%Y"])
def doc07():
    dt, lab_dt = D(2026, 11, 3), D(2026, 10, 28)
    d = Doc(font="Times-Roman")
    d.text("Pen-y-Bryn Surgery", size=14, bold=True)
    d.text("Heol Llanfair, Llanbedr Pont Steffan, Ceredigion SA48 5ZZ", size=9)
    d.text("Tel: 01632 960412    Practice code W95501", size=9)
    d.gap(8)
    d.text("3 November 2026", size=10)
    d.gap(4)
    d.text("Cardiology Outpatients, Ysbyty Cwm Teifi, Carmarthen SA31 5ZQ", size=10)
    d.gap(6)
    d.text("Re: Mr Gareth Huw PRITCHARD   DOB 22/01/1961   NHS No 999 214 6610", size=10, bold=True)
    d.text("12 Maes y Felin, Lampeter SA48 5ZY", size=10)
    d.gap(6)
    P = lambda s: d.para(s, size=10, after=6)
    P("Dear Colleague,")
    P("I would be grateful if you would see this 65-year-old retired postman who has had six weeks of intermittent "
      "palpitations, typically in the evening and lasting up to an hour. I am keen to rule out paroxysmal atrial "
      "fibrillation. He denies chest pain, syncope or breathlessness on exertion, and there is no history of "
      "thyroid disease. A 12-lead ECG in surgery showed sinus rhythm with frequent ventricular ectopics.")
    vit_rows = [("blood_pressure", "152/88", 152, 88, "mmHg", "Blood pressure"),
                ("heart_rate", "96", 96, None, "bpm", "Pulse"),
                ("oxygen_saturation", "97", 97, None, "%", "SpO2"),
                ("weight", "84.6", 84.6, None, "kg", "Weight"),
                ("bmi", "29.3", 29.3, None, "kg/m2", "BMI")]
    P("On examination today: " + "; ".join(f"{lbl} {vt} {u}" if u != "%" else f"{lbl} {vt}%"
                                              for k, vt, n, s, u, lbl in vit_rows) +
      ". Heart sounds normal, chest clear, no peripheral oedema.")
    labrows = [("HbA1c", "58", "mmol/mol"), ("eGFR", "64", "mL/min/1.73m2"), ("Potassium", "4.6", "mmol/L"),
               ("TSH", "1.8", "mU/L"), ("Haemoglobin", "141", "g/L")]
    P("Recent bloods (28/10/2026): " + ", ".join(f"{n} {v} {u}" for n, v, u in labrows) + ".")
    d.text("Past medical history", size=10, bold=True)
    conds = [("Type 2 diabetes mellitus (2014)", cond("Type 2 diabetes mellitus", "active")),
             ("Hypertension", cond("Hypertension", "active")),
             ("Osteoarthritis of both knees", cond("Osteoarthritis of both knees", "active", aliases=[])),
             ("Transient ischaemic attack (2021)", cond("Transient ischaemic attack", "history")),
             ("Right inguinal hernia repair (2009)", cond("Right inguinal hernia repair", "history", optional=True))]
    for s, _ in conds:
        d.text("\u2022  " + s, x=d.m + 10, size=10)
    d.gap(4)
    d.text("Current medication", size=10, bold=True)
    meds = [("Metformin", "1", "g", "twice daily"), ("Ramipril", "5", "mg", "once daily"),
            ("Atorvastatin", "40", "mg", "at night"), ("Clopidogrel", "75", "mg", "once daily"),
            ("Omeprazole", "20", "mg", "each morning"),
            ("Co-codamol", "30/500", "mg", "two tablets up to four times daily when required")]
    for n, ds, u, fq in meds:
        d.text(f"\u2022  {n} {ds} {u} {fq}", x=d.m + 10, size=10)
    d.gap(4)
    P("He stopped naproxen 500 mg twice daily in August because of indigestion. I have today started "
      "bisoprolol 1.25 mg once daily for symptom control.")
    d.newpage()
    d.text("Re: Mr Gareth Huw PRITCHARD   NHS No 999 214 6610  (continued)", size=9, bold=True)
    d.gap(6)
    P("Allergies: penicillin - urticarial rash.")
    P("Family history: his father died of a myocardial infarction aged 58 and his sister has hypertrophic "
      "cardiomyopathy. His mother had no cardiac history.")
    P("Social: ex-smoker (stopped 2005), drinks about 10 units of alcohol a week, lives with his wife.")
    P("Plan: I would be grateful for ambulatory ECG monitoring and an echocardiogram. If atrial fibrillation is "
      "confirmed I would consider apixaban, given his previous TIA. I have asked him to reduce caffeine.")
    P("Yours sincerely,")
    d.gap(10)
    d.text("Dr Carys Bowen-Rhys MRCGP", size=10)
    d.text("General Practitioner, Pen-y-Bryn Surgery", size=10)
    truth = dict(service_date=dt)
    truth["vitals"] = [vit(k, vt, n, s, u) for k, vt, n, s, u, lbl in vit_rows]
    truth["labs"] = [lab(n, v, u, None, None, lab_dt) for n, v, u in labrows]
    truth["conditions"] = [c for _, c in conds] + [cond("Palpitations", "active", optional=True,
                                                         note="presenting symptom")]
    for c in truth["conditions"]:
        if not c.get("aliases"):
            c.pop("aliases", None)
    truth["medications"] = [med(n, ds, u, "oral", fq, "active") for n, ds, u, fq in meds] + [
        med("Naproxen", "500", "mg", "oral", "twice daily", "stopped"),
        med("Bisoprolol", "1.25", "mg", "oral", "once daily", "new")]
    truth["allergies"] = [alg("penicillin", "urticarial rash")]
    truth["must_not"] = [
        mn("medications", "naproxen", "stopped"),
        mn("medications", "apixaban", "planned", "would consider if AF confirmed"),
        mn("conditions", "atrial fibrillation", "other", "to rule out / if confirmed"),
        mn("conditions", "chest pain", "negated"), mn("conditions", "syncope", "negated"),
        mn("conditions", "breathlessness", "negated"),
        mn("conditions", "thyroid disease", "negated"),
        mn("conditions", "myocardial infarction", "family"),
        mn("conditions", "hypertrophic cardiomyopathy", "family")]
    return d.finish(), truth


# ======================================================================================
# 08 Ireland - diabetes clinic letter (SCAN, image-only PDF)
# ======================================================================================

@document(8, "ie", "clinic_letter_scan", "medical_record", "Ireland",
          "specialist diabetes clinic letter (scan)", ["%-d %B %Y", "%d/%m/%Y"], scan=("pdf", 9408, 2.1))
def doc08():
    dt = D(2026, 10, 12)
    d = Doc(font="Times-Roman")
    d.text("St Brendan's University Hospital", size=13, bold=True)
    d.text("Diabetes & Endocrinology Department, Newcastle Road, Galway H91 XX55   Tel 091 555 0127", size=9)
    d.rule()
    d.text("Clinic date: 12 October 2026          Dictated: 12/10/2026          Typed: 14/10/2026", size=9.5)
    d.text("Dr Niamh O'Farrell, Claddagh Medical Centre, Galway", size=9.5)
    d.gap(4)
    d.text("Re: Ms Aoife BRENNAN-KAVANAGH, DOB 14/06/1972, MRN H5550417", size=10, bold=True)
    d.gap(4)
    diag = [cond("Type 2 diabetes mellitus", "active"), cond("Obesity", "active"),
            cond("Non-alcoholic fatty liver disease", "active"), cond("Hypothyroidism", "active")]
    d.text("Diagnoses:", size=10, bold=True)
    for i, c in enumerate(diag, 1):
        d.text(f"{i}. {c['name']}", x=d.m + 12, size=10)
    d.gap(4)
    P = lambda s: d.para(s, size=10, after=6)
    P("Dear Dr O'Farrell, I reviewed Aoife in the diabetes clinic today. Her HbA1c has risen to 67 mmol/mol from "
      "59 mmol/mol in May. Renal function is normal (eGFR 88 mL/min/1.73m2) and her urine ACR is 1.2 mg/mmol. "
      "Weight today was 92.4 kg, BMI 34.1 kg/m2, blood pressure 134/82 mmHg.")
    P("She has no evidence of retinopathy on her last screening and denies symptoms of neuropathy. Her feet are "
      "low risk.")
    P("Medication changes: we have stopped sitagliptin 100 mg daily as it was ineffective and started "
      "empagliflozin 10 mg once daily. I have increased her gliclazide MR from 60 mg to 90 mg once daily with "
      "breakfast. She continues metformin 1 g twice daily, levothyroxine 75 micrograms once daily and "
      "atorvastatin 20 mg at night.")
    P("I explained sick-day rules and the small risk of diabetic ketoacidosis and genital thrush with "
      "empagliflozin. If her HbA1c remains above 58 mmol/mol we would consider a GLP-1 receptor agonist "
      "(semaglutide) at her next review. No known drug allergies.")
    P("Plan: repeat HbA1c, renal profile and TFTs in 3 months; review in clinic in 4 months.")
    P("Yours sincerely,")
    d.gap(8)
    d.text("Dr Ciaran Mac Giolla, SpR Endocrinology, for Prof. M. Hennessy", size=10)
    truth = dict(service_date=dt, conditions=diag)
    truth["labs"] = [lab("HbA1c", "67", "mmol/mol", None, None, dt),
                     lab("HbA1c", "59", "mmol/mol", None, None, None, optional=True, note="previous result, May"),
                     lab("eGFR", "88", "mL/min/1.73m2", None, None, dt),
                     lab("urine ACR", "1.2", "mg/mmol", None, None, dt, specimen="urine")]
    truth["vitals"] = [vit("weight", "92.4", 92.4, None, "kg"), vit("bmi", "34.1", 34.1, None, "kg/m2"),
                       vit("blood_pressure", "134/82", 134, 82, "mmHg")]
    truth["medications"] = [
        med("sitagliptin", "100", "mg", "oral", "daily", "stopped"),
        med("empagliflozin", "10", "mg", "oral", "once daily", "new"),
        med("gliclazide", "90", "mg", "oral", "once daily", "changed", note="MR; increased from 60 mg"),
        med("metformin", "1", "g", "oral", "twice daily", "active"),
        med("levothyroxine", "75", "micrograms", "oral", "once daily", "active"),
        med("atorvastatin", "20", "mg", "oral", "at night", "active")]
    truth["must_not"] = [
        mn("medications", "sitagliptin", "stopped"),
        mn("medications", "semaglutide", "planned", "would consider at next review"),
        mn("conditions", "retinopathy", "negated"), mn("conditions", "neuropathy", "negated"),
        mn("conditions", "diabetic ketoacidosis", "other", "counselling about a risk"),
        mn("conditions", "genital thrush", "other", "counselling about a risk")]
    return d.finish(), truth


# ======================================================================================
# 09 Canada (Alberta) - family medicine progress note, SOAP
# ======================================================================================

@document(9, "ca", "progress_note", "medical_record", "Canada (Alberta)",
          "family medicine progress note (SOAP, negatives, held drug, plans)", ["%Y-%m-%d"])
def doc09():
    dt = D(2026, 10, 20)
    d = Doc()
    d.text("Bow River Family Medicine Clinic", size=13, bold=True)
    d.text("1405 Crowchild Trail NW, Calgary AB T2N 5Z9   Tel (403) 555-0129   Fax (403) 555-0130", size=8.5)
    d.rule()
    d.text("PROGRESS NOTE", size=11, bold=True)
    d.text("Patient: OKAFOR-REYES, Darnell    DOB: 1968-02-09    AB PHN: 55501-2347    Visit date: 2026-10-20",
           size=9)
    d.text("Provider: Dr. Ingrid Solberg, MD CCFP       Visit type: In-person follow-up", size=9)
    d.rule()
    d.text("S:", size=10, bold=True)
    d.para("58M here for follow-up of COPD and hypertension. Increased cough with clear-white sputum for 1 week, "
           "using his salbutamol 3-4 times a day. Denies fever, haemoptysis or chest pain. No history of asthma. "
           "Sleeping well with CPAP for obstructive sleep apnea. Smoking: [X] Former  [ ] Current  [ ] Never "
           "(quit 2019, 35 pack-years).", size=9.5)
    d.para("Family history: mother - breast cancer at 62; brother - type 1 diabetes. Father alive and well.", size=9.5)
    d.para("Allergies: sulfonamide antibiotics (hives).", size=9.5)
    d.text("Current medications (reviewed today):", size=9.5, bold=True)
    meds = [("Tiotropium", "18", "mcg", "inhaled", "once daily", "active", "Spiriva"),
            ("Salbutamol", "100", "mcg", "inhaled", "2 puffs q4-6h PRN", "active", "Ventolin"),
            ("Amlodipine", "10", "mg", "PO", "daily", "active", None),
            ("Lisinopril", "20", "mg", "PO", "daily", "active", None),
            ("Hydrochlorothiazide", "25", "mg", "PO", "daily", "held", None)]
    d.table(["Medication", "Dose", "Route", "Frequency", "Status"],
            [[f"{n} ({b})" if b else n, f"{ds} {u}", r, fq, "ON HOLD" if st == "held" else "Active"]
             for n, ds, u, r, fq, st, b in meds], [150, 65, 60, 130, 70], size=8.5, rules="grid", hfill=0.9)
    d.text("O:", size=10, bold=True)
    vits = [("blood_pressure", "146/90", 146, 90, "mmHg", "BP"), ("heart_rate", "84", 84, None, "bpm", "HR"),
            ("temperature", "37.1", 37.1, None, "\u00b0C", "Temp"), ("respiratory_rate", "18", 18, None, "/min", "RR"),
            ("oxygen_saturation", "93", 93, None, "%", "SpO2"), ("weight", "101.2", 101.2, None, "kg", "Wt")]
    d.para("Vitals: " + "   ".join(f"{l} {vt}{'' if u == '%' else ' '}{u}" for k, vt, n, s, u, l in vits) +
           " (room air). Scattered expiratory wheeze, no crackles. No calf swelling.", size=9.5)
    labs_r = [("Sodium", "131", "mmol/L", "135-145", "L"), ("Potassium", "3.8", "mmol/L", "3.5-5.0", ""),
              ("Creatinine", "92", "umol/L", "60-110", ""), ("eGFR", "79", "mL/min/1.73m2", ">60", "")]
    lab_dt = D(2026, 10, 14)
    d.para("Labs 2026-10-14: " + "; ".join(f"{n} {v} {u} ({r}){' ' + f if f else ''}" for n, v, u, r, f in labs_r),
           size=9.5)
    d.text("A/P:", size=10, bold=True)
    ap = ["1. COPD with acute exacerbation, mild (J44.1) - start prednisone 40 mg PO daily x 5 days and doxycycline "
          "100 mg PO BID x 7 days. Rule out pneumonia: chest X-ray ordered today.",
          "2. Hypertension (I10) - hold HCTZ given hyponatremia; continue amlodipine and lisinopril. Recheck lytes in "
          "1 week.",
          "3. Hyponatremia (E87.1), mild - likely thiazide-related.",
          "4. Obstructive sleep apnea - stable on CPAP.",
          "5. Consider pulmonary rehab referral; to start roflumilast if further exacerbations.",
          "6. Influenza vaccine given today (Fluzone High-Dose, lot UT5551AA, left deltoid). Pneumococcal vaccine "
          "offered - declined by patient."]
    for s in ap:
        d.para(s, x=d.m + 8, size=9.5, after=2)
    d.gap(6)
    d.text("Electronically signed: I. Solberg, MD   2026-10-20 16:48", size=8.5)
    truth = dict(service_date=dt)
    truth["medications"] = [med(n, ds, u, "inhaled" if r == "inhaled" else "oral", fq, st, brand=b,
                                **({"aliases": ["HCTZ"]} if n == "Hydrochlorothiazide" else {}))
                            for n, ds, u, r, fq, st, b in meds] + [
        med("prednisone", "40", "mg", "oral", "daily x 5 days", "new"),
        med("doxycycline", "100", "mg", "oral", "BID x 7 days", "new")]
    truth["vitals"] = [vit(k, vt, n, s, u) for k, vt, n, s, u, l in vits]
    truth["labs"] = [lab(n, v, u, r, f, lab_dt) for n, v, u, r, f in labs_r]
    truth["allergies"] = [alg("sulfonamide antibiotics", "hives")]
    truth["conditions"] = [cond("COPD with acute exacerbation", "active", "J44.1", aliases=["COPD"]),
                           cond("Hypertension", "active", "I10"), cond("Hyponatremia", "active", "E87.1"),
                           cond("Obstructive sleep apnea", "active")]
    truth["immunizations"] = [imm("Influenza vaccine", dt, None, "UT5551AA", brand="Fluzone High-Dose")]
    truth["must_not"] = [
        mn("medications", "roflumilast", "planned", "to start if further exacerbations"),
        mn("conditions", "pneumonia", "other", "rule out"), mn("conditions", "haemoptysis", "negated"),
        mn("conditions", "fever", "negated"),
        mn("conditions", "chest pain", "negated"), mn("conditions", "asthma", "negated"),
        mn("conditions", "breast cancer", "family"), mn("conditions", "type 1 diabetes", "family"),
        mn("immunizations", "Pneumococcal vaccine", "negated", "declined")]
    return d.finish(), truth


# ======================================================================================
# 10 Uganda - HIV (ART) clinic note
# ======================================================================================

@document(10, "ug", "art_clinic_note", "medical_record", "Uganda",
          "HIV/ART clinic review note (prose)", ["%d/%m/%Y"])
def doc10():
    dt = D(2026, 8, 5)
    d = Doc()
    d.text("KABALE ROAD HEALTH CENTRE IV - ART CLINIC", size=12, bold=True)
    d.text("P.O. Box 5551, Mbarara, Uganda    Tel: 0485 555 0119", size=8.5)
    d.rule()
    d.text("CLINICAL REVIEW NOTE", size=11, bold=True)
    d.text("Client: NAMUBIRU Grace    Sex: F    Age: 38 yrs    ART No: KRH-ART-5551    Date: 05/08/2026", size=9)
    d.rule()
    vits = [("weight", "61.5", 61.5, None, "kg", "Weight"), ("blood_pressure", "118/76", 118, 76, "mmHg", "BP"),
            ("temperature", "36.6", 36.6, None, "\u00b0C", "Temp"), ("heart_rate", "78", 78, None, "bpm", "Pulse")]
    d.para("Vital signs: " + ", ".join(f"{l} {vt} {u}" for k, vt, n, s, u, l in vits) + ".", size=9.5)
    P = lambda s: d.para(s, size=9.5, after=5)
    P("History: 38-year-old woman living with HIV infection (WHO stage 1 now), on first-line ART since 2019 after "
      "cryptococcal meningitis (2019), fully recovered. Good adherence (no missed doses by pill count). "
      "TB screen negative today: no cough, fever, night sweats or weight loss; no signs of active tuberculosis.")
    P("Current ART and prophylaxis: Tenofovir/Lamivudine/Dolutegravir (TLD) 300/300/50 mg one tablet once daily "
      "(TDF/3TC/DTG); Cotrimoxazole 960 mg once daily. She completed 6 months of isoniazid preventive therapy "
      "(isoniazid 300 mg daily) in March 2025.")
    P("Allergy: nevirapine - Stevens-Johnson syndrome (2018). Do not re-challenge.")
    P("Family: her mother has diabetes. Husband attends the same clinic.")
    labs_r = [("Viral load", "< 50", "copies/mL", D(2026, 6, 12)), ("CD4 count", "412", "cells/\u00b5L", D(2026, 6, 12)),
              ("Creatinine", "74", "\u00b5mol/L", D(2026, 6, 12)), ("Haemoglobin", "11.9", "g/dL", D(2026, 6, 12))]
    P("Results (12/06/2026): " + "; ".join(f"{n} {v} {u}" for n, v, u, x in labs_r) +
      ". In October 2025 her viral load was 1,240 copies/mL; enhanced adherence counselling was done and the "
      "repeat is now suppressed.")
    P("Plan: continue TLD and cotrimoxazole, 3-month refill given (multi-month dispensing). Due for cervical "
      "cancer screening (VIA) at next visit. Wishes to start family planning - Depo-Provera to be given at next "
      "visit. Next viral load due 06/2027.")
    d.gap(6)
    d.text("Clinician: Sr. Harriet Kyomuhendo (Clinical Officer)      Next appointment: 04/11/2026", size=9)
    truth = dict(service_date=dt)
    truth["vitals"] = [vit(k, vt, n, s, u) for k, vt, n, s, u, l in vits]
    truth["labs"] = [lab(n, v, u, None, None, x) for n, v, u, x in labs_r] + [
        lab("viral load", "1,240", "copies/mL", None, None, None, optional=True, note="October 2025, no full date")]
    truth["medications"] = [
        med("Tenofovir/Lamivudine/Dolutegravir", "300/300/50", "mg", "oral", "once daily", "active",
            aliases=["TLD", "TDF/3TC/DTG"]),
        med("Cotrimoxazole", "960", "mg", "oral", "once daily", "active"),
        med("isoniazid", "300", "mg", "oral", "daily", "completed", note="6-month IPT completed March 2025")]
    truth["allergies"] = [alg("nevirapine", "Stevens-Johnson syndrome")]
    truth["conditions"] = [cond("HIV infection", "active"), cond("cryptococcal meningitis", "history")]
    truth["must_not"] = [
        mn("medications", "isoniazid", "historical", "preventive therapy completed"),
        mn("medications", "Depo-Provera", "planned", "to be given at next visit"),
        mn("conditions", "tuberculosis", "negated"), mn("conditions", "diabetes", "family"),
        mn("conditions", "cervical cancer", "other", "screening due, not a diagnosis")]
    return d.finish(), truth


# ======================================================================================
# 11 US California - C-CDA CCD rendered with the HL7 stylesheet, 3 pages
# ======================================================================================

def _hdr11(d):
    if d.page > 1:
        d.at(d.m, d.H - 30, "Continuity of Care Document  -  QUINTANILLA-HEAD, MARISOL  -  MRN GP-5550784  -  "
             "DOB Mar 22, 1969", 8, True)
        d.c.line(d.m, d.H - 35, d.W - d.m, d.H - 35)
        d.y = d.H - 54


@document(11, "us", "ccda_ccd", "medical_record", "United States (California)",
          "C-CDA continuity of care document (HL7 stylesheet rendering)", ["%b %-d, %Y", "%B %-d, %Y"])
def doc11():
    from reportlab.lib.pagesizes import letter
    dt, prev = D(2026, 10, 14), D(2026, 7, 8)
    S = lambda x: x.strftime("%b %-d, %Y")
    d = Doc(size=letter, header=_hdr11)
    d.text("Continuity of Care Document", size=16, bold=True, align="c")
    d.gap(4)
    hdr = [["Patient", "MARISOL QUINTANILLA-HEAD", "Contact info", "4417 N Palm Ave, Fresno, CA 93704  Tel: (559) 555-0142"],
           ["Date of birth", "March 22, 1969", "Patient IDs", "GP-5550784 (2.16.840.1.113883.3.5550)"],
           ["Sex", "Female", "Race / Ethnicity", "White / Hispanic or Latino"],
           ["Document Id", "5550-ccd-20261014", "Document Created:", "October 14, 2026"],
           ["Author", "Esteban Vidaurri, MD, Golden Poppy Community Health Center", "Custodian",
            "Golden Poppy Community Health Center"]]
    d.table(None, hdr, [85, 160, 85, 182], size=8, rules=None, bold=lambda r, c: c in (0, 2))
    d.rule(after=12)
    d.text("Table of Contents", size=10, bold=True)
    toc = ["Allergies and Intolerances", "Medications", "Problems", "Immunizations", "Results", "Vital Signs",
           "Plan of Care", "Encounters", "Family History", "Insurance Providers", "Care Team"]
    d.para("  |  ".join(toc), size=8.5)

    def section(title):
        d.need(50)
        d.gap(2)
        d.text(title, size=11.5, bold=True)

    section("Allergies and Intolerances")
    allergies = [("Sulfamethoxazole-trimethoprim", "Hives", "Moderate", "Active"),
                 ("Latex", "Contact dermatitis", "Mild", "Active")]
    d.table(["Substance", "Reaction", "Severity", "Status"], [list(a) for a in allergies], [170, 140, 100, 100],
            size=8.5, hfill=0.85)
    section("Medications")
    meds = [  # printed name, directions, start, status, truth
        ("Lisinopril 10 MG Oral Tablet", "Take 1 tablet by mouth once daily", "Feb 2, 2022", "Active",
         med("Lisinopril", "10", "mg", "oral", "once daily", "active")),
        ("Metformin hydrochloride 500 MG Oral Tablet", "Take 1 tablet by mouth twice daily with meals", "Jun 9, 2020",
         "Active", med("Metformin hydrochloride", "500", "mg", "oral", "twice daily with meals", "active")),
        ("Insulin glargine 100 UNT/ML Pen Injector [Lantus SoloStar]", "Inject 18 units subcutaneously at bedtime",
         "Jan 15, 2026", "Active", med("Insulin glargine", "18", "units", "subcutaneous", "at bedtime", "active",
                                         brand="Lantus", concentration="100 UNT/ML")),
        ("Atorvastatin 40 MG Oral Tablet", "Take 1 tablet by mouth at bedtime", "Jun 9, 2020", "Active",
         med("Atorvastatin", "40", "mg", "oral", "at bedtime", "active")),
        ("Nitrofurantoin monohydrate/macrocrystals 100 MG Oral Capsule", "Take 1 capsule twice daily for 5 days",
         "Aug 30, 2026", "Completed", med("Nitrofurantoin", "100", "mg", "oral", "twice daily for 5 days",
                                          "completed")),
        ("Glipizide 5 MG Oral Tablet", "Take 1 tablet by mouth before breakfast", "Jun 9, 2020",
         "Discontinued", med("Glipizide", "5", "mg", "oral", "before breakfast", "stopped",
                             note="discontinued Jan 15, 2026 when insulin started")),
    ]
    d.table(["Medication", "Directions", "Start Date", "Status"], [list(m[:4]) for m in meds], [190, 170, 75, 75],
            size=8.5, hfill=0.85)
    section("Problems")
    probs = [("Type 2 diabetes mellitus with hyperglycemia", "E11.65", "Jun 9, 2020", "Active", "active"),
             ("Essential hypertension", "I10", "Feb 2, 2022", "Active", "active"),
             ("Mixed hyperlipidemia", "E78.2", "Jun 9, 2020", "Active", "active"),
             ("Class 1 obesity", "E66.811", "Jan 15, 2026", "Active", "active"),
             ("Acute cystitis without hematuria", "N30.00", "Aug 30, 2026", "Resolved", "resolved")]
    d.table(["Problem", "ICD-10-CM", "Onset", "Status"], [list(p[:4]) for p in probs], [220, 90, 100, 100],
            size=8.5, hfill=0.85)
    section("Immunizations")
    imms = [("Influenza, seasonal, injectable, preservative free", dt, "FL5551K", "Completed"),
            ("Zoster vaccine recombinant, adjuvanted (Shingrix) - dose 2", D(2025, 8, 12), "SX5552R", "Completed"),
            ("Zoster vaccine recombinant, adjuvanted (Shingrix) - dose 1", D(2025, 4, 9), "SX5550Q", "Completed"),
            ("Tdap", D(2021, 3, 3), "TD5550C", "Completed"),
            ("COVID-19, mRNA, 2026-2027 formula", dt, "", "Refused - patient decision")]
    d.table(["Vaccine", "Date", "Lot Number", "Status"], [[v, S(x), l, s] for v, x, l, s in imms],
            [230, 85, 85, 110], size=8.5, hfill=0.85)
    section("Results")
    res = [("Hemoglobin A1c", "8.2", "%", "4.0-5.6", "H", None), ("Glucose, fasting", "171", "mg/dL", "70-99", "H", None),
           ("Creatinine", "0.88", "mg/dL", "0.57-1.00", "", None), ("eGFR", "78", "mL/min/1.73m2", ">59", "", None),
           ("LDL cholesterol", "96", "mg/dL", "<100", "", None),
           ("Albumin/Creatinine Ratio, urine", "18", "mg/g", "<30", "", "urine")]
    d.text("Collected " + S(D(2026, 10, 7)), size=8.5)
    d.table(["Test", "Result", "Units", "Reference Range", "Flag"], [list(r[:5]) for r in res],
            [170, 70, 100, 110, 60], size=8.5, hfill=0.85)
    section("Vital Signs")
    vrows = [("Blood Pressure", "138/84 mmHg", "142/88 mmHg"), ("Heart Rate", "78 /min", "82 /min"),
             ("Body Temperature", "98.4 [degF] (36.9 Cel)", ""), ("Body Weight", "176 [lb_av] (79.8 kg)", "179 [lb_av] (81.2 kg)"),
             ("Body Height", "64 [in_i] (162.6 cm)", ""), ("BMI", "30.2 kg/m2", "30.7 kg/m2"),
             ("Oxygen Saturation", "98 %", "")]
    d.table(["Vital", S(dt), S(prev)], [list(v) for v in vrows], [170, 170, 170], size=8.5, hfill=0.85)
    section("Plan of Care")
    plan = ["Pneumococcal conjugate vaccine (PCV20) - planned for next visit",
            "Diabetic retinal exam - referral placed to Valley Eye Associates",
            "Consider dapagliflozin 10 mg daily if A1c remains above 8%",
            "Follow-up visit in 3 months (Jan 2027)"]
    d.table(["Planned activity"], [[p] for p in plan], [510], size=8.5, hfill=0.85)
    section("Encounters")
    d.table(["Encounter", "Provider", "Location", "Date"],
            [["Office Visit - established patient", "Esteban Vidaurri, MD", "Golden Poppy CHC - Fresno", S(dt)],
             ["Office Visit - established patient", "Esteban Vidaurri, MD", "Golden Poppy CHC - Fresno", S(prev)]],
            [160, 120, 150, 80], size=8.5, hfill=0.85)
    section("Family History")
    d.table(["Relative", "Condition", "Age at onset"], [["Father", "Colon cancer", "66"], ["Mother", "Type 2 diabetes", "50"]],
            [120, 250, 140], size=8.5, hfill=0.85)
    section("Insurance Providers")
    d.table(["Payer", "Member ID", "Group", "Type"], [["Blue Horizon Health Plan", "BHX5550193", "G-5550", "PPO"]],
            [170, 120, 100, 120], size=8.5, hfill=0.85)
    section("Care Team")
    d.table(["Member", "Role", "Phone"], [["Esteban Vidaurri, MD", "Primary care physician", "(559) 555-0145"],
                                          ["Rosalind Achebe, RN, CDCES", "Diabetes educator", "(559) 555-0146"]],
            [190, 190, 130], size=8.5, hfill=0.85)
    truth = dict(service_date=dt)
    truth["allergies"] = [alg("Sulfamethoxazole-trimethoprim", "Hives", "Moderate"), alg("Latex", "Contact dermatitis", "Mild")]
    truth["medications"] = [m[4] for m in meds]
    truth["conditions"] = [cond(p, st, icd) for p, icd, o, s, st in probs]
    truth["immunizations"] = [
        imm("Influenza, seasonal, injectable, preservative free", dt, None, "FL5551K"),
        imm("Zoster vaccine recombinant, adjuvanted", D(2025, 8, 12), 2, "SX5552R", brand="Shingrix"),
        imm("Zoster vaccine recombinant, adjuvanted", D(2025, 4, 9), 1, "SX5550Q", brand="Shingrix"),
        imm("Tdap", D(2021, 3, 3), None, "TD5550C")]
    truth["labs"] = [lab(n, v, u, r, f, D(2026, 10, 7), **({"specimen": s} if s else {})) for n, v, u, r, f, s in res]
    truth["vitals"] = [
        vit("blood_pressure", "138/84", 138, 84, "mmHg", date=iso(dt)),
        vit("blood_pressure", "142/88", 142, 88, "mmHg", date=iso(prev)),
        vit("heart_rate", "78", 78, None, "/min", date=iso(dt)), vit("heart_rate", "82", 82, None, "/min", date=iso(prev)),
        vit("temperature", "98.4", 98.4, None, "[degF]", also_ok={"value_numeric": 36.9, "unit": "Cel"}, date=iso(dt)),
        vit("weight", "176", 176, None, "[lb_av]", also_ok={"value_numeric": 79.8, "unit": "kg"}, date=iso(dt)),
        vit("weight", "179", 179, None, "[lb_av]", also_ok={"value_numeric": 81.2, "unit": "kg"}, date=iso(prev)),
        vit("height", "64", 64, None, "[in_i]", also_ok={"value_numeric": 162.6, "unit": "cm"}, date=iso(dt)),
        vit("bmi", "30.2", 30.2, None, "kg/m2", date=iso(dt)), vit("bmi", "30.7", 30.7, None, "kg/m2", date=iso(prev)),
        vit("oxygen_saturation", "98", 98, None, "%", date=iso(dt))]
    truth["must_not"] = [
        mn("medications", "Nitrofurantoin", "historical", "course completed"),
        mn("medications", "Glipizide", "stopped", "discontinued"),
        mn("medications", "dapagliflozin", "planned", "consider if A1c remains above 8%"),
        mn("immunizations", "COVID-19, mRNA", "negated", "refused"),
        mn("immunizations", "Pneumococcal conjugate vaccine", "planned", "planned for next visit"),
        mn("conditions", "Colon cancer", "family"),
        mn("conditions", "Blue Horizon Health Plan", "not_clinical", "insurance payer")]
    return d.finish(), truth


# ======================================================================================
# 12 US New York - Cerner / Oracle Health clinical visit summary, two-column layout
# ======================================================================================

def _hdr12(d):
    d.c.setFillGray(0.9)
    d.c.rect(d.m, d.H - 40, d.W - 2 * d.m, 18, stroke=0, fill=1)
    d.c.setFillGray(0)
    d.at(d.m + 4, d.H - 34, "BRAITHWAITE-NUNEZ, EZEKIEL   MRN: 5550-33871   DOB: 11/07/1955   Visit: 09/03/2026", 8.5, True)
    d.at(d.W - d.m, d.H - 50, "Oracle Health (Cerner) - Clinical Visit Summary - printed 09/03/2026 12:02", 7.5,
         align="r")
    d.y = d.H - 68


@document(12, "us", "cerner_visit_summary", "medical_record", "United States (New York)",
          "Cerner/Oracle Health clinical visit summary (two-column)", ["%m/%d/%Y"])
def doc12():
    from reportlab.lib.pagesizes import letter
    dt = D(2026, 9, 3)
    d = Doc(size=letter, header=_hdr12)
    d.text("Hudson Terrace Internal Medicine", size=13, bold=True)
    d.text("85 Lark Street, Albany, NY 12210   (518) 555-0117   Provider: Miriam Oduya-Kessler, MD", size=8.5)
    d.text("Reason for visit: heart failure follow-up, gout flare last month", size=8.5)
    d.rule()
    top = d.y
    colw = (d.W - 2 * d.m - 20) / 2
    xl, xr = d.m, d.m + colw + 20

    def col(x, y, items):
        for kind, s in items:
            if kind == "h":
                y -= 4
                d.c.setFillGray(0.85)
                d.c.rect(x, y - 3, colw, 13, stroke=0, fill=1)
                d.c.setFillGray(0)
                d.at(x + 3, y, s, 9.5, True)
                y -= 15
            else:
                for ln in wrap(s, "Helvetica", 8.5, colw - 8):
                    d.at(x + 4, y, ln, 8.5)
                    y -= 11
                y -= 1
        return y

    vits = [("blood_pressure", "128/76", 128, 76, "mmHg", "Blood Pressure"), ("heart_rate", "64", 64, None, "bpm", "Pulse"),
            ("temperature", "97.9", 97.9, None, "\u00b0F", "Temperature"),
            ("respiratory_rate", "14", 14, None, "br/min", "Respirations"),
            ("oxygen_saturation", "96", 96, None, "%", "SpO2"), ("weight", "198", 198, None, "lb", "Weight"),
            ("height", "70", 70, None, "in", "Height"), ("bmi", "28.4", 28.4, None, "kg/m2", "BMI")]
    allergies = [("Penicillins", "anaphylaxis", "Severe"), ("Iodinated contrast media", "hives", "Moderate")]
    probs = [("Atrial fibrillation", "I48.91", "active"),
             ("Chronic systolic heart failure (HFrEF)", "I50.22", "active"),
             ("Chronic kidney disease, stage 3a", "N18.31", "active"), ("Gout", "M10.9", "active"),
             ("History of prostate cancer, s/p radical prostatectomy 2018", "Z85.46", "history")]
    left = [("h", "Vital Signs (09/03/2026 10:12)")] + [("t", f"{l}: {vt} {u}") for k, vt, n, s, u, l in vits] + \
           [("h", "Allergies")] + [("t", f"{a} - {r} ({s})") for a, r, s in allergies] + \
           [("h", "Problem List")] + [("t", f"{p} [{c}]") for p, c, s in probs] + \
           [("h", "Immunizations Today"), ("t", "Influenza, high-dose (Fluzone High-Dose) 0.5 mL IM, Lot FZ5552B, "
                                           "right deltoid"),
            ("h", "Health Maintenance"), ("t", "Zoster recombinant (Shingrix) dose 2 - due 11/2026"),
            ("t", "Colorectal cancer screening - up to date")]
    meds = [("Apixaban", "Eliquis", "5", "mg", "1 tab PO BID", "active", "Continue"),
            ("Metoprolol succinate ER", "Toprol-XL", "50", "mg", "1 tab PO daily", "active", "Continue"),
            ("Sacubitril/valsartan", "Entresto", "49/51", "mg", "1 tab PO BID", "active", "Continue"),
            ("Furosemide", "Lasix", "40", "mg", "1 tab PO daily", "changed", "Changed - increased from 20 mg"),
            ("Allopurinol", None, "100", "mg", "1 tab PO daily", "active", "Continue"),
            ("Colchicine", None, "0.6", "mg", "1 tab PO daily PRN gout flare", "active", "Continue")]
    right = [("h", "Medication List")] + \
            [("t", f"{n}{' (' + b + ')' if b else ''} {ds} {u} tablet - {fq}. {note}.") for n, b, ds, u, fq, st, note in meds] + \
            [("h", "STOP taking these medications"), ("t", "Spironolactone 25 mg tablet - 1 tab PO daily (potassium 5.4)")]
    res = [("Potassium", "5.4", "mmol/L", "3.5-5.1", "H"), ("Creatinine", "1.62", "mg/dL", "0.70-1.30", "H"),
           ("BNP", "388", "pg/mL", "<100", "H"), ("Uric acid", "6.2", "mg/dL", "3.5-7.2", ""),
           ("Sodium", "138", "mmol/L", "136-145", "")]
    right += [("h", "Results (collected 09/03/2026)")] + [("t", f"{n}  {v} {u}  ({r})  {f}".rstrip()) for n, v, u, r, f in res]
    right += [("h", "Patient Instructions"),
              ("t", "Weigh yourself every morning. Call if weight goes up more than 3 lb in a day or 5 lb in a week. "
                    "Limit salt to 2,000 mg a day. Avoid ibuprofen and naproxen (NSAIDs)."),
              ("h", "Next Appointment"), ("t", "10/01/2026 09:30 - Miriam Oduya-Kessler, MD (lab draw first)")]
    yl = col(xl, top, left)
    yr = col(xr, top, right)
    d.y = min(yl, yr) - 6
    d.rule()
    d.text("Electronically signed by Miriam Oduya-Kessler, MD on 09/03/2026 11:58", size=8)
    truth = dict(service_date=dt)
    truth["vitals"] = [vit(k, vt, n, s, u) for k, vt, n, s, u, l in vits]
    truth["allergies"] = [alg(a, r, s) for a, r, s in allergies]
    truth["conditions"] = [cond("Atrial fibrillation", "active", "I48.91"),
                           cond("Chronic systolic heart failure", "active", "I50.22", aliases=["HFrEF"]),
                           cond("Chronic kidney disease, stage 3a", "active", "N18.31"), cond("Gout", "active", "M10.9"),
                           cond("prostate cancer", "history", "Z85.46", note="history of, s/p prostatectomy 2018")]
    truth["medications"] = [med(n, ds, u, "PO", fq, st, brand=b) for n, b, ds, u, fq, st, note in meds] + [
        med("Spironolactone", "25", "mg", "PO", "1 tab PO daily", "stopped")]
    truth["labs"] = [lab(n, v, u, r, f, dt) for n, v, u, r, f in res]
    truth["immunizations"] = [imm("Influenza, high-dose", dt, None, "FZ5552B", brand="Fluzone High-Dose", ambig=True)]
    truth["must_not"] = [mn("medications", "Spironolactone", "stopped"),
                         mn("immunizations", "Shingrix", "due", "dose 2 due 11/2026"),
                         mn("medications", "ibuprofen", "other", "avoid NSAIDs advice"),
                         mn("medications", "naproxen", "other", "avoid NSAIDs advice"),
                         mn("conditions", "Colorectal cancer", "other", "screening up to date")]
    return d.finish(), truth


# ======================================================================================
# 13 Singapore - patient portal export (Sunrise/Allscripts source), 2 pages
# ======================================================================================

def _hdr13(d):
    d.at(d.m, d.H - 30, "Name: TAN WEI LING, JOYCE    NRIC: S****555J    DOB: 08 Aug 1964", 8.5, True)
    d.at(d.W - d.m, d.H - 30, "MyHealth Records export - 05 Nov 2026", 8, align="r")
    d.at(d.m, d.H - 41, "Source: Kallang River Polyclinic / Sunrise Clinical Manager (Allscripts)", 7.5)
    d.c.line(d.m, d.H - 45, d.W - d.m, d.H - 45)
    d.y = d.H - 62


@document(13, "sg", "patient_portal_export", "medical_record", "Singapore",
          "patient portal export (health records summary, repeating header)", ["%d %b %Y"])
def doc13():
    S = lambda x: x.strftime("%d %b %Y")
    d = Doc(header=_hdr13)
    d.text("My Health Summary", size=15, bold=True)
    d.text("This summary was exported by the patient from the portal. It is not a referral letter.", size=8.5)
    d.gap(4)

    def sec(t):
        d.need(50)
        d.gap(4)
        d.text(t, size=11, bold=True)

    sec("Health Conditions")
    conds = [("Hypertension", "I10", "Active"), ("Type 2 diabetes mellitus", "E11.9", "Active"),
             ("Hyperlipidaemia", "E78.5", "Active"), ("Gastro-oesophageal reflux disease", "K21.9", "Resolved")]
    d.table(["Condition", "Code", "Status"], [list(c) for c in conds], [260, 90, 100], size=8.5, rules="lines")
    sec("Allergies")
    d.table(["Allergen", "Reaction", "Severity"], [["Allopurinol", "Rash with blistering", "Severe"]],
            [200, 160, 100], size=8.5, rules="lines")
    sec("Current Medications")
    meds = [("Amlodipine", "5 mg", "1 tablet OM", D(2021, 3, 4)), ("Losartan", "50 mg", "1 tablet OM", D(2022, 9, 13)),
            ("Metformin", "850 mg", "1 tablet BD", D(2019, 5, 20)), ("Simvastatin", "20 mg", "1 tablet ON", D(2019, 5, 20)),
            ("Paracetamol", "1 g", "QID PRN for pain", D(2026, 10, 28))]
    d.table(["Medication", "Dose", "Frequency", "Start date", "Prescribed by"],
            [[n, ds, f, S(x), "Dr Lim K.H."] for n, ds, f, x in meds], [120, 70, 120, 80, 110], size=8.5, rules="lines")
    sec("Past Medications")
    d.table(["Medication", "Dose", "Frequency", "Stopped", "Reason"],
            [["Glipizide", "5 mg", "1 tablet OM", S(D(2026, 3, 12)), "Hypoglycaemia"]],
            [120, 70, 120, 80, 110], size=8.5, rules="lines")
    sec("Vital Signs (last recorded 28 Oct 2026)")
    vits = [("blood_pressure", "136/84", 136, 84, "mmHg", "Blood pressure"), ("weight", "68.2", 68.2, None, "kg", "Weight"),
            ("height", "160", 160, None, "cm", "Height"), ("bmi", "26.6", 26.6, None, "kg/m2", "BMI"),
            ("heart_rate", "72", 72, None, "bpm", "Pulse rate")]
    d.table(["Measurement", "Value", "Unit"], [[l, vt, u] for k, vt, n, s, u, l in vits], [200, 100, 100], size=8.5,
            rules="lines")
    d.newpage()
    sec("Laboratory Results")
    res = [("HbA1c", "7.4", "%", "4.0 - 6.0", "High", D(2026, 10, 28), None),
           ("LDL Cholesterol", "2.9", "mmol/L", "< 2.6", "High", D(2026, 10, 28), None),
           ("Creatinine", "96", "\u00b5mol/L", "45 - 90", "High", D(2026, 10, 28), None),
           ("Potassium", "4.3", "mmol/L", "3.5 - 5.1", "Normal", D(2026, 10, 28), None),
           ("Urine Microalbumin/Creatinine Ratio", "6.1", "mg/mmol", "< 3.4", "High", D(2026, 10, 28), "urine"),
           ("HbA1c", "7.9", "%", "4.0 - 6.0", "High", D(2026, 6, 15), None),
           ("Creatinine", "88", "\u00b5mol/L", "45 - 90", "Normal", D(2026, 6, 15), None)]
    d.table(["Test", "Result", "Unit", "Reference range", "Status", "Date"],
            [[n, v, u, r, f, S(x)] for n, v, u, r, f, x, s in res], [150, 50, 60, 90, 55, 90], size=8.5, rules="lines")
    sec("Immunisations")
    imms = [("Influenza (Quadrivalent)", "Vaxigrip Tetra", D(2025, 10, 12), "VX5553A", None),
            ("Pneumococcal Conjugate (PCV20)", "Prevenar 20", D(2026, 2, 3), "PV5554B", None),
            ("COVID-19 mRNA", "Comirnaty", D(2025, 9, 20), "CM5555C", None)]
    d.table(["Vaccine", "Brand", "Date given", "Batch"], [[v, b, S(x), l] for v, b, x, l, n in imms],
            [180, 110, 90, 90], size=8.5, rules="lines")
    sec("Upcoming Appointments")
    d.table(["Appointment", "Date", "Location"],
            [["Diabetic Eye Screening (DRP)", S(D(2027, 1, 20)), "Kallang River Polyclinic"],
             ["Diabetic Foot Screening", S(D(2027, 1, 20)), "Kallang River Polyclinic"],
             ["Doctor consultation - chronic disease review", S(D(2027, 2, 2)), "Kallang River Polyclinic"]],
            [230, 90, 170], size=8.5, rules="lines")
    sec("Visit History")
    d.table(["Date", "Institution", "Type"],
            [[S(D(2026, 10, 28)), "Kallang River Polyclinic", "Chronic disease review"],
             [S(D(2026, 6, 15)), "Kallang River Polyclinic", "Chronic disease review"]], [90, 200, 200], size=8.5,
            rules="lines")
    truth = dict(service_date=None)
    truth["conditions"] = [cond(c, s.lower(), code) for c, code, s in conds]
    truth["allergies"] = [alg("Allopurinol", "Rash with blistering", "Severe")]
    truth["medications"] = [med(n, ds.split()[0], ds.split()[1], "oral", f, "active") for n, ds, f, x in meds] + [
        med("Glipizide", "5", "mg", "oral", "1 tablet OM", "stopped")]
    truth["vitals"] = [vit(k, vt, n, s, u, date="2026-10-28") for k, vt, n, s, u, l in vits]
    truth["labs"] = [lab(n, v, u, r, f, x, **({"specimen": s} if s else {})) for n, v, u, r, f, x, s in res]
    truth["immunizations"] = [imm(v, x, None, l, brand=b) for v, b, x, l, n in imms]
    truth["must_not"] = [mn("medications", "Glipizide", "stopped"),
                         mn("conditions", "Diabetic Eye Screening", "other", "appointment, not a diagnosis"),
                         mn("conditions", "Diabetic Foot Screening", "other", "appointment, not a diagnosis")]
    return d.finish(), truth


# ======================================================================================
# 14 New Zealand - discharge summary with medication changes table, 2 pages
# ======================================================================================

def _hdr14(d):
    d.at(d.m, d.H - 30, "TAWHAI-WALSH, Hemi    NHI: ZZZ0032    DOB: 19/05/1952    Rangitoto General Hospital", 8.5, True)
    d.c.line(d.m, d.H - 35, d.W - d.m, d.H - 35)
    d.y = d.H - 52


@document(14, "nz", "discharge_summary", "discharge_summary", "New Zealand",
          "hospital discharge summary (pneumonia, AKI) with medication changes table", ["%d/%m/%Y"])
def doc14():
    adm, dis = D(2026, 10, 8), D(2026, 10, 14)
    d = Doc(header=_hdr14)
    d.text("DISCHARGE SUMMARY - General Medicine", size=13, bold=True)
    d.text("Rangitoto General Hospital, 300 Great South Road, Auckland 1051   Ph 09 555 0132", size=8.5)
    d.text("Admitted: 08/10/2026     Discharged: 14/10/2026     Consultant: Dr Anahera Whitfield", size=9)
    d.text("GP: Dr Sione Latu, Onehunga Family Doctors", size=9)
    d.rule()
    d.text("Diagnoses", size=10.5, bold=True)
    d.para("Principal: Community-acquired pneumonia, right lower lobe (J18.9). "
           "Secondary: Acute kidney injury (N17.9) - pre-renal, resolving.", size=9.5)
    d.para("Background: Type 2 diabetes; Heart failure with preserved ejection fraction; Gout; previous pulmonary "
           "embolism (2017); appendicectomy (1968).", size=9.5)
    d.text("Allergies / ADRs: codeine - vomiting", size=9.5, bold=True)
    d.gap(4)
    d.text("Clinical course", size=10.5, bold=True)
    d.para("Presented with 3 days of fever, productive cough and confusion. On arrival BP 96/58 mmHg, HR 112 bpm, "
           "temperature 38.9 \u00b0C, RR 26, SpO2 89% on room air; weight 88.4 kg. CXR: right lower lobe consolidation. "
           "Treated with IV ceftriaxone 2 g daily for 4 days, IV sodium chloride 0.9% and oxygen, then switched to oral "
           "amoxicillin. Ondansetron 4 mg IV was given for nausea on day 1. Creatinine peaked at 168 \u00b5mol/L and improved "
           "with fluids after empagliflozin and cilazapril were withheld. Oxygen weaned off on day 4.", size=9.5)
    vd = [("blood_pressure", "128/72", 128, 72, "mmHg", "BP"), ("heart_rate", "84", 84, None, "bpm", "HR"),
          ("temperature", "36.8", 36.8, None, "\u00b0C", "Temp"), ("respiratory_rate", "18", 18, None, "/min", "RR"),
          ("oxygen_saturation", "95", 95, None, "%", "SpO2"), ("weight", "86.1", 86.1, None, "kg", "Weight")]
    d.para("Observations on discharge (14/10/2026): " + ", ".join(
        f"{l} {vt}{'%' if u == '%' else ' ' + u}" for k, vt, n, s, u, l in vd) + " on room air.", size=9.5)
    d.text("Key results (no reference ranges shown)", size=10.5, bold=True)
    kr = [("CRP", "mg/L", "214", "38"), ("Creatinine", "\u00b5mol/L", "168", "104"), ("WBC", "x10^9/L", "17.2", "9.1"),
          ("Sodium", "mmol/L", "131", "137")]
    d.table(["Test", "Units", adm.strftime("%d/%m/%Y"), dis.strftime("%d/%m/%Y")], [list(r) for r in kr],
            [150, 90, 90, 90], size=8.5, rules="grid", hfill=0.9)
    d.newpage()
    d.text("Medication changes", size=10.5, bold=True)
    mc = [("Amoxicillin", "500 mg", "three times daily", "NEW", "5 more days, finish 19/10/2026", "new"),
          ("Paracetamol", "1 g", "four times daily as required", "NEW", "pain / fever", "new"),
          ("Metformin", "500 mg", "twice daily", "CHANGED", "reduced from 1 g twice daily (AKI)", "changed"),
          ("Empagliflozin", "10 mg", "once daily", "WITHHELD", "restart when eating and drinking normally", "held"),
          ("Cilazapril", "2.5 mg", "once daily", "STOPPED", "stopped - AKI; GP to review BP", "stopped"),
          ("Furosemide", "40 mg", "mane", "CONTINUE", "", "active"),
          ("Allopurinol", "200 mg", "once daily", "UNCHANGED", "", "active"),
          ("Atorvastatin", "40 mg", "nocte", "CONTINUE", "", "active")]
    d.table(["Medication", "Dose", "Frequency", "Change", "Comment"], [list(r[:5]) for r in mc],
            [90, 55, 120, 70, 160], size=8.5, rules="grid", hfill=0.9)
    d.text("Follow-up / GP actions", size=10.5, bold=True)
    for s in ["Check creatinine and electrolytes in 1 week.",
              "Repeat chest X-ray in 6 weeks to rule out underlying malignancy.",
              "Avoid NSAIDs while renal function recovers.",
              "Influenza vaccine recommended - not given in hospital; please offer at the practice.",
              "Restart empagliflozin once renal function back to baseline."]:
        d.para("- " + s, x=d.m + 6, size=9.5, after=1)
    d.gap(8)
    d.text("Dr Tomasz Wilk, House Officer, for Dr A. Whitfield     14/10/2026", size=9)
    truth = dict(service_date=dis)
    truth["conditions"] = [cond("Community-acquired pneumonia", "active", "J18.9"),
                           cond("Acute kidney injury", "active", "N17.9", status_also_ok=["resolved", "resolving"]),
                           cond("Type 2 diabetes", "active"), cond("Heart failure with preserved ejection fraction", "active"),
                           cond("Gout", "active"), cond("pulmonary embolism", "history", note="previous (2017)"),
                           cond("appendicectomy", "history", optional=True)]
    truth["allergies"] = [alg("codeine", "vomiting")]
    truth["vitals"] = [vit(k, vt, n, s, u) for k, vt, n, s, u, l in vd] + [
        vit("blood_pressure", "96/58", 96, 58, "mmHg", optional=True, note="admission"),
        vit("heart_rate", "112", 112, None, "bpm", optional=True, note="admission"),
        vit("temperature", "38.9", 38.9, None, "\u00b0C", optional=True, note="admission"),
        vit("respiratory_rate", "26", 26, None, None, optional=True, note="admission"),
        vit("oxygen_saturation", "89", 89, None, "%", optional=True, note="admission"),
        vit("weight", "88.4", 88.4, None, "kg", optional=True, note="admission weight")]
    truth["labs"] = []
    for n, u, a, b in kr:
        truth["labs"] += [lab(n, a, u, None, None, adm), lab(n, b, u, None, None, dis)]
    truth["medications"] = [med(n, ds.split()[0], ds.split()[1], "oral", f, st) for n, ds, f, ch, cm, st in mc]
    truth["must_not"] = [
        mn("medications", "Cilazapril", "stopped"),
        mn("medications", "ceftriaxone", "other", "IV, hospital only"),
        mn("medications", "sodium chloride 0.9%", "other", "IV fluids, hospital only"),
        mn("medications", "Ondansetron", "other", "IV on day 1, hospital only"),
        mn("medications", "NSAIDs", "other", "avoid advice"),
        mn("conditions", "malignancy", "other", "rule out"),
        mn("immunizations", "Influenza vaccine", "planned", "recommended, not given")]
    return d.finish(), truth


# ======================================================================================
# 15 Canada (Nova Scotia) - MEDITECH discharge medication reconciliation, fixed width
# ======================================================================================

def _hdr15(d):
    d.at(d.m, d.H - 30, "Fundy Shore Regional Hospital          MEDITECH Expanse         PAGE %d" % d.page, 8.5, font="Courier")
    d.at(d.m, d.H - 41, "LEBLANC,YVETTE MARIE   ACCT# FS55501923   MR# FS000555812   HCN 5550 123 456", 8.5, font="Courier",
         bold=True)
    d.at(d.m, d.H - 52, "-" * 88, 8.5, font="Courier")
    d.y = d.H - 66


@document(15, "ca", "meditech_discharge_medrec", "discharge_summary", "Canada (Nova Scotia)",
          "MEDITECH discharge summary + medication reconciliation (fixed-width)", ["%d-%b-%Y"])
def doc15():
    adm, dis = D(2026, 10, 27), D(2026, 11, 2)
    d = Doc(header=_hdr15, font="Courier")
    T = lambda s, b=False: d.text(s, size=8.5, bold=b, lead=11)
    T("DISCHARGE SUMMARY / MEDICATION RECONCILIATION", True)
    T("Admit: 27-Oct-2026   Discharge: 02-Nov-2026   Unit: 3 West Ortho   Attending: Dr. P. Comeau")
    T("Family physician: Dr. Mairi MacIsaac, Bridgewater NS   Phone (902) 555-0124")
    T("")
    T("DIAGNOSES", True)
    dx = [("Left femoral neck fracture, s/p hemiarthroplasty 28-Oct-2026", "S72.002A", "active"),
          ("Osteoporosis", "M81.0", "active"), ("Atrial fibrillation", "I48.91", "active"),
          ("Hypothyroidism", "E03.9", "active"), ("Type 2 diabetes mellitus on insulin", "E11.9", "active")]
    for n, c, s in dx:
        T(f"  {n:<66} {c}")
    T("ALLERGIES: Morphine (pruritus, mild)")
    T("")
    T("VITALS AT DISCHARGE 02-Nov-2026 08:00", True)
    vd = [("blood_pressure", "132/70", 132, 70, "mmHg", "BP"), ("heart_rate", "76", 76, None, "bpm", "HR"),
          ("temperature", "36.7", 36.7, None, "C", "T"), ("respiratory_rate", "16", 16, None, "/min", "RR"),
          ("oxygen_saturation", "96", 96, None, "%", "SpO2")]
    T("  " + "  ".join(f"{l} {vt} {u}" for k, vt, n, s, u, l in vd) + " RA")
    T("")
    T("LAB RESULTS 01-Nov-2026 06:10", True)
    res = [("Hgb", "96", "g/L", "120-160", "L"), ("INR", "1.4", "", "0.9-1.1", "H"),
           ("Creatinine", "78", "umol/L", "50-100", ""), ("Sodium", "134", "mmol/L", "135-145", "L"),
           ("Potassium", "4.0", "mmol/L", "3.5-5.0", "")]
    T(f"  {'TEST':<14}{'RESULT':>8} {'FLAG':<6}{'UNITS':<10}{'REF RANGE':<12}")
    for n, v, u, r, f in res:
        T(f"  {n:<14}{v:>8} {f:<6}{u:<10}{r:<12}")
    T("")
    T("HOSPITAL COURSE", True)
    for ln in wrap("Fall at home 27-Oct-2026. Left hemiarthroplasty 28-Oct-2026 under spinal. Peri-operative cefazolin "
                   "2 g IV x 3 doses. Warfarin held pre-op; enoxaparin bridging. Post-op pain managed with morphine 2 mg "
                   "IV q2h PRN (pruritus) then hydromorphone PO. Mobilising with walker. Zopiclone stopped - delirium risk.",
                   "Courier", 8.5, d.W - 2 * d.m - 10):
        T("  " + ln)
    T("")
    T("DISCHARGE MEDICATION RECONCILIATION", True)
    rec = [("Enoxaparin (Lovenox)", "40 mg", "SC", "daily x 28 days", "NEW", "new", "Enoxaparin", "Lovenox"),
           ("Alendronate (Fosamax)", "70 mg", "PO", "once weekly", "NEW", "new", "Alendronate", "Fosamax"),
           ("Vitamin D3", "1000 units", "PO", "daily", "NEW", "new", "Vitamin D3", None),
           ("Hydromorphone", "1 mg", "PO", "q4h PRN pain", "NEW", "new", "Hydromorphone", None),
           ("Insulin glargine (Lantus)", "20 units", "SC", "at bedtime", "CHANGED", "changed", "Insulin glargine", "Lantus"),
           ("Warfarin", "5 mg", "PO", "daily", "HOLD", "held", "Warfarin", None),
           ("Levothyroxine", "88 mcg", "PO", "daily", "CONTINUE", "active", "Levothyroxine", None),
           ("Metoprolol tartrate", "25 mg", "PO", "BID", "CONTINUE", "active", "Metoprolol tartrate", None),
           ("Zopiclone", "7.5 mg", "PO", "at bedtime", "DISCONTINUE", "stopped", "Zopiclone", None)]
    T(f"  {'MEDICATION':<27}{'DOSE':<11}{'ROUTE':<6}{'FREQUENCY':<17}{'ACTION':<12}")
    for n, ds, r, f, a, st, gn, br in rec:
        T(f"  {n:<27}{ds:<11}{r:<6}{f:<17}{a:<12}")
    T("  Insulin glargine 100 units/mL pen: was 24 units at bedtime; reduced for lower intake.")
    T("  Warfarin: HOLD until enoxaparin course complete; family MD to restart and check INR.")
    T("")
    T("FOLLOW-UP", True)
    for ln in ["  Ortho clinic 6 weeks with x-ray. Staples out day 14 by home care.",
               "  Consider bone density scan; falls prevention referral made."]:
        T(ln)
    T("")
    T("Electronically signed: Dr. Pierre Comeau 02-Nov-2026 13:22")
    truth = dict(service_date=dis)
    truth["conditions"] = [cond("Left femoral neck fracture", "active", "S72.002A"), cond("Osteoporosis", "active", "M81.0"),
                           cond("Atrial fibrillation", "active", "I48.91"), cond("Hypothyroidism", "active", "E03.9"),
                           cond("Type 2 diabetes mellitus", "active", "E11.9")]
    truth["allergies"] = [alg("Morphine", "pruritus", "mild")]
    truth["vitals"] = [vit(k, vt, n, s, u, date=iso(dis), time="08:00") for k, vt, n, s, u, l in vd]
    truth["labs"] = [lab(n, v, u or None, r, f, D(2026, 11, 1)) for n, v, u, r, f in res]
    truth["medications"] = []
    for n, ds, r, f, a, st, gn, br in rec:
        kw = {"concentration": "100 units/mL", "note": "was 24 units"} if gn == "Insulin glargine" else {}
        truth["medications"].append(med(gn, ds.split()[0], ds.split()[1], {"SC": "subcutaneous", "PO": "oral"}[r], f, st,
                                        brand=br, **kw))
    truth["must_not"] = [mn("medications", "Zopiclone", "stopped"),
                         mn("medications", "cefazolin", "other", "peri-operative IV, hospital only"),
                         mn("medications", "morphine", "other", "IV PRN post-op, hospital only; also the allergen")]
    truth["flag_policy"] = "table"
    return d.finish(), truth


# ======================================================================================
# 16 Philippines - child immunization record (given / due / declined, lots)
# ======================================================================================

@document(16, "ph", "child_immunization_record", "immunization_record", "Philippines",
          "child immunization record (barangay health centre)", ["%m/%d/%Y"])
def doc16():
    S = lambda x: x.strftime("%m/%d/%Y")
    d = Doc()
    d.text("Republic of the Philippines - Quezon City Health Department", size=9, align="c")
    d.text("BARANGAY SAN ISIDRO GALAS HEALTH CENTER", size=12, bold=True, align="c")
    d.text("CHILD IMMUNIZATION RECORD (EPI)", size=11, bold=True, align="c")
    d.rule()
    d.text("Name of child: VILLANUEVA-SANTOS, Andrea Mae      Sex: F      Date of birth: 01/15/2026", size=9)
    d.text("Mother: Ma. Lourdes Villanueva-Santos     Address: 27 Sampaguita St., Brgy. San Isidro Galas, QC", size=9)
    d.text("Contact no.: 0917 555 0188     Family serial no.: SIG-2026-0141     Dates are MM/DD/YYYY", size=9)
    d.text("Exclusive breastfeeding:  [X] Yes  [ ] No        Newborn screening done:  [X] Yes  [ ] No", size=9)
    d.gap(4)
    rows = [  # vaccine printed, brand, dose, date, lot, site, given by
        ("BCG", None, 1, D(2026, 1, 16), "BCG5551A", "R deltoid ID"),
        ("Hepatitis B (birth dose)", None, 1, D(2026, 1, 16), "HB5552B", "L thigh IM"),
        ("Pentavalent (DPT-HepB-Hib)", "Easyfive-TT", 1, D(2026, 3, 2), "PT5553C", "L thigh IM"),
        ("Pentavalent (DPT-HepB-Hib)", "Easyfive-TT", 2, D(2026, 4, 6), "PT5554D", "L thigh IM"),
        ("Pentavalent (DPT-HepB-Hib)", "Easyfive-TT", 3, D(2026, 5, 11), "PT5554D", "L thigh IM"),
        ("Oral Polio Vaccine (bOPV)", None, 1, D(2026, 3, 2), "OP5555E", "oral"),
        ("Oral Polio Vaccine (bOPV)", None, 2, D(2026, 4, 6), "OP5555E", "oral"),
        ("Oral Polio Vaccine (bOPV)", None, 3, D(2026, 5, 11), "OP5556F", "oral"),
        ("Pneumococcal Conjugate Vaccine (PCV13)", "Prevenar 13", 1, D(2026, 3, 2), "PC5557G", "R thigh IM"),
        ("Pneumococcal Conjugate Vaccine (PCV13)", "Prevenar 13", 2, D(2026, 4, 6), "PC5558H", "R thigh IM"),
        ("Pneumococcal Conjugate Vaccine (PCV13)", "Prevenar 13", 3, D(2026, 5, 11), "PC5558H", "R thigh IM"),
        ("Inactivated Polio Vaccine (IPV)", None, 1, D(2026, 5, 11), "IP5559J", "R thigh IM"),
        ("Measles-Mumps-Rubella (MMR)", "Priorix", 1, D(2026, 10, 19), "MR5560K", "L arm SC"),
    ]
    d.table(["Vaccine", "Brand", "Dose", "Date given", "Lot no.", "Site / route", "Given by"],
            [[v, b or "-", str(n), S(x), l, s, "RN J. Dizon" if i % 2 else "MW C. Ramos"]
             for i, (v, b, n, x, l, s) in enumerate(rows)],
            [140, 62, 32, 62, 58, 68, 73], size=8, rules="grid", hfill=0.88)
    d.text("Not given / next due", size=10, bold=True)
    d.table(["Vaccine", "Status", "Date", "Remarks"],
            [["Rotavirus vaccine", "DECLINED", S(D(2026, 5, 11)), "Parent declined after counselling"],
             ["Measles-Mumps-Rubella (MMR) dose 2", "DUE", S(D(2027, 1, 15)), "Return at 12 months"],
             ["Japanese Encephalitis vaccine", "DUE", S(D(2027, 1, 15)), "Bring this card"]],
            [170, 70, 70, 185], size=8, rules="grid", hfill=0.88)
    d.text("Other services", size=10, bold=True)
    d.para("Vitamin A 100,000 IU capsule given 10/19/2026. Weight at 9 months: 8.4 kg (normal for age). "
           "Mother's Td (tetanus-diphtheria) dose 2 given during pregnancy on 11/20/2025 - recorded on the mother's card.",
           size=9)
    d.gap(6)
    d.text("Midwife in charge: Corazon B. Ramos, RM      Noted by: Dr. Paolo Mendiola, Rural Health Physician", size=8.5)
    truth = dict(service_date=None)
    truth["immunizations"] = [imm(v, x, n, l, **({"brand": b} if b else {})) for v, b, n, x, l, s in rows]
    truth["vitals"] = [vit("weight", "8.4", 8.4, None, "kg", optional=True, date="2026-10-19")]
    truth["must_not"] = [
        mn("immunizations", "Rotavirus vaccine", "negated", "declined by parent"),
        mn("immunizations", "Japanese Encephalitis vaccine", "due"),
        mn("immunizations", "Td (tetanus-diphtheria)", "other", "given to the child's mother"),
        mn("immunizations", "Vitamin A", "other", "supplement, not a vaccine")]
    return d.finish(), truth


# ======================================================================================
# 17 England - GP immunisation history print (SCAN, jpg)
# ======================================================================================

@document(17, "en", "immunisation_history_scan", "immunization_record", "United Kingdom (England)",
          "GP practice immunisation history print-out (scan)", ["%d/%m/%Y"], scan=("jpg", 9417, 2.4))
def doc17():
    S = lambda x: x.strftime("%d/%m/%Y")
    d = Doc()
    d.text("Oakfield Lane Surgery", size=13, bold=True)
    d.text("14 Oakfield Lane, Leicester LE2 5ZZ   Tel 0116 496 0731 / 01632 960733", size=8.5)
    d.rule()
    d.text("IMMUNISATION HISTORY", size=11, bold=True)
    d.text("Mrs Priya CHANDARANA-HOLT   DOB 30/09/1951 (75y)   NHS No 999 331 8842   Printed 24/11/2026", size=9)
    d.gap(4)
    rows = [("Influenza (adjuvanted trivalent)", "Fluad", None, D(2025, 10, 4), "FA5551X", "L deltoid"),
            ("COVID-19 mRNA", "Comirnaty LP.8.1", None, D(2025, 10, 4), "CJ5552Y", "R deltoid"),
            ("Shingles (recombinant)", "Shingrix", 2, D(2025, 3, 12), "SX5554B", "L deltoid"),
            ("Pneumococcal polysaccharide (PPV23)", "Pneumovax 23", None, D(2025, 1, 17), "PN5553Z", "R deltoid"),
            ("Shingles (recombinant)", "Shingrix", 1, D(2024, 11, 9), "SX5554A", "L deltoid"),
            ("Td/IPV (tetanus, diphtheria, polio)", "Revaxis", None, D(2019, 7, 6), "RV5555B", "L deltoid")]
    d.table(["Date", "Vaccination", "Product", "Batch", "Dose", "Site"],
            [[S(x), v, b, l, str(n) if n else "-", s] for v, b, n, x, l, s in rows],
            [62, 160, 90, 65, 35, 70], size=8.5, rules="lines")
    d.gap(4)
    d.text("Declined / not given", size=10, bold=True)
    d.para("22/09/2026  MMR catch-up (no record of childhood doses) - declined by patient after discussion.", size=9)
    d.text("Recall / due", size=10, bold=True)
    d.para("RSV vaccine (Abrysvo) - due now (eligible 75-79). Influenza 2026/27 appointment booked 02/12/2026.", size=9)
    d.gap(4)
    d.text("Notes: no adverse reactions recorded. Egg allergy: none.", size=9)
    truth = dict(service_date=None)
    truth["immunizations"] = [imm(v, x, n, l, brand=b, ambig=True) for v, b, n, x, l, s in rows]
    truth["must_not"] = [mn("immunizations", "MMR", "negated", "declined"),
                         mn("immunizations", "RSV vaccine", "due"), mn("immunizations", "Abrysvo", "due")]
    return d.finish(), truth


# ======================================================================================
# 18 Australia (WA) - community pharmacy medication profile with CMI leaflet extract
# ======================================================================================

@document(18, "au", "pharmacy_med_profile", "prescription", "Australia (Western Australia)",
          "community pharmacy medication profile with leaflet extract", ["%d/%m/%Y"])
def doc18():
    S = lambda x: x.strftime("%d/%m/%Y")
    d = Doc()
    d.text("Swan Valley Community Pharmacy", size=13, bold=True)
    d.text("Shop 4, 22 Great Eastern Hwy, Midland WA 6056   Ph (08) 5550 4421   Pharmacist: Nadia Ferreira", size=8.5)
    d.rule()
    d.text("PATIENT MEDICATION PROFILE", size=11, bold=True)
    d.text("Patient: Dorothy Jean McALISTER   DOB 02/04/1948   Medicare 2955 55501 2   DVA Gold: No", size=9)
    d.text("Doctor: Dr Rajiv Pillai, Midland Medical Centre    Printed for: Home Medicines Review", size=9)
    d.text("Allergies / ADRs: Sulfonamides - rash; Morphine - nausea and vomiting (intolerance)", size=9, bold=True)
    d.text("Medical conditions (per GP): Atrial fibrillation; Type 2 diabetes; Asthma; Osteoarthritis", size=9)
    d.gap(4)
    rows = [  # brand, generic, strength, directions(freq), last disp, status
        ("Lipitor", "atorvastatin", "20", "mg", "ONE tablet at night", "at night", D(2026, 10, 30), "Current"),
        ("Jardiance", "empagliflozin", "10", "mg", "ONE tablet mane", "mane", D(2026, 10, 30), "Current"),
        ("Diabex XR", "metformin", "1000", "mg", "ONE tablet nocte with evening meal", "nocte", D(2026, 10, 30), "Current"),
        ("Coversyl", "perindopril arginine", "5", "mg", "ONE tablet mane", "mane", D(2026, 10, 14), "Current"),
        ("Xarelto", "rivaroxaban", "20", "mg", "ONE tablet daily with evening meal", "daily", D(2026, 10, 14), "Current"),
        ("Somac", "pantoprazole", "40", "mg", "ONE tablet mane before breakfast", "mane", D(2026, 9, 20), "Current"),
        ("Seretide MDI 250/50", "fluticasone propionate/salmeterol", "250/50", "micrograms", "TWO puffs bd",
         "bd", D(2026, 9, 20), "Current"),
        ("Ventolin", "salbutamol", "100", "micrograms", "1-2 puffs qid prn wheeze", "qid prn", D(2026, 8, 2), "Current"),
        ("Panafcortelone", "prednisolone", "25", "mg", "ONE tablet mane for 5 days", "mane", D(2026, 8, 2), "Course completed"),
        ("Stilnox", "zolpidem", "10", "mg", "ONE tablet nocte prn", "nocte prn", D(2026, 6, 11), "Ceased 14/08/2026"),
    ]
    d.table(["Brand", "Generic", "Strength", "Directions", "Last disp.", "Status"],
            [[b, g, f"{ds} {u}" if u != "micrograms" else f"{ds} microgram" + ("s" if "/" in ds else "s"), dr, S(x), st]
             for b, g, ds, u, dr, f, x, st in rows], [72, 105, 75, 130, 55, 58], size=8, rules="grid", hfill=0.88)
    d.gap(4)
    d.text("Consumer Medicine Information - extract (Jardiance)", size=9.5, bold=True)
    d.para("Do not take Jardiance if you are allergic to empagliflozin or any of the ingredients listed at the end "
           "of this leaflet. Tell your doctor if you have kidney problems or liver problems, or if you are prone to "
           "urinary tract infections. Symptoms of ketoacidosis may include nausea, vomiting and abdominal pain.",
           size=8.5)
    d.gap(4)
    d.text("Profile reviewed by N. Ferreira (MPS) 04/11/2026. Next HMR: 2027.", size=8.5)
    truth = dict(service_date=None)
    truth["medications"] = []
    for b, g, ds, u, dr, f, x, st in rows:
        status = {"Current": "active", "Course completed": "completed"}.get(st, "stopped")
        kw = {}
        if g.startswith("fluticasone"):
            kw = {"aliases": ["Seretide MDI 250/50"]}
        truth["medications"].append(med(g, ds, u, "inhaled" if "puff" in dr else "oral", f, status,
                                        brand=b.replace(" MDI 250/50", ""), **kw))
    truth["allergies"] = [alg("Sulfonamides", "rash"), alg("Morphine", "nausea and vomiting")]
    truth["conditions"] = [cond("Atrial fibrillation"), cond("Type 2 diabetes"), cond("Asthma"), cond("Osteoarthritis")]
    truth["must_not"] = [
        mn("medications", "zolpidem", "stopped"), mn("medications", "prednisolone", "historical", "course completed"),
        mn("allergies", "empagliflozin", "leaflet"), mn("conditions", "kidney problems", "leaflet"),
        mn("conditions", "liver problems", "leaflet"), mn("conditions", "urinary tract infections", "leaflet"),
        mn("conditions", "ketoacidosis", "leaflet")]
    return d.finish(), truth


# ======================================================================================
# 19 Trinidad - urgent care / ED note (NextGen), checkbox allergy form, repeated vitals
# ======================================================================================

@document(19, "tt", "urgent_care_note", "medical_record", "Trinidad and Tobago",
          "urgent care visit note (NextGen) with checkbox allergy form", ["%d/%m/%Y"])
def doc19():
    dt = D(2026, 10, 21)
    d = Doc()
    d.text("MARACAS VALLEY MEDICAL CENTRE - URGENT CARE", size=12, bold=True)
    d.text("Eastern Main Road, St. Joseph, Trinidad W.I.   Tel (868) 555-0136   NextGen Office", size=8.5)
    d.rule()
    d.text("Patient: RAMDASS-ALLEYNE, Keshorn    DOB: 03/07/1997    Sex: M    Chart#: MVMC-55517    Date: 21/10/2026",
           size=9)
    d.gap(2)
    d.text("ALLERGY SCREENING (completed by Nurse Allyson Baptiste)", size=10, bold=True)
    al = [("Penicillin", "X", "", "", "swelling of lips"), ("Latex", "", "X", "", ""),
          ("Sulfa drugs", "", "", "X", ""), ("Shellfish", "X", "", "", "hives"), ("Iodine / contrast", "", "X", "", "")]
    for sub, y, n, u, r in al:
        box = lambda v: "[X]" if v else "[ ]"
        d.text(f"{sub:<20}", x=d.m + 6, size=9, font="Courier", lead=0.01)
        d.text(f"{box(y)} Yes   {box(n)} No   {box(u)} Unknown" + (f"    Reaction: {r}" if r else ""),
               x=d.m + 150, size=9, font="Courier")
    d.gap(2)
    d.text("KNOWN CONDITIONS", size=10, bold=True)
    kc = [("Diabetes", True), ("Hypertension", False), ("Asthma", True), ("Sickle cell disease", False),
          ("Epilepsy", False)]
    d.text("  ".join(f"[{'X' if t else ' '}] {c}" for c, t in kc), x=d.m + 6, size=9, font="Courier")
    d.gap(4)
    d.text("HPI", size=10, bold=True)
    d.para("29M with 2 days of watery diarrhoea (8-10 episodes/day) and vomiting, unable to keep fluids down. No blood "
           "in stool. Denies recent travel. No history of inflammatory bowel disease. Type 2 diabetes on metformin; "
           "asthma well controlled on salbutamol inhaler PRN.", size=9.5)
    d.text("VITAL SIGNS", size=10, bold=True)
    vt = [("10:15", [("blood_pressure", "102/64", 102, 64, "mmHg"), ("heart_rate", "118", 118, None, "bpm"),
                     ("temperature", "38.4", 38.4, None, "\u00b0C"), ("respiratory_rate", "22", 22, None, "/min"),
                     ("oxygen_saturation", "98", 98, None, "%")]),
          ("13:40", [("blood_pressure", "118/72", 118, 72, "mmHg"), ("heart_rate", "92", 92, None, "bpm"),
                     ("temperature", "37.6", 37.6, None, "\u00b0C"), ("respiratory_rate", "18", 18, None, "/min"),
                     ("oxygen_saturation", "99", 99, None, "%")])]
    d.table(["Time", "BP (mmHg)", "HR (bpm)", "Temp (\u00b0C)", "RR (/min)", "SpO2 (%)"],
            [[t] + [v[1] for v in vs] for t, vs in vt], [60, 80, 70, 70, 70, 70], size=8.5, rules="grid", hfill=0.9)
    d.text("Weight 72 kg.  POC glucose 14.2 mmol/L.  Urine dipstick: ketones 2+, glucose 3+, no nitrites.", size=9)
    d.gap(2)
    d.text("LABS (drawn 10:30)", size=10, bold=True)
    res = [("Sodium", "133", "mmol/L", "135-145", "L"), ("Potassium", "3.3", "mmol/L", "3.5-5.1", "L"),
           ("Creatinine", "118", "\u00b5mol/L", "62-115", "H"), ("Urea", "8.9", "mmol/L", "2.8-7.2", "H"),
           ("WBC", "13.4", "x10^9/L", "4.0-11.0", "H"), ("Haemoglobin", "15.8", "g/dL", "13.0-17.0", "")]
    d.table(["Test", "Result", "Flag", "Units", "Range"], [[n, v, f, u, r] for n, v, u, r, f in res],
            [150, 60, 40, 80, 90], size=8.5, rules="lines")
    d.text("TREATMENT IN CLINIC", size=10, bold=True)
    d.para("IV normal saline 2 L bolus; IV ondansetron 4 mg; IV potassium chloride 20 mmol in second litre. "
           "Tolerating oral fluids by 13:30.", size=9.5)
    d.text("ASSESSMENT", size=10, bold=True)
    d.para("1. Acute gastroenteritis (A09) with moderate dehydration (E86.0). 2. Diabetes - hyperglycaemia secondary "
           "to illness. 3. Asthma - stable.", size=9.5)
    d.text("DISCHARGE PLAN / PRESCRIPTION", size=10, bold=True)
    meds = [("Oral rehydration salts", "1", "sachet", "after each loose stool", "new", "1 sachet in 200 mL water after each loose stool"),
            ("Domperidone", "10", "mg", "tds prn", "new", "Domperidone 10 mg tds prn nausea x 3 days"),
            ("Paracetamol", "1", "g", "qid prn", "new", "Paracetamol 1 g qid prn fever"),
            ("Metformin", "500", "mg", "bd", "held", "Metformin 500 mg bd - HOLD for 48 hours until eating and drinking normally"),
            ("Salbutamol", "100", "mcg", "2 puffs prn", "active", "Salbutamol 100 mcg inhaler 2 puffs prn - continue")]
    for n, ds, u, f, st, line in meds:
        d.para("- " + (line if line.startswith(n) else f"{n}: {line}"), x=d.m + 6, size=9.5, after=1)
    d.para("Avoid NSAIDs (ibuprofen, diclofenac) until kidney function rechecked. Repeat U&E in 48 hours at health "
           "centre. Return if bloody diarrhoea, confusion or unable to drink.", size=9.5)
    d.text("Dr. Renee Mohammed-Charles, MBBS   21/10/2026 14:05", size=9)
    truth = dict(service_date=dt)
    truth["allergies"] = [alg("Penicillin", "swelling of lips"), alg("Shellfish", "hives")]
    truth["conditions"] = [cond("Acute gastroenteritis", "active", "A09"), cond("dehydration", "active", "E86.0"),
                           cond("Diabetes", "active", aliases=["Type 2 diabetes"]), cond("Asthma", "active")]
    truth["vitals"] = [vit(k, v, n, s, u, date=iso(dt), time=t) for t, vs in vt for k, v, n, s, u in vs] + [
        vit("weight", "72", 72, None, "kg")]
    truth["labs"] = [lab(n, v, u, r, f, dt) for n, v, u, r, f in res] + [
        lab("POC glucose", "14.2", "mmol/L", None, None, dt, optional=True),
        lab("ketones", "2+", None, None, None, dt, optional=True, specimen="urine", note="dipstick"),
        lab("glucose", "3+", None, None, None, dt, optional=True, specimen="urine", note="dipstick")]
    truth["medications"] = [med(n, ds, u, "inhaled" if n == "Salbutamol" else "oral", f, st) for n, ds, u, f, st, l in meds]
    truth["must_not"] = [
        mn("allergies", "Latex", "checkbox_no"), mn("allergies", "Iodine / contrast", "checkbox_no"),
        mn("allergies", "Sulfa drugs", "other", "Unknown ticked"),
        mn("allergies", "ALLERGY SCREENING", "not_clinical", "section heading"),
        mn("allergies", "Allyson Baptiste", "not_clinical", "nurse's name"),
        mn("conditions", "Hypertension", "checkbox_no"), mn("conditions", "Sickle cell disease", "checkbox_no"),
        mn("conditions", "Epilepsy", "checkbox_no"), mn("conditions", "inflammatory bowel disease", "negated"),
        mn("conditions", "blood in stool", "negated"),
        mn("conditions", "bloody diarrhoea", "other", "return advice (hypothetical)"),
        mn("medications", "normal saline", "other", "IV in clinic only"),
        mn("medications", "ondansetron", "other", "IV in clinic only"),
        mn("medications", "potassium chloride", "other", "IV in clinic only"),
        mn("medications", "ibuprofen", "other", "avoid NSAIDs advice"),
        mn("medications", "diclofenac", "other", "avoid NSAIDs advice")]
    return d.finish(), truth


# ======================================================================================
# 20 Sri Lanka - hospital OPD clinic prescription (SCAN, jpg)
# ======================================================================================

@document(20, "lk", "opd_prescription_scan", "prescription", "Sri Lanka",
          "hospital medical clinic OPD prescription (scan)", ["%d.%m.%Y"], scan=("jpg", 9420, 1.1))
def doc20():
    dt = D(2026, 9, 17)
    d = Doc()
    d.text("BASE HOSPITAL - KANDEGAMA", size=12, bold=True, align="c")
    d.text("Medical Clinic (OPD)   |   Tel: 066 555 0121", size=9, align="c")
    d.rule()
    d.text("Name: W.M. Nishantha Bandara      Age: 61 y   Sex: M      Clinic No: MC/5551/19      Date: 17.09.2026", size=9)
    d.text("BHT / Clinic book seen.   Weight: 74 kg    BP: 146/92 mmHg    Allergies: NKDA", size=9)
    d.gap(2)
    d.text("Dx: Diabetes mellitus (DM), Hypertension (HTN), Dyslipidaemia", size=9.5, bold=True)
    d.text("FBS (15.09.2026): 168 mg/dL     S. creatinine (15.09.2026): 1.1 mg/dL", size=9.5)
    d.gap(4)
    d.text("Rx", size=16, bold=True, font="Times-Roman")
    rx = [("1. Tab. Glymet-GP 2 (Metformin 500 mg + Glimepiride 2 mg)", "1 tab bd (before meals)",
           med("Metformin + Glimepiride", None, None, "oral", "bd", "active", brand="Glymet-GP 2",
               note="fixed-dose combination metformin 500 mg + glimepiride 2 mg")),
          ("2. Tab. Losartan 50 mg", "mane", med("Losartan", "50", "mg", "oral", "mane", "active")),
          ("3. Tab. Amlodipine 5 mg", "daily", med("Amlodipine", "5", "mg", "oral", "daily", "new",
                                                      note="newly added for BP")),
          ("4. Tab. Atorvastatin 20 mg", "nocte", med("Atorvastatin", "20", "mg", "oral", "nocte", "active")),
          ("5. Tab. Aspirin 75 mg", "mane (after meals)", med("Aspirin", "75", "mg", "oral", "mane", "active")),
          ("6. Cap. Omeprazole 20 mg", "bd before meals x 2/52", med("Omeprazole", "20", "mg", "oral", "bd", "active")),
          ("7. Tab. Paracetamol 1 g", "tds prn", med("Paracetamol", "1", "g", "oral", "tds prn", "active"))]
    for a, b, m in rx:
        d.text(a, x=d.m + 14, size=10)
        d.text("      " + b, x=d.m + 14, size=10)
    d.gap(4)
    d.text("STOP: Tab. Gliclazide 80 mg bd (changed to Glymet-GP 2)", size=10, bold=True)
    d.text("Amlodipine newly added today.", size=9.5)
    d.gap(4)
    d.text("Review: 1 month with FBS, lipid profile, serum creatinine, urine for microalbumin.", size=9.5)
    d.text("Advice: diet plan given; foot care; walk 30 min daily.", size=9.5)
    d.gap(10)
    d.text("Dr. K.A. Senanayake, MBBS (Medical Officer)   SLMC Reg 55512", size=9)
    truth = dict(service_date=dt)
    truth["medications"] = [m for a, b, m in rx] + [med("Gliclazide", "80", "mg", "oral", "bd", "stopped")]
    truth["vitals"] = [vit("blood_pressure", "146/92", 146, 92, "mmHg"), vit("weight", "74", 74, None, "kg")]
    truth["labs"] = [lab("FBS", "168", "mg/dL", None, None, D(2026, 9, 15)),
                     lab("S. creatinine", "1.1", "mg/dL", None, None, D(2026, 9, 15))]
    truth["conditions"] = [cond("Diabetes mellitus", "active", aliases=["DM"]),
                           cond("Hypertension", "active", aliases=["HTN"]), cond("Dyslipidaemia", "active")]
    truth["must_not"] = [mn("medications", "Gliclazide", "stopped"),
                         mn("labs", "lipid profile", "planned", "requested for review"),
                         mn("labs", "urine for microalbumin", "planned", "requested for review")]
    return d.finish(), truth


# ======================================================================================
# main
# ======================================================================================

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="verify MANIFEST.sha256 only")
    ap.add_argument("--table", action="store_true", help="print the README summary table")
    a = ap.parse_args()
    if a.check:
        sys.exit(check_manifest())
    if a.table:
        summary_table()
        return
    DOCS.mkdir(parents=True, exist_ok=True)
    TRUTH.mkdir(parents=True, exist_ok=True)
    for p in list(DOCS.glob("*")) + list(TRUTH.glob("*")):
        p.unlink()
    for spec in sorted(REG, key=lambda s: s["nn"]):
        print("wrote", emit(spec))
    MANIFEST.write_text("\n".join(manifest_lines()) + "\n")
    print("MANIFEST written")


if __name__ == "__main__":
    main()
