"""Which environment variables the code reads, found from its syntax tree (no import).

A read is any of these in ``pipeline/`` or ``adapters/``, with a literal name (or a
module-level constant, or a loop over one):

* ``os.environ.get("X")``, ``os.getenv("X")``, ``os.environ["X"]`` (not as a target),
  ``"X" in os.environ``;
* the same on a mapping named ``env`` or ``environ`` (settings readers take one);
* a reader called with that mapping and a name: ``_int(env, "X", 0)``.

Writes (``os.environ.setdefault``, ``os.environ["X"] = ...``) are not reads. A name
passed through a helper's parameter is caught where the helper is called.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("pipeline", "adapters")
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
MAPPINGS = {"env", "environ"}


def _is_environ(node: ast.expr) -> bool:
    """``os.environ``, ``environ`` or ``env`` (or ``os.environ if env is None else env``)."""
    if isinstance(node, ast.IfExp):
        return _is_environ(node.body) or _is_environ(node.orelse)
    if isinstance(node, ast.Attribute) and node.attr == "environ":
        return True
    return isinstance(node, ast.Name) and node.id in MAPPINGS


def _constants(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """Module-level NAME = "X" or NAME = ("X", "Y") assignments."""
    out: dict[str, tuple[str, ...]] = {}
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        for target in targets:
            if not isinstance(target, ast.Name) or value is None:
                continue
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                out[target.id] = (value.value,)
            elif isinstance(value, ast.Tuple | ast.List) and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts
            ):
                out[target.id] = tuple(str(e.value) for e in value.elts)  # type: ignore[attr-defined]
    return out


def _loop_bindings(
    tree: ast.Module, consts: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """Loop variables that run over a constant tuple: ``for name in ENDPOINTS``."""
    out: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.For | ast.comprehension):
            continue
        target, source = node.target, node.iter
        if isinstance(target, ast.Name) and isinstance(source, ast.Name) and source.id in consts:
            out[target.id] = consts[source.id]
    return out


def _names(arg: ast.expr, known: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return (arg.value,)
    if isinstance(arg, ast.Name):
        return known.get(arg.id, ())
    return ()


def reads_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    consts = _constants(tree)
    known = {**consts, **_loop_bindings(tree, consts)}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and node.args:
                is_get = func.attr == "get" and _is_environ(func.value)
                if is_get or func.attr == "getenv":
                    found += _names(node.args[0], known)
            # a settings reader: f(env, "NAME", ...)
            for first, second in zip(node.args, node.args[1:], strict=False):
                if isinstance(first, ast.Name) and first.id in MAPPINGS:
                    found += _names(second, known)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            if _is_environ(node.value):
                found += _names(node.slice, known)
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.In | ast.NotIn)
            and _is_environ(node.comparators[0])
        ):
            found += _names(node.left, known)
    return {name for name in found if ENV_NAME.match(name)}


def settings_read_by_code(root: Path = ROOT) -> dict[str, set[str]]:
    """Setting name -> the modules (paths from the repository root) that read it."""
    out: dict[str, set[str]] = defaultdict(set)
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*.py")):
            for name in reads_in(path):
                out[name].add(path.relative_to(root).as_posix())
    return dict(out)
