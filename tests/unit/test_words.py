"""The words catalogue: the language without Qt, lookups in the .ts, the catalogue's health."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from expertreader import dates, paths, words
from expertreader.content.disclaimer import DEFAULT_DISCLAIMER, default_disclaimer

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "translations" / "expertreader_es.ts"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    words.set_language("en")


def messages(path: Path = SPANISH_TS) -> list[tuple[str, ElementTree.Element]]:
    """(context, message) for every message lupdate has not marked gone."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("vanished", "obsolete"):
                found.append((context.findtext("name") or "", message))
    return found


def forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_MX"}, "es"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:es"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "es_AR.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LANGUAGE": "es"}, "en"),  # gettext ignores LANGUAGE in the C locale
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "Spanish_Spain.1252"}, "es"),
    ],
)
def test_the_system_language_is_read_without_qt(environ: dict[str, str], expected: str) -> None:
    assert words.system_language(environ) == expected


def test_english_is_the_text_itself_and_reads_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "translations_dir", lambda: Path("/nonexistent"))
    words.set_language("en")
    assert words.translate("Export", "Disclaimer") == "Disclaimer"
    assert words.translate("Export", "anything at all") == "anything at all"


def test_spanish_comes_from_the_ts_file() -> None:
    words.set_language("es")
    assert words.language() == "es"
    assert dates.language() == "es"
    assert words.translate("Export", "Disclaimer") == "Aviso importante"
    assert words.translate("Export", "Published {date}.").format(date="x") == "Publicado el x."
    assert default_disclaimer().startswith("Recuerde: este programa no puede")
    assert words.translate("Export", "not in the catalogue") == "not in the catalogue"


def test_an_unsupported_language_means_english() -> None:
    words.set_language("fr")
    assert words.language() == "en"
    assert default_disclaimer() == DEFAULT_DISCLAIMER


def test_plurals_pick_the_form_and_fill_in_the_count(tmp_path: Path) -> None:
    catalogue = tmp_path / "plural.ts"
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es_ES"><context>'
        '<name>Export</name><message numerus="yes"><source>%n note(s)</source><translation>'
        "<numerusform>%n nota</numerusform><numerusform>%n notas</numerusform></translation>"
        '</message><message><source>Gone</source><translation type="vanished">Ido'
        "</translation></message><message><source>Half</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    table = words.read_catalogue(catalogue)
    assert table == {("Export", "%n note(s)", ""): ("%n nota", "%n notas")}
    words.set_language("es")
    words._catalogues["es"] = table  # the real file has no plurals yet (phase 2 brings them)
    try:
        assert words.translate("Export", "%n note(s)", None, 1) == "1 nota"
        assert words.translate("Export", "%n note(s)", None, 0) == "0 notas"
        assert words.translate("Export", "%n note(s)", None, 5) == "5 notas"
        assert words.translate("Export", "%n other(s)", None, 2) == "2 other(s)"
    finally:
        words._catalogues.clear()


def test_a_missing_or_broken_catalogue_gives_english_not_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert words.read_catalogue(broken) == {}
    assert words.read_catalogue(tmp_path / "missing.ts") == {}


def test_every_message_is_translated_into_spanish() -> None:
    untranslated = [
        f"{context}: {message.findtext('source')}"
        for context, message in messages()
        if not all(forms(message)) or _kind(message) == "unfinished"
    ]
    assert untranslated == []


def _kind(message: ElementTree.Element) -> str | None:
    translation = message.find("translation")
    return None if translation is None else translation.get("type")


def test_translations_keep_placeholders_and_one_shortcut() -> None:
    problems = []
    for context, message in messages():
        source = message.findtext("source") or ""
        for form in forms(message):
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != sorted(
                set(PLACEHOLDER.findall(source)) - {"%n"}
            ):
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            shortcuts = len(re.findall(r"&(?!&)", source.replace("&&", "")))
            if len(re.findall(r"&(?!&)", form.replace("&&", ""))) != shortcuts:
                problems.append(f"{context}: {source!r} -> {form!r}: & shortcuts differ")
    assert problems == []


def test_lupdate_understood_every_call() -> None:
    """A context with a dot (``QCoreApplication.self``) is lupdate misreading a call."""
    assert [context for context, _ in messages() if "." in context] == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate comes with the venv")
def test_the_catalogue_holds_every_string_the_code_marks(tmp_path: Path) -> None:
    """``make update-translations`` has been run since the last change to a marked string."""
    fresh = tmp_path / "expertreader_es.ts"
    shutil.copy(SPANISH_TS, fresh)
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            str(ROOT / "src" / "expertreader"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    marked = {(c, m.findtext("source")) for c, m in messages(fresh)}
    kept = {(c, m.findtext("source")) for c, m in messages()}
    assert sorted(marked - kept) == [], "run `make update-translations`, then translate"
    assert sorted(kept - marked) == [], "run `make update-translations`: these are gone"
