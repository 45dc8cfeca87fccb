"""Connection pools for the Postgres quota stores.

The quota URL is the psycopg URL with ``+limits`` in the scheme
(``postgresql+limits://user@host/db``). Pool settings may ride in the query
string (``pool_min_size``, ``pool_max_size``, ``pool_timeout``); every other
query parameter goes to libpq.
"""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

from pipeline.errors import ConfigurationError

if TYPE_CHECKING:
    from psycopg import Connection
    from psycopg.rows import TupleRow
    from psycopg_pool import ConnectionPool

#: Schemes under which the Postgres quota stores are registered.
POSTGRES_SCHEMES = ("postgresql+limits", "postgres+limits")

#: How long a caller waits for a pooled connection before the store counts as down.
DEFAULT_POOL_TIMEOUT = 2.0
DEFAULT_POOL_MAX_SIZE = 10

_POOL_OPTIONS = ("pool_min_size", "pool_max_size", "pool_timeout")


def split_url(url: str) -> tuple[str, dict[str, str]]:
    """Return (psycopg conninfo URL, pool options) for a quota URL."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in POSTGRES_SCHEMES:
        raise ConfigurationError(
            f"not a Postgres quota URL (scheme {parsed.scheme!r})", code="ratelimit_url_invalid"
        )
    query = urllib.parse.parse_qsl(parsed.query, keep_blank_values=True)
    pool_options = {name: value for name, value in query if name in _POOL_OPTIONS}
    libpq_query = urllib.parse.urlencode([(n, v) for n, v in query if n not in _POOL_OPTIONS])
    scheme = parsed.scheme.removesuffix("+limits")
    conninfo = urllib.parse.urlunsplit(
        (scheme, parsed.netloc, parsed.path, libpq_query, parsed.fragment)
    )
    return conninfo, pool_options


def open_pool(
    url: str,
    *,
    min_size: int | None = None,
    max_size: int | None = None,
    timeout: float | None = None,
    role: str = "service_role",
) -> ConnectionPool[Connection[TupleRow]]:
    """Open an autocommit connection pool for a quota URL (explicit arguments win).

    The same connect path as every other docpipe pool (``pipeline.db``): ``SET ROLE
    role`` on each connection ("" keeps the login role), named
    ``docpipe:<pid>:ratelimit`` in pg_stat_activity, keepalives on.
    """
    from pipeline.db import make_tuple_pool

    conninfo, options = split_url(url)
    max_size = max_size or int(options.get("pool_max_size", DEFAULT_POOL_MAX_SIZE))
    min_size = min_size or int(options.get("pool_min_size", 1))
    timeout = timeout or float(options.get("pool_timeout", DEFAULT_POOL_TIMEOUT))
    pool = make_tuple_pool(
        conninfo,
        role=role,
        min_size=min_size,
        max_size=max_size,
        timeout=timeout,
        name="ratelimit",
    )
    pool.open()
    return pool
