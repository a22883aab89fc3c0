"""Golden files in Spanish: the sample notes of tests/golden/make_examples.py exported with the
interface in Spanish, compared byte for byte with tests/golden/es/.

Everything the program writes is Spanish (headings, dates, the privacy line, the default
disclaimer); everything that came from an article or a person is exactly as in English.
Regenerate after an intended change with ``UPDATE_GOLDEN=1`` (then review the diff).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from expertreader import dates, words
from expertreader.content.disclaimer import DEFAULT_DISCLAIMER

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SPANISH_DIR = GOLDEN / "es"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def load_examples() -> ModuleType:
    """tests/golden/make_examples.py, which is a script and not a package module."""
    name = "expertreader_golden_examples"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, GOLDEN / "make_examples.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


examples = load_examples()


@pytest.fixture
def spanish() -> Iterator[None]:
    words.set_language("es")
    try:
        yield
    finally:
        words.set_language("en")


def spanish_outputs() -> dict[str, str]:
    library = examples.load_sample_library()
    outputs: dict[str, str] = examples.render(library, *examples.golden_notes(library), "notes")
    outputs.update(examples.render(library, [], [], "empty"))
    return outputs


@pytest.mark.parametrize(
    "name",
    [
        "empty.html",
        "empty.json",
        "empty.md",
        *(f"notes.{suffix}" for suffix in ("html", "json", "md")),
    ],
)
def test_spanish_golden_file(spanish: None, name: str) -> None:
    actual = spanish_outputs()[name]
    path = SPANISH_DIR / name
    if UPDATE:
        SPANISH_DIR.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.exists(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs; UPDATE_GOLDEN=1 remakes it"


def test_spanish_export_is_in_spanish_and_keeps_every_word_of_the_article(spanish: None) -> None:
    markdown = spanish_outputs()["notes.md"]
    assert markdown.startswith("# Notas de ExpertReader\n")
    assert (
        "Exportado el 24 de noviembre de 2026 a las 12:00 UTC con ExpertReader 0.1.0." in markdown
    )
    assert "## Aviso importante" in markdown
    assert "Publicado el 2 de marzo de 2018." in markdown
    assert "escrita el 20 de noviembre de 2026 a las 09:30 UTC, cambiada el 22 de" in markdown
    for english in ("Exported on", "Bookmarked on", "(written ", "Your note", DEFAULT_DISCLAIMER):
        assert english not in markdown
    # The article's own disclaimer and the expert's words are verbatim, in English.
    assert "Remember: we cannot provide diagnoses" in markdown
    assert "I would seek out a physician who specializes only in breast cancer" in markdown
    assert "Ask Dr. Lee whether I should get a second opinion" in markdown


def test_spanish_html_says_its_language(spanish: None) -> None:
    assert '<html lang="es">' in spanish_outputs()["notes.html"]


def test_spanish_json_keeps_the_contract_and_translates_only_what_people_read(
    spanish: None,
) -> None:
    spanish_json = json.loads(spanish_outputs()["notes.json"])
    words.set_language("en")
    english_json = json.loads(spanish_outputs()["notes.json"])
    assert spanish_json["label"] == "Notas de ExpertReader"
    assert spanish_json["expertreader:notice"].startswith("Este archivo no está cifrado")
    for key in ("label", "expertreader:notice", "expertreader:disclaimer"):
        del spanish_json[key], english_json[key]
    assert spanish_json == english_json  # ids, times, targets and notes are the same


def test_the_language_of_exports_is_the_language_of_dates() -> None:
    words.set_language("es")
    try:
        assert dates.language() == "es"
    finally:
        words.set_language("en")
    assert dates.language() == "en"
