"""The Postgres connection budget of one worker process, as a function of its shape.

A ``dramatiq pipeline --threads T --queues ...`` process opens (docs/connections.md):

* the broker (dramatiq-postgres 1.4.0): one steady connection per consumer, and
  Dramatiq runs a consumer for every queue *and* its delay queue (2·Q), one LISTEN
  connection (the notifier), and a few shared ones for acks and enqueues from the
  worker threads, which hold them for one statement;
* the worker pool: one per worker thread (a thread holds at most one at a time) plus
  the heartbeat thread; the quota book (``api_rate_limits``) shares it;
* the quota store pool, only with a Postgres ``RATELIMIT_URL`` and a vendor extractor:
  store calls are one statement each, so half the threads share it;
* the liveness lock and the maintenance leader: one dedicated session each.

Every number here is a pool's ``max_size``; :func:`per_process` is their sum, and
tests/runtime/test_connection_budget.py holds a real worker to it.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import flow

#: Dramatiq's own default for ``--threads``.
DEFAULT_THREADS = 8


@dataclass(frozen=True)
class WorkerShape:
    """What sizes the pools: worker threads and queues consumed by this process."""

    threads: int = DEFAULT_THREADS
    queues: int = len(flow.QUEUES)


def worker_shape(argv: Sequence[str] | None = None) -> WorkerShape:
    """This process's shape, read from the ``dramatiq`` command line it runs under.

    Dramatiq forks its worker processes from the CLI process, so they carry its argv
    (``dramatiq pipeline --threads 4 --queues ocr``). Anything else (the demo, tests)
    gets Dramatiq's defaults: 8 threads, every stage queue.
    """
    args = list(sys.argv if argv is None else argv)
    if not args or not os.path.basename(args[0]).startswith("dramatiq"):
        return WorkerShape()
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--threads", "-t", type=int, default=DEFAULT_THREADS)
    parser.add_argument("--queues", "-Q", nargs="*", default=None)
    try:
        known, _ = parser.parse_known_args(args[1:])
    except SystemExit:  # argparse's way of failing; dramatiq itself reports the error
        return WorkerShape()
    queues = len(set(known.queues)) if known.queues else len(flow.QUEUES)
    return WorkerShape(threads=max(1, known.threads), queues=queues)


def broker_shared(threads: int) -> int:
    """Broker connections the worker threads share for acks/enqueues (one statement each)."""
    return max(1, math.ceil(threads / 2))


def broker_pool_size(shape: WorkerShape) -> int:
    """dramatiq-postgres ``maxconn``: consumers (queue + delay queue) + notifier + shared."""
    return 2 * shape.queues + 1 + broker_shared(shape.threads)


def worker_pool_size(threads: int) -> int:
    """The runtime pool: one per worker thread, one for the heartbeat thread."""
    return threads + 1


def quota_pool_size(threads: int) -> int:
    """The Postgres quota store pool (RATELIMIT_URL=postgresql+limits://)."""
    return max(1, math.ceil(threads / 2))


#: The liveness lock session and the maintenance leader session.
DEDICATED_SESSIONS = 2


def per_process(shape: WorkerShape, *, quota_store: bool, maintain: bool = True) -> int:
    """Most connections one worker process holds at once (the sum of the pool maxima)."""
    total = broker_pool_size(shape) + worker_pool_size(shape.threads)
    if quota_store:
        total += quota_pool_size(shape.threads)
    return total + (DEDICATED_SESSIONS if maintain else DEDICATED_SESSIONS - 1)


def with_broker_budget(url: str, *, max_connections: int, application: str) -> str:
    """The dramatiq-postgres URL with ``maxconn`` and ``application_name`` added (the
    broker reads both from the query string); values already in the URL win."""
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    present = {name for name, _ in query}
    if "maxconn" not in present:
        query.append(("maxconn", str(max_connections)))
    if "application_name" not in present:
        query.append(("application_name", application))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


#: The upload hook: its pool (requests hold a connection for one short intake call).
HOOK_POOL_SIZE = 8
#: Processes that only enqueue (the hook, ``docpipe maintain``, operator commands):
#: dramatiq-postgres connections, one statement each.
HOOK_BROKER_CONNECTIONS = 3
TOOL_BROKER_CONNECTIONS = 1
#: The hook's upload throttle, when RATELIMIT_URL is our Postgres storage.
HOOK_THROTTLE_CONNECTIONS = 2


def hook_budget(*, postgres_broker: bool, postgres_throttle: bool) -> int:
    """Most connections ``docpipe serve`` holds at once."""
    total = HOOK_POOL_SIZE
    if postgres_broker:
        total += HOOK_BROKER_CONNECTIONS
    if postgres_throttle:
        total += HOOK_THROTTLE_CONNECTIONS
    return total


def producer_broker_url(url: str, *, connections: int, application: str, kind: str) -> str:
    """BROKER_URL for a process that only enqueues: a Postgres broker gets a small,
    named pool; other brokers are returned unchanged."""
    if kind != "postgres":
        return url
    return with_broker_budget(url, max_connections=connections, application=application)
