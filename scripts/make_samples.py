"""Write the synthetic sample documents and their ground truth into ``samples/``.

Every person, place, code and number here is made up. The output is deterministic
(fixed seeds, fixed dates, reportlab ``invariant=1``), so re-running the script
produces byte-identical files.

Usage: ``.venv/bin/python scripts/make_samples.py [--out samples]``
"""

from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = letter  # points
TOP_MARGIN = 60.0
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
SYNTHETIC_NOTE = "SYNTHETIC TEST DOCUMENT - NOT A REAL PATIENT"


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Line:
    """One drawn line: cells at x positions (fractions of the page width)."""

    cells: tuple[tuple[float, str], ...]
    size: float = 10.0
    bold: bool = False
    gap: float = 0.0  # extra space above, in points

    @property
    def text(self) -> str:
        return " ".join(text for _, text in self.cells if text)


def line(
    text: str, *, x: float = 0.1, size: float = 10.0, bold: bool = False, gap: float = 0.0
) -> Line:
    return Line(((x, text),), size=size, bold=bold, gap=gap)


def row(
    *cells: tuple[float, str], size: float = 10.0, bold: bool = False, gap: float = 0.0
) -> Line:
    return Line(tuple(cells), size=size, bold=bold, gap=gap)


def baselines(lines: list[Line], top: float = TOP_MARGIN) -> list[float]:
    """Baseline of each line, in points from the top of the page."""
    y = top
    out = []
    for ln in lines:
        y += ln.gap + ln.size * 1.5
        out.append(y)
    return out


def draw_pdf(
    path: Path,
    pages: list[list[Line]],
    *,
    encrypt: str | None = None,
    title: str = "Synthetic sample",
) -> None:
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1, encrypt=encrypt)
    pdf.setTitle(title)
    pdf.setAuthor("docpipe make_samples.py")
    for page in pages:
        for ln, y in zip(page, baselines(page), strict=True):
            pdf.setFont("Helvetica-Bold" if ln.bold else "Helvetica", ln.size)
            for x, text in ln.cells:
                if text:
                    pdf.drawString(x * PAGE_W, PAGE_H - y, text)
        pdf.showPage()
    pdf.save()


def find_font(name: str) -> Path:
    for folder in FONT_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
        if folder.is_dir():
            for candidate in sorted(folder.rglob(name)):
                return candidate
    raise SystemExit(f"font {name} not found; install fonts-dejavu-core")


def render_page(
    lines: list[Line], *, dpi: int, width_in: float, height_in: float, paper: int = 255
) -> Image.Image:
    """Draw lines on a white page image, the same layout as the PDFs, in DejaVu Sans."""
    scale = dpi / 72.0
    size = (round(width_in * dpi), round(height_in * dpi))
    img = Image.new("L", size, paper)
    draw = ImageDraw.Draw(img)
    regular, bold = find_font("DejaVuSans.ttf"), find_font("DejaVuSans-Bold.ttf")
    fonts: dict[tuple[float, bool], ImageFont.FreeTypeFont] = {}
    for ln, y in zip(lines, baselines(lines, top=TOP_MARGIN * 0.7), strict=True):
        key = (ln.size, ln.bold)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(str(bold if ln.bold else regular), ln.size * scale)
        for x, text in ln.cells:
            if text:
                draw.text((x * size[0], y * scale), text, fill=20, font=fonts[key], anchor="ls")
    return img


def add_noise(img: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0.0, sigma, arr.shape).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode=img.mode)


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


# --------------------------------------------------------------------------- truth


def truth(document_type: str, pages: list[list[Line]], **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "document_type": document_type,
        "page_count": len(pages),
        "pages": [[ln.text for ln in page] for page in pages],
        "service_date": None,
        "provider_name": None,
        "facility_name": None,
        "medications": [],
        "labs": [],
        "vitals": [],
        "allergies": [],
        "conditions": [],
        "immunizations": [],
    }
    unknown = set(fields) - set(out)
    if unknown:
        raise ValueError(f"unknown truth fields: {sorted(unknown)}")
    out.update(fields)
    return out


