"""Supabase user tokens (JWKS-signed or legacy HS256) and webhook secrets.

A token is checked in this order, each failure with its own machine code (401 unless noted):

- header: ``alg`` must be ES256, RS256 or EdDSA (key from the project's JWKS, chosen by
  ``kid``: ``unknown_key`` if the project does not publish it) or HS256 (only when
  ``SUPABASE_JWT_SECRET`` is set, and only ever verified with that secret). Anything else,
  ``none`` included, or an algorithm whose key source is not configured, is
  ``algorithm_not_allowed``; a key of another type than ``alg`` names is refused too, so
  a public key can never be used as an HMAC secret.
- signature (``invalid_signature``), then the claims: ``exp`` required and exact
  (``token_expired``); ``iat``/``nbf`` may be up to ``leeway`` seconds in the future (our
  clock behind the issuer's; ``token_not_yet_valid`` beyond). Expiry gets no leeway: a
  token refused 30 s early is refreshed by the client, an expired one is not honoured late.
- ``aud`` = ``SUPABASE_JWT_AUDIENCE``, default ``authenticated`` (``invalid_audience``),
  ``iss`` = ``<SUPABASE_URL>/auth/v1`` when the project URL is known (``invalid_issuer``),
  ``sub`` a UUID (``invalid_subject``), ``role`` =
  ``authenticated`` (``invalid_role``); a missing required claim is ``missing_claim``.
- anonymous users (Supabase anonymous sign-in: ``is_anonymous: true``, role still
  ``authenticated``) are refused with 403 ``anonymous_not_allowed``: every hook route
  uploads or reads a patient's medical documents, which an unverified throwaway identity
  must not do. ``SUPABASE_ALLOW_ANONYMOUS=true`` lets them through as ordinary callers
  (``Caller.is_anonymous`` set); the per-patient access checks still apply.
- the JWKS endpoint down with no keys cached: 503 ``jwks_unavailable``.

Error texts name the problem, never the token's contents. A claim failure also names the
claim (``AuthError.claim``) and what the hook expects of it (``AuthError.hint``, built from
our configuration only), so a hand-made token can be fixed without guessing.
"""

from __future__ import annotations

import hmac
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jwt

from pipeline.errors import DocpipeError
from pipeline.hook.jwks import ASYMMETRIC_ALGORITHMS, JwksCache, JwksUnavailable
from pipeline.settings import Settings

REQUIRED_ROLE = "authenticated"


class AuthError(DocpipeError):
    """The request is not authenticated; ``code`` and the text are safe to return."""

    code = "unauthorized"

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        status: int = 401,
        claim: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message or code.replace("_", " "), code=code)
        self.status = status
        #: The claim at fault and what the hook expects of it (configuration, never
        #: anything read from the token), for the error body.
        self.claim = claim
        self.hint = hint


@dataclass(frozen=True)
class Caller:
    user_id: uuid.UUID
    role: str
    is_anonymous: bool = False


def bearer_token(header: str | None) -> str:
    if not header or not header.lower().startswith("bearer ") or not header[7:].strip():
        raise AuthError("missing_token", "missing bearer token")
    return header[7:].strip()


# PyJWT's errors, most specific first (InvalidSignatureError is a DecodeError, etc.).
_JWT_ERRORS: tuple[tuple[type[jwt.InvalidTokenError], str, str], ...] = (
    (jwt.ExpiredSignatureError, "token_expired", "the token has expired"),
    (jwt.ImmatureSignatureError, "token_not_yet_valid", "the token is not valid yet"),
    (jwt.InvalidAudienceError, "invalid_audience", "the token is for another audience"),
    (jwt.InvalidIssuerError, "invalid_issuer", "the token is from another issuer"),
    (jwt.MissingRequiredClaimError, "missing_claim", "the token lacks a required claim"),
    (jwt.InvalidSignatureError, "invalid_signature", "the token signature does not verify"),
    (jwt.InvalidAlgorithmError, "algorithm_not_allowed", "the token algorithm is not allowed"),
    (jwt.DecodeError, "malformed_token", "the token is not a well-formed JWT"),
    (jwt.InvalidTokenError, "invalid_token", "the token is not valid"),
)


#: The claims a user token must carry, and what each must hold (for error hints).
CLAIM_RULES: dict[str, str] = {
    "sub": "the user's id (a UUID)",
    "role": "'authenticated'",
    "exp": "the expiry, in seconds since the epoch, in the future",
    "iss": "<SUPABASE_URL>/auth/v1",
}


def claim_hint(claim: str, audience: str) -> str:
    """What the hook expects of ``claim``: from our configuration, never from the token."""
    if claim == "aud":
        return f"user tokens must carry aud = '{audience}' (SUPABASE_JWT_AUDIENCE)"
    rule = CLAIM_RULES.get(claim)
    return f"user tokens must carry {claim} = {rule}" if rule else f"the claim {claim} is required"


#: PyJWT failures that are about one claim.
_CLAIM_OF_CODE = {"invalid_audience": "aud", "invalid_issuer": "iss", "token_expired": "exp"}


