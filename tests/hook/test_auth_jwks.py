"""Supabase user tokens: JWKS-signed (ES256, RS256, EdDSA) and legacy HS256.

A real HTTP server plays the project's JWKS endpoint, serving public keys generated here
and counting its requests; the JWKS cache runs on a controllable clock. The last tests go
through the real hook over HTTP with a real database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from dramatiq.brokers.stub import StubBroker
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

from pipeline.db import make_pool
from pipeline.hook.app import create_app
from pipeline.hook.auth import AuthError, TokenVerifier
from pipeline.hook.jwks import JwksCache
from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
from pipeline.settings import Settings
from tests.support import factories as f
from tests.support.http import serve_app
from tests.support.pg import dict_connect
from tests.support.quiet_server import QuietHTTPServer

PROJECT = "https://abcdefgh.supabase.co"
ISSUER = f"{PROJECT}/auth/v1"
HS_SECRET = "legacy-hs256-secret-with-enough-length-for-hs256"
ALGORITHMS = ["ES256", "RS256", "EdDSA"]


# -- keys and tokens ---------------------------------------------------------------------


@dataclass
class SigningKey:
    kid: str
    alg: str
    private: Any

    @classmethod
    def generate(cls, alg: str, kid: str | None = None) -> SigningKey:
        private: Any
        if alg == "ES256":
            private = ec.generate_private_key(ec.SECP256R1())
        elif alg == "RS256":
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            private = ed25519.Ed25519PrivateKey.generate()
        return cls(kid or f"{alg.lower()}-{uuid.uuid4().hex[:8]}", alg, private)

    def jwk(self) -> dict[str, Any]:
        """The public half as Supabase publishes it."""
        encoder: Any = {"ES256": ECAlgorithm, "RS256": RSAAlgorithm, "EdDSA": OKPAlgorithm}
        data: dict[str, Any] = json.loads(encoder[self.alg].to_jwk(self.private.public_key()))
        return {**data, "kid": self.kid, "alg": self.alg, "use": "sig", "key_ops": ["verify"]}

    def public_pem(self) -> bytes:
        return bytes(
            self.private.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )

    def sign(self, claims: dict[str, Any], **header: Any) -> str:
        return jwt.encode(
            claims, self.private, algorithm=self.alg, headers={"kid": self.kid, **header}
        )


def claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {
        "sub": str(uuid.uuid4()),
        "role": "authenticated",
        "aud": "authenticated",
        "iss": ISSUER,
        "iat": now,
        "exp": now + 3600,
        "is_anonymous": False,
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hand_made_token(header: dict[str, Any], payload: dict[str, Any], hmac_key: bytes) -> str:
    """A token PyJWT refuses to make (alg none, HS256 keyed with a public key)."""
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(payload).encode())}"
    if header["alg"] == "none":
        return f"{signing_input}."
    mac = hmac.new(hmac_key, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(mac)}"


# -- the fake JWKS endpoint --------------------------------------------------------------


@dataclass
class JwksServer:
    url: str = ""
    keys: list[dict[str, Any]] = field(default_factory=list)
    requests: int = 0
    failing: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def publish(self, *keys: SigningKey) -> None:
        self.keys = [key.jwk() for key in keys]


@pytest.fixture
def jwks_server() -> Iterator[JwksServer]:
    state = JwksServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with state.lock:
                state.requests += 1
            if self.path != "/auth/v1/.well-known/jwks.json" or state.failing:
                self.send_response(503 if state.failing else 404)
                self.end_headers()
                return
            body = json.dumps({"keys": state.keys}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = QuietHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/auth/v1/.well-known/jwks.json"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_verifier(
    server: JwksServer | None, clock: Clock | None = None, **kwargs: Any
) -> TokenVerifier:
    jwks = None
    if server is not None:
        jwks = JwksCache(server.url, ttl=600, min_refresh_interval=30, clock=clock or Clock())
    kwargs.setdefault("issuer", ISSUER)
    return TokenVerifier(jwks=jwks, **kwargs)


def refused(verifier: TokenVerifier, token: str) -> AuthError:
    with pytest.raises(AuthError) as caught:
        verifier.verify(token)
    return caught.value


# -- JWKS keys ---------------------------------------------------------------------------


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_token_signed_with_each_published_key_type_is_accepted(
    jwks_server: JwksServer, alg: str
) -> None:
    """ES256, RS256 and EdDSA keys from the JWKS verify; the caller is the token's subject."""
    key = SigningKey.generate(alg)
    jwks_server.publish(SigningKey.generate("ES256"), key)
    verifier = make_verifier(jwks_server)
    body = claims()
    caller = verifier.verify(key.sign(body))
    assert caller.user_id == uuid.UUID(body["sub"])
    assert (caller.role, caller.is_anonymous) == ("authenticated", False)
    assert jwks_server.requests == 1


