"""Generate the frozen held-out extraction evaluation set (bench/heldout/).

Every person, clinic, identifier and date in these documents is SYNTHETIC.
The documents and their truth were written from the output schema only, without
looking at the extractor, so the set measures the extractor on material it was
not written against.  NEVER tune the extractor to this set: add a new set instead.

Run (deterministic: reportlab invariant=1, fixed seeds, no clock reads):

    .venv/bin/python bench/heldout/make_heldout.py            # writes docs/, truth/, MANIFEST.sha256
    .venv/bin/python bench/heldout/make_heldout.py --check    # verify MANIFEST.sha256 only

Specs live in this script: each ``doc_*`` function builds one document (layout
blocks) and its truth together, so what is drawn and what is expected sit side
by side.  Truth conventions are described in README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TRUTH = HERE / "truth"
MANIFEST = HERE / "MANIFEST.sha256"
MARK = "SYNTHETIC TEST DOCUMENT - not a real patient"

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


# --------------------------------------------------------------------------- layout engine
def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap on measured widths; keeps explicit newlines."""
    out: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = w if not line else line + " " + w
            if stringWidth(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Doc:
    """A document: layout blocks drawn onto pages, plus its truth."""

    def __init__(self, name, *, country, kind, document_type, service_date, page="A4",
                 family="helv", size=9.5, header=None, footer=None, margin=50,
                 service_date_note=None):
        self.name = name
        self.pagesize = A4 if page == "A4" else LETTER
        self.family = FAMILIES[family]
        self.size = size
        self.header = header or []  # list of (text, align, size, bold) with {page}/{pages}
        self.footer = footer or []
        self.margin = margin
        self.scan = None  # dict(format=jpeg|png|pdf, angle=.., noise=.., dpi=.., bilevel=bool)
        self.pages: list[list[tuple]] = [[]]
        W, H = self.pagesize
        self.width = W - 2 * margin
        self.top = H - margin - 14 * len(self.header) - (6 if self.header else 0)
        self.bottom = margin + 12 * (len(self.footer) + 1) + 6
        self.y = self.top
        self.truth = {
            "document_type": document_type,
            "country": country,
            "kind": kind,
            "service_date": service_date,
            "medications": [],
            "labs": [],
            "vitals": [],
            "allergies": [],
            "conditions": [],
            "immunizations": [],
            "must_not": [],
        }
        if service_date_note:
            self.truth["service_date_note"] = service_date_note

    # ---- low level
    def _need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        self.pages.append([])
        self.y = self.top

    def _text(self, x, s, font, size, align="left"):
        self.pages[-1].append(("text", x, self.y, s, font, size, align))

    def _font(self, bold=False, italic=False):
        return self.family[1] if bold else (self.family[2] if italic else self.family[0])

    # ---- blocks
    def space(self, h=6):
        self.y -= h
        return self

    def title(self, text, size=14, align="center", bold=True):
        self._need(size + 4)
        self.y -= size
        x = self.margin + (self.width / 2 if align == "center" else 0)
        if align == "right":
            x = self.margin + self.width
        self._text(x, text, self._font(bold), size, align)
        self.y -= 5
        return self

    def h(self, text, size=None, rule=True):
        size = size or self.size + 1.5
        self._need(size + 24)
        self.y -= size + 6
        self._text(self.margin, text, self._font(True), size)
        self.y -= 3
        if rule:
            self.pages[-1].append(("line", self.margin, self.y, self.margin + self.width, self.y, 0.6))
            self.y -= 4
        else:
            self.y -= 1
        return self

    def p(self, text, size=None, bold=False, italic=False, indent=0, after=4, align="left"):
        size = size or self.size
        font = self._font(bold, italic)
        lead = size * 1.32
        for line in _wrap(text, font, size, self.width - indent):
            self._need(lead)
            self.y -= lead
            x = self.margin + indent
            if align == "right":
                x = self.margin + self.width
            elif align == "center":
                x = self.margin + self.width / 2
            self._text(x, line, font, size, align)
        self.y -= after
        return self

    def lines(self, rows, size=None, bold=False, indent=0, after=4):
        for r in rows:
            self.p(r, size=size, bold=bold, indent=indent, after=0)
        self.y -= after
        return self

    def hr(self, w=0.5):
        self._need(6)
        self.y -= 3
        self.pages[-1].append(("line", self.margin, self.y, self.margin + self.width, self.y, w))
        self.y -= 3
        return self

    def table(self, rows, widths, header=1, size=None, grid=False, after=6, bold_first_col=False,
              shade_header=True):
        """rows: list of cell lists; widths: fractions of the text width."""
        size = size or self.size - 0.5
        lead = size * 1.3
        tot = sum(widths)
        ws = [self.width * w / tot for w in widths]
        xs = [self.margin]
        for w in ws[:-1]:
            xs.append(xs[-1] + w)
        for ri, row in enumerate(rows):
            is_head = ri < header
            cells = []
            for ci, cell in enumerate(row):
                bold = is_head or (bold_first_col and ci == 0)
                font = self._font(bold)
                cells.append((font, _wrap(str(cell), font, size, ws[ci] - 5)))
            n = max(len(c[1]) for c in cells)
            h = n * lead + 3
            if self.y - h < self.bottom:
                self.newpage()
                # repeat header rows on the new page
                if header and ri >= header:
                    for hr_ in rows[:header]:
                        self._table_row(hr_, xs, ws, size, lead, True, grid, shade_header, bold_first_col)
            self._table_row(row, xs, ws, size, lead, is_head, grid, shade_header, bold_first_col)
        self.y -= after
        return self

    def _table_row(self, row, xs, ws, size, lead, is_head, grid, shade, bold_first_col):
        cells = []
        for ci, cell in enumerate(row):
            bold = is_head or (bold_first_col and ci == 0)
            font = self._font(bold)
            cells.append((font, _wrap(str(cell), font, size, ws[ci] - 5)))
        n = max(len(c[1]) for c in cells)
        h = n * lead + 3
        top = self.y
        if is_head and shade:
            self.pages[-1].append(("rect", self.margin, top - h, sum(ws), h, 0.9))
        for ci, (font, ls) in enumerate(cells):
            yy = top
            for ln in ls:
                yy -= lead
                self.pages[-1].append(("text", xs[ci] + 2.5, yy + 1.5, ln, font, size, "left"))
        self.y = top - h
        if grid:
            self.pages[-1].append(("line", self.margin, self.y, self.margin + sum(ws), self.y, 0.4))
            self.pages[-1].append(("line", self.margin, top, self.margin + sum(ws), top, 0.4))
            for x in xs + [self.margin + sum(ws)]:
                self.pages[-1].append(("line", x, top, x, self.y, 0.4))
        elif is_head:
            self.pages[-1].append(("line", self.margin, self.y, self.margin + sum(ws), self.y, 0.5))

    def kv(self, pairs, widths=(1, 2.6), size=None, after=4):
        return self.table([[k, v] for k, v in pairs], widths, header=0, size=size,
                          bold_first_col=True, after=after)

    # ---- truth helpers
    def med(self, name, dose=None, unit=None, route=None, frequency=None, status="active", **extra):
        row = {"name": name, "dose": dose, "unit": unit, "route": route, "frequency": frequency,
               "status": status}
        row.update(extra)
        self.truth["medications"].append(row)

    def lab(self, test_name, value_text, unit=None, ref=None, flag=None, date=None, **extra):
        self.truth["labs"].append(lab_row(test_name, value_text, unit, ref, flag, date, **extra))

    def vital(self, kind, value_text, value_numeric, unit, value_secondary=None, **extra):
        row = {"kind": kind, "value_text": value_text, "value_numeric": value_numeric,
               "value_secondary": value_secondary, "unit": unit}
        row.update(extra)
        self.truth["vitals"].append(row)

    def allergy(self, substance, reaction=None, severity=None, **extra):
        row = {"substance": substance, "reaction": reaction, "severity": severity}
        row.update(extra)
        self.truth["allergies"].append(row)

    def cond(self, name, status="active", icd10_code=None, **extra):
        row = {"name": name, "status": status, "icd10_code": icd10_code}
        row.update(extra)
        self.truth["conditions"].append(row)

    def imm(self, vaccine, administered_on, dose_number=None, lot_number=None, **extra):
        row = {"vaccine": vaccine, "administered_on": administered_on, "dose_number": dose_number,
               "lot_number": lot_number}
        row.update(extra)
        self.truth["immunizations"].append(row)

    def never(self, category, name, why, **extra):
        row = {"category": category, "name": name, "why": why}
        row.update(extra)
        self.truth["must_not"].append(row)

    # ---- output
    def _decorate(self):
        W, H = self.pagesize
        total = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            y = H - self.margin + 4
            for text, align, size, bold in self.header:
                s = text.format(page=i, pages=total)
                x = {"left": self.margin, "center": W / 2, "right": W - self.margin}[align]
                ops.insert(0, ("text", x, y, s, self._font(bold), size, align))
                y -= 14
            if self.header:
                ops.insert(0, ("line", self.margin, y + 8, W - self.margin, y + 8, 0.5))
            y = self.margin
            for text, align, size, bold in self.footer:
                s = text.format(page=i, pages=total)
                x = {"left": self.margin, "center": W / 2, "right": W - self.margin}[align]
                ops.append(("text", x, y + 12, s, self._font(bold), size, align))
                y += 12
            ops.append(("text", W / 2, self.margin - 14, MARK, "Helvetica-Oblique", 7, "center"))

    def pdf_bytes(self) -> bytes:
        self._decorate()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=self.pagesize, invariant=1, pageCompression=1)
        c.setTitle(f"SYNTHETIC TEST DOCUMENT {self.name}")
        c.setAuthor("docpipe held-out set")
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, font, size, align = op
                    c.setFont(font, size)
                    if align == "center":
                        c.drawCentredString(x, y, s)
                    elif align == "right":
                        c.drawRightString(x, y, s)
                    else:
                        c.drawString(x, y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, y1, x2, y2)
                elif op[0] == "rect":
                    _, x, y, w, h, g = op
                    c.setFillGray(g)
                    c.rect(x, y, w, h, stroke=0, fill=1)
                    c.setFillGray(0)
            c.showPage()
        c.save()
        return buf.getvalue()


def lab_row(test_name, value_text, unit=None, ref=None, flag=None, date=None, **extra):
    """A lab truth row; ``ref`` is the range as printed, ``flag`` the printed flag."""
    num = None
    if re.fullmatch(r"-?\d+(\.\d+)?", value_text.strip()):
        num = float(value_text)
    low = high = None
    if ref:
        m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)\s*", ref)
        if m:
            low, high = float(m.group(1)), float(m.group(2))
        else:
            m = re.fullmatch(r"\s*(<|<=|≤)\s*(\d+(?:\.\d+)?)\s*", ref)
            if m:
                high = float(m.group(2))
            m2 = re.fullmatch(r"\s*(>|>=|≥)\s*(\d+(?:\.\d+)?)\s*", ref)
            if m2:
                low = float(m2.group(2))
    flags = {None: None, "": "normal", "N": "normal", "H": "high", "L": "low", "HH": "critical",
             "LL": "critical", "C": "critical", "A": "abnormal", "*": "abnormal"}
    row = {"test_name": test_name, "value_text": value_text, "value_numeric": num, "unit": unit,
           "reference_low": low, "reference_high": high, "reference_text": ref,
           "flag": flags[flag] if flag in flags else flag}
    if date:
        row["date"] = date
    row.update(extra)
    return row


# --------------------------------------------------------------------------- scans
def scan_images(pdf: bytes, dpi: int, angle: float, noise: float, seed: int, bilevel=False):
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    out = []
    doc = pdfium.PdfDocument(pdf)
    rng = np.random.default_rng(seed)
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype(np.float32)
        # paper tone, gentle uneven illumination and sensor noise
        h, w = a.shape
        yy = np.linspace(0, 1, h)[:, None]
        xx = np.linspace(0, 1, w)[None, :]
        shade = 10 * (xx * 0.6 + yy * 0.4)
        a = a * 0.93 + 8 - shade + rng.normal(0, noise, a.shape)
        # a few specks
        n = int(h * w / 4000)
        ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
        a[ys, xs] = rng.integers(40, 140, n)
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a, "L")
        if bilevel:
            img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(img)
    doc.close()
    return out


def write_scan(d: Doc, pdf: bytes, seed: int) -> Path:
    s = d.scan
    imgs = scan_images(pdf, s.get("dpi", 150), s["angle"], s.get("noise", 6), seed,
                       s.get("bilevel", False))
    fmt = s["format"]
    if fmt in ("jpeg", "png"):
        assert len(imgs) == 1, "single-page scans only as images"
        ext = "jpg" if fmt == "jpeg" else "png"
        path = DOCS / f"{d.name}.{ext}"
        buf = io.BytesIO()
        if fmt == "jpeg":
            imgs[0].save(buf, "JPEG", quality=s.get("quality", 55), optimize=True,
                         dpi=(s.get("dpi", 150),) * 2)
        else:
            imgs[0].save(buf, "PNG", optimize=True, dpi=(s.get("dpi", 150),) * 2)
        path.write_bytes(buf.getvalue())
        return path
    # image-only PDF: one JPEG per page, no text layer
    path = DOCS / f"{d.name}.pdf"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=d.pagesize, invariant=1)
    c.setTitle(f"SYNTHETIC TEST DOCUMENT {d.name} (scan)")
    W, H = d.pagesize
    for img in imgs:
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=s.get("quality", 50), optimize=True)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, W, H)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


# --------------------------------------------------------------------------- documents
DOC_BUILDERS = []


def document(fn):
    DOC_BUILDERS.append(fn)
    return fn


def mark_line(d: Doc):
    d.p("SYNTHETIC TEST DOCUMENT", size=7.5, bold=True, align="right", after=0)


# ---------------------------------------------------------------- 01 UK GP referral (prose)
@document
def doc_uk_gp_referral_cardiology():
    d = Doc("uk_gp_referral_cardiology", country="UK", kind="gp_referral_letter",
            document_type="medical_record", service_date="2024-10-14", family="helv", size=10)
    d.title("Riverside Medical Practice", 13, align="left")
    d.lines(["14 Quayside Road, Testbury, TB1 4QQ", "Tel 01632 960 118   ODS code Y99991"], size=8.5)
    d.space(8)
    d.lines(["Dr A. Okonkwo, Consultant Cardiologist", "Cardiology Outpatients",
             "St Aldhelm's Hospital, Testbury TB2 9ZZ"])
    d.p("14 October 2024", align="right")
    d.p("Re: Mrs Margaret ELLWOOD-TEST   DOB 03/07/1951   NHS No 999 123 4567", bold=True)
    d.p("Dear Dr Okonkwo,")
    d.p("Thank you for seeing this 73-year-old retired teacher whom I saw in surgery today with a "
        "six-week history of intermittent palpitations and exertional breathlessness. An ECG in "
        "the practice showed atrial fibrillation with a ventricular rate of around 110. She "
        "denies chest pain, syncope or pre-syncope and has had no ankle swelling.")
    d.p("Her past medical history includes hypertension (diagnosed 2009), type 2 diabetes mellitus "
        "(diet controlled since metformin was stopped in March 2024 because of diarrhoea), "
        "osteoarthritis of both knees and a right total hip replacement in 2016. She had a DVT "
        "after the hip surgery, treated for three months and fully resolved. There is no history "
        "of stroke or TIA.")
    d.p("She currently takes ramipril 5 mg once daily, bisoprolol fumarate\n"
        "2.5 mg once daily (started by me today), atorvastatin 40 mg at night and\n"
        "paracetamol 1 g four times a day when required for her knees. I have also started "
        "apixaban 5 mg twice daily today (CHA2DS2-VASc 4). She stopped taking aspirin 75 mg "
        "some years ago of her own accord.")
    d.p("She is allergic to penicillin (widespread urticarial rash in 1998) and reports nausea "
        "with codeine.")
    d.p("Family history: her father died of a myocardial infarction aged 58 and her sister has "
        "thyroid disease. She is a lifelong non-smoker and drinks about 6 units of alcohol a week.")
    d.p("On examination today her pulse was 104 bpm irregularly irregular, blood pressure "
        "148/92 mmHg, oxygen saturation 96% on air and weight 71.4 kg. Heart sounds were normal "
        "with no murmurs and her chest was clear.")
    d.p("Recent bloods (09/10/2024): haemoglobin 128 g/L, eGFR 64 mL/min/1.73m2, potassium "
        "4.6 mmol/L, TSH 1.9 mU/L and HbA1c 51 mmol/mol.")
    d.p("I would be grateful for your assessment and advice on rate versus rhythm control, and "
        "whether she needs an echocardiogram.")
    d.p("Yours sincerely,", after=16)
    d.lines(["Dr Helen Marsh-Test", "GP Partner   GMC 0000000"])
    # truth
    d.med("ramipril", "5", "mg", None, "once daily")
    d.med("bisoprolol fumarate", "2.5", "mg", None, "once daily", status="new")
    d.med("atorvastatin", "40", "mg", None, "at night")
    d.med("paracetamol", "1", "g", None, "four times a day when required")
    d.med("apixaban", "5", "mg", None, "twice daily", status="new")
    d.med("metformin", None, None, None, None, status="stopped")
    d.med("aspirin", "75", "mg", None, None, status="stopped")
    for t, v, u in [("haemoglobin", "128", "g/L"), ("eGFR", "64", "mL/min/1.73m2"),
                    ("potassium", "4.6", "mmol/L"), ("TSH", "1.9", "mU/L"),
                    ("HbA1c", "51", "mmol/mol")]:
        d.lab(t, v, u, date="2024-10-09")
    d.vital("heart_rate", "104 bpm", 104, "bpm")
    d.vital("blood_pressure", "148/92 mmHg", 148, "mmHg", 92)
    d.vital("oxygen_saturation", "96%", 96, "%")
    d.vital("weight", "71.4 kg", 71.4, "kg")
    d.allergy("penicillin", "widespread urticarial rash")
    d.allergy("codeine", "nausea", note="intolerance")
    d.cond("atrial fibrillation", "active")
    d.cond("hypertension", "active")
    d.cond("type 2 diabetes mellitus", "active")
    d.cond("osteoarthritis of both knees", "active")
    d.cond("right total hip replacement", "history", optional=True, note="procedure 2016")
    d.cond("deep vein thrombosis", "resolved", aliases=["DVT"])
    d.never("medications", "metformin", "stopped", note="only as status stopped")
    d.never("medications", "aspirin", "stopped", note="only as status stopped")
    d.never("conditions", "chest pain", "negated")
    d.never("conditions", "syncope", "negated")
    d.never("conditions", "stroke", "negated")
    d.never("conditions", "TIA", "negated")
    d.never("conditions", "myocardial infarction", "family")
    d.never("conditions", "thyroid disease", "family")
    d.never("conditions", "DVT", "historical", note="only as status resolved")
    d.never("allergies", "Dr Helen Marsh-Test", "not_clinical")
    d.never("conditions", "Yours sincerely", "not_clinical")
    return d


