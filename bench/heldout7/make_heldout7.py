#!/usr/bin/env python3
"""Held-out extraction set 7: a deterministic generator of synthetic clinical documents.

Writes docs/ (PDF / JPEG), truth/ (one JSON per document), MANIFEST.sha256 and README.md
next to this file.  Every document is one function: the data it draws is the data its truth
is built from, so the two cannot drift apart.

    python make_heldout7.py            # (re)generate everything and run the self-checks
    python make_heldout7.py --check    # verify MANIFEST.sha256 only (non-zero exit on mismatch)
    python make_heldout7.py --table    # print the documents table (from truth/)
    python make_heldout7.py --preview DIR   # also render every page to PNG in DIR

Everything here is invented: people, identifiers, addresses, phone numbers, lot numbers.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
FOOTER = "SYNTHETIC TEST DOCUMENT - not a real patient"
CATS = ("medications", "labs", "vitals", "allergies", "conditions", "immunizations")
WHYS = ("negated", "family", "historical", "planned", "due", "stopped", "leaflet",
        "checkbox_no", "not_clinical", "other")
DOC_TYPES = ("lab_result", "prescription", "discharge_summary", "immunization_record",
             "medical_record", "other")
VITAL_KINDS = ("blood_pressure", "heart_rate", "temperature", "respiratory_rate",
               "oxygen_saturation", "weight", "height", "bmi")
MED_STATUS = ("active", "new", "changed", "stopped", "held", "completed")
FLAGS = ("normal", "high", "low", "critical", "abnormal", None)


# --------------------------------------------------------------------------------------
# manifest / table (no heavy imports needed)
# --------------------------------------------------------------------------------------
def manifest_lines(root: str) -> list[str]:
    lines = []
    for sub in ("docs", "truth"):
        d = os.path.join(root, sub)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            if os.path.isfile(p):
                with open(p, "rb") as fh:
                    h = hashlib.sha256(fh.read()).hexdigest()
                lines.append(f"{h}  {sub}/{name}")
    return sorted(lines, key=lambda s: s.split("  ", 1)[1])


def check_manifest(root: str) -> int:
    mpath = os.path.join(root, "MANIFEST.sha256")
    if not os.path.exists(mpath):
        print("MANIFEST.sha256 missing")
        return 1
    with open(mpath, encoding="utf-8") as fh:
        want = [ln.rstrip("\n") for ln in fh if ln.strip()]
    have = manifest_lines(root)
    if want != have:
        ws, hs = set(want), set(have)
        for ln in sorted(ws - hs):
            print("expected:", ln)
        for ln in sorted(hs - ws):
            print("found:   ", ln)
        print("MANIFEST MISMATCH")
        return 1
    print(f"MANIFEST OK ({len(have)} files)")
    return 0


def load_truths(root: str) -> list[dict]:
    out = []
    d = os.path.join(root, "truth")
    for name in sorted(os.listdir(d)):
        if name.endswith(".json"):
            with open(os.path.join(d, name), encoding="utf-8") as fh:
                out.append(json.load(fh))
    return out


def count_rows(t: dict) -> dict:
    c = {}
    for cat in CATS:
        rows = t[cat]
        c[cat] = sum(1 for r in rows if not r.get("optional"))
        c[cat + "_opt"] = sum(1 for r in rows if r.get("optional"))
    c["must_not"] = len(t["must_not"])
    return c


def table_text(truths: list[dict], markdown: bool = True) -> str:
    hdr = ["#", "file", "country", "type", "kind", "pages", "scan", "meds", "labs", "vitals",
           "allergies", "conditions", "imms", "optional", "must_not"]
    rows = []
    tot = {k: 0 for k in ("meds", "labs", "vitals", "allergies", "conditions", "imms", "opt",
                          "mn", "pages")}
    for t in truths:
        c = count_rows(t)
        opt = sum(c[k + "_opt"] for k in CATS)
        name = os.path.basename(t["file"])
        rows.append([name[:2], name, t["country"], t["document_type"], t["kind"],
                     str(t["page_count"]), "scan" if not t["text_layer"] else "text",
                     str(c["medications"]), str(c["labs"]), str(c["vitals"]),
                     str(c["allergies"]), str(c["conditions"]), str(c["immunizations"]),
                     str(opt), str(c["must_not"])])
        for k, cat in (("meds", "medications"), ("labs", "labs"), ("vitals", "vitals"),
                       ("allergies", "allergies"), ("conditions", "conditions"),
                       ("imms", "immunizations")):
            tot[k] += c[cat]
        tot["opt"] += opt
        tot["mn"] += c["must_not"]
        tot["pages"] += t["page_count"]
    scored = sum(tot[k] for k in ("meds", "labs", "vitals", "allergies", "conditions", "imms"))
    trow = ["", f"TOTAL ({len(truths)} documents)", f"{len({t['country'] for t in truths})} countries",
            "", "", str(tot["pages"]), f"{sum(1 for t in truths if not t['text_layer'])} scans",
            str(tot["meds"]), str(tot["labs"]), str(tot["vitals"]), str(tot["allergies"]),
            str(tot["conditions"]), str(tot["imms"]), str(tot["opt"]), str(tot["mn"])]
    lines = []
    if markdown:
        lines.append("| " + " | ".join(hdr) + " |")
        lines.append("|" + "|".join("---" for _ in hdr) + "|")
        for r in rows + [trow]:
            lines.append("| " + " | ".join(r) + " |")
    else:
        allr = [hdr] + rows + [trow]
        w = [max(len(r[i]) for r in allr) for i in range(len(hdr))]
        w[4] = min(w[4], 40)
        for r in allr:
            cells = [r[i][:w[i]].ljust(w[i]) for i in range(len(hdr))]
            lines.append("  ".join(cells))
    lines.append("")
    lines.append(f"Scored rows (non-optional): {scored}  (labs {tot['labs']} = "
                 f"{100.0 * tot['labs'] / max(scored, 1):.1f}%); optional rows: {tot['opt']}; "
                 f"must_not rows: {tot['mn']}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# heavy imports only for generation
# --------------------------------------------------------------------------------------
def _imports():
    global np, Image, ImageFilter, pdfium, canvas, pdfmetrics, ImageReader, A4, LETTER
    global landscape, Color, TTFont, reportlab
    import numpy as np  # noqa
    from PIL import Image, ImageFilter  # noqa
    import pypdfium2 as pdfium  # noqa
    import reportlab  # noqa
    from reportlab.lib.colors import Color  # noqa
    from reportlab.lib.pagesizes import A4, LETTER, landscape  # noqa
    from reportlab.lib.utils import ImageReader  # noqa
    from reportlab.pdfbase import pdfmetrics  # noqa
    from reportlab.pdfbase.ttfonts import TTFont  # noqa
    from reportlab.pdfgen import canvas  # noqa
    globals().update(locals())
    fd = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, fn in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"),
                     ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(fd, fn)))
    face = pdfmetrics.EmbeddedType1Face(os.path.join(fd, "callig15.afm"),
                                        os.path.join(fd, "callig15.pfb"))
    pdfmetrics.registerTypeFace(face)
    pdfmetrics.registerFont(pdfmetrics.Font("Callig", face.name, "WinAnsiEncoding"))


# --------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fd(iso: str, style: str) -> str:
    """Format an ISO date the way a given country / system prints it."""
    y, m, d = (int(x) for x in iso.split("-"))
    return {
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "mdy": f"{m:02d}/{d:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "ymd/": f"{y}/{m:02d}/{d:02d}",
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmyy": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "d-mon-y": f"{d:02d}-{MON[m - 1]}-{y}",
        "d mon y": f"{d:02d} {MON[m - 1]} {y}",
        "d-mon-yy": f"{d:02d}-{MON[m - 1]}-{y % 100:02d}",
        "ord": f"{_ord(d)} {MONTH[m - 1]} {y}",
        "mon d, y": f"{MON[m - 1]} {d:02d}, {y}",
        "month d, y": f"{MONTH[m - 1]} {d}, {y}",
        "d month y": f"{d} {MONTH[m - 1]} {y}",
    }[style]


# --------------------------------------------------------------------------------------
# small parsing helpers used to build truth rows
# --------------------------------------------------------------------------------------
_NUM = re.compile(r"-?\d+(?:\.\d+)?")
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")
_UNSET = object()


def parse_num(s):
    s = s.strip()
    if _NUM.fullmatch(s):
        return float(s)
    if _SPACED.fullmatch(s):
        return float(s.replace(" ", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    return None


def parse_range(t):
    if t is None:
        return None, None
    s = t.strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)", s)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.fullmatch(r"(?:<|<=|< OR =|less than)\s*(\d+(?:\.\d+)?)", s, re.I)
    if m:
        return None, float(m.group(1))
    m = re.fullmatch(r"(?:>|>=|> OR =|greater than)\s*(\d+(?:\.\d+)?)", s, re.I)
    if m:
        return float(m.group(1)), None
    return None, None


def norm_text(s: str) -> str:
    s = s.replace("\u03bc", "\u00b5").replace("\u2013", "-").replace("\u00ad", "")
    return re.sub(r"\s+", "", s).lower()


# --------------------------------------------------------------------------------------
# the document builder
# --------------------------------------------------------------------------------------
INK = (0.06, 0.13, 0.45)      # blue ball-point
INK2 = (0.12, 0.12, 0.12)     # black pen


class Doc:
    def __init__(self, num, cc, short, *, country, doctype, kind, service_date,
                 pagesize=None, pages=1, scan=None, title=None, seed=None):
        assert doctype in DOC_TYPES
        self.num, self.cc = num, cc
        self.stem = f"{num:02d}_{cc}_{short}"
        self.country, self.doctype, self.kind = country, doctype, kind
        self.service_date = service_date
        self.pagesize = pagesize or A4
        self.W, self.H = self.pagesize
        self.pages_declared = pages
        self.scan = scan
        self.ext = "pdf"
        if scan is not None and scan.get("jpg"):
            self.ext = "jpg"
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=self.pagesize, invariant=1,
                               pageCompression=1)
        self.c.setAuthor("heldout7 generator (synthetic)")
        self.c.setTitle(title or f"{self.stem} - synthetic test document")
        self.c.setCreator("make_heldout7.py")
        self.rng = random.Random(seed if seed is not None else 7000 + num)
        self.page = 1
        self.on_new_page = None        # callable(doc) -> y after continuation header
        self.page_label = None         # callable(doc) -> str drawn near the footer
        self.footer_font = ("Helvetica", 7)
        self.lm, self.rm, self.bm, self.tm = 50, 50, 60, 50
        self.y = self.H - self.tm
        self.T = {k: [] for k in CATS}
        self.T["must_not"] = []
        self.expect = []               # extra printed strings that must be in the text
        self.notes = []                # judgement calls for the README
        self.date_styles = set()

    # ---------------------------------------------------------------- truth rows
    def _opt(self, row, optional, note, aliases=None):
        if aliases:
            row["aliases"] = list(aliases)
        if optional:
            row["optional"] = True
        if note:
            row["note"] = note
        return row

    def med(self, name, dose, unit, frequency, status="active", *, route=None, brand=None,
            aliases=None, optional=False, note=None, status_also_ok=None, mn_name=None):
        assert status in MED_STATUS, status
        row = {"name": name, "brand": brand, "dose": dose, "unit": unit, "route": route,
               "frequency": frequency, "status": status}
        if status_also_ok:
            row["status_also_ok"] = list(status_also_ok)
        self.T["medications"].append(self._opt(row, optional, note, aliases))
        if status in ("stopped", "completed"):
            self.mn("medications", mn_name or name, "stopped",
                    f"{status} medicine (also a {status} row)")
        return row

    def lab(self, test_name, value_text, unit, ref_text, flag, on, *, aliases=None,
            value_numeric=_UNSET, ref_low=_UNSET, ref_high=_UNSET, optional=False, note=None):
        assert flag in FLAGS, flag
        lo, hi = parse_range(ref_text)
        row = {"test_name": test_name, "value_text": value_text,
               "value_numeric": parse_num(value_text) if value_numeric is _UNSET else value_numeric,
               "unit": unit,
               "reference_low": lo if ref_low is _UNSET else ref_low,
               "reference_high": hi if ref_high is _UNSET else ref_high,
               "reference_text": ref_text, "flag": flag, "date": on}
        date.fromisoformat(on)
        self.T["labs"].append(self._opt(row, optional, note, aliases))
        return row

    def vital(self, kind, value_text, unit, *, value_numeric=_UNSET, value_secondary=_UNSET,
              also_ok=None, optional=False, note=None):
        assert kind in VITAL_KINDS, kind
        if "/" in value_text and kind == "blood_pressure":
            a, b = value_text.split("/")
            vn, vs = float(a), float(b)
        else:
            vn, vs = parse_num(value_text), None
        row = {"kind": kind, "value_text": value_text,
               "value_numeric": vn if value_numeric is _UNSET else value_numeric,
               "value_secondary": vs if value_secondary is _UNSET else value_secondary,
               "unit": unit}
        if also_ok:
            row["also_ok"] = also_ok
        self.T["vitals"].append(self._opt(row, optional, note))
        return row

    def allergy(self, substance, reaction=None, severity=None, *, aliases=None,
                optional=False, note=None):
        assert severity in (None, "mild", "moderate", "severe")
        row = {"substance": substance, "reaction": reaction, "severity": severity}
        self.T["allergies"].append(self._opt(row, optional, note, aliases))
        return row

    def cond(self, name, status="active", icd10=None, *, aliases=None, optional=False,
             note=None):
        row = {"name": name, "status": status, "icd10_code": icd10}
        self.T["conditions"].append(self._opt(row, optional, note, aliases))
        return row

    def imm(self, vaccine, on, *, dose_number=None, lot=None, brand=None, ambiguous=False,
            aliases=None, optional=False, note=None):
        date.fromisoformat(on)
        row = {"vaccine": vaccine, "administered_on": on, "dose_number": dose_number,
               "lot_number": lot, "brand": brand, "date_ambiguous": ambiguous}
        self.T["immunizations"].append(self._opt(row, optional, note, aliases))
        return row

    def mn(self, category, name, why, note=None):
        assert category in CATS, category
        assert why in WHYS, why
        row = {"category": category, "name": name, "why": why}
        if note:
            row["note"] = note
        self.T["must_not"].append(row)
        return row

    def date(self, iso, style):
        """Format a date for printing and remember that it must be in the text."""
        s = fd(iso, style)
        self.expect.append(s)
        self.date_styles.add(style)
        return s

    # ---------------------------------------------------------------- drawing
    def font(self, f, s):
        self.c.setFont(f, s)

    def sw(self, s, f, size):
        return pdfmetrics.stringWidth(s, f, size)

    def text(self, x, y, s, f="Helvetica", size=9, color=None, align="left"):
        c = self.c
        c.setFont(f, size)
        if color is not None:
            c.setFillColorRGB(*color)
        w = self.sw(s, f, size)
        if align == "right":
            x0 = x - w
        elif align == "center":
            x0 = x - w / 2
        else:
            x0 = x
        if x0 < 8 or x0 + w > self.W - 8:
            raise ValueError(f"{self.stem}: text off page: {s!r}")
        c.drawString(x0, y, s)
        if color is not None:
            c.setFillColorRGB(0, 0, 0)
        return w

    def wrap(self, s, f, size, width):
        words = s.split(" ")
        lines, cur = [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if self.sw(t, f, size) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
                if self.sw(w, f, size) > width:
                    raise ValueError(f"{self.stem}: word too wide: {w!r}")
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, f="Times-Roman", size=10.5, leading=None, color=None):
        """Draw a wrapped paragraph at a fixed place; return the y below it."""
        leading = leading or size * 1.3
        for ln in self.wrap(s, f, size, width):
            self.text(x, y, ln, f, size, color)
            y -= leading
        return y

    # flowing text with page breaks (letters)
    def need(self, h):
        if self.y - h < self.bm:
            self.new_page()

    def flow(self, s, f="Times-Roman", size=10.5, leading=None, indent=0, after=5,
             color=None, bullet=None):
        leading = leading or size * 1.32
        width = self.W - self.lm - self.rm - indent
        lines = self.wrap(s, f, size, width)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if bullet and i == 0:
                self.text(self.lm + indent - 12, self.y, bullet, f, size, color)
            self.text(self.lm + indent, self.y, ln, f, size, color)
        self.y -= after

    def heading(self, s, f="Helvetica-Bold", size=10.5, before=6, after=2, color=None):
        self.need(before + size * 2.6)
        self.y -= before + size * 1.2
        self.text(self.lm, self.y, s, f, size, color)
        self.y -= after

    def hline(self, x1, x2, y, w=0.5, gray=0.0):
        c = self.c
        c.setLineWidth(w)
        c.setStrokeColorRGB(gray, gray, gray)
        c.line(x1, y, x2, y)
        c.setStrokeColorRGB(0, 0, 0)

    def rect(self, x, y, w, h, lw=0.6, fill=None, stroke=True):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)

    def box(self, x, y, checked=False, size=7, mark="X", hand=False):
        """A tick box whose lower-left corner is (x, y)."""
        c = self.c
        c.setLineWidth(0.6)
        c.rect(x, y, size, size, stroke=1, fill=0)
        if checked:
            if hand:
                j = self.rng.uniform
                c.setStrokeColorRGB(*INK)
                c.setLineWidth(1.3)
                if mark == "tick":
                    p = c.beginPath()
                    p.moveTo(x + 0.5 + j(-.5, .5), y + size * 0.45 + j(-.5, .5))
                    p.lineTo(x + size * 0.4, y + 0.3 + j(-.5, .5))
                    p.lineTo(x + size * 1.25 + j(-.6, .6), y + size * 1.35 + j(-.6, .6))
                    c.drawPath(p, stroke=1, fill=0)
                else:
                    c.line(x - 1 + j(-.5, .5), y - 1 + j(-.5, .5), x + size + 1.5, y + size + 1.2)
                    c.line(x - 0.8, y + size + 1.3 + j(-.5, .5), x + size + 1.2 + j(-.5, .5), y - 1)
                c.setStrokeColorRGB(0, 0, 0)
            else:
                c.setFont("Helvetica-Bold", size + 0.5)
                c.drawString(x + 0.9, y + 0.9, "X")

    def hand(self, x, y, s, size=11, f="Helvetica-Oblique", color=INK, jitter=1.0):
        """Handwriting-like entry: word by word, small rotation and baseline wander."""
        c = self.c
        j = self.rng.uniform
        c.saveState()
        c.setFillColorRGB(*color)
        c.setStrokeColorRGB(*color)
        c.setLineWidth(0.25)
        x0 = x
        for w in s.split(" "):
            if not w:
                x += size * 0.35
                continue
            sz = size * j(0.94, 1.07)
            c.saveState()
            c.translate(x, y + j(-1.0, 1.0) * jitter)
            c.rotate(j(-2.4, 2.4) * jitter * (0.5 if len(w) > 8 else 1.0))
            c.skew(0, j(0, 8) * jitter)   # horizontal slant only
            t = c.beginText(0, 0)
            t.setFont(f, sz)
            t.setTextRenderMode(2)  # fill + stroke: a heavier, pen-like line
            t.textOut(w)
            c.drawText(t)
            c.restoreState()
            x += self.sw(w, f, sz) + size * j(0.32, 0.5)
        c.restoreState()
        if x > self.W - 8:
            raise ValueError(f"{self.stem}: handwriting off page: {s!r}")
        return x - x0

    def sign_block(self, name):
        """Room for a pen signature under a closing line in flowing text."""
        self.need(60)
        self.y -= 24
        self.signature(self.lm + 4, self.y, name)
        self.y -= 10

    def signature(self, x, y, s, size=16):
        return self.hand(x, y, s, size=size, f="Callig", color=INK, jitter=0.6)

    def table(self, x, y, widths, rows, *, f="Helvetica", size=8, hf="Helvetica-Bold",
              header=1, rules="rows", aligns=None, pad=2.5, leading=None, hfill=None,
              repeat_header=True, rowfill=None, gray=0.55):
        """Draw a table; cells are str or dict(t=..., f=..., size=..., color=..., a=...,
        span=...).  A cell string may hold '\\n'; longer text is wrapped at spaces to the
        cell width.  Returns the y below the table and breaks pages when needed."""
        leading = leading or size * 1.28
        aligns = aligns or ["l"] * len(widths)
        total_w = sum(widths)

        def layout(r, is_hdr):
            out, i = [], 0
            for c in r:
                c = c if isinstance(c, dict) else {"t": c}
                ff = c.get("f", hf if is_hdr else f)
                sz = c.get("size", size)
                span = c.get("span", 1)
                wdt = sum(widths[i:i + span])
                lines = []
                for piece in str(c["t"]).split("\n"):
                    if piece and self.sw(piece, ff, sz) > wdt - 2 * pad + 0.01:
                        lead = len(piece) - len(piece.lstrip(" "))
                        wr = self.wrap(piece.lstrip(" "), ff, sz, wdt - 2 * pad - lead * sz * 0.28)
                        lines += [" " * lead + w for w in wr]
                    else:
                        lines.append(piece)
                out.append((c, ff, sz, wdt, lines, c.get("a", aligns[i])))
                i += span
            n = max(len(o[4]) for o in out)
            return out, n * leading + 2 * pad, i

        def draw_row(y, r, is_hdr, idx):
            cells, h, used = layout(r, is_hdr)
            if is_hdr and hfill is not None:
                self.rect(x, y - h, total_w, h, lw=0, fill=hfill, stroke=False)
            elif rowfill is not None and not is_hdr and idx % 2 == 1:
                self.rect(x, y - h, total_w, h, lw=0, fill=rowfill, stroke=False)
            cx = x
            bounds = []
            for c, ff, sz, wdt, lines, a in cells:
                for k, ln in enumerate(lines):
                    if not ln:
                        continue
                    ty = y - pad - (k + 1) * leading + (leading - sz) * 0.5 + 1.2
                    if a == "r":
                        self.text(cx + wdt - pad, ty, ln, ff, sz, c.get("color"), "right")
                    elif a == "c":
                        self.text(cx + wdt / 2, ty, ln, ff, sz, c.get("color"), "center")
                    else:
                        self.text(cx + pad, ty, ln, ff, sz, c.get("color"))
                cx += wdt
                bounds.append(cx)
            for wv in widths[used:]:
                cx += wv
                bounds.append(cx)
            if rules == "grid":
                self.c.setLineWidth(0.5)
                self.c.setStrokeColorRGB(gray * 0.5, gray * 0.5, gray * 0.5)
                self.c.rect(x, y - h, total_w, h, stroke=1, fill=0)
                for bx in bounds[:-1]:
                    self.c.line(bx, y, bx, y - h)
                self.c.setStrokeColorRGB(0, 0, 0)
            elif rules == "rows":
                self.hline(x, x + total_w, y - h, 0.4, gray)
            elif rules == "header" and is_hdr:
                self.hline(x, x + total_w, y - h, 0.8, 0)
            return y - h

        if x + total_w > self.W - 20:
            raise ValueError(f"{self.stem}: table wider than the page")
        if rules in ("rows", "header"):
            self.hline(x, x + total_w, y, 0.8, 0)
        for i, r in enumerate(rows):
            is_hdr = i < header
            h = layout(r, is_hdr)[1]
            if y - h < self.bm:
                self.new_page()
                y = self.y
                if repeat_header and not is_hdr:
                    if rules in ("rows", "header"):
                        self.hline(x, x + total_w, y, 0.8, 0)
                    for hr in rows[:header]:
                        y = draw_row(y, hr, True, 0)
            y = draw_row(y, r, is_hdr, i)
        self.y = y
        return y

    # ---------------------------------------------------------------- pages
    def _footer(self):
        f, s = self.footer_font
        self.c.setFillColorRGB(0.25, 0.25, 0.25)
        self.c.setFont(f, s)
        self.c.drawCentredString(self.W / 2, 22, FOOTER)
        if self.page_label:
            lab = self.page_label(self)
            if lab:
                self.c.drawRightString(self.W - 36, 22, lab)
        self.c.setFillColorRGB(0, 0, 0)

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.tm
        if self.on_new_page:
            r = self.on_new_page(self)
            if r is not None:
                self.y = r

    def page_of(self, fmt="Page {p} of {n}"):
        self.page_label = lambda d: fmt.format(p=d.page, n=d.pages_declared)

    # ---------------------------------------------------------------- finish + checks
    def truth_strings(self):
        out = []
        for r in self.T["medications"]:
            out += [r["name"], r["brand"], r["dose"], r["unit"], r["frequency"]]
            out += r.get("aliases", [])
        for r in self.T["labs"]:
            out += [r["test_name"], r["value_text"], r["unit"], r["reference_text"]]
            out += r.get("aliases", [])
        for r in self.T["vitals"]:
            out += [r["value_text"], r["unit"]]
        for r in self.T["allergies"]:
            out += [r["substance"], r["reaction"], r["severity"]]
            out += r.get("aliases", [])
        for r in self.T["conditions"]:
            out += [r["name"], r["icd10_code"]]
            out += r.get("aliases", [])
        for r in self.T["immunizations"]:
            out += [r["vaccine"], r["lot_number"], r["brand"]]
            out += r.get("aliases", [])
        for r in self.T["must_not"]:
            out.append(r["name"])
        return [s for s in out + self.expect if s]

    def _check(self, pdf_bytes):
        pdf = pdfium.PdfDocument(pdf_bytes)
        n = len(pdf)
        assert n == self.pages_declared, (self.stem, n, self.pages_declared)
        texts = []
        for i in range(n):
            tp = pdf[i].get_textpage()
            t = tp.get_text_range()
            assert norm_text(FOOTER) in norm_text(t), f"{self.stem}: page {i + 1} lacks footer"
            texts.append(t)
        pdf.close()
        alltext = norm_text("\n".join(texts))
        missing = [s for s in self.truth_strings() if norm_text(s) not in alltext]
        assert not missing, f"{self.stem}: truth strings not in PDF text: {missing}"
        # lab flags agree with value vs range
        for r in self.T["labs"]:
            check_flag(self.stem, r)
        # must_not names never equal a true row of the same category
        keyf = {"medications": "name", "labs": "test_name", "vitals": "value_text",
                "allergies": "substance", "conditions": "name", "immunizations": "vaccine"}
        for m in self.T["must_not"]:
            cat = m["category"]
            for r in self.T[cat]:
                if r[keyf[cat]].strip().lower() == m["name"].strip().lower():
                    ok = cat == "medications" and r["status"] in ("stopped", "completed")
                    assert ok, f"{self.stem}: must_not {m['name']!r} equals a true {cat} row"
        for r in self.T["vitals"]:
            if r["kind"] == "blood_pressure":
                assert r["value_secondary"] is not None
        return texts

    def finish(self):
        self._footer()
        self.c.showPage()
        self.c.save()
        pdf_bytes = self.buf.getvalue()
        self._check(pdf_bytes)
        if self.scan is None:
            out = pdf_bytes
        else:
            out = rasterise(pdf_bytes, self.scan, self.pagesize, self.ext)
            check_image_only(self.stem, out, self.ext, self.pages_declared)
        truth = {
            "file": f"docs/{self.stem}.{self.ext}",
            "synthetic": True,
            "text_layer": self.scan is None,
            "page_count": self.pages_declared,
            "document_type": self.doctype,
            "country": self.country,
            "kind": self.kind,
            "service_date": self.service_date,
        }
        date.fromisoformat(self.service_date)
        for k in CATS:
            truth[k] = self.T[k]
        truth["must_not"] = self.T["must_not"]
        return out, truth


def check_flag(stem, r):
    v, lo, hi, f = r["value_numeric"], r["reference_low"], r["reference_high"], r["flag"]
    vt, rt = r["value_text"], r["reference_text"]
    where = f"{stem}: {r['test_name']} {vt} ({rt}) flag {f}"
    if v is not None:
        if lo is None and hi is None:
            assert f is None, where
        elif hi is not None and v > hi:
            assert f in ("high", "critical"), where
        elif lo is not None and v < lo:
            assert f in ("low", "critical"), where
        else:
            assert f == "normal", where
        return
    m = re.fullmatch(r"([<>])\s*(\d+(?:\.\d+)?)", vt.strip())
    if m:
        b = float(m.group(2))
        if m.group(1) == "<" and hi is not None and b <= hi:
            assert f in ("normal", None), where
        elif m.group(1) == ">" and lo is not None and b >= lo:
            assert f in ("normal", None), where
        elif lo is None and hi is None:
            assert f is None, where
        return
    if not rt:
        assert f is None, where
    elif f is not None:
        if vt.strip().lower() == rt.strip().lower():
            assert f == "normal", where
        else:
            assert f in ("abnormal", "high", "low", "critical"), where


# --------------------------------------------------------------------------------------
# scanning simulation
# --------------------------------------------------------------------------------------
def rasterise(pdf_bytes, sp, pagesize, ext):
    """Render each page, degrade it like a flatbed / phone scan, return JPEG or an
    image-only PDF (reportlab, JPEG pass-through)."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(sp["seed"])
    jpegs = []
    for i in range(len(pdf)):
        dpi = sp["dpi"]
        img = pdf[i].render(scale=dpi / 72.0).to_pil().convert("RGB")
        arr = np.asarray(img).astype(np.float32)
        # paper tint
        tint = np.array(sp.get("tint", (252, 250, 244)), dtype=np.float32) / 255.0
        arr = arr * tint
        # slight uneven illumination (a shadow towards one edge)
        h, w = arr.shape[:2]
        if sp.get("shade", 0):
            xs = np.linspace(0, 1, w, dtype=np.float32)
            shade = 1.0 - sp["shade"] * np.clip(1.0 - xs * 6.0, 0, 1)
            arr = arr * shade[None, :, None]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        angle = sp["angle"][i] if isinstance(sp["angle"], (list, tuple)) else sp["angle"]
        assert abs(angle) <= 2.0
        fill = tuple(int(c) for c in sp.get("tint", (252, 250, 244)))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        if sp.get("blur"):
            img = img.filter(ImageFilter.GaussianBlur(sp["blur"]))
        arr = np.asarray(img).astype(np.float32)
        arr += rng.normal(0.0, sp.get("noise", 6.0), arr.shape[:2])[:, :, None]
        # dust / speckles
        nsp = int(sp.get("speckles", 400))
        ys = rng.integers(0, h, nsp)
        xs2 = rng.integers(0, w, nsp)
        arr[ys, xs2, :] = rng.uniform(20, 120, (nsp, 1))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        if sp.get("gray", True):
            img = img.convert("L")
        b = io.BytesIO()
        img.save(b, "JPEG", quality=sp.get("quality", 70), dpi=(dpi, dpi))
        jpegs.append(b.getvalue())
    pdf.close()
    if ext == "jpg":
        assert len(jpegs) == 1
        return jpegs[0]
    return image_pdf(jpegs, pagesize)


