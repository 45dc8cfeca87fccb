"""Hook answers that help: a refused token names the claim at fault and what the hook
expects of it (never what the token holds); a refused file type lists the accepted ones."""

from __future__ import annotations

import time
import uuid
from typing import Any

import jwt
import pytest

from pipeline.hook.schemas import ACCEPTED_MIME_TYPES
from tests.hook.hookkit import Hook, post
from tests.support.http import JWT_SECRET

pytestmark = [pytest.mark.db, pytest.mark.integration]


def _token(user: uuid.UUID, **claims: Any) -> str:
    base: dict[str, Any] = {
        "sub": str(user),
        "role": "authenticated",
        "aud": "authenticated",
        "exp": int(time.time()) + 600,
    }
    for name, value in claims.items():
        if value is None:
            base.pop(name)
        else:
            base[name] = value
    return jwt.encode(base, JWT_SECRET, algorithm="HS256")


@pytest.mark.parametrize(
    ("claims", "code", "claim", "hint"),
    [
        ({"aud": None}, "missing_claim", "aud", "aud = 'authenticated' (SUPABASE_JWT_AUDIENCE)"),
        (
            {"aud": "Jane-Doe-1970"},
            "invalid_audience",
            "aud",
            "aud = 'authenticated' (SUPABASE_JWT_AUDIENCE)",
        ),
        ({"sub": None}, "missing_claim", "sub", "sub = the user's id (a UUID)"),
        ({"sub": "Jane-Doe-1970"}, "invalid_subject", "sub", "sub = the user's id (a UUID)"),
        ({"role": "Jane-Doe-1970"}, "invalid_role", "role", "role = 'authenticated'"),
        ({"exp": None}, "missing_claim", "exp", "exp = the expiry"),
        ({"exp": 1000}, "token_expired", "exp", "exp = the expiry"),
    ],
)
def test_a_refused_token_names_the_claim_and_the_fix(
    hook: Hook,
    people: dict[str, uuid.UUID],
    claims: dict[str, Any],
    code: str,
    claim: str,
    hint: str,
) -> None:
    """401 with the code, the claim and a hint built from our configuration; the token's
    own values (here a name and a birth year) never come back."""
    token = _token(people["owner"], **claims)
    response = post(hook, None, hook.body(people["patient"]), token=token)
    assert response.status_code == 401, response.text
    error = response.json()["error"]
    assert (error["code"], error["claim"]) == (code, claim)
    assert hint in error["hint"]
    assert "Jane" not in response.text and "1970" not in response.text
    assert hook.counts() == (0, 0)


def test_errors_without_a_claim_keep_the_plain_shape(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """A bad signature is not about a claim: code and message only."""
    token = jwt.encode(
        {"sub": str(people["owner"]), "aud": "authenticated", "exp": int(time.time()) + 60},
        "another-secret-that-is-long-enough-for-hs256",
        algorithm="HS256",
    )
    response = post(hook, None, hook.body(people["patient"]), token=token)
    assert response.status_code == 401
    assert set(response.json()["error"]) == {"code", "message"}


def test_unsupported_media_type_lists_the_accepted_types(
    hook: Hook, people: dict[str, uuid.UUID]
) -> None:
    """415 says which types are accepted, in the message and as a list."""
    body = hook.body(people["patient"], mime_type="application/x-msdownload")
    response = post(hook, people["owner"], body)
    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_media_type"
    assert error["accepted"] == sorted(ACCEPTED_MIME_TYPES)
    assert "application/pdf" in error["message"] and "image/jpeg" in error["message"]
    assert "msdownload" not in response.text
    assert hook.counts() == (0, 0)