# ---------------------------------------------------------------- 02 UK NHS pathology report
@document
def doc_uk_nhs_pathology():
    d = Doc("uk_nhs_pathology_report", country="UK", kind="lab_report_single_column",
            document_type="lab_result", service_date="2025-01-21", family="helv", size=9,
            header=[("Testbury & District Pathology Network  -  Clinical Biochemistry / Haematology",
                     "left", 9, True)],
            footer=[("Report ID TDP-25-0121-4471   Page {page} of {pages}", "right", 7.5, False)])
    d.kv([("Patient", "JONES-TESTCASE, Bethan   Female   DOB 19/11/1958"),
          ("NHS number", "999 765 4321      Hospital no. RTX0044187"),
          ("Requested by", "Dr R. Patel, Elmstead Surgery (Y99992)"),
          ("Specimen", "Blood - collected 21/01/2025 08:42, received 21/01/2025 10:15"),
          ("Reported", "21/01/2025 15:02   Clinical details: tired all the time, ?anaemia")])
    rows = [
        ("FULL BLOOD COUNT", None),
        ("Haemoglobin", "112", "g/L", "115 - 165", "L"),
        ("White cell count", "11.8", "x10^9/L", "4.0 - 11.0", "H"),
        ("Platelets", "402", "x10^9/L", "150 - 400", "H"),
        ("MCV", "78", "fL", "80 - 100", "L"),
        ("Neutrophils", "8.9", "x10^9/L", "2.0 - 7.5", "H"),
        ("Lymphocytes", "1.8", "x10^9/L", "1.0 - 4.0", ""),
        ("UREA & ELECTROLYTES", None),
        ("Sodium", "134", "mmol/L", "133 - 146", ""),
        ("Potassium", "5.6", "mmol/L", "3.5 - 5.3", "H"),
        ("Urea", "9.8", "mmol/L", "2.5 - 7.8", "H"),
        ("Creatinine", "142", "µmol/L", "45 - 84", "H"),
        ("eGFR (CKD-EPI)", "32", "mL/min/1.73m²", "> 90", "L"),
        ("LIVER FUNCTION TESTS", None),
        ("Bilirubin", "9", "µmol/L", "0 - 21", ""),
        ("ALT", "18", "U/L", "0 - 33", ""),
        ("Alkaline phosphatase", "121", "U/L", "30 - 130", ""),
        ("Albumin", "36", "g/L", "35 - 50", ""),
        ("OTHER", None),
        ("C-reactive protein", "46", "mg/L", "0 - 5", "H"),
        ("HbA1c (IFCC)", "58", "mmol/mol", "20 - 41", "H"),
        ("Ferritin", "11", "µg/L", "13 - 150", "L"),
    ]
    table = [["Test", "Result", "Flag", "Units", "Reference range"]]
    for r in rows:
        if r[1] is None:
            table.append([r[0], "", "", "", ""])
            continue
        table.append([r[0], r[1], r[4], r[2], r[3]])
        ref = r[3].replace(" ", "")
        d.lab(r[0], r[1], r[2], ref if not ref.startswith(">") else None, r[4],
              date="2025-01-21", **({"reference_text": "> 90", "reference_low": 90.0}
                                    if ref.startswith(">") else {}))
    d.table(table, [3, 1.2, 0.8, 1.6, 1.8], size=9)
    d.p("Comments:", bold=True, after=1)
    d.p("Potassium: sample not haemolysed, received within 2 hours. Suggest repeat U&E within 1 week.")
    d.p("HbA1c: a value of 48 mmol/mol or above is consistent with a diagnosis of diabetes "
        "mellitus (WHO 2011); interpret with caution in anaemia or renal impairment.")
    d.p("Vitamin B12 and folate: NOT PERFORMED - insufficient sample. Please repeat if clinically "
        "indicated.")
    d.p("Potassium result telephoned to Elmstead Surgery 14:10 by BMS 4471.")
    d.p("Authorised by: Dr K. Adeyemi-Test, Consultant Chemical Pathologist", italic=True)
    d.never("labs", "Vitamin B12", "other", note="not performed")
    d.never("labs", "Folate", "other", note="not performed")
    d.never("conditions", "diabetes mellitus", "other", note="interpretive comment, not a diagnosis")
    d.never("conditions", "Dr K. Adeyemi-Test", "not_clinical")
    return d


# ---------------------------------------------------------------- 03 AU cumulative renal report
@document
def doc_au_cumulative_renal():
    d = Doc("au_cumulative_renal_report", country="Australia", kind="lab_report_cumulative",
            document_type="lab_result", service_date="2025-09-30", family="helv", size=9,
            header=[("SOUTHERN CROSS PATHOLOGY (synthetic)  ABN 00 000 000 000  NATA 0000",
                     "left", 8.5, True),
                    ("CUMULATIVE REPORT - RENAL   Lab no. 25-77310419   Page {page} of {pages}",
                     "left", 8, False)],
            service_date_note="latest collection in the cumulative table")
    d.kv([("Patient", "NGUYEN-TEST, Thanh   M   DOB 22/06/1949   Medicare 0000 00000 0"),
          ("Referring doctor", "Dr S. Whitlock-Test, Harbourside Family Practice, Wollongong NSW"),
          ("Clinical notes", "CKD, on spironolactone - monitor K+")], size=8.5)
    dates = ["02/09/2025", "16/09/2025", "30/09/2025"]
    iso = ["2025-09-02", "2025-09-16", "2025-09-30"]
    serum = [
        ("Sodium", ["139", "137", "136"], ["", "", ""], "mmol/L", "135-145"),
        ("Potassium", ["5.4", "5.8", "5.1"], ["H", "H", ""], "mmol/L", "3.5-5.2"),
        ("Urea", ["14.2", "16.8", "13.9"], ["H", "H", "H"], "mmol/L", "2.9-8.2"),
        ("Creatinine", ["168", "187", "161"], ["H", "H", "H"], "µmol/L", "60-110"),
        ("eGFR", ["35", "31", "37"], ["L", "L", "L"], "mL/min/1.73m²", ">90"),
        ("Bicarbonate", ["21", "20", "23"], ["L", "L", ""], "mmol/L", "22-32"),
        ("Albumin", ["34", "33", "35"], ["L", "L", ""], "g/L", "35-50"),
    ]
    urine = [
        ("Albumin/Creatinine ratio", ["42.5", "", "38.1"], ["H", "", "H"], "mg/mmol", "<3.5"),
        ("Creatinine (urine)", ["8.4", "", "9.1"], ["", "", ""], "mmol/L", ""),
    ]
    head = ["Test", "Date:  " + dates[0], dates[1], dates[2], "Units", "Ref. range"]
    table = [head, ["Time collected", "08:10", "07:55", "08:20", "", ""],
             ["SERUM", "", "", "", "", ""]]

    def add(rows, specimen):
        for name, vals, flags, unit, ref in rows:
            cells = []
            for v, f, dt in zip(vals, flags, iso):
                cells.append(f"{v} {f}".strip() if v else "-")
                if v:
                    extra = {"specimen": specimen}
                    r = ref or None
                    if r and r.startswith(">"):
                        extra.update(reference_low=float(r[1:]))
                    if r and r.startswith("<"):
                        extra.update(reference_high=float(r[1:]))
                    tn = name
                    if specimen == "urine" and not name.endswith("(urine)"):
                        tn = "Urine " + name
                    d.lab(tn, v, unit, r, f if r else None, date=dt, **extra)
            table.append([name] + cells + [unit, ref])

    add(serum, "serum")
    table.append(["URINE (spot, early morning)", "", "", "", "", ""])
    add(urine, "urine")
    d.table(table, [2.6, 1.3, 1.1, 1.1, 1.4, 1.1], size=8.5)
    d.p("H = above, L = below the reference interval. '-' = not requested.", size=8)
    d.p("Comment (30/09/2025): Potassium improved. eGFR calculated by CKD-EPI; it is not valid in "
        "acute kidney injury, pregnancy, extremes of body composition or in children. A urine "
        "ACR above 3.5 mg/mmol (male) indicates increased albuminuria.", size=8.5)
    d.p("Tests requested not yet completed: none.", size=8.5)
    d.p("Pathologist: Dr L. Fairweather-Test FRCPA", size=8.5, italic=True)
    d.never("conditions", "acute kidney injury", "other", note="boilerplate eGFR caveat")
    d.never("conditions", "pregnancy", "other", note="boilerplate eGFR caveat")
    d.never("labs", "Urine Albumin/Creatinine ratio 16/09/2025", "other",
            note="no result on 16/09 ('-'): no lab row for that date")
    return d


# ---------------------------------------------------------------- 04 US CMP / lipid / UA
@document
def doc_us_cmp_lipid_ua():
    d = Doc("us_cmp_lipid_urinalysis", country="US", kind="lab_report_single_column",
            document_type="lab_result", service_date="2025-06-18", page="LETTER", family="helv",
            size=8.8,
            header=[("PINNACLE REFERENCE LABORATORIES (synthetic)   CLIA 00D0000000", "left", 9, True),
                    ("Patient: TESTMAN, ROBERT J   DOB: 02/27/1967   Sex: M   Acct: 0004417729   "
                     "Page {page} of {pages}", "left", 8, False)])
    d.kv([("Collected", "06/18/2025 07:55 AM   Fasting: YES"),
          ("Received / Reported", "06/18/2025 11:20 AM  /  06/19/2025 04:12 AM"),
          ("Ordering physician", "ALVAREZ-TEST, MARIA MD   NPI 0000000000"),
          ("Specimen", "Serum, whole blood EDTA, urine (random)")], size=8.5)
    D = "2025-06-18"
    secs = [
        ("COMPREHENSIVE METABOLIC PANEL", "serum", [
            ("GLUCOSE", "128", "H", "mg/dL", "65-99"),
            ("UREA NITROGEN (BUN)", "18", "", "mg/dL", "7-25"),
            ("CREATININE", "1.41", "H", "mg/dL", "0.70-1.33"),
            ("EGFR", "56", "L", "mL/min/1.73m2", "> OR = 60"),
            ("SODIUM", "139", "", "mmol/L", "135-146"),
            ("POTASSIUM", "4.2", "", "mmol/L", "3.5-5.3"),
            ("CHLORIDE", "103", "", "mmol/L", "98-110"),
            ("CARBON DIOXIDE", "24", "", "mmol/L", "20-32"),
            ("CALCIUM", "9.6", "", "mg/dL", "8.6-10.3"),
            ("PROTEIN, TOTAL", "7.1", "", "g/dL", "6.1-8.1"),
            ("ALBUMIN", "4.3", "", "g/dL", "3.6-5.1"),
            ("BILIRUBIN, TOTAL", "0.6", "", "mg/dL", "0.2-1.2"),
            ("ALKALINE PHOSPHATASE", "88", "", "U/L", "36-130"),
            ("AST", "41", "H", "U/L", "10-35"),
            ("ALT", "58", "H", "U/L", "9-46")]),
        ("LIPID PANEL", "serum", [
            ("CHOLESTEROL, TOTAL", "236", "H", "mg/dL", "<200"),
            ("HDL CHOLESTEROL", "38", "L", "mg/dL", "> OR = 40"),
            ("TRIGLYCERIDES", "212", "H", "mg/dL", "<150"),
            ("LDL-CHOLESTEROL", "158", "H", "mg/dL (calc)", "<100"),
            ("CHOL/HDLC RATIO", "6.2", "H", "(calc)", "<5.0"),
            ("NON HDL CHOLESTEROL", "198", "H", "mg/dL (calc)", "<130")]),
        ("HEMOGLOBIN A1c", "whole blood", [
            ("HEMOGLOBIN A1c", "6.4", "H", "% of total Hgb", "<5.7")]),
        ("URINALYSIS, COMPLETE", "urine", [
            ("SPECIFIC GRAVITY", "1.021", "", "", "1.001-1.035"),
            ("PH", "6.0", "", "", "5.0-8.0"),
            ("GLUCOSE", "NEGATIVE", "", "", "NEGATIVE"),
            ("PROTEIN", "1+", "A", "", "NEGATIVE"),
            ("KETONES", "NEGATIVE", "", "", "NEGATIVE"),
            ("OCCULT BLOOD", "NEGATIVE", "", "", "NEGATIVE"),
            ("LEUKOCYTE ESTERASE", "NEGATIVE", "", "", "NEGATIVE"),
            ("NITRITE", "NEGATIVE", "", "", "NEGATIVE")]),
    ]
    table = [["Test Name", "In Range", "Out of Range", "Reference Range", "Units"]]
    for title, spec, rows in secs:
        table.append([title, "", "", "", ""])
        for name, v, f, unit, ref in rows:
            table.append(["   " + name, "" if f else v, f"{v} {f}" if f else "", ref, unit])
            extra = {"specimen": spec}
            if ref.startswith("> OR ="):
                extra["reference_low"] = float(ref.split("=")[1])
            if ref.startswith("<"):
                extra["reference_high"] = float(ref[1:])
            u = unit.replace(" (calc)", "").replace("(calc)", "") or None
            tn = name if spec != "urine" else f"{name} (urine)"
            d.lab(tn, v, u, ref, f, date=D, **extra)
    d.table(table, [2.7, 1.1, 1.3, 1.5, 1.4], size=8.5)
    d.p("HEMOGLOBIN A1c comment: For someone without known diabetes, a hemoglobin A1c value "
        "between 5.7% and 6.4% is consistent with prediabetes and should be confirmed with a "
        "follow-up test. For someone with known diabetes, a value <7% indicates that their "
        "diabetes is well controlled.", size=8)
    d.p("eGFR: CKD-EPI 2021 equation, race-free.", size=8)
    d.p("Performing site: Pinnacle Reference Laboratories, 1200 Test Park Dr, Springfield, "
        "Medical Director: J. Okafor-Test, MD", size=7.5)
    d.never("conditions", "prediabetes", "other", note="interpretive comment")
    d.never("conditions", "diabetes", "other", note="interpretive comment")
    d.never("labs", "FASTING", "not_clinical")
    d.never("allergies", "ALVAREZ-TEST, MARIA MD", "not_clinical")
    return d


# ---------------------------------------------------------------- 05 CA admission vs discharge (scan)
@document
def doc_ca_adm_dc_labs_scan():
    d = Doc("ca_inpatient_labs_adm_dc_scan", country="Canada", kind="lab_report_admission_discharge_scan",
            document_type="lab_result", service_date="2025-02-09", page="LETTER", family="courier",
            size=8.5,
            header=[("LAKESHORE GENERAL HOSPITAL (synthetic) - LABORATORY MEDICINE", "left", 9, True),
                    ("FAX TO: Dr. P. Chen-Test, Family Medicine  (416) 555-0100   p.{page}/{pages}",
                     "left", 8, False)],
            service_date_note="discharge collection; admission collection 2025-02-03")
    d.scan = {"format": "pdf", "angle": -1.7, "noise": 7, "dpi": 150, "quality": 45}
    d.lines(["Patient: TREMBLAY-TEST, Louise     HCN: 0000-000-000-TT     DOB: 1944-08-30",
             "MRN: LGH00418832    Admitted: 2025-02-03    Discharged: 2025-02-09",
             "Attending: Dr. R. Singh-Test (Internal Medicine)"], size=8.5)
    d.space(4)
    A, B = "2025-02-03", "2025-02-09"
    rows = [
        ("Hemoglobin", "98", "L", "104", "L", "g/L", "135-175"),
        ("WBC", "15.2", "H", "8.1", "", "x10^9/L", "4.0-11.0"),
        ("Platelets", "145", "L", "238", "", "x10^9/L", "150-400"),
        ("Sodium", "129", "L", "136", "", "mmol/L", "135-145"),
        ("Potassium", "3.2", "L", "4.1", "", "mmol/L", "3.5-5.0"),
        ("Creatinine", "156", "H", "98", "", "umol/L", "60-115"),
        ("Glucose, random", "11.4", "H", "7.2", "", "mmol/L", "3.3-7.8"),
        ("C-reactive protein", "212", "H", "38", "H", "mg/L", "<8.0"),
        ("Lactate", "3.8", "H", None, None, "mmol/L", "0.5-2.2"),
        ("Troponin I (hs)", "14", "", None, None, "ng/L", "<26"),
    ]
    table = [["TEST", "ADMISSION", "", "DISCHARGE", "", "UNITS", "REF RANGE"],
             ["", A + " 06:40", "", B + " 07:15", "", "", ""]]
    for name, v1, f1, v2, f2, unit, ref in rows:
        table.append([name, v1, f1, v2 or "----", f2 or "", unit, ref])
        for v, f, dt in ((v1, f1, A), (v2, f2, B)):
            if v is None:
                continue
            extra = {}
            if ref.startswith("<"):
                extra["reference_high"] = float(ref[1:])
            d.lab(name, v, unit, ref, f, date=dt, **extra)
    d.table(table, [2.4, 1.9, 0.5, 1.9, 0.5, 1.2, 1.4], size=8.5, header=2)
    d.p("Blood cultures x2 (2025-02-03): Escherichia coli in 1 of 2 sets, see microbiology report.",
        size=8.5)
    d.p("Critical value (lactate 3.8) phoned to ward 5B RN at 07:02 2025-02-03.", size=8.5)
    d.p("This fax may contain confidential information. If received in error call (416) 555-0199.",
        size=7.5)
    d.never("labs", "Blood cultures", "other", note="microbiology referral line, no value here (optional)")
    d.never("allergies", "Dr. R. Singh-Test", "not_clinical")
    return d


# ---------------------------------------------------------------- 06 India diagnostic centre report
@document
def doc_in_diagnostic_report():
    d = Doc("in_diagnostic_centre_report", country="India", kind="lab_report_single_column",
            document_type="lab_result", service_date="2025-08-12", family="helv", size=9,
            header=[("SHREE TEST DIAGNOSTICS & IMAGING (synthetic)   NABL cert. no. MC-0000", "center", 10, True),
                    ("Plot 14, Test Nagar, Pune 411000  |  Ph: 020-0000 0000  |  Page {page} of {pages}", "center", 8, False)])
    d.table([["Name : Mr. RAKESH KUMAR TESTPATIENT", "Age/Sex : 46 Y / M"],
             ["Ref. By : Dr. S. IYER-TEST (MD Medicine)", "Reg. No : STD/25/08/00917"],
             ["Collected : 12-Aug-2025 08:05 AM", "Reported : 12-Aug-2025 06:40 PM"]],
            [1.6, 1], header=0, size=8.8)
    D = "2025-08-12"
    table = [["Investigation", "Observed Value", "Flag", "Unit", "Biological Ref. Interval"]]
    sections = [
        ("HAEMATOLOGY - COMPLETE BLOOD COUNT", [
            ("Haemoglobin", "13.2", "", "g/dL", "13.0 - 17.0"),
            ("Total Leucocyte Count", "6800", "", "/cumm", "4000 - 11000"),
            ("Platelet Count", "1.45", "L", "lakhs/cumm", "1.5 - 4.5"),
            ("RBC Count", "4.62", "", "million/cumm", "4.5 - 5.5"),
            ("PCV", "40.1", "", "%", "40 - 50"),
            ("ESR (Westergren)", "28", "H", "mm/1st hr", "0 - 15")]),
        ("BIOCHEMISTRY", [
            ("Fasting Blood Sugar", "134", "H", "mg/dL", "70 - 100"),
            ("Post Prandial Blood Sugar", "212", "H", "mg/dL", "70 - 140"),
            ("Glycated Haemoglobin (HbA1c)", "7.6", "H", "%",
             "Non-diabetic: <5.7; Pre-diabetic: 5.7-6.4; Diabetic: 6.5 and above"),
            ("Serum Creatinine", "0.9", "", "mg/dL", "0.7 - 1.3"),
            ("Vitamin D (25-OH)", "14.2", "L", "ng/mL",
             "Deficiency: <20; Insufficiency: 20-30; Sufficiency: 30-100"),
            ("Vitamin B12", "186", "L", "pg/mL", "211 - 911")]),
        ("THYROID PROFILE", [
            ("T3 (Total)", "1.12", "", "ng/mL", "0.8 - 2.0"),
            ("T4 (Total)", "7.9", "", "µg/dL", "5.1 - 14.1"),
            ("TSH (Ultrasensitive)", "6.84", "H", "µIU/mL", "0.27 - 4.20")]),
    ]
    for title, rows in sections:
        table.append([title, "", "", "", ""])
        for name, v, f, unit, ref in rows:
            table.append([name, v, f, unit, ref])
            d.lab(name, v, unit, ref.replace(" ", "") if " - " in ref else ref, f, date=D,
                  specimen="blood")
    d.table(table, [2.6, 1.2, 0.6, 1.2, 2.6], size=8.6)
    d.p("URINE ROUTINE (Fasting sample)", bold=True, after=1)
    d.table([["Parameter", "Result", "Normal"], ["Urine Sugar", "Nil", "Nil"],
             ["Urine Albumin", "Trace", "Nil"], ["Pus cells", "2-3 /hpf", "0 - 5 /hpf"]],
            [2.6, 1.5, 1.5], size=8.6)
    d.lab("Urine Sugar", "Nil", None, "Nil", None, date=D, specimen="urine")
    d.lab("Urine Albumin", "Trace", None, "Nil", None, date=D, specimen="urine",
          note="no flag printed; value outside normal")
    d.lab("Urine Pus cells", "2-3", "/hpf", "0-5", None, date=D, specimen="urine",
          reference_low=0.0, reference_high=5.0)
    d.p("Note: Test results relate only to the sample as received. Kindly correlate clinically. "
        "Vitamin D deficiency is associated with osteomalacia and muscle weakness.", size=8)
    d.p("*** End of Report ***", align="center", size=8)
    d.table([["Dr. PRIYA NAIR-TEST", "Dr. ANIL DESHPANDE-TEST"],
             ["MD (Pathology), Consultant Pathologist", "MD (Biochemistry)"]], [1, 1], header=0,
            size=8.5)
    d.never("conditions", "osteomalacia", "leaflet")
    d.never("conditions", "muscle weakness", "leaflet")
    d.never("conditions", "Dr. PRIYA NAIR-TEST", "not_clinical")
    d.never("allergies", "MD (Pathology)", "not_clinical")
    return d


