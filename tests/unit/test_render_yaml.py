"""render.yaml stays true to the code: its commands, queues and settings exist, it has
no placeholder values, and its services fit the connection budget it states."""

from __future__ import annotations

import argparse
import importlib.util
import re
import shlex
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from pipeline import flow
from pipeline.cli import build_parser
from tests.support.settings_scan import settings_read_by_code
from tests.unit.test_configuration_doc import not_read_by_docpipe

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "render.yaml").read_text()
BLUEPRINT: dict[str, Any] = yaml.safe_load(TEXT)
COMMAND_KEYS = ("buildCommand", "preDeployCommand", "startCommand")


def _env_vars() -> list[dict[str, Any]]:
    out = [v for group in BLUEPRINT.get("envVarGroups", []) for v in group["envVars"]]
    out += [v for service in BLUEPRINT["services"] for v in service.get("envVars", [])]
    return out


def _commands() -> list[str]:
    return [s[key] for s in BLUEPRINT["services"] for key in COMMAND_KEYS if key in s]


def test_render_commands_and_queues_exist() -> None:
    """Every docpipe subcommand and every --queues name in render.yaml is real."""
    commands = set(re.findall(r"docpipe (\w+)", TEXT))
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    known = set(subparsers.choices)
    assert commands and commands <= known, commands - known
    queues = set()
    for line in re.findall(r"--queues ([\w ]+)", TEXT):
        queues |= set(line.split())
    assert queues == set(flow.QUEUES)


def test_every_command_parses_with_the_real_command_line() -> None:
    """docpipe commands parse with pipeline.cli's parser; dramatiq commands with
    dramatiq's own, and their broker module (`pipeline`) is importable."""
    from dramatiq.cli import make_argument_parser

    seen = set()
    for command in _commands():
        for part in command.split("&&"):
            argv = shlex.split(part.replace("$PORT", "10000"))
            seen.add(argv[0])
            if argv[0] == "docpipe":
                args = build_parser().parse_args(argv[1:])
                assert callable(args.handler), command
            elif argv[0] == "dramatiq":
                args = make_argument_parser().parse_args(argv[1:])  # type: ignore[no-untyped-call]
                assert args.broker == "pipeline"
                assert importlib.util.find_spec(args.broker) is not None
                assert set(args.queues) <= set(flow.QUEUES)
            else:
                assert argv[:2] == ["pip", "install"], command
    assert seen == {"pip", "docpipe", "dramatiq"}


def test_every_service_migrates_before_it_deploys() -> None:
    """Whichever service deploys first brings the schema up to date (the runner's advisory
    lock serializes concurrent deploys: tests/maintenance/test_migrate_output.py)."""
    for service in BLUEPRINT["services"]:
        assert service["preDeployCommand"] == "docpipe db migrate", service["name"]


def test_every_env_key_is_a_setting_and_none_is_a_placeholder() -> None:
    read = set(settings_read_by_code())
    elsewhere = not_read_by_docpipe()  # read by the OpenTelemetry SDK or by Render
    for var in _env_vars():
        if "fromGroup" in var:
            assert var["fromGroup"] in {g["name"] for g in BLUEPRINT["envVarGroups"]}
            continue
        key = var["key"]
        assert key in read or key in elsewhere, f"{key}: no code reads it"
        sources = [k for k in ("value", "sync", "generateValue", "fromDatabase") if k in var]
        assert len(sources) == 1, key
        if "sync" in var:
            assert var["sync"] is False, key
        if "value" in var:
            value = str(var["value"])
            assert value and not re.search(r"set-me|change-?me|todo|xxx|<|>", value, re.I), key


def test_the_blueprint_sets_tracing_up() -> None:
    keys = {v.get("key"): v for v in _env_vars()}
    assert keys["OTEL_EXPORTER_OTLP_ENDPOINT"] == {
        "key": "OTEL_EXPORTER_OTLP_ENDPOINT",
        "sync": False,
    }
    assert "will refine" not in TEXT


def test_render_services_fit_the_stated_connection_budget() -> None:
    """The workers' and the hook's connection budgets (pipeline/db/budget.py), summed
    over render.yaml's services with a vendor extractor and the Postgres quota store,
    stay within the budget render.yaml states."""
    from pipeline.db.budget import hook_budget, per_process, worker_shape

    budget = int(re.search(r"connection budget: (\d+)", TEXT).group(1))  # type: ignore[union-attr]
    total = 0
    for command in re.findall(r"startCommand: (dramatiq pipeline [^\n]+)", TEXT):
        argv = command.split()
        shape = worker_shape(argv[0:1] + argv[2:])
        processes = int(re.search(r"--processes (\d+)", command).group(1))  # type: ignore[union-attr]
        calls_vendors = any(q.startswith("pass") for q in argv)  # the AI passes use quotas
        total += processes * per_process(shape, quota_store=calls_vendors)
    assert total > 0
    total += hook_budget(postgres_broker=True, postgres_throttle=True)
    assert total == 52  # the figure render.yaml and docs/connections.md state
    assert total <= budget, (total, budget)