def write_truth(out: Path, stem: str, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    (out / f"{stem}.truth.json").write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class Lab:
    """One lab row as printed; ``truth()`` gives its ground-truth record."""

    test_name: str
    value_text: str
    unit: str
    reference: str  # "low-high" exactly as printed
    flag: str  # normal | high | low

    def truth(self) -> dict[str, Any]:
        low, high = self.reference.split("-")
        return {
            "test_name": self.test_name,
            "value_text": self.value_text,
            "value_numeric": float(self.value_text),
            "unit": self.unit,
            "reference_low": float(low),
            "reference_high": float(high),
            "flag": self.flag,
        }


FLAG_LETTER = {"high": "H", "low": "L", "normal": ""}
LAB_COLS = (0.08, 0.36, 0.50, 0.66, 0.86)


def lab_rows(labs: list[Lab]) -> list[Line]:
    rows = [
        row(
            *zip(LAB_COLS, ("Test", "Result", "Unit", "Reference range", "Flag"), strict=True),
            bold=True,
            gap=6,
        )
    ]
    for item in labs:
        cells = (item.test_name, item.value_text, item.unit, item.reference, FLAG_LETTER[item.flag])
        rows.append(row(*zip(LAB_COLS, cells, strict=True)))
    return rows


def med(name: str, dose: str, unit: str, route: str, frequency: str) -> dict[str, Any]:
    return {"name": name, "dose": dose, "unit": unit, "route": route, "frequency": frequency}


def med_text(m: dict[str, Any]) -> str:
    return f"{m['name']} {m['dose']} {m['unit']} {m['route']} {m['frequency']}"


# --------------------------------------------------------------------------- documents


def make_lab_report(out: Path) -> None:
    facility, provider, day = "Northwind Community Laboratory", "Dr. Alan Example", "2024-03-14"
    labs = [
        Lab("Hemoglobin", "13.5", "g/dL", "12.0-16.0", "normal"),
        Lab("WBC", "11.8", "10^3/uL", "4.0-11.0", "high"),
        Lab("Platelets", "250", "10^3/uL", "150-400", "normal"),
        Lab("Glucose", "126", "mg/dL", "70-99", "high"),
        Lab("Creatinine", "0.9", "mg/dL", "0.6-1.1", "normal"),
        Lab("Sodium", "133", "mmol/L", "135-145", "low"),
        Lab("Potassium", "4.2", "mmol/L", "3.5-5.1", "normal"),
        Lab("LDL Cholesterol", "162", "mg/dL", "0-129", "high"),
        Lab("HbA1c", "6.1", "%", "4.0-5.6", "high"),
    ]
    page = [
        line(facility, size=16, bold=True),
        line("1200 Example Avenue, Springfield, ST 00000 - Tel (555) 010-0100", size=9),
        line("LABORATORY REPORT", size=13, bold=True, gap=10),
        row((0.1, "Patient: Jane Testpatient"), (0.55, "MRN: TEST-000123"), gap=6),
        row((0.1, "Date of birth: 1980-01-01"), (0.55, "Sex: F")),
        row((0.1, f"Date of service: {day}"), (0.55, "Collected: 08:15")),
        line(f"Ordering provider: {provider}"),
        line("Specimen: Blood, venous"),
        *lab_rows(labs),
        line("Flags: H = above reference range, L = below reference range", size=9, gap=10),
        line("Results verified by: M. Sample, MLS", size=9),
        line(f"Report generated: {day} 14:02", size=9),
        line(SYNTHETIC_NOTE, size=8, gap=14),
    ]
    draw_pdf(out / "lab_report.pdf", [page], title="Laboratory report")
    write_truth(
        out,
        "lab_report",
        truth(
            "lab_result",
            [page],
            service_date=day,
            provider_name=provider,
            facility_name=facility,
            labs=[item.truth() for item in labs],
        ),
    )


def make_prescription_scan(out: Path) -> None:
    facility, provider, day = "Riverside Family Medicine", "Dr. Maria Placeholder", "2024-05-02"
    meds = [
        med("Amoxicillin", "500", "mg", "PO", "three times daily"),
        med("Ibuprofen", "400", "mg", "PO", "every 8 hours as needed"),
        med("Lisinopril", "10", "mg", "PO", "once daily"),
        med("Albuterol", "90", "mcg", "inhaled", "every 6 hours as needed"),
    ]
    dispense = [
        "Dispense: 21 capsules, Refills: 0",
        "Dispense: 30 tablets, Refills: 1",
        "Dispense: 30 tablets, Refills: 3",
        "Dispense: 1 inhaler, Refills: 2",
    ]
    page = [
        line(facility, size=18, bold=True),
        line("45 Sample Street, Springfield, ST 00000", size=11),
        line(provider, size=13, bold=True, gap=8),
        line("License no. TEST-44821", size=11),
        line("PRESCRIPTION", size=16, bold=True, gap=14),
        row((0.1, f"Date: {day}"), size=12, gap=6),
        row((0.1, "Patient: John Testpatient"), (0.55, "DOB: 1975-06-15"), size=12),
        line("Allergies: Sulfonamides (hives)", size=12),
    ]
    for i, (m, disp) in enumerate(zip(meds, dispense, strict=True), start=1):
        page.append(line(f"{i}. {med_text(m)}", size=12, gap=10))
        page.append(line(disp, x=0.14, size=11))
    page += [
        line(f"Signed: {provider}", size=12, gap=24),
        line(SYNTHETIC_NOTE, size=9, gap=16),
    ]

    dpi = 200
    img = render_page(page, dpi=dpi, width_in=8.5, height_in=11.0, paper=246)
    rng = np.random.default_rng(20240502)
    img = img.rotate(1.5, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=246)
    img = add_noise(img, rng, sigma=5.0).filter(ImageFilter.GaussianBlur(0.6))
    data = jpeg_bytes(img, quality=45)

    pdf = canvas.Canvas(str(out / "prescription_scan.pdf"), pagesize=letter, invariant=1)
    pdf.setTitle("Scanned prescription")
    pdf.setAuthor("docpipe make_samples.py")
    # Only an image, no text layer: the pipeline must OCR this page.
    pdf.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=PAGE_W, height=PAGE_H)
    pdf.showPage()
    pdf.save()
    write_truth(
        out,
        "prescription_scan",
        truth(
            "prescription",
            [page],
            service_date=day,
            provider_name=provider,
            facility_name=facility,
            medications=meds,
            allergies=[{"substance": "Sulfonamides", "reaction": "hives"}],
        ),
    )