# ---------------------------------------------------------------- 07 UK pharmacy medication record
@document
def doc_uk_pharmacy_list():
    d = Doc("uk_pharmacy_medication_record", country="UK", kind="pharmacy_medication_list",
            document_type="prescription", service_date=None, family="helv", size=9,
            header=[("Hillcrest Pharmacy (synthetic)  -  Patient Medication Record", "left", 10, True)],
            service_date_note="print-out of a record; print date 20/06/2025 is not an encounter")
    d.truth["document_type_also_ok"] = ["medical_record"]
    d.truth["service_date_also_ok"] = ["2025-06-20"]
    d.kv([("Patient", "Mr Daniel OKAFOR-TEST   DOB 11/09/1979"),
          ("Address", "7 Test Lane, Sheffield S99 9ZZ     NHS No 999 000 1122"),
          ("GP", "Dr N. Whitfield, Parkgate Surgery"),
          ("Printed", "20/06/2025 11:47 by Pharmacist J. Boateng (GPhC 0000000)")])
    d.h("Allergies and sensitivities")
    d.lines(["Peanut - anaphylaxis (carries adrenaline auto-injector)",
             "Aspirin - bronchospasm"])
    d.h("Clinical conditions recorded")
    d.lines(["Asthma;  Hypothyroidism;  Depression"])
    d.h("Current repeat medicines")
    meds = [
        ("Fostair 100/6 pressurised inhaler (beclometasone/formoterol)", "TWO puffs TWICE a day", "1 x 120 dose", "02/06/2025"),
        ("Ventolin Evohaler 100micrograms/dose (salbutamol)", "1-2 puffs when required for wheeze/breathlessness", "1 x 200 dose", "02/06/2025"),
        ("Nexium 20mg gastro-resistant tablets (esomeprazole)", "ONE daily before breakfast", "28", "16/06/2025"),
        ("Lipitor 20mg tablets (atorvastatin)", "ONE at night", "28", "16/06/2025"),
        ("Levothyroxine 75microgram tablets", "ONE each morning", "28", "16/06/2025"),
        ("Sertraline 50mg tablets", "ONE daily", "28", "16/06/2025"),
        ("EpiPen 0.3mg auto-injector (adrenaline)", "Use as directed for anaphylaxis. Carry TWO at all times", "2", "11/01/2025"),
    ]
    d.table([["Medicine", "Directions", "Quantity", "Last issued"]] + [list(m) for m in meds],
            [3.2, 2.8, 1.1, 1.1], size=8.6)
    d.h("No longer current")
    d.table([["Medicine", "Ended", "Reason"],
             ["Omeprazole 20mg gastro-resistant capsules", "14/05/2025", "Changed to Nexium by GP"],
             ["Citalopram 20mg tablets", "03/03/2025", "Replaced by sertraline"]],
            [3.2, 1.2, 3], size=8.6)
    d.h("Counselling notes")
    d.p("Fostair: rinse mouth with water after each use to reduce the risk of oral thrush and "
        "hoarseness. Inhaler technique checked 02/06/2025 - good.")
    d.p("New Medicine Service follow-up for sertraline completed 30/03/2025.")
    d.med("beclometasone/formoterol", "100/6", None, "inhaled", "TWO puffs TWICE a day", brand="Fostair")
    d.med("salbutamol", "100", "micrograms", "inhaled", "1-2 puffs when required", brand="Ventolin Evohaler")
    d.med("esomeprazole", "20", "mg", "oral", "ONE daily before breakfast", brand="Nexium")
    d.med("atorvastatin", "20", "mg", "oral", "ONE at night", brand="Lipitor")
    d.med("levothyroxine", "75", "micrograms", "oral", "ONE each morning")
    d.med("sertraline", "50", "mg", "oral", "ONE daily")
    d.med("adrenaline", "0.3", "mg", "intramuscular", "as directed for anaphylaxis", brand="EpiPen")
    d.med("omeprazole", "20", "mg", "oral", None, status="stopped")
    d.med("citalopram", "20", "mg", "oral", None, status="stopped")
    d.allergy("peanut", "anaphylaxis", "severe")
    d.allergy("aspirin", "bronchospasm")
    d.cond("asthma")
    d.cond("hypothyroidism")
    d.cond("depression")
    d.never("medications", "omeprazole", "stopped", note="only as status stopped")
    d.never("medications", "citalopram", "stopped", note="only as status stopped")
    d.never("conditions", "oral thrush", "leaflet")
    d.never("conditions", "hoarseness", "leaflet")
    d.never("allergies", "Pharmacist J. Boateng", "not_clinical")
    return d


# ---------------------------------------------------------------- 08 US pharmacy prescription history
@document
def doc_us_pharmacy_history():
    d = Doc("us_pharmacy_rx_history", country="US", kind="pharmacy_medication_list",
            document_type="prescription", service_date=None, page="LETTER", family="courier",
            size=8,
            header=[("MAPLEWOOD DRUG #4471 (synthetic) - PRESCRIPTION HISTORY", "left", 9, True),
                    ("Printed 06/02/2025 09:14   Page {page} of {pages}", "left", 8, False)],
            service_date_note="history print-out spanning many fills")
    d.truth["document_type_also_ok"] = ["medical_record"]
    d.lines(["PATIENT: GARCIA-TEST, ELENA M    DOB: 10/23/1960    PH: (555) 010-4477",
             "ADDR: 88 TEST HOLLOW RD, DAYTON OH 45400",
             "ALLERGIES ON FILE: SULFA (SULFONAMIDE ANTIBIOTICS); CODEINE",
             "HEALTH CONDITIONS: HYPOTHYROIDISM; HYPERTENSION; TYPE 2 DIABETES",
             "PLAN: TESTCARE PART D  BIN 000000  PCN TST  GRP TST01  ID TST000441"], size=8)
    d.space(4)
    rows = [
        ("7704412", "LIPITOR 40 MG TABLET\n(ATORVASTATIN CALCIUM)", "TAKE 1 TABLET BY MOUTH ONCE DAILY AT BEDTIME", "90", "05/14/2025", "ACTIVE"),
        ("7704413", "SYNTHROID 88 MCG TABLET\n(LEVOTHYROXINE SODIUM)", "TAKE 1 TABLET BY MOUTH EVERY MORNING ON AN EMPTY STOMACH", "90", "05/14/2025", "ACTIVE"),
        ("7698201", "LISINOPRIL 20 MG TABLET", "TAKE 1 TABLET BY MOUTH DAILY", "90", "04/29/2025", "ACTIVE"),
        ("7698202", "METFORMIN HCL ER 500 MG TAB", "TAKE 2 TABLETS BY MOUTH WITH EVENING MEAL", "180", "04/29/2025", "ACTIVE"),
        ("7650019", "EPIPEN 2-PAK 0.3 MG AUTO-INJ\n(EPINEPHRINE)", "INJECT 0.3 MG INTO OUTER THIGH ONCE AS NEEDED FOR ANAPHYLAXIS. MAY REPEAT ONCE", "2", "01/09/2025", "ACTIVE"),
        ("7661734", "VENTOLIN HFA 90 MCG INHALER\n(ALBUTEROL SULFATE)", "INHALE 2 PUFFS BY MOUTH EVERY 4 TO 6 HOURS AS NEEDED FOR WHEEZING", "18 G", "03/02/2025", "ACTIVE"),
        ("7590377", "NEXIUM 40 MG CAPSULE\n(ESOMEPRAZOLE MAGNESIUM)", "TAKE 1 CAPSULE BY MOUTH DAILY BEFORE BREAKFAST", "30", "11/20/2024", "INACTIVE - DC'D BY PRESCRIBER"),
        ("7688145", "AMOXICILLIN 875 MG TABLET", "TAKE 1 TABLET BY MOUTH TWICE DAILY FOR 10 DAYS", "20", "02/11/2025", "COMPLETED"),
    ]
    d.table([["RX#", "DRUG", "SIG", "QTY", "LAST FILL", "STATUS"]] + [list(r) for r in rows],
            [0.9, 2.4, 3.0, 0.6, 1.1, 1.3], size=7.8)
    d.p("TOTAL RX: 8     ACTIVE: 6", size=8)
    d.p("THIS IS NOT A BILL. FOR TAX / INSURANCE PURPOSES ONLY. PATIENT SIGNATURE ON FILE.", size=7)
    d.med("atorvastatin", "40", "mg", "oral", "once daily at bedtime", brand="Lipitor")
    d.med("levothyroxine", "88", "mcg", "oral", "every morning on an empty stomach", brand="Synthroid")
    d.med("lisinopril", "20", "mg", "oral", "daily")
    d.med("metformin ER", "500", "mg", "oral", "2 tablets with evening meal", aliases=["METFORMIN HCL ER"],
          note="2 x 500 mg tablets per dose")
    d.med("epinephrine", "0.3", "mg", "intramuscular", "once as needed for anaphylaxis", brand="EpiPen")
    d.med("albuterol", "90", "mcg", "inhaled", "2 puffs every 4 to 6 hours as needed", brand="Ventolin HFA")
    d.med("esomeprazole", "40", "mg", "oral", "daily before breakfast", status="stopped", brand="Nexium")
    d.med("amoxicillin", "875", "mg", "oral", "twice daily for 10 days", status="completed")
    d.allergy("sulfonamide antibiotics")
    d.allergy("codeine")
    d.cond("hypothyroidism")
    d.cond("hypertension")
    d.cond("type 2 diabetes")
    d.never("medications", "esomeprazole", "stopped", note="only as status stopped")
    d.never("medications", "amoxicillin", "stopped", note="course completed; only as status completed")
    d.never("allergies", "TESTCARE PART D", "not_clinical")
    return d


# ---------------------------------------------------------------- 09 AU discharge summary (insulin)
@document
def doc_au_discharge_hhs():
    d = Doc("au_discharge_summary_hhs_insulin", country="Australia", kind="discharge_summary",
            document_type="discharge_summary", service_date="2025-03-17", family="helv", size=9,
            header=[("Bayside Regional Hospital (synthetic) - Department of General Medicine", "left", 9, True),
                    ("DISCHARGE SUMMARY     URN 00-44-719     Page {page} of {pages}", "left", 8, False)],
            footer=[("Patient: PAPADOPOULOS-TEST, George  DOB 05/05/1957  Medicare 0000 00000 0", "left", 7.5, False)])
    d.kv([("Patient", "Mr George PAPADOPOULOS-TEST, 67 y"),
          ("Admitted", "11/03/2025 via Emergency Department"),
          ("Discharged", "17/03/2025 to home"),
          ("Consultant", "Dr F. Lindqvist-Test (General Medicine)"),
          ("GP", "Dr T. Huang-Test, Coastline Medical Centre, Wollongong NSW")])
    d.h("Diagnoses")
    d.p("Principal: Hyperglycaemic hyperosmolar state, precipitated by right lower lobe "
        "community-acquired pneumonia.")
    d.p("Secondary: Acute kidney injury (pre-renal) - resolved. Type 2 diabetes mellitus, "
        "poorly controlled (HbA1c 99 mmol/mol / 11.2%).")
    d.p("Comorbidities: Hypertension; Gout (no flare since 2022); Obesity (BMI 34).")
    d.h("Alerts / Adverse drug reactions")
    d.lines(["Trimethoprim - rash (mild), 2019",
             "Adhesive dressings (Elastoplast) - skin blistering",
             "No other known adverse drug reactions."])
    d.h("Clinical summary")
    d.p("Presented with 5 days of polyuria, polydipsia and productive cough. Admission glucose "
        "38.6 mmol/L, serum osmolality 338 mOsm/kg, no ketosis. Treated with IV 0.9% saline, "
        "IV insulin infusion and IV ceftriaxone plus oral doxycycline, changed to oral "
        "amoxicillin/clavulanic acid on day 3. Transitioned to basal insulin on 14/03/2025. "
        "Seen by diabetes educator: pen technique and hypo management taught. No chest pain "
        "and troponin not elevated.")
    d.h("Results")
    A, B = "2025-03-11", "2025-03-17"
    labs = [("Glucose (venous)", "38.6", "H", "8.2", "H", "mmol/L", "3.0-7.7"),
            ("Sodium", "149", "H", "141", "", "mmol/L", "135-145"),
            ("Creatinine", "212", "H", "148", "H", "µmol/L", "60-110"),
            ("eGFR", "24", "L", "41", "L", "mL/min/1.73m²", ">90"),
            ("HbA1c", "99", "H", None, None, "mmol/mol", "20-42")]
    t = [["Test", "11/03/2025", "17/03/2025", "Units", "Ref"]]
    for name, v1, f1, v2, f2, u, ref in labs:
        t.append([name, f"{v1} {f1}".strip(), f"{v2} {f2}".strip() if v2 else "", u, ref])
        for v, f, dt in ((v1, f1, A), (v2, f2, B)):
            if v:
                extra = {"reference_low": 90.0} if ref.startswith(">") else {}
                d.lab(name, v, u, ref, f, date=dt, **extra)
    d.lab("serum osmolality", "338", "mOsm/kg", date=A, note="in narrative")
    d.table(t, [2.2, 1.2, 1.2, 1.4, 1], size=8.6)
    d.h("Observations on discharge (17/03/2025 08:00)")
    d.p("BP 132/78 mmHg   HR 84 /min   Temp 36.8 °C   RR 16 /min   SpO2 97% on room air")
    d.h("Discharge medications")
    meds = [
        ["Insulin glargine (Optisulin) 100 units/mL SoloStar pen", "Inject 22 units subcut", "at night (21:00)", "NEW"],
        ["Amoxicillin/clavulanic acid 875/125 mg tab", "1 tablet oral", "twice daily until 19/03/2025", "NEW - complete 7 day course"],
        ["Perindopril 5 mg tab", "5 mg oral", "mane", "CHANGED - dose reduced from 10 mg (AKI)"],
        ["Metformin XR 1000 mg tab (Diabex XR)", "1000 mg oral", "with evening meal", "WITHHELD - GP to restart if eGFR > 45"],
        ["Allopurinol 100 mg tab", "100 mg oral", "daily", "Unchanged"],
        ["Atorvastatin 40 mg tab", "40 mg oral", "nocte", "Unchanged"],
        ["Gliclazide MR 60 mg tab", "-", "-", "CEASED - hypoglycaemia risk with insulin"],
    ]
    d.table([["Medication", "Dose / route", "Frequency", "Status"]] + meds, [3, 1.6, 1.7, 2.3], size=8.5)
    d.h("Plan / follow-up")
    d.p("1. GP review within 1 week: UEC and capillary glucose diary; titrate glargine by 2 units "
        "every 3 days to fasting BGL 6-8 mmol/L.")
    d.p("2. GP to consider commencing empagliflozin once renal function stable.")
    d.p("3. Diabetes educator clinic 24/03/2025. Repeat chest X-ray in 6 weeks.")
    d.p("4. Influenza vaccine offered on ward - patient prefers to have it at GP.")
    d.p("Electronically signed: Dr M. Okafor-Test, Resident Medical Officer, 17/03/2025 11:32",
        italic=True)
    d.med("insulin glargine", "22", "units", "subcutaneous", "at night", status="new",
          brand="Optisulin", concentration="100 units/mL")
    d.med("amoxicillin/clavulanic acid", "875/125", "mg", "oral", "twice daily", status="new")
    d.med("perindopril", "5", "mg", "oral", "mane", status="changed")
    d.med("metformin XR", "1000", "mg", "oral", "with evening meal", status="held", brand="Diabex XR")
    d.med("allopurinol", "100", "mg", "oral", "daily")
    d.med("atorvastatin", "40", "mg", "oral", "nocte")
    d.med("gliclazide MR", "60", "mg", "oral", None, status="stopped")
    d.vital("blood_pressure", "132/78 mmHg", 132, "mmHg", 78)
    d.vital("heart_rate", "84 /min", 84, "/min")
    d.vital("temperature", "36.8 °C", 36.8, "°C")
    d.vital("respiratory_rate", "16 /min", 16, "/min")
    d.vital("oxygen_saturation", "97%", 97, "%")
    d.allergy("trimethoprim", "rash", "mild")
    d.allergy("adhesive dressings (Elastoplast)", "skin blistering")
    d.cond("hyperglycaemic hyperosmolar state", "active")
    d.cond("community-acquired pneumonia", "active")
    d.cond("acute kidney injury", "resolved")
    d.cond("type 2 diabetes mellitus", "active")
    d.cond("hypertension", "active")
    d.cond("gout", "active")
    d.cond("obesity", "active")
    d.never("medications", "gliclazide MR", "stopped", note="only as status stopped")
    d.never("medications", "empagliflozin", "planned")
    d.never("medications", "ceftriaxone", "historical",
            note="inpatient only, not a discharge medication")
    d.never("medications", "doxycycline", "historical", note="inpatient only")
    d.never("medications", "IV insulin infusion", "historical", note="inpatient only")
    d.never("immunizations", "influenza vaccine", "planned")
    d.never("conditions", "acute kidney injury", "historical", note="only as status resolved")
    d.never("conditions", "chest pain", "negated")
    d.never("conditions", "ketosis", "negated")
    return d


