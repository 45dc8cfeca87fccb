"""Supabase-style bearer JWTs (HS256 with SUPABASE_JWT_SECRET) and webhook secrets."""

from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass

import jwt


class AuthError(Exception):
    """The request is not authenticated; the text is safe to return."""


@dataclass(frozen=True)
class Caller:
    user_id: uuid.UUID
    role: str


def bearer_token(header: str | None) -> str:
    if not header or not header.lower().startswith("bearer "):
        raise AuthError("missing bearer token")
    return header[7:].strip()


def verify_jwt(token: str, secret: str, audience: str) -> Caller:
    """Signature, expiry and audience are all checked; the subject must be a uuid."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            audience=audience,
            options={"require": ["exp", "sub", "aud"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise AuthError("token expired") from exc
    except jwt.InvalidTokenError as exc:
        raise AuthError("invalid token") from exc
    try:
        user_id = uuid.UUID(str(claims["sub"]))
    except ValueError as exc:
        raise AuthError("invalid token subject") from exc
    role = str(claims.get("role", ""))
    if role != "authenticated":
        raise AuthError("token role is not 'authenticated'")
    return Caller(user_id=user_id, role=role)


def check_shared_secret(presented: str | None, expected: str) -> None:
    if not presented or not hmac.compare_digest(presented.encode(), expected.encode()):
        raise AuthError("bad webhook secret")