def test_keys_are_cached_until_the_ttl(jwks_server: JwksServer, clock: Clock) -> None:
    """Many tokens, one fetch; after the TTL the keys are fetched again."""
    key = SigningKey.generate("ES256")
    jwks_server.publish(key)
    verifier = make_verifier(jwks_server, clock)
    for _ in range(20):
        verifier.verify(key.sign(claims()))
    assert jwks_server.requests == 1
    clock.now += 601
    verifier.verify(key.sign(claims()))
    assert jwks_server.requests == 2


def test_unknown_kid_refreshes_once_and_accepts_the_rotated_key(
    jwks_server: JwksServer, clock: Clock
) -> None:
    """Key rotation inside the TTL: the new kid triggers one refetch and is then accepted."""
    old, new = SigningKey.generate("ES256"), SigningKey.generate("EdDSA")
    jwks_server.publish(old)
    verifier = make_verifier(jwks_server, clock)
    verifier.verify(old.sign(claims()))
    clock.now += 120  # well inside the 600 s TTL
    jwks_server.publish(old, new)
    verifier.verify(new.sign(claims()))
    verifier.verify(new.sign(claims()))
    verifier.verify(old.sign(claims()))
    assert jwks_server.requests == 2


def test_a_flood_of_unknown_kids_fetches_the_jwks_at_most_once_per_interval(
    jwks_server: JwksServer, clock: Clock
) -> None:
    """400 bogus kids from 8 threads: one fetch per 30 s interval, every token refused."""
    real = SigningKey.generate("ES256")
    jwks_server.publish(real)
    verifier = make_verifier(jwks_server, clock)
    verifier.verify(real.sign(claims()))
    codes: list[str] = []

    def flood() -> None:
        for _ in range(25):
            bogus = SigningKey("bogus-" + uuid.uuid4().hex, "ES256", real.private)
            try:
                verifier.verify(bogus.sign(claims()))
            except AuthError as exc:
                codes.append(exc.code)

    for _ in range(2):  # two intervals
        clock.now += 31
        threads = [threading.Thread(target=flood) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    assert codes == ["unknown_key"] * 400
    assert jwks_server.requests == 3  # the first fetch, then one per interval


def test_jwks_down_with_nothing_cached_is_a_503_code(jwks_server: JwksServer) -> None:
    jwks_server.failing = True
    key = SigningKey.generate("ES256")
    error = refused(make_verifier(jwks_server), key.sign(claims()))
    assert (error.code, error.status) == ("jwks_unavailable", 503)


def test_jwks_down_after_the_ttl_keeps_the_last_good_keys(
    jwks_server: JwksServer, clock: Clock
) -> None:
    """An outage of the endpoint does not log everybody out, nor get hammered."""
    key = SigningKey.generate("RS256")
    jwks_server.publish(key)
    verifier = make_verifier(jwks_server, clock)
    verifier.verify(key.sign(claims()))
    jwks_server.failing = True
    clock.now += 601
    for _ in range(10):
        verifier.verify(key.sign(claims()))
    assert jwks_server.requests == 2


# -- claims ------------------------------------------------------------------------------


@pytest.fixture
def es_key(jwks_server: JwksServer) -> SigningKey:
    key = SigningKey.generate("ES256")
    jwks_server.publish(key)
    return key


def test_iat_a_few_seconds_ahead_is_accepted(jwks_server: JwksServer, es_key: SigningKey) -> None:
    """Our clock 5 s behind the issuer's: within the 30 s leeway."""
    now = int(time.time())
    verifier = make_verifier(jwks_server)
    verifier.verify(es_key.sign(claims(iat=now + 5)))
    verifier.verify(es_key.sign(claims(iat=now + 5, nbf=now + 5)))
    error = refused(verifier, es_key.sign(claims(iat=now + 600)))
    assert error.code == "token_not_yet_valid"


@pytest.mark.parametrize("seconds_ago", [5, 3600])
def test_expired_token_is_refused_without_leeway(
    jwks_server: JwksServer, es_key: SigningKey, seconds_ago: int
) -> None:
    token = es_key.sign(claims(exp=int(time.time()) - seconds_ago))
    error = refused(make_verifier(jwks_server), token)
    assert (error.code, error.status) == ("token_expired", 401)


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"iss": "https://other-project.supabase.co/auth/v1"}, "invalid_issuer"),
        ({"iss": None}, "missing_claim"),
        ({"aud": "somebody-else"}, "invalid_audience"),
        ({"aud": None}, "missing_claim"),
        ({"exp": None}, "missing_claim"),
        ({"sub": "not-a-uuid"}, "invalid_subject"),
        ({"role": "anon"}, "invalid_role"),
        ({"role": "service_role"}, "invalid_role"),
        ({"role": None}, "invalid_role"),
    ],
)
def test_wrong_claims_are_refused_with_their_code(
    jwks_server: JwksServer, es_key: SigningKey, overrides: dict[str, Any], code: str
) -> None:
    error = refused(make_verifier(jwks_server), es_key.sign(claims(**overrides)))
    assert (error.code, error.status) == (code, 401)
    assert "somebody-else" not in error.message and "not-a-uuid" not in error.message


