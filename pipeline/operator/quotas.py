"""``docpipe quotas``: each vendor's limits, its use, the jobs waiting for it, refusals.

Limits, status and refusals come from ``api_rate_limits`` (the gate counts every
refusal there). Use comes from the shared quota store when ``RATELIMIT_URL`` is this
database (``postgresql+limits://``): concurrency slots held now, requests counted in
the current minute (window mode) and how far ahead pacing slots are booked (pacing
mode). A Redis or in-process store is not read. Waiting jobs are the ones whose last
reschedule was for this vendor's quota.
"""

from __future__ import annotations

import urllib.parse
from datetime import UTC, datetime
from typing import Any, TextIO

from psycopg.conninfo import conninfo_to_dict

from pipeline.db import DictConnection
from pipeline.operator.render import Style, iso, seconds, table, write_json
from pipeline.sqlfiles import query

_PG_QUOTA_SCHEMES = ("postgresql+limits", "postgres+limits")


def store_is_this_database(ratelimit_url: str, database_url: str) -> bool:
    """Whether the quota store's tables are the ones this connection reads."""
    parts = urllib.parse.urlsplit(ratelimit_url)
    if parts.scheme not in _PG_QUOTA_SCHEMES:
        return False
    store = conninfo_to_dict(parts._replace(scheme="postgresql").geturl())
    app = conninfo_to_dict(database_url)
    keys = ("host", "port", "dbname")
    return all(str(store.get(k) or "") == str(app.get(k) or "") for k in keys)


def _limits(r: dict[str, Any]) -> dict[str, int | None]:
    return {
        "requests_per_minute": r["requests_per_minute"],
        "requests_per_hour": r["requests_per_hour"],
        "tokens_per_minute": r["tokens_per_minute"],
        "tokens_per_hour": r["tokens_per_hour"],
        "concurrent_requests": r["concurrent_requests"],
    }


def quota_view(conn: DictConnection, *, store_readable: bool) -> dict[str, Any]:
    now = datetime.now(UTC)
    vendors = []
    for r in conn.execute(query("ops_quotas")).fetchall():
        booked = r["booked_until"]
        vendors.append(
            {
                "vendor": r["vendor"],
                "status": r["status"],
                "limits": _limits(r),
                "use": {
                    "in_flight": r["in_flight"],
                    "requests_this_minute": r["requests_this_minute"],
                    "booked_ahead_seconds": (booked - now).total_seconds() if booked else 0.0,
                }
                if store_readable
                else None,
                "waiting_jobs": r["waiting_jobs"],
                "waiting_until": r["waiting_until"],
                "refusals": r["rate_limit_violations"],
                "last_refusal_at": r["last_rate_limit_hit"],
            }
        )
    other = conn.execute(query("ops_quota_waits_unattributed")).fetchone()
    return {
        "vendors": vendors,
        "waiting_jobs_vendor_unknown": other["waiting_jobs"] if other else 0,
        "waiting_until_vendor_unknown": other["waiting_until"] if other else None,
    }


def _limit_text(limits: dict[str, int | None]) -> str:
    names = [
        ("requests_per_minute", "req/min"),
        ("requests_per_hour", "req/h"),
        ("tokens_per_minute", "tok/min"),
        ("tokens_per_hour", "tok/h"),
        ("concurrent_requests", "conc"),
    ]
    return ", ".join(f"{limits[k]} {label}" for k, label in names if limits[k]) or "-"


def _use_text(v: dict[str, Any]) -> str:
    use = v["use"]
    if use is None:
        return "-"
    parts = []
    if v["limits"]["concurrent_requests"]:
        parts.append(f"{use['in_flight']}/{v['limits']['concurrent_requests']} conc")
    if use["requests_this_minute"] is not None and v["limits"]["requests_per_minute"]:
        parts.append(f"{use['requests_this_minute']}/{v['limits']['requests_per_minute']} req/min")
    if use["booked_ahead_seconds"] > 0:
        parts.append(f"booked {seconds(use['booked_ahead_seconds'])} ahead")
    return ", ".join(parts) or "idle"


def print_quotas(
    conn: DictConnection,
    out: TextIO,
    style: Style,
    *,
    ratelimit_url: str,
    database_url: str,
    as_json: bool,
) -> int:
    readable = store_is_this_database(ratelimit_url, database_url)
    view = quota_view(conn, store_readable=readable)
    if as_json:
        write_json(out, view)
        return 0
    rows = []
    for v in view["vendors"]:
        status = v["status"]
        waiting = (
            f"{v['waiting_jobs']} until {iso(v['waiting_until'])}" if v["waiting_jobs"] else "0"
        )
        refusals = str(v["refusals"])
        if v["last_refusal_at"]:
            refusals += f" (last {iso(v['last_refusal_at'])})"
        rows.append(
            [
                v["vendor"],
                style.paint(status, "green" if status == "active" else "yellow"),
                _limit_text(v["limits"]),
                _use_text(v),
                waiting,
                refusals,
            ]
        )
    out.write(table(["VENDOR", "STATUS", "LIMITS", "USE", "WAITING JOBS", "REFUSALS"], rows, style))
    if view["waiting_jobs_vendor_unknown"]:
        out.write(
            f"{view['waiting_jobs_vendor_unknown']} more job(s) wait for quota (vendor not "
            f"recorded) until {iso(view['waiting_until_vendor_unknown'])}\n"
        )
    if not readable:
        scheme = urllib.parse.urlsplit(ratelimit_url).scheme or "memory"
        out.write(
            f"use: not shown; the quota store is {scheme}:// (shown only for a "
            "postgresql+limits:// store in this database)\n"
        )
    return 0