# ---------------------------------------------------------------- 10 UK discharge summary (HF)
@document
def doc_uk_discharge_hf():
    d = Doc("uk_discharge_summary_heart_failure", country="UK", kind="discharge_summary",
            document_type="discharge_summary", service_date="2024-12-09", family="times", size=10,
            header=[("Northgate NHS Foundation Trust (synthetic)  -  Inpatient Discharge Summary (TTO)", "left", 9, True),
                    ("Patient: WHITAKER-TEST, Ronald   NHS No 999 222 3344   DOB 14/02/1946   Page {page} of {pages}", "left", 8.5, False)],
            footer=[("CONFIDENTIAL - This summary was sent electronically to the GP on 09/12/2024", "left", 7.5, False)])
    d.kv([("Ward", "Ward 22 (Cardiology)"), ("Admitted", "02/12/2024 16:20 (via ED)"),
          ("Discharged", "09/12/2024 14:00"), ("Responsible consultant", "Dr E. Fairbairn-Test"),
          ("Discharge destination", "Usual residence")])
    d.h("Diagnoses")
    d.table([["Diagnosis", "Status", "ICD-10"],
             ["Acute decompensated heart failure with reduced ejection fraction (LVEF 30%)", "Primary, active", "I50.1"],
             ["Atrial fibrillation with fast ventricular response - new", "Active", "I48.9"],
             ["Chronic kidney disease stage 3a", "Comorbidity", "N18.3"],
             ["Chronic obstructive pulmonary disease", "Comorbidity", "J44.9"],
             ["Myocardial infarction (2015, PCI to LAD)", "Past history", "I25.2"]],
            [5, 1.6, 1], size=9)
    d.h("Allergies / adverse drug reactions")
    d.lines(["Penicillin - anaphylaxis (severe)", "Doxycycline - photosensitivity"])
    d.h("Hospital course")
    d.p("Mr Whitaker-Test presented with 10 days of worsening breathlessness, orthopnoea and "
        "bilateral leg oedema. ECG showed new atrial fibrillation, rate 140. Chest X-ray: "
        "pulmonary oedema and small bilateral effusions; no evidence of pneumonia. Treated with "
        "IV furosemide 80 mg twice daily with good diuresis (weight 88.1 kg on admission, 82.6 kg "
        "on discharge). Echo 04/12/2024: LVEF 30%, moderate functional MR. Rate controlled with "
        "bisoprolol; anticoagulated with apixaban. Ramipril was withheld because of a rise in "
        "creatinine. He has no anginal symptoms.")
    d.h("Key results")
    A, B = "2024-12-02", "2024-12-09"
    t = [["Test", "02/12/2024", "09/12/2024", "Units", "Range"]]
    for name, v1, f1, v2, f2, u, ref in [
            ("NT-proBNP", "4820", "H", None, None, "ng/L", "<400"),
            ("Sodium", "131", "L", "135", "", "mmol/L", "133-146"),
            ("Potassium", "5.2", "", "4.7", "", "mmol/L", "3.5-5.3"),
            ("Creatinine", "148", "H", "121", "H", "µmol/L", "59-104"),
            ("Haemoglobin", "131", "", "127", "L", "g/L", "130-180")]:
        t.append([name, f"{v1} {f1}".strip(), (f"{v2} {f2}".strip() if v2 else "-"), u, ref])
        for v, f, dt in ((v1, f1, A), (v2, f2, B)):
            if v:
                extra = {"reference_high": float(ref[1:])} if ref.startswith("<") else {}
                d.lab(name, v, u, ref, f, date=dt, **extra)
    d.table(t, [2, 1.3, 1.3, 1.2, 1.2], size=9)
    d.h("Observations at discharge")
    d.p("BP 118/72 mmHg, HR 78 bpm (AF), SpO2 94% on air, weight 82.6 kg.")
    d.newpage()
    d.h("Medications on discharge (TTO)")
    meds = [
        ["Furosemide", "80 mg", "Oral", "Once daily (morning)", "CHANGED", "Increased from 40 mg OM"],
        ["Bisoprolol", "5 mg", "Oral", "Once daily", "CHANGED", "Increased from 2.5 mg"],
        ["Apixaban", "5 mg", "Oral", "Twice daily", "NEW", "AF, CHA2DS2-VASc 5"],
        ["Dapagliflozin", "10 mg", "Oral", "Once daily", "NEW", "HFrEF"],
        ["Ramipril", "2.5 mg", "Oral", "Once daily", "WITHHELD", "AKI - GP to restart when creatinine at baseline"],
        ["Atorvastatin", "80 mg", "Oral", "At night", "Unchanged", ""],
        ["Tiotropium (Spiriva Respimat)", "2.5 micrograms", "Inhaled", "TWO puffs once daily", "Unchanged", ""],
        ["Salbutamol", "100 micrograms", "Inhaled", "2 puffs PRN", "Unchanged", ""],
        ["Amlodipine", "10 mg", "Oral", "Once daily", "STOPPED", "Not indicated in HFrEF; ankle oedema"],
        ["Aspirin", "75 mg", "Oral", "Once daily", "STOPPED", "Now anticoagulated"],
    ]
    d.table([["Medicine", "Dose", "Route", "Frequency", "Status", "Comment"]] + meds,
            [2.4, 1.3, 0.9, 1.6, 1.1, 2.4], size=8.8)
    d.h("Actions for GP")
    d.p("1. U&E in 1 week (creatinine, potassium); restart ramipril 1.25 mg once daily if "
        "creatinine < 110 µmol/L.")
    d.p("2. Heart failure specialist nurse review in 2 weeks; daily weights, call if gain > 2 kg "
        "in 3 days.")
    d.p("3. Heart failure clinic to consider switching ramipril to sacubitril/valsartan.")
    d.p("4. Outpatient cardiac rehabilitation referral made.")
    d.p("Completed by: Dr S. Iqbal-Test, FY2, bleep 4471", italic=True)
    for n, dose, u, route, fr, st in [
            ("furosemide", "80", "mg", "oral", "once daily (morning)", "changed"),
            ("bisoprolol", "5", "mg", "oral", "once daily", "changed"),
            ("apixaban", "5", "mg", "oral", "twice daily", "new"),
            ("dapagliflozin", "10", "mg", "oral", "once daily", "new"),
            ("ramipril", "2.5", "mg", "oral", "once daily", "held"),
            ("atorvastatin", "80", "mg", "oral", "at night", "active"),
            ("tiotropium", "2.5", "micrograms", "inhaled", "two puffs once daily", "active"),
            ("salbutamol", "100", "micrograms", "inhaled", "2 puffs PRN", "active"),
            ("amlodipine", "10", "mg", "oral", "once daily", "stopped"),
            ("aspirin", "75", "mg", "oral", "once daily", "stopped")]:
        d.med(n, dose, u, route, fr, status=st, **({"brand": "Spiriva Respimat"} if n == "tiotropium" else {}))
    d.vital("blood_pressure", "118/72 mmHg", 118, "mmHg", 72, date="2024-12-09")
    d.vital("heart_rate", "78 bpm", 78, "bpm", date="2024-12-09")
    d.vital("oxygen_saturation", "94%", 94, "%", date="2024-12-09")
    d.vital("weight", "82.6 kg", 82.6, "kg", date="2024-12-09")
    d.vital("weight", "88.1 kg", 88.1, "kg", date="2024-12-02", note="admission weight in narrative")
    d.allergy("penicillin", "anaphylaxis", "severe")
    d.allergy("doxycycline", "photosensitivity")
    d.cond("acute decompensated heart failure with reduced ejection fraction", "active", "I50.1")
    d.cond("atrial fibrillation", "active", "I48.9")
    d.cond("chronic kidney disease stage 3a", "active", "N18.3")
    d.cond("chronic obstructive pulmonary disease", "active", "J44.9")
    d.cond("myocardial infarction", "history", "I25.2")
    d.never("medications", "amlodipine", "stopped", note="only as status stopped")
    d.never("medications", "aspirin", "stopped", note="only as status stopped")
    d.never("medications", "sacubitril/valsartan", "planned")
    d.never("medications", "IV furosemide 80 mg twice daily", "historical", note="inpatient regimen; discharge dose is 80 mg oral once daily")
    d.never("conditions", "pneumonia", "negated")
    d.never("conditions", "angina", "negated")
    d.never("conditions", "myocardial infarction", "historical", note="only as status history")
    return d


# ---------------------------------------------------------------- 11 US ED triage note
@document
def doc_us_ed_triage():
    d = Doc("us_ed_triage_note", country="US", kind="ed_triage_note", document_type="medical_record",
            service_date="2025-07-19", page="LETTER", family="helv", size=9,
            header=[("MERCY VALLEY MEDICAL CENTER (synthetic) - EMERGENCY DEPARTMENT", "left", 9.5, True),
                    ("TRIAGE NOTE    Arrival: 07/19/2025 22:14    Page {page} of {pages}", "left", 8, False)])
    d.kv([("Patient", "HOLLOWAY-TEST, DESHAWN   33 y.o. M   MRN E00771934"),
          ("Mode of arrival", "Ambulatory, accompanied by partner"),
          ("Chief complaint", "SOB x2 days, wheezing, cough")], size=8.8)
    d.h("Triage assessment  (RN K. Oduya-Test, 22:19)")
    d.p("Pt reports 2 days of progressive SOB and wheezing not relieved by home albuterol, "
        "productive cough with yellow sputum. Reports subjective fevers. Denies chest pain, "
        "hemoptysis, leg swelling. Speaking in short sentences, accessory muscle use noted. "
        "ESI level 2.")
    d.table([["Time", "BP", "HR", "RR", "Temp", "SpO2", "Pain"],
             ["22:19", "142/88", "112", "24", "100.4 °F (38.0 °C)", "91% RA", "3/10"],
             ["22:52", "", "104", "20", "", "95% 2L NC", ""]],
            [0.8, 1, 0.7, 0.7, 1.8, 1.2, 0.7], size=8.8)
    d.p("Weight 84.5 kg (stated)   Height 178 cm (stated)", size=8.8)
    d.h("Allergies")
    d.lines(["Sulfa drugs - hives", "Shellfish - throat swelling", "Latex: denies"])
    d.h("Home medications (per patient)")
    d.lines(["budesonide/formoterol (Symbicort) 160/4.5 mcg 2 puffs BID",
             "albuterol HFA 90 mcg 2 puffs q4h PRN",
             "montelukast 10 mg PO qHS",
             "sertraline 100 mg PO daily"])
    d.h("PMH / PSH")
    d.p("Asthma (intubated x1 in 2019). Anxiety. GERD. No hx DM, HTN or cardiac disease. "
        "Appendectomy age 12.")
    d.h("Social / family")
    d.p("Smokes 1/2 ppd cigarettes. Occasional EtOH. Father - COPD and lung cancer. "
        "Immunizations: flu vaccine not this season; Tdap unknown.")
    d.h("Triage interventions (standing orders)")
    d.lines(["22:24 ipratropium-albuterol (DuoNeb) 3 mL nebulized x1 - given",
             "22:31 methylprednisolone 125 mg IV x1 - given",
             "22:40 O2 2 L/min via nasal cannula"])
    d.p("Placed in Resus 3. MD notified 22:25.", italic=True)
    d.vital("blood_pressure", "142/88", 142, "mmHg", 88, time="22:19")
    d.vital("heart_rate", "112", 112, "bpm", time="22:19")
    d.vital("respiratory_rate", "24", 24, "/min", time="22:19")
    d.vital("temperature", "100.4 °F", 100.4, "°F", time="22:19", also_ok={"value_numeric": 38.0, "unit": "°C"})
    d.vital("oxygen_saturation", "91% RA", 91, "%", time="22:19")
    d.vital("heart_rate", "104", 104, "bpm", time="22:52")
    d.vital("respiratory_rate", "20", 20, "/min", time="22:52")
    d.vital("oxygen_saturation", "95% 2L NC", 95, "%", time="22:52")
    d.vital("weight", "84.5 kg", 84.5, "kg")
    d.vital("height", "178 cm", 178, "cm")
    d.allergy("sulfa drugs", "hives")
    d.allergy("shellfish", "throat swelling")
    d.med("budesonide/formoterol", "160/4.5", "mcg", "inhaled", "2 puffs BID", brand="Symbicort")
    d.med("albuterol", "90", "mcg", "inhaled", "2 puffs q4h PRN")
    d.med("montelukast", "10", "mg", "PO", "qHS")
    d.med("sertraline", "100", "mg", "PO", "daily")
    d.med("ipratropium-albuterol", "3", "mL", "nebulized", "x1", status="completed", brand="DuoNeb")
    d.med("methylprednisolone", "125", "mg", "IV", "x1", status="completed")
    d.cond("asthma", "active")
    d.cond("anxiety", "active")
    d.cond("GERD", "active")
    d.cond("appendectomy", "history", optional=True, note="procedure")
    d.never("allergies", "latex", "negated")
    d.never("conditions", "DM", "negated", aliases=["diabetes mellitus"])
    d.never("conditions", "HTN", "negated", aliases=["hypertension"])
    d.never("conditions", "cardiac disease", "negated")
    d.never("conditions", "chest pain", "negated")
    d.never("conditions", "hemoptysis", "negated")
    d.never("conditions", "COPD", "family")
    d.never("conditions", "lung cancer", "family")
    d.never("immunizations", "flu vaccine", "negated", note="not this season")
    d.never("immunizations", "Tdap", "other", note="unknown status")
    return d


# ---------------------------------------------------------------- 12 IE GP referral (rheumatology)
@document
def doc_ie_gp_referral():
    d = Doc("ie_gp_referral_rheumatology", country="Ireland", kind="gp_referral_letter",
            document_type="medical_record", service_date="2025-02-03", family="times", size=10.5)
    d.title("Ballyhale Medical Centre (synthetic)", 13, align="left")
    d.lines(["Main Street, Ballyhale, Co. Kilkenny  R00 TE57   Tel 056 000 0000"], size=9)
    d.space(6)
    d.lines(["Rheumatology Outpatients", "University Hospital Testford (synthetic)"])
    d.p("3rd February 2025", align="right")
    d.p("RE: Mr Seán Ó TESTÁIN, DOB 18/04/1972, 21 Bóthar na Trá, Ballyhale.  GMS no. 0000000T",
        bold=True)
    d.p("Dear Colleague,")
    d.p("I would be grateful if you would see this 52 year old farmer with a three month history "
        "of bilateral hand and wrist swelling and early morning stiffness lasting over an hour. "
        "On examination today the MCP joints of both hands and the right wrist are swollen and "
        "tender; I am concerned about an inflammatory polyarthritis, possibly rheumatoid "
        "arthritis. His BP today was 138/86.")
    d.p("Bloods last week showed a CRP of 34 mg/L, ESR 41 mm/hr and rheumatoid factor positive at "
        "62 IU/mL; anti-CCP is pending. Urate was 0.38 mmol/L.")
    d.p("Background: psoriasis (scalp and elbows, on topical treatment only), hypothyroidism, "
        "hypertension, and renal colic in 2018 which has settled.")
    d.p("His regular medications are Eltroxin 100mcg daily, Coversyl Arginine Plus 5mg/1.25mg "
        "one daily and Zanidip 10mg mane. He takes Difene 75mg twice daily as needed, which helps "
        "considerably, and I have added omeprazole 20mg daily for gastric protection. He "
        "completed a five day course of prednisolone 20mg daily last month, prescribed by the "
        "out-of-hours service for a flare of his joint pain.")
    d.p("No known drug allergies. His mother had rheumatoid arthritis. He does not smoke.")
    d.p("Many thanks for your help.")
    d.p("Is mise le meas,", after=18)
    d.lines(["Dr Aoife Test-Brennan MICGP", "General Practitioner"])
    d.med("levothyroxine", "100", "mcg", None, "daily", brand="Eltroxin")
    d.med("perindopril/indapamide", "5/1.25", "mg", None, "one daily", brand="Coversyl Arginine Plus")
    d.med("lercanidipine", "10", "mg", None, "mane", brand="Zanidip")
    d.med("diclofenac", "75", "mg", None, "twice daily as needed", brand="Difene")
    d.med("omeprazole", "20", "mg", None, "daily", status="new")
    d.med("prednisolone", "20", "mg", None, "daily", status="completed")
    d.lab("CRP", "34", "mg/L")
    d.lab("ESR", "41", "mm/hr")
    d.lab("rheumatoid factor", "62", "IU/mL", flag="abnormal", note="'positive' stated in prose")
    d.lab("urate", "0.38", "mmol/L")
    d.vital("blood_pressure", "138/86", 138, "mmHg", 86)
    d.cond("inflammatory polyarthritis", "active")
    d.cond("psoriasis", "active")
    d.cond("hypothyroidism", "active")
    d.cond("hypertension", "active")
    d.cond("renal colic", "resolved")
    d.never("conditions", "rheumatoid arthritis", "other", note="suspected only; mother's RA is family")
    d.never("labs", "anti-CCP", "other", note="pending, no value")
    d.never("medications", "prednisolone", "stopped", note="completed course; only as status completed")
    d.never("allergies", "No known drug allergies", "negated")
    d.never("allergies", "Dr Aoife Test-Brennan", "not_clinical")
    d.never("conditions", "Is mise le meas", "not_clinical")
    return d


# ---------------------------------------------------------------- 13 NZ NIR child immunisation history
@document
def doc_nz_nir_child():
    d = Doc("nz_nir_child_immunisation_history", country="New Zealand", kind="immunisation_history",
            document_type="immunization_record", service_date=None, family="helv", size=9,
            header=[("National Immunisation Register (synthetic print) - Immunisation History", "left", 9.5, True),
                    ("Printed 02/07/2025 by Practice Nurse, Te Awa Test Health Centre   Page {page} of {pages}", "left", 8, False)])
    d.kv([("Child", "ARAPETA-TEST, Mereana   NHI ZZZ0024   Female"),
          ("Date of birth", "14/02/2023"),
          ("Caregiver", "Hinewai Arapeta-Test (mother)"),
          ("Date format", "All dates on this record are DD/MM/YYYY")])
    d.h("Vaccinations given / events")
    rows = [
        ("Infanrix-hexa (DTaP-IPV-HepB/Hib)", "6 weeks, dose 1", "28/03/2023", "Given", "A23HX041", "L thigh"),
        ("Prevenar 13 (PCV13)", "6 weeks, dose 1", "28/03/2023", "Given", "PV1307", "R thigh"),
        ("Rotarix (rotavirus)", "6 weeks, dose 1", "28/03/2023", "Given", "RTX5521", "Oral"),
        ("Infanrix-hexa (DTaP-IPV-HepB/Hib)", "3 months, dose 2", "16/05/2023", "Given", "A23HX117", "L thigh"),
        ("Rotarix (rotavirus)", "3 months, dose 2", "16/05/2023", "Given", "RTX5689", "Oral"),
        ("Infanrix-hexa (DTaP-IPV-HepB/Hib)", "5 months, dose 3", "19/07/2023", "Given", "A23HX166", "L thigh"),
        ("Prevenar 13 (PCV13)", "5 months, dose 2", "19/07/2023", "Given", "PV1344", "R thigh"),
        ("Bexsero (MenB)", "dose 1", "19/07/2023", "Declined - parental choice", "", ""),
        ("Priorix (MMR)", "12 months, dose 1", "21/02/2024", "Given", "MMR2209", "L arm"),
        ("Prevenar 13 (PCV13)", "12 months, dose 3", "21/02/2024", "Given", "PV1402", "R thigh"),
        ("Varivax (varicella)", "15 months, dose 1", "08/05/2024", "Given", "VAR0883", "L arm"),
        ("Act-HIB (Hib)", "15 months, dose 4", "08/05/2024", "Given", "HIB7712", "R thigh"),
        ("Priorix (MMR)", "15 months, dose 2", "08/05/2024", "Given", "MMR2311", "R arm"),
        ("Influvac Tetra (influenza)", "2024 season, dose 1", "03/06/2024", "Given", "FLU2401", "L arm"),
    ]
    d.table([["Vaccine", "Event / dose", "Date", "Status", "Batch", "Site"]] + [list(r) for r in rows],
            [2.9, 1.6, 1, 1.5, 1, 0.8], size=8.4)
    for vac, ev, date, st, batch, site in rows:
        dd, mm, yy = date.split("/")
        iso = f"{yy}-{mm}-{dd}"
        dose = int(ev.split("dose ")[1])
        if st == "Given":
            d.imm(vac, iso, dose, batch)
        else:
            d.never("immunizations", vac, "negated", note="declined by parent", date=iso)
    d.h("Due / overdue")
    d.table([["Vaccine", "Event", "Due date", "Status"],
             ["Influenza (2025 season)", "annual", "01/04/2025", "Overdue"],
             ["Infanrix-IPV (DTaP-IPV)", "4 years", "14/02/2027", "Due"]], [2.9, 1.6, 1.2, 1], size=8.4)
    d.never("immunizations", "Influenza (2025 season)", "due")
    d.never("immunizations", "Infanrix-IPV", "due")
    d.p("Reactions recorded: none.", size=8.5)
    d.p("Key: Declined = caregiver informed choice not to vaccinate on that date.", size=8)
    d.never("allergies", "none", "negated", note="'Reactions recorded: none'")
    return d