def test_audience_is_configurable(jwks_server: JwksServer, es_key: SigningKey) -> None:
    verifier = make_verifier(jwks_server, audience="docpipe")
    verifier.verify(es_key.sign(claims(aud="docpipe")))
    assert refused(verifier, es_key.sign(claims())).code == "invalid_audience"


def test_issuer_is_not_checked_when_the_project_url_is_unknown(
    jwks_server: JwksServer, es_key: SigningKey
) -> None:
    """SUPABASE_JWKS_URL alone: the keys still pin the project."""
    verifier = make_verifier(jwks_server, issuer=None)
    verifier.verify(es_key.sign(claims(iss=None)))


# -- legacy HS256 and algorithm confusion --------------------------------------------------


def test_hs256_legacy_path_works_alone_and_beside_jwks(jwks_server: JwksServer) -> None:
    es = SigningKey.generate("ES256")
    jwks_server.publish(es)
    hs_token = jwt.encode(claims(), HS_SECRET, algorithm="HS256")
    make_verifier(None, hs256_secret=HS_SECRET).verify(hs_token)
    both = make_verifier(jwks_server, hs256_secret=HS_SECRET)
    both.verify(hs_token)
    both.verify(es.sign(claims()))
    forged = jwt.encode(claims(), "another-secret-that-is-long-enough-for-hs256", algorithm="HS256")
    assert refused(both, forged).code == "invalid_signature"


def test_hs256_is_refused_when_no_secret_is_configured(jwks_server: JwksServer) -> None:
    token = jwt.encode(claims(), HS_SECRET, algorithm="HS256")
    assert refused(make_verifier(jwks_server), token).code == "algorithm_not_allowed"
    assert jwks_server.requests == 0  # refused before any key lookup


