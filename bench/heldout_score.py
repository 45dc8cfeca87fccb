"""Precision, recall and must-not violations of an extractor on a frozen held-out set.

Each set (``bench/heldout/``, ``bench/heldout2/`` ... ``bench/heldout32/``) was written by
someone given only the output schema, never the extractor's rules. Sets 1-30 have been read
for error analysis (set 30 after its blind figures with 2.25.0 were taken); set 31 was
scored blind with 2.26.0 and is read next; set 32 is held out. Never tune rules to a
held-out set; write a new set instead (docs/benchmarks.md).

Each document is read the way the pipeline reads it (text layer or OCR through
``adapters.ocr``), then passes 1 and 2 run (pass 2 = the extractor, then the validity
gate), and the extraction is scored against the document's truth:

- an extracted item matches a truth item by name (the truth's ``name``/``brand``/``aliases``:
  equal or similar after normalising, or every word of the shorter name in the longer; since
  extractor 2.9.0 a name that gives another in brackets, "ALT (SGPT)", is matched by either)
  and by its key value (dose; numeric value; date of administration);
- a truth item whose status is not current (a medication stopped, held or completed) is
  matched only by an item that carries that status, so an extractor that cannot say
  "stopped" misses it and its current-looking row counts against precision;
- ``optional`` truth items count neither as misses nor as false positives;
- only confirmed rows are scored: a row the validity gate sent to review
  (``requires_review``) is counted apart, and so is a row kept only as an attribute
  (an allergy or condition that is negated, of the family or hypothetical; a vaccine
  that is due, planned or refused): neither is written as a current fact;
- a must-not violation is an extracted item that matches no truth item and names a
  ``must_not`` row of its category (a negated allergy, a stopped medication written as
  current, a vaccine that is only due, a signature line taken for an allergy...). An item
  written as what it is breaks no such rule: a medication stopped, held or completed, and
  (since extractor 2.5.0) a condition written resolved or historical, which the current
  problem list leaves out;
- (since extractor 2.6.0) a condition written resolved or historical that names a must-not
  row "historical" counts neither way: it agrees with the truth, which lists no row for it;
- (since extractor 2.15.0) a number with a decimal comma ("2,5" mg, as the sets in other
  languages write doses) is read as a decimal, a comma before three digits ("1,000") as
  thousands.

    .venv/bin/python bench/heldout_score.py [--set bench/heldout31] [--engine rapidocr] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from tests.extractors.scoring import RULES, names_match, normalise_name  # noqa: E402

HELDOUT = ROOT / "bench" / "heldout"
CATEGORIES = tuple(RULES)
NAME_FIELD = {category: rule.name for category, rule in RULES.items()}
#: Medication statuses that mean "the patient is not taking it now".
NOT_CURRENT = frozenset({"stopped", "held", "completed", "discontinued", "ceased"})

MIME_BY_SUFFIX = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg"}

Item = Mapping[str, Any]


@dataclass
class Tally:
    matched: int = 0
    predicted: int = 0
    expected: int = 0
    violations: list[str] = field(default_factory=list)
    set_aside: int = 0  # rows sent to review or kept only as attributes

    def add(self, other: Tally) -> None:
        self.set_aside += other.set_aside
        self.matched += other.matched
        self.predicted += other.predicted
        self.expected += other.expected
        self.violations.extend(other.violations)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def _words(text: str) -> set[str]:
    return {w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split() if w}


#: "ALT (SGPT)", "White Blood Cells (WBC)": a name and another name for it in brackets.
_BRACKETED_NAME = re.compile(r"^(?P<outside>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*$")


def _name_forms(name: str) -> list[str]:
    """The name, and each of its two parts when it gives a second name in brackets."""
    found = _BRACKETED_NAME.match(name)
    return [name, found["outside"], found["inside"]] if found else [name]


def name_matches(extracted: str | None, names: Iterable[str | None]) -> bool:
    if not extracted:
        return False
    mine = _words(extracted)
    for name in names:
        if not name:
            continue
        if any(names_match(a, b) for a in _name_forms(extracted) for b in _name_forms(name)):
            return True
        theirs = _words(name)
        shorter, longer = sorted((mine, theirs), key=len)
        if shorter and sum(len(w) for w in shorter) >= 4 and shorter <= longer:
            return True
    return False


def truth_names(category: str, truth: Item) -> list[str | None]:
    names = [truth.get(NAME_FIELD[category]), truth.get("brand")]
    names.extend(truth.get("aliases") or ())
    return names


def _number(value: object) -> float | None:
    """A number as written: "1,000" (a thousands comma) is 1000, "2,5" and "0,125" (decimal
    commas, as the sets in other languages write doses) are 2.5 and 0.125."""
    text = str(value).strip()
    thousands = re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?", text)  # not "0,125"
    text = text.replace(",", "") if thousands else text.replace(",", ".")
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _same_number(a: object, b: object) -> bool:
    left, right = _number(a), _number(b)
    return left is not None and right is not None and abs(left - right) < 1e-6


def _same_dose(a: object, b: object) -> bool:
    """Equal strengths, also for combinations: "160-4.5" is "160/4.5" (budesonide/formoterol)."""
    if _same_number(a, b):
        return True
    left, right = (re.findall(r"\d+(?:[.,]\d+)?", str(v)) if v is not None else [] for v in (a, b))
    return len(left) > 1 and [_number(x) for x in left] == [_number(x) for x in right]


def _value(row: Item) -> object:
    """A result's number; a result past the assay's limit ("< 0,5") by its limit, as some
    truth files write it and the extractor stores it (a bound, no number)."""
    if row.get("value_numeric") is not None:
        return row.get("value_numeric")
    bound = re.fullmatch(r"\s*[<>≤≥]=?\s*(\d+(?:[.,]\d+)?)\s*", str(row.get("value_text") or ""))
    return bound.group(1).replace(",", ".") if bound else None


def values_match(category: str, item: Item, truth: Item) -> bool:
    if category == "medications":
        status = str(item.get("status") or "active").lower()
        wanted = {str(truth.get("status") or "active").lower()}
        wanted.update(s.lower() for s in truth.get("status_also_ok") or ())
        if (status in NOT_CURRENT) != bool(wanted & NOT_CURRENT):
            return False
        return truth.get("dose") is None or _same_dose(item.get("dose"), truth.get("dose"))
    if category == "labs":
        if item.get("value_numeric") is None and truth.get("value_numeric") is None:
            # A word result ("Negative", "Trace") is matched by its word.
            return _words(str(item.get("value_text") or "")) == _words(
                str(truth.get("value_text") or "")
            )
        return _same_number(_value(item), _value(truth))
    if category == "vitals":
        also = truth.get("also_ok") or ()
        options = [truth, *([also] if isinstance(also, Mapping) else also)]
        return any(
            _same_number(item.get("value_numeric"), option.get("value_numeric"))
            and (
                option.get("value_secondary") is None
                or _same_number(item.get("value_secondary"), option.get("value_secondary"))
            )
            for option in options
        )
    if category == "immunizations":
        return truth.get("administered_on") is None or str(item.get("administered_on")) == str(
            truth.get("administered_on")
        )
    return True  # allergies, conditions: the name is the fact


def score_category(
    category: str, predicted: Sequence[Item], truth: Mapping[str, Any]
) -> tuple[Tally, list[Item]]:
    expected = list(truth.get(category) or ())
    unused = list(expected)
    tally = Tally(expected=sum(1 for t in expected if not t.get("optional")))
    unmatched: list[Item] = []
    for item in predicted:
        hit = next(
            (
                i
                for i, t in enumerate(unused)
                if name_matches(item.get(NAME_FIELD[category]), truth_names(category, t))
                and values_match(category, item, t)
            ),
            None,
        )
        if hit is None:
            tally.predicted += 1
            unmatched.append(item)
            continue
        if not unused[hit].get("optional"):
            tally.predicted += 1
            tally.matched += 1
        del unused[hit]
    for item in unmatched:
        if category == "medications" and item.get("status") not in CURRENT_MEDICATION:
            continue  # "stopped", "held", "completed": written as what it is, not as current
        if category == "conditions" and not _current_condition(item):
            # "resolved" or "historical": off the current problem list. A past problem the
            # truth names as past (a must-not row "historical") counts neither way: the
            # row says what the truth says, but the truth lists no row to match.
            if _names_rule(item, truth, category, whys=("historical",)):
                tally.predicted -= 1
                tally.set_aside += 1
            continue
        for rule in truth.get("must_not") or ():
            if rule.get("category") == category and name_matches(
                item.get(NAME_FIELD[category]), [rule.get("name")]
            ):
                tally.violations.append(
                    f"{category}: {normalise_name(item.get(NAME_FIELD[category]))[:40]}"
                    f" ({rule.get('why')})"
                )
                break
    return tally, unmatched


def _names_rule(
    item: Item, truth: Mapping[str, Any], category: str, *, whys: Sequence[str]
) -> bool:
    return any(
        rule.get("category") == category
        and rule.get("why") in whys
        and name_matches(item.get(NAME_FIELD[category]), [rule.get("name")])
        for rule in truth.get("must_not") or ()
    )


#: Medication statuses that say "the patient takes this now" (a must-not row breaks the
#: rule only when written with one of these).
CURRENT_MEDICATION = frozenset({"active", "new", "changed"})


def _current_condition(item: Item) -> bool:
    """On the patient's current problem list (``patient_current_conditions`` lists only rows
    asserted present; a resolved one is written historical)."""
    status = str(item.get("status") or "").lower()
    return str(item.get("assertion") or "present") == "present" and status != "resolved"


#: Assertions that make an allergy or condition a fact of this patient.
ASSERTED = frozenset({"present", "historical"})


def is_current_fact(category: str, item: Item) -> bool:
    """Written as a confirmed fact of the patient (what precision is about)."""
    if item.get("requires_review"):
        return False
    if category == "allergies":
        # An allergy in the record's current list is a present one: "historical" marks an
        # allergy whose own status says it no longer applies (patient_current_allergies).
        return str(item.get("assertion") or "present") == "present"
    if category == "conditions":
        return str(item.get("assertion") or "present") in ASSERTED
    if category == "immunizations":
        return str(item.get("status") or "given") == "given"
    return True


def score_document(extraction: Mapping[str, Any], truth: Mapping[str, Any]) -> dict[str, Tally]:
    scores: dict[str, Tally] = {}
    for category in CATEGORIES:
        items = extraction.get(category) or ()
        facts = [item for item in items if is_current_fact(category, item)]
        tally = score_category(category, facts, truth)[0]
        tally.set_aside += len(items) - len(facts)
        scores[category] = tally
    return scores


def heldout_truths(folder: Path = HELDOUT) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.stem, json.loads(path.read_text("utf-8")))
        for path in sorted((folder / "truth").glob("*.json"))
    ]


def read_pages(path: Path, engine: str, cache_dir: Path | None) -> list[Any]:
    """Page text as the pipeline reads it, cached by file hash and engine."""
    from adapters.ocr import make_page_reader
    from pipeline.ports import PageText, ScanReport, TextLine

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    # "ticks": the cache of pages read before drawn tick boxes were read is not reused.
    cached = cache_dir / f"{digest}.{engine}.ticks.json" if cache_dir else None
    if cached is not None and cached.is_file():
        rows = json.loads(cached.read_text("utf-8"))
        return [
            PageText(
                r["page"],
                tuple(
                    TextLine(t, tuple(b), c, tuple((x, a, z) for x, a, z in cells))  # type: ignore[arg-type]
                    for t, b, c, cells in r["lines"]
                ),
                engine=r["engine"],
                engine_version=r["version"],
                status=r["status"],
            )
            for r in rows
        ]
    mime = MIME_BY_SUFFIX[path.suffix.lower()]
    report = ScanReport(mime_type=mime, page_count=1, sha256=digest, size_bytes=path.stat().st_size)
    pages = list(make_page_reader(engine).read_pages(path, report))
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        rows = [
            {
                "page": p.page_number,
                "engine": p.engine,
                "version": p.engine_version,
                "status": p.status,
                "lines": [
                    [ln.text, list(ln.bbox), ln.confidence, [list(c) for c in ln.cells]]
                    for ln in p.lines
                ],
            }
            for p in pages
        ]
        cached.write_text(json.dumps(rows), "utf-8")
    return pages


def evaluate(
    engine: str, cache_dir: Path | None, folder: Path = HELDOUT
) -> tuple[dict[str, Tally], list[str]]:
    from adapters.extractors import make_extractor
    from adapters.extractors.vocabulary import shared_vocabulary
    from pipeline.clinical.gate import ValidityGate

    extractor = make_extractor("offline")
    # Pass 2 as the pipeline runs it: the extractor, then the validity gate.
    gate = ValidityGate(shared_vocabulary(), today=date.today())  # noqa: DTZ011 - a calendar date
    totals = {c: Tally() for c in CATEGORIES}
    lines: list[str] = []
    for stem, truth in heldout_truths(folder):
        pages = [p for p in read_pages(folder / truth["file"], engine, cache_dir) if p.lines]
        extraction = gate(extractor.extract_clinical(pages, extractor.find_entities(pages)))
        scores = score_document(extraction.model_dump(mode="json"), truth)
        for category, tally in scores.items():
            totals[category].add(tally)
        violations = sum(len(t.violations) for t in scores.values())
        cells = " ".join(
            f"{t.matched:>3}/{t.predicted:<3}/{t.expected:<3}" for t in scores.values()
        )
        lines.append(f"{stem[:40]:<40} {cells}  must-not {violations}")
    return totals, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "docpipe-heldout")
    parser.add_argument("--json", type=Path, help="write the per-category figures here")
    parser.add_argument(
        "--set", type=Path, default=HELDOUT, help="a held-out folder (docs/, truth/)"
    )
    args = parser.parse_args(argv)
    totals, lines = evaluate(args.engine, args.cache, args.set)
    print(f"{'document':<40} " + " ".join(f"{c[:11]:<11}" for c in CATEGORIES))
    print("\n".join(lines))
    print(
        f"\n{'category':<14} {'P':>6} {'R':>6} {'matched':>8} {'written':>8} {'truth':>6}"
        f" {'review/attr':>11}"
    )
    overall = Tally()
    for category, tally in totals.items():
        overall.add(tally)
        print(
            f"{category:<14} {tally.precision:>6.3f} {tally.recall:>6.3f} "
            f"{tally.matched:>8} {tally.predicted:>8} {tally.expected:>6} {tally.set_aside:>11}"
        )
    print(
        f"{'all':<14} {overall.precision:>6.3f} {overall.recall:>6.3f} "
        f"{overall.matched:>8} {overall.predicted:>8} {overall.expected:>6}"
        f" {overall.set_aside:>11}"
    )
    print(f"must-not violations: {len(overall.violations)}")
    for violation in overall.violations:
        print(f"  {violation}")
    if args.json:
        figures = {
            c: {
                "precision": t.precision,
                "recall": t.recall,
                "violations": len(t.violations),
                "set_aside": t.set_aside,
            }
            for c, t in totals.items()
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
