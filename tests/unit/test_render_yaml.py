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