@pytest.mark.parametrize("with_secret", [False, True], ids=["jwks_only", "jwks_and_secret"])
@pytest.mark.parametrize("alg", ["RS256", "ES256", "EdDSA"])
def test_hs256_token_keyed_with_a_published_public_key_is_refused(
    jwks_server: JwksServer, alg: str, with_secret: bool
) -> None:
    """Algorithm confusion: the public key (PEM or JWK JSON) as an HMAC secret never verifies."""
    key = SigningKey.generate(alg)
    jwks_server.publish(key)
    verifier = make_verifier(jwks_server, hs256_secret=HS_SECRET if with_secret else None)
    header = {"alg": "HS256", "typ": "JWT", "kid": key.kid}
    for hmac_key in (key.public_pem(), json.dumps(key.jwk()).encode()):
        error = refused(verifier, hand_made_token(header, claims(), hmac_key))
        assert error.code == ("invalid_signature" if with_secret else "algorithm_not_allowed")


def test_alg_none_is_refused(jwks_server: JwksServer, es_key: SigningKey) -> None:
    verifier = make_verifier(jwks_server, hs256_secret=HS_SECRET)
    for alg in ("none", "None", "NONE"):
        token = hand_made_token({"alg": alg, "kid": es_key.kid}, claims(), b"")
        assert refused(verifier, token).code == "algorithm_not_allowed"


def test_alg_must_match_the_published_key(jwks_server: JwksServer) -> None:
    """An RS256 header naming an EC key's kid, or a symmetric key in the JWKS: refused."""
    es = SigningKey.generate("ES256")
    jwks_server.publish(es)
    jwks_server.keys.append(
        {"kty": "oct", "kid": "sym", "k": b64(HS_SECRET.encode()), "alg": "HS256"}
    )
    verifier = make_verifier(jwks_server)
    rsa_key = SigningKey.generate("RS256", kid=es.kid)
    assert refused(verifier, rsa_key.sign(claims())).code == "algorithm_not_allowed"
    sym = jwt.encode(claims(), HS_SECRET, algorithm="HS256", headers={"kid": "sym"})
    assert refused(verifier, sym).code == "algorithm_not_allowed"
    not_sym = SigningKey("sym", "ES256", es.private)
    assert refused(verifier, not_sym.sign(claims())).code == "unknown_key"


@pytest.mark.parametrize("token", ["", "abc", "a.b.c", "Bearer x"])
def test_garbage_is_a_malformed_token(jwks_server: JwksServer, token: str) -> None:
    assert refused(make_verifier(jwks_server), token).code == "malformed_token"


# -- anonymous users ---------------------------------------------------------------------


def test_anonymous_users_are_refused_with_403_unless_allowed(
    jwks_server: JwksServer, es_key: SigningKey
) -> None:
    token = es_key.sign(claims(is_anonymous=True))
    error = refused(make_verifier(jwks_server), token)
    assert (error.code, error.status) == ("anonymous_not_allowed", 403)
    caller = make_verifier(jwks_server, allow_anonymous=True).verify(token)
    assert caller.is_anonymous is True


# -- settings ----------------------------------------------------------------------------


def test_settings_build_the_verifier_from_the_project_url() -> None:
    settings = Settings.from_env(
        {
            "SUPABASE_URL": PROJECT + "/",
            "SUPABASE_JWT_AUDIENCE": "docpipe",
            "SUPABASE_JWT_LEEWAY_SECONDS": "10",
            "SUPABASE_JWKS_TTL_SECONDS": "60",
            "SUPABASE_ALLOW_ANONYMOUS": "true",
        }
    )
    verifier = TokenVerifier.from_settings(settings)
    assert verifier.jwks is not None
    assert verifier.jwks.url == f"{PROJECT}/auth/v1/.well-known/jwks.json"
    assert (verifier.jwks.ttl, verifier.leeway) == (60.0, 10.0)
    assert (verifier.issuer, verifier.audience) == (ISSUER, "docpipe")
    assert verifier.allow_anonymous and verifier.hs256_secret is None
    override = TokenVerifier.from_settings(
        Settings.from_env({"SUPABASE_JWKS_URL": "http://127.0.0.1:9/jwks"})
    )
    assert override.jwks is not None and override.jwks.url == "http://127.0.0.1:9/jwks"
    assert override.issuer is None
    legacy = TokenVerifier.from_settings(Settings.from_env({"SUPABASE_JWT_SECRET": HS_SECRET}))
    assert legacy.configured and legacy.jwks is None
    assert not TokenVerifier.from_settings(Settings.from_env({})).configured