def _jwt_error(exc: jwt.InvalidTokenError, audience: str) -> AuthError:
    if isinstance(exc, jwt.MissingRequiredClaimError):
        claim = str(exc.claim)  # one of the names we required, not token content
        return AuthError(
            "missing_claim",
            f"the token has no '{claim}' claim",
            claim=claim,
            hint=claim_hint(claim, audience),
        )
    for kind, code, message in _JWT_ERRORS:
        if isinstance(exc, kind):
            about = _CLAIM_OF_CODE.get(code)
            hint = claim_hint(about, audience) if about else None
            return AuthError(code, message, claim=about, hint=hint)
    return AuthError("invalid_token", "the token is not valid")  # pragma: no cover


class TokenVerifier:
    """Verifies user tokens for one Supabase project; build once, share between requests."""

    def __init__(
        self,
        *,
        hs256_secret: str | None = None,
        jwks: JwksCache | None = None,
        audience: str = REQUIRED_ROLE,
        issuer: str | None = None,
        leeway: float = 30.0,
        allow_anonymous: bool = False,
    ) -> None:
        self.hs256_secret = hs256_secret or None
        self.jwks = jwks
        self.audience = audience
        self.issuer = issuer
        self.leeway = max(0.0, leeway)
        self.allow_anonymous = allow_anonymous

    @classmethod
    def from_settings(cls, settings: Settings) -> TokenVerifier:
        project = settings.supabase_url.rstrip("/") if settings.supabase_url else None
        jwks_url = settings.supabase_jwks_url or (
            f"{project}/auth/v1/.well-known/jwks.json" if project else None
        )
        return cls(
            hs256_secret=settings.supabase_jwt_secret,
            jwks=JwksCache(jwks_url, ttl=settings.supabase_jwks_ttl) if jwks_url else None,
            audience=settings.supabase_jwt_audience,
            issuer=f"{project}/auth/v1" if project else None,
            leeway=settings.supabase_jwt_leeway,
            allow_anonymous=settings.supabase_allow_anonymous,
        )

    @property
    def configured(self) -> bool:
        return self.hs256_secret is not None or self.jwks is not None

    def verify(self, token: str) -> Caller:
        key, algorithm = self._key_for(token)
        required = ["exp", "sub", "aud", *(["iss"] if self.issuer else [])]
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[algorithm],
                audience=self.audience,
                issuer=self.issuer,
                leeway=self.leeway,
                # Expiry is checked below without leeway (see the module docstring).
                options={"require": required, "verify_exp": False},
            )
        except jwt.InvalidTokenError as exc:
            raise _jwt_error(exc, self.audience) from exc
        return self._caller(claims)

    def _key_for(self, token: str) -> tuple[Any, str]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as exc:
            raise AuthError("malformed_token", "the token is not a well-formed JWT") from exc
        algorithm = header.get("alg")
        if algorithm == "HS256" and self.hs256_secret is not None:
            return self.hs256_secret, algorithm
        if algorithm not in ASYMMETRIC_ALGORITHMS or self.jwks is None:
            raise AuthError("algorithm_not_allowed", "the token algorithm is not allowed")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise AuthError("unknown_key", "the token names no signing key")
        try:
            jwk = self.jwks.get(kid)
        except JwksUnavailable as exc:
            raise AuthError("jwks_unavailable", exc.message, status=503) from exc
        if jwk is None:
            raise AuthError("unknown_key", "the token's signing key is not published")
        if jwk.algorithm_name != algorithm:
            raise AuthError("algorithm_not_allowed", "the token algorithm does not match its key")
        return jwk.key, algorithm

    def _caller(self, claims: Mapping[str, Any]) -> Caller:
        exp = claims["exp"]
        if not isinstance(exp, (int, float)) or isinstance(exp, bool):
            raise AuthError(
                "invalid_token",
                "the token expiry is not a number",
                claim="exp",
                hint=claim_hint("exp", self.audience),
            )
        if time.time() >= exp:
            raise AuthError(
                "token_expired",
                "the token has expired",
                claim="exp",
                hint=claim_hint("exp", self.audience),
            )
        try:
            user_id = uuid.UUID(str(claims["sub"]))
        except ValueError as exc:
            raise AuthError(
                "invalid_subject",
                "the token subject is not a user id",
                claim="sub",
                hint=claim_hint("sub", self.audience),
            ) from exc
        role = claims.get("role")
        if role != REQUIRED_ROLE:
            raise AuthError(
                "invalid_role",
                "the token role is not 'authenticated'",
                claim="role",
                hint=claim_hint("role", self.audience),
            )
        is_anonymous = claims.get("is_anonymous") is True
        if is_anonymous and not self.allow_anonymous:
            raise AuthError(
                "anonymous_not_allowed", "anonymous users may not use this API", status=403
            )
        return Caller(user_id=user_id, role=role, is_anonymous=is_anonymous)


def verify_jwt(token: str, secret: str, audience: str) -> Caller:
    """HS256 only, with the default leeway (kept for callers without a TokenVerifier)."""
    return TokenVerifier(hs256_secret=secret, audience=audience).verify(token)


def check_shared_secret(presented: str | None, expected: str) -> None:
    if not presented or not hmac.compare_digest(presented.encode(), expected.encode()):
        raise AuthError("bad_webhook_secret", "bad webhook secret")