def image_pdf(jpegs, pagesize):
    """A minimal image-only PDF: one DCT (JPEG) image per page, no fonts, no text."""
    W, H = pagesize
    objs = []  # index 0 -> object 1

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    cat = add(b"")      # placeholder: catalog
    pages = add(b"")    # placeholder: pages
    kids = []
    for jb in jpegs:
        im = Image.open(io.BytesIO(jb))
        cs = b"/DeviceGray" if im.mode == "L" else b"/DeviceRGB"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                  % (im.width, im.height, cs, len(jb)) + jb + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (W, H)
        cobj = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                 b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                 % (pages, W, H, img, cobj))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                       + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Producer (make_heldout7.py) /Title (scanned document - synthetic) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


def check_image_only(stem, data, ext, pages):
    if ext == "jpg":
        im = Image.open(io.BytesIO(data))
        assert im.format == "JPEG"
        return
    assert b"/Font" not in data, f"{stem}: image-only PDF has a font"
    pdf = pdfium.PdfDocument(data)
    assert len(pdf) == pages
    for i in range(len(pdf)):
        assert pdf[i].get_textpage().count_chars() == 0, f"{stem}: text layer on page {i + 1}"
    pdf.close()


# ======================================================================================
# DOCUMENTS
# ======================================================================================
DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


def lab_flag_char(flag, style="HL"):
    return {"high": "H", "low": "L", "critical": "HH" if style == "HL" else "C",
            "abnormal": "A", "normal": "", None: ""}[flag]