# -- through the hook --------------------------------------------------------------------


@dataclass
class LiveHook:
    url: str
    db_url: str
    owner: uuid.UUID
    patient: uuid.UUID

    def upload(self, token: str | None) -> httpx.Response:
        headers = {"content-type": "application/json", "idempotency-key": uuid.uuid4().hex}
        if token is not None:
            headers["authorization"] = f"Bearer {token}"
        body = {
            "patient_id": str(self.patient),
            "storage_path": f"{self.patient}/scan.pdf",
            "original_filename": "scan.pdf",
            "mime_type": "application/pdf",
            "file_size_bytes": 1000,
        }
        return httpx.post(f"{self.url}/v1/shell-files", json=body, headers=headers, timeout=30)

    def files(self) -> int:
        with dict_connect(self.db_url) as conn:
            row = conn.execute("SELECT count(*) AS n FROM shell_files").fetchone()
        assert row is not None
        return int(row["n"])


@contextmanager
def serve_hook(settings: Settings, db_url: str) -> Iterator[LiveHook]:
    with dict_connect(db_url) as conn:
        owner, patient = f.make_patient(conn)
    broker = StubBroker()
    declare_stage_queues(broker)
    with make_pool(db_url, max_size=4) as pool:
        app = create_app(settings, pool=pool, dispatcher=Dispatcher(broker, pool))
        with serve_app(app) as url:
            yield LiveHook(url, db_url, owner, patient)
    broker.close()


@pytest.fixture
def live_hook(jwks_server: JwksServer, fresh_db_url: str) -> Iterator[LiveHook]:
    settings = Settings(
        database_url=fresh_db_url,
        supabase_url=PROJECT,
        supabase_jwks_url=jwks_server.url,
        supabase_jwt_secret=None,
    )
    with serve_hook(settings, fresh_db_url) as live:
        yield live


@pytest.mark.db
@pytest.mark.integration
def test_hook_accepts_jwks_signed_tokens_and_answers_refusals_with_codes(
    live_hook: LiveHook, jwks_server: JwksServer
) -> None:
    """ES256 upload is 201; expired 401, anonymous 403, unknown kid 401: each with its code."""
    key = SigningKey.generate("ES256")
    jwks_server.publish(key)
    now = int(time.time())
    ok = live_hook.upload(key.sign(claims(sub=str(live_hook.owner), iat=now + 5)))
    assert ok.status_code == 201, ok.text
    cases = [
        (claims(sub=str(live_hook.owner), exp=now - 60), key, 401, "token_expired"),
        (claims(sub=str(live_hook.owner), is_anonymous=True), key, 403, "anonymous_not_allowed"),
        (claims(sub=str(live_hook.owner)), SigningKey.generate("ES256"), 401, "unknown_key"),
    ]
    for body, signer, status, code in cases:
        response = live_hook.upload(signer.sign(body))
        assert (response.status_code, response.json()["error"]["code"]) == (status, code)
    missing = live_hook.upload(None)
    assert (missing.status_code, missing.json()["error"]["code"]) == (401, "missing_token")
    assert live_hook.files() == 1


@pytest.mark.db
@pytest.mark.integration
def test_hook_without_any_token_key_is_not_configured(fresh_db_url: str) -> None:
    with serve_hook(Settings(database_url=fresh_db_url), fresh_db_url) as live:
        response = live.upload(jwt.encode(claims(), HS_SECRET, algorithm="HS256"))
    assert (response.status_code, response.json()["error"]["code"]) == (503, "not_configured")
