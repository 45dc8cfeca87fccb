"""The OpenAI-compatible extractor against the fake vendor over real HTTP, through the gate.

The gate is what production uses: a memory-store QuotaLimiter and a QuotaBook read
from a real ``api_rate_limits`` row in a throwaway, migrated Postgres database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import psycopg
import pytest
from limits.storage import MemoryStorage
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.extractors import make_extractor
from adapters.extractors.offline import OfflineClinicalExtractor
from adapters.llm.openai_compatible import OpenAICompatibleExtractor, clip_summary
from adapters.ratelimit.gate import QuotaBook, VendorGate
from adapters.ratelimit.gcra import MemoryGcraStore
from adapters.ratelimit.quota import Permit, QuotaLimiter
from adapters.ratelimit.slots import MemorySlotStore
from adapters.ratelimit.tokens import estimate_request_tokens
from pipeline.clinical.schema import ClinicalExtraction, EntityDetections, SourceRef
from pipeline.errors import (
    ConfigurationError,
    DocpipeError,
    PermanentError,
    RateLimited,
    TransientError,
)
from pipeline.migrate import migrate
from pipeline.ports import PageText, TextLine
from tests.fakes.vendor_server import FakeVendor, VendorLimits
from tests.support import pg

pytestmark = [pytest.mark.db, pytest.mark.integration]

PROVIDER, MODEL = "openai", "fake-llm-1"
QUOTA_KEY = f"{PROVIDER}/{MODEL}"
API_KEY = "sk-test-0123456789"
#: A distinctive token in the page text: it must never reach a log line or an error text.
PHI = "ZQXJ7731"

PAGE_1 = (
    "Example Valley Clinic",
    f"Patient: Jane {PHI} DOB 1970-01-01",
    "Metformin 500 mg PO twice daily",
    "Lisinopril 10 mg PO daily",
    "Glucose 182 mg/dL 70-99 H",
    "",
    "HbA1c 8.1 % 4.0-5.6 H",
)
PAGE_2 = ("Allergies: Penicillin - hives", "BP 128/82 HR 76")


def make_page(number: int, lines: tuple[str, ...], status: str = "ok") -> PageText:
    step = 1.0 / (len(lines) + 2)
    boxes = tuple(
        TextLine(text, (0.1, round((i + 1) * step, 4), 0.9, round((i + 1.8) * step, 4)), 0.95)
        for i, text in enumerate(lines)
    )
    return PageText(number, boxes, engine="test", engine_version="1", status=status)


PAGES = [
    make_page(1, PAGE_1),
    make_page(2, PAGE_2),
    make_page(3, ("Secret failed page line",), status="failed"),
]


def line(page: int, number: int) -> TextLine:
    return PAGES[page - 1].lines[number - 1]


def ref(page: int, number: int) -> SourceRef:
    text_line = line(page, number)
    digest = hashlib.sha256(text_line.text.encode()).hexdigest()
    return SourceRef(page=page, bbox=text_line.bbox, line_text_sha256=digest)


ENTITIES_REPLY = {
    "entities": [
        {"entity_type": "facility", "text": "Example Valley Clinic", "confidence": 0.7,
         "source": "p1.l1"},
        {"entity_type": "medication", "text": "Metformin 500 mg", "confidence": 0.95,
         "source": "p1.l3"},
        {"entity_type": "lab", "text": "Glucose 182 mg/dL", "confidence": 0.9,
         "source": "P1.L5"},
        {"entity_type": "allergy", "text": "Penicillin", "confidence": 0.9, "source": "p2.l1"},
        {"entity_type": "medication", "text": "Aspirin", "confidence": 0.5, "source": "p9.l1"},
        {"entity_type": "condition", "text": "Diabetes", "confidence": 0.5},
    ]
}  # fmt: skip

CLINICAL_REPLY = {
    "document_type": "lab_result",
    "service_date": "2024-03-05",
    "provider_name": None,
    "facility_name": "Example Valley Clinic",
    "extractor": "the-model-says-so",  # the adapter owns these fields
    "medications": [
        {"name": "Metformin", "dose": "500", "unit": "mg", "route": "PO",
         "frequency": "twice daily", "rxnorm_code": "861007", "confidence": 0.93,
         "source": "p1.l3"},
        {"name": "Lisinopril", "dose": "10", "unit": "mg", "route": None, "frequency": "daily",
         "rxnorm_code": None, "confidence": None, "source": "p1.l4"},
        {"name": "Aspirin", "dose": "81", "unit": "mg", "source": "p1.l99"},
    ],
    "labs": [
        {"test_name": "Glucose", "loinc_code": "2345-7", "value_text": "182",
         "value_numeric": 182, "unit": "mg/dL", "reference_low": 70, "reference_high": 99,
         "flag": "high", "confidence": 0.9, "source": "p1.l5"},
        {"test_name": "HbA1c", "value_text": "8.1", "value_numeric": 8.1, "unit": "%",
         "flag": "high", "source": ["p1.l5", "p1.l7"]},
        {"test_name": "Ghost", "value_text": "1", "source": "p3.l1"},  # a failed page
    ],
    "vitals": [
        {"kind": "blood_pressure", "value_text": "128/82", "value_numeric": 128,
         "value_secondary": 82, "unit": "mmHg", "source": "p2.l2"},
    ],
    "allergies": [{"substance": "Penicillin", "reaction": "hives", "source": "p2.l1"}],
    "conditions": [],
    "immunizations": None,
}  # fmt: skip


def llm_responder(body: dict[str, Any]) -> str:
    """Answers like a model would: entity JSON for pass 1, clinical JSON for pass 2."""
    system = body["messages"][0]["content"]
    reply = ENTITIES_REPLY if "clinical entities" in system else CLINICAL_REPLY
    return json.dumps(reply)


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def quota_db() -> Iterator[str]:
    """A throwaway database migrated by the real runner, holding our quota row."""
    admin = pg.admin_url()
    name = f"docpipe_llm_test_{uuid.uuid4().hex[:10]}"
    url = pg.create_database(admin, name)
    try:
        migrate(url)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(
                "INSERT INTO public.api_rate_limits (provider_name, api_endpoint,"
                " requests_per_minute, tokens_per_minute, concurrent_requests)"
                " VALUES (%s, %s, 600, 100000, 2)",
                (PROVIDER, MODEL),
            )
        yield url
    finally:
        pg.drop_database(admin, name)


@pytest.fixture(scope="module")
def pool(quota_db: str) -> Iterator[ConnectionPool[Any]]:
    with ConnectionPool(
        quota_db,
        kwargs={"row_factory": dict_row, "autocommit": True},
        min_size=1,
        max_size=2,
        open=True,
    ) as connections:
        yield connections


@pytest.fixture
def set_quota(quota_db: str) -> Iterator[Callable[..., None]]:
    """Update our row for one test; the defaults are restored afterwards."""

    def update(**columns: Any) -> None:
        assignments = ", ".join(f"{column} = %({column})s" for column in columns)
        with psycopg.connect(quota_db, autocommit=True) as conn:
            conn.execute(
                f"UPDATE public.api_rate_limits SET {assignments}"
                " WHERE provider_name = %(p)s AND api_endpoint = %(e)s",
                {**columns, "p": PROVIDER, "e": MODEL},
            )

    yield update
    update(
        requests_per_minute=600,
        tokens_per_minute=100000,
        concurrent_requests=2,
        rate_limit_violations=0,
    )


@pytest.fixture
def limiter() -> Iterator[QuotaLimiter]:
    quota_limiter = QuotaLimiter(
        MemoryStorage(), MemoryGcraStore(), MemorySlotStore(), max_wait=0.0
    )
    yield quota_limiter
    quota_limiter.close()


@pytest.fixture
def gate(limiter: QuotaLimiter, pool: ConnectionPool[Any]) -> VendorGate:
    # refresh_seconds=0: every call re-reads the row, so set_quota applies at once
    return VendorGate(limiter, QuotaBook(pool, refresh_seconds=0.0))


@pytest.fixture
def vendor() -> Iterator[FakeVendor]:
    with FakeVendor(VendorLimits(requests=1000, window=60.0), responder=llm_responder) as fake:
        yield fake


@dataclass
class Wire:
    """What went over the wire, seen from the client."""

    requests: list[httpx.Request] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(request.content) for request in self.requests]


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(wire: Wire) -> Iterator[httpx.Client]:
    with httpx.Client(
        event_hooks={"request": [wire.requests.append], "response": [wire.responses.append]}
    ) as http:
        yield http


@pytest.fixture
def make(
    vendor: FakeVendor, gate: VendorGate, client: httpx.Client
) -> Callable[..., OpenAICompatibleExtractor]:
    def build(**options: Any) -> OpenAICompatibleExtractor:
        settings: dict[str, Any] = {
            "base_url": f"{vendor.base_url}/v1/",
            "api_key": API_KEY,
            "model": MODEL,
            "gate": gate,
            "client": client,
            "timeout": 5.0,
        }
        return OpenAICompatibleExtractor(**{**settings, **options})

    return build


def slots_held(limiter: QuotaLimiter) -> int:
    assert limiter.slots is not None
    return limiter.slots.held(QUOTA_KEY)


def empty_entities() -> EntityDetections:
    return EntityDetections(extractor="x", extractor_version="1")


# -- the passes -----------------------------------------------------------------------------


def test_entity_pass_maps_cited_lines_to_their_boxes(make: Callable[..., Any]) -> None:
    extractor = make()
    detections = extractor.find_entities(PAGES)

    assert (detections.extractor, detections.extractor_version) == (
        "openai-compatible",
        f"{MODEL}:prompt-v2",
    )
    found = [(e.entity_type, e.text, e.source) for e in detections.entities]
    assert found == [
        ("facility", "Example Valley Clinic", ref(1, 1)),
        ("medication", "Metformin 500 mg", ref(1, 3)),
        ("lab", "Glucose 182 mg/dL", ref(1, 5)),  # "P1.L5" is read case-insensitively
        ("allergy", "Penicillin", ref(2, 1)),
    ]
    assert extractor.dropped_items == 2  # p9.l1 does not exist; one item cites nothing


def test_clinical_pass_is_validated_into_the_schema(make: Callable[..., Any]) -> None:
    extractor = make()
    extraction = extractor.extract_clinical(PAGES, extractor.find_entities(PAGES))

    assert ClinicalExtraction.model_validate_json(extraction.model_dump_json()) == extraction
    assert (extraction.extractor, extraction.extractor_version) == (
        "openai-compatible",
        f"{MODEL}:prompt-v2",
    )
    assert extraction.document_type == "lab_result"
    assert extraction.service_date is not None
    assert extraction.service_date.isoformat() == "2024-03-05"
    assert extraction.facility_name == "Example Valley Clinic"
    assert [(m.name, m.dose, m.unit, m.source) for m in extraction.medications] == [
        ("Metformin", "500", "mg", ref(1, 3)),
        ("Lisinopril", "10", "mg", ref(1, 4)),
    ]
    assert extraction.medications[0].rxnorm_code == "861007"
    assert extraction.medications[1].confidence == 1.0  # null → the schema default
    glucose, hba1c = extraction.labs
    assert (glucose.test_name, glucose.flag, glucose.value_numeric) == ("Glucose", "high", 182)
    assert glucose.source == ref(1, 5)
    # a span of two lines: the union of their boxes, anchored on the first line
    first, last = line(1, 5).bbox, line(1, 7).bbox
    assert hba1c.source == SourceRef(
        page=1,
        bbox=(first[0], first[1], last[2], last[3]),
        line_text_sha256=ref(1, 5).line_text_sha256,
    )
    (pressure,) = extraction.vitals
    assert (pressure.kind, pressure.value_numeric, pressure.value_secondary) == (
        "blood_pressure",
        128,
        82,
    )
    assert pressure.source == ref(2, 2)
    assert extraction.allergies[0].source == ref(2, 1)
    assert extraction.conditions == extraction.immunizations == ()
    # pass 1 dropped 2; pass 2 dropped Aspirin (p1.l99) and Ghost (a failed page)
    assert extractor.dropped_items == 4


def test_summary_is_one_plain_text_call(make: Callable[..., Any], wire: Wire) -> None:
    extraction = ClinicalExtraction(extractor="x", extractor_version="1", document_type="other")
    assert make().summarize(PAGES, extraction) == "ok"  # the fake's plain-text reply
    (body,) = wire.bodies()
    assert "response_format" not in body
    assert body["max_tokens"] == 300  # a 600-character summary needs no more
    assert body["messages"][1]["content"].startswith("Extracted data:\n{")


def test_summary_is_clipped_to_600_characters() -> None:
    clipped = clip_summary("word \n " * 300)
    assert len(clipped) == 600
    assert clipped.endswith("…")
    assert "\n" not in clipped
    assert clip_summary("  Short.\n") == "Short."
    with pytest.raises(TransientError) as raised:
        clip_summary("   ")
    assert raised.value.code == "llm_output_invalid"


def test_the_request_is_what_openai_expects(make: Callable[..., Any], wire: Wire) -> None:
    make().find_entities(PAGES)

    (request,) = wire.requests
    assert request.method == "POST"
    assert request.url.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["content-type"] == "application/json"
    body = json.loads(request.content)
    assert set(body) == {"model", "messages", "max_tokens", "temperature", "response_format"}
    assert body["model"] == MODEL
    assert body["max_tokens"] == 800
    assert body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert (system["role"], user["role"]) == ("system", "user")
    assert "JSON" in system["content"]  # OpenAI's JSON mode requires the word
    numbered = user["content"].splitlines()
    assert "p1.l3: Metformin 500 mg PO twice daily" in numbered
    assert "p1.l7: HbA1c 8.1 % 4.0-5.6 H" in numbered  # blank line 6 keeps the numbering
    assert "p2.l2: BP 128/82 HR 76" in numbered
    assert not any(text.startswith(("p1.l6", "p3.")) for text in numbered)  # blank, failed


def test_pass_two_gets_pass_one_entities_as_cited_hints(
    make: Callable[..., Any], wire: Wire
) -> None:
    extractor = make()
    extractor.extract_clinical(PAGES, extractor.find_entities(PAGES))
    user = wire.bodies()[1]["messages"][1]["content"]
    assert "- medication: Metformin 500 mg (p1.l3)" in user
    assert "- allergy: Penicillin (p2.l1)" in user


def test_no_readable_page_means_no_call(make: Callable[..., Any], vendor: FakeVendor) -> None:
    failed = [make_page(1, ("unreadable",), status="failed")]
    extractor = make()
    assert extractor.find_entities(failed).entities == ()
    assert extractor.extract_clinical(failed, empty_entities()).item_count() == 0
    assert vendor.stats().served == 0


# -- the gate -------------------------------------------------------------------------------


def test_usage_beyond_the_estimate_is_charged(
    make: Callable[..., Any],
    vendor: FakeVendor,
    limiter: QuotaLimiter,
    set_quota: Callable[..., None],
    wire: Wire,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overrun = 30_000
    original = vendor.handle_completion

    def inflated(body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        status, headers, answer = original(body)
        answer["usage"]["total_tokens"] += overrun  # the model used far more than estimated
        return status, headers, answer

    monkeypatch.setattr(vendor, "handle_completion", inflated)
    charged: list[tuple[int, int]] = []
    reconcile = limiter.reconcile

    def spy(permit: Permit, actual_tokens: int) -> int:
        extra = reconcile(permit, actual_tokens)
        charged.append((actual_tokens, extra))
        return extra

    monkeypatch.setattr(limiter, "reconcile", spy)
    set_quota(tokens_per_minute=20_000)  # two estimated calls fit; one overrun does not
    extractor = make()

    extractor.find_entities(PAGES)

    body = wire.bodies()[0]
    estimate = estimate_request_tokens(
        [m["content"] for m in body["messages"]], max_output_tokens=800
    )
    assert 2 * estimate < 20_000 * 0.97
    usage = wire.responses[0].json()["usage"]["total_tokens"]
    assert charged == [(usage, usage - estimate)]
    assert usage - estimate > overrun - 800  # the fake's usage counts half of max_tokens
    # the overrun is on the books: the next call is refused before it reaches the vendor
    with pytest.raises(RateLimited) as raised:
        extractor.find_entities(PAGES)
    assert raised.value.delay > 1.0
    assert vendor.stats().served == 1
    assert slots_held(limiter) == 0


def test_a_vendor_429_is_rate_limited_after_retry_after_and_frees_the_slot(
    gate: VendorGate,
    limiter: QuotaLimiter,
    client: httpx.Client,
    wire: Wire,
    quota_db: str,
) -> None:
    with FakeVendor(
        VendorLimits(requests=1, window=30.0, mode="sliding-log"), responder=llm_responder
    ) as busy:
        # another worker (not through our gate) used the vendor's whole window
        assert httpx.post(busy.completions_url, json={"model": MODEL, "messages": []}).is_success
        extractor = OpenAICompatibleExtractor(
            base_url=f"{busy.base_url}/v1", api_key=API_KEY, model=MODEL, gate=gate, client=client
        )
        with pytest.raises(RateLimited) as raised:
            extractor.find_entities(PAGES)
        (response,) = wire.responses
        assert response.status_code == 429
        assert raised.value.delay == pytest.approx(int(response.headers["retry-after-ms"]) / 1000)
        assert raised.value.delay > 20
        assert slots_held(limiter) == 0
        # the 429 blocks the key for every caller of this gate: no second request is sent
        with pytest.raises(RateLimited):
            extractor.find_entities(PAGES)
        assert busy.stats().rejected == 1
        assert len(wire.requests) == 1
    with psycopg.connect(quota_db) as conn:
        row = conn.execute(
            "SELECT rate_limit_violations, last_rate_limit_hit FROM public.api_rate_limits"
            " WHERE provider_name = %s AND api_endpoint = %s",
            (PROVIDER, MODEL),
        ).fetchone()
    assert row is not None
    assert row[0] >= 1
    assert row[1] is not None


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [
        (500, TransientError, "vendor_unavailable"),
        (503, TransientError, "vendor_unavailable"),
        (401, PermanentError, "vendor_auth_failed"),
        (400, PermanentError, "vendor_request_rejected"),
    ],
)
def test_vendor_errors_are_mapped_and_free_the_slot(
    make: Callable[..., Any],
    vendor: FakeVendor,
    limiter: QuotaLimiter,
    status: int,
    error: type[DocpipeError],
    code: str,
) -> None:
    vendor.fail_next(1, status)
    with pytest.raises(error) as raised:
        make().find_entities(PAGES)
    assert raised.value.code == code
    assert slots_held(limiter) == 0


def test_insufficient_quota_is_permanent(
    make: Callable[..., Any], vendor: FakeVendor, limiter: QuotaLimiter
) -> None:
    vendor.set_quota_exhausted()
    with pytest.raises(PermanentError) as raised:
        make().extract_clinical(PAGES, empty_entities())
    assert raised.value.code == "vendor_quota_exhausted"
    assert slots_held(limiter) == 0


def test_a_timeout_is_transient_and_frees_the_slot(
    gate: VendorGate, limiter: QuotaLimiter, client: httpx.Client
) -> None:
    with FakeVendor(VendorLimits(requests=100), latency=3.0, responder=llm_responder) as slow:
        extractor = OpenAICompatibleExtractor(
            base_url=f"{slow.base_url}/v1",
            api_key=API_KEY,
            model=MODEL,
            gate=gate,
            client=client,
            timeout=0.3,
        )
        started = time.monotonic()
        with pytest.raises(TransientError) as raised:
            extractor.find_entities(PAGES)
        assert time.monotonic() - started < 2.5
    assert raised.value.code == "vendor_unavailable"
    assert slots_held(limiter) == 0


def test_an_unreachable_vendor_is_transient_and_frees_the_slot(
    gate: VendorGate, limiter: QuotaLimiter
) -> None:
    with socket.socket() as probe:  # a port nobody listens on any more
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    extractor = OpenAICompatibleExtractor(
        base_url=f"http://127.0.0.1:{port}/v1", api_key=API_KEY, model=MODEL, gate=gate
    )
    try:
        with pytest.raises(TransientError) as raised:
            extractor.summarize(PAGES, ClinicalExtraction(extractor="x", extractor_version="1"))
    finally:
        extractor.close()
    assert raised.value.code == "vendor_unavailable"
    assert slots_held(limiter) == 0


def test_a_quota_is_required_for_the_endpoint(make: Callable[..., Any], vendor: FakeVendor) -> None:
    with pytest.raises(PermanentError) as raised:
        make(endpoint="no-such-endpoint").find_entities(PAGES)
    assert raised.value.code == "quota_missing"
    assert vendor.stats().served == 0


# -- invalid output and PHI -------------------------------------------------------------------

INVALID_REPLIES = {
    "not-json": f"Sure! Metformin for Jane {PHI}",
    "json-array": json.dumps([{"name": PHI}]),
    "truncated": json.dumps(CLINICAL_REPLY)[:200],
    "missing-field": json.dumps({"medications": [{"dose": PHI, "source": "p1.l3"}]}),
    "unknown-field": json.dumps({"patient_name": f"Jane {PHI}"}),
    "unknown-item-field": json.dumps(
        {"medications": [{"name": "X", "patient": PHI, "source": "p1.l3"}]}
    ),
    "wrong-type": json.dumps({"labs": [{"test_name": "A", "value_text": "1", "flag": PHI,
                                        "source": "p1.l5"}]}),
    "items-not-a-list": json.dumps({"allergies": PHI}),
}  # fmt: skip


def chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


@pytest.mark.parametrize("reply", INVALID_REPLIES.values(), ids=INVALID_REPLIES.keys())
def test_invalid_output_is_transient_and_leaks_nothing(
    make: Callable[..., Any],
    vendor: FakeVendor,
    limiter: QuotaLimiter,
    reply: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    vendor.responder = lambda body: reply
    caplog.set_level(logging.DEBUG)
    with pytest.raises(TransientError) as raised:
        make().extract_clinical(PAGES, empty_entities())
    assert raised.value.code == "llm_output_invalid"
    assert slots_held(limiter) == 0
    for error in chain(raised.value):
        assert PHI not in str(error)
    assert all(PHI not in json.dumps(r.__dict__, default=str) for r in caplog.records)


def test_no_page_text_or_model_output_in_logs_or_errors(
    make: Callable[..., Any],
    vendor: FakeVendor,
    gate: VendorGate,
    client: httpx.Client,
    caplog: pytest.LogCaptureFixture,
) -> None:
    medications = [*json.loads(json.dumps(CLINICAL_REPLY["medications"]))]
    medications.append({"name": PHI, "source": "p7.l7"})  # dropped: p7 does not exist
    echo = dict(CLINICAL_REPLY, provider_name=f"Dr {PHI}", medications=medications)

    def echoing(body: dict[str, Any]) -> str:
        if "clinical entities" in body["messages"][0]["content"]:
            return llm_responder(body)
        return json.dumps(echo)

    vendor.responder = echoing
    caplog.set_level(logging.DEBUG)
    extractor = make()
    errors: list[BaseException] = []

    extraction = extractor.extract_clinical(PAGES, extractor.find_entities(PAGES))
    assert extraction.provider_name == f"Dr {PHI}"  # the data itself is kept, of course
    extractor.summarize(PAGES, extraction)
    for status in (500, 400):
        vendor.fail_next(1, status)
        with pytest.raises(DocpipeError) as raised:
            extractor.find_entities(PAGES)
        errors.append(raised.value)
    vendor.set_quota_exhausted()
    with pytest.raises(PermanentError) as quota_error:
        extractor.find_entities(PAGES)
    errors.append(quota_error.value)
    with FakeVendor(VendorLimits(requests=10), latency=1.0) as slow:
        timing_out = OpenAICompatibleExtractor(
            base_url=f"{slow.base_url}/v1", api_key=API_KEY, model=MODEL, gate=gate,
            client=client, timeout=0.2,
        )  # fmt: skip
        with pytest.raises(TransientError) as timeout_error:
            timing_out.summarize(PAGES, extraction)
        errors.append(timeout_error.value)

    assert any(r.name.startswith("adapters.llm") for r in caplog.records)  # it does log
    for record in caplog.records:
        assert PHI not in record.getMessage()
        assert PHI not in json.dumps(record.__dict__, default=str)
        assert API_KEY not in json.dumps(record.__dict__, default=str)
    for error in errors:
        for link in chain(error):
            assert PHI not in str(link)
            assert API_KEY not in str(link)


# -- the factory ----------------------------------------------------------------------------


def test_make_extractor_builds_the_openai_adapter_from_env(gate: VendorGate) -> None:
    extractor = make_extractor("openai", gate=gate, env={"OPENAI_API_KEY": API_KEY})
    assert isinstance(extractor, OpenAICompatibleExtractor)
    assert (extractor.name, extractor.version) == ("openai-compatible", "gpt-4o-mini:prompt-v2")
    assert extractor.completions_url == "https://api.openai.com/v1/chat/completions"
    assert (extractor.provider, extractor.endpoint) == ("openai", "gpt-4o-mini")
    extractor.close()

    custom = make_extractor(
        "openai",
        gate=gate,
        env={
            "OPENAI_API_KEY": API_KEY,
            "OPENAI_BASE_URL": "http://127.0.0.1:9/v1/",
            "OPENAI_MODEL": "local-model",
        },
    )
    assert isinstance(custom, OpenAICompatibleExtractor)
    assert custom.completions_url == "http://127.0.0.1:9/v1/chat/completions"
    assert (custom.version, custom.endpoint) == ("local-model:prompt-v2", "local-model")
    custom.close()


def test_make_extractor_reads_os_environ_by_default(
    gate: VendorGate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_MODEL", "env-model")
    extractor = make_extractor("openai", gate=gate)
    assert isinstance(extractor, OpenAICompatibleExtractor)
    assert extractor.model == "env-model"
    extractor.close()


@pytest.mark.parametrize("with_key", [False, True], ids=["no-key", "no-gate"])
def test_make_extractor_needs_a_key_and_a_gate(gate: VendorGate, with_key: bool) -> None:
    env = {"OPENAI_API_KEY": API_KEY} if with_key else {"OPENAI_API_KEY": " "}
    with pytest.raises(ConfigurationError) as raised:
        make_extractor("openai", gate=None if with_key else gate, env=env)
    assert raised.value.code == "extractor_config_missing"
    assert API_KEY not in str(raised.value)


def test_the_offline_path_is_unchanged() -> None:
    assert isinstance(make_extractor(), OfflineClinicalExtractor)
    assert isinstance(make_extractor("offline", env={}), OfflineClinicalExtractor)
