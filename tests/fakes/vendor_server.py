"""A fake LLM vendor on a real HTTP socket, enforcing a quota the way vendors do.

``POST /v1/chat/completions`` speaks an OpenAI-like wire format: a JSON body with
``model``, ``messages`` and ``max_tokens``; a JSON answer with ``usage``
{prompt_tokens, completion_tokens, total_tokens}; ``x-ratelimit-*`` headers on every
answer; over quota an HTTP 429 with ``retry-after``/``retry-after-ms`` and an
OpenAI-style error body ``{"error": {"message", "type": "requests"|"tokens",
"code": "rate_limit_exceeded"}}``. 500s (or an ``insufficient_quota`` 429) on demand.
The reply content is ``"ok"``; a request asking for ``response_format`` ``{"type":
"json_object"}`` gets the JSON string made by the optional ``responder(body)`` instead
(default ``"{}"``), so the fake can stand in for an LLM.

Like OpenAI, a request is charged ``prompt_tokens + max_tokens`` up front; prompt tokens
are ``ceil(len(content) / 4) + 3`` per message plus 3. The quota (requests and tokens
per window; a window of seconds keeps tests quick) is enforced by one of three
algorithms: ``fixed-window`` (windows aligned on the epoch), ``token-bucket`` (capacity =
limit, refilled continuously) or ``sliding-log`` (exact: every admission in the last
window counts). ``GET /stats`` and :meth:`FakeVendor.stats` report what was served.

Usage::

    with FakeVendor(VendorLimits(requests=30, tokens=3000, window=1.0,
                                 mode="sliding-log")) as vendor:
        httpx.post(vendor.completions_url, json={...})
        vendor.stats().rejected
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, Literal, Protocol

from tests.support.quiet_server import QuietHTTPServer

Mode = Literal["fixed-window", "token-bucket", "sliding-log"]
MODES: tuple[Mode, ...] = ("fixed-window", "token-bucket", "sliding-log")


@dataclass(frozen=True)
class VendorLimits:
    """``requests`` and ``tokens`` (None = unlimited) per ``window`` seconds."""

    requests: int
    tokens: int | None = None
    window: float = 60.0
    mode: Mode = "fixed-window"
    count_rejected: bool = False  # OpenAI counts failed requests too; off by default


@dataclass(frozen=True)
class Verdict:
    admitted: bool
    kind: str = ""  # "requests" | "tokens" when refused
    retry_after: float = 0.0


@dataclass
class Budgets:
    """What the response headers report: remaining units and seconds until full."""

    remaining_requests: int
    remaining_tokens: int | None
    reset_requests: float
    reset_tokens: float


class _FixedWindow:
    def __init__(self, limits: VendorLimits) -> None:
        self.limits = limits
        self.index = -1
        self.requests = 0
        self.tokens = 0

    def _roll(self, now: float) -> None:
        index = math.floor(now / self.limits.window)
        if index != self.index:
            self.index, self.requests, self.tokens = index, 0, 0

    def _window_left(self, now: float) -> float:
        return (self.index + 1) * self.limits.window - now

    def admit(self, now: float, tokens: int) -> Verdict:
        self._roll(now)
        kind = ""
        if self.requests + 1 > self.limits.requests:
            kind = "requests"
        elif self.limits.tokens is not None and self.tokens + tokens > self.limits.tokens:
            kind = "tokens"
        if kind and not self.limits.count_rejected:
            return Verdict(False, kind, self._window_left(now))
        self.requests += 1
        self.tokens += tokens
        return Verdict(not kind, kind, self._window_left(now) if kind else 0.0)

    def budgets(self, now: float) -> Budgets:
        self._roll(now)
        left = self._window_left(now)
        tokens_left = None if self.limits.tokens is None else self.limits.tokens - self.tokens
        return Budgets(
            max(0, self.limits.requests - self.requests),
            None if tokens_left is None else max(0, tokens_left),
            left if self.requests else 0.0,
            left if self.tokens else 0.0,
        )


class _TokenBucket:
    def __init__(self, limits: VendorLimits) -> None:
        self.limits = limits
        self.updated = time.time()
        self.requests = float(limits.requests)
        self.tokens = float(limits.tokens or 0)

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.updated)
        self.updated = now
        rate = self.limits.requests / self.limits.window
        self.requests = min(float(self.limits.requests), self.requests + elapsed * rate)
        if self.limits.tokens is not None:
            token_rate = self.limits.tokens / self.limits.window
            self.tokens = min(float(self.limits.tokens), self.tokens + elapsed * token_rate)

    def admit(self, now: float, tokens: int) -> Verdict:
        self._refill(now)
        window = self.limits.window
        if self.requests < 1:
            wait = (1 - self.requests) * window / self.limits.requests
            return self._refuse("requests", wait, tokens)
        if self.limits.tokens is not None and self.tokens < tokens:
            wait = (tokens - self.tokens) * window / self.limits.tokens
            return self._refuse("tokens", wait, tokens)
        self.requests -= 1
        self.tokens -= tokens
        return Verdict(True)

    def _refuse(self, kind: str, wait: float, tokens: int) -> Verdict:
        if self.limits.count_rejected:
            self.requests -= 1
            self.tokens -= tokens
        return Verdict(False, kind, wait)

    def budgets(self, now: float) -> Budgets:
        self._refill(now)
        window = self.limits.window
        reset_requests = (self.limits.requests - self.requests) * window / self.limits.requests
        remaining_tokens = None
        reset_tokens = 0.0
        if self.limits.tokens is not None:
            remaining_tokens = max(0, math.floor(self.tokens))
            reset_tokens = (self.limits.tokens - self.tokens) * window / self.limits.tokens
        return Budgets(
            max(0, math.floor(self.requests)), remaining_tokens, reset_requests, reset_tokens
        )


class _SlidingLog:
    def __init__(self, limits: VendorLimits) -> None:
        self.limits = limits
        self.log: deque[tuple[float, int]] = deque()
        self.tokens = 0

    def _expire(self, now: float) -> None:
        while self.log and self.log[0][0] <= now - self.limits.window:
            _, tokens = self.log.popleft()
            self.tokens -= tokens

    def admit(self, now: float, tokens: int) -> Verdict:
        self._expire(now)
        window = self.limits.window
        if len(self.log) + 1 > self.limits.requests:
            # the oldest entry that must leave for one more request to fit
            oldest = self.log[len(self.log) - self.limits.requests][0]
            return self._refuse("requests", oldest + window - now, now, tokens)
        if self.limits.tokens is not None and self.tokens + tokens > self.limits.tokens:
            excess, wait = self.tokens + tokens - self.limits.tokens, 0.0
            for at, spent in self.log:
                excess -= spent
                wait = at + window - now
                if excess <= 0:
                    break
            return self._refuse("tokens", wait, now, tokens)
        self.log.append((now, tokens))
        self.tokens += tokens
        return Verdict(True)

    def _refuse(self, kind: str, wait: float, now: float, tokens: int) -> Verdict:
        if self.limits.count_rejected:
            self.log.append((now, tokens))
            self.tokens += tokens
        return Verdict(False, kind, max(0.0, wait))

    def budgets(self, now: float) -> Budgets:
        self._expire(now)
        full_at = (self.log[-1][0] + self.limits.window - now) if self.log else 0.0
        remaining_tokens = (
            None if self.limits.tokens is None else max(0, self.limits.tokens - self.tokens)
        )
        return Budgets(
            max(0, self.limits.requests - len(self.log)), remaining_tokens, full_at, full_at
        )


class _Algorithm(Protocol):
    def admit(self, now: float, tokens: int) -> Verdict: ...

    def budgets(self, now: float) -> Budgets: ...


_ALGORITHMS: dict[str, Callable[[VendorLimits], _Algorithm]] = {
    "fixed-window": _FixedWindow,
    "token-bucket": _TokenBucket,
    "sliding-log": _SlidingLog,
}


@dataclass
class VendorStats:
    """Counters of one fake vendor (a snapshot)."""

    served: int = 0
    rejected: int = 0  # 429 rate_limit_exceeded
    failed: int = 0  # injected 5xx / insufficient_quota
    tokens_charged: int = 0
    rejected_kinds: dict[str, int] = field(default_factory=dict)
    #: (arrival time, tokens charged) of every served request
    arrivals: list[tuple[float, int]] = field(default_factory=list)


def prompt_tokens(messages: list[dict[str, Any]]) -> int:
    """The vendor's own count: ceil(chars / 4) + 3 per message, plus 3 for the reply."""
    total = 3
    for message in messages:
        content = message.get("content", "")
        total += math.ceil(len(content if isinstance(content, str) else str(content)) / 4) + 3
    return total


