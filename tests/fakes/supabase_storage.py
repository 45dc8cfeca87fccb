"""A fake Supabase Storage on a real loopback HTTP socket, speaking storage-api's wire format.

Routes (under ``/storage/v1``, as the Supabase gateway exposes them):

- ``GET  /object/authenticated/{bucket}/{name}`` and the legacy ``GET /object/{bucket}/{name}``
- ``POST /object/sign/{bucket}/{name}`` with ``{"expiresIn": n}`` → ``{"signedURL": ...}``
- ``GET  /object/sign/{bucket}/{name}?token=...`` (no key needed)
- ``POST /object/{bucket}/{name}`` (raw body, ``x-upsert``; Content-Length or chunked)
- ``DELETE /object/{bucket}/{name}`` → ``{"message": "Successfully deleted"}``

What the behaviour is based on (supabase/storage source, read through the code index):

- ``src/internal/errors/storage-error.ts`` + ``codes.ts``: every error is rendered as
  ``{"statusCode": "<http code as string>", "code", "error", "message"}`` and sent with
  HTTP **400** unless the code is 500 (``userStatusCode``); so a missing object is HTTP 400
  with ``{"statusCode":"404","code":"NoSuchKey","error":"not_found","message":"Object not
  found"}``, a missing bucket HTTP 400 with ``"404"``/``NoSuchBucket``/``"Bucket not found"``.
  ``src/http/error-handler.ts`` fills ``error`` with ``error.error || code``.
- ``src/http/plugins/jwt.ts``: a bearer token that fails verification throws
  ``ERRORS.AccessDenied(err.message)`` → HTTP 400 ``{"statusCode":"403","code":"AccessDenied",
  "error":"Unauthorized","message":"invalid signature"}`` (jsonwebtoken's messages: "invalid
  signature", "jwt expired", "jwt malformed", "jwt must be provided").
- ``src/http/routes/object/getSignedURL.ts`` / ``storage/object.ts#signObjectUrl``: the token is
  an HS256 JWT ``{url: "<bucket>/<name>", iat, exp}`` signed with the project's JWT secret;
  ``url`` is the request path after ``/object/sign/``, passed through JS ``decodeURI``; the
  answer is ``{"signedURL": "/object/sign/<that path>?token=<jwt>"}`` (relative to /storage/v1).
- ``getSignedObject.ts``: a bad/expired token → ``InvalidJWT`` (HTTP 400, ``statusCode "400"``,
  message e.g. "jwt expired"); a token for another path → ``InvalidSignature``.
- ``createObject.ts``: upload answers ``{"Id": <uuid>, "Key": "<bucket>/<name>"}``; without
  ``x-upsert: true`` an existing key → ``KeyAlreadyExists`` (``"409"``, error ``"Duplicate"``).
- ``storage/limits.ts#isValidKey``: allowed key characters (else ``InvalidKey``, whose message
  contains the key, one reason the adapter never surfaces server messages).
- RLS with no policies: a non-service-role JWT sees no objects ("Object not found", as the docs
  note for a missing select policy) and cannot insert (``"403"`` AccessDenied).
- ``routes/object/deleteObject.ts`` + ``storage/object.ts#deleteObject``: the object is looked
  up first (``findObject`` without ``dontErrorOnEmpty``), so a missing one is the usual
  ``NoSuchKey`` error; then it is removed and the answer is 200
  ``{"message": "Successfully deleted"}``.
- ``StorageBackendError.withStatusCode``: some routes and versions send an error with its own
  HTTP status (a real 404) instead of 400; ``real_error_status=True`` answers that way.

The hosted API gateway in front of storage checks ``apikey`` and answers a real HTTP 401
``{"message":"Invalid API key","hint":...}`` (from Supabase client issue threads; the
self-hosted Kong route for storage has no key check): ``gateway_apikey_check`` turns this on.

The service-role and anon keys are real JWTs signed with the fake's JWT secret, so a key
minted with another secret fails exactly as on Supabase. Faults: :meth:`fail_next` (status,
``retry-after``), :meth:`stall_next_body` (headers then a stalled body),
:meth:`advance_clock` (expire signed URLs). Every request is recorded for assertions.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import jwt

from tests.support.quiet_server import QuietHTTPServer

DEFAULT_JWT_SECRET = "fake-supabase-jwt-secret-with-at-least-32-characters"
PREFIX = "/storage/v1"

# storage-api's isValidKey (JS ``\w`` is ASCII-only).
_VALID_KEY = re.compile(r"^(\w|/|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$", re.ASCII)
# Escapes JS decodeURI leaves alone: ; / ? : @ & = + $ , #
_RESERVED_ESCAPE = re.compile(r"(%(?:2[346BCFbcf]|3[ABDFabdf]|40))")
_BEARER = re.compile(r"^Bearer\s+", re.IGNORECASE)


def decode_uri(text: str) -> str:
    """JavaScript ``decodeURI``: percent-decoding that keeps reserved escapes."""
    pieces = _RESERVED_ESCAPE.split(text)
    return "".join(p if _RESERVED_ESCAPE.fullmatch(p) else unquote(p) for p in pieces)


def mint_key(role: str, secret: str = DEFAULT_JWT_SECRET, *, ttl: int = 10 * 365 * 86400) -> str:
    """A Supabase-style API key: a long-lived HS256 JWT whose ``role`` picks the DB role."""
    now = int(time.time())
    claims = {"iss": "supabase", "ref": "fake", "role": role, "iat": now, "exp": now + ttl}
    return jwt.encode(claims, secret, algorithm="HS256")


class StorageApiError(Exception):
    """An error rendered the storage-api way (HTTP 400 unless the code is 500)."""

    def __init__(self, status: str, code: str, message: str, error: str | None = None) -> None:
        super().__init__(message)
        self.body = {"statusCode": status, "code": code, "error": error or code, "message": message}
        self.http_status = 500 if status == "500" else 400


def _no_such_key() -> StorageApiError:
    return StorageApiError("404", "NoSuchKey", "Object not found", "not_found")


def _no_such_bucket() -> StorageApiError:
    return StorageApiError("404", "NoSuchBucket", "Bucket not found", "Bucket not found")


def _access_denied(message: str) -> StorageApiError:
    return StorageApiError("403", "AccessDenied", message, "Unauthorized")


class GatewayError(Exception):
    """A refusal by the API gateway in front of storage (a real HTTP status)."""

    def __init__(self, status: int, body: dict[str, str]) -> None:
        super().__init__(body.get("message", ""))
        self.status = status
        self.body = body


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    route: str  # download | legacy_download | sign | signed_download | upload | delete | unknown
    raw_path: str
    bucket: str | None
    name: str | None
    status: int
    had_authorization: bool
    had_apikey: bool
    content_length: str | None
    transfer_encoding: str | None
    fault: str | None = None


@dataclass
class _Fault:
    status: int = 500
    retry_after: str | None = None
    stall: float = 0.0  # > 0: send headers and a first chunk, then stall this long
    routes: frozenset[str] | None = None


@dataclass
class _Object:
    data: bytes
    content_type: str
    created: float
    etag: str


@dataclass
class _Bucket:
    file_size_limit: int | None = None
    objects: dict[str, _Object] = field(default_factory=dict)


class FakeSupabaseStorage:
    """Start with ``with FakeSupabaseStorage() as fake:``; ``fake.url`` is SUPABASE_URL."""

    def __init__(
        self,
        *,
        jwt_secret: str = DEFAULT_JWT_SECRET,
        buckets: Iterable[str] = ("medical-docs",),
        gateway_apikey_check: bool = True,
        chunk_size: int = 64 * 1024,
        send_content_length: bool = True,
        real_error_status: bool = False,
    ) -> None:
        self.jwt_secret = jwt_secret
        # True: storage-api errors go out with their own HTTP status (404), not 400.
        self.real_error_status = real_error_status
        self.gateway_apikey_check = gateway_apikey_check
        self.chunk_size = chunk_size
        # False: downloads are sent without Content-Length, delimited by closing the connection.
        self.send_content_length = send_content_length
        self.service_role_key = mint_key("service_role", jwt_secret)
        self.anon_key = mint_key("anon", jwt_secret)
        self._buckets: dict[str, _Bucket] = {name: _Bucket() for name in buckets}
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._requests: list[RecordedRequest] = []
        self._clock_offset = 0.0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------

    def start(self) -> FakeSupabaseStorage:
        server = QuietHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        cast(Any, server).fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeSupabaseStorage:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("fake storage is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- state ----------------------------------------------------------------------

    def create_bucket(self, name: str, *, file_size_limit: int | None = None) -> None:
        with self._lock:
            self._buckets[name] = _Bucket(file_size_limit=file_size_limit)

    def put_object(
        self, bucket: str, name: str, data: bytes, content_type: str = "application/pdf"
    ) -> None:
        with self._lock:
            self._buckets[bucket].objects[name] = _make_object(data, content_type, self.now())

    def object_bytes(self, bucket: str, name: str) -> bytes | None:
        with self._lock:
            obj = self._buckets[bucket].objects.get(name)
            return None if obj is None else obj.data

    def has_object(self, bucket: str, name: str) -> bool:
        with self._lock:
            return name in self._buckets[bucket].objects

    def object_content_type(self, bucket: str, name: str) -> str | None:
        with self._lock:
            obj = self._buckets[bucket].objects.get(name)
            return None if obj is None else obj.content_type

    def now(self) -> float:
        return time.time() + self._clock_offset

    def advance_clock(self, seconds: float) -> None:
        """Move the server's clock (signed URLs expire without sleeping)."""
        with self._lock:
            self._clock_offset += seconds

    # -- faults and records ----------------------------------------------------------

    def fail_next(
        self,
        status: int = 500,
        *,
        times: int = 1,
        retry_after: str | None = None,
        routes: Iterable[str] | None = None,
    ) -> None:
        """The next ``times`` requests (on ``routes``, if given) answer ``status``."""
        fault = _Fault(status, retry_after, 0.0, None if routes is None else frozenset(routes))
        with self._lock:
            self._faults.extend(fault for _ in range(times))

    def stall_next_body(self, *, times: int = 1, stall: float = 2.0) -> None:
        """The next downloads send headers and one chunk, then stall ``stall`` seconds."""
        fault = _Fault(200, None, stall, frozenset({"download", "signed_download"}))
        with self._lock:
            self._faults.extend(fault for _ in range(times))

    def _take_fault(self, route: str) -> _Fault | None:
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.routes is None or route in fault.routes:
                    return self._faults.pop(index)
        return None

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def count(self, route: str | None = None, *, status: int | None = None) -> int:
        return sum(
            1
            for r in self.requests
            if (route is None or r.route == route) and (status is None or r.status == status)
        )

    def reset_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    # -- storage-api logic (called from handler threads) -----------------------------

    def check_gateway(self, headers: Any) -> None:
        if not self.gateway_apikey_check:
            return
        apikey = headers.get("apikey")
        if not apikey:
            raise GatewayError(
                401,
                {
                    "message": "No API key found in request",
                    "hint": "No `apikey` request header or url param was found.",
                },
            )
        if apikey not in {self.service_role_key, self.anon_key}:
            raise GatewayError(
                401,
                {
                    "message": "Invalid API key",
                    "hint": "Double check your Supabase `anon` or `service_role` API key.",
                },
            )

    def verify_jwt(self, token: str) -> dict[str, Any]:
        """jsonwebtoken-compatible verification; raises ValueError with its messages."""
        if not token:
            raise ValueError("jwt must be provided")
        try:
            claims = jwt.decode(
                token,
                self.jwt_secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_aud": False, "verify_iat": False},
            )
        except jwt.InvalidSignatureError:
            raise ValueError("invalid signature") from None
        except jwt.InvalidTokenError:
            raise ValueError("jwt malformed") from None
        exp = claims.get("exp")
        if isinstance(exp, int | float) and exp <= self.now():
            raise ValueError("jwt expired")
        return dict(claims)

    def authenticate(self, headers: Any) -> str:
        """The role of the bearer token (storage-api's jwt plugin)."""
        token = _BEARER.sub("", headers.get("authorization") or "")
        try:
            claims = self.verify_jwt(token)
        except ValueError as exc:
            raise _access_denied(str(exc)) from None
        return str(claims.get("role") or "anon")

    def find_object(self, bucket: str, name: str, role: str) -> _Object:
        if not _VALID_KEY.match(name):
            raise StorageApiError("400", "InvalidKey", f"Invalid key: {name}")
        with self._lock:
            store = self._buckets.get(bucket)
            if store is None:
                raise _no_such_bucket()
            obj = store.objects.get(name)
        if obj is None or role != "service_role":  # RLS without policies hides everything
            raise _no_such_key()
        return obj

    def sign(self, bucket: str, name: str, raw_rest: str, body: bytes, role: str) -> str:
        try:
            expires_in = json.loads(body or b"{}").get("expiresIn")
        except (ValueError, AttributeError):
            raise StorageApiError("400", "InvalidRequest", "Body is not valid JSON") from None
        if not isinstance(expires_in, int) or isinstance(expires_in, bool) or expires_in < 1:
            raise StorageApiError(
                "400", "InvalidRequest", "body/expiresIn must be integer >= 1", "Bad Request"
            )
        self.find_object(bucket, name, role)
        url_to_sign = decode_uri(raw_rest)
        now = int(self.now())
        token = jwt.encode(
            {"url": url_to_sign, "iat": now, "exp": now + expires_in},
            self.jwt_secret,
            algorithm="HS256",
        )
        return f"/object/sign/{url_to_sign}?token={token}"

    def check_signed(self, bucket: str, name: str, token: str) -> _Object:
        try:
            claims = self.verify_jwt(token)
        except ValueError as exc:
            raise StorageApiError("400", "InvalidJWT", str(exc)) from None
        if claims.get("url") != f"{bucket}/{name}":
            raise StorageApiError("400", "InvalidSignature", "Invalid signature")
        return self.find_object(bucket, name, "service_role")  # asSuperUser()

    def store(
        self, bucket: str, name: str, data: bytes, content_type: str, role: str, upsert: bool
    ) -> None:
        if not _VALID_KEY.match(name):
            raise StorageApiError("400", "InvalidKey", f"Invalid key: {name}")
        with self._lock:
            target = self._buckets.get(bucket)
            if target is None:
                raise _no_such_bucket()
            if role != "service_role":
                raise _access_denied(
                    'new row violates row-level security policy for table "objects"'
                )
            if target.file_size_limit is not None and len(data) > target.file_size_limit:
                raise StorageApiError(
                    "413",
                    "EntityTooLarge",
                    "The object exceeded the maximum allowed size",
                    "Payload too large",
                )
            if name in target.objects and not upsert:
                raise StorageApiError(
                    "409", "KeyAlreadyExists", "The resource already exists", "Duplicate"
                )
            target.objects[name] = _make_object(data, content_type, self.now())

    def remove(self, bucket: str, name: str, role: str) -> None:
        """deleteObject: find it as the caller (RLS hides it from non-service roles), then drop it."""
        self.find_object(bucket, name, role)
        with self._lock:
            self._buckets[bucket].objects.pop(name, None)