# ---------------------------------------------------------------- 14 US IIS adult record
@document
def doc_us_iis_adult():
    d = Doc("us_iis_adult_immunization_record", country="US", kind="immunisation_history",
            document_type="immunization_record", service_date=None, page="LETTER", family="helv", size=8.8,
            header=[("STATE IMMUNIZATION INFORMATION SYSTEM (synthetic) - OFFICIAL IMMUNIZATION RECORD", "left", 9, True),
                    ("Report date: 08/21/2025     Page {page} of {pages}", "left", 8, False)])
    d.kv([("Name", "PETROVA-TEST, ANNA L"), ("Birth date", "09/17/1962   Sex: F"),
          ("IIS ID", "0000714418"), ("Date format", "MM/DD/YYYY")], size=8.8)
    d.h("Immunization history")
    rows = [
        ("Influenza", "Fluzone High-Dose Quadrivalent", "197", "10/14/2022", "", "UT7741AA", "Sanofi Pasteur"),
        ("Influenza", "Fluzone High-Dose Quadrivalent", "197", "09/28/2023", "", "UT8812CA", "Sanofi Pasteur"),
        ("Influenza", "Fluad Quadrivalent", "205", "10/03/2024", "", "381204", "Seqirus"),
        ("COVID-19", "Moderna COVID-19 Vaccine", "207", "04/02/2021", "1", "042L20A", "Moderna"),
        ("COVID-19", "Moderna COVID-19 Vaccine", "207", "04/30/2021", "2", "030M20A", "Moderna"),
        ("COVID-19", "Moderna COVID-19 Vaccine", "207", "11/18/2021", "3", "000051A", "Moderna"),
        ("Td/Tdap", "Boostrix (Tdap)", "115", "06/22/2019", "", "7K39F", "GlaxoSmithKline"),
        ("Zoster", "Shingrix (zoster recombinant)", "187", "01/15/2024", "1", "9H2PX", "GlaxoSmithKline"),
        ("Zoster", "Shingrix (zoster recombinant)", "187", "03/26/2024", "2", "4T7RK", "GlaxoSmithKline"),
        ("Pneumococcal", "Prevnar 20 (PCV20)", "216", "08/19/2024", "", "LX4471", "Pfizer"),
        ("Hep B", "Heplisav-B", "189", "05/05/2023", "1", "HB0917", "Dynavax"),
        ("Hep B", "Heplisav-B", "189", "06/09/2023", "2", "HB1022", "Dynavax"),
    ]
    d.table([["Vaccine group", "Vaccine", "CVX", "Date given", "Dose", "Lot", "Manufacturer"]]
            + [list(r) for r in rows], [1.3, 2.6, 0.6, 1.1, 0.6, 1, 1.5], size=8.3)
    for grp, vac, cvx, date, dose, lot, mfr in rows:
        mm, dd, yy = date.split("/")
        d.imm(vac, f"{yy}-{mm}-{dd}", int(dose) if dose else None, lot, cvx_code=cvx,
              vaccine_group=grp)
    d.h("Recommendations (forecast)")
    d.table([["Vaccine", "Recommended date", "Status"],
             ["RSV (adult, 1 dose)", "10/01/2025", "Due"],
             ["COVID-19 2025-2026", "09/01/2025", "Due"],
             ["Influenza 2025-2026", "08/01/2025", "Overdue"]], [2.6, 1.5, 1], size=8.3)
    d.h("Contraindications / exemptions / refusals")
    d.p("MMR - refusal recorded 06/22/2019 (patient reports prior immunity; titer not on file).")
    d.p("Official record. Any alteration invalidates this document. Data entered by providers; "
        "this record may be incomplete.", size=7.5)
    d.never("immunizations", "RSV", "due")
    d.never("immunizations", "COVID-19 2025-2026", "due")
    d.never("immunizations", "Influenza 2025-2026", "due")
    d.never("immunizations", "MMR", "negated", note="refusal")
    return d


# ---------------------------------------------------------------- 15 UK red book scan (JPEG)
@document
def doc_uk_redbook_scan():
    d = Doc("uk_red_book_immunisations_scan", country="UK", kind="immunisation_history_scan",
            document_type="immunization_record", service_date=None, family="helv", size=9.5)
    d.scan = {"format": "jpeg", "angle": 2.3, "noise": 6, "dpi": 150, "quality": 50}
    d.title("Personal Child Health Record", 13)
    d.title("IMMUNISATIONS", 11)
    d.lines(["Child's name: Oliver PEMBERTON-TEST        Date of birth: 07/02/2020",
             "NHS number: 999 555 0192        GP: Canal Street Surgery"])
    d.space(4)
    rows = [
        ("8 weeks", "6-in-1 (Infanrix hexa)", "1st", "03/04/2020", "A20HX311", "L thigh"),
        ("8 weeks", "MenB (Bexsero)", "1st", "03/04/2020", "BX2047", "L thigh"),
        ("8 weeks", "Rotavirus (Rotarix)", "1st", "03/04/2020", "RT8871", "oral"),
        ("12 weeks", "6-in-1 (Infanrix hexa)", "2nd", "01/05/2020", "A20HX355", "L thigh"),
        ("12 weeks", "PCV (Prevenar 13)", "1st", "01/05/2020", "PN6610", "R thigh"),
        ("12 weeks", "Rotavirus (Rotarix)", "2nd", "01/05/2020", "RT8902", "oral"),
        ("16 weeks", "6-in-1 (Infanrix hexa)", "3rd", "29/05/2020", "A20HX402", "L thigh"),
        ("16 weeks", "MenB (Bexsero)", "2nd", "29/05/2020", "BX2113", "L thigh"),
        ("1 year", "Hib/MenC (Menitorix)", "booster", "15/02/2021", "MC3390", "L arm"),
        ("1 year", "MMR (Priorix)", "1st", "15/02/2021", "MM1184", "R arm"),
        ("1 year", "PCV (Prevenar 13)", "booster", "15/02/2021", "PN7015", "L thigh"),
        ("1 year", "MenB (Bexsero)", "booster", "15/02/2021", "BX2590", "R thigh"),
        ("3 yrs 4 mths", "4-in-1 pre-school booster", "", "due June 2023", "", ""),
        ("3 yrs 4 mths", "MMR (Priorix)", "2nd", "", "", ""),
    ]
    d.table([["Age", "Vaccine", "Dose", "Date given", "Batch no.", "Site"]] + [list(r) for r in rows],
            [1.1, 2.5, 0.8, 1.3, 1.2, 0.9], size=9, grid=True)
    nums = {"1st": 1, "2nd": 2, "3rd": 3}
    for age, vac, dose, date, batch, site in rows:
        if not batch:
            continue
        dd, mm, yy = date.split("/")
        amb = int(dd) <= 12 and int(mm) <= 12 and dd != mm
        extra = {"date_ambiguous": True, "ambiguity_note": "no date format stated; UK day-first "
                 "assumed (consistent with 8/12-week schedule from DOB)"} if amb else {}
        d.imm(vac, f"{yy}-{mm}-{dd}", nums.get(dose), batch, **extra)
    d.space(6)
    d.p("Seasonal flu (nasal spray, Fluenz Tetra): declined by parent 10/11/2022.")
    d.p("Notes: mild fever after 8-week vaccines, settled with paracetamol.", size=9)
    d.p("Please bring this book to every appointment.", italic=True, size=8.5)
    d.never("immunizations", "4-in-1 pre-school booster", "due")
    d.never("immunizations", "MMR (Priorix) 2nd", "due", note="blank row, 3 yrs 4 mths")
    d.never("immunizations", "Fluenz Tetra", "negated", note="declined by parent")
    return d


# ---------------------------------------------------------------- 16 India adult vaccination card (scan)
@document
def doc_in_vaccination_card_scan():
    d = Doc("in_adult_vaccination_card_scan", country="India", kind="immunisation_history_scan",
            document_type="immunization_record", service_date=None, family="helv", size=9.5)
    d.scan = {"format": "jpeg", "angle": -2.8, "noise": 7, "dpi": 150, "quality": 50}
    d.title("ADULT VACCINATION CARD", 13)
    d.p("Sanjeevani Test Clinic & Travel Vaccination Centre (synthetic), Bengaluru", align="center", size=9)
    d.lines(["Name: Ms. KAVYA RAO-TEST          Age/Sex: 34 / F",
             "Mobile: 90000 00000          UHID: SJC-0004471"])
    d.space(4)
    rows = [
        ("COVID-19 (Covishield)", "Dose 1", "18/06/2021", "4121Z025", "Dr. M. Shetty-Test"),
        ("COVID-19 (Covishield)", "Dose 2", "10/09/2021", "4121Z118", "Dr. M. Shetty-Test"),
        ("COVID-19 (Covishield)", "Precaution dose", "14/07/2022", "4122Z301", "Nurse A. Joseph"),
        ("Hepatitis B (Engerix-B 20 mcg)", "Dose 1 (0 m)", "02/01/2023", "AHBVB811", "Nurse A. Joseph"),
        ("Hepatitis B (Engerix-B 20 mcg)", "Dose 2 (1 m)", "02/02/2023", "AHBVB811", "Nurse A. Joseph"),
        ("Hepatitis B (Engerix-B 20 mcg)", "Dose 3 (6 m)", "03/07/2023", "AHBVC027", "Nurse A. Joseph"),
        ("Typhoid conjugate (Typbar-TCV)", "Single", "11/11/2023", "TCV23114", "Dr. M. Shetty-Test"),
        ("Influenza (Vaxigrip Tetra)", "Annual", "25/10/2024", "X3B471V", "Nurse A. Joseph"),
        ("Tdap (Boostrix)", "Booster", "Next due 2033", "", ""),
        ("Rabies PrEP (Rabipur)", "-", "Declined 11/11/2023", "", ""),
    ]
    d.table([["Vaccine", "Dose", "Date", "Batch/Lot", "Given by"]] + [list(r) for r in rows],
            [2.6, 1.3, 1.3, 1.1, 1.6], size=9, grid=True)
    for vac, dose, date, lot, by in rows:
        if not lot:
            continue
        dd, mm, yy = date.split("/")
        amb = int(dd) <= 12 and int(mm) <= 12 and dd != mm
        m = re.match(r"Dose (\d)", dose)
        n = int(m.group(1)) if m else None
        extra = {"date_ambiguous": True, "ambiguity_note": "no format stated; Indian day-first "
                 "assumed"} if amb else {}
        if dose == "Precaution dose":
            extra["dose_note"] = "precaution (3rd) dose"
        d.imm(vac, f"{yy}-{mm}-{dd}", n, lot, **extra)
    d.space(6)
    d.p("Allergy to any vaccine / egg / gelatin: NO.   Reaction after COVID dose 1: fever x 1 day.")
    d.never("immunizations", "Tdap (Boostrix)", "due")
    d.never("immunizations", "Rabies PrEP", "negated", note="declined")
    d.never("allergies", "egg", "negated")
    d.never("allergies", "gelatin", "negated")
    d.never("allergies", "vaccine", "negated")
    return d


# ---------------------------------------------------------------- 17 UK paediatric allergy clinic letter
@document
def doc_uk_allergy_clinic():
    d = Doc("uk_paediatric_allergy_clinic_letter", country="UK", kind="allergy_clinic_letter",
            document_type="medical_record", service_date="2025-04-22", family="helv", size=9.5,
            header=[("Children's Allergy Service, Eastfield University Hospitals (synthetic)", "left", 9, True)])
    d.lines(["Clinic date: 22/04/2025      Typed: 25/04/2025",
             "To: Dr P. Lawson, Millbrook Surgery      cc: Parents",
             "Patient: Amelia HARTLEY-TEST   DOB 30/09/2015   NHS No 999 404 7781"])
    d.h("Diagnoses")
    d.lines(["1. IgE-mediated peanut allergy with previous anaphylaxis",
             "2. Asthma - well controlled",
             "3. Atopic eczema",
             "4. Allergic rhinitis (house dust mite, cat)",
             "5. Penicillin allergy label REMOVED after negative oral challenge today"])
    d.h("Pre-clinic questionnaire (completed by parent)")
    d.table([["Question", "Answer"],
             ["Peanut allergy", "[X] Yes   [ ] No"],
             ["Tree nut allergy", "[ ] Yes   [X] No"],
             ["Latex allergy", "[ ] Yes   [X] No"],
             ["Egg allergy", "[ ] Yes   [X] No   (outgrown age 4)"],
             ["Previous anaphylaxis", "[X] Yes   [ ] No"],
             ["Asthma", "[X] Yes   [ ] No"],
             ["Eczema", "[X] Yes   [ ] No"]], [2.5, 3], size=9)
    d.h("Assessment")
    d.p("Amelia is a 9 year old girl who had anaphylaxis to peanut butter at age 3 (wheeze and "
        "lip swelling, treated with IM adrenaline). She eats hazelnut chocolate spread and "
        "almonds regularly without any problem. Her mother reports a rash with amoxicillin aged "
        "2. She has sneezing and itchy eyes around cats and with dusting.")
    d.p("Weight 31 kg, height 134 cm.")
    d.p("Skin prick tests today (positive and negative controls satisfactory): peanut 9 mm, "
        "hazelnut 2 mm, almond 0 mm, house dust mite 6 mm, cat 5 mm. Specific IgE (blood "
        "25/03/2025): peanut 18.4 kUA/L, Ara h 2 6.2 kUA/L; total IgE 640 kU/L.")
    d.p("Amoxicillin oral challenge (total 250 mg, observed 1 hour): no reaction. Penicillin "
        "allergy label removed - she can take penicillins safely.")
    d.h("Management")
    d.p("Adrenaline auto-injector (EpiPen) dose increased from 0.15 mg to 0.3 mg now she weighs "
        "over 25 kg - please prescribe EpiPen 0.3 mg x 2. Continue Clenil Modulite 100 "
        "micrograms 2 puffs twice daily and Ventolin 100 micrograms 2 puffs when required. "
        "Cetirizine 5 mg once daily during symptoms. Emollients for eczema.")
    d.p("Plan: consider peanut oral immunotherapy (Palforzia) discussion at next clinic; review in "
        "6 months.")
    d.p("Yours sincerely,", after=14)
    d.lines(["Dr R. Chaudhry-Test", "Consultant Paediatric Allergist"])
    d.allergy("peanut", "anaphylaxis (wheeze and lip swelling)", "severe")
    d.allergy("house dust mite", "sneezing and itchy eyes", note="allergic rhinitis")
    d.allergy("cat", "sneezing and itchy eyes", note="allergic rhinitis")
    d.cond("asthma", "active")
    d.cond("atopic eczema", "active")
    d.cond("allergic rhinitis", "active")
    d.cond("peanut allergy", "active", optional=True, note="also an allergy row")
    d.vital("weight", "31 kg", 31, "kg")
    d.vital("height", "134 cm", 134, "cm")
    for t, v, u, dt in [("skin prick test peanut", "9", "mm", "2025-04-22"),
                        ("skin prick test hazelnut", "2", "mm", "2025-04-22"),
                        ("skin prick test almond", "0", "mm", "2025-04-22"),
                        ("skin prick test house dust mite", "6", "mm", "2025-04-22"),
                        ("skin prick test cat", "5", "mm", "2025-04-22"),
                        ("peanut specific IgE", "18.4", "kUA/L", "2025-03-25"),
                        ("Ara h 2 specific IgE", "6.2", "kUA/L", "2025-03-25"),
                        ("total IgE", "640", "kU/L", "2025-03-25")]:
        d.lab(t, v, u, date=dt)
    d.med("adrenaline", "0.3", "mg", "intramuscular", None, status="changed", brand="EpiPen",
          note="increased from 0.15 mg")
    d.med("beclometasone", "100", "micrograms", "inhaled", "2 puffs twice daily", brand="Clenil Modulite")
    d.med("salbutamol", "100", "micrograms", "inhaled", "2 puffs when required", brand="Ventolin")
    d.med("cetirizine", "5", "mg", None, "once daily during symptoms")
    d.med("emollients", None, None, "topical", None)
    d.never("medications", "amoxicillin", "other", note="challenge dose in clinic, not a medication list item")
    d.never("allergies", "penicillin", "negated", note="label removed after negative challenge")
    d.never("allergies", "amoxicillin", "negated", note="label removed after negative challenge")
    d.never("allergies", "tree nut", "checkbox_no")
    d.never("allergies", "hazelnut", "negated", note="tolerated")
    d.never("allergies", "almond", "negated", note="tolerated")
    d.never("allergies", "latex", "checkbox_no")
    d.never("allergies", "egg", "checkbox_no", note="outgrown")
    d.never("medications", "Palforzia", "planned")
    d.never("allergies", "Dr R. Chaudhry-Test", "not_clinical")
    return d


