"""The house has floors that only look down (files → library → questions → screen), no
cycles, and a core that never loads Qt or network code: only the Qt shell may import PySide6.

The floors are written once, here (FLOORS). Every import statement is read from the source,
those inside functions and under `if TYPE_CHECKING:` included: an upward import anywhere fails.
Cycles are counted over the imports that run (TYPE_CHECKING ones do not), between modules and
between packages."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pakru_desktop

SHELL = {"pakru_desktop.app", "pakru_desktop.__main__"}


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(pakru_desktop.__path__, "pakru_desktop."):
        if info.name in SHELL or info.name.startswith("pakru_desktop.ui"):
            continue
        names.append(info.name)
    return names


def test_core_modules_are_found() -> None:
    names = core_modules()
    assert {"pakru_desktop.db.library", "pakru_desktop.search.engine", "pakru_desktop.cli"} <= set(
        names
    )
    assert "pakru_desktop.ingest.html_reader" in names


def test_importing_every_core_module_loads_neither_qt_nor_network_code() -> None:
    script = (
        "import importlib, json, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(output))
    assert not {m for m in loaded if m.startswith("PySide6")}
    assert not loaded & {"urllib.request", "http.client", "requests"}
    assert "sqlite_utils" not in loaded, "sqlite-utils belongs to migrations only (start-up cost)"


def test_source_tree_has_no_network_imports() -> None:
    banned = ("QtNetwork", "urllib.request", "import requests", "http.client", "QNetworkAccess")
    root = pakru_desktop.__path__[0]
    offenders = []
    for path in sorted(__import__("pathlib").Path(root).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {word}" for word in banned if word in text]
    assert offenders == []


def test_resource_paths_cannot_climb_out_of_resources() -> None:
    import pytest

    from pakru_desktop.paths import resource_path, resources_dir

    assert resource_path("entities.toml") == (resources_dir() / "entities.toml").resolve()
    for hostile in ("../pyproject.toml", "topics/../../seeds/catalog.toml", "/etc/passwd"):
        with pytest.raises(ValueError, match="escapes"):
            resource_path(hostile)


# Lowest first. A module may import its own floor and any floor below it, never one above;
# floors on one line are peers that do not import each other.
FLOORS: list[set[str]] = [
    {"pakru_desktop", "paths", "model", "logs"},
    {"text"},
    {"ingest"},
    {"db"},
    {"search"},
    {"knowledge"},
    {"pipeline", "render"},
    {"cli_common"},
    {"cli", "cli_knowledge", "cli_notes", "cli_librarian"},
    {"ui"},
    {"app", "__main__"},
]
SRC = Path(pakru_desktop.__path__[0]).parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "pakru_desktop").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def test_every_floor_names_modules_that_exist() -> None:
    # A floor naming a module that was moved or renamed would let its successor go unplaced.
    tops = {name.split(".")[1] if "." in name else name for name in _modules()}
    assert [m for floor in FLOORS for m in floor if m not in tops] == []


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def import_edges() -> list[tuple[str, str, int, bool]]:
    """(importer, imported module, line, runs) for every import of the package's own modules."""
    modules = _modules()

    def owner(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    edges = []
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = _type_checking_lines(tree)
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([node.module] if node.module else []))
                targets = [f"{base}.{alias.name}" for alias in node.names] or [base]
                targets = [t if t in modules else base for t in targets]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            for target in targets:
                if target.split(".")[0] == "pakru_desktop" and owner(target) not in ("", name):
                    edges.append((name, owner(target), node.lineno, node.lineno not in typing_only))
    return edges


def floor_of(module: str) -> int:
    parts = module.split(".")
    key = parts[1] if len(parts) > 1 else parts[0]
    for rank, floor in enumerate(FLOORS):
        if key in floor:
            return rank
    raise AssertionError(f"{module} is on no floor: add its package to FLOORS")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_every_module_imports_only_its_own_floor_or_below() -> None:
    upward = [f"{a} -> {b} (line {line})" for a, b, line, _ in import_edges()
              if floor_of(b) > floor_of(a)]  # fmt: skip
    assert upward == []


def test_peer_packages_on_one_floor_do_not_import_each_other() -> None:
    """pipeline/ and render/ share a floor and stay strangers (the single modules of a floor,
    such as cli.py and cli_knowledge.py, are one piece)."""

    def package(module: str) -> str | None:
        parts = module.split(".")
        return parts[1] if len(parts) > 2 else None

    crossing = [f"{a} -> {b}" for a, b, _, _ in import_edges()
                if floor_of(a) == floor_of(b) and package(a) and package(b)
                and package(a) != package(b)]  # fmt: skip
    assert crossing == []


def test_no_import_cycle_between_modules_or_packages() -> None:
    modules: dict[str, set[str]] = {}
    packages: dict[str, set[str]] = {}
    for importer, imported, _, runs in import_edges():
        if not runs:
            continue
        modules.setdefault(importer, set()).add(imported)
        modules.setdefault(imported, set())
        a, b = importer.split(".")[:2], imported.split(".")[:2]
        if a != b:
            packages.setdefault(".".join(a), set()).add(".".join(b))
            packages.setdefault(".".join(b), set())
    assert _cycles(modules) == []
    assert _cycles(packages) == []


def test_the_layering_check_sees_imports_inside_functions_and_fails_on_a_cycle() -> None:
    edges = import_edges()
    inside_function = ("pakru_desktop.cli_knowledge", "pakru_desktop.render.export")
    assert any((a, b) == inside_function for a, b, _, _ in edges)
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert floor_of("pakru_desktop.db.library") < floor_of("pakru_desktop.knowledge.store")
