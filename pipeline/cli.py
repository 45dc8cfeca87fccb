"""``docpipe``: the command line for people (DESIGN §8)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

Handler = Callable[[argparse.Namespace], int]


def _cmd_db_migrate(args: argparse.Namespace) -> int:
    from pipeline import migrate

    argv = ["--check"] if args.check else []
    if args.database_url:
        argv += ["--database-url", args.database_url]
    return migrate.main(argv)


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
