"""The signing keys of a Supabase project, fetched from its JWKS endpoint and cached.

``<SUPABASE_URL>/auth/v1/.well-known/jwks.json`` publishes the public keys (ES256, RS256,
EdDSA) that sign user tokens, each with a ``kid``. Keys are cached for ``ttl`` seconds;
a token naming a ``kid`` we do not hold triggers one early refresh (key rotation), but the
endpoint is fetched at most once per ``min_refresh_interval`` whatever the callers do, so
a flood of tokens with made-up kids, or an outage of the endpoint, costs one request per
interval. After a failed refresh the last good keys stay in use.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import jwt

from pipeline.errors import DocpipeError

logger = logging.getLogger(__name__)

#: Algorithms a JWKS key may sign user tokens with. Symmetric keys are never taken
#: from a JWKS document (the HS256 secret is configured separately).
ASYMMETRIC_ALGORITHMS = frozenset({"ES256", "RS256", "EdDSA"})
MAX_JWKS_BYTES = 256 * 1024


class JwksUnavailable(DocpipeError):
    """The JWKS endpoint could not be read and no keys are cached."""

    code = "jwks_unavailable"


def parse_jwks(document: Any) -> dict[str, jwt.PyJWK]:
    """Usable signing keys by kid; keys that are symmetric, unusable or unnamed are skipped."""
    if not isinstance(document, Mapping) or not isinstance(document.get("keys"), list):
        raise JwksUnavailable("the JWKS document has no key list")
    keys: dict[str, jwt.PyJWK] = {}
    for entry in document["keys"]:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("kid"), str):
            continue
        if entry.get("kty") == "oct" or entry.get("use", "sig") != "sig":
            continue
        try:
            key = jwt.PyJWK(dict(entry))
        except (jwt.PyJWKError, jwt.InvalidKeyError):
            logger.warning("jwks: skipping an unusable key kid=%s", entry["kid"][:64])
            continue
        if key.algorithm_name in ASYMMETRIC_ALGORITHMS:
            keys[entry["kid"]] = key
    return keys


class JwksCache:
    """Thread-safe: one fetch at a time, the others wait for its result."""

    def __init__(
        self,
        url: str,
        *,
        ttl: float = 600.0,
        min_refresh_interval: float = 30.0,
        timeout: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.ttl = ttl
        self.min_refresh_interval = min_refresh_interval
        self.timeout = timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, jwt.PyJWK] | None = None
        self._fetched_at = 0.0  # last successful fetch
        self._attempted_at: float | None = None  # last fetch, successful or not
        self.fetches = 0

    def get(self, kid: str) -> jwt.PyJWK | None:
        """The key named ``kid``, or None if the project does not publish it.

        Raises :class:`JwksUnavailable` if no keys could ever be fetched.
        """
        with self._lock:
            now = self._clock()
            if self._keys is None or now - self._fetched_at >= self.ttl:
                self._refresh(now)
            if self._keys is not None and kid not in self._keys:
                self._refresh(now)  # maybe a rotation; bounded by min_refresh_interval
            if self._keys is None:
                raise JwksUnavailable("the signing keys could not be fetched")
            return self._keys.get(kid)

    def _refresh(self, now: float) -> None:
        if self._attempted_at is not None and now - self._attempted_at < self.min_refresh_interval:
            return
        self._attempted_at = now
        self.fetches += 1
        try:
            response = httpx.get(self.url, timeout=self.timeout, follow_redirects=False)
            response.raise_for_status()
            if len(response.content) > MAX_JWKS_BYTES:
                raise JwksUnavailable("the JWKS document is too large")
            keys = parse_jwks(response.json())
        except (httpx.HTTPError, ValueError, JwksUnavailable) as exc:
            # The URL is configuration, not PHI; the exception text may carry a body.
            logger.warning(
                "jwks: fetch failed (%s); keeping %s cached keys",
                type(exc).__name__,
                len(self._keys or {}),
            )
            return
        self._keys = keys
        self._fetched_at = now
