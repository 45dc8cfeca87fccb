"""Postgres for tests: a migrated template database per session, cheap clones per test.

The admin connection comes from ``TEST_DATABASE_URL`` (a superuser or a role that
can create databases), default the machine's local Postgres. With no reachable
server and no CI, an embedded Postgres (pgserver) is started instead.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote, urlencode

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from tests.support.services import in_ci

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def admin_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    if _reachable(DEFAULT_ADMIN_URL):
        return DEFAULT_ADMIN_URL
    if in_ci():
        raise RuntimeError("Postgres is not reachable at 127.0.0.1:5432 (CI: failing)")
    from pipeline.embedded import embedded_postgres_url

    return embedded_postgres_url()


def _reachable(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=2):
            return True
    except psycopg.OperationalError:
        return False


def url_for(admin: str, dbname: str) -> str:
    """A postgresql:// URL (what DATABASE_URL and BROKER_URL expect) for another database."""
    params = {k: str(v) for k, v in conninfo_to_dict(admin).items() if v is not None}
    auth = quote(params.pop("user", "postgres"))
    if "password" in params:
        auth += ":" + quote(params.pop("password"))
    host = params.pop("host", "127.0.0.1")
    port = params.pop("port", "5432")
    params.pop("dbname", None)
    if host.startswith("/"):
        params["host"] = host
        netloc = f"{auth}@"
    else:
        netloc = f"{auth}@{host}:{port}"
    query_string = ("?" + urlencode(params)) if params else ""
    return f"postgresql://{netloc}/{dbname}{query_string}"


def create_database(admin: str, name: str, template: str | None = None) -> str:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        if template:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        else:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url_for(admin, name)


def drop_database(admin: str, name: str) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def unique_name(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"


@contextmanager
def as_user(
    conn: psycopg.Connection[Any], user_id: uuid.UUID | str | None, role: str = "authenticated"
) -> Iterator[psycopg.Connection[Any]]:
    """A transaction run as a client role with Supabase-style JWT claims, rolled back after."""
    with conn.transaction(force_rollback=True):
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(role)))
        claims = {"role": role} if user_id is None else {"sub": str(user_id), "role": role}
        conn.execute("SELECT set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
        yield conn


def dict_connect(url: str, autocommit: bool = True) -> psycopg.Connection[dict[str, Any]]:
    return psycopg.connect(url, autocommit=autocommit, row_factory=dict_row)
