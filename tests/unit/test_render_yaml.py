"""render.yaml stays true to the code: its commands and queues exist."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pipeline import flow
from pipeline.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_render_commands_and_queues_exist() -> None:
    """Every docpipe subcommand and every --queues name in render.yaml is real."""
    text = (ROOT / "render.yaml").read_text()
    commands = set(re.findall(r"docpipe (\w+)", text))
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    known = set(subparsers.choices)
    assert commands and commands <= known, commands - known
    queues = set()
    for line in re.findall(r"--queues ([\w ]+)", text):
        queues |= set(line.split())
    assert queues == set(flow.QUEUES)


def test_render_services_fit_the_stated_connection_budget() -> None:
    """The workers' and the hook's connection budgets (pipeline/db/budget.py), summed
    over render.yaml's services with a vendor extractor and the Postgres quota store,
    stay within the budget render.yaml states."""
    from pipeline.db.budget import hook_budget, per_process, worker_shape

    text = (ROOT / "render.yaml").read_text()
    budget = int(re.search(r"connection budget: (\d+)", text).group(1))  # type: ignore[union-attr]
    total = 0
    for command in re.findall(r"startCommand: (dramatiq pipeline [^\n]+)", text):
        argv = command.split()
        shape = worker_shape(argv[0:1] + argv[2:])
        processes = int(re.search(r"--processes (\d+)", command).group(1))  # type: ignore[union-attr]
        calls_vendors = any(q.startswith("pass") for q in argv)  # the AI passes use quotas
        total += processes * per_process(shape, quota_store=calls_vendors)
    assert total > 0
    total += hook_budget(postgres_broker=True, postgres_throttle=True)
    assert total == 52  # the figure render.yaml and docs/connections.md state
    assert total <= budget, (total, budget)
