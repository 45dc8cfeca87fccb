"""``ClinicalExtractor`` on an OpenAI-compatible Chat Completions API, through the quota gate.

One pass = one ``POST {base_url}/chat/completions`` (plain httpx, bearer key, no SDK):
pass 1 (entities) and pass 2 (clinical data) ask for ``response_format`` JSON and
are validated into the schema (:mod:`adapters.llm.parsing`); pass 3 asks for plain
text. Each call:

1. estimates its tokens (prompt + ``max_tokens``, :mod:`adapters.ratelimit.tokens`);
2. ``gate.acquire(provider, endpoint, estimate)``: RateLimited reschedules the stage;
3. sends the request;
4. ``gate.after_response(...)`` with the status, headers, body and ``usage.total_tokens``:
   observes the vendor's rate-limit headers, reconciles tokens, releases the permit
   and raises the mapped vendor error (RateLimited after a 429, PermanentError
   ``vendor_quota_exhausted``, TransientError ``vendor_unavailable``).

The permit is released on every path: a timeout or connection error releases it and
becomes TransientError ``vendor_unavailable``. No retries here: the job runner owns
retrying, so retries never multiply.

Errors: ``llm_output_invalid`` (Transient) for a reply that is not valid JSON for the
schema; ``vendor_response_invalid`` (Transient) for a 2xx that is not a chat
completion; ``vendor_auth_failed`` (Permanent) for 401/403; ``vendor_request_rejected``
(Permanent) for other 4xx. PHI: prompts, replies and page text are never logged nor
put in an error text; logs carry pass names, statuses, counts and timings only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx
from opentelemetry.trace import SpanKind

from adapters.llm import parsing, prompts
from adapters.ratelimit.tokens import estimate_request_tokens
from pipeline.clinical.schema import ClinicalExtraction, EntityDetections
from pipeline.errors import ConfigurationError, PermanentError, TransientError
from pipeline.ports import PageText
from pipeline.tracing.spans import work_span

if TYPE_CHECKING:
    from adapters.ratelimit.gate import VendorGate

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "openai-compatible"
#: The summary is at most 600 characters (~150 tokens): reserve no more than this.
SUMMARY_MAX_TOKENS = 300


class OpenAICompatibleExtractor:
    """The three AI passes on an OpenAI-compatible ``/chat/completions`` endpoint."""

    name = EXTRACTOR_NAME

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        model: str,
        gate: VendorGate,
        provider: str = "openai",
        endpoint: str | None = None,
        max_tokens: int = 800,
        timeout: float = 60.0,
        client: httpx.Client | None = None,
        temperature: float | None = 0.0,
    ) -> None:
        """
        :param base_url: API root, e.g. ``https://api.openai.com/v1``
        :param endpoint: the ``api_rate_limits.api_endpoint`` of the quota (default: model)
        :param max_tokens: output budget of passes 1 and 2 (reserved up front; keep tight)
        :param timeout: seconds per request (connect, read, write, pool)
        :param client: an httpx client to reuse; by default one is made and owned here
        :param temperature: sent as is; None leaves it out (models that reject it)
        """
        url = httpx.URL(base_url.rstrip("/"))
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError("LLM base URL must be http(s)", code="llm_config_invalid")
        if not api_key:
            raise ConfigurationError("LLM API key is empty", code="llm_config_invalid")
        if max_tokens < 1 or timeout <= 0:
            raise ConfigurationError(
                "max_tokens and timeout must be positive", code="llm_config_invalid"
            )
        self.model = model
        self.version = f"{model}:{prompts.PROMPT_VERSION}"
        self.gate = gate
        self.provider = provider
        self.endpoint = endpoint or model
        self.max_tokens = max_tokens
        self.timeout = timeout
        self.temperature = temperature
        self.completions_url = f"{url}/chat/completions"
        self._headers = {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        self._client = client if client is not None else httpx.Client(timeout=timeout)
        self._owns_client = client is None
        self._dropped = 0
        self._lock = threading.Lock()

    @property
    def dropped_items(self) -> int:
        """Items dropped so far because their cited source did not map to a page line."""
        with self._lock:
            return self._dropped

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    # -- the port ------------------------------------------------------------------------

    def find_entities(self, pages: Sequence[PageText]) -> EntityDetections:
        index = prompts.LineIndex(pages)
        if not len(index):
            return EntityDetections(extractor=self.name, extractor_version=self.version)
        content = self._complete(
            "pass1",
            prompts.ENTITIES_SYSTEM,
            prompts.entities_user(index),
            max_tokens=self.max_tokens,
            json_mode=True,
        )
        parsed = parsing.parse_entities(content, index, extractor=self.name, version=self.version)
        self._count_dropped("pass1", parsed.dropped)
        return parsed.value

    def extract_clinical(
        self, pages: Sequence[PageText], entities: EntityDetections
    ) -> ClinicalExtraction:
        index = prompts.LineIndex(pages)
        if not len(index):
            return ClinicalExtraction(extractor=self.name, extractor_version=self.version)
        content = self._complete(
            "pass2",
            prompts.CLINICAL_SYSTEM,
            prompts.clinical_user(index, entities),
            max_tokens=self.max_tokens,
            json_mode=True,
        )
        parsed = parsing.parse_clinical(content, index, extractor=self.name, version=self.version)
        self._count_dropped("pass2", parsed.dropped)
        return parsed.value

    def summarize(self, pages: Sequence[PageText], extraction: ClinicalExtraction) -> str:
        content = self._complete(
            "pass3",
            prompts.SUMMARY_SYSTEM,
            prompts.summary_user(extraction),
            max_tokens=min(self.max_tokens, SUMMARY_MAX_TOKENS),
            json_mode=False,
        )
        return clip_summary(content)

    # -- one vendor call -------------------------------------------------------------------

    def _complete(
        self, pass_name: str, system: str, user: str, *, max_tokens: int, json_mode: bool
    ) -> str:
        """The reply text of one chat completion, every step through the gate."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            "max_tokens": max_tokens,
        }
        if self.temperature is not None:
            body["temperature"] = self.temperature
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        estimate = estimate_request_tokens(
            [system, user], max_output_tokens=max_tokens, model=self.model
        )
        permit = self.gate.acquire(self.provider, self.endpoint, estimate)
        handed_over = False  # after_response releases the permit itself
        started = time.monotonic()
        # The vendor call's span: vendor and status only (no URL, no body).
        with work_span(
            f"{self.provider} chat.completions",
            {"docpipe.vendor": self.provider, "http.request.method": "POST"},
            kind=SpanKind.CLIENT,
        ) as span:
            try:
                try:
                    response = self._client.post(
                        self.completions_url,
                        json=body,
                        headers=self._headers,
                        timeout=self.timeout,
                    )
                except httpx.TimeoutException as exc:
                    raise TransientError(
                        f"LLM vendor timed out after {self.timeout:g}s", code="vendor_unavailable"
                    ) from exc
                except httpx.HTTPError as exc:
                    raise TransientError(
                        f"LLM vendor unreachable ({type(exc).__name__})", code="vendor_unavailable"
                    ) from exc
                span.set_attribute("http.response.status_code", response.status_code)
                payload = _json_body(response)
                usage = _total_tokens(payload)
                logger.debug(
                    "llm call answered",
                    extra={
                        "llm_pass": pass_name,
                        "status": response.status_code,
                        "estimated_tokens": estimate,
                        "total_tokens": usage,
                        "duration_ms": round((time.monotonic() - started) * 1000),
                    },
                )
                handed_over = True
                self.gate.after_response(
                    permit, response.status_code, response.headers, payload, actual_tokens=usage
                )
            finally:
                if not handed_over:
                    self.gate.release(permit)
            _raise_for_unmapped_status(response.status_code)
            return _reply_content(payload)

    def _count_dropped(self, pass_name: str, dropped: int) -> None:
        if not dropped:
            return
        with self._lock:
            self._dropped += dropped
        logger.info(
            "llm items dropped: source line not found",
            extra={"llm_pass": pass_name, "dropped": dropped},
        )