# ---------------------------------------------------------------- 18 CA allergy / history intake form
@document
def doc_ca_intake_form():
    d = Doc("ca_allergy_history_intake_form", country="Canada", kind="intake_form_checkboxes",
            document_type="medical_record", service_date="2025-05-06", page="LETTER", family="helv", size=9,
            header=[("Westbrook Family Health Team (synthetic) - New Patient Health Questionnaire", "left", 9.5, True),
                    ("Form WFHT-07 rev. 2024    Page {page} of {pages}", "right", 7.5, False)])
    d.kv([("Name", "MacDONALD-TEST, Fiona"), ("Date of birth (YYYY-MM-DD)", "1971-12-03"),
          ("OHIP", "0000-000-000-TF"), ("Date completed", "2025-05-06")])
    d.h("1. Allergies")
    d.p("Are you allergic to any medications?   [X] Yes   [ ] No")
    d.p("If yes, list the medication and what happened:", after=4)
    d.table([["Medication", "Reaction", "When"],
             ["Penicillin", "hives all over", "2010"],
             ["Sulfa (Septra)", "rash", "2016"],
             ["Codeine (Tylenol #3)", "vomiting", "2018"]], [2, 2.5, 1], size=8.8, grid=True)
    d.p("Latex allergy:   [ ] Yes   [X] No")
    d.p("Food allergies:   [X] Yes   [ ] No    If yes: shellfish (shrimp) - lips swelled and throat "
        "felt tight, used EpiPen in 2022")
    d.p("Insect sting allergy:   [ ] Yes   [X] No")
    d.p("Contrast dye / iodine:   [ ] Yes   [X] No   [ ] Unsure")
    d.h("2. Medical conditions (check all that apply)")
    d.table([["[X] High blood pressure", "[ ] Diabetes", "[X] Asthma"],
             ["[ ] Heart disease", "[ ] Kidney disease", "[X] Depression / anxiety"],
             ["[ ] Stroke", "[X] Thyroid disease (underactive)", "[ ] Cancer"]], [1, 1, 1], header=0,
            size=9)
    d.h("3. Current medications (include vitamins)")
    d.table([["Medication", "Dose", "How often"],
             ["Amlodipine", "5 mg", "once a day"],
             ["Synthroid", "100 mcg", "every morning"],
             ["Cipralex (escitalopram)", "10 mg", "daily"],
             ["Salbutamol inhaler", "100 mcg", "2 puffs as needed"],
             ["Vitamin D3", "1000 IU", "daily"]], [2.4, 1.2, 2], size=8.8, grid=True)
    d.p("Medications you have stopped in the last year: Ramipril (cough) - stopped Jan 2025")
    d.h("4. Family history")
    d.table([["[X] Heart disease - father", "[X] Diabetes - mother", "[ ] Cancer"],
             ["[ ] Stroke", "[X] Breast cancer - maternal aunt", "[ ] Other"]], [1, 1, 1], header=0,
            size=9)
    d.h("For office use - vitals (RN initials L.B.)")
    d.p("BP 134/82   HR 76   Wt 68 kg   Ht 165 cm   BMI 25.0")
    d.allergy("penicillin", "hives")
    d.allergy("sulfa (Septra)", "rash")
    d.allergy("codeine", "vomiting")
    d.allergy("shellfish (shrimp)", "lip swelling and throat tightness", "severe",
              note="used EpiPen; severity inferred from anaphylaxis treatment")
    d.cond("hypertension", "active", aliases=["High blood pressure"])
    d.cond("asthma", "active")
    d.cond("depression / anxiety", "active")
    d.cond("hypothyroidism", "active", note="'Thyroid disease (underactive)'")
    d.med("amlodipine", "5", "mg", None, "once a day")
    d.med("levothyroxine", "100", "mcg", None, "every morning", brand="Synthroid")
    d.med("escitalopram", "10", "mg", None, "daily", brand="Cipralex")
    d.med("salbutamol", "100", "mcg", "inhaled", "2 puffs as needed")
    d.med("vitamin D3", "1000", "IU", None, "daily")
    d.med("ramipril", None, None, None, None, status="stopped")
    d.vital("blood_pressure", "134/82", 134, "mmHg", 82)
    d.vital("heart_rate", "76", 76, "bpm")
    d.vital("weight", "68 kg", 68, "kg")
    d.vital("height", "165 cm", 165, "cm")
    d.vital("bmi", "25.0", 25.0, "kg/m2")
    for c in ["diabetes", "heart disease", "kidney disease", "stroke", "cancer"]:
        d.never("conditions", c, "checkbox_no")
    d.never("allergies", "latex", "checkbox_no")
    d.never("allergies", "insect sting", "checkbox_no")
    d.never("allergies", "contrast dye / iodine", "checkbox_no")
    d.never("conditions", "Heart disease - father", "family")
    d.never("conditions", "Diabetes - mother", "family")
    d.never("conditions", "breast cancer", "family")
    d.never("medications", "ramipril", "stopped", note="only as status stopped")
    return d


# ---------------------------------------------------------------- 19 US primary care progress note
@document
def doc_us_progress_note():
    d = Doc("us_primary_care_progress_note", country="US", kind="progress_note_negatives",
            document_type="medical_record", service_date="2025-09-23", page="LETTER", family="helv", size=9.3,
            header=[("CEDAR RIDGE INTERNAL MEDICINE (synthetic)", "left", 9.5, True),
                    ("Progress Note - DOS 09/23/2025 - QUINTANA-TEST, MICHAEL (DOB 03/14/1967)  Page {page} of {pages}", "left", 8, False)])
    d.h("Subjective")
    d.p("58 y/o M here for 6-month follow-up of hypertension and hyperlipidemia. Reports good "
        "adherence and home BPs in the 130s/80s. Denies chest pain, palpitations, shortness of "
        "breath, orthopnea, PND or leg swelling. No headaches or visual changes. Denies "
        "polyuria/polydipsia. No history of diabetes, stroke or kidney disease. Former smoker, "
        "quit 2015 (30 pack-years). Uses CPAP nightly.")
    d.p("ROS: Constitutional - negative for fever, chills, weight loss. GI - negative for nausea, "
        "vomiting, melena. GU - no hematuria. All other systems reviewed and negative.")
    d.h("Past medical history")
    d.p("Hypertension (2014). Hyperlipidemia. Obstructive sleep apnea on CPAP. Colon polyps "
        "(tubular adenoma, removed 2021).")
    d.h("Medications")
    d.lines(["amlodipine 10 mg PO daily",
             "losartan 100 mg PO daily",
             "hydrochlorothiazide 12.5 mg PO daily",
             "rosuvastatin 20 mg PO qHS",
             "aspirin 81 mg PO daily",
             "fish oil 1 g PO daily - pt stopped on his own in July"])
    d.p("Allergies: NKDA")
    d.p("Family history: Mother - breast cancer (dx age 62). Father - MI at 55, deceased. "
        "Brother - type 2 diabetes.")
    d.h("Objective")
    d.p("BP 136/84 (repeat 132/80), HR 68, Temp 98.2 °F, RR 14, SpO2 98% RA, Wt 212 lb, "
        "Ht 5'11\", BMI 29.6")
    d.p("Gen: NAD. CV: RRR, no murmurs. Lungs: CTA bilaterally. Ext: no edema.")
    d.p("Labs 09/16/2025: Na 133 (L), K 4.0, Cr 0.98, LDL 92, A1c 5.6%.")
    d.h("Assessment and plan")
    d.p("1. Essential hypertension - controlled. Mild hyponatremia likely from HCTZ: discontinue "
        "hydrochlorothiazide today; continue amlodipine and losartan. BMP in 2 weeks.")
    d.p("2. Hyperlipidemia - LDL 92 on rosuvastatin, continue. Consider adding ezetimibe if LDL "
        "> 100 at next check.")
    d.p("3. OSA - continue CPAP.")
    d.p("4. Health maintenance: influenza vaccine given today (Flucelvax, lot 3412FX, 0.5 mL IM "
        "L deltoid). Shingrix dose 2 due - pt will get at pharmacy. Colonoscopy due 2026.")
    d.p("Electronically signed by Sarah Lindholm-Test, MD 09/23/2025 16:04", italic=True)
    d.med("amlodipine", "10", "mg", "PO", "daily")
    d.med("losartan", "100", "mg", "PO", "daily")
    d.med("hydrochlorothiazide", "12.5", "mg", "PO", "daily", status="stopped", note="discontinued today")
    d.med("rosuvastatin", "20", "mg", "PO", "qHS")
    d.med("aspirin", "81", "mg", "PO", "daily")
    d.med("fish oil", "1", "g", "PO", "daily", status="stopped")
    d.vital("blood_pressure", "136/84", 136, "mmHg", 84)
    d.vital("blood_pressure", "132/80", 132, "mmHg", 80, note="repeat")
    d.vital("heart_rate", "68", 68, "bpm")
    d.vital("temperature", "98.2 °F", 98.2, "°F")
    d.vital("respiratory_rate", "14", 14, "/min")
    d.vital("oxygen_saturation", "98% RA", 98, "%")
    d.vital("weight", "212 lb", 212, "lb")
    d.vital("height", "5'11\"", 71, "in")
    d.vital("bmi", "29.6", 29.6, "kg/m2")
    for t, v, f, u in [("Na", "133", "L", None), ("K", "4.0", None, None),
                       ("Cr", "0.98", None, None), ("LDL", "92", None, None),
                       ("A1c", "5.6", None, "%")]:
        d.lab(t, v, u, None, f, date="2025-09-16")
    d.imm("Flucelvax", "2025-09-23", None, "3412FX", aliases=["influenza vaccine"])
    d.cond("essential hypertension", "active")
    d.cond("hyperlipidemia", "active")
    d.cond("obstructive sleep apnea", "active")
    d.cond("hyponatremia", "active")
    d.cond("colon polyps", "history", aliases=["tubular adenoma"], note="tubular adenoma, removed 2021")
    for c in ["chest pain", "palpitations", "shortness of breath", "orthopnea", "leg swelling",
              "diabetes", "stroke", "kidney disease", "fever", "hematuria"]:
        d.never("conditions", c, "negated")
    d.never("conditions", "breast cancer", "family")
    d.never("conditions", "MI", "family")
    d.never("conditions", "type 2 diabetes", "family")
    d.never("allergies", "NKDA", "negated")
    d.never("medications", "ezetimibe", "planned")
    d.never("medications", "hydrochlorothiazide", "stopped", note="only as status stopped")
    d.never("medications", "fish oil", "stopped", note="only as status stopped")
    d.never("immunizations", "Shingrix dose 2", "due")
    d.never("conditions", "colonoscopy", "planned")
    return d


# ---------------------------------------------------------------- 20 C-CDA rendered by the HL7 stylesheet
@document
def doc_us_ccda():
    d = Doc("us_ccda_continuity_of_care", country="US", kind="ehr_print_ccda",
            document_type="medical_record", service_date="2025-08-01", page="LETTER", family="times", size=10,
            header=[("8/1/25, 10:40 AM                                   Continuity of Care Document", "left", 8, False)],
            footer=[("file:///C:/Users/clinic/Downloads/CCD_TEST_000418.xml                                  {page}/{pages}", "left", 7.5, False)],
            service_date_note="encounter documented by the CCD (08/01/2025)")
    d.title("Continuity of Care Document", 16)
    d.table([["Patient", "WOJCIK-TEST, HENRY T"],
             ["Date of birth", "March 9, 1949          Sex: Male"],
             ["Race / Ethnicity", "White / Not Hispanic or Latino"],
             ["Contact info", "41 Test Meadow Ln, Columbus, OH 43000   Tel: +1(555)010-3322"],
             ["Patient IDs", "0000418 2.16.840.1.113883.19.5.99999.2"],
             ["Document Id", "TT988 2.16.840.1.113883.19.5.99999.1"],
             ["Document Created:", "August 1, 2025, 10:32:14 -0500"],
             ["Author", "Lena Morozova-Test, MD, Riverbend Cardiology Associates"],
             ["Encounter", "Office Visit, August 1, 2025, Riverbend Cardiology Associates"]],
            [1.3, 4], header=0, bold_first_col=True, size=9, grid=True)
    d.p("Table of Contents", bold=True, after=1)
    d.lines(["Allergies, Adverse Reactions, Alerts", "Medications", "Problems", "Results",
             "Vital Signs", "Immunizations", "Plan of Care", "Encounters", "Care Teams", "Insurance"],
            size=9, indent=14)
    d.h("Allergies, Adverse Reactions, Alerts", rule=False)
    d.table([["Substance", "Reaction", "Severity", "Status"],
             ["Penicillin G", "Hives", "Moderate", "Active"],
             ["Ibuprofen", "Gastrointestinal hemorrhage", "Severe", "Active"],
             ["Latex", "Contact dermatitis", "Mild", "Active"],
             ["Codeine", "Nausea", "Mild", "Inactive"]], [1.5, 2, 1, 1], size=9, grid=True)
    d.h("Medications", rule=False)
    d.table([["Medication", "Directions", "Start Date", "Status"],
             ["Metoprolol succinate ER 50 MG Oral Tablet [Toprol XL]", "Take 1 tablet by mouth daily", "03/12/2022", "Active"],
             ["Warfarin Sodium 5 MG Oral Tablet", "Take 1 tablet by mouth daily in the evening, or as directed by anticoagulation clinic", "06/20/2019", "Active"],
             ["Furosemide 20 MG Oral Tablet", "Take 1 tablet by mouth every morning", "01/16/2024", "Active"],
             ["Potassium Chloride 10 MEQ Extended Release Oral Tablet", "Take 1 tablet by mouth daily", "01/16/2024", "Active"],
             ["Nitroglycerin 0.4 MG Sublingual Tablet", "Place 1 tablet under the tongue every 5 minutes as needed for chest pain, max 3 doses", "03/12/2022", "Active"],
             ["Clopidogrel 75 MG Oral Tablet", "Take 1 tablet by mouth daily", "03/12/2022", "Discontinued 01/05/2024"]],
            [2.4, 2.6, 0.9, 1.1], size=8.8, grid=True)
    d.h("Problems", rule=False)
    d.table([["Problem", "ICD-10", "Onset", "Status"],
             ["Atrial fibrillation", "I48.91", "2019", "Active"],
             ["Coronary arteriosclerosis", "I25.10", "2022", "Active"],
             ["Heart failure with preserved ejection fraction", "I50.30", "01/2024", "Active"],
             ["Pneumonia, unspecified organism", "J18.9", "01/2024", "Resolved"],
             ["Hypokalemia", "E87.6", "01/2024", "Resolved"]], [2.8, 0.9, 0.9, 1], size=9, grid=True)
    d.h("Results", rule=False)
    R = "2025-08-01"
    res = [("INR", "2.6", "", "0.9-1.1", "H", "08/01/2025"),
           ("Potassium", "4.1", "mmol/L", "3.5-5.1", "N", "08/01/2025"),
           ("BNP", "312", "pg/mL", "<100", "H", "08/01/2025"),
           ("Creatinine", "1.1", "mg/dL", "0.7-1.3", "N", "08/01/2025"),
           ("Hemoglobin", "12.9", "g/dL", "13.5-17.5", "L", "08/01/2025"),
           ("TSH", "2.3", "mIU/L", "0.4-4.0", "N", "05/22/2025")]
    d.table([["Result", "Value", "Unit", "Reference range", "Interpretation", "Date"]]
            + [list(r) for r in res], [1.3, 0.8, 0.9, 1.3, 1.2, 1.1], size=9, grid=True)
    for name, v, u, ref, f, dt in res:
        mm, dd, yy = dt.split("/")
        extra = {"reference_high": 100.0} if ref.startswith("<") else {}
        d.lab(name, v, u or None, ref, f, date=f"{yy}-{mm}-{dd}", **extra)
    d.h("Vital Signs", rule=False)
    vit = [("Blood pressure", "128/76 mm[Hg]", "134/80 mm[Hg]"),
           ("Heart rate", "72 /min", "88 /min"),
           ("Body temperature", "97.9 [degF]", "98.1 [degF]"),
           ("Respiratory rate", "16 /min", "18 /min"),
           ("Oxygen saturation", "96 %", "95 %"),
           ("Body weight", "91.2 kg", "93.0 kg"),
           ("Body height", "178 cm", "178 cm"),
           ("BMI", "28.8 kg/m2", "29.4 kg/m2")]
    d.table([["Vital sign", "08/01/2025", "05/22/2025"]] + [list(v) for v in vit], [1.8, 1.4, 1.4],
            size=9, grid=True)
    kinds = {"Blood pressure": "blood_pressure", "Heart rate": "heart_rate",
             "Body temperature": "temperature", "Respiratory rate": "respiratory_rate",
             "Oxygen saturation": "oxygen_saturation", "Body weight": "weight",
             "Body height": "height", "BMI": "bmi"}
    for name, a, b in vit:
        for txt, dt in ((a, "2025-08-01"), (b, "2025-05-22")):
            val, unit = txt.split(" ", 1)
            unit = {"mm[Hg]": "mmHg", "[degF]": "°F"}.get(unit, unit)
            if "/" in val:
                s, di = val.split("/")
                d.vital(kinds[name], txt, float(s), unit, float(di), date=dt)
            else:
                d.vital(kinds[name], txt, float(val), unit, date=dt)
    d.h("Immunizations", rule=False)
    imms = [("Influenza, high-dose, quadrivalent", "135", "10/02/2024", "Completed", "UJ4471AA"),
            ("Pneumococcal conjugate PCV 20", "216", "03/15/2023", "Completed", "LX2290"),
            ("Tdap", "115", "07/11/2018", "Completed", "AC52B044AA"),
            ("Zoster vaccine recombinant", "187", "", "Not given - patient refused", "")]
    d.table([["Vaccine", "CVX", "Date", "Status", "Lot"]] + [list(i) for i in imms],
            [2.4, 0.6, 1, 1.7, 1.1], size=9, grid=True)
    for v, cvx, dt, st, lot in imms:
        if st == "Completed":
            mm, dd, yy = dt.split("/")
            d.imm(v, f"{yy}-{mm}-{dd}", None, lot, cvx_code=cvx)
    d.h("Plan of Care", rule=False)
    d.table([["Planned activity", "Planned date", "Status"],
             ["Transthoracic echocardiogram", "09/15/2025", "Scheduled"],
             ["Influenza vaccine, 2025-2026 season", "10/2025", "Due"],
             ["Discuss switching warfarin to apixaban", "Next visit", "Planned"],
             ["INR check", "08/15/2025", "Scheduled"]], [3, 1.2, 1], size=9, grid=True)
    d.h("Encounters", rule=False)
    d.table([["Encounter", "Provider", "Location", "Date"],
             ["Office Visit", "Lena Morozova-Test, MD", "Riverbend Cardiology Associates", "08/01/2025"],
             ["Office Visit", "Lena Morozova-Test, MD", "Riverbend Cardiology Associates", "05/22/2025"]],
            [1.2, 1.8, 2.4, 1], size=9, grid=True)
    d.h("Care Teams", rule=False)
    d.table([["Member", "Role", "Phone"],
             ["Lena Morozova-Test, MD", "Cardiologist", "+1(555)010-7100"],
             ["Omar Haddad-Test, DO", "Primary care physician", "+1(555)010-7200"],
             ["Riverbend Anticoagulation Clinic", "INR monitoring", "+1(555)010-7300"]],
            [2.2, 2, 1.5], size=9, grid=True)
    d.h("Insurance", rule=False)
    d.table([["Payer", "Member ID", "Group"],
             ["Medicare Part B (synthetic)", "0TT0-TT0-TT00", "-"],
             ["Buckeye Test Supplemental", "BTS004418", "G-1187"]], [2.4, 1.6, 1], size=9, grid=True)
    d.med("metoprolol succinate ER", "50", "MG", "oral", "daily", brand="Toprol XL")
    d.med("warfarin sodium", "5", "MG", "oral", "daily in the evening")
    d.med("furosemide", "20", "MG", "oral", "every morning")
    d.med("potassium chloride", "10", "MEQ", "oral", "daily", note="extended release")
    d.med("nitroglycerin", "0.4", "MG", "sublingual", "every 5 minutes as needed for chest pain, max 3 doses")
    d.med("clopidogrel", "75", "MG", "oral", "daily", status="stopped")
    d.allergy("Penicillin G", "Hives", "Moderate")
    d.allergy("Ibuprofen", "Gastrointestinal hemorrhage", "Severe")
    d.allergy("Latex", "Contact dermatitis", "Mild")
    d.cond("Atrial fibrillation", "active", "I48.91")
    d.cond("Coronary arteriosclerosis", "active", "I25.10")
    d.cond("Heart failure with preserved ejection fraction", "active", "I50.30")
    d.cond("Pneumonia, unspecified organism", "resolved", "J18.9")
    d.cond("Hypokalemia", "resolved", "E87.6")
    d.never("allergies", "Codeine", "historical", note="status Inactive")
    d.never("medications", "clopidogrel", "stopped", note="only as status stopped")
    d.never("medications", "apixaban", "planned")
    d.never("immunizations", "Zoster vaccine recombinant", "negated", note="refused")
    d.never("immunizations", "Influenza vaccine, 2025-2026 season", "due")
    d.never("conditions", "Pneumonia", "historical", note="only as status resolved")
    d.never("conditions", "Hypokalemia", "historical", note="only as status resolved")
    d.never("conditions", "Plan of Care", "not_clinical")
    d.never("allergies", "Allergies, Adverse Reactions, Alerts", "not_clinical")
    d.never("conditions", "Omar Haddad-Test, DO", "not_clinical")
    d.never("conditions", "Medicare Part B", "not_clinical")
    return d