def make_discharge_summary(out: Path) -> None:
    facility, provider = "St. Example General Hospital", "Dr. Robert Sample"
    admitted, discharged = "2024-02-10", "2024-02-14"
    conditions = [
        {"name": "Community-acquired pneumonia", "icd10_code": "J18.9"},
        {"name": "Type 2 diabetes mellitus without complications", "icd10_code": "E11.9"},
        {"name": "Essential hypertension", "icd10_code": "I10"},
        {"name": "Hyperlipidemia, unspecified", "icd10_code": "E78.5"},
    ]
    allergies = [
        {"substance": "Penicillin", "reaction": "hives"},
        {"substance": "Shellfish", "reaction": "throat swelling"},
    ]
    vitals = [
        {
            "kind": "blood_pressure",
            "value_text": "128/82",
            "value_numeric": 128.0,
            "value_secondary": 82.0,
            "unit": "mmHg",
        },
        {
            "kind": "heart_rate",
            "value_text": "76",
            "value_numeric": 76.0,
            "value_secondary": None,
            "unit": "bpm",
        },
        {
            "kind": "temperature",
            "value_text": "37.1",
            "value_numeric": 37.1,
            "value_secondary": None,
            "unit": "C",
        },
        {
            "kind": "respiratory_rate",
            "value_text": "16",
            "value_numeric": 16.0,
            "value_secondary": None,
            "unit": "/min",
        },
        {
            "kind": "oxygen_saturation",
            "value_text": "97",
            "value_numeric": 97.0,
            "value_secondary": None,
            "unit": "%",
        },
        {
            "kind": "weight",
            "value_text": "72",
            "value_numeric": 72.0,
            "value_secondary": None,
            "unit": "kg",
        },
    ]
    vital_labels = [
        "Blood pressure",
        "Heart rate",
        "Temperature",
        "Respiratory rate",
        "SpO2",
        "Weight",
    ]
    labs = [
        Lab("WBC", "9.2", "10^3/uL", "4.0-11.0", "normal"),
        Lab("Hemoglobin", "12.8", "g/dL", "12.0-16.0", "normal"),
        Lab("Glucose", "182", "mg/dL", "70-99", "high"),
    ]
    meds = [
        med("Azithromycin", "250", "mg", "PO", "once daily"),
        med("Metformin", "500", "mg", "PO", "twice daily"),
        med("Lisinopril", "10", "mg", "PO", "once daily"),
        med("Atorvastatin", "20", "mg", "PO", "at bedtime"),
    ]

    def header(n: int) -> list[Line]:
        return [
            line(facility, size=15, bold=True),
            row((0.1, "DISCHARGE SUMMARY"), (0.62, f"Page {n} of 3"), size=11, bold=True),
            row((0.1, "Patient: Jane Testpatient"), (0.62, "MRN: TEST-000123"), size=9),
        ]

    page1 = [
        *header(1),
        row(
            (0.1, f"Date of admission: {admitted}"),
            (0.55, f"Date of discharge: {discharged}"),
            gap=10,
        ),
        line(f"Attending physician: {provider}"),
        line("Date of birth: 1980-01-01"),
        line("DISCHARGE DIAGNOSES", size=11, bold=True, gap=10),
        *(
            line(f"{i}. {c['name']} ({c['icd10_code']})", x=0.12)
            for i, c in enumerate(conditions, start=1)
        ),
        line("ALLERGIES", size=11, bold=True, gap=10),
        *(line(f"{a['substance']} - reaction: {a['reaction']}", x=0.12) for a in allergies),
        line("HOSPITAL COURSE", size=11, bold=True, gap=10),
        line("The patient presented with three days of fever, productive cough and"),
        line("shortness of breath. Chest X-ray showed a right lower lobe infiltrate."),
        line("She was treated with intravenous ceftriaxone and oral azithromycin,"),
        line("with steady improvement. Blood glucose was elevated on admission and"),
        line("was managed with a sliding scale; home metformin was resumed on day 2."),
        line("Oxygen was weaned to room air on day 3. She remained afebrile for more"),
        line("than 48 hours before discharge and was ambulating without assistance."),
    ]
    page2 = [
        *header(2),
        line("VITAL SIGNS AT DISCHARGE", size=11, bold=True, gap=10),
        *(
            row((0.12, f"{label}:"), (0.4, f"{v['value_text']} {v['unit']}"))
            for label, v in zip(vital_labels, vitals, strict=True)
        ),
        line("LABORATORY RESULTS (2024-02-13)", size=11, bold=True, gap=10),
        *lab_rows(labs),
        line("CONDITION AT DISCHARGE", size=11, bold=True, gap=10),
        line("Stable. Alert and oriented. Tolerating a regular diabetic diet."),
        line("Lungs with scattered crackles at the right base, improving."),
    ]
    page3 = [
        *header(3),
        line("DISCHARGE MEDICATIONS", size=11, bold=True, gap=10),
        *(line(f"{i}. {med_text(m)}", x=0.12) for i, m in enumerate(meds, start=1)),
        line("Azithromycin to be continued for 2 more days, then stop.", gap=4),
        line("FOLLOW-UP", size=11, bold=True, gap=10),
        line("Primary care follow-up in 1 week. Repeat chest X-ray in 6 weeks."),
        line("Return to the emergency department for fever, chest pain or worsening"),
        line("shortness of breath."),
        line(f"Electronically signed: {provider}, {discharged}", gap=20),
        line(SYNTHETIC_NOTE, size=8, gap=14),
    ]
    pages = [page1, page2, page3]
    draw_pdf(out / "discharge_summary.pdf", pages, title="Discharge summary")
    write_truth(
        out,
        "discharge_summary",
        truth(
            "discharge_summary",
            pages,
            service_date=discharged,
            provider_name=provider,
            facility_name=facility,
            medications=meds,
            labs=[item.truth() for item in labs],
            vitals=vitals,
            allergies=allergies,
            conditions=conditions,
        ),
    )


