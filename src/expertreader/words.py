"""The program's own words outside the window (exports, printouts, the default disclaimer), in
the interface language. No Qt: the command line writes exports without a Qt application.

One catalogue for everything: phrases are marked with ``translate(context, text)`` (or, for a
constant, ``QT_TRANSLATE_NOOP(context, text)`` and ``translate`` where it is used), which
``pyside6-lupdate`` finds exactly like Qt's own calls, so they sit in
``resources/translations/expertreader_<language>.ts`` beside the window's strings and are
translated in Qt Linguist with them. This module reads its translations from that ``.ts`` file
itself (the window reads the compiled ``.qm`` through ``QTranslator``): a change made in Linguist
shows in exports at once, with no build step, and English never reads a file at all.

English text is the key. Placeholders are ``{name}`` (``str.format``, after translating); a
plural gives its count as ``n`` (Qt's ``%n``), positionally, so lupdate sees it as a plural.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from expertreader import dates, paths

SOURCE_LANGUAGE = "en"
SUPPORTED = ("en", "es")
"""Languages the program speaks: English (the source text) and Spanish."""

_language = SOURCE_LANGUAGE
_catalogues: dict[str, dict[tuple[str, str, str], tuple[str, ...]]] = {}


def _mark(context: str, text: str) -> str:
    """Marks ``text`` for lupdate and returns it untranslated (for constants: keys stay English)."""
    del context
    return text


QT_TRANSLATE_NOOP = _mark
"""Named as Qt names it, because that is the name lupdate looks for."""


def set_language(language: str) -> None:
    """Exports, printouts and dates from now on in ``language`` (unsupported means English)."""
    global _language
    _language = language if language in SUPPORTED else SOURCE_LANGUAGE
    dates.set_language(_language)


def language() -> str:
    """The language exports are written in now: one of ``SUPPORTED``."""
    return _language


def use_system_language() -> str:
    """For the command line, which has no View > Language: follow the system; return the code."""
    set_language(system_language())
    return _language


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The supported language the person's system asks for, without Qt; English otherwise.

    POSIX order, as gettext reads it: ``LANGUAGE`` (a list of preferences, used unless the
    locale is C), then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. On Windows, the user's interface
    language when no variable says otherwise.
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(key)), "")
    if _code(locale_name) in ("c", "posix"):
        return SOURCE_LANGUAGE
    wishes = [*env.get("LANGUAGE", "").split(":"), locale_name]
    if not any(wishes) and sys.platform == "win32":
        wishes.append(_windows_ui_language())
    for wish in wishes:
        if (code := _code(wish)) in SUPPORTED:
            return code
    return SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (itself when English or not translated yet).

    With ``n`` >= 0 the message is a plural: the right form is chosen and ``%n`` becomes ``n``.
    """
    forms: tuple[str, ...] = ()
    if _language != SOURCE_LANGUAGE or n >= 0:  # English plurals: the plural-only English .ts
        forms = _catalogue(_language).get((context, text, disambiguation or ""), ())
    if n < 0:
        return forms[0] if forms else text
    form = forms[min(_plural_form(_language, n), len(forms) - 1)] if forms else text
    return form.replace("%n", str(n))


def catalogue_file(language: str) -> Path:
    """The Qt Linguist source of ``language``: the one place its translations are kept."""
    return paths.translations_dir() / f"expertreader_{language}.ts"


def _catalogue(language: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(context, source, disambiguation) -> translated forms, read once per language."""
    if language not in _catalogues:
        _catalogues[language] = read_catalogue(catalogue_file(language))
    return _catalogues[language]


def read_catalogue(path: Path) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The finished and unfinished (not empty) translations of a ``.ts`` file, as lrelease
    takes them; messages lupdate found gone (vanished, obsolete) are left out. A missing file
    means no translations: the English text is shown, never an error in an export."""
    import xml.etree.ElementTree as ElementTree  # only when a language other than English is used

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            if all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = tuple(forms)
    return table


def _plural_form(language: str, n: int) -> int:
    """Which numerus form (Qt's order) English and Spanish use for ``n``: singular for 1 only."""
    del language  # both supported languages have the same rule; a third might not
    return 0 if n == 1 else 1


def _code(locale_name: str) -> str:
    """``es_MX.UTF-8`` -> ``es``; ``C.UTF-8`` -> ``c``; Windows' ``Spanish_Spain`` -> ``es``."""
    base = locale_name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0]
    base = base.lower()
    return {"spanish": "es", "english": "en"}.get(base, base)


def _windows_ui_language() -> str:
    """``es`` when Windows' display language is Spanish (primary language id 0x0A)."""
    try:
        import ctypes

        language_id = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return ""
    return {0x09: "en", 0x0A: "es"}.get(language_id & 0x3FF, "")
