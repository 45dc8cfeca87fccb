"""The one error the quota stores raise when their backend cannot answer."""

from __future__ import annotations

from pipeline.errors import TransientError


class StoreUnavailable(TransientError):
    """The shared quota store (Redis or Postgres) did not answer."""

    code = "ratelimit_store_unavailable"