def _make_object(data: bytes, content_type: str, now: float) -> _Object:
    return _Object(data, content_type, now, f'"{hashlib.md5(data).hexdigest()}"')  # noqa: S324


@dataclass
class _Route:
    name: str
    bucket: str | None = None
    object_name: str | None = None
    raw_rest: str = ""  # "<bucket>/<raw name>" as sent, for signing


def _route(method: str, path: str) -> _Route:
    if not path.startswith(PREFIX + "/object/"):
        return _Route("unknown")
    rest = path[len(PREFIX + "/object/") :]
    kinds = {
        ("GET", "authenticated/"): "download",
        ("POST", "sign/"): "sign",
        ("GET", "sign/"): "signed_download",
    }
    name = {"GET": "legacy_download", "DELETE": "delete"}.get(method, "upload")
    for (verb, marker), kind in kinds.items():
        if method == verb and rest.startswith(marker):
            name, rest = kind, rest[len(marker) :]
            break
    bucket, sep, raw_name = rest.partition("/")
    if not sep or not bucket or not raw_name:
        return _Route("unknown")
    return _Route(name, unquote(bucket), unquote(raw_name), rest)


class _Handler(BaseHTTPRequestHandler):
    _body_read = False
    _pending: tuple[str, _Route, str | None]
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate small writes
    server_version = "FakeSupabaseStorage/1.0"

    @property
    def fake(self) -> FakeSupabaseStorage:
        return cast(FakeSupabaseStorage, cast(Any, self.server).fake)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        route = _route(method, parts.path)
        # One handler instance serves a whole keep-alive connection: reset per request.
        self._body_read = False
        self._pending = (method, route, None)
        try:
            fault = self.fake._take_fault(route.name)
            if fault is not None:
                self._pending = (
                    method,
                    route,
                    "stall" if fault.stall else f"status_{fault.status}",
                )
            if fault is not None and not fault.stall:
                if method == "POST":
                    self._read_body()
                self._send_fault(fault)
                return
            self._dispatch(method, route, parts.query, stall=fault.stall if fault else 0.0)
        except StorageApiError as exc:
            if method == "POST":
                self._drain_quietly()
            status = exc.http_status
            if self.fake.real_error_status and exc.body["statusCode"].isdigit():
                status = int(exc.body["statusCode"])
            self._send_json(status, exc.body)
        except GatewayError as exc:
            if method == "POST":
                self._drain_quietly()
            self._send_json(exc.status, exc.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up mid-answer

    def send_response(self, code: int, message: str | None = None) -> None:
        # Recorded before the status line goes out, so a client that has its answer
        # always finds its request in ``fake.requests``.
        method, route, fault_name = self._pending
        self.fake._record(
            RecordedRequest(
                method=method,
                route=route.name,
                raw_path=self.path,
                bucket=route.bucket,
                name=route.object_name,
                status=code,
                had_authorization="authorization" in self.headers,
                had_apikey="apikey" in self.headers,
                content_length=self.headers.get("content-length"),
                transfer_encoding=self.headers.get("transfer-encoding"),
                fault=fault_name,
            )
        )
        super().send_response(code, message)

    def _dispatch(self, method: str, route: _Route, query: str, *, stall: float) -> None:
        fake = self.fake
        if route.name == "unknown" or route.bucket is None or route.object_name is None:
            self._send_json(
                404,
                {
                    "statusCode": "404",
                    "error": "Not Found",
                    "message": f"Route {method}:{self.path.split('?')[0]} not found",
                },
            )
            return
        bucket, name = route.bucket, route.object_name
        if route.name == "signed_download":
            token = (parse_qs(query).get("token") or [""])[0]
            if not token:
                raise StorageApiError(
                    "400", "InvalidRequest", "querystring must have required property 'token'"
                )
            self._send_object(fake.check_signed(bucket, name, token), stall)
            return
        fake.check_gateway(self.headers)
        if route.name == "upload":
            # Like storage-api's preHandler: auth before the body (_handle drains on refusal).
            role = fake.authenticate(self.headers)
            data = self._read_body()
            upsert = self.headers.get("x-upsert") == "true"
            content_type = self.headers.get("content-type") or "text/plain;charset=UTF-8"
            fake.store(bucket, name, data, content_type, role, upsert)
            self._send_json(200, {"Id": str(uuid.uuid4()), "Key": f"{bucket}/{name}"})
            return
        role = fake.authenticate(self.headers)
        if route.name == "delete":
            fake.remove(bucket, name, role)
            self._send_json(200, {"message": "Successfully deleted"})
            return
        if route.name == "sign":
            signed = fake.sign(bucket, name, route.raw_rest, self._read_body(), role)
            self._send_json(200, {"signedURL": signed})
            return
        self._send_object(fake.find_object(bucket, name, role), stall)

    # -- bodies -----------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if self._body_read:
            return b""
        self._body_read = True
        if "chunked" in (self.headers.get("transfer-encoding") or "").lower():
            out = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return bytes(out)
                out += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _drain_quietly(self) -> None:
        try:
            self._read_body()
        except (OSError, ValueError):
            self.close_connection = True

    def _send_json(self, status: int, body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_fault(self, fault: _Fault) -> None:
        if fault.status == 429:
            body = {
                "statusCode": "429",
                "code": "SlowDown",
                "error": "too_many_requests",
                "message": "Too many requests",
            }
        else:
            body = {
                "statusCode": str(fault.status),
                "code": "InternalError",
                "error": "internal",
                "message": "Internal server error",
            }
        payload = json.dumps(body).encode()
        self.send_response(fault.status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(payload)))
        if fault.retry_after is not None:
            self.send_header("retry-after", fault.retry_after)
        self.end_headers()
        self.wfile.write(payload)

    def _send_object(self, obj: _Object, stall: float) -> None:
        self.send_response(200)
        self.send_header("content-type", obj.content_type)
        if self.fake.send_content_length:
            self.send_header("content-length", str(len(obj.data)))
        else:
            self.send_header("connection", "close")
            self.close_connection = True
        self.send_header("cache-control", "max-age=3600")
        self.send_header("etag", obj.etag)
        self.send_header("last-modified", formatdate(obj.created, usegmt=True))
        self.end_headers()
        view = memoryview(obj.data)
        step = self.fake.chunk_size
        for offset in range(0, len(view), step):
            self.wfile.write(view[offset : offset + step])
            if stall and offset == 0:
                self.wfile.flush()
                time.sleep(stall)
