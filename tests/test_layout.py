"""The tree reads as the pipeline: no import circle between modules or between stages (lazy
imports inside functions included), and no module imports another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import REPO

PACKAGE = REPO / "factcheck"


def _name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[tuple[str, str]]]:
    """module -> {(imported module, imported name)}, every import statement in it."""
    modules = {_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[tuple[str, str]]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (
                node.level or node.module.startswith("factcheck")
            ):
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = (
                    ".".join(base + ([node.module] if node.module else []))
                    if node.level
                    else node.module
                )
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    edges.add((sub, "") if sub in modules else (target, alias.name))
            elif isinstance(node, ast.Import):
                edges |= {(a.name, "") for a in node.names if a.name.startswith("factcheck")}
        graph[name] = edges
    return graph


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else "core"  # factcheck.config, .models, .errors: core


def test_no_import_circle_between_modules() -> None:
    imports = _imports()
    graph = {m: {t for t, _ in edges if t != m and t in imports} for m, edges in imports.items()}
    assert _cycle(graph) is None, _cycle(graph)


def test_no_import_circle_between_stages() -> None:
    stages: dict[str, set[str]] = {}
    for module, edges in _imports().items():
        for target, _ in edges:
            if target != "factcheck" and _stage(target) != _stage(module):
                stages.setdefault(_stage(module), set()).add(_stage(target))
    stages.pop("core", None)  # the package root re-exports the stages; they never import it
    assert _cycle(stages) is None, _cycle(stages)


def test_no_module_imports_private_names_of_another() -> None:
    private = [
        (module, f"{target}.{name}")
        for module, edges in _imports().items()
        for target, name in edges
        if name.startswith("_") and target != module
    ]
    assert private == []


#: Functions longer than this are split into named steps (two decision cascades stand at 62
#: and 66 lines: build_trace and the relation atom read best top to bottom).
MAX_FUNCTION_LINES = 70


def test_no_function_is_longer_than_the_limit() -> None:
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{_name(path)}.{node.name}: {lines} lines")
    assert long == []