# ---------------------------------------------------------------- 21 Epic after-visit / chart print
@document
def doc_us_epic_print():
    d = Doc("us_epic_visit_summary_print", country="US", kind="ehr_print_epic",
            document_type="medical_record", service_date="2025-11-03", page="LETTER", family="helv", size=9,
            header=[("Summit Valley Health (synthetic)        TESTPATIENT, JORDAN A        MRN: 000000418        Printed 11/3/2025 2:14 PM", "left", 7.5, False)],
            footer=[("TESTPATIENT, JORDAN A (MRN 000000418)  DOB: 4/9/1988   Printed by RAMAN-TEST, PRIYA on 11/3/2025     Page {page} of {pages}", "left", 7.5, False)])
    d.title("Visit Summary", 14, align="left")
    d.p("Office Visit - Monday November 3, 2025 - Summit Valley Family Medicine - Priya Raman-Test, MD",
        bold=True)
    d.p("Reason for Visit: Migraine; Medication refill")
    d.h("Allergies as of 11/3/2025")
    d.p("No Known Allergies")
    d.h("Vitals")
    d.p("BP 118/74 (BP Location: Left arm, Patient Position: Sitting) | Pulse 66 | Temp 98.6 °F "
        "(37 °C) (Oral) | Resp 14 | Ht 5' 6\" (1.676 m) | Wt 142 lb 9.6 oz (64.7 kg) | SpO2 99% | "
        "BMI 23.02 kg/m²")
    d.h("Problem List")
    d.table([["Problem", "Noted", "Status"],
             ["Generalized anxiety disorder", "2/12/2019", "Active"],
             ["Migraine without aura", "6/30/2021", "Active"],
             ["Iron deficiency anemia", "3/15/2023", "Resolved"]], [3, 1, 1], size=8.8)
    d.h("Current Outpatient Medications")
    d.lines(["• sertraline (ZOLOFT) 50 MG tablet - Take 1 tablet (50 mg total) by mouth daily.",
             "• norethindrone (MICRONOR) 0.35 MG tablet - Take 1 tablet (0.35 mg total) by mouth daily.",
             "• rizatriptan (MAXALT) 10 MG tablet - Take 1 tablet (10 mg total) by mouth at onset of "
             "migraine. May repeat in 2 hours. Max 2 tablets in 24 hours.",
             "• ondansetron (ZOFRAN-ODT) 4 MG disintegrating tablet - Dissolve 1 tablet (4 mg total) "
             "on the tongue every 8 (eight) hours as needed for nausea."])
    d.h("Medications Started During This Encounter")
    d.p("rizatriptan (MAXALT) 10 MG tablet")
    d.h("Medications Discontinued During This Encounter")
    d.p("sumatriptan (IMITREX) 50 MG tablet - Reason: Therapy ineffective")
    d.h("Immunizations Administered on Date of Encounter - 11/3/2025")
    d.p("Influenza Vaccine Quad (FLULAVAL) 6 mos+, IM, PF - Dose: 0.5 mL - Site: Left deltoid - "
        "Lot: 9GH27 - Given by: M. Ortiz-Test, MA")
    d.h("Immunization History")
    d.table([["Name", "Date"],
             ["COVID-19 Pfizer mRNA (12 yrs+)", "12/27/2021"],
             ["Tdap", "8/14/2020"]], [3, 1], size=8.8)
    d.h("Results (last 30 days)")
    d.table([["Component", "Value", "Ref Range", "Flag", "Date"],
             ["Hemoglobin", "13.1 g/dL", "11.6 - 15.0 g/dL", "", "10/28/2025"],
             ["Ferritin", "42 ng/mL", "15 - 150 ng/mL", "", "10/28/2025"]], [1.6, 1, 1.4, 0.5, 1], size=8.8)
    d.h("Health Maintenance")
    d.table([["Topic", "Date Due", "Status"],
             ["Cervical Cancer Screening (Pap)", "4/9/2026", "Not due"],
             ["COVID-19 Vaccine (3 - 2025-26 season)", "9/1/2025", "Overdue"],
             ["Hepatitis B Vaccine (1 of 3 - 3-dose series)", "4/9/2006", "Overdue - never done"],
             ["Influenza Vaccine", "Completed 11/3/2025", "Completed"]], [3, 1.3, 1.4], size=8.8)
    d.h("Care Teams")
    d.p("Priya Raman-Test, MD - PCP - General - Summit Valley Family Medicine")
    d.h("Family History")
    d.p("Not on file")
    d.h("Surgical History")
    d.p("Not on file")
    d.h("Insurance")
    d.p("Payor: AETNA TEST PLAN   Plan: PPO   Subscriber ID: W000418TT")
    d.p("Smoking status: Never Smoker")
    d.med("sertraline", "50", "MG", "oral", "daily", brand="ZOLOFT")
    d.med("norethindrone", "0.35", "MG", "oral", "daily", brand="MICRONOR")
    d.med("rizatriptan", "10", "MG", "oral", "at onset of migraine; may repeat in 2 hours", status="new", brand="MAXALT")
    d.med("ondansetron", "4", "MG", "on the tongue", "every 8 hours as needed for nausea", brand="ZOFRAN-ODT")
    d.med("sumatriptan", "50", "MG", None, None, status="stopped", brand="IMITREX")
    d.vital("blood_pressure", "118/74", 118, "mmHg", 74)
    d.vital("heart_rate", "66", 66, "bpm")
    d.vital("temperature", "98.6 °F (37 °C)", 98.6, "°F", also_ok={"value_numeric": 37.0, "unit": "°C"})
    d.vital("respiratory_rate", "14", 14, "/min")
    d.vital("height", "5' 6\" (1.676 m)", 66, "in", also_ok={"value_numeric": 1.676, "unit": "m"})
    d.vital("weight", "142 lb 9.6 oz (64.7 kg)", 64.7, "kg", also_ok={"value_numeric": 142.6, "unit": "lb"})
    d.vital("oxygen_saturation", "99%", 99, "%")
    d.vital("bmi", "23.02 kg/m²", 23.02, "kg/m²")
    d.cond("Generalized anxiety disorder", "active")
    d.cond("Migraine without aura", "active")
    d.cond("Iron deficiency anemia", "resolved")
    d.imm("Influenza Vaccine Quad (FLULAVAL)", "2025-11-03", None, "9GH27")
    d.imm("COVID-19 Pfizer mRNA", "2021-12-27", None, None)
    d.imm("Tdap", "2020-08-14", None, None)
    d.lab("Hemoglobin", "13.1", "g/dL", "11.6-15.0", "", date="2025-10-28")
    d.lab("Ferritin", "42", "ng/mL", "15-150", "", date="2025-10-28")
    d.never("allergies", "No Known Allergies", "negated")
    d.never("medications", "sumatriptan", "stopped", note="only as status stopped")
    d.never("immunizations", "COVID-19 Vaccine (3 - 2025-26 season)", "due")
    d.never("immunizations", "Hepatitis B Vaccine", "due", note="never done")
    d.never("conditions", "Cervical Cancer Screening", "due")
    d.never("conditions", "Not on file", "not_clinical")
    d.never("conditions", "Iron deficiency anemia", "historical", note="only as status resolved")
    d.never("allergies", "Priya Raman-Test, MD", "not_clinical")
    return d


# ---------------------------------------------------------------- 22 CA endocrinology consult letter
@document
def doc_ca_endo_letter():
    d = Doc("ca_endocrinology_consult_letter", country="Canada", kind="specialist_consult_letter",
            document_type="medical_record", service_date="2025-04-17", page="LETTER", family="times", size=10.5)
    d.title("Dr. Marc-André Testier, MD FRCPC", 12, align="left")
    d.lines(["Endocrinology & Metabolism - 210 Test Avenue, Suite 400, Ottawa ON K0K 0K0",
             "Tel 613-555-0142   Fax 613-555-0143"], size=9)
    d.space(6)
    d.lines(["2025-04-17", "", "Dr. Olivia Bergström-Test", "Glebe Family Practice, Ottawa ON"])
    d.space(4)
    d.p("RE: Mrs. Harpreet GILL-TEST    DOB 1968-07-21    OHIP 0000-000-000-HG", bold=True)
    d.p("Dear Dr. Bergström-Test,")
    d.p("Thank you for asking me to see Mrs. Gill-Test, whom I assessed in clinic today for "
        "type 2 diabetes (diagnosed 2012) with moderately increased albuminuria. She also has "
        "hypertension, hypothyroidism and obesity. Retinal screening in January 2025 showed no "
        "retinopathy and she has no symptoms of neuropathy.")
    d.p("Current medications: metformin 1000 mg BID, Jardiance (empagliflozin) 25 mg daily, "
        "Ozempic 1 mg subcut once weekly, rosuvastatin 10 mg daily, ramipril 10 mg daily and "
        "Synthroid 0.1 mg daily. Gliclazide MR 60 mg was discontinued in January because of "
        "recurrent hypoglycemia. Allergies: sulfa (rash).")
    d.p("Today her BP was 128/74, weight 97.8 kg and BMI 33.9 kg/m². Recent results "
        "(2025-04-02): A1C 8.1%, LDL 1.9 mmol/L, eGFR 71 mL/min/1.73m², urine "
        "albumin-to-creatinine ratio 4.2 mg/mmol (N < 2.0), TSH 2.6 mIU/L.")
    d.p("Impression and plan: glycemic control remains above target. I have increased Ozempic to "
        "2 mg subcut once weekly starting next week, and continued the other medications "
        "unchanged. If her A1C remains above 7.5% in 3 months, pioglitazone could be considered. "
        "I have recommended a flash glucose monitor. Given her albuminuria I would keep ramipril "
        "at the current dose. I will see her again in 4 months with repeat A1C and urine ACR.")
    d.p("Sincerely,", after=16)
    d.lines(["Marc-André Testier, MD FRCPC", "cc: patient"])
    d.med("metformin", "1000", "mg", None, "BID")
    d.med("empagliflozin", "25", "mg", None, "daily", brand="Jardiance")
    d.med("semaglutide", "2", "mg", "subcut", "once weekly", status="changed", brand="Ozempic",
          note="increased from 1 mg once weekly")
    d.med("rosuvastatin", "10", "mg", None, "daily")
    d.med("ramipril", "10", "mg", None, "daily")
    d.med("levothyroxine", "0.1", "mg", None, "daily", brand="Synthroid")
    d.med("gliclazide MR", "60", "mg", None, None, status="stopped")
    d.allergy("sulfa", "rash")
    d.vital("blood_pressure", "128/74", 128, "mmHg", 74)
    d.vital("weight", "97.8 kg", 97.8, "kg")
    d.vital("bmi", "33.9 kg/m²", 33.9, "kg/m²")
    D = "2025-04-02"
    d.lab("A1C", "8.1", "%", date=D)
    d.lab("LDL", "1.9", "mmol/L", date=D)
    d.lab("eGFR", "71", "mL/min/1.73m²", date=D)
    d.lab("urine albumin-to-creatinine ratio", "4.2", "mg/mmol", "< 2.0", None, date=D,
          reference_high=2.0, specimen="urine", note="described as elevated in the plan context")
    d.lab("TSH", "2.6", "mIU/L", date=D)
    d.cond("type 2 diabetes", "active")
    d.cond("moderately increased albuminuria", "active")
    d.cond("hypertension", "active")
    d.cond("hypothyroidism", "active")
    d.cond("obesity", "active")
    d.never("conditions", "retinopathy", "negated")
    d.never("conditions", "neuropathy", "negated")
    d.never("conditions", "hypoglycemia", "historical", note="reason for stopping gliclazide")
    d.never("medications", "pioglitazone", "planned")
    d.never("medications", "gliclazide MR", "stopped", note="only as status stopped")
    d.never("medications", "Ozempic 1 mg", "other", note="superseded dose; current regimen is 2 mg")
    return d


# ---------------------------------------------------------------- 23 NZ GP referral (gastroenterology)
@document
def doc_nz_gp_referral():
    d = Doc("nz_gp_referral_gastroenterology", country="New Zealand", kind="gp_referral_letter",
            document_type="medical_record", service_date="2025-08-26", family="helv", size=9.8,
            header=[("Kōwhai Street Medical (synthetic)  |  e-Referral to Gastroenterology, Te Whatu Ora (test)", "left", 8.5, True)])
    d.kv([("Date", "26/08/2025"), ("Patient", "Mr Tama WHAANGA-TEST   NHI ZZZ0032   DOB 02/03/1961"),
          ("Referrer", "Dr Grace Liu-Test, GP"), ("Priority", "Urgent - suspected colorectal cancer pathway")])
    d.p("Kia ora koutou,")
    d.p("Thank you for seeing Tama, a 64 year old retired bus driver, with iron deficiency anaemia "
        "and a 2 month change in bowel habit to looser stools. No rectal bleeding and no weight "
        "loss; appetite normal. His brother had bowel cancer at age 58. He has never had a "
        "colonoscopy.")
    d.p("Bloods (19/08/2025): Hb 96 g/L (L, 130-175), MCV 74 fL (L, 80-99), ferritin 6 µg/L "
        "(L, 20-320), CRP 3 mg/L, eGFR >90. FIT positive (faecal haemoglobin 146 ng/mL).")
    d.p("Other problems: hypertension, gout (last flare 2023), and a left inguinal hernia repair "
        "in 2010.")
    d.p("Medications: cilazapril 2.5mg daily, felodipine 5 mg mane, allopurinol 300mg daily and "
        "omeprazole 20mg daily. He stopped his diclofenac (Voltaren) two weeks ago at my request. "
        "I have started ferrous sulphate (Ferrograd) 325 mg one tablet daily.")
    d.p("Allergies: nil known.")
    d.p("Exam: BP 136/82, weight 88 kg. Abdomen soft, non-tender, no masses; PR not performed.")
    d.p("Ngā mihi,", after=14)
    d.lines(["Dr Grace Liu-Test", "MCNZ 00000"])
    D = "2025-08-19"
    d.lab("Hb", "96", "g/L", "130-175", "L", date=D)
    d.lab("MCV", "74", "fL", "80-99", "L", date=D)
    d.lab("ferritin", "6", "µg/L", "20-320", "L", date=D)
    d.lab("CRP", "3", "mg/L", date=D)
    d.lab("eGFR", ">90", None, date=D, note="unit not stated")
    d.lab("FIT", "146", "ng/mL", flag="abnormal", date=D, specimen="faeces",
          note="reported as positive")
    d.vital("blood_pressure", "136/82", 136, "mmHg", 82)
    d.vital("weight", "88 kg", 88, "kg")
    d.med("cilazapril", "2.5", "mg", None, "daily")
    d.med("felodipine", "5", "mg", None, "mane")
    d.med("allopurinol", "300", "mg", None, "daily")
    d.med("omeprazole", "20", "mg", None, "daily")
    d.med("diclofenac", None, None, None, None, status="stopped", brand="Voltaren")
    d.med("ferrous sulphate", "325", "mg", None, "one tablet daily", status="new", brand="Ferrograd")
    d.cond("iron deficiency anaemia", "active")
    d.cond("change in bowel habit", "active")
    d.cond("hypertension", "active")
    d.cond("gout", "active")
    d.cond("left inguinal hernia repair", "history", optional=True, note="procedure 2010")
    d.never("conditions", "rectal bleeding", "negated")
    d.never("conditions", "weight loss", "negated")
    d.never("conditions", "bowel cancer", "family")
    d.never("conditions", "colorectal cancer", "other", note="suspected pathway only")
    d.never("allergies", "nil known", "negated")
    d.never("medications", "diclofenac", "stopped", note="only as status stopped")
    return d


# ---------------------------------------------------------------- 24 IE discharge letter (image-only PDF)
@document
def doc_ie_discharge_scan():
    d = Doc("ie_discharge_letter_scan", country="Ireland", kind="discharge_summary_scan",
            document_type="discharge_summary", service_date="2025-01-20", family="times", size=10.5,
            header=[("St Brigid's University Hospital (synthetic) - Department of Respiratory Medicine", "left", 9, True),
                    ("DISCHARGE LETTER   MRN 00471188   Page {page} of {pages}", "left", 8.5, False)])
    d.scan = {"format": "pdf", "angle": 1.6, "noise": 5, "dpi": 150, "quality": 38}
    d.kv([("Patient", "Mrs Bridget KAVANAGH-TEST, DOB 09/10/1950"),
          ("Admitted", "14/01/2025"), ("Discharged", "20/01/2025"),
          ("Consultant", "Prof. D. Mulcahy-Test"), ("GP", "Dr C. Byrne-Test, Castlebar")])
    d.h("Diagnoses")
    d.lines(["1. Community-acquired pneumonia, right lower lobe (CURB-65 score 2)",
             "2. Infective exacerbation of COPD (GOLD E)",
             "3. Steroid-induced hyperglycaemia",
             "Background: COPD, atrial fibrillation, osteoporosis, ex-smoker (45 pack-years)"])
    d.h("Allergies")
    d.lines(["Penicillin - anaphylaxis (1987)", "Morphine - hallucinations"])
    d.h("Progress")
    d.p("Admitted with fever, productive cough and hypoxia (SpO2 84% on air). CXR: right lower "
        "lobe consolidation. Treated with IV clarithromycin and doxycycline (penicillin "
        "anaphylaxis), nebulised bronchodilators and oral prednisolone. Theophylline was stopped "
        "because of the interaction with clarithromycin and has not been restarted. Capillary "
        "glucose up to 16 mmol/L on steroids, managed with sliding-scale insulin, no ongoing "
        "insulin needed. No evidence of pulmonary embolism on CTPA.")
    t = [["Test", "14/01/2025", "19/01/2025", "Units", "Ref"],
         ["CRP", "188", "22", "mg/L", "0-5"], ["WCC", "16.4", "9.2", "x10^9/L", "4.0-11.0"],
         ["Neutrophils", "14.1", "6.8", "x10^9/L", "2.0-7.5"], ["Creatinine", "92", "78", "µmol/L", "45-90"]]
    d.table(t, [2, 1.2, 1.2, 1.2, 1], size=9.5)
    flags = {("CRP", "188"): "H", ("CRP", "22"): "H", ("WCC", "16.4"): "H",
             ("Neutrophils", "14.1"): "H", ("Creatinine", "92"): "H"}
    for row in t[1:]:
        for v, dt in ((row[1], "2025-01-14"), (row[2], "2025-01-19")):
            f = flags.get((row[0], v), "")
            d.lab(row[0], v, row[3], row[4], None, date=dt, flag_implied=("high" if f else "normal"),
                  note="no flag column printed")
    d.newpage()
    d.h("Discharge observations (20/01/2025)")
    d.p("BP 124/70   Pulse 88 irregular   Temp 36.9 °C   RR 18   SpO2 93% on room air")
    d.h("Medications on discharge")
    d.table([["Medication", "Dose", "Frequency", "Comment"],
             ["Seretide 500 Accuhaler (fluticasone/salmeterol)", "500/50 mcg, 1 inhalation", "bd", "Unchanged"],
             ["Spiriva HandiHaler (tiotropium)", "18 micrograms", "once daily", "Unchanged"],
             ["Prednisolone", "40 mg", "once daily", "2 more days (last dose 22/01/2025) then stop"],
             ["Doxycycline", "100 mg", "once daily", "Until 23/01/2025 then stop"],
             ["Lansoprazole", "30 mg", "once daily", "NEW - while on prednisolone"],
             ["Apixaban", "5 mg", "bd", "Unchanged"],
             ["Alendronic acid", "70 mg", "once weekly (Sunday)", "Unchanged"],
             ["Theophylline (Uniphyllin Continus)", "200 mg", "bd", "STOPPED - do not restart"],
             ["Clarithromycin", "500 mg", "bd", "Completed in hospital"]],
            [3.2, 1.8, 1.5, 2.5], size=9)
    d.h("Follow-up")
    d.p("1. Repeat chest X-ray in 6 weeks to confirm resolution. 2. Respiratory clinic 8 weeks. "
        "3. Pneumococcal vaccine (PPV23) recommended - not given during admission, please give at "
        "surgery. 4. GP to check glucose after steroids finish.")
    d.p("Signed: Dr N. Ní Bhriain-Test, Registrar in Respiratory Medicine, 20/01/2025", italic=True)
    d.med("fluticasone/salmeterol", "500/50", "mcg", "inhaled", "bd", brand="Seretide 500 Accuhaler")
    d.med("tiotropium", "18", "micrograms", "inhaled", "once daily", brand="Spiriva HandiHaler")
    d.med("prednisolone", "40", "mg", None, "once daily", status="active", note="2 more days")
    d.med("doxycycline", "100", "mg", None, "once daily", status="active", note="until 23/01/2025")
    d.med("lansoprazole", "30", "mg", None, "once daily", status="new")
    d.med("apixaban", "5", "mg", None, "bd")
    d.med("alendronic acid", "70", "mg", None, "once weekly (Sunday)")
    d.med("theophylline", "200", "mg", None, "bd", status="stopped", brand="Uniphyllin Continus")
    d.med("clarithromycin", "500", "mg", None, "bd", status="completed")
    d.vital("blood_pressure", "124/70", 124, "mmHg", 70, date="2025-01-20")
    d.vital("heart_rate", "88 irregular", 88, "bpm", date="2025-01-20")
    d.vital("temperature", "36.9 °C", 36.9, "°C", date="2025-01-20")
    d.vital("respiratory_rate", "18", 18, "/min", date="2025-01-20")
    d.vital("oxygen_saturation", "93% on room air", 93, "%", date="2025-01-20")
    d.vital("oxygen_saturation", "84% on air", 84, "%", date="2025-01-14", note="on admission, in narrative")
    d.allergy("penicillin", "anaphylaxis", "severe")
    d.allergy("morphine", "hallucinations")
    d.cond("community-acquired pneumonia", "active")
    d.cond("infective exacerbation of COPD", "active")
    d.cond("steroid-induced hyperglycaemia", "active")
    d.cond("COPD", "active")
    d.cond("atrial fibrillation", "active")
    d.cond("osteoporosis", "active")
    d.never("medications", "theophylline", "stopped", note="only as status stopped")
    d.never("medications", "clarithromycin", "stopped", note="completed in hospital")
    d.never("medications", "insulin", "historical", note="sliding scale in hospital only")
    d.never("immunizations", "pneumococcal vaccine (PPV23)", "planned")
    d.never("conditions", "pulmonary embolism", "negated")
    return d


