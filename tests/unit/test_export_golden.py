"""Golden files: every text export of fixed sample notes, compared byte for byte.

Regenerate after an intended format change with ``UPDATE_GOLDEN=1`` (then review the diff).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

MAKE_EXAMPLES = Path(__file__).resolve().parents[1] / "golden" / "make_examples.py"


def load_examples() -> ModuleType:
    """tests/golden/make_examples.py, which is a script and not a package module."""
    name = "expertreader_golden_examples"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, MAKE_EXAMPLES)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


examples = load_examples()
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check(folder: Path, name: str, actual: str) -> None:
    path = folder / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.exists(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from {path}; UPDATE_GOLDEN=1 regenerates it"


@pytest.mark.parametrize("name", sorted(examples.golden_outputs()))
def test_golden_file(name: str) -> None:
    check(examples.GOLDEN_DIR, name, examples.golden_outputs()[name])


@pytest.mark.parametrize("name", sorted(examples.example_outputs()))
def test_documentation_example_is_current(name: str) -> None:
    check(examples.EXAMPLES_DIR, name, examples.example_outputs()[name])


def test_output_does_not_depend_on_the_order_notes_arrive_in() -> None:
    library = examples.load_sample_library()
    bookmarks, notes = examples.golden_notes(library)
    forward = examples.render(library, bookmarks, notes, "x")
    backward = examples.render(library, bookmarks[::-1], notes[::-1], "x")
    assert forward == backward