def make_vaccination_record(out: Path) -> None:
    facility, provider = "Lakeside Public Health Clinic", "Dr. Lena Mock"
    shots = [
        ("Influenza (IIV4)", 1, "2023-10-12", "FL4821A"),
        ("COVID-19 mRNA", 3, "2023-10-12", "CV9920B"),
        ("Tdap", 1, "2021-06-03", "TD5531C"),
        ("Hepatitis B", 1, "2019-01-15", "HB1001D"),
        ("Hepatitis B", 2, "2019-02-15", "HB1002E"),
        ("Hepatitis B", 3, "2019-07-15", "HB1003F"),
    ]
    cols = (0.06, 0.42, 0.54, 0.74)

    def us_date(iso: str) -> str:
        y, m, d = iso.split("-")
        return f"{m}/{d}/{y}"

    page = [
        line("IMMUNIZATION RECORD", x=0.06, size=16, bold=True),
        line(facility, x=0.06, size=11),
        row((0.06, "Patient: Jane Testpatient"), (0.54, "DOB: 01/01/1980"), size=11, gap=4),
        row(
            *zip(cols, ("Vaccine", "Dose", "Date given", "Lot number"), strict=True),
            size=11,
            bold=True,
            gap=8,
        ),
        *(
            row(*zip(cols, (v, str(n), us_date(d), lot), strict=True), size=11)
            for v, n, d, lot in shots
        ),
        line(f"Authorized by: {provider}", x=0.06, size=11, gap=10),
        line(SYNTHETIC_NOTE, x=0.06, size=8, gap=4),
    ]
    card = render_page(page, dpi=150, width_in=8.5, height_in=5.5, paper=250).convert("RGB")
    card = card.filter(ImageFilter.GaussianBlur(0.5))

    # A photo of the card lying on a desk: tilted, slightly skewed, unevenly lit, noisy.
    rng = np.random.default_rng(20231012)
    desk_w, desk_h = 1500, 1050
    photo = Image.new("RGB", (desk_w, desk_h), (118, 96, 74))
    tilted = card.rotate(
        -1.2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(118, 96, 74)
    )
    photo.paste(tilted, ((desk_w - tilted.width) // 2, (desk_h - tilted.height) // 2))
    # Mild perspective: the far edge looks a little narrower than the near one.
    w, h = photo.size
    src_quad = (-18.0, 0.0, -6.0, float(h), float(w) + 6.0, float(h), float(w) + 18.0, 0.0)
    photo = photo.transform(
        (w, h),
        Image.Transform.QUAD,
        src_quad,
        resample=Image.Resampling.BICUBIC,
        fillcolor=(118, 96, 74),
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.72 + 0.30 * (xx / w) * 0.6 + 0.30 * (1 - yy / h) * 0.4
    arr = np.asarray(photo, dtype=np.float32) * light[..., None]
    arr += rng.normal(0.0, 4.0, arr.shape).astype(np.float32)
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="RGB")
    (out / "vaccination_record.jpg").write_bytes(jpeg_bytes(photo, quality=70))

    immunizations = [
        {"vaccine": v, "dose_number": n, "administered_on": d, "lot_number": lot}
        for v, n, d, lot in shots
    ]
    write_truth(
        out,
        "vaccination_record",
        truth(
            "immunization_record",
            [page],
            provider_name=provider,
            facility_name=facility,
            immunizations=immunizations,
        ),
    )


# --------------------------------------------------------------------------- bad files


def pdf_with_javascript() -> bytes:
    """A tiny hand-built PDF whose /OpenAction runs JavaScript (harmless alert)."""
    stream = b"BT /F1 14 Tf 72 720 Td (This PDF runs JavaScript when opened.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Action /S /JavaScript /JS (app.alert\\('synthetic sample'\\);) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_bad_files(out: Path) -> None:
    good = (out / "lab_report.pdf").read_bytes()
    # Truncated mid-file, with a run of garbage: what a broken upload looks like.
    rng = random.Random(1337)
    cut = bytearray(good[: len(good) * 55 // 100])
    start = len(cut) // 2
    cut[start : start + 64] = bytes(rng.randrange(256) for _ in range(64))
    (out / "corrupt.pdf").write_bytes(bytes(cut))

    page = [
        line("This document is password protected.", size=14),
        line(SYNTHETIC_NOTE, size=8, gap=14),
    ]
    draw_pdf(out / "encrypted.pdf", [page], encrypt="docpipe-sample", title="Encrypted")

    (out / "javascript.pdf").write_bytes(pdf_with_javascript())
    (out / "empty.pdf").write_bytes(b"")
    (out / "fake.png").write_bytes(good)  # a PDF wearing a .png name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "samples")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    make_lab_report(out)
    make_prescription_scan(out)
    make_discharge_summary(out)
    make_vaccination_record(out)
    make_bad_files(out)
    total = 0
    for path in sorted(out.iterdir()):
        if path.is_file():
            total += path.stat().st_size
            print(f"{path.stat().st_size:>9}  {path.name}")
    print(f"{total:>9}  total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