# ---------------------------------------------------------------- 25 India discharge summary (dengue)
@document
def doc_in_discharge_dengue():
    d = Doc("in_discharge_summary_dengue", country="India", kind="discharge_summary",
            document_type="discharge_summary", service_date="2025-09-07", family="helv", size=9.2,
            header=[("CITY CARE MULTISPECIALITY HOSPITAL (synthetic), Hyderabad - Dept. of General Medicine", "center", 9, True),
                    ("DISCHARGE SUMMARY     IP No. CCH/IP/25/04471     Page {page} of {pages}", "center", 8, False)],
            service_date_note="07/09/2025 day-first (dates with day > 12 elsewhere confirm DD/MM)")
    d.table([["Name: Mr. VENKATESH REDDY-TEST", "Age/Sex: 52 Y / Male"],
             ["Date of Admission: 02/09/2025", "Date of Discharge: 07/09/2025"],
             ["Consultant: Dr. K. Lakshmi-Test, MD (Gen. Med.)", "Ward/Bed: GW-2 / 14"]], [1.5, 1], header=0, size=8.8)
    d.h("Final Diagnosis")
    d.p("Dengue fever with warning signs (NS1 antigen positive) with thrombocytopenia - recovering. "
        "K/C/O Type 2 Diabetes Mellitus (on OHA x 6 yrs) and Systemic Hypertension.")
    d.h("Presenting Complaints")
    d.p("Fever with chills x 4 days, body pains, retro-orbital pain, vomiting 3-4 episodes/day. "
        "No h/o bleeding manifestations, no h/o breathlessness. No h/o TB, asthma or CAD in the past.")
    d.h("Known Allergy")
    d.p("Sulpha drugs - rash; Ciprofloxacin - itching.")
    d.h("Investigations")
    t = [["Test", "02/09/2025", "04/09/2025", "06/09/2025", "Unit", "Ref. range"],
         ["Haemoglobin", "15.8", "16.4", "14.2", "g/dL", "13.0 - 17.0"],
         ["Haematocrit (PCV)", "47.2", "51.5 H", "42.0", "%", "40 - 50"],
         ["Platelet count", "68,000 L", "32,000 L", "88,000 L", "/cumm", "1,50,000 - 4,50,000"],
         ["Total count (WBC)", "3,200 L", "2,900 L", "4,600", "/cumm", "4,000 - 11,000"],
         ["SGOT (AST)", "142 H", "", "96 H", "U/L", "5 - 40"],
         ["SGPT (ALT)", "118 H", "", "90 H", "U/L", "5 - 41"]]
    d.table(t, [1.9, 1.1, 1.1, 1.1, 0.8, 1.6], size=8.6)
    dates = ["2025-09-02", "2025-09-04", "2025-09-06"]
    for row in t[1:]:
        ref = row[5]
        lo, hi = [float(x.replace(",", "")) for x in ref.split(" - ")]
        for cell, dt in zip(row[1:4], dates):
            if not cell:
                continue
            parts = cell.split()
            v = parts[0]
            f = parts[1] if len(parts) > 1 else ""
            d.lab(row[0], v, row[4], None, f, date=dt, reference_text=ref, reference_low=lo,
                  reference_high=hi, value_numeric=float(v.replace(",", "")))
    d.p("Platelet count on day of discharge (07/09/2025): 1,12,000 /cumm.")
    d.lab("Platelet count", "1,12,000", "/cumm", None, None, date="2025-09-07", value_numeric=112000.0,
          note="stated in prose, no flag printed (below the 1,50,000 lower limit)")
    d.p("Dengue NS1 antigen: POSITIVE (02/09/2025). Dengue IgM: Negative. Malaria antigen "
        "(card test): Negative. Widal: Non-reactive.")
    d.lab("Dengue NS1 antigen", "POSITIVE", None, None, "A", date="2025-09-02",
          note="no flag printed; positive")
    d.lab("Dengue IgM", "Negative", None, None, None, date="2025-09-02")
    d.lab("Malaria antigen (card test)", "Negative", None, None, None, date="2025-09-02")
    d.lab("Widal", "Non-reactive", None, None, None, date="2025-09-02")
    d.h("Course in Hospital")
    d.p("Patient was managed with IV fluids (RL/NS), Inj. Pantoprazole 40 mg IV OD, Inj. "
        "Ondansetron 4 mg IV SOS and Tab. Paracetamol. Oral hypoglycaemic agents were continued "
        "with sliding-scale monitoring. Platelet count fell to 32,000 on 04/09/2025; no platelet "
        "transfusion was required. Patient is afebrile for 48 hours and is being discharged in "
        "stable condition.")
    d.h("Condition at Discharge")
    d.p("Afebrile. BP 124/80 mmHg, PR 82/min, Temp 98.4 °F, SpO2 98% on room air.")
    d.h("Medications on Discharge")
    d.table([["S.No", "Medicine", "Dose", "Frequency", "Duration / Remarks"],
             ["1", "Tab. DOLO 650 (Paracetamol 650 mg)", "1 tab", "SOS (fever > 100 °F), max 3/day", "3 days"],
             ["2", "Tab. PAN 40 (Pantoprazole 40 mg)", "1 tab", "1-0-0 before breakfast", "5 days"],
             ["3", "Tab. GLYCOMET 500 (Metformin 500 mg)", "1 tab", "1-0-1 after food", "Continue"],
             ["4", "Tab. TELMA 40 (Telmisartan 40 mg)", "1 tab", "1-0-0", "Continue"],
             ["5", "ORS sachet", "1 sachet in 1 litre water", "sip through the day", "5 days"],
             ["6", "Tab. Glimepiride 1 mg", "-", "-", "STOP till review (risk of low sugar)"]],
            [0.4, 2.8, 1.4, 1.9, 1.9], size=8.5)
    d.h("Advice")
    d.p("Avoid NSAIDs (ibuprofen, aspirin, diclofenac) for 2 weeks. Plenty of oral fluids. Monitor "
        "blood sugar twice daily. Review in medicine OPD after 5 days with CBC report. Return "
        "immediately if bleeding, abdominal pain or persistent vomiting.")
    d.p("Dr. K. Lakshmi-Test, MD (Gen. Med.), Consultant Physician", italic=True)
    d.allergy("sulpha drugs", "rash")
    d.allergy("ciprofloxacin", "itching")
    d.vital("blood_pressure", "124/80 mmHg", 124, "mmHg", 80)
    d.vital("heart_rate", "82/min", 82, "/min")
    d.vital("temperature", "98.4 °F", 98.4, "°F")
    d.vital("oxygen_saturation", "98% on room air", 98, "%")
    d.med("paracetamol", "650", "mg", "oral", "SOS (fever > 100 °F), max 3/day", brand="DOLO 650")
    d.med("pantoprazole", "40", "mg", "oral", "1-0-0 before breakfast", brand="PAN 40")
    d.med("metformin", "500", "mg", "oral", "1-0-1 after food", brand="GLYCOMET 500")
    d.med("telmisartan", "40", "mg", "oral", "1-0-0", brand="TELMA 40")
    d.med("oral rehydration salts", "1", "sachet", "oral", "sip through the day", optional=True, aliases=["ORS"])
    d.med("glimepiride", "1", "mg", "oral", None, status="held", note="STOP till review")
    d.cond("dengue fever with warning signs", "active")
    d.cond("thrombocytopenia", "active")
    d.cond("type 2 diabetes mellitus", "active")
    d.cond("systemic hypertension", "active")
    for m in ["ibuprofen", "aspirin", "diclofenac"]:
        d.never("medications", m, "negated", note="advice to avoid")
    d.never("medications", "Inj. Pantoprazole 40 mg IV", "historical", note="inpatient; oral PAN 40 is the discharge med")
    d.never("medications", "ondansetron", "historical", note="inpatient only")
    d.never("conditions", "TB", "negated", aliases=["tuberculosis"])
    d.never("conditions", "asthma", "negated")
    d.never("conditions", "CAD", "negated")
    d.never("conditions", "bleeding", "negated")
    d.never("conditions", "malaria", "negated", note="antigen negative")
    return d


# ---------------------------------------------------------------- 26 AU PBS prescription (fax PNG)
@document
def doc_au_prescription_scan():
    d = Doc("au_pbs_prescription_fax", country="Australia", kind="prescription_scan",
            document_type="prescription", service_date="2025-08-04", family="helv", size=10.5,
            service_date_note="printed 04/08/2025; Australian day-first assumed (4 August)")
    d.truth["service_date_ambiguous"] = True
    d.scan = {"format": "png", "angle": 1.8, "noise": 5, "dpi": 150, "bilevel": True}
    d.title("Dr Wei Zhang-Test  MBBS FRACGP", 12, align="left")
    d.lines(["Prescriber No. 0000000    Northside Test Clinic, 12 Example St, Brisbane QLD 4000",
             "Ph 07 0000 0000"], size=9)
    d.hr()
    d.lines(["Patient: Ms Chloe BRENNAN-TEST", "Address: 3/18 Sample Rd, Toowong QLD 4066",
             "Medicare No: 0000 00000 0 - 1        Concession / Entitlement: -",
             "Date: 04/08/2025        PBS [X]   RPBS [ ]   Brand substitution not permitted [ ]"])
    d.hr()
    d.p("Rx", bold=True, size=14)
    d.p("1.  Amoxicillin 500 mg capsules", bold=True, after=0)
    d.p("Take ONE capsule THREE times a day for 5 days      Qty: 15   Repeats: 0", indent=20)
    d.p("2.  Flixonase (fluticasone propionate) 50 microgram/actuation nasal spray", bold=True, after=0)
    d.p("TWO sprays into each nostril ONCE daily      Qty: 1   Repeats: 2", indent=20)
    d.p("3.  Ventolin (salbutamol) 100 microgram inhaler (CFC-free)", bold=True, after=0)
    d.p("2 puffs every 4 hours when required for wheeze      Qty: 1   Repeats: 1", indent=20)
    d.space(10)
    d.p("Allergies: nil known.     Diagnosis: acute sinusitis; allergic rhinitis; mild asthma.")
    d.space(14)
    d.p("Prescriber signature: ____W. Zhang____", after=0)
    d.med("amoxicillin", "500", "mg", "oral", "THREE times a day for 5 days", status="new",
          status_also_ok=["active"])
    d.med("fluticasone propionate", "50", "microgram", "nasal", "TWO sprays into each nostril ONCE daily",
          brand="Flixonase", status_also_ok=["new"])
    d.med("salbutamol", "100", "microgram", "inhaled", "2 puffs every 4 hours when required", brand="Ventolin",
          status_also_ok=["new"])
    d.cond("acute sinusitis", "active")
    d.cond("allergic rhinitis", "active")
    d.cond("mild asthma", "active")
    d.never("allergies", "nil known", "negated")
    d.never("conditions", "Dr Wei Zhang-Test", "not_clinical")
    d.never("conditions", "Brand substitution not permitted", "checkbox_no")
    return d


# ---------------------------------------------------------------- 27 UK dispensing labels + leaflet
@document
def doc_uk_label_leaflet():
    d = Doc("uk_dispensing_labels_and_leaflet", country="UK", kind="pharmacy_label_with_leaflet",
            document_type="prescription", service_date="2025-05-12", family="helv", size=9.2,
            service_date_note="dispensing date")
    d.truth["document_type_also_ok"] = ["other"]
    d.title("Kingsway Pharmacy (synthetic) - dispensing labels (copy)", 11, align="left")
    d.table([["Doxycycline 100mg capsules                                  8"],
             ["Take TWO capsules on the first day, then take ONE capsule daily. Swallow whole "
              "with a full glass of water while sitting or standing. Do not take indigestion "
              "remedies, or medicines containing iron or zinc, 2 hours before or after you take "
              "this medicine. Avoid exposure of skin to direct sunlight or sun lamps."],
             ["Mrs Priti SHAH-TEST                                     12 May 2025"]],
            [1], header=0, grid=True, size=9)
    d.table([["Fexofenadine 180mg tablets                                  30"],
             ["Take ONE tablet daily when required for hay fever."],
             ["Mrs Priti SHAH-TEST                                     12 May 2025"]],
            [1], header=0, grid=True, size=9)
    d.space(6)
    d.title("PACKAGE LEAFLET: INFORMATION FOR THE PATIENT", 10.5, align="left")
    d.p("Doxycycline 100 mg hard capsules", bold=True)
    d.p("Do not take doxycycline if you are allergic to doxycycline, other tetracyclines or any "
        "of the other ingredients of this medicine. Talk to your doctor before taking this "
        "medicine if you have myasthenia gravis, systemic lupus erythematosus (SLE), liver "
        "problems or porphyria.")
    d.p("Other medicines: tell your doctor if you are taking warfarin, antacids, iron "
        "supplements, isotretinoin, penicillin antibiotics, or the contraceptive pill.")
    d.p("Possible side effects: Common (may affect up to 1 in 10 people): nausea, vomiting, "
        "diarrhoea, headache, photosensitivity (skin rash on sun exposure). Rare: inflammation "
        "or ulceration of the oesophagus, raised pressure in the skull (intracranial "
        "hypertension), severe allergic reaction (anaphylaxis).")
    d.p("Store below 25 °C. Keep out of the sight and reach of children. Leaflet revised 03/2024.",
        size=8)
    d.med("doxycycline", "100", "mg", "oral", "TWO capsules on the first day, then ONE capsule daily",
          status="new", status_also_ok=["active"])
    d.med("fexofenadine", "180", "mg", "oral", "ONE tablet daily when required", status="new",
          status_also_ok=["active"])
    d.cond("hay fever", "active", optional=True, note="indication on the label")
    for c in ["myasthenia gravis", "systemic lupus erythematosus", "porphyria", "liver problems",
              "nausea", "photosensitivity", "intracranial hypertension", "anaphylaxis"]:
        d.never("conditions", c, "leaflet")
    for a in ["doxycycline", "tetracyclines"]:
        d.never("allergies", a, "leaflet")
    for m in ["warfarin", "antacids", "iron supplements", "isotretinoin", "penicillin antibiotics"]:
        d.never("medications", m, "leaflet")
    return d


# --------------------------------------------------------------------------- driver
CATEGORIES = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_files() -> list[Path]:
    files = [HERE / "make_heldout.py"]
    files += sorted((HERE / "specs").glob("*.json")) if (HERE / "specs").exists() else []
    files += sorted(TRUTH.glob("*.json"))
    files += sorted(p for p in DOCS.iterdir() if p.is_file())
    return files


def check_manifest() -> int:
    bad = 0
    listed = set()
    for line in MANIFEST.read_text().splitlines():
        digest, rel = line.split("  ", 1)
        listed.add(rel)
        p = HERE / rel
        if not p.exists() or sha256(p) != digest:
            print("MISMATCH", rel)
            bad += 1
    for p in manifest_files():
        rel = p.relative_to(HERE).as_posix()
        if rel not in listed:
            print("UNLISTED", rel)
            bad += 1
    print("manifest OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> list[dict]:
    DOCS.mkdir(exist_ok=True)
    TRUTH.mkdir(exist_ok=True)
    for old in list(DOCS.iterdir()) + list(TRUTH.iterdir()):
        old.unlink()
    summary = []
    for i, fn in enumerate(DOC_BUILDERS):
        d = fn()
        pdf = d.pdf_bytes()
        if d.scan:
            path = write_scan(d, pdf, seed=1000 + i)
        else:
            path = DOCS / f"{d.name}.pdf"
            path.write_bytes(pdf)
        truth = {"file": f"docs/{path.name}", "synthetic": True,
                 "text_layer": d.scan is None, "page_count": len(d.pages)}
        truth.update(d.truth)
        (TRUTH / f"{d.name}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
        summary.append(truth)
    lines = [f"{sha256(p)}  {p.relative_to(HERE).as_posix()}" for p in manifest_files()]
    MANIFEST.write_text("\n".join(lines) + "\n")
    return summary


def report(summary: list[dict]) -> None:
    from collections import Counter
    tot = Counter()
    by_country = Counter()
    by_kind = Counter()
    by_type = Counter()
    must_not = Counter()
    print(f"{'document':48s} " + " ".join(c[:5] for c in CATEGORIES) + "  mn   size")
    for t in summary:
        n = {c: len(t[c]) for c in CATEGORIES}
        tot.update(n)
        by_country[t["country"]] += 1
        by_kind[t["kind"]] += 1
        by_type[t["document_type"]] += 1
        must_not.update(r["why"] for r in t["must_not"])
        size = (HERE / t["file"]).stat().st_size
        print(f"{Path(t['file']).name:48s} " + " ".join(f"{n[c]:5d}" for c in CATEGORIES)
              + f" {len(t['must_not']):4d} {size/1024:6.1f}K")
    print("totals", dict(tot), "items", sum(tot.values()), "must_not", sum(must_not.values()))
    print("must_not by why", dict(must_not))
    print("by country", dict(by_country))
    print("by document_type", dict(by_type))
    print("by kind", dict(by_kind))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify MANIFEST.sha256 and exit")
    a = ap.parse_args(argv)
    if a.check:
        return check_manifest()
    report(build())
    return 0


if __name__ == "__main__":
    sys.exit(main())
