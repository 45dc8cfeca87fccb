"""``docpipe``: the command line for people.

Operator commands share one style: the object is a positional id, filters are
options (``--stage``, ``--status``, ``--error-code``, ``--older-than``, ``--limit``),
``--json`` prints machine-readable output, commands that change things have
``--dry-run``. Bad input never prints a traceback: one line ``error [code]: message``
on stderr and exit code 2 (the work itself lives in ``pipeline/operator/``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import psycopg

from pipeline.errors import DocpipeError
from pipeline.tracing.logs import install_log_context

if TYPE_CHECKING:
    from pipeline.operator.context import OperatorContext
    from pipeline.operator.render import Style

Handler = Callable[[argparse.Namespace], int]

#: Commands that print their own output; library INFO logs would only be noise there.
QUIET_COMMANDS = frozenset(
    {
        "demo",
        "status",
        "jobs",
        "workers",
        "quotas",
        "submit",
        "cancel",
        "trace",
        "dlq",
        "storage-cleanup",
    }
)


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with its errors in docpipe's one-line form (exit 2, no usage dump)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error [bad_arguments]: {message} (see: {self.prog} --help)\n")


# -- long-running and setup commands -------------------------------------------------


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


def _cmd_maintain(args: argparse.Namespace) -> int:
    from adapters.storage import storage_from_url
    from pipeline.db import make_pool
    from pipeline.ledger.maintenance import Maintainer
    from pipeline.ledger.outbox import Dispatcher, declare_stage_queues
    from pipeline.operator.broker import producer_broker
    from pipeline.settings import Settings

    settings = Settings.from_env()
    url = settings.require_database_url()
    broker = producer_broker(settings, "maintain-broker")
    declare_stage_queues(broker)
    with make_pool(url, role=settings.database_role, max_size=2, name="maintain") as pool:
        storage_url = settings.storage_url
        maintainer = Maintainer(
            url,
            Dispatcher(broker, pool),
            interval=args.interval,
            role=settings.database_role,
            # The storage cleanup only where STORAGE_URL says where the files are.
            storage=(lambda: storage_from_url(storage_url)) if storage_url else None,
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
    if args.keep_postgres:
        argv.append("--keep-postgres")
    return demo.main(argv)


# -- operator commands ---------------------------------------------------------------


def _context() -> OperatorContext:
    from pipeline.operator.context import OperatorContext
    from pipeline.settings import Settings

    return OperatorContext(Settings.from_env())


def _style() -> Style:
    from pipeline.operator.render import Style, colour_enabled

    return Style(colour_enabled(sys.stdout))


def _cmd_status(args: argparse.Namespace) -> int:
    from pipeline.operator.parse import parse_uuid
    from pipeline.operator.status import print_status

    shell_file_id = parse_uuid(args.shell_file_id, "the document id")
    with _context() as ctx:
        return print_status(ctx.conn, shell_file_id, sys.stdout, _style(), as_json=args.json)


def _cmd_trace(args: argparse.Namespace) -> int:
    from pipeline.operator.parse import parse_uuid
    from pipeline.operator.trace import print_trace

    shell_file_id = parse_uuid(args.shell_file_id, "the document id")
    with _context() as ctx:
        return print_trace(ctx.conn, shell_file_id, sys.stdout, _style(), as_json=args.json)


def _cmd_jobs(args: argparse.Namespace) -> int:
    from pipeline.operator.listing import JobFilter, print_jobs
    from pipeline.operator.parse import parse_duration, parse_stage, parse_status

    flt = JobFilter(
        stage=parse_stage(args.stage) if args.stage else None,
        status=parse_status(args.status) if args.status else None,
        older_than=parse_duration(args.older_than) if args.older_than else None,
        error_code=args.error_code,
        limit=args.limit,
    )
    with _context() as ctx:
        return print_jobs(ctx.conn, flt, sys.stdout, _style(), as_json=args.json)


def _cmd_workers(args: argparse.Namespace) -> int:
    from pipeline.operator.workers import print_workers

    with _context() as ctx:
        return print_workers(ctx.conn, sys.stdout, _style(), as_json=args.json)


def _cmd_quotas(args: argparse.Namespace) -> int:
    from pipeline.operator.quotas import print_quotas

    with _context() as ctx:
        return print_quotas(
            ctx.conn,
            sys.stdout,
            _style(),
            ratelimit_url=ctx.settings.ratelimit_url,
            database_url=ctx.url,
            as_json=args.json,
        )


def _cmd_cancel(args: argparse.Namespace) -> int:
    from pipeline.operator.cancel import print_cancel
    from pipeline.operator.context import operator_actor
    from pipeline.operator.parse import parse_uuid

    shell_file_id = parse_uuid(args.shell_file_id, "the document id")
    with _context() as ctx:
        return print_cancel(
            ctx.conn,
            shell_file_id,
            sys.stdout,
            _style(),
            actor=operator_actor(),
            as_json=args.json,
        )


def _cmd_submit(args: argparse.Namespace) -> int:
    from pipeline.operator.parse import parse_uuid
    from pipeline.operator.render import write_json
    from pipeline.operator.submit import submit

    patient_id = parse_uuid(args.patient, "--patient")
    with _context() as ctx:
        done = submit(ctx, Path(args.file), patient_id, args.priority)
    result = done.result
    if args.json:
        write_json(
            sys.stdout,
            {
                "shell_file_id": result.shell_file_id,
                "job_id": result.job_id,
                "correlation_id": result.correlation_id,
                "created": result.created,
                "status": result.status,
                "expected_start_at": result.expected_start_at,
            },
        )
        return 0
    # The id alone on stdout, so `ID=$(docpipe submit ...)` works; the note on stderr.
    sys.stdout.write(f"{result.shell_file_id}\n")
    note = "submitted" if result.created else "already submitted (same file and patient)"
    sys.stderr.write(f"{note}; follow it with: docpipe status {result.shell_file_id}\n")
    return 0


def _cmd_storage_cleanup(args: argparse.Namespace) -> int:
    from adapters.storage import storage_from_url
    from pipeline.errors import ConfigurationError
    from pipeline.operator.storage_cleanup import print_storage_cleanup

    with _context() as ctx:
        if not ctx.settings.storage_url:
            # Never a default folder: a wrong store finds nothing and closes every row.
            raise ConfigurationError("STORAGE_URL is not set: it names the store to delete from")
        store = storage_from_url(ctx.settings.storage_url)
        try:
            return print_storage_cleanup(
                ctx.conn,
                store,
                batch=args.batch or ctx.settings.storage_cleanup_batch,
                out=sys.stdout,
                style=_style(),
                as_json=args.json,
            )
        finally:
            close = getattr(store, "close", None)  # Supabase's HTTP client
            if callable(close):
                close()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _dlq_selection(args: argparse.Namespace) -> object:
    from pipeline.operator.dlq import Selection
    from pipeline.operator.parse import parse_duration, parse_stage, parse_uuid

    job_id = getattr(args, "job_id", None)
    return Selection(
        job_id=parse_uuid(job_id, "the job id") if job_id else None,
        stage=parse_stage(args.stage) if getattr(args, "stage", None) else None,
        error_code=getattr(args, "error_code", None),
        everything=bool(getattr(args, "all", False)),
        older_than=parse_duration(args.older_than) if getattr(args, "older_than", None) else None,
        limit=args.limit,
    )


def _cmd_dlq(args: argparse.Namespace) -> int:
    from pipeline.operator import dlq
    from pipeline.operator.context import operator_actor

    sel = _dlq_selection(args)
    assert isinstance(sel, dlq.Selection)  # noqa: S101 - for the type checker
    style = _style()
    with _context() as ctx:
        if args.dlq_command == "list":
            return dlq.print_dead_letters(ctx.conn, sel, sys.stdout, style, as_json=args.json)
        if args.dlq_command == "purge":
            return dlq.print_purge(
                ctx.conn,
                sel,
                sys.stdout,
                style,
                dry_run=args.dry_run,
                actor=operator_actor(),
                as_json=args.json,
            )
        return dlq.print_redrive(
            ctx.conn,
            ctx.dispatcher,
            sel,
            sys.stdout,
            style,
            force=args.force,
            dry_run=args.dry_run,
            actor=operator_actor(),
            as_json=args.json,
        )


# -- the parser ----------------------------------------------------------------------


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _filters(p: argparse.ArgumentParser, *, limit: int, age: str) -> None:
    p.add_argument(
        "--stage",
        "--lane",
        dest="stage",
        metavar="STAGE",
        help="a stage (security_scan, ocr, pass1_entities, pass2_clinical, pass3_narrative, "
        "finalize); a job type is accepted too",
    )
    p.add_argument("--job-type", dest="stage", help=argparse.SUPPRESS)  # the old spelling
    p.add_argument("--error-code", metavar="CODE", help="the last error code, e.g. encrypted_pdf")
    p.add_argument(
        "--older-than", metavar="DURATION", help=f"{age} more than DURATION ago: 30s, 10m, 2h, 3d"
    )
    p.add_argument("--limit", type=int, default=limit, help=f"at most this many (default {limit})")


def _operator_parsers(sub: argparse._SubParsersAction[ArgumentParser]) -> None:
    st = sub.add_parser("status", help="where a document is, stage by stage, and what to do")
    st.add_argument("shell_file_id", metavar="ID", help="the document (shell file) id")
    _json(st)
    st.set_defaults(handler=_cmd_status)

    tr = sub.add_parser("trace", help="a document's stage timeline: times, attempts, waits")
    tr.add_argument("shell_file_id", metavar="ID", help="the document (shell file) id")
    _json(tr)
    tr.set_defaults(handler=_cmd_trace)

    jb = sub.add_parser("jobs", help="the job ledger, filtered")
    jb.add_argument("--status", help="pending, processing, completed, failed, cancelled")
    _filters(jb, limit=50, age="created")
    _json(jb)
    jb.set_defaults(handler=_cmd_jobs)

    wk = sub.add_parser("workers", help="registered worker processes, alive or dead")
    _json(wk)
    wk.set_defaults(handler=_cmd_workers)

    qt = sub.add_parser("quotas", help="vendor quotas: limits, use, waiting jobs, refusals")
    _json(qt)
    qt.set_defaults(handler=_cmd_quotas)

    sm = sub.add_parser("submit", help="upload a file for a patient (storage + intake, once)")
    sm.add_argument("file", metavar="FILE")
    sm.add_argument("--patient", required=True, metavar="ID", help="the patient profile id")
    sm.add_argument("--priority", type=int, default=5, choices=range(1, 11), metavar="1-10")
    _json(sm)
    sm.set_defaults(handler=_cmd_submit)

    cn = sub.add_parser(
        "cancel", help="stop a document: queued stages never run, a running one stops"
    )
    cn.add_argument("shell_file_id", metavar="ID", help="the document (shell file) id")
    _json(cn)
    cn.set_defaults(handler=_cmd_cancel)

    dlq = sub.add_parser("dlq", help="the dead letter: list, redrive, purge")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True, metavar="{list,redrive,purge}")
    ls = dlq_sub.add_parser("list", help="dead-lettered jobs, oldest first")
    _filters(ls, limit=50, age="dead-lettered")
    _json(ls)
    ls.set_defaults(handler=_cmd_dlq)

    rd = dlq_sub.add_parser(
        "redrive",
        help="give dead letters fresh attempts: a JOB_ID, a filter, or --all",
        description="Permanent errors (a rejected file) fail again: they move only with "
        "--force. Try --dry-run first.",
    )
    rd.add_argument("job_id", nargs="?", metavar="JOB_ID")
    _filters(rd, limit=100, age="dead-lettered")
    rd.add_argument("--all", action="store_true", help="every dead letter (up to --limit)")
    rd.add_argument("--force", action="store_true", help="include permanent errors")
    rd.add_argument("--dry-run", action="store_true", help="print what would move; change nothing")
    _json(rd)
    rd.set_defaults(handler=_cmd_dlq)

    pg = dlq_sub.add_parser("purge", help="delete dead letters older than a duration (audited)")
    pg.add_argument("--older-than", required=True, metavar="DURATION", help="e.g. 7d, 12h")
    pg.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")
    pg.add_argument("--dry-run", action="store_true", help="print what would go; change nothing")
    _json(pg)
    pg.set_defaults(handler=_cmd_dlq)

    sc = sub.add_parser(
        "storage-cleanup",
        help="delete the stored files of erased and deleted documents now (counts only)",
        description="Runs batches until no queued object is due. The maintenance leader "
        "does the same every STORAGE_CLEANUP_INTERVAL_SECONDS.",
    )
    sc.add_argument(
        "--batch",
        type=_positive_int,
        metavar="N",
        help="objects per batch (default STORAGE_CLEANUP_BATCH, 50)",
    )
    _json(sc)
    sc.set_defaults(handler=_cmd_storage_cleanup)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="docpipe", description="docpipe operator commands")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=ArgumentParser)

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
    dmo.add_argument(
        "--keep-postgres", action="store_true", help="leave the embedded Postgres running"
    )
    dmo.set_defaults(handler=_cmd_demo)

    srv = sub.add_parser("serve", help="run the upload hook (ASGI under uvicorn)")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8000)
    srv.set_defaults(handler=_cmd_serve)

    _operator_parsers(sub)

    mnt = sub.add_parser(
        "maintain",
        help="reaper + outbox relay + retention + storage cleanup (leader-elected; safe anywhere)",
    )
    mnt.add_argument("--interval", type=float, default=2.0)
    mnt.add_argument("--once", action="store_true", help="one round, then exit")
    mnt.set_defaults(handler=_cmd_maintain)

    from pipeline.devcli import add_dev_parser

    add_dev_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet = args.command in QUIET_COMMANDS
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
    except psycopg.OperationalError as exc:
        # Lost mid-command; libpq's text can name the host and user, so the class only.
        sys.stderr.write(
            f"error [database_unavailable]: the database went away ({type(exc).__name__})\n"
        )
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