def format_duration(seconds: float) -> str:
    """A Go-style duration as OpenAI writes it: ``6m0s``, ``1s``, ``20ms``."""
    if seconds < 1:
        return f"{max(0, round(seconds * 1000))}ms"
    minutes, rest = divmod(seconds, 60)
    text = f"{rest:.3f}".rstrip("0").rstrip(".") + "s"
    return f"{int(minutes)}m{text}" if minutes else text


class FakeVendor:
    """The fake vendor server; start it (or use ``with``), call it, read :meth:`stats`."""

    def __init__(
        self,
        limits: VendorLimits,
        *,
        latency: float = 0.0,
        completion_ratio: float = 0.5,
        host: str = "127.0.0.1",
        port: int = 0,
        responder: Callable[[dict[str, Any]], str] | None = None,
    ) -> None:
        self.limits = limits
        self.responder = responder
        self.latency = latency
        self.completion_ratio = completion_ratio
        self._algorithm = _ALGORITHMS[limits.mode](limits)
        self._lock = threading.Lock()
        self._stats = VendorStats()
        self._fail_next: list[int] = []
        self._quota_exhausted = False
        self._server = QuietHTTPServer((host, port), _make_handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def completions_url(self) -> str:
        return f"{self.base_url}/v1/chat/completions"

    def start(self) -> FakeVendor:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeVendor:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- knobs and counters ----------------------------------------------------------------

    def fail_next(self, count: int = 1, status: int = 500) -> None:
        """Answer the next ``count`` requests with ``status`` (a server error)."""
        with self._lock:
            self._fail_next.extend([status] * count)

    def set_quota_exhausted(self, exhausted: bool = True) -> None:
        """Answer every request with an ``insufficient_quota`` 429 (no credit left)."""
        with self._lock:
            self._quota_exhausted = exhausted

    def stats(self) -> VendorStats:
        with self._lock:
            s = self._stats
            return VendorStats(
                s.served,
                s.rejected,
                s.failed,
                s.tokens_charged,
                dict(s.rejected_kinds),
                list(s.arrivals),
            )

    def reset_stats(self) -> None:
        with self._lock:
            self._stats = VendorStats()

    # -- the endpoint ----------------------------------------------------------------------

    def handle_completion(self, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        messages = body.get("messages")
        if not isinstance(messages, list) or not body.get("model"):
            error: dict[str, Any] = {"message": "bad request", "type": "invalid_request_error"}
            return 400, {}, {"error": {**error, "code": None}}
        max_tokens = int(body.get("max_tokens") or 16)
        prompt = prompt_tokens(messages)
        charged = prompt + max_tokens
        with self._lock:
            if self._fail_next:
                status = self._fail_next.pop(0)
                self._stats.failed += 1
                failure = {"message": "server error", "type": "server_error", "code": None}
                return status, {}, {"error": failure}
            if self._quota_exhausted:
                self._stats.failed += 1
                error = {"message": "You exceeded your current quota", "type": "insufficient_quota"}
                return 429, {}, {"error": {**error, "code": "insufficient_quota"}}
            now = time.time()
            verdict = self._algorithm.admit(now, charged)
            headers = self._headers(now)
            if not verdict.admitted:
                self._stats.rejected += 1
                kinds = self._stats.rejected_kinds
                kinds[verdict.kind] = kinds.get(verdict.kind, 0) + 1
                headers["retry-after"] = str(max(1, math.ceil(verdict.retry_after)))
                headers["retry-after-ms"] = str(max(1, math.ceil(verdict.retry_after * 1000)))
                error = {
                    "message": f"Rate limit reached on {verdict.kind} per window",
                    "type": verdict.kind,
                    "param": None,
                    "code": "rate_limit_exceeded",
                }
                return 429, headers, {"error": error}
            self._stats.served += 1
            self._stats.tokens_charged += charged
            self._stats.arrivals.append((now, charged))
        if self.latency:
            time.sleep(self.latency)
        completion = min(max_tokens, max(1, round(max_tokens * self.completion_ratio)))
        content = "ok"
        response_format = body.get("response_format")
        if isinstance(response_format, dict) and response_format.get("type") == "json_object":
            content = self.responder(body) if self.responder is not None else "{}"
        answer = {
            "id": f"chatcmpl-{self._stats.served}",
            "object": "chat.completion",
            "created": int(now),
            "model": body["model"],
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }
        return 200, headers, answer

    def _headers(self, now: float) -> dict[str, str]:
        b = self._algorithm.budgets(now)
        headers = {
            "x-ratelimit-limit-requests": str(self.limits.requests),
            "x-ratelimit-remaining-requests": str(b.remaining_requests),
            "x-ratelimit-reset-requests": format_duration(b.reset_requests),
        }
        if self.limits.tokens is not None and b.remaining_tokens is not None:
            headers["x-ratelimit-limit-tokens"] = str(self.limits.tokens)
            headers["x-ratelimit-remaining-tokens"] = str(b.remaining_tokens)
            headers["x-ratelimit-reset-tokens"] = format_duration(b.reset_tokens)
        return headers


def _make_handler(vendor: FakeVendor) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like real vendor APIs
        disable_nagle_algorithm = True  # headers and body go out in two writes

        def do_POST(self) -> None:
            if self.path != "/v1/chat/completions":
                self._reply(404, {}, {"error": {"message": "not found", "code": None}})
                return
            length = int(self.headers.get("content-length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except json.JSONDecodeError:
                self._reply(400, {}, {"error": {"message": "invalid json", "code": None}})
                return
            status, headers, answer = vendor.handle_completion(
                body if isinstance(body, dict) else {}
            )
            self._reply(status, headers, answer)

        def do_GET(self) -> None:
            if self.path != "/stats":
                self._reply(404, {}, {"error": {"message": "not found", "code": None}})
                return
            s = vendor.stats()
            self._reply(
                200,
                {},
                {
                    "served": s.served,
                    "rejected": s.rejected,
                    "failed": s.failed,
                    "tokens_charged": s.tokens_charged,
                    "rejected_kinds": s.rejected_kinds,
                },
            )

        def _reply(self, status: int, headers: dict[str, str], body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return  # keep test output quiet

    return Handler
