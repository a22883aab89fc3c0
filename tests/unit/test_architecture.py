"""The house rules, checked: Qt stays in ui/, no import cycles, modules and classes stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "expertreader"
QT_PACKAGES = {"PySide6", "shiboken6"}
# Outside ui/, only these touch Qt, and only inside functions (imported when first used):
# the PDF writer (Qt's text engine lays out the pages) and the one-window-per-folder lock.
LAZY_QT_MODULES = {"expertreader.export.pdf", "expertreader.instance_lock"}
MAX_MODULE_LINES = 500
MAX_CLASS_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test) in {
        "TYPE_CHECKING",
        "typing.TYPE_CHECKING",
    }


def imports(node: ast.AST, *, top_level_only: bool = False) -> Iterator[tuple[str, int]]:
    """(module imported, line) for every import in ``node``, skipping TYPE_CHECKING blocks."""
    for child in ast.iter_child_nodes(node):
        if is_type_checking_block(child):
            continue
        if isinstance(child, ast.Import):
            for alias in child.names:
                yield alias.name, child.lineno
        elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
            yield child.module, child.lineno
            for alias in child.names:
                yield f"{child.module}.{alias.name}", child.lineno
        if top_level_only and isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if top_level_only and isinstance(child, ast.ClassDef):
            yield from imports(child, top_level_only=True)
            continue
        yield from imports(child, top_level_only=top_level_only)


def qt_imports(path: Path, *, top_level_only: bool) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)}:{line}: {name}"
        for name, line in imports(tree(path), top_level_only=top_level_only)
        if name.split(".")[0] in QT_PACKAGES
    ]


def test_qt_is_imported_only_in_ui_and_lazily_in_the_listed_modules() -> None:
    offenders: list[str] = []
    for name, path in modules().items():
        if name == "expertreader.ui" or name.startswith("expertreader.ui."):
            continue
        if name in LAZY_QT_MODULES:
            offenders += qt_imports(path, top_level_only=True)
        else:
            offenders += qt_imports(path, top_level_only=False)
    assert offenders == []


def test_the_lazy_qt_list_is_exact() -> None:
    """Each listed module really needs Qt: the list never grows stale."""
    for name in LAZY_QT_MODULES:
        assert qt_imports(modules()[name], top_level_only=False), name


def test_importing_everything_outside_ui_loads_no_qt() -> None:
    names = [
        n for n in modules() if not (n == "expertreader.ui" or n.startswith("expertreader.ui."))
    ]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in names if m != "expertreader.__main__")
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def import_graph() -> dict[str, set[str]]:
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = set()
        for imported, _line in imports(tree(path)):
            if imported in known and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycles() -> None:
    assert find_cycle(import_graph()) is None


def test_the_cycle_finder_finds_cycles() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_modules_and_classes_stay_small() -> None:
    too_big: list[str] = []
    for path in modules().values():
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_MODULE_LINES:
            too_big.append(f"{path.relative_to(PACKAGE)}: {lines} lines")
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    too_big.append(f"{path.relative_to(PACKAGE)}: class {node.name}, {size} lines")
    assert too_big == []


def test_every_package_says_what_it_owns_in_one_line() -> None:
    for init in PACKAGE.rglob("__init__.py"):
        docstring = ast.get_docstring(tree(init))
        assert docstring, init
        assert "\n" not in docstring.strip(), init
