"""``docpipe``: the command line for people (DESIGN §8)."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pipeline.errors import DocpipeError
from pipeline.tracing.logs import install_log_context

if TYPE_CHECKING:
    import dramatiq

    from pipeline.settings import Settings

Handler = Callable[[argparse.Namespace], int]


def _cmd_db_migrate(args: argparse.Namespace) -> int:
    from pipeline import migrate

    argv = ["--check"] if args.check else []
    if args.database_url:
        argv += ["--database-url", args.database_url]
    return migrate.main(argv)


def _cmd_serve(args: argparse.Namespace) -> int:
    from pipeline.hook.server import serve
    from pipeline.settings import Settings

    serve(Settings.from_env(), args.host, args.port)
    return 0


def _producer_broker(settings: Settings, purpose: str) -> dramatiq.Broker:
    """The broker for a process that only enqueues, in its connection budget."""
    from adapters.brokers import broker_from_url, broker_kind
    from pipeline.db import application_name
    from pipeline.db.budget import TOOL_BROKER_CONNECTIONS, producer_broker_url

    url = settings.effective_broker_url
    return broker_from_url(
        producer_broker_url(
            url,
            connections=TOOL_BROKER_CONNECTIONS,
            application=application_name(purpose),
            kind=broker_kind(url),
        )
    )


def _cmd_maintain(args: argparse.Namespace) -> int:
    from pipeline.db import make_pool
    from pipeline.ledger.maintenance import Maintainer
    from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
    from pipeline.settings import Settings

    settings = Settings.from_env()
    url = settings.require_database_url()
    broker = _producer_broker(settings, "maintain-broker")
    declare_stage_queues(broker)
    with make_pool(url, role=settings.database_role, max_size=2, name="maintain") as pool:
        maintainer = Maintainer(
            url, Dispatcher(broker, pool), interval=args.interval, role=settings.database_role
        )
        if args.once:
            sys.stdout.write(f"{maintainer.tick()}\n")
            return 0
        try:
            maintainer.run_forever()
        except KeyboardInterrupt:
            return 0
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from pipeline import demo

    argv = [str(f) for f in args.files] + ["--threads", str(args.threads)]
    if args.database_url:
        argv += ["--database-url", args.database_url]
    return demo.main(argv)


def _ops_context() -> tuple[Any, Any, Any]:
    from pipeline.db import connect, make_pool
    from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
    from pipeline.settings import Settings

    settings = Settings.from_env()
    url = settings.require_database_url()
    broker = _producer_broker(settings, "ops-broker")
    declare_stage_queues(broker)
    pool = make_pool(url, role=settings.database_role, max_size=2, name="ops")
    return connect(url, role=settings.database_role), pool, lambda: Dispatcher(broker, pool)


def _cmd_status(args: argparse.Namespace) -> int:
    from pipeline import ops

    conn, pool, _ = _ops_context()
    with conn, pool:
        return ops.print_status(conn, uuid.UUID(args.shell_file_id), sys.stdout)


def _cmd_workers(args: argparse.Namespace) -> int:
    from pipeline import ops

    conn, pool, _ = _ops_context()
    with conn, pool:
        return ops.print_workers(conn, sys.stdout)


def _cmd_dlq(args: argparse.Namespace) -> int:
    from pipeline import ops

    conn, pool, dispatcher = _ops_context()
    with conn, pool:
        if args.dlq_command == "list":
            return ops.print_dead_letters(conn, sys.stdout, args.limit)
        ids = ops.redrive(
            conn,
            dispatcher(),
            job_id=uuid.UUID(args.job_id) if args.job_id else None,
            job_type=args.job_type,
            error_code=args.error_code,
            limit=args.limit,
            actor=f"cli:{getpass.getuser()}",
        )
        sys.stdout.write(f"redrove {len(ids)} job(s)\n")
        return 0 if ids else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="docpipe", description="docpipe operator commands")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    mig = db_sub.add_parser("migrate", help="apply sql/ (migrations, functions, policies)")
    mig.add_argument("--check", action="store_true", help="exit 1 if anything is pending")
    mig.add_argument("--database-url", help="defaults to DATABASE_URL")
    mig.set_defaults(handler=_cmd_db_migrate)

    dmo = sub.add_parser("demo", help="the whole pipeline on an embedded database, offline")
    dmo.add_argument("files", nargs="*", help="documents (default: the bundled samples)")
    dmo.add_argument("--database-url", help="use this database instead of the embedded one")
    dmo.add_argument("--threads", type=int, default=4)
    dmo.set_defaults(handler=_cmd_demo)

    srv = sub.add_parser("serve", help="run the upload hook (ASGI under uvicorn)")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8000)
    srv.set_defaults(handler=_cmd_serve)

    st = sub.add_parser("status", help="where a document is, and why")
    st.add_argument("shell_file_id")
    st.set_defaults(handler=_cmd_status)

    wk = sub.add_parser("workers", help="registered worker processes, alive or dead")
    wk.set_defaults(handler=_cmd_workers)

    dlq = sub.add_parser("dlq", help="the dead letter: list, redrive")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True)
    dlq_list = dlq_sub.add_parser("list")
    dlq_list.add_argument("--limit", type=int, default=50)
    dlq_list.set_defaults(handler=_cmd_dlq)
    dlq_redrive = dlq_sub.add_parser("redrive", help="one job by id, or all matching a filter")
    dlq_redrive.add_argument("job_id", nargs="?")
    dlq_redrive.add_argument("--job-type")
    dlq_redrive.add_argument("--error-code")
    dlq_redrive.add_argument("--limit", type=int, default=100)
    dlq_redrive.set_defaults(handler=_cmd_dlq)

    mnt = sub.add_parser("maintain", help="reaper + outbox relay (leader-elected; safe anywhere)")
    mnt.add_argument("--interval", type=float, default=2.0)
    mnt.add_argument("--once", action="store_true", help="one round, then exit")
    mnt.set_defaults(handler=_cmd_maintain)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet = args.command == "demo"  # the demo prints its own progress; library INFO is noise there
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else (logging.WARNING if quiet else logging.INFO)
    )
    # Every line with the log context; JSON for `serve` off a terminal (or LOG_FORMAT=json).
    install_log_context(default_json=args.command == "serve")
    # httpx logs full request URLs at INFO; storage object names can carry PHI.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    handler: Handler = args.handler
    try:
        return handler(args)
    except DocpipeError as exc:
        # Our errors carry a code and a PHI-free message: say it plainly, no traceback.
        sys.stderr.write(f"error [{exc.code}]: {exc.message}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