def clip_summary(content: str) -> str:
    """One paragraph of at most ``MAX_SUMMARY_CHARS``; an empty reply is invalid output."""
    summary = " ".join(content.split())
    if not summary:
        raise parsing.output_invalid("empty summary")
    limit = prompts.MAX_SUMMARY_CHARS
    if len(summary) > limit:
        summary = summary[: limit - 1].rstrip() + "…"
    return summary


def _json_body(response: httpx.Response) -> dict[str, Any] | None:
    """The response's JSON object, or None when it has none."""
    data: Any = None
    try:
        data = response.json()
    except ValueError:  # JSONDecodeError and undecodable bytes
        return None
    return data if isinstance(data, dict) else None


def _total_tokens(payload: dict[str, Any] | None) -> int | None:
    usage = payload.get("usage") if payload else None
    total = usage.get("total_tokens") if isinstance(usage, dict) else None
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def _raise_for_unmapped_status(status: int) -> None:
    """Statuses ``after_response`` left to us (it maps 429, 408, 5xx and quota errors)."""
    if status < 300:
        return
    if status in (401, 403):
        raise PermanentError(
            f"LLM vendor refused the key (status {status})", code="vendor_auth_failed"
        )
    if status < 500:  # redirects too: the base URL is wrong
        raise PermanentError(
            f"LLM vendor rejected the request (status {status})", code="vendor_request_rejected"
        )
    raise TransientError(f"LLM vendor failed (status {status})", code="vendor_unavailable")


def _reply_content(payload: dict[str, Any] | None) -> str:
    choices = payload.get("choices") if payload else None
    first = choices[0] if isinstance(choices, list) and choices else None
    message = first.get("message") if isinstance(first, dict) else None
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str):
        raise TransientError(
            "LLM vendor reply is not a chat completion", code="vendor_response_invalid"
        )
    return content