# ------------------------------------------------------------------ 01 United States
@document
def doc01():
    d = Doc(1, "us", "cumulative_chem_trend", country="United States", doctype="lab_result",
            kind="reference-lab cumulative trend report: 3 date columns, flag beside the value, "
                 "ruled rows, table continues over a page break",
            service_date="2025-05-20", pagesize=LETTER, pages=2)
    d.lm = d.rm = 40
    dates = ["2024-09-12", "2025-01-15", "2025-05-20"]
    cols = [d.date(x, "mdy") for x in dates]
    pt = "WHITLOCK-TEST, MARGARET A"

    def top(d, first):
        y = d.H - 40
        d.text(40, y, "MERIDIAN REFERENCE LABORATORIES", "Helvetica-Bold", 14)
        d.text(d.W - 40, y, "CUMULATIVE REPORT", "Helvetica-Bold", 11, align="right")
        y -= 12
        d.text(40, y, "1200 Example Parkway, Suite 100, Springfield, IL 62700  |  Client "
               "Services 555-0142", "Helvetica", 7.5)
        d.text(d.W - 40, y, "Lab Director: H. Okonkwo-Test, MD", "Helvetica", 7.5, align="right")
        y -= 8
        d.hline(40, d.W - 40, y, 1.2)
        if first:
            y -= 4
            d.rect(40, y - 62, d.W - 80, 62, lw=0.6)
            rows = [("Patient:", pt, "Client #:", "97000142"),
                    ("DOB:", "04/17/1958   Age: 67   Sex: F", "Ordering:", "HOLLOWAY, JAMES MD"),
                    ("Patient ID:", "TEST-00317754", "Phone:", "555-0188"),
                    ("Report Status:", "FINAL (except where noted)", "Printed:",
                     d.date("2025-05-22", "mdy"))]
            yy = y - 13
            for a, b, c_, e in rows:
                d.text(48, yy, a, "Helvetica-Bold", 8)
                d.text(120, yy, b, "Helvetica", 8)
                d.text(340, yy, c_, "Helvetica-Bold", 8)
                d.text(400, yy, e, "Helvetica", 8)
                yy -= 13
            y -= 74
        else:
            y -= 14
            d.text(40, y, f"Patient: {pt}    DOB: 04/17/1958    ID: TEST-00317754",
                   "Helvetica", 8)
            d.text(d.W - 40, y, "(continued)", "Helvetica-Oblique", 8, align="right")
            y -= 10
        return y

    d.on_new_page = lambda d: top(d, False)
    d.page_of()
    y = top(d, True)
    widths = [160, 74, 74, 74, 70, 80]
    hdr = [["Test Name", {"t": cols[0], "a": "c"}, {"t": cols[1], "a": "c"},
            {"t": cols[2], "a": "c"}, "Units", "Reference Range"]]
    access = [["Accession", {"t": "MR4091200317", "a": "c", "f": "Helvetica"},
               {"t": "MR5011500288", "a": "c", "f": "Helvetica"},
               {"t": "MR5052000451", "a": "c", "f": "Helvetica"}, "", ""]]
    spec = [
        ("COMPREHENSIVE METABOLIC PANEL", [
            ("GLUCOSE", "mg/dL", "65-99", [("112", "high"), ("104", "high"), ("97", "normal")]),
            ("UREA NITROGEN (BUN)", "mg/dL", "7-25", [("18", "normal"), ("22", "normal"), ("24", "normal")]),
            ("CREATININE", "mg/dL", "0.50-1.05", [("0.92", "normal"), ("1.01", "normal"), ("1.12", "high")]),
            ("EGFR", "mL/min/1.73m2", "> OR = 60", [("68", "normal"), ("61", "normal"), ("54", "low")]),
            ("SODIUM", "mmol/L", "135-146", [("139", "normal"), ("141", "normal"), ("137", "normal")]),
            ("POTASSIUM", "mmol/L", "3.5-5.3", [("4.4", "normal"), ("5.0", "normal"), ("5.6", "high")]),
            ("CHLORIDE", "mmol/L", "98-110", [("103", "normal"), ("104", "normal"), ("101", "normal")]),
            ("CARBON DIOXIDE", "mmol/L", "20-32", [("26", "normal"), ("24", "normal"), ("22", "normal")]),
            ("CALCIUM", "mg/dL", "8.6-10.4", [("9.6", "normal"), ("9.9", "normal"), ("10.1", "normal")]),
            ("PROTEIN, TOTAL", "g/dL", "6.1-8.1", [("7.0", "normal"), ("7.2", "normal"), None]),
            ("ALBUMIN", "g/dL", "3.6-5.1", [("4.2", "normal"), ("4.3", "normal"), None]),
            ("BILIRUBIN, TOTAL", "mg/dL", "0.2-1.2", [("0.6", "normal"), ("0.5", "normal"), None]),
            ("ALKALINE PHOSPHATASE", "U/L", "37-153", [("88", "normal"), ("96", "normal"), None]),
            ("AST", "U/L", "10-35", [("24", "normal"), ("41", "high"), None]),
            ("ALT", "U/L", "6-29", [("22", "normal"), ("38", "high"), None]),
        ]),
        ("LIPID PANEL, STANDARD", [
            ("CHOLESTEROL, TOTAL", "mg/dL", "<200", [("212", "high"), None, ("178", "normal")]),
            ("HDL CHOLESTEROL", "mg/dL", "> OR = 50", [("48", "low"), None, ("55", "normal")]),
            ("TRIGLYCERIDES", "mg/dL", "<150", [("168", "high"), None, ("121", "normal")]),
            ("LDL-CHOLESTEROL", "mg/dL (calc)", "<100", [("131", "high"), None, ("99", "normal")]),
            ("CHOL/HDLC RATIO", "(calc)", "<5.0", [("4.4", "normal"), None, ("3.2", "normal")]),
        ]),
        ("HEMOGLOBIN A1c", [
            ("HEMOGLOBIN A1c", "% of total Hgb", "<5.7", [("6.4", "high"), ("6.6", "high"), ("6.9", "high")]),
        ]),
        ("TSH W/REFLEX TO FT4", [
            ("TSH", "mIU/L", "0.40-4.50", [None, ("2.81", "normal"), None]),
        ]),
    ]
    aliases = {"UREA NITROGEN (BUN)": ["BUN", "Urea nitrogen"], "EGFR": ["eGFR"],
               "HEMOGLOBIN A1c": ["A1c"]}
    inline = {
        "GLUCOSE": "Fasting reference interval. For someone without known diabetes, a glucose "
                   "value between 100 and 125 mg/dL is consistent with an increased risk.",
        "CREATININE": "For patients >49 years of age, the reference limit for Creatinine is "
                      "approximately 13% higher for people identified as African-American.",
        "EGFR": "EGFR is calculated with the CKD-EPI 2021 equation (race-free). A value "
                "persistently below 60 for 3 months or more suggests chronic kidney disease.",
        "LDL-CHOLESTEROL": "Desirable range <100 mg/dL for primary prevention; <70 mg/dL for "
                           "patients with CHD or diabetic patients with > or = 2 CHD risk "
                           "factors. LDL-C is calculated using the Martin-Hopkins calculation.",
        "HEMOGLOBIN A1c": "For someone without known diabetes, a hemoglobin A1c value between "
                          "5.7% and 6.4% is consistent with prediabetes and should be confirmed "
                          "with a follow-up test. A value of 6.5% or greater indicates diabetes "
                          "and should be confirmed with repeat testing.",
    }
    rows = hdr + access
    for sec, tests in spec:
        rows.append([{"t": sec, "f": "Helvetica-Bold", "span": 6}])
        for name, unit, ref, vals in tests:
            r = ["  " + name]
            for dt, v in zip(dates, vals):
                if v is None:
                    r.append({"t": "", "a": "c"})
                    continue
                val, flag = v
                ch = lab_flag_char(flag)
                r.append({"t": f"{val} {ch}".strip(), "a": "c",
                          "f": "Helvetica-Bold" if ch else "Helvetica"})
                d.lab(name, val, unit.replace(" (calc)", "") if unit != "(calc)" else None,
                      ref, flag, dt, aliases=aliases.get(name) or None)
            r += [unit, ref]
            rows.append(r)
            if name in inline:
                txt = "\n".join("      " + ln for ln in
                                d.wrap(inline[name], "Helvetica-Oblique", 7.6, 480))
                rows.append([{"t": txt, "f": "Helvetica-Oblique", "size": 7.6, "span": 6}])
    y = d.table(40, y - 6, widths, rows, size=8.8, leading=13.2, header=1, rules="rows",
                hfill=(0.88, 0.88, 0.88), gray=0.7)
    d.y -= 10
    pend = "MICROALBUMIN, RANDOM URINE W/CREATININE"
    d.mn("labs", pend, "planned", "ordered with the 05/20/2025 draw, result pending")
    d.mn("labs", "VITAMIN D, 25-HYDROXY, TOTAL", "other", "not performed: quantity not sufficient")
    d.mn("conditions", "prediabetes", "not_clinical", "interpretive comment text")
    notes = [
        ("Test Pending", f"{pend}  ({cols[2]})  -  PENDING. Result to follow."),
        ("Not Performed", f"VITAMIN D, 25-HYDROXY, TOTAL ({cols[1]}): TEST NOT PERFORMED. "
                          "QUANTITY NOT SUFFICIENT. PLEASE RECOLLECT."),
    ]
    d.mn("conditions", "diabetes", "not_clinical", "interpretive comment text")
    d.mn("conditions", "chronic kidney disease", "not_clinical", "interpretive comment text")
    for lab_, txt in notes:
        d.need(30)
        d.text(40, d.y - 10, lab_ + ":", "Helvetica-Bold", 8)
        d.y = d.para(110, d.y - 10, d.W - 150, txt, "Helvetica", 8, 10.5) - 4
    d.y -= 8
    d.text(40, d.y, "Flag legend: H = above reference range, L = below reference range. "
           "Blank cells: test not ordered on that date.", "Helvetica-Oblique", 7.5)
    d.text(40, d.y - 12, "Performing site: MERIDIAN REFERENCE LABORATORIES - SPRINGFIELD, "
           "CLIA 00D0000000", "Helvetica", 7.5)
    d.notes.append("eGFR reference printed as '> OR = 60' is taken as reference_low 60.")
    d.notes.append("Blank trend cells give no row; the lipid panel exists for 2 of the 3 dates.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 02 United Kingdom (scan)
@document
def doc02():
    d = Doc(2, "gb", "hospital_bloods_scan", country="United Kingdom (NHS England)",
            doctype="lab_result",
            kind="NHS hospital pathology report, fixed-width LIMS print, unruled, flags in "
                 "a trailing column; photocopied scan (JPEG)",
            service_date="2025-02-14", pages=1,
            scan={"jpg": True, "dpi": 170, "angle": -1.3, "noise": 7.5, "blur": 0.55,
                  "quality": 66, "seed": 202, "shade": 0.28, "speckles": 900})
    F, FB = "Courier", "Courier-Bold"
    col = d.date("2025-02-14", "dmy")
    y = d.H - 52
    d.text(48, y, "ST ALDHELM'S UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", FB, 10.5)
    y -= 13
    d.text(48, y, "Pathology Services - Blood Sciences (Clinical Biochemistry / Haematology)",
           F, 8.5)
    y -= 11
    d.text(48, y, "Tel 01632 960 410   Results enquiries 01632 960 411", F, 8.5)
    y -= 8
    d.hline(48, d.W - 48, y, 0.8)
    y -= 14
    info = [
        ("Patient :", "OKAFOR-TEST, Daniel", "NHS No  :", "999 402 7713"),
        ("DOB     :", "22/09/1961  (63y)  M", "Hosp No :", "RX0000451"),
        ("Source  :", "GP - MEADOWBANK SURGERY", "Req by  :", "DR S PATEL-TEST"),
        ("Collected", ": " + col + " 09:12", "Lab No  :", "25B0214-0387"),
        ("Received", ": " + col + " 11:40", "Reported:", col + " 16:05"),
    ]
    for a, b, c_, e in info:
        d.text(48, y, a, FB, 8.5)
        d.text(110, y, b, F, 8.5)
        d.text(330, y, c_, FB, 8.5)
        d.text(390, y, e, F, 8.5)
        y -= 11.5
    y -= 4
    d.text(48, y, "Clinical details: Tired all the time. ?iron deficiency anaemia. "
           "Known CKD 3a.", F, 8.5)
    d.mn("conditions", "iron deficiency anaemia", "other", "query diagnosis on the request form")
    d.notes.append("'Known CKD 3a' in the request's clinical details is not turned into a "
                   "condition row (request text, not a result); it is left unscored.")
    y -= 8
    d.hline(48, d.W - 48, y, 0.5)
    y -= 4
    widths = [150, 62, 98, 110, 40]
    rows = [["TEST", {"t": "RESULT", "a": "r"}, "  UNITS", "REF. RANGE", "FLAG"]]
    spec = [
        ("FULL BLOOD COUNT", [
            ("Haemoglobin", "118", "g/L", "130 - 180", "low"),
            ("White cell count", "11.8", "x10^9/L", "4.0 - 11.0", "high"),
            ("Platelets", "410", "x10^9/L", "150 - 400", "high"),
            ("Red cell count", "4.61", "x10^12/L", "4.50 - 5.90", "normal"),
            ("Haematocrit", "0.372", "L/L", "0.400 - 0.520", "low"),
            ("MCV", "78", "fL", "80 - 100", "low"),
            ("MCH", "25.6", "pg", "27.0 - 32.0", "low"),
            ("Neutrophils", "8.9", "x10^9/L", "2.0 - 7.5", "high"),
            ("Lymphocytes", "1.9", "x10^9/L", "1.0 - 4.0", "normal"),
        ]),
        ("UREA & ELECTROLYTES", [
            ("Sodium", "138", "mmol/L", "133 - 146", "normal"),
            ("Potassium", "5.6", "mmol/L", "3.5 - 5.3", "high"),
            ("Urea", "9.8", "mmol/L", "2.5 - 7.8", "high"),
            ("Creatinine", "142", "umol/L", "59 - 104", "high"),
            ("eGFR (CKD-EPI)", "47", "mL/min/1.73m2", None, None),
        ]),
        ("INFLAMMATORY MARKERS", [
            ("C-reactive protein", "64", "mg/L", "0 - 5", "high"),
        ]),
        ("HAEMATINICS", [
            ("Ferritin", "12", "ug/L", "30 - 400", "low"),
        ]),
    ]
    al = {"eGFR (CKD-EPI)": ["eGFR"]}
    for sec, tests in spec:
        rows.append([{"t": sec, "f": FB, "span": 5}])
        for name, v, u, ref, flag in tests:
            rows.append(["  " + name, {"t": v, "a": "r"}, "  " + u,
                         f"({ref})" if ref else "", lab_flag_char(flag)])
            d.lab(name, v, u, ref, flag, "2025-02-14", aliases=al.get(name))
    rows.append([{"t": "DIABETES", "f": FB, "span": 5}])
    rows.append(["  HbA1c (IFCC)", {"t": "to follow", "a": "r"}, "", "", ""])
    rows.append([{"t": "VITAMINS", "f": FB, "span": 5}])
    rows.append(["  Vitamin B12", {"t": "see comment", "a": "r"}, "", "", ""])
    d.mn("labs", "HbA1c (IFCC)", "planned", "result to follow")
    d.mn("labs", "Vitamin B12", "other", "insufficient sample, no result")
    y = d.table(48, y, widths, rows, f=F, hf=FB, size=8.5, leading=11.6, rules="none")
    y -= 10
    comments = [
        "Potassium: sample received more than 4 hours after venepuncture; result may be "
        "falsely raised. Suggest repeat U&E within 1 week.",
        "eGFR: CKD stage G3a range if sustained >3 months. Reference intervals do not apply "
        "to eGFR.",
        "Vitamin B12: insufficient sample - please repeat.",
        "Film comment: microcytic hypochromic red cells; pencil cells seen. Suggest iron "
        "studies if not already requested.",
    ]
    d.text(48, y, "COMMENTS", FB, 8.5)
    y -= 12
    for cm in comments:
        y = d.para(60, y, d.W - 120, cm, F, 8.2, 10.5) - 3
    y -= 10
    d.text(48, y, "Authorised by: DR K. ASHWORTH-TEST, Consultant Chemical Pathologist", F, 8.2)
    d.text(48, y - 11, "*** Results relate only to the sample received ***  END OF REPORT",
           F, 8.2)
    # a receiving-practice stamp + scribble, as seen on filed paper copies
    d.c.saveState()
    d.c.translate(385, 92)
    d.c.rotate(8)
    d.c.setStrokeColorRGB(0.55, 0.1, 0.1)
    d.c.setFillColorRGB(0.55, 0.1, 0.1)
    d.c.setLineWidth(1.2)
    d.c.roundRect(0, 0, 150, 46, 6, stroke=1, fill=0)
    d.c.setFont("Helvetica-Bold", 8.5)
    d.c.drawString(10, 30, "MEADOWBANK SURGERY")
    d.c.setFont("Helvetica", 8)
    d.c.drawString(10, 17, "RECEIVED  17 FEB 2025")
    d.c.drawString(10, 5, "Seen by: ........")
    d.c.restoreState()
    d.hand(434, 96, "SP", 11)
    d.notes.append("Haematocrit 0.372 L/L is flagged L and kept as printed (fraction unit).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 03 India
@document
def doc03():
    d = Doc(3, "in", "private_lab_dual_units", country="India", doctype="lab_result",
            kind="private diagnostic-lab report, ruled grid, conventional units with SI "
                 "equivalents in extra columns, flag beside value, two pages",
            service_date="2025-03-12", pages=2)
    coll = d.date("2025-03-12", "d-mon-y")
    d.lm = d.rm = 36

    def top(d):
        y = d.H - 40
        d.rect(36, y - 44, d.W - 72, 50, lw=0, fill=(0.09, 0.27, 0.45), stroke=False)
        d.text(48, y - 12, "SANJEEVANI DIAGNOSTICS PVT. LTD.", "Helvetica-Bold", 15,
               color=(1, 1, 1))
        d.text(48, y - 26, "Plot 00, Example Industrial Area, Phase II, Pune 411000  |  "
               "Ph: +91 20 0000 0000", "Helvetica", 7.5, color=(1, 1, 1))
        d.text(48, y - 37, "www.example.invalid  |  CIN: U00000MH2000PTC000000",
               "Helvetica", 7.5, color=(1, 1, 1))
        d.text(d.W - 48, y - 12, "LABORATORY REPORT", "Helvetica-Bold", 10, color=(1, 1, 1),
               align="right")
        y -= 56
        info = [("Patient Name", ": Mr. RAJESH KUMAR TESTNAME", "Lab ID", ": SD2503120457"),
                ("Age / Sex", ": 52 Y / Male", "Sample Collected", f": {coll} 08:15"),
                ("Ref. By", ": Dr. A. Menon-Test, MD", "Sample Received", f": {coll} 09:02"),
                ("Client", ": Walk-in (Home collection)", "Reported", f": {coll} 17:40")]
        for a, b, c_, e in info:
            d.text(40, y, a, "Helvetica-Bold", 8)
            d.text(112, y, b, "Helvetica", 8)
            d.text(330, y, c_, "Helvetica-Bold", 8)
            d.text(418, y, e, "Helvetica", 8)
            y -= 11
        d.hline(36, d.W - 36, y + 3, 0.8)
        return y - 8

    d.page_of("Page {p} of {n}")
    d.on_new_page = top
    y = top(d)
    d.text(d.W / 2, y - 4, "BIOCHEMISTRY", "Helvetica-Bold", 11, align="center")
    y -= 14
    widths = [142, 50, 64, 76, 52, 48, 91]
    hdr = [["Test Description", "Result", "Unit", "Bio. Ref. Interval", "Result (SI)",
            "SI Unit", "SI Ref. Interval"]]
    # name, value, flag, unit, ref, (si value, si unit, si ref) or None
    spec = [
        ("DIABETES PROFILE", [
            ("Glucose, Fasting (Plasma)", "132", "high", "mg/dL", "70 - 100",
             ("7.33", "mmol/L", "3.9 - 5.6")),
            ("HbA1c (Glycated Haemoglobin)", "7.4", "high", "%", "4.0 - 5.6", None),
            ("Estimated Average Glucose (eAG)", "166", None, "mg/dL", None, None),
        ]),
        ("LIPID PROFILE", [
            ("Cholesterol, Total", "214", "high", "mg/dL", "< 200", ("5.53", "mmol/L", "< 5.18")),
            ("Triglycerides", "188", "high", "mg/dL", "< 150", ("2.12", "mmol/L", "< 1.70")),
            ("HDL Cholesterol", "38", "low", "mg/dL", "> 40", ("0.98", "mmol/L", "> 1.04")),
            ("LDL Cholesterol (Direct)", "138", "high", "mg/dL", "< 100", ("3.57", "mmol/L", "< 2.59")),
            ("VLDL Cholesterol", "37.6", "high", "mg/dL", "< 30", None),
            ("Non-HDL Cholesterol", "176", "high", "mg/dL", "< 130", None),
        ]),
        ("KIDNEY FUNCTION TEST", [
            ("Urea", "28", "normal", "mg/dL", "17 - 43", None),
            ("Creatinine", "1.10", "normal", "mg/dL", "0.70 - 1.30", ("97", "umol/L", "62 - 115")),
            ("Uric Acid", "7.8", "high", "mg/dL", "3.5 - 7.2", None),
            ("eGFR (CKD-EPI 2021)", "79", "normal", "mL/min/1.73m2", "> 60", None),
        ]),
        ("LIVER FUNCTION TEST", [
            ("Bilirubin, Total", "0.8", "normal", "mg/dL", "0.3 - 1.2", None),
            ("SGPT (ALT)", "52", "high", "U/L", "0 - 50", None),
            ("SGOT (AST)", "38", "normal", "U/L", "0 - 50", None),
            ("Alkaline Phosphatase", "96", "normal", "U/L", "30 - 120", None),
        ]),
        ("THYROID PROFILE", [
            ("TSH (Ultrasensitive)", "3.21", "normal", "uIU/mL", "0.35 - 5.50", None),
        ]),
        ("VITAMINS", [
            ("25-OH Vitamin D (Total)", "18.4", "low", "ng/mL", "30 - 100", ("45.9", "nmol/L", "75 - 250")),
            ("Vitamin B12", "245", "normal", "pg/mL", "211 - 911", None),
        ]),
    ]
    al = {"HbA1c (Glycated Haemoglobin)": ["HbA1c"], "SGPT (ALT)": ["ALT", "SGPT"],
          "SGOT (AST)": ["AST", "SGOT"]}
    rows = list(hdr)
    for sec, tests in spec:
        if sec == "LIVER FUNCTION TEST":
            # this lab starts each group of departments on a new page
            d.table(36, y, widths, rows, size=8, leading=10.6, rules="grid",
                    hfill=(0.85, 0.9, 0.95), pad=2.6)
            d.new_page()
            d.text(d.W / 2, d.y - 4, "BIOCHEMISTRY (continued)", "Helvetica-Bold", 11,
                   align="center")
            y = d.y - 14
            rows = list(hdr)
        rows.append([{"t": sec, "f": "Helvetica-Bold", "span": 7}])
        for name, v, flag, u, ref, si in tests:
            ch = lab_flag_char(flag)
            r = [name, {"t": f"{v} {ch}".strip(), "f": "Helvetica-Bold" if ch else "Helvetica"},
                 u, ref or "-"]
            d.lab(name, v, u, ref, flag, "2025-03-12", aliases=al.get(name))
            if si:
                sv, su, sr = si
                r += [{"t": f"{sv} {ch}".strip(), "f": "Helvetica-Bold" if ch else "Helvetica"},
                      su, sr]
                d.lab(name, sv, su, sr, flag, "2025-03-12", optional=True,
                      note="SI equivalent of the conventional result in the same row")
            else:
                r += ["", "", ""]
            rows.append(r)
            if name.startswith("HbA1c"):
                rows.append([{"t": "   Interpretation (ADA): Non-diabetic < 5.7 %  |  "
                                   "Prediabetes 5.7 - 6.4 %  |  Diabetes >= 6.5 %",
                              "f": "Helvetica-Oblique", "size": 7.2, "span": 7}])
            if name.startswith("25-OH"):
                rows.append([{"t": "   Interpretation: Deficiency < 20 ng/mL  |  "
                                   "Insufficiency 20 - 30 ng/mL  |  Sufficiency 30 - 100 ng/mL",
                              "f": "Helvetica-Oblique", "size": 7.2, "span": 7}])
            if name.startswith("Alkaline"):
                pass
        if sec == "LIPID PROFILE":
            rows.append([{"t": "   Method: Enzymatic (CHOD-PAP); LDL direct measurement; VLDL "
                               "and Non-HDL are calculated.", "f": "Helvetica-Oblique",
                          "size": 7.2, "span": 7}])
    d.table(36, y, widths, rows, size=8, leading=10.6, rules="grid", hfill=(0.85, 0.9, 0.95),
            pad=2.6)
    d.mn("conditions", "Diabetes", "not_clinical", "interpretation table text")
    d.mn("conditions", "Prediabetes", "not_clinical", "interpretation table text")
    d.y -= 12
    d.text(36, d.y, "Test(s) pending: Urine Microalbumin / Creatinine Ratio - report to follow.",
           "Helvetica-Bold", 8)
    d.mn("labs", "Urine Microalbumin / Creatinine Ratio", "planned", "report to follow")
    d.y -= 12
    d.text(36, d.y, "Fasting status: 12 hours (as declared by patient). Sample type: Fluoride "
           "plasma / Serum.", "Helvetica", 7.5)
    d.y -= 40
    d.signature(60, d.y + 6, "P. Iyer")
    d.text(40, d.y - 6, "Dr. Priya Iyer-Test, MD (Pathology)", "Helvetica-Bold", 8)
    d.text(40, d.y - 16, "Consultant Pathologist  |  Reg. No. 00000", "Helvetica", 7.5)
    d.text(d.W - 40, d.y - 6, "*** End of Report ***", "Helvetica-Bold", 8, align="right")
    d.notes.append("Dual units: the conventional (first) result is the scored row; the SI "
                   "equivalent in the same table row is an optional row (counts neither way).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 04 South Africa (scan)
@document
def doc04():
    d = Doc(4, "za", "hiv_clinic_cumulative_scan", country="South Africa",
            doctype="lab_result",
            kind="public-sector laboratory cumulative report for an ART clinic, 3 date "
                 "columns (YYYY/MM/DD), ruled grid, censored viral loads; image-only PDF scan",
            service_date="2025-08-14", pages=1,
            scan={"dpi": 160, "angle": 1.6, "noise": 8.0, "blur": 0.7, "quality": 62,
                  "seed": 404, "shade": 0.18, "speckles": 1200, "tint": (248, 246, 236)})
    dates = ["2024-08-05", "2025-02-11", "2025-08-14"]
    cols = [d.date(x, "ymd/") for x in dates]
    y = d.H - 50
    d.text(45, y, "PROVINCIAL LABORATORY SERVICE - UMGENI REGIONAL LABORATORY",
           "Helvetica-Bold", 10.5)
    y -= 12
    d.text(45, y, "Private Bag X0000, Example Road, Pietermaritzburg 3200   Tel 033 000 0000",
           "Helvetica", 7.5)
    y -= 18
    d.text(d.W / 2, y, "CUMULATIVE REPORT", "Helvetica-Bold", 13, align="center")
    y -= 16
    info = [("Surname / Name:", "NDLOVU-TEST, Thandeka", "Sex / DOB:",
             "F   " + d.date("1984-06-19", "ymd/")),
            ("Folder No:", "000-1234-TEST", "Facility:", "Ezimbokodweni CHC (ART clinic)"),
            ("Requesting clinician:", "Sr N. Mkhize-Test", "Printed:",
             d.date("2025-08-18", "ymd/") + " 07:31")]
    for a, b, c_, e in info:
        d.text(45, y, a, "Helvetica-Bold", 8)
        d.text(150, y, b, "Helvetica", 8)
        d.text(320, y, c_, "Helvetica-Bold", 8)
        d.text(380, y, e, "Helvetica", 8)
        y -= 11
    y -= 6
    widths = [150, 70, 72, 72, 72, 70]
    rows = [["TEST", "UNITS", cols[0], cols[1], cols[2], "REF RANGE"]]
    spec = [
        ("HIV-1 VIRAL LOAD", "copies/mL", None, [("1 240", None), ("<50", None), ("LDL", None)]),
        ("CD4 ABSOLUTE", "cells/uL", "500 - 2010", [("312", "low"), None, ("468", "low")]),
        ("CD4 %", "%", "29 - 61", [("18", "low"), None, ("24", "low")]),
        ("CREATININE", "umol/L", "49 - 90", [("71", "normal"), ("95", "high"), ("104", "high")]),
        ("eGFR", "mL/min/1.73m2", ">60", [(">90", "normal"), ("68", "normal"), ("61", "normal")]),
        ("ALT", "U/L", "7 - 35", [("22", "normal"), ("30", "normal"), ("28", "normal")]),
        ("HAEMOGLOBIN", "g/dL", "11.6 - 16.4", [("11.2", "low"), ("12.0", "normal"), ("12.4", "normal")]),
        ("PLATELETS", "x10^9/L", "186 - 454", [("254", "normal"), ("301", "normal"), ("276", "normal")]),
        ("TOTAL CHOLESTEROL", "mmol/L", "<5.0", [None, ("5.4", "high"), None]),
        ("GLUCOSE (RANDOM)", "mmol/L", "3.0 - 7.8", [None, None, ("6.1", "normal")]),
        ("CRYPTOCOCCAL AG (CrAg)", "", "Negative", [("Negative", "normal"), None, None]),
    ]
    al = {"HIV-1 VIRAL LOAD": ["Viral load"], "CRYPTOCOCCAL AG (CrAg)": ["CrAg"]}
    for name, unit, ref, vals in spec:
        r = [name, unit]
        for dt, v in zip(dates, vals):
            if v is None:
                r.append({"t": "-", "a": "c"})
                continue
            val, flag = v
            ch = lab_flag_char(flag)
            r.append({"t": f"{val} {ch}".strip(), "a": "c",
                      "f": "Helvetica-Bold" if ch else "Helvetica"})
            d.lab(name, val, unit or None, ref, flag, dt, aliases=al.get(name))
        r.append(ref or "")
        rows.append(r)
    y = d.table(45, y, widths, rows, size=8.4, leading=12, rules="grid", gray=0.4)
    y -= 14
    foot = [
        "LDL = lower than the detection limit of the assay (target not detected). "
        "<50 = HIV-1 RNA detected below 50 copies/mL.",
        f"{cols[0]}: HIV-1 VL 1 240 copies/mL (log 3.09) - above 1000: enhanced adherence "
        "counselling and repeat VL after 3 months of good adherence.",
        f"{cols[2]}: XPERT MTB/RIF ULTRA requested - SPECIMEN NOT RECEIVED.",
        f"{cols[2]}: RPR (syphilis screen) - result to follow.",
    ]
    d.mn("labs", "XPERT MTB/RIF ULTRA", "other", "requested, specimen not received")
    d.mn("labs", "RPR (syphilis screen)", "planned", "result to follow")
    d.notes.append("Viral load '1 240' (space as thousands separator) has value_numeric 1240; "
                   "'<50' and 'LDL' are censored/word values with value_numeric null; no range "
                   "is printed for viral load so its flags are null.")
    d.notes.append("The 'log 3.09' in a footnote is not a separate row.")
    d.text(45, y, "NOTES", "Helvetica-Bold", 8.5)
    y -= 11
    for ft in foot:
        y = d.para(55, y, d.W - 110, ft, "Helvetica", 7.8, 10) - 2
    y -= 8
    d.text(45, y, "H = high  L = low  (flags beside result).  Reviewed: Dr L. Naidoo-Test, "
           "Pathologist", "Helvetica-Oblique", 7.5)
    # clinic date stamp and a pen note made on the paper copy before scanning
    d.hand(360, 140, "VL suppressed - continue TLD", 11)
    d.hand(360, 124, "NM 18/8", 10)
    d.notes.append("A handwritten clinic note on the paper copy ('VL suppressed - continue TLD') "
                   "is not turned into a medication row: the drug is only an abbreviation.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 05 Canada
@document
def doc05():
    d = Doc(5, "ca", "community_lab_flag_column", country="Canada (Ontario)",
            doctype="lab_result",
            kind="community laboratory report, ISO dates, separate flag column (H/L/A/HH), "
                 "critical-value call, urinalysis words, target-based lipid comments",
            service_date="2025-06-03", pagesize=LETTER, pages=2)
    coll = d.date("2025-06-03", "iso")
    d.lm = d.rm = 42

    def top(d):
        y = d.H - 42
        d.text(42, y, "Northshore Community Laboratories", "Times-Bold", 15)
        d.text(d.W - 42, y, "FINAL REPORT", "Helvetica-Bold", 10, align="right")
        y -= 12
        d.text(42, y, "100 Example Blvd, Unit 0, Sudbury ON  P3A 0A0   Tel (705) 555-0100",
               "Helvetica", 7.5)
        y -= 6
        d.hline(42, d.W - 42, y, 1)
        y -= 12
        cells = [("Patient", "TREMBLAY-TEST, LUC"), ("DOB", "1969-11-02 (55 y)  M"),
                 ("HCN", "0000-000-000-XX")]
        x = 42
        for a, b in cells:
            d.text(x, y, a, "Helvetica-Bold", 8)
            d.text(x, y - 10, b, "Helvetica", 8.5)
            x += 180
        y -= 24
        cells = [("Collected", coll + " 07:48"), ("Received", coll + " 09:15"),
                 ("Ordering Practitioner", "Dr. R. SINGH-TEST (CPSO 00000)")]
        x = 42
        for a, b in cells:
            d.text(x, y, a, "Helvetica-Bold", 8)
            d.text(x, y - 10, b, "Helvetica", 8.5)
            x += 180
        y -= 18
        d.hline(42, d.W - 42, y, 0.5)
        return y - 6

    d.page_of("Page {p} of {n}")
    d.on_new_page = top
    y = top(d)
    widths = [170, 70, 40, 110, 138]
    rows = [["Test", {"t": "Result", "a": "r"}, {"t": "Flag", "a": "c"}, "Reference Range",
             "Units"]]
    spec = [
        ("HEMATOLOGY", [
            ("Hemoglobin", "152", "normal", "135-175", "g/L"),
            ("WBC", "6.2", "normal", "4.0-11.0", "x E9/L"),
            ("Platelets", "228", "normal", "150-400", "x E9/L"),
            ("Hematocrit", "0.45", "normal", "0.40-0.52", "L/L"),
        ]),
        ("CHEMISTRY", [
            ("Glucose Fasting", "6.4", "high", "3.6-6.0", "mmol/L"),
            ("Hemoglobin A1C", "6.3", "high", "<6.0", "%"),
            ("Creatinine", "98", "normal", "60-115", "umol/L"),
            ("eGFR", "79", "normal", ">60", "mL/min/1.73m2"),
            ("Sodium", "140", "normal", "135-145", "mmol/L"),
            ("Potassium", "6.4", "critical", "3.5-5.0", "mmol/L"),
            ("ALT", "31", "normal", "<50", "U/L"),
            ("PSA, Total", "5.6", "high", "<4.5", "ug/L"),
        ]),
        ("LIPIDS", [
            ("Cholesterol", "5.90", "high", "<5.20", "mmol/L"),
            ("Triglycerides", "1.80", "high", "<1.70", "mmol/L"),
            ("HDL Cholesterol", "1.02", "normal", ">1.00", "mmol/L"),
            ("LDL Cholesterol", "4.07", None, "See comment", "mmol/L"),
            ("Non-HDL Cholesterol", "4.88", None, "See comment", "mmol/L"),
        ]),
        ("URINE CHEMISTRY", [
            ("Albumin/Creatinine Ratio, Urine", "4.1", "high", "<2.0", "mg/mmol Cr"),
        ]),
        ("URINALYSIS (MACROSCOPIC)", [
            ("Specific Gravity", "1.020", "normal", "1.005-1.030", ""),
            ("pH", "6.0", "normal", "5.0-8.0", ""),
            ("Glucose, Urine", "Negative", "normal", "Negative", ""),
            ("Protein, Urine", "Trace", "abnormal", "Negative", ""),
            ("Blood, Urine", "Negative", "normal", "Negative", ""),
            ("Nitrite", "Negative", "normal", "Negative", ""),
        ]),
    ]
    al = {"PSA, Total": ["PSA"]}
    for sec, tests in spec:
        rows.append([{"t": sec, "f": "Helvetica-Bold", "span": 5}])
        for name, v, flag, ref, u in tests:
            ch = lab_flag_char(flag)
            fnt = "Helvetica-Bold" if ch else "Helvetica"
            rows.append(["   " + name, {"t": v, "a": "r", "f": fnt},
                         {"t": ch, "a": "c", "f": "Helvetica-Bold"}, ref, u])
            refp = None if ref == "See comment" else ref
            d.lab(name, v, u or None, refp, flag, "2025-06-03", aliases=al.get(name))
            if name == "Potassium":
                rows.append([{"t": "      CRITICAL RESULT phoned to Dr. R. Singh-Test at 14:20 "
                                   "on " + coll + " by MLT #04 (read-back confirmed). Specimen "
                                   "not hemolyzed.", "f": "Helvetica-Oblique", "size": 7.3,
                              "span": 5}])
            if name == "Non-HDL Cholesterol":
                rows.append([{"t": "      Comment: For patients treated for dyslipidemia the "
                                   "primary target is LDL-C <2.0 mmol/L or a >50% reduction;\n"
                                   "      alternate target: non-HDL-C <2.6 mmol/L. A desirable "
                                   "range is not reported for LDL-C or non-HDL-C.",
                              "f": "Helvetica-Oblique", "size": 7.3, "span": 5}])
    rows.append([{"t": "MICROBIOLOGY", "f": "Helvetica-Bold", "span": 5}])
    rows.append(["   Urine Culture", {"t": "In progress", "a": "r"}, "", "Report to follow", ""])
    rows.append([{"t": "ENDOCRINOLOGY", "f": "Helvetica-Bold", "span": 5}])
    rows.append(["   TSH", {"t": "Not done", "a": "r"}, "", "See note", ""])
    rows.append([{"t": "      Note: TSH not performed - a TSH was reported within the previous "
                       "60 days; test cancelled as per provincial testing guideline.",
                  "f": "Helvetica-Oblique", "size": 7.3, "span": 5}])
    d.mn("labs", "Urine Culture", "planned", "in progress, report to follow")
    d.mn("labs", "TSH", "other", "not performed")
    d.table(42, y - 4, widths, rows, size=8.4, leading=12.2, rules="rows", gray=0.8,
            hfill=(0.9, 0.9, 0.9))
    d.y -= 14
    d.text(42, d.y, "Flags: L = low, H = high, LL/HH = critical, A = abnormal.  Patient "
           "reported fasting 12 h.", "Helvetica-Oblique", 7.5)
    d.y -= 12
    d.text(42, d.y, "Report electronically verified. Medical Director: Dr. J. Beaulieu-Test, "
           "FRCPC.", "Helvetica", 7.5)
    d.notes.append("Potassium 6.4 printed with 'HH' and a phone-call note is flag 'critical'.")
    d.notes.append("LDL-C and non-HDL-C print 'See comment' instead of a range: reference null, "
                   "flag null; the treatment targets in the comment are not reference ranges.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 06 Philippines
@document
def doc06():
    d = Doc(6, "ph", "hospital_lab_si_fractions", country="Philippines", doctype="lab_result",
            kind="hospital laboratory result form, unruled, SI units, differential as "
                 "fractions, flag beside value, MM/DD/YYYY and 'March 4, 2025'",
            service_date="2025-03-04", pages=1)
    y = d.H - 48
    d.text(d.W / 2, y, "OUR LADY OF EXAMPLE MEDICAL CENTER", "Times-Bold", 14, align="center")
    y -= 13
    d.text(d.W / 2, y, "Department of Pathology and Laboratory Medicine", "Times-Roman", 9.5,
           align="center")
    y -= 11
    d.text(d.W / 2, y, "00 Example Avenue, Quezon City 1100  -  Tel. (02) 0000-0000",
           "Times-Roman", 8.5, align="center")
    y -= 8
    d.hline(45, d.W - 45, y, 1.0)
    y -= 14
    info = [("Name:", "DELA CRUZ-TEST, MARIA LOURDES R.", "Age/Sex:", "61 / F"),
            ("Physician:", "DR. RAMON VILLANUEVA-TEST", "Ward/Room:", "OPD"),
            ("Date Requested:", d.date("2025-03-04", "mdy"), "Case No.:", "OP-0000-7720"),
            ("Date Released:", d.date("2025-03-04", "month d, y"), "Specimen:",
             "Blood / Urine")]
    for a, b, c_, e in info:
        d.text(45, y, a, "Times-Bold", 9)
        d.text(135, y, b, "Times-Roman", 9)
        d.text(360, y, c_, "Times-Bold", 9)
        d.text(430, y, e, "Times-Roman", 9)
        y -= 12
    y -= 4

    def section(y, title, widths, hdr, tests, kind="num"):
        d.text(45, y, title, "Times-Bold", 10)
        y -= 4
        rows = [hdr]
        for t in tests:
            name, v, flag, u, ref = t
            ch = lab_flag_char(flag)
            rows.append([name, {"t": f"{v} {ch}".strip(),
                                "f": "Times-Bold" if ch else "Times-Roman"}, u or "", ref or ""])
            d.lab(name, v, u, ref, flag, "2025-03-04")
        return d.table(60, y, widths, rows, f="Times-Roman", hf="Times-Italic", size=9,
                       leading=11.8, rules="header", pad=2.2) - 20

    y = section(y, "CLINICAL CHEMISTRY", [150, 80, 80, 150],
                ["Examination", "Result", "Unit", "Reference Value"], [
                    ("FBS", "6.8", "high", "mmol/L", "4.1 - 5.9"),
                    ("BUN", "5.4", "normal", "mmol/L", "2.5 - 6.4"),
                    ("Creatinine", "88", "normal", "umol/L", "53 - 97"),
                    ("BUA", "412", "high", "umol/L", "142 - 339"),
                    ("Total Cholesterol", "6.12", "high", "mmol/L", "0 - 5.2"),
                    ("Triglycerides", "1.45", "normal", "mmol/L", "0 - 1.7"),
                    ("HDL", "1.18", "normal", "mmol/L", "1.04 - 1.55"),
                    ("LDL", "4.28", "high", "mmol/L", "0 - 3.4"),
                    ("SGPT", "34", "normal", "U/L", "0 - 41"),
                    ("Sodium", "139", "normal", "mmol/L", "135 - 145"),
                    ("Potassium", "3.3", "low", "mmol/L", "3.5 - 5.1"),
                ])
    y = section(y, "HEMATOLOGY - COMPLETE BLOOD COUNT", [150, 80, 80, 150],
                ["Examination", "Result", "Unit", "Normal Value"], [
                    ("Hemoglobin", "118", "low", "g/L", "120 - 160"),
                    ("Hematocrit", "0.36", "low", None, "0.37 - 0.47"),
                    ("WBC Count", "7.8", "normal", "x10^9/L", "5.0 - 10.0"),
                    ("Segmenters", "0.68", "normal", None, "0.50 - 0.70"),
                    ("Lymphocytes", "0.25", "normal", None, "0.20 - 0.40"),
                    ("Platelet Count", "256", "normal", "x10^9/L", "150 - 400"),
                ])
    d.text(45, y, "CLINICAL MICROSCOPY - URINALYSIS", "Times-Bold", 10)
    y -= 14
    ua = [("Color", "Light Yellow"), ("Transparency", "Clear"), ("Sugar", "Negative"),
          ("Protein", "Negative"), ("Pus cells", "2-4 /hpf"), ("RBC", "0-2 /hpf")]
    x = 60
    for i, (k, v) in enumerate(ua):
        cx = 60 + (i % 3) * 165
        cy = y - (i // 3) * 13
        d.text(cx, cy, k + ":", "Times-Italic", 9)
        d.text(cx + 62, cy, v, "Times-Roman", 9)
    for k, v in ua[2:]:
        if "/hpf" in v:
            d.lab(k, v.split()[0], "/hpf", None, None, "2025-03-04")
        else:
            d.lab(k, v, None, None, None, "2025-03-04")
    d.notes.append("Urinalysis colour/transparency are not scored rows; sugar, protein and "
                   "the two microscopy counts are (no reference printed, flag null).")
    y -= 36
    d.text(45, y, "Remarks: HbA1c - sent out to reference laboratory, result to follow.",
           "Times-Bold", 9)
    d.mn("labs", "HbA1c", "planned", "send-out, result to follow")
    y -= 12
    d.text(45, y, "Lipid profile: desirable total cholesterol below 5.2 mmol/L (NCEP ATP III).",
           "Times-Italic", 8.5)
    y -= 50
    d.signature(70, y + 14, "J. Santos")
    d.signature(370, y + 14, "E. Bautista")
    d.text(60, y, "JOSEFINA SANTOS-TEST, RMT", "Times-Bold", 8.5)
    d.text(60, y - 10, "Medical Technologist  Lic. No. 0000000", "Times-Roman", 8)
    d.text(360, y, "EDUARDO BAUTISTA-TEST, MD, FPSP", "Times-Bold", 8.5)
    d.text(360, y - 10, "Pathologist  Lic. No. 0000000", "Times-Roman", 8)
    d.notes.append("Differential counts printed as fractions without a unit (e.g. "
                   "'Segmenters 0.68', ref '0.50 - 0.70') keep unit null.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 07 United Kingdom letter
@document
def doc07():
    d = Doc(7, "gb", "gp_referral_rheumatology", country="United Kingdom (NHS England)",
            doctype="medical_record",
            kind="GP referral letter in prose with an auto-attached EMIS-style summary "
                 "(problems, repeat/acute medication, allergies, values, immunisations)",
            service_date="2025-11-03", pages=2)
    d.page_of("Page {p} of {n}")
    F, FB = "Helvetica", "Helvetica-Bold"
    d.lm, d.rm = 56, 56

    def cont(d):
        d.text(56, d.H - 40, "Mrs Susan HARGREAVES-TEST  -  NHS No 999 317 2280  -  "
               "continued", F, 8, color=(0.3, 0.3, 0.3))
        return d.H - 56

    d.on_new_page = cont
    y = d.H - 50
    for i, ln in enumerate(["Meadowbank Surgery", "14 Example Road, Testford TF1 0AA",
                            "Tel: 01632 960 184   Fax: 01632 960 185",
                            "Dr S. Patel-Test  Dr E. Whitcombe-Test  Dr J. Moore-Test"]):
        d.text(d.W - 56, y - i * 12, ln, FB if i == 0 else F, 12 if i == 0 else 8.5,
               align="right")
    y -= 60
    d.text(56, y, "Date: " + d.date("2025-11-03", "ord"), F, 10)
    y -= 22
    for i, ln in enumerate(["Dr R. Anand-Test", "Consultant Rheumatologist",
                            "Early Inflammatory Arthritis Clinic",
                            "St Aldhelm's University Hospital, Testford TF2 0ZZ"]):
        d.text(56, y - i * 12.5, ln, F, 10)
    y -= 62
    d.text(56, y, "Re: Mrs Susan HARGREAVES-TEST   DOB: 12/05/1971   NHS No: 999 317 2280",
           FB, 10)
    y -= 13
    d.text(56, y, "22 Sample Close, Testford TF1 0BB   Tel: 07700 900 417", F, 10)
    y -= 20
    d.text(56, y, "URGENT: suspected inflammatory arthritis", FB, 10.5)
    d.y = y - 6
    TR = "Helvetica"
    d.flow("Dear Dr Anand,", TR, 10, after=6)
    d.flow("I would be grateful if you could see this 54-year-old retail manager with a "
           "four-month history of painful, swollen small joints of both hands with early-morning "
           "stiffness lasting about two hours. On examination today she had synovitis of the "
           "second and third MCP joints bilaterally and of the right wrist, with a positive "
           "squeeze test.", TR, 10, after=6)
    neg = ["rash", "mouth ulcers", "dry eyes", "Raynaud's phenomenon"]
    d.flow(f"She denies any {neg[0]}, {neg[1]}, {neg[2]} or {neg[3]}. There is no history of "
           "psoriasis or inflammatory bowel disease, and she has had no fevers or weight loss. "
           "Her mother had rheumatoid arthritis and her sister has psoriasis.", TR, 10, after=6)
    for n in neg:
        d.mn("conditions", n, "negated")
    d.mn("conditions", "psoriasis", "negated", "denied for the patient; present in her sister")
    d.mn("conditions", "inflammatory bowel disease", "negated")
    d.mn("conditions", "weight loss", "negated")
    d.mn("conditions", "rheumatoid arthritis", "family", "mother")
    d.flow("Three weeks ago I started naproxen 500 mg twice daily with omeprazole 20 mg once "
           "daily as gastric protection, with partial benefit. She completed a reducing course "
           "of prednisolone (starting at 20 mg daily) on 30/09/2025, which helped "
           "considerably while she was taking it. She also takes co-codamol 30/500 occasionally "
           "for pain. I have not started any disease-modifying treatment; I understand "
           "methotrexate may be considered after your assessment.", TR, 10, after=6)
    d.mn("medications", "methotrexate", "planned")
    crp = d.lab("CRP", "38", "mg/L", "0-5", "high", "2025-10-21")
    esr = d.lab("ESR", "46", "mm/hr", "1-20", "high", "2025-10-21")
    rf = d.lab("rheumatoid factor", "64", "IU/mL", "<14", "high", "2025-10-21")
    hb = d.lab("haemoglobin", "121", "g/L", "115-165", "normal", "2025-10-21")
    d.flow(f"Bloods on {d.date('2025-10-21', 'dmy')}: {crp['test_name']} {crp['value_text']} "
           f"{crp['unit']} ({crp['reference_text']}), {esr['test_name']} {esr['value_text']} "
           f"{esr['unit']} ({esr['reference_text']}), {rf['test_name']} {rf['value_text']} "
           f"{rf['unit']} ({rf['reference_text']}), {hb['test_name']} {hb['value_text']} "
           f"{hb['unit']} ({hb['reference_text']}). Anti-CCP antibodies are pending and I will "
           "forward the result.", TR, 10, after=6)
    d.mn("labs", "Anti-CCP antibodies", "planned", "pending")
    d.flow("Her other problems are hypertension, hypothyroidism and reflux, all stable. Her "
           "summary, medication and allergy record are attached below. She is happy to be "
           "contacted on her mobile.", TR, 10, after=10)
    d.flow("Yours sincerely,", TR, 10, after=4)
    d.sign_block("E Whitcombe")
    d.flow("Dr Eleanor Whitcombe-Test MBChB MRCGP", FB, 9.5, after=0)
    d.flow("General Practitioner (GMC 0000000)", TR, 9.5, after=10)

    # ---- attached summary (EMIS-style)
    d.new_page()
    d.y -= 4
    d.text(56, d.y, "PATIENT SUMMARY (attached to referral)", FB, 11)
    d.y -= 6
    d.hline(56, d.W - 56, d.y, 1)
    W2 = d.W - 112

    def sec(title):
        d.y -= 16
        d.rect(56, d.y - 4, W2, 14, lw=0, fill=(0.86, 0.9, 0.96), stroke=False)
        d.text(60, d.y, title, FB, 9)
        d.y -= 8

    sec("Active Problems")
    probs = [("04-Jul-2025", "Inflammatory polyarthritis", None),
             ("18-Mar-2016", "Essential hypertension", None),
             ("02-Feb-2019", "Hypothyroidism", None),
             ("11-Jun-2021", "Gastro-oesophageal reflux disease", None)]
    d.table(56, d.y, [90, W2 - 90], [[p_[0], p_[1]] for p_ in probs], size=9, header=0,
            rules="none")
    for p_ in probs:
        d.cond(p_[1], "active")
    sec("Past Problems")
    past = [("1989", "Appendicectomy"), ("2002", "Gestational diabetes"),
            ("2014", "Fracture of left wrist")]
    d.table(56, d.y, [90, W2 - 90], [list(p_) for p_ in past], size=9, header=0, rules="none")
    for p_ in past:
        d.mn("conditions", p_[1], "historical")
    sec("Current Repeat Medication")
    reps = [
        ("Amlodipine", "5", "mg", "tablets", "One to be taken once a day", "once a day", "active", None),
        ("Levothyroxine sodium", "75", "microgram", "tablets", "One to be taken each morning",
         "each morning", "active", None),
        ("Omeprazole", "20", "mg", "gastro-resistant capsules", "One to be taken once a day",
         "once a day", "active", None),
        ("Naproxen", "500", "mg", "tablets", "One to be taken twice a day with food",
         "twice a day", "active", ["new"]),
        ("Co-codamol", "30mg/500mg", None, "tablets",
         "Two to be taken up to four times a day when required",
         "up to four times a day when required", "active", None),
    ]
    rows = [["Drug", "Dosage", "Quantity", "Last issued"]]
    for i, (n, dose, unit, form, sig, freq, st, also) in enumerate(reps):
        rows.append([f"{n} {dose}{unit or ''} {form}", sig,
                     "56 capsule" if "capsule" in form else "56 tablet",
                     d.date(["2025-10-20", "2025-10-20", "2025-10-20", "2025-10-13",
                             "2025-09-29"][i], "d-mon-y")])
        if n == "Co-codamol":
            d.med("Co-codamol", "30/500", "mg", freq, st, route="oral",
                  note="printed as 'Co-codamol 30mg/500mg tablets'; prose '30/500'")
        else:
            d.med(n.split(" ")[0], dose, unit, freq, st, route="oral", status_also_ok=also,
                  aliases=[n] if " " in n else None)
    d.table(56, d.y, [190, 170, 62, W2 - 422], rows, size=8.3, rules="rows", gray=0.75)
    sec("Acute Medication (last 3 months)")
    rows = [["Drug", "Dosage", "Quantity", "Issued"],
            ["Prednisolone 5mg tablets", "Four tablets daily for 7 days, then reduce\n"
                                         "by one tablet every week (reducing course)",
             "70 tablet", d.date("2025-09-02", "d-mon-y")]]
    d.table(56, d.y, [190, 170, 62, W2 - 422], rows, size=8.3, rules="rows", gray=0.75)
    d.med("Prednisolone", "20", "mg", "daily", "completed", route="oral",
          note="reducing course completed 30/09/2025")
    sec("Allergies & Sensitivities")
    rows = [["Penicillins", "Allergy", "Urticaria", d.date("1998-08-15", "d-mon-y")],
            ["Ramipril", "Adverse reaction", "Dry cough", d.date("2019-01-11", "d-mon-y")]]
    d.table(56, d.y, [150, 110, 140, W2 - 400], rows, size=9, header=0, rules="none")
    d.allergy("Penicillins", "Urticaria")
    d.allergy("Ramipril", "Dry cough", note="adverse reaction / intolerance")
    sec("Recent Values")
    bp = d.vital("blood_pressure", "148/92", "mmHg")
    hr = d.vital("heart_rate", "78", "beats/min")
    wt = d.vital("weight", "71.4", "kg")
    ht = d.vital("height", "162", "cm")
    bmi = d.vital("bmi", "27.2", "kg/m2")
    dt = d.date("2025-11-03", "d-mon-y")
    rows = [[dt, "O/E - blood pressure reading", f"{bp['value_text']} {bp['unit']}"],
            [dt, "O/E - pulse rate", f"{hr['value_text']} {hr['unit']}"],
            [dt, "O/E - weight", f"{wt['value_text']} {wt['unit']}"],
            [dt, "O/E - height", f"{ht['value_text']} {ht['unit']}"],
            [dt, "Body mass index", f"{bmi['value_text']} {bmi['unit']}"],
            [d.date("2024-03-12", "d-mon-y"), "Smoking status", "Ex-smoker (stopped 2010)"]]
    d.table(56, d.y, [90, 200, W2 - 290], rows, size=9, header=0, rules="none")
    sec("Immunisations")
    rows = [[d.date("2025-10-08", "d-mon-y"), "Influenza vaccine (inactivated)",
             "Batch: FL2598   Site: left deltoid", "Given"],
            [d.date("2025-10-08", "d-mon-y"), "COVID-19 vaccine (autumn 2025)", "-", "Declined"]]
    d.table(56, d.y, [90, 170, 170, W2 - 430], rows, size=9, header=0, rules="none")
    d.imm("Influenza vaccine (inactivated)", "2025-10-08", lot="FL2598")
    d.mn("immunizations", "COVID-19 vaccine (autumn 2025)", "due", "declined")
    d.y -= 14
    d.text(56, d.y, "Summary printed from the practice clinical system on "
           + d.date("2025-11-03", "d-mon-y") + ".", "Helvetica-Oblique", 8)
    d.notes.append("'Co-codamol 30mg/500mg' is one row with dose '30/500' unit 'mg' (the letter "
                   "prose says 'co-codamol 30/500').")
    d.notes.append("Naproxen started three weeks earlier and on the repeat list: status active, "
                   "'new' also accepted.")
    d.notes.append("The declined COVID-19 vaccine is must_not with why 'due' (the closest "
                   "category for a vaccine that was not given).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 08 Australia letter
@document
def doc08():
    d = Doc(8, "au", "cardiology_outpatient_letter", country="Australia",
            doctype="medical_record",
            kind="specialist outpatient letter: numbered diagnoses, medication list with "
                 "increase / new / withheld / ceased, results and plan in prose",
            service_date="2025-07-22", pages=2)
    d.page_of("Page {p} of {n}")
    d.lm, d.rm = 62, 62
    TR, TB = "Times-Roman", "Times-Bold"

    def cont(d):
        d.text(62, d.H - 42, "Re: Mr Trevor BLACKWOOD-TEST, DOB 02/08/1951 (page 2)",
               "Times-Italic", 9)
        return d.H - 58

    d.on_new_page = cont
    y = d.H - 50
    d.text(d.W / 2, y, "HARBOURSIDE HEART SPECIALISTS", TB, 15, align="center")
    y -= 14
    d.text(d.W / 2, y, "Suite 4, 100 Example Street, Wollongong NSW 2500  |  Ph (02) 5550 1234  |  "
           "Fax (02) 5550 1235", TR, 8.5, align="center")
    y -= 6
    d.hline(62, d.W - 62, y, 0.8)
    y -= 22
    d.text(62, y, d.date("2025-07-22", "dmy"), TR, 10.5)
    y -= 20
    for i, ln in enumerate(["Dr Fiona McAllister-Test", "Figtree Family Practice",
                            "12 Example Road", "FIGTREE NSW 2525"]):
        d.text(62, y - i * 13, ln, TR, 10.5)
    y -= 62
    d.text(62, y, "Dear Fiona,", TR, 10.5)
    y -= 20
    d.text(62, y, "Re: Mr Trevor BLACKWOOD-TEST   DOB 02/08/1951", TB, 10.5)
    y -= 13
    d.text(62, y, "14 Sample Avenue, Figtree NSW 2525   Medicare 0000 00000 0", TR, 10.5)
    d.y = y - 8
    d.heading("Diagnoses:", TB, 10.5)
    diag = [
        ("Heart failure with reduced ejection fraction (LVEF 32% on TTE "
         + d.date("2025-07-10", "dmy") + "), ischaemic cardiomyopathy"),
        "Persistent atrial fibrillation (CHA2DS2-VASc 5)",
        "Type 2 diabetes mellitus",
        "Chronic kidney disease stage 3a",
        "Past history: inferior STEMI (2014) treated with PCI to the RCA",
    ]
    for i, t in enumerate(diag, 1):
        d.flow(t, TR, 10.5, indent=18, after=1, bullet=f"{i}.")
    d.cond("Heart failure with reduced ejection fraction", "active",
           aliases=["ischaemic cardiomyopathy"])
    d.cond("Persistent atrial fibrillation", "active")
    d.cond("Type 2 diabetes mellitus", "active")
    d.cond("Chronic kidney disease stage 3a", "active")
    d.mn("conditions", "inferior STEMI", "historical", "2014")
    d.heading("Medications (after today's changes):", TB, 10.5)
    meds = [
        (dict(name="Sacubitril/valsartan", brand="Entresto", dose="49/51", unit="mg",
              frequency="twice daily", status="changed", route="oral"),
         "Sacubitril/valsartan (Entresto) 49/51 mg twice daily - INCREASED today from 24/26 mg bd"),
        (dict(name="Bisoprolol", dose="5", unit="mg", frequency="daily", route="oral"),
         "Bisoprolol 5 mg daily"),
        (dict(name="Apixaban", dose="5", unit="mg", frequency="twice daily", route="oral"),
         "Apixaban 5 mg twice daily"),
        (dict(name="Furosemide", dose="40", unit="mg", frequency="mane", route="oral",
              aliases=["frusemide"]),
         "Furosemide (frusemide) 40 mg mane"),
        (dict(name="Empagliflozin", brand="Jardiance", dose="10", unit="mg", frequency="daily",
              status="new", route="oral"),
         "Empagliflozin (Jardiance) 10 mg daily - NEW"),
        (dict(name="Metformin", dose="1000", unit="mg", frequency="with evening meal",
              route="oral", aliases=["Metformin XR"]),
         "Metformin XR 1000 mg with evening meal"),
        (dict(name="Atorvastatin", dose="40", unit="mg", frequency="nocte", route="oral"),
         "Atorvastatin 40 mg nocte"),
        (dict(name="Spironolactone", dose="25", unit="mg", frequency="daily", status="held",
              route="oral"),
         "Spironolactone 25 mg daily - WITHHOLD until potassium rechecked"),
    ]
    for kw, line in meds:
        d.flow(line, TR, 10.5, indent=18, after=1, bullet="-")
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), **kw)
    d.flow("Ceased: Digoxin 62.5 microgram daily (ceased today - rate controlled, level at the "
           "top of range).", TR, 10.5, indent=18, after=4, bullet="-")
    d.med("Digoxin", "62.5", "microgram", "daily", "stopped", route="oral")
    d.flow("Allergies: sulfonamide antibiotics (angioedema). Nil other known.", TR, 10.5,
           after=6)
    d.allergy("sulfonamide antibiotics", "angioedema")
    d.flow("Thank you for your ongoing care of Trevor, whom I reviewed in the rooms today. He "
           "reports NYHA class II symptoms, walking 400 m on the flat before stopping. He denies "
           "chest pain, syncope or presyncope and has had no orthopnoea or paroxysmal nocturnal "
           "dyspnoea. His brother had a sudden cardiac death aged 52.", TR, 10.5, after=6)
    for n in ("chest pain", "syncope", "orthopnoea", "paroxysmal nocturnal dyspnoea"):
        d.mn("conditions", n, "negated")
    d.mn("conditions", "sudden cardiac death", "family", "brother")
    bp = d.vital("blood_pressure", "108/66", "mmHg")
    hr = d.vital("heart_rate", "74", "bpm")
    sp = d.vital("oxygen_saturation", "96", "%")
    wt = d.vital("weight", "84.2", "kg")
    d.flow(f"On examination his blood pressure was {bp['value_text']} {bp['unit']} with a heart "
           f"rate of {hr['value_text']} {hr['unit']} (irregularly irregular), SpO2 "
           f"{sp['value_text']}{sp['unit']} on room air and weight {wt['value_text']} "
           f"{wt['unit']} (down from 87.0 kg in April). JVP was not raised, chest clear, mild "
           "ankle oedema only.", TR, 10.5, after=6)
    d.mn("vitals", "87.0 kg", "historical", "previous weight (April)")
    res = [d.lab("sodium", "136", "mmol/L", None, None, "2025-07-19"),
           d.lab("potassium", "5.4", "mmol/L", None, None, "2025-07-19"),
           d.lab("creatinine", "128", "µmol/L", None, None, "2025-07-19"),
           d.lab("eGFR", "47", "mL/min/1.73m2", None, None, "2025-07-19"),
           d.lab("NT-proBNP", "1850", "ng/L", None, None, "2025-07-19"),
           d.lab("HbA1c", "7.1", "%", None, None, "2025-07-19")]
    dig = d.lab("digoxin", "1.9", "nmol/L", "0.6-1.2", "high", "2025-07-19",
                aliases=["digoxin level"])
    parts = [f"{r['test_name']} {r['value_text']} {r['unit']}" if r['unit'] != "%" else
             f"{r['test_name']} {r['value_text']}{r['unit']}" for r in res]
    d.flow(f"Results from {d.date('2025-07-19', 'dmy')}: " + ", ".join(parts) +
           f"; digoxin level {dig['value_text']} {dig['unit']} (therapeutic range "
           f"{dig['reference_text']}).", TR, 10.5, after=6)
    d.heading("Plan:", TB, 10.5)
    plan = [
        "Increase Entresto to 49/51 mg bd as above.",
        "Start empagliflozin 10 mg daily; sick-day rules explained.",
        "Withhold spironolactone; repeat UEC in one week and restart at 12.5 mg daily if K+ is "
        "below 5.0 mmol/L.",
        "Cease digoxin.",
        "Consider ivabradine if he is in sinus rhythm after the cardioversion discussion.",
        "Repeat echocardiogram in 3 months; if LVEF remains 35% or less, consider referral "
        "for a primary-prevention ICD.",
    ]
    for i, t in enumerate(plan, 1):
        d.flow(t, TR, 10.5, indent=18, after=1, bullet=f"{i}.")
    d.mn("medications", "ivabradine", "planned", "consider")
    d.mn("labs", "UEC", "planned", "repeat in one week")
    d.y -= 6
    d.flow("I will see him again after the echocardiogram. Please do not hesitate to call if "
           "there are any concerns in the interim.", TR, 10.5, after=8)
    d.flow("Kind regards,", TR, 10.5, after=2)
    d.sign_block("Arun Prakash")
    d.flow("Dr Arun Prakash-Test  MBBS FRACP", TB, 10, after=0)
    d.flow("Cardiologist  |  Provider No. 0000000A", TR, 10, after=4)
    d.flow("cc: Dr Helen Zhou-Test, Endocrinologist", TR, 9, after=0)
    d.notes.append("Metformin XR 1000 mg: name 'Metformin' (alias 'Metformin XR').")
    d.notes.append("Results in prose have no reference range (flag null) except digoxin, whose "
                   "'therapeutic range 0.6-1.2' makes 1.9 'high'.")
    d.notes.append("The planned 12.5 mg spironolactone restart is not a second row; the held "
                   "25 mg row stands.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 09 United States ED note
@document
def doc09():
    d = Doc(9, "us", "ed_provider_note", country="United States", doctype="medical_record",
            kind="emergency department provider note (EHR print): ROS negatives, ED "
                 "medication administration, results, triage and repeat vitals, discharge Rx",
            service_date="2025-03-04", pagesize=LETTER, pages=2)
    d.lm, d.rm, d.bm = 48, 48, 56
    F, FB = "Helvetica", "Helvetica-Bold"
    arr = d.date("2025-03-04", "mon d, y")

    def top(d, first=False):
        y = d.H - 36
        d.rect(48, y - 30, d.W - 96, 36, lw=0, fill=(0.93, 0.93, 0.93), stroke=False)
        d.text(54, y - 10, "GARCIA-TEST, Roberto", FB, 11)
        d.text(54, y - 23, "MRN: 00001234   DOB: 07/21/1979   Age: 45 y   Sex: M", F, 8)
        d.text(d.W - 54, y - 10, "Lakeshore Regional Medical Center", FB, 9, align="right")
        d.text(d.W - 54, y - 23, "Emergency Department   Enc: " + arr, F, 8, align="right")
        return y - 46

    d.on_new_page = top
    d.page_label = lambda d: f"Printed {fd('2025-03-04', 'mdy')} 16:11  Page {d.page} of 2"
    d.y = top(d, True)
    d.text(48, d.y, "ED Provider Notes", FB, 13)
    d.y -= 13
    d.text(48, d.y, "Kimberly Osei-Test, MD (Attending)  -  Emergency Medicine  -  Arrival: "
           + arr + " 09:47", F, 8.5)
    d.y -= 6

    def h(t):
        d.heading(t, FB, 9.8, before=5, after=1)

    S = 9.2
    h("Chief Complaint")
    d.flow("Flank Pain (right)", F, S)
    h("HPI")
    d.flow("Roberto Garcia-Test is a 45 y.o. male with a history of hypertension and GERD who "
           "presents with sudden-onset right flank pain radiating to the groin that started at "
           "05:00 this morning, associated with nausea and one episode of non-bloody emesis. "
           "He denies fever, chills, dysuria or gross hematuria. No prior history of kidney "
           "stones. He took ibuprofen 400 mg at home without relief.", F, S)
    d.mn("medications", "ibuprofen", "other", "single home dose before arrival")
    h("Review of Systems")
    d.flow("Constitutional: Negative for chills and fever.  Cardiovascular: Negative for chest "
           "pain.  Gastrointestinal: Positive for nausea and vomiting. Negative for diarrhea.  "
           "Genitourinary: Positive for flank pain. Negative for dysuria and hematuria.  All "
           "other systems reviewed and are negative.", F, S)
    for n in ("fever", "chills", "chest pain", "diarrhea", "dysuria", "gross hematuria"):
        d.mn("conditions", n, "negated")
    h("Past Medical History")
    d.flow("Hypertension  -  GERD (gastroesophageal reflux disease)", F, S)
    d.cond("Hypertension", "active", "I10")
    d.cond("GERD (gastroesophageal reflux disease)", "active", "K21.9",
           aliases=["GERD", "gastroesophageal reflux disease"])
    h("Past Surgical History")
    d.flow("Laparoscopic cholecystectomy (2016)", F, S)
    d.mn("conditions", "Laparoscopic cholecystectomy", "historical")
    h("Family History")
    d.flow("Mother: Type 2 diabetes.  Father: Myocardial infarction (age 61).", F, S)
    d.mn("conditions", "Type 2 diabetes", "family", "mother")
    d.mn("conditions", "Myocardial infarction", "family", "father")
    h("Social History")
    d.flow("Never smoker. Alcohol: occasional. No drug use.", F, S)
    h("Allergies")
    d.table(48, d.y - 2, [200, 200], [["Allergen", "Reactions"],
                                       ["Sulfa (Sulfonamide Antibiotics)", "Hives"],
                                       ["Latex", "Contact dermatitis"]],
            size=8.6, rules="header")
    d.allergy("Sulfa (Sulfonamide Antibiotics)", "Hives", aliases=["Sulfa"])
    d.allergy("Latex", "Contact dermatitis")
    h("Home Medications")
    home = [("lisinopril", "ZESTRIL", "20", "mg", "tablet", "Take 1 tablet by mouth daily.", "daily"),
            ("omeprazole", "PRILOSEC", "20", "mg", "capsule",
             "Take 1 capsule by mouth daily before breakfast.", "daily before breakfast")]
    for n, b, dose, u, form, sig, freq in home:
        d.flow(f"{n} ({b}) {dose} {u} {form}  -  {sig}", F, S, after=1)
        d.med(n, dose, u, freq, "active", route="oral", brand=b)
    d.y -= 3
    h("Vitals")
    tri = [("blood_pressure", "162/98", "mmHg"), ("heart_rate", "104", "bpm"),
           ("temperature", "98.9", "°F"), ("respiratory_rate", "20", "/min"),
           ("oxygen_saturation", "98", "%"), ("weight", "204", "lb")]
    rep = [("blood_pressure", "138/86", "mmHg"), ("heart_rate", "88", "bpm"),
           ("oxygen_saturation", "99", "%")]
    for k, v, u in tri:
        also = None
        if k == "temperature":
            also = [{"value_numeric": 37.2, "unit": "°C"}]
        if k == "weight":
            also = [{"value_numeric": 92.5, "unit": "kg"}]
        d.vital(k, v, u, also_ok=also)
    for k, v, u in rep:
        d.vital(k, v, u, note="repeat set at 13:10")
    rows = [["Time", "BP", "Pulse", "Temp", "Resp", "SpO2", "Weight"],
            ["09:52 (triage)", "162/98 mmHg", "104 bpm", "98.9 °F (37.2 °C)", "20 /min",
             "98 %", "204 lb (92.5 kg)"],
            ["13:10", "138/86 mmHg", "88 bpm", "", "", "99 %", ""]]
    d.table(48, d.y - 2, [70, 70, 55, 90, 50, 45, 90], rows, size=8.4, rules="rows", gray=0.7)
    h("Physical Exam")
    d.flow("General: uncomfortable, shifting on the stretcher. Abdomen: soft, non-distended, "
           "mild right CVA tenderness; no rebound or guarding. Lungs clear. Heart: tachycardic, "
           "regular.", F, S)
    h("ED Course / Medications Administered")
    given = [("ketorolac (TORADOL) injection", "15 mg", "IV", "10:15"),
             ("metoclopramide (REGLAN) injection", "10 mg", "IV", "10:15"),
             ("sodium chloride 0.9 % bolus", "1,000 mL", "IV", "10:18"),
             ("morphine injection", "4 mg", "IV", "11:02")]
    rows = [["Medication", "Dose", "Route", "Given"]] + [list(g) for g in given]
    d.table(48, d.y - 2, [230, 70, 50, 60], rows, size=8.6, rules="header")
    for nm in ("ketorolac", "metoclopramide", "sodium chloride 0.9 %", "morphine"):
        d.mn("medications", nm, "other", "given in the ED only")
    d.flow("Pain improved from 9/10 to 3/10 after ketorolac and morphine. Tolerating oral "
           "fluids.", F, S)
    h("Results")
    res = [
        ("WBC", "11.2", "high", "K/uL", "4.0-10.5"),
        ("Hemoglobin", "14.8", "normal", "g/dL", "13.0-17.0"),
        ("Platelets", "245", "normal", "K/uL", "150-400"),
        ("Sodium", "138", "normal", "mmol/L", "136-145"),
        ("Potassium", "3.9", "normal", "mmol/L", "3.5-5.1"),
        ("Creatinine", "1.32", "high", "mg/dL", "0.70-1.20"),
        ("Glucose", "131", "high", "mg/dL", "70-99"),
        ("Lipase", "32", "normal", "U/L", "13-60"),
        ("Blood, UA", "Large", "abnormal", None, "Negative"),
        ("Nitrite, UA", "Negative", "normal", None, "Negative"),
        ("Leukocyte Esterase, UA", "Negative", "normal", None, "Negative"),
        ("RBC, UA", "21-50", "abnormal", "/HPF", "0-2"),
    ]
    rows = [["Component", "Value", "Ref Range", "Units"]]
    for n, v, fl, u, ref in res:
        ch = {"high": " (H)", "low": " (L)", "abnormal": " (A)"}.get(fl, "")
        rows.append([n, {"t": v + ch, "f": FB if ch else F}, ref, u or ""])
        d.lab(n, v, u, ref, fl, "2025-03-04")
    rows.append(["Urine Culture", "In process", "", ""])
    d.mn("labs", "Urine Culture", "planned", "in process")
    d.table(48, d.y - 2, [160, 90, 90, 70], rows, size=8.6, rules="rows", gray=0.75)
    d.notes.append("'RBC, UA 21-50 (A)' against '0-2' is a range value: value_numeric null, "
                   "flag abnormal; the reference '0-2' still gives low 0 / high 2.")
    h("Imaging")
    d.flow("CT abdomen/pelvis without contrast: 5 mm obstructing calculus at the right "
           "ureterovesical junction with mild right hydronephrosis. Normal appendix; no evidence "
           "of appendicitis.", F, S)
    d.mn("conditions", "appendicitis", "negated")
    h("Assessment and Plan")
    d.flow("1. Right ureteral stone (N20.1) with mild hydronephrosis - pain controlled, "
           "tolerating PO, no signs of infection.", F, S, after=1)
    d.flow("2. Hypertension (I10) - elevated in the setting of pain; continue home "
           "lisinopril.", F, S, after=1)
    d.flow("3. GERD (K21.9) - stable; continue omeprazole.", F, S, after=1)
    d.cond("Right ureteral stone", "active", "N20.1",
           aliases=["calculus at the right ureterovesical junction"])
    d.cond("mild hydronephrosis", "active", optional=True,
           note="part of the stone diagnosis; either way acceptable")
    h("Discharge Medications (New)")
    rx = [
        (dict(name="tamsulosin", brand="FLOMAX", dose="0.4", unit="mg", frequency="daily",
              status="new", route="oral"),
         "tamsulosin (FLOMAX) 0.4 mg capsule - Take 1 capsule by mouth daily for 14 days. "
         "Disp: 14 capsule"),
        (dict(name="oxycodone-acetaminophen", brand="PERCOCET", dose="5-325", unit="mg",
              frequency="every 6 hours as needed", status="new", route="oral"),
         "oxyCODONE-acetaminophen (PERCOCET) 5-325 mg per tablet - Take 1 tablet by mouth "
         "every 6 hours as needed for severe pain. Max 12 tablets. Disp: 12 tablet"),
        (dict(name="ondansetron", brand="ZOFRAN ODT", dose="4", unit="mg",
              frequency="every 8 hours as needed", status="new", route="oral"),
         "ondansetron (ZOFRAN ODT) 4 mg disintegrating tablet - Dissolve 1 tablet on the "
         "tongue every 8 hours as needed for nausea. Disp: 10 tablet"),
    ]
    for kw, line in rx:
        d.flow(line, F, S, after=2, indent=10, bullet="-")
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"), kw.pop("status"), **kw)
    h("Disposition")
    d.flow("Discharged home in stable condition. Strain urine. Return for fever, uncontrolled "
           "pain or vomiting. Follow up with Urology (Dr. P. Lindqvist-Test) within 1 week; "
           "consider ureteroscopy if the stone fails to pass.", F, S)
    d.y -= 4
    d.flow(f"Electronically signed by Kimberly Osei-Test, MD on {arr} at 14:02", "Helvetica-Oblique",
           8.5)
    d.notes.append("Triage and repeat vitals are both rows (9 vital rows). Temperature 98.9 °F "
                   "also accepts 37.2 °C; weight 204 lb also accepts 92.5 kg.")
    d.notes.append("ED-administered drugs (ketorolac, metoclopramide, saline, morphine) and the "
                   "single home ibuprofen dose are must_not, not rows.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 10 New Zealand telehealth
@document
def doc10():
    d = Doc(10, "nz", "telehealth_gp_note", country="New Zealand", doctype="medical_record",
            kind="general-practice telehealth (video) consultation note in SOAP form with a "
                 "practice-system medication list and ADR/allergy block",
            service_date="2025-03-12", pages=1)
    d.page_of("{p}/{n}")
    d.lm, d.rm = 50, 50
    F, FB = "Vera", "Vera-Bold"
    S = 9
    y = d.H - 46
    d.text(50, y, "Kowhai Street Medical Centre", FB, 13)
    d.text(d.W - 50, y, "CONSULTATION NOTE", FB, 9, align="right")
    y -= 12
    d.text(50, y, "00 Kowhai Street, Hamilton 3200  |  Ph 07 000 0000", F, 8)
    y -= 16
    d.rect(50, y - 40, d.W - 100, 46, lw=0.6, fill=(0.96, 0.97, 0.93))
    d.text(58, y - 8, "Aroha PARATA-TEST", FB, 10)
    d.text(58, y - 21, "NHI: ZZZ0016   DOB: 28/01/1994 (31y)   F", F, 8.5)
    d.text(58, y - 33, "Ph: 021 000 0000   Enrolled: Dr Hemi Walker-Test", F, 8.5)
    dt = d.date("2025-03-12", "d-mon-y")
    d.text(d.W - 58, y - 8, dt + " 10:20", FB, 9, align="right")
    d.text(d.W - 58, y - 21, "Telehealth - video (15 min)", F, 8.5, align="right")
    d.text(d.W - 58, y - 33, "Provider: Dr Hemi Walker-Test", F, 8.5, align="right")
    d.y = y - 52

    def h(t):
        d.heading(t, FB, 9.5, before=4, after=1)

    h("S:")
    d.flow("Video consult for asthma review. Over the last 2 weeks increased wheeze, chest "
           "tightness and night waking (3 nights/week) after a viral URTI; using reliever 4-5 "
           "times a day. No fever, no chest pain, no haemoptysis. Not short of breath at rest. "
           "Mood stable on sertraline. Stopped montelukast herself about 1 month ago because of "
           "vivid dreams and poor sleep. Eczema on hands settled with hydrocortisone cream.",
           F, S)
    for n in ("fever", "chest pain", "haemoptysis"):
        d.mn("conditions", n, "negated")
    d.flow("Home readings (patient-reported): peak flow best 420 L/min, today 310 L/min; "
           "pulse oximeter SpO2 96%; weight about 68 kg.", F, S)
    d.vital("oxygen_saturation", "96", "%", optional=True, note="patient-reported home reading")
    d.vital("weight", "68", "kg", optional=True, note="patient-reported, approximate")
    h("O:")
    rr = d.vital("respiratory_rate", "18", "/min", note="counted on video")
    d.flow(f"Examination limited (virtual). Speaking in full sentences, no audible wheeze on "
           f"video, no accessory muscle use. RR {rr['value_text']} {rr['unit']} counted on "
           "camera.", F, S)
    h("A:")
    d.flow("1. Asthma - moderate exacerbation, partly controlled.  2. Eczema - stable.  "
           "3. Generalised anxiety disorder - stable on treatment.", F, S)
    d.cond("Asthma", "active")
    d.cond("Eczema", "active")
    d.cond("Generalised anxiety disorder", "active")
    h("P:")
    plan = [
        "Prednisone 40 mg once daily for 5 days (e-prescription sent to pharmacy).",
        "Change to Symbicort Turbuhaler 200/6 micrograms: 2 puffs twice daily plus 1 puff as "
        "needed (maintenance and reliever therapy). Stop separate salbutamol inhaler.",
        "Montelukast remains stopped - recorded as an adverse reaction.",
        "Continue sertraline, cetirizine and hydrocortisone cream.",
        "Consider referral to respiratory clinic if 2 or more exacerbations this year.",
        "Influenza vaccine due from April - patient will book with the nurse. COVID-19 "
        "booster offered today - declined.",
        "Red flags discussed; to seek urgent care or call 111 if worse. Review by phone in 1 week.",
    ]
    for i, t in enumerate(plan, 1):
        d.flow(t, F, S, indent=14, after=1, bullet=f"{i}.")
    d.mn("immunizations", "Influenza vaccine", "due", "due from April")
    d.mn("immunizations", "COVID-19 booster", "due", "offered, declined")
    h("History")
    d.flow("Past: glandular fever (2011); fractured right ankle (2016).  Family: father - type 2 "
           "diabetes; mother - breast cancer.  Smoking: never.  Alcohol: 4 standard drinks/week.",
           F, S)
    d.mn("conditions", "glandular fever", "historical")
    d.mn("conditions", "fractured right ankle", "historical")
    d.mn("conditions", "type 2 diabetes", "family", "father")
    d.mn("conditions", "breast cancer", "family", "mother")
    h("Allergies / Adverse reactions")
    rows = [["Substance", "Reaction", "Severity", "Type", "Recorded"],
            ["Aspirin", "Bronchospasm", "Severe", "Allergy", d.date("2014-05-19", "d-mon-y")],
            ["Montelukast", "Vivid dreams, sleep disturbance", "Mild", "Adverse reaction", dt]]
    d.table(50, d.y - 2, [90, 160, 55, 95, 95], rows, f=F, hf=FB, size=8.2, rules="rows",
            gray=0.7)
    d.allergy("Aspirin", "Bronchospasm", "severe")
    d.allergy("Montelukast", "Vivid dreams, sleep disturbance", "mild",
              note="recorded as adverse reaction today")
    h("Medications")
    meds = [
        (dict(name="Prednisone", dose="40", unit="mg", frequency="once daily for 5 days",
              status="new", route="oral"),
         ["Prednisone 40 mg tablet", "once daily for 5 days", "New", dt]),
        (dict(name="Budesonide/formoterol", brand="Symbicort Turbuhaler", dose="200/6",
              unit="micrograms", frequency="2 puffs twice daily plus 1 puff as needed",
              status="changed", route="inhaled"),
         ["Budesonide/formoterol (Symbicort Turbuhaler)\n200/6 micrograms",
          "2 puffs twice daily plus 1 puff as needed", "Changed", dt]),
        (dict(name="Sertraline", dose="50", unit="mg", frequency="once daily", route="oral"),
         ["Sertraline 50 mg tablet", "once daily", "Long-term", d.date("2025-01-20", "d-mon-y")]),
        (dict(name="Cetirizine", dose="10", unit="mg", frequency="once daily", route="oral"),
         ["Cetirizine 10 mg tablet", "once daily", "Long-term", d.date("2025-01-20", "d-mon-y")]),
        (dict(name="Hydrocortisone", dose="1", unit="%", frequency="twice daily when needed",
              route="topical"),
         ["Hydrocortisone 1% cream", "apply twice daily when needed", "Long-term",
          d.date("2024-11-02", "d-mon-y")]),
        (dict(name="Salbutamol", brand="Ventolin", dose="100", unit="micrograms",
              frequency="2 puffs as required", status="stopped", route="inhaled"),
         ["Salbutamol (Ventolin) 100 micrograms/dose\ninhaler", "2 puffs as required",
          "STOPPED", dt]),
        (dict(name="Montelukast", dose="10", unit="mg", frequency="at night", status="stopped",
              route="oral"),
         ["Montelukast 10 mg tablet", "at night", "STOPPED", d.date("2025-02-10", "d-mon-y")]),
    ]
    rows = [["Medication", "Directions", "Status", "Date"]]
    for kw, r in meds:
        rows.append(r)
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), **kw)
    d.table(50, d.y - 2, [190, 170, 60, 75], rows, f=F, hf=FB, size=8.2, rules="rows", gray=0.7)
    d.y -= 12
    d.flow("Dr Hemi Walker-Test (MCNZ 00000) - electronically signed " + dt, "Vera-Italic", 8)
    d.notes.append("Patient-reported home SpO2 and weight are optional vital rows; the "
                   "respiratory rate counted on video is a scored row; peak flow is not a "
                   "vital kind and is not listed.")
    d.notes.append("Montelukast is both a stopped medication row and an adverse-reaction "
                   "(allergy) row, as the note records both.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 11 Ireland letter
@document
def doc11():
    d = Doc(11, "ie", "diabetes_clinic_letter", country="Ireland", doctype="medical_record",
            kind="hospital diabetes clinic letter to GP: diagnoses, results table, insulin "
                 "regimen with a switched insulin, negatives, family history, plan",
            service_date="2025-09-16", pages=2)
    d.page_of("Page {p} of {n}")
    d.lm, d.rm = 60, 60
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    S = 10.5

    def cont(d):
        d.text(60, d.H - 42, "Ms Aoife BRENNAN-TEST  MRN 0000-4471 (cont.)", FI, 9)
        return d.H - 60

    d.on_new_page = cont
    y = d.H - 48
    d.text(60, y, "ST BRIGID'S UNIVERSITY HOSPITAL", FB, 13)
    y -= 13
    d.text(60, y, "Diabetes Day Centre, Example Road, Galway H91 0000  |  Tel 091 000 000", F, 9)
    y -= 6
    d.hline(60, d.W - 60, y, 0.8)
    y -= 20
    d.text(60, y, "Dictated: " + d.date("2025-09-16", "dmy") + "   Typed: "
           + d.date("2025-09-17", "dmy"), F, 9.5)
    y -= 20
    for i, ln in enumerate(["Dr Niamh O'Sullivan-Test", "Castle Street Medical Practice",
                            "Castle Street, Athenry, Co. Galway"]):
        d.text(60, y - i * 13, ln, F, S)
    y -= 50
    d.text(60, y, "RE: Ms Aoife BRENNAN-TEST, DOB 03/04/1990, MRN 0000-4471", FB, S)
    y -= 13
    d.text(60, y, "Clinic date: " + d.date("2025-09-16", "dmy"), F, S)
    d.y = y - 6
    d.heading("Diagnoses", FB, S)
    dx = [("Type 1 diabetes mellitus (diagnosed 1998), multiple daily injections",
           "Type 1 diabetes mellitus"),
          ("Primary hypothyroidism", "Primary hypothyroidism"),
          ("Coeliac disease", "Coeliac disease"),
          ("Microalbuminuria (new)", "Microalbuminuria")]
    for i, (t, n) in enumerate(dx, 1):
        d.flow(t, F, S, indent=18, after=1, bullet=f"{i}.")
        d.cond(n, "active")
    d.heading("Current treatment", FB, S)
    meds = [
        (dict(name="Insulin glargine", brand="Abasaglar KwikPen", dose="22", unit="units",
              frequency="at 22:00", route="subcutaneous"),
         "Insulin glargine (Abasaglar KwikPen) 22 units at 22:00"),
        (dict(name="Insulin aspart", brand="NovoRapid FlexPen", dose="1", unit="unit",
              frequency="with meals", route="subcutaneous",
              note="carbohydrate ratio 1 unit per 10 g plus correction"),
         "Insulin aspart (NovoRapid FlexPen) 1 unit per 10 g carbohydrate with meals, plus "
         "correction 1 unit per 2.5 mmol/L above 8"),
        (dict(name="Levothyroxine", dose="100", unit="micrograms", frequency="once daily",
              route="oral"),
         "Levothyroxine 100 micrograms once daily"),
        (dict(name="Atorvastatin", dose="10", unit="mg", frequency="at night", route="oral"),
         "Atorvastatin 10 mg at night"),
        (dict(name="Cholecalciferol", dose="1,000", unit="IU", frequency="daily", route="oral"),
         "Cholecalciferol 1,000 IU daily"),
        (dict(name="Glucagon", brand="GlucaGen HypoKit", dose="1", unit="mg",
              frequency="for severe hypoglycaemia", route="intramuscular"),
         "Glucagon (GlucaGen HypoKit) 1 mg IM for severe hypoglycaemia"),
        (dict(name="Ramipril", dose="1.25", unit="mg", frequency="once daily", status="new",
              route="oral"),
         "Ramipril 1.25 mg once daily - NEW today"),
        (dict(name="Insulin detemir", brand="Levemir", dose="18", unit="units",
              frequency="twice daily", status="stopped", route="subcutaneous"),
         "Insulin detemir (Levemir) 18 units twice daily - STOPPED March 2025 (switched to "
         "glargine)"),
    ]
    for kw, line in meds:
        d.flow(line, F, S, indent=18, after=1, bullet="-")
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), **kw)
    d.flow("Allergies: Elastoplast (adhesive plaster) - contact dermatitis.", F, S, after=6)
    d.allergy("Elastoplast", "contact dermatitis", aliases=["adhesive plaster"])
    d.flow("Dear Niamh,", F, S, after=4)
    d.flow("I reviewed Aoife in the diabetes clinic today. She reports two to three mild "
           "hypoglycaemic episodes per week, usually in the late afternoon, all self-treated. "
           "She has no hypoglycaemia unawareness and has had no DKA admissions since 2011. "
           "Retinal screening in February showed no diabetic retinopathy. Her sister has "
           "Addison's disease.", F, S, after=6)
    d.mn("conditions", "hypoglycaemia unawareness", "negated")
    d.mn("conditions", "DKA", "historical", "last admission 2011")
    d.mn("conditions", "diabetic retinopathy", "negated")
    d.mn("conditions", "Addison's disease", "family", "sister")
    bp = d.vital("blood_pressure", "128/78", "mmHg")
    wt = d.vital("weight", "61.0", "kg")
    ht = d.vital("height", "1.65", "m", also_ok=[{"value_numeric": 165, "unit": "cm"}])
    bmi = d.vital("bmi", "22.4", "kg/m2")
    d.flow(f"On examination: BP {bp['value_text']} {bp['unit']}, weight {wt['value_text']} "
           f"{wt['unit']}, height {ht['value_text']} {ht['unit']}, BMI {bmi['value_text']} "
           f"{bmi['unit']}. Feet: pulses palpable, no ulceration, monofilament sensation "
           "intact. Injection sites without lipohypertrophy.", F, S, after=6)
    d.mn("conditions", "ulceration", "negated")
    d.mn("conditions", "lipohypertrophy", "negated")
    d.heading("Results (" + d.date("2025-09-16", "dmy") + ")", FB, S)
    res = [("HbA1c", "62", "high", "mmol/mol", "< 53"),
           ("TSH", "2.1", "normal", "mU/L", "0.3 - 4.2"),
           ("Urine albumin:creatinine ratio", "4.2", "high", "mg/mmol", "< 3.0"),
           ("Creatinine", "68", "normal", "umol/L", "45 - 84"),
           ("eGFR", ">90", "normal", "mL/min/1.73m2", "> 60"),
           ("Total cholesterol", "4.1", None, "mmol/L", None),
           ("tTG IgA", "2", "normal", "U/mL", "< 7")]
    rows = [["Test", "Result", "Units", "Reference / target"]]
    for n, v, fl, u, ref in res:
        ch = {"high": " H"}.get(fl, "")
        rows.append([n, v + ch, u, ref or "-"])
        d.lab(n, v, u, ref, fl, "2025-09-16")
    d.table(78, d.y - 2, [170, 60, 90, 110], rows, f=F, hf=FB, size=9.5, rules="header")
    d.y -= 8
    d.flow("HbA1c has risen from her previous result and she is keen to improve. We adjusted "
           "her carbohydrate ratio from 1 unit per 12 g to 1 unit per 10 g. Given the raised "
           "urine albumin:creatinine ratio on two samples I have started ramipril 1.25 mg "
           "daily; please check her renal profile and potassium in two weeks.", F, S, after=6)
    d.mn("labs", "renal profile", "planned", "in two weeks")
    d.heading("Plan", FB, S)
    for i, t in enumerate([
        "Consider continuous glucose monitoring (FreeStyle Libre 2) - funding application "
        "submitted.",
        "She is not planning a pregnancy at present; if she does, she should attend the "
        "pre-conception clinic and start folic acid 5 mg daily beforehand, and ramipril will "
        "be stopped.",
        "Annual review of coeliac serology, thyroid function and retinal screening.",
        "Review in the diabetes clinic in 4 months.",
    ], 1):
        d.flow(t, F, S, indent=18, after=1, bullet=f"{i}.")
    d.mn("medications", "folic acid", "planned", "only if planning pregnancy")
    d.y -= 8
    d.flow("Yours sincerely,", F, S, after=2)
    d.sign_block("C. Fitzgerald")
    d.flow("Dr Ciara Fitzgerald-Test, Consultant Endocrinologist (IMC 000000)", FB, 10, after=0)
    d.flow("cc: Ms Aoife Brennan-Test (patient)", F, 9.5)
    d.notes.append("Insulin aspart 'dose' is taken from the carbohydrate ratio (1 unit per "
                   "10 g); frequency 'with meals'.")
    d.notes.append("Height printed as '1.65 m' also accepts 165 cm.")
    d.notes.append("Total cholesterol has no reference printed: flag null.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 12 United States C-CDA
@document
def doc12():
    d = Doc(12, "us", "ccda_ccd_rendered", country="United States", doctype="medical_record",
            kind="C-CDA Continuity of Care Document rendered to PDF by a stylesheet: "
                 "demographics block, table of contents, section tables (allergies, problems, "
                 "medications, results, vitals, immunisations, plan)",
            service_date="2025-01-10", pagesize=LETTER, pages=3)
    d.lm, d.rm, d.bm = 45, 45, 50
    F, FB = "Vera", "Vera-Bold"
    d.page_label = lambda d: f"Page {d.page} of 3"
    d.on_new_page = lambda d: d.H - 45
    y = d.H - 50
    d.text(d.W / 2, y, "Continuity of Care Document", FB, 16, align="center")
    y -= 22
    created = d.date("2025-01-10", "month d, y")
    demo = [
        ("Patient", "Evelyn Ruth Whitfield-Test"),
        ("Patient IDs", "000-55-1290 (2.16.840.1.113883.19.5.99999.2)"),
        ("Date of Birth", d.date("1956-03-03", "month d, y")),
        ("Sex", "Female"),
        ("Contact info", "00 Example Lane, Cedar Falls, IA 50600  Tel: +1(555)555-0123"),
        ("Document Id", "2.16.840.1.113883.19.5.99999.1 / 0f3c-TEST-7781"),
        ("Document Created", created),
        ("Author", "Samuel Ortiz-Test, MD - Cedar Valley Family Medicine"),
        ("Custodian", "Cedar Valley Family Medicine (EHR export)"),
        ("Encounter", "Office Visit " + d.date("2025-01-10", "mdy")
         + " - Reason: diabetes follow-up"),
    ]
    d.table(45, y, [120, d.W - 210], [[{"t": a, "f": FB}, b] for a, b in demo], f=F, hf=FB,
            size=8.4, header=0, rules="grid", gray=0.8, hfill=None)
    d.y -= 14
    d.text(45, d.y, "Table of Contents", FB, 10.5)
    d.y -= 13
    toc = ["Allergies, Adverse Reactions, Alerts", "Problems", "Medications", "Results",
           "Vital Signs", "Immunizations", "Family History", "Social History",
           "Plan of Treatment"]
    for t in toc:
        d.text(60, d.y, t, F, 8.6, color=(0.1, 0.25, 0.7))
        d.hline(60, 60 + d.sw(t, F, 8.6), d.y - 1.2, 0.4, 0.5)
        d.y -= 11.5
    TW = d.W - 90
    HF = (0.85, 0.85, 0.85)

    def sec(title):
        d.need(60)
        d.y -= 10
        d.text(45, d.y - 10, title, FB, 11.5)
        d.y -= 16

    def tab(widths, rows):
        d.table(45, d.y, widths, rows, f=F, hf=FB, size=8.2, rules="grid", hfill=HF, gray=0.7)

    sec("Allergies, Adverse Reactions, Alerts")
    rows = [["Substance", "Reaction", "Severity", "Status"]]
    for sub, rea, sev, st in [("Penicillin G", "Hives", "Moderate", "Active"),
                              ("Peanut", "Anaphylaxis", "Severe", "Active"),
                              ("Shellfish", "Nausea", "Mild", "Inactive")]:
        rows.append([sub, rea, sev, st])
        if st == "Active":
            d.allergy(sub, rea, sev.lower())
        else:
            d.mn("allergies", sub, "historical", "status Inactive")
    tab([150, 150, 100, TW - 400], rows)
    sec("Problems")
    rows = [["Problem", "Codes", "Status", "Onset"]]
    probs = [("Type 2 diabetes mellitus without complications", "44054006", "E11.9", "Active",
              d.date("2016-04-12", "mdy")),
             ("Essential hypertension", "59621000", "I10", "Active", "2014"),
             ("Obstructive sleep apnea", "78275009", "G47.33", "Active", "2020"),
             ("Hyperlipidemia", "55822004", "E78.5", "Active", "2016"),
             ("Acute bronchitis", "10509002", "J20.9", "Resolved", "12/2023")]
    for n, sct, icd, st, on in probs:
        rows.append([n, f"SNOMED CT {sct}\nICD-10-CM {icd}", st, on])
        if st == "Active":
            d.cond(n, "active", icd)
        else:
            d.mn("conditions", n, "historical", "status Resolved")
    tab([220, 130, 70, TW - 420], rows)
    sec("Medications")
    rows = [["Medication", "Instructions", "Start Date", "Status"]]
    meds = [
        ("metFORMIN 1000 MG Oral Tablet", "Take 1 tablet by mouth 2 times daily with meals",
         d.date("2016-06-01", "mdy"), "Active",
         dict(name="metformin", dose="1000", unit="MG", frequency="2 times daily with meals",
              route="oral")),
        ("atorvastatin 20 MG Oral Tablet", "Take 1 tablet by mouth nightly",
         d.date("2016-06-01", "mdy"), "Active",
         dict(name="atorvastatin", dose="20", unit="MG", frequency="nightly", route="oral")),
        ("amLODIPine 5 MG Oral Tablet", "Take 1 tablet by mouth daily",
         d.date("2024-08-14", "mdy"), "Active",
         dict(name="amlodipine", dose="5", unit="MG", frequency="daily", route="oral")),
        ("semaglutide 0.25 MG/DOSE Subcutaneous Pen-injector (OZEMPIC)",
         "Inject 0.25 mg under the skin once weekly", d.date("2025-01-10", "mdy"), "Active",
         dict(name="semaglutide", brand="OZEMPIC", dose="0.25", unit="mg",
              frequency="once weekly", route="subcutaneous", status="new",
              status_also_ok=["active"])),
        ("lisinopril 10 MG Oral Tablet", "Take 1 tablet by mouth daily", "2014",
         "Discontinued " + d.date("2024-08-14", "mdy"),
         dict(name="lisinopril", dose="10", unit="MG", frequency="daily", route="oral",
              status="stopped")),
        ("amoxicillin 500 MG Oral Capsule", "Take 1 capsule by mouth 3 times daily for 10 days",
         d.date("2024-11-02", "mdy"), "Completed",
         dict(name="amoxicillin", dose="500", unit="MG", frequency="3 times daily",
              route="oral", status="completed")),
    ]
    for a, b, c_, st, kw in meds:
        rows.append([a, b, c_, st])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), **kw)
    tab([180, 170, 70, TW - 420], rows)
    sec("Results")
    res = [("Hemoglobin A1c/Hemoglobin.total in Blood", "7.8", "%", "4.0-5.6", "high"),
           ("Glucose [Mass/volume] in Serum or Plasma", "156", "mg/dL", "70-99", "high"),
           ("Creatinine [Mass/volume] in Serum or Plasma", "0.94", "mg/dL", "0.57-1.00", "normal"),
           ("Potassium [Moles/volume] in Serum or Plasma", "4.6", "mmol/L", "3.5-5.2", "normal"),
           ("Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "88", "mg/dL",
            "<100", "normal"),
           ("Microalbumin/Creatinine [Mass Ratio] in Urine", "42", "mg/g", "<30", "high")]
    rows = [["Test", "Result", "Units", "Ref Range", "Interpretation", "Date"]]
    rd = d.date("2025-01-08", "mdy")
    for n, v, u, ref, fl in res:
        rows.append([n, v, u, ref, fl.capitalize(), rd])
        d.lab(n, v, u, ref, fl, "2025-01-08")
    tab([200, 45, 50, 62, 80, TW - 437], rows)
    d.y -= 4
    d.text(45, d.y - 8, "Lipid panel - ordered " + d.date("2025-01-10", "mdy")
           + " - status: pending (no result)", "Vera-Italic", 8)
    d.y -= 12
    d.mn("labs", "Lipid panel", "planned", "ordered, pending")
    sec("Vital Signs")
    vit = [("blood_pressure", "134/82", "mm[Hg]", "Blood pressure"),
           ("heart_rate", "76", "/min", "Heart rate"),
           ("temperature", "98.2", "[degF]", "Body temperature"),
           ("respiratory_rate", "16", "/min", "Respiratory rate"),
           ("oxygen_saturation", "97", "%", "Oxygen saturation"),
           ("height", "162.6", "cm", "Body height"),
           ("weight", "88.9", "kg", "Body weight"),
           ("bmi", "33.6", "kg/m2", "Body mass index")]
    rows = [["Vital sign", "Value", "Date"]]
    for k, v, u, label in vit:
        rows.append([label, f"{v} {u}", d.date("2025-01-10", "mdy")])
        d.vital(k, v, u)
    tab([200, 150, TW - 350], rows)
    sec("Immunizations")
    rows = [["Vaccine", "Date", "Status", "Lot Number", "Product"]]
    imms = [("Influenza, seasonal, injectable, preservative free", "2024-10-02", "Completed",
             "UJ482AA", "Fluzone Quadrivalent", True),
            ("Tdap", "2016-05-11", "Completed", "AC52B041AA", "Boostrix", True),
            ("COVID-19, mRNA, LNP-S, PF", "2024-09-20", "Completed", "3034561", "Spikevax", False),
            ("Pneumococcal conjugate PCV 20", "2025-01-10", "Refused - patient decision", "",
             "Prevnar 20", None)]
    for n, on, st, lot, prod, amb in imms:
        rows.append([n, d.date(on, "mdy"), st, lot, prod])
        if st == "Completed":
            d.imm(n, on, lot=lot, brand=prod, ambiguous=amb)
        else:
            d.mn("immunizations", n, "due", "refused")
    tab([200, 65, 100, 70, TW - 435], rows)
    sec("Family History")
    rows = [["Relative", "Condition", "Age at onset"],
            ["Father", "Colon cancer", "67"], ["Mother", "Osteoporosis", "70"]]
    tab([120, 200, TW - 320], rows)
    d.mn("conditions", "Colon cancer", "family", "father")
    d.mn("conditions", "Osteoporosis", "family", "mother")
    sec("Social History")
    rows = [["Observation", "Value", "Date"],
            ["Tobacco smoking status", "Former smoker (quit 2009)", d.date("2025-01-10", "mdy")],
            ["Alcohol use", "1-2 drinks per week", d.date("2025-01-10", "mdy")]]
    tab([180, 200, TW - 380], rows)
    sec("Plan of Treatment")
    rows = [["Planned item", "Type", "Planned date"],
            ["Zoster vaccine, recombinant (Shingrix) dose 1", "Immunization", "Due now"],
            ["Diabetic retinal exam", "Referral", "03/2025"],
            ["Lipid panel", "Lab order", "Pending"],
            ["Semaglutide: increase to 0.5 mg weekly after 4 weeks if tolerated",
             "Medication instruction", "02/2025"]]
    tab([250, 120, TW - 370], rows)
    d.mn("immunizations", "Zoster vaccine, recombinant (Shingrix)", "due")
    d.notes.append("Immunisation dates 10/02/2024 and 05/11/2016 are printed MM/DD/YYYY without "
                   "a stated order: date_ambiguous true, read the US way.")
    d.notes.append("Semaglutide started at this visit and listed 'Active': status new, 'active' "
                   "also accepted; the planned 0.5 mg step-up is not a row.")
    d.notes.append("The refused PCV20 is must_not (why 'due' as the nearest category).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 13 Singapore portal
@document
def doc13():
    d = Doc(13, "sg", "patient_portal_export", country="Singapore", doctype="medical_record",
            kind="patient-portal health summary export: card sections for medicines, "
                 "allergies, conditions, lab results with status pills, vitals, vaccinations, "
                 "recommendations and appointments",
            service_date="2025-03-03", pages=2)
    d.lm, d.rm = 40, 40
    F, FB = "Vera", "Vera-Bold"
    TEAL = (0.0, 0.45, 0.5)
    d.page_label = lambda d: f"{d.page} / 2"

    def bar(d):
        d.rect(0, d.H - 38, d.W, 38, lw=0, fill=TEAL, stroke=False)
        d.text(40, d.H - 25, "HealthConnect SG", FB, 14, color=(1, 1, 1))
        d.text(d.W - 40, d.H - 25, "Health Summary export", F, 9, color=(1, 1, 1),
               align="right")
        return d.H - 52

    d.on_new_page = bar
    d.y = bar(d)
    d.text(40, d.y - 6, "TAN-TEST MEI LING", FB, 12)
    d.text(40, d.y - 19, "NRIC: S0000001Z   Date of birth: " + d.date("1966-02-05", "d mon y")
           + "   Female", F, 8.5)
    d.text(d.W - 40, d.y - 6, "Generated " + d.date("2025-03-12", "d mon y") + ", 09:14", F, 8,
           align="right", color=(0.35, 0.35, 0.35))
    d.text(d.W - 40, d.y - 19, "Source: Bukit Example Polyclinic", F, 8, align="right",
           color=(0.35, 0.35, 0.35))
    d.y -= 30
    W = d.W - 80

    def card(title):
        d.need(50)
        d.y -= 8
        d.rect(40, d.y - 18, W, 18, lw=0, fill=(0.9, 0.95, 0.95), stroke=False)
        d.text(48, d.y - 13, title, FB, 10, color=TEAL)
        d.y -= 20

    def tab(widths, rows, header=1):
        d.table(40, d.y, widths, rows, f=F, hf=FB, size=8.2, rules="rows", gray=0.8,
                header=header)

    card("My Medicines")
    meds = [
        ("METFORMIN 850MG TAB", "1 tablet three times a day after meals", "Active",
         dict(name="Metformin", dose="850", unit="MG", frequency="three times a day after meals")),
        ("LOSARTAN 50MG TAB", "1 tablet every morning", "Active",
         dict(name="Losartan", dose="50", unit="MG", frequency="every morning")),
        ("SIMVASTATIN 20MG TAB", "1 tablet every night", "Active",
         dict(name="Simvastatin", dose="20", unit="MG", frequency="every night")),
        ("COLCHICINE 0.5MG TAB", "1 tablet twice a day when needed for gout flare", "Active",
         dict(name="Colchicine", dose="0.5", unit="MG",
              frequency="twice a day when needed for gout flare")),
        ("LINAGLIPTIN 5MG TAB (TRAJENTA)", "1 tablet every morning",
         "New - started " + d.date("2025-03-03", "d mon y"),
         dict(name="Linagliptin", brand="TRAJENTA", dose="5", unit="MG",
              frequency="every morning", status="new")),
        ("GLIPIZIDE 5MG TAB", "1 tablet every morning",
         "Discontinued " + d.date("2025-03-03", "d mon y"),
         dict(name="Glipizide", dose="5", unit="MG", frequency="every morning",
              status="stopped")),
    ]
    rows = [["Medicine", "How to take", "Status"]]
    for a, b, st, kw in meds:
        rows.append([a, b, st])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral", **kw)
    tab([170, 210, W - 380], rows)
    d.y -= 3
    d.text(44, d.y - 8, "Last dispensed " + d.date("2025-03-03", "d mon y")
           + " (84 days supply). Please bring all medicines to your next visit.", "Vera-Italic",
           7.5)
    d.y -= 12
    card("Allergies")
    rows = [["Allergen", "Reaction", "Severity"],
            ["Allopurinol", "Stevens-Johnson syndrome", "Severe"],
            ["Iodinated contrast media", "Rash", "Mild"]]
    tab([170, 210, W - 380], rows)
    d.allergy("Allopurinol", "Stevens-Johnson syndrome", "severe")
    d.allergy("Iodinated contrast media", "Rash", "mild")
    card("My Health Conditions")
    conds = ["Type 2 Diabetes Mellitus", "Hypertension", "Hyperlipidaemia", "Gout"]
    rows = [[c_, "Chronic - under polyclinic follow-up"] for c_ in conds]
    tab([220, W - 220], rows, header=0)
    for c_ in conds:
        d.cond(c_, "active")
    card("Lab Results")
    labs = [("HbA1c", "7.8", "%", "4.0 - 6.0", "high", "2025-03-03"),
            ("LDL-Cholesterol", "2.9", "mmol/L", "< 2.6", "high", "2025-03-03"),
            ("Creatinine", "92", "umol/L", "45 - 90", "high", "2025-03-03"),
            ("eGFR", "58", "mL/min/1.73m2", "> 60", "low", "2025-03-03"),
            ("Urine Albumin/Creatinine Ratio", "5.6", "mg/mmol", "< 3.4", "high", "2025-03-03"),
            ("Uric Acid", "480", "umol/L", "150 - 360", "high", "2024-11-14"),
            ("FIT (faecal immunochemical test)", "Negative", None, None, None, "2023-08-08")]
    rows = [["Test", "Result", "Unit", "Normal range", "", "Date"]]
    for n, v, u, ref, fl, on in labs:
        pill = {"high": "HIGH", "low": "LOW", "normal": "Normal"}.get(fl, "")
        rows.append([n, {"t": v, "f": FB}, u or "", ref or "-",
                     {"t": pill, "f": FB, "color": (0.75, 0.1, 0.1) if pill in ("HIGH", "LOW")
                      else (0.2, 0.2, 0.2)}, d.date(on, "d mon y")])
        d.lab(n, v, u, ref, fl, on)
    tab([165, 55, 85, 75, 40, W - 420], rows)
    card("Vital Signs (" + d.date("2025-03-03", "d mon y") + ")")
    vit = [("blood_pressure", "138/84", "mmHg", "Blood pressure"),
           ("heart_rate", "80", "/min", "Pulse"),
           ("weight", "64.5", "kg", "Weight"),
           ("height", "158", "cm", "Height"),
           ("bmi", "25.8", "kg/m2", "BMI")]
    rows = [[lab_, f"{v} {u}"] for _, v, u, lab_ in vit]
    for k, v, u, _ in vit:
        d.vital(k, v, u)
    tab([150, W - 150], rows, header=0)
    card("My Vaccinations")
    rows = [["Vaccine", "Brand", "Date", "Given at"]]
    vac = [("Influenza", "Vaxigrip Tetra", "2024-10-14", "Bukit Example Polyclinic"),
           ("Pneumococcal conjugate", "Prevenar 20", "2024-05-02", "Bukit Example Polyclinic"),
           ("COVID-19", "Comirnaty JN.1", "2024-11-20", "Example Vaccination Centre")]
    for n, b, on, at in vac:
        rows.append([n, b, d.date(on, "d mon y"), at])
        d.imm(n, on, brand=b)
    tab([150, 120, 80, W - 350], rows)
    card("Recommended for you")
    recs = [("Annual influenza vaccination", "Due from " + d.date("2025-10-14", "d mon y")),
            ("Recombinant zoster vaccine (Shingrix), 2 doses", "Recommended - not yet taken"),
            ("Diabetic foot screening", "Due " + d.date("2025-09-03", "d mon y")),
            ("Mammogram (breast cancer screening)", "Overdue")]
    tab([260, W - 260], [list(r) for r in recs], header=0)
    d.mn("immunizations", "Annual influenza vaccination", "due")
    d.mn("immunizations", "Recombinant zoster vaccine", "due", "recommended, not taken")
    card("Upcoming Appointments")
    appts = [(d.date("2025-06-02", "d mon y") + " 08:30", "Blood test: HbA1c, lipid panel "
              "(fasting)", "Bukit Example Polyclinic"),
             (d.date("2026-01-12", "d mon y") + " 10:00", "Diabetic Retinal Photography",
              "Bukit Example Polyclinic")]
    tab([100, 240, W - 340], [list(a) for a in appts], header=0)
    d.mn("labs", "lipid panel", "planned", "appointment")
    d.y -= 10
    d.text(40, d.y, "This summary is for your personal reference and may not include records "
           "from all providers.", "Vera-Italic", 7.5, color=(0.35, 0.35, 0.35))
    d.notes.append("The FIT result from 2023 is a scored lab row (a result with its own date, "
                   "no range, flag null).")
    d.notes.append("Service date is the polyclinic visit (03 Mar 2025), not the export date.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 14 Kenya EMR
@document
def doc14():
    d = Doc(14, "ke", "hiv_clinic_emr_summary", country="Kenya", doctype="medical_record",
            kind="HIV comprehensive-care-clinic EMR patient summary print: problem list with "
                 "ICD-10, regimen history, medication orders, TB screening Yes/No, vitals, labs",
            service_date="2025-03-05", pages=2)
    d.lm, d.rm, d.bm = 36, 36, 50
    F, FB = "Helvetica", "Helvetica-Bold"
    d.page_of("Page {p} of {n}")
    d.on_new_page = lambda d: d.H - 40
    y = d.H - 42
    d.text(d.W / 2, y, "MLIMA EXAMPLE COUNTY REFERRAL HOSPITAL", FB, 12, align="center")
    y -= 13
    d.text(d.W / 2, y, "Comprehensive Care Centre (CCC)  -  Patient Summary", F, 9.5,
           align="center")
    y -= 12
    d.text(d.W / 2, y, "Printed from EMR on " + d.date("2025-03-05", "dmy") + " 11:42 by "
           "clinician J. Otieno-Test", F, 8, align="center")
    y -= 12
    W = d.W - 72
    rows = [[{"t": "Name", "f": FB}, "Wanjiru KAMAU-TEST", {"t": "CCC No", "f": FB},
             "00000-00123"],
            [{"t": "Sex / DOB", "f": FB}, "F / " + d.date("1985-08-14", "dmy"),
             {"t": "Date confirmed HIV+", "f": FB}, d.date("2013-02-11", "dmy")],
            [{"t": "Phone", "f": FB}, "0700 000 000", {"t": "WHO stage at enrolment", "f": FB},
             "2"],
            [{"t": "Current regimen", "f": FB}, "TDF/3TC/DTG (since " + d.date("2019-06-20", "dmy")
             + ")", {"t": "Adherence (last 3 m)", "f": FB}, "Good (>95%)"]]
    d.table(36, y, [95, 175, 120, W - 390], rows, f=F, size=8.3, header=0, rules="grid",
            gray=0.6)

    def sec(t):
        d.need(40)
        d.y -= 12
        d.rect(36, d.y - 13, W, 14, lw=0, fill=(0.2, 0.2, 0.2), stroke=False)
        d.text(40, d.y - 9.5, t, FB, 9, color=(1, 1, 1))
        d.y -= 14

    sec("PROBLEM LIST")
    rows = [["Problem", "ICD-10", "Status", "Onset", "Resolved / comment"]]
    probs = [("HIV infection", "B20", "Active", "2013", ""),
             ("Hypertension", "I10", "Active", "2022", ""),
             ("Depression", "F32.9", "Active", "2024", "PHQ-9 = 11 (10/2024)"),
             ("Pulmonary tuberculosis", "A15.0", "Inactive", "2017", "Treatment completed 2017"),
             ("Herpes zoster", "B02.9", "Resolved", "2014", "2014")]
    for n, icd, st, on, com in probs:
        rows.append([n, icd, st, on, com])
        if st == "Active":
            d.cond(n, "active", icd)
        else:
            d.mn("conditions", n, "historical", st.lower())
    d.table(36, d.y, [160, 60, 70, 50, W - 340], rows, f=F, hf=FB, size=8.3, rules="grid",
            gray=0.6, hfill=(0.9, 0.9, 0.9))
    sec("ALLERGIES")
    rows = [["Allergen", "Reaction", "Severity", "Date"],
            ["Nevirapine", "Severe skin rash", "Severe", "2013"]]
    d.table(36, d.y, [160, 160, 80, W - 400], rows, f=F, hf=FB, size=8.3, rules="grid",
            gray=0.6, hfill=(0.9, 0.9, 0.9))
    d.allergy("Nevirapine", "Severe skin rash", "severe")
    sec("ART REGIMEN HISTORY")
    rows = [["Regimen", "Start", "Stop", "Reason for change"],
            ["TDF/3TC/EFV", d.date("2013-02-11", "dmy"), d.date("2019-06-20", "dmy"),
             "Regimen optimisation (transition to DTG)"],
            ["TDF/3TC/DTG", d.date("2019-06-20", "dmy"), "-", "Current"]]
    d.table(36, d.y, [120, 80, 80, W - 280], rows, f=F, hf=FB, size=8.3, rules="grid",
            gray=0.6, hfill=(0.9, 0.9, 0.9))
    sec("MEDICATION ORDERS")
    rows = [["Drug", "Dose", "Frequency", "Start", "Status"]]
    meds = [
        ("Tenofovir/Lamivudine/Dolutegravir (TDF/3TC/DTG) 300/300/50 mg", "1 tab", "Once daily (OD)",
         d.date("2019-06-20", "dmy"), "Active",
         dict(name="Tenofovir/Lamivudine/Dolutegravir", dose="300/300/50", unit="mg",
              frequency="Once daily (OD)", aliases=["TDF/3TC/DTG"])),
        ("Cotrimoxazole 960 mg", "1 tab", "Once daily (OD)", d.date("2013-02-11", "dmy"), "Active",
         dict(name="Cotrimoxazole", dose="960", unit="mg", frequency="Once daily (OD)")),
        ("Amlodipine 5 mg", "1 tab", "Once daily (OD)", d.date("2022-03-14", "dmy"), "Active",
         dict(name="Amlodipine", dose="5", unit="mg", frequency="Once daily (OD)")),
        ("Fluoxetine 20 mg", "1 cap", "Once daily (OD)", d.date("2024-10-10", "dmy"), "Active",
         dict(name="Fluoxetine", dose="20", unit="mg", frequency="Once daily (OD)")),
        ("Isoniazid 300 mg (TPT)", "1 tab", "Once daily (OD)", d.date("2024-01-10", "dmy"),
         "Completed " + d.date("2024-07-10", "dmy"),
         dict(name="Isoniazid", dose="300", unit="mg", frequency="Once daily (OD)",
              status="completed")),
        ("Pyridoxine 25 mg", "1 tab", "Once daily (OD)", d.date("2024-01-10", "dmy"),
         "Completed " + d.date("2024-07-10", "dmy"),
         dict(name="Pyridoxine", dose="25", unit="mg", frequency="Once daily (OD)",
              status="completed")),
        ("Tenofovir/Lamivudine/Efavirenz (TDF/3TC/EFV) 300/300/600 mg", "1 tab",
         "Once daily (OD)", d.date("2013-02-11", "dmy"), "Stopped " + d.date("2019-06-20", "dmy"),
         dict(name="Tenofovir/Lamivudine/Efavirenz", dose="300/300/600", unit="mg",
              frequency="Once daily (OD)", status="stopped", aliases=["TDF/3TC/EFV"])),
    ]
    for a, b, c_, st, stat, kw in meds:
        rows.append([a, b, c_, st, stat])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral", **kw)
    d.table(36, d.y, [205, 40, 85, 65, W - 395], rows, f=F, hf=FB, size=8.1, rules="grid",
            gray=0.6, hfill=(0.9, 0.9, 0.9))
    d.y -= 4
    d.text(40, d.y - 8, "Family planning: Levonorgestrel implant (Jadelle) inserted 02/2023 - "
           "due for removal/replacement 02/2028.", F, 8.2)
    d.med("Levonorgestrel implant", None, None, None, "active", brand="Jadelle",
          route="subdermal", optional=True, note="contraceptive implant in a family-planning line")
    d.y -= 12
    sec("LAST VISIT - VITALS (" + d.date("2025-03-05", "dmy") + ")")
    vit = [("weight", "58.0", "kg", "Weight"), ("height", "162", "cm", "Height"),
           ("bmi", "22.1", "kg/m2", "BMI"), ("blood_pressure", "142/90", "mmHg", "BP"),
           ("temperature", "36.6", "°C", "Temp"), ("heart_rate", "84", "bpm", "Pulse")]
    rows = [[lab_ for *_, lab_ in vit], [f"{v} {u}" for _, v, u, _ in vit]]
    for k, v, u, _ in vit:
        d.vital(k, v, u)
    d.table(36, d.y, [W / 6] * 6, rows, f=F, hf=FB, size=8.3, rules="grid", gray=0.6,
            hfill=(0.9, 0.9, 0.9))
    sec("TB SCREENING (" + d.date("2025-03-05", "dmy") + ")")
    d.y -= 4
    x = 40
    for sym in ("Cough", "Fever", "Weight loss", "Night sweats"):
        d.text(x, d.y - 9, sym + ":", F, 8.5)
        xx = x + d.sw(sym + ":", F, 8.5) + 6
        d.box(xx, d.y - 10, False)
        d.text(xx + 10, d.y - 9, "Yes", F, 8.5)
        d.box(xx + 30, d.y - 10, True)
        d.text(xx + 40, d.y - 9, "No", F, 8.5)
        x += 130
        d.mn("conditions", sym, "checkbox_no", "TB symptom screen")
    d.y -= 14
    d.text(40, d.y - 9, "Outcome: No signs of TB (screen negative).", F, 8.5)
    d.y -= 14
    sec("LABORATORY")
    labs = [("HIV Viral Load", "LDL", None, "2025-03-05"),
            ("HIV Viral Load", "48", "copies/mL", "2024-09-12"),
            ("Creatinine", "76", "umol/L", "2024-09-12"),
            ("Urine pregnancy test", "Negative", None, "2025-03-05"),
            ("CD4 count (baseline)", "212", "cells/mm3", "2013-02-11")]
    rows = [["Test", "Result", "Date"]]
    for n, v, u, on in labs:
        rows.append([n, f"{v} {u}" if u else v, d.date(on, "dmy")])
        d.lab(n, v, u, None, None, on)
    d.table(36, d.y, [200, 150, W - 350], rows, f=F, hf=FB, size=8.3, rules="grid", gray=0.6,
            hfill=(0.9, 0.9, 0.9))
    d.y -= 4
    d.text(40, d.y - 8, "LDL = lower than detectable limit (<50 copies/mL).", "Helvetica-Oblique",
           7.8)
    d.y -= 12
    sec("NEXT APPOINTMENT")
    d.y -= 2
    d.text(40, d.y - 9, d.date("2025-06-04", "dmy") + "  -  ART refill (3 months); lipid profile "
           "due; continue adherence counselling.", F, 8.5)
    d.mn("labs", "lipid profile", "planned", "due at next visit")
    d.y -= 30
    d.text(40, d.y, "Clinician: J. Otieno-Test (Clinical Officer)        Signature: ____________",
           F, 8.5)
    d.notes.append("Viral load appears twice (two dates), each a row; 'LDL' is a word value.")
    d.notes.append("The contraceptive implant mentioned in a family-planning line is an optional "
                   "medication row.")
    d.notes.append("TB symptom screen 'No' boxes are must_not (checkbox_no).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 15 Malaysia discharge (scan)
@document
def doc15():
    d = Doc(15, "my", "discharge_summary_scan", country="Malaysia", doctype="discharge_summary",
            kind="public-hospital discharge summary: ward treatment vs discharge medicines, "
                 "admission/discharge results table, NKDA; faxed-and-scanned image-only PDF",
            service_date="2025-06-06", pages=2,
            scan={"dpi": 150, "angle": [0.9, -1.2], "noise": 9.0, "blur": 0.8, "quality": 58,
                  "seed": 1515, "shade": 0.12, "speckles": 1500})
    d.lm, d.rm, d.bm = 50, 50, 60
    F, FB = "Helvetica", "Helvetica-Bold"
    d.page_of("Muka surat / Page {p} of {n}")
    adm, dis = d.date("2025-06-02", "dmy"), d.date("2025-06-06", "dmy")

    def top(d):
        y = d.H - 44
        d.text(d.W / 2, y, "HOSPITAL CONTOH SEREMBAN", FB, 12.5, align="center")
        y -= 12
        d.text(d.W / 2, y, "Jabatan Perubatan / Department of Medicine", F, 9, align="center")
        y -= 14
        d.text(d.W / 2, y, "RINGKASAN DISCAJ / DISCHARGE SUMMARY", FB, 11, align="center")
        y -= 8
        d.hline(50, d.W - 50, y, 1.0)
        return y - 8

    d.on_new_page = top
    y = top(d)
    rows = [[{"t": "Nama / Name", "f": FB}, "MUHAMMAD FAIZAL BIN AHMAD-TEST",
             {"t": "No. RN", "f": FB}, "HCS000000451"],
            [{"t": "No. K/P", "f": FB}, "000000-00-0000", {"t": "Umur / Jantina", "f": FB},
             "58 / Lelaki (M)"],
            [{"t": "Tarikh masuk / Admitted", "f": FB}, adm, {"t": "Wad / Ward", "f": FB},
             "7B (Medical)"],
            [{"t": "Tarikh discaj / Discharged", "f": FB}, dis, {"t": "Pakar / Consultant", "f": FB},
             "Dr Lim Wei Ling-Test"]]
    d.table(50, y, [120, 170, 100, d.W - 100 - 390], rows, f=F, size=8.5, header=0,
            rules="grid", gray=0.5)

    def h(t):
        d.heading(t, FB, 9.5, before=6, after=1)

    S = 9
    h("DIAGNOSIS")
    d.flow("Principal: Community-acquired pneumonia (right lower lobe), CURB-65 score 2.", F, S,
           after=1)
    d.flow("Secondary: 1) Type 2 diabetes mellitus (poorly controlled)  2) Hypertension  "
           "3) Acute kidney injury (pre-renal) - resolved.", F, S)
    d.cond("Community-acquired pneumonia", "active")
    d.cond("Type 2 diabetes mellitus", "active")
    d.cond("Hypertension", "active")
    d.mn("conditions", "Acute kidney injury", "historical", "resolved during admission")
    h("DRUG ALLERGY")
    d.flow("NKDA", F, S)
    d.mn("allergies", "NKDA", "negated")
    h("HISTORY AND PROGRESS")
    d.flow("58-year-old gentleman presented with 4 days of fever, productive cough and "
           "right-sided pleuritic chest pain. No haemoptysis. No recent travel. Non-smoker. Known "
           "T2DM and HPT on follow-up at Klinik Kesihatan Example. On arrival he was febrile, "
           "tachycardic and hypoxic on room air, with crepitations over the right lower zone. "
           "CXR: right lower zone consolidation.", F, S)
    d.mn("conditions", "haemoptysis", "negated")
    d.flow("In the ward he was treated with IV ceftriaxone 2 g OD and oral azithromycin 500 mg "
           "OD for 3 days, IV normal saline hydration and subcutaneous insulin (Actrapid) "
           "sliding scale. Perindopril was withheld because of AKI and has now been stopped; "
           "renal function recovered with hydration. Gliclazide was withheld after a "
           "hypoglycaemic episode on day 2. Fever settled by day 3 and antibiotics were "
           "changed to oral on " + d.date("2025-06-05", "dmy") + ".", F, S)
    for n in ("ceftriaxone", "azithromycin", "normal saline", "Actrapid"):
        d.mn("medications", n, "other", "ward treatment only")
    h("INVESTIGATIONS")
    c1, c2 = d.date("2025-06-02", "dmy"), d.date("2025-06-05", "dmy")
    spec = [("WBC", "x10^9/L", "4.0 - 11.0", ("16.4", "high"), ("9.8", "normal")),
            ("Haemoglobin", "g/dL", "13.0 - 17.0", ("13.2", "normal"), ("12.8", "low")),
            ("Urea", "mmol/L", "2.5 - 7.1", ("12.1", "high"), ("6.2", "normal")),
            ("Creatinine", "umol/L", "62 - 106", ("168", "high"), ("104", "normal")),
            ("Sodium", "mmol/L", "136 - 145", ("132", "low"), ("137", "normal")),
            ("CRP", "mg/L", "< 5", ("148", "high"), ("36", "high")),
            ("HbA1c", "%", "4.0 - 6.0", ("10.2", "high"), None)]
    rows = [["Test (unit)", c1 + " (adm)", c2, "Normal range"]]
    for n, u, ref, a, b in spec:
        r = [f"{n} ({u})"]
        for on, v in (("2025-06-02", a), ("2025-06-05", b)):
            if v is None:
                r.append("-")
                continue
            ch = lab_flag_char(v[1])
            r.append({"t": f"{v[0]} {ch}".strip(), "f": FB if ch else F})
            d.lab(n, v[0], u, ref, v[1], on)
        r.append(ref)
        rows.append(r)
    d.table(50, d.y - 2, [150, 100, 100, 100], rows, f=F, hf=FB, size=8.5, rules="grid",
            gray=0.5)
    d.y -= 4
    mic = [("Blood C&S", "No growth after 5 days"),
           ("Sputum C&S", "Streptococcus pneumoniae")]
    d.flow(f"Blood C&S ({c1}): {mic[0][1]}.  Sputum C&S ({c1}): {mic[1][1]}, sensitive to "
           "penicillin and ceftriaxone.", F, S)
    for n, v in mic:
        d.lab(n, v, None, None, None, "2025-06-02")
    h("MEDICATIONS ON DISCHARGE")
    meds = [
        ("T. Amoxicillin/Clavulanate (Augmentin)", "625 mg", "TDS", "5 days", "New",
         dict(name="Amoxicillin/Clavulanate", brand="Augmentin", dose="625", unit="mg",
              frequency="TDS", status="new")),
        ("T. Metformin", "1 g", "BD", "-", "Continue",
         dict(name="Metformin", dose="1", unit="g", frequency="BD")),
        ("T. Amlodipine", "10 mg", "OD", "-", "Increased from 5 mg OD",
         dict(name="Amlodipine", dose="10", unit="mg", frequency="OD", status="changed")),
        ("T. Atorvastatin", "20 mg", "ON", "-", "Continue",
         dict(name="Atorvastatin", dose="20", unit="mg", frequency="ON")),
        ("T. Paracetamol", "1 g", "QID PRN", "-", "For fever / pain",
         dict(name="Paracetamol", dose="1", unit="g", frequency="QID PRN", status="new",
              status_also_ok=["active"])),
        ("T. Gliclazide", "80 mg", "BD", "-", "WITHHOLD until review at KK",
         dict(name="Gliclazide", dose="80", unit="mg", frequency="BD", status="held")),
        ("T. Perindopril", "4 mg", "OD", "-", "STOPPED (AKI)",
         dict(name="Perindopril", dose="4", unit="mg", frequency="OD", status="stopped")),
    ]
    rows = [["Drug", "Dose", "Freq", "Duration", "Remarks"]]
    for a, b, c_, e, rmk, kw in meds:
        rows.append([a, b, c_, e, rmk])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral", **kw)
    d.table(50, d.y - 2, [190, 50, 60, 55, d.W - 100 - 355], rows, f=F, hf=FB, size=8.5,
            rules="grid", gray=0.5)
    h("CONDITION ON DISCHARGE")
    vit = [("blood_pressure", "132/80", "mmHg", "BP"), ("heart_rate", "82", "/min", "PR"),
           ("temperature", "36.8", "°C", "Temp"), ("oxygen_saturation", "97", "%", "SpO2"),
           ("respiratory_rate", "18", "/min", "RR")]
    parts = []
    for k, v, u, lab_ in vit:
        d.vital(k, v, u)
        parts.append(f"{lab_} {v}{u}" if u in ("%", "/min") else f"{lab_} {v} {u}")
    d.flow("Stable, afebrile, ambulating. " + ", ".join(parts[:3]) + ", " + parts[3]
           + " under room air, " + parts[4] + ".", F, S)
    h("FOLLOW-UP")
    d.flow("TCA Klinik Kesihatan Example in 1 week: BP and blood sugar review, repeat renal "
           "profile. Medical clinic (MOPD) in 6 weeks with repeat CXR.", F, S)
    d.mn("labs", "renal profile", "planned", "repeat in 1 week")
    d.need(80)
    d.y -= 30
    d.signature(70, d.y + 8, "Nurul Huda")
    d.text(60, d.y - 6, "Dr Nurul Huda-Test (MMC 00000), Medical Officer", F, 8.5)
    d.text(60, d.y - 17, "for Consultant Physician, Jabatan Perubatan", F, 8.5)
    d.hand(330, d.y + 10, "Pt & wife counselled", 10.5)
    d.hand(330, d.y - 5, "re hypo symptoms  NH", 10.5)
    d.notes.append("Admission vital signs are described in words only; the discharge vitals "
                   "are the vital rows.")
    d.notes.append("Ward-only treatment (IV ceftriaxone, oral azithromycin, IV saline, "
                   "Actrapid) is must_not; perindopril is a stopped row, gliclazide a held row.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 16 Hong Kong discharge
@document
def doc16():
    d = Doc(16, "hk", "discharge_summary_gi_bleed", country="Hong Kong SAR",
            doctype="discharge_summary",
            kind="hospital discharge summary in boxed sections: diagnoses, OGD findings, "
                 "in-hospital treatment, results with two date columns, discharge drug table, "
                 "drugs stopped, advice",
            service_date="2025-07-14", pages=2)
    d.lm, d.rm, d.bm = 42, 42, 52
    F, FB = "Helvetica", "Helvetica-Bold"
    d.page_of("Page {p} of {n}")
    adm, dis = d.date("2025-07-10", "d-mon-y"), d.date("2025-07-14", "d-mon-y")

    def top(d):
        y = d.H - 40
        d.text(42, y, "EXAMPLE BAY HOSPITAL", FB, 12)
        d.text(d.W - 42, y, "DISCHARGE SUMMARY", FB, 12, align="right")
        y -= 11
        d.text(42, y, "Department of Medicine & Geriatrics", F, 8.5)
        d.text(d.W - 42, y, "CHAN-TEST, Tai Man   HKID A000000(0)", F, 8.5, align="right")
        y -= 6
        d.hline(42, d.W - 42, y, 1.2)
        return y - 6

    d.on_new_page = top
    y = top(d)
    W = d.W - 84
    rows = [["Name: CHAN-TEST, Tai Man", "Sex/Age: M / 68", "Hosp No: HN00000000(1)"],
            ["Admission: " + adm, "Discharge: " + dis, "Specialty: MED   Ward: 9A"],
            ["Attending: Dr WONG Ka Ming-Test", "Discharge to: Home", "Source: A&E"]]
    d.table(42, y, [W / 3] * 3, rows, f=F, size=8.4, header=0, rules="grid", gray=0.5)

    def box(title):
        d.need(40)
        d.y -= 8
        d.rect(42, d.y - 14, W, 14, lw=0.5, fill=(0.88, 0.88, 0.88))
        d.text(46, d.y - 10.5, title, FB, 9)
        d.y -= 16

    S = 9
    box("Diagnosis")
    dx = ["Upper GI bleeding secondary to duodenal ulcer (Forrest IIa)",
          "Helicobacter pylori infection", "Iron deficiency anaemia", "Hypertension",
          "Type 2 diabetes mellitus"]
    for i, t in enumerate(dx, 1):
        d.flow(t, F, S, indent=16, after=1, bullet=f"{i}.")
    d.cond(dx[0], "active", aliases=["duodenal ulcer"])
    for t in dx[1:]:
        d.cond(t, "active")
    box("Drug Allergy / ADR")
    d.flow("Drug allergy: Sulphonamides (rash).   ADR: nil known.", F, S)
    d.allergy("Sulphonamides", "rash")
    box("Clinical Summary")
    d.flow("68-year-old man presented with melaena for 2 days and postural dizziness. No "
           "haematemesis. He had been taking naproxen bought over the counter for knee pain for "
           "3 weeks, in addition to low-dose aspirin. On arrival Hb 7.2 g/dL.", F, S)
    d.mn("conditions", "haematemesis", "negated")
    d.flow("OGD (" + d.date("2025-07-11", "d-mon-y") + "): 1.2 cm duodenal bulb ulcer with a "
           "non-bleeding visible vessel; adrenaline injection and 2 haemoclips applied. No "
           "varices. Stomach normal. CLO test positive.", F, S)
    d.mn("conditions", "varices", "negated")
    d.flow("In hospital he received IV pantoprazole 80 mg bolus followed by an 8 mg/h infusion "
           "for 72 hours and was transfused 2 units of packed red cells. No further melaena after "
           "day 2. Diet resumed on day 3.", F, S)
    d.mn("medications", "pantoprazole", "other", "IV, in hospital only")
    d.mn("medications", "packed red cells", "other", "transfusion in hospital")
    box("Investigations")
    c1, c2 = d.date("2025-07-10", "d-mon-y"), d.date("2025-07-13", "d-mon-y")
    spec = [("Hb", "g/dL", "13.3 - 17.7", ("7.2", "low"), ("9.6", "low")),
            ("MCV", "fL", "82 - 98", ("76", "low"), None),
            ("Urea", "mmol/L", "3.4 - 8.9", ("14.2", "high"), ("6.1", "normal")),
            ("Creatinine", "umol/L", "67 - 109", ("96", "normal"), ("88", "normal")),
            ("Ferritin", "ug/L", "22 - 275", ("8", "low"), None)]
    rows = [["Test", "Unit", c1, c2, "Ref. range"]]
    for n, u, ref, a, b in spec:
        r = [n, u]
        for on, v in (("2025-07-10", a), ("2025-07-13", b)):
            if v is None:
                r.append("")
                continue
            ch = lab_flag_char(v[1])
            r.append({"t": f"{v[0]} {ch}".strip(), "f": FB if ch else F})
            d.lab(n, v[0], u, ref, v[1], on)
        r.append(ref)
        rows.append(r)
    rows.append(["CLO test", "", {"t": "Positive (" + d.date("2025-07-11", "d-mon-y") + ")",
                                  "span": 2}, ""])
    d.lab("CLO test", "Positive", None, None, None, "2025-07-11")
    d.table(42, d.y, [120, 70, 110, 110, W - 410], rows, f=F, hf=FB, size=8.4, rules="grid",
            gray=0.5)
    box("Vital Signs on Discharge")
    vit = [("blood_pressure", "126/74", "mmHg", "BP"), ("heart_rate", "78", "/min", "P"),
           ("temperature", "36.5", "°C", "T"), ("oxygen_saturation", "98", "%", "SpO2")]
    parts = []
    for k, v, u, lab_ in vit:
        d.vital(k, v, u)
        parts.append(f"{lab_} {v} {u}")
    d.flow("   ".join(parts) + " (room air)", F, S)
    box("Discharge Medication")
    rows = [["Drug", "Dosage", "Route", "Freq", "Duration", "Remark"]]
    meds = [
        ("ESOMEPRAZOLE 40MG TAB", "40 mg", "PO", "BD", "8 weeks", "New",
         dict(name="Esomeprazole", dose="40", unit="mg", frequency="BD", status="new")),
        ("AMOXICILLIN 500MG CAP", "1 g", "PO", "BD", "14 days", "New (H. pylori)",
         dict(name="Amoxicillin", dose="1", unit="g", frequency="BD", status="new")),
        ("CLARITHROMYCIN 500MG TAB", "500 mg", "PO", "BD", "14 days", "New (H. pylori)",
         dict(name="Clarithromycin", dose="500", unit="mg", frequency="BD", status="new")),
        ("FERROUS SULPHATE 300MG TAB", "300 mg", "PO", "DAILY", "3 months", "New",
         dict(name="Ferrous sulphate", dose="300", unit="mg", frequency="DAILY", status="new")),
        ("AMLODIPINE 5MG TAB", "5 mg", "PO", "DAILY", "-", "Continue",
         dict(name="Amlodipine", dose="5", unit="mg", frequency="DAILY")),
        ("METFORMIN 500MG TAB", "500 mg", "PO", "BD", "-", "Continue",
         dict(name="Metformin", dose="500", unit="mg", frequency="BD")),
    ]
    for a, b, rt, fq, du, rmk, kw in meds:
        rows.append([a, b, rt, fq, du, rmk])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral", **kw)
    d.table(42, d.y, [165, 55, 40, 50, 60, W - 370], rows, f=F, hf=FB, size=8.4, rules="grid",
            gray=0.5)
    d.y -= 4
    d.flow("Drugs stopped: ASPIRIN 80MG TAB daily - STOP (was for primary prevention only).  "
           "NAPROXEN 250MG TAB (over the counter) - STOP.", FB, 8.8)
    d.med("Aspirin", "80", "mg", "daily", "stopped", route="oral")
    d.med("Naproxen", "250", "mg", None, "stopped", route="oral")
    box("Advice and Follow-up")
    for i, t in enumerate([
        "Avoid NSAIDs such as ibuprofen and diclofenac; paracetamol may be used for knee pain.",
        "Urea breath test 4 weeks after completing eradication therapy (withhold PPI for 2 "
        "weeks before the test).",
        "GI clinic in 8 weeks with repeat CBC.",
        "Return to A&E if melaena, haematemesis or dizziness recurs.",
    ], 1):
        d.flow(t, F, S, indent=16, after=1, bullet=f"{i}.")
    d.mn("medications", "ibuprofen", "other", "advice: avoid")
    d.mn("medications", "diclofenac", "other", "advice: avoid")
    d.mn("medications", "paracetamol", "other", "advice: may be used (not prescribed)")
    d.mn("labs", "Urea breath test", "planned")
    d.mn("labs", "CBC", "planned")
    box("Results Pending at Discharge")
    d.flow("Gastric antral biopsy histology (taken at OGD " + d.date("2025-07-11", "d-mon-y")
           + ") - pending; will be reviewed at GI clinic.", F, S)
    d.mn("labs", "Gastric antral biopsy histology", "planned", "pending")
    d.need(50)
    d.y -= 20
    d.text(42, d.y, "Prepared by: Dr LEUNG Hoi Yan-Test (MO)   Endorsed: Dr WONG Ka Ming-Test "
           "(Consultant)   Printed: " + d.date("2025-07-14", "d-mon-y") + " 15:26", F, 8)
    d.notes.append("CLO (rapid urease) test 'Positive' is a lab row without range (flag null).")
    d.notes.append("Paracetamol mentioned only as advice is must_not (not prescribed).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 17 Nigeria child card (scan)
@document
def doc17():
    d = Doc(17, "ng", "child_immunisation_card_scan", country="Nigeria",
            doctype="immunization_record",
            kind="child health / routine immunisation card with handwritten dates, batch "
                 "numbers, next-visit dates and weights; phone photo of a paper card (JPEG)",
            service_date="2025-03-24", pagesize=(842, 595), pages=1,
            scan={"jpg": True, "dpi": 160, "angle": 1.8, "noise": 8.0, "blur": 0.9,
                  "quality": 64, "seed": 1717, "shade": 0.22, "speckles": 700,
                  "gray": False, "tint": (246, 240, 222)})
    F, FB = "Helvetica", "Helvetica-Bold"
    GREEN = (0.0, 0.45, 0.22)
    # card outline and header band
    d.rect(28, 40, d.W - 56, d.H - 68, lw=1.2)
    d.rect(28, d.H - 78, d.W - 56, 50, lw=0, fill=GREEN, stroke=False)
    d.c.setFillColorRGB(1, 1, 1)
    d.c.circle(62, d.H - 53, 18, stroke=0, fill=1)
    d.c.setFillColorRGB(0, 0, 0)
    d.text(62, d.H - 56, "PHC", FB, 8, color=GREEN, align="center")
    d.text(96, d.H - 48, "PRIMARY HEALTH CARE - OYO EXAMPLE LGA", FB, 12, color=(1, 1, 1))
    d.text(96, d.H - 64, "CHILD HEALTH CARD  -  ROUTINE IMMUNISATION RECORD", FB, 10,
           color=(1, 1, 1))
    d.text(d.W - 40, d.H - 48, "Keep this card safe and bring it", F, 8, color=(1, 1, 1),
           align="right")
    d.text(d.W - 40, d.H - 60, "to every clinic visit", F, 8, color=(1, 1, 1), align="right")
    y = d.H - 98
    fields = [("Child's name:", 40, "Chiamaka ADEYEMI-TEST", 120),
              ("Sex:", 420, "F", 450), ("Date of birth:", 520, "09/01/25", 600)]
    for lab_, x, val, hx in fields:
        d.text(x, y, lab_, FB, 9)
        d.hline(hx - 4, hx + 150 if x < 400 else hx + 40, y - 2, 0.4)
        d.hand(hx, y + 1, val, 11.5)
    y -= 20
    fields = [("Mother's name:", 40, "Ngozi Adeyemi-Test", 125),
              ("Health facility:", 420, "PHC Example Ward 4, Ibadan", 500)]
    for lab_, x, val, hx in fields:
        d.text(x, y, lab_, FB, 9)
        d.hline(hx - 4, hx + 170, y - 2, 0.4)
        d.hand(hx, y + 1, val, 11.5)
    y -= 14
    d.text(40, y, "Write all dates as DD/MM/YY.", "Helvetica-Oblique", 8.5)
    y -= 8
    # vaccination table (printed grid, handwritten entries)
    widths = [95, 95, 80, 85, 80, 50]
    x0 = 40
    hdr = ["Vaccine", "When to give", "Date given", "Batch No.", "Next visit", "Sign"]
    sched = [
        ("BCG", "At birth", "14/01/25", "BCG-2411A", "", "AO"),
        ("OPV 0", "At birth", "14/01/25", "N24OP117", "", "AO"),
        ("Hep B 0", "At birth", "14/01/25", "HB0392K", "24/02/25", "AO"),
        ("OPV 1", "6 weeks", "24/02/25", "N24OP233", "", "FB"),
        ("Penta 1", "6 weeks", "24/02/25", "P5-0981", "", "FB"),
        ("PCV 1", "6 weeks", "24/02/25", "PCV-4471", "", "FB"),
        ("Rota 1", "6 weeks", "24/02/25", "RV-2210", "24/03/25", "FB"),
        ("OPV 2", "10 weeks", "24/03/25", "N24OP301", "", "FB"),
        ("Penta 2", "10 weeks", "24/03/25", "P5-1104", "", "FB"),
        ("PCV 2", "10 weeks", "24/03/25", "PCV-4471", "", "FB"),
        ("Rota 2", "10 weeks", "24/03/25", "RV-2256", "21/04/25", "FB"),
        ("OPV 3", "14 weeks", "", "", "", ""),
        ("Penta 3", "14 weeks", "", "", "", ""),
        ("PCV 3", "14 weeks", "", "", "", ""),
        ("IPV 1", "14 weeks", "", "", "", ""),
        ("Measles 1", "9 months", "", "", "", ""),
        ("Yellow Fever", "9 months", "", "", "", ""),
        ("Men A", "9 months", "", "", "", ""),
    ]
    rh = 17.5
    ytab = y - 4
    d.rect(x0, ytab - rh, sum(widths), rh, lw=0, fill=(0.85, 0.93, 0.87), stroke=False)
    cx = x0
    for w, t in zip(widths, hdr):
        d.text(cx + 4, ytab - 12, t, FB, 8.5)
        cx += w
    for i, (vac, when, on, lot, nxt, sg) in enumerate(sched):
        ry = ytab - rh * (i + 2)
        d.text(x0 + 4, ry + 5, vac, FB, 8.5)
        d.text(x0 + widths[0] + 4, ry + 5, when, F, 8.2)
        cx = x0 + widths[0] + widths[1]
        for w, val, sz in ((widths[2], on, 11), (widths[3], lot, 10), (widths[4], nxt, 11),
                           (widths[5], sg, 10)):
            if val:
                d.hand(cx + 5, ry + 4.5, val, sz)
            cx += w
        if on:
            iso = f"20{on[6:8]}-{on[3:5]}-{on[0:2]}"
            d.expect.append(on)
            num = int(vac.split()[-1]) if vac.split()[-1].isdigit() else None
            d.imm(vac, iso, dose_number=num, lot=lot)
        else:
            d.mn("immunizations", vac, "due", "scheduled, not yet given")
    nrows = len(sched) + 1
    d.c.setLineWidth(0.6)
    d.c.setStrokeColorRGB(0.1, 0.3, 0.15)
    d.c.rect(x0, ytab - rh * nrows, sum(widths), rh * nrows, stroke=1, fill=0)
    for i in range(1, nrows):
        d.c.line(x0, ytab - rh * i, x0 + sum(widths), ytab - rh * i)
    cx = x0
    for w in widths[:-1]:
        cx += w
        d.c.line(cx, ytab, cx, ytab - rh * nrows)
    d.c.setStrokeColorRGB(0, 0, 0)
    d.date_styles.add("dmyy")
    # growth record on the right
    gx = x0 + sum(widths) + 24
    gw = d.W - 40 - gx
    d.text(gx, y - 2, "GROWTH RECORD", FB, 9.5, color=GREEN)
    grows = [("14/01/25", "3.1"), ("24/02/25", "4.6"), ("24/03/25", "5.5")]
    gy = y - 8
    d.rect(gx, gy - 16, gw, 16, lw=0, fill=(0.85, 0.93, 0.87), stroke=False)
    d.text(gx + 4, gy - 12, "Date", FB, 8.5)
    d.text(gx + 70, gy - 12, "Weight (kg)", FB, 8.5)
    d.text(gx + 140, gy - 12, "Remarks", FB, 8.5)
    for i in range(7):
        ry = gy - 16 * (i + 2)
        d.hline(gx, gx + gw, ry, 0.4, 0.3)
        if i < len(grows):
            d.hand(gx + 4, ry + 4, grows[i][0], 10.5)
            d.hand(gx + 74, ry + 4, grows[i][1], 11)
            d.vital("weight", grows[i][1], "kg", note="growth record " + grows[i][0])
    d.hand(gx + 144, gy - 16 * 3 + 4, "good gain", 10)
    d.hline(gx, gx + gw, gy, 0.6, 0.1)
    gy2 = gy - 16 * 9 - 10
    d.text(gx, gy2, "VITAMIN A", FB, 9.5, color=GREEN)
    d.text(gx, gy2 - 14, "6 months: ____________", F, 8.5)
    d.text(gx, gy2 - 28, "12 months: ___________", F, 8.5)
    d.text(gx, gy2 - 52, "Danger signs - bring the child at once if:", FB, 8)
    for i, t in enumerate(["not able to drink or breastfeed", "vomits everything",
                           "has convulsions", "is very sleepy or hard to wake"]):
        d.text(gx + 6, gy2 - 64 - i * 11, "- " + t, F, 7.8)
    d.notes.append("Birth doses 'OPV 0' and 'Hep B 0' keep dose_number 0 as printed; BCG has "
                   "no dose number.")
    d.notes.append("The card states 'Write all dates as DD/MM/YY', so no date is ambiguous.")
    d.notes.append("Printed schedule rows with no date (14-week and 9-month vaccines) are "
                   "must_not (why 'due'). Growth-record weights are weight rows; the unit 'kg' comes "
                   "from the column header 'Weight (kg)'.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 18 UAE travel vaccination
@document
def doc18():
    d = Doc(18, "ae", "travel_vaccination_record", country="United Arab Emirates",
            doctype="immunization_record",
            kind="travel-clinic adult vaccination record: pre-travel checklist with tick "
                 "boxes, vaccines given, declined and due, malaria prophylaxis, leaflet page",
            service_date="2025-03-19", pages=2)
    d.lm, d.rm = 45, 45
    F, FB = "Helvetica", "Helvetica-Bold"
    d.page_of("Page {p} of {n}")
    d.on_new_page = lambda d: d.H - 45
    MAR = (0.45, 0.05, 0.2)
    y = d.H - 48
    d.text(45, y, "AL EXAMPLE TRAVEL HEALTH CLINIC", FB, 13, color=MAR)
    y -= 12
    d.text(45, y, "Building 00, Dubai Healthcare City, Dubai, UAE  |  Tel +971 4 000 0000", F, 8)
    d.text(d.W - 45, y + 12, "VACCINATION & TRAVEL ADVICE RECORD", FB, 9.5, align="right")
    y -= 6
    d.hline(45, d.W - 45, y, 1.2)
    y -= 14
    info = [("Name", "Rahul MENON-TEST"), ("Date of birth", d.date("1988-06-11", "d-mon-y")),
            ("Passport", "Z0000000"), ("Clinic file no.", "TH-25-000318"),
            ("Destination", "Kenya and Tanzania (safari, rural lodges)"),
            ("Travel dates", d.date("2025-04-20", "d-mon-y") + " for 3 weeks")]
    for i, (a, b) in enumerate(info):
        cx = 45 if i % 2 == 0 else 310
        cy = y - (i // 2) * 12
        d.text(cx, cy, a + ":", FB, 8.5)
        d.text(cx + 78, cy, b, F, 8.5)
    d.y = y - 40
    d.text(45, d.y, "PRE-TRAVEL CHECKLIST", FB, 10, color=MAR)
    d.y -= 14
    checks = [("Egg allergy", False), ("Immunocompromised (illness or medicines)", False),
              ("Previous reaction to a vaccine", False), ("Pregnant or planning pregnancy", None),
              ("Regular medicines", True)]
    for q, ans in checks:
        d.text(55, d.y, q, F, 8.8)
        d.box(300, d.y - 1, ans is True)
        d.text(310, d.y, "Yes", F, 8.8)
        d.box(340, d.y - 1, ans is False)
        d.text(350, d.y, "No", F, 8.8)
        if ans is None:
            d.text(380, d.y, "N/A (male)", F, 8.8)
        d.y -= 13
    d.mn("allergies", "Egg", "checkbox_no", "'Egg allergy' ticked No")
    d.mn("conditions", "Immunocompromised", "checkbox_no")
    d.text(55, d.y, "Regular medicines:", F, 8.8)
    d.text(150, d.y, "Escitalopram 10 mg once daily", F, 8.8)
    d.med("Escitalopram", "10", "mg", "once daily", "active", route="oral")
    d.y -= 13
    d.text(55, d.y, "Allergies:", F, 8.8)
    d.text(150, d.y, "Latex - urticaria", F, 8.8)
    d.allergy("Latex", "urticaria")
    d.y -= 13
    t = d.vital("temperature", "36.7", "°C", note="pre-vaccination check")
    d.text(55, d.y, "Temperature before vaccination:", F, 8.8)
    d.text(200, d.y, f"{t['value_text']} {t['unit']}", F, 8.8)
    d.y -= 18
    d.text(45, d.y, "VACCINES ADMINISTERED", FB, 10, color=MAR)
    d.y -= 6
    vac = [("2025-03-12", "Hepatitis A (adult)", "Havrix 1440", "Dose 1 of 2", 1, "AHAVB921AC",
            "L deltoid"),
           ("2025-03-12", "Typhoid Vi polysaccharide", "Typhim Vi", "Single dose", None,
            "T3J121V", "R deltoid"),
           ("2025-03-12", "Tdap (booster)", "Boostrix", "Booster", None, "AC37B457AA",
            "L deltoid"),
           ("2025-03-12", "Meningococcal ACWY conjugate", "Nimenrix", "Single dose", None,
            "N7H44", "R deltoid"),
           ("2025-03-12", "Rabies (pre-exposure)", "Verorab", "Dose 1 of 2", 1, "R1F671V",
            "L deltoid"),
           ("2025-03-19", "Rabies (pre-exposure)", "Verorab", "Dose 2 of 2", 2, "R1F671V",
            "R deltoid"),
           ("2025-03-19", "Influenza (2024/25 NH)", "Vaxigrip Tetra", "Single dose", None,
            "W3B55", "L deltoid")]
    rows = [["Date", "Vaccine", "Brand", "Dose", "Lot / batch", "Site", "Given by"]]
    for on, v, b, dose, num, lot, site in vac:
        rows.append([d.date(on, "d-mon-y"), v, b, dose, lot, site, "RN S. Khan"])
        d.imm(v, on, dose_number=num, lot=lot, brand=b)
    d.table(45, d.y, [62, 130, 72, 62, 70, 55, d.W - 90 - 451], rows, f=F, hf=FB, size=8,
            rules="grid", gray=0.5, hfill=(0.95, 0.88, 0.9))
    d.y -= 12
    d.text(45, d.y, "NOT GIVEN TODAY", FB, 10, color=MAR)
    d.y -= 6
    rows = [["Vaccine", "Status", "Comment"],
            ["Yellow fever (Stamaril)", "DECLINED",
             "Traveller declined after counselling; not required for entry from UAE. Risk "
             "discussed; no exemption letter issued."],
            ["Cholera, oral (Dukoral)", "DECLINED", "Low risk itinerary; traveller's choice."],
            ["Hepatitis B", "Not required", "Course completed in 2010 per vaccination card."],
            ["Hepatitis A dose 2", "DUE", "From " + d.date("2025-09-12", "d-mon-y")
             + " (6-12 months after dose 1)."]]
    d.table(45, d.y, [140, 80, d.W - 90 - 220], rows, f=F, hf=FB, size=8, rules="grid",
            gray=0.5, hfill=(0.95, 0.88, 0.9))
    d.mn("immunizations", "Yellow fever (Stamaril)", "due", "declined")
    d.mn("immunizations", "Cholera, oral (Dukoral)", "due", "declined")
    d.mn("immunizations", "Hepatitis B", "historical", "course 2010, no dates")
    d.mn("immunizations", "Hepatitis A dose 2", "due")
    d.y -= 12
    d.text(45, d.y, "MALARIA PREVENTION AND STANDBY TREATMENT", FB, 10, color=MAR)
    d.y -= 6
    rx = [("Atovaquone/proguanil (Malarone) 250/100 mg",
           "1 tablet daily with food: start 1-2 days before entering the malaria area, "
           "continue during the stay and for 7 days after leaving", "Qty 30",
           dict(name="Atovaquone/proguanil", brand="Malarone", dose="250/100", unit="mg",
                frequency="1 tablet daily", status="new")),
          ("Azithromycin 500 mg",
           "Standby for travellers' diarrhoea: 1 tablet daily for up to 3 days if needed",
           "Qty 3",
           dict(name="Azithromycin", dose="500", unit="mg", frequency="1 tablet daily",
                status="new"))]
    rows = [["Medicine", "Directions", "Supply"]]
    for a, b, c_, kw in rx:
        rows.append([a, b, c_])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"), kw.pop("status"),
              route="oral", **kw)
    d.table(45, d.y, [180, d.W - 90 - 230, 50], rows, f=F, hf=FB, size=8, rules="grid",
            gray=0.5, hfill=(0.95, 0.88, 0.9))
    d.y -= 16
    d.text(45, d.y, "Advice given: food and water hygiene, insect bite avoidance (DEET 30-50%), "
           "animal bites, sun.", F, 8.5)
    d.y -= 26
    d.signature(55, d.y + 4, "Dr Farah")
    d.text(45, d.y - 10, "Dr Farah Al Example-Test, Travel Medicine Physician (DHA-P-0000000)",
           F, 8.5)
    # page 2: leaflet text printed on the back of the record
    d.new_page()
    d.text(45, d.y, "INFORMATION FOR TRAVELLERS (please read)", FB, 11, color=MAR)
    d.y -= 10
    leaflet = [
        ("About your malaria tablets (Malarone)",
         "Do not take Malarone if you are allergic to atovaquone or proguanil, or if you have "
         "severe kidney disease. Take it at the same time each day with food or a milky drink. "
         "Common side effects include headache, nausea and abdominal pain. Malaria tablets do "
         "not give complete protection: seek medical care for any fever during or up to a year "
         "after travel."),
        ("After your vaccines",
         "A sore arm, mild fever or tiredness for a day or two are common. Do not have the "
         "typhoid or meningococcal vaccine again if you had a severe allergic reaction "
         "(anaphylaxis) to a previous dose. Paracetamol may be used for fever or pain."),
        ("Rabies",
         "Pre-exposure vaccination does not remove the need for treatment after a bite or "
         "scratch: wash the wound with soap and water for 15 minutes and seek care the same "
         "day."),
        ("Travellers' diarrhoea",
         "Drink oral rehydration solution. Use the standby azithromycin only for diarrhoea with "
         "fever or blood, or more than 6 loose stools in 24 hours."),
    ]
    for t_, body in leaflet:
        d.heading(t_, FB, 9.5, before=8, after=1)
        d.flow(body, F, 9)
    d.mn("allergies", "atovaquone", "leaflet")
    d.mn("allergies", "proguanil", "leaflet")
    d.mn("conditions", "severe kidney disease", "leaflet")
    d.mn("allergies", "anaphylaxis", "leaflet", "reaction word in leaflet text")
    d.mn("medications", "Paracetamol", "leaflet")
    d.notes.append("Declined yellow fever and cholera vaccines and the due hepatitis A dose 2 "
                   "are must_not (why 'due'); the undated 2010 hepatitis B course is must_not "
                   "(historical).")
    d.notes.append("Standby azithromycin is a new prescription row (status new).")
    d.notes.append("Service date is the last vaccination visit (19-Mar-2025).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 19 Ireland pharmacy history
@document
def doc19():
    d = Doc(19, "ie", "pharmacy_dispensing_history", country="Ireland", doctype="prescription",
            kind="community-pharmacy dispensing history print: brand-first item names, "
                 "repeated monthly lines, a dose change, a switch, a finished course, "
                 "medication profile and leaflet extracts",
            service_date="2025-03-28", pages=2)
    d.lm, d.rm, d.bm = 36, 36, 52
    F, FB = "Helvetica", "Helvetica-Bold"
    d.page_of("Page {p} of {n}")

    def top(d, first=False):
        y = d.H - 40
        d.text(36, y, "McEXAMPLE'S PHARMACY", FB, 12.5)
        d.text(d.W - 36, y, "PATIENT DISPENSING HISTORY", FB, 10, align="right")
        y -= 11
        d.text(36, y, "12 Main Street, Ennis, Co. Clare V95 0000  |  Tel 065 000 0000  |  PSI "
               "Reg. 0000", F, 7.8)
        d.text(d.W - 36, y, "Period: " + fd("2025-01-01", "dmy") + " - " + fd("2025-03-31", "dmy"),
               F, 7.8, align="right")
        y -= 6
        d.hline(36, d.W - 36, y, 1)
        return y - 8

    d.on_new_page = top
    d.expect += [fd("2025-01-01", "dmy"), fd("2025-03-31", "dmy")]
    y = top(d, True) - 6
    info = [("Patient:", "Mr Patrick GALLAGHER-TEST"), ("DOB:", d.date("1948-02-19", "dmy")),
            ("Scheme:", "GMS 0000000A"), ("GP:", "Dr M. Hennessy-Test, Ennis Medical Centre")]
    for i, (a, b) in enumerate(info):
        cx = 36 + (i % 2) * 280
        cy = y - (i // 2) * 11
        d.text(cx, cy, a, FB, 8.2)
        d.text(cx + 48, cy, b, F, 8.2)
    y -= 30
    items = {
        "elt50": ("ELTROXIN 50MCG TABS (Levothyroxine)", "28", "TAKE ONE TABLET EACH MORNING ON "
                  "AN EMPTY STOMACH"),
        "elt75": ("ELTROXIN 75MCG TABS (Levothyroxine)", "28", "TAKE ONE TABLET EACH MORNING ON "
                  "AN EMPTY STOMACH"),
        "lip": ("LIPITOR 40MG TABS (Atorvastatin)", "28", "TAKE ONE TABLET AT NIGHT"),
        "glu": ("GLUCOPHAGE 500MG TABS (Metformin)", "56", "TAKE ONE TABLET TWICE A DAY WITH "
                "FOOD"),
        "tri": ("TRITACE 5MG CAPS (Ramipril)", "28", "TAKE ONE CAPSULE DAILY"),
        "nex": ("NEXIUM 20MG TABS (Esomeprazole)", "28", "TAKE ONE TABLET DAILY BEFORE FOOD"),
        "amx": ("AMOXIL 500MG CAPS (Amoxicillin)", "21", "TAKE ONE CAPSULE THREE TIMES A DAY "
                "FOR 7 DAYS. FINISH THE COURSE"),
        "ata": ("ATACAND 8MG TABS (Candesartan)", "28", "TAKE ONE TABLET DAILY"),
    }
    disp = [("2025-01-03", ["elt50", "lip", "glu", "tri", "nex"]), ("2025-01-06", ["amx"]),
            ("2025-01-31", ["elt50", "lip", "glu", "tri", "nex"]), ("2025-02-10", ["ata"]),
            ("2025-02-28", ["elt75", "lip", "glu", "ata", "nex"]),
            ("2025-03-28", ["elt75", "lip", "glu", "ata", "nex"])]
    notes = {("2025-02-10", "ata"): "NEW - replaces Tritace (cough)",
             ("2025-02-28", "elt75"): "DOSE CHANGE (was 50mcg)",
             ("2025-01-06", "amx"): "Acute"}
    rows = [["Date", "Rx No", "Item dispensed", "Qty", "Directions (label)", "Notes"]]
    rxno = 40110
    for on, keys in disp:
        ds = d.date(on, "dmy")
        for k in keys:
            rxno += 7
            it, q, lab_ = items[k]
            rows.append([ds, str(rxno), it, q, lab_, notes.get((on, k), "")])
    d.table(36, y, [52, 38, 168, 26, 170, d.W - 72 - 454], rows, f=F, hf=FB, size=8,
            rules="rows", gray=0.75, hfill=(0.9, 0.9, 0.9), leading=10.4)
    d.y -= 12
    d.text(36, d.y, "*** End of dispensing history - medication profile overleaf ***",
           "Helvetica-Oblique", 8)
    d.new_page()   # this system prints the profile on its own page
    d.y -= 6
    d.text(36, d.y, "CURRENT MEDICATION PROFILE (as at " + d.date("2025-03-31", "dmy") + ")",
           FB, 10)
    d.y -= 8
    prof = [
        ("Levothyroxine 75mcg (Eltroxin)", "one each morning", "Active - dose increased "
         + d.date("2025-02-28", "dmy"),
         dict(name="Levothyroxine", brand="Eltroxin", dose="75", unit="mcg",
              frequency="one each morning", status_also_ok=["changed"])),
        ("Atorvastatin 40mg (Lipitor)", "one at night", "Active",
         dict(name="Atorvastatin", brand="Lipitor", dose="40", unit="mg",
              frequency="one at night")),
        ("Metformin 500mg (Glucophage)", "one twice daily with food", "Active",
         dict(name="Metformin", brand="Glucophage", dose="500", unit="mg",
              frequency="one twice daily")),
        ("Candesartan 8mg (Atacand)", "one daily", "Active - started "
         + d.date("2025-02-10", "dmy"),
         dict(name="Candesartan", brand="Atacand", dose="8", unit="mg", frequency="one daily",
              status_also_ok=["new"])),
        ("Esomeprazole 20mg (Nexium)", "one daily before food", "Active",
         dict(name="Esomeprazole", brand="Nexium", dose="20", unit="mg", frequency="one daily")),
        ("Ramipril 5mg (Tritace)", "one daily", "Discontinued by GP " + d.date("2025-02-10", "dmy")
         + " (cough)",
         dict(name="Ramipril", brand="Tritace", dose="5", unit="mg", frequency="one daily",
              status="stopped")),
        ("Amoxicillin 500mg (Amoxil)", "one three times daily for 7 days",
         "Course completed (dispensed " + d.date("2025-01-06", "dmy") + ")",
         dict(name="Amoxicillin", brand="Amoxil", dose="500", unit="mg",
              frequency="one three times daily for 7 days", status="completed")),
    ]
    rows = [["Medicine", "Directions", "Status"]]
    for a, b, st, kw in prof:
        rows.append([a, b, st])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral", **kw)
    d.table(36, d.y, [170, 160, d.W - 72 - 330], rows, f=F, hf=FB, size=8.2, rules="grid",
            gray=0.5, hfill=(0.9, 0.9, 0.9))
    d.y -= 20
    d.text(36, d.y, "ALLERGIES / INTOLERANCES", FB, 10)
    d.y -= 13
    d.text(44, d.y, "Codeine - vomiting (intolerance, recorded 2019)", F, 8.6)
    d.allergy("Codeine", "vomiting", note="intolerance")
    d.y -= 20
    d.text(36, d.y, "PROFESSIONAL SERVICES", FB, 10)
    d.y -= 13
    fl = d.date("2024-10-15", "dmy")
    d.text(44, d.y, f"{fl}  Seasonal influenza vaccine (Influvac Tetra) 0.5 mL IM, left deltoid, "
           "batch Q51K2 - administered by pharmacist", F, 8.6)
    d.imm("Seasonal influenza vaccine", "2024-10-15", lot="Q51K2", brand="Influvac Tetra")
    d.y -= 22
    d.text(36, d.y, "PATIENT INFORMATION LEAFLET EXTRACTS (printed with dispensing)", FB, 9)
    d.y -= 4
    for t in ["Nexium: Do not take Nexium if you are allergic to esomeprazole or to other proton "
              "pump inhibitors.",
              "Glucophage: Do not take if you have severe kidney problems or diabetic "
              "ketoacidosis.",
              "Amoxil: Do not take if you are allergic to penicillin."]:
        d.y = d.para(44, d.y - 10, d.W - 90, t, "Helvetica-Oblique", 8, 10) + 10
        d.y -= 10
    d.mn("allergies", "esomeprazole", "leaflet")
    d.mn("allergies", "penicillin", "leaflet")
    d.mn("conditions", "diabetic ketoacidosis", "leaflet")
    d.mn("conditions", "severe kidney problems", "leaflet")
    d.y -= 14
    d.text(36, d.y, "Printed by: A. Walsh-Test MPSI (Supervising Pharmacist)   "
           + d.date("2025-03-31", "dmy"), F, 8)
    d.notes.append("One medication row per medicine (not per dispensing line); the profile gives "
                   "the current state. Levothyroxine is 75 mcg after the dose change; 'changed' is "
                   "also accepted. Candesartan started in February: 'new' also accepted.")
    d.notes.append("Service date is the last dispensing date (28/03/2025).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 20 Australia dose pack
@document
def doc20():
    d = Doc(20, "au", "dose_administration_aid_list", country="Australia",
            doctype="prescription",
            kind="pharmacy dose-administration-aid (blister pack) packing list for an aged-care "
                 "resident: time-slot grid, brand-first names, on-hold, PRN not packed, ceased",
            service_date="2025-03-10", pagesize=(842, 595), pages=1)
    F, FB = "Helvetica", "Helvetica-Bold"
    y = d.H - 36
    d.text(36, y, "SEASIDE EXAMPLE PHARMACY", FB, 13)
    d.text(d.W - 36, y, "DOSE ADMINISTRATION AID - PACKING LIST / MEDICATION PROFILE", FB, 10,
           align="right")
    y -= 11
    d.text(36, y, "1 Example Parade, Thirroul NSW 2515  |  Ph (02) 5550 9876  |  Approval No. "
           "00000X", F, 7.8)
    y -= 6
    d.hline(36, d.W - 36, y, 1.2)
    y -= 13
    info = [("Resident:", "Mrs Dorothy KEMP-TEST"), ("DOB:", d.date("1939-11-30", "dmy")),
            ("Facility:", "Seaview Example Aged Care, Room 14"),
            ("Prescriber:", "Dr Thi Nguyen-Test"),
            ("Pack period:", d.date("2025-03-10", "dmy") + " - " + d.date("2025-03-16", "dmy")
             + " (weekly)"),
            ("Medicare:", "0000 00000 0")]
    for i, (a, b) in enumerate(info):
        cx = 36 + (i % 3) * 265
        cy = y - (i // 3) * 11
        d.text(cx, cy, a, FB, 8.2)
        d.text(cx + 55, cy, b, F, 8.2)
    y -= 26
    d.rect(36, y - 30, d.W - 72, 34, lw=1.0, fill=(1.0, 0.93, 0.93))
    d.text(42, y - 8, "ALLERGIES / ADRs:", FB, 8.6, color=(0.7, 0, 0))
    d.text(140, y - 8, "Sulfonamides (sulfur) - rash;   Morphine - hallucinations", FB, 8.6)
    d.allergy("Sulfonamides", "rash", aliases=["sulfur"])
    d.allergy("Morphine", "hallucinations")
    conds = ["Atrial fibrillation", "Parkinson's disease", "Heart failure", "Osteoarthritis",
             "Hypertension"]
    d.text(42, y - 21, "Medical conditions:", FB, 8.2)
    d.text(140, y - 21, ";  ".join(conds), F, 8.2)
    for c_ in conds:
        d.cond(c_, "active")
    y -= 40
    hdr = ["Medicine (brand - generic strength)", "Directions", "8am", "12pm", "5pm", "8pm",
           "Notes"]
    packed = [
        ("Panadol Osteo (paracetamol 665 mg modified release)", "Take TWO tablets three times a "
         "day", ["2", "2", "2", ""], "",
         dict(name="paracetamol", brand="Panadol Osteo", dose="665", unit="mg",
              frequency="three times a day")),
        ("Coversyl (perindopril arginine 5 mg)", "Take ONE tablet in the morning",
         ["1", "", "", ""], "",
         dict(name="perindopril", brand="Coversyl", dose="5", unit="mg",
              frequency="in the morning", aliases=["perindopril arginine"])),
        ("Lasix (furosemide 40 mg)", "Take ONE tablet in the morning", ["1", "", "", ""], "",
         dict(name="furosemide", brand="Lasix", dose="40", unit="mg", frequency="in the morning")),
        ("Sinemet 100/25 (levodopa/carbidopa 100 mg/25 mg)", "Take ONE tablet three times a day",
         ["1", "1", "1", ""], "Give 30 min before food",
         dict(name="levodopa/carbidopa", brand="Sinemet", dose="100/25", unit="mg",
              frequency="three times a day")),
        ("Xarelto (rivaroxaban 15 mg)", "Take ONE tablet with the evening meal",
         ["", "", "1", ""], "",
         dict(name="rivaroxaban", brand="Xarelto", dose="15", unit="mg",
              frequency="with the evening meal")),
        ("Crestor (rosuvastatin 10 mg)", "Take ONE tablet at bedtime", ["", "", "", "1"], "",
         dict(name="rosuvastatin", brand="Crestor", dose="10", unit="mg", frequency="at bedtime")),
        ("Ostelin Vitamin D3 (colecalciferol 1000 IU)", "Take ONE capsule daily",
         ["1", "", "", ""], "",
         dict(name="colecalciferol", brand="Ostelin Vitamin D3", dose="1000", unit="IU",
              frequency="daily")),
        ("Endep (amitriptyline 10 mg)", "Take ONE tablet at night", ["-", "-", "-", "-"],
         "ON HOLD from " + d.date("2025-03-03", "dmy") + " per Dr Nguyen (falls) - NOT PACKED",
         dict(name="amitriptyline", brand="Endep", dose="10", unit="mg", frequency="at night",
              status="held")),
    ]
    rows = [hdr]
    for a, b, slots, note, kw in packed:
        rows.append([a, b] + [{"t": s_, "a": "c", "f": FB} for s_ in slots] + [note])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral", **kw)
    widths = [225, 175, 38, 38, 38, 38, d.W - 72 - 552]
    d.table(36, y, widths, rows, f=F, hf=FB, size=8, rules="grid", gray=0.45,
            hfill=(0.85, 0.9, 0.98))
    d.y -= 16
    d.text(36, d.y, "NOT IN PACK - when required / other forms", FB, 9)
    d.y -= 5
    prn = [
        ("Movicol (macrogol 3350) sachet", "Dissolve ONE sachet in water daily when required for "
         "constipation", "PRN - supplied separately",
         dict(name="macrogol 3350", brand="Movicol", dose=None, unit=None,
              frequency="daily when required", route="oral")),
        ("Nitrolingual Pumpspray (glyceryl trinitrate 400 micrograms/dose)",
         "ONE spray under the tongue when required for chest pain; may repeat after 5 minutes",
         "PRN - keep with resident",
         dict(name="glyceryl trinitrate", brand="Nitrolingual Pumpspray", dose="400",
              unit="micrograms", frequency="when required", route="sublingual")),
    ]
    rows = [["Medicine", "Directions", "Notes"]]
    for a, b, note, kw in prn:
        rows.append([a, b, note])
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"), "active", **kw)
    d.table(36, d.y, [300, 300, d.W - 72 - 600], rows, f=F, hf=FB, size=8, rules="grid",
            gray=0.45, hfill=(0.93, 0.93, 0.93))
    d.y -= 16
    d.text(36, d.y, "CEASED - remove from chart", FB, 9, color=(0.7, 0, 0))
    d.y -= 5
    ceased = [("Nurofen (ibuprofen 200 mg)", "CEASED " + d.date("2025-03-01", "dmy")
               + " - on anticoagulant",
               dict(name="ibuprofen", brand="Nurofen", dose="200", unit="mg", frequency=None)),
              ("Lanoxin PG (digoxin 62.5 micrograms)", "CEASED " + d.date("2025-02-14", "dmy")
               + " - per cardiologist",
               dict(name="digoxin", brand="Lanoxin PG", dose="62.5", unit="micrograms",
                    frequency=None))]
    rows = [[a, b] for a, b, _ in ceased]
    for a, b, kw in ceased:
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"), "stopped",
              route="oral", **kw)
    d.table(36, d.y, [300, d.W - 72 - 300], rows, f=F, size=8, header=0, rules="grid",
            gray=0.45)
    d.y -= 14
    d.text(36, d.y, "CMI note: Do not take Xarelto if you are allergic to rivaroxaban or if you "
           "have active bleeding.", "Helvetica-Oblique", 7.8)
    d.mn("allergies", "rivaroxaban", "leaflet")
    d.mn("conditions", "active bleeding", "leaflet")
    d.y -= 22
    d.text(36, d.y, "Packed by:", F, 8.5)
    d.hand(84, d.y, "JT", 11)
    d.text(150, d.y, "Checked by (pharmacist):", F, 8.5)
    d.hand(258, d.y, "M. Rossi", 11)
    d.text(360, d.y, "Date packed:", F, 8.5)
    d.hand(418, d.y, d.date("2025-03-08", "dmy"), 11)
    d.notes.append("The time-slot grid is not a frequency; frequency is taken from the printed "
                   "directions (e.g. 'three times a day').")
    d.notes.append("Amitriptyline 'ON HOLD ... NOT PACKED' is a held row; the PRN items outside "
                   "the pack are active rows.")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 21 Jamaica pre-op form (scan)
@document
def doc21():
    d = Doc(21, "jm", "preop_questionnaire_scan", country="Jamaica", doctype="medical_record",
            kind="pre-anaesthetic questionnaire with Yes/No tick boxes and handwritten answers, "
                 "nurse observations and investigations checklist; scanned image-only PDF",
            service_date="2025-08-12", pages=2,
            scan={"dpi": 165, "angle": [-0.7, 1.4], "noise": 7.0, "blur": 0.6, "quality": 63,
                  "seed": 2121, "shade": 0.2, "speckles": 900})
    F, FB = "Helvetica", "Helvetica-Bold"
    d.page_of("Form KEH-ANA-01  rev. 3   Page {p} of {n}")
    y = d.H - 46
    d.text(45, y, "KINGSTON EXAMPLE HOSPITAL", FB, 13)
    y -= 13
    d.text(45, y, "Department of Anaesthesia", F, 9.5)
    y -= 13
    d.text(45, y, "PRE-ANAESTHETIC ASSESSMENT QUESTIONNAIRE", FB, 10.5)
    y -= 11
    d.text(45, y, "Please complete in BLOCK LETTERS or clear handwriting. Tick one box for each "
           "question.", "Helvetica-Oblique", 8)
    # patient sticker
    d.c.saveState()
    d.c.translate(d.W - 215, d.H - 104)
    d.c.rotate(-1.5)
    d.c.setFillColorRGB(1, 1, 1)
    d.c.setStrokeColorRGB(0.3, 0.3, 0.3)
    d.c.rect(0, 0, 180, 58, stroke=1, fill=1)
    d.c.setFillColorRGB(0, 0, 0)
    for i, t in enumerate(["CAMPBELL-TEST, Marcia", "DOB: 17/05/1969   F",
                           "Hosp No: KEH-000-7721", "Ward: Surgical Day Unit"]):
        d.c.setFont(FB if i == 0 else F, 8.5)
        d.c.drawString(6, 44 - i * 12, t)
    d.c.restoreState()
    y -= 26
    d.text(45, y, "Date:", FB, 9)
    d.hline(75, 200, y - 2, 0.4)
    d.hand(80, y, d.date("2025-08-12", "dmy"), 11.5)
    y -= 18
    d.text(45, y, "Proposed operation:", FB, 9)
    d.hline(145, 420, y - 2, 0.4)
    d.hand(150, y, "Laparoscopic cholecystectomy", 11.5)
    d.text(430, y, "Date:", FB, 9)
    d.hline(460, d.W - 45, y - 2, 0.4)
    d.hand(465, y, "19/08/2025", 11.5)
    d.expect.append("19/08/2025")
    y -= 18
    d.text(45, y, "Reason for operation:", FB, 9)
    d.hline(155, 420, y - 2, 0.4)
    d.hand(160, y, "Symptomatic gallstones", 11.5)
    d.cond("Symptomatic gallstones", "active")
    y -= 22
    d.text(45, y, "SECTION A - YOUR HEALTH", FB, 10)
    y -= 6
    qs = [("High blood pressure", True, "since 2015 - on tablets", "High blood pressure"),
          ("Heart attack or angina", False, "", None),
          ("Heart failure", False, "", None),
          ("Stroke or TIA", False, "", None),
          ("Asthma or COPD", False, "", None),
          ("Diabetes", False, "", None),
          ("Kidney disease", False, "", None),
          ("Sleep apnoea / heavy snoring", True, "uses CPAP at night", "Sleep apnoea"),
          ("Acid reflux / heartburn", True, "on omeprazole", "Acid reflux"),
          ("Bleeding problems or easy bruising", False, "", None),
          ("Previous problems with an anaesthetic", False, "", None),
          ("Family history of problems with anaesthesia", False, "", None),
          ("Could you be pregnant?", False, "post-menopausal", None)]
    d.rect(45, y - 14, d.W - 90, 14, lw=0, fill=(0.9, 0.9, 0.9), stroke=False)
    d.text(50, y - 10, "Do you have or have you ever had:", FB, 8.5)
    d.text(300, y - 10, "Yes", FB, 8.5)
    d.text(335, y - 10, "No", FB, 8.5)
    d.text(370, y - 10, "If yes, details", FB, 8.5)
    y -= 14
    for i, (q, yes, det, cname) in enumerate(qs, 1):
        y -= 18
        d.text(50, y + 4, f"{i}. {q}", F, 8.8)
        d.box(302, y + 2, yes, size=9, mark="tick", hand=True)
        d.box(336, y + 2, not yes, size=9, mark="tick", hand=True)
        if det:
            d.hand(372, y + 3, det, 10.5)
        d.hline(45, d.W - 45, y - 2, 0.3, 0.6)
        if yes:
            d.cond(cname, "active", aliases=[q] if q != cname else None)
        elif q.startswith("Could you"):
            d.mn("conditions", "pregnant", "checkbox_no")
        elif q.startswith("Family"):
            d.mn("conditions", q, "checkbox_no", "family history question answered No")
        else:
            d.mn("conditions", q, "checkbox_no")
    y -= 22
    d.text(45, y, "SECTION B - MEDICINES YOU TAKE (include inhalers, creams, herbal remedies)",
           FB, 10)
    meds = [("Losartan 50mg once a day", dict(name="Losartan", dose="50", unit="mg",
                                               frequency="once a day")),
            ("Hydrochlorothiazide 25mg every morning",
             dict(name="Hydrochlorothiazide", dose="25", unit="mg", frequency="every morning")),
            ("Omeprazole 20mg once a day", dict(name="Omeprazole", dose="20", unit="mg",
                                                 frequency="once a day")),
            ("Aspirin 81mg daily - STOPPED 7 days ago (surgeon said)",
             dict(name="Aspirin", dose="81", unit="mg", frequency="daily", status="stopped"))]
    for line, kw in meds:
        y -= 19
        d.hline(45, d.W - 45, y - 3, 0.3, 0.6)
        d.hand(52, y, line, 11.5)
        name = kw.pop("name")
        d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
              kw.pop("status", "active"), route="oral")
    y -= 26
    d.text(45, y, "SECTION C - ALLERGIES (medicines, foods, latex, plasters)", FB, 10)
    d.box(360, y - 1, False, size=9)
    d.text(373, y, "None known", F, 8.8)
    for sub, rea in (("Penicillin", "lips swell"), ("Shellfish", "itching")):
        y -= 19
        d.hline(45, d.W - 45, y - 3, 0.3, 0.6)
        d.hand(52, y, f"{sub} - {rea}", 11.5)
        d.allergy(sub, rea)
    y -= 26
    d.text(45, y, "Patient signature:", FB, 9)
    d.signature(140, y, "M Campbell")
    # ---- page 2: staff section
    d.new_page()
    y = d.H - 50
    d.text(45, y, "FOR NURSE / ANAESTHETIST USE ONLY", FB, 11)
    y -= 8
    d.hline(45, d.W - 45, y, 1)
    y -= 24
    d.text(45, y, "OBSERVATIONS", FB, 10)
    obs = [("blood_pressure", "BP", "146/90", "mmHg"), ("heart_rate", "Pulse", "72", "/min"),
           ("temperature", "Temp", "36.7", "°C"), ("oxygen_saturation", "SpO2", "98", "%"),
           ("respiratory_rate", "Resp", "16", "/min"), ("weight", "Weight", "96", "kg"),
           ("height", "Height", "170", "cm"), ("bmi", "BMI", "33.2", "kg/m2")]
    for i, (k, lab_, v, u) in enumerate(obs):
        cx = 45 + (i % 4) * 130
        cy = y - 30 - (i // 4) * 34
        d.text(cx, cy + 14, lab_, FB, 8.5)
        d.rect(cx, cy - 6, 70, 18, lw=0.6)
        d.hand(cx + 5, cy - 1, v, 12)
        d.text(cx + 74, cy, u, F, 8.5)
        d.vital(k, v, u)
    y -= 104
    d.text(45, y, "INVESTIGATIONS REQUIRED", FB, 10)
    y -= 18
    inv = [("FBC", True), ("U&E", True), ("ECG", False), ("Group & Save", True), ("CXR", False),
           ("Pregnancy test", False)]
    x = 50
    for t, on in inv:
        d.box(x, y - 1, on, size=9, mark="tick", hand=True)
        d.text(x + 14, y, t, F, 9)
        x += 30 + d.sw(t, F, 9) + 10
    for t in ("FBC", "U&E", "Group & Save"):
        d.mn("labs", t, "planned", "ticked as required, not resulted")
    y -= 26
    d.text(45, y, "Recent results:", FB, 9)
    hb = d.lab("Hb", "12.6", "g/dL", None, None, "2025-08-10")
    d.hand(130, y, f"{hb['test_name']} {hb['value_text']} {hb['unit']} ("
           + d.date("2025-08-10", "dmy") + ")", 11.5)
    y -= 24
    d.text(45, y, "ASA grade:", FB, 9)
    d.hand(110, y, "II", 12)
    d.text(200, y, "Airway (Mallampati):", FB, 9)
    d.hand(310, y, "2", 12)
    y -= 24
    d.text(45, y, "Anaesthetic plan / notes:", FB, 9)
    lines = ["GA + ETT. OSA - bring CPAP on the day.",
             "Continue usual medicines on morning of surgery except",
             "aspirin (already stopped). Fast from midnight."]
    for ln in lines:
        y -= 19
        d.hline(45, d.W - 45, y - 3, 0.3, 0.6)
        d.hand(52, y, ln, 11.5)
    y -= 34
    d.text(45, y, "Assessed by:", FB, 9)
    d.signature(110, y, "D. Grant")
    d.text(300, y, "Dr D. Grant-Test, Anaesthetist", F, 8.5)
    d.notes.append("Yes answers with details are condition rows named as the document names "
                   "them ('High blood pressure', 'Sleep apnoea', 'Acid reflux'); every 'No' tick "
                   "is a checkbox_no must_not.")
    d.notes.append("Ticked-but-not-resulted investigations (FBC, U&E, Group & Save) are "
                   "must_not; the handwritten recent Hb is a lab row without range (flag null).")
    out, truth = d.finish()
    return d, out, truth


# ------------------------------------------------------------------ 22 Ghana antenatal (scan)
@document
def doc22():
    d = Doc(22, "gh", "antenatal_record_scan", country="Ghana", doctype="medical_record",
            kind="maternal health record book pages: obstetric history, medical-history tick "
                 "boxes, booking investigations, handwritten ANC visit grid, Td and IPTp "
                 "records; colour scan, image-only PDF",
            service_date="2025-08-05", pages=2,
            scan={"dpi": 155, "angle": [1.1, -0.9], "noise": 7.5, "blur": 0.7, "quality": 62,
                  "seed": 2222, "shade": 0.16, "speckles": 800, "gray": False,
                  "tint": (250, 246, 232)})
    F, FB = "Helvetica", "Helvetica-Bold"
    PINK = (0.75, 0.15, 0.4)
    d.page_of("Maternal Health Record Book - page {p}")
    y = d.H - 44
    d.rect(36, y - 10, d.W - 72, 30, lw=0, fill=PINK, stroke=False)
    d.text(46, y, "MATERNAL HEALTH RECORD BOOK", FB, 13, color=(1, 1, 1))
    d.text(d.W - 46, y, "Example Municipal Hospital, Kumasi", F, 9, color=(1, 1, 1),
           align="right")
    y -= 34
    fields = [("Name:", "Akosua MENSAH-TEST", 45, 90), ("Age:", "27", 330, 360),
              ("Reg. No:", "ANC/0000/25", 410, 460)]
    for lab_, val, x, hx in fields:
        d.text(x, y, lab_, FB, 9)
        d.hline(hx - 3, hx + (200 if x < 300 else 60 if x < 400 else 90), y - 2, 0.4)
        d.hand(hx, y + 1, val, 11.5)
    y -= 20
    fields = [("Gravida:", "3", 45, 95), ("Para:", "2", 150, 185), ("LMP:", "02/03/2025", 240, 270),
              ("EDD:", "07/12/2025", 400, 430)]
    for lab_, val, x, hx in fields:
        d.text(x, y, lab_, FB, 9)
        d.hline(hx - 3, hx + 70, y - 2, 0.4)
        d.hand(hx, y + 1, val, 11.5)
    d.expect += ["02/03/2025", "07/12/2025"]
    y -= 24
    d.text(45, y, "PREVIOUS PREGNANCIES", FB, 10, color=PINK)
    y -= 4
    prev = [["Year", "Outcome / mode of delivery", "Baby", "Complications"],
            ["2019", "SVD, term", "Alive, 3.1 kg", "None"],
            ["2021", "Caesarean section (fetal distress)", "Alive, 2.9 kg", "Wound infection"]]
    d.table(45, y, [50, 200, 100, d.W - 90 - 350], prev, f="Helvetica-Oblique", hf=FB, size=9,
            rules="grid", gray=0.5)
    d.mn("conditions", "Caesarean section", "historical", "2021 delivery")
    d.mn("conditions", "Wound infection", "historical", "after 2021 delivery")
    y = d.y - 20
    d.text(45, y, "MEDICAL HISTORY (tick)", FB, 10, color=PINK)
    y -= 16
    hist = ["Hypertension", "Diabetes", "Sickle cell disease", "Asthma", "Epilepsy",
            "Heart disease"]
    for i, h_ in enumerate(hist):
        cx = 50 + (i % 3) * 170
        cy = y - (i // 3) * 16
        d.text(cx, cy, h_, F, 9)
        bx = cx + 100
        d.box(bx, cy - 1, False, size=8)
        d.text(bx + 11, cy, "Yes", F, 8)
        d.box(bx + 32, cy - 1, True, size=8, mark="tick", hand=True)
        d.text(bx + 43, cy, "No", F, 8)
        d.mn("conditions", h_, "checkbox_no")
    y -= 40
    d.text(45, y, "Drug allergies:", FB, 9)
    d.hand(130, y, "None known", 11.5)
    d.mn("allergies", "None known", "negated")
    y -= 24
    d.text(45, y, "BOOKING INVESTIGATIONS", FB, 10, color=PINK)
    bk = d.date("2025-06-10", "dmy")
    d.text(220, y, "Date:", FB, 9)
    d.hand(252, y, bk, 11)
    y -= 6
    inv = [("Haemoglobin", "10.4", "g/dL"), ("Blood group", "O Rh(D) Positive", None),
           ("HIV test", "Non-reactive", None), ("Syphilis (RDT)", "Non-reactive", None),
           ("Hepatitis B (HBsAg)", "Negative", None), ("Sickling test", "Positive", None),
           ("Hb electrophoresis", "AS", None), ("Malaria RDT", "Negative", None)]
    rh = 19
    d.rect(45, y - rh * (len(inv) + 1), 330, rh * (len(inv) + 1), lw=0.6)
    d.text(50, y - 13, "Test", FB, 9)
    d.text(200, y - 13, "Result", FB, 9)
    for i, (t, v, u) in enumerate(inv, 1):
        ry = y - rh * (i + 1)
        d.hline(45, 375, ry + rh, 0.4, 0.4)
        d.text(50, ry + 6, t, F, 9)
        d.hand(202, ry + 5, f"{v} {u}" if u else v, 11)
        d.lab(t, v, u, None, None, "2025-06-10")
    d.c.line(195, y, 195, y - rh * (len(inv) + 1))
    d.text(390, y - 30, "Problems identified:", FB, 9)
    d.hand(392, y - 50, "Sickle cell trait", 11.5)
    d.hand(392, y - 68, "Mild anaemia in pregnancy", 11.5)
    d.cond("Sickle cell trait", "active")
    d.cond("Mild anaemia in pregnancy", "active")
    d.notes.append("Booking investigations are qualitative or without ranges: all flags null.")
    # ---- page 2: visits, Td, IPTp, supplements
    d.new_page()
    y = d.H - 48
    d.text(45, y, "ANTENATAL VISITS", FB, 11, color=PINK)
    y -= 6
    hdr = ["Date", "GA (wks)", "Weight (kg)", "BP (mmHg)", "Urine protein", "Fundal ht (cm)",
           "FHR (/min)", "Next visit"]
    widths = [68, 48, 62, 66, 64, 66, 58, d.W - 90 - 432]
    visits = [("2025-06-10", "14", "61.5", "110/70", "Nil", "-", "-", "08/07/2025"),
              ("2025-07-08", "18", "63.0", "112/72", "Nil", "18", "148", "05/08/2025"),
              ("2025-08-05", "22", "64.8", "118/76", "Trace", "22", "144", "02/09/2025")]
    rh = 24
    d.rect(45, y - 20, sum(widths), 20, lw=0, fill=(0.97, 0.86, 0.9), stroke=False)
    cx = 45
    for w, t in zip(widths, hdr):
        d.text(cx + 3, y - 13, t, FB, 7.8)
        cx += w
    ytab = y - 20
    for i, v in enumerate(visits):
        ry = ytab - rh * (i + 1)
        cells = [d.date(v[0], "dmy")] + list(v[1:])
        d.expect.append(v[7])
        cx = 45
        for w, t in zip(widths, cells):
            d.hand(cx + 4, ry + 8, t, 11)
            cx += w
        d.vital("weight", v[2], "kg", note="visit " + v[0])
        d.vital("blood_pressure", v[3], "mmHg", note="visit " + v[0])
        d.lab("Urine protein", v[4], None, None, None, v[0])
    d.mn("vitals", "FHR", "other", "fetal heart rate (column 'FHR (/min)'), not the patient's")
    nrow = len(visits) + 2
    d.c.setLineWidth(0.6)
    d.c.rect(45, ytab - rh * (nrow - 1), sum(widths), rh * (nrow - 1) + 20, stroke=1, fill=0)
    for i in range(nrow):
        d.c.line(45, ytab - rh * i, 45 + sum(widths), ytab - rh * i)
    cx = 45
    for w in widths[:-1]:
        cx += w
        d.c.line(cx, y, cx, ytab - rh * (nrow - 1))
    y = ytab - rh * (nrow - 1) - 14
    d.hand(50, y - 4, "05/08: Hb 9.6 g/dL - mild anaemia, iron increased to bd", 11)
    hb2 = d.lab("Hb", "9.6", "g/dL", None, None, "2025-08-05")
    d.expect.append("05/08")
    y -= 30
    d.text(45, y, "TETANUS-DIPHTHERIA (Td) IMMUNISATION", FB, 10, color=PINK)
    y -= 6
    td = [("Td1", "2025-07-08", "TD-5521"), ("Td2", "2025-08-05", "TD-5521"), ("Td3", None, None)]
    rows = [["Dose", "Date given", "Batch", "Next due"]]
    d.table(45, y, [60, 100, 100, 120], rows, f=F, hf=FB, size=8.5, rules="grid", gray=0.4)
    ry = d.y
    for i, (dose, on, lot) in enumerate(td):
        r_y = ry - 20 * (i + 1)
        d.c.setLineWidth(0.5)
        d.c.rect(45, r_y, 380, 20, stroke=1, fill=0)
        for bx in (105, 205, 305):
            d.c.line(bx, r_y, bx, r_y + 20)
        d.text(50, r_y + 6, dose, FB, 9)
        if on:
            d.hand(110, r_y + 5, d.date(on, "dmy"), 11)
            d.hand(210, r_y + 5, lot, 11)
            d.imm("Td" + dose[-1], on, dose_number=int(dose[-1]), lot=lot, ambiguous=True,
                  aliases=["Tetanus-diphtheria (Td)"])
        nxt = {"Td1": "08/08/2025", "Td2": "05/02/2026"}.get(dose)
        if nxt:
            d.hand(310, r_y + 5, nxt, 11)
            d.expect.append(nxt)
    d.mn("immunizations", "Td3", "due", "next due 05/02/2026")
    y = ry - 20 * 3 - 22
    d.text(45, y, "IPTp-SP (sulfadoxine-pyrimethamine) - give under DOT at the clinic", FB, 10,
           color=PINK)
    y -= 24
    for i, (dose, on) in enumerate([("IPTp 1", "2025-07-08"), ("IPTp 2", "2025-08-05")]):
        d.text(50 + i * 180, y, dose + ":", FB, 9)
        d.hand(95 + i * 180, y, d.date(on, "dmy"), 11)
    d.med("sulfadoxine-pyrimethamine", None, None, None, "active", route="oral",
          aliases=["IPTp-SP"], optional=True,
          note="monthly preventive doses taken under direct observation at the clinic")
    y -= 26
    d.text(45, y, "SUPPLEMENTS AND OTHER MEDICINES", FB, 10, color=PINK)
    sup = [("Ferrous sulphate 200mg bd (increased 05/08/2025)",
            dict(name="Ferrous sulphate", dose="200", unit="mg", frequency="bd",
                 status="changed")),
           ("Folic acid 5mg daily", dict(name="Folic acid", dose="5", unit="mg",
                                         frequency="daily")),
           ("Mebendazole 500mg stat - given 08/07/2025", None)]
    for line, kw in sup:
        y -= 22
        d.hline(45, d.W - 45, y - 3, 0.3, 0.6)
        d.hand(52, y, line, 11.5)
        if kw:
            name = kw.pop("name")
            d.med(name, kw.pop("dose"), kw.pop("unit"), kw.pop("frequency"),
                  kw.pop("status", "active"), route="oral")
    d.expect.append("05/08/2025")
    d.mn("medications", "Mebendazole", "other", "single dose given at the clinic")
    y -= 24
    d.text(45, y, "ITN given:", FB, 9)
    d.hand(105, y, "Yes - 10/06/2025", 11)
    d.text(300, y, "Midwife:", FB, 9)
    d.signature(350, y, "A. Owusu")
    d.notes.append("Fetal heart rate (FHR) is must_not for vitals; every visit's weight and BP "
                   "are vital rows; each visit's urine protein is a lab row with that visit's "
                   "date.")
    d.notes.append("IPTp-SP doses taken under direct observation are an optional medication "
                   "row; the single mebendazole dose given at the clinic is must_not.")
    d.notes.append("Td dates 08/07/2025 and 05/08/2025 have day and month <= 12 and the book "
                   "does not state the order: date_ambiguous true, read DD/MM as Ghana writes "
                   "dates.")
    out, truth = d.finish()
    return d, out, truth


# ======================================================================================
# driver
# ======================================================================================
def generate(root, preview=None):
    _imports()
    docs_dir = os.path.join(root, "docs")
    truth_dir = os.path.join(root, "truth")
    for d in (docs_dir, truth_dir):
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(d):
            os.remove(os.path.join(d, name))
    notes, styles, truths = [], {}, []
    for fn in DOCS:
        d, out, truth = fn()
        with open(os.path.join(root, truth["file"]), "wb") as fh:
            fh.write(out)
        with open(os.path.join(truth_dir, d.stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        truths.append(truth)
        notes.append((d.stem, d.notes))
        styles[d.stem] = sorted(d.date_styles)
        if preview:
            render_preview(root, truth, preview)
    # set-level checks
    assert len(truths) >= 20
    assert len({t["country"] for t in truths}) >= 15
    assert sum(1 for t in truths if not t["text_layer"]) >= 5
    stems = [os.path.splitext(os.path.basename(t["file"]))[0] for t in truths]
    assert len(set(stems)) == len(stems)
    with open(os.path.join(root, "MANIFEST.sha256"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(manifest_lines(root)) + "\n")
    write_readme(root, truths, notes, styles)
    return truths


def render_preview(root, truth, outdir):
    os.makedirs(outdir, exist_ok=True)
    p = os.path.join(root, truth["file"])
    stem = os.path.splitext(os.path.basename(p))[0]
    if p.endswith(".jpg"):
        Image.open(p).save(os.path.join(outdir, stem + "_p1.png"))
        return
    pdf = pdfium.PdfDocument(p)
    for i in range(len(pdf)):
        pdf[i].render(scale=1.6).to_pil().save(os.path.join(outdir, f"{stem}_p{i + 1}.png"))
    pdf.close()


STYLE_NAMES = {
    "dmy": "DD/MM/YYYY", "mdy": "MM/DD/YYYY", "iso": "YYYY-MM-DD (ISO)", "ymd/": "YYYY/MM/DD",
    "dmy.": "DD.MM.YYYY", "dmyy": "DD/MM/YY", "d-mon-y": "12-Mar-2025",
    "d mon y": "12 Mar 2025", "d-mon-yy": "12-Mar-25", "ord": "3rd November 2025",
    "mon d, y": "Mar 04, 2025", "month d, y": "March 4, 2025", "d month y": "4 March 2025",
}

GLOBAL_CALLS = [
    "Truth rows are what a careful clinician would enter as current facts from the document. "
    "Stopped and completed medicines are rows with that status AND a must_not row "
    "(why 'stopped'); held medicines are rows with status 'held'; medicines given only in "
    "hospital / the ED / the clinic as a one-off are must_not (why 'other'), not rows.",
    "Past / resolved conditions (a 'Past problems' list, 'resolved', 'treatment completed', "
    "an old operation) are must_not (why 'historical'), not condition rows. Chronic "
    "conditions listed under past medical history without any sign of resolution are "
    "active rows.",
    "Labs: one row per result per date column; blank cells give no row. value_text is the "
    "printed value without the flag letter; value_numeric is null for words, ranges like "
    "'21-50' and censored values ('<50', '>90'). reference_low/high are parsed from the "
    "printed range ('<200' gives only a high bound, '> OR = 60' only a low bound). When a "
    "range is printed and the value is inside it the flag is 'normal'; with no range the "
    "flag is null; a qualitative result that differs from a word reference ('Trace' vs "
    "'Negative') is 'abnormal' when the lab flags it.",
    "Vitals carry no date. Where a document lists several measurements of the same kind "
    "(triage and repeat vitals, several antenatal or growth visits), every measurement is a "
    "row. Temperatures and weights printed in two units give the first printed unit as the "
    "row and the other as also_ok.",
    "Immunisations: only vaccines recorded as given are rows. Due, scheduled, recommended, "
    "declined / refused vaccines are must_not. date_ambiguous is true only where the "
    "document does not state the date order and both day and month are <= 12.",
    "Patient-reported home readings in a telehealth note are optional rows.",
    "must_not names are written as printed. 'Not a current fact' includes negated findings, "
    "family history, planned / 'consider' items, pending or not-performed tests, "
    "leaflet text and 'No' tick boxes. Headings, signatures and interpretive comment text "
    "are listed only where they contain a clinical word an extractor could pick up.",
]


def write_readme(root, truths, notes, styles):
    L = []
    L.append("# Held-out extraction set 7 (synthetic)")
    L.append("")
    L.append("An independent test set for the document-to-clinical-data extractor: "
             f"{len(truths)} synthetic English-language documents from "
             f"{len({t['country'] for t in truths})} countries / health systems, with a "
             "hand-written truth file per document. The set was written only against the output "
             "schema (`pipeline/clinical/schema.py`); no extractor code, tests, samples or other "
             "benchmark sets were read while writing it, and no extractor or scorer was run.")
    L.append("")
    L.append("Every person, identifier, address, phone number and lot number is invented (test "
             "ranges or zero-filled). Every page carries the footer "
             f"\"{FOOTER}\".")
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("```")
    L.append("make_heldout7.py      deterministic generator (docs/, truth/, MANIFEST.sha256, README.md)")
    L.append("docs/NN_cc_name.*     the documents (PDF with text layer, image-only PDF, or JPEG)")
    L.append("truth/NN_cc_name.json one truth file per document, same stem")
    L.append("MANIFEST.sha256       sha256 of every file in docs/ and truth/")
    L.append("```")
    L.append("")
    L.append("Regenerate with `python make_heldout7.py`; verify with `python make_heldout7.py "
             "--check` (exits non-zero on a mismatch); print the table with `--table`.")
    L.append("")
    L.append("## Documents")
    L.append("")
    L.append(table_text(truths, markdown=True))
    L.append("")
    L.append("Counts are non-optional rows per category; 'optional' rows count neither way.")
    L.append("")
    L.append("## Date styles used")
    L.append("")
    L.append("| file | country | printed date styles |")
    L.append("|---|---|---|")
    for t in truths:
        stem = os.path.splitext(os.path.basename(t["file"]))[0]
        st = ", ".join(STYLE_NAMES[s] for s in styles.get(stem, []))
        L.append(f"| {os.path.basename(t['file'])} | {t['country']} | {st} |")
    L.append("")
    L.append("## Judgement calls")
    L.append("")
    L.append("General conventions:")
    L.append("")
    for g in GLOBAL_CALLS:
        L.append(f"- {g}")
    L.append("")
    L.append("Per document:")
    L.append("")
    for stem, ns in notes:
        if not ns:
            continue
        L.append(f"- **{stem}**")
        for n in ns:
            L.append(f"  - {n}")
    L.append("")
    L.append("## Checks made by the generator")
    L.append("")
    for c_ in [
        "Every truth string (names, brands, doses, units, frequencies, values, reference "
        "texts, reactions, severities, lots, vaccine names, aliases, must_not names) and every "
        "printed date used for a row occurs in the PDF text (case- and whitespace-insensitive; "
        "for scans, in the PDF before rasterising).",
        "Every lab flag agrees with the value against the printed range (high above, low "
        "below, normal inside, critical only outside; null where no range is printed).",
        "Every page has the synthetic-document footer; the page count matches the truth.",
        "Image-only PDFs contain no font and no text characters; JPEG files are plain images.",
        "No must_not name equals a true row of the same category (except stopped / completed "
        "medicine rows).",
        "Scans: rendered at 150-200 dpi, rotated by at most 2 degrees, blurred, with noise, "
        "speckles, uneven light and JPEG compression.",
        "Determinism: reportlab invariant mode, fixed seeds, no clock reads; the generator was "
        "run twice and the two MANIFEST.sha256 files were identical.",
        "Every page was rendered to PNG and looked at.",
    ]:
        L.append(f"- {c_}")
    L.append("")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify MANIFEST.sha256 only")
    ap.add_argument("--table", action="store_true", help="print the documents table")
    ap.add_argument("--preview", metavar="DIR", help="render every page to PNG in DIR")
    a = ap.parse_args(argv)
    if a.check:
        return check_manifest(HERE)
    if a.table:
        print(table_text(load_truths(HERE), markdown=False))
        return 0
    truths = generate(HERE, a.preview)
    print(table_text(truths, markdown=False))
    return check_manifest(HERE)


if __name__ == "__main__":
    sys.exit(main())
